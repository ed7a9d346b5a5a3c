"""Hard negatives from the ground-segment world: 16 classes x 2 base kinds x 6 presentations."""
import hashlib, zlib, base64
from common119 import Gen, HEX, AN, UP, DIG, LOW, tle_checksum, luhn_digit

def tle(g):
    cat = g.r.randint(10000, 69999); yr = g.r.randint(18, 26); launch = g.r.randint(1, 199); piece = g.s(UP, g.r.randint(1, 2))
    ep = '%02d%012.8f' % (yr, g.r.uniform(1, 365))
    l1 = '1 %05dU %02d%03d%-3s %s  .%08d  00000-0  %d%04d-%d 0  %4d' % (cat, yr, launch, piece, ep, g.r.randint(0, 99999), g.r.randint(1, 9), g.r.randint(0, 9999), g.r.randint(3, 5), g.r.randint(1, 999))
    l1 = l1[:68].ljust(68); l1 += tle_checksum(l1)
    l2 = '2 %05d %8.4f %8.4f %07d %8.4f %8.4f %11.8f%5d' % (cat, g.r.uniform(0, 180), g.r.uniform(0, 360), g.r.randint(0, 9999999), g.r.uniform(0, 360), g.r.uniform(0, 360), g.r.uniform(11, 16.5), g.r.randint(1, 99999))
    l2 = l2[:68].ljust(68); l2 += tle_checksum(l2)
    return 'SAT-%05d\n%s\n%s' % (cat, l1, l2)

def iccid(g):
    b = '8988' + g.s(DIG, 14); return b + luhn_digit(b)

def sha(g, n=256):
    d = g.s(AN, 24).encode()
    return hashlib.sha256(d).hexdigest() if n == 256 else hashlib.sha512(d).hexdigest() if n == 512 else hashlib.md5(d).hexdigest()

K = {
 'norad_catalog_and_cospar_designators': [
   ('satcat_csv_extract', lambda g: 'NORAD_CAT_ID,OBJECT_ID,OBJECT_NAME\n' + '\n'.join('%05d,%d-%03d%s,OBJ %s' % (g.r.randint(20000, 69999), g.r.randint(1998, 2026), g.r.randint(1, 250), g.s(UP, 1), g.s(UP + DIG, 4)) for _ in range(3))),
   ('conjunction_pair_header', lambda g: 'PRIMARY: NORAD %05d (%d-%03dA)\nSECONDARY: NORAD %05d (%d-%03d%s)\nTCA: 2026-%02d-%02dT%02d:%02d:%06.3fZ' % (g.r.randint(40000, 69999), g.r.randint(2015, 2026), g.r.randint(1, 200), g.r.randint(10000, 69999), g.r.randint(1970, 2026), g.r.randint(1, 200), g.s(UP, 2), g.r.randint(1, 12), g.r.randint(1, 28), g.r.randint(0, 23), g.r.randint(0, 59), g.r.uniform(0, 59)))],
 'two_line_element_sets_with_checksums': [
   ('celestrak_gp_tle_text', tle),
   ('tle_cache_yaml_entry', lambda g: 'tle_cache:\n  - |\n    ' + tle(g).replace('\n', '\n    '))],
 'ccsds_frame_and_packet_hex_dumps': [
   ('space_packet_primary_header_dump', lambda g: 'APID 0x%03x seq %d\n' % (g.r.randint(0, 2047), g.r.randint(0, 16383)) + ' '.join(g.s(HEX, 2) for _ in range(24))),
   ('tm_transfer_frame_hexdump', lambda g: '\n'.join('%04x  %s' % (i * 16, ' '.join(g.s(HEX, 2) for _ in range(16))) for i in range(3)))],
 'ground_pass_and_contact_ids': [
   ('pass_schedule_json', lambda g: '{"contact_id": "%s-%s-%s", "station": "GS-%s", "aos": "2026-05-%02dT%02d:%02d:00Z", "satellite": %d}' % (g.s(HEX, 8), g.s(HEX, 4), g.s(HEX, 12), g.s(UP, 3), g.r.randint(1, 28), g.r.randint(0, 23), g.r.randint(0, 59), g.r.randint(40000, 69999))),
   ('antenna_booking_table', lambda g: 'booking      | antenna | orbit\n' + '\n'.join('BK-%s | ANT-%02d | %d' % (g.s(UP + DIG, 10), g.r.randint(1, 20), g.r.randint(1000, 99999)) for _ in range(3)))],
 'conjunction_message_identifiers': [
   ('cdm_kvn_header_lines', lambda g: 'CCSDS_CDM_VERS = 1.0\nCREATION_DATE = 2026-03-%02dT%02d:00:00.000\nORIGINATOR = CSPOC\nMESSAGE_ID = %d_conj_%d_%s' % (g.r.randint(1, 28), g.r.randint(0, 23), g.r.randint(40000, 69999), g.r.randint(10000, 69999), g.s(DIG, 10))),
   ('screening_run_log', lambda g: 'screening run %s finished: %d events, worst Pc=%.2e (event %s)' % (g.s(HEX, 32), g.r.randint(1, 90), g.r.uniform(1e-7, 1e-3), g.s(UP + DIG, 16)))],
 'eo_scene_and_product_identifiers': [
   ('landsat_product_id_list', lambda g: '\n'.join('LC09_L2SP_%03d%03d_2026%02d%02d_2026%02d%02d_02_T1' % (g.r.randint(1, 233), g.r.randint(1, 248), g.r.randint(1, 12), g.r.randint(1, 28), g.r.randint(1, 12), g.r.randint(1, 28)) for _ in range(3))),
   ('sentinel2_safe_names', lambda g: '\n'.join('S2%s_MSIL2A_2026%02d%02dT%02d%02d%02d_N0511_R%03d_T%02d%s_2026%02d%02dT%06d.SAFE' % (g.r.choice('ABC'), g.r.randint(1, 12), g.r.randint(1, 28), g.r.randint(0, 23), g.r.randint(0, 59), g.r.randint(0, 59), g.r.randint(1, 143), g.r.randint(1, 60), g.s(UP, 3), g.r.randint(1, 12), g.r.randint(1, 28), g.r.randint(0, 235959)) for _ in range(2)))],
 'stac_asset_multihash_checksums': [
   ('stac_item_file_checksum', lambda g: '"assets": {"B04": {"href": "s3://eo-bucket/B04.tif", "file:checksum": "1220%s", "file:size": %d}}' % (sha(g), g.r.randint(10**7, 10**9))),
   ('delivery_manifest_sha512', lambda g: 'SHA512 (%s.zip) = %s' % (g.s(UP + DIG, 12), sha(g, 512)))],
 'satellite_iot_device_identifiers': [
   ('lorawan_device_registry_csv', lambda g: 'dev_eui,join_eui,iccid\n%s,%s,%s' % (g.s('0123456789ABCDEF', 16), g.s('0123456789ABCDEF', 16), iccid(g))),
   ('modem_imsi_status_json', lambda g: '{"imsi": "901%s", "imei_sv": "%s", "terminal": "SBD-%s"}' % (g.s(DIG, 12), g.s(DIG, 16), g.s(DIG, 6)))],
 'public_viewer_and_search_only_keys': [
   ('algolia_search_only_key_frontend', lambda g: "// public, search-only key: safe in the browser\nconst search = algoliasearch('%s', '%s'); // searchOnlyApiKey" % (g.s(UP + DIG, 10), g.s(HEX, 32))),
   ('recaptcha_site_key_html', lambda g: '<div class="g-recaptcha" data-sitekey="6L%s"></div>  <!-- site key is public -->' % g.s(AN + '-_', 38))],
 'masked_ground_segment_credentials': [
   ('ops_console_masked_row', lambda g: 'ACU_ADMIN_PW      ********\nTLE_FEED_API_KEY  %s************************%s' % (g.s(AN, 4), g.s(AN, 4))),
   ('broker_log_redacted_auth', lambda g: '%s INFO mqtt connect user=gsops pass=[REDACTED] client=gs-%s' % ('2026-04-%02dT%02d:%02d:11Z' % (g.r.randint(1, 28), g.r.randint(0, 23), g.r.randint(0, 59)), g.s(LOW + DIG, 6)))],
 'mission_config_placeholder_values': [
   ('yamcs_sample_placeholder_yaml', lambda g: '# sample, fill in before deploy\nsle_password: <SLE_PASSWORD>\ntle_feed_api_key: YOUR_TLE_KEY_HERE\nstation: %s' % g.s(UP, 3)),
   ('eo_api_readme_curl_example', lambda g: 'curl -H "Authorization: Bearer ${EO_API_TOKEN}" https://api.example.com/v2/orders/%s' % g.s(HEX, 12))],
 'secret_store_reference_strings': [
   ('aws_secrets_manager_arn_list', lambda g: 'arn:aws:secretsmanager:eu-north-1:%s:secret:gs/acu/admin-%s' % (g.s(DIG, 12), g.s(AN, 6))),
   ('k8s_secret_key_ref_yaml', lambda g: 'env:\n- name: TC_LINK_HMAC_KEY\n  valueFrom:\n    secretKeyRef:\n      name: tc-link-%s\n      key: hmac' % g.s(LOW + DIG, 5))],
 'sops_and_sealed_secret_ciphertexts': [
   ('sops_encrypted_yaml_value', lambda g: 'acu_admin_pw: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]' % (base64.b64encode(g.s(AN, 18).encode()).decode(), base64.b64encode(g.s(AN, 24).encode()).decode(), base64.b64encode(g.s(AN, 12).encode()).decode())),
   ('sealed_secret_encrypted_data', lambda g: 'spec:\n  encryptedData:\n    password: Ag%s' % g.s(AN + '+/', 120))],
 'operator_password_talk_without_value': [
   ('shift_handover_password_note', lambda g: 'Handover %s: the ACU admin password was rotated at 0400 UTC; ask the duty FD for the new one in person, never over the voice loop.' % g.s(UP + DIG, 6)),
   ('ops_chat_asks_for_reset', lambda g: 'anyone know who can reset my Yamcs password? locked out again before pass %d' % g.r.randint(1000, 9999))],
 'payload_image_crc_and_digests': [
   ('obsw_image_crc32_table', lambda g: '\n'.join('obsw_%s.bin crc32=%08x' % (g.s(DIG, 4), zlib.crc32(g.s(AN, 20).encode())) for _ in range(3))),
   ('payload_upload_sha256_line', lambda g: '%s  payload_fw_v%d.%d.img' % (sha(g), g.r.randint(1, 9), g.r.randint(0, 30)))],
 'ground_host_key_fingerprints': [
   ('ssh_known_hosts_fingerprint', lambda g: 'ED25519 key fingerprint is SHA256:%s.' % base64.b64encode(hashlib.sha256(g.s(AN, 16).encode()).digest()).decode().rstrip('=')),
   ('tls_cert_sha1_thumbprint', lambda g: 'Thumbprint (SHA-1): %s' % ':'.join(g.s('0123456789ABCDEF', 2) for _ in range(20)))],
}

WRAPS = [None, ('in_ops_chat', 'ops chat, #ground-ops:\n'), ('in_station_ticket', 'Ticket GS-%d comment:\n'),
         ('in_fds_pr_review', 'review comment on fds/orbit-tools#%d:\n'), ('in_mission_runbook', 'Runbook step %d:\n'),
         ('in_release_notes', 'Release notes r%d:\n')]


def build():
    g = Gen(11906, set())
    out = []
    for cls, kinds in K.items():
        for kind, f in kinds:
            for w in WRAPS:
                body = f(g)
                if w is None:
                    out.append({'class': cls, 'container': kind, 'text': body, 'source': 'negative'})
                else:
                    head = w[1] % g.r.randint(100, 9999) if '%d' in w[1] else w[1]
                    out.append({'class': cls, 'container': kind + '__' + w[0], 'text': head + body, 'source': 'negative'})
    return out
