import base64, hashlib, hmac, random, struct
from common import *

def _b64(r, n):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()
def _hex(r, n):
    return rs(r, HEXL, n)
def _ed25519(r):
    blob = struct.pack('>I', 11) + b'ssh-ed25519' + struct.pack('>I', 32) + bytes(r.getrandbits(8) for _ in range(32))
    return 'ssh-ed25519 ' + base64.b64encode(blob).decode()
def _mac(r):
    return ':'.join('%02x' % r.getrandbits(8) for _ in range(6))

BASE = {
 'public_key_or_certificate': {
  'wg_easy_client_public_keys_list': lambda r: ''.join('client {:<8} PublicKey = {}  AllowedIPs = 10.8.0.{}/32\n'.format(n, _b64(r, 32), i + 2) for i, n in enumerate(['phone', 'laptop', 'tablet'])),
  'ssh_authorized_keys_homelab': lambda r: ''.join('{} {}@{}\n'.format(_ed25519(r), u, h) for u, h in [('greg', 'desktop'), ('backup', 'pbs'), ('pi', 'octopi')]),
 },
 'placeholder_or_redacted': {
  'compose_example_env_placeholders': lambda r: 'DB_PASSWORD=changeme\nAPI_KEY=<your-api-key-here>\nSECRET_KEY=xxxxxxxxxxxxxxxxxxxxxxxx\nTOKEN=${TOKEN:?set me in .env}\n',
  'forum_post_redacted_config': lambda r: 'mqtt:\n  broker: {}\n  username: {}\n  password: [REDACTED]\napi_key: "********" # removed before posting\n'.format(r.choice(HOSTS), r.choice(USERS)),
 },
 'digest_or_checksum': {
  'docker_image_sha256_digests': lambda r: ''.join('{}@sha256:{}\n'.format(i, _hex(r, 64)) for i in ['ghcr.io/home-assistant/home-assistant:stable', 'lscr.io/linuxserver/sonarr:latest', 'jellyfin/jellyfin:10.9']),
  'iso_download_sha256sums': lambda r: ''.join('{}  {}\n'.format(_hex(r, 64), f) for f in ['proxmox-ve_8.2-1.iso', 'TrueNAS-SCALE-24.04.iso', 'debian-12.6.0-amd64-netinst.iso']),
 },
 'ciphertext_or_sealed_value': {
  'ansible_vault_encrypted_blob': lambda r: 'nas_admin_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n' + ''.join('  ' + _hex(r, 80) + '\n' for _ in range(4)),
  'age_encrypted_armored_file': lambda r: '-----BEGIN AGE ENCRYPTED FILE-----\n' + '\n'.join(_b64(r, 48) for _ in range(3)) + '\n-----END AGE ENCRYPTED FILE-----\n',
 },
 'masked_partial_value': {
  'router_app_masked_wifi_key': lambda r: 'Wi-Fi settings\nNetwork name: HomeNet-5G\nPassword: ••••••••••{}\n[Show]  [Share QR]\n'.format(rs(r, LOW + DIG, 2)),
  'tailscale_keys_page_prefix_listing': lambda r: 'Auth keys\nk{}…   reusable, ephemeral   expires in 89 days\nk{}…   one-off               expired\n'.format(rs(r, ALNUM, 6), rs(r, ALNUM, 6)),
 },
 'code_identifier_lookalike': {
  'hass_entity_id_listing': lambda r: ''.join('sensor.{}_{}\n'.format(n, _hex(r, 12)) for n in ['zigbee_plug', 'aqara_temp', 'shelly_em']),
  'docker_container_id_listing': lambda r: 'CONTAINER ID   IMAGE                 STATUS\n' + ''.join('{}   {:<20} Up 3 days\n'.format(_hex(r, 12), i) for i in ['jellyfin', 'traefik:v3', 'postgres:16']),
 },
 'password_prose_no_value': {
  'homelab_password_manager_advice': lambda r: 'Please put every admin password for the rack into the shared vault and never into the wiki or a compose file. Rotate the NAS password after {} leaves.\n'.format(r.choice(['the lodger', 'the intern', 'uncle Rob'])),
  'router_reset_instructions_prose': lambda r: 'If you forget the router password, hold the reset button for {} seconds; the default login is printed on the sticker and you must change it on first boot.\n'.format(r.randint(10, 30)),
 },
 'password_hash_not_plaintext': {
  'pihole_web_password_hash_line': lambda r: 'PIHOLE_DNS_1=1.1.1.1\nWEBPASSWORD={}\n'.format(_hex(r, 64)),
  'authelia_users_argon2id_yaml': lambda r: 'users:\n  {}:\n    displayname: "Lab User"\n    password: "$argon2id$v=19$m=65536,t=3,p=4${}${}"\n'.format(r.choice(USERS), _b64(r, 16).rstrip('='), _b64(r, 32).rstrip('=')),
 },
 'secret_store_reference': {
  'compose_docker_secrets_file_refs': lambda r: 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    secrets: [db_password]\nsecrets:\n  db_password:\n    file: ./secrets/db_password.txt\n',
  'hass_secret_tag_references': lambda r: 'mqtt:\n  username: !secret mqtt_user\n  password: !secret mqtt_password\nhttp:\n  ssl_certificate: !secret ssl_cert_path\n',
 },
 'uuid_or_request_identifier': {
  'proxmox_smbios_uuid_listing': lambda r: ''.join('{}: smbios1: uuid={}\n'.format(100 + i, uuid4(r)) for i in range(3)),
  'nginx_request_id_access_log': lambda r: ''.join('10.0.0.{} - - "GET /api/states HTTP/1.1" 200 req_id={}\n'.format(r.randint(2, 250), _hex(r, 32)) for _ in range(3)),
 },
 'version_or_build_string': {
  'truenas_version_banner': lambda r: 'TrueNAS-SCALE-24.10.{}.{} build {} ({})\n'.format(r.randint(0, 2), r.randint(0, 4), _hex(r, 10), 'Electric Eel'),
  'compose_image_tag_pins': lambda r: 'image: lscr.io/linuxserver/radarr:5.{}.{}.{}-ls{}\nimage: traefik:v3.{}.{}\n'.format(r.randint(1, 9), r.randint(0, 9), r.randint(1000, 9999), r.randint(200, 260), r.randint(0, 3), r.randint(0, 9)),
 },
 'test_fixture_fake_credential': {
  'addon_unit_test_fake_creds': lambda r: 'def test_login(client):\n    resp = client.post("/login", json={{"username": "test", "password": "not-a-real-password-{}"}})\n    assert resp.status_code == 401\n'.format(r.randint(1, 99)),
  'demo_instance_public_login': lambda r: 'Try the public demo at demo.example: user demo, password demo (resets every {} minutes).\n'.format(r.choice([15, 30, 60])),
 },
 'publishable_client_key': {
  'stripe_publishable_key_donation_page': lambda r: '<script>const stripe = Stripe("pk_live_{}");</script>\n'.format(rs(r, ALNUM, 99)),
  'firebase_web_config_apikey': lambda r: 'const firebaseConfig = {{ apiKey: "AIza{}", authDomain: "lab-{}.firebaseapp.com" }};\n'.format(shape(r, 's35'), rs(r, LOW, 5)),
 },
 'hardware_serial_or_mac_address': {
  'unifi_client_mac_table': lambda r: 'Name            MAC                IP\n' + ''.join('{:<15} {}  10.0.1.{}\n'.format(n, _mac(r), r.randint(10, 200)) for n in ['tv-lounge', 'printer', 'ps5']),
  'zigbee_ieee_address_list': lambda r: ''.join('0x{} {}\n'.format(_hex(r, 16), n) for n in ['kitchen_motion', 'hall_door', 'plug_desk']),
 },
 'media_library_item_identifier': {
  'plex_guid_rating_key_listing': lambda r: ''.join('ratingKey={} guid=plex://movie/{}\n'.format(r.randint(1000, 99999), _hex(r, 24)) for _ in range(3)),
  'jellyfin_item_id_export': lambda r: ''.join('{}\t{}\n'.format(_hex(r, 32), t) for t in ['The Movie (2019)', 'Some Show S01E02', 'Live Album']),
 },
}
WRAPPERS = {
 '': ('', ''),
 '__in_selfhosted_forum_reply': ('Re: help with my setup\n\nHere is what mine looks like:\n\n', '\nHope that helps.\n'),
 '__in_homelab_changelog_note': ('## 2025-03-14\n- tidied config, output below\n\n', '\n- next: move to the new mini PC\n'),
 '__in_github_discussion_comment': ('> @lab-user commented\n\nFor reference:\n```\n', '```\n'),
 '__in_nas_support_ticket': ('Ticket #48213 — customer attached the following:\n\n', '\n-- support agent: thanks, checking.\n'),
 '__in_family_it_chat_digest': ('Weekly digest from the family IT chat:\n', '\n(end of digest)\n'),
}

def doc_values():
    sha256_empty = hashlib.sha256(b'').hexdigest()
    assert sha256_empty == 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
    case1 = hmac.new(b'\x0b' * 20, b'Hi There', hashlib.sha256).hexdigest()
    assert case1 == 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7'
    md5fox = hashlib.md5(b'The quick brown fox jumps over the lazy dog').hexdigest()
    assert md5fox == '9e107d9d372bb6826bd81d3542a419d6'
    sha1_empty = hashlib.sha1(b'').hexdigest()
    assert sha1_empty == 'da39a3ee5e6b4b0d3255bfef95601890afd80709'
    aws = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'  # the AWS documentation example (published, not computable)
    return {
     'sha256_empty_input_in_restic_faq': (sha256_empty, 'Restic FAQ (our wiki copy): a blob id of {v} is the SHA-256 of empty input, so a zero-byte file was backed up.\n'),
     'rfc4231_case1_in_webhook_verifier_test': (case1, 'def test_hmac_vector():\n    # RFC 4231 test case 1 (key 0x0b*20, data "Hi There")\n    assert sign(b"\\x0b" * 20, b"Hi There") == "{v}"\n'),
     'aws_docs_example_secret_in_minio_readme': (aws, 'MinIO gateway README: copy the sample values from the AWS docs, e.g. AKIAIOSFODNN7EXAMPLE / {v}, then replace them with your own.\n'),
     'md5_fox_pangram_in_iso_checker_test': (md5fox, 'iso-checker self test: md5("The quick brown fox jumps over the lazy dog") must print {v}\n'),
     'sha1_empty_input_in_dedup_notes': (sha1_empty, 'Dedup notes: chunks whose SHA-1 is {v} are empty and are skipped.\n'),
    }

def build():
    r = random.Random(6406)
    recs = []
    for cls in sorted(BASE):
        for kind in sorted(BASE[cls]):
            for w in WRAPPERS:
                pre, post = WRAPPERS[w]
                recs.append({'class': cls, 'container': kind + w, 'text': pre + BASE[cls][kind](r) + post, 'source': 'negative'})
    for kind, (v, t) in doc_values().items():
        recs.append({'class': 'vendor_documentation_value', 'container': kind, 'text': t.format(v=v), 'source': 'negative'})
    return recs
