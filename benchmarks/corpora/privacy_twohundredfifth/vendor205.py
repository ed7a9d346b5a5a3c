"""Vendor source: 120 vendor credential types used by butcher / fishmonger / farm-shop developers."""
import base64
import json
import random
import re

from common205 import (MARK, ALNUM, LOWER, UPPER, DIGITS, LOWER_ALNUM, UPPER_ALNUM, HEX, UHEX, B64URL, B64,
                       SHOPS, rs, rbytes, b64url_nopad, b64std, uuid4, jwt_hs, jwt_random_sig,
                       owner_password, key, place, record)

SEED = 20502
V = MARK


def R(alpha, n, pre="", post=""):
    return lambda rng: pre + rs(rng, alpha, n) + post


def UUID(pre=""):
    return lambda rng: pre + uuid4(rng)


def PW():
    return lambda rng: owner_password(rng)


def _openai_proj(rng):
    return "sk-proj-" + rs(rng, B64URL, 74) + "T3BlbkFJ" + rs(rng, B64URL, 74)


def _anthropic(rng):
    return "sk-ant-api03-" + rs(rng, B64URL, 93) + "AA"


def _intercom(rng):
    return base64.b64encode(f"tok:{uuid4(rng)}:1:0".encode()).decode()


def _zettle(rng):
    return jwt_random_sig(rng, {"alg": "RS256", "typ": "JWT", "kid": rs(rng, HEX, 8)},
                          {"iss": "iZettle", "aud": "API", "grant_type": "assertion",
                           "client_id": uuid4(rng), "scopes": ["READ:PURCHASE", "READ:PRODUCT"]}, 256)


def _wix(rng):
    return "IST." + jwt_random_sig(rng, {"kid": rs(rng, ALNUM, 8), "alg": "RS256"},
                                   {"data": json.dumps({"id": uuid4(rng), "identity": {"type": "application"}},
                                                       separators=(",", ":")),
                                    "iat": 1716000000 + rng.randint(0, 9000000)}, 256)


def _home_assistant(rng):
    iat = 1716000000 + rng.randint(0, 9000000)
    return jwt_hs(rng, {"iss": rs(rng, HEX, 32), "iat": iat, "exp": iat + 315360000}, "HS256")


def _supabase_service(rng):
    iat = 1700000000 + rng.randint(0, 9000000)
    return jwt_hs(rng, {"iss": "supabase", "ref": rs(rng, LOWER, 20), "role": "service_role",
                        "iat": iat, "exp": iat + 315360000}, "HS256")


def _turso(rng):
    return jwt_random_sig(rng, {"alg": "EdDSA", "typ": "JWT"},
                          {"a": "rw", "iat": 1716000000 + rng.randint(0, 9000000), "id": uuid4(rng)}, 64)


def _op_connect(rng):
    return jwt_random_sig(rng, {"alg": "ES256", "kid": rs(rng, LOWER_ALNUM, 26), "typ": "JWT"},
                          {"1password.com/auuid": rs(rng, UPPER_ALNUM, 26), "1password.com/fqdn": "Shop Connect",
                           "aud": ["com.1password.connect"], "iat": 1716000000 + rng.randint(0, 9000000),
                           "sub": rs(rng, UPPER_ALNUM, 26)}, 64)


def _routific(rng):
    return jwt_hs(rng, {"_id": rs(rng, HEX, 24), "iat": 1716000000 + rng.randint(0, 9000000)}, "HS256")


def _bitwarden_sm(rng):
    return f"0.{uuid4(rng)}.{rs(rng, ALNUM, 30)}:{b64std(rbytes(rng, 16))}"


def _ably(rng):
    return f"{rs(rng, B64URL.replace('-', ''), 6)}.{rs(rng, B64URL.replace('-', ''), 6)}:{rs(rng, B64URL, 43)}"


def _telegram(rng):
    return f"{rng.randint(6000000000, 7999999999)}:AA{rs(rng, B64URL, 33)}"


def _slack_bot(rng):
    return f"xoxb-{rng.randint(10**11, 10**12 - 1)}-{rng.randint(10**12, 10**13 - 1)}-{rs(rng, ALNUM, 24)}"


def _slack_hook(rng):
    return f"https://hooks.slack.com/services/T{rs(rng, UPPER_ALNUM, 10)}/B{rs(rng, UPPER_ALNUM, 10)}/{rs(rng, ALNUM, 24)}"


def _gchat_hook(rng):
    return (f"https://chat.googleapis.com/v1/spaces/AAAA{rs(rng, B64URL, 7)}/messages?key=AIzaSy"
            f"{rs(rng, B64URL, 33)}&token={rs(rng, B64URL, 43)}")


def _influx(rng):
    return b64std(rbytes(rng, 64)).replace("+", "-").replace("/", "_")


def _flyio(rng):
    return "fm2_" + b64std(rbytes(rng, 150))


SPECS = [
    # --- commerce and payments
    ("stripe_live_secret_key", R(ALNUM, 95, "sk_live_51"), None, "`sk_live_51` + 95 alphanumerics", "read"),
    ("stripe_webhook_signing_secret", R(ALNUM, 32, "whsec_"), None, "`whsec_` + 32 alphanumerics", "believed"),
    ("square_webhook_signature_key", R(B64URL, 22), None, "22 base64url", "guessed"),
    ("sumup_secret_api_key", R(ALNUM, 32, "sup_sk_"), None, "`sup_sk_` + 32 alphanumerics", "guessed"),
    ("paypal_zettle_api_key_assertion", _zettle, ("zettle client id", UUID()),
     "RS256-shaped JWT (real base64url JSON, 256 random signature bytes)", "guessed"),
    ("epos_now_api_secret", R(UPPER_ALNUM, 32), ("epos now api key", R(UPPER_ALNUM, 32)),
     "32 upper-case alphanumerics", "guessed"),
    ("dojo_card_terminal_secret_key", R(B64URL, 56, "sk_prod_"), None, "`sk_prod_` + 56 base64url", "guessed"),
    ("shopify_admin_api_access_token", R(HEX, 32, "shpat_"), ("shopify shop domain", lambda rng: f"{rng.choice(SHOPS)}.myshopify.com"),
     "`shpat_` + 32 lower-case hex", "read"),
    ("shopify_legacy_private_app_password", R(HEX, 32, "shppa_"), None, "`shppa_` + 32 lower-case hex", "read"),
    ("woocommerce_order_webhook_secret", R(ALNUM + "!@#$%^&*()-_", 50), None,
     "50 characters of WooCommerce's generated-secret alphabet", "guessed"),
    ("ecwid_app_client_secret", R(ALNUM, 32), ("ecwid client id", lambda rng: "custom-app-" + str(rng.randint(10**7, 10**8 - 1)) + "-1"),
     "32 alphanumerics", "guessed"),
    ("bigcommerce_app_client_secret", R(HEX, 64), ("bigcommerce client id", R(LOWER_ALNUM, 31)),
     "64 lower-case hex", "guessed"),
    ("wix_headless_api_key", _wix, ("wix account id", UUID()), "`IST.` + RS256-shaped JWT", "believed"),
    ("open_food_network_api_key", R(HEX, 40), None, "40 lower-case hex (Spree-style API key)", "believed"),
    ("gocardless_live_access_token", R(B64URL, 40, "live_"), None, "`live_` + 40 base64url", "read"),
    ("mollie_organization_access_token", R(ALNUM, 40, "access_"), None, "`access_` + 40 alphanumerics", "believed"),
    ("chargebee_live_site_api_key", R(ALNUM, 34, "live_"), ("chargebee site", lambda rng: rng.choice(SHOPS) + "-boxes"),
     "`live_` + 34 alphanumerics", "guessed"),
    ("recharge_admin_api_token", R(HEX, 56, "sk_1x1_"), None, "`sk_1x1_` + 56 lower-case hex", "guessed"),
    ("amazon_sp_api_lwa_client_secret", R(HEX, 64, "amzn1.oa2-cs.v1."),
     ("lwa client id", R(HEX, 32, "amzn1.application-oa2-client.")), "`amzn1.oa2-cs.v1.` + 64 lower-case hex", "believed"),
    ("adyen_notification_hmac_key", R(UHEX, 64), None, "64 upper-case hex", "believed"),
    ("xero_oauth_client_secret", R(B64URL, 48), ("xero client id", R(UHEX, 32)), "48 base64url", "believed"),
    ("quickbooks_online_client_secret", R(ALNUM, 40), ("quickbooks client id", R(ALNUM, 50, "AB")),
     "40 alphanumerics", "guessed"),
    ("sage_accounting_client_secret", R(ALNUM, 20), ("sage client id", UUID()), "20 characters", "guessed"),
    ("freeagent_oauth_client_secret", R(B64URL, 22), ("freeagent oauth identifier", R(B64URL, 22)),
     "22 base64url", "guessed"),
    ("zoho_crm_client_secret", R(HEX, 42), ("zoho client id", R(UPPER_ALNUM, 35, "1000.")), "42 lower-case hex", "believed"),
    ("hubspot_private_app_token", UUID("pat-eu1-"), None, "`pat-eu1-` + UUIDv4", "believed"),
    ("notonthehighstreet_partner_api_key", R(HEX, 32), None, "32 lower-case hex", "guessed"),
    # --- traceability, provenance, allergens (name-only)
    ("bcms_cts_web_services_password", PW(), ("cts web services user", lambda rng: f"{rng.randint(100000, 999999)}ws"),
     "owner-chosen", "owner"),
    ("scoteid_api_key", R(HEX, 32), None, "32 lower-case hex", "guessed"),
    ("livestock_information_service_client_secret", R(B64URL, 40), ("lis client id", UUID()), "40 base64url", "guessed"),
    ("arams_movement_api_key", R(UPPER_ALNUM, 24), None, "24 upper-case alphanumerics", "guessed"),
    ("gs1_uk_data_api_key", R(HEX, 32), None, "32 lower-case hex", "guessed"),
    ("trace_register_api_token", R(ALNUM, 48), None, "48 alphanumerics", "guessed"),
    ("nutritics_api_key", R(ALNUM, 40), ("nutritics user", lambda rng: "shop" + str(rng.randint(1000, 9999))),
     "40 alphanumerics", "guessed"),
    ("erudus_api_key", R(HEX, 40), None, "40 lower-case hex", "guessed"),
    # --- labels and printing
    ("printnode_api_key", R(B64URL, 43), None, "43 base64url", "guessed"),
    ("zebra_savanna_api_key", R(ALNUM, 32), None, "32 alphanumerics", "guessed"),
    ("nicelabel_cloud_subscription_key", R(HEX, 32), None, "32 lower-case hex (API-management subscription key)", "believed"),
    # --- cold room and IoT
    ("imonnit_api_secret_key", R(ALNUM, 32), ("imonnit api key id", R(ALNUM, 24)), "32 alphanumerics", "guessed"),
    ("sensorpush_account_password", PW(), ("sensorpush email", lambda rng: f"coldroom@{rng.choice(SHOPS)}.example"),
     "owner-chosen", "owner"),
    ("testo_saveris_api_client_secret", R(B64URL, 40), ("saveris client id", UUID()), "40 base64url", "guessed"),
    ("tuya_iot_access_secret", R(HEX, 32), ("tuya access id", R(LOWER_ALNUM, 20)), "32 lower-case hex", "believed"),
    ("shelly_cloud_auth_key", R(ALNUM, 72, "MTk"), None, "`MTk` + 72 alphanumerics", "guessed"),
    ("thingspeak_write_api_key", R(UPPER_ALNUM, 16), ("thingspeak channel id", lambda rng: str(rng.randint(1000000, 2999999))),
     "16 upper-case alphanumerics", "believed"),
    ("ubidots_account_token", R(ALNUM, 30, "BBUS-"), None, "`BBUS-` + 30 alphanumerics", "believed"),
    ("adafruit_io_key", R(ALNUM, 28, "aio_"), ("adafruit io username", lambda rng: "coldroom" + str(rng.randint(10, 99))),
     "`aio_` + 28 alphanumerics", "believed"),
    ("particle_cloud_access_token", R(HEX, 40), None, "40 lower-case hex", "believed"),
    ("ttn_application_api_key", lambda rng: f"NNSXS.{rs(rng, UPPER_ALNUM, 39)}.{rs(rng, UPPER_ALNUM, 52)}", None,
     "`NNSXS.` + 39 + `.` + 52 upper-case alphanumerics", "believed"),
    ("blynk_device_auth_token", R(B64URL, 32), ("blynk template id", R(UPPER_ALNUM, 10, "TMPL")), "32 base64url", "believed"),
    ("home_assistant_long_lived_token", _home_assistant, None, "HS256 JWT (real HMAC, `iss`/`iat`/`exp`)", "believed"),
    ("influxdb_v2_operator_token", lambda rng: _influx(rng), None,
     "86 base64url + `==` (Base64 of 64 bytes with the URL alphabet)", "believed"),
    ("hivemq_cloud_client_password", PW(), ("hivemq username", lambda rng: "gateway-" + str(rng.randint(10, 99))),
     "owner-chosen", "owner"),
    ("pushover_application_token", R(LOWER_ALNUM, 29, "a"), ("pushover user key", R(LOWER_ALNUM, 29, "u")),
     "`a` + 29 lower-case alphanumerics", "believed"),
    ("ntfy_access_token", R(LOWER_ALNUM, 29, "tk_"), None, "`tk_` + 29 lower-case alphanumerics", "believed"),
    ("govee_developer_api_key", UUID(), None, "UUIDv4", "believed"),
    ("datacake_workspace_api_token", R(HEX, 40), None, "40 lower-case hex", "guessed"),
    # --- messaging
    ("twilio_account_auth_token", R(HEX, 32), ("twilio account sid", R(HEX, 32, "AC")), "32 lower-case hex", "believed"),
    ("messagebird_live_access_key", R(LOWER_ALNUM, 25), None, "25 alphanumerics", "read"),
    ("textlocal_api_key", R(B64, 44), None, "44 Base64-alphabet characters", "guessed"),
    ("esendex_account_password", PW(), ("esendex account reference", lambda rng: "EX" + str(rng.randint(1000000, 9999999))),
     "owner-chosen", "owner"),
    ("clicksend_api_key", lambda rng: uuid4(rng).upper(), ("clicksend username", lambda rng: "orders@" + rng.choice(SHOPS) + ".example"),
     "upper-case UUIDv4", "guessed"),
    ("brevo_api_key", lambda rng: f"xkeysib-{rs(rng, HEX, 64)}-{rs(rng, ALNUM, 16)}", None,
     "`xkeysib-` + 64 lower-case hex + `-` + 16 alphanumerics", "read"),
    ("mailchimp_marketing_api_key", lambda rng: f"{rs(rng, HEX, 32)}-us{rng.randint(1, 21)}", None,
     "32 lower-case hex + `-us` + data-centre number", "read"),
    ("klaviyo_private_api_key", R(HEX, 34, "pk_"), ("klaviyo site id", R(UPPER_ALNUM, 6)), "`pk_` + 34 lower-case hex", "believed"),
    ("mailgun_private_api_key", R(HEX, 32, "key-"), None, "`key-` + 32 lower-case hex", "read"),
    ("resend_api_key", lambda rng: f"re_{rs(rng, ALNUM, 8)}_{rs(rng, ALNUM, 24)}", None,
     "`re_` + 8 + `_` + 24 alphanumerics", "guessed"),
    ("telegram_bot_token", _telegram, None, "10 digits + `:AA` + 33 base64url", "read"),
    ("slack_bot_user_oauth_token", _slack_bot, None, "`xoxb-` + 12 digits + `-` + 13 digits + `-` + 24 alphanumerics", "read"),
    ("slack_incoming_webhook_url", _slack_hook, None,
     "whole `hooks.slack.com/services/T…/B…/<24>` URL (the URL is the credential)", "read"),
    ("google_chat_space_webhook_url", _gchat_hook, None,
     "whole `chat.googleapis.com/v1/spaces/…/messages?key=…&token=…` URL", "believed"),
    ("meta_graph_app_secret", R(HEX, 32), ("meta app id", lambda rng: str(rng.randint(10**14, 10**15 - 1))),
     "32 lower-case hex", "read"),
    ("facebook_page_access_token", R(ALNUM, 180, "EAAM"), None, "`EAAM` + 180 alphanumerics", "read"),
    ("pusher_channels_app_secret", R(HEX, 20), ("pusher app key", R(HEX, 20)), "20 lower-case hex", "believed"),
    ("ably_root_api_key", _ably, None, "app id `.` key id `:` 43 base64url", "believed"),
    ("onesignal_rest_api_key", R(LOWER_ALNUM, 113, "os_v2_app_"), ("onesignal app id", UUID()),
     "`os_v2_app_` + 113 lower-case alphanumerics", "guessed"),
    # --- AI
    ("openai_project_api_key", _openai_proj, None, "`sk-proj-` + 74 + `T3BlbkFJ` + 74 base64url", "read"),
    ("anthropic_api_key", _anthropic, None, "`sk-ant-api03-` + 93 base64url + `AA`", "read"),
    ("google_gemini_api_key", R(B64URL, 35, "AIza"), None, "`AIza` + 35 base64url", "read"),
    ("groq_api_key", R(ALNUM, 52, "gsk_"), None, "`gsk_` + 52 alphanumerics", "believed"),
    ("perplexity_api_key", R(ALNUM, 48, "pplx-"), None, "`pplx-` + 48 alphanumerics", "read"),
    ("together_ai_api_key", R(HEX, 64), None, "64 lower-case hex", "guessed"),
    ("replicate_api_token", R(ALNUM, 37, "r8_"), None, "`r8_` + 37 alphanumerics", "believed"),
    ("huggingface_user_access_token", R(LOWER + UPPER, 34, "hf_"), None, "`hf_` + 34 letters", "read"),
    ("voyage_ai_api_key", R(B64URL, 43, "pa-"), None, "`pa-` + 43 base64url", "guessed"),
    ("pinecone_api_key", lambda rng: f"pcsk_{rs(rng, ALNUM, 6)}_{rs(rng, ALNUM, 63)}", None,
     "`pcsk_` + 6 + `_` + 63 alphanumerics", "believed"),
    ("langsmith_service_key", lambda rng: f"lsv2_sk_{rs(rng, HEX, 32)}_{rs(rng, HEX, 10)}", None,
     "`lsv2_sk_` + 32 hex + `_` + 10 hex", "believed"),
    ("stability_ai_api_key", R(ALNUM, 48, "sk-"), None, "`sk-` + 48 alphanumerics", "believed"),
    ("roboflow_private_api_key", R(ALNUM, 20), ("roboflow workspace", lambda rng: rng.choice(SHOPS) + "-fish-id"),
     "20 alphanumerics", "guessed"),
    ("azure_ai_vision_key", R(HEX, 32), ("azure vision endpoint", lambda rng: f"https://{rng.choice(SHOPS)}-vision.cognitiveservices.azure.com/"),
     "32 lower-case hex", "believed"),
    # --- developer and ops
    ("github_classic_personal_access_token", R(ALNUM, 36, "ghp_"), None, "`ghp_` + 36 alphanumerics", "read"),
    ("gitlab_personal_access_token", R(B64URL, 20, "glpat-"), None, "`glpat-` + 20 base64url", "read"),
    ("bitbucket_app_password", lambda rng: f"ATBB{rs(rng, ALNUM, 32)}{rs(rng, UHEX, 8)}",
     ("bitbucket username", lambda rng: rng.choice(SHOPS) + "-dev"), "`ATBB` + 32 alphanumerics + 8 upper-case hex", "believed"),
    ("vercel_access_token", R(ALNUM, 24), None, "24 alphanumerics", "believed"),
    ("render_api_key", R(ALNUM, 32, "rnd_"), None, "`rnd_` + 32 alphanumerics", "believed"),
    ("fly_io_deploy_token", _flyio, None, "`fm2_` + standard Base64 of 150 bytes (the `FlyV1 ` scheme word is left out of the span)", "read"),
    ("heroku_platform_api_key", R(B64URL, 58, "HRKU-AA"), None, "`HRKU-AA` + 58 base64url", "read"),
    ("digitalocean_personal_access_token", R(HEX, 64, "dop_v1_"), None, "`dop_v1_` + 64 lower-case hex", "read"),
    ("linode_personal_access_token", R(HEX, 64), None, "64 lower-case hex", "believed"),
    ("hetzner_cloud_api_token", R(ALNUM, 64), None, "64 alphanumerics", "believed"),
    ("scaleway_secret_key", UUID(), ("scaleway access key", R(UPPER_ALNUM, 17, "SCW")), "UUIDv4", "believed"),
    ("aws_secret_access_key", R(ALNUM + "+/", 40), ("aws access key id", R("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16, "AKIA")),
     "40 Base64-alphabet characters", "believed"),
    ("azure_storage_account_key", lambda rng: b64std(rbytes(rng, 64)),
     ("azure storage account", lambda rng: rng.choice(SHOPS).replace("-", "") + "labels"), "standard Base64 of 64 bytes (88 characters)", "believed"),
    ("cloudflare_api_token", R(B64URL, 40), None, "40 base64url", "read"),
    ("cloudflare_r2_secret_access_key", R(HEX, 64), ("r2 access key id", R(HEX, 32)), "64 lower-case hex", "believed"),
    ("bunny_net_account_api_key", lambda rng: uuid4(rng) + rs(rng, HEX, 32), None,
     "UUIDv4 followed by 32 hex", "guessed"),
    ("sentry_user_auth_token", R(HEX, 64, "sntryu_"), None, "`sntryu_` + 64 lower-case hex", "read"),
    ("datadog_api_key", R(HEX, 32), None, "32 lower-case hex", "believed"),
    ("datadog_application_key", R(HEX, 40), None, "40 lower-case hex", "read"),
    ("honeycomb_ingest_api_key", R(LOWER_ALNUM, 58, "hcaik_"), None, "`hcaik_` + 58 lower-case alphanumerics", "guessed"),
    ("uptimerobot_main_api_key", lambda rng: f"u{rng.randint(1000000, 9999999)}-{rs(rng, HEX, 24)}", None,
     "`u` + 7 digits + `-` + 24 lower-case hex", "guessed"),
    ("cronitor_api_key", R(HEX, 32), None, "32 lower-case hex", "guessed"),
    ("rubygems_api_key", R(HEX, 48, "rubygems_"), None, "`rubygems_` + 48 lower-case hex", "read"),
    ("nuget_api_key", R(LOWER_ALNUM, 43, "oy2"), None, "`oy2` + 43 lower-case alphanumerics", "believed"),
    ("jenkins_user_api_token", R(HEX, 32, "11"), ("jenkins user", lambda rng: "deploy-" + str(rng.randint(1, 9))),
     "`11` + 32 lower-case hex", "believed"),
    ("buildkite_user_access_token", R(HEX, 40, "bkua_"), None, "`bkua_` + 40 lower-case hex", "believed"),
    ("docker_hub_org_access_token", R(B64URL, 36, "dckr_oat_"), ("docker hub organisation", lambda rng: rng.choice(SHOPS)),
     "`dckr_oat_` + 36 base64url", "guessed"),
    ("doppler_service_account_token", R(ALNUM, 43, "dp.sa."), None, "`dp.sa.` + 43 alphanumerics", "believed"),
    ("hashicorp_vault_batch_token", R(B64URL, 140, "hvb."), None, "`hvb.` + 140 base64url", "read"),
    ("onepassword_connect_server_token", _op_connect, None, "ES256-shaped JWT (real JSON, 64 random signature bytes)", "guessed"),
    ("infisical_service_token", lambda rng: f"st.{uuid4(rng)}.{rs(rng, HEX, 32)}.{rs(rng, HEX, 32)}", None,
     "`st.` + UUIDv4 + `.` + 32 hex + `.` + 32 hex", "guessed"),
    ("bitwarden_sm_access_token", _bitwarden_sm, None,
     "`0.` + UUIDv4 + `.` + 30 alphanumerics + `:` + Base64 of 16 bytes", "believed"),
    ("tailscale_api_access_token", lambda rng: f"tskey-api-k{rs(rng, ALNUM, 10)}CNTRL-{rs(rng, ALNUM, 33)}", None,
     "`tskey-api-k` + 10 + `CNTRL-` + 33 alphanumerics", "believed"),
    ("ngrok_api_key", lambda rng: f"2{rs(rng, ALNUM, 26)}_{rs(rng, ALNUM, 21)}", None,
     "`2` + 26 alphanumerics + `_` + 21 alphanumerics", "believed"),
    ("supabase_service_role_key", _supabase_service, ("supabase url", lambda rng: f"https://{rs(rng, LOWER, 20)}.supabase.co"),
     "HS256 JWT with `role: service_role` (real HMAC)", "believed"),
    ("turso_database_auth_token", _turso, ("turso database url", lambda rng: f"libsql://trace-{rng.choice(SHOPS)}.turso.io"),
     "EdDSA-shaped JWT (real JSON, 64 random signature bytes)", "believed"),
    ("upstash_redis_rest_token", lambda rng: "A" + rs(rng, B64URL, 55) + "=", ("upstash rest url", lambda rng: f"https://{rs(rng, LOWER, 8)}-{rng.randint(10000, 99999)}.upstash.io"),
     "`A` + 55 base64url + `=`", "guessed"),
    ("mongodb_atlas_private_api_key", UUID(), ("atlas public api key", R(LOWER, 8)), "UUIDv4", "believed"),
    ("airtable_personal_access_token", lambda rng: f"pat{rs(rng, ALNUM, 14)}.{rs(rng, HEX, 64)}", None,
     "`pat` + 14 alphanumerics + `.` + 64 lower-case hex", "read"),
    ("notion_internal_integration_secret", lambda rng: f"ntn_{rs(rng, DIGITS, 11)}{rs(rng, ALNUM, 35)}", None,
     "`ntn_` + 11 digits + 35 alphanumerics", "read"),
    ("zendesk_api_token", R(ALNUM, 40), ("zendesk agent email", lambda rng: f"help@{rng.choice(SHOPS)}.example"),
     "40 alphanumerics", "believed"),
    ("freshdesk_api_key", R(ALNUM, 20), None, "20 alphanumerics", "believed"),
    ("intercom_access_token", _intercom, None, "standard Base64 of `tok:<uuid>:1:0` (60 characters)", "believed"),
    ("jotform_api_key", R(HEX, 32), None, "32 lower-case hex", "believed"),
    ("google_oauth_client_secret", R(B64URL, 28, "GOCSPX-"), ("google client id", lambda rng: f"{rng.randint(10**11, 10**12 - 1)}-{rs(rng, LOWER_ALNUM, 32)}.apps.googleusercontent.com"),
     "`GOCSPX-` + 28 base64url", "believed"),
    ("google_recaptcha_secret_key", R(B64URL, 38, "6L"), ("recaptcha site key", R(B64URL, 38, "6L")),
     "`6L` + 38 base64url (the site key next to it has the same shape)", "believed"),
    ("hcaptcha_account_secret", R(HEX, 40, "0x"), ("hcaptcha site key", UUID()), "`0x` + 40 lower-case hex", "believed"),
    ("cloudflare_turnstile_secret_key", R(B64URL, 25, "0x4AAAAAAA"), ("turnstile site key", R(B64URL, 12, "0x4AAAAAAA")),
     "`0x4AAAAAAA` + 25 base64url", "believed"),
    # --- delivery rounds and addresses
    ("what3words_api_key", R(UPPER_ALNUM, 8), None, "8 upper-case alphanumerics", "believed"),
    ("getaddress_io_api_key", R(B64URL, 22), None, "22 base64url", "guessed"),
    ("onfleet_api_key", R(HEX, 32), None, "32 lower-case hex", "guessed"),
    ("routific_api_token", _routific, None, "HS256 JWT (real HMAC)", "guessed"),
    ("shipday_api_key", lambda rng: f"{rs(rng, ALNUM, 10)}.{rs(rng, ALNUM, 20)}", None,
     "10 + `.` + 20 alphanumerics", "guessed"),
    ("packlink_pro_api_key", R(HEX, 64), None, "64 lower-case hex", "guessed"),
    ("uber_eats_client_secret", R(B64URL, 40), ("uber eats client id", R(B64URL, 32)), "40 base64url", "guessed"),
]
assert len(SPECS) >= 120, len(SPECS)

# written but set aside: weakest link to this world or the most generic shape
SET_ASIDE = ["notonthehighstreet_partner_api_key", "datacake_workspace_api_token", "honeycomb_ingest_api_key",
             "cronitor_api_key", "uptimerobot_main_api_key", "linode_personal_access_token",
             "hetzner_cloud_api_token", "bunny_net_account_api_key", "nuget_api_key", "rubygems_api_key",
             "jenkins_user_api_token", "buildkite_user_access_token", "vercel_access_token", "together_ai_api_key",
             "voyage_ai_api_key", "stability_ai_api_key", "packlink_pro_api_key",
             "getaddress_io_api_key", "turso_database_auth_token", "upstash_redis_rest_token", "freshdesk_api_key", "jotform_api_key",
             "infisical_service_token", "sage_accounting_client_secret"]
ACTIVE = [s for s in SPECS if s[0] not in SET_ASIDE]

# vendor styles (16, cyclic)
STYLES = [
    ("shop_api_dotenv_production", "upper"),
    ("scale_ops_compose_environment_list", "upper"),
    ("label_service_helm_values_yaml", "camel"),
    ("traceability_python_settings_module", "upper"),
    ("click_collect_typescript_config_object", "camel"),
    ("box_scheme_php_array_config", "snake"),
    ("delivery_app_go_var_block", "pascal"),
    ("cold_room_gateway_toml", "snake"),
    ("shop_ops_aws_ssm_put_parameter_history", "snake"),
    ("butcher_it_teams_dm_paste", "spaced"),
    ("farm_shop_zendesk_internal_note", "spaced"),
    ("fishmonger_java_properties", "dot"),
    ("hamper_app_swift_enum", "camel"),
    ("wholesale_csharp_appsettings_json", "pascal"),
    ("shop_ops_heroku_config_set_history", "upper"),
    ("shop_ops_fly_secrets_set_history", "upper"),
]


def render(style, kname, pairs):
    """pairs: list of (key, value-or-MARK). Returns a template with one MARK."""
    s = style
    if s == "shop_api_dotenv_production":
        return "# .env.production\n" + "".join(f"{k}={v}\n" for k, v in pairs)
    if s == "scale_ops_compose_environment_list":
        return ("services:\n  sync:\n    image: ghcr.io/shop/sync:2.4\n    environment:\n"
                + "".join(f"      - {k}={v}\n" for k, v in pairs))
    if s == "label_service_helm_values_yaml":
        return "labelService:\n  replicas: 1\n  env:\n" + "".join(f"    {k}: \"{v}\"\n" for k, v in pairs)
    if s == "traceability_python_settings_module":
        return "# settings/production.py\n" + "".join(f"{k} = \"{v}\"\n" for k, v in pairs)
    if s == "click_collect_typescript_config_object":
        return ("export const integrations = {\n" + "".join(f"  {k}: '{v}',\n" for k, v in pairs)
                + "} as const;\n")
    if s == "box_scheme_php_array_config":
        return "<?php\nreturn [\n" + "".join(f"    '{k}' => '{v}',\n" for k, v in pairs) + "];\n"
    if s == "delivery_app_go_var_block":
        return "package config\n\nvar (\n" + "".join(f"\t{k} = \"{v}\"\n" for k, v in pairs) + ")\n"
    if s == "cold_room_gateway_toml":
        return "[integrations]\n" + "".join(f"{k} = \"{v}\"\n" for k, v in pairs)
    if s == "shop_ops_aws_ssm_put_parameter_history":
        return "".join(f"aws ssm put-parameter --name /shop/prod/{k} --type SecureString --value '{v}' --overwrite\n"
                       for k, v in pairs)
    if s == "butcher_it_teams_dm_paste":
        lines = ["Gav (IT) 16:02", "here's what you need for the integration"]
        lines += [f"{k}: {v}" for k, v in pairs]
        lines += ["Gav (IT) 16:03", "delete this once it's in the vault pls"]
        return "\n".join(lines) + "\n"
    if s == "farm_shop_zendesk_internal_note":
        body = "; ".join(f"{k} {v}" for k, v in pairs)
        return f"Internal note (not visible to customer)\nSet up the integration for the shop – {body} – ticket can close.\n"
    if s == "fishmonger_java_properties":
        return "# integrations.properties\n" + "".join(f"{k}={v}\n" for k, v in pairs)
    if s == "hamper_app_swift_enum":
        return "enum Secrets {\n" + "".join(f"    static let {k} = \"{v}\"\n" for k, v in pairs) + "}\n"
    if s == "wholesale_csharp_appsettings_json":
        inner = ",\n".join(f"    \"{k}\": \"{v}\"" for k, v in pairs)
        return "{\n  \"Integrations\": {\n" + inner + "\n  }\n}\n"
    if s == "shop_ops_heroku_config_set_history":
        return ("$ heroku config:set " + " ".join(f"{k}='{v}'" for k, v in pairs)
                + " -a hamper-shop\nSetting config vars and restarting hamper-shop... done\n")
    if s == "shop_ops_fly_secrets_set_history":
        return "$ fly secrets set " + " ".join(f"{k}=\"{v}\"" for k, v in pairs) + "\nUpdating existing machines\n"
    raise KeyError(style)


def generate(reg, next_id, n=120):
    rng = random.Random(SEED)
    out = []
    for i, (tname, gen, nb, _shape, _status) in enumerate(ACTIVE[:n]):
        style, kstyle = STYLES[i % len(STYLES)]
        value = reg.draw(lambda: gen(rng))
        pairs = []
        if nb:
            nv = reg.draw(lambda: nb[1](rng))
            pairs.append((key(nb[0].split(), kstyle), nv))
        pairs.append((key(tname.split("_"), kstyle), MARK))
        tpl = render(style, None, pairs)
        text, s, e = place(tpl, value)
        out.append(record(next_id(), tname, f"{tname}__{style}", text, s, e, value, "vendor"))
    return out


# regex checks for vendor values (derived from the generators)
def vendor_regexes():
    rx = {}
    for tname, _g, _n, shape, status in SPECS:
        m = re.findall(r"`([^`]+)`", shape)
        rx[tname] = (shape, status, m[0] if m else None)
    return rx
