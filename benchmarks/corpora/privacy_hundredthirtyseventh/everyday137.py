"""Everyday records: 12 funeral-world secret types x 45 container kinds x 4."""
import random
from common137 import Gen, owner_pw, place, rec, LAN, UAN

TYPES = [  # (type, key, generator)
    ('fh_case_mgmt_db_password', 'case_db_password', 'pw'),
    ('fh_retort_hmi_admin_password', 'retort_hmi_admin_password', 'pw'),
    ('fh_preneed_trust_sftp_password', 'preneed_sftp_password', 'pw'),
    ('fh_guestbook_smtp_password', 'guestbook_smtp_password', 'pw'),
    ('fh_obituary_cms_api_key', 'obituary_cms_api_key', 'hex40'),
    ('fh_livestream_ingest_stream_key', 'livestream_stream_key', 'groups'),
    ('fh_plot_map_tile_token', 'plot_map_tile_token', 'cmt'),
    ('fh_florist_order_webhook_secret', 'florist_webhook_secret', 'fwh'),
    ('fh_monument_portal_jwt_secret', 'monument_jwt_secret', 'b64_48'),
    ('fh_edrs_death_record_client_secret', 'edrs_client_secret', 'an36'),
    ('fh_crematory_mqtt_token', 'crematory_mqtt_token', 'b64_32'),
    ('fh_memorial_video_bucket_secret_key', 'memorial_video_secret_key', 's3like'),
]


def value(g, kind):
    if kind == 'pw':
        return owner_pw(g)
    f = {
        'hex40': lambda: g.hexs(40),
        'groups': lambda: '-'.join(g.s(LAN, 4) for _ in range(5)),
        'cmt': lambda: 'cmt_' + g.an(32),
        'fwh': lambda: 'fwh_' + g.an(40),
        'b64_48': lambda: g.b64bytes(48),
        'an36': lambda: g.an(36),
        'b64_32': lambda: g.b64bytes(32),
        's3like': lambda: g.s(LAN + UAN + '/+', 40),
    }[kind]
    return g.uniq(f)


KINDS = [
 ('arrangement_case_rails_database_yml', 'production:\n  adapter: postgresql\n  host: casedb.funeral.internal\n  username: arranger\n  {K}: "{V}"\n'),
 ('case_mgmt_django_local_settings_py', '# local overrides for the arrangement conference app\nDEBUG = False\n{KU} = "{V}"\nALLOWED_HOSTS = ["cases.example.org"]\n'),
 ('retort_hmi_codesys_gvl_constant', 'VAR_GLOBAL CONSTANT\n    gsChamberTag : STRING := \'RETORT_2\';\n    gs{KC} : STRING := \'{V}\';\nEND_VAR\n'),
 ('cremator_plc_gateway_ini', '[gateway]\nplc_ip=192.168.40.12\nchamber_count=2\n{K}={V}\n'),
 ('crematory_emissions_logger_toml', '[opacity_logger]\nsample_seconds = 15\n{K} = "{V}"\nstack_id = "CR-STACK-1"\n'),
 ('obituary_wordpress_wp_config_php', "<?php\ndefine( 'OBIT_FEED_URL', 'https://obits.example.com/feed' );\ndefine( '{KU}', '{V}' );\n"),
 ('obituary_hugo_site_params_toml', '[params.obituaries]\n  funeralHome = "Oakridge Chapel"\n  {KC} = "{V}"\n'),
 ('tribute_wall_nuxt_runtime_config_ts', "export default defineNuxtConfig({\n  runtimeConfig: {\n    {KC}: '{V}',\n    public: { siteName: 'Tribute Wall' }\n  }\n})\n"),
 ('livestream_obs_profile_service_json', '{\n  "settings": {\n    "server": "rtmp://ingest.example.net/memorial",\n    "{K}": "{V}"\n  },\n  "type": "rtmp_custom"\n}\n'),
 ('chapel_av_encoder_ffmpeg_script_sh', '#!/bin/sh\n# chapel camera push for the 11:00 service\n{KU}="{V}"\nffmpeg -f v4l2 -i /dev/video0 -c:v libx264 -f flv "rtmp://ingest.example.net/live/${{KU}}"\n'),
 ('webcast_room_ansible_group_vars_yml', '---\nchapel_rooms: [east, west]\n{K}: "{V}"\nencoder_bitrate_kbps: 4500\n'),
 ('preneed_trust_sftp_winscp_ini', '[Sessions\\TrustCustodian]\nHostName=sftp.trustbank.example.com\nUserName=fh_oakridge\n{KC}={V}\n'),
 ('preneed_contract_spring_yaml', 'preneed:\n  trust:\n    custodian-host: sftp.trustbank.example.com\n    {K}: {V}\n'),
 ('trust_reconciliation_sas_autoexec', '%let trust_lib = /data/preneed/trust;\n%let {K} = {V};\nlibname trust "&trust_lib";\n'),
 ('insurance_assignment_vbnet_module', 'Module PolicyAssignment\n    Public Const {KC} As String = "{V}"\n    Public Const CarrierCode As String = "HLX"\nEnd Module\n'),
 ('cemetery_plot_map_leaflet_config_js', "const plotMap = L.map('plots');\nconst {KC} = '{V}';\nL.tileLayer(`https://tiles.example.org/{z}/{x}/{y}.png?t=${{KC}}`).addTo(plotMap);\n"),
 ('cemetery_gis_postgis_pg_service_conf', '[cemetery_plots]\nhost=gis.cemetery.internal\ndbname=plots\nuser=mapper\n{K}={V}\n'),
 ('grave_locator_kiosk_electron_env', 'KIOSK_MODE=fullscreen\nCEMETERY_ID=St-Brigid-North\n{KU}={V}\n'),
 ('groundskeeping_drone_survey_yaml', 'survey:\n  section: C\n  altitude_m: 40\n  {K}: "{V}"\n'),
 ('florist_order_laravel_services_php', "<?php\nreturn [\n    'florist' => [\n        'endpoint' => 'https://orders.example.com/wire',\n        '{K}' => '{V}',\n    ],\n];\n"),
 ('sympathy_flowers_shopify_theme_settings_json', '{\n  "current": {\n    "florist_partner": "Bloom & Rest",\n    "{K}": "{V}"\n  }\n}\n'),
 ('monument_order_express_config_json', '{\n  "monumentPortal": {\n    "baseUrl": "https://monuments.example.com",\n    "{KC}": "{V}"\n  }\n}\n'),
 ('headstone_engraving_cnc_macro_ini', '[engraver]\nmachine=SANDBLAST-3\nfont=Roman Serif\n{K}={V}\n'),
 ('death_certificate_edrs_dotnet_user_secrets_json', '{\n  "Edrs:Endpoint": "https://edrs.state.example.gov/api",\n  "Edrs:{KC}": "{V}"\n}\n'),
 ('vital_records_soap_client_wsdl_config', '<client>\n  <endpoint address="https://vitals.example.gov/ws" binding="basicHttpBinding"/>\n  <setting name="{K}" value="{V}"/>\n</client>\n'),
 ('burial_permit_fastapi_settings_py', 'class Settings(BaseSettings):\n    permit_office: str = "county-7"\n    {K}: str = "{V}"\n'),
 ('guestbook_mailer_postfix_generic_script', '#!/bin/bash\n# guestbook digest relay\nexport SMTP_RELAY=smtp.example.net\nexport {KU}=\'{V}\'\n/usr/local/bin/guestbook-digest --since yesterday\n'),
 ('condolence_mailer_go_env_default', 'var {KC} = envOr("{KU}", "{V}")\n'),
 ('memorial_video_render_sidekiq_yml', ':concurrency: 4\n:queues:\n  - memorial_slideshows\n:{K}: "{V}"\n'),
 ('slideshow_renderer_rust_config_rs', 'pub const {KU}: &str = "{V}";\npub const MAX_PHOTOS: usize = 240;\n'),
 ('crematory_scheduler_kotlin_buildconfig', 'buildConfigField("String", "{KU}", "\\"{V}\\"")\n'),
 ('funeral_director_ios_plist', '<dict>\n  <key>CaseServerURL</key><string>https://cases.example.org</string>\n  <key>{KC}</key><string>{V}</string>\n</dict>\n'),
 ('arrangement_tablet_flutter_env_dart', "class Env {\n  static const {KC} = '{V}';\n  static const chapel = 'Oakridge';\n}\n"),
 ('cemetery_records_access_vba_module', 'Public Const {KU} As String = "{V}"\nPublic Const CEMETERY_NAME As String = "Hillcrest"\n'),
 ('cremation_log_powershell_dsc_config', "Configuration CrematoryPC {\n  Node 'CREM-01' {\n    Environment Cred { Name = '{KU}'; Value = '{V}' }\n  }\n}\n"),
 ('obituary_ingest_airflow_connection_env', 'AIRFLOW_CONN_OBIT_FEED=https://feed.example.com\n{KU}={V}\n'),
 ('funeral_erp_terraform_tfvars', 'region      = "us-east-2"\nfuneral_home = "oakridge"\n{K} = "{V}"\n'),
 ('case_mgmt_k8s_configmap_yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: case-mgmt\ndata:\n  {KU}: "{V}"\n'),
 ('preneed_sales_salesforce_named_credential_xml', '<NamedCredential>\n  <label>PreneedTrust</label>\n  <{KC}>{V}</{KC}>\n</NamedCredential>\n'),
 ('arrangement_office_whatsapp_export_line', '[14/03, 09:12] Marta (office): new one for the {K} is {V} , the old one stopped working after the update\n'),
 ('crematory_operator_paper_log_ocr', 'CREMATION LOG - chamber 2 - night shift\nunit reboot 02:40, {K} re-entered: {V}\ncycle 1184 resumed 02:55\n'),
 ('cemetery_office_zendesk_macro_text', 'Hi team, for the plot map outage please use the {K} {V} until the vendor rotates it. - Glen\n'),
 ('livestream_vendor_intercom_transcript', 'Agent: Can you confirm the key configured on the encoder?\nCustomer: sure, {K} = {V}\nAgent: thanks, checking now.\n'),
 ('funeral_it_freshservice_ticket_note', 'Ticket #4471 (Arrangement room PC)\nNote: restored service account; {K} set to {V} per manager.\n'),
 ('monument_vendor_voicemail_transcript', 'Voicemail 10:32: hi it\'s Dale from the monument shop, the {K} for the portal is {V} , call me back if it fails.\n'),
]


def build(seed=13701, used=None):
    g = Gen(random.Random(seed), used if used is not None else set())
    out = []
    n = 0
    for ki, (kind, tpl) in enumerate(KINDS):
        for j in range(4):
            typ, key, gen = TYPES[(5 * ki + 7 * j) % 12]
            v = value(g, gen)
            kc = key.split('_')[0] + ''.join(w.capitalize() for w in key.split('_')[1:])
            kcap = kc[0].upper() + kc[1:]
            t = tpl.replace('gs{KC}', 'gs' + kcap)
            text, s, e = place(t, v, K=key, KU=key.upper(), KC=kc)
            n += 1
            out.append(rec(None, typ, kind, text, s, e, v, 'everyday'))
    return out
