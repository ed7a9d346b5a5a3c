"""Vendor source: 120 vendor credential types used by language-school / tutoring / exam-centre developers."""
import base64
import json
import random
import re

from common214 import (MARK, ALNUM, LALNUM, UALNUM, HEX, B64U, B64, DIGITS, LOWER, UPPER, B32L,
                       pick, owner_password, uuid4, rbytes, jwt, b64u_nopad, keyname, place, PW_RE,
                       jwt_problem)

SEED = 21402

# part alphabets for the tiny spec language
ALPH = {"an": (ALNUM, "A-Za-z0-9"), "la": (LALNUM, "a-z0-9"), "ua": (UALNUM, "A-Z0-9"), "hex": (HEX, "0-9a-f"),
        "HEX": ("0123456789ABCDEF", "0-9A-F"), "b64u": (B64U, "A-Za-z0-9_-"), "b64": (B64, "A-Za-z0-9+/"),
        "d": (DIGITS, "0-9"), "lw": (LOWER, "a-z"), "up": (UPPER, "A-Z"), "b32l": (B32L, "a-z2-7")}


def spec_gen(rng, spec):
    out = []
    for part in spec:
        if isinstance(part, str):
            out.append(part)
        elif part[0] == "uuid":
            out.append(uuid4(rng))
        elif part[0] == "UUID":
            out.append(uuid4(rng, upper=True))
        else:
            out.append(pick(rng, ALPH[part[0]][0], part[1]))
    return "".join(out)


def spec_regex(spec):
    out = []
    for part in spec:
        if isinstance(part, str):
            out.append(re.escape(part))
        elif part[0] == "uuid":
            out.append(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
        elif part[0] == "UUID":
            out.append(r"[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}")
        else:
            out.append("[%s]{%d}" % (ALPH[part[0]][1], part[1]))
    return "^" + "".join(out) + "$"


def spec_desc(spec):
    names = {"an": "alphanumerics", "la": "lower-case alphanumerics", "ua": "upper-case alphanumerics",
             "hex": "lower-case hex", "HEX": "upper-case hex", "b64u": "base64url", "b64": "Base64-alphabet",
             "d": "digits", "lw": "lower-case letters", "up": "upper-case letters", "b32l": "lower-case Base32"}
    bits = []
    for part in spec:
        if isinstance(part, str):
            bits.append("`%s`" % part)
        elif part[0] == "uuid":
            bits.append("UUIDv4")
        elif part[0] == "UUID":
            bits.append("upper-case UUIDv4")
        else:
            bits.append("%d %s" % (part[1], names[part[0]]))
    return " + ".join(bits)


# ---- custom generators: return value; regex and frame check given separately ----
def g_calendly(rng):
    kid = pick(rng, HEX, 64)
    return jwt(rng, "ES256", {"iss": "https://auth.calendly.com", "iat": 1767225600 + rng.randint(0, 10 ** 6),
                              "jti": uuid4(rng), "user_uuid": uuid4(rng), "scope": "default"},
               {"kid": kid, "typ": "PAT"})


def g_cloudconvert(rng):
    return jwt(rng, "RS256", {"aud": "1", "jti": pick(rng, HEX, 80), "iat": 1767225600 + rng.randint(0, 10 ** 6),
                              "nbf": 1767225600, "exp": 4922899200, "sub": str(rng.randint(10 ** 7, 10 ** 8)),
                              "scopes": ["task.read", "task.write"]})


def g_whereby(rng):
    return jwt(rng, "HS256", {"iat": 1767225600 + rng.randint(0, 10 ** 6), "iss": "https://accounts.srv.whereby.com",
                              "type": "apiKey", "aud": "https://api.whereby.dev", "jti": uuid4(rng)})


def g_front(rng):
    return jwt(rng, "HS256", {"scopes": ["shared:*", "private:*"], "iat": 1767225600 + rng.randint(0, 10 ** 6),
                              "iss": "front", "sub": pick(rng, HEX, 20), "jti": pick(rng, HEX, 16)})


def g_supabase(rng):
    return jwt(rng, "HS256", {"iss": "supabase", "ref": pick(rng, LOWER, 20), "role": "service_role",
                              "iat": 1767225600 + rng.randint(0, 10 ** 6), "exp": 2082758400})


def g_mapbox(rng):
    user = rng.choice(["linguahub", "kingswaylang", "northbridgetutors"])
    mid = b64u_nopad(json.dumps({"u": user, "a": pick(rng, LALNUM, 25)}, separators=(",", ":")).encode())
    return "sk." + mid + "." + pick(rng, B64U, 22)


def g_sentry_org(rng):
    payload = {"iat": 1767225600 + rng.randint(0, 10 ** 6), "url": "https://sentry.io",
               "region_url": "https://de.sentry.io", "org": rng.choice(["linguahub", "kingsway-lang"])}
    b = base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
    return "sntrys_" + b + "_" + pick(rng, B64, 43)


def g_line_token(rng):
    return base64.b64encode(rbytes(rng, 128)).decode()


def g_discord(rng):
    uid = str(rng.randint(10 ** 17, 10 ** 18 - 1))
    return b64u_nopad(uid.encode()) + "." + pick(rng, B64U, 6) + "." + pick(rng, B64U, 38)


def g_teams(rng):
    tenant = rng.choice(["linguahub", "kingswaylang"])
    return ("https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s/V2%s"
            % (tenant, uuid4(rng), uuid4(rng), pick(rng, HEX, 32), uuid4(rng), pick(rng, B64U, 43)))


def g_bitwarden(rng):
    return "0." + uuid4(rng) + "." + pick(rng, ALNUM, 30) + ":" + base64.b64encode(rbytes(rng, 16)).decode()


def g_atlassian(rng):
    return "ATATT3xFfGF0" + pick(rng, B64U, 171) + "=" + pick(rng, "0123456789ABCDEF", 8)


def g_pypi(rng):
    return "pypi-AgEIcHlwaS5vcmc" + "CJ" + pick(rng, B64U, 130)


def g_azure_ad(rng):
    return pick(rng, ALNUM, 3) + rng.choice(DIGITS) + "Q~" + pick(rng, ALNUM + "_~.-", 34)


def g_asana(rng):
    return "2/" + pick(rng, DIGITS, 16) + "/" + pick(rng, DIGITS, 16) + ":" + pick(rng, HEX, 32)


def b64frame(n):
    def check(v):
        try:
            return len(base64.b64decode(v, validate=True)) == n
        except Exception:
            return False
    return check


def jwt_check(alg):
    def check(v):
        if jwt_problem(v):
            return False
        h = json.loads(base64.urlsafe_b64decode(v.split(".")[0] + "=="))
        return h["alg"] == alg
    return check


def mapbox_check(v):
    try:
        d = json.loads(base64.urlsafe_b64decode(v.split(".")[1] + "=="))
        return set(d) == {"u", "a"}
    except Exception:
        return False


def sentry_check(v):
    try:
        mid = v[len("sntrys_"):].rsplit("_", 1)[0]
        d = json.loads(base64.b64decode(mid + "=" * (-len(mid) % 4)))
        return "region_url" in d and "iat" in d
    except Exception:
        return False


def discord_check(v):
    try:
        return base64.urlsafe_b64decode(v.split(".")[0] + "==").decode().isdigit()
    except Exception:
        return False


JWT_RE = r"^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$"
UUID_RE = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
CUSTOM = {
    "calendly": (g_calendly, JWT_RE, jwt_check("ES256"), "ES256 JWT with `kid` and `typ` `PAT` (real base64url JSON, random 64-byte signature)"),
    "cloudconvert": (g_cloudconvert, JWT_RE, jwt_check("RS256"), "RS256 JWT (real base64url JSON, random 256-byte signature)"),
    "whereby": (g_whereby, JWT_RE, jwt_check("HS256"), "HS256 JWT (real JSON, HMAC-SHA256 under a discarded key)"),
    "front": (g_front, JWT_RE, jwt_check("HS256"), "HS256 JWT (real JSON, HMAC-SHA256 under a discarded key)"),
    "supabase": (g_supabase, JWT_RE, jwt_check("HS256"), "HS256 JWT with `role` `service_role` (real JSON, HMAC-SHA256 under a discarded key)"),
    "mapbox": (g_mapbox, r"^sk\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$", mapbox_check, "`sk.` + base64url JSON `{u, a}` (real) + `.` + 22 base64url"),
    "sentry_org": (g_sentry_org, r"^sntrys_eyJpYXQiO[A-Za-z0-9+/]+_[A-Za-z0-9+/]{43}$", sentry_check, "`sntrys_` + standard Base64 of real JSON (`iat`, `url`, `region_url`, `org`) + `_` + 43 Base64-alphabet"),
    "line_token": (g_line_token, r"^[A-Za-z0-9+/]{170}[A-Za-z0-9+/=]{2}$", b64frame(128), "standard Base64 of 128 random bytes (172 characters, ends `=`)"),
    "discord": (g_discord, r"^[A-Za-z0-9_-]{24,26}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{38}$", discord_check, "base64url of an 18-digit bot user id + `.` + 6 + `.` + 38 base64url"),
    "teams": (g_teams, r"^https://[a-z]+\.webhook\.office\.com/webhookb2/" + UUID_RE + "@" + UUID_RE + r"/IncomingWebhook/[0-9a-f]{32}/" + UUID_RE + r"/V2[A-Za-z0-9_-]{43}$", None, "whole `*.webhook.office.com/webhookb2/…/IncomingWebhook/…` URL (the URL is the credential)"),
    "bitwarden": (g_bitwarden, r"^0\." + UUID_RE + r"\.[A-Za-z0-9]{30}:[A-Za-z0-9+/]{22}==$", lambda v: b64frame(16)(v.split(":")[1]), "`0.` + UUIDv4 + `.` + 30 alphanumerics + `:` + standard Base64 of 16 bytes"),
    "atlassian": (g_atlassian, r"^ATATT3xFfGF0[A-Za-z0-9_-]{171}=[0-9A-F]{8}$", None, "`ATATT3xFfGF0` + 171 base64url + `=` + 8 upper-case hex"),
    "pypi": (g_pypi, r"^pypi-AgEIcHlwaS5vcmcCJ[A-Za-z0-9_-]{130}$", None, "`pypi-AgEIcHlwaS5vcmc` + `CJ` + 130 base64url (macaroon-shaped, random)"),
    "azure_ad": (g_azure_ad, r"^[A-Za-z0-9]{3}[0-9]Q~[A-Za-z0-9_~.-]{34}$", None, "3 alphanumerics + digit + `Q~` + 34 of `[A-Za-z0-9_~.-]`"),
    "asana": (g_asana, r"^2/[0-9]{16}/[0-9]{16}:[0-9a-f]{32}$", None, "`2/` + 16 digits + `/` + 16 digits + `:` + 32 lower-case hex"),
}

A, L, U, H = "an", "la", "ua", "hex"
# (type, key words, spec | "pw" | custom name, shape status, neighbour or None)
# neighbour = (key words, spec, description)
R, B, G, O = "read", "believed", "guessed", "owner"
SET_ASIDE = [
    ("gocardless_webhook_endpoint_secret", "guessed 40-base64url shape; webhook secrets are already covered by the everyday visa-letter secret"),
    ("expo_access_token", "guessed 40-base64url shape, weak tie to a school (the tutor app build is covered by Gradle and Flutter containers)"),
    ("customer_io_app_api_key", "guessed 32-hex shape, weak tie to a school"),
]
VENDORS = [
    # payments, bookings, forms, CRM
    ("stripe_restricted_api_key", ["stripe", "restricted", "key"], ["rk_live_51", (A, 97)], B, None),
    ("paypal_rest_client_secret", ["paypal", "client", "secret"], ["E", ("b64u", 79)], G, (["paypal", "client", "id"], ["A", ("b64u", 79)], "paypal client id")),
    ("mollie_live_api_key", ["mollie", "api", "key"], ["live_", (A, 30)], B, None),
    ("square_production_access_token", ["square", "access", "token"], ["EAAA", ("b64u", 60)], R, None),
    ("flywire_api_secret", ["flywire", "api", "secret"], [(A, 40)], G, None),
    ("paddle_billing_api_key", ["paddle", "api", "key"], ["pdl_live_apikey_01", (L, 24), "_", (A, 27), "_", (A, 3)], G, None),
    ("checkout_com_secret_key", ["checkout", "secret", "key"], ["sk_", ("uuid",)], B, None),
    ("freeagent_oauth_client_secret", ["freeagent", "client", "secret"], [("b64u", 22)], G, (["freeagent", "client", "id"], [("b64u", 22)], "freeagent client id")),
    ("zoho_crm_client_secret", ["zoho", "client", "secret"], [(H, 42)], B, (["zoho", "client", "id"], ["1000.", ("ua", 30)], "zoho client id")),
    ("pipedrive_api_token", ["pipedrive", "api", "token"], [(H, 40)], B, None),
    ("eventbrite_private_token", ["eventbrite", "private", "token"], [("ua", 20)], B, None),
    ("calendly_personal_access_token", ["calendly", "access", "token"], "calendly", B, None),
    ("cal_com_api_key", ["calcom", "api", "key"], ["cal_live_", (H, 32)], B, None),
    ("acuity_scheduling_api_key", ["acuity", "api", "key"], [(H, 32)], B, (["acuity", "user", "id"], [("d", 8)], "acuity user id")),
    ("typeform_personal_access_token", ["typeform", "token"], ["tfp_", (A, 44), "_", (A, 14)], R, None),
    ("surveymonkey_access_token", ["surveymonkey", "access", "token"], [(A, 64)], G, None),
    # education, exams, certificates, school portals
    ("moodle_web_service_token", ["moodle", "ws", "token"], [(H, 32)], B, None),
    ("canvas_lms_access_token", ["canvas", "access", "token"], [("d", 4), "~", (A, 64)], B, None),
    ("teachworks_api_token", ["teachworks", "api", "token"], [(L, 32)], G, None),
    ("tutorcruncher_api_key", ["tutorcruncher", "api", "key"], [(H, 40)], G, None),
    ("classter_api_secret", ["classter", "api", "secret"], [(A, 48)], G, (["classter", "client", "id"], [("d", 6)], "classter client id")),
    ("webuntis_school_password", ["webuntis", "password"], "pw", O, (["webuntis", "user"], "user", "webuntis user")),
    ("cambridge_results_online_password", ["results", "online", "password"], "pw", O, (["centre", "number"], "centre", "cambridge centre number")),
    ("ukvi_sponsor_management_password", ["sponsor", "sms", "password"], "pw", O, (["sponsor", "sms", "user", "id"], "smsuser", "sms user id")),
    ("ets_toefl_centre_portal_password", ["toefl", "centre", "password"], "pw", O, (["toefl", "centre", "login"], "user", "toefl centre login")),
    ("english_uk_member_portal_password", ["englishuk", "portal", "password"], "pw", O, (["englishuk", "member", "email"], "email", "english uk member email")),
    ("credly_organization_auth_token", ["credly", "auth", "token"], [("b64u", 44)], G, (["credly", "organization", "id"], [("uuid",)], "credly organization id")),
    ("accredible_api_key", ["accredible", "api", "key"], [(H, 32)], G, None),
    ("turnitin_tca_api_key", ["turnitin", "api", "key"], [(A, 40)], G, None),
    ("proctoru_api_token", ["proctoru", "api", "token"], [(H, 64)], G, None),
    ("speechace_api_key", ["speechace", "api", "key"], [(A, 64)], G, None),
    ("languagetool_premium_api_key", ["languagetool", "api", "key"], [(H, 16)], G, (["languagetool", "username"], "email", "languagetool username")),
    ("ucheck_dbs_api_key", ["ucheck", "api", "key"], [(A, 32)], G, None),
    # language and speech AI
    ("deepl_api_auth_key", ["deepl", "auth", "key"], [("uuid",), ":fx"], B, None),
    ("azure_translator_subscription_key", ["translator", "subscription", "key"], [(H, 32)], B, (["translator", "region"], "region", "translator region")),
    ("google_cloud_translation_api_key", ["google", "translate", "api", "key"], ["AIza", ("b64u", 35)], B, None),
    ("elevenlabs_api_key", ["elevenlabs", "api", "key"], ["sk_", (H, 48)], B, None),
    ("assemblyai_api_key", ["assemblyai", "api", "key"], [(H, 32)], B, None),
    ("deepgram_api_key", ["deepgram", "api", "key"], [(H, 40)], B, None),
    ("speechmatics_api_key", ["speechmatics", "api", "key"], [(A, 32)], G, None),
    ("mistral_api_key", ["mistral", "api", "key"], [(A, 32)], B, None),
    ("cohere_api_key", ["cohere", "api", "key"], [(A, 40)], R, None),
    ("openrouter_api_key", ["openrouter", "api", "key"], ["sk-or-v1-", (H, 64)], B, None),
    ("xai_grok_api_key", ["xai", "api", "key"], ["xai-", (A, 80)], B, None),
    ("deepseek_api_key", ["deepseek", "api", "key"], ["sk-", (H, 32)], B, None),
    ("openai_service_account_key", ["openai", "svcacct", "key"], ["sk-svcacct-", ("b64u", 74), "T3BlbkFJ", ("b64u", 74)], R, None),
    ("openai_admin_key", ["openai", "admin", "key"], ["sk-admin-", ("b64u", 58), "T3BlbkFJ", ("b64u", 58)], R, None),
    ("azure_openai_api_key", ["azure", "openai", "key"], [(H, 32)], B, (["azure", "openai", "endpoint"], "endpoint", "azure openai endpoint")),
    # maps, addresses, identity, documents
    ("mapbox_secret_access_token", ["mapbox", "secret", "token"], "mapbox", B, None),
    ("tomtom_api_key", ["tomtom", "api", "key"], [(A, 32)], B, None),
    ("ideal_postcodes_api_key", ["ideal", "postcodes", "key"], ["ak_", (L, 28)], G, None),
    ("loqate_api_key", ["loqate", "key"], [("up", 2), ("d", 2), "-", ("up", 2), ("d", 2), "-", ("up", 2), ("d", 2), "-", ("up", 2), ("d", 2)], B, None),
    ("onfido_api_token", ["onfido", "api", "token"], ["api_live.", ("b64u", 11), ".", ("b64u", 32)], B, None),
    ("veriff_shared_secret_key", ["veriff", "shared", "secret"], [("uuid",)], B, (["veriff", "api", "key"], [("uuid",)], "veriff api key (public half)")),
    ("docraptor_api_key", ["docraptor", "api", "key"], [(A, 20)], G, None),
    ("dropbox_sign_api_key", ["dropbox", "sign", "api", "key"], [(H, 64)], B, None),
    ("pandadoc_api_key", ["pandadoc", "api", "key"], [(H, 40)], B, None),
    ("cloudconvert_api_key", ["cloudconvert", "api", "key"], "cloudconvert", B, None),
    # messaging, video
    ("sendgrid_api_key", ["sendgrid", "api", "key"], ["SG.", ("b64u", 22), ".", ("b64u", 43)], R, None),
    ("postmark_server_token", ["postmark", "server", "token"], [("uuid",)], B, None),
    ("sparkpost_api_key", ["sparkpost", "api", "key"], [(H, 40)], B, None),
    ("mailjet_api_secret_key", ["mailjet", "secret", "key"], [(H, 32)], B, (["mailjet", "api", "key"], [(H, 32)], "mailjet api key (public half, same shape)")),
    ("mandrill_api_key", ["mandrill", "api", "key"], ["md-", ("b64u", 22)], B, None),
    ("twilio_api_key_secret", ["twilio", "api", "secret"], [(A, 32)], B, (["twilio", "api", "key", "sid"], ["SK", (H, 32)], "twilio api key sid")),
    ("plivo_auth_token", ["plivo", "auth", "token"], [(A, 40)], B, (["plivo", "auth", "id"], ["MA", ("ua", 18)], "plivo auth id")),
    ("vonage_api_secret", ["vonage", "api", "secret"], [(A, 16)], B, (["vonage", "api", "key"], [(H, 8)], "vonage api key")),
    ("textmagic_api_key", ["textmagic", "api", "key"], [(A, 30)], G, (["textmagic", "username"], "user", "textmagic username")),
    ("whatsapp_cloud_api_access_token", ["whatsapp", "access", "token"], ["EAAM", (A, 180)], R, (["whatsapp", "phone", "number", "id"], [("d", 15)], "whatsapp phone number id")),
    ("line_messaging_channel_access_token", ["line", "channel", "access", "token"], "line_token", B, None),
    ("line_login_channel_secret", ["line", "channel", "secret"], [(H, 32)], B, (["line", "channel", "id"], [("d", 10)], "line channel id")),
    ("wechat_official_account_appsecret", ["wechat", "appsecret"], [(H, 32)], B, (["wechat", "appid"], ["wx", (H, 16)], "wechat appid")),
    ("kakao_rest_api_key", ["kakao", "rest", "api", "key"], [(H, 32)], B, None),
    ("discord_bot_token", ["discord", "bot", "token"], "discord", B, None),
    ("microsoft_teams_incoming_webhook_url", ["teams", "webhook", "url"], "teams", B, None),
    ("zoom_webhook_secret_token", ["zoom", "webhook", "secret"], [("b64u", 22)], B, None),
    ("daily_co_api_key", ["daily", "api", "key"], [(H, 64)], B, None),
    ("agora_app_certificate", ["agora", "app", "certificate"], [(H, 32)], B, (["agora", "app", "id"], [(H, 32)], "agora app id (same shape)")),
    ("whereby_api_key", ["whereby", "api", "key"], "whereby", B, None),
    ("stream_chat_api_secret", ["stream", "api", "secret"], [(L, 64)], B, (["stream", "api", "key"], [(L, 12)], "stream api key")),
    ("front_app_api_token", ["front", "api", "token"], "front", B, None),
    ("microsoft_365_app_password", ["m365", "app", "password"], [("lw", 16)], B, (["m365", "upn"], "email", "m365 user principal name")),
    # developer and ops
    ("github_fine_grained_pat", ["github", "pat"], ["github_pat_11", (A, 20), "_", (A, 59)], R, None),
    ("github_oauth_app_client_secret", ["github", "client", "secret"], [(H, 40)], B, (["github", "client", "id"], ["Ov23li", (A, 14)], "github oauth client id")),
    ("gitlab_runner_authentication_token", ["runner", "token"], ["glrt-", ("b64u", 20)], R, None),
    ("atlassian_api_token", ["jira", "api", "token"], "atlassian", R, (["jira", "email"], "email", "jira account email")),
    ("linear_api_key", ["linear", "api", "key"], ["lin_api_", (A, 40)], R, None),
    ("npm_automation_token", ["npm", "token"], ["npm_", (A, 36)], R, None),
    ("pypi_project_upload_token", ["pypi", "token"], "pypi", R, None),
    ("docker_hub_personal_access_token", ["dockerhub", "token"], ["dckr_pat_", ("b64u", 27)], B, (["dockerhub", "username"], "user", "docker hub username")),
    ("postman_api_key", ["postman", "api", "key"], ["PMAK-", (H, 24), "-", (H, 34)], R, None),
    ("terraform_cloud_user_token", ["tfc", "token"], [(A, 14), ".atlasv1.", ("b64u", 67)], R, None),
    ("hashicorp_vault_service_token", ["vault", "token"], ["hvs.CAESI", ("b64u", 86)], R, None),
    ("new_relic_user_api_key", ["newrelic", "api", "key"], ["NRAK-", ("ua", 27)], R, None),
    ("grafana_service_account_token", ["grafana", "sa", "token"], ["glsa_", (A, 32), "_", (H, 8)], R, None),
    ("sentry_organization_auth_token", ["sentry", "auth", "token"], "sentry_org", R, None),
    ("rollbar_project_access_token", ["rollbar", "access", "token"], [(H, 32)], B, None),
    ("launchdarkly_sdk_key", ["launchdarkly", "sdk", "key"], ["sdk-", ("uuid",)], B, None),
    ("snyk_api_token", ["snyk", "token"], [("uuid",)], R, None),
    ("codecov_upload_token", ["codecov", "token"], [("uuid",)], B, None),
    ("circleci_personal_api_token", ["circleci", "token"], ["CCIPAT_", (A, 22), "_", (H, 40)], B, None),
    ("buildkite_api_access_token", ["buildkite", "api", "token"], ["bkua_", (H, 40)], B, None),
    ("netlify_personal_access_token", ["netlify", "auth", "token"], ["nfp_", (A, 36)], B, None),
    ("supabase_service_role_key", ["supabase", "service", "role", "key"], "supabase", B, (["supabase", "url"], "supaurl", "supabase project url")),
    ("supabase_personal_access_token", ["supabase", "access", "token"], ["sbp_", (H, 40)], B, None),
    ("planetscale_service_token_password", ["planetscale", "db", "password"], ["pscale_pw_", ("b64u", 43)], R, (["planetscale", "db", "username"], [(L, 12)], "planetscale username")),
    ("algolia_admin_api_key", ["algolia", "admin", "key"], [(H, 32)], R, (["algolia", "app", "id"], [("ua", 10)], "algolia application id")),
    ("okta_api_token", ["okta", "api", "token"], ["00", ("b64u", 40)], R, (["okta", "org", "url"], "oktaurl", "okta org url")),
    ("auth0_client_secret", ["auth0", "client", "secret"], [("b64u", 64)], B, (["auth0", "client", "id"], [(A, 32)], "auth0 client id")),
    ("clerk_secret_key", ["clerk", "secret", "key"], ["sk_live_", (A, 42)], B, None),
    ("azure_ad_client_secret", ["azure", "client", "secret"], "azure_ad", R, (["azure", "client", "id"], [("uuid",)], "azure application (client) id")),
    ("azure_devops_personal_access_token", ["azure", "devops", "pat"], [("b32l", 52)], B, None),
    ("backblaze_b2_application_key", ["b2", "application", "key"], ["K005", (A, 27)], B, (["b2", "key", "id"], ["005", (H, 22)], "b2 key id")),
    ("bitwarden_sm_access_token", ["bws", "access", "token"], "bitwarden", B, None),
    ("doppler_personal_token", ["doppler", "token"], ["dp.pt.", (A, 43)], R, None),
    ("tailscale_auth_key", ["tailscale", "auth", "key"], ["tskey-auth-k", (A, 10), "CNTRL-", (A, 33)], B, None),
    ("ngrok_authtoken", ["ngrok", "authtoken"], ["2", (A, 26), "_", (A, 21)], B, None),
    ("fastly_api_token", ["fastly", "api", "token"], [("b64u", 32)], R, None),
    ("contentful_management_token", ["contentful", "management", "token"], ["CFPAT-", ("b64u", 43)], B, None),
    ("asana_personal_access_token", ["asana", "pat"], "asana", B, None),
    ("clickup_personal_api_token", ["clickup", "api", "token"], ["pk_", ("d", 8), "_", ("ua", 32)], B, None),
]


def neighbour_value(rng, spec):
    if isinstance(spec, list):
        return spec_gen(rng, spec)
    if spec == "user":
        return rng.choice(["dos", "exams", "reception", "ops", "admin"]) + "." + rng.choice(["bristol", "leeds", "york", "bath"])
    if spec == "email":
        return rng.choice(["exams", "dos", "ops", "admin", "it"]) + "@" + rng.choice(["linguahub.example", "kingsway-lang.example", "northbridge-tutors.example"])
    if spec == "centre":
        return "GB%03d" % rng.randint(100, 999)
    if spec == "smsuser":
        return "SMS%07d" % rng.randint(10 ** 6, 10 ** 7 - 1)
    if spec == "region":
        return rng.choice(["uksouth", "westeurope", "northeurope"])
    if spec == "endpoint":
        return "https://%s.openai.azure.com/" % rng.choice(["lh-levels", "lh-feedback", "kw-essays"])
    if spec == "supaurl":
        return "https://%s.supabase.co" % pick(rng, LOWER, 20)
    if spec == "oktaurl":
        return "https://%s.okta.com" % rng.choice(["linguahub", "kingswaylang"])
    raise ValueError(spec)


def gen_vendor_value(rng, spec):
    if spec == "pw":
        return owner_password(rng)
    if isinstance(spec, str):
        return CUSTOM[spec][0](rng)
    return spec_gen(rng, spec)


def vendor_regex(spec):
    if spec == "pw":
        return PW_RE.pattern
    if isinstance(spec, str):
        return CUSTOM[spec][1]
    return spec_regex(spec)


def vendor_frame_ok(spec, v):
    if isinstance(spec, str) and spec != "pw" and CUSTOM[spec][2] is not None:
        return bool(CUSTOM[spec][2](v))
    return True


def vendor_shape_desc(spec):
    if spec == "pw":
        return "owner-chosen password"
    if isinstance(spec, str):
        return CUSTOM[spec][3]
    return spec_desc(spec)


# ---- styles: render list of (key words, value, is_secret) ----
def st_dotenv(pairs, st):
    lines = ["# /srv/linguahub/api/.env.production", "APP_ENV=production"]
    for k, v in pairs:
        lines.append("%s=%s" % (keyname(k, st), v))
    return "\n".join(lines) + "\nQUEUE_DRIVER=redis\n"


def st_compose(pairs, st):
    lines = ["services:", "  tutor-worker:", "    image: registry.linguahub.lan/tutor-worker:1.9", "    environment:"]
    for k, v in pairs:
        lines.append("      - %s=%s" % (keyname(k, st), v))
    return "\n".join(lines) + "\n    restart: unless-stopped\n"


def st_pydict(pairs, st):
    lines = ["# exam_app/settings_vendors.py", "VENDORS = {"]
    for k, v in pairs:
        lines.append("    \"%s\": \"%s\"," % (keyname(k, st), v))
    return "\n".join(lines) + "\n}\n"


def st_astro(pairs, st):
    lines = ["// astro.config.mjs (room-booking site, server output)", "export const vendor = {"]
    for k, v in pairs:
        lines.append("  %s: '%s'," % (keyname(k, st), v))
    return "\n".join(lines) + "\n};\n"


def st_gh(pairs, st):
    lines = ["  501  cd ~/code/linguahub-infra"]
    n = 502
    for k, v in pairs:
        lines.append("  %d  gh secret set %s --repo linguahub/api --body \"%s\"" % (n, keyname(k, st), v))
        n += 1
    return "\n".join(lines) + "\n  %d  gh secret list --repo linguahub/api\n" % n


def st_doppler(pairs, st):
    lines = ["$ doppler setup --project exams --config prd"]
    for k, v in pairs:
        lines.append("$ doppler secrets set %s=\"%s\"" % (keyname(k, st), v))
    return "\n".join(lines) + "\n$ doppler run -- ./bin/sync\n"


def st_tf_locals(pairs, st):
    lines = ["# visa-letter service - locals.tf", "locals {", "  service = \"visa-letters\""]
    for k, v in pairs:
        lines.append("  %s = \"%s\"" % (keyname(k, st), v))
    return "\n".join(lines) + "\n}\n"


def st_buildconfig(pairs, st):
    lines = ["android {", "  defaultConfig {", "    applicationId \"example.linguahub.tutors\""]
    for k, v in pairs:
        lines.append("    buildConfigField \"String\", \"%s\", \"\\\"%s\\\"\"" % (keyname(k, st), v))
    return "\n".join(lines) + "\n  }\n}\n"


def st_teams(pairs, st):
    lines = ["[14:03] Hannah Berg", "for the integration you need these:"]
    for k, v in pairs:
        lines.append("%s: %s" % (keyname(k, st), v))
    return "\n".join(lines) + "\n[14:05] Luis Ortega\nthanks, will move them into the vault\n"


def st_freshservice(pairs, st):
    lines = ["Ticket #INC-3318 - vendor integration for the summer school", "Private note by Omar (IT):"]
    for k, v in pairs:
        lines.append("%s = %s" % (keyname(k, st), v))
    return "\n".join(lines) + "\nPlease rotate after go-live.\n"


def st_props(pairs, st):
    lines = ["# homestay-service/src/main/resources/application.properties", "server.port=8094"]
    for k, v in pairs:
        lines.append("homestay.%s=%s" % (keyname(k, st), v))
    return "\n".join(lines) + "\n"


def st_appsettings(pairs, st):
    lines = ["{", "  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } },", "  \"Vendors\": {"]
    items = ["    \"%s\": \"%s\"" % (keyname(k, st), v) for k, v in pairs]
    return "\n".join(lines) + "\n" + ",\n".join(items) + "\n  }\n}\n"


def st_sops(pairs, st):
    lines = ["# decrypted with: sops -d secrets.enc.yaml", "vendors:"]
    for k, v in pairs:
        lines.append("    %s: %s" % (keyname(k, st), v))
    return "\n".join(lines) + "\nsops:\n    version: 3.9.1\n"


def st_keyvault(pairs, st):
    lines = ["PS> az account set --subscription lh-prod"]
    for k, v in pairs:
        lines.append("PS> az keyvault secret set --vault-name lh-prod-kv --name %s --value \"%s\"" % (keyname(k, st), v))
    return "\n".join(lines) + "\n"


def st_rust(pairs, st):
    lines = ["// level-report/src/vendor.rs", "#![allow(dead_code)]"]
    for k, v in pairs:
        lines.append("pub const %s: &str = \"%s\";" % (keyname(k, st), v))
    return "\n".join(lines) + "\n"


STYLES = [
    ("school_api_dotenv_production", "upper", st_dotenv),
    ("tutor_worker_compose_environment", "upper", st_compose),
    ("exam_app_settings_py_dict", "snake", st_pydict),
    ("booking_app_astro_config_mjs", "camel", st_astro),
    ("school_ops_gh_secret_set_history", "upper", st_gh),
    ("school_ops_doppler_secrets_set_history", "upper", st_doppler),
    ("visa_service_terraform_locals_tf", "snake", st_tf_locals),
    ("tutor_app_gradle_buildconfig_field", "upper", st_buildconfig),
    ("staffroom_teams_chat_paste", "spaced", st_teams),
    ("exam_office_freshservice_private_note", "spaced", st_freshservice),
    ("school_bitwarden_csv_export", "title", None),
    ("homestay_spring_application_properties", "kebab", st_props),
    ("booking_service_appsettings_development_json", "pascal", st_appsettings),
    ("school_ops_sops_decrypted_yaml", "snake", st_sops),
    ("school_ops_az_keyvault_secret_set_history", "kebab", st_keyvault),
    ("level_report_rust_consts_rs", "upper", st_rust),
]


def render(style_idx, pairs_marked):
    """pairs_marked: list of (key words, value-or-MARK). Returns template with MARK."""
    name, st, fn = STYLES[style_idx]
    if fn is None:  # Bitwarden CSV export: id in login_username, secret in login_password
        user = ""
        title = ""
        for k, v in pairs_marked:
            if v == MARK:
                title = keyname(k, "title")
            else:
                user = v
        return ("folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n"
                "Vendors,,login,%s,,,0,https://vendor.example/login,%s,%s,\n" % (title, user, MARK))
    return fn(pairs_marked, st)


def build(reg):
    assert len(VENDORS) == 120, len(VENDORS)
    rng = random.Random(SEED)
    out = []
    for i, (typ, words, spec, status, nb) in enumerate(VENDORS):
        sidx = i % len(STYLES)
        value = reg.draw(lambda: gen_vendor_value(rng, spec))
        pairs = []
        if nb:
            nv = reg.draw(lambda: neighbour_value(rng, nb[1]))
            pairs.append((nb[0], nv))
        pairs.append((words, MARK))
        tpl = render(sidx, pairs)
        text, s, e = place(tpl, value)
        out.append((typ, "%s__%s" % (typ, STYLES[sidx][0]), text, s, e, spec))
    return out
