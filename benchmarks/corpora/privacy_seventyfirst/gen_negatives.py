"""Hard negatives: 15 classes x 2 base kinds x 6 presentations + 5 documentation records."""
import random, hashlib, hmac, base64, string
from common import rs, ruuid, HEX, ALNUM, LOW, B64

U = string.ascii_uppercase


def _pem(r):
    body = base64.b64encode(bytes(r.getrandbits(8) for _ in range(180))).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


def _edkey(r):
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(r, B64, 43)


BASE = {
    "public_key_or_certificate": [
        ("fhir_server_tls_certificate_pem", lambda r: "FHIR endpoint server certificate (public, give to the payer):\n" + _pem(r)),
        ("pacs_sftp_ssh_ed25519_known_keys", lambda r: "\n".join("pacs%02d.imaging.example %s" % (i, _edkey(r)) for i in range(1, 4))),
    ],
    "placeholder_or_redacted": [
        ("mirth_channel_export_placeholder_password", lambda r: "<databaseWriter>\n  <url>jdbc:sqlserver://db%02d.example</url>\n  <username>svc_lis</username>\n  <password>&lt;your-lis-db-password&gt;</password>\n</databaseWriter>" % r.randint(1, 40)),
        ("clearinghouse_ticket_redacted_paste", lambda r: "Ticket %d: SFTP login fails for submitter %s.\nuser: sub_%s\npassword: [REDACTED]\nkey: ********" % (r.randint(10000, 99999), rs(r, U, 6), rs(r, LOW, 5))),
    ],
    "digest_or_checksum": [
        ("dicom_study_sha256_manifest", lambda r: "\n".join("%s  series_%03d.dcm" % (rs(r, HEX, 64), i) for i in range(1, 5))),
        ("hl7_batch_md5_checksum_file", lambda r: "\n".join("MD5 (ORU_%06d.hl7) = %s" % (r.randint(1, 999999), rs(r, HEX, 32)) for _ in range(4))),
    ],
    "ciphertext_or_sealed_value": [
        ("ansible_vault_encrypted_block", lambda r: "lis_db_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n" + "\n".join("          " + rs(r, "0123456789", 2) + rs(r, HEX, 78) for _ in range(4))),
        ("interface_engine_aes_gcm_sealed_setting", lambda r: "interface.password.sealed = aesgcm:v1:%s:%s" % (rs(r, B64, 16), base64.b64encode(bytes(r.getrandbits(8) for _ in range(48))).decode())),
    ],
    "masked_partial_value": [
        ("pharmacy_payment_card_masked_lines", lambda r: "\n".join("Rx %d  card **** **** **** %04d  copay $%d.00" % (r.randint(100000, 999999), r.randint(0, 9999), r.randint(5, 60)) for _ in range(3))),
        ("ehr_admin_console_key_masked", lambda r: "Integration keys (values hidden):\nFHIR client secret  ••••••••••••%s\nLIS token           %s••••••••••••" % (rs(r, ALNUM, 4), rs(r, HEX, 4))),
    ],
    "code_identifier_lookalike": [
        ("git_commit_sha_release_notes", lambda r: "Interface release notes\n" + "\n".join("* %s fix ORC-%d mapping" % (rs(r, HEX, 40), r.randint(1, 30)) for _ in range(3))),
        ("fhir_resource_version_etag_list", lambda r: "\n".join('Patient/%s  ETag: W/"%s"' % (ruuid(r), rs(r, HEX, 24)) for _ in range(3))),
    ],
    "password_hash_not_plaintext": [
        ("lab_portal_bcrypt_user_export", lambda r: "\n".join("%s,$2b$12$%s" % ("tech_" + rs(r, LOW, 4), rs(r, ALNUM + "./", 53)) for _ in range(3))),
        ("pharmacy_portal_argon2id_rows", lambda r: "\n".join("%s|$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % ("rph_" + rs(r, LOW, 4), rs(r, B64[:64], 22), rs(r, B64[:64], 43)) for _ in range(2))),
    ],
    "password_prose_no_value": [
        ("hipaa_password_policy_memo", lambda r: "Reminder from clinical IT: interface and service account passwords must be at least %d characters, rotated every %d days, and never written in tickets, chats or shift logs." % (r.randint(14, 20), r.choice([60, 90, 180]))),
        ("ehr_downtime_reset_howto", lambda r: "During downtime procedure %d, the on-call analyst resets the interface user password in the admin console and reads it to the vendor over the phone; it is not stored anywhere else." % r.randint(1, 99)),
    ],
    "secret_store_reference": [
        ("helm_values_secret_key_ref", lambda r: "env:\n  - name: LIS_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: lis-%s\n        key: password" % rs(r, LOW, 5)),
        ("azure_key_vault_reference_appsettings", lambda r: '"FhirClientSecret": "@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/fhir-secret/)"' % rs(r, LOW, 6)),
    ],
    "test_fixture_fake_credential": [
        ("fhir_sandbox_demo_login", lambda r: "Sandbox demo (public, reset nightly): user demo_clinician_%d / password not-a-real-secret-demo" % r.randint(1, 9)),
        ("hl7_unit_test_dummy_creds", lambda r: "def test_mllp_auth():\n    client = FakeMllp(user=\"test\", password=\"dummy-password-for-tests\")\n    assert client.send(SAMPLE_ADT_%d)" % r.randint(1, 99)),
    ],
    "uuid_or_request_identifier": [
        ("fhir_request_id_audit_log", lambda r: "\n".join("%s GET /Patient X-Request-Id: %s 200" % ("2024-03-%02dT10:%02d" % (r.randint(1, 28), r.randint(0, 59)), ruuid(r)) for _ in range(3))),
        ("edc_subject_uuid_export", lambda r: "subject,site,uuid\n" + "\n".join("%03d-%03d,%d,%s" % (r.randint(1, 99), r.randint(1, 999), r.randint(100, 999), ruuid(r)) for _ in range(3))),
    ],
    "version_or_build_string": [
        ("interface_engine_version_banner", lambda r: "Engine version %d.%d.%d (build %s), Java %d" % (r.randint(3, 4), r.randint(0, 12), r.randint(0, 9), rs(r, HEX, 10), r.choice([11, 17, 21]))),
        ("pacs_viewer_build_tags", lambda r: "\n".join("viewer-v%d.%d.%d-%d-g%s" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 9), r.randint(1, 90), rs(r, HEX, 7)) for _ in range(3))),
    ],
    "publishable_client_key": [
        ("patient_portal_stripe_publishable_key", lambda r: "<script>const stripe = Stripe('pk_live_51%s');</script>" % rs(r, ALNUM, 96)),
        ("smart_app_public_client_id", lambda r: "SMART public app registration: client_id=%s (public client, PKCE, no secret)" % ruuid(r)),
    ],
    "dicom_uid_or_accession_number": [
        ("dicom_study_instance_uid_list", lambda r: "\n".join("(0020,000d) UI [1.2.840.113619.2.%d.%d.%d.%d]" % (r.randint(1, 999), r.randint(1000, 99999), r.randint(10 ** 8, 10 ** 9), r.randint(1, 999)) for _ in range(3))),
        ("ris_accession_number_export", lambda r: "\n".join("ACC%s%07d,CT CHEST,%s" % (rs(r, U, 2), r.randint(0, 9999999), rs(r, U, 3)) for _ in range(4))),
    ],
    "drug_lot_or_ndc_code": [
        ("ndc_package_code_formulary_extract", lambda r: "\n".join("%05d-%04d-%02d  %s %dmg" % (r.randint(0, 99999), r.randint(0, 9999), r.randint(0, 99), r.choice(["amoxicillin", "heparin", "insulin glargine", "ondansetron"]), r.randint(1, 500)) for _ in range(3))),
        ("vaccine_lot_expiry_log", lambda r: "\n".join("lot %s%d exp 2025-%02d-%02d fridge %d" % (rs(r, U, 2), r.randint(1000, 9999), r.randint(1, 12), r.randint(1, 28), r.randint(1, 6)) for _ in range(3))),
    ],
}
NEW_CLASSES = ["dicom_uid_or_accession_number", "drug_lot_or_ndc_code"]

WRAPPERS = [
    ("interface_team_standup_notes", "Stand-up notes, integration team:\n{b}\n(no action needed)"),
    ("pharmacy_informatics_forum_post", "Posted in the pharmacy informatics forum:\n> {b}\nAnyone seen this before?"),
    ("ehr_vendor_release_mail", "Subject: release information\n\nDear customer,\n{b}\n\nKind regards, EHR vendor support"),
    ("lab_ops_teams_digest", "Lab ops digest\n---\n{b}\n---"),
    ("clinical_it_sharepoint_page", "Clinical IT knowledge base\n\n{b}\n\nLast reviewed by the integration lead."),
]

HMAC_RFC4231_2 = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
SHA256_EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
SHA1_ABC = "a9993e364706816aba3e25717850c26c9cd0d89d"
MD5_MESSAGE_DIGEST = "f96b697d7cb7938d525a2f31aaf161d0"
AWS_DOCS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


def doc_values():
    vals = {
        "sha256_empty": hashlib.sha256(b"").hexdigest(),
        "rfc4231_case2": hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha256).hexdigest(),
        "sha1_abc": hashlib.sha1(b"abc").hexdigest(),
        "md5_message_digest": hashlib.md5(b"message digest").hexdigest(),
    }
    assert vals["sha256_empty"] == SHA256_EMPTY and vals["rfc4231_case2"] == HMAC_RFC4231_2
    assert vals["sha1_abc"] == SHA1_ABC and vals["md5_message_digest"] == MD5_MESSAGE_DIGEST
    vals["aws_docs_secret"] = AWS_DOCS_SECRET
    return vals


def doc_records():
    v = doc_values()
    return [
        ("sha256_empty_in_dicom_dedupe_notes", "Dedupe notes: a zero-byte DICOM file always hashes to %s (SHA-256 of empty input), so skip those." % v["sha256_empty"]),
        ("rfc4231_case2_in_hl7_webhook_test", "Webhook signer self-test uses RFC 4231 test case 2 (key \"Jefe\"); expected HMAC-SHA-256: %s" % v["rfc4231_case2"]),
        ("sha1_abc_in_lis_checksum_spec", "LIS checksum spec, example: SHA-1(\"abc\") = %s" % v["sha1_abc"]),
        ("md5_message_digest_in_pacs_transfer_runbook", "Runbook check: md5 of the string 'message digest' must print %s on the transfer host." % v["md5_message_digest"]),
        ("aws_docs_example_secret_in_healthlake_readme", "README: configure the CLI as in the AWS documentation example (aws_secret_access_key = %s) and replace it with your own." % v["aws_docs_secret"]),
    ]


def generate(seed=7106):
    r = random.Random(seed)
    out = []
    for cls in sorted(BASE):
        for kind, fn in BASE[cls]:
            out.append((cls, kind, fn(r)))
            for wname, wt in WRAPPERS:
                out.append((cls, kind + "__in_" + wname, wt.format(b=fn(r))))
    for kind, text in doc_records():
        out.append(("vendor_documentation_value", kind, text))
    return out
