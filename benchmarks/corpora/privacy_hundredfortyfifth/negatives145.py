"""Hard negatives from the live-event world: look like secrets, are not."""
import hashlib
def ean13(g, prefix):
    d = prefix + g.ch('0123456789', 12 - len(prefix))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d))
    return d + str((10 - s % 10) % 10)
def upca(g):
    d = g.ch('0123456789', 11); s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(d))
    return d + str((10 - s % 10) % 10)
def bases(g):
    h, a, u = g.hx, g.an, g.uid
    return {
 'dmx_fixture_addresses_and_universes': [
   ('patch_list_csv', lambda: 'fixture,mode,universe,address\n' + '\n'.join('MH%d,extended,%d,%d' % (i, g.r.randint(1, 12), g.r.randint(1, 480)) for i in range(1, 5))),
   ('sacn_universe_map_json', lambda: '{"universes": [%s]}' % ', '.join('{"id": %d, "multicast": "239.255.0.%d", "priority": 100}' % (n, n) for n in g.r.sample(range(1, 200), 3)))],
 'timecode_and_ltc_positions': [
   ('cue_list_timecode_rows', lambda: '\n'.join('Q%d.%d  %02d:%02d:%02d:%02d  GO' % (g.r.randint(1, 90), g.r.randint(0, 9), 1, g.r.randint(0, 59), g.r.randint(0, 59), g.r.randint(0, 24)) for _ in range(4))),
   ('ltc_reader_log', lambda: 'ltc-reader: locked 25fps tc=%02d:%02d:%02d:%02d userbits=%s' % (g.r.randint(0, 3), g.r.randint(0, 59), g.r.randint(0, 59), g.r.randint(0, 24), h(8)))],
 'ticket_barcodes_with_ean_check_digit': [
   ('scan_log_rows', lambda: '\n'.join('%s door=%d result=%s' % (ean13(g, '2'), g.r.randint(1, 9), g.r.choice(['OK', 'DUPLICATE', 'VOID'])) for _ in range(3))),
   ('print_at_home_ticket_footer', lambda: 'Barcode: %s  Section 104 Row K Seat %d  (present at gate)' % (ean13(g, '2'), g.r.randint(1, 30)))],
 'sacn_component_identifier_uuids': [
   ('sacn_sniffer_source_table', lambda: '\n'.join('source "%s" cid=%s prio=%d' % (n, u(), g.r.randint(90, 200)) for n in ['FOH-desk', 'Backup-desk'])),
   ('node_discovery_json', lambda: '{"cid": "%s", "name": "DMX-node-%d", "fw": "2.%d.%d"}' % (u(), g.r.randint(1, 20), g.r.randint(0, 9), g.r.randint(0, 20)))],
 'booking_and_hold_reference_numbers': [
   ('artist_offer_header', lambda: 'Offer ref: OFR-%d-%s  Hold #%d  Deal memo DM%s' % (g.r.randint(2023, 2026), g.uan(6), g.r.randint(1, 4), g.ch('0123456789', 7))),
   ('advance_sheet_ids', lambda: 'Advance %s | settlement id %s | PO %s' % (g.uan(10), g.ch('0123456789', 9), g.ch('0123456789', 8)))],
 'merch_upc_and_sku_codes': [
   ('merch_inventory_csv', lambda: 'sku,upc,size,count\n' + '\n'.join('TOUR-TEE-%s,%s,%s,%d' % (g.uan(4), upca(g), g.r.choice('SML'), g.r.randint(0, 200)) for _ in range(3))),
   ('pos_item_json', lambda: '{"item": "Hoodie black", "upc": "%s", "variant_id": "%s"}' % (upca(g), g.ch('0123456789', 14)))],
 'storefront_publishable_checkout_keys': [
   ('stripe_js_publishable_init', lambda: "const stripe = Stripe('pk_live_51%s');" % a(97)),
   ('square_web_payments_app_id', lambda: "const payments = Square.payments('sq0idp-%s', 'L%s');" % (g.ch('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 22), g.uan(12)))],
 'masked_values_in_show_logs': [
   ('scanner_debug_masked', lambda: 'scan-gw: auth ok api_key=%s******** user=door%d' % (h(4), g.r.randint(1, 9))),
   ('console_settings_export_redacted', lambda: '<remote enabled="true" password="[hidden %d chars]"/>' % g.r.randint(8, 20))],
 'tour_env_template_placeholders': [
   ('env_example_file', lambda: 'TIX_API_KEY=<your-ticketing-key>\nMERCH_POS_SECRET=changeme-%d\nWIFI_PSK=__SET_ON_SITE__' % g.r.randint(1, 99)),
   ('jinja_show_template', lambda: 'console_password: "{{ vault_console_password_%d }}"\nstream_key: "{{ stream_key }}"' % g.r.randint(1, 99))],
 'secret_store_references': [
   ('onepassword_op_uri_refs', lambda: 'TIX_API_KEY=op://Tour-%d/ticketing/credential\nSTREAM_KEY=op://Tour-%d/stream/key' % (g.r.randint(1, 50), g.r.randint(1, 50))),
   ('aws_secrets_manager_arn', lambda: 'arn:aws:secretsmanager:eu-west-1:%s:secret:venue/door-scanner-%s' % (g.ch('0123456789', 12), a(6)))],
 'ansible_vault_and_gpg_ciphertexts': [
   ('ansible_vault_block', lambda: '$ANSIBLE_VAULT;1.1;AES256\n' + '\n'.join(h(80) for _ in range(3))),
   ('gpg_encrypted_rider_attachment', lambda: 'rider.pdf.gpg (%d bytes) sha1 of ciphertext %s' % (g.r.randint(9000, 90000), hashlib.sha1(a(20).encode()).hexdigest()))],
 'password_talk_without_a_password': [
   ('crew_chat_no_value', lambda: 'can someone reset the intercom admin password? the old one stopped working after firmware %d.%d' % (g.r.randint(1, 9), g.r.randint(0, 9))),
   ('venue_it_policy_line', lambda: 'Console passwords must be at least %d characters and are rotated after each tour leg; never write them on gaffer tape.' % g.r.randint(10, 16))],
 'show_media_file_checksums': [
   ('media_manifest_sha256', lambda: '\n'.join('%s  content/clip_%02d.mov' % (hashlib.sha256(a(16).encode()).hexdigest(), i) for i in range(1, 4))),
   ('showfile_md5_line', lambda: 'show_%d.esf3d md5=%s' % (g.r.randint(1, 99), hashlib.md5(a(16).encode()).hexdigest()))],
 'wristband_rfid_uids': [
   ('cashless_topup_log', lambda: '\n'.join('uid=04%s topup=%d.00 EUR' % (h(12).upper(), g.r.randint(5, 100)) for _ in range(3))),
   ('access_zone_json', lambda: '{"chip_uid": "04%s", "zones": ["GA", "BACKSTAGE"]}' % h(12).upper())],
 'webhook_delivery_ids_and_nonces': [
   ('webhook_headers', lambda: 'X-Delivery-Id: %s\nX-Request-Nonce: %s' % (u(), h(32))),
   ('oauth_callback_state', lambda: 'https://advance.example.com/oauth/callback?code_challenge=%s&state=%s' % (g.b64u(32), a(24)))],
 'vendor_documentation_example_keys': [
   ('api_reference_curl', lambda: 'curl -H "Authorization: Bearer EXAMPLE_TOKEN_%s_NOT_REAL" https://api.example.com/v1/events' % g.uan(6)),
   ('event_sdk_quickstart_dummy_secret', lambda: "client = TixClient(api_key='test_0000000000000000%s')  # sample from docs" % g.ch('0123456789', 4))],
}
WRAPS = [
 ('in_crew_slack_thread', 'Slack #production-%d: %s\n{B}'),
 ('in_showctl_pull_request_diff', '@@ -%d,3 +%d,3 @@ %s\n{B}'),
 ('in_venue_it_jira_ticket', 'VIT-%d %s\n{B}'),
 ('in_tour_wiki_page', '== Tour wiki rev %d == %s\n{B}'),
 ('in_promoter_email', 'From: promoter rep (ref %d)\nSubject: %s\n\n{B}'),
]
