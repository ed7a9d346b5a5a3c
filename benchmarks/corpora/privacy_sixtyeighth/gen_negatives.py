"""Hard negatives: 15 classes x 2 base kinds x 6 presentations + 5 documentation values."""
import base64, hashlib, hmac, random
from common import *

def _cert(r):
    body = b64(r, 420)
    return '-----BEGIN CERTIFICATE-----\n' + '\n'.join(body[i:i + 64] for i in range(0, len(body), 64)) + '\n-----END CERTIFICATE-----'

BASE = {
 'ciphertext_or_sealed_value': {
   'pms_backup_openssl_salted_blob': lambda r: 'nightly backup key escrow (openssl enc, salted):\n' + base64.b64encode(b'Salted__' + bytes(r.randrange(256) for _ in range(56))).decode(),
   'jasypt_enc_wrapped_properties': lambda r: 'pms.db.url=jdbc:oracle:thin:@opera-db:1521/OPERA\npms.db.password=ENC(' + b64(r, 48) + ')',
 },
 'code_identifier_lookalike': {
   'webpack_chunk_filename_list': lambda r: '\n'.join('static/js/%s.%s.chunk.js' % (n, hx(r, 8)) for n in ['booking', 'rooms', 'checkout', 'upsell']),
   'git_log_oneline_revision_list': lambda r: '\n'.join('%s %s' % (hx(r, 40), m) for m in ['fix rate rounding', 'add late checkout', 'bump sdk']),
 },
 'digest_or_checksum': {
   'rate_file_sha256_manifest': lambda r: '\n'.join('%s  rates_%d.xml' % (hx(r, 64), r.randint(100, 999)) for _ in range(3)),
   'ticket_export_md5_checksums': lambda r: '\n'.join('MD5 (tickets_day%d.csv) = %s' % (d, hx(r, 32)) for d in (1, 2, 3)),
 },
 'masked_partial_value': {
   'folio_card_masked_pan_lines': lambda r: '\n'.join('Folio %d  VISA  **** **** **** %s  exp **/**' % (r.randint(10000, 99999), s(r, DIG, 4)) for _ in range(3)),
   'channel_manager_key_settings_masked': lambda r: 'API key: %s••••••••••••••••%s (shown once, regenerate to see again)' % (an(r, 4), an(r, 4)),
 },
 'password_hash_not_plaintext': {
   'staff_portal_bcrypt_export': lambda r: '\n'.join('%s,$2b$12$%s' % (u, s(r, ALN + './', 53)) for u in ['reception1', 'nightaudit', 'spa_desk']),
   'pos_users_sha512crypt_shadow': lambda r: 'posadmin:$6$%s$%s:19700:0:99999:7:::' % (s(r, ALN + './', 16), s(r, ALN + './', 86)),
 },
 'password_prose_no_value': {
   'front_desk_password_policy_poster': lambda r: 'Front desk reminder #%d: never write the PMS password on the key-card encoder, never read it out to callers, and change it when a colleague leaves.' % r.randint(1, 99),
   'gds_sign_in_reset_howto': lambda r: 'If your GDS sign-in is locked after %d attempts, ask the duty manager to reset it in the agency profile; the new temporary password arrives by SMS, not by e-mail.' % r.randint(3, 6),
 },
 'placeholder_or_redacted': {
   'pms_interface_sample_ini_placeholders': lambda r: '[Interface]\nPropertyCode=HTL%d\nPassword=<your-interface-password>\nApiKey=CHANGE_ME' % r.randint(10, 99),
   'vendor_ticket_redacted_paste': lambda r: 'Case %d: connection fails with user svc_ifc, password [REDACTED], key ************ (removed by support)' % r.randint(10000, 99999),
 },
 'public_key_or_certificate': {
   'booking_engine_tls_certificate_pem': _cert,
   'kiosk_fleet_ssh_public_keys': lambda r: '\n'.join('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s kiosk%d@lobby' % (s(r, ALN + '+/', 43), i) for i in (1, 2, 3)),
 },
 'publishable_client_key': {
   'checkout_page_stripe_publishable_key': lambda r: '<script>const stripe = Stripe("pk_live_51%s");</script>' % an(r, 97),
   'adyen_web_drop_in_client_key': lambda r: "const checkout = await AdyenCheckout({ clientKey: 'live_%s', environment: 'live' });" % HX(r, 32),
 },
 'secret_store_reference': {
   'pms_compose_secret_file_refs': lambda r: 'environment:\n  DB_PASSWORD_FILE: /run/secrets/pms_db_password\n  IFC_KEY_FILE: /run/secrets/ifc_key_%d' % r.randint(1, 9),
   'aws_ssm_parameter_refs': lambda r: 'MasterUserPassword: "{{resolve:ssm-secure:/hotel/%s/db-password:%d}}"' % (r.choice(['lisbon', 'faro', 'porto']), r.randint(1, 9)),
 },
 'test_fixture_fake_credential': {
   'booking_sdk_test_fixture_fake': lambda r: 'def test_login_rejects_bad_password():\n    client = FakeBookingClient(user="test-user-%d", password="not-a-real-password")\n    assert not client.login()' % r.randint(1, 99),
   'sandbox_gds_training_login': lambda r: 'Training mode only: sign in as TRAINEE%d with the shared classroom login printed in the course handbook (no live bookings possible).' % r.randint(1, 40),
 },
 'uuid_or_request_identifier': {
   'booking_api_request_id_log': lambda r: '\n'.join('2024-06-03T07:1%d:00Z POST /reservations 201 x-request-id=%s' % (i, uuid(r)) for i in range(3)),
   'event_attendee_uuid_export': lambda r: 'attendee_id,ticket_type\n' + '\n'.join('%s,%s' % (uuid(r), t) for t in ['GA', 'VIP', 'CREW']),
 },
 'version_or_build_string': {
   'pms_version_banner': lambda r: 'Property suite %d.%d.%d build %s (%s)' % (r.randint(5, 9), r.randint(0, 9), r.randint(0, 40), hx(r, 10), s(r, DIG, 8)),
   'pos_firmware_release_tags': lambda r: '\n'.join('pos-terminal-fw v%d.%d.%d-rc%d+%s' % (r.randint(1, 4), r.randint(0, 20), r.randint(0, 9), r.randint(1, 5), hx(r, 7)) for _ in range(3)),
 },
 'hardware_serial_or_mac_address': {
   'door_lock_serial_inventory': lambda r: '\n'.join('Room %d lock SN %s' % (r.randint(101, 999), HX(r, 16)) for _ in range(3)),
   'guest_wifi_ap_mac_table': lambda r: '\n'.join('AP-floor%d  %s' % (i, ':'.join(HX(r, 2) for _ in range(6))) for i in (1, 2, 3)),
 },
 'reservation_record_locator': {
   'gds_pnr_record_locator_list': lambda r: '\n'.join('PNR %s  %s/%s  2PAX' % (s(r, UP + DIG, 6), r.choice(['LIS', 'OPO', 'FAO']), r.choice(['MAD', 'CDG', 'FRA'])) for _ in range(3)),
   'hotel_confirmation_number_export': lambda r: 'confirmation,arrival,nights\n' + '\n'.join('%s,2024-07-%02d,%d' % (s(r, UP + DIG, 10), r.randint(1, 28), r.randint(1, 7)) for _ in range(3)),
 },
}
WRAP = {
 'in_hotel_it_helpdesk_reply': "Hi, thanks for the details. For reference this is what we see on our side:\n\n{t}\n\nNothing sensitive here, closing the ticket.\n",
 'in_gds_user_group_forum_post': "Re: weird strings in our exports?\n> {q}\nThose are expected, see below:\n{t}\n",
 'in_pms_vendor_release_mail': "Release notes excerpt\n-------------------\n{t}\n-- PMS vendor support\n",
 'in_event_ops_slack_digest': "*#event-ops digest*\n• posted by ops_bot:\n```\n{t}\n```\n",
 'in_travel_agency_intranet_page': "<h2>Reference</h2>\n<pre>\n{t}\n</pre>\n",
}

def doc_values():
    md5_empty = hashlib.md5(b'').hexdigest(); assert md5_empty == 'd41d8cd98f00b204e9800998ecf8427e'
    h2202 = hmac.new(b'Jefe', b'what do ya want for nothing?', hashlib.sha1).hexdigest(); assert h2202 == 'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79'
    sha384 = hashlib.sha384(b'abc').hexdigest(); assert sha384 == 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7'
    hp = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ'
    assert hp == b64url_json({'alg': 'HS256', 'typ': 'JWT'}) + '.' + b64url_json({'sub': '1234567890', 'name': 'John Doe', 'iat': 1516239022})
    sig = base64.urlsafe_b64encode(hmac.new(b'your-256-bit-secret', hp.encode(), hashlib.sha256).digest()).decode().rstrip('=')
    assert sig == 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'
    stripe_doc = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc'  # published documentation literal, not computable
    return {
     'md5_empty_in_rate_file_checker_notes': (md5_empty, 'Rate file checker notes: a zero-byte upload always hashes to %s (MD5 of empty input), so treat that digest as "file missing".\n'),
     'rfc2202_case2_in_pos_webhook_test': (h2202, 'POS webhook verifier self-test, RFC 2202 test case 2 (key "Jefe", HMAC-SHA-1): expected %s\n'),
     'jwtio_default_token_in_ticketing_docs': (hp + '.' + sig, 'Ticketing API docs: the sample bearer token from jwt.io (secret "your-256-bit-secret") is\n%s\nit will be rejected by production.\n'),
     'sha384_abc_in_gds_message_spec': (sha384, 'GDS message spec appendix: SHA-384("abc") = %s (FIPS 180 example)\n'),
     'stripe_docs_test_key_in_booking_readme': (stripe_doc, 'Booking engine README: the examples use Stripe\'s public documentation test key %s; replace it with your own in .env.\n'),
    }

def build():
    r = random.Random(6806)
    out = []
    for cls, kinds in BASE.items():
        for kind, fn in kinds.items():
            out.append({'class': cls, 'container': kind, 'text': fn(r) + '\n', 'source': 'negative'})
            for w, tpl in WRAP.items():
                t = fn(r)
                out.append({'class': cls, 'container': kind + '__' + w, 'text': tpl.replace('{q}', 'why does this look like a key?').replace('{t}', t), 'source': 'negative'})
    for kind, (val, tpl) in doc_values().items():
        out.append({'class': 'vendor_documentation_value', 'container': kind, 'text': tpl % val, 'source': 'negative'})
    return out
