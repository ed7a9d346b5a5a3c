import random, json, base64
from common101 import *


def _sntrys(r):
    body = base64.b64encode(json.dumps({"iat": r.randint(1.6e9, 1.8e9), "url": "https://sentry.io",
                                         "region_url": "https://de.sentry.io", "org": "emberlands"},
                                        separators=(",", ":")).encode()).decode().rstrip("=")
    return "sntrys_" + body + "_" + rs(r, B64, 43)


def _cloudflared(r):
    doc = json.dumps({"a": hexs(r, 32), "t": uuid4(r), "s": base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()},
                     separators=(",", ":"))
    return base64.b64encode(doc.encode()).decode()


def _mc_jwt(r):
    return jwt(r, {"kid": "ac84a6", "alg": "RS256"},
               {"xuid": str(r.randint(2535400000000000, 2535499999999999)), "agg": "Adult", "sub": uuid4(r),
                "auth": "XBOX", "ns": "default", "roles": [], "iss": "authentication",
                "platform": "PC_LAUNCHER", "exp": r.randint(1.7e9, 1.8e9)}, 342)


def _steam_cookie(r):
    sid = "7656119" + str(r.randint(10 ** 9, 10 ** 10 - 1))
    return sid + "%7C%7C" + jwt(r, {"typ": "JWT", "alg": "EdDSA"},
                                 {"iss": "r:" + hexs(r, 16, True), "sub": sid, "aud": ["web", "renew"],
                                  "exp": r.randint(1.7e9, 1.8e9), "ip_subject": "203.0.113.7"}, 86)


def _supabase_jwt(r):
    return jwt(r, {"alg": "HS256", "typ": "JWT"}, {"iss": "supabase", "ref": rs(r, "abcdefghijklmnopqrst", 20),
                                                   "role": "service_role", "iat": r.randint(1.6e9, 1.7e9),
                                                   "exp": r.randint(1.9e9, 2.0e9)}, 43)


def _topgg(r):
    return jwt(r, {"alg": "HS256", "typ": "JWT"}, {"id": str(r.randint(10 ** 17, 10 ** 18 - 1)), "bot": True,
                                                   "iat": r.randint(1.6e9, 1.7e9)}, 43)


def _streamlabs(r):
    return jwt(r, {"typ": "JWT", "alg": "HS256"}, {"token": hexs(r, 20, True), "read_only": True,
                                                   "prevent_master": True, "youtube_id": "UC" + rs(r, B64URL, 22)}, 43)


def _crafty(r):
    return jwt(r, {"alg": "HS256", "typ": "JWT"}, {"user_id": r.randint(1, 9), "iat": r.randint(1.6e9, 1.7e9),
                                                   "token_id": r.randint(1, 50)}, 43)


def _roblox(r):
    inner = base64.b64encode(json.dumps({"baseApiKey": rs(r, ALNUM, 40), "ownerId": str(r.randint(10 ** 8, 10 ** 9)),
                                         "exp": r.randint(1.7e9, 1.8e9)}, separators=(",", ":")).encode()).decode()
    return inner


def _ghr(r):
    return "ghr_" + rs(r, ALNUM, 76)


V = [
    ("pterodactyl_wings_node_token", "token", lambda r: rs(r, ALNUM, 64)),
    ("pterodactyl_wings_node_token_id", "token_id", lambda r: rs(r, ALNUM, 16)),
    ("hangar_papermc_api_key_pair", "HANGAR_API_KEY", lambda r: uuid4(r) + "." + uuid4(r)),
    ("steam_community_login_secure_cookie", "steamLoginSecure", _steam_cookie),
    ("twitch_eventsub_callback_secret", "TWITCH_EVENTSUB_SECRET", lambda r: rs(r, ALNUM, 40)),
    ("patreon_creator_access_token", "PATREON_CREATOR_TOKEN", lambda r: rs(r, B64URL, 43)),
    ("kofi_webhook_verification_token", "KOFI_VERIFICATION_TOKEN", uuid4),
    ("nitrado_long_life_token", "NITRADO_TOKEN", lambda r: rs(r, ALNUM, 96)),
    ("hetzner_cloud_project_api_token", "HCLOUD_TOKEN", lambda r: rs(r, ALNUM, 64)),
    ("vultr_account_api_key", "VULTR_API_KEY", lambda r: rs(r, string.ascii_uppercase + string.digits, 36)),
    ("linode_personal_token_hex64", "LINODE_TOKEN", lambda r: hexs(r, 64)),
    ("digitalocean_pat_dop_v1", "DIGITALOCEAN_TOKEN", lambda r: "dop_v1_" + hexs(r, 64)),
    ("cloudflare_scoped_api_token", "CLOUDFLARE_API_TOKEN", lambda r: rs(r, B64URL, 40)),
    ("cloudflare_global_api_key_hex37", "CF_GLOBAL_KEY", lambda r: hexs(r, 37)),
    ("cloudflared_tunnel_run_token", "TUNNEL_TOKEN", _cloudflared),
    ("backblaze_b2_application_key_k0", "B2_APPLICATION_KEY", lambda r: "K005" + rs(r, ALNUM + "+/", 27)),
    ("sentry_org_auth_token_sntrys", "SENTRY_AUTH_TOKEN", _sntrys),
    ("sentry_user_auth_token_sntryu", "SENTRY_USER_TOKEN", lambda r: "sntryu_" + hexs(r, 64)),
    ("github_user_to_server_ghu", "GH_APP_USER_TOKEN", lambda r: gh_token(r, "ghu_")),
    ("github_app_refresh_token_ghr", "GH_APP_REFRESH_TOKEN", _ghr),
    ("gitlab_runner_auth_token_glrt", "CI_RUNNER_TOKEN", lambda r: "glrt-" + rs(r, B64URL, 20)),
    ("gitlab_feed_token_glft", "GITLAB_FEED_TOKEN", lambda r: "glft-" + rs(r, B64URL, 20)),
    ("bitbucket_app_password_atbb", "BITBUCKET_APP_PASSWORD", lambda r: "ATBB" + rs(r, ALNUM, 32)),
    ("atlassian_cloud_api_token_atatt", "ATLASSIAN_API_TOKEN", lambda r: "ATATT3xFfGF0" + rs(r, B64URL, 170) + "=" + hexs(r, 8, True)),
    ("npm_granular_publish_token", "NPM_TOKEN", lambda r: "npm_" + rs(r, ALNUM, 36)),
    ("pypi_project_upload_token", "TWINE_PASSWORD", lambda r: "pypi-AgEIcHlwaS5vcmc" + rs(r, B64URL, 150)),
    ("dockerhub_personal_token_dckr_pat", "DOCKERHUB_TOKEN", lambda r: "dckr_pat_" + rs(r, B64URL, 27)),
    ("gradle_plugin_portal_publish_secret", "GRADLE_PUBLISH_SECRET", lambda r: rs(r, ALNUM, 32)),
    ("openai_admin_key_sk_admin", "OPENAI_ADMIN_KEY", lambda r: "sk-admin-" + rs(r, B64URL, 58) + "T3BlbkFJ" + rs(r, B64URL, 58)),
    ("anthropic_admin_key_admin01", "ANTHROPIC_ADMIN_KEY", lambda r: "sk-ant-admin01-" + rs(r, B64URL, 93) + "AA"),
    ("groq_cloud_api_key_gsk", "GROQ_API_KEY", lambda r: "gsk_" + rs(r, ALNUM, 52)),
    ("mistral_platform_api_key", "MISTRAL_API_KEY", lambda r: rs(r, ALNUM, 32)),
    ("cohere_production_api_key", "CO_API_KEY", lambda r: rs(r, ALNUM, 40)),
    ("huggingface_user_access_token_hf", "HF_TOKEN", lambda r: "hf_" + rs(r, string.ascii_letters, 34)),
    ("replicate_api_token_r8", "REPLICATE_API_TOKEN", lambda r: "r8_" + rs(r, ALNUM, 37)),
    ("elevenlabs_voice_api_key_sk", "ELEVENLABS_API_KEY", lambda r: "sk_" + hexs(r, 48)),
    ("deepl_free_auth_key_fx", "DEEPL_AUTH_KEY", lambda r: uuid4(r) + ":fx"),
    ("perplexity_api_key_pplx", "PPLX_API_KEY", lambda r: "pplx-" + rs(r, ALNUM, 48)),
    ("vonage_api_secret_16", "VONAGE_API_SECRET", lambda r: rs(r, ALNUM, 16)),
    ("sendgrid_mail_send_key_sg", "SENDGRID_API_KEY", lambda r: "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43)),
    ("postmark_server_api_token", "POSTMARK_SERVER_TOKEN", uuid4),
    ("paypal_rest_app_client_secret", "PAYPAL_CLIENT_SECRET", lambda r: "E" + rs(r, B64URL, 79)),
    ("stripe_webhook_signing_whsec", "STRIPE_WEBHOOK_SECRET", lambda r: "whsec_" + rs(r, ALNUM, 32)),
    ("xsolla_merchant_api_key", "XSOLLA_API_KEY", lambda r: hexs(r, 40)),
    ("epic_online_services_client_secret", "EOS_CLIENT_SECRET", lambda r: rs(r, B64URL, 43)),
    ("playfab_title_developer_secret", "PLAYFAB_SECRET_KEY", lambda r: rs(r, string.ascii_uppercase + string.digits, 52)),
    ("unity_cloud_build_api_key", "UCB_API_KEY", lambda r: hexs(r, 32)),
    ("itch_io_butler_api_key", "BUTLER_API_KEY", lambda r: rs(r, ALNUM, 40)),
    ("roblox_open_cloud_api_key", "ROBLOX_OPEN_CLOUD_KEY", _roblox),
    ("battlenet_oauth_client_secret", "BNET_CLIENT_SECRET", lambda r: rs(r, ALNUM, 32)),
    ("riot_games_developer_key_rgapi", "RIOT_API_KEY", lambda r: "RGAPI-" + uuid4(r)),
    ("faceit_server_side_api_key", "FACEIT_API_KEY", uuid4),
    ("challonge_v1_api_key", "CHALLONGE_API_KEY", lambda r: rs(r, ALNUM, 40)),
    ("startgg_developer_token", "STARTGG_TOKEN", lambda r: hexs(r, 32)),
    ("topgg_bot_webhook_jwt", "TOPGG_TOKEN", _topgg),
    ("streamlabs_socket_api_jwt", "STREAMLABS_SOCKET_TOKEN", _streamlabs),
    ("crowdin_personal_token_hex80", "CROWDIN_PERSONAL_TOKEN", lambda r: hexs(r, 80)),
    ("transifex_api_token_slash", "TX_TOKEN", lambda r: "1/" + hexs(r, 40)),
    ("weblate_user_key_wlu", "WEBLATE_API_KEY", lambda r: "wlu_" + rs(r, ALNUM, 40)),
    ("bugsnag_integration_api_key", "BUGSNAG_API_KEY", lambda r: hexs(r, 32)),
    ("rollbar_post_server_item_token", "ROLLBAR_ACCESS_TOKEN", lambda r: hexs(r, 32)),
    ("betterstack_logs_source_token", "LOGTAIL_SOURCE_TOKEN", lambda r: rs(r, ALNUM, 24)),
    ("grafana_cloud_access_policy_glc", "GRAFANA_CLOUD_TOKEN", lambda r: "glc_" + base64.b64encode(json.dumps({"o": str(r.randint(10 ** 5, 10 ** 6)), "n": "mc-metrics", "k": rs(r, ALNUM, 24), "m": {"r": "prod-eu-west-2"}}, separators=(",", ":")).encode()).decode()),
    ("grafana_service_account_glsa", "GRAFANA_SA_TOKEN", lambda r: "glsa_" + rs(r, ALNUM, 32) + "_" + hexs(r, 8)),
    ("pufferpanel_oauth_client_secret", "PUFFER_CLIENT_SECRET", lambda r: rs(r, ALNUM, 48)),
    ("crafty_controller_api_jwt", "CRAFTY_API_TOKEN", _crafty),
    ("mcsmanager_user_apikey_hex32", "MCSM_APIKEY", lambda r: hexs(r, 32)),
    ("mineskin_api_key_hex64", "MINESKIN_API_KEY", lambda r: hexs(r, 64)),
    ("hypixel_developer_api_key", "HYPIXEL_API_KEY", uuid4),
    ("tailscale_admin_api_key", "TS_API_KEY", lambda r: "tskey-api-" + rs(r, ALNUM, 17) + "-" + rs(r, ALNUM, 33)),
    ("netbird_reusable_setup_key", "NB_SETUP_KEY", lambda r: uuid4(r).upper()),
    ("vercel_account_token_24", "VERCEL_TOKEN", lambda r: rs(r, ALNUM, 24)),
    ("netlify_personal_token_nfp", "NETLIFY_AUTH_TOKEN", lambda r: "nfp_" + rs(r, ALNUM, 36)),
    ("railway_account_token_uuid", "RAILWAY_TOKEN", uuid4),
    ("flyio_macaroon_deploy_token", "FLY_API_TOKEN", lambda r: "FlyV1 fm2_" + rs(r, B64, 180) + "," + "fm2_" + rs(r, B64, 60)),
    ("supabase_service_role_jwt", "SUPABASE_SERVICE_ROLE_KEY", _supabase_jwt),
    ("supabase_management_pat_sbp", "SUPABASE_ACCESS_TOKEN", lambda r: "sbp_" + hexs(r, 40)),
    ("upstash_redis_rest_token", "UPSTASH_REDIS_REST_TOKEN", lambda r: "A" + rs(r, ALNUM, 3) + "AAIj" + rs(r, B64URL, 56)),
    ("planetscale_service_token_pscale", "PLANETSCALE_SERVICE_TOKEN", lambda r: "pscale_tkn_" + rs(r, B64URL, 43)),
    ("neon_console_api_key_napi", "NEON_API_KEY", lambda r: "napi_" + rs(r, string.ascii_lowercase + string.digits, 64)),
    ("infisical_service_token_st", "INFISICAL_TOKEN", lambda r: "st." + uuid4(r) + "." + hexs(r, 32) + "." + hexs(r, 32)),
    ("hashicorp_vault_service_token_hvs", "VAULT_TOKEN", lambda r: "hvs." + rs(r, B64URL, 90)),
    ("linear_personal_api_key", "LINEAR_API_KEY", lambda r: "lin_api_" + rs(r, ALNUM, 40)),
    ("notion_internal_integration_ntn", "NOTION_TOKEN", lambda r: "ntn_" + rs(r, string.digits, 11) + rs(r, ALNUM, 35)),
    ("trello_user_token_atta", "TRELLO_TOKEN", lambda r: "ATTA" + hexs(r, 64) + hexs(r, 8, True)),
    ("asana_personal_access_token", "ASANA_PAT", lambda r: "2/" + str(r.randint(10 ** 15, 10 ** 16 - 1)) + "/" + str(r.randint(10 ** 15, 10 ** 16 - 1)) + ":" + hexs(r, 32)),
    ("figma_personal_token_figd", "FIGMA_TOKEN", lambda r: "figd_" + rs(r, B64URL, 40)),
    ("shopify_admin_api_token_shpat", "SHOPIFY_ADMIN_TOKEN", lambda r: "shpat_" + hexs(r, 32)),
    ("reddit_script_app_secret", "REDDIT_CLIENT_SECRET", lambda r: rs(r, B64URL, 30)),
    ("bluesky_app_password_quads", "BSKY_APP_PASSWORD", lambda r: "-".join(rs(r, string.ascii_lowercase + string.digits, 4) for _ in range(4))),
    ("mastodon_app_access_token", "MASTODON_ACCESS_TOKEN", lambda r: rs(r, B64URL, 43)),
    ("guilded_bot_auth_token", "GUILDED_TOKEN", lambda r: "gapi_" + rs(r, B64, 86) + "=="),
    ("revolt_bot_session_token", "REVOLT_BOT_TOKEN", lambda r: rs(r, ALNUM, 64)),
    ("minecraft_services_bearer_jwt", "MC_ACCESS_TOKEN", _mc_jwt),
    ("xbox_live_xbl3_authorization", "XBL_AUTH", lambda r: "XBL3.0 x=" + str(r.randint(10 ** 18, 10 ** 19 - 1)) + ";" + rs(r, B64, 300) + "="),
    ("bunnycdn_storage_zone_password", "BUNNY_STORAGE_PASSWORD", lambda r: uuid4(r) + "-" + hexs(r, 4) + "-" + hexs(r, 4)),
    ("cloudinary_product_api_secret", "CLOUDINARY_API_SECRET", lambda r: rs(r, B64URL, 27)),
    ("mailersend_api_token_mlsn", "MAILERSEND_API_KEY", lambda r: "mlsn." + hexs(r, 64)),
    ("pushover_application_token", "PUSHOVER_APP_TOKEN", lambda r: rs(r, string.ascii_lowercase + string.digits, 30)),
    ("ntfy_access_token_tk", "NTFY_TOKEN", lambda r: "tk_" + rs(r, string.ascii_lowercase + string.digits, 29)),
    ("gotify_application_token", "GOTIFY_APP_TOKEN", lambda r: "A" + rs(r, B64URL.replace("-", "."), 14)),
    ("duckdns_account_token", "DUCKDNS_TOKEN", uuid4),
    ("exaroton_account_api_token", "EXAROTON_API_TOKEN", lambda r: rs(r, ALNUM, 64)),
    ("contabo_api_client_secret", "CNTB_OAUTH2_CLIENT_SECRET", lambda r: rs(r, ALNUM, 32)),
    ("sonatype_central_portal_token_secret", "MAVEN_CENTRAL_PASSWORD", lambda r: rs(r, B64, 44)),
    ("packagecloud_api_token_hex48", "PACKAGECLOUD_TOKEN", lambda r: hexs(r, 48)),
    ("develocity_access_key_pair", "DEVELOCITY_ACCESS_KEY", lambda r: "ge.emberlands.example.net=" + rs(r, string.ascii_lowercase + string.digits, 52)),
    ("buildkite_user_api_token_bkua", "BUILDKITE_API_TOKEN", lambda r: "bkua_" + hexs(r, 40)),
    ("google_oauth_refresh_token_1slash", "GOOGLE_REFRESH_TOKEN", lambda r: "1//0" + rs(r, B64URL, 99)),
    ("lastfm_api_shared_secret", "LASTFM_SHARED_SECRET", lambda r: hexs(r, 32)),
    ("pastebin_developer_api_key", "PASTEBIN_DEV_KEY", lambda r: rs(r, B64URL, 32)),
    ("toptal_hastebin_api_token", "HASTEBIN_TOKEN", lambda r: hexs(r, 128)),
    ("thunderstore_service_account_token", "TCLI_AUTH_TOKEN", lambda r: "tss_" + rs(r, ALNUM, 40)),
    ("modio_read_api_key_hex32", "MODIO_API_KEY", lambda r: hexs(r, 32)),
    ("steam_guard_mafile_shared_secret", "shared_secret", lambda r: base64.b64encode(bytes(r.getrandbits(8) for _ in range(20))).decode()),
    ("onesignal_rest_api_key_v2", "ONESIGNAL_REST_API_KEY", lambda r: "os_v2_app_" + rs(r, string.ascii_lowercase + "234567", 113)),
    ("agora_rtc_app_certificate", "AGORA_APP_CERTIFICATE", lambda r: hexs(r, 32)),
    ("gameanalytics_game_secret_key", "GA_SECRET_KEY", lambda r: hexs(r, 40)),
    ("edgegap_api_token_uuid", "EDGEGAP_TOKEN", uuid4),
]

STYLES = {
    "panel_startup_variable_row": "Startup | Variable: {K} | Value: {V} | Editable: yes\n",
    "mod_ci_secret_env_export": "- name: Publish\n  run: ./gradlew publishAll\n  env:\n    {K}: {V}\n",
    "bot_dotenv_line": "# .env for the server bot\nGUILD_ID=802311477011\n{K}={V}\n",
    "game_host_compose_environment": "  sidecar:\n    image: ghcr.io/emberlands/sidecar:2.1\n    environment:\n      - {K}={V}\n",
    "server_wiki_credentials_table_row": "| service | variable | value |\n|---|---|---|\n| ops | {K} | {V} |\n",
    "admin_chat_log_paste": "<blockwarden> what do I put for {K}?\n<valk_admin> {V}\n<blockwarden> thx\n",
    "paper_plugin_secrets_yml": "integrations:\n  {K}: '{V}'\n  retry: 3\n",
    "ansible_vault_decrypted_dump": "# ansible-vault view group_vars/gamehosts/vault.yml\nvault_{K}: {V}\n",
    "launcher_json_settings_entry": "{\"profile\": \"emberlands\", \"settings\": {\"{K}\": \"{V}\"}}\n",
    "bash_exports_rc_line": "# ~/.bashrc on the game box\nexport {K}=\"{V}\"\n",
    "github_issue_stacktrace_paste": "Crash after update, logs below\n```\nCaused by: AuthException: rejected credential {K}={V}\n\tat ember.sync.Client.connect(Client.java:88)\n```\n",
    "powershell_profile_setenv": "[Environment]::SetEnvironmentVariable(\"{K}\", \"{V}\", \"User\")\n",
}


def generate(seed=10102):
    r = random.Random(seed)
    styles = list(STYLES)
    out = []
    for i, (t, k, gen) in enumerate(V):
        st = styles[i % len(styles)]
        v = gen(r)
        text, s, e = fill(STYLES[st], v, K=k)
        out.append((t, t + "__" + st, text, s, e))
    return out
