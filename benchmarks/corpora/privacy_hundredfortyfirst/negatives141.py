import random, hashlib, string, json, base64
from common141 import *
def sha(r, algo='sha256'): return hashlib.new(algo, rs(r, 20).encode()).hexdigest()
def aba(r):  # ABA routing number with real checksum
    while True:
        d = [r.randint(0, 9) for _ in range(8)]; d[0] = r.choice([0, 1, 2, 3])
        for c in range(10):
            x = d + [c]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return ''.join(map(str, x))
C = {
 'giving_receipt_and_batch_numbers': [
   ('giving_receipt_footer', lambda r: f'Receipt GR-{r.randint(2026000000, 2026999999)} | Batch B{r.randint(1000, 9999)}-{rHEX(r, 6)} | General Fund $50.00 — thank you for your gift.'),
   ('deposit_batch_csv', lambda r: 'batch_id,deposit_date,items\n' + '\n'.join(f'DB-{rHEX(r, 10)},2026-03-{r.randint(10, 28)},{r.randint(5, 90)}' for _ in range(3)))],
 'ach_routing_and_check_micr_numbers': [
   ('check_scan_micr_line', lambda r: f'MICR: ⑆{aba(r)}⑆ {r.randint(10**9, 10**10 - 1)}⑈ {r.randint(1000, 9999)}  (scanned offering check)'),
   ('ach_return_notice', lambda r: f'ACH return R01 for trace {aba(r)[:8]}{r.randint(10**6, 10**7 - 1)}, routing {aba(r)}, amount 25.00')],
 'ccli_and_streaming_licence_numbers': [
   ('projection_footer_ccli', lambda r: f'CCLI Song # {r.randint(1000000, 7999999)}  © Public Domain  CCLI License # {r.randint(100000, 3999999)}  Streaming License # {r.randint(20000000, 29999999)}'),
   ('licence_renewal_mail', lambda r: f'Your church copyright licence {r.randint(100000, 3999999)} renews on 1 May; reference LIC-{rHEX(r, 8)}.')],
 'member_household_and_family_ids': [
   ('directory_export_rows', lambda r: 'household_id,family_name,campus\n' + '\n'.join(f'{uuid4(r)},{r.choice(["Okafor", "Nguyen", "Haddad", "Silva", "Kowalski"])},North' for _ in range(3))),
   ('member_api_json', lambda r: json.dumps({'person_id': str(r.randint(10**7, 10**8)), 'household': 'HH-' + rHEX(r, 12), 'status': 'member'}))],
 'child_checkin_label_and_badge_ids': [
   ('checkin_label_print_log', lambda r: f'printed label tag={rs(r, 3, string.ascii_uppercase)}{r.randint(10, 99)} child_id={r.randint(10**6, 10**7)} room=Nursery-B printer=dymo-2'),
   ('badge_barcode_list', lambda r: 'Volunteer badge barcodes:\n' + '\n'.join(f'VB{r.randint(10**9, 10**10 - 1)}' for _ in range(3)))],
 'livestream_media_file_digests': [
   ('sermon_archive_sha256sums', lambda r: '\n'.join(f'{sha(r)}  sermon-2026-0{r.randint(1, 9)}-{r.randint(10, 28)}.mp4' for _ in range(3))),
   ('hls_segment_manifest_md5', lambda r: '#EXTM3U\n' + '\n'.join(f'#EXT-X-SEGMENT-MD5:{sha(r, "md5")}\nseg{i}.ts' for i in range(2)))],
 'publishable_giving_widget_keys': [
   ('giving_form_html_embed', lambda r: f'<script src="https://js.example.org/give.js" data-publishable-key="pk_live_{rs(r, 60)}"></script>'),
   ('donation_page_plaid_public_token', lambda r: f"Plaid.create({{ token: 'link-production-{uuid4(r)}' }}) // public link token, expires in 4h")],
 'asterisked_chms_settings': [
   ('chms_settings_screen_text', lambda r: f'API Key: ************{rs(r, 4)}\nAPI Secret: ••••••••••••••••\nLast rotated: 2026-02-01'),
   ('gateway_log_masked', lambda r: f'POST /v1/charges Authorization: Bearer sk_live_****{rs(r, 4)} amount=2500 fund=missions')],
 'template_env_sample_values': [
   ('giving_env_template', lambda r: 'GIVING_GATEWAY_SECRET=\nDONOR_EXPORT_TOKEN=<paste-token-here>\nNEWSLETTER_API_KEY=your-newsletter-key\n'),
   ('chms_docs_curl_example', lambda r: 'curl -u YOUR_APP_ID:YOUR_SECRET https://api.example.org/people/v2/people  # replace with your own values')],
 'secret_store_reference_strings': [
   ('doppler_and_infisical_refs', lambda r: 'GIVING_SECRET=${{ secrets.GIVING_SECRET }}\nDONOR_TOKEN=infisical://prod/donors/DONOR_TOKEN\n'),
   ('gcp_secret_manager_paths', lambda r: f'secret: projects/parish-{r.randint(1000, 9999)}/secrets/bulletin-smtp/versions/latest')],
 'age_armored_and_jwe_ciphertexts': [
   ('age_armored_block', lambda r: '-----BEGIN AGE ENCRYPTED FILE-----\n' + b64(r, 48) + '\n' + b64(r, 30) + '\n-----END AGE ENCRYPTED FILE-----'),
   ('rails_credentials_enc_blob', lambda r: 'config/credentials.yml.enc: ' + b64(r, 60) + '--' + b64(r, 12) + '--' + b64(r, 16))],
 'stewardship_password_policy_prose': [
   ('volunteer_security_handbook', lambda r: 'Volunteers must never share the check-in kiosk password; the office rotates it each quarter and gives it out in person only.'),
   ('reset_request_chat', lambda r: "Hi, I forgot the projection PC password again — can someone reset it? I'll come by the office before Wednesday service.")],
 'django_pbkdf2_and_scrypt_hashes': [
   ('auth_user_password_column', lambda r: f'pbkdf2_sha256$870000${rs(r, 22)}${b64(r, 32)}'),
   ('scrypt_hash_row', lambda r: f'scrypt:32768:8:1${rs(r, 16)}${rhex(r, 128)}')],
 'oauth_pkce_and_csrf_nonces': [
   ('pkce_authorize_url', lambda r: f'https://auth.example.org/authorize?client_id=chms-web&code_challenge={b64(r, 32, True, False)}&code_challenge_method=S256&state={rhex(r, 16)}'),
   ('csrf_form_field', lambda r: f'<input type="hidden" name="csrfmiddlewaretoken" value="{rs(r, 64)}">')],
 'event_registration_and_ticket_codes': [
   ('event_ticket_qr_text', lambda r: f'Retreat 2026 ticket {rHEX(r, 4)}-{rHEX(r, 4)}-{rHEX(r, 4)} seat {r.randint(1, 200)}'),
   ('registration_webhook_event_ids', lambda r: json.dumps({'event_id': 'evt_' + rhex(r, 24), 'registration_id': str(r.randint(10**8, 10**9)), 'type': 'registration.created'}))],
 'bible_api_and_content_ids': [
   ('verse_api_response', lambda r: json.dumps({'bibleId': rhex(r, 16) + '-01', 'verseId': 'JHN.3.16', 'copyright': 'public domain'})),
   ('song_library_guid_list', lambda r: 'song_guid\n' + '\n'.join(uuid4(r).upper() for _ in range(3)))],
}
WRAP = ['', '__in_worship_team_slack_thread', '__in_church_app_pull_request', '__in_parish_helpdesk_ticket', '__in_ministry_wiki_page', '__in_donor_services_email']
def wrap(w, t):
    if w == '': return t
    return {'__in_worship_team_slack_thread': 'Slack #worship-tech: fyi, nothing sensitive here:\n' + t,
            '__in_church_app_pull_request': '+++ b/fixtures/sample.txt\n' + '\n'.join('+' + l for l in t.split('\n')),
            '__in_parish_helpdesk_ticket': 'Ticket #4471 (Parish IT)\nCustomer pasted:\n' + t,
            '__in_ministry_wiki_page': '== Reference ==\n' + t + '\n(last edited by the comms team)',
            '__in_donor_services_email': 'Hello,\n\nBelow is what we see on our side:\n\n' + t + '\n\nKind regards,\nDonor Services'}[w]
def build(seed=14106):
    r = random.Random(seed); out = []
    for cls, bases in C.items():
        for bk, f in bases:
            for w in WRAP:
                out.append(dict(class_=cls, container=bk + w, text=wrap(w, f(r))))
    return out
