"""Vendor source: 120 vendor credential types used by allotment / seed-library developers."""
import base64, json, random, re
import common211 as C
from common211 import MARK

SEED = 21102
A = C.B62
U = C.B64U
H = C.HEXL
HU = "0123456789ABCDEF"
LA = C.LOWALNUM
UA = C.UPALNUM
B64S = C.B62 + "+/"
LOWL = "abcdefghijklmnopqrstuvwxyz"
DIG = "0123456789"
W = C.B62 + "_-"


def cls(alpha):
    return "[" + "".join("\\" + c if c in "\\]^-" else c for c in sorted(set(alpha))) + "]"


def spec_gen(rng, spec):
    out = []
    for p in spec:
        if isinstance(p, str):
            out.append(p)
        elif p[0] == "uuid":
            out.append(C.uuid4(rng))
        else:
            out.append(C.rs(rng, p[0], p[1]))
    return "".join(out)


UUIDRE = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"


def spec_re(spec):
    out = []
    for p in spec:
        if isinstance(p, str):
            out.append(re.escape(p))
        elif p[0] == "uuid":
            out.append(UUIDRE)
        else:
            out.append(cls(p[0]) + "{%d}" % p[1])
    return "^" + "".join(out) + "$"


def spec_desc(spec):
    names = {A: "alphanumerics", U: "base64url", H: "lower-case hex", HU: "upper-case hex",
             LA: "lower-case alphanumerics", UA: "upper-case alphanumerics", B64S: "Base64-alphabet characters",
             LOWL: "lower-case letters", DIG: "digits", C.LETTERS: "letters", C.B32: "RFC 4648 Base32 characters"}
    out = []
    for p in spec:
        if isinstance(p, str):
            out.append("`%s`" % p)
        elif p[0] == "uuid":
            out.append("UUIDv4")
        else:
            out.append("%d %s" % (p[1], names.get(p[0], "characters of " + cls(p[0]))))
    return " + ".join(out)

# ---------------------------------------------------------------- custom generators


def g_ghtok(prefix):
    def g(rng):
        body = C.rs(rng, A, 30)
        return prefix + body + C.crc32_b62(body)
    return g


def v_ghtok(v):
    body, tail = v[4:34], v[34:]
    return C.crc32_b62(body) == tail


def g_ses(rng):
    return base64.b64encode(b"\x04" + C.rbytes(rng, 32)).decode()


def v_ses(v):
    b = base64.b64decode(v)
    return len(b) == 33 and b[0] == 4


def g_ha(rng):
    now = 1750000000 + rng.randint(0, 9000000)
    return C.jwt_hs(rng, {"alg": "HS256", "typ": "JWT"},
                    {"iss": C.rs(rng, H, 32), "iat": now, "exp": now + 315360000}, "HS256")


def g_monday(rng):
    return C.jwt_hs(rng, {"alg": "HS256"},
                    {"tid": rng.randint(100000000, 499999999), "aai": 11, "uid": rng.randint(10000000, 79999999),
                     "iad": "2025-0%d-1%dT10:2%d:00.000Z" % (rng.randint(1, 9), rng.randint(0, 9), rng.randint(0, 9)),
                     "per": "me:write", "actid": rng.randint(1000000, 9999999), "rgn": "euc1"}, "HS256")


def g_zettle(rng):
    return C.jwt_shaped(rng, {"alg": "RS256", "typ": "JWT", "kid": C.rs(rng, H, 8)},
                        {"iss": "iZettle", "aud": "API", "sub": C.uuid4(rng), "scope": ["READ:PURCHASE", "READ:PRODUCT"],
                         "iat": 1750000000 + rng.randint(0, 9000000)}, 256)


def g_metoffice(rng):
    return C.jwt_shaped(rng, {"x5t": C.rs(rng, U, 27), "kid": C.rs(rng, U, 27), "typ": "JWT", "alg": "RS256"},
                        {"sub": "%s@oakfield-allotments.example" % rng.choice(C.PUBLIC_USERS),
                         "iss": "https://api-manager.metoffice.cloud/oauth2/token",
                         "subscribedAPIs": [{"name": "SiteSpecificForecast", "context": "/sitespecific/v0"}],
                         "jti": C.uuid4(rng)}, 256)


def v_jwt(v, alg, siglen):
    try:
        h, p, s = v.split(".")
        hd = json.loads(base64.urlsafe_b64decode(h + "=" * (-len(h) % 4)))
        json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)))
        sig = base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))
        return hd.get("alg") == alg and len(sig) == siglen
    except Exception:
        return False


def g_1pw(rng):
    obj = {"signInAddress": "oakfield-allotments.1password.eu", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
           "iterations": 650000, "salt": C.rs(rng, U, 22)}, "email": C.rs(rng, LOWL, 26) + "@1passwordserviceaccounts.eu",
           "srpX": C.rs(rng, H, 64), "muk": {"alg": "A256GCM", "ext": False, "k": C.rs(rng, U, 43),
           "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + C.rs(rng, UA, 6) + "-" + C.rs(rng, UA, 11) + "-" + C.rs(rng, UA, 5) + "-" + C.rs(rng, UA, 5) + "-" + C.rs(rng, UA, 5),
           "throttleSecret": {"seed": C.rs(rng, H, 64), "deviceUuid": C.rs(rng, LA, 26)}, "deviceUuid": C.rs(rng, LA, 26)}
    return "ops_" + base64.b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def v_1pw(v):
    b = v[4:]
    d = json.loads(base64.b64decode(b + "=" * (-len(b) % 4)))
    return "srpX" in d and "muk" in d


def g_cft(rng):
    obj = {"a": C.rs(rng, H, 32), "t": C.uuid4(rng), "s": base64.b64encode(C.rbytes(rng, 32)).decode()}
    return base64.b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode()


def v_cft(v):
    d = json.loads(base64.b64decode(v))
    return set(d) == {"a", "t", "s"} and len(base64.b64decode(d["s"])) == 32


def g_elastic(rng):
    return base64.b64encode((C.rs(rng, W, 20) + ":" + C.rs(rng, W, 22)).encode()).decode()


def v_elastic(v):
    s = base64.b64decode(v).decode()
    return re.fullmatch(r"[A-Za-z0-9_-]{20}:[A-Za-z0-9_-]{22}", s) is not None


def g_notify(rng):
    return "plots_reminders_live-" + C.uuid4(rng) + "-" + C.uuid4(rng)


def g_gmailapp(rng):
    return " ".join(C.rs(rng, LOWL, 4) for _ in range(4))


def g_shelly(rng):
    return base64.b64encode(C.rbytes(rng, 60)).decode().rstrip("=").replace("+", "A").replace("/", "B")


def g_pw(rng):
    return C.owner_pw(rng)


CUSTOM = {
    "ghp": (g_ghtok("ghp_"), r"^ghp_[A-Za-z0-9]{36}$", v_ghtok, "`ghp_` + 30 alphanumerics + 6 base62 characters of the real CRC-32 of those 30"),
    "gho": (g_ghtok("gho_"), r"^gho_[A-Za-z0-9]{36}$", v_ghtok, "`gho_` + 30 alphanumerics + 6 base62 characters of the real CRC-32 of those 30"),
    "ses": (g_ses, r"^B[A-Za-z0-9+/]{43}$", v_ses, "standard Base64 of version byte 0x04 + 32 bytes (44 characters, starts with `B`)"),
    "ha": (g_ha, r"^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]{43}$", lambda v: v_jwt(v, "HS256", 32), "real HS256 JWT with `iss`, `iat`, `exp` (HMAC under a discarded key)"),
    "monday": (g_monday, r"^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]{43}$", lambda v: v_jwt(v, "HS256", 32), "real HS256 JWT with `tid`, `uid`, `per` (HMAC under a discarded key)"),
    "zettle": (g_zettle, r"^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]{342}$", lambda v: v_jwt(v, "RS256", 256), "RS256-shaped JWT (real base64url JSON, 256 random signature bytes)"),
    "metoffice": (g_metoffice, r"^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]{342}$", lambda v: v_jwt(v, "RS256", 256), "RS256-shaped JWT (real base64url JSON, 256 random signature bytes)"),
    "1pw": (g_1pw, r"^ops_eyJ[A-Za-z0-9+/]{250,}$", v_1pw, "`ops_` + standard Base64 of the service-account JSON (`signInAddress`, `srpX`, `muk`, …; real, padding stripped)"),
    "cft": (g_cft, r"^eyJ[A-Za-z0-9+/]+=*$", v_cft, "standard Base64 of JSON `{a, t, s}` (account tag, tunnel UUIDv4, Base64 of a 32-byte secret; real)"),
    "elastic": (g_elastic, r"^[A-Za-z0-9+/]{56}$", v_elastic, "standard Base64 of `id:key` (20 + 22 base64url characters; real)"),
    "notify": (g_notify, r"^plots_reminders_live-" + UUIDRE + "-" + UUIDRE + "$", None, "key name + `-` + service UUIDv4 + `-` + secret UUIDv4"),
    "gmailapp": (g_gmailapp, r"^[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4}$", None, "16 lower-case letters in four space-separated groups of 4 (as shown by Google)"),
    "shelly": (g_shelly, r"^[A-Za-z0-9]{80}$", None, "80 alphanumerics"),
    "pw": (g_pw, C.PW_RE.pattern, None, "owner-chosen password"),
}

# (type, key words, spec-or-custom, basis, neighbour(words, spec) or None)
VENDORS = [
    ("stripe_live_secret_key", ["stripe", "secret", "key"], ["sk_live_51", (A, 97)], "read", None),
    ("stripe_webhook_endpoint_secret", ["stripe", "webhook", "secret"], ["whsec_", (A, 32)], "believed", None),
    ("gocardless_live_access_token", ["gocardless", "access", "token"], ["live_", (W, 40)], "read", None),
    ("braintree_production_access_token", ["braintree", "access", "token"], ["access_token$production$", (LA, 16), "$", (H, 32)], "believed", None),
    ("sumup_api_secret_key", ["sumup", "secret", "key"], ["sup_sk_", (A, 32)], "guessed", None),
    ("zettle_api_key", ["zettle", "api", "key"], "zettle", "guessed", (["zettle", "client", "id"], [("uuid",)])),
    ("mollie_organization_access_token", ["mollie", "access", "token"], ["access_", (A, 40)], "believed", None),
    ("xero_oauth_client_secret", ["xero", "client", "secret"], [(U, 48)], "guessed", (["xero", "client", "id"], [(HU, 32)])),
    ("quickbooks_oauth_client_secret", ["quickbooks", "client", "secret"], [(A, 40)], "guessed", (["quickbooks", "client", "id"], ["AB", (A, 48)])),
    ("truelayer_client_secret", ["truelayer", "client", "secret"], [("uuid",)], "guessed", (["truelayer", "client", "id"], ["oakfieldallot-", (LA, 6)])),
    ("gocardless_bank_data_secret_key", ["bankdata", "secret", "key"], [(H, 128)], "guessed", (["bankdata", "secret", "id"], [("uuid",)])),
    ("starling_personal_access_token", ["starling", "access", "token"], [(A, 64)], "guessed", None),
    ("hmrc_charities_online_password", ["charities", "online", "password"], "pw", "owner", (["gateway", "user", "id"], [(DIG, 12)])),
    ("charity_commission_api_subscription_key", ["charity", "commission", "subscription", "key"], [(H, 32)], "guessed", None),
    ("companies_house_api_key", ["companies", "house", "api", "key"], [("uuid",)], "believed", None),
    ("gov_uk_notify_api_key", ["notify", "api", "key"], "notify", "believed", None),
    ("membermojo_admin_password", ["membermojo", "admin", "password"], "pw", "owner", (["membermojo", "admin", "email"], ["secretary.", (LOWL, 5), "@oakfield-allotments.example"])),
    ("nsalg_member_portal_password", ["nsalg", "portal", "password"], "pw", "owner", (["nsalg", "member", "no"], ["NS", (DIG, 6)])),
    ("koha_staff_client_password", ["koha", "staff", "password"], "pw", "owner", (["koha", "staff", "user"], ["seedlib_", (LOWL, 4)])),
    ("hetzner_storage_box_password", ["storagebox", "password"], "pw", "owner", (["storagebox", "user"], ["u", (DIG, 6)])),
    ("libib_api_key", ["libib", "api", "key"], [(H, 32)], "guessed", (["libib", "user", "id"], [(DIG, 6)])),
    ("librarything_developer_key", ["librarything", "developer", "key"], [(H, 32)], "guessed", None),
    ("ticketsource_api_key", ["ticketsource", "api", "key"], [(A, 40)], "guessed", None),
    ("jotform_api_key", ["jotform", "api", "key"], [(H, 32)], "believed", None),
    ("ticket_tailor_api_key", ["tickettailor", "api", "key"], ["sk_", (DIG, 4), "_", (A, 32)], "guessed", None),
    ("mailchimp_marketing_api_key", ["mailchimp", "api", "key"], [(H, 32), "-us", (DIG, 2)], "read", None),
    ("brevo_api_key", ["brevo", "api", "key"], ["xkeysib-", (H, 64), "-", (A, 16)], "read", None),
    ("mailgun_private_api_key", ["mailgun", "api", "key"], ["key-", (H, 32)], "read", None),
    ("mailgun_webhook_signing_key", ["mailgun", "signing", "key"], [(H, 32), "-", (H, 8), "-", (H, 8)], "read", None),
    ("mailersend_api_token", ["mailersend", "api", "token"], ["mlsn.", (H, 64)], "guessed", None),
    ("aws_ses_smtp_password", ["ses", "smtp", "password"], "ses", "believed", (["ses", "smtp", "username"], ["AKIA", (UA, 16)])),
    ("aws_iam_secret_access_key", ["aws", "secret", "access", "key"], [(B64S, 40)], "believed", (["aws", "access", "key", "id"], ["AKIA", (UA, 16)])),
    ("twilio_account_auth_token", ["twilio", "auth", "token"], [(H, 32)], "believed", (["twilio", "account", "sid"], ["AC", (H, 32)])),
    ("messagebird_access_key", ["messagebird", "access", "key"], [(LA, 25)], "read", None),
    ("telnyx_api_key", ["telnyx", "api", "key"], ["KEY", (HU, 32), "_", (A, 22)], "guessed", None),
    ("pushover_application_token", ["pushover", "app", "token"], ["a", (LA, 29)], "believed", (["pushover", "user", "key"], ["u", (LA, 29)])),
    ("ntfy_access_token", ["ntfy", "token"], ["tk_", (LA, 29)], "believed", None),
    ("gotify_application_token", ["gotify", "app", "token"], ["A", (W, 14)], "believed", None),
    ("rocketchat_personal_access_token", ["rocketchat", "auth", "token"], [(U, 43)], "guessed", (["rocketchat", "user", "id"], [(A, 17)])),
    ("mastodon_access_token", ["mastodon", "access", "token"], [(U, 43)], "believed", None),
    ("bluesky_app_password", ["bluesky", "app", "password"], [(LA, 4), "-", (LA, 4), "-", (LA, 4), "-", (LA, 4)], "believed", (["bluesky", "handle"], ["oakfield", (LOWL, 3), ".bsky.social"])),
    ("slack_bot_user_oauth_token", ["slack", "bot", "token"], ["xoxb-", (DIG, 13), "-", (DIG, 13), "-", (A, 24)], "read", None),
    ("slack_incoming_webhook_url", ["slack", "webhook", "url"], ["https://hooks.slack.com/services/T", (UA, 10), "/B", (UA, 10), "/", (A, 24)], "read", None),
    ("telegram_plot_alerts_bot_token", ["telegram", "bot", "token"], [(DIG, 10), ":AA", (U, 33)], "believed", None),
    ("google_chat_space_webhook_url", ["gchat", "webhook", "url"], ["https://chat.googleapis.com/v1/spaces/AAAA", (U, 7), "/messages?key=AIzaSy", (U, 33), "&token=", (U, 43)], "believed", None),
    ("gmail_app_password", ["gmail", "app", "password"], "gmailapp", "believed", (["gmail", "user"], ["oakfield.", (LOWL, 5), "@gmail.com"])),
    ("nextcloud_app_password", ["nextcloud", "app", "password"], [(A, 5), "-", (A, 5), "-", (A, 5), "-", (A, 5), "-", (A, 5)], "believed", (["nextcloud", "user"], ["minutes", (LOWL, 3)])),
    ("fastmail_app_password", ["fastmail", "app", "password"], [(LA, 16)], "guessed", None),
    ("openai_project_api_key", ["openai", "api", "key"], ["sk-proj-", (W, 74), "T3BlbkFJ", (W, 74)], "read", None),
    ("anthropic_admin_api_key", ["anthropic", "admin", "key"], ["sk-ant-admin01-", (W, 93), "AA"], "read", None),
    ("groq_api_key", ["groq", "api", "key"], ["gsk_", (A, 52)], "believed", None),
    ("perplexity_api_key", ["perplexity", "api", "key"], ["pplx-", (A, 48)], "read", None),
    ("replicate_api_token", ["replicate", "api", "token"], ["r8_", (A, 37)], "believed", None),
    ("huggingface_user_access_token", ["hf", "token"], ["hf_", (C.LETTERS, 34)], "read", None),
    ("together_ai_api_key", ["together", "api", "key"], [(H, 64)], "guessed", None),
    ("langsmith_personal_api_key", ["langsmith", "api", "key"], ["lsv2_pt_", (H, 32), "_", (H, 10)], "believed", None),
    ("pinecone_api_key", ["pinecone", "api", "key"], ["pcsk_", (A, 6), "_", (A, 63)], "guessed", None),
    ("kindwise_plant_id_api_key", ["plantid", "api", "key"], [(A, 50)], "guessed", None),
    ("plantnet_api_key", ["plantnet", "api", "key"], ["2b10", (A, 21)], "guessed", None),
    ("perenual_api_key", ["perenual", "api", "key"], ["sk-", (A, 22)], "guessed", None),
    ("google_gemini_api_key", ["gemini", "api", "key"], ["AIza", (U, 35)], "read", None),
    ("openweathermap_api_key", ["owm", "api", "key"], [(H, 32)], "believed", None),
    ("met_office_datahub_api_key", ["datahub", "api", "key"], "metoffice", "guessed", None),
    ("tomorrow_io_api_key", ["tomorrow", "api", "key"], [(A, 32)], "guessed", None),
    ("netatmo_client_secret", ["netatmo", "client", "secret"], [(A, 30)], "guessed", (["netatmo", "client", "id"], [(H, 24)])),
    ("ecowitt_application_key", ["ecowitt", "application", "key"], [(HU, 32)], "guessed", None),
    ("weatherlink_v2_api_secret", ["weatherlink", "api", "secret"], [(LA, 32)], "guessed", None),
    ("wunderground_pws_station_key", ["wu", "station", "key"], [(A, 8)], "guessed", (["wu", "station", "id"], ["IOAKFI", (DIG, 2)])),
    ("ttn_lorawan_api_key", ["ttn", "api", "key"], ["NNSXS.", (C.B32[:26] + "234567", 39), ".", (C.B32, 52)], "believed", None),
    ("particle_access_token", ["particle", "access", "token"], [(H, 40)], "believed", None),
    ("blynk_auth_token", ["blynk", "auth", "token"], [(W, 32)], "guessed", (["blynk", "template", "id"], ["TMPL", (A, 8)])),
    ("adafruit_io_key", ["aio", "key"], ["aio_", (A, 28)], "believed", (["aio", "username"], ["oakfield", (LOWL, 4)])),
    ("thingspeak_write_api_key", ["thingspeak", "write", "key"], [(UA, 16)], "believed", (["thingspeak", "channel", "id"], [(DIG, 7)])),
    ("home_assistant_long_lived_token", ["hass", "token"], "ha", "believed", None),
    ("tuya_cloud_access_secret", ["tuya", "access", "secret"], [(H, 32)], "guessed", (["tuya", "access", "id"], [(LA, 20)])),
    ("shelly_cloud_auth_key", ["shelly", "auth", "key"], "shelly", "guessed", None),
    ("arduino_iot_cloud_client_secret", ["arduino", "client", "secret"], [(A, 64)], "guessed", (["arduino", "client", "id"], [(A, 32)])),
    ("locationiq_access_token", ["locationiq", "token"], ["pk.", (H, 32)], "believed", None),
    ("geoapify_api_key", ["geoapify", "api", "key"], [(H, 32)], "believed", None),
    ("what3words_api_key", ["w3w", "api", "key"], [(UA, 8)], "believed", None),
    ("here_platform_api_key", ["here", "api", "key"], [(U, 43)], "believed", None),
    ("recaptcha_secret_key", ["recaptcha", "secret", "key"], ["6L", (U, 38)], "believed", None),
    ("hcaptcha_secret_key", ["hcaptcha", "secret"], ["0x", (H, 40)], "believed", None),
    ("turnstile_secret_key", ["turnstile", "secret", "key"], ["0x4AAAAAAA", (U, 24)], "guessed", None),
    ("github_classic_pat", ["github", "token"], "ghp", "read", None),
    ("github_oauth_access_token", ["github", "oauth", "token"], "gho", "read", None),
    ("gitlab_personal_access_token", ["gitlab", "token"], ["glpat-", (W, 20)], "read", None),
    ("gitlab_deploy_token", ["gitlab", "deploy", "token"], ["gldt-", (W, 20)], "read", (["gitlab", "deploy", "user"], ["gitlab+deploy-token-", (DIG, 6)])),
    ("gitlab_feed_token", ["gitlab", "feed", "token"], ["glft-", (W, 20)], "read", None),
    ("bitbucket_app_password", ["bitbucket", "app", "password"], ["ATBB", (A, 28), (HU, 8)], "guessed", (["bitbucket", "username"], ["oakfield-", (LOWL, 5)])),
    ("gitea_access_token", ["gitea", "token"], [(H, 40)], "believed", None),
    ("rubygems_api_key", ["gem", "host", "api", "key"], ["rubygems_", (H, 48)], "read", None),
    ("crates_io_api_token", ["cargo", "registry", "token"], ["cio", (A, 32)], "believed", None),
    ("heroku_platform_api_key_v2", ["heroku", "api", "key"], ["HRKU-AA", (W, 58)], "read", None),
    ("render_api_key", ["render", "api", "key"], ["rnd_", (A, 32)], "believed", None),
    ("digitalocean_personal_access_token", ["digitalocean", "token"], ["dop_v1_", (H, 64)], "read", None),
    ("flyio_deploy_token", ["fly", "api", "token"], ["fo1_", (W, 43)], "read", None),
    ("vercel_access_token", ["vercel", "token"], [(A, 24)], "believed", None),
    ("pulumi_access_token", ["pulumi", "access", "token"], ["pul-", (H, 40)], "read", None),
    ("sentry_user_auth_token", ["sentry", "auth", "token"], ["sntryu_", (H, 64)], "read", None),
    ("datadog_application_key", ["datadog", "app", "key"], [(H, 40)], "read", None),
    ("prefect_cloud_api_key", ["prefect", "api", "key"], ["pnu_", (A, 36)], "read", None),
    ("onepassword_service_account_token", ["op", "service", "account", "token"], "1pw", "read", None),
    ("infisical_universal_auth_client_secret", ["infisical", "client", "secret"], [(H, 64)], "guessed", (["infisical", "client", "id"], [("uuid",)])),
    ("cloudflare_api_token", ["cloudflare", "api", "token"], [(W, 40)], "believed", None),
    ("cloudflare_tunnel_token", ["tunnel", "token"], "cft", "believed", None),
    ("zerotier_central_api_token", ["zerotier", "api", "token"], [(A, 32)], "guessed", None),
    ("scaleway_secret_key", ["scw", "secret", "key"], [("uuid",)], "believed", (["scw", "access", "key"], ["SCW", (UA, 17)])),
    ("hetzner_cloud_api_token", ["hcloud", "token"], [(A, 64)], "believed", None),
    ("linode_personal_access_token", ["linode", "token"], [(H, 64)], "believed", None),
    ("mongodb_atlas_private_api_key", ["atlas", "private", "key"], [("uuid",)], "believed", (["atlas", "public", "key"], [(LOWL, 8)])),
    ("airtable_personal_access_token", ["airtable", "token"], ["pat", (A, 14), ".", (H, 64)], "read", None),
    ("notion_integration_token", ["notion", "token"], ["ntn_", (DIG, 11), (A, 35)], "read", None),
    ("baserow_database_token", ["baserow", "token"], [(A, 32)], "guessed", None),
    ("grist_api_key", ["grist", "api", "key"], [(H, 40)], "guessed", None),
    ("figma_personal_access_token", ["figma", "token"], ["figd_", (W, 40)], "believed", None),
    ("zoom_s2s_oauth_client_secret", ["zoom", "client", "secret"], [(A, 32)], "guessed", (["zoom", "client", "id"], [(A, 22)])),
    ("keycloak_client_secret", ["keycloak", "client", "secret"], [(A, 32)], "believed", (["keycloak", "client", "id"], ["plots-portal-", (LOWL, 4)])),
    ("monday_com_api_token", ["monday", "api", "token"], "monday", "believed", None),
    ("meilisearch_master_key", ["meili", "master", "key"], [(W, 43)], "guessed", None),
    ("typesense_admin_api_key", ["typesense", "api", "key"], [(A, 32)], "guessed", None),
    ("elastic_cloud_api_key", ["elastic", "api", "key"], "elastic", "believed", None),
    ("digitalocean_spaces_secret_key", ["spaces", "secret", "key"], [(B64S, 43)], "guessed", (["spaces", "access", "key"], ["DO00", (UA, 16)])),
    ("dropbox_app_secret", ["dropbox", "app", "secret"], [(LA, 15)], "read", (["dropbox", "app", "key"], [(LA, 15)])),
    ("ko_fi_verification_token", ["kofi", "verification", "token"], [("uuid",)], "guessed", None),
    ("open_collective_personal_token", ["opencollective", "token"], [(H, 40)], "guessed", None),
    ("stability_ai_api_key", ["stability", "api", "key"], ["sk-", (A, 48)], "believed", None),
    ("clojars_deploy_token", ["clojars", "token"], ["CLOJARS_", (LA, 60)], "read", None),
]
N_VENDOR = 120
SET_ASIDE_REASON = {
    "typesense_admin_api_key": "guessed shape (32 alphanumerics, same as several others); search is not central to this world",
    "elastic_cloud_api_key": "weak tie to this world (no allotment app runs Elastic Cloud)",
    "digitalocean_spaces_secret_key": "guessed access-key prefix `DO00`",
    "dropbox_app_secret": "an app secret of 15 lower-case alphanumerics is hard to tell from an id even with the key name",
    "ko_fi_verification_token": "guessed shape (bare UUIDv4, already many UUID secrets)",
    "open_collective_personal_token": "guessed shape, weak tie to the world",
    "stability_ai_api_key": "`sk-` + 48 alphanumerics duplicates other AI key shapes",
    "clojars_deploy_token": "Clojure package publishing is not part of this world",
}

# style -> (case, renderer(key, neighbour_key, neighbour_value, rng) -> template)


def _nb(fmt, nk, nv):
    return fmt.format(k=nk, v=nv) if nk else ""


STYLES = [
    ("plots_api_env_production", "upper", lambda k, nk, nv, r:
        "# /srv/plots-api/.env.production\nNODE_ENV=production\n" + _nb("{k}={v}\n", nk, nv) + k + "=" + MARK + "\nLOG_LEVEL=info\n"),
    ("seedlib_laravel_config_services_php", "snake", lambda k, nk, nv, r:
        "<?php\n// config/services.php (seed library)\nreturn [\n    'vendor' => [\n" + _nb("        '{k}' => '{v}',\n", nk, nv) + "        '" + k + "' => '" + MARK + "',\n    ],\n];\n"),
    ("rota_worker_wrangler_secret_put_history", "upper", lambda k, nk, nv, r:
        "$ npx wrangler whoami\n" + _nb("$ npx wrangler secret put {k} <<< '{v}'\n", nk, nv) + "$ printf '%s' '" + MARK + "' | npx wrangler secret put " + k + "\n\u2728 Success! Uploaded secret " + k + "\n"),
    ("show_app_go_const_block", "camel", lambda k, nk, nv, r:
        "package config\n\n// TODO move to env before the show\nconst (\n" + _nb("\t{k} = \"{v}\"\n", nk, nv) + "\t" + k + " = \"" + MARK + "\"\n)\n"),
    ("seed_app_kotlin_local_properties", "dot", lambda k, nk, nv, r:
        "## local.properties (seed app, not committed)\nsdk.dir=/Users/dev/Library/Android/sdk\n" + _nb("{k}={v}\n", nk, nv) + k + "=" + MARK + "\n"),
    ("treasurer_lastpass_csv_export", "title", lambda k, nk, nv, r:
        "url,username,password,totp,extra,name,grouping,fav\nhttps://portal.example,%s,%s,,,%s,Allotments/Vendors,0\n" % (nv or "", MARK, k)),
    ("committee_signal_desktop_paste", "spaced", lambda k, nk, nv, r:
        "Jo (chair), 20:14\n" + _nb("{k}: {v}\n", nk, nv) + k + ": " + MARK + "\nplease copy into the shared vault and delete this\n"),
    ("plot_helpdesk_zendesk_internal_note", "spaced", lambda k, nk, nv, r:
        "Ticket #%d  Internal note (not visible to requester)\nRotated yesterday. " % r.randint(1200, 9999) + _nb("{k} {v}, ", nk, nv) + "new " + k + " " + MARK + "\n-- Sam, volunteer IT\n"),
    ("allotment_ops_fly_secrets_set_history", "upper", lambda k, nk, nv, r:
        "  101  fly status -a oakfield-plots\n" + _nb("  102  fly secrets set {k}={v} -a oakfield-plots\n", nk, nv) + "  103  fly secrets set " + k + "=" + MARK + " -a oakfield-plots\n  104  fly deploy\n"),
    ("water_app_aws_ssm_put_parameter_history", "kebab", lambda k, nk, nv, r:
        "aws sso login --profile allotments\n" + _nb("aws ssm put-parameter --name /allotments/prod/{k} --type String --value '{v}'\n", nk, nv) + "aws ssm put-parameter --name /allotments/prod/" + k + " --type SecureString --value '" + MARK + "' --overwrite\n"),
    ("seed_app_dotnet_user_secrets_set_history", "pascal", lambda k, nk, nv, r:
        "PS C:\\src\\Seedlib.Api> dotnet user-secrets init\n" + _nb("PS C:\\src\\Seedlib.Api> dotnet user-secrets set \"Vendor:{k}\" \"{v}\"\n", nk, nv) + "PS C:\\src\\Seedlib.Api> dotnet user-secrets set \"Vendor:" + k + "\" \"" + MARK + "\"\nSuccessfully saved Vendor:" + k + " to the secret store.\n"),
    ("shed_bridge_node_config_json", "camel", lambda k, nk, nv, r:
        "{\n  \"listen\": 8080,\n" + _nb("  \"{k}\": \"{v}\",\n", nk, nv) + "  \"" + k + "\": \"" + MARK + "\",\n  \"debug\": false\n}\n"),
    ("plots_django_settings_module", "upper", lambda k, nk, nv, r:
        "# plots/settings/production.py\nfrom .base import *  # noqa\n\n" + _nb("{k} = \"{v}\"\n", nk, nv) + k + " = \"" + MARK + "\"\n"),
    ("rota_app_rails_credentials_yml_dec", "snake", lambda k, nk, nv, r:
        "# bin/rails credentials:edit  (decrypted view)\nsecret_key_base_note: rotated in March\nvendor:\n" + _nb("  {k}: {v}\n", nk, nv) + "  " + k + ": \"" + MARK + "\"\n"),
    ("ops_pass_show_output", "kebab", lambda k, nk, nv, r:
        "$ pass show allotments/vendor/" + k + "\n" + MARK + "\n" + _nb("login: {v}\n", nk, nv) + "note: rotate after the AGM\n"),
    ("grant_portal_opentofu_tfvars", "snake", lambda k, nk, nv, r:
        "# prod.auto.tfvars (OpenTofu, grant portal)\nregion = \"uk-lon1\"\n" + _nb("{k} = \"{v}\"\n", nk, nv) + k + " = \"" + MARK + "\"\n"),
]


def entry_info(e):
    typ, words, spec, basis, nb = e
    if isinstance(spec, str):
        g, rx, val, desc = CUSTOM[spec]
        return (lambda rng: g(rng)), rx, val, desc
    return (lambda rng: spec_gen(rng, spec)), spec_re(spec), None, spec_desc(spec)


def generate(reg):
    from everyday211 import keyname
    rng = random.Random(SEED)
    recs = []
    for i, e in enumerate(VENDORS[:N_VENDOR]):
        typ, words, spec, basis, nb = e
        gen, rx, val, desc = entry_info(e)
        sname, case, render = STYLES[i % len(STYLES)]
        value = reg.draw(lambda: gen(rng))
        nk = nv = None
        if nb:
            nk = keyname(nb[0], case)
            nv = reg.draw(lambda: spec_gen(rng, nb[1]))
        tpl = render(keyname(words, case), nk, nv, rng)
        recs.append(C.pos_record(None, typ, typ + "__" + sname, tpl, value, "vendor"))
    return recs
