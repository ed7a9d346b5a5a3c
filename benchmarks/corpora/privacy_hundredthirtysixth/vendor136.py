import random, re, string, base64, json
from common136 import rs, ALNUM, HEX, b64u, uuid4, jwt, gh_token, fill, rec

BECH = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L'
def expand(r, spec):
    def one(m):
        k, n = m.group(1), int(m.group(2) or 0)
        if k == 'h': return rs(r, HEX, n)
        if k == 'H': return rs(r, HEX.upper(), n)
        if k == 'a': return rs(r, ALNUM, n)
        if k == 'l': return rs(r, string.ascii_lowercase + string.digits, n)
        if k == 'U': return rs(r, string.ascii_uppercase + string.digits, n)
        if k == 'd': return rs(r, string.digits, n)
        if k == 'w': return rs(r, ALNUM + '-_', n)
        if k == 'B': return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()
        if k == 'u': return uuid4(r)
        if k == 'c': return rs(r, BECH, n)
        if k == 'z': return rs(r, 'abcdefghijklmnopqrstuvwxyz234567', n)
        raise KeyError(k)
    return re.sub(r'\{([hHalUdwBucz])(\d*)\}', one, spec)

def mapbox_sk(r):
    mid = b64u(json.dumps({'u': 'millgis' + rs(r, string.digits, 3), 'a': rs(r, string.ascii_lowercase + string.digits, 25)}, separators=(',', ':')).encode())
    return 'sk.' + mid + '.' + rs(r, ALNUM + '-_', 22)
def cesium(r):
    return jwt(r, {'jti': uuid4(r), 'id': r.randint(100000, 999999), 'iat': 1760000000 + r.randint(0, 9999999)})
def chirp(r):
    return jwt(r, {'aud': 'chirpstack', 'iss': 'chirpstack', 'sub': uuid4(r), 'typ': 'key'})

# (type, key name, spec or callable)
V = [
 # forestry machines / telematics
 ('ponsse_optifleet_api_key', 'PONSSE_OPTIFLEET_API_KEY', '{h40}'),
 ('johndeere_operations_center_client_secret', 'DEERE_OPS_CENTER_CLIENT_SECRET', '{w64}'),
 ('komatsu_maxifleet_api_token', 'MAXIFLEET_API_TOKEN', '{a48}'),
 ('tigercat_remotelog_api_key', 'TIGERCAT_REMOTELOG_KEY', '{H32}'),
 ('waratah_timberrite_cloud_token', 'TIMBERRITE_CLOUD_TOKEN', '{u}'),
 ('logmax_logmate_api_secret', 'LOGMATE_API_SECRET', '{a36}'),
 ('trimble_connected_forest_api_key', 'CONNECTED_FOREST_API_KEY', '{l40}'),
 ('trackunit_iris_api_token', 'TRACKUNIT_API_TOKEN', '{a64}'),
 ('teltonika_rms_personal_token', 'RMS_PERSONAL_TOKEN', '{a56}'),
 ('wialon_remote_api_token', 'WIALON_TOKEN', '{h72}'),
 ('orbcomm_fleetedge_api_key', 'FLEETEDGE_API_KEY', '{U32}'),
 ('rockblock_iridium_account_password', 'ROCKBLOCK_PASSWORD', 'Sat{l6}!{d3}'),
 ('garmin_inreach_explore_api_key', 'INREACH_EXPLORE_KEY', '{u}'),
 ('thethingsstack_api_key_nnsxs', 'TTS_API_KEY', 'NNSXS.{U39}.{U52}'),
 ('chirpstack_api_token_jwt', 'CHIRPSTACK_API_TOKEN', chirp),
 ('cumulocity_tenant_bootstrap_password', 'C8Y_BOOTSTRAP_PASSWORD', '{a32}'),
 # log scanning, sawline, kiln
 ('usnr_mill_data_api_key', 'USNR_MILLDATA_API_KEY', '{h48}'),
 ('microtec_goldeneye_service_token', 'MICROTEC_SERVICE_TOKEN', 'mtg_{a40}'),
 ('limab_boardmaster_api_secret', 'LIMAB_API_SECRET', '{H40}'),
 ('joescan_pinchot_license_key', 'JOESCAN_LICENSE_KEY', '{U5}-{U5}-{U5}-{U5}-{U5}'),
 ('lucidyne_grademaster_api_key', 'LUCIDYNE_API_KEY', '{l32}'),
 ('finscan_boardmaster_cloud_token', 'FINSCAN_CLOUD_TOKEN', '{w43}'),
 ('soderhamn_eriksson_remote_key', 'SE_REMOTE_SUPPORT_KEY', '{h64}'),
 ('springer_service_portal_secret', 'SPRINGER_PORTAL_SECRET', '{a40}'),
 ('valutec_kiln_cloud_api_key', 'VALUTEC_CLOUD_API_KEY', '{u}'),
 ('muhlbock_kiln_visualisation_token', 'MUEHLBOECK_VIS_TOKEN', '{h32}'),
 ('wellons_kiln_link_secret', 'WELLONS_KILNLINK_SECRET', '{a44}'),
 ('nardi_dryer_remote_password', 'NARDI_REMOTE_PASSWORD', 'Essicc{l4}_{d4}'),
 ('weinig_moulder_cloud_client_secret', 'WEINIG_CLIENT_SECRET', '{w48}'),
 ('beckhoff_twincat_cloud_api_key', 'TC_CLOUD_API_KEY', '{H48}'),
 ('kepware_config_api_password', 'KEPWARE_CONFIG_API_PASSWORD', 'Kep{a10}{d2}'),
 ('highbyte_intelligence_hub_token', 'HIGHBYTE_HUB_TOKEN', '{w40}'),
 ('litmus_edge_api_token', 'LITMUS_EDGE_TOKEN', '{a64}'),
 ('aveva_pi_web_api_client_secret', 'PI_WEBAPI_CLIENT_SECRET', '{w44}'),
 ('canary_historian_api_token', 'CANARY_API_TOKEN', '{u}'),
 ('influxdb_operator_token', 'INFLUX_TOKEN', '{B64}'),
 ('thingworx_app_key', 'THINGWORX_APPKEY', '{u}'),
 # certification & supply chain
 ('fsc_certificate_database_api_key', 'FSC_INFO_API_KEY', '{h40}'),
 ('pefc_registry_api_token', 'PEFC_REGISTRY_TOKEN', '{a40}'),
 ('sfi_certificate_lookup_key', 'SFI_LOOKUP_KEY', '{u}'),
 ('preferredbynature_lifecycle_api_key', 'PBN_LIFECYCLE_API_KEY', '{l48}'),
 ('sgs_certified_client_secret', 'SGS_CLIENT_SECRET', '{w40}'),
 ('eudr_traces_information_system_password', 'TRACES_NT_PASSWORD', 'Traces{l5}#{d3}'),
 ('timberchain_ledger_api_secret', 'TIMBERCHAIN_API_SECRET', 'tcl_{h48}'),
 ('sourcemap_supply_api_key', 'SOURCEMAP_API_KEY', '{a32}'),
 ('tradelens_timber_client_secret', 'TRADE_PORTAL_CLIENT_SECRET', '{h64}'),
 # drone / lidar / GIS
 ('dji_cloud_api_app_key', 'DJI_APP_KEY', '{h32}'),
 ('dji_cloud_api_app_license', 'DJI_APP_LICENSE', '{B96}'),
 ('pix4dcloud_client_secret', 'PIX4D_CLIENT_SECRET', '{a64}'),
 ('dronedeploy_api_key', 'DRONEDEPLOY_API_KEY', '{h32}'),
 ('propeller_aero_api_token', 'PROPELLER_API_TOKEN', '{w48}'),
 ('skycatch_api_secret', 'SKYCATCH_API_SECRET', '{a40}'),
 ('emesent_hovermap_cloud_token', 'HOVERMAP_CLOUD_TOKEN', '{u}'),
 ('geoslam_connect_license_key', 'GEOSLAM_LICENSE_KEY', '{U4}-{U4}-{U4}-{U4}-{U4}'),
 ('lastools_license_key', 'LASTOOLS_LICENSE', '{U40}'),
 ('planet_data_api_key_plak', 'PL_API_KEY', 'PLAK{h32}'),
 ('sentinelhub_oauth_client_secret', 'SH_CLIENT_SECRET', '{w40}'),
 ('up42_project_api_key', 'UP42_PROJECT_API_KEY', '{a32}'),
 ('mapbox_secret_token_sk', 'MAPBOX_SECRET_TOKEN', mapbox_sk),
 ('cesium_ion_access_token', 'CESIUM_ION_TOKEN', cesium),
 ('arcgis_location_api_key_aapk', 'ARCGIS_API_KEY', 'AAPK{h32}{w64}'),
 ('here_platform_api_key', 'HERE_API_KEY', '{w43}'),
 ('opentopography_api_key', 'OPENTOPO_API_KEY', '{h32}'),
 ('maptiler_cloud_service_token', 'MAPTILER_SERVICE_TOKEN', '{a20}_{h32}'),
 # mill ERP & business
 ('infor_ionapi_client_secret', 'ION_API_CLIENT_SECRET', '{w86}'),
 ('sap_btp_service_key_clientsecret', 'SAP_BTP_CLIENTSECRET', '{u}${w43}='),
 ('epicor_kinetic_api_key', 'EPICOR_API_KEY', '{a64}'),
 ('dynamics_bc_web_service_access_key', 'BC_WS_ACCESS_KEY', '{B32}'),
 ('odoo_external_api_key', 'ODOO_API_KEY', '{h40}'),
 ('sage_x3_client_secret', 'SAGE_X3_CLIENT_SECRET', '{a48}'),
 ('dmsi_agility_api_password', 'AGILITY_API_PASSWORD', 'Agil{l6}.{d3}'),
 ('bistrack_api_secret', 'BISTRACK_API_SECRET', '{h40}'),
 ('mollie_live_api_key', 'MOLLIE_API_KEY', 'live_{a30}'),
 ('paystack_live_secret_key', 'PAYSTACK_SECRET_KEY', 'sk_live_{h40}'),
 ('flutterwave_live_secret_key', 'FLW_SECRET_KEY', 'FLWSECK-{h32}-X'),
 ('razorpay_live_key_secret', 'RAZORPAY_KEY_SECRET', '{a24}'),
 ('gocardless_live_access_token', 'GOCARDLESS_ACCESS_TOKEN', 'live_{w40}'),
 ('adyen_api_key_aqe', 'ADYEN_API_KEY', 'AQE{a6}{U4}{w60}'),
 ('mailgun_private_key', 'MAILGUN_API_KEY', 'key-{h32}'),
 ('postmark_server_token', 'POSTMARK_SERVER_TOKEN', '{u}'),
 ('mailjet_secret_key', 'MJ_APISECRET', '{h32}'),
 ('telegram_bot_api_token', 'TELEGRAM_BOT_TOKEN', '{d10}:AA{w33}'),
 ('teams_incoming_webhook_url', 'TEAMS_WEBHOOK_URL', 'https://forestco.webhook.office.com/webhookb2/{u}@{u}/IncomingWebhook/{h32}/{u}'),
 ('trello_user_token_atta', 'TRELLO_TOKEN', 'ATTA{h64}{H8}'),
 ('smartsheet_api_access_token', 'SMARTSHEET_ACCESS_TOKEN', '{a37}'),
 ('box_developer_token', 'BOX_DEVELOPER_TOKEN', '{a32}'),
 # dev / cloud / AI
 ('github_fine_grained_pat', 'GH_FINE_GRAINED_TOKEN', 'github_pat_{a22}_{a59}'),
 ('github_server_to_server_ghs', 'GITHUB_APP_INSTALL_TOKEN', lambda r: gh_token(r, 'ghs_')),
 ('github_oauth_token_gho', 'GITHUB_OAUTH_TOKEN', lambda r: gh_token(r, 'gho_')),
 ('gitlab_runner_auth_glrt', 'RUNNER_TOKEN', 'glrt-{w20}'),
 ('gitlab_deploy_token_gldt', 'GITLAB_DEPLOY_TOKEN', 'gldt-{w20}'),
 ('npm_automation_token', 'NPM_TOKEN', lambda r: gh_token(r, 'npm_')),
 ('rubygems_api_key', 'GEM_HOST_API_KEY', 'rubygems_{h48}'),
 ('nuget_api_key_oy2', 'NUGET_API_KEY', 'oy2{l43}'),
 ('clojars_deploy_token', 'CLOJARS_TOKEN', 'CLOJARS_{h60}'),
 ('postman_api_key_pmak', 'POSTMAN_API_KEY', 'PMAK-{h24}-{h34}'),
 ('terraform_cloud_user_token', 'TFE_TOKEN', '{a14}.atlasv1.{a67}'),
 ('pulumi_access_token', 'PULUMI_ACCESS_TOKEN', 'pul-{h40}'),
 ('buildkite_api_token_bkua', 'BUILDKITE_API_TOKEN', 'bkua_{h40}'),
 ('octopus_deploy_api_key', 'OCTOPUS_API_KEY', 'API-{U26}'),
 ('sonarqube_user_token_squ', 'SONAR_TOKEN', 'squ_{h40}'),
 ('snyk_api_token', 'SNYK_TOKEN', '{u}'),
 ('databricks_pat_dapi', 'DATABRICKS_TOKEN', 'dapi{h32}'),
 ('dynatrace_api_token', 'DT_API_TOKEN', 'dt0c01.{U24}.{U64}'),
 ('newrelic_insert_key_nrii', 'NEW_RELIC_INSERT_KEY', 'NRII-{w32}'),
 ('splunk_hec_token', 'SPLUNK_HEC_TOKEN', '{u}'),
 ('supabase_management_token_sbp', 'SUPABASE_ACCESS_TOKEN', 'sbp_{h40}'),
 ('planetscale_service_token_pscale', 'PLANETSCALE_SERVICE_TOKEN', 'pscale_tkn_{w43}'),
 ('render_api_key_rnd', 'RENDER_API_KEY', 'rnd_{a32}'),
 ('tailscale_auth_key', 'TS_AUTHKEY', 'tskey-auth-k{a10}CNTRL-{a32}'),
 ('cloudflare_origin_ca_key', 'CF_ORIGIN_CA_KEY', 'v1.0-{h24}-{h146}'),
 ('azure_entra_client_secret', 'AZURE_CLIENT_SECRET', '{a3}8Q~{w34}'),
 ('azure_devops_pat', 'AZDO_PAT', '{z52}'),
 ('google_oauth_client_secret_gocspx', 'GOOGLE_CLIENT_SECRET', 'GOCSPX-{w28}'),
 ('alibaba_cloud_access_key_secret', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET', '{a30}'),
 ('vault_batch_token_hvb', 'VAULT_TOKEN', 'hvb.{w120}'),
 ('docker_swarm_join_token', 'SWARM_WORKER_JOIN_TOKEN', 'SWMTKN-1-{l50}-{l25}'),
 ('kubeadm_bootstrap_token', 'KUBEADM_JOIN_TOKEN', '{l6}.{l16}'),
 ('age_x25519_secret_key', 'SOPS_AGE_KEY', 'AGE-SECRET-KEY-1{c58}'),
 ('onepassword_account_secret_key', 'OP_SECRET_KEY', 'A3-{U6}-{U11}-{U5}-{U5}-{U5}'),
 ('adobe_io_client_secret_p8e', 'ADOBE_CLIENT_SECRET', 'p8e-{a32}'),
 ('anthropic_api_key', 'ANTHROPIC_API_KEY', 'sk-ant-api03-{w93}AA'),
 ('openrouter_api_key', 'OPENROUTER_API_KEY', 'sk-or-v1-{h64}'),
 ('xai_grok_api_key', 'XAI_API_KEY', 'xai-{a80}'),
 ('langsmith_personal_key', 'LANGSMITH_API_KEY', 'lsv2_pt_{h32}_{h10}'),
 ('wandb_api_key', 'WANDB_API_KEY', '{h40}'),
 ('pinecone_api_key_pcsk', 'PINECONE_API_KEY', 'pcsk_{a5}_{a60}'),
]

STYLES = [
 ('timber_yard_dotenv_line', "# yard-sync .env\nYARD_SITE=mill-north\n@@KU@@=@@V@@\n"),
 ('kiln_service_systemd_environment_file', "# /etc/kilnsvc/environment\nKILN_COUNT=6\n@@KU@@=\"@@V@@\"\n"),
 ('survey_pipeline_os_environ_default', "import os\n\n@@KU@@ = os.environ.get(\"@@KU@@\", \"@@V@@\")\n"),
 ('mill_helm_secret_string_data', "apiVersion: v1\nkind: Secret\nmetadata:\n  name: mill-integrations\nstringData:\n  @@KU@@: \"@@V@@\"\n"),
 ('sawline_csharp_const_field', "internal static class Integrations\n{\n    internal const string @@KU@@ = \"@@V@@\";\n}\n"),
 ('coc_portal_php_return_array', "<?php\nreturn [\n    'site' => 'coc-portal',\n    '@@K@@' => '@@V@@',\n];\n"),
 ('forest_gis_r_sys_setenv', "# .Rprofile for the forest GIS team\nSys.setenv(@@KU@@ = \"@@V@@\")\n"),
 ('harvester_gateway_go_flag_default', "var @@L@@ = flag.String(\"@@F@@\", \"@@V@@\", \"credential for upstream\")\n"),
 ('mill_ops_mattermost_paste', "**#mill-ops** dispatcher-2: new @@KU@@ for the integration is @@V@@ — updated on the yard box, someone pls move it to the vault\n"),
 ('log_yard_kotlin_const_val', "object YardSecrets {\n    const val @@KU@@ = \"@@V@@\"\n}\n"),
]

def build(ids):
    r = random.Random(13602)
    out = []
    for i, (typ, key, spec) in enumerate(V):
        v = spec(r) if callable(spec) else expand(r, spec)
        sname, tpl = STYLES[i % len(STYLES)]
        camel = ''.join(w.capitalize() if j else w.lower() for j, w in enumerate(key.split('_')))
        text, s, e = fill(tpl, v, K=key.lower(), KU=key, L=camel, F=key.lower().replace('_', '-'))
        out.append(rec(ids(), typ, typ + '__' + sname, text, s, e, 'vendor'))
    return out
