"""Hard negatives from the cinema world: 16 classes x 2 base kinds x 6 presentations."""
import random, hashlib, base64
from gen148 import *

def sha1b64(r): return base64.b64encode(hashlib.sha1(s(r, 20).encode()).digest()).decode()
def eidr(r):
    body = '-'.join(hx(r, 4).upper() for _ in range(5))
    # ISO 7064 Mod 37,36 check character over the hex suffix
    alpha = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'; p = 36
    for ch in body.replace('-', ''):
        p = (p + alpha.index(ch)) % 36 or 36
        p = (p * 2) % 37
    chk = alpha[(1 - p) % 36]
    return '10.5240/' + body + '-' + chk
def tkt(r):
    n = '71' + s(r, 13, DIG); return n + luhn_digit(n)
def sha512crypt(r): return '$6$' + s(r, 16, ALNUM + './') + '$' + s(r, 86, ALNUM + './')
def pbkdf2(r): return 'pbkdf2_sha256$870000$' + s(r, 22) + '$' + b64(r, 32)

K = {
 'kdm_certificate_thumbprints': [
   ('kdm_recipient_thumbprint_list', lambda r: 'KDM recipients (public leaf certificates), screen -> thumbprint:\n' + '\n'.join('screen%02d  %s' % (i, ':'.join(hx(r, 2).upper() for _ in range(20))) for i in range(1, 4))),
   ('server_cert_dnqualifier_rows', lambda r: 'dnQualifier values of the media block certificates (public key digests):\n' + '\n'.join('IMB-%05d dnQualifier=%s' % (r.randrange(99999), sha1b64(r)) for _ in range(3)))],
 'dcp_composition_playlist_ids': [
   ('cpl_list_xml', lambda r: '<CompositionPlaylists>\n' + '\n'.join('  <CPL Id="urn:uuid:%s" Title="%s"/>' % (uid(r), t) for t in ('FEATURE_FTR-2_F_EN-XX_51_4K', 'TRAILER_TLR-1_F_EN-XX_51_2K')) + '\n</CompositionPlaylists>'),
   ('ingest_report_rows', lambda r: 'ingest report screen 4\n' + '\n'.join('OK  urn:uuid:%s  %s' % (uid(r), t) for t in ('ADVERT_ADV_F_EN_20_2K', 'PSA_SILENCE_F_XX_20_2K')))],
 'dcp_asset_hash_values': [
   ('pkl_asset_rows', lambda r: '<Asset><Id>urn:uuid:%s</Id><Hash>%s</Hash><Size>%d</Size></Asset>' % (uid(r), sha1b64(r), r.randrange(10**9, 10**11))),
   ('asset_hash_check_log', lambda r: 'hashcheck: reel 3 picture MXF expected %s got %s -> MATCH' % ((lambda h: (h, h))(sha1b64(r))))],
 'eidr_and_isan_title_identifiers': [
   ('eidr_title_rows', lambda r: 'title,eidr\n"The Long Intermission",%s\n"Marquee Lights",%s' % (eidr(r), eidr(r))),
   ('isan_catalog_lines', lambda r: 'ISAN %s-%s-%s-%s-%s-%s-%s' % (hx(r, 4).upper(), hx(r, 4).upper(), hx(r, 4).upper(), hx(r, 4).upper(), s(r, 1, UP), hx(r, 4).upper(), hx(r, 4).upper()) + ' (catalogue number, public)')],
 'booking_and_seat_hold_references': [
   ('booking_confirmation_email', lambda r: 'Your booking reference is %s. Screen 6, seats F11-F12, 19:40. Show this code at the door.' % s(r, 8, UP + DIG)),
   ('seat_hold_log', lambda r: 'seathold created hold_id=%s session=%d seats=[G7,G8] ttl=480s' % (s(r, 12, LOW + DIG), r.randrange(10**6, 10**7)))],
 'ticket_barcodes_with_luhn_digit': [
   ('e_ticket_pdf_footer_line', lambda r: 'Ticket barcode: %s  (Code 128)  Adult x1  Screen 2' % tkt(r)),
   ('turnstile_scan_log', lambda r: '\n'.join('%02d:%02d gate-2 ACCEPT %s' % (19, r.randrange(60), tkt(r)) for _ in range(3)))],
 'session_and_screen_numbers': [
   ('showtime_feed_json', lambda r: '{"session_id": %d, "screen": %d, "film_id": "HO%08d", "starts": "2026-03-14T19:40:00Z"}' % (r.randrange(10**7, 10**8), r.randrange(1, 15), r.randrange(10**8))),
   ('screen_schedule_csv', lambda r: 'session,screen,film\n%d,3,HO%08d\n%d,7,HO%08d' % (r.randrange(10**6, 10**7), r.randrange(10**8), r.randrange(10**6, 10**7), r.randrange(10**8)))],
 'public_client_keys_in_ticketing_frontend': [
   ('adyen_drop_in_client_key', lambda r: "const checkout = await AdyenCheckout({ clientKey: 'live_%s', environment: 'live' }); // client key, public by design" % s(r, 32, UP + DIG)),
   ('mapbox_public_token_cinema_finder', lambda r: "mapboxgl.accessToken = 'pk.%s.%s'; // public, URL-restricted" % (jpart({'u': 'roxycinemas', 'a': s(r, 25, LOW + DIG)}), b64u(r, 16)))],
 'redacted_values_in_kiosk_logs': [
   ('kiosk_debug_masked', lambda r: 'kiosk-%02d DEBUG auth ok user=kioskadmin password=******** token=%s…(redacted)' % (r.randrange(1, 20), s(r, 4))),
   ('tms_settings_export_redacted', lambda r: '[tms]\nhost = tms.site%04d.internal\ndb_password = <redacted>\napi_key = [hidden %d chars]' % (r.randrange(10000), r.randrange(24, 64)))],
 'placeholders_in_cinema_configs': [
   ('env_sample_file', lambda r: '# .env.sample\nVISTA_API_TOKEN=\nKDM_SIGNING_SECRET=<set-in-vault>\nTICKETING_API_KEY=replace-me-%d' % r.randrange(100)),
   ('helm_values_template', lambda r: 'secrets:\n  tmsPassword: "{{ .Values.tms.password }}"\n  ticketingKey: "${TICKETING_KEY_%d}"' % r.randrange(100))],
 'vault_paths_and_secret_manager_references': [
   ('vault_kv_paths', lambda r: 'tms_db_password: vault:secret/data/cinema/site%04d/tms#password' % r.randrange(10000)),
   ('gcp_secret_manager_names', lambda r: 'KDM_KEY=projects/roxy-cinemas-%d/secrets/kdm-signing-key/versions/%d' % (r.randrange(1000), r.randrange(1, 9)))],
 'sops_and_jasypt_ciphertexts': [
   ('sops_encrypted_yaml', lambda r: 'kiosk_admin_password: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]' % (b64(r, 18), b64(r, 32), b64(r, 16))),
   ('jasypt_encrypted_property', lambda r: 'booking.sftp.password=ENC(%s)' % b64(r, 48))],
 'password_hashes_in_staff_exports': [
   ('sha512crypt_shadow_rows', lambda r: 'projectionist:%s:20160:0:99999:7:::' % sha512crypt(r)),
   ('django_pbkdf2_user_dump', lambda r: '{"username": "usher07", "password": "%s"}' % pbkdf2(r))],
 'password_rotation_talk_without_value': [
   ('duty_manager_chat', lambda r: 'reminder: kiosk admin passwords rotate on the %dth, new ones are in the vault, please do not post them here' % r.randrange(1, 28)),
   ('cinema_it_policy_line', lambda r: 'Policy CIN-%d: projection booth passwords must be at least 14 characters and are never written on the booth door.' % r.randrange(100, 999))],
 'trailer_and_ad_file_checksums': [
   ('preshow_playlist_md5', lambda r: '%s  TLR-%s_F_EN-XX_51_2K.mxf' % (hashlib.md5(s(r, 12).encode()).hexdigest(), s(r, 1, UP))),
   ('ad_delivery_crc32_sha256', lambda r: 'ADV_%d.mxf crc32=%08x sha256=%s' % (r.randrange(1000), r.getrandbits(32), hashlib.sha256(s(r, 12).encode()).hexdigest()))],
 'trace_ids_etags_and_request_ids': [
   ('ticketing_api_response_headers', lambda r: 'HTTP/1.1 200 OK\nETag: "%s"\nX-Request-Id: %s\ntraceparent: 00-%s-%s-01' % (hx(r, 32), uid(r), hx(r, 32), hx(r, 16))),
   ('kiosk_crash_report_ids', lambda r: 'crash report %s uploaded, session %s, build %s' % (uid(r), hx(r, 16), hx(r, 7)))],
}
WRAP = [('', '{T}'),
 ('__in_cinema_ops_slack_export', '#cinema-ops  Niamh: is this safe to share?\n```\n{T}\n```\nBen: yes, nothing secret there.'),
 ('__in_tms_merge_request_diff', 'diff --git a/ops/notes.txt b/ops/notes.txt\n+{T}'),
 ('__in_box_office_servicenow_incident', 'INC00%d — work notes:\n{T}'),
 ('__in_distribution_confluence_page', 'h2. Reference data\n{noformat}\n{T}\n{noformat}'),
 ('__in_film_booker_email', 'Hi all,\nfor the record, below is what the system shows:\n\n{T}\n\nBest, Orla (film booking)')]

def build():
    r = random.Random(14806)
    out = []
    for cls, kinds in K.items():
        for kind, f in kinds:
            for wn, w in WRAP:
                t = f(r)
                text = w.replace('{T}', t).replace('%d', str(r.randrange(10**5, 10**6)))
                out.append(dict(**{'class': cls}, container=kind + wn, text=text, source='negative'))
    return out
