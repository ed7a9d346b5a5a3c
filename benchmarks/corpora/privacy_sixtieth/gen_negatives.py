"""Hard negatives in 16 classes: 15 classes x 2 base kinds x 6 presentations + 5 documentation records."""
import hashlib, hmac
from common import Gen, ALNUM, HEX, UPPER_DIG

SEED = 6006


def luhn_digit(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        tot += d
    return str((10 - tot % 10) % 10)


def isin(g, cc):
    body = cc + g.s(9, UPPER_DIG)
    digits = "".join(str(int(c, 36)) for c in body)
    return body + luhn_digit(digits)


def iban(g, cc, bban):
    n = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return "%s%02d%s" % (cc, 98 - n % 97, bban)


def cusip(g):
    b = g.digits(3) + g.s(5, UPPER_DIG)
    tot = 0
    for i, c in enumerate(b):
        v = int(c, 36)
        if i % 2:
            v *= 2
        tot += v // 10 + v % 10
    return b + str((10 - tot % 10) % 10)


B = {
 "public_key_or_certificate": {
  "swift_pki_certificate_pem": lambda g: "Bank gateway certificate (public, send to the bank):\n-----BEGIN CERTIFICATE-----\n" + "\n".join(g.b64(48) for _ in range(6)) + "\n-----END CERTIFICATE-----\n",
  "sftp_bank_host_key_line": lambda g: "# bank SFTP host key (known_hosts)\nsftp.bank-" + g.s(3, "abcdefgh") + ".example ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + g.b64(32)[:43] + "\n",
 },
 "placeholder_or_redacted": {
  "payment_sdk_readme_placeholder_env": lambda g: "Copy .env.example and fill in:\nPAYMENTS_SECRET_KEY=<your-secret-key>\nWEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxx\nLEDGER_DB_PASSWORD=changeme\n# build " + g.digits(4) + "\n",
  "audit_export_redacted_config": lambda g: "[export job " + g.digits(5) + "]\nhost = " + g.host() + "\npassword = [REDACTED BY AUDIT]\napi_token = ****************\n",
 },
 "digest_or_checksum": {
  "settlement_file_sha256_manifest": lambda g: "\n".join(g.hx(64) + "  SETTLE_" + g.digits(8) + ".csv" for _ in range(3)) + "\n",
  "statement_batch_md5_control_totals": lambda g: "batch " + g.digits(6) + " records=" + g.digits(4) + " total=" + g.digits(7) + ".00 md5=" + g.hx(32) + "\n",
 },
 "ciphertext_or_sealed_value": {
  "sops_encrypted_yaml_value": lambda g: "db_password: ENC[AES256_GCM,data:" + g.b64(18) + ",iv:" + g.b64(32) + ",tag:" + g.b64(16) + ",type:str]\nsops:\n  kms:\n  - arn: arn:aws:kms:eu-west-1:" + g.digits(12) + ":key/" + g.uuid() + "\n",
  "kms_ciphertext_blob_field": lambda g: "{\"CiphertextBlob\": \"AQICAH" + g.b64(120) + "\", \"KeyId\": \"alias/ledger\"}\n",
 },
 "masked_partial_value": {
  "card_pan_masked_statement_line": lambda g: "2024-03-1" + g.digits(1) + " CARD 4" + g.digits(3) + " **** **** " + g.digits(4) + " MERCHANT " + g.digits(6) + " EUR " + g.digits(3) + ".00\n",
  "api_key_console_masked_display": lambda g: "Secret key   sk_live_••••••••••••" + g.s(4) + "   created 2024-01-0" + g.digits(1) + "   last used 2 h ago\n",
 },
 "code_identifier_lookalike": {
  "container_image_digest_pins": lambda g: "\n".join("registry.corp.example/" + n + "@sha256:" + g.hx(64) for n in ("ledger", "recon", "oms")) + "\n",
  "feature_flag_key_listing": lambda g: "\n".join("ff_" + n + "_" + g.s(12, "abcdef0123456789") + " = off" for n in ("sepa_instant", "fx_rfq_v2", "card_tokenize")) + "\n",
 },
 "password_prose_no_value": {
  "treasury_password_rotation_policy_text": lambda g: "Policy TR-" + g.digits(3) + ": bank portal passwords are rotated every 60 days, must never be shared in chat or tickets, and are issued only through the vault workflow.\n",
  "desk_chat_reset_request_no_value": lambda g: "[09:" + g.digits(2) + "] trader" + g.digits(2) + ": locked out of the broker portal again, can someone reset my password? I'll pick the new one myself.\n",
 },
 "uuid_or_request_identifier": {
  "payment_intent_id_log": lambda g: "INFO created pi_3" + g.s(23) + " amount=" + g.digits(4) + " currency=eur customer=cus_" + g.s(14) + "\n",
  "api_request_id_trace_lines": lambda g: "x-request-id: " + g.uuid() + "\ntraceparent: 00-" + g.hx(32) + "-" + g.hx(16) + "-01\n",
 },
 "password_hash_not_plaintext": {
  "bcrypt_user_table_dump": lambda g: "id|login|password_hash\n" + g.digits(3) + "|trader" + g.digits(2) + "|$2b$12$" + g.s(53, ALNUM + "./") + "\n",
  "argon2id_hash_config_rows": lambda g: "portal_user: ops" + g.digits(2) + "\nhash: $argon2id$v=19$m=65536,t=3,p=4$" + g.b64(16).rstrip("=") + "$" + g.b64(32).rstrip("=") + "\n",
 },
 "test_fixture_fake_credential": {
  "sandbox_fake_keys_fixture": lambda g: "# tests/fixtures/payments.py - obviously fake values\nFAKE_SECRET = 'sk_test_FAKE_DO_NOT_USE_" + g.digits(4) + "'\nFAKE_WEBHOOK = 'whsec_test_dummy'\n",
  "pytest_dummy_bank_login": lambda g: "def test_login(client):\n    r = client.post('/login', data={'user': 'alice" + g.digits(2) + "', 'password': 'not-a-real-password'})\n    assert r.status_code == 401\n",
 },
 "secret_store_reference": {
  "aws_secrets_manager_arn_reference": lambda g: "DB_PASSWORD_ARN=arn:aws:secretsmanager:eu-west-1:" + g.digits(12) + ":secret:recon/db-" + g.s(6) + "\n",
  "vault_agent_template_reference": lambda g: "{{ with secret \"kv/data/treasury/bank-portal-" + g.digits(2) + "\" }}{{ .Data.data.password }}{{ end }}\n",
 },
 "publishable_client_key": {
  "stripe_publishable_checkout_snippet": lambda g: "const stripe = Stripe('pk_live_51" + g.s(97) + "');\n",
  "adyen_client_key_dropin_config": lambda g: "const checkout = await AdyenCheckout({ environment: 'live', clientKey: 'live_" + g.s(32, UPPER_DIG) + "' });\n",
 },
 "bank_account_or_iban_number": {
  "iban_vendor_master_csv": lambda g: "vendor_id,name,iban,bic\nV" + g.digits(5) + ",Acme GmbH," + iban(g, "DE", g.digits(18)) + ",COBADEFFXXX\nV" + g.digits(5) + ",Ruyter BV," + iban(g, "NL", "INGB" + g.digits(10)) + ",INGBNL2A\n",
  "sort_code_account_remittance": lambda g: "Remittance advice " + g.digits(8) + "\nPaid to sort code " + g.digits(2) + "-" + g.digits(2) + "-" + g.digits(2) + " account " + g.digits(8) + ", ref INV" + g.digits(7) + "\n",
 },
 "security_identifier_isin_cusip": {
  "isin_position_file_rows": lambda g: "isin;qty;price\n" + "\n".join(isin(g, cc) + ";" + g.digits(5) + ";" + g.digits(3) + "." + g.digits(2) for cc in ("US", "GB", "DE")) + "\n",
  "cusip_trade_blotter": lambda g: "TRADE " + g.digits(9) + " BUY " + g.digits(4) + " CUSIP " + cusip(g) + " @ 99." + g.digits(3) + " SETTLE T+1\n",
 },
 "order_or_trade_reference_id": {
  "fix_execution_report_ids": lambda g: "8=FIX.4.4|35=8|11=" + g.s(20, UPPER_DIG) + "|37=" + g.hx(24) + "|17=" + g.s(16, UPPER_DIG) + "|39=2|55=VOD.L|\n",
  "swift_uetr_payment_tracker": lambda g: ":20:" + g.s(16, UPPER_DIG) + "\n:121:" + g.uuid() + "\n:32A:2403" + g.digits(2) + "EUR" + g.digits(6) + ",00\n",
 },
}

WRAP = {
 "recon_break_email": ("Subject: recon break follow-up\n\nSee the extract below:\n\n", "\nRegards, Recon team\n"),
 "audit_workpaper_note": ("Workpaper WP-7 / inspected item:\n", "Conclusion: no exception.\n"),
 "trading_ops_chat_paste": ("[ops-chat] pasting what I see:\n```\n", "```\n"),
 "compliance_case_comment": ("Case note (compliance):\n> ", "\nNo further action.\n"),
 "month_end_close_memo": ("MEMO - month-end close\nAttachment excerpt:\n", "-- end of excerpt\n"),
}

# documentation values (recomputed where possible)
RFC4231_TC2 = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
SHA1_ABC = "a9993e364706816aba3e25717850c26c9cd0d89d"
MD5_EMPTY = "d41d8cd98f00b204e9800998ecf8427e"
STRIPE_TEST_CARD = "4242424242424242"
EXAMPLE_IBAN = "GB82WEST12345698765432"


def verify_docs():
    assert hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha256).hexdigest() == RFC4231_TC2
    assert hashlib.sha1(b"abc").hexdigest() == SHA1_ABC
    assert hashlib.md5(b"").hexdigest() == MD5_EMPTY
    assert luhn_digit(STRIPE_TEST_CARD[:-1]) == STRIPE_TEST_CARD[-1]
    n = int("".join(str(int(c, 36)) for c in EXAMPLE_IBAN[4:] + EXAMPLE_IBAN[:4]))
    assert n % 97 == 1


DOCS = {
 "rfc4231_case2_in_payment_webhook_spec": "Webhook signature spec, appendix B: verify your HMAC-SHA-256 with RFC 4231 test case 2 (key \"Jefe\"): expected " + RFC4231_TC2 + "\n",
 "fips180_sha1_abc_in_statement_hash_guide": "Self-test for the statement hasher: SHA-1(\"abc\") must print " + SHA1_ABC + " (FIPS 180 example).\n",
 "md5_empty_input_in_file_transfer_faq": "FAQ: a control file with hash " + MD5_EMPTY + " is empty (MD5 of zero bytes); ask the bank to resend.\n",
 "stripe_docs_test_card_in_qa_checklist": "QA checklist: pay with the documented test card " + STRIPE_TEST_CARD + ", any future expiry, any CVC.\n",
 "example_iban_in_onboarding_manual": "Manual p. 12: an IBAN looks like " + EXAMPLE_IBAN + " (the standard example); enter yours without spaces.\n",
}
DOC_VALUES = [RFC4231_TC2, SHA1_ABC, MD5_EMPTY, STRIPE_TEST_CARD, EXAMPLE_IBAN]


def gen():
    verify_docs()
    g = Gen(SEED)
    out = []
    for cls in sorted(B):
        for base in sorted(B[cls]):
            out.append({"class": cls, "container": base, "text": B[cls][base](g), "source": "negative"})
            for w, (a, z) in WRAP.items():
                out.append({"class": cls, "container": base + "__in_" + w, "text": a + B[cls][base](g) + z, "source": "negative"})
    for k, t in DOCS.items():
        out.append({"class": "vendor_documentation_value", "container": k, "text": t, "source": "negative"})
    return out
