"""Everyday records: 45 container kinds x 4 from dealership / fleet / micromobility work."""
from common116 import G, positive

# (span type, env-style key, generator)
TYPES = [
    ("autoflt_dms_sqlserver_password", "DMS_SQL_PWD", lambda g: g.pw()),
    ("autoflt_oem_dealer_portal_password", "OEM_PORTAL_PASS", lambda g: g.pw()),
    ("autoflt_vin_decode_api_key", "VIN_DECODE_KEY", lambda g: g.hex(32)),
    ("autoflt_history_report_token", "HISTORY_REPORT_TOKEN", lambda g: g.an(40)),
    ("autoflt_telematics_broker_password", "TELEMATICS_BROKER_PASS", lambda g: g.pw()),
    ("autoflt_rental_webhook_signing_secret", "RENTAL_WEBHOOK_SECRET", lambda g: "rwhs_" + g.b64u(30)),
    ("autoflt_scooter_unlock_hmac_key", "SCOOTER_UNLOCK_HMAC", lambda g: g.hex(64)),
    ("autoflt_parking_operator_client_secret", "PARKING_CLIENT_SECRET", lambda g: g.an(36)),
    ("autoflt_toll_account_bearer_jwt", "TOLL_API_JWT", lambda g: g.jwt({"sub": "fleet-%d" % g.r.randint(1000, 9999), "scope": "toll.read toll.write", "iat": 1735689600 + g.r.randint(0, 9999999)})),
    ("autoflt_insurance_rating_api_key", "INS_RATING_KEY", lambda g: g.uuid()),
    ("autoflt_lender_portal_password", "LENDER_PORTAL_PASS", lambda g: g.pw()),
    ("autoflt_charger_ocpp_auth_key", "OCPP_AUTH_KEY", lambda g: g.HEX(40)),
]

K = "{K}"
CONTAINERS = [
    ("dms_jenkinsfile_environment_block", "pipeline {\n  agent any\n  environment {\n    DMS_HOST = 'dms-sql01.dealer.example.com'\n    {K} = '{S}'\n  }\n  stages { stage('sync') { steps { sh './sync_ro.sh' } } }\n}"),
    ("vin_decode_circleci_config_environment", "jobs:\n  decode-batch:\n    docker:\n      - image: cimg/python:3.12\n    environment:\n      {K}: {S}\n      BATCH_SIZE: 500\n    steps: [checkout, run: python decode.py]"),
    ("rental_compose_override_environment", "# docker-compose.override.yml (local only!)\nservices:\n  reservations:\n    environment:\n      - BRANCH_CODE=LAX04\n      - {K}={S}\n"),
    ("telematics_supervisord_program_environment", "[program:can_ingest]\ncommand=/opt/fleet/bin/can_ingest --port 5055\nenvironment=FLEET_REGION=\"eu-west\",{K}=\"{S}\"\nautorestart=true"),
    ("scooter_api_heroku_config_set_history", "  512  heroku config:set {K}={S} -a scoot-api-staging\n  513  heroku ps:restart -a scoot-api-staging"),
    ("dealer_portal_django_local_settings_py", "# local_settings.py -- not committed (oops)\nDEBUG = True\nALLOWED_HOSTS = ['portal.dealer.example.com']\n{K} = \"{S}\"\n"),
    ("fleet_ops_rails_credentials_yml_decrypted", "$ bin/rails credentials:show\nsecret_key_base: <%= ENV.fetch('SKB') %>\nfleet:\n  {K}: {S}\n  region: us-east"),
    ("bikeshare_firebase_functions_config_set", "$ firebase functions:config:set dock.{K}=\"{S}\" --project bikeshare-prod\n✔  Functions config updated."),
    ("carshare_serverless_yml_provider_environment", "service: carshare-trips\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  environment:\n    {K}: '{S}'\n    STAGE: ${sls:stage}"),
    ("insurance_quote_sam_template_parameter_default", "Parameters:\n  {K}:\n    Type: String\n    NoEcho: false\n    Default: {S}\nResources:\n  QuoteFn:\n    Type: AWS::Serverless::Function"),
    ("finance_api_cdk_context_json", "{\n  \"acknowledged-issue-numbers\": [32775],\n  \"lender:{K}\": \"{S}\",\n  \"lender:region\": \"us-east-2\"\n}"),
    ("vehicle_history_makefile_variable", "REPORT_API ?= https://history.example.net/v2\n{K} := {S}\n\nfetch:\n\tcurl -s $(REPORT_API)/vin/$(VIN) > out.json"),
    ("auction_sync_crontab_inline_env", "# m h dom mon dow command\n*/15 * * * * {K}='{S}' /opt/auction/bin/sync_lots >> /var/log/auction_sync.log 2>&1"),
    ("dealer_feed_logstash_pipeline_conf", "output {\n  http {\n    url => \"https://feeds.example.com/inventory\"\n    http_method => \"post\"\n    headers => { \"X-{K}\" => \"{S}\" }\n  }\n}"),
    ("rental_play_application_conf_hocon", "play.http.secret.key = ${?APP_SECRET}\nrental {\n  upstream = \"https://res.example.net\"\n  {K} = \"{S}\"\n}"),
    ("fleet_analytics_dbt_profiles_yml", "fleet_analytics:\n  target: dev\n  outputs:\n    dev:\n      type: postgres\n      host: 10.20.0.14\n      user: analyst\n      {K}: \"{S}\"\n      dbname: fleet"),
    ("toll_reader_yocto_local_conf", "MACHINE ??= \"tollreader-imx8\"\nDISTRO ?= \"poky\"\nTOLL_{K} = \"{S}\"\nIMAGE_INSTALL:append = \" toll-agent\""),
    ("scooter_firmware_zephyr_prj_conf", "CONFIG_BT=y\nCONFIG_MODEM_HL7800=y\nCONFIG_SCOOT_{K}=\"{S}\"\nCONFIG_LOG=y"),
    ("ev_charger_ocpp_configuration_json", "{\n  \"configurationKey\": [\n    {\"key\": \"HeartbeatInterval\", \"readonly\": false, \"value\": \"300\"},\n    {\"key\": \"{K}\", \"readonly\": false, \"value\": \"{S}\"}\n  ]\n}"),
    ("dealer_crm_sfdx_named_credential_xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<NamedCredential xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n    <label>DealerCRM</label>\n    <principalType>NamedUser</principalType>\n    <{K}>{S}</{K}>\n</NamedCredential>"),
    ("parking_app_expo_app_json_extra", "{\n  \"expo\": {\n    \"name\": \"ParkNow\",\n    \"slug\": \"parknow\",\n    \"extra\": { \"{K}\": \"{S}\" }\n  }\n}"),
    ("bikeshare_android_gradle_properties", "org.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true\n{K}={S}\n"),
    ("carshare_ios_xcconfig", "// Secrets.xcconfig\nAPI_HOST = api.carshare.example.com\n{K} = {S}\n"),
    ("rental_kiosk_webpack_define_plugin", "new webpack.DefinePlugin({\n  'process.env.BRANCH': JSON.stringify('SFO2'),\n  'process.env.{K}': JSON.stringify('{S}'),\n}),"),
    ("dms_flyway_conf", "flyway.url=jdbc:sqlserver://dms-sql01:1433;databaseName=DMS\nflyway.user=flyway\nflyway.{K}={S}\nflyway.locations=filesystem:sql"),
    ("warranty_claims_mule_config_properties_yaml", "http:\n  port: \"8081\"\nwarranty:\n  oem:\n    {K}: \"{S}\"\n    endpoint: \"https://oem.example.com/claims\""),
    ("fleet_fuelcard_n8n_credentials_export_json", "[{\n  \"name\": \"Fuel card API\",\n  \"type\": \"httpHeaderAuth\",\n  \"data\": {\"name\": \"{K}\", \"value\": \"{S}\"}\n}]"),
    ("telematics_nodered_flows_cred_json", "{\n  \"a3f9c1d2.7e4b\": {\n    \"user\": \"gateway\",\n    \"{K}\": \"{S}\"\n  }\n}"),
    ("micromobility_grafana_datasource_provisioning", "apiVersion: 1\ndatasources:\n  - name: TripsDB\n    type: postgres\n    url: 10.40.1.9:5432\n    user: grafana\n    secureJsonData:\n      {K}: '{S}'"),
    ("parking_prometheus_scrape_basic_auth", "scrape_configs:\n  - job_name: gate_controllers\n    basic_auth:\n      username: prom\n      {K}: {S}\n    static_configs:\n      - targets: ['10.8.0.21:9100']"),
    ("recon_jupyter_notebook_cell_source", "{\n \"cell_type\": \"code\",\n \"source\": [\n  \"import pandas as pd\\n\",\n  \"{K} = '{S}'\\n\",\n  \"df = load_invoices({K})\"\n ]\n}"),
    ("fleet_ops_zendesk_internal_note", "Internal note (not visible to requester):\nCustomer's integration keeps failing. I tested with our own {K} {S} and it works, so it's on their side."),
    ("rental_ci_drone_yml_environment", "kind: pipeline\nname: rates\nsteps:\n  - name: push-rates\n    image: alpine\n    environment:\n      {K}: {S}\n    commands: [./push_rates.sh]"),
    ("ev_fleet_argo_workflow_parameters", "spec:\n  entrypoint: charge-report\n  arguments:\n    parameters:\n      - name: {K}\n        value: \"{S}\"\n      - name: depot\n        value: north"),
    ("dealer_website_hugo_config_params", "baseURL = \"https://www.dealer.example.com/\"\ntitle = \"Riverside Motors\"\n[params]\n  {K} = \"{S}\"\n  inventoryFeed = \"/feed.json\""),
    ("inventory_sync_boto_cfg_section", "[Credentials]\naws_access_key_id = AKIAEXAMPLEKEYID0000\n\n[Inventory]\n{K} = {S}\n"),
    ("tolling_openshift_deploymentconfig_env", "kind: DeploymentConfig\nspec:\n  template:\n    spec:\n      containers:\n        - name: toll-rater\n          env:\n            - name: {K}\n              value: \"{S}\""),
    ("scooter_ops_windows_setx_command", "C:\\ops> setx {K} \"{S}\"\n\nSUCCESS: Specified value was saved."),
    ("vin_service_cmake_cache_entry", "//Decoder backend\nDECODER_BACKEND:STRING=remote\n//Key for decoder\n{K}:STRING={S}\n"),
    ("leasing_api_maven_settings_server", "<settings>\n  <servers>\n    <server>\n      <id>lease-repo</id>\n      <username>ci</username>\n      <{K}>{S}</{K}>\n    </server>\n  </servers>\n</settings>"),
    ("dealer_frontend_yarnrc_yml_scope", "nodeLinker: node-modules\nnpmScopes:\n  dealer:\n    npmRegistryServer: \"https://npm.dealer.example.com\"\n    {K}: \"{S}\""),
    ("parking_kiosk_android_local_properties", "sdk.dir=/Users/ci/Library/Android/sdk\n{K}={S}\n"),
    ("fleet_report_excel_vba_module_const", "Attribute VB_Name = \"modFleetApi\"\nPrivate Const {K} As String = \"{S}\"\nPublic Sub PullOdometers()\n    ' ...\nEnd Sub"),
    ("dealer_keycloak_realm_export_client", "{\n  \"clientId\": \"dealer-portal\",\n  \"enabled\": true,\n  \"attributes\": {\"{K}\": \"{S}\"},\n  \"redirectUris\": [\"https://portal.dealer.example.com/*\"]\n}"),
    ("dealer_lot_esphome_secrets_yaml", "# secrets.yaml for lot-gate-esp32\nwifi_ssid: \"LotGate\"\n{K}: \"{S}\"\n"),
]
assert len(CONTAINERS) == 45, len(CONTAINERS)


def build(prefix_counter):
    g = G(11601)
    out = []
    for ki, (kind, tpl) in enumerate(CONTAINERS):
        for j in range(4):
            ti = (5 * ki + 3 * j) % len(TYPES)
            typ, key, gen = TYPES[ti]
            val = gen(g)
            t = tpl.replace(K, key.lower() if "yml" in kind or "yaml" in kind or "json" in kind else key)
            out.append(positive(None, typ, kind, t, val, "everyday"))
    return out
