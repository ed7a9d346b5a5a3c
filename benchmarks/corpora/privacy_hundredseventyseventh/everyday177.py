"""Everyday source: 12 secret types of the masonry / heritage world x 45 container kinds."""
import random

from common177 import (MARK, ALNUM, BASE62, HEX, LOWER, DIGITS, owner_password, rstr, rbytes,
                       b64, b64url_nopad, b32_nopad, jwt_hs256, uuid4, style_key, fill)

SEED = 17701

# (type, key words, description, generator-kind)
TYPES = [
    ("stone_yard_inventory_db_password", ["yard", "inventory", "db", "password"],
     "owner-chosen password of the stone-yard inventory database account", "pw"),
    ("heritage_survey_app_admin_password", ["survey", "app", "admin", "password"],
     "owner-chosen admin password of the heritage-site survey app back office", "pw"),
    ("listed_consent_portal_login_password", ["consent", "portal", "login", "password"],
     "owner-chosen login password of the planning / listed-building-consent submission portal account", "pw"),
    ("scaffold_permit_system_password", ["scaffold", "permit", "password"],
     "owner-chosen password of the scaffolding inspection and permit system", "pw"),
    ("conservation_grant_portal_password", ["grant", "portal", "password"],
     "owner-chosen password of a conservation body's grant-reporting portal", "pw"),
    ("client_progress_portal_admin_password", ["client", "portal", "admin", "password"],
     "owner-chosen admin password of the client progress-photo portal", "pw"),
    ("photogrammetry_job_api_key", ["photogrammetry", "api", "key"],
     "`pgj_live_` + 32 base62, API key of the in-house photogrammetry job queue (prefix invented)", "pgj"),
    ("drone_upload_hmac_key", ["drone", "upload", "hmac", "key"],
     "Base64 of 48 random bytes (64 characters), HMAC key that signs drone-survey upload URLs", "b64_48"),
    ("crew_timesheet_service_jwt", ["timesheet", "service", "token"],
     "HS256 JWT (real base64url JSON header and payload, real HMAC) of the crew timesheet service", "jwt"),
    ("subcontractor_payment_webhook_secret", ["payment", "webhook", "secret"],
     "`spwh_` + base64url of 24 random bytes (32 characters), signing secret of the subcontractor-payment webhooks (prefix invented)", "spwh"),
    ("lime_cure_logger_aes_key", ["cure", "logger", "aes", "key"],
     "64 lower-case hex, AES-256 key of the lime-mortar curing-chamber data loggers", "hex64"),
    ("site_vpn_totp_seed", ["vpn", "totp", "seed"],
     "unpadded Base32 of 20 random bytes (32 characters), TOTP seed of the site-office VPN", "b32_20"),
]


def gen_value(kind, rng):
    if kind == "pw":
        return owner_password(rng)
    if kind == "pgj":
        return "pgj_live_" + rstr(rng, BASE62, 32)
    if kind == "b64_48":
        return b64(rbytes(rng, 48))
    if kind == "jwt":
        iat = 1717000000 + rng.randint(0, 20000000)
        return jwt_hs256(rng, {"sub": "crew-%04d" % rng.randint(1, 9999), "iss": "timesheets.stonecraft.lan",
                                "scope": "timesheet:write", "iat": iat, "exp": iat + 31536000})
    if kind == "spwh":
        return "spwh_" + b64url_nopad(rbytes(rng, 24))
    if kind == "hex64":
        return rstr(rng, HEX, 64)
    if kind == "b32_20":
        return b32_nopad(rbytes(rng, 20))
    raise ValueError(kind)


V = MARK


def _h(rng):
    return rng.choice(["yard01", "survey-api", "pgm-worker", "portal", "cure-hub", "quarry-edi"]) + "." + \
        rng.choice(["stonecraft.lan", "heritage-works.internal", "dykeside.lan", "limeworks.internal"])


# container kind -> (style, template(k, rng))
CONTAINERS = [
    ("survey_app_vite_env_local", "upper", lambda k, r: f"# .env.local – survey app (do not commit)\nVITE_API_BASE=https://{_h(r)}/api\nVITE_MAP_STYLE=os-leisure\nVITE_{k}={V}\nVITE_ENABLE_PHOTOGRAMMETRY=true\n"),
    ("photogrammetry_worker_dotenv", "upper", lambda k, r: f"WORKER_CONCURRENCY=4\nCOLMAP_BIN=/opt/colmap/bin/colmap\nSCRATCH_DIR=/srv/pgm/scratch\n{k}={V}\nLOG_LEVEL=info\n"),
    ("webodm_local_settings_py", "upper", lambda k, r: f"# webodm/local_settings.py\nDEBUG = False\nALLOWED_HOSTS = ['{_h(r)}']\nTIME_ZONE = 'Europe/London'\n{k} = '{V}'\nMEDIA_ROOT = '/webodm/app/media'\n"),
    ("metashape_batch_script_py", "upper", lambda k, r: f"import Metashape\n\nCHUNK_LABEL = \"chapel_north_elevation\"\nKEYPOINT_LIMIT = 40000\n{k} = \"{V}\"\n\ndoc = Metashape.Document()\ndoc.open(\"/projects/chapel/chapel.psx\")\n"),
    ("stone_yard_rails_database_yml", "snake", lambda k, r: f"production:\n  adapter: postgresql\n  host: {_h(r)}\n  database: stoneyard_prod\n  username: yard_app\n  {k}: \"{V}\"\n  pool: 10\n"),
    ("quarry_orders_go_config_yaml", "snake", lambda k, r: f"server:\n  listen: \":8085\"\nquarry_orders:\n  edi_partner: \"HOPTON-QRY\"\n  {k}: \"{V}\"\n  retry_after: 90s\n"),
    ("consent_tracker_appsettings_json", "pascal", lambda k, r: f"{{\n  \"Logging\": {{ \"LogLevel\": {{ \"Default\": \"Warning\" }} }},\n  \"ConsentTracker\": {{\n    \"LocalAuthority\": \"Derbyshire Dales\",\n    \"{k}\": \"{V}\",\n    \"PollMinutes\": 30\n  }}\n}}\n"),
    ("scaffold_permits_spring_properties", "dot", lambda k, r: f"spring.application.name=scaffold-permits\nspring.datasource.url=jdbc:postgresql://{_h(r)}:5432/permits\nscaffold.tag.expiry-days=7\nsite.{k}={V}\n"),
    ("timesheet_api_nuxt_runtime_config_ts", "camel", lambda k, r: f"export default defineNuxtConfig({{\n  runtimeConfig: {{\n    crewRegion: 'peak-district',\n    {k}: '{V}',\n    public: {{ mapCentre: [53.21, -1.63] }}\n  }}\n}})\n"),
    ("client_portal_craft_cms_general_php", "camel", lambda k, r: f"<?php\nreturn [\n    '*' => [\n        'defaultWeekStartDay' => 1,\n        'omitScriptNameInUrls' => true,\n        '{k}' => '{V}',\n    ],\n];\n"),
    ("grant_reports_symfony_services_yaml", "snake", lambda k, r: f"parameters:\n    funder_name: 'National Lottery Heritage Fund'\n    report_locale: 'en_GB'\n    {k}: '{V}'\n\nservices:\n    _defaults:\n        autowire: true\n"),
    ("progress_photos_next_config_js", "camel", lambda k, r: f"/** @type {{import('next').NextConfig}} */\nmodule.exports = {{\n  images: {{ domains: ['photos.stonecraft.co.uk'] }},\n  serverRuntimeConfig: {{\n    {k}: '{V}',\n  }},\n}};\n"),
    ("site_app_flutter_dart_define_json", "upper", lambda k, r: f"{{\n  \"FLAVOR\": \"prod\",\n  \"SURVEY_API\": \"https://{_h(r)}\",\n  \"{k}\": \"{V}\"\n}}\n"),
    ("site_app_android_local_properties", "dot", lambda k, r: f"## This file must *NOT* be checked into Version Control Systems\nsdk.dir=/home/mason/Android/Sdk\nsite.{k}={V}\n"),
    ("site_app_ios_release_xcconfig", "upper", lambda k, r: f"// Release.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = uk.co.stonecraft.siteapp\nSURVEY_HOST = {_h(r)}\n{k} = {V}\n"),
    ("drone_uploader_electron_config_json", "camel", lambda k, r: f"{{\n  \"uploadConcurrency\": 3,\n  \"watchFolder\": \"D:\\\\DCIM\\\\SURVEY\",\n  \"{k}\": \"{V}\",\n  \"deleteAfterUpload\": false\n}}\n"),
    ("cure_logger_firmware_config_h", "upper", lambda k, r: f"#pragma once\n#define LOGGER_ID        \"CURE-{r.randint(10, 99)}\"\n#define SAMPLE_PERIOD_S  600\n#define {k} \"{V}\"\n#define RH_ALARM_PCT     55\n"),
    ("cure_logger_esphome_secrets_yaml", "snake", lambda k, r: f"# secrets.yaml (esphome, curing shed)\nwifi_ssid: \"LimeShed\"\nota_target: \"cure-shed-2\"\n{k}: \"{V}\"\n"),
    ("cure_dashboard_grafana_datasource_yaml", "camel", lambda k, r: f"apiVersion: 1\ndatasources:\n  - name: CureLogs\n    type: postgres\n    url: {_h(r)}:5432\n    user: grafana_ro\n    jsonData:\n      sslmode: require\n    secureJsonData:\n      {k}: \"{V}\"\n"),
    ("cure_metrics_telegraf_conf", "snake", lambda k, r: f"[[inputs.mqtt_consumer]]\n  servers = [\"tcp://{_h(r)}:1883\"]\n  topics = [\"cure/+/rh\", \"cure/+/temp\"]\n  {k} = \"{V}\"\n  data_format = \"json\"\n"),
    ("estimating_excel_vba_module", "pascal", lambda k, r: f"Attribute VB_Name = \"modYardLink\"\nOption Explicit\nPublic Const YardServer As String = \"{_h(r)}\"\nPublic Const {k} As String = \"{V}\"\n"),
    ("yard_office_powershell_script", "pascal", lambda k, r: f"# Sync-StockSheets.ps1\n$YardShare = '\\\\yard01\\stock'\n${k} = '{V}'\nGet-ChildItem $YardShare -Filter *.xlsx | ForEach-Object {{ Write-Host $_.Name }}\n"),
    ("survey_sync_bash_export_script", "upper", lambda k, r: f"#!/usr/bin/env bash\nset -euo pipefail\nexport SURVEY_BUCKET=s3://stonecraft-surveys\nexport {k}='{V}'\nrclone sync ./out \"$SURVEY_BUCKET\"\n"),
    ("site_laptop_zsh_history", "upper", lambda k, r: f": 1718002211:0;cd ~/code/survey-app\n: 1718002230:0;export {k}={V}\n: 1718002244:0;npm run dev\n"),
    ("yard_server_crontab", "upper", lambda k, r: f"MAILTO=office@stonecraft.co.uk\n{k}={V}\n15 2 * * * /opt/yard/bin/stock-export --site dykeside\n"),
    ("yard_pc_batch_file", "upper", lambda k, r: f"@echo off\nREM nightly quarry order upload\nset QUARRY_HOST={_h(r)}\nset {k}={V}\n\"C:\\Yard\\uploader.exe\" /all\n"),
    ("photogrammetry_makefile", "upper", lambda k, r: f"SHELL := /bin/bash\nIMAGES ?= data/chapel\n{k} ?= {V}\n\nmesh:\n\tpython pipeline.py --images $(IMAGES)\n"),
    ("heritage_ci_gitlab_ci_yml", "upper", lambda k, r: f"variables:\n  DOCKER_DRIVER: overlay2\n  {k}: \"{V}\"\n\ndeploy:\n  stage: deploy\n  script: ./deploy.sh\n"),
    ("heritage_ci_jenkinsfile", "upper", lambda k, r: f"pipeline {{\n  agent any\n  environment {{\n    SITE = 'dykeside'\n    {k} = '{V}'\n  }}\n  stages {{ stage('Build') {{ steps {{ sh 'make' }} }} }}\n}}\n"),
    ("heritage_ci_azure_pipelines_yml", "camel", lambda k, r: f"trigger:\n  - main\nvariables:\n  buildConfiguration: Release\n  {k}: '{V}'\npool:\n  vmImage: ubuntu-latest\n"),
    ("survey_api_systemd_unit_conf", "upper", lambda k, r: f"[Unit]\nDescription=Heritage survey API\n\n[Service]\nUser=survey\nEnvironment=\"{k}={V}\"\nExecStart=/opt/survey/bin/survey-api\n"),
    ("survey_api_docker_compose_yml", "upper", lambda k, r: f"services:\n  survey-api:\n    image: registry.stonecraft.lan/survey-api:2.4\n    environment:\n      - TZ=Europe/London\n      - {k}={V}\n"),
    ("client_portal_helm_values_yaml", "camel", lambda k, r: f"replicaCount: 2\nimage:\n  tag: \"3.1.0\"\nportal:\n  siteTitle: \"Restoration progress\"\n  {k}: \"{V}\"\n"),
    ("heritage_infra_pulumi_stack_yaml", "camel", lambda k, r: f"config:\n  aws:region: eu-west-2\n  heritage:bucketName: stonecraft-surveys\n  heritage:{k}: {V}\n"),
    ("heritage_infra_serverless_yml", "upper", lambda k, r: f"service: survey-thumbs\nprovider:\n  name: aws\n  runtime: python3.12\n  environment:\n    THUMB_WIDTH: '640'\n    {k}: '{V}'\n"),
    ("quarry_edi_cloudformation_params_json", "pascal", lambda k, r: f"[\n  {{ \"ParameterKey\": \"Environment\", \"ParameterValue\": \"prod\" }},\n  {{ \"ParameterKey\": \"{k}\", \"ParameterValue\": \"{V}\" }}\n]\n"),
    ("yard_vault_kv_put_history", "snake", lambda k, r: f"$ vault kv put secret/yard/app {k}={V}\n$ vault kv get secret/yard/app\n"),
    ("survey_api_postman_environment_json", "camel", lambda k, r: f"{{\n  \"name\": \"survey-api prod\",\n  \"values\": [\n    {{ \"key\": \"baseUrl\", \"value\": \"https://{_h(r)}\", \"enabled\": true }},\n    {{ \"key\": \"{k}\", \"value\": \"{V}\", \"enabled\": true }}\n  ]\n}}\n"),
    ("grant_analysis_r_script", "snake", lambda k, r: f"library(httr)\nlibrary(dplyr)\n{k} <- \"{V}\"\nclaims <- read.csv(\"nlhf_claims_2024.csv\")\n"),
    ("survey_qa_jupyter_notebook_cell", "snake", lambda k, r: f"In [4]:\nimport pandas as pd\n{k} = \"{V}\"\ndf = pd.read_parquet(\"tiepoints.parquet\")\n"),
    ("masonry_crew_whatsapp_group_message", "spaced", lambda k, r: f"[07:12, 14/05/2024] Gaz (banker shop): morning all, new {k} is {V} – scaffold lads need it before 8\n"),
    ("conservation_officer_email_thread", "spaced", lambda k, r: f"Hi Ruth,\n\nAs discussed, the {k} for the chapel project is {V} if you need to check the uploads yourself.\n\nKind regards,\nTom\nStonecraft Heritage Masonry\n"),
    ("site_diary_pdf_ocr", "title", lambda k, r: f"SITE DIARY  Wk 21  Tue\nWeather: dry, 14C, lime work OK\n{k}: {V}\nDelivery: 6t Hopton Wood, 2 pallets NHL 3.5\n"),
    ("survey_api_sentry_breadcrumb_json", "camel", lambda k, r: f"{{\"category\":\"http\",\"level\":\"info\",\"data\":{{\"url\":\"/v1/uploads\",\"method\":\"POST\",\"{k}\":\"{V}\"}},\"timestamp\":1718003000.12}}\n"),
    ("yard_app_docker_inspect_env", "upper", lambda k, r: f"        \"Env\": [\n            \"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\",\n            \"{k}={V}\",\n            \"PYTHON_VERSION=3.12.3\"\n        ],\n"),
]


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for ki, (kind, style, tpl) in enumerate(CONTAINERS):
        for j in range(4):
            ti = (7 * ki + 3 * j) % 12
            tname, words, _desc, gk = TYPES[ti]
            key = style_key(words, style)
            val = reg.draw(lambda: gen_value(gk, rng))
            text, s, e = fill(tpl(key, rng), val)
            recs.append({"type": tname, "container": kind, "text": text,
                         "secrets": [{"value": val, "start": s, "end": e, "type": tname}],
                         "source": "everyday"})
    return recs
