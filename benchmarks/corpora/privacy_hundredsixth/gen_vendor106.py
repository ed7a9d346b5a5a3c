"""Vendor token types (proptech world and beyond), one record each, 12 styles cycled."""
import random, base64, json, string
from common106 import *

U = string.ascii_uppercase
UD = U + string.digits
LD = string.ascii_lowercase + string.digits

def h(n): return lambda r: rs(r, n, HEX)
def a(n, alpha=A62): return lambda r: rs(r, n, alpha)
def p(prefix, n, alpha=A62): return lambda r: prefix + rs(r, n, alpha)
def uu(r): return uuid4(r)

def ops_token(r):
    doc = {'signInAddress': 'my.1password.com', 'userAuth': {'method': 'SRPg-4096', 'alg': 'PBES2g-HS256', 'iterations': 650000, 'salt': rs(r, 22, B64U)},
           'email': rs(r, 12, LD) + '@1passwordserviceaccounts.com', 'srpX': rs(r, 64, HEX), 'muk': {'alg': 'A256GCM', 'ext': True, 'k': rs(r, 43, B64U), 'key_ops': ['encrypt', 'decrypt'], 'kty': 'oct', 'kid': 'mp'}, 'secretKey': 'A3-' + rs(r, 6, UD) + '-' + rs(r, 11, UD) + '-' + rs(r, 5, UD) + '-' + rs(r, 5, UD) + '-' + rs(r, 5, UD), 'throttleSecret': {'seed': rs(r, 64, HEX), 'uuid': rs(r, 26, UD)}, 'deviceUuid': rs(r, 26, LD)}
    return 'ops_' + base64.b64encode(json.dumps(doc, separators=(',', ':')).encode()).decode()

def sb_jwt(r):
    return jwt(r, {'alg': 'HS256', 'typ': 'JWT'}, {'iss': 'supabase', 'ref': rs(r, 20, string.ascii_lowercase), 'role': 'service_role', 'iat': 1700000000 + r.randint(0, 9999999), 'exp': 2000000000 + r.randint(0, 9999999)})

def monday_jwt(r):
    return jwt(r, {'alg': 'HS256'}, {'tid': r.randint(100000000, 499999999), 'aai': r.randint(10, 99), 'uid': r.randint(10000000, 69999999), 'iad': '2024-0%d-1%dT1%d:2%d:0%d.000Z' % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 9), r.randint(0, 9), r.randint(0, 9)), 'per': 'me:write', 'actid': r.randint(1000000, 9999999), 'rgn': 'use1'})

def calendly_jwt(r):
    return jwt(r, {'kid': rs(r, 8, HEX), 'typ': 'PAT', 'alg': 'ES512'}, {'iss': 'https://auth.calendly.com', 'iat': 1710000000 + r.randint(0, 9999999), 'jti': uuid4(r), 'user_uuid': uuid4(r)})

def openai_proj(r):
    return 'sk-proj-' + rs(r, 74, B64U) + 'T3BlbkFJ' + rs(r, 74, B64U)

def az_storage_key(r):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(64))).decode()

VENDORS = [
 # (type, generator, key name)
 ('bridge_interactive_server_token', h(32), 'BRIDGE_SERVER_TOKEN'),
 ('trestle_corelogic_client_secret', h(32), 'TRESTLE_CLIENT_SECRET'),
 ('spark_platform_oauth_access_token', a(25), 'SPARK_ACCESS_TOKEN'),
 ('mls_grid_replication_bearer', h(40), 'MLSGRID_TOKEN'),
 ('rentcast_property_api_key', h(32), 'RENTCAST_API_KEY'),
 ('attom_data_api_key', h(32), 'ATTOM_APIKEY'),
 ('estated_api_token', a(30), 'ESTATED_TOKEN'),
 ('regrid_parcel_api_token', lambda r: jwt(r, {'alg': 'HS256', 'typ': 'JWT'}, {'iss': 'regrid.com', 'iat': 1700000000 + r.randint(0, 9999999), 'g': r.randint(10000, 99999), 't': 'parcels'}), 'REGRID_TOKEN'),
 ('walk_score_api_wsapikey', h(32), 'WALKSCORE_WSAPIKEY'),
 ('housecanary_api_secret', a(32), 'HOUSECANARY_API_SECRET'),
 ('cherre_graphql_api_key', a(40), 'CHERRE_API_KEY'),
 ('reonomy_api_secret', h(40), 'REONOMY_SECRET'),
 ('matterport_sdk_api_token_secret', a(40), 'MATTERPORT_TOKEN_SECRET'),
 ('showingtime_partner_api_key', lambda r: uuid4(r, True), 'SHOWINGTIME_API_KEY'),
 ('follow_up_boss_api_key', p('fka_', 34), 'FUB_API_KEY'),
 ('kvcore_public_api_bearer', lambda r: jwt(r, {'typ': 'JWT', 'alg': 'RS256'}, {'aud': str(r.randint(1, 9)), 'jti': rs(r, 40, HEX), 'iat': 1690000000 + r.randint(0, 9999999), 'sub': str(r.randint(10000, 99999)), 'scopes': ['*']}), 'KVCORE_TOKEN'),
 ('lofty_crm_api_key', h(48), 'LOFTY_API_KEY'),
 ('skyslope_forms_hmac_secret', a(48), 'SKYSLOPE_SECRET'),
 ('docusign_connect_hmac_key', lambda r: base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode(), 'DOCUSIGN_CONNECT_HMAC_KEY'),
 ('dropbox_sign_api_key', h(64), 'HELLOSIGN_API_KEY'),
 ('pandadoc_api_key', h(40), 'PANDADOC_API_KEY'),
 ('adobe_acrobat_sign_integration_key', lambda r: '3AAABL' + rs(r, 64, B64U), 'ACROBAT_SIGN_INTEGRATION_KEY'),
 ('signnow_basic_auth_token', lambda r: base64.b64encode((rs(r, 32, HEX) + ':' + rs(r, 32, HEX)).encode()).decode(), 'SIGNNOW_BASIC_TOKEN'),
 ('entrata_api_key', lambda r: rs(r, 40, LD), 'ENTRATA_API_KEY'),
 ('realpage_exchange_client_secret', a(40), 'REALPAGE_CLIENT_SECRET'),
 ('rent_manager_api_token', lambda r: rs(r, 64, HEX), 'RENTMANAGER_TOKEN'),
 ('resman_integration_partner_key', lambda r: uuid4(r, True), 'RESMAN_PARTNER_KEY'),
 ('propertyware_soap_api_secret', a(24), 'PROPERTYWARE_SECRET'),
 ('rently_partner_api_secret', h(40), 'RENTLY_SECRET'),
 ('smartrent_api_client_secret', a(64), 'SMARTRENT_CLIENT_SECRET'),
 ('latch_partner_api_key', a(48), 'LATCH_API_KEY'),
 ('butterflymx_api_access_token', h(64), 'BUTTERFLYMX_TOKEN'),
 ('brivo_api_client_secret', a(32), 'BRIVO_CLIENT_SECRET'),
 ('kisi_api_key', h(32), 'KISI_API_KEY'),
 ('avigilon_alta_api_token', a(44), 'ALTA_API_TOKEN'),
 ('salto_ks_client_secret', a(40), 'SALTO_CLIENT_SECRET'),
 ('igloohome_api_secret', a(36), 'IGLOO_API_SECRET'),
 ('sentrilock_partner_api_key', lambda r: rs(r, 32, UD), 'SENTRILOCK_KEY'),
 ('ecobee_developer_api_key', a(32), 'ECOBEE_API_KEY'),
 ('resideo_honeywell_consumer_secret', a(16), 'RESIDEO_CONSUMER_SECRET'),
 ('enphase_enlighten_api_key', h(32), 'ENPHASE_API_KEY'),
 ('solaredge_monitoring_api_key', lambda r: rs(r, 32, UD), 'SOLAREDGE_API_KEY'),
 ('tesla_fleet_refresh_token', p('NA_', 64, HEX), 'TESLA_REFRESH_TOKEN'),
 ('airthings_client_secret', uu, 'AIRTHINGS_CLIENT_SECRET'),
 ('verkada_api_key', a(40), 'VERKADA_API_KEY'),
 ('rhombus_api_key', a(22), 'RHOMBUS_API_KEY'),
 ('density_api_token', p('tok_', 40, LD), 'DENSITY_TOKEN'),
 ('samsara_api_token', p('samsara_api_', 30), 'SAMSARA_TOKEN'),
 ('plaid_client_secret', h(30), 'PLAID_SECRET'),
 ('plaid_production_access_token', lambda r: 'access-production-' + uuid4(r), 'PLAID_ACCESS_TOKEN'),
 ('dwolla_application_secret', a(50), 'DWOLLA_SECRET'),
 ('stripe_live_secret_key', lambda r: 'sk_live_51' + rs(r, 97), 'STRIPE_SECRET_KEY'),
 ('stripe_webhook_endpoint_secret', p('whsec_', 32), 'STRIPE_WEBHOOK_SECRET'),
 ('square_production_access_token', p('EAAA', 60, B64U), 'SQUARE_ACCESS_TOKEN'),
 ('finicity_partner_secret', a(20), 'FINICITY_PARTNER_SECRET'),
 ('mx_platform_api_key', h(40), 'MX_API_KEY'),
 ('quickbooks_online_client_secret', a(40), 'QBO_CLIENT_SECRET'),
 ('xero_oauth_client_secret', a(48, ), 'XERO_CLIENT_SECRET'),
 ('bill_com_developer_key', lambda r: rs(r, 20, UD), 'BILL_DEV_KEY'),
 ('ice_encompass_client_secret', a(64), 'ENCOMPASS_CLIENT_SECRET'),
 ('optimal_blue_api_client_secret', a(40), 'OPTIMALBLUE_SECRET'),
 ('blend_lending_api_key', h(48), 'BLEND_API_KEY'),
 ('floify_api_key', h(32), 'FLOIFY_API_KEY'),
 ('experian_connect_client_secret', a(16), 'EXPERIAN_CLIENT_SECRET'),
 ('transunion_smartmove_api_key', lambda r: uuid4(r), 'SMARTMOVE_API_KEY'),
 ('checkr_api_key', h(40), 'CHECKR_API_KEY'),
 ('persona_production_api_key', lambda r: 'persona_production_' + uuid4(r), 'PERSONA_API_KEY'),
 ('here_platform_api_key', a(43, B64U), 'HERE_API_KEY'),
 ('tomtom_maps_api_key', a(32), 'TOMTOM_KEY'),
 ('arcgis_location_api_key', p('AAPK', 96, B64U), 'ARCGIS_API_KEY'),
 ('smarty_auth_token', a(20), 'SMARTY_AUTH_TOKEN'),
 ('melissa_license_key', lambda r: rs(r, 22, UD) + '**', 'MELISSA_LICENSE'),
 ('postgrid_live_secret_key', p('live_sk_', 24, LD), 'POSTGRID_API_KEY'),
 ('mailgun_legacy_private_key', p('key-', 32, HEX), 'MAILGUN_API_KEY'),
 ('brevo_v3_api_key', lambda r: 'xkeysib-' + rs(r, 64, HEX) + '-' + rs(r, 16), 'BREVO_API_KEY'),
 ('resend_api_key', lambda r: 're_' + rs(r, 8) + '_' + rs(r, 24), 'RESEND_API_KEY'),
 ('zoho_crm_refresh_token', lambda r: '1000.' + rs(r, 32, HEX) + '.' + rs(r, 32, HEX), 'ZOHO_REFRESH_TOKEN'),
 ('close_crm_api_key', lambda r: 'api_' + rs(r, 22) + '.' + rs(r, 22), 'CLOSE_API_KEY'),
 ('monday_com_api_token', monday_jwt, 'MONDAY_TOKEN'),
 ('clickup_personal_token', lambda r: 'pk_' + str(r.randint(10000000, 99999999)) + '_' + rs(r, 32, UD), 'CLICKUP_TOKEN'),
 ('calendly_personal_access_token', calendly_jwt, 'CALENDLY_TOKEN'),
 ('box_platform_client_secret', a(32), 'BOX_CLIENT_SECRET'),
 ('egnyte_api_key', a(24, LD), 'EGNYTE_API_KEY'),
 ('procore_oauth_client_secret', h(64), 'PROCORE_CLIENT_SECRET'),
 ('companycam_access_token', a(43, B64U), 'COMPANYCAM_TOKEN'),
 ('servicetitan_app_key', p('ak1.', 40, LD), 'SERVICETITAN_APP_KEY'),
 ('jobber_app_client_secret', h(64), 'JOBBER_CLIENT_SECRET'),
 ('ringcentral_client_secret', a(43, B64U), 'RINGCENTRAL_CLIENT_SECRET'),
 ('vonage_api_secret', a(16), 'VONAGE_API_SECRET'),
 ('telnyx_v2_api_key', lambda r: 'KEY' + rs(r, 32, HEX.upper()) + '_' + rs(r, 22), 'TELNYX_API_KEY'),
 ('aircall_api_token', h(32), 'AIRCALL_API_TOKEN'),
 ('digitalocean_personal_token', p('dop_v1_', 64, HEX), 'DIGITALOCEAN_TOKEN'),
 ('linode_personal_access_token', h(64), 'LINODE_TOKEN'),
 ('hetzner_cloud_api_token', a(64), 'HCLOUD_TOKEN'),
 ('heroku_platform_key_v2', p('HRKU-AA', 58, B64U), 'HEROKU_API_KEY'),
 ('render_api_key', p('rnd_', 32), 'RENDER_API_KEY'),
 ('vercel_access_token', a(24), 'VERCEL_TOKEN'),
 ('cloudflare_api_token', a(40, B64U), 'CLOUDFLARE_API_TOKEN'),
 ('azure_storage_account_key', az_storage_key, 'AZURE_STORAGE_KEY'),
 ('supabase_service_role_jwt', sb_jwt, 'SUPABASE_SERVICE_ROLE_KEY'),
 ('sentry_user_auth_token', p('sntryu_', 64, HEX), 'SENTRY_AUTH_TOKEN'),
 ('new_relic_user_api_key', p('NRAK-', 27, UD), 'NEW_RELIC_API_KEY'),
 ('grafana_service_account_token', lambda r: 'glsa_' + rs(r, 32) + '_' + rs(r, 8, HEX), 'GRAFANA_SA_TOKEN'),
 ('datadog_application_key', h(40), 'DD_APP_KEY'),
 ('pagerduty_rest_api_key', lambda r: 'u+' + rs(r, 18, B64U), 'PAGERDUTY_TOKEN'),
 ('doppler_service_token', lambda r: 'dp.st.prd.' + rs(r, 43), 'DOPPLER_TOKEN'),
 ('onepassword_service_account_token', ops_token, 'OP_SERVICE_ACCOUNT_TOKEN'),
 ('hashicorp_vault_service_token', p('hvs.', 24), 'VAULT_TOKEN'),
 ('okta_ssws_api_token', lambda r: '00' + rs(r, 40, A62 + '-_'), 'OKTA_API_TOKEN'),
 ('auth0_m2m_client_secret', a(64, B64U), 'AUTH0_CLIENT_SECRET'),
 ('clerk_backend_secret_key', p('sk_live_', 42), 'CLERK_SECRET_KEY'),
 ('openai_project_api_key', openai_proj, 'OPENAI_API_KEY'),
 ('anthropic_admin_api_key', lambda r: 'sk-ant-admin01-' + rs(r, 93, B64U) + 'AA', 'ANTHROPIC_ADMIN_KEY'),
 ('pinecone_api_key', lambda r: 'pcsk_' + rs(r, 6) + '_' + rs(r, 63), 'PINECONE_API_KEY'),
 ('elevenlabs_api_key', p('sk_', 48, HEX), 'ELEVENLABS_API_KEY'),
 ('deepgram_api_key', h(40), 'DEEPGRAM_API_KEY'),
 ('together_ai_api_key', h(64), 'TOGETHER_API_KEY'),
 ('intercom_access_token', lambda r: 'dG9rOj' + rs(r, 54, B64) + '=', 'INTERCOM_TOKEN'),
 ('segment_write_key', a(32), 'SEGMENT_WRITE_KEY'),
]

STYLES = {
 'listing_feed_worker_env': '# /etc/default/feed-worker\nFEED_BOARD=crmls\n{K}={V}\n',
 'pm_platform_k8s_secret_stringdata': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: pm-integrations\ntype: Opaque\nstringData:\n  {K}: "{V}"\n',
 'proptech_node_config_module': "// config/integrations.js\nmodule.exports = {\n  region: 'us-east-1',\n  {k}: '{V}',\n};\n",
 'brokerage_it_runbook_table_row': '| System | Key | Value | Owner |\n|---|---|---|---|\n| integrations | {K} | {V} | it@brokerage |\n',
 'tenant_app_fastlane_env': '# fastlane/.env.default\nAPP_IDENTIFIER=com.example.residents\n{K}="{V}"\n',
 'escrow_service_appsettings_json': '{\n  "Integrations": {\n    "{K}": "{V}"\n  }\n}\n',
 'bms_bridge_python_settings': '# bms_bridge/settings.py\nPOLL_SECONDS = 30\n{K} = "{V}"\n',
 'leasing_crm_sentry_breadcrumb_dump': 'Breadcrumb: http GET https://api.example.com/v1/sync\n  headers.x-debug-env: {K}={V}\n  status_code: 500\n',
 'pm_vendor_support_chat_paste': 'Customer (Greenway PM): here is what we have in the integration screen - {K}: {V}\nSupport: thanks, please rotate it after this chat.\n',
 'proptech_ansible_vars_plain': '# group_vars/prod.yml (unencrypted, fix me)\nintegrations:\n  {k}: "{V}"\n',
 'listing_site_wp_config_define': "<?php\ndefine( 'WP_DEBUG', false );\ndefine( '{K}', '{V}' );\n",
 'rent_ops_toml_service_config': '[integrations]\nenabled = true\n{k} = "{V}"\n',
}

def build(start_index):
    r = random.Random(10602)
    out = []
    styles = sorted(STYLES)
    n = start_index
    for i, (t, gen, key) in enumerate(VENDORS):
        st = styles[i % len(styles)]
        v = gen(r)
        text, s = fill(STYLES[st], v, K=key, k=key.lower())
        out.append(rec('p106-s-%04d' % n, t, t + '__' + st, text, s, v, 'vendor'))
        n += 1
    return out
