"""Hard negatives in 16 classes (seed 5606)."""
import base64, hashlib, hmac, random
from common import *

def g(r, a, n): return tok(r, a, n)
B = {
 'ciphertext_or_sealed_value': [
  ('sops_encrypted_yaml_game_config', lambda r: 'matchmaker:\n    db_password: ENC[AES256_GCM,data:%s,iv:%s,tag:%s==,type:str]\nsops:\n    version: 3.8.1' % (g(r, B64, 24), g(r, B64, 43) + '=', g(r, B64, 22))),
  ('ansible_vault_group_vars_blob', lambda r: '$ANSIBLE_VAULT;1.1;AES256\n' + '\n'.join(g(r, HEXL, 80) for _ in range(3)))],
 'code_identifier_lookalike': [
  ('unreal_gameplay_tag_table', lambda r: 'GameplayTags:\n+GameplayTagList=(Tag="Ability.Token.%s")\n+GameplayTagList=(Tag="Auth.SessionTokenRefresh")\n+GameplayTagList=(Tag="UI.PasswordFieldMasked")' % (g(r, UP, 1) + g(r, LOW, 6))),
  ('obs_websocket_request_type_list', lambda r: 'Requests used by overlay v%d: GetAuthRequired, SetStreamServiceSettings, GetStreamServiceSettings, SetInputSettings — auth handled by obsAuthenticationChallenge()' % r.randrange(2, 9))],
 'digest_or_checksum': [
  ('steam_depot_manifest_sha1_lines', lambda r: '\n'.join('%10d  %s  0  Content/Paks/pak%02d.pak' % (r.randrange(10**6, 10**9), g(r, HEXL, 40), i) for i in range(3))),
  ('mod_release_blake2_checksums', lambda r: '\n'.join('%s  mod_%s.zip' % (g(r, HEXL, 64), w) for w in ('core', 'maps', 'audio')))],
 'masked_partial_value': [
  ('obs_stream_settings_dotted_key', lambda r: 'Service: Twitch\nServer: Auto\nStream Key: ●●●●●●●●●●●●●●●●  [Show]  (last changed %d days ago)' % r.randrange(2, 99)),
  ('creator_dashboard_key_last_four', lambda r: 'API keys\n• Overlay widget — sk_…%s — created 03/%02d\n• Clip bot — ************%s' % (g(r, ALNUM, 4), r.randrange(1, 28), g(r, ALNUM, 4)))],
 'opaque_random_identifier': [
  ('twitch_clip_slug_urls', lambda r: 'best of the week:\nhttps://clips.twitch.tv/%s-%s\nhttps://clips.twitch.tv/%s-%s' % ('Fancy' + g(r, LOW, 5), g(r, ALNUM + '_-', 16), 'Brave' + g(r, LOW, 5), g(r, ALNUM + '_-', 16))),
  ('youtube_video_id_playlist_notes', lambda r: 'VOD archive: %s, %s, %s (ids only, unlisted)' % (g(r, B64U, 11), g(r, B64U, 11), g(r, B64U, 11)))],
 'password_hash_not_plaintext': [
  ('game_account_table_scrypt_hashes', lambda r: 'id,username,pw_hash\n%d,player_%s,$scrypt$ln=16,r=8,p=1$%s$%s' % (r.randrange(1000, 99999), g(r, LOW, 5), g(r, B64, 22), g(r, B64, 43))),
  ('forum_users_pbkdf2_sha256_rows', lambda r: 'pbkdf2_sha256$600000$%s$%s=' % (g(r, ALNUM, 22), g(r, B64, 43)))],
 'password_prose_no_value': [
  ('streamer_security_tips_thread', lambda r: 'Tip #%d: never show your stream key on screen, turn on 2FA, and use a password manager for the channel account. If a key leaks, reset it in the dashboard right away.' % r.randrange(1, 20)),
  ('studio_it_onboarding_password_policy', lambda r: 'Passwords for build farm accounts must be at least %d characters, rotated every quarter and stored only in the vault. Never paste them into Slack, Jira or Perforce descriptions.' % r.randrange(14, 20))],
 'placeholder_or_redacted': [
  ('bot_env_sample_file', lambda r: 'DISCORD_TOKEN=<your-bot-token-here>\nTWITCH_CLIENT_SECRET=REPLACE_ME\nOBS_WS_PASSWORD=\n# build %d' % r.randrange(1, 400)),
  ('sponsor_brief_redacted_fields', lambda r: 'Campaign access: login [REDACTED], password [REDACTED]; promo code XXXX-XXXX, see brief v%d' % r.randrange(1, 9))],
 'public_key_or_certificate': [
  ('discord_interactions_public_key_field', lambda r: 'Application ID: %s\nPublic Key: %s' % (g(r, DIG, 18), g(r, HEXL, 64))),
  ('server_mod_ssh_ed25519_pubkey', lambda r: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s modder@rig-%d' % (g(r, B64, 43), r.randrange(1, 99)))],
 'publishable_client_key': [
  ('stripe_publishable_key_checkout_embed', lambda r: '<script>const stripe = Stripe("pk_live_51%s");</script>' % g(r, ALNUM, 97)),
  ('twitch_extension_client_id_manifest', lambda r: '{"name":"Loot Drops","client_id":"%s","version":"1.%d.0"}' % (g(r, LALNUM, 30), r.randrange(0, 20)))],
 'secret_store_reference': [
  ('teamcity_credentials_json_reference', lambda r: '<param name="env.P4PASSWD" value="credentialsJSON:%s" />' % uuid4(r)),
  ('onepassword_op_uri_references', lambda r: 'OBS_WS_PASSWORD="op://Stream-Team/obs-ws/password"\nSTREAM_KEY="op://Stream-Team/twitch-%d/credential"' % r.randrange(1, 50))],
 'test_fixture_fake_credential': [
  ('matchmaker_pytest_fake_tokens', lambda r: 'FAKE_TOKEN = "test-token-%d"\nFAKE_PASSWORD = "hunter2-not-real"\n\ndef test_login(client):\n    assert client.login("bot", FAKE_PASSWORD).status == 401' % r.randrange(1, 99)),
  ('unity_test_runner_dummy_login', lambda r: '[Test] public void RejectsBadLogin() { Assert.IsFalse(Auth.Check("player%d", "password123")); }' % r.randrange(1, 99))],
 'uuid_or_request_identifier': [
  ('playfab_api_request_ids_log', lambda r: 'POST /Client/LoginWithCustomID 200 x-request-id=%s\nPOST /Client/GetTitleData 200 x-request-id=%s' % (uuid4(r), uuid4(r))),
  ('crash_report_guid_listing', lambda r: 'Crash GUIDs (build %d):\nUECC-Windows-%s\nUECC-Windows-%s' % (r.randrange(1000, 9999), g(r, HEXU, 32), g(r, HEXU, 32)))],
 'version_or_build_string': [
  ('engine_changelist_build_labels', lambda r: '++UE5+Release-5.%d-CL-%d\nGame-Win64-Shipping 0.%d.%d+%s' % (r.randrange(0, 5), r.randrange(10**7, 10**8), r.randrange(1, 30), r.randrange(0, 99), g(r, HEXL, 9))),
  ('obs_plugin_version_matrix', lambda r: '| plugin | version |\n| move-transition | 3.%d.%d |\n| advanced-scene-switcher | 1.%d.0 |' % (r.randrange(0, 9), r.randrange(0, 9), r.randrange(20, 29)))],
 'engine_asset_guid_or_manifest_id': [
  ('unity_meta_file_guid', lambda r: 'fileFormatVersion: 2\nguid: %s\nTextureImporter:\n  mipmaps: 1' % g(r, HEXL, 32)),
  ('steam_depot_manifest_id_history', lambda r: 'depot %d manifests: %d, %d, %d' % (r.randrange(10**5, 10**6), r.randrange(10**18, 10**19), r.randrange(10**18, 10**19), r.randrange(10**18, 10**19)))],
}
WRAP = [
 ('', lambda s: s),
 ('__in_twitch_mod_lounge_chat', lambda s: '[mod-lounge] kiri: fyi, nothing secret here:\n' + s),
 ('__in_build_farm_status_email', lambda s: 'Subject: Farm status\n\nNightly summary attached.\n\n' + s + '\n\n-- farm-bot'),
 ('__in_patch_notes_draft', lambda s: '## Patch notes draft (internal)\n' + s + '\n_to be trimmed before publishing_'),
 ('__in_sponsor_deck_speaker_notes', lambda s: 'Speaker notes, slide 7:\n' + s),
 ('__in_modding_discord_pin', lambda s: '📌 pinned by @admin\n' + s),
]

def doc_values():
    aws_id = 'AKIAIOSFODNN7EXAMPLE'
    h = hmac.new(b'Jefe', b'what do ya want for nothing?', hashlib.sha256).hexdigest()
    assert h == '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'
    e = hashlib.sha256(b'').hexdigest()
    assert e == 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
    m = hashlib.md5(b'').hexdigest()
    assert m == 'd41d8cd98f00b204e9800998ecf8427e'
    s = base64.b32encode(b'12345678901234567890123456789012').decode()
    assert s == 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA===='
    return [
     ('aws_example_key_id_in_build_farm_s3_faq', 'FAQ: the docs use ' + aws_id + ' as the example access key id; ours live in the vault.', aws_id),
     ('rfc4231_case2_hmac_in_webhook_verifier_test', '# RFC 4231 test case 2 (key "Jefe")\nassert sign(b"what do ya want for nothing?") == "' + h + '"', h),
     ('sha256_empty_input_in_asset_cache_note', 'cache key ' + e + ' means the asset was empty (SHA-256 of zero bytes)', e),
     ('md5_empty_input_in_mod_upload_faq', 'If the uploader shows ' + m + ' your zip was empty — that is the MD5 of nothing.', m),
     ('rfc6238_sha256_seed_in_streamer_2fa_guide', 'RFC 6238 appendix B SHA-256 seed (Base32) for testing your TOTP app: ' + s, s),
    ]

def build():
    rng = random.Random(5606)
    out = []
    for cls in sorted(B):
        for kind, f in B[cls]:
            for suf, w in WRAP:
                out.append(dict(**{'class': cls}, container=kind + suf, text=w(f(rng)), source='negative'))
    for kind, text, _ in doc_values():
        out.append(dict(**{'class': 'vendor_documentation_value'}, container=kind, text=text, source='negative'))
    return out
