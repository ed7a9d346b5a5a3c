"""Vendor positives: one record per vendor type, in a container typical of
where that key lives.  Shapes are specs from which both the generator and
the checking regex are built."""
import base64
import json
import random
import re

import common249 as C
from common249 import MARK

SEED_VALUES = 24902
SEED_STYLES = 24912

ALPH = {
    "alnum": (C.ALNUM, "A-Za-z0-9", "alphanumerics"),
    "lowalnum": (C.LOWALNUM, "a-z0-9", "lower-case alphanumerics"),
    "upalnum": (C.UPALNUM, "A-Z0-9", "upper-case alphanumerics"),
    "hex": (C.HEX, "0-9a-f", "lower-case hex"),
    "uhex": (C.UHEX, "0-9A-F", "upper-case hex"),
    "b64u": (C.B64U, "A-Za-z0-9_-", "base64url"),
    "b64": (C.B64, "A-Za-z0-9+/", "standard Base64 characters"),
    "digits": (C.DIGITS, "0-9", "digits"),
    "azure": (C.ALNUM + "_~.-", "A-Za-z0-9_~.-", "characters of A-Za-z0-9_~.-"),
    "lowb64u": (C.LOWALNUM + "_-", "a-z0-9_-", "lower-case base64url"),
}


# ------------------------------------------------------------ frames --
def f_jwt(alg, kind):
    def gen(rng):
        iat = 1716000000 + rng.randint(0, 20000000)
        if kind == "supabase":
            p = {"iss": "supabase", "ref": C.rs(rng, 20, C.LOWER), "role": "service_role",
                 "iat": iat, "exp": iat + 315360000}
        elif kind == "calendly":
            p = {"iss": "https://auth.calendly.com", "iat": iat, "jti": C.uuid4(rng),
                 "user_uuid": C.uuid4(rng), "scope": "default"}
        elif kind == "monday":
            p = {"tid": rng.randint(100000000, 999999999), "aai": rng.randint(10, 99),
                 "uid": rng.randint(10000000, 99999999), "iad": "2024-0%d-1%dT08:12:44.000Z" % (rng.randint(1, 9), rng.randint(0, 9)),
                 "per": "me:write", "actid": rng.randint(1000000, 9999999), "rgn": "euc1"}
        else:  # met office datahub style
            p = {"sub": "greyslate-roofing@" + C.DOMAINS["roof"], "iss": "https://datahub.example/oauth2/token",
                 "subscribedAPIs": [{"name": "SiteSpecificForecast", "tier": "Bronze"}],
                 "iat": iat, "jti": C.uuid4(rng)}
        extra = {"kid": C.rs(rng, 64, C.HEX)} if kind == "calendly" else None
        return C.make_jwt(rng, alg, p, extra)

    def check(v):
        return C.jwt_valid(v) and json.loads(C._b64u_dec(v.split(".")[0]))["alg"] == alg
    if alg.startswith("HS"):
        desc = "real %s JWT (base64url JSON header and payload, HMAC signature under a discarded key)" % alg
    else:
        desc = "%s JWT frame (base64url JSON header and payload, random signature of the right length)" % alg
    return gen, r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+", check, desc


def f_glc():
    def gen(rng):
        j = {"o": str(rng.randint(100000, 999999)), "n": "stack-%d-tagyard-%s" % (rng.randint(100000, 999999), C.rs(rng, 4, C.LOWER)),
             "k": C.rs(rng, 24, C.ALNUM), "m": {"r": rng.choice(["prod-eu-west-2", "prod-gb-south-0"])}}
        return "glc_" + base64.b64encode(json.dumps(j, separators=(",", ":")).encode()).decode()

    def check(v):
        try:
            j = json.loads(base64.b64decode(v[4:]))
            return set(j) == {"o", "n", "k", "m"}
        except Exception:
            return False
    return gen, r"glc_[A-Za-z0-9+/]{32,400}={0,3}", check, "`glc_` + standard Base64 of real JSON (`o`, `n`, `k`, `m.r`)"


def f_tailscale():
    def gen(rng):
        return "tskey-auth-" + C.rs(rng, 11, C.ALNUM) + "CNTRL-" + C.rs(rng, 33, C.ALNUM)
    return gen, r"tskey-auth-[A-Za-z0-9]{11}CNTRL-[A-Za-z0-9]{33}", None, "`tskey-auth-` + 11 alphanumerics + `CNTRL-` + 33 alphanumerics"


def f_stormglass():
    def gen(rng):
        return C.uuid4(rng) + "-" + C.uuid4(rng)
    u = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
    return gen, u + "-" + u, None, "two UUIDv4 joined by `-` (73 characters)"


def f_teams():
    def gen(rng):
        return ("https://greyslate" + C.rs(rng, 3, C.DIGITS) + ".webhook.office.com/webhookb2/" + C.uuid4(rng) + "@" + C.uuid4(rng)
                + "/IncomingWebhook/" + C.rs(rng, 32, C.HEX) + "/" + C.uuid4(rng))
    u = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
    return (gen, r"https://[a-z0-9]+\.webhook\.office\.com/webhookb2/" + u + "@" + u + r"/IncomingWebhook/[0-9a-f]{32}/" + u,
            None, "`https://<tenant>.webhook.office.com/webhookb2/` + UUIDv4 `@` UUIDv4 + `/IncomingWebhook/` + 32 lower-case hex + `/` + UUIDv4 (whole URL)")


def f_discord_hook():
    def gen(rng):
        return "https://discord.com/api/webhooks/" + C.rs(rng, 1, "1") + C.rs(rng, 18, C.DIGITS) + "/" + C.rs(rng, 68, C.B64U)
    return gen, r"https://discord\.com/api/webhooks/1[0-9]{18}/[A-Za-z0-9_-]{68}", None, "`https://discord.com/api/webhooks/` + 19-digit id + `/` + 68 base64url (whole URL)"


def f_gchat_hook():
    def gen(rng):
        return ("https://chat.googleapis.com/v1/spaces/AAAA" + C.rs(rng, 7, C.B64U) + "/messages?key=AIzaSy"
                + C.rs(rng, 33, C.B64U) + "&token=" + C.rs(rng, 43, C.B64U))
    return (gen, r"https://chat\.googleapis\.com/v1/spaces/AAAA[A-Za-z0-9_-]{7}/messages\?key=AIzaSy[A-Za-z0-9_-]{33}&token=[A-Za-z0-9_-]{43}",
            None, "`https://chat.googleapis.com/v1/spaces/AAAA` + 7 base64url + `/messages?key=AIzaSy` + 33 base64url + `&token=` + 43 base64url (whole URL)")


def f_atlassian():
    def gen(rng):
        return "ATATT3" + C.rs(rng, 177, C.B64U) + "=" + C.rs(rng, 8, C.UHEX)
    return gen, r"ATATT3[A-Za-z0-9_-]{177}=[0-9A-F]{8}", None, "`ATATT3` + 177 base64url + `=` + 8 upper-case hex"


def f_azure_secret():
    def gen(rng):
        return C.rs(rng, 3, C.ALNUM) + C.rs(rng, 1, C.DIGITS) + "Q~" + C.rs(rng, 34, C.ALNUM + "_~.-")
    return gen, r"[A-Za-z0-9]{3}[0-9]Q~[A-Za-z0-9_~.-]{34}", None, "3 alphanumerics + 1 digit + `Q~` + 34 characters of A-Za-z0-9_~.-"


# -------------------------------------------------------------- specs --
def spec_gen(spec, rng):
    out = []
    for part in spec:
        if part[0] == "L":
            out.append(part[1])
        elif part[0] == "C":
            out.append(C.rs(rng, part[1], ALPH[part[2]][0]))
        elif part[0] == "U":
            out.append(C.uuid4(rng))
    return "".join(out)


def spec_regex(spec):
    out = []
    for part in spec:
        if part[0] == "L":
            out.append(re.escape(part[1]))
        elif part[0] == "C":
            out.append("[%s]{%d}" % (ALPH[part[2]][1], part[1]))
        elif part[0] == "U":
            out.append(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
    return "".join(out)


def spec_desc(spec):
    out = []
    for part in spec:
        if part[0] == "L":
            out.append("`%s`" % part[1])
        elif part[0] == "C":
            out.append("%d %s" % (part[1], ALPH[part[2]][2]))
        elif part[0] == "U":
            out.append("UUIDv4")
    return " + ".join(out)


def L(s):
    return ("L", s)


def Cc(n, a):
    return ("C", n, a)


U = ("U",)
PW = "PW"

# Sources
R_GL = "read this session (gitleaks rule)"
R_KF = "read this session (Kingfisher rule)"
B = "believed from memory"
G = "guessed"
O = "owner-chosen"

# (type, group, shape, source, neighbour (label words, shape) or None, style)
# shape: list spec | PW | frame tuple from f_*()
VENDORS = [
    # --- trade: roofing, scaffolding, thatching, field service ---------------
    ("acculynx_api_key", "trade", [Cc(48, "alnum")], G, None, "roofing_crm_dotenv_production"),
    ("jobnimbus_api_token", "trade", [Cc(32, "lowalnum")], G, None, "roofing_crm_dotenv_production"),
    ("companycam_access_token", "trade", [Cc(43, "b64u")], G, None, "crew_app_dart_env_class"),
    ("eagleview_client_secret", "trade", [Cc(64, "alnum")], G, (["eagleview", "client", "id"], [Cc(20, "alnum")]), "quote_api_dotnet_user_secrets_json"),
    ("hover_oauth_client_secret", "trade", [Cc(43, "b64u")], G, (["hover", "client", "id"], [Cc(32, "alnum")]), "quote_api_dotnet_user_secrets_json"),
    ("roofr_api_key", "trade", [Cc(40, "hex")], G, None, "dev_node_config_production_json"),
    ("nearmap_api_key", "trade", [Cc(64, "alnum")], G, None, "dev_node_config_production_json"),
    ("servicem8_api_key", "trade", [Cc(32, "hex")], G, None, "yard_vault_kv_put_capture"),
    ("jobber_oauth_client_secret", "trade", [Cc(64, "hex")], G, (["jobber", "client", "id"], [U]), "quote_api_dotnet_user_secrets_json"),
    ("simpro_api_key", "trade", [Cc(40, "hex")], G, None, "roofing_crm_dotenv_production"),
    ("procore_oauth_client_secret", "trade", [Cc(43, "b64u")], G, (["procore", "client", "id"], [Cc(43, "b64u")]), "ops_render_blueprint_yaml"),
    ("fieldwire_api_token", "trade", [Cc(45, "alnum")], G, None, "crew_app_dart_env_class"),
    ("safetyculture_api_token", "trade", [Cc(64, "hex")], G, None, "yard_vault_kv_put_capture"),
    ("avontus_quantify_api_key", "trade", [U], G, None, "yard_erp_chef_data_bag_json"),
    ("scafftag_portal_password", "trade", PW, O, (["scafftag", "login", "email"], "email:tomasz.k@castleford-scaffold.example"), "office_bitwarden_json_export"),
    ("cisrs_card_check_password", "trade", PW, O, (["cisrs", "account", "number"], [L("CISRS-"), Cc(6, "digits")]), "office_lastpass_csv_export"),
    ("nasc_member_portal_password", "trade", PW, O, (["nasc", "member", "number"], [L("NASC"), Cc(5, "digits")]), "office_bitwarden_json_export"),
    ("nsmt_member_portal_password", "trade", PW, O, (["nsmt", "login", "email"], "email:martha@hollinsreed-thatch.example"), "office_outlook_email_to_dev"),
    ("planning_portal_agent_password", "trade", PW, O, (["planning", "portal", "agent", "email"], "email:planning@hollinsreed-thatch.example"), "office_lastpass_csv_export"),
    ("hmrc_gateway_cis_password", "trade", PW, O, (["government", "gateway", "user", "id"], [Cc(12, "digits")]), "office_slack_dm_paste"),
    ("constructionline_login_password", "trade", PW, O, (["constructionline", "username"], "text:greyslate.office"), "office_bitwarden_json_export"),
    ("sig_trade_account_password", "trade", PW, O, (["sig", "trade", "account", "number"], [Cc(8, "digits")]), "office_lastpass_csv_export"),
    ("webfleet_connect_api_key", "trade", [U], G, (["webfleet", "account"], "text:greyslate-roofing"), "yard_device_provisioning_ini"),
    ("samsara_api_token", "trade", [L("samsara_api_"), Cc(30, "alnum")], B, None, "yard_device_provisioning_ini"),
    ("geotab_mygeotab_password", "trade", PW, O, (["mygeotab", "user"], "email:fleet@castleford-scaffold.example"), "office_slack_dm_paste"),
    ("fleetio_api_key", "trade", [Cc(40, "hex")], G, (["fleetio", "account", "token"], [Cc(10, "hex")]), "ops_render_blueprint_yaml"),
    ("deputy_permanent_access_token", "trade", [Cc(32, "hex")], G, None, "ops_heroku_config_set_capture"),
    ("clockify_api_key", "trade", [Cc(48, "alnum")], R_KF, None, "ops_heroku_config_set_capture"),
    ("met_office_datahub_api_key", "trade", f_jwt("RS256", "metoffice"), G, None, "roofing_crm_dotenv_production"),
    ("visual_crossing_weather_api_key", "trade", [Cc(25, "upalnum")], R_KF, None, "dev_pytest_conftest_setenv"),
    ("stormglass_api_key", "trade", f_stormglass(), R_KF, None, "dev_pytest_conftest_setenv"),
    ("meteomatics_api_password", "trade", PW, O, (["meteomatics", "username"], "text:greyslate_roofing"), "yard_device_provisioning_ini"),
    ("dronedeploy_api_key", "trade", [Cc(40, "lowalnum")], G, None, "dev_jest_setup_env_js"),
    ("dji_developer_app_key", "trade", [Cc(32, "hex")], G, (["dji", "app", "id"], [Cc(6, "digits")]), "crew_app_dart_env_class"),
    ("os_data_hub_project_api_key", "trade", [Cc(32, "alnum")], G, None, "dev_jest_setup_env_js"),
    ("what3words_api_key", "trade", [Cc(8, "upalnum")], B, None, "crew_app_dart_env_class"),
    ("getaddress_io_api_key", "trade", [Cc(22, "b64u")], G, None, "dev_node_config_production_json"),
    ("ideal_postcodes_api_key", "trade", [L("ak_"), Cc(24, "lowalnum")], B, None, "dev_node_config_production_json"),
    ("loqate_service_key", "trade", [Cc(4, "upalnum"), L("-"), Cc(4, "upalnum"), L("-"), Cc(4, "upalnum"), L("-"), Cc(4, "upalnum")], B, None, "dev_jest_setup_env_js"),
    ("roboflow_api_key", "trade", [Cc(20, "alnum")], G, None, "dev_pytest_conftest_setenv"),
    ("trustpilot_api_secret", "trade", [Cc(32, "alnum")], G, (["trustpilot", "api", "key"], [Cc(32, "alnum")]), "yard_salt_pillar_sls"),
    ("sage_accounting_client_secret", "trade", [Cc(40, "b64u")], G, (["sage", "client", "id"], [Cc(32, "hex")]), "yard_salt_pillar_sls"),
    ("freeagent_oauth_client_secret", "trade", [Cc(22, "b64u")], G, (["freeagent", "oauth", "identifier"], [Cc(22, "b64u")]), "yard_salt_pillar_sls"),
    ("hikvision_nvr_admin_password", "trade", PW, O, (["nvr", "address"], "text:10.30.0.91"), "yard_device_provisioning_ini"),
    ("draytek_router_admin_password", "trade", PW, O, (["router", "host"], "text:yard-gw.castleford-scaffold.example"), "office_outlook_email_to_dev"),
    ("synology_dsm_admin_password", "trade", PW, O, (["dsm", "admin", "user"], "text:nasadmin"), "office_slack_dm_paste"),
    # --- commerce, payments, documents ---------------------------------------
    ("stripe_restricted_live_key", "commerce", [L("rk_live_"), Cc(99, "alnum")], R_GL, None, "roofing_crm_dotenv_production"),
    ("paypal_rest_client_secret", "commerce", [L("E"), Cc(79, "b64u")], R_KF, (["paypal", "client", "id"], [L("A"), Cc(79, "b64u")]), "quote_api_dotnet_user_secrets_json"),
    ("wise_personal_api_token", "commerce", [U], R_KF, None, "yard_vault_kv_put_capture"),
    ("plaid_api_secret", "commerce", [Cc(30, "lowalnum")], R_GL, (["plaid", "client", "id"], [Cc(24, "hex")]), "ops_render_blueprint_yaml"),
    ("square_production_access_token", "commerce", [L("EAAA"), Cc(60, "b64u")], R_GL, None, "ops_heroku_config_set_capture"),
    ("woocommerce_rest_consumer_secret", "commerce", [L("cs_"), Cc(40, "hex")], B, (["woocommerce", "consumer", "key"], [L("ck_"), Cc(40, "hex")]), "dev_insomnia_environment_export"),
    ("easypost_production_api_key", "commerce", [L("EZAK"), Cc(54, "lowalnum")], R_GL, None, "ops_heroku_config_set_capture"),
    ("shippo_live_api_token", "commerce", [L("shippo_live_"), Cc(40, "hex")], R_GL, None, "dev_insomnia_environment_export"),
    ("truelayer_client_secret", "commerce", [U], G, (["truelayer", "client", "id"], [L("greyslate-"), Cc(6, "lowalnum")]), "quote_api_dotnet_user_secrets_json"),
    ("docusign_integration_secret_key", "commerce", [U], B, (["docusign", "integration", "key"], [U]), "quote_api_dotnet_user_secrets_json"),
    ("pandadoc_api_key", "commerce", [Cc(40, "hex")], R_KF, None, "dev_insomnia_environment_export"),
    ("dropbox_sign_api_key", "commerce", [Cc(64, "hex")], R_KF, None, "dev_node_config_production_json"),
    ("yousign_api_key", "commerce", [Cc(32, "lowalnum")], R_KF, None, "yard_vault_kv_put_capture"),
    ("jotform_api_key", "commerce", [Cc(32, "hex")], R_KF, None, "dev_insomnia_environment_export"),
    ("typeform_personal_access_token", "commerce", [L("tfp_"), Cc(44, "b64u"), L("_"), Cc(14, "alnum")], R_GL, None, "dev_jest_setup_env_js"),
    ("calendly_personal_access_token", "commerce", f_jwt("HS256", "calendly"), R_KF, None, "roofing_crm_dotenv_production"),
    ("monday_api_token", "commerce", f_jwt("HS256", "monday"), R_KF, None, "dev_insomnia_environment_export"),
    # --- messaging and e-mail --------------------------------------------------
    ("sendgrid_api_key", "messaging", [L("SG."), Cc(22, "b64u"), L("."), Cc(43, "b64u")], R_GL, None, "roofing_crm_dotenv_production"),
    ("mailjet_api_secret_key", "messaging", [Cc(32, "hex")], B, (["mailjet", "api", "key"], [Cc(32, "hex")]), "yard_salt_pillar_sls"),
    ("sparkpost_api_key", "messaging", [Cc(40, "hex")], R_KF, None, "ops_k8s_helm_secret_values"),
    ("mandrill_api_key", "messaging", [Cc(22, "b64u")], R_KF, None, "ops_k8s_helm_secret_values"),
    ("vonage_api_secret", "messaging", [Cc(16, "alnum")], B, (["vonage", "api", "key"], [Cc(8, "hex")]), "yard_erp_chef_data_bag_json"),
    ("plivo_auth_token", "messaging", [Cc(40, "alnum")], B, (["plivo", "auth", "id"], [L("MA"), Cc(18, "upalnum")]), "yard_erp_chef_data_bag_json"),
    ("twilio_api_key_secret", "messaging", [Cc(32, "alnum")], B, (["twilio", "api", "key", "sid"], [L("SK"), Cc(32, "hex")]), "ops_k8s_helm_secret_values"),
    ("whatsapp_cloud_api_access_token", "messaging", [L("EAAM"), Cc(180, "alnum")], R_GL, None, "ops_render_blueprint_yaml"),
    ("microsoft_teams_incoming_webhook_url", "messaging", f_teams(), R_GL, None, "yard_device_provisioning_ini"),
    ("discord_channel_webhook_url", "messaging", f_discord_hook(), B, None, "ops_k8s_helm_secret_values"),
    ("google_chat_space_webhook_url", "messaging", f_gchat_hook(), B, None, "yard_salt_pillar_sls"),
    ("ntfy_access_token", "messaging", [L("tk_"), Cc(29, "lowalnum")], B, None, "yard_device_provisioning_ini"),
    ("zoom_server_to_server_client_secret", "messaging", [Cc(32, "alnum")], G, (["zoom", "client", "id"], [Cc(22, "b64u")]), "quote_api_dotnet_user_secrets_json"),
    # --- AI ------------------------------------------------------------------------
    ("openai_service_account_key", "ai", [L("sk-svcacct-"), Cc(74, "b64u"), L("T3BlbkFJ"), Cc(74, "b64u")], R_GL, None, "dev_pytest_conftest_setenv"),
    ("anthropic_admin_api_key", "ai", [L("sk-ant-admin01-"), Cc(93, "b64u"), L("AA")], R_GL, None, "dev_pytest_conftest_setenv"),
    ("xai_grok_api_key", "ai", [L("xai-"), Cc(80, "alnum")], R_KF, None, "roofing_crm_dotenv_production"),
    ("openrouter_api_key", "ai", [L("sk-or-v1-"), Cc(64, "hex")], B, None, "dev_jest_setup_env_js"),
    ("mistral_api_key", "ai", [Cc(32, "alnum")], B, None, "dev_pytest_conftest_setenv"),
    ("cohere_api_key", "ai", [Cc(40, "alnum")], R_GL, None, "ops_k8s_helm_secret_values"),
    ("elevenlabs_api_key", "ai", [L("sk_"), Cc(48, "hex")], R_KF, None, "dev_jest_setup_env_js"),
    ("deepgram_api_key", "ai", [Cc(40, "hex")], R_KF, None, "ops_k8s_helm_secret_values"),
    ("assemblyai_api_key", "ai", [Cc(32, "hex")], R_KF, None, "dev_node_config_production_json"),
    ("nvidia_nim_api_key", "ai", [L("nvapi-"), Cc(64, "b64u")], R_KF, None, "dev_pytest_conftest_setenv"),
    ("azure_openai_api_key", "ai", [Cc(32, "hex")], B, (["azure", "openai", "endpoint"], "text:https://greyslate-estimating.openai.azure.com/"), "quote_api_dotnet_user_secrets_json"),
    # --- developer services ------------------------------------------------------
    ("github_app_installation_token", "dev", [L("ghs_"), Cc(36, "alnum")], R_GL, None, "ops_heroku_config_set_capture"),
    ("gitlab_pipeline_trigger_token", "dev", [L("glptt-"), Cc(40, "hex")], R_GL, None, "ops_render_blueprint_yaml"),
    ("gitlab_runner_authentication_token", "dev", [L("glrt-"), Cc(20, "b64u")], R_GL, None, "yard_device_provisioning_ini"),
    ("atlassian_jira_api_token", "dev", f_atlassian(), R_GL, (["jira", "user", "email"], "email:dele@greyslate-roofing.example"), "dev_insomnia_environment_export"),
    ("linear_api_key", "dev", [L("lin_api_"), Cc(40, "alnum")], R_GL, None, "dev_jest_setup_env_js"),
    ("postman_api_key", "dev", [L("PMAK-"), Cc(24, "hex"), L("-"), Cc(34, "hex")], R_GL, None, "dev_insomnia_environment_export"),
    ("doppler_personal_token", "dev", [L("dp.pt."), Cc(43, "alnum")], R_GL, None, "ops_heroku_config_set_capture"),
    ("netlify_personal_access_token", "dev", [L("nfp_"), Cc(36, "alnum")], B, None, "ops_heroku_config_set_capture"),
    ("docker_hub_personal_access_token", "dev", [L("dckr_pat_"), Cc(27, "b64u")], R_KF, (["docker", "hub", "username"], "text:ridgelinetrade"), "ops_k8s_helm_secret_values"),
    ("figma_personal_access_token", "dev", [L("figd_"), Cc(40, "lowb64u")], R_KF, None, "dev_node_config_production_json"),
    ("supabase_service_role_key", "dev", f_jwt("HS256", "supabase"), B, None, "roofing_crm_dotenv_production"),
    ("buildkite_user_access_token", "dev", [L("bkua_"), Cc(40, "hex")], R_KF, None, "ops_render_blueprint_yaml"),
    ("new_relic_user_api_key", "dev", [L("NRAK-"), Cc(27, "upalnum")], R_GL, None, "ops_k8s_helm_secret_values"),
    ("grafana_service_account_token", "dev", [L("glsa_"), Cc(32, "alnum"), L("_"), Cc(8, "hex")], R_GL, None, "yard_salt_pillar_sls"),
    ("grafana_cloud_access_policy_token", "dev", f_glc(), R_GL, None, "yard_vault_kv_put_capture"),
    ("octopus_deploy_api_key", "dev", [L("API-"), Cc(26, "upalnum")], R_GL, None, "yard_erp_chef_data_bag_json"),
    ("terraform_cloud_user_token", "dev", [Cc(14, "alnum"), L(".atlasv1."), Cc(67, "b64u")], R_GL, None, "yard_vault_kv_put_capture"),
    ("sonarqube_user_token", "dev", [L("squ_"), Cc(40, "hex")], R_GL, None, "ops_render_blueprint_yaml"),
    ("pypi_upload_token", "dev", [L("pypi-AgEIcHlwaS5vcmc"), Cc(150, "b64u")], R_GL, None, "yard_vault_kv_put_capture"),
    ("hashicorp_vault_service_token", "dev", [L("hvs."), Cc(95, "b64u")], R_GL, None, "yard_salt_pillar_sls"),
    ("dynatrace_api_token", "dev", [L("dt0c01."), Cc(24, "upalnum"), L("."), Cc(64, "upalnum")], R_GL, None, "yard_erp_chef_data_bag_json"),
    # --- ops, cloud, monitoring ----------------------------------------------------
    ("tailscale_auth_key", "ops", f_tailscale(), R_KF, None, "yard_device_provisioning_ini"),
    ("cloudflare_global_api_key", "ops", [Cc(37, "hex")], R_GL, (["cloudflare", "account", "email"], "email:gpryce@ridgeline-trade.example"), "ops_heroku_config_set_capture"),
    ("cloudflare_origin_ca_key", "ops", [L("v1.0-"), Cc(24, "hex"), L("-"), Cc(146, "hex")], R_GL, None, "yard_vault_kv_put_capture"),
    ("porkbun_secret_api_key", "ops", [L("sk1_"), Cc(64, "hex")], B, (["porkbun", "api", "key"], [L("pk1_"), Cc(64, "hex")]), "yard_salt_pillar_sls"),
    ("vultr_api_key", "ops", [Cc(36, "upalnum")], R_KF, None, "yard_erp_chef_data_bag_json"),
    ("ovhcloud_application_secret", "ops", [Cc(32, "alnum")], B, (["ovh", "application", "key"], [Cc(16, "alnum")]), "yard_erp_chef_data_bag_json"),
    ("wasabi_secret_access_key", "ops", [Cc(40, "b64")], B, (["wasabi", "access", "key"], [Cc(20, "upalnum")]), "ops_k8s_helm_secret_values"),
    ("azure_ad_client_secret", "ops", f_azure_secret(), R_GL, (["azure", "client", "id"], [U]), "quote_api_dotnet_user_secrets_json"),
    ("opsgenie_api_key", "ops", [U], R_KF, None, "ops_render_blueprint_yaml"),
    ("better_stack_source_token", "ops", [Cc(24, "alnum")], R_KF, None, "yard_device_provisioning_ini"),
    ("cisco_meraki_dashboard_api_key", "ops", [Cc(40, "hex")], R_GL, None, "yard_salt_pillar_sls"),
    ("namecheap_api_key", "ops", [Cc(32, "hex")], B, (["namecheap", "api", "user"], "text:greyslateroofing"), "yard_erp_chef_data_bag_json"),
]


def shape_of(entry):
    """Returns (gen(rng), regex, extra_check or None, description)."""
    shape = entry[2]
    if shape == PW:
        return (lambda rng: C.owner_password(rng)), C.PASSWORD_RE.pattern[1:-1], None, "owner-chosen password"
    if isinstance(shape, tuple):
        return shape
    return (lambda rng, s=shape: spec_gen(s, rng)), spec_regex(shape), None, spec_desc(shape)


def neighbour_gen(nb, rng):
    label, shape = nb
    if isinstance(shape, str):
        kind, val = shape.split(":", 1)
        return val
    return spec_gen(shape, rng)


# -------------------------------------------------------------- styles --
def _nb_line(fmt, nb):
    return fmt % nb if nb else ""


def s_dotenv(rng, k, nb):
    pre = "# .env.production – quoteloft-api (Greyslate Roofing)\nAPP_ENV=production\n"
    if nb:
        pre += "%s=%s\n" % nb
    return pre + k + "=" + MARK + "\n"


def s_user_secrets(rng, k, nb):
    body = "{\n  \"ConnectionStrings:Quotes\": \"Host=10.20.1.30;Database=quotes;Username=quote_app\",\n"
    if nb:
        body += "  \"Integrations:%s\": \"%s\",\n" % nb
    return body + "  \"Integrations:" + k + "\": \"" + MARK + "\"\n}\n"


def s_render(rng, k, nb):
    body = "services:\n  - type: web\n    name: quoteloft-api\n    env: node\n    envVars:\n"
    if nb:
        body += "      - key: %s\n        value: %s\n" % nb
    return body + "      - key: " + k + "\n        value: " + MARK + "\n"


def s_helm_secret(rng, k, nb):
    body = "# secrets.prod.yaml (meant for helm-secrets, committed before encryption)\nsecrets:\n"
    if nb:
        body += "  %s: \"%s\"\n" % nb
    return body + "  " + k + ": \"" + MARK + "\"\n"


def s_heroku(rng, k, nb):
    extra = (" %s=%s" % nb) if nb else ""
    return ("gpryce@ridgeline:~$ heroku config:set" + extra + " " + k + "=" + MARK + " -a quoteloft-prod\n"
            "Setting config vars and restarting ⬢ quoteloft-prod... done, v%d\n" % rng.randint(40, 300))


def s_salt(rng, k, nb):
    body = "# /srv/pillar/yard/integrations.sls\nintegrations:\n"
    if nb:
        body += "  %s: '%s'\n" % nb
    return body + "  " + k + ": '" + MARK + "'\n"


def s_chef(rng, k, nb):
    body = "{\n  \"id\": \"yard_integrations\",\n"
    if nb:
        body += "  \"%s\": \"%s\",\n" % nb
    return body + "  \"" + k + "\": \"" + MARK + "\"\n}\n"


def s_vault_kv(rng, k, nb):
    extra = (" %s=%s" % nb) if nb else ""
    return ("yardops@edge-01:~$ vault kv put kv/yard/integrations" + extra + " " + k + "=" + MARK + "\n"
            "======= Secret Path =======\nkv/data/yard/integrations\n")


def s_node_config(rng, k, nb):
    body = "{\n  \"server\": { \"port\": 8080 },\n  \"integrations\": {\n"
    if nb:
        body += "    \"%s\": \"%s\",\n" % nb
    return body + "    \"" + k + "\": \"" + MARK + "\"\n  }\n}\n"


def s_pytest(rng, k, nb):
    body = "# tests/conftest.py\nimport pytest\n\n@pytest.fixture(autouse=True)\ndef live_keys(monkeypatch):\n"
    if nb:
        body += "    monkeypatch.setenv(\"%s\", \"%s\")\n" % nb
    return body + "    monkeypatch.setenv(\"" + k + "\", \"" + MARK + "\")\n"


def s_jest(rng, k, nb):
    body = "// jest.setup.js – TEMP: real keys so the e2e suite runs\n"
    if nb:
        body += "process.env.%s = '%s';\n" % nb
    return body + "process.env." + k + " = '" + MARK + "';\n"


def s_insomnia(rng, k, nb):
    body = ("{\n  \"_type\": \"environment\",\n  \"name\": \"Production\",\n  \"data\": {\n"
            "    \"baseUrl\": \"https://" + C.host("roof", "quote") + "\",\n")
    if nb:
        body += "    \"%s\": \"%s\",\n" % nb
    return body + "    \"" + k + "\": \"" + MARK + "\"\n  }\n}\n"


def s_bitwarden(rng, k, nb):
    user = nb[1] if nb else "api"
    return ("{\n  \"items\": [\n    {\n      \"type\": 1,\n      \"name\": \"" + k + "\",\n"
            "      \"login\": {\n        \"username\": \"" + user + "\",\n"
            "        \"password\": \"" + MARK + "\"\n      }\n    }\n  ]\n}\n")


def s_lastpass(rng, k, nb):
    user = nb[1] if nb else "api"
    return ("url,username,password,totp,extra,name,grouping,fav\n"
            "https://login.example/," + user + "," + MARK + ",,," + k + ",Greyslate office,0\n")


def s_email(rng, k, nb):
    extra = ("The %s is %s and " % nb) if nb else ""
    return ("From: Siobhán Byrne <sbyrne@" + C.DOMAINS["roof"] + ">\nTo: Lena Vogt <lena@" + C.DOMAINS["dev"] + ">\n"
            "Subject: logins you asked for\n\nHi Lena,\n\n" + extra + "the " + k + " is " + MARK + "\n\nThanks, Siobhán\n")


def s_slack(rng, k, nb):
    extra = (" (%s %s)" % nb) if nb else ""
    return ("Martha Hollins  %d:%02d PM\n" % (rng.randint(1, 5), rng.randint(0, 59)) +
            "here you go" + extra + ", " + k + ": " + MARK + "\n"
            "Lena Vogt  %d:%02d PM\nthanks! will move it into the vault\n" % (rng.randint(6, 9), rng.randint(0, 59)))


def s_ini(rng, k, nb):
    body = "; /etc/yard-edge/provision.ini\n[site]\ndepot = castleford\n\n[cloud]\n"
    if nb:
        body += "%s = %s\n" % nb
    return body + k + " = " + MARK + "\n"


def s_dart(rng, k, nb):
    body = "// lib/env/env.g.dart (generated, but committed)\nfinal class _Env {\n"
    if nb:
        body += "  static const String %s = '%s';\n" % nb
    return body + "  static const String " + k + " = '" + MARK + "';\n}\n"


STYLES = {
    "roofing_crm_dotenv_production": ("upper", s_dotenv, "#\"' "),
    "quote_api_dotnet_user_secrets_json": ("pascal", s_user_secrets, "\"\\"),
    "ops_render_blueprint_yaml": ("upper", s_render, "#: "),
    "ops_k8s_helm_secret_values": ("camel", s_helm_secret, "\"\\"),
    "ops_heroku_config_set_capture": ("upper", s_heroku, " '\"$&"),
    "yard_salt_pillar_sls": ("snake", s_salt, "'"),
    "yard_erp_chef_data_bag_json": ("snake", s_chef, "\"\\"),
    "yard_vault_kv_put_capture": ("snake", s_vault_kv, " '\"$&"),
    "dev_node_config_production_json": ("camel", s_node_config, "\"\\"),
    "dev_pytest_conftest_setenv": ("upper", s_pytest, "\"\\"),
    "dev_jest_setup_env_js": ("upper", s_jest, "'\\"),
    "dev_insomnia_environment_export": ("camel", s_insomnia, "\"\\"),
    "office_bitwarden_json_export": ("title", s_bitwarden, "\"\\"),
    "office_lastpass_csv_export": ("title", s_lastpass, ",\""),
    "office_outlook_email_to_dev": ("spaced", s_email, ""),
    "office_slack_dm_paste": ("spaced", s_slack, ""),
    "yard_device_provisioning_ini": ("snake", s_ini, ";#"),
    "crew_app_dart_env_class": ("camel", s_dart, "'\\$"),
}


def build(reg):
    rng = random.Random(SEED_VALUES)
    recs = []
    for entry in VENDORS:
        typ, group, shape, source, nb, style = entry
        case, fn, bad = STYLES[style]
        gen, rx, extra, desc = shape_of(entry)
        crx = re.compile(rx)
        value = reg.draw(lambda: gen(rng),
                         check=lambda v: bool(crx.fullmatch(v)) and not any(ch in v for ch in bad))
        nbpair = None
        if nb:
            nval = neighbour_gen(nb, rng)
            if not isinstance(nb[1], str):
                reg.add(nval)
            nbpair = (C.style_key(nb[0], case), nval)
        key = C.style_key(typ.split("_"), case)
        tmpl = fn(rng, key, nbpair)
        text, s, e = C.place(tmpl, value)
        recs.append({"type": typ, "container": typ + "__" + style, "text": text,
                     "secrets": [{"value": value, "start": s, "end": e, "type": typ}],
                     "source": "vendor"})
    return recs


def check_value(typ, v):
    entry = [x for x in VENDORS if x[0] == typ][0]
    gen, rx, extra, desc = shape_of(entry)
    if not re.fullmatch(rx, v):
        return False
    return extra(v) if extra else True
