"""Vendor source: 120 vendor credential types used around escape rooms, each in one style."""
import base64
import json
import random
import re

from common232 import (MARK, ALNUM, LALNUM, UALNUM, HEXL, HEXU, B64U, B64S, DIGITS, LOWER, UPPER,
                       rs, uuid4, rbytes, b64, b64u_nopad, jwt_make, owner_password, style_key, place)

SEED = 23202

# part kinds: literal string or (class, n)
CLASSES = {"an": ALNUM, "lan": LALNUM, "uan": UALNUM, "hex": HEXL, "HEX": HEXU, "b64u": B64U,
           "b64": B64S, "dig": DIGITS, "low": LOWER, "up": UPPER, "let": LOWER + UPPER}
CLASS_RE = {"an": "[A-Za-z0-9]", "lan": "[a-z0-9]", "uan": "[A-Z0-9]", "hex": "[0-9a-f]",
            "HEX": "[0-9A-F]", "b64u": "[A-Za-z0-9_-]", "b64": "[A-Za-z0-9+/]", "dig": "[0-9]",
            "low": "[a-z]", "up": "[A-Z]", "let": "[A-Za-z]"}
CLASS_WORD = {"an": "alphanumerics", "lan": "lower-case alphanumerics", "uan": "upper-case alphanumerics",
              "hex": "lower-case hex", "HEX": "upper-case hex", "b64u": "base64url", "b64": "standard Base64 characters",
              "dig": "digits", "low": "lower-case letters", "up": "upper-case letters", "let": "letters"}
UUID_PAT = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"


def spec_gen(spec, rng):
    out = []
    for p in spec:
        if isinstance(p, str):
            out.append(p)
        elif p[0] == "uuid":
            out.append(uuid4(rng))
        elif p[0] == "UUID":
            out.append(uuid4(rng).upper())
        else:
            out.append(rs(rng, CLASSES[p[0]], p[1]))
    return "".join(out)


def spec_re(spec):
    out = []
    for p in spec:
        if isinstance(p, str):
            out.append(re.escape(p))
        elif p[0] == "uuid":
            out.append(UUID_PAT)
        elif p[0] == "UUID":
            out.append(UUID_PAT.upper().replace("A-F", "A-F"))
        else:
            out.append("%s{%d}" % (CLASS_RE[p[0]], p[1]))
    return "^" + "".join(out) + "$"


def spec_words(spec):
    out = []
    for p in spec:
        if isinstance(p, str):
            out.append("`%s`" % p)
        elif p[0] in ("uuid", "UUID"):
            out.append("UUIDv4" + (" (upper-case)" if p[0] == "UUID" else ""))
        else:
            out.append("%d %s" % (p[1], CLASS_WORD[p[0]]))
    return " + ".join(out)


# ---- special generators (value, regex/frame check, description)
def g_jwt_rs(rng, payload_fn, prefix=""):
    def f(r):
        return prefix + jwt_make(r, {"alg": "RS256", "typ": "JWT", "kid": rs(r, B64U, 10)}, payload_fn(r), 256)
    return f


def g_jwt_hs256(payload_fn):
    def f(r):
        return jwt_make(r, {"alg": "HS256", "typ": "JWT"}, payload_fn(r), 32, key=rbytes(r, 32))
    return f


def g_jwt_eddsa(payload_fn):
    def f(r):
        return jwt_make(r, {"alg": "EdDSA", "typ": "JWT"}, payload_fn(r), 64)
    return f


def g_teams(r):
    return ("https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s"
            % (rs(r, LALNUM, 10), uuid4(r), uuid4(r), rs(r, HEXL, 32), uuid4(r)))


def g_discord_hook(r):
    return "https://discord.com/api/webhooks/%s/%s" % (rs(r, "123456789", 1) + rs(r, DIGITS, 18), rs(r, B64U, 68))


def g_gchat(r):
    return ("https://chat.googleapis.com/v1/spaces/AAAA%s/messages?key=AIzaSy%s&token=%s"
            % (rs(r, B64U, 7), rs(r, B64U, 33), rs(r, B64U, 43)))


def g_glc(r):
    j = {"o": str(r.randint(100000, 999999)), "n": "hunt-metrics-" + rs(r, LALNUM, 6),
         "k": rs(r, ALNUM, 24), "m": {"r": "prod-eu-west-2"}}
    return "glc_" + b64(json.dumps(j, separators=(",", ":")).encode())


def g_mapbox_sk(r):
    j = {"u": "lockstep-" + rs(r, LOWER, 5), "a": rs(r, LALNUM, 25)}
    return "sk." + b64u_nopad(json.dumps(j, separators=(",", ":")).encode()) + "." + rs(r, ALNUM, 22)


def g_bitwarden(r):
    return "0.%s.%s:%s==" % (uuid4(r), rs(r, ALNUM, 30), rs(r, B64S, 22))


def g_gmaps_sign(r):
    return base64.urlsafe_b64encode(rbytes(r, 20)).decode()


def g_atlassian(r):
    return "ATATT3xFfGF0" + rs(r, B64U, 171) + "=" + rs(r, HEXU, 8)


def g_vault(r):
    return "hvs.CAESI" + rs(r, B64U, 87)


def g_pypi(r):
    return "pypi-AgEIcHlwaS5vcmc" + rs(r, B64U, 140)


def g_fcm(r):
    return "AAAA" + rs(r, B64U, 7) + ":APA91b" + rs(r, B64U, 134)


def g_tailscale(r):
    return "tskey-auth-k" + rs(r, ALNUM, 11) + "CNTRL-" + rs(r, ALNUM, 33)


def g_ngrok(r):
    return "2" + rs(r, ALNUM, 26) + "_" + rs(r, ALNUM, 21)


def g_azure(r):
    return rs(r, ALNUM, 3) + rs(r, DIGITS, 1) + "Q~" + rs(r, ALNUM + "_~.-", 34)


def g_linechan(r):
    return rs(r, B64S, 171) + "="


SPECIAL_RE = {
    "teams": r"^https://[a-z0-9]+\.webhook\.office\.com/webhookb2/%s@%s/IncomingWebhook/[0-9a-f]{32}/%s$" % (UUID_PAT, UUID_PAT, UUID_PAT),
    "discord_hook": r"^https://discord\.com/api/webhooks/[1-9][0-9]{18}/[A-Za-z0-9_-]{68}$",
    "gchat": r"^https://chat\.googleapis\.com/v1/spaces/AAAA[A-Za-z0-9_-]{7}/messages\?key=AIzaSy[A-Za-z0-9_-]{33}&token=[A-Za-z0-9_-]{43}$",
    "glc": r"^glc_[A-Za-z0-9+/]{32,400}={0,3}$",
    "mapbox_sk": r"^sk\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9]{22}$",
    "bitwarden": r"^0\.%s\.[A-Za-z0-9]{30}:[A-Za-z0-9+/]{22}==$" % UUID_PAT,
    "gmaps_sign": r"^[A-Za-z0-9_-]{27}=$",
    "atlassian": r"^ATATT3xFfGF0[A-Za-z0-9_-]{171}=[0-9A-F]{8}$",
    "vault": r"^hvs\.CAESI[A-Za-z0-9_-]{87}$",
    "pypi": r"^pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{140}$",
    "fcm": r"^AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}$",
    "tailscale": r"^tskey-auth-k[A-Za-z0-9]{11}CNTRL-[A-Za-z0-9]{33}$",
    "ngrok": r"^2[A-Za-z0-9]{26}_[A-Za-z0-9]{21}$",
    "azure": r"^[A-Za-z0-9]{3}[0-9]Q~[A-Za-z0-9_~.-]{34}$",
    "linechan": r"^[A-Za-z0-9+/]{171}=$",
    "jwt_rs": r"^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{342}$",
    "ist_jwt_rs": r"^IST\.eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{342}$",
    "jwt_hs256": r"^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$",
    "jwt_eddsa": r"^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}$",
    "pw": r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$",
}


def _iat(r):
    return 1750000000 + r.randint(0, 20000000)


SPECIAL_GEN = {
    "teams": g_teams, "discord_hook": g_discord_hook, "gchat": g_gchat, "glc": g_glc,
    "mapbox_sk": g_mapbox_sk, "bitwarden": g_bitwarden, "gmaps_sign": g_gmaps_sign,
    "atlassian": g_atlassian, "vault": g_vault, "pypi": g_pypi, "fcm": g_fcm, "tailscale": g_tailscale,
    "ngrok": g_ngrok, "azure": g_azure, "linechan": g_linechan,
    "pw": lambda r: owner_password(r),
}
SPECIAL_DESC = {
    "teams": "whole Teams incoming-webhook URL (`https://<tenant>.webhook.office.com/webhookb2/<uuid>@<uuid>/IncomingWebhook/<32 hex>/<uuid>`; the URL is the credential)",
    "discord_hook": "whole Discord webhook URL (19-digit id + `/` + 68 base64url token; the URL is the credential)",
    "gchat": "whole Google Chat space webhook URL (`key=AIzaSy…` + `token=` 43 base64url; the URL is the credential)",
    "glc": "`glc_` + standard Base64 of real JSON (`o`, `n`, `k`, `m.r`)",
    "mapbox_sk": "`sk.` + base64url of real JSON (`u`, `a`) + `.` + 22 alphanumerics",
    "bitwarden": "`0.` + UUIDv4 + `.` + 30 alphanumerics + `:` + 22 standard Base64 characters + `==`",
    "gmaps_sign": "base64url of 20 random bytes with its `=` pad (28 characters)",
    "atlassian": "`ATATT3xFfGF0` + 171 base64url + `=` + 8 upper-case hex",
    "vault": "`hvs.CAESI` + 87 base64url",
    "pypi": "`pypi-AgEIcHlwaS5vcmc` + 140 base64url",
    "fcm": "`AAAA` + 7 base64url + `:APA91b` + 134 base64url",
    "tailscale": "`tskey-auth-k` + 11 alphanumerics + `CNTRL-` + 33 alphanumerics",
    "ngrok": "`2` + 26 alphanumerics + `_` + 21 alphanumerics",
    "azure": "3 alphanumerics + 1 digit + `Q~` + 34 characters of [A-Za-z0-9_~.-]",
    "linechan": "171 standard Base64 characters + `=`",
    "pw": "owner-chosen password",
}

H = ["lockstep-escapes.example", "cipherhall-rooms.example", "lanternworks-theatre.example", "midnight-hunt.example"]

# (type, category, spec-or-special, neighbour words, neighbour spec, extra note)
# category: read / believed / guessed / owner
VENDORS = [
    # ---- owner-chosen passwords of the trade's own portals and devices
    ("morty_venue_owner_password", "owner", "pw", "morty owner email", "email", ""),
    ("tripadvisor_owner_centre_password", "owner", "pw", "tripadvisor property id", [("dig", 8)], ""),
    ("bookeo_staff_login_password", "owner", "pw", "bookeo staff login", "login", ""),
    ("hikvision_room_camera_admin_password", "owner", "pw", "camera serial", ["DS-2CD2143G2-I", ("uan", 9)], ""),
    ("unifi_network_controller_password", "owner", "pw", "unifi admin username", "login", ""),
    ("mikrotik_venue_router_password", "owner", "pw", "router identity", ["venue-rtr-", ("dig", 2)], ""),
    ("bitfocus_companion_admin_password", "owner", "pw", "companion host", "host", ""),
    ("hivemq_cloud_broker_password", "owner", "pw", "hivemq broker username", "login", ""),
    # ---- escape-room booking, ticketing and listings (guessed)
    ("bookeo_api_secret_key", "guessed", [("an", 32)], "bookeo api key", [("uan", 40)], ""),
    ("resova_api_key", "guessed", [("an", 40)], None, None, ""),
    ("xola_seller_api_key", "guessed", [("b64u", 32)], None, None, ""),
    ("fareharbor_user_api_key", "guessed", [("uuid",)], "fareharbor app key", [("uuid",)], ""),
    ("checkfront_api_secret", "guessed", [("hex", 64)], "checkfront api key", [("hex", 40)], ""),
    ("peek_pro_partner_api_key", "guessed", [("lan", 40)], None, None, ""),
    ("rezdy_api_key", "guessed", [("hex", 32)], None, None, ""),
    ("regiondo_private_key", "guessed", [("hex", 32)], "regiondo public key", [("hex", 32)], ""),
    ("bokun_secret_key", "guessed", [("hex", 32)], "bokun access key", [("hex", 32)], ""),
    ("tripadvisor_content_api_key", "guessed", [("HEX", 32)], None, None, ""),
    ("morty_partner_api_key", "guessed", [("b64u", 48)], None, None, ""),
    ("ticket_tailor_api_key", "guessed", ["sk_", ("dig", 4), "_", ("dig", 6), "_", ("hex", 32)], None, None, ""),
    ("tito_admin_api_token", "guessed", ["secret_live_", ("an", 20)], None, None, ""),
    ("eventbrite_private_token", "believed", [("uan", 20)], None, None, ""),
    ("yelp_fusion_api_key", "believed", [("b64u", 128)], None, None, ""),
    # ---- props, devices, networks
    ("particle_device_cloud_access_token", "guessed", [("hex", 40)], None, None, ""),
    ("arduino_iot_cloud_client_secret", "guessed", [("an", 64)], "arduino client id", [("an", 32)], ""),
    ("blynk_device_auth_token", "believed", [("b64u", 32)], None, None, ""),
    ("zerotier_central_api_token", "believed", [("an", 32)], None, None, ""),
    ("tailscale_auth_key", "believed", "tailscale", None, None, ""),
    ("ngrok_agent_authtoken", "believed", "ngrok", None, None, ""),
    ("gotify_application_token", "guessed", ["A", ("an", 14)], None, None, ""),
    ("ntfy_access_token", "believed", ["tk_", ("lan", 29)], None, None, ""),
    ("pushbullet_access_token", "believed", ["o.", ("an", 32)], None, None, ""),
    # ---- payments and shop
    ("stripe_restricted_live_key", "believed", ["rk_live_51", ("an", 97)], None, None, ""),
    ("stripe_webhook_endpoint_secret", "believed", ["whsec_", ("an", 32)], None, None, ""),
    ("paypal_live_client_secret", "believed", ["E", ("b64u", 79)], "paypal client id", ["A", ("b64u", 79)], ""),
    ("square_production_access_token", "read", ["EAAA", ("b64u", 60)], None, None, ""),
    ("mollie_live_api_key", "believed", ["live_", ("an", 30)], None, None, ""),
    ("woocommerce_rest_consumer_secret", "believed", ["cs_", ("hex", 40)], "woocommerce consumer key", ["ck_", ("hex", 40)], ""),
    ("wix_headless_api_key", "believed", "ist_jwt_rs", None, None, ""),
    ("wise_personal_api_token", "believed", [("uuid",)], None, None, ""),
    ("lemon_squeezy_api_key", "believed", "jwt_rs", None, None, ""),
    ("shippo_live_api_token", "read", ["shippo_live_", ("hex", 40)], None, None, ""),
    ("easypost_production_api_key", "read", ["EZAK", ("an", 54)], None, None, ""),
    # ---- mail and marketing
    ("sendgrid_mail_send_api_key", "read", ["SG.", ("b64u", 22), ".", ("b64u", 43)], None, None, ""),
    ("postmark_server_api_token", "believed", [("uuid",)], None, None, ""),
    ("mailjet_api_secret_key", "believed", [("hex", 32)], "mailjet api key", [("hex", 32)], ""),
    ("activecampaign_api_token", "believed", [("hex", 72)], None, None, ""),
    ("mailerlite_api_token", "believed", "jwt_rs", None, None, ""),
    ("kit_convertkit_v4_api_key", "guessed", ["kit_", ("hex", 32)], None, None, ""),
    ("omnisend_api_key", "guessed", [("hex", 24), "-", ("an", 50)], None, None, ""),
    ("loops_so_api_key", "guessed", [("hex", 32)], None, None, ""),
    ("typeform_personal_access_token", "read", ["tfp_", ("b64u", 59)], None, None, ""),
    # ---- messaging and calls
    ("slack_user_oauth_token", "read", ["xoxp-", ("dig", 13), "-", ("dig", 13), "-", ("dig", 13), "-", ("hex", 32)], None, None, ""),
    ("microsoft_teams_incoming_webhook_url", "read", "teams", None, None, ""),
    ("discord_channel_webhook_url", "believed", "discord_hook", None, None, ""),
    ("discord_oauth2_client_secret", "read", [("b64u", 32)], "discord client id", [("dig", 18)], ""),
    ("google_chat_space_webhook_url", "believed", "gchat", None, None, ""),
    ("twilio_api_key_secret", "believed", [("an", 32)], "twilio api key sid", ["SK", ("hex", 32)], ""),
    ("vonage_api_secret", "believed", [("an", 16)], "vonage api key", [("hex", 8)], ""),
    ("plivo_auth_token", "believed", [("an", 40)], "plivo auth id", ["MA", ("uan", 18)], ""),
    ("clicksend_api_key", "guessed", [("UUID",)], "clicksend username", "login", ""),
    ("whatsapp_cloud_system_user_token", "believed", ["EAAG", ("an", 190)], "whatsapp phone number id", [("dig", 15)], ""),
    ("line_messaging_channel_access_token", "guessed", "linechan", None, None, ""),
    ("zoom_server_to_server_client_secret", "believed", [("an", 32)], "zoom client id", [("an", 22)], ""),
    ("calendly_personal_access_token", "believed", "jwt_hs256", None, None, ""),
    ("twitch_app_client_secret", "read", [("lan", 30)], "twitch client id", [("lan", 30)], ""),
    # ---- AI (narration voices, hint bots, puzzle generation)
    ("openai_admin_api_key", "read", ["sk-admin-", ("b64u", 58), "T3BlbkFJ", ("b64u", 58)], None, None, ""),
    ("anthropic_admin_api_key", "read", ["sk-ant-admin01-", ("b64u", 93), "AA"], None, None, ""),
    ("cohere_api_key", "read", [("an", 40)], None, None, ""),
    ("mistral_api_key", "believed", [("an", 32)], None, None, ""),
    ("deepseek_api_key", "believed", ["sk-", ("hex", 32)], None, None, ""),
    ("xai_grok_api_key", "believed", ["xai-", ("an", 80)], None, None, ""),
    ("openrouter_api_key", "believed", ["sk-or-v1-", ("hex", 64)], None, None, ""),
    ("elevenlabs_api_key", "believed", ["sk_", ("hex", 48)], None, None, ""),
    ("deepgram_api_key", "believed", [("hex", 40)], None, None, ""),
    ("assemblyai_api_key", "believed", [("hex", 32)], None, None, ""),
    ("runway_ml_api_secret", "guessed", ["key_", ("hex", 128)], None, None, ""),
    ("langfuse_secret_key", "believed", ["sk-lf-", ("uuid",)], "langfuse public key", ["pk-lf-", ("uuid",)], ""),
    # ---- developer and CI
    ("github_fine_grained_pat", "read", ["github_pat_11", ("uan", 20), "_", ("an", 59)], None, None, ""),
    ("github_app_installation_token", "read", ["ghs_", ("an", 36)], None, None, ""),
    ("gitlab_pipeline_trigger_token", "read", ["glptt-", ("hex", 40)], None, None, ""),
    ("gitlab_runner_authentication_token", "read", ["glrt-", ("b64u", 20)], None, None, ""),
    ("atlassian_cloud_api_token", "read", "atlassian", "atlassian account email", "email", ""),
    ("linear_personal_api_key", "read", ["lin_api_", ("an", 40)], None, None, ""),
    ("postman_api_key", "read", ["PMAK-", ("hex", 24), "-", ("hex", 34)], None, None, ""),
    ("docker_hub_personal_access_token", "believed", ["dckr_pat_", ("b64u", 27)], "docker hub username", "login", ""),
    ("pypi_project_upload_token", "read", "pypi", None, None, ""),
    ("terraform_cloud_user_token", "read", [("an", 14), ".atlasv1.", ("b64u", 67)], None, None, ""),
    ("vault_service_token", "read", "vault", None, None, ""),
    ("netlify_personal_access_token", "believed", ["nfp_", ("an", 36)], None, None, ""),
    ("supabase_service_role_key", "believed", "jwt_hs256", None, None, ""),
    ("railway_project_token", "guessed", [("uuid",)], None, None, ""),
    ("turso_database_auth_token", "believed", "jwt_eddsa", None, None, ""),
    ("firebase_cloud_messaging_server_key", "believed", "fcm", None, None, ""),
    ("frameio_developer_token", "read", ["fio-u-", ("b64u", 64)], None, None, ""),
    ("cloudinary_api_secret", "believed", [("b64u", 27)], "cloudinary api key", [("dig", 15)], ""),
    ("sanity_api_token", "guessed", ["sk", ("an", 180)], None, None, ""),
    # ---- cloud, storage, networking
    ("cloudflare_global_api_key", "read", [("hex", 37)], "cloudflare account email", "email", ""),
    ("cloudflare_r2_secret_access_key", "believed", [("hex", 64)], "r2 access key id", [("hex", 32)], ""),
    ("cloudflare_turnstile_secret_key", "guessed", ["0x4AAAAAAA", ("b64u", 25)], None, None, ""),
    ("backblaze_b2_application_key", "believed", ["K005", ("b64", 27)], "b2 key id", ["005", ("hex", 22)], ""),
    ("digitalocean_spaces_secret_key", "believed", [("b64", 43)], "spaces access key", ["DO00", ("uan", 16)], ""),
    ("vultr_api_key", "believed", [("uan", 36)], None, None, ""),
    ("mongodb_atlas_private_api_key", "believed", [("uuid",)], "atlas public key", [("low", 8)], ""),
    ("azure_ad_app_client_secret", "read", "azure", "azure client id", [("uuid",)], ""),
    ("okta_api_token", "read", ["00", ("b64u", 40)], None, None, ""),
    ("fastly_api_token", "read", [("b64u", 32)], None, None, ""),
    ("bitwarden_sm_access_token", "believed", "bitwarden", None, None, ""),
    ("google_maps_url_signing_secret", "believed", "gmaps_sign", "maps client id", ["gme-", ("low", 10)], ""),
    ("mapbox_secret_access_token", "believed", "mapbox_sk", None, None, ""),
    # ---- captcha, analytics, monitoring
    ("google_recaptcha_secret_key", "believed", ["6L", ("b64u", 38)], None, None, ""),
    ("hcaptcha_account_secret", "believed", ["0x", ("hex", 40)], None, None, ""),
    ("ga4_measurement_protocol_api_secret", "believed", [("b64u", 22)], "ga4 measurement id", ["G-", ("uan", 10)], ""),
    ("posthog_personal_api_key", "believed", ["phx_", ("an", 47)], None, None, ""),
    ("grafana_cloud_access_policy_token", "read", "glc", None, None, ""),
    ("grafana_service_account_token", "read", ["glsa_", ("an", 32), "_", ("hex", 8)], None, None, ""),
    ("new_relic_user_api_key", "read", ["NRAK-", ("uan", 27)], None, None, ""),
    ("rollbar_project_access_token", "believed", [("hex", 32)], None, None, ""),
    ("opsgenie_api_key", "believed", [("uuid",)], None, None, ""),
    ("pagerduty_rest_api_key", "guessed", [("b64u", 20)], None, None, ""),
    ("honeycomb_ingest_key", "guessed", ["hcaik_01", ("lan", 58)], None, None, ""),
    ("healthchecks_io_api_key", "guessed", [("b64u", 32)], None, None, ""),
    ("upstash_redis_rest_token", "guessed", ["A", ("b64", 59)], None, None, ""),
]
SET_ASIDE = {
    "sanity_api_token": "shape guessed (`sk` + 180 alphanumerics); content management is not a job of an escape-room site",
    "healthchecks_io_api_key": "shape guessed; monitoring is covered by Grafana, New Relic, Rollbar, Opsgenie and PagerDuty",
    "upstash_redis_rest_token": "shape guessed; data stores are covered by Supabase, Turso and MongoDB Atlas",
}

STYLES = [
    ("booking_site_env_production", "upper", "# .env.production\nNODE_ENV=production\n{NB}{K}={V}\n"),
    ("escape_ops_gh_secret_set_history", "upper", "$ gh auth status\n{NB}$ gh secret set {K} --repo lockstep/booking --body \"{V}\"\n✓ Set Actions secret {K} for lockstep/booking\n"),
    ("escape_ops_wrangler_secret_put_history", "upper", "{NB}$ printf '%s' '{V}' | npx wrangler secret put {K}\n🌀 Creating the secret for the Worker \"hunt-answers\"\n✨ Success!\n"),
    ("escape_ops_railway_variables_set_history", "upper", "{NB}$ railway variables --set \"{K}={V}\"\nSet variables {K}\n"),
    ("hunt_site_python_config_dict", "snake", "INTEGRATIONS = {\n{NB}    \"{K}\": \"{V}\",\n    \"timeout\": 10,\n}\n"),
    ("gm_console_rust_config_toml", "snake", "[integrations]\n{NB}{K} = \"{V}\"\nretries = 3\n"),
    ("booking_site_go_struct_literal", "pascal", "var cfg = Config{\n{NB}\t{K}: \"{V}\",\n\tTimeout: 10 * time.Second,\n}\n"),
    ("prop_hub_swift_secrets_plist", "pascal", "<plist version=\"1.0\">\n<dict>\n{NB}  <key>{K}</key>\n  <string>{V}</string>\n</dict>\n</plist>\n"),
    ("gm_console_dart_env_constants", "camel", "// lib/env.dart\n{NB}const {K} = '{V}';\n"),
    ("show_control_lua_config_table", "camel", "return {\n{NB}  {K} = \"{V}\",\n  retries = 3,\n}\n"),
    ("escape_ops_vault_kv_put_secret_history", "snake", "{NB}$ vault kv put secret/venue/integrations {K}='{V}'\n======= Secret Path =======\nsecret/data/venue/integrations\n"),
    ("escape_ops_k8s_secret_stringdata_yaml", "kebab", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: integrations\ntype: Opaque\nstringData:\n{NB}  {K}: \"{V}\"\n"),
    ("venue_staff_slack_dm", "spaced", "Aisha: hey, for the weekend cover – {NBS}the {K} is {V}\nTom: got it, thanks\n"),
    ("venue_owner_jira_ticket", "spaced", "OPS-88 Move integrations to the new server\nDescription: {NBS}{K}: {V}\nPlease rotate after the move.\n"),
    ("venue_bitwarden_json_export", "title", "{\n  \"items\": [{\n    \"type\": 1,\n    \"name\": \"{K}\",\n    \"login\": { \"username\": \"{NBV}\", \"password\": \"{V}\" }\n  }]\n}\n"),
    ("hunt_site_xml_app_config", "dot", "<configuration>\n  <appSettings>\n{NB}    <add key=\"{K}\" value=\"{V}\" />\n  </appSettings>\n</configuration>\n"),
]

NB_LINE = {
    "booking_site_env_production": "{NK}={NV}\n",
    "escape_ops_gh_secret_set_history": "$ gh variable set {NK} --body \"{NV}\"\n",
    "escape_ops_wrangler_secret_put_history": "$ npx wrangler secret list   # {NK} is {NV}\n",
    "escape_ops_railway_variables_set_history": "$ railway variables --set \"{NK}={NV}\"\n",
    "hunt_site_python_config_dict": "    \"{NK}\": \"{NV}\",\n",
    "gm_console_rust_config_toml": "{NK} = \"{NV}\"\n",
    "booking_site_go_struct_literal": "\t{NK}: \"{NV}\",\n",
    "prop_hub_swift_secrets_plist": "  <key>{NK}</key>\n  <string>{NV}</string>\n",
    "gm_console_dart_env_constants": "const {NK} = '{NV}';\n",
    "show_control_lua_config_table": "  {NK} = \"{NV}\",\n",
    "escape_ops_vault_kv_put_secret_history": "$ vault kv get -field={NK} secret/venue/integrations\n{NV}\n",
    "escape_ops_k8s_secret_stringdata_yaml": "  {NK}: \"{NV}\"\n",
    "hunt_site_xml_app_config": "    <add key=\"{NK}\" value=\"{NV}\" />\n",
}

FIRST = ["aisha", "tom", "priya", "dan", "mei", "oskar", "lena", "ravi", "jo", "sam"]


def words_of(t):
    w = t.split("_")
    return " ".join(w)


def neighbour_value(kind, r):
    if kind == "email":
        return "%s@%s" % (r.choice(FIRST) + str(r.randint(1, 99)), r.choice(H))
    if kind == "login":
        return r.choice(FIRST) + "." + rs(r, LOWER, 4)
    if kind == "host":
        return "companion-%d.%s" % (r.randint(1, 9), r.choice(H))
    return spec_gen(kind, r)


def gen_value(spec, r):
    if isinstance(spec, str):
        if spec == "jwt_rs":
            return jwt_make(r, {"alg": "RS256", "typ": "JWT"}, {"aud": "1", "jti": rs(r, HEXL, 40), "iat": _iat(r), "sub": str(r.randint(10000, 99999)), "scopes": []}, 256)
        if spec == "ist_jwt_rs":
            return "IST." + jwt_make(r, {"kid": rs(r, B64U, 8), "alg": "RS256"}, {"data": json.dumps({"id": uuid4(r), "identity": {"type": "application", "id": uuid4(r)}, "tenant": {"type": "account", "id": uuid4(r)}}), "iat": _iat(r)}, 256)
        if spec == "jwt_hs256":
            return jwt_make(r, {"alg": "HS256", "typ": "JWT"}, {"iss": "lockstep", "ref": rs(r, LOWER, 20), "role": "service_role", "iat": _iat(r), "exp": _iat(r) + 315360000}, 32, key=rbytes(r, 32))
        if spec == "jwt_eddsa":
            return jwt_make(r, {"alg": "EdDSA", "typ": "JWT"}, {"a": "rw", "iat": _iat(r), "id": uuid4(r)}, 64)
        return SPECIAL_GEN[spec](r)
    return spec_gen(spec, r)


def value_re(spec):
    if isinstance(spec, str):
        return SPECIAL_RE[spec]
    return spec_re(spec)


def value_desc(spec):
    if isinstance(spec, str):
        if spec == "jwt_rs":
            return "RS256-shaped JWT (real base64url JSON, random 256-byte signature)"
        if spec == "ist_jwt_rs":
            return "`IST.` + RS256-shaped JWT (real base64url JSON, random 256-byte signature)"
        if spec == "jwt_hs256":
            return "real HS256 JWT (base64url JSON, HMAC under a discarded key)"
        if spec == "jwt_eddsa":
            return "EdDSA-shaped JWT (real base64url JSON, random 64-byte signature)"
        return SPECIAL_DESC[spec]
    return spec_words(spec)


def kept():
    return [v for v in VENDORS if v[0] not in SET_ASIDE]


def build(reg):
    r = random.Random(SEED)
    recs = []
    for i, (t, cat, spec, nbw, nbspec, _n) in enumerate(kept()):
        sname, style, tpl = STYLES[i % len(STYLES)]
        key = style_key(words_of(t), style)
        value = reg.draw(gen_value, spec, r)
        nb = ""
        nbs = ""
        nbv = "api"
        if nbw:
            nv = reg.draw(neighbour_value, nbspec, r)
            nk = style_key(nbw, style)
            if sname in NB_LINE:
                nb = NB_LINE[sname].replace("{NK}", nk).replace("{NV}", nv)
            elif sname == "venue_bitwarden_json_export":
                nbv = nv
            else:
                nbs = "%s %s, " % (nk, nv)
        body = (tpl.replace("{NB}", nb).replace("{NBS}", nbs).replace("{NBV}", nbv)
                .replace("{K}", key).replace("{V}", MARK))
        text, s, e = place(body, value)
        recs.append({"type": t, "container": "%s__%s" % (t, sname), "text": text,
                     "secrets": [{"value": value, "start": s, "end": e, "type": t}], "source": "vendor"})
    return recs
