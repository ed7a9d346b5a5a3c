"""Vendor credential types of the serverless / edge world and beyond, one record each."""
import random, string
from common import *
U, L, D = string.ascii_uppercase, string.ascii_lowercase, string.digits


def J(payload, alg="HS256"):
    return lambda r: jwt(r, {"alg": alg, "typ": "JWT"}, payload(r) if callable(payload) else payload)


V = [
 # Cloudflare
 ("cloudflare_scoped_api_token", lambda r: rs(r, ALNUM + "_-", 40)),
 ("cloudflare_legacy_global_api_key", lambda r: rs(r, HEXL, 37)),
 ("cloudflare_r2_s3_secret_access_key", lambda r: rs(r, HEXL, 64)),
 ("cloudflare_access_service_token_client_secret", lambda r: rs(r, HEXL, 64)),
 ("cloudflare_tunnel_connector_token", lambda r: b64(('{"a":"%s","t":"%s","s":"%s"}' % (rs(r, HEXL, 32), uuid4(r), b64(rand_bytes(r, 32)))).encode())),
 ("cloudflare_turnstile_widget_secret", lambda r: "0x4AAAAAAA" + rs(r, ALNUM + "_-", 24)),
 ("cloudflare_stream_signing_jwk_private", lambda r: b64(rand_bytes(r, 96))),
 ("wrangler_oauth_refresh_token", lambda r: rs(r, ALNUM + "-_", 43) + "." + rs(r, ALNUM + "-_", 43)),
 # Fastly
 ("fastly_automation_token", lambda r: rs(r, ALNUM + "-_", 32)),
 ("fastly_compute_secret_store_entry", lambda r: b64(rand_bytes(r, 24))),
 # Vercel
 ("vercel_account_access_token", lambda r: rs(r, ALNUM, 24)),
 ("vercel_blob_read_write_token", lambda r: "vercel_blob_rw_" + rs(r, ALNUM, 16) + "_" + rs(r, ALNUM, 30)),
 ("vercel_kv_rest_api_token", lambda r: "A" + rs(r, ALNUM, 3) + "A" + rs(r, ALNUM + "-_", 54)),
 ("vercel_edge_config_read_token", lambda r: uuid4(r)),
 ("vercel_deploy_protection_bypass_secret", lambda r: rs(r, ALNUM, 32)),
 ("vercel_cron_secret_header_value", lambda r: rs(r, ALNUM, 32)),
 # Netlify
 ("netlify_personal_access_token_nfp", lambda r: "nfp_" + rs(r, ALNUM, 36) + rs(r, HEXL, 4)),
 ("netlify_identity_jwt_signing_secret", lambda r: rs(r, ALNUM, 40)),
 ("netlify_build_hook_id_secret", lambda r: rs(r, HEXL, 24)),
 # Deno
 ("deno_deploy_access_token_ddp", lambda r: "ddp_" + rs(r, ALNUM, 36)),
 ("deno_deploy_org_token_ddo", lambda r: "ddo_" + rs(r, ALNUM, 36)),
 # AWS
 ("aws_iam_user_access_key_pair_secret", lambda r: rs(r, ALNUM + "+/", 40)),
 ("aws_sts_session_token", lambda r: "IQoJb3JpZ2luX2VjE" + rs(r, ALNUM + "+/", 300)),
 ("aws_lambda_function_url_iam_signing_secret", lambda r: rs(r, ALNUM + "+/", 40)),
 ("aws_cognito_app_client_secret", lambda r: rs(r, L + D, 52)),
 ("aws_api_gateway_usage_plan_key", lambda r: rs(r, ALNUM, 40)),
 ("aws_appsync_api_key_da2", lambda r: "da2-" + rs(r, L + D, 26)),
 # Azure
 ("azure_functions_host_master_key", lambda r: b64(rand_bytes(r, 40))),
 ("azure_function_level_code_param", lambda r: b64u(rand_bytes(r, 40)) + "=="),
 ("azure_storage_account_access_key", lambda r: b64(rand_bytes(r, 64))),
 ("azure_static_web_apps_deployment_token", lambda r: rs(r, HEXL, 64) + "-" + uuid4(r) + "00" + rs(r, HEXL, 8)),
 ("azure_cosmos_db_primary_key", lambda r: b64(rand_bytes(r, 64))),
 ("azure_signalr_access_key", lambda r: b64(rand_bytes(r, 32))),
 ("azure_entra_client_secret_value", lambda r: rs(r, ALNUM, 3) + "8Q~" + rs(r, ALNUM + "_.-~", 34)),
 ("azure_event_grid_topic_key", lambda r: b64(rand_bytes(r, 32))),
 # Google
 ("gcp_api_key_aiza", lambda r: "AIza" + rs(r, ALNUM + "-_", 35)),
 ("google_oauth_client_secret_gocspx", lambda r: "GOCSPX-" + rs(r, ALNUM + "-_", 28)),
 ("gcp_service_account_private_key_id", lambda r: rs(r, HEXL, 40)),
 ("firebase_cloud_messaging_legacy_server_key", lambda r: "AAAA" + rs(r, ALNUM + "-_", 7) + ":APA91b" + rs(r, ALNUM + "-_", 134)),
 # Supabase
 ("supabase_service_role_jwt", J(lambda r: {"iss": "supabase", "ref": rs(r, L, 20), "role": "service_role", "iat": 1719000000, "exp": 2034576000})),
 ("supabase_management_access_token_sbp", lambda r: "sbp_" + rs(r, HEXL, 40)),
 ("supabase_secret_api_key_sb_secret", lambda r: "sb_secret_" + rs(r, ALNUM + "-_", 22) + "_" + rs(r, ALNUM + "-_", 8)),
 ("supabase_project_jwt_secret", lambda r: b64(rand_bytes(r, 48))),
 # Fly
 ("fly_io_macaroon_deploy_token", lambda r: "FlyV1 fm2_" + b64(rand_bytes(r, 180)) + ",fm2_" + b64(rand_bytes(r, 90))),
 ("fly_io_legacy_personal_token_fo1", lambda r: "fo1_" + rs(r, ALNUM + "-_", 43)),
 # Upstash
 ("upstash_redis_rest_token", lambda r: "A" + rs(r, U, 3) + "AAIjcD" + rs(r, ALNUM, 50)),
 ("upstash_qstash_publish_token", lambda r: b64(('{"UserID":"%s","Password":"%s"}' % (uuid4(r), rs(r, HEXL, 32))).encode())),
 ("upstash_qstash_current_signing_key", lambda r: "sig_" + rs(r, ALNUM, 28)),
 ("upstash_management_api_key", lambda r: uuid4(r)),
 ("upstash_vector_rest_token", lambda r: "AB" + rs(r, ALNUM, 6) + "MGJ" + rs(r, ALNUM, 60) + "="),
 # Turso / libSQL
 ("turso_database_auth_token_eddsa", J(lambda r: {"a": "rw", "iat": 1719500000, "id": uuid4(r)}, "EdDSA")),
 ("turso_platform_api_token", J(lambda r: {"iat": 1719500000, "jti": uuid4(r), "sub": rs(r, ALNUM, 22)}, "RS256")),
 ("libsql_server_sqld_jwt_key_ed25519", lambda r: b64u(rand_bytes(r, 32))),
 # PlanetScale
 ("planetscale_service_token_pscale_tkn", lambda r: "pscale_tkn_" + rs(r, ALNUM + "-_", 43)),
 ("planetscale_branch_password_pscale_pw", lambda r: "pscale_pw_" + rs(r, ALNUM + "-_", 43)),
 ("planetscale_oauth_app_secret", lambda r: "pscale_oauth_secret_" + rs(r, ALNUM + "-_", 43)),
 # Neon
 ("neon_console_api_key_napi", lambda r: "napi_" + rs(r, L + D, 64)),
 ("neon_role_generated_password_npg", lambda r: "npg_" + rs(r, ALNUM, 12)),
 # other serverless platforms
 ("render_api_key_rnd", lambda r: "rnd_" + rs(r, ALNUM, 28)),
 ("railway_project_token", lambda r: uuid4(r)),
 ("heroku_platform_api_key_hrku", lambda r: "HRKU-" + uuid4(r).upper()),
 ("digitalocean_functions_access_token_dop", lambda r: "dop_v1_" + rs(r, HEXL, 64)),
 ("linode_personal_access_token", lambda r: rs(r, HEXL, 64)),
 ("vultr_api_key", lambda r: rs(r, U + D, 36)),
 ("convex_deploy_key", lambda r: "prod:" + rs(r, L, 6) + "-" + rs(r, L, 6) + "-" + rs(r, D, 3) + "|" + b64(rand_bytes(r, 60)).rstrip("=")),
 ("xata_api_key_xau", lambda r: "xau_" + rs(r, ALNUM, 32)),
 ("fauna_secret_fn", lambda r: "fnA" + rs(r, ALNUM + "-_", 37)),
 ("mongodb_atlas_private_api_key", lambda r: uuid4(r)),
 ("cockroach_cloud_api_key_ccdb1", lambda r: "CCDB1_" + rs(r, ALNUM, 22) + "_" + rs(r, ALNUM, 40)),
 ("tinybird_admin_token", lambda r: "p." + b64u(('{"u":"%s","id":"%s","host":"eu_shared"}' % (uuid4(r), uuid4(r))).encode()) + "." + rs(r, ALNUM + "-_", 43)),
 ("momento_api_key_jwt", J(lambda r: {"t": "mg", "id": rs(r, L + D, 12), "v": 1})),
 ("ably_api_key_with_secret", lambda r: rs(r, ALNUM, 6) + "." + rs(r, ALNUM, 6) + ":" + rs(r, ALNUM + "-_", 43)),
 ("pusher_channels_app_secret", lambda r: rs(r, HEXL, 20)),
 ("liveblocks_secret_key_sk_prod", lambda r: "sk_prod_" + rs(r, ALNUM + "-_", 64)),
 ("knock_secret_api_key", lambda r: "sk_" + rs(r, ALNUM + "-_", 43)),
 ("partykit_deploy_token", lambda r: b64u(rand_bytes(r, 48))),
 ("val_town_api_token", lambda r: "vtwn_" + rs(r, ALNUM, 32)),
 # AI / APIs used from edge functions
 ("anthropic_api_key_sk_ant", lambda r: "sk-ant-api03-" + rs(r, ALNUM + "-_", 93) + "AA"),
 ("groq_api_key_gsk", lambda r: "gsk_" + rs(r, ALNUM, 52)),
 ("replicate_api_token_r8", lambda r: "r8_" + rs(r, ALNUM, 37)),
 ("hugging_face_user_access_token", lambda r: "hf_" + rs(r, ALNUM, 34)),
 ("pinecone_api_key_pcsk", lambda r: "pcsk_" + rs(r, ALNUM, 5) + "_" + rs(r, ALNUM, 63)),
 ("cohere_production_api_key", lambda r: rs(r, ALNUM, 40)),
 ("mistral_la_plateforme_api_key", lambda r: rs(r, ALNUM, 32)),
 ("perplexity_api_key_pplx", lambda r: "pplx-" + rs(r, ALNUM, 48)),
 # dev tooling beyond
 ("npm_granular_access_token", lambda r: gh_style(r, "npm_")),
 ("github_app_installation_token_ghs", lambda r: gh_style(r, "ghs_")),
 ("github_oauth_user_token_gho", lambda r: gh_style(r, "gho_")),
 ("gitlab_personal_token_glpat", lambda r: "glpat-" + rs(r, ALNUM + "-_", 20)),
 ("docker_hub_personal_access_token", lambda r: "dckr_pat_" + rs(r, ALNUM + "-_", 27)),
 ("pypi_upload_token", lambda r: "pypi-AgEIcHlwaS5vcmc" + rs(r, ALNUM + "-_", 140)),
 ("atlassian_cloud_api_token", lambda r: "ATATT3xFfGF0" + rs(r, ALNUM + "-_=", 180) + "=" + rs(r, HEXL.upper(), 8)),
 ("linear_personal_api_key", lambda r: "lin_api_" + rs(r, ALNUM, 40)),
 ("sentry_org_auth_token_sntrys", lambda r: "sntrys_" + b64(('{"iat":1719000000,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"%s"}' % rs(r, L, 8)).encode()).rstrip("=") + "_" + rs(r, ALNUM + "+/", 43)),
 ("sentry_user_auth_token_sntryu", lambda r: "sntryu_" + rs(r, HEXL, 64)),
 ("grafana_cloud_access_policy_token", lambda r: "glc_" + b64(('{"o":"%s","n":"edge-logs","k":"%s","m":{"r":"prod-eu-west-2"}}' % (rs(r, D, 6), rs(r, ALNUM, 24))).encode())),
 ("grafana_service_account_token_glsa", lambda r: "glsa_" + rs(r, ALNUM, 32) + "_" + rs(r, HEXL, 8)),
 ("new_relic_user_api_key_nrak", lambda r: "NRAK-" + rs(r, U + D, 27)),
 ("new_relic_license_key_nral", lambda r: rs(r, HEXL, 36) + "NRAL"),
 ("datadog_application_key", lambda r: rs(r, HEXL, 40)),
 ("databricks_workspace_token_dapi", lambda r: "dapi" + rs(r, HEXL, 32)),
 ("launchdarkly_server_sdk_key", lambda r: "sdk-" + uuid4(r)),
 ("posthog_personal_api_key_phx", lambda r: "phx_" + rs(r, ALNUM, 47)),
 # commerce / comms
 ("stripe_restricted_live_key_rk", lambda r: "rk_live_51" + rs(r, ALNUM, 97)),
 ("shopify_admin_api_access_token_shpat", lambda r: "shpat_" + rs(r, HEXL, 32)),
 ("shopify_app_client_secret_shpss", lambda r: "shpss_" + rs(r, HEXL, 32)),
 ("slack_bot_user_token_xoxb", lambda r: "xoxb-" + rs(r, D, 12) + "-" + rs(r, D, 13) + "-" + rs(r, ALNUM, 24)),
 ("slack_incoming_webhook_path_secret", lambda r: "T" + rs(r, U + D, 10) + "/B" + rs(r, U + D, 10) + "/" + rs(r, ALNUM, 24)),
 ("discord_bot_token", lambda r: rs(r, "MN", 1) + rs(r, ALNUM, 25) + "." + rs(r, ALNUM + "-_", 6) + "." + rs(r, ALNUM + "-_", 38)),
 ("telegram_bot_api_token", lambda r: rs(r, D, 10) + ":AA" + rs(r, ALNUM + "-_", 33)),
 ("twilio_account_auth_token", lambda r: rs(r, HEXL, 32)),
 ("sendgrid_mail_send_api_key", lambda r: "SG." + rs(r, ALNUM + "-_", 22) + "." + rs(r, ALNUM + "-_", 43)),
 ("lemon_squeezy_api_key_jwt", J(lambda r: {"aud": "1", "jti": rs(r, HEXL, 64), "sub": rs(r, D, 6), "scopes": []}, "RS256")),
 ("paddle_billing_api_key", lambda r: "pdl_live_apikey_" + rs(r, L + D, 26) + "_" + rs(r, ALNUM, 22) + "_" + rs(r, ALNUM, 3)),
 ("mux_video_token_secret", lambda r: b64(rand_bytes(r, 56))),
 ("mapbox_secret_access_token_sk", lambda r: "sk.eyJ1Ijoi" + b64u(('%s","a":"%s"}' % (rs(r, L, 8), rs(r, L + D, 25))).encode()) + "." + rs(r, ALNUM + "-_", 22)),
 ("algolia_admin_api_key", lambda r: rs(r, HEXL, 32)),
 ("contentful_management_token_cfpat", lambda r: "CFPAT-" + rs(r, ALNUM + "-_", 43)),
 ("sanity_robot_write_token", lambda r: "sk" + rs(r, ALNUM, 180)),
 ("airtable_personal_access_token_pat", lambda r: "pat" + rs(r, ALNUM, 14) + "." + rs(r, HEXL, 64)),
 ("notion_internal_integration_secret_ntn", lambda r: "ntn_" + rs(r, D, 11) + rs(r, ALNUM, 35)),
 ("figma_personal_access_token_figd", lambda r: "figd_" + rs(r, ALNUM + "-_", 40)),
 ("cloudinary_api_secret", lambda r: rs(r, ALNUM + "-_", 27)),
 ("uploadthing_secret_sk_live", lambda r: "sk_live_" + rs(r, HEXL, 64)),
]

STYLES = [
 ("wrangler_secret_put_stdin_echo", "$ echo \"{V}\" | npx wrangler secret put {K} --env production\n✨ Success! Uploaded secret {K}\n"),
 ("vercel_env_add_piped_value", "$ printf '%s' '{V}' | vercel env add {K} production\n✅ Added Environment Variable {K} to Project edge-shop\n"),
 ("netlify_env_set_cli_call", "$ netlify env:set {K} {V} --context production\nSet environment variable {K} in the production context\n"),
 ("flyctl_secrets_set_pair", "$ fly secrets set {K}={V} -a edge-api\nUpdating existing machines in 'edge-api' with rolling strategy\n"),
 ("supabase_secrets_set_pair", "$ supabase secrets set {K}={V} --project-ref qxzmwlkvhdtf\nFinished supabase secrets set.\n"),
 ("gcloud_run_deploy_set_env_flag", "$ gcloud run deploy api --region europe-west1 --set-env-vars {K}={V}\nDeploying container to Cloud Run service [api]...\n"),
 ("az_functionapp_appsettings_set_flag", "$ az functionapp config appsettings set -g rg-edge -n func-edge --settings {K}={V}\n"),
 ("sam_deploy_parameter_overrides_flag", "$ sam deploy --stack-name orders --parameter-overrides {K}={V}\n"),
 ("deployctl_env_flag_line", "$ deployctl deploy --project=edge-shop --env={K}={V} main.ts\n"),
 ("serverless_dashboard_param_export", "# exported from serverless dashboard params (stage: prod)\n{K}: {V}\n"),
 ("edge_function_fetch_header_literal", "const res = await fetch(upstream, {\n  headers: { \"X-{K}\": \"{V}\" },\n});\n"),
 ("deploy_preview_pr_comment_paste", "> deploy preview failed, so for now I set {K} manually: {V} — someone please move it to the secret store\n"),
]


def keyname(t):
    return t.upper()


def gen(seed=9002):
    r = random.Random(seed)
    recs = []
    for i, (t, g) in enumerate(V):
        style, tmpl = STYLES[i % len(STYLES)]
        v = g(r)
        text, spans = fill(tmpl.replace("{K}", keyname(t)), v, t)
        recs.append({"type": t, "container": t + "__" + style, "text": text, "secrets": spans, "source": "vendor"})
    return recs
