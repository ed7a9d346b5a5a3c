"""Vendor token types: one record each, API-world styles cycled."""
import random, json, base64
from common92 import *

def A(n, a=ALNUM): return lambda r: rs(r, n, a)
def P(pre, n, a=ALNUM, post=""): return lambda r: pre + rs(r, n, a) + post
def U(): return lambda r: uuid4(r)

def glc(r):
    doc = {"o": str(r.randint(100000, 999999)), "n": "k6-ci-" + rs(r, 4, LOWER_ALNUM), "k": rs(r, 24), "m": {"r": "prod-eu-west-2"}}
    return "glc_" + base64.b64encode(json.dumps(doc, separators=(",", ":")).encode()).decode()

def ops(r):
    doc = {"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000, "salt": rs(r, 22, B64URL)}, "email": rs(r, 12, LOWER_ALNUM) + "@1passwordserviceaccounts.com", "srpX": rs(r, 64, HEX), "muk": {"alg": "A256GCM", "ext": True, "k": rs(r, 43, B64URL), "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + rs(r, 6, UPPER_ALNUM) + "-" + rs(r, 6, UPPER_ALNUM), "throttleSecret": {"seed": rs(r, 64, HEX), "deviceUuid": rs(r, 26, LOWER_ALNUM)}, "deviceUuid": rs(r, 26, LOWER_ALNUM)}
    return "ops_" + base64.b64encode(json.dumps(doc, separators=(",", ":")).encode()).decode()

def sntrys(r):
    doc = {"iat": 1760000000 + r.randint(0, 9999999) + r.randint(0, 999999) / 1e6, "url": "https://sentry.io", "region_url": "https://us.sentry.io", "org": "acme-api"}
    return "sntrys_" + base64.b64encode(json.dumps(doc, separators=(",", ":")).encode()).decode().rstrip("=") + "_" + rs(r, 43, B64URL)

def intercom(r):
    return "dG9rOj" + base64.b64encode(("tok:" + uuid4(r) + ":1:0").encode()).decode()[6:]

TYPES = [
 ("postman_collection_access_key", "POSTMAN_COLLECTION_KEY", P("PMAT-", 26, UPPER_ALNUM)),
 ("kong_konnect_personal_access_token", "KONNECT_TOKEN", P("kpat_", 49)),
 ("kong_konnect_system_account_token", "KONNECT_SPAT", P("spat_", 49)),
 ("rapidapi_application_key", "X_RAPIDAPI_KEY", lambda r: rs(r, 10, LOWER_ALNUM) + "msh" + rs(r, 14, LOWER_ALNUM) + "p1" + rs(r, 6, LOWER_ALNUM) + "jsn" + rs(r, 12, LOWER_ALNUM)),
 ("readme_io_project_api_key", "README_API_KEY", P("rdme_", 70, LOWER_ALNUM)),
 ("swaggerhub_user_api_key", "SWAGGERHUB_API_KEY", U()),
 ("grafana_k6_cloud_api_token", "K6_CLOUD_TOKEN", A(64, HEX)),
 ("grafana_cloud_access_policy_token", "GRAFANA_CLOUD_TOKEN", glc),
 ("grafana_service_account_token", "GRAFANA_SA_TOKEN", lambda r: "glsa_" + rs(r, 32) + "_" + rs(r, 8, HEX)),
 ("svix_endpoint_signing_secret", "SVIX_WEBHOOK_SECRET", lambda r: "whsec_" + base64.b64encode(bytes(r.randrange(256) for _ in range(24))).decode()),
 ("openai_admin_api_key", "OPENAI_ADMIN_KEY", lambda r: "sk-admin-" + rs(r, 58, B64URL) + "T3BlbkFJ" + rs(r, 58, B64URL)),
 ("xai_grok_api_key", "XAI_API_KEY", P("xai-", 80)),
 ("deepseek_platform_api_key", "DEEPSEEK_API_KEY", P("sk-", 32, HEX)),
 ("together_ai_api_key", "TOGETHER_API_KEY", A(64, HEX)),
 ("openrouter_api_key", "OPENROUTER_API_KEY", P("sk-or-v1-", 64, HEX)),
 ("voyage_ai_api_key", "VOYAGE_API_KEY", P("pa-", 43, B64URL)),
 ("deepgram_api_key", "DEEPGRAM_API_KEY", A(40, HEX)),
 ("assemblyai_api_key", "ASSEMBLYAI_API_KEY", A(32, HEX)),
 ("elevenlabs_api_key", "ELEVENLABS_API_KEY", P("sk_", 48, HEX)),
 ("pinecone_api_key", "PINECONE_API_KEY", lambda r: "pcsk_" + rs(r, 5) + "_" + rs(r, 58)),
 ("langsmith_personal_api_key", "LANGSMITH_API_KEY", lambda r: "lsv2_pt_" + rs(r, 32, HEX) + "_" + rs(r, 10, HEX)),
 ("wandb_api_key", "WANDB_API_KEY", A(40, HEX)),
 ("cloudflare_api_token", "CLOUDFLARE_API_TOKEN", A(40, B64URL)),
 ("cloudflare_global_api_key", "CF_API_KEY", A(37, HEX)),
 ("akamai_edgegrid_client_secret", "AKAMAI_CLIENT_SECRET", lambda r: base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()),
 ("vercel_access_token", "VERCEL_TOKEN", A(24)),
 ("supabase_service_role_jwt", "SUPABASE_SERVICE_ROLE_KEY", lambda r: jwt(r, {"iss": "supabase", "ref": rs(r, 20, string.ascii_lowercase), "role": "service_role", "iat": 1700000000 + r.randint(0, 9999999), "exp": 2000000000 + r.randint(0, 99999999)})),
 ("supabase_management_access_token", "SUPABASE_ACCESS_TOKEN", P("sbp_", 40, HEX)),
 ("planetscale_service_token", "PLANETSCALE_SERVICE_TOKEN", P("pscale_tkn_", 43, B64URL)),
 ("planetscale_database_password", "DATABASE_PASSWORD", P("pscale_pw_", 43, B64URL)),
 ("neon_api_key", "NEON_API_KEY", P("napi_", 64, LOWER_ALNUM)),
 ("turso_database_auth_token", "TURSO_AUTH_TOKEN", lambda r: jwt(r, {"a": "rw", "iat": 1760000000 + r.randint(0, 9999999), "id": uuid4(r)}, "EdDSA")),
 ("fly_io_org_deploy_token", "FLY_API_TOKEN", lambda r: "FlyV1 fm2_" + rs(r, 180, B64)),
 ("render_api_key", "RENDER_API_KEY", P("rnd_", 32)),
 ("railway_account_token", "RAILWAY_TOKEN", U()),
 ("heroku_platform_api_key", "HEROKU_API_KEY", P("HRKU-AA", 58, B64URL)),
 ("digitalocean_personal_access_token", "DIGITALOCEAN_TOKEN", P("dop_v1_", 64, HEX)),
 ("linode_personal_access_token", "LINODE_TOKEN", A(64, HEX)),
 ("vultr_api_key", "VULTR_API_KEY", A(36, UPPER_ALNUM)),
 ("hetzner_cloud_api_token", "HCLOUD_TOKEN", A(64)),
 ("doppler_service_token", "DOPPLER_TOKEN", lambda r: "dp.st.stg." + rs(r, 40)),
 ("infisical_universal_auth_client_secret", "INFISICAL_CLIENT_SECRET", A(64, HEX)),
 ("onepassword_service_account_token", "OP_SERVICE_ACCOUNT_TOKEN", ops),
 ("bitwarden_secrets_manager_access_token", "BWS_ACCESS_TOKEN", lambda r: "0." + uuid4(r) + "." + rs(r, 30) + ":" + rs(r, 22, B64) + "=="),
 ("hashicorp_vault_service_token", "VAULT_TOKEN", P("hvs.CAESI", 86, B64URL)),
 ("hashicorp_vault_batch_token", "VAULT_BATCH_TOKEN", P("hvb.AAAAAQ", 120, B64URL)),
 ("sentry_user_auth_token", "SENTRY_USER_TOKEN", P("sntryu_", 64, HEX)),
 ("sentry_org_auth_token", "SENTRY_AUTH_TOKEN", sntrys),
 ("datadog_api_key", "DD_API_KEY", A(32, HEX)),
 ("datadog_application_key", "DD_APP_KEY", A(40, HEX)),
 ("new_relic_user_api_key", "NEW_RELIC_API_KEY", P("NRAK-", 27, UPPER_ALNUM)),
 ("new_relic_ingest_license_key", "NEW_RELIC_LICENSE_KEY", lambda r: rs(r, 36, HEX) + "NRAL"),
 ("honeycomb_configuration_key", "HONEYCOMB_API_KEY", A(22)),
 ("rollbar_project_access_token", "ROLLBAR_ACCESS_TOKEN", A(32, HEX)),
 ("pagerduty_rest_api_key", "PAGERDUTY_TOKEN", P("u+", 18, B64URL)),
 ("splunk_hec_token", "SPLUNK_HEC_TOKEN", U()),
 ("better_stack_source_token", "LOGTAIL_SOURCE_TOKEN", A(24)),
 ("mailgun_private_api_key", "MAILGUN_API_KEY", lambda r: rs(r, 32, HEX) + "-" + rs(r, 8, HEX) + "-" + rs(r, 8, HEX)),
 ("mailersend_api_token", "MAILERSEND_API_TOKEN", P("mlsn.", 64, HEX)),
 ("resend_api_key", "RESEND_API_KEY", lambda r: "re_" + rs(r, 8) + "_" + rs(r, 24)),
 ("brevo_smtp_api_key", "BREVO_API_KEY", lambda r: "xkeysib-" + rs(r, 64, HEX) + "-" + rs(r, 16)),
 ("twilio_account_auth_token", "TWILIO_AUTH_TOKEN", A(32, HEX)),
 ("vonage_api_secret", "VONAGE_API_SECRET", A(16)),
 ("plaid_client_secret", "PLAID_SECRET", A(30, HEX)),
 ("square_production_access_token", "SQUARE_ACCESS_TOKEN", P("EAAA", 60, B64URL)),
 ("braintree_production_access_token", "BRAINTREE_ACCESS_TOKEN", lambda r: "access_token$production$" + rs(r, 16, LOWER_ALNUM) + "$" + rs(r, 32, HEX)),
 ("razorpay_key_secret", "RAZORPAY_KEY_SECRET", A(24)),
 ("paddle_billing_api_key", "PADDLE_API_KEY", lambda r: "pdl_live_apikey_" + rs(r, 26, LOWER_ALNUM) + "_" + rs(r, 26) + "_" + rs(r, 3)),
 ("shippo_live_api_token", "SHIPPO_API_TOKEN", P("shippo_live_", 40, HEX)),
 ("easypost_production_api_key", "EASYPOST_API_KEY", P("EZAK", 54, HEX)),
 ("intercom_access_token", "INTERCOM_TOKEN", intercom),
 ("freshdesk_agent_api_key", "FRESHDESK_API_KEY", A(20)),
 ("clickup_personal_api_token", "CLICKUP_TOKEN", lambda r: "pk_%d_" % r.randint(10**7, 10**8) + rs(r, 32, UPPER_ALNUM)),
 ("monday_com_api_token", "MONDAY_API_TOKEN", lambda r: jwt(r, {"tid": r.randint(10**8, 10**9), "aai": 11, "uid": r.randint(10**7, 10**8), "iad": "2025-10-0%dT09:12:44.000Z" % r.randint(1, 9), "per": "me:write", "actid": r.randint(10**6, 10**7), "rgn": "euc1"})),
 ("trello_api_token", "TRELLO_TOKEN", P("ATTA", 64, HEX, "")),
 ("calendly_personal_access_token", "CALENDLY_TOKEN", lambda r: jwt(r, {"iss": "https://auth.calendly.com", "iat": 1760000000 + r.randint(0, 9999999), "jti": uuid4(r), "user_uuid": uuid4(r)}, "HS256")),
 ("box_developer_token", "BOX_DEVELOPER_TOKEN", A(32)),
 ("github_oauth_user_access_token", "GH_OAUTH_TOKEN", lambda r: gh_token(r, "gho_")),
 ("github_app_refresh_token", "GH_REFRESH_TOKEN", lambda r: "ghr_" + rs(r, 76)),
 ("gitlab_runner_authentication_token", "RUNNER_TOKEN", lambda r: "glrt-" + rs(r, 20, B64URL)),
 ("gitlab_feed_token", "GITLAB_FEED_TOKEN", lambda r: "glft-" + rs(r, 20, B64URL)),
 ("smartsheet_api_access_token", "SMARTSHEET_ACCESS_TOKEN", A(37)),
 ("okta_management_api_token", "OKTA_API_TOKEN", P("00", 40, B64URL)),
 ("auth0_application_client_secret", "AUTH0_CLIENT_SECRET", A(64, B64URL)),
 ("clerk_backend_secret_key", "CLERK_SECRET_KEY", P("sk_live_", 42)),
 ("stytch_project_secret", "STYTCH_SECRET", P("secret-live-", 36, B64URL)),
 ("firebase_fcm_legacy_server_key", "FCM_SERVER_KEY", lambda r: "AAAA" + rs(r, 7) + ":APA91b" + rs(r, 134, B64URL)),
 ("expo_robot_access_token", "EXPO_TOKEN", A(40, B64URL)),
 ("typesense_admin_api_key", "TYPESENSE_API_KEY", A(32)),
 ("meilisearch_master_key", "MEILI_MASTER_KEY", A(44, B64URL)),
 ("mux_token_secret", "MUX_TOKEN_SECRET", A(75, B64)),
 ("contentstack_management_token", "CONTENTSTACK_MANAGEMENT_TOKEN", P("cs", 32, HEX)),
 ("sanity_robot_api_token", "SANITY_API_TOKEN", P("sk", 180)),
 ("bigcommerce_api_access_token", "BIGCOMMERCE_ACCESS_TOKEN", A(31, LOWER_ALNUM)),
 ("woocommerce_consumer_secret", "WC_CONSUMER_SECRET", P("cs_", 40, HEX)),
 ("salesforce_session_access_token", "SF_ACCESS_TOKEN", lambda r: "00D" + rs(r, 12) + "!" + rs(r, 96, ALNUM + "._")),
 ("zapier_catch_hook_url", "ZAPIER_HOOK_URL", lambda r: "https://hooks.zapier.com/hooks/catch/%d/%s/" % (r.randint(10**6, 10**8), rs(r, 7, LOWER_ALNUM))),
 ("mattermost_personal_access_token", "MM_TOKEN", A(26, LOWER_ALNUM)),
 ("coda_api_token", "CODA_API_TOKEN", U()),
 ("openweathermap_api_key", "OWM_API_KEY", A(32, HEX)),
 ("here_platform_api_key", "HERE_API_KEY", A(43, B64URL)),
 ("tomtom_maps_api_key", "TOMTOM_API_KEY", A(32)),
 ("ipinfo_access_token", "IPINFO_TOKEN", A(14, HEX)),
 ("alchemy_api_key", "ALCHEMY_API_KEY", A(32, B64URL)),
 ("infura_api_key_secret", "INFURA_API_KEY_SECRET", A(32, HEX)),
 ("etherscan_api_key", "ETHERSCAN_API_KEY", A(34, UPPER_ALNUM)),
 ("binance_api_secret", "BINANCE_API_SECRET", A(64)),
 ("kraken_private_api_key", "KRAKEN_PRIVATE_KEY", lambda r: base64.b64encode(bytes(r.randrange(256) for _ in range(64))).decode()),
 ("azure_openai_resource_key", "AZURE_OPENAI_API_KEY", A(32, HEX)),
 ("azure_storage_account_key", "AZURE_STORAGE_KEY", lambda r: base64.b64encode(bytes(r.randrange(256) for _ in range(64))).decode()),
 ("aws_bedrock_long_term_api_key", "AWS_BEARER_TOKEN_BEDROCK", lambda r: "ABSK" + base64.b64encode(("BedrockAPIKey-" + rs(r, 4, LOWER_ALNUM) + "-at-" + str(r.randint(10**11, 10**12)) + ":" + rs(r, 40, B64)).encode()).decode()),
 ("confluent_cloud_api_secret", "CONFLUENT_API_SECRET", A(64, B64)),
 ("statsig_server_secret_key", "STATSIG_SERVER_SECRET", P("secret-", 43)),
 ("flagsmith_server_side_key", "FLAGSMITH_SERVER_KEY", P("ser.", 22)),
 ("unleash_admin_api_token", "UNLEASH_API_TOKEN", P("*:*.", 64, HEX)),
 ("segment_source_write_key", "SEGMENT_WRITE_KEY", A(32)),
 ("amplitude_secret_key", "AMPLITUDE_SECRET_KEY", A(32, HEX)),
 ("pubnub_secret_key", "PUBNUB_SECRET_KEY", lambda r: "sec-c-" + base64.b64encode(bytes(r.randrange(256) for _ in range(36))).decode()),
 ("stream_chat_api_secret", "STREAM_API_SECRET", A(64, LOWER_ALNUM)),
 ("agora_app_certificate", "AGORA_APP_CERTIFICATE", A(32, HEX)),
 ("daily_co_api_key", "DAILY_API_KEY", A(64, HEX)),
 ("livekit_api_secret", "LIVEKIT_API_SECRET", A(43)),
 ("browserstack_access_key", "BROWSERSTACK_ACCESS_KEY", A(20)),
 ("saucelabs_access_key", "SAUCE_ACCESS_KEY", U()),
 ("apify_api_token", "APIFY_TOKEN", P("apify_api_", 36)),
 ("serpapi_private_key", "SERPAPI_KEY", A(64, HEX)),
 ("firecrawl_api_key", "FIRECRAWL_API_KEY", P("fc-", 32, HEX)),
 ("tavily_search_api_key", "TAVILY_API_KEY", P("tvly-dev-", 32)),
 ("cerebras_inference_api_key", "CEREBRAS_API_KEY", P("csk-", 48, LOWER_ALNUM)),
 ("nvidia_nim_api_key", "NVIDIA_API_KEY", P("nvapi-", 64, B64URL)),
 ("langfuse_secret_key", "LANGFUSE_SECRET_KEY", lambda r: "sk-lf-" + uuid4(r)),
]

STYLES = {
 "postman_env_values_secret_entry": '{"key": "«K»", "value": "«V»", "type": "secret", "enabled": true}',
 "insomnia_sub_environment_data": '"data": {\n  "«K»": "«V»",\n  "region": "eu"\n}',
 "bruno_env_file_vars_line": 'vars {\n  host: https://«h»\n  «K»: «V»\n}',
 "http_file_at_variable_declaration": '@«K» = «V»\nGET https://«h»/v1/ping\nAccept: application/json',
 "jetbrains_http_client_private_env_entry": '{"prod": {"«K»": "«V»"}}',
 "httpie_cli_env_prefixed_call": '$ «K»=«V» http --check-status GET https://«h»/v1/status',
 "curl_env_export_then_call": '$ export «K»=«V»\n$ curl -sS https://«h»/v1/status',
 "k6_options_env_block": "export const options = { vus: 10 };\nconst «K» = __ENV.«K» ?? '«V»';",
 "artillery_dotenv_for_processor": '# .env loaded with --dotenv\nTARGET=https://«h»\n«K»=«V»',
 "openapi_server_variable_default": 'servers:\n  - url: https://«h»\n    variables:\n      «K»:\n        default: «V»',
 "mock_server_docker_run_env": 'docker run --rm -p 4010:4010 -e «K»=«V» stoplight/prism mock /spec/openapi.yaml',
 "api_pairing_chat_snippet": '«u»: use «K»=«V» for the replay, it is scoped to sandbox only',
}


def build(reg, seed=9202):
    rng = random.Random(seed)
    styles = list(STYLES)
    recs = []
    for i, (t, env, gen) in enumerate(TYPES):
        st = styles[i % len(styles)]
        val = reg.take(lambda: gen(rng))
        text, s = fill(STYLES[st], val, {"K": env, "h": rng.choice(HOSTS), "u": rng.choice(USERS)})
        recs.append(dict(type=t, container=t + "__" + st, text=text,
                         secrets=[dict(value=val, start=s, end=s + len(val), type=t)], source="vendor"))
    return recs
