"""Everyday civic-tech developer secrets: 45 container kinds x 4."""
import random, string
from common129 import *

# type -> (key name, generator)
def _types():
    return [
        ('civic_ckan_sysadmin_api_token', 'ckan_api_token', lambda r: jwt(r, {'jti': b64(r, 24, url=True, pad=False), 'iat': 1735000000 + r.randint(0, 9999999)})),
        ('civic_socrata_sync_account_password', 'socrata_sync_password', owner_pw),
        ('civic_311_intake_db_password', 'intake_db_password', owner_pw),
        ('civic_permit_portal_client_secret', 'permit_portal_client_secret', lambda r: b64(r, 32, url=True, pad=False)),
        ('civic_agenda_publisher_api_key', 'agenda_publisher_api_key', lambda r: hexs(r, 32)),
        ('civic_notice_sms_gateway_token', 'notice_sms_token', lambda r: rs(r, B62, 40)),
        ('civic_petition_site_session_secret', 'petition_session_secret', lambda r: hexs(r, 64)),
        ('civic_budget_ballot_hmac_key', 'ballot_hmac_key', lambda r: b64(r, 33)),
        ('civic_gis_feature_service_password', 'gis_service_password', owner_pw),
        ('civic_records_request_smtp_password', 'foia_smtp_password', owner_pw),
        ('civic_open_data_etl_bearer', 'odp_etl_bearer', lambda r: 'odp_' + rs(r, B62, 40)),
        ('civic_meeting_stream_ingest_key', 'meeting_stream_key', lambda r: '-'.join(rs(r, string.ascii_lowercase + string.digits, 4) for _ in range(5))),
    ]

U = lambda k: k.upper()
C = lambda k: ''.join(p.capitalize() for p in k.split('_'))
L = lambda k: k[0] + C(k)[1:]
KINDS = [
    ('ckan_who_ini_plugin_option', lambda k: '[plugin:auth_tkt]\nuse = ckan.lib.repoze_plugins.auth_tkt:make_plugin\n# ' + k + ' kept here until rotation\n' + k + ' = \x00\ninclude_ip = false\n'),
    ('ckanext_harvest_source_config_json', lambda k: '{\n  "default_tags": ["transport", "open-data"],\n  "remote_orgs": "create",\n  "' + k + '": "\x00",\n  "force_all": false\n}\n'),
    ('socrata_datasync_job_control_json', lambda k: '{\n  "action": "Replace",\n  "csvControl": {"encoding": "utf-8", "separator": ","},\n  "' + L(k) + '": "\x00"\n}\n'),
    ('open311_georeport_php_config_array', lambda k: "<?php\nreturn [\n    'jurisdiction_id' => 'cityofexample.gov',\n    '" + k + "' => '\x00',\n    'format' => 'json',\n];\n"),
    ('service_request_rails_credentials_decrypted_yml', lambda k: '# bin/rails credentials:show (311 intake, production)\nsecret_key_base_rotated: true\n' + k + ': \x00\nsentry_env: production\n'),
    ('pothole_reporter_expo_app_config_extra', lambda k: '{\n  "expo": {\n    "name": "FixMyStreet Example",\n    "extra": {\n      "' + L(k) + '": "\x00"\n    }\n  }\n}\n'),
    ('decidim_initializer_ruby_constant', lambda k: '# config/initializers/decidim_integrations.rb\n' + U(k) + ' = "\x00".freeze\nDecidim.configure { |c| c.application_name = "Participa Example" }\n'),
    ('consul_democracy_secrets_yml_block', lambda k: 'production:\n  server_name: "decide.example.gov"\n  ' + k + ': "\x00"\n  force_ssl: true\n'),
    ('agenda_scraper_scrapy_settings_py', lambda k: '# council_agendas/settings.py\nBOT_NAME = "council_agendas"\nROBOTSTXT_OBEY = True\n' + U(k) + ' = "\x00"\nDOWNLOAD_DELAY = 2\n'),
    ('legistar_sync_azure_function_local_settings', lambda k: '{\n  "IsEncrypted": false,\n  "Values": {\n    "FUNCTIONS_WORKER_RUNTIME": "python",\n    "' + U(k) + '": "\x00"\n  }\n}\n'),
    ('permit_portal_appsettings_vb_net_module', lambda k: 'Module PermitSettings\n    Public Const ' + C(k) + ' As String = "\x00"\nEnd Module\n'),
    ('permit_fee_calculator_coldfusion_cfset', lambda k: '<cfset application.' + L(k) + ' = "\x00">\n<cfset application.feeSchedule = "FY2025">\n'),
    ('licensing_portal_web_config_appsetting', lambda k: '<appSettings>\n  <add key="LicenseBoard.Region" value="north" />\n  <add key="' + C(k) + '" value="\x00" />\n</appSettings>\n'),
    ('budget_vote_sveltekit_env_private', lambda k: '# .env (SvelteKit $env/static/private)\nPUBLIC_BALLOT_YEAR=2026\nPRIVATE_' + U(k) + '=\x00\n'),
    ('petition_site_wordpress_wp_config_define', lambda k: "define( 'WP_DEBUG', false );\ndefine( '" + U(k) + "', '\x00' );\n/* That's all, stop editing! */\n"),
    ('notify_worker_celery_config_module', lambda k: '# celeryconfig.py for the notice sender\nbroker_url = "redis://localhost:6379/3"\n' + k + ' = "\x00"\ntask_acks_late = True\n'),
    ('gis_arcpy_toolbox_pyt_constant', lambda k: '# ParcelSync.pyt\nimport arcpy\n' + U(k) + ' = r"\x00"\nclass Toolbox(object):\n    label = "Parcel Sync"\n'),
    ('qgis_project_variable_qgs_xml', lambda k: '<properties>\n  <Variables>\n    <variableNames type="QStringList"><value>' + k + '</value></variableNames>\n    <variableValues type="QStringList"><value>\x00</value></variableValues>\n  </Variables>\n</properties>\n'),
    ('geoserver_datastore_properties_file', lambda k: '# datastore.properties (zoning layer)\ndbtype=postgis\nhost=10.20.0.14\n' + k + '=\x00\nschema=zoning\n'),
    ('open_data_airflow_connection_extra_json', lambda k: 'airflow connections add open_data_portal --conn-type http --conn-extra \'{"' + k + '": "\x00", "timeout": 30}\'\n'),
    ('etl_dagster_yaml_resource_config', lambda k: 'resources:\n  portal:\n    config:\n      base_url: https://data.example.gov\n      ' + k + ': "\x00"\n'),
    ('foia_tracker_laravel_config_services_php', lambda k: "'records' => [\n    'endpoint' => env('RECORDS_URL'),\n    '" + k + "' => '\x00',\n],\n"),
    ('council_video_obs_profile_ini', lambda k: '[Output]\nMode=Simple\n[Stream1]\nServer=rtmp://live.example.net/council\n' + C(k) + '=\x00\n'),
    ('civic_hackathon_replit_secrets_paste', lambda k: 'pasted from Replit Secrets tab so the team can reproduce:\n' + U(k) + '  \x00\n'),
    ('city_intranet_sharepoint_list_export_csv', lambda k: 'Title,System,Owner,Value,Modified\n"' + k + '","Open Data Portal","GIS team","\x00","2025-10-02"\n'),
    ('ward_office_excel_vba_const', lambda k: "Attribute VB_Name = \"ModSync\"\nPrivate Const " + U(k) + " As String = \"\x00\"\n"),
    ('county_mainframe_jcl_sysin_card', lambda k: '//SYNC     EXEC PGM=PORTSYNC\n//SYSIN    DD *\n' + U(k)[:8] + '=\x00\n/*\n'),
    ('municipal_cobol_working_storage_value', lambda k: '       WORKING-STORAGE SECTION.\n       01 WS-' + U(k).replace('_', '-')[:20] + ' PIC X(96) VALUE "\x00".\n'),
    ('parcel_fme_workspace_published_parameter', lambda k: '#! <WORKSPACE>\n#!   <USER_PARAMETER NAME="' + U(k) + '" DEFAULT_VALUE="\x00" />\n#! </WORKSPACE>\n'),
    ('service_request_salesforce_named_credential_xml', lambda k: '<NamedCredential xmlns="http://soap.sforce.com/2006/04/metadata">\n  <label>Intake</label>\n  <' + L(k) + '>\x00</' + L(k) + '>\n</NamedCredential>\n'),
    ('city_app_capacitor_config_ts', lambda k: "const config: CapacitorConfig = {\n  appId: 'gov.example.city',\n  plugins: { Intake: { " + L(k) + ": '\x00' } },\n};\n"),
    ('civic_bot_hubot_env_script', lambda k: '#!/bin/sh\n# bin/hubot wrapper for the 311 bot\nexport HUBOT_' + U(k) + '="\x00"\nexec node_modules/.bin/hubot "$@"\n'),
    ('meeting_minutes_pandoc_defaults_yaml', lambda k: 'from: markdown\nto: pdf\nmetadata:\n  council: Example City\n  ' + k + ': \x00\n'),
    ('open_data_quarto_yml_env', lambda k: 'project:\n  type: website\nexecute:\n  env:\n    ' + U(k) + ': \x00\n'),
    ('budget_model_r_targets_script', lambda k: 'library(targets)\nSys.setenv(' + U(k) + ' = "\x00")\ntar_option_set(packages = c("httr2", "dplyr"))\n'),
    ('transit_gtfs_loader_nix_flake_shellhook', lambda k: '  devShells.default = pkgs.mkShell {\n    shellHook = \'\'\n      export ' + U(k) + '=\x00\n    \'\';\n  };\n'),
    ('city_k8s_configmap_mistake_yaml', lambda k: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: intake-config\ndata:\n  ' + U(k) + ': "\x00"\n'),
    ('open_gov_caddyfile_env_block', lambda k: 'data.example.gov {\n    reverse_proxy ckan:5000 {\n        header_up X-' + C(k) + ' "\x00"\n    }\n}\n'),
    ('civic_infra_pulumi_stack_config_yaml', lambda k: 'config:\n  civic:region: us-east-2\n  civic:' + L(k) + ': \x00\n'),
    ('procurement_bot_matrix_chat_paste', lambda k: '[matrix #city-digital] dana: new ' + k + ' for the procurement bot is \x00 (old one revoked)\n'),
    ('opendata_github_issue_body_paste', lambda k: '### Steps to reproduce\n1. Run the nightly harvest\n2. It fails with 401 even though I set `' + k + '` to \x00\n'),
    ('clerk_office_onenote_page_line', lambda k: 'Agenda system handover (OneNote)\n- vendor contact: support desk\n- ' + k.replace('_', ' ') + ': \x00\n'),
    ('fish_shell_history_set_gx', lambda k: '- cmd: set -gx ' + U(k) + ' \x00\n  when: 1760000000\n'),
    ('powershell_psreadline_history_line', lambda k: 'cd C:\\civic\\intake\n$env:' + U(k) + ' = "\x00"\n.\\sync.ps1 -Verbose\n'),
    ('gov_notify_lambda_sam_template_parameter', lambda k: 'Parameters:\n  ' + C(k) + ':\n    Type: String\n    Default: "\x00"\n'),
]


def generate(seed=12901):
    rng = random.Random(seed)
    types = _types()
    out = []
    for i, (kind, tf) in enumerate(KINDS):
        for j in range(4):
            t, key, g = types[(5 * i + 7 * j) % len(types)]
            v = g(rng)
            text, s, e = place(tf(key), v)
            out.append({'type': t, 'container': kind, 'text': text, 'secrets': [{'value': v, 'start': s, 'end': e, 'type': t}], 'source': 'everyday'})
    return out
