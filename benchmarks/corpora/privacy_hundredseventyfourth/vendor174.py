"""Vendor source: 120 vendor credential types used by beekeeping / honey developers."""
import json
import random

import common174 as C

SEED = 17402
A, H, L, U, D = C.ALNUM, C.HEX, C.LOWER, C.UPPER, C.DIGITS
B64U = C.B64URL
UHEX = "0123456789ABCDEF"
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l".upper()

R, B, G = "read", "believed", "guessed"   # confidence of the shape


def _jwt(payload_fn):
    return lambda r: C.jwt_hs256(r, payload_fn(r))


def _rs256_like(r, payload):
    h = C.b64url_nopad(json.dumps({"alg": "RS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = C.b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + C.b64url_nopad(C.rbytes(r, 256))


def _mapbox_sk(r):
    body = C.b64url_nopad(json.dumps({"u": "meadowbee", "a": "cl" + C.rs(r, L + D, 23)},
                                     separators=(",", ":")).encode())
    return "sk." + body + "." + C.rs(r, A + "-_", 22)


def _discord_bot(r):
    snow = str(r.randrange(10 ** 17, 10 ** 18 * 2))
    return C.b64url_nopad(snow.encode()) + "." + C.rs(r, B64U, 6) + "." + C.rs(r, B64U, 38)


def _atlassian(r):
    return "ATATT3xFfGF0" + C.rs(r, B64U, 170) + "=" + C.rs(r, UHEX, 8)


def _ghp(r):
    return C.gh_style_token(r, "ghp_")


# (type, generator, shape note, confidence, public neighbour (key words, generator) or None)
VENDORS = [
    # ---- beekeeping / hive-tech / IoT world (mostly guessed) ----
    ("broodminder_cloud_api_key", lambda r: C.rs(r, H, 32), "32 hex", G, None),
    ("arnia_hive_monitor_api_token", lambda r: C.rs(r, A, 40), "40 alphanumerics", G, None),
    ("beep_nl_api_bearer_token", lambda r: C.rs(r, A, 60), "60 alphanumerics (Laravel-style api token)", G, None),
    ("hivetracks_partner_api_key", lambda r: C.uuid4(r), "UUIDv4", G, None),
    ("beehero_pollination_client_secret", lambda r: C.rs(r, B64U, 48), "48 base64url", G,
     (["beehero", "client", "id"], lambda r: "bh-cli-" + C.rs(r, L + D, 10))),
    ("apisprotect_hive_api_token", lambda r: C.rs(r, H, 48), "48 hex", G, None),
    ("pollenity_beebot_cloud_token", lambda r: C.rs(r, A, 36), "36 alphanumerics", G, None),
    ("solutionbee_hivemind_api_key", lambda r: C.rs(r, U + D, 28), "28 upper alphanumerics", G, None),
    ("threebee_hive_tech_api_key", lambda r: C.rs(r, H, 40), "40 hex", G, None),
    ("osbeehives_beedar_api_token", lambda r: C.rs(r, A, 32), "32 alphanumerics", G, None),
    ("beewise_beehome_partner_api_key", lambda r: "bw_" + C.rs(r, A, 40), "`bw_` + 40 alphanumerics (prefix invented)", G, None),
    ("hiveeyes_swarm_mqtt_password", lambda r: C.owner_password(r), "owner-chosen password (Hiveeyes MQTT logs in with user / password)", G,
     (["hiveeyes", "mqtt", "username"], lambda r: "meadowbee-" + C.rs(r, D, 3))),
    ("chirpstack_v4_api_key_jwt", _jwt(lambda r: {"aud": "chirpstack", "iss": "chirpstack", "sub": C.uuid4(r), "typ": "key"}),
     "HS256 JWT (real base64url JSON, real HMAC) as issued by ChirpStack v4", B, None),
    ("ttn_v3_gateway_api_key", lambda r: "NNSXS." + C.rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 39) + "." + C.rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 52),
     "`NNSXS.` + 39 base32 + `.` + 52 base32", B, None),
    ("helium_console_api_key", lambda r: C.b64(C.rbytes(r, 32)), "Base64 of 32 random bytes", G, None),
    ("loriot_network_server_api_key", lambda r: "AAAA" + C.rs(r, B64U, 40), "`AAAA` + 40 base64url", G, None),
    ("kerlink_wanesy_operator_password", lambda r: C.owner_password(r), "owner-chosen password", G,
     (["kerlink", "wanesy", "login"], lambda r: "apiary-ops-" + C.rs(r, D, 2))),
    ("datacake_workspace_api_token", lambda r: C.rs(r, H, 40), "40 hex", G, None),
    ("tago_io_device_token", lambda r: C.uuid4(r), "UUIDv4", B, None),
    ("blynk_iot_device_auth_token", lambda r: C.rs(r, A + "-_", 32), "32 base64url characters", B, None),
    ("particle_cloud_access_token", lambda r: C.rs(r, H, 40), "40 hex", B, None),
    ("hologram_sim_api_key", lambda r: C.rs(r, A, 32), "32 alphanumerics", G, None),
    ("onence_sim_api_client_secret", lambda r: C.rs(r, A, 40), "40 alphanumerics", G,
     (["onence", "client", "id"], lambda r: "1nce-" + C.rs(r, D, 8))),
    ("soracom_auth_key_secret", lambda r: "secret-" + C.rs(r, A, 64), "`secret-` + 64 alphanumerics (the `keyId-` next to it is an identifier)", B,
     (["soracom", "auth", "key", "id"], lambda r: "keyId-" + C.rs(r, A, 32))),
    ("emnify_application_token", _jwt(lambda r: {"esc.app": r.randrange(1000, 9999), "sub": "app", "iss": "emnify"}),
     "HS256 JWT (real base64url JSON, real HMAC)", G, None),
    ("arduino_iot_cloud_client_secret", lambda r: C.rs(r, A, 64), "64 alphanumerics", G,
     (["arduino", "client", "id"], lambda r: C.rs(r, A, 32))),
    ("adafruit_io_feed_key", lambda r: "aio_" + C.rs(r, A, 28), "`aio_` + 28 alphanumerics", R, None),
    ("influxdb_cloud_all_access_token", lambda r: C.b64url_nopad(C.rbytes(r, 64)).replace("-", "a").replace("_", "b") + "==",
     "86 base64url-alphabet characters + `==`", B, None),
    ("home_assistant_long_lived_token", _jwt(lambda r: {"iss": C.rs(r, H, 32), "iat": 1714000000 + r.randrange(9 ** 6), "exp": 2029000000 + r.randrange(9 ** 6)}),
     "HS256 JWT (real base64url JSON with `iss` / `iat` / `exp`, real HMAC)", B, None),
    ("tailscale_gateway_auth_key", lambda r: "tskey-auth-" + C.rs(r, A, 12) + "CNTRL-" + C.rs(r, A, 33),
     "`tskey-auth-` + 12 + `CNTRL-` + 33 alphanumerics", B, None),
    ("zerotier_central_api_token", lambda r: C.rs(r, A, 32), "32 alphanumerics", B, None),
    ("ngrok_agent_authtoken", lambda r: "2" + C.rs(r, A, 26) + "_" + C.rs(r, A, 21), "`2` + 26 + `_` + 21 alphanumerics", B, None),
    ("sensorpush_gateway_account_password", lambda r: C.owner_password(r), "owner-chosen password (SensorPush API logs in with e-mail / password)", G,
     (["sensorpush", "email"], lambda r: "hives@" + C.rs(r, L, 6) + ".example")),
    ("meteomatics_weather_api_password", lambda r: C.owner_password(r), "owner-chosen password (basic auth user / password)", G,
     (["meteomatics", "username"], lambda r: "meadowbee_" + C.rs(r, L, 5))),
    ("openweathermap_forage_api_key", lambda r: C.rs(r, H, 32), "32 hex", B, None),
    ("tomorrow_io_weather_api_key", lambda r: C.rs(r, A, 32), "32 alphanumerics", B, None),
    ("visual_crossing_weather_key", lambda r: C.rs(r, U + D, 25), "25 upper alphanumerics", G, None),
    ("ambient_weather_application_key", lambda r: C.rs(r, H, 64), "64 hex", B, None),
    ("roboflow_varroa_model_api_key", lambda r: C.rs(r, A, 20), "20 alphanumerics", G, None),
    ("ultralytics_hub_api_key", lambda r: C.rs(r, A, 42), "42 alphanumerics", G, None),
    # ---- honey shop, labels, shipping, traceability ----
    ("shopify_admin_api_access_token", lambda r: "shpat_" + C.rs(r, H, 32), "`shpat_` + 32 hex", R,
     (["shopify", "store", "domain"], lambda r: "meadow-honey-" + C.rs(r, L, 4) + ".myshopify.com")),
    ("shopify_app_shared_secret", lambda r: "shpss_" + C.rs(r, H, 32), "`shpss_` + 32 hex", R, None),
    ("shopify_custom_app_token", lambda r: "shpca_" + C.rs(r, H, 32), "`shpca_` + 32 hex", R, None),
    ("woocommerce_rest_consumer_secret", lambda r: "cs_" + C.rs(r, H, 40), "`cs_` + 40 hex (the `ck_` consumer key next to it is left unlabelled)", B,
     (["woocommerce", "consumer", "key"], lambda r: "ck_" + C.rs(r, H, 40))),
    ("stripe_standard_live_secret_key", lambda r: "sk_live_51" + C.rs(r, A, 97), "`sk_live_51` + 97 alphanumerics", R, None),
    ("square_market_stall_access_token", lambda r: "EAAA" + C.rs(r, A + "-_", 60), "`EAAA` + 60 base64url", R, None),
    ("sumup_market_stall_api_key", lambda r: "sup_sk_" + C.rs(r, A, 32), "`sup_sk_` + 32 alphanumerics", B, None),
    ("gocardless_live_access_token", lambda r: "live_" + C.rs(r, A + "-_", 40), "`live_` + 40 base64url", R, None),
    ("ecwid_store_secret_token", lambda r: "secret_" + C.rs(r, A, 32), "`secret_` + 32 alphanumerics", B, None),
    ("etsy_shop_oauth_refresh_token", lambda r: str(r.randrange(10 ** 8, 10 ** 9)) + "." + C.rs(r, A + "-_", 60), "user id + `.` + 60 base64url", G, None),
    ("lemon_squeezy_api_key", lambda r: _rs256_like(r, {"aud": "94d59cef-dbb8-4ea5-b178-d2540fcd6919", "jti": C.rs(r, H, 64), "iat": 1714000000, "sub": str(r.randrange(10 ** 5, 10 ** 6))}),
     "RS256-shaped JWT (real base64url JSON, random 256-byte signature)", B, None),
    ("xero_oauth_client_secret", lambda r: C.rs(r, A + "-_", 48), "48 base64url", G,
     (["xero", "client", "id"], lambda r: C.rs(r, UHEX, 32))),
    ("quickbooks_oauth_client_secret", lambda r: C.rs(r, A, 40), "40 alphanumerics", G,
     (["quickbooks", "client", "id"], lambda r: "AB" + C.rs(r, A, 48))),
    ("shipstation_api_secret", lambda r: C.rs(r, H, 32), "32 hex", G,
     (["shipstation", "api", "key"], lambda r: C.rs(r, H, 32))),
    ("sendcloud_api_secret_key", lambda r: C.rs(r, H, 32), "32 hex", G,
     (["sendcloud", "public", "key"], lambda r: C.uuid4(r))),
    ("easypost_label_live_api_key", lambda r: "EZAK" + C.rs(r, A, 54), "`EZAK` + 54 alphanumerics", R, None),
    ("royal_mail_click_drop_api_key", lambda r: C.uuid4(r), "UUIDv4", G, None),
    ("gs1_verified_subscription_key", lambda r: C.rs(r, H, 32), "32 hex (API-management subscription key)", G, None),
    ("zebra_savanna_api_key", lambda r: C.rs(r, A, 32), "32 alphanumerics", G, None),
    ("loftware_cloud_client_secret", lambda r: C.rs(r, A + "~._-", 40), "40 characters", G, None),
    ("printful_private_token", lambda r: C.rs(r, A, 40), "40 alphanumerics", G, None),
    ("gumroad_seller_access_token", lambda r: C.rs(r, A + "-_", 43), "43 base64url", G, None),
    ("mapbox_secret_access_token", _mapbox_sk, "`sk.` + base64url JSON + `.` + 22", B, None),
    # ---- association / membership / events ----
    ("wild_apricot_api_key", lambda r: C.rs(r, L + D, 30), "30 lower alphanumerics", B, None),
    ("civicrm_user_api_key", lambda r: C.rs(r, A, 32), "32 alphanumerics", G, None),
    ("memberpress_rest_api_key", lambda r: C.rs(r, A, 10), "10 alphanumerics", G, None),
    ("eventbrite_private_oauth_token", lambda r: C.rs(r, U + D, 20), "20 upper alphanumerics", B, None),
    ("ticket_tailor_api_key", lambda r: "sk_" + str(r.randrange(1000, 9999)) + "_" + C.rs(r, A, 40), "`sk_` + 4 digits + `_` + 40 alphanumerics", G, None),
    ("mailchimp_marketing_api_key", lambda r: C.rs(r, H, 32) + "-us" + str(r.randrange(10, 22)), "32 hex + `-us` + 2 digits", R, None),
    ("brevo_transactional_api_key", lambda r: "xkeysib-" + C.rs(r, H, 64) + "-" + C.rs(r, A, 16), "`xkeysib-` + 64 hex + `-` + 16", R, None),
    ("mailgun_private_api_key", lambda r: "key-" + C.rs(r, H, 32), "`key-` + 32 hex", R, None),
    ("mailgun_webhook_signing_key", lambda r: C.rs(r, H, 32) + "-" + C.rs(r, H, 8) + "-" + C.rs(r, H, 8), "32 hex `-` 8 hex `-` 8 hex", R, None),
    ("sendgrid_order_mail_api_key", lambda r: "SG." + C.rs(r, A + "-_", 22) + "." + C.rs(r, A + "-_", 43), "`SG.` + 22 + `.` + 43", R, None),
    ("resend_newsletter_api_key", lambda r: "re_" + C.rs(r, A, 8) + "_" + C.rs(r, A, 24), "`re_` + 8 + `_` + 24", B, None),
    ("airtable_personal_access_token", lambda r: "pat" + C.rs(r, A, 14) + "." + C.rs(r, H, 64), "`pat` + 14 + `.` + 64 hex", R, None),
    ("notion_integration_secret", lambda r: "ntn_" + C.rs(r, D, 11) + C.rs(r, A, 35), "`ntn_` + 11 digits + 35 alphanumerics", R, None),
    ("typeform_personal_access_token", lambda r: "tfp_" + C.rs(r, A + "_", 59), "`tfp_` + 59", R, None),
    ("n8n_public_api_key", _jwt(lambda r: {"sub": C.uuid4(r), "iss": "n8n", "aud": "public-api", "iat": 1714000000 + r.randrange(9 ** 6)}),
     "HS256 JWT (real base64url JSON, real HMAC)", B, None),
    ("make_com_api_token", lambda r: C.uuid4(r), "UUIDv4", G, None),
    # ---- messaging ----
    ("twilio_hive_alert_auth_token", lambda r: C.rs(r, H, 32), "32 hex (the `AC` account SID next to it is public)", B,
     (["twilio", "account", "sid"], lambda r: "AC" + C.rs(r, H, 32))),
    ("plivo_sms_auth_token", lambda r: C.rs(r, A, 40), "40 alphanumerics (the `MA` auth id next to it is an identifier)", B,
     (["plivo", "auth", "id"], lambda r: "MA" + C.rs(r, U + D, 18))),
    ("messagebird_live_access_key", lambda r: C.rs(r, A, 25), "25 alphanumerics", B, None),
    ("textmagic_api_v2_key", lambda r: C.rs(r, A, 30), "30 alphanumerics", G,
     (["textmagic", "username"], lambda r: "meadowbee" + C.rs(r, D, 2))),
    ("telegram_swarm_alert_bot_token", lambda r: str(r.randrange(10 ** 9, 8 * 10 ** 9)) + ":AA" + C.rs(r, A + "-_", 33), "digits + `:AA` + 33", R, None),
    ("slack_apiary_bot_oauth_token", lambda r: "xoxb-" + C.rs(r, D, 12) + "-" + C.rs(r, D, 13) + "-" + C.rs(r, A, 24), "`xoxb-` + 12 + 13 digits + 24", R, None),
    ("slack_beekeeper_user_oauth_token", lambda r: "xoxp-" + C.rs(r, D, 12) + "-" + C.rs(r, D, 12) + "-" + C.rs(r, D, 13) + "-" + C.rs(r, H, 32), "`xoxp-` + three digit groups + 32 hex", R, None),
    ("slack_swarm_alerts_webhook_url", lambda r: "https://hooks.slack.com/services/T" + C.rs(r, U + D, 10) + "/B" + C.rs(r, U + D, 10) + "/" + C.rs(r, A, 24),
     "Slack incoming-webhook URL (labelled whole)", R, None),
    ("discord_club_bot_token", _discord_bot, "base64url(snowflake) + `.` + 6 + `.` + 38", B, None),
    ("pushover_application_token", lambda r: "a" + C.rs(r, L + D, 29), "`a` + 29 lower alphanumerics", B, None),
    ("ntfy_hive_topic_access_token", lambda r: "tk_" + C.rs(r, L + D, 29), "`tk_` + 29 lower alphanumerics", B, None),
    # ---- AI ----
    ("openai_project_api_key", lambda r: "sk-proj-" + C.rs(r, A + "-_", 74) + "T3BlbkFJ" + C.rs(r, A + "-_", 74), "`sk-proj-` + 74 + `T3BlbkFJ` + 74", R, None),
    ("anthropic_admin_api_key", lambda r: "sk-ant-admin01-" + C.rs(r, A + "-_", 93) + "AA", "`sk-ant-admin01-` + 93 + `AA`", R, None),
    ("huggingface_user_access_token", lambda r: "hf_" + C.rs(r, L + U, 34), "`hf_` + 34 letters", R, None),
    ("perplexity_api_key", lambda r: "pplx-" + C.rs(r, A, 48), "`pplx-` + 48 alphanumerics", R, None),
    ("groq_cloud_api_key", lambda r: "gsk_" + C.rs(r, A, 52), "`gsk_` + 52 alphanumerics", B, None),
    ("replicate_api_token", lambda r: "r8_" + C.rs(r, A, 37), "`r8_` + 37 alphanumerics", B, None),
    ("mistral_platform_api_key", lambda r: C.rs(r, A, 32), "32 alphanumerics", B, None),
    ("xai_grok_api_key", lambda r: "xai-" + C.rs(r, A, 80), "`xai-` + 80 alphanumerics", B, None),
    ("together_ai_api_key", lambda r: C.rs(r, H, 64), "64 hex", B, None),
    ("wandb_api_key", lambda r: C.rs(r, H, 40), "40 hex", B, None),
    ("pinecone_api_key", lambda r: "pcsk_" + C.rs(r, A, 6) + "_" + C.rs(r, A, 63), "`pcsk_` + 6 + `_` + 63", G, None),
    # ---- developer / cloud ----
    ("github_classic_personal_access_token", _ghp, "`ghp_` + 30 base62 + CRC-32 in 6 base62", R, None),
    ("github_user_refresh_token", lambda r: C.gh_style_token(r, "ghr_"), "`ghr_` + 30 base62 + CRC-32 in 6 base62", R, None),
    ("gitlab_personal_access_token", lambda r: "glpat-" + C.rs(r, A + "-_", 20), "`glpat-` + 20", R, None),
    ("digitalocean_personal_access_token", lambda r: "dop_v1_" + C.rs(r, H, 64), "`dop_v1_` + 64 hex", R, None),
    ("doppler_service_token", lambda r: "dp.st.prd." + C.rs(r, A, 40), "`dp.st.<config>.` + 40 alphanumerics", B, None),
    ("flyio_deploy_token", lambda r: "FlyV1 fm2_" + C.b64(C.rbytes(r, 120)), "`FlyV1 fm2_` + Base64 (labelled whole, space included)", R, None),
    ("heroku_platform_api_key", lambda r: "HRKU-AA" + C.rs(r, A + "-_", 58), "`HRKU-AA` + 58", R, None),
    ("vercel_honey_shop_deploy_token", lambda r: C.rs(r, A, 24), "24 alphanumerics", B, None),
    ("supabase_service_role_jwt", _jwt(lambda r: {"iss": "supabase", "ref": C.rs(r, L, 20), "role": "service_role", "iat": 1714000000, "exp": 2029576000}),
     "HS256 JWT with `role: service_role` (real base64url JSON, real HMAC)", B, None),
    ("docker_hub_personal_access_token", lambda r: "dckr_pat_" + C.rs(r, A + "-_", 27), "`dckr_pat_` + 27", B, None),
    ("postman_api_key", lambda r: "PMAK-" + C.rs(r, H, 24) + "-" + C.rs(r, H, 34), "`PMAK-` + 24 hex + `-` + 34 hex", R, None),
    ("pulumi_access_token", lambda r: "pul-" + C.rs(r, H, 40), "`pul-` + 40 hex", R, None),
    ("atlassian_cloud_api_token", _atlassian, "`ATATT3xFfGF0` + 170 + `=` + 8 hex", R, None),
    ("linear_personal_api_key", lambda r: "lin_api_" + C.rs(r, A, 40), "`lin_api_` + 40 alphanumerics", R, None),
    ("age_sops_identity_secret_key", lambda r: "AGE-SECRET-KEY-1" + C.rs(r, BECH, 58), "`AGE-SECRET-KEY-1` + 58 upper bech32", R, None),
    ("cloudflare_dns_edit_api_token", lambda r: C.rs(r, A + "-_", 40), "40 base64url", B, None),
    ("aws_honey_shop_iam_secret_access_key", lambda r: C.rs(r, A + "+/", 40), "40 Base64-alphabet characters (the `AKIA` key id next to it is an identifier)", B,
     (["aws", "access", "key", "id"], lambda r: "AKIA" + C.rs(r, U + "234567", 16))),
    ("azure_storage_account_key", lambda r: C.b64(C.rbytes(r, 64)), "Base64 of 64 random bytes (88 chars)", B,
     (["azure", "storage", "account"], lambda r: "hiveaudio" + C.rs(r, L + D, 6))),
    ("backblaze_b2_hive_audio_app_key", lambda r: "K005" + C.rs(r, A, 27), "`K005` + 27 alphanumerics (the key id next to it is an identifier)", B,
     (["b2", "key", "id"], lambda r: "005" + C.rs(r, H, 22))),
    ("bunny_storage_zone_password", lambda r: C.uuid4(r), "UUIDv4-shaped", G, None),
    ("databricks_workspace_token", lambda r: "dapi" + C.rs(r, H, 32), "`dapi` + 32 hex", R, None),
    # ---- ops / monitoring ----
    ("grafana_service_account_token", lambda r: "glsa_" + C.rs(r, A, 32) + "_" + C.rs(r, H, 8), "`glsa_` + 32 + `_` + 8 hex", R, None),
    ("sentry_user_auth_token", lambda r: "sntryu_" + C.rs(r, H, 64), "`sntryu_` + 64 hex", R, None),
    ("datadog_api_key", lambda r: C.rs(r, H, 32), "32 hex", B, None),
    ("datadog_application_key", lambda r: C.rs(r, H, 40), "40 hex", B, None),
    ("honeycomb_ingest_api_key", lambda r: "hcaik_01" + C.rs(r, L + D, 56), "`hcaik_01` + 56 lower alphanumerics", G, None),
    ("uptimerobot_main_api_key", lambda r: "u" + C.rs(r, D, 7) + "-" + C.rs(r, H, 24), "`u` + 7 digits + `-` + 24 hex", B, None),
    ("healthchecks_io_api_key", lambda r: C.rs(r, A + "-_", 32), "32 base64url", G, None),
    ("better_stack_uptime_api_token", lambda r: C.rs(r, A, 24), "24 alphanumerics", G, None),
    ("maxmind_geoip_license_key", lambda r: C.rs(r, A, 6) + "_" + C.rs(r, A, 29) + "_mmk", "6 + `_` + 29 + `_mmk`", R, None),
    # ---- tail (less central) ----
    ("siemens_insights_hub_client_secret", lambda r: C.rs(r, A, 40), "40 alphanumerics", G, None),
    ("actility_thingpark_client_secret", lambda r: C.rs(r, A, 32), "32 alphanumerics", G, None),
    ("bigcommerce_store_api_token", lambda r: C.rs(r, L + D, 31), "31 lower alphanumerics", G, None),
    ("gitlab_feed_token", lambda r: "glft-" + C.rs(r, A + "-_", 20), "`glft-` + 20", R, None),
]

# less central / weakest guesses: put last, so they form the unused tail
TAIL = ["make_com_api_token", "memberpress_rest_api_key", "ticket_tailor_api_key", "gumroad_seller_access_token",
        "visual_crossing_weather_key", "loftware_cloud_client_secret", "zebra_savanna_api_key", "textmagic_api_v2_key",
        "gitlab_feed_token", "bigcommerce_store_api_token", "actility_thingpark_client_secret",
        "siemens_insights_hub_client_secret", "etsy_shop_oauth_refresh_token", "royal_mail_click_drop_api_key",
        "bunny_storage_zone_password"]
VENDORS = [v for v in VENDORS if v[0] not in TAIL] + [v for v in VENDORS if v[0] in TAIL]

STYLES = [
    ("apiary_backend_dotenv_file", "upper"),
    ("hive_ops_fly_secrets_set_history", "upper"),
    ("honey_shop_heroku_config_set_history", "upper"),
    ("hive_ingest_doppler_secrets_set_history", "upper"),
    ("apiary_gcloud_secrets_versions_add_history", "kebab"),
    ("pollination_typescript_config_module", "camel"),
    ("bottling_go_constants_file", "pascal"),
    ("association_bitwarden_json_export", "title"),
    ("beekeeper_telegram_saved_message", "spaced"),
    ("apiary_linear_issue_comment", "spaced"),
    ("honey_shop_wrangler_dev_vars", "upper"),
    ("apiary_aws_ssm_put_parameter_history", "snake"),
]


def _lines(style, pairs):
    """pairs: list of (key, value-or-MARK).  Returns text."""
    if style == "apiary_backend_dotenv_file":
        return "# apiary backend - production\nAPP_ENV=production\n" + "".join("%s=\"%s\"\n" % kv for kv in pairs)
    if style == "hive_ops_fly_secrets_set_history":
        return "$ fly status -a hive-ingest\n$ fly secrets set " + " ".join("%s=%s" % kv for kv in pairs) + " -a hive-ingest\nRelease v42 created\n"
    if style == "honey_shop_heroku_config_set_history":
        return "$ heroku config:set " + " ".join("%s='%s'" % kv for kv in pairs) + " --app meadow-honey-shop\nSetting config vars and restarting meadow-honey-shop... done\n"
    if style == "hive_ingest_doppler_secrets_set_history":
        return "".join("$ doppler secrets set %s=\"%s\" --project hive-ingest --config prd\n" % kv for kv in pairs)
    if style == "apiary_gcloud_secrets_versions_add_history":
        return "".join("$ printf '%%s' '%s' | gcloud secrets versions add %s --data-file=-\n" % (v, k) for k, v in pairs) + "Created version [1] of the secret.\n"
    if style == "pollination_typescript_config_module":
        return "// config/vendors.ts - pollination contracts service\n" + "".join("export const %s = \"%s\";\n" % kv for kv in pairs)
    if style == "bottling_go_constants_file":
        return "package vendors\n\n// TODO move to vault before the bottling line goes live\nconst (\n" + "".join("\t%s = \"%s\"\n" % kv for kv in pairs) + ")\n"
    if style == "association_bitwarden_json_export":
        fields = ",\n".join("        {\"name\": \"%s\", \"value\": \"%s\", \"type\": 1}" % kv for kv in pairs)
        return "{\n  \"items\": [\n    {\n      \"type\": 2,\n      \"name\": \"Association web vendors\",\n      \"fields\": [\n" + fields + "\n      ]\n    }\n  ]\n}\n"
    if style == "beekeeper_telegram_saved_message":
        return "Saved Messages\n" + "".join("%s: %s\n" % kv for kv in pairs) + "(for the hive dashboard, don't lose again)\n"
    if style == "apiary_linear_issue_comment":
        return "APY-" + "214 comment by maeve: swapped the vendor credentials after the migration -\n" + "".join("%s = %s\n" % kv for kv in pairs) + "Closing once the nightly sync is green.\n"
    if style == "honey_shop_wrangler_dev_vars":
        return "# .dev.vars (wrangler) - honey shop worker\n" + "".join("%s=\"%s\"\n" % kv for kv in pairs)
    if style == "apiary_aws_ssm_put_parameter_history":
        return "".join("$ aws ssm put-parameter --name /apiary/prod/%s --type SecureString --value '%s' --overwrite\n" % kv for kv in pairs) + "{\n    \"Version\": 3,\n    \"Tier\": \"Standard\"\n}\n"
    raise ValueError(style)


def generate(reg, n=120):
    rng = random.Random(SEED)
    recs = []
    for i, (typ, gen, _note, _conf, pub) in enumerate(VENDORS[:n]):
        style, case = STYLES[i % len(STYLES)]
        val = reg.draw(lambda: gen(rng))
        pairs = []
        if pub:
            pairs.append((C.style_key(pub[0], case), pub[1](rng)))
        pairs.append((C.style_key(typ.split("_"), case), C.MARK))
        tpl = _lines(style, pairs)
        recs.append(C.make_positive(tpl, val, typ, typ + "__" + style, "vendor"))
    return recs
