"""Vendor source: 120 vendor credential types of the campsite world, each in one of 12 styles."""
import hashlib
import random

import common192 as C
from common192 import MARK, rs, ALNUM, HEX, B64URL, B62, LOWER_ALNUM, UPPER_ALNUM

SEED = 19202


def hx(n):
    return lambda r: rs(r, HEX, n)


def an(n):
    return lambda r: rs(r, ALNUM, n)


def bu(n):
    return lambda r: rs(r, B64URL, n)


def pre(p, fn):
    return lambda r: p + fn(r)


def uu(r):
    return C.uuid4(r)


def pw(r):
    return C.owner_password(r)


def gh_token(prefix):
    def f(r):
        body = rs(r, B62, 30)
        return prefix + body + C.crc32_b62(body)
    return f


def supabase_service_jwt(r):
    iat = 1735689600 + r.randrange(0, 20000000)
    return C.jwt(r, {"alg": "HS256", "typ": "JWT"},
                 {"iss": "supabase", "ref": rs(r, "abcdefghijklmnopqrstuvwxyz", 20), "role": "service_role",
                  "iat": iat, "exp": iat + 315360000}, C.rbytes(r, 32), hashlib.sha256)


def zettle_assertion(r):
    iat = 1735689600 + r.randrange(0, 20000000)
    return C.jwt(r, {"kid": "0", "typ": "JWT", "alg": "RS256"},
                 {"iss": "iZettle", "sub": C.uuid4(r), "aud": "API", "scope": ["READ:PURCHASE", "READ:FINANCE"],
                  "client_id": C.uuid4(r), "iat": iat}, sig_len=256)


def metoffice_jwt(r):
    return C.jwt(r, {"x5t": rs(r, B64URL, 27), "kid": rs(r, B64URL, 27), "typ": "JWT", "alg": "RS256"},
                 {"sub": "parkops@%s.example" % rs(r, "abcdefghijklmnopqrstuvwxyz", 6),
                  "iss": "https://datahub.metoffice.gov.uk", "subscribedAPIs": [{"name": "SiteSpecificForecast"}],
                  "jti": C.uuid4(r)}, sig_len=256)


def azure_storage_key(r):
    return C.b64(C.rbytes(r, 64))


def aws_secret(r):
    return rs(r, C.B64STD, 40)


def slack_webhook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, UPPER_ALNUM, 10), rs(r, UPPER_ALNUM, 10), an(24)(r))


def atlassian(r):
    body = "ATATT3xFfGF0" + rs(r, B64URL, 170)
    return body + "=" + rs(r, "0123456789ABCDEF", 8)


def fly_token(r):
    return "FlyV1 fm2_" + C.b64(C.rbytes(r, 96))


# type, shape description, generator, neighbour (words, generator) or None, evidence class
#   evidence: read = prefix / layout read this session in a public rule file; believed = from background
#   knowledge; guessed = length and alphabet only; pw = owner-chosen password
V = [
    # --- campground reservation platforms and channel managers
    ("campspot_partner_api_key", "40 alphanumerics", an(40), None, "guessed"),
    ("newbook_rest_api_key", "32 alphanumerics (the API user next to it is public)", an(32),
     (["newbook", "api", "user"], lambda r: "park_" + rs(r, LOWER_ALNUM, 6)), "guessed"),
    ("firefly_reservations_api_token", "48 base64url", bu(48), None, "guessed"),
    ("rms_cloud_agent_client_password", "24 alphanumerics issued by RMS (the numeric agent id next to it is an identifier)", an(24),
     (["rms", "cloud", "agent", "id"], lambda r: str(r.randint(100, 999))), "guessed"),
    ("staylist_integration_api_key", "UUIDv4", uu, None, "guessed"),
    ("resnexus_property_api_key", "32 lower-case hex", hx(32), None, "guessed"),
    ("pitchup_channel_manager_token", "40 lower-case hex", hx(40), None, "guessed"),
    ("hipcamp_host_api_token", "43 base64url", bu(43), None, "guessed"),
    ("recreation_gov_ridb_api_key", "UUIDv4", uu, None, "believed"),
    ("roverpass_partner_api_key", "32 alphanumerics", an(32), None, "guessed"),
    ("cloudbeds_api_client_secret", "32 alphanumerics (the `live1_` client id next to it is public)", an(32),
     (["cloudbeds", "api", "client", "id"], lambda r: "live1_%d_%s" % (r.randint(10000, 99999), rs(r, ALNUM, 16))), "guessed"),
    ("beds24_api_v2_refresh_token", "64 alphanumerics", an(64), None, "guessed"),
    ("guesty_open_api_client_secret", "64 base64url (the client id next to it is public)", bu(64),
     (["guesty", "open", "api", "client", "id"], lambda r: "0oa" + rs(r, ALNUM, 17)), "guessed"),
    ("lodgify_public_api_key", "64 Base64-alphabet characters (sent as `X-ApiKey`; a secret despite the name)", lambda r: rs(r, C.B64STD, 64), None, "guessed"),
    ("siteminder_pmsxchange_password", "owner-chosen password (the PMS user next to it is public)", pw,
     (["siteminder", "pmsxchange", "username"], lambda r: "pms_" + rs(r, LOWER_ALNUM, 6)), "pw"),
    ("booking_com_connectivity_password", "owner-chosen password of the machine account (user next to it is public)", pw,
     (["booking", "com", "connectivity", "username"], lambda r: "camp" + rs(r, LOWER_ALNUM, 5)), "pw"),
    ("acsi_partner_feed_api_key", "32 lower-case hex", hx(32), None, "guessed"),
    ("eviivo_partner_client_secret", "40 alphanumerics (client id next to it is public)", an(40),
     (["eviivo", "partner", "client", "id"], lambda r: C.uuid4(r)), "guessed"),
    # --- barrier, ANPR and access control
    ("paxton_net2_api_client_secret", "UUIDv4 (the client id next to it is public)", uu,
     (["paxton", "net2", "api", "client", "id"], lambda r: C.uuid4(r)), "guessed"),
    ("nedap_anpr_cloud_api_key", "40 alphanumerics", an(40), None, "guessed"),
    ("genetec_autovu_cloud_password", "owner-chosen password (the operator user next to it is public)", pw,
     (["genetec", "autovu", "cloud", "user"], lambda r: "anpr_" + rs(r, LOWER_ALNUM, 5)), "pw"),
    ("hikcentral_openapi_app_secret", "20 alphanumerics (the 8-digit AppKey next to it is the identifier)", an(20),
     (["hikcentral", "openapi", "app", "key"], lambda r: str(r.randint(10000000, 99999999))), "believed"),
    ("axis_vapix_service_account_password", "owner-chosen password of the camera's service account", pw,
     (["axis", "vapix", "service", "account"], lambda r: "svc_" + rs(r, LOWER_ALNUM, 5)), "pw"),
    ("doorbird_device_user_password", "owner-chosen password of the DoorBird device user", pw,
     (["doorbird", "device", "user"], lambda r: "ghxz" + rs(r, "0123456789", 4)), "pw"),
    ("two_n_access_commander_api_password", "owner-chosen password of the 2N Access Commander API user", pw,
     (["two", "n", "access", "commander", "api", "user"], lambda r: "gate_" + rs(r, LOWER_ALNUM, 5)), "pw"),
    ("salto_ks_api_client_secret", "43 base64url (client id next to it is public)", bu(43),
     (["salto", "ks", "api", "client", "id"], lambda r: rs(r, LOWER_ALNUM, 24)), "guessed"),
    ("brivo_access_api_key", "32 alphanumerics", an(32), None, "guessed"),
    ("controlbyweb_relay_control_password", "owner-chosen password of the relay module's control page", pw, None, "pw"),
    ("platerecognizer_snapshot_api_token", "40 lower-case hex", hx(40), None, "believed"),
    ("openalpr_cloud_secret_key", "`sk_` + 24 lower-case hex", pre("sk_", hx(24)), None, "believed"),
    # --- electric hook-up metering and energy
    ("emoncms_write_api_key", "32 lower-case hex", hx(32), None, "believed"),
    ("victron_vrm_access_token", "64 lower-case hex", hx(64), None, "believed"),
    ("solis_cloud_api_key_secret", "32 lower-case hex (the numeric key id next to it is the identifier)", hx(32),
     (["solis", "cloud", "api", "key", "id"], lambda r: str(r.randint(10 ** 18, 10 ** 19 - 1))), "guessed"),
    ("tibber_api_access_token", "43 base64url", bu(43), None, "guessed"),
    ("octopus_energy_api_key", "`sk_live_` + 24 alphanumerics", pre("sk_live_", an(24)), None, "believed"),
    ("hildebrand_glow_api_password", "owner-chosen password of the Glowmarkt API account", pw,
     (["hildebrand", "glow", "api", "username"], lambda r: "meters@" + rs(r, LOWER_ALNUM, 6) + ".example"), "pw"),
    # --- shower tokens, laundry, payments
    ("nayax_lynx_api_token", "64 alphanumerics", an(64), None, "guessed"),
    ("cantaloupe_seed_api_key", "40 alphanumerics", an(40), None, "guessed"),
    ("payrange_operator_api_key", "32 lower-case hex", hx(32), None, "guessed"),
    ("circuit_laundry_partner_token", "48 base64url", bu(48), None, "guessed"),
    ("sumup_secret_api_key", "`sup_sk_` + 32 alphanumerics", pre("sup_sk_", an(32)), None, "believed"),
    ("zettle_api_key_assertion", "RS256-shaped JWT (real base64url JSON, random 256-byte signature)", zettle_assertion, None, "believed"),
    ("square_production_access_token", "`EAAA` + 60 base64url", pre("EAAA", bu(60)), None, "read"),
    ("gocardless_live_access_token", "`live_` + 40 base64url", pre("live_", bu(40)), None, "read"),
    ("stripe_live_secret_key", "`sk_live_51` + 97 alphanumerics", pre("sk_live_51", an(97)), None, "read"),
    ("braintree_private_key", "32 lower-case hex (public key and merchant id next to it are identifiers)", hx(32),
     (["braintree", "public", "key"], lambda r: rs(r, LOWER_ALNUM, 16)), "believed"),
    ("checkout_com_secret_key", "`sk_` + UUIDv4 (guessed layout)", lambda r: "sk_" + C.uuid4(r), None, "guessed"),
    ("xero_oauth_client_secret", "48 base64url (the 32 upper-hex client id next to it is public)", bu(48),
     (["xero", "oauth", "client", "id"], lambda r: rs(r, "0123456789ABCDEF", 32)), "believed"),
    ("quickbooks_online_client_secret", "40 alphanumerics (the `AB` client id next to it is public)", an(40),
     (["quickbooks", "online", "client", "id"], lambda r: "AB" + rs(r, ALNUM, 48)), "believed"),
    ("sage_accounting_client_secret", "48 base64url", bu(48), None, "guessed"),
    ("chargebee_full_access_api_key", "`live_` + 34 alphanumerics (the site name next to it is public)", pre("live_", an(34)),
     (["chargebee", "site"], lambda r: "caravanowners-" + rs(r, LOWER_ALNUM, 4)), "guessed"),
    ("invoice_ninja_api_token", "64 alphanumerics", an(64), None, "guessed"),
    # --- warden rotas
    ("deputy_permanent_access_token", "32 lower-case hex", hx(32), None, "believed"),
    ("rotacloud_api_key", "64 lower-case hex", hx(64), None, "guessed"),
    ("when_i_work_developer_key", "40 lower-case hex", hx(40), None, "guessed"),
    ("homebase_scheduling_api_key", "43 base64url", bu(43), None, "guessed"),
    ("sling_rota_api_token", "32 alphanumerics", an(32), None, "guessed"),
    # --- Wi-Fi voucher hotspots
    ("meraki_dashboard_api_key", "40 lower-case hex", hx(40), None, "believed"),
    ("unifi_hotspot_operator_password", "owner-chosen password of the hotspot operator account", pw,
     (["unifi", "hotspot", "operator"], lambda r: "reception" + rs(r, "0123456789", 2)), "pw"),
    ("purple_wifi_api_private_key", "64 lower-case hex (the public key next to it is the identifier)", hx(64),
     (["purple", "wifi", "api", "public", "key"], lambda r: rs(r, HEX, 32)), "guessed"),
    ("aruba_central_client_secret", "32 alphanumerics (client id next to it is public)", an(32),
     (["aruba", "central", "client", "id"], lambda r: rs(r, ALNUM, 32)), "guessed"),
    ("cambium_cnmaestro_client_secret", "40 alphanumerics (client id next to it is public)", an(40),
     (["cambium", "cnmaestro", "client", "id"], lambda r: rs(r, ALNUM, 16)), "guessed"),
    ("omada_openapi_client_secret", "32 lower-case hex (client id next to it is public)", hx(32),
     (["omada", "openapi", "client", "id"], lambda r: rs(r, HEX, 32)), "guessed"),
    ("ironwifi_api_token", "48 base64url", bu(48), None, "guessed"),
    ("mikrotik_routeros_api_password", "owner-chosen password of the RouterOS API user", pw,
     (["mikrotik", "routeros", "api", "user"], lambda r: "hotspot-api"), "pw"),
    # --- weather and maps
    ("openweathermap_api_key", "32 lower-case hex", hx(32), None, "believed"),
    ("met_office_datahub_api_key", "RS256-shaped JWT (real base64url JSON, random 256-byte signature)", metoffice_jwt, None, "guessed"),
    ("tomorrow_io_api_key", "32 alphanumerics", an(32), None, "believed"),
    ("what3words_api_key", "8 upper-case alphanumerics", lambda r: rs(r, UPPER_ALNUM, 8), None, "believed"),
    ("google_maps_server_api_key", "`AIza` + 35 base64url (an unrestricted server key; the browser key is a negative)", pre("AIza", bu(35)), None, "read"),
    ("here_location_api_key", "43 base64url", bu(43), None, "believed"),
    ("os_data_hub_project_api_secret", "16 alphanumerics (the 32-character project API key next to it is the identifier)", an(16),
     (["os", "data", "hub", "project", "api", "key"], lambda r: rs(r, ALNUM, 32)), "guessed"),
    # --- messaging
    ("twilio_account_auth_token", "32 lower-case hex (the `AC` account SID next to it is the identifier)", hx(32),
     (["twilio", "account", "sid"], lambda r: "AC" + rs(r, HEX, 32)), "read"),
    ("messagebird_live_access_key", "25 alphanumerics", an(25), None, "believed"),
    ("textlocal_api_key", "40 alphanumerics with `=` padding layout guessed", lambda r: rs(r, ALNUM, 39) + "=", None, "guessed"),
    ("clicksend_api_key", "upper-case UUIDv4 (the username next to it is public)", lambda r: C.uuid4(r, upper=True),
     (["clicksend", "username"], lambda r: "bookings@" + rs(r, LOWER_ALNUM, 6) + ".example"), "guessed"),
    ("brevo_api_key", "`xkeysib-` + 64 lower-case hex + `-` + 16 alphanumerics", lambda r: "xkeysib-" + hx(64)(r) + "-" + an(16)(r), None, "read"),
    ("mailgun_private_api_key", "32 lower-case hex + `-` + 8 hex + `-` + 8 hex", lambda r: hx(32)(r) + "-" + hx(8)(r) + "-" + hx(8)(r), None, "read"),
    ("mailchimp_marketing_api_key", "32 lower-case hex + `-us` + 2 digits", lambda r: hx(32)(r) + "-us%d" % r.randint(10, 21), None, "read"),
    ("resend_api_key", "`re_` + 8 alphanumerics + `_` + 24 alphanumerics", lambda r: "re_" + an(8)(r) + "_" + an(24)(r), None, "believed"),
    ("telegram_bot_token", "9-10 digit bot id + `:AA` + 33 base64url", lambda r: str(r.randint(10 ** 9, 7 * 10 ** 9)) + ":AA" + bu(33)(r), None, "read"),
    ("slack_bot_token", "`xoxb-` + 11-digit + `-` + 13-digit + `-` + 24 alphanumerics",
     lambda r: "xoxb-%d-%d-%s" % (r.randint(10 ** 10, 10 ** 11 - 1), r.randint(10 ** 12, 10 ** 13 - 1), an(24)(r)), None, "read"),
    ("slack_incoming_webhook_url", "whole `hooks.slack.com/services/T…/B…/<24>` URL (the URL is the credential)", slack_webhook, None, "read"),
    ("pushover_application_token", "`a` + 29 lower-case alphanumerics", pre("a", lambda r: rs(r, LOWER_ALNUM, 29)), None, "believed"),
    ("zendesk_api_token", "40 alphanumerics (the `email/token` user next to it is public)", an(40),
     (["zendesk", "api", "user"], lambda r: "it@" + rs(r, LOWER_ALNUM, 6) + ".example/token"), "believed"),
    ("freshdesk_api_key", "20 alphanumerics", an(20), None, "believed"),
    # --- AI
    ("openai_project_api_key", "`sk-proj-` + 74 base64url + `T3BlbkFJ` + 74 base64url",
     lambda r: "sk-proj-" + bu(74)(r) + "T3BlbkFJ" + bu(74)(r), None, "read"),
    ("anthropic_admin_api_key", "`sk-ant-admin01-` + 93 base64url + `AA`", lambda r: "sk-ant-admin01-" + bu(93)(r) + "AA", None, "read"),
    ("groq_api_key", "`gsk_` + 52 alphanumerics", pre("gsk_", an(52)), None, "read"),
    ("mistral_api_key", "32 alphanumerics", an(32), None, "believed"),
    ("gemini_api_key", "`AIza` + 35 base64url", pre("AIza", bu(35)), None, "read"),
    ("replicate_api_token", "`r8_` + 37 alphanumerics", pre("r8_", an(37)), None, "read"),
    ("perplexity_api_key", "`pplx-` + 48 alphanumerics", pre("pplx-", an(48)), None, "believed"),
    ("huggingface_user_access_token", "`hf_` + 34 letters", pre("hf_", lambda r: rs(r, C.string.ascii_letters, 34)), None, "read"),
    ("deepl_api_auth_key", "UUIDv4 + `:fx` (free-tier suffix)", lambda r: C.uuid4(r) + ":fx", None, "believed"),
    ("voyage_ai_api_key", "`pa-` + 43 base64url", pre("pa-", bu(43)), None, "guessed"),
    # --- developer and ops
    ("github_classic_pat", "`ghp_` + 30 base62 + 6-character base62 CRC-32", gh_token("ghp_"), None, "read"),
    ("github_refresh_token", "`ghr_` + 76 alphanumerics", pre("ghr_", an(76)), None, "read"),
    ("gitlab_personal_access_token", "`glpat-` + 20 base64url", pre("glpat-", bu(20)), None, "read"),
    ("bitbucket_app_password", "`ATBB` + 32 alphanumerics (the username next to it is public)", pre("ATBB", an(32)),
     (["bitbucket", "username"], lambda r: "parkdev-" + rs(r, LOWER_ALNUM, 4)), "believed"),
    ("atlassian_cloud_api_token", "`ATATT3xFfGF0` + 170 base64url + `=` + 8 upper-case hex", atlassian, None, "read"),
    ("docker_hub_personal_access_token", "`dckr_pat_` + 27 base64url", pre("dckr_pat_", bu(27)), None, "read"),
    ("buildkite_user_access_token", "`bkua_` + 40 lower-case hex", pre("bkua_", hx(40)), None, "read"),
    ("circleci_personal_api_token", "`CCIPAT_` + 22 alphanumerics + `_` + 40 lower-case hex", lambda r: "CCIPAT_" + an(22)(r) + "_" + hx(40)(r), None, "believed"),
    ("fly_io_deploy_token", "`FlyV1 fm2_` + Base64 of 96 random bytes (labelled whole, with the scheme word)", fly_token, None, "believed"),
    ("render_api_key", "`rnd_` + 32 alphanumerics", pre("rnd_", an(32)), None, "believed"),
    ("heroku_platform_api_key", "`HRKU-AA` + 58 base64url", pre("HRKU-AA", bu(58)), None, "read"),
    ("digitalocean_personal_access_token", "`dop_v1_` + 64 lower-case hex", pre("dop_v1_", hx(64)), None, "read"),
    ("linode_personal_access_token", "64 lower-case hex", hx(64), None, "believed"),
    ("hetzner_cloud_api_token", "64 alphanumerics", an(64), None, "believed"),
    ("scaleway_secret_key", "UUIDv4 (the `SCW` access key next to it is the identifier)", uu,
     (["scaleway", "access", "key"], lambda r: "SCW" + rs(r, UPPER_ALNUM, 17)), "believed"),
    ("aws_secret_access_key", "40 Base64-alphabet characters (the `AKIA` key id next to it is the identifier)", aws_secret,
     (["aws", "access", "key", "id"], lambda r: "AKIA" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)), "read"),
    ("azure_storage_account_key", "Base64 of 64 random bytes (88 characters; the account name next to it is public)", azure_storage_key,
     (["azure", "storage", "account", "name"], lambda r: "parkphotos" + rs(r, "abcdefghijklmnopqrstuvwxyz0123456789", 5)), "believed"),
    ("datadog_api_key", "32 lower-case hex", hx(32), None, "believed"),
    ("datadog_application_key", "40 lower-case hex", hx(40), None, "believed"),
    ("sentry_user_auth_token", "`sntryu_` + 64 lower-case hex", pre("sntryu_", hx(64)), None, "read"),
    ("cloudflare_api_token", "40 base64url", bu(40), None, "believed"),
    ("notion_integration_secret", "`ntn_` + 46 alphanumerics", pre("ntn_", an(46)), None, "believed"),
    ("airtable_personal_access_token", "`pat` + 14 alphanumerics + `.` + 64 lower-case hex", lambda r: "pat" + an(14)(r) + "." + hx(64)(r), None, "read"),
    ("okta_api_token", "`00` + 40 base64url", pre("00", bu(40)), None, "believed"),
    ("auth0_client_secret", "64 base64url (client id and tenant domain next to it are public)", bu(64),
     (["auth0", "client", "id"], lambda r: an(32)(r)), "believed"),
    ("clerk_secret_key", "`sk_live_` + 40 alphanumerics", pre("sk_live_", an(40)), None, "guessed"),
    ("supabase_service_role_key", "HS256 JWT with `role` `service_role` (real base64url JSON, real HMAC under a discarded key)", supabase_service_jwt, None, "believed"),
    ("neon_database_password", "`npg_` + 12 alphanumerics", pre("npg_", an(12)), None, "believed"),
    ("mongodb_atlas_private_api_key", "UUIDv4 (the 8-character public key next to it is the identifier)", uu,
     (["mongodb", "atlas", "public", "key"], lambda r: rs(r, "abcdefghijklmnopqrstuvwxyz", 8)), "believed"),
    ("posthog_personal_api_key", "`phx_` + 43 alphanumerics (the `phc_` project key is a negative)", pre("phx_", an(43)), None, "believed"),
    ("tailscale_api_access_token", "`tskey-api-` + 16 alphanumerics + `CNTRL-` + 33 alphanumerics", lambda r: "tskey-api-" + an(16)(r) + "CNTRL-" + an(33)(r), None, "believed"),
    ("upstash_redis_rest_token", "`A` + 59 base64url", pre("A", bu(59)), None, "guessed"),
    # --- unused tail (weakest or most generic)
    ("brighthr_partner_token", "40 alphanumerics", an(40), None, "guessed"),
    ("vercel_access_token", "24 alphanumerics", an(24), None, "guessed"),
]
N_USED = 120

# prefixes / layouts actually re-read this session in public rule files (search tool, code corpus)
READ_THIS_SESSION = {
    "heroku_platform_api_key": "Checkmarx 2ms `engine/rules/ruledefine/heroku_v2.go` (`HRKU-AA` + 58)",
    "atlassian_cloud_api_token": "a Nosey Parker-style rule `np.atlassian.1` (`ATATT3xFfGF0` … `=` + 8 upper hex)",
    "sentry_user_auth_token": "Checkmarx 2ms `sentry_user_token.go` (`sntryu_` + 64 hex)",
    "airtable_personal_access_token": "gitleaks-derived pattern list (`pat` + 14 + `.` + 64 hex)",
    "square_production_access_token": "a gitleaks port (`(EAAA|sq0atp-)` + 22-60 base64url)",
    "gitlab_personal_access_token": "GitLab's gitleaks rule file (`glpat-` + 20)",
}
_WEAK = ["textlocal_api_key", "checkout_com_secret_key", "sage_accounting_client_secret", "voyage_ai_api_key",
         "sling_rota_api_token", "homebase_scheduling_api_key"]
V = [v for v in V if v[0] not in _WEAK] + [v for w in _WEAK for v in V if v[0] == w]
V = [v if v[4] != "read" or v[0] in READ_THIS_SESSION else (v[0], v[1], v[2], v[3], "believed") for v in V]

STYLES = [
    ("campsite_api_doppler_download_env", "upper"),
    ("booking_app_fly_secrets_set_history", "upper"),
    ("pitch_sync_python_dataclass_defaults", "snake"),
    ("gate_app_swift_enum_constants", "camel"),
    ("owner_portal_bitwarden_json_export", "title"),
    ("warden_team_slack_thread_paste", "spaced"),
    ("campsite_it_linear_issue_comment", "spaced"),
    ("reservation_partner_onboarding_email", "spaced"),
    ("meter_bridge_kubernetes_env_list", "upper"),
    ("laundry_ops_heroku_config_set_history", "upper"),
    ("ground_rent_ruby_initializer_const", "upper"),
    ("wifi_portal_java_properties_file", "dot"),
]


def words_of(t):
    return t.split("_")


def render(style, key, nkey, nval, vendor_title):
    """Template with MARK for the secret; the neighbour (if any) written next to it."""
    def q(s):
        return s
    if style == "campsite_api_doppler_download_env":
        lines = ["APP_ENV=\"production\"", "LOG_LEVEL=\"info\""]
        if nkey:
            lines.append('%s="%s"' % (nkey, nval))
        lines.append('%s="%s"' % (key, MARK))
        return "$ doppler secrets download --no-file --format env --config prd\n" + "\n".join(lines) + "\n"
    if style == "booking_app_fly_secrets_set_history":
        n = ("%s=%s " % (nkey, nval)) if nkey else ""
        return ("  512  fly status -a pitchgrid-api\n  513  fly secrets set %s%s='%s' -a pitchgrid-api\n"
                "  514  fly deploy --strategy rolling\n") % (n, key, MARK)
    if style == "pitch_sync_python_dataclass_defaults":
        s = "from dataclasses import dataclass\n\n\n@dataclass(frozen=True)\nclass %sSettings:\n    timeout_s: int = 20\n" % vendor_title.replace(" ", "")
        if nkey:
            s += '    %s: str = "%s"\n' % (nkey, nval)
        return s + '    %s: str = "%s"\n' % (key, MARK)
    if style == "gate_app_swift_enum_constants":
        s = "enum %sConfig {\n    static let baseURL = URL(string: \"https://api.example.com\")!\n" % vendor_title.replace(" ", "")
        if nkey:
            s += '    static let %s = "%s"\n' % (nkey, nval)
        return s + '    static let %s = "%s"\n}\n' % (key, MARK)
    if style == "owner_portal_bitwarden_json_export":
        user = ('"%s"' % nval) if nkey else "null"
        nf = ('        { "name": "%s", "value": "%s", "type": 0 },\n' % (nkey, nval)) if nkey else ""
        return ('{\n  "encrypted": false,\n  "items": [\n    {\n      "type": 1,\n      "name": "%s",\n'
                '      "login": { "username": %s, "password": null },\n      "fields": [\n%s'
                '        { "name": "%s", "value": "%s", "type": 1 }\n      ]\n    }\n  ]\n}\n') % (vendor_title, user, nf, key, MARK)
    if style == "warden_team_slack_thread_paste":
        n = (" (%s %s)" % (nkey, nval)) if nkey else ""
        return ("Rhys  10:14\nanyone got the %s stuff for the new integration?\nBryony  10:16\n%s%s is %s\n"
                "Bryony  10:16\ndon't put it in the channel topic pls\n") % (vendor_title, key, n, MARK)
    if style == "campsite_it_linear_issue_comment":
        n = ("%s: %s\n" % (nkey, nval)) if nkey else ""
        return ("PARK-%d Wire up %s sync\n\nComment by Dafydd:\nTested against live, works. Creds for whoever picks this up:\n%s%s: %s\nWill move to the vault after the season opens.\n") % (
            200 + len(key), vendor_title, n, key, MARK)
    if style == "reservation_partner_onboarding_email":
        n = ("Your %s is %s and your " % (nkey, nval)) if nkey else "Your "
        return ("Subject: Re: %s integration - go-live details\n\nHi team,\n\nThanks for completing onboarding. %s%s is %s\n"
                "Please store it securely; we cannot show it again.\n\nPartner Success\n") % (vendor_title, n, key, MARK)
    if style == "meter_bridge_kubernetes_env_list":
        s = "        env:\n          - name: SITE_ZONE\n            value: \"north\"\n"
        if nkey:
            s += '          - name: %s\n            value: "%s"\n' % (nkey, nval)
        return s + '          - name: %s\n            value: "%s"\n' % (key, MARK)
    if style == "laundry_ops_heroku_config_set_history":
        n = ("%s=%s " % (nkey, nval)) if nkey else ""
        return "$ heroku config:set %s%s=%s --app laundry-ops\nSetting %s and restarting ⬢ laundry-ops... done, v%d\n" % (
            n, key, MARK, key if not nkey else nkey + ", " + key, 40 + len(key))
    if style == "ground_rent_ruby_initializer_const":
        s = "# config/initializers/%s.rb\nmodule Integrations\n" % vendor_title.lower().replace(" ", "_")
        if nkey:
            s += '  %s = "%s".freeze\n' % (nkey, nval)
        return s + '  %s = "%s".freeze\nend\n' % (key, MARK)
    if style == "wifi_portal_java_properties_file":
        s = "# portal.properties\nportal.session.minutes=1440\n"
        if nkey:
            s += "%s=%s\n" % (nkey, nval)
        return s + "%s=%s\n" % (key, MARK)
    raise KeyError(style)


def generate(reg):
    rng = random.Random(SEED)
    out = []
    for i, (typ, desc, fn, neigh, ev) in enumerate(V[:N_USED]):
        style, ks = STYLES[i % len(STYLES)]
        value = reg.draw(lambda: fn(rng))
        nkey = nval = None
        if neigh:
            nkey = C.key_style(neigh[0], ks)
            nval = reg.draw(lambda: neigh[1](rng))
        title = " ".join(w.capitalize() for w in typ.split("_")[:2])
        tmpl = render(style, C.key_style(words_of(typ), ks), nkey, nval, title)
        out.append((typ, typ + "__" + style, tmpl, value, "vendor"))
    return out


PW_VENDOR = [v[0] for v in V[:N_USED] if v[4] == "pw"]
