"""Vendor token types: one record per type, audio-world styles cycled."""
import string
from common103 import Gen, ALNUM, HEXL, B64U, B64, UP, LOW, jwt, b64u

M = "\ue000"
CH = {"h": HEXL, "H": "0123456789ABCDEF", "a": ALNUM, "u": B64U, "b": B64, "d": string.digits,
      "l": LOW, "U": UP, "L": string.ascii_lowercase, "5": "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
      "8": "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"}

# (type, ENV_NAME, spec)
VENDORS = [
    # music data / streaming APIs
    ("soundcloud_app_client_secret", "SOUNDCLOUD_CLIENT_SECRET", "a:32"),
    ("deezer_application_secret_key", "DEEZER_APP_SECRET", "h:32"),
    ("lyricfind_api_key", "LYRICFIND_API_KEY", "h:32"),
    ("lastfm_api_shared_secret", "LASTFM_SHARED_SECRET", "h:32"),
    ("discogs_personal_access_token", "DISCOGS_TOKEN", "a:40"),
    ("genius_api_client_access_token", "GENIUS_ACCESS_TOKEN", "u:64"),
    ("musixmatch_api_key", "MUSIXMATCH_API_KEY", "h:32"),
    ("audd_music_recognition_api_token", "AUDD_API_TOKEN", "h:32"),
    ("acrcloud_access_secret", "ACRCLOUD_ACCESS_SECRET", "a:40"),
    ("jamendo_client_secret", "JAMENDO_CLIENT_SECRET", "h:32"),
    ("mixcloud_oauth_client_secret", "MIXCLOUD_CLIENT_SECRET", "a:32"),
    ("audiomack_consumer_secret", "AUDIOMACK_CONSUMER_SECRET", "h:32"),
    ("tidal_developer_client_secret", "TIDAL_CLIENT_SECRET", "u:43"),
    ("napster_api_secret", "NAPSTER_API_SECRET", "a:16"),
    ("setlistfm_api_key", "SETLISTFM_API_KEY", "uuid"),
    ("songkick_api_key", "SONGKICK_API_KEY", "a:16"),
    ("soundcharts_api_key", "SOUNDCHARTS_API_KEY", "a:24"),
    ("chartmetric_refresh_token", "CHARTMETRIC_REFRESH_TOKEN", "a:64"),
    ("audius_api_secret_hex", "AUDIUS_API_SECRET", "h:64"),
    ("bandsintown_app_id_secret", "BANDSINTOWN_APP_ID", "h:32"),
    ("apple_music_user_token", "APPLE_MUSIC_USER_TOKEN", "p:A|u:5|p:Ap|u:150"),
    ("spotify_web_playback_access_token", "SPOTIFY_ACCESS_TOKEN", "p:BQ|u:170"),
    ("youtube_music_oauth_refresh_token", "YTMUSIC_REFRESH_TOKEN", "p:1//0|u:98"),
    ("twitch_eventsub_webhook_secret", "TWITCH_EVENTSUB_SECRET", "a:32"),
    ("twitch_user_oauth_token", "TWITCH_OAUTH", "p:oauth:|l:30"),
    ("kick_developer_client_secret", "KICK_CLIENT_SECRET", "h:64"),
    ("restream_oauth_client_secret", "RESTREAM_CLIENT_SECRET", "uuid"),
    ("streamelements_jwt_token", "STREAMELEMENTS_JWT", "jwt:se"),
    ("streamlabs_socket_api_token", "STREAMLABS_SOCKET_TOKEN", "jwt:sl"),
    ("owncast_access_token", "OWNCAST_ACCESS_TOKEN", "u:44"),
    ("azuracast_api_key", "AZURACAST_API_KEY", "h:16|p::|h:32"),
    ("centova_cast_api_password", "CENTOVA_API_PASSWORD", "pw"),
    ("radio_co_api_key", "RADIOCO_API_KEY", "a:40"),
    ("live365_broadcaster_api_token", "LIVE365_TOKEN", "h:40"),
    ("castr_live_api_secret", "CASTR_API_SECRET", "a:40"),
    ("facebook_live_persistent_stream_key", "FB_STREAM_KEY", "p:FB-|d:16|p:-0-|a:32"),
    # podcast hosting
    ("buzzsprout_api_token", "BUZZSPROUT_API_TOKEN", "h:32"),
    ("transistor_fm_api_key", "TRANSISTOR_API_KEY", "a:22"),
    ("captivate_fm_api_token", "CAPTIVATE_API_TOKEN", "a:40"),
    ("podbean_client_secret", "PODBEAN_CLIENT_SECRET", "a:20"),
    ("libsyn_api_client_secret", "LIBSYN_CLIENT_SECRET", "a:40"),
    ("simplecast_api_key", "SIMPLECAST_API_KEY", "jwt:sc"),
    ("megaphone_api_token", "MEGAPHONE_TOKEN", "h:32"),
    ("podcastindex_api_secret", "PODCASTINDEX_API_SECRET", "p:|a:40"),
    ("spreaker_oauth_access_token", "SPREAKER_TOKEN", "a:40"),
    ("podchaser_api_client_secret", "PODCHASER_CLIENT_SECRET", "a:40"),
    ("castos_api_token", "CASTOS_API_TOKEN", "a:40"),
    ("rss_com_api_key", "RSSCOM_API_KEY", "a:48"),
    ("auphonic_api_key", "AUPHONIC_API_KEY", "a:32"),
    ("riverside_fm_api_key", "RIVERSIDE_API_KEY", "p:rs_live_|a:40"),
    ("descript_api_token", "DESCRIPT_API_TOKEN", "p:dsct_|a:40"),
    ("podigee_api_token", "PODIGEE_TOKEN", "a:24"),
    ("acast_api_key", "ACAST_API_KEY", "h:64"),
    # speech / audio AI
    ("assemblyai_api_key", "ASSEMBLYAI_API_KEY", "h:32"),
    ("deepgram_api_key", "DEEPGRAM_API_KEY", "h:40"),
    ("revai_access_token", "REVAI_ACCESS_TOKEN", "p:02|a:80"),
    ("elevenlabs_api_key", "ELEVENLABS_API_KEY", "p:sk_|h:48"),
    ("playht_secret_key", "PLAYHT_SECRET_KEY", "h:32"),
    ("resemble_ai_api_key", "RESEMBLE_API_KEY", "a:24"),
    ("dolby_io_app_secret", "DOLBYIO_APP_SECRET", "b:43|p:="),
    ("lalal_ai_license_key", "LALAL_LICENSE", "h:16"),
    ("moises_api_key", "MOISES_API_KEY", "uuid"),
    ("audioshake_client_secret", "AUDIOSHAKE_CLIENT_SECRET", "u:48"),
    ("cyanite_access_token", "CYANITE_ACCESS_TOKEN", "jwt:cy"),
    ("sonix_api_key", "SONIX_API_KEY", "a:24"),
    ("trint_api_key", "TRINT_API_KEY", "h:40"),
    ("picovoice_access_key", "PICOVOICE_ACCESS_KEY", "b:54|p:=="),
    ("symbl_app_secret", "SYMBL_APP_SECRET", "h:64"),
    ("houndify_client_key", "HOUNDIFY_CLIENT_KEY", "u:86|p:=="),
    ("murf_ai_api_key", "MURF_API_KEY", "p:ap2_|uuid"),
    ("speechify_api_key", "SPEECHIFY_API_KEY", "u:40|p:="),
    ("voicegain_jwt", "VOICEGAIN_JWT", "jwt:vg"),
    # storage / delivery
    ("backblaze_b2_application_key", "B2_APPLICATION_KEY", "p:K005|a:27"),
    ("wasabi_secret_access_key", "WASABI_SECRET_KEY", "U:40"),
    ("cloudflare_r2_secret_access_key", "R2_SECRET_ACCESS_KEY", "h:64"),
    ("bunny_storage_zone_password", "BUNNY_STORAGE_PASSWORD", "uuidbunny"),
    ("digitalocean_spaces_secret_key", "SPACES_SECRET", "b:43"),
    ("storj_access_grant", "STORJ_ACCESS_GRANT", "p:1|8:180"),
    ("cloudinary_api_secret", "CLOUDINARY_API_SECRET", "u:27"),
    ("imagekit_private_key", "IMAGEKIT_PRIVATE_KEY", "p:private_|b:28"),
    ("transloadit_auth_secret", "TRANSLOADIT_SECRET", "h:40"),
    ("filestack_app_secret", "FILESTACK_SECRET", "U:26"),
    ("uploadthing_secret_key", "UPLOADTHING_SECRET", "p:sk_live_|h:64"),
    ("idrive_e2_secret_key", "E2_SECRET_KEY", "a:40"),
    ("filebase_secret_key", "FILEBASE_SECRET", "a:40"),
    # licensing / commerce for plugin vendors
    ("paddle_billing_api_key", "PADDLE_API_KEY", "p:pdl_live_apikey_|l:26|p:_|a:22|p:_|a:3"),
    ("gumroad_access_token", "GUMROAD_ACCESS_TOKEN", "u:43"),
    ("lemon_squeezy_api_key", "LEMONSQUEEZY_API_KEY", "jwt:ls"),
    ("keygen_sh_product_token", "KEYGEN_PRODUCT_TOKEN", "p:prod-|h:64|p:v3"),
    ("cryptlex_access_token", "CRYPTLEX_ACCESS_TOKEN", "jwt:cx"),
    ("fastspring_api_password", "FASTSPRING_API_PASSWORD", "a:22"),
    ("chargebee_api_key", "CHARGEBEE_API_KEY", "p:live_|a:34"),
    ("recurly_private_api_key", "RECURLY_API_KEY", "h:32"),
    ("revenuecat_secret_api_key", "REVENUECAT_SECRET", "p:sk_|a:28"),
    ("paypal_rest_client_secret", "PAYPAL_CLIENT_SECRET", "p:E|u:79"),
    ("patreon_creator_access_token", "PATREON_CREATOR_TOKEN", "u:43"),
    ("kofi_webhook_verification_token", "KOFI_VERIFICATION_TOKEN", "uuid"),
    ("buymeacoffee_api_token", "BMC_API_TOKEN", "jwt:bm"),
    # newsletters / social for podcasters
    ("mailchimp_marketing_api_key", "MAILCHIMP_API_KEY", "h:32|p:-us21"),
    ("kit_convertkit_api_secret", "CONVERTKIT_API_SECRET", "u:43"),
    ("beehiiv_api_key", "BEEHIIV_API_KEY", "a:64"),
    ("buttondown_api_key", "BUTTONDOWN_API_KEY", "uuid"),
    ("bluesky_app_password", "BLUESKY_APP_PASSWORD", "L:4|p:-|L:4|p:-|L:4|p:-|L:4"),
    ("mastodon_app_access_token", "MASTODON_ACCESS_TOKEN", "u:43"),
    ("brevo_smtp_api_key", "BREVO_API_KEY", "p:xkeysib-|h:64|p:-|a:16"),
    ("resend_api_key", "RESEND_API_KEY", "p:re_|a:8|p:_|a:24"),
    ("postmark_server_token", "POSTMARK_SERVER_TOKEN", "uuid"),
    ("klaviyo_private_api_key", "KLAVIYO_PRIVATE_KEY", "p:pk_|h:34"),
    ("loops_so_api_key", "LOOPS_API_KEY", "h:32"),
    # hosting / deploy
    ("netlify_personal_access_token", "NETLIFY_AUTH_TOKEN", "p:nfp_|a:36"),
    ("vercel_access_token", "VERCEL_TOKEN", "a:24"),
    ("render_api_key", "RENDER_API_KEY", "p:rnd_|a:28"),
    ("railway_api_token", "RAILWAY_TOKEN", "uuid"),
    ("heroku_platform_api_key", "HEROKU_API_KEY", "p:HRKU-AA|u:58"),
    ("contentful_management_token", "CONTENTFUL_MANAGEMENT_TOKEN", "p:CFPAT-|u:43"),
    ("sanity_api_write_token", "SANITY_WRITE_TOKEN", "p:sk|a:180"),
    ("meilisearch_master_key", "MEILI_MASTER_KEY", "u:32"),
    ("typesense_admin_api_key", "TYPESENSE_API_KEY", "a:32"),
    ("ifttt_webhooks_key", "IFTTT_KEY", "u:22"),
    ("pinecone_api_key", "PINECONE_API_KEY", "p:pcsk_|a:5|p:_|a:60"),
]

STYLES = [
    ("plugin_repo_dotenv_line", "# .env for the plugin build\nCMAKE_BUILD_TYPE=Release\n{K}={V}\n"),
    ("podcast_host_settings_yaml", "podcast:\n  slug: night-shift-audio\n  integrations:\n    {k}: \"{V}\"\n"),
    ("radio_automation_json_secret", '{{\n  "station": "kxmp",\n  "{k}": "{V}"\n}}\n'),
    ("daw_script_lua_constant", "-- ReaScript helper\nlocal {k} = \"{V}\"\nreaper.ShowConsoleMsg(\"loaded\\n\")\n"),
    ("stream_deck_plugin_manifest_env", '{{\n  "Name": "Scene Cue",\n  "Env": {{"{K}": "{V}"}},\n  "SDKVersion": 2\n}}\n'),
    ("producer_discord_paste", "**#dev-help** ok here is what I put in the config, still 403:\n```\n{K}={V}\n```\n"),
    ("mastering_service_fly_toml", "[env]\n  LOG_LEVEL = \"info\"\n  {K} = \"{V}\"\n"),
    ("audio_lambda_env_json", '{{"Variables": {{"{K}": "{V}", "REGION": "eu-west-1"}}}}\n'),
    ("netlify_podcast_site_toml", '[build]\n  command = "npm run build"\n[build.environment]\n  {K} = "{V}"\n'),
    ("transcoder_worker_python_settings", "class Settings:\n    sample_rate = 48000\n    {k} = \"{V}\"\n"),
    ("station_ops_runbook_table_row", "| service | variable | value |\n|---|---|---|\n| prod | {K} | {V} |\n"),
    ("plugin_installer_traceback_paste", 'Traceback (most recent call last):\n  File "activate.py", line 41, in <module>\n    client = Client({k}="{V}")\nPermissionError: 403 Forbidden\n'),
]

_PAY = {"se": {"citadel": True, "channel": "", "role": "owner"}, "sl": {"token": "", "read_only": False},
        "sc": {"sub": "", "scope": "api"}, "cy": {"type": "AccessToken", "sub": ""},
        "vg": {"aud": "api.voicegain.ai", "sub": ""}, "ls": {"aud": "1", "jti": ""},
        "cx": {"scope": ["license:read", "license:write"], "sub": ""}, "bm": {"aud": "bmc", "jti": ""}}


def _jwt(g, tag):
    p = dict(_PAY[tag])
    for k in p:
        if p[k] == "":
            p[k] = g.s(HEXL, 24)
    p["iat"] = 1760000000 + g.r.randint(0, 9999999)
    return jwt(g, {"alg": "HS256", "typ": "JWT"}, p)


def make(g, spec):
    if spec == "pw":
        return g.password()
    def f():
        if spec.startswith("jwt:"):
            return _jwt(g, spec[4:])
        if spec == "uuidbunny":
            return g.uuid() + "-" + g.s(HEXL, 4) + "-" + g.s(HEXL, 4)
        out = ""
        for tok in spec.split("|"):
            if tok == "uuid":
                out += g.uuid()
            elif tok.startswith("p:"):
                out += tok[2:]
            else:
                c, n = tok.split(":")
                out += g.s(CH[c], int(n))
        return out
    return g.uniq(f)


def generate(rng, used):
    g = Gen(rng, used)
    recs = []
    for i, (t, env, spec) in enumerate(VENDORS):
        style, tpl = STYLES[i % len(STYLES)]
        v = make(g, spec)
        text = tpl.replace("{K}", env).replace("{k}", env.lower()).replace("{V}", M).replace("{{", "{").replace("}}", "}")
        s = text.index(M)
        text = text.replace(M, v)
        recs.append({"type": t, "container": f"{t}__{style}", "text": text,
                     "secrets": [{"value": v, "start": s, "end": s + len(v), "type": t}], "source": "vendor"})
    return recs
