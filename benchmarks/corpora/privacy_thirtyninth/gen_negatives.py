"""Hard negatives: look-alikes from shops, schools, clinics, NGOs, farms and councils."""
import random, hashlib, hmac, struct, base64
from common import rs, shape, uuid4, HEX, ALNUM, UP, DIG, LOW

SEED = 39006


def _hotp(key, counter, digits=6):
    h = hmac.new(key, struct.pack('>Q', counter), hashlib.sha1).digest()
    o = h[-1] & 15
    return str((struct.unpack('>I', h[o:o + 4])[0] & 0x7fffffff) % 10 ** digits).zfill(digits)


def doc_values():
    wpa = hashlib.pbkdf2_hmac('sha1', b'password', b'IEEE', 4096, 32).hex()
    pb = hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 1, 20).hex()
    hm = hmac.new(b'Jefe', b'what do ya want for nothing?', hashlib.sha1).hexdigest()
    hotp0 = _hotp(b'12345678901234567890', 0)
    totp59 = _hotp(b'12345678901234567890', 59 // 30, 8)
    assert wpa == 'f42c6fc52df0ebef9ebb4b90b38a5f902e83fe1b135a70e23aed762e9710a12e', wpa
    assert pb == '0c60c80f961f0e71f3a9b524af6012062fe037a6', pb
    assert hm == 'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79', hm
    assert hotp0 == '755224' and totp59 == '94287082', (hotp0, totp59)
    return wpa, pb, hm, hotp0, totp59


def _pgp(r):
    return '-----BEGIN PGP MESSAGE-----\n\n' + '\n'.join(rs(r, ALNUM + '+/', 64) for _ in range(4)) + '\n=' + rs(r, ALNUM, 4) + '\n-----END PGP MESSAGE-----'


B = {
 'base64_non_secret_payload': [
  ('email_inline_logo_data_uri', lambda r: '<img alt="Bakery logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAB' + rs(r, ALNUM + '+/', 120) + '==">'),
  ('qr_payload_base64_vcard', lambda r: 'QR code content (base64 vCard for the front desk sign): ' + base64.b64encode(('BEGIN:VCARD\nVERSION:3.0\nFN:Reception %d\nTEL:+000 %07d\nEND:VCARD' % (r.randrange(99), r.randrange(10**7))).encode()).decode()),
  ('sms_gateway_delivery_report_b64_body', lambda r: 'delivery report #%d status=DELIVRD body_b64=%s' % (r.randrange(10**6), base64.b64encode(('Your appointment is on %d May at %d:00. Reply C to cancel.' % (r.randrange(1, 29), r.randrange(8, 17))).encode()).decode())),
 ],
 'ciphertext_or_sealed_value': [
  ('pgp_encrypted_minutes_attachment', _pgp),
  ('encrypted_backup_manifest_blob', lambda r: 'backup set: office-%d\ncipher: AES-256-GCM\nwrapped_data: %s\nkey: held by trustee (not in this file)' % (r.randrange(100), rs(r, ALNUM + '+/', 88))),
  ('vault_export_encrypted_entry', lambda r: '{"item":"Shop e-mail","login":{"password":"2.%s|%s|%s"}}  (encrypted export, needs the master key)' % (rs(r, ALNUM + '+/', 24) + '==', rs(r, ALNUM + '+/', 44), rs(r, ALNUM + '+/', 43) + '=')),
 ],
 'masked_partial_value': [
  ('card_receipt_masked_pan', lambda r: 'VISA ************%s\nAUTH CODE %s\nAPPROVED - CARDHOLDER COPY' % (rs(r, DIG, 4), rs(r, UP + DIG, 6))),
  ('portal_settings_dots_masked_key', lambda r: 'Integrations > Payments\nSecret key: sk_live_••••••••••••••••%s  [Reveal] [Roll key]' % rs(r, ALNUM, 4)),
  ('bank_statement_last_four', lambda r: 'Direct debit to account ending %s - reference SCHOOL TRIP %d' % (rs(r, DIG, 4), r.randrange(100, 999))),
 ],
 'opaque_random_identifier': [
  ('parcel_tracking_numbers_list', lambda r: 'Parcels out today:\n' + '\n'.join('- %s%s%s' % (r.choice(['JD', 'RR', 'CX']), rs(r, DIG, 9), r.choice(['GB', 'NL', 'BR'])) for _ in range(3))),
  ('booking_confirmation_codes', lambda r: 'Confirmed bookings: ' + ', '.join(rs(r, UP + DIG, 8) for _ in range(4))),
  ('pos_transaction_ids_export', lambda r: 'txn_id,amount\n' + '\n'.join('%s,%d.%02d' % (uuid4(r), r.randrange(1, 90), r.randrange(100)) for _ in range(3))),
 ],
 'password_prose_no_value': [
  ('school_acceptable_use_policy', lambda r: 'Acceptable Use Policy, section %d: pupils must never share their password with friends. Staff passwords must be at least %d characters and changed each term.' % (r.randrange(2, 9), r.randrange(10, 16))),
  ('clinic_privacy_training_slide', lambda r: 'Slide %d: Never write the reception PC password on a sticky note. If you think your password has been seen, tell the practice manager the same day.' % r.randrange(3, 20)),
  ('ngo_security_tip_newsletter', lambda r: 'Security tip #%d: use a passphrase of several words for your donor-database account, and turn on two-step login.' % r.randrange(1, 60)),
 ],
 'placeholder_or_redacted': [
  ('supplier_form_blank_api_key_field', lambda r: 'Supplier onboarding form\nShop name: ____________\nAPI key: [paste your key here]\nSecret: ________________ (ref %d)' % r.randrange(1000, 9999)),
  ('redacted_incident_email', lambda r: 'The volunteer accidentally posted the mailing-list password ([REDACTED]) in the group on %d March; it has been changed.' % r.randrange(1, 29)),
  ('template_letter_insert_password_here', lambda r: 'Dear parent, your child\'s login is <<USERNAME>> and their first password is <<PASSWORD>>. (mail-merge template v%d)' % r.randrange(1, 9)),
 ],
 'public_key_or_certificate': [
  ('nas_admin_ssh_pubkey_note', lambda r: 'Add this to the NAS so the IT volunteer can log in:\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s volunteer@laptop' % rs(r, ALNUM + '+/', 43)),
  ('einvoice_certificate_pem_public', lambda r: '-----BEGIN CERTIFICATE-----\nMIID' + rs(r, ALNUM + '+/', 60) + '\n' + rs(r, ALNUM + '+/', 64) + '\n-----END CERTIFICATE-----'),
  ('wireguard_peer_public_key_conf', lambda r: '[Peer]\nPublicKey = %s=\nAllowedIPs = 10.8.0.%d/32\nEndpoint = office.example:51820' % (rs(r, ALNUM + '+/', 43), r.randrange(2, 200))),
 ],
 'publishable_client_key': [
  ('paystack_public_key_checkout_snippet', lambda r: "PaystackPop.setup({ key: 'pk_live_%s', email: 'customer@shop.example', amount: %d00 })" % (rs(r, HEX, 40), r.randrange(10, 500))),
  ('square_application_id_web_payments', lambda r: "const payments = Square.payments('sq0idp-%s', 'L%s');" % (rs(r, ALNUM + '-_', 22), rs(r, UP + DIG, 12))),
  ('razorpay_key_id_checkout_button', lambda r: '<script src="https://checkout.razorpay.com/v1/checkout.js" data-key="rzp_live_%s" data-amount="%d00"></script>' % (rs(r, ALNUM, 14), r.randrange(10, 900))),
 ],
 'test_fixture_fake_credential': [
  ('training_manual_demo_login', lambda r: 'Training manual p.%d: log in to the demo till with user "demo" and password "demo1234" - it resets every night.' % r.randrange(2, 40)),
  ('pos_training_mode_cashier_pin', lambda r: 'TRAINING MODE - cashier PIN 0000 - no real sales recorded (terminal %d)' % r.randrange(1, 20)),
  ('elearning_demo_account_card', lambda r: 'Try it yourself! Demo account: student@demo.example / password: example (workshop %d)' % r.randrange(1, 30)),
 ],
 'url_or_anchor_lookalike': [
  ('school_newsletter_tracking_link', lambda r: 'Read online: https://news.school.example/c/%s?u=%s&id=%s' % (rs(r, LOW + DIG, 24), rs(r, HEX, 25), rs(r, HEX, 10))),
  ('shared_photo_album_link', lambda r: 'Photos from sports day: https://photos.example/share/%s' % rs(r, ALNUM + '-_', 32)),
  ('shop_payment_link_slug', lambda r: 'Pay your deposit here: https://pay.example/l/%s (link valid 7 days)' % rs(r, ALNUM, 12)),
 ],
 'version_or_build_string': [
  ('pos_terminal_firmware_banner', lambda r: 'POS-OS v%d.%d.%d build %s (%s)' % (r.randrange(1, 9), r.randrange(20), r.randrange(50), rs(r, HEX, 10), rs(r, UP + DIG, 6))),
  ('router_status_page_versions', lambda r: 'Firmware Version: V%d.%d.%d_%s\nHardware Version: HG%d v2\nBoot loader: %s' % (r.randrange(1, 5), r.randrange(10), r.randrange(100), rs(r, UP + DIG, 8), r.randrange(100, 999), rs(r, HEX, 12))),
  ('printer_config_page_build', lambda r: 'CONFIGURATION PAGE\nFirmware Datecode: 2024%04d\nFirmware Revision: %s.%d\nFormatter Number: %s' % (r.randrange(101, 1231), rs(r, UP, 4), r.randrange(100), rs(r, UP + DIG, 10))),
 ],
 'digest_or_checksum': [
  ('firmware_download_sha256_line', lambda r: 'card-reader-fw-%d.bin  SHA-256: %s' % (r.randrange(100, 999), rs(r, HEX, 64))),
  ('exam_paper_pdf_md5_register', lambda r: 'Exam papers register\nMaths_P%d.pdf   md5 %s\nsealed by exams officer' % (r.randrange(1, 4), rs(r, HEX, 32))),
  ('backup_log_checksum_lines', lambda r: 'Backup verified\n' + '\n'.join('%s  %s' % (rs(r, HEX, 40), n) for n in ['members.accdb', 'rota.xlsx'])),
 ],
 'license_or_serial_identifier': [
  ('device_serial_asset_register', lambda r: 'Asset register\nLaptop 3 - S/N %s - given to %s' % (rs(r, UP + DIG, 12), r.choice(['Year 5', 'reception', 'farm office']))),
  ('pos_terminal_tid_mid_label', lambda r: 'TID: %s  MID: %s  (terminal label, not secret)' % (rs(r, DIG, 8), rs(r, DIG, 15))),
  ('software_licence_number_invoice', lambda r: 'Invoice line: accounting software, 1 seat, licence no. LIC-%s-%s' % (rs(r, DIG, 6), rs(r, UP + DIG, 5))),
 ],
 'form_field_label_lookalike': [
  ('spreadsheet_column_headers_secret_words', lambda r: 'Sheet "Staff %d": columns Name | Room | Password_Last_Changed | Token_Reader_Issued | API_Key_Owner' % r.randrange(2020, 2026)),
  ('settings_menu_labels_ocr', lambda r: 'Settings\n  Account\n  Change password\n  API key (hidden)\n  Secret question\nVersion %d' % r.randrange(1, 50)),
  ('csv_export_header_token_fields', lambda r: 'member_id,access_token_expires,password_reset_sent,api_key_created\n%d,2024-06-01,no,2023-11-%02d' % (r.randrange(1000, 9999), r.randrange(1, 29))),
 ],
 'payment_or_reference_number': [
  ('iban_invoice_footer', lambda r: 'Please pay to IBAN GB%02d BANK %s %s %s, reference INV-%d' % (r.randrange(10, 99), rs(r, DIG, 4), rs(r, DIG, 4), rs(r, DIG, 6), r.randrange(1000, 9999))),
  ('mpesa_confirmation_sms', lambda r: '%s Confirmed. Ksh%d.00 sent to FARM INPUTS SHOP %s on %d/5/24. New M-PESA balance is Ksh%d.00.' % (rs(r, UP + DIG, 10), r.randrange(100, 9000), rs(r, DIG, 7), r.randrange(1, 29), r.randrange(100, 9999))),
  ('tax_id_on_receipt', lambda r: 'VAT No. %s\nReceipt %s\nThank you!' % (rs(r, DIG, 9), rs(r, UP + DIG, 10))),
 ],
}

WRAPPERS = ['in_parent_newsletter_quote', 'in_front_desk_chat_forward', 'in_helpdesk_ticket_note']


def _wrap(w, t):
    if w == 'in_parent_newsletter_quote':
        return 'From this week\'s newsletter:\n> ' + t.replace('\n', '\n> ')
    if w == 'in_front_desk_chat_forward':
        return '[Forwarded] ' + t + '\n-- is this something we need to hide? (no, it is fine)'
    return 'Ticket note: customer pasted the following, nothing sensitive.\n---\n' + t + '\n---'


def build():
    r = random.Random(SEED)
    recs = []
    for cls, kinds in B.items():
        for kname, g in kinds:
            recs.append({'class': cls, 'container': kname, 'text': g(r), 'source': 'negative'})
            for w in WRAPPERS:
                recs.append({'class': cls, 'container': kname + '__' + w, 'text': _wrap(w, g(r)), 'source': 'negative'})
    wpa, pb, hm, hotp0, totp59 = doc_values()
    docs = [
     ('ieee80211i_wpa_psk_test_vector', 'IEEE 802.11i test vector: passphrase "password", SSID "IEEE" gives PSK %s (our router manual quotes it)' % wpa),
     ('rfc6070_pbkdf2_sha1_vector', 'RFC 6070 PBKDF2-HMAC-SHA1, P = "password", S = "salt", c = 1, dkLen = 20: %s' % pb),
     ('rfc2202_hmac_sha1_case_two', 'RFC 2202 test case 2: key = "Jefe", data = "what do ya want for nothing?", HMAC-SHA1 = %s' % hm),
     ('rfc4226_hotp_shared_secret', 'RFC 4226 appendix D: shared secret ASCII "12345678901234567890", HOTP for count 0 = %s' % hotp0),
     ('rfc6238_totp_sha1_seed_row', 'RFC 6238 appendix B: seed "12345678901234567890", time 59 s, SHA1, 8 digits -> TOTP %s' % totp59),
    ]
    for k, t in docs:
        recs.append({'class': 'vendor_documentation_value', 'container': k, 'text': t, 'source': 'negative'})
    return recs, WRAPPERS, [k for k, _ in docs], [k for ks in B.values() for k, _ in ks], [wpa, pb, hm, hotp0, totp59, '12345678901234567890']
