"""Vendor source: one record per type, each in a container typical of where that key lives."""
import base64
import json
import random
import re

import common274 as C
import world274 as W

SEED = 27402
SEED_KEYS = 27472

ALPH = {"A": C.BASE62, "l": C.LOWALNUM, "u": C.UPALNUM, "h": C.HEXL, "H": C.HEXU, "d": C.DIGITS,
        "U": C.B64URL, "S": C.B64STD, "L": C.LETTERS, "g": C.BASE62 + "._-",
        "z": C.BASE62 + "_~.-"}
ALPH_RE = {"A": "[0-9A-Za-z]", "l": "[0-9a-z]", "u": "[0-9A-Z]", "h": "[0-9a-f]", "H": "[0-9A-F]", "d": "[0-9]",
           "U": "[A-Za-z0-9_-]", "S": "[A-Za-z0-9+/]", "L": "[A-Za-z]", "g": "[A-Za-z0-9._-]", "z": "[A-Za-z0-9_~.-]"}
ALPH_WORD = {"A": "alphanumerics", "l": "lower-case alphanumerics", "u": "upper-case alphanumerics", "h": "lower-case hex",
             "H": "upper-case hex", "d": "digits", "U": "base64url characters", "S": "standard Base64 characters",
             "L": "letters", "g": "characters of [A-Za-z0-9._-]", "z": "characters of [A-Za-z0-9_~.-]"}


def spec_gen(spec, rng):
    out = []
    for p in spec:
        if isinstance(p, str):
            out.append(p)
        elif p[0] == "uuid":
            out.append(C.uuid4(rng))
        else:
            out.append(C.rstr(rng, ALPH[p[0]], p[1]))
    return "".join(out)


def spec_re(spec):
    out = []
    for p in spec:
        if isinstance(p, str):
            out.append(re.escape(p))
        elif p[0] == "uuid":
            out.append("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
        else:
            out.append("%s{%d}" % (ALPH_RE[p[0]], p[1]))
    return "^" + "".join(out) + "$"


def spec_desc(spec):
    out = []
    for p in spec:
        if isinstance(p, str):
            out.append("`%s`" % p)
        elif p[0] == "uuid":
            out.append("UUIDv4")
        else:
            out.append("%d %s" % (p[1], ALPH_WORD[p[0]]))
    return " + ".join(out)


U = ("uuid",)
OWNER = "owner"

# name, category, spec (list, or a frame name, or OWNER), source, neighbour (label, spec) or None, style
TYPES = [
    # --- trade portals and devices (owner-chosen logins)
    ("european_biochar_certificate_producer_portal_password", "trade", OWNER, "owner", ("producer id", ["EBC-P", ("d", 5)]), "office_apple_passwords_csv_export"),
    ("puro_earth_supplier_registry_password", "trade", OWNER, "owner", ("account email", "email"), "office_dashlane_csv_export"),
    ("isometric_registry_supplier_login_password", "trade", OWNER, "owner", ("account email", "email"), "office_google_chat_message_copy"),
    ("woodsure_ready_to_burn_portal_password", "trade", OWNER, "owner", ("certificate number", ["RTB", ("d", 5)]), "office_apple_passwords_csv_export"),
    ("grown_in_britain_licensee_portal_password", "trade", OWNER, "owner", ("licence number", ["GIB-L", ("d", 5)]), "office_dashlane_csv_export"),
    ("fsc_certificate_holder_portal_password", "trade", OWNER, "owner", ("certificate code", ["SA-COC-", ("d", 6)]), "office_google_chat_message_copy"),
    ("forestry_commission_felling_licence_online_password", "trade", OWNER, "owner", ("customer reference", ["FCCR", ("d", 7)]), "office_apple_passwords_csv_export"),
    ("rural_payments_service_login_password", "trade", OWNER, "owner", ("crn", [("d", 10)]), "office_dashlane_csv_export"),
    ("hmrc_government_gateway_password", "trade", OWNER, "owner", ("user id", [("d", 12)]), "office_apple_passwords_csv_export"),
    ("environment_agency_waste_exemption_portal_password", "trade", OWNER, "owner", ("registration number", ["WEX", ("d", 6)]), "office_dashlane_csv_export"),
    ("pyreg_remote_service_portal_password", "trade", OWNER, "owner", ("plant serial", ["P1500-", ("d", 4)]), "office_google_chat_message_copy"),
    ("carbofex_plant_portal_password", "trade", OWNER, "owner", ("plant id", ["CFX-", ("u", 6)]), "office_apple_passwords_csv_export"),
    ("avery_weighbridge_terminal_admin_password", "trade", OWNER, "owner", ("terminal address", "ip"), "iot_home_assistant_secrets_yaml"),
    ("teltonika_rms_account_password", "trade", OWNER, "owner", ("account email", "email"), "office_dashlane_csv_export"),
    ("hikvision_nvr_admin_password", "trade", OWNER, "owner", ("nvr address", "ip"), "iot_home_assistant_secrets_yaml"),
    ("victron_vrm_portal_password", "trade", OWNER, "owner", ("account email", "email"), "office_google_chat_message_copy"),
    # --- trade data, mapping, weather and device platforms
    ("puro_earth_api_client_secret", "tradeapi", [("A", 40)], "guessed", ("client id", [("l", 20)]), "ops_aws_lambda_configuration_json"),
    ("isometric_registry_api_key", "tradeapi", [("U", 48)], "guessed", None, "ops_cloud_run_service_yaml"),
    ("john_deere_operations_center_client_secret", "tradeapi", [("U", 64)], "guessed", ("client id", ["0oa", ("A", 17)]), "ops_azure_webapp_appsettings_json"),
    ("onset_hobolink_client_secret", "tradeapi", [("A", 32)], "guessed", ("client id", ["emberline_", ("l", 6)]), "iot_home_assistant_secrets_yaml"),
    ("in_situ_hydrovu_client_secret", "tradeapi", [("A", 40)], "guessed", ("client id", [("A", 16)]), "ops_terraform_state_json"),
    ("sentinel_hub_oauth_client_secret", "tradeapi", [("A", 44)], "guessed", ("client id", [U]), "dev_azure_functions_local_settings_json"),
    ("planet_labs_api_key", "tradeapi", ["PLAK", ("h", 32)], "believed", None, "dev_azure_functions_local_settings_json"),
    ("met_office_weather_datahub_api_key", "tradeapi", [("A", 40)], "guessed", None, "iot_home_assistant_secrets_yaml"),
    ("ordnance_survey_data_hub_project_secret", "tradeapi", [("A", 16)], "guessed", ("project api key", [("A", 32)]), "ops_netlify_toml_context_env"),
    ("what3words_api_key", "tradeapi", [("u", 8)], "believed", None, "ops_netlify_toml_context_env"),
    ("solaredge_monitoring_api_key", "tradeapi", [("u", 32)], "believed", None, "iot_home_assistant_secrets_yaml"),
    ("victron_vrm_access_token", "tradeapi", [("h", 64)], "guessed", None, "iot_home_assistant_secrets_yaml"),
    ("teltonika_rms_personal_access_token", "tradeapi", [("A", 64)], "guessed", None, "ops_woodpecker_pipeline_yml"),
    ("particle_cloud_access_token", "tradeapi", [("h", 40)], "read", None, "iot_particle_cli_config_json"),
    ("blynk_device_auth_token", "tradeapi", [("U", 32)], "read", None, "iot_blynk_sketch_ino"),
    ("adafruit_io_key", "tradeapi", ["aio_", ("A", 28)], "read", ("username", "username"), "iot_mosquitto_bridge_conf"),
    # --- shop, payments, accounting, shipping and maps
    ("woocommerce_rest_consumer_secret", "commerce", ["cs_", ("h", 40)], "believed", ("consumer key", ["ck_", ("h", 40)]), "ops_do_app_platform_spec_yaml"),
    ("square_production_access_token", "commerce", ["EAAA", ("U", 60)], "read", None, "ops_fly_toml_env_section"),
    ("square_oauth_application_secret", "commerce", ["sq0csp-", ("U", 43)], "read", ("application id", ["sq0idp-", ("U", 22)]), "ops_fly_toml_env_section"),
    ("paypal_rest_client_secret", "commerce", ["E", ("U", 79)], "believed", ("client id", ["A", ("U", 79)]), "ops_beanstalk_ebextensions_config"),
    ("ebay_production_cert_id", "commerce", ["PRD-", ("h", 12), "-", ("h", 4), "-", ("h", 4), "-", ("h", 4), "-", ("h", 4)], "believed",
     ("app id", ["Coppiceh-ShopSync-PRD-", ("h", 9), "-", ("h", 8)]), "ops_aws_lambda_configuration_json"),
    ("stripe_webhook_signing_secret", "commerce", ["whsec_", ("A", 32)], "believed", None, "ops_netlify_toml_context_env"),
    ("shippo_live_api_token", "commerce", ["shippo_live_", ("h", 40)], "read", None, "ops_do_app_platform_spec_yaml"),
    ("easypost_production_api_key", "commerce", ["EZAK", ("A", 54)], "read", None, "ops_beanstalk_ebextensions_config"),
    ("royal_mail_click_and_drop_api_key", "commerce", [U], "guessed", None, "ops_aws_lambda_configuration_json"),
    ("zoho_books_oauth_refresh_token", "commerce", ["1000.", ("h", 32), ".", ("h", 32)], "read", None, "ops_sam_config_toml"),
    ("wise_business_api_token", "commerce", [U], "read", None, "ops_sam_config_toml"),
    ("truelayer_client_secret", "commerce", [U], "guessed", ("client id", ["coppiceholm-", ("l", 6)]), "ops_azure_webapp_appsettings_json"),
    ("mapbox_secret_access_token", "commerce", "mapbox_sk", "read", None, "dev_xcode_scheme_environment_xml"),
    # --- e-mail, messaging and notifications
    ("sendgrid_api_key", "messaging", ["SG.", ("U", 22), ".", ("U", 43)], "read", None, "dev_firebase_runtimeconfig_json"),
    ("mailjet_api_secret_key", "messaging", [("h", 32)], "guessed", ("api key", [("h", 32)]), "ops_beanstalk_ebextensions_config"),
    ("elastic_email_api_key", "messaging", [("H", 96)], "read", None, "ops_do_app_platform_spec_yaml"),
    ("resend_api_key", "messaging", ["re_", ("A", 8), "_", ("A", 24)], "believed", None, "ops_fly_toml_env_section"),
    ("slack_incoming_webhook_url", "messaging", ["https://hooks.slack.com/services/T", ("u", 8), "/B", ("u", 10), "/", ("A", 24)], "read", None, "ops_woodpecker_pipeline_yml"),
    ("slack_app_level_token", "messaging", ["xapp-1-A", ("u", 10), "-", ("d", 13), "-", ("h", 64)], "read", None, "ops_cloud_run_service_yaml"),
    ("discord_channel_webhook_url", "messaging", ["https://discord.com/api/webhooks/", ("d", 19), "/", ("U", 68)], "read", None, "iot_home_assistant_secrets_yaml"),
    ("microsoft_teams_incoming_webhook_url", "messaging", ["https://kindlewright.webhook.office.com/webhookb2/", U, "@", U, "/IncomingWebhook/", ("h", 32), "/", U], "read", None, "ops_azure_webapp_appsettings_json"),
    ("twilio_api_key_secret", "messaging", [("A", 32)], "believed", ("api key sid", ["SK", ("h", 32)]), "dev_firebase_runtimeconfig_json"),
    ("vonage_api_secret", "messaging", [("A", 16)], "believed", ("api key", [("h", 8)]), "ops_terraform_state_json"),
    ("telnyx_api_key", "messaging", ["KEY", ("U", 55)], "read", None, "ops_cloud_run_service_yaml"),
    ("whatsapp_cloud_system_user_token", "messaging", ["EAA", ("A", 180)], "believed", None, "ops_argocd_application_yaml"),
    ("ntfy_access_token", "messaging", ["tk_", ("l", 29)], "believed", None, "iot_home_assistant_secrets_yaml"),
    ("gotify_application_token", "messaging", ["A", ("g", 14)], "believed", None, "ops_woodpecker_pipeline_yml"),
    ("mattermost_bot_access_token", "messaging", [("l", 26)], "read", None, "ops_argocd_application_yaml"),
    # --- AI services
    ("mistral_api_key", "ai", [("A", 32)], "guessed", None, "dev_llm_cli_keys_json"),
    ("cohere_api_key", "ai", [("A", 40)], "read", None, "dev_llm_cli_keys_json"),
    ("deepseek_api_key", "ai", ["sk-", ("h", 32)], "believed", None, "dev_llm_cli_keys_json"),
    ("openrouter_api_key", "ai", ["sk-or-v1-", ("h", 64)], "believed", None, "dev_llm_cli_keys_json"),
    ("xai_api_key", "ai", ["xai-", ("A", 80)], "read", None, "dev_llm_cli_keys_json"),
    ("elevenlabs_api_key", "ai", ["sk_", ("h", 48)], "read", None, "dev_xcode_scheme_environment_xml"),
    ("assemblyai_api_key", "ai", [("h", 32)], "read", None, "dev_azure_functions_local_settings_json"),
    ("deepgram_api_key", "ai", [("h", 40)], "read", None, "dev_xcode_scheme_environment_xml"),
    ("wandb_api_key", "ai", [("h", 40)], "read", ("login", "username"), "dev_netrc_machine_entry"),
    ("langfuse_secret_key", "ai", ["sk-lf-", U], "believed", ("public key", ["pk-lf-", U]), "ops_cloud_run_service_yaml"),
    ("nvidia_nim_api_key", "ai", ["nvapi-", ("U", 64)], "read", None, "ops_argocd_application_yaml"),
    ("tavily_api_key", "ai", ["tvly-", ("A", 32)], "believed", None, "dev_azure_functions_local_settings_json"),
    ("firecrawl_api_key", "ai", ["fc-", ("h", 32)], "believed", None, "ops_fly_toml_env_section"),
    ("e2b_api_key", "ai", ["e2b_", ("h", 40)], "believed", None, "ops_woodpecker_pipeline_yml"),
    ("modal_token_secret", "ai", ["as-", ("A", 22)], "believed", ("token id", ["ak-", ("A", 22)]), "ops_woodpecker_pipeline_yml"),
    ("azure_openai_api_key", "ai", [("h", 32)], "read", None, "ops_azure_webapp_appsettings_json"),
    ("kaggle_api_key", "ai", [("h", 32)], "believed", ("username", "username"), "dev_kaggle_json"),
    # --- developer services
    ("github_classic_personal_access_token", "developer", ["ghp_", ("A", 36)], "read", None, "dev_gh_hosts_yml"),
    ("github_app_installation_token", "developer", ["ghs_", ("A", 36)], "read", None, "ops_terraform_state_json"),
    ("gitlab_runner_authentication_token", "developer", ["glrt-", ("U", 20)], "read", None, "ops_gitlab_runner_config_toml"),
    ("gitlab_pipeline_trigger_token", "developer", ["glptt-", ("h", 40)], "read", None, "ops_cloud_run_service_yaml"),
    ("gitlab_deploy_token", "developer", ["gldt-", ("U", 20)], "read", ("deploy token username", ["gitlab+deploy-token-", ("d", 4)]), "dev_netrc_machine_entry"),
    ("pypi_api_token", "developer", "pypi_macaroon", "read", None, "dev_pypirc_file"),
    ("crates_io_api_token", "developer", ["cio", ("A", 32)], "read", None, "dev_cargo_credentials_toml"),
    ("docker_hub_personal_access_token", "developer", ["dckr_pat_", ("U", 27)], "read", ("username", "username"), "ops_argocd_application_yaml"),
    ("atlassian_cloud_api_token", "developer", ["ATATT3xFfGF0", ("U", 171), "=", ("H", 8)], "read", ("account email", "email"), "dev_firebase_runtimeconfig_json"),
    ("linear_personal_api_key", "developer", ["lin_api_", ("A", 40)], "read", None, "dev_azure_functions_local_settings_json"),
    ("postman_api_key", "developer", ["PMAK-", ("h", 24), "-", ("h", 34)], "read", None, "ops_netlify_toml_context_env"),
    ("terraform_cloud_user_token", "developer", [("A", 14), ".atlasv1.", ("A", 67)], "read", None, "dev_terraform_credentials_tfrc_json"),
    ("hashicorp_vault_service_token", "developer", ["hvs.", ("U", 95)], "read", None, "dev_vault_token_file"),
    ("grafana_service_account_token", "developer", ["glsa_", ("A", 32), "_", ("h", 8)], "read", None, "ops_do_app_platform_spec_yaml"),
    ("grafana_cloud_access_policy_token", "developer", "grafana_glc", "read", None, "ops_sam_config_toml"),
    ("sentry_organization_auth_token", "developer", "sentry_org", "read", None, "dev_sentryclirc_file"),
    ("netlify_personal_access_token", "developer", ["nfp_", ("A", 36)], "believed", None, "ops_aws_lambda_configuration_json"),
    ("render_api_key", "developer", ["rnd_", ("A", 32)], "believed", None, "ops_fly_toml_env_section"),
    ("supabase_service_role_key", "developer", "supabase_jwt", "believed", None, "ops_netlify_toml_context_env"),
    ("sonarqube_user_token", "developer", ["squ_", ("h", 40)], "read", None, "ops_woodpecker_pipeline_yml"),
    ("figma_personal_access_token", "developer", ["figd_", ("U", 40)], "read", None, "dev_xcode_scheme_environment_xml"),
    ("clickup_personal_api_token", "developer", ["pk_", ("d", 8), "_", ("u", 32)], "read", None, "dev_firebase_runtimeconfig_json"),
    ("trello_api_token", "developer", ["ATTA", ("h", 64)], "believed", ("api key", [("h", 32)]), "ops_sam_config_toml"),
    ("asana_personal_access_token", "developer", ["2/", ("d", 16), "/", ("d", 16), ":", ("h", 32)], "believed", None, "dev_azure_functions_local_settings_json"),
    ("ngrok_authtoken", "developer", [("A", 27), "_", ("d", 1), ("A", 20)], "read", None, "dev_ngrok_yml"),
    ("okta_api_token", "developer", ["00", ("U", 40)], "read", None, "ops_terraform_state_json"),
    ("doppler_personal_token", "developer", ["dp.pt.", ("A", 43)], "read", None, "ops_beanstalk_ebextensions_config"),
    ("launchdarkly_sdk_key", "developer", ["sdk-", U], "believed", None, "ops_do_app_platform_spec_yaml"),
    # --- cloud, storage, search and monitoring
    ("azure_ad_application_client_secret", "cloud", [("A", 3), ("d", 1), "Q~", ("z", 34)], "read", ("client id", [U]), "ops_azure_webapp_appsettings_json"),
    ("ibm_cloud_api_key", "cloud", [("U", 44)], "read", None, "ops_terraform_state_json"),
    ("ovh_application_secret", "cloud", [("A", 32)], "guessed", ("application key", [("A", 16)]), "ops_sam_config_toml"),
    ("wasabi_secret_access_key", "cloud", [("S", 40)], "believed", ("access key", [("u", 20)]), "dev_s3cfg_file"),
    ("cloudinary_api_secret", "cloud", [("U", 27)], "believed", ("api key", [("d", 15)]), "ops_fly_toml_env_section"),
    ("vultr_api_key", "cloud", [("u", 36)], "read", None, "ops_argocd_application_yaml"),
    ("elastic_cloud_api_key", "cloud", "elastic_apikey", "believed", None, "ops_aws_lambda_configuration_json"),
    ("better_stack_source_token", "cloud", [("A", 24)], "read", None, "ops_beanstalk_ebextensions_config"),
    ("opsgenie_api_key", "cloud", [U], "read", None, "ops_argocd_application_yaml"),
    ("axiom_api_token", "cloud", ["xaat-", U], "believed", None, "ops_do_app_platform_spec_yaml"),
    ("checkly_api_key", "cloud", ["cu_", ("h", 32)], "believed", None, "ops_sam_config_toml"),
    ("clickhouse_cloud_api_secret", "cloud", ["4b1d", ("A", 38)], "read", ("key id", [("A", 20)]), "ops_cloud_run_service_yaml"),
    ("confluent_cloud_api_secret", "cloud", [("A", 64)], "read", ("api key", [("u", 16)]), "ops_terraform_state_json"),
    ("maxmind_license_key", "cloud", [("A", 6), "_", ("A", 29), "_mmk"], "read", ("account id", [("d", 7)]), "ops_beanstalk_ebextensions_config"),
    ("splunk_hec_token", "cloud", [U], "believed", None, "ops_aws_lambda_configuration_json"),
]
TYPE_NAMES = [t[0] for t in TYPES]

CATEGORY_TITLES = {
    "trade": "Trade portals and devices of charcoal burners, peat cutters and biochar producers (owner-chosen logins)",
    "tradeapi": "Trade data, mapping, weather and device platforms",
    "commerce": "Shop, payments, accounting, shipping and maps",
    "messaging": "E-mail, messaging and notifications",
    "ai": "AI services",
    "developer": "Developer services",
    "cloud": "Cloud, storage, search and monitoring",
}

FRAME_DESC = {
    "mapbox_sk": "`sk.` + base64url of a JSON frame {u: account, a: 14 lower-case alphanumerics} + `.` + 22 characters of [A-Za-z0-9_-] (the frame decoded by the check)",
    "pypi_macaroon": "`pypi-` + base64url (unpadded) of a real libmacaroons v2 macaroon with location `pypi.org` (hence the `pypi-AgEIcHlwaS5vcmc` head), a 16-byte identifier and two caveats, signed under a discarded key (parsed and verified by the check)",
    "grafana_glc": "`glc_` + standard Base64 of a JSON frame {o: stack id, n: token name, k: 24 alphanumerics, m: {r: region}} (decoded by the check)",
    "sentry_org": "`sntrys_` + standard Base64 of a JSON frame {iat, url, region_url, org} + `_` + 43 standard Base64 characters (decoded by the check)",
    "supabase_jwt": "real HS256 JWT (header {alg, typ}; claims {iss: supabase, ref: 20 lower-case letters, role: service_role, iat, exp}) under a discarded key",
    "elastic_apikey": "standard Base64 of `id:key` (20 + 22 characters of [A-Za-z0-9_-]), as Elasticsearch returns it in `encoded` (decoded by the check)",
}

STYLES = {
    # name: (key style, forbidden characters, description)
    "ops_cloud_run_service_yaml": ("upper", "\"\\", "Cloud Run / Knative service YAML with a literal env value"),
    "ops_fly_toml_env_section": ("upper", "\"\\", "fly.toml [env] section"),
    "ops_netlify_toml_context_env": ("upper", "\"\\", "netlify.toml [context.production.environment]"),
    "ops_azure_webapp_appsettings_json": ("upper", "\"\\", "terminal capture of `az webapp config appsettings list` (JSON)"),
    "ops_aws_lambda_configuration_json": ("upper", "\"\\", "terminal capture of `aws lambda get-function-configuration` (JSON)"),
    "ops_beanstalk_ebextensions_config": ("upper", "\"\\", "Elastic Beanstalk .ebextensions option_settings"),
    "ops_do_app_platform_spec_yaml": ("upper", "\"\\", "DigitalOcean App Platform app spec envs"),
    "ops_terraform_state_json": ("snake", "\"\\", "terraform.tfstate with a secret attribute in plain text"),
    "ops_argocd_application_yaml": ("camel", "\"\\", "Argo CD Application with helm parameters"),
    "ops_sam_config_toml": ("pascal", "\"\\ ", "AWS SAM samconfig.toml parameter_overrides"),
    "ops_woodpecker_pipeline_yml": ("upper", "\"\\", "Woodpecker CI pipeline step environment"),
    "ops_gitlab_runner_config_toml": ("native", "\"\\", "GitLab Runner config.toml (native token)"),
    "dev_llm_cli_keys_json": ("native", "\"\\", "keys.json of the `llm` command-line tool (native alias keys)"),
    "dev_pypirc_file": ("native", "", "~/.pypirc (native fields)"),
    "dev_cargo_credentials_toml": ("native", "\"\\", "~/.cargo/credentials.toml (native token)"),
    "dev_gh_hosts_yml": ("native", "", "~/.config/gh/hosts.yml (native oauth_token)"),
    "dev_terraform_credentials_tfrc_json": ("native", "\"\\", "~/.terraform.d/credentials.tfrc.json (native token)"),
    "dev_vault_token_file": ("native", "", "terminal capture of `cat ~/.vault-token`"),
    "dev_sentryclirc_file": ("native", "", "~/.sentryclirc (native [auth] token)"),
    "dev_netrc_machine_entry": ("native", " ", "~/.netrc machine entry (native fields)"),
    "dev_ngrok_yml": ("native", "", "ngrok.yml (native authtoken)"),
    "dev_s3cfg_file": ("native", "", "~/.s3cfg of s3cmd pointed at Wasabi (native fields)"),
    "dev_kaggle_json": ("native", "\"\\", "~/.kaggle/kaggle.json (native fields)"),
    "dev_azure_functions_local_settings_json": ("upper", "\"\\", "Azure Functions local.settings.json Values"),
    "dev_firebase_runtimeconfig_json": ("snake", "\"\\", "Firebase .runtimeconfig.json (vendor namespace, snake keys)"),
    "dev_xcode_scheme_environment_xml": ("upper", "&<>\"", "Xcode .xcscheme LaunchAction environment variable"),
    "iot_home_assistant_secrets_yaml": ("snake", "\"\\", "Home Assistant secrets.yaml"),
    "iot_mosquitto_bridge_conf": ("native", " #", "Mosquitto bridge configuration to Adafruit IO (native fields)"),
    "iot_particle_cli_config_json": ("native", "\"\\", "~/.particle/particle.config.json (native access_token)"),
    "iot_blynk_sketch_ino": ("native", "\"\\", "Arduino sketch with #define BLYNK_AUTH_TOKEN"),
    "office_apple_passwords_csv_export": ("native", ",\"", "Apple Passwords CSV export (Title, URL, Username, Password, Notes, OTPAuth)"),
    "office_dashlane_csv_export": ("native", ",\"", "Dashlane credentials.csv export"),
    "office_google_chat_message_copy": ("spaced", "", "message copied from Google Chat"),
}

PORTAL_URLS = {
    "european_biochar_certificate_producer_portal_password": "https://portal.european-biochar.org",
    "puro_earth_supplier_registry_password": "https://registry.puro.earth",
    "isometric_registry_supplier_login_password": "https://registry.isometric.com",
    "woodsure_ready_to_burn_portal_password": "https://portal.woodsure.co.uk",
    "grown_in_britain_licensee_portal_password": "https://licensees.growninbritain.org",
    "fsc_certificate_holder_portal_password": "https://connect.fsc.org",
    "forestry_commission_felling_licence_online_password": "https://www.fellinglicence.service.gov.uk",
    "rural_payments_service_login_password": "https://www.ruralpayments.service.gov.uk",
    "hmrc_government_gateway_password": "https://www.access.service.gov.uk",
    "environment_agency_waste_exemption_portal_password": "https://register-waste-exemptions.service.gov.uk",
    "pyreg_remote_service_portal_password": "https://service.pyreg.com",
    "carbofex_plant_portal_password": "https://plant.carbofex.fi",
    "teltonika_rms_account_password": "https://rms.teltonika-networks.com",
    "victron_vrm_portal_password": "https://vrm.victronenergy.com",
}


class VKeys:
    def __init__(self):
        r = random.Random(SEED_KEYS)
        self.supabase = C.rbytes(r, 32)
        self.pypi = C.rbytes(r, 32)


def frame_gen(frame, rng, vk):
    if frame == "mapbox_sk":
        body = json.dumps({"u": "coppiceholm", "a": C.rstr(rng, C.LOWALNUM, 14)}, separators=(",", ":")).encode()
        return "sk." + C.b64u(body) + "." + C.rstr(rng, C.B64URL, 22)
    if frame == "pypi_macaroon":
        ident = C.rbytes(rng, 16)
        cav = [json.dumps({"version": 1, "permissions": {"projects": ["kilnlog"]}}, separators=(",", ":")).encode(),
               json.dumps({"nbf": 1735689600 + rng.randint(0, 9999999), "exp": 1767225600 + rng.randint(0, 9999999)}, separators=(",", ":")).encode()]
        return "pypi-" + C.b64u(C.macaroon_v2(b"pypi.org", ident, cav, vk.pypi))
    if frame == "grafana_glc":
        body = json.dumps({"o": str(rng.randint(100000, 999999)), "n": "mrv-dashboards", "k": C.rstr(rng, C.BASE62, 24),
                           "m": {"r": "prod-gb-south-0"}}, separators=(",", ":")).encode()
        return "glc_" + base64.b64encode(body).decode()
    if frame == "sentry_org":
        body = json.dumps({"iat": 1735689600 + rng.randint(0, 9999999), "url": "https://sentry.io",
                           "region_url": "https://de.sentry.io", "org": "kindlewright"}, separators=(",", ":")).encode()
        return "sntrys_" + base64.b64encode(body).decode() + "_" + C.rstr(rng, C.B64STD, 43)
    if frame == "supabase_jwt":
        iat = 1700000000 + rng.randint(0, 9999999)
        return C.jwt_sign({"alg": "HS256", "typ": "JWT"}, {"iss": "supabase", "ref": C.rstr(rng, "abcdefghijklmnopqrstuvwxyz", 20),
                                                           "role": "service_role", "iat": iat, "exp": iat + 315360000}, vk.supabase, "HS256")
    if frame == "elastic_apikey":
        raw = C.rstr(rng, C.B64URL, 20) + ":" + C.rstr(rng, C.B64URL, 22)
        return base64.b64encode(raw.encode()).decode()
    raise KeyError(frame)


def frame_check(frame, v, vk):
    try:
        if frame == "mapbox_sk":
            m = re.fullmatch(r"sk\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{22})", v)
            d = json.loads(C.b64u_dec(m.group(1)))
            return set(d) == {"u", "a"}
        if frame == "pypi_macaroon":
            if not v.startswith("pypi-AgEIcHlwaS5vcmc"):
                return False
            raw = C.b64u_dec(v[5:])
            loc = C.macaroon_parse(raw)[0]
            return loc == b"pypi.org" and C.macaroon_verify(raw, vk.pypi)
        if frame == "grafana_glc":
            d = json.loads(base64.b64decode(v[4:], validate=True))
            return v.startswith("glc_") and set(d) == {"o", "n", "k", "m"}
        if frame == "sentry_org":
            m = re.fullmatch(r"sntrys_(eyJpYXQiO[A-Za-z0-9+/]+={0,2})_([A-Za-z0-9+/]{43})", v)
            d = json.loads(base64.b64decode(m.group(1), validate=True))
            return set(d) == {"iat", "url", "region_url", "org"}
        if frame == "supabase_jwt":
            return C.jwt_verify(v, [vk.supabase]) and json.loads(C.b64u_dec(v.split(".")[1]))["role"] == "service_role"
        if frame == "elastic_apikey":
            raw = base64.b64decode(v, validate=True).decode()
            return bool(re.fullmatch(r"[A-Za-z0-9_-]{20}:[A-Za-z0-9_-]{22}", raw))
    except Exception:
        return False
    return False


def type_value(t, rng, vk, forbid):
    name, cat, spec, src, nb, style = t
    if spec == OWNER:
        return W.password(rng, W.JOINERS_WIDE, 0.5, forbid)
    if isinstance(spec, str):
        return frame_gen(spec, rng, vk)
    return spec_gen(spec, rng)


def check_type_value(t, v, vk):
    name, cat, spec, src, nb, style = t
    if spec == OWNER:
        return bool(W.PW_WIDE_RE.match(v)) and W.pw_word_ok(v)
    if isinstance(spec, str):
        return frame_check(spec, v, vk)
    return bool(re.match(spec_re(spec), v))


def neighbour_value(nb, rng):
    label, spec = nb
    if spec == "email":
        return W.email(rng)
    if spec == "ip":
        return W.ip(rng)
    if spec == "username":
        return rng.choice(["emberline_lab", "coppiceholm", "blackmoss_ops", "kwright", "kindlewright_ci"])
    return spec_gen(spec, rng)


VENDOR_WORD = {"in_situ": "hydrovu", "john_deere": "deere", "ordnance_survey": "os", "docker_hub": "dockerhub",
               "royal_mail": "royalmail", "hashicorp_vault": "vault", "better_stack": "betterstack"}


def vendor_word(name):
    for k, v in VENDOR_WORD.items():
        if name.startswith(k + "_"):
            return v
    return name.split("_")[0]


# ---------------------------------------------------------------- style renderers
M = C.MARK


def nbk(style_case, t, nb):
    return C.words_case([vendor_word(t[0])] + nb[0].split(), style_case)


def r_generic(style, r, t, key, nb, nbv):
    kc = STYLES[style][0]
    name = t[0]
    nkey = nbk(kc, t, nb) if nb else None
    if style == "ops_cloud_run_service_yaml":
        env = ""
        if nb:
            env += "            - name: %s\n              value: \"%s\"\n" % (nkey, nbv)
        env += "            - name: %s\n              value: \"%s\"\n" % (key, M)
        return ("apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  name: %s\nspec:\n  template:\n    spec:\n      containers:\n"
                "        - image: europe-west2-docker.pkg.dev/emberline/mrv/api:1.%d.%d\n          env:\n%s" % (r.choice(["mrv-api", "shop-sync", "dipwell-ingest"]), r.randint(2, 20), r.randint(0, 9), env))
    if style == "ops_fly_toml_env_section":
        if name == "cloudinary_api_secret":
            return ("app = \"coppiceholm-shop\"\nprimary_region = \"lhr\"\n\n[env]\n  CLOUDINARY_URL = \"cloudinary://%s:%s@coppiceholm\"\n" % (nbv, M))
        lines = ("  %s = \"%s\"\n" % (nkey, nbv)) if nb else ""
        return ("app = \"coppiceholm-shop\"\nprimary_region = \"lhr\"\n\n[http_service]\n  internal_port = 8080\n\n[env]\n%s  %s = \"%s\"\n" % (lines, key, M))
    if style == "ops_netlify_toml_context_env":
        lines = ("  %s = \"%s\"\n" % (nkey, nbv)) if nb else ""
        return ("[build]\n  command = \"npm run build\"\n  publish = \"dist\"\n\n[context.production.environment]\n%s  %s = \"%s\"\n" % (lines, key, M))
    if style == "ops_azure_webapp_appsettings_json":
        items = [{"name": "WEBSITE_RUN_FROM_PACKAGE", "slotSetting": False, "value": "1"}]
        if nb:
            items.append({"name": nkey, "slotSetting": False, "value": nbv})
        items.append({"name": key, "slotSetting": False, "value": M})
        return "$ az webapp config appsettings list -g rg-mrv -n mrv-portal\n" + json.dumps(items, indent=2)
    if style == "ops_aws_lambda_configuration_json":
        vars_ = {"STAGE": "prod"}
        if nb:
            vars_[nkey] = nbv
        vars_[key] = M
        return ("$ aws lambda get-function-configuration --function-name shop-sync\n" +
                json.dumps({"FunctionName": "shop-sync", "Runtime": "python3.12", "Handler": "app.handler", "MemorySize": 256,
                            "Environment": {"Variables": vars_}}, indent=4))
    if style == "ops_beanstalk_ebextensions_config":
        lines = ("    %s: \"%s\"\n" % (nkey, nbv)) if nb else ""
        return ("option_settings:\n  aws:elasticbeanstalk:application:environment:\n    APP_ENV: production\n%s    %s: \"%s\"\n" % (lines, key, M))
    if style == "ops_do_app_platform_spec_yaml":
        lines = ("  - key: %s\n    value: \"%s\"\n    scope: RUN_TIME\n" % (nkey, nbv)) if nb else ""
        return ("name: coppiceholm-shop\nregion: lon\nservices:\n- name: web\n  github:\n    repo: kindlewright/charcoal-shop\n    branch: main\n"
                "  envs:\n%s  - key: %s\n    value: \"%s\"\n    scope: RUN_TIME\n" % (lines, key, M))
    if style == "ops_terraform_state_json":
        data = {}
        if nb:
            data[nkey] = nbv
        data[key] = M
        return json.dumps({"version": 4, "terraform_version": "1.9.5", "serial": r.randint(3, 90), "lineage": C.uuid4(r),
                           "resources": [{"mode": "managed", "type": "kubernetes_secret", "name": "integrations",
                                          "provider": "provider[\"registry.terraform.io/hashicorp/kubernetes\"]",
                                          "instances": [{"schema_version": 0, "attributes": {"data": data, "type": "Opaque"}}]}]}, indent=2)
    if style == "ops_argocd_application_yaml":
        lines = ("        - name: env.%s\n          value: \"%s\"\n" % (nkey, nbv)) if nb else ""
        return ("apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: %s\n  namespace: argocd\nspec:\n  project: default\n"
                "  source:\n    repoURL: https://git.kindlewright.example/ops/charts.git\n    path: charts/%s\n    helm:\n      parameters:\n%s"
                "        - name: env.%s\n          value: \"%s\"\n" % (r.choice(["stock", "mrv", "shop"]), r.choice(["stock", "mrv", "shop"]), lines, key, M))
    if style == "ops_sam_config_toml":
        po = ("%s=%s " % (nkey, nbv)) if nb else ""
        return ("version = 0.1\n\n[default.deploy.parameters]\nstack_name = \"shop-sync\"\nregion = \"eu-west-2\"\ncapabilities = \"CAPABILITY_IAM\"\n"
                "parameter_overrides = \"Stage=prod %s%s=%s\"\n" % (po, key, M))
    if style == "ops_woodpecker_pipeline_yml":
        lines = ("      %s: %s\n" % (nkey, nbv)) if nb else ""
        return ("when:\n  - event: push\n    branch: main\n\nsteps:\n  deploy:\n    image: alpine:3.20\n    environment:\n%s      %s: %s\n"
                "    commands:\n      - ./scripts/deploy.sh\n" % (lines, key, M))
    if style == "dev_azure_functions_local_settings_json":
        vals = {"AzureWebJobsStorage": "UseDevelopmentStorage=true", "FUNCTIONS_WORKER_RUNTIME": "python"}
        if nb:
            vals[nkey] = nbv
        vals[key] = M
        return json.dumps({"IsEncrypted": False, "Values": vals}, indent=2)
    if style == "dev_firebase_runtimeconfig_json":
        ns = name.split("_")[0]
        rest = "_".join(name.split("_")[1:])
        inner = {}
        if nb:
            inner["_".join(nb[0].split())] = nbv
        inner[rest] = M
        return json.dumps({ns: inner, "app": {"region": "europe-west2"}}, indent=2)
    if style == "dev_xcode_scheme_environment_xml":
        ev = ""
        if nb:
            ev += "         <EnvironmentVariable\n            key = \"%s\"\n            value = \"%s\"\n            isEnabled = \"YES\">\n         </EnvironmentVariable>\n" % (nkey, nbv)
        ev += "         <EnvironmentVariable\n            key = \"%s\"\n            value = \"%s\"\n            isEnabled = \"YES\">\n         </EnvironmentVariable>\n" % (key, M)
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Scheme LastUpgradeVersion = \"1540\" version = \"1.7\">\n   <LaunchAction\n"
                "      buildConfiguration = \"Debug\"\n      launchStyle = \"0\">\n      <EnvironmentVariables>\n%s      </EnvironmentVariables>\n"
                "   </LaunchAction>\n</Scheme>\n" % ev)
    if style == "iot_home_assistant_secrets_yaml":
        lines = ("%s: \"%s\"\n" % (nkey, nbv)) if nb else ""
        return ("# secrets.yaml - Blackmoss yard Home Assistant\nlatitude_home: 53.51\nlongitude_home: -8.85\n%s%s: \"%s\"\n" % (lines, key, M))
    raise KeyError(style)


def r_native(style, r, t, nbv):
    name = t[0]
    if style == "ops_gitlab_runner_config_toml":
        return ("concurrent = 2\ncheck_interval = 0\n\n[[runners]]\n  name = \"kw-runner-proxmox\"\n  url = \"https://gitlab.com\"\n"
                "  token = \"%s\"\n  executor = \"docker\"\n  [runners.docker]\n    image = \"alpine:3.20\"\n" % M)
    if style == "dev_llm_cli_keys_json":
        alias = {"mistral_api_key": "mistral", "cohere_api_key": "cohere", "deepseek_api_key": "deepseek",
                 "openrouter_api_key": "openrouter", "xai_api_key": "grok"}[name]
        return "$ cat \"$(llm keys path)\"\n" + json.dumps({"// Note": "This file stores secret API credentials. Do not share!", alias: M}, indent=2)
    if style == "dev_pypirc_file":
        return "[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = %s\n" % M
    if style == "dev_cargo_credentials_toml":
        return "[registry]\ntoken = \"%s\"\n" % M
    if style == "dev_gh_hosts_yml":
        return "github.com:\n    git_protocol: https\n    user: %s\n    oauth_token: %s\n" % (r.choice(["jorypen", "ezrahallworth", "kw-ops"]), M)
    if style == "dev_terraform_credentials_tfrc_json":
        return json.dumps({"credentials": {"app.terraform.io": {"token": M}}}, indent=2)
    if style == "dev_vault_token_file":
        return ("$ export VAULT_ADDR=https://vault.kindlewright.example:8200\n$ cat ~/.vault-token\n%s\n$ vault token lookup -format=json | jq .data.policies\n"
                "[\n  \"default\",\n  \"mrv-deploy\"\n]\n" % M)
    if style == "dev_sentryclirc_file":
        return "[defaults]\norg = kindlewright\nproject = mrv-portal\nurl = https://de.sentry.io/\n\n[auth]\ntoken = %s\n" % M
    if style == "dev_netrc_machine_entry":
        if name == "wandb_api_key":
            return "machine api.wandb.ai\n  login %s\n  password %s\n" % (nbv, M)
        return "machine gitlab.com\n  login %s\n  password %s\n" % (nbv, M)
    if style == "dev_ngrok_yml":
        return "version: \"3\"\nagent:\n  authtoken: %s\ntunnels:\n  shop:\n    proto: http\n    addr: 8080\n" % M
    if style == "dev_s3cfg_file":
        return ("[default]\naccess_key = %s\nsecret_key = %s\nhost_base = s3.eu-west-2.wasabisys.com\nhost_bucket = %%(bucket)s.s3.eu-west-2.wasabisys.com\n"
                "use_https = True\n" % (nbv, M))
    if style == "dev_kaggle_json":
        return json.dumps({"username": nbv, "key": M})
    if style == "iot_mosquitto_bridge_conf":
        return ("connection adafruit-io\naddress io.adafruit.com:8883\nbridge_cafile /etc/ssl/certs/ca-certificates.crt\nremote_clientid emberline-bridge\n"
                "remote_username %s\nremote_password %s\ntopic %s/feeds/reactor-temp out 0\n" % (nbv, M, nbv))
    if style == "iot_particle_cli_config_json":
        return json.dumps({"username": W.email(r, "emberline"), "access_token": M}, indent=2)
    if style == "iot_blynk_sketch_ino":
        return ("#define BLYNK_TEMPLATE_ID \"TMPL4%s\"\n#define BLYNK_TEMPLATE_NAME \"Kiln probe\"\n#define BLYNK_AUTH_TOKEN \"%s\"\n\n#include <WiFi.h>\n"
                "#include <BlynkSimpleEsp32.h>\n" % (C.rstr(r, C.BASE62, 7), M))
    if style in ("office_apple_passwords_csv_export", "office_dashlane_csv_export"):
        url = PORTAL_URLS.get(name, "https://portal.example")
        host = url.split("//")[1]
        login_like = t[4][0] in ("account email", "user id", "crn", "customer reference")
        user = nbv if login_like else W.email(r)
        note = "" if login_like else nbv
        if style == "office_apple_passwords_csv_export":
            return "Title,URL,Username,Password,Notes,OTPAuth\n%s,%s,%s,%s,%s,\n" % (host, url, user, M, note)
        title = name.replace("_password", "").replace("_login", "").replace("_", " ").title()
        return ("username,username2,username3,title,password,note,url,category,otpSecret\n%s,,,%s,%s,%s,%s,Business,\n"
                % (user, title, M, note, url))
    if style == "office_google_chat_message_copy":
        who = r.choice(W.PEOPLE)
        label = name.replace("_password", "").replace("_login", "").replace("_", " ")
        return ("%s, %d:%02d\nfor the %s: %s and %s - it's in the shared vault too\n"
                % (who, r.randint(8, 17), r.randint(0, 59), label, nbv, M))
    raise KeyError(style)


def build(reg, vk):
    rng = random.Random(SEED)
    out = []
    neighbours = []
    for t in TYPES:
        name, cat, spec, src, nb, style = t
        kstyle, forbid, _ = STYLES[style]
        value = reg.draw(lambda: _val(t, rng, vk, forbid))
        nbv = reg.draw(lambda: neighbour_value(nb, rng)) if nb else None
        if kstyle == "native" or style == "office_google_chat_message_copy":
            tmpl = r_native(style, rng, t, nbv)
        else:
            key = C.words_case(name.split("_"), kstyle)
            tmpl = r_generic(style, rng, t, key, nb, nbv)
        text, s, e = C.place(tmpl, value)
        out.append({"type": name, "container": "%s__%s" % (name, style), "text": text,
                    "secrets": [{"value": value, "start": s, "end": e, "type": name}], "source": "vendor"})
        if nbv:
            neighbours.append(nbv)
    return out, neighbours


def _val(t, rng, vk, forbid):
    for _ in range(200):
        v = type_value(t, rng, vk, forbid)
        if not any(c in forbid for c in v):
            return v
    raise RuntimeError(t[0])
