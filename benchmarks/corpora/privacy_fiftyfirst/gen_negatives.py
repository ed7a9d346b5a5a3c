"""Hard negatives: 15 classes x 2 base kinds x 6 presentations + 5 documentation records."""
import random, hashlib, hmac, base64, json
from common import rs, ALNUM, HEX, B64, uuid4, b64url_json

HU = '0123456789ABCDEF'
UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'


def pem_lines(r, n):
    return '\n'.join(rs(r, B64, 64) for _ in range(n))


BASE = {
 'public_key_or_certificate': {
  'dkim_txt_record_public_key': lambda r: 'default._domainkey.kedai.example. 3600 IN TXT "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' + rs(r, B64, 120) + '" ; public, safe to publish',
  'panel_ssl_certificate_pem_paste': lambda r: 'SSL/TLS Status > View certificate (public):\n-----BEGIN CERTIFICATE-----\nMIIF' + rs(r, B64, 60) + '\n' + pem_lines(r, 3) + '\n-----END CERTIFICATE-----',
 },
 'placeholder_or_redacted': {
  'theme_install_guide_placeholder_keys': lambda r: 'Step %d: paste your keys into Settings > Payments\nSecret key: sk_live_YOUR_SECRET_KEY_HERE\nWebhook secret: whsec_xxxxxxxxxxxxxxxxxxxxxxxx' % r.randrange(2, 9),
  'redacted_invoice_tool_export': lambda r: 'integration,api_key,status\nsms,[REDACTED],active\nmail,<removed by %s>,active' % r.choice(['admin', 'bookkeeper', 'support']),
 },
 'digest_or_checksum': {
  'wordpress_plugin_zip_sha256': lambda r: 'booking-calendar-%d.%d.zip  SHA-256: %s' % (r.randrange(2, 9), r.randrange(20), rs(r, HEX, 64)),
  'pos_backup_md5_manifest': lambda r: '\n'.join('%s  till_%02d_%s.db' % (rs(r, HEX, 32), i, r.choice(['mon', 'tue', 'wed'])) for i in range(1, 4)),
 },
 'ciphertext_or_sealed_value': {
  'laravel_encrypted_cookie_value': lambda r: 'Set-Cookie: kedai_session=' + base64.b64encode(json.dumps({'iv': rs(r, B64, 22) + '==', 'value': rs(r, B64, 64), 'mac': rs(r, HEX, 64), 'tag': ''}).encode()).decode() + '; HttpOnly',
  'ansible_vault_block_in_handover': lambda r: 'db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n' + '\n'.join('  ' + rs(r, HEX, 80) for _ in range(3)),
 },
 'masked_partial_value': {
  'payment_gateway_dashboard_masked_key': lambda r: 'Live secret key  sk_live_••••••••••••' + rs(r, ALNUM, 4) + '   [Reveal] [Roll key]',
  'sms_receipt_masked_card': lambda r: 'Payment of KES %d received from card ****%04d. Ref %s' % (r.randrange(100, 9000), r.randrange(10000), rs(r, UP, 6)),
 },
 'code_identifier_lookalike': {
  'shopify_section_block_ids': lambda r: '<div id="shopify-section-template--%d__main" data-block="%s-%s"></div>' % (r.randrange(10**13, 10**14), rs(r, 'abcdefghijklmnopqrstuvwxyz', 8), rs(r, ALNUM, 10)),
  'webpack_hashed_asset_filenames': lambda r: 'assets/checkout.%s.js\nassets/vendor.%s.js\nassets/style.%s.css' % (rs(r, HEX, 20), rs(r, HEX, 20), rs(r, HEX, 8)),
 },
 'password_prose_no_value': {
  'hosting_newsletter_password_tips': lambda r: 'Tip of the month #%d: never reuse your control panel password for your email, and turn on two-factor login.' % r.randrange(1, 50),
  'pos_training_manual_password_policy': lambda r: 'Section %d.2 – Every cashier chooses their own PIN at first login. Managers must never write the back-office password on the till.' % r.randrange(2, 12),
 },
 'uuid_or_request_identifier': {
  'payment_webhook_event_ids': lambda r: 'webhook delivered: evt_%s (charge.succeeded), request req_%s' % (rs(r, ALNUM, 24), rs(r, ALNUM, 14)),
  'booking_confirmation_codes': lambda r: 'Booking confirmed! Ref %s-%s, reservation id %s' % (rs(r, UP, 3), rs(r, '0123456789', 5), uuid4(r)),
 },
 'password_hash_not_plaintext': {
  'bcrypt_hash_in_shop_db_dump': lambda r: "INSERT INTO customers (email, password_hash) VALUES ('c%d@example.com', '$2y$10$%s');" % (r.randrange(1000), rs(r, ALNUM + './', 53)),
  'dovecot_sha512_crypt_userdb_line': lambda r: 'info@kedai.example:{SHA512-CRYPT}$6$%s$%s' % (rs(r, ALNUM, 16), rs(r, ALNUM + './', 86)),
 },
 'publishable_client_key': {
  'stripe_publishable_key_checkout_snippet': lambda r: "const stripe = Stripe('pk_live_%s'); // publishable, safe in the browser" % rs(r, ALNUM, 99),
  'paystack_public_key_inline_js': lambda r: "PaystackPop.setup({ key: 'pk_live_%s', email: customer.email })" % rs(r, HEX, 40),
 },
 'secret_store_reference': {
  'php_getenv_password_reference': lambda r: "$pass = getenv('%s'); // set in the hosting panel, not in git" % r.choice(['DB_PASSWORD', 'SMTP_PASS', 'PAYSTACK_SECRET']),
  'bitwarden_send_link_in_handover': lambda r: 'All logins are in the shared vault item "Client %s – hosting"; one-time link: https://send.vault.example/#/%s/%s' % (rs(r, UP, 3), rs(r, ALNUM, 22), rs(r, ALNUM, 22)),
 },
 'test_fixture_fake_credential': {
  'payment_sandbox_test_card_note': lambda r: 'Sandbox only: card 4242 4242 4242 4242, any CVC, expiry 12/%d. Test OTP 123456.' % r.randrange(27, 34),
  'demo_store_admin_login_banner': lambda r: 'Demo store resets every %d hours – log in with demo / demo to try the admin.' % r.randrange(2, 24),
 },
 'version_or_build_string': {
  'woocommerce_system_status_versions': lambda r: 'WordPress version: 6.%d.%d\nWooCommerce version: 9.%d.%d\nPHP version: 8.%d.%d' % tuple(r.randrange(10) for _ in range(6)),
  'pos_terminal_firmware_info': lambda r: 'Terminal firmware %d.%02d.%03d-b%d (build %s)' % (r.randrange(1, 9), r.randrange(100), r.randrange(1000), r.randrange(100), rs(r, HEX, 10)),
 },
 'bank_or_payment_reference': {
  'mobile_money_receipt_sms': lambda r: '%s Confirmed. Ksh%d.00 paid to KEDAI BORA. New balance Ksh%d.00. Transaction cost Ksh0.00.' % (rs(r, UP + '0123456789', 10), r.randrange(50, 5000), r.randrange(100, 90000)),
  'swift_transfer_advice_text': lambda r: 'Beneficiary bank SWIFT %sKENA%s, account %d, reference INV-%d' % (rs(r, UP, 4), rs(r, UP, 3), r.randrange(10**11, 10**12), r.randrange(1000, 9999)),
 },
 'tax_or_business_registration_number': {
  'invoice_header_tax_ids': lambda r: 'GSTIN: %02d%s%04d%s1Z%s | KRA PIN: A%09d%s' % (r.randrange(1, 37), rs(r, UP, 5), r.randrange(10000), rs(r, UP, 1), rs(r, UP + '0123456789', 1), r.randrange(10**9), rs(r, UP, 1)),
  'business_license_certificate_ocr': lambda r: 'CERTIFICATE OF REGISTRATION\nBusiness No. BN-%d-%s\nNZBN 94290%08d' % (r.randrange(2000, 2026), rs(r, '0123456789', 6), r.randrange(10**8)),
 },
}
WRAPPERS = {
 '': lambda t: t,
 '__in_shop_owner_voice_note_text': lambda t: 'Voice note (auto-transcribed): hey, just so you know, this is what I see —\n' + t,
 '__in_agency_client_email': lambda t: 'Hi Ana,\nFor your records (nothing secret here):\n\n' + t + '\n\nBest, Studio Ngāhere',
 '__in_hosting_ticket_thread': lambda t: 'Ticket #%s — customer pasted:\n' + t,
 '__in_bookkeeper_whatsapp_export': lambda t: '12/03/2025, 10:41 - Bookkeeper: ' + t.replace('\n', ' / '),
 '__in_market_coop_newsletter': lambda t: 'MARKET CO-OP NEWSLETTER – members corner\n' + t + '\n(See you Saturday!)',
}

AWS_DOC = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'


def doc_values():
    rfc4231 = hmac.new(b'\x0b' * 20, b'Hi There', hashlib.sha256).hexdigest()
    assert rfc4231 == 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7'
    rfc2202 = hmac.new(b'\x0b' * 20, b'Hi There', hashlib.sha1).hexdigest()
    assert rfc2202 == 'b617318655057264e28bc0b6fb378c8ef146be00'
    rfc7617 = base64.b64encode(b'Aladdin:open sesame').decode()
    assert rfc7617 == 'QWxhZGRpbjpvcGVuIHNlc2FtZQ=='
    abc = hashlib.sha256(b'abc').hexdigest()
    assert abc == 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
    return {'aws_example_secret_in_web_agency_wiki': ('AWS_DOC', 'Agency wiki: the AWS docs use the example secret ' + AWS_DOC + ' — never a real key.'),
            'rfc4231_tc1_in_payment_plugin_readme': (rfc4231, 'Self-test (RFC 4231 test case 1): HMAC-SHA-256 must equal ' + rfc4231),
            'rfc7617_aladdin_in_booking_api_docs': (rfc7617, 'Booking API docs example: Authorization: Basic ' + rfc7617),
            'sha256_abc_vector_in_pos_sdk_docs': (abc, 'POS SDK docs: sha256("abc") = ' + abc),
            'rfc2202_hmac_sha1_tc1_in_invoice_sdk_docs': (rfc2202, 'Invoice SDK webhook signing test vector (RFC 2202 case 1): ' + rfc2202)}


def generate():
    r = random.Random(5106)
    out = []
    for cls, kinds in BASE.items():
        for kind, fn in kinds.items():
            for wname, w in WRAPPERS.items():
                t = w(fn(r))
                if '%s' in t:
                    t = t.replace('%s', str(r.randrange(10000, 99999)), 1)
                out.append({'id': None, 'class': cls, 'container': kind + wname, 'text': t, 'source': 'negative'})
    docs = doc_values()
    for kind, (v, t) in docs.items():
        out.append({'id': None, 'class': 'vendor_documentation_value', 'container': kind, 'text': t, 'source': 'negative'})
    return out, [(AWS_DOC if v == 'AWS_DOC' else v) for v, _ in docs.values()]
