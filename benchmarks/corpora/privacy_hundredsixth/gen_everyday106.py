"""Everyday records: 45 proptech container kinds x 4, 16 types."""
import random
from common106 import *

def g_hex(n):
    return lambda r: rs(r, n, HEX)

TYPES = {
    # type: (generator, key name)
    'reso_web_api_oauth_client_secret': (g_hex(40), 'RESO_CLIENT_SECRET'),
    'rets_feed_login_password': (password, 'RETS_PASS'),
    'listing_syndication_partner_key': (lambda r: rs(r, 36), 'SYNDICATION_PARTNER_KEY'),
    'docusign_app_secret_key': (lambda r: uuid4(r), 'DOCUSIGN_SECRET_KEY'),
    'dotloop_oauth_client_secret': (lambda r: uuid4(r), 'DOTLOOP_CLIENT_SECRET'),
    'yardi_interface_entity_password': (password, 'YARDI_INTERFACE_PASSWORD'),
    'appfolio_reports_client_secret': (lambda r: rs(r, 43, B64U), 'APPFOLIO_CLIENT_SECRET'),
    'buildium_api_client_secret': (lambda r: rs(r, 44, B64), 'BUILDIUM_CLIENT_SECRET'),
    'tenant_portal_admin_password': (password, 'TENANT_PORTAL_ADMIN_PASSWORD'),
    'bacnet_gateway_web_password': (password, 'BMS_GATEWAY_PASSWORD'),
    'modbus_tcp_gateway_admin_password': (password, 'MODBUS_GW_ADMIN_PASSWORD'),
    'smart_lockbox_fleet_api_token': (lambda r: 'lbx' + rs(r, 45), 'LOCKBOX_API_TOKEN'),
    'thermostat_cloud_refresh_token': (lambda r: rs(r, 48, B64U), 'THERMOSTAT_REFRESH_TOKEN'),
    'rent_payment_webhook_signing_secret': (g_hex(64), 'RENTPAY_WEBHOOK_SECRET'),
    'mortgage_pricing_engine_api_key': (lambda r: rs(r, 32, HEX.upper()[:10] + 'ABCDEF'), 'PRICING_ENGINE_API_KEY'),
    'listing_site_mysql_password': (password, 'LISTING_DB_PASSWORD'),
}

def env_key(k):
    return k

CONTAINERS = {
 'reso_replication_python_script': 'import requests\n\nBASE = "https://api.example.com/reso/odata"\n{K} = "{V}"  # TODO move to vault\nresp = requests.get(f"{BASE}/Property?$top=200", headers=hdrs)\n',
 'rets_client_ini_section': '[rets]\nlogin_url = https://rets.example.net/Login.asmx/Login\nuser_agent = IDXSync/2.1\n{k} = {V}\nversion = RETS/1.7.2\n',
 'mls_feed_nightly_cron_log': '2024-03-11 02:00:01 idx-sync start board=NWMLS\n2024-03-11 02:00:01 env {K}={V}\n2024-03-11 02:00:07 pulled 1834 listings\n',
 'idx_wordpress_plugin_options_php': "<?php\n// wp-content/plugins/idx-feed/config.php\ndefine( 'IDX_FEED_BOARD', 'crmls' );\ndefine( '{K}', '{V}' );\n",
 'listing_feed_xml_comment': '<?xml version="1.0"?>\n<Listings>\n  <!-- feed auth for partner pull: {K}={V} -->\n  <Listing><ListPrice>489000</ListPrice></Listing>\n</Listings>\n',
 'docusign_connect_appsettings_json': '{\n  "Logging": { "LogLevel": { "Default": "Information" } },\n  "ESign": {\n    "{K}": "{V}",\n    "AccountBaseUri": "https://demo.docusign.net"\n  }\n}\n',
 'dotloop_webhook_handler_node': "const express = require('express');\nconst app = express();\nconst {K} = '{V}';\napp.post('/hooks/loop', verify({K}), handleLoop);\n",
 'yardi_etl_ssis_dtsconfig': '<DTSConfiguration>\n  <Configuration ConfiguredType="Property" Path="\\Package.Variables[User::{K}].Properties[Value]" ValueType="String">\n    <ConfiguredValue>{V}</ConfiguredValue>\n  </Configuration>\n</DTSConfiguration>\n',
 'appfolio_export_sync_dotenv': '# appfolio nightly export -> warehouse\nAPPFOLIO_DB=pm_warehouse\n{K}={V}\nEXPORT_DIR=/srv/exports/appfolio\n',
 'buildium_csharp_client_constants': 'namespace RentOps.Integrations\n{\n    internal static class Settings\n    {\n        public const string {K} = "{V}";\n    }\n}\n',
 'tenant_portal_django_settings_py': "# tenant_portal/settings/prod.py\nALLOWED_HOSTS = ['tenants.example.com']\n{K} = '{V}'\nTIME_ZONE = 'America/Denver'\n",
 'resident_app_react_native_env': '# resident-app/.env.production\nAPI_BASE_URL=https://portal.example.com/api\n{K}={V}\nSENTRY_ENV=production\n',
 'bacnet_gateway_yaml_config': 'gateway:\n  name: bldg-4-bacnet-ip\n  device_instance: 40104\n  bbmd: 10.40.0.1\n  {k}: {V}\n',
 'modbus_gateway_json_profile': '{\n  "profile": "chiller-plant",\n  "unit_id": 17,\n  "{k}": "{V}",\n  "poll_ms": 5000\n}\n',
 'niagara_station_migration_notes': 'Station migration notes - Tower B\n- JACE-8000 moved to VLAN 40\n- {K} (do not change before cutover): {V}\n- verify trend logs after restart\n',
 'bms_vendor_commissioning_sheet_csv': 'point,site,setting,value\nAHU-1,Tower B,trend_interval,300\nGW-1,Tower B,{K},{V}\n',
 'smart_thermostat_homebridge_config': '{\n  "platforms": [\n    {\n      "platform": "ThermostatCloud",\n      "{k}": "{V}",\n      "units": "F"\n    }\n  ]\n}\n',
 'home_assistant_secrets_yaml': '# /config/secrets.yaml (unit 12B model home)\nlatitude: 39.74\n{k}: "{V}"\n',
 'lockbox_fleet_sync_go_const': 'package lockbox\n\nconst (\n\tapiBase = "https://api.example.com/v2"\n\t{K} = "{V}"\n)\n',
 'showing_scheduler_rails_credentials_dump': '$ bin/rails credentials:show\nshowing_service:\n  host: api.example.com\n  {k}: {V}\nsecret_key_base: (elided)\n',
 'rent_collection_lambda_env_json': '{\n  "FunctionName": "rent-collect-reconcile",\n  "Environment": {\n    "Variables": {\n      "{K}": "{V}",\n      "STAGE": "prod"\n    }\n  }\n}\n',
 'mortgage_los_connector_properties': '# los-connector.properties\nlos.base.url=https://pm.example.net/los\nlos.{k}={V}\nlos.timeout.ms=30000\n',
 'loan_pricing_excel_vba_module': 'Attribute VB_Name = "PricingFeed"\nPublic Const {K} As String = "{V}"\nSub RefreshRates()\n    Call PullRates({K})\nEnd Sub\n',
 'property_manager_slack_paste': '[10:42] dana.w: anyone know why the sync is failing\n[10:43] marco.p: i rotated it, new value is {V} , update the job\n[10:43] dana.w: thx\n',
 'leasing_office_helpdesk_ticket': 'Ticket #48213 - Leasing office cannot reach integration\nPriority: High\nNotes: tried the value from the binder ({K}) = {V} and it still fails with 401.\n',
 'broker_onboarding_email_eml': 'From: ops@example.com\nTo: newagent@example.org\nSubject: Your MLS tools setup\n\nWelcome aboard! For the feed tool use {V} as the {k}.\nKeep this email private.\n',
 'zillow_feed_bash_history': '  401  cd /srv/feeds\n  402  export {K}="{V}"\n  403  ./push_feed.sh --board sdmls\n',
 'rent_roll_import_powershell': '$Board = "Eastside"\n${K} = "{V}"\nInvoke-RestMethod -Uri $ImportUri -Headers @{ Authorization = "Bearer $env:TOKEN" }\n',
 'proptech_monorepo_docker_compose': 'services:\n  listings-api:\n    image: registry.example.com/listings-api:4.2\n    environment:\n      {K}: "{V}"\n      NODE_ENV: production\n',
 'helm_values_tenant_portal': 'tenantPortal:\n  replicas: 3\n  env:\n    - name: {K}\n      value: "{V}"\n',
 'terraform_mls_ingest_tfvars': 'region        = "us-west-2"\nmls_board     = "crmls"\n{k} = "{V}"\n',
 'github_actions_listing_deploy_env': 'jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      {K}: {V}\n    steps:\n      - run: ./deploy.sh\n',
 'airflow_connection_extra_json': '{"conn_id": "mls_feed", "conn_type": "http", "host": "api.example.com", "extra": {"{k}": "{V}"}}\n',
 'dbt_profiles_yml_warehouse': 'rentals:\n  target: prod\n  outputs:\n    prod:\n      type: postgres\n      host: pm.example.net\n      {k}: "{V}"\n',
 'jupyter_cma_notebook_cell': '{\n "cell_type": "code",\n "source": [\n  "import cma\\n",\n  "{K} = \'{V}\'\\n",\n  "comps = cma.pull(radius_mi=0.5)"\n ]\n}\n',
 'laravel_listing_site_env': 'APP_NAME=OakRealty\nAPP_ENV=production\n{K}={V}\nQUEUE_CONNECTION=redis\n',
 'kubernetes_configmap_misuse': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: lease-sync\ndata:\n  {K}: "{V}"\n',
 'postman_environment_export': '{\n  "name": "PM prod",\n  "values": [\n    { "key": "{k}", "value": "{V}", "enabled": true }\n  ]\n}\n',
 'insomnia_workspace_yaml': 'type: environment\nname: leasing-prod\ndata:\n  base_url: https://pm.example.net\n  {k}: {V}\n',
 'vscode_launch_json_env': '{\n  "configurations": [\n    {\n      "name": "debug lease-sync",\n      "type": "python",\n      "env": { "{K}": "{V}" }\n    }\n  ]\n}\n',
 'systemd_unit_environment_line': '[Service]\nExecStart=/opt/bms-bridge/bin/bridge\nEnvironment="{K}={V}"\nRestart=always\n',
 'supervisord_program_section': '[program:rets-pull]\ncommand=/opt/rets/pull.py\nenvironment={K}="{V}",LOG_LEVEL="info"\n',
 'nginx_lua_access_check_snippet': 'location /owner-api/ {\n    access_by_lua_block {\n        local {k} = "{V}"\n        check(ngx.req, {k})\n    }\n}\n',
 'pm_standup_confluence_export': 'h2. Standup 14 Mar\n* Lease sync: vendor reset creds. {K} now {V} (Priya to move to vault)\n* Unit turns: 6 pending\n',
 'mobile_app_gradle_properties': '# android/gradle.properties\norg.gradle.jvmargs=-Xmx2048m\n{K}={V}\n',
}

def build(start_index=1):
    r = random.Random(10601)
    types = sorted(TYPES)
    use = {t: 0 for t in types}
    out = []
    n = start_index
    for kind in sorted(CONTAINERS):
        tpl = CONTAINERS[kind]
        chosen = []
        for _ in range(4):
            cands = sorted([t for t in types if t not in chosen], key=lambda t: (use[t], r.random()))
            t = cands[0]
            chosen.append(t)
            use[t] += 1
            gen, key = TYPES[t]
            v = gen(r)
            text, st = fill(tpl, v, K=key, k=key.lower())
            out.append(rec('p106-s-%04d' % n, t, kind, text, st, v, 'everyday'))
            n += 1
    return out
