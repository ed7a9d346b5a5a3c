"""Vendor positives: one record per type, each in a container typical of where that key lives."""
import base64
import hashlib
import json
import random
import re

import common264 as C
import world264 as W

MARK = "\u27e6VALUE\u27e7"
NMARK = "\u27e6NEIGHBOUR\u27e7"
SEED_VALUES = 26402
SEED_STYLES = 26412
SEED_JWT = 26422

ALPH = {
    "alnum": C.ALNUM, "lalnum": C.LOWER_ALNUM, "ualnum": C.UPPER_ALNUM, "hexl": C.HEXL,
    "hexu": C.HEXU, "b64url": C.B64URL, "b64std": C.B64STD, "digits": C.DIGITS,
    "letters": C.LOWER + C.UPPER, "b32u": C.BASE32U, "lower": C.LOWER,
    "pduty": C.ALNUM + "_+-", "okta": C.ALNUM + "_-",
}
CLS = {
    "alnum": "[A-Za-z0-9]", "lalnum": "[a-z0-9]", "ualnum": "[A-Z0-9]", "hexl": "[0-9a-f]",
    "hexu": "[0-9A-F]", "b64url": "[A-Za-z0-9_-]", "b64std": "[A-Za-z0-9+/]", "digits": "[0-9]",
    "letters": "[A-Za-z]", "b32u": "[A-Z2-7]", "lower": "[a-z]", "pduty": "[A-Za-z0-9_+-]", "okta": "[A-Za-z0-9_-]",
}
UUID4_RE = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
UUID4U_RE = "[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}"
JWT_RE = r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}"

# shape mini-language: a list of parts
#   ("L", literal) | ("R", alphabet, n) | ("U",) | ("UU",) | ("P",) | ("F", frame)


def L(s):
    return ("L", s)


def R(a, n):
    return ("R", a, n)


U = ("U",)
UU = ("UU",)
PW = ("P",)


def F(name):
    return ("F", name)


FRAME_RE = {
    "hs256_chirpstack": JWT_RE,
    "hs256_homeassistant": JWT_RE,
    "cf_tunnel": r"eyJ[A-Za-z0-9+/]+={0,2}",
    "intercom": r"dG9rO[A-Za-z0-9+/]{54}=",
    "discord_bot": r"M[A-Za-z0-9+/]{23}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27}",
    "azure_storage": r"[A-Za-z0-9+/]{86}==",
    "matrix_syt": r"syt_[A-Za-z0-9_-]+_[A-Za-z0-9]{20}_[A-Za-z0-9]{6}",
}


def shape_regex(parts):
    out = []
    for p in parts:
        if p[0] == "L":
            out.append(re.escape(p[1]))
        elif p[0] == "R":
            out.append("%s{%d}" % (CLS[p[1]], p[2]))
        elif p[0] == "U":
            out.append(UUID4_RE)
        elif p[0] == "UU":
            out.append(UUID4U_RE)
        elif p[0] == "P":
            out.append(C.LOOSE_PASSWORD_RE.pattern[1:-1])
        elif p[0] == "F":
            out.append(FRAME_RE[p[1]])
    return "^" + "".join(out) + "$"


def shape_text(parts):
    out = []
    for p in parts:
        if p[0] == "L":
            out.append("`%s`" % p[1])
        elif p[0] == "R":
            nm = {"alnum": "alphanumerics", "lalnum": "lower-case alphanumerics", "ualnum": "upper-case alphanumerics",
                  "hexl": "lower-case hex", "hexu": "upper-case hex", "b64url": "base64url characters",
                  "b64std": "standard Base64 characters", "digits": "digits", "letters": "letters",
                  "b32u": "upper-case Base32 characters", "lower": "lower-case letters",
                  "pduty": "of [A-Za-z0-9_+-]", "okta": "of [A-Za-z0-9_-]"}[p[1]]
            out.append("%d %s" % (p[2], nm))
        elif p[0] in ("U", "UU"):
            out.append("UUIDv4" + (" (upper-case)" if p[0] == "UU" else ""))
        elif p[0] == "P":
            out.append("owner-chosen password")
        elif p[0] == "F":
            out.append({
                "hs256_chirpstack": "real HS256 JWT (header {alg, typ}; payload {aud, iss, sub, typ}) under a discarded key",
                "hs256_homeassistant": "real HS256 JWT (header {alg, typ}; payload {iss, iat, exp}) under a discarded key",
                "cf_tunnel": "standard Base64 of compact JSON {a: 32 hex account tag, t: UUIDv4 tunnel id, s: Base64 of 32 bytes}",
                "intercom": "standard Base64 of `tok:` + UUIDv4 + `:1:0` (44 bytes, 60 characters)",
                "discord_bot": "Base64 of an 18-digit bot id + `.` + 6 base64url + `.` + 27 base64url",
                "azure_storage": "standard Base64 of exactly 64 bytes (88 characters)",
                "matrix_syt": "`syt_` + base64url of the user localpart + `_` + 20 alphanumerics + `_` + 6 alphanumerics",
            }[p[1]])
    return " + ".join(out)


def gen_frame(rng, name, jwt_rng):
    if name == "hs256_chirpstack":
        return C.jwt_hs256({"alg": "HS256", "typ": "JWT"},
                           {"aud": "chirpstack", "iss": "chirpstack", "sub": C.uuid4(rng), "typ": "key"},
                           C.rbytes(jwt_rng, 32))
    if name == "hs256_homeassistant":
        iat = 1735000000 + rng.randrange(0, 9000000)
        return C.jwt_hs256({"alg": "HS256", "typ": "JWT"},
                           {"iss": C.rstr(rng, C.HEXL, 32), "iat": iat, "exp": iat + 315360000},
                           C.rbytes(jwt_rng, 32))
    if name == "cf_tunnel":
        d = {"a": C.rstr(rng, C.HEXL, 32), "t": C.uuid4(rng), "s": C.b64std(C.rbytes(rng, 32))}
        return C.b64std(json.dumps(d, separators=(",", ":")).encode())
    if name == "intercom":
        return C.b64std(("tok:%s:1:0" % C.uuid4(rng)).encode())
    if name == "discord_bot":
        bot_id = "1" + C.rstr(rng, C.DIGITS, 17)
        return C.b64std(bot_id.encode()) + "." + C.rstr(rng, C.B64URL, 6) + "." + C.rstr(rng, C.B64URL, 27)
    if name == "azure_storage":
        return C.b64std(C.rbytes(rng, 64))
    if name == "matrix_syt":
        user = rng.choice(["pepperwick-bot", "marsh-alerts", "pan-house", "stocksync"])
        return "syt_" + C.b64url(user.encode()) + "_" + C.rstr(rng, C.ALNUM, 20) + "_" + C.rstr(rng, C.ALNUM, 6)
    raise KeyError(name)


def frame_ok(name, v):
    try:
        if name.startswith("hs256_"):
            ok, why = C.jwt_frame_ok(v)
            if not ok:
                return False
            payload = json.loads(C.b64url_decode(v.split(".")[1]))
            want = {"hs256_chirpstack": {"aud", "iss", "sub", "typ"}, "hs256_homeassistant": {"iss", "iat", "exp"}}[name]
            return set(payload) == want
        if name == "cf_tunnel":
            d = json.loads(base64.b64decode(v, validate=True))
            return (set(d) == {"a", "t", "s"} and re.fullmatch("[0-9a-f]{32}", d["a"]) is not None
                    and re.fullmatch(UUID4_RE, d["t"]) is not None and len(base64.b64decode(d["s"])) == 32)
        if name == "intercom":
            s = base64.b64decode(v, validate=True).decode()
            return re.fullmatch("tok:" + UUID4_RE + ":1:0", s) is not None
        if name == "discord_bot":
            first = base64.b64decode(v.split(".")[0], validate=True).decode()
            return re.fullmatch("1[0-9]{17}", first) is not None
        if name == "azure_storage":
            return len(base64.b64decode(v, validate=True)) == 64
        if name == "matrix_syt":
            return C.b64url_decode(v.split("_")[1]).decode().isascii()
    except Exception:  # noqa: BLE001
        return False
    return False


def gen_shape(rng, parts, jwt_rng):
    out = []
    for p in parts:
        if p[0] == "L":
            out.append(p[1])
        elif p[0] == "R":
            out.append(C.rstr(rng, ALPH[p[1]], p[2]))
        elif p[0] == "U":
            out.append(C.uuid4(rng))
        elif p[0] == "UU":
            out.append(C.uuid4(rng, upper=True))
        elif p[0] == "P":
            out.append(C.password(rng, strict=False, cap=0.4))
        elif p[0] == "F":
            out.append(gen_frame(rng, p[1], jwt_rng))
    return "".join(out)


# ---------------------------------------------------------------------------
# Types: (name, families, shape, provenance, note, neighbour label or None, neighbour shape or None, group)
#   families: S server-side, D developer tools, I IoT / devices, O owner-kept (password managers), H chats and tickets
# ---------------------------------------------------------------------------
G_TRADE = "Trade services of salt works and spice merchants: certification and food safety, import portals, labs, line equipment, weather and marsh telemetry, satellite imagery, freight, inventory and marketplaces"
G_SHOP = "Shop, payments, marketing e-mail, shipping, accounting and bookings"
G_MSG = "Messaging, chat hooks, notifications and support"
G_AI = "AI services"
G_DEV = "Developer services"
G_OPS = "Ops, cloud, monitoring, networking, identity and maps"

NB_EMAIL = "email"
NB_IP = "ip"

TYPES = [
    # ---- trade: owner-chosen passwords
    ("great_taste_awards_entrant_password", "OH", [PW], "owner", "", "entrant login", NB_EMAIL, G_TRADE),
    ("salsa_food_safety_portal_password", "OH", [PW], "owner", "", "member number", [L("SALSA-"), R("digits", 5)], G_TRADE),
    ("brcgs_participate_site_password", "OH", [PW], "owner", "", "site code", [R("digits", 7)], G_TRADE),
    ("soil_association_certification_portal_password", "OH", [PW], "owner", "", "licence number", [L("P"), R("digits", 4)], G_TRADE),
    ("ecocert_client_portal_password", "OH", [PW], "owner", "", "client number", [R("digits", 6)], G_TRADE),
    ("spices_board_india_exporter_portal_password", "OH", [PW], "owner", "", "cres registration", [L("SB/CRES/"), R("digits", 6)], G_TRADE),
    ("european_spice_association_extranet_password", "OH", [PW], "owner", "", "member login", NB_EMAIL, G_TRADE),
    ("sedex_platform_password", "OH", [PW], "owner", "", "zc number", [L("ZC"), R("digits", 7)], G_TRADE),
    ("gs1_uk_member_portal_password", "OH", [PW], "owner", "", "company prefix", [L("50"), R("digits", 7)], G_TRADE),
    ("traces_nt_operator_password", "OH", [PW], "owner", "", "eu login", NB_EMAIL, G_TRADE),
    ("eurofins_lims_customer_portal_password", "OH", [PW], "owner", "", "customer id", [L("EUUKBR"), R("digits", 6)], G_TRADE),
    ("loma_metal_detector_admin_password", "OH", [PW], "owner", "", "detector address", NB_IP, G_TRADE),
    ("bizerba_scale_webui_password", "OH", [PW], "owner", "", "scale address", NB_IP, G_TRADE),
    ("hobolink_account_password", "OH", [PW], "owner", "", "login email", NB_EMAIL, G_TRADE),
    ("milesight_lorawan_gateway_admin_password", "OH", [PW], "owner", "", "gateway address", NB_IP, G_TRADE),
    # ---- trade: services with keys
    ("solcast_api_key", "SD", [R("okta", 32)], "guessed", "", None, None, G_TRADE),
    ("meteoblue_api_key", "SD", [R("alnum", 16)], "guessed", "", None, None, G_TRADE),
    ("davis_weatherlink_api_secret", "IS", [R("lalnum", 32)], "guessed", "", "api key", [R("lalnum", 32)], G_TRADE),
    ("ecowitt_application_key", "I", [R("hexu", 32)], "guessed", "", "api key", [U], G_TRADE),
    ("visual_crossing_weather_api_key", "SD", [R("ualnum", 25)], "read", "Kingfisher visualcrossing", None, None, G_TRADE),
    ("open_exchange_rates_app_id", "S", [R("hexl", 32)], "believed", "", None, None, G_TRADE),
    ("nasdaq_data_link_api_key", "SD", [R("okta", 20)], "read", "Kingfisher nasdaqdatalink", None, None, G_TRADE),
    ("the_things_stack_api_key", "I", [L("NNSXS."), R("b32u", 39), L("."), R("b32u", 52)], "believed", "", None, None, G_TRADE),
    ("chirpstack_api_token", "I", [F("hs256_chirpstack")], "believed", "", None, None, G_TRADE),
    ("lorawan_otaa_app_key", "I", [R("hexu", 32)], "believed", "LoRaWAN 1.0.x AppKey (AES-128)", "dev eui", [L("70B3D57ED00"), R("hexu", 5)], G_TRADE),
    ("ubidots_account_token", "I", [L("BBFF-"), R("alnum", 30)], "read", "Kingfisher ubidots", None, None, G_TRADE),
    ("losant_access_secret", "IS", [R("hexl", 64)], "guessed", "", "access key", [U], G_TRADE),
    ("thingsboard_device_access_token", "I", [R("lalnum", 20)], "read", "Kingfisher thingsboard", None, None, G_TRADE),
    ("sentinel_hub_oauth_client_secret", "SD", [R("alnum", 40)], "guessed", "", "client id", [U], G_TRADE),
    ("planet_labs_api_key", "SD", [L("PLAK"), R("hexl", 32)], "believed", "", None, None, G_TRADE),
    ("flexport_api_key", "S", [L("shltm_"), R("okta", 40)], "read", "Kingfisher flexport", None, None, G_TRADE),
    ("deepl_api_auth_key", "SD", [U, L(":fx")], "believed", "", None, None, G_TRADE),
    ("cin7_core_api_application_key", "S", [U], "guessed", "", "account id", [U], G_TRADE),
    ("linnworks_application_secret", "S", [U], "guessed", "", "application id", [U], G_TRADE),
    ("veeqo_api_key", "S", [L("Vqt/"), R("hexl", 32)], "believed", "", None, None, G_TRADE),
    ("etsy_open_api_shared_secret", "SD", [R("lalnum", 10)], "believed", "", "keystring", [R("lalnum", 24)], G_TRADE),
    ("amazon_sp_api_lwa_client_secret", "S", [L("amzn1.oa2-cs.v1."), R("hexl", 64)], "believed", "", "lwa client id", [L("amzn1.application-oa2-client."), R("hexl", 32)], G_TRADE),
    ("ebay_production_client_secret", "S", [L("PRD-"), R("hexl", 12), L("-"), R("hexl", 8), L("-"), R("hexl", 4), L("-"), R("hexl", 4), L("-"), R("hexl", 4)], "believed", "", "app id", [L("Pepperwi-SpiceTra-PRD-"), R("hexl", 9), L("-"), R("hexl", 8)], G_TRADE),
    # ---- shop, payments, e-mail, shipping, accounting, bookings
    ("shopify_admin_api_access_token", "SD", [L("shpat_"), R("hexl", 32)], "read", "gitleaks shopify-access-token", None, None, G_SHOP),
    ("shopify_custom_app_client_secret", "S", [L("shpss_"), R("hexl", 32)], "read", "gitleaks shopify-shared-secret", "client id", [R("hexl", 32)], G_SHOP),
    ("ecwid_secret_token", "S", [L("secret_"), R("alnum", 32)], "believed", "", "store id", [R("digits", 8)], G_SHOP),
    ("squarespace_commerce_api_key", "S", [U], "read", "gitleaks squarespace-access-token (UUID by key name)", None, None, G_SHOP),
    ("prestashop_webservice_key", "S", [R("ualnum", 32)], "believed", "", None, None, G_SHOP),
    ("mollie_live_api_key", "S", [L("live_"), R("alnum", 30)], "believed", "", None, None, G_SHOP),
    ("gocardless_live_access_token", "S", [L("live_"), R("okta", 40)], "read", "gitleaks gocardless-api-token", None, None, G_SHOP),
    ("sumup_secret_api_key", "S", [L("sup_sk_"), R("alnum", 32)], "believed", "", None, None, G_SHOP),
    ("stripe_restricted_api_key", "S", [L("rk_live_"), R("alnum", 99)], "read", "gitleaks stripe-access-token", None, None, G_SHOP),
    ("braintree_private_key", "S", [R("hexl", 32)], "believed", "", "public key", [R("lalnum", 16)], G_SHOP),
    ("klaviyo_private_api_key", "S", [L("pk_"), R("hexl", 34)], "read", "Kingfisher klaviyo (pk_ + 34 alphanumerics; hex mine)", None, None, G_SHOP),
    ("mailchimp_marketing_api_key", "S", [R("hexl", 32), L("-us"), R("digits", 2)], "read", "gitleaks mailchimp-api-key", None, None, G_SHOP),
    ("brevo_api_key", "S", [L("xkeysib-"), R("hexl", 64), L("-"), R("alnum", 16)], "read", "gitleaks sendinblue-api-token", None, None, G_SHOP),
    ("postmark_server_api_token", "S", [U], "read", "Kingfisher postmark", None, None, G_SHOP),
    ("mailgun_http_signing_key", "S", [R("hexl", 32), L("-"), R("hexl", 8), L("-"), R("hexl", 8)], "read", "gitleaks mailgun-signing-key", None, None, G_SHOP),
    ("omnisend_api_key", "S", [R("hexl", 24), L("-"), R("alnum", 50)], "read", "Kingfisher omnisend (75 of [a-zA-Z0-9-]; the 24 + 50 split mine)", None, None, G_SHOP),
    ("gorgias_api_key", "S", [R("hexl", 64)], "guessed", "", "account email", NB_EMAIL, G_SHOP),
    ("trustpilot_api_secret", "S", [R("alnum", 16)], "guessed", "", "api key", [R("alnum", 32)], G_SHOP),
    ("ups_oauth_client_secret", "S", [R("alnum", 64)], "believed", "", "client id", [R("alnum", 48)], G_SHOP),
    ("xero_oauth_client_secret", "S", [R("okta", 48)], "believed", "", "client id", [R("hexu", 32)], G_SHOP),
    ("quickbooks_online_client_secret", "S", [R("alnum", 40)], "believed", "", "client id", [L("AB"), R("alnum", 48)], G_SHOP),
    ("fareharbor_api_app_key", "S", [U], "guessed", "", "user key", [U], G_SHOP),
    ("bokun_secret_key", "S", [R("hexl", 32)], "guessed", "", "access key", [R("hexl", 32)], G_SHOP),
    ("tickettailor_api_key", "S", [L("sk_"), R("digits", 4), L("_"), R("digits", 6), L("_"), R("hexl", 32)], "read", "Kingfisher tickettailor", None, None, G_SHOP),
    ("acuity_scheduling_api_key", "S", [R("hexl", 32)], "believed", "", "user id", [R("digits", 8)], G_SHOP),
    # ---- messaging
    ("twilio_auth_token", "S", [R("hexl", 32)], "read", "Kingfisher twilio (32 alphanumerics; hex mine)", "account sid", [L("AC"), R("hexl", 32)], G_MSG),
    ("messagebird_live_access_key", "S", [R("alnum", 25)], "read", "gitleaks messagebird-api-token", None, None, G_MSG),
    ("telegram_bot_api_token", "ISH", [R("digits", 10), L(":AA"), R("b64url", 33)], "read", "gitleaks telegram-bot-api-token, Kingfisher telegrambottoken", None, None, G_MSG),
    ("slack_bot_user_oauth_token", "S", [L("xoxb-"), R("digits", 13), L("-"), R("digits", 13), L("-"), R("alnum", 24)], "read", "gitleaks slack-bot-token", None, None, G_MSG),
    ("slack_incoming_webhook_url", "SI", [L("https://hooks.slack.com/services/T"), R("ualnum", 10), L("/B"), R("ualnum", 10), L("/"), R("alnum", 24)], "read", "gitleaks slack-webhook-url (whole URL labelled)", None, None, G_MSG),
    ("discord_bot_token", "SD", [F("discord_bot")], "read", "Kingfisher discord (bot token frame)", None, None, G_MSG),
    ("pushover_application_token", "IS", [L("a"), R("lalnum", 29)], "believed", "", "user key", [L("u"), R("lalnum", 29)], G_MSG),
    ("matrix_synapse_access_token", "SI", [F("matrix_syt")], "believed", "", None, None, G_MSG),
    ("mattermost_personal_access_token", "SD", [R("lalnum", 26)], "read", "gitleaks mattermost-access-token", None, None, G_MSG),
    ("zulip_bot_api_key", "S", [R("alnum", 32)], "believed", "", "bot email", NB_EMAIL, G_MSG),
    ("intercom_access_token", "S", [F("intercom")], "read", "Kingfisher intercom (59 Base64 + =); the tok: layout believed", None, None, G_MSG),
    ("zendesk_api_token", "S", [R("alnum", 40)], "read", "gitleaks zendesk-secret-key", "agent email", NB_EMAIL, G_MSG),
    # ---- AI
    ("anthropic_api_key", "DS", [L("sk-ant-api03-"), R("b64url", 93), L("AA")], "read", "gitleaks anthropic-api-key", None, None, G_AI),
    ("openai_project_api_key", "DS", [L("sk-proj-"), R("b64url", 74), L("T3BlbkFJ"), R("b64url", 74)], "read", "gitleaks openai-api-key (project form, 74 + 74)", None, None, G_AI),
    ("groq_api_key", "D", [L("gsk_"), R("alnum", 52)], "read", "Kingfisher groq", None, None, G_AI),
    ("replicate_api_token", "D", [L("r8_"), R("alnum", 37)], "read", "Kingfisher replicate", None, None, G_AI),
    ("perplexity_api_key", "D", [L("pplx-"), R("alnum", 48)], "read", "gitleaks perplexity-api-key", None, None, G_AI),
    ("huggingface_user_access_token", "D", [L("hf_"), R("letters", 34)], "read", "gitleaks huggingface-access-token", None, None, G_AI),
    ("langsmith_personal_api_key", "D", [L("lsv2_pt_"), R("hexl", 32), L("_"), R("hexl", 10)], "believed", "", None, None, G_AI),
    ("google_gemini_api_key", "D", [L("AIza"), R("b64url", 35)], "read", "gitleaks gcp-api-key", None, None, G_AI),
    ("fal_ai_api_key", "D", [U, L(":"), R("hexl", 32)], "believed", "", None, None, G_AI),
    ("voyage_ai_api_key", "D", [L("pa-"), R("b64url", 43)], "believed", "", None, None, G_AI),
    # ---- developer services
    ("github_fine_grained_personal_access_token", "DS", [L("github_pat_"), R("alnum", 22), L("_"), R("alnum", 59)], "read", "gitleaks github-fine-grained-pat", None, None, G_DEV),
    ("github_oauth_access_token", "D", [L("gho_"), R("alnum", 36)], "read", "gitleaks github-oauth", None, None, G_DEV),
    ("gitlab_personal_access_token", "DS", [L("glpat-"), R("b64url", 20)], "read", "gitleaks gitlab-pat", None, None, G_DEV),
    ("gitlab_runner_authentication_token", "S", [L("glrt-"), R("b64url", 20)], "read", "gitleaks gitlab-runner-authentication-token", None, None, G_DEV),
    ("npm_automation_access_token", "DS", [L("npm_"), R("lalnum", 36)], "read", "gitleaks npm-access-token", None, None, G_DEV),
    ("rubygems_api_key", "D", [L("rubygems_"), R("hexl", 48)], "read", "gitleaks rubygems-api-token", None, None, G_DEV),
    ("nuget_api_key", "D", [L("oy2"), R("lalnum", 43)], "read", "Kingfisher nuget", None, None, G_DEV),
    ("crates_io_api_token", "D", [L("cio"), R("alnum", 32)], "read", "Kingfisher crates.io", None, None, G_DEV),
    ("jfrog_reference_token", "DS", [L("cmVmd"), R("alnum", 59)], "read", "gitleaks artifactory-reference-token", None, None, G_DEV),
    ("snyk_api_token", "DS", [U], "read", "gitleaks snyk-api-token (UUID by key name)", None, None, G_DEV),
    ("circleci_personal_api_token", "DS", [L("CCIPAT_"), R("alnum", 22), L("_"), R("hexl", 40)], "believed", "", None, None, G_DEV),
    ("buildkite_api_access_token", "DS", [L("bkua_"), R("lalnum", 40)], "read", "Kingfisher buildkite", None, None, G_DEV),
    ("vercel_access_token", "DS", [R("alnum", 24)], "read", "Kingfisher vercel", None, None, G_DEV),
    ("flyio_access_token", "SD", [L("fo1_"), R("okta", 43)], "read", "gitleaks flyio-access-token", None, None, G_DEV),
    ("sentry_user_auth_token", "DS", [L("sntryu_"), R("hexl", 64)], "read", "gitleaks sentry-user-token", None, None, G_DEV),
    ("cloudinary_api_secret", "SD", [R("okta", 27)], "believed", "", "api key", [R("digits", 15)], G_DEV),
    # ---- ops, cloud, monitoring, networking, identity, maps
    ("digitalocean_personal_access_token", "SD", [L("dop_v1_"), R("hexl", 64)], "read", "gitleaks digitalocean-pat", None, None, G_OPS),
    ("cloudflare_api_token", "S", [R("okta", 40)], "read", "Kingfisher cloudflare (38-42 of [a-z0-9_-])", None, None, G_OPS),
    ("cloudflare_origin_ca_key", "S", [L("v1.0-"), R("hexl", 24), L("-"), R("hexl", 146)], "read", "gitleaks cloudflare-origin-ca-key", None, None, G_OPS),
    ("cloudflare_tunnel_token", "SI", [F("cf_tunnel")], "believed", "", None, None, G_OPS),
    ("aws_iam_secret_access_key", "S", [R("b64std", 40)], "believed", "", "access key id", [L("AKIA"), R("b32u", 16)], G_OPS),
    ("azure_storage_account_key", "S", [F("azure_storage")], "believed", "", "account name", [L("stpepperwick"), R("lalnum", 6)], G_OPS),
    ("alibaba_cloud_accesskey_secret", "S", [R("alnum", 30)], "read", "gitleaks alibaba-secret-key", "accesskey id", [L("LTAI"), R("alnum", 20)], G_OPS),
    ("new_relic_user_api_key", "S", [L("NRAK-"), R("ualnum", 27)], "read", "gitleaks new-relic-user-api-key", None, None, G_OPS),
    ("dynatrace_api_token", "S", [L("dt0c01."), R("ualnum", 24), L("."), R("ualnum", 64)], "read", "gitleaks dynatrace-api-token", None, None, G_OPS),
    ("datadog_api_key", "S", [R("hexl", 32)], "read", "Kingfisher datadog (32 lower-case alphanumerics; hex mine)", None, None, G_OPS),
    ("pagerduty_rest_api_key", "S", [L("u+"), R("pduty", 18)], "read", "Kingfisher pagerdutyapikey", None, None, G_OPS),
    ("uptimerobot_main_api_key", "S", [L("u"), R("digits", 8), L("-"), R("hexl", 24)], "read", "Kingfisher uptimerobot (9 + - + 24)", None, None, G_OPS),
    ("tailscale_auth_key", "IS", [L("tskey-auth-k"), R("alnum", 13), L("CNTRL-"), R("alnum", 33)], "read", "Kingfisher tailscale (tskey-<kind>-...-...; segment lengths believed)", None, None, G_OPS),
    ("zerotier_central_api_token", "IS", [R("alnum", 32)], "read", "Kingfisher zerotier", None, None, G_OPS),
    ("proxmox_ve_api_token_secret", "S", [U], "believed", "", "token id", [L("root@pam!"), R("lower", 6)], G_OPS),
    ("truenas_api_key", "SI", [R("digits", 1), L("-"), R("alnum", 64)], "read", "Kingfisher truenas", None, None, G_OPS),
    ("portainer_access_token", "S", [L("ptr_"), R("b64url", 43)], "believed", "", None, None, G_OPS),
    ("home_assistant_long_lived_access_token", "I", [F("hs256_homeassistant")], "believed", "", None, None, G_OPS),
    ("auth0_client_secret", "S", [R("okta", 64)], "read", "Kingfisher auth0 (64 or more of [a-z0-9_-])", "client id", [R("alnum", 32)], G_OPS),
    ("okta_api_token", "S", [L("00"), R("okta", 40)], "read", "gitleaks okta-access-token", None, None, G_OPS),
    ("mongodb_atlas_api_private_key", "S", [U], "read", "Kingfisher mongodb (private key UUID)", "public key", [R("lower", 8)], G_OPS),
    ("here_platform_api_key", "SD", [R("okta", 43)], "read", "Kingfisher hereapi", None, None, G_OPS),
    ("tomtom_maps_api_key", "SD", [R("alnum", 32)], "read", "Kingfisher tomtom", None, None, G_OPS),
    ("geoapify_api_key", "SD", [R("hexl", 32)], "read", "Kingfisher geoapify (32 lower-case alphanumerics; hex mine)", None, None, G_OPS),
]
TYPE_NAMES = [t[0] for t in TYPES]
assert len(set(TYPE_NAMES)) == len(TYPE_NAMES)
SPEC = {t[0]: {"families": t[1], "shape": t[2], "prov": t[3], "note": t[4], "nlabel": t[5], "nshape": t[6], "group": t[7]} for t in TYPES}


def neighbour_value(rng, nshape, jwt_rng):
    if nshape == NB_EMAIL:
        return W.email(rng)
    if nshape == NB_IP:
        return "https://" + W.ip(rng)
    return gen_shape(rng, nshape, jwt_rng)


# ---------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------
WS = " \t\n\r"
STYLES = []


def style(name, case, families, forbid, desc):
    def deco(fn):
        STYLES.append({"name": name, "case": case, "families": families, "forbid": forbid, "desc": desc, "fn": fn})
        return fn
    return deco


def nline(fmt, nk, nv):
    return (fmt % (nk, NMARK)) if nv else ""


@style("ops_systemd_unit_override_conf", "upper", "S", "\"\\%$'" + WS, "systemd drop-in override.conf (`systemctl edit`) with Environment= lines")
def _s1(rng, k, nk, has_n, title):
    svc = rng.choice(["shop-sync", "pan-telemetry", "stock-api", "blend-scheduler", "harvest-api"])
    return ("# /etc/systemd/system/%s.service.d/override.conf\n[Service]\nEnvironment=\"LOG_LEVEL=info\"\n%sEnvironment=\"%s=%s\"\n") % (
        svc, nline("Environment=\"%s=%s\"\n", nk, has_n), k, MARK)


@style("ops_azure_webapp_appsettings_list_json", "upper", "S", "\"\\" + WS, "terminal capture of `az webapp config appsettings list` (JSON)")
def _s2(rng, k, nk, has_n, title):
    return ("$ az webapp config appsettings list --name pepperwick-trade --resource-group rg-trade-prod\n[\n"
            "  {\n    \"name\": \"WEBSITE_RUN_FROM_PACKAGE\",\n    \"slotSetting\": false,\n    \"value\": \"1\"\n  },\n%s"
            "  {\n    \"name\": \"%s\",\n    \"slotSetting\": false,\n    \"value\": \"%s\"\n  }\n]\n") % (
        nline("  {\n    \"name\": \"%s\",\n    \"slotSetting\": false,\n    \"value\": \"%s\"\n  },\n", nk, has_n), k, MARK)


@style("ops_cloud_run_service_yaml", "upper", "S", "\"\\" + WS, "terminal capture of `gcloud run services describe --format yaml` (container env)")
def _s3(rng, k, nk, has_n, title):
    return ("$ gcloud run services describe shop-api --region europe-west2 --format yaml | sed -n '/env:/,/image:/p'\n"
            "        env:\n        - name: NODE_ENV\n          value: production\n%s        - name: %s\n          value: \"%s\"\n"
            "        image: europe-west2-docker.pkg.dev/pepperwick-prod/shop/shop-api:1.%d.0\n") % (
        nline("        - name: %s\n          value: \"%s\"\n", nk, has_n), k, MARK, rng.randrange(10, 60))


@style("ops_puppet_hiera_common_yaml", "snake", "S", "'%" + WS, "Puppet Hiera data/common.yaml")
def _s4(rng, k, nk, has_n, title):
    return ("# data/common.yaml\n---\nprofile::shop::app_env: 'production'\n%sprofile::shop::%s: '%s'\nprofile::shop::workers: 4\n") % (
        nline("profile::shop::%s: '%s'\n", nk, has_n), k, MARK)


@style("ops_chef_data_bag_item_json", "snake", "S", "\"\\" + WS, "terminal capture of `knife data bag show` (an unencrypted item)")
def _s5(rng, k, nk, has_n, title):
    return ("$ knife data bag show integrations pepperwick -F json\n{\n  \"id\": \"pepperwick\",\n%s  \"%s\": \"%s\"\n}\n") % (
        nline("  \"%s\": \"%s\",\n", nk, has_n), k, MARK)


@style("ops_cloud_init_write_files_env", "upper", "S", "'\"\\$`" + WS, "cloud-init user-data writing an env file")
def _s6(rng, k, nk, has_n, title):
    return ("#cloud-config\nwrite_files:\n  - path: /etc/pepperwick/app.env\n    permissions: '0640'\n    content: |\n      APP_ENV=production\n"
            "%s      %s=%s\nruncmd:\n  - systemctl restart app\n") % (nline("      %s=%s\n", nk, has_n), k, MARK)


@style("ops_gunicorn_conf_raw_env", "upper", "S", "\"\\" + WS, "gunicorn.conf.py raw_env list")
def _s7(rng, k, nk, has_n, title):
    return ("# gunicorn.conf.py  (stock-sync)\nbind = \"127.0.0.1:8000\"\nworkers = 3\nraw_env = [\n    \"DJANGO_SETTINGS_MODULE=stocksync.settings.prod\",\n"
            "%s    \"%s=%s\",\n]\n") % (nline("    \"%s=%s\",\n", nk, has_n), k, MARK)


@style("ops_apache_vhost_setenv", "upper", "S", "\"\\$%" + WS, "Apache httpd virtual host with SetEnv")
def _s8(rng, k, nk, has_n, title):
    return ("<VirtualHost *:443>\n    ServerName trade.pepperwick.example\n    DocumentRoot /var/www/trade/public\n%s    SetEnv %s \"%s\"\n"
            "    <Directory /var/www/trade/public>\n        AllowOverride All\n    </Directory>\n</VirtualHost>\n") % (
        nline("    SetEnv %s \"%s\"\n", nk, has_n), k, MARK)


@style("ops_php_fpm_pool_env_directive", "upper", "S", ";\"'$" + WS, "PHP-FPM pool file with env[] directives")
def _s9(rng, k, nk, has_n, title):
    return ("; /etc/php/8.2/fpm/pool.d/shop.conf\n[shop]\nuser = www-data\ngroup = www-data\nlisten = /run/php/shop.sock\npm = dynamic\n"
            "pm.max_children = 12\nenv[APP_ENV] = production\n%senv[%s] = %s\n") % (nline("env[%s] = %s\n", nk, has_n), k, MARK)


@style("dev_bruno_environment_bru", "camel", "D", "{}" + WS, "Bruno API client environment file (.bru)")
def _s10(rng, k, nk, has_n, title):
    return ("vars {\n  baseUrl: https://api.pepperwick.example\n%s  %s: %s\n}\n") % (nline("  %s: %s\n", nk, has_n), k, MARK)


@style("dev_azure_functions_local_settings_json", "upper", "D", "\"\\" + WS, "Azure Functions local.settings.json")
def _s11(rng, k, nk, has_n, title):
    return ("{\n  \"IsEncrypted\": false,\n  \"Values\": {\n    \"AzureWebJobsStorage\": \"UseDevelopmentStorage=true\",\n"
            "    \"FUNCTIONS_WORKER_RUNTIME\": \"python\",\n%s    \"%s\": \"%s\"\n  }\n}\n") % (nline("    \"%s\": \"%s\",\n", nk, has_n), k, MARK)


@style("dev_rails_credentials_show_output", "snake", "D", "\"\\" + WS, "terminal capture of `bin/rails credentials:show`")
def _s12(rng, k, nk, has_n, title):
    vendor = title.split()[0].lower()
    return ("$ bin/rails credentials:show --environment production\n# aws:\n#   access_key_id: 123\n\n%s:\n%s  %s: \"%s\"\n") % (
        vendor, nline("  %s: \"%s\"\n", nk, has_n), k, MARK)


@style("dev_streamlit_secrets_toml", "snake", "D", "\"\\" + WS, "Streamlit .streamlit/secrets.toml of the harvest dashboard")
def _s13(rng, k, nk, has_n, title):
    return ("# .streamlit/secrets.toml  (harvest dashboard)\n[general]\nregion = \"eu-west\"\n%s%s = \"%s\"\n") % (
        nline("%s = \"%s\"\n", nk, has_n), k, MARK)


@style("dev_postman_environment_json", "camel", "D", "\"\\" + WS, "Postman environment export (JSON)")
def _s14(rng, k, nk, has_n, title):
    return ("{\n  \"id\": \"%s\",\n  \"name\": \"pepperwick prod\",\n  \"values\": [\n"
            "    {\"key\": \"baseUrl\", \"value\": \"https://api.pepperwick.example\", \"type\": \"default\", \"enabled\": true},\n%s"
            "    {\"key\": \"%s\", \"value\": \"%s\", \"type\": \"default\", \"enabled\": true}\n  ],\n"
            "  \"_postman_variable_scope\": \"environment\",\n  \"_postman_exported_using\": \"Postman/11.2.14\"\n}\n") % (
        C.uuid4(rng), nline("    {\"key\": \"%s\", \"value\": \"%s\", \"type\": \"default\", \"enabled\": true},\n", nk, has_n), k, MARK)


@style("dev_powershell_psreadline_history", "upper", "D", "'" + WS, "PowerShell PSReadLine ConsoleHost_history.txt")
def _s15(rng, k, nk, has_n, title):
    return ("cd C:\\src\\shop-sync\ngit pull\n%s$env:%s = '%s'\ndotnet run --project .\\ShopSync\n") % (
        nline("$env:%s = '%s'\n", nk, has_n), k, MARK)


@style("iot_esphome_secrets_yaml", "snake", "I", "\"\\" + WS, "ESPHome secrets.yaml on the salorge Raspberry Pi")
def _s16(rng, k, nk, has_n, title):
    return ("# secrets.yaml  (ESPHome dashboard, salorge Pi)\nwifi_ssid: \"KVL-Marais\"\n%s%s: \"%s\"\n") % (
        nline("%s: \"%s\"\n", nk, has_n), k, MARK)


@style("iot_platformio_ini_build_flags", "upper", "I", "\"\\;$#'" + WS, "PlatformIO platformio.ini build_flags of a tide node")
def _s17(rng, k, nk, has_n, title):
    return ("[env:tide-node]\nplatform = espressif32\nboard = heltec_wifi_lora_32_V3\nframework = arduino\nbuild_flags =\n"
            "    -D NODE_ID=\\\"KVL-TN-%02d\\\"\n%s    -D %s=\\\"%s\\\"\n") % (
        rng.randrange(1, 30), nline("    -D %s=\\\"%s\\\"\n", nk, has_n), k, MARK)


@style("iot_micropython_settings_py", "upper", "I", "\"\\" + WS, "MicroPython settings.py on the weather-mast Pico W")
def _s18(rng, k, nk, has_n, title):
    return ("# settings.py on the weather-mast Pico W\nMAST_ID = \"KVL-WS2\"\nSAMPLE_SECONDS = 60\n%s%s = \"%s\"\n") % (
        nline("%s = \"%s\"\n", nk, has_n), k, MARK)


def _url_for(title):
    return "https://" + title.split()[0].lower() + ".example.org"


@style("office_keeper_csv_export", "title", "O", ",\"" + WS, "Keeper CSV export row (folder, title, login, password, website, notes)")
def _s19(rng, k, nk, has_n, title):
    return ("%s,%s,%s,%s,%s,,,\n") % (rng.choice(["Saltcote Office", "Pepperwick Admin", "Kervalen Co-op"]), title, NMARK if has_n else "admin", MARK, _url_for(title))


@style("office_nordpass_csv_export", "title", "O", ",\"" + WS, "NordPass CSV export (header and row)")
def _s20(rng, k, nk, has_n, title):
    return ("name,url,username,password,note,cardholdername,cardnumber,cvc,expirydate,zipcode,folder\n"
            "%s,%s,%s,%s,,,,,,,Trade portals\n") % (title, _url_for(title), NMARK if has_n else "admin", MARK)


@style("office_apple_passwords_csv_export", "title", "O", ",\"" + WS, "Apple Passwords CSV export (Title, URL, Username, Password, Notes, OTPAuth)")
def _s21(rng, k, nk, has_n, title):
    return ("Title,URL,Username,Password,Notes,OTPAuth\n%s,%s,%s,%s,,\n") % (title, _url_for(title), NMARK if has_n else "admin", MARK)


@style("office_mattermost_channel_export_jsonl", "spaced", "H", "\"\\" + WS, "Mattermost bulk export (JSON lines) of the ops channel")
def _s22(rng, k, nk, has_n, title):
    t = 1738000000000 + rng.randrange(0, 10 ** 9)
    a, b = rng.sample(W.PEOPLE, 2)
    la = a.lower().split()[0]
    lb = b.lower().split()[0]
    first = ("{\"type\":\"post\",\"post\":{\"team\":\"evaporite\",\"channel\":\"ops\",\"user\":\"%s\",\"message\":\"%s login is %s\",\"create_at\":%d}}\n" % (
        la, title.lower(), NMARK, t - 60000)) if has_n else ""
    return ("{\"type\":\"version\",\"version\":1}\n%s{\"type\":\"post\",\"post\":{\"team\":\"evaporite\",\"channel\":\"ops\",\"user\":\"%s\","
            "\"message\":\"%s %s\",\"create_at\":%d}}\n") % (first, lb, k, MARK, t)


@style("office_servicenow_incident_work_note", "spaced", "H", WS, "ServiceNow incident work note (copied from the activity stream)")
def _s23(rng, k, nk, has_n, title):
    return ("INC%07d  Work notes  %s  2025-03-%02d 10:%02d:%02d\n%sReset done on the vendor side. %s: %s\nCaller informed by phone.\n") % (
        rng.randrange(10000, 99999), W.person(rng), rng.randrange(1, 28), rng.randrange(0, 60), rng.randrange(0, 60),
        ("Account: %s\n" % NMARK) if has_n else "", k, MARK)


STYLE_BY_NAME = {s["name"]: s for s in STYLES}


def title_of(tname):
    words = tname.split("_")
    if words[-1] == "password":
        words = words[:-1]
    return " ".join(w.upper() if w in ("uk", "gs1", "nt", "lims", "ui", "api", "brcgs", "salsa") else w.capitalize() for w in words)


def assign_styles():
    rng = random.Random(SEED_STYLES)
    order = TYPE_NAMES[:]
    rng.shuffle(order)
    used = {s["name"]: 0 for s in STYLES}
    out = {}
    for t in order:
        fam = SPEC[t]["families"]
        cands = [s for s in STYLES if s["families"] in fam]
        rng.shuffle(cands)
        cands.sort(key=lambda s: used[s["name"]])
        out[t] = cands
        used[cands[0]["name"]] += 1
    return out


def build(reg):
    rng = random.Random(SEED_VALUES)
    jwt_rng = random.Random(SEED_JWT)
    cand = assign_styles()
    records = []
    neighbours = {}
    for t in TYPE_NAMES:
        sp = SPEC[t]
        chosen = None
        for st in cand[t]:
            for _ in range(300):
                v = gen_shape(rng, sp["shape"], jwt_rng)
                if any(ch in v for ch in st["forbid"]):
                    continue
                if reg.ok(v):
                    chosen = (st, v)
                    break
            if chosen:
                break
        if not chosen:
            raise RuntimeError("no style/value for " + t)
        st, v = chosen
        reg.add(v)
        nv = None
        if sp["nlabel"]:
            for _ in range(300):
                nv = neighbour_value(rng, sp["nshape"], jwt_rng)
                if not any(ch in nv for ch in st["forbid"]) and reg.ok(nv):
                    reg.add(nv)
                    break
            else:
                raise RuntimeError("no neighbour for " + t)
            neighbours[t] = nv
        words = t.split("_")
        key = C.case_style(words, st["case"])
        nkey = C.case_style([words[0]] + sp["nlabel"].split(), st["case"]) if sp["nlabel"] else None
        tpl = st["fn"](rng, key, nkey, bool(nv), title_of(t))
        assert tpl.count(MARK) == 1, (t, st["name"])
        if nv:
            assert tpl.count(NMARK) == 1, (t, st["name"])
            # the neighbour may precede the value: replace it first, then find the mark
            tpl = tpl.replace(NMARK, nv)
        start = tpl.index(MARK)
        text = tpl.replace(MARK, v)
        records.append({
            "type": t, "container": "%s__%s" % (t, st["name"]), "text": text,
            "secrets": [{"value": v, "start": start, "end": start + len(v), "type": t}],
            "source": "vendor",
        })
    return records, neighbours
