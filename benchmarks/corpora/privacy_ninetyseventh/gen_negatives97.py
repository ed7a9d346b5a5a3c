"""Hard negatives from the real-time / WebRTC world: look like secrets, are not."""
import base64, hashlib, hmac, random, zlib
from common97 import *

def sdp_fp(r): return ':'.join(hx(r, 2).upper() for _ in range(32))

BASE = [
 ('publishable_realtime_client_key', 'pusher_js_app_key_client_init', lambda r: "const pusher = new Pusher('%s', { cluster: 'eu', forceTLS: true });\n" % hx(r, 20)),
 ('publishable_realtime_client_key', 'pubnub_subscribe_key_browser_config', lambda r: "const pubnub = new PubNub({ subscribeKey: 'sub-c-%s', userId: '%s' });\n" % (uuid4(r), r.choice(USERS))),
 ('rtc_room_and_participant_sid', 'livekit_room_participant_sids', lambda r: 'room %s (RM_%s) participant %s PA_%s joined, track TR_%s published\n' % (r.choice(PROJ), an(r, 12), r.choice(USERS), an(r, 12), an(r, 12))),
 ('rtc_room_and_participant_sid', 'twilio_room_and_account_sids', lambda r: 'RoomSid=RM%s AccountSid=AC%s ParticipantSid=PA%s StatusCallbackEvent=participant-connected\n' % (hx(r, 32), hx(r, 32), hx(r, 32))),
 ('app_identifier_without_secret', 'livekit_api_key_id_alone', lambda r: '# key id only, the secret lives in the vault\nLIVEKIT_API_KEY=API%s\n' % an(r, 12)),
 ('app_identifier_without_secret', 'agora_app_id_client_join', lambda r: "await client.join('%s', 'standup', token, null); // App ID is public, token comes from /rtc-token\n" % hx(r, 32)),
 ('sdp_fingerprint_and_candidate_lines', 'sdp_dtls_fingerprint_line', lambda r: 'm=audio 9 UDP/TLS/RTP/SAVPF 111\na=mid:0\na=fingerprint:sha-256 %s\na=setup:actpass\n' % sdp_fp(r)),
 ('sdp_fingerprint_and_candidate_lines', 'ice_candidate_foundation_lines', lambda r: 'a=candidate:%d 1 udp %d 10.0.%d.%d %d typ host generation 0 network-id 1\na=ssrc:%d cname:%s\n' % (r.randint(10**8, 4 * 10**9), r.randint(10**9, 2 * 10**9), r.randint(0, 255), r.randint(1, 254), r.randint(40000, 60000), r.randint(10**8, 4 * 10**9), an(r, 16, AL + '+/'))),
 ('turn_session_metadata_no_credential', 'turn_rest_username_expiry_field', lambda r: '{"username": "%d:%s", "ttl": 86400, "uris": ["turn:%s:3478?transport=udp"]}\n' % (1780000000 + r.randint(0, 10**6), r.choice(USERS), r.choice(HOSTS))),
 ('turn_session_metadata_no_credential', 'coturn_log_session_ids', lambda r: '%d: session %018d: realm <%s> user <%s>: incoming packet ALLOCATE processed, success\n' % (r.randint(100, 9999), r.randint(10**17, 10**18 - 1), r.choice(HOSTS), r.choice(USERS))),
 ('masked_realtime_credential_echo', 'lk_cli_masked_secret_output', lambda r: 'Using project [%s]\n  API Key:    API%s\n  API Secret: ************************%s\n' % (r.choice(PROJ), an(r, 12), an(r, 4))),
 ('masked_realtime_credential_echo', 'dashboard_key_reveal_hidden', lambda r: 'App keys\n  key:    %s\n  secret: •••••••••••••••••••• (click to reveal)\n' % hx(r, 20)),
 ('realtime_config_placeholder', 'env_example_angle_placeholder', lambda r: 'LIVEKIT_URL=wss://<your-project>.livekit.cloud\nLIVEKIT_API_SECRET=<your-api-secret>\nTURN_PASSWORD=<%s>\n' % r.choice(['set-me', 'turn-password', 'fill-in'])),
 ('realtime_config_placeholder', 'docs_changeme_placeholder', lambda r: '# docker-compose.yml from the tutorial\n      - JANUS_ADMIN_SECRET=%s\n      - PUSHER_APP_SECRET=YOUR_APP_SECRET\n' % r.choice(['changeme', 'janusoverlord', 'REPLACE_ME', 'xxxxxxxx'])),
 ('secret_store_lookup_reference', 'kubernetes_secretkeyref_block', lambda r: 'env:\n  - name: TURN_STATIC_AUTH_SECRET\n    valueFrom:\n      secretKeyRef:\n        name: %s-turn\n        key: static-auth-secret\n' % r.choice(PROJ)),
 ('secret_store_lookup_reference', 'aws_secretsmanager_arn_reference', lambda r: 'ABLY_API_KEY_ARN=arn:aws:secretsmanager:eu-west-1:%012d:secret:%s/ably-%s\n' % (r.randint(10**11, 10**12 - 1), r.choice(PROJ), an(r, 6))),
 ('webhook_signature_hmac_output', 'pusher_webhook_signature_header', lambda r: 'POST /pusher/webhook\nX-Pusher-Key: %s\nX-Pusher-Signature: %s\n' % (hx(r, 20), hx(r, 64))),
 ('webhook_signature_hmac_output', 'twilio_request_signature_header', lambda r: 'POST /video/status\nX-Twilio-Signature: %s\nI-Twilio-Idempotency-Token: %s\n' % (b64bytes(r, 20), uuid4(r))),
 ('recorded_media_checksum', 'recording_file_sha256_manifest', lambda r: ''.join('%s  egress/%s/%s.mp4\n' % (hx(r, 64), r.choice(PROJ), an(r, 10, LAN)) for _ in range(2))),
 ('recorded_media_checksum', 'hls_segment_md5_listing', lambda r: '#EXTINF:6.000,\nseg_%05d.ts  md5=%s\n#EXTINF:6.000,\nseg_%05d.ts  md5=%s\n' % (r.randint(0, 999), hx(r, 32), r.randint(1000, 9999), hx(r, 32))),
 ('connection_handshake_nonce', 'engineio_handshake_sid_json', lambda r: '0{"sid":"%s","upgrades":["websocket"],"pingInterval":25000,"pingTimeout":20000,"maxPayload":1000000}\n' % an(r, 20, AL + '-_')),
 ('connection_handshake_nonce', 'websocket_upgrade_key_accept_headers', None),
 ('gitops_sealed_ciphertext', 'sealed_secrets_encrypted_data', lambda r: 'spec:\n  encryptedData:\n    TURN_PASSWORD: AgB%s\n' % an(r, 300, AL + '+/')),
 ('gitops_sealed_ciphertext', 'sops_enc_aes256_gcm_value', lambda r: 'centrifugo_api_key: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\n' % (b64bytes(r, 36), b64bytes(r, 32), b64bytes(r, 16))),
 ('test_suite_fake_credential', 'jest_mock_env_fake_values', lambda r: "process.env.ABLY_API_KEY = 'fake.key:not-a-real-secret-%d';\njest.mock('ably');\n" % r.randint(1, 999)),
 ('test_suite_fake_credential', 'pytest_fixture_dummy_values', lambda r: '@pytest.fixture\ndef livekit_keys():\n    return ("devkey", "%s")  # livekit-server --dev defaults style, local only\n' % r.choice(['dummy-secret', 'test-secret', 'not-a-secret', 'fixture-secret'])),
 ('credential_talk_without_value', 'turn_rotation_postmortem_text', lambda r: 'Postmortem %s: the static-auth-secret of the TURN fleet was rotated at %02d:%02d UTC; clients kept stale credentials for up to 24 h. Action: shorten TTL, alert on 401 spikes.\n' % (r.choice(PROJ), r.randint(0, 23), r.randint(0, 59))),
 ('credential_talk_without_value', 'onboarding_access_request_message', lambda r: '@%s could you add me to the %s Ably app? I need an API key with publish on presence:* — please send it through 1Password, not here.\n' % (r.choice(USERS), r.choice(PROJ))),
 ('public_verification_material', 'jwks_public_rsa_key_json', lambda r: '{"keys": [{"kty": "RSA", "kid": "%s", "use": "sig", "alg": "RS256", "e": "AQAB", "n": "%s"}]}\n' % (hx(r, 16), an(r, 342, AL + '-_'))),
 ('public_verification_material', 'ice_servers_stun_only_list', lambda r: "iceServers: [{ urls: ['stun:%s:3478', 'stun:%s:19302'] }]\n" % (r.choice(HOSTS), r.choice(HOSTS))),
]

def _ws(r):
    key = base64.b64encode(bytes(r.getrandbits(8) for _ in range(16))).decode()
    acc = base64.b64encode(hashlib.sha1((key + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11').encode()).digest()).decode()
    return 'GET /ws HTTP/1.1\nUpgrade: websocket\nSec-WebSocket-Key: %s\n\nHTTP/1.1 101 Switching Protocols\nSec-WebSocket-Accept: %s\n' % (key, acc)

WRAP = [('', None),
        ('__in_webrtc_incident_review', 'Incident review, timeline excerpt:\n\n{T}\nNo credentials were exposed.\n'),
        ('__in_sdk_github_issue', '### Describe the bug\nConnection works locally but not in prod. Log:\n\n```\n{T}```\n'),
        ('__in_sfu_release_notes', 'Release notes v2.%d — behaviour shown below is expected:\n{T}'),
        ('__in_media_server_stdout', '[media-01] {T}'),
        ('__in_rtc_team_standup_notes', 'Standup notes: looked at this together\n> {T}\n')]

PUBLISHED = [  # (kind, text, literal, recompute)
 ('rfc6455_sample_websocket_accept', 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\nSec-WebSocket-Accept: %s\n',
  's3pPLMBiTxaQ9kYGzzhZRbK+xOo=', lambda: base64.b64encode(hashlib.sha1(b'dGhlIHNhbXBsZSBub25jZQ==258EAFA5-E914-47DA-95CA-C5AB0DC85B11').digest()).decode()),
 ('sha256_empty_input_in_recording_test', 'assert sha256(b"").hexdigest() == "%s"  # empty recording chunk\n',
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', lambda: hashlib.sha256(b'').hexdigest()),
 ('hmac_sha256_rfc4231_case_two_in_webhook_test', 'expected = "%s"  # RFC 4231 test case 2 (key "Jefe")\n',
  '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843', lambda: hmac.new(b'Jefe', b'what do ya want for nothing?', hashlib.sha256).hexdigest()),
 ('crc32_check_value_in_rtp_fixture', 'CRC-32 check value for "123456789": 0x%s\n', 'cbf43926', lambda: '%08x' % zlib.crc32(b'123456789')),
 ('stun_magic_cookie_constant', '#define STUN_MAGIC_COOKIE 0x%s  /* RFC 5389 */\n', '2112A442', lambda: '2112A442'),
]
PCLASS = 'published_protocol_test_constant'

def generate(used):
    r = random.Random(9706)
    out = []
    for cls, kind, f in BASE:
        for i, (suf, w) in enumerate(WRAP):
            t = _ws(r) if f is None else f(r)
            if w:
                t = w.replace('%d', str(r.randint(1, 40))).replace('{T}', t)
            out.append({'class': cls, 'container': kind + suf, 'text': t, 'source': 'negative'})
    for kind, tpl, lit, fn in PUBLISHED:
        assert fn() == lit, kind
        out.append({'class': PCLASS, 'container': kind, 'text': tpl % lit, 'source': 'negative'})
    return out
