from common144 import *
def gtin(r):
    b = D(r, 13); s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(b)))
    return b + str((10 - s % 10) % 10)
def sscc(r):
    b = '0' + D(r, 16); s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(b)))
    return b + str((10 - s % 10) % 10)
def sha(r): return hashlib.sha256(A(r, 20).encode()).hexdigest()
def bcrypt(r): return '$2b$12$' + ''.join(r.choice('./' + AN) for _ in range(53))
def argon(r): return '$argon2id$v=19$m=65536,t=3,p=4$' + B64(r, 16).rstrip('=') + '$' + B64(r, 32).rstrip('=')
C = {
 'plant_batch_and_package_tags': [
   ('seed_to_sale_package_manifest', lambda r: "Package tags on manifest 00%s:\n%s\n%s\n" % (D(r, 7), '1A40A03000' + D(r, 14), '1A40A03000' + D(r, 14))),
   ('plant_tag_scan_log', lambda r: "scan ok  tag=1A4FF01000%s  phase=vegetative room=V2\n" % D(r, 14))],
 'packhouse_gtin_and_sscc_codes': [
   ('pallet_label_text', lambda r: "(00)%s  (02)%s  (10)LOT%s\n" % (sscc(r), gtin(r), D(r, 5))),
   ('case_barcode_csv', lambda r: "gtin,product,cases\n%s,Truss tomato 6kg,%d\n%s,Mini cucumber 12x,%d\n" % (gtin(r), r.randint(10, 90), gtin(r), r.randint(10, 90)))],
 'sensor_device_eui_and_mac_ids': [
   ('lorawan_device_list', lambda r: "dev_eui=%s join_eui=%s  name=bay%d-soil\n" % (HU(r, 16), HU(r, 16), r.randint(1, 9))),
   ('dhcp_lease_table', lambda r: "%s  10.40.3.%d  doser-%s\n" % (':'.join(H(r, 2) for _ in range(6)), r.randint(2, 250), L(r, 4)))],
 'controller_firmware_digests': [
   ('firmware_sha256sums_file', lambda r: "%s  climate-fw-3.%d.bin\n%s  doser-fw-1.%d.bin\n" % (sha(r), r.randint(0, 9), sha(r), r.randint(0, 9))),
   ('ota_manifest_json', lambda r: "{\"version\": \"2.%d.1\", \"sha256\": \"%s\", \"size\": %d}\n" % (r.randint(0, 20), sha(r), r.randint(10**5, 10**6)))],
 'publishable_map_and_search_keys': [
   ('farm_map_mapbox_public_token', lambda r: "mapboxgl.accessToken = 'pk.%s.%s'; // public token, URL-restricted\n" % (B64U(r, 45), B64U(r, 16)[:22])),
   ('product_search_only_key', lambda r: "algoliasearch('%s', '%s') // search-only key, safe in browser\n" % (UP(r, 10), H(r, 32)))],
 'masked_climate_settings_screens': [
   ('climate_settings_screen', lambda r: "Remote access\n  user: grower%d\n  password: ********\n  api key: ****%s\n" % (r.randint(1, 9), H(r, 4))),
   ('masked_gateway_log', lambda r: "INFO auth ok user=doser token=%s...%s (masked)\n" % (A(r, 4), A(r, 4)))],
 'blank_and_angle_placeholder_envs': [
   ('fertigation_env_sample', lambda r: "FERTIGATION_API_KEY=\nMETRC_USER_KEY=<your-metrc-key>\nCLIMATE_PASSWORD=changeme-in-prod-%d\n" % r.randint(1, 9)),
   ('docs_curl_placeholder', lambda r: "curl -H 'Authorization: Bearer $GROW_TOKEN' https://api.example.com/v%d/bays\n" % r.randint(1, 3))],
 'vault_and_cloud_secret_pointers': [
   ('vault_kv_path_refs', lambda r: "climate_pw: vault:secret/data/greenhouse/bay%d#password\n" % r.randint(1, 20)),
   ('aws_secrets_manager_arn', lambda r: "arn:aws:secretsmanager:eu-west-1:%s:secret:grow/doser-%s\n" % (D(r, 12), A(r, 6)))],
 'sops_and_kms_ciphertexts': [
   ('sops_encrypted_yaml', lambda r: "metrc_key: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\n" % (B64(r, 36), B64(r, 32), B64(r, 16))),
   ('kms_ciphertext_blob', lambda r: "ciphertext_blob = \"AQICAH%s\"\n" % B64(r, 120))],
 'bcrypt_and_argon2_rows': [
   ('grower_users_table_dump', lambda r: "id | login | pw_hash\n%d | grower%d | %s\n" % (r.randint(1, 900), r.randint(1, 99), bcrypt(r))),
   ('argon2_hash_config_line', lambda r: "admin_hash = \"%s\"\n" % argon(r))],
 'greenhouse_password_rules_prose': [
   ('grower_security_handbook', lambda r: "Climate computer passwords must be at least %d characters and are rotated every season; never paste them in chat.\n" % r.randint(12, 16)),
   ('doser_login_reset_chat', lambda r: "Can someone reset the doser login for bay %d? I forgot it and it is not in the wiki.\n" % r.randint(1, 12))],
 'webhook_delivery_and_request_ids': [
   ('alert_webhook_headers', lambda r: "X-Delivery-Id: %s\nX-Request-Id: req_%s\n" % (U4(r), A(r, 24))),
   ('grower_api_trace_ids', lambda r: "trace_id=%s span_id=%s status=200\n" % (H(r, 32), H(r, 16)))],
 'recipe_and_setpoint_uuids': [
   ('light_recipe_json', lambda r: "{\"recipe_id\": \"%s\", \"photoperiod_h\": %d, \"ppfd\": %d}\n" % (U4(r), r.randint(12, 20), r.randint(200, 900))),
   ('irrigation_program_export', lambda r: "program %s  start 06:%02d  ec 2.%d\n" % (U4(r), r.randint(0, 59), r.randint(0, 9)))],
 'ota_nonces_and_initialisation_vectors': [
   ('ota_handshake_log', lambda r: "nonce=%s iv=%s seq=%d\n" % (H(r, 24), H(r, 32), r.randint(1, 9999))),
   ('oauth_state_param', lambda r: "https://auth.example.com/authorize?client_id=growdash&state=%s&code_challenge=%s\n" % (A(r, 32), B64U(r, 32)))],
 'scale_calibration_certificate_refs': [
   ('calibration_certificate_text', lambda r: "Certificate no. CAL-%s-%s, scale serial %s, verified %d kg class III\n" % (D(r, 4), UP(r, 6), UP(r, 10), r.randint(6, 60))),
   ('weights_and_measures_seal', lambda r: "Seal %s applied to pack line %d, approval NMi %sT%s\n" % (D(r, 8), r.randint(1, 6), D(r, 2), D(r, 4)))],
 'vendor_docs_example_tokens': [
   ('api_reference_sample', lambda r: "Example: X-Api-Key: EXAMPLEKEY%s (this is a sample value from the docs)\n" % ('0' * 10 + str(r.randint(1, 9)))),
   ('grow_sdk_quickstart_snippet', lambda r: "client = GrowClient(api_key=\"xxxxxxxxxxxxxxxx%s\")  # replace with your key\n" % ('x' * r.randint(2, 8)))],
}
WRAP = ['', '__in_grower_slack_thread', '__in_climate_app_pull_request', '__in_packhouse_helpdesk_ticket', '__in_farm_wiki_page', '__in_supplier_email']
def wrap(w, t):
    if not w: return t
    return {'__in_grower_slack_thread': "#grow-ops  10:%02d  jan: see below\n" + t,
            '__in_climate_app_pull_request': "Review comment on config/climate.py:\n```\n" + t + "```\n",
            '__in_packhouse_helpdesk_ticket': "Ticket #%s - packhouse\n" + t,
            '__in_farm_wiki_page': "== Reference ==\n" + t,
            '__in_supplier_email': "Hi team,\n\n" + t + "\nRegards, supplier support\n"}[w]
def build(seed=14406):
    r = random.Random(seed); out = []; texts = set()
    for cls, bases in C.items():
        for bk, f in bases:
            for w in WRAP:
                t = wrap(w, f(r)).replace('%02d', '%02d' % r.randint(0, 59)).replace('#%s', '#' + D(r, 5))
                assert t not in texts; texts.add(t)
                out.append(dict(**{'class': cls}, container=bk + w, text=t, source='negative'))
    return out, list(C), [b for v in C.values() for b, _ in v], WRAP[1:]
