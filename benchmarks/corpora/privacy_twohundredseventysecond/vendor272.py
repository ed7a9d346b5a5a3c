"""Vendor positives: one record per type, each in a style typical of where that
key lives.  Shapes are marked read (public gitleaks / Kingfisher rule files read
this session), believed (memory) or guessed (no published shape known)."""
import base64
import json
import random
import re

import common272 as C
import world272 as W

SEED = 27202
SEED_HS = 27272

ALPH = {"AN": (C.ALNUM, "[A-Za-z0-9]", "alphanumerics"),
        "an": (C.LOWALNUM, "[a-z0-9]", "lower-case alphanumerics"),
        "AU": (C.UPALNUM, "[A-Z0-9]", "upper-case alphanumerics"),
        "hex": (C.HEXL, "[0-9a-f]", "lower-case hex"),
        "HEX": (C.HEXU, "[0-9A-F]", "upper-case hex"),
        "u64": (C.B64URL, "[A-Za-z0-9_-]", "base64url characters"),
        "b64": (C.B64STD, "[A-Za-z0-9+/]", "standard Base64 characters"),
        "dig": (C.DIGITS, "[0-9]", "digits"),
        "L": (C.UPPER + C.LOWER, "[A-Za-z]", "letters"),
        "tf": (C.LOWALNUM + "-_.=", "[a-z0-9._=-]", "characters of [a-z0-9-_.=]")}


def gen_spec(rng, spec, ctx):
    out = []
    for p in spec:
        if isinstance(p, str):
            out.append(p)
        elif p[0] == "uuid":
            out.append(C.uuid4(rng))
        elif p[0] == "UUID":
            out.append(C.uuid4(rng, upper=True))
        elif p[0] == "b64bytes":   # standard Base64 of n random bytes, padded
            out.append(base64.b64encode(bytes(rng.getrandbits(8) for _ in range(p[1]))).decode())
        elif p[0] == "oneof":
            out.append(rng.choice(p[1]))
        else:
            out.append(C.draw(rng, ALPH[p[0]][0], p[1]))
    return "".join(out)


def spec_regex(spec):
    parts = []
    for p in spec:
        if isinstance(p, str):
            parts.append(re.escape(p))
        elif p[0] == "uuid":
            parts.append("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
        elif p[0] == "UUID":
            parts.append("[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}")
        elif p[0] == "b64bytes":
            n = p[1]
            full, rem = divmod(n, 3)
            chars = 4 * full + (0 if rem == 0 else rem + 1)
            pad = 0 if rem == 0 else 3 - rem
            parts.append("[A-Za-z0-9+/]{%d}%s" % (chars, "=" * pad))
        elif p[0] == "oneof":
            parts.append("(?:" + "|".join(re.escape(x) for x in p[1]) + ")")
        else:
            parts.append("%s{%d}" % (ALPH[p[0]][1], p[1]))
    return "^" + "".join(parts) + "$"


def spec_desc(spec):
    out = []
    for p in spec:
        if isinstance(p, str):
            out.append("`%s`" % p)
        elif p[0] == "uuid":
            out.append("UUIDv4")
        elif p[0] == "UUID":
            out.append("upper-case UUIDv4")
        elif p[0] == "b64bytes":
            out.append("standard Base64 of %d random bytes" % p[1])
        elif p[0] == "oneof":
            out.append("one of " + "/".join(p[1]))
        else:
            out.append("%d %s" % (p[1], ALPH[p[0]][2]))
    return " + ".join(out)


# special frames -------------------------------------------------------------


def gen_special(rng, kind, ctx):
    if kind == "glc":
        body = {"o": str(rng.randrange(100000, 999999)), "n": "alloy-kiln-%d" % rng.randrange(1, 9),
                "k": C.draw(rng, C.ALNUM, 24), "m": {"r": "prod-gb-south-0"}}
        return "glc_" + base64.b64encode(json.dumps(body, separators=(",", ":")).encode()).decode()
    if kind == "ops":
        body = {"signInAddress": "spatfall.1password.eu", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
                "iterations": 650000, "salt": C.b64u(bytes(rng.getrandbits(8) for _ in range(16)))},
                "email": "%s@1passwordserviceaccounts.eu" % C.draw(rng, C.LOWER, 13),
                "srpX": C.draw(rng, C.HEXL, 64), "muk": {"alg": "A256GCM", "ext": True,
                "k": C.b64u(bytes(rng.getrandbits(8) for _ in range(32))), "key_ops": ["encrypt", "decrypt"], "kty": "oct",
                "kid": "mp"}, "secretKey": "A3-" + "-".join(C.draw(rng, C.UPALNUM, 6) for _ in range(5)),
                "throttleSecret": {"seed": C.draw(rng, C.HEXL, 64), "uuid": C.uuid4(rng)}, "deviceUuid": C.draw(rng, C.LOWALNUM, 26)}
        return "ops_" + base64.b64encode(json.dumps(body, separators=(",", ":")).encode()).decode()
    if kind == "mapbox_sk":
        body = {"u": "spatfall", "a": C.draw(rng, C.LOWALNUM, 25)}
        return "sk." + C.b64u(json.dumps(body, separators=(",", ":")).encode()) + "." + C.draw(rng, C.B64URL, 22)
    if kind == "supabase_jwt":
        iat = 1730000000 + rng.randrange(0, 20000000)
        claims = {"iss": "supabase", "ref": C.draw(rng, C.LOWER, 20), "role": "service_role", "iat": iat, "exp": iat + 315360000}
        return C.jwt_hs256(ctx["hskey"], {"alg": "HS256", "typ": "JWT"}, claims)
    if kind == "n8n_jwt":
        iat = 1740000000 + rng.randrange(0, 20000000)
        claims = {"sub": C.uuid4(rng), "iss": "n8n", "aud": "public-api", "iat": iat}
        return C.jwt_hs256(ctx["hskey"], {"alg": "HS256", "typ": "JWT"}, claims)
    if kind == "cloudinary":
        return C.draw(rng, C.B64URL, 27)
    raise ValueError(kind)


def check_special(kind, v, ctx):
    try:
        if kind == "glc":
            if not v.startswith("glc_"):
                return False
            d = json.loads(base64.b64decode(v[4:], validate=True))
            return set(d) == {"o", "n", "k", "m"}
        if kind == "ops":
            if not v.startswith("ops_eyJ"):
                return False
            d = json.loads(base64.b64decode(v[4:], validate=True))
            return "secretKey" in d and "signInAddress" in d
        if kind == "mapbox_sk":
            m = re.fullmatch(r"sk\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{22})", v)
            return bool(m) and set(json.loads(C.b64u_dec(m.group(1)))) == {"u", "a"}
        if kind in ("supabase_jwt", "n8n_jwt"):
            return C.jwt_hs256_verify(ctx["hskey"], v)
        if kind == "cloudinary":
            return bool(re.fullmatch(r"[A-Za-z0-9_-]{27}", v))
    except Exception:
        return False
    return False


SPECIAL_DESC = {
    "glc": "`glc_` + standard Base64 of compact JSON {o, n, k, m{r}}",
    "ops": "`ops_` + standard Base64 of the compact JSON service-account frame {signInAddress, userAuth, email, srpX, muk, secretKey, throttleSecret, deviceUuid}",
    "mapbox_sk": "`sk.` + base64url of compact JSON {u, a} + `.` + 22 base64url characters",
    "supabase_jwt": "real HS256 JWT (claims iss, ref, role service_role, iat, exp) under a discarded key",
    "n8n_jwt": "real HS256 JWT (claims sub, iss n8n, aud public-api, iat) under a discarded key",
    "cloudinary": "27 base64url characters (the API secret inside a cloudinary:// URL; the numeric API key and cloud name beside it are unlabelled)",
}

# neighbours -------------------------------------------------------------------


def nb_uuid(r):
    return C.uuid4(r)


def nb_digits(n, pre=""):
    return lambda r: pre + C.draw(r, C.DIGITS, n)


def nb_email(r):
    return W.email(r)


def nb_code(fmt):
    def f(r):
        out = []
        for ch in fmt:
            if ch == "9":
                out.append(r.choice(C.DIGITS))
            elif ch == "A":
                out.append(r.choice(C.UPPER))
            elif ch == "x":
                out.append(r.choice(C.HEXL))
            elif ch == "a":
                out.append(r.choice(C.LOWALNUM))
            elif ch == "N":
                out.append(r.choice(C.ALNUM))
            else:
                out.append(ch)
        return "".join(out)
    return f


# type list ------------------------------------------------------------------
# (type, category, spec or "pw" or ("special", kind), source, neighbour label or None,
#  neighbour generator, style, native snippet for inline styles)

CATS = {
    "trade": "Trade registers, regulators, labs, certifiers and portals (owner-chosen logins)",
    "marine": "Tides, marine weather, satellites, sensors and device clouds",
    "shop": "Shop, bookings, stock, payments, shipping, accounting and CRM",
    "msg": "Mail, messaging, notifications and webhooks",
    "ai": "AI services",
    "dev": "Developer, CI, hosting and collaboration services",
    "ops": "Cloud, monitoring, storage and networking",
}

V = [
    # --- trade portals (owner-chosen) -------------------------------------
    ("fss_shellfish_harvesting_portal_password", "trade", "pw", "owner", "production area", nb_code("AB-999-999-99"), "office_keeper_json_export", None),
    ("fsa_food_business_register_password", "trade", "pw", "owner", "food business reference", nb_code("FBR-9999999"), "office_nordpass_csv_export", None),
    ("cefas_shellfish_results_portal_password", "trade", "pw", "owner", "sampling point", nb_code("B99AA"), "office_apple_passwords_csv_export", None),
    ("crown_estate_scotland_lease_portal_password", "trade", "pw", "owner", "lease number", nb_code("AQ/LS/99999"), "office_keeper_json_export", None),
    ("sepa_car_licence_online_password", "trade", "pw", "owner", "car licence", nb_code("CAR/L/9999999"), "office_imessage_thread_copy", None),
    ("marine_directorate_licensing_portal_password", "trade", "pw", "owner", "marine licence", nb_code("MS-99999/99"), "office_helpscout_conversation_note", None),
    ("asc_farm_certificate_portal_password", "trade", "pw", "owner", "asc farm id", nb_code("ASC-C-99999"), "office_nordpass_csv_export", None),
    ("seafish_responsible_sourcing_portal_password", "trade", "pw", "owner", "seafish member number", nb_code("SF99999"), "office_apple_passwords_csv_export", None),
    ("eurofins_client_results_portal_password", "trade", "pw", "owner", "eurofins client code", nb_code("EUKS-99999"), "office_keeper_json_export", None),
    ("companies_house_webfiling_password", "trade", "pw", "owner", "company number", nb_code("SC999999"), "office_nordpass_csv_export", None),
    ("rural_payments_scotland_login_password", "trade", "pw", "owner", "business reference number", nb_code("999999"), "office_imessage_thread_copy", None),
    ("shellfish_marketing_cooperative_portal_password", "trade", "pw", "owner", "member number", nb_code("SSMG-9999"), "office_apple_passwords_csv_export", None),
    ("hanna_cloud_meter_portal_password", "trade", "pw", "owner", "account email", nb_email, "office_helpscout_conversation_note", None),
    ("copernicus_marine_service_password", "trade", "pw", "owner", "copernicus username", nb_code("spatfall-aaaaa"), "office_keeper_json_export", None),
    # --- marine, weather, sensors ----------------------------------------------
    ("admiralty_uk_tidal_api_subscription_key", "marine", [("hex", 32)], "believed", None, None, "dev_jetbrains_http_client_private_env_json", None),
    ("stormglass_marine_weather_api_key", "marine", [("uuid",), "-", ("uuid",)], "read", None, None, "ops_docker_compose_environment_yml", None),
    ("worldtides_api_key", "marine", [("uuid",)], "guessed", None, None, "dev_r_environ_file", None),
    ("windy_point_forecast_api_key", "marine", [("AN", 32)], "guessed", None, None, "ops_netlify_env_list_capture", None),
    ("openweather_one_call_api_key", "marine", [("hex", 32)], "read", None, None, "dev_r_environ_file", None),
    ("sentinel_hub_oauth_client_secret", "marine", [("AN", 40)], "guessed", "client id", nb_uuid, "dev_python_client_inline",
     "from sentinelhub import SHConfig\n\nconfig = SHConfig()\nconfig.sh_client_id = \"{N}\"\nconfig.sh_client_secret = \"{V}\"\nconfig.save(\"spatfall-kelp\")\n"),
    ("planet_labs_api_key", "marine", ["PLAK", ("hex", 32)], "believed", None, None, "dev_mise_toml_env", None),
    ("marinetraffic_vessel_api_key", "marine", [("hex", 40)], "guessed", None, None, "ops_cloud_run_service_yaml", None),
    ("onset_hobolink_client_secret", "marine", [("AN", 32)], "guessed", "client id", nb_code("carraig_aaaaaaaa"), "ops_portainer_stack_env_json", None),
    ("insitu_hydrovu_client_secret", "marine", [("AN", 40)], "guessed", "client id", nb_uuid, "ops_k8s_deployment_env_literal", None),
    ("particle_device_cloud_access_token", "marine", [("hex", 40)], "read", None, None, "dev_particle_cli_json", None),
    ("blynk_device_auth_token", "marine", [("u64", 32)], "read", None, None, "iot_platformio_src_main_cpp", None),
    ("adafruit_io_key", "marine", ["aio_", ("AN", 28)], "read", None, None, "iot_platformio_src_main_cpp", None),
    ("soracom_auth_key_secret", "marine", ["secret-", ("AN", 64)], "believed", "auth key id", nb_code("keyId-NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN"), "ops_lambda_function_configuration_json", None),
    ("victron_vrm_access_token", "marine", [("hex", 64)], "guessed", None, None, "dev_mise_toml_env", None),
    ("influxdb_cloud_api_token", "marine", [("u64", 86), "=="], "believed", None, None, "iot_influx_cli_configs_toml", None),
    ("grafana_cloud_access_policy_token", "marine", ("special", "glc"), "read", None, None, "iot_grafana_alloy_config", None),
    ("grafana_service_account_token", "marine", ["glsa_", ("AN", 32), "_", ("hex", 8)], "read", None, None, "ops_docker_compose_environment_yml", None),
    ("mapbox_secret_access_token", "marine", ("special", "mapbox_sk"), "read", None, None, "ops_netlify_env_list_capture", None),
    # --- shop, bookings, stock, payments, shipping --------------------------
    ("woocommerce_rest_consumer_secret", "shop", ["cs_", ("hex", 40)], "believed", "consumer key", lambda r: "ck_" + C.draw(r, C.HEXL, 40), "dev_postman_environment_json", None),
    ("square_production_access_token", "shop", ["EAAA", ("u64", 60)], "read", None, None, "ops_fly_toml_env_section", None),
    ("square_oauth_application_secret", "shop", ["sq0csp-", ("u64", 43)], "read", "application id", lambda r: "sq0idp-" + C.draw(r, C.ALNUM, 22), "ops_cloud_run_service_yaml", None),
    ("paypal_rest_client_secret", "shop", [("u64", 80)], "read", "client id", lambda r: "A" + C.draw(r, C.B64URL, 79), "ops_azure_webapp_appsettings_json", None),
    ("stripe_webhook_signing_secret", "shop", ["whsec_", ("AN", 32)], "believed", None, None, "ops_fly_toml_env_section", None),
    ("shopify_app_shared_secret", "shop", ["shpss_", ("hex", 32)], "read", None, None, "ops_docker_compose_environment_yml", None),
    ("shopify_custom_app_access_token", "shop", ["shpca_", ("hex", 32)], "read", None, None, "ops_woodpecker_pipeline_yml", None),
    ("snipcart_secret_api_key", "shop", [("AN", 75)], "read", None, None, "ops_netlify_env_list_capture", None),
    ("ticket_tailor_api_key", "shop", ["sk_", ("dig", 4), "_", ("dig", 6), "_", ("hex", 32)], "read", None, None, "ops_azure_webapp_appsettings_json", None),
    ("eventbrite_private_oauth_token", "shop", [("AU", 20)], "read", None, None, "dev_postman_environment_json", None),
    ("bookeo_api_secret_key", "shop", [("AN", 32)], "guessed", "api key", nb_code("NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN"), "ops_k8s_deployment_env_literal", None),
    ("rezdy_api_key", "shop", [("hex", 32)], "guessed", None, None, "ops_cloud_run_service_yaml", None),
    ("fareharbor_api_user_key", "shop", [("uuid",)], "guessed", "app key", nb_uuid, "ops_lambda_function_configuration_json", None),
    ("planyo_api_key", "shop", [("an", 62)], "read", None, None, "ops_portainer_stack_env_json", None),
    ("loyverse_pos_access_token", "shop", [("hex", 32)], "read", None, None, "ops_docker_compose_environment_yml", None),
    ("unleashed_inventory_api_key", "shop", [("b64", 86), "=="], "guessed", "api id", nb_uuid, "ops_k8s_deployment_env_literal", None),
    ("shippo_live_api_token", "shop", ["shippo_live_", ("hex", 40)], "read", None, None, "ops_woodpecker_pipeline_yml", None),
    ("easypost_production_api_key", "shop", ["EZAK", ("AN", 54)], "read", None, None, "ops_fly_toml_env_section", None),
    ("shipstation_api_secret", "shop", [("hex", 32)], "guessed", "api key", nb_code("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"), "ops_lambda_function_configuration_json", None),
    ("royal_mail_click_and_drop_api_key", "shop", [("uuid",)], "guessed", None, None, "ops_netlify_env_list_capture", None),
    ("wise_business_api_token", "shop", [("uuid",)], "read", None, None, "ops_lambda_function_configuration_json", None),
    ("zoho_books_refresh_token", "shop", ["1000.", ("hex", 32), ".", ("hex", 32)], "read", "client id", lambda r: "1000." + C.draw(r, C.UPALNUM, 30), "dev_python_client_inline",
     "import requests\n\nZOHO_TOKEN_URL = \"https://accounts.zoho.eu/oauth/v2/token\"\nparams = {\n    \"refresh_token\": \"{V}\",\n    \"client_id\": \"{N}\",\n    \"grant_type\": \"refresh_token\",\n}\n"),
    ("hubspot_private_app_access_token", "shop", ["pat-eu1-", ("uuid",)], "read", None, None, "ops_azure_webapp_appsettings_json", None),
    ("pipedrive_personal_api_token", "shop", [("hex", 40)], "read", None, None, "dev_postman_environment_json", None),
    ("jotform_api_key", "shop", [("AN", 32)], "read", None, None, "dev_bruno_environment_bru", None),
    ("typeform_personal_access_token", "shop", ["tfp_", ("tf", 59)], "read", None, None, "dev_bruno_environment_bru", None),
    # --- messaging -------------------------------------------------------------
    ("sendgrid_mail_send_api_key", "msg", ["SG.", ("u64", 22), ".", ("u64", 43)], "read", None, None, "ops_k8s_deployment_env_literal", None),
    ("mailjet_api_secret_key", "msg", [("hex", 32)], "believed", "api key", nb_code("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"), "ops_portainer_stack_env_json", None),
    ("sparkpost_api_key", "msg", [("hex", 40)], "read", None, None, "ops_cloud_run_service_yaml", None),
    ("mandrill_transactional_api_key", "msg", ["md-", ("u64", 22)], "read", None, None, "dev_mise_toml_env", None),
    ("vonage_api_secret", "msg", [("AN", 16)], "believed", "api key", nb_code("xxxxxxxx"), "ops_lambda_function_configuration_json", None),
    ("plivo_auth_token", "msg", [("AN", 40)], "believed", "auth id", nb_code("MAAAAAAAAAAAAAAAAAAAAA"), "ops_azure_webapp_appsettings_json", None),
    ("telnyx_api_key_v2", "msg", ["KEY", ("u64", 55)], "read", None, None, "ops_fly_toml_env_section", None),
    ("sinch_sms_api_token", "msg", [("hex", 32)], "guessed", "service plan id", nb_code("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"), "ops_cloud_run_service_yaml", None),
    ("whatsapp_cloud_system_user_token", "msg", ["EAAM", ("AN", 150)], "read", None, None, "ops_k8s_deployment_env_literal", None),
    ("slack_incoming_webhook_url", "msg", ["https://hooks.slack.com/services/T", ("AU", 10), "/B", ("AU", 10), "/", ("AN", 24)], "read", None, None, "ops_woodpecker_pipeline_yml", None),
    ("discord_channel_webhook_url", "msg", ["https://discord.com/api/webhooks/", ("dig", 19), "/", ("u64", 68)], "believed", None, None, "ops_docker_compose_environment_yml", None),
    ("teams_incoming_webhook_url", "msg", ["https://spatfall.webhook.office.com/webhookb2/", ("uuid",), "@", ("uuid",), "/IncomingWebhook/", ("hex", 32), "/", ("uuid",)], "read", None, None, "ops_azure_webapp_appsettings_json", None),
    ("pushbullet_access_token", "msg", ["o.", ("AN", 32)], "read", None, None, "dev_fish_universal_variables", None),
    ("ntfy_access_token", "msg", ["tk_", ("an", 29)], "believed", None, None, "iot_platformio_src_main_cpp", None),
    ("twilio_api_key_secret", "msg", [("AN", 32)], "believed", "api key sid", lambda r: "SK" + C.draw(r, C.HEXL, 32), "ops_lambda_function_configuration_json", None),
    ("onesignal_rest_api_key", "msg", [("uuid",)], "read", None, None, "ops_netlify_env_list_capture", None),
    # --- AI ----------------------------------------------------------------------
    ("mistral_la_plateforme_api_key", "ai", [("AN", 32)], "guessed", None, None, "dev_python_client_inline",
     "from mistralai import Mistral\n\nclient = Mistral(api_key=\"{V}\")\nres = client.chat.complete(model=\"mistral-small-latest\", messages=msgs)\n"),
    ("cohere_production_api_key", "ai", [("AN", 40)], "read", None, None, "dev_python_client_inline",
     "import cohere\n\nco = cohere.ClientV2(api_key=\"{V}\")\nlabels = co.classify(inputs=notes, examples=grade_examples)\n"),
    ("deepseek_platform_api_key", "ai", ["sk-", ("hex", 32)], "believed", None, None, "dev_node_client_inline",
     "import OpenAI from 'openai';\n\nconst deepseek = new OpenAI({\n  baseURL: 'https://api.deepseek.com',\n  apiKey: '{V}',\n});\n"),
    ("xai_grok_api_key", "ai", ["xai-", ("AN", 80)], "read", None, None, "dev_fish_universal_variables", None),
    ("openrouter_api_key", "ai", ["sk-or-v1-", ("hex", 64)], "believed", None, None, "dev_node_client_inline",
     "const res = await fetch('https://openrouter.ai/api/v1/chat/completions', {\n  method: 'POST',\n  headers: { Authorization: 'Bearer {V}' },\n  body: JSON.stringify(payload),\n});\n"),
    ("elevenlabs_api_key", "ai", ["sk_", ("hex", 48)], "read", None, None, "dev_mise_toml_env", None),
    ("deepgram_api_key", "ai", [("hex", 40)], "read", None, None, "dev_python_client_inline",
     "from deepgram import DeepgramClient\n\ndg = DeepgramClient(\"{V}\")\ntranscript = dg.listen.rest.v(\"1\").transcribe_file(src, options)\n"),
    ("assemblyai_api_key", "ai", [("hex", 32)], "read", None, None, "dev_node_client_inline",
     "import { AssemblyAI } from 'assemblyai';\n\nconst aai = new AssemblyAI({ apiKey: '{V}' });\n"),
    ("weights_and_biases_api_key", "ai", [("hex", 40)], "read", None, None, "dev_fish_universal_variables", None),
    ("langfuse_secret_key", "ai", ["sk-lf-", ("uuid",)], "believed", "public key", lambda r: "pk-lf-" + C.uuid4(r), "dev_python_client_inline",
     "from langfuse import Langfuse\n\nlangfuse = Langfuse(\n    public_key=\"{N}\",\n    secret_key=\"{V}\",\n    host=\"https://cloud.langfuse.com\",\n)\n"),
    ("tavily_search_api_key", "ai", ["tvly-", ("AN", 32)], "believed", None, None, "dev_mise_toml_env", None),
    ("firecrawl_api_key", "ai", ["fc-", ("hex", 32)], "believed", None, None, "dev_node_client_inline",
     "import FirecrawlApp from '@mendable/firecrawl-js';\n\nconst app = new FirecrawlApp({ apiKey: '{V}' });\nconst page = await app.scrapeUrl('https://www.fss.scot/shellfish', { formats: ['markdown'] });\n"),
    ("azure_openai_resource_key", "ai", [("hex", 32)], "read", "endpoint", lambda r: "https://spatfall-oai-%s.openai.azure.com/" % C.draw(r, C.LOWALNUM, 5), "dev_jetbrains_http_client_private_env_json", None),
    ("nvidia_nim_api_key", "ai", ["nvapi-", ("u64", 64)], "read", None, None, "dev_fish_universal_variables", None),
    ("clarifai_personal_access_token", "ai", [("hex", 32)], "read", None, None, "dev_python_client_inline",
     "from clarifai.client.model import Model\n\nmodel = Model(url=MODEL_URL, pat=\"{V}\")\ncounts = model.predict_by_filepath(\"tray_07.jpg\", input_type=\"image\")\n"),
    # --- developer ------------------------------------------------------------------
    ("github_classic_personal_access_token", "dev", ["ghp_", ("AN", 36)], "read", "git user", lambda r: W.user(r) + "-spatfall", "dev_git_remote_url_config", None),
    ("github_app_installation_token", "dev", ["ghs_", ("AN", 36)], "read", None, None, "ops_woodpecker_pipeline_yml", None),
    ("gitlab_project_deploy_token", "dev", ["gldt-", ("u64", 20)], "read", "deploy token user", lambda r: "gitlab+deploy-token-%d" % r.randrange(1000000, 9999999), "dev_git_remote_url_config", None),
    ("gitlab_runner_authentication_token", "dev", ["glrt-", ("u64", 20)], "read", None, None, "ops_gitlab_runner_config_toml", None),
    ("atlassian_cloud_api_token", "dev", ["ATATT3", ("u64", 186)], "read", "account email", nb_email, "dev_jetbrains_http_client_private_env_json", None),
    ("linear_personal_api_key", "dev", ["lin_api_", ("AN", 40)], "read", None, None, "dev_mise_toml_env", None),
    ("doppler_personal_token", "dev", ["dp.pt.", ("AN", 43)], "read", None, None, "dev_mise_toml_env", None),
    ("onepassword_service_account_token", "dev", ("special", "ops"), "read", None, None, "ops_k8s_deployment_env_literal", None),
    ("vault_service_token", "dev", ["hvs.", ("u64", 92)], "read", None, None, "dev_vault_token_file", None),
    ("terraform_cloud_user_api_token", "dev", [("AN", 14), ".atlasv1.", ("AN", 67)], "read", None, None, "dev_terraform_credentials_tfrc_json", None),
    ("netlify_personal_access_token", "dev", ["nfp_", ("AN", 36)], "believed", None, None, "dev_netlify_cli_config_json", None),
    ("flyio_deploy_token", "dev", ["fm2_", ("b64", 140), "=="], "read", None, None, "dev_flyctl_config_yml", None),
    ("supabase_personal_access_token", "dev", ["sbp_", ("hex", 40)], "read", None, None, "dev_supabase_access_token_file", None),
    ("supabase_service_role_jwt", "dev", ("special", "supabase_jwt"), "believed", "project url", lambda r: "https://%s.supabase.co" % C.draw(r, C.LOWER, 20), "dev_node_client_inline",
     "import { createClient } from '@supabase/supabase-js';\n\nexport const admin = createClient('{N}', '{V}');\n"),
    ("n8n_public_api_key", "dev", ("special", "n8n_jwt"), "believed", None, None, "dev_jetbrains_http_client_private_env_json", None),
    ("docker_hub_access_token", "dev", ["dckr_pat_", ("u64", 27)], "read", "docker user", lambda r: "spatfall" + C.draw(r, C.LOWER, 3), "ops_woodpecker_pipeline_yml", None),
    ("postman_api_key", "dev", ["PMAK-", ("hex", 24), "-", ("hex", 34)], "read", None, None, "dev_postman_environment_json", None),
    ("sonarcloud_user_token", "dev", ["squ_", ("hex", 40)], "read", None, None, "ops_woodpecker_pipeline_yml", None),
    ("codecov_repository_upload_token", "dev", [("uuid",)], "believed", None, None, "ops_woodpecker_pipeline_yml", None),
    ("figma_personal_access_token", "dev", ["figd_", ("tf", 40)], "read", None, None, "dev_jetbrains_http_client_private_env_json", None),
    ("clickup_personal_api_token", "dev", ["pk_", ("dig", 8), "_", ("AU", 32)], "read", None, None, "dev_bruno_environment_bru", None),
    ("trello_api_token", "dev", ["ATTA", ("hex", 64)], "read", "api key", nb_code("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"), "dev_bruno_environment_bru", None),
    ("asana_personal_access_token", "dev", ["2/", ("dig", 16), "/", ("dig", 16), ":", ("hex", 32)], "believed", None, None, "dev_r_environ_file", None),
    ("ngrok_agent_authtoken", "dev", ["2", ("AN", 26), "_", ("dig", 1), ("AN", 20)], "read", None, None, "dev_ngrok_agent_yml", None),
    # --- ops -------------------------------------------------------------------------
    ("honeycomb_ingest_api_key", "ops", [("hex", 32)], "read", None, None, "ops_docker_compose_environment_yml", None),
    ("axiom_api_token", "ops", ["xaat-", ("uuid",)], "believed", None, None, "ops_fly_toml_env_section", None),
    ("betterstack_source_token", "ops", [("AN", 24)], "read", None, None, "ops_docker_compose_environment_yml", None),
    ("datadog_application_key", "ops", [("hex", 40)], "believed", None, None, "ops_k8s_deployment_env_literal", None),
    ("backblaze_b2_application_key", "ops", ["K00", ("u64", 28)], "believed", "key id", nb_code("00xxxxxxxxxxxxxxxxxxxxxxx"), "ops_docker_compose_environment_yml", None),
    ("scaleway_api_secret_key", "ops", [("uuid",)], "read", "access key", lambda r: "SCW" + C.draw(r, C.UPALNUM, 17), "ops_cloud_run_service_yaml", None),
    ("vultr_api_key", "ops", [("AU", 36)], "read", None, None, "dev_r_environ_file", None),
    ("ovhcloud_application_secret", "ops", [("AN", 32)], "believed", "application key", nb_code("NNNNNNNNNNNNNNNN"), "ops_portainer_stack_env_json", None),
    ("cloudinary_api_secret", "ops", ("special", "cloudinary"), "believed", "api key", nb_digits(15), "ops_fly_toml_env_section", None),
    ("azure_iot_hub_shared_access_key", "ops", [("b64bytes", 32)], "believed", "iot hub host", lambda r: "merse-tanks-%s.azure-devices.net" % C.draw(r, C.LOWALNUM, 4), "ops_azure_webapp_appsettings_json", None),
]

TYPE_NAMES = [v[0] for v in V]
INFO = {v[0]: v for v in V}


def shape_desc(t):
    spec = INFO[t][2]
    if spec == "pw":
        return "owner-chosen password"
    if isinstance(spec, tuple):
        return SPECIAL_DESC[spec[1]]
    return spec_desc(spec)


# ---------------------------------------------------------------------------
# styles: (name, key case, description, forbidden characters, renderer)
# renderer(r, t, vkey, v, nkey, nval) -> (before, after); the neighbour, when
# there is one, is written before or after the value, unlabelled.

JQ = '"\\'


def _nb_line(fmt, nkey, nval):
    return (fmt.format(k=nkey, v=nval)) if nkey else ""


def s_netlify(r, t, k, v, nk, nv):
    return ("$ netlify env:list --context production --plain\nNODE_VERSION=20\n" + _nb_line("{k}={v}\n", nk, nv) + k + "=",
            "\nSHOP_REGION=eu-west-2\n")


def s_azure(r, t, k, v, nk, nv):
    nb = ('  {\n    "name": "%s",\n    "slotSetting": false,\n    "value": "%s"\n  },\n' % (nk, nv)) if nk else ""
    return ("$ az webapp config appsettings list -g spatfall-web -n tours-booking -o json\n[\n"
            '  {\n    "name": "WEBSITES_PORT",\n    "slotSetting": false,\n    "value": "8000"\n  },\n' + nb +
            '  {\n    "name": "%s",\n    "slotSetting": false,\n    "value": "' % k,
            '"\n  }\n]\n')


def s_cloudrun(r, t, k, v, nk, nv):
    nb = ("        - name: %s\n          value: '%s'\n" % (nk, nv)) if nk else ""
    return ("$ gcloud run services describe stock-sync --region europe-west2 --format export\napiVersion: serving.knative.dev/v1\n"
            "kind: Service\nmetadata:\n  name: stock-sync\nspec:\n  template:\n    spec:\n      containers:\n"
            "      - image: europe-west2-docker.pkg.dev/spatfall/apps/stock-sync:57\n        env:\n" + nb +
            "        - name: %s\n          value: '" % k, "'\n")


def s_lambda(r, t, k, v, nk, nv):
    nb = ('            "%s": "%s",\n' % (nk, nv)) if nk else ""
    return ("$ aws lambda get-function-configuration --function-name tag-print-webhook\n{\n    \"FunctionName\": \"tag-print-webhook\",\n"
            "    \"Runtime\": \"python3.12\",\n    \"Environment\": {\n        \"Variables\": {\n" + nb +
            '            "%s": "' % k, '"\n        }\n    }\n}\n')


def s_compose(r, t, k, v, nk, nv):
    nb = ('      %s: "%s"\n' % (nk, nv)) if nk else ""
    return ("services:\n  stock:\n    image: git.spatfall.example/apps/stock:3.1\n    restart: unless-stopped\n    environment:\n"
            "      APP_ENV: prod\n" + nb + '      %s: "' % k, '"\n    ports:\n      - "8081:80"\n')


def s_flytoml(r, t, k, v, nk, nv):
    nb = ('  %s = "%s"\n' % (nk, nv)) if nk else ""
    return ("app = \"traigh-shop\"\nprimary_region = \"lhr\"\n\n[env]\n  PORT = \"8080\"\n" + nb + '  %s = "' % k,
            '"\n\n[http_service]\n  internal_port = 8080\n')


def s_portainer(r, t, k, v, nk, nv):
    nb = ('    { "name": "%s", "value": "%s" },\n' % (nk, nv)) if nk else ""
    return ("{\n  \"Name\": \"kiln-telemetry\",\n  \"EndpointId\": 2,\n  \"Env\": [\n    { \"name\": \"TZ\", \"value\": \"Europe/London\" },\n" + nb +
            '    { "name": "%s", "value": "' % k, '" }\n  ]\n}\n')


def s_k8sdeploy(r, t, k, v, nk, nv):
    nb = ('        - name: %s\n          value: "%s"\n' % (nk, nv)) if nk else ""
    return ("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: trace-api\n  namespace: spatfall\nspec:\n  template:\n    spec:\n"
            "      containers:\n      - name: api\n        image: git.spatfall.example/apps/trace-api:2.3\n        env:\n" + nb +
            '        - name: %s\n          value: "' % k, '"\n')


def s_woodpecker(r, t, k, v, nk, nv):
    nb = ('      %s: "%s"\n' % (nk, nv)) if nk else ""
    return ("steps:\n  - name: build\n    image: node:20\n    commands:\n      - npm ci\n      - npm run build\n    environment:\n" + nb +
            '      %s: "' % k, '"\n')


def s_runner(r, t, k, v, nk, nv):
    return ("concurrent = 2\ncheck_interval = 0\n\n[[runners]]\n  name = \"k3s-runner-1\"\n  url = \"https://git.spatfall.example/\"\n"
            "  id = %d\n  token = \"" % r.randrange(10, 99), "\"\n  executor = \"kubernetes\"\n")


def s_postman(r, t, k, v, nk, nv):
    nb = ('\t\t{\n\t\t\t"key": "%s",\n\t\t\t"value": "%s",\n\t\t\t"type": "default",\n\t\t\t"enabled": true\n\t\t},\n' % (nk, nv)) if nk else ""
    return ('{\n\t"id": "%s",\n\t"name": "Spatfall production",\n\t"values": [\n' % C.uuid4(r) + nb +
            '\t\t{\n\t\t\t"key": "%s",\n\t\t\t"value": "' % k, '",\n\t\t\t"type": "secret",\n\t\t\t"enabled": true\n\t\t}\n\t],\n\t"_postman_variable_scope": "environment"\n}\n')


def s_bruno(r, t, k, v, nk, nv):
    nb = ("  %s: %s\n" % (nk, nv)) if nk else ""
    return ("vars {\n  baseUrl: https://shop.traigh-seaweed.example\n" + nb + "  %s: " % k, "\n}\n")


def s_jetbrains(r, t, k, v, nk, nv):
    nb = ('    "%s": "%s",\n' % (nk, nv)) if nk else ""
    return ('{\n  "production": {\n' + nb + '    "%s": "' % k, '"\n  }\n}\n')


def s_pyinline(r, t, k, v, nk, nv):
    snip = INFO[t][7]
    a = snip.index("{V}")
    before = snip[:a].replace("{N}", nv or "")
    after = snip[a + 3:].replace("{N}", nv or "")
    return ("# scratch/" + t.split("_")[0] + "_try.py\n" + before, after)


def s_nodeinline(r, t, k, v, nk, nv):
    snip = INFO[t][7]
    a = snip.index("{V}")
    return ("// src/lib/" + t.split("_")[0] + ".js\n" + snip[:a].replace("{N}", nv or ""), snip[a + 3:].replace("{N}", nv or ""))


def s_mise(r, t, k, v, nk, nv):
    nb = ('%s = "%s"\n' % (nk, nv)) if nk else ""
    return ("[tools]\npython = \"3.12\"\nnode = \"20\"\n\n[env]\nHARVEST_ENV = \"dev\"\n" + nb + '%s = "' % k, '"\n')


def s_fish(r, t, k, v, nk, nv):
    return ("# This file contains fish universal variable definitions.\n# VERSION: 3.0\nSETUVAR --export EDITOR:nvim\n"
            "SETUVAR --export %s:" % k, "\nSETUVAR __fish_initialized:3800\n")


def s_gitremote(r, t, k, v, nk, nv):
    host = "github.com" if t.startswith("github") else "gitlab.com"
    return ("[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n[remote \"origin\"]\n\turl = https://%s:" % nv,
            "@%s/spatfall/trace-api.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n" % host)


def s_renviron(r, t, k, v, nk, nv):
    nb = ("%s=%s\n" % (nk, nv)) if nk else ""
    return ("R_LIBS_USER=~/R/library\nTANK_DB_HOST=%s\n" % W.ip(r) + nb + "%s=" % k, "\n")


def s_pio(r, t, k, v, nk, nv):
    return ("#include <Arduino.h>\n#include <WiFi.h>\n\n#define LOGGER_ID \"kelp-line-%d\"\n#define %s \"" % (r.randrange(1, 9), k),
            "\"\n\nvoid setup() {\n  Serial.begin(115200);\n}\n")


def s_influx(r, t, k, v, nk, nv):
    return ("[default]\n  url = \"https://eu-central-1-1.aws.cloud2.influxdata.com\"\n  token = \"",
            "\"\n  org = \"spatfall\"\n  active = true\n")


def s_alloy(r, t, k, v, nk, nv):
    return ("prometheus.remote_write \"grafanacloud\" {\n  endpoint {\n    url = \"https://prometheus-prod-05-gb-south-0.grafana.net/api/prom/push\"\n"
            "    basic_auth {\n      username = \"%d\"\n      password = \"" % r.randrange(1000000, 9999999), "\"\n    }\n  }\n}\n")


def s_vaulttoken(r, t, k, v, nk, nv):
    return ("$ cat ~/.vault-token\n", "\n$ vault token lookup -format=json | jq .data.ttl\n2764800\n")


def s_tfrc(r, t, k, v, nk, nv):
    return ("{\n  \"credentials\": {\n    \"app.terraform.io\": {\n      \"token\": \"", "\"\n    }\n  }\n}\n")


def s_netlifycli(r, t, k, v, nk, nv):
    uid = C.draw(r, C.HEXL, 24)
    return ('{\n  "telemetryDisabled": true,\n  "userId": "%s",\n  "users": {\n    "%s": {\n      "id": "%s",\n      "name": "Kenji",\n'
            '      "auth": {\n        "token": "' % (uid, uid, uid), '",\n        "github": {}\n      }\n    }\n  }\n}\n')


def s_flyctl(r, t, k, v, nk, nv):
    return ("access_token: FlyV1 ", "\nlast_login: 2025-11-28T09:12:44Z\nmetrics_token: \"\"\nsend_metrics: true\n")


def s_supabasefile(r, t, k, v, nk, nv):
    return ("$ cat ~/.supabase/access-token\n", "\n")


def s_particle(r, t, k, v, nk, nv):
    return ('{\n  "username": "ops@spatfall.example",\n  "access_token": "', '"\n}\n')


def s_ngrok(r, t, k, v, nk, nv):
    return ("version: \"3\"\nagent:\n  authtoken: ", "\ntunnels:\n  tank-panel:\n    proto: http\n    addr: 192.168.172.40:80\n")


def s_keeper(r, t, k, v, nk, nv):
    title = t.replace("_password", "").replace("_", " ").title()
    return ('{\n  "records": [\n    {\n      "title": "%s",\n      "login": "%s",\n      "password": "' % (title, W.email(r)),
            '",\n      "login_url": "https://%s.example/login",\n      "custom_fields": {\n        "%s": "%s"\n      }\n    }\n  ]\n}\n'
            % (t.split("_")[0], nk.title(), nv))


def s_nordpass(r, t, k, v, nk, nv):
    name = t.replace("_password", "").replace("_", " ")
    return ("name,url,username,password,note,cardholdername,cardnumber,cvc,expirydate,zipcode,folder,full_name,phone_number,email,address1,address2,city,country,state,type\n"
            "%s,https://%s.example/,%s," % (name, t.split("_")[0], W.email(r)),
            ",%s %s,,,,,,Regulators,,,,,,,,,password\n" % (nk, nv))


def s_applepw(r, t, k, v, nk, nv):
    name = t.replace("_password", "").replace("_", " ")
    return ("Title,URL,Username,Password,Notes,OTPAuth\n%s (%s),https://%s.example/,%s," % (t.split("_")[0] + ".example", name, t.split("_")[0], W.user(r)),
            ",%s %s,\n" % (nk, nv))


def s_imessage(r, t, k, v, nk, nv):
    name = t.replace("_password", "").replace("_", " ")
    return ("Ailsa MacPhee  Today 07:58\nAre you doing the %s return this week?\n\nCatriona Munro  Today 08:03\n"
            "Yes - login is our %s %s and the password is " % (name, nk, nv), "\n\nAilsa MacPhee  Today 08:04\nthanks!\n")


def s_helpscout(r, t, k, v, nk, nv):
    name = t.replace("_password", "").replace("_", " ")
    return ("Conversation #%d  |  Status: Pending  |  Mailbox: ops@spatfall.example\n\nNote by Dominic Ashworth:\n"
            "For the %s: %s is %s, password " % (r.randrange(10000, 99999), name, nk, nv), " (shared with Merse office only).\n")


STYLES = [
    ("ops_netlify_env_list_capture", "upper", "terminal capture of netlify env:list --plain", " ", s_netlify),
    ("ops_azure_webapp_appsettings_json", "upper", "terminal capture of az webapp config appsettings list (JSON)", JQ, s_azure),
    ("ops_cloud_run_service_yaml", "upper", "terminal capture of gcloud run services describe --format export", "'", s_cloudrun),
    ("ops_lambda_function_configuration_json", "upper", "terminal capture of aws lambda get-function-configuration", JQ, s_lambda),
    ("ops_docker_compose_environment_yml", "upper", "docker-compose.yml service environment", JQ + "$", s_compose),
    ("ops_fly_toml_env_section", "upper", "fly.toml [env] section", JQ, s_flytoml),
    ("ops_portainer_stack_env_json", "upper", "Portainer stack export (Env list, JSON)", JQ, s_portainer),
    ("ops_k8s_deployment_env_literal", "upper", "Kubernetes Deployment with a literal env value", JQ, s_k8sdeploy),
    ("ops_woodpecker_pipeline_yml", "upper", "Woodpecker CI pipeline step environment", JQ + "$", s_woodpecker),
    ("ops_gitlab_runner_config_toml", "native", "gitlab-runner config.toml (native token)", JQ, s_runner),
    ("dev_postman_environment_json", "snake", "Postman environment export (JSON)", JQ, s_postman),
    ("dev_bruno_environment_bru", "camel", "Bruno environment file (.bru vars)", " ", s_bruno),
    ("dev_jetbrains_http_client_private_env_json", "camel", "JetBrains HTTP client http-client.private.env.json", JQ, s_jetbrains),
    ("dev_python_client_inline", "native", "Python scratch file passing the key to the vendor SDK (native argument)", JQ, s_pyinline),
    ("dev_node_client_inline", "native", "JavaScript module passing the key to the vendor SDK (native argument)", "'\\", s_nodeinline),
    ("dev_mise_toml_env", "upper", "mise.toml [env] section", JQ, s_mise),
    ("dev_fish_universal_variables", "upper", "fish shell fish_variables (SETUVAR --export)", "\\ $'\"#", s_fish),
    ("dev_git_remote_url_config", "native", ".git/config remote URL with the token as user-info", "@:/ ", s_gitremote),
    ("dev_r_environ_file", "upper", ".Renviron of the lab analyst", "$# ", s_renviron),
    ("dev_vault_token_file", "native", "terminal capture of ~/.vault-token", " ", s_vaulttoken),
    ("dev_terraform_credentials_tfrc_json", "native", "~/.terraform.d/credentials.tfrc.json (native token)", JQ, s_tfrc),
    ("dev_netlify_cli_config_json", "native", "Netlify CLI config.json (native auth token)", JQ, s_netlifycli),
    ("dev_flyctl_config_yml", "native", "~/.fly/config.yml (native access_token)", " ", s_flyctl),
    ("dev_supabase_access_token_file", "native", "terminal capture of ~/.supabase/access-token", " ", s_supabasefile),
    ("dev_particle_cli_json", "native", "Particle CLI ~/.particle/particle.config.json (native access_token)", JQ, s_particle),
    ("dev_ngrok_agent_yml", "native", "ngrok agent ngrok.yml (native authtoken)", " ", s_ngrok),
    ("iot_platformio_src_main_cpp", "upper", "PlatformIO src/main.cpp of a kelp-line logger (#define)", JQ, s_pio),
    ("iot_influx_cli_configs_toml", "native", "influx CLI configs file (native token)", JQ, s_influx),
    ("iot_grafana_alloy_config", "native", "Grafana Alloy config.alloy (basic_auth password)", JQ, s_alloy),
    ("office_keeper_json_export", "native", "Keeper JSON export (one record)", JQ, s_keeper),
    ("office_nordpass_csv_export", "native", "NordPass CSV export", ",\"", s_nordpass),
    ("office_apple_passwords_csv_export", "native", "Apple Passwords CSV export", ",\"", s_applepw),
    ("office_imessage_thread_copy", "spaced", "iMessage thread copied as text", " ", s_imessage),
    ("office_helpscout_conversation_note", "spaced", "Help Scout conversation note", " ", s_helpscout),
]
STYLE_INFO = {s[0]: s for s in STYLES}


def vkey(t, style):
    case = STYLE_INFO[style][1]
    if case in ("native", "spaced"):
        return t
    return C.style_key(t.split("_"), case)


def nkey(t, style, label):
    if not label:
        return None
    words = [t.split("_")[0]] + label.split()
    case = STYLE_INFO[style][1]
    if case in ("native", "spaced"):
        return " ".join(words)
    return C.style_key(words, case)


def generate(reg):
    r = random.Random(SEED)
    hskey = bytes(random.Random(SEED_HS).getrandbits(8) for _ in range(32))
    ctx = {"hskey": hskey}
    recs = []
    neighbours = []
    for t, cat, spec, src, nlabel, ngen, style, snip in V:
        forbid = STYLE_INFO[style][3]
        if spec == "pw":
            v = reg.draw(lambda: C.password(r, C.FULL_JOINERS, 0.5, forbid))
        elif isinstance(spec, tuple):
            v = reg.draw(lambda: gen_special(r, spec[1], ctx))
        else:
            v = reg.draw(lambda: gen_spec(r, spec, ctx))
        nv = reg.draw(lambda: ngen(r)) if nlabel else None
        if nv:
            neighbours.append(nv)
        k = vkey(t, style)
        nk = nkey(t, style, nlabel)
        before, after = STYLE_INFO[style][4](r, t, k, v, nk, nv)
        text = before + v + after
        recs.append({"type": t, "container": t + "__" + style, "text": text,
                     "secrets": [{"value": v, "start": len(before), "end": len(before) + len(v), "type": t}],
                     "source": "vendor"})
    return recs, neighbours, ctx


def check_value(t, v, ctx):
    spec = INFO[t][2]
    if spec == "pw":
        return C.is_password(v)
    if isinstance(spec, tuple):
        return check_special(spec[1], v, ctx)
    return re.match(spec_regex(spec), v) is not None
