"""Vendor positives: one record per vendor type, each in a container typical of where that key lives."""
import base64
import json
import random
import re

from common260 import (MARK, CLASSES, CLASS_WORDS, SHELL_BARE, QUOTE1, QUOTE2, XML_TEXT, PEOPLE, PRIVATE_IPS,
                       keyname, place, password, rstr, uuid4, rbytes, b64u, b64u_dec, jwt_hs256, jwt_frame_ok,
                       clean_for, ALNUM, HEX, DIGITS, LOWER, LOWER_ALNUM, UPPER_ALNUM, B64URL)

SEED_VALUES = 26002
FAM_TRADE = "Trade, shop, shipping and workshop-device services of milliners, hatters and umbrella repairers"
FAM_MSG = "Messaging, e-mail, chat and webhooks"
FAM_AI = "AI services"
FAM_DEV = "Developer, cloud and ops services"


def L(s):
    return ("lit", s)


def C(cls, n):
    return ("cls", cls, n)


U4 = ("uuid",)


def F(name):
    return ("frame", name)


# (type, family, parts, source, note, neighbour (words, parts) or None, style)
VENDORS = [
    # --- trade, shop, shipping, workshop devices -------------------------------------
    ("british_hat_guild_members_area_password", FAM_TRADE, F("password"), "owner", "", (["member", "number"], [L("BHG-"), C("digits", 5)]), "office_firefox_logins_csv"),
    ("fulton_umbrellas_trade_portal_password", FAM_TRADE, F("password"), "owner", "", (["trade", "account", "number"], [L("FU"), C("digits", 6)]), "office_bitwarden_json_export"),
    ("failsworth_hats_stockist_portal_password", FAM_TRADE, F("password"), "owner", "", (["stockist", "login"], [F("email")]), "office_eml_forwarded_message"),
    ("macculloch_wallis_trade_account_password", FAM_TRADE, F("password"), "owner", "", (["trade", "account", "email"], [F("email")]), "office_firefox_logins_csv"),
    ("not_on_the_high_street_partner_portal_password", FAM_TRADE, F("password"), "owner", "", (["partner", "login"], [F("email")]), "office_bitwarden_json_export"),
    ("royal_mail_click_and_drop_password", FAM_TRADE, F("password"), "owner", "", (["click", "and", "drop", "login"], [F("email")]), "office_teams_chat_html_export"),
    ("parcelforce_expresslink_password", FAM_TRADE, F("password"), "owner", "", (["expresslink", "username"], [L("FCANOPY"), C("digits", 2)]), "office_eml_forwarded_message"),
    ("hikvision_nvr_admin_password", FAM_TRADE, F("password"), "owner", "", (["nvr", "address"], [F("ip")]), "office_discord_chat_export_json"),
    ("brother_ql_printer_web_admin_password", FAM_TRADE, F("password"), "owner", "", (["printer", "address"], [F("ip")]), "office_teams_chat_html_export"),
    ("epson_tm_printer_webconfig_password", FAM_TRADE, F("password"), "owner", "", (["printer", "address"], [F("ip")]), "office_discord_chat_export_json"),
    ("faire_brand_portal_password", FAM_TRADE, F("password"), "owner", "", (["brand", "login"], [F("email")]), "office_bitwarden_json_export"),
    ("ankorstore_brand_account_password", FAM_TRADE, F("password"), "owner", "", (["account", "email"], [F("email")]), "office_firefox_logins_csv"),
    ("faire_external_api_access_token", FAM_TRADE, [C("upper_alnum", 64)], "guessed", "", None, "ops_supervisord_program_environment"),
    ("ankorstore_api_client_secret", FAM_TRADE, [C("alnum", 40)], "guessed", "", (["ankorstore", "client", "id"], [U4]), "ops_terraform_tfvars_file"),
    ("noths_partner_api_key", FAM_TRADE, [C("hex", 32)], "guessed", "", None, "ops_vercel_env_pull_dotenv"),
    ("woocommerce_rest_consumer_secret", FAM_TRADE, [L("cs_"), C("hex", 40)], "believed", "", (["woocommerce", "consumer", "key"], [L("ck_"), C("hex", 40)]), "ops_vercel_env_pull_dotenv"),
    ("shopify_private_app_password", FAM_TRADE, [L("shppa_"), C("hex", 32)], "read", "gitleaks `shopify-private-app-access-token`", None, "ops_kubectl_create_secret_literal_capture"),
    ("square_production_access_token", FAM_TRADE, [L("EAAA"), C("b64url", 60)], "read", "gitleaks `square-access-token` (22-60 after the head; 60 mine)", None, "ops_gh_secret_set_capture"),
    ("square_oauth_application_secret", FAM_TRADE, [L("sq0csp-"), C("b64url", 43)], "believed", "", (["square", "application", "id"], [L("sq0idp-"), C("b64url", 22)]), "ops_wrangler_toml_vars"),
    ("stripe_restricted_live_key", FAM_TRADE, [L("rk_live_"), C("alnum", 99)], "read", "gitleaks `stripe-access-token` (10-99 after the head; 99 mine)", None, "ops_kubectl_create_secret_literal_capture"),
    ("stripe_webhook_signing_secret", FAM_TRADE, [L("whsec_"), C("alnum", 32)], "believed", "", None, "ops_wrangler_toml_vars"),
    ("paypal_rest_client_secret", FAM_TRADE, [L("E"), C("b64url", 79)], "guessed", "E head believed", (["paypal", "client", "id"], [L("A"), C("b64url", 79)]), "dev_spring_application_yml"),
    ("mollie_live_api_key", FAM_TRADE, [L("live_"), C("alnum", 30)], "believed", "", None, "ops_vercel_env_pull_dotenv"),
    ("freeagent_oauth_client_secret", FAM_TRADE, [C("b64url", 22)], "guessed", "", (["freeagent", "client", "id"], [C("b64url", 22)]), "ops_pulumi_stack_config_yaml"),
    ("acuity_scheduling_api_key", FAM_TRADE, [C("hex", 32)], "guessed", "", (["acuity", "user", "id"], [C("digits", 8)]), "ops_salt_pillar_sls"),
    ("calendly_personal_access_token", FAM_TRADE, F("jwt_calendly"), "believed", "JWT believed; HS256 and claims guessed", None, "ops_direnv_envrc_exports"),
    ("cal_com_api_key", FAM_TRADE, [L("cal_live_"), C("hex", 32)], "believed", "", None, "ops_vercel_env_pull_dotenv"),
    ("typeform_personal_access_token", FAM_TRADE, [L("tfp_"), C("b64url", 44), L("_"), C("alnum", 14)], "read", "gitleaks `typeform-api-token` (59 after `tfp_`; the 44 + `_` + 14 split mine)", None, "ops_helm_values_override_yaml"),
    ("jotform_api_key", FAM_TRADE, [C("hex", 32)], "guessed", "", None, "ops_salt_pillar_sls"),
    ("pinterest_api_access_token", FAM_TRADE, [L("pina_"), C("upper_alnum", 96)], "believed", "pina_ head believed, length guessed", None, "ops_helm_values_override_yaml"),
    ("meta_graph_page_access_token", FAM_TRADE, [L("EAAC"), C("alnum", 180)], "read", "gitleaks `facebook-page-access-token` (100+ after the head; 180 mine)", None, "dev_postman_environment_json"),
    ("remove_bg_api_key", FAM_TRADE, [C("alnum", 24)], "guessed", "", None, "ops_direnv_envrc_exports"),
    ("easypost_production_api_key", FAM_TRADE, [L("EZAK"), C("alnum", 54)], "read", "gitleaks `easypost-api-token`", None, "ops_gh_secret_set_capture"),
    ("shippo_live_api_token", FAM_TRADE, [L("shippo_live_"), C("hex", 40)], "read", "gitleaks `shippo-api-token`", None, "ops_kubectl_create_secret_literal_capture"),
    ("sendcloud_api_secret", FAM_TRADE, [C("hex", 32)], "guessed", "", (["sendcloud", "public", "key"], [U4]), "dev_spring_application_yml"),
    ("dhl_express_api_secret", FAM_TRADE, [C("alnum", 16)], "guessed", "", (["dhl", "express", "api", "key"], [C("alnum", 14)]), "dev_dotnet_user_secrets_json"),
    ("google_oauth_web_client_secret", FAM_TRADE, [L("GOCSPX-"), C("b64url", 28)], "believed", "", (["google", "client", "id"], [C("digits", 12), L("-"), C("lower_alnum", 32), L(".apps.googleusercontent.com")]), "dev_dotnet_user_secrets_json"),
    ("microsoft_entra_client_secret", FAM_TRADE, [C("alnum", 3), L("8Q~"), ("cls_custom", "entra", 34)], "read", "gitleaks `azure-ad-client-secret` (3 + digit + `Q~` + 31-34; 34 mine)", (["entra", "application", "client", "id"], [U4]), "dev_dotnet_user_secrets_json"),
    ("octoprint_application_key", FAM_TRADE, [C("uhex", 32)], "believed", "", None, "iot_openhab_services_cfg"),
    ("bambu_lab_lan_access_code", FAM_TRADE, [C("digits", 8)], "believed", "", (["printer", "serial"], [L("01P00A"), C("digits", 9)]), "iot_openhab_services_cfg"),
    ("adafruit_io_key", FAM_TRADE, [L("aio_"), C("alnum", 28)], "read", "gitleaks `adafruit-api-key` (32 characters; the aio_ head believed)", (["adafruit", "io", "username"], [L("brimwell_"), C("lower", 4)]), "iot_openhab_services_cfg"),
    ("tuya_iot_access_secret", FAM_TRADE, [C("hex", 32)], "believed", "", (["tuya", "access", "id"], [C("lower_alnum", 20)]), "iot_openhab_services_cfg"),
    ("ecowitt_application_key", FAM_TRADE, [C("uhex", 32)], "believed", "", (["ecowitt", "api", "key"], [U4]), "iot_openhab_services_cfg"),
    ("smartthings_personal_access_token", FAM_TRADE, [U4], "believed", "", None, "ops_direnv_envrc_exports"),
    # --- messaging -------------------------------------------------------------------
    ("twilio_api_key_secret", FAM_MSG, [C("alnum", 32)], "believed", "", (["twilio", "api", "key", "sid"], [L("SK"), C("hex", 32)]), "ops_vercel_env_pull_dotenv"),
    ("vonage_api_secret", FAM_MSG, [C("alnum", 16)], "believed", "", (["vonage", "api", "key"], [C("hex", 8)]), "dev_spring_application_yml"),
    ("discord_bot_token", FAM_MSG, F("discord_bot"), "believed", "Base64 of the bot's snowflake id + `.` + 6 + `.` + 38 base64url", None, "dev_postman_environment_json"),
    ("discord_webhook_url", FAM_MSG, [L("https://discord.com/api/webhooks/"), C("digits", 19), L("/"), C("b64url", 68)], "believed", "whole URL labelled", None, "ops_helm_values_override_yaml"),
    ("microsoft_teams_incoming_webhook_url", FAM_MSG, F("teams_webhook"), "read", "gitleaks `microsoft-teams-webhook`; whole URL labelled", None, "ops_terraform_tfvars_file"),
    ("google_chat_space_webhook_url", FAM_MSG, [L("https://chat.googleapis.com/v1/spaces/AAAA"), C("b64url", 7), L("/messages?key=AIzaSy"), C("b64url", 33), L("&token="), C("b64url", 43)], "believed", "whole URL labelled", None, "ops_wrangler_toml_vars"),
    ("pushbullet_access_token", FAM_MSG, [L("o."), C("alnum", 32)], "believed", "", None, "ops_direnv_envrc_exports"),
    ("ntfy_access_token", FAM_MSG, [L("tk_"), C("lower_alnum", 29)], "believed", "", None, "iot_openhab_services_cfg"),
    ("sendgrid_api_key", FAM_MSG, [L("SG."), C("b64url", 22), L("."), C("b64url", 43)], "read", "gitleaks `sendgrid-api-token` (66 after `SG.`; the 22 + `.` + 43 split believed)", None, "dev_spring_application_yml"),
    ("postmark_server_api_token", FAM_MSG, [U4], "believed", "", None, "ops_wrangler_toml_vars"),
    ("mailjet_api_secret_key", FAM_MSG, [C("hex", 32)], "believed", "", (["mailjet", "api", "key"], [C("hex", 32)]), "ops_pulumi_stack_config_yaml"),
    ("bluesky_app_password", FAM_MSG, [C("lower_alnum", 4), L("-"), C("lower_alnum", 4), L("-"), C("lower_alnum", 4), L("-"), C("lower_alnum", 4)], "believed", "", (["bluesky", "handle"], [L("brimwellhats"), C("digits", 2), L(".bsky.social")]), "office_teams_chat_html_export"),
    ("google_workspace_app_password", FAM_MSG, [C("lower", 4), L(" "), C("lower", 4), L(" "), C("lower", 4), L(" "), C("lower", 4)], "believed", "shown with spaces, as Google displays it", (["google", "account"], [F("email")]), "office_eml_forwarded_message"),
    ("mastodon_access_token", FAM_MSG, [C("b64url", 43)], "believed", "", None, "ops_kubectl_create_secret_literal_capture"),
    ("matrix_synapse_access_token", FAM_MSG, F("matrix_syt"), "believed", "`syt_` + base64url of the local part + `_` + 20 alphanumerics + `_` + 6 alphanumerics (Synapse's CRC tail not computed)", None, "ops_gh_secret_set_capture"),
    ("slack_user_token", FAM_MSG, [L("xoxp-"), C("digits", 11), L("-"), C("digits", 12), L("-"), C("digits", 13), L("-"), C("hex", 32)], "read", "gitleaks `slack-user-token`", None, "ops_gh_secret_set_capture"),
    # --- AI --------------------------------------------------------------------------
    ("openai_admin_api_key", FAM_AI, [L("sk-admin-"), C("b64url", 74), L("T3BlbkFJ"), C("b64url", 74)], "believed", "lengths guessed", None, "ops_kubectl_create_secret_literal_capture"),
    ("anthropic_admin_api_key", FAM_AI, [L("sk-ant-admin01-"), C("b64url", 93), L("AA")], "read", "gitleaks `anthropic-admin-api-key`", None, "ops_gh_secret_set_capture"),
    ("mistral_api_key", FAM_AI, [C("alnum", 32)], "believed", "", None, "ops_wrangler_toml_vars"),
    ("cohere_api_key", FAM_AI, [C("alnum", 40)], "read", "gitleaks `cohere-api-token`", None, "ops_vercel_env_pull_dotenv"),
    ("deepseek_api_key", FAM_AI, [L("sk-"), C("hex", 32)], "believed", "", None, "ops_supervisord_program_environment"),
    ("xai_api_key", FAM_AI, [L("xai-"), C("alnum", 80)], "believed", "", None, "ops_helm_values_override_yaml"),
    ("openrouter_api_key", FAM_AI, [L("sk-or-v1-"), C("hex", 64)], "believed", "", None, "ops_direnv_envrc_exports"),
    ("elevenlabs_api_key", FAM_AI, [L("sk_"), C("hex", 48)], "believed", "", None, "dev_spring_application_yml"),
    ("deepl_api_auth_key", FAM_AI, [U4, L(":fx")], "believed", "", None, "dev_postman_environment_json"),
    ("deepgram_api_key", FAM_AI, [C("hex", 40)], "believed", "", None, "ops_pulumi_stack_config_yaml"),
    ("cerebras_api_key", FAM_AI, [L("csk-"), C("lower_alnum", 48)], "believed", "", None, "ops_wrangler_toml_vars"),
    ("azure_openai_api_key", FAM_AI, [C("hex", 32)], "believed", "", (["azure", "openai", "endpoint"], [L("https://crownband-"), C("lower", 5), L(".openai.azure.com/")]), "dev_dotnet_user_secrets_json"),
    # --- developer, cloud, ops ----------------------------------------------------------
    ("github_classic_personal_access_token", FAM_DEV, [L("ghp_"), C("alnum", 36)], "read", "gitleaks `github-pat`", None, "ops_gh_secret_set_capture"),
    ("github_app_installation_token", FAM_DEV, [L("ghs_"), C("alnum", 36)], "read", "gitleaks `github-app-token`", None, "office_teams_chat_html_export"),
    ("gitlab_runner_authentication_token", FAM_DEV, [L("glrt-"), C("b64url", 20)], "read", "gitleaks `gitlab-runner-authentication-token`", None, "ops_salt_pillar_sls"),
    ("gitlab_deploy_token", FAM_DEV, [L("gldt-"), C("b64url", 20)], "read", "gitleaks `gitlab-deploy-token`", (["gitlab", "deploy", "token", "username"], [L("gitlab+deploy-token-"), C("digits", 4)]), "dev_spring_application_yml"),
    ("gitlab_pipeline_trigger_token", FAM_DEV, [L("glptt-"), C("hex", 40)], "read", "gitleaks `gitlab-ptt`", None, "ops_gh_secret_set_capture"),
    ("docker_hub_personal_access_token", FAM_DEV, [L("dckr_pat_"), C("b64url", 27)], "believed", "", (["docker", "hub", "username"], [L("crownband"), C("lower", 3)]), "ops_kubectl_create_secret_literal_capture"),
    ("pypi_upload_token", FAM_DEV, [L("pypi-AgEIcHlwaS5vcmc"), C("b64url", 140)], "read", "gitleaks `pypi-upload-token` (50-1000 after the head; 140 mine)", None, "dev_pypirc_file"),
    ("crates_io_api_token", FAM_DEV, [L("cio"), C("alnum", 32)], "believed", "", None, "dev_cargo_credentials_toml"),
    ("nuget_api_key", FAM_DEV, [L("oy2"), C("lower_alnum", 43)], "believed", "", None, "ops_gh_secret_set_capture"),
    ("sonarqube_user_token", FAM_DEV, [L("squ_"), C("hex", 40)], "read", "gitleaks `sonar-api-token`", None, "ops_helm_values_override_yaml"),
    ("netlify_personal_access_token", FAM_DEV, [L("nfp_"), C("alnum", 36)], "believed", "gitleaks `netlify-access-token` read (40-46 characters); the nfp_ head believed", None, "ops_wrangler_toml_vars"),
    ("fly_io_access_token", FAM_DEV, [L("fo1_"), C("b64url", 43)], "read", "gitleaks `flyio-access-token`", None, "ops_direnv_envrc_exports"),
    ("supabase_personal_access_token", FAM_DEV, [L("sbp_"), C("hex", 40)], "believed", "", None, "ops_vercel_env_pull_dotenv"),
    ("supabase_service_role_key", FAM_DEV, F("jwt_supabase"), "believed", "real HS256 JWT (payload iss, ref, role = service_role, iat, exp) under a discarded key", None, "ops_wrangler_toml_vars"),
    ("terraform_cloud_api_token", FAM_DEV, [C("alnum", 14), L(".atlasv1."), C("b64url", 67)], "read", "gitleaks `hashicorp-tf-api-token`", None, "ops_terraform_tfvars_file"),
    ("hashicorp_vault_service_token", FAM_DEV, [L("hvs."), C("b64url", 95)], "read", "gitleaks `vault-service-token` (90-120 after `hvs.`; 95 mine)", None, "ops_direnv_envrc_exports"),
    ("grafana_cloud_access_policy_token", FAM_DEV, F("grafana_glc"), "read", "gitleaks `grafana-cloud-api-token` (`glc_` + Base64); inner JSON {o, n, k, m.r} believed", None, "ops_helm_values_override_yaml"),
    ("grafana_service_account_token", FAM_DEV, [L("glsa_"), C("alnum", 32), L("_"), C("hex", 8)], "read", "gitleaks `grafana-service-account-token` (its CRC32 tail not computed)", None, "ops_helm_values_override_yaml"),
    ("new_relic_user_api_key", FAM_DEV, [L("NRAK-"), C("upper_alnum", 27)], "read", "gitleaks `new-relic-user-api-key`", None, "ops_supervisord_program_environment"),
    ("rollbar_project_access_token", FAM_DEV, [C("hex", 32)], "believed", "", None, "dev_spring_application_yml"),
    ("linear_api_key", FAM_DEV, [L("lin_api_"), C("alnum", 40)], "read", "gitleaks `linear-api-key`", None, "dev_postman_environment_json"),
    ("asana_personal_access_token", FAM_DEV, [L("2/"), C("digits", 16), L("/"), C("digits", 16), L(":"), C("hex", 32)], "believed", "", None, "dev_postman_environment_json"),
    ("trello_api_token", FAM_DEV, [L("ATTA"), C("hex", 64), C("uhex", 8)], "believed", "", (["trello", "api", "key"], [C("hex", 32)]), "dev_postman_environment_json"),
    ("atlassian_api_token", FAM_DEV, [L("ATATT3xFfGF0"), C("b64url", 171), L("="), C("uhex", 8)], "read", "gitleaks `atlassian-api-token` (186 after `ATATT3`); the xFfGF0 start and `=` + 8 hex tail believed", (["atlassian", "account", "email"], [F("email")]), "dev_postman_environment_json"),
    ("clickup_personal_api_token", FAM_DEV, [L("pk_"), C("digits", 8), L("_"), C("upper_alnum", 32)], "believed", "", None, "dev_postman_environment_json"),
    ("postman_api_key", FAM_DEV, [L("PMAK-"), C("hex", 24), L("-"), C("hex", 34)], "read", "gitleaks `postman-api-token`", None, "dev_postman_environment_json"),
    ("cloudflare_global_api_key", FAM_DEV, [C("hex", 37)], "read", "gitleaks `cloudflare-global-api-key`", (["cloudflare", "account", "email"], [F("email")]), "ops_terraform_tfvars_file"),
    ("vultr_api_key", FAM_DEV, [C("upper_alnum", 36)], "believed", "", None, "ops_terraform_tfvars_file"),
    ("ovhcloud_application_secret", FAM_DEV, [C("alnum", 32)], "believed", "", (["ovh", "application", "key"], [C("alnum", 16)]), "ops_pulumi_stack_config_yaml"),
    ("alibaba_cloud_access_key_secret", FAM_DEV, [C("alnum", 30)], "read", "gitleaks `alibaba-secret-key`", (["alibaba", "access", "key", "id"], [L("LTAI"), C("alnum", 20)]), "ops_pulumi_stack_config_yaml"),
    ("tailscale_auth_key", FAM_DEV, [L("tskey-auth-k"), C("alnum", 16), L("-"), C("alnum", 32)], "believed", "", None, "ops_salt_pillar_sls"),
    ("digitalocean_spaces_secret_key", FAM_DEV, F("b64std_32_nopad"), "believed", "standard Base64 of 32 random bytes without padding (43 characters)", (["spaces", "access", "key"], [L("DO00"), C("upper_alnum", 16)]), "ops_terraform_tfvars_file"),
    ("bitwarden_secrets_manager_access_token", FAM_DEV, F("bitwarden_sm"), "believed", "`0.` + UUIDv4 + `.` + 30 alphanumerics + `:` + standard Base64 of 16 bytes", None, "ops_kubectl_create_secret_literal_capture"),
    ("jfrog_identity_token", FAM_DEV, F("jfrog_reftkn"), "believed", "standard Base64 of `reftkn:01:` + 10-digit time + `:` + 27 alphanumerics (64 characters; gitleaks `jfrog-identity-token` read: 64 alphanumerics)", None, "dev_spring_application_yml"),
    ("harness_personal_access_token", FAM_DEV, [L("pat."), C("b64url", 22), L("."), C("alnum", 24), L("."), C("alnum", 20)], "read", "gitleaks `harness-api-key`", None, "ops_supervisord_program_environment"),
    ("octopus_deploy_api_key", FAM_DEV, [L("API-"), C("upper_alnum", 26)], "read", "gitleaks `octopus-deploy-api-key`", None, "dev_dotnet_user_secrets_json"),
    ("dynatrace_api_token", FAM_DEV, [L("dt0c01."), C("upper_alnum", 24), L("."), C("upper_alnum", 64)], "read", "gitleaks `dynatrace-api-token`", None, "ops_wrangler_toml_vars"),
    ("dropbox_short_lived_access_token", FAM_DEV, [L("sl."), C("b64url", 135)], "read", "gitleaks `dropbox-short-lived-api-token`", None, "dev_spring_application_yml"),
    ("wordpress_application_password", FAM_DEV, [C("alnum", 4), L(" "), C("alnum", 4), L(" "), C("alnum", 4), L(" "), C("alnum", 4), L(" "), C("alnum", 4), L(" "), C("alnum", 4)], "believed", "shown in six groups of four, as WordPress displays it", (["wordpress", "username"], [L("repairs-"), C("lower", 5)]), "office_firefox_logins_csv"),
    ("strapi_api_token", FAM_DEV, [C("hex", 256)], "believed", "", None, "ops_vercel_env_pull_dotenv"),
    ("hubspot_private_app_token", FAM_DEV, [L("pat-eu1-"), U4], "believed", "", None, "ops_supervisord_program_environment"),
    ("figma_personal_access_token", FAM_DEV, [L("figd_"), C("b64url", 40)], "believed", "", None, "office_discord_chat_export_json"),
    ("docusign_integration_secret_key", FAM_DEV, [U4], "believed", "", (["docusign", "integration", "key"], [U4]), "dev_dotnet_user_secrets_json"),
    ("imagekit_private_api_key", FAM_DEV, F("imagekit"), "believed", "`private_` + standard Base64 of 20 bytes (28 characters, one `=`)", None, "ops_wrangler_toml_vars"),
    ("vimeo_access_token", FAM_DEV, [C("hex", 32)], "believed", "", None, "ops_salt_pillar_sls"),
    ("ably_api_key", FAM_DEV, [C("b64url", 6), L("."), C("b64url", 6), L(":"), C("b64url", 43)], "believed", "app id + `.` + key id + `:` + key secret, labelled whole", None, "ops_direnv_envrc_exports"),
    ("pusher_channels_app_secret", FAM_DEV, [C("hex", 20)], "believed", "", (["pusher", "app", "key"], [C("hex", 20)]), "ops_supervisord_program_environment"),
    ("maxmind_license_key", FAM_DEV, [C("alnum", 6), L("_"), C("alnum", 29), L("_mmk")], "read", "gitleaks `maxmind-license-key`", (["maxmind", "account", "id"], [C("digits", 6)]), "ops_supervisord_program_environment"),
]
assert len(VENDORS) == 120, len(VENDORS)
VENDOR_INFO = {v[0]: v for v in VENDORS}

ENTRA_CHARS = ALNUM + "_~.-"
SPACE_TYPES = {"google_workspace_app_password", "wordpress_application_password"}


# ---------------------------------------------------------------------------
# generation and shape checking from the same spec
# ---------------------------------------------------------------------------
def _email(rng):
    p = rng.choice(PEOPLE)
    dom = rng.choice(["brimwell-millinery.example", "ferrulecanopy.example", "hoodandblock.example"])
    return "%s.%s@%s" % (p[0].lower(), p[1].lower(), dom)


def gen_parts(rng, parts):
    out = []
    for p in parts:
        if p[0] == "lit":
            out.append(p[1])
        elif p[0] == "cls":
            out.append(rstr(rng, CLASSES[p[1]], p[2]))
        elif p[0] == "cls_custom":
            out.append(rstr(rng, ENTRA_CHARS, p[2]))
        elif p[0] == "uuid":
            out.append(uuid4(rng))
        elif p[0] == "frame":
            out.append(gen_frame(rng, p[1]))
    return "".join(out)


def regex_parts(parts):
    out = []
    for p in parts:
        if p[0] == "lit":
            out.append(re.escape(p[1]))
        elif p[0] == "cls":
            out.append("[" + re.escape(CLASSES[p[1]]) + "]{%d}" % p[2])
        elif p[0] == "cls_custom":
            out.append("[" + re.escape(ENTRA_CHARS) + "]{%d}" % p[2])
        elif p[0] == "uuid":
            out.append("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
        else:
            raise ValueError("frame inside a parts list")
    return "^" + "".join(out) + "$"


def describe_parts(parts):
    out = []
    for p in parts:
        if p[0] == "lit":
            out.append("`%s`" % p[1] if p[1] != " " else "a space")
        elif p[0] == "cls":
            out.append("%d %s" % (p[2], CLASS_WORDS[p[1]]))
        elif p[0] == "cls_custom":
            out.append("%d of [A-Za-z0-9_~.-]" % p[2])
        elif p[0] == "uuid":
            out.append("UUIDv4")
    return " + ".join(out)


JWT_KEYS = {}


def gen_frame(rng, name):
    if name == "password":
        return password(rng, strict=False)
    if name == "email":
        return _email(rng)
    if name == "ip":
        return rng.choice(PRIVATE_IPS)
    if name == "jwt_calendly":
        key = rbytes(rng, 32)
        iat = 1740000000 + rng.randrange(0, 20000000)
        payload = {"iss": "https://auth.calendly.com", "iat": iat, "jti": uuid4(rng),
                   "user_uuid": uuid4(rng), "app_uid": rstr(rng, B64URL, 43), "scope": "default"}
        return jwt_hs256(key, {"kid": rstr(rng, HEX, 8), "typ": "PAT", "alg": "HS256"}, payload)
    if name == "jwt_supabase":
        key = rbytes(rng, 32)
        iat = 1730000000 + rng.randrange(0, 20000000)
        payload = {"iss": "supabase", "ref": rstr(rng, LOWER, 20), "role": "service_role", "iat": iat,
                   "exp": iat + 315360000}
        return jwt_hs256(key, {"alg": "HS256", "typ": "JWT"}, payload)
    if name == "discord_bot":
        snowflake = str(rng.randrange(10 ** 17, 2 * 10 ** 18))
        return b64u(snowflake.encode()) + "." + rstr(rng, B64URL, 6) + "." + rstr(rng, B64URL, 38)
    if name == "teams_webhook":
        return ("https://crownband.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s"
                % (uuid4(rng), uuid4(rng), rstr(rng, HEX, 32), uuid4(rng)))
    if name == "matrix_syt":
        local = rng.choice(["hire-bot", "workroom", "repairs-bot", "stocksync"])
        return "syt_" + b64u(local.encode()) + "_" + rstr(rng, ALNUM, 20) + "_" + rstr(rng, ALNUM, 6)
    if name == "grafana_glc":
        inner = {"o": str(rng.randrange(1000000, 9999999)), "n": "stack-%d-hire-metrics" % rng.randrange(100000, 999999),
                 "k": rstr(rng, ALNUM, 24), "m": {"r": "prod-gb-south-0"}}
        return "glc_" + base64.b64encode(json.dumps(inner, separators=(",", ":")).encode()).decode()
    if name == "b64std_32_nopad":
        return base64.b64encode(rbytes(rng, 32)).decode().rstrip("=")
    if name == "bitwarden_sm":
        return "0." + uuid4(rng) + "." + rstr(rng, ALNUM, 30) + ":" + base64.b64encode(rbytes(rng, 16)).decode()
    if name == "jfrog_reftkn":
        inner = "reftkn:01:%d:%s" % (rng.randrange(1800000000, 1999999999), rstr(rng, ALNUM, 27))
        return base64.b64encode(inner.encode()).decode()
    if name == "imagekit":
        return "private_" + base64.b64encode(rbytes(rng, 20)).decode()
    raise ValueError(name)


def check_frame(name, v):
    try:
        if name == "password":
            from common260 import PASSWORD_RE
            return bool(PASSWORD_RE.match(v))
        if name in ("jwt_calendly", "jwt_supabase"):
            if not jwt_frame_ok(v):
                return False
            pay = json.loads(b64u_dec(v.split(".")[1]))
            hdr = json.loads(b64u_dec(v.split(".")[0]))
            if hdr.get("alg") != "HS256":
                return False
            if name == "jwt_calendly":
                return set(pay) == {"iss", "iat", "jti", "user_uuid", "app_uid", "scope"}
            return pay.get("role") == "service_role" and set(pay) == {"iss", "ref", "role", "iat", "exp"}
        if name == "discord_bot":
            a, b, c = v.split(".")
            return b64u_dec(a).decode().isdigit() and len(b) == 6 and len(c) == 38 and \
                all(ch in B64URL for ch in b + c)
        if name == "teams_webhook":
            return bool(re.match(r"^https://crownband\.webhook\.office\.com/webhookb2/[0-9a-f-]{36}@[0-9a-f-]{36}"
                                 r"/IncomingWebhook/[0-9a-f]{32}/[0-9a-f-]{36}$", v))
        if name == "matrix_syt":
            m = re.match(r"^syt_([A-Za-z0-9_-]+?)_([A-Za-z0-9]{20})_([A-Za-z0-9]{6})$", v)
            return bool(m) and b64u_dec(m.group(1)).decode().isprintable()
        if name == "grafana_glc":
            inner = json.loads(base64.b64decode(v[4:], validate=True))
            return v.startswith("glc_") and set(inner) == {"o", "n", "k", "m"}
        if name == "b64std_32_nopad":
            return len(v) == 43 and len(base64.b64decode(v + "=", validate=True)) == 32
        if name == "bitwarden_sm":
            m = re.match(r"^0\.([0-9a-f-]{36})\.([A-Za-z0-9]{30}):([A-Za-z0-9+/]{22}==)$", v)
            return bool(m) and len(base64.b64decode(m.group(3))) == 16
        if name == "jfrog_reftkn":
            inner = base64.b64decode(v, validate=True).decode()
            return len(v) == 64 and bool(re.match(r"^reftkn:01:\d{10}:[A-Za-z0-9]{27}$", inner))
        if name == "imagekit":
            return v.startswith("private_") and len(base64.b64decode(v[8:], validate=True)) == 20
    except Exception:
        return False
    return False


def shape_ok(tname, v):
    parts = VENDOR_INFO[tname][2]
    if isinstance(parts, tuple) and parts[0] == "frame":
        return check_frame(parts[1], v)
    return bool(re.match(regex_parts(parts), v))


def shape_words(tname):
    parts = VENDOR_INFO[tname][2]
    if isinstance(parts, tuple):
        return {"password": "owner-chosen password", "jwt_calendly": "real HS256 JWT (header kid, typ PAT, alg; payload iss, iat, jti, user_uuid, app_uid, scope) under a discarded key",
                "jwt_supabase": "real HS256 JWT (payload iss = supabase, ref, role = service_role, iat, exp) under a discarded key",
                "discord_bot": "base64url of an 18-19 digit id + `.` + 6 + `.` + 38 base64url characters",
                "teams_webhook": "`https://crownband.webhook.office.com/webhookb2/` + UUIDv4 `@` UUIDv4 + `/IncomingWebhook/` + 32 hex + `/` + UUIDv4",
                "matrix_syt": "`syt_` + base64url local part + `_` + 20 alphanumerics + `_` + 6 alphanumerics",
                "grafana_glc": "`glc_` + standard Base64 of JSON {o, n, k, m: {r}}",
                "b64std_32_nopad": "standard Base64 of 32 random bytes without padding (43 characters)",
                "bitwarden_sm": "`0.` + UUIDv4 + `.` + 30 alphanumerics + `:` + standard Base64 of 16 bytes",
                "jfrog_reftkn": "standard Base64 of `reftkn:01:<10 digits>:<27 alphanumerics>` (64 characters)",
                "imagekit": "`private_` + standard Base64 of 20 random bytes"}[parts[1]]
    return describe_parts(parts)


# ---------------------------------------------------------------------------
# styles (containers)
# ---------------------------------------------------------------------------
STYLES = {}


def style(name, case, forbid, desc, parse=None):
    def deco(fn):
        STYLES[name] = {"name": name, "case": case, "forbid": forbid, "desc": desc, "render": fn, "parse": parse}
        return fn
    return deco


def _app(rng):
    return rng.choice(["hire-site", "repairs-api", "supplies-shop", "stock-sync", "booking", "blockfarm-queue"])


@style("ops_kubectl_create_secret_literal_capture", "upper", SHELL_BARE, "terminal capture of `kubectl create secret generic --from-literal`")
def _s1(rng, key, nb):
    app = _app(rng)
    extra = "" if nb is None else " \\\n    --from-literal=%s=%s" % nb
    return ("$ kubectl -n crownband create secret generic %s-env \\\n    --from-literal=%s=%s%s\nsecret/%s-env created\n"
            % (app, key, MARK, extra, app))


@style("ops_gh_secret_set_capture", "upper", QUOTE2 + "$`!", "terminal capture of `gh secret set` (value passed with --body)")
def _s2(rng, key, nb):
    repo = "crownband/" + _app(rng)
    pre = "" if nb is None else "$ gh variable set %s --repo %s --body \"%s\"\n✓ Created variable %s for %s\n" % (nb[0], repo, nb[1], nb[0], repo)
    return pre + ("$ gh secret set %s --repo %s --body \"%s\"\n✓ Set Actions secret %s for %s\n" % (key, repo, MARK, key, repo))


@style("ops_wrangler_toml_vars", "upper", QUOTE2, "Cloudflare `wrangler.toml` [vars] of a Worker", parse="toml")
def _s3(rng, key, nb):
    extra = "" if nb is None else "%s = \"%s\"\n" % nb
    return ("name = \"%s-edge\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2025-04-01\"\n\n[vars]\nSHOP = \"hoodandblock\"\n%s%s = \"%s\"\n"
            % (_app(rng), extra, key, MARK))


@style("ops_vercel_env_pull_dotenv", "upper", QUOTE2 + "$`", "`.env.local` written by `vercel env pull`")
def _s4(rng, key, nb):
    extra = "" if nb is None else "%s=\"%s\"\n" % nb
    return ("# Created by Vercel CLI\nVERCEL=\"1\"\nVERCEL_ENV=\"development\"\n%s%s=\"%s\"\n" % (extra, key, MARK))


@style("ops_supervisord_program_environment", "upper", QUOTE2 + "%,", "supervisord program section with an environment= line")
def _s5(rng, key, nb):
    app = _app(rng)
    env = ("%s=\"%s\"," % nb if nb else "") + "%s=\"%s\",APP_ENV=\"prod\"" % (key, MARK)
    return ("[program:%s]\ncommand=/srv/%s/bin/run\nuser=%s\nautorestart=true\nenvironment=%s\n" % (app, app, app.replace("-", ""), env))


@style("ops_helm_values_override_yaml", "camel", QUOTE2, "Helm values-prod.yaml override")
def _s6(rng, key, nb):
    extra = "" if nb is None else "  %s: \"%s\"\n" % nb
    return ("replicaCount: 2\nimage:\n  repository: registry.crownband.example/%s\n  tag: \"1.%d.0\"\nenv:\n%s  %s: \"%s\"\n"
            % (_app(rng), rng.randrange(2, 30), extra, key, MARK))


@style("ops_terraform_tfvars_file", "snake", QUOTE2 + "$%", "`terraform.tfvars` of the shop infrastructure")
def _s7(rng, key, nb):
    extra = "" if nb is None else "%s = \"%s\"\n" % nb
    return ("region      = \"fra1\"\nenvironment = \"prod\"\n%s%s = \"%s\"\n" % (extra, key, MARK))


@style("ops_pulumi_stack_config_yaml", "camel", QUOTE2, "`Pulumi.prod.yaml` stack config with plain (not --secret) values")
def _s8(rng, key, nb):
    ns = "crownband-" + _app(rng)
    extra = "" if nb is None else "  %s:%s: \"%s\"\n" % (ns, nb[0], nb[1])
    return ("config:\n  aws:region: eu-west-2\n%s  %s:%s: \"%s\"\n" % (extra, ns, key, MARK))


@style("ops_salt_pillar_sls", "snake", QUOTE1, "SaltStack pillar `.sls` file")
def _s9(rng, key, nb):
    extra = "" if nb is None else "  %s: '%s'\n" % nb
    return ("# pillar/crownband/%s.sls\ncrownband:\n  env: prod\n%s  %s: '%s'\n" % (_app(rng), extra, key, MARK))


@style("ops_direnv_envrc_exports", "upper", "'", "direnv `.envrc` with export lines")
def _s10(rng, key, nb):
    extra = "" if nb is None else "export %s='%s'\n" % nb
    return ("# .envrc - direnv allow after edits\nuse nix\nexport APP_ENV=dev\n%sexport %s='%s'\n" % (extra, key, MARK))


@style("dev_dotnet_user_secrets_json", "pascal", QUOTE2, ".NET user-secrets `secrets.json` (Section:Key)", parse="json")
def _s11(rng, key, nb):
    d = {"ConnectionStrings:Shop": "Server=%s;Database=hire" % rng.choice(PRIVATE_IPS)}
    if nb:
        d["Crownband:" + nb[0]] = nb[1]
    d["Crownband:" + key] = MARK
    return json.dumps(d, ensure_ascii=False, indent=2) + "\n"


@style("dev_spring_application_yml", "kebab", QUOTE2 + "$", "Spring Boot `application-prod.yml`")
def _s12(rng, key, nb):
    extra = "" if nb is None else "    %s: \"%s\"\n" % nb
    return ("spring:\n  application:\n    name: %s\ncrownband:\n  integrations:\n%s    %s: \"%s\"\n" % (_app(rng), extra, key, MARK))


@style("dev_postman_environment_json", "camel", QUOTE2, "Postman environment export (value type default)", parse="json")
def _s13(rng, key, nb):
    vals = [{"key": "baseUrl", "value": "https://api.crownband.example", "type": "default", "enabled": True}]
    if nb:
        vals.append({"key": nb[0], "value": nb[1], "type": "default", "enabled": True})
    vals.append({"key": key, "value": MARK, "type": "default", "enabled": True})
    d = {"id": uuid4(rng), "name": "prod", "values": vals, "_postman_variable_scope": "environment"}
    return json.dumps(d, ensure_ascii=False, indent=2) + "\n"


@style("dev_pypirc_file", "native", " ", "`~/.pypirc` of the stock-sync package maintainer (native keys)")
def _s14(rng, key, nb):
    return "[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = %s\n" % MARK


@style("dev_cargo_credentials_toml", "native", QUOTE2, "`~/.cargo/credentials.toml` (native key)", parse="toml")
def _s15(rng, key, nb):
    return "[registry]\ntoken = \"%s\"\n" % MARK


SITE = {
    "british_hat_guild_members_area_password": "members.britishhatguild.example/login",
    "macculloch_wallis_trade_account_password": "trade.maccullochwallis.example/account",
    "ankorstore_brand_account_password": "brands.ankorstore.example/login",
    "wordpress_application_password": "repairs.ferrulecanopy.example/wp-admin",
    "fulton_umbrellas_trade_portal_password": "trade.fultonumbrellas.example/login",
    "not_on_the_high_street_partner_portal_password": "partners.notonthehighstreet.example/login",
    "faire_brand_portal_password": "brand.faire.example/login",
}


def _title(tname):
    return keyname(tname.split("_"), "title")


@style("office_bitwarden_json_export", "title", QUOTE2, "Bitwarden unencrypted JSON export item", parse="json")
def _s16(rng, key, nb):
    item = {"id": uuid4(rng), "folderId": None, "type": 1, "name": key, "notes": None,
            "login": {"uris": [{"match": None, "uri": "https://" + SITE[key.lower().replace(" ", "_")]}],
                      "username": nb[1] if nb else "", "password": MARK, "totp": None}}
    d = {"encrypted": False, "folders": [], "items": [item]}
    return json.dumps(d, ensure_ascii=False, indent=2) + "\n"


@style("office_firefox_logins_csv", "native", "\"", "Firefox `logins.csv` export (url, username and password columns)")
def _s17(rng, key, nb):
    host = SITE[key].split("/")[0]
    t = 1700000000000 + rng.randrange(0, 10 ** 10)
    return ("\"url\",\"username\",\"password\",\"httpRealm\",\"formActionOrigin\",\"guid\",\"timeCreated\",\"timeLastUsed\",\"timePasswordChanged\"\n"
            "\"https://%s\",\"%s\",\"%s\",,\"https://%s\",\"{%s}\",\"%d\",\"%d\",\"%d\"\n"
            % (host, nb[1] if nb else "", MARK, host, uuid4(rng), t, t + 5000, t))


@style("office_teams_chat_html_export", "spaced", XML_TEXT, "Microsoft Teams chat exported as HTML")
def _s18(rng, key, nb):
    a, b = rng.sample(PEOPLE, 2)
    nbtxt = "" if nb is None else " (%s %s)" % (nb[0], nb[1])
    return ("<div class=\"message\"><span class=\"author\">%s %s</span> <span class=\"time\">09:%02d</span>\n"
            "<p>can you log in to the %s for me%s</p></div>\n"
            "<div class=\"message\"><span class=\"author\">%s %s</span> <span class=\"time\">09:%02d</span>\n"
            "<p>%s is %s</p></div>\n" % (a[0], a[1], rng.randrange(0, 50), key.replace(" password", "").replace(" token", ""),
                                          nbtxt, b[0], b[1], rng.randrange(50, 60), key, MARK))


@style("office_eml_forwarded_message", "spaced", "", "e-mail (.eml) forwarded inside the office")
def _s19(rng, key, nb):
    a, b = rng.sample(PEOPLE, 2)
    nbline = "" if nb is None else "%s: %s\n" % nb
    return ("From: %s %s <%s@brimwell-millinery.example>\nTo: %s %s <%s@brimwell-millinery.example>\n"
            "Subject: Fwd: logins for while I'm away\nDate: Tue, %d Jun 2025 08:%02d:00 +0100\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\n\nHi %s,\n\n%s%s: %s\n\nPlease bin this once you've saved it.\n%s\n"
            % (a[0], a[1], a[2], b[0], b[1], b[2], rng.randrange(2, 28), rng.randrange(0, 60), b[0], nbline, key, MARK, a[0]))


@style("office_discord_chat_export_json", "spaced", QUOTE2, "DiscordChatExporter JSON of the staff server", parse="json")
def _s20(rng, key, nb):
    a = rng.choice(PEOPLE)
    day = rng.randrange(1, 28)
    msgs = []
    if nb:
        msgs.append({"id": str(rng.randrange(10 ** 17, 10 ** 18)), "timestamp": "2025-05-%02dT10:12:00+00:00" % day,
                     "author": {"name": a[2]}, "content": "%s %s" % nb})
    msgs.append({"id": str(rng.randrange(10 ** 17, 10 ** 18)), "timestamp": "2025-05-%02dT10:13:00+00:00" % day,
                 "author": {"name": a[2]}, "content": "%s %s" % (key, MARK)})
    d = {"guild": {"name": "Brimwell staff"}, "channel": {"name": "workroom"}, "messages": msgs}
    return json.dumps(d, ensure_ascii=False, indent=2) + "\n"


@style("iot_openhab_services_cfg", "snake", " \t#\\", "openHAB `services/*.cfg` (pid:property=value)")
def _s21(rng, key, nb):
    pid = rng.choice(["org.openhab.blockfarm", "org.openhab.feltstore", "org.openhab.workroom"])
    extra = "" if nb is None else "%s:%s=%s\n" % (pid, nb[0], nb[1])
    return ("# %s.cfg\n%s:refresh=60\n%s%s:%s=%s\n" % (pid.split(".")[-1], pid, extra, pid, key, MARK))


def build(reg):
    rng = random.Random(SEED_VALUES)
    recs = []
    for tname, fam, parts, src, note, nbspec, sname in VENDORS:
        st = STYLES[sname]
        allow_space = tname in SPACE_TYPES
        if isinstance(parts, tuple):
            gen = (lambda p=parts: gen_frame(rng, p[1]))
        else:
            gen = (lambda p=parts: gen_parts(rng, p))
        value = reg.draw(gen, ok=lambda v: clean_for(v, st["forbid"], allow_space=allow_space))
        nb = None
        if nbspec:
            nbval = reg.draw(lambda: gen_parts(rng, nbspec[1]), ok=lambda v: clean_for(v, st["forbid"]))
            nbkey = keyname(nbspec[0], st["case"]) if st["case"] != "native" else " ".join(nbspec[0])
            nb = (nbkey, nbval)
        if st["case"] == "native":
            key = tname
        elif st["case"] == "title":
            key = _title(tname)
        else:
            key = keyname(tname.split("_"), st["case"])
        tpl = st["render"](rng, key, nb)
        text, s, e = place(tpl, value)
        recs.append({"type": tname, "container": tname + "__" + sname, "text": text,
                     "secrets": [{"value": value, "start": s, "end": e, "type": tname}], "source": "vendor"})
    return recs
