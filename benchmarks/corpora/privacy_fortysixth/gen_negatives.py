"""Hard negatives: 15 classes x 2 base kinds x 6 presentations + 5 documentation values."""
import random, base64, hmac, hashlib, string
from common import rs, ALNUM, HEXL, B64, B64URL

SEED = 4606
UP = string.ascii_uppercase + string.digits
USERS = ["akumar", "lbecker", "tberg", "mlang", "kfischer", "hsilva", "jnovak", "rwalsh"]


def _uuid(r):
    h = rs(r, HEXL, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])


def k_saml_cert(r):
    body = base64.b64encode(b"\x30\x82\x02\xb0\x30\x82\x01\x98\xa0\x03\x02\x01\x02" + bytes(r.randrange(256) for _ in range(300))).decode()
    return "<ds:KeyInfo>\n  <ds:X509Data>\n    <ds:X509Certificate>%s</ds:X509Certificate>\n  </ds:X509Data>\n</ds:KeyInfo>\n" % body


def k_jwks(r):
    n = base64.urlsafe_b64encode(bytes(r.randrange(256) for _ in range(256))).decode().rstrip("=")
    return '{"keys":[{"kty":"RSA","use":"sig","kid":"%s","alg":"RS256","e":"AQAB","n":"%s"}]}\n' % (rs(r, B64URL, 43), n)


def k_unattend_ph(r):
    return "<AdministratorPassword>\n  <Value>%s</Value>\n  <PlainText>true</PlainText>\n</AdministratorPassword>\n" % r.choice(["*SENSITIVE*DATA*DELETED*", "{{ local_admin_password }}", "CHANGE_ME_BEFORE_IMAGING", "__ADMIN_PW__"])


def k_macro_redacted(r):
    return "Macro 'Send temp password' (ID %d):\nHello {{ticket.requester.first_name}}, your temporary password is [REDACTED BY DLP]. You must change it at first logon.\n" % r.randrange(10**5)


def k_ntds_manifest(r):
    return "".join("%s  %s\n" % (rs(r, HEXL, 64), f) for f in ["Active Directory\\ntds.dit", "registry\\SYSTEM", "registry\\SECURITY"][: r.randint(2, 3)])


def k_sccm_hash(r):
    return "ContentHash=%s Algorithm=SHA256 PackageID=P01%05X Version=%d\n" % (rs(r, HEXL.upper(), 64), r.randrange(16**5), r.randint(1, 30))


def k_ssha(r):
    return "dn: uid=%s,ou=people,dc=corp,dc=example\nuserPassword: {SSHA}%s\n" % (r.choice(USERS), base64.b64encode(bytes(r.randrange(256) for _ in range(28))).decode())


def k_kc_pbkdf2(r):
    return '{"type":"password","secretData":"{\\"value\\":\\"%s\\",\\"salt\\":\\"%s\\"}","credentialData":"{\\"hashIterations\\":27500,\\"algorithm\\":\\"pbkdf2-sha256\\"}"}\n' % (
        base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode(), base64.b64encode(bytes(r.randrange(256) for _ in range(16))).decode())


def k_okta_masked(r):
    return "Name\tCreated by\tToken value\n%s\t%s\t00%s••••••••••••••••••\n" % (r.choice(["SCIM HR", "Workflows", "Backup export"]), r.choice(USERS), rs(r, ALNUM, 4))


def k_entra_hint(r):
    return "Description\tExpires\tValue\tSecret ID\nci-deploy\t2026-0%d-01\t%s~***********\t%s\n" % (r.randint(1, 9), rs(r, ALNUM, 3), _uuid(r))


def k_dpapi(r):
    return "<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">\n  <SS N=\"Password\">01000000d08c9ddf0115d1118c7a00c04fc297eb01000000%s</SS>\n</Objs>\n" % rs(r, HEXL, 180)


def k_ansible_vault(r):
    lines = "\n".join(rs(r, HEXL, 80) for _ in range(4))
    return "ansible_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n%s\n" % "\n".join("  " + l for l in lines.split("\n"))


def k_objectguid(r):
    return "SamAccountName,ObjectGUID\n" + "".join("%s,%s\n" % (u, _uuid(r)) for u in r.sample(USERS, 3))


def k_correlation(r):
    return "Sign-in failure 50126 | Correlation ID: %s | Request ID: %s\n" % (_uuid(r), _uuid(r))


def k_ad_attrs(r):
    return ", ".join(r.sample(["msDS-KeyVersionNumber", "msDS-SupportedEncryptionTypes", "userAccountControl", "pwdLastSet",
                               "msDS-UserPasswordExpiryTimeComputed", "unicodePwd", "ms-Mcs-AdmPwdExpirationTime", "msLAPS-PasswordExpirationTime"], 5)) + "\n"


def k_intune_ids(r):
    return "\n".join(r.sample(["device_vendor_msft_policy_config_devicelock_devicepasswordenabled",
                               "device_vendor_msft_policy_config_devicelock_mindevicepasswordlength",
                               "device_vendor_msft_laps_policies_passwordagedays",
                               "device_vendor_msft_passportforwork_{tenantid}_policies_usepassportforwork",
                               "device_vendor_msft_policy_config_authentication_enablepasswordlesssignin"], 3)) + "\n"


def k_policy_text(r):
    return "Section %d.%d Passwords. Passwords must be at least %d characters, must not be reused for %d cycles and must never be sent by e-mail or chat. The Service Desk will never ask you for your password.\n" % (
        r.randint(3, 9), r.randint(1, 9), r.choice([12, 14, 16]), r.choice([12, 24]))


def k_kb_reset(r):
    return "How to reset your password: 1) go to https://passwordreset.corp.example 2) verify with the Authenticator app 3) choose a new passphrase you have not used before. Ticket ref KB%05d.\n" % r.randrange(10**5)


def k_pester(r):
    return "Describe 'Connect-HR' {\n  It 'uses the fake credential' {\n    $cred = New-Object PSCredential('testuser', (ConvertTo-SecureString 'Pester-Fake-%d' -AsPlainText -Force))\n  }\n}\n" % r.randrange(10**4)


def k_ldap_fixture(r):
    return "# test/fixtures/users.ldif - loaded into the throwaway OpenLDAP container\ndn: uid=test%d,ou=people,dc=example,dc=org\nuserPassword: test\n" % r.randrange(100)


def k_icacls(r):
    return "C:\\Shares\\HR CORP\\HR-Readers:(OI)(CI)(RX)\n               S-1-5-21-%d-%d-%d-%d:(OI)(CI)(F)\n" % (r.randrange(10**9, 4 * 10**9), r.randrange(10**9, 4 * 10**9), r.randrange(10**9, 4 * 10**9), r.randint(1100, 9000))


def k_sddl(r):
    return "O:BAG:SYD:(A;;FA;;;SY)(A;;FA;;;BA)(A;;0x1200a9;;;S-1-5-21-%d-%d-%d-%d)\n" % (r.randrange(10**9, 4 * 10**9), r.randrange(10**9, 4 * 10**9), r.randrange(10**9, 4 * 10**9), r.randint(1100, 9000))


GVLK = [("Windows 11 Pro", "W269N-WFGWX-YVC9B-4J6C9-T83GV"), ("Windows 11 Enterprise", "NPPR9-FWDCX-D2C8J-H872K-2YT43"),
        ("Windows Server 2022 Standard", "VDYBN-27WPP-V4HQT-9VMD4-VMK7H"), ("Windows Server 2022 Datacenter", "WX4NM-KYWYW-QJJR4-XV3QB-6VM33")]


def k_gvlk(r):
    ed, key = r.choice(GVLK)
    return "KMS client setup key (public, from Microsoft's KMS documentation) for %s: %s\nslmgr /ipk %s\n" % (ed, key, key)


def k_asset_serial(r):
    return "AssetTag,Serial,Model\nCT-%05d,%s,Latitude 7440\n" % (r.randrange(10**5), rs(r, UP, 7))


def k_build_history(r):
    return "OS Build 2%d.%d | KB50%05d | %s\n" % (r.choice([2621, 2631, 6100]), r.randrange(1000, 5000), r.randrange(10**5), r.choice(["2025-01-14", "2025-02-11", "2025-03-11"]))


def k_esxi_build(r):
    return "ESXi 8.0 Update %d%s | Build %d | Release 2025-0%d\n" % (r.randint(1, 3), r.choice(["", "b", "c"]), r.randrange(22000000, 24999999), r.randint(1, 9))


def k_kv_ref(r):
    return '"ConnectionStrings:HR": "@Microsoft.KeyVault(SecretUri=https://kv-corp-%s.vault.azure.net/secrets/hr-sql/)"\n' % rs(r, string.ascii_lowercase, 5)


def k_ccp(r):
    return "$r = Invoke-RestMethod \"https://ccp.corp.example/AIMWebService/api/Accounts?AppID=HRSync&Safe=HR-%s&Object=svc-hrsync\"\n$pw = $r.Content\n" % rs(r, UP, 3)


def k_getcred(r):
    return "PS C:\\> $c = Get-Credential CORP\\%s\n\ncmdlet Get-Credential at command pipeline position 1\nSupply values for the following parameters:\nPassword for user CORP\\%s: ************\n" % ((r.choice(USERS),) * 2)


def k_runas(r):
    u = r.choice(USERS)
    return "C:\\>runas /user:CORP\\adm-%s \"mmc dsa.msc\"\nEnter the password for CORP\\adm-%s:\nAttempting to start mmc dsa.msc as user \"CORP\\adm-%s\" ...\n" % (u, u, u)


CLASSES = [
 ("public_key_or_certificate", [("saml_idp_metadata_signing_certificate", k_saml_cert), ("oidc_jwks_endpoint_rsa_key", k_jwks)]),
 ("placeholder_or_redacted", [("unattend_template_password_placeholder", k_unattend_ph), ("helpdesk_macro_dlp_redaction", k_macro_redacted)]),
 ("digest_or_checksum", [("ntds_backup_sha256_manifest", k_ntds_manifest), ("sccm_content_hash_line", k_sccm_hash)]),
 ("password_hash_not_plaintext", [("openldap_ssha_userpassword_ldif", k_ssha), ("keycloak_pbkdf2_credential_json", k_kc_pbkdf2)]),
 ("masked_partial_value", [("okta_api_tokens_masked_table", k_okta_masked), ("entra_secret_hint_column", k_entra_hint)]),
 ("ciphertext_or_sealed_value", [("dpapi_securestring_clixml_export", k_dpapi), ("ansible_vault_winrm_password_blob", k_ansible_vault)]),
 ("uuid_or_request_identifier", [("ad_objectguid_csv_export", k_objectguid), ("entra_signin_correlation_ids", k_correlation)]),
 ("code_identifier_lookalike", [("ad_schema_password_attribute_names", k_ad_attrs), ("intune_settings_catalog_ids", k_intune_ids)]),
 ("password_prose_no_value", [("hr_handbook_password_clause", k_policy_text), ("self_service_reset_kb_article", k_kb_reset)]),
 ("test_fixture_fake_credential", [("pester_mock_pscredential_block", k_pester), ("openldap_container_fixture_ldif", k_ldap_fixture)]),
 ("security_principal_identifier", [("icacls_unresolved_sid_output", k_icacls), ("sddl_descriptor_string", k_sddl)]),
 ("license_or_serial_identifier", [("kms_client_setup_key_line", k_gvlk), ("endpoint_asset_serial_csv", k_asset_serial)]),
 ("version_or_build_string", [("windows_update_build_history_row", k_build_history), ("esxi_build_matrix_row", k_esxi_build)]),
 ("secret_store_reference", [("app_service_keyvault_reference", k_kv_ref), ("cyberark_ccp_lookup_snippet", k_ccp)]),
 ("credential_prompt_without_value", [("get_credential_prompt_transcript", k_getcred), ("runas_password_prompt_transcript", k_runas)]),
]

WRAPPERS = [
 ("in_servicedesk_ticket_thread", "Ticket INC%07d - comment from the Service Desk:\n\n{}\n-- Service Desk, Level 2\n"),
 ("in_it_ops_wiki_page", "IT Ops wiki > Identity > page %d\n\n{}\nLast edited by the identity team.\n"),
 ("in_sysadmin_chat_export", "[2025-03-%02d 09:41] sysadmin: see below\n{}\n[2025-03-01 09:42] helpdesk: thanks\n"),
 ("in_change_request_attachment", "Attachment %d to change request CHG-IDM:\n{}"),
 ("in_mdm_vendor_support_reply", "Hello, this is MDM vendor support (case %d). From the logs you sent:\n\n{}\nKind regards\n"),
]


def doc_values():
    aws = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    aladdin = "Basic " + base64.b64encode(b"Aladdin:open sesame").decode()
    hotp_seed_hex = b"12345678901234567890".hex()
    rfc4231 = hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha256).hexdigest()
    rfc2202 = hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha1).hexdigest()
    assert rfc4231 == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    assert rfc2202 == "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"
    assert aladdin == "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
    assert hotp_seed_hex == "3132333435363738393031323334353637383930"
    return [
     ("aws_docs_example_secret_in_kb_article", "KB: configuring the backup appliance for S3. The AWS documentation's example secret access key is %s - use your own key, never this one.\n" % aws),
     ("rfc7617_aladdin_header_in_sso_training", "SSO training, slide 12: RFC 7617's example header for user Aladdin is\nAuthorization: %s\n" % aladdin),
     ("rfc4226_hotp_seed_in_mfa_runbook", "MFA runbook: to test the OTP validator use the RFC 4226 Appendix D test secret (hex) %s, expected first HOTP 755224.\n" % hotp_seed_hex),
     ("rfc4231_jefe_hmac_in_gateway_wiki", "API gateway wiki: HMAC-SHA-256 self-test (RFC 4231 test case 2, key 'Jefe') must print %s\n" % rfc4231),
     ("rfc2202_jefe_sha1_in_ldap_howto", "LDAP proxy how-to: HMAC-SHA-1 test vector from RFC 2202 test case 2 is %s\n" % rfc2202),
    ], [aws, aladdin, hotp_seed_hex, rfc4231, rfc2202]


def build(ids):
    rng = random.Random(SEED)
    out = []
    for cls, kinds in CLASSES:
        for kname, fn in kinds:
            out.append(dict(id=ids.next("n"), **{"class": cls}, container=kname, text=fn(rng), source="negative"))
            for wname, wtpl in WRAPPERS:
                inner = fn(rng)
                head, tail = wtpl.split("{}")
                if "%" in head:
                    head = head % rng.randrange(1, 10**6 if "%07d" in head else 28)
                out.append(dict(id=ids.next("n"), **{"class": cls}, container="%s__%s" % (kname, wname), text=head + inner + tail, source="negative"))
    docs, _ = doc_values()
    for kname, text in docs:
        out.append(dict(id=ids.next("n"), **{"class": "vendor_documentation_value"}, container=kname, text=text, source="negative"))
    return out
