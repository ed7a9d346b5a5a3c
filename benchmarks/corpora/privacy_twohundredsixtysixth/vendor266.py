"""Vendor source: one record per vendor type, in a container typical of
where that key lives, with the public half of a pair written next to it."""
import base64
import json
import random
import re

import common266 as C
import world266 as W

MK = "\u2063VALUE\u2063"
SEED = 26602
SEED_HS = 26622

# spec items: "literal" | (alphabet, n) | ("uuid",) | ("uuidU",) | special names
PW = ["pw"]


def U():
    return [("uuid",)]


# (type, group, spec, source, note, neighbour (label, spec) or None, style, display)
G_TRADE = "Trade portals and devices of lighthouse keepers, lightship museums and coastal-signal restorers (owner-chosen logins)"
G_DATA = "Maritime, tide, weather, ticketing, holiday-let and charity services"
G_SHOP = "Shop, payments, shipping and e-mail"
G_MSG = "Messaging and notifications"
G_AI = "AI services"
G_DEV = "Developer services"
G_OPS = "Cloud, monitoring and device platforms"

VENDORS = [
    # ---- trade portals and devices (owner-chosen)
    ("alk_member_portal_password", G_TRADE, PW, "owner", "", ("membership number", [("fmt", "ALK-%05d")]), "office_lastpass_csv_export", ("Association of Lighthouse Keepers - members' area", "https://members.alk.example")),
    ("trinity_house_local_aton_portal_password", G_TRADE, PW, "owner", "", ("local lighthouse authority reference", [("fmt", "LLA-%04d")]), "office_onepassword_1pux_export_data", ("Trinity House - local aids to navigation returns", "https://aton-returns.trinityhouse.example")),
    ("northern_lighthouse_board_contractor_portal_password", G_TRADE, PW, "owner", "", ("contractor id", [("fmt", "NLB-C%04d")]), "office_proton_pass_csv_export", ("Northern Lighthouse Board contractor portal", "https://contractors.nlb.example")),
    ("irish_lights_supplier_portal_password", G_TRADE, PW, "owner", "", ("supplier number", [("fmt", "CIL%06d")]), "office_lastpass_csv_export", ("Commissioners of Irish Lights supplier portal", "https://suppliers.irishlights.example")),
    ("national_historic_ships_register_password", G_TRADE, PW, "owner", "", ("login email", [("email", "lv72museum.example")]), "office_whatsapp_chat_export_txt", ("National Historic Ships UK register", "https://register.nationalhistoricships.example")),
    ("heritage_fund_grants_portal_password", G_TRADE, PW, "owner", "", ("application reference", [("fmt", "NL-%02d-%05d")]), "office_trello_card_comment_json", ("National Lottery Heritage Fund grants portal", "https://grants.heritagefund.example")),
    ("arts_council_accreditation_portal_password", G_TRADE, PW, "owner", "", ("museum id", [("fmt", "ACC%05d")]), "office_onepassword_1pux_export_data", ("Arts Council museum accreditation portal", "https://accreditation.artscouncil.example")),
    ("axiell_collections_user_password", G_TRADE, PW, "owner", "", ("user name", [("user",)]), "office_proton_pass_csv_export", ("Axiell Collections (hosted)", "https://tregarrow.axiell-hosted.example")),
    ("ehive_account_password", G_TRADE, PW, "owner", "", ("account email", [("email", "tregarrowlight.example")]), "office_zoom_meeting_chat_txt", ("eHive collection account", "https://ehive.example")),
    ("sabik_led_lantern_web_password", G_TRADE, PW, "owner", "", ("lantern address", [("ip",)]), "office_whatsapp_chat_export_txt", ("Sabik LED lantern web configurator", "")),
    ("victron_cerbo_gx_remote_console_password", G_TRADE, PW, "owner", "", ("gx address", [("ip",)]), "office_zoom_meeting_chat_txt", ("Victron Cerbo GX remote console", "")),
    ("teltonika_rut_router_admin_password", G_TRADE, PW, "owner", "", ("router address", [("ip",)]), "office_trello_card_comment_json", ("Teltonika RUT241 router on LV72", "")),
    ("axis_gallery_camera_root_password", G_TRADE, PW, "owner", "", ("camera address", [("ip",)]), "office_lastpass_csv_export", ("Axis camera, east gallery", "http://10.47.5.31")),
    ("rockblock_core_account_password", G_TRADE, PW, "owner", "", ("account username", [("user",)]), "office_onepassword_1pux_export_data", ("RockBLOCK (Ground Control) core account", "https://rockblock.groundcontrol.example")),
    ("sykes_cottages_owner_portal_password", G_TRADE, PW, "owner", "", ("owner number", [("fmt", "OWN%06d")]), "office_proton_pass_csv_export", ("Sykes Cottages owner portal", "https://owners.sykescottages.example")),
    # ---- maritime, tide, weather, ticketing, lets, charity
    ("marinetraffic_api_key", G_DATA, [("hex", 40)], "believed", "", None, "dev_vscode_rest_client_http_file", None),
    ("vesselfinder_api_userkey", G_DATA, ["WS-", ("digits", 8), "-", ("hex", 6)], "guessed", "", None, "iot_signalk_plugin_config_json", None),
    ("admiralty_tidal_api_subscription_key", G_DATA, [("hex", 32)], "believed", "Azure API Management subscription key", None, "ops_helm_get_values_capture", None),
    ("worldtides_api_key", G_DATA, U(), "guessed", "", None, "iot_signalk_plugin_config_json", None),
    ("stormglass_api_key", G_DATA, [("uuid",), "-", ("uuid",)], "read", "Kingfisher stormglass (73 of [0-9A-Za-z-]; two UUIDv4 joined by - mine)", None, "iot_weewx_conf_restful_stanza", None),
    ("met_office_wow_site_authentication_key", G_DATA, [("digits", 6)], "believed", "a six-digit number the site owner sets", ("site id", [("uuid",)]), "iot_weewx_conf_restful_stanza", None),
    ("weatherbit_api_key", G_DATA, [("lalnum", 32)], "read", "Kingfisher weatherbit", None, "iot_weewx_conf_restful_stanza", None),
    ("weatherstack_access_key", G_DATA, [("hex", 32)], "read", "Kingfisher weatherstack (32 of [0-9a-z]; hex believed)", None, "iot_telegraf_conf_plugin", None),
    ("worldweatheronline_api_key", G_DATA, [("lalnum", 31)], "read", "Kingfisher worldweather", None, "iot_telegraf_conf_plugin", None),
    ("tomorrow_io_api_key", G_DATA, [("alnum", 32)], "believed", "", None, "iot_weewx_conf_restful_stanza", None),
    ("opencage_geocoder_api_key", G_DATA, [("hex", 32)], "read", "Kingfisher opencagedata (32 of [a-z0-9]; hex believed)", None, "ops_pm2_ecosystem_config_js", None),
    ("lodgify_api_key", G_DATA, [("b64", 64)], "guessed", "", None, "ops_salt_pillar_sls", None),
    ("hostaway_api_client_secret", G_DATA, [("hex", 64)], "guessed", "", ("account id", [("digits", 5)]), "ops_sops_decrypt_capture", None),
    ("guesty_open_api_client_secret", G_DATA, [("b64u", 64)], "guessed", "", ("client id", ["0oa", ("alnum", 17)]), "ops_terraform_tfvars_file", None),
    ("donorfy_api_key", G_DATA, [("ualnum", 32)], "guessed", "", ("tenant code", [("fmt", "LV%04d")]), "ops_gitlab_ci_variables_block", None),
    ("beacon_crm_api_key", G_DATA, [("hex", 64)], "guessed", "", None, "ops_pulumi_stack_config_yaml", None),
    # ---- shop, payments, shipping, e-mail
    ("square_production_access_token", G_SHOP, ["EAAA", ("b64u", 60)], "read", "gitleaks square-access-token, Kingfisher square", None, "ops_podman_quadlet_container_file", None),
    ("paypal_rest_client_secret", G_SHOP, ["E", ("b64u", 79)], "read", "Kingfisher paypal (44-80 of [a-z0-9_.-]; the E head and 80 believed)", ("client id", ["A", ("b64u", 79)]), "ops_pm2_ecosystem_config_js", None),
    ("stripe_webhook_signing_secret", G_SHOP, ["whsec_", ("alnum", 32)], "believed", "", None, "ops_podman_quadlet_container_file", None),
    ("woocommerce_rest_consumer_secret", G_SHOP, ["cs_", ("hex", 40)], "believed", "", ("consumer key", ["ck_", ("hex", 40)]), "dev_thunder_client_environment_json", None),
    ("shopify_custom_app_shpca_token", G_SHOP, ["shpca_", ("hex", 32)], "read", "gitleaks shopify-custom-access-token", None, "ops_azure_pipelines_variables_yml", None),
    ("shippo_live_api_token", G_SHOP, ["shippo_live_", ("hex", 40)], "read", "gitleaks shippo-api-token", None, "ops_supervisord_program_conf", None),
    ("easypost_production_api_key", G_SHOP, ["EZAK", ("alnum", 54)], "read", "gitleaks easypost-api-token", None, "ops_gitlab_ci_variables_block", None),
    ("sendgrid_api_key", G_SHOP, ["SG.", ("b64u", 22), ".", ("b64u", 43)], "read", "gitleaks sendgrid-api-token (66 after SG.; the 22 + . + 43 split believed)", None, "ops_podman_quadlet_container_file", None),
    ("mailjet_api_secret", G_SHOP, [("hex", 32)], "believed", "", ("api key", [("hex", 32)]), "ops_sops_decrypt_capture", None),
    ("mailerlite_api_token", G_SHOP, [("lalnum", 32)], "read", "Kingfisher mailerlite", None, "ops_helm_get_values_capture", None),
    ("elasticemail_api_key", G_SHOP, [("HEX", 96)], "read", "Kingfisher elasticemail (96 of [A-Za-z0-9_-]; upper-case hex mine)", None, "ops_azure_pipelines_variables_yml", None),
    ("sparkpost_api_key", G_SHOP, [("hex", 40)], "read", "Kingfisher sparkpost (40 alphanumerics; hex believed)", None, "ops_salt_pillar_sls", None),
    ("convertkit_api_key", G_SHOP, [("w", 22)], "read", "Kingfisher convertkit", None, "ops_pulumi_stack_config_yaml", None),
    ("resend_api_key", G_SHOP, ["re_", ("alnum", 8), "_", ("alnum", 24)], "believed", "", None, "dev_nushell_history_txt", None),
    # ---- messaging
    ("whatsapp_cloud_api_system_user_token", G_MSG, ["EAAM", ("alnum", 180)], "read", "gitleaks facebook-page-access-token (EAA[MC] + 100 or more; 180 mine)", None, "ops_helm_get_values_capture", None),
    ("vonage_api_secret", G_MSG, [("alnum", 16)], "believed", "", ("api key", [("hex", 8)]), "ops_supervisord_program_conf", None),
    ("clicksend_api_key", G_MSG, [("uuidU",)], "guessed", "", ("username", [("email", "lv72museum.example")]), "ops_sops_decrypt_capture", None),
    ("ntfy_access_token", G_MSG, ["tk_", ("lalnum", 29)], "believed", "", None, "iot_balena_envs_capture", None),
    ("rocketchat_personal_access_token", G_MSG, [("b64u", 43)], "believed", "", ("user id", [("alnum", 17)]), "dev_vscode_rest_client_http_file", None),
    ("microsoft_teams_incoming_webhook_url", G_MSG, ["teams"], "read", "gitleaks microsoft-teams-webhook (whole URL labelled; UUIDs v4 mine)", None, "ops_azure_pipelines_variables_yml", None),
    ("line_messaging_channel_access_token", G_MSG, [("b64", 172)], "read", "Kingfisher line (171-172 of [A-Za-z0-9+/])", None, "ops_terraform_tfvars_file", None),
    ("pushbullet_access_token", G_MSG, ["o.", ("alnum", 32)], "read", "Kingfisher pushbullet (34 of [A-Za-z0-9_.]; the o. head believed)", None, "iot_balena_envs_capture", None),
    ("onesignal_rest_api_key", G_MSG, U(), "read", "Kingfisher onesignal (UUID shape; v4 mine)", None, "ops_pulumi_stack_config_yaml", None),
    ("telnyx_api_key", G_MSG, ["KEY", ("b64u", 55)], "read", "Kingfisher telnyx", None, "dev_vscode_launch_env_json", None),
    ("sendbird_api_token", G_MSG, [("hex", 40)], "read", "gitleaks sendbird-access-token", None, "ops_terraform_plan_capture", None),
    # ---- AI
    ("mistral_api_key", G_AI, [("alnum", 32)], "believed", "", None, "dev_jupyter_notebook_cell_ipynb", None),
    ("cohere_api_key", G_AI, [("alnum", 40)], "read", "gitleaks cohere-api-token", None, "dev_jupyter_notebook_cell_ipynb", None),
    ("deepseek_api_key", G_AI, ["sk-", ("hex", 32)], "believed", "", None, "dev_nushell_history_txt", None),
    ("xai_api_key", G_AI, ["xai-", ("w", 80)], "read", "Kingfisher xai", None, "dev_vscode_launch_env_json", None),
    ("openrouter_api_key", G_AI, ["sk-or-v1-", ("hex", 64)], "believed", "", None, "dev_nushell_history_txt", None),
    ("elevenlabs_api_key", G_AI, ["sk_", ("hex", 48)], "read", "Kingfisher elevenlabs", None, "ops_pm2_ecosystem_config_js", None),
    ("assemblyai_api_key", G_AI, [("hex", 32)], "read", "Kingfisher assemblyai (32 of [0-9a-z]; hex believed)", None, "dev_jupyter_notebook_cell_ipynb", None),
    ("deepgram_api_key", G_AI, [("hex", 40)], "read", "Kingfisher deepgram (40 of [0-9a-z]; hex believed)", None, "ops_supervisord_program_conf", None),
    ("azure_openai_api_key", G_AI, [("hex", 32)], "read", "Kingfisher azureopenai", None, "dev_vscode_launch_env_json", None),
    ("anthropic_admin_api_key", G_AI, ["sk-ant-admin01-", ("b64u", 93), "AA"], "read", "gitleaks anthropic-admin-api-key", None, "ops_sops_decrypt_capture", None),
    ("wandb_api_key", G_AI, [("hex", 40)], "read", "Kingfisher weightsandbiases", None, "dev_jupyter_notebook_cell_ipynb", None),
    ("nvidia_nim_api_key", G_AI, ["nvapi-", ("b64u", 64)], "read", "Kingfisher nvapi (64 of [A-Za-z0-9_-]; the nvapi- head believed)", None, "dev_nushell_history_txt", None),
    ("aws_bedrock_long_lived_api_key", G_AI, ["bedrock"], "read", "gitleaks aws-amazon-bedrock-api-key-long-lived (ABSK + Base64; body mine)", None, "ops_terraform_tfvars_file", None),
    ("huggingface_org_api_token", G_AI, ["api_org_", ("letters", 34)], "read", "gitleaks huggingface-organization-api-token", None, "dev_jupyter_notebook_cell_ipynb", None),
    ("clarifai_personal_access_token", G_AI, [("hex", 32)], "read", "Kingfisher clarifai (32 alphanumerics; hex believed)", None, "dev_vscode_launch_env_json", None),
    ("tavily_api_key", G_AI, ["tvly-", ("alnum", 32)], "believed", "", None, "dev_nushell_history_txt", None),
    ("firecrawl_api_key", G_AI, ["fc-", ("hex", 32)], "believed", "", None, "dev_jupyter_notebook_cell_ipynb", None),
    ("serpapi_api_key", G_AI, [("hex", 64)], "believed", "", None, "dev_vscode_launch_env_json", None),
    # ---- developer
    ("github_classic_personal_access_token", G_DEV, ["ghp_", ("alnum", 36)], "read", "gitleaks github-pat", None, "dev_gh_hosts_yml", None),
    ("github_app_installation_token", G_DEV, ["ghs_", ("alnum", 36)], "read", "gitleaks github-app-token", None, "ops_gitlab_ci_variables_block", None),
    ("gitlab_deploy_token", G_DEV, ["gldt-", ("b64u", 20)], "read", "gitleaks gitlab-deploy-token", ("deploy token username", [("fmt", "gitlab+deploy-token-%d")]), "ops_azure_pipelines_variables_yml", None),
    ("gitlab_pipeline_trigger_token", G_DEV, ["glptt-", ("hex", 40)], "read", "gitleaks gitlab-ptt", None, "ops_terraform_plan_capture", None),
    ("atlassian_api_token", G_DEV, ["ATATT3", ("b64u", 177), "=", ("HEX", 8)], "read", "gitleaks atlassian-api-token (ATATT3 + 186; the = + 8 hex tail believed)", ("account email", [("email", "lampwick.example")]), "dev_vscode_rest_client_http_file", None),
    ("docker_hub_personal_access_token", G_DEV, ["dckr_pat_", ("b64u", 27)], "read", "Kingfisher dockerhub", ("docker id", [("user",)]), "ops_gitlab_ci_variables_block", None),
    ("pypi_upload_token", G_DEV, ["pypi"], "read", "gitleaks pypi-upload-token (pypi-AgEIcHlwaS5vcmc prefix); the macaroon frame believed", None, "dev_pypirc_file", None),
    ("terraform_cloud_api_token", G_DEV, [("lalnum", 14), ".atlasv1.", ("b64u", 67)], "read", "gitleaks hashicorp-tf-api-token", None, "dev_terraformrc_credentials", None),
    ("vault_hvs_service_token", G_DEV, ["hvs.", ("b64u", 91)], "read", "gitleaks vault-service-token", None, "dev_vault_token_file", None),
    ("postman_api_key", G_DEV, ["PMAK-", ("hex", 24), "-", ("hex", 34)], "read", "gitleaks postman-api-token", None, "dev_vscode_launch_env_json", None),
    ("linear_api_key", G_DEV, ["lin_api_", ("alnum", 40)], "read", "gitleaks linear-api-key", None, "dev_nushell_history_txt", None),
    ("figma_personal_access_token", G_DEV, ["figd_", ("b64u", 40)], "read", "Kingfisher figma", None, "dev_vscode_rest_client_http_file", None),
    ("asana_personal_access_token", G_DEV, ["2/", ("digits", 16), "/", ("digits", 16), ":", ("hex", 32)], "believed", "", None, "dev_thunder_client_environment_json", None),
    ("clickup_personal_api_token", G_DEV, ["pk_", ("digits", 8), "_", ("ualnum", 32)], "read", "Kingfisher clickup", None, "dev_thunder_client_environment_json", None),
    ("todoist_api_token", G_DEV, [("hex", 40)], "read", "Kingfisher todoist (40 of [0-9a-z]; hex believed)", None, "dev_thunder_client_environment_json", None),
    ("trello_api_token", G_DEV, ["ATTA", ("hex", 64), ("HEX", 8)], "believed", "", ("api key", [("hex", 32)]), "dev_thunder_client_environment_json", None),
    ("sentry_org_auth_token", G_DEV, ["sentry"], "read", "gitleaks sentry-org-token (sntrys_ + Base64 JSON with iat and region_url + _ + 43)", None, "dev_sentryclirc_file", None),
    ("grafana_cloud_access_policy_token", G_DEV, ["grafana"], "read", "gitleaks grafana-cloud-api-token (glc_ + Base64; the JSON keys believed)", None, "iot_telegraf_conf_plugin", None),
    ("grafana_service_account_token", G_DEV, ["glsa_", ("alnum", 32), "_", ("hex", 8)], "read", "gitleaks grafana-service-account-token (the 8-hex tail is random here, not a checksum)", None, "ops_helm_get_values_capture", None),
    ("netlify_personal_access_token", G_DEV, ["nfp_", ("alnum", 40)], "believed", "", None, "ops_gitlab_ci_variables_block", None),
    ("supabase_service_role_key", G_DEV, ["supabase"], "believed", "", None, "ops_pm2_ecosystem_config_js", None),
    ("supabase_management_access_token", G_DEV, ["sbp_", ("hex", 40)], "believed", "", None, "ops_terraform_plan_capture", None),
    ("ngrok_authtoken", G_DEV, [("alnum", 27), "_", ("digits", 1), ("alnum", 20)], "read", "Kingfisher ngrok", None, "dev_ngrok_yml", None),
    ("fastly_api_token", G_DEV, [("b64u", 32)], "read", "gitleaks fastly-api-token", None, "ops_terraform_tfvars_file", None),
    ("launchdarkly_sdk_key", G_DEV, ["sdk-", ("uuid",)], "read", "gitleaks launchdarkly-access-token (40 of [a-z0-9=_-]; the sdk- + UUID layout believed)", None, "ops_helm_get_values_capture", None),
    ("typeform_personal_access_token", G_DEV, ["tfp_", ("b64u", 44), "_", ("b64u", 14)], "read", "gitleaks typeform-api-token (tfp_ + 59)", None, "dev_thunder_client_environment_json", None),
    ("mapbox_secret_access_token", G_DEV, ["mapbox"], "read", "Kingfisher mapbox (sk. + Base64 + . + 20-30); the JSON body believed", None, "ops_pulumi_stack_config_yaml", None),
    ("readme_api_key", G_DEV, ["rdme_", ("lalnum", 70)], "read", "gitleaks readme-api-token", None, "dev_vscode_rest_client_http_file", None),
    ("sonarqube_project_analysis_token", G_DEV, ["sqp_", ("hex", 40)], "read", "gitleaks sonar-api-token", None, "ops_azure_pipelines_variables_yml", None),
    # ---- cloud, monitoring and device platforms
    ("azure_ad_client_secret", G_OPS, [("alnum", 3), "8Q~", ("azs", 34)], "read", "gitleaks azure-ad-client-secret", ("client id", [("uuid",)]), "ops_terraform_tfvars_file", None),
    ("vultr_api_key", G_OPS, [("ualnum", 36)], "read", "Kingfisher vultrapikey", None, "ops_terraform_tfvars_file", None),
    ("ovh_application_secret", G_OPS, [("alnum", 32)], "believed", "", ("application key", [("alnum", 16)]), "ops_salt_pillar_sls", None),
    ("cloudflare_r2_secret_access_key", G_OPS, [("hex", 64)], "believed", "", ("access key id", [("hex", 32)]), "ops_sops_decrypt_capture", None),
    ("aiven_api_token", G_OPS, ["aiven"], "read", "Kingfisher aiven (372 of [a-z0-9/+=]; Base64 of 279 bytes mine)", None, "ops_pulumi_stack_config_yaml", None),
    ("betterstack_uptime_api_token", G_OPS, [("alnum", 24)], "read", "Kingfisher betterstack", None, "iot_telegraf_conf_plugin", None),
    ("healthchecks_io_api_key", G_OPS, [("alnum", 32)], "believed", "", None, "iot_balena_envs_capture", None),
    ("opsgenie_api_key", G_OPS, U(), "read", "Kingfisher opsgenie (UUID shape; v4 mine)", None, "ops_caddyfile_header_directive", None),
    ("particle_io_access_token", G_OPS, [("hex", 40)], "read", "Kingfisher particle.io (40 alphanumerics; hex believed)", None, "iot_balena_envs_capture", None),
    ("blynk_device_auth_token", G_OPS, [("b64u", 32)], "read", "Kingfisher blynk", None, "iot_signalk_plugin_config_json", None),
    ("adafruit_io_key", G_OPS, ["aio_", ("alnum", 28)], "read", "gitleaks adafruit-api-key (32 of [a-z0-9_-]; the aio_ head believed)", ("username", [("user",)]), "iot_signalk_plugin_config_json", None),
    ("cisco_meraki_dashboard_api_key", G_OPS, [("hex", 40)], "read", "gitleaks cisco-meraki-api-key", None, "ops_varnish_vcl_backend_header", None),
    ("defined_networking_api_token", G_OPS, ["dnkey-", ("ualnum", 26), "-", ("ualnum", 52)], "read", "gitleaks defined-networking-api-token", None, "ops_terraform_plan_capture", None),
    ("dropbox_long_lived_token", G_OPS, [("alnum", 11), "AAAAAAAAAA", ("b64u", 43)], "read", "gitleaks dropbox-long-lived-api-token", None, "dev_vscode_launch_env_json", None),
    ("flickr_api_secret", G_OPS, [("hex", 16)], "believed", "", ("api key", [("hex", 32)]), "ops_supervisord_program_conf", None),
    ("maxmind_license_key", G_OPS, [("alnum", 6), "_", ("alnum", 29), "_mmk"], "read", "gitleaks maxmind-license-key", ("account id", [("digits", 6)]), "ops_caddyfile_header_directive", None),
    ("ipinfo_access_token", G_OPS, [("hex", 14)], "read", "Kingfisher ipinfo", None, "ops_varnish_vcl_backend_header", None),
    ("imagekit_private_key", G_OPS, ["private_", ("alnum", 28)], "read", "Kingfisher imagekit (36 of [a-zA-Z0-9_=]; the private_ head believed)", None, "ops_podman_quadlet_container_file", None),
    ("render_api_key", G_OPS, ["rnd_", ("alnum", 32)], "believed", "", None, "ops_terraform_plan_capture", None),
    ("neon_api_key", G_OPS, ["napi_", ("lalnum", 64)], "believed", "", None, "ops_podman_quadlet_container_file", None),
]

# ------------------------------------------------------------- generators
HS_KEY = random.Random(SEED_HS).getrandbits(256).to_bytes(32, "big")


def gen_spec(rng, spec, forbid=""):
    if spec == PW:
        return C.make_password(rng, strict=False, forbid=forbid, cap=0.5)
    if spec[0] == "teams":
        return "https://lampwick.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (
            C.uuid4(rng), C.uuid4(rng), C.rstr(rng, C.HEXL, 32), C.uuid4(rng))
    if spec[0] == "bedrock":
        return "ABSK" + C.b64s(C.rbytes(rng, 102))
    if spec[0] == "pypi":
        return pypi_token(rng)
    if spec[0] == "sentry":
        body = {"iat": 1735689600 + rng.randint(0, 10 ** 7), "url": "https://sentry.io", "region_url": "https://de.sentry.io", "org": "lampwick"}
        return "sntrys_" + C.b64s(json.dumps(body, separators=(",", ":")).encode()) + "_" + C.rstr(rng, C.B64, 43)
    if spec[0] == "grafana":
        body = {"o": str(rng.randint(100000, 999999)), "n": "aton-telegraf", "k": C.rstr(rng, C.ALNUM, 24), "m": {"r": "prod-gb-south-0"}}
        return "glc_" + C.b64s(json.dumps(body, separators=(",", ":")).encode())
    if spec[0] == "supabase":
        iat = 1735689600 + rng.randint(0, 10 ** 7)
        return C.jwt_hs256(HS_KEY, {"alg": "HS256", "typ": "JWT"},
                           {"iss": "supabase", "ref": C.rstr(rng, C.LOWER, 20), "role": "service_role", "iat": iat, "exp": iat + 315360000})
    if spec[0] == "mapbox":
        body = {"u": "lampwick", "a": C.rstr(rng, C.LALNUM, 25)}
        b = C.b64u(json.dumps(body, separators=(",", ":")).encode())
        while True:
            tail = C.rstr(rng, C.B64U, 22)
            if not tail.startswith("ey"):
                return "sk." + b + "." + tail
    if spec[0] == "aiven":
        return C.b64s(C.rbytes(rng, 279))
    out = []
    for it in spec:
        if isinstance(it, str):
            out.append(it)
        elif it[0] == "uuid":
            out.append(C.uuid4(rng))
        elif it[0] == "uuidU":
            out.append(C.uuid4(rng, upper=True))
        elif it[0] == "azs":
            out.append(C.rstr(rng, C.ALNUM + "_~.-", it[1]))
        elif it[0] == "fmt":
            f = it[1]
            n = f.count("%")
            args = tuple(rng.randint(1, 99999) for _ in range(n))
            if f.startswith("NL-"):
                args = (rng.randint(18, 25), rng.randint(1000, 99999))
            out.append(f % args)
        elif it[0] == "email":
            out.append(W.email(rng, it[1]))
        elif it[0] == "ip":
            out.append(W.ip(rng))
        elif it[0] == "user":
            out.append("%s.%s" % (W.user(rng), rng.choice(["trust", "lv72", "pd", "ops", "guide", "shop"])))
        else:
            out.append(C.rstr(rng, C.ALPHABETS[it[0]], it[1]))
    return "".join(out)


def _varint(n):
    out = b""
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out += bytes([b | 0x80])
        else:
            return out + bytes([b])


def _field(t, data):
    return bytes([t]) + _varint(len(data)) + data


def pypi_token(rng):
    ident = json.dumps({"nonce": C.rstr(rng, C.HEXL, 32), "version": 1}, separators=(",", ":")).encode()
    cav = json.dumps({"version": 1, "permissions": {"projects": ["aton-feed"]}}, separators=(",", ":")).encode()
    mac = (b"\x02" + _field(1, b"pypi.org") + _field(2, ident) + b"\x00"
           + _field(2, cav) + b"\x00" + b"\x00" + _field(6, C.rbytes(rng, 32)))
    return "pypi-" + C.b64u(mac)


def pypi_ok(v):
    try:
        raw = C.b64u_dec(v[5:])
    except Exception:
        return False
    return v.startswith("pypi-AgEIcHlwaS5vcmc") and raw.startswith(b"\x02\x01\x08pypi.org\x02")


def spec_regex(spec):
    if spec == PW:
        return C.PW_RE_LOOSE.pattern
    special = {
        "teams": r"^https://[a-z0-9]+\.webhook\.office\.com/webhookb2/[0-9a-f-]{36}@[0-9a-f-]{36}/IncomingWebhook/[0-9a-f]{32}/[0-9a-f-]{36}$",
        "bedrock": r"^ABSK[A-Za-z0-9+/]{109,269}={0,2}$",
        "pypi": r"^pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000}$",
        "sentry": r"^sntrys_eyJpYXQiO[A-Za-z0-9+/]{10,200}(?:LCJyZWdpb25fdXJs|InJlZ2lvbl91cmwi|cmVnaW9uX3VybCI6)[A-Za-z0-9+/]{10,200}={0,2}_[A-Za-z0-9+/]{43}$",
        "grafana": r"^glc_[A-Za-z0-9+/]{32,400}={0,3}$",
        "supabase": r"^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$",
        "mapbox": r"^sk\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$",
        "aiven": r"^[A-Za-z0-9+/=]{372}$",
    }
    if spec[0] in special:
        return special[spec[0]]
    parts = []
    for it in spec:
        if isinstance(it, str):
            parts.append(re.escape(it))
        elif it[0] in ("uuid", "uuidU"):
            parts.append("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}")
        elif it[0] == "azs":
            parts.append("[A-Za-z0-9_~.-]{%d}" % it[1])
        else:
            parts.append("%s{%d}" % (C.ALPHA_RE[it[0]], it[1]))
    return "^" + "".join(parts) + "$"


def spec_words(spec):
    if spec == PW:
        return "owner-chosen password"
    special = {
        "teams": "the whole incoming-webhook URL `https://<tenant>.webhook.office.com/webhookb2/<UUIDv4>@<UUIDv4>/IncomingWebhook/<32 hex>/<UUIDv4>`",
        "bedrock": "`ABSK` + standard Base64 of 102 random bytes",
        "pypi": "`pypi-` + base64url of a macaroon v2 frame (location `pypi.org`, a JSON identifier, one caveat, a 32-byte signature), so it starts `pypi-AgEIcHlwaS5vcmc`",
        "sentry": "`sntrys_` + standard Base64 of the JSON {iat, url, region_url, org} + `_` + 43 Base64 characters",
        "grafana": "`glc_` + standard Base64 of the JSON {o, n, k, m: {r}}",
        "supabase": "real HS256 JWT (header {alg, typ}; claims {iss: supabase, ref, role: service_role, iat, exp}) under a discarded key",
        "mapbox": "`sk.` + base64url JSON {u, a} + `.` + 22 base64url characters",
        "aiven": "standard Base64 of 279 random bytes (372 characters)",
    }
    if spec[0] in special:
        return special[spec[0]]
    ws = []
    for it in spec:
        if isinstance(it, str):
            ws.append("`%s`" % it)
        elif it[0] == "uuid":
            ws.append("UUIDv4")
        elif it[0] == "uuidU":
            ws.append("upper-case UUIDv4")
        elif it[0] == "azs":
            ws.append("%d of [A-Za-z0-9_~.-]" % it[1])
        else:
            ws.append("%d %s" % (it[1], C.ALPHA_WORDS[it[0]]))
    return " + ".join(ws)


def frame_ok(typ, spec, v):
    """Frame validators beyond the regular expression."""
    if not spec or spec == PW:
        return True
    k = spec[0]
    if k == "pypi":
        return pypi_ok(v)
    if k == "sentry":
        try:
            body = v[len("sntrys_"):v.rindex("_")]
            d = json.loads(base64.b64decode(body))
            return set(d) == {"iat", "url", "region_url", "org"}
        except Exception:
            return False
    if k == "grafana":
        try:
            d = json.loads(base64.b64decode(v[4:]))
            return set(d) == {"o", "n", "k", "m"}
        except Exception:
            return False
    if k == "supabase":
        if not C.jws_frame_ok(v):
            return False
        import hmac as _h
        import hashlib as _hl
        h, p, s = v.split(".")
        return _h.compare_digest(_h.new(HS_KEY, (h + "." + p).encode(), _hl.sha256).digest(), C.b64u_dec(s))
    if k == "mapbox":
        try:
            d = json.loads(C.b64u_dec(v.split(".")[1]))
            return set(d) == {"u", "a"}
        except Exception:
            return False
    if k in ("aiven", "bedrock"):
        try:
            base64.b64decode(v[4:] if k == "bedrock" else v, validate=True)
            return True
        except Exception:
            return False
    return True


# ----------------------------------------------------------------- styles
# style -> (case, forbidden characters, family, description, renderer)
# renderer(rng, entries, vend) with entries = [(key, marker-or-value)], the secret last

def s_tfvars(rng, E, vd):
    lines = ["# terraform.tfvars - tregarrow-prod (do not commit)", 'region = "eu-west-2"']
    lines += ['%s = "%s"' % (k, v) for k, v in E]
    return "\n".join(lines) + "\n"


def s_pulumi(rng, E, vd):
    lines = ["config:", "  tregarrow-ops:region: eu-west-2"]
    lines += ["  tregarrow-ops:%s: '%s'" % (k, v) for k, v in E]
    return "\n".join(lines) + "\n"


def s_salt(rng, E, vd):
    lines = ["# /srv/pillar/tregarrow/integrations.sls", "tregarrow:", "  integrations:"]
    lines += ["    %s: '%s'" % (k, v) for k, v in E]
    return "\n".join(lines) + "\n"


def s_sops(rng, E, vd):
    lines = ["$ sops -d secrets/production.enc.yaml"]
    lines += ["%s: '%s'" % (k, v) for k, v in E]
    lines.append("log_level: info")
    return "\n".join(lines) + "\n"


def s_gitlab(rng, E, vd):
    lines = ["stages: [test, deploy]", "variables:", '  GIT_DEPTH: "20"']
    lines += ['  %s: "%s"' % (k, v) for k, v in E]
    lines += ["deploy:", "  stage: deploy", "  script:", "    - ./scripts/deploy.sh"]
    return "\n".join(lines) + "\n"


def s_azpipe(rng, E, vd):
    lines = ["trigger:", "  - main", "pool:", "  vmImage: ubuntu-latest", "variables:"]
    for k, v in E:
        lines += ["  - name: %s" % k, "    value: '%s'" % v]
    lines += ["steps:", "  - script: make deploy"]
    return "\n".join(lines) + "\n"


def s_quadlet(rng, E, vd):
    lines = ["# /etc/containers/systemd/parts-shop.container", "[Unit]", "Description=Parts shop", "", "[Container]",
             "Image=registry.lampwick.example/prismdiaphone/parts-shop:latest", "PublishPort=8080:8080"]
    lines += ["Environment=%s=%s" % (k, v) for k, v in E]
    lines += ["", "[Install]", "WantedBy=default.target"]
    return "\n".join(lines) + "\n"


def s_supervisord(rng, E, vd):
    env = ",".join('%s="%s"' % (k, v) for k, v in E)
    return ("[program:museum-worker]\ncommand=/opt/lv72/venv/bin/python -m worker\nuser=lv72\nautorestart=true\nenvironment=%s\n") % env


def s_pm2(rng, E, vd):
    body = "\n".join("        %s: '%s'," % (k, v) for k, v in E)
    return ("module.exports = {\n  apps: [\n    {\n      name: 'parts-shop',\n      script: './server/index.mjs',\n      env_production: {\n"
            "        NODE_ENV: 'production',\n%s\n      }\n    }\n  ]\n};\n") % body


def s_helmget(rng, E, vd):
    lines = ["$ helm get values booking-api -n tregarrow", "USER-SUPPLIED VALUES:", "integrations:"]
    lines += ["  %s: '%s'" % (k, v) for k, v in E]
    lines.append("replicaCount: 2")
    return "\n".join(lines) + "\n"


def s_tfplan(rng, E, vd):
    lines = ["Terraform will perform the following actions:", "", '  # terraform_data.kiosk_env will be created',
             '  + resource "terraform_data" "kiosk_env" {', "      + id     = (known after apply)", "      + input  = {"]
    lines += ['          + %s = "%s"' % (k, v) for k, v in E]
    lines += ["        }", "    }", "", "Plan: 1 to add, 0 to change, 0 to destroy."]
    return "\n".join(lines) + "\n"


def s_caddy(rng, E, vd):
    hdr = "\n".join('\t\theader_up %s "%s"' % (k, v) for k, v in E)
    return ("alerts.lampwick.example {\n\treverse_proxy 10.47.2.30:9093 {\n%s\n\t}\n}\n") % hdr


def s_varnish(rng, E, vd):
    hdr = "\n".join('    set bereq.http.%s = "%s";' % (k, v) for k, v in E)
    return ("vcl 4.1;\nbackend geo { .host = \"10.47.2.31\"; .port = \"8080\"; }\nsub vcl_backend_fetch {\n%s\n}\n") % hdr


def s_launch(rng, E, vd):
    d = {"version": "0.2.0", "configurations": [{"name": "Debug feed worker", "type": "debugpy", "request": "launch",
                                                  "module": "aton_feed", "env": {k: v for k, v in E}}]}
    return json.dumps(d, indent=4, ensure_ascii=False) + "\n"


def s_restclient(rng, E, vd):
    lines = ["# requests.http (VS Code REST Client)"]
    lines += ["@%s = %s" % (k, v) for k, v in E]
    lines += ["", "### vessel positions near the reef", "GET https://api.example/v1/positions?lat=50.0&lon=-5.2", "Authorization: Bearer {{%s}}" % E[-1][0]]
    return "\n".join(lines) + "\n"


def s_thunder(rng, E, vd):
    d = {"_id": C.uuid4(rng), "name": "production", "default": False, "sortNum": 10000,
         "data": [{"name": k, "value": v} for k, v in E]}
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n"


def s_ipynb(rng, E, vd):
    src = ["import os\n"] + ["os.environ['%s'] = '%s'\n" % (k, v) for k, v in E] + ["client = make_client()"]
    d = {"cells": [{"cell_type": "code", "execution_count": rng.randint(1, 40), "id": C.rstr(rng, C.HEXL, 8), "metadata": {},
                    "outputs": [], "source": src}], "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
         "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(d, indent=1, ensure_ascii=False) + "\n"


def s_nushell(rng, E, vd):
    lines = ["cd ~/src/lv72-guide", "git status"]
    lines += ['$env.%s = "%s"' % (k, v) for k, v in E]
    lines += ["python scripts/transcribe.py --limit 5"]
    return "\n".join(lines) + "\n"


def s_gh_hosts(rng, E, vd):
    return "github.com:\n    users:\n        %s:\n    git_protocol: https\n    user: %s\n    oauth_token: %s\n" % (
        "lampwick-ci", "lampwick-ci", E[-1][1])


def s_tfrc(rng, E, vd):
    return 'plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"\ncredentials "app.terraform.io" {\n  token = "%s"\n}\n' % E[-1][1]


def s_pypirc(rng, E, vd):
    return "[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = %s\n" % E[-1][1]


def s_vaulttoken(rng, E, vd):
    return "$ cat ~/.vault-token\n%s\n$ vault token lookup -format=json | jq -r .data.policies\n" % E[-1][1]


def s_ngrok(rng, E, vd):
    return 'version: "2"\nauthtoken: %s\ntunnels:\n  kiosk:\n    proto: http\n    addr: 8080\n' % E[-1][1]


def s_sentryclirc(rng, E, vd):
    return "[defaults]\norg=lampwick\nproject=booking-api\n\n[auth]\ntoken=%s\n" % E[-1][1]


def s_weewx(rng, E, vd):
    body = "\n".join('        %s = "%s"' % (k, v) for k, v in E)
    return ("[StdRESTful]\n    [[Tregarrow]]\n        enable = true\n        station = Tregarrow Point\n%s\n    [[StationRegistry]]\n        register_this_station = false\n") % body


def s_telegraf(rng, E, vd):
    hdr = "\n".join('    %s = "%s"' % (k, v) for k, v in E)
    return ('[[outputs.http]]\n  url = "https://ingest.lampwick.example/telegraf"\n  data_format = "json"\n  [outputs.http.headers]\n%s\n') % hdr


def s_signalk(rng, E, vd):
    d = {"enabled": True, "enableLogging": False, "configuration": {"pollSeconds": 60, **{k: v for k, v in E}}}
    return "$ cat ~/.signalk/plugin-config-data/lv72-bridge.json\n" + json.dumps(d, indent=2, ensure_ascii=False) + "\n"


def s_balena(rng, E, vd):
    lines = ["$ balena envs --fleet lampwick/aton-monitor", "ID      NAME                                VALUE                                      FLEET"]
    lines.append("%-7d %-35s %-42s %s" % (rng.randint(100000, 999999), "TZ", "Europe/London", "lampwick/aton-monitor"))
    for k, v in E:
        lines.append("%-7d %-35s %-42s %s" % (rng.randint(100000, 999999), k, v, "lampwick/aton-monitor"))
    return "\n".join(lines) + "\n"


def _neigh(E):
    return E[0][1] if len(E) > 1 else W.USERS[0] + "@lampwick.example"


def s_lastpass(rng, E, vd):
    name, url = vd["display"]
    return ("url,username,password,totp,extra,name,grouping,fav\n%s,%s,%s,,,%s,Tregarrow,0\n") % (url or "http://sn", _neigh(E), E[-1][1], name.replace(",", ""))


def s_protonpass(rng, E, vd):
    name, url = vd["display"]
    return ("type,name,url,email,username,password,note,totp,createTime,modifyTime,vault\n"
            "login,%s,%s,,%s,%s,,,%d,%d,Trust\n") % (name.replace(",", ""), url, _neigh(E), E[-1][1], 1730000000 + rng.randint(0, 10 ** 7), 1740000000 + rng.randint(0, 10 ** 7))


def s_1pux(rng, E, vd):
    name, url = vd["display"]
    item = {"uuid": C.rstr(rng, C.LALNUM, 26), "createdAt": 1730000000 + rng.randint(0, 10 ** 7), "state": "active",
            "overview": {"title": name, "url": url, "tags": ["tregarrow"]},
            "details": {"loginFields": [{"value": _neigh(E), "name": "username", "fieldType": "T", "designation": "username"},
                                        {"value": E[-1][1], "name": "password", "fieldType": "P", "designation": "password"}]}}
    d = {"accounts": [{"attrs": {"name": "Tregarrow Trust", "domain": "https://tregarrow.1password.example/"},
                       "vaults": [{"attrs": {"name": "Shared"}, "items": [item]}]}]}
    return "export.data\n" + json.dumps(d, indent=1, ensure_ascii=False) + "\n"


def s_whatsapp(rng, E, vd):
    name, url = vd["display"]
    p1, p2 = W.person(rng), W.person(rng)
    d = "%02d/%02d/2025" % (rng.randint(1, 28), rng.randint(1, 12))
    return ("%s, 09:%02d - %s: who has the login for the %s?\n%s, 09:%02d - %s: %s\n%s, 09:%02d - %s: %s\n%s, 09:%02d - %s: thanks!\n") % (
        d, rng.randint(0, 19), p1, name, d, rng.randint(20, 39), p2, _neigh(E), d, rng.randint(40, 49), p2, E[-1][1], d, rng.randint(50, 59), p1)


def s_zoom(rng, E, vd):
    name, url = vd["display"]
    p1 = W.person(rng)
    return ("10:02:14 From %s to Everyone:\n\tsharing the %s login for the demo\n10:02:31 From %s to Everyone:\n\t%s\n10:02:40 From %s to Everyone:\n\t%s\n") % (
        p1, name, p1, _neigh(E), p1, E[-1][1])


def s_trello(rng, E, vd):
    name, url = vd["display"]
    d = {"id": C.rstr(rng, C.HEXL, 24), "type": "commentCard", "date": "2025-%02d-%02dT10:%02d:00.000Z" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 59)),
         "data": {"text": "%s login: %s / %s (change after the audit)" % (name, _neigh(E), E[-1][1]), "card": {"name": "Portal logins"}},
         "memberCreator": {"fullName": W.person(rng)}}
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n"


STYLES = {
    "ops_terraform_tfvars_file": ("snake", "\"\\$", "server-side", "terraform.tfvars of the tregarrow-prod workspace", s_tfvars),
    "ops_pulumi_stack_config_yaml": ("camel", "'", "server-side", "Pulumi.prod.yaml stack config with plaintext values", s_pulumi),
    "ops_salt_pillar_sls": ("snake", "'", "server-side", "Salt pillar file", s_salt),
    "ops_sops_decrypt_capture": ("snake", "'", "server-side", "terminal capture of `sops -d` on an encrypted YAML", s_sops),
    "ops_gitlab_ci_variables_block": ("upper", "\"\\$", "server-side", ".gitlab-ci.yml variables block", s_gitlab),
    "ops_azure_pipelines_variables_yml": ("upper", "'$", "server-side", "azure-pipelines.yml variables list", s_azpipe),
    "ops_podman_quadlet_container_file": ("upper", "%\"'\\ ", "server-side", "Podman Quadlet .container unit (Environment=)", s_quadlet),
    "ops_supervisord_program_conf": ("upper", "\"%,", "server-side", "supervisord program section (environment=)", s_supervisord),
    "ops_pm2_ecosystem_config_js": ("upper", "'\\", "server-side", "PM2 ecosystem.config.js env_production", s_pm2),
    "ops_helm_get_values_capture": ("snake", "'", "server-side", "terminal capture of `helm get values`", s_helmget),
    "ops_terraform_plan_capture": ("snake", "\"\\$", "server-side", "terminal capture of `terraform plan` (a terraform_data input map)", s_tfplan),
    "ops_caddyfile_header_directive": ("header", "\"\\{}", "server-side", "Caddyfile reverse_proxy header_up", s_caddy),
    "ops_varnish_vcl_backend_header": ("header", "\"", "server-side", "Varnish VCL setting a backend request header", s_varnish),
    "dev_vscode_launch_env_json": ("upper", "\"\\", "developer", "VS Code .vscode/launch.json env", s_launch),
    "dev_vscode_rest_client_http_file": ("camel", " {}", "developer", "VS Code REST Client .http file variables", s_restclient),
    "dev_thunder_client_environment_json": ("camel", "\"\\", "developer", "Thunder Client environment export (JSON)", s_thunder),
    "dev_jupyter_notebook_cell_ipynb": ("upper", "'\"\\", "developer", "Jupyter notebook cell setting os.environ", s_ipynb),
    "dev_nushell_history_txt": ("upper", "\"\\", "developer", "Nushell history.txt", s_nushell),
    "dev_gh_hosts_yml": ("native", "", "developer", "GitHub CLI ~/.config/gh/hosts.yml (native oauth_token)", s_gh_hosts),
    "dev_terraformrc_credentials": ("native", "", "developer", "~/.terraformrc credentials block (native token)", s_tfrc),
    "dev_pypirc_file": ("native", "", "developer", "~/.pypirc (native __token__ login)", s_pypirc),
    "dev_vault_token_file": ("native", "", "developer", "terminal capture of ~/.vault-token", s_vaulttoken),
    "dev_ngrok_yml": ("native", "", "developer", "ngrok.yml (native authtoken)", s_ngrok),
    "dev_sentryclirc_file": ("native", "", "developer", "~/.sentryclirc (native [auth] token)", s_sentryclirc),
    "iot_weewx_conf_restful_stanza": ("snake", "\"", "devices", "weewx.conf StdRESTful stanza on the weather mast", s_weewx),
    "iot_telegraf_conf_plugin": ("header", "\"\\", "devices", "telegraf.conf http output with headers on the AtoN monitor", s_telegraf),
    "iot_signalk_plugin_config_json": ("camel", "\"\\", "devices", "Signal K plugin configuration on LV72", s_signalk),
    "iot_balena_envs_capture": ("upper", " ", "devices", "terminal capture of `balena envs` for the AtoN monitor fleet", s_balena),
    "office_lastpass_csv_export": ("title", ",\"", "owner-kept", "LastPass CSV export", s_lastpass),
    "office_proton_pass_csv_export": ("title", ",\"", "owner-kept", "Proton Pass CSV export", s_protonpass),
    "office_onepassword_1pux_export_data": ("title", "\"\\", "owner-kept", "1Password 1PUX export.data (JSON)", s_1pux),
    "office_whatsapp_chat_export_txt": ("spaced", " ", "chats", "WhatsApp chat export (.txt) of the volunteers' group", s_whatsapp),
    "office_zoom_meeting_chat_txt": ("spaced", " ", "chats", "Zoom meeting_saved_chat.txt", s_zoom),
    "office_trello_card_comment_json": ("spaced", "\"\\", "chats", "Trello card comment action (JSON export)", s_trello),
}


def vendor_first_word(typ):
    return typ.split("_")[0]


def build(reg):
    rng = random.Random(SEED)
    out = []
    for typ, group, spec, src, note, neigh, style, display in VENDORS:
        case, forbid, fam, sdesc, fn = STYLES[style]
        vd = {"display": display or (typ.replace("_", " "), "")}
        for _ in range(300):
            v = gen_spec(rng, spec, forbid + "\n\t ")
            if any(ch in v for ch in forbid) or not reg.ok(v):
                continue
            if spec != PW and C.PW_FORM_ANY.search(v):
                continue
            entries = []
            nval = None
            if neigh:
                nval = gen_spec(rng, neigh[1])
                if not reg.ok(nval) or nval in v or v in nval:
                    continue
                nk = C.style_key(vendor_first_word(typ) + " " + neigh[0], case if case != "native" else "snake")
                entries.append((nk, nval))
            key = C.style_key(typ.replace("_", " "), case if case != "native" else "snake")
            entries.append((key, MK))
            text = fn(rng, entries, vd).replace(MK, v)
            if text.count(v) != 1 or (nval and text.count(nval) != 1):
                continue
            if [m for m in C.PW_FORM_ANY.findall(text) if m != v]:
                continue
            reg.add(v)
            if nval:
                reg.add(nval)
            break
        else:
            raise RuntimeError("vendor " + typ)
        s = text.index(v)
        rec = {"type": typ, "container": typ + "__" + style, "text": text,
               "secrets": [{"value": v, "start": s, "end": s + len(v), "type": typ}], "source": "vendor"}
        rec["_neighbour"] = nval
        out.append(rec)
    return out


def check_value(typ, v):
    spec = VSPEC[typ]
    if not re.match(spec_regex(spec), v):
        return "vendor regex"
    if not frame_ok(typ, spec, v):
        return "vendor frame"
    return ""


VSPEC = {v[0]: v[2] for v in VENDORS}
VSTYLE = {v[0]: v[6] for v in VENDORS}
