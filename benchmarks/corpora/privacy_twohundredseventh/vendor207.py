"""Vendor source: 120 vendor credential types used by bike-shop / cycle-repair / bike-hire developers."""
import json
import random

from common207 import (SLOT, AN, ANL, ANU, DIGITS, HEXL, HEXU, B64URL, B64STD, UPPER, LOWER,
                       rstr, rbytes, b64, b64url_nopad, jwt, uuid4, owner_password, style_key,
                       span_record)

SEED = 20702


def P(prefix, alpha, n, suffix=""):
    return lambda r: prefix + rstr(r, alpha, n) + suffix


def sentry_org(r):
    body = json.dumps({"iat": 1745000000 + r.randint(0, 9999999), "url": "https://sentry.io",
                       "region_url": "https://de.sentry.io", "org": r.choice(["spokeandsprocket", "velocityhire", "chainlinecycles"])},
                      separators=(",", ":")).encode()
    return "sntrys_" + b64(body).rstrip("=") + "_" + rstr(r, B64STD, 43)


def glc(r):
    body = json.dumps({"o": str(r.randint(100000, 999999)), "n": "fleet-metrics-write",
                       "k": rstr(r, AN, 24), "m": {"r": "prod-eu-west-2"}}, separators=(",", ":")).encode()
    return "glc_" + b64(body)


def cf_tunnel(r):
    body = json.dumps({"a": rstr(r, HEXL, 32), "t": uuid4(r), "s": b64(rbytes(r, 32))}, separators=(",", ":")).encode()
    return b64(body)


def mapbox_sk(r):
    body = json.dumps({"u": r.choice(["harbourhire", "trailheadrentals"]), "a": rstr(r, ANL, 25)}, separators=(",", ":")).encode()
    return "sk." + b64url_nopad(body) + "." + rstr(r, B64URL, 22)


def mailerlite(r):
    return jwt(r, "RS256", {"aud": "4", "jti": rstr(r, HEXL, 80), "iat": 1740000000 + r.randint(0, 9999999),
                            "nbf": 1740000000, "sub": str(r.randint(100000, 999999)), "scopes": []})


def monday(r):
    return jwt(r, "HS256", {"tid": r.randint(100000000, 499999999), "aai": 11, "uid": r.randint(10000000, 79999999),
                            "iad": "2025-03-0%dT09:12:44.000Z" % r.randint(1, 9), "per": "me:write",
                            "actid": r.randint(1000000, 9999999), "rgn": "euc1"})


def calendly(r):
    return jwt(r, "HS256", {"iss": "https://auth.calendly.com", "iat": 1741000000 + r.randint(0, 999999),
                            "jti": uuid4(r), "user_uuid": uuid4(r)})


def fcm(r):
    return "AAAA" + rstr(r, B64URL, 7) + ":APA91b" + rstr(r, B64URL, 134)


def asana(r):
    return "2/" + rstr(r, DIGITS, 16) + "/" + rstr(r, DIGITS, 16) + ":" + rstr(r, HEXL, 32)


def atlassian(r):
    return "ATATT3xFfGF0" + rstr(r, B64URL, 180) + "=" + rstr(r, HEXU, 8)


def teams_hook(r):
    return ("https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s"
            % (r.choice(["harbourhire", "spokesprocket"]), uuid4(r), uuid4(r), rstr(r, HEXL, 32), uuid4(r)))


def discord_hook(r):
    return "https://discord.com/api/webhooks/%s/%s" % (rstr(r, DIGITS, 19), rstr(r, B64URL, 68))


def openai_admin(r):
    return "sk-admin-" + rstr(r, B64URL, 58) + "T3BlbkFJ" + rstr(r, B64URL, 58)


def ebay_cert(r):
    return "PRD-%s-%s-%s-%s-%s" % (rstr(r, HEXL, 12), rstr(r, HEXL, 4), rstr(r, HEXL, 4), rstr(r, HEXL, 4), rstr(r, HEXL, 4))


def owner(r):
    return owner_password(r)


# neighbour generators (public ids written next to the secret, unlabelled)
N = {
    "braintree_public_key": P("", ANL, 16),
    "braintree_merchant_id": P("", ANL, 16),
    "paypal_client_id": P("A", B64URL, 79),
    "woocommerce_consumer_key": P("ck_", HEXL, 40),
    "bigcommerce_store_hash": P("", ANL, 10),
    "lightspeed_client_id": P("", AN, 32),
    "checkfront_api_key": P("", HEXL, 32),
    "fareharbor_shortname": lambda r: r.choice(["harbourhirebikes", "trailheadrentals", "cadencerides"]),
    "bookeo_api_key": P("", ANU, 32),
    "regiondo_public_key": P("", HEXL, 32),
    "bike_index_client_id": P("", HEXL, 64),
    "strava_client_id": P("", DIGITS, 6),
    "ridewithgps_api_key": P("", HEXL, 8),
    "garmin_consumer_key": lambda r: uuid4(r),
    "shimano_b2b_dealer_number": P("", DIGITS, 8),
    "madison_trade_account": P("MAD", DIGITS, 6),
    "zyro_fisher_login": lambda r: "workshop@%s.example" % r.choice(["spokeandsprocket", "chainlinecycles"]),
    "traccar_admin_email": lambda r: "fleet@%s.example" % r.choice(["velocityhire", "harbourhirebikes"]),
    "twilio_api_key_sid": P("SK", HEXL, 32),
    "vonage_api_key": P("", HEXL, 8),
    "plivo_auth_id": P("MA", ANU, 18),
    "mailjet_api_key": P("", HEXL, 32),
    "line_channel_id": P("1", DIGITS, 9),
    "algolia_app_id": P("", ANU, 10),
    "cloudinary_api_key": P("", DIGITS, 15),
    "auth0_client_id": P("", AN, 32),
    "gorgias_username": lambda r: "claims@%s.example" % r.choice(["truingstandworks", "chainlinecycles"]),
    "helpscout_app_id": P("", AN, 32),
    "crisp_identifier": lambda r: uuid4(r),
    "trello_api_key": P("", HEXL, 32),
    "dropbox_app_key": P("", ANL, 15),
    "spaces_access_key": P("DO", ANU, 18),
    "cloudflare_account_email": lambda r: "ops@%s.example" % r.choice(["velocityhire", "greenlanebikes"]),
    "garmin_consumer_key2": lambda r: uuid4(r),
}

# name, generator, confidence, shape text, neighbour key or None
V = [
    # payments and commerce
    ("stripe_restricted_live_key", P("rk_live_51", AN, 97), "read", "`rk_live_51` + 97 alphanumerics", None),
    ("stripe_webhook_endpoint_secret", P("whsec_", AN, 32), "believed", "`whsec_` + 32 alphanumerics", None),
    ("square_production_access_token", P("EAAA", B64URL, 60), "read", "`EAAA` + 60 base64url", None),
    ("sumup_oauth_client_secret", P("", HEXL, 64), "guessed", "64 lower-case hex", None),
    ("adyen_checkout_api_key", P("AQE", B64STD, 97), "guessed", "`AQE` + 97 Base64-alphabet characters", None),
    ("mollie_live_api_key", P("live_", AN, 30), "believed", "`live_` + 30 alphanumerics", None),
    ("braintree_private_key", P("", HEXL, 32), "believed", "32 lower-case hex", "braintree_public_key"),
    ("paypal_rest_client_secret", P("E", B64URL, 79), "believed", "`E` + 79 base64url", "paypal_client_id"),
    ("checkout_com_secret_key", lambda r: "sk_" + uuid4(r), "guessed", "`sk_` + UUIDv4", None),
    ("shopify_app_shared_secret", P("shpss_", HEXL, 32), "read", "`shpss_` + 32 lower-case hex", None),
    ("shopify_custom_app_access_token", P("shpca_", HEXL, 32), "read", "`shpca_` + 32 lower-case hex", None),
    ("woocommerce_rest_consumer_secret", P("cs_", HEXL, 40), "believed", "`cs_` + 40 lower-case hex", "woocommerce_consumer_key"),
    ("bigcommerce_store_api_token", P("", ANL, 31), "guessed", "31 lower-case alphanumerics", "bigcommerce_store_hash"),
    ("lightspeed_x_series_personal_token", P("lsxs_pt_", AN, 32), "believed", "`lsxs_pt_` + 32 alphanumerics", None),
    ("lightspeed_r_series_client_secret", P("", HEXL, 64), "guessed", "64 lower-case hex", "lightspeed_client_id"),
    ("citrus_lime_cloud_pos_api_key", lambda r: uuid4(r), "guessed", "UUIDv4", None),
    ("ebay_production_cert_id", ebay_cert, "guessed", "`PRD-` + 12 hex + four 4-hex groups", None),
    # hire, rental and ride booking
    ("booqable_api_key", P("", HEXL, 64), "guessed", "64 lower-case hex", None),
    ("rentle_api_token", P("", AN, 40), "guessed", "40 alphanumerics", None),
    ("checkfront_api_secret", P("", HEXL, 64), "guessed", "64 lower-case hex", "checkfront_api_key"),
    ("rezdy_api_key", P("", HEXL, 32), "guessed", "32 lower-case hex", None),
    ("fareharbor_user_api_key", lambda r: uuid4(r), "guessed", "UUIDv4", "fareharbor_shortname"),
    ("bookeo_secret_key", P("", AN, 32), "guessed", "32 alphanumerics", "bookeo_api_key"),
    ("regiondo_private_key", P("", HEXL, 64), "guessed", "64 lower-case hex", "regiondo_public_key"),
    # cycle-to-work, registers, ride platforms, suppliers
    ("cyclescheme_partner_api_key", P("", ANU, 32), "guessed", "32 upper-case alphanumerics", None),
    ("green_commute_initiative_api_token", P("", HEXL, 40), "guessed", "40 lower-case hex", None),
    ("bikeregister_dealer_api_key", P("", AN, 24), "guessed", "24 alphanumerics", None),
    ("bike_index_oauth_client_secret", P("", HEXL, 64), "guessed", "64 lower-case hex (Doorkeeper style)", "bike_index_client_id"),
    ("strava_api_client_secret", P("", HEXL, 40), "believed", "40 lower-case hex", "strava_client_id"),
    ("strava_athlete_refresh_token", P("", HEXL, 40), "believed", "40 lower-case hex", None),
    ("ridewithgps_auth_token", P("", HEXL, 32), "guessed", "32 lower-case hex", "ridewithgps_api_key"),
    ("garmin_connect_consumer_secret", P("", AN, 31), "guessed", "31 alphanumerics", "garmin_consumer_key"),
    ("wahoo_cloud_client_secret", P("", B64URL, 43), "guessed", "43 base64url", None),
    ("bosch_ebike_connect_client_secret", P("", AN, 40), "guessed", "40 alphanumerics", None),
    ("shimano_b2b_portal_password", owner, "owner", "owner-chosen", "shimano_b2b_dealer_number"),
    ("madison_trade_portal_password", owner, "owner", "owner-chosen", "madison_trade_account"),
    ("zyro_fisher_dealer_portal_password", owner, "owner", "owner-chosen", "zyro_fisher_login"),
    ("qbp_dealer_api_key", P("", HEXL, 32), "guessed", "32 lower-case hex", None),
    # locks, docks, fleet trackers, maps
    ("nuki_web_api_token", P("", HEXL, 64), "guessed", "64 lower-case hex", None),
    ("igloohome_api_client_secret", P("", AN, 48), "guessed", "48 alphanumerics", None),
    ("tapkey_oauth_client_secret", P("", B64URL, 40), "guessed", "40 base64url", None),
    ("noke_pro_api_key", P("", AN, 64), "guessed", "64 alphanumerics", None),
    ("samsara_api_token", P("samsara_api_", AN, 30), "believed", "`samsara_api_` + 30 alphanumerics", None),
    ("traccar_server_admin_password", owner, "owner", "owner-chosen", "traccar_admin_email"),
    ("flespi_platform_token", P("", AN, 64), "believed", "64 alphanumerics", None),
    ("teltonika_rms_api_token", P("", AN, 64), "guessed", "64 alphanumerics", None),
    ("mapbox_secret_access_token", mapbox_sk, "believed", "`sk.` + base64url JSON (`u`, `a`) + `.` + 22 base64url", None),
    ("google_maps_server_api_key", P("AIza", B64URL, 35), "read", "`AIza` + 35 base64url", None),
    ("here_location_services_api_key", P("", B64URL, 43), "believed", "43 base64url", None),
    ("openrouteservice_api_key", P("5b3ce3597851110001cf6248", HEXL, 32), "believed", "`5b3ce3597851110001cf6248` + 32 lower-case hex", None),
    ("graphhopper_api_key", lambda r: uuid4(r), "believed", "UUIDv4", None),
    # messaging and email
    ("twilio_api_key_secret", P("", AN, 32), "believed", "32 alphanumerics", "twilio_api_key_sid"),
    ("vonage_api_secret", P("", AN, 16), "believed", "16 alphanumerics", "vonage_api_key"),
    ("plivo_auth_token", P("", AN, 40), "believed", "40 alphanumerics", "plivo_auth_id"),
    ("firetext_sms_api_key", P("", AN, 40), "guessed", "40 alphanumerics", None),
    ("sendgrid_mail_api_key", lambda r: "SG." + rstr(r, B64URL, 22) + "." + rstr(r, B64URL, 43), "read", "`SG.` + 22 + `.` + 43 base64url", None),
    ("postmark_server_api_token", lambda r: uuid4(r), "believed", "UUIDv4", None),
    ("mailjet_api_secret_key", P("", HEXL, 32), "believed", "32 lower-case hex", "mailjet_api_key"),
    ("sparkpost_api_key", P("", HEXL, 40), "believed", "40 lower-case hex", None),
    ("mandrill_transactional_api_key", P("md-", B64URL, 22), "believed", "`md-` + 22 base64url", None),
    ("mailerlite_api_token", mailerlite, "believed", "RS256-shaped JWT (real base64url JSON, 256 random signature bytes)", None),
    ("discord_channel_webhook_url", discord_hook, "believed", "whole `discord.com/api/webhooks/<19 digits>/<68>` URL (the URL is the credential)", None),
    ("teams_incoming_webhook_url", teams_hook, "read", "whole `*.webhook.office.com/webhookb2/…/IncomingWebhook/…` URL (the URL is the credential)", None),
    ("whatsapp_cloud_api_access_token", P("EAAJ", AN, 196), "believed", "`EAAJ` + 196 alphanumerics", None),
    ("line_messaging_channel_secret", P("", HEXL, 32), "believed", "32 lower-case hex", "line_channel_id"),
    ("slack_app_signing_secret", P("", HEXL, 32), "believed", "32 lower-case hex", None),
    ("slack_app_level_token", lambda r: "xapp-1-A" + rstr(r, ANU, 10) + "-" + rstr(r, DIGITS, 13) + "-" + rstr(r, HEXL, 64), "believed", "`xapp-1-A` + 10 + `-` + 13 digits + `-` + 64 lower-case hex", None),
    ("pushbullet_access_token", P("o.", AN, 32), "believed", "`o.` + 32 alphanumerics", None),
    # AI
    ("openai_admin_api_key", openai_admin, "read", "`sk-admin-` + 58 + `T3BlbkFJ` + 58 base64url", None),
    ("anthropic_admin_api_key", lambda r: "sk-ant-admin01-" + rstr(r, B64URL, 93) + "AA", "read", "`sk-ant-admin01-` + 93 base64url + `AA`", None),
    ("mistral_api_key", P("", AN, 32), "believed", "32 alphanumerics", None),
    ("cohere_api_key", P("", AN, 40), "read", "40 alphanumerics", None),
    ("deepseek_api_key", P("sk-", HEXL, 32), "believed", "`sk-` + 32 lower-case hex", None),
    ("xai_grok_api_key", P("xai-", AN, 80), "believed", "`xai-` + 80 alphanumerics", None),
    ("openrouter_api_key", P("sk-or-v1-", HEXL, 64), "believed", "`sk-or-v1-` + 64 lower-case hex", None),
    ("elevenlabs_api_key", P("sk_", HEXL, 48), "believed", "`sk_` + 48 lower-case hex", None),
    ("assemblyai_api_key", P("", HEXL, 32), "believed", "32 lower-case hex", None),
    ("deepgram_api_key", P("", HEXL, 40), "believed", "40 lower-case hex", None),
    # developer
    ("github_app_installation_token", P("ghs_", AN, 36), "read", "`ghs_` + 36 alphanumerics", None),
    ("github_oauth_access_token", P("gho_", AN, 36), "read", "`gho_` + 36 alphanumerics", None),
    ("gitlab_runner_authentication_token", P("glrt-", B64URL, 20), "read", "`glrt-` + 20 base64url", None),
    ("gitlab_deploy_token", P("gldt-", B64URL, 20), "read", "`gldt-` + 20 base64url", None),
    ("npm_automation_access_token", P("npm_", AN, 36), "read", "`npm_` + 36 alphanumerics", None),
    ("pypi_project_upload_token", P("pypi-AgEIcHlwaS5vcmc", B64URL, 100), "read", "`pypi-AgEIcHlwaS5vcmc` + 100 base64url", None),
    ("atlassian_cloud_api_token", atlassian, "believed", "`ATATT3xFfGF0` + 180 base64url + `=` + 8 upper-case hex", None),
    ("linear_personal_api_key", P("lin_api_", AN, 40), "read", "`lin_api_` + 40 alphanumerics", None),
    ("expo_robot_access_token", P("", AN, 40), "guessed", "40 alphanumerics", None),
    ("netlify_personal_access_token", P("nfp_", AN, 40), "believed", "`nfp_` + 40 alphanumerics", None),
    ("terraform_cloud_user_token", lambda r: rstr(r, AN, 14) + ".atlasv1." + rstr(r, AN, 67), "believed", "14 + `.atlasv1.` + 67 alphanumerics", None),
    # ops
    ("grafana_service_account_token", lambda r: "glsa_" + rstr(r, AN, 32) + "_" + rstr(r, HEXL, 8), "read", "`glsa_` + 32 alphanumerics + `_` + 8 lower-case hex", None),
    ("grafana_cloud_access_policy_token", glc, "read", "`glc_` + standard Base64 of a JSON object (`o`, `n`, `k`, `m`)", None),
    ("new_relic_user_api_key", P("NRAK-", ANU, 27), "read", "`NRAK-` + 27 upper-case alphanumerics", None),
    ("sentry_org_auth_token", sentry_org, "read", "`sntrys_` + Base64 of JSON (`iat`, `url`, `region_url`, `org`) + `_` + 43 Base64-alphabet characters", None),
    ("betterstack_uptime_api_token", P("", AN, 24), "guessed", "24 alphanumerics", None),
    ("pagerduty_rest_api_key", P("u+", B64URL, 18), "believed", "`u+` + 18 base64url", None),
    ("cloudflare_origin_ca_key", lambda r: "v1.0-" + rstr(r, HEXL, 24) + "-" + rstr(r, HEXL, 146), "read", "`v1.0-` + 24 + `-` + 146 lower-case hex", None),
    ("cloudflare_global_api_key", P("", HEXL, 37), "read", "37 lower-case hex", "cloudflare_account_email"),
    ("cloudflare_tunnel_token", cf_tunnel, "believed", "standard Base64 of a JSON object (`a` account tag, `t` tunnel UUIDv4, `s` Base64 secret)", None),
    ("tailscale_auth_key", lambda r: "tskey-auth-k" + rstr(r, AN, 10) + "CNTRL-" + rstr(r, AN, 33), "believed", "`tskey-auth-k` + 10 + `CNTRL-` + 33 alphanumerics", None),
    ("hashicorp_vault_service_token", P("hvs.", B64URL, 95), "read", "`hvs.` + 95 base64url", None),
    ("doppler_cli_token", P("dp.ct.", AN, 43), "believed", "`dp.ct.` + 43 alphanumerics", None),
    ("supabase_management_access_token", P("sbp_", HEXL, 40), "believed", "`sbp_` + 40 lower-case hex", None),
    ("planetscale_service_token", P("pscale_tkn_", B64URL, 43), "read", "`pscale_tkn_` + 43 base64url", None),
    ("neon_api_key", P("napi_", ANL, 64), "believed", "`napi_` + 64 lower-case alphanumerics", None),
    ("railway_api_token", lambda r: uuid4(r), "guessed", "UUIDv4", None),
    ("digitalocean_spaces_secret_key", P("", B64STD, 43), "believed", "43 Base64-alphabet characters", "spaces_access_key"),
    ("aws_sts_session_token", P("IQoJb3JpZ2luX2VjE", B64STD, 300), "believed", "`IQoJb3JpZ2luX2VjE` + 300 Base64-alphabet characters", None),
    # search, content, media, identity
    ("algolia_admin_api_key", P("", HEXL, 32), "read", "32 lower-case hex", "algolia_app_id"),
    ("typesense_admin_api_key", P("", AN, 32), "guessed", "32 alphanumerics", None),
    ("meilisearch_master_key", P("", B64URL, 44), "guessed", "44 base64url", None),
    ("contentful_management_token", P("CFPAT-", B64URL, 43), "believed", "`CFPAT-` + 43 base64url", None),
    ("cloudinary_api_secret", P("", B64URL, 27), "believed", "27 base64url", "cloudinary_api_key"),
    ("auth0_application_client_secret", P("", B64URL, 64), "believed", "64 base64url", "auth0_client_id"),
    ("okta_api_token", P("00", B64URL, 40), "read", "`00` + 40 base64url", None),
    ("firebase_cloud_messaging_server_key", fcm, "believed", "`AAAA` + 7 + `:APA91b` + 134 base64url", None),
    # helpdesk, productivity, accounting
    ("pipedrive_api_token", P("", HEXL, 40), "believed", "40 lower-case hex", None),
    ("gorgias_api_key", P("", HEXL, 64), "guessed", "64 lower-case hex", "gorgias_username"),
    ("helpscout_app_secret", P("", AN, 32), "guessed", "32 alphanumerics", "helpscout_app_id"),
    ("crisp_plugin_token_key", P("", HEXL, 64), "guessed", "64 lower-case hex", "crisp_identifier"),
    ("trello_user_api_token", lambda r: "ATTA" + rstr(r, HEXL, 64) + rstr(r, HEXU, 8), "believed", "`ATTA` + 64 lower-case hex + 8 upper-case hex", "trello_api_key"),
    ("asana_personal_access_token", asana, "believed", "`2/` + 16 digits + `/` + 16 digits + `:` + 32 lower-case hex", None),
    ("clickup_personal_api_token", lambda r: "pk_" + rstr(r, DIGITS, 8) + "_" + rstr(r, ANU, 32), "believed", "`pk_` + 8 digits + `_` + 32 upper-case alphanumerics", None),
    ("monday_com_api_token", monday, "believed", "HS256 JWT (real base64url JSON, real HMAC under a discarded key)", None),
    ("calendly_personal_access_token", calendly, "believed", "HS256 JWT (real base64url JSON, real HMAC under a discarded key)", None),
    ("zoho_books_oauth_refresh_token", lambda r: "1000." + rstr(r, HEXL, 32) + "." + rstr(r, HEXL, 32), "believed", "`1000.` + 32 + `.` + 32 lower-case hex", None),
    ("dropbox_app_secret", P("", ANL, 15), "believed", "15 lower-case alphanumerics", "dropbox_app_key"),
    ("google_oauth_refresh_token", P("1//0", B64URL, 99), "believed", "`1//0` + 99 base64url", None),
]

SET_ASIDE = {
    "ebay_production_cert_id": "eBay is a weak link to a bike shop's own tooling and the layout is guessed",
    "citrus_lime_cloud_pos_api_key": "bare UUIDv4 with a guessed shape; the shop POS is covered by Lightspeed",
    "teltonika_rms_api_token": "generic 64-alphanumeric shape, fleet trackers are covered by Samsara, Flespi and Traccar",
    "expo_robot_access_token": "shape guessed, one more mobile build service",
    "betterstack_uptime_api_token": "generic 24-alphanumeric shape, one more monitoring service",
    "aws_sts_session_token": "short-lived, and a 300-character filler of guessed length",
    "google_oauth_refresh_token": "length guessed, OAuth refresh tokens are covered by Strava and Zoho",
}

STYLES = [
    ("hire_api_dotenv_production", "upper"),
    ("workshop_ops_compose_environment_map", "upper"),
    ("fleet_service_helm_secret_values", "camel"),
    ("fitting_app_pydantic_settings_py", "snake"),
    ("booking_site_vite_env_local", "upper"),
    ("claims_service_kotlin_const_vals", "upper"),
    ("parts_sync_java_properties", "dot"),
    ("dock_gateway_yaml_config", "snake"),
    ("hire_ops_vault_kv_put_history", "snake"),
    ("hire_ops_gh_secret_set_history", "upper"),
    ("bike_shop_owner_telegram_paste", "spaced"),
    ("warranty_desk_gorgias_internal_note", "spaced"),
    ("rental_app_swift_secrets_enum", "camel"),
    ("fit_studio_csharp_appsettings_json", "pascal"),
    ("hire_ops_railway_variables_set_history", "upper"),
    ("bike_ops_netlify_env_set_history", "upper"),
]


def render(style, skind, key, nb):
    """nb: list of (styled key, value) neighbours written before the secret."""
    if style == "hire_api_dotenv_production":
        lines = ["# production env for hire-api", "NODE_ENV=production"] + ["%s=%s" % kv for kv in nb] + ["%s=%s" % (key, SLOT)]
        return "\n".join(lines) + "\n"
    if style == "workshop_ops_compose_environment_map":
        lines = ["services:", "  workshop-api:", "    image: registry.example/workshop-api:3.4", "    environment:"]
        lines += ["      %s: \"%s\"" % kv for kv in nb] + ["      %s: \"%s\"" % (key, SLOT)]
        return "\n".join(lines) + "\n"
    if style == "fleet_service_helm_secret_values":
        lines = ["fleet:", "  region: harbour", "  integrations:"] + ["    %s: \"%s\"" % kv for kv in nb] + ["    %s: \"%s\"" % (key, SLOT)]
        return "\n".join(lines) + "\n"
    if style == "fitting_app_pydantic_settings_py":
        lines = ["from pydantic import SecretStr", "from pydantic_settings import BaseSettings", "", "", "class Settings(BaseSettings):",
                 "    fit_units: str = \"mm\""]
        lines += ["    %s: str = \"%s\"" % kv for kv in nb] + ["    %s: SecretStr = SecretStr(\"%s\")" % (key, SLOT)]
        return "\n".join(lines) + "\n"
    if style == "booking_site_vite_env_local":
        lines = ["VITE_PUBLIC_SITE=guided-rides"] + ["%s=%s" % kv for kv in nb] + ["%s=%s" % (key, SLOT)]
        return "\n".join(lines) + "\n"
    if style == "claims_service_kotlin_const_vals":
        lines = ["package shop.claims.config", "", "object Secrets {"] + ["    const val %s = \"%s\"" % kv for kv in nb]
        lines += ["    const val %s = \"%s\"" % (key, SLOT), "}"]
        return "\n".join(lines) + "\n"
    if style == "parts_sync_java_properties":
        lines = ["# parts-sync.properties", "partsync.poll.minutes=20"] + ["partsync.%s=%s" % kv for kv in nb] + ["partsync.%s=%s" % (key, SLOT)]
        return "\n".join(lines) + "\n"
    if style == "dock_gateway_yaml_config":
        lines = ["gateway:", "  station_id: quay-07", "vendors:"] + ["  %s: %s" % kv for kv in nb] + ["  %s: \"%s\"" % (key, SLOT)]
        return "\n".join(lines) + "\n"
    if style == "hire_ops_vault_kv_put_history":
        args = " ".join("%s=%s" % kv for kv in nb)
        return ("$ vault login -method=oidc role=ops\n$ vault kv put secret/hire/vendors %s%s='%s'\n===== Secret Path =====\nsecret/data/hire/vendors\n"
                % (args + " " if args else "", key, SLOT))
    if style == "hire_ops_gh_secret_set_history":
        lines = ["$ cd ~/src/hire-app"] + ["$ gh variable set %s --body \"%s\"" % kv for kv in nb] + ["$ gh secret set %s --body \"%s\"" % (key, SLOT),
                                                                                                     "✓ Set Actions secret %s for harbourhire/hire-app" % key]
        return "\n".join(lines) + "\n"
    if style == "bike_shop_owner_telegram_paste":
        pre = "".join("%s %s, " % kv for kv in nb)
        return ("Mike (owner), [14.05.25 19:02]\nfor the new integration: %s%s %s\nMike (owner), [14.05.25 19:03]\ndelete this after you've copied it\n" % (pre, key, SLOT))
    if style == "warranty_desk_gorgias_internal_note":
        pre = "".join("%s: %s\n" % kv for kv in nb)
        return ("Internal note (not visible to customer)\nSupplier integration details for the claims bot:\n%s%s: %s\n-- Lou, warranty desk\n" % (pre, key, SLOT))
    if style == "rental_app_swift_secrets_enum":
        lines = ["enum Secrets {"] + ["    static let %s = \"%s\"" % kv for kv in nb] + ["    static let %s = \"%s\"" % (key, SLOT), "}"]
        return "\n".join(lines) + "\n"
    if style == "fit_studio_csharp_appsettings_json":
        inner = ["    \"%s\": \"%s\"," % kv for kv in nb] + ["    \"%s\": \"%s\"" % (key, SLOT)]
        return "{\n  \"Integrations\": {\n" + "\n".join(inner) + "\n  }\n}\n"
    if style == "hire_ops_railway_variables_set_history":
        lines = ["$ railway link --project hire-api"] + ["$ railway variables --set \"%s=%s\"" % kv for kv in nb] + ["$ railway variables --set \"%s=%s\"" % (key, SLOT)]
        return "\n".join(lines) + "\n"
    if style == "bike_ops_netlify_env_set_history":
        lines = ["$ netlify link --name guided-rides"] + ["$ netlify env:set %s %s" % kv for kv in nb] + ["$ netlify env:set %s '%s'" % (key, SLOT),
                                                                                                        "Set environment variable %s in the production context" % key]
        return "\n".join(lines) + "\n"
    raise KeyError(style)


def kept():
    return [v for v in V if v[0] not in SET_ASIDE]


def generate(reg, start_index):
    rng = random.Random(SEED)
    out = []
    n = start_index
    for i, (name, gen, conf, shape, nbkey) in enumerate(kept()):
        style, skind = STYLES[i % len(STYLES)]
        value = reg.draw(lambda: gen(rng))
        nb = []
        if nbkey:
            nv = reg.draw(lambda: N[nbkey](rng))
            nb.append((style_key(nbkey.split("_"), skind), nv))
        key = style_key(name.split("_"), skind)
        tpl = render(style, skind, key, nb)
        out.append(span_record("p207-s-%04d" % n, name, name + "__" + style, tpl, value, "vendor"))
        n += 1
    return out
