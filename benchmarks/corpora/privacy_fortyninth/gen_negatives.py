import random, base64, hashlib, hmac
from common import R, AN, LO, UP, HEX, B64

def b64(r, n):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()

def uuid(r):
    h = R(r, HEX, 32)
    return "-".join([h[:8], h[8:12], "4" + h[13:16], "8" + h[17:20], h[20:]])

BASE = {
 "public_key_or_certificate": {
  "freelancer_email_signature_pgp_pubkey": lambda r: "--\nSam Rivera \u00b7 illustration\nMy public key (safe to share):\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBG" + "\n".join(R(r, B64, 64) for _ in range(4)) + "\n=" + R(r, B64, 4) + "\n-----END PGP PUBLIC KEY BLOCK-----",
  "nas_ssh_host_key_fingerprint_prompt": lambda r: "The authenticity of host 'nas.local (192.168.1.20)' can't be established.\nED25519 key fingerprint is SHA256:" + R(r, B64, 43) + ".\nAre you sure you want to continue connecting (yes/no)?",
 },
 "placeholder_or_redacted": {
  "router_manual_password_field_blank": lambda r: "Step 3: Enter the Wi-Fi password printed on the label: ____________ (%d-%d characters)" % (r.randint(8, 10), r.randint(20, 63)),
  "shop_email_template_merge_fields": lambda r: "Hi {{customer_first_name}},\nyour account is ready. Username: {{customer_email}}\nPassword: {{temporary_password}}\nOrder #" + str(r.randint(1000, 9999)),
 },
 "digest_or_checksum": {
  "router_firmware_download_sha256": lambda r: "Firmware V%d.%d.%d (released %d-0%d)\nSHA-256: %s\nMD5: %s" % (r.randint(1, 3), r.randint(0, 9), r.randint(0, 99), r.randint(2022, 2024), r.randint(1, 9), R(r, HEX, 64), R(r, HEX, 32)),
  "photo_backup_duplicate_finder_log": lambda r: "\n".join("IMG_%04d.HEIC  %s  duplicate" % (r.randint(1, 9999), R(r, HEX, 40)) for _ in range(3)),
 },
 "password_hash_not_plaintext": {
  "wordpress_wp_users_dump_row": lambda r: "INSERT INTO wp_users VALUES (%d,'shopowner','$P$B%s','shopowner','owner@shop.example');" % (r.randint(1, 9), R(r, AN + "./", 30)),
  "router_config_backup_md5crypt_line": lambda r: "username admin privilege 15 secret 5 $1$%s$%s" % (R(r, AN, 4), R(r, AN + "./", 22)),
 },
 "masked_partial_value": {
  "bank_statement_masked_card_line": lambda r: "Card payment \u2022\u2022\u2022\u2022 %04d  GROCER LTD  -%d.%02d\nOnline banking login: ************" % (r.randint(0, 9999), r.randint(5, 90), r.randint(0, 99)),
  "streaming_account_settings_screen_ocr": lambda r: "[screenshot OCR] Account\nEmail: m***%d@mail.example\nPassword: \u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022  Change\nPlan: Standard" % r.randint(1, 99),
 },
 "ciphertext_or_sealed_value": {
  "openssl_salted_blob_in_note": lambda r: "encrypted with the usual passphrase, don't panic:\nU2FsdGVkX1" + R(r, B64, 54) + "==",
  "pgp_armored_message_in_email": lambda r: "-----BEGIN PGP MESSAGE-----\n\nhQIMA" + "\n".join(R(r, B64, 64) for _ in range(3)) + "\n=" + R(r, B64, 4) + "\n-----END PGP MESSAGE-----",
 },
 "uuid_or_request_identifier": {
  "parcel_tracking_update_sms": lambda r: "Your parcel %s%d%s is out for delivery. Ref %s" % (R(r, UP, 2), r.randint(100000000, 999999999), R(r, UP, 2), uuid(r)),
  "online_order_confirmation_ids": lambda r: "Order %s-%s confirmed. Transaction ID: %s. Payment intent: pi_%s" % (R(r, UP, 3), R(r, "0123456789", 7), R(r, UP + "0123456789", 17), R(r, AN, 24)),
 },
 "code_identifier_lookalike": {
  "shop_product_sku_export": lambda r: "sku,name,stock\n" + "\n".join("%s-%s-%s,%s,%d" % (R(r, UP, 3), R(r, UP + "0123456789", 6), R(r, "0123456789", 3), r.choice(["mug", "tote", "card"]), r.randint(0, 40)) for _ in range(3)),
  "website_builder_css_class_names": lambda r: '<div class="css-%s sc-%s">Book a lesson</div>' % (R(r, LO, 7), R(r, AN, 10)),
 },
 "password_prose_no_value": {
  "club_newsletter_password_safety_tip": lambda r: "Safety corner #%d: never share the club's online banking password by text or email, even with the committee. Ask the treasurer in person." % r.randint(1, 40),
  "school_letter_portal_reset_steps": lambda r: "Dear parents, if you forgot your portal password, click 'Forgot password' and a reset link will be emailed within %d minutes." % r.randint(5, 30),
 },
 "test_fixture_fake_credential": {
  "pos_training_mode_demo_login": lambda r: "TRAINING MODE (no real sales)\nDemo cashier: demo%d / demo\nAll receipts print 'TEST'" % r.randint(1, 9),
  "website_theme_demo_content_login": lambda r: "Theme demo content imported. Sample customer: jane.doe@example.com / password (demo store #%d, reset nightly)" % r.randint(1, 99),
 },
 "license_or_serial_identifier": {
  "router_label_serial_and_mac": lambda r: "S/N: %s\nMAC: %s\nModel: AX%d" % (R(r, UP + "0123456789", 16), ":".join(R(r, "0123456789ABCDEF", 2) for _ in range(6)), r.randint(1000, 9999)),
  "printer_warranty_registration": lambda r: "Warranty registered. Product serial %s, registration no. %s-%s" % (R(r, UP + "0123456789", 10), R(r, "0123456789", 4), R(r, "0123456789", 6)),
 },
 "version_or_build_string": {
  "smart_tv_software_info_screen": lambda r: "Software version: T-KTM%sAKUC-%d.%d\nBuild: %s" % (R(r, "0123456789", 4), r.randint(1000, 1999), r.randint(1, 9), R(r, HEX, 12)),
  "phone_about_screen_build_number": lambda r: "Android version 14\nBuild number %s.%d.%s" % (R(r, UP, 2) + R(r, "0123456789", 1) + R(r, UP, 1), r.randint(230000, 249999), R(r, "0123456789", 3)),
 },
 "secret_store_reference": {
  "password_manager_item_pointer_note": lambda r: "Router login is in the family vault under \"Home \u203a Router (%s)\". Don't write it here." % R(r, UP, 3),
  "shared_vault_link_message": lambda r: "I've shared the shop logins with you in the password manager: https://vault.example/share/%s (expires in 24h, no password in this message)" % R(r, AN, 22),
 },
 "credential_prompt_without_value": {
  "phone_call_transcript_asks_password": lambda r: "[call transcript %d] Caller: what's the Wi-Fi password again? \u2014 Owner: I'll text it to you later, it's on the router." % r.randint(100, 999),
  "bank_login_page_ocr_empty_fields": lambda r: "[OCR, bank login page]\nCustomer number [ %s ]\nPassword [            ]\n( Log in )" % R(r, "0123456789", 8),
 },
 "bank_or_payment_reference": {
  "invoice_iban_payment_details": lambda r: "Please pay to IBAN DE%02d %s %s %s %s %s, reference INV-%d" % (r.randint(10, 99), R(r, "0123456789", 4), R(r, "0123456789", 4), R(r, "0123456789", 4), R(r, "0123456789", 4), R(r, "0123456789", 2), r.randint(1000, 9999)),
  "sepa_mandate_reference_letter": lambda r: "Your direct debit mandate reference is MNDT-%s, creditor ID GB%02dZZZ%s." % (R(r, UP + "0123456789", 12), r.randint(10, 99), R(r, "0123456789", 6)),
 },
}
WRAP = {
 "": lambda t: t,
 "__in_family_group_chat": lambda t: "[Family \U0001F3E0] Mum: look what I found\n" + t + "\n[Family \U0001F3E0] Tom: that's fine to share",
 "__in_shop_owner_notebook_ocr": lambda t: "[OCR, shop notebook page]\n" + t + "\n-- end of page --",
 "__in_club_committee_email": lambda t: "Subject: FYI\n\nDear committee,\n" + t + "\n\nBest, the secretary",
 "__in_school_office_memo": lambda t: "SCHOOL OFFICE MEMO\n" + t + "\nFiled by: office",
 "__in_clinic_reception_voice_note": lambda t: "[voice note, reception, transcribed] " + t.replace("\n", " / "),
}

def docs():
    aws = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    totp = base64.b32encode(b"12345678901234567890").decode()
    assert totp == "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
    h = lambda s: hashlib.md5(s.encode()).hexdigest()
    ha1 = h("Mufasa:testrealm@host.com:Circle Of Life"); ha2 = h("GET:/dir/index.html")
    dig = h(ha1 + ":dcd98b7102dd2f0e8b11d0f600bfb0c093:00000001:0a4f113b:auth:" + ha2)
    rfc4231 = hmac.new(b"\x0b" * 20, b"Hi There", hashlib.sha256).hexdigest()
    assert rfc4231 == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
    assert dig == "6629fae49393a05397450978507c4ef1"
    basic = base64.b64encode(b"Aladdin:open sesame").decode()
    assert basic == "QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
    vals = {"aws_example": aws, "rfc6238": totp, "rfc2617": dig, "rfc4231": rfc4231, "rfc7617": basic}
    recs = [
     ("aws_docs_secret_in_bookkeeping_app_guide", "Bookkeeping app setup guide, step 6 (example from the AWS docs, not ours): aws_secret_access_key = " + aws),
     ("rfc6238_seed_in_authenticator_class_handout", "Evening class handout: authenticator apps use a shared seed. The RFC 6238 test seed is " + totp + " \u2014 try it in the app, it is public."),
     ("rfc2617_mufasa_digest_in_router_manual", "Router manual appendix: the web login uses HTTP Digest. Example from RFC 2617 (user Mufasa, password \"Circle Of Life\"): response=\"" + dig + "\""),
     ("rfc4231_case1_hmac_in_webshop_plugin_docs", "Plugin docs \u2013 webhook signatures. Verify your code with RFC 4231 test case 1: HMAC-SHA-256 = " + rfc4231),
     ("rfc7617_aladdin_in_smart_hub_docs", "Smart hub API docs: send Authorization: Basic " + basic + " (the RFC 7617 example; replace with your own)."),
    ]
    return recs, vals

def generate():
    rng = random.Random(4906)
    out = []
    for cls, kinds in BASE.items():
        for kind, fn in kinds.items():
            for w, wf in WRAP.items():
                out.append(dict(cls=cls, container=kind + w, text=wf(fn(rng))))
    recs, vals = docs()
    for kind, text in recs:
        out.append(dict(cls="vendor_documentation_value", container=kind, text=text))
    return out, vals
