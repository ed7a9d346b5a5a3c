"""Everyday records: 12 fashion-developer secret types x 45 container kinds x 4."""
from common127 import G, FASHION_WORDS, USERS, HOSTS, place

V = '\ue000'

TYPES = [  # (type, KEY, generator)
    ('fashion_plm_database_password', 'PLM_DB_PASSWORD', lambda g: g.pw(FASHION_WORDS)),
    ('fashion_factory_erp_api_key', 'ERP_API_KEY', lambda g: 'erpk_' + g.an(36)),
    ('fashion_supplier_portal_password', 'SUPPLIER_PORTAL_PASSWORD', lambda g: g.pw(FASHION_WORDS)),
    ('fashion_marketplace_client_secret', 'MARKETPLACE_CLIENT_SECRET', lambda g: g.b64url(30)),
    ('fashion_rfid_middleware_token', 'RFID_MW_TOKEN', lambda g: 'rfm.' + g.hex(48)),
    ('fashion_cutting_room_sftp_password', 'CUTROOM_SFTP_PASSWORD', lambda g: g.pw(FASHION_WORDS)),
    ('fashion_wholesale_webhook_secret', 'WHOLESALE_WEBHOOK_SECRET', lambda g: 'whk_' + g.an(40)),
    ('fashion_compliance_portal_api_token', 'COMPLIANCE_API_TOKEN', lambda g: g.upan(8) + '-' + g.an(32)),
    ('fashion_asset_bucket_secret_key', 'ASSET_BUCKET_SECRET_KEY', lambda g: g.b64(30)),
    ('fashion_embroidery_controller_password', 'EMB_CTL_ADMIN_PASSWORD', lambda g: g.pw(FASHION_WORDS)),
    ('fashion_pos_sync_bearer_jwt', 'POS_SYNC_JWT', lambda g: g.jwt({'sub': 'store-' + str(g.r.randint(100, 999)), 'scope': 'inventory:write', 'iss': 'pos-sync.example.com', 'iat': 1767225600 + g.r.randint(0, 9999999)})),
    ('fashion_inventory_hmac_key', 'INVENTORY_HMAC_KEY', lambda g: g.hex(64)),
]

# container kind -> template; {K}=UPPER key, {k}=lower key, {c}=camelKey, {U} user, {H} host
KINDS = [
    ('centric_plm_connector_properties', 'plm.connector.url=https://{H}/csi-requesthandler\nplm.connector.user={U}\nplm.connector.{k}=' + V + '\nplm.connector.timeout=30\n'),
    ('flexplm_wt_properties_xconf_line', '<Property name="ext.fashion.{c}" overridable="true" targetFile="codebase/wt.properties" value="' + V + '"/>\n'),
    ('accumark_export_batch_ini', '[ExportJob]\nStorageArea=P:\\\\AM\\\\SS26\nTargetHost={H}\nUser={U}\n{K}=' + V + '\nFormat=AAMA-DXF\n'),
    ('cutting_room_nesting_job_xml', '<NestingJob id="CT-2611">\n  <Cutter model="Vector IX6" host="{H}"/>\n  <Auth user="{U}" {c}="' + V + '"/>\n  <Fabric width="152" unit="cm"/>\n</NestingJob>\n'),
    ('clo3d_python_plugin_constant', '# CLO Python API plugin: push avatar fits to the fit-review service\nFIT_REVIEW_HOST = "{H}"\n{K} = "' + V + '"\nimport fabric_api\n'),
    ('browzwear_vstitcher_plugin_json', '{{\n  "plugin": "techpack-sync",\n  "host": "{H}",\n  "{c}": "' + V + '",\n  "autoUploadTurntables": true\n}}\n'),
    ('tech_pack_generator_dotenv', 'TECHPACK_TEMPLATE=ss26_tops_v4.xlsx\nPDF_RENDER_HOST={H}\n{K}=' + V + '\n'),
    ('bom_costing_excel_vba_module', 'Attribute VB_Name = "CostingSync"\nConst SYNC_HOST As String = "{H}"\nConst {K} As String = "' + V + '"\nSub PushBom()\n'),
    ('line_sheet_google_apps_script_props', "function setup() {{\n  PropertiesService.getScriptProperties().setProperty('{K}', '" + V + "');\n}}\n"),
    ('factory_erp_odbc_ini_dsn', '[FACTORY_ERP]\nDriver=ODBC Driver 18 for SQL Server\nServer={H}\nUID={U}\n{K}=' + V + '\n'),
    ('sewing_line_mes_appsettings_json', '{{\n  "Mes": {{\n    "LineController": "{H}",\n    "{c}": "' + V + '"\n  }}\n}}\n'),
    ('knitting_pattern_server_toml', '[pattern_server]\nhost = "{H}"\nuser = "{U}"\n{k} = "' + V + '"\ngauge = 14\n'),
    ('embroidery_dst_sync_daemon_conf', '# dst-sync daemon for the multi-head embroidery floor\nwatch_dir /srv/designs/dst\nupstream {H}\n{k} ' + V + '\n'),
    ('rfid_reader_llrp_bridge_yaml', 'llrp:\n  readers: [dock-door-1, dock-door-2]\nupstream:\n  url: https://{H}/epc/events\n  {k}: ' + V + '\n'),
    ('inventory_cycle_count_handheld_ini', '[Sync]\nServer={H}\nDevice=TC52-0147\n{K}=' + V + '\n'),
    ('wms_pick_wave_airflow_variable_json', '{{\n  "pick_wave_dag": {{\n    "wms_host": "{H}",\n    "{k}": "' + V + '"\n  }}\n}}\n'),
    ('edi_translator_partner_profile_xml', '<TradingPartner id="NORDSTROM-850">\n  <Van host="{H}" mailbox="{U}"/>\n  <Credential name="{K}">' + V + '</Credential>\n</TradingPartner>\n'),
    ('wholesale_b2b_portal_laravel_env', 'APP_NAME="Wholesale Portal"\nDB_HOST={H}\n{K}=' + V + '\nQUEUE_CONNECTION=redis\n'),
    ('marketplace_feed_rails_credentials_yml', 'marketplace_feed:\n  endpoint: https://{H}/feeds\n  {k}: ' + V + '\n'),
    ('shopfront_theme_config_settings_data', '{{\n  "current": {{\n    "size_guide_api": "https://{H}",\n    "{k}": "' + V + '"\n  }}\n}}\n'),
    ('pim_akeneo_connector_parameters_yml', 'parameters:\n  pim_connector.base_url: https://{H}\n  pim_connector.{k}: ' + V + '\n'),
    ('supplier_onboarding_django_settings', '# settings/production.py\nSUPPLIER_PORTAL_HOST = "{H}"\n{K} = "' + V + '"\n'),
    ('compliance_audit_uploader_cron_line', '15 2 * * * {U} {K}=' + V + ' /opt/audit/upload_reports.sh --host {H}\n'),
    ('chemical_compliance_rsl_checker_cfg', '[rsl_checker]\nlab_portal = {H}\n{k} = ' + V + '\nrsl_version = 2026.1\n'),
    ('size_curve_forecast_notebook_cell', 'In [4]: os.environ["{K}"] = "' + V + '"\nIn [5]: forecast = size_curve.fit(df_sales, season="FW26")\n'),
    ('colour_approval_lab_dip_php_config', "<?php\nreturn [\n    'lab_dip_host' => '{H}',\n    '{k}' => '" + V + "',\n];\n"),
    ('photo_studio_capture_one_script', '-- Capture One export hook\nset uploadHost to "{H}"\nset {c} to "' + V + '"\n'),
    ('dam_asset_sync_rclone_conf', '[lookbook-assets]\ntype = s3\nendpoint = https://{H}\naccess_key_id = LBKASSET7QX2\nsecret_access_key = ' + V + '\n'),
    ('sample_tracking_ios_xcconfig', 'SAMPLE_API_HOST = {H}\n{K} = ' + V + '\n'),
    ('pattern_room_windows_registry_export', 'Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\PatternRoom\\Sync]\n"Host"="{H}"\n"{K}"="' + V + '"\n'),
    ('plotter_queue_powershell_profile', '$env:PLOTTER_QUEUE = "{H}"\n$env:{K} = "' + V + '"\n'),
    ('fabric_inspection_tablet_kotlin_object', 'object InspectionConfig {{\n    const val HOST = "{H}"\n    const val {K} = "' + V + '"\n}}\n'),
    ('trim_vendor_sftp_filezilla_xml', '<Server>\n  <Host>{H}</Host>\n  <User>{U}</User>\n  <{c}>' + V + '</{c}>\n</Server>\n'),
    ('bonded_warehouse_docker_compose_env', 'services:\n  customs-sync:\n    image: registry.example.com/customs-sync:3.2\n    environment:\n      - {K}=' + V + '\n'),
    ('dyehouse_scada_opcua_client_json', '{{\n  "opcua": "opc.tcp://{H}:4840",\n  "user": "{U}",\n  "{c}": "' + V + '"\n}}\n'),
    ('garment_costing_r_renviron', 'COSTING_DB_HOST={H}\n{K}=' + V + '\n'),
    ('retail_pos_store_sync_helm_values', 'storeSync:\n  replicas: 2\n  env:\n    {K}: "' + V + '"\n'),
    ('drop_calendar_vercel_env_pull', '# Created by Vercel CLI\n{K}="' + V + '"\nNEXT_PUBLIC_DROP_SEASON="SS26"\n'),
    ('merch_planning_dbt_vars_yml', 'vars:\n  merch_source_host: {H}\n  {k}: ' + V + '\n'),
    ('sourcing_team_wechat_work_paste', '[Sourcing Team] {U}: factory portal login for the Ningbo mill, user {U}, key below\n' + V + '\n(do not forward outside the group)\n'),
    ('pre_production_meeting_minutes_doc', 'PP meeting SS26 knitwear - action items\n3. IT to give QC the inspection app access: {K} = ' + V + '\n4. Approve lab dips by Friday\n'),
    ('factory_audit_ticket_comment', 'Ticket FAC-4471 (audit upload fails)\nComment by {U}: the uploader on {H} uses this value now, rotated yesterday: ' + V + '\n'),
    ('merchandiser_email_to_agent', 'Hi Wei,\n\nfor the new supplier portal use {U} and ' + V + ' until the SSO is live.\n\nBest,\nMerch team\n'),
    ('tech_design_figma_comment_export', '{{"comments": [{{"user": "{U}", "message": "staging PLM sync creds for the plugin: ' + V + '", "node": "Bodice block v3"}}]}}\n'),
    ('qa_handheld_crash_log_dump', 'E/SyncWorker: auth failed host={H} {c}=' + V + ' status=401\nE/SyncWorker: retry in 30s\n'),
]


def build(seed=12701):
    g = G(seed)
    out = []
    for ki, (kind, tpl) in enumerate(KINDS):
        for j in range(4):
            ti = (ki * 5 + j * 3) % len(TYPES)
            typ, key, gen = TYPES[ti]
            val = gen(g)
            k = key.lower()
            c = k.split('_')[0] + ''.join(p.capitalize() for p in k.split('_')[1:])
            body = tpl.format(K=key, k=k, c=c, U=g.r.choice(USERS), H=g.r.choice(HOSTS))
            text, s, e = place(body, val)
            out.append({'type': typ, 'container': kind, 'text': text,
                        'secrets': [{'value': val, 'start': s, 'end': e, 'type': typ}], 'source': 'everyday'})
    return out
