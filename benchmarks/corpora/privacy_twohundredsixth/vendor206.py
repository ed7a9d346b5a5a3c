"""Vendor source: 120 real vendors' credential types used by angling-club / tackle-shop / fishery developers."""
import base64
import json
import random
import re

import common206 as C

SEED = 20602

A = {"an": (C.ALNUM, "[A-Za-z0-9]"), "la": (C.LOWALNUM, "[a-z0-9]"), "ua": (C.UPALNUM, "[A-Z0-9]"),
     "hx": (C.HEXL, "[0-9a-f]"), "HX": (C.HEXU, "[0-9A-F]"), "bu": (C.B64URL, "[A-Za-z0-9_-]"),
     "bs": (C.B64STD, "[A-Za-z0-9+/]"), "d": (C.DIGITS, "[0-9]"), "lo": (C.LOWER, "[a-z]"),
     "az": (C.LOWER + C.UPPER, "[A-Za-z]"), "ms": (C.ALNUM + "_~.", "[A-Za-z0-9_~.]"),
     "ms2": (C.ALNUM + "_~.-", "[A-Za-z0-9_~.-]")}


def P(*parts):
    """parts: literal str, ('an', n) alphabet runs, or ('fn', callable, regex)."""
    def gen(rng):
        out = []
        for p in parts:
            if isinstance(p, str):
                out.append(p)
            elif p[0] == "fn":
                out.append(p[1](rng))
            else:
                out.append(C.rs(rng, A[p[0]][0], p[1]))
        return "".join(out)
    rx = []
    for p in parts:
        if isinstance(p, str):
            rx.append(re.escape(p))
        elif p[0] == "fn":
            rx.append(p[2])
        else:
            rx.append("%s{%d}" % (A[p[0]][1], p[1]))
    return gen, "^" + "".join(rx) + "$"


UUIDRX = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
U4 = ("fn", lambda r: C.uuid4(r), UUIDRX)
PWF = ("fn", lambda r: C.password(r), C.PW_RE.pattern[1:-1])


def _mapbox_mid(rng):
    return C.b64url(json.dumps({"u": rng.choice(["kingfisherlakes", "willowmere-ac", "oldmillfishery"]),
                                "a": C.rs(rng, C.LOWALNUM, 25)}, separators=(",", ":")).encode())


def _grafana_glc(rng):
    j = {"o": str(rng.randrange(100000, 999999)), "n": "stack-%d-lake-sensors" % rng.randrange(100, 999),
         "k": C.rs(rng, C.ALNUM, 24), "m": {"r": "prod-gb-south-0"}}
    return C.b64(json.dumps(j, separators=(",", ":")).encode()).rstrip("=")


def _sentry_org(rng):
    j = {"iat": rng.randrange(1735689600, 1764547200), "url": "https://sentry.io",
         "region_url": "https://de.sentry.io", "org": rng.choice(["kingfisher-lakes", "old-mill-fishery"])}
    return C.b64(json.dumps(j, separators=(",", ":")).encode()).rstrip("=")


def _pypi(rng):
    raw = b"\x02\x01\x08pypi.org\x02\x24" + C.uuid4(rng).encode() + b"\x00\x02\x06\x20" + C.rbytes(rng, 32)
    return C.b64url(raw)


def _discord_id_b64(rng):
    return C.b64(str(rng.randrange(10 ** 17, 10 ** 19)).encode()).rstrip("=")


def _matrix(rng):
    return C.b64(rng.choice([b"matchbot", b"bailiffbot", b"pegdraw"])).rstrip("=")


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32_encode(hrp, data5):
    hv = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _bech32_polymod(hv + data5 + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data5 + chk)


def bech32_ok(s):
    hrp, _, data = s.lower().rpartition("1")
    hv = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    return _bech32_polymod(hv + [BECH.index(c) for c in data]) == 1


def _age_key(rng):
    bits, acc, n, out = 0, 0, 0, []
    for byte in C.rbytes(rng, 32):
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    return bech32_encode("age-secret-key-", out).upper()


# name, generator spec, category (read / believed / guessed / owner), shape note, neighbour (key words, spec) or None
R_, B_, G_, O_ = "read", "believed", "guessed", "owner"
V = [
    # ---- payments and tackle-shop commerce
    ("stripe_restricted_api_key", P("rk_live_51", ("an", 97)), R_, "`rk_live_51` + 97 alphanumerics", None),
    ("square_production_access_token", P("EAAA", ("bu", 60)), R_, "`EAAA` + 60 base64url", None),
    ("square_oauth_application_secret", P("sq0csp-", ("bu", 43)), B_, "`sq0csp-` + 43 base64url",
     (["square", "application", "id"], P("sq0idp-", ("bu", 22)))),
    ("paypal_rest_client_secret", P("E", ("bu", 79)), B_, "`E` + 79 base64url",
     (["paypal", "client", "id"], P("A", ("bu", 79)))),
    ("woocommerce_rest_consumer_secret", P("cs_", ("hx", 40)), B_, "`cs_` + 40 lower-case hex",
     (["woocommerce", "consumer", "key"], P("ck_", ("hx", 40)))),
    ("shopify_app_shared_secret", P("shpss_", ("hx", 32)), R_, "`shpss_` + 32 lower-case hex",
     (["shopify", "api", "key"], P(("hx", 32)))),
    ("shopify_custom_app_access_token", P("shpca_", ("hx", 32)), R_, "`shpca_` + 32 lower-case hex", None),
    ("ebay_oauth_client_secret", P("PRD-", ("hx", 12), "-", ("hx", 4), "-", ("hx", 4), "-", ("hx", 4), "-", ("hx", 4)), B_,
     "`PRD-` + 12 hex + four groups of 4 hex (cert id)", (["ebay", "app", "id"], P("TackleSh-BaitStoc-PRD-", ("hx", 9), "-", ("hx", 8)))),
    ("etsy_api_shared_secret", P(("la", 10)), B_, "10 lower-case alphanumerics",
     (["etsy", "keystring"], P(("la", 24)))),
    ("gocardless_webhook_endpoint_secret", P(("bu", 40)), G_, "40 base64url", None),
    ("opayo_integration_password", P(("an", 64)), G_, "64 alphanumerics",
     (["opayo", "integration", "key"], P(("an", 50)))),
    ("worldpay_xml_merchant_password", P(PWF), O_, "owner-chosen password",
     (["worldpay", "merchant", "code"], P("KINGFISHERLAKES", ("ua", 4)))),
    ("clover_ecommerce_private_token", P(U4), G_, "UUIDv4", None),
    ("sumup_oauth_client_secret", P(("hx", 64)), G_, "64 lower-case hex",
     (["sumup", "client", "id"], P("cc_classic_", ("an", 32)))),
    ("lightspeed_x_series_personal_token", P("lsxs_pt_", ("an", 32)), G_, "`lsxs_pt_` + 32 alphanumerics", None),
    ("shipstation_api_secret", P(("hx", 32)), G_, "32 lower-case hex",
     (["shipstation", "api", "key"], P(("hx", 32)))),
    ("royal_mail_click_and_drop_api_key", P(U4), G_, "UUIDv4", None),
    ("parcelforce_expresslink_password", P(PWF), O_, "owner-chosen password",
     (["expresslink", "username"], P("EL", ("d", 8)))),
    ("easypost_production_api_key", P("EZAK", ("an", 54)), R_, "`EZAK` + 54 alphanumerics", None),
    ("shippo_live_api_token", P("shippo_live_", ("hx", 40)), R_, "`shippo_live_` + 40 lower-case hex", None),
    ("sendcloud_api_secret", P(("hx", 32)), G_, "32 lower-case hex",
     (["sendcloud", "public", "key"], P(("hx", 32)))),
    ("veeqo_api_key", P("Vqt/", ("hx", 32)), G_, "`Vqt/` + 32 lower-case hex", None),
    ("linnworks_application_secret", P(U4), G_, "UUIDv4", (["linnworks", "application", "id"], P(U4))),
    ("awin_publisher_api_token", P(U4), G_, "UUIDv4", None),
    ("gov_uk_pay_api_key", P("api_live_", ("la", 58)), G_, "`api_live_` + 58 lower-case alphanumerics", None),
    # ---- lake, bivvy-pitch and guided-session bookings
    ("fishingbooker_partner_api_key", P(("hx", 40)), G_, "40 lower-case hex", None),
    ("pitchup_partner_api_key", P(("an", 32)), G_, "32 alphanumerics", None),
    ("campspot_api_key", P(("hx", 32)), G_, "32 lower-case hex", None),
    ("checkfront_api_secret", P(("hx", 64)), G_, "64 lower-case hex", (["checkfront", "api", "key"], P(("hx", 40)))),
    ("rezdy_api_key", P(("hx", 32)), G_, "32 lower-case hex", None),
    ("fareharbor_user_api_key", P(U4), G_, "UUIDv4", (["fareharbor", "company", "shortname"], P("kingfisherlakes", ("d", 2)))),
    ("bookwhen_api_token", P(("an", 40)), G_, "40 alphanumerics", None),
    ("cal_com_api_key", P("cal_live_", ("hx", 32)), B_, "`cal_live_` + 32 lower-case hex", None),
    ("calendly_personal_access_token", P(("fn", lambda r: C.jwt_shaped(r, {"iss": "https://auth.calendly.com", "iat": r.randrange(1735689600, 1764547200), "jti": C.uuid4(r), "user_uuid": C.uuid4(r)}, "ES256", 64, {"kid": C.rs(r, C.HEXL, 64), "typ": "PAT"}), "eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{86}")),
     B_, "ES256-shaped JWT with `typ` PAT (real base64url JSON, random 64-byte signature)", None),
    ("simplybook_api_key", P(("hx", 64)), G_, "64 lower-case hex", (["simplybook", "company", "login"], P("kingfisherlakes", ("d", 2)))),
    ("acuity_scheduling_api_key", P(("hx", 32)), B_, "32 lower-case hex", (["acuity", "user", "id"], P(("d", 8)))),
    # ---- weather, water and maps
    ("visual_crossing_weather_api_key", P(("ua", 25)), B_, "25 upper-case alphanumerics", None),
    ("weatherapi_com_api_key", P(("hx", 31)), B_, "31 lower-case hex", None),
    ("accuweather_api_key", P(("an", 32)), G_, "32 alphanumerics", None),
    ("meteomatics_api_password", P(("an", 10)), G_, "10 alphanumerics (generated)", (["meteomatics", "username"], P("kingfisherlakes_", ("lo", 6)))),
    ("willyweather_api_key", P(("an", 48)), G_, "48 alphanumerics", None),
    ("os_data_hub_project_api_secret", P(("an", 16)), G_, "16 alphanumerics", (["os", "data", "hub", "api", "key"], P(("an", 32)))),
    ("mapbox_secret_access_token", P("sk.", ("fn", _mapbox_mid, "eyJ[A-Za-z0-9_-]+"), ".", ("bu", 22)), B_,
     "`sk.` + base64url JSON `{u, a}` (real) + `.` + 22 base64url", None),
    ("google_maps_server_api_key", P("AIza", ("bu", 35)), R_, "`AIza` + 35 base64url (server-side geocoding key)", None),
    ("thunderforest_api_key", P(("hx", 32)), G_, "32 lower-case hex", None),
    ("maptiler_cloud_api_key", P(("an", 20)), G_, "20 alphanumerics", None),
    ("ideal_postcodes_api_key", P("ak_", ("la", 26)), G_, "`ak_` + 26 lower-case alphanumerics", None),
    ("loqate_api_key", P(("ua", 4), "-", ("ua", 4), "-", ("ua", 4), "-", ("ua", 4)), B_, "four groups of 4 upper-case alphanumerics", None),
    # ---- club membership and messaging
    ("wild_apricot_api_key", P(("la", 30)), G_, "30 lower-case alphanumerics", None),
    ("spond_account_password", P(PWF), O_, "owner-chosen password", (["spond", "email"], P("secretary@", ("lo", 6), "-ac.example"))),
    ("clubbuzz_site_admin_password", P(PWF), O_, "owner-chosen password", (["clubbuzz", "admin", "email"], P("webmaster@", ("lo", 6), "-anglers.example"))),
    ("mailerlite_api_token", P(("fn", lambda r: C.jwt_shaped(r, {"aud": "4", "jti": C.rs(r, C.HEXL, 80), "iat": r.randrange(1735689600, 1764547200), "sub": str(r.randrange(100000, 999999)), "scopes": []}, "RS256", 256), "eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{342}")),
     B_, "RS256-shaped JWT (real base64url JSON, random 256-byte signature)", None),
    ("textmagic_api_key", P(("an", 30)), G_, "30 alphanumerics", (["textmagic", "username"], P("tenchfield", ("d", 2)))),
    ("twilio_api_key_secret", P(("an", 32)), B_, "32 alphanumerics", (["twilio", "api", "key", "sid"], P("SK", ("hx", 32)))),
    ("vonage_api_secret", P(("an", 16)), B_, "16 alphanumerics", (["vonage", "api", "key"], P(("hx", 8)))),
    ("firetext_api_key", P(("an", 32)), G_, "32 alphanumerics", None),
    ("sendgrid_api_key", P("SG.", ("bu", 22), ".", ("bu", 43)), R_, "`SG.` + 22 + `.` + 43 base64url", None),
    ("postmark_server_api_token", P(U4), B_, "UUIDv4", None),
    ("sparkpost_api_key", P(("hx", 40)), B_, "40 lower-case hex", None),
    ("mailjet_api_secret_key", P(("hx", 32)), B_, "32 lower-case hex", (["mailjet", "api", "key"], P(("hx", 32)))),
    ("smtp2go_api_key", P("api-", ("HX", 32)), B_, "`api-` + 32 upper-case hex", None),
    ("whatsapp_cloud_system_user_token", P("EAAM", ("an", 180)), R_, "`EAAM` + 180 alphanumerics", None),
    ("discord_bot_token", P(("fn", _discord_id_b64, "[MNO][A-Za-z0-9+/]{22,25}"), ".", ("bu", 6), ".", ("bu", 38)), B_,
     "Base64 of the bot's numeric id + `.` + 6 + `.` + 38 base64url", None),
    ("discord_channel_webhook_url", P("https://discord.com/api/webhooks/", ("d", 19), "/", ("bu", 68)), B_,
     "whole `discord.com/api/webhooks/<id>/<68 base64url>` URL (the URL is the credential)", None),
    ("teams_incoming_webhook_url", P("https://kingfisherlakes.webhook.office.com/webhookb2/", U4, "@", U4, "/IncomingWebhook/", ("hx", 32), "/", U4), R_,
     "whole `webhook.office.com/webhookb2/…/IncomingWebhook/…` URL", None),
    ("mattermost_personal_access_token", P(("la", 26)), R_, "26 lower-case alphanumerics", None),
    ("zulip_bot_api_key", P(("an", 32)), B_, "32 alphanumerics", (["zulip", "bot", "email"], P("results-bot@", ("lo", 5), ".zulipchat.com"))),
    ("matrix_synapse_access_token", P("syt_", ("fn", _matrix, "[A-Za-z0-9+/]+"), "_", ("an", 20), "_", ("an", 6)), B_,
     "`syt_` + Base64 of the user name + `_` + 20 + `_` + 6 alphanumerics", None),
    ("pushbullet_access_token", P("o.", ("an", 32)), B_, "`o.` + 32 alphanumerics", None),
    # ---- AI
    ("mistral_api_key", P(("an", 32)), B_, "32 alphanumerics", None),
    ("cohere_api_key", P(("an", 40)), R_, "40 alphanumerics", None),
    ("openrouter_api_key", P("sk-or-v1-", ("hx", 64)), B_, "`sk-or-v1-` + 64 lower-case hex", None),
    ("deepseek_api_key", P("sk-", ("hx", 32)), B_, "`sk-` + 32 lower-case hex", None),
    ("xai_grok_api_key", P("xai-", ("an", 80)), B_, "`xai-` + 80 alphanumerics", None),
    ("elevenlabs_api_key", P("sk_", ("hx", 48)), B_, "`sk_` + 48 lower-case hex", None),
    ("assemblyai_api_key", P(("hx", 32)), B_, "32 lower-case hex", None),
    ("deepgram_api_key", P(("hx", 40)), B_, "40 lower-case hex", None),
    ("langfuse_secret_key", P("sk-lf-", U4), B_, "`sk-lf-` + UUIDv4", (["langfuse", "public", "key"], P("pk-lf-", U4))),
    ("openai_service_account_key", P("sk-svcacct-", ("bu", 74), "T3BlbkFJ", ("bu", 74)), R_, "`sk-svcacct-` + 74 + `T3BlbkFJ` + 74 base64url", None),
    ("azure_openai_api_key", P(("hx", 32)), B_, "32 lower-case hex", (["azure", "openai", "endpoint"], P("https://lakes-", ("la", 6), ".openai.azure.com/"))),
    ("clarifai_personal_access_token", P(("hx", 32)), B_, "32 lower-case hex", None),
    ("fal_ai_api_key", P(U4, ":", ("hx", 32)), B_, "UUIDv4 + `:` + 32 lower-case hex", None),
    ("jina_ai_api_key", P("jina_", ("an", 60)), G_, "`jina_` + 60 alphanumerics", None),
    ("weaviate_cloud_api_key", P(("an", 40)), G_, "40 alphanumerics", (["weaviate", "url"], P("https://", ("la", 12), ".c0.europe-west3.gcp.weaviate.cloud"))),
    # ---- developer services
    ("npm_granular_access_token", P("npm_", ("an", 36)), R_, "`npm_` + 36 alphanumerics", None),
    ("pypi_project_upload_token", P("pypi-", ("fn", _pypi, "AgEIcHlwaS5vcmc[A-Za-z0-9_-]{80,}")), R_,
     "`pypi-` + base64url of a macaroon-like blob starting with the `pypi.org` location (real bytes)", None),
    ("github_fine_grained_pat", P("github_pat_", ("an", 22), "_", ("an", 59)), R_, "`github_pat_` + 22 + `_` + 59 alphanumerics", None),
    ("github_app_installation_token", P("ghs_", ("an", 36)), R_, "`ghs_` + 36 alphanumerics", None),
    ("gitlab_pipeline_trigger_token", P("glptt-", ("hx", 40)), R_, "`glptt-` + 40 lower-case hex", None),
    ("gitlab_runner_auth_token", P("glrt-", ("bu", 20)), R_, "`glrt-` + 20 base64url", None),
    ("atlassian_api_token", P("ATATT3xFfGF0", ("bu", 170), "=", ("HX", 8)), B_, "`ATATT3xFfGF0` + 170 base64url + `=` + 8 upper-case hex", None),
    ("linear_api_key", P("lin_api_", ("an", 40)), R_, "`lin_api_` + 40 alphanumerics", None),
    ("postman_api_key", P("PMAK-", ("hx", 24), "-", ("hx", 34)), R_, "`PMAK-` + 24 hex + `-` + 34 hex", None),
    ("netlify_personal_access_token", P("nfp_", ("an", 36)), B_, "`nfp_` + 36 alphanumerics", None),
    ("circleci_personal_api_token", P("CCIPAT_", ("an", 22), "_", ("hx", 40)), B_, "`CCIPAT_` + 22 alphanumerics + `_` + 40 hex", None),
    ("docker_hub_personal_access_token", P("dckr_pat_", ("bu", 27)), B_, "`dckr_pat_` + 27 base64url", None),
    ("terraform_cloud_user_token", P(("la", 14), ".atlasv1.", ("bu", 67)), R_, "14 + `.atlasv1.` + 67 base64url", None),
    ("doppler_personal_token", P("dp.pt.", ("an", 43)), R_, "`dp.pt.` + 43 alphanumerics", None),
    ("supabase_personal_access_token", P("sbp_", ("hx", 40)), B_, "`sbp_` + 40 lower-case hex", None),
    ("planetscale_service_token", P("pscale_tkn_", ("bu", 43)), R_, "`pscale_tkn_` + 43 base64url", None),
    ("neon_api_key", P("napi_", ("la", 64)), G_, "`napi_` + 64 lower-case alphanumerics", None),
    ("codecov_upload_token", P(U4), B_, "UUIDv4", None),
    ("snyk_api_token", P(U4), R_, "UUIDv4", None),
    ("sops_age_secret_key", P(("fn", _age_key, "AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}")), R_,
     "`AGE-SECRET-KEY-1` + 58 Bech32 characters (real Bech32 checksum over 32 random bytes)", None),
    ("hashicorp_vault_service_token", P("hvs.", ("bu", 92)), R_, "`hvs.` + 92 base64url", None),
    # ---- ops and observability
    ("grafana_service_account_token", P("glsa_", ("an", 32), "_", ("hx", 8)), R_, "`glsa_` + 32 alphanumerics + `_` + 8 hex", None),
    ("grafana_cloud_access_policy_token", P("glc_", ("fn", _grafana_glc, "eyJ[A-Za-z0-9+/]+")), R_, "`glc_` + standard Base64 of JSON `{o, n, k, m}` (real, padding stripped)", None),
    ("sentry_org_auth_token", P("sntrys_", ("fn", _sentry_org, "eyJpYXQiO[A-Za-z0-9+/]+"), "_", ("bs", 43)), R_,
     "`sntrys_` + standard Base64 of JSON `{iat, url, region_url, org}` (real) + `_` + 43 Base64 characters", None),
    ("new_relic_user_api_key", P("NRAK-", ("ua", 27)), R_, "`NRAK-` + 27 upper-case alphanumerics", None),
    ("new_relic_ingest_license_key", P(("hx", 36), "NRAL"), B_, "36 lower-case hex + `NRAL`", None),
    ("better_stack_source_token", P(("an", 24)), G_, "24 alphanumerics", None),
    ("opsgenie_api_key", P(U4), B_, "UUIDv4", None),
    ("rollbar_project_access_token", P(("hx", 32)), B_, "32 lower-case hex", None),
    ("splunk_hec_token", P(U4), B_, "UUIDv4", None),
    ("healthchecks_io_api_key", P(("bu", 32)), G_, "32 base64url", None),
    ("tailscale_auth_key", P("tskey-auth-", ("an", 11), "CNTRL-", ("an", 32)), B_, "`tskey-auth-` + 11 + `CNTRL-` + 32 alphanumerics", None),
    ("ngrok_authtoken", P("2", ("an", 26), "_", ("an", 21)), G_, "`2` + 26 alphanumerics + `_` + 21 alphanumerics", None),
    ("cloudflare_global_api_key", P(("hx", 37)), R_, "37 lower-case hex", (["cloudflare", "email"], P("it@", ("lo", 7), "-fishery.example"))),
    ("cloudflare_origin_ca_key", P("v1.0-", ("hx", 24), "-", ("hx", 146)), R_, "`v1.0-` + 24 hex + `-` + 146 hex", None),
    ("backblaze_b2_application_key", P("K00", ("bs", 28)), B_, "`K00` + 28 Base64-alphabet characters", (["b2", "application", "key", "id"], P("00", ("hx", 23)))),
    ("wasabi_secret_access_key", P(("ua", 40)), G_, "40 upper-case alphanumerics", (["wasabi", "access", "key"], P(("ua", 20)))),
    ("azure_ad_client_secret", P(("ms", 3), ("d", 1), "Q~", ("ms2", 34)), R_, "3 + digit + `Q~` + 34 of `[A-Za-z0-9_~.-]`", (["azure", "client", "id"], P(U4))),
    ("vultr_api_key", P(("ua", 36)), B_, "36 upper-case alphanumerics", None),
    ("ovhcloud_application_secret", P(("an", 32)), B_, "32 alphanumerics", (["ovh", "application", "key"], P(("an", 16)))),
    ("okta_api_token", P("00", ("bu", 40)), R_, "`00` + 40 base64url", None),
    ("auth0_management_client_secret", P(("bu", 64)), B_, "64 base64url", (["auth0", "client", "id"], P(("an", 32)))),
    ("firebase_cloud_messaging_server_key", P("AAAA", ("bu", 7), ":APA91b", ("bu", 134)), B_, "`AAAA` + 7 + `:APA91b` + 134 base64url (legacy FCM server key)", None),
    # ---- productivity and CRM
    ("trello_api_token", P("ATTA", ("hx", 64), ("HX", 8)), G_, "`ATTA` + 64 lower-case hex + 8 upper-case hex", (["trello", "api", "key"], P(("hx", 32)))),
    ("asana_personal_access_token", P("2/", ("d", 16), "/", ("d", 16), ":", ("hx", 32)), B_, "`2/` + 16 digits + `/` + 16 digits + `:` + 32 hex", None),
    ("clickup_personal_api_token", P("pk_", ("d", 8), "_", ("ua", 32)), B_, "`pk_` + 8 digits + `_` + 32 upper-case alphanumerics", None),
    ("todoist_api_token", P(("hx", 40)), B_, "40 lower-case hex", None),
    ("typeform_personal_access_token", P("tfp_", ("bu", 44), "_", ("an", 14)), R_, "`tfp_` + 44 base64url + `_` + 14 alphanumerics", None),
    ("dropbox_short_lived_access_token", P("sl.", ("bu", 135)), R_, "`sl.` + 135 base64url", None),
    ("eventbrite_private_token", P(("ua", 20)), B_, "20 upper-case alphanumerics", None),
    ("activecampaign_api_key", P(("hx", 72)), B_, "72 lower-case hex", None),
    ("convertkit_api_secret", P(("bu", 43)), G_, "43 base64url", None),
    ("xero_webhooks_signing_key", P(("bs", 86), "=="), G_, "88-character standard Base64 string", None),
]

# style name, key style, template  ({K} key, S value, {NK}/{NV} neighbour line parts)
S = C.SLOT
STYLES = [
    ("tackle_shop_dotenv_live", "upper", "# .env.live -- tackle shop back end\nAPP_ENV=live\n{N}{K}=" + S + "\nLOG_LEVEL=info\n", "{NK}={NV}\n"),
    ("club_site_php_config_array", "snake", "<?php\nreturn [\n    'club' => 'Kingfisher Lakes',\n{N}    '{K}' => '" + S + "',\n];\n", "    '{NK}' => '{NV}',\n"),
    ("fishery_ops_sops_decrypt_output", "snake", "$ sops -d secrets/fishery.enc.yaml\nintegrations:\n{N}  {K}: " + S + "\n  region: eu-west-2\n", "  {NK}: {NV}\n"),
    ("booking_worker_dev_vars", "upper", "# .dev.vars (wrangler dev only)\nBOOKING_TZ=Europe/London\n{N}{K}=\"" + S + "\"\n", "{NK}=\"{NV}\"\n"),
    ("match_app_gradle_kts_buildconfig", "upper", "android {\n    defaultConfig {\n        applicationId = \"club.match.results\"\n{N}        buildConfigField(\"String\", \"{K}\", \"\\\"" + S + "\\\"\")\n    }\n}\n", "        buildConfigField(\"String\", \"{NK}\", \"\\\"{NV}\\\"\")\n"),
    ("bailiff_app_swift_secrets_enum", "camel", "// Secrets.swift -- excluded from git\nenum Secrets {\n{N}    static let {K} = \"" + S + "\"\n}\n", "    static let {NK} = \"{NV}\"\n"),
    ("stocking_etl_python_settings_dict", "snake", "INTEGRATIONS = {\n    \"timeout\": 20,\n{N}    \"{K}\": \"" + S + "\",\n}\n", "    \"{NK}\": \"{NV}\",\n"),
    ("club_committee_bitwarden_csv_export", "title", "folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\nClub IT,,login,{K},,,0,https://login.example,{NV}," + S + ",\n", ""),
    ("tackle_shop_slack_dm_paste", "spaced", "Lee  10:{R}6 AM\n{N}here's the {K} for the shop integration: " + S + "\nLee  10:{R}8 AM\nbin this message once you've saved it pls\n", "{NK} is {NV} btw\n"),
    ("fishery_helpdesk_hubspot_ticket_note", "spaced", "Internal note · Ticket #{R}31 · Bookings integration\n{N}Vendor support sent the {K}: " + S + "\nStored in the vault, deleting from here on Friday.\n", "{NK}: {NV}\n"),
    ("lake_booking_nomad_var_put_history", "snake", "$ nomad var put nomad/jobs/bookings \\\n{N}    {K}=" + S + "\nCreated variable \"nomad/jobs/bookings\" with modify index {R}4021\n", "    {NK}={NV} \\\n"),
    ("peg_draw_csharp_user_secrets_json", "pascal", "{\n  \"Logging:LogLevel:Default\": \"Warning\",\n{N}  \"Vendors:{K}\": \"" + S + "\"\n}\n", "  \"Vendors:{NK}\": \"{NV}\",\n"),
    ("catch_app_az_keyvault_set_history", "kebab", "$ az keyvault secret set --vault-name kv-catch-app \\\n    --name {K} --value '" + S + "'\n{N}{{\n  \"attributes\": {{ \"enabled\": true }}\n}}\n", "# {NK} = {NV} (public, kept in app settings)\n"),
    ("fishery_ops_doppler_download_json", "upper", "$ doppler secrets download --no-file --format json\n{{\n  \"DOPPLER_CONFIG\": \"prd\",\n{N}  \"{K}\": \"" + S + "\"\n}}\n", "  \"{NK}\": \"{NV}\",\n"),
]


SET_ASIDE = {
    "healthchecks_io_api_key": "guessed shape, weak link to this world",
    "better_stack_source_token": "guessed shape, overlaps the generic 24-alphanumeric form",
    "willyweather_api_key": "guessed shape (Australian service)",
    "accuweather_api_key": "guessed shape",
    "maptiler_cloud_api_key": "guessed shape, key is often used client-side",
    "thunderforest_api_key": "guessed shape, key is usually embedded in public tile URLs",
    "veeqo_api_key": "prefix recalled only vaguely",
    "neon_api_key": "guessed shape",
    "jina_ai_api_key": "guessed length",
    "weaviate_cloud_api_key": "guessed shape",
    "convertkit_api_secret": "guessed shape",
    "firetext_api_key": "guessed shape",
    "wasabi_secret_access_key": "guessed shape",
    "ngrok_authtoken": "guessed shape",
    "vultr_api_key": "weak link to this world",
    "bookwhen_api_token": "guessed shape",
    "xero_webhooks_signing_key": "guessed shape",
}
USED = [v for v in V if v[0] not in SET_ASIDE]


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (name, (gen, rx), cat, note, nb) in enumerate(USED):
        style, kstyle, tpl, nline = STYLES[i % len(STYLES)]
        value = reg.draw(gen, rng)
        words = name.split("_")
        if style == "fishery_ops_doppler_download_json" or style == "catch_app_az_keyvault_set_history":
            tpl = tpl.replace("{{", "{").replace("}}", "}")
        nk = nv = ""
        if nb:
            nv = reg.draw(nb[1][0], rng)
            nk = C.keyname(nb[0], kstyle)
        if style == "club_committee_bitwarden_csv_export":
            t = tpl.replace("{NV}", nv or "admin@kingfisherlakes.example")
        else:
            t = tpl.replace("{N}", nline.replace("{NK}", nk).replace("{NV}", nv) if nb else "")
        t = t.replace("{K}", C.keyname(words, kstyle)).replace("{R}", str(rng.randint(1, 9)))
        text, s, e = C.place(t, value)
        recs.append(("vendor", name, name + "__" + style, text, s, e))
    return recs


def shape_checks():
    return {name: re.compile(rx) for name, (gen, rx), *_ in V}
