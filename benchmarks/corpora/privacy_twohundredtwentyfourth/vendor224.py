"""Vendor source: 120 vendor credential types of this world, each in a style (<type>__<style>)."""
import base64
import json
import random
import re

from common224 import (UP, ALNUM_LOW, ALNUM_UP, B62, B64STD, B64URL, DIG, HEXL, HEXU, LOW, PW_RE, SEEDS, SLOT,
                       b64u, b64u_json, jwt_hs, jwt_ok, jwt_shaped, key, password, rbytes, record, rs, uuid4)

U4 = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
U4I = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}"

READ, BELIEVED, GUESSED, OWNER = "read", "believed", "guessed", "owner"

V = []  # (type, gen, regex, basis, shape, neighbour_label, neighbour_gen)


def add(typ, gen, rx, basis, shape, nlabel=None, ngen=None):
    V.append((typ, gen, rx, basis, shape, nlabel, ngen))


def r(alpha, n):
    return lambda g: rs(g, alpha, n)


def pre(p, alpha, n):
    return lambda g: p + rs(g, alpha, n)


AN = B62
# ---- owner-chosen portal passwords of the trade
add("nafd_member_portal_password", password, None, OWNER, "owner-chosen password",
    "nafd member number", lambda g: "NAFD-%05d" % g.randint(10000, 99999))
add("saif_member_area_password", password, None, OWNER, "owner-chosen password",
    "saif login email", lambda g: "office%d@eastgate-funerals.example" % g.randint(2, 99))
add("bramm_fixer_portal_password", password, None, OWNER, "owner-chosen password",
    "bramm fixer number", lambda g: "BR%04d" % g.randint(1000, 9999))
add("namm_member_hub_password", password, None, OWNER, "owner-chosen password",
    "namm member number", lambda g: "M%05d" % g.randint(10000, 99999))
add("iccm_forum_account_password", password, None, OWNER, "owner-chosen password",
    "iccm forum username", lambda g: "northfield.crem%d" % g.randint(1, 99))
add("golden_charter_plan_portal_password", password, None, OWNER, "owner-chosen password",
    "golden charter agent code", lambda g: "GC%06d" % g.randint(100000, 999999))
# ---- funeral, cemetery, memorial and tribute software (formats unknown: guessed)
add("gather_funeral_software_api_key", r(AN, 40), r"[0-9A-Za-z]{40}", GUESSED, "40 alphanumerics")
add("passare_partner_api_token", r(HEXL, 64), r"[0-9a-f]{64}", GUESSED, "64 lower-case hex")
add("frontrunner_professional_api_key", uuid4, U4, GUESSED, "UUIDv4")
add("tribute_archive_api_key", r(AN, 32), r"[0-9A-Za-z]{32}", GUESSED, "32 alphanumerics")
add("legacy_com_obituary_partner_key", r(B64URL, 48), r"[A-Za-z0-9_-]{48}", GUESSED, "48 base64url")
add("funeral_zone_listing_api_key", r(HEXL, 32), r"[0-9a-f]{32}", GUESSED, "32 lower-case hex")
add("muchloved_tribute_api_token", r(ALNUM_LOW, 40), r"[0-9a-z]{40}", GUESSED, "40 lower-case alphanumerics")
add("obitus_webcast_api_key", r(AN, 36), r"[0-9A-Za-z]{36}", GUESSED, "36 alphanumerics")
add("wesley_media_stream_key", lambda g: "-".join(rs(g, ALNUM_LOW, 4) for _ in range(4)),
    r"[0-9a-z]{4}(?:-[0-9a-z]{4}){3}", GUESSED, "four groups of 4 lower-case alphanumerics")
add("epitaph_cemetery_api_secret", r(B64URL, 48), r"[A-Za-z0-9_-]{48}", GUESSED, "48 base64url",
    "epitaph client id", lambda g: "epc-" + rs(g, ALNUM_LOW, 12))
add("interflora_partner_api_secret", r(AN, 32), r"[0-9A-Za-z]{32}", GUESSED, "32 alphanumerics",
    "interflora member code", lambda g: "IF%05d" % g.randint(10000, 99999))
add("stannp_direct_mail_api_key", r(HEXL, 32), r"[0-9a-f]{32}", GUESSED, "32 lower-case hex")
add("printful_private_token", r(AN, 40), r"[0-9A-Za-z]{40}", GUESSED, "40 alphanumerics")
add("uploadcare_secret_key", r(HEXL, 20), r"[0-9a-f]{20}", GUESSED, "20 lower-case hex",
    "uploadcare public key", lambda g: rs(g, HEXL, 20))
# ---- livestream
add("youtube_live_stream_key", lambda g: "-".join(rs(g, ALNUM_LOW, 4) for _ in range(5)),
    r"[0-9a-z]{4}(?:-[0-9a-z]{4}){4}", BELIEVED, "five groups of 4 lower-case alphanumerics")
add("vimeo_access_token", r(HEXL, 32), r"[0-9a-f]{32}", BELIEVED, "32 lower-case hex")
add("mux_token_secret", r(B64STD, 76), r"[A-Za-z0-9+/]{76}", GUESSED, "76 standard Base64 characters",
    "mux token id", uuid4)
add("wowza_streaming_cloud_api_key", r(AN, 64), r"[0-9A-Za-z]{64}", GUESSED, "64 alphanumerics",
    "wsc access key", lambda g: rs(g, AN, 64))
# ---- addresses
add("getaddress_io_api_key", r(B64URL, 32), r"[A-Za-z0-9_-]{32}", GUESSED, "32 base64url")
add("ideal_postcodes_api_key", pre("ak_", ALNUM_LOW, 25), r"ak_[0-9a-z]{25}", GUESSED, "`ak_` + 25 lower-case alphanumerics")
add("loqate_api_key", lambda g: "-".join(rs(g, UP, 2) + rs(g, DIG, 2) for _ in range(4)),
    r"[A-Z]{2}[0-9]{2}(?:-[A-Z]{2}[0-9]{2}){3}", BELIEVED, "four groups of 2 capitals + 2 digits")
# ---- documents, meetings, productivity
add("docusign_integration_secret_key", uuid4, U4, BELIEVED, "UUIDv4", "docusign integration key", uuid4)
add("pandadoc_api_key", r(HEXL, 40), r"[0-9a-f]{40}", GUESSED, "40 lower-case hex")
add("zoom_server_to_server_client_secret", r(AN, 32), r"[0-9A-Za-z]{32}", BELIEVED, "32 alphanumerics",
    "zoom client id", lambda g: rs(g, AN, 22))


def _cal_jwt(g):
    return jwt_hs(g, {"iss": "https://auth.calendly.com", "iat": 1767225600 + g.randint(0, 5000000),
                      "jti": uuid4(g), "user_uuid": uuid4(g), "scope": "default"}, "HS512", {"kid": "1ce1e136"})


add("calendly_personal_access_token", _cal_jwt, "JWT", GUESSED, "real HS512 JWT (HMAC under a discarded key)")
add("cal_com_api_key", pre("cal_live_", HEXL, 32), r"cal_live_[0-9a-f]{32}", BELIEVED, "`cal_live_` + 32 lower-case hex")
add("trello_api_token", lambda g: "ATTA" + rs(g, HEXL, 64) + rs(g, HEXU, 8), r"ATTA[0-9a-f]{64}[0-9A-F]{8}",
    BELIEVED, "`ATTA` + 64 lower-case hex + 8 upper-case hex", "trello api key", lambda g: rs(g, HEXL, 32))
add("asana_personal_access_token",
    lambda g: "2/" + rs(g, "123456789", 1) + rs(g, DIG, 15) + "/" + rs(g, "123456789", 1) + rs(g, DIG, 15) + ":" + rs(g, HEXL, 32),
    r"2/[0-9]{16}/[0-9]{16}:[0-9a-f]{32}", BELIEVED, "`2/` + 16 digits + `/` + 16 digits + `:` + 32 lower-case hex")
add("clickup_personal_api_token", lambda g: "pk_" + rs(g, DIG, 8) + "_" + rs(g, ALNUM_UP, 32),
    r"pk_[0-9]{8}_[0-9A-Z]{32}", BELIEVED, "`pk_` + 8 digits + `_` + 32 upper-case alphanumerics")


def _monday(g):
    return jwt_hs(g, {"tid": g.randint(100000000, 999999999), "aai": 11, "uid": g.randint(10000000, 99999999),
                      "iad": "2026-01-0%dT09:00:00.000Z" % g.randint(1, 9), "per": "me:write", "rgn": "euc1"}, "HS256")


add("monday_com_api_token", _monday, "JWT", BELIEVED, "real HS256 JWT (HMAC under a discarded key)")
add("typeform_personal_access_token", lambda g: "tfp_" + rs(g, AN, 44) + "_" + rs(g, AN, 14),
    r"tfp_[0-9A-Za-z]{44}_[0-9A-Za-z]{14}", READ, "`tfp_` + 44 alphanumerics + `_` + 14 alphanumerics")
add("linear_api_key", pre("lin_api_", AN, 40), r"lin_api_[0-9A-Za-z]{40}", READ, "`lin_api_` + 40 alphanumerics")
add("atlassian_cloud_api_token", lambda g: "ATATT3xFfGF0" + rs(g, B64URL, 171) + "=" + rs(g, HEXU, 8),
    r"ATATT3xFfGF0[A-Za-z0-9_-]{171}=[0-9A-F]{8}", READ,
    "`ATATT3xFfGF0` + 171 base64url + `=` + 8 upper-case hex (186 after `ATATT3`)", "atlassian account email",
    lambda g: "it%d@eastgate-funerals.example" % g.randint(2, 99))
add("pipedrive_api_token", r(HEXL, 40), r"[0-9a-f]{40}", BELIEVED, "40 lower-case hex")
add("zoho_crm_refresh_token", lambda g: "1000." + rs(g, HEXL, 32) + "." + rs(g, HEXL, 32),
    r"1000\.[0-9a-f]{32}\.[0-9a-f]{32}", BELIEVED, "`1000.` + 32 lower-case hex + `.` + 32 lower-case hex")
# ---- payments, shop, post
add("stripe_restricted_live_key", lambda g: "rk_live_51" + rs(g, AN, 97), r"rk_live_51[0-9A-Za-z]{97}", READ,
    "`rk_live_51` + 97 alphanumerics")
add("stripe_webhook_signing_secret", pre("whsec_", AN, 32), r"whsec_[0-9A-Za-z]{32}", BELIEVED,
    "`whsec_` + 32 alphanumerics")
add("paypal_rest_client_secret", lambda g: "E" + rs(g, B64URL, 79), r"E[A-Za-z0-9_-]{79}", GUESSED,
    "`E` + 79 base64url", "paypal client id", lambda g: "A" + rs(g, B64URL, 79))
add("square_production_access_token", pre("EAAA", B64URL, 60), r"EAAA[A-Za-z0-9_-]{60}", READ,
    "`EAAA` + 60 base64url")
add("woocommerce_rest_consumer_secret", pre("cs_", HEXL, 40), r"cs_[0-9a-f]{40}", BELIEVED, "`cs_` + 40 lower-case hex",
    "woocommerce consumer key", lambda g: "ck_" + rs(g, HEXL, 40))
add("lob_live_api_key", pre("live_", HEXL, 35), r"live_[0-9a-f]{35}", READ, "`live_` + 35 lower-case hex")
add("shippo_live_api_token", pre("shippo_live_", HEXL, 40), r"shippo_live_[0-9a-f]{40}", READ,
    "`shippo_live_` + 40 lower-case hex")
add("easypost_production_api_key", pre("EZAK", AN, 54), r"EZAK[0-9A-Za-z]{54}", READ, "`EZAK` + 54 alphanumerics")
add("freeagent_oauth_client_secret", r(B64URL, 22), r"[A-Za-z0-9_-]{22}", GUESSED, "22 base64url",
    "freeagent client id", lambda g: rs(g, B64URL, 22))
# ---- messaging
add("twilio_api_key_secret", r(AN, 32), r"[0-9A-Za-z]{32}", BELIEVED, "32 alphanumerics",
    "twilio api key sid", lambda g: "SK" + rs(g, HEXL, 32))
add("vonage_api_secret", r(AN, 16), r"[0-9A-Za-z]{16}", BELIEVED, "16 alphanumerics",
    "vonage api key", lambda g: rs(g, HEXL, 8))
add("textlocal_api_key", r(B64URL, 40), r"[A-Za-z0-9_-]{40}", GUESSED, "40 base64url")
add("clicksend_api_key", lambda g: uuid4(g).upper(), U4I, GUESSED, "upper-case UUIDv4",
    "clicksend username", lambda g: "eastgate.office%d" % g.randint(1, 99))
add("sendgrid_api_key", lambda g: "SG." + rs(g, B64URL, 22) + "." + rs(g, B64URL, 43),
    r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}", READ, "`SG.` + 22 base64url + `.` + 43 base64url")
add("postmark_server_token", uuid4, U4, BELIEVED, "UUIDv4")
add("mailjet_api_secret", r(HEXL, 32), r"[0-9a-f]{32}", BELIEVED, "32 lower-case hex",
    "mailjet api key", lambda g: rs(g, HEXL, 32))
add("mandrill_api_key", r(B64URL, 22), r"[A-Za-z0-9_-]{22}", GUESSED, "22 base64url")
add("whatsapp_cloud_api_access_token", pre("EAAM", AN, 180), r"EAAM[0-9A-Za-z]{180}", BELIEVED,
    "`EAAM` + 180 alphanumerics", "whatsapp phone number id", lambda g: rs(g, "123456789", 1) + rs(g, DIG, 14))
add("discord_webhook_url",
    lambda g: "https://discord.com/api/webhooks/" + rs(g, "123456789", 1) + rs(g, DIG, 18) + "/" + rs(g, B64URL, 68),
    r"https://discord\.com/api/webhooks/[0-9]{19}/[A-Za-z0-9_-]{68}", BELIEVED,
    "whole `https://discord.com/api/webhooks/<19 digits>/<68 base64url>` URL (the URL is the credential)")
add("microsoft_teams_incoming_webhook_url",
    lambda g: "https://eastgatefunerals.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (
        uuid4(g), uuid4(g), rs(g, HEXL, 32), uuid4(g)),
    r"https://[a-z0-9]+\.webhook\.office\.com/webhookb2/" + U4 + "@" + U4 + r"/IncomingWebhook/[0-9a-f]{32}/" + U4,
    READ, "whole `https://<tenant>.webhook.office.com/webhookb2/<uuid>@<uuid>/IncomingWebhook/<32 hex>/<uuid>` URL")
add("google_chat_webhook_url",
    lambda g: "https://chat.googleapis.com/v1/spaces/AAAA%s/messages?key=AIza%s&token=%s" % (
        rs(g, B64URL, 7), rs(g, B64URL, 35), rs(g, B64URL, 43)),
    r"https://chat\.googleapis\.com/v1/spaces/AAAA[A-Za-z0-9_-]{7}/messages\?key=AIza[A-Za-z0-9_-]{35}&token=[A-Za-z0-9_-]{43}",
    BELIEVED, "whole `https://chat.googleapis.com/v1/spaces/AAAA…/messages?key=AIza…&token=<43 base64url>` URL")
add("pushbullet_access_token", pre("o.", AN, 32), r"o\.[0-9A-Za-z]{32}", BELIEVED, "`o.` + 32 alphanumerics")
add("gotify_application_token", lambda g: "A" + rs(g, B64URL + ".", 14), r"A[A-Za-z0-9_.-]{14}", GUESSED,
    "`A` + 14 of `[A-Za-z0-9_.-]`")
# ---- AI
add("openai_service_account_key", lambda g: "sk-svcacct-" + rs(g, B64URL, 74) + "T3BlbkFJ" + rs(g, B64URL, 74),
    r"sk-svcacct-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}", READ, "`sk-svcacct-` + 74 base64url + `T3BlbkFJ` + 74 base64url")
add("anthropic_admin_api_key", lambda g: "sk-ant-admin01-" + rs(g, B64URL, 93) + "AA",
    r"sk-ant-admin01-[A-Za-z0-9_-]{93}AA", READ, "`sk-ant-admin01-` + 93 base64url + `AA`")
add("mistral_api_key", r(AN, 32), r"[0-9A-Za-z]{32}", BELIEVED, "32 alphanumerics")
add("cohere_api_key", r(AN, 40), r"[0-9A-Za-z]{40}", READ, "40 alphanumerics")
add("deepl_api_free_key", lambda g: uuid4(g) + ":fx", U4 + ":fx", BELIEVED, "UUIDv4 + `:fx`")
add("assemblyai_api_key", r(HEXL, 32), r"[0-9a-f]{32}", BELIEVED, "32 lower-case hex")
add("deepgram_api_key", r(HEXL, 40), r"[0-9a-f]{40}", BELIEVED, "40 lower-case hex")
add("elevenlabs_api_key", pre("sk_", HEXL, 48), r"sk_[0-9a-f]{48}", BELIEVED, "`sk_` + 48 lower-case hex")
add("openrouter_api_key", pre("sk-or-v1-", HEXL, 64), r"sk-or-v1-[0-9a-f]{64}", BELIEVED, "`sk-or-v1-` + 64 lower-case hex")
add("xai_api_key", pre("xai-", AN, 80), r"xai-[0-9A-Za-z]{80}", BELIEVED, "`xai-` + 80 alphanumerics")
add("azure_openai_api_key", r(HEXL, 32), r"[0-9a-f]{32}", BELIEVED, "32 lower-case hex",
    "azure openai endpoint", lambda g: "https://eastgate-ai-%s.openai.azure.com/" % rs(g, ALNUM_LOW, 5))
add("aws_bedrock_long_lived_api_key", lambda g: "ABSK" + base64.b64encode(rbytes(g, 99)).decode(),
    r"ABSK[A-Za-z0-9+/]{132}", READ, "`ABSK` + standard Base64 of 99 random bytes (132 characters)")
# ---- developer platforms
add("github_fine_grained_pat", lambda g: "github_pat_" + rs(g, AN, 22) + "_" + rs(g, AN, 59),
    r"github_pat_[0-9A-Za-z]{22}_[0-9A-Za-z]{59}", READ, "`github_pat_` + 22 alphanumerics + `_` + 59 alphanumerics")
add("github_app_installation_token", pre("ghs_", AN, 36), r"ghs_[0-9A-Za-z]{36}", READ, "`ghs_` + 36 alphanumerics")
add("gitlab_runner_authentication_token", pre("glrt-", B64URL, 20), r"glrt-[A-Za-z0-9_-]{20}", READ,
    "`glrt-` + 20 base64url")
add("gitlab_pipeline_trigger_token", pre("glptt-", HEXL, 40), r"glptt-[0-9a-f]{40}", READ, "`glptt-` + 40 lower-case hex")
add("pypi_upload_token", lambda g: "pypi-AgEIcHlwaS5vcmc" + rs(g, B64URL, 160), r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{160}",
    READ, "`pypi-AgEIcHlwaS5vcmc` + 160 base64url")
add("docker_hub_personal_access_token", pre("dckr_pat_", B64URL, 27), r"dckr_pat_[A-Za-z0-9_-]{27}", BELIEVED,
    "`dckr_pat_` + 27 base64url", "docker hub username", lambda g: "eastgateops%d" % g.randint(1, 99))
add("postman_api_key", lambda g: "PMAK-" + rs(g, HEXL, 24) + "-" + rs(g, HEXL, 34), r"PMAK-[0-9a-f]{24}-[0-9a-f]{34}",
    READ, "`PMAK-` + 24 lower-case hex + `-` + 34 lower-case hex")
add("terraform_cloud_user_token", lambda g: rs(g, AN, 14) + ".atlasv1." + rs(g, B64URL, 67),
    r"[0-9A-Za-z]{14}\.atlasv1\.[A-Za-z0-9_-]{67}", READ, "14 alphanumerics + `.atlasv1.` + 67 base64url")
add("octopus_deploy_api_key", pre("API-", ALNUM_UP, 26), r"API-[0-9A-Z]{26}", READ, "`API-` + 26 upper-case alphanumerics")
add("netlify_personal_access_token", pre("nfp_", AN, 36), r"nfp_[0-9A-Za-z]{36}", BELIEVED, "`nfp_` + 36 alphanumerics")
add("digitalocean_oauth_token", pre("doo_v1_", HEXL, 64), r"doo_v1_[0-9a-f]{64}", READ, "`doo_v1_` + 64 lower-case hex")
add("vultr_api_key", r(ALNUM_UP, 36), r"[0-9A-Z]{36}", BELIEVED, "36 upper-case alphanumerics")
add("ovh_application_secret", r(AN, 32), r"[0-9A-Za-z]{32}", BELIEVED, "32 alphanumerics",
    "ovh application key", lambda g: rs(g, AN, 16))
add("backblaze_b2_application_key", pre("K005", B64URL.replace("-", "").replace("_", "+/"), 27),
    r"K005[A-Za-z0-9+/]{27}", BELIEVED, "`K005` + 27 Base64 characters", "b2 key id", lambda g: "005" + rs(g, HEXL, 22))
add("cloudflare_r2_secret_access_key", r(HEXL, 64), r"[0-9a-f]{64}", BELIEVED, "64 lower-case hex",
    "r2 access key id", lambda g: rs(g, HEXL, 32))
add("cloudflare_global_api_key", r(HEXL, 37), r"[0-9a-f]{37}", READ, "37 lower-case hex",
    "cloudflare account email", lambda g: "web%d@eastgate-funerals.example" % g.randint(2, 99))
add("aws_sts_session_token", lambda g: "FwoGZXIvYXdzE" + rs(g, B64STD, 343),
    r"FwoGZXIvYXdzE[A-Za-z0-9+/]{343}", BELIEVED, "`FwoGZXIvYXdzE` + 343 standard Base64 characters",
    "aws access key id", lambda g: "ASIA" + rs(g, ALNUM_UP, 16))


def _sas(g):
    return ("sv=2022-11-02&ss=b&srt=co&sp=rwl&se=2026-12-31T18:00:00Z&st=2026-01-01T08:00:00Z&spr=https&sig="
            + base64.b64encode(rbytes(g, 32)).decode().replace("+", "%2B").replace("/", "%2F").replace("=", "%3D"))


add("azure_storage_sas_token", _sas,
    r"sv=2022-11-02&ss=b&srt=co&sp=rwl&se=2026-12-31T18:00:00Z&st=2026-01-01T08:00:00Z&spr=https&sig=(?:[A-Za-z0-9]|%2B|%2F)+%3D",
    BELIEVED, "whole account SAS query string ending in `sig=` + URL-encoded Base64 of a 32-byte HMAC (the string is the credential)")
add("azure_devops_personal_access_token", r(LOW + "234567", 52), r"[a-z2-7]{52}", BELIEVED, "52 lower-case Base32 characters")
add("firebase_cloud_messaging_server_key",
    lambda g: "AAAA" + rs(g, B64URL, 7) + ":APA91b" + rs(g, B64URL, 134),
    r"AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}", BELIEVED, "`AAAA` + 7 base64url + `:APA91b` + 134 base64url")


def _glc(g):
    j = {"o": str(g.randint(100000, 999999)), "n": "stack-%d-crem-metrics" % g.randint(100000, 999999),
         "k": rs(g, AN, 24), "m": {"r": "prod-eu-west-2"}}
    return "glc_" + base64.b64encode(json.dumps(j, separators=(",", ":")).encode()).decode()


def _glc_ok(v):
    try:
        j = json.loads(base64.b64decode(v[4:]))
        return set(j) == {"o", "n", "k", "m"}
    except Exception:
        return False


add("grafana_cloud_access_policy_token", _glc, _glc_ok, READ,
    "`glc_` + standard Base64 of real JSON `{o, n, k, m}` (starts `glc_eyJ`)")
add("grafana_service_account_token", lambda g: "glsa_" + rs(g, AN, 32) + "_" + rs(g, HEXL, 8),
    r"glsa_[0-9A-Za-z]{32}_[0-9a-f]{8}", READ, "`glsa_` + 32 alphanumerics + `_` + 8 lower-case hex")
add("new_relic_user_api_key", pre("NRAK-", ALNUM_UP, 27), r"NRAK-[0-9A-Z]{27}", READ, "`NRAK-` + 27 upper-case alphanumerics")
add("new_relic_license_key", lambda g: rs(g, HEXL, 36) + "NRAL", r"[0-9a-f]{36}NRAL", BELIEVED, "36 lower-case hex + `NRAL`")
add("pagerduty_rest_api_key", lambda g: "u+" + rs(g, B64URL, 18), r"u\+[A-Za-z0-9_-]{18}", GUESSED, "`u+` + 18 base64url")
add("rollbar_project_access_token", r(HEXL, 32), r"[0-9a-f]{32}", BELIEVED, "32 lower-case hex")
add("honeybadger_personal_auth_token", pre("hbp_", AN, 36), r"hbp_[0-9A-Za-z]{36}", BELIEVED, "`hbp_` + 36 alphanumerics")
add("launchdarkly_api_access_token", lambda g: "api-" + uuid4(g), "api-" + U4, BELIEVED, "`api-` + UUIDv4")


def _mapbox(g):
    return "sk." + b64u_json({"u": "eastgate-%s" % rs(g, LOW, 5), "a": rs(g, ALNUM_LOW, 25)}) + "." + rs(g, B64URL, 22)


def _mapbox_ok(v):
    try:
        _, p, s = v.split(".")
        j = json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)))
        return set(j) == {"u", "a"} and len(s) == 22
    except Exception:
        return False


add("mapbox_secret_access_token", _mapbox, _mapbox_ok, BELIEVED,
    "`sk.` + base64url of real JSON `{u, a}` + `.` + 22 base64url")
add("box_oauth_client_secret", r(AN, 32), r"[0-9A-Za-z]{32}", BELIEVED, "32 alphanumerics",
    "box client id", lambda g: rs(g, ALNUM_LOW, 32))
add("okta_api_token", lambda g: "00" + rs(g, B64URL, 40), r"00[A-Za-z0-9_-]{40}", READ, "`00` + 40 base64url")
add("auth0_management_client_secret", r(B64URL, 64), r"[A-Za-z0-9_-]{64}", BELIEVED, "64 base64url",
    "auth0 client id", lambda g: rs(g, AN, 32))
add("clerk_secret_key", pre("sk_live_", AN, 42), r"sk_live_[0-9A-Za-z]{42}", BELIEVED, "`sk_live_` + 42 alphanumerics")
add("microsoft_graph_client_secret",
    lambda g: rs(g, AN, 3) + rs(g, DIG, 1) + "Q~" + rs(g, B64URL.replace("-", "") + "~.-", 34),
    r"[0-9A-Za-z]{3}[0-9]Q~[A-Za-z0-9_~.-]{34}", READ, "3 alphanumerics + digit + `Q~` + 34 of `[A-Za-z0-9_~.-]`",
    "graph application id", uuid4)


def _supabase(g):
    return jwt_hs(g, {"iss": "supabase", "ref": rs(g, LOW, 20), "role": "service_role",
                      "iat": 1767225600, "exp": 2082758400}, "HS256")


add("supabase_service_role_jwt", _supabase, "JWT", BELIEVED, "real HS256 JWT with `role` service_role (HMAC under a discarded key)")


def _op_connect(g):
    return jwt_shaped(g, {"aud": ["com.1password.connect"], "sub": rs(g, ALNUM_UP, 26), "iat": 1767225600,
                          "iss": "com.1password.b5", "jti": rs(g, ALNUM_LOW, 26),
                          "1password.com/auuid": rs(g, ALNUM_UP, 26), "1password.com/fts": ["vaultaccess"]}, "ES256")


add("onepassword_connect_server_token", _op_connect, "JWT", GUESSED,
    "ES256-shaped JWT (real base64url JSON, random 64-byte signature)")
add("hashicorp_vault_service_token", pre("hvs.", B64URL, 95), r"hvs\.[A-Za-z0-9_-]{95}", READ, "`hvs.` + 95 base64url")
add("doppler_service_account_token", pre("dp.sa.", AN, 43), r"dp\.sa\.[0-9A-Za-z]{43}", BELIEVED, "`dp.sa.` + 43 alphanumerics")
add("bitwarden_secrets_manager_access_token",
    lambda g: "0." + uuid4(g) + "." + rs(g, AN, 30) + ":" + base64.b64encode(rbytes(g, 16)).decode(),
    r"0\." + U4 + r"\.[0-9A-Za-z]{30}:[A-Za-z0-9+/]{22}==", BELIEVED,
    "`0.` + UUIDv4 + `.` + 30 alphanumerics + `:` + standard Base64 of 16 bytes")
# ---- media, forms, captcha, analytics, gov
add("cloudinary_api_secret", r(B64URL, 27), r"[A-Za-z0-9_-]{27}", BELIEVED, "27 base64url",
    "cloudinary api key", lambda g: rs(g, "123456789", 1) + rs(g, DIG, 14))
add("imagekit_private_api_key", lambda g: "private_" + base64.b64encode(rbytes(g, 21)).decode(),
    r"private_[A-Za-z0-9+/]{28}", BELIEVED, "`private_` + standard Base64 of 21 bytes (28 characters)")
add("recaptcha_v3_secret_key", pre("6L", B64URL, 38), r"6L[A-Za-z0-9_-]{38}", BELIEVED, "`6L` + 38 base64url",
    "recaptcha site key", lambda g: "6L" + rs(g, B64URL, 38))
add("hcaptcha_secret_key", pre("0x", HEXL, 40), r"0x[0-9a-f]{40}", BELIEVED, "`0x` + 40 lower-case hex",
    "hcaptcha site key", uuid4)
add("google_analytics_measurement_protocol_secret", r(B64URL, 22), r"[A-Za-z0-9_-]{22}", BELIEVED, "22 base64url",
    "ga4 measurement id", lambda g: "G-" + rs(g, ALNUM_UP, 10))


def _notify(g):
    return "crem_bookings_live-" + uuid4(g) + "-" + uuid4(g)


add("gov_uk_notify_api_key", _notify, r"crem_bookings_live-" + U4 + "-" + U4, BELIEVED,
    "key name + `-` + service UUIDv4 + `-` + secret UUIDv4 (whole string, as Notify issues it)")

add("google_places_server_api_key", pre("AIza", B64URL, 35), r"AIza[A-Za-z0-9_-]{35}", READ,
    "`AIza` + 35 base64url (server-side key, not referrer-restricted)")
add("companies_house_api_key", uuid4, U4, BELIEVED, "UUIDv4")
add("eventbrite_private_token", r(ALNUM_UP, 20), r"[0-9A-Z]{20}", BELIEVED, "20 upper-case alphanumerics")
add("fastly_api_token", r(B64URL, 32), r"[A-Za-z0-9_-]{32}", READ, "32 base64url")


def _sntrys(g):
    j = {"iat": 1767225600 + g.randint(0, 9000000), "url": "https://sentry.io",
         "region_url": "https://de.sentry.io", "org": "eastgate-funerals"}
    return ("sntrys_" + base64.b64encode(json.dumps(j, separators=(",", ":")).encode()).decode().rstrip("=")
            + "_" + base64.b64encode(rbytes(g, 32)).decode().rstrip("="))


def _sntrys_ok(v):
    m = re.fullmatch(r"sntrys_(eyJpYXQiO[A-Za-z0-9+/]+)_([A-Za-z0-9+/]{43})", v)
    if not m:
        return False
    p = m.group(1)
    try:
        j = json.loads(base64.b64decode(p + "=" * (-len(p) % 4)))
    except Exception:
        return False
    return "region_url" in j


add("sentry_org_auth_token", _sntrys, _sntrys_ok, READ,
    "`sntrys_` + unpadded standard Base64 of real JSON `{iat, url, region_url, org}` + `_` + 43 Base64 characters")
add("dojo_card_payments_secret_key", pre("sk_prod_", B64URL, 60), r"sk_prod_[A-Za-z0-9_-]{60}", GUESSED,
    "`sk_prod_` + 60 base64url")

SET_ASIDE = {
    "printful_private_token": "shape guessed (bare 40 alphanumerics) and printing of orders of service is covered by Stannp and Lob",
    "gotify_application_token": "self-hosted push with a guessed 15-character shape; push is covered by Pushbullet, Discord, Teams and Google Chat",
    "pagerduty_rest_api_key": "shape guessed (20 characters) and on-call is unusual for a funeral office; monitoring is covered by New Relic, Rollbar, Honeybadger and Grafana",
    "mandrill_api_key": "shape guessed (22 base64url); transactional e-mail is covered by SendGrid, Postmark and Mailjet",
    "uploadcare_secret_key": "shape guessed (20 hex); media uploads are covered by Cloudinary and ImageKit",
    "fastly_api_token": "a CDN account is unusual for a funeral office; hosting is covered by Netlify, DigitalOcean, Vultr, OVH and Cloudflare",
    "dojo_card_payments_secret_key": "shape guessed; card payments are covered by Stripe, Square and PayPal",
}

STYLES = [
    ("funeral_crm_dotenv_live", "upper"),
    ("crematorium_compose_env_file", "upper"),
    ("funeral_ops_railway_variables_set_history", "upper"),
    ("funeral_ops_doppler_secrets_set_history", "upper"),
    ("memorial_app_expo_eas_json_env", "upper"),
    ("obituary_site_php_config_array", "snake"),
    ("mason_quote_rust_config_toml", "snake"),
    ("crematorium_booking_csharp_appsettings_production_json", "pascal"),
    ("family_portal_typescript_config_object", "camel"),
    ("livestream_kotlin_local_properties", "dot"),
    ("funeral_ops_helmfile_secrets_yaml", "camel"),
    ("arrangement_team_slack_huddle_notes", "spaced"),
    ("funeral_director_email_to_it_contractor", "spaced"),
    ("funeral_bitwarden_json_export", "title"),
    ("funeral_ops_kubectl_create_secret_history", "kebab"),
    ("funeral_ops_python_settings_module", "upper"),
]


def _title(words):
    return " ".join(w.upper() if w in ("api", "crm", "jwt", "io", "id", "url", "b2", "r2", "sts", "sas", "aws", "ga4",
                                          "uk", "nafd", "saif", "bramm", "namm", "iccm", "pat", "oauth", "hs512")
                    else w.capitalize() for w in words)


def render(style, words, nwords, nval):
    """Template with SLOT for the secret; neighbour (public) written before it when present."""
    k = key(words, STYLES_D[style])
    nk = key(nwords, STYLES_D[style]) if nwords else None
    if style == "funeral_crm_dotenv_live":
        lines = ["# .env.live - arrangement CRM integrations", "APP_ENV=live"]
        if nk:
            lines.append("%s=%s" % (nk, nval))
        lines += ["%s=%s" % (k, SLOT), "LOG_CHANNEL=stack"]
        return "\n".join(lines) + "\n"
    if style == "crematorium_compose_env_file":
        lines = ["# crem.env (used by docker compose --env-file)", "TZ=Europe/London"]
        if nk:
            lines.append("%s=%s" % (nk, nval))
        lines.append("%s=%s" % (k, SLOT))
        return "\n".join(lines) + "\n"
    if style == "funeral_ops_railway_variables_set_history":
        lines = ["$ railway link --project tributes", "$ railway variables --set \"%s=%s\"" % (k, SLOT)]
        if nk:
            lines.insert(1, "$ railway variables --set \"%s=%s\"" % (nk, nval))
        return "\n".join(lines) + "\n"
    if style == "funeral_ops_doppler_secrets_set_history":
        lines = ["$ doppler setup --project crem-bookings --config prd", "$ doppler secrets set %s=\"%s\"" % (k, SLOT)]
        if nk:
            lines.insert(1, "$ doppler secrets set %s=\"%s\"" % (nk, nval))
        return "\n".join(lines) + "\n"
    if style == "memorial_app_expo_eas_json_env":
        env = ['        "EXPO_PUBLIC_REGION": "eu"']
        if nk:
            env.append('        "%s": "%s"' % (nk, nval))
        env.append('        "%s": "%s"' % (k, SLOT))
        return ('{\n  "build": {\n    "production": {\n      "channel": "production",\n      "env": {\n'
                + ",\n".join(env) + "\n      }\n    }\n  }\n}\n")
    if style == "obituary_site_php_config_array":
        lines = ["<?php", "// config/integrations.php", "return ["]
        if nk:
            lines.append("    '%s' => '%s'," % (nk, nval))
        lines += ["    '%s' => '%s'," % (k, SLOT), "];"]
        return "\n".join(lines) + "\n"
    if style == "mason_quote_rust_config_toml":
        lines = ["# config/production.toml", "[integrations]"]
        if nk:
            lines.append('%s = "%s"' % (nk, nval))
        lines.append('%s = "%s"' % (k, SLOT))
        return "\n".join(lines) + "\n"
    if style == "crematorium_booking_csharp_appsettings_production_json":
        inner = []
        if nk:
            inner.append('    "%s": "%s"' % (nk, nval))
        inner.append('    "%s": "%s"' % (k, SLOT))
        return '{\n  "Integrations": {\n' + ",\n".join(inner) + '\n  },\n  "AllowedHosts": "*"\n}\n'
    if style == "family_portal_typescript_config_object":
        lines = ["// src/config/integrations.ts", "export const integrations = {"]
        if nk:
            lines.append("  %s: '%s'," % (nk, nval))
        lines += ["  %s: '%s'," % (k, SLOT), "} as const;"]
        return "\n".join(lines) + "\n"
    if style == "livestream_kotlin_local_properties":
        lines = ["## local.properties (not in git)", "sdk.dir=/Users/mara/Library/Android/sdk"]
        if nk:
            lines.append("%s=%s" % (nk, nval))
        lines.append("%s=%s" % (k, SLOT))
        return "\n".join(lines) + "\n"
    if style == "funeral_ops_helmfile_secrets_yaml":
        lines = ["# helmfile.d/secrets.prod.yaml (to be sops-encrypted)", "integrations:"]
        if nk:
            lines.append("  %s: %s" % (nk, nval))
        lines.append("  %s: %s" % (k, SLOT))
        return "\n".join(lines) + "\n"
    if style == "arrangement_team_slack_huddle_notes":
        extra = ("%s is %s and the " % (nk, nval)) if nk else "the "
        return ("Huddle notes - #office-systems\n- Tom moved the integrations to the new server\n- %s%s is %s\n"
                "- nobody else needs it, keep it out of the diary\n" % (extra, k, SLOT))
    if style == "funeral_director_email_to_it_contractor":
        extra = ("The %s is %s. " % (nk, nval)) if nk else ""
        return ("Subject: Integration for the new site\n\nHi Sam,\n\nAs discussed on the phone. %sThe %s is %s\n\n"
                "Thanks,\nHelen\nEastgate Funeral Service\n" % (extra, k, SLOT))
    if style == "funeral_bitwarden_json_export":
        user = nval if nk else "api"
        return ('{\n  "encrypted": false,\n  "items": [\n    {\n      "type": 1,\n      "name": "%s",\n'
                '      "login": {\n        "username": "%s",\n        "password": "%s",\n'
                '        "uris": [{"uri": "https://eastgate-funerals.example"}]\n      }\n    }\n  ]\n}\n'
                % (_title(words), user, SLOT))
    if style == "funeral_ops_kubectl_create_secret_history":
        lit = ""
        if nk:
            lit = " --from-literal=%s=%s" % (nk, nval)
        return ("$ kubectl -n funeral-prod create secret generic integrations%s --from-literal=%s=%s\n"
                "secret/integrations created\n" % (lit, k, SLOT))
    if style == "funeral_ops_python_settings_module":
        lines = ["# integrations/settings.py", "import os", ""]
        if nk:
            lines.append('%s = "%s"' % (nk, nval))
        lines += ['%s = "%s"' % (k, SLOT), 'TIMEOUT_SECONDS = 20']
        return "\n".join(lines) + "\n"
    raise ValueError(style)


STYLES_D = dict(STYLES)


def active():
    return [v for v in V if v[0] not in SET_ASIDE]


def check_value(typ, v):
    for t, _g, rx, basis, _s, _nl, _ng in V:
        if t != typ:
            continue
        if basis == OWNER:
            return bool(PW_RE.match(v))
        if rx == "JWT":
            return jwt_ok(v)
        if callable(rx):
            return rx(v)
        return bool(re.fullmatch(rx, v))
    return False


def build(reg, start_id):
    rng = random.Random(SEEDS["vendor"])
    recs = []
    n = start_id
    for i, (typ, gen, rx, basis, shape, nlabel, ngen) in enumerate(active()):
        style = STYLES[i % len(STYLES)][0]
        nval = reg.draw(lambda: ngen(rng)) if ngen else None
        v = reg.draw(lambda: gen(rng))
        words = typ.split("_")
        nwords = nlabel.split() if nlabel else None
        tmpl = render(style, words, nwords, nval)
        recs.append(record("p224-s-%04d" % n, typ, typ + "__" + style, tmpl, v, "vendor"))
        n += 1
    return recs
