"""Hard negatives: 16 classes x 2 base kinds x 6 presentations (seed 10906)."""
import random, string, base64
from common109 import rs, uuid4, ALNUM, HEX, B64URL, luhn_complete

UA = string.ascii_uppercase + string.digits
D = string.digits

def b64(r, n):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()

def ean13(r):
    body = rs(r, 12, D)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)

def mac(r):
    return ':'.join(rs(r, 2, '0123456789ABCDEF') for _ in range(6))

K = {
 'pos_sdk_public_application_ids': [
  ('square_web_payments_sdk_app_id', lambda r: "const payments = Square.payments('sq0idp-%s', 'L%s');\n// application id and location id are public, they ship to the browser" % (rs(r, 22, B64URL), rs(r, 12, UA))),
  ('clover_iframe_public_key_tag', lambda r: '<script>const clover = new Clover("%s"); // apiAccessKey = public iframe key</script>' % rs(r, 32, HEX))],
 'order_and_ticket_identifiers': [
  ('toast_order_guid_listing', lambda r: 'orders fetched:\n' + '\n'.join('  guid=%s displayNumber=%d' % (uuid4(r), r.randint(1, 999)) for _ in range(3))),
  ('doordash_delivery_id_webhook_json', lambda r: '{"event_name": "DASHER_CONFIRMED", "external_delivery_id": "D-%s", "delivery_id": "%s"}' % (rs(r, 8, D), uuid4(r)))],
 'fiscal_receipt_signature_codes': [
  ('german_tse_receipt_qr_payload', lambda r: 'V0;KASSE-%s;Kassenbeleg-V1;Beleg^12.50_0.00_0.00_0.00_0.00^12.50:Bar;%d;%d;2024-03-02T19:41:02.000Z;2024-03-02T19:41:05.000Z;ecdsa-plain-SHA384;unixTime;%s;%s' % (rs(r, 4, D), r.randint(1000, 99999), r.randint(1000, 99999), b64(r, 96), b64(r, 65))),
  ('austrian_rksv_receipt_code', lambda r: '_R1-AT1_KASSE%s_%d_2024-03-02T19:41:05_12,50_0,00_0,00_0,00_0,00_%s_%s_%s_%s' % (rs(r, 2, D), r.randint(1000, 99999), b64(r, 9), rs(r, 16, HEX), b64(r, 9), b64(r, 64).replace('+', '-').replace('/', '_').rstrip('=')))],
 'menu_sku_and_plu_codes': [
  ('menu_item_plu_csv', lambda r: 'plu,name,price\n' + '\n'.join('%s,%s,%d.%02d' % (rs(r, 5, D), n, r.randint(3, 19), r.choice([0, 50, 95])) for n in ['Margherita', 'Flat White', 'Caesar Salad'])),
  ('inventory_gtin_barcode_list', lambda r: 'Scanned GTINs (walk-in cooler):\n' + '\n'.join('%s  qty %d' % (ean13(r), r.randint(1, 40)) for _ in range(4)))],
 'gift_card_masked_numbers': [
  ('giftcard_last4_masked_rows', lambda r: 'card                 balance\n' + '\n'.join('**** **** **** %s  EUR %d.00' % (rs(r, 4, D), r.randint(5, 150)) for _ in range(3))),
  ('loyalty_masked_token_email', lambda r: 'Your loyalty card ending in %s was linked. Access key: ************%s (hidden for your security).' % (rs(r, 4, D), rs(r, 2, D)))],
 'payment_terminal_hardware_ids': [
  ('terminal_serial_tid_mid_table', lambda r: 'lane | serial          | TID      | MID\n' + '\n'.join('%d    | %s | %s | %s' % (i, rs(r, 15, UA), rs(r, 8, D), rs(r, 15, D)) for i in range(1, 4))),
  ('kitchen_printer_mac_serial_listing', lambda r: '\n'.join('TM-m30III  S/N %s  MAC %s' % (rs(r, 10, UA), mac(r)) for _ in range(3)))],
 'webhook_signature_header_values': [
  ('square_hmac_signature_header', lambda r: 'POST /hooks/square HTTP/1.1\nx-square-hmacsha256-signature: %s\ncontent-type: application/json' % b64(r, 32)),
  ('delivery_platform_hex_signature_header', lambda r: 'X-Uber-Signature: %s\nX-Request-Id: %s' % (rs(r, 64, HEX), uuid4(r)))],
 'menu_asset_content_digests': [
  ('menu_image_sha256_manifest', lambda r: '\n'.join('%s  images/%s.webp' % (rs(r, 64, HEX), n) for n in ['burger', 'pho', 'tacos'])),
  ('pos_update_package_md5_list', lambda r: '\n'.join('MD5 (pos-update-%d.%d.pkg) = %s' % (r.randint(1, 9), r.randint(0, 30), rs(r, 32, HEX)) for _ in range(3)))],
 'sandbox_doc_placeholder_values': [
  ('pos_api_docs_angle_placeholder', lambda r: 'curl https://api.example.com/v2/orders \\\n  -H "Authorization: Bearer <YOUR_ACCESS_TOKEN>" \\\n  -H "Toast-Restaurant-External-ID: <restaurant-guid-%s>"' % rs(r, 3, D)),
  ('env_example_replace_me_values', lambda r: '# .env.example (rev %s)\nSQUARE_ACCESS_TOKEN=replace-me\nDOORDASH_SIGNING_SECRET=__SET_IN_VAULT__\nKDS_DB_PASSWORD=changeit' % rs(r, 6, HEX))],
 'card_payment_tokens_and_nonces': [
  ('square_card_nonce_cnon', lambda r: 'tokenize() result: {"status": "OK", "token": "cnon:%s"}  // single-use, expires in 24h' % rs(r, 24, ALNUM + '-_')),
  ('stripe_payment_method_id_list', lambda r: '\n'.join('pm_%s  card  visa  exp 0%d/27' % (rs(r, 24, ALNUM), r.randint(1, 9)) for _ in range(3)))],
 'pos_secret_manager_references': [
  ('aws_secrets_manager_arn_config', lambda r: 'secrets:\n  - name: TOAST_CLIENT_SECRET\n    valueFrom: arn:aws:secretsmanager:eu-west-1:%s:secret:pos/toast-%s' % (rs(r, 12, D), rs(r, 6, ALNUM))),
  ('github_actions_secrets_expression', lambda r: 'env:\n  SQUARE_ACCESS_TOKEN: ${{ secrets.SQUARE_ACCESS_TOKEN_%s }}\n  CLOVER_API_TOKEN: ${{ secrets.CLOVER_TOKEN }}' % rs(r, 3, string.ascii_uppercase))],
 'encrypted_pos_settings_values': [
  ('jasypt_enc_wrapped_value', lambda r: 'pos.payments.secret=ENC(%s)' % b64(r, 48)),
  ('sops_encrypted_yaml_field', lambda r: 'DELIVEROO_CLIENT_SECRET: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]' % (b64(r, 39), b64(r, 32), b64(r, 16)))],
 'reservation_confirmation_codes': [
  ('table_booking_confirmation_numbers', lambda r: 'Bookings tonight:\n' + '\n'.join('  #%s  party of %d  %d:%02d' % (rs(r, 8, UA), r.randint(2, 8), r.randint(18, 21), r.choice([0, 15, 30, 45])) for _ in range(3))),
  ('reservation_short_codes_sms', lambda r: 'Your table at Harbor Kitchen is confirmed. Ref %s-%s. Reply C to cancel.' % (rs(r, 3, string.ascii_uppercase), rs(r, 4, D)))],
 'emv_terminal_tlv_dumps': [
  ('emv_tag_9f26_cryptogram_log', lambda r: '9F26 08 %s\n9F27 01 80\n9F36 02 %s\n9F37 04 %s' % (rs(r, 16, '0123456789ABCDEF'), rs(r, 4, '0123456789ABCDEF'), rs(r, 8, '0123456789ABCDEF'))),
  ('terminal_receipt_aid_tvr_footer', lambda r: 'AID: A0000000031010\nTVR: %s\nTSI: E800\nARQC: %s\nAUTH CODE: %s' % (rs(r, 10, '0123456789ABCDEF'), rs(r, 16, '0123456789ABCDEF'), rs(r, 6, UA)))],
 'delivery_oauth_public_client_ids': [
  ('uber_eats_client_id_authorize_url', lambda r: 'https://auth.uber.com/oauth/v2/authorize?client_id=%s&response_type=code&scope=eats.store' % rs(r, 32, ALNUM + '-_')),
  ('deliveroo_client_id_config_yaml', lambda r: 'deliveroo:\n  client_id: %s   # public identifier, the secret lives in vault\n  brand_id: %s' % (rs(r, 26, string.ascii_lowercase + D), uuid4(r)))],
 'staff_password_policy_prose': [
  ('pos_staff_pin_policy_memo', lambda r: 'Memo %s: staff PINs and back-office passwords must be changed every 90 days, never written on the printer, and never shared over chat.' % rs(r, 4, D)),
  ('manager_asks_for_password_chat', lambda r: '[%d:%02d] Lee: does anyone have the password for the downtown KDS? the old one stopped working' % (r.randint(10, 23), r.randint(0, 59)))],
}

WRAP = [
 ('', '{T}'),
 ('__in_franchise_ops_chat', '[ops-chat] sam.r: can someone check this? \n{T}\n'),
 ('__in_pos_support_ticket', 'Ticket %s - customer attached:\n---\n{T}\n---\n'),
 ('__in_store_opening_checklist', '## Store opening checklist\n- [x] verified:\n```\n{T}\n```\n'),
 ('__in_restaurant_dev_forum_post', 'Posted in r/restaurantdev: is this something I should hide?\n\n{T}\n'),
 ('__in_kds_diagnostic_bundle', '=== kds-diag/%s.txt ===\n{T}\n=== end ===\n'),
]

def build():
    r = random.Random(10906)
    out = []
    for cls, kinds in K.items():
        for kind, gen in kinds:
            for suf, wt in WRAP:
                t = gen(r)
                w = wt.replace('%s', rs(r, 5, D)) if '%s' in wt else wt
                out.append(dict(**{'class': cls}, container=kind + suf, text=w.replace('{T}', t), source='negative'))
    return out
