"""Vendor source: credential types of vendors used by laundrettes, dry cleaners and linen-hire firms."""
import base64
import json
import random
import re

from common234 import (MARK, SEEDS, CLASSES, CLASS_RE, CLASS_WORDS, DIGITS, ALNUM, LOWER_ALNUM, HEXL, HEXU,
                       UPPER_ALNUM, B64URL, rstr, rbytes, uuid4, jwt_hs, jwt_valid, owner_password, OWNER_PW_RE,
                       case_key, place, span_record, b64u_nopad, UUID4_RE)

GROUPS = {
    "trade": "Trade services of laundrettes, dry cleaners and linen-hire firms",
    "commerce": "Commerce, payments, shipping and bookkeeping",
    "messaging": "Messaging, e-mail and customer support",
    "ai": "AI services",
    "developer": "Developer services",
    "ops": "Ops, cloud, fleet, IoT, maps and automation",
}


def N(label, fn):
    return (label, fn)


def _digits(n):
    return lambda r: rstr(r, DIGITS, n)


def _email(user, dom):
    return lambda r: "%s%d@%s" % (user, r.randint(1, 99), dom)


# spec: (type, group, provenance, shape, neighbour or None)
#   shape: list of literal strings and (class, n) tuples, or a special name (str starting with '@')
SPECS = [
    # ---------------- trade ----------------
    ("cleancloud_store_api_token", "trade", "guessed", [("alnum", 40)], N("cleancloud store id", lambda r: str(r.randint(10000, 99999)))),
    ("cleancloud_owner_dashboard_password", "trade", "owner", "@owner", N("cleancloud owner email", _email("owner", "suds-and-co.example"))),
    ("spot_business_systems_login_password", "trade", "owner", "@owner", N("spot customer code", lambda r: "SPT" + rstr(r, DIGITS, 5))),
    ("curbside_laundries_partner_api_key", "trade", "guessed", [("hexl", 32)], None),
    ("cents_pos_api_secret", "trade", "guessed", [("b64url", 48)], N("cents business id", lambda r: str(r.randint(1000, 9999)))),
    ("speedqueen_insights_operator_password", "trade", "owner", "@owner", N("insights username", _email("ops", "suds-and-co.example"))),
    ("electrolux_laundry_connectivity_password", "trade", "owner", "@owner", N("connectivity account id", lambda r: "ELX-" + rstr(r, DIGITS, 7))),
    ("esd_hosted_laundry_api_key", "trade", "guessed", [("upper_alnum", 36)], None),
    ("laundroworks_site_api_token", "trade", "guessed", [("hexl", 64)], N("laundroworks site id", lambda r: str(r.randint(100, 999)))),
    ("payrange_operator_api_secret", "trade", "guessed", [("alnum", 40)], N("payrange operator id", lambda r: str(r.randint(100000, 999999)))),
    ("nayax_lynx_api_token", "trade", "guessed", [("b64url", 43)], None),
    ("cantaloupe_seed_api_key", "trade", "guessed", [("hexu", 32)], None),
    ("datamars_textrace_api_key", "trade", "guessed", [("lower_alnum", 40)], N("textrace customer number", lambda r: "DM" + rstr(r, DIGITS, 6))),
    ("jensen_cockpit_portal_password", "trade", "owner", "@owner", N("jensen plant id", lambda r: "JP-" + rstr(r, DIGITS, 4))),
    ("laundrylux_service_portal_password", "trade", "owner", "@owner", N("laundrylux dealer login", _email("service", "pressmark-cleaners.example"))),
    ("card_concepts_laundrycard_admin_password", "trade", "owner", "@owner", N("laundrycard location id", lambda r: "LC" + rstr(r, DIGITS, 5))),
    ("metalprogetti_conveyor_remote_password", "trade", "owner", "@owner", N("conveyor serial", lambda r: "MP" + rstr(r, DIGITS, 8))),
    ("abs_laundry_business_api_key", "trade", "guessed", [("hexl", 32)], None),
    # ---------------- commerce ----------------
    ("stripe_live_secret_api_key", "commerce", "read", ["sk_live_51", ("alnum", 97)], None),
    ("braintree_production_access_token", "commerce", "believed", ["access_token$production$", ("lower_alnum", 16), "$", ("hexl", 32)], None),
    ("braintree_gateway_private_key", "commerce", "believed", [("hexl", 32)], N("braintree merchant id", lambda r: rstr(r, "abcdefghijklmnopqrstuvwxyz0123456789", 16))),
    ("adyen_checkout_api_key", "commerce", "guessed", ["AQE", ("b64url", 97)], N("adyen merchant account", lambda r: "SudsAndCo%dECOM" % r.randint(1, 9))),
    ("checkout_com_secret_key", "commerce", "guessed", ["sk_", ("lower_alnum", 27)], None),
    ("gocardless_live_access_token", "commerce", "read", ["live_", ("b64url", 40)], None),
    ("sumup_merchant_secret_key", "commerce", "guessed", ["sup_sk_", ("alnum", 32)], N("sumup merchant code", lambda r: "M" + rstr(r, UPPER_ALNUM, 7))),
    ("dojo_payments_secret_key", "commerce", "guessed", ["sk_prod_", ("b64url", 48)], None),
    ("square_oauth_application_secret", "commerce", "believed", ["sq0csp-", ("b64url", 43)], N("square application id", lambda r: "sq0idp-" + rstr(r, B64URL, 22))),
    ("shopify_admin_api_access_token", "commerce", "read", ["shpat_", ("hexl", 32)], N("shopify shop domain", lambda r: "suds-and-co-%d.myshopify.com" % r.randint(1, 99))),
    ("mailchimp_marketing_api_key", "commerce", "read", [("hexl", 32), "-us", ("digits", 2)], None),
    ("xero_app_client_secret", "commerce", "guessed", [("b64url", 48)], N("xero client id", lambda r: rstr(r, HEXU, 32))),
    ("quickbooks_online_client_secret", "commerce", "believed", [("alnum", 40)], N("intuit client id", lambda r: "AB" + rstr(r, ALNUM, 48))),
    ("sendcloud_api_secret_key", "commerce", "guessed", [("hexl", 32)], N("sendcloud public key", lambda r: rstr(r, HEXL, 32))),
    ("shipstation_api_secret", "commerce", "believed", [("hexl", 32)], N("shipstation api key", lambda r: rstr(r, HEXL, 32))),
    ("royal_mail_click_drop_api_key", "commerce", "guessed", "@uuid4", None),
    ("recaptcha_v3_server_secret", "commerce", "believed", ["6L", ("b64url", 38)], None),
    ("acuity_scheduling_api_key", "commerce", "believed", [("hexl", 32)], N("acuity user id", lambda r: str(r.randint(10000000, 39999999)))),
    ("bigcommerce_store_api_token", "commerce", "guessed", [("lower_alnum", 31)], N("bigcommerce store hash", lambda r: rstr(r, LOWER_ALNUM, 10))),
    # ---------------- messaging ----------------
    ("twilio_account_auth_token", "messaging", "believed", [("hexl", 32)], N("twilio account sid", lambda r: "AC" + rstr(r, HEXL, 32))),
    ("slack_workspace_bot_token", "messaging", "read", ["xoxb-", ("digits", 13), "-", ("digits", 13), "-", ("alnum", 24)], None),
    ("slack_incoming_webhook_url", "messaging", "read", "@slack_webhook", None),
    ("telegram_shop_bot_token", "messaging", "read", "@telegram", None),
    ("messagebird_live_access_key", "messaging", "read", [("alnum", 25)], None),
    ("sinch_sms_api_token", "messaging", "guessed", [("hexl", 32)], N("sinch service plan id", lambda r: rstr(r, HEXL, 32))),
    ("infobip_api_key", "messaging", "guessed", "@infobip", None),
    ("telnyx_v2_api_key", "messaging", "guessed", ["KEY", ("hexu", 32), "_", ("alnum", 22)], None),
    ("esendex_account_password", "messaging", "owner", "@owner", N("esendex account reference", lambda r: "EX" + rstr(r, DIGITS, 7))),
    ("brevo_transactional_api_key", "messaging", "read", ["xkeysib-", ("hexl", 64), "-", ("alnum", 16)], None),
    ("mailgun_private_api_key", "messaging", "read", ["key-", ("hexl", 32)], None),
    ("mailgun_http_signing_key", "messaging", "read", [("hexl", 32), "-", ("hexl", 8), "-", ("hexl", 8)], None),
    ("sparkpost_transmissions_api_key", "messaging", "believed", [("hexl", 40)], None),
    ("amazon_ses_smtp_password", "messaging", "believed", "@ses_smtp", N("ses smtp username", lambda r: "AKIA" + rstr(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16))),
    ("customer_io_app_api_key", "messaging", "guessed", [("hexl", 32)], None),
    ("intercom_workspace_access_token", "messaging", "believed", "@intercom", None),
    ("zendesk_support_api_token", "messaging", "read", [("alnum", 40)], N("zendesk agent email", _email("desk", "brightlinen-hire.example"))),
    ("freshdesk_helpdesk_api_key", "messaging", "believed", [("alnum", 20)], N("freshdesk domain", lambda r: "brightlinen%d.freshdesk.com" % r.randint(1, 99))),
    ("pusher_channels_app_secret", "messaging", "believed", [("hexl", 20)], N("pusher app key", lambda r: rstr(r, HEXL, 20))),
    ("ably_realtime_root_key", "messaging", "believed", "@ably", None),
    ("expo_push_access_token", "messaging", "guessed", [("b64url", 40)], None),
    ("dialog360_whatsapp_api_key", "messaging", "guessed", [("alnum", 32)], None),
    # ---------------- ai ----------------
    ("openai_project_api_key", "ai", "read", ["sk-proj-", ("b64url", 74), "T3BlbkFJ", ("b64url", 74)], None),
    ("anthropic_console_api_key", "ai", "read", ["sk-ant-api03-", ("b64url", 93), "AA"], None),
    ("groq_cloud_api_key", "ai", "believed", ["gsk_", ("alnum", 52)], None),
    ("perplexity_sonar_api_key", "ai", "read", ["pplx-", ("alnum", 48)], None),
    ("replicate_api_token", "ai", "believed", ["r8_", ("alnum", 37)], None),
    ("google_gemini_api_key", "ai", "read", ["AIza", ("b64url", 35)], None),
    ("huggingface_user_access_token", "ai", "read", ["hf_", ("letters", 34)], None),
    ("together_ai_api_key", "ai", "guessed", [("hexl", 64)], None),
    ("stability_ai_api_key", "ai", "believed", ["sk-", ("alnum", 48)], None),
    ("pinecone_serverless_api_key", "ai", "guessed", ["pcsk_", ("alnum", 5), "_", ("alnum", 63)], None),
    ("langsmith_personal_access_token", "ai", "believed", ["lsv2_pt_", ("hexl", 32), "_", ("hexl", 10)], None),
    ("mindee_receipt_ocr_api_key", "ai", "guessed", [("hexl", 32)], None),
    ("voyage_ai_api_key", "ai", "guessed", ["pa-", ("b64url", 43)], None),
    ("fireworks_ai_api_key", "ai", "guessed", ["fw_", ("alnum", 24)], None),
    ("azure_speech_subscription_key", "ai", "believed", [("hexl", 32)], N("azure speech region", lambda r: r.choice(["uksouth", "westeurope", "northeurope"]))),
    # ---------------- developer ----------------
    ("github_classic_personal_access_token", "developer", "read", ["ghp_", ("alnum", 36)], None),
    ("github_oauth_app_user_token", "developer", "read", ["gho_", ("alnum", 36)], None),
    ("github_app_refresh_token", "developer", "read", ["ghr_", ("alnum", 36)], None),
    ("gitlab_personal_access_token", "developer", "read", ["glpat-", ("b64url", 20)], None),
    ("gitlab_deploy_token_secret", "developer", "read", ["gldt-", ("b64url", 20)], N("deploy token username", lambda r: "gitlab+deploy-token-%d" % r.randint(100, 9999))),
    ("npm_automation_token", "developer", "read", ["npm_", ("alnum", 36)], None),
    ("rubygems_push_api_key", "developer", "read", ["rubygems_", ("hexl", 48)], None),
    ("sentry_user_auth_token", "developer", "read", ["sntryu_", ("hexl", 64)], None),
    ("heroku_platform_api_key_v2", "developer", "read", ["HRKU-AA", ("b64url", 58)], None),
    ("flyio_org_deploy_token", "developer", "read", ["fo1_", ("b64url", 43)], None),
    ("render_api_key", "developer", "believed", ["rnd_", ("alnum", 32)], None),
    ("cloudflare_origin_ca_key", "developer", "read", ["v1.0-", ("hexl", 24), "-", ("hexl", 146)], None),
    ("cloudflare_scoped_api_token", "developer", "believed", [("b64url", 40)], None),
    ("airtable_personal_access_token", "developer", "read", ["pat", ("alnum", 14), ".", ("hexl", 64)], None),
    ("notion_internal_integration_secret", "developer", "read", ["ntn_", ("digits", 11), ("alnum", 35)], None),
    ("sonarcloud_user_token", "developer", "believed", ["squ_", ("hexl", 40)], None),
    ("snyk_service_account_token", "developer", "read", "@uuid4", None),
    ("circleci_personal_api_token", "developer", "believed", ["CCIPAT_", ("alnum", 22), "_", ("hexl", 40)], None),
    ("buildkite_user_api_access_token", "developer", "believed", ["bkua_", ("hexl", 40)], None),
    ("jfrog_artifactory_reference_token", "developer", "read", ["cmVmdGtuOjAxOj", ("alnum", 50)], None),
    ("pulumi_access_token", "developer", "read", ["pul-", ("hexl", 40)], None),
    ("onepassword_service_account_token", "developer", "read", "@onepassword", None),
    ("doppler_config_service_token", "developer", "believed", ["dp.st.prd.", ("alnum", 40)], None),
    ("infisical_machine_client_secret", "developer", "guessed", [("hexl", 64)], N("infisical client id", lambda r: uuid4(r))),
    ("vercel_access_token", "developer", "believed", [("alnum", 24)], None),
    ("hetzner_cloud_api_token", "developer", "believed", [("alnum", 64)], None),
    ("linode_personal_access_token", "developer", "believed", [("hexl", 64)], None),
    ("digitalocean_personal_access_token", "developer", "read", ["dop_v1_", ("hexl", 64)], None),
    ("scaleway_iam_secret_key", "developer", "believed", "@uuid4", N("scaleway access key", lambda r: "SCW" + rstr(r, UPPER_ALNUM, 17))),
    # ---------------- ops ----------------
    ("aws_iam_secret_access_key", "ops", "believed", [("b64std", 40)], N("aws access key id", lambda r: "AKIA" + rstr(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16))),
    ("azure_storage_account_key", "ops", "believed", "@azure_storage", N("azure storage account name", lambda r: "sudsbackups%d" % r.randint(10, 99))),
    ("datadog_api_key", "ops", "believed", [("hexl", 32)], None),
    ("datadog_application_key", "ops", "believed", [("hexl", 40)], None),
    ("betterstack_logs_source_token", "ops", "guessed", [("alnum", 24)], None),
    ("papertrail_api_token", "ops", "guessed", [("alnum", 20)], None),
    ("uptimerobot_main_api_key", "ops", "believed", ["u", ("digits", 7), "-", ("hexl", 24)], None),
    ("bugsnag_integration_api_key", "ops", "believed", [("hexl", 32)], None),
    ("cronitor_api_key", "ops", "guessed", [("hexl", 32)], None),
    ("checkly_user_api_key", "ops", "guessed", ["cu_", ("hexl", 32)], None),
    ("samsara_fleet_api_token", "ops", "believed", ["samsara_api_", ("alnum", 30)], None),
    ("geotab_mygeotab_password", "ops", "owner", "@owner", N("mygeotab database", lambda r: "brightlinen_%d" % r.randint(1, 99))),
    ("webfleet_connect_password", "ops", "owner", "@owner", N("webfleet account", lambda r: "brightlinen-%d" % r.randint(100, 999))),
    ("home_assistant_long_lived_token", "ops", "believed", "@ha_jwt", None),
    ("tuya_iot_cloud_access_secret", "ops", "believed", [("hexl", 32)], N("tuya access id", lambda r: rstr(r, LOWER_ALNUM, 20))),
    ("shelly_cloud_auth_key", "ops", "guessed", [("alnum", 80)], N("shelly cloud server", lambda r: "shelly-%d-eu.shelly.cloud" % r.randint(10, 99))),
    ("balena_cloud_api_key", "ops", "guessed", [("alnum", 32)], None),
    ("make_com_custom_webhook_url", "ops", "believed", "@make_webhook", None),
    ("n8n_public_api_key", "ops", "believed", "@n8n_jwt", None),
    ("ifttt_webhooks_key", "ops", "believed", [("b64url", 22)], None),
    ("what3words_api_key", "ops", "believed", [("upper_alnum", 8)], None),
    ("loqate_address_api_key", "ops", "believed", [("upper_alnum", 4), "-", ("upper_alnum", 4), "-", ("upper_alnum", 4), "-", ("upper_alnum", 4)], None),
    ("here_location_api_key", "ops", "believed", [("b64url", 43)], None),
    ("tomtom_maps_api_key", "ops", "believed", [("alnum", 32)], None),
    ("onfleet_delivery_api_key", "ops", "guessed", [("hexl", 32)], None),
    ("optimoroute_api_key", "ops", "guessed", [("alnum", 40)], None),
    ("routific_engine_api_token", "ops", "guessed", "@routific_jwt", None),
    ("deputy_permanent_access_token", "ops", "guessed", [("hexl", 32)], N("deputy install url", lambda r: "brightlinen%d.uk.deputy.com" % r.randint(1, 99))),
    ("when_i_work_developer_key", "ops", "guessed", [("hexl", 40)], None),
]

# written down, then set aside (with the reason) to keep the source at 120 types
SET_ASIDE = {
    "dialog360_whatsapp_api_key": "shape guessed; WhatsApp is covered by earlier corpora and the trade talks SMS here",
    "expo_push_access_token": "shape guessed; push is covered by the Expo app config in the everyday source",
    "fireworks_ai_api_key": "shape guessed; AI vendors are already 14",
    "voyage_ai_api_key": "shape guessed; embeddings are not a laundrette job",
    "cronitor_api_key": "shape guessed; monitoring is covered by UptimeRobot, Datadog, Better Stack and Bugsnag",
    "checkly_user_api_key": "shape guessed; monitoring is covered",
    "balena_cloud_api_key": "shape guessed; device fleets are covered by Tuya, Shelly and Home Assistant",
    "when_i_work_developer_key": "shape guessed; staff rotas are covered by Deputy",
    "bigcommerce_store_api_token": "shape guessed; web shops are covered by Shopify",
    "papertrail_api_token": "shape guessed; logging is covered by Better Stack",
    "together_ai_api_key": "shape guessed; hosted open models are covered by Groq and Replicate",
    "optimoroute_api_key": "shape guessed; route planning is covered by Onfleet and Routific",
}

SPECIAL_DESC = {
    "@owner": "owner-chosen password",
    "@uuid4": "UUIDv4",
    "@slack_webhook": "whole Slack incoming-webhook URL (`https://hooks.slack.com/services/T` + 10 upper alphanumerics + `/B` + 10 + `/` + 24 alphanumerics; the URL is the credential)",
    "@telegram": "bot id of 10 digits + `:A` + 34 base64url",
    "@infobip": "32 lower-case hex + `-` + UUIDv4",
    "@ses_smtp": "standard Base64 of 33 bytes (version byte 0x04 + 32-byte HMAC), 44 characters starting with `B`",
    "@intercom": "standard Base64 (60 characters) of `tok:` + a 36-character id with underscores + `:1:0`",
    "@ably": "whole Ably key: 6-character app id + `.` + 6-character key id + `:` + 43 base64url secret",
    "@onepassword": "`ops_` + standard Base64 (no padding) of real service-account JSON (`signInAddress`, `email`, `srpX`, `muk`, `secretKey`, `deviceUuid`)",
    "@azure_storage": "standard Base64 of 64 random bytes (88 characters ending `==`)",
    "@ha_jwt": "real HS256 JWT (`iss` 32 hex, `iat`, `exp`)",
    "@n8n_jwt": "real HS256 JWT (`sub` UUIDv4, `iss` n8n, `aud` public-api)",
    "@routific_jwt": "real HS256 JWT (`_id` 24 hex, `email`)",
    "@make_webhook": "whole Make custom-webhook URL (`https://hook.eu1.make.com/` + 32 lower-case alphanumerics; the URL is the credential)",
}

SPECIAL_RE = {
    "@owner": OWNER_PW_RE.pattern.strip("^$"),
    "@uuid4": "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
    "@slack_webhook": r"https://hooks\.slack\.com/services/T[A-Z0-9]{10}/B[A-Z0-9]{10}/[A-Za-z0-9]{24}",
    "@telegram": r"[0-9]{10}:A[A-Za-z0-9_-]{34}",
    "@infobip": "[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
    "@ses_smtp": r"B[A-Za-z0-9+/]{43}",
    "@intercom": r"dG9rO[A-Za-z0-9+/]{54}=",
    "@ably": r"[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_-]{43}",
    "@onepassword": r"ops_eyJ[A-Za-z0-9+/]{250,}",
    "@azure_storage": r"[A-Za-z0-9+/]{86}==",
    "@ha_jwt": r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}",
    "@n8n_jwt": r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}",
    "@routific_jwt": r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}",
    "@make_webhook": r"https://hook\.eu1\.make\.com/[a-z0-9]{32}",
}


def shape_desc(shape):
    if isinstance(shape, str):
        return SPECIAL_DESC[shape]
    out = []
    for p in shape:
        if isinstance(p, str):
            out.append("`%s`" % p)
        else:
            out.append("%d %s" % (p[1], CLASS_WORDS[p[0]]))
    return " + ".join(out)


def shape_regex(shape):
    if isinstance(shape, str):
        return "^(?:%s)$" % SPECIAL_RE[shape]
    out = []
    for p in shape:
        if isinstance(p, str):
            out.append(re.escape(p))
        else:
            out.append("%s{%d}" % (CLASS_RE[p[0]], p[1]))
    return "^" + "".join(out) + "$"


def gen_special(shape, rng):
    if shape == "@owner":
        return owner_password(rng)
    if shape == "@uuid4":
        return uuid4(rng)
    if shape == "@slack_webhook":
        return ("https://hooks.slack.com/services/T" + rstr(rng, UPPER_ALNUM, 10) + "/B" + rstr(rng, UPPER_ALNUM, 10)
                + "/" + rstr(rng, ALNUM, 24))
    if shape == "@telegram":
        return str(rng.randint(6000000000, 7999999999)) + ":A" + rstr(rng, B64URL, 34)
    if shape == "@infobip":
        return rstr(rng, HEXL, 32) + "-" + uuid4(rng)
    if shape == "@ses_smtp":
        return base64.b64encode(b"\x04" + rbytes(rng, 32)).decode()
    if shape == "@intercom":
        ident = uuid4(rng).replace("-", "_")
        return base64.b64encode(("tok:" + ident + ":1:0").encode()).decode()
    if shape == "@ably":
        return rstr(rng, B64URL, 6) + "." + rstr(rng, B64URL, 6) + ":" + rstr(rng, B64URL, 43)
    if shape == "@onepassword":
        doc = {
            "signInAddress": "my.1password.eu",
            "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000,
                         "salt": b64u_nopad(rbytes(rng, 16))},
            "email": "%s@1passwordserviceaccounts.eu" % rstr(rng, "abcdefghijklmnopqrstuvwxyz234567", 26),
            "srpX": rbytes(rng, 32).hex(),
            "muk": {"alg": "A256GCM", "ext": True, "k": b64u_nopad(rbytes(rng, 32)),
                    "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
            "secretKey": "A3-%s-%s-%s-%s-%s" % (rstr(rng, UPPER_ALNUM, 6), rstr(rng, UPPER_ALNUM, 11),
                                               rstr(rng, UPPER_ALNUM, 5), rstr(rng, UPPER_ALNUM, 5),
                                               rstr(rng, UPPER_ALNUM, 5)),
            "throttleSecret": {"seed": rbytes(rng, 32).hex(), "uuid": rstr(rng, UPPER_ALNUM, 26)},
            "deviceUuid": rstr(rng, "abcdefghijklmnopqrstuvwxyz234567", 26),
        }
        return "ops_" + base64.b64encode(json.dumps(doc, separators=(",", ":")).encode()).decode().rstrip("=")
    if shape == "@azure_storage":
        return base64.b64encode(rbytes(rng, 64)).decode()
    if shape == "@ha_jwt":
        iat = 1704067200 + rng.randint(0, 30000000)
        return jwt_hs(rng, {"iss": rbytes(rng, 16).hex(), "iat": iat, "exp": iat + 315360000}, "HS256")
    if shape == "@n8n_jwt":
        return jwt_hs(rng, {"sub": uuid4(rng), "iss": "n8n", "aud": "public-api",
                            "iat": 1704067200 + rng.randint(0, 30000000)}, "HS256")
    if shape == "@routific_jwt":
        return jwt_hs(rng, {"_id": rbytes(rng, 12).hex(), "email": "routes%d@brightlinen-hire.example" % rng.randint(1, 99),
                            "iat": 1704067200 + rng.randint(0, 30000000)}, "HS256")
    if shape == "@make_webhook":
        return "https://hook.eu1.make.com/" + rstr(rng, LOWER_ALNUM, 32)
    raise KeyError(shape)


def gen_value(shape, rng):
    if isinstance(shape, str):
        return gen_special(shape, rng)
    return "".join(p if isinstance(p, str) else rstr(rng, p[0], p[1]) for p in shape)


def extra_valid(shape, value):
    """Frame checks beyond the regex."""
    if shape in ("@ha_jwt", "@n8n_jwt", "@routific_jwt"):
        return jwt_valid(value)
    if shape == "@ses_smtp":
        b = base64.b64decode(value)
        return len(b) == 33 and b[0] == 4
    if shape == "@intercom":
        s = base64.b64decode(value).decode()
        return re.match(r"^tok:[0-9a-f_]{36}:1:0$", s) is not None
    if shape == "@onepassword":
        body = value[4:]
        doc = json.loads(base64.b64decode(body + "=" * (-len(body) % 4)))
        return doc.get("signInAddress") == "my.1password.eu" and "muk" in doc
    if shape == "@azure_storage":
        return len(base64.b64decode(value)) == 64
    if shape == "@uuid4":
        return UUID4_RE.match(value) is not None
    return True


ACTIVE = [s for s in SPECS if s[0] not in SET_ASIDE]
assert len(ACTIVE) == 120, len(ACTIVE)

# 16 styles: (name, case style, template(type_key, V, neighbour_key, neighbour_value, title, rng))
STYLES = []


def style(name, case):
    def deco(fn):
        STYLES.append((name, case, fn))
        return fn
    return deco


@style("laundry_app_env_production", "upper")
def _(k, v, nk, nv, title, r):
    s = "# production - do not commit\nAPP_ENV=production\n"
    if nk:
        s += "%s=%s\n" % (nk, nv)
    return s + "%s=%s\n" % (k, v)


@style("pickup_app_eas_secret_create_history", "upper")
def _(k, v, nk, nv, title, r):
    s = ""
    if nk:
        s += "$ eas secret:create --scope project --name %s --value %s --type string\n" % (nk, nv)
    return s + ("$ eas secret:create --scope project --name %s --value %s --type string\n"
                "Created a new secret %s on project @suds/pickup.\n" % (k, v, k))


@style("linen_ops_fly_secrets_set_history", "upper")
def _(k, v, nk, nv, title, r):
    pair = ("%s=%s " % (nk, nv)) if nk else ""
    return "$ fly secrets set %s%s=%s -a linen-routes\nRelease v%d created\n" % (pair, k, v, r.randint(20, 300))


@style("dry_clean_ops_heroku_config_set_history", "upper")
def _(k, v, nk, nv, title, r):
    pair = (" %s=%s" % (nk, nv)) if nk else ""
    return ("$ heroku config:set%s %s=%s -a pressmark-pos\nSetting config vars and restarting pressmark-pos... done, v%d\n"
            % (pair, k, v, r.randint(20, 300)))


@style("laundry_app_rails_credentials_yml", "snake")
def _(k, v, nk, nv, title, r):
    s = "# bin/rails credentials:edit --environment production (decrypted view)\nintegrations:\n"
    if nk:
        s += "  %s: %s\n" % (nk, nv)
    return s + "  %s: %s\n" % (k, v)


@style("linen_ops_ansible_plaintext_vars_yml", "snake")
def _(k, v, nk, nv, title, r):
    s = "---\n# group_vars/depots.yml - plaintext copy before ansible-vault encrypt\n"
    if nk:
        s += '%s: "%s"\n' % (nk, nv)
    return s + '%s: "%s"\n' % (k, v)


@style("laundry_app_appsettings_production_json", "pascal")
def _(k, v, nk, nv, title, r):
    s = '{\n  "Integrations": {\n'
    if nk:
        s += '    "%s": "%s",\n' % (nk, nv)
    return s + '    "%s": "%s"\n  }\n}\n' % (k, v)


@style("kiosk_app_gradle_buildconfig_fields", "upper")
def _(k, v, nk, nv, title, r):
    s = "defaultConfig {\n"
    if nk:
        s += '    buildConfigField "String", "%s", "\\"%s\\""\n' % (nk, nv)
    return s + '    buildConfigField "String", "%s", "\\"%s\\""\n}\n' % (k, v)


@style("pickup_app_typescript_config_object", "camel")
def _(k, v, nk, nv, title, r):
    s = "export const integrations = {\n"
    if nk:
        s += "  %s: '%s',\n" % (nk, nv)
    return s + "  %s: '%s',\n} as const;\n" % (k, v)


@style("route_app_java_properties", "dot")
def _(k, v, nk, nv, title, r):
    s = "# route-app.properties\n"
    if nk:
        s += "%s=%s\n" % (nk, nv)
    return s + "%s=%s\n" % (k, v)


@style("linen_ops_nomad_var_put_history", "snake")
def _(k, v, nk, nv, title, r):
    pair = ("%s=%s " % (nk, nv)) if nk else ""
    return "$ nomad var put -force nomad/jobs/linen-sync %s%s=%s\nWrote variable to nomad/jobs/linen-sync\n" % (pair, k, v)


@style("laundry_ops_docker_secret_create_history", "snake")
def _(k, v, nk, nv, title, r):
    s = ""
    if nk:
        s += "$ printf '%%s' '%s' | docker secret create %s -\n%s\n" % (nv, nk, rstr(r, LOWER_ALNUM, 25))
    return s + "$ printf '%%s' '%s' | docker secret create %s -\n%s\n" % (v, k, rstr(r, LOWER_ALNUM, 25))


@style("laundrette_owner_whatsapp_message", "spaced")
def _(k, v, nk, nv, title, r):
    mid = ("the %s is %s and " % (nk, nv)) if nk else ""
    return "[09:%02d] Ray: for the new integration, %sthe %s is %s - keep it off the noticeboard\n" % (
        r.randint(0, 59), mid, k, v)


@style("linen_hire_freshdesk_ticket_note", "spaced")
def _(k, v, nk, nv, title, r):
    s = "Private note on ticket #%d:\nVendor support asked us to confirm the integration details.\n" % r.randint(1000, 99999)
    if nk:
        s += "%s: %s\n" % (nk, nv)
    return s + "%s: %s\nPlease rotate once the ticket is closed.\n" % (k, v)


@style("laundrette_keepass_csv_export", "title")
def _(k, v, nk, nv, title, r):
    return ('"Group","Title","Username","Password","URL","Notes"\n'
            '"Laundrette/Integrations","%s","%s","%s","","imported %d"\n' % (title, nv or "api", v, r.randint(2019, 2024)))


@style("dry_clean_ops_kubectl_create_secret_history", "kebab")
def _(k, v, nk, nv, title, r):
    pair = ("--from-literal=%s=%s " % (nk, nv)) if nk else ""
    return ("$ kubectl -n pos create secret generic vendor-creds %s--from-literal=%s=%s\nsecret/vendor-creds created\n"
            % (pair, k, v))


assert len(STYLES) == 16


def generate(registry, next_id):
    rng = random.Random(SEEDS["vendor"])
    recs = []
    for i, (typ, group, prov, shape, neigh) in enumerate(ACTIVE):
        sname, case, fn = STYLES[i % len(STYLES)]
        value = registry.draw(lambda: gen_value(shape, rng))
        words = typ.split("_")
        key = case_key(words, case)
        nk = nv = None
        if neigh:
            nk = case_key(neigh[0].split(), case)
            nv = registry.draw(lambda: neigh[1](rng))
        title = case_key(words, "title")
        tmpl = fn(key, MARK, nk, nv, title, rng)
        text, s, e = place(tmpl, value)
        recs.append(span_record(next_id(), typ, "%s__%s" % (typ, sname), text, s, e, "vendor"))
    return recs


def spec_of(typ):
    for s in SPECS:
        if s[0] == typ:
            return s
    raise KeyError(typ)
