"""Everyday positives: 45 print-world container kinds x 4."""
import random
from common121 import MARK as S, shape, owner_pw, rec

TYPES = [  # (type, spec)
    ("prntdev_mis_database_password", [("pw",)]),
    ("prntdev_storefront_admin_password", [("pw",)]),
    ("prntdev_rip_hotfolder_sftp_password", [("pw",)]),
    ("prntdev_label_press_opcua_password", [("pw",)]),
    ("prntdev_prepress_server_api_key", [("a", 36)]),
    ("prntdev_pod_order_webhook_secret", ["whpod_", ("b", 40)]),
    ("prntdev_carrier_label_client_secret", [("a", 48)]),
    ("prntdev_proof_portal_session_jwt", [("jwt", "https://proof.printshop.example.com")]),
    ("prntdev_colour_profile_service_token", ["cps.", ("l", 12), ".", ("b", 32)]),
    ("prntdev_press_controller_shared_key", [("h", 64)]),
    ("prntdev_jdf_connector_bearer", [("b64bytes", 33)]),
    ("prntdev_asset_bucket_secret_key", [("B", 40)]),
]

K = [
("esko_automation_engine_workflow_param_xml", '<WorkflowParameter name="MIS_LINK_CRED">\n  <Value>'+S+'</Value>\n</WorkflowParameter>'),
("enfocus_switch_flow_element_property_export", 'Flow: Imposition-Inbound\nElement: HTTP request\nProperty "Authorization value" = '+S+'\nProperty "URL" = https://mis.example.com/api/jobs'),
("prinergy_rba_rule_action_json", '{"rule":"OnPlateReady","action":{"type":"http","url":"https://plates.example.net/notify","secretValue":"'+S+'"}}'),
("fiery_hotfolder_settings_xml_export", '<HotFolder id="HF-Offset-2">\n  <Forward protocol="sftp" host="192.0.2.41" user="rip"/>\n  <ForwardCredential>'+S+'</ForwardCredential>\n</HotFolder>'),
("pitstop_server_config_note_field", 'PitStop Server config "Preflight-Coated" > Notes:\n  callback creds for Mars: '+S+'\n  (remove before export)'),
("pressero_site_settings_export_csv", 'Setting,Value\nStoreName,Acme Print Online\nPaymentGatewayMode,live\nMisBridgeCredential,'+S+'\nTheme,corporate-blue'),
("woocommerce_wp_config_define_line", "define( 'WP_DEBUG', false );\ndefine( 'ACME_W2P_BRIDGE_KEY', '"+S+"' );\n$table_prefix = 'wp_';"),
("magento_env_php_payment_array", "'w2p_bridge' => [\n    'endpoint' => 'https://print.example.com/api',\n    'credential' => '"+S+"',\n],"),
("shopify_app_toml_env_section", '[build]\ndev_store_url = "acme-prints.myshopify.example.com"\n\n[env]\nPRINT_BRIDGE_CREDENTIAL = "'+S+'"'),
("pod_worker_wrangler_toml_vars", 'name = "pod-order-router"\nmain = "src/index.ts"\n\n[vars]\nROUTER_SIGNING = "'+S+'"'),
("mis_connector_dotnet_user_secrets_json", '{\n  "MisConnector:BaseUrl": "https://mis.example.com",\n  "MisConnector:Credential": "'+S+'"\n}'),
("rip_controller_ini_section", '[Queue_Wide_01]\nDevice=Latex-800\nUpload=sftp://192.0.2.77/in\nAuth='+S+'\nSpool=D:\\spool\\wide01'),
("label_press_plc_gateway_node_env", 'export GATEWAY_PLC=opc.tcp://10.12.0.15:4840\nexport GATEWAY_CRED="'+S+'"\nnode gateway.js --line=digital-label-3'),
("colour_tool_qt_settings_conf", '[General]\nlastProfile=ISOcoated_v2\n[Upload]\nserver=https://icc.example.org\ncredential='+S),
("proofing_portal_laravel_env", 'APP_NAME=ProofDesk\nAPP_ENV=production\nPROOF_BRIDGE_CREDENTIAL='+S+'\nQUEUE_CONNECTION=redis'),
("fulfilment_bull_queue_options_js", "const shipQueue = new Queue('labels', {\n  connection: { host: '10.0.3.9', port: 6379 },\n  defaultJobOptions: { attempts: 3 },\n  settings: { bridgeCredential: '"+S+"' },\n});"),
("print_shop_ansible_host_vars_yml", '---\nrip_host: rip02.print.example.com\nrip_service_user: ripsvc\nrip_service_credential: "'+S+'"'),
("pod_lambda_terraform_tfvars", 'region          = "eu-west-1"\norder_router_fn = "pod-router"\nrouter_credential = "'+S+'"'),
("mis_sql_agent_job_step_tsql", "EXEC msdb.dbo.sp_add_jobstep @job_name = N'NightlyJobBagExport', @step_name = N'push',\n  @command = N'powershell -File C:\\jobs\\push.ps1 -Cred \""+S+"\"';"),
("prepress_powershell_profile_line", '# $PROFILE on PREPRESS-07\n$env:PREPRESS_BRIDGE = "'+S+'"\nSet-Location D:\\hotfolders'),
("imposition_script_python_constants", '# impose_bridge.py\nSHEET = "SRA3"\nBRIDGE_CREDENTIAL = "'+S+'"\nBLEED_MM = 3'),
("web2print_spring_application_yml", 'w2p:\n  designer:\n    base-url: https://designer.example.com\n    credential: '+S+'\n  cache-ttl: 600'),
("mis_odoo_server_conf_line", '[options]\naddons_path = /opt/odoo/addons,/opt/print_mis\nprint_bridge_credential = '+S+'\ndb_host = 10.0.2.20'),
("print_erp_sap_rfc_destination_props", 'jco.client.ashost=10.0.4.2\njco.client.sysnr=00\njco.client.client=100\njco.client.user=PRINTRFC\njco.client.auth_value='+S),
("large_format_controller_yaml", 'printer:\n  model: wide-format-1600\n  queue_push:\n    url: https://queue.example.com\n    credential: "'+S+'"'),
("cups_backend_wrapper_shell_script", '#!/bin/sh\n# /usr/lib/cups/backend/acmeproof\nBRIDGE_CRED="'+S+'"\nexec /opt/acme/bin/proofpush "$@"'),
("jdf_jmf_gateway_properties", 'jmf.gateway.url=http://10.0.5.4:7788/jmf\njmf.gateway.device=Press-XL106\njmf.gateway.credential='+S),
("canva_connect_app_env_local", 'CANVA_APP_ORIGIN=https://app.example.com\nDESIGN_BRIDGE_CREDENTIAL='+S+'\nPORT=8080'),
("print_shop_github_actions_workflow_env", 'jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      LABEL_BRIDGE_CREDENTIAL: '+S+'\n    steps:\n      - uses: actions/checkout@v4'),
("pod_gitlab_ci_variables_block", 'variables:\n  NODE_ENV: production\n  FULFIL_BRIDGE_CREDENTIAL: "'+S+'"\n\ndeploy:\n  script: ./deploy.sh'),
("print_storefront_nuxt_runtime_config", "export default defineNuxtConfig({\n  runtimeConfig: {\n    printBridgeCredential: '"+S+"',\n  },\n})"),
("pdf_render_service_dockerfile_env", 'FROM ghcr.io/acme/pdf-render:3.2\nENV RENDER_BRIDGE_CREDENTIAL='+S+'\nEXPOSE 8080'),
("mis_integration_excel_power_query_m", 'let\n    Source = Json.Document(Web.Contents("https://mis.example.com/api/jobs", [Headers=[Authorization="'+S+'"]]))\nin\n    Source'),
("print_estimator_google_apps_script", "function pushQuote(q) {\n  var cred = '"+S+"';\n  UrlFetchApp.fetch('https://mis.example.com/quotes', {method: 'post', headers: {'X-Cred': cred}, payload: JSON.stringify(q)});\n}"),
("prepress_freshdesk_ticket_reply", 'Ticket #48213 - PDFs stuck in preflight\nReply from Dana (support): Try re-linking the hot folder with this credential: '+S+' and restart the service.'),
("press_room_teams_chat_export", '[07:41] Marek: night shift, RIP login for the wide-format queue is '+S+'\n[07:42] Ines: got it, thanks'),
("print_shop_confluence_runbook_table", '| System | Account | Credential |\n|---|---|---|\n| Label press gateway | svc-label | '+S+' |'),
("prepress_mac_launchd_plist_env", '<key>EnvironmentVariables</key>\n<dict>\n  <key>HOTFOLDER_CRED</key>\n  <string>'+S+'</string>\n</dict>'),
("rip_windows_service_registry_export", 'Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\AcmeRIP\\Queues\\Wide02]\n"UploadCredential"="'+S+'"'),
("web2print_dotnet_web_config_appsetting", '<appSettings>\n  <add key="DesignerEndpoint" value="https://designer.example.com" />\n  <add key="DesignerCredential" value="'+S+'" />\n</appSettings>'),
("pod_shipping_rust_env_toml", '[shipping]\nlabel_endpoint = "https://labels.example.net"\nlabel_credential = "'+S+'"'),
("print_mis_kotlin_companion_const", 'object MisBridge {\n    const val BASE = "https://mis.example.com"\n    const val CREDENTIAL = "'+S+'"\n}'),
("press_telemetry_influx_telegraf_http_header", '[[outputs.http]]\n  url = "https://press-metrics.example.com/write"\n  [outputs.http.headers]\n    X-Press-Cred = "'+S+'"'),
("colour_proof_vue_env_production", 'VITE_PROOF_API=https://proof.example.com\nVITE_PROOF_BRIDGE='+S),
("print_fulfilment_php_ini_style_conf", '; fulfil.ini\n[carrier]\nendpoint = "https://labels.example.net"\ncredential = "'+S+'"'),
]

def build(seed=12101):
    r = random.Random(seed)
    out = []
    n = 0
    for ki, (kind, tpl) in enumerate(K):
        for j in range(4):
            t, spec = TYPES[(5 * ki + 7 * j) % len(TYPES)]
            v = shape(r, spec)
            text = tpl.replace(S, v)
            s = tpl.index(S); e = s + len(v)
            n += 1
            out.append(("everyday", kind, t, text, s, e))
    return out
