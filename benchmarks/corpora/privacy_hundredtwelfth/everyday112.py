"""Everyday records: 45 container kinds from construction / BIM developer work x 4."""
import json

# type -> (env key, camel key, human label, generator name)
TYPES = [
    ('bim_aps_app_client_secret', 'APS_CLIENT_SECRET', 'apsClientSecret', 'APS client secret', lambda S: S.an(64)),
    ('bim_procore_oauth_client_secret', 'PROCORE_CLIENT_SECRET', 'procoreClientSecret', 'Procore client secret', lambda S: S.hx(64)),
    ('bim_model_server_db_password', 'MODELSERVER_DB_PASSWORD', 'modelServerDbPassword', 'model server DB password', lambda S: S.pw()),
    ('bim_site_camera_nvr_password', 'NVR_ADMIN_PASSWORD', 'nvrAdminPassword', 'site camera NVR admin password', lambda S: S.pw()),
    ('bim_drone_mapping_api_token', 'DRONE_MAPPING_API_TOKEN', 'droneMappingApiToken', 'drone mapping API token', lambda S: S.hx(40)),
    ('bim_plan_room_sftp_password', 'PLANROOM_SFTP_PASSWORD', 'planRoomSftpPassword', 'plan room SFTP password', lambda S: S.pw()),
    ('bim_bcf_server_refresh_token', 'BCF_REFRESH_TOKEN', 'bcfRefreshToken', 'BCF server refresh token', lambda S: S.b64u(48)),
    ('bim_ntrip_caster_password', 'NTRIP_CASTER_PASSWORD', 'ntripCasterPassword', 'NTRIP caster password', lambda S: S.pw()),
    ('bim_takeoff_tool_api_key', 'TAKEOFF_API_KEY', 'takeoffApiKey', 'takeoff tool API key', lambda S: S.an(40)),
    ('bim_doc_control_webhook_secret', 'DOCCONTROL_WEBHOOK_SECRET', 'docControlWebhookSecret', 'document control webhook secret', lambda S: S.b64(32)),
    ('bim_field_app_bearer_jwt', 'FIELD_APP_BEARER', 'fieldAppBearer', 'field app bearer token', lambda S: S.jwt('https://auth.fieldapp.example.com', {'scope': 'daily-reports'})),
    ('bim_ifc_bucket_secret_key', 'IFC_BUCKET_SECRET_KEY', 'ifcBucketSecretKey', 'IFC bucket secret key', lambda S: S.uniq(lambda: S.s(S_AWS, 40))),
]
import string
S_AWS = string.ascii_letters + string.digits + '/+'


def snake(env):
    return env.lower()


def jd(o):
    return json.dumps(o, indent=2, ensure_ascii=False)


# each container: (kind, fn(env, camel, label, v, r) -> text)
def C(r):
    proj = r.choice(['Harbour Tower', 'Riverside Depot', 'North Campus Lab', 'Bridge 7 Retrofit', 'Eastgate Mall'])
    return proj


CONTAINERS = [
    ('aps_viewer_express_dotenv', lambda e, c, l, v, r: f"# APS viewer sample for {C(r)}\nAPS_CLIENT_ID={r.choice(['aX9','Qm2','Zt7'])}{r.randint(1000,9999)}\n{e}={v}\nAPS_BUCKET=site-models-{r.randint(10,99)}\nPORT=3000\n"),
    ('revit_addin_appsettings_json', lambda e, c, l, v, r: jd({'Logging': {'LogLevel': {'Default': 'Information'}}, 'Sync': {'Project': C(r), c: v, 'BatchSize': r.randint(10, 90)}}) + "\n"),
    ('dynamo_python_node_script', lambda e, c, l, v, r: f"# Dynamo Python node: push room data\nimport clr\nclr.AddReference('RevitAPI')\n{snake(e)} = \"{v}\"\nrooms = IN[0]\nOUT = upload(rooms, {snake(e)})\n"),
    ('navisworks_batch_cmd_set', lambda e, c, l, v, r: f"@echo off\nREM clash export for {C(r)}\nset {e}={v}\n\"C:\\Program Files\\Autodesk\\Navisworks Manage 2024\\FiletoolsTaskRunner.exe\" /i clash.txt /of out.nwd\n"),
    ('bcf_server_django_settings_py', lambda e, c, l, v, r: f"# settings/local.py\nDEBUG = False\nALLOWED_HOSTS = ['bcf.site.example.com']\n{e} = '{v}'\nBCF_VERSION = '3.0'\n"),
    ('procore_sync_sam_template_yaml', lambda e, c, l, v, r: f"Resources:\n  SubmittalSyncFunction:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: app.handler\n      Environment:\n        Variables:\n          {e}: {v}\n          COMPANY_ID: \"{r.randint(10000,99999)}\"\n"),
    ('site_camera_frigate_compose_yaml', lambda e, c, l, v, r: f"services:\n  timelapse:\n    image: ghcr.io/site/timelapse:1.4\n    environment:\n      - CAMERA_HOST=10.20.{r.randint(1,200)}.{r.randint(2,250)}\n      - {e}={v}\n    restart: unless-stopped\n"),
    ('drone_survey_makefile_vars', lambda e, c, l, v, r: f"# Makefile for orthomosaic uploads\nSITE ?= {C(r).replace(' ', '_').lower()}\n{e} := {v}\n\nupload:\n\tpython upload.py --site $(SITE)\n"),
    ('takeoff_macro_vba_module', lambda e, c, l, v, r: f"Attribute VB_Name = \"TakeoffSync\"\nPrivate Const {e} As String = \"{v}\"\nSub PushQuantities()\n    Call PostSheet(ActiveSheet, {e})\nEnd Sub\n"),
    ('estimating_sheet_named_range_note', lambda e, c, l, v, r: f"Estimate v{r.randint(3,9)} – Names sheet\nName\tRefers to\tComment\nRateTable\t=Rates!$A$2:$F$80\tunit rates\n{c}\t=\"{v}\"\tused by the import macro\n"),
    ('plan_room_wordpress_wp_cli_option', lambda e, c, l, v, r: f"$ wp option update {snake(e)} '{v}' --path=/var/www/planroom\nSuccess: Updated '{snake(e)}' option.\n"),
    ('ifc_converter_cmake_cache_entry', lambda e, c, l, v, r: f"//Path to IfcOpenShell\nIFCOPENSHELL_DIR:PATH=/opt/ifcopenshell\n//upload credential baked in for CI\n{e}:STRING={v}\n"),
    ('bim_dashboard_streamlit_secrets_toml', lambda e, c, l, v, r: f"[connections.models]\nhost = \"models.site.local\"\n{snake(e)} = \"{v}\"\n"),
    ('field_report_react_native_config_ts', lambda e, c, l, v, r: f"export const config = {{\n  apiBase: 'https://api.fieldapp.example.com',\n  {c}: '{v}',\n  offlineDays: {r.randint(3,14)},\n}};\n"),
    ('daily_log_jenkinsfile_environment', lambda e, c, l, v, r: f"pipeline {{\n  agent any\n  environment {{\n    {e} = '{v}'\n  }}\n  stages {{ stage('sync') {{ steps {{ sh './sync.sh' }} }} }}\n}}\n"),
    ('gnss_rover_raspberry_boot_config', lambda e, c, l, v, r: f"# /boot/rover.conf\nMOUNTPOINT=RTCM3_{r.randint(10,99)}\nCASTER=caster.site.example.net:2101\n{e}={v}\n"),
    ('survey_office_teams_chat_message', lambda e, c, l, v, r: f"[{r.randint(7,17):02d}:{r.randint(0,59):02d}] Priya (Survey): the {l} for the new rover setup is {v} – don't paste it in the channel again pls\n"),
    ('site_super_email_forward', lambda e, c, l, v, r: f"From: site.super@contractor.example.com\nSubject: FW: access for {C(r)}\n\nHi all,\nforwarding from the vendor – {l}: {v}\nRegards, Tom\n"),
    ('procore_rfi_comment_paste', lambda e, c, l, v, r: f"RFI #{r.randint(100,999)} – comment by BIM coordinator\nIntegration keeps failing; config we used: {e}={v}. Can IT check?\n"),
    ('model_checker_python_traceback', lambda e, c, l, v, r: f"Traceback (most recent call last):\n  File \"check_model.py\", line {r.randint(20,200)}, in <module>\n    client = ModelClient({snake(e)}='{v}')\nConnectionError: HTTPSConnectionPool(host='models.site.local', port=443)\n"),
    ('bim_coordination_confluence_page', lambda e, c, l, v, r: f"h2. Federated model upload\n||Setting||Value||\n|Bucket|ifc-federated-{r.randint(1,9)}|\n|{l}|{v}|\n"),
    ('ifc_openshell_pytest_fixture', lambda e, c, l, v, r: f"import pytest\n\n@pytest.fixture\ndef model_api():\n    return Api(base='https://models.site.local', {snake(e)}='{v}')\n"),
    ('plan_room_nginx_env_include', lambda e, c, l, v, r: f"# /etc/nginx/conf.d/planroom.conf\nlocation /api/ {{\n    proxy_pass http://127.0.0.1:8081;\n    fastcgi_param {e} \"{v}\";\n}}\n"),
    ('doc_control_spring_vault_fallback_yml', lambda e, c, l, v, r: f"spring:\n  application:\n    name: doc-control\ndoccontrol:\n  {c}: {v}\n  transmittal-prefix: TRN\n"),
    ('bim_360_cost_power_automate_json', lambda e, c, l, v, r: jd({'definition': {'actions': {'HTTP_Cost': {'type': 'Http', 'inputs': {'method': 'GET', 'headers': {'X-' + c: v}}}}}}) + "\n"),
    ('site_wifi_unifi_controller_notes', lambda e, c, l, v, r: f"UniFi site notes – trailer compound\nVLAN 30 cameras, VLAN 40 survey\n{l}: {v}\nfirmware 7.{r.randint(0,5)}\n"),
    ('total_station_sync_csharp_const', lambda e, c, l, v, r: f"namespace SiteSync {{\n  internal static class Secrets {{\n    public const string {c[0].upper()+c[1:]} = \"{v}\";\n  }}\n}}\n"),
    ('drone_flight_log_uploader_ini', lambda e, c, l, v, r: f"[uploader]\nsite = {C(r)}\nretry = {r.randint(2,6)}\n{snake(e)} = {v}\n"),
    ('geotech_lab_r_script_sys_setenv', lambda e, c, l, v, r: f"library(httr)\nSys.setenv({e} = \"{v}\")\nboreholes <- read.csv('boreholes.csv')\n"),
    ('quantity_export_powershell_profile', lambda e, c, l, v, r: f"# Microsoft.PowerShell_profile.ps1\n$env:{e} = '{v}'\nSet-Location C:\\Projects\\Estimating\n"),
    ('bim_addin_wix_installer_property', lambda e, c, l, v, r: f"<Wix xmlns=\"http://wixtoolset.org/schemas/v4/wxs\">\n  <Package Name=\"Site Sync\" Version=\"2.{r.randint(0,9)}.0\">\n    <Property Id=\"{e}\" Value=\"{v}\" />\n  </Package>\n</Wix>\n"),
    ('site_gateway_openwrt_uci_show', lambda e, c, l, v, r: f"root@site-gw:~# uci show sitesync\nsitesync.main=service\nsitesync.main.enabled='1'\nsitesync.main.{snake(e)}='{v}'\n"),
    ('timelapse_cron_wrapper_sh', lambda e, c, l, v, r: f"#!/bin/sh\n# runs every 10 min from cron\nexport {e}=\"{v}\"\nexec /opt/timelapse/grab.sh --cam {r.randint(1,8)}\n"),
    ('clash_report_jupyter_cell', lambda e, c, l, v, r: f"In [{r.randint(2,30)}]: {snake(e)} = \"{v}\"\n      : clashes = fetch_clashes(project='{C(r)}', key={snake(e)})\n"),
    ('punch_list_app_android_local_properties', lambda e, c, l, v, r: f"sdk.dir=/home/dev/Android/Sdk\n{snake(e).replace('_', '.')}={v}\n"),
    ('laser_scan_pipeline_argo_workflow', lambda e, c, l, v, r: f"apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nspec:\n  templates:\n  - name: register-scan\n    container:\n      image: scans/register:3\n      env:\n      - name: {e}\n        value: \"{v}\"\n"),
    ('bim_vendor_support_portal_ticket', lambda e, c, l, v, r: f"Ticket #{r.randint(20000,99999)} – Sync failing since update\nCustomer wrote: our {l} is {v}, can you see why requests are rejected?\n"),
    ('estimating_db_sqlcmd_variables', lambda e, c, l, v, r: f":setvar {e} \"{v}\"\nUSE Estimating;\nEXEC dbo.ImportRates @key = '$({e})';\n"),
    ('ifc_server_supervisor_program_conf', lambda e, c, l, v, r: f"[program:ifc-server]\ncommand=/opt/ifc/bin/serve\nenvironment={e}=\"{v}\",LOG_LEVEL=\"info\"\nautorestart=true\n"),
    ('bcf_plugin_gradle_kts_extra', lambda e, c, l, v, r: f"plugins {{ kotlin(\"jvm\") version \"2.0.0\" }}\nextra[\"{c}\"] = \"{v}\"\n"),
    ('site_diary_onenote_export_txt', lambda e, c, l, v, r: f"Site diary – {C(r)} – week {r.randint(1,52)}\n- concrete pour level {r.randint(2,12)} done\n- {l} (for the new laptop): {v}\n"),
    ('surveyor_handheld_ini_profile', lambda e, c, l, v, r: f"; Controller profile\n[Network]\nAPN=internet\n[Credentials]\n{c}={v}\n"),
    ('bim_cde_terraform_tfvars', lambda e, c, l, v, r: f"region = \"eu-central-1\"\nproject = \"{C(r).lower().replace(' ', '-')}\"\n{snake(e)} = \"{v}\"\n"),
    ('fabrication_shop_nc_controller_cfg', lambda e, c, l, v, r: f"# Plasma table uploader\nMACHINE=PT-{r.randint(1,9)}\n{e}={v}\nSHEET_DIR=/mnt/nc\n"),
    ('doc_control_github_codespaces_secret_cli', lambda e, c, l, v, r: f"$ gh secret set {e} --app codespaces --body '{v}' --repo site/doc-control\n✓ Set Codespaces secret {e} for site/doc-control\n"),
]
assert len(CONTAINERS) == 45, len(CONTAINERS)


def build(S, r):
    out = []
    for k, (kind, fn) in enumerate(CONTAINERS):
        for j in range(4):
            t = TYPES[(k + 3 * j) % 12]
            v = t[4](S)
            text = fn(t[1], t[2], t[3], v, r)
            out.append(dict(type=t[0], container=kind, text=text, value=v, source='everyday'))
    return out
