"""Vendor source: 120 vendor credential types of the dental world, each in one of 16 styles."""
import base64
import json
import random
import re

from common237 import (ALNUM, B64, B64U, DIGITS, HEX, LALNUM, LOWER, MARK, PW_WIDE_RE, UALNUM, UPPER,
                       b64url_nopad, jwt_ok, make_jwt, owner_password, place, rbytes, rstr, style_key, uuid4)

SEED = 23702

ALPH = {"an": (ALNUM, "A-Za-z0-9", "alphanumerics"), "lan": (LALNUM, "a-z0-9", "lower-case alphanumerics"),
        "uan": (UALNUM, "A-Z0-9", "upper-case alphanumerics"), "hex": (HEX, "0-9a-f", "lower-case hex"),
        "HEX": ("0123456789ABCDEF", "0-9A-F", "upper-case hex"), "b64u": (B64U, "A-Za-z0-9_-", "base64url"),
        "b64": (B64, "A-Za-z0-9+/", "standard Base64 characters"), "dig": (DIGITS, "0-9", "digits"),
        "let": (UPPER + LOWER, "A-Za-z", "letters"), "b32l": ("abcdefghijklmnopqrstuvwxyz234567", "a-z2-7",
                                                                "lower-case base32 letters"),
        "azt": (ALNUM + "_~.", "A-Za-z0-9_~.", "characters of A-Za-z0-9_~."),
        "azt2": (ALNUM + "_~.-", "A-Za-z0-9_~.-", "characters of A-Za-z0-9_~.-")}

UUID_RX = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"


def spec_gen(spec, rng):
    out = []
    for part in spec:
        k = part[0]
        if k == "L":
            out.append(part[1])
        elif k == "uuid":
            out.append(uuid4(rng))
        elif k == "UUID":
            out.append(uuid4(rng).upper())
        elif k == "pw":
            out.append(owner_password(rng))
        elif k == "one":
            out.append(rng.choice(part[1]))
        else:
            out.append(rstr(rng, ALPH[k][0], part[1]))
    return "".join(out)


def spec_regex(spec):
    out = []
    for part in spec:
        k = part[0]
        if k == "L":
            out.append(re.escape(part[1]))
        elif k == "uuid":
            out.append(UUID_RX)
        elif k == "UUID":
            out.append(UUID_RX.upper().replace("A-F", "A-F"))
        elif k == "pw":
            out.append(PW_WIDE_RE.pattern[1:-1])
        elif k == "one":
            out.append("[" + re.escape(part[1]) + "]")
        else:
            out.append("[%s]{%d}" % (ALPH[k][1], part[1]))
    return "^" + "".join(out) + "$"


def spec_desc(spec):
    out = []
    for part in spec:
        k = part[0]
        if k == "L":
            out.append("`%s`" % part[1])
        elif k == "uuid":
            out.append("UUIDv4")
        elif k == "UUID":
            out.append("upper-case UUIDv4")
        elif k == "pw":
            out.append("owner-chosen password")
        elif k == "one":
            out.append("one of `%s`" % part[1])
        else:
            out.append("%d %s" % (part[1], ALPH[k][2]))
    return " + ".join(out)


# ---------------------------------------------------------------- special frames
def gen_mapbox(rng):
    body = b64url_nopad(json.dumps({"u": "brightbite", "a": rstr(rng, LALNUM, 25)}, separators=(",", ":")).encode())
    return "sk." + body + "." + rstr(rng, ALNUM, 22)


def chk_mapbox(v):
    m = re.fullmatch(r"sk\.(eyJ[A-Za-z0-9_-]+)\.[A-Za-z0-9]{22}", v)
    if not m:
        return False
    d = json.loads(base64.urlsafe_b64decode(m.group(1) + "=" * (-len(m.group(1)) % 4)))
    return set(d) == {"u", "a"}


def gen_sentry_org(rng):
    d = {"iat": 1718000000 + rng.randint(0, 9000000), "url": "https://sentry.io",
         "region_url": "https://de.sentry.io", "org": "brightbite-dental"}
    body = base64.b64encode(json.dumps(d, separators=(",", ":")).encode()).decode()
    return "sntrys_" + body + "_" + rstr(rng, B64, 43)


def chk_sentry_org(v):
    m = re.fullmatch(r"sntrys_(eyJpYXQiO[A-Za-z0-9+/]+={0,2})_[A-Za-z0-9+/]{43}", v)
    if not m:
        return False
    d = json.loads(base64.b64decode(m.group(1)))
    return "iat" in d and "region_url" in d


def gen_grafana_glc(rng):
    d = {"o": str(rng.randint(100000, 999999)), "n": "stack-%d-hm-read-write" % rng.randint(100000, 999999),
         "k": rstr(rng, ALNUM, 24), "m": {"r": "prod-eu-west-2"}}
    return "glc_" + base64.b64encode(json.dumps(d, separators=(",", ":")).encode()).decode()


def chk_grafana_glc(v):
    m = re.fullmatch(r"glc_([A-Za-z0-9+/]+={0,2})", v)
    if not m:
        return False
    d = json.loads(base64.b64decode(m.group(1)))
    return set(d) == {"o", "n", "k", "m"}


def gen_supabase_service(rng):
    iat = 1700000000 + rng.randint(0, 9000000)
    return make_jwt(rng, "HS256", {"iss": "supabase", "ref": rstr(rng, LOWER, 20), "role": "service_role",
                                   "iat": iat, "exp": iat + 315360000})


def chk_supabase_service(v):
    if not jwt_ok(v):
        return False
    p = json.loads(base64.urlsafe_b64decode(v.split(".")[1] + "=" * (-len(v.split(".")[1]) % 4)))
    return p.get("role") == "service_role"


def gen_calendly(rng):
    iat = 1700000000 + rng.randint(0, 9000000)
    return make_jwt(rng, "HS256", {"iss": "https://auth.calendly.com", "iat": iat, "jti": uuid4(rng),
                                   "user_uuid": uuid4(rng)}, {"kid": "1ce1e136"})


def chk_calendly(v):
    return jwt_ok(v) and v.startswith("eyJ")


def gen_fcm(rng):
    return "AAAA" + rstr(rng, B64U, 7) + ":APA91b" + rstr(rng, B64U, 134)


def gen_bitwarden(rng):
    return "0." + uuid4(rng) + "." + rstr(rng, ALNUM, 30) + ":" + base64.b64encode(rbytes(rng, 16)).decode()


def chk_bitwarden(v):
    m = re.fullmatch(r"0\.(" + UUID_RX + r")\.[A-Za-z0-9]{30}:([A-Za-z0-9+/]{22}==)", v)
    return bool(m) and len(base64.b64decode(m.group(2))) == 16


def gen_acs_key(rng):
    return base64.b64encode(rbytes(rng, 64)).decode()


def chk_acs_key(v):
    try:
        return len(base64.b64decode(v, validate=True)) == 64
    except Exception:
        return False


def gen_teams(rng):
    return ("https://brightbitedental.webhook.office.com/webhookb2/" + uuid4(rng) + "@" + uuid4(rng)
            + "/IncomingWebhook/" + rstr(rng, HEX, 32) + "/" + uuid4(rng))


def gen_gchat(rng):
    return ("https://chat.googleapis.com/v1/spaces/AAAA" + rstr(rng, B64U, 7) + "/messages?key=AIzaSy"
            + rstr(rng, B64U, 33) + "&token=" + rstr(rng, B64U, 43))


def gen_atlassian(rng):
    return "ATATT3xFfGF0" + rstr(rng, B64U, 171) + "=" + rstr(rng, "0123456789ABCDEF", 8)


def gen_openai_svc(rng):
    return "sk-svcacct-" + rstr(rng, B64U, 74) + "T3BlbkFJ" + rstr(rng, B64U, 74)


def gen_pypi(rng):
    return "pypi-AgEIcHlwaS5vcmcCJ" + rstr(rng, B64U, 150)


SPECIAL = {
    "mapbox_secret_access_token": (gen_mapbox, r"^sk\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9]{22}$", chk_mapbox,
                                   "`sk.` + base64url of real JSON `{u: account, a: 25 lower-case alphanumerics}` + `.` + 22 alphanumerics"),
    "sentry_org_auth_token": (gen_sentry_org, r"^sntrys_eyJpYXQiO[A-Za-z0-9+/]+={0,2}_[A-Za-z0-9+/]{43}$", chk_sentry_org,
                              "`sntrys_` + standard Base64 of real JSON (`iat`, `url`, `region_url`, `org`) + `_` + 43 standard Base64 characters"),
    "grafana_cloud_access_policy_token": (gen_grafana_glc, r"^glc_[A-Za-z0-9+/]+={0,2}$", chk_grafana_glc,
                                          "`glc_` + standard Base64 of real JSON (`o` org id, `n` token name, `k` 24 alphanumerics, `m.r` region)"),
    "supabase_service_role_key": (gen_supabase_service, r"^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$",
                                  chk_supabase_service, "real HS256 JWT with `role` `service_role` (`iss` supabase, `ref` 20 letters)"),
    "calendly_personal_access_token": (gen_calendly, r"^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$",
                                       chk_calendly, "real HS256 JWT (`iss` auth.calendly.com, `jti` and `user_uuid` UUIDv4, header `kid`)"),
    "firebase_cloud_messaging_server_key": (gen_fcm, r"^AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}$", None,
                                            "`AAAA` + 7 base64url + `:APA91b` + 134 base64url (legacy FCM server key)"),
    "bitwarden_secrets_manager_access_token": (gen_bitwarden, r"^0\." + UUID_RX + r"\.[A-Za-z0-9]{30}:[A-Za-z0-9+/]{22}==$",
                                               chk_bitwarden, "`0.` + UUIDv4 + `.` + 30 alphanumerics + `:` + standard Base64 of 16 bytes"),
    "azure_communication_services_access_key": (gen_acs_key, r"^[A-Za-z0-9+/]{86}==$", chk_acs_key,
                                                "standard Base64 of 64 random bytes (88 characters)"),
    "microsoft_teams_incoming_webhook_url": (gen_teams, r"^https://brightbitedental\.webhook\.office\.com/webhookb2/" + UUID_RX + "@"
                                             + UUID_RX + "/IncomingWebhook/[0-9a-f]{32}/" + UUID_RX + "$", None,
                                             "whole Teams incoming-webhook URL (`https://<tenant>.webhook.office.com/webhookb2/` UUID `@` UUID `/IncomingWebhook/` 32 hex `/` UUID; the URL is the credential)"),
    "google_chat_space_webhook_url": (gen_gchat, r"^https://chat\.googleapis\.com/v1/spaces/AAAA[A-Za-z0-9_-]{7}/messages\?key=AIzaSy[A-Za-z0-9_-]{33}&token=[A-Za-z0-9_-]{43}$",
                                      None, "whole Google Chat space webhook URL (`spaces/AAAA` + 7, `key=AIzaSy` + 33, `token=` + 43 base64url; the URL is the credential)"),
    "atlassian_cloud_api_token": (gen_atlassian, r"^ATATT3xFfGF0[A-Za-z0-9_-]{171}=[0-9A-F]{8}$", None,
                                  "`ATATT3xFfGF0` + 171 base64url + `=` + 8 upper-case hex (192 characters)"),
    "openai_service_account_key": (gen_openai_svc, r"^sk-svcacct-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}$", None,
                                   "`sk-svcacct-` + 74 base64url + `T3BlbkFJ` + 74 base64url"),
    "pypi_project_upload_token": (gen_pypi, r"^pypi-AgEIcHlwaS5vcmcCJ[A-Za-z0-9_-]{150}$", None,
                                  "`pypi-AgEIcHlwaS5vcmcCJ` + 150 base64url (macaroon body)"),
}

# ---------------------------------------------------------------- the 120 types
# (type, group, spec or None for SPECIAL, origin, neighbour (name, spec) or None)
G_TRADE = "Trade services of dental practices, orthodontists and dental labs"
G_COM = "Commerce, payments, shipping"
G_MSG = "Messaging, e-mail, telephony, CRM and scheduling"
G_AI = "AI services"
G_DEV = "Developer services"
G_OPS = "Ops, identity, storage and monitoring"
R, B, GU, OW = "read", "believed", "guessed", "owner"

VENDORS = [
    # ---- dental trade
    ("open_dental_api_developer_key", G_TRADE, [("an", 16)], GU, None),
    ("open_dental_api_customer_key", G_TRADE, [("an", 16)], GU, ("open dental customer num", [("dig", 7)])),
    ("dentally_api_access_token", G_TRADE, [("b64u", 43)], GU, ("dentally site id", [("uuid",)])),
    ("nexhealth_partner_api_key", G_TRADE, [("lan", 64)], GU, ("nexhealth subdomain", [("L", "brightbite-"), ("dig", 3)])),
    ("weave_integration_api_token", G_TRADE, [("b64u", 48)], GU, None),
    ("dentrix_ascend_api_client_secret", G_TRADE, [("an", 32)], GU, ("ascend client id", [("lan", 20)])),
    ("curve_hero_api_key", G_TRADE, [("hex", 40)], GU, None),
    ("henry_schein_one_apim_subscription_key", G_TRADE, [("hex", 32)], B, None),
    ("carestream_cs_imaging_server_password", G_TRADE, [("pw",)], OW, ("cs imaging server", [("L", "CSIMG-"), ("dig", 2)])),
    ("sidexis_sql_service_password", G_TRADE, [("pw",)], OW, ("sidexis sql instance", [("L", "SIDEXIS-SRV")])),
    ("dexis_imaging_suite_admin_password", G_TRADE, [("pw",)], OW, ("dexis admin user", [("L", "dexisadmin")])),
    ("itero_doctor_site_password", G_TRADE, [("pw",)], OW, ("itero login email", [("L", "dr.patel@brightbite-dental.example")])),
    ("invisalign_doctor_site_password", G_TRADE, [("pw",)], OW, ("invisalign doctor id", [("dig", 6)])),
    ("medit_link_api_client_secret", G_TRADE, [("an", 40)], GU, ("medit client id", [("lan", 24)])),
    ("threeshape_communicate_api_key", G_TRADE, [("hex", 32)], GU, None),
    ("exocad_dentalshare_api_token", G_TRADE, [("an", 48)], GU, None),
    ("formlabs_dashboard_api_client_secret", G_TRADE, [("an", 60)], GU, ("formlabs client id", [("an", 40)])),
    ("sprintray_cloud_api_key", G_TRADE, [("an", 32)], GU, None),
    ("labtrac_online_portal_password", G_TRADE, [("pw",)], OW, ("labtrac account number", [("L", "LT"), ("dig", 6)])),
    ("dental_intelligence_api_token", G_TRADE, [("hex", 64)], GU, None),
    ("revenuewell_partner_api_key", G_TRADE, [("uuid",)], GU, None),
    ("lighthouse360_partner_api_token", G_TRADE, [("an", 40)], GU, None),
    ("solutionreach_api_key", G_TRADE, [("uan", 32)], GU, None),
    ("modento_api_secret", G_TRADE, [("b64u", 48)], GU, ("modento practice id", [("dig", 5)])),
    ("dentalxchange_eclaims_api_password", G_TRADE, [("pw",)], OW, ("dentalxchange user id", [("L", "bbdental"), ("dig", 3)])),
    ("vyne_trellis_api_key", G_TRADE, [("uan", 36)], GU, None),
    ("carecredit_merchant_api_secret", G_TRADE, [("an", 40)], GU, ("carecredit merchant number", [("L", "5348"), ("dig", 12)])),
    ("sunbit_partner_api_secret", G_TRADE, [("hex", 64)], GU, None),
    ("cherry_financing_api_key", G_TRADE, [("an", 40)], GU, None),
    ("pearl_second_opinion_api_key", G_TRADE, [("an", 48)], GU, None),
    ("overjet_integration_api_key", G_TRADE, [("hex", 40)], GU, None),
    ("orthofi_partner_api_token", G_TRADE, [("an", 32)], GU, None),
    ("dolphin_cloud_account_password", G_TRADE, [("pw",)], OW, ("dolphin username", [("L", "smileline.ortho")])),
    ("nhs_compass_portal_password", G_TRADE, [("pw",)], OW, ("compass contract number", [("dig", 6), ("L", "/0001")])),
    ("tuttnauer_cloud_api_key", G_TRADE, [("uan", 32)], GU, None),
    ("scican_statim_web_portal_password", G_TRADE, [("pw",)], OW, ("statim serial", [("L", "ST"), ("dig", 9)])),
    ("henry_schein_punchout_shared_secret", G_TRADE, [("an", 40)], GU, ("punchout identity", [("L", "BB0192-PO")])),
    ("zocdoc_provider_api_key", G_TRADE, [("hex", 40)], GU, None),
    ("doctolib_connect_api_token", G_TRADE, [("an", 64)], GU, None),
    ("eaglesoft_sql_anywhere_dba_password", G_TRADE, [("pw",)], OW, ("eaglesoft server", [("L", "ES-SERVER")])),
    ("planmeca_romexis_server_password", G_TRADE, [("pw",)], OW, ("romexis db user", [("L", "romexis")])),
    # ---- commerce
    ("stripe_restricted_live_key", G_COM, [("L", "rk_live_51"), ("an", 97)], R, None),
    ("stripe_webhook_signing_secret", G_COM, [("L", "whsec_"), ("an", 32)], B, None),
    ("square_production_access_token", G_COM, [("L", "EAAA"), ("b64u", 60)], R, None),
    ("mollie_live_api_key", G_COM, [("L", "live_"), ("an", 30)], B, None),
    ("plaid_production_secret", G_COM, [("hex", 30)], R, ("plaid client id", [("hex", 24)])),
    ("paypal_rest_client_secret", G_COM, [("L", "E"), ("b64u", 79)], B, ("paypal client id", [("L", "A"), ("b64u", 79)])),
    ("woocommerce_rest_consumer_secret", G_COM, [("L", "cs_"), ("hex", 40)], B, ("woocommerce consumer key", [("L", "ck_"), ("hex", 40)])),
    ("shopify_app_shared_secret", G_COM, [("L", "shpss_"), ("hex", 32)], R, None),
    ("easypost_production_api_key", G_COM, [("L", "EZAK"), ("lan", 54)], R, None),
    ("shippo_live_api_token", G_COM, [("L", "shippo_live_"), ("hex", 40)], R, None),
    # ---- messaging / CRM / scheduling
    ("sendgrid_mail_send_api_key", G_MSG, [("L", "SG."), ("b64u", 22), ("L", "."), ("b64u", 43)], R, None),
    ("postmark_server_api_token", G_MSG, [("uuid",)], B, None),
    ("mailjet_api_secret_key", G_MSG, [("hex", 32)], B, ("mailjet api key", [("hex", 32)])),
    ("vonage_sms_api_secret", G_MSG, [("an", 16)], B, ("vonage api key", [("hex", 8)])),
    ("plivo_auth_token", G_MSG, [("an", 40)], B, ("plivo auth id", [("L", "MA"), ("uan", 18)])),
    ("clicksend_api_key", G_MSG, [("UUID",)], GU, ("clicksend username", [("L", "reception@brightbite-dental.example")])),
    ("zoom_s2s_oauth_client_secret", G_MSG, [("an", 32)], B, ("zoom client id", [("an", 22)])),
    ("hubspot_private_app_access_token", G_MSG, [("L", "pat-eu1-"), ("uuid",)], B, None),
    ("calendly_personal_access_token", G_MSG, None, B, None),
    ("facebook_app_secret", G_MSG, [("hex", 32)], R, ("facebook app id", [("dig", 15)])),
    ("meta_whatsapp_cloud_access_token", G_MSG, [("L", "EAA"), ("one", "MC"), ("an", 180)], R,
     ("whatsapp phone number id", [("dig", 15)])),
    ("microsoft_teams_incoming_webhook_url", G_MSG, None, R, None),
    ("discord_channel_webhook_url", G_MSG, [("L", "https://discord.com/api/webhooks/"), ("dig", 19), ("L", "/"), ("b64u", 68)], B, None),
    ("google_chat_space_webhook_url", G_MSG, None, B, None),
    # ---- AI
    ("anthropic_admin_api_key", G_AI, [("L", "sk-ant-admin01-"), ("b64u", 93), ("L", "AA")], R, None),
    ("openai_service_account_key", G_AI, None, R, None),
    ("mistral_ai_api_key", G_AI, [("an", 32)], B, None),
    ("cohere_api_key", G_AI, [("an", 40)], R, None),
    ("deepgram_api_key", G_AI, [("hex", 40)], B, None),
    ("assemblyai_api_key", G_AI, [("hex", 32)], B, None),
    ("elevenlabs_api_key", G_AI, [("L", "sk_"), ("hex", 48)], B, None),
    ("openrouter_api_key", G_AI, [("L", "sk-or-v1-"), ("hex", 64)], B, None),
    ("azure_openai_api_key", G_AI, [("hex", 32)], B, ("azure openai endpoint", [("L", "https://bb-dental-ai.openai.azure.com/")])),
    ("nvidia_nim_api_key", G_AI, [("L", "nvapi-"), ("b64u", 64)], B, None),
    ("roboflow_api_key", G_AI, [("an", 20)], GU, ("roboflow workspace", [("L", "brightbite-xray")])),
    # ---- developer services
    ("github_fine_grained_pat", G_DEV, [("L", "github_pat_11"), ("uan", 20), ("L", "_"), ("an", 59)], R, None),
    ("github_app_installation_token", G_DEV, [("L", "ghs_"), ("an", 36)], R, None),
    ("gitlab_pipeline_trigger_token", G_DEV, [("L", "glptt-"), ("hex", 40)], R, None),
    ("gitlab_runner_authentication_token", G_DEV, [("L", "glrt-"), ("b64u", 20)], R, None),
    ("atlassian_cloud_api_token", G_DEV, None, R, ("atlassian account email", [("L", "it@brightbite-dental.example")])),
    ("linear_api_key", G_DEV, [("L", "lin_api_"), ("an", 40)], R, None),
    ("postman_api_key", G_DEV, [("L", "PMAK-"), ("hex", 24), ("L", "-"), ("hex", 34)], R, None),
    ("docker_hub_personal_access_token", G_DEV, [("L", "dckr_pat_"), ("b64u", 27)], B, ("docker hub user", [("L", "crownworkslab")])),
    ("pypi_project_upload_token", G_DEV, None, R, None),
    ("terraform_cloud_user_api_token", G_DEV, [("lan", 14), ("L", ".atlasv1."), ("b64u", 67)], R, None),
    ("hashicorp_vault_service_token", G_DEV, [("L", "hvs."), ("b64u", 91)], R, None),
    ("netlify_personal_access_token", G_DEV, [("L", "nfp_"), ("an", 36)], B, None),
    ("supabase_personal_access_token", G_DEV, [("L", "sbp_"), ("hex", 40)], B, None),
    ("supabase_service_role_key", G_DEV, None, B, ("supabase url", [("L", "https://"), ("lan", 20), ("L", ".supabase.co")])),
    ("planetscale_service_token", G_DEV, [("L", "pscale_tkn_"), ("b64u", 43)], R, ("planetscale service token id", [("lan", 12)])),
    ("planetscale_branch_password", G_DEV, [("L", "pscale_pw_"), ("b64u", 43)], R, ("planetscale username", [("lan", 20)])),
    ("mongodb_atlas_private_api_key", G_DEV, [("uuid",)], B, ("atlas public key", [("lan", 8)])),
    ("typeform_personal_access_token", G_DEV, [("L", "tfp_"), ("an", 44), ("L", "_"), ("an", 14)], R, None),
    # ---- ops, identity, storage, monitoring
    ("sentry_org_auth_token", G_OPS, None, R, None),
    ("grafana_cloud_access_policy_token", G_OPS, None, R, None),
    ("grafana_service_account_token", G_OPS, [("L", "glsa_"), ("an", 32), ("L", "_"), ("hex", 8)], R, None),
    ("new_relic_user_api_key", G_OPS, [("L", "NRAK-"), ("uan", 27)], R, None),
    ("dynatrace_api_token", G_OPS, [("L", "dt0c01."), ("uan", 24), ("L", "."), ("uan", 64)], R, None),
    ("pagerduty_rest_api_key", G_OPS, [("L", "u+"), ("b64u", 18)], B, None),
    ("launchdarkly_server_sdk_key", G_OPS, [("L", "sdk-"), ("uuid",)], B, None),
    ("splunk_hec_token", G_OPS, [("uuid",)], B, ("splunk hec url", [("L", "https://splunk.brightbite.internal:8088")])),
    ("cloudinary_api_secret", G_OPS, [("b64u", 27)], B, ("cloudinary api key", [("dig", 15)])),
    ("mapbox_secret_access_token", G_OPS, None, B, None),
    ("cloudflare_r2_secret_access_key", G_OPS, [("hex", 64)], B, ("r2 access key id", [("hex", 32)])),
    ("backblaze_b2_application_key", G_OPS, [("L", "K005"), ("an", 27)], B, ("b2 key id", [("L", "005"), ("hex", 22)])),
    ("azure_entra_client_secret", G_OPS, [("azt", 3), ("dig", 1), ("L", "Q~"), ("azt2", 34)], R,
     ("entra application id", [("uuid",)])),
    ("azure_devops_personal_access_token", G_OPS, [("b32l", 52)], B, ("azure devops org", [("L", "crownworks-lab")])),
    ("azure_communication_services_access_key", G_OPS, None, B,
     ("acs endpoint", [("L", "https://bb-reminders.europe.communication.azure.com/")])),
    ("digitalocean_spaces_secret_key", G_OPS, [("b64", 43)], B, ("spaces access key", [("L", "DO00"), ("uan", 16)])),
    ("ngrok_authtoken", G_OPS, [("L", "2"), ("an", 26), ("L", "_"), ("an", 21)], B, None),
    ("tailscale_auth_key", G_OPS, [("L", "tskey-auth-k"), ("an", 11), ("L", "CNTRL-"), ("an", 33)], B, None),
    ("okta_api_token", G_OPS, [("L", "00"), ("b64u", 40)], R, ("okta org url", [("L", "https://smileline.okta.com")])),
    ("auth0_client_secret", G_OPS, [("b64u", 64)], B, ("auth0 client id", [("an", 32)])),
    ("clerk_secret_key", G_OPS, [("L", "sk_live_"), ("an", 40)], B, None),
    ("hcaptcha_secret_key", G_OPS, [("L", "0x"), ("hex", 40)], B, None),
    ("turnstile_secret_key", G_OPS, [("L", "0x4AAAAAAA"), ("b64u", 22)], B, None),
    ("bitwarden_secrets_manager_access_token", G_OPS, None, B, None),
    ("sonarqube_project_analysis_token", G_OPS, [("L", "sqp_"), ("hex", 40)], B, None),
    ("firebase_cloud_messaging_server_key", G_OPS, None, B, ("fcm sender id", [("dig", 12)])),
]

SET_ASIDE = [
    ("paystack_live_secret_key", "shape believed; African card acquiring is not this world's market"),
    ("flutterwave_live_secret_key", "gitleaks shows only the TEST form; the live form would be guessed"),
    ("razorpay_live_key_secret", "Indian payments are not this world's market; the id / secret pair is covered by WooCommerce and PayPal"),
    ("aircall_api_token", "shape guessed; telephony is covered by Vonage, Plivo and Zoom"),
    ("pipedrive_api_token", "bare 40 hex duplicates several kept values; CRM is covered by HubSpot"),
    ("zerotier_central_api_token", "shape guessed; overlay VPNs are covered by Tailscale and ngrok"),
    ("upstash_redis_rest_token", "shape not known well enough"),
    ("railway_api_token", "bare UUIDv4 is already represented by Postmark, Splunk, Atlas and RevenueWell"),
    ("prefect_api_key", "workflow orchestration is marginal for a practice or a lab"),
    ("sanity_api_token", "headless CMS is covered by the website containers"),
    ("databricks_personal_access_token", "a data platform is marginal even for a dental group"),
    ("xai_api_key", "AI vendors are already 11"),
    ("deepseek_api_key", "`sk-` + 32 hex is close to other kept AI shapes; AI vendors are already 11"),
    ("doppler_personal_token", "secret managers are covered by Bitwarden Secrets Manager and Vault"),
    ("huggingface_org_api_token", "read this session (api_org_ + 34 letters), but model hosting is not a practice or lab job; AI vendors are already 11"),
    ("codecov_repository_upload_token", "bare UUIDv4 again; CI is covered by GitLab, SonarQube and GitHub"),
]

# ---------------------------------------------------------------- 16 styles
STYLES = [
    ("practice_site_dotenv_production", "upper"),
    ("lab_ops_gh_secret_set_history", "upper"),
    ("ortho_ops_az_keyvault_secret_set_history", "kebab"),
    ("practice_ops_aws_ssm_put_parameter_history", "snake"),
    ("patient_app_swift_secrets_enum", "camel"),
    ("lab_app_go_config_struct_literal", "pascal"),
    ("ortho_app_elixir_prod_secret_exs", "snake"),
    ("lab_ops_vault_kv_put_history", "snake"),
    ("clinic_it_powershell_set_secret_history", "pascal"),
    ("practice_ops_helm_upgrade_set_history", "camel"),
    ("lab_app_python_configparser_ini", "snake"),
    ("ortho_app_quarkus_profile_properties", "dot"),
    ("dentist_signal_direct_message", "spaced"),
    ("lab_teams_chat_paste", "spaced"),
    ("practice_bitwarden_json_export", "title"),
    ("ortho_ops_k8s_secret_stringdata_yaml", "snake"),
]


def key_words(tname):
    return tname.split("_")


def render_style(style, tname, value, neigh):
    sty = dict(STYLES)[style]
    k = style_key(key_words(tname), sty)
    nk = style_key(neigh[0].split(), sty) if neigh else None
    nv = neigh[1] if neigh else None
    V = MARK
    if style == "practice_site_dotenv_production":
        t = "# .env.production - brightbite-dental.example\nAPP_ENV=production\n"
        if neigh:
            t += "%s=%s\n" % (nk, nv)
        t += "%s=%s\n" % (k, V)
    elif style == "lab_ops_gh_secret_set_history":
        t = "$ gh auth status\n"
        if neigh:
            t += "$ gh variable set %s --repo crownworks-lab/case-portal --body '%s'\n" % (nk, nv)
        t += "$ gh secret set %s --repo crownworks-lab/case-portal --body '%s'\n$ gh secret list\n" % (k, V)
    elif style == "ortho_ops_az_keyvault_secret_set_history":
        t = "PS> az account set --subscription smileline-prod\n"
        if neigh:
            t += "PS> az keyvault secret set --vault-name kv-smileline-prod --name %s --value '%s'\n" % (nk, nv)
        t += "PS> az keyvault secret set --vault-name kv-smileline-prod --name %s --value '%s'\n" % (k, V)
    elif style == "practice_ops_aws_ssm_put_parameter_history":
        t = ""
        if neigh:
            t += "aws ssm put-parameter --name /brightbite/prod/%s --type String --value '%s'\n" % (nk, nv)
        t += "aws ssm put-parameter --name /brightbite/prod/%s --type SecureString --value '%s' --overwrite\n" % (k, V)
    elif style == "patient_app_swift_secrets_enum":
        t = "// Secrets.swift - BrightBite patient app\nenum Secrets {\n"
        if neigh:
            t += "    static let %s = \"%s\"\n" % (nk, nv)
        t += "    static let %s = \"%s\"\n}\n" % (k, V)
    elif style == "lab_app_go_config_struct_literal":
        t = "var prodConfig = Config{\n\tEnv: \"production\",\n"
        if neigh:
            t += "\t%s: \"%s\",\n" % (nk, nv)
        t += "\t%s: \"%s\",\n}\n" % (k, V)
    elif style == "ortho_app_elixir_prod_secret_exs":
        t = "import Config\n\n"
        if neigh:
            t += "config :smileline, %s: \"%s\"\n" % (nk, nv)
        t += "config :smileline, %s: \"%s\"\n" % (k, V)
    elif style == "lab_ops_vault_kv_put_history":
        t = "$ vault login -method=oidc\n$ vault kv put secret/crownworks/%s " % tname.split("_")[0]
        if neigh:
            t += "%s='%s' " % (nk, nv)
        t += "%s='%s'\n" % (k, V)
    elif style == "clinic_it_powershell_set_secret_history":
        t = "PS C:\\> Register-SecretVault -Name PracticeStore -ModuleName Microsoft.PowerShell.SecretStore\n"
        if neigh:
            t += "PS C:\\> Set-Secret -Name %s -Secret '%s' -Vault PracticeStore\n" % (nk, nv)
        t += "PS C:\\> Set-Secret -Name %s -Secret '%s' -Vault PracticeStore\n" % (k, V)
    elif style == "practice_ops_helm_upgrade_set_history":
        t = "helm upgrade --install portal ./charts/portal -n brightbite"
        if neigh:
            t += " \\\n  --set config.%s='%s'" % (nk, nv)
        t += " \\\n  --set secrets.%s='%s'\n" % (k, V)
    elif style == "lab_app_python_configparser_ini":
        t = "[services]\nenvironment = production\n"
        if neigh:
            t += "%s = %s\n" % (nk, nv)
        t += "%s = %s\n" % (k, V)
    elif style == "ortho_app_quarkus_profile_properties":
        t = "quarkus.application.name=smileline-portal\n"
        if neigh:
            t += "%%prod.%s=%s\n" % (nk, nv)
        t += "%%prod.%s=%s\n" % (k, V)
    elif style == "dentist_signal_direct_message":
        t = "Signal - Dr. Amara Okafor, 18:42\n"
        if neigh:
            t += "%s is %s\n" % (nk, nv)
        t += "and the %s is %s - put it in the vault tomorrow please\n" % (k, V)
    elif style == "lab_teams_chat_paste":
        t = "Tom (Crownworks Lab) 10:05\nhere you go, for the integration:\n"
        if neigh:
            t += "%s: %s\n" % (nk, nv)
        t += "%s: %s\n" % (k, V)
    elif style == "practice_bitwarden_json_export":
        user = nv if neigh else "api"
        t = ("{\n  \"encrypted\": false,\n  \"items\": [\n    {\n      \"type\": 1,\n      \"name\": \"%s\",\n"
             "      \"login\": {\n        \"username\": \"%s\",\n        \"password\": \"%s\"\n      }\n    }\n  ]\n}\n"
             % (k, user, V))
    elif style == "ortho_ops_k8s_secret_stringdata_yaml":
        t = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: smileline-integrations\ntype: Opaque\nstringData:\n"
        if neigh:
            t += "  %s: \"%s\"\n" % (nk, nv)
        t += "  %s: \"%s\"\n" % (k, V)
    else:
        raise KeyError(style)
    return place(t, value)


def vendor_spec(entry):
    tname, group, spec, origin, neigh = entry
    if spec is None:
        g, rx, chk, desc = SPECIAL[tname]
        return (lambda rng: g(rng)), rx, chk, desc
    return (lambda rng: spec_gen(spec, rng)), spec_regex(spec), None, spec_desc(spec)


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for i, entry in enumerate(VENDORS):
        tname, group, spec, origin, neigh = entry
        gen, rx, chk, desc = vendor_spec(entry)
        style = STYLES[i % len(STYLES)][0]
        nb = None
        if neigh:
            nval = reg.draw(lambda: spec_gen(neigh[1], rng)) if not (len(neigh[1]) == 1 and neigh[1][0][0] == "L") \
                else neigh[1][0][1]
            nb = (neigh[0], nval)
        value = reg.draw(lambda: gen(rng))
        text, s, e = render_style(style, tname, value, nb)
        recs.append({"type": tname, "container": tname + "__" + style, "text": text,
                     "secrets": [{"value": value, "start": s, "end": e, "type": tname}], "source": "vendor"})
    return recs


def check_value(tname, v):
    entry = {e[0]: e for e in VENDORS}[tname]
    gen, rx, chk, desc = vendor_spec(entry)
    if not re.match(rx, v):
        return False
    if chk and not chk(v):
        return False
    return True
