"""Vendor source: 120 vendor credential types used by photographers, labs and their developers."""
import base64
import json
import random
import re

from common238 import (ALPHA, ALPHA_DESC, HOSTS, USERS, MARK, rs, password, uuid4, rbytes, b64u_nopad, jwt_hs,
                       jwt_shaped, jwt_problem, key_name, split_marker, make_record, PW_WIDE, UUID_V4)

SEED = 23802

# ---- special frames -----------------------------------------------------------------


def _sentry_org(rng):
    payload = {"iat": 1760000000 + rng.randint(0, 9999999), "url": "https://sentry.io",
               "region_url": "https://de.sentry.io", "org": rng.choice(["silverhalide", "goldenhour", "fixerbath"])}
    b = base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode()
    return "sntrys_" + b + "_" + rs(rng, "b64", 43)


def _sentry_org_ok(v):
    m = re.fullmatch(r"sntrys_([A-Za-z0-9+/]+={0,2})_([A-Za-z0-9+/]{43})", v)
    if not m:
        return False
    try:
        d = json.loads(base64.b64decode(m.group(1)))
        return set(d) == {"iat", "url", "region_url", "org"}
    except Exception:
        return False


def _grafana_glc(rng):
    payload = {"o": str(rng.randint(100000, 999999)), "n": "studio-" + rs(rng, "lan", 6),
               "k": rs(rng, "an", 24), "m": {"r": rng.choice(["prod-eu-west-2", "prod-us-east-0"])}}
    return "glc_" + base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode()


def _grafana_glc_ok(v):
    if not re.fullmatch(r"glc_[A-Za-z0-9+/]{32,400}={0,2}", v):
        return False
    try:
        d = json.loads(base64.b64decode(v[4:]))
        return set(d) == {"o", "n", "k", "m"}
    except Exception:
        return False


def _jwt_rs256_mailerlite(rng):
    iat = 1760000000 + rng.randint(0, 9999999)
    return jwt_shaped(rng, "RS256", {"aud": "4", "jti": rs(rng, "hex", 80), "iat": iat, "nbf": iat,
                                     "sub": str(rng.randint(100000, 999999)), "scopes": []}, 256)


def _jwt_es256_calendly(rng):
    iat = 1760000000 + rng.randint(0, 9999999)
    return jwt_shaped(rng, "ES256", {"iss": "https://auth.calendly.com", "iat": iat, "jti": uuid4(rng),
                                     "user_uuid": uuid4(rng), "scope": "default"}, 64, kid=rs(rng, "hex", 8))


def _jwt_rs256_lemon(rng):
    iat = 1760000000 + rng.randint(0, 9999999)
    return jwt_shaped(rng, "RS256", {"aud": "1", "jti": rs(rng, "hex", 80),
                                     "iat": iat, "nbf": iat, "exp": iat + 31536000, "sub": str(rng.randint(10000, 99999)),
                                     "scopes": []}, 256)


def _jwt_hs256_supabase(rng):
    iat = 1760000000 + rng.randint(0, 9999999)
    return jwt_hs(rng, "HS256", {"iss": "supabase", "ref": rs(rng, "lo", 20), "role": "service_role",
                                 "iat": iat, "exp": iat + 315360000})


def _jwt_ok(prefix=""):
    def ok(v):
        return v.startswith(prefix) and jwt_problem(v[len(prefix):]) is None
    return ok


def _bitwarden(rng):
    return "0." + uuid4(rng) + "." + rs(rng, "an", 30) + ":" + base64.b64encode(rbytes(rng, 16)).decode()


def _bitwarden_ok(v):
    m = re.fullmatch(r"0\.([0-9a-f-]{36})\.[A-Za-z0-9]{30}:([A-Za-z0-9+/]{22}==)", v)
    return bool(m) and bool(UUID_V4.match(m.group(1))) and len(base64.b64decode(m.group(2))) == 16


SPECIAL = {
    "sentry_org": (_sentry_org, _sentry_org_ok, "`sntrys_` + standard Base64 of real JSON (`iat`, `url`, `region_url`, `org`) + `_` + 43 standard Base64 characters"),
    "grafana_glc": (_grafana_glc, _grafana_glc_ok, "`glc_` + standard Base64 of real JSON `{o, n, k, m: {r}}`"),
    "jwt_mailerlite": (_jwt_rs256_mailerlite, _jwt_ok(), "RS256-shaped JWT (real base64url JSON, random 256-byte signature)"),
    "jwt_calendly": (_jwt_es256_calendly, _jwt_ok(), "ES256-shaped JWT with `kid` (real base64url JSON, random 64-byte signature)"),
    "jwt_lemon": (_jwt_rs256_lemon, _jwt_ok(), "RS256-shaped JWT (real base64url JSON, random 256-byte signature)"),
    "jwt_supabase": (_jwt_hs256_supabase, _jwt_ok(), "real HS256 JWT with `role: service_role` (HMAC under a discarded key)"),
    "bitwarden": (_bitwarden, _bitwarden_ok, "`0.` + UUIDv4 + `.` + 30 alphanumerics + `:` + standard Base64 of 16 bytes"),
}

# ---- neighbours (public halves, unlabelled) ------------------------------------------


def _email(rng):
    return f"{rng.choice(USERS)}@{rng.choice(HOSTS)}"


NB = {
    "email": _email,
    "digits7": lambda r: rs(r, "dig", 7),
    "an32": lambda r: rs(r, "an", 32),
    "hex32": lambda r: rs(r, "hex", 32),
    "hex20": lambda r: rs(r, "hex", 20),
    "b64u43": lambda r: rs(r, "b64u", 43),
    "an16": lambda r: rs(r, "an", 16),
    "lan15": lambda r: rs(r, "lan", 15),
    "b2id": lambda r: "005" + rs(r, "hex", 22),
    "uan20": lambda r: rs(r, "uan", 20),
    "hex40": lambda r: rs(r, "hex", 40),
    "ttkey": lambda r: "aw" + rs(r, "lan", 14),
    "paypal_id": lambda r: "A" + rs(r, "b64u", 79),
    "ck": lambda r: "ck_" + rs(r, "hex", 40),
    "rzp": lambda r: "rzp_live_" + rs(r, "an", 14),
    "twsk": lambda r: "SK" + rs(r, "hex", 32),
    "hex8": lambda r: rs(r, "hex", 8),
    "plivo": lambda r: "MA" + rs(r, "uan", 18),
    "azhost": lambda r: f"https://{rng_word(r)}-openai.openai.azure.com/",
    "pklf": lambda r: "pk-lf-" + uuid4(r),
    "scw": lambda r: "SCW" + rs(r, "uan", 17),
    "do00": lambda r: "DO00" + rs(r, "uan", 16),
    "pve": lambda r: f"root@pam!{r.choice(['backup', 'ansible', 'monitor'])}",
    "uploadcare_pub": lambda r: rs(r, "hex", 20),
}


def rng_word(r):
    return r.choice(["studio", "halide", "oakgallery", "bloomlab"]) + str(r.randint(1, 9))


# name, category, provenance, spec, (neighbour words, neighbour kind) or None
P = "pw"
VENDORS = [
    # Photography trade: portals, galleries, labs, stock and image services
    ("pixieset_studio_account_password", "trade", "owner", [(P,)], (["pixieset", "email"], "email")),
    ("shootproof_studio_login_password", "trade", "owner", [(P,)], (["shootproof", "email"], "email")),
    ("pic_time_gallery_owner_password", "trade", "owner", [(P,)], (["pic", "time", "email"], "email")),
    ("honeybook_crm_login_password", "trade", "owner", [(P,)], (["honeybook", "email"], "email")),
    ("dubsado_studio_owner_password", "trade", "owner", [(P,)], (["dubsado", "email"], "email")),
    ("whcc_lab_ordering_password", "trade", "owner", [(P,)], (["whcc", "account", "number"], "digits7")),
    ("smugmug_oauth_api_secret", "trade", "guessed", [("hex", 64)], (["smugmug", "api", "key"], "an32")),
    ("flickr_api_shared_secret", "trade", "believed", [("hex", 16)], (["flickr", "api", "key"], "hex32")),
    ("zenfolio_api_access_token", "trade", "guessed", [("an", 40)], None),
    ("shootproof_oauth_client_secret", "trade", "guessed", [("an", 48)], (["shootproof", "client", "id"], "an32")),
    ("tave_studio_manager_api_key", "trade", "guessed", [("hex", 40)], None),
    ("sprout_studio_api_token", "trade", "guessed", [("an", 32)], None),
    ("adobe_io_client_secret", "trade", "read", ["p8e-", ("an", 32)], (["adobe", "client", "id"], "hex32")),
    ("unsplash_api_secret_key", "trade", "believed", [("b64u", 43)], (["unsplash", "access", "key"], "b64u43")),
    ("pexels_api_key", "trade", "believed", [("an", 56)], None),
    ("getty_images_api_secret", "trade", "guessed", [("an", 40)], (["getty", "api", "key"], "an32")),
    ("shutterstock_client_secret", "trade", "guessed", [("an", 16)], (["shutterstock", "client", "id"], "an32")),
    ("remove_bg_api_key", "trade", "believed", [("an", 24)], None),
    ("photoroom_api_key", "trade", "guessed", [("hex", 40)], None),
    ("imgix_management_api_key", "trade", "guessed", ["ak_", ("hex", 64)], None),
    ("imagekit_private_api_key", "trade", "believed", ["private_", ("b64", 28), "="], None),
    ("uploadcare_secret_key", "trade", "believed", [("hex", 20)], (["uploadcare", "public", "key"], "uploadcare_pub")),
    ("bunny_storage_zone_password", "trade", "guessed", [("uuid",), "-", ("hex", 4), "-", ("hex", 4)], None),
    ("backblaze_b2_application_key", "trade", "believed", ["K005", ("b64", 27)], (["b2", "key", "id"], "b2id")),
    ("wasabi_secret_access_key", "trade", "believed", [("uan", 40)], (["wasabi", "access", "key"], "uan20")),
    ("dropbox_app_secret", "trade", "read", [("lan", 15)], (["dropbox", "app", "key"], "lan15")),
    ("frameio_developer_token", "trade", "read", ["fio-u-", ("b64u", 64)], None),
    ("vimeo_oauth_client_secret", "trade", "guessed", [("b64", 128)], (["vimeo", "client", "id"], "hex40")),
    ("instagram_graph_long_lived_token", "trade", "believed", ["IGQWR", ("b64u", 180)], None),
    ("pinterest_api_access_token", "trade", "guessed", ["pina_", ("uan", 96)], None),
    ("tiktok_developer_client_secret", "trade", "guessed", [("an", 32)], (["tiktok", "client", "key"], "ttkey")),
    ("mailerlite_api_token", "trade", "believed", [("fn", "jwt_mailerlite")], None),
    ("kit_convertkit_api_secret", "trade", "guessed", [("b64u", 43)], None),
    ("calendly_personal_access_token", "trade", "believed", [("fn", "jwt_calendly")], None),
    ("prodigi_print_api_key", "trade", "guessed", [("uuid",)], None),
    ("whcc_oauth_consumer_secret", "trade", "guessed", [("an", 32)], (["whcc", "consumer", "key"], "an32")),
    ("zapier_catch_hook_url", "trade", "believed", ["https://hooks.zapier.com/hooks/catch/", ("dig", 8), "/", ("lan", 6), "/"], None),
    ("make_scenario_webhook_url", "trade", "believed", ["https://hook.eu2.make.com/", ("lan", 32)], None),
    ("ifttt_webhooks_key", "trade", "believed", [("b64u", 22)], None),
    # Commerce, payments and shipping
    ("stripe_restricted_live_key", "commerce", "read", ["rk_live_51", ("an", 97)], None),
    ("paypal_rest_client_secret", "commerce", "believed", ["E", ("b64u", 79)], (["paypal", "client", "id"], "paypal_id")),
    ("square_production_access_token", "commerce", "read", ["EAAA", ("b64u", 60)], None),
    ("lemon_squeezy_api_key", "commerce", "believed", [("fn", "jwt_lemon")], None),
    ("paddle_billing_api_key", "commerce", "believed", ["pdl_live_apikey_", ("ulid", 26), "_", ("an", 22), "_", ("uan", 3)], None),
    ("woocommerce_rest_consumer_secret", "commerce", "believed", ["cs_", ("hex", 40)], (["woocommerce", "consumer", "key"], "ck")),
    ("shopify_private_app_password", "commerce", "read", ["shppa_", ("hex", 32)], None),
    ("shopify_app_client_shared_secret", "commerce", "read", ["shpss_", ("hex", 32)], None),
    ("mollie_live_api_key", "commerce", "believed", ["live_", ("an", 30)], None),
    ("adyen_webhook_hmac_key", "commerce", "believed", [("HEX", 64)], None),
    ("razorpay_key_secret", "commerce", "believed", [("an", 24)], (["razorpay", "key", "id"], "rzp")),
    ("wise_personal_api_token", "commerce", "believed", [("uuid",)], None),
    ("easypost_production_api_key", "commerce", "read", ["EZAK", ("lan", 54)], None),
    ("shippo_live_api_token", "commerce", "read", ["shippo_live_", ("hex", 40)], None),
    ("lob_live_secret_api_key", "commerce", "read", ["live_", ("hex", 35)], None),
    # Messaging and e-mail
    ("twilio_api_key_secret", "messaging", "believed", [("an", 32)], (["twilio", "api", "key", "sid"], "twsk")),
    ("sendgrid_mail_send_api_key", "messaging", "read", ["SG.", ("b64u", 22), ".", ("b64u", 43)], None),
    ("postmark_server_api_token", "messaging", "believed", [("uuid",)], None),
    ("mailjet_api_secret_key", "messaging", "believed", [("hex", 32)], (["mailjet", "api", "key"], "hex32")),
    ("whatsapp_cloud_system_user_token", "messaging", "believed", ["EAA", ("an", 190)], None),
    ("vonage_api_secret", "messaging", "believed", [("an", 16)], (["vonage", "api", "key"], "hex8")),
    ("plivo_auth_token", "messaging", "believed", [("an", 40)], (["plivo", "auth", "id"], "plivo")),
    ("slack_app_level_token", "messaging", "read", ["xapp-1-A", ("uan", 10), "-", ("dig", 13), "-", ("hex", 64)], None),
    ("slack_user_oauth_token", "messaging", "read", ["xoxp-", ("dig", 10), "-", ("dig", 13), "-", ("dig", 13), "-", ("hex", 32)], None),
    ("discord_channel_webhook_url", "messaging", "believed", ["https://discord.com/api/webhooks/", ("dig", 19), "/", ("b64u", 68)], None),
    ("teams_incoming_webhook_url", "messaging", "read", ["https://silverhalide.webhook.office.com/webhookb2/", ("uuid",), "@", ("uuid",),
                                                         "/IncomingWebhook/", ("hex", 32), "/", ("uuid",)], None),
    ("pushbullet_access_token", "messaging", "believed", ["o.", ("an", 32)], None),
    ("ntfy_access_token", "messaging", "believed", ["tk_", ("lan", 29)], None),
    ("mailgun_webhook_signing_key", "messaging", "read", [("hex", 32), "-", ("hex", 8), "-", ("hex", 8)], None),
    # AI services
    ("openai_admin_api_key", "ai", "read", ["sk-admin-", ("b64u", 74), "T3BlbkFJ", ("b64u", 74)], None),
    ("openai_service_account_key", "ai", "read", ["sk-svcacct-", ("b64u", 74), "T3BlbkFJ", ("b64u", 74)], None),
    ("anthropic_admin_api_key", "ai", "read", ["sk-ant-admin01-", ("b64u", 93), "AA"], None),
    ("mistral_api_key", "ai", "believed", [("an", 32)], None),
    ("cohere_production_api_key", "ai", "read", [("an", 40)], None),
    ("deepseek_api_key", "ai", "believed", ["sk-", ("hex", 32)], None),
    ("xai_grok_api_key", "ai", "believed", ["xai-", ("an", 80)], None),
    ("openrouter_api_key", "ai", "believed", ["sk-or-v1-", ("hex", 64)], None),
    ("fal_ai_api_key", "ai", "believed", [("uuid",), ":", ("hex", 32)], None),
    ("elevenlabs_api_key", "ai", "believed", ["sk_", ("hex", 48)], None),
    ("deepgram_api_key", "ai", "believed", [("hex", 40)], None),
    ("assemblyai_api_key", "ai", "believed", [("hex", 32)], None),
    ("azure_openai_api_key", "ai", "believed", [("hex", 32)], (["azure", "openai", "endpoint"], "azhost")),
    ("langfuse_secret_key", "ai", "believed", ["sk-lf-", ("uuid",)], (["langfuse", "public", "key"], "pklf")),
    # Developer and data services
    ("github_app_installation_token", "dev", "read", ["ghs_", ("an", 36)], None),
    ("github_app_refresh_token", "dev", "read", ["ghr_", ("an", 36)], None),
    ("gitlab_pipeline_trigger_token", "dev", "read", ["glptt-", ("hex", 40)], None),
    ("gitlab_runner_auth_token", "dev", "read", ["glrt-", ("b64u", 20)], None),
    ("atlassian_cloud_api_token", "dev", "read", ["ATATT3xFfGF0", ("b64u", 171), "=", ("HEX", 8)], None),
    ("pypi_project_upload_token", "dev", "read", ["pypi-AgEIcHlwaS5vcmc", ("b64u", 120)], None),
    ("rubygems_push_api_key", "dev", "read", ["rubygems_", ("hex", 48)], None),
    ("docker_hub_access_token", "dev", "believed", ["dckr_pat_", ("b64u", 27)], None),
    ("netlify_personal_access_token", "dev", "believed", ["nfp_", ("an", 36)], None),
    ("railway_project_token", "dev", "believed", [("uuid",)], None),
    ("supabase_service_role_jwt", "dev", "believed", [("fn", "jwt_supabase")], None),
    ("neon_api_key", "dev", "believed", ["napi_", ("lan", 64)], None),
    ("postman_api_key", "dev", "read", ["PMAK-", ("hex", 24), "-", ("hex", 34)], None),
    ("sentry_org_auth_token", "dev", "read", [("fn", "sentry_org")], None),
    ("doppler_personal_token", "dev", "read", ["dp.pt.", ("an", 43)], None),
    ("terraform_cloud_user_token", "dev", "read", [("lan", 14), ".atlasv1.", ("b64u", 67)], None),
    ("vault_service_token", "dev", "read", ["hvs.", ("b64u", 95)], None),
    ("grafana_cloud_access_token", "dev", "read", [("fn", "grafana_glc")], None),
    ("grafana_service_account_token", "dev", "read", ["glsa_", ("an", 32), "_", ("hex", 8)], None),
    ("new_relic_user_api_key", "dev", "read", ["NRAK-", ("uan", 27)], None),
    ("posthog_personal_api_key", "dev", "believed", ["phx_", ("an", 43)], None),
    ("pagerduty_rest_api_key", "dev", "believed", ["u+", ("b64u", 18)], None),
    ("opsgenie_api_key", "dev", "believed", [("uuid",)], None),
    ("launchdarkly_server_sdk_key", "dev", "believed", ["sdk-", ("uuid",)], None),
    ("rollbar_project_access_token", "dev", "believed", [("hex", 32)], None),
    # Cloud, storage and ops
    ("azure_entra_client_secret", "cloud", "read", [("an", 3), ("dig", 1), "Q~", ("b64u", 34)], None),
    ("google_oauth_refresh_token", "cloud", "believed", ["1//0", ("let", 1), ("b64u", 98)], None),
    ("scaleway_secret_key", "cloud", "believed", [("uuid",)], (["scaleway", "access", "key"], "scw")),
    ("ovhcloud_application_secret", "cloud", "believed", [("an", 32)], (["ovh", "application", "key"], "an16")),
    ("vultr_api_key", "cloud", "believed", [("uan", 36)], None),
    ("cloudflare_origin_ca_key", "cloud", "read", ["v1.0-", ("hex", 24), "-", ("hex", 146)], None),
    ("cloudflare_global_api_key", "cloud", "read", [("hex", 37)], (["cloudflare", "email"], "email")),
    ("tailscale_auth_key", "cloud", "believed", ["tskey-auth-k", ("an", 11), "CNTRL-", ("an", 33)], None),
    ("ngrok_authtoken", "cloud", "believed", ["2", ("an", 26), "_", ("an", 21)], None),
    ("digitalocean_spaces_secret_key", "cloud", "believed", [("b64", 43)], (["spaces", "access", "key"], "do00")),
    ("portainer_api_access_token", "cloud", "believed", ["ptr_", ("b64u", 43)], None),
    ("proxmox_api_token_secret", "cloud", "believed", [("uuid",)], (["proxmox", "token", "id"], "pve")),
    ("bitwarden_sm_access_token", "cloud", "believed", [("fn", "bitwarden")], None),
]
SET_ASIDE = [
    ("imagen_ai_api_key", "shape unknown; AI editing is covered by the Photoroom and remove.bg keys"),
    ("flodesk_api_key", "shape unknown; e-mail marketing is covered by MailerLite, Kit and Mailjet"),
    ("checkout_com_secret_key", "current key layout not remembered; card payments are covered by Stripe, Square, PayPal and Mollie"),
    ("roboflow_private_api_key", "shape guessed; vision AI is marginal for a studio"),
    ("runway_api_secret", "shape unknown; generative video is marginal for a studio"),
    ("infisical_service_token", "segment layout only half remembered; secret managers covered by Doppler, Vault and Bitwarden"),
    ("upstash_redis_rest_token", "shape unknown (a long base64 token)"),
    ("smugmug_oauth_access_token", "one SmugMug credential is enough"),
    ("gitlab_feed_token", "two GitLab shapes (trigger and runner tokens) are enough"),
    ("github_user_to_server_token", "same `gh?_` + 36 frame as the kept installation and refresh tokens"),
    ("healthchecks_io_api_key", "bare 32 alphanumerics duplicates Mistral and OVHcloud"),
]
assert len(VENDORS) == 120, len(VENDORS)
VENDOR_NAMES = [v[0] for v in VENDORS]
CATEGORY_TITLES = {
    "trade": "Photography trade: client galleries, studio CRMs, labs, stock, image and social services",
    "commerce": "Commerce, payments and shipping",
    "messaging": "Messaging and e-mail",
    "ai": "AI services",
    "dev": "Developer and data services",
    "cloud": "Cloud, storage and ops",
}
PROV_TEXT = {"read": "read this session in the public gitleaks rule file", "believed": "believed from memory",
             "guessed": "guessed (length and alphabet only)", "owner": "owner-chosen password"}


def words_of(name):
    return name.split("_")


def gen(spec, rng):
    out = []
    for part in spec:
        if isinstance(part, str):
            out.append(part)
        elif part[0] == "pw":
            out.append(password(rng))
        elif part[0] == "uuid":
            out.append(uuid4(rng))
        elif part[0] == "fn":
            out.append(SPECIAL[part[1]][0](rng))
        else:
            out.append(rs(rng, part[0], part[1]))
    return "".join(out)


def spec_regex(spec):
    rx = []
    for part in spec:
        if isinstance(part, str):
            rx.append(re.escape(part))
        elif part[0] == "pw":
            rx.append(PW_WIDE.pattern.strip("^$"))
        elif part[0] == "uuid":
            rx.append(UUID_V4.pattern.strip("^$"))
        elif part[0] == "fn":
            return None
        else:
            rx.append("[" + re.escape(ALPHA[part[0]]) + "]{" + str(part[1]) + "}")
    return re.compile("^" + "".join(rx) + "$")


def spec_ok(spec, value):
    if len(spec) == 1 and not isinstance(spec[0], str) and spec[0][0] == "fn":
        return SPECIAL[spec[0][1]][1](value)
    return bool(spec_regex(spec).match(value))


def spec_desc(spec):
    parts = []
    for part in spec:
        if isinstance(part, str):
            parts.append(f"`{part}`")
        elif part[0] == "pw":
            return "owner-chosen password"
        elif part[0] == "uuid":
            parts.append("UUIDv4")
        elif part[0] == "fn":
            parts.append(SPECIAL[part[1]][2])
        else:
            parts.append(f"{part[1]} {ALPHA_DESC[part[0]]}" if part[1] > 1 else f"1 {ALPHA_DESC[part[0]][:-1] if part[0] != 'dig' else 'digit'}")
    return " + ".join(parts)


# ---- styles -------------------------------------------------------------------------
STYLES = [
    ("studio_site_env_production", "upper"),
    ("gallery_app_compose_environment_map", "upper"),
    ("lab_ops_railway_variables_set_history", "upper"),
    ("lab_ops_netlify_env_set_history", "upper"),
    ("studio_ops_heroku_config_set_history", "upper"),
    ("studio_app_django_settings_constant", "upper"),
    ("gallery_app_go_config_struct_literal", "pascal"),
    ("lab_app_quarkus_properties", "dot"),
    ("studio_app_swift_secrets_enum", "camel"),
    ("gallery_app_typescript_secrets_ts", "camel"),
    ("lab_ops_k8s_secret_stringdata_yaml", "snake"),
    ("lab_ops_ansible_vault_view_output", "snake"),
    ("studio_owner_imessage_to_developer", "spaced"),
    ("wedding_team_slack_dm_paste", "spaced"),
    ("studio_bitwarden_csv_export", "title"),
    ("lab_ops_aws_secretsmanager_get_value_output", "snake"),
]


def render(style, case, key, value, nb, rng):
    """Return (prefix, suffix). nb is (neighbour key, neighbour value) or None."""
    host = rng.choice(HOSTS)
    user = rng.choice(USERS)
    nk, nv = nb if nb else (None, None)
    if style == "studio_site_env_production":
        head = "# .env.production - studio site\nAPP_ENV=production\n"
        if nb:
            head += f"{nk}={nv}\n"
        return head + f"{key}=", "\nLOG_LEVEL=warning\n"
    if style == "gallery_app_compose_environment_map":
        head = f"services:\n  gallery:\n    image: registry.{host}/gallery:{rng.randint(1, 9)}.{rng.randint(0, 20)}\n    environment:\n      TZ: Europe/London\n"
        if nb:
            head += f"      {nk}: \"{nv}\"\n"
        return head + f"      {key}: \"", "\"\n    restart: unless-stopped\n"
    if style == "lab_ops_railway_variables_set_history":
        head = f"$ railway link --project lab-intake\n"
        if nb:
            head += f"$ railway variables --set \"{nk}={nv}\"\n"
        return head + f"$ railway variables --set \"{key}=", "\"\n$ railway up --detach\n"
    if style == "lab_ops_netlify_env_set_history":
        head = "~/gallery-site $ netlify link\n"
        if nb:
            head += f"~/gallery-site $ netlify env:set {nk} {nv}\n"
        return head + f"~/gallery-site $ netlify env:set {key} ", f"\nSet environment variable {key}=*** for project gallery-site\n"
    if style == "studio_ops_heroku_config_set_history":
        app = rng.choice(["studio-booking", "proofing-prod", "lab-orders"])
        head = ""
        if nb:
            head = f"heroku config:set {nk}={nv} -a {app}\n"
        return head + f"heroku config:set {key}=", f" -a {app}\nSetting {key} and restarting {app}... done\n"
    if style == "studio_app_django_settings_constant":
        head = "# studio/settings/production.py\nimport os\n\n"
        if nb:
            head += f"{nk} = \"{nv}\"\n"
        return head + f"{key} = os.environ.get(\"{key}\", \"", "\")\n"
    if style == "gallery_app_go_config_struct_literal":
        head = "var cfg = Config{\n\tListen: \":8080\",\n"
        if nb:
            head += f"\t{nk}: \"{nv}\",\n"
        return head + f"\t{key}: \"", "\",\n}\n"
    if style == "lab_app_quarkus_properties":
        head = "quarkus.http.port=8080\n"
        if nb:
            head += f"{nk}={nv}\n"
        return head + f"{key}=", "\nquarkus.log.level=INFO\n"
    if style == "studio_app_swift_secrets_enum":
        head = "enum StudioSecrets {\n"
        if nb:
            head += f"    static let {nk} = \"{nv}\"\n"
        return head + f"    static let {key} = \"", "\"\n}\n"
    if style == "gallery_app_typescript_secrets_ts":
        head = "// src/server/secrets.ts\n"
        if nb:
            head += f"export const {nk} = '{nv}';\n"
        return head + f"export const {key} = '", "';\n"
    if style == "lab_ops_k8s_secret_stringdata_yaml":
        head = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: lab-integrations\ntype: Opaque\nstringData:\n"
        if nb:
            head += f"  {nk}: \"{nv}\"\n"
        return head + f"  {key}: \"", "\"\n"
    if style == "lab_ops_ansible_vault_view_output":
        head = "$ ansible-vault view group_vars/lab/vault.yml\nVault password: \n---\n"
        if nb:
            head += f"vault_{nk}: \"{nv}\"\n"
        return head + f"vault_{key}: \"", "\"\n"
    if style == "studio_owner_imessage_to_developer":
        head = "iMessage  Today " + f"{rng.randint(8, 21)}:{rng.randint(10, 59)}\n"
        if nb:
            head += f"{nk}: {nv}\n"
        return head + f"here's the {key} you asked for: ", "\nlet me know when the gallery sync works again\n"
    if style == "wedding_team_slack_dm_paste":
        head = f"{user}  {rng.randint(8, 21)}:{rng.randint(10, 59)} PM\n"
        if nb:
            head += f"{nk} is {nv}\n"
        return head + f"and the {key} is ", "\nplease put it in the vault, not in the channel\n"
    if style == "studio_bitwarden_csv_export":
        head = "folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n"
        uname = nv if nb else "api"
        return head + f"Studio,,login,{key},,,0,https://{host},{uname},", ",\n"
    if style == "lab_ops_aws_secretsmanager_get_value_output":
        acct = rs(rng, "dig", 12)
        inner = ""
        if nb:
            inner = f"\\\"{nk}\\\":\\\"{nv}\\\","
        head = ("{\n    \"ARN\": \"arn:aws:secretsmanager:eu-west-2:" + acct + ":secret:lab/integrations-" + rs(rng, "an", 6) +
                "\",\n    \"Name\": \"lab/integrations\",\n    \"VersionId\": \"" + uuid4(rng) + "\",\n    \"SecretString\": \"{" +
                inner + f"\\\"{key}\\\":\\\"")
        return head, "\\\"}\",\n    \"VersionStages\": [\"AWSCURRENT\"]\n}\n"
    raise ValueError(style)


def generate(reg, next_id):
    rng = random.Random(SEED)
    recs = []
    meta = []
    for i, (name, cat, prov, spec, nbspec) in enumerate(VENDORS):
        style, case = STYLES[i % len(STYLES)]
        value = reg.draw(lambda: gen(spec, rng))
        nb = None
        if nbspec:
            nwords, nkind = nbspec
            nval = reg.draw(lambda: NB[nkind](rng), secret=False)
            nb = (key_name(nwords, case, dot_prefix="lab"), nval)
        key = key_name(words_of(name), case, dot_prefix="lab")
        pre, suf = render(style, case, key, value, nb, rng)
        recs.append(make_record(next_id(), name, f"{name}__{style}", pre, value, suf, "vendor"))
    return recs
