"""Vendor source: 120 vendor credential types, each in one of 12 styles."""
import base64
import hashlib
import json
import random
import zlib

from common202 import (ALNUM, B64STD, B64URL, DIGITS, HEXL, HEXU, LOWER, LOWER_ALNUM, SEEDS,
                       UPPER, UPPER_ALNUM, b64, b64url_nopad, case_key, fill, jdump, make_jwt,
                       owner_password, rbytes, rs, span_record, uuid4)

UUID_RE = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
JWT_RE = r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+"
PW = r"[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}"


def R(a, n):
    return lambda rng: rs(rng, a, n)


def P(prefix, a, n, suffix=""):
    return lambda rng: prefix + rs(rng, a, n) + suffix


def pw(rng):
    return owner_password(rng)


def g_mapbox_sk(rng):
    user = rng.choice(["hawkcentre", "owlrescue", "mewsmaps", "releasesites"])
    mid = b64url_nopad(jdump({"u": user, "a": rs(rng, LOWER_ALNUM, 25)}).encode())
    return "sk." + mid + "." + rs(rng, B64URL, 22)


def g_wix(rng):
    hdr = {"kid": "PozHFyXQ", "alg": "RS256"}
    body = {"data": jdump({"id": uuid4(rng), "identity": {"type": "application", "id": uuid4(rng)},
                           "tenant": {"type": "account", "id": uuid4(rng)}}),
            "iat": 1794000000 + rng.randint(0, 9000000)}
    return "IST." + make_jwt(rng, hdr, body, sig_len=256)


def g_inat(rng):
    return make_jwt(rng, {"alg": "HS512"}, {"user_id": rng.randint(1000000, 9999999),
                                             "exp": 1795000000 + rng.randint(0, 90000)},
                    alg_hash=hashlib.sha512)


def g_calendly(rng):
    return make_jwt(rng, {"kid": "1ce1e136", "typ": "PAT", "alg": "ES512"},
                    {"iss": "https://auth.calendly.com", "iat": 1794100000 + rng.randint(0, 900000),
                     "jti": uuid4(rng), "user_uuid": uuid4(rng)}, sig_len=132)


def g_glc(rng):
    body = {"o": str(rng.randint(100000, 999999)), "n": "mews-sync-" + rs(rng, LOWER_ALNUM, 6),
            "k": rs(rng, ALNUM, 24), "m": {"r": "prod-gb-south-0"}}
    return "glc_" + b64(jdump(body).encode())


def g_sentry_org(rng):
    body = {"iat": 1794000000.0 + rng.randint(0, 9000000), "url": "https://sentry.io",
            "region_url": "https://de.sentry.io", "org": "hawk-centre"}
    enc = b64(jdump(body).encode()).rstrip("=")
    return "sntrys_" + enc + "_" + rs(rng, B64STD, 43)


def g_matrix(rng):
    user = rng.choice(["intakebot", "hotline", "mewsbot", "rotabot"])
    rnd = rs(rng, ALNUM, 20)
    crc = zlib.crc32(("syt_" + b64url_nopad(user.encode()) + "_" + rnd).encode())
    b62 = ""
    for _ in range(6):
        b62 = ALNUM[crc % 62] + b62
        crc //= 62
    return "syt_" + b64url_nopad(user.encode()) + "_" + rnd + "_" + b62


def g_bws(rng):
    return "0." + uuid4(rng) + "." + rs(rng, ALNUM, 30) + ":" + b64(rbytes(rng, 16))


def g_atlassian(rng):
    return "ATATT3xFfGF0" + rs(rng, B64URL, 171) + "=" + rs(rng, HEXU, 8)


def g_entra(rng):
    return rs(rng, ALNUM, 3) + "8Q~" + rs(rng, ALNUM + "_~.-", 34)


def g_fcm(rng):
    return "AAAA" + rs(rng, B64URL, 7) + ":APA91b" + rs(rng, B64URL, 134)


def g_discord_hook(rng):
    return ("https://discord.com/api/webhooks/" + str(rng.randint(10 ** 17, 10 ** 19 - 1)) + "/"
            + rs(rng, B64URL, 68))


def g_tg(rng):
    return str(rng.randint(10 ** 9, 8 * 10 ** 9)) + ":AA" + rs(rng, B64URL, 33)


def g_slack_app(rng):
    return ("xapp-1-A" + rs(rng, UPPER_ALNUM, 10) + "-" + rs(rng, DIGITS, 13) + "-"
            + rs(rng, HEXL, 64))


def g_asana(rng):
    return "2/" + rs(rng, DIGITS, 16) + "/" + rs(rng, DIGITS, 16) + ":" + rs(rng, HEXL, 32)


def g_uptimerobot(rng):
    return "u" + rs(rng, DIGITS, 7) + "-" + rs(rng, HEXL, 24)


def g_google_client_id(rng):
    return rs(rng, DIGITS, 12) + "-" + rs(rng, LOWER_ALNUM, 32) + ".apps.googleusercontent.com"


def g_tf(rng):
    return rs(rng, ALNUM, 14) + ".atlasv1." + rs(rng, ALNUM, 67)


def g_zoho(rng):
    return "1000." + rs(rng, HEXL, 32) + "." + rs(rng, HEXL, 32)


def g_cph(rng):
    return "%02d/%03d/%04d" % (rng.randint(1, 99), rng.randint(1, 999), rng.randint(1, 9999))


def uuid_g(rng):
    return uuid4(rng)


# name, generator, shape regex, shape description, provenance (read|believed|guessed),
# neighbour (words, generator) or None
V = []


def add(name, gen, rx, desc, prov, nb=None):
    V.append({"name": name, "gen": gen, "rx": rx, "desc": desc, "prov": prov, "nb": nb})


# commerce, donations, bookings
add("stripe_restricted_api_key", P("rk_live_51", ALNUM, 97), r"rk_live_51[A-Za-z0-9]{97}",
    "`rk_live_51` + 97 alphanumerics", "read")
add("paypal_rest_client_secret", P("E", B64URL, 79), r"E[A-Za-z0-9_-]{79}",
    "`E` + 79 base64url", "believed", (["paypal", "client", "id"], P("A", B64URL, 79)))
add("gocardless_webhook_endpoint_secret", R(ALNUM, 40), r"[A-Za-z0-9]{40}", "40 alphanumerics", "guessed")
add("square_production_access_token", P("EAAA", B64URL, 60), r"EAAA[A-Za-z0-9_-]{60}",
    "`EAAA` + 60 base64url", "read")
add("sumup_api_key", P("sup_sk_", ALNUM, 32), r"sup_sk_[A-Za-z0-9]{32}", "`sup_sk_` + 32 alphanumerics", "believed")
add("mollie_live_api_key", P("live_", ALNUM, 30), r"live_[A-Za-z0-9]{30}", "`live_` + 30 alphanumerics", "believed")
add("donorbox_api_key", R(ALNUM, 50), r"[A-Za-z0-9]{50}", "50 alphanumerics", "guessed",
    (["donorbox", "login", "email"], lambda rng: "fundraising@" + rng.choice(["owlrescue", "hawkcentre"]) + ".example"))
add("givebutter_api_key", R(ALNUM, 40), r"[A-Za-z0-9]{40}", "40 alphanumerics", "guessed")
add("beacon_crm_api_key", R(HEXL, 64), r"[0-9a-f]{64}", "64 lower-case hex", "guessed",
    (["beacon", "account", "id"], R(DIGITS, 6)))
add("donorfy_api_key", R(ALNUM, 32), r"[A-Za-z0-9]{32}", "32 alphanumerics", "guessed",
    (["donorfy", "tenant"], P("T", UPPER_ALNUM, 7)))
add("enthuse_api_key", uuid_g, UUID_RE, "UUIDv4", "guessed")
add("justgiving_app_secret", R(HEXL, 32), r"[0-9a-f]{32}", "32 lower-case hex", "guessed",
    (["justgiving", "app", "id"], R(HEXL, 8)))
add("blackbaud_sky_subscription_key", R(HEXL, 32), r"[0-9a-f]{32}", "32 lower-case hex (API Management subscription key)", "believed")
add("salesforce_connected_app_consumer_secret", R(HEXU, 64), r"[0-9A-F]{64}", "64 upper-case hex", "believed",
    (["salesforce", "consumer", "key"], P("3MVG9", ALNUM + "._", 80)))
add("shopify_custom_app_api_secret_key", P("shpss_", HEXL, 32), r"shpss_[0-9a-f]{32}", "`shpss_` + 32 lower-case hex", "read")
add("woocommerce_rest_consumer_secret", P("cs_", HEXL, 40), r"cs_[0-9a-f]{40}", "`cs_` + 40 lower-case hex", "believed",
    (["woocommerce", "consumer", "key"], P("ck_", HEXL, 40)))
add("ecwid_secret_token", P("secret_", ALNUM, 32), r"secret_[A-Za-z0-9]{32}", "`secret_` + 32 alphanumerics", "believed")
add("kofi_webhook_verification_token", uuid_g, UUID_RE, "UUIDv4", "believed")
add("patreon_creator_access_token", R(B64URL, 43), r"[A-Za-z0-9_-]{43}", "43 base64url", "guessed")
add("fareharbor_api_user_key", uuid_g, UUID_RE, "UUIDv4", "guessed")
add("bookeo_api_secret_key", R(ALNUM, 32), r"[A-Za-z0-9]{32}", "32 alphanumerics", "guessed")
add("checkfront_api_secret", R(HEXL, 40), r"[0-9a-f]{40}", "40 lower-case hex", "guessed",
    (["checkfront", "api", "key"], R(HEXL, 40)))
add("rezdy_api_key", R(HEXL, 32), r"[0-9a-f]{32}", "32 lower-case hex", "guessed")
add("freeagent_oauth_client_secret", R(B64URL, 22), r"[A-Za-z0-9_-]{22}", "22 base64url", "guessed",
    (["freeagent", "oauth", "identifier"], R(B64URL, 22)))
add("zoho_books_refresh_token", g_zoho, r"1000\.[0-9a-f]{32}\.[0-9a-f]{32}",
    "`1000.` + 32 lower-case hex + `.` + 32 lower-case hex", "believed")
add("wix_headless_api_key", g_wix, r"IST\." + JWT_RE,
    "`IST.` + RS256-shaped JWT (real base64url JSON, random 256-byte signature)", "believed")
# animal, vet, rescue, telemetry, licensing
add("ezyvet_api_client_secret", R(ALNUM, 40), r"[A-Za-z0-9]{40}", "40 alphanumerics", "guessed",
    (["ezyvet", "client", "id"], R(HEXL, 32)))
add("provet_cloud_api_token", R(HEXL, 40), r"[0-9a-f]{40}", "40 lower-case hex", "guessed")
add("vetstoria_partner_api_key", R(ALNUM, 32), r"[A-Za-z0-9]{32}", "32 alphanumerics", "guessed")
add("shelterluv_api_key", R(HEXL, 32), r"[0-9a-f]{32}", "32 lower-case hex", "guessed")
add("petfinder_api_client_secret", R(ALNUM, 40), r"[A-Za-z0-9]{40}", "40 alphanumerics", "believed",
    (["petfinder", "client", "id"], R(ALNUM, 50)))
add("rescuegroups_api_key", R(ALNUM, 8), r"[A-Za-z0-9]{8}", "8 alphanumerics", "believed")
add("petlog_reunification_portal_password", pw, PW, "owner-chosen password", "guessed",
    (["petlog", "username"], lambda rng: "reunite@" + rng.choice(["owlrescue", "hedgehoghospital"]) + ".example"))
add("anibase_microchip_portal_password", pw, PW, "owner-chosen password", "guessed",
    (["anibase", "account", "id"], P("AB", DIGITS, 6)))
add("ebird_api_token", R(LOWER_ALNUM, 12), r"[a-z0-9]{12}", "12 lower-case alphanumerics", "believed")
add("inaturalist_api_jwt", g_inat, JWT_RE, "HS512 JWT with `user_id` (real base64url JSON, real HMAC under a discarded key)", "believed")
add("xeno_canto_api_key", R(HEXL, 40), r"[0-9a-f]{40}", "40 lower-case hex", "guessed")
add("gbif_registry_password", pw, PW, "owner-chosen password", "guessed",
    (["gbif", "username"], lambda rng: rng.choice(["hawkcentre_data", "owlrescue_gbif"])))
add("movebank_account_password", pw, PW, "owner-chosen password", "guessed",
    (["movebank", "username"], lambda rng: rng.choice(["kite_release_team", "buzzard_tags"])))
add("argos_cls_web_password", pw, PW, "owner-chosen password", "guessed",
    (["argos", "login"], lambda rng: "ARG" + rs(rng, DIGITS, 5)))
add("ornitela_gps_api_token", R(HEXL, 32), r"[0-9a-f]{32}", "32 lower-case hex", "guessed")
add("cellular_tracking_technologies_api_key", R(ALNUM, 40), r"[A-Za-z0-9]{40}", "40 alphanumerics", "guessed")
add("druid_ecotone_api_token", R(ALNUM, 48), r"[A-Za-z0-9]{48}", "48 alphanumerics", "guessed")
add("roboflow_private_api_key", R(ALNUM, 20), r"[A-Za-z0-9]{20}", "20 alphanumerics", "believed")
add("apha_animal_licensing_portal_password", pw, PW, "owner-chosen password", "guessed",
    (["apha", "cph", "number"], g_cph))
add("charity_commission_register_subscription_key", R(HEXL, 32), r"[0-9a-f]{32}", "32 lower-case hex (API Management subscription key)", "believed")
add("hmrc_charities_online_gift_aid_password", pw, PW, "owner-chosen password", "guessed",
    (["hmrc", "charities", "user", "id"], R(DIGITS, 12)))
# volunteers
add("better_impact_api_key", R(ALNUM, 32), r"[A-Za-z0-9]{32}", "32 alphanumerics", "guessed")
add("volgistics_vicnet_api_key", R(UPPER_ALNUM, 24), r"[A-Z0-9]{24}", "24 upper-case alphanumerics", "guessed")
add("rosterfy_api_token", R(ALNUM, 64), r"[A-Za-z0-9]{64}", "64 alphanumerics", "guessed")
add("rotacloud_api_key", R(ALNUM, 40), r"[A-Za-z0-9]{40}", "40 alphanumerics", "guessed")
add("humanitix_api_key", R(HEXL, 64), r"[0-9a-f]{64}", "64 lower-case hex", "guessed")
# maps
add("mapbox_secret_access_token", g_mapbox_sk, r"sk\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}",
    "`sk.` + base64url JSON (real) + `.` + 22 base64url", "believed")
add("maptiler_cloud_api_key", R(ALNUM, 20), r"[A-Za-z0-9]{20}", "20 alphanumerics", "believed")
add("thunderforest_api_key", R(HEXL, 32), r"[0-9a-f]{32}", "32 lower-case hex", "believed")
add("os_data_hub_project_api_secret", R(ALNUM, 16), r"[A-Za-z0-9]{16}", "16 alphanumerics", "guessed")
add("google_oauth_client_secret", P("GOCSPX-", B64URL, 28), r"GOCSPX-[A-Za-z0-9_-]{28}",
    "`GOCSPX-` + 28 base64url", "believed", (["google", "oauth", "client", "id"], g_google_client_id))
# messaging
add("twilio_api_key_secret", R(ALNUM, 32), r"[A-Za-z0-9]{32}", "32 alphanumerics", "believed",
    (["twilio", "api", "key", "sid"], P("SK", HEXL, 32)))
add("vonage_api_secret", R(ALNUM, 16), r"[A-Za-z0-9]{16}", "16 alphanumerics", "believed",
    (["vonage", "api", "key"], R(HEXL, 8)))
add("plivo_auth_token", R(ALNUM, 40), r"[A-Za-z0-9]{40}", "40 alphanumerics", "believed",
    (["plivo", "auth", "id"], P("MA", UPPER_ALNUM, 18)))
add("sendgrid_api_key", lambda rng: "SG." + rs(rng, B64URL, 22) + "." + rs(rng, B64URL, 43),
    r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}", "`SG.` + 22 + `.` + 43 base64url", "read")
add("postmark_server_api_token", uuid_g, UUID_RE, "UUIDv4", "believed")
add("mailjet_api_secret_key", R(HEXL, 32), r"[0-9a-f]{32}", "32 lower-case hex", "believed",
    (["mailjet", "api", "key"], R(HEXL, 32)))
add("resend_api_key", lambda rng: "re_" + rs(rng, ALNUM, 8) + "_" + rs(rng, ALNUM, 24),
    r"re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}", "`re_` + 8 + `_` + 24 alphanumerics", "guessed")
add("sparkpost_api_key", R(HEXL, 40), r"[0-9a-f]{40}", "40 lower-case hex", "believed")
add("telegram_rescue_hotline_bot_token", g_tg, r"[0-9]{10}:AA[A-Za-z0-9_-]{33}",
    "10 digits + `:AA` + 33 base64url", "read")
add("discord_incoming_webhook_url", g_discord_hook,
    r"https://discord\.com/api/webhooks/[0-9]{18,19}/[A-Za-z0-9_-]{68}",
    "whole `discord.com/api/webhooks/<id>/<68 base64url>` URL (the URL is the credential)", "believed")
add("slack_app_level_token", g_slack_app, r"xapp-1-A[A-Z0-9]{10}-[0-9]{13}-[0-9a-f]{64}",
    "`xapp-1-A` + 10 + `-` + 13 digits + `-` + 64 lower-case hex", "read")
add("whatsapp_cloud_api_access_token", P("EAAG", ALNUM, 180), r"EAAG[A-Za-z0-9]{180}",
    "`EAAG` + 180 alphanumerics", "believed")
add("mattermost_personal_access_token", R(LOWER_ALNUM, 26), r"[a-z0-9]{26}", "26 lower-case alphanumerics", "believed")
add("zulip_bot_api_key", R(ALNUM, 32), r"[A-Za-z0-9]{32}", "32 alphanumerics", "believed",
    (["zulip", "bot", "email"], lambda rng: "intake-bot@" + rng.choice(["owlrescue", "hawkcentre"]) + ".zulipchat.com"))
add("pushbullet_access_token", P("o.", ALNUM, 32), r"o\.[A-Za-z0-9]{32}", "`o.` + 32 alphanumerics", "believed")
add("matrix_synapse_access_token", g_matrix, r"syt_[A-Za-z0-9_-]+_[A-Za-z0-9]{20}_[A-Za-z0-9]{6}",
    "`syt_` + base64url user name + `_` + 20 alphanumerics + `_` + 6 base62 (CRC-32, real)", "believed")
# AI
add("mistral_api_key", R(ALNUM, 32), r"[A-Za-z0-9]{32}", "32 alphanumerics", "believed")
add("cohere_api_key", R(ALNUM, 40), r"[A-Za-z0-9]{40}", "40 alphanumerics", "believed")
add("deepseek_api_key", P("sk-", HEXL, 32), r"sk-[0-9a-f]{32}", "`sk-` + 32 lower-case hex", "believed")
add("openrouter_api_key", P("sk-or-v1-", HEXL, 64), r"sk-or-v1-[0-9a-f]{64}", "`sk-or-v1-` + 64 lower-case hex", "believed")
add("elevenlabs_api_key", P("sk_", HEXL, 48), r"sk_[0-9a-f]{48}", "`sk_` + 48 lower-case hex", "believed")
add("assemblyai_api_key", R(HEXL, 32), r"[0-9a-f]{32}", "32 lower-case hex", "believed")
add("deepgram_api_key", R(HEXL, 40), r"[0-9a-f]{40}", "40 lower-case hex", "believed")
add("fireworks_ai_api_key", P("fw_", ALNUM, 24), r"fw_[A-Za-z0-9]{24}", "`fw_` + 24 alphanumerics", "guessed")
add("xai_grok_api_key", P("xai-", ALNUM, 80), r"xai-[A-Za-z0-9]{80}", "`xai-` + 80 alphanumerics", "believed")
add("langfuse_secret_key", lambda rng: "sk-lf-" + uuid4(rng), r"sk-lf-" + UUID_RE, "`sk-lf-` + UUIDv4", "believed",
    (["langfuse", "public", "key"], lambda rng: "pk-lf-" + uuid4(rng)))
add("weights_and_biases_api_key", R(HEXL, 40), r"[0-9a-f]{40}", "40 lower-case hex", "believed")
add("anthropic_workspace_api_key", lambda rng: "sk-ant-api03-" + rs(rng, B64URL, 93) + "AA",
    r"sk-ant-api03-[A-Za-z0-9_-]{93}AA", "`sk-ant-api03-` + 93 base64url + `AA`", "read")
add("openai_service_account_key", lambda rng: "sk-svcacct-" + rs(rng, B64URL, 74) + "T3BlbkFJ" + rs(rng, B64URL, 74),
    r"sk-svcacct-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}", "`sk-svcacct-` + 74 + `T3BlbkFJ` + 74 base64url", "read")
add("google_cloud_vision_api_key", P("AIza", B64URL, 35), r"AIza[A-Za-z0-9_-]{35}", "`AIza` + 35 base64url", "read")
add("clarifai_personal_access_token", R(HEXL, 32), r"[0-9a-f]{32}", "32 lower-case hex", "believed")
add("jina_ai_api_key", P("jina_", ALNUM, 60), r"jina_[A-Za-z0-9]{60}", "`jina_` + 60 alphanumerics", "guessed")
# developer and ops
add("github_app_user_to_server_token", P("ghu_", ALNUM, 36), r"ghu_[A-Za-z0-9]{36}", "`ghu_` + 36 alphanumerics", "read")
add("github_oauth_app_client_secret", R(HEXL, 40), r"[0-9a-f]{40}", "40 lower-case hex", "believed",
    (["github", "oauth", "client", "id"], P("Ov23li", ALNUM, 14)))
add("gitlab_runner_authentication_token", P("glrt-", B64URL, 20), r"glrt-[A-Za-z0-9_-]{20}", "`glrt-` + 20 base64url", "read")
add("gitea_access_token", R(HEXL, 40), r"[0-9a-f]{40}", "40 lower-case hex", "believed")
add("netlify_personal_access_token", P("nfp_", ALNUM, 36), r"nfp_[A-Za-z0-9]{36}", "`nfp_` + 36 alphanumerics", "believed")
add("npm_granular_access_token", P("npm_", ALNUM, 36), r"npm_[A-Za-z0-9]{36}", "`npm_` + 36 alphanumerics", "read")
add("pypi_upload_api_token", P("pypi-AgEIcHlwaS5vcmc", B64URL, 70), r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{70}",
    "`pypi-AgEIcHlwaS5vcmc` + 70 base64url", "read")
add("dockerhub_personal_access_token", P("dckr_pat_", B64URL, 27), r"dckr_pat_[A-Za-z0-9_-]{27}", "`dckr_pat_` + 27 base64url", "believed")
add("hashicorp_vault_service_token", P("hvs.", B64URL, 92), r"hvs\.[A-Za-z0-9_-]{92}", "`hvs.` + 92 base64url", "read")
add("terraform_cloud_api_token", g_tf, r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{67}", "14 + `.atlasv1.` + 67 alphanumerics", "read")
add("doppler_service_token", P("dp.st.prd.", ALNUM, 40), r"dp\.st\.prd\.[A-Za-z0-9]{40}", "`dp.st.prd.` + 40 alphanumerics", "believed")
add("tailscale_auth_key", lambda rng: "tskey-auth-k" + rs(rng, ALNUM, 10) + "CNTRL-" + rs(rng, ALNUM, 32),
    r"tskey-auth-k[A-Za-z0-9]{10}CNTRL-[A-Za-z0-9]{32}", "`tskey-auth-k` + 10 + `CNTRL-` + 32 alphanumerics", "believed")
add("ngrok_authtoken", lambda rng: rs(rng, "123", 1) + rs(rng, ALNUM, 26) + "_" + rs(rng, ALNUM, 21),
    r"[123][A-Za-z0-9]{26}_[A-Za-z0-9]{21}", "27 alphanumerics + `_` + 21 alphanumerics", "believed")
add("grafana_cloud_access_policy_token", g_glc, r"glc_[A-Za-z0-9+/]+={0,2}", "`glc_` + standard Base64 of JSON (real)", "read")
add("grafana_service_account_token", lambda rng: "glsa_" + rs(rng, ALNUM, 32) + "_" + rs(rng, HEXL, 8),
    r"glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}", "`glsa_` + 32 alphanumerics + `_` + 8 lower-case hex", "read")
add("honeycomb_configuration_api_key", R(ALNUM, 22), r"[A-Za-z0-9]{22}", "22 alphanumerics", "guessed")
add("axiom_api_token", lambda rng: "xaat-" + uuid4(rng), r"xaat-" + UUID_RE, "`xaat-` + UUIDv4", "believed")
add("uptimerobot_main_api_key", g_uptimerobot, r"u[0-9]{7}-[0-9a-f]{24}", "`u` + 7 digits + `-` + 24 lower-case hex", "believed")
add("healthchecks_io_api_key", R(ALNUM, 32), r"[A-Za-z0-9]{32}", "32 alphanumerics", "believed")
add("supabase_personal_access_token", P("sbp_", HEXL, 40), r"sbp_[0-9a-f]{40}", "`sbp_` + 40 lower-case hex", "believed")
add("planetscale_service_token", P("pscale_tkn_", B64URL, 43), r"pscale_tkn_[A-Za-z0-9_-]{43}", "`pscale_tkn_` + 43 base64url", "read",
    (["planetscale", "service", "token", "id"], R(LOWER_ALNUM, 12)))
add("mongodb_atlas_private_api_key", uuid_g, UUID_RE, "UUIDv4 (the public key next to it is 8 lower-case letters)", "believed",
    (["atlas", "public", "api", "key"], R(LOWER, 8)))
add("railway_api_token", uuid_g, UUID_RE, "UUIDv4", "guessed")
add("vultr_api_key", R(UPPER_ALNUM, 36), r"[A-Z0-9]{36}", "36 upper-case alphanumerics", "believed")
add("cloudflare_r2_secret_access_key", R(HEXL, 64), r"[0-9a-f]{64}", "64 lower-case hex", "believed",
    (["r2", "access", "key", "id"], R(HEXL, 32)))
add("wasabi_secret_access_key", R(ALNUM, 40), r"[A-Za-z0-9]{40}", "40 alphanumerics", "believed",
    (["wasabi", "access", "key"], R(UPPER_ALNUM, 20)))
add("atlassian_api_token", g_atlassian, r"ATATT3xFfGF0[A-Za-z0-9_-]{171}=[0-9A-F]{8}",
    "`ATATT3xFfGF0` + 171 base64url + `=` + 8 upper-case hex", "read",
    (["atlassian", "email"], lambda rng: "dev@" + rng.choice(["hawkcentre", "owlrescue"]) + ".example"))
add("asana_personal_access_token", g_asana, r"2/[0-9]{16}/[0-9]{16}:[0-9a-f]{32}",
    "`2/` + 16 digits + `/` + 16 digits + `:` + 32 lower-case hex", "believed")
add("trello_api_token", lambda rng: "ATTA" + rs(rng, HEXL, 64) + rs(rng, HEXU, 8), r"ATTA[0-9a-f]{64}[0-9A-F]{8}",
    "`ATTA` + 64 lower-case hex + 8 upper-case hex", "believed", (["trello", "api", "key"], R(HEXL, 32)))
add("clickup_personal_api_token", lambda rng: "pk_" + rs(rng, DIGITS, 8) + "_" + rs(rng, UPPER_ALNUM, 32),
    r"pk_[0-9]{8}_[A-Z0-9]{32}", "`pk_` + 8 digits + `_` + 32 upper-case alphanumerics (a secret despite `pk_`)", "believed")
add("calendly_personal_access_token", g_calendly, JWT_RE,
    "ES512-shaped JWT with `typ` PAT (real base64url JSON, random 132-byte signature)", "believed")
add("box_developer_token", R(ALNUM, 32), r"[A-Za-z0-9]{32}", "32 alphanumerics", "believed")
add("expo_robot_access_token", R(B64URL, 40), r"[A-Za-z0-9_-]{40}", "40 base64url", "guessed")
add("firebase_cloud_messaging_server_key", g_fcm, r"AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}",
    "`AAAA` + 7 + `:APA91b` + 134 base64url (legacy server key)", "believed")
add("microsoft_entra_client_secret", g_entra, r"[A-Za-z0-9]{3}8Q~[A-Za-z0-9_~.-]{34}",
    "3 alphanumerics + `8Q~` + 34 of `[A-Za-z0-9_~.-]`", "read", (["entra", "client", "id"], uuid_g))
add("sentry_org_auth_token", g_sentry_org, r"sntrys_eyJ[A-Za-z0-9+/]+_[A-Za-z0-9+/]{43}",
    "`sntrys_` + standard Base64 of JSON with `region_url` (real, padding stripped) + `_` + 43 Base64 characters", "read")
add("algolia_admin_api_key", R(HEXL, 32), r"[0-9a-f]{32}", "32 lower-case hex", "read",
    (["algolia", "app", "id"], R(UPPER_ALNUM, 10)))
add("contentful_management_token", P("CFPAT-", B64URL, 43), r"CFPAT-[A-Za-z0-9_-]{43}", "`CFPAT-` + 43 base64url", "believed")
add("cloudinary_api_secret", R(B64URL, 27), r"[A-Za-z0-9_-]{27}", "27 base64url", "believed",
    (["cloudinary", "api", "key"], R(DIGITS, 15)))
add("bitwarden_secrets_manager_access_token", g_bws, r"0\." + UUID_RE + r"\.[A-Za-z0-9]{30}:[A-Za-z0-9+/]{22}==",
    "`0.` + UUIDv4 + `.` + 30 alphanumerics + `:` + Base64 of 16 bytes", "believed")

VENDOR_COUNT = 120
# candidates written but left out to keep 120 (weakest guessed shapes)
DROPPED = ["givebutter_api_key", "bookeo_api_secret_key", "rezdy_api_key", "vetstoria_partner_api_key",
           "druid_ecotone_api_token", "cellular_tracking_technologies_api_key", "rosterfy_api_token",
           "honeycomb_configuration_api_key", "expo_robot_access_token"]


def selected():
    return [v for v in V if v["name"] not in DROPPED][:VENDOR_COUNT]

STYLES = [
    ("rescue_api_dotenv_local", "upper",
     "# .env.local — rescue intake API (never commit)\nNODE_ENV=production\n{NB}{K}={V}\nLOG_LEVEL=info\n",
     "{NK}={NV}\n"),
    ("centre_ops_doppler_secrets_download_json", "upper",
     "{\n  \"DOPPLER_CONFIG\": \"prd\",\n  \"DOPPLER_ENVIRONMENT\": \"prd\",\n  \"DOPPLER_PROJECT\": \"rescue-api\",\n{NB}"
     "  \"{K}\": \"{V}\"\n}\n", "  \"{NK}\": \"{NV}\",\n"),
    ("donor_portal_next_config_js", "camel",
     "/** @type {import('next').NextConfig} */\nmodule.exports = {\n  reactStrictMode: true,\n  env: {\n{NB}"
     "    {K}: '{V}',\n  },\n}\n", "    {NK}: '{NV}',\n"),
    ("ring_register_attrs_config_class", "snake",
     "import attr\n\n\n@attr.s(frozen=True)\nclass VendorSettings:\n    timeout: int = attr.ib(default=20)\n{NB}"
     "    {K}: str = attr.ib(default=\"{V}\")\n", "    {NK}: str = attr.ib(default=\"{NV}\")\n"),
    ("falconry_it_keepassxc_csv_export", "title",
     "\"Group\",\"Title\",\"Username\",\"Password\",\"URL\",\"Notes\"\n"
     "\"Root/Vendors\",\"{K}\",\"{NVC}\",\"{V}\",\"https://vendor.example\",\"added by IT\"\n", ""),
    ("rescue_volunteers_whatsapp_paste", "spaced",
     "[03/05/2027, 18:02] Priya (office): the donation page stopped syncing again\n{NB}"
     "[03/05/2027, 18:05] Tom (IT): sorted — {K} is {V}\n[03/05/2027, 18:06] Priya (office): thanks!!\n",
     "[03/05/2027, 18:04] Tom (IT): {NK} stays {NV}\n"),
    ("taxidermy_support_helpscout_note", "spaced",
     "Private note (Help Scout) — conversation #{N}\nThe studio's integration broke after the reset. {NB}"
     "I rotated the {K}: {V}\nPlease delete this note once the client confirms.\n", "{NK} unchanged ({NV}). "),
    ("centre_ops_chamber_env_export", "upper",
     "$ chamber export --format dotenv rescue-api/prod\n{NB}{K}=\"{V}\"\nSYNC_INTERVAL=\"300\"\n", "{NK}=\"{NV}\"\n"),
    ("release_tracker_rust_const_block", "upper",
     "// src/vendor.rs — do not publish this crate\npub const TIMEOUT_SECS: u64 = 20;\n{NB}"
     "pub const {K}: &str = \"{V}\";\n", "pub const {NK}: &str = \"{NV}\";\n"),
    ("adoption_app_swift_secrets_enum", "camel",
     "import Foundation\n\nenum Secrets {\n    static let environment = \"production\"\n{NB}"
     "    static let {K} = \"{V}\"\n}\n", "    static let {NK} = \"{NV}\"\n"),
    ("aviary_controller_cpp_secrets_h", "upper",
     "#pragma once\n// secrets.h — aviary controller firmware\n#define FW_CHANNEL \"stable\"\n{NB}#define {K} \"{V}\"\n",
     "#define {NK} \"{NV}\"\n"),
    ("specimen_app_ruby_credentials_yml", "snake",
     "# bin/rails credentials:edit (specimen app)\nactive_record_encryption:\n  key_derivation_salt_rotated: true\n"
     "vendors:\n{NB}  {K}: {V}\n", "  {NK}: {NV}\n"),
]


def build(reg):
    rng = random.Random(SEEDS["vendor"])
    records = []
    for i, v in enumerate(selected()):
        sname, style, tpl, nbtpl = STYLES[i % len(STYLES)]
        words = v["name"].split("_")
        value = reg.draw(lambda: v["gen"](rng))
        key = case_key(words, style)
        nb_text, nvc = "", "-"
        if v["nb"]:
            nwords, ngen = v["nb"]
            nv = reg.draw(lambda: ngen(rng))
            nvc = nv
            nb_text = nbtpl.replace("{NK}", case_key(nwords, style)).replace("{NV}", nv)
        text, start = fill(tpl, value, {"NB": nb_text, "K": key, "NVC": nvc, "N": str(rng.randint(40000, 99999))})
        records.append(span_record("", v["name"], v["name"] + "__" + sname, text, start, value, "vendor"))
    return records
