"""Vendor source: 120 vendor credential types used by funfair / circus / street-food developers."""
import json
import random
import re

import common197 as C
from common197 import MARK as V

SEED = 19702


def R(alpha, n):
    return lambda r: C.rs(r, alpha, n)


def P(prefix, alpha, n, suffix=""):
    return lambda r: prefix + C.rs(r, alpha, n) + suffix


def cat(*parts):
    def g(r):
        return "".join(p if isinstance(p, str) else p(r) for p in parts)
    return g


def pw(r):
    return C.owner_pw(r)


def uuid(r):
    return C.uuid4(r)


def zettle_assertion(r):
    return C.jwt_fake(r, "RS256", {"iss": "https://oauth.zettle.example", "sub": C.uuid4(r),
                                     "aud": "api-key", "scope": ["READ:PURCHASE", "READ:FINANCE"],
                                     "iat": 1785000000 + r.randint(0, 9999999)},
                      {"kid": C.rs(r, C.HEX, 8)})


def lemon_jwt(r):
    return C.jwt_fake(r, "RS256", {"aud": "1", "jti": C.rs(r, C.HEX, 80),
                                     "iat": 1785000000 + r.randint(0, 9999999),
                                     "sub": str(r.randint(100000, 999999)), "scopes": []})


def ha_jwt(r):
    iat = 1785000000 + r.randint(0, 9999999)
    return C.jwt_hs(r, "HS256", {"iss": C.rs(r, C.HEX, 32), "iat": iat, "exp": iat + 315360000})


def supabase_service(r):
    iat = 1785000000 + r.randint(0, 9999999)
    return C.jwt_hs(r, "HS256", {"iss": "supabase", "ref": C.rs(r, C.LOWER, 20),
                                   "role": "service_role", "iat": iat, "exp": iat + 315360000})


def onepassword_sat(r):
    body = {"signInAddress": "showmen-tours.1password.eu", "userAuth": {
        "method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000,
        "salt": C.b64url_nopad(C.rbytes(r, 16))},
        "email": "%s@%s.1passwordserviceaccounts.eu" % (C.rs(r, C.LOWER, 13), C.rs(r, C.LOWER, 8)),
        "srpX": C.rs(r, C.HEX, 64),
        "muk": {"alg": "A256GCM", "ext": True, "k": C.b64url_nopad(C.rbytes(r, 32)),
                "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
        "secretKey": "A3-%s-%s-%s-%s-%s" % (C.rs(r, C.UPALNUM, 6), C.rs(r, C.UPALNUM, 11),
                                           C.rs(r, C.UPALNUM, 5), C.rs(r, C.UPALNUM, 5), C.rs(r, C.UPALNUM, 5)),
        "throttleSecret": {"seed": C.rs(r, C.HEX, 64), "uuid": C.rs(r, C.UPALNUM, 26)},
        "deviceUuid": C.rs(r, C.LOWALNUM, 26)}
    return "ops_" + C.b64(json.dumps(body, separators=(",", ":")).encode())


def google_chat_url(r):
    return ("https://chat.googleapis.com/v1/spaces/AAAA%s/messages?key=AIza%s&token=%s"
            % (C.rs(r, C.B64URL, 7), C.rs(r, C.B64URL, 35), C.rs(r, C.B64URL, 43)))


def zapier_url(r):
    return "https://hooks.zapier.com/hooks/catch/%d/%s/" % (r.randint(10000000, 99999999), C.rs(r, C.LOWALNUM, 7))


def ably_key(r):
    return "%s.%s:%s" % (C.rs(r, C.B64URL, 6), C.rs(r, C.B64URL, 6), C.rs(r, C.B64URL, 43))


def flyio(r):
    return "fm2_" + C.b64(C.rbytes(r, 96))


def azure_storage(r):
    return C.b64(C.rbytes(r, 64))


def aws_secret(r):
    return C.rs(r, C.B64STD, 40)


def paddle(r):
    return "pdl_live_apikey_%s_%s_%s" % (C.rs(r, C.LOWALNUM, 26), C.rs(r, C.ALNUM, 22), C.rs(r, C.ALNUM, 3))


def helicone(r):
    return "sk-helicone-" + "-".join(C.rs(r, C.LOWALNUM, 7) for _ in range(4))


def openai_proj(r):
    return "sk-proj-" + C.rs(r, C.B64URL, 74) + "T3BlbkFJ" + C.rs(r, C.B64URL, 74)


def ttn(r):
    b32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    return "NNSXS." + C.rs(r, b32, 39) + "." + C.rs(r, b32, 52)


def stripe_sk(r):
    return "sk_live_51" + C.rs(r, C.ALNUM, 97)


def pinecone(r):
    return "pcsk_" + C.rs(r, C.ALNUM, 6) + "_" + C.rs(r, C.ALNUM, 63)


def octopus_api(r):
    return "API-" + C.rs(r, C.UPALNUM, 26)


# neighbours: (label words, generator) -- public identifiers written next to the secret, never labelled
NB = {
    "client_id": (["client", "id"], R(C.HEX, 32)),
    "uuid_client_id": (["client", "id"], uuid),
    "username": (["username"], lambda r: r.choice(["ops", "fairops", "office", "jess.office", "ron.h"]) + str(r.randint(10, 99))),
    "email": (["account", "email"], lambda r: "%s%d@showmen-tours.example" % (r.choice(["office", "fleet", "power", "payroll"]), r.randint(1, 99))),
}

# (type, generator, neighbour or None, shape description, grade, regex)
# grade: read = prefix / layout read this session in the public gitleaks rule file;
#        believed = from background knowledge; guessed = length and alphabet only
VENDORS = [
    # ticketing and cashless
    ("eventbrite_private_oauth_token", R(C.UPALNUM, 20), None, "20 upper-case alphanumerics", "believed", r"^[A-Z0-9]{20}$"),
    ("ticket_tailor_api_key", cat("sk_", R(C.DIGITS, 4), "_", R(C.DIGITS, 6), "_", R(C.HEX, 32)), None,
     "`sk_` + 4 digits + `_` + 6 digits + `_` + 32 lower-case hex", "guessed", r"^sk_\d{4}_\d{6}_[0-9a-f]{32}$"),
    ("tito_admin_api_token", P("secret_live_", C.ALNUM, 20), None, "`secret_live_` + 20 alphanumerics", "guessed", r"^secret_live_[A-Za-z0-9]{20}$"),
    ("skiddle_partner_api_key", R(C.HEX, 32), None, "32 lower-case hex", "guessed", r"^[0-9a-f]{32}$"),
    ("ticketsource_api_key", R(C.ALNUM, 40), None, "40 alphanumerics", "guessed", r"^[A-Za-z0-9]{40}$"),
    ("billetto_api_keysecret", R(C.HEX, 64), ("access key id", R(C.HEX, 16)),
     "64 lower-case hex", "guessed", r"^[0-9a-f]{64}$"),
    ("weezevent_api_key", R(C.HEX, 32), None, "32 lower-case hex", "guessed", r"^[0-9a-f]{32}$"),
    ("universe_ticketing_client_secret", R(C.HEX, 64), ("client id", R(C.HEX, 64)),
     "64 lower-case hex (the client id next to it has the same shape)", "guessed", r"^[0-9a-f]{64}$"),
    ("ticketmaster_discovery_consumer_secret", R(C.ALNUM, 16), ("consumer key", R(C.ALNUM, 32)),
     "16 alphanumerics", "guessed", r"^[A-Za-z0-9]{16}$"),
    ("fixr_promoter_api_token", R(C.ALNUM, 40), None, "40 alphanumerics", "guessed", r"^[A-Za-z0-9]{40}$"),
    ("tappit_cashless_api_key", R(C.B64URL, 48), None, "48 base64url", "guessed", r"^[A-Za-z0-9_-]{48}$"),
    ("playpass_rfid_platform_token", R(C.HEX, 40), None, "40 lower-case hex", "guessed", r"^[0-9a-f]{40}$"),
    ("intellitix_event_api_secret", uuid, None, "UUIDv4 (a secret that looks like an id)", "guessed", None),
    # card readers and payments
    ("sumup_oauth_client_secret", R(C.HEX, 64), ("client id", P("cc_classic_", C.ALNUM, 28)),
     "64 lower-case hex", "guessed", r"^[0-9a-f]{64}$"),
    ("zettle_api_key_assertion", zettle_assertion, ("client id", uuid),
     "RS256-shaped JWT with a `kid` (real base64url JSON, random 256-byte signature)", "believed", None),
    ("stripe_live_secret_key", stripe_sk, None, "`sk_live_51` + 97 alphanumerics", "read", r"^sk_live_51[A-Za-z0-9]{97}$"),
    ("stripe_terminal_webhook_signing_secret", P("whsec_", C.ALNUM, 32), None,
     "`whsec_` + 32 alphanumerics", "believed", r"^whsec_[A-Za-z0-9]{32}$"),
    ("square_webhook_signature_key", R(C.B64URL, 22), None, "22 base64url", "believed", r"^[A-Za-z0-9_-]{22}$"),
    ("gocardless_live_access_token", P("live_", C.B64URL, 40), None, "`live_` + 40 base64url", "read", r"^live_[A-Za-z0-9_-]{40}$"),
    ("razorpay_live_key_secret", R(C.ALNUM, 24), ("key id", P("rzp_live_", C.ALNUM, 14)),
     "24 alphanumerics", "believed", r"^[A-Za-z0-9]{24}$"),
    ("checkout_com_secret_key", lambda r: "sk_" + C.uuid4(r), None, "`sk_` + UUIDv4", "believed", None),
    ("braintree_private_key", R(C.HEX, 32), ("public key", R(C.LOWALNUM, 16)),
     "32 lower-case hex", "believed", r"^[0-9a-f]{32}$"),
    ("revolut_merchant_secret_api_key", P("sk_", C.ALNUM, 48), None, "`sk_` + 48 alphanumerics", "guessed", r"^sk_[A-Za-z0-9]{48}$"),
    ("klarna_live_api_credential", P("klarna_live_api_", C.B64URL, 40), ("username (UID)", uuid),
     "`klarna_live_api_` + 40 base64url", "guessed", r"^klarna_live_api_[A-Za-z0-9_-]{40}$"),
    ("paddle_billing_live_api_key", paddle, None, "`pdl_live_apikey_` + 26 + `_` + 22 + `_` + 3", "guessed", r"^pdl_live_apikey_[a-z0-9]{26}_[A-Za-z0-9]{22}_[A-Za-z0-9]{3}$"),
    ("lemon_squeezy_api_key", lemon_jwt, None, "RS256-shaped JWT (real base64url JSON, random 256-byte signature)", "believed", None),
    ("gumroad_application_access_token", R(C.B64URL, 43), None, "43 base64url", "guessed", r"^[A-Za-z0-9_-]{43}$"),
    ("shopify_admin_api_access_token", P("shpat_", C.HEX, 32), ("shop domain", lambda r: "%s-tokens.myshopify.com" % C.rs(r, C.LOWER, 6)),
     "`shpat_` + 32 lower-case hex", "read", r"^shpat_[0-9a-f]{32}$"),
    ("etsy_open_api_shared_secret", R(C.LOWALNUM, 10), ("keystring", R(C.LOWALNUM, 24)),
     "10 lower-case alphanumerics", "guessed", r"^[a-z0-9]{10}$"),
    ("printful_private_token", R(C.ALNUM, 40), None, "40 alphanumerics", "guessed", r"^[A-Za-z0-9]{40}$"),
    # vehicle tracking and maps
    ("samsara_fleet_api_token", P("samsara_api_", C.ALNUM, 30), None, "`samsara_api_` + 30 alphanumerics", "believed", r"^samsara_api_[A-Za-z0-9]{30}$"),
    ("geotab_mygeotab_password", pw, ("username", lambda r: "fleet%d@showmen-tours.example" % r.randint(1, 99)),
     "owner-chosen password", "guessed", None),
    ("webfleet_account_password", pw, ("account", lambda r: "showmen-tours-%d" % r.randint(10, 99)),
     "owner-chosen password", "guessed", None),
    ("webfleet_connect_api_key", uuid, None, "UUIDv4", "guessed", None),
    ("motive_fleet_api_key", uuid, None, "UUIDv4", "guessed", None),
    ("traccar_server_api_token", R(C.B64URL, 64), None, "64 base64url", "guessed", r"^[A-Za-z0-9_-]{64}$"),
    ("google_maps_server_api_key", P("AIza", C.B64URL, 35), None, "`AIza` + 35 base64url (server-side key, restricted by IP)", "read", r"^AIza[A-Za-z0-9_-]{35}$"),
    ("here_location_api_key", R(C.B64URL, 43), ("app id", R(C.ALNUM, 20)), "43 base64url", "believed", r"^[A-Za-z0-9_-]{43}$"),
    ("tomtom_routing_api_key", R(C.ALNUM, 32), None, "32 alphanumerics", "believed", r"^[A-Za-z0-9]{32}$"),
    ("what3words_api_key", R(C.UPALNUM, 8), None, "8 upper-case alphanumerics", "believed", r"^[A-Z0-9]{8}$"),
    ("radar_live_secret_key", P("prj_live_sk_", C.HEX, 40), None, "`prj_live_sk_` + 40 lower-case hex", "believed", r"^prj_live_sk_[0-9a-f]{40}$"),
    ("trackimo_api_client_secret", R(C.HEX, 32), ("client id", uuid), "32 lower-case hex", "guessed", r"^[0-9a-f]{32}$"),
    # power and IoT
    ("shelly_cloud_auth_key", R(C.ALNUM, 76), ("server", lambda r: "shelly-%d-eu.shelly.cloud" % r.randint(10, 99)),
     "76 alphanumerics", "guessed", r"^[A-Za-z0-9]{76}$"),
    ("tuya_iot_access_secret", R(C.HEX, 32), ("access id", R(C.LOWALNUM, 20)), "32 lower-case hex", "believed", r"^[0-9a-f]{32}$"),
    ("solaredge_monitoring_api_key", R(C.UPALNUM, 32), ("site id", lambda r: str(r.randint(1000000, 9999999))),
     "32 upper-case alphanumerics", "believed", r"^[A-Z0-9]{32}$"),
    ("ecoflow_open_api_secret_key", R(C.ALNUM, 32), ("access key", R(C.ALNUM, 32)), "32 alphanumerics", "guessed", r"^[A-Za-z0-9]{32}$"),
    ("octopus_energy_api_key", P("sk_live_", C.ALNUM, 24), ("account number", lambda r: "A-%s" % C.rs(r, C.UHEX, 8)),
     "`sk_live_` + 24 alphanumerics", "believed", r"^sk_live_[A-Za-z0-9]{24}$"),
    ("growatt_server_password", pw, ("username", lambda r: "genset%d" % r.randint(10, 99)), "owner-chosen password", "guessed", None),
    ("influxdb_cloud_api_token", lambda r: C.b64(C.rbytes(r, 64)).replace("+", "-").replace("/", "_"), ("org", lambda r: "fairops-%d" % r.randint(10, 99)),
     "URL-safe Base64 of 64 bytes (88 characters ending `==`)", "believed", r"^[A-Za-z0-9_-]{86}==$"),
    ("home_assistant_long_lived_token", ha_jwt, None, "HS256 JWT (real base64url JSON `iss` / `iat` / `exp`, real HMAC under a discarded key)", "believed", None),
    ("particle_cloud_access_token", R(C.HEX, 40), None, "40 lower-case hex", "believed", r"^[0-9a-f]{40}$"),
    ("blynk_device_auth_token", R(C.B64URL, 32), ("template id", lambda r: "TMPL" + C.rs(r, C.ALNUM, 8)), "32 base64url", "believed", r"^[A-Za-z0-9_-]{32}$"),
    ("thingspeak_write_api_key", R(C.UPALNUM, 16), ("channel id", lambda r: str(r.randint(1000000, 2999999))), "16 upper-case alphanumerics", "believed", r"^[A-Z0-9]{16}$"),
    ("adafruit_io_key", P("aio_", C.ALNUM, 28), ("username", lambda r: "fairpower%d" % r.randint(10, 99)), "`aio_` + 28 alphanumerics", "believed", r"^aio_[A-Za-z0-9]{28}$"),
    ("ubidots_account_token", P("BBUS-", C.ALNUM, 30), None, "`BBUS-` + 30 alphanumerics", "believed", r"^BBUS-[A-Za-z0-9]{30}$"),
    ("ttn_lorawan_api_key", ttn, None, "`NNSXS.` + 39 + `.` + 52 upper-case Base32", "believed", r"^NNSXS\.[A-Z2-7]{39}\.[A-Z2-7]{52}$"),
    ("hologram_sim_api_key", R(C.ALNUM, 32), None, "32 alphanumerics", "guessed", r"^[A-Za-z0-9]{32}$"),
    ("emporia_energy_account_password", pw, ("account e-mail", lambda r: "power%d@showmen-tours.example" % r.randint(1, 99)), "owner-chosen password", "guessed", None),
    # staff scheduling and payroll
    ("deputy_permanent_access_token", R(C.HEX, 32), ("install", lambda r: "%s.uk.deputy.com" % C.rs(r, C.HEX, 8)), "32 lower-case hex", "believed", r"^[0-9a-f]{32}$"),
    ("when_i_work_developer_key", R(C.HEX, 40), None, "40 lower-case hex", "guessed", r"^[0-9a-f]{40}$"),
    ("xero_oauth_client_secret", R(C.B64URL, 48), ("client id", R(C.UHEX, 32)), "48 base64url", "believed", r"^[A-Za-z0-9_-]{48}$"),
    ("quickbooks_oauth_client_secret", R(C.ALNUM, 40), ("client id", P("AB", C.ALNUM, 48)), "40 alphanumerics", "believed", r"^[A-Za-z0-9]{40}$"),
    ("sage_business_cloud_client_secret", R(C.ALNUM, 40), ("client id", lambda r: C.uuid4(r) + "/" + C.uuid4(r)), "40 alphanumerics", "guessed", r"^[A-Za-z0-9]{40}$"),
    ("gusto_payroll_api_token", R(C.HEX, 64), None, "64 lower-case hex", "guessed", r"^[0-9a-f]{64}$"),
    ("personio_api_client_secret", P("papi-", C.ALNUM, 48), ("client id", P("papi-", C.ALNUM, 24)), "`papi-` + 48 alphanumerics", "guessed", r"^papi-[A-Za-z0-9]{48}$"),
    ("breathe_hr_api_key", lambda r: "prod-" + C.uuid4(r), None, "`prod-` + UUIDv4", "guessed", None),
    ("planday_app_refresh_token", R(C.B64URL, 43), ("app id", uuid), "43 base64url", "guessed", r"^[A-Za-z0-9_-]{43}$"),
    ("sevenshifts_access_token", R(C.HEX, 64), None, "64 lower-case hex", "guessed", r"^[0-9a-f]{64}$"),
    ("brightpay_connect_password", pw, ("employer login", lambda r: "payroll%d@showmen-tours.example" % r.randint(1, 99)), "owner-chosen password", "guessed", None),
    ("hmrc_government_gateway_password", pw, ("user id", lambda r: str(r.randint(10 ** 11, 10 ** 12 - 1))), "owner-chosen password", "guessed", None),
    # messaging and mail
    ("twilio_account_auth_token", R(C.HEX, 32), ("account sid", P("AC", C.HEX, 32)), "32 lower-case hex", "believed", r"^[0-9a-f]{32}$"),
    ("messagebird_live_access_key", R(C.ALNUM, 25), None, "25 alphanumerics", "read", r"^[A-Za-z0-9]{25}$"),
    ("brevo_smtp_api_key", cat("xkeysib-", R(C.HEX, 64), "-", R(C.ALNUM, 16)), None, "`xkeysib-` + 64 lower-case hex + `-` + 16 alphanumerics", "read", r"^xkeysib-[0-9a-f]{64}-[A-Za-z0-9]{16}$"),
    ("mailgun_private_api_key", P("key-", C.HEX, 32), ("domain", lambda r: "mg.showmen-tours.example"), "`key-` + 32 lower-case hex", "read", r"^key-[0-9a-f]{32}$"),
    ("mailchimp_marketing_api_key", cat(R(C.HEX, 32), lambda r: "-us%d" % r.randint(10, 21)), None, "32 lower-case hex + `-us` + 2 digits", "read", r"^[0-9a-f]{32}-us\d\d$"),
    ("klaviyo_private_api_key", P("pk_", C.HEX, 34), None, "`pk_` + 34 lower-case hex", "believed", r"^pk_[0-9a-f]{34}$"),
    ("mailersend_api_token", P("mlsn.", C.HEX, 64), None, "`mlsn.` + 64 lower-case hex", "believed", r"^mlsn\.[0-9a-f]{64}$"),
    ("smtp2go_api_key", P("api-", C.UHEX, 32), None, "`api-` + 32 upper-case hex", "believed", r"^api-[0-9A-F]{32}$"),
    ("pusher_channels_app_secret", R(C.HEX, 20), ("app key", R(C.HEX, 20)), "20 lower-case hex (the app key next to it has the same shape and is public)", "believed", r"^[0-9a-f]{20}$"),
    ("ably_root_api_key", ably_key, None, "`<app id>.<key id>:<secret>` (6 + 6 + 43 base64url; labelled whole)", "believed", r"^[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_-]{43}$"),
    ("pushover_application_token", lambda r: "a" + C.rs(r, C.LOWALNUM, 29), ("user key", lambda r: "u" + C.rs(r, C.LOWALNUM, 29)), "`a` + 29 lower-case alphanumerics", "believed", r"^a[a-z0-9]{29}$"),
    ("ntfy_access_token", P("tk_", C.LOWALNUM, 29), None, "`tk_` + 29 lower-case alphanumerics", "believed", r"^tk_[a-z0-9]{29}$"),
    ("gotify_application_token", lambda r: "A" + C.rs(r, C.B64URL, 14), None, "`A` + 14 base64url", "guessed", r"^A[A-Za-z0-9_-]{14}$"),
    ("rocket_chat_personal_access_token", R(C.B64URL, 43), ("user id", R(C.ALNUM, 17)), "43 base64url", "believed", r"^[A-Za-z0-9_-]{43}$"),
    ("google_chat_space_webhook_url", google_chat_url, None, "whole `chat.googleapis.com/v1/spaces/…/messages?key=AIza…&token=…` URL (the URL is the credential)", "believed", None),
    ("textlocal_api_key", R(C.B64STD, 40), None, "40 Base64-alphabet characters", "guessed", r"^[A-Za-z0-9+/]{40}$"),
    ("clicksend_api_key", lambda r: C.uuid4(r, upper=True), ("username", lambda r: "market%d" % r.randint(10, 99)), "UUIDv4 in upper case", "guessed", None),
    # AI
    ("openai_project_api_key", openai_proj, None, "`sk-proj-` + 74 + `T3BlbkFJ` + 74 base64url", "read", r"^sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}$"),
    ("anthropic_admin_api_key", cat("sk-ant-admin01-", R(C.B64URL, 93), "AA"), None, "`sk-ant-admin01-` + 93 base64url + `AA`", "read", r"^sk-ant-admin01-[A-Za-z0-9_-]{93}AA$"),
    ("google_gemini_api_key", P("AIza", C.B64URL, 35), None, "`AIza` + 35 base64url", "read", r"^AIza[A-Za-z0-9_-]{35}$"),
    ("groq_cloud_api_key", P("gsk_", C.ALNUM, 52), None, "`gsk_` + 52 alphanumerics", "believed", r"^gsk_[A-Za-z0-9]{52}$"),
    ("perplexity_sonar_api_key", P("pplx-", C.ALNUM, 48), None, "`pplx-` + 48 alphanumerics", "read", r"^pplx-[A-Za-z0-9]{48}$"),
    ("huggingface_inference_token", P("hf_", C.UPPER + C.LOWER, 34), None, "`hf_` + 34 letters", "read", r"^hf_[A-Za-z]{34}$"),
    ("replicate_api_token", P("r8_", C.ALNUM, 37), None, "`r8_` + 37 alphanumerics", "believed", r"^r8_[A-Za-z0-9]{37}$"),
    ("together_ai_api_key", R(C.HEX, 64), None, "64 lower-case hex", "believed", r"^[0-9a-f]{64}$"),
    ("voyage_ai_api_key", P("pa-", C.B64URL, 43), None, "`pa-` + 43 base64url", "believed", r"^pa-[A-Za-z0-9_-]{43}$"),
    ("pinecone_api_key", pinecone, None, "`pcsk_` + 6 + `_` + 63 alphanumerics", "guessed", r"^pcsk_[A-Za-z0-9]{6}_[A-Za-z0-9]{63}$"),
    ("stability_ai_api_key", P("sk-", C.ALNUM, 48), None, "`sk-` + 48 alphanumerics", "believed", r"^sk-[A-Za-z0-9]{48}$"),
    ("helicone_api_key", helicone, None, "`sk-helicone-` + four groups of 7 lower-case alphanumerics", "guessed", r"^sk-helicone-(?:[a-z0-9]{7}-){3}[a-z0-9]{7}$"),
    # developer and ops
    ("github_classic_personal_access_token", P("ghp_", C.ALNUM, 36), None, "`ghp_` + 36 alphanumerics", "read", r"^ghp_[A-Za-z0-9]{36}$"),
    ("gitlab_project_deploy_token", P("gldt-", C.B64URL, 20), ("deploy token username", lambda r: "gitlab+deploy-token-%d" % r.randint(100, 9999)), "`gldt-` + 20 base64url", "read", r"^gldt-[A-Za-z0-9_-]{20}$"),
    ("gitlab_personal_access_token", P("glpat-", C.B64URL, 20), None, "`glpat-` + 20 base64url", "read", r"^glpat-[A-Za-z0-9_-]{20}$"),
    ("bitbucket_app_password", cat("ATBB", R(C.ALNUM, 32), R(C.UHEX, 8)), ("username", lambda r: "fairops-ci%d" % r.randint(1, 9)), "`ATBB` + 32 alphanumerics + 8 upper-case hex", "believed", r"^ATBB[A-Za-z0-9]{32}[0-9A-F]{8}$"),
    ("rubygems_push_api_key", P("rubygems_", C.HEX, 48), None, "`rubygems_` + 48 lower-case hex", "read", r"^rubygems_[0-9a-f]{48}$"),
    ("digitalocean_personal_access_token", P("dop_v1_", C.HEX, 64), None, "`dop_v1_` + 64 lower-case hex", "read", r"^dop_v1_[0-9a-f]{64}$"),
    ("hetzner_cloud_api_token", R(C.ALNUM, 64), None, "64 alphanumerics", "believed", r"^[A-Za-z0-9]{64}$"),
    ("linode_personal_access_token", R(C.HEX, 64), None, "64 lower-case hex", "believed", r"^[0-9a-f]{64}$"),
    ("heroku_platform_api_key_v2", P("HRKU-AA", C.B64URL, 58), None, "`HRKU-AA` + 58 base64url", "read", r"^HRKU-AA[A-Za-z0-9_-]{58}$"),
    ("render_api_key", P("rnd_", C.ALNUM, 32), None, "`rnd_` + 32 alphanumerics", "believed", r"^rnd_[A-Za-z0-9]{32}$"),
    ("flyio_deploy_token", flyio, None, "`fm2_` + standard Base64 of 96 bytes", "read", r"^fm2_[A-Za-z0-9+/]{128}$"),
    ("vercel_access_token", R(C.ALNUM, 24), ("team", lambda r: "team_" + C.rs(r, C.ALNUM, 24)), "24 alphanumerics", "believed", r"^[A-Za-z0-9]{24}$"),
    ("sentry_user_auth_token", P("sntryu_", C.HEX, 64), None, "`sntryu_` + 64 lower-case hex", "read", r"^sntryu_[0-9a-f]{64}$"),
    ("datadog_application_key", R(C.HEX, 40), ("api key id", uuid), "40 lower-case hex", "read", r"^[0-9a-f]{40}$"),
    ("new_relic_ingest_license_key", cat(R(C.HEX, 36), "NRAL"), None, "36 lower-case hex + `NRAL`", "believed", r"^[0-9a-f]{36}NRAL$"),
    ("pagerduty_rest_api_key", lambda r: C.rs(r, C.ALNUM + "+_-", 20), None, "20 of `[A-Za-z0-9+_-]`", "believed", r"^[A-Za-z0-9+_-]{20}$"),
    ("better_stack_uptime_api_token", R(C.ALNUM, 24), None, "24 alphanumerics", "guessed", r"^[A-Za-z0-9]{24}$"),
    ("dynatrace_api_token", cat("dt0c01.", R(C.UPALNUM, 24), ".", R(C.UPALNUM, 64)), None, "`dt0c01.` + 24 + `.` + 64 upper-case alphanumerics", "read", r"^dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}$"),
    ("databricks_personal_access_token", P("dapi", C.HEX, 32), None, "`dapi` + 32 lower-case hex", "read", r"^dapi[0-9a-f]{32}$"),
    ("aws_iam_secret_access_key", aws_secret, ("access key id", lambda r: "AKIA" + C.rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)),
     "40 Base64-alphabet characters", "believed", r"^[A-Za-z0-9+/]{40}$"),
    ("azure_storage_account_key", azure_storage, ("account name", lambda r: "fairops%d" % r.randint(100, 999)), "standard Base64 of 64 bytes (88 characters)", "believed", r"^[A-Za-z0-9+/]{86}==$"),
    ("scaleway_secret_key", uuid, ("access key", lambda r: "SCW" + C.rs(r, C.UPALNUM, 17)), "UUIDv4", "believed", None),
    ("supabase_service_role_key", supabase_service, None, "HS256 JWT with role `service_role` (real base64url JSON, real HMAC under a discarded key)", "believed", None),
    ("airtable_personal_access_token", cat("pat", R(C.ALNUM, 14), ".", R(C.HEX, 64)), None, "`pat` + 14 alphanumerics + `.` + 64 lower-case hex", "read", r"^pat[A-Za-z0-9]{14}\.[0-9a-f]{64}$"),
    ("notion_integration_secret", cat("ntn_", R(C.DIGITS, 11), R(C.ALNUM, 35)), None, "`ntn_` + 11 digits + 35 alphanumerics", "read", r"^ntn_\d{11}[A-Za-z0-9]{35}$"),
    ("jotform_api_key", R(C.HEX, 32), None, "32 lower-case hex", "guessed", r"^[0-9a-f]{32}$"),
    ("zapier_catch_hook_url", zapier_url, None, "whole `hooks.zapier.com/hooks/catch/<id>/<7>/` URL (the URL is the credential)", "believed", None),
    ("onepassword_service_account_token", onepassword_sat, None, "`ops_` + standard Base64 of the service-account JSON (real JSON)", "read", None),
    ("meilisearch_master_key", R(C.B64URL, 43), None, "43 base64url", "guessed", r"^[A-Za-z0-9_-]{43}$"),
    ("imagekit_private_key", lambda r: "private_" + C.b64(C.rbytes(r, 21)), ("url endpoint", lambda r: "https://ik.imagekit.io/fairops%d" % r.randint(10, 99)), "`private_` + standard Base64 of 21 bytes (28 characters)", "believed", r"^private_[A-Za-z0-9+/]{28}$"),
    ("uploadcare_secret_key", R(C.HEX, 20), ("public key", R(C.HEX, 20)), "20 lower-case hex (the public key next to it has the same shape)", "believed", r"^[0-9a-f]{20}$"),
    ("cloudflare_workers_api_token", R(C.B64URL, 40), None, "40 base64url", "read", r"^[A-Za-z0-9_-]{40}$"),
    ("infisical_machine_identity_client_secret", R(C.HEX, 64), ("client id", uuid), "64 lower-case hex", "guessed", r"^[0-9a-f]{64}$"),
    ("prefect_cloud_api_key", P("pnu_", C.ALNUM, 36), None, "`pnu_` + 36 alphanumerics", "read", r"^pnu_[A-Za-z0-9]{36}$"),
    ("octopus_deploy_api_key", octopus_api, None, "`API-` + 26 upper-case alphanumerics", "read", r"^API-[A-Z0-9]{26}$"),
]
TARGET = 120
# written, then moved to an unused tail as the most generic or weakest-known shapes
TAIL = ["gumroad_application_access_token", "printful_private_token", "textlocal_api_key",
        "gotify_application_token", "hologram_sim_api_key", "when_i_work_developer_key",
        "sevenshifts_access_token", "better_stack_uptime_api_token", "stability_ai_api_key",
        "together_ai_api_key", "linode_personal_access_token", "motive_fleet_api_key",
        "ecoflow_open_api_secret_key", "helicone_api_key"]


def used():
    return [v for v in VENDORS if v[0] not in TAIL]


# styles: name, key case, builder(key, neighbour_lines(list of (label_key, value)), rng) -> template
def s_dotenv(k, nb, r):
    lines = ["# fairground API - .env.production", "NODE_ENV=production"]
    lines += ["%s=%s" % (a, b) for a, b in nb]
    lines.append("%s=%s" % (k, V))
    return "\n".join(lines) + "\n"


def s_infisical(k, nb, r):
    out = "$ infisical login --domain https://secrets.fairops.internal\n"
    for a, b in nb:
        out += "$ infisical secrets set %s=%s --env=prod --path=/circus\n" % (a, b)
    out += "$ infisical secrets set %s=%s --env=prod --path=/circus\n" % (k, V)
    out += "Secret(s) set successfully\n"
    return out


def s_nuxt(k, nb, r):
    inner = "".join("    %s: '%s',\n" % (a, b) for a, b in nb)
    return ("// nuxt.config.ts (trader portal)\nexport default defineNuxtConfig({\n  runtimeConfig: {\n"
            + inner + "    %s: '%s',\n    public: { marketName: 'Tyneside Night Market' },\n  },\n})\n" % (k, V))


def s_pydantic(k, nb, r):
    inner = "".join("    %s: str = \"%s\"\n" % (a, b) for a, b in nb)
    return ("from pydantic_settings import BaseSettings\n\n\nclass RideOpsSettings(BaseSettings):\n"
            "    site: str = \"north\"\n" + inner + "    %s: str = \"%s\"\n" % (k, V))


def s_bitwarden(k, nb, r):
    fields = [{"name": a, "value": b, "type": 0} for a, b in nb]
    fields.append({"name": k, "value": V, "type": 1})
    item = {"id": C.uuid4(r), "type": 2, "name": k.split(" ")[0] + " integration",
            "notes": "showmen IT shared vault", "secureNote": {"type": 0}, "fields": fields}
    return json.dumps({"encrypted": False, "items": [item]}, indent=2, ensure_ascii=False) + "\n"


def s_signal(k, nb, r):
    out = "[%02d:%02d] Lou: can someone send me the %s stuff for the new laptop\n" % (r.randint(8, 22), r.randint(0, 59), k.split(" ")[0])
    for a, b in nb:
        out += "[%02d:%02d] Tomasz: %s %s\n" % (r.randint(8, 22), r.randint(0, 59), a, b)
    out += "[%02d:%02d] Tomasz: %s %s\n[%02d:%02d] Lou: ta, deleting this msg after\n" % (
        r.randint(8, 22), r.randint(0, 59), k, V, r.randint(8, 22), r.randint(0, 59))
    return out


def s_freshservice(k, nb, r):
    out = "Reply from Fair Ops IT (ticket INC-%d)\n\nHi Ahmed,\n\nAs requested, the integration settings for the market app:\n\n" % r.randint(1000, 9999)
    for a, b in nb:
        out += "  %s: %s\n" % (a, b)
    out += "  %s: %s\n\nPlease store them in the vault and delete this e-mail.\n" % (k, V)
    return out


def s_sops(k, nb, r):
    out = "$ sops -d secrets/prod.enc.yaml\n"
    for a, b in nb:
        out += "%s: %s\n" % (a, b)
    out += "%s: %s\n" % (k, V)
    return out


def s_goconst(k, nb, r):
    inner = "".join("\t%s = \"%s\"\n" % (a, b) for a, b in nb)
    return "package ticketing\n\nconst (\n\tDefaultVenue = \"big top\"\n" + inner + "\t%s = \"%s\"\n)\n" % (k, V)


def s_dart(k, nb, r):
    inner = "".join("  static const %s = '%s';\n" % (a, b) for a, b in nb)
    return "// lib/env.dart (tracker app)\nclass Env {\n  static const fleet = 'showmen-tours';\n" + inner + "  static const %s = '%s';\n}\n" % (k, V)


def s_cdefine(k, nb, r):
    inner = "".join("#define %s \"%s\"\n" % (a, b) for a, b in nb)
    return ("/* power_logger/secrets.h */\n#ifndef SECRETS_H\n#define SECRETS_H\n" + inner
            + "#define %s \"%s\"\n#endif\n" % (k, V))


def s_phparray(k, nb, r):
    inner = "".join("    '%s' => '%s',\n" % (a, b) for a, b in nb)
    return "<?php\n// config/integrations.php (payroll app)\nreturn [\n    'site' => 'winter-quarters',\n" + inner + "    '%s' => '%s',\n];\n" % (k, V)


STYLES = [
    ("fairground_api_dotenv_production", "upper", s_dotenv),
    ("circus_ops_infisical_secrets_set_history", "upper", s_infisical),
    ("trader_portal_nuxt_runtime_config_ts", "camel", s_nuxt),
    ("ride_ops_pydantic_basesettings_defaults", "snake", s_pydantic),
    ("showmen_it_bitwarden_json_export", "spaced", s_bitwarden),
    ("circus_crew_signal_chat_paste", "spaced", s_signal),
    ("market_support_freshservice_ticket_reply", "spaced", s_freshservice),
    ("fair_ops_sops_decrypted_yaml", "snake", s_sops),
    ("ticketing_app_go_const_block", "pascal", s_goconst),
    ("tracker_app_dart_env_class", "camel", s_dart),
    ("power_logger_c_header_defines", "upper", s_cdefine),
    ("payroll_app_php_config_array", "snake", s_phparray),
]

STOP = {"api", "key", "secret", "token", "password", "url"}


def key_words(tname):
    return tname.split("_")


def build(reg, start_index):
    rng = random.Random(SEED)
    recs = []
    n = start_index
    for i, (tname, gen, nb, _shape, _grade, _rx) in enumerate(used()):
        sname, case, fn = STYLES[i % len(STYLES)]
        value = reg.draw(lambda: gen(rng))
        key = C.style_key(key_words(tname), case)
        nbl = []
        if nb is not None:
            label, ngen = nb
            brand = tname.split("_")[0]
            nwords = [brand] + re.split(r"[\s()]+", label.replace("-", " ").strip())
            nwords = [w for w in nwords if w]
            nval = reg.draw(lambda: ngen(rng))
            nbl.append((C.style_key(nwords, case), nval))
        tpl = fn(key, nbl, rng)
        text, s, e = C.place(tpl, value)
        recs.append(C.positive("%s-s-%04d" % (C.PREFIX, n), tname, "%s__%s" % (tname, sname), text, s, e, "vendor"))
        n += 1
    return recs
