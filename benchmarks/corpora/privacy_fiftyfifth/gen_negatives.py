"""Hard negatives: 15 classes x 2 base kinds x 6 presentations + 5 documentation values."""
import base64, hashlib, hmac, random
from common import *

def b64(r, n): return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()
def lines(r, f, k): return '\n'.join(f(r, i) for i in range(k))

BASE = {
 'public_key_or_certificate': {
  'wireguard_peer_public_key_block': lambda r: '[Peer]\n# field office router\nPublicKey = %s\nEndpoint = vpn.ngo.example.org:51820' % b64(r, 32),
  'ssh_ed25519_authorized_keys_entry': lambda r: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s labtech@%s' % (b64(r, 32)[:43], r.choice(HOSTS))},
 'placeholder_or_redacted': {
  'classroom_wifi_poster_blank_field': lambda r: 'GUEST WI-FI\nNetwork: School-Guest-%d\nPassword: ____________ (ask the office)' % r.randint(1, 9),
  'ngo_config_sample_angle_placeholders': lambda r: 'KOBO_TOKEN=<paste-your-kobo-token-here>\nSMTP_PASSWORD=<ask %s>\nDB_PASSWORD=CHANGE_ME' % r.choice(NAMES)},
 'digest_or_checksum': {
  'ebook_collection_sha1_manifest': lambda r: lines(r, lambda r, i: '%s  title_%04d.epub' % (tok(r, HEXL, 40), r.randint(1, 9999)), 3),
  'lab_image_iso_sha256sums': lambda r: lines(r, lambda r, i: '%s *lab-image-%d.iso' % (tok(r, HEXL, 64), r.randint(2020, 2026)), 2)},
 'ciphertext_or_sealed_value': {
  'age_armored_ciphertext_paste': lambda r: '-----BEGIN AGE ENCRYPTED FILE-----\n%s\n%s\n-----END AGE ENCRYPTED FILE-----' % (b64(r, 48), b64(r, 30)),
  'pgp_symmetric_message_paste': lambda r: '-----BEGIN PGP MESSAGE-----\n\njA0ECQMC%s\n%s\n=%s\n-----END PGP MESSAGE-----' % (b64(r, 45), b64(r, 36), b64(r, 3))},
 'masked_partial_value': {
  'sis_admin_panel_masked_key_row': lambda r: 'Integration | API key | Status\nRoster sync | %s%s | active' % ('\u2022' * 24, tok(r, HEXL, 4)),
  'helpdesk_reply_asterisk_password': lambda r: 'Hi %s, your password was reset to ******** - the new one was sent to you by SMS.' % r.choice(NAMES)},
 'code_identifier_lookalike': {
  'lms_webservice_function_list': lambda r: '\n'.join(r.sample(['core_auth_request_password_reset', 'auth_token_validate_session', 'tool_mobile_get_tokens_for_qr_login', 'core_user_update_password_policy', 'local_secret_santa_get_groups', 'block_api_key_manager_render'], 3)),
  'css_token_password_class_names': lambda r: '.password-strength-meter, .token-input__field, .secret-note--hidden { display: none; } /* %d */' % r.randint(1, 999)},
 'password_prose_no_value': {
  'library_patron_pin_reset_faq': lambda r: 'Q: I forgot my library PIN.\nA: Bring a photo ID to any branch; staff will reset it. We never ask for your password by phone or e-mail (branch %d).' % r.randint(1, 30),
  'ngo_security_training_slide_notes': lambda r: 'Slide %d: Do not share logins in group chats. Use the password manager, turn on two-step login, and tell the coordinator if a phone is lost.' % r.randint(2, 40)},
 'opaque_random_identifier': {
  'google_drive_shared_file_links': lambda r: lines(r, lambda r, i: 'https://drive.google.com/file/d/1%s/view' % tok(r, ALNUM + '_-', 32), 2),
  'youtube_lesson_video_ids': lambda r: 'Lesson videos: ' + ', '.join('https://youtu.be/' + tok(r, ALNUM + '_-', 11) for _ in range(3))},
 'uuid_or_request_identifier': {
  'kobo_submission_uuid_export': lambda r: '_uuid,_submission_time\n' + lines(r, lambda r, i: '%s,2025-0%d-1%dT10:%02d:00' % (uuid(r), r.randint(1, 9), r.randint(0, 9), r.randint(0, 59)), 3),
  'municipal_permit_request_ids': lambda r: 'Permit requests received: ' + ', '.join('REQ-%s' % tok(r, UP + DIG, 12) for _ in range(3))},
 'password_hash_not_plaintext': {
  'lms_user_table_bcrypt_rows': lambda r: lines(r, lambda r, i: "(%d, 'student%d', '$2y$10$%s')," % (r.randint(1, 9999), r.randint(1, 999), tok(r, ALNUM + './', 53)), 2),
  'htpasswd_apr1_md5_entries': lambda r: lines(r, lambda r, i: '%s:$apr1$%s$%s' % (r.choice(['circdesk', 'webteam', 'archive']), tok(r, ALNUM, 8), tok(r, ALNUM + './', 22)), 2)},
 'publishable_client_key': {
  'mapbox_public_token_map_embed': lambda r: "mapboxgl.accessToken = 'pk.%s.%s'; // public, URL-restricted" % (b64url_json({'u': 'citymaps', 'a': tok(r, LOW + DIG, 25)}), tok(r, ALNUM + '_-', 22)),
  'algolia_search_only_key_widget': lambda r: "const search = algoliasearch('%s', '%s'); // search-only key, safe in the browser" % (tok(r, UP + DIG, 10), tok(r, HEXL, 32))},
 'secret_store_reference': {
  'bitwarden_cli_lookup_command': lambda r: 'export ILS_PW="$(bw get password \'%s ILS staff\')"' % r.choice(['North', 'Central', 'East']),
  'keepassxc_entry_path_note': lambda r: 'The Wi-Fi key is in KeePassXC under School/Network/Staff-WiFi (database on the office share, entry %d).' % r.randint(1, 99)},
 'test_fixture_fake_credential': {
  'lms_behat_fixture_users': lambda r: '| username | password | email |\n| student%d | student%d | s%d@example.com |' % ((r.randint(1, 99),) * 3),
  'training_lab_demo_login_slide': lambda r: 'Training lab only: log in as demo / demo (sandbox resets every night at %02d:00).' % r.randint(0, 6)},
 'version_or_build_string': {
  'chromeos_fleet_version_inventory': lambda r: lines(r, lambda r, i: 'CB-%03d  ChromeOS %d.0.%d.%d  stable' % (r.randint(1, 300), r.randint(120, 135), r.randint(15000, 16500), r.randint(0, 200)), 3),
  'ils_release_notes_versions': lambda r: 'Koha %d.%02d.%02d.000 released; DB revision %d.%02d.%02d.%03d' % (r.randint(22, 25), r.choice([5, 11]), r.randint(0, 20), r.randint(22, 25), r.choice([5, 11]), r.randint(0, 20), r.randint(1, 50))},
 'library_or_student_identifier': {
  'isbn13_acquisition_list': lambda r: 'New acquisitions:\n' + lines(r, lambda r, i: isbn(r), 3),
  'student_id_roster_export': lambda r: 'student_id,grade,homeroom\n' + lines(r, lambda r, i: 'S%08d,%d,%d%s' % (r.randint(0, 99999999), r.randint(1, 12), r.randint(1, 30), r.choice('ABC')), 3)},
}
def isbn(r):
    d = '978' + tok(r, DIG, 9)
    c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(d)) % 10) % 10
    return 'ISBN %s%d' % (d, c)

WRAP = {
 'in_school_it_newsletter': 'School IT newsletter - tip of the week\n\n{X}\n\nQuestions? Reply to this mail.\n',
 'in_library_staff_forum_post': 'Posted in Library Staff Forum by {N}:\n{X}\n',
 'in_council_records_request_reply': 'Records request #{n} - released material:\n"""\n{X}\n"""\n',
 'in_ngo_field_report': 'FIELD REPORT {D}\nSection 4 (IT):\n{X}\nEnd of section.\n',
 'in_volunteer_list_digest': 'Volunteers digest, message {r}\nFrom: {N}\n\n{X}\n',
}
JWT_IO = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'
DOCS = {  # kind: (published value, recompute or None, text)
 'jwt_io_hs256_sample_in_lms_dev_notes': (JWT_IO, lambda: JWT_IO.rsplit('.', 1)[0] + '.' + base64.urlsafe_b64encode(hmac.new(b'your-256-bit-secret', JWT_IO.rsplit('.', 1)[0].encode(), hashlib.sha256).digest()).decode().rstrip('='),
   'LMS plugin dev notes: the sample token from the jwt.io debugger (secret "your-256-bit-secret") is {V} - only for unit tests.'),
 'rfc2202_hmac_md5_case2_in_radius_lab_sheet': ('750c783e6ab0b503eaa86e310a5db738', lambda: hmac.new(b'Jefe', b'what do ya want for nothing?', hashlib.md5).hexdigest(),
   'Networking class worksheet: check your HMAC-MD5 tool - key "Jefe", data "what do ya want for nothing?" must give {V} (RFC 2202 test case 2).'),
 'sha1_abc_vector_in_digital_archive_docs': ('a9993e364706816aba3e25717850c26c9cd0d89d', lambda: hashlib.sha1(b'abc').hexdigest(),
   'Digital archive fixity guide: to test the checksum tool, SHA-1("abc") should print {V}.'),
 'rfc6238_sha1_seed_in_school_mfa_guide': ('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', lambda: base64.b32encode(b'12345678901234567890').decode(),
   'Staff MFA guide, appendix: the RFC 6238 reference seed in Base32 is {V}; never use it for real accounts.'),
 'aws_example_access_key_id_in_grant_cloud_howto': ('AKIAIOSFODNN7EXAMPLE', None,
   'Grant-funded cloud how-to: the AWS documentation uses the example key id {V}; replace it with your own from IAM.'),
}

def build(seed=5506):
    r = random.Random(seed); recs = []
    for cls in sorted(BASE):
        for kind in sorted(BASE[cls]):
            recs.append(dict(**{'class': cls}, container=kind, text=BASE[cls][kind](r) + '\n', source='negative'))
            for w in sorted(WRAP):
                f = fill(r); f['X'] = BASE[cls][kind](r)
                recs.append(dict(**{'class': cls}, container=kind + '__' + w, text=WRAP[w].format(**f), source='negative'))
    for kind in sorted(DOCS):
        v, _, t = DOCS[kind]
        recs.append(dict(**{'class': 'vendor_documentation_value'}, container=kind, text=t.replace('{V}', v) + '\n', source='negative'))
    return recs
