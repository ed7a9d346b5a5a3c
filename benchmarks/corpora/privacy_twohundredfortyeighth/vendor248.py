"""Vendor source: 120 types, one record each, in a container typical of where the key lives."""
import base64
import json
import random
import re

import common248 as C

ALPHA = {
    "alnum": (C.ALNUM, "[A-Za-z0-9]", "alphanumerics"),
    "lalnum": (C.LOWER_ALNUM, "[a-z0-9]", "lower-case alphanumerics"),
    "ualnum": (C.UPPER_ALNUM, "[A-Z0-9]", "upper-case alphanumerics"),
    "hex": (C.HEX, "[0-9a-f]", "lower-case hex"),
    "uhex": (C.UHEX, "[0-9A-F]", "upper-case hex"),
    "b64url": (C.B64URL, "[A-Za-z0-9_-]", "base64url"),
    "digits": (C.DIGITS, "[0-9]", "digits"),
    "azsec": (C.ALNUM + "_~.-", "[A-Za-z0-9_~.-]", "characters of `A-Za-z0-9_~.-`"),
    "az3": (C.ALNUM + "_~.", "[A-Za-z0-9_~.]", "characters of `A-Za-z0-9_~.`"),
    "ibm": (C.ALNUM + "_-", "[A-Za-z0-9_-]", "characters of `A-Za-z0-9_-`"),
}


def L(s):
    return ("lit", s)


def A(name, n):
    return ("cls", name, n)


def spec_gen(rng, spec):
    out = []
    for seg in spec:
        if seg[0] == "lit":
            out.append(seg[1])
        else:
            out.append(C.rstr(rng, ALPHA[seg[1]][0], seg[2]))
    return "".join(out)


def spec_rx(spec):
    parts = []
    for seg in spec:
        if seg[0] == "lit":
            parts.append(re.escape(seg[1]))
        else:
            parts.append("%s{%d}" % (ALPHA[seg[1]][1], seg[2]))
    return re.compile("^" + "".join(parts) + "$")


def spec_text(spec):
    parts = []
    for seg in spec:
        if seg[0] == "lit":
            parts.append("`%s`" % seg[1])
        else:
            parts.append("%d %s" % (seg[2], ALPHA[seg[1]][2]))
    return " + ".join(parts)


# special frames -------------------------------------------------------------

def gen_special(rng, kind):
    if kind == "owner":
        return C.owner_password(rng)
    if kind == "uuid4":
        return C.uuid4(rng)
    if kind == "uuid4_upper":
        return C.uuid4(rng, upper=True)
    if kind == "chirpstack_jwt":
        return C.jwt_hs(rng, "HS256", {"aud": "chirpstack", "iss": "chirpstack", "sub": C.uuid4(rng), "typ": "key"})
    if kind == "supabase_jwt":
        ref = C.rstr(rng, C.LOWER, 20)
        iat = 1700000000 + rng.randint(0, 60000000)
        SUPABASE_REF[0] = ref
        return C.jwt_hs(rng, "HS256", {"iss": "supabase", "ref": ref, "role": "service_role", "iat": iat, "exp": iat + 315360000})
    if kind == "zettle_jwt":
        iat = 1700000000 + rng.randint(0, 60000000)
        return C.jwt_rs256_random_sig(rng, {"iss": "iZettle", "aud": "API", "sub": C.uuid4(rng), "client_id": C.uuid4(rng),
                                            "scope": ["READ:PURCHASE", "READ:PRODUCT", "WRITE:PRODUCT"], "iat": iat},
                                      {"kid": "%d" % rng.randint(1, 9)})
    if kind == "mapbox_sk":
        body = C.b64url_nopad(json.dumps({"u": "quarrymead", "a": "cl" + C.rstr(rng, C.LOWER_ALNUM, 23)}, separators=(",", ":")).encode())
        return "sk." + body + "." + C.rstr(rng, C.B64URL, 22)
    if kind == "teams_webhook":
        return ("https://quarrymead.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s"
                % (C.uuid4(rng), C.uuid4(rng), C.rstr(rng, C.HEX, 32), C.uuid4(rng)))
    if kind == "discord_webhook":
        return "https://discord.com/api/webhooks/%s/%s" % (str(rng.randint(10 ** 18, 2 * 10 ** 18)), C.rstr(rng, C.B64URL, 68))
    if kind == "gchat_webhook":
        return ("https://chat.googleapis.com/v1/spaces/AAAA%s/messages?key=AIzaSy%s&token=%s%%3D"
                % (C.rstr(rng, C.B64URL, 7), C.rstr(rng, C.B64URL, 33), C.rstr(rng, C.B64URL, 43)))
    if kind == "wireguard":
        return C.wireguard_private_key(rng)
    if kind == "bitwarden_sm":
        return "0.%s.%s:%s" % (C.uuid4(rng), C.rstr(rng, C.ALNUM, 30), base64.b64encode(C.rbytes(rng, 16)).decode())
    if kind == "azure_ad":
        return C.rstr(rng, C.ALNUM + "_~.", 3) + C.rstr(rng, C.DIGITS, 1) + "Q~" + C.rstr(rng, C.ALNUM + "_~.-", 34)
    raise ValueError(kind)


SUPABASE_REF = [None]


def val_special(kind, v):
    if kind == "owner":
        return bool(C.PW_RX.match(v))
    if kind in ("uuid4", "uuid4_upper"):
        m = re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", v) if kind == "uuid4" else \
            re.fullmatch(r"[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}", v)
        return bool(m)
    if kind in ("chirpstack_jwt", "supabase_jwt", "zettle_jwt"):
        if not C.jwt_frame_ok(v):
            return False
        h, p, _ = C.jwt_parts(v)
        if kind == "chirpstack_jwt":
            return h["alg"] == "HS256" and p.get("aud") == "chirpstack" and p.get("typ") == "key" and C.uuid_is_v4(p["sub"])
        if kind == "supabase_jwt":
            return h["alg"] == "HS256" and p.get("role") == "service_role" and p.get("iss") == "supabase"
        return h["alg"] == "RS256" and p.get("iss") == "iZettle"
    if kind == "mapbox_sk":
        m = re.fullmatch(r"sk\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{22})", v)
        if not m:
            return False
        try:
            d = json.loads(base64.urlsafe_b64decode(m.group(1) + "=" * (-len(m.group(1)) % 4)))
        except Exception:
            return False
        return set(d) == {"u", "a"}
    if kind == "teams_webhook":
        m = re.fullmatch(r"https://[a-z0-9]+\.webhook\.office\.com/webhookb2/(%s)@(%s)/IncomingWebhook/[0-9a-f]{32}/(%s)"
                         % ((C.UUID_RX.pattern,) * 3), v)
        return bool(m) and all(C.uuid_is_v4(m.group(i)) for i in (1, 2, 3))
    if kind == "discord_webhook":
        return bool(re.fullmatch(r"https://discord\.com/api/webhooks/[0-9]{19}/[A-Za-z0-9_-]{68}", v))
    if kind == "gchat_webhook":
        return bool(re.fullmatch(r"https://chat\.googleapis\.com/v1/spaces/AAAA[A-Za-z0-9_-]{7}/messages\?key=AIzaSy[A-Za-z0-9_-]{33}&token=[A-Za-z0-9_-]{43}%3D", v))
    if kind == "wireguard":
        return C.wireguard_key_clamped(v)
    if kind == "bitwarden_sm":
        m = re.fullmatch(r"0\.(%s)\.[A-Za-z0-9]{30}:([A-Za-z0-9+/]{22}==)" % C.UUID_RX.pattern, v)
        return bool(m) and C.uuid_is_v4(m.group(1)) and len(base64.b64decode(m.group(2))) == 16
    if kind == "azure_ad":
        return bool(re.fullmatch(r"[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{34}", v))
    return False


SPECIAL_TEXT = {
    "owner": "owner-chosen password",
    "uuid4": "UUIDv4",
    "uuid4_upper": "UUIDv4 in upper case",
    "chirpstack_jwt": "real HS256 JWT with payload `{aud: chirpstack, iss: chirpstack, sub: UUIDv4, typ: key}`",
    "supabase_jwt": "real HS256 JWT with payload `{iss: supabase, ref, role: service_role, iat, exp}`",
    "zettle_jwt": "RS256 JWT (base64url JSON header with `kid`, payload `{iss: iZettle, aud, sub, client_id, scope, iat}`, 256 random signature bytes)",
    "mapbox_sk": "`sk.` + base64url of real JSON `{u, a}` + `.` + 22 base64url",
    "teams_webhook": "`https://<tenant>.webhook.office.com/webhookb2/` + UUIDv4 + `@` + UUIDv4 + `/IncomingWebhook/` + 32 lower-case hex + `/` + UUIDv4",
    "discord_webhook": "`https://discord.com/api/webhooks/` + 19-digit id + `/` + 68 base64url",
    "gchat_webhook": "`https://chat.googleapis.com/v1/spaces/AAAA` + 7 base64url + `/messages?key=AIzaSy` + 33 base64url + `&token=` + 43 base64url + `%3D`",
    "wireguard": "standard Base64 of 32 random bytes clamped as a Curve25519 private key (44 characters)",
    "bitwarden_sm": "`0.` + UUIDv4 + `.` + 30 alphanumerics + `:` + standard Base64 of 16 bytes",
    "azure_ad": "3 characters of `A-Za-z0-9_~.` + 1 digit + `Q~` + 34 characters of `A-Za-z0-9_~.-`",
}

# neighbour generators -------------------------------------------------------

def nb_email(rng, who):
    return "%s@%s" % (who, rng.choice(["quarrymead.example", "lydcombe-orchards.example", "brackenpress.example"]))


# (type, group, spec-or-special, provenance, neighbour(words, generator) or None, style)
S = None
VENDORS = [
    # ---- trade: orchard, cider, juice, cellar, compliance, tours
    ("vintrace_winery_api_token", "trade", [A("alnum", 40)], "guessed", None, "cidery_python_environ_setdefault"),
    ("innovint_api_access_token", "trade", [A("hex", 64)], "guessed", None, "press_app_direnv_envrc"),
    ("ekos_brewery_api_key", "trade", [A("alnum", 32)], "guessed", None, "tasting_wp_plugin_define_constants"),
    ("commerce7_app_secret_key", "trade", [A("alnum", 64)], "guessed",
     (["commerce7", "app", "id"], lambda r: "quarrymead-dtc-" + C.rstr(r, C.LOWER_ALNUM, 6)), "juice_dotnet_user_secrets_json"),
    ("vinoshipper_api_secret", "trade", [A("hex", 40)], "guessed",
     (["vinoshipper", "api", "key", "id"], lambda r: C.rstr(r, C.UPPER_ALNUM, 20)), "cidery_heroku_config_set_capture"),
    ("sovos_shipcompliant_password", "trade", "owner", "owner-chosen",
     (["sovos", "shipcompliant", "username"], lambda r: nb_email(r, "compliance")), "cidery_bitwarden_json_export"),
    ("avalara_avatax_license_key", "trade", [A("uhex", 16)], "believed",
     (["avalara", "avatax", "account", "id"], lambda r: str(r.randint(1100000000, 2099999999))), "juice_dotnet_user_secrets_json"),
    ("untappd_for_business_api_token", "trade", [A("alnum", 32)], "guessed",
     (["untappd", "for", "business", "email"], lambda r: nb_email(r, "taproom")), "booking_pm2_ecosystem_config_js"),
    ("brewfather_api_key", "trade", [A("alnum", 30)], "guessed",
     (["brewfather", "user", "id"], lambda r: C.rstr(r, C.ALNUM, 28)), "cidery_python_environ_setdefault"),
    ("plaato_keg_auth_token", "trade", [A("lalnum", 32)], "guessed", None, "press_iot_device_provisioning_json"),
    ("fieldclimate_hmac_private_key", "trade", [A("hex", 48)], "guessed",
     (["fieldclimate", "hmac", "public", "key"], lambda r: C.rstr(r, C.HEX, 48)), "orchard_terraform_auto_tfvars"),
    ("davis_weatherlink_v2_api_secret", "trade", [A("lalnum", 32)], "guessed",
     (["davis", "weatherlink", "v2", "api", "key"], lambda r: C.rstr(r, C.LOWER_ALNUM, 32)), "press_iot_device_provisioning_json"),
    ("trapview_api_token", "trade", [A("alnum", 64)], "guessed", None, "orchard_api_serverless_yml"),
    ("semios_platform_api_key", "trade", "uuid4", "guessed", None, "orchard_api_serverless_yml"),
    ("zentra_cloud_api_token", "trade", [A("hex", 40)], "guessed", None, "cidery_python_environ_setdefault"),
    ("john_deere_operations_center_client_secret", "trade", [A("b64url", 64)], "guessed",
     (["john", "deere", "operations", "center", "client", "id"], lambda r: "0oa" + C.rstr(r, C.ALNUM, 17)), "booking_spring_application_prod_properties"),
    ("planet_labs_api_key", "trade", [L("PLAK"), A("hex", 32)], "believed", None, "press_app_direnv_envrc"),
    ("sentinel_hub_oauth_client_secret", "trade", [A("b64url", 40)], "guessed",
     (["sentinel", "hub", "oauth", "client", "id"], lambda r: C.uuid4(r)), "orchard_terraform_auto_tfvars"),
    ("fareharbor_external_api_user_key", "trade", "uuid4", "guessed",
     (["fareharbor", "external", "api", "app", "key"], lambda r: C.uuid4(r)), "booking_spring_application_prod_properties"),
    ("bookeo_api_secret_key", "trade", [A("alnum", 32)], "guessed",
     (["bookeo", "api", "key"], lambda r: C.rstr(r, C.UPPER_ALNUM, 34)), "tasting_wp_plugin_define_constants"),
    ("checkfront_api_token_secret", "trade", [A("hex", 64)], "guessed",
     (["checkfront", "api", "key"], lambda r: C.rstr(r, C.HEX, 40)), "tasting_wp_plugin_define_constants"),
    ("arryved_pos_api_key", "trade", [A("alnum", 48)], "guessed", None, "cidery_heroku_config_set_capture"),
    ("toast_partner_client_secret", "trade", [A("b64url", 64)], "guessed",
     (["toast", "partner", "client", "id"], lambda r: C.rstr(r, C.ALNUM, 32)), "juice_dotnet_user_secrets_json"),
    ("hmrc_developer_hub_client_secret", "trade", "uuid4", "guessed",
     (["hmrc", "developer", "hub", "client", "id"], lambda r: C.rstr(r, C.ALNUM, 28)), "booking_spring_application_prod_properties"),
    ("ttb_permits_online_password", "trade", "owner", "owner-chosen",
     (["ttb", "permits", "online", "user", "id"], lambda r: "QMCIDER%04d" % r.randint(1000, 9999)), "cidery_bitwarden_json_export"),
    ("goodnature_press_portal_password", "trade", "owner", "owner-chosen",
     (["goodnature", "press", "portal", "login"], lambda r: nb_email(r, "pressroom")), "cidery_freshdesk_ticket_note"),
    ("bucher_unipektin_service_portal_password", "trade", "owner", "owner-chosen",
     (["bucher", "unipektin", "machine", "serial"], lambda r: "HPX%d-%05d" % (r.choice([5005, 7507, 8007]), r.randint(10000, 99999))), "cidery_bitwarden_json_export"),
    ("voran_press_remote_password", "trade", "owner", "owner-chosen",
     (["voran", "press", "machine", "number"], lambda r: "EBP%d/%04d" % (r.choice([250, 500, 700]), r.randint(1000, 9999))), "crew_signal_note_to_self"),
    ("speidel_myspeidel_account_password", "trade", "owner", "owner-chosen",
     (["speidel", "myspeidel", "account", "email"], lambda r: nb_email(r, "cellar")), "cidery_bitwarden_json_export"),
    ("compac_spectrim_sorter_password", "trade", "owner", "owner-chosen",
     (["compac", "spectrim", "site", "id"], lambda r: "LYD-%03d" % r.randint(100, 999)), "cidery_freshdesk_ticket_note"),
    ("safetyculture_api_token", "trade", [A("hex", 64)], "guessed", None, "orchard_api_serverless_yml"),
    ("victron_vrm_access_token", "trade", [A("hex", 64)], "believed", None, "press_iot_device_provisioning_json"),
    ("solaredge_monitoring_api_key", "trade", [A("ualnum", 32)], "believed",
     (["solaredge", "site", "id"], lambda r: str(r.randint(1000000, 4999999))), "press_iot_device_provisioning_json"),
    ("chirpstack_api_token", "trade", "chirpstack_jwt", "believed", None, "press_iot_device_provisioning_json"),
    ("soracom_auth_key_secret", "trade", [L("secret-"), A("alnum", 64)], "believed",
     (["soracom", "auth", "key", "id"], lambda r: "keyId-" + C.rstr(r, C.ALNUM, 32)), "orchard_terraform_auto_tfvars"),
    # ---- commerce, payments, shipping, tax, events
    ("stripe_restricted_live_key", "commerce", [L("rk_live_51"), A("alnum", 97)], "read", None, "cidery_heroku_config_set_capture"),
    ("stripe_webhook_signing_secret", "commerce", [L("whsec_"), A("alnum", 32)], "believed", None, "booking_pm2_ecosystem_config_js"),
    ("mollie_live_api_key", "commerce", [L("live_"), A("alnum", 30)], "believed", None, "tasting_wp_plugin_define_constants"),
    ("square_production_access_token", "commerce", [L("EAAA"), A("b64url", 60)], "read", None, "juice_dotnet_user_secrets_json"),
    ("paypal_rest_client_secret", "commerce", [L("E"), A("b64url", 79)], "believed",
     (["paypal", "rest", "client", "id"], lambda r: "A" + C.rstr(r, C.B64URL, 79)), "booking_spring_application_prod_properties"),
    ("shopify_private_app_access_token", "commerce", [L("shppa_"), A("hex", 32)], "read", None, "press_app_direnv_envrc"),
    ("bigcommerce_api_access_token", "commerce", [A("lalnum", 31)], "believed",
     (["bigcommerce", "store", "hash"], lambda r: C.rstr(r, C.LOWER_ALNUM, 10)), "cidery_python_environ_setdefault"),
    ("zettle_api_key", "commerce", "zettle_jwt", "believed",
     (["zettle", "client", "id"], lambda r: C.uuid4(r)), "juice_dotnet_user_secrets_json"),
    ("clover_merchant_api_token", "commerce", "uuid4", "guessed",
     (["clover", "merchant", "id"], lambda r: C.rstr(r, C.UPPER_ALNUM, 13)), "booking_pm2_ecosystem_config_js"),
    ("easypost_production_api_key", "commerce", [L("EZAK"), A("alnum", 54)], "read", None, "cidery_python_environ_setdefault"),
    ("shippo_live_api_token", "commerce", [L("shippo_live_"), A("hex", 40)], "read", None, "cidery_heroku_config_set_capture"),
    ("royal_mail_click_and_drop_api_key", "commerce", "uuid4", "guessed", None, "booking_pm2_ecosystem_config_js"),
    ("freeagent_oauth_client_secret", "commerce", [A("alnum", 22)], "guessed",
     (["freeagent", "oauth", "identifier"], lambda r: C.rstr(r, C.ALNUM, 22)), "shop_rails_config_settings_yml"),
    ("taxjar_live_api_token", "commerce", [A("hex", 32)], "read", None, "shop_rails_config_settings_yml"),
    ("ticket_tailor_api_key", "commerce", [L("sk_"), A("digits", 4), L("_"), A("digits", 6), L("_"), A("hex", 32)], "read", None,
     "tasting_wp_plugin_define_constants"),
    ("eventbrite_private_oauth_token", "commerce", [A("ualnum", 20)], "read", None, "orchard_api_serverless_yml"),
    # ---- e-mail, messaging, chat, notifications
    ("sendgrid_mail_api_key", "messaging", [L("SG."), A("b64url", 22), L("."), A("b64url", 43)], "read", None, "press_app_direnv_envrc"),
    ("postmark_server_api_token", "messaging", "uuid4", "read", None, "shop_rails_config_settings_yml"),
    ("mailjet_api_secret_key", "messaging", [A("hex", 32)], "believed",
     (["mailjet", "api", "key"], lambda r: C.rstr(r, C.HEX, 32)), "booking_pm2_ecosystem_config_js"),
    ("slack_app_level_token", "messaging", [L("xapp-1-A"), A("ualnum", 10), L("-"), A("digits", 13), L("-"), A("hex", 64)], "read", None,
     "cidery_gh_secret_set_capture"),
    ("slack_user_oauth_token", "messaging", [L("xoxp-"), A("digits", 12), L("-"), A("digits", 12), L("-"), A("digits", 13), L("-"), A("alnum", 32)],
     "read", None, "cidery_freshdesk_ticket_note"),
    ("discord_channel_webhook_url", "messaging", "discord_webhook", "believed", None, "cellar_docker_run_env_flags"),
    ("microsoft_teams_incoming_webhook_url", "messaging", "teams_webhook", "read", None, "booking_pm2_ecosystem_config_js"),
    ("google_chat_space_webhook_url", "messaging", "gchat_webhook", "believed", None, "cellar_docker_run_env_flags"),
    ("vonage_api_secret", "messaging", [A("alnum", 16)], "believed",
     (["vonage", "api", "key"], lambda r: C.rstr(r, C.HEX, 8)), "cidery_python_environ_setdefault"),
    ("plivo_auth_token", "messaging", [A("alnum", 40)], "believed",
     (["plivo", "auth", "id"], lambda r: "MA" + C.rstr(r, C.UPPER_ALNUM, 18)), "cidery_python_environ_setdefault"),
    ("telnyx_api_key_v2", "messaging", [L("KEY"), A("uhex", 32), L("_"), A("alnum", 22)], "read", None, "press_app_direnv_envrc"),
    ("clicksend_api_key", "messaging", "uuid4_upper", "believed",
     (["clicksend", "username"], lambda r: nb_email(r, "bookings")), "tasting_wp_plugin_define_constants"),
    ("pushbullet_access_token", "messaging", [L("o."), A("alnum", 32)], "read", None, "crew_signal_note_to_self"),
    ("ntfy_access_token", "messaging", [L("tk_"), A("lalnum", 29)], "believed", None, "press_iot_device_provisioning_json"),
    ("whatsapp_cloud_system_user_token", "messaging", [L("EAAM"), A("alnum", 186)], "read", None, "orchard_api_serverless_yml"),
    ("sendbird_api_token", "messaging", [A("hex", 40)], "read",
     (["sendbird", "app", "id"], lambda r: C.uuid4(r, upper=True)), "booking_pm2_ecosystem_config_js"),
    # ---- AI services
    ("openai_service_account_key", "ai", [L("sk-svcacct-"), A("b64url", 74), L("T3BlbkFJ"), A("b64url", 74)], "read", None, "press_app_direnv_envrc"),
    ("anthropic_admin_api_key", "ai", [L("sk-ant-admin01-"), A("b64url", 93), L("AA")], "read", None, "cidery_python_environ_setdefault"),
    ("mistral_api_key", "ai", [A("alnum", 32)], "believed", None, "press_app_direnv_envrc"),
    ("cohere_api_key", "ai", [A("alnum", 40)], "read", None, "cidery_python_environ_setdefault"),
    ("deepseek_api_key", "ai", [L("sk-"), A("hex", 32)], "believed", None, "press_app_direnv_envrc"),
    ("xai_grok_api_key", "ai", [L("xai-"), A("alnum", 80)], "read", None, "cidery_python_environ_setdefault"),
    ("openrouter_api_key", "ai", [L("sk-or-v1-"), A("hex", 64)], "believed", None, "booking_pm2_ecosystem_config_js"),
    ("elevenlabs_api_key", "ai", [L("sk_"), A("hex", 48)], "read", None, "booking_pm2_ecosystem_config_js"),
    ("deepgram_api_key", "ai", [A("hex", 40)], "read", None, "orchard_api_serverless_yml"),
    ("assemblyai_api_key", "ai", [A("hex", 32)], "read", None, "orchard_api_serverless_yml"),
    ("roboflow_api_key", "ai", [A("alnum", 20)], "guessed", None, "press_iot_device_provisioning_json"),
    ("tavily_search_api_key", "ai", [L("tvly-"), A("alnum", 32)], "believed", None, "press_app_direnv_envrc"),
    ("firecrawl_api_key", "ai", [L("fc-"), A("hex", 32)], "believed", None, "cidery_python_environ_setdefault"),
    ("azure_openai_api_key", "ai", [A("hex", 32)], "believed",
     (["azure", "openai", "endpoint"], lambda r: "https://qm-cidery-%s.openai.azure.com/" % C.rstr(r, C.LOWER_ALNUM, 5)), "juice_dotnet_user_secrets_json"),
    # ---- developer services
    ("github_app_installation_token", "developer", [L("ghs_"), A("alnum", 36)], "read", None, "cidery_gh_secret_set_capture"),
    ("github_refresh_token", "developer", [L("ghr_"), A("alnum", 36)], "read", None, "press_app_direnv_envrc"),
    ("gitlab_runner_authentication_token", "developer", [L("glrt-"), A("b64url", 20)], "read", None, "cidery_kubectl_create_secret_capture"),
    ("gitlab_deploy_token", "developer", [L("gldt-"), A("b64url", 20)], "read",
     (["gitlab", "deploy", "token", "username"], lambda r: "gitlab+deploy-token-%d" % r.randint(100, 9999)), "cidery_gh_secret_set_capture"),
    ("gitlab_pipeline_trigger_token", "developer", [L("glptt-"), A("hex", 40)], "read", None, "cidery_gh_secret_set_capture"),
    ("atlassian_api_token", "developer", [L("ATATT3xFfGF0"), A("b64url", 171), L("="), A("uhex", 8)], "read",
     (["atlassian", "account", "email"], lambda r: nb_email(r, "gethin.rowe")), "cidery_freshdesk_ticket_note"),
    ("postman_api_key", "developer", [L("PMAK-"), A("hex", 24), L("-"), A("hex", 34)], "read", None, "press_app_direnv_envrc"),
    ("doppler_personal_token", "developer", [L("dp.pt."), A("alnum", 43)], "read", None, "press_app_direnv_envrc"),
    ("terraform_cloud_user_token", "developer", [A("lalnum", 14), L(".atlasv1."), A("alnum", 67)], "read", None, "cidery_gh_secret_set_capture"),
    ("hashicorp_vault_service_token", "developer", [L("hvs.CAESI"), A("b64url", 86)], "read", None, "cidery_kubectl_create_secret_capture"),
    ("linear_api_key", "developer", [L("lin_api_"), A("alnum", 40)], "read", None, "cidery_python_environ_setdefault"),
    ("dockerhub_personal_access_token", "developer", [L("dckr_pat_"), A("b64url", 27)], "read",
     (["dockerhub", "username"], lambda r: "quarrymeadops"), "cidery_gh_secret_set_capture"),
    ("pypi_api_token", "developer", [L("pypi-AgEIcHlwaS5vcmc"), A("b64url", 140)], "read", None, "cidery_gh_secret_set_capture"),
    ("nuget_api_key", "developer", [L("oy2"), A("lalnum", 43)], "read", None, "cidery_gh_secret_set_capture"),
    ("netlify_personal_access_token", "developer", [L("nfp_"), A("alnum", 36)], "believed", None, "cidery_gh_secret_set_capture"),
    ("supabase_service_role_key", "developer", "supabase_jwt", "believed",
     (["supabase", "url"], lambda r: "https://%s.supabase.co" % SUPABASE_REF[0]), "booking_pm2_ecosystem_config_js"),
    ("supabase_personal_access_token", "developer", [L("sbp_"), A("hex", 40)], "read", None, "press_app_direnv_envrc"),
    ("grafana_service_account_token", "developer", [L("glsa_"), A("alnum", 32), L("_"), A("hex", 8)], "read", None, "cidery_kubectl_create_secret_capture"),
    ("new_relic_user_api_key", "developer", [L("NRAK-"), A("ualnum", 27)], "read", None, "orchard_api_serverless_yml"),
    ("sonarcloud_user_token", "developer", [L("squ_"), A("hex", 40)], "read", None, "cidery_gh_secret_set_capture"),
    ("mapbox_secret_access_token", "developer", "mapbox_sk", "read", None, "booking_pm2_ecosystem_config_js"),
    ("codecov_upload_token", "developer", "uuid4", "believed", None, "cidery_gh_secret_set_capture"),
    # ---- ops, cloud, network, monitoring
    ("azure_ad_client_secret", "ops", "azure_ad", "read",
     (["azure", "ad", "client", "id"], lambda r: C.uuid4(r)), "orchard_terraform_auto_tfvars"),
    ("alibaba_cloud_accesskey_secret", "ops", [A("alnum", 30)], "read",
     (["alibaba", "cloud", "accesskey", "id"], lambda r: "LTAI" + C.rstr(r, C.ALNUM, 20)), "orchard_terraform_auto_tfvars"),
    ("ibm_cloud_api_key", "ops", [A("ibm", 44)], "read", None, "orchard_terraform_auto_tfvars"),
    ("vultr_api_key", "ops", [A("ualnum", 36)], "read", None, "orchard_terraform_auto_tfvars"),
    ("cloudflare_r2_secret_access_key", "ops", [A("hex", 64)], "believed",
     (["cloudflare", "r2", "access", "key", "id"], lambda r: C.rstr(r, C.HEX, 32)), "cidery_kubectl_create_secret_capture"),
    ("wireguard_peer_private_key", "ops", "wireguard", "read", None, "press_iot_device_provisioning_json"),
    ("tailscale_auth_key", "ops", [L("tskey-auth-k"), A("alnum", 11), L("CNTRL-"), A("alnum", 33)], "believed", None, "cellar_docker_run_env_flags"),
    ("ngrok_authtoken", "ops", [L("2"), A("alnum", 26), L("_"), A("digits", 1), A("alnum", 20)], "read", None, "cellar_docker_run_env_flags"),
    ("proxmox_api_token_secret", "ops", "uuid4", "believed",
     (["proxmox", "api", "token", "id"], lambda r: "root@pam!%s" % r.choice(["orchardsync", "backup", "terraform"])), "orchard_terraform_auto_tfvars"),
    ("portainer_access_token", "ops", [L("ptr_"), A("b64url", 43)], "believed", None, "cellar_docker_run_env_flags"),
    ("opsgenie_api_key", "ops", "uuid4", "read", None, "orchard_api_serverless_yml"),
    ("dynatrace_api_token", "ops", [L("dt0c01."), A("ualnum", 24), L("."), A("ualnum", 64)], "read", None, "cidery_kubectl_create_secret_capture"),
    ("bitwarden_sm_access_token", "ops", "bitwarden_sm", "believed", None, "cellar_docker_run_env_flags"),
    ("cisco_meraki_dashboard_api_key", "ops", [A("hex", 40)], "read", None, "cidery_python_environ_setdefault"),
    ("unifi_controller_admin_password", "ops", "owner", "owner-chosen",
     (["unifi", "controller", "admin", "user"], lambda r: "qmadmin"), "cidery_bitwarden_json_export"),
    ("mikrotik_routeros_admin_password", "ops", "owner", "owner-chosen",
     (["mikrotik", "router"], lambda r: "rb%d.press.quarrymead.example" % r.randint(1, 9)), "crew_signal_note_to_self"),
    ("minio_root_password", "ops", "owner", "owner-chosen",
     (["minio", "root", "user"], lambda r: "cellar-backups"), "cidery_kubectl_create_secret_capture"),
]
assert len(VENDORS) == 120, len(VENDORS)

GROUPS = {
    "trade": "Orchard, cider and juice trade: cellar and winery software, compliance, weather and pest monitoring, farm machinery, presses and graders, tours and tasting rooms",
    "commerce": "Commerce, payments, shipping, tax and events",
    "messaging": "E-mail, messaging, chat and notifications",
    "ai": "AI services",
    "developer": "Developer services",
    "ops": "Ops, cloud, network and monitoring",
}

STYLES = {
    "press_app_direnv_envrc": ("upper", "direnv `.envrc` with `export` lines in a developer checkout"),
    "cidery_gh_secret_set_capture": ("upper", "terminal capture of `gh secret set` (public half via `gh variable set`)"),
    "orchard_api_serverless_yml": ("upper", "serverless.yml `provider.environment` block"),
    "tasting_wp_plugin_define_constants": ("upper", "WordPress plugin config with `define()` constants"),
    "booking_pm2_ecosystem_config_js": ("upper", "PM2 ecosystem.config.js `env_production` block"),
    "cidery_python_environ_setdefault": ("upper", "Python module with `os.environ.setdefault` fallbacks"),
    "juice_dotnet_user_secrets_json": ("pascal", ".NET user-secrets secrets.json (`Integrations:` keys)"),
    "cidery_heroku_config_set_capture": ("upper", "terminal capture of `heroku config:set`"),
    "cellar_docker_run_env_flags": ("upper", "`docker run -e` command in a runbook"),
    "cidery_kubectl_create_secret_capture": ("upper", "terminal capture of `kubectl create secret generic --from-literal`"),
    "orchard_terraform_auto_tfvars": ("snake", "Terraform `*.auto.tfvars` (HCL)"),
    "press_iot_device_provisioning_json": ("camel", "device provisioning JSON pushed to a press-hall / orchard device"),
    "cidery_bitwarden_json_export": ("title", "Bitwarden unencrypted JSON export item (type words in `name`, neighbour in `login.username`, secret in `login.password`)"),
    "cidery_freshdesk_ticket_note": ("spaced", "Freshdesk ticket internal note"),
    "crew_signal_note_to_self": ("spaced", "Signal 'Note to Self' message"),
    "booking_spring_application_prod_properties": ("dot", "Spring application-prod.properties"),
    "shop_rails_config_settings_yml": ("snake", "Rails `config` gem settings/production.yml"),
}


def words_of(t):
    return t.split("_")


def render(style, tk, v, nb, rng):
    """nb = (neighbour key styled, neighbour value) or None."""
    case = STYLES[style][0]
    if style == "press_app_direnv_envrc":
        lines = ["# .envrc  (cidershop checkout - direnv allow)", "export DJANGO_SETTINGS_MODULE=cidershop.settings.dev"]
        if nb:
            lines.append("export %s='%s'" % nb)
        lines.append("export %s='%s'" % (tk, v))
        return "\n".join(lines) + "\n"
    if style == "cidery_gh_secret_set_capture":
        lines = ["gethin@devbox:~/src/cidershop$ gh auth status -h github.com | head -1", "github.com"]
        if nb:
            lines.append("gethin@devbox:~/src/cidershop$ gh variable set %s --body '%s'" % nb)
        lines.append("gethin@devbox:~/src/cidershop$ gh secret set %s --body '%s'" % (tk, v))
        lines.append("✓ Set Actions secret %s for quarrymead/cidershop" % tk)
        return "\n".join(lines) + "\n"
    if style == "orchard_api_serverless_yml":
        lines = ["service: orchard-api", "provider:", "  name: aws", "  runtime: python3.12", "  environment:",
                 "    STAGE: prod"]
        if nb:
            lines.append("    %s: '%s'" % nb)
        lines.append("    %s: '%s'" % (tk, v))
        return "\n".join(lines) + "\n"
    if style == "tasting_wp_plugin_define_constants":
        lines = ["<?php", "// wp-content/plugins/qm-tasting/config.php"]
        if nb:
            lines.append("define( '%s', '%s' );" % nb)
        lines.append("define( '%s', '%s' );" % (tk, v))
        return "\n".join(lines) + "\n"
    if style == "booking_pm2_ecosystem_config_js":
        lines = ["module.exports = {", "  apps: [{", "    name: 'booking',", "    script: 'dist/server.js',",
                 "    env_production: {", "      NODE_ENV: 'production',"]
        if nb:
            lines.append("      %s: '%s'," % nb)
        lines.append("      %s: '%s'," % (tk, v))
        lines += ["    },", "  }],", "};"]
        return "\n".join(lines) + "\n"
    if style == "cidery_python_environ_setdefault":
        lines = ["# cidery/integrations/_defaults.py", "import os", ""]
        if nb:
            lines.append("os.environ.setdefault(\"%s\", \"%s\")" % nb)
        lines.append("os.environ.setdefault(\"%s\", \"%s\")" % (tk, v))
        return "\n".join(lines) + "\n"
    if style == "juice_dotnet_user_secrets_json":
        lines = ["{"]
        if nb:
            lines.append("  \"Integrations:%s\": \"%s\"," % nb)
        lines.append("  \"Integrations:%s\": \"%s\"," % (tk, v))
        lines.append("  \"ConnectionStrings:Orders\": \"Host=localhost;Database=orders\"")
        lines.append("}")
        return "\n".join(lines) + "\n"
    if style == "cidery_heroku_config_set_capture":
        parts = ["$ heroku config:set -a quarrymead-shop"]
        if nb:
            parts.append("%s='%s'" % nb)
        parts.append("%s='%s'" % (tk, v))
        return " ".join(parts) + "\nSetting config vars and restarting quarrymead-shop... done, v%d\n" % rng.randint(40, 400)
    if style == "cellar_docker_run_env_flags":
        lines = ["docker run -d --restart unless-stopped --name cellar-notify \\"]
        if nb:
            lines.append("  -e %s='%s' \\" % nb)
        lines.append("  -e %s='%s' \\" % (tk, v))
        lines.append("  ghcr.io/quarrymead/cellar-notify:%d.%d" % (rng.randint(1, 3), rng.randint(0, 20)))
        return "\n".join(lines) + "\n"
    if style == "cidery_kubectl_create_secret_capture":
        lines = ["$ kubectl -n cidery create secret generic integrations \\"]
        if nb:
            lines.append("    --from-literal=%s='%s' \\" % nb)
        lines.append("    --from-literal=%s='%s'" % (tk, v))
        lines.append("secret/integrations created")
        return "\n".join(lines) + "\n"
    if style == "orchard_terraform_auto_tfvars":
        lines = ["# orchard.auto.tfvars", "region = \"eu-west-2\""]
        if nb:
            lines.append("%s = \"%s\"" % nb)
        lines.append("%s = \"%s\"" % (tk, v))
        return "\n".join(lines) + "\n"
    if style == "press_iot_device_provisioning_json":
        lines = ["{", "  \"deviceName\": \"%s-%02d\"," % (rng.choice(["press-hall", "cellar", "orchard-b"]), rng.randint(1, 20))]
        if nb:
            lines.append("  \"%s\": \"%s\"," % nb)
        lines.append("  \"%s\": \"%s\"," % (tk, v))
        lines.append("  \"reportIntervalS\": %d" % rng.choice([30, 60, 300]))
        lines.append("}")
        return "\n".join(lines) + "\n"
    if style == "cidery_bitwarden_json_export":
        user = nb[1] if nb else "api"
        obj = ("{\n  \"encrypted\": false,\n  \"items\": [\n    {\n      \"type\": 1,\n      \"name\": \"%s\",\n"
               "      \"login\": {\n        \"username\": \"%s\",\n        \"password\": \"%s\"\n      }\n    }\n  ]\n}\n") % (tk, user, v)
        return obj
    if style == "cidery_freshdesk_ticket_note":
        lines = ["Ticket #%d - internal note (%s)" % (rng.randint(2000, 9000), rng.choice(["Gethin", "Sefton", "Jory"]))]
        if nb:
            lines.append("%s: %s" % nb)
        lines.append("%s: %s" % (tk, v))
        lines.append("Rotated after the supplier visit, please update the shared vault.")
        return "\n".join(lines) + "\n"
    if style == "crew_signal_note_to_self":
        lines = ["Note to Self"]
        if nb:
            lines.append("%s %s" % nb)
        lines.append("%s %s" % (tk, v))
        return "\n".join(lines) + "\n"
    if style == "booking_spring_application_prod_properties":
        lines = ["# application-prod.properties", "server.port=8443"]
        if nb:
            lines.append("%s=%s" % nb)
        lines.append("%s=%s" % (tk, v))
        return "\n".join(lines) + "\n"
    if style == "shop_rails_config_settings_yml":
        lines = ["# config/settings/production.yml", "integrations:"]
        if nb:
            lines.append("  %s: \"%s\"" % nb)
        lines.append("  %s: \"%s\"" % (tk, v))
        return "\n".join(lines) + "\n"
    raise ValueError(style)


def spec_of(t):
    for row in VENDORS:
        if row[0] == t:
            return row[2]
    raise KeyError(t)


def gen(rng, spec):
    if isinstance(spec, str):
        return gen_special(rng, spec)
    return spec_gen(rng, spec)


def validate(t, v):
    spec = spec_of(t)
    if isinstance(spec, str):
        return val_special(spec, v)
    return bool(spec_rx(spec).match(v))


def shape_text(spec):
    return SPECIAL_TEXT[spec] if isinstance(spec, str) else spec_text(spec)


def build(reg):
    rng = random.Random(C.SEEDS["vendor_values"])
    recs = []
    for t, grp, spec, prov, nb, style in VENDORS:
        case = STYLES[style][0]
        tk = C.style_key(words_of(t), case)
        for _ in range(200):
            v = gen(rng, spec)
            if not reg.ok(v):
                continue
            nbv = None
            if nb:
                nbv = nb[1](rng)
                if nbv in reg.set or not reg.ok(nbv) and len(nbv) >= 6 and nbv not in ("qmadmin", "cellar-backups", "quarrymeadops"):
                    continue
            text = render(style, tk, v, (C.style_key(nb[0], case), nbv) if nb else None, rng)
            if text.count(v) != 1:
                continue
            reg.add(v)
            if nbv:
                reg.add(nbv)
            break
        else:
            raise RuntimeError("vendor draw failed for " + t)
        s = text.index(v)
        recs.append({"type": t, "container": "%s__%s" % (t, style), "text": text,
                     "secrets": [{"value": v, "start": s, "end": s + len(v), "type": t}], "source": "vendor"})
    return recs


NEIGHBOUR_NOTE = {row[0]: " ".join(row[4][0]) for row in VENDORS if row[4]}
