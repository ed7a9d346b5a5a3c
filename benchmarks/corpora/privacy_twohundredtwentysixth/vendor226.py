"""Vendor source: 120 vendor credential types used around astronomy societies, planetaria and telescope shops."""
import base64
import json
import random
import re

from common226 import (MARK, ALNUM, DIGITS, LOWER, UPPER, HEX, B64U, B64S, owner_password, rs, rbytes,
                       uuid4, b64u_nopad, b64s, jwt_hs, jwt_fake_sig, bech32_encode, bech32_verify,
                       style_key, place, PW_RE)

SEED = 22602

CLS = {
    "a": (ALNUM, "[A-Za-z0-9]"), "l": (LOWER + DIGITS, "[a-z0-9]"), "u": (UPPER + DIGITS, "[A-Z0-9]"),
    "h": (HEX, "[0-9a-f]"), "H": ("0123456789ABCDEF", "[0-9A-F]"), "d": (DIGITS, "[0-9]"),
    "b": (B64U, "[A-Za-z0-9_-]"), "s": (B64S, "[A-Za-z0-9+/]"), "L": (LOWER, "[a-z]"),
    "w": (LOWER + UPPER, "[A-Za-z]"), "z": (ALNUM + "_~.", "[A-Za-z0-9_~.]"),
}
TOK = re.compile(r"\{([a-zA-Z]):(\d+)\}")


def spec_gen(spec):
    def g(rng):
        out, pos = [], 0
        for m in TOK.finditer(spec):
            out.append(spec[pos:m.start()])
            out.append(rs(rng, CLS[m.group(1)][0], int(m.group(2))))
            pos = m.end()
        out.append(spec[pos:])
        return "".join(out)
    return g


def spec_re(spec):
    out, pos = [], 0
    for m in TOK.finditer(spec):
        out.append(re.escape(spec[pos:m.start()]))
        out.append("%s{%s}" % (CLS[m.group(1)][1], m.group(2)))
        pos = m.end()
    out.append(re.escape(spec[pos:]))
    return "^" + "".join(out) + "$"


def spec_desc(spec):
    names = {"a": "alphanumerics", "l": "lower-case alphanumerics", "u": "upper-case alphanumerics",
             "h": "lower-case hex", "H": "upper-case hex", "d": "digits", "b": "base64url",
             "s": "standard Base64 characters", "L": "lower-case letters", "w": "letters",
             "z": "characters of `[A-Za-z0-9_~.]`"}
    parts, pos = [], 0
    for m in TOK.finditer(spec):
        lit = spec[pos:m.start()]
        if lit:
            parts.append("`%s`" % lit)
        parts.append("%s %s" % (m.group(2), names[m.group(1)]))
        pos = m.end()
    lit = spec[pos:]
    if lit:
        parts.append("`%s`" % lit)
    return " + ".join(parts)


def _pad(s):
    return s + "=" * (-len(s) % 4)


# ---------------------------------------------------------------- structured generators / checks
def g_mapbox_sk(rng):
    user = rng.choice(["darkskies", "orionridge", "keplerscopes", "meridianplanet"]) + rs(rng, DIGITS, 2)
    js = json.dumps({"u": user, "a": rs(rng, LOWER + DIGITS, 25)}, separators=(",", ":")).encode()
    return "sk." + b64u_nopad(js) + "." + rs(rng, ALNUM, 22)


def c_mapbox_sk(v):
    m = re.fullmatch(r"sk\.([A-Za-z0-9_-]+)\.([A-Za-z0-9]{22})", v)
    return bool(m) and "u" in json.loads(base64.urlsafe_b64decode(_pad(m.group(1))))


def g_rs256_jwt(iss):
    def g(rng):
        iat = 1718000000 + rng.randrange(20000000)
        return jwt_fake_sig(rng, {"typ": "JWT", "alg": "RS256"},
                            {"aud": "1", "jti": rs(rng, HEX, 40), "iat": iat, "sub": rs(rng, DIGITS, 6),
                             "iss": iss}, 256)
    return g


def c_jwt(alg, nsig):
    def c(v):
        v2 = v[4:] if v.startswith("IST.") else v
        p = v2.split(".")
        if len(p) != 3:
            return False
        h = json.loads(base64.urlsafe_b64decode(_pad(p[0])))
        json.loads(base64.urlsafe_b64decode(_pad(p[1])))
        return h.get("alg") == alg and len(base64.urlsafe_b64decode(_pad(p[2]))) == nsig
    return c


def g_wix(rng):
    return "IST." + g_rs256_jwt("wix.com")(rng)


def g_calendly(rng):
    iat = 1718000000 + rng.randrange(20000000)
    return jwt_fake_sig(rng, {"kid": rs(rng, HEX, 64), "typ": "PAT", "alg": "ES256"},
                        {"iss": "https://auth.calendly.com", "iat": iat, "jti": uuid4(rng),
                         "user_uuid": uuid4(rng)}, 64)


def g_age(rng):
    return bech32_encode("age-secret-key-", list(rbytes(rng, 32))).upper()


def c_age(v):
    return bool(re.fullmatch(r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}", v)) and bech32_verify(v)


def g_glc(rng):
    js = json.dumps({"o": rs(rng, DIGITS, 6), "n": "stack-%s-observatory-metrics" % rs(rng, DIGITS, 6),
                     "k": rs(rng, ALNUM, 24), "m": {"r": "prod-eu-west-2"}}, separators=(",", ":")).encode()
    return "glc_" + b64s(js)


def c_glc(v):
    return v.startswith("glc_eyJ") and "k" in json.loads(base64.b64decode(v[4:]))


def g_sntrys(rng):
    js = json.dumps({"iat": 1718000000 + rng.randrange(20000000), "url": "https://sentry.io",
                     "region_url": "https://de.sentry.io", "org": "darkskies-society"},
                    separators=(",", ":")).encode()
    return "sntrys_" + b64s(js).rstrip("=") + "_" + rs(rng, B64S, 43)


def c_sntrys(v):
    m = re.fullmatch(r"sntrys_(eyJpYXQiO[A-Za-z0-9+/]+)_([A-Za-z0-9+/]{43})", v)
    return bool(m) and "region_url" in json.loads(base64.b64decode(_pad(m.group(1))))


def g_teams(rng):
    return ("https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s"
            % (rng.choice(["darkskiessociety", "orionridgeobs"]), uuid4(rng), uuid4(rng), rs(rng, HEX, 32), uuid4(rng)))


TEAMS_RE = (r"^https://[a-z0-9]+\.webhook\.office\.com/webhookb2/[0-9a-f-]{36}@[0-9a-f-]{36}/IncomingWebhook/"
            r"[0-9a-f]{32}/[0-9a-f-]{36}$")


def g_azure_secret(rng):
    return rs(rng, ALNUM + "_~.", 3) + rs(rng, DIGITS, 1) + "Q~" + rs(rng, ALNUM + "_~.-", 34)


# ---------------------------------------------------------------- neighbours (public halves, left unlabelled)
def n_spec(words, spec):
    return (words, spec_gen(spec))


def n_email(words):
    return (words, lambda rng: "%s.%s@%s" % (rng.choice(["observing", "secretary", "webmaster", "outreach"]),
                                             rs(rng, LOWER, 4), rng.choice(["darkskies-society.example",
                                                                            "orionridge-observatory.example"])))


def n_uuid(words):
    return (words, uuid4)


# type, kind, gen-or-spec, check (None -> from spec), shape note, category, neighbour
V = []


def add(t, spec=None, gen=None, check=None, shape=None, cat="believed", nb=None):
    if spec is not None:
        V.append((t, spec_gen(spec), (lambda rx: (lambda v: bool(re.fullmatch(rx, v))))(spec_re(spec)),
                  spec_desc(spec), cat, nb))
    else:
        V.append((t, gen, check, shape, cat, nb))


PWC = lambda v: bool(PW_RE.match(v))
UUIDC = lambda v: bool(re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", v))

# --- observing, archives, weather, imaging (astronomy world)
add("astrometry_net_api_key", "{L:16}", cat="guessed")
add("nasa_api_gateway_key", "{a:40}")
add("n2yo_satellite_api_key", "{u:6}-{u:6}-{u:6}-{u:4}", cat="guessed")
add("space_track_account_password", gen=owner_password, check=PWC, shape="owner-chosen password", cat="owner",
    nb=n_email(["space", "track", "identity"]))
add("aavso_observer_portal_password", gen=owner_password, check=PWC, shape="owner-chosen password", cat="owner",
    nb=n_spec(["aavso", "observer", "code"], "{u:4}"))
add("itelescope_remote_portal_password", gen=owner_password, check=PWC, shape="owner-chosen password", cat="owner",
    nb=n_email(["itelescope", "login"]))
add("zwo_asiair_hotspot_password", gen=owner_password, check=PWC, shape="owner-chosen password", cat="owner",
    nb=n_spec(["asiair", "ssid"], "ASIAIR_{h:8}"))
add("cloudynights_forum_password", gen=owner_password, check=PWC, shape="owner-chosen password", cat="owner",
    nb=n_spec(["cloudynights", "username"], "hilltop_{l:4}"))
add("mast_archive_api_token", "{h:32}")
add("astrobin_api_secret", "{h:40}", cat="guessed", nb=n_spec(["astrobin", "api", "key"], "{h:40}"))
add("meteoblue_api_key", "{a:16}", cat="guessed")
add("tomorrow_io_api_key", "{a:32}", cat="guessed")
add("ambient_weather_application_key", "{h:64}", cat="guessed",
    nb=n_spec(["ambient", "station", "mac"], "{H:2}:{H:2}:{H:2}:{H:2}:{H:2}:{H:2}"))
add("wunderground_pws_station_key", "{a:8}", cat="guessed", nb=n_spec(["pws", "station", "id"], "IHILLTOP{d:2}"))
add("windy_point_forecast_api_key", "{a:32}", cat="guessed")
add("mapbox_secret_access_token", gen=g_mapbox_sk, check=c_mapbox_sk,
    shape="`sk.` + base64url of real JSON `{u, a}` + `.` + 22 alphanumerics")
add("flickr_api_secret", "{h:16}", nb=n_spec(["flickr", "api", "key"], "{h:32}"))
add("youtube_live_stream_key", "{l:4}-{l:4}-{l:4}-{l:4}-{l:4}")
add("obs_websocket_server_password", "{a:16}", cat="guessed")
add("mastodon_app_access_token", "{b:43}")
add("bluesky_app_password", "{l:4}-{l:4}-{l:4}-{l:4}", nb=n_spec(["bluesky", "handle"], "darkskies{d:2}.bsky.social"))
add("discourse_admin_api_key", "{h:64}", nb=n_spec(["discourse", "api", "username"], "system"))
add("wild_apricot_api_key", "{l:30}", cat="guessed")
add("ghost_admin_api_key", "{h:24}:{h:64}")
add("wordpress_application_password", "{a:4} {a:4} {a:4} {a:4} {a:4} {a:4}",
    nb=n_spec(["wordpress", "username"], "webmaster{d:2}"))
add("nextcloud_app_password", "{a:5}-{a:5}-{a:5}-{a:5}-{a:5}", nb=n_spec(["nextcloud", "login"], "archive{d:2}"))
add("eventbrite_private_token", "{u:20}", cat="guessed")
add("donorbox_api_key", "{b:40}", cat="guessed", nb=n_email(["donorbox", "account", "email"]))
add("calendly_personal_access_token", gen=g_calendly, check=c_jwt("ES256", 64),
    shape="ES256-shaped JWT with `typ` PAT (real base64url JSON, random 64-byte signature)", cat="guessed")
# --- telescope shop and commerce
add("woocommerce_consumer_secret", "cs_{h:40}", nb=n_spec(["woocommerce", "consumer", "key"], "ck_{h:40}"))
add("stripe_restricted_live_key", "rk_live_51{a:97}", cat="read")
add("stripe_webhook_signing_secret", "whsec_{a:32}")
add("paypal_rest_client_secret", "E{b:79}", cat="guessed", nb=n_spec(["paypal", "client", "id"], "A{b:79}"))
add("shopify_app_shared_secret", "shpss_{h:32}", cat="read")
add("shopify_private_app_password", "shppa_{h:32}", cat="read")
add("wix_headless_api_key", gen=g_wix, check=c_jwt("RS256", 256),
    shape="`IST.` + RS256-shaped JWT (real base64url JSON, random 256-byte signature)", cat="guessed")
add("lemon_squeezy_api_key", gen=g_rs256_jwt("https://api.lemonsqueezy.com"), check=c_jwt("RS256", 256),
    shape="RS256-shaped JWT (real base64url JSON, random 256-byte signature)", cat="guessed")
add("paddle_billing_api_key", "pdl_live_apikey_01{l:24}_{a:27}", cat="guessed")
add("easypost_production_api_key", "EZAK{a:54}", cat="read")
add("shippo_live_api_token", "shippo_live_{h:40}", cat="read")
add("ups_oauth_client_secret", "{a:64}", cat="guessed", nb=n_spec(["ups", "client", "id"], "{a:48}"))
add("dhl_express_api_secret", "{a:16}", cat="guessed", nb=n_spec(["dhl", "api", "key"], "{a:24}"))
add("authorize_net_transaction_key", "{a:16}", nb=n_spec(["authorize", "net", "api", "login", "id"], "{a:10}"))
add("razorpay_live_key_secret", "{a:24}", nb=n_spec(["razorpay", "key", "id"], "rzp_live_{a:14}"))
add("checkout_com_secret_key", gen=lambda rng: "sk_" + uuid4(rng),
    check=lambda v: v.startswith("sk_") and UUIDC(v[3:]), shape="`sk_` + UUIDv4", cat="guessed")
add("coinbase_commerce_api_key", gen=uuid4, check=UUIDC, shape="UUIDv4", cat="guessed")
add("printful_private_token", "{a:40}", cat="guessed")
add("printify_personal_access_token", gen=g_rs256_jwt("printify"), check=c_jwt("RS256", 256),
    shape="RS256-shaped JWT (real base64url JSON, random 256-byte signature)", cat="guessed")
add("snipcart_secret_api_key", "ST_{a:60}", cat="guessed")
add("gumroad_access_token", "{b:43}", cat="guessed")
add("avalara_avatax_license_key", "{H:16}", cat="guessed", nb=n_spec(["avatax", "account", "id"], "{d:10}"))
add("taxjar_api_token", "{h:32}", cat="guessed")
add("freshbooks_oauth_client_secret", "{h:64}", cat="guessed", nb=n_spec(["freshbooks", "client", "id"], "{h:64}"))
add("zoho_crm_refresh_token", "1000.{h:32}.{h:32}")
add("maxmind_license_key", "{a:6}_{a:29}_mmk", cat="read", nb=n_spec(["maxmind", "account", "id"], "{d:6}"))
add("algolia_admin_api_key", "{h:32}", cat="read", nb=n_spec(["algolia", "app", "id"], "{u:10}"))
# --- mail, messaging, social
add("sendgrid_mail_send_api_key", "SG.{b:22}.{b:43}", cat="read")
add("postmark_server_api_token", gen=uuid4, check=UUIDC, shape="UUIDv4")
add("mailjet_api_secret_key", "{h:32}", nb=n_spec(["mailjet", "api", "key"], "{h:32}"))
add("mandrill_transactional_api_key", "md-{b:22}", cat="guessed")
add("resend_email_api_key", "re_{a:8}_{a:24}", cat="guessed")
add("mailerlite_api_token", gen=g_rs256_jwt("mailerlite"), check=c_jwt("RS256", 256),
    shape="RS256-shaped JWT (real base64url JSON, random 256-byte signature)", cat="guessed")
add("buttondown_api_key", gen=uuid4, check=UUIDC, shape="UUIDv4", cat="guessed")
add("vonage_api_secret", "{a:16}", nb=n_spec(["vonage", "api", "key"], "{h:8}"))
add("plivo_auth_token", "{a:40}", nb=n_spec(["plivo", "auth", "id"], "MA{u:18}"))
add("discord_channel_webhook_url", "https://discord.com/api/webhooks/{d:19}/{b:68}")
add("microsoft_teams_incoming_webhook_url", gen=g_teams, check=lambda v: bool(re.fullmatch(TEAMS_RE, v)),
    shape="whole `https://<tenant>.webhook.office.com/webhookb2/<uuid>@<uuid>/IncomingWebhook/<32 hex>/<uuid>` URL",
    cat="read")
add("zulip_bot_api_key", "{a:32}", nb=n_email(["zulip", "bot", "email"]))
add("rocket_chat_personal_access_token", "{b:43}", cat="guessed", nb=n_spec(["rocketchat", "user", "id"], "{a:17}"))
add("gotify_application_token", "A{b:14}", cat="guessed")
add("whatsapp_cloud_system_user_token", "EAAM{a:190}")
add("twitter_api_access_token_secret", "{a:45}", cat="read",
    nb=n_spec(["twitter", "access", "token"], "{d:19}-{a:31}"))
add("instagram_graph_long_lived_token", "IGAA{a:180}", cat="guessed")
add("vimeo_personal_access_token", "{h:32}")
add("twitch_stream_key", "live_{d:9}_{a:30}")
add("restream_stream_key", "re_{d:7}_{h:20}", cat="guessed")
# --- AI services
add("openai_admin_api_key", "sk-admin-{b:58}T3BlbkFJ{b:58}", cat="read")
add("anthropic_admin_api_key", "sk-ant-admin01-{b:93}AA", cat="read")
add("mistral_la_plateforme_api_key", "{a:32}")
add("cohere_production_api_key", "{a:40}", cat="read")
add("deepseek_platform_api_key", "sk-{h:32}")
add("xai_grok_api_key", "xai-{a:80}")
add("openrouter_api_key", "sk-or-v1-{h:64}")
add("elevenlabs_api_key", "sk_{h:48}")
add("deepgram_api_key", "{h:40}", cat="guessed")
add("assemblyai_api_key", "{h:32}", cat="guessed")
add("langfuse_secret_key", gen=lambda rng: "sk-lf-" + uuid4(rng),
    check=lambda v: v.startswith("sk-lf-") and UUIDC(v[6:]), shape="`sk-lf-` + UUIDv4",
    nb=(["langfuse", "public", "key"], lambda rng: "pk-lf-" + uuid4(rng)))
add("wandb_api_key", "{h:40}")
add("roboflow_private_api_key", "{a:20}", cat="guessed")
add("azure_openai_resource_key", "{h:32}", cat="guessed",
    nb=n_spec(["azure", "openai", "endpoint"], "https://darkskies-{l:5}.openai.azure.com/"))
add("huggingface_org_api_token", "api_org_{w:34}", cat="read")
# --- developer services
add("github_app_installation_token", "ghs_{a:36}", cat="read")
add("github_user_to_server_token", "ghu_{a:36}", cat="read")
add("gitlab_pipeline_trigger_token", "glptt-{h:40}", cat="read")
add("gitlab_runner_auth_token", "glrt-{b:20}", cat="read")
add("atlassian_jira_api_token", "ATATT3xFfGF0{b:171}={H:8}", cat="read",
    nb=n_email(["jira", "user", "email"]))
add("pypi_project_upload_token", "pypi-AgEIcHlwaS5vcmc{b:150}", cat="read")
add("docker_hub_personal_access_token", "dckr_pat_{b:27}")
add("nuget_org_api_key", "oy2{l:43}")
add("crates_io_api_token", "cio{a:32}")
add("sourcegraph_access_token", "sgp_{h:16}_{h:40}", cat="read")
add("postman_api_key", "PMAK-{h:24}-{h:34}", cat="read")
add("readme_com_api_key", "rdme_{l:70}", cat="read")
add("netlify_personal_access_token", "nfp_{a:36}")
add("planetscale_service_token", "pscale_tkn_{b:43}", cat="read")
add("linear_personal_api_key", "lin_api_{a:40}", cat="read")
add("prefect_cloud_api_key", "pnu_{a:36}", cat="read")
add("contentful_management_token", "CFPAT-{b:43}")
add("sanity_api_token", "sk{a:180}", cat="guessed")
# --- ops, hosting, monitoring
add("terraform_cloud_team_token", "{a:14}.atlasv1.{b:67}", cat="read")
add("vault_service_token_hvs", "hvs.{b:91}", cat="read")
add("age_x25519_identity", gen=g_age, check=c_age,
    shape="`AGE-SECRET-KEY-1` + 58 upper-case Bech32 characters with a real Bech32 checksum over 32 random bytes", cat="read")
add("grafana_cloud_access_policy_token", gen=g_glc, check=c_glc,
    shape="`glc_` + standard Base64 of real JSON `{o, n, k, m}`", cat="read")
add("grafana_service_account_token", "glsa_{a:32}_{h:8}", cat="read")
add("new_relic_user_api_key", "NRAK-{u:27}", cat="read")
add("sentry_org_auth_token", gen=g_sntrys, check=c_sntrys,
    shape="`sntrys_` + unpadded Base64 of real JSON `{iat, url, region_url, org}` + `_` + 43 Base64 characters", cat="read")
add("rollbar_project_access_token", "{h:32}")
add("posthog_personal_api_key", "phx_{a:47}")
add("backblaze_b2_application_key", "K00{a:28}", nb=n_spec(["b2", "key", "id"], "00{h:23}"))
add("tailscale_auth_key", "tskey-auth-k{a:11}CNTRL-{a:33}")
add("ngrok_authtoken", "2{a:26}_{a:21}")
add("cloudflare_origin_ca_key", "v1.0-{h:24}-{h:146}", cat="read")
add("vultr_api_key", "{u:36}")
add("azure_entra_client_secret", gen=g_azure_secret,
    check=lambda v: bool(re.fullmatch(r"[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{34}", v)),
    shape="3 characters of `[A-Za-z0-9_~.]` + a digit + `Q~` + 34 characters of `[A-Za-z0-9_~.-]`", cat="read",
    nb=n_uuid(["azure", "client", "id"]))
add("google_oauth_client_secret", "GOCSPX-{b:28}",
    nb=n_spec(["google", "client", "id"], "{d:12}-{l:32}.apps.googleusercontent.com"))
add("firebase_fcm_legacy_server_key", "AAAA{b:7}:APA91b{b:134}")
add("upstash_redis_rest_token", "AX{b:58}", cat="guessed")
add("neon_database_api_key", "napi_{l:64}", cat="guessed")
add("railway_api_token", gen=uuid4, check=UUIDC, shape="UUIDv4", cat="guessed")
add("pagerduty_rest_api_key", "u+{b:18}", cat="guessed")
add("opsgenie_api_key", gen=uuid4, check=UUIDC, shape="UUIDv4", cat="guessed")
add("octoprint_api_key", "{H:32}", cat="guessed")
add("onepassword_account_secret_key", "A3-{u:6}-{u:11}-{u:5}-{u:5}-{u:5}", cat="read")
add("clickhouse_cloud_api_secret", "4b1d{a:38}", cat="read", nb=n_spec(["clickhouse", "key", "id"], "{a:20}"))
add("bitbucket_workspace_access_token", "ATCTT3xFfGN0{b:171}={H:8}", cat="guessed")

SET_ASIDE = {
    "mandrill_transactional_api_key": "`md-` prefix remembered only vaguely; mail is covered by SendGrid, Postmark, Mailjet, Resend and MailerLite",
    "gotify_application_token": "15-character token, shape guessed and too short to be a useful target",
    "restream_stream_key": "shape guessed; stream keys are covered by YouTube Live and Twitch",
    "instagram_graph_long_lived_token": "`IGAA` prefix guessed; social media is covered by Mastodon, Bluesky, WhatsApp and Twitter",
    "paddle_billing_api_key": "layout after `pdl_live_apikey_` guessed; payments are well covered",
    "snipcart_secret_api_key": "shape guessed; shop platforms are covered by WooCommerce, Shopify and Wix",
    "sanity_api_token": "length guessed; headless CMS is covered by Contentful",
    "upstash_redis_rest_token": "shape guessed; hosting is well covered",
    "pagerduty_rest_api_key": "`u+` prefix remembered vaguely; on-call is covered by Opsgenie",
    "dhl_express_api_secret": "shape guessed; shipping is covered by EasyPost, Shippo and UPS",
    "roboflow_private_api_key": "shape guessed; AI vendors are well covered",
    "avalara_avatax_license_key": "shape guessed; tax is covered by TaxJar",
    "neon_database_api_key": "`napi_` length guessed; databases are covered by PlanetScale and ClickHouse",
    "assemblyai_api_key": "another bare 32-hex value; speech AI is covered by Deepgram and ElevenLabs",
    "bitbucket_workspace_access_token": "shape guessed by analogy with the Atlassian `ATATT3` token; Jira covers Atlassian",
}
VENDORS = [v for v in V if v[0] not in SET_ASIDE]

# ---------------------------------------------------------------- styles
STYLES = [
    ("telescope_shop_dotenv_production", "upper"),
    ("observatory_compose_environment_mapping", "upper"),
    ("observatory_ops_railway_variables_set_history", "upper"),
    ("observatory_ops_gh_secret_set_history", "upper"),
    ("society_site_python_settings_module", "upper"),
    ("society_site_typescript_config_ts", "camel"),
    ("planetarium_go_config_struct_literal", "pascal"),
    ("telescope_shop_appsettings_production_json", "pascal"),
    ("observatory_ops_doppler_secrets_set_history", "upper"),
    ("observatory_ops_terraform_tfvars", "snake"),
    ("observatory_ansible_vars_yml", "snake"),
    ("society_signal_group_paste", "spaced"),
    ("telescope_shop_helpscout_note", "spaced"),
    ("society_bitwarden_json_export", "title"),
    ("planetarium_xcconfig_file", "upper"),
    ("society_site_spring_application_properties", "dot"),
]


def render(style, pairs, rng):
    """pairs: list of (words, value) ; the secret's value is MARK."""
    k = lambda w: style_key(w, dict(STYLES)[style])
    if style == "telescope_shop_dotenv_production":
        return "APP_ENV=production\n" + "".join("%s='%s'\n" % (k(w), v) for w, v in pairs) + "CACHE_DRIVER=redis\n"
    if style == "observatory_compose_environment_mapping":
        return ("services:\n  web:\n    image: ghcr.io/darkskies/site:3.1\n    environment:\n"
                + "".join("      %s: '%s'\n" % (k(w), v) for w, v in pairs))
    if style == "observatory_ops_railway_variables_set_history":
        return "".join("  %d  railway variables --set \"%s=%s\"\n" % (401 + i, k(w), v) for i, (w, v) in enumerate(pairs)) + "  %d  railway up\n" % (401 + len(pairs))
    if style == "observatory_ops_gh_secret_set_history":
        return "".join("$ gh secret set %s --body '%s'\n" % (k(w), v) for w, v in pairs) + "$ gh secret list\n"
    if style == "society_site_python_settings_module":
        return "\"\"\"Production settings for the society site.\"\"\"\n" + "".join("%s = \"%s\"\n" % (k(w), v) for w, v in pairs)
    if style == "society_site_typescript_config_ts":
        return "export const config = {\n" + "".join("  %s: '%s',\n" % (k(w), v) for w, v in pairs) + "} as const;\n"
    if style == "planetarium_go_config_struct_literal":
        return "var cfg = Config{\n" + "".join("\t%s: \"%s\",\n" % (k(w), v) for w, v in pairs) + "}\n"
    if style == "telescope_shop_appsettings_production_json":
        return "{\n  \"Integrations\": {\n" + ",\n".join("    \"%s\": \"%s\"" % (k(w), v) for w, v in pairs) + "\n  }\n}\n"
    if style == "observatory_ops_doppler_secrets_set_history":
        return "".join("❯ doppler secrets set %s='%s' --project site --config prd\n" % (k(w), v) for w, v in pairs)
    if style == "observatory_ops_terraform_tfvars":
        return "".join("%s = \"%s\"\n" % (k(w), v) for w, v in pairs)
    if style == "observatory_ansible_vars_yml":
        return "---\n" + "".join("%s: '%s'\n" % (k(w), v) for w, v in pairs)
    if style == "society_signal_group_paste":
        who = rng.choice(["Priya", "Tomasz", "Helen", "Kwame"])
        lines = ["[%02d:%02d] %s: %s is %s" % (rng.randrange(19, 23), rng.randrange(60), who, k(w), v) for w, v in pairs]
        return "\n".join(lines) + " \n[%02d:%02d] Ines: got it, thanks\n" % (rng.randrange(19, 23), rng.randrange(60))
    if style == "telescope_shop_helpscout_note":
        return ("Private note (not visible to customer)\n"
                + "".join("%s: %s \n" % (k(w), v) for w, v in pairs)
                + "Customer asked about the 8\" Dobsonian back-order; integration keys above were used to re-sync.\n")
    if style == "society_bitwarden_json_export":
        title = " ".join(x.capitalize() for x in pairs[-1][0])
        user = pairs[0][1] if len(pairs) > 1 else "api"
        return ("{\n  \"items\": [\n    {\n      \"type\": 1,\n      \"name\": \"%s\",\n      \"login\": {\n"
                "        \"username\": \"%s\",\n        \"password\": \"%s\"\n      }\n    }\n  ]\n}\n"
                % (title, user, MARK))
    if style == "planetarium_xcconfig_file":
        return "// Secrets.xcconfig (gitignored)\n" + "".join("%s = %s\n" % (k(w), v) for w, v in pairs)
    if style == "society_site_spring_application_properties":
        return "server.port=8443\n" + "".join("integrations.%s=%s\n" % (k(w), v) for w, v in pairs)
    raise ValueError(style)


AVOID = {"observatory_ops_railway_variables_set_history": "\"$`\\", "observatory_ops_gh_secret_set_history": "'",
         "observatory_compose_environment_mapping": "'$", "telescope_shop_dotenv_production": "'",
         "observatory_ops_doppler_secrets_set_history": "'", "observatory_ansible_vars_yml": "'",
         "planetarium_xcconfig_file": "/ ", "society_site_spring_application_properties": "\\ "}


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (t, gen, check, shape, cat, nb) in enumerate(VENDORS):
        value = style = None
        for off in range(len(STYLES)):
            style = STYLES[(i + off) % len(STYLES)][0]
            avoid = AVOID.get(style, "")
            cands = [gen(rng) for _ in range(30)]
            cands = [c for c in cands if not any(ch in avoid for ch in c) and reg.ok(c)]
            if cands:
                value = cands[0]
                reg.add(value)
                break
        if value is None:
            raise RuntimeError("no style fits " + t)
        pairs = []
        if nb is not None:
            nv = reg.draw(lambda: nb[1](rng))
            pairs.append((nb[0], nv))
        pairs.append((t.split("_"), MARK))
        text, s, e = place(render(style, pairs, rng), value)
        recs.append({"type": t, "container": t + "__" + style, "text": text,
                     "secrets": [{"value": value, "start": s, "end": e, "type": t}], "source": "vendor"})
    return recs


def checks_by_type():
    return {t: check for (t, gen, check, shape, cat, nb) in VENDORS}
