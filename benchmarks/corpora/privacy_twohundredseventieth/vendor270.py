"""Vendor positives: one record per vendor type, in a container typical of
where that key lives, with the public half of a pair written next to it."""
import base64
import json
import random
import re

import common270 as C
import world270 as W

V = "\ue000"

ALPHA = {
    "alnum": (C.ALNUM, "[A-Za-z0-9]"), "lowalnum": (C.LOWALNUM, "[a-z0-9]"), "upalnum": (C.UPALNUM, "[A-Z0-9]"),
    "hex": (C.HEXL, "[0-9a-f]"), "HEX": (C.HEXU, "[0-9A-F]"), "digits": (C.DIGITS, "[0-9]"),
    "b64url": (C.B64URL, "[A-Za-z0-9_-]"), "b64": (C.B64STD, "[A-Za-z0-9+/]"), "letters": (C.LETTERS, "[A-Za-z]"),
    "lower": (C.LOWER, "[a-z]"), "upper": (C.UPPER, "[A-Z]"),
}
UUID4_RX = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"

FRAME_KEYS = {}   # value -> key material kept in memory for frame checks


def seg_gen(rng, segs):
    out = []
    for s in segs:
        if isinstance(s, str):
            out.append(s)
        elif s[0] == "uuid":
            out.append(C.uuid4(rng))
        elif s[0] == "UUID":
            out.append(C.uuid4(rng, upper=True))
        else:
            out.append(C.pick(rng, ALPHA[s[0]][0], s[1]))
    return "".join(out)


def seg_rx(segs):
    out = []
    for s in segs:
        if isinstance(s, str):
            out.append(re.escape(s))
        elif s[0] == "uuid":
            out.append(UUID4_RX)
        elif s[0] == "UUID":
            out.append(UUID4_RX.upper().replace("[0-9A-F]", "[0-9A-F]").replace("[89AB]", "[89AB]"))
        else:
            out.append("%s{%d}" % (ALPHA[s[0]][1], s[1]))
    return "^" + "".join(out) + "$"


def seg_desc(segs):
    names = {"alnum": "alphanumerics", "lowalnum": "lower-case alphanumerics", "upalnum": "upper-case alphanumerics",
             "hex": "lower-case hex", "HEX": "upper-case hex", "digits": "digits", "b64url": "base64url characters",
             "b64": "standard Base64 characters", "letters": "letters", "lower": "lower-case letters",
             "upper": "upper-case letters"}
    out = []
    for s in segs:
        if isinstance(s, str):
            out.append("`%s`" % s)
        elif s[0] == "uuid":
            out.append("UUIDv4")
        elif s[0] == "UUID":
            out.append("upper-case UUIDv4")
        else:
            out.append("%d %s" % (s[1], names[s[0]]))
    return " + ".join(out)


# ------------------------------------------------------------------ custom frames
def f_monday(rng):
    key = C.rbytes(rng, 32)
    payload = {"tid": rng.randrange(10 ** 8, 10 ** 9), "aai": 11, "uid": rng.randrange(10 ** 7, 10 ** 8),
               "iad": "2025-%02d-%02dT%02d:%02d:%02d.000Z" % (rng.randrange(1, 6), rng.randrange(1, 29),
                                                               rng.randrange(24), rng.randrange(60), rng.randrange(60)),
               "per": "me:write", "actid": rng.randrange(10 ** 6, 10 ** 7), "rgn": "euc1"}
    tok = C.jwt_hs256({"alg": "HS256"}, payload, key)
    FRAME_KEYS[tok] = key
    return tok


def v_monday(v):
    return v in FRAME_KEYS and C.jwt_hs256_verify(v, FRAME_KEYS[v]) and \
        json.loads(C.b64url_decode(v.split(".")[1])).get("rgn") == "euc1"


def f_sentry_org(rng):
    body = jd({"iat": 1746000000 + rng.randrange(10 ** 6), "url": "https://benchface.sentry.io",
                       "region_url": "https://de.sentry.io", "org": "benchface"}, separators=(",", ":"))
    return "sntrys_" + base64.b64encode(body.encode()).decode() + "_" + C.pick(rng, C.B64STD, 43)


def v_sentry_org(v):
    m = re.fullmatch(r"sntrys_([A-Za-z0-9+/]+={0,2})_([A-Za-z0-9+/]{43})", v)
    if not m:
        return False
    d = json.loads(base64.b64decode(m.group(1)))
    return set(d) == {"iat", "url", "region_url", "org"}


def f_intercom(rng):
    return base64.b64encode(("tok:" + C.uuid4(rng) + ":1:0").encode()).decode()


def v_intercom(v):
    if not re.fullmatch(r"[A-Za-z0-9+/]{59}=", v):
        return False
    d = base64.b64decode(v).decode()
    return bool(re.fullmatch("tok:" + UUID4_RX + ":1:0", d))


def f_elastic(rng):
    return base64.b64encode((C.pick(rng, C.B64URL, 20) + ":" + C.pick(rng, C.B64URL, 22)).encode()).decode()


def v_elastic(v):
    try:
        d = base64.b64decode(v, validate=True).decode()
    except Exception:
        return False
    return bool(re.fullmatch(r"[A-Za-z0-9_-]{20}:[A-Za-z0-9_-]{22}", d))


def f_age(rng):
    priv = C.rbytes(rng, 32)
    s = C.bech32_encode("age-secret-key-", priv).upper()
    pub = C.bech32_encode("age", C.x25519_base(priv))
    FRAME_KEYS[s] = pub
    return s


def v_age(v):
    return v.startswith("AGE-SECRET-KEY-1") and len(v) == 74 and C.bech32_verify(v)


def f_matrix(rng):
    user = rng.choice(["weighsync", "dispatchbot", "lagoonbot"])
    return "syt_%s_%s_%s" % (C.b64url_nopad(user.encode()), C.pick(rng, C.ALNUM, 20), C.pick(rng, C.ALNUM, 6))


def v_matrix(v):
    m = re.fullmatch(r"syt_([A-Za-z0-9_-]+)_([A-Za-z0-9]{20})_([A-Za-z0-9]{6})", v)
    return bool(m) and C.b64url_decode(m.group(1)).decode().isalpha()


def f_jfrog(rng):
    raw = "reftkn:01:%d:%s" % (1780000000 + rng.randrange(10 ** 7), C.pick(rng, C.ALNUM, 27))
    return base64.b64encode(raw.encode()).decode().rstrip("=")


def v_jfrog(v):
    try:
        d = base64.b64decode(v + "=" * (-len(v) % 4)).decode()
    except Exception:
        return False
    return bool(re.fullmatch(r"reftkn:01:\d{10}:[A-Za-z0-9]{27}", d))


def f_azure_storage(rng):
    return base64.b64encode(C.rbytes(rng, 64)).decode()


def v_azure_storage(v):
    return bool(re.fullmatch(r"[A-Za-z0-9+/]{86}==", v)) and len(base64.b64decode(v)) == 64


def f_gchat(rng):
    return ("https://chat.googleapis.com/v1/spaces/AAAA%s/messages?key=AIzaSy%s&token=%s"
            % (C.pick(rng, C.B64URL, 7), C.pick(rng, C.B64URL, 33), C.pick(rng, C.B64URL, 43)))


def v_gchat(v):
    return bool(re.fullmatch(r"https://chat\.googleapis\.com/v1/spaces/AAAA[A-Za-z0-9_-]{7}/messages\?key=AIzaSy"
                             r"[A-Za-z0-9_-]{33}&token=[A-Za-z0-9_-]{43}", v))


def f_circleci(rng):
    parts = [C.pick(rng, C.LOWALNUM, 4), C.pick(rng, C.LOWER, 5), C.pick(rng, C.LOWALNUM, 3), C.pick(rng, C.DIGITS, 3),
             C.pick(rng, C.LOWER, 2), C.pick(rng, C.UPPER, 2), C.pick(rng, C.DIGITS, 1), C.pick(rng, C.LOWER, 1),
             C.pick(rng, C.LOWALNUM, 1), C.pick(rng, C.DIGITS, 1), C.pick(rng, C.LOWER, 1)]
    return "CCIPAT_" + "".join(parts) + "_" + C.pick(rng, C.HEXL, 40)


def v_circleci(v):
    return bool(re.fullmatch(r"CCIPAT_[a-z0-9]{4}[a-z]{5}[a-z0-9]{3}[0-9]{3}[a-z]{2}[A-Z]{2}[0-9][a-z][a-z0-9][0-9][a-z]"
                             r"_[0-9a-f]{40}", v))


FRAMES = {
    "monday": (f_monday, v_monday, "real HS256 JWT: header {alg}; payload {tid, aai, uid, iad, per, actid, rgn}"),
    "sentry_org": (f_sentry_org, v_sentry_org, "`sntrys_` + standard Base64 of compact JSON {iat, url, region_url, org} + `_` + 43 standard Base64 characters"),
    "intercom": (f_intercom, v_intercom, "standard Base64 (60 characters with one `=`) of `tok:` + UUIDv4 + `:1:0`"),
    "elastic": (f_elastic, v_elastic, "standard Base64 of `id:key` (20 + 22 base64url characters)"),
    "age": (f_age, v_age, "`AGE-SECRET-KEY-1` + 58 upper-case bech32 characters (32 random bytes, real bech32 checksum)"),
    "matrix": (f_matrix, v_matrix, "`syt_` + base64url of the bot user name + `_` + 20 alphanumerics + `_` + 6 alphanumerics"),
    "jfrog": (f_jfrog, v_jfrog, "unpadded standard Base64 of `reftkn:01:` + 10-digit expiry + `:` + 27 alphanumerics"),
    "azure_storage": (f_azure_storage, v_azure_storage, "88 standard Base64 characters (64 random bytes, ending `==`)"),
    "gchat": (f_gchat, v_gchat, "`https://chat.googleapis.com/v1/spaces/AAAA` + 7 base64url + `/messages?key=AIzaSy` + 33 base64url + `&token=` + 43 base64url (the whole URL labelled)"),
    "circleci": (f_circleci, v_circleci, "`CCIPAT_` + the 22-character mixed block of the Kingfisher rule + `_` + 40 lower-case hex"),
}

# ------------------------------------------------------------------ neighbours


def n_email(rng):
    p = rng.choice(W.PEOPLE)
    return W.email(p, rng.choice(["scarthwaite", "hollinsby", "brackenrigg", "tregarrow"]))


NEIGH = {
    "member": lambda r: "MPA%05d" % r.randrange(10 ** 5),
    "num6": lambda r: "%06d" % r.randrange(10 ** 5, 10 ** 6),
    "email": n_email,
    "oplicence": lambda r: "OB%07d" % r.randrange(10 ** 6, 10 ** 7),
    "gateway": lambda r: "%012d" % r.randrange(10 ** 11, 10 ** 12),
    "acct8": lambda r: "%08d" % r.randrange(10 ** 7, 10 ** 8),
    "cust7": lambda r: "C%07d" % r.randrange(10 ** 6, 10 ** 7),
    "uuid": lambda r: C.uuid4(r),
    "hex32U": lambda r: C.pick(r, C.HEXU, 32),
    "qbo": lambda r: "AB" + C.pick(r, C.ALNUM, 48),
    "algolia": lambda r: C.pick(r, C.UPALNUM, 10),
    "pushover_user": lambda r: "u" + C.pick(r, C.LOWALNUM, 29),
    "rc_user": lambda r: C.pick(r, C.ALNUM, 17),
    "akia": lambda r: "AKIA" + C.pick(r, C.UPALNUM, 16),
    "atlas_pub": lambda r: C.pick(r, C.LOWER, 8),
    "confluent_key": lambda r: C.pick(r, C.UPALNUM, 16),
    "storage_acct": lambda r: "scarthwaitesurvey%02d" % r.randrange(100),
    "username": lambda r: rng_user(r),
    "mygeotab": lambda r: "brackenrigg_%d" % r.randrange(10, 99),
    "webfleet_acct": lambda r: "brackenrigg-%03d" % r.randrange(1000),
    "samsara_org": lambda r: "%d" % r.randrange(10 ** 5, 10 ** 6),
}


def rng_user(r):
    return r.choice(["weighsync", "dispatch-ci", "epod-bot", "surveybot", "benchface-deploy"]) + str(r.randrange(2, 99))


# ------------------------------------------------------------------ vendor types
# (type, group, display, shape, provenance, note, neighbour (label words, generator) or None, style)
# shape: list of segments, or ("frame", name), or ("password",)
PW = ("password",)
VENDORS = [
    # --- trade portals and accounts: owner-chosen passwords
    ("mpa_members_extranet_password", "trade_logins", "Mineral Products Association", PW, "owner", "", (["mpa", "member", "number"], "member"), "office_dashlane_csv_export"),
    ("institute_of_quarrying_portal_password", "trade_logins", "Institute of Quarrying", PW, "owner", "", (["iq", "membership", "number"], "num6"), "office_enpass_json_export"),
    ("mpqc_card_check_portal_password", "trade_logins", "MPQC card checker", PW, "owner", "", (["mpqc", "employer", "login"], "email"), "office_onepassword_1pux_json"),
    ("fors_operator_portal_password", "trade_logins", "FORS", PW, "owner", "", (["fors", "operator", "id"], "num6"), "office_zulip_stream_message"),
    ("dvsa_vol_self_service_password", "trade_logins", "DVSA Vehicle Operator Licensing", PW, "owner", "", (["dvsa", "operator", "licence"], "oplicence"), "office_dashlane_csv_export"),
    ("hmrc_gateway_aggregates_levy_password", "trade_logins", "HMRC Government Gateway (Aggregates Levy)", PW, "owner", "", (["hmrc", "gateway", "user", "id"], "gateway"), "office_enpass_json_export"),
    ("finning_cat_parts_store_password", "trade_logins", "Finning (Cat parts store)", PW, "owner", "", (["finning", "account", "number"], "acct8"), "office_google_chat_thread_copy"),
    ("sandvik_customer_portal_password", "trade_logins", "Sandvik customer portal", PW, "owner", "", (["sandvik", "customer", "number"], "cust7"), "office_onepassword_1pux_json"),
    ("terex_finlay_tlink_portal_password", "trade_logins", "Terex Finlay T-Link", PW, "owner", "", (["tlink", "login", "email"], "email"), "office_zulip_stream_message"),
    ("epiroc_certiq_portal_password", "trade_logins", "Epiroc Certiq", PW, "owner", "", (["certiq", "user", "email"], "email"), "office_signal_note_to_self"),
    ("instantel_thor_cloud_password", "trade_logins", "Instantel THOR (blast vibration monitors)", PW, "owner", "", (["thor", "account", "email"], "email"), "office_google_chat_thread_copy"),
    ("tachomaster_operator_login_password", "trade_logins", "TachoMaster (tachograph analysis)", PW, "owner", "", (["tachomaster", "company", "id"], "num6"), "office_dashlane_csv_export"),
    ("allstar_fuel_card_online_password", "trade_logins", "Allstar fuel card online", PW, "owner", "", (["allstar", "account", "number"], "acct8"), "office_signal_note_to_self"),
    ("geotab_mygeotab_api_user_password", "trade_logins", "MyGeotab API user", PW, "owner", "", (["mygeotab", "database"], "mygeotab"), "ops_sops_decrypted_output_yaml"),
    # --- trade services: telematics, plant, survey, blasting, dust, maps, weather
    ("samsara_fleet_api_token", "trade_services", "Samsara", ["samsara_api_", ("alnum", 30)], "believed", "", (["samsara", "org", "id"], "samsara_org"), "ops_infisical_export_dotenv"),
    ("webfleet_connect_api_key", "trade_services", "Webfleet.connect", [("uuid",)], "guessed", "", (["webfleet", "account"], "webfleet_acct"), "ops_vault_kv_get_table"),
    ("trimble_loadrite_insighthq_api_key", "trade_services", "Trimble Loadrite InsightHQ", [("hex", 40)], "guessed", "", None, "ops_ansible_vault_view_output"),
    ("propeller_aero_api_token", "trade_services", "Propeller Aero", [("b64url", 48)], "guessed", "", None, "ops_vault_kv_get_table"),
    ("dronedeploy_api_key", "trade_services", "DroneDeploy", [("lowalnum", 32)], "guessed", "", None, "dev_act_secrets_file"),
    ("dji_flighthub_organization_key", "trade_services", "DJI FlightHub 2", [("hex", 64)], "guessed", "", None, "ops_secretsmanager_get_value_json"),
    ("caterpillar_visionlink_client_secret", "trade_services", "Cat VisionLink", [("alnum", 32)], "guessed", "", (["visionlink", "client", "id"], "uuid"), "ops_secretsmanager_get_value_json"),
    ("komatsu_komtrax_api_key", "trade_services", "Komatsu Komtrax", [("HEX", 32)], "guessed", "", None, "ops_infisical_export_dotenv"),
    ("volvo_caretrack_api_key", "trade_services", "Volvo CareTrack", [("alnum", 40)], "guessed", "", None, "ops_render_blueprint_envvars"),
    ("sigicom_infra_api_token", "trade_services", "Sigicom INFRA (vibration)", [("b64url", 36)], "guessed", "", None, "iot_home_assistant_secrets_yaml"),
    ("aeroqual_cloud_api_key", "trade_services", "Aeroqual Cloud (dust)", [("hex", 32)], "guessed", "", None, "iot_home_assistant_secrets_yaml"),
    ("purpleair_read_api_key", "trade_services", "PurpleAir", [("UUID",)], "believed", "", None, "iot_nodered_flows_cred_json"),
    ("command_alkon_integration_client_secret", "trade_services", "Command Alkon", [("alnum", 48)], "guessed", "", (["command", "alkon", "client", "id"], "uuid"), "ops_sops_decrypted_output_yaml"),
    ("here_platform_api_key", "trade_services", "HERE", [("b64url", 43)], "read", "Kingfisher hereapi (43 non-space; base64url mine)", None, "ops_railway_variables_kv"),
    ("tomtom_routing_api_key", "trade_services", "TomTom", [("alnum", 32)], "read", "Kingfisher tomtom (32 alphanumerics)", None, "ops_railway_variables_kv"),
    ("google_maps_routes_api_key", "trade_services", "Google Maps Platform", ["AIza", ("b64url", 35)], "read", "gitleaks gcp-api-key", None, "ops_render_blueprint_envvars"),
    ("openrouteservice_api_key", "trade_services", "openrouteservice", ["5b3ce3597851110001cf6248", ("hex", 32)], "believed", "", None, "dev_act_secrets_file"),
    ("tomorrow_io_weather_api_key", "trade_services", "Tomorrow.io", [("alnum", 32)], "guessed", "", None, "iot_home_assistant_secrets_yaml"),
    ("textlocal_sms_api_key", "trade_services", "Textlocal", [("b64", 42), "="], "guessed", "", None, "iot_nodered_flows_cred_json"),
    ("podfather_epod_api_key", "trade_services", "Podfather ePOD", [("hex", 32)], "guessed", "", None, "ops_infisical_export_dotenv"),
    # --- shop, payments, accounting
    ("stripe_live_secret_api_key", "shop_payments", "Stripe", ["sk_live_51", ("alnum", 97)], "read", "gitleaks stripe-access-token (10-99 after the head; the 51 and 99 in all believed)", None, "ops_kubectl_create_generic_capture"),
    ("shopify_admin_api_access_token", "shop_payments", "Shopify", ["shpat_", ("hex", 32)], "read", "gitleaks shopify-access-token", None, "ops_railway_variables_kv"),
    ("gocardless_live_access_token", "shop_payments", "GoCardless", ["live_", ("b64url", 40)], "read", "gitleaks gocardless-api-token", None, "ops_vault_kv_get_table"),
    ("braintree_production_access_token", "shop_payments", "Braintree", ["access_token$production$", ("lowalnum", 16), "$", ("hex", 32)], "believed", "", None, "ops_secretsmanager_get_value_json"),
    ("xero_oauth_client_secret", "shop_payments", "Xero", [("b64url", 48)], "guessed", "", (["xero", "client", "id"], "hex32U"), "ops_sops_decrypted_output_yaml"),
    ("quickbooks_oauth_client_secret", "shop_payments", "QuickBooks Online", [("alnum", 40)], "guessed", "", (["quickbooks", "client", "id"], "qbo"), "ops_ansible_vault_view_output"),
    ("sumup_api_secret_key", "shop_payments", "SumUp", ["sup_sk_", ("alnum", 32)], "believed", "", None, "ops_render_blueprint_envvars"),
    ("algolia_admin_api_key", "shop_payments", "Algolia", [("hex", 32)], "read", "gitleaks algolia-api-key (32 of [a-z0-9]; hex mine)", (["algolia", "application", "id"], "algolia"), "dev_act_secrets_file"),
    ("mailchimp_marketing_api_key", "shop_payments", "Mailchimp", [("hex", 32), "-us", ("digits", 2)], "read", "gitleaks mailchimp-api-key", None, "ops_infisical_export_dotenv"),
    ("bigcommerce_store_access_token", "shop_payments", "BigCommerce", [("lowalnum", 31)], "guessed", "", None, "ops_render_blueprint_envvars"),
    ("palletways_consignment_api_key", "shop_payments", "Palletways", [("uuid",)], "guessed", "", None, "ops_infisical_export_dotenv"),
    # --- messaging, mail and notifications
    ("mailgun_private_api_key", "messaging", "Mailgun", ["key-", ("hex", 32)], "read", "gitleaks mailgun-private-api-token", None, "ops_ansible_vault_view_output"),
    ("brevo_transactional_api_key", "messaging", "Brevo", ["xkeysib-", ("hex", 64), "-", ("alnum", 16)], "read", "gitleaks sendinblue-api-token", None, "ops_kubectl_create_generic_capture"),
    ("resend_email_api_key", "messaging", "Resend", ["re_", ("alnum", 8), "_", ("alnum", 24)], "believed", "", None, "dev_act_secrets_file"),
    ("intercom_workspace_access_token", "messaging", "Intercom", ("frame", "intercom"), "read", "Kingfisher intercom (59 Base64 + `=`; the tok: frame believed)", None, "ops_vault_kv_get_table"),
    ("zendesk_support_api_token", "messaging", "Zendesk", [("alnum", 40)], "read", "gitleaks zendesk-secret-key", (["zendesk", "agent", "email"], "email"), "ops_sops_decrypted_output_yaml"),
    ("telegram_site_bot_token", "messaging", "Telegram Bot API", [("digits", 10), ":AA", ("b64url", 33)], "read", "gitleaks telegram-bot-api-token (digits : A + 34; the second A believed)", None, "iot_nodered_flows_cred_json"),
    ("slack_bot_user_oauth_token", "messaging", "Slack", ["xoxb-", ("digits", 13), "-", ("digits", 13), "-", ("alnum", 24)], "read", "gitleaks slack-bot-token", None, "ops_kubectl_create_generic_capture"),
    ("messagebird_live_access_key", "messaging", "MessageBird", [("alnum", 25)], "read", "gitleaks messagebird-api-token", None, "ops_infisical_export_dotenv"),
    ("pushover_application_api_token", "messaging", "Pushover", ["a", ("lowalnum", 29)], "believed", "", (["pushover", "user", "key"], "pushover_user"), "iot_home_assistant_secrets_yaml"),
    ("gotify_application_token", "messaging", "Gotify", ["A", ("b64url", 14)], "believed", "", None, "iot_nodered_flows_cred_json"),
    ("matrix_synapse_access_token", "messaging", "Matrix (Synapse)", ("frame", "matrix"), "believed", "", None, "ops_ansible_vault_view_output"),
    ("mattermost_bot_access_token", "messaging", "Mattermost", [("lowalnum", 26)], "read", "gitleaks mattermost-access-token", None, "ops_vault_kv_get_table"),
    ("rocketchat_personal_access_token", "messaging", "Rocket.Chat", [("b64url", 43)], "believed", "", (["rocketchat", "user", "id"], "rc_user"), "ops_secretsmanager_get_value_json"),
    ("google_chat_incoming_webhook_url", "messaging", "Google Chat", ("frame", "gchat"), "believed", "", None, "dev_act_secrets_file"),
    ("clicksend_sms_api_key", "messaging", "ClickSend", [("UUID",)], "guessed", "", (["clicksend", "username"], "username"), "ops_render_blueprint_envvars"),
    # --- AI
    ("anthropic_console_api_key", "ai", "Anthropic", ["sk-ant-api03-", ("b64url", 93), "AA"], "read", "gitleaks anthropic-api-key", None, "dev_mcp_servers_json"),
    ("openai_project_api_key", "ai", "OpenAI", ["sk-proj-", ("b64url", 74), "T3BlbkFJ", ("b64url", 74)], "read", "gitleaks openai-api-key (project form)", None, "dev_continue_config_yaml"),
    ("google_gemini_api_key", "ai", "Google Gemini", ["AIza", ("b64url", 35)], "read", "gitleaks gcp-api-key", None, "dev_aider_conf_yml"),
    ("groq_cloud_api_key", "ai", "Groq", ["gsk_", ("alnum", 52)], "read", "Kingfisher groq", None, "dev_mcp_servers_json"),
    ("huggingface_user_access_token", "ai", "Hugging Face", ["hf_", ("letters", 34)], "read", "gitleaks huggingface-access-token", None, "dev_continue_config_yaml"),
    ("replicate_api_token", "ai", "Replicate", ["r8_", ("b64url", 37)], "read", "Kingfisher replicate", None, "dev_aider_conf_yml"),
    ("perplexity_sonar_api_key", "ai", "Perplexity", ["pplx-", ("alnum", 48)], "read", "gitleaks perplexity-api-key", None, "dev_mcp_servers_json"),
    ("together_ai_api_key", "ai", "Together AI", [("hex", 64)], "believed", "", None, "dev_continue_config_yaml"),
    ("langsmith_personal_api_key", "ai", "LangSmith", ["lsv2_pt_", ("hex", 32), "_", ("hex", 10)], "believed", "", None, "dev_mcp_servers_json"),
    ("pinecone_api_key", "ai", "Pinecone", ["pcsk_", ("alnum", 6), "_", ("alnum", 63)], "guessed", "", None, "dev_act_secrets_file"),
    ("fireworks_ai_api_key", "ai", "Fireworks AI", ["fw_", ("alnum", 24)], "believed", "", None, "dev_aider_conf_yml"),
    ("voyage_ai_api_key", "ai", "Voyage AI", ["pa-", ("b64url", 43)], "believed", "", None, "dev_continue_config_yaml"),
    ("stability_ai_api_key", "ai", "Stability AI", ["sk-", ("alnum", 48)], "believed", "", None, "dev_mcp_servers_json"),
    # --- developer services
    ("github_fine_grained_personal_access_token", "developer", "GitHub", ["github_pat_11", ("upalnum", 20), "_", ("alnum", 59)], "read", "gitleaks github-fine-grained-pat (\\w{82}; the 22 _ 59 split believed)", None, "dev_act_secrets_file"),
    ("github_oauth_app_access_token", "developer", "GitHub", ["gho_", ("alnum", 36)], "read", "gitleaks github-oauth", None, "dev_netrc_file"),
    ("gitlab_personal_access_token", "developer", "GitLab", ["glpat-", ("b64url", 20)], "read", "gitleaks gitlab-pat", None, "dev_composer_auth_json"),
    ("gitlab_feed_token", "developer", "GitLab", ["glft-", ("b64url", 20)], "read", "gitleaks gitlab-feed-token", None, "office_zulip_stream_message"),
    ("bitbucket_cloud_app_password", "developer", "Bitbucket", ["ATBB", ("alnum", 32), ("HEX", 8)], "believed", "", (["bitbucket", "username"], "username"), "dev_composer_auth_json"),
    ("npm_automation_access_token", "developer", "npm", ["npm_", ("alnum", 36)], "read", "gitleaks npm-access-token", None, "dev_npmrc_auth_lines"),
    ("rubygems_push_api_key", "developer", "RubyGems", ["rubygems_", ("hex", 48)], "read", "gitleaks rubygems-api-token", None, "dev_gem_credentials_yaml"),
    ("sentry_user_auth_token", "developer", "Sentry", ["sntryu_", ("hex", 64)], "read", "gitleaks sentry-user-token", None, "dev_act_secrets_file"),
    ("sentry_org_auth_token", "developer", "Sentry", ("frame", "sentry_org"), "read", "gitleaks sentry-org-token (frame; the JSON keys read from the rule)", None, "ops_infisical_export_dotenv"),
    ("buildkite_user_access_token", "developer", "Buildkite", ["bkua_", ("hex", 40)], "read", "Kingfisher buildkite (40 of [a-z0-9]; hex mine)", None, "ops_vault_kv_get_table"),
    ("circleci_personal_api_token", "developer", "CircleCI", ("frame", "circleci"), "read", "Kingfisher circleci", None, "dev_act_secrets_file"),
    ("snyk_cli_api_token", "developer", "Snyk", [("uuid",)], "read", "gitleaks snyk-api-token (UUID; v4 mine)", None, "dev_mcp_servers_json"),
    ("jfrog_artifactory_reference_token", "developer", "JFrog Artifactory", ("frame", "jfrog"), "believed", "", None, "ops_ansible_vault_view_output"),
    ("cloudsmith_api_key", "developer", "Cloudsmith", [("hex", 40)], "read", "Kingfisher cloudsmith", None, "ops_vault_kv_get_table"),
    ("readme_api_key", "developer", "ReadMe", ["rdme_", ("lowalnum", 70)], "read", "gitleaks readme-api-token", None, "dev_act_secrets_file"),
    ("notion_internal_integration_token", "developer", "Notion", ["ntn_", ("digits", 11), ("alnum", 35)], "read", "gitleaks notion-api-token", None, "dev_mcp_servers_json"),
    ("airtable_personal_access_token", "developer", "Airtable", ["pat", ("alnum", 14), ".", ("hex", 64)], "read", "gitleaks airtable-personnal-access-token", None, "dev_mcp_servers_json"),
    ("monday_com_api_token", "developer", "monday.com", ("frame", "monday"), "read", "Kingfisher monday (eyJ... JWT; the payload keys believed)", None, "ops_secretsmanager_get_value_json"),
    ("shortcut_api_token", "developer", "Shortcut", [("uuid",)], "read", "Kingfisher shortcut (UUID; v4 mine)", None, "ops_infisical_export_dotenv"),
    ("contentful_management_token", "developer", "Contentful", ["CFPAT-", ("b64url", 43)], "believed", "", None, "ops_render_blueprint_envvars"),
    ("sanity_api_write_token", "developer", "Sanity", ["sk", ("alnum", 80)], "guessed", "", None, "ops_railway_variables_kv"),
    ("vercel_personal_access_token", "developer", "Vercel", [("alnum", 24)], "read", "Kingfisher vercel", None, "dev_act_secrets_file"),
    ("render_api_key", "developer", "Render", ["rnd_", ("alnum", 32)], "believed", "", None, "dev_act_secrets_file"),
    ("heroku_platform_api_key", "developer", "Heroku", ["HRKU-AA", ("b64url", 58)], "read", "gitleaks heroku-api-key-v2", None, "dev_netrc_file"),
    ("digitalocean_personal_access_token", "developer", "DigitalOcean", ["dop_v1_", ("hex", 64)], "read", "gitleaks digitalocean-pat", None, "ops_infisical_export_dotenv"),
    ("linode_api_personal_token", "developer", "Linode (Akamai)", [("hex", 64)], "believed", "", None, "ops_vault_kv_get_table"),
    ("hetzner_cloud_api_token", "developer", "Hetzner Cloud", [("alnum", 64)], "believed", "", None, "ops_sops_decrypted_output_yaml"),
    ("pulumi_access_token", "developer", "Pulumi", ["pul-", ("hex", 40)], "read", "gitleaks pulumi-api-token", None, "dev_act_secrets_file"),
    ("tailscale_auth_key", "developer", "Tailscale", ["tskey-auth-k", ("alnum", 11), "CNTRL-", ("alnum", 33)], "read", "Kingfisher tailscale (tskey-<kind>-<id>-<secret>; the kCNTRL id form and 33 believed)", None, "ops_ansible_vault_view_output"),
    ("zerotier_central_api_token", "developer", "ZeroTier Central", [("alnum", 32)], "read", "Kingfisher zerotier", None, "iot_home_assistant_secrets_yaml"),
    ("age_backup_identity_secret_key", "developer", "age (backup identity)", ("frame", "age"), "read", "gitleaks age-secret-key", None, "ops_age_keys_txt"),
    ("prefect_cloud_api_key", "developer", "Prefect Cloud", ["pnu_", ("alnum", 36)], "read", "gitleaks prefect-api-token", None, "ops_railway_variables_kv"),
    ("infracost_api_key", "developer", "Infracost", ["ico-", ("alnum", 32)], "read", "gitleaks infracost-api-token", None, "dev_act_secrets_file"),
    # --- ops, cloud, data and monitoring
    ("aws_iam_user_secret_access_key", "ops_cloud", "AWS IAM", [("b64", 40)], "believed", "the AKIA id beside it follows gitleaks aws-access-token", (["aws", "access", "key", "id"], "akia"), "dev_aws_credentials_ini"),
    ("azure_storage_account_access_key", "ops_cloud", "Azure Storage", ("frame", "azure_storage"), "read", "Kingfisher azurestorage (86-88 Base64)", (["azure", "storage", "account"], "storage_acct"), "ops_vault_kv_get_table"),
    ("mongodb_atlas_admin_private_key", "ops_cloud", "MongoDB Atlas", [("uuid",)], "read", "Kingfisher mongodb (UUID; v4 mine)", (["atlas", "public", "key"], "atlas_pub"), "ops_secretsmanager_get_value_json"),
    ("databricks_workspace_access_token", "ops_cloud", "Databricks", ["dapi", ("hex", 32)], "read", "gitleaks databricks-api-token", None, "ops_kubectl_create_generic_capture"),
    ("confluent_cloud_api_secret", "ops_cloud", "Confluent Cloud", [("alnum", 64)], "read", "gitleaks confluent-secret-key (64; case mine)", (["confluent", "api", "key"], "confluent_key"), "ops_sops_decrypted_output_yaml"),
    ("elastic_cloud_api_key", "ops_cloud", "Elastic Cloud", ("frame", "elastic"), "believed", "", None, "ops_render_blueprint_envvars"),
    ("splunk_hec_ingest_token", "ops_cloud", "Splunk HTTP Event Collector", [("uuid",)], "believed", "", None, "ops_ansible_vault_view_output"),
    ("pagerduty_rest_api_key", "ops_cloud", "PagerDuty", ["u+", ("b64url", 18)], "read", "Kingfisher pagerdutyapikey", None, "ops_railway_variables_kv"),
    ("rollbar_project_access_token", "ops_cloud", "Rollbar", [("hex", 32)], "believed", "", None, "ops_render_blueprint_envvars"),
    ("bugsnag_notifier_api_key", "ops_cloud", "Bugsnag", [("hex", 32)], "believed", "", None, "ops_infisical_export_dotenv"),
    ("logzio_shipping_token", "ops_cloud", "Logz.io", [("letters", 32)], "believed", "", None, "ops_ansible_vault_view_output"),
    ("uptimerobot_main_api_key", "ops_cloud", "UptimeRobot", ["u", ("digits", 8), "-", ("hex", 24)], "read", "Kingfisher uptimerobot (9 + - + 24; the u + digits head believed)", None, "ops_vault_kv_get_table"),
    ("checkly_api_key", "ops_cloud", "Checkly", ["cu_", ("hex", 32)], "believed", "", None, "dev_act_secrets_file"),
    ("posthog_personal_api_key", "ops_cloud", "PostHog", ["phx_", ("alnum", 43)], "read", "Kingfisher posthog", None, "dev_mcp_servers_json"),
    ("segment_public_api_token", "ops_cloud", "Segment", ["sgp_", ("alnum", 64)], "read", "Kingfisher segment", None, "ops_infisical_export_dotenv"),
    ("bitwarden_secrets_manager_access_token", "ops_cloud", "Bitwarden Secrets Manager", ["0.", ("uuid",), ".", ("alnum", 30), ":", ("b64", 22), "=="], "believed", "", None, "ops_kubectl_create_generic_capture"),
    ("infisical_machine_identity_client_secret", "ops_cloud", "Infisical (universal auth)", [("hex", 64)], "guessed", "", (["infisical", "client", "id"], "uuid"), "ops_render_blueprint_envvars"),
    ("cloudflare_zone_api_token", "ops_cloud", "Cloudflare", [("b64url", 40)], "read", "gitleaks cloudflare-api-key (40 of [a-z0-9_-], case-insensitive)", None, "ops_sops_decrypted_output_yaml"),
    ("sumologic_collector_access_key", "ops_cloud", "Sumo Logic", [("alnum", 64)], "read", "gitleaks sumologic-access-token", (["sumo", "access", "id"], "confluent_key"), "ops_vault_kv_get_table"),
    ("digicert_certcentral_api_key", "ops_cloud", "DigiCert CertCentral", [("upalnum", 48)], "guessed", "", None, "ops_secretsmanager_get_value_json"),
]

# ------------------------------------------------------------------ styles
STYLES = {
    # name: (case style, description, bad characters, parser)
    "ops_kubectl_create_generic_capture": ("upper", "terminal capture of `kubectl create secret generic --from-literal`", "'", None),
    "ops_secretsmanager_get_value_json": ("upper", "terminal capture of `aws secretsmanager get-secret-value --query SecretString --output text`", "\"\\", "json_last"),
    "ops_vault_kv_get_table": ("snake", "terminal capture of `vault kv get` (table output)", " ", None),
    "ops_infisical_export_dotenv": ("upper", "terminal capture of `infisical export --format=dotenv`", "'", None),
    "ops_railway_variables_kv": ("upper", "terminal capture of `railway variables --kv`", " ", None),
    "ops_render_blueprint_envvars": ("upper", "Render blueprint render.yaml envVars", "\"\\", None),
    "ops_ansible_vault_view_output": ("snake", "terminal capture of `ansible-vault view`", "\"\\", None),
    "ops_sops_decrypted_output_yaml": ("snake", "terminal capture of `sops -d` on a YAML file", ":#'\"{}[],&*!|>%@`$\\ ", None),
    "ops_age_keys_txt": ("native", "age identity file keys.txt with its public key comment", "", None),
    "dev_npmrc_auth_lines": ("native", "~/.npmrc with a registry _authToken line", " ", None),
    "dev_composer_auth_json": ("native", "Composer auth.json (gitlab-token / http-basic)", "\"\\", "json"),
    "dev_gem_credentials_yaml": ("native", "~/.gem/credentials (YAML)", " ", None),
    "dev_netrc_file": ("native", "~/.netrc machine entry", " ", None),
    "dev_aws_credentials_ini": ("native", "~/.aws/credentials profile (INI)", ";# ", "ini"),
    "dev_mcp_servers_json": ("upper", "MCP server config (mcp.json) env block", "\"\\", "json"),
    "dev_continue_config_yaml": ("native", "Continue config.yaml model entry (apiKey)", "\"\\", None),
    "dev_aider_conf_yml": ("native", ".aider.conf.yml api-key list (provider=key)", "\"\\ #", None),
    "dev_act_secrets_file": ("upper", ".secrets file read by `act --secret-file`", " #\"'", None),
    "iot_home_assistant_secrets_yaml": ("snake", "Home Assistant secrets.yaml on the lagoon Pi", "\"\\", None),
    "iot_nodered_flows_cred_json": ("camel", "Node-RED flows_cred.json left unencrypted (credentialSecret false)", "\"\\", "json"),
    "office_dashlane_csv_export": ("native", "Dashlane credentials CSV export", ",\"", "csv"),
    "office_enpass_json_export": ("title", "Enpass JSON export (one item)", "\"\\", "json"),
    "office_onepassword_1pux_json": ("title", "1Password 1PUX export.data (JSON)", "\"\\", "json"),
    "office_zulip_stream_message": ("spaced", "Zulip stream message copied as Markdown", "", None),
    "office_google_chat_thread_copy": ("spaced", "Google Chat thread copied from the browser", "", None),
    "office_signal_note_to_self": ("spaced", "Signal 'Note to Self' message copied out", "", None),
}


def jd(obj, **kw):
    return json.dumps(obj, ensure_ascii=False, **kw)


def slug_of(t):
    return t.split("_")[0]


def render(style, rng, tname, key, phrase, nb, display):
    """nb: (neighbour key, neighbour value, neighbour phrase) or None"""
    slug = slug_of(tname)
    if style == "ops_kubectl_create_generic_capture":
        lines = ["$ kubectl -n quarry create secret generic %s-env \\" % slug]
        if nb:
            lines.append("    --from-literal=%s=%s \\" % (nb[0], nb[1]))
        lines.append("    --from-literal=%s='%s'" % (key, V))
        lines.append("secret/%s-env created" % slug)
        return "\n".join(lines) + "\n"
    if style == "ops_secretsmanager_get_value_json":
        d = {}
        if nb:
            d[nb[0]] = nb[1]
        d[key] = V
        return ("$ aws secretsmanager get-secret-value --secret-id quarry/prod/%s --query SecretString --output text\n%s\n"
                % (slug, jd(d)))
    if style == "ops_vault_kv_get_table":
        rows = [("created_time", "2025-%02d-%02dT07:41:03.%06dZ" % (rng.randrange(1, 12), rng.randrange(1, 29),
                                                                   rng.randrange(10 ** 6))),
                ("custom_metadata", "<nil>"), ("deletion_time", "n/a"), ("destroyed", "false"),
                ("version", str(rng.randrange(1, 9)))]
        out = "$ vault kv get -mount=quarry prod/%s\n==== Secret Path ====\nquarry/data/prod/%s\n\n======= Metadata =======\nKey                Value\n---                -----\n" % (slug, slug)
        for k, v in rows:
            out += "%-19s%s\n" % (k, v)
        out += "\n====== Data ======\nKey%sValue\n---%s-----\n" % (" " * 40, " " * 40)
        if nb:
            out += "%-43s%s\n" % (nb[0], nb[1])
        out += "%-43s%s\n" % (key, V)
        return out
    if style == "ops_infisical_export_dotenv":
        out = "$ infisical export --env=prod --path=/%s --format=dotenv\n" % slug
        if nb:
            out += "%s='%s'\n" % (nb[0], nb[1])
        return out + "%s='%s'\n" % (key, V)
    if style == "ops_railway_variables_kv":
        out = "$ railway variables --kv --service %s\nRAILWAY_ENVIRONMENT=production\n" % slug
        if nb:
            out += "%s=%s\n" % (nb[0], nb[1])
        return out + "%s=%s\n" % (key, V)
    if style == "ops_render_blueprint_envvars":
        out = "services:\n  - type: web\n    name: %s-worker\n    runtime: docker\n    envVars:\n" % slug
        if nb:
            out += "      - key: %s\n        value: %s\n" % (nb[0], nb[1])
        return out + "      - key: %s\n        value: \"%s\"\n" % (key, V)
    if style == "ops_ansible_vault_view_output":
        out = "$ ansible-vault view group_vars/quarry/vault.yml\nVault password: \n---\n"
        if nb:
            out += "vault_%s: %s\n" % (nb[0], nb[1])
        return out + "vault_%s: \"%s\"\n" % (key, V)
    if style == "ops_sops_decrypted_output_yaml":
        out = "$ sops -d secrets/prod.enc.yaml\n%s:\n" % slug
        if nb:
            out += "    %s: %s\n" % (nb[0], nb[1])
        return out + "    %s: %s\n" % (key, V)
    if style == "ops_age_keys_txt":
        return "$ cat ~/.config/sops/age/keys.txt\n# created: 2025-04-%02dT09:12:44+01:00\n# public key: %s\n%s\n" % (
            rng.randrange(1, 29), FRAME_KEYS["__age_pub__"], V)
    if style == "dev_npmrc_auth_lines":
        return "@benchface:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%s\nsave-exact=true\n" % V
    if style == "dev_composer_auth_json":
        if nb:
            return jd({"http-basic": {"bitbucket.org": {"username": nb[1], "password": V}}}, indent=4) + "\n"
        return jd({"gitlab-domains": ["gitlab.benchface.example"],
                           "gitlab-token": {"gitlab.benchface.example": V}}, indent=4) + "\n"
    if style == "dev_gem_credentials_yaml":
        return "---\n:rubygems_api_key: %s\n" % V
    if style == "dev_netrc_file":
        if tname.startswith("heroku"):
            return "machine api.heroku.com\n  login %s\n  password %s\n" % (W.email("Hester Dunwoody"), V)
        return "machine github.com\n  login benchface-ci\n  password %s\n" % V
    if style == "dev_aws_credentials_ini":
        return "[quarry-prod]\naws_access_key_id = %s\naws_secret_access_key = %s\nregion = eu-west-2\n" % (nb[1], V)
    if style == "dev_mcp_servers_json":
        return jd({"mcpServers": {slug: {"command": "npx", "args": ["-y", "@benchface/mcp-%s" % slug],
                                                 "env": {key: V}}}}, indent=2) + "\n"
    if style == "dev_continue_config_yaml":
        prov = {"openai": "openai", "huggingface": "huggingface-inference-api", "together": "together",
                "voyage": "voyage"}[slug]
        return ("name: benchface-assistant\nversion: 0.0.1\nschema: v1\nmodels:\n  - name: quarry-helper\n"
                "    provider: %s\n    model: default\n    apiKey: \"%s\"\n" % (prov, V))
    if style == "dev_aider_conf_yml":
        prov = {"google": "gemini", "replicate": "replicate", "fireworks": "fireworks_ai"}[slug]
        return "# .aider.conf.yml\nmodel: %s/default\napi-key:\n  - %s=%s\nauto-commits: false\n" % (prov, prov, V)
    if style == "dev_act_secrets_file":
        out = "# .secrets - read by act --secret-file .secrets\n"
        if nb:
            out += "%s=%s\n" % (nb[0], nb[1])
        return out + "%s=%s\n" % (key, V)
    if style == "iot_home_assistant_secrets_yaml":
        out = "# /config/secrets.yaml on the lagoon Pi\nlatitude_home: 53.0672\n"
        if nb:
            out += "%s: %s\n" % (nb[0], nb[1])
        return out + "%s: \"%s\"\n" % (key, V)
    if style == "iot_nodered_flows_cred_json":
        return jd({C.pick(rng, C.HEXL, 16): {key: V}}, indent=4) + "\n"
    if style == "office_dashlane_csv_export":
        user = nb[1] if nb else ""
        return ("username,username2,username3,title,password,note,url,category,otpSecret\n"
                "%s,,,%s,%s,,https://%s.example,Business,\n" % (user, display, V, slug))
    if style == "office_enpass_json_export":
        fields = []
        if nb:
            fields.append({"label": "Username", "type": "username", "value": nb[1]})
        fields.append({"label": C.style_key(phrase.split(), "title"), "type": "password", "value": V})
        return jd({"folders": [], "items": [{"title": display, "category": "login", "fields": fields}]},
                          indent=2) + "\n"
    if style == "office_onepassword_1pux_json":
        lf = []
        if nb:
            lf.append({"value": nb[1], "name": "username", "fieldType": "T", "designation": "username"})
        lf.append({"value": V, "name": C.style_key(phrase.split(), "title"), "fieldType": "P", "designation": "password"})
        d = {"accounts": [{"attrs": {"accountName": "Benchface", "domain": "https://benchface.1password.eu/"},
                           "vaults": [{"attrs": {"name": "Quarry"}, "items": [
                               {"uuid": C.pick(rng, C.LOWER + "234567", 26), "overview": {"title": display},
                                "details": {"loginFields": lf}}]}]}]}
        return jd(d, indent=2) + "\n"
    if style == "office_zulip_stream_message":
        p = rng.choice(W.PEOPLE)
        out = "**%s** #ops > logins\nthe %s is %s" % (p, phrase, V)
        if nb:
            out += " (%s %s)" % (nb[2], nb[1])
        return out + "\n"
    if style == "office_google_chat_thread_copy":
        p = rng.choice(W.PEOPLE)
        out = "%s, %02d:%02d\nhere you go - %s %s\n" % (p, rng.randrange(7, 18), rng.randrange(60), phrase, V)
        if nb:
            out += "%s is %s\n" % (nb[2], nb[1])
        return out
    if style == "office_signal_note_to_self":
        out = "Note to Self\n%s: %s\n" % (phrase, V)
        if nb:
            out += "%s: %s\n" % (nb[2], nb[1])
        return out
    raise KeyError(style)


def value_for(rng, spec, bad):
    shape = spec[3]
    for _ in range(200):
        if shape == PW:
            v = W.password(rng, strict=False, cap_p=0.45, bad=bad)
        elif isinstance(shape, tuple) and shape[0] == "frame":
            v = FRAMES[shape[1]][0](rng)
        else:
            v = seg_gen(rng, shape)
        if not any(ch in bad for ch in v):
            return v
    raise RuntimeError("no vendor value for " + spec[0])


def validate(tname, v):
    spec = VENDOR_BY_NAME[tname]
    shape = spec[3]
    if shape == PW:
        return bool(W.PW_RE_FULL.fullmatch(v)) and W.pw_word_ok(v)
    if isinstance(shape, tuple) and shape[0] == "frame":
        return FRAMES[shape[1]][1](v)
    return bool(re.fullmatch(seg_rx(shape), v))


def shape_text(spec):
    shape = spec[3]
    if shape == PW:
        return "owner-chosen password (trade word + joiner + tail)"
    if isinstance(shape, tuple) and shape[0] == "frame":
        return FRAMES[shape[1]][2]
    return seg_desc(shape)


VENDOR_BY_NAME = {v[0]: v for v in VENDORS}


def build(reg, seed=27002):
    rng = random.Random(seed)
    FRAME_KEYS.clear()
    recs = []
    for spec in VENDORS:
        tname, group, display, shape, prov, note, neigh, style = spec
        cstyle, sdesc, bad, parser = STYLES[style]
        words = tname.split("_")
        key = C.style_key(words, cstyle if cstyle != "native" else "snake")
        phrase = " ".join(words)
        value = reg.draw(lambda: value_for(rng, spec, bad))
        if style == "ops_age_keys_txt":
            FRAME_KEYS["__age_pub__"] = FRAME_KEYS[value]
        nb = None
        if neigh:
            nwords, gname = neigh
            nval = reg.draw(lambda: NEIGH[gname](rng))
            nb = (C.style_key(nwords, cstyle if cstyle != "native" else "snake"), nval, " ".join(nwords))
        tmpl = render(style, rng, tname, key, phrase, nb, display)
        assert tmpl.count(V) == 1, tname
        start = tmpl.index(V)
        text = tmpl.replace(V, value)
        rec = {"type": tname, "container": "%s__%s" % (tname, style), "text": text,
               "secrets": [{"value": value, "start": start, "end": start + len(value), "type": tname}],
               "source": "vendor"}
        rec["_neighbour"] = nb[1] if nb else None
        if style == "ops_age_keys_txt":
            rec["_neighbour"] = FRAME_KEYS["__age_pub__"]
        recs.append(rec)
    return recs
