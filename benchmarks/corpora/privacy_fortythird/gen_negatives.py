"""Hard negatives in finance / commerce / regulated containers."""
import base64, hashlib, hmac, json
from common import G

def luhn_fix(digits):
    s = 0
    for i, d in enumerate(reversed(digits)):
        d = int(d)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return digits + str((10 - s % 10) % 10)

def iban_de(g):
    bban = g.dig(18)
    n = int(bban + "131400")
    return "DE%02d%s" % (98 - n % 97, bban)

B = {}
def base(cls, kind):
    def deco(f):
        B[kind] = (cls, f); return f
    return deco

@base("public_key_or_certificate", "ebics_bank_key_initialisation_letter")
def _(g): return "EBICS INI letter – bank public key (X002)\nExponent: 010001\nModulus (hex):\n" + "\n".join(g.HEX(64) for _ in range(4)) + "\nHash (SHA-256): " + " ".join(g.HEX(2) for _ in range(32))
@base("public_key_or_certificate", "apple_pay_merchant_identity_csr_note")
def _(g): return "Apple Pay merchant identity – CSR submitted. Public key (SPKI, base64):\n" + "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + g.b64(86) + "==\nThe private key stays in the HSM."
@base("public_key_or_certificate", "hl7_fhir_jwks_public_endpoint_response")
def _(g): return json.dumps({"keys": [{"kty": "RSA", "kid": g.hex(16), "use": "sig", "alg": "RS384", "n": g.b64ubytes(256), "e": "AQAB"}]})

@base("placeholder_or_redacted", "payroll_integration_setup_guide_placeholders")
def _(g): return "Step 3 – enter your credentials:\n  CLIENT_ID=<your-client-id>\n  CLIENT_SECRET=<paste-client-secret-here>\n  PAYROLL_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxx"
@base("placeholder_or_redacted", "court_filing_redacted_exhibit")
def _(g): return "EXHIBIT %d (redacted)\nThe defendant's system administrator used the password [REDACTED] and the API key ████████████████ to access the ledger." % g.r.randint(3, 40)
@base("placeholder_or_redacted", "claims_form_blank_credential_fields")
def _(g): return "PROVIDER PORTAL REGISTRATION\nNPI: %s\nPortal username: ____________\nPortal password: ____________\nSecurity question answer: ____________" % g.dig(10)

@base("masked_partial_value", "card_terminal_receipt_masked_pan")
def _(g): return "MERCHANT COPY\nVISA  ************%s\nAUTH CODE %s\nTOTAL EUR %d.%02d\nAPPROVED" % (g.dig(4), g.up(6), g.r.randint(3, 300), g.r.randint(0, 99))
@base("masked_partial_value", "payment_gateway_dashboard_masked_key")
def _(g): return "API keys\nSecret key  sk_live_••••••••••••••••%s  (created %d days ago)\nReveal requires 2FA" % (g.an(4), g.r.randint(2, 400))
@base("masked_partial_value", "bank_portal_account_number_mask")
def _(g): return "Account ending in %s — available balance %d.%02d\nIBAN DE** **** **** **** **%s %s" % (g.dig(4), g.r.randint(100, 90000), g.r.randint(0, 99), g.dig(2), g.dig(2))

@base("digest_or_checksum", "bacs_payment_file_hash_total")
def _(g): return "BACS submission summary\nRecords: %d\nHash total: %s\nFile SHA-256: %s" % (g.r.randint(50, 900), g.dig(11), hashlib.sha256(g.hex(20).encode()).hexdigest())
@base("digest_or_checksum", "edi_interchange_control_checksum")
def _(g): return "ISA*00*          *00*          *ZZ*ACMEFOODS      *ZZ*WHOLESALER     *250301*1200*U*00401*%s*0*P*>~\n# archive md5 %s" % (g.dig(9), hashlib.md5(g.hex(8).encode()).hexdigest())
@base("digest_or_checksum", "evidence_log_sha1_chain_of_custody")
def _(g): return "Chain of custody – item %s\nImage SHA-1: %s\nVerified by examiner on intake." % (g.up(6), hashlib.sha1(g.hex(8).encode()).hexdigest())

@base("ciphertext_or_sealed_value", "pci_tokenisation_vault_ciphertext_row")
def _(g): return "token_id,ciphertext,key_version\ntok_%s,%s,7" % (g.low(12), base64.b64encode(b"\x02\x01" + bytes(g.r.getrandbits(8) for _ in range(46))).decode())
@base("ciphertext_or_sealed_value", "jwe_compact_encrypted_claim_payload")
def _(g): return "Encrypted claim attachment (JWE):\n" + base64.urlsafe_b64encode(b'{"alg":"RSA-OAEP-256","enc":"A256GCM"}').decode().rstrip("=") + "." + g.b64ubytes(256) + "." + g.b64ubytes(12) + "." + g.b64ubytes(120) + "." + g.b64ubytes(16)
@base("ciphertext_or_sealed_value", "ansible_vault_encrypted_payroll_var")
def _(g): return "payroll_db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n" + "\n".join("  " + g.hex(80) for _ in range(4))

@base("publishable_client_key", "checkout_page_publishable_key_snippet")
def _(g): return "<script>const stripe = Stripe('pk_live_51%s');</script>" % g.an(97)
@base("publishable_client_key", "adyen_web_drop_in_client_key")
def _(g): return "const checkout = await AdyenCheckout({ clientKey: 'live_%s', environment: 'live' });" % g.up(32)
@base("publishable_client_key", "google_maps_browser_key_store_locator")
def _(g): return "<!-- store locator, key restricted to https://shop.example/* -->\n<script src=\"https://maps.googleapis.com/maps/api/js?key=AIza%s&callback=initMap\"></script>" % g.b64u(35)

@base("opaque_random_identifier", "shipment_tracking_numbers_export")
def _(g): return "order,carrier,tracking\n" + "\n".join("%s,UPS,1Z%s" % (g.dig(7), g.up(16)) for _ in range(3))
@base("opaque_random_identifier", "payment_intent_ids_reconciliation")
def _(g): return "Reconciliation – unmatched\n" + "\n".join("pi_3%s  %d.%02d EUR" % (g.an(23), g.r.randint(5, 900), g.r.randint(0, 99)) for _ in range(3))
@base("opaque_random_identifier", "insurance_claim_reference_list")
def _(g): return "Open claims: " + ", ".join("CLM-%s-%s" % (g.up(4), g.dig(6)) for _ in range(4))

@base("password_prose_no_value", "bank_security_awareness_email")
def _(g): return "Reminder from Information Security: never share your online-banking password, one-time codes or card PIN with anyone — the bank will never ask for them by phone. Report suspicious calls to the fraud team."
@base("password_prose_no_value", "hipaa_training_quiz_answer_key")
def _(g): return "Q%d. A nurse writes her EHR password on a sticky note. What should the privacy officer recommend?\nAnswer: reset the password, remove the note, and remind staff to use the password manager." % g.r.randint(1, 20)
@base("password_prose_no_value", "sox_access_review_policy_excerpt")
def _(g): return "Policy 4.%d: Service-account passwords for financial systems must be at least 16 characters, stored in the approved vault and rotated every 90 days. Passwords must never be sent by e-mail." % g.r.randint(1, 9)

@base("test_fixture_fake_credential", "payment_sandbox_test_card_table")
def _(g): return "Sandbox test cards (no real money)\n4111 1111 1111 1111  any CVC  any future date -> success\n4000 0000 0000 0002  -> declined"
@base("test_fixture_fake_credential", "ehr_training_environment_demo_login")
def _(g): return "TRAINING ENVIRONMENT ONLY – data is fictional\nDemo user: train.nurse%02d\nDemo password: Training123 (reset nightly, no access to production)" % g.r.randint(1, 40)
@base("test_fixture_fake_credential", "unit_test_mock_gateway_credentials")
def _(g): return "def test_refund_flow(gateway_mock):\n    gw = Gateway(api_key=\"fake-key-for-tests\", secret=\"not-a-real-secret\")\n    assert gw.refund(\"ch_test_%s\").ok" % g.low(8)

@base("payment_or_reference_number", "sepa_credit_transfer_remittance_line")
def _(g): return "SEPA CT  IBAN %s  BIC COBADEFFXXX  Ref RF%02d%s  Amount %d.%02d" % (iban_de(g), g.r.randint(10, 99), g.up(10), g.r.randint(10, 9999), g.r.randint(0, 99))
@base("payment_or_reference_number", "ach_batch_trace_numbers")
def _(g): return "ACH batch %s\n" % g.dig(7) + "\n".join("trace %s  amount %d.%02d" % (g.dig(15), g.r.randint(10, 5000), g.r.randint(0, 99)) for _ in range(3))
@base("payment_or_reference_number", "medicare_claim_control_number_letter")
def _(g): return "Explanation of benefits\nClaim control number: %s\nNPI: %s\nAmount allowed: %d.%02d" % (g.dig(14), luhn_fix("80840" + g.dig(4))[5:] + g.dig(1), g.r.randint(20, 900), g.r.randint(0, 99))

@base("version_or_build_string", "pos_terminal_boot_banner")
def _(g): return "PAX A920 OS v%d.%d.%d build %s\nPayment app %d.%d.%d-r%s" % (g.r.randint(1, 9), g.r.randint(0, 9), g.r.randint(0, 99), g.hex(8), g.r.randint(1, 9), g.r.randint(0, 20), g.r.randint(0, 50), g.dig(4))
@base("version_or_build_string", "core_banking_release_manifest")
def _(g): return "release: %d.%d.%d\ncommit: %s\nbuilt: 2025-02-%02dT10:00:00Z" % (g.r.randint(2020, 2025), g.r.randint(1, 12), g.r.randint(0, 9), g.hex(40), g.r.randint(1, 28))
@base("version_or_build_string", "ehr_about_dialog_versions")
def _(g): return "About\nClient %d.%d (build %s)\nDatabase schema %s\nInterface engine %d.%d.%d" % (g.r.randint(1, 30), g.r.randint(0, 9), g.dig(6), g.hex(12), g.r.randint(3, 4), g.r.randint(0, 12), g.r.randint(0, 9))

@base("uuid_or_request_identifier", "payment_api_idempotency_key_log")
def _(g): return "POST /v1/payouts 201 idempotency-key=%s request-id=req_%s" % (g.uuid(), g.an(14))
@base("uuid_or_request_identifier", "fhir_bundle_resource_ids")
def _(g): return json.dumps({"resourceType": "Bundle", "entry": [{"fullUrl": "urn:uuid:" + g.uuid()}, {"fullUrl": "urn:uuid:" + g.uuid()}]})
@base("uuid_or_request_identifier", "docusign_envelope_status_email")
def _(g): return "Envelope %s has been completed.\nEnvelope ID: %s" % (g.uuid().upper(), g.uuid().upper())

@base("password_hash_not_plaintext", "pos_back_office_users_table_dump")
def _(g): return "id|login|pw_hash\n%d|manager|$2b$12$%s" % (g.r.randint(1, 99), g.s("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 53))
@base("password_hash_not_plaintext", "ldap_ssha_userpassword_export")
def _(g): return "dn: uid=clerk%02d,ou=ap,dc=acme,dc=example\nuserPassword: {SSHA}%s" % (g.r.randint(1, 99), base64.b64encode(bytes(g.r.getrandbits(8) for _ in range(24))).decode())
@base("password_hash_not_plaintext", "django_auth_user_fixture_pbkdf2")
def _(g): return '{"model": "auth.user", "fields": {"username": "billing", "password": "pbkdf2_sha256$870000$%s$%s"}}' % (g.an(22), g.b64bytes(32))

@base("signature_value", "payment_webhook_signature_header_log")
def _(g): return "Received webhook: Stripe-Signature: t=%d,v1=%s" % (1740000000 + g.r.randint(0, 9999999), g.hex(64))
@base("signature_value", "xmldsig_signed_invoice_signaturevalue")
def _(g): return "<ds:SignatureValue>%s</ds:SignatureValue>" % g.b64bytes(256)
@base("signature_value", "adyen_notification_hmac_signature_field")
def _(g): return json.dumps({"eventCode": "AUTHORISATION", "success": "true", "additionalData": {"hmacSignature": g.b64bytes(32)}})

@base("secret_store_reference", "azure_key_vault_reference_app_setting")
def _(g): return "PAYROLL_DB_PASSWORD=@Microsoft.KeyVault(SecretUri=https://kv-payroll-%s.vault.azure.net/secrets/db-password/)" % g.low(4)
@base("secret_store_reference", "hashicorp_vault_path_in_runbook")
def _(g): return "Get the clearing SFTP password with: vault kv get -field=password secret/finance/clearing/sftp-%s" % g.low(4)
@base("secret_store_reference", "gcp_secret_manager_resource_name")
def _(g): return "secretRef: projects/%s/secrets/claims-api-key/versions/latest" % g.dig(12)

WRAPPERS = {
 "in_audit_evidence_workpaper": lambda t: "AUDIT WORKPAPER – evidence reviewed, no credential exposure noted\n---\n" + t + "\n---\nReviewer sign-off: OK",
 "in_compliance_review_email": lambda t: "Subject: Compliance review – sample for the file\n\nFor the record, the excerpt below was checked and contains no live secret:\n\n" + t + "\n\nRegards, Compliance",
 "in_service_desk_resolution_note": lambda t: "Resolution note: customer sent the following; no action needed.\n> " + t.replace("\n", "\n> "),
}

def docs():
    out = []
    # AWS documentation example secret access key (quoted from the AWS docs)
    out.append(("aws_docs_example_secret_access_key", "From the AWS documentation (example only): aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"))
    h = hmac.new(b"\x0b" * 20, b"Hi There", hashlib.sha256).hexdigest()
    assert h == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
    out.append(("rfc4231_hmac_sha256_case_one", "RFC 4231 test case 1: key = 0x0b repeated 20 times, data = \"Hi There\", HMAC-SHA-256 = " + h, h))
    sc = hashlib.scrypt(b"password", salt=b"NaCl", n=1024, r=8, p=16, dklen=64).hex()
    assert sc.startswith("fdbabe1c9d3472007856e7190d01e9fe")
    out.append(("rfc7914_scrypt_nacl_vector", "RFC 7914 scrypt test vector (P=\"password\", S=\"NaCl\", N=1024, r=8, p=16): " + sc, sc))
    prk = hmac.new(bytes(range(13)), b"\x0b" * 22, hashlib.sha256).digest()
    okm = b""; t = b""; i = 1
    while len(okm) < 42:
        t = hmac.new(prk, t + bytes(range(0xf0, 0xfa)) + bytes([i]), hashlib.sha256).digest(); okm += t; i += 1
    okm = okm[:42].hex()
    assert okm.startswith("3cb25f25faacd57a90434f64d0362f2a")
    out.append(("rfc5869_hkdf_sha256_case_one", "RFC 5869 HKDF test case 1 (IKM = 22 × 0x0b, salt 0x00…0x0c, info 0xf0…0xf9, L = 42): OKM = " + okm, okm))
    out.append(("pci_test_pan_documentation_table", "Card-network documentation test number (not a real card): 4111111111111111, expiry any future date, CVV 123", "4111111111111111"))
    return out

def build(rng):
    g = G(rng)
    recs = []
    for kind, (cls, f) in B.items():
        recs.append({"class": cls, "container": kind, "text": f(g), "source": "negative"})
        for w, wf in WRAPPERS.items():
            recs.append({"class": cls, "container": kind + "__" + w, "text": wf(f(g)), "source": "negative"})
    for kind, text, val in docs():
        recs.append({"class": "vendor_documentation_value", "container": kind, "text": text, "source": "negative"})
    return recs

DOC_VALUES = [v for _, _, v in docs()]
