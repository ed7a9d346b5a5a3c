"""Vendor positives: one record per vendor type, each in a container typical of where
that key lives; the public half of a pair sits next to the secret, unlabelled."""
import base64
import random
import re

import common269 as C
import world269 as W
from everyday269 import key_style, MK

AL = {
    'hex': C.HEXL, 'HEX': C.HEXU, 'b62': C.B62, 'lan': C.LOALNUM, 'uan': C.UPALNUM, 'b64u': C.B64URL,
    'b64': C.B64STD, 'dig': C.DIGITS, 'let': C.UPPER + C.LOWER, 'b32u': C.UPPER + '234567',
    'lowb64u': C.LOWER + C.DIGITS + '-_',
}
AL_RE = {
    'hex': '[0-9a-f]', 'HEX': '[0-9A-F]', 'b62': '[0-9A-Za-z]', 'lan': '[a-z0-9]', 'uan': '[A-Z0-9]',
    'b64u': '[A-Za-z0-9_-]', 'b64': '[A-Za-z0-9+/]', 'dig': '[0-9]', 'let': '[A-Za-z]', 'b32u': '[A-Z2-7]',
    'lowb64u': '[a-z0-9_-]',
}
ALNAME = {
    'hex': 'lower-case hex', 'HEX': 'upper-case hex', 'b62': 'alphanumerics', 'lan': 'lower-case alphanumerics',
    'uan': 'upper-case alphanumerics', 'b64u': 'base64url characters', 'b64': 'standard Base64 characters',
    'dig': 'digits', 'let': 'letters', 'b32u': 'upper-case Base32 characters', 'lowb64u': 'characters of [a-z0-9_-]',
}


def gen_parts(rng, parts):
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append(p)
        elif p[0] == 'uuid':
            out.append(C.uuid4(rng))
        elif p[0] == 'UUID':
            out.append(C.uuid4(rng).upper())
        elif p[0] == 'mz':
            out.append(rng.choice('MNOPQRSTUVWXYZ'))
        else:
            out.append(C.rstr(rng, AL[p[0]], p[1]))
    return ''.join(out)


def parts_re(parts):
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append(re.escape(p))
        elif p[0] in ('uuid', 'UUID'):
            h = '[0-9a-f]' if p[0] == 'uuid' else '[0-9A-F]'
            out.append('%s{8}-%s{4}-4%s{3}-[89ab%s]%s{3}-%s{12}' % (h, h, h, 'AB' if p[0] == 'UUID' else '', h, h))
        elif p[0] == 'mz':
            out.append('[M-Z]')
        else:
            out.append('%s{%d}' % (AL_RE[p[0]], p[1]))
    return re.compile('^' + ''.join(out) + '$')


def parts_desc(parts):
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append('`%s`' % p)
        elif p[0] == 'uuid':
            out.append('UUIDv4')
        elif p[0] == 'UUID':
            out.append('upper-case UUIDv4')
        elif p[0] == 'mz':
            out.append('one of M-Z')
        else:
            out.append('%d %s' % (p[1], ALNAME[p[0]]))
    return ' + '.join(out)


# ------------------------------------------------------------------ specs
# (type, group, shape, source, note, neighbour (label words, parts) or None, style)
OWN = 'owner'
GROUPS = {
    'trade_portals': 'Trade portals, assurance schemes and equipment makers (owner-chosen logins)',
    'trade_services': 'Poultry-farm data, fleet, weather, routing and device platforms',
    'commerce': 'Shop, payments, accounting, mail and messaging',
    'ai': 'AI services',
    'dev': 'Developer services',
    'cloud': 'Cloud, monitoring, networking and maps',
}
S = [
    # ---- trade portals (owner-chosen)
    ('red_tractor_assurance_portal_password', 'trade_portals', OWN, 'owner', '', (['membership', 'number'], ['R', ('dig', 7)]), 'office_enpass_json_export'),
    ('rspca_assured_member_portal_password', 'trade_portals', OWN, 'owner', '', (['member', 'number'], [('dig', 6)]), 'office_roboform_csv_export'),
    ('british_lion_code_portal_password', 'trade_portals', OWN, 'owner', '', (['licence', 'number'], ['LC', ('dig', 5)]), 'office_firefox_logins_csv_export'),
    ('apha_poultry_register_login_password', 'trade_portals', OWN, 'owner', '', (['cph'], [('dig', 2), '/', ('dig', 3), '/', ('dig', 4)]), 'office_chrome_passwords_csv_export'),
    ('egg_marketing_inspectorate_portal_password', 'trade_portals', OWN, 'owner', '', (['establishment', 'number'], ['UK', ('dig', 5)]), 'office_signal_desktop_chat_copy'),
    ('moba_remote_service_portal_password', 'trade_portals', OWN, 'owner', '', (['machine', 'serial'], ['M', ('dig', 6)]), 'office_enpass_json_export'),
    ('sanovo_customer_portal_password', 'trade_portals', OWN, 'owner', '', (['customer', 'number'], [('dig', 7)]), 'office_roboform_csv_export'),
    ('petersime_customer_portal_password', 'trade_portals', OWN, 'owner', '', (['hatchery', 'id'], ['PS-', ('dig', 5)]), 'office_telegram_desktop_export_json'),
    ('pas_reform_smartcenter_password', 'trade_portals', OWN, 'owner', '', (['hatchery', 'code'], ['PR', ('uan', 6)]), 'office_chrome_passwords_csv_export'),
    ('fancom_isfarming_account_password', 'trade_portals', OWN, 'owner', '', (['account', 'email'], 'email'), 'office_firefox_logins_csv_export'),
    ('big_dutchman_bigfarmnet_password', 'trade_portals', OWN, 'owner', '', (['user', 'name'], 'user'), 'office_slack_channel_export_json'),
    ('vencomatic_service_portal_password', 'trade_portals', OWN, 'owner', '', (['customer', 'number'], ['V', ('dig', 6)]), 'office_signal_desktop_chat_copy'),
    ('aviagen_customer_portal_password', 'trade_portals', OWN, 'owner', '', (['account', 'email'], 'email'), 'office_enpass_json_export'),
    ('hyline_customer_portal_password', 'trade_portals', OWN, 'owner', '', (['customer', 'id'], ['HL', ('dig', 6)]), 'office_roboform_csv_export'),
    ('forfarmers_online_ordering_password', 'trade_portals', OWN, 'owner', '', (['account', 'number'], [('dig', 8)]), 'office_telegram_desktop_export_json'),
    # ---- trade services
    ('porphyrio_flock_insights_api_key', 'trade_services', [('hex', 40)], 'guessed', '', None, 'iot_node_red_flows_cred_json'),
    ('maximus_smart_farm_api_token', 'trade_services', [('b64u', 48)], 'guessed', '', None, 'iot_node_red_flows_cred_json'),
    ('hotraco_cloud_api_key', 'trade_services', [('b62', 32)], 'guessed', '', None, 'ops_ansible_group_vars_yml'),
    ('agrologic_agrinet_api_token', 'trade_services', [('uuid',)], 'guessed', '', None, 'iot_chirpstack_integration_toml'),
    ('samsara_fleet_api_token', 'trade_services', ['samsara_api_', ('b62', 30)], 'believed', '', None, 'ops_k8s_secret_stringdata_manifest'),
    ('tive_tracker_api_key', 'trade_services', [('hex', 32)], 'guessed', '', None, 'ops_render_blueprint_envvars_yaml'),
    ('visual_crossing_weather_api_key', 'trade_services', [('uan', 25)], 'read', 'Kingfisher visualcrossing', None, 'iot_esphome_device_yaml'),
    ('meteoblue_forecast_api_key', 'trade_services', [('b62', 16)], 'guessed', '', None, 'iot_chirpstack_integration_toml'),
    ('xweather_client_secret', 'trade_services', [('b62', 40)], 'guessed', '', (['client', 'id'], [('b62', 21)]), 'ops_app_engine_app_yaml_env'),
    ('optimoroute_api_key', 'trade_services', [('b62', 40)], 'guessed', '', None, 'ops_kamal_secrets_dotenv'),
    ('onfleet_api_key', 'trade_services', [('lan', 32)], 'read', 'Kingfisher onfleet', None, 'ops_serverless_framework_environment_yml'),
    ('the_things_stack_api_key', 'trade_services', ['NNSXS.', ('b32u', 39), '.', ('b32u', 52)], 'believed', '', None, 'iot_chirpstack_integration_toml'),
    ('thingspeak_channel_write_api_key', 'trade_services', [('uan', 16)], 'believed', '', (['channel', 'id'], [('dig', 7)]), 'iot_esphome_device_yaml'),
    ('ubidots_account_token', 'trade_services', ['BBFF-', ('b62', 30)], 'read', 'Kingfisher ubidots', None, 'iot_node_red_flows_cred_json'),
    ('home_assistant_long_lived_access_token', 'trade_services', 'jwt_ha', 'believed', 'real HS256 JWT {iss, iat, exp} under a discarded key', None, 'iot_node_red_flows_cred_json'),
    ('tuya_iot_access_secret', 'trade_services', [('hex', 32)], 'guessed', '', (['access', 'id'], [('lan', 20)]), 'ops_ansible_group_vars_yml'),
    ('thingsboard_device_access_token', 'trade_services', [('lan', 20)], 'read', 'Kingfisher thingsboard', None, 'iot_chirpstack_integration_toml'),
    ('arduino_iot_cloud_client_secret', 'trade_services', [('b62', 64)], 'guessed', '', (['client', 'id'], [('uan', 32)]), 'dev_bashrc_exports'),
    ('balena_cloud_session_api_key', 'trade_services', [('b62', 32)], 'guessed', '', None, 'dev_terminal_scrollback_capture'),
    ('netatmo_app_client_secret', 'trade_services', [('b62', 30)], 'guessed', '', (['client', 'id'], [('hex', 24)]), 'ops_ansible_group_vars_yml'),
    ('roboflow_private_api_key', 'trade_services', [('b62', 20)], 'guessed', '', None, 'dev_terminal_scrollback_capture'),
    # ---- commerce, mail, messaging
    ('ecwid_store_secret_token', 'commerce', ['secret_', ('b62', 32)], 'believed', '', (['store', 'id'], [('dig', 8)]), 'ops_render_blueprint_envvars_yaml'),
    ('shopify_admin_api_access_token', 'commerce', ['shpat_', ('hex', 32)], 'read', 'gitleaks shopify-access-token', None, 'ops_k8s_secret_stringdata_manifest'),
    ('bigcommerce_store_api_token', 'commerce', [('lan', 31)], 'guessed', '', (['client', 'id'], [('lan', 31)]), 'ops_serverless_framework_environment_yml'),
    ('sumup_secret_api_key', 'commerce', ['sup_sk_', ('b62', 32)], 'believed', '', None, 'ops_kamal_secrets_dotenv'),
    ('mollie_live_api_key', 'commerce', ['live_', ('b62', 30)], 'believed', '', None, 'ops_app_engine_app_yaml_env'),
    ('gocardless_live_access_token', 'commerce', ['live_', ('b64u', 40)], 'read', 'gitleaks gocardless-api-token', None, 'ops_openfaas_stack_yml'),
    ('stripe_restricted_live_key', 'commerce', ['rk_live_', ('b62', 99)], 'read', 'gitleaks stripe-access-token (10-99 alphanumerics; 99 mine)', None, 'dev_stripe_cli_config_toml'),
    ('xero_oauth_client_secret', 'commerce', [('b64u', 48)], 'guessed', '', (['client', 'id'], [('HEX', 32)]), 'ops_cloudformation_parameter_overrides_json'),
    ('quickbooks_oauth_client_secret', 'commerce', [('b62', 40)], 'guessed', '', (['client', 'id'], ['AB', ('b62', 48)]), 'ops_dokku_config_show_capture'),
    ('freeagent_oauth_client_secret', 'commerce', [('b64u', 22)], 'guessed', '', (['oauth', 'identifier'], [('b64u', 22)]), 'ops_railway_variables_capture'),
    ('mailchimp_marketing_api_key', 'commerce', [('hex', 32), '-us', ('dig', 2)], 'read', 'gitleaks mailchimp-api-key', None, 'ops_openfaas_stack_yml'),
    ('brevo_transactional_api_key', 'commerce', ['xkeysib-', ('hex', 64), '-', ('b62', 16)], 'read', 'gitleaks sendinblue-api-token', None, 'ops_k8s_secret_stringdata_manifest'),
    ('postmark_server_api_token', 'commerce', [('uuid',)], 'read', 'Kingfisher postmark (UUID shape; v4 mine)', None, 'ops_serverless_framework_environment_yml'),
    ('mailgun_private_api_key', 'commerce', ['key-', ('hex', 32)], 'read', 'gitleaks mailgun-private-api-token', None, 'ops_render_blueprint_envvars_yaml'),
    ('twilio_account_auth_token', 'commerce', [('hex', 32)], 'read', 'Kingfisher twilio (32 of [a-z0-9]; hex believed)', (['account', 'sid'], ['AC', ('hex', 32)]), 'ops_app_engine_app_yaml_env'),
    ('telegram_bot_api_token', 'commerce', [('dig', 10), ':AA', ('b64u', 33)], 'read', 'gitleaks telegram-bot-api-token, Kingfisher telegrambottoken', None, 'iot_node_red_flows_cred_json'),
    ('slack_bot_user_oauth_token', 'commerce', ['xoxb-', ('dig', 13), '-', ('dig', 13), '-', ('b62', 24)], 'read', 'gitleaks slack-bot-token', None, 'dev_dotenv_local_file'),
    ('discord_bot_token', 'commerce', [('mz',), ('b64u', 23), '.', ('b64u', 6), '.', ('b64u', 27)], 'read', 'Kingfisher discord bot token', None, 'ops_kamal_secrets_dotenv'),
    ('pushover_application_token', 'commerce', ['a', ('lan', 29)], 'believed', '', (['user', 'key'], ['u', ('lan', 29)]), 'iot_esphome_device_yaml'),
    ('messagebird_live_access_key', 'commerce', [('b62', 25)], 'read', 'gitleaks messagebird-api-token', None, 'ops_railway_variables_capture'),
    ('intercom_workspace_access_token', 'commerce', 'intercom', 'read', 'Kingfisher intercom (59 Base64 + =); the tok:UUID:1:0 body believed', None, 'ops_dokku_config_show_capture'),
    ('zendesk_support_api_token', 'commerce', [('b62', 40)], 'read', 'gitleaks zendesk-secret-key', (['agent', 'email'], 'email'), 'dev_httpyac_config_json'),
    ('freshdesk_agent_api_key', 'commerce', [('b62', 20)], 'guessed', '', None, 'ops_railway_variables_capture'),
    ('zettle_oauth_client_secret', 'commerce', [('b64u', 43)], 'guessed', '', (['client', 'id'], [('uuid',)]), 'ops_kamal_secrets_dotenv'),
    ('textlocal_messenger_api_key', 'commerce', [('b62', 44)], 'guessed', '', None, 'ops_dokku_config_show_capture'),
    ('sage_accounting_client_secret', 'commerce', [('b62', 40)], 'guessed', '', (['client', 'id'], [('hex', 32)]), 'ops_railway_variables_capture'),
    ('klaviyo_private_api_key', 'commerce', ['pk_', ('hex', 34)], 'believed', '', None, 'ops_render_blueprint_envvars_yaml'),
    ('posthog_personal_api_key', 'dev', ['phx_', ('b62', 43)], 'believed', '', None, 'dev_dotenv_local_file'),
    # ---- AI
    ('openai_project_api_key', 'ai', ['sk-proj-', ('b64u', 74), 'T3BlbkFJ', ('b64u', 74)], 'read', 'gitleaks openai-api-key', None, 'dev_bashrc_exports'),
    ('anthropic_console_api_key', 'ai', ['sk-ant-api03-', ('b64u', 93), 'AA'], 'read', 'gitleaks anthropic-api-key', None, 'dev_dotenv_local_file'),
    ('google_gemini_api_key', 'ai', ['AIza', ('b64u', 35)], 'read', 'gitleaks gcp-api-key', None, 'dev_powershell_profile_env'),
    ('groq_cloud_api_key', 'ai', ['gsk_', ('b62', 52)], 'read', 'Kingfisher groq', None, 'dev_hoppscotch_environment_json'),
    ('replicate_api_token', 'ai', ['r8_', ('b64u', 37)], 'read', 'Kingfisher replicate', None, 'dev_httpyac_config_json'),
    ('huggingface_user_access_token', 'ai', ['hf_', ('let', 34)], 'read', 'gitleaks huggingface-access-token', None, 'dev_huggingface_token_file'),
    ('perplexity_api_key', 'ai', ['pplx-', ('b62', 48)], 'read', 'gitleaks perplexity-api-key', None, 'dev_bashrc_exports'),
    ('langsmith_personal_api_key', 'ai', ['lsv2_pt_', ('hex', 32), '_', ('hex', 10)], 'believed', '', None, 'dev_dotenv_local_file'),
    ('pinecone_api_key', 'ai', ['pcsk_', ('b62', 5), '_', ('b62', 63)], 'believed', '', None, 'dev_powershell_profile_env'),
    ('together_ai_api_key', 'ai', [('hex', 64)], 'guessed', '', None, 'dev_hoppscotch_environment_json'),
    ('fireworks_ai_api_key', 'ai', ['fw_', ('b62', 24)], 'guessed', '', None, 'dev_httpyac_config_json'),
    # ---- developer services
    ('github_fine_grained_personal_access_token', 'dev', ['github_pat_', ('b62', 22), '_', ('b62', 59)], 'read', 'gitleaks github-fine-grained-pat (82 word characters; 22 _ 59 believed)', None, 'dev_bashrc_exports'),
    ('gitlab_personal_access_token', 'dev', ['glpat-', ('b64u', 20)], 'read', 'gitleaks gitlab-pat', None, 'dev_glab_cli_config_yml'),
    ('npm_automation_access_token', 'dev', ['npm_', ('b62', 36)], 'read', 'gitleaks npm-access-token', None, 'dev_npmrc_auth_line'),
    ('heroku_platform_api_key', 'dev', ['HRKU-AA', ('b64u', 58)], 'read', 'gitleaks heroku-api-key-v2', None, 'dev_powershell_profile_env'),
    ('digitalocean_personal_access_token', 'dev', ['dop_v1_', ('hex', 64)], 'read', 'gitleaks digitalocean-pat', None, 'dev_doctl_config_yaml'),
    ('vercel_personal_access_token', 'dev', [('b62', 24)], 'read', 'Kingfisher vercel', None, 'dev_terminal_scrollback_capture'),
    ('pulumi_access_token', 'dev', ['pul-', ('hex', 40)], 'read', 'gitleaks pulumi-api-token', None, 'dev_bashrc_exports'),
    ('snyk_api_token', 'dev', [('uuid',)], 'read', 'gitleaks snyk-api-token (UUID shape; v4 mine)', None, 'dev_hoppscotch_environment_json'),
    ('circleci_personal_api_token', 'dev', ['CCIPAT_', ('b62', 22), '_', ('hex', 40)], 'read', 'Kingfisher circleci (CCIPAT_ + 22 + _ + 40; the classes simplified)', None, 'ops_kamal_secrets_dotenv'),
    ('buildkite_user_api_token', 'dev', ['bkua_', ('lan', 40)], 'read', 'Kingfisher buildkite', None, 'ops_kamal_secrets_dotenv'),
    ('notion_internal_integration_secret', 'dev', ['ntn_', ('dig', 11), ('b62', 35)], 'read', 'gitleaks notion-api-token', None, 'dev_dotenv_local_file'),
    ('airtable_personal_access_token', 'dev', ['pat', ('b62', 14), '.', ('hex', 64)], 'read', 'gitleaks airtable-personnal-access-token', None, 'ops_render_blueprint_envvars_yaml'),
    ('monday_api_v2_token', 'dev', 'jwt_monday', 'read', 'Kingfisher monday (eyJ . eyJ . ); real HS256 JWT under a discarded key, claims believed', None, 'ops_serverless_framework_environment_yml'),
    ('shortcut_api_token', 'dev', [('uuid',)], 'read', 'Kingfisher shortcut (UUID shape; v4 mine)', None, 'dev_hoppscotch_environment_json'),
    ('sentry_user_auth_token', 'dev', ['sntryu_', ('hex', 64)], 'read', 'gitleaks sentry-user-token', None, 'dev_bashrc_exports'),
    ('rollbar_project_access_token', 'dev', [('hex', 32)], 'guessed', '', None, 'ops_railway_variables_capture'),
    ('prefect_cloud_api_key', 'dev', ['pnu_', ('b62', 36)], 'read', 'gitleaks prefect-api-token', None, 'dev_dotenv_local_file'),
    ('rubygems_push_api_key', 'dev', ['rubygems_', ('hex', 48)], 'read', 'gitleaks rubygems-api-token', None, 'dev_gem_credentials_yaml'),
    ('age_identity_secret_key', 'dev', 'age', 'read', 'gitleaks age-secret-key (AGE-SECRET-KEY-1 + 58 bech32); a real bech32 checksum here', None, 'dev_sops_age_keys_txt'),
    # ---- cloud, monitoring, networking, maps
    ('aws_iam_user_secret_access_key', 'cloud', [('b64', 40)], 'read', 'the access key id shape from gitleaks aws-access-token; the 40-character secret believed', (['access', 'key', 'id'], ['AKIA', ('b32u', 16)]), 'dev_aws_credentials_ini'),
    ('google_oauth_web_client_secret', 'cloud', ['GOCSPX-', ('b64u', 28)], 'believed', '', (['client', 'id'], 'gclient'), 'ops_app_engine_app_yaml_env'),
    ('azure_storage_account_access_key', 'cloud', [('b64', 86), '=='], 'read', 'Kingfisher azurestorage key (86-88 + ==)', (['account', 'name'], 'azname'), 'ops_k8s_secret_stringdata_manifest'),
    ('cloudflare_scoped_api_token', 'cloud', [('lowb64u', 40)], 'read', 'gitleaks cloudflare-api-key', None, 'ops_kamal_secrets_dotenv'),
    ('cloudflare_global_api_key', 'cloud', [('hex', 37)], 'read', 'gitleaks cloudflare-global-api-key', (['account', 'email'], 'email'), 'ops_ansible_group_vars_yml'),
    ('hetzner_cloud_api_token', 'cloud', [('b62', 64)], 'believed', '', None, 'dev_hcloud_cli_toml'),
    ('linode_personal_access_token', 'cloud', [('hex', 64)], 'believed', '', None, 'ops_cloudformation_parameter_overrides_json'),
    ('tailscale_preauth_key', 'cloud', ['tskey-auth-', ('b62', 17), '-', ('b62', 33)], 'read', 'Kingfisher tailscale (tskey-<kind>-...-...)', None, 'ops_k8s_secret_stringdata_manifest'),
    ('datadog_agent_api_key', 'cloud', [('hex', 32)], 'read', 'Kingfisher datadog (32 of [a-z0-9]; hex believed)', None, 'ops_k8s_secret_stringdata_manifest'),
    ('new_relic_user_api_key', 'cloud', ['NRAK-', ('uan', 27)], 'read', 'gitleaks new-relic-user-api-key', None, 'dev_powershell_profile_env'),
    ('new_relic_license_ingest_key', 'cloud', [('hex', 36), 'NRAL'], 'believed', '', None, 'ops_app_engine_app_yaml_env'),
    ('pagerduty_events_routing_key', 'cloud', [('hex', 32)], 'guessed', '', None, 'ops_render_blueprint_envvars_yaml'),
    ('uptimerobot_main_api_key', 'cloud', ['u', ('dig', 7), '-', ('hex', 24)], 'read', 'Kingfisher uptimerobot (9 + - + 24; u + 7 digits and hex believed)', None, 'ops_dokku_config_show_capture'),
    ('dropbox_short_lived_access_token', 'cloud', ['sl.', ('b64u', 135)], 'read', 'gitleaks dropbox-short-lived-api-token', None, 'ops_railway_variables_capture'),
    ('google_maps_platform_server_key', 'cloud', ['AIza', ('b64u', 35)], 'read', 'gitleaks gcp-api-key', None, 'ops_render_blueprint_envvars_yaml'),
    ('here_location_services_api_key', 'cloud', [('b64u', 43)], 'read', 'Kingfisher hereapi (43)', None, 'ops_serverless_framework_environment_yml'),
    ('tomtom_maps_api_key', 'cloud', [('b62', 32)], 'read', 'Kingfisher tomtom', None, 'ops_openfaas_stack_yml'),
    ('dynatrace_environment_api_token', 'cloud', ['dt0c01.', ('uan', 24), '.', ('uan', 64)], 'read', 'gitleaks dynatrace-api-token', None, 'ops_cloudformation_parameter_overrides_json'),
    ('planetscale_branch_connection_password', 'cloud', ['pscale_pw_', ('b64u', 43)], 'read', 'gitleaks planetscale-password', (['username'], [('lan', 12)]), 'ops_openfaas_stack_yml'),
    ('databricks_workspace_access_token', 'cloud', ['dapi', ('hex', 32)], 'read', 'gitleaks databricks-api-token', None, 'ops_cloudformation_parameter_overrides_json'),
    ('sumo_logic_access_key', 'cloud', [('b62', 64)], 'read', 'gitleaks sumologic-access-token', (['access', 'id'], ['su', ('b62', 12)]), 'ops_ansible_group_vars_yml'),
    ('scalingo_api_token', 'cloud', ['tk-us-', ('b64u', 48)], 'read', 'gitleaks scalingo-api-token', None, 'ops_dokku_config_show_capture'),
    ('infracost_api_key', 'cloud', ['ico-', ('b62', 32)], 'read', 'gitleaks infracost-api-token', None, 'dev_terminal_scrollback_capture'),
    ('alibaba_cloud_access_key_secret', 'cloud', [('b62', 30)], 'read', 'gitleaks alibaba-secret-key (30 of [a-z0-9], case mine)', (['access', 'key', 'id'], ['LTAI', ('b62', 20)]), 'ops_cloudformation_parameter_overrides_json'),
]
TYPE_NAMES = [s[0] for s in S]
SPEC = {s[0]: s for s in S}


# ------------------------------------------------------------------ values and neighbours
def gen_value(spec, rng, secrets):
    shape = spec[2]
    if shape == OWN:
        return C.make_password(rng, '-_.!@+~#*', cap=0.5)
    if shape == 'jwt_ha':
        iat = rng.randint(1735689600, 1767225599)
        return C.jwt_hs256(secrets['jwt_key'], {'alg': 'HS256', 'typ': 'JWT'},
                           {'iss': rng.choice(C.HEXL) + C.rstr(rng, C.HEXL, 31), 'iat': iat, 'exp': iat + 315360000})
    if shape == 'jwt_monday':
        return C.jwt_hs256(secrets['jwt_key'], {'alg': 'HS256'},
                           {'tid': rng.randint(10 ** 8, 10 ** 9 - 1), 'aai': rng.randint(10, 99),
                            'uid': rng.randint(10 ** 7, 10 ** 8 - 1), 'iad': '2025-%02d-%02dT%02d:%02d:%02d.000Z' % (
                                rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)),
                            'per': 'me:write', 'actid': rng.randint(10 ** 6, 10 ** 7 - 1), 'rgn': 'euc1'})
    if shape == 'intercom':
        return base64.b64encode(('tok:' + C.uuid4(rng).replace('-', '_') + ':1:0').encode()).decode()
    if shape == 'age':
        raw = bytes(rng.getrandbits(8) for _ in range(32))
        return C.bech32_encode('age-secret-key-', raw).upper()
    return gen_parts(rng, shape)


def check_value(spec, v, secrets):
    shape = spec[2]
    if shape == OWN:
        return C.is_world_password(v, strict=False)
    if shape in ('jwt_ha', 'jwt_monday'):
        return bool(C.JWT_RE.fullmatch(v)) and C.jwt_verify(v, [secrets['jwt_key']])
    if shape == 'intercom':
        try:
            d = base64.b64decode(v, validate=True).decode()
        except Exception:
            return False
        return len(v) == 60 and re.fullmatch(r'tok:[0-9a-f]{8}_[0-9a-f]{4}_4[0-9a-f]{3}_[89ab][0-9a-f]{3}_[0-9a-f]{12}:1:0', d) is not None
    if shape == 'age':
        return v.startswith('AGE-SECRET-KEY-1') and len(v) == 74 and C.bech32_ok(v.lower())
    return bool(parts_re(shape).match(v))


def shape_desc(spec):
    shape = spec[2]
    if shape == OWN:
        return 'owner-chosen password'
    return {'jwt_ha': 'real HS256 JWT (header {alg, typ}; claims {iss, iat, exp}) under a discarded key',
            'jwt_monday': 'real HS256 JWT (header {alg}; claims {tid, aai, uid, iad, per, actid, rgn}) under a discarded key',
            'intercom': 'standard Base64 of `tok:` + a UUIDv4 written with underscores + `:1:0` (60 characters, so it starts `dG9rO`)',
            'age': '`AGE-SECRET-KEY-1` + 58 upper-case bech32 characters: the real bech32 encoding (with checksum) of 32 random bytes'
            }.get(shape) if isinstance(shape, str) else parts_desc(shape)


def gen_neighbour(nspec, rng):
    label, p = nspec
    if p == 'email':
        return W.email(rng)
    if p == 'user':
        return rng.choice(W.USERS[:17]) + '.' + rng.choice(['hollinbrook', 'westfold', 'caldermere'])
    if p == 'gclient':
        return '%d-%s.apps.googleusercontent.com' % (rng.randint(10 ** 11, 10 ** 12 - 1), C.rstr(rng, C.LOALNUM, 32))
    if p == 'azname':
        return rng.choice(['hollinbrookexports', 'westfoldedi', 'spurwingbackups']) + str(rng.randint(10, 99))
    return gen_parts(rng, p)


# ------------------------------------------------------------------ styles
def _vendor_word(t):
    return t.split('_')[0]


def _pretty(t):
    stop = {'password', 'api', 'key', 'token', 'secret', 'access', 'personal', 'login'}
    ws = [w for w in t.split('_') if w not in stop]
    return ' '.join(w.capitalize() for w in ws)


def st_k8s(r, k, v, nk, nv):
    extra = '    %s: "%s"\n' % (nk, nv) if nk else ''
    return ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s\n  namespace: farm\ntype: Opaque\nstringData:\n%s    %s: \"%s\"\n") % (
        r.choice(W.SERVICES), extra, k, v)


def st_render(r, k, v, nk, nv):
    extra = '      - key: %s\n        value: %s\n' % (nk, nv) if nk else ''
    return ("services:\n  - type: web\n    name: %s\n    runtime: node\n    plan: starter\n    envVars:\n      - key: NODE_ENV\n"
            "        value: production\n%s      - key: %s\n        value: %s\n") % (r.choice(W.SERVICES), extra, k, v)


def st_appengine(r, k, v, nk, nv):
    extra = '  %s: "%s"\n' % (nk, nv) if nk else ''
    return ("runtime: python311\ninstance_class: F1\nentrypoint: gunicorn -b :$PORT main:app\nenv_variables:\n%s  %s: \"%s\"\n") % (extra, k, v)


def st_serverless(r, k, v, nk, nv):
    extra = '    %s: %s\n' % (nk, nv) if nk else ''
    return ("service: %s\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  region: eu-west-2\n  environment:\n%s    %s: %s\n"
            "functions:\n  sync:\n    handler: handler.sync\n") % (r.choice(W.SERVICES), extra, k, v)


def st_dokku(r, k, v, nk, nv):
    app = r.choice(W.REPOS)
    rows = [('DOKKU_APP_TYPE', 'herokuish'), ('NODE_ENV', 'production')] + ([(nk, nv)] if nk else []) + [(k, v)]
    w = max(len(a) for a, _ in rows) + 2
    return ('$ dokku config:show %s\n=====> %s env vars\n' % (app, app)) + ''.join('%s%s\n' % ((a + ':').ljust(w), b) for a, b in rows)


def st_kamal(r, k, v, nk, nv):
    extra = '%s=%s\n' % (nk, nv) if nk else ''
    return ("# .kamal/secrets - read by kamal deploy\nKAMAL_REGISTRY_USERNAME=spurwing\n%s%s=%s\n") % (extra, k, v)


def st_cfn(r, k, v, nk, nv):
    items = [('Environment', 'production')] + ([(nk, nv)] if nk else []) + [(k, v)]
    return '$ cat params/prod.json\n[\n' + ',\n'.join('  { "ParameterKey": "%s", "ParameterValue": "%s" }' % (a, b) for a, b in items) + '\n]\n'


def st_group_vars(r, k, v, nk, nv):
    extra = '%s: "%s"\n' % (nk, nv) if nk else ''
    return ("---\n# group_vars/%s.yml\nntp_servers: [0.uk.pool.ntp.org]\n%s%s: \"%s\"\n") % (r.choice(['sheds', 'packing', 'hatchery']), extra, k, v)


def st_openfaas(r, k, v, nk, nv):
    extra = '      %s: %s\n' % (nk, nv) if nk else ''
    return ("version: 1.0\nprovider:\n  name: openfaas\n  gateway: http://%s:8080\nfunctions:\n  %s:\n    lang: python3-http\n"
            "    handler: ./%s\n    environment:\n%s      %s: %s\n") % (_h(r), r.choice(W.SERVICES), r.choice(W.REPOS), extra, k, v)


def st_railway(r, k, v, nk, nv):
    rows = [('RAILWAY_ENVIRONMENT', 'production')] + ([(nk, nv)] if nk else []) + [(k, v)]
    w1 = max(len(a) for a, _ in rows) + 2
    w2 = max(len(b) for _, b in rows) + 2
    line = '\u2500' * w1 + '\u253c' + '\u2500' * w2
    return ('$ railway variables\n' + '\n'.join((' %s\u2502 %s' % (a.ljust(w1 - 1), b)) for a, b in rows) + '\n' + line + '\n')


def st_bashrc(r, k, v, nk, nv):
    extra = 'export %s="%s"\n' % (nk, nv) if nk else ''
    return ("# ~/.bashrc (tail)\nalias k=kubectl\nexport EDITOR=vim\n%sexport %s=\"%s\"\n") % (extra, k, v)


def st_hoppscotch(r, k, v, nk, nv):
    vs = [('baseUrl', 'https://api.' + W.STUDIO)] + ([(nk, nv)] if nk else []) + [(k, v)]
    return ('[\n  {\n    "name": "farm-prod",\n    "variables": [\n' + ',\n'.join(
        '      { "key": "%s", "value": "%s", "secret": false }' % (a, b) for a, b in vs) + '\n    ]\n  }\n]\n')


def st_httpyac(r, k, v, nk, nv):
    extra = '      "%s": "%s",\n' % (nk, nv) if nk else ''
    return ('{\n  "log": { "level": 10 },\n  "environments": {\n    "prod": {\n      "host": "https://api.%s",\n%s'
            '      "%s": "%s"\n    }\n  }\n}\n') % (W.STUDIO, extra, k, v)


def st_dotenv_local(r, k, v, nk, nv):
    extra = '%s=%s\n' % (nk, nv) if nk else ''
    return ("# .env.local - not committed (hopefully)\nNEXT_PUBLIC_SITE=https://shop.%s\n%s%s=%s\n") % (W.FARM, extra, k, v)


def st_pwsh(r, k, v, nk, nv):
    extra = "$env:%s = '%s'\n" % (nk, nv) if nk else ''
    return ("# Microsoft.PowerShell_profile.ps1\nSet-PSReadLineOption -EditMode Emacs\n%s$env:%s = '%s'\n") % (extra, k, v)


def st_scrollback(r, k, v, nk, nv):
    cmd = {'balena': 'balena login --token ' + v,
           'roboflow': 'roboflow login --api-key ' + v,
           'vercel': 'vercel deploy --prod --token ' + v,
           'infracost': 'infracost configure set api_key ' + v}[_vendor_word(k.lower())]
    return ("[%s@%s ~]$ %s\n%s\n[%s@%s ~]$ history | tail -1\n") % (
        _u(r), r.choice(['devbox', 'grader-pc', 'laptop']), cmd,
        r.choice(['Logged in successfully.', 'Saved.', 'Done in 3.2s']), _u(r), r.choice(['devbox', 'laptop']))


def st_npmrc(r, k, v, nk, nv):
    return '$ cat ~/.npmrc\n@spurwing:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%s\n' % v


def st_aws(r, k, v, nk, nv):
    return '$ cat ~/.aws/credentials\n[spurwing-prod]\naws_access_key_id = %s\naws_secret_access_key = %s\nregion = eu-west-2\n' % (nv, v)


def st_doctl(r, k, v, nk, nv):
    return '$ cat ~/.config/doctl/config.yaml\naccess-token: %s\ncontext: default\noutput: text\n' % v


def st_hcloud(r, k, v, nk, nv):
    return '$ cat ~/.config/hcloud/cli.toml\nactive_context = "farm"\n\n[[contexts]]\n  name = "farm"\n  token = "%s"\n' % v


def st_hf(r, k, v, nk, nv):
    return '$ cat ~/.cache/huggingface/token\n%s\n$ huggingface-cli whoami\n%s\n' % (v, _u(r))


def st_stripe_cli(r, k, v, nk, nv):
    return ("$ cat ~/.config/stripe/config.toml\n[default]\n  device_name = 'spurwing-laptop'\n  display_name = 'Hollinbrook Farm Shop'\n"
            "  live_mode_api_key = '%s'\n  live_mode_key_expires_at = '2026-%02d-%02d'\n") % (v, r.randint(1, 12), r.randint(1, 28))


def st_glab(r, k, v, nk, nv):
    return '$ cat ~/.config/glab-cli/config.yml\ngit_protocol: ssh\nhosts:\n    gitlab.com:\n        token: %s\n        api_protocol: https\n' % v


def st_gem(r, k, v, nk, nv):
    return '$ cat ~/.gem/credentials\n---\n:rubygems_api_key: %s\n' % v


def st_age(r, k, v, nk, nv):
    pub = C.bech32_encode('age', C.x25519(bytes(r.getrandbits(8) for _ in range(32))))
    return '$ cat ~/.config/sops/age/keys.txt\n# created: 2025-%02d-%02dT10:14:02Z\n# public key: %s\n%s\n' % (
        r.randint(1, 12), r.randint(1, 28), pub, v)


def st_nodered_cred(r, k, v, nk, nv):
    nid = C.rstr(r, C.HEXL, 16)
    extra = ', "%s": "%s"' % (nk, nv) if nk else ''
    return ('$ node tools/decrypt-flows-cred.js ~/.node-red/flows_cred.json\n{\n  "%s": { "%s": "%s"%s }\n}\n') % (nid, k, v, extra)


def st_esphome(r, k, v, nk, nv):
    extra = '          %s: "%s"\n' % (nk, nv) if nk else ''
    return ("esphome:\n  name: shed%d-climate\nhttp_request:\n  useragent: esphome/shed\ninterval:\n  - interval: 60s\n    then:\n"
            "      - http_request.post:\n          url: https://ingest.%s/v1/readings\n          request_headers:\n%s"
            "          %s: \"%s\"\n") % (r.randint(1, 4), W.STUDIO, extra, k, v)


def st_chirpstack(r, k, v, nk, nv):
    extra = '%s="%s"\n' % (nk, nv) if nk else ''
    return ("# chirpstack.toml (excerpt) - LoRaWAN server on %s\n[integration]\nenabled=[\"mqtt\", \"http\"]\n\n[integration.http]\n"
            "json=true\n%s%s=\"%s\"\n") % (_h(r), extra, k, v)


def _title(t):
    return _pretty(t)


def st_enpass(r, k, v, nk, nv, t=''):
    return ('{"items": [{"title": "%s", "category": "login", "fields": [\n  {"label": "Username", "type": "username", "value": "%s"},\n'
            '  {"label": "Password", "type": "password", "value": "%s"},\n  {"label": "Website", "type": "url", "value": "https://%s"}],\n'
            '  "uuid": "%s"}]}\n') % (_title(t), nv, v, _portal_host(t), C.uuid4(r))


def st_roboform(r, k, v, nk, nv, t=''):
    return ('Name,Url,MatchUrl,Login,Pwd,Note,Folder,RfFieldsV2\n%s,https://%s,https://%s,%s,%s,,/Farm,\n') % (
        _title(t), _portal_host(t), _portal_host(t), nv, v)


def st_firefox(r, k, v, nk, nv, t=''):
    return ('"url","username","password","httpRealm","formActionOrigin","guid","timeCreated","timeLastUsed","timePasswordChanged"\n'
            '"https://%s","%s","%s",,"https://%s","{%s}","%d","%d","%d"\n') % (
        _portal_host(t), nv, v, _portal_host(t), C.uuid4(r), 1735000000000 + r.randint(0, 10 ** 10), 1736000000000 + r.randint(0, 10 ** 10),
        1735500000000 + r.randint(0, 10 ** 10))


def st_chrome(r, k, v, nk, nv, t=''):
    return 'name,url,username,password,note\n%s,https://%s/login,%s,%s,\n' % (_portal_host(t), _portal_host(t), nv, v)


def st_signal(r, k, v, nk, nv, t=''):
    a, b = r.sample(W.FIRST, 2)
    d, m, hh, mm = r.randint(1, 28), r.randint(1, 12), r.randint(7, 17), r.randint(0, 50)
    return ('%s, [%02d/%02d/2026 %02d:%02d]\n%s: are you at the office? %s wants the login\n%s, [%02d/%02d/2026 %02d:%02d]\n'
            '%s: %s  /  %s\n') % (a, d, m, hh, mm, a, _title(t), b, d, m, hh, mm + r.randint(1, 9), b, nv, v)


def st_telegram(r, k, v, nk, nv, t=''):
    a, b = r.sample(W.FIRST, 2)
    return ('{"name": "Hatchery office", "type": "private_group", "messages": [\n  {"id": %d, "type": "message", "from": "%s", '
            '"text": "what is the %s login again?"},\n  {"id": %d, "type": "message", "from": "%s", "text": "%s and %s"}\n]}\n') % (
        r.randint(1000, 9000), a, _title(t), r.randint(9001, 9999), b, nv, v)


def st_slack(r, k, v, nk, nv, t=''):
    return ('[\n  {"type": "message", "user": "U0%s", "text": "%s login for the new shed manager: %s / %s", "ts": "17%08d.%06d"}\n]\n') % (
        C.rstr(r, C.UPALNUM, 8), _title(t), nv, v, r.randint(0, 10 ** 8 - 1), r.randint(0, 999999))


PORTAL_HOSTS = {}


def _portal_host(t):
    w = t.replace('_password', '').split('_')
    return 'portal.' + ''.join(w[:2]) + '.example'


def _h(r):
    return r.choice(W.HOSTS)


def _u(r):
    return r.choice(W.USERS)


# name, key style, family, description, forbidden characters, renderer
STYLES = {
    'ops_k8s_secret_stringdata_manifest': ('upper', 'server-side', 'Kubernetes Secret manifest with stringData', '"\\', st_k8s),
    'ops_render_blueprint_envvars_yaml': ('upper', 'server-side', 'render.yaml blueprint envVars', '#: ', st_render),
    'ops_app_engine_app_yaml_env': ('upper', 'server-side', 'App Engine app.yaml env_variables', '"\\', st_appengine),
    'ops_serverless_framework_environment_yml': ('upper', 'server-side', 'serverless.yml provider environment', '#: ${}', st_serverless),
    'ops_dokku_config_show_capture': ('upper', 'server-side', 'terminal capture of dokku config:show', ' ', st_dokku),
    'ops_kamal_secrets_dotenv': ('upper', 'server-side', '.kamal/secrets dotenv file', '$"\' #', st_kamal),
    'ops_cloudformation_parameter_overrides_json': ('pascal', 'server-side', 'CloudFormation parameter file (ParameterKey / ParameterValue)', '"\\', st_cfn),
    'ops_ansible_group_vars_yml': ('snake', 'server-side', 'Ansible group_vars file', '"\\{}', st_group_vars),
    'ops_openfaas_stack_yml': ('upper', 'server-side', 'OpenFaaS stack.yml function environment', '#: ', st_openfaas),
    'ops_railway_variables_capture': ('upper', 'server-side', 'terminal capture of railway variables (table)', ' ', st_railway),
    'dev_bashrc_exports': ('upper', 'developer', '~/.bashrc exports', '"\\$`', st_bashrc),
    'dev_hoppscotch_environment_json': ('camel', 'developer', 'Hoppscotch environment export (JSON)', '"\\', st_hoppscotch),
    'dev_httpyac_config_json': ('camel', 'developer', '.httpyac.json environments', '"\\', st_httpyac),
    'dev_dotenv_local_file': ('upper', 'developer', '.env.local of the farm-shop front end', '$"\' #', st_dotenv_local),
    'dev_powershell_profile_env': ('upper', 'developer', 'PowerShell profile setting $env:', "'", st_pwsh),
    'dev_terminal_scrollback_capture': ('native', 'developer', 'terminal scrollback with a CLI login command', ' ', st_scrollback),
    'dev_npmrc_auth_line': ('native', 'developer', '~/.npmrc (native _authToken)', ' ', st_npmrc),
    'dev_aws_credentials_ini': ('native', 'developer', '~/.aws/credentials (native fields)', ' ', st_aws),
    'dev_doctl_config_yaml': ('native', 'developer', '~/.config/doctl/config.yaml (native access-token)', ' ', st_doctl),
    'dev_hcloud_cli_toml': ('native', 'developer', '~/.config/hcloud/cli.toml (native token)', '"', st_hcloud),
    'dev_huggingface_token_file': ('native', 'developer', '~/.cache/huggingface/token', ' ', st_hf),
    'dev_stripe_cli_config_toml': ('native', 'developer', 'Stripe CLI config.toml (native live_mode_api_key)', "'", st_stripe_cli),
    'dev_glab_cli_config_yml': ('native', 'developer', 'glab CLI config.yml (native token)', ' ', st_glab),
    'dev_gem_credentials_yaml': ('native', 'developer', '~/.gem/credentials (native :rubygems_api_key:)', ' ', st_gem),
    'dev_sops_age_keys_txt': ('native', 'developer', 'SOPS age keys.txt (the identity line)', ' ', st_age),
    'iot_node_red_flows_cred_json': ('camel', 'devices', 'decrypted Node-RED flows_cred.json', '"\\', st_nodered_cred),
    'iot_esphome_device_yaml': ('header', 'devices', 'ESPHome device YAML with an http_request header', '"\\', st_esphome),
    'iot_chirpstack_integration_toml': ('snake', 'devices', 'ChirpStack chirpstack.toml integration section', '"\\', st_chirpstack),
    'office_enpass_json_export': ('title', 'owner-kept', 'Enpass JSON export (one item)', '"\\', st_enpass),
    'office_roboform_csv_export': ('title', 'owner-kept', 'RoboForm CSV export', ',"', st_roboform),
    'office_firefox_logins_csv_export': ('title', 'owner-kept', 'Firefox logins.csv export', ',"', st_firefox),
    'office_chrome_passwords_csv_export': ('title', 'owner-kept', 'Chrome passwords CSV export', ',"', st_chrome),
    'office_signal_desktop_chat_copy': ('spaced', 'chats', 'Signal Desktop chat copied as text', '', st_signal),
    'office_telegram_desktop_export_json': ('spaced', 'chats', 'Telegram Desktop chat export (result.json)', '"\\', st_telegram),
    'office_slack_channel_export_json': ('spaced', 'chats', 'Slack channel export (JSON)', '"\\', st_slack),
}


def neighbour_key(t, label, style):
    return key_style([_vendor_word(t)] + label, style if style not in ('native', 'title', 'spaced') else 'upper')


def build(reg, secrets, seed=26902):
    rng = random.Random(seed)
    recs = []
    for spec in S:
        t, _g, shape, _src, _note, nspec, style_name = spec
        style, _fam, _d, forbidden, fn = STYLES[style_name]
        def draw():
            while True:
                v = gen_value(spec, rng, secrets)
                if not any(c in forbidden for c in v):
                    return v
        v = reg.draw(draw)
        nk = nv = None
        if nspec:
            nv = reg.draw(lambda: gen_neighbour(nspec, rng))
            nk = neighbour_key(t, nspec[0], style)
        k = key_style(t.split('_'), style) if style not in ('native', 'title', 'spaced') else t
        if style in ('title', 'spaced'):
            text = fn(rng, k, v, nk, nv, t=t)
        else:
            text = fn(rng, k, v, nk, nv)
        if text.count(v) != 1:
            raise RuntimeError('value not once in %s' % t)
        i = text.index(v)
        recs.append({'type': t, 'container': t + '__' + style_name, 'text': text,
                     'secrets': [{'value': v, 'start': i, 'end': i + len(v), 'type': t}], 'source': 'vendor',
                     '_neighbour': nv})
    return recs
