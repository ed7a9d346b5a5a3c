"""Hard negatives in 16 classes, new containers."""
import base64, hashlib, hmac, random
from common import *


def _b64(rng, n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


def k_pgp(rng, d):
    body = _b64(rng, 300)
    lines = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    return "Attachment: offer_letter_%s.pdf.asc\n-----BEGIN PGP MESSAGE-----\n\n%s\n=%s\n-----END PGP MESSAGE-----\n" % (d["emp"], lines, _b64(rng, 3))

def k_transit(rng, d):
    return "payroll_record %s\n  iban_encrypted: vault:v1:%s\n  key_version: %d\n" % (d["emp"], _b64(rng, 48), rng.randint(1, 9))

def k_wfids(rng, d):
    names = ["RouteSignedContractToRecordsOfficeStep", "EscalateOverdueGrievanceAfterTenWorkingDays", "ApproveTenderEvaluationPanelConflictDeclaration", "ArchivePayrollJournalAfterPeriodCloseRule", "NotifyCustodianOfLitigationHoldReleaseTask"]
    rng.shuffle(names)
    return "Workflow rules exported by %s:\n" % d["person"] + "\n".join("  wf_%s_v%d" % (n, rng.randint(1, 9)) for n in names[:4]) + "\n"

def k_ocrfields(rng, d):
    f = ["EmployerIdentificationNumberConfirmed", "ApplicantSignatureDateHandwritten", "WitnessPrintedNameBlockUpper", "DependentSocialSecurityLastFourDigits", "NotaryCommissionExpirationStampArea"]
    rng.shuffle(f)
    return "OCR template field catalogue (form HR-%s)\n" % d["num"] + "\n".join("%-45s zone=%d,%d,%d,%d" % (x, rng.randint(10, 500), rng.randint(10, 700), rng.randint(50, 300), rng.randint(10, 40)) for x in f[:4]) + "\n"

def k_sha256man(rng, d):
    return "Records transfer manifest to State Archives (%s)\n" % d["date"] + "\n".join("%s  box_%03d/%s.pdf" % (hashlib.sha256(bytes([rng.getrandbits(8) for _ in range(16)])).hexdigest(), rng.randint(1, 300), rs(rng, 8, LOWDIG)) for _ in range(4)) + "\n"

def k_custody(rng, d):
    return "CHAIN OF CUSTODY \u2013 evidence item %s\n" % d["case"] + "\n".join("%s %s acquired by %s md5=%s" % (d["date"], d["time"], person(rng), hashlib.md5(bytes([rng.getrandbits(8) for _ in range(16)])).hexdigest()) for _ in range(3)) + "\n"

def k_payslip(rng, d):
    return "PAYSLIP %s  %s\nNet pay %s EUR to account ****%s (IBAN DE** **** **** **** **%s)\n" % (d["emp"], d["person"], d["amount"], rs(rng, 4, "0123456789"), rs(rng, 2, "0123456789"))

def k_lastfour(rng, d):
    return "Integration keys (admin view, %s)\n" % d["agency"] + "\n".join("  %-12s %s\u2026%s  created %s" % (rng.choice(["payroll", "esign", "records", "tender"]), rs(rng, 4, ALNUM), rs(rng, 4, ALNUM), d["date"]) for _ in range(3)) + "\n"

def k_filing(rng, d):
    return "E-filing confirmations\n" + "\n".join("  %s accepted, confirmation %s" % (d["case"], rs(rng, 14, UPDIG)) for _ in range(3)) + "\n"

def k_bidref(rng, d):
    return "Bid receipts for tender %s\n" % d["case"] + "\n".join("  %s Ltd  receipt BR-%s-%s" % (rng.choice(LAST), rs(rng, 10, UPDIG), rs(rng, 6, LOWDIG)) for _ in range(3)) + "\n"

def k_ssha(rng, d):
    return "\n".join("dn: uid=%s,ou=people,dc=agency,dc=example\nuserPassword: {SSHA}%s" % (rs(rng, 6, "abcdefghijklmnopqrstuvwxyz"), _b64(rng, 24)) for _ in range(2)) + "\n"

def k_shadow(rng, d):
    return "\n".join("%s:$6$%s$%s:20%d:0:99999:7:::" % (rs(rng, 6, "abcdefghijklmnopqrstuvwxyz"), rs(rng, 16, ALNUM + "./"), rs(rng, 86, ALNUM + "./"), rng.randint(100, 999)) for _ in range(3)) + "\n"

def k_policy(rng, d):
    return "Clause 4.3 Passwords. Staff must choose a password of at least fourteen characters, must not reuse any of their last ten passwords, and must never write a password on a case file, a sticky note or in an e-mail. Passwords for shared accounts are issued by the IT service desk (%s) and rotated every 90 days.\n" % d["person"]

def k_pwminutes(rng, d):
    return "Item 5 \u2013 Access to the payroll portal. %s reported that two officers had shared the portal password by e-mail. Members agreed that the password would be reset the same day, that nobody would read a password aloud in a meeting, and that the new one would be issued through the vault only.\n" % d["person"]

def k_foia(rng, d):
    return "Released under FOIA %s\n[integration]\nendpoint = https://%s/api\nclient_secret = [REDACTED (b)(7)(E)]\npassword = ********\n" % (d["case"], d["host"])

def k_guideph(rng, d):
    return "Setup guide, step 3: open Settings > Connect and paste <YOUR_INTEGRATION_KEY> into the key field and <your-secret-here> into the secret field, then replace CHANGE_ME in appsettings.json.\n"

def k_saml(rng, d):
    body = _b64(rng, 420)
    return '<md:IDPSSODescriptor>\n  <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>MIIC%s</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>\n</md:IDPSSODescriptor>\n' % body

def k_sshpub(rng, d):
    return "\n".join("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@records-laptop" % (_b64(rng, 32)[:43], rs(rng, 6, "abcdefghijklmnopqrstuvwxyz")) for _ in range(2)) + "\n"

def k_pklive(rng, d):
    return '<script src="https://js.stripe.com/v3/"></script>\n<script>const stripe = Stripe("pk_live_51%s"); // donations page, publishable key</script>\n' % rs(rng, 97, ALNUM)

def k_recaptcha(rng, d):
    return '<form action="/foia/request" method="post">\n  <div class="g-recaptcha" data-sitekey="6L%s"></div>\n</form>\n' % rs(rng, 38, B64URL)

def k_keyvault(rng, d):
    return "App setting PayrollDbPassword = @Microsoft.KeyVault(SecretUri=https://kv-hr-%s.vault.azure.net/secrets/payroll-db/)\n" % rs(rng, 4, LOWDIG)

def k_cyberark(rng, d):
    return "Password retrieved at run time:\n  /opt/CARKaim/sdk/clipasswordsdk GetPassword -p AppDescs.AppID=CaseMgmt -p Query=\"Safe=HR-Batch;Object=%s\" -o Password\n" % d["user"]

def k_sandbox(rng, d):
    return "Training sandbox (no real data): log in as trainee01 / trainee01, or demo.clerk / not-a-real-password. Accounts are reset every night.\n"

def k_fakepay(rng, d):
    return 'FAKE_PAYROLL_TOKEN = "test-token-do-not-use"\ndef test_export_rejects_fake_token():\n    assert export(token=FAKE_PAYROLL_TOKEN).status == 401\n'

def k_envelope(rng, d):
    return "Envelope status report\n" + "\n".join("  %s  %s  %s" % (ruuid(rng), rng.choice(["completed", "sent", "voided"]), person(rng)) for _ in range(3)) + "\n"

def k_corr(rng, d):
    return "\n".join("%sT%s:0%dZ case-portal request_id=%s status=200" % (d["date"], d["time"], i, ruuid(rng)) for i in range(3)) + "\n"

def k_dmsrel(rng, d):
    return "DMS client release matrix\n" + "\n".join("  %d.%d.%d-build.%d+sha.%s" % (rng.randint(8, 12), rng.randint(0, 9), rng.randint(0, 30), rng.randint(1000, 9999), rs(rng, 7, HEX)) for _ in range(3)) + "\n"

def k_banner(rng, d):
    return "PayrollEngine %d.%d.%d (build %s, commit %s, jdk 21.0.%d)\n" % (rng.randint(3, 7), rng.randint(0, 9), rng.randint(0, 20), rs(rng, 12, UPDIG), rs(rng, 40, HEX), rng.randint(1, 6))

def k_bates(rng, d):
    p = rng.choice(["AGY", "DEF", "PLTF"])
    a = rng.randint(1, 90000)
    return "Production index, %s\n" % d["case"] + "\n".join("  Vol %d: %s%07d \u2013 %s%07d" % (i + 1, p, a + i * 500, p, a + i * 500 + 499) for i in range(3)) + "\n"

def k_docket(rng, d):
    return "Docket monitor\n" + "\n".join("  %d:%02d-cv-%05d-%s  %s v. %s" % (rng.randint(1, 9), rng.randint(20, 26), rng.randint(1, 99999), rs(rng, 3, "ABCDEFGHJKLMNPRSTUVWXYZ"), rng.choice(LAST), rng.choice(AGENCY)) for _ in range(3)) + "\n"

CLASSES = {
 "ciphertext_or_sealed_value": [("pgp_encrypted_hr_attachment_block", k_pgp), ("vault_transit_ciphertext_field", k_transit)],
 "code_identifier_lookalike": [("workflow_rule_identifier_list", k_wfids), ("ocr_field_names_catalogue", k_ocrfields)],
 "digest_or_checksum": [("records_transfer_sha256_manifest", k_sha256man), ("evidence_custody_md5_log", k_custody)],
 "masked_partial_value": [("payslip_masked_bank_account", k_payslip), ("integration_key_admin_last_four", k_lastfour)],
 "opaque_random_identifier": [("court_filing_confirmation_codes", k_filing), ("procurement_bid_receipt_refs", k_bidref)],
 "password_hash_not_plaintext": [("ldap_ssha_userpassword_rows", k_ssha), ("shadow_sha512crypt_lines", k_shadow)],
 "password_prose_no_value": [("hr_policy_password_clause", k_policy), ("council_minutes_password_item", k_pwminutes)],
 "placeholder_or_redacted": [("foia_redacted_config_release", k_foia), ("esign_setup_guide_placeholders", k_guideph)],
 "public_key_or_certificate": [("saml_idp_metadata_certificate", k_saml), ("ssh_ed25519_authorized_keys_lines", k_sshpub)],
 "publishable_client_key": [("stripe_publishable_donation_page", k_pklive), ("recaptcha_site_key_form_embed", k_recaptcha)],
 "secret_store_reference": [("keyvault_reference_app_setting", k_keyvault), ("cyberark_clipasswordsdk_query", k_cyberark)],
 "test_fixture_fake_credential": [("training_sandbox_demo_logins", k_sandbox), ("unit_test_fake_payroll_token", k_fakepay)],
 "uuid_or_request_identifier": [("esign_envelope_uuid_status_table", k_envelope), ("case_portal_correlation_id_log", k_corr)],
 "version_or_build_string": [("dms_client_release_matrix", k_dmsrel), ("payroll_engine_build_banner", k_banner)],
 "legal_reference_number_lookalike": [("bates_range_production_index", k_bates), ("court_docket_number_listing", k_docket)],
}
NEW_CLASS = "legal_reference_number_lookalike"

WRAP = {
 "in_case_file_note": lambda t, d: "CASE FILE NOTE %s \u2013 %s\n\n%s\nFiled by %s.\n" % (d["case"], d["date"], t, d["person"]),
 "in_hr_ticket_thread": lambda t, d: "HR ticket HRC%s\n> %s wrote:\n> see below\n\n%s\n-- %s, HR Shared Services\n" % (d["num"], d["person2"], t, d["person"]),
 "in_board_minutes_excerpt": lambda t, d: "Extract from the minutes of %s, %s\n\n%s\nCertified a true extract.\n" % (d["agency"], d["date"], t),
 "in_procurement_portal_qa": lambda t, d: "Portal Q&A \u2013 tender %s\nQ: Is the following acceptable?\n%s\nA: Noted. (%s)\n" % (d["case"], t, d["person"]),
 "in_scanned_form_ocr": lambda t, d: "[OCR page 1]\n%s\n[signature block illegible]\n" % t,
}

# Documentation values: (kind, published value, recompute, context)
DOCS = [
 ("sha256_empty_input_in_retention_hash_note", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
  lambda: hashlib.sha256(b"").hexdigest(), "Retention tool note: a record whose hash is {v} is an empty file (SHA-256 of zero bytes) and can be skipped.\n"),
 ("sha256_abc_vector_in_evidence_tool_docs", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
  lambda: hashlib.sha256(b"abc").hexdigest(), "Evidence hashing tool, self-test: SHA-256(\"abc\") must print {v} (FIPS 180 example).\n"),
 ("md5_abc_vector_in_dedupe_manual", "900150983cd24fb0d6963f7d28e17f72",
  lambda: hashlib.md5(b"abc").hexdigest(), "E-discovery dedupe manual, appendix B: MD5 test vector for \"abc\" is {v} (RFC 1321).\n"),
 ("rfc2202_hmac_md5_case2_in_signature_guide", "750c783e6ab0b503eaa86e310a5db738",
  lambda: hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.md5).hexdigest(), "Webhook signature guide: with key \"Jefe\" and data \"what do ya want for nothing?\" HMAC-MD5 gives {v} (RFC 2202 test case 2).\n"),
 ("rfc4231_case3_in_webhook_spec", "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
  lambda: hmac.new(b"\xaa" * 20, b"\xdd" * 50, hashlib.sha256).hexdigest(), "HR webhook spec, conformance: RFC 4231 test case 3 HMAC-SHA-256 = {v}; implementations must reproduce it.\n"),
]


def generate():
    rng = random.Random(5806)
    out = []
    for cls, kinds in CLASSES.items():
        for base, fn in kinds:
            for w in [None] + list(WRAP):
                d = fillers(rng)
                t = fn(rng, d)
                if w:
                    t = WRAP[w](t, d)
                out.append({"class": cls, "container": base if w is None else base + "__" + w, "text": t, "source": "negative"})
    for kind, val, rec, ctx in DOCS:
        out.append({"class": "vendor_documentation_value", "container": kind, "text": ctx.format(v=val), "source": "negative"})
    return out
