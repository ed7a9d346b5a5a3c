"""Vendor token types of the bakery / food-manufacturing world and beyond."""
import random
from common163 import *

def P(prefix, alpha, n, suffix=''):
    return lambda r: prefix + rs(r, alpha, n) + suffix

def U():
    return lambda r: uuid4(r)

def J(iss):
    return lambda r: jwt(r, {'iss': iss, 'sub': rs(r, DIG, 8), 'iat': 1767225600 + r.randint(0, 9999999)})

A = ALNUM
UH = '0123456789ABCDEF'
# (type, shape)  -- focus-world shapes are guesses (see README); general ones from public rule sets / memory
CANDIDATES = [
    ('flexibake_cloud_api_key', P('', A, 40)),
    ('bakesmart_order_api_token', P('bks_', A, 36)),
    ('craftybase_api_key', P('', HEX, 32)),
    ('katana_mrp_api_key', U()),
    ('mrpeasy_api_secret', P('', A, 32)),
    ('safetyculture_api_token', P('', HEX, 64)),
    ('jolt_food_safety_api_key', P('', A, 40)),
    ('fooddocs_api_token', P('fd_', A, 40)),
    ('squadle_api_key', P('', HEX, 40)),
    ('crunchtime_zenput_api_token', P('', HEX, 40)),
    ('restaurant365_client_secret', P('', A, 48)),
    ('marketman_api_password', P('', A, 32)),
    ('bluecart_api_key', P('', A, 32)),
    ('choco_supplier_api_token', P('', B64U, 43)),
    ('foodlogiq_connect_api_token', P('', HEX, 64)),
    ('tracegains_api_key', U()),
    ('trustwell_genesis_api_key', P('', A, 40)),
    ('nutritionix_app_key', P('', HEX, 32)),
    ('edamam_app_key', P('', HEX, 32)),
    ('recipal_api_token', P('', A, 40)),
    ('spoonacular_api_key', P('', HEX, 32)),
    ('safefood360_api_secret', P('', A, 48)),
    ('redzone_api_token', P('', A, 64)),
    ('parsable_api_token', P('', B64U, 43)),
    ('tulip_interfaces_api_secret', P('', A, 48)),
    ('monnit_imonnit_api_secret', P('', A, 24)),
    ('sensaphone_sentinel_api_key', P('', HEX, 32)),
    ('sensorpush_gateway_password', lambda r: password(r)),
    ('disruptive_technologies_service_account_secret', P('', HEX, 32)),
    ('testo_saveris_api_secret', P('', A, 40)),
    ('elpro_libero_api_key', U()),
    ('onset_hobolink_client_secret', P('', A, 32)),
    ('rational_connectedcooking_api_key', P('', HEX, 40)),
    ('welbilt_kitchenconnect_client_secret', P('', A, 48)),
    ('unox_ddc_api_token', P('', A, 36)),
    ('middleby_openkitchen_api_key', U()),
    ('mettler_toledo_freshbase_api_key', P('', A, 32)),
    ('bizerba_brainbox_api_secret', P('', HEX, 48)),
    ('loftware_cloud_client_secret', P('', A, 40)),
    ('nicelabel_control_center_api_key', P('', HEX, 32)),
    ('seagull_bartender_cloud_api_secret', P('', A, 44)),
    ('zebra_savanna_api_key', P('', A, 32)),
    ('aptean_food_erp_client_secret', P('', A, 48)),
    ('acumatica_client_secret', P('', A, 22)),
    ('netsuite_token_secret', P('', HEX, 64)),
    ('sage_x3_client_secret', P('', A, 40)),
    ('intuit_quickbooks_client_secret', P('', A, 40)),
    ('xero_client_secret', P('', B64U, 48)),
    ('freshbooks_client_secret', P('', HEX, 64)),
    ('woocommerce_consumer_secret', P('cs_', HEX, 40)),
    ('bigcommerce_access_token', P('', A.lower(), 31)),
    ('lightspeed_retail_client_secret', P('', HEX, 64)),
    ('shopify_admin_access_token', P('shpat_', HEX, 32)),
    ('shopify_shared_secret', P('shpss_', HEX, 32)),
    ('square_access_token', P('EAAA', B64U, 60)),
    ('square_oauth_secret', P('sq0csp-', B64U, 43)),
    ('samsara_api_token', P('samsara_api_', A, 30)),
    ('motive_fleet_api_key', U()),
    ('onfleet_api_key', P('', HEX, 32)),
    ('shipstation_api_secret', P('', HEX, 32)),
    ('fedex_client_secret', P('', HEX, 32)),
    ('ups_client_secret', P('', A, 64)),
    ('doordash_drive_signing_secret', P('', B64U, 43)),
    ('ubereats_client_secret', P('', B64U, 40)),
    ('grubhub_partner_secret', P('', A, 40)),
    ('wix_restaurants_api_key', J('wix-restaurants')),
    ('openweathermap_api_key', P('', HEX, 32)),
    ('github_fine_grained_pat', lambda r: 'github_pat_11' + rs(r, UP + DIG, 20) + '_' + rs(r, A, 59)),
    ('github_classic_pat', lambda r: github_style(r, 'ghp_')),
    ('gitlab_personal_access_token', P('glpat-', B64U, 20)),
    ('slack_bot_token', lambda r: 'xoxb-' + rs(r, DIG, 12) + '-' + rs(r, DIG, 13) + '-' + rs(r, A, 24)),
    ('slack_incoming_webhook_url', lambda r: 'https://hooks.slack.com/services/T' + rs(r, UP + DIG, 8) + '/B' + rs(r, UP + DIG, 10) + '/' + rs(r, A, 24)),
    ('discord_bot_token', lambda r: b64u(r, 14)[:24] + '.' + rs(r, B64U, 6) + '.' + rs(r, B64U, 38)),
    ('sendgrid_api_key', lambda r: 'SG.' + rs(r, B64U, 22) + '.' + rs(r, B64U, 43)),
    ('brevo_api_key', lambda r: 'xkeysib-' + rs(r, HEX, 64) + '-' + rs(r, A, 16)),
    ('mailchimp_api_key', lambda r: rs(r, HEX, 32) + '-us' + str(r.randint(2, 21))),
    ('klaviyo_private_api_key', P('pk_', HEX, 34)),
    ('resend_api_key', lambda r: 're_' + rs(r, A, 8) + '_' + rs(r, A, 24)),
    ('openai_project_api_key', lambda r: 'sk-proj-' + rs(r, B64U, 74) + 'T3BlbkFJ' + rs(r, B64U, 74)),
    ('huggingface_access_token', P('hf_', A, 34)),
    ('groq_api_key', P('gsk_', A, 52)),
    ('perplexity_api_key', P('pplx-', A, 48)),
    ('replicate_api_token', P('r8_', A, 37)),
    ('google_cloud_api_key', P('AIza', A + '-_', 35)),
    ('aws_secret_access_key', P('', A + '+/', 40)),
    ('azure_storage_account_key', lambda r: b64(r, 64)),
    ('atlassian_api_token', lambda r: 'ATATT3xFfGF0' + rs(r, B64U, 171) + '=' + rs(r, UH, 8)),
    ('linear_api_key', P('lin_api_', A, 40)),
    ('notion_integration_secret', P('ntn_', A, 46)),
    ('airtable_personal_access_token', lambda r: 'pat' + rs(r, A, 14) + '.' + rs(r, HEX, 64)),
    ('figma_personal_access_token', lambda r: 'figd_' + rs(r, B64U, 40)),
    ('hubspot_private_app_token', lambda r: 'pat-na1-' + uuid4(r)),
    ('asana_personal_access_token', lambda r: '2/' + rs(r, DIG, 16) + '/' + rs(r, DIG, 16) + ':' + rs(r, HEX, 32)),
    ('pagerduty_api_token', P('u+', B64U, 18)),
    ('datadog_api_key', P('', HEX, 32)),
    ('datadog_application_key', P('', HEX, 40)),
    ('grafana_service_account_token', lambda r: 'glsa_' + rs(r, A, 32) + '_' + rs(r, HEX, 8)),
    ('sentry_auth_token', lambda r: 'sntryu_' + rs(r, HEX, 64)),
    ('cloudflare_api_token', P('', A + '-_', 40)),
    ('fastly_api_token', P('', B64U, 32)),
    ('heroku_api_key', lambda r: 'HRKU-AA' + rs(r, B64U, 58)),
    ('supabase_access_token', P('sbp_', HEX, 40)),
    ('supabase_service_role_key', J('supabase')),
    ('flyio_access_token', lambda r: 'fo1_' + rs(r, B64U, 43)),
    ('turso_auth_token', J('turso')),
    ('twitch_client_secret', P('', A.lower(), 30)),
    ('line_channel_access_token', lambda r: rs(r, A + '+/', 171) + '='),
    ('zoho_refresh_token', lambda r: '1000.' + rs(r, HEX, 32) + '.' + rs(r, HEX, 32)),
    ('intuit_refresh_token', lambda r: 'AB11' + rs(r, A, 46)),
    ('pipedrive_api_token', P('', HEX, 40)),
    ('typeform_personal_token', lambda r: 'tfp_' + rs(r, A, 44) + '_' + rs(r, A, 14)),
    ('calendly_personal_token', J('calendly')),
    ('jotform_api_key', P('', HEX, 32)),
    ('posthog_personal_api_key', P('phx_', A, 43)),
    ('segment_write_key_server', P('', A, 32)),
    ('mixpanel_service_account_secret', P('', A, 32)),
    ('launchdarkly_sdk_key', lambda r: 'sdk-' + uuid4(r)),
    ('contentful_management_token', P('CFPAT-', B64U, 43)),
    ('sanity_api_token', P('sk', A, 180)),
    ('storyblok_management_token', lambda r: rs(r, A, 22) + 'tt-' + rs(r, DIG, 6) + '-' + rs(r, A, 20)),
    ('mongodb_realm_api_key', P('', A, 64)),
    ('cockroachdb_cloud_api_key', P('CCDB1_', A, 52)),
    ('pinecone_api_key', lambda r: 'pcsk_' + rs(r, A, 6) + '_' + rs(r, A, 63)),
    ('weaviate_api_key', P('', A, 40)),
    ('qdrant_cloud_api_key', lambda r: uuid4(r) + '|' + rs(r, B64U, 40)),
    ('langsmith_api_key', lambda r: 'lsv2_pt_' + rs(r, HEX, 32) + '_' + rs(r, HEX, 10)),
    ('voyageai_api_key', P('pa-', B64U, 43)),
    ('together_ai_api_key', P('', HEX, 64)),
    ('stability_ai_api_key', P('sk-', A, 48)),
    ('gemini_api_key', P('AIza', A + '-_', 35)),
    ('hcp_terraform_api_token', lambda r: rs(r, A, 14) + '.atlasv1.' + rs(r, A, 67)),
    ('pulumi_access_token', P('pul-', HEX, 40)),
    ('codecov_upload_token', U()),
    ('travis_ci_api_token', P('', A, 22)),
]

# styles: (name, template) {K}=upper key, {k}=spaced key words, {V}
STYLES = [
    ('bakehouse_nomad_job_env_stanza', 'task "sync" {\n  driver = "docker"\n  env {\n    {K} = "{V}"\n  }\n}\n'),
    ('haccp_svc_fly_secrets_set_command', '$ fly secrets set {K}={V} --app haccp-logger\n'),
    ('route_order_heroku_config_set_command', '$ heroku config:set {K}={V} -a wholesale-routes\n'),
    ('label_print_azure_keyvault_secret_set', '$ az keyvault secret set --vault-name kv-bakery --name {D} --value {V}\n'),
    ('oven_fw_platform_yaml_anchor_block', 'defaults: &defaults\n  region: eu-west\n  {K}: "{V}"\nline2:\n  <<: *defaults\n'),
    ('recipe_api_spring_application_yml', 'bakery:\n  integrations:\n    {D}: {V}\n'),
    ('traceability_rails_credentials_show_output', '$ bin/rails credentials:show\nsecret_key_base: <elided>\n{S}: {V}\n'),
    ('nutrition_svc_pydantic_secretstr_default', 'class Settings(BaseSettings):\n    {S}: SecretStr = SecretStr("{V}")\n'),
    ('recall_tool_ansible_group_vars_plaintext', '# group_vars/recall_tool.yml (TODO: vault this)\n{S}: "{V}"\n'),
    ('bakery_ops_zulip_stream_paste', 'stream #line-ops > integrations\nhenrike: here is the {k} for the new box: {V} (rotate after go-live)\n'),
]


def brand(t):
    return t.split('_')[0]


def generate(reg, readme_words, deny_names, want=120):
    r = random.Random(16302)
    kept, dropped, tail = [], [], []
    for t, fn in CANDIDATES:
        b = brand(t)
        if b in readme_words or b in deny_names or t in deny_names:
            dropped.append(t)
            continue
        if len(kept) < want:
            kept.append((t, fn))
        else:
            tail.append(t)
    out = []
    for i, (t, fn) in enumerate(kept):
        sname, tpl = STYLES[i % len(STYLES)]
        v = reg.draw(lambda: fn(r))
        words = t.split('_')
        text = (tpl.replace('{K}', '_'.join(words).upper()).replace('{D}', '-'.join(words))
                .replace('{S}', '_'.join(words)).replace('{k}', ' '.join(words)).replace('{V}', v))
        out.append(rec(t, t + '__' + sname, text, v, t, 'vendor'))
    return out, dropped, tail
