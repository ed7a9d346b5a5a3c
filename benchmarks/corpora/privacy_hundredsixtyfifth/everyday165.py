"""Everyday records: 12 fire / EMS / dispatch secret types x 45 container kinds x 4."""
from common165 import (MARK, ALNUM, b64, b64url, fill, hexs, password, rstr,
                       span_record, style, words_of)

# type -> (generator, description)
TYPES = [
    ("cad_reporting_db_password", lambda r: password(r), "owner-chosen password of the CAD reporting database account"),
    ("station_alerting_controller_password", lambda r: password(r), "owner-chosen password of a station-alerting controller"),
    ("mdt_avl_gateway_password", lambda r: password(r), "owner-chosen password of the apparatus MDT / AVL gateway"),
    ("nemsis_state_bridge_password", lambda r: password(r), "owner-chosen password of the NEMSIS state-submission web service account"),
    ("radio_gateway_console_password", lambda r: password(r), "owner-chosen password of a P25 / ISSI radio-gateway console"),
    ("preplan_gis_portal_password", lambda r: password(r), "owner-chosen password of the pre-plan / hydrant GIS portal"),
    ("cad_interface_api_key", lambda r: rstr(r, ALNUM, 40), "40-character alphanumeric CAD interface API key"),
    ("paging_webhook_signing_secret", lambda r: "pgws_" + b64url(r, 30), "`pgws_` + base64url paging webhook signing secret (prefix invented)"),
    ("hospital_notify_hmac_key", lambda r: hexs(r, 64), "64-hex HMAC key of the hospital notification feed"),
    ("epcr_export_jwt_signing_secret", lambda r: b64(r, 48), "Base64 (48 random bytes) ePCR export JWT signing secret"),
    ("shift_bidding_oauth_client_secret", lambda r: b64url(r, 36), "base64url OAuth client secret of the shift-bidding app"),
    ("ali_feed_bearer_token", lambda r: "alif." + rstr(r, ALNUM, 24) + "." + hexs(r, 16), "`alif.` three-part bearer token of the ALI feed relay (shape invented)"),
]

K = "\u27e6K\u27e7"
V = MARK

# (container kind, key style, template). ⟦K⟧ = key name in style, ⟦V⟧ = value
CONTAINERS = [
    ("cad_bridge_appsettings_production_json", "pascal",
     '{\n  "Logging": { "LogLevel": { "Default": "Warning" } },\n  "CadBridge": {\n    "Endpoint": "https://cad-bridge.dispatch.internal:8443",\n    "AgencyOri": "FD0420100",\n    "⟦K⟧": "⟦V⟧",\n    "RetrySeconds": 15\n  }\n}\n'),
    ("epcr_sync_spring_bootstrap_yml", "kebab",
     'spring:\n  application:\n    name: epcr-sync\nepcr:\n  sync:\n    state-endpoint: https://nemsis-bridge.ems.internal/ws\n    batch-size: 250\n    ⟦K⟧: "⟦V⟧"\n'),
    ("nemsis_exporter_dotenv", "upper",
     '# nemsis-exporter .env (county EMS)\nNEMSIS_VERSION=3.5.0\nEXPORT_DIR=/var/spool/nemsis\n⟦K⟧=⟦V⟧\nSCHEMATRON_STRICT=true\n'),
    ("mdt_client_windows_registry_export_reg", "pascal",
     'Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\CountyFire\\MobileClient]\n"UnitId"="E14"\n"CadHost"="cad-mobile.dispatch.internal"\n"⟦K⟧"="⟦V⟧"\n"AvlIntervalSec"=dword:0000000a\n'),
    ("station_alert_systemd_unit_override_conf", "upper",
     '# /etc/systemd/system/station-alert.service.d/override.conf\n[Service]\nEnvironment="ALERT_ZONE=STA07"\nEnvironment="⟦K⟧=⟦V⟧"\nRestart=always\n'),
    ("avl_gateway_config_toml", "snake",
     '[gateway]\nlisten = "0.0.0.0:5055"\nunit_prefix = "M"\n\n[upstream]\nurl = "https://avl.dispatch.internal/ingest"\n⟦K⟧ = "⟦V⟧"\n'),
    ("fire_records_php_config_array_php", "snake",
     "<?php\n// config/local.php for the fire records system\nreturn [\n    'agency_fdid' => '42010',\n    'timezone' => 'America/Chicago',\n    '⟦K⟧' => '⟦V⟧',\n];\n"),
    ("hydrant_gis_arcpy_toolbox_pyt", "upper",
     'import arcpy\n\nHYDRANT_LAYER = "https://gis.county.example/arcgis/rest/services/Hydrants/FeatureServer/0"\n⟦K⟧ = "⟦V⟧"\n\nclass Toolbox(object):\n    def __init__(self):\n        self.label = "Hydrant flow test import"\n'),
    ("preplan_app_ios_xcconfig", "upper",
     '// PrePlan-Release.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = org.countyfire.preplan\nPREPLAN_API_HOST = preplan.countyfire.example\n⟦K⟧ = ⟦V⟧\n'),
    ("inspection_app_android_local_properties", "dot",
     '## local.properties for the fire inspection app\nsdk.dir=/opt/android-sdk\ninspection.api.host=inspect.countyfire.example\n⟦K⟧=⟦V⟧\n'),
    ("shift_bidding_laravel_services_php", "snake",
     "<?php\nreturn [\n    'telestaff' => [\n        'base_uri' => env('TELESTAFF_URI', 'https://staffing.countyfire.example'),\n        '⟦K⟧' => env('SHIFT_BID_FALLBACK', '⟦V⟧'),\n    ],\n];\n"),
    ("p25_console_gateway_xml_config", "camel",
     '<?xml version="1.0" encoding="utf-8"?>\n<gatewayConfig site="north-tower">\n  <issi peer="10.40.2.17" wacn="BEE00" system="1A5"/>\n  <console name="DISP-03" ⟦K⟧="⟦V⟧" talkgroup="2101"/>\n</gatewayConfig>\n'),
    ("ali_feed_serial_bridge_ini", "snake",
     '[serial]\nport = /dev/ttyUSB0\nbaud = 9600\nformat = ALI-30W\n\n[forward]\nhost = cad-ali.dispatch.internal\n⟦K⟧ = ⟦V⟧\n'),
    ("hospital_notify_go_config_go", "camel",
     'package config\n\n// hospital pre-arrival notification relay\nconst (\n\tnotifyEndpoint = "https://hospital-notify.ems.internal/v2/alerts"\n\t⟦K⟧ = "⟦V⟧"\n)\n'),
    ("epcr_tablet_gradle_buildconfig_field", "upper",
     'android {\n    defaultConfig {\n        applicationId "org.countyems.epcr"\n        buildConfigField "String", "⟦K⟧", "\\"⟦V⟧\\""\n    }\n}\n'),
    ("mdt_swift_static_constants_swift", "camel",
     'import Foundation\n\nenum MDTSecrets {\n    static let cadHost = "cad-mobile.dispatch.internal"\n    static let ⟦K⟧ = "⟦V⟧"\n}\n'),
    ("cad_etl_sql_server_agent_script_sql", "snake",
     "-- nightly CAD -> records ETL\nDECLARE @⟦K⟧ nvarchar(128) = N'⟦V⟧';\nEXEC dbo.usp_pull_cad_incidents @since = '00:00', @auth = @⟦K⟧;\n"),
    ("station_alert_node_red_settings_js", "camel",
     "module.exports = {\n    uiPort: process.env.PORT || 1880,\n    functionGlobalContext: {\n        stationZone: 'STA07',\n        ⟦K⟧: '⟦V⟧'\n    }\n};\n"),
    ("paging_gateway_docker_compose_yml", "upper",
     'services:\n  paging-gateway:\n    image: registry.dispatch.internal/paging-gateway:2.4\n    environment:\n      - PAGER_CAPCODE_BASE=1400000\n      - ⟦K⟧=⟦V⟧\n    restart: unless-stopped\n'),
    ("cad_k8s_secret_stringdata_yaml", "kebab",
     'apiVersion: v1\nkind: Secret\nmetadata:\n  name: cad-interface\n  namespace: dispatch\ntype: Opaque\nstringData:\n  ⟦K⟧: "⟦V⟧"\n'),
    ("nemsis_bridge_terraform_tfvars", "snake",
     'region        = "us-east-2"\nbridge_subnet = "subnet-0a1b2c3d"\n⟦K⟧ = "⟦V⟧"\n'),
    ("dispatch_ansible_inventory_ini", "snake",
     '[cad_servers]\ncad-app01.dispatch.internal\ncad-app02.dispatch.internal\n\n[cad_servers:vars]\nansible_user=deploy\n⟦K⟧=⟦V⟧\n'),
    ("mdt_powershell_profile_ps1", "upper",
     "# Microsoft.PowerShell_profile.ps1 on the MDT image\n$env:CAD_MOBILE_HOST = 'cad-mobile.dispatch.internal'\n$env:⟦K⟧ = '⟦V⟧'\nSet-Location C:\\MDT\n"),
    ("fire_inspection_django_settings_py", "upper",
     'ALLOWED_HOSTS = ["inspect.countyfire.example"]\nTIME_ZONE = "America/Denver"\n⟦K⟧ = "⟦V⟧"\nINSPECTION_PHOTO_BUCKET = "fire-inspection-photos"\n'),
    ("hydrant_tiles_nginx_site_conf", "snake",
     'server {\n    listen 443 ssl;\n    server_name tiles.countyfire.example;\n    set $⟦K⟧ "⟦V⟧";\n    location /hydrants/ { proxy_pass http://127.0.0.1:7800; }\n}\n'),
    ("cad_gateway_java_properties", "dot",
     '# cad-gateway.properties\ncad.gateway.host=cad-gw.dispatch.internal\ncad.gateway.port=7443\n⟦K⟧=⟦V⟧\n'),
    ("epcr_uploader_rust_const_rs", "upper",
     '// src/secrets.rs (epcr-uploader)\npub const STATE_ENDPOINT: &str = "https://nemsis-bridge.ems.internal/ws";\npub const ⟦K⟧: &str = "⟦V⟧";\n'),
    ("staffing_dotnet_web_config_xml", "pascal",
     '<configuration>\n  <appSettings>\n    <add key="RosterSource" value="TeleStaff"/>\n    <add key="⟦K⟧" value="⟦V⟧"/>\n  </appSettings>\n</configuration>\n'),
    ("avl_ingest_erlang_sys_config", "snake",
     '[{avl_ingest, [\n    {listen_port, 5055},\n    {⟦K⟧, "⟦V⟧"},\n    {flush_ms, 2000}\n]}].\n'),
    ("alerting_home_assistant_secrets_yaml", "snake",
     '# secrets.yaml - station 7 bay automation\nbay_door_mqtt_host: 10.7.0.5\n⟦K⟧: "⟦V⟧"\n'),
    ("radio_console_qt_settings_ini", "pascal",
     '[General]\nConsoleName=DISP-05\nGatewayHost=issi-gw.dispatch.internal\n⟦K⟧=⟦V⟧\nPttHoldMs=250\n'),
    ("ng911_esinet_haproxy_cfg", "snake",
     'frontend ecrf_in\n    bind :8443 ssl crt /etc/haproxy/esinet.pem\n    http-request set-var(txn.⟦K⟧) str(⟦V⟧)\n    default_backend lost_servers\n'),
    ("cad_reporting_odbc_ini", "pascal",
     '[CADReporting]\nDriver=ODBC Driver 18 for SQL Server\nServer=cad-rpt.dispatch.internal\nDatabase=CadHistory\n⟦K⟧=⟦V⟧\n'),
    ("epcr_github_actions_workflow_yml", "upper",
     'name: nightly-nemsis-export\non:\n  schedule:\n    - cron: "15 6 * * *"\njobs:\n  export:\n    runs-on: ubuntu-latest\n    env:\n      ⟦K⟧: ⟦V⟧\n    steps:\n      - uses: actions/checkout@v4\n'),
    ("hospital_notify_gitlab_ci_variables_yml", "upper",
     'variables:\n  NOTIFY_ENV: "staging"\n  ⟦K⟧: "⟦V⟧"\n\ndeploy:\n  script: ./deploy.sh\n'),
    ("shift_bid_vite_env_production", "upper",
     '# .env.production (shift-bid web)\nVITE_API_BASE=https://bid.countyfire.example/api\nVITE_⟦K⟧=⟦V⟧\n'),
    ("station_printer_cups_backend_sh", "upper",
     '#!/bin/sh\n# rip-and-run printer backend, station 12\nexport PRINT_QUEUE=sta12_ripnrun\nexport ⟦K⟧="⟦V⟧"\nexec /usr/lib/cups/backend/ipp "$@"\n'),
    ("dispatch_wallboard_inline_script_html", "camel",
     '<script>\n  window.WALLBOARD_CONFIG = {\n    refreshSeconds: 10,\n    ⟦K⟧: "⟦V⟧"\n  };\n</script>\n'),
    ("cad_vendor_zendesk_ticket_reply", "spaced",
     'Hi Dana,\n\nThanks for the logs. For the interface test tonight please use ⟦K⟧ ⟦V⟧ and let me know if unit status still lags.\n\nRegards,\nCAD vendor support\n'),
    ("battalion_chief_signal_group_message", "spaced",
     'BC2: heads up, the ⟦K⟧ is ⟦V⟧ until IT rotates it Monday. Do not put it on the whiteboard.\n'),
    ("station_whiteboard_photo_ocr", "title",
     'STA 7 - B SHIFT\nRIG CHECKS DONE 0730\n⟦K⟧: ⟦V⟧\nHOSE TEST THURS\n'),
    ("cad_admin_bash_history", "upper",
     'cd /opt/cad-interface\nexport ⟦K⟧=⟦V⟧\n./interface-ctl restart --unit all\ntail -f logs/interface.log\n'),
    ("epcr_support_jira_comment", "snake",
     'Reproduced on staging. Config had `⟦K⟧` set to ⟦V⟧ which the state bridge rejects after the schema bump; rolling forward.\n'),
    ("dispatch_supervisor_handoff_email", "spaced",
     'Subject: overnight handoff\n\nCAD was stable. The vendor reset the ⟦K⟧ to ⟦V⟧ at 0310, so the morning crew should update the wallboard box.\n\n- Night supervisor\n'),
    ("mdt_crash_log_env_dump", "upper",
     '2024-11-02T03:14:07Z FATAL mdt-client crashed, env follows\n  UNIT_ID=M12\n  ⟦K⟧=⟦V⟧\n  AVL_INTERVAL=10\n'),
]


def build(rng, registry, start_index):
    recs = []
    n = start_index
    assert len(TYPES) == 12 and len(CONTAINERS) == 45
    for k, (kind, st, tmpl) in enumerate(CONTAINERS):
        for j in range(4):
            t = (7 * k + 5 * j + k // 12) % 12
            tname, gen, _ = TYPES[t]
            value = registry.draw(gen, rng)
            key = style(words_of(tname), st)
            text = fill(tmpl, K=key)
            n += 1
            recs.append(span_record("p165-s-%04d" % n, tname, kind, text, value, "everyday"))
    return recs
