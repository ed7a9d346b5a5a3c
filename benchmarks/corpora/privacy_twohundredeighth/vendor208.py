"""Vendor source: 120 vendor credential types of the sweep / mason / watch-repair world."""
import base64
import json
import random
import re
import string

from common208 import (SLOT, rstr, rbytes, b64u, b64s, jwt, uuid4, owner_password, style_key, place)

SEED = 20802

ALPH = {
    "alnum": (string.ascii_letters + string.digits, "A-Za-z0-9"),
    "lalnum": (string.ascii_lowercase + string.digits, "a-z0-9"),
    "ualnum": (string.ascii_uppercase + string.digits, "A-Z0-9"),
    "hex": ("0123456789abcdef", "0-9a-f"),
    "HEX": ("0123456789ABCDEF", "0-9A-F"),
    "b64u": (string.ascii_letters + string.digits + "-_", "A-Za-z0-9_-"),
    "b64": (string.ascii_letters + string.digits + "+/", "A-Za-z0-9+/"),
    "dig": (string.digits, "0-9"),
    "let": (string.ascii_letters, "A-Za-z"),
}
UUID_RE = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
JWT_RE = r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+"


def spec_gen(spec, rng):
    out = []
    for p in spec:
        if isinstance(p, str):
            out.append(p)
        elif p[0] == "uuid":
            out.append(uuid4(rng))
        else:
            out.append(rstr(rng, ALPH[p[0]][0], p[1]))
    return "".join(out)


def spec_re(spec):
    out = []
    for p in spec:
        if isinstance(p, str):
            out.append(re.escape(p))
        elif p[0] == "uuid":
            out.append(UUID_RE)
        else:
            out.append("[%s]{%d}" % (ALPH[p[0]][1], p[1]))
    return "^" + "".join(out) + "$"


def spec_desc(spec):
    parts = []
    names = {"alnum": "alphanumerics", "lalnum": "lower-case alphanumerics", "ualnum": "upper-case alphanumerics",
             "hex": "lower-case hex", "HEX": "upper-case hex", "b64u": "base64url", "b64": "Base64-alphabet characters",
             "dig": "digits", "let": "letters"}
    for p in spec:
        if isinstance(p, str):
            parts.append("`%s`" % p)
        elif p[0] == "uuid":
            parts.append("UUIDv4")
        else:
            parts.append("%d %s" % (p[1], names[p[0]]))
    return " + ".join(parts)


# ------------------------------------------------------------------ custom generators
def g_owner(rng):
    return owner_password(rng)


def g_jwt_hs256_supabase(rng):
    return jwt(rng, "HS256", {"iss": "supabase", "ref": rstr(rng, string.ascii_lowercase, 20), "role": "service_role",
                              "iat": 1700000000 + rng.randint(0, 9999999), "exp": 2015000000 + rng.randint(0, 9999999)})


def g_jwt_calendly(rng):
    return jwt(rng, "HS256", {"iss": "https://auth.calendly.com", "iat": 1710000000 + rng.randint(0, 9999999),
                              "jti": uuid4(rng), "user_uuid": uuid4(rng), "scope": "default"})


def g_jwt_mailerlite(rng):
    return jwt(rng, "RS256", {"aud": "4", "jti": rbytes(rng, 40).hex(), "iat": 1712000000 + rng.randint(0, 999999),
                              "sub": str(rng.randint(100000, 999999)), "scopes": []})


def g_jwt_lemon(rng):
    return jwt(rng, "RS256", {"aud": uuid4(rng), "jti": rbytes(rng, 40).hex(),
                              "iat": 1713000000 + rng.randint(0, 999999), "sub": str(rng.randint(100000, 999999)),
                              "scopes": []})


def g_wix(rng):
    inner = {"id": uuid4(rng), "identity": {"type": "application", "id": uuid4(rng)},
             "tenant": {"type": "account", "id": uuid4(rng)}}
    payload = {"data": json.dumps(inner, separators=(",", ":")), "iat": 1714000000 + rng.randint(0, 999999)}
    return "IST." + jwt(rng, "RS256", payload)


def g_mapbox_sk(rng):
    user = rng.choice(["sootandsons", "chiselmarks", "benchtime"])
    body = b64u(json.dumps({"u": user, "a": rstr(rng, string.ascii_lowercase + string.digits, 25)},
                           separators=(",", ":")).encode())
    return "sk." + body + "." + rstr(rng, ALPH["alnum"][0], 22)


MAPBOX_RE = r"^sk\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9]{22}$"


def g_matrix(rng):
    user = rng.choice(["roundsbot", "benchbot", "yardbot"])
    return "syt_" + b64u(user.encode()) + "_" + rstr(rng, ALPH["let"][0], 20) + "_" + rstr(rng, ALPH["alnum"][0], 6)


def g_discord_hook(rng):
    return ("https://discord.com/api/webhooks/" + str(rng.randint(10 ** 17, 10 ** 18 - 1)) + "/" +
            rstr(rng, ALPH["b64u"][0], 68))


def g_teams_hook(rng):
    lh = "0123456789abcdef"
    return ("https://sootandsons.webhook.office.com/webhookb2/" + uuid4(rng) + "@" + uuid4(rng) +
            "/IncomingWebhook/" + rstr(rng, lh, 32) + "/" + uuid4(rng))


def g_bws(rng):
    return "0." + uuid4(rng) + "." + rstr(rng, ALPH["alnum"][0], 30) + ":" + b64s(rbytes(rng, 16))


def g_fio(rng):
    return "fio-u-" + rstr(rng, ALPH["b64u"][0], 64)


def g_pypi(rng):
    return "pypi-AgEIcHlwaS5vcmc" + rstr(rng, ALPH["b64u"][0], 70)


def g_atl(rng):
    return "ATATT3xFfGF0" + rstr(rng, ALPH["b64u"][0], 171) + "=" + rstr(rng, "0123456789ABCDEF", 8)


def g_entra(rng):
    return rstr(rng, ALPH["alnum"][0], 3) + rstr(rng, string.digits, 1) + "Q~" + rstr(rng, ALPH["alnum"][0] + "_~.-", 34)


def g_vault(rng):
    return "hvs." + rstr(rng, ALPH["b64u"][0], 95)


def g_zoho(rng):
    return "1000." + rstr(rng, "0123456789abcdef", 32) + "." + rstr(rng, "0123456789abcdef", 32)


def g_ebay(rng):
    h = "0123456789abcdef"
    return "PRD-" + rstr(rng, h, 12) + "-" + rstr(rng, h, 8) + "-" + rstr(rng, h, 4) + "-" + rstr(rng, h, 4) + "-" + rstr(rng, h, 4)


CUSTOM = {
    "owner": (g_owner, r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$", "owner-chosen"),
    "jwt_supabase": (g_jwt_hs256_supabase, "^" + JWT_RE + "$", "HS256 JWT with `role` `service_role` (real base64url JSON, real HMAC under a discarded key)"),
    "jwt_calendly": (g_jwt_calendly, "^" + JWT_RE + "$", "HS256-shaped JWT (real base64url JSON, real HMAC under a discarded key)"),
    "jwt_mailerlite": (g_jwt_mailerlite, "^" + JWT_RE + "$", "RS256-shaped JWT (real base64url JSON, 256 random signature bytes)"),
    "jwt_lemon": (g_jwt_lemon, "^" + JWT_RE + "$", "RS256-shaped JWT (real base64url JSON, 256 random signature bytes)"),
    "wix": (g_wix, r"^IST\." + JWT_RE + "$", "`IST.` + RS256-shaped JWT (real base64url JSON)"),
    "mapbox_sk": (g_mapbox_sk, MAPBOX_RE, "`sk.` + base64url of JSON `{\"u\":…,\"a\":…}` + `.` + 22 alphanumerics"),
    "matrix": (g_matrix, r"^syt_[A-Za-z0-9_-]+_[A-Za-z]{20}_[A-Za-z0-9]{6}$", "`syt_` + base64url of the bot's localpart + `_` + 20 letters + `_` + 6 alphanumerics"),
    "discord_hook": (g_discord_hook, r"^https://discord\.com/api/webhooks/[0-9]{18}/[A-Za-z0-9_-]{68}$", "whole `https://discord.com/api/webhooks/<id>/<68 base64url>` URL (the URL is the credential)"),
    "teams_hook": (g_teams_hook, r"^https://[a-z0-9]+\.webhook\.office\.com/webhookb2/" + UUID_RE + "@" + UUID_RE + "/IncomingWebhook/[0-9a-f]{32}/" + UUID_RE + "$", "whole `*.webhook.office.com/webhookb2/<uuid>@<uuid>/IncomingWebhook/<32 hex>/<uuid>` URL (the URL is the credential)"),
    "bws": (g_bws, r"^0\." + UUID_RE + r"\.[A-Za-z0-9]{30}:[A-Za-z0-9+/]{22}==$", "`0.` + UUIDv4 + `.` + 30 alphanumerics + `:` + Base64 of 16 bytes"),
    "fio": (g_fio, r"^fio-u-[A-Za-z0-9_-]{64}$", "`fio-u-` + 64 base64url"),
    "pypi": (g_pypi, r"^pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{70}$", "`pypi-AgEIcHlwaS5vcmc` + 70 base64url (random, not a real macaroon)"),
    "atl": (g_atl, r"^ATATT3xFfGF0[A-Za-z0-9_-]{171}=[0-9A-F]{8}$", "`ATATT3xFfGF0` + 171 base64url + `=` + 8 upper-case hex"),
    "entra": (g_entra, r"^[A-Za-z0-9]{3}[0-9]Q~[A-Za-z0-9_~.-]{34}$", "3 alphanumerics + digit + `Q~` + 34 of `[A-Za-z0-9_~.-]`"),
    "vault": (g_vault, r"^hvs\.[A-Za-z0-9_-]{95}$", "`hvs.` + 95 base64url"),
    "zoho": (g_zoho, r"^1000\.[0-9a-f]{32}\.[0-9a-f]{32}$", "`1000.` + 32 hex + `.` + 32 hex"),
    "ebay": (g_ebay, r"^PRD-[0-9a-f]{12}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$", "`PRD-` + 12 hex + `-` + 8-4-4-4 hex groups"),
}

# (type, spec-or-custom-name, neighbour (key words, spec) or None, confidence)
# confidence: read = read this session in the public gitleaks rule file; believed; guessed; owner
VENDORS = [
    ("hetas_competent_person_portal_password", "owner", (["hetas", "registration", "no"], [("dig", 6)]), "owner"),
    ("nacs_member_portal_password", "owner", (["nacs", "member", "no"], ["N", ("dig", 5)]), "owner"),
    ("guild_of_master_sweeps_portal_password", "owner", (["guild", "login", "email"], ["rounds", ("dig", 3), "@flueline.example"]), "owner"),
    ("namm_memorial_masons_portal_password", "owner", (["namm", "member", "id"], ["NAMM-", ("dig", 4)]), "owner"),
    ("cousins_uk_trade_account_password", "owner", (["cousins", "account", "no"], ["C", ("dig", 7)]), "owner"),
    ("esslinger_dealer_account_password", "owner", (["esslinger", "login", "email"], ["bench", ("dig", 3), "@benchtime.example"]), "owner"),
    ("esendex_account_password", "owner", (["esendex", "account", "ref"], ["EX0", ("dig", 6)]), "owner"),
    ("chrono24_dealer_api_token", [("alnum", 40)], None, "guessed"),
    ("watchcharts_api_key", [("hex", 32)], None, "guessed"),
    ("plotbox_cemetery_api_key", [("alnum", 48)], (["plotbox", "tenant"], ["tn-", ("lalnum", 8)]), "guessed"),
    ("jobber_oauth_client_secret", [("hex", 64)], (["jobber", "client", "id"], [("uuid",)]), "guessed"),
    ("servicem8_api_key", ["smk-", ("lalnum", 32)], None, "guessed"),
    ("housecall_pro_api_key", [("hex", 32)], None, "guessed"),
    ("youcanbookme_api_key", [("alnum", 40)], (["ycbm", "account", "id"], [("uuid",)]), "guessed"),
    ("calendly_personal_access_token", "jwt_calendly", None, "believed"),
    ("royal_mail_click_and_drop_api_key", [("uuid",)], None, "guessed"),
    ("easypost_production_api_key", ["EZAK", ("alnum", 54)], None, "read"),
    ("shippo_live_api_token", ["shippo_live_", ("hex", 40)], None, "read"),
    ("shipengine_api_key", [("alnum", 43)], None, "guessed"),
    ("getaddress_io_api_key", [("b64u", 40)], None, "guessed"),
    ("ideal_postcodes_api_key", ["ak_", ("lalnum", 24)], None, "guessed"),
    ("os_data_hub_project_api_secret", [("alnum", 32)], (["os", "project", "api", "key"], [("alnum", 32)]), "guessed"),
    ("google_maps_platform_server_key", ["AIza", ("b64u", 35)], None, "read"),
    ("mapbox_secret_access_token", "mapbox_sk", None, "believed"),
    ("woocommerce_rest_consumer_secret", ["cs_", ("hex", 40)], (["woo", "consumer", "key"], ["ck_", ("hex", 40)]), "believed"),
    ("stripe_restricted_live_key", ["rk_live_51", ("alnum", 97)], None, "read"),
    ("paypal_rest_client_secret", ["E", ("b64u", 79)], (["paypal", "client", "id"], ["A", ("b64u", 79)]), "believed"),
    ("square_production_access_token", ["EAAA", ("b64u", 60)], None, "read"),
    ("mollie_live_api_key", ["live_", ("alnum", 30)], None, "believed"),
    ("paddle_live_api_key", ["pdl_live_apikey_01", ("lalnum", 24), "_", ("alnum", 22), "_", ("alnum", 3)], None, "believed"),
    ("lemon_squeezy_api_key", "jwt_lemon", None, "believed"),
    ("chargebee_live_api_key", ["live_", ("alnum", 34)], (["chargebee", "site"], ["benchtime", ("dig", 2)]), "guessed"),
    ("sage_accounting_client_secret", [("alnum", 40)], (["sage", "client", "id"], [("hex", 32)]), "guessed"),
    ("freeagent_oauth_client_secret", [("b64u", 22)], (["freeagent", "identifier"], [("b64u", 22)]), "guessed"),
    ("zoho_books_refresh_token", "zoho", (["zoho", "organization", "id"], [("dig", 9)]), "believed"),
    ("wave_full_access_token", [("alnum", 30)], None, "guessed"),
    ("docusign_integration_secret_key", [("uuid",)], (["docusign", "integration", "key"], [("uuid",)]), "guessed"),
    ("pandadoc_api_key", [("hex", 40)], None, "guessed"),
    ("dropbox_sign_api_key", [("hex", 64)], None, "guessed"),
    ("cloudinary_api_secret", [("b64u", 27)], (["cloudinary", "api", "key"], [("dig", 15)]), "believed"),
    ("uploadcare_secret_key", [("hex", 20)], (["uploadcare", "public", "key"], [("hex", 20)]), "guessed"),
    ("sendgrid_mail_send_api_key", ["SG.", ("b64u", 22), ".", ("b64u", 43)], None, "read"),
    ("postmark_server_api_token", [("uuid",)], None, "believed"),
    ("resend_api_key", ["re_", ("alnum", 8), "_", ("alnum", 24)], None, "believed"),
    ("mailjet_api_secret_key", [("hex", 32)], (["mailjet", "api", "key"], [("hex", 32)]), "believed"),
    ("mailerlite_api_token", "jwt_mailerlite", None, "believed"),
    ("sparkpost_api_key", [("hex", 40)], None, "guessed"),
    ("customer_io_app_api_key", [("hex", 32)], None, "guessed"),
    ("lob_live_api_key", ["live_", ("hex", 35)], None, "read"),
    ("vonage_api_secret", [("alnum", 16)], (["vonage", "api", "key"], [("hex", 8)]), "believed"),
    ("plivo_auth_token", [("alnum", 40)], (["plivo", "auth", "id"], ["MA", ("ualnum", 18)]), "believed"),
    ("textlocal_api_key", [("alnum", 44)], None, "guessed"),
    ("bulksms_token_secret", [("HEX", 32)], (["bulksms", "token", "id"], [("HEX", 32)]), "guessed"),
    ("twilio_api_key_secret", [("alnum", 32)], (["twilio", "api", "key", "sid"], ["SK", ("hex", 32)]), "believed"),
    ("whatsapp_cloud_api_system_user_token", ["EAAM", ("alnum", 180)], (["whatsapp", "phone", "number", "id"], [("dig", 15)]), "read"),
    ("telegram_sweep_reminder_bot_token", [("dig", 10), ":AA", ("b64u", 33)], None, "read"),
    ("slack_app_level_token", ["xapp-1-A", ("ualnum", 10), "-", ("dig", 13), "-", ("hex", 64)], None, "read"),
    ("slack_user_oauth_token", ["xoxp-", ("dig", 12), "-", ("dig", 12), "-", ("dig", 13), "-", ("hex", 32)], None, "read"),
    ("discord_channel_webhook_url", "discord_hook", None, "believed"),
    ("microsoft_teams_incoming_webhook_url", "teams_hook", None, "read"),
    ("mattermost_personal_access_token", [("lalnum", 26)], None, "read"),
    ("matrix_synapse_access_token", "matrix", None, "believed"),
    ("pushbullet_access_token", ["o.", ("alnum", 32)], None, "believed"),
    ("zulip_bot_api_key", [("alnum", 32)], (["zulip", "bot", "email"], ["reminder-bot@benchtime.zulipchat.example"]), "guessed"),
    ("openai_admin_api_key", ["sk-admin-", ("b64u", 58), "T3BlbkFJ", ("b64u", 58)], None, "read"),
    ("anthropic_workspace_api_key", ["sk-ant-api03-", ("b64u", 93), "AA"], None, "read"),
    ("mistral_la_plateforme_api_key", [("alnum", 32)], None, "believed"),
    ("cohere_production_api_key", [("alnum", 40)], None, "read"),
    ("deepseek_platform_api_key", ["sk-", ("hex", 32)], None, "believed"),
    ("xai_grok_api_key", ["xai-", ("alnum", 80)], None, "believed"),
    ("openrouter_api_key", ["sk-or-v1-", ("hex", 64)], None, "believed"),
    ("elevenlabs_api_key", ["sk_", ("hex", 48)], None, "believed"),
    ("assemblyai_api_key", [("hex", 32)], None, "believed"),
    ("deepgram_api_key", [("hex", 40)], None, "believed"),
    ("huggingface_org_api_token", ["api_org_", ("let", 34)], None, "read"),
    ("langfuse_secret_key", ["sk-lf-", ("uuid",)], (["langfuse", "public", "key"], ["pk-lf-", ("uuid",)]), "believed"),
    ("wandb_api_key", [("hex", 40)], None, "believed"),
    ("roboflow_private_api_key", [("alnum", 20)], None, "guessed"),
    ("github_app_installation_token", ["ghs_", ("alnum", 36)], None, "read"),
    ("github_user_to_server_token", ["ghu_", ("alnum", 36)], None, "read"),
    ("gitlab_pipeline_trigger_token", ["glptt-", ("hex", 40)], None, "read"),
    ("gitlab_runner_authentication_token", ["glrt-", ("b64u", 20)], None, "read"),
    ("npm_automation_access_token", ["npm_", ("alnum", 36)], None, "read"),
    ("pypi_project_upload_token", "pypi", None, "read"),
    ("docker_hub_personal_access_token", ["dckr_pat_", ("b64u", 27)], (["docker", "hub", "username"], ["benchtimeci"]), "believed"),
    ("atlassian_cloud_api_token", "atl", (["atlassian", "email"], ["ops@benchtime.example"]), "read"),
    ("netlify_personal_access_token", ["nfp_", ("alnum", 36)], None, "believed"),
    ("supabase_service_role_key", "jwt_supabase", None, "believed"),
    ("supabase_personal_access_token", ["sbp_", ("hex", 40)], None, "believed"),
    ("railway_api_token", [("uuid",)], None, "believed"),
    ("terraform_cloud_user_token", [("alnum", 14), ".atlasv1.", ("b64u", 67)], None, "read"),
    ("linear_personal_api_key", ["lin_api_", ("alnum", 40)], None, "read"),
    ("asana_personal_access_token", ["2/", ("dig", 16), "/", ("dig", 16), ":", ("hex", 32)], None, "believed"),
    ("clickup_personal_api_token", ["pk_", ("dig", 8), "_", ("ualnum", 32)], None, "believed"),
    ("trello_api_token", ["ATTA", ("hex", 64), ("HEX", 8)], (["trello", "api", "key"], [("hex", 32)]), "believed"),
    ("bugsnag_project_api_key", [("hex", 32)], None, "believed"),
    ("newrelic_user_api_key", ["NRAK-", ("ualnum", 27)], (["newrelic", "account", "id"], [("dig", 7)]), "read"),
    ("grafana_service_account_token", ["glsa_", ("alnum", 32), "_", ("hex", 8)], None, "read"),
    ("axiom_api_token", ["xaat-", ("uuid",)], None, "believed"),
    ("uptimerobot_main_api_key", ["u", ("dig", 7), "-", ("hex", 24)], None, "believed"),
    ("checkly_api_key", ["cu_", ("hex", 32)], (["checkly", "account", "id"], [("uuid",)]), "believed"),
    ("healthchecks_io_project_api_key", [("b64u", 32)], None, "guessed"),
    ("cloudflare_r2_secret_access_key", [("hex", 64)], (["r2", "access", "key", "id"], [("hex", 32)]), "believed"),
    ("cloudflare_global_api_key", [("hex", 37)], (["cloudflare", "email"], ["it@sootandsons.example"]), "read"),
    ("vultr_api_key", [("ualnum", 36)], None, "believed"),
    ("ovhcloud_application_secret", [("alnum", 32)], (["ovh", "application", "key"], [("alnum", 16)]), "guessed"),
    ("wasabi_secret_access_key", [("b64", 40)], (["wasabi", "access", "key"], [("ualnum", 20)]), "believed"),
    ("tailscale_auth_key", ["tskey-auth-k", ("alnum", 10), "CNTRL-", ("alnum", 33)], None, "believed"),
    ("ngrok_authtoken", ["2", ("alnum", 26), "_", ("alnum", 21)], None, "believed"),
    ("doppler_service_token", ["dp.st.prd.", ("alnum", 43)], None, "believed"),
    ("hashicorp_vault_service_token", "vault", None, "read"),
    ("bitwarden_secrets_manager_access_token", "bws", None, "believed"),
    ("google_oauth_client_secret", ["GOCSPX-", ("b64u", 28)], (["google", "client", "id"], [("dig", 12), "-", ("lalnum", 32), ".apps.googleusercontent.com"]), "believed"),
    ("microsoft_entra_client_secret", "entra", (["entra", "client", "id"], [("uuid",)]), "read"),
    ("nylas_api_key", ["nyk_v0_", ("alnum", 48)], None, "guessed"),
    ("amazon_sp_api_lwa_client_secret", ["amzn1.oa2-cs.v1.", ("hex", 64)], (["lwa", "client", "id"], ["amzn1.application-oa2-client.", ("hex", 32)]), "believed"),
    ("ebay_production_cert_id", "ebay", (["ebay", "app", "id"], ["Benchtim-Spares-PRD-", ("hex", 9), "-", ("hex", 8)]), "believed"),
    ("ecwid_secret_token", ["secret_", ("alnum", 32)], (["ecwid", "store", "id"], [("dig", 8)]), "believed"),
    ("wix_headless_api_key", "wix", None, "believed"),
    ("frameio_developer_token", "fio", None, "read"),
    ("contentful_management_token", ["CFPAT-", ("b64u", 43)], None, "believed"),
    ("maxmind_license_key", [("alnum", 6), "_", ("alnum", 29), "_mmk"], (["maxmind", "account", "id"], [("dig", 6)]), "read"),
    ("algolia_admin_api_key", [("hex", 32)], (["algolia", "app", "id"], [("ualnum", 10)]), "read"),
    # spares (written, not used unless needed)
    ("bigcommerce_store_api_token", [("lalnum", 31)], (["bigcommerce", "store", "hash"], [("lalnum", 10)]), "guessed"),
    ("gumroad_access_token", [("b64u", 43)], None, "guessed"),
    ("wave_business_id_secret", [("alnum", 30)], None, "guessed"),
]
N_VENDOR = 120
SPARE_REASONS = {
    "bigcommerce_store_api_token": "shape guessed; storefront covered by WooCommerce, Ecwid and Wix",
    "gumroad_access_token": "shape guessed; digital downloads are not part of this world",
    "wave_business_id_secret": "invented credential kind, kept only as a spare",
}

# style -> (case style, template). {NK}/{NV} neighbour line parts, {K} key, SLOT value, {T} title words
STYLES = [
    ("workshop_api_dotenv_staging", "upper"),
    ("masonry_app_docker_run_history", "upper"),
    ("watch_bench_systemd_dropin_conf", "upper"),
    ("sweep_ops_vault_kv_put_history", "snake"),
    ("memorial_app_rails_initializer_rb", "snake"),
    ("valuation_app_csharp_const_class", "pascal"),
    ("parts_shop_rust_const_rs", "upper"),
    ("sweep_office_keepass_xml_export", "title"),
    ("watch_workshop_whatsapp_paste", "spaced"),
    ("repair_desk_gmail_draft", "spaced"),
    ("ops_gh_secret_set_history", "upper"),
    ("ops_kubectl_create_secret_history", "kebab"),
    ("ops_heroku_config_set_history", "upper"),
    ("watch_app_python_settings_module", "upper"),
    ("sweep_app_yaml_credentials_block", "snake"),
    ("workshop_ansible_vault_view_output", "snake"),
]


def render(style, case, key_words, nb):
    K = style_key(key_words, case)
    V = SLOT
    NK = style_key(nb[0], case) if nb else None
    NV = nb[1] if nb else None
    slug = "-".join(key_words[:2])
    if style == "workshop_api_dotenv_staging":
        t = "# .env.staging – quote + rounds API\nAPP_ENV=staging\n"
        if nb:
            t += NK + "=" + NV + "\n"
        return t + K + "=" + V + "\nLOG_LEVEL=info\n"
    if style == "masonry_app_docker_run_history":
        n = (" -e " + NK + "=" + NV) if nb else ""
        return "mason@yard:~$ docker run -d --name quotes -e TZ=Europe/London" + n + " -e " + K + "=" + V + " registry.chiselmarks.lan/quotes:3.2\n"
    if style == "watch_bench_systemd_dropin_conf":
        t = "# /etc/systemd/system/tickets.service.d/override.conf\n[Service]\n"
        if nb:
            t += "Environment=\"" + NK + "=" + NV + "\"\n"
        return t + "Environment=\"" + K + "=" + V + "\"\n"
    if style == "sweep_ops_vault_kv_put_history":
        n = (" " + NK + "=" + NV) if nb else ""
        return "$ vault kv put secret/workshop/" + slug + n + " " + K + "=" + V + "\n======= Secret Path =======\nsecret/data/workshop/" + slug + "\n"
    if style == "memorial_app_rails_initializer_rb":
        t = "# config/initializers/vendors.rb\nRails.application.configure do\n"
        if nb:
            t += "  config.x.vendors." + NK + " = \"" + NV + "\"\n"
        return t + "  config.x.vendors." + K + " = \"" + V + "\"\nend\n"
    if style == "valuation_app_csharp_const_class":
        t = "namespace Valuations.Config;\n\ninternal static class VendorKeys\n{\n"
        if nb:
            t += "    public const string " + NK + " = \"" + NV + "\";\n"
        return t + "    public const string " + K + " = \"" + V + "\";\n}\n"
    if style == "parts_shop_rust_const_rs":
        t = "// src/vendors.rs\n"
        if nb:
            t += "pub const " + NK + ": &str = \"" + NV + "\";\n"
        return t + "pub const " + K + ": &str = \"" + V + "\";\n"
    if style == "sweep_office_keepass_xml_export":
        user = NV if nb else ""
        return ("<Entry>\n  <String><Key>Title</Key><Value>" + style_key(key_words, "title") + "</Value></String>\n"
                "  <String><Key>UserName</Key><Value>" + user + "</Value></String>\n"
                "  <String><Key>Password</Key><Value>" + V + "</Value></String>\n"
                "  <String><Key>URL</Key><Value></Value></String>\n</Entry>\n")
    if style == "watch_workshop_whatsapp_paste":
        t = "[03/07/2024, 18:22:10] Rhys: for the new site –\n"
        if nb:
            t += "[03/07/2024, 18:22:31] Rhys: " + NK + " " + NV + "\n"
        return t + "[03/07/2024, 18:22:44] Rhys: " + K + " " + V + " \n[03/07/2024, 18:23:05] Sam: got it, deleting\n"
    if style == "repair_desk_gmail_draft":
        t = "Subject: keys for the new booking site\n\nHi Sam,\n\n"
        if nb:
            t += NK + ": " + NV + "\n"
        return t + K + ": " + V + "\n\nPlease delete this once it's in the vault.\nRhys\n"
    if style == "ops_gh_secret_set_history":
        t = ""
        if nb:
            t += "$ gh secret set " + NK + " --body \"" + NV + "\" --repo benchtime/rounds\n"
        return t + "$ gh secret set " + K + " --body \"" + V + "\" --repo benchtime/rounds\n✓ Set Actions secret " + K + " for benchtime/rounds\n"
    if style == "ops_kubectl_create_secret_history":
        n = (" --from-literal=" + NK + "=" + NV) if nb else ""
        return "$ kubectl -n workshop create secret generic " + slug + n + " --from-literal=" + K + "=" + V + "\nsecret/" + slug + " created\n"
    if style == "ops_heroku_config_set_history":
        n = (NK + "=" + NV + " ") if nb else ""
        return "$ heroku config:set " + n + K + "=" + V + " -a sweep-rounds\nSetting config vars and restarting ⬢ sweep-rounds... done\n"
    if style == "watch_app_python_settings_module":
        t = "# settings/vendors.py – loaded by settings/prod.py\n"
        if nb:
            t += NK + " = \"" + NV + "\"\n"
        return t + K + " = \"" + V + "\"\n"
    if style == "sweep_app_yaml_credentials_block":
        t = "vendors:\n  " + key_words[0] + ":\n"
        if nb:
            t += "    " + NK + ": " + NV + "\n"
        return t + "    " + K + ": \"" + V + "\"\n"
    if style == "workshop_ansible_vault_view_output":
        t = "$ ansible-vault view group_vars/all/vault.yml\nVault password: \n---\n"
        if nb:
            t += "vault_" + NK + ": " + NV + "\n"
        return t + "vault_" + K + ": \"" + V + "\"\n"
    raise ValueError(style)


def vendor_shape(entry):
    name, spec, nb, conf = entry
    if isinstance(spec, str):
        g, rx, desc = CUSTOM[spec]
        return (lambda rng: g(rng)), rx, desc
    return (lambda rng: spec_gen(spec, rng)), spec_re(spec), spec_desc(spec)


def key_words_for(name):
    return name.split("_")


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for i, entry in enumerate(VENDORS[:N_VENDOR]):
        name, spec, nb, conf = entry
        gen, rx, desc = vendor_shape(entry)
        value = reg.draw(lambda: gen(rng))
        nbv = None
        if nb:
            nbv = (nb[0], reg.draw(lambda: spec_gen(nb[1], rng)) if any(not isinstance(p, str) for p in nb[1]) else spec_gen(nb[1], rng))
        style, case = STYLES[i % len(STYLES)]
        tpl = render(style, case, key_words_for(name), nbv)
        text, s, e = place(tpl, value)
        recs.append(("vendor", name, name + "__" + style, text, value, s, e, None))
    return recs


def regexes():
    return {e[0]: vendor_shape(e)[1] for e in VENDORS[:N_VENDOR]}
