"""Vendor source: 120 vendor credential types used by farrier / vet / livery developers."""
import base64
import json
import random
import re

from common225 import (ALNUM, B64STD, B64URL, DIGITS, HEX, LOWALNUM, LOWER, UHEX, UPALNUM, UPPER,
                       b64url_nopad, key_in_style, make_jwt, owner_password, rbytes, rstr,
                       span_record, uuid4)

SEED = 22502
A, LA, UA, H, UH, U, S, D, L = ALNUM, LOWALNUM, UPALNUM, HEX, UHEX, B64URL, B64STD, DIGITS, LOWER
B32L = "abcdefghijklmnopqrstuvwxyz234567"
CLS = {A: "[A-Za-z0-9]", LA: "[a-z0-9]", UA: "[A-Z0-9]", H: "[0-9a-f]", UH: "[0-9A-F]",
       U: "[A-Za-z0-9_-]", S: "[A-Za-z0-9+/]", D: "[0-9]", L: "[a-z]", B32L: "[a-z2-7]"}
UUIDP = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
JWTP = r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+"
PWP = r"[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}"


def R(alpha, n):
    return ("R", alpha, n)


def Lit(s):
    return ("L", s)


UUID = ("UUID",)
PW = ("PW",)


def F(fn, rx):
    return ("F", fn, rx)


def gen_parts(rng, parts):
    out = []
    for p in parts:
        if p[0] == "L":
            out.append(p[1])
        elif p[0] == "R":
            out.append(rstr(rng, p[1], p[2]))
        elif p[0] == "UUID":
            out.append(uuid4(rng))
        elif p[0] == "PW":
            out.append(owner_password(rng))
        elif p[0] == "F":
            out.append(p[1](rng))
    return "".join(out)


def regex_parts(parts):
    rx = []
    for p in parts:
        if p[0] == "L":
            rx.append(re.escape(p[1]))
        elif p[0] == "R":
            rx.append(CLS[p[1]] + "{%d}" % p[2])
        elif p[0] == "UUID":
            rx.append(UUIDP)
        elif p[0] == "PW":
            rx.append(PWP)
        elif p[0] == "F":
            rx.append(p[2])
    return "^" + "".join(rx) + "$"


def describe(parts):
    names = {A: "alphanumerics", LA: "lower-case alphanumerics", UA: "upper-case alphanumerics",
             H: "lower-case hex", UH: "upper-case hex", U: "base64url", S: "standard Base64 characters",
             D: "digits", L: "lower-case letters", B32L: "lower-case Base32"}
    out = []
    for p in parts:
        if p[0] == "L":
            out.append("`%s`" % p[1])
        elif p[0] == "R":
            out.append("%d %s" % (p[2], names[p[1]]))
        elif p[0] == "UUID":
            out.append("UUIDv4")
        elif p[0] == "PW":
            out.append("owner-chosen password")
        elif p[0] == "F":
            out.append(p[1].__doc__ or "structured value")
    return " + ".join(out)


# ---------------------------------------------------------------- structured generators
def f_mapbox_sk(rng):
    """`sk.` + base64url of real JSON {u, a} + `.` + 22 base64url"""
    user = rng.choice(["brooksidefarrier", "oakvet", "hollowfield"]) + rstr(rng, D, 2)
    body = b64url_nopad(json.dumps({"u": user, "a": "cl" + rstr(rng, LA, 23)}, separators=(",", ":")).encode())
    return "sk." + body + "." + rstr(rng, U, 22)


def jwt_fn(alg, payload_fn, prefix=""):
    def f(rng):
        return prefix + make_jwt(rng, payload_fn(rng), alg)
    f.__doc__ = (("`%s` + " % prefix) if prefix else "") + "real %s JWT (base64url JSON)" % alg
    return f


def p_generic(rng):
    return {"sub": uuid4(rng), "iat": 1717000000 + rng.randint(0, 9000000)}


def p_supabase(rng):
    return {"iss": "supabase", "ref": rstr(rng, L, 20), "role": "service_role",
            "iat": 1717000000 + rng.randint(0, 9000000), "exp": 2032576000}


def p_turso(rng):
    return {"a": "rw", "iat": 1717000000 + rng.randint(0, 9000000), "id": uuid4(rng)}


def p_calendly(rng):
    return {"iss": "https://auth.calendly.com", "iat": 1717000000 + rng.randint(0, 9000000),
            "jti": uuid4(rng), "user_uuid": uuid4(rng)}


def p_metoffice(rng):
    return {"sub": "yardops@hollowfieldlivery.example", "subscribedAPIs": [{"name": "SiteSpecificForecast"}],
            "iss": "https://api.metoffice.gov.uk", "jti": uuid4(rng)}


def f_pypi(rng):
    """`pypi-` + base64url of a macaroon-like blob starting 0x02 0x01 0x08 `pypi.org` (starts `pypi-AgEIcHlwaS5vcmc`)"""
    blob = b"\x02\x01\x08pypi.org\x02\x25\x00\x08" + rbytes(rng, 96)
    return "pypi-" + b64url_nopad(blob)


def f_sentry_org(rng):
    """`sntrys_` + standard Base64 of real JSON {iat, url, region_url, org} + `_` + 43 Base64"""
    org = rng.choice(["oakvet", "brookside-farrier", "hollowfield-livery"])
    j = {"iat": 1717000000 + rng.randint(0, 9000000), "url": "https://sentry.io",
         "region_url": "https://de.sentry.io", "org": org}
    return "sntrys_" + base64.b64encode(json.dumps(j, separators=(",", ":")).encode()).decode().rstrip("=") + "_" + rstr(rng, S, 43)


def f_grafana_cloud(rng):
    """`glc_` + standard Base64 of real JSON {o, n, k, m}"""
    j = {"o": str(rng.randint(100000, 999999)), "n": "yard-metrics-write", "k": rstr(rng, A, 32),
         "m": {"r": "prod-gb-south-0"}}
    return "glc_" + base64.b64encode(json.dumps(j, separators=(",", ":")).encode()).decode()


def f_ably(rng):
    """6 alphanumerics + `.` + 6 alphanumerics + `:` + 43 base64url (app id, key id, key secret)"""
    return rstr(rng, A, 6) + "." + rstr(rng, A, 6) + ":" + rstr(rng, U, 43)


def f_fcm(rng):
    """`AAAA` + 7 base64url + `:APA91b` + 134 base64url (legacy FCM server key)"""
    return "AAAA" + rstr(rng, U, 7) + ":APA91b" + rstr(rng, U, 134)


def f_teams(rng):
    """whole `https://<tenant>.webhook.office.com/webhookb2/<uuid>@<uuid>/IncomingWebhook/<32 hex>/<uuid>` URL"""
    return ("https://oakvet.webhook.office.com/webhookb2/" + uuid4(rng) + "@" + uuid4(rng)
            + "/IncomingWebhook/" + rstr(rng, H, 32) + "/" + uuid4(rng))


def f_discord_wh(rng):
    """whole `https://discord.com/api/webhooks/<19 digits>/<68 base64url>` URL"""
    return "https://discord.com/api/webhooks/1" + rstr(rng, D, 18) + "/" + rstr(rng, U, 68)


def f_sb_key(rng):
    """standard Base64 of 32 random bytes (44 characters)"""
    return base64.b64encode(rbytes(rng, 32)).decode()


def f_paypal(rng):
    """`E` + 79 base64url"""
    return "E" + rstr(rng, U, 79)


def f_atlassian(rng):
    """`ATATT3xFfGF0` + 180 base64url + `=` + 8 upper-case hex"""
    return "ATATT3xFfGF0" + rstr(rng, U, 180) + "=" + rstr(rng, UH, 8)


def f_asana(rng):
    """`2/` + 16 digits + `/` + 16 digits + `:` + 32 lower-case hex"""
    return "2/1" + rstr(rng, D, 15) + "/1" + rstr(rng, D, 15) + ":" + rstr(rng, H, 32)


def f_ngrok(rng):
    """`2` + 26 alphanumerics + `_` + 21 alphanumerics"""
    return "2" + rstr(rng, A, 26) + "_" + rstr(rng, A, 21)


def f_whatsapp(rng):
    """`EAAM` + 190 alphanumerics"""
    return "EAAM" + rstr(rng, A, 190)


def f_clicksend(rng):
    """upper-case UUIDv4"""
    return uuid4(rng).upper()


F_RX = {
    f_mapbox_sk: r"sk\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}",
    f_pypi: r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{100,}",
    f_sentry_org: r"sntrys_eyJpYXQiO[A-Za-z0-9+/]+_[A-Za-z0-9+/]{43}",
    f_grafana_cloud: r"glc_eyJ[A-Za-z0-9+/]+={0,2}",
    f_ably: r"[A-Za-z0-9]{6}\.[A-Za-z0-9]{6}:[A-Za-z0-9_-]{43}",
    f_fcm: r"AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}",
    f_teams: r"https://oakvet\.webhook\.office\.com/webhookb2/" + UUIDP + "@" + UUIDP + r"/IncomingWebhook/[0-9a-f]{32}/" + UUIDP,
    f_discord_wh: r"https://discord\.com/api/webhooks/[0-9]{19}/[A-Za-z0-9_-]{68}",
    f_sb_key: r"[A-Za-z0-9+/]{43}=",
    f_paypal: r"E[A-Za-z0-9_-]{79}",
    f_atlassian: r"ATATT3xFfGF0[A-Za-z0-9_-]{180}=[0-9A-F]{8}",
    f_asana: r"2/[0-9]{16}/[0-9]{16}:[0-9a-f]{32}",
    f_ngrok: r"2[A-Za-z0-9]{26}_[A-Za-z0-9]{21}",
    f_whatsapp: r"EAAM[A-Za-z0-9]{190}",
    f_clicksend: UUIDP.upper().replace("[0-9A-F]", "[0-9A-F]").replace("[89AB]", "[89AB]"),
}


def FX(fn):
    return ("F", fn, F_RX[fn])


def JW(alg, pfn, prefix=""):
    fn = jwt_fn(alg, pfn, prefix)
    return ("F", fn, re.escape(prefix) + JWTP)


def nb(label, parts):
    return (label, parts)


# (type, parts, confidence, neighbour or None)
# confidence: 'read' (re-read this session in the public gitleaks rule file), 'believed', 'guessed', 'owner'
V = [
    # --- equine, farrier and trade software (mostly no public format)
    ("ezyvet_api_client_secret", [R(A, 64)], "guessed", nb("ezyvet client id", [R(LA, 32)])),
    ("provet_cloud_api_token", [R(H, 40)], "guessed", None),
    ("digitail_api_key", [R(A, 48)], "guessed", None),
    ("vetspire_api_key", [R(A, 40)], "guessed", None),
    ("idexx_vetconnect_plus_api_secret", [R(A, 40)], "guessed", nb("vetconnect api user", [Lit("oakvet-"), R(D, 6)])),
    ("vetstoria_partner_api_key", [R(H, 40)], "guessed", None),
    ("petsapp_integration_token", [R(H, 64)], "guessed", None),
    ("horsemart_advertiser_api_key", [R(H, 32)], "guessed", None),
    ("weatherbys_passport_portal_password", [PW], "owner", nb("weatherbys account number", [Lit("WB"), R(D, 7)])),
    ("frc_farrier_register_portal_password", [PW], "owner", nb("frc registration number", [R(D, 5)])),
    ("beva_member_portal_password", [PW], "owner", nb("beva member email", [Lit("accounts@oakvet.example")])),
    ("british_eventing_entries_password", [PW], "owner", nb("be member number", [R(D, 7)])),
    ("equine_register_vet_portal_password", [PW], "owner", nb("practice code", [Lit("PR"), R(D, 5)])),
    ("yardbook_livery_manager_password", [PW], "owner", nb("yardbook login", [Lit("office@hollowfieldlivery.example")])),
    ("jobber_oauth_client_secret", [R(H, 64)], "guessed", nb("jobber client id", [UUID])),
    ("servicem8_api_key", [R(H, 32)], "guessed", None),
    ("housecall_pro_api_key", [R(H, 32)], "guessed", None),
    ("freshbooks_oauth_client_secret", [R(LA, 64)], "read", nb("freshbooks client id", [R(LA, 64)])),
    ("routific_api_token", [JW("HS256", p_generic)], "guessed", None),
    ("route4me_api_key", [R(UH, 32)], "believed", None),
    ("optimoroute_api_key", [R(A, 40)], "guessed", None),
    ("geoapify_api_key", [R(H, 32)], "believed", None),
    ("mapbox_secret_access_token", [FX(f_mapbox_sk)], "believed", None),
    ("met_office_datahub_api_key", [JW("RS256", p_metoffice)], "guessed", None),
    ("tomorrow_io_api_key", [R(A, 32)], "believed", None),
    ("visual_crossing_api_key", [R(UA, 25)], "believed", None),
    ("calendly_personal_access_token", [JW("ES256", p_calendly)], "believed", None),
    ("simplybook_me_api_key", [R(H, 64)], "guessed", nb("simplybook company login", [Lit("brooksidefarrier")])),
    # --- payments and commerce
    ("stripe_restricted_live_key", [Lit("rk_live_51"), R(A, 97)], "read", None),
    ("stripe_webhook_signing_secret", [Lit("whsec_"), R(A, 32)], "believed", None),
    ("paypal_rest_client_secret", [FX(f_paypal)], "guessed", nb("paypal client id", [Lit("A"), R(U, 79)])),
    ("square_production_access_token", [Lit("EAAA"), R(U, 60)], "read", None),
    ("zettle_api_key_jwt", [JW("RS256", p_generic)], "guessed", nb("zettle client id", [UUID])),
    ("gocardless_webhook_endpoint_secret", [R(U, 40)], "guessed", None),
    ("mollie_live_api_key", [Lit("live_"), R(A, 30)], "believed", None),
    ("paddle_live_server_api_key", [Lit("pdl_live_apikey_01"), R(LA, 24), Lit("_"), R(A, 22), Lit("_"), R(A, 3)], "guessed", None),
    ("wise_business_api_token", [UUID], "believed", None),
    ("starling_bank_personal_access_token", [R(A, 64)], "guessed", None),
    ("truelayer_client_secret", [UUID], "guessed", nb("truelayer client id", [Lit("oakvet-"), R(LA, 6)])),
    ("plaid_secret_key", [R(H, 30)], "read", nb("plaid client id", [R(H, 24)])),
    ("razorpay_key_secret", [R(A, 24)], "believed", nb("razorpay key id", [Lit("rzp_live_"), R(A, 14)])),
    ("woocommerce_consumer_secret", [Lit("cs_"), R(H, 40)], "believed", nb("woocommerce consumer key", [Lit("ck_"), R(H, 40)])),
    ("shopify_app_shared_secret", [Lit("shpss_"), R(H, 32)], "read", None),
    ("squarespace_developer_api_key", [UUID], "read", None),
    ("wix_account_api_key", [JW("RS256", p_generic, "IST.")], "guessed", nb("wix account id", [UUID])),
    ("lemon_squeezy_api_key", [JW("RS256", p_generic)], "believed", None),
    ("easypost_production_api_key", [Lit("EZAK"), R(LA, 54)], "read", None),
    ("shippo_live_api_token", [Lit("shippo_live_"), R(H, 40)], "read", None),
    ("parcel2go_client_secret", [R(A, 40)], "guessed", nb("parcel2go client id", [R(LA, 20)])),
    ("freeagent_oauth_client_secret", [R(U, 22)], "guessed", nb("freeagent oauth identifier", [R(U, 22)])),
    # --- messaging and e-mail
    ("sendgrid_api_key", [Lit("SG."), R(U, 22), Lit("."), R(U, 43)], "read", None),
    ("postmark_server_token", [UUID], "believed", None),
    ("sparkpost_api_key", [R(H, 40)], "believed", None),
    ("mailjet_api_secret_key", [R(H, 32)], "believed", nb("mailjet api key", [R(H, 32)])),
    ("mailtrap_api_token", [R(H, 32)], "believed", None),
    ("mailerlite_api_token", [JW("RS256", p_generic)], "believed", None),
    ("kit_convertkit_api_secret", [R(U, 43)], "guessed", None),
    ("customerio_app_api_key", [R(H, 32)], "guessed", None),
    ("loops_api_key", [R(H, 32)], "guessed", None),
    ("vonage_api_secret", [R(A, 16)], "believed", nb("vonage api key", [R(H, 8)])),
    ("plivo_auth_token", [R(A, 40)], "believed", nb("plivo auth id", [Lit("MA"), R(UA, 18)])),
    ("twilio_api_key_secret", [R(A, 32)], "believed", nb("twilio api key sid", [Lit("SK"), R(H, 32)])),
    ("clicksend_api_key", [FX(f_clicksend)], "guessed", nb("clicksend username", [Lit("office@brooksidefarrier.example")])),
    ("whatsapp_cloud_api_access_token", [FX(f_whatsapp)], "read", nb("whatsapp phone number id", [R(D, 15)])),
    ("slack_user_oauth_token", [Lit("xoxp-"), R(D, 12), Lit("-"), R(D, 12), Lit("-"), R(D, 13), Lit("-"), R(H, 32)], "read", None),
    ("slack_app_level_token", [Lit("xapp-1-A"), R(UA, 10), Lit("-"), R(D, 13), Lit("-"), R(H, 64)], "read", None),
    ("slack_app_signing_secret", [R(H, 32)], "believed", None),
    ("discord_webhook_url", [FX(f_discord_wh)], "believed", None),
    ("microsoft_teams_incoming_webhook_url", [FX(f_teams)], "read", None),
    ("ntfy_access_token", [Lit("tk_"), R(LA, 29)], "believed", None),
    ("gotify_app_token", [Lit("A"), R(U, 14)], "guessed", None),
    # --- AI
    ("openai_admin_key", [Lit("sk-admin-"), R(U, 58), Lit("T3BlbkFJ"), R(U, 58)], "read", None),
    ("openai_service_account_key", [Lit("sk-svcacct-"), R(U, 74), Lit("T3BlbkFJ"), R(U, 74)], "read", None),
    ("anthropic_admin_api_key", [Lit("sk-ant-admin01-"), R(U, 93), Lit("AA")], "read", None),
    ("mistral_api_key", [R(A, 32)], "believed", None),
    ("cohere_api_key", [R(A, 40)], "read", None),
    ("deepseek_api_key", [Lit("sk-"), R(H, 32)], "believed", None),
    ("xai_grok_api_key", [Lit("xai-"), R(A, 80)], "believed", None),
    ("openrouter_api_key", [Lit("sk-or-v1-"), R(H, 64)], "believed", None),
    ("elevenlabs_api_key", [Lit("sk_"), R(H, 48)], "believed", None),
    ("assemblyai_api_key", [R(H, 32)], "believed", None),
    ("deepgram_api_key", [R(H, 40)], "believed", None),
    ("langfuse_secret_key", [Lit("sk-lf-"), UUID], "believed", nb("langfuse public key", [Lit("pk-lf-"), UUID])),
    ("llamacloud_api_key", [Lit("llx-"), R(A, 48)], "believed", None),
    ("serpapi_api_key", [R(H, 64)], "believed", None),
    ("azure_openai_api_key", [R(H, 32)], "believed", nb("azure openai endpoint", [Lit("https://oakvet-ai.openai.azure.com/")])),
    # --- developer platforms
    ("github_app_client_secret", [R(H, 40)], "believed", nb("github app client id", [Lit("Iv1."), R(H, 16)])),
    ("github_app_installation_token", [Lit("ghs_"), R(A, 36)], "read", None),
    ("github_refresh_token", [Lit("ghr_"), R(A, 36)], "read", None),
    ("gitlab_runner_authentication_token", [Lit("glrt-"), R(U, 20)], "read", None),
    ("gitlab_pipeline_trigger_token", [Lit("glptt-"), R(H, 40)], "read", None),
    ("azure_devops_personal_access_token", [R(B32L, 52)], "believed", None),
    ("docker_hub_personal_access_token", [Lit("dckr_pat_"), R(U, 27)], "believed", None),
    ("pypi_upload_token", [FX(f_pypi)], "read", None),
    ("rubygems_api_key", [Lit("rubygems_"), R(H, 48)], "read", None),
    ("terraform_cloud_api_token", [R(A, 14), Lit(".atlasv1."), R(U, 67)], "read", None),
    ("hashicorp_vault_service_token", [Lit("hvs."), R(U, 92)], "read", None),
    ("postman_api_key", [Lit("PMAK-"), R(H, 24), Lit("-"), R(H, 34)], "read", None),
    ("linear_api_key", [Lit("lin_api_"), R(A, 40)], "read", None),
    ("atlassian_api_token", [FX(f_atlassian)], "believed", nb("atlassian account email", [Lit("it@oakvet.example")])),
    ("asana_personal_access_token", [FX(f_asana)], "believed", None),
    ("clickup_personal_api_token", [Lit("pk_"), R(D, 8), Lit("_"), R(UA, 32)], "believed", None),
    ("trello_api_token", [Lit("ATTA"), R(H, 64), R(UH, 8)], "believed", nb("trello api key", [R(H, 32)])),
    ("figma_personal_access_token", [Lit("figd_"), R(U, 40)], "guessed", None),
    ("netlify_personal_access_token", [Lit("nfp_"), R(A, 36)], "believed", None),
    ("railway_api_token", [UUID], "believed", None),
    ("turso_database_auth_token", [JW("EdDSA", p_turso)], "believed", None),
    ("clerk_secret_key", [Lit("sk_live_"), R(A, 42)], "guessed", None),
    ("auth0_client_secret", [R(U, 64)], "believed", nb("auth0 client id", [R(A, 32)])),
    ("okta_api_token", [Lit("00"), R(U, 40)], "read", None),
    ("supabase_service_role_jwt", [JW("HS256", p_supabase)], "believed", None),
    ("doppler_personal_token", [Lit("dp.pt."), R(A, 43)], "read", None),
    # --- ops, monitoring, cloud
    ("sentry_org_auth_token", [FX(f_sentry_org)], "read", None),
    ("grafana_service_account_token", [Lit("glsa_"), R(A, 32), Lit("_"), R(H, 8)], "read", None),
    ("grafana_cloud_access_policy_token", [FX(f_grafana_cloud)], "read", None),
    ("new_relic_user_api_key", [Lit("NRAK-"), R(UA, 27)], "read", None),
    ("rollbar_project_access_token", [R(H, 32)], "believed", None),
    ("checkly_api_key", [Lit("cu_"), R(H, 32)], "guessed", nb("checkly account id", [UUID])),
    ("dynatrace_api_token", [Lit("dt0c01."), R(UA, 24), Lit("."), R(UA, 64)], "read", None),
    ("launchdarkly_sdk_key", [Lit("sdk-"), UUID], "believed", None),
    ("cloudflare_r2_secret_access_key", [R(H, 64)], "believed", nb("r2 access key id", [R(H, 32)])),
    ("backblaze_b2_application_key", [Lit("K00"), R(A, 28)], "believed", nb("b2 key id", [Lit("00"), R(H, 23)])),
    ("azure_service_bus_shared_access_key", [FX(f_sb_key)], "believed", nb("service bus namespace", [Lit("oakvet-labs.servicebus.windows.net")])),
    ("tailscale_auth_key", [Lit("tskey-auth-k"), R(A, 12), Lit("CNTRL-"), R(A, 33)], "believed", None),
    ("ngrok_authtoken", [FX(f_ngrok)], "guessed", None),
    ("cloudflare_turnstile_secret_key", [Lit("0x4AAAAAAA"), R(U, 25)], "guessed", nb("turnstile site key", [Lit("0x4AAAAAAA"), R(U, 12)])),
    ("recaptcha_secret_key", [Lit("6L"), R(U, 38)], "believed", None),
    ("hcaptcha_secret_key", [Lit("0x"), R(H, 40)], "believed", None),
    ("maxmind_license_key", [R(A, 6), Lit("_"), R(A, 29), Lit("_mmk")], "read", nb("maxmind account id", [R(D, 7)])),
    ("databricks_personal_access_token", [Lit("dapi"), R(H, 32)], "read", None),
    ("octopus_deploy_api_key", [Lit("API-"), R(UA, 26)], "read", None),
    ("pusher_channels_app_secret", [R(H, 20)], "believed", nb("pusher app key", [R(H, 20)])),
    ("ably_api_key", [FX(f_ably)], "believed", None),
    ("fcm_legacy_server_key", [FX(f_fcm)], "believed", None),
    ("zoho_crm_client_secret", [R(H, 42)], "guessed", nb("zoho client id", [Lit("1000."), R(UA, 30)])),
    ("monday_api_token", [JW("HS256", p_generic)], "believed", None),
    ("dropbox_short_lived_access_token", [Lit("sl."), R(U, 135)], "read", None),
    ("typesense_admin_api_key", [R(A, 32)], "guessed", None),
]
SET_ASIDE = [
    ("cloudsmith_api_key", "bare 40 hex, package hosting covered by PyPI, RubyGems and Docker Hub"),
    ("cronitor_api_key", "bare 32 hex, uptime covered by Checkly and Grafana"),
    ("prefect_api_key", "workflow orchestration is not something a farrier or livery developer runs"),
    ("readme_api_key", "developer-portal tool, not typical for this world"),
    ("onesignal_rest_api_key", "shape not known (`os_v2_app_` length guessed); push covered by FCM, ntfy, Gotify"),
    ("fastly_api_token", "bare 32 base64url, CDN covered by Cloudflare Turnstile and R2"),
    ("exa_api_key", "bare UUID; AI search covered by SerpApi"),
    ("honeybadger_api_key", "shape unknown; error tracking covered by Sentry and Rollbar"),
]

DROP = {
    "typesense_admin_api_key": "bare 32 alphanumerics, shape guessed; search is not typical for a yard or practice site",
    "zoho_crm_client_secret": "shape guessed; CRM covered by Jobber and Housecall Pro",
    "monday_api_token": "plain JWT; task boards covered by Asana, ClickUp, Trello and Linear",
    "databricks_personal_access_token": "data-platform token, not something a farrier or livery developer runs",
    "octopus_deploy_api_key": "enterprise deploy tool, not typical for this world",
    "maxmind_license_key": "geo-IP licence; mapping covered by Mapbox and Geoapify",
    "dynatrace_api_token": "enterprise monitoring; covered by Grafana, New Relic, Sentry, Rollbar",
    "launchdarkly_sdk_key": "feature flags are not typical for a small practice app",
    "xai_grok_api_key": "AI covered by 15 other providers",
    "llamacloud_api_key": "shape partly guessed; AI covered by 15 other providers",
    "azure_devops_personal_access_token": "bare 52 Base32; CI covered by GitHub and GitLab tokens",
    "terraform_cloud_api_token": "infrastructure covered by Vault and Doppler tokens",
    "gotify_app_token": "shape guessed; push covered by ntfy and FCM",
    "customerio_app_api_key": "bare 32 hex; e-mail covered by SendGrid, Postmark, SparkPost, Mailjet, Mailtrap",
    "loops_api_key": "bare 32 hex; e-mail covered by SendGrid, Postmark, SparkPost, Mailjet, Mailtrap",
    "kit_convertkit_api_secret": "shape guessed; newsletters covered by MailerLite",
    "starling_bank_personal_access_token": "shape guessed; banking covered by Wise, TrueLayer and Plaid",
    "paddle_live_server_api_key": "inner layout guessed; payments covered by Stripe, Square, Mollie and others",
}
SET_ASIDE = [(n, r) for n, r in DROP.items()] + SET_ASIDE
V = [v for v in V if v[0] not in DROP]

STYLES = [
    # name, case style, header, line, footer
    ("rounds_worker_dotenv_production", "upper", "# rounds-worker – production\n", "{k}={v}\n", ""),
    ("vet_pms_k8s_secret_stringdata", "upper",
     "apiVersion: v1\nkind: Secret\nmetadata:\n  name: pms-integrations\ntype: Opaque\nstringData:\n", "  {k}: \"{v}\"\n", ""),
    ("farrier_ops_sops_decrypted_yaml", "snake", "# sops -d secrets/prod.enc.yaml\n", "{k}: '{v}'\n", ""),
    ("farrier_ops_vault_kv_get_table", "snake",
     "$ vault kv get -mount=kv farrier/prod\n====== Data ======\nKey                Value\n---                -----\n", "{k}    {v}\n", ""),
    ("vet_app_spring_properties_dev", "dot", "# application-dev.properties\nspring.application.name=vet-visits\n", "vet.{k}={v}\n", ""),
    ("hoof_app_swift_config_enum", "camel", "enum Config {{\n", "    static let {k} = \"{v}\"\n", "}}\n"),
    ("farrier_app_csharp_constants_class", "pascal", "internal static class VendorKeys\n{{\n", "    public const string {k} = \"{v}\";\n", "}}\n"),
    ("yard_ops_nushell_history", "upper", "cd ~/src/yard-sync\n", "$env.{k} = '{v}'\n", "cargo run --release\n"),
    ("yard_ops_windows_setx_history", "upper", "C:\\Users\\yard> cd C:\\yard-sync\n", "C:\\yard-sync> setx {k} \"{v}\"\n",
     "\nSUCCESS: Specified value was saved.\n"),
    ("yard_ops_gh_secret_set_history", "upper", "$ cd ~/src/livery-portal\n", "$ gh secret set {k} --body '{v}'\n",
     "✓ Set Actions secret for hollowfield/livery-portal\n"),
    ("vet_practice_signal_group_paste", "spaced", "[09:14] Priya: who has the creds for the new integration?\n",
     "[09:16] Dan: {k} {v}\n", "[09:17] Priya: thanks, moving it into the vault now\n"),
    ("farrier_notes_obsidian_md", "title", "# Integrations\n\ntags: #admin\n\n", "- **{k}**: {v}\n", ""),
    ("livery_bitwarden_json_export", "title", None, None, None),
    ("vet_api_go_const_block", "camel", "package config\n\nconst (\n", "\t{k} = \"{v}\"\n", ")\n"),
    ("rounds_api_pyproject_tool_section", "snake", "[tool.rounds.integrations]\n", "{k} = \"{v}\"\n", ""),
    ("yard_ops_cloudformation_parameters_json", "pascal", None, None, None),
]


def render(style, words, value, neighbour, rng):
    name, case, header, line, footer = style
    key = key_in_style(words, case)
    if name == "livery_bitwarden_json_export":
        user = neighbour[1] if neighbour else "api"
        folder = uuid4(rng)
        return ("{\n  \"encrypted\": false,\n  \"folders\": [{ \"id\": \"" + folder + "\", \"name\": \"Yard integrations\" }],\n"
                "  \"items\": [{\n    \"folderId\": \"" + folder + "\",\n    \"type\": 1,\n    \"name\": \"" + key + "\",\n"
                "    \"login\": { \"username\": \"" + user + "\", \"password\": \"" + value + "\" }\n  }]\n}\n")
    if name == "yard_ops_cloudformation_parameters_json":
        rows = []
        if neighbour:
            rows.append("  { \"ParameterKey\": \"" + key_in_style(neighbour[0].split(), case)
                        + "\", \"ParameterValue\": \"" + neighbour[1] + "\" }")
        rows.append("  { \"ParameterKey\": \"" + key + "\", \"ParameterValue\": \"" + value + "\" }")
        return "[\n" + ",\n".join(rows) + "\n]\n"
    out = header.format()
    if neighbour:
        nk = key_in_style(neighbour[0].split(), case)
        out += line.format(k=nk, v=neighbour[1])
    out += line.replace("{v}", "\x00").format(k=key).replace("\x00", value)
    out += footer.format()
    return out


def type_words(t):
    return t.split("_")


def generate(reg, start_id):
    rng = random.Random(SEED)
    recs = []
    meta = {}
    for i, (tname, parts, conf, neigh) in enumerate(V):
        style = STYLES[i % len(STYLES)]
        value = reg.draw(lambda: gen_parts(rng, parts))
        nbv = None
        if neigh:
            nbv = (neigh[0], reg.draw(lambda: gen_parts(rng, neigh[1])) if not all(p[0] == "L" for p in neigh[1])
                   else gen_parts(rng, neigh[1]))
        text = render(style, type_words(tname), value, nbv, rng)
        rid = f"p225-s-{start_id + i:04d}"
        recs.append(span_record(rid, tname, f"{tname}__{style[0]}", text, value, "vendor"))
        meta[tname] = {"regex": regex_parts(parts), "confidence": conf, "shape": describe(parts),
                       "neighbour": neigh[0] if neigh else None}
    return recs, meta
