"""Vendor source: 120 types, one record each, in a container typical of where that key lives."""
import base64
import binascii
import json
import random
import re

import common253 as C

M = C.MARK

ALPH = {"A": C.ALNUM, "a": C.LOWALNUM, "U": C.UPALNUM, "h": C.HEXL, "H": C.HEXU, "d": C.DIGITS,
        "u": C.B64URL, "s": C.B64STD, "L": C.UPPER + C.LOWER, "b32": C.BASE32U, "l": C.LOWER,
        "k": C.ALNUM + "._"}
ALPH_RE = {"A": "[0-9A-Za-z]", "a": "[0-9a-z]", "U": "[0-9A-Z]", "h": "[0-9a-f]", "H": "[0-9A-F]",
           "d": "[0-9]", "u": "[A-Za-z0-9_-]", "s": "[A-Za-z0-9+/]", "L": "[A-Za-z]", "b32": "[A-Z2-7]",
           "l": "[a-z]", "k": "[0-9A-Za-z._]"}
ALPH_WORD = {"A": "alphanumerics", "a": "lower-case alphanumerics", "U": "upper-case alphanumerics",
             "h": "lower-case hex", "H": "upper-case hex", "d": "digits", "u": "base64url characters",
             "s": "standard Base64 characters", "L": "letters", "b32": "upper-case Base32 characters",
             "l": "lower-case letters", "k": "characters of `0-9A-Za-z._`"}


def spec_gen(spec, rng):
    out = []
    for t in spec:
        if isinstance(t, str):
            out.append(t)
        elif t[0] == "uuid":
            out.append(C.uuid4(rng))
        else:
            out.append(C.pick(rng, ALPH[t[0]], t[1]))
    return "".join(out)


def spec_re(spec):
    out = []
    for t in spec:
        if isinstance(t, str):
            out.append(re.escape(t))
        elif t[0] == "uuid":
            out.append(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
        else:
            out.append("%s{%d}" % (ALPH_RE[t[0]], t[1]))
    return "^" + "".join(out) + "$"


def spec_desc(spec):
    parts = []
    for t in spec:
        if isinstance(t, str):
            parts.append("`%s`" % t)
        elif t[0] == "uuid":
            parts.append("UUIDv4")
        else:
            parts.append("%d %s" % (t[1], ALPH_WORD[t[0]]))
    return " + ".join(parts)


# ---------------------------------------------------------------- special frames
def gen_special(name, rng):
    if name == "metoffice_jwt":
        header = {"x5t": C.b64url_nopad(C.rbytes(rng, 20)), "kid": C.b64url_nopad(C.rbytes(rng, 24)), "typ": "JWT"}
        iat = 1740000000 + rng.randrange(0, 9000000)
        payload = {"sub": "ruairi@tolleybridge-trust.example@carbon.super",
                   "iss": "https://api-manager.api-management.metoffice.cloud:443/oauth2/token",
                   "keytype": "PRODUCTION", "subscribedAPIs": [{"name": "SiteSpecificForecast", "tier": "Bronze"}],
                   "iat": iat, "jti": C.uuid4(rng)}
        return C.jwt_random_sig(rng, "RS256", header, payload)
    if name == "ha_jwt":
        iat = 1735000000 + rng.randrange(0, 9000000)
        return C.jwt_hs("HS256", {"typ": "JWT"}, {"iss": C.rbytes(rng, 16).hex(), "iat": iat, "exp": iat + 315360000},
                        C.rbytes(rng, 32))
    if name == "discord_bot":
        snow = str(rng.randrange(10 ** 17, 2 * 10 ** 18))
        first = base64.b64encode(snow.encode()).decode().rstrip("=")
        return first + "." + C.pick(rng, C.B64URL, 6) + "." + C.pick(rng, C.B64URL, 38)
    if name == "intercom":
        return base64.b64encode(("tok:%s:1:0" % C.uuid4(rng)).encode()).decode()
    if name == "onepassword":
        doc = {"signInAddress": "tolleybridge.1password.eu",
               "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000,
                            "salt": C.b64url_nopad(C.rbytes(rng, 16))},
               "email": "%s@1passwordserviceaccounts.eu" % C.pick(rng, C.LOWER + C.DIGITS, 13),
               "srpX": C.rbytes(rng, 32).hex(),
               "muk": {"alg": "A256GCM", "ext": True, "k": C.b64url_nopad(C.rbytes(rng, 32)),
                       "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
               "secretKey": "A3-%s-%s-%s-%s-%s-%s" % tuple(C.pick(rng, C.UPALNUM, n) for n in (6, 6, 5, 5, 5, 5)),
               "throttleSecret": {"seed": C.rbytes(rng, 32).hex(), "deviceUuid": C.pick(rng, C.LOWALNUM, 26)},
               "deviceUuid": C.pick(rng, C.LOWALNUM, 26)}
        return "ops_" + base64.b64encode(json.dumps(doc, separators=(",", ":")).encode()).decode()
    if name == "cf_tunnel":
        doc = {"a": C.rbytes(rng, 16).hex(), "t": C.uuid4(rng), "s": C.b64std(C.rbytes(rng, 32))}
        return base64.b64encode(json.dumps(doc, separators=(",", ":")).encode()).decode()
    if name == "nkey_seed":
        raw = bytes([(18 << 3) | ((20 << 3) >> 5), ((20 << 3) & 31) << 3]) + C.rbytes(rng, 32)
        crc = C.crc16_xmodem(raw)
        raw += bytes([crc & 0xFF, crc >> 8])
        return base64.b32encode(raw).decode().rstrip("=")
    if name == "stormglass":
        return C.uuid4(rng) + "-" + C.uuid4(rng)
    if name == "synapse":
        local = rng.choice(["lockbot", "bridgewatch", "fleetbot", "keeperalerts"])
        head = "syt_%s_%s" % (base64.b64encode(local.encode()).decode().rstrip("="), C.pick(rng, C.ALNUM, 20))
        return head + "_" + _b62(binascii.crc32(head.encode()), 6)
    if name == "azure_storage":
        return C.b64std(C.rbytes(rng, 64))
    if name == "influx":
        return base64.urlsafe_b64encode(C.rbytes(rng, 64)).decode()
    if name == "owner":
        return C.owner_password(rng)
    raise ValueError(name)


def _b62(n, width):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = C.ALNUM[r] + s
    return s.rjust(width, "0")


def check_special(name, v):
    if name in ("metoffice_jwt", "ha_jwt"):
        if not C.jwt_valid(v):
            return "jwt frame"
        h = json.loads(C._b64url_dec(v.split(".")[0]))
        want = "RS256" if name == "metoffice_jwt" else "HS256"
        return None if h["alg"] == want else "jwt alg"
    if name == "discord_bot":
        m = re.fullmatch(r"([MNO][ADQTgjwz][AEIMQUYcgk][012345wxyz][0-9A-Za-z_-]{20,24})\.([0-9A-Za-z_-]{6})\.([0-9A-Za-z_-]{38})", v)
        if not m:
            return "discord frame"
        first = m.group(1)
        return None if base64.b64decode(first + "=" * (-len(first) % 4)).decode().isdigit() else "discord id"
    if name == "intercom":
        if not re.fullmatch(r"[A-Za-z0-9+/]{59}=", v):
            return "intercom frame"
        d = base64.b64decode(v).decode()
        return None if re.fullmatch(r"tok:[0-9a-f-]{36}:1:0", d) else "intercom content"
    if name == "onepassword":
        if not re.fullmatch(r"ops_eyJ[A-Za-z0-9+/]{250,}={0,3}", v):
            return "1password frame"
        d = json.loads(base64.b64decode(v[4:]))
        return None if {"signInAddress", "email", "muk", "secretKey"} <= set(d) else "1password json"
    if name == "cf_tunnel":
        d = json.loads(base64.b64decode(v))
        ok = set(d) == {"a", "t", "s"} and re.fullmatch(r"[0-9a-f]{32}", d["a"]) and C.uuid_is_v4(d["t"]) \
            and len(base64.b64decode(d["s"])) == 32
        return None if ok else "tunnel json"
    if name == "nkey_seed":
        if not re.fullmatch(r"SU[A-Z2-7]{56}", v):
            return "nkey frame"
        raw = base64.b32decode(v + "=" * (-len(v) % 8))
        crc = C.crc16_xmodem(raw[:-2])
        return None if raw[-2:] == bytes([crc & 0xFF, crc >> 8]) and len(raw) == 36 else "nkey crc"
    if name == "stormglass":
        return None if re.fullmatch(r"%s-%s" % ((C.UUID_RE.pattern,) * 2), v) and \
            all(C.uuid_is_v4(x) for x in C.UUID_RE.findall(v)) else "stormglass frame"
    if name == "synapse":
        m = re.fullmatch(r"(syt_[A-Za-z0-9]+_[0-9A-Za-z]{20})_([0-9A-Za-z]{6})", v)
        if not m:
            return "synapse frame"
        return None if _b62(binascii.crc32(m.group(1).encode()), 6) == m.group(2) else "synapse crc"
    if name == "azure_storage":
        return None if re.fullmatch(r"[A-Za-z0-9+/]{86}==", v) and len(base64.b64decode(v)) == 64 else "azure key"
    if name == "influx":
        return None if re.fullmatch(r"[A-Za-z0-9_-]{86}==", v) else "influx token"
    if name == "owner":
        return None if C.OWNER_PW_RE.match(v) else "owner password"
    return "unknown special"


SPECIAL_DESC = {
    "metoffice_jwt": "RS256 JWT (base64url JSON header with `x5t`, `kid`, `typ`; payload with `sub`, `iss`, `keytype`, "
                     "`subscribedAPIs`, `iat`, `jti`; 256 random signature bytes), as an API-manager-issued key",
    "ha_jwt": "real HS256 JWT with payload `{iss: 32 hex, iat, exp}` (HMAC under a discarded key)",
    "discord_bot": "standard Base64 (unpadded) of an 18-19 digit snowflake id + `.` + 6 base64url + `.` + 38 base64url",
    "intercom": "standard Base64 of `tok:` + UUIDv4 + `:1:0` (59 characters + `=`)",
    "onepassword": "`ops_` + standard Base64 of real JSON `{signInAddress, userAuth, email, srpX, muk, secretKey, "
                   "throttleSecret, deviceUuid}`",
    "cf_tunnel": "standard Base64 of real JSON `{a: 32 hex account tag, t: UUIDv4 tunnel id, s: Base64 of 32 bytes}`",
    "nkey_seed": "NATS user seed: Base32 (unpadded) of prefix bytes `SU` + 32 random bytes + real CRC-16/XMODEM "
                 "(little-endian), 58 characters",
    "stormglass": "UUIDv4 + `-` + UUIDv4 (73 characters)",
    "synapse": "`syt_` + Base64 of the bot's localpart + `_` + 20 alphanumerics + `_` + 6 base62 digits of the "
               "CRC-32 of the preceding part",
    "azure_storage": "standard Base64 of 64 random bytes (88 characters, `==`)",
    "influx": "base64url of 64 random bytes with padding (88 characters, `==`)",
    "owner": "owner-chosen password",
}


def email(local, dom="wharfside-boats.example"):
    return "%s@%s" % (local, dom)


# ---------------------------------------------------------------- the 120 types
# (type, group, spec-or-special, source, neighbour or None, style)
# neighbour = (label words, generator spec or callable)
T = "trade"
V = [
    ("canal_river_trust_licence_portal_password", T, "owner", "owner", (["boat", "index", "number"], [("d", 6)]), "trust_keepass_xml_export"),
    ("waterways_ireland_permit_account_password", T, "owner", "owner", (["permit", "account", "email"], lambda r: email("permits+wi%s" % C.pick(r, C.DIGITS, 3))), "trust_lastpass_csv_export"),
    ("broads_authority_toll_account_password", T, "owner", "owner", (["toll", "account", "number"], ["BA", ("d", 7)]), "marina_telegram_group_message"),
    ("boat_safety_scheme_examiner_portal_password", T, "owner", "owner", (["examiner", "number"], ["BSS-", ("d", 5)]), "trust_keepass_xml_export"),
    ("ewon_talk2m_account_password", T, "owner", "owner", (["talk2m", "account"], ["tolleybridge-", ("l", 5)]), "trust_keepass_xml_export"),
    ("secomea_gatemanager_user_password", T, "owner", "owner", (["gatemanager", "user"], ["ruairi.", ("l", 4)]), "trust_lastpass_csv_export"),
    ("anydesk_unattended_access_password", T, "owner", "owner", (["anydesk", "address"], ["1", ("d", 9)]), "marina_telegram_group_message"),
    ("hikvision_nvr_admin_password", T, "owner", "owner", (["nvr", "serial"], ["DS-7608NI-K2", ("d", 9)]), "vendor_onboarding_email_reply"),
    ("hivemq_cloud_broker_password", T, "owner", "owner", (["broker", "username"], ["boat-", ("d", 4)]), "iot_esp_idf_nvs_partition_csv"),
    ("synology_dsm_admin_password", T, "owner", "owner", (["nas", "admin", "user"], ["ops-", ("l", 6)]), "trust_lastpass_csv_export"),
    ("hmrc_charities_online_gateway_password", T, "owner", "owner", (["gateway", "user", "id"], [("U", 12)]), "trust_keepass_xml_export"),
    ("dockwa_marina_api_token", T, [("A", 40)], "guessed", None, "hirebase_dotenv_production"),
    ("molo_marina_api_key", T, [("A", 48)], "guessed", None, "hirebase_node_config_production_json"),
    ("harba_marina_client_secret", T, [("u", 43)], "guessed", (["harba", "marina", "client", "id"], [("uuid",)]), "hirebase_spring_application_yml"),
    ("rezdy_supplier_api_key", T, [("h", 32)], "believed", None, "hirebase_laravel_services_config_php"),
    ("bokun_rest_secret_key", T, [("h", 32)], "guessed", (["bokun", "rest", "access", "key"], [("h", 32)]), "hirebase_aspnet_appsettings_production_json"),
    ("beds24_api_long_life_token", T, [("A", 64)], "guessed", None, "trust_dynaconf_secrets_toml"),
    ("smoobu_api_key", T, [("A", 40)], "guessed", None, "trust_wp_options_table_sql_dump"),
    ("lodgify_public_api_key", T, [("s", 64)], "guessed", None, "trust_wp_options_table_sql_dump"),
    ("digital_matter_oem_server_api_key", T, [("h", 32)], "guessed", None, "ops_vault_kv_put_capture"),
    ("traccar_server_user_token", T, [("u", 43)], "guessed", None, "ops_nginx_proxy_header_snippet"),
    ("teltonika_rms_personal_access_token", T, [("A", 64)], "guessed", None, "ops_fly_secrets_set_capture"),
    ("the_things_stack_api_key", T, ["NNSXS.", ("b32", 39), ".", ("b32", 52)], "believed", None, "ops_k8s_secret_stringdata_manifest"),
    ("hologram_device_api_key", T, [("A", 32)], "guessed", None, "ops_ecs_task_definition_json"),
    ("monnit_imonnit_api_secret_key", T, [("A", 32)], "guessed", (["monnit", "imonnit", "api", "key", "id"], [("A", 20)]), "ops_github_codespaces_devcontainer_json"),
    ("hobolink_api_client_secret", T, [("A", 48)], "guessed", (["hobolink", "api", "client", "id"], [("a", 24)]), "ops_aws_ssm_put_parameter_capture"),
    ("ott_hydromet_cloud_api_token", T, [("h", 40)], "guessed", None, "ops_vault_kv_put_capture"),
    ("met_office_datahub_api_key", T, "metoffice_jwt", "believed", None, "hirebase_dotenv_production"),
    ("ordnance_survey_data_hub_project_secret", T, [("A", 16)], "guessed", (["ordnance", "survey", "data", "hub", "project", "key"], [("A", 32)]), "hirebase_node_config_production_json"),
    ("what3words_api_key", T, [("U", 8)], "believed", None, "hirebase_bruno_environment_bru"),
    ("stormglass_api_key", T, "stormglass", "read_kingfisher", None, "hirebase_laravel_services_config_php"),
    ("openweathermap_api_key", T, [("h", 32)], "read_kingfisher", None, "trust_dynaconf_secrets_toml"),
    ("teamviewer_script_api_token", T, [("d", 8), "-", ("A", 20)], "believed", None, "ops_aws_ssm_put_parameter_capture"),
    ("verkada_api_key", T, ["vkd_api_", ("h", 32)], "guessed", None, "ops_aws_ssm_put_parameter_capture"),
    ("cradlepoint_netcloud_ecm_api_key", T, [("h", 40)], "believed", (["cradlepoint", "netcloud", "ecm", "api", "id"], [("uuid",)]), "ops_nginx_proxy_header_snippet"),
    ("peplink_incontrol2_client_secret", T, [("A", 32)], "guessed", (["peplink", "incontrol2", "client", "id"], [("a", 32)]), "ops_vault_kv_put_capture"),
    ("deputy_rota_permanent_token", T, [("h", 32)], "guessed", None, "hirebase_laravel_services_config_php"),
    ("beacon_crm_api_key", T, [("h", 64)], "guessed", None, "trust_dynaconf_secrets_toml"),
    ("donorfy_api_access_key", T, [("A", 32)], "guessed", (["donorfy", "api", "key"], [("U", 12)]), "trust_wp_options_table_sql_dump"),
    ("blackbaud_sky_api_subscription_key", T, [("h", 32)], "believed", None, "hirebase_aspnet_appsettings_production_json"),
    ("viator_partner_api_key", T, [("uuid",)], "guessed", None, "hirebase_node_config_production_json"),
    # commerce, payments, accounting, CRM
    ("gocardless_live_access_token", "commerce", ["live_", ("u", 40)], "read_gitleaks", None, "ops_aws_ssm_put_parameter_capture"),
    ("sumup_secret_api_key", "commerce", ["sup_sk_", ("A", 32)], "believed", None, "hirebase_dotenv_production"),
    ("epos_now_api_secret", "commerce", [("A", 32)], "guessed", (["epos", "now", "api", "key"], [("A", 32)]), "hirebase_aspnet_appsettings_production_json"),
    ("shopify_admin_api_access_token", "commerce", ["shpat_", ("h", 32)], "read_gitleaks", None, "ops_fly_secrets_set_capture"),
    ("ecwid_secret_access_token", "commerce", ["secret_", ("A", 32)], "believed", (["ecwid", "store", "id"], [("d", 8)]), "hirebase_node_config_production_json"),
    ("xero_oauth_client_secret", "commerce", [("u", 48)], "believed", (["xero", "oauth", "client", "id"], [("H", 32)]), "hirebase_spring_application_yml"),
    ("quickbooks_online_client_secret", "commerce", [("A", 40)], "believed", (["quickbooks", "online", "client", "id"], ["AB", ("A", 48)]), "hirebase_spring_application_yml"),
    ("braintree_private_key", "commerce", [("h", 32)], "believed", (["braintree", "public", "key"], [("a", 16)]), "trust_dynaconf_secrets_toml"),
    ("wise_business_api_token", "commerce", [("uuid",)], "read_kingfisher", None, "ops_vault_kv_put_capture"),
    ("klaviyo_private_api_key", "commerce", ["pk_", ("A", 34)], "read_kingfisher", None, "hirebase_dotenv_production"),
    ("squarespace_commerce_api_key", "commerce", [("uuid",)], "read_gitleaks", None, "ops_github_codespaces_devcontainer_json"),
    ("hubspot_private_app_access_token", "commerce", ["pat-eu1-", ("uuid",)], "read_kingfisher", None, "ops_k8s_secret_stringdata_manifest"),
    ("zoho_crm_oauth_refresh_token", "commerce", ["1000.", ("h", 32), ".", ("h", 32)], "read_kingfisher", None, "trust_dynaconf_secrets_toml"),
    ("salesforce_connected_app_consumer_secret", "commerce", [("H", 64)], "guessed", (["salesforce", "connected", "app", "consumer", "key"], ["3MVG", ("k", 81)]), "hirebase_spring_application_yml"),
    # messaging, e-mail, support
    ("twilio_api_key_secret", "messaging", [("A", 32)], "believed", (["twilio", "api", "key", "sid"], ["SK", ("h", 32)]), "hirebase_dotenv_production"),
    ("messagebird_live_access_key", "messaging", [("A", 25)], "read_gitleaks", None, "hirebase_node_config_production_json"),
    ("sinch_sms_service_api_token", "messaging", [("h", 32)], "guessed", (["sinch", "service", "plan", "id"], [("h", 32)]), "ops_ecs_task_definition_json"),
    ("brevo_smtp_api_key", "messaging", ["xkeysib-", ("h", 64), "-", ("A", 16)], "read_gitleaks", None, "hirebase_laravel_services_config_php"),
    ("mailchimp_marketing_api_key", "messaging", [("h", 32), "-us", ("d", 2)], "read_gitleaks", None, "trust_wp_options_table_sql_dump"),
    ("mailgun_sending_api_key", "messaging", ["key-", ("h", 32)], "read_gitleaks", None, "ops_fly_secrets_set_capture"),
    ("resend_api_key", "messaging", ["re_", ("A", 8), "_", ("A", 24)], "believed", None, "hirebase_dotenv_production"),
    ("telegram_bot_api_token", "messaging", [("d", 10), ":AA", ("u", 33)], "read_gitleaks", None, "ops_aws_ssm_put_parameter_capture"),
    ("slack_bot_user_oauth_token", "messaging", ["xoxb-", ("d", 13), "-", ("d", 13), "-", ("A", 24)], "read_gitleaks", None, "ops_k8s_secret_stringdata_manifest"),
    ("discord_bot_token", "messaging", "discord_bot", "read_credsweeper", None, "ops_vault_kv_put_capture"),
    ("pushover_application_token", "messaging", [("a", 30)], "believed", (["pushover", "user", "key"], [("a", 30)]), "iot_esp_idf_nvs_partition_csv"),
    ("matrix_synapse_access_token", "messaging", "synapse", "believed", None, "trust_dynaconf_secrets_toml"),
    ("mattermost_personal_access_token", "messaging", [("a", 26)], "read_gitleaks", None, "ops_fly_secrets_set_capture"),
    ("zendesk_api_token", "messaging", [("A", 40)], "read_gitleaks", (["zendesk", "agent", "email"], lambda r: email("support+zd%s" % C.pick(r, C.DIGITS, 3))), "hirebase_aspnet_appsettings_production_json"),
    ("intercom_access_token", "messaging", "intercom", "read_kingfisher", None, "hirebase_node_config_production_json"),
    ("crisp_plugin_token_key", "messaging", [("h", 64)], "guessed", (["crisp", "plugin", "token", "identifier"], [("uuid",)]), "ops_github_codespaces_devcontainer_json"),
    # AI
    ("openai_project_api_key", "ai", ["sk-proj-", ("u", 74), "T3BlbkFJ", ("u", 74)], "read_gitleaks", None, "hirebase_dotenv_production"),
    ("anthropic_api_key", "ai", ["sk-ant-api03-", ("u", 93), "AA"], "read_gitleaks", None, "ops_fly_secrets_set_capture"),
    ("google_gemini_api_key", "ai", ["AIzaSy", ("u", 33)], "read_credsweeper", None, "hirebase_node_config_production_json"),
    ("groq_api_key", "ai", ["gsk_", ("A", 52)], "read_kingfisher", None, "trust_dynaconf_secrets_toml"),
    ("hugging_face_user_access_token", "ai", ["hf_", ("L", 34)], "read_gitleaks", None, "ops_vault_kv_put_capture"),
    ("replicate_api_token", "ai", ["r8_", ("A", 37)], "read_kingfisher", None, "ops_ecs_task_definition_json"),
    ("perplexity_api_key", "ai", ["pplx-", ("A", 48)], "read_gitleaks", None, "ops_github_codespaces_devcontainer_json"),
    ("together_ai_api_key", "ai", ["tgp_v1_", ("u", 43)], "read_credsweeper", None, "hirebase_laravel_services_config_php"),
    ("langsmith_personal_api_key", "ai", ["lsv2_pt_", ("h", 32), "_", ("h", 10)], "believed", None, "trust_dynaconf_secrets_toml"),
    ("azure_ai_speech_resource_key", "ai", [("h", 32)], "believed", (["azure", "ai", "speech", "region"], lambda r: "uksouth"), "hirebase_aspnet_appsettings_production_json"),
    ("stability_ai_api_key", "ai", ["sk-", ("A", 48)], "believed", None, "hirebase_node_config_production_json"),
    # developer services
    ("github_fine_grained_personal_access_token", "developer", ["github_pat_", ("A", 22), "_", ("A", 59)], "read_gitleaks", None, "ops_github_codespaces_devcontainer_json"),
    ("github_oauth_access_token", "developer", ["gho_", ("A", 36)], "read_gitleaks", None, "hirebase_bruno_environment_bru"),
    ("gitlab_personal_access_token", "developer", ["glpat-", ("u", 20)], "read_gitleaks", None, "ops_fly_secrets_set_capture"),
    ("bitbucket_app_password", "developer", ["ATBB", ("A", 24), ("H", 8)], "read_credsweeper", (["bitbucket", "username"], ["dev-", ("l", 6)]), "trust_lastpass_csv_export"),
    ("npm_access_token", "developer", ["npm_", ("A", 36)], "read_gitleaks", None, "ops_k8s_secret_stringdata_manifest"),
    ("rubygems_api_key", "developer", ["rubygems_", ("h", 48)], "read_gitleaks", None, "ops_vault_kv_put_capture"),
    ("sentry_user_auth_token", "developer", ["sntryu_", ("h", 64)], "read_gitleaks", None, "ops_ecs_task_definition_json"),
    ("heroku_platform_api_key", "developer", ["HRKU-AA", ("u", 58)], "read_gitleaks", None, "ops_fly_secrets_set_capture"),
    ("render_api_key", "developer", ["rnd_", ("A", 32)], "believed", None, "hirebase_dotenv_production"),
    ("digitalocean_personal_access_token", "developer", ["dop_v1_", ("h", 64)], "read_gitleaks", None, "ops_aws_ssm_put_parameter_capture"),
    ("linode_personal_access_token", "developer", [("h", 64)], "believed", None, "ops_vault_kv_put_capture"),
    ("hetzner_cloud_api_token", "developer", [("A", 64)], "believed", None, "ops_k8s_secret_stringdata_manifest"),
    ("cloudflare_api_token", "developer", [("u", 40)], "read_gitleaks", None, "ops_fly_secrets_set_capture"),
    ("fastly_api_token", "developer", [("u", 32)], "read_gitleaks", None, "ops_ecs_task_definition_json"),
    ("circleci_personal_api_token", "developer", ["CCIPAT_", ("a", 4), ("l", 5), ("a", 3), ("d", 3), ("l", 2), ("U", 2), ("d", 1), ("l", 1), ("a", 1), ("d", 1), ("l", 1), "_", ("a", 40)], "read_kingfisher", None, "ops_github_codespaces_devcontainer_json"),
    ("buildkite_user_api_token", "developer", ["bkua_", ("h", 40)], "read_kingfisher", None, "ops_k8s_secret_stringdata_manifest"),
    ("pulumi_access_token", "developer", ["pul-", ("h", 40)], "read_gitleaks", None, "ops_aws_ssm_put_parameter_capture"),
    ("databricks_personal_access_token", "developer", ["dapi", ("h", 32)], "read_gitleaks", None, "ops_ecs_task_definition_json"),
    ("airtable_personal_access_token", "developer", ["pat", ("A", 14), ".", ("h", 64)], "read_gitleaks", None, "hirebase_laravel_services_config_php"),
    ("notion_internal_integration_secret", "developer", ["ntn_", ("d", 11), ("A", 35)], "read_gitleaks", None, "hirebase_node_config_production_json"),
    ("contentful_cma_personal_access_token", "developer", ["CFPAT-", ("u", 43)], "believed", None, "hirebase_bruno_environment_bru"),
    ("algolia_admin_api_key", "developer", [("h", 32)], "read_gitleaks", (["algolia", "application", "id"], [("U", 10)]), "hirebase_node_config_production_json"),
    ("okta_api_token", "developer", ["00", ("u", 40)], "read_gitleaks", None, "hirebase_aspnet_appsettings_production_json"),
    ("clerk_secret_key", "developer", ["sk_live_", ("A", 42)], "believed", None, "hirebase_dotenv_production"),
    ("onepassword_service_account_token", "developer", "onepassword", "read_gitleaks", None, "ops_k8s_secret_stringdata_manifest"),
    ("vercel_access_token", "developer", ["vcp_", ("A", 56)], "read_credsweeper", None, "ops_github_codespaces_devcontainer_json"),
    ("azure_devops_personal_access_token", "developer", [("A", 84)], "read_kingfisher", None, "ops_aws_ssm_put_parameter_capture"),
    # ops, cloud, monitoring, IoT back ends
    ("aws_secret_access_key", "ops", [("s", 40)], "believed", (["aws", "access", "key", "id"], ["AKIA", ("b32", 16)]), "ops_k8s_secret_stringdata_manifest"),
    ("azure_storage_account_key", "ops", "azure_storage", "read_kingfisher", (["azure", "storage", "account", "name"], ["tolleydocs", ("a", 6)]), "hirebase_aspnet_appsettings_production_json"),
    ("datadog_api_key", "ops", [("h", 32)], "read_kingfisher", None, "ops_ecs_task_definition_json"),
    ("pagerduty_rest_api_key", "ops", ["u+", ("u", 18)], "read_kingfisher", None, "ops_vault_kv_put_capture"),
    ("uptimerobot_main_api_key", "ops", ["u", ("d", 8), "-", ("h", 24)], "read_kingfisher", None, "trust_dynaconf_secrets_toml"),
    ("zerotier_central_api_token", "ops", [("A", 32)], "read_kingfisher", None, "ops_fly_secrets_set_capture"),
    ("home_assistant_long_lived_access_token", "ops", "ha_jwt", "believed", None, "ops_nginx_proxy_header_snippet"),
    ("influxdb_all_access_api_token", "ops", "influx", "believed", None, "iot_esp_idf_nvs_partition_csv"),
    ("cloudflare_tunnel_token", "ops", "cf_tunnel", "believed", None, "ops_k8s_secret_stringdata_manifest"),
    ("opnsense_api_secret", "ops", [("s", 80)], "believed", (["opnsense", "api", "key"], [("s", 80)]), "ops_vault_kv_put_capture"),
    ("nats_user_nkey_seed", "ops", "nkey_seed", "believed", None, "iot_esp_idf_nvs_partition_csv"),
]
assert len(V) == 120 and len(set(v[0] for v in V)) == 120

GROUPS = [("trade", "Waterway trade: licensing and toll portals, marina and hire booking, boat telematics and IoT, "
                    "water-level and weather data, remote access to lock and bridge PLCs, rota and charity back office"),
          ("commerce", "Commerce, payments, accounting and CRM"),
          ("messaging", "E-mail, messaging, chat and support"),
          ("ai", "AI services"),
          ("developer", "Developer services"),
          ("ops", "Ops, cloud, monitoring and IoT back ends")]

STYLES = {
    "hirebase_dotenv_production": ("upper", "`.env.production` file of the hire-booking app (KEY=value)"),
    "ops_aws_ssm_put_parameter_capture": ("path", "terminal capture of `aws ssm put-parameter --type SecureString`"),
    "ops_vault_kv_put_capture": ("snake", "terminal capture of `vault kv put` with key=value pairs"),
    "ops_fly_secrets_set_capture": ("upper", "terminal capture of `fly secrets set`"),
    "hirebase_laravel_services_config_php": ("snake", "Laravel config/services.php with the value as the `env()` default"),
    "trust_dynaconf_secrets_toml": ("snake", "Dynaconf `.secrets.toml` `[production]` table"),
    "hirebase_node_config_production_json": ("camel", "node-config `config/production.json`"),
    "hirebase_aspnet_appsettings_production_json": ("pascal", "ASP.NET Core appsettings.Production.json (`Integrations` section)"),
    "hirebase_spring_application_yml": ("kebab", "Spring Boot application.yml (`integrations:` block)"),
    "trust_wp_options_table_sql_dump": ("snake", "SQL dump of the WordPress `wp_options` table (plugin settings)"),
    "ops_k8s_secret_stringdata_manifest": ("upper", "Kubernetes Secret manifest with `stringData`"),
    "ops_ecs_task_definition_json": ("upper", "Amazon ECS task definition `environment` name/value list"),
    "ops_github_codespaces_devcontainer_json": ("upper", "devcontainer.json `remoteEnv` block"),
    "ops_nginx_proxy_header_snippet": ("header", "nginx snippet injecting the key with `proxy_set_header`"),
    "trust_keepass_xml_export": ("title", "KeePass 2 XML export entry (type words in `Title`, neighbour in `UserName`, secret in `Password`)"),
    "trust_lastpass_csv_export": ("title", "LastPass CSV export row (type words in `name`, neighbour in `username`, secret in `password`)"),
    "marina_telegram_group_message": ("spaced", "Telegram group message between marina staff"),
    "vendor_onboarding_email_reply": ("spaced", "e-mail reply from an installer or vendor during onboarding"),
    "iot_esp_idf_nvs_partition_csv": ("snake", "ESP-IDF NVS partition CSV flashed onto a boat's telemetry board"),
    "hirebase_bruno_environment_bru": ("camel", "Bruno API-client environment file (`vars {}`)"),
}


def render(style, rng, key, nkey, nval, tname):
    kst = STYLES[style][0]
    title = C.keyname(tname.split("_"), "title")
    if style == "hirebase_dotenv_production":
        pre = "%s=%s\n" % (nkey, nval) if nkey else ""
        return "APP_ENV=production\nAPP_URL=https://book.wharfside-boats.example\n%s%s=%s\nQUEUE_CONNECTION=redis\n" % (pre, key, M)
    if style == "ops_aws_ssm_put_parameter_capture":
        pre = ("$ aws ssm put-parameter --name %s --type String --value '%s' --overwrite\n{\n    \"Version\": 1,\n"
               "    \"Tier\": \"Standard\"\n}\n" % (nkey, nval)) if nkey else ""
        return ("%s$ aws ssm put-parameter --name %s --type SecureString --value '%s' --overwrite\n{\n"
                "    \"Version\": %d,\n    \"Tier\": \"Standard\"\n}\n" % (pre, key, M, rng.randrange(1, 6)))
    if style == "ops_vault_kv_put_capture":
        mount = tname.split("_")[0]
        pre = "%s=%s " % (nkey, nval) if nkey else ""
        return ("$ vault kv put -mount=kv waterways/%s %s%s='%s'\n======== Secret Path ========\nkv/data/waterways/%s\n\n"
                "======= Metadata =======\nKey                Value\n---                -----\nversion            %d\n"
                % (mount, pre, key, M, mount, rng.randrange(1, 9)))
    if style == "ops_fly_secrets_set_capture":
        pre = "%s='%s' " % (nkey, nval) if nkey else ""
        return ("$ fly secrets set %s%s='%s' -a wharfside-bookings\nUpdating existing machines in 'wharfside-bookings' with rolling strategy\n"
                "  Finished deploying\n" % (pre, key, M))
    if style == "hirebase_laravel_services_config_php":
        pre = "        '%s' => env('%s', '%s'),\n" % (nkey, nkey.upper(), nval) if nkey else ""
        return ("<?php\n\nreturn [\n    '%s' => [\n%s        '%s' => env('%s', '%s'),\n    ],\n];\n"
                % (tname.split("_")[0], pre, key, key.upper(), M))
    if style == "trust_dynaconf_secrets_toml":
        pre = "%s = \"%s\"\n" % (nkey, nval) if nkey else ""
        return "[production]\n%s%s = \"%s\"\n\n[development]\n%s = \"@format {env[DEV_KEY]}\"\n" % (pre, key, M, key)
    if style == "hirebase_node_config_production_json":
        pre = '    "%s": "%s",\n' % (nkey, nval) if nkey else ""
        return '{\n  "integrations": {\n%s    "%s": "%s"\n  },\n  "port": %d\n}\n' % (pre, key, M, rng.choice([3000, 8080]))
    if style == "hirebase_aspnet_appsettings_production_json":
        pre = '    "%s": "%s",\n' % (nkey, nval) if nkey else ""
        return ('{\n  "Logging": { "LogLevel": { "Default": "Warning" } },\n  "Integrations": {\n%s    "%s": "%s"\n  }\n}\n'
                % (pre, key, M))
    if style == "hirebase_spring_application_yml":
        pre = "  %s: %s\n" % (nkey, C.yaml_sq(nval)) if nkey else ""
        return "server:\n  port: 8080\nintegrations:\n%s  %s: %s\n" % (pre, key, C.yaml_sq(M))
    if style == "trust_wp_options_table_sql_dump":
        n = rng.randrange(1000, 9000)
        pre = "(%d,'%s','%s','yes'),\n" % (n - 1, nkey, nval) if nkey else ""
        return ("INSERT INTO `wp_options` (`option_id`, `option_name`, `option_value`, `autoload`) VALUES\n%s(%d,'%s','%s','yes');\n"
                % (pre, n, key, M))
    if style == "ops_k8s_secret_stringdata_manifest":
        pre = "  %s: %s\n" % (nkey, C.yaml_sq(nval)) if nkey else ""
        return ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s\n  namespace: waterways\ntype: Opaque\nstringData:\n%s  %s: %s\n"
                % (tname.replace("_", "-")[:40].strip("-"), pre, key, C.yaml_sq(M)))
    if style == "ops_ecs_task_definition_json":
        pre = '        { "name": "%s", "value": "%s" },\n' % (nkey, nval) if nkey else ""
        return ('{\n  "family": "lockside-api",\n  "containerDefinitions": [\n    {\n      "name": "api",\n      "environment": [\n'
                '%s        { "name": "%s", "value": "%s" }\n      ]\n    }\n  ]\n}\n' % (pre, key, M))
    if style == "ops_github_codespaces_devcontainer_json":
        pre = '    "%s": "%s",\n' % (nkey, nval) if nkey else ""
        return ('{\n  "name": "waterways-dev",\n  "image": "mcr.microsoft.com/devcontainers/python:3.12",\n  "remoteEnv": {\n'
                '%s    "%s": "%s"\n  }\n}\n' % (pre, key, M))
    if style == "ops_nginx_proxy_header_snippet":
        pre = '    proxy_set_header %s "%s";\n' % (nkey, nval) if nkey else ""
        return ("location /upstream/ {\n    proxy_pass https://%s/;\n%s    proxy_set_header %s \"%s\";\n}\n"
                % (C.private_ip(rng), pre, key, M))
    if style == "trust_keepass_xml_export":
        return ("<Entry>\n\t<String><Key>Title</Key><Value>%s</Value></String>\n\t<String><Key>UserName</Key><Value>%s</Value></String>\n"
                "\t<String><Key>Password</Key><Value>%s</Value></String>\n\t<String><Key>URL</Key><Value></Value></String>\n</Entry>\n"
                % (key, nval, M))
    if style == "trust_lastpass_csv_export":
        return ("url,username,password,totp,extra,name,grouping,fav\n,%s,%s,,,%s,Tolleybridge/Ops,0\n"
                % (nval, M, key))
    if style == "marina_telegram_group_message":
        return ("%s, [%02d.%02d.2025 %02d:%02d]\n%s is %s, %s is %s - delete after reading pls\n"
                % ("%s %s" % C.person(rng)[:2], rng.randrange(1, 28), rng.randrange(1, 13), rng.randrange(7, 20),
                   rng.randrange(60), nkey, nval, key, M))
    if style == "vendor_onboarding_email_reply":
        return ("Subject: RE: handover - Fenmarsh Marina\n\nHi Yusuf,\n\nAs discussed on site: %s %s, %s %s\n"
                "Please change it once your team has logged in.\n\nRegards,\nSecureSite Installations\n" % (nkey, nval, key, M))
    if style == "iot_esp_idf_nvs_partition_csv":
        pre = "%s,data,string,%s\n" % (nkey, nval) if nkey else ""
        return "key,type,encoding,value\ntelemetry,namespace,,\nboat_id,data,string,WNB-%03d\n%s%s,data,string,%s\n" % (
            rng.randrange(1, 60), pre, key, M)
    if style == "hirebase_bruno_environment_bru":
        pre = "  %s: %s\n" % (nkey, nval) if nkey else ""
        return "vars {\n  baseUrl: https://book.wharfside-boats.example\n%s  %s: %s\n}\n" % (pre, key, M)
    raise ValueError(style)


def vendor_key(tname, style):
    kst = STYLES[style][0]
    words = tname.split("_")
    if kst == "path":
        return C.keyname(words, "path", "/wharfside/prod")
    return C.keyname(words, kst)


def build(reg):
    rng = random.Random(C.SEEDS["vendor_values"])
    recs = []
    for tname, group, spec, src, nb, style in V:
        if isinstance(spec, str):
            value = reg.draw(lambda: gen_special(spec, rng))
        else:
            value = reg.draw(lambda: spec_gen(spec, rng))
        nkey = nval = None
        if nb:
            words, g = nb
            nval = reg.draw(lambda: g(rng) if callable(g) else spec_gen(g, rng))
            kst = STYLES[style][0]
            nkey = C.keyname(words, kst if kst != "path" else "path", "/wharfside/prod" if kst == "path" else None)
            if style in ("trust_keepass_xml_export", "trust_lastpass_csv_export", "marina_telegram_group_message",
                         "vendor_onboarding_email_reply"):
                nkey = " ".join(words) if style in ("marina_telegram_group_message", "vendor_onboarding_email_reply") else nkey
        key = vendor_key(tname, style)
        if style in ("marina_telegram_group_message", "vendor_onboarding_email_reply"):
            key = " ".join(tname.split("_"))
        tpl = render(style, rng, key, nkey, nval, tname)
        text, s, e = C.place(tpl, value)
        recs.append({"type": tname, "container": "%s__%s" % (tname, style), "text": text,
                     "secrets": [{"value": value, "start": s, "end": e, "type": tname}], "source": "vendor"})
    return recs


def check_value(tname, v):
    spec = {x[0]: x[2] for x in V}[tname]
    if isinstance(spec, str):
        return check_special(spec, v)
    if not re.fullmatch(spec_re(spec), v):
        return "vendor regex"
    for u in C.UUID_RE.findall(v):
        if not C.uuid_is_v4(u):
            return "uuid not v4"
    return None


def shape_desc(tname):
    spec = {x[0]: x[2] for x in V}[tname]
    if isinstance(spec, str):
        return SPECIAL_DESC[spec]
    return spec_desc(spec)
