"""Vendor positives: one record per type, each in a container typical of where that key lives."""
import base64
import json
import random
import re

import common273 as C
import world273 as W

M = C.MARK
ALPH = {"alnum": C.ALNUM, "lalnum": C.LALNUM, "ualnum": C.UALNUM, "hex": C.HEX, "uhex": C.UHEX,
        "b64url": C.B64URL, "b64": C.B64, "digits": C.DIGITS, "letters": C.LETTERS, "lower": C.LOWER}
RCLS = {"alnum": "[A-Za-z0-9]", "lalnum": "[a-z0-9]", "ualnum": "[A-Z0-9]", "hex": "[0-9a-f]",
        "uhex": "[0-9A-F]", "b64url": "[A-Za-z0-9_-]", "b64": "[A-Za-z0-9+/]", "digits": "[0-9]",
        "letters": "[A-Za-z]", "lower": "[a-z]"}
WORDS_OF = {"alnum": "alphanumerics", "lalnum": "lower-case alphanumerics", "ualnum": "upper-case alphanumerics",
            "hex": "lower-case hex", "uhex": "upper-case hex", "b64url": "base64url characters",
            "b64": "standard Base64 characters", "digits": "digits", "letters": "letters", "lower": "lower-case letters"}
UUID4_R = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"


class Spec:
    """A shape built from parts: literal strings, (alphabet, n) tuples or ('uuid4',)."""

    def __init__(self, *parts):
        self.parts = parts

    def gen(self, rng):
        out = []
        for p in self.parts:
            if isinstance(p, str):
                out.append(p)
            elif p[0] == "uuid4":
                out.append(C.uuid4(rng))
            else:
                out.append(C.rs(rng, ALPH[p[0]], p[1]))
        return "".join(out)

    def regex(self):
        r = []
        for p in self.parts:
            if isinstance(p, str):
                r.append(re.escape(p))
            elif p[0] == "uuid4":
                r.append(UUID4_R)
            else:
                r.append(f"{RCLS[p[0]]}{{{p[1]}}}")
        return "^" + "".join(r) + "$"

    def check(self, v, keys):
        return bool(re.match(self.regex(), v))

    def describe(self):
        d = []
        for p in self.parts:
            if isinstance(p, str):
                d.append(f"`{p}`")
            elif p[0] == "uuid4":
                d.append("UUIDv4")
            else:
                d.append(f"{p[1]} {WORDS_OF[p[0]]}")
        return " + ".join(d)


class Owner:
    def gen(self, rng):
        return W.password(rng, W.JOIN_WIDE, 0.45)

    def check(self, v, keys):
        return W.is_password(v)

    def describe(self):
        return "owner-chosen password (trade word + joiner + tail)"


class Frame:
    def __init__(self, desc, gen, check):
        self.desc, self._gen, self._check = desc, gen, check

    def gen(self, rng):
        return self._gen(rng)

    def check(self, v, keys):
        return self._check(v, keys)

    def describe(self):
        return self.desc


class VKeys:
    def __init__(self):
        self.jwt = {}
        self.macaroon = {}
        self.ses = {}
        self.sas = {}


VK = VKeys()   # filled while generating; reset per build


# ---------------------------------------------------------------- frames
def g_supabase(rng):
    key = C.rbytes(rng, 32)
    ref = C.rs(rng, C.LOWER, 20)
    iat = rng.randint(1_700_000_000, 1_760_000_000)
    t = C.hs256_jwt({"alg": "HS256", "typ": "JWT"},
                    {"iss": "supabase", "ref": ref, "role": "service_role", "iat": iat, "exp": iat + 315_360_000}, key)
    VK.jwt[t] = key
    return t


def c_supabase(v, keys):
    if v not in VK.jwt or not C.hs256_verify(v, VK.jwt[v]):
        return False
    p = json.loads(C.b64u_decode(v.split(".")[1]))
    return p.get("role") == "service_role" and p.get("iss") == "supabase"


def g_pypi(rng):
    root = C.rbytes(rng, 32)
    ident = b"\x01" + C.rs(rng, C.HEX, 32).encode()
    cav = [json.dumps({"version": 1, "permissions": {"projects": ["thistlecombe-wigcare"]}}).encode()]
    raw = C.macaroon_v2(b"pypi.org", ident, cav, root)
    v = "pypi-" + C.b64u_nopad(raw)
    VK.macaroon[v] = root
    return v


def c_pypi(v, keys):
    return (v.startswith("pypi-AgEIcHlwaS5vcmc") and v in VK.macaroon
            and C.macaroon_v2_verify(C.b64u_decode(v[5:]), VK.macaroon[v]))


def g_mapbox(rng):
    user = rng.choice(["gaslight-hmu", "mandrakefx", "thistlecombe"])
    body = C.b64u_nopad(json.dumps({"u": user, "a": "c" + C.rs(rng, C.LALNUM, 24)}, separators=(",", ":")).encode())
    return f"sk.{body}.{C.rs(rng, C.B64URL, 22)}"


def c_mapbox(v, keys):
    m = re.fullmatch(r"sk\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]{22}", v)
    if not m:
        return False
    try:
        d = json.loads(C.b64u_decode(m.group(1)))
        return set(d) == {"u", "a"}
    except Exception:
        return False


def g_glc(rng):
    obj = {"o": str(rng.randint(100000, 999999)), "n": "stack-" + str(rng.randint(100000, 999999)) + "-alloy-ventilate",
           "k": C.rs(rng, C.ALNUM, 24), "m": {"r": rng.choice(["prod-gb-south-0", "prod-eu-west-2"])}}
    return "glc_" + base64.b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode()


def c_glc(v, keys):
    try:
        d = json.loads(base64.b64decode(v[4:]))
        return v.startswith("glc_eyJ") and set(d) == {"o", "n", "k", "m"}
    except Exception:
        return False


def g_cftunnel(rng):
    obj = {"a": C.rs(rng, C.HEX, 32), "t": C.uuid4(rng), "s": base64.b64encode(C.rbytes(rng, 32)).decode()}
    return base64.b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode()


def c_cftunnel(v, keys):
    try:
        d = json.loads(base64.b64decode(v))
        return (set(d) == {"a", "t", "s"} and re.fullmatch("[0-9a-f]{32}", d["a"])
                and re.fullmatch(UUID4_R, d["t"]) and len(base64.b64decode(d["s"])) == 32)
    except Exception:
        return False


def g_discord_bot(rng):
    uid = str(rng.randint(10 ** 17, 2 * 10 ** 18 - 1))
    return C.b64u_nopad(uid.encode()) + "." + C.rs(rng, C.B64URL, 6) + "." + C.rs(rng, C.B64URL, 27)


def c_discord_bot(v, keys):
    m = re.fullmatch(r"([A-Za-z0-9_-]{24,26})\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27}", v)
    if not m:
        return False
    try:
        return C.b64u_decode(m.group(1)).decode().isdigit()
    except Exception:
        return False


def g_ses(rng):
    sk = C.rs(rng, C.B64, 40)
    region = rng.choice(["eu-west-2", "eu-west-1"])
    v = C.ses_smtp_password(sk, region)
    VK.ses[v] = (sk, region)
    return v


def c_ses(v, keys):
    return v in VK.ses and C.ses_smtp_password(*VK.ses[v]) == v and base64.b64decode(v)[0] == 4


def g_sas(rng):
    acct = "gaslightcontinuity"
    key = base64.b64encode(C.rbytes(rng, 64)).decode()
    day = rng.randint(10, 27)
    q = C.azure_sas(acct, key, "rl", f"2025-10-{day}T08:00:00Z", f"2026-04-{day}T18:00:00Z")
    VK.sas[q] = (acct, key)
    return q


def c_sas(v, keys):
    return v in VK.sas and C.azure_sas_verify(v, *VK.sas[v])


_RSA_CACHE = {}


def _rsa(rng, tag):
    return C.rsa_keygen(rng)


def g_gh_app_pem(rng):
    k = _rsa(rng, "gh")
    return C.pem("RSA PRIVATE KEY", C.rsa_pkcs1_der(k))


def c_pem(v, keys):
    return C.rsa_pem_valid(v)


def g_gcp_pem(rng):
    k = _rsa(rng, "gcp")
    return C.pem("PRIVATE KEY", C.rsa_pkcs8_der(k)).replace("\n", "\\n")


def c_gcp_pem(v, keys):
    return "\n" not in v and C.rsa_pem_valid(v.replace("\\n", "\n"))


def g_cliniko(rng):
    raw = f"{rng.randint(10 ** 17, 10 ** 18 - 1)}-{C.rs(rng, C.ALNUM, 32)}"
    return base64.b64encode(raw.encode()).decode().rstrip("=") + "-uk1"


def c_cliniko(v, keys):
    m = re.fullmatch(r"([A-Za-z0-9+/]+)-uk[1-3]", v)
    if not m:
        return False
    try:
        s = base64.b64decode(m.group(1) + "=" * (-len(m.group(1)) % 4)).decode()
        return bool(re.fullmatch(r"\d{18}-[A-Za-z0-9]{32}", s))
    except Exception:
        return False


# ---------------------------------------------------------------- neighbours (public halves)
def n_digits(n, prefix=""):
    return lambda r: prefix + C.rs(r, C.DIGITS, n)


def n_email(firm):
    return lambda r: r.choice(W.LOGINS) + "@" + firm


def n_spec(*parts):
    s = Spec(*parts)
    return s.gen


# ---------------------------------------------------------------- the types
S = Spec
O = Owner()
G_TRADE = "Trade bodies, suppliers and portals (owner-chosen passwords)"
G_DEV3D = "Trade devices, scanning, 3D and media services"
G_CLINIC = "Clinic, bookings and paperwork"
G_SHOP = "Shop, payments and shipping"
G_MSG = "E-mail, messaging and webhooks"
G_AI = "AI services"
G_DEV = "Developer services"
G_CLOUD = "Cloud, monitoring and device platforms"

TH = "thistlecombe-wigs.example"
GA = "gaslight-hmu.example"
MA = "mandrake-fx.example"
VE = "ventilate.example"

# (type, group, source, source note, spec, style, neighbour label, neighbour generator)
TYPES = [
    # trade portals (owner-chosen)
    ("nhs_supply_chain_catalogue_password", G_TRADE, "owner", "", O, "office_nordpass_csv_export", "account number", n_digits(8, "NSC")),
    ("nhbf_members_area_password", G_TRADE, "owner", "", O, "office_safari_passwords_csv_export", "membership number", n_digits(7, "M")),
    ("bectu_member_portal_password", G_TRADE, "owner", "", O, "office_keeper_json_export", "member number", n_digits(6)),
    ("arts_council_grantium_password", G_TRADE, "owner", "", O, "office_nordpass_csv_export", "applicant id", n_digits(8, "ACE-")),
    ("screenskills_training_portal_password", G_TRADE, "owner", "", O, "office_webex_space_message_copy", "user email", n_email(GA)),
    ("kryolan_professional_shop_password", G_TRADE, "owner", "", O, "office_safari_passwords_csv_export", "trade account", n_digits(6, "KP")),
    ("charles_fox_trade_account_password", G_TRADE, "owner", "", O, "office_imessage_thread_copy", "account email", n_email(GA)),
    ("banbury_postiche_trade_password", G_TRADE, "owner", "", O, "office_keeper_json_export", "customer number", n_digits(5, "BP")),
    ("mouldlife_trade_shop_password", G_TRADE, "owner", "", O, "office_discord_dm_copy", "account email", n_email(MA)),
    ("ellen_wille_partner_portal_password", G_TRADE, "owner", "", O, "office_nordpass_csv_export", "partner id", n_digits(6, "EW")),
    ("jon_renau_dealer_portal_password", G_TRADE, "owner", "", O, "office_safari_passwords_csv_export", "dealer number", n_digits(5, "JR")),
    ("kays_production_manual_password", G_TRADE, "owner", "", O, "office_webex_space_message_copy", "login email", n_email(GA)),
    ("companies_house_webfiling_password", G_TRADE, "owner", "", O, "office_keeper_json_export", "company number", n_digits(8)),
    ("phorest_salon_api_password", G_TRADE, "owner", "", O, "ops_proc_environ_dump_capture", "api username", lambda r: "global/" + r.choice(W.LOGINS) + "@" + TH),
    # trade devices, scanning, 3D, media
    ("companies_house_authentication_code", G_CLINIC, "believed", "", S(("ualnum", 6)), "office_imessage_thread_copy", "company number", n_digits(8, "1")),
    ("bambu_lab_printer_lan_access_code", G_DEV3D, "believed", "", S(("digits", 8)), "office_discord_dm_copy", "printer serial", n_spec("01P00A", ("ualnum", 9))),
    ("octoprint_global_api_key", G_DEV3D, "believed", "", S(("uhex", 32)), "dev_prusaslicer_physical_printer_ini", None, None),
    ("moonraker_api_key", G_DEV3D, "believed", "", S(("hex", 32)), "dev_prusaslicer_physical_printer_ini", None, None),
    ("formlabs_dashboard_api_client_secret", G_DEV3D, "guessed", "", S(("alnum", 40)), "iot_moonraker_secrets_ini", "client id", n_spec(("alnum", 40))),
    ("sketchfab_api_token", G_DEV3D, "believed", "", S(("hex", 32)), "iot_moonraker_secrets_ini", None, None),
    ("autodesk_aps_client_secret", G_DEV3D, "believed", "", S(("alnum", 16)), "ops_helm_get_values_all_capture", "client id", n_spec(("alnum", 32))),
    ("onshape_api_secret_key", G_DEV3D, "believed", "", S(("alnum", 48)), "ops_helm_get_values_all_capture", "access key", n_spec(("alnum", 24))),
    ("ftrack_api_key", G_DEV3D, "believed", "", S(("uuid4",)), "ops_docker_compose_config_capture", "api user", n_email(MA)),
    ("frameio_developer_token", G_DEV3D, "read", "gitleaks frameio-api-token (fio-u- + 64 of [a-z0-9_=-], case-insensitive; base64url mine)", S("fio-u-", ("b64url", 64)), "ops_vercel_env_pull_dotenv", None, None),
    ("dropbox_short_lived_access_token", G_DEV3D, "read", "gitleaks dropbox-short-lived-api-token (sl. + 135)", S("sl.", ("b64url", 135)), "ops_vercel_env_pull_dotenv", None, None),
    ("cloudinary_api_secret", G_DEV3D, "believed", "", S(("b64url", 27)), "ops_vercel_env_pull_dotenv", "api key", n_digits(15)),
    ("remove_bg_api_key", G_DEV3D, "guessed", "", S(("alnum", 24)), "ops_gcloud_run_services_describe_yaml", None, None),
    ("photoroom_api_key", G_DEV3D, "guessed", "", S(("hex", 40)), "ops_gcloud_run_services_describe_yaml", None, None),
    # clinic, bookings, paperwork
    ("cliniko_api_key", G_CLINIC, "believed", "", Frame("standard Base64 (unpadded) of an 18-digit user id + `-` + 32 alphanumerics, + `-uk1` (shard suffix)", g_cliniko, c_cliniko), "ops_lambda_get_function_configuration_json", None, None),
    ("acuity_scheduling_api_key", G_CLINIC, "guessed", "", S(("hex", 32)), "ops_lambda_get_function_configuration_json", "user id", n_digits(8)),
    ("docusign_integration_secret_key", G_CLINIC, "believed", "", S(("uuid4",)), "ops_az_webapp_appsettings_list_json", "integration key", C.uuid4),
    ("jotform_api_key", G_CLINIC, "read", "Kingfisher jotform (32 alphanumerics)", S(("alnum", 32)), "ops_lambda_get_function_configuration_json", None, None),
    ("typeform_personal_access_token", G_CLINIC, "read", "gitleaks typeform-api-token (tfp_ + 59; the 44 _ 14 split mine)", S("tfp_", ("alnum", 44), "_", ("alnum", 14)), "ops_az_webapp_appsettings_list_json", None, None),
    ("zoom_server_to_server_client_secret", G_CLINIC, "believed", "", S(("alnum", 32)), "ops_az_webapp_appsettings_list_json", "client id", n_spec(("alnum", 22))),
    ("square_production_access_token", G_CLINIC, "read", "gitleaks square-access-token, Kingfisher square (EAAA + 60)", S("EAAA", ("b64url", 60)), "ops_gitlab_project_variables_api_json", None, None),
    # shop, payments, shipping
    ("square_oauth_application_secret", G_SHOP, "read", "Kingfisher square (sq0csp- + 43)", S("sq0csp-", ("b64url", 43)), "ops_gitlab_project_variables_api_json", "application id", n_spec("sq0idp-", ("b64url", 22))),
    ("stripe_restricted_api_key", G_SHOP, "read", "gitleaks stripe-access-token (rk_live_ + 10-99; 99 mine)", S("rk_live_", ("alnum", 99)), "ops_gitlab_project_variables_api_json", None, None),
    ("stripe_webhook_signing_secret", G_SHOP, "believed", "", S("whsec_", ("alnum", 32)), "ops_gitlab_project_variables_api_json", None, None),
    ("shopify_custom_app_access_token", G_SHOP, "read", "gitleaks shopify-custom-access-token", S("shpca_", ("hex", 32)), "ops_systemctl_show_environment_capture", None, None),
    ("woocommerce_rest_consumer_secret", G_SHOP, "believed", "", S("cs_", ("hex", 40)), "ops_systemctl_show_environment_capture", "consumer key", n_spec("ck_", ("hex", 40))),
    ("ebay_production_cert_id", G_SHOP, "believed", "", S("PRD-", ("hex", 12), "-", ("hex", 4), "-", ("hex", 4), "-", ("hex", 4), "-", ("hex", 4)), "ops_systemctl_show_environment_capture", "app id", n_spec("Thistlec-WigCare-PRD-", ("hex", 9), "-", ("hex", 8))),
    ("paypal_rest_client_secret", G_SHOP, "believed", "", S("E", ("b64url", 79)), "ops_docker_compose_config_capture", "client id", n_spec("A", ("b64url", 79))),
    ("mollie_live_api_key", G_SHOP, "believed", "", S("live_", ("alnum", 30)), "ops_docker_compose_config_capture", None, None),
    ("wise_personal_api_token", G_SHOP, "read", "Kingfisher transferwise (UUID; v4 mine)", S(("uuid4",)), "ops_proc_environ_dump_capture", None, None),
    ("easypost_production_api_key", G_SHOP, "read", "gitleaks easypost-api-token, Kingfisher easypost", S("EZAK", ("alnum", 54)), "ops_proc_environ_dump_capture", None, None),
    ("shippo_live_api_token", G_SHOP, "read", "gitleaks shippo-api-token, Kingfisher shippo", S("shippo_live_", ("hex", 40)), "ops_proc_environ_dump_capture", None, None),
    ("royal_mail_click_and_drop_api_key", G_SHOP, "guessed", "", S(("uuid4",)), "ops_systemctl_show_environment_capture", None, None),
    ("freeagent_oauth_client_secret", G_SHOP, "guessed", "", S(("b64url", 22)), "ops_helm_get_values_all_capture", "oauth identifier", n_spec(("b64url", 22))),
    # mail, messaging, webhooks
    ("sendgrid_api_key", G_MSG, "read", "gitleaks sendgrid-api-token, Kingfisher sendgrid (SG. 22 . 43)", S("SG.", ("b64url", 22), ".", ("b64url", 43)), "ops_k8s_secret_stringdata_manifest", None, None),
    ("postmark_server_api_token", G_MSG, "read", "Kingfisher postmark (UUID shape; v4 mine)", S(("uuid4",)), "ops_k8s_secret_stringdata_manifest", None, None),
    ("mailjet_api_secret_key", G_MSG, "believed", "", S(("hex", 32)), "ops_k8s_secret_stringdata_manifest", "api key", n_spec(("hex", 32))),
    ("mailersend_api_token", G_MSG, "believed", "", S("mlsn.", ("hex", 64)), "dev_taskfile_yml_env", None, None),
    ("twilio_api_key_secret", G_MSG, "read", "Kingfisher twilio (key secret 32 of [a-z0-9]; the SK sid beside it from the same rule and gitleaks twilio-api-key)", S(("lalnum", 32)), "dev_taskfile_yml_env", "api key sid", n_spec("SK", ("hex", 32))),
    ("vonage_api_secret", G_MSG, "believed", "", S(("alnum", 16)), "dev_taskfile_yml_env", "api key", n_spec(("hex", 8))),
    ("discord_bot_token", G_MSG, "read", "Kingfisher discord (24 . 6 . 27; the Base64 user-id head believed)", Frame("base64url (unpadded) of an 18-19 digit user id + `.` + 6 base64url + `.` + 27 base64url", g_discord_bot, c_discord_bot), "iot_moonraker_secrets_ini", None, None),
    ("discord_incoming_webhook_url", G_MSG, "read", "Kingfisher discord (webhooks/ + 18 digits / + 68)", S("https://discord.com/api/webhooks/", ("digits", 18), "/", ("b64url", 68)), "iot_moonraker_secrets_ini", None, None),
    ("slack_app_level_token", G_MSG, "read", "gitleaks slack-app-token (xapp-1-A...; segment lengths believed)", S("xapp-1-A", ("ualnum", 10), "-", ("digits", 13), "-", ("hex", 64)), "dev_serverless_yml_environment", None, None),
    ("slack_incoming_webhook_url", G_MSG, "read", "gitleaks slack-webhook-url (services/ + 43-56; the T/B/24 split believed)", S("https://hooks.slack.com/services/T", ("ualnum", 10), "/B", ("ualnum", 10), "/", ("alnum", 24)), "dev_serverless_yml_environment", None, None),
    ("microsoft_teams_incoming_webhook_url", G_MSG, "read", "gitleaks microsoft-teams-webhook, Kingfisher microsoftteamswebhook", S("https://gaslighthmu.webhook.office.com/webhookb2/", ("uuid4",), "@", ("uuid4",), "/IncomingWebhook/", ("hex", 32), "/", ("uuid4",)), "ops_az_webapp_appsettings_list_json", None, None),
    ("whatsapp_cloud_api_access_token", G_MSG, "read", "gitleaks facebook-page-access-token (EAA[MC] + 100 or more; length mine)", S("EAAM", ("alnum", 160)), "dev_serverless_yml_environment", None, None),
    ("pushbullet_access_token", G_MSG, "read", "Kingfisher pushbullet (34 of [A-Za-z0-9_.]; the o. head believed)", S("o.", ("alnum", 32)), "iot_moonraker_secrets_ini", None, None),
    # AI
    ("mistral_api_key", G_AI, "believed", "", S(("alnum", 32)), "dev_llm_cli_keys_json", None, None),
    ("cohere_api_key", G_AI, "read", "gitleaks cohere-api-token (40 alphanumerics)", S(("alnum", 40)), "dev_llm_cli_keys_json", None, None),
    ("deepseek_api_key", G_AI, "believed", "", S("sk-", ("hex", 32)), "dev_litellm_proxy_config_yaml", None, None),
    ("xai_api_key", G_AI, "read", "Kingfisher xai (xai- + 80 of [0-9A-Za-z_]; alphanumerics mine)", S("xai-", ("alnum", 80)), "dev_litellm_proxy_config_yaml", None, None),
    ("openrouter_api_key", G_AI, "believed", "", S("sk-or-v1-", ("hex", 64)), "dev_sgptrc_file", None, None),
    ("elevenlabs_api_key", G_AI, "read", "Kingfisher elevenlabs (sk_ + 48 hex)", S("sk_", ("hex", 48)), "dev_mise_toml_env", None, None),
    ("assemblyai_api_key", G_AI, "read", "Kingfisher assemblyai (32 of [0-9a-z]; hex believed)", S(("hex", 32)), "dev_mise_toml_env", None, None),
    ("deepgram_api_key", G_AI, "read", "Kingfisher deepgram (40 of [0-9a-z]; hex believed)", S(("hex", 40)), "dev_mise_toml_env", None, None),
    ("fal_ai_api_key", G_AI, "believed", "", S(("uuid4",), ":", ("hex", 32)), "dev_mise_toml_env", None, None),
    ("azure_openai_api_key", G_AI, "believed", "", S(("hex", 32)), "dev_litellm_proxy_config_yaml", None, None),
    ("tavily_api_key", G_AI, "believed", "", S("tvly-", ("alnum", 32)), "dev_devcontainer_json_remoteenv", None, None),
    ("langfuse_secret_key", G_AI, "believed", "", S("sk-lf-", ("uuid4",)), "dev_devcontainer_json_remoteenv", "public key", n_spec("pk-lf-", ("uuid4",))),
    ("weights_and_biases_api_key", G_AI, "read", "Kingfisher weightsandbiases (40 hex)", S(("hex", 40)), "dev_devcontainer_json_remoteenv", None, None),
    ("anthropic_admin_api_key", G_AI, "read", "gitleaks anthropic-admin-api-key", S("sk-ant-admin01-", ("b64url", 93), "AA"), "dev_devcontainer_json_remoteenv", None, None),
    ("huggingface_organization_api_token", G_AI, "read", "gitleaks huggingface-organization-api-token (api_org_ + 34 letters)", S("api_org_", ("letters", 34)), "dev_llm_cli_keys_json", None, None),
    # developer services
    ("github_classic_personal_access_token", G_DEV, "read", "gitleaks github-pat", S("ghp_", ("alnum", 36)), "dev_gh_hosts_yml", None, None),
    ("github_app_installation_token", G_DEV, "read", "gitleaks github-app-token", S("ghs_", ("alnum", 36)), "ops_gitlab_project_variables_api_json", None, None),
    ("github_refresh_token", G_DEV, "read", "gitleaks github-refresh-token (ghr_ + 36)", S("ghr_", ("alnum", 36)), "ops_helm_get_values_all_capture", None, None),
    ("github_app_private_key", G_DEV, "believed", "", Frame("real 2048-bit RSA private key, PKCS#1 PEM (`-----BEGIN RSA PRIVATE KEY-----`, 64-character Base64 lines), generated from a fixed seed", g_gh_app_pem, c_pem), "dev_direnv_envrc", "app id", n_digits(7)),
    ("gitlab_runner_authentication_token", G_DEV, "read", "gitleaks gitlab-runner-authentication-token", S("glrt-", ("b64url", 20)), "ops_gitlab_runner_config_toml", None, None),
    ("gitlab_pipeline_trigger_token", G_DEV, "read", "gitleaks gitlab-ptt", S("glptt-", ("hex", 40)), "dev_taskfile_yml_env", None, None),
    ("gitlab_deploy_token", G_DEV, "read", "gitleaks gitlab-deploy-token", S("gldt-", ("b64url", 20)), "dev_direnv_envrc", "deploy username", lambda r: "gitlab+deploy-token-" + str(r.randint(100000, 999999))),
    ("atlassian_api_token", G_DEV, "read", "gitleaks atlassian-api-token (ATATT3 + 186; the xFfGF0 head and the = + 8 hex tail believed)", S("ATATT3xFfGF0", ("b64url", 171), "=", ("uhex", 8)), "dev_direnv_envrc", "atlassian email", n_email(VE)),
    ("pypi_upload_token", G_DEV, "read", "gitleaks pypi-upload-token, Kingfisher pypi (head); the macaroon frame believed", Frame("`pypi-` + base64url (unpadded) of a real libmacaroons v2 macaroon (location pypi.org, identifier, one JSON caveat, HMAC-SHA256 chain from a discarded root key)", g_pypi, c_pypi), "dev_direnv_envrc", None, None),
    ("docker_hub_personal_access_token", G_DEV, "read", "Kingfisher dockerhub", S("dckr_pat_", ("b64url", 27)), "ops_gitlab_project_variables_api_json", "docker id", lambda r: "ventilatedigital"),
    ("terraform_cloud_user_token", G_DEV, "read", "gitleaks hashicorp-tf-api-token, Kingfisher terraformcloud", S(("alnum", 14), ".atlasv1.", ("alnum", 67)), "dev_terraform_credentials_tfrc_json", None, None),
    ("hashicorp_vault_service_token", G_DEV, "read", "gitleaks vault-service-token (hvs. + 90-120; 95 mine)", S("hvs.", ("b64url", 95)), "dev_direnv_envrc", None, None),
    ("grafana_service_account_token", G_DEV, "read", "gitleaks grafana-service-account-token, Kingfisher grafana (the 8 hex tail random here)", S("glsa_", ("alnum", 32), "_", ("hex", 8)), "ops_helm_get_values_all_capture", None, None),
    ("grafana_cloud_access_policy_token", G_DEV, "read", "gitleaks grafana-cloud-api-token (glc_ + Base64); the JSON keys inside believed", Frame("`glc_` + standard Base64 of compact JSON {o, n, k, m: {r}}", g_glc, c_glc), "ops_helm_get_values_all_capture", None, None),
    ("netlify_personal_access_token", G_DEV, "believed", "", S("nfp_", ("alnum", 40)), "dev_netlify_cli_config_json", None, None),
    ("supabase_service_role_key", G_DEV, "believed", "", Frame("real HS256 JWT {iss: supabase, ref, role: service_role, iat, exp} under a discarded project secret", g_supabase, c_supabase), "dev_mise_toml_env", "project ref url", lambda r: "https://" + C.rs(r, C.LOWER, 20) + ".supabase.co"),
    ("supabase_personal_access_token", G_DEV, "read", "Kingfisher supabasetoken (sbp_ + 40 of [a-z0-9]; hex believed)", S("sbp_", ("hex", 40)), "dev_direnv_envrc", None, None),
    ("linear_personal_api_key", G_DEV, "read", "gitleaks linear-api-key, Kingfisher linear", S("lin_api_", ("alnum", 40)), "dev_serverless_yml_environment", None, None),
    ("figma_personal_access_token", G_DEV, "read", "Kingfisher figma (figd_ + 40 of [a-z0-9_-], case-insensitive)", S("figd_", ("b64url", 40)), "dev_mise_toml_env", None, None),
    ("postman_api_key", G_DEV, "read", "gitleaks postman-api-token", S("PMAK-", ("hex", 24), "-", ("hex", 34)), "dev_taskfile_yml_env", None, None),
    ("clickup_personal_api_token", G_DEV, "read", "Kingfisher clickup", S("pk_", ("digits", 8), "_", ("ualnum", 32)), "dev_serverless_yml_environment", None, None),
    ("trello_api_token", G_DEV, "believed", "", S("ATTA", ("hex", 64), ("uhex", 8)), "dev_taskfile_yml_env", "api key", n_spec(("hex", 32))),
    ("asana_personal_access_token", G_DEV, "read", "Kingfisher asana (1/ + digits + : + 32; the 16-digit id believed)", S("1/", ("digits", 16), ":", ("hex", 32)), "dev_serverless_yml_environment", None, None),
    ("new_relic_user_api_key", G_DEV, "read", "gitleaks new-relic-user-api-key (NRAK- + 27; upper-case mine)", S("NRAK-", ("ualnum", 27)), "ops_gcloud_run_services_describe_yaml", None, None),
    ("new_relic_ingest_license_key", G_DEV, "believed", "", S(("hex", 36), "NRAL"), "ops_gcloud_run_services_describe_yaml", None, None),
    ("dynatrace_api_token", G_DEV, "read", "gitleaks dynatrace-api-token (case mine)", S("dt0c01.", ("ualnum", 24), ".", ("ualnum", 64)), "ops_gcloud_run_services_describe_yaml", None, None),
    ("launchdarkly_server_sdk_key", G_DEV, "read", "Kingfisher launchdarkly (- UUIDv4; the sdk head believed)", S("sdk-", ("uuid4",)), "ops_gcloud_run_services_describe_yaml", None, None),
    ("doppler_personal_token", G_DEV, "read", "gitleaks doppler-api-token, Kingfisher doppler", S("dp.pt.", ("alnum", 43)), "dev_direnv_envrc", None, None),
    ("ngrok_agent_authtoken", G_DEV, "read", "Kingfisher ngrok (25-30 _ digit + 20; 27 mine)", S(("alnum", 27), "_", ("digits", 1), ("alnum", 20)), "dev_ngrok_agent_yml", None, None),
    ("cloudflare_tunnel_token", G_DEV, "believed", "", Frame("standard Base64 of compact JSON {a: 32 hex account tag, t: tunnel UUIDv4, s: Base64 of 32 bytes}", g_cftunnel, c_cftunnel), "ops_docker_compose_config_capture", None, None),
    ("axiom_api_token", G_DEV, "believed", "", S("xaat-", ("uuid4",)), "ops_lambda_get_function_configuration_json", None, None),
    ("opsgenie_api_key", G_DEV, "read", "Kingfisher opsgenie (UUID shape; v4 mine)", S(("uuid4",)), "ops_lambda_get_function_configuration_json", None, None),
    # cloud, monitoring, devices
    ("aws_ses_smtp_password", G_CLOUD, "believed", "", Frame("44 standard Base64 characters: version byte 0x04 + the HMAC-SHA256 chain of the SES SMTP scheme (date 11111111, region, ses, aws4_request, SendRawEmail) over an IAM secret key kept in memory", g_ses, c_ses), "ops_k8s_secret_stringdata_manifest", "smtp username", n_spec("AKIA", ("ualnum", 16))),
    ("azure_ad_client_secret", G_CLOUD, "read", "gitleaks azure-ad-client-secret (3 + digit + Q~ + 31-34; 34 mine)", S(("alnum", 3), ("digits", 1), "Q~", ("alnum", 34)), "ops_az_webapp_appsettings_list_json", "client id", C.uuid4),
    ("azure_devops_personal_access_token", G_CLOUD, "read", "Kingfisher azuredevops (84 alphanumerics; the AZDO signature believed)", S(("alnum", 52), ("ualnum", 24), "AZDO", ("alnum", 4)), "ops_gitlab_project_variables_api_json", None, None),
    ("azure_service_bus_shared_access_key", G_CLOUD, "believed", "", Frame("44 standard Base64 characters (32 random bytes, ending `=`)", lambda r: base64.b64encode(C.rbytes(r, 32)).decode(), lambda v, k: len(v) == 44 and len(base64.b64decode(v)) == 32), "ops_az_webapp_appsettings_list_json", "namespace", lambda r: "gaslight-kit-" + str(r.randint(10, 99))),
    ("azure_blob_account_sas_token", G_CLOUD, "believed", "", Frame("account SAS query (sv, ss, srt, sp, se, st, spr, sig) whose sig is the real URL-encoded Base64 HMAC-SHA256 of the string-to-sign under an account key kept in memory (the whole query labelled)", g_sas, c_sas), "ops_lambda_get_function_configuration_json", None, None),
    ("gcp_service_account_private_key", G_CLOUD, "believed", "", Frame("real 2048-bit RSA private key, PKCS#8 PEM with JSON `\\n` escapes (as the private_key field of a service-account JSON holds it), generated from a fixed seed", g_gcp_pem, c_gcp_pem), "ops_k8s_secret_stringdata_manifest", None, None),
    ("google_oauth_client_secret", G_CLOUD, "read", "Kingfisher google (GOCSPX- + 28; the client id beside it from the same file)", S("GOCSPX-", ("b64url", 28)), "ops_k8s_secret_stringdata_manifest", "client id", n_spec(("digits", 12), "-", ("lalnum", 32), ".apps.googleusercontent.com")),
    ("digitalocean_spaces_secret_key", G_CLOUD, "believed", "", S(("b64", 43)), "dev_mise_toml_env", "access key", n_spec("DO00", ("ualnum", 16))),
    ("cloudflare_r2_secret_access_key", G_CLOUD, "believed", "", S(("hex", 64)), "ops_docker_compose_config_capture", "access key id", n_spec(("hex", 32))),
    ("vultr_api_key", G_CLOUD, "read", "Kingfisher vultrapikey (36 upper-case alphanumerics)", S(("ualnum", 36)), "ops_proc_environ_dump_capture", None, None),
    ("influxdb_api_token", G_CLOUD, "believed", "", S(("b64url", 86), "=="), "iot_moonraker_secrets_ini", None, None),
    ("adafruit_io_key", G_CLOUD, "read", "Kingfisher adafruitio (aio_ + 28)", S("aio_", ("alnum", 28)), "iot_moonraker_secrets_ini", "adafruit io username", lambda r: "mandrakefx"),
    ("particle_access_token", G_CLOUD, "read", "Kingfisher particle.io (40 of [a-zA-Z0-9]; hex believed)", S(("hex", 40)), "ops_systemctl_show_environment_capture", None, None),
    ("mapbox_secret_access_token", G_CLOUD, "read", "Kingfisher mapbox (sk. + 32-128 . 20-30); the Base64 JSON {u, a} inside believed", Frame("`sk.` + base64url of compact JSON {u: account, a: 25-character id} + `.` + 22 base64url", g_mapbox, c_mapbox), "ops_vercel_env_pull_dotenv", None, None),
]
TYPE_NAMES = [t[0] for t in TYPES]


# ---------------------------------------------------------------- styles
def _kv_lines(items, style, sep="=", quote=""):
    out = []
    for k, v in items:
        out.append(f"{k}{sep}{quote}{v}{quote}")
    return "\n".join(out)


def st_lambda(items, r, extra):
    body = {k: ("@@V@@" if v == M else v) for k, v in items}
    body.update(extra)
    t = "$ aws lambda get-function-configuration --function-name clinic-reminders --query Environment\n" + \
        json.dumps({"Variables": body}, indent=4)
    return t.replace("@@V@@", M)


def st_gcloud(items, r, extra):
    lines = ["$ gcloud run services describe shop-images --region europe-west2 --format yaml",
             "apiVersion: serving.knative.dev/v1", "kind: Service", "metadata:", "  name: shop-images",
             "spec:", "  template:", "    spec:", "      containers:",
             "      - image: europe-west2-docker.pkg.dev/ventilate/shop/images:" + str(r.randint(100, 999)),
             "        env:"]
    for k, v in list(extra.items()) + items:
        lines.append(f"        - name: {k}")
        lines.append(f"          value: '{v}'")
    return "\n".join(lines) + "\n"


def st_azapp(items, r, extra):
    arr = [{"name": k, "slotSetting": False, "value": v} for k, v in list(extra.items()) + [(a, ("@@V@@" if b == M else b)) for a, b in items]]
    return ("$ az webapp config appsettings list --name gaslight-kit --resource-group hmu-prod\n"
            + json.dumps(arr, indent=2).replace("@@V@@", M) + "\n")


def st_vercel(items, r, extra):
    lines = ["# Created by Vercel CLI"]
    for k, v in list(extra.items()) + items:
        lines.append(f'{k}="{v}"')
    return "\n".join(lines) + "\n"


def st_helm(items, r, extra):
    lines = ["$ helm get values stock -n ventilate --all", "COMPUTED VALUES:", "image:",
             "  repository: registry.ventilate.example/stock", f"  tag: 1.{r.randint(0, 30)}.{r.randint(0, 9)}",
             "replicaCount: 2", "env:"]
    for k, v in list(extra.items()) + items:
        lines.append(f"  {k}: {v}")
    return "\n".join(lines) + "\n"


def st_environ(items, r, extra):
    lines = [f"$ sudo tr '\\0' '\\n' < /proc/{r.randint(900, 9999)}/environ", "LANG=en_GB.UTF-8",
             "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin", "HOME=/srv/app"]
    for k, v in list(extra.items()) + items:
        lines.append(f"{k}={v}")
    lines.append("INVOCATION_ID=" + C.rs(r, C.HEX, 32))
    return "\n".join(lines) + "\n"


def st_systemctl(items, r, extra):
    pairs = [f"{k}={v}" for k, v in list(extra.items()) + items]
    return ("$ systemctl show shop-sync.service -p Environment\n"
            "Environment=" + " ".join(pairs) + "\n")


def st_compose(items, r, extra):
    lines = ["$ docker compose config", "name: printfarm", "services:", "  worker:",
             "    image: registry.ventilate.example/printfarm-worker:latest", "    environment:"]
    for k, v in list(extra.items()) + items:
        lines.append(f"      {k}: {v}")
    lines += ["    networks:", "      default: null", "networks:", "  default:", "    name: printfarm_default"]
    return "\n".join(lines) + "\n"


def st_gitlabvars(items, r, extra):
    arr = []
    for k, v in list(extra.items()) + items:
        arr.append({"variable_type": "env_var", "key": k, "value": "@@V@@" if v == M else v,
                    "protected": True, "masked": False, "raw": True, "environment_scope": "*", "description": None})
    return ("$ glab api projects/ventilate%2Fshop/variables\n" + json.dumps(arr, indent=2).replace("@@V@@", M) + "\n")


def st_k8s(items, r, extra):
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: mailer", "  namespace: clinic",
             "type: Opaque", "stringData:"]
    for k, v in list(extra.items()) + items:
        lines.append(f"  {k}: \"{v}\"")
    return "\n".join(lines) + "\n"


def st_k8s_gcp(items, r, extra, rng_sa):
    pid = "ventilate-" + str(rng_sa.randint(100000, 999999))
    sa = {"type": "service_account", "project_id": pid, "private_key_id": C.rs(rng_sa, C.HEX, 40),
          "private_key": "@@V@@\\n", "client_email": f"stock-export@{pid}.iam.gserviceaccount.com",
          "client_id": C.rs(rng_sa, C.DIGITS, 21), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
          "token_uri": "https://oauth2.googleapis.com/token"}
    js = json.dumps(sa, indent=2).replace("\\\\n", "\\n")
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: gcs-export", "  namespace: stock",
             "type: Opaque", "stringData:", "  service-account.json: |"]
    lines += ["    " + l for l in js.splitlines()]
    return "\n".join(lines).replace("@@V@@", M) + "\n"


def st_direnv(items, r, extra):
    lines = ["# .envrc - ventilate/shop", "dotenv_if_exists .env.local"]
    for k, v in list(extra.items()) + items:
        lines.append(f'export {k}="{v}"')
    return "\n".join(lines) + "\n"


def st_mise(items, r, extra):
    lines = ["[tools]", 'node = "22"', 'python = "3.12"', "", "[env]"]
    for k, v in list(extra.items()) + items:
        lines.append(f'{k} = "{v}"')
    return "\n".join(lines) + "\n"


def st_taskfile(items, r, extra):
    lines = ["version: '3'", "", "env:"]
    for k, v in list(extra.items()) + items:
        lines.append(f"  {k}: '{v}'")
    lines += ["", "tasks:", "  reminders:", "    cmds:", "      - go run ./cmd/reminders"]
    return "\n".join(lines) + "\n"


def st_devcontainer(items, r, extra):
    env = {k: ("@@V@@" if v == M else v) for k, v in list(extra.items()) + items}
    t = json.dumps({"name": "ventilate-ai", "image": "mcr.microsoft.com/devcontainers/python:3.12",
                    "remoteEnv": env, "postCreateCommand": "pip install -r requirements.txt"}, indent=2)
    return t.replace("@@V@@", M) + "\n"


def st_serverless(items, r, extra):
    lines = ["service: crew-notify", "provider:", "  name: aws", "  runtime: nodejs20.x", "  region: eu-west-2",
             "  environment:"]
    for k, v in list(extra.items()) + items:
        lines.append(f"    {k}: '{v}'")
    lines += ["functions:", "  notify:", "    handler: src/notify.handler"]
    return "\n".join(lines) + "\n"


def st_moonraker_secrets(items, r, extra):
    lines = ["# moonraker_secrets.ini - referenced from moonraker.conf as {secrets.section.option}"]
    lines.append("[print_farm]")
    for k, v in list(extra.items()) + items:
        lines.append(f"{k}: {v}")
    return "\n".join(lines) + "\n"


STYLES = {
    "ops_lambda_get_function_configuration_json": ("upper", "terminal capture of `aws lambda get-function-configuration --query Environment`", "\"\\", st_lambda),
    "ops_gcloud_run_services_describe_yaml": ("upper", "terminal capture of `gcloud run services describe --format yaml` (env list)", "'", st_gcloud),
    "ops_az_webapp_appsettings_list_json": ("upper", "terminal capture of `az webapp config appsettings list`", "\"\\", st_azapp),
    "ops_vercel_env_pull_dotenv": ("upper", ".env.production.local written by `vercel env pull`", "\"\\$", st_vercel),
    "ops_helm_get_values_all_capture": ("camel", "terminal capture of `helm get values --all`", "#'\": ", st_helm),
    "ops_proc_environ_dump_capture": ("upper", "terminal capture of a process environment read from /proc/PID/environ", "", st_environ),
    "ops_systemctl_show_environment_capture": ("upper", "terminal capture of `systemctl show -p Environment`", " \"'\\", st_systemctl),
    "ops_docker_compose_config_capture": ("upper", "terminal capture of `docker compose config` (resolved environment)", "#'\": ", st_compose),
    "ops_gitlab_project_variables_api_json": ("upper", "terminal capture of `glab api projects/:id/variables`", "\"\\", st_gitlabvars),
    "ops_k8s_secret_stringdata_manifest": ("kebab", "Kubernetes Secret manifest with stringData", "\"\\", st_k8s),
    "dev_direnv_envrc": ("upper", "direnv .envrc with exports", "\"\\$`", st_direnv),
    "dev_mise_toml_env": ("upper", "mise.toml [env] table", "\"\\", st_mise),
    "dev_taskfile_yml_env": ("upper", "Taskfile.yml env block", "'", st_taskfile),
    "dev_devcontainer_json_remoteenv": ("upper", "devcontainer.json remoteEnv", "\"\\$", st_devcontainer),
    "dev_serverless_yml_environment": ("upper", "serverless.yml provider environment", "'$", st_serverless),
    "iot_moonraker_secrets_ini": ("snake", "moonraker_secrets.ini on the print-farm Pi", "#;{}", st_moonraker_secrets),
    # native styles (their own field names)
    "dev_prusaslicer_physical_printer_ini": ("native", "PrusaSlicer physical printer profile (.ini, printhost_apikey)", "", None),
    "dev_gh_hosts_yml": ("native", "GitHub CLI ~/.config/gh/hosts.yml", "", None),
    "ops_gitlab_runner_config_toml": ("native", "GitLab Runner /etc/gitlab-runner/config.toml", "", None),
    "dev_terraform_credentials_tfrc_json": ("native", "~/.terraform.d/credentials.tfrc.json", "", None),
    "dev_ngrok_agent_yml": ("native", "ngrok agent ngrok.yml", "", None),
    "dev_llm_cli_keys_json": ("native", "keys.json of the `llm` command-line tool", "", None),
    "dev_litellm_proxy_config_yaml": ("native", "LiteLLM proxy config.yaml model_list", "", None),
    "dev_sgptrc_file": ("native", "~/.config/shell_gpt/.sgptrc (OpenAI-compatible base URL)", "", None),
    "dev_netlify_cli_config_json": ("native", "~/.config/netlify/config.json (users auth token)", "", None),
    "office_nordpass_csv_export": ("native", "NordPass CSV export", "", None),
    "office_safari_passwords_csv_export": ("native", "Safari / Passwords app CSV export", "", None),
    "office_keeper_json_export": ("native", "Keeper JSON export (one record)", "", None),
    "office_discord_dm_copy": ("spaced", "Discord direct message copied out", "", None),
    "office_webex_space_message_copy": ("spaced", "Webex space message copied out", "", None),
    "office_imessage_thread_copy": ("spaced", "iMessage thread copied from the Mac", "", None),
}

LLM_ALIAS = {"mistral_api_key": "mistral", "cohere_api_key": "cohere",
             "huggingface_organization_api_token": "huggingface"}
LITELLM_MODEL = {"deepseek_api_key": "deepseek/deepseek-chat", "xai_api_key": "xai/grok-3-mini",
                 "azure_openai_api_key": "azure/wig-notes-gpt4o"}
PRUSA_HOST = {"octoprint_global_api_key": "octoprint", "moonraker_api_key": "octoprint"}
PORTAL_URL = {
    "nhs_supply_chain_catalogue_password": "https://my.supplychain.nhs.uk/catalogue",
    "nhbf_members_area_password": "https://www.nhbf.co.uk/login",
    "bectu_member_portal_password": "https://members.bectu.org.uk",
    "arts_council_grantium_password": "https://grantium.artscouncil.org.uk",
    "screenskills_training_portal_password": "https://www.screenskills.com/sign-in",
    "kryolan_professional_shop_password": "https://shop.kryolan.com/en/account",
    "charles_fox_trade_account_password": "https://www.charlesfox.co.uk/account",
    "banbury_postiche_trade_password": "https://www.banburypostiche.co.uk/trade",
    "mouldlife_trade_shop_password": "https://www.mouldlife.net/my-account",
    "ellen_wille_partner_portal_password": "https://partner.ellen-wille.de",
    "jon_renau_dealer_portal_password": "https://www.jonrenau.com/dealer-login",
    "kays_production_manual_password": "https://www.kays.co.uk/login",
    "companies_house_webfiling_password": "https://ewf.companieshouse.gov.uk",
}
PORTAL_NAME = {
    "nhs_supply_chain_catalogue_password": "NHS Supply Chain catalogue",
    "nhbf_members_area_password": "NHBF members area",
    "bectu_member_portal_password": "Bectu member portal",
    "arts_council_grantium_password": "Arts Council Grantium",
    "screenskills_training_portal_password": "ScreenSkills",
    "kryolan_professional_shop_password": "Kryolan Professional shop",
    "charles_fox_trade_account_password": "Charles Fox trade account",
    "banbury_postiche_trade_password": "Banbury Postiche trade",
    "mouldlife_trade_shop_password": "Mouldlife trade shop",
    "ellen_wille_partner_portal_password": "Ellen Wille partner portal",
    "jon_renau_dealer_portal_password": "Jon Renau dealer portal",
    "kays_production_manual_password": "Kays Production Manual",
    "companies_house_webfiling_password": "Companies House WebFiling",
}


def native(style, t, v_mark, nb, r):
    """Render a native-style record; nb is (label, value) or None."""
    tname = t
    if style == "dev_prusaslicer_physical_printer_ini":
        return ("# generated by PrusaSlicer 2.8.1+linux-x64-GTK3\n"
                f"host_type = {PRUSA_HOST[tname]}\n"
                f"print_host = http://{'10.73.8.' + str(r.randint(10, 90))}\n"
                f"printhost_apikey = {v_mark}\n"
                "printhost_cafile = \n"
                f"preset_name = Mandrake {r.choice(['Mk4', 'Voron 2.4', 'SL1S'])} #{r.randint(1, 6)}\n")
    if style == "dev_gh_hosts_yml":
        return ("github.com:\n    users:\n        ventilate-ops:\n"
                f"            oauth_token: {v_mark}\n"
                "    git_protocol: https\n    user: ventilate-ops\n")
    if style == "ops_gitlab_runner_config_toml":
        return ("concurrent = 2\ncheck_interval = 0\n\n[[runners]]\n  name = \"k3s-1 docker\"\n"
                "  url = \"https://gitlab.com\"\n"
                f"  token = \"{v_mark}\"\n"
                "  executor = \"docker\"\n  [runners.docker]\n    image = \"alpine:3.20\"\n    privileged = false\n")
    if style == "dev_terraform_credentials_tfrc_json":
        return json.dumps({"credentials": {"app.terraform.io": {"token": "@@V@@"}}}, indent=2).replace("@@V@@", v_mark) + "\n"
    if style == "dev_ngrok_agent_yml":
        return ('version: "3"\nagent:\n' f"    authtoken: {v_mark}\n"
                "tunnels:\n    booking:\n        proto: http\n        addr: 8000\n")
    if style == "dev_llm_cli_keys_json":
        return json.dumps({"// Note": "This file stores API credentials. Do not share!",
                           LLM_ALIAS[tname]: "@@V@@"}, indent=2).replace("@@V@@", v_mark) + "\n"
    if style == "dev_litellm_proxy_config_yaml":
        extra = "      api_base: https://wig-notes.openai.azure.com\n      api_version: 2024-10-21\n" if "azure" in tname else ""
        return ("model_list:\n  - model_name: wig-notes\n    litellm_params:\n"
                f"      model: {LITELLM_MODEL[tname]}\n{extra}      api_key: {v_mark}\n"
                "general_settings:\n  master_key: os.environ/LITELLM_MASTER_KEY\n")
    if style == "dev_sgptrc_file":
        return ("CHAT_CACHE_LENGTH=100\nREQUEST_TIMEOUT=60\nDEFAULT_MODEL=deepseek/deepseek-chat-v3\n"
                "API_BASE_URL=https://openrouter.ai/api/v1\n"
                f"OPENAI_API_KEY={v_mark}\nUSE_LITELLM=false\n")
    if style == "dev_netlify_cli_config_json":
        uid = C.rs(r, C.HEX, 24)
        return json.dumps({"telemetryDisabled": True, "userId": uid,
                           "users": {uid: {"id": uid, "name": "Ventilate Digital", "email": "ops@" + VE,
                                           "auth": {"token": "@@V@@", "github": {}}}}}, indent=2).replace("@@V@@", v_mark) + "\n"
    raise KeyError(style)


def office_render(style, t, v_mark, nb, r):
    url = PORTAL_URL.get(t, "")
    name = PORTAL_NAME.get(t, t.replace("_", " "))
    user = nb[1] if nb else ""
    who = r.choice(W.FIRST)
    if style == "office_nordpass_csv_export":
        import csv
        import io
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["name", "url", "username", "password", "note", "cardholdername", "cardnumber", "cvc",
                    "expirydate", "zipcode", "folder", "full_name", "phone_number", "email", "address1",
                    "address2", "city", "country", "state", "type"])
        w.writerow([name, url, user, "@@V@@", "", "", "", "", "", "", "Suppliers", "", "", "", "", "", "", "", "", "password"])
        return buf.getvalue().replace("@@V@@", v_mark)
    if style == "office_safari_passwords_csv_export":
        import csv
        import io
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["Title", "URL", "Username", "Password", "Notes", "OTPAuth"])
        w.writerow([url.split("/")[2], url, user, "@@V@@", "", ""])
        return buf.getvalue().replace("@@V@@", v_mark)
    if style == "office_keeper_json_export":
        return json.dumps({"shared_folders": [], "records": [
            {"uid": C.rs(r, C.B64URL, 22), "title": name, "$type": "login", "login": user, "password": "@@V@@",
             "login_url": url, "notes": "", "folders": [{"folder": "Thistlecombe office"}]}]}, indent=2).replace("@@V@@", v_mark) + "\n"
    label = (nb[0] + " " + nb[1]) if nb else ""
    noun = t.replace("_", " ")
    if style == "office_discord_dm_copy":
        return (f"{who} — Today at {r.randint(7, 18)}:{r.randint(10, 59)}\n"
                f"{noun}: {v_mark}\n" + (f"{label}\n" if label else "") + "delete this once you've saved it x\n")
    if style == "office_webex_space_message_copy":
        return (f"{who}, {r.randint(7, 18)}:{r.randint(10, 59)}\n"
                f"Hi both - for the {name} login use {user} and {v_mark}\n"
                "Edited\n")
    if style == "office_imessage_thread_copy":
        return (f"{who}\n{noun}? the renewal form wants it\n\nMe\n"
                + (f"{label} / {v_mark}\n" if label else f"{v_mark}\n") + "Delivered\n")
    raise KeyError(style)


def build(reg, seed=27302):
    rng = random.Random(seed)
    VK.__init__()
    recs = []
    for t in TYPES:
        tname, group, src, note, spec, style, nlabel, ngen = t
        case, sdesc, forbid, fn = STYLES[style]
        if tname == "gcp_service_account_private_key":
            forbid = '"'          # the JSON string holds its own \n escapes
        for _ in range(300):
            v = spec.gen(rng)
            if any(c in forbid for c in v) or not reg.ok(v):
                continue
            nb = None
            if nlabel:
                nv = ngen(rng)
                if nv == v or nv in v or v in nv or not reg.ok(nv):
                    continue
                nb = (nlabel, nv)
            if style.startswith("office_"):
                text = office_render(style, tname, M, nb, rng)
            elif case == "native":
                text = native(style, tname, M, nb, rng)
            else:
                key = C.case_key(tname.split("_"), case)
                items = []
                if nb:
                    nkey = C.case_key(tname.split("_")[:1] + nb[0].split(), case)
                    items.append((nkey, nb[1]))
                items.append((key, M))
                if style == "ops_k8s_secret_stringdata_manifest" and tname == "gcp_service_account_private_key":
                    text = st_k8s_gcp(items, rng, {}, rng)
                else:
                    text = fn(items, rng, {})
            pre, post = text.split(M)
            full = pre + v + post
            if full.count(v) != 1 or W.PW_ANY_RE.search(pre + post):
                continue
            if nb and full.count(nb[1]) != 1:
                continue
            reg.add(v)
            if nb:
                reg.add(nb[1])
            recs.append(dict(type=tname, container=f"{tname}__{style}", text=full,
                             secrets=[dict(value=v, start=len(pre), end=len(pre) + len(v), type=tname)],
                             source="vendor", _neighbour=nb[1] if nb else None))
            break
        else:
            raise RuntimeError("vendor placement failed: " + tname)
    return recs


SPEC_BY = {t[0]: t for t in TYPES}


def check_value(tname, v):
    return SPEC_BY[tname][4].check(v, None)
