"""Vendor positives: one record per type, each in a container typical of where
that key lives, with the public half of a pair (if any) next to it, unlabelled."""

import base64
import json
import random
import re

import common257 as c
import world257 as w

SEED_VALUES = 25702
SEED_STYLES = 25712
M = "\ue000"
N = "\ue001"

c.CHARSETS["nz_digits"] = "123456789"
c.CHARSET_RE["nz_digits"] = "[1-9]"
c.CHARSET_WORDS["nz_digits"] = "non-zero digits"
c.CHARSETS["alnum_dash"] = c.ALNUM + "-"
c.CHARSET_RE["alnum_dash"] = "[A-Za-z0-9-]"
c.CHARSET_WORDS["alnum_dash"] = "characters of A-Za-z0-9-"


def L(s):
    return ("L", s)


def C(cs, n):
    return ("C", cs, n)


def X(name):
    return ("X", name)


PW = [X("pw")]

# special frames: generator, regex, validator, words
def _gen_special(name, r):
    if name == "uuid4":
        return c.uuid4(r)
    if name == "dc":
        return str(r.randrange(1, 22))
    if name == "pw":
        return c.draw_password(r, strict=False, cap_p=0.4)
    if name == "jwt_ha":
        iat = 1735000000 + r.randrange(20000000)
        return c.jwt_hs256({"alg": "HS256", "typ": "JWT"},
                           {"iss": c.rstr(r, c.HEX, 32), "iat": iat, "exp": iat + 315360000},
                           c.rbytes(r, 32))
    if name == "jwt_front":
        scopes = ["shared:*", "private:*", "provisioning", "tim:%d" % r.randrange(1000000, 9999999)]
        while True:
            pl = {"scopes": scopes, "iat": 1735000000 + r.randrange(20000000), "iss": "front",
                  "sub": c.rstr(r, c.HEX, 20), "jti": c.rstr(r, c.HEX, 16)}
            seg = c.b64u(json.dumps(pl, separators=(",", ":")).encode())
            if 188 <= len(seg) <= 244:
                break
            scopes = scopes + ["kb:%s" % c.rstr(r, c.LOWER, 6)]
        return c.jwt_hs256({"alg": "HS256", "typ": "JWT"}, pl, c.rbytes(r, 32))
    if name == "discord_bot":
        uid = str(r.randrange(10 ** 17, 10 ** 18 - 1))
        return c.b64u(uid.encode()) + "." + c.rstr(r, c.B64URL, 6) + "." + c.rstr(r, c.B64URL, 27)
    if name == "intercom":
        raw = b"tok:" + c.uuid4(r).encode() + b"_" + c.rstr(r, c.LOWER_ALNUM, 3).encode()
        return c.b64s(raw)
    if name == "cf_tunnel":
        obj = {"a": c.rstr(r, c.HEX, 32), "t": c.uuid4(r), "s": c.b64s(c.rbytes(r, 32))}
        return c.b64s(json.dumps(obj, separators=(",", ":")).encode())
    if name == "op_sa":
        obj = {"signInAddress": "cameline.1password.eu",
               "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000,
                            "salt": c.b64u(c.rbytes(r, 16))},
               "email": c.rstr(r, c.LOWER_ALNUM, 13) + "@1passwordserviceaccounts.eu",
               "srpX": c.rstr(r, c.HEX, 64),
               "muk": {"alg": "A256GCM", "ext": True, "k": c.b64u(c.rbytes(r, 32)),
                       "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
               "secretKey": "A3-" + "-".join(c.rstr(r, c.UPPER_ALNUM, n) for n in (6, 6, 5, 5, 5, 5)),
               "throttleSecret": {"seed": c.rstr(r, c.HEX, 64), "uuid": c.rstr(r, c.UPPER_ALNUM, 26)},
               "deviceUuid": c.rstr(r, c.LOWER_ALNUM, 26)}
        return "ops_" + c.b64s(json.dumps(obj, separators=(",", ":")).encode())
    if name == "azure_key":
        return c.b64s(c.rbytes(r, 64))
    if name == "matrix_syt":
        local = r.choice(["rounds-bot", "kiln-alerts", "survey-sync", "ops-notify"])
        return "syt_" + c.b64u(local.encode()) + "_" + c.rstr(r, c.ALNUM, 20) + "_" + c.rstr(r, c.ALNUM, 6)
    raise KeyError(name)


SPECIAL_RE = {
    "uuid4": r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
    "dc": r"(?:[1-9]|1[0-9]|2[01])",
    "pw": c.PW_LOOSE_RE.pattern[1:-1],
    "jwt_ha": r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}",
    "jwt_front": r"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9\.[A-Za-z0-9_-]{188,244}\.[A-Za-z0-9_-]{43}",
    "discord_bot": r"[M-O][A-Za-z0-9_-]{23}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27}",
    "intercom": r"dG9rO[A-Za-z0-9+/]{54}=",
    "cf_tunnel": r"eyJhIjoi[A-Za-z0-9+/]+={0,2}",
    "op_sa": r"ops_eyJ[A-Za-z0-9+/]{250,}={0,3}",
    "azure_key": r"[A-Za-z0-9+/]{86}==",
    "matrix_syt": r"syt_[A-Za-z0-9_-]+_[A-Za-z0-9]{20}_[A-Za-z0-9]{6}",
}
SPECIAL_WORDS = {
    "uuid4": "UUIDv4",
    "dc": "data-centre number 1-21",
    "pw": "owner-chosen password",
    "jwt_ha": "real HS256 JWT (payload `{iss: 32 hex, iat, exp}`; HMAC under a discarded key)",
    "jwt_front": "real HS256 JWT whose header segment is the 36-character `{alg: HS256, typ: JWT}` and whose payload segment is 188-244 characters (`{scopes, iat, iss: front, sub, jti}`)",
    "discord_bot": "unpadded base64url of an 18-digit bot id + `.` + 6 base64url + `.` + 27 base64url",
    "intercom": "standard Base64 of `tok:` + UUIDv4 + `_` + 3 characters (60 characters, one `=`)",
    "cf_tunnel": "standard Base64 of JSON `{a: 32 hex account tag, t: UUIDv4 tunnel id, s: Base64 of 32 bytes}`",
    "op_sa": "`ops_` + standard Base64 of service-account JSON (`signInAddress`, `userAuth`, `email`, `srpX`, `muk`, `secretKey`, `throttleSecret`, `deviceUuid`)",
    "azure_key": "standard Base64 of 64 random bytes (88 characters, ends `==`)",
    "matrix_syt": "`syt_` + base64url of the bot's localpart + `_` + 20 alphanumerics + `_` + 6 alphanumerics",
}


def special_valid(name, s):
    if name in ("jwt_ha", "jwt_front"):
        if not c.jwt_frame_ok(s):
            return False
        h, p, _ = s.split(".")
        hdr, pl = json.loads(c.b64u_dec(h)), json.loads(c.b64u_dec(p))
        if hdr.get("alg") != "HS256":
            return False
        if name == "jwt_ha":
            return set(pl) == {"iss", "iat", "exp"} and re.fullmatch("[0-9a-f]{32}", pl["iss"]) is not None
        return pl.get("iss") == "front" and "scopes" in pl
    if name == "discord_bot":
        first = s.split(".")[0]
        return re.fullmatch(r"[0-9]{18}", c.b64u_dec(first).decode("ascii", "replace")) is not None
    if name == "intercom":
        raw = base64.b64decode(s)
        return raw.startswith(b"tok:") and c.uuid_is_v4(raw[4:40].decode()) and len(raw) == 44
    if name == "cf_tunnel":
        obj = json.loads(base64.b64decode(s))
        return set(obj) == {"a", "t", "s"} and c.uuid_is_v4(obj["t"]) and len(base64.b64decode(obj["s"])) == 32
    if name == "op_sa":
        obj = json.loads(base64.b64decode(s[4:]))
        return {"signInAddress", "userAuth", "email", "srpX", "muk", "secretKey", "deviceUuid"} <= set(obj)
    if name == "azure_key":
        return len(base64.b64decode(s)) == 64
    if name == "matrix_syt":
        mid = s[4:].rsplit("_", 2)[0]
        return re.fullmatch(r"[a-z-]+", c.b64u_dec(mid).decode("ascii", "replace")) is not None
    return True


def spec_gen(spec, r):
    out = []
    for part in spec:
        if part[0] == "L":
            out.append(part[1])
        elif part[0] == "C":
            out.append(c.rstr(r, c.CHARSETS[part[1]], part[2]))
        else:
            out.append(_gen_special(part[1], r))
    return "".join(out)


def spec_regex(spec):
    out = []
    for part in spec:
        if part[0] == "L":
            out.append(re.escape(part[1]))
        elif part[0] == "C":
            out.append("%s{%d}" % (c.CHARSET_RE[part[1]], part[2]))
        else:
            out.append("(?:%s)" % SPECIAL_RE[part[1]])
    return re.compile("^" + "".join(out) + "$")


def spec_words(spec):
    out = []
    for part in spec:
        if part[0] == "L":
            out.append("`%s`" % part[1])
        elif part[0] == "C":
            if part[2] == 1 and part[1] == "nz_digits":
                out.append("a non-zero digit")
            else:
                out.append("%d %s" % (part[2], c.CHARSET_WORDS[part[1]]))
        else:
            out.append(SPECIAL_WORDS[part[1]])
    return " + ".join(out)


def spec_valid(spec, s):
    if not spec_regex(spec).match(s):
        return False
    for part in spec:
        if part[0] == "X" and part[1] not in ("uuid4", "dc", "pw"):
            # the special is the whole value or a suffix/prefix with literals around
            lits = "".join(p[1] for p in spec if p[0] == "L")
            core = s
            if spec[0][0] == "L":
                core = core[len(spec[0][1]):]
            if not special_valid(part[1], core):
                return False
    return True


# neighbours (public half of a pair)
def nb(kind, r):
    if kind == "email":
        return w.email(r)
    if kind == "acct6":
        return c.rstr(r, c.DIGITS, 6)
    if kind == "acct8":
        return c.rstr(r, c.DIGITS, 8)
    if kind == "serial":
        return "ICS-%s-%s" % (c.rstr(r, c.DIGITS, 4), c.rstr(r, c.UPPER, 2))
    if kind == "dealer":
        return "D%s" % c.rstr(r, c.DIGITS, 5)
    if kind == "icon":
        return "ICON-%s" % c.rstr(r, c.DIGITS, 5)
    if kind == "chas":
        return "CHAS%s" % c.rstr(r, c.DIGITS, 6)
    if kind == "cl":
        return c.rstr(r, c.DIGITS, 6)
    if kind == "host":
        return w.ip(r)
    if kind == "keyid20":
        return c.rstr(r, c.ALNUM, 20)
    if kind == "clientid32":
        return c.rstr(r, c.ALNUM, 32)
    if kind == "access24":
        return c.rstr(r, c.ALNUM, 24)
    if kind == "xero_client":
        return c.rstr(r, c.UHEX, 32)
    if kind == "qbo_client":
        return "AB" + c.rstr(r, c.ALNUM, 48)
    if kind == "appname":
        return r.choice(["harrowgate-rounds-sync", "hv-tuning-calendar", "rounds-visit-feed"])
    if kind == "pco_app":
        return c.rstr(r, c.HEX, 64)
    if kind == "company":
        return c.rstr(r, c.DIGITS, 5)
    if kind == "shopify_key":
        return c.rstr(r, c.HEX, 32)
    if kind == "store":
        return c.rstr(r, c.DIGITS, 8)
    if kind == "bt_public":
        return c.rstr(r, c.LOWER_ALNUM, 16)
    if kind == "flickr_key":
        return c.rstr(r, c.HEX, 32)
    if kind == "cloudinary_key":
        return c.rstr(r, c.DIGITS, 15)
    if kind == "twilio_sid":
        return "AC" + c.rstr(r, c.HEX, 32)
    if kind == "pushover_user":
        return "u" + c.rstr(r, c.LOWER_ALNUM, 29)
    if kind == "zulip_bot":
        return "rounds-bot@%s" % w.FIRMS["organ"]["domain"]
    if kind == "helpscout_app":
        return c.rstr(r, c.ALNUM, 32)
    if kind == "confluent_key":
        return c.rstr(r, c.UPPER_ALNUM, 16)
    if kind == "akia":
        return "AKIA" + c.rstr(r, c.UPPER_ALNUM, 16)
    if kind == "azure_account":
        return "sashwrightarchive%s" % c.rstr(r, c.DIGITS, 2)
    if kind == "sumo_id":
        return "su" + c.rstr(r, c.ALNUM, 12)
    if kind == "pve_token":
        return "cameline@pve!%s" % r.choice(["ci", "backup", "terraform"])
    if kind == "licensee":
        return w.email(r, "glass")
    raise KeyError(kind)


# type, group, spec, source, neighbour (words, kind) or None, families
S, CI, DEV, IOT, OWN, CHAT = "server", "ci", "dev", "iot", "owner", "chat"
T = []


def add(name, group, spec, src, neighbour=None, fam=(S,)):
    T.append({"type": name, "group": group, "spec": spec, "src": src, "nb": neighbour, "fam": fam})


G1 = "trade"
add("glass_eye_2000_licence_key", G1, [C("upper_alnum", 5), L("-"), C("upper_alnum", 5), L("-"), C("upper_alnum", 5), L("-"), C("upper_alnum", 5), L("-"), C("upper_alnum", 5)], "guessed", (["licensee", "email"], "licensee"), (OWN, CHAT))
add("skutt_kilnlink_api_token", G1, [C("alnum", 40)], "guessed", None, (IOT, S))
add("nabertherm_mynabertherm_account_password", G1, PW, "owner", (["mynabertherm", "login", "email"], "email"), (OWN,))
add("bullseye_glass_trade_account_password", G1, PW, "owner", (["bullseye", "trade", "account", "number"], "acct6"), (OWN,))
add("peterson_ics_console_service_password", G1, PW, "owner", (["console", "serial"], "serial"), (OWN,))
add("syndyne_dealer_portal_password", G1, PW, "owner", (["syndyne", "dealer", "id"], "dealer"), (OWN,))
add("online_faculty_system_password", G1, PW, "owner", (["ofs", "username"], "email"), (OWN,))
add("icon_conservation_register_password", G1, PW, "owner", (["icon", "member", "number"], "icon"), (OWN,))
add("chas_accreditation_portal_password", G1, PW, "owner", (["chas", "membership", "number"], "chas"), (OWN,))
add("constructionline_supplier_portal_password", G1, PW, "owner", (["constructionline", "supplier", "number"], "cl"), (OWN,))
add("heritage_fund_applicant_portal_password", G1, PW, "owner", (["applicant", "email"], "email"), (OWN,))
add("ibo_members_area_password", G1, PW, "owner", (["ibo", "member", "email"], "email"), (OWN,))
add("ironmongery_direct_trade_account_password", G1, PW, "owner", (["ironmongery", "direct", "account", "number"], "acct8"), (OWN,))
add("bendheim_restoration_glass_portal_password", G1, PW, "owner", (["bendheim", "customer", "number"], "acct6"), (OWN,))
add("mikrotik_router_admin_password", G1, PW, "owner", (["router", "address"], "host"), (OWN,))
add("hanwell_environmental_cloud_api_key", G1, [C("hex", 32)], "guessed", None, (IOT, S))
add("tinytag_cloud_api_token", G1, [C("alnum", 40)], "guessed", None, (IOT,))
add("conserv_cloud_api_key", G1, [C("b64url", 48)], "guessed", None, (IOT, S))
add("monnit_imonnit_api_secret_key", G1, [C("alnum", 48)], "guessed", (["imonnit", "api", "key", "id"], "keyid20"), (IOT, S))
add("things_stack_lorawan_api_key", G1, [L("NNSXS."), C("b32", 39), L("."), C("b32", 52)], "believed", None, (IOT,))
add("ubidots_account_token", G1, [L("BBFF-"), C("alnum", 30)], "read:Kingfisher ubidots", None, (IOT,))
add("home_assistant_long_lived_access_token", G1, [X("jwt_ha")], "believed", None, (IOT,))
add("fulcrum_survey_api_token", G1, [C("lower_alnum", 80)], "read:Kingfisher fulcrum", None, (DEV, S))
add("arcgis_location_platform_api_key", G1, [L("AAPK"), C("b64url", 96)], "believed:prefix; length guessed", None, (DEV, S))
add("autodesk_platform_services_client_secret", G1, [C("alnum", 16)], "believed", (["aps", "client", "id"], "clientid32"), (S, DEV))
add("onshape_api_secret_key", G1, [C("alnum", 48)], "believed", (["onshape", "access", "key"], "access24"), (S, DEV))
add("tradify_api_key", G1, [C("hex", 64)], "guessed", None, (S,))
add("bigchange_api_key", G1, [X("uuid4")], "guessed", (["bigchange", "company", "id"], "company"), (S,))
add("xero_app_client_secret", G1, [C("b64url", 48)], "believed", (["xero", "client", "id"], "xero_client"), (S,))
add("quickbooks_online_client_secret", G1, [C("alnum", 40)], "believed", (["quickbooks", "client", "id"], "qbo_client"), (S,))
add("churchsuite_api_key", G1, [C("hex", 40)], "guessed", (["churchsuite", "application"], "appname"), (S,))
add("planning_center_pat_secret", G1, [C("hex", 64)], "believed", (["planning", "center", "application", "id"], "pco_app"), (S,))
add("donorbox_api_key", G1, [C("alnum", 24)], "guessed", (["donorbox", "login", "email"], "email"), (S,))
add("gocardless_live_access_token", G1, [L("live_"), C("b64url", 40)], "read:gitleaks gocardless-api-token", None, (S,))
add("sumup_secret_api_key", G1, [L("sup_sk_"), C("alnum", 32)], "believed", None, (S,))
add("mollie_live_api_key", G1, [L("live_"), C("alnum", 30)], "believed", None, (S,))

G2 = "commerce"
add("shopify_admin_api_access_token", G2, [L("shpat_"), C("hex", 32)], "read:gitleaks shopify-access-token", None, (S,))
add("shopify_app_api_secret_key", G2, [L("shpss_"), C("hex", 32)], "read:gitleaks shopify-shared-secret", (["shopify", "api", "key"], "shopify_key"), (S,))
add("stripe_secret_live_key", G2, [L("sk_live_"), C("alnum", 99)], "read:gitleaks stripe-access-token (length range; 99 mine)", None, (S,))
add("klaviyo_private_api_key", G2, [L("pk_"), C("hex", 34)], "read:Kingfisher klaviyo (34 alphanumerics; hex mine)", None, (S, CHAT))
add("ecwid_secret_token", G2, [L("secret_"), C("alnum", 32)], "believed", (["ecwid", "store", "id"], "store"), (S,))
add("braintree_private_key", G2, [C("hex", 32)], "believed", (["braintree", "public", "key"], "bt_public"), (S,))
add("gumroad_access_token", G2, [C("alnum_dash", 43)], "read:Kingfisher gumroad", None, (S, CHAT))
add("freshbooks_access_token", G2, [C("hex", 64)], "read:gitleaks freshbooks-access-token (64 of a-z0-9; hex mine)", None, (S,))
add("webflow_site_api_token", G2, [C("hex", 64)], "read:Kingfisher webflow (64 alphanumerics; hex mine)", None, (S, DEV))
add("wistia_api_token", G2, [C("hex", 64)], "read:Kingfisher wistia (64 of a-z0-9; hex mine)", None, (S, CHAT))
add("vimeo_personal_access_token", G2, [C("hex", 32)], "believed", None, (S, DEV))
add("flickr_api_secret", G2, [C("hex", 16)], "believed", (["flickr", "api", "key"], "flickr_key"), (S, DEV))
add("cloudinary_api_secret", G2, [C("b64url", 27)], "believed", (["cloudinary", "api", "key"], "cloudinary_key"), (S, DEV))
add("imagekit_private_api_key", G2, [L("private_"), C("alnum", 27), L("=")], "read:Kingfisher imagekit (36 of A-Za-z0-9_=; the private_ head believed)", None, (S,))

G3 = "messaging"
add("mailgun_private_api_key", G3, [L("key-"), C("hex", 32)], "read:gitleaks mailgun-private-api-token", None, (S,))
add("mailchimp_marketing_api_key", G3, [C("hex", 32), L("-us"), X("dc")], "read:gitleaks mailchimp-api-key", None, (S, CHAT))
add("postmark_server_api_token", G3, [X("uuid4")], "read:Kingfisher postmark", None, (S,))
add("brevo_api_v3_key", G3, [L("xkeysib-"), C("hex", 64), L("-"), C("lower_alnum", 16)], "read:gitleaks sendinblue-api-token", None, (S,))
add("resend_api_key", G3, [L("re_"), C("alnum", 8), L("_"), C("alnum", 24)], "believed", None, (S, DEV))
add("twilio_account_auth_token", G3, [C("hex", 32)], "read:Kingfisher twilio (32 of a-z0-9; hex mine)", (["twilio", "account", "sid"], "twilio_sid"), (S,))
add("telegram_bot_api_token", G3, [C("nz_digits", 1), C("digits", 9), L(":A"), C("b64url", 34)], "read:gitleaks telegram-bot-api-token", None, (S, IOT, CHAT))
add("slack_bot_user_oauth_token", G3, [L("xoxb-"), C("nz_digits", 1), C("digits", 12), L("-"), C("nz_digits", 1), C("digits", 12), L("-"), C("alnum", 24)], "read:gitleaks slack-bot-token", None, (S, CI))
add("slack_incoming_webhook_url", G3, [L("https://hooks.slack.com/services/T"), C("upper_alnum", 10), L("/B"), C("upper_alnum", 10), L("/"), C("alnum", 24)], "read:gitleaks slack-webhook-url, Kingfisher slack (labelled whole)", None, (S, CI, CHAT))
add("discord_bot_token", G3, [X("discord_bot")], "read:Kingfisher discord (shape); id segment believed", None, (S, IOT))
add("mattermost_personal_access_token", G3, [C("lower_alnum", 26)], "read:gitleaks mattermost-access-token", None, (S, CI))
add("matrix_synapse_access_token", G3, [X("matrix_syt")], "believed", None, (S, IOT))
add("pushover_application_api_token", G3, [L("a"), C("lower_alnum", 29)], "believed", (["pushover", "user", "key"], "pushover_user"), (IOT, S))
add("zulip_bot_api_key", G3, [C("alnum", 32)], "believed", (["zulip", "bot", "email"], "zulip_bot"), (S,))
add("intercom_access_token", G3, [X("intercom")], "read:Kingfisher intercom (59 Base64 + =); the tok: content believed", None, (S,))
add("helpscout_app_secret", G3, [C("lower_alnum", 40)], "read:Kingfisher helpscout", (["helpscout", "app", "id"], "helpscout_app"), (S,))
add("front_api_token", G3, [X("jwt_front")], "read:Kingfisher front (frame); claims believed", None, (S, DEV))
add("zendesk_api_token", G3, [C("alnum", 40)], "read:gitleaks zendesk-secret-key", (["zendesk", "agent", "email"], "email"), (S,))

G4 = "ai"
add("anthropic_workspace_api_key", G4, [L("sk-ant-api03-"), C("b64url", 93), L("AA")], "read:gitleaks anthropic-api-key", None, (S, DEV, CHAT))
add("openai_project_api_key", G4, [L("sk-proj-"), C("b64url", 74), L("T3BlbkFJ"), C("b64url", 74)], "read:gitleaks openai-api-key", None, (S, DEV, CHAT))
add("groq_api_key", G4, [L("gsk_"), C("alnum", 52)], "read:Kingfisher groq", None, (S, DEV))
add("huggingface_user_access_token", G4, [L("hf_"), C("letters", 34)], "read:gitleaks huggingface-access-token", None, (DEV, CI))
add("replicate_api_token", G4, [L("r8_"), C("alnum", 37)], "read:Kingfisher replicate", None, (S, DEV))
add("perplexity_api_key", G4, [L("pplx-"), C("alnum", 48)], "read:gitleaks perplexity-api-key", None, (S, CHAT))
add("google_gemini_api_key", G4, [L("AIzaSy"), C("b64url", 33)], "read:gitleaks gcp-api-key (AIza + 35; the Sy believed)", None, (S, DEV))
add("langsmith_personal_access_token", G4, [L("lsv2_pt_"), C("hex", 32), L("_"), C("hex", 10)], "believed", None, (DEV, S))
add("firecrawl_api_key", G4, [L("fc-"), C("hex", 32)], "believed", None, (S, DEV))
add("apify_api_token", G4, [L("apify_api_"), C("alnum", 36)], "read:Kingfisher apify (36 alphanumerics); the apify_api_ head believed", None, (S, DEV))
add("stability_ai_api_key", G4, [L("sk-"), C("alnum", 48)], "believed", None, (S, CHAT))

G5 = "developer"
add("github_fine_grained_personal_access_token", G5, [L("github_pat_"), C("alnum", 22), L("_"), C("alnum", 59)], "read:gitleaks github-fine-grained-pat", None, (CI, DEV))
add("github_oauth_access_token", G5, [L("gho_"), C("alnum", 36)], "read:gitleaks github-oauth", None, (DEV, CI))
add("gitlab_personal_access_token", G5, [L("glpat-"), C("b64url", 20)], "read:gitleaks gitlab-pat", None, (CI, DEV))
add("gitlab_deploy_token", G5, [L("gldt-"), C("b64url", 20)], "read:gitleaks gitlab-deploy-token", None, (CI, S))
add("gitlab_kubernetes_agent_token", G5, [L("glagent-"), C("b64url", 50)], "read:gitleaks gitlab-kubernetes-agent-token", None, (S, CI))
add("npm_automation_access_token", G5, [L("npm_"), C("alnum", 36)], "read:gitleaks npm-access-token", None, (CI,))
add("nuget_org_api_key", G5, [L("oy2"), C("lower_alnum", 43)], "read:Kingfisher nuget", None, (CI,))
add("rubygems_push_api_key", G5, [L("rubygems_"), C("hex", 48)], "read:gitleaks rubygems-api-token", None, (CI,))
add("heroku_platform_api_key", G5, [L("HRKU-AA"), C("b64url", 58)], "read:gitleaks heroku-api-key-v2", None, (CI, DEV))
add("flyio_org_access_token", G5, [L("fo1_"), C("b64url", 43)], "read:gitleaks flyio-access-token", None, (CI,))
add("vercel_access_token", G5, [C("alnum", 24)], "read:Kingfisher vercel", None, (CI, DEV))
add("pulumi_access_token", G5, [L("pul-"), C("hex", 40)], "read:gitleaks pulumi-api-token", None, (CI,))
add("sentry_user_auth_token", G5, [L("sntryu_"), C("hex", 64)], "read:gitleaks sentry-user-token", None, (CI, DEV))
add("snyk_api_token", G5, [X("uuid4")], "read:gitleaks snyk-api-token", None, (CI,))
add("airtable_personal_access_token", G5, [L("pat"), C("alnum", 14), L("."), C("hex", 64)], "read:gitleaks airtable-personnal-access-token", None, (DEV, S))
add("notion_internal_integration_token", G5, [L("ntn_"), C("digits", 11), C("alnum", 35)], "read:gitleaks notion-api-token", None, (DEV, S))
add("todoist_api_token", G5, [C("hex", 40)], "read:Kingfisher todoist (40 of a-z0-9; hex mine)", None, (DEV, CHAT))
add("smartsheet_api_access_token", G5, [C("alnum", 37)], "read:Kingfisher smartsheets", None, (DEV, S))
add("coda_api_token", G5, [X("uuid4")], "read:Kingfisher coda", None, (DEV,))
add("buildkite_user_access_token", G5, [L("bkua_"), C("lower_alnum", 40)], "read:Kingfisher buildkite", None, (CI,))
add("bitbucket_app_password", G5, [L("ATBB"), C("alnum", 32)], "believed", None, (CI, DEV))
add("launchdarkly_api_access_token", G5, [L("api-"), X("uuid4")], "read:gitleaks launchdarkly-access-token (40 characters); the api- + UUID layout believed", None, (S, CI))
add("confluent_cloud_api_secret", G5, [C("alnum", 64)], "read:gitleaks confluent-secret-key", (["confluent", "api", "key"], "confluent_key"), (S,))
add("dynatrace_api_token", G5, [L("dt0c01."), C("upper_alnum", 24), L("."), C("upper_alnum", 64)], "read:gitleaks dynatrace-api-token", None, (S, CI))

G6 = "ops"
add("aws_iam_secret_access_key", G6, [C("b64std", 40)], "believed", (["aws", "access", "key", "id"], "akia"), (S, CI))
add("azure_storage_account_key", G6, [X("azure_key")], "believed (Kingfisher azurestorage rule names it; length from memory)", (["azure", "storage", "account"], "azure_account"), (S,))
add("digitalocean_personal_access_token", G6, [L("dop_v1_"), C("hex", 64)], "read:gitleaks digitalocean-pat", None, (CI, S))
add("hetzner_cloud_api_token", G6, [C("alnum", 64)], "believed", None, (CI, S))
add("cloudflare_scoped_api_token", G6, [C("b64url", 40)], "read:gitleaks cloudflare-api-key", None, (CI, S))
add("cloudflare_tunnel_token", G6, [X("cf_tunnel")], "believed", None, (S, IOT))
add("tailscale_api_access_token", G6, [L("tskey-api-"), C("alnum", 12), L("CNTRL-"), C("alnum", 32)], "read:Kingfisher tailscale (tskey-<kind>-); segment lengths believed", None, (CI, S))
add("zerotier_central_api_token", G6, [C("alnum", 32)], "read:Kingfisher zerotier", None, (S, IOT))
add("datadog_api_key", G6, [C("hex", 32)], "read:Kingfisher datadog", None, (S,))
add("new_relic_insert_key", G6, [L("NRII-"), C("lower_alnum", 32)], "read:gitleaks new-relic-insert-key", None, (S,))
add("sumo_logic_access_key", G6, [C("alnum", 64)], "read:gitleaks sumologic-access-token", (["sumo", "access", "id"], "sumo_id"), (S,))
add("pagerduty_rest_api_key", G6, [L("u+"), C("b64url", 18)], "read:Kingfisher pagerduty", None, (S,))
add("uptimerobot_main_api_key", G6, [L("u"), C("digits", 8), L("-"), C("hex", 24)], "read:Kingfisher uptimerobot (9 + 24 alphanumerics); the u + digits head believed", None, (S, CHAT))
add("onepassword_service_account_token", G6, [X("op_sa")], "read:gitleaks 1password-service-account-token (frame); JSON keys believed", None, (CI, S))
add("infisical_service_token", G6, [L("st."), X("uuid4"), L("."), C("hex", 32), L("."), C("hex", 32)], "believed", None, (CI, S))
add("proxmox_api_token_secret", G6, [X("uuid4")], "believed", (["proxmox", "token", "id"], "pve_token"), (S, CI))
add("truenas_api_key", G6, [C("nz_digits", 1), L("-"), C("alnum", 64)], "read:Kingfisher truenas", None, (S, IOT))

TYPE_INDEX = dict((t["type"], t) for t in T)

# ---------------------------------------------------------------- styles
def _j(o):
    return json.dumps(o, indent=2, ensure_ascii=False)


def s_fly(r, rows):
    app = r.choice(["lanternlight-shop", "hv-rounds", "sashwright-quotes"])
    args = " ".join("%s=%s" % (k, v) for k, v in rows)
    return ("$ fly secrets set -a %s %s\nSecrets are staged for the first deployment\n$ fly deploy -a %s\n"
            % (app, args, app))


def s_vercel(r, rows):
    lines = "".join('%s="%s"\n' % (k, v) for k, v in rows)
    return ("# Created by Vercel CLI\nVERCEL_ENV=\"production\"\n%sVERCEL_GIT_COMMIT_REF=\"main\"\n" % lines)


def s_render(r, rows):
    ev = "".join("      - key: %s\n        value: \"%s\"\n" % (k, v) for k, v in rows)
    return ("services:\n  - type: web\n    name: %s\n    runtime: ruby\n    envVars:\n%s      - key: RAILS_ENV\n"
            "        value: production\n" % (r.choice(["rounds", "quotes", "shop"]), ev))


def s_k8s(r, rows):
    sd = "".join("  %s: \"%s\"\n" % (k, v) for k, v in rows)
    return ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: integrations\n  namespace: %s\ntype: Opaque\nstringData:\n%s"
            % (r.choice(["studio", "rounds", "quotes"]), sd))


def s_ssm(r, rows):
    out = []
    for k, v in rows:
        typ = "SecureString" if v == M else "String"
        out.append("$ aws ssm put-parameter --name /cameline/prod/%s --type %s --value '%s' --overwrite\n"
                   "{\n    \"Version\": %d,\n    \"Tier\": \"Standard\"\n}\n" % (k, typ, v, r.randrange(1, 6)))
    return "".join(out)


def s_cloudrun(r, rows):
    kv = ",".join("%s=%s" % (k, v) for k, v in rows)
    return ("$ gcloud run services update quotes --region europe-west2 --update-env-vars %s\n"
            "Deploying...\n  Creating Revision...done\nDone.\nService [quotes] revision [quotes-00%d-%s] has been deployed.\n"
            % (kv, r.randrange(10, 99), c.rstr(r, c.LOWER, 3)))


def s_azweb(r, rows):
    kv = " ".join('%s="%s"' % (k, v) for k, v in rows)
    return ("PS> az webapp config appsettings set -g rg-sashwright -n sashwright-quotes --settings %s --output none\nPS> \n" % kv)


def s_circleci(r, rows):
    env = "".join("      %s: \"%s\"\n" % (k, v) for k, v in rows)
    return ("version: 2.1\njobs:\n  deploy:\n    docker:\n      - image: cimg/ruby:3.3\n    environment:\n%s"
            "    steps:\n      - checkout\n      - run: bin/deploy\n" % env)


def s_woodpecker(r, rows):
    env = "".join("      %s: \"%s\"\n" % (k, v) for k, v in rows)
    return ("# .woodpecker/deploy.yaml\nsteps:\n  deploy:\n    image: alpine:3.20\n    environment:\n%s"
            "    commands:\n      - ./scripts/deploy.sh\n" % env)


def s_postman(r, rows):
    obj = {"id": c.uuid4(r), "name": "Cameline production",
           "values": [{"key": k, "value": v, "type": "secret" if v == M else "default", "enabled": True} for k, v in rows],
           "_postman_variable_scope": "environment", "_postman_exported_using": "Postman/11.%d.0" % r.randrange(30)}
    return _j(obj)


def s_jetbrains(r, rows):
    return "// http-client.private.env.json\n" + _j({"production": dict(rows)})


def s_rails_cred(r, rows):
    body = "".join("  %s: \"%s\"\n" % (k, v) for k, v in rows)
    return ("$ EDITOR=cat bin/rails credentials:show --environment production\nsecret_key_base_rotation_note: see wiki\n"
            "integrations:\n%s" % body)


def s_spring_local(r, rows):
    body = "".join("      %s: \"%s\"\n" % (k, v) for k, v in rows)
    return ("# application-local.yml (not in git, honest)\ncameline:\n  integrations:\n    enabled: true\n    keys:\n%s" % body)


def s_esphome_secrets(r, rows):
    return "# secrets.yaml (ESPHome dashboard)\nwifi_ssid: \"organworks-iot\"\n" + "".join("%s: \"%s\"\n" % (k, v) for k, v in rows)


def s_mpy_secrets(r, rows):
    return "# secrets.py on the blower monitor (MicroPython)\nSSID = \"organworks-iot\"\n" + "".join("%s = \"%s\"\n" % (k, v) for k, v in rows)


def s_nodered_cred(r, rows):
    return "// flows_cred.json (decrypted with node-red-admin)\n" + _j({c.rstr(r, c.HEX, 16): dict(rows)})


def _title_from(key):
    return key


def s_keepassxc(r, rows, title, user, val):
    hdr = '"Group","Title","Username","Password","URL","Notes","TOTP","Icon","Last Modified","Created"\n'
    return hdr + '"Root/Trade","%s","%s","%s","","","","0","%sT09:12:44Z","%sT09:12:44Z"\n' % (
        title, user, val, w.date(r), w.date(r))


def s_lastpass(r, rows, title, user, val):
    return "url,username,password,totp,extra,name,grouping,fav\nhttp://sn,%s,%s,,,%s,Trade,0\n" % (user, val, title)


def s_whatsapp(r, rows):
    d = w.date(r)
    dd = "%s/%s/%s" % (d[8:], d[5:7], d[:4])
    ts = w.clocks(r, len(rows) + 2)
    who = w.first(r)
    lines = "".join("[%s, %s] %s: %s %s\n" % (dd, ts[i + 1], who, k, v) for i, (k, v) in enumerate(rows))
    return "[%s, %s] %s: who has the login for this?\n%s[%s, %s] %s: ta, deleting this later\n" % (
        dd, ts[0], w.first(r), lines, dd, ts[-1], w.first(r))


def s_gmail(r, rows):
    body = "".join("%s: %s\n" % (k, v) for k, v in rows)
    name, addr = w.person_email(r)
    return ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: details you asked for\n"
            "To: %s\n\nHere you go:\n\n%s\nThanks, %s\n" % (name, addr, w.date(r), w.email(r), body, name.split()[0]))


def s_handover(r, rows):
    body = "".join("| %s | %s |\n" % (k, v) for k, v in rows)
    return ("[OCR: printed hand-over sheet, page %d]\n| Item | Detail |\n|------|--------|\n%s" % (r.randrange(1, 4), body))


STYLES = [
    ("ops_fly_secrets_set_capture", "upper", S, "terminal capture of `fly secrets set`", s_fly, "'\"$`!\\ "),
    ("ops_vercel_env_pull_file", "upper", S, "`.env.production.local` written by `vercel env pull`", s_vercel, "\"\\$"),
    ("ops_render_blueprint_envvars", "upper", S, "Render `render.yaml` blueprint envVars", s_render, "\"\\"),
    ("ops_k8s_secret_stringdata_manifest", "upper", S, "Kubernetes Secret manifest with stringData", s_k8s, "\"\\"),
    ("ops_aws_ssm_put_parameter_capture", "kebab", S, "terminal capture of `aws ssm put-parameter`", s_ssm, "'"),
    ("ops_cloud_run_update_env_capture", "upper", S, "terminal capture of `gcloud run services update --update-env-vars`", s_cloudrun, ",'\"$ !\\`"),
    ("ops_az_webapp_appsettings_capture", "upper", S, "PowerShell capture of `az webapp config appsettings set --output none`", s_azweb, "\"\\$`"),
    ("ci_circleci_config_job_environment", "upper", CI, "CircleCI `.circleci/config.yml` job environment", s_circleci, "\"\\"),
    ("ci_woodpecker_pipeline_environment", "upper", CI, "Woodpecker CI pipeline step environment", s_woodpecker, "\"\\$"),
    ("dev_postman_environment_export", "camel", DEV, "Postman environment export (JSON)", s_postman, "\"\\"),
    ("dev_jetbrains_http_private_env_json", "camel", DEV, "JetBrains HTTP Client `http-client.private.env.json`", s_jetbrains, "\"\\"),
    ("dev_rails_credentials_show_capture", "snake", S, "terminal capture of `bin/rails credentials:show`", s_rails_cred, "\"\\"),
    ("dev_spring_application_local_yml", "kebab", S, "Spring `application-local.yml` kept out of git", s_spring_local, "\"\\$#"),
    ("iot_esphome_dashboard_secrets_yaml", "snake", IOT, "ESPHome dashboard `secrets.yaml`", s_esphome_secrets, "\"\\"),
    ("iot_micropython_secrets_module", "upper", IOT, "MicroPython `secrets.py` on a device", s_mpy_secrets, "\"\\"),
    ("iot_node_red_flows_cred_decrypted", "camel", IOT, "Node-RED `flows_cred.json` after decryption", s_nodered_cred, "\"\\"),
    ("office_keepassxc_csv_export", "title", OWN, "KeePassXC CSV export row", s_keepassxc, "\""),
    ("office_lastpass_csv_export", "title", OWN, "LastPass CSV export row", s_lastpass, ",\""),
    ("office_whatsapp_group_export", "spaced", OWN, "WhatsApp group chat export", s_whatsapp, ""),
    ("office_gmail_forwarded_message", "spaced", OWN, "forwarded Gmail message (plain text)", s_gmail, ""),
    ("office_handover_sheet_ocr", "title", OWN, "OCR of a printed hand-over sheet (table)", s_handover, "|"),
]
STYLE_NAMES = [s[0] for s in STYLES]
CHAT_STYLES = ["office_whatsapp_group_export", "office_gmail_forwarded_message", "office_handover_sheet_ocr"]


def styles_for(fams):
    out = []
    for fam in fams:
        if fam == CHAT:
            out.extend(CHAT_STYLES)
        else:
            out.extend(s[0] for s in STYLES if s[2] == fam)
    seen = []
    for s in out:
        if s not in seen:
            seen.append(s)
    return seen


def assign_styles():
    r = random.Random(SEED_STYLES)
    order = list(range(len(T)))
    r.shuffle(order)
    use = dict((s, 0) for s in STYLE_NAMES)
    out = {}
    for i in order:
        t = T[i]
        cands = styles_for(t["fam"])
        r.shuffle(cands)
        best = min(cands, key=lambda s: use[s])
        use[best] += 1
        out[t["type"]] = best
    return out, use


def build(reg):
    r = random.Random(SEED_VALUES)
    assign, _ = assign_styles()
    sty = dict((s[0], s) for s in STYLES)
    recs = []
    for t in T:
        sname, case, fam, desc, fn, forbid = sty[assign[t["type"]]]
        words = t["type"].split("_")
        key = c.style_name(words, case)

        def draw():
            for _ in range(500):
                v = spec_gen(t["spec"], r)
                if not any(ch in v for ch in forbid):
                    return v
            raise RuntimeError(t["type"])
        v = reg.draw(draw)
        nbv = None
        rows = []
        if t["nb"]:
            nwords, nkind = t["nb"]
            nbv = reg.draw(lambda: nb(nkind, r))
            rows.append((c.style_name(nwords, case), N))
        rows.append((key, M))
        if sname in ("office_keepassxc_csv_export", "office_lastpass_csv_export"):
            title = " ".join(x.capitalize() for x in words if x != "password")
            tpl = fn(r, rows, title, N if nbv else "api", M)
        else:
            tpl = fn(r, rows)
        assert tpl.count(M) == 1, (t["type"], sname)
        if nbv:
            assert tpl.count(N) == 1
            tpl = tpl.replace(N, nbv)
        start = tpl.index(M)
        text = tpl.replace(M, v)
        recs.append({"type": t["type"], "container": "%s__%s" % (t["type"], sname), "text": text,
                     "secrets": [{"value": v, "start": start, "end": start + len(v), "type": t["type"]}],
                     "source": "vendor", "_neighbour": nbv})
    return recs
