"""Hard negatives: 15 classes x 2 base kinds x 6 presentations + 5 documentation records."""
import base64, hashlib, hmac, random
from shared import rs, HEX, ALNUM, B64, uuid4, LOWALNUM

SEED = 7206


def g_mdm_apns_cert(r):
    body = base64.b64encode(bytes(r.randrange(256) for _ in range(r.randint(300, 360)))).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "APNs push certificate (public part) exported from the MDM console:\n-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----\n"

def g_jumpbox_keys(r):
    return "".join("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@tech-laptop\n" % (rs(r, ALNUM + "+/", 43), u) for u in r.sample(["priya", "marco", "dana", "kwame", "lena"], 3))

def g_dpapi_blob(r):
    return "DPAPI-protected value from the agent registry (decryptable only on that machine):\nAQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA" + base64.b64encode(bytes(r.randrange(256) for _ in range(120))).decode() + "\n"

def g_enveloped_profile(r):
    return "Encrypted configuration profile (PKCS#7 enveloped, only the device can open it):\n<data>\nMIAGCSqGSIb3DQEHA6CAMIACAQAxggE" + base64.b64encode(bytes(r.randrange(256) for _ in range(150))).decode() + "\n</data>\n"

def g_commit_pins(r):
    return "\n".join("Install-Module %s -RequiredVersion %d.%d.%d  # pinned from commit %s" % (m, r.randint(1, 9), r.randint(0, 20), r.randint(0, 9), rs(r, HEX, 40)) for m in ["PSWindowsUpdate", "ImportExcel", "Microsoft.Graph.Users"]) + "\n"

def g_layer_ids(r):
    return "docker image history msp/agent-relay\n" + "\n".join("sha256:%s   %d days ago   %d MB" % (rs(r, HEX, 64)[:12], r.randint(2, 90), r.randint(1, 300)) for _ in range(4)) + "\n"

def g_kb_sha256(r):
    return "\n".join("windows10.0-kb50%05d-x64.msu  SHA256 %s" % (r.randint(0, 99999), rs(r, HEX, 64).upper()) for _ in range(3)) + "\n"

def g_driver_sha1(r):
    return "Driver catalog (SHA-1 thumbprints)\n" + "\n".join("%s.inf  %s" % (n, rs(r, HEX, 40)) for n in ["hpcu270u", "rcw30a", "kxdriver"]) + "\n"

def g_laps_masked(r):
    return "LAPS | PC-%04d | Password: %s  [Show] [Copy]   Expires in %d days\n" % (r.randint(1, 9999), "•" * r.randint(12, 20), r.randint(1, 30))

def g_psa_masked(r):
    return "API Members\n" + "\n".join("%s  public key %s  private key ****************%s" % (n, rs(r, ALNUM, 16), rs(r, ALNUM, 4)) for n in ["rmm-sync", "backup-sync"]) + "\n"

def g_shadow(r):
    return "\n".join("%s:$6$%s$%s:19%03d:0:99999:7:::" % (u, rs(r, ALNUM + "./", 16), rs(r, ALNUM + "./", 86), r.randint(100, 999)) for u in ["helpdesk", "kiosk"]) + "\n"

def g_aspnet_hash(r):
    return "AspNetUsers export\nUserName,PasswordHash\n" + "\n".join("%s@corp.example,AQAAAAIAAYagAAAAE%s" % (u, base64.b64encode(bytes(r.randrange(256) for _ in range(45))).decode()) for u in ["frontdesk", "billing"]) + "\n"

def g_reset_kb(r):
    return "How to reset your password\nOpen the self-service portal, answer your security questions and choose a new password of at least %d characters. The helpdesk will never ask you for your password by phone or chat.\n" % r.randint(12, 16)

def g_phone_script(r):
    return "Helpdesk phone script (step %d)\nVerify the caller with the callback number on file before resetting anything. Never read a password aloud; send the temporary one through the secure link only.\n" % r.randint(2, 6)

def g_rmm_placeholders(r):
    return "# RMM script template v%d\n$TenantId   = '<TENANT-ID>'\n$ClientSecret = '<PASTE-CLIENT-SECRET>'\n$AdminPassword = 'CHANGE_ME'\n" % r.randint(2, 9)

def g_onboarding_redacted(r):
    return "Onboarding form #%d\nDomain admin: itadmin\nPassword: [redacted - see vault]\nWi-Fi key: ********\n" % r.randint(1000, 9999)

def g_secretmanagement(r):
    return "$pw = Get-Secret -Name '%s-svc-scan' -Vault MSPVault -AsPlainText\n$key = Get-Secret -Name 'rmm-api-%d'\n" % (r.choice(["contoso", "northwind", "fabrikam"]), r.randint(1, 99))

def g_itglue_ref(r):
    return "See password entry https://msp.itglue.example/%d/passwords/%d (do not copy it into tickets)\n" % (r.randint(1000000, 9999999), r.randint(10000000, 99999999))

def g_pester_fake(r):
    return "Describe 'Reset-UserPassword' {\n  It 'rejects short passwords' {\n    { Reset-UserPassword -User test%d -Password 'fake-password-for-tests' } | Should -Throw\n  }\n}\n" % r.randint(1, 99)

def g_demo_tenant(r):
    return "Training sandbox (public, reset nightly)\nURL: https://demo%d.rmm.example\nLogin: demo / demo\n" % r.randint(1, 99)

def g_tenant_ids(r):
    return "Tenant ID: %s\nObject ID: %s\nApplication (client) ID: %s\n" % (uuid4(r), uuid4(r), uuid4(r))

def g_msi_codes(r):
    return "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\n" + "\n".join("  {%s}  DisplayName=%s" % (uuid4(r).upper(), n) for n in ["MSP Agent", "Backup Agent", "Remote Host"]) + "\n"

def g_fw_version(r):
    return "Printer firmware: %d.%d.%d.%d  Engine: %s  Build %d\n" % (r.randint(2, 6), r.randint(0, 9), r.randint(0, 99), r.randint(0, 999), rs(r, "ABCDEF0123456789", 10), r.randint(10000, 99999))

def g_agent_versions(r):
    return "\n".join("%s  agent %d.%d.%d.%d  (%s)" % (h, r.randint(5, 9), r.randint(0, 9), r.randint(0, 99), r.randint(1000, 9999), rs(r, HEX, 7)) for h in ["PC-0142", "PC-0177", "SRV-FS01"]) + "\n"

def g_service_tags(r):
    return "Asset,ServiceTag,Warranty\n" + "\n".join("LT-%04d,%s,2026-0%d-1%d" % (r.randint(1, 9999), rs(r, "BCDFGHJKLMNPQRSTVWXYZ0123456789", 7), r.randint(1, 9), r.randint(0, 9)) for _ in range(3)) + "\n"

def g_copier_serials(r):
    return "Meter read export\n" + "\n".join("Serial %s%s  B/W %d  Color %d" % (rs(r, "ABCDEFGHJKLMNPRSTUVWXYZ", 3), rs(r, "0123456789", 7), r.randint(1000, 99999), r.randint(100, 9999)) for _ in range(3)) + "\n"

def g_sids(r):
    dom = "S-1-5-21-%d-%d-%d" % (r.randint(10**9, 4 * 10**9), r.randint(10**9, 4 * 10**9), r.randint(10**8, 4 * 10**9))
    return "\n".join("%s  %s-%d" % (u, dom, r.randint(1100, 9999)) for u in ["jsmith", "svc-scan", "frontdesk"]) + "\n"

def g_icacls(r):
    dom = "S-1-5-21-%d-%d-%d" % (r.randint(10**9, 4 * 10**9), r.randint(10**9, 4 * 10**9), r.randint(10**8, 4 * 10**9))
    return "D:\\Shares\\Scans %s-%d:(OI)(CI)(M)\n                 BUILTIN\\Administrators:(OI)(CI)(F)\nSuccessfully processed 1 files\n" % (dom, r.randint(1100, 9999))

def g_tv_ids(r):
    return "Computers & Contacts export\n" + "\n".join("%s  TeamViewer ID %d %03d %03d" % (n, r.randint(1, 1), r.randint(100, 999), r.randint(100, 999)) for n in ["Reception PC", "Dr. Office", "Server"]) + "\n"

def g_anydesk_ids(r):
    return "Address book\n" + "\n".join("%s  %03d %03d %03d" % (n, r.randint(100, 999), r.randint(100, 999), r.randint(100, 999)) for n in ["kiosk-1", "billing", "lab"]) + "\n"


BASES = {
    "public_key_or_certificate": [("mdm_apns_certificate_pem_export", g_mdm_apns_cert), ("jumpbox_authorized_keys_file", g_jumpbox_keys)],
    "ciphertext_or_sealed_value": [("dpapi_protected_registry_blob", g_dpapi_blob), ("pkcs7_enveloped_mobileconfig", g_enveloped_profile)],
    "code_identifier_lookalike": [("powershell_module_commit_pins", g_commit_pins), ("relay_image_layer_ids", g_layer_ids)],
    "digest_or_checksum": [("windows_update_msu_sha256_list", g_kb_sha256), ("printer_driver_sha1_catalog", g_driver_sha1)],
    "masked_partial_value": [("laps_portal_masked_password_row", g_laps_masked), ("psa_api_member_masked_keys", g_psa_masked)],
    "password_hash_not_plaintext": [("linux_shadow_sha512crypt_lines", g_shadow), ("aspnet_identity_v3_hash_export", g_aspnet_hash)],
    "password_prose_no_value": [("self_service_reset_kb_article", g_reset_kb), ("helpdesk_caller_verification_script", g_phone_script)],
    "placeholder_or_redacted": [("rmm_script_template_placeholders", g_rmm_placeholders), ("onboarding_form_redacted_fields", g_onboarding_redacted)],
    "secret_store_reference": [("powershell_secretmanagement_lookup", g_secretmanagement), ("documentation_vault_password_link", g_itglue_ref)],
    "test_fixture_fake_credential": [("pester_test_fake_password", g_pester_fake), ("rmm_training_sandbox_login", g_demo_tenant)],
    "uuid_or_request_identifier": [("entra_tenant_object_id_card", g_tenant_ids), ("msi_product_code_uninstall_keys", g_msi_codes)],
    "version_or_build_string": [("printer_firmware_banner", g_fw_version), ("rmm_agent_version_report", g_agent_versions)],
    "device_serial_or_asset_tag": [("laptop_service_tag_inventory", g_service_tags), ("copier_meter_read_serials", g_copier_serials)],
    "windows_security_identifier": [("ad_account_sid_listing", g_sids), ("share_icacls_sid_output", g_icacls)],
    "remote_support_device_id": [("remote_control_partner_id_list", g_tv_ids), ("remote_desk_address_book_ids", g_anydesk_ids)],
}

WRAPPERS = {
    "in_psa_ticket_timeline": lambda r, t: "Ticket #%d timeline\n--- update by tech ---\n%s--- end update ---\n" % (r.randint(100000, 999999), t),
    "in_rmm_job_output_pane": lambda r, t: "Job output (device PC-%04d, exit 0):\n%s" % (r.randint(1, 9999), t),
    "in_client_qbr_appendix": lambda r, t: "QBR appendix %d - raw data\n\n%s\n(end of appendix)\n" % (r.randint(1, 12), t),
    "in_msp_team_chat_snippet": lambda r, t: "Kwame 14:%02d\nfyi, pasted from the console:\n```\n%s```\n" % (r.randint(0, 59), t),
    "in_tech_shift_handover_mail": lambda r, t: "Subject: shift handover\n\nNotes for the night shift:\n\n%s\nThanks!\n" % t,
}


def doc_values():
    """Published documentation values, recomputed and asserted against the published literals."""
    md5_abc = hashlib.md5(b"abc").hexdigest()
    assert md5_abc == "900150983cd24fb0d6963f7d28e17f72"  # RFC 1321 A.5
    sha224_abc = hashlib.sha224(b"abc").hexdigest()
    assert sha224_abc == "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7"  # FIPS 180-2 / RFC 3874
    sha512_abc = hashlib.sha512(b"abc").hexdigest()
    assert sha512_abc.startswith("ddaf35a193617aba") and sha512_abc.endswith("a54ca49f")  # FIPS 180-2 example
    rfc4231_3 = hmac.new(b"\xaa" * 20, b"\xdd" * 50, hashlib.sha256).hexdigest()
    assert rfc4231_3 == "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"  # RFC 4231 4.4
    seed32 = base64.b32encode(b"12345678901234567890123456789012").decode()
    assert seed32 == "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA===="  # RFC 6238 App. B SHA-256 seed
    return [
        ("md5_abc_in_rmm_file_integrity_doc", md5_abc, "File integrity check (RMM docs): the MD5 of the three-byte string \"abc\" must print as\n%s\n"),
        ("sha224_abc_in_firmware_checksum_faq", sha224_abc, "Firmware FAQ: to test your checksum tool, SHA-224(\"abc\") is\n%s\n"),
        ("sha512_abc_in_backup_verify_guide", sha512_abc, "Backup verify guide, self-test vector: SHA-512 of \"abc\" =\n%s\n"),
        ("rfc4231_case3_in_psa_webhook_signature_doc", rfc4231_3, "Webhook signature doc: RFC 4231 test case 3 (key 0xaa x20, data 0xdd x50) gives HMAC-SHA-256\n%s\n"),
        ("rfc6238_sha256_seed_in_mfa_token_test", seed32, "MFA token unit test uses the RFC 6238 SHA-256 reference seed (Base32):\n%s\n"),
    ]


def build():
    rng = random.Random(SEED)
    recs = []
    for cls, bases in BASES.items():
        for kind, gen in bases:
            recs.append((cls, kind, gen(rng)))
            for w, wf in WRAPPERS.items():
                recs.append((cls, kind + "__" + w, wf(rng, gen(rng))))
    for kind, val, tpl in doc_values():
        recs.append(("vendor_documentation_value", kind, tpl % val))
    return recs
