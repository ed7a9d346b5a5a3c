"""Vendor positives: one record per vendor type, in a container typical of where
that key lives. Shapes come from a small spec language; the same spec builds the
value and the regular expression that checks it."""
import base64
import json
import random
import re

from common251 import (ALNUM, LOWER_ALNUM, UPPER_ALNUM, HEX, B64URL, B64STD, DIGITS, LOWER, UPPER,
                       rs, rbytes, uuid4, b64url, b64url_dec, jwt_hs, jwt_valid, style_key, UUID_V4_RE)
import world251 as W

SEED = 25102
M = "\ue000"
N = "\ue001"   # neighbour marker

CLASSES = {
    "alnum": (ALNUM, "alphanumerics"),
    "lalnum": (LOWER_ALNUM, "lower-case alphanumerics"),
    "ualnum": (UPPER_ALNUM, "upper-case alphanumerics"),
    "hex": (HEX, "lower-case hex"),
    "uhex": (HEX.upper(), "upper-case hex"),
    "b64u": (B64URL, "base64url characters"),
    "b64": (B64STD, "standard Base64 characters"),
    "b64np": (ALNUM + "+", "characters of A-Za-z0-9+"),
    "digits": (DIGITS, "digits"),
    "letters": (LOWER + UPPER, "letters"),
    "lower": (LOWER, "lower-case letters"),
    "wordch": (ALNUM + "_", "characters of A-Za-z0-9_"),
    "dashalnum": (ALNUM + "-", "characters of A-Za-z0-9-"),
    "pd": (ALNUM + "_+-", "characters of A-Za-z0-9_+-"),
}


def L(s):
    return ("lit", s)


def C(cls, n):
    return ("cls", cls, n)


U4 = ("uuid",)
U4U = ("uuidU",)


def spec_value(spec, rng):
    out = []
    for p in spec:
        if p[0] == "lit":
            out.append(p[1])
        elif p[0] == "cls":
            out.append(rs(rng, CLASSES[p[1]][0], p[2]))
        elif p[0] == "uuid":
            out.append(uuid4(rng))
        elif p[0] == "uuidU":
            out.append(uuid4(rng).upper())
    return "".join(out)


def spec_regex(spec):
    r = []
    for p in spec:
        if p[0] == "lit":
            r.append(re.escape(p[1]))
        elif p[0] == "cls":
            r.append("[" + re.escape(CLASSES[p[1]][0]) + "]{%d}" % p[2])
        elif p[0] == "uuid":
            r.append("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
        elif p[0] == "uuidU":
            r.append("[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}")
    return re.compile("^" + "".join(r) + "$")


def spec_text(spec):
    parts = []
    for p in spec:
        if p[0] == "lit":
            parts.append("`%s`" % p[1])
        elif p[0] == "cls":
            parts.append("%d %s" % (p[2], CLASSES[p[1]][1]))
        elif p[0] == "uuid":
            parts.append("UUIDv4")
        elif p[0] == "uuidU":
            parts.append("UUIDv4 in upper case")
    return " + ".join(parts)


# ------------------------------------------------------------------ special frames

def f_rentman(rng):
    hdr = {"typ": "JWT", "alg": "HS256"}
    pay = {"medewerker": rng.randint(100, 999), "account": "marrowgate", "client_type": "openapi",
           "client_name": "Lanternfly crew sync", "iat": 1735000000 + rng.randrange(0, 9000000),
           "jti": rbytes(rng, 16).hex()}
    return jwt_hs(hdr, pay, rbytes(rng, 32))


def v_rentman(v):
    if not jwt_valid(v) or not v.startswith("eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9."):
        return False
    return re.match(r"^ey[a-zA-Z0-9]{34}\.ey[a-zA-Z0-9._-]{250,300}$", v) is not None


def f_home_assistant(rng):
    pay = {"iss": rbytes(rng, 16).hex(), "iat": 1735000000 + rng.randrange(0, 9000000)}
    pay["exp"] = pay["iat"] + 315360000
    return jwt_hs({"alg": "HS256", "typ": "JWT"}, pay, rbytes(rng, 32))


def v_home_assistant(v):
    if not jwt_valid(v):
        return False
    pay = json.loads(b64url_dec(v.split(".")[1]))
    return set(pay) == {"iss", "iat", "exp"} and re.match(r"^[0-9a-f]{32}$", pay["iss"]) is not None


def f_onesignal(rng):
    return base64.b64encode(uuid4(rng).encode()).decode()


def v_onesignal(v):
    try:
        inner = base64.b64decode(v, validate=True).decode()
    except Exception:
        return False
    return len(v) == 48 and UUID_V4_RE.match(inner) is not None


def f_intercom(rng):
    return base64.b64encode(("tok:%s:1:0" % uuid4(rng)).encode()).decode()


def v_intercom(v):
    try:
        inner = base64.b64decode(v, validate=True).decode()
    except Exception:
        return False
    m = re.match(r"^tok:(.{36}):1:0$", inner)
    return v.startswith("dG9rOj") and len(v) == 60 and m is not None and UUID_V4_RE.match(m.group(1)) is not None


def f_discord_bot(rng):
    ident = str(rng.randint(10 ** 18, 10 ** 19 - 1))
    return b64url(ident.encode()) + "." + rs(rng, B64URL, 6) + "." + rs(rng, B64URL, 38)


def v_discord_bot(v):
    m = re.match(r"^([A-Za-z0-9_-]{26})\.([A-Za-z0-9_-]{6})\.([A-Za-z0-9_-]{38})$", v)
    if not m:
        return False
    try:
        return re.match(r"^[0-9]{19}$", b64url_dec(m.group(1)).decode()) is not None
    except Exception:
        return False


def f_matrix(rng):
    local = rng.choice(["boxoffice-bot", "crewbot", "kioskbot"])
    return "syt_" + b64url(local.encode()) + "_" + rs(rng, ALNUM, 20) + "_" + rs(rng, ALNUM, 6)


def v_matrix(v):
    m = re.match(r"^syt_([A-Za-z0-9_-]+?)_([A-Za-z0-9]{20})_([A-Za-z0-9]{6})$", v)
    if not m:
        return False
    try:
        return re.match(r"^[a-z-]+$", b64url_dec(m.group(1)).decode()) is not None
    except Exception:
        return False


def f_cf_tunnel(rng):
    obj = {"a": rbytes(rng, 16).hex(), "t": uuid4(rng), "s": base64.b64encode(rbytes(rng, 32)).decode()}
    return base64.b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode()


def v_cf_tunnel(v):
    try:
        obj = json.loads(base64.b64decode(v, validate=True))
    except Exception:
        return False
    return (set(obj) == {"a", "t", "s"} and re.match(r"^[0-9a-f]{32}$", obj["a"]) is not None
            and UUID_V4_RE.match(obj["t"]) is not None and len(base64.b64decode(obj["s"])) == 32)


def f_op_sa(rng):
    obj = {"signInAddress": "lanternfly.1password.eu", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
           "iterations": 650000, "salt": b64url(rbytes(rng, 16))},
           "email": rs(rng, LOWER, 13) + "@1passwordserviceaccounts.eu",
           "srpX": rbytes(rng, 32).hex(), "muk": {"alg": "A256GCM", "ext": False, "k": b64url(rbytes(rng, 32)),
           "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
           "secretKey": "A3-" + rs(rng, UPPER_ALNUM, 6) + "-" + rs(rng, UPPER_ALNUM, 6) + "-" + rs(rng, UPPER_ALNUM, 5)
           + "-" + rs(rng, UPPER_ALNUM, 5) + "-" + rs(rng, UPPER_ALNUM, 5) + "-" + rs(rng, UPPER_ALNUM, 5),
           "throttleSecret": {"seed": rbytes(rng, 32).hex(), "uuid": rs(rng, UPPER_ALNUM, 26)},
           "deviceUuid": rs(rng, LOWER_ALNUM, 26)}
    return "ops_" + base64.b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode()


def v_op_sa(v):
    if not re.match(r"^ops_eyJ[a-zA-Z0-9+/]{250,}={0,3}$", v):
        return False
    try:
        obj = json.loads(base64.b64decode(v[4:]))
    except Exception:
        return False
    return "secretKey" in obj and "signInAddress" in obj


def f_appointedd(rng):
    while True:
        s = base64.b64encode(rbytes(rng, 64)).decode()
        if "/" not in s:
            return s


def v_appointedd(v):
    return re.match(r"^[a-zA-Z0-9+]{86}==$", v) is not None and len(base64.b64decode(v)) == 64


def f_azure_storage(rng):
    return base64.b64encode(rbytes(rng, 64)).decode()


def v_azure_storage(v):
    return re.match(r"^[A-Za-z0-9+/]{86}==$", v) is not None and len(base64.b64decode(v)) == 64


def f_b64_32(rng):
    return base64.b64encode(rbytes(rng, 32)).decode()


def v_b64_32(v):
    return re.match(r"^[A-Za-z0-9+/]{43}=$", v) is not None and len(base64.b64decode(v)) == 32


def f_b64_57(rng):
    return base64.b64encode(rbytes(rng, 57)).decode()


def v_b64_57(v):
    return re.match(r"^[A-Za-z0-9+/]{76}$", v) is not None and len(base64.b64decode(v)) == 57


def f_picovoice(rng):
    return base64.b64encode(rbytes(rng, 40)).decode()


def v_picovoice(v):
    return re.match(r"^[A-Za-z0-9+/]{54}==$", v) is not None and len(base64.b64decode(v)) == 40


def f_circleci(rng):
    return ("CCIPAT_" + rs(rng, LOWER_ALNUM, 4) + rs(rng, LOWER, 5) + rs(rng, LOWER_ALNUM, 3) + rs(rng, DIGITS, 3)
            + rs(rng, LOWER, 2) + rs(rng, UPPER, 2) + rs(rng, DIGITS, 1) + rs(rng, LOWER, 1) + rs(rng, LOWER_ALNUM, 1)
            + rs(rng, DIGITS, 1) + rs(rng, LOWER, 1) + "_" + rbytes(rng, 20).hex())


def v_circleci(v):
    return re.match(r"^CCIPAT_[a-z0-9]{4}[a-z]{5}[a-z0-9]{3}[0-9]{3}[a-z]{2}[A-Z]{2}[0-9][a-z][a-z0-9][0-9][a-z]_[a-f0-9]{40}$", v) is not None


def f_aws_secret(rng):
    return rs(rng, B64STD, 40)


def v_aws_secret(v):
    return re.match(r"^[A-Za-z0-9+/]{40}$", v) is not None


FRAMES = {
    "rentman": (f_rentman, v_rentman, "real HS256 JWT whose header is `{\"typ\":\"JWT\",\"alg\":\"HS256\"}` (36 characters) and whose payload + signature run 250-300 characters"),
    "home_assistant": (f_home_assistant, v_home_assistant, "real HS256 JWT with payload `{iss: 32 hex, iat, exp}` (HMAC under a discarded key)"),
    "onesignal": (f_onesignal, v_onesignal, "standard Base64 of a UUIDv4 string (48 characters)"),
    "intercom": (f_intercom, v_intercom, "standard Base64 of `tok:` + UUIDv4 + `:1:0` (60 characters, begins `dG9rOj`)"),
    "discord_bot": (f_discord_bot, v_discord_bot, "base64url of a 19-digit bot id + `.` + 6 base64url + `.` + 38 base64url"),
    "matrix": (f_matrix, v_matrix, "`syt_` + base64url of the bot's localpart + `_` + 20 alphanumerics + `_` + 6 alphanumerics"),
    "cf_tunnel": (f_cf_tunnel, v_cf_tunnel, "standard Base64 of JSON `{a: 32 hex account tag, t: UUIDv4 tunnel id, s: Base64 of 32 bytes}`"),
    "op_sa": (f_op_sa, v_op_sa, "`ops_` + standard Base64 of JSON (signInAddress, userAuth, email, srpX, muk, secretKey, throttleSecret, deviceUuid)"),
    "appointedd": (f_appointedd, v_appointedd, "88 characters of A-Za-z0-9+= (standard Base64 of 64 bytes, redrawn when it holds `/`)"),
    "azure_storage": (f_azure_storage, v_azure_storage, "standard Base64 of 64 random bytes (88 characters, `==`)"),
    "b64_32": (f_b64_32, v_b64_32, "standard Base64 of 32 random bytes (44 characters)"),
    "b64_57": (f_b64_57, v_b64_57, "standard Base64 of 57 random bytes (76 characters, no padding)"),
    "picovoice": (f_picovoice, v_picovoice, "standard Base64 of 40 random bytes (56 characters, `==`)"),
    "circleci": (f_circleci, v_circleci, "`CCIPAT_` + the 26-character mixed pattern of the rule + `_` + 40 lower-case hex"),
    "aws_secret": (f_aws_secret, v_aws_secret, "40 standard Base64 characters"),
}

# neighbour generators (public half written next to the secret, unlabelled)


def nb(label, fn):
    return (label, fn)


def _email(local, dom):
    return lambda rng: local + "@" + dom


NB = {
    "spektrix": nb("spektrix api user", lambda r: "marrowgate_api_" + rs(r, LOWER, 4)),
    "tessitura": nb("tessitura api login", lambda r: "marrowgate_web:webapi:MPT"),
    "prs": nb("prs member number", lambda r: "0" + rs(r, DIGITS, 10)),
    "grantium": nb("grantium applicant id", lambda r: "GFTA-" + rs(r, DIGITS, 8)),
    "dante": nb("ddm server", lambda r: "ddm.marrowgate-puppets.example"),
    "epson": nb("projector address", lambda r: W.private_ip(r)),
    "axis": nb("camera host", lambda r: "cam-foyer.marrowgate-puppets.example"),
    "mux": nb("mux token id", uuid4),
    "klaviyo": nb("klaviyo public site id", lambda r: rs(r, ALNUM, 6)),
    "ankorstore": nb("ankorstore client id", uuid4),
    "epos": nb("epos now api key", lambda r: rs(r, UPPER_ALNUM, 32)),
    "zebra": nb("zebra savanna consumer key", lambda r: rs(r, ALNUM, 32)),
    "shipstation": nb("shipstation api key", lambda r: rs(r, HEX, 32)),
    "sendcloud": nb("sendcloud public key", uuid4),
    "amazon": nb("lwa client id", lambda r: "amzn1.application-oa2-client." + rs(r, HEX, 32)),
    "ebay": nb("ebay app id", lambda r: "Tumbledo-StockSyn-PRD-" + rs(r, HEX, 9) + "-" + rs(r, HEX, 8)),
    "etsy": nb("etsy keystring", lambda r: rs(r, LOWER_ALNUM, 24)),
    "cloudinary": nb("cloudinary api key", lambda r: rs(r, DIGITS, 15)),
    "algolia": nb("algolia application id", lambda r: rs(r, UPPER_ALNUM, 10)),
    "braintree": nb("braintree public key", lambda r: rs(r, LOWER_ALNUM, 16)),
    "xero": nb("xero client id", lambda r: rs(r, HEX.upper(), 32)),
    "qbo": nb("quickbooks client id", lambda r: "AB" + rs(r, ALNUM, 48)),
    "gs1": nb("gs1 company prefix", lambda r: "50" + rs(r, DIGITS, 7)),
    "btha": nb("btha member email", _email("greta.sommer", "tumbledown-toys.example")),
    "intertek": nb("intertek account email", _email("buying", "tumbledown-toys.example")),
    "hmrc": nb("hmrc charity reference", lambda r: rs(r, UPPER, 2) + rs(r, DIGITS, 5)),
    "koha": nb("koha client id", uuid4),
    "qnap": nb("qnap admin user", lambda r: "libadmin"),
    "omada": nb("omada admin user", lambda r: "rohan"),
    "pushover": nb("pushover user key", lambda r: "u" + rs(r, LOWER_ALNUM, 29)),
    "onesignal": nb("onesignal app id", uuid4),
    "pusher": nb("pusher app key", lambda r: rs(r, HEX, 20)),
    "zulip": nb("zulip bot email", _email("crew-bot", "zulip.lanternfly.example")),
    "zendesk": nb("zendesk agent", _email("nadia.petrosyan", "marrowgate-puppets.example")),
    "langfuse": nb("langfuse public key", lambda r: "pk-lf-" + uuid4(r)),
    "azure_speech": nb("azure speech region", lambda r: "uksouth"),
    "bitbucket": nb("bitbucket username", lambda r: "femi-lanternfly"),
    "datadog": nb("datadog api key", lambda r: rs(r, HEX, 32)),
    "aws": nb("aws access key id", lambda r: "AKIA" + rs(r, UPPER_ALNUM, 16)),
    "azure_storage": nb("azure storage account", lambda r: "marrowgatemedia" + rs(r, DIGITS, 2)),
    "b2": nb("b2 key id", lambda r: "005" + rs(r, HEX, 22)),
    "scaleway": nb("scaleway access key", lambda r: "SCW" + rs(r, UPPER_ALNUM, 17)),
}

PW = ("pw",)

# (type, category, spec or ("frame", name) or PW, source, neighbour key or None, style)
VENDORS = [
    # --- puppet theatre, ticketing and stage technology
    ("spektrix_api_signing_key", "venue", ("frame", "b64_32"), "guessed", "spektrix", "theatre_rails_credentials_yml"),
    ("tessitura_rest_api_password", "venue", PW, "owner-chosen", "tessitura", "office_keepassxc_csv_export"),
    ("ticketsource_api_key", "venue", [C("lalnum", 40)], "guessed", None, "theatre_rails_credentials_yml"),
    ("rentman_api_token", "venue", ("frame", "rentman"), "read", None, "crew_ansible_group_vars_yml"),
    ("planyo_api_key", "venue", [C("lalnum", 62)], "read", None, "shop_laravel_dotenv"),
    ("appointedd_api_key", "venue", ("frame", "appointedd"), "read", None, "parties_nextjs_env_local"),
    ("bookwhen_api_token", "venue", [C("lalnum", 32)], "guessed", None, "dev_vscode_rest_client_settings"),
    ("prs_for_music_member_portal_password", "venue", PW, "owner-chosen", "prs", "office_keepassxc_csv_export"),
    ("arts_council_grantium_password", "venue", PW, "owner-chosen", "grantium", "office_keepassxc_csv_export"),
    ("dante_domain_manager_admin_password", "venue", PW, "owner-chosen", "dante", "crew_whatsapp_export_line"),
    ("epson_projector_web_control_password", "venue", PW, "owner-chosen", "epson", "theatre_zendesk_internal_note"),
    ("axis_camera_root_password", "venue", PW, "owner-chosen", "axis", "foyer_home_assistant_secrets_yaml"),
    ("vimeo_showcase_access_token", "venue", [C("hex", 32)], "believed", None, "theatre_rails_credentials_yml"),
    ("mux_video_token_secret", "venue", ("frame", "b64_57"), "guessed", "mux", "parties_nextjs_env_local"),
    # --- toy shops: marketing, wholesale, tills, stock, shipping, marketplaces, payments, accounts
    ("klaviyo_private_api_key", "shop", [L("pk_"), C("alnum", 34)], "read", "klaviyo", "shop_laravel_dotenv"),
    ("omnisend_api_key", "shop", [C("hex", 24), L("-"), C("alnum", 50)], "read", None, "shop_laravel_dotenv"),
    ("faire_brand_api_token", "shop", [C("ualnum", 64)], "guessed", None, "shop_laravel_dotenv"),
    ("ankorstore_api_client_secret", "shop", [C("alnum", 40)], "guessed", "ankorstore", "shop_laravel_dotenv"),
    ("sumup_secret_api_key", "shop", [L("sup_sk_"), C("alnum", 32)], "believed", None, "shop_laravel_dotenv"),
    ("dojo_secret_api_key", "shop", [L("sk_prod_"), C("b64u", 48)], "guessed", None, "ops_aws_ssm_put_parameter_capture"),
    ("epos_now_api_secret", "shop", [C("ualnum", 32)], "guessed", "epos", "tills_appsettings_production_json"),
    ("zebra_savanna_consumer_secret", "shop", [C("alnum", 16)], "guessed", "zebra", "tills_appsettings_production_json"),
    ("printnode_api_key", "shop", [C("b64u", 43)], "guessed", None, "labels_systemd_dropin_environment"),
    ("shipstation_api_secret", "shop", [C("hex", 32)], "guessed", "shipstation", "shop_laravel_dotenv"),
    ("sendcloud_api_secret_key", "shop", [C("hex", 32)], "guessed", "sendcloud", "shop_laravel_dotenv"),
    ("packlink_pro_api_key", "shop", [C("hex", 64)], "guessed", None, "shop_laravel_dotenv"),
    ("amazon_sp_api_lwa_client_secret", "shop", [L("amzn1.oa2-cs.v1."), C("hex", 64)], "believed", "amazon", "ops_aws_ssm_put_parameter_capture"),
    ("ebay_production_cert_id", "shop", [L("PRD-"), C("hex", 12), L("-"), C("hex", 4), L("-"), C("hex", 4), L("-"), C("hex", 4), L("-"), C("hex", 4)], "believed", "ebay", "ops_aws_ssm_put_parameter_capture"),
    ("etsy_api_shared_secret", "shop", [C("lalnum", 10)], "believed", "etsy", "shop_laravel_dotenv"),
    ("cloudinary_api_secret", "shop", [C("b64u", 27)], "believed", "cloudinary", "parties_nextjs_env_local"),
    ("algolia_admin_api_key", "shop", [C("hex", 32)], "read", "algolia", "parties_nextjs_env_local"),
    ("shopify_custom_app_admin_token", "shop", [L("shpat_"), C("hex", 32)], "read", None, "ops_fly_secrets_set_capture"),
    ("shopify_app_client_secret", "shop", [L("shpss_"), C("hex", 32)], "read", None, "ops_fly_secrets_set_capture"),
    ("gumroad_access_token", "shop", [C("dashalnum", 43)], "read", None, "ops_netlify_env_set_capture"),
    ("gocardless_live_access_token", "shop", [L("live_"), C("pd", 40)], "read", None, "members_k8s_secret_stringdata"),
    ("braintree_private_key", "shop", [C("hex", 32)], "believed", "braintree", "shop_laravel_dotenv"),
    ("xero_oauth_client_secret", "shop", [C("b64u", 48)], "guessed", "xero", "members_k8s_secret_stringdata"),
    ("quickbooks_online_client_secret", "shop", [C("alnum", 40)], "guessed", "qbo", "tills_appsettings_production_json"),
    ("gs1_uk_member_portal_password", "shop", PW, "owner-chosen", "gs1", "office_keepassxc_csv_export"),
    ("btha_member_portal_password", "shop", PW, "owner-chosen", "btha", "office_keepassxc_csv_export"),
    ("intertek_client_portal_password", "shop", PW, "owner-chosen", "intertek", "office_keepassxc_csv_export"),
    ("hmrc_charities_online_password", "library", PW, "owner-chosen", "hmrc", "office_keepassxc_csv_export"),
    # --- toy library, kiosk and workshop devices
    ("koha_api_client_secret", "library", [U4], "guessed", "koha", "crew_ansible_group_vars_yml"),
    ("qnap_nas_admin_password", "library", PW, "owner-chosen", "qnap", "crew_whatsapp_export_line"),
    ("tp_link_omada_controller_password", "library", PW, "owner-chosen", "omada", "crew_whatsapp_export_line"),
    ("octoprint_application_key", "library", [C("uhex", 32)], "believed", None, "foyer_home_assistant_secrets_yaml"),
    ("home_assistant_long_lived_access_token", "library", ("frame", "home_assistant"), "believed", None, "dev_vscode_rest_client_settings"),
    ("adafruit_io_key", "library", [L("aio_"), C("alnum", 28)], "read", None, "animatronics_esphome_secrets_yaml"),
    ("particle_access_token", "library", [C("hex", 40)], "read", None, "animatronics_esphome_secrets_yaml"),
    ("blynk_device_auth_token", "library", [C("b64u", 32)], "read", None, "animatronics_esphome_secrets_yaml"),
    # --- messaging, e-mail, chat, push
    ("slack_bot_user_token", "messaging", [L("xoxb-"), C("digits", 12), L("-"), C("digits", 13), L("-"), C("alnum", 24)], "read", None, "members_k8s_secret_stringdata"),
    ("slack_incoming_webhook_url", "messaging", [L("https://hooks.slack.com/services/T"), C("ualnum", 10), L("/B"), C("ualnum", 10), L("/"), C("alnum", 24)], "read", None, "ops_jenkinsfile_environment_block"),
    ("telegram_bot_token", "messaging", [C("digits", 10), L(":AA"), C("b64u", 33)], "read", None, "crew_compose_service_environment"),
    ("discord_bot_token", "messaging", ("frame", "discord_bot"), "believed", None, "crew_compose_service_environment"),
    ("pushover_application_token", "messaging", [L("a"), C("lalnum", 29)], "believed", "pushover", "foyer_home_assistant_secrets_yaml"),
    ("mattermost_personal_access_token", "messaging", [C("lalnum", 26)], "read", None, "crew_ansible_group_vars_yml"),
    ("matrix_synapse_access_token", "messaging", ("frame", "matrix"), "believed", None, "crew_ansible_group_vars_yml"),
    ("mailgun_private_api_key", "messaging", [L("key-"), C("hex", 32)], "read", None, "shop_laravel_dotenv"),
    ("mailchimp_marketing_api_key", "messaging", [C("hex", 32), L("-us"), C("digits", 2)], "read", None, "theatre_rails_credentials_yml"),
    ("brevo_smtp_api_key", "messaging", [L("xkeysib-"), C("hex", 64), L("-"), C("alnum", 16)], "read", None, "theatre_rails_credentials_yml"),
    ("mailersend_api_token", "messaging", [L("mlsn."), C("hex", 64)], "believed", None, "parties_nextjs_env_local"),
    ("resend_api_key", "messaging", [L("re_"), C("alnum", 8), L("_"), C("alnum", 24)], "believed", None, "parties_nextjs_env_local"),
    ("messagebird_access_key", "messaging", [C("alnum", 25)], "read", None, "crew_ansible_group_vars_yml"),
    ("firebase_cloud_messaging_server_key", "messaging", [L("AAAA"), C("b64u", 7), L(":APA91b"), C("b64u", 134)], "believed", None, "theatre_rails_credentials_yml"),
    ("onesignal_rest_api_key", "messaging", ("frame", "onesignal"), "believed", "onesignal", "parties_nextjs_env_local"),
    ("pusher_channels_app_secret", "messaging", [C("hex", 20)], "believed", "pusher", "shop_laravel_dotenv"),
    ("ably_root_api_key", "messaging", [C("alnum", 6), L("."), C("b64u", 6), L(":"), C("b64u", 43)], "believed", None, "ops_fly_secrets_set_capture"),
    ("intercom_access_token", "messaging", ("frame", "intercom"), "believed", None, "parties_nextjs_env_local"),
    ("zulip_bot_api_key", "messaging", [C("alnum", 32)], "believed", "zulip", "crew_ansible_group_vars_yml"),
    ("textlocal_sms_api_key", "messaging", ("frame", "b64_32"), "guessed", None, "members_k8s_secret_stringdata"),
    ("zendesk_api_token", "messaging", [C("alnum", 40)], "read", "zendesk", "dev_bruno_environment_file"),
    # --- AI services
    ("anthropic_api_key", "ai", [L("sk-ant-api03-"), C("b64u", 93), L("AA")], "read", None, "ops_fly_secrets_set_capture"),
    ("openai_project_api_key", "ai", [L("sk-proj-"), C("b64u", 74), L("T3BlbkFJ"), C("b64u", 74)], "read", None, "parties_nextjs_env_local"),
    ("google_gemini_api_key", "ai", [L("AIzaSy"), C("b64u", 33)], "read", None, "parties_nextjs_env_local"),
    ("huggingface_user_access_token", "ai", [L("hf_"), C("letters", 34)], "read", None, "crew_compose_service_environment"),
    ("groq_api_key", "ai", [L("gsk_"), C("alnum", 52)], "read", None, "ops_fly_secrets_set_capture"),
    ("replicate_api_token", "ai", [L("r8_"), C("b64u", 37)], "read", None, "ops_fly_secrets_set_capture"),
    ("perplexity_api_key", "ai", [L("pplx-"), C("alnum", 48)], "read", None, "crew_compose_service_environment"),
    ("stability_ai_api_key", "ai", [L("sk-"), C("alnum", 48)], "believed", None, "parties_nextjs_env_local"),
    ("langfuse_secret_key", "ai", [L("sk-lf-"), U4], "believed", "langfuse", "crew_compose_service_environment"),
    ("langsmith_personal_api_key", "ai", [L("lsv2_pt_"), C("hex", 32), L("_"), C("hex", 10)], "believed", None, "crew_compose_service_environment"),
    ("voiceflow_dialog_api_key", "ai", [L("VF.DM."), C("hex", 24), L("."), C("alnum", 16)], "read", None, "dev_vscode_rest_client_settings"),
    ("picovoice_access_key", "ai", ("frame", "picovoice"), "guessed", None, "labels_systemd_dropin_environment"),
    ("azure_ai_speech_key", "ai", [C("hex", 32)], "believed", "azure_speech", "tills_appsettings_production_json"),
    # --- developer services
    ("github_fine_grained_pat", "dev", [L("github_pat_"), C("alnum", 22), L("_"), C("alnum", 59)], "read", None, "ops_azure_pipelines_variables"),
    ("github_oauth_access_token", "dev", [L("gho_"), C("alnum", 36)], "read", None, "dev_vscode_rest_client_settings"),
    ("gitlab_personal_access_token", "dev", [L("glpat-"), C("b64u", 20)], "read", None, "ops_jenkinsfile_environment_block"),
    ("gitlab_agent_token", "dev", [L("glagent-"), C("b64u", 50)], "read", None, "members_k8s_secret_stringdata"),
    ("npm_granular_access_token", "dev", [L("npm_"), C("lalnum", 36)], "read", None, "ops_azure_pipelines_variables"),
    ("rubygems_api_key", "dev", [L("rubygems_"), C("hex", 48)], "read", None, "ops_jenkinsfile_environment_block"),
    ("bitbucket_app_password", "dev", [L("ATBB"), C("alnum", 32)], "guessed", "bitbucket", "ops_jenkinsfile_environment_block"),
    ("sentry_user_auth_token", "dev", [L("sntryu_"), C("hex", 64)], "read", None, "ops_azure_pipelines_variables"),
    ("snyk_api_token", "dev", [U4], "read", None, "ops_jenkinsfile_environment_block"),
    ("sourcegraph_access_token", "dev", [L("sgp_"), C("hex", 16), L("_"), C("hex", 40)], "read", None, "dev_vscode_rest_client_settings"),
    ("airtable_personal_access_token", "dev", [L("pat"), C("alnum", 14), L("."), C("hex", 64)], "read", None, "dev_bruno_environment_file"),
    ("notion_integration_token", "dev", [L("ntn_"), C("digits", 11), C("alnum", 35)], "read", None, "dev_bruno_environment_file"),
    ("contentful_management_token", "dev", [L("CFPAT-"), C("b64u", 43)], "believed", None, "ops_netlify_env_set_capture"),
    ("planetscale_database_password", "dev", [L("pscale_pw_"), C("wordch", 43)], "read", None, "ops_fly_secrets_set_capture"),
    ("heroku_platform_api_key", "dev", [L("HRKU-AA"), C("b64u", 58)], "read", None, "ops_azure_pipelines_variables"),
    ("digitalocean_personal_access_token", "dev", [L("dop_v1_"), C("hex", 64)], "read", None, "crew_ansible_group_vars_yml"),
    ("pulumi_access_token", "dev", [L("pul-"), C("hex", 40)], "read", None, "ops_azure_pipelines_variables"),
    ("circleci_personal_api_token", "dev", ("frame", "circleci"), "read", None, "ops_jenkinsfile_environment_block"),
    ("vercel_access_token", "dev", [C("alnum", 24)], "believed", None, "ops_aws_ssm_put_parameter_capture"),
    ("launchdarkly_api_access_token", "dev", [L("api-"), U4], "read", None, "tills_appsettings_production_json"),
    ("datadog_application_key", "dev", [C("hex", 40)], "read", "datadog", "crew_ansible_group_vars_yml"),
    ("pagerduty_rest_api_key", "dev", [L("u+"), C("pd", 18)], "read", None, "crew_ansible_group_vars_yml"),
    ("healthchecks_ping_url", "dev", [L("https://hc-ping.com/"), U4], "believed", None, "labels_systemd_dropin_environment"),
    ("uptimerobot_main_api_key", "dev", [L("u"), C("digits", 8), L("-"), C("hex", 24)], "read", None, "crew_ansible_group_vars_yml"),
    ("statuscake_api_key", "dev", [C("alnum", 20)], "read", None, "crew_ansible_group_vars_yml"),
    ("bugsnag_personal_auth_token", "dev", [U4], "read", None, "ops_azure_pipelines_variables"),
    ("cloudflare_api_token", "dev", [C("b64u", 40)], "read", None, "ops_aws_ssm_put_parameter_capture"),
    # --- ops, cloud, network
    ("aws_iam_secret_access_key", "ops", ("frame", "aws_secret"), "believed", "aws", "crew_ansible_group_vars_yml"),
    ("azure_storage_account_key", "ops", ("frame", "azure_storage"), "read", "azure_storage", "tills_appsettings_production_json"),
    ("backblaze_b2_application_key", "ops", [L("K005"), C("b64", 27)], "believed", "b2", "labels_systemd_dropin_environment"),
    ("scaleway_secret_key", "ops", [U4], "read", "scaleway", "crew_ansible_group_vars_yml"),
    ("hetzner_cloud_api_token", "ops", [C("alnum", 64)], "believed", None, "members_k8s_secret_stringdata"),
    ("cloudflare_tunnel_token", "ops", ("frame", "cf_tunnel"), "believed", None, "crew_compose_service_environment"),
    ("splunk_hec_token", "ops", [U4], "believed", None, "labels_systemd_dropin_environment"),
    ("hashicorp_vault_batch_token", "ops", [L("hvb."), C("b64u", 138)], "read", None, "ops_jenkinsfile_environment_block"),
    ("onepassword_service_account_token", "ops", ("frame", "op_sa"), "read", None, "ops_azure_pipelines_variables"),
]

SOURCE_TEXT = {
    "read": "read this session (gitleaks or Kingfisher rule)",
    "believed": "believed from memory",
    "guessed": "guessed",
    "owner-chosen": "owner-chosen",
}

CATEGORY_TEXT = {
    "venue": "Puppet theatre, ticketing, bookings, stage technology and venue devices",
    "shop": "Toy shops: marketing, wholesale, tills, stock, labels, shipping, marketplaces, payments, accounts, trade and safety portals",
    "library": "Toy library, kiosk and workshop devices",
    "messaging": "Messaging, e-mail, chat and push",
    "ai": "AI services",
    "dev": "Developer services",
    "ops": "Ops, cloud and network",
}


def spec_describe(spec):
    if spec == PW:
        return "owner-chosen password"
    if isinstance(spec, tuple) and spec[0] == "frame":
        return FRAMES[spec[1]][2]
    return spec_text(spec)


def vendor_value(spec, rng):
    if spec == PW:
        return W.password(rng)
    if isinstance(spec, tuple) and spec[0] == "frame":
        return FRAMES[spec[1]][0](rng)
    return spec_value(spec, rng)


def vendor_check(spec, v):
    if spec == PW:
        return W.EVERYDAY_PW_RE.match(v) is not None
    if isinstance(spec, tuple) and spec[0] == "frame":
        return FRAMES[spec[1]][1](v)
    return spec_regex(spec).match(v) is not None


# ------------------------------------------------------------------ styles


def words(t):
    return t.replace("_", " ")


def s_laravel(rng, t, key, nkey):
    lines = ["APP_NAME=\"Tumbledown Toys\"", "APP_ENV=production", "APP_URL=https://shop.tumbledown-toys.example", ""]
    if nkey:
        lines.append("%s=%s" % (nkey, N))
    lines.append("%s=%s" % (key, M))
    lines += ["", "QUEUE_CONNECTION=redis"]
    return "\n".join(lines) + "\n"


def s_rails(rng, t, key, nkey):
    grp, _, rest = t.partition("_")
    out = "# bin/rails credentials:edit --environment production (decrypted view)\n%s:\n" % grp
    if nkey:
        out += "  %s: %s\n" % (nkey, N)
    out += "  %s: %s\n" % (key, M)
    out += "active_record_encryption:\n  key_derivation_salt: <%= ENV[\"AR_SALT\"] %>\n"
    return out


def s_ansible(rng, t, key, nkey):
    out = "---\n# group_vars/crew_services/vars.yml (to be moved into vault.yml)\ncrew_domain: marrowgate-puppets.example\n"
    if nkey:
        out += "%s: \"%s\"\n" % (nkey, N)
    out += "%s: \"%s\"\n" % (key, M)
    return out


def s_compose(rng, t, key, nkey):
    out = "services:\n  crewbot:\n    image: ghcr.io/lanternfly/crewbot:1.8\n    restart: unless-stopped\n    environment:\n"
    if nkey:
        out += "      %s: \"%s\"\n" % (nkey, N)
    out += "      %s: \"%s\"\n" % (key, M)
    return out


def s_fly(rng, t, key, nkey):
    app = rng.choice(["tumbledown-shop", "marrowgate-boxoffice", "bramblewick-loans"])
    pre = ""
    if nkey:
        pre = "%s=%s " % (nkey, N)
    return ("$ fly secrets set %s%s=%s --app %s\nUpdating existing machines in '%s' with rolling strategy\n"
            "  Machine %s [app] update finished: success\n") % (pre, key, M, app, app, rs(rng, "0123456789abcdef", 14))


def s_k8s(rng, t, key, nkey):
    out = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: members-integrations\n  namespace: bramblewick\n"
           "type: Opaque\nstringData:\n")
    if nkey:
        out += "  %s: \"%s\"\n" % (nkey, N)
    out += "  %s: \"%s\"\n" % (key, M)
    return out


def s_appsettings(rng, t, key, nkey):
    inner = []
    if nkey:
        inner.append('      "%s": "%s"' % (nkey, N))
    inner.append('      "%s": "%s"' % (key, M))
    return ('{\n  "Logging": { "LogLevel": { "Default": "Warning" } },\n  "Integrations": {\n    "Tills": {\n'
            + ",\n".join(inner) + "\n    }\n  }\n}\n")


def s_systemd(rng, t, key, nkey):
    out = "# /etc/systemd/system/labels-agent.service.d/override.conf\n[Service]\n"
    if nkey:
        out += "Environment=\"%s=%s\"\n" % (nkey, N)
    out += "Environment=\"%s=%s\"\n" % (key, M)
    return out


def s_esphome_secrets(rng, t, key, nkey):
    out = "# secrets.yaml (ESPHome dashboard, animatronics bench)\nstage_wifi_ssid: \"Marrowgate-Stage\"\n"
    if nkey:
        out += "%s: \"%s\"\n" % (nkey, N)
    out += "%s: \"%s\"\n" % (key, M)
    return out


def s_ha_secrets(rng, t, key, nkey):
    out = "# /config/secrets.yaml (Home Assistant, foyer and workshop)\nlatitude_home: 51.2\n"
    if nkey:
        out += "%s: \"%s\"\n" % (nkey, N)
    out += "%s: \"%s\"\n" % (key, M)
    return out


def s_keepass(rng, t, key, nkey):
    title = " ".join(w.capitalize() for w in t.split("_"))
    return ('"Group","Title","Username","Password","URL","Notes"\n"Root/Office","%s","%s","%s","","exported for the move to the new laptop"\n'
            % (title, N if nkey else "api", M))


def s_whatsapp(rng, t, key, nkey):
    tm = "%02d/02/2025, %02d:%02d" % (rng.randint(1, 28), rng.randint(9, 21), rng.randint(0, 59))
    who = rng.choice(["Rohan Mehta", "Oskar Lindqvist", "Ilse Marchetti"])
    if nkey:
        tm2 = tm[:-2] + "%02d" % min(59, int(tm[-2:]) + rng.randint(1, 4))
        return "[%s] %s: %s is %s and the %s is %s\n[%s] Agnieszka Wrona: ok, in\n" % (tm, who, nkey, N, key, M, tm2)
    return "[%s] %s: %s is %s\n" % (tm, who, key, M)


def s_zendesk(rng, t, key, nkey):
    out = "Ticket #%d · Projector web page unreachable\nInternal note — Ilse Marchetti\n" % rng.randint(40000, 49999)
    if nkey:
        out += "The %s is %s; " % (nkey, N)
    out += "%s: %s\n(not for the public reply)\n" % (key, M)
    return out


def s_jenkins(rng, t, key, nkey):
    out = "pipeline {\n  agent { label 'linux' }\n  environment {\n"
    if nkey:
        out += "    %s = '%s'\n" % (nkey, N)
    out += "    %s = '%s'\n  }\n  stages { stage('Build') { steps { sh 'make release' } } }\n}\n" % (key, M)
    return out


def s_nextjs(rng, t, key, nkey):
    out = "# .env.local (parties booking site, do not commit)\nNEXT_PUBLIC_SITE_URL=https://parties.tumbledown-toys.example\n"
    if nkey:
        out += "%s=%s\n" % (nkey, N)
    out += "%s=%s\n" % (key, M)
    return out


def s_ssm(rng, t, key, nkey):
    out = ""
    if nkey:
        out += "$ aws ssm put-parameter --name /tumbledown/prod/%s --type String --value %s\n{\n    \"Version\": 1,\n    \"Tier\": \"Standard\"\n}\n" % (nkey, N)
    out += ("$ aws ssm put-parameter --name /tumbledown/prod/%s --type SecureString --value %s --overwrite\n"
            "{\n    \"Version\": %d,\n    \"Tier\": \"Standard\"\n}\n") % (key, M, rng.randint(2, 9))
    return out


def s_bruno(rng, t, key, nkey):
    out = "vars {\n  baseUrl: https://api.lanternfly.example\n"
    if nkey:
        out += "  %s: %s\n" % (nkey, N)
    out += "  %s: %s\n}\n" % (key, M)
    return out


def s_vscode(rng, t, key, nkey):
    inner = ['            "baseUrl": "https://loans.bramblewick-toylib.example"']
    if nkey:
        inner.append('            "%s": "%s"' % (nkey, N))
    inner.append('            "%s": "%s"' % (key, M))
    return ('{\n    "editor.formatOnSave": true,\n    "rest-client.environmentVariables": {\n        "production": {\n'
            + ",\n".join(inner) + "\n        }\n    }\n}\n")


def s_azure(rng, t, key, nkey):
    out = "trigger:\n  - main\n\nvariables:\n  - name: BUILD_CONFIGURATION\n    value: Release\n"
    if nkey:
        out += "  - name: %s\n    value: '%s'\n" % (nkey, N)
    out += "  - name: %s\n    value: '%s'\n" % (key, M)
    return out


def s_netlify(rng, t, key, nkey):
    pre = ""
    if nkey:
        pre = "$ netlify env:set %s %s\nSet environment variable %s in the all context\n" % (nkey, N, nkey)
    return pre + "$ netlify env:set %s %s\nSet environment variable %s in the all context\n" % (key, M, key)


STYLES = {
    "shop_laravel_dotenv": ("upper", "Laravel `.env` of the web shop", s_laravel),
    "theatre_rails_credentials_yml": ("snake", "decrypted view of Rails credentials (`bin/rails credentials:edit`)", s_rails),
    "crew_ansible_group_vars_yml": ("snake", "Ansible group_vars file still in plain text", s_ansible),
    "crew_compose_service_environment": ("upper", "docker compose service `environment:` map", s_compose),
    "ops_fly_secrets_set_capture": ("upper", "terminal capture of `fly secrets set`", s_fly),
    "members_k8s_secret_stringdata": ("upper", "Kubernetes Secret manifest with `stringData`", s_k8s),
    "tills_appsettings_production_json": ("pascal", ".NET appsettings.Production.json (`Integrations:Tills`)", s_appsettings),
    "labels_systemd_dropin_environment": ("upper", "systemd drop-in override with `Environment=`", s_systemd),
    "animatronics_esphome_secrets_yaml": ("snake", "ESPHome secrets.yaml on the animatronics bench", s_esphome_secrets),
    "foyer_home_assistant_secrets_yaml": ("snake", "Home Assistant secrets.yaml", s_ha_secrets),
    "office_keepassxc_csv_export": ("title", "KeePassXC CSV export row (title in `Title`, neighbour or `api` in `Username`, secret in `Password`)", s_keepass),
    "crew_whatsapp_export_line": ("spaced", "WhatsApp chat export line", s_whatsapp),
    "theatre_zendesk_internal_note": ("spaced", "Zendesk internal note", s_zendesk),
    "ops_jenkinsfile_environment_block": ("upper", "Jenkinsfile `environment {}` block", s_jenkins),
    "parties_nextjs_env_local": ("upper", "Next.js `.env.local`", s_nextjs),
    "ops_aws_ssm_put_parameter_capture": ("kebab", "terminal capture of `aws ssm put-parameter` (kebab parameter names)", s_ssm),
    "dev_bruno_environment_file": ("snake", "Bruno environment file (`environments/production.bru`)", s_bruno),
    "dev_vscode_rest_client_settings": ("camel", "VS Code REST Client `rest-client.environmentVariables`", s_vscode),
    "ops_azure_pipelines_variables": ("upper", "azure-pipelines.yml `variables:` list", s_azure),
    "ops_netlify_env_set_capture": ("upper", "terminal capture of `netlify env:set`", s_netlify),
}

FORBID = {
    "theatre_rails_credentials_yml": ": #",
    "dev_bruno_environment_file": "}",
    "ops_fly_secrets_set_capture": "$&;'\"",
    "ops_aws_ssm_put_parameter_capture": "$&;'\"",
    "ops_netlify_env_set_capture": "$&;'\"",
    "office_keepassxc_csv_export": "\",",
}


def build(reg, side):
    rng = random.Random(SEED)
    recs = []
    for t, cat, spec, src, nbk, style in VENDORS:
        case, _, fn = STYLES[style]
        forbid = FORBID.get(style, "")
        for _ in range(300):
            v = vendor_value(spec, rng)
            if reg.ok(v) and not any(ch in v for ch in forbid):
                break
        reg.add(v)
        key = style_key(words(t), case)
        nkey = nval = None
        if nbk:
            label, gen = NB[nbk]
            nkey = style_key(label, case)
            for _ in range(300):
                nval = gen(rng)
                if len(nval) < 6 or reg.ok(nval):
                    break
            if len(nval) >= 6:
                reg.add(nval)
            side.setdefault("neighbours", {})[t] = nval
        text = fn(rng, t, key, nkey)
        if nkey:
            text = text.replace(N, nval)
        assert text.count(M) == 1
        s = text.index(M)
        text = text.replace(M, v)
        recs.append({"type": t, "container": "%s__%s" % (t, style), "text": text,
                     "secrets": [{"value": v, "start": s, "end": s + len(v), "type": t}], "source": "vendor"})
    return recs
