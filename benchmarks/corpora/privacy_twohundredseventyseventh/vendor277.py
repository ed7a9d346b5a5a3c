"""Vendor source: one record per vendor type, container `<type>__<style>`."""
import base64
import json
import random
import re

import common277 as C
import world277 as W

M = '\x00'
N = '\x01'   # neighbour marker

U4 = ('uuid4',)
OWNER = 'owner'
GRAFANA = 'grafana_legacy'

# (type, group, spec, provenance, note, neighbour (label, spec) or None, style)
# provenance: read (rule file, this session) / believed / guessed / owner
G_TRADE = 'Trade bodies, merchants, regulators and portals (owner-chosen logins)'
G_DEV_DEVICES = 'Weather, sensors, device clouds and maps'
G_SHOP = 'Shop, payments, shipping, accounting and brewing apps'
G_MSG = 'Mail, messaging, notifications and webhooks'
G_AI = 'AI services'
G_DEV = 'Developer, CI, hosting and collaboration services'
G_CLOUD = 'Cloud and monitoring'

VTYPES = [
    # --- trade portals (owner-chosen passwords)
    ('british_hop_association_members_password', G_TRADE, OWNER, 'owner', '', ('member number', ['BHA-', ('digits', 4)]), 'office_lastpass_csv_export'),
    ('charles_faram_grower_portal_password', G_TRADE, OWNER, 'owner', '', ('grower code', ['CF', ('digits', 5)]), 'office_proton_pass_csv_export'),
    ('barth_haas_supplier_portal_password', G_TRADE, OWNER, 'owner', '', ('supplier number', ['40', ('digits', 6)]), 'office_lastpass_csv_export'),
    ('frontier_agriculture_grain_portal_password', G_TRADE, OWNER, 'owner', '', ('account number', ['FA', ('digits', 7)]), 'office_outlook_message_body'),
    ('red_tractor_assurance_portal_password', G_TRADE, OWNER, 'owner', '', ('membership number', ['RT', ('digits', 8)]), 'office_proton_pass_csv_export'),
    ('magb_members_area_password', G_TRADE, OWNER, 'owner', '', ('member id', ['M', ('digits', 4)]), 'office_whatsapp_chat_export_txt'),
    ('rural_payments_agency_service_password', G_TRADE, OWNER, 'owner', '', ('single business identifier', ['1', ('digits', 8)]), 'office_lastpass_csv_export'),
    ('hmrc_government_gateway_password', G_TRADE, OWNER, 'owner', '', ('user id', [('digits', 12)]), 'office_proton_pass_csv_export'),
    ('apha_ipaffs_importer_password', G_TRADE, OWNER, 'owner', '', ('account email', ['imports', '@fromevale-hops.example']), 'office_outlook_message_body'),
    ('environment_agency_abstraction_permits_password', G_TRADE, OWNER, 'owner', '', ('permit number', ['NPS/WR/', ('digits', 6)]), 'chat_mattermost_channel_paste'),
    ('campden_bri_results_portal_password', G_TRADE, OWNER, 'owner', '', ('client code', ['CB', ('digits', 5)]), 'office_lastpass_csv_export'),
    ('siba_members_portal_password', G_TRADE, OWNER, 'owner', '', ('member email', ['shop', '@brackenden-hops.example']), 'office_proton_pass_csv_export'),
    ('yakima_chief_hops_grower_portal_password', G_TRADE, OWNER, 'owner', '', ('grower id', ['UK', ('digits', 4)]), 'office_whatsapp_chat_export_txt'),
    ('ahdb_levy_returns_password', G_TRADE, OWNER, 'owner', '', ('levy payer number', ['LP', ('digits', 6)]), 'office_outlook_message_body'),
    ('hopsteiner_supplier_portal_password', G_TRADE, OWNER, 'owner', '', ('supplier id', ['HS-', ('digits', 5)]), 'chat_mattermost_channel_paste'),
    ('ibd_members_area_password', G_TRADE, OWNER, 'owner', '', ('member number', [('digits', 6)]), 'office_lastpass_csv_export'),
    # --- weather, sensors, devices and maps
    ('met_office_datapoint_api_key', G_DEV_DEVICES, [U4], 'believed', '', None, 'ops_go_service_config_toml'),
    ('visual_crossing_weather_api_key', G_DEV_DEVICES, [('ualnum', 25)], 'read', 'Kingfisher visualcrossing (25 of [0-9A-Z])', None, 'ops_go_service_config_toml'),
    ('weatherbit_api_key', G_DEV_DEVICES, [('hex', 32)], 'read', 'Kingfisher weatherbit (32 of [0-9a-z]; hex mine)', None, 'dev_python_settings_local_module'),
    ('openuv_api_key', G_DEV_DEVICES, [('lalnum', 32)], 'read', 'Kingfisher openuv (32 of [0-9a-z])', None, 'dev_python_settings_local_module'),
    ('agromonitoring_api_key', G_DEV_DEVICES, [('hex', 32)], 'guessed', '', None, 'ops_go_service_config_toml'),
    ('davis_weatherlink_api_secret', G_DEV_DEVICES, [('alnum', 32)], 'guessed', '', ('api key v2', [('lalnum', 32)]), 'dev_python_settings_local_module'),
    ('netatmo_client_secret', G_DEV_DEVICES, [('alnum', 40)], 'guessed', '', ('client id', [('hex', 24)]), 'dev_typescript_config_module'),
    ('thingsboard_device_access_token', G_DEV_DEVICES, [('lalnum', 20)], 'read', 'Kingfisher thingsboard (20 of [a-z0-9])', None, 'dev_curl_command_history'),
    ('ubidots_account_token', G_DEV_DEVICES, ['BBFF-', ('alnum', 30)], 'read', 'Kingfisher ubidots (BBFF- + 30)', None, 'dev_curl_command_history'),
    ('the_things_stack_api_key', G_DEV_DEVICES, ['NNSXS.', ('ualnum', 39), '.', ('ualnum', 52)], 'believed', '', None, 'ops_go_service_config_toml'),
    ('balena_cloud_api_key', G_DEV_DEVICES, [('alnum', 32)], 'guessed', '', None, 'ci_forgejo_actions_workflow_env'),
    ('here_location_api_key', G_DEV_DEVICES, [('b64url', 43)], 'read', 'Kingfisher hereapi (43 characters)', None, 'dev_typescript_config_module'),
    ('tomtom_maps_api_key', G_DEV_DEVICES, [('alnum', 32)], 'read', 'Kingfisher tomtom (32 of [0-9a-zA-Z])', None, 'dev_typescript_config_module'),
    ('geoapify_api_key', G_DEV_DEVICES, [('hex', 32)], 'read', 'Kingfisher geoapify (32 of [a-z0-9]; hex believed)', None, 'dev_dotenv_local_line'),
    ('opencage_geocoding_api_key', G_DEV_DEVICES, [('hex', 32)], 'read', 'Kingfisher opencagedata (32 of [a-z0-9]; hex believed)', None, 'dev_python_settings_local_module'),
    ('google_maps_platform_server_key', G_DEV_DEVICES, ['AIza', ('b64url', 35)], 'read', 'gitleaks gcp-api-key (AIza + 35)', None, 'ops_spring_application_yml'),
    ('ipinfo_access_token', G_DEV_DEVICES, [('hex', 14)], 'read', 'Kingfisher ipinfo (14 hex)', None, 'dev_dotenv_local_line'),
    ('maxmind_geoip_license_key', G_DEV_DEVICES, [('alnum', 6), '_', ('alnum', 29), '_mmk'], 'read', 'gitleaks maxmind-license-key', None, 'ops_go_service_config_toml'),
    # --- shop, payments, shipping, accounting
    ('shopify_admin_api_access_token', G_SHOP, ['shpat_', ('hex', 32)], 'read', 'gitleaks shopify-access-token', None, 'ci_circleci_config_job_environment'),
    ('shopify_legacy_private_app_token', G_SHOP, ['shppa_', ('hex', 32)], 'read', 'gitleaks shopify-private-app-access-token', None, 'dev_dotenv_local_line'),
    ('squarespace_commerce_api_key', G_SHOP, [U4], 'read', 'gitleaks squarespace-access-token (UUID; v4 mine)', None, 'dev_dotenv_local_line'),
    ('stripe_live_secret_key', G_SHOP, ['sk_live_', ('alnum', 24)], 'read', 'gitleaks stripe-access-token (sk_live_ + 10-99; 24 mine)', ('publishable key', ['pk_live_', ('alnum', 24)]), 'ops_spring_application_yml'),
    ('paystack_live_secret_key', G_SHOP, ['sk_live_', ('alnum', 40)], 'read', 'Kingfisher paystack (sk_ + letters + _ + 40)', None, 'ci_circleci_config_job_environment'),
    ('gocardless_live_access_token', G_SHOP, ['live_', ('b64url', 40)], 'read', 'gitleaks gocardless-api-token (live_ + 40)', None, 'ops_spring_application_yml'),
    ('gumroad_access_token', G_SHOP, [('b64url', 43)], 'read', 'Kingfisher gumroad (43 of [a-z0-9A-Z-]; base64url mine)', None, 'dev_dotenv_local_line'),
    ('sumup_secret_api_key', G_SHOP, ['sup_sk_', ('alnum', 32)], 'believed', '', None, 'ci_forgejo_actions_workflow_env'),
    ('xero_oauth_client_secret', G_SHOP, [('b64url', 48)], 'believed', '', ('client id', [('HEX', 32)]), 'ops_spring_application_yml'),
    ('quickbooks_oauth_client_secret', G_SHOP, [('alnum', 40)], 'believed', '', ('client id', ['AB', ('alnum', 48)]), 'ops_go_service_config_toml'),
    ('taxjar_api_token', G_SHOP, [('hex', 32)], 'read', 'Kingfisher taxjar (32 of [a-z0-9]; hex believed)', None, 'dev_python_settings_local_module'),
    ('shipday_api_key', G_SHOP, [('alnum', 10), '.', ('alnum', 20)], 'read', 'Kingfisher shipday (11 of [a-zA-Z0-9.] + 20; the dot position mine)', None, 'dev_typescript_config_module'),
    ('flexport_api_key', G_SHOP, ['shltm_', ('b64url', 40)], 'read', 'Kingfisher flexport (shltm_ + 40)', None, 'ci_circleci_config_job_environment'),
    ('onfleet_api_key', G_SHOP, [('hex', 32)], 'read', 'Kingfisher onfleet (32 of [a-z0-9]; hex mine)', None, 'dev_curl_command_history'),
    ('route4me_api_key', G_SHOP, [('HEX', 32)], 'read', 'Kingfisher route4me (32 of [0-9A-Z]; hex mine)', None, 'ops_go_service_config_toml'),
    ('brewfather_api_key', G_SHOP, [('alnum', 30)], 'guessed', '', ('user id', [('alnum', 28)]), 'dev_python_settings_local_module'),
    ('etsy_api_keystring', G_SHOP, [('lalnum', 24)], 'read', 'gitleaks etsy-access-token (24 of [a-z0-9])', None, 'dev_dotenv_local_line'),
    # --- mail, messaging, webhooks
    ('mailgun_private_api_key', G_MSG, ['key-', ('hex', 32)], 'read', 'gitleaks mailgun-private-api-token', None, 'chat_mattermost_channel_paste'),
    ('mailchimp_marketing_api_key', G_MSG, [('hex', 32), '-us', ('digits', 2)], 'read', 'gitleaks mailchimp-api-key', None, 'dev_dotenv_local_line'),
    ('brevo_smtp_api_key', G_MSG, ['xkeysib-', ('hex', 64), '-', ('alnum', 16)], 'read', 'gitleaks sendinblue-api-token', None, 'ops_spring_application_yml'),
    ('elastic_email_api_key', G_MSG, [('b64url', 96)], 'read', 'Kingfisher elasticemail (96 of [A-Za-z0-9_-])', None, 'ops_go_service_config_toml'),
    ('moosend_api_key', G_MSG, [U4], 'read', 'Kingfisher moosend (UUID; v4 mine)', None, 'dev_python_settings_local_module'),
    ('omnisend_api_key', G_MSG, [('hex', 24), '-', ('alnum', 50)], 'read', 'Kingfisher omnisend (75 of [a-z0-9A-Z-]; the 24-hex head believed)', None, 'dev_typescript_config_module'),
    ('klaviyo_private_api_key', G_MSG, ['pk_', ('alnum', 34)], 'read', 'Kingfisher klaviyo (pk_ + 34)', None, 'ci_circleci_config_job_environment'),
    ('telegram_bot_api_token', G_MSG, [('digits', 10), ':A', ('b64url', 34)], 'read', 'gitleaks telegram-bot-api-token (digits : A + 34)', None, 'dev_curl_command_history'),
    ('messagebird_access_key', G_MSG, [('alnum', 25)], 'read', 'gitleaks messagebird-api-token (25)', None, 'ci_forgejo_actions_workflow_env'),
    ('line_notify_access_token', G_MSG, [('alnum', 43)], 'read', 'Kingfisher linenotify (43)', None, 'dev_curl_command_history'),
    ('pushover_application_token', G_MSG, [('lalnum', 30)], 'believed', '', None, 'dev_python_settings_local_module'),
    ('mattermost_personal_access_token', G_MSG, [('lalnum', 26)], 'read', 'gitleaks mattermost-access-token (26)', None, 'ci_forgejo_actions_workflow_env'),
    ('zapier_catch_hook_url', G_MSG, ['https://hooks.zapier.com/hooks/catch/', ('digits', 7), '/', ('lalnum', 8), '/'], 'read', 'Kingfisher zapierwebhook (catch/ + 16 of [A-Za-z0-9/])', None, 'dev_curl_command_history'),
    ('tines_webhook_url', G_MSG, ['https://bineweed.tines.com/webhook/', ('lalnum', 32), '/', ('lalnum', 32)], 'read', 'Kingfisher tineswebhook', None, 'ci_forgejo_actions_workflow_env'),
    ('google_chat_space_webhook_url', G_MSG, ['https://chat.googleapis.com/v1/spaces/AAAA', ('b64url', 7), '/messages?key=AIzaSy', ('b64url', 33), '&token=', ('b64url', 43)], 'believed', '', None, 'ops_spring_application_yml'),
    ('ifttt_webhooks_key', G_MSG, [('b64url', 22)], 'believed', '', None, 'dev_curl_command_history'),
    ('clicksend_api_key', G_MSG, [U4], 'guessed', '', ('api username', ['sms-alerts@fromevale-hops.example']), 'ops_go_service_config_toml'),
    # --- AI
    ('openai_project_api_key', G_AI, ['sk-proj-', ('b64url', 74), 'T3BlbkFJ', ('b64url', 74)], 'read', 'gitleaks openai-api-key (sk-proj- + 74 + T3BlbkFJ + 74)', None, 'dev_python_settings_local_module'),
    ('anthropic_api_key_v03', G_AI, ['sk-ant-api03-', ('b64url', 93), 'AA'], 'read', 'gitleaks anthropic-api-key', None, 'ci_circleci_config_job_environment'),
    ('groq_cloud_api_key', G_AI, ['gsk_', ('alnum', 52)], 'read', 'Kingfisher groq (gsk_ + 52)', None, 'dev_dotenv_local_line'),
    ('perplexity_api_key', G_AI, ['pplx-', ('alnum', 48)], 'read', 'gitleaks perplexity-api-key', None, 'dev_typescript_config_module'),
    ('replicate_api_token', G_AI, ['r8_', ('b64url', 37)], 'read', 'Kingfisher replicate (r8_ + 37)', None, 'dev_python_settings_local_module'),
    ('huggingface_user_access_token', G_AI, ['hf_', ('letters', 34)], 'read', 'gitleaks huggingface-access-token (hf_ + 34 letters)', None, 'ci_forgejo_actions_workflow_env'),
    ('voiceflow_dialog_api_key', G_AI, ['VF.DM.', ('hex', 24), '.', ('alnum', 16)], 'read', 'Kingfisher voiceflow (VF.DM. + 24 hex . 16)', None, 'dev_typescript_config_module'),
    ('deepai_api_key', G_AI, [U4], 'read', 'Kingfisher deepai (36 of [a-z0-9-]; UUIDv4 mine)', None, 'dev_curl_command_history'),
    ('together_ai_api_key', G_AI, [('hex', 64)], 'believed', '', None, 'dev_dotenv_local_line'),
    ('voyage_ai_api_key', G_AI, ['pa-', ('b64url', 43)], 'guessed', '', None, 'dev_python_settings_local_module'),
    ('roboflow_api_key', G_AI, [('alnum', 20)], 'guessed', '', None, 'dev_python_settings_local_module'),
    # --- developer, CI, hosting
    ('github_fine_grained_personal_access_token', G_DEV, ['github_pat_', ('alnum', 22), '_', ('alnum', 59)], 'read', 'gitleaks github-fine-grained-pat (github_pat_ + 82 word characters; the 22 _ 59 split believed)', None, 'ci_forgejo_actions_workflow_env'),
    ('github_oauth_access_token', G_DEV, ['gho_', ('alnum', 36)], 'read', 'gitleaks github-oauth', None, 'chat_mattermost_channel_paste'),
    ('gitlab_personal_access_token', G_DEV, ['glpat-', ('b64url', 20)], 'read', 'gitleaks gitlab-pat', None, 'ci_circleci_config_job_environment'),
    ('gitlab_feed_token', G_DEV, ['glft-', ('b64url', 20)], 'read', 'gitleaks gitlab-feed-token', None, 'dev_curl_command_history'),
    ('bitbucket_oauth_consumer_secret', G_DEV, [('b64url', 64)], 'read', 'gitleaks bitbucket-client-secret (64 of [a-z0-9=_-], case-insensitive; case mine)', ('consumer key', [('alnum', 18)]), 'ci_circleci_config_job_environment'),
    ('npm_granular_access_token', G_DEV, ['npm_', ('alnum', 36)], 'read', 'gitleaks npm-access-token', None, 'ci_forgejo_actions_workflow_env'),
    ('rubygems_api_key', G_DEV, ['rubygems_', ('hex', 48)], 'read', 'gitleaks rubygems-api-token', None, 'ci_circleci_config_job_environment'),
    ('clojars_deploy_token', G_DEV, ['CLOJARS_', ('lalnum', 60)], 'read', 'gitleaks clojars-api-token', None, 'ci_forgejo_actions_workflow_env'),
    ('pulumi_access_token', G_DEV, ['pul-', ('hex', 40)], 'read', 'gitleaks pulumi-api-token', None, 'ci_circleci_config_job_environment'),
    ('prefect_cloud_api_key', G_DEV, ['pnu_', ('alnum', 36)], 'read', 'gitleaks prefect-api-token', None, 'dev_dotenv_local_line'),
    ('sentry_user_auth_token', G_DEV, ['sntryu_', ('hex', 64)], 'read', 'gitleaks sentry-user-token', None, 'ci_forgejo_actions_workflow_env'),
    ('snyk_api_token', G_DEV, [U4], 'read', 'gitleaks snyk-api-token (UUID; v4 mine)', None, 'ci_circleci_config_job_environment'),
    ('circleci_personal_api_token', G_DEV, ['CCIPAT_', ('lalnum', 4), ('lower', 5), ('lalnum', 3), ('digits', 3), ('lower', 2), ('upper', 2), ('digits', 1), ('lower', 1), ('lalnum', 1), ('digits', 1), ('lower', 1), '_', ('hex', 40)], 'read', 'Kingfisher circleci (CCIPAT_ + the 22-character class sequence + _ + 40 hex)', None, 'dev_curl_command_history'),
    ('buildkite_user_access_token', G_DEV, ['bkua_', ('hex', 40)], 'read', 'Kingfisher buildkite (bkua_ + 40)', None, 'ci_forgejo_actions_workflow_env'),
    ('heroku_platform_api_key_v2', G_DEV, ['HRKU-AA', ('b64url', 58)], 'read', 'gitleaks heroku-api-key-v2', None, 'dev_dotenv_local_line'),
    ('vercel_access_token', G_DEV, [('alnum', 24)], 'read', 'Kingfisher vercel (24)', None, 'ci_circleci_config_job_environment'),
    ('digitalocean_personal_access_token', G_DEV, ['dop_v1_', ('hex', 64)], 'read', 'gitleaks digitalocean-pat', None, 'ci_forgejo_actions_workflow_env'),
    ('scalingo_api_token', G_DEV, ['tk-us-', ('b64url', 48)], 'read', 'gitleaks scalingo-api-token', None, 'dev_dotenv_local_line'),
    ('fastly_api_token', G_DEV, [('b64url', 32)], 'read', 'gitleaks fastly-api-token (32 of [a-z0-9=_-], case-insensitive)', None, 'ci_circleci_config_job_environment'),
    ('cloudflare_origin_ca_key', G_DEV, ['v1.0-', ('hex', 24), '-', ('hex', 146)], 'read', 'gitleaks cloudflare-origin-ca-key', None, 'ops_spring_application_yml'),
    ('planetscale_service_token', G_DEV, ['pscale_tkn_', ('b64url', 43)], 'read', 'gitleaks planetscale-api-token (pscale_tkn_ + 32-64; 43 mine)', None, 'ops_go_service_config_toml'),
    ('octopus_deploy_api_key', G_DEV, ['API-', ('ualnum', 26)], 'read', 'gitleaks octopus-deploy-api-key', None, 'ci_forgejo_actions_workflow_env'),
    ('harness_personal_access_token', G_DEV, ['pat.', ('b64url', 22), '.', ('alnum', 24), '.', ('alnum', 20)], 'read', 'gitleaks harness-api-key', None, 'ci_circleci_config_job_environment'),
    ('infracost_api_key', G_DEV, ['ico-', ('alnum', 32)], 'read', 'gitleaks infracost-api-token', None, 'ci_forgejo_actions_workflow_env'),
    ('tailscale_auth_key', G_DEV, ['tskey-auth-k', ('alnum', 11), 'CNTRL-', ('alnum', 33)], 'read', 'Kingfisher tailscale (tskey-[a-z]+-... -...; the kCNTRL split and lengths believed)', None, 'ops_spring_application_yml'),
    ('notion_internal_integration_token', G_DEV, ['ntn_', ('digits', 11), ('alnum', 35)], 'read', 'gitleaks notion-api-token', None, 'dev_python_settings_local_module'),
    ('airtable_personal_access_token', G_DEV, ['pat', ('alnum', 14), '.', ('hex', 64)], 'read', 'gitleaks airtable-personnal-access-token', None, 'dev_typescript_config_module'),
    ('todoist_api_token', G_DEV, [('hex', 40)], 'read', 'Kingfisher todoist (40 of [0-9a-z]; hex believed)', None, 'chat_mattermost_channel_paste'),
    ('shortcut_api_token', G_DEV, [U4], 'read', 'Kingfisher shortcut (UUID; v4 mine)', None, 'dev_curl_command_history'),
    ('clockify_api_key', G_DEV, [('alnum', 48)], 'read', 'Kingfisher clockify (48)', None, 'dev_python_settings_local_module'),
    ('readme_api_key', G_DEV, ['rdme_', ('lalnum', 70)], 'read', 'gitleaks readme-api-token', None, 'ci_forgejo_actions_workflow_env'),
    ('pandadoc_api_key', G_DEV, [('hex', 40)], 'read', 'Kingfisher pandadoc (40 of [a-zA-Z0-9]; hex believed)', None, 'dev_typescript_config_module'),
    # --- cloud and monitoring
    ('aws_iam_secret_access_key', G_CLOUD, [('b64', 40)], 'believed', '', ('access key id', ['AKIA', ('ualnum', 16)]), 'ops_spring_application_yml'),
    ('aws_bedrock_long_term_api_key', G_CLOUD, ['ABSK', ('b64', 132)], 'read', 'gitleaks aws-amazon-bedrock-api-key-long-lived (ABSK + 109-269 Base64; 132 mine)', None, 'dev_python_settings_local_module'),
    ('alibaba_cloud_accesskey_secret', G_CLOUD, [('alnum', 30)], 'read', 'gitleaks alibaba-secret-key (30; the LTAI id beside it from alibaba-access-key-id)', ('accesskey id', ['LTAI', ('alnum', 20)]), 'ops_go_service_config_toml'),
    ('yandex_cloud_api_key', G_CLOUD, ['AQVN', ('b64url', 36)], 'read', 'gitleaks yandex-api-key (AQVN + 35-38)', None, 'ops_go_service_config_toml'),
    ('new_relic_insert_key', G_CLOUD, ['NRII-', ('lalnum', 32)], 'read', 'gitleaks new-relic-insert-key', None, 'ops_spring_application_yml'),
    ('new_relic_browser_token', G_CLOUD, ['NRJS-', ('hex', 19)], 'read', 'gitleaks new-relic-browser-api-token', None, 'dev_typescript_config_module'),
    ('sumo_logic_access_key', G_CLOUD, [('alnum', 64)], 'read', 'gitleaks sumologic-access-token (64; the su + 12 id from sumologic-access-id)', ('access id', ['su', ('alnum', 12)]), 'ops_go_service_config_toml'),
    ('uptimerobot_main_api_key', G_CLOUD, ['ur', ('digits', 7), '-', ('hex', 24)], 'read', 'Kingfisher uptimerobot (9 - 24; the ur head believed)', None, 'dev_curl_command_history'),
    ('grafana_legacy_api_key', G_CLOUD, GRAFANA, 'read', 'gitleaks grafana-api-key (eyJrIjoi + 70-400 Base64; the {k, n, id} JSON inside believed)', None, 'dev_curl_command_history'),
    ('datadog_api_key', G_CLOUD, [('hex', 32)], 'believed', '', None, 'ci_forgejo_actions_workflow_env'),
]
VTYPE_NAMES = [t[0] for t in VTYPES]
VINFO = {t[0]: t for t in VTYPES}

# API hosts used by the curl style (real vendor domains where a file would name them).
CURL_HOSTS = {
    'thingsboard_device_access_token': ('POST', 'https://thingsboard.cloud/api/v1/{V}/telemetry', None),
    'ubidots_account_token': ('GET', 'https://industrial.api.ubidots.com/api/v1.6/devices/', 'X-Auth-Token'),
    'onfleet_api_key': ('GET', 'https://onfleet.com/api/v2/tasks/all', 'basicuser'),
    'telegram_bot_api_token': ('POST', 'https://api.telegram.org/bot{V}/sendMessage', None),
    'line_notify_access_token': ('POST', 'https://notify-api.line.me/api/notify', 'Bearer'),
    'zapier_catch_hook_url': ('POST', '{V}', None),
    'ifttt_webhooks_key': ('POST', 'https://maker.ifttt.com/trigger/kiln_done/with/key/{V}', None),
    'deepai_api_key': ('POST', 'https://api.deepai.org/api/text-generator', 'api-key'),
    'gitlab_feed_token': ('GET', 'https://git.bineweed.example/dashboard/projects.atom?feed_token={V}', None),
    'circleci_personal_api_token': ('GET', 'https://circleci.com/api/v2/me', 'Circle-Token'),
    'shortcut_api_token': ('GET', 'https://api.app.shortcut.com/api/v3/member', 'Shortcut-Token'),
    'uptimerobot_main_api_key': ('POST', 'https://api.uptimerobot.com/v2/getMonitors', 'form'),
    'grafana_legacy_api_key': ('GET', 'https://grafana.bineweed.example/api/dashboards/home', 'Bearer'),
}


def key_words(tname):
    return tname.split('_')


def kname(words, style):
    import everyday277 as E
    return E.key_name(words, style)


def gen_value(rng, t):
    spec = VINFO[t][2]
    if spec == OWNER:
        return C.draw_password(rng, C.JOINERS_WIDE, 0.5, ',"')
    if spec == GRAFANA:
        k = ''.join(rng.choice(C.ALNUM) for _ in range(32))
        body = json.dumps({'k': k, 'n': rng.choice(['kiln-export', 'press-board', 'coop-sla']), 'id': rng.randrange(1, 9)},
                          separators=(',', ':'))
        return base64.b64encode(body.encode()).decode()
    return C.gen_spec(rng, spec)


def check_value(t, v):
    spec = VINFO[t][2]
    if spec == OWNER:
        return None if C.is_password(v) else 'owner password form'
    if spec == GRAFANA:
        if not v.startswith('eyJrIjoi'):
            return 'grafana head'
        try:
            d = json.loads(base64.b64decode(v))
        except Exception:
            return 'grafana frame'
        ok = set(d) == {'k', 'n', 'id'} and re.match(r'^[0-9A-Za-z]{32}$', d['k'] or '')
        return None if ok else 'grafana fields'
    return None if C.spec_regex(spec).match(v) else 'spec regex'


# ---------------------------------------------------------------------------------------
STYLES = {
    'dev_dotenv_local_line': ('upper', '.env.local of a Bineweed service (a .env line)'),
    'ci_forgejo_actions_workflow_env': ('upper', 'Forgejo Actions workflow with a literal env value (a CI variable)'),
    'ci_circleci_config_job_environment': ('upper', 'CircleCI config.yml job environment (a CI variable)'),
    'dev_python_settings_local_module': ('upper', 'Python settings_local.py constant (a code line)'),
    'dev_typescript_config_module': ('camel', 'TypeScript config module (a code line)'),
    'dev_curl_command_history': ('native', 'curl command in a bash history (a curl command)'),
    'ops_spring_application_yml': ('kebab', 'Spring application-prod.yml (a config file)'),
    'ops_go_service_config_toml': ('snake', 'config.toml of a Go service (a config file)'),
    'chat_mattermost_channel_paste': ('spaced', 'Mattermost channel copied as text (a chat paste)'),
    'office_lastpass_csv_export': ('native', 'LastPass CSV export (a password-manager export)'),
    'office_proton_pass_csv_export': ('native', 'Proton Pass CSV export (a password-manager export)'),
    'office_outlook_message_body': ('spaced', 'Outlook message saved as text (mail)'),
    'office_whatsapp_chat_export_txt': ('spaced', 'WhatsApp chat export (.txt)'),
}


def _neigh_key(t, label, style):
    first = t.split('_')[0]
    return kname([first] + label.split(' '), style if style not in ('native',) else 'snake')


def render(style, t, neigh, ctx):
    """Template with marker M for the value and N for the neighbour value (if any)."""
    case = STYLES[style][0]
    words = key_words(t)
    key = kname(words, case) if case != 'native' else t
    nkey = _neigh_key(t, neigh[0], case) if neigh else None
    app = ctx['app']
    if style == 'dev_dotenv_local_line':
        lines = ['# .env.local for %s - not committed' % app, 'NODE_ENV=production']
        if neigh:
            lines.append('%s=%s' % (nkey, N))
        lines.append('%s=%s' % (key, M))
        lines.append('LOG_LEVEL=info')
        return '\n'.join(lines) + '\n'
    if style == 'ci_forgejo_actions_workflow_env':
        s = ('name: deploy-%s\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: docker\n    env:\n' % app)
        if neigh:
            s += '      %s: "%s"\n' % (nkey, N)
        s += '      %s: "%s"\n    steps:\n      - uses: actions/checkout@v4\n      - run: make deploy\n' % (key, M)
        return s
    if style == 'ci_circleci_config_job_environment':
        s = ('version: 2.1\njobs:\n  release:\n    docker:\n      - image: cimg/node:20.11\n    environment:\n')
        if neigh:
            s += '      %s: "%s"\n' % (nkey, N)
        s += '      %s: "%s"\n    steps:\n      - checkout\n      - run: npm run release\n' % (key, M)
        return s
    if style == 'dev_python_settings_local_module':
        s = '# settings_local.py (%s) - keep out of git\nDEBUG = False\n' % app
        if neigh:
            s += '%s = "%s"\n' % (nkey, N)
        s += '%s = "%s"\nTIMEOUT_SECONDS = 20\n' % (key, M)
        return s
    if style == 'dev_typescript_config_module':
        s = 'export const config = {\n  service: "%s",\n' % app
        if neigh:
            s += '  %s: "%s",\n' % (nkey, N)
        s += '  %s: "%s",\n  retries: 3,\n};\n' % (key, M)
        return s
    if style == 'dev_curl_command_history':
        meth, url, how = CURL_HOSTS[t]
        if '{V}' in url:
            url = url.replace('{V}', M)
            cmd = "curl -s -X %s '%s'" % (meth, url)
            if t == 'zapier_catch_hook_url':
                cmd = "curl -s -X POST -H 'Content-Type: application/json' -d '{\"lot\": \"BRK-24-117\", \"kiln\": 2}' '%s'" % M
            elif meth == 'POST':
                cmd += " -d 'chat_id=-100200300&text=kiln 2 finished'" if t == 'telegram_bot_api_token' else " -d '{\"value1\": \"kiln 2\"}'"
        elif how == 'Bearer':
            cmd = "curl -s -X %s -H 'Authorization: Bearer %s' '%s'" % (meth, M, url)
            if t == 'line_notify_access_token':
                cmd += " -F 'message=Kiln 2 ready for the press'"
        elif how == 'basicuser':
            cmd = "curl -s -u '%s:' '%s'" % (M, url)
        elif how == 'form':
            cmd = "curl -s -X POST -d 'api_key=%s&format=json' '%s'" % (M, url)
        else:
            cmd = "curl -s -X %s -H '%s: %s' '%s'" % (meth, how, M, url)
        return '  501  cd ~/src/%s\n  502  %s\n  503  history | tail -n 3\n' % (app, cmd)
    if style == 'ops_spring_application_yml':
        vendor = words[0]
        s = 'server:\n  port: 8443\nspring:\n  application:\n    name: %s\n%s:\n' % (app, vendor)
        if neigh:
            s += '  %s: "%s"\n' % (kname(neigh[0].split(' '), 'kebab'), N)
        s += '  %s: "%s"\n  timeout: 20s\n' % (kname(words[1:], 'kebab'), M)
        return s
    if style == 'ops_go_service_config_toml':
        vendor = words[0]
        s = '[server]\nlisten = ":8080"\n\n[%s]\n' % vendor
        if neigh:
            s += '%s = "%s"\n' % (kname(neigh[0].split(' '), 'snake'), N)
        s += '%s = "%s"\nretries = 3\n' % (kname(words[1:], 'snake'), M)
        return s
    if style == 'chat_mattermost_channel_paste':
        who = ctx['who']
        s = '%s  10:41 AM\nmoving %s over to the new box today\n' % (who, app)
        if neigh:
            s += '%s  10:42 AM\n%s is %s\n' % (who, ' '.join(words[:1] + neigh[0].split(' ')), N)
        s += '%s  10:42 AM\n%s: %s\n%s  10:44 AM\nthanks, got it\n' % (who, ' '.join(words), M, ctx['who2'])
        return s
    if style == 'office_lastpass_csv_export':
        site = ctx['site']
        return ('url,username,password,totp,extra,name,grouping,fav\n'
                'https://%s/login,%s,%s,,%s %s,%s,Trade,0\n') % (site, ctx['login'], M, neigh[0], N, ' '.join(words[:-1]), )
    if style == 'office_proton_pass_csv_export':
        site = ctx['site']
        return ('name,url,email,username,password,note,totp,createTime,modifyTime,vault\n'
                '%s,https://%s/,%s,%s,%s,%s %s,,1735689600,1735689600,Personal\n') % (
                    ' '.join(words[:-1]), site, ctx['email'], ctx['login'], M, neigh[0], N)
    if style == 'office_outlook_message_body':
        return ('From: %s <%s>\nTo: %s\nSubject: %s login\nDate: Tue, 14 Jan 2025 09:12:44 +0000\n\n'
                'Hi,\n\nfor the %s account: %s %s, user %s, %s %s\n\nPlease delete this once it is in the vault.\n\n%s\n') % (
                    ctx['who'], ctx['email'], ctx['email2'], ' '.join(words[:-1]), ' '.join(words[:-1]), neigh[0], N, ctx['login'],
                    ' '.join(words[-1:]), M, ctx['who'].split()[0])
    if style == 'office_whatsapp_chat_export_txt':
        return ('14/01/2025, 09:12 - %s: morning, the %s login for the office PC\n'
                '14/01/2025, 09:13 - %s: %s %s\n14/01/2025, 09:13 - %s: %s %s\n14/01/2025, 09:15 - %s: ta, saved\n') % (
                    ctx['who'], ' '.join(words[:-1]), ctx['who'], neigh[0], N, ctx['who'], ' '.join(words[-1:]), M, ctx['who2'])
    raise ValueError(style)


SITES = {
    'british_hop_association_members_password': 'britishhops.org.uk',
    'charles_faram_grower_portal_password': 'charlesfaram.co.uk',
    'barth_haas_supplier_portal_password': 'barthhaas.com',
    'frontier_agriculture_grain_portal_password': 'frontierag.co.uk',
    'red_tractor_assurance_portal_password': 'redtractor.org.uk',
    'magb_members_area_password': 'ukmalt.com',
    'rural_payments_agency_service_password': 'rural-payments.service.gov.uk',
    'hmrc_government_gateway_password': 'www.access.service.gov.uk',
    'apha_ipaffs_importer_password': 'import-products-animals-food-feed.service.gov.uk',
    'environment_agency_abstraction_permits_password': 'environment-agency.gov.uk',
    'campden_bri_results_portal_password': 'campdenbri.co.uk',
    'siba_members_portal_password': 'siba.co.uk',
    'yakima_chief_hops_grower_portal_password': 'yakimachief.com',
    'ahdb_levy_returns_password': 'ahdb.org.uk',
    'hopsteiner_supplier_portal_password': 'hopsteiner.com',
    'ibd_members_area_password': 'ibd.org.uk',
}

APPS = ['kiln-bridge', 'trace-api', 'coop-shop', 'batch-app', 'crew-app', 'press-board', 'weather-sync', 'despatch-desk']


def generate(reg):
    rng = random.Random(C.SEEDS['vendor'])
    recs = []
    neighbours = []
    for t, group, spec, prov, note, neigh, style in VTYPES:
        p = W.person(rng)
        p2 = W.person(rng)
        ctx = {'app': rng.choice(APPS), 'who': p[0], 'who2': p2[0], 'site': SITES.get(t, ''),
               'login': p[1] + '@' + W.FIRMS[p[2]]['domain'] if rng.random() < 0.5 else p[1],
               'email': p[1] + '@' + W.FIRMS[p[2]]['domain'], 'email2': p2[1] + '@' + W.FIRMS[p2[2]]['domain']}
        tpl = render(style, t, neigh, ctx)
        value = reg.draw(lambda: gen_value(rng, t))
        nval = None
        if neigh:
            nval = reg.draw(lambda: C.gen_spec(rng, neigh[1]))
            tpl = tpl.replace(N, nval)
        text, s, e = C.place(tpl, value)
        rec = {'type': t, 'container': '%s__%s' % (t, style), 'text': text,
               'secrets': [{'value': value, 'start': s, 'end': e, 'type': t}], 'source': 'vendor'}
        recs.append(rec)
        neighbours.append((len(recs) - 1, nval))
    return recs, neighbours
