"""Hard negatives from the audio / podcast world: look like secrets, are not."""
import hashlib, uuid, string
from common103 import Gen, ALNUM, HEXL, UP, B64, b64u


def _k(g):
    return {
        # class: [(base kind, fn)]
        "streaming_app_client_id_only": [
            ("spotify_pkce_client_id_config", lambda: f"// PKCE flow: no client secret is shipped in the app\nconst clientId = \"{g.s(HEXL, 32)}\";\nconst redirectUri = \"http://127.0.0.1:8888/callback\";\n"),
            ("soundcloud_widget_client_id_embed", lambda: f"<iframe src=\"https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/{g.s(string.digits, 10)}&client_id={g.s(ALNUM, 32)}\"></iframe>\n")],
        "podcast_feed_guid_and_episode_ids": [
            ("podcast_namespace_guid_tag", lambda: f"<podcast:guid>{uuid.UUID(int=g.r.getrandbits(128), version=5)}</podcast:guid>\n<podcast:locked owner=\"studio@example.net\">yes</podcast:locked>\n"),
            ("rss_item_guid_permalink_false", lambda: f"<item>\n  <title>Episode 48</title>\n  <guid isPermaLink=\"false\">{g.s(HEXL, 8)}-{g.s(HEXL, 4)}-{g.s(HEXL, 4)}-{g.s(HEXL, 4)}-{g.s(HEXL, 12)}</guid>\n</item>\n")],
        "audio_master_file_digest": [
            ("master_wav_sha256_manifest", lambda: "".join(f"{hashlib.sha256(g.s(ALNUM, 20).encode()).hexdigest()}  LP3_track{i:02d}_master_24bit.wav\n" for i in range(1, 4))),
            ("flac_streaminfo_md5_signature", lambda: f"$ metaflac --show-md5sum take{g.r.randint(1, 99)}.flac\n{hashlib.md5(g.s(ALNUM, 16).encode()).hexdigest()}\n")],
        "recording_catalog_codes": [
            ("isrc_upc_release_sheet", lambda: f"Release: Night Shift EP\nUPC: {g.s(string.digits, 12)}\nISRC: US-{g.s(UP, 3)}-26-{g.s(string.digits, 5)}\nISWC: T-{g.s(string.digits, 9)}-{g.r.randint(0, 9)}\n"),
            ("distributor_release_id_csv", lambda: f"release_id,track_id,catalog\n{g.s(string.digits, 9)},{g.s(string.digits, 11)},NSA{g.s(string.digits, 4)}\n")],
        "musicbrainz_and_acoustid_identifiers": [
            ("musicbrainz_recording_mbid_tag", lambda: f"MUSICBRAINZ_TRACKID={uuid.UUID(int=g.r.getrandbits(128), version=4)}\nMUSICBRAINZ_ALBUMID={uuid.UUID(int=g.r.getrandbits(128), version=4)}\n"),
            ("acoustid_fingerprint_lookup", lambda: f"fpcalc output:\nDURATION=241\nFINGERPRINT=AQAA{g.s(ALNUM + '-_', 90)}\n")],
        "plugin_serial_placeholder_text": [
            ("installer_readme_serial_placeholder", lambda: f"Enter your serial in the form XXXXX-XXXXX-XXXXX-XXXXX-XXXXX (build {g.r.randint(100, 999)}).\nNever share it in the support forum.\n"),
            ("license_dialog_masked_serial", lambda: f"Licensed to: studio@example.net\nSerial: *****-*****-*****-*****-{g.s('ABCDEFGHJKMNPQRSTUVWXYZ23456789', 5)}\n")],
        "masked_stream_key_display": [
            ("obs_settings_hidden_key_field", lambda: f"Settings > Stream\nService: Custom\nServer: rtmp://ingest.example.net/app\nStream Key: ●●●●●●●●●●●●●●●●●● [Show]\nlog id {g.s(HEXL, 12)}\n"),
            ("twitch_dashboard_key_redacted_log", lambda: f"[stream] connecting to rtmp://live.twitch.tv/app/live_{g.s(string.digits, 9)}_**************** (key redacted)\n")],
        "stream_secret_indirection_reference": [
            ("liquidsoap_getenv_reference", lambda: f"# secret injected at runtime\npw = environment.get(\"HARBOR_PW_{g.s(UP, 4)}\")\ninput.harbor(\"live\", port=8005, password=pw)\n"),
            ("onepassword_op_reference_env", lambda: f"ICECAST_SOURCE_PASSWORD=op://Radio/icecast-{g.s(string.ascii_lowercase, 6)}/password\nSPOTIFY_CLIENT_SECRET=op://Radio/spotify/credential\n")],
        "stored_digest_of_station_password": [
            ("icecast_htpasswd_apr1_entry", lambda: f"producer:$apr1${g.s(ALNUM, 8)}${g.s(ALNUM + './', 22)}\n"),
            ("azuracast_dj_argon2_column", lambda: f"dj_password_hash = '$argon2id$v=19$m=65536,t=4,p=1${g.s(ALNUM + '+/', 22)}${g.s(ALNUM + '+/', 43)}'\n")],
        "oauth_pkce_challenge_and_state": [
            ("spotify_authorize_url_challenge", lambda: f"https://accounts.spotify.com/authorize?response_type=code&client_id={g.s(HEXL, 32)}&code_challenge_method=S256&code_challenge={b64u(hashlib.sha256(g.s(ALNUM, 20).encode()).digest())}&state={g.s(ALNUM, 16)}\n"),
            ("oauth_callback_state_param_log", lambda: f"GET /callback?code_expired=1&state={g.s(ALNUM, 22)} 400\n")],
        "developer_key_and_team_identifiers": [
            ("musickit_key_id_team_id_plist", lambda: f"<key>MusicKitKeyID</key><string>{g.s(UP, 10)}</string>\n<key>TeamID</key><string>{g.s(UP, 10)}</string>\n"),
            ("vst3_plugin_class_uid", lambda: f"static const Steinberg::FUID kProcessorUID (0x{g.s('0123456789ABCDEF', 8)}, 0x{g.s('0123456789ABCDEF', 8)}, 0x{g.s('0123456789ABCDEF', 8)}, 0x{g.s('0123456789ABCDEF', 8)});\n")],
        "vaulted_ciphertext_in_station_repo": [
            ("ansible_vault_block_station_vars", lambda: "icecast_source_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  " + "\n  ".join(g.s(HEXL, 64) for _ in range(3)) + "\n"),
            ("git_crypt_encrypted_file_header", lambda: f"$ xxd -l 32 secrets.env\n00000000: 0047 4954 4352 5950 5400 {g.s(HEXL, 4)} {g.s(HEXL, 4)} {g.s(HEXL, 4)}  .GITCRYPT.......\n")],
        "studio_credential_chatter_no_value": [
            ("producer_chat_asks_for_source_pw", lambda: f"[{g.r.randint(10, 23)}:0{g.r.randint(0, 9)}] kofi: who has the icecast source password? the old one stopped working after the migration\n[..] maya: DM'd you, don't post it here\n"),
            ("station_policy_password_paragraph", lambda: f"Policy {g.r.randint(2, 9)}.1: Source and admin passwords are rotated after every guest DJ set and are handed over only in the password manager, never in chat.\n")],
        "api_docs_illustrative_dummy_values": [
            ("podcast_api_docs_curl_example", lambda: f"curl https://api.example.com/v1/episodes \\\n  -H \"Authorization: Bearer YOUR_API_TOKEN\"  # replace with your token (docs rev {g.r.randint(1, 40)})\n"),
            ("env_example_angle_placeholders", lambda: f"# .env.example (v{g.r.randint(1, 9)})\nSOUNDCLOUD_CLIENT_SECRET=<your-client-secret>\nICECAST_SOURCE_PASSWORD=changeme\n")],
        "audio_container_header_fields": [
            ("ogg_page_serial_and_crc_dump", lambda: f"OggS page: serial=0x{g.s(HEXL, 8)} granulepos={g.r.randint(0, 10**9)} crc=0x{g.s(HEXL, 8)}\n"),
            ("id3_ufid_and_priv_frames", lambda: f"UFID: http://musicbrainz.org = {uuid.UUID(int=g.r.getrandbits(128), version=4)}\nPRIV: WM/MediaClassPrimaryID = {g.s(HEXL, 32)}\n")],
        "podcast_host_webhook_signature": [
            ("hosting_webhook_signature_header", lambda: f"POST /hooks/episode-published\nX-Hub-Signature-256: sha256={g.s(HEXL, 64)}\nContent-Type: application/json\n"),
            ("patreon_webhook_signature_md5", lambda: f"X-Patreon-Event: posts:publish\nX-Patreon-Signature: {g.s(HEXL, 32)}\n")],
    }


WRAPS = [None, "__in_station_incident_review", "__in_plugin_github_issue", "__in_podcast_release_notes",
         "__in_encoder_stdout", "__in_producer_standup_notes"]
WRAP_TEXT = {
    "__in_station_incident_review": "Incident review, stream outage (no secrets in this doc):\n\n{T}\nFollow-up: none.\n",
    "__in_plugin_github_issue": "### Observed\n```\n{T}```\nExpected: plugin loads.\n",
    "__in_podcast_release_notes": "Release notes v{N}:\n{T}",
    "__in_encoder_stdout": "[encoder] starting\n{T}[encoder] ok\n",
    "__in_producer_standup_notes": "Standup {N}:\n- checked:\n{T}",
}


def generate(rng):
    g = Gen(rng, set())
    kinds = _k(g)
    recs = []
    for cls in kinds:
        for base, fn in kinds[cls]:
            for w in WRAPS:
                t = fn()
                if w:
                    t = WRAP_TEXT[w].replace("{N}", str(rng.randint(2, 99))).replace("{T}", t)
                recs.append({"class": cls, "container": base + (w or ""), "text": t, "source": "negative"})
    return recs
