"""Vendor positives: one record per type, in a container typical of where that key lives."""
import base64
import hashlib
import hmac
import json
import random
import re
import string

import common258 as C

M = C.MARK

ALPH = {
    "alnum": (string.ascii_letters + string.digits, "[A-Za-z0-9]", "alphanumerics"),
    "lalnum": (C.LOWALNUM, "[a-z0-9]", "lower-case alphanumerics"),
    "ualnum": (C.UPALNUM, "[A-Z0-9]", "upper-case alphanumerics"),
    "hex": (C.HEXL, "[0-9a-f]", "lower-case hex"),
    "uhex": (C.HEXU, "[0-9A-F]", "upper-case hex"),
    "digits": (string.digits, "[0-9]", "digits"),
    "b64url": (C.B64URL, "[A-Za-z0-9_-]", "base64url characters"),
    "b64": (C.B64STD, "[A-Za-z0-9+/]", "standard Base64 characters"),
    "alpha": (string.ascii_letters, "[A-Za-z]", "letters"),
    "ub32": ("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", "[A-Z2-7]", "upper-case base32 characters"),
}


class Shape:
    """A simple shape: literal parts and (alphabet, count) parts."""

    def __init__(self, *parts):
        self.parts = parts

    def gen(self, rng):
        out = []
        for p in self.parts:
            out.append(p if isinstance(p, str) else C.rstr(rng, ALPH[p[0]][0], p[1]))
        return "".join(out)

    def regex(self):
        return "".join(re.escape(p) if isinstance(p, str) else f"{ALPH[p[0]][1]}{{{p[1]}}}" for p in self.parts)

    def ok(self, v):
        return bool(re.fullmatch(self.regex(), v))

    def desc(self):
        d = []
        for p in self.parts:
            d.append(f"`{p}`" if isinstance(p, str) else f"{p[1]} {ALPH[p[0]][2]}")
        return " + ".join(d)


class Frame:
    def __init__(self, gen, ok, desc):
        self._gen, self._ok, self._desc = gen, ok, desc

    def gen(self, rng):
        return self._gen(rng)

    def ok(self, v):
        return self._ok(v)

    def desc(self):
        return self._desc


def _pw_frame():
    return Frame(lambda rng: C.owner_password(rng, strict=False, cap_p=0.5), lambda v: bool(C.PW_RE.match(v)),
                 "owner-chosen password")


def _uuid_frame(upper=False):
    return Frame(lambda rng: C.uuid4(rng, upper), lambda v: C.is_uuid_v4(v) and (v.isupper() or not upper) and (upper or v == v.lower()),
                 "UUIDv4" + (" in upper case" if upper else ""))


def _jwt_hs(alg, payload_fn, desc):
    hf = {"HS256": hashlib.sha256, "HS512": hashlib.sha512}[alg]

    def gen(rng):
        h = C.b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
        p = C.b64u(json.dumps(payload_fn(rng), separators=(",", ":")).encode())
        sig = hmac.new(C.rbytes(rng, 32), f"{h}.{p}".encode(), hf).digest()
        return f"{h}.{p}.{C.b64u(sig)}"

    def ok(v):
        return C.jwt_frame_ok(v) and json.loads(C.b64u_dec(v.split(".")[0]))["alg"] == alg
    return Frame(gen, ok, desc)


def _ha_payload(rng):
    iat = 1709300000 + rng.randrange(0, 900000)
    return {"iss": C.rstr(rng, C.HEXL, 32), "iat": iat, "exp": iat + 315360000}


def _emnify_payload(rng):
    iat = 1709300000 + rng.randrange(0, 900000)
    return {"aud": "/api/v1/application_token", "iss": "https://e-nimbus.com", "iat": iat,
            "esc.app": rng.randrange(10000, 99999), "esc.org": rng.randrange(100000, 999999),
            "jti": C.uuid4(rng)}


def _intercom():
    def gen(rng):
        return base64.b64encode(f"tok:{C.uuid4(rng)}:1:0".encode()).decode()

    def ok(v):
        try:
            d = base64.b64decode(v, validate=True).decode()
        except Exception:
            return False
        m = re.fullmatch(r"tok:([0-9a-f-]{36}):1:0", d)
        return bool(m) and C.is_uuid_v4(m.group(1)) and len(v) == 60
    return Frame(gen, ok, "standard Base64 of `tok:` + UUIDv4 + `:1:0` (60 characters, 59 + `=`)")


def _sentry_org():
    def gen(rng):
        body = {"iat": 1709300000 + rng.randrange(0, 900000), "url": "https://sentry.io",
                "region_url": "https://de.sentry.io", "org": "casingcollar"}
        b = base64.b64encode(json.dumps(body, separators=(",", ":")).encode()).decode()
        return "sntrys_" + b + "_" + C.rstr(rng, C.B64STD.replace("+", "").replace("/", ""), 43)

    def ok(v):
        m = re.fullmatch(r"sntrys_(eyJpYXQiO[A-Za-z0-9+/]+={0,2})_([A-Za-z0-9]{43})", v)
        if not m:
            return False
        try:
            d = json.loads(base64.b64decode(m.group(1)))
        except Exception:
            return False
        return {"iat", "url", "region_url", "org"} <= set(d)
    return Frame(gen, ok, "`sntrys_` + standard Base64 of JSON {iat, url, region_url, org} + `_` + 43 alphanumerics")


def _ops_token():
    def gen(rng):
        body = {"signInAddress": "casingcollar.1password.eu", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
                "iterations": 650000, "salt": C.b64u(C.rbytes(rng, 16))},
                "email": C.rstr(rng, C.LOWALNUM, 13) + "@1passwordserviceaccounts.eu",
                "srpX": C.rbytes(rng, 32).hex(), "muk": {"alg": "A256GCM", "ext": True, "k": C.b64u(C.rbytes(rng, 32)),
                "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"}, "throttleSecret": {"seed": C.rbytes(rng, 32).hex(),
                "uuid": C.rstr(rng, C.LOWALNUM.upper(), 26)}, "deviceUuid": C.rstr(rng, C.LOWALNUM, 26)}
        return "ops_" + C.b64u(json.dumps(body, separators=(",", ":")).encode())

    def ok(v):
        if not re.fullmatch(r"ops_eyJ[A-Za-z0-9_-]{250,}", v):
            return False
        try:
            d = json.loads(C.b64u_dec(v[4:]))
        except Exception:
            return False
        return {"signInAddress", "userAuth", "email", "srpX", "muk"} <= set(d)
    return Frame(gen, ok, "`ops_` + base64url of the service-account JSON {signInAddress, userAuth, email, srpX, muk, ...}")


def _elastic():
    def gen(rng):
        return base64.b64encode((C.rstr(rng, C.B64URL, 20) + ":" + C.rstr(rng, C.B64URL, 22)).encode()).decode()

    def ok(v):
        try:
            d = base64.b64decode(v, validate=True).decode()
        except Exception:
            return False
        return bool(re.fullmatch(r"[A-Za-z0-9_-]{20}:[A-Za-z0-9_-]{22}", d))
    return Frame(gen, ok, "standard Base64 of `id:key` (20 + 22 base64url characters)")


def _azure_storage():
    def gen(rng):
        return base64.b64encode(C.rbytes(rng, 64)).decode()

    def ok(v):
        try:
            return len(v) == 88 and len(base64.b64decode(v, validate=True)) == 64
        except Exception:
            return False
    return Frame(gen, ok, "standard Base64 of 64 random bytes (88 characters, ends `==`)")


def _circleci():
    def gen(rng):
        L, U, D = string.ascii_lowercase, string.ascii_uppercase, string.digits
        r = lambda a, n: C.rstr(rng, a, n)
        head = r(L + D, 4) + r(L, 5) + r(L + D, 3) + r(D, 3) + r(L, 2) + r(U, 2) + r(D, 1) + r(L, 1) + r(L + D, 1) + r(D, 1) + r(L, 1)
        return "CCIPAT_" + head + "_" + r(C.HEXL, 40)
    rx = r"CCIPAT_[a-z0-9]{4}[a-z]{5}[a-z0-9]{3}[0-9]{3}[a-z]{2}[A-Z]{2}[0-9][a-z][a-z0-9][0-9][a-z]_[0-9a-f]{40}"
    return Frame(gen, lambda v: bool(re.fullmatch(rx, v)),
                 "`CCIPAT_` + 24 characters in the rule's letter/digit pattern + `_` + 40 lower-case hex")


S = Shape
OWN = "owner-chosen"
READ_G, READ_K, BEL, GUE = "read this session (gitleaks rule)", "read this session (Kingfisher rule)", "believed from memory", "guessed"

# (type, group, shape, source, neighbour label or None, neighbour shape or None, style, note)
SPECS = [
    # --- trade services: pumps, drilling, hydrogeology, telemetry, field service, regulators, labs, merchants
    ("grundfos_go_remote_account_password", "trade", _pw_frame(), OWN, "grundfos account email", "email:pump", "office_lastpass_csv_export", ""),
    ("franklin_electric_fe_connect_password", "trade", _pw_frame(), OWN, "fe connect installer id", S("FE-INST-", ("digits", 5)), "office_onepassword_1pux_item_json", ""),
    ("dab_dconnect_installer_password", "trade", _pw_frame(), OWN, "dconnect login email", "email:pump", "office_lastpass_csv_export", ""),
    ("solinst_levelsender_ftp_password", "trade", _pw_frame(), OWN, "levelsender ftp user", S("lsx", ("digits", 4)), "office_phone_note_app_text", ""),
    ("ewon_talk2m_account_password", "trade", _pw_frame(), OWN, "talk2m account name", S("HallowayReeve", ("digits", 2)), "office_onepassword_1pux_item_json", ""),
    ("hivemq_cloud_mqtt_password", "trade", _pw_frame(), OWN, "hivemq mqtt username", S("rtu-gw-", ("digits", 2)), "iot_esphome_secrets_yaml", ""),
    ("geotab_mygeotab_service_password", "trade", _pw_frame(), OWN, "mygeotab database", S("deepcut_", ("digits", 3)), "ops_vault_kv_get_table_capture", ""),
    ("defra_id_account_password", "trade", _pw_frame(), OWN, "defra customer reference", S("11", ("digits", 8)), "office_lastpass_csv_export", ""),
    ("bgs_borehole_records_portal_password", "trade", _pw_frame(), OWN, "bgs account email", "email:drill", "office_onepassword_1pux_item_json", ""),
    ("als_webtrieve_lab_portal_password", "trade", _pw_frame(), OWN, "als client code", S("HALREE", ("digits", 3)), "office_lastpass_csv_export", ""),
    ("wolseley_trade_account_password", "trade", _pw_frame(), OWN, "wolseley trade account number", S("WT", ("digits", 7)), "office_phone_note_app_text", ""),
    ("eurofins_client_portal_password", "trade", _pw_frame(), OWN, "eurofins client id", S("EUK-", ("digits", 6)), "office_phone_note_app_text", ""),
    ("ewon_talk2m_developer_id", "trade", _uuid_frame(), BEL, None, None, "ops_vault_kv_get_table_capture", "GUID form believed"),
    ("in_situ_hydrovu_client_secret", "trade", S(("alnum", 40)), GUE, "hydrovu client id", S("hydrovu-", ("lalnum", 12)), "ops_infisical_export_dotenv_capture", ""),
    ("van_essen_diver_hub_api_key", "trade", S(("hex", 32)), GUE, None, None, "ops_render_blueprint_yaml", ""),
    ("ott_hydromet_cloud_api_key", "trade", S(("alnum", 48)), GUE, None, None, "ops_k8s_secret_stringdata_manifest", ""),
    ("onset_hobolink_client_secret", "trade", S(("alnum", 32)), GUE, "hobolink client id", S(("lalnum", 16)), "ops_infisical_export_dotenv_capture", ""),
    ("eagle_io_api_key", "trade", S(("b64url", 40)), GUE, None, None, "ops_fly_secrets_set_capture", ""),
    ("teltonika_rms_personal_access_token", "trade", S(("alnum", 64)), GUE, None, None, "iot_teltonika_rutos_uci_export", ""),
    ("victron_vrm_access_token", "trade", S(("hex", 64)), BEL, None, None, "iot_teltonika_rutos_uci_export", ""),
    ("solaredge_monitoring_api_key", "trade", S(("ualnum", 32)), BEL, None, None, "iot_esphome_secrets_yaml", ""),
    ("thingsboard_device_access_token", "trade", S(("alnum", 20)), READ_K, None, None, "iot_micropython_secrets_py", ""),
    ("datacake_workspace_api_token", "trade", S(("hex", 40)), GUE, None, None, "iot_micropython_secrets_py", ""),
    ("blues_notehub_client_secret", "trade", S(("alnum", 64)), GUE, "notehub client id", "uuid", "ops_k8s_secret_stringdata_manifest", ""),
    ("hologram_dashboard_api_key", "trade", S(("alnum", 32)), GUE, None, None, "iot_teltonika_rutos_uci_export", ""),
    ("one_nce_api_client_secret", "trade", S(("alnum", 32)), GUE, "1nce client id", S(("digits", 8)), "ops_infisical_export_dotenv_capture", ""),
    ("emnify_application_token", "trade", _jwt_hs("HS512", _emnify_payload, "real HS512 JWT (payload aud, iss, iat, esc.app, esc.org, jti; HMAC under a discarded key)"), BEL, None, None, "iot_micropython_secrets_py", "JWT believed; HS512 and claims guessed"),
    ("home_assistant_long_lived_access_token", "trade", _jwt_hs("HS256", _ha_payload, "real HS256 JWT (payload iss = 32 hex, iat, exp ten years later; HMAC under a discarded key)"), BEL, None, None, "iot_esphome_secrets_yaml", ""),
    ("samsara_fleet_api_token", "trade", S("samsara_api_", ("alnum", 30)), BEL, None, None, "ops_vault_kv_get_table_capture", ""),
    ("webfleet_connect_api_key", "trade", _uuid_frame(), GUE, None, None, "ops_heroku_config_output", ""),
    ("simpro_api_access_token", "trade", S(("hex", 40)), GUE, None, None, "shop_laravel_env_production", ""),
    ("commusoft_api_key", "trade", S(("alnum", 32)), GUE, None, None, "shop_laravel_env_production", ""),
    ("bigchange_jobwatch_api_key", "trade", _uuid_frame(upper=True), GUE, None, None, "ops_docker_compose_environment_yaml", ""),
    ("joblogic_api_client_secret", "trade", S(("b64url", 48)), GUE, "joblogic client id", S("jl-", ("lalnum", 10)), "ops_docker_compose_environment_yaml", ""),
    ("housecall_pro_api_key", "trade", S(("hex", 32)), GUE, None, None, "ops_heroku_config_output", ""),
    ("servicetitan_client_secret", "trade", S("cs1.", ("lalnum", 51)), GUE, "servicetitan client id", S("cid.", ("lalnum", 25)), "ops_vault_kv_get_table_capture", ""),
    ("arcgis_location_platform_api_key", "trade", S("AAPK", ("hex", 32), ("b64url", 64)), BEL, None, None, "ops_render_blueprint_yaml", "AAPK head believed, length guessed"),
    ("os_data_hub_project_api_key", "trade", S(("alnum", 32)), BEL, None, None, "ops_render_blueprint_yaml", ""),
    ("what3words_api_key", "trade", S(("ualnum", 8)), BEL, None, None, "shop_laravel_env_production", ""),
    ("roboflow_private_api_key", "trade", S(("alnum", 20)), BEL, None, None, "ops_fly_secrets_set_capture", ""),
    ("openweathermap_api_key", "trade", S(("hex", 32)), READ_K, None, None, "ops_fly_secrets_set_capture", "rule allows [a-z0-9]{32}; hex believed"),
    ("companies_house_api_key", "trade", _uuid_frame(), BEL, None, None, "shop_laravel_env_production", ""),
    ("ideal_postcodes_api_key", "trade", S("ak_", ("lalnum", 26)), GUE, None, None, "shop_laravel_env_production", "ak_ head believed"),
    ("getaddress_io_api_key", "trade", S(("b64url", 22)), GUE, None, None, "shop_laravel_env_production", ""),
    # --- commerce, payments, accounting
    ("xero_oauth_client_secret", "commerce", S(("b64url", 48)), BEL, "xero client id", S(("uhex", 32)), "ops_terraform_state_resource_json", ""),
    ("quickbooks_online_client_secret", "commerce", S(("alnum", 40)), BEL, "quickbooks client id", S("AB", ("alnum", 48)), "ops_terraform_state_resource_json", ""),
    ("sage_business_cloud_client_secret", "commerce", S(("b64url", 43)), GUE, "sage client id", "uuid", "ops_heroku_config_output", ""),
    ("gocardless_live_access_token", "commerce", S("live_", ("b64url", 40)), READ_G, None, None, "shop_laravel_env_production", ""),
    ("sumup_secret_api_key", "commerce", S("sup_sk_", ("alnum", 32)), BEL, None, None, "shop_laravel_env_production", ""),
    ("stripe_live_secret_key", "commerce", S("sk_live_", ("alnum", 99)), READ_G, None, None, "ops_heroku_config_output", "length inside the 10-99 range mine"),
    ("shopify_admin_api_access_token", "commerce", S("shpat_", ("hex", 32)), READ_G, None, None, "ops_fly_secrets_set_capture", ""),
    ("bigcommerce_api_access_token", "commerce", S(("lalnum", 31)), BEL, "bigcommerce store hash", S(("lalnum", 10)), "ops_heroku_config_output", ""),
    ("ecwid_secret_token", "commerce", S("secret_", ("alnum", 32)), BEL, None, None, "ops_docker_compose_environment_yaml", ""),
    ("zoho_inventory_refresh_token", "commerce", S("1000.", ("hex", 32), ".", ("hex", 32)), READ_K, None, None, "ops_terraform_state_resource_json", "rule is for CRM access tokens; same frame believed"),
    ("adyen_api_key", "commerce", S("AQE", ("b64", 117)), GUE, None, None, "ops_k8s_secret_stringdata_manifest", "AQE head believed, body and length guessed"),
    ("checkout_com_secret_key", "commerce", S("sk_", ("lalnum", 26)), GUE, None, None, "ops_k8s_secret_stringdata_manifest", ""),
    # --- messaging, mail, support, automation
    ("twilio_auth_token", "messaging", S(("hex", 32)), READ_K, "twilio account sid", S("AC", ("hex", 32)), "ops_infisical_export_dotenv_capture", "rule allows [a-z0-9]{32}; hex believed"),
    ("slack_bot_token", "messaging", S("xoxb-", ("digits", 12), "-", ("digits", 13), "-", ("alnum", 24)), READ_G, None, None, "ci_woodpecker_pipeline_yaml", ""),
    ("slack_app_level_token", "messaging", S("xapp-1-A", ("ualnum", 10), "-", ("digits", 13), "-", ("hex", 64)), READ_G, None, None, "ops_k8s_secret_stringdata_manifest", ""),
    ("telegram_bot_token", "messaging", S(("digits", 10), ":AA", ("b64url", 33)), READ_G, None, None, "iot_micropython_secrets_py", ""),
    ("brevo_api_key", "messaging", S("xkeysib-", ("hex", 64), "-", ("alnum", 16)), READ_G, None, None, "shop_laravel_env_production", ""),
    ("mailgun_private_api_key", "messaging", S("key-", ("hex", 32)), READ_G, None, None, "ops_docker_compose_environment_yaml", ""),
    ("pushover_application_token", "messaging", S(("lalnum", 30)), BEL, "pushover user key", S(("lalnum", 30)), "iot_esphome_secrets_yaml", ""),
    ("make_scenario_webhook_url", "messaging", S("https://hook.eu2.make.com/", ("lalnum", 32)), BEL, None, None, "office_phone_note_app_text", "whole URL labelled"),
    ("zapier_catch_hook_url", "messaging", S("https://hooks.zapier.com/hooks/catch/", ("digits", 8), "/", ("lalnum", 7)), READ_K, None, None, "ops_render_blueprint_yaml", "whole URL labelled"),
    ("mattermost_personal_access_token", "messaging", S(("lalnum", 26)), READ_G, None, None, "ci_woodpecker_pipeline_yaml", ""),
    ("messagebird_live_access_key", "messaging", S(("alnum", 25)), READ_G, None, None, "ops_docker_compose_environment_yaml", ""),
    ("zendesk_api_token", "messaging", S(("alnum", 40)), READ_G, "zendesk agent email", "email:pump", "ops_heroku_config_output", ""),
    ("intercom_access_token", "messaging", _intercom(), READ_K, None, None, "ops_heroku_config_output", "Base64 inner form believed"),
    ("resend_api_key", "messaging", S("re_", ("alnum", 8), "_", ("alnum", 24)), BEL, None, None, "shop_laravel_env_production", "lengths guessed"),
    ("ifttt_webhooks_key", "messaging", S(("b64url", 22)), BEL, None, None, "iot_esphome_secrets_yaml", ""),
    ("pagerduty_rest_api_key", "messaging", S("u+", ("b64url", 18)), READ_K, None, None, "ci_circleci_context_env_capture", ""),
    ("onesignal_rest_api_key", "messaging", _uuid_frame(), READ_K, None, None, "ops_fly_secrets_set_capture", ""),
    # --- AI services
    ("openai_project_api_key", "ai", S("sk-proj-", ("b64url", 74), "T3BlbkFJ", ("b64url", 74)), READ_G, None, None, "ops_fly_secrets_set_capture", ""),
    ("anthropic_api_key", "ai", S("sk-ant-api03-", ("b64url", 93), "AA"), READ_G, None, None, "ops_infisical_export_dotenv_capture", ""),
    ("groq_api_key", "ai", S("gsk_", ("alnum", 52)), READ_K, None, None, "ops_render_blueprint_yaml", ""),
    ("google_gemini_api_key", "ai", S("AIzaSy", ("b64url", 33)), READ_G, None, None, "ops_k8s_secret_stringdata_manifest", "AIzaSy head believed"),
    ("perplexity_api_key", "ai", S("pplx-", ("alnum", 48)), READ_G, None, None, "ops_vault_kv_get_table_capture", ""),
    ("replicate_api_token", "ai", S("r8_", ("b64url", 37)), READ_K, None, None, "ops_docker_compose_environment_yaml", ""),
    ("huggingface_user_access_token", "ai", S("hf_", ("alpha", 34)), READ_G, None, None, "dev_httpie_session_json", ""),
    ("together_ai_api_key", "ai", S(("hex", 64)), BEL, None, None, "ops_infisical_export_dotenv_capture", ""),
    ("langsmith_personal_access_token", "ai", S("lsv2_pt_", ("hex", 32), "_", ("hex", 10)), BEL, None, None, "ops_render_blueprint_yaml", ""),
    ("azure_ai_speech_resource_key", "ai", S(("hex", 32)), BEL, "azure speech region", S("uk", "south"), "ci_azure_devops_variable_group_json", ""),
    ("stability_ai_api_key", "ai", S("sk-", ("alnum", 48)), BEL, None, None, "ops_heroku_config_output", ""),
    ("weights_and_biases_api_key", "ai", S(("hex", 40)), READ_K, None, None, "ci_circleci_context_env_capture", ""),
    # --- developer services
    ("github_fine_grained_personal_access_token", "dev", S("github_pat_", ("alnum", 22), "_", ("alnum", 59)), READ_G, None, None, "ci_woodpecker_pipeline_yaml", ""),
    ("github_oauth_access_token", "dev", S("gho_", ("alnum", 36)), READ_G, None, None, "dev_httpie_session_json", ""),
    ("gitlab_personal_access_token", "dev", S("glpat-", ("b64url", 20)), READ_G, None, None, "ci_woodpecker_pipeline_yaml", ""),
    ("bitbucket_app_password", "dev", S("ATBB", ("alnum", 32), ("uhex", 8)), BEL, "bitbucket username", S("hvos-", ("lalnum", 4)), "ci_woodpecker_pipeline_yaml", ""),
    ("npm_automation_access_token", "dev", S("npm_", ("alnum", 36)), READ_G, None, None, "ci_circleci_context_env_capture", ""),
    ("rubygems_api_key", "dev", S("rubygems_", ("hex", 48)), READ_G, None, None, "ci_circleci_context_env_capture", ""),
    ("sentry_user_auth_token", "dev", S("sntryu_", ("hex", 64)), READ_G, None, None, "ci_azure_devops_variable_group_json", ""),
    ("sentry_org_auth_token", "dev", _sentry_org(), READ_G, None, None, "ci_woodpecker_pipeline_yaml", ""),
    ("heroku_platform_api_key", "dev", S("HRKU-AA", ("b64url", 58)), READ_G, None, None, "ci_circleci_context_env_capture", ""),
    ("digitalocean_personal_access_token", "dev", S("dop_v1_", ("hex", 64)), READ_G, None, None, "ops_terraform_state_resource_json", ""),
    ("pulumi_access_token", "dev", S("pul-", ("hex", 40)), READ_G, None, None, "ci_azure_devops_variable_group_json", ""),
    ("buildkite_user_api_token", "dev", S("bkua_", ("lalnum", 40)), READ_K, None, None, "ci_circleci_context_env_capture", ""),
    ("circleci_personal_api_token", "dev", _circleci(), READ_K, None, None, "ci_woodpecker_pipeline_yaml", ""),
    ("snyk_api_token", "dev", _uuid_frame(), READ_G, None, None, "ci_azure_devops_variable_group_json", ""),
    ("doppler_service_token", "dev", S("dp.st.prd.", ("alnum", 40)), BEL, None, None, "ops_fly_secrets_set_capture", ""),
    ("onepassword_service_account_token", "dev", _ops_token(), READ_G, None, None, "ops_k8s_secret_stringdata_manifest", "inner JSON fields believed"),
    ("infisical_universal_auth_client_secret", "dev", S(("hex", 64)), GUE, "infisical client id", "uuid", "ops_k8s_secret_stringdata_manifest", ""),
    ("render_api_key", "dev", S("rnd_", ("alnum", 32)), BEL, None, None, "ci_azure_devops_variable_group_json", ""),
    ("hetzner_cloud_api_token", "dev", S(("alnum", 64)), BEL, None, None, "ops_terraform_state_resource_json", ""),
    ("linode_personal_access_token", "dev", S(("hex", 64)), BEL, None, None, "ops_terraform_state_resource_json", ""),
    ("cloudflare_api_token", "dev", S(("b64url", 40)), READ_G, None, None, "ops_terraform_state_resource_json", ""),
    ("datadog_api_key", "dev", S(("hex", 32)), READ_K, "datadog site", S("datadoghq", ".eu"), "ops_k8s_secret_stringdata_manifest", "rule allows [a-z0-9]{32}; hex believed"),
    ("axiom_api_token", "dev", Frame(lambda rng: "xaat-" + C.uuid4(rng), lambda v: v.startswith("xaat-") and C.is_uuid_v4(v[5:]), "`xaat-` + UUIDv4"), BEL, None, None, "ops_docker_compose_environment_yaml", ""),
    ("elastic_cloud_api_key", "dev", _elastic(), BEL, None, None, "ops_vault_kv_get_table_capture", ""),
    ("cloudinary_api_secret", "dev", S(("b64url", 27)), BEL, "cloudinary api key", S(("digits", 15)), "ops_heroku_config_output", ""),
    ("aws_secret_access_key", "dev", S(("b64", 40)), BEL, "aws access key id", S("AKIA", ("ub32", 16)), "ops_terraform_state_resource_json", ""),
    ("azure_storage_account_key", "dev", _azure_storage(), READ_K, "azure storage account name", S("hrspares", ("lalnum", 6)), "ci_azure_devops_variable_group_json", ""),
    ("zerotier_central_api_token", "dev", S(("alnum", 32)), READ_K, None, None, "iot_teltonika_rutos_uci_export", ""),
    ("tailscale_api_access_token", "dev", S("tskey-api-k", ("alnum", 16), "-", ("alnum", 32)), BEL, None, None, "ops_vault_kv_get_table_capture", ""),
    ("uptimerobot_main_api_key", "dev", S("u", ("digits", 8), "-", ("hex", 24)), READ_K, None, None, "ops_render_blueprint_yaml", ""),
    ("prefect_cloud_api_key", "dev", S("pnu_", ("alnum", 36)), READ_G, None, None, "ci_azure_devops_variable_group_json", ""),
    ("infracost_api_key", "dev", S("ico-", ("alnum", 32)), READ_G, None, None, "ci_circleci_context_env_capture", ""),
    ("databricks_personal_access_token", "dev", S("dapi", ("hex", 32)), READ_G, None, None, "dev_httpie_session_json", ""),
    ("pandadoc_api_key", "dev", S(("alnum", 40)), READ_K, None, None, "dev_httpie_session_json", ""),
    ("dropbox_sign_api_key", "dev", S(("hex", 64)), READ_K, None, None, "dev_httpie_session_json", "rule allows [A-Za-z0-9/+]{64}; hex believed"),
]

GROUP_TITLES = {
    "trade": "Trade services of drillers, borehole and pump installers: pump makers' portals, hydrogeology loggers and clouds, telemetry and IoT, field service and fleet, regulators, labs, merchants, maps and addresses",
    "commerce": "Commerce, payments and accounting",
    "messaging": "Messaging, e-mail, support and automation",
    "ai": "AI services",
    "dev": "Developer, cloud and ops services",
}

STYLES = {
    "ops_vault_kv_get_table_capture": ("snake", "terminal capture of `vault kv get` (Key / Value table)"),
    "ops_infisical_export_dotenv_capture": ("upper", "terminal capture of `infisical export --format=dotenv`"),
    "ops_fly_secrets_set_capture": ("upper", "terminal capture of `fly secrets set`"),
    "ops_heroku_config_output": ("upper", "terminal capture of `heroku config`"),
    "ops_render_blueprint_yaml": ("upper", "Render `render.yaml` blueprint envVars"),
    "ops_k8s_secret_stringdata_manifest": ("snake", "Kubernetes Secret manifest with plain `stringData`"),
    "ops_terraform_state_resource_json": ("snake", "`terraform.tfstate` resource attributes"),
    "ops_docker_compose_environment_yaml": ("upper", "`docker-compose.yml` service environment"),
    "dev_httpie_session_json": ("header", "HTTPie session file (headers)"),
    "office_lastpass_csv_export": ("title", "LastPass CSV export row"),
    "office_onepassword_1pux_item_json": ("title", "1Password 1PUX export item (export.data JSON)"),
    "office_phone_note_app_text": ("spaced", "phone notes-app note shared as text"),
    "iot_esphome_secrets_yaml": ("snake", "ESPHome `secrets.yaml`"),
    "iot_micropython_secrets_py": ("upper", "MicroPython `secrets.py` dictionary"),
    "iot_teltonika_rutos_uci_export": ("snake", "`uci export` output on a Teltonika RutOS router"),
    "ci_woodpecker_pipeline_yaml": ("upper", "Woodpecker CI pipeline step environment"),
    "ci_circleci_context_env_capture": ("upper", "terminal capture of `circleci context store-secret`"),
    "ci_azure_devops_variable_group_json": ("camel", "`az pipelines variable-group variable list` output"),
    "shop_laravel_env_production": ("upper", "Laravel `.env.production` of the booking / spares back office"),
}


def _words(t):
    return t.split("_")


def neighbour_value(rng, spec):
    if spec == "uuid":
        return C.uuid4(rng)
    if isinstance(spec, str) and spec.startswith("email:"):
        f, l = rng.choice(C.PEOPLE)
        return f"{f.lower()}.{l.lower()}{rng.randrange(2, 99)}@{C.FIRMS[spec[6:]][1]}"
    return spec.gen(rng)


def render(style, rng, key, nkey, nval, title, t):
    """Return a text holding the marker once; the neighbour (if any) stays unlabelled."""
    nline = lambda fmt: fmt.format(k=nkey, v=nval) if nkey else ""
    svc = t.split("_")[0]
    if style == "ops_vault_kv_get_table_capture":
        rows = [("created_time", "2024-03-11T09:14:02.118Z"), ("version", "4")]
        w = max(len(key), len(nkey or "")) + 4
        data = (f"{nkey.ljust(w)}{nval}\n" if nkey else "") + f"{key.ljust(w)}{M}\n"
        return (f"$ vault kv get -mount=kv casingcollar/prod/{svc}\n====== Secret Path ======\nkv/data/casingcollar/prod/{svc}\n\n"
                "======= Metadata =======\nKey                Value\n---                -----\n"
                + "".join(f"{a.ljust(19)}{b}\n" for a, b in rows) +
                "\n====== Data ======\n" + "Key".ljust(w) + "Value\n" + "---".ljust(w) + "-----\n" + data)
    if style == "ops_infisical_export_dotenv_capture":
        return ("$ infisical export --env=prod --format=dotenv --path=/integrations\n"
                + nline("{k}='{v}'\n") + f"{key}='{M}'\nLOG_LEVEL='info'\n")
    if style == "ops_fly_secrets_set_capture":
        return (f"$ fly secrets set {key}={M} --app hr-portal --stage\n"
                "Secrets have been staged, but not set on VMs. Deploy or update machines in this app for the secrets to take effect.\n")
    if style == "ops_heroku_config_output":
        lines = [("LOG_LEVEL", "info"), ("RAILS_ENV", "production")]
        if nkey:
            lines.append((nkey, nval))
        lines.append((key, M))
        w = max(len(a) for a, _ in lines) + 2
        return "$ heroku config -a hr-spares\n=== hr-spares Config Vars\n\n" + "".join(f"{(a + ':').ljust(w)}{b}\n" for a, b in lines)
    if style == "ops_render_blueprint_yaml":
        return ("services:\n  - type: web\n    name: hr-booking\n    runtime: docker\n    envVars:\n"
                "      - key: APP_ENV\n        value: production\n"
                + nline("      - key: {k}\n        value: {v}\n") + f"      - key: {key}\n        value: {M}\n")
    if style == "ops_k8s_secret_stringdata_manifest":
        return ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: " + svc.replace("_", "-") + "-credentials\n  namespace: portal\n"
                "type: Opaque\nstringData:\n" + nline("  {k}: \"{v}\"\n") + f"  {key}: \"{M}\"\n")
    if style == "ops_terraform_state_resource_json":
        attrs = {"name": f"{svc}-integration", "id": str(rng.randrange(10 ** 8, 10 ** 9))}
        if nkey:
            attrs[nkey] = nval
        attrs[key] = M
        st = {"version": 4, "terraform_version": "1.7.4", "serial": rng.randrange(20, 90), "lineage": C.uuid4(rng),
              "resources": [{"mode": "managed", "type": "restapi_object", "name": svc, "provider": "provider[\"registry.terraform.io/mastercard/restapi\"]",
                             "instances": [{"schema_version": 0, "attributes": attrs}]}]}
        return json.dumps(st, indent=2, ensure_ascii=False) + "\n"
    if style == "ops_docker_compose_environment_yaml":
        return ("services:\n  worker:\n    image: registry.casingcollar.example/hr-worker:1.9.2\n    restart: unless-stopped\n"
                "    environment:\n      APP_ENV: production\n" + nline("      {k}: {v}\n") + f"      {key}: {M}\n")
    if style == "dev_httpie_session_json":
        hd = {"Accept": "application/json"}
        if nkey:
            hd[nkey] = nval
        hd[key] = M
        d = {"__meta__": {"about": "HTTPie session file", "help": "https://httpie.io/docs#sessions", "httpie": "3.2.2"},
             "auth": {"password": None, "type": None, "username": None}, "cookies": [], "headers": hd}
        return json.dumps(d, indent=4, ensure_ascii=False) + "\n"
    if style == "office_lastpass_csv_export":
        return ("url,username,password,totp,extra,name,grouping,fav\n"
                f"https://login.{svc}.example/,{nval or 'api'},{M},,,{title},Suppliers,0\n")
    if style == "office_onepassword_1pux_item_json":
        d = {"uuid": C.rstr(rng, C.LOWALNUM, 26), "favIndex": 0, "createdAt": 1709300000 + rng.randrange(0, 900000),
             "overview": {"title": title, "url": f"https://login.{svc}.example/", "tags": ["suppliers"]},
             "details": {"loginFields": [{"value": nval or "api", "name": "username", "fieldType": "T", "designation": "username"},
                                         {"value": M, "name": "credential", "fieldType": "P", "designation": "password"}]}}
        return json.dumps(d, indent=2, ensure_ascii=False) + "\n"
    if style == "office_phone_note_app_text":
        return (f"{title}\n\n" + (f"{nkey}: {nval}\n" if nkey else "") + f"{key}: {M}\n\n(shared from Notes)\n")
    if style == "iot_esphome_secrets_yaml":
        return ("# secrets.yaml - pump house nodes\nwifi_ssid: \"HR-Field\"\n" + nline("{k}: \"{v}\"\n") + f"{key}: \"{M}\"\n")
    if style == "iot_micropython_secrets_py":
        return ("# secrets.py - imported by main.py on the level node\nsecrets = {\n    \"SITE\": \"BH2\",\n"
                + nline("    \"{k}\": \"{v}\",\n") + f"    \"{key}\": \"{M}\",\n}}\n")
    if style == "iot_teltonika_rutos_uci_export":
        return ("root@RUT241:~# uci export casingcollar\npackage casingcollar\n\nconfig service '" + svc + "'\n\toption enabled '1'\n"
                + nline("\toption {k} '{v}'\n") + f"\toption {key} '{M}'\n")
    if style == "ci_woodpecker_pipeline_yaml":
        return ("steps:\n  - name: release\n    image: alpine:3.19\n    environment:\n      RELEASE_CHANNEL: stable\n"
                + nline("      {k}: {v}\n") + f"      {key}: {M}\n    commands:\n      - ./ci/release.sh\n")
    if style == "ci_circleci_context_env_capture":
        return (f"$ printf '%s' '{M}' | circleci context store-secret github casingcollar production {key}\n"
                f"Secret {key} added to context production.\n")
    if style == "ci_azure_devops_variable_group_json":
        d = {"APP_ENV": {"isSecret": None, "value": "production"}}
        if nkey:
            d[nkey] = {"isSecret": None, "value": nval}
        d[key] = {"isSecret": None, "value": M}
        return "$ az pipelines variable-group variable list --group-id 14 --output json\n" + json.dumps(d, indent=2, ensure_ascii=False) + "\n"
    if style == "shop_laravel_env_production":
        return ("APP_NAME=\"HR Booking\"\nAPP_ENV=production\nAPP_DEBUG=false\n" + nline("{k}={v}\n") + f"{key}={M}\n")
    raise ValueError(style)


FORBID = {"office_lastpass_csv_export": ",\"", "ops_infisical_export_dotenv_capture": "'", "iot_teltonika_rutos_uci_export": "'",
          "ci_circleci_context_env_capture": "'", "shop_laravel_env_production": "#\"'$ ",
          "ops_k8s_secret_stringdata_manifest": "\"\\", "iot_esphome_secrets_yaml": "\"\\", "iot_micropython_secrets_py": "\"\\",
          "ops_fly_secrets_set_capture": "$'\"&;", "ops_docker_compose_environment_yaml": "#$\"'",
          "ops_render_blueprint_yaml": "#\"'", "ci_woodpecker_pipeline_yaml": "#\"'$"}


def generate(reg):
    rng = random.Random(C.SEEDS["vendor"])
    out = []
    for (t, group, shape, source, nlabel, nspec, style, note) in SPECS:
        kstyle = STYLES[style][0]
        key = C.style_key(_words(t), kstyle)
        nkey = C.style_key(nlabel.replace("1nce", "onence").split(), kstyle) if nlabel else None
        nval = reg.draw(lambda: neighbour_value(rng, nspec)) if nlabel else None
        title = " ".join(w.capitalize() for w in t.split("_") if w not in ("password",))
        text_t = render(style, rng, key, nkey, nval, title, t)
        forbid = FORBID.get(style, "")

        def draw():
            while True:
                v = shape.gen(rng)
                if not any(ch in v for ch in forbid) and not (v[0] in "-@*&!|>%" ):
                    return v
        v = reg.draw(draw)
        text, s, e = C.place(text_t, v)
        out.append({"type": t, "container": f"{t}__{style}", "text": text,
                    "secrets": [{"value": v, "start": s, "end": e, "type": t}], "source": "vendor",
                    "_neighbour": nval})
    return out


def spec_of(t):
    for sp in SPECS:
        if sp[0] == t:
            return sp
    return None
