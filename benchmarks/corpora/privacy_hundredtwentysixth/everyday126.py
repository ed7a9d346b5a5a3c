"""Everyday records: 45 museum/gallery/auction container kinds x 4."""
import random
from common126 import *

TYPES = ['musdev_cms_collections_db_password', 'musdev_iiif_image_server_admin_password',
         'musdev_bidding_platform_hmac_secret', 'musdev_ticketing_gateway_api_key',
         'musdev_membership_crm_oauth_client_secret', 'musdev_loan_registry_sftp_password',
         'musdev_kiosk_device_enrolment_token', 'musdev_audio_guide_cdn_signing_key',
         'musdev_digitisation_bucket_secret_key', 'musdev_online_catalogue_session_jwt',
         'musdev_provenance_graph_db_password', 'musdev_auction_live_stream_key']

def value(r, t):
    if t in ('musdev_cms_collections_db_password', 'musdev_iiif_image_server_admin_password',
             'musdev_loan_registry_sftp_password', 'musdev_provenance_graph_db_password'):
        return owner_pw(r)
    if t == 'musdev_bidding_platform_hmac_secret': return rs(r, HEX, 64)
    if t == 'musdev_ticketing_gateway_api_key': return 'tkg_live_' + rs(r, ALNUM, 36)
    if t == 'musdev_membership_crm_oauth_client_secret': return rs(r, ALNUM + '~._-', 40)
    if t == 'musdev_kiosk_device_enrolment_token': return 'kde1.' + rs(r, B64U, 43)
    if t == 'musdev_audio_guide_cdn_signing_key': return b64bytes(r, 32)
    if t == 'musdev_digitisation_bucket_secret_key': return rs(r, ALNUM + '+/', 40)
    if t == 'musdev_online_catalogue_session_jwt': return jwt(r, 'catalogue.example.org', 'visitor-' + str(r.randrange(10**6)))
    if t == 'musdev_auction_live_stream_key': return 'live_' + rs(r, LOWALNUM, 8) + '_' + rs(r, ALNUM, 30)
    raise KeyError(t)

K = [
 ('collectiveaccess_setup_php_define', "define('__CA_DB_PASSWORD__', '{v}');\ndefine('__CA_DB_USER__', 'ca_app');"),
 ('omeka_s_database_ini', 'user     = "omeka"\npassword = "{v}"\ndbname   = "omeka_s"\nhost     = "db.collections.internal"'),
 ('tms_linked_server_tsql_script', "EXEC sp_addlinkedsrvlogin @rmtsrvname = N'TMSREPORT', @useself = 'FALSE', @rmtuser = N'tms_ro', @rmtpassword = N'{v}';"),
 ('cantaloupe_iiif_properties', 'endpoint.admin.enabled = true\nendpoint.admin.username = admin\nendpoint.admin.secret = {v}'),
 ('iipimage_fcgi_lighttpd_env', 'fastcgi.server = ( "/fcgi-bin/iipsrv.fcgi" => (( "bin-environment" => ( "STORE_SECRET" => "{v}" ) )) )'),
 ('mirador_viewer_webpack_define_plugin', "new webpack.DefinePlugin({ 'process.env.ANNOTATION_STORE_TOKEN': JSON.stringify('{v}') })"),
 ('bidding_socket_server_elixir_runtime_exs', 'config :bidroom, BidroomWeb.Endpoint,\n  secret_key_base: "{v}"'),
 ('auction_catalogue_hugo_config_toml', '[params.bidding]\n  endpoint = "https://bid.example.com/api"\n  signing = "{v}"'),
 ('timed_auction_celery_beat_settings_py', "BIDSYNC = {\n    'host': 'bids.example.net',\n    'secret': '{v}',\n}"),
 ('ticketing_kiosk_windows_unattend_xml', '<RunSynchronousCommand><Path>setx TICKET_API_AUTH "{v}" /M</Path></RunSynchronousCommand>'),
 ('membership_portal_rails_credentials_yml', 'membership:\n  crm_secret: {v}\n  crm_id: member-portal'),
 ('loan_agreement_tracker_airtable_script', "const creds = { base: 'appLoans', auth: '{v}' };"),
 ('courier_handover_outlook_email', 'Hi Sam,\nthe crate tracking portal login for the Vermeer loan is loans-courier / {v}\nCheers, Registrar'),
 ('gallery_kiosk_chromium_policy_json', '{\n  "ManagedConfigurationPerOrigin": [{ "origin": "https://kiosk.example.org", "managed_configuration_hash": "", "enrol": "{v}" }]\n}'),
 ('audio_guide_android_gradle_properties', 'org.gradle.jvmargs=-Xmx2g\nguideCdnKey={v}'),
 ('audio_guide_react_native_config_env', 'GUIDE_TOUR_ID=wing-east\nGUIDE_CDN_SECRET={v}'),
 ('digitisation_capture_one_script_applescript', 'set uploadSecret to "{v}"\ntell application "Capture One" to set theDoc to current document'),
 ('photogrammetry_rig_bash_rc', 'export SCAN_STORE_KEY="{v}"\nexport SCAN_STORE_ID=rig02'),
 ('iiif_manifest_builder_deno_env', 'Deno.env.set("MANIFEST_STORE_AUTH", "{v}");'),
 ('online_catalogue_eleventy_data_js', "module.exports = { searchApi: 'https://search.example.org', auth: '{v}' };"),
 ('provenance_neo4j_conf_line', 'dbms.security.auth_enabled=true\n# initial: neo4j-admin dbms set-initial-password {v}'),
 ('provenance_research_jupyter_cell', 'In [4]: graph = connect("bolt://prov.example.org", auth=("researcher", "{v}"))'),
 ('registrar_filemaker_script_step', 'Set Variable [ $secret ; Value: "{v}" ]\nInsert from URL [ $result ; "https://loans.example.org/api" ]'),
 ('collection_import_openrefine_json', '{ "op": "core/fetch-urls", "httpHeadersJson": [{ "name": "Authorization", "value": "Bearer {v}" }] }'),
 ('museum_intranet_sharepoint_list_export', 'Title,System,Credential,Owner\nCollections DB,EMu,{v},registrar'),
 ('exhibition_av_crestron_simpl_plus', 'STRING_PARAMETER Auth[64];\n#DEFAULT_VALUE Auth "{v}"'),
 ('conservation_lab_labview_ini', '[Uploader]\nHost=conslab.example.org\nToken={v}'),
 ('gallery_wifi_captive_portal_lua_conf', 'portal = { realm = "visitors", shared = "{v}" }'),
 ('donor_crm_raisers_edge_odbc_dsn', '[RE7]\nDriver=SQL Server\nServer=re7.example.local\nUID=re_report\nPWD={v}'),
 ('museum_shop_shopify_cli_toml', '[build]\nautomatically_update_urls_on_dev = true\n[access]\nadmin_secret = "{v}"'),
 ('ticket_scanner_ios_plist', '<key>ScannerAuth</key>\n<string>{v}</string>'),
 ('auction_house_jenkins_credentials_xml', '<org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>\n  <id>bid-sign</id>\n  <secret>{v}</secret>\n</org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>'),
 ('livestream_obs_profile_service_json', '{ "settings": { "server": "rtmps://live.example.com:443/app", "key": "{v}" }, "type": "rtmp_custom" }'),
 ('cataloguer_zotero_prefs_js', 'user_pref("extensions.zotero.sync.server.password", "{v}");'),
 ('digitisation_workflow_goobi_config_xml', '<goobiConfig><storage user="goobi" credential="{v}"/></goobiConfig>'),
 ('archivesspace_config_rb_line', 'AppConfig[:db_url] = "jdbc:mysql://db.example.local:3306/archivesspace?user=as&password={v}"'),
 ('museum_hackathon_discord_message', '[14:02] mira: use this for the catalogue sandbox → {v} (rotating tonight)'),
 ('collections_ops_mattermost_thread', '@ops the loan SFTP drop needs auth, current one is {v} until the audit'),
 ('curatorial_notion_page_export_md', '| System | Secret |\n|---|---|\n| Catalogue search | {v} |'),
 ('visitor_counter_esp32_secrets_h', '#define COUNTER_UPLINK_SECRET "{v}"\n#define COUNTER_ROOM 12'),
 ('gallery_signage_brightsign_autorun_brs', 'reg = CreateObject("roRegistrySection", "signage")\nreg.Write("feedsecret", "{v}")'),
 ('loan_condition_report_pdf_form_fdf', '<< /T (portal_pass) /V ({v}) >>'),
 ('auction_results_scraper_scrapy_settings', "DEFAULT_REQUEST_HEADERS = {'X-Feed-Auth': '{v}'}"),
 ('museum_data_warehouse_sqlmesh_yaml', 'gateways:\n  warehouse:\n    connection:\n      type: postgres\n      password: {v}'),
 ('member_email_journey_braze_liquid', '{% assign crm_auth = "{v}" %}\n{% connected_content https://crm.example.org/member :headers {"Authorization": "{{crm_auth}}"} %}'),
]

def build():
    r = random.Random(12601)
    out = []
    for i, (kind, tpl) in enumerate(K):
        for j in range(4):
            t = TYPES[(5 * i + 7 * j) % len(TYPES)]
            v = value(r, t)
            out.append(dict(type=t, container=kind, tpl=tpl, value=v, source='everyday'))
    return out
