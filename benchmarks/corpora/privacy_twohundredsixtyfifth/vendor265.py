"""Vendor positives: one record per type, each in a container typical of where that key lives."""
import base64
import json
import random
import re

import common265 as C
from common265 import MARK
import world265 as W

# ---------------------------------------------------------------- shape mini-language
# ("L", text) literal; (cls, n) n characters of a class
CLS = {"H": C.HEXL, "HU": C.HEXU, "A": C.ALNUM, "a": C.LALNUM, "U": C.UALNUM, "u": C.B64URL,
       "s": C.B64STD, "d": C.DIGITS, "l": C.LOWER, "LL": C.LETTERS}
CLS_RE = {"H": "[0-9a-f]", "HU": "[0-9A-F]", "A": "[A-Za-z0-9]", "a": "[a-z0-9]", "U": "[A-Z0-9]",
          "u": "[A-Za-z0-9_-]", "s": "[A-Za-z0-9+/]", "d": "[0-9]", "l": "[a-z]", "LL": "[A-Za-z]"}
CLS_WORD = {"H": "lower-case hex", "HU": "upper-case hex", "A": "alphanumerics", "a": "lower-case alphanumerics",
            "U": "upper-case alphanumerics", "u": "base64url characters", "s": "standard Base64 characters",
            "d": "digits", "l": "lower-case letters", "LL": "letters"}


def gen_spec(spec, rng):
    out = []
    for part in spec:
        if part[0] == "L":
            out.append(part[1])
        elif part[0] == "uuid":
            out.append(C.uuid4(rng))
        else:
            out.append(C.rstr(rng, CLS[part[0]], part[1]))
    return "".join(out)


def spec_regex(spec):
    rx = []
    for part in spec:
        if part[0] == "L":
            rx.append(re.escape(part[1]))
        elif part[0] == "uuid":
            rx.append("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
        else:
            rx.append("%s{%d}" % (CLS_RE[part[0]], part[1]))
    return re.compile("^" + "".join(rx) + "$")


def spec_words(spec):
    w = []
    for part in spec:
        if part[0] == "L":
            w.append("`%s`" % part[1])
        elif part[0] == "uuid":
            w.append("UUIDv4")
        else:
            w.append("%d %s" % (part[1], CLS_WORD[part[0]]))
    return " + ".join(w)


# ---------------------------------------------------------------- special frames
def f_ha_jwt(rng):
    iat = 1741000000 + rng.randrange(0, 5000000)
    return C.jwt_hs256({"alg": "HS256", "typ": "JWT"},
                       {"iss": C.rstr(rng, C.HEXL, 32), "iat": iat, "exp": iat + 315360000}, C.rbytes(rng, 32))


def v_ha_jwt(v):
    if C.jwt_problem(v):
        return "jwt"
    h = json.loads(C.b64u_dec(v.split(".")[0]))
    p = json.loads(C.b64u_dec(v.split(".")[1]))
    return None if h.get("alg") == "HS256" and sorted(p) == ["exp", "iat", "iss"] and re.match("^[0-9a-f]{32}$", p["iss"]) else "claims"


def f_sentry_org(rng):
    org = rng.choice(["kettlewick", "kettlewick-software"])
    j = {"iat": 1741000000 + rng.randrange(0, 5000000), "url": "https://sentry.io", "region_url": "https://de.sentry.io", "org": org}
    return "sntrys_" + base64.b64encode(json.dumps(j, separators=(",", ":")).encode()).decode().rstrip("=") + "_" + C.rstr(rng, C.B64STD, 43)


def v_sentry_org(v):
    m = re.match(r"^sntrys_([A-Za-z0-9+/]+)_([A-Za-z0-9+/]{43})$", v)
    if not m:
        return "frame"
    try:
        j = json.loads(base64.b64decode(m.group(1) + "=" * (-len(m.group(1)) % 4)))
    except Exception:
        return "json"
    return None if sorted(j) == ["iat", "org", "region_url", "url"] else "keys"


def f_intercom(rng):
    return base64.b64encode(("tok:" + C.uuid4(rng).replace("-", "_") + ":1:0").encode()).decode()


def v_intercom(v):
    try:
        t = base64.b64decode(v, validate=True).decode()
    except Exception:
        return "b64"
    return None if re.match(r"^tok:[0-9a-f]{8}_[0-9a-f]{4}_4[0-9a-f]{3}_[89ab][0-9a-f]{3}_[0-9a-f]{12}:1:0$", t) and len(v) == 60 else "frame"


def f_azure_storage(rng):
    return base64.b64encode(C.rbytes(rng, 64)).decode()


def v_azure_storage(v):
    try:
        return None if len(v) == 88 and v.endswith("==") and len(base64.b64decode(v, validate=True)) == 64 else "len"
    except Exception:
        return "b64"


def f_circleci(rng):
    seg = [("a", 4), ("l", 5), ("a", 3), ("d", 3), ("l", 2), ("LL", 2), ("d", 1), ("l", 1), ("a", 1), ("d", 1), ("l", 1)]
    return "CCIPAT_" + "".join(C.rstr(rng, CLS[c], n) for c, n in seg) + "_" + C.rstr(rng, C.HEXL, 40)


CIRCLE_RE = re.compile(r"^CCIPAT_[a-z0-9]{4}[a-z]{5}[a-z0-9]{3}[0-9]{3}[a-z]{2}[A-Za-z]{2}[0-9][a-z][a-z0-9][0-9][a-z]_[0-9a-f]{40}$")


def f_ses(rng):
    return "B" + C.rstr(rng, C.B64STD, 43)


def f_owner(rng):
    return C.owner_password(rng, C.JOIN_WIDE, 0.45)


FRAMES = {
    "HA_JWT": (f_ha_jwt, v_ha_jwt, "real HS256 JWT (header {alg, typ}; payload {iss: 32 hex, iat, exp}) under a discarded key"),
    "SENTRY_ORG": (f_sentry_org, v_sentry_org, "`sntrys_` + unpadded standard Base64 of JSON {iat, url, region_url, org} + `_` + 43 standard Base64 characters"),
    "INTERCOM": (f_intercom, v_intercom, "standard Base64 (60 characters, one `=`) of `tok:` + a UUIDv4 written with `_` + `:1:0`"),
    "AZURE_STORAGE": (f_azure_storage, v_azure_storage, "standard Base64 of 64 random bytes (88 characters ending `==`)"),
    "CIRCLECI": (f_circleci, lambda v: None if CIRCLE_RE.match(v) else "frame", "`CCIPAT_` + 22 characters in the rule's letter/digit layout + `_` + 40 lower-case hex"),
    "SES": (f_ses, lambda v: None if re.match(r"^B[A-Za-z0-9+/]{43}$", v) else "frame", "`B` + 43 standard Base64 characters (44 in all)"),
    "OWNER": (f_owner, lambda v: None if C.PW_WIDE_RE.match(v) else "password form", "owner-chosen password (trade word + joiner + tail)"),
}

# ---------------------------------------------------------------- vendor types
# (type, spec or frame name, source, note, neighbour label, neighbour spec, style)
E = None
VENDORS = [
    # --- trade: portals and owner-chosen logins (12)
    ("typewriter_database_account_password", "OWNER", "owner", "", "typewriter database username", [("L", "halloran_"), ("l", 4)], "office_safari_passwords_csv"),
    ("writing_equipment_society_members_password", "OWNER", "owner", "", "wes member number", [("d", 5)], "office_keeper_json_export"),
    ("london_pen_show_exhibitor_portal_password", "OWNER", "owner", "", "exhibitor login email", [("L", "shows+"), ("l", 3), ("L", "@quillon-pens.example")], "office_nordpass_csv_export"),
    ("diamine_trade_portal_password", "OWNER", "owner", "", "trade account number", [("L", "DIA"), ("d", 6)], "office_safari_passwords_csv"),
    ("kaweco_dealer_portal_password", "OWNER", "owner", "", "dealer number", [("L", "KW-GB-"), ("d", 5)], "office_keeper_json_export"),
    ("lamy_b2b_shop_password", "OWNER", "owner", "", "customer number", [("d", 8)], "office_nordpass_csv_export"),
    ("exaclair_trade_account_password", "OWNER", "owner", "", "account email", [("L", "orders+"), ("l", 2), ("L", "@marbury-stationers.example")], "office_safari_passwords_csv"),
    ("leuchtturm1917_b2b_portal_password", "OWNER", "owner", "", "login email", [("L", "buying+"), ("l", 3), ("L", "@marbury-stationers.example")], "office_keeper_json_export"),
    ("etsy_seller_account_password", "OWNER", "owner", "", "shop login email", [("L", "etsy+"), ("l", 3), ("L", "@quillon-pens.example")], "office_nordpass_csv_export"),
    ("evri_business_portal_password", "OWNER", "owner", "", "account email", [("L", "despatch+"), ("l", 2), ("L", "@halloran-typewriters.example")], "office_safari_passwords_csv"),
    ("dpd_local_online_password", "OWNER", "owner", "", "dpd username", [("L", "marbury"), ("d", 4)], "office_keeper_json_export"),
    ("synology_dsm_admin_password", "OWNER", "owner", "", "nas address", [("L", "https://10.65.9."), ("d", 2), ("L", ":5001")], "office_nordpass_csv_export"),
    # --- trade: marketplaces, shop platforms, payments, accounting, marketing, support, shipping, bookings, devices
    ("etsy_open_api_shared_secret", [("a", 10)], "guessed", "shared secret length guessed; the keystring beside it follows gitleaks etsy-access-token (24)", "etsy keystring", [("a", 24)], "ops_fly_secrets_import_heredoc"),
    ("ebay_production_cert_id", [("L", "PRD-"), ("H", 12), ("L", "-"), ("H", 4), ("L", "-"), ("H", 4), ("L", "-"), ("H", 4), ("L", "-"), ("H", 4)], "believed", "", "ebay app id", [("L", "Marbury-Shop-PRD-"), ("H", 9), ("L", "-"), ("H", 8)], "ops_kustomize_secret_generator"),
    ("amazon_sp_api_lwa_client_secret", [("L", "amzn1.oa2-cs.v1."), ("H", 64)], "believed", "", "lwa client id", [("L", "amzn1.application-oa2-client."), ("H", 32)], "ops_k8s_secret_stringdata_yaml"),
    ("shopify_admin_api_access_token", [("L", "shpat_"), ("H", 32)], "read", "gitleaks shopify-access-token", None, None, "ops_render_blueprint_yaml"),
    ("bigcommerce_store_api_token", [("a", 31)], "guessed", "", "bigcommerce store hash", [("a", 10)], "ops_fly_secrets_import_heredoc"),
    ("squarespace_commerce_api_key", [("uuid",)], "read", "gitleaks squarespace-access-token and Kingfisher squarespace (UUID)", None, None, "ops_azure_keyvault_secret_show"),
    ("ecwid_secret_access_token", [("L", "secret_"), ("A", 32)], "believed", "", "ecwid store id", [("d", 8)], "dev_jetbrains_http_client_env"),
    ("stripe_live_secret_key", [("L", "sk_live_"), ("A", 99)], "read", "gitleaks stripe-access-token (10-99 after the head; 99 mine)", None, None, "ops_k8s_secret_stringdata_yaml"),
    ("gocardless_live_access_token", [("L", "live_"), ("u", 40)], "read", "gitleaks gocardless-api-token", None, None, "ops_render_blueprint_yaml"),
    ("braintree_private_key", [("H", 32)], "believed", "", "braintree public key", [("a", 16)], "ops_azure_keyvault_secret_show"),
    ("sumup_secret_api_key", [("L", "sup_sk_"), ("A", 32)], "believed", "", None, None, "ops_fly_secrets_import_heredoc"),
    ("klarna_live_api_key", [("L", "klarna_live_api_"), ("u", 48)], "guessed", "head believed, body length guessed", "klarna username", [("L", "PK"), ("d", 5), ("L", "_"), ("H", 12)], "ops_kustomize_secret_generator"),
    ("epos_now_api_secret", [("HU", 32)], "guessed", "", "epos now api key", [("HU", 32)], "ops_docker_secret_create"),
    ("xero_oauth_client_secret", [("u", 48)], "guessed", "", "xero client id", [("HU", 32)], "dev_jetbrains_http_client_env"),
    ("quickbooks_oauth_client_secret", [("A", 40)], "guessed", "", "quickbooks client id", [("L", "AB"), ("A", 48)], "ops_azure_keyvault_secret_show"),
    ("mailchimp_marketing_api_key", [("H", 32), ("L", "-us"), ("d", 2)], "read", "gitleaks mailchimp-api-key", None, None, "ops_render_blueprint_yaml"),
    ("klaviyo_private_api_key", [("L", "pk_"), ("A", 34)], "read", "Kingfisher klaviyo", None, None, "ops_fly_secrets_import_heredoc"),
    ("brevo_api_key", [("L", "xkeysib-"), ("H", 64), ("L", "-"), ("A", 16)], "read", "gitleaks sendinblue-api-token", None, None, "ops_k8s_secret_stringdata_yaml"),
    ("mailerlite_classic_api_key", [("a", 32)], "read", "Kingfisher mailerlite (32 lower-case alphanumerics)", None, None, "ops_docker_secret_create"),
    ("convertkit_api_secret", [("u", 43)], "guessed", "the api key beside it follows Kingfisher convertkit (22)", "convertkit api key", [("A", 22)], "dev_jetbrains_http_client_env"),
    ("zendesk_api_token", [("A", 40)], "read", "gitleaks zendesk-secret-key (40)", "zendesk agent login", [("L", "support+"), ("l", 3), ("L", "@marbury-stationers.example/token")], "ops_azure_keyvault_secret_show"),
    ("help_scout_api_key", [("a", 40)], "read", "Kingfisher helpscout (40)", None, None, "ops_kustomize_secret_generator"),
    ("gorgias_api_key", [("H", 64)], "guessed", "", "gorgias username", [("L", "help+"), ("l", 3), ("L", "@marbury-stationers.example")], "ops_render_blueprint_yaml"),
    ("intercom_access_token", "INTERCOM", "read", "Kingfisher intercom (59 Base64 + `=`); the tok: frame inside believed", None, None, "ops_k8s_secret_stringdata_yaml"),
    ("trustpilot_api_secret", [("A", 32)], "guessed", "", "trustpilot api key", [("A", 32)], "ops_fly_secrets_import_heredoc"),
    ("judge_me_private_api_token", [("u", 32)], "guessed", "", None, None, "ops_docker_secret_create"),
    ("parcel2go_client_secret", [("A", 40)], "guessed", "", "parcel2go client id", [("uuid",)], "dev_jetbrains_http_client_env"),
    ("fedex_api_secret_key", [("H", 32)], "guessed", "the l7 head of the key beside it is believed", "fedex api key", [("L", "l7"), ("H", 32)], "ops_azure_keyvault_secret_show"),
    ("ups_oauth_client_secret", [("A", 64)], "guessed", "", "ups client id", [("A", 48)], "ops_kustomize_secret_generator"),
    ("loqate_api_key", [("U", 4), ("L", "-"), ("U", 4), ("L", "-"), ("U", 4), ("L", "-"), ("U", 4)], "believed", "", None, None, "ops_render_blueprint_yaml"),
    ("ideal_postcodes_api_key", [("L", "ak_"), ("a", 24)], "guessed", "the ak_ head believed", None, None, "ops_fly_secrets_import_heredoc"),
    ("printnode_api_key", [("u", 43)], "guessed", "", None, None, "ops_docker_secret_create"),
    ("simplybook_me_api_secret", [("H", 64)], "guessed", "", "simplybook company login", [("L", "quillonpens")], "dev_jetbrains_http_client_env"),
    ("home_assistant_long_lived_access_token", "HA_JWT", "believed", "JWT believed; claims as Home Assistant issues them, from memory", None, None, "iot_esphome_device_yaml"),
    ("blynk_device_auth_token", [("u", 32)], "believed", "", None, None, "iot_esphome_device_yaml"),
    ("thingspeak_write_api_key", [("U", 16)], "believed", "", "thingspeak channel id", [("d", 7)], "iot_esphome_device_yaml"),
    ("govee_developer_api_key", [("uuid",)], "believed", "", None, None, "iot_homeassistant_configuration_yaml"),
    ("shelly_cloud_auth_key", [("s", 88)], "guessed", "", "shelly cloud server", [("L", "shelly-"), ("d", 2), ("L", "-eu.shelly.cloud")], "iot_homeassistant_configuration_yaml"),
    ("ewelink_app_secret", [("A", 32)], "guessed", "", "ewelink app id", [("A", 32)], "iot_homeassistant_configuration_yaml"),
    ("arduino_iot_cloud_client_secret", [("A", 64)], "guessed", "", "arduino client id", [("U", 32)], "dev_jetbrains_http_client_env"),
    ("ticket_tailor_api_key", [("L", "sk_"), ("d", 4), ("L", "_"), ("d", 6), ("L", "_"), ("H", 32)], "read", "Kingfisher tickettailor", None, None, "ops_render_blueprint_yaml"),
    ("lightspeed_retail_client_secret", [("A", 40)], "guessed", "", "lightspeed client id", [("H", 32)], "ops_azure_keyvault_secret_show"),
    # --- messaging, mail and notifications (12)
    ("telegram_bot_token", [("d", 10), ("L", ":AA"), ("u", 33)], "read", "gitleaks telegram-bot-api-token (digits + `:A` + 34) and Kingfisher (35 after the colon); the AA head believed", None, None, "ops_fly_secrets_import_heredoc"),
    ("slack_bot_token", [("L", "xoxb-"), ("d", 13), ("L", "-"), ("d", 13), ("L", "-"), ("A", 24)], "read", "gitleaks slack-bot-token (24 after the ids mine)", None, None, "ops_k8s_secret_stringdata_yaml"),
    ("twilio_auth_token", [("H", 32)], "read", "Kingfisher twilio (32); the account SID beside it follows the AC + 32 hex rule", "twilio account sid", [("L", "AC"), ("H", 32)], "ops_render_blueprint_yaml"),
    ("pushover_application_token", [("a", 30)], "believed", "", "pushover user key", [("a", 30)], "ops_docker_secret_create"),
    ("mattermost_bot_access_token", [("a", 26)], "read", "gitleaks mattermost-access-token", None, None, "ops_kustomize_secret_generator"),
    ("zulip_bot_api_key", [("A", 32)], "believed", "", "zulip bot email", [("L", "alerts-bot@kettlewick.zulipchat.com")], "dev_jetbrains_http_client_env"),
    ("gotify_application_token", [("L", "A"), ("u", 14)], "believed", "", None, None, "iot_homeassistant_configuration_yaml"),
    ("mailgun_private_api_key", [("L", "key-"), ("H", 32)], "read", "gitleaks mailgun-private-api-token", None, None, "ops_azure_keyvault_secret_show"),
    ("resend_api_key", [("L", "re_"), ("A", 8), ("L", "_"), ("A", 24)], "believed", "", None, None, "ops_fly_secrets_import_heredoc"),
    ("smtp2go_api_key", [("L", "api-"), ("HU", 32)], "believed", "", None, None, "ops_render_blueprint_yaml"),
    ("amazon_ses_smtp_credential", "SES", "believed", "", "ses smtp username", [("L", "AKIA"), ("U", 16)], "ops_k8s_secret_stringdata_yaml"),
    ("clicksend_api_key", [("uuid",)], "guessed", "", "clicksend username", [("L", "marbury-shop")], "ops_docker_secret_create"),
    # --- AI services (14)
    ("anthropic_console_api_key", [("L", "sk-ant-api03-"), ("u", 93), ("L", "AA")], "read", "gitleaks anthropic-api-key", None, None, "ops_fly_secrets_import_heredoc"),
    ("openai_project_api_key", [("L", "sk-proj-"), ("u", 74), ("L", "T3BlbkFJ"), ("u", 74)], "read", "gitleaks openai-api-key (project form, 74 + 74)", None, None, "ops_render_blueprint_yaml"),
    ("google_gemini_api_key", [("L", "AIza"), ("u", 35)], "read", "gitleaks gcp-api-key", None, None, "dev_jetbrains_http_client_env"),
    ("groq_api_key", [("L", "gsk_"), ("A", 52)], "read", "Kingfisher groq", None, None, "ops_docker_secret_create"),
    ("replicate_api_token", [("L", "r8_"), ("u", 37)], "read", "Kingfisher replicate", None, None, "office_zoom_meeting_chat_txt"),
    ("hugging_face_user_access_token", [("L", "hf_"), ("LL", 34)], "read", "gitleaks huggingface-access-token", None, None, "ops_azure_keyvault_secret_show"),
    ("perplexity_api_key", [("L", "pplx-"), ("A", 48)], "read", "gitleaks perplexity-api-key", None, None, "ops_kustomize_secret_generator"),
    ("langsmith_personal_api_key", [("L", "lsv2_pt_"), ("H", 32), ("L", "_"), ("H", 10)], "believed", "", None, None, "ops_k8s_secret_stringdata_yaml"),
    ("langfuse_secret_key", [("L", "sk-lf-"), ("uuid",)], "believed", "", "langfuse public key", [("L", "pk-lf-"), ("uuid",)], "ops_render_blueprint_yaml"),
    ("weights_and_biases_api_key", [("H", 40)], "read", "Kingfisher wandb", None, None, "ops_fly_secrets_import_heredoc"),
    ("together_ai_api_key", [("H", 64)], "believed", "", None, None, "dev_jetbrains_http_client_env"),
    ("voyage_ai_api_key", [("L", "pa-"), ("u", 43)], "believed", "", None, None, "ops_docker_secret_create"),
    ("stability_ai_api_key", [("L", "sk-"), ("A", 48)], "believed", "", None, None, "office_zoom_meeting_chat_txt"),
    ("fireworks_ai_api_key", [("L", "fw_"), ("A", 24)], "believed", "", None, None, "ops_kustomize_secret_generator"),
    # --- developer, cloud and ops services
    ("github_fine_grained_personal_access_token", [("L", "github_pat_"), ("A", 22), ("L", "_"), ("A", 59)], "read", "gitleaks github-fine-grained-pat (82 after the head; the 22 + `_` + 59 split believed)", None, None, "office_zoom_meeting_chat_txt"),
    ("github_oauth_access_token", [("L", "gho_"), ("A", 36)], "read", "gitleaks github-oauth", None, None, "dev_composer_auth_json"),
    ("gitlab_personal_access_token", [("L", "glpat-"), ("u", 20)], "read", "gitleaks gitlab-pat", None, None, "ops_k8s_secret_stringdata_yaml"),
    ("npm_automation_access_token", [("L", "npm_"), ("A", 36)], "read", "gitleaks npm-access-token", None, None, "dev_npmrc_file"),
    ("rubygems_api_key", [("L", "rubygems_"), ("H", 48)], "read", "gitleaks rubygems-api-token", None, None, "dev_gem_credentials_yaml"),
    ("heroku_platform_api_key_v2", [("L", "HRKU-AA"), ("u", 58)], "read", "gitleaks heroku-api-key-v2", None, None, "office_zoom_meeting_chat_txt"),
    ("render_api_key", [("L", "rnd_"), ("A", 32)], "believed", "", None, None, "ops_kustomize_secret_generator"),
    ("vercel_access_token", [("A", 24)], "read", "Kingfisher vercel", None, None, "dev_jetbrains_http_client_env"),
    ("digitalocean_personal_access_token", [("L", "dop_v1_"), ("H", 64)], "read", "gitleaks digitalocean-pat", None, None, "ops_azure_keyvault_secret_show"),
    ("linode_personal_access_token", [("H", 64)], "believed", "", None, None, "ops_k8s_secret_stringdata_yaml"),
    ("hetzner_cloud_api_token", [("A", 64)], "believed", "", None, None, "ops_kustomize_secret_generator"),
    ("cloudflare_api_token", [("u", 40)], "read", "gitleaks cloudflare-api-key (40)", None, None, "ops_render_blueprint_yaml"),
    ("aws_iam_secret_access_key", [("s", 40)], "believed", "", "aws access key id", [("L", "AKIA"), ("U", 16)], "ops_k8s_secret_stringdata_yaml"),
    ("azure_storage_account_key", "AZURE_STORAGE", "read", "Kingfisher azurestorage (86-88 Base64; 64 bytes mine)", "storage account name", [("L", "kwmarbury"), ("a", 6)], "ops_azure_keyvault_secret_show"),
    ("sentry_organization_auth_token", "SENTRY_ORG", "read", "gitleaks sentry-org-token (the JSON keys inside believed)", None, None, "dev_gradle_user_properties"),
    ("sentry_user_auth_token", [("L", "sntryu_"), ("H", 64)], "read", "gitleaks sentry-user-token", None, None, "office_zoom_meeting_chat_txt"),
    ("datadog_api_key", [("H", 32)], "believed", "", None, None, "ops_render_blueprint_yaml"),
    ("new_relic_license_key", [("H", 36), ("L", "NRAL")], "believed", "", None, None, "ops_k8s_secret_stringdata_yaml"),
    ("buildkite_user_access_token", [("L", "bkua_"), ("H", 40)], "read", "Kingfisher buildkite", None, None, "ops_fly_secrets_import_heredoc"),
    ("circleci_personal_api_token", "CIRCLECI", "read", "Kingfisher circleci personal token layout", None, None, "ops_docker_secret_create"),
    ("snyk_api_token", [("uuid",)], "read", "gitleaks snyk-api-token (UUID)", None, None, "dev_gradle_user_properties"),
    ("pulumi_access_token", [("L", "pul-"), ("H", 40)], "read", "gitleaks pulumi-api-token", None, None, "ops_kustomize_secret_generator"),
    ("airtable_personal_access_token", [("L", "pat"), ("A", 14), ("L", "."), ("H", 64)], "read", "gitleaks airtable-personnal-access-token", None, None, "dev_jetbrains_http_client_env"),
    ("notion_integration_token", [("L", "ntn_"), ("d", 11), ("A", 35)], "read", "gitleaks notion-api-token", None, None, "ops_render_blueprint_yaml"),
    ("neon_api_key", [("L", "napi_"), ("a", 64)], "believed", "", None, None, "ops_fly_secrets_import_heredoc"),
    ("mongodb_atlas_private_api_key", [("uuid",)], "read", "Kingfisher mongodb (UUID private key; letters public key)", "atlas public key", [("l", 8)], "ops_azure_keyvault_secret_show"),
    ("google_maps_platform_api_key", [("L", "AIza"), ("u", 35)], "read", "gitleaks gcp-api-key", None, None, "dev_android_local_properties"),
    ("prefect_cloud_api_key", [("L", "pnu_"), ("A", 36)], "read", "gitleaks prefect-api-token", None, None, "ops_docker_secret_create"),
    ("databricks_personal_access_token", [("L", "dapi"), ("H", 32)], "read", "gitleaks databricks-api-token", None, None, "dev_jetbrains_http_client_env"),
    ("readme_api_key", [("L", "rdme_"), ("a", 70)], "read", "gitleaks readme-api-token", None, None, "ops_kustomize_secret_generator"),
    ("typesense_admin_api_key", [("A", 32)], "guessed", "", None, None, "ops_k8s_secret_stringdata_yaml"),
    ("meilisearch_master_key", [("u", 32)], "guessed", "", None, None, "ops_docker_secret_create"),
    ("zerotier_central_api_token", [("A", 32)], "read", "Kingfisher zerotier", None, None, "ops_fly_secrets_import_heredoc"),
    ("uptimerobot_main_api_key", [("L", "u"), ("d", 8), ("L", "-"), ("H", 24)], "read", "Kingfisher uptimerobot (9 + `-` + 24; the u head and hex believed)", None, None, "ops_render_blueprint_yaml"),
    ("pagerduty_rest_api_key", [("L", "u+"), ("u", 18)], "read", "Kingfisher pagerduty", None, None, "ops_kustomize_secret_generator"),
    ("infracost_api_token", [("L", "ico-"), ("A", 32)], "read", "gitleaks infracost-api-token", None, None, "ops_fly_secrets_import_heredoc"),
    ("openshift_user_token", [("L", "sha256~"), ("u", 43)], "read", "gitleaks openshift-user-token", None, None, "office_zoom_meeting_chat_txt"),
    ("cloudsmith_api_key", [("H", 40)], "read", "Kingfisher cloudsmith", None, None, "dev_gradle_user_properties"),
    ("codacy_project_api_token", [("A", 24)], "read", "Kingfisher codacy (20-24; 24 mine)", None, None, "ops_k8s_secret_stringdata_yaml"),
    ("coveralls_repo_token", [("A", 37)], "read", "Kingfisher coveralls (37)", None, None, "ops_docker_secret_create"),
]

def _ix(t):
    return [v[0] for v in VENDORS].index(t)


GROUPS = [
    ("Trade portals and owner-chosen logins of typewriter repairers, pen restorers and stationers", 0, 12),
    ("Trade marketplaces, shop platforms, payments, accounting, marketing, support, shipping, bookings, pen-show tickets and workshop devices", 12, _ix("telegram_bot_token")),
    ("Messaging, mail and notifications", _ix("telegram_bot_token"), _ix("anthropic_console_api_key")),
    ("AI services", _ix("anthropic_console_api_key"), _ix("github_fine_grained_personal_access_token")),
    ("Developer, cloud and ops services", _ix("github_fine_grained_personal_access_token"), len(VENDORS)),
]

# ---------------------------------------------------------------- styles
JSONBAD = '"\\'


def _title(t):
    return " ".join(w.capitalize() for w in t.split("_")[:3])


def S_fly(K, NK, NV, r, t):
    app = r.choice(["marbury-shop", "quillon-tracker", "halloran-parts"])
    lines = ["$ fly secrets import -a %s <<'EOF'" % app]
    if NK:
        lines.append("> %s=%s" % (NK, NV))
    lines.append("> %s=%s" % (K, MARK))
    lines.append("> EOF")
    lines.append("Secrets are staged for the first deployment" if r.random() < 0.5 else "Updating existing machines in '%s' with rolling strategy" % app)
    return "\n".join(lines) + "\n"


def S_azkv(K, NK, NV, r, t):
    vault = "kw-prod-kv"
    tags = ('{\n    "%s": "%s"\n  }' % (NK, NV)) if NK else "{}"
    return ("$ az keyvault secret show --vault-name %s --name %s\n{\n  \"attributes\": {\n    \"enabled\": true,\n"
            "    \"recoveryLevel\": \"Recoverable+Purgeable\"\n  },\n  \"contentType\": null,\n"
            "  \"id\": \"https://%s.vault.azure.net/secrets/%s/%s\",\n  \"name\": \"%s\",\n  \"tags\": %s,\n  \"value\": \"%s\"\n}\n"
            % (vault, K, vault, K, C.rstr(r, C.HEXL, 32), K, tags, MARK))


def S_k8s(K, NK, NV, r, t):
    ns = r.choice(["marbury", "quillon", "halloran"])
    extra = ("  %s: \"%s\"\n" % (NK, NV)) if NK else ""
    return ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s\n  namespace: %s\ntype: Opaque\nstringData:\n%s  %s: \"%s\"\n"
            % (t.replace("_", "-")[:40].rstrip("-"), ns, extra, K, MARK))


def S_kustomize(K, NK, NV, r, t):
    extra = ("      - %s=%s\n" % (NK, NV)) if NK else ""
    return ("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: %s\nresources:\n  - deployment.yaml\n"
            "secretGenerator:\n  - name: integrations\n    literals:\n%s      - %s=%s\n" % (r.choice(["marbury", "quillon"]), extra, K, MARK))


def S_render(K, NK, NV, r, t):
    extra = ("      - key: %s\n        value: \"%s\"\n" % (NK, NV)) if NK else ""
    return ("services:\n  - type: web\n    name: %s\n    runtime: node\n    plan: starter\n    envVars:\n      - key: NODE_ENV\n"
            "        value: production\n%s      - key: %s\n        value: \"%s\"\n" % (r.choice(["marbury-shop", "ink-bar-api"]), extra, K, MARK))


def S_docker_secret(K, NK, NV, r, t):
    lines = []
    if NK:
        lines.append("$ printf '%%s' '%s' | docker secret create %s -" % (NV, NK))
        lines.append(C.rstr(r, C.LALNUM, 25))
    lines.append("$ printf '%%s' '%s' | docker secret create %s -" % (MARK, K))
    lines.append(C.rstr(r, C.LALNUM, 25))
    return "\n".join(lines) + "\n"


def S_jetbrains(K, NK, NV, r, t):
    extra = ("    \"%s\": \"%s\",\n" % (NK, NV)) if NK else ""
    return ("{\n  \"prod\": {\n    \"host\": \"https://%s\",\n%s    \"%s\": \"%s\"\n  }\n}\n" % (r.choice(W.HOSTS), extra, K, MARK))


def S_npmrc(K, NK, NV, r, t):
    return ("registry=https://registry.npmjs.org/\n@kettlewick:registry=https://registry.npmjs.org/\n"
            "//registry.npmjs.org/:_authToken=%s\nengine-strict=true\n" % MARK)


def S_gem(K, NK, NV, r, t):
    return ("$ cat ~/.gem/credentials\n---\n:rubygems_api_key: %s\n" % MARK)


def S_composer(K, NK, NV, r, t):
    return ("{\n    \"github-oauth\": {\n        \"github.com\": \"%s\"\n    }\n}\n" % MARK)


def S_gradle(K, NK, NV, r, t):
    return ("# ~/.gradle/gradle.properties\norg.gradle.jvmargs=-Xmx2g\norg.gradle.caching=true\n%s=%s\n" % (K, MARK))


def S_android_local(K, NK, NV, r, t):
    return ("## This file must *NOT* be checked into Version Control Systems,\n# as it contains information specific to your local configuration.\n"
            "sdk.dir=/Users/%s/Library/Android/sdk\n%s=%s\n" % (r.choice(W.LOGINS), K, MARK))


def S_esphome(K, NK, NV, r, t):
    extra = ("  %s: \"%s\"\n" % (NK, NV)) if NK else ""
    return ("substitutions:\n  device_name: bath-logger\n%s  %s: \"%s\"\n\nesphome:\n  name: ${device_name}\n\nesp32:\n  board: esp32dev\n"
            % (extra, K, MARK))


def S_ha(K, NK, NV, r, t):
    extra = ("  %s: \"%s\"\n" % (NK, NV)) if NK else ""
    return ("# configuration.yaml (Home Assistant, workshop)\nhomeassistant:\n  name: Halloran workshop\n  time_zone: Europe/London\n\n"
            "kettlewick_bridge:\n%s  %s: \"%s\"\n" % (extra, K, MARK))


def S_safari(K, NK, NV, r, t):
    title = _title(t)
    return ("Title,URL,Username,Password,Notes,OTPAuth\n%s,https://%s.example/login,%s,%s,,\n"
            % (title, t.split("_")[0], NV, MARK))


def S_nordpass(K, NK, NV, r, t):
    title = _title(t)
    return ("name,url,username,password,note,cardholdername,cardnumber,cvc,expirydate,zipcode,folder,full_name,phone_number,email,address1,address2,city,country,state,type\n"
            "%s,https://%s.example/,%s,%s,,,,,,,Suppliers,,,,,,,,,password\n" % (title, t.split("_")[0], NV, MARK))


def S_keeper(K, NK, NV, r, t):
    return ("{\n  \"records\": [\n    {\n      \"title\": \"%s\",\n      \"login\": \"%s\",\n      \"password\": \"%s\",\n"
            "      \"login_url\": \"https://%s.example/\",\n      \"folders\": [{\"folder\": \"Trade\"}]\n    }\n  ]\n}\n"
            % (_title(t), NV, MARK, t.split("_")[0]))


def S_zoom(K, NK, NV, r, t):
    a, b = r.sample(W.PEOPLE, 2)
    h = r.randrange(9, 17)
    return ("%02d:02:13 From  %s  to  Everyone:\n\tcan someone paste the %s for the demo?\n"
            "%02d:03:41 From  %s  to  Everyone:\n\t%s\n%02d:03:58 From  %s  to  Everyone:\n\tthanks, will swap it after the call\n"
            % (h, a, K, h, b, MARK, h, a))


STYLES = [
    ("ops_fly_secrets_import_heredoc", "upper", "", S_fly, "terminal capture of `fly secrets import` fed by a quoted here-document"),
    ("ops_azure_keyvault_secret_show", "kebab", JSONBAD, S_azkv, "terminal capture of `az keyvault secret show` (JSON; the public half in tags)"),
    ("ops_k8s_secret_stringdata_yaml", "upper", JSONBAD, S_k8s, "Kubernetes Secret manifest with stringData"),
    ("ops_kustomize_secret_generator", "upper", "'\"\\", S_kustomize, "kustomization.yaml secretGenerator literals"),
    ("ops_render_blueprint_yaml", "upper", JSONBAD, S_render, "Render blueprint render.yaml envVars"),
    ("ops_docker_secret_create", "snake", "'%", S_docker_secret, "terminal capture of `printf ... | docker secret create` on the swarm manager"),
    ("dev_jetbrains_http_client_env", "camel", JSONBAD, S_jetbrains, "JetBrains HTTP Client http-client.private.env.json"),
    ("dev_npmrc_file", "native", "", S_npmrc, "~/.npmrc with the registry _authToken line (native key)"),
    ("dev_gem_credentials_yaml", "native", "", S_gem, "~/.gem/credentials (native key)"),
    ("dev_composer_auth_json", "native", JSONBAD, S_composer, "Composer auth.json github-oauth block (native key)"),
    ("dev_gradle_user_properties", "camel", "\\", S_gradle, "~/.gradle/gradle.properties of the Android build machine"),
    ("dev_android_local_properties", "dot", "\\", S_android_local, "Android local.properties of the ink-bar app"),
    ("iot_esphome_device_yaml", "snake", JSONBAD, S_esphome, "ESPHome device YAML substitutions of a workshop sensor"),
    ("iot_homeassistant_configuration_yaml", "snake", JSONBAD, S_ha, "Home Assistant configuration.yaml custom integration block"),
    ("office_safari_passwords_csv", "native", ",\"", S_safari, "Safari / macOS Passwords CSV export row"),
    ("office_nordpass_csv_export", "native", ",\"", S_nordpass, "NordPass CSV export row"),
    ("office_keeper_json_export", "native", JSONBAD, S_keeper, "Keeper JSON export record"),
    ("office_zoom_meeting_chat_txt", "spaced", "", S_zoom, "Zoom meeting chat saved as meeting_saved_chat.txt"),
]
STYLE_CASE = {s[0]: s[1] for s in STYLES}
STYLE_BAD = {s[0]: s[2] for s in STYLES}
STYLE_BUILD = {s[0]: s[3] for s in STYLES}
STYLE_DESC = {s[0]: s[4] for s in STYLES}
JSON_STYLES = ["dev_jetbrains_http_client_env", "dev_composer_auth_json", "office_keeper_json_export"]


def value_problem(t, v):
    spec = VSPEC[t]
    if isinstance(spec, str):
        return FRAMES[spec][1](v)
    return None if spec_regex(spec).match(v) else "shape"


VSPEC = {v[0]: v[1] for v in VENDORS}
VSOURCE = {v[0]: v[2] for v in VENDORS}
VNOTE = {v[0]: v[3] for v in VENDORS}
VNEIGH = {v[0]: (v[4], v[5]) for v in VENDORS}
VSTYLE = {v[0]: v[6] for v in VENDORS}


def shape_text(t):
    spec = VSPEC[t]
    if isinstance(spec, str):
        return FRAMES[spec][2]
    return spec_words(spec)


def build(reg):
    rng = random.Random(C.SEEDS["vendor"])
    recs = []
    for t, spec, src, note, nlabel, nspec, style in VENDORS:
        case = STYLE_CASE[style]
        words = t.split("_")
        K = C.words_to_style(words, case) if case != "native" else t
        NK = NV = None
        if nlabel:
            NK = C.words_to_style(nlabel.split(), case) if case != "native" else nlabel
            while True:
                NV = gen_spec(nspec, rng)
                if reg.add(NV):
                    break
        tmpl = STYLE_BUILD[style](K, NK, NV, rng, t)
        bad = STYLE_BAD[style]
        for _ in range(5000):
            v = FRAMES[spec][0](rng) if isinstance(spec, str) else gen_spec(spec, rng)
            if any(ch in bad for ch in v):
                continue
            text, s, e = C.place(tmpl, v)
            if text.count(v) != 1:
                continue
            if [x for x in C.PW_FORM_ANY_RE.findall(text) if x != v]:
                continue
            if not reg.add(v):
                continue
            break
        else:
            raise RuntimeError(t)
        recs.append({"type": t, "container": t + "__" + style, "text": text,
                     "secrets": [{"value": v, "start": s, "end": e, "type": t}], "source": "vendor"})
    return recs
