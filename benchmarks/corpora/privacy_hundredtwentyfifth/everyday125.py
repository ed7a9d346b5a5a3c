"""Everyday vet-developer secrets in 45 container kinds x 4."""
TYPES = [
    ('vetdev_pims_database_password', 'pw', 'pims_db_pass'),
    ('vetdev_reference_lab_api_key', 'hex32', 'reflab_api_key'),
    ('vetdev_pacs_modality_password', 'pw', 'pacs_auth'),
    ('vetdev_petinsurance_claims_client_secret', 'alnum40', 'claims_client_secret'),
    ('vetdev_reminder_sms_auth_token', 'hex32u', 'reminder_sms_token'),
    ('vetdev_telehealth_signing_secret', 'b64_48', 'televet_signing_secret'),
    ('vetdev_herd_sync_bearer_token', 'hrd', 'herdsync_token'),
    ('vetdev_pharmacy_portal_password', 'pw', 'rx_portal_pass'),
    ('vetdev_drug_ledger_hmac_key', 'hex64', 'cdlog_hmac_key'),
    ('vetdev_chip_registry_api_key', 'uuid', 'chipreg_key'),
    ('vetdev_owner_portal_session_jwt', 'jwt', 'owner_portal_jwt'),
    ('vetdev_barn_sensor_mqtt_password', 'pw', 'barn_mqtt_pass'),
]

KINDS = [
    ('ezyvet_webhook_relay_appsettings_json', '{{\n  "Relay": {{\n    "Endpoint": "https://relay.clinic.example.com/hooks",\n    "{k}": "{v}",\n    "RetryCount": 4\n  }}\n}}'),
    ('idexx_vetconnect_poller_ini_block', '[vetconnect]\nbase_url = https://lab.example.net/api\n{k} = {v}\npoll_minutes = 10'),
    ('antech_result_import_php_define', "<?php\ndefine('LAB_HOST', 'results.example.net');\ndefine('{K}', '{v}');\n"),
    ('orthanc_lua_script_global', '-- on-stored-instance hook\nlocal forwardTo = "vetpacs"\nlocal {k} = "{v}"\nfunction OnStoredInstance(id) end'),
    ('dcm4chee_wildfly_cli_property', '/system-property={k}:add(value="{v}")'),
    ('mirth_channel_js_transformer_var', "// Mirth transformer step 3\nvar endpoint = 'https://claims.example.com/v2';\nvar {k} = '{v}';\nchannelMap.put('ep', endpoint);"),
    ('hl7_interface_engine_xml_property', '<connector name="lab_out">\n  <property name="host">10.20.0.14</property>\n  <property name="{k}">{v}</property>\n</connector>'),
    ('reminder_worker_sidekiq_yml', ':concurrency: 5\n:queues:\n  - reminders\n:{k}: "{v}"'),
    ('appointment_widget_vite_env_local', 'VITE_CLINIC_ID=4412\n{K}={v}\nVITE_TZ=Europe/Dublin'),
    ('telehealth_laravel_env_file', 'APP_ENV=production\nAPP_URL=https://televet.example.com\n{K}={v}\nQUEUE_CONNECTION=redis'),
    ('pet_portal_nextjs_config_js', "module.exports = {{\n  env: {{\n    {k}: '{v}',\n  }},\n  reactStrictMode: true,\n}};"),
    ('claims_service_spring_application_properties', 'server.port=8085\nclaims.{k}={v}\nlogging.level.root=INFO'),
    ('claims_dotnet_user_secrets_json', '{{\n  "Claims:{k}": "{v}",\n  "Claims:Region": "eu"\n}}'),
    ('herd_app_flutter_dart_define_json', '{{\n  "FLAVOR": "farm",\n  "{K}": "{v}"\n}}'),
    ('farm_vet_android_local_properties', 'sdk.dir=/home/dev/Android/Sdk\n{k}={v}'),
    ('ios_clinic_app_xcconfig_line', 'PRODUCT_BUNDLE_IDENTIFIER = com.example.vetapp\n{K} = {v}'),
    ('herd_records_django_local_settings_py', "DEBUG = False\nALLOWED_HOSTS = ['herd.example.com']\n{K} = '{v}'"),
    ('milking_parlour_node_red_flows_json', '[{{"id":"a1f3","type":"mqtt-broker","broker":"10.1.4.2","credentials":{{"{k}":"{v}"}}}}]'),
    ('barn_gateway_openwrt_uci_option', "config broker 'barn'\n\toption host '192.168.8.2'\n\toption {k} '{v}'"),
    ('feedlot_esp32_platformio_ini_build_flag', '[env:feedlot]\nboard = esp32dev\nbuild_flags = -D{K}=\\"{v}\\"'),
    ('home_assistant_secrets_yaml_barn', 'barn_lat: 52.1\n{k}: "{v}"'),
    ('drug_ledger_sqlalchemy_alembic_ini', '[alembic]\nscript_location = migrations\n# {k} = {v}\nsqlalchemy.url = driver://user@localhost/ledger'),
    ('pharmacy_sync_cron_crontab_line', '*/15 * * * * {K}={v} /opt/rxsync/bin/push --clinic 7'),
    ('pharmacy_label_printer_zpl_comment', '^XA\n^FX {k} {v}\n^FO50,50^A0N,30,30^FDAmoxicillin 250mg^FS\n^XZ'),
    ('vet_lab_r_renviron_file', 'R_LIBS_USER=~/R/library\n{K}={v}'),
    ('epidemiology_jupyter_notebook_cell_json', '{{"cell_type": "code", "source": ["import os\\n", "os.environ[\'{K}\'] = \'{v}\'\\n"], "outputs": []}}'),
    ('surveillance_stata_do_file_global', 'global {k} "{v}"\nimport delimited "cases.csv", clear'),
    ('livestock_sas_macro_let', '%let {k} = {v};\nproc import datafile="/data/herd.csv" out=herd; run;'),
    ('clinic_backup_borgmatic_yaml', 'location:\n  repositories:\n    - ssh://backup@nas.clinic.lan/./pims\nstorage:\n  {k}: "{v}"'),
    ('clinic_nas_docker_compose_env', 'services:\n  pims:\n    image: example/pims:4.2\n    environment:\n      - {K}={v}'),
    ('practice_server_windows_registry_reg', 'Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\VetPIMS\\Sync]\n"{k}"="{v}"'),
    ('practice_server_powershell_profile_env', '$env:{K} = "{v}"\nSet-Location C:\\VetPIMS'),
    ('pims_vb6_module_const', 'Attribute VB_Name = "modSync"\nPublic Const {K} As String = "{v}"'),
    ('pims_delphi_unit_const', 'unit SyncCfg;\ninterface\nconst\n  {K} = \'{v}\';\nimplementation\nend.'),
    ('lab_analyzer_serial_bridge_toml', '[analyzer]\nport = "/dev/ttyUSB0"\nbaud = 9600\n[upload]\n{k} = "{v}"'),
    ('imaging_ai_triage_helm_values_yaml', 'triage:\n  replicas: 2\n  {k}: "{v}"'),
    ('insurance_webhook_netlify_toml_env', '[build.environment]\n  NODE_VERSION = "20"\n  {K} = "{v}"'),
    ('claims_etl_dbt_profiles_yml', 'claims:\n  target: prod\n  outputs:\n    prod:\n      type: postgres\n      {k}: "{v}"'),
    ('chip_registry_postman_environment_json', '{{"name":"chipreg-prod","values":[{{"key":"{k}","value":"{v}","enabled":true}}]}}'),
    ('telehealth_twiml_app_gradle_properties', 'org.gradle.jvmargs=-Xmx2g\n{k}={v}'),
    ('reminder_lambda_serverless_yml', 'provider:\n  name: aws\n  environment:\n    {K}: {v}'),
    ('vet_team_discord_message_paste', 'Maeve (locum) — today 08:12\nok try this for the staging box: {v}\nif it fails ping me'),
    ('clinic_it_confluence_runbook_table_row', '| Service | Value | Owner |\n|---|---|---|\n| {k} | {v} | practice IT |'),
    ('farm_vet_trello_card_comment', 'Comment by Tomasz: for the dairy visit sync, set {k} to {v} on the laptop before leaving'),
    ('zsh_history_extended_line', ': 1733389100:0;export {K}={v}'),
]


def make(gen):
    out = []
    for ki, (kind, tpl) in enumerate(KINDS):
        for j in range(4):
            tname, shape, key = TYPES[(7 * ki + 5 * j) % len(TYPES)]
            v = gen.uniq(lambda: value(gen, shape))
            text = tpl.format(k=key, K=key.upper(), v=v)
            s = text.index(v)
            out.append({'type': tname, 'container': kind, 'text': text,
                        'secrets': [{'value': v, 'start': s, 'end': s + len(v), 'type': tname}], 'source': 'everyday'})
    return out


def value(g, shape):
    if shape == 'pw':
        return g.password()
    if shape == 'hex32':
        return g.hexs(32)
    if shape == 'hex32u':
        return g.hexs(32, upper=True)
    if shape == 'hex64':
        return g.hexs(64)
    if shape == 'alnum40':
        from common125 import ALNUM
        return g.s(ALNUM, 40)
    if shape == 'b64_48':
        return g.b64(48)
    if shape == 'hrd':
        from common125 import ALNUM
        return 'hrd_' + g.s(ALNUM, 36)
    if shape == 'uuid':
        return g.uuid4()
    if shape == 'jwt':
        return g.jwt({'sub': 'owner_%d' % g.r.randint(10000, 99999), 'clinic': g.r.randint(100, 999), 'iat': 1733300000 + g.r.randint(0, 90000), 'exp': 1733400000 + g.r.randint(0, 90000)})
    raise ValueError(shape)
