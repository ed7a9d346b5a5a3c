"""Vendor positives: 120 types, one record each, in a container typical of
where that key lives."""

import base64
import json
import random
import re

import common261 as C
import world261 as W

SEED_VALUES = 26102
SEED_STYLES = 26112
M = C.MARK

# ---------------------------------------------------------------- neighbours
NB = {
    "email_halyard": ("account email", ("email", "halyard")),
    "email_tregarthen": ("account email", ("email", "tregarthen")),
    "email_netloft": ("login email", ("email", "netloft")),
    "email_fairlead": ("account email", ("email", "fairlead")),
}


def P(*parts):
    return list(parts)


# (type, group, parts, source, note, neighbour(label, parts)|None, families, site)
SPECS = [
    # ---------------- trade: sailmaking, rope making, net mending
    ("sailrite_trade_account_password", "trade", "pw", "owner", "", ("account email", ("email", "halyard")), ["owner"], "https://www.sailrite.com"),
    ("bainbridge_sailcloth_portal_password", "trade", "pw", "owner", "", ("customer number", P("BI", ("digit", 6))), ["owner"], "https://www.bainbridgeint.com"),
    ("dimension_polyant_dealer_portal_password", "trade", "pw", "owner", "", ("dealer number", P("DP-", ("digit", 5))), ["owner"], "https://www.dimension-polyant.com"),
    ("challenge_sailcloth_dealer_password", "trade", "pw", "owner", "", ("dealer id", P("CH", ("digit", 4), "UK")), ["owner"], "https://www.challengesailcloth.com"),
    ("marlow_ropes_dealer_portal_password", "trade", "pw", "owner", "", ("account number", P("MR", ("digit", 6))), ["owner"], "https://www.marlowropes.com"),
    ("english_braids_trade_login_password", "trade", "pw", "owner", "", ("trade account", P("EB-", ("digit", 5))), ["owner"], "https://www.englishbraids.com"),
    ("liros_b2b_shop_password", "trade", "pw", "owner", "", ("customer number", P("4", ("digit", 6))), ["owner"], "https://www.liros.com"),
    ("gleistein_b2b_portal_password", "trade", "pw", "owner", "", ("customer number", P("GL", ("digit", 5))), ["owner"], "https://www.gleistein.com"),
    ("hampidjan_customer_portal_password", "trade", "pw", "owner", "", ("login email", ("email", "netloft")), ["owner"], "https://www.hampidjan.is"),
    ("orc_sail_measurement_portal_password", "trade", "pw", "owner", "", ("measurer id", P("GBR-M", ("digit", 3))), ["owner"], "https://www.orc.org"),
    ("world_sailing_sailmaker_portal_password", "trade", "pw", "owner", "", ("sailmaker code", P("HT", ("digit", 3))), ["owner"], "https://www.sailing.org"),
    ("rya_membership_portal_password", "trade", "pw", "owner", "", ("membership number", P(("digit", 7),)), ["owner"], "https://www.rya.org.uk"),
    ("durkopp_adler_partner_portal_password", "trade", "pw", "owner", "", ("partner number", P("DA", ("digit", 6))), ["owner"], "https://www.duerkopp-adler.com"),
    ("victron_vrm_portal_password", "trade", "pw", "owner", "", ("login email", ("email", "netloft")), ["owner"], "https://vrm.victronenergy.com"),
    ("unifi_network_controller_password", "trade", "pw", "owner", "", ("controller address", ("fixed", "https://10.61.0.5:8443")), ["owner"], "https://10.61.0.5:8443"),
    ("bsg_sailpack_licence_key", "trade", P(("ualnum", 6), "-", ("ualnum", 6), "-", ("ualnum", 6), "-", ("ualnum", 6)), "guessed", "", ("licensee email", ("email", "halyard")), ["owner", "dev"], None),
    ("zund_connect_api_key", "trade", P(("hex", 32)), "guessed", "", None, ["server", "dev"], None),
    ("predictwind_api_key", "trade", P(("alnum", 32)), "guessed", "", None, ["server", "iot"], None),
    ("stormglass_api_key", "trade", P(("frame", "uuid"), "-", ("frame", "uuid")), "read", "Kingfisher stormglass (73 of [0-9A-Za-z-]); two UUIDs joined by `-` believed", None, ["server", "iot"], None),
    ("worldtides_api_key", "trade", P(("frame", "uuid"),), "guessed", "", None, ["server", "dev"], None),
    ("admiralty_tidal_api_subscription_key", "trade", P(("hex", 32)), "believed", "Azure API Management subscription key", None, ["server", "dev"], None),
    ("marinetraffic_api_key", "trade", P(("hex", 40)), "believed", "", None, ["server", "iot"], None),
    ("windy_point_forecast_api_key", "trade", P(("alnum", 32)), "believed", "", None, ["iot", "dev"], None),
    ("signalk_server_device_token", "trade", P(("frame", "signalk_jwt"),), "believed", "HS256 JWT `{device, iat, exp}` under a discarded key", None, ["iot"], None),
    ("victron_vrm_access_token", "trade", P(("hex", 64)), "guessed", "", None, ["iot", "server"], None),
    ("vesselfinder_api_key", "trade", P(("ualnum", 32)), "guessed", "", None, ["server", "dev"], None),
    ("zwick_testxpert_licence_key", "trade", P(("uhex", 8), "-", ("uhex", 8), "-", ("uhex", 8)), "guessed", "", ("licence holder", ("email", "tregarthen")), ["owner", "dev"], None),
    ("aisstream_api_key", "trade", P(("hex", 40)), "guessed", "", None, ["iot", "server"], None),
    ("tuya_iot_access_secret", "trade", P(("hex", 32)), "believed", "", ("tuya access id", P(("lalnum", 20),)), ["iot"], None),
    # ---------------- commerce
    ("woocommerce_rest_consumer_secret", "commerce", P("cs_", ("hex", 40)), "believed", "", ("woocommerce consumer key", P("ck_", ("hex", 40))), ["server", "dev"], None),
    ("square_production_access_token", "commerce", P("EAAA", ("alnum", 60)), "read", "Kingfisher square (EAAA + 60)", None, ["server", "dev"], None),
    ("square_oauth_application_secret", "commerce", P("sq0csp-", ("b64url", 43)), "believed", "", ("square application id", P("sq0idp-", ("alnum", 22))), ["server"], None),
    ("paypal_rest_client_secret", "commerce", P("E", ("b64url", 79)), "believed", "", ("paypal client id", P("A", ("b64url", 79))), ["server", "dev"], None),
    ("stripe_webhook_signing_secret", "commerce", P("whsec_", ("alnum", 32)), "believed", "", None, ["server"], None),
    ("shippo_live_api_token", "commerce", P("shippo_live_", ("hex", 40)), "read", "gitleaks shippo-api-token", None, ["server", "dev"], None),
    ("easypost_production_api_key", "commerce", P("EZAK", ("alnum", 54)), "read", "gitleaks easypost-api-token", None, ["server", "dev"], None),
    ("sendcloud_api_secret_key", "commerce", P(("hex", 32)), "guessed", "", ("sendcloud public key", P(("hex", 32),)), ["server"], None),
    ("royal_mail_click_drop_api_key", "commerce", P(("frame", "uuid"),), "guessed", "", None, ["server", "dev"], None),
    ("freeagent_oauth_client_secret", "commerce", P(("b64url", 22)), "guessed", "", ("freeagent oauth identifier", P(("b64url", 22),)), ["server"], None),
    ("sage_accounting_client_secret", "commerce", P(("b64url", 32)), "guessed", "", ("sage client id", P(("frame", "uuid"),)), ["server"], None),
    ("zoho_books_refresh_token", "commerce", P("1000.", ("hex", 32), ".", ("hex", 32)), "believed", "", None, ["server", "dev"], None),
    ("bigcommerce_store_api_token", "commerce", P(("lalnum", 31)), "believed", "", ("bigcommerce store hash", P(("lalnum", 10),)), ["server", "dev"], None),
    ("bookwhen_api_token", "commerce", P(("lalnum", 32)), "guessed", "", None, ["server", "dev"], None),
    ("checkfront_api_secret", "commerce", P(("hex", 64)), "guessed", "", ("checkfront api key", P(("hex", 40),)), ["server"], None),
    # ---------------- messaging
    ("sendgrid_api_key", "messaging", P("SG.", ("b64url", 22), ".", ("b64url", 43)), "read", "gitleaks sendgrid-api-token, Kingfisher sendgrid (22 + 43 mine)", None, ["server", "dev"], None),
    ("mailjet_api_secret_key", "messaging", P(("hex", 32)), "believed", "", ("mailjet api key", P(("hex", 32),)), ["server"], None),
    ("sparkpost_api_key", "messaging", P(("hex", 40)), "read", "Kingfisher sparkpost (40 alphanumerics; hex mine)", None, ["server", "dev"], None),
    ("mandrill_api_key", "messaging", P("md-", ("b64url", 22)), "believed", "Kingfisher mandrill gives 20-24 characters; the md- head believed", None, ["server"], None),
    ("vonage_api_secret", "messaging", P(("alnum", 16)), "believed", "", ("vonage api key", P(("hex", 8),)), ["server", "iot"], None),
    ("plivo_auth_token", "messaging", P(("alnum", 40)), "believed", "", ("plivo auth id", P("MA", ("ualnum", 18))), ["server"], None),
    ("telnyx_api_key", "messaging", P("KEY", ("uhex", 32), "_", ("alnum", 22)), "read", "Kingfisher telnyx (KEY + 55); the 32 + _ + 22 split believed", None, ["server", "dev"], None),
    ("discord_channel_webhook_url", "messaging", P(("frame", "discord_webhook"),), "believed", "labelled whole", None, ["iot", "server"], None),
    ("teams_incoming_webhook_url", "messaging", P(("frame", "teams_webhook"),), "read", "gitleaks microsoft-teams-webhook (labelled whole)", None, ["server", "iot"], None),
    ("google_chat_webhook_url", "messaging", P(("frame", "gchat_webhook"),), "believed", "labelled whole", None, ["server", "iot"], None),
    ("pushbullet_access_token", "messaging", P("o.", ("alnum", 32)), "read", "Kingfisher pushbullet (34 of [A-Za-z0-9_.]; the o. head believed)", None, ["iot"], None),
    ("ntfy_access_token", "messaging", P("tk_", ("lalnum", 29)), "believed", "", None, ["iot", "server"], None),
    ("rocketchat_personal_access_token", "messaging", P(("b64url", 43)), "believed", "", ("rocket chat user id", P(("alnum", 17),)), ["server", "iot"], None),
    ("whatsapp_cloud_api_access_token", "messaging", P("EAAM", ("alnum", 180)), "read", "gitleaks facebook-page-access-token (EAA[MC] + 100 or more)", None, ["server"], None),
    ("freshdesk_api_key", "messaging", P(("alnum", 20)), "believed", "", None, ["server", "dev"], None),
    ("line_messaging_channel_access_token", "messaging", P(("b64", 171), "="), "read", "Kingfisher line (171-172 of [A-Za-z0-9+/])", None, ["server"], None),
    # ---------------- AI
    ("mistral_api_key", "ai", P(("alnum", 32)), "believed", "", None, ["server", "dev"], None),
    ("cohere_api_key", "ai", P(("alnum", 40)), "read", "gitleaks cohere-api-token", None, ["server", "dev"], None),
    ("deepseek_api_key", "ai", P("sk-", ("hex", 32)), "believed", "", None, ["dev", "server"], None),
    ("xai_api_key", "ai", P("xai-", ("alnum", 80)), "read", "Kingfisher xai (80 of [0-9A-Za-z_]; the xai- head believed)", None, ["dev", "server"], None),
    ("openrouter_api_key", "ai", P("sk-or-v1-", ("hex", 64)), "believed", "", None, ["dev", "server"], None),
    ("elevenlabs_api_key", "ai", P("sk_", ("hex", 48)), "read", "Kingfisher elevenlabs", None, ["server", "dev"], None),
    ("assemblyai_api_key", "ai", P(("hex", 32)), "read", "Kingfisher assemblyai (32 of [0-9a-z]; hex mine)", None, ["server", "dev"], None),
    ("deepgram_api_key", "ai", P(("hex", 40)), "read", "Kingfisher deepgram (40 of [0-9a-z]; hex mine)", None, ["server", "dev"], None),
    ("langfuse_secret_key", "ai", P("sk-lf-", ("frame", "uuid")), "believed", "", ("langfuse public key", P("pk-lf-", ("frame", "uuid"))), ["server", "dev"], None),
    ("tavily_api_key", "ai", P("tvly-", ("alnum", 32)), "believed", "", None, ["dev", "server"], None),
    ("roboflow_api_key", "ai", P(("alnum", 20)), "guessed", "", None, ["dev", "iot"], None),
    ("wandb_api_key", "ai", P(("hex", 40)), "read", "Kingfisher weightsandbiases", None, ["dev"], None),
    ("together_ai_api_key", "ai", P(("hex", 64)), "believed", "", None, ["dev", "server"], None),
    ("azure_openai_api_key", "ai", P(("hex", 32)), "read", "Kingfisher azureopenai", None, ["server", "dev"], None),
    ("clarifai_personal_access_token", "ai", P(("hex", 32)), "read", "Kingfisher clarifai (32 alphanumerics; hex believed)", None, ["dev", "iot"], None),
    # ---------------- developer
    ("github_user_to_server_token", "developer", P("ghu_", ("alnum", 36)), "read", "gitleaks github-app-token", None, ["dev", "server"], None),
    ("github_refresh_token", "developer", P("ghr_", ("alnum", 36)), "read", "gitleaks github-refresh-token", None, ["dev"], None),
    ("gitlab_cicd_job_token", "developer", P("glcbt-", ("hex", 2), "_", ("alnum", 20)), "read", "gitleaks gitlab-cicd-job-token", None, ["dev", "server"], None),
    ("gitlab_feed_token", "developer", P("glft-", ("b64url", 20)), "read", "gitleaks gitlab-feed-token", None, ["dev"], None),
    ("gitlab_oauth_application_secret", "developer", P("gloas-", ("alnum", 64)), "read", "gitleaks gitlab-oauth-app-secret", None, ["server"], None),
    ("pypi_upload_token", "developer", P("pypi-AgEIcHlwaS5vcmc", ("b64url", 150)), "read", "gitleaks pypi-upload-token (50-1000; 150 mine)", None, ["dev"], None),
    ("docker_hub_personal_access_token", "developer", P("dckr_pat_", ("b64url", 27)), "read", "Kingfisher dockerhub", None, ["dev", "server"], None),
    ("terraform_cloud_user_token", "developer", P(("alnum", 14), ".atlasv1.", ("alnum", 67)), "read", "Kingfisher terraformcloud", None, ["dev", "server"], None),
    ("hashicorp_vault_service_token", "developer", P("hvs.CAESI", ("b64url", 90)), "read", "gitleaks vault-service-token (hvs. + 90-120; the CAESI start believed)", None, ["server", "dev"], None),
    ("doppler_service_token", "developer", P("dp.st.prd.", ("alnum", 40)), "believed", "", None, ["server", "dev"], None),
    ("netlify_personal_access_token", "developer", P("nfp_", ("alnum", 36)), "believed", "", None, ["dev", "server"], None),
    ("render_api_key", "developer", P("rnd_", ("alnum", 32)), "believed", "", None, ["dev", "server"], None),
    ("supabase_service_role_key", "developer", P(("frame", "supabase_jwt"),), "believed", "HS256 JWT `{iss: supabase, ref, role: service_role, iat, exp}`", None, ["server"], None),
    ("supabase_personal_access_token", "developer", P("sbp_", ("hex", 40)), "believed", "Kingfisher supabasetoken gives 40 of [a-z0-9]; the sbp_ head believed", None, ["dev"], None),
    ("neon_api_key", "developer", P("napi_", ("lalnum", 64)), "believed", "", None, ["dev", "server"], None),
    ("linear_personal_api_key", "developer", P("lin_api_", ("alnum", 40)), "read", "gitleaks linear-api-key", None, ["dev"], None),
    ("asana_personal_access_token", "developer", P("2/", ("digit", 16), "/", ("digit", 16), ":", ("hex", 32)), "believed", "", None, ["dev"], None),
    ("trello_api_token", "developer", P("ATTA", ("hex", 64), ("uhex", 8)), "believed", "", ("trello api key", P(("hex", 32),)), ["dev", "server"], None),
    ("atlassian_api_token", "developer", P("ATATT3xFfGF0", ("b64url", 171), "=", ("uhex", 8)), "read", "gitleaks atlassian-api-token (ATATT3 + 186; the inner layout believed)", ("atlassian account email", ("email", "bowline")), ["dev"], None),
    ("clickup_personal_api_token", "developer", P("pk_", ("digit", 8), "_", ("ualnum", 32)), "read", "Kingfisher clickup", None, ["dev"], None),
    ("figma_personal_access_token", "developer", P("figd_", ("frame", "figma40")), "read", "Kingfisher figma", None, ["dev"], None),
    ("postman_api_key", "developer", P("PMAK-", ("hex", 24), "-", ("hex", 34)), "read", "gitleaks postman-api-token", None, ["dev"], None),
    ("codecov_upload_token", "developer", P(("frame", "uuid"),), "believed", "", None, ["dev", "server"], None),
    ("sonarcloud_user_token", "developer", P("squ_", ("hex", 40)), "read", "gitleaks sonar-api-token", None, ["dev", "server"], None),
    ("grafana_service_account_token", "developer", P("glsa_", ("alnum", 32), "_", ("hex", 8)), "read", "gitleaks grafana-service-account-token", None, ["server", "iot"], None),
    ("grafana_cloud_access_policy_token", "developer", P(("frame", "glc"),), "read", "gitleaks grafana-cloud-api-token (glc_ + Base64; the JSON keys believed)", None, ["server", "iot"], None),
    ("sentry_org_auth_token", "developer", P(("frame", "sntrys"),), "read", "gitleaks sentry-org-token (frame); JSON keys believed", None, ["dev", "server"], None),
    ("mapbox_secret_access_token", "developer", P(("frame", "mapbox_sk"),), "believed", "`sk.` + Base64 JSON `{u, a}` + `.` + 22", None, ["dev", "server"], None),
    ("uploadcare_secret_key", "developer", P(("hex", 20)), "believed", "", ("uploadcare public key", P(("hex", 20),)), ["server"], None),
    # ---------------- ops, cloud, devices
    ("cloudflare_r2_secret_access_key", "ops", P(("hex", 64)), "believed", "", ("r2 access key id", P(("hex", 32),)), ["server"], None),
    ("ovh_application_secret", "ops", P(("alnum", 32)), "believed", "", ("ovh application key", P(("alnum", 16),)), ["server"], None),
    ("vultr_api_key", "ops", P(("ualnum", 36)), "read", "Kingfisher vultrapikey", None, ["server", "dev"], None),
    ("datadog_application_key", "ops", P(("hex", 40)), "read", "gitleaks datadog-access-token (40 of a-z0-9; hex mine)", None, ["server"], None),
    ("opsgenie_api_key", "ops", P(("frame", "uuid"),), "read", "Kingfisher opsgenie", None, ["server", "iot"], None),
    ("axiom_api_token", "ops", P("xaat-", ("frame", "uuid")), "believed", "", None, ["server"], None),
    ("betterstack_source_token", "ops", P(("alnum", 24)), "read", "Kingfisher betterstack", None, ["server", "iot"], None),
    ("tailscale_oauth_client_secret", "ops", P("tskey-client-", ("alnum", 11), "CNTRL-", ("alnum", 32)), "read", "Kingfisher tailscale (tskey-<kind>-...-...); segment lengths believed", None, ["server", "iot"], None),
    ("ngrok_authtoken", "ops", P("2", ("alnum", 26), "_", ("digit", 1), ("alnum", 20)), "read", "Kingfisher ngrok ([a-z0-9]{25,30}_ + digit + 20; the leading 2 believed)", None, ["iot", "dev"], None),
    ("bitwarden_sm_access_token", "ops", P("0.", ("frame", "uuid"), ".", ("alnum", 30), ":", ("frame", "b64_16")), "believed", "", None, ["server"], None),
    ("particle_access_token", "ops", P(("hex", 40)), "read", "Kingfisher particle.io (40 alphanumerics; hex mine)", None, ["iot"], None),
    ("blynk_device_auth_token", "ops", P(("frame", "blynk32"),), "read", "Kingfisher blynk (32 of [A-Za-z0-9_-])", None, ["iot"], None),
    ("adafruit_io_key", "ops", P("aio_", ("alnum", 28)), "read", "Kingfisher adafruitio (28 alphanumerics; the aio_ head believed)", None, ["iot"], None),
    ("thingspeak_write_api_key", "ops", P(("ualnum", 16)), "believed", "", None, ["iot"], None),
    ("arduino_iot_cloud_client_secret", "ops", P(("alnum", 64)), "guessed", "", ("arduino client id", P(("ualnum", 32),)), ["iot"], None),
    ("honeycomb_ingest_api_key", "ops", P(("hex", 32)), "read", "Kingfisher honeycomb (32 hex)", None, ["server", "iot"], None),
]

TYPE_NAMES = [s[0] for s in SPECS]
SPEC_BY = {s[0]: s for s in SPECS}
GROUP_TITLES = {
    "trade": "Trade services of sailmakers, rope makers and net menders: sailcloth, rope and machine suppliers, racing and class bodies, sail-design and test software, tides, weather, AIS, marine data servers, solar and networking on the pontoon",
    "commerce": "Shop, payments, shipping, accounting and bookings",
    "messaging": "E-mail, SMS, chat and webhooks",
    "ai": "AI services",
    "developer": "Developer services",
    "ops": "Ops, cloud, monitoring, tunnels, secret stores and IoT platforms",
}


# ---------------------------------------------------------------- frames
def frame_gen(name, rng):
    if name == "uuid":
        return C.uuid4(rng)
    if name == "b64_16":
        return base64.b64encode(bytes(rng.randrange(256) for _ in range(16))).decode()
    if name == "figma40":
        return C.rstr(rng, C.LOWER_ALNUM + "_-", 40)
    if name == "blynk32":
        return C.rstr(rng, C.ALNUM + "_-", 32)
    if name == "signalk_jwt":
        iat = 1735689600 + rng.randrange(0, 250) * 86400
        key = bytes(rng.randrange(256) for _ in range(32))
        return C.jwt_hs256(key, {"alg": "HS256", "typ": "JWT"},
                           {"device": C.uuid4(rng), "iat": iat, "exp": iat + 365 * 86400})
    if name == "supabase_jwt":
        iat = 1700000000 + rng.randrange(0, 400) * 86400
        key = bytes(rng.randrange(256) for _ in range(32))
        return C.jwt_hs256(key, {"alg": "HS256", "typ": "JWT"},
                           {"iss": "supabase", "ref": C.rstr(rng, C.LOWER, 20), "role": "service_role",
                            "iat": iat, "exp": iat + 10 * 365 * 86400})
    if name == "discord_webhook":
        return "https://discord.com/api/webhooks/" + rng.choice("123456789") + C.rstr(rng, C.DIGITS, 18) + "/" + C.rstr(rng, C.B64URL, 68)
    if name == "teams_webhook":
        return ("https://bowline.webhook.office.com/webhookb2/" + C.uuid4(rng) + "@" + C.uuid4(rng)
                + "/IncomingWebhook/" + C.rstr(rng, C.HEX, 32) + "/" + C.uuid4(rng))
    if name == "gchat_webhook":
        return ("https://chat.googleapis.com/v1/spaces/AAAA" + C.rstr(rng, C.B64URL, 7)
                + "/messages?key=AIzaSy" + C.rstr(rng, C.B64URL, 33) + "&token=" + C.rstr(rng, C.B64URL, 43) + "%3D")
    if name == "glc":
        doc = {"o": str(rng.randint(100000, 999999)), "n": "loft-metrics-" + C.rstr(rng, C.LOWER, 5),
               "k": C.rstr(rng, C.ALNUM, 24), "m": {"r": "prod-eu-west-2"}}
        return "glc_" + base64.b64encode(json.dumps(doc, separators=(",", ":")).encode()).decode()
    if name == "sntrys":
        doc = {"iat": 1730000000 + rng.randrange(0, 9000000), "url": "https://sentry.io",
               "region_url": "https://de.sentry.io", "org": "bowline"}
        body = base64.b64encode(json.dumps(doc, separators=(",", ":")).encode()).decode().rstrip("=")
        return "sntrys_" + body + "_" + C.rstr(rng, C.B64STD, 43)
    if name == "mapbox_sk":
        doc = {"u": "bowline-" + C.rstr(rng, C.LOWER, 4), "a": C.rstr(rng, C.LOWER_ALNUM, 25)}
        return "sk." + C.b64u(json.dumps(doc, separators=(",", ":")).encode()) + "." + C.rstr(rng, C.B64URL, 22)
    raise ValueError(name)


FRAME_RE = {
    "uuid": r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
    "b64_16": r"[A-Za-z0-9+/]{22}==",
    "figma40": r"[a-z0-9_-]{40}",
    "blynk32": r"[A-Za-z0-9_-]{32}",
    "signalk_jwt": r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}",
    "supabase_jwt": r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}",
    "discord_webhook": r"https://discord\.com/api/webhooks/[1-9][0-9]{18}/[A-Za-z0-9_-]{68}",
    "teams_webhook": r"https://bowline\.webhook\.office\.com/webhookb2/UUID@UUID/IncomingWebhook/[0-9a-f]{32}/UUID",
    "gchat_webhook": r"https://chat\.googleapis\.com/v1/spaces/AAAA[A-Za-z0-9_-]{7}/messages\?key=AIzaSy[A-Za-z0-9_-]{33}&token=[A-Za-z0-9_-]{43}%3D",
    "glc": r"glc_[A-Za-z0-9+/]+={0,2}",
    "sntrys": r"sntrys_eyJpYXQiO[A-Za-z0-9+/]+_[A-Za-z0-9+/]{43}",
    "mapbox_sk": r"sk\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}",
}


def frame_validate(name, v):
    try:
        if name == "glc":
            d = json.loads(base64.b64decode(v[4:]))
            return set(d) == {"o", "n", "k", "m"}
        if name == "sntrys":
            body = v[7:].rsplit("_", 1)[0]
            d = json.loads(base64.b64decode(body + "=" * (-len(body) % 4)))
            return set(d) == {"iat", "url", "region_url", "org"}
        if name == "mapbox_sk":
            d = json.loads(C.b64u_dec(v.split(".")[1]))
            return set(d) == {"u", "a"}
        if name in ("signalk_jwt", "supabase_jwt"):
            if not C.jwt_frame_ok(v):
                return False
            pl = json.loads(C.b64u_dec(v.split(".")[1]))
            keys = {"device", "iat", "exp"} if name == "signalk_jwt" else {"iss", "ref", "role", "iat", "exp"}
            return set(pl) == keys
        if name == "b64_16":
            return len(base64.b64decode(v)) == 16
    except Exception:
        return False
    return True


def gen_parts(parts, rng):
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append(p)
        elif p[0] == "frame":
            out.append(frame_gen(p[1], rng))
        else:
            out.append(C.rstr(rng, C.CLASSES[p[0]], p[1]))
    return "".join(out)


def parts_regex(parts):
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append(re.escape(p))
        elif p[0] == "frame":
            out.append("(?:" + FRAME_RE[p[1]].replace("UUID", FRAME_RE["uuid"]) + ")")
        else:
            out.append("[" + re.escape(C.CLASSES[p[0]]) + "]{%d}" % p[1])
    return "^" + "".join(out) + "$"


def parts_words(parts):
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append("`%s`" % p)
        elif p[0] == "frame":
            out.append({"uuid": "UUIDv4", "b64_16": "standard Base64 of 16 bytes",
                        "figma40": "40 of [a-z0-9_-]", "blynk32": "32 of [A-Za-z0-9_-]",
                        "signalk_jwt": "real HS256 JWT", "supabase_jwt": "real HS256 JWT",
                        "discord_webhook": "`https://discord.com/api/webhooks/` + 19-digit id + `/` + 68 base64url",
                        "teams_webhook": "`https://bowline.webhook.office.com/webhookb2/` + UUIDv4 + `@` + UUIDv4 + `/IncomingWebhook/` + 32 lower-case hex + `/` + UUIDv4",
                        "gchat_webhook": "`https://chat.googleapis.com/v1/spaces/AAAA` + 7 + `/messages?key=AIzaSy` + 33 + `&token=` + 43 base64url + `%3D`",
                        "glc": "`glc_` + standard Base64 of JSON `{o, n, k, m}`",
                        "sntrys": "`sntrys_` + Base64 of JSON `{iat, url, region_url, org}` + `_` + 43 Base64",
                        "mapbox_sk": "`sk.` + base64url JSON `{u, a}` + `.` + 22 base64url"}[p[1]])
        else:
            out.append("%d %s" % (p[1], C.CLASS_WORDS[p[0]]))
    return " + ".join(out)


def spec_words(t):
    s = SPEC_BY[t]
    if s[2] == "pw":
        return "owner-chosen password"
    return parts_words(s[2])


def gen_neighbour(nb, rng, person):
    label, parts = nb
    if parts[0] == "email":
        return W.email(person, parts[1])
    if parts[0] == "fixed":
        return parts[1]
    return gen_parts(parts, rng)


# ---------------------------------------------------------------- styles
def _cap(words):
    return " ".join(w[:1].upper() + w[1:] for w in words)


def s_doppler(c):
    nb = " %s=%s" % (c["nbk"], c["nbv"]) if c["nbk"] else ""
    return ("netloft-ops:~$ doppler secrets set %s='%s'%s --project %s --config prd --silent\n"
            "netloft-ops:~$ doppler secrets --only-names --project %s --config prd | tail -n 3\n"
            "%s\n" % (c["k"], M, nb, c["proj"], c["proj"], c["k"]))


def s_vault(c):
    nb = " %s=%s" % (c["nbk"], c["nbv"]) if c["nbk"] else ""
    return ("$ vault kv put -mount=kv %s/%s %s='%s'%s\n"
            "======= Secret Path =======\n"
            "kv/data/%s/%s\n\n"
            "======= Metadata =======\n"
            "Key                Value\n"
            "---                -----\n"
            "created_time       2025-%02d-%02dT10:%02d:11.204Z\n"
            "custom_metadata    <nil>\n"
            "deletion_time      n/a\n"
            "destroyed          false\n"
            "version            %d\n" % (c["proj"], c["short"], c["k"], M, nb, c["proj"], c["short"],
                                           c["r"].randint(1, 12), c["r"].randint(1, 28), c["r"].randint(0, 59), c["r"].randint(1, 9)))


def s_kubectl(c):
    nb = " \\\n    --from-literal=%s=%s" % (c["nbk"], c["nbv"]) if c["nbk"] else ""
    name = c["short"].replace("_", "-")
    return ("$ kubectl -n loft create secret generic %s \\\n"
            "    --from-literal=%s='%s'%s\n"
            "secret/%s created\n" % (name, c["k"], M, nb, name))


def s_ecs(c):
    env = [{"name": "NODE_ENV", "value": "production"}, {"name": c["k"], "value": M}]
    if c["nbk"]:
        env.append({"name": c["nbk"], "value": c["nbv"]})
    doc = {"family": c["proj"] + "-task", "networkMode": "awsvpc",
           "containerDefinitions": [{"name": c["proj"], "image": "registry.bowline.example/%s:1.%d.0" % (c["proj"], c["r"].randint(1, 9)),
                                     "essential": True, "environment": env}],
           "requiresCompatibilities": ["FARGATE"], "cpu": "256", "memory": "512"}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def s_lambda(c):
    nb = ",%s=%s" % (c["nbk"], c["nbv"]) if c["nbk"] else ""
    return ("$ aws lambda update-function-configuration --function-name %s-handler \\\n"
            "    --environment \"Variables={%s=%s%s,LOG_LEVEL=info}\" \\\n"
            "    --query 'LastUpdateStatus' --output text\n"
            "InProgress\n" % (c["proj"], c["k"], M, nb))


def s_wrangler(c):
    nb = "%s = \"%s\"\n" % (c["nbk"], c["nbv"]) if c["nbk"] else ""
    return ("name = \"%s-worker\"\n"
            "main = \"src/index.ts\"\n"
            "compatibility_date = \"2025-01-15\"\n\n"
            "[vars]\n"
            "LOFT_REGION = \"falmouth\"\n"
            "%s"
            "%s = \"%s\"\n" % (c["proj"], nb, c["k"], M))


def s_supabase(c):
    nb = " %s=%s" % (c["nbk"], c["nbv"]) if c["nbk"] else ""
    return ("$ supabase secrets set %s=%s%s --project-ref %s\n"
            "Finished supabase secrets set.\n" % (c["k"], M, nb, C.rstr(c["r"], C.LOWER, 20)))


def s_helm(c):
    nb = " \\\n    --set env.%s=%s" % (c["nbk"], c["nbv"]) if c["nbk"] else ""
    return ("$ helm upgrade --install %s ./chart -n loft \\\n"
            "    --set env.%s=%s%s\n"
            "Release \"%s\" has been upgraded. Happy Helming!\n"
            "NAME: %s\n"
            "NAMESPACE: loft\n"
            "STATUS: deployed\n"
            "REVISION: %d\n" % (c["proj"], c["k"], M, nb, c["proj"], c["proj"], c["r"].randint(2, 40)))


def s_tfplan(c):
    nb = "              + \"%s\" = \"%s\"\n" % (c["nbk"], c["nbv"]) if c["nbk"] else ""
    return ("  # aws_lambda_function.%s will be updated in-place\n"
            "  ~ resource \"aws_lambda_function\" \"%s\" {\n"
            "        id            = \"%s-handler\"\n"
            "      ~ environment {\n"
            "          ~ variables = {\n"
            "              + \"%s\" = \"%s\"\n"
            "%s"
            "                # (1 unchanged element hidden)\n"
            "            }\n"
            "        }\n"
            "    }\n\n"
            "Plan: 0 to add, 1 to change, 0 to destroy.\n" % (c["proj"].replace("-", "_"), c["proj"].replace("-", "_"), c["proj"], c["k"], M, nb))


def s_cf(c):
    nb = "$ cf set-env %s %s %s\nSetting env variable %s for app %s in org bowline / space prod as ops@bowline.example...\nOK\n" % (
        c["proj"], c["nbk"], c["nbv"], c["nbk"], c["proj"]) if c["nbk"] else ""
    return ("%s$ cf set-env %s %s '%s'\n"
            "Setting env variable %s for app %s in org bowline / space prod as ops@bowline.example...\n"
            "OK\n"
            "TIP: Use 'cf restage %s' to ensure your env variable changes take effect\n" % (nb, c["proj"], c["k"], M, c["k"], c["proj"], c["proj"]))


def s_railway(c):
    nb = " --set \"%s=%s\"" % (c["nbk"], c["nbv"]) if c["nbk"] else ""
    return ("$ railway variables --service %s --set \"%s=%s\"%s\n"
            "Set variables %s\n" % (c["proj"], c["k"], M, nb, c["k"] + (", " + c["nbk"] if c["nbk"] else "")))


def s_insomnia(c):
    data = {c["k"]: M}
    if c["nbk"]:
        data[c["nbk"]] = c["nbv"]
    data["baseUrl"] = "https://%s.bowline.example" % c["proj"]
    doc = {"_type": "export", "__export_format": 4, "__export_source": "insomnia.desktop.app:v10.3.0",
           "resources": [{"_id": "env_" + C.rstr(c["r"], C.HEX, 32), "_type": "environment",
                          "name": "Production", "data": data}]}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def s_thunder(c):
    data = [{"name": "baseUrl", "value": "https://%s.bowline.example" % c["proj"]}, {"name": c["k"], "value": M}]
    if c["nbk"]:
        data.append({"name": c["nbk"], "value": c["nbv"]})
    doc = {"_id": C.uuid4(c["r"]), "name": "prod", "default": False, "sortNum": 20000,
           "created": "2025-02-11T09:12:44.103Z", "modified": "2025-03-02T16:40:09.551Z", "data": data}
    return json.dumps(doc, indent=4, ensure_ascii=False) + "\n"


def s_pytest(c):
    nb = "    %s=%s\n" % (c["nbk"], c["nbv"]) if c["nbk"] else ""
    return ("[pytest]\n"
            "addopts = -q --maxfail=1\n"
            "env =\n"
            "    D:NETLOFT_ENV=staging\n"
            "    %s=%s\n"
            "%s" % (c["k"], M, nb))


def s_vitest(c):
    nb = "      %s: '%s',\n" % (c["nbk"], c["nbv"]) if c["nbk"] else ""
    return ("import { defineConfig } from 'vitest/config'\n\n"
            "export default defineConfig({\n"
            "  test: {\n"
            "    environment: 'node',\n"
            "    env: {\n"
            "      %s: '%s',\n"
            "%s"
            "    },\n"
            "  },\n"
            "})\n" % (c["k"], M, nb))


def s_dockerrun(c):
    r = c["r"]
    t = 1738000000 + r.randint(0, 9000000)
    nb = " -e %s=%s" % (c["nbk"], c["nbv"]) if c["nbk"] else ""
    return (": %d:0;cd ~/src/%s\n"
            ": %d:0;docker build -t %s:dev .\n"
            ": %d:0;docker run --rm -e %s=%s%s -p 8080:8080 %s:dev\n"
            ": %d:0;docker ps\n" % (t, c["proj"], t + 40, c["proj"], t + 95, c["k"], M, nb, c["proj"], t + 160))


def s_signalk(c):
    cfg = {c["k"]: M, "pollSeconds": 60}
    if c["nbk"]:
        cfg[c["nbk"]] = c["nbv"]
    doc = {"configuration": cfg, "enabled": True, "enableLogging": False}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def s_homebridge(c):
    plat = {"platform": "NetLoftSensors", "name": "Net loft", c["k"]: M}
    if c["nbk"]:
        plat[c["nbk"]] = c["nbv"]
    doc = {"bridge": {"name": "Homebridge 4E2A", "username": "0E:61:4E:2A:19:C3", "port": 51826},
           "accessories": [], "platforms": [{"platform": "config", "name": "Config", "port": 8581}, plat]}
    return json.dumps(doc, indent=4, ensure_ascii=False) + "\n"


def s_balena(c):
    nb = "$ balena env add %s '%s' --fleet netloft-trackers\n" % (c["nbk"], c["nbv"]) if c["nbk"] else ""
    return ("$ balena env add %s '%s' --fleet netloft-trackers\n%s"
            "$ balena envs --fleet netloft-trackers | cut -c1-40\n"
            "ID       NAME                           \n"
            "%d  %s\n" % (c["k"], M, nb, c["r"].randint(1000000, 9999999), c["k"][:30]))


def s_chrome(c):
    user = c["nbv"] if c["nbk"] else "api"
    url = c["site"] or "https://%s.example" % c["short"].split("_")[0]
    return ("name,url,username,password,note\n"
            "%s,%s,%s,%s,moved from the loft notebook\n" % (c["title"], url, user, M))


def s_enpass(c):
    fields = [{"label": "Username", "type": "username", "value": c["nbv"] if c["nbk"] else "api", "sensitive": 0},
              {"label": "Password", "type": "password", "value": M, "sensitive": 1},
              {"label": "Website", "type": "url", "value": c["site"] or "", "sensitive": 0}]
    doc = {"folders": [], "items": [{"title": c["title"], "category": "login", "favorite": 0,
                                     "fields": fields, "note": "", "uuid": C.uuid4(c["r"])}]}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def s_viber(c):
    r = c["r"]
    a, b = r.sample(W.PEOPLE, 2)
    d = "%02d/%02d/2025" % (r.randint(1, 28), r.randint(1, 12))
    nb = "[%s, 10:%02d] %s: %s %s\n" % (d, r.randint(10, 19), a, c["nbk"], c["nbv"]) if c["nbk"] else ""
    return ("[%s, 10:0%d] %s: can you send me the %s again\n"
            "%s"
            "[%s, 10:2%d] %s: %s %s\n"
            "[%s, 10:2%d] %s: ta, got it\n" % (d, r.randint(1, 9), b, c["spaced"], nb, d, r.randint(0, 4), a, c["k"], M,
                                               d, r.randint(5, 9), b))


def s_freshdesk(c):
    r = c["r"]
    a = r.choice(W.PEOPLE)
    nb = "%s: %s\n" % (c["nbk"], c["nbv"]) if c["nbk"] else ""
    return ("Private note by %s\n"
            "Ticket #%d  Re: %s stopped syncing\n\n"
            "Customer re-issued the credentials, pasting them so the next shift has them:\n"
            "%s"
            "%s: %s\n\n"
            "Will move this to the vault tomorrow.\n" % (a, r.randint(2000, 9999), c["proj"], nb, c["k"], M))


def s_docx(c):
    nb = "<w:p><w:r><w:t xml:space=\"preserve\">%s: %s</w:t></w:r></w:p>" % (c["nbk"], c["nbv"]) if c["nbk"] else ""
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            "<w:body><w:p><w:r><w:t>Hand-over notes: accounts</w:t></w:r></w:p>"
            "%s"
            "<w:p><w:r><w:t xml:space=\"preserve\">%s: </w:t></w:r><w:r><w:t>%s</w:t></w:r></w:p>"
            "</w:body></w:document>\n" % (nb, c["k"], M))


def s_pdftext(c):
    nb = "  %-34s %s\n" % (c["nbk"], c["nbv"]) if c["nbk"] else ""
    return ("NEWLYN NET LOFT CO-OPERATIVE            Starter pack for office staff          page 4\n\n"
            "3. Accounts you will use\n\n"
            "%s"
            "  %-34s %s\n\n"
            "Keep this pack in the office. Do not photograph it.\n" % (nb, c["k"], M))


# id, key style, family, forbidden characters, renderer, parser
STYLES = [
    ("ops_doppler_secrets_set_capture", "upper", "server", "'", s_doppler, None),
    ("ops_vault_kv_put_capture", "snake", "server", "'", s_vault, None),
    ("ops_kubectl_from_literal_capture", "upper", "server", "'", s_kubectl, None),
    ("ops_ecs_task_definition_json", "upper", "server", "\"\\", s_ecs, "json"),
    ("ops_lambda_update_env_capture", "upper", "server", "=,{}\"' $\\", s_lambda, None),
    ("ops_wrangler_toml_vars", "upper", "server", "\"\\", s_wrangler, "toml"),
    ("ops_supabase_secrets_set_capture", "upper", "server", "\"' $&|;<>()\\`", s_supabase, None),
    ("ops_helm_upgrade_set_capture", "camel", "server", ",\\ '\"{}[]$&|;<>()`", s_helm, None),
    ("ops_terraform_plan_output", "upper", "server", "\"\\$%", s_tfplan, None),
    ("ops_cf_set_env_capture", "upper", "server", "'", s_cf, None),
    ("ops_railway_variables_capture", "upper", "server", "\"\\$`", s_railway, None),
    ("dev_insomnia_export_json", "camel", "dev", "\"\\", s_insomnia, "json"),
    ("dev_thunder_client_env_json", "camel", "dev", "\"\\", s_thunder, "json"),
    ("dev_pytest_ini_env", "upper", "dev", " #;%", s_pytest, None),
    ("dev_vitest_config_env", "upper", "dev", "'\\", s_vitest, None),
    ("dev_docker_run_zsh_history", "upper", "dev", " \"'$;&|<>()#\\`", s_dockerrun, None),
    ("iot_signalk_plugin_config_json", "camel", "iot", "\"\\", s_signalk, "json"),
    ("iot_homebridge_config_json", "camel", "iot", "\"\\", s_homebridge, "json"),
    ("iot_balena_env_add_capture", "upper", "iot", "'", s_balena, None),
    ("office_chrome_passwords_csv", "title", "owner", ",\"\n", s_chrome, "csv"),
    ("office_enpass_json_export", "title", "owner", "\"\\", s_enpass, "json"),
    ("office_viber_chat_export", "spaced", "owner", "", s_viber, None),
    ("office_freshdesk_ticket_note", "spaced", "owner", "", s_freshdesk, None),
    ("office_docx_document_xml", "title", "owner", "&<>", s_docx, "xml"),
    ("office_onboarding_pdf_text", "spaced", "owner", "", s_pdftext, None),
]
STYLE_BY = {s[0]: s for s in STYLES}
STYLE_DESC = {
    "ops_doppler_secrets_set_capture": "terminal capture of `doppler secrets set … --silent`",
    "ops_vault_kv_put_capture": "terminal capture of `vault kv put` with its metadata table",
    "ops_kubectl_from_literal_capture": "terminal capture of `kubectl create secret generic --from-literal`",
    "ops_ecs_task_definition_json": "AWS ECS task definition (JSON) environment array",
    "ops_lambda_update_env_capture": "terminal capture of `aws lambda update-function-configuration --environment`",
    "ops_wrangler_toml_vars": "Cloudflare `wrangler.toml` [vars] (plain text vars)",
    "ops_supabase_secrets_set_capture": "terminal capture of `supabase secrets set`",
    "ops_helm_upgrade_set_capture": "terminal capture of `helm upgrade --install --set env.…`",
    "ops_terraform_plan_output": "`terraform plan` output showing a Lambda environment change",
    "ops_cf_set_env_capture": "terminal capture of Cloud Foundry `cf set-env`",
    "ops_railway_variables_capture": "terminal capture of `railway variables --set`",
    "dev_insomnia_export_json": "Insomnia export (JSON) environment data",
    "dev_thunder_client_env_json": "Thunder Client (VS Code) environment file",
    "dev_pytest_ini_env": "pytest.ini `env =` block (pytest-env)",
    "dev_vitest_config_env": "vitest.config.ts `test.env` block",
    "dev_docker_run_zsh_history": "zsh extended history with `docker run -e`",
    "iot_signalk_plugin_config_json": "Signal K server plugin-config-data JSON on the workboat",
    "iot_homebridge_config_json": "Homebridge config.json platform block in the net loft",
    "iot_balena_env_add_capture": "terminal capture of `balena env add` for the tracker fleet",
    "office_chrome_passwords_csv": "Google Password Manager CSV export (name,url,username,password,note)",
    "office_enpass_json_export": "Enpass JSON export item",
    "office_viber_chat_export": "Viber chat export lines",
    "office_freshdesk_ticket_note": "Freshdesk private note on a support ticket",
    "office_docx_document_xml": "word/document.xml of a .docx hand-over document",
    "office_onboarding_pdf_text": "pdftotext output of the office starter pack",
}


def assign_styles():
    rng = random.Random(SEED_STYLES)
    used = {s[0]: 0 for s in STYLES}
    out = {}
    order = TYPE_NAMES[:]
    rng.shuffle(order)
    for t in order:
        fams = SPEC_BY[t][6]
        cands = [s[0] for s in STYLES if s[2] in fams]
        rng.shuffle(cands)
        best = min(cands, key=lambda s: used[s])
        used[best] += 1
        out[t] = best
    return out


def build(reg):
    rng = random.Random(SEED_VALUES)
    styles = assign_styles()
    recs = []
    for t in TYPE_NAMES:
        spec = SPEC_BY[t]
        sid = styles[t]
        _, case, fam, forbid, render, _ = STYLE_BY[sid]
        person = rng.choice(W.PEOPLE)

        def g():
            for _ in range(5000):
                if spec[2] == "pw":
                    v = C.password(rng, W.WORDS, C.LOOSE_JOINERS, 0.4)
                else:
                    v = gen_parts(spec[2], rng)
                if not any(ch in forbid for ch in v):
                    return v
            raise RuntimeError(t)
        v = reg.draw(g)
        nbk = nbv = None
        if spec[5]:
            nbk = C.style_key(spec[5][0].split(), case)
            if spec[5][1][0] in ("email", "fixed"):
                nbv = gen_neighbour(spec[5], rng, person)
            else:
                nbv = reg.draw(lambda: gen_neighbour(spec[5], rng, person))
        words = t.split("_")
        title_words = [w for w in words if w != "password"]
        ctx = {"k": C.style_key(words, case), "nbk": nbk, "nbv": nbv, "r": rng,
               "proj": rng.choice(["loft-scheduler", "stock-sync", "net-orders", "quotes", "repair-bookings", "trackers"]),
               "short": t, "title": C.style_key(title_words, "title"), "spaced": C.style_key(words, "spaced"),
               "site": spec[7]}
        text, s, e = C.place(render(ctx), v)
        recs.append({"type": t, "container": t + "__" + sid, "text": text,
                     "secrets": [{"value": v, "start": s, "end": e, "type": t}],
                     "source": "vendor", "_neighbour": nbv})
    return recs


def check_value(t, v):
    spec = SPEC_BY[t]
    if spec[2] == "pw":
        return bool(C.password_regex(C.LOOSE_JOINERS).match(v))
    if not re.match(parts_regex(spec[2]), v):
        return False
    frames = [p[1] for p in spec[2] if not isinstance(p, str) and p[0] == "frame"]
    if len(spec[2]) == 1 and frames and frames[0] in ("glc", "sntrys", "mapbox_sk", "signalk_jwt", "supabase_jwt"):
        return frame_validate(frames[0], v)
    if "b64_16" in frames:
        return frame_validate("b64_16", v.rsplit(":", 1)[1])
    return True
