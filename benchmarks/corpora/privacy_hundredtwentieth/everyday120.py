"""Everyday records: 45 ad-tech container kinds x 4."""
import random
from common120 import *

M = MARK
KINDS = [
 ("prebid_server_pbs_yaml_adapter_block", "adapters:\n  rubiconlike:\n    endpoint: https://bid.example.com/openrtb2\n    xapi:\n      username: pbs-east\n      password: " + M + "\n      tracker: pbs\n"),
 ("prebid_js_setconfig_debug_snippet", "pbjs.setConfig({\n  s2sConfig: { accountId: '4102', endpoint: 'https://pbs.example.net/openrtb2/auction',\n    extPrebid: { credentials: '" + M + "' } }\n});\n"),
 ("openrtb_bidder_go_viper_defaults", "func init() {\n\tviper.SetDefault(\"bidder.region\", \"us-east\")\n\tviper.SetDefault(\"bidder.upstream_secret\", \"" + M + "\")\n}\n"),
 ("ad_server_vast_proxy_haproxy_cfg", "backend vast_origin\n    server s1 10.0.4.12:8080\n    http-request set-header X-Ad-Auth " + M + "\n"),
 ("gtm_server_container_tagging_env", "# server-side tagging container\nCONTAINER_CONFIG=aWQ9R1RNLVdYWQ\nUPSTREAM_MEASUREMENT_SECRET=" + M + "\nPREVIEW_SERVER_URL=https://preview.example.com\n"),
 ("attribution_postback_lambda_env_json", "{\n  \"Variables\": {\n    \"POSTBACK_QUEUE\": \"pb-installs\",\n    \"PARTNER_SHARED_SECRET\": \"" + M + "\"\n  }\n}\n"),
 ("clean_room_dbt_profiles_yml", "cleanroom:\n  target: prod\n  outputs:\n    prod:\n      type: postgres\n      host: cr.example.internal\n      user: cr_analyst\n      pass: " + M + "\n      dbname: overlap\n"),
 ("audience_onboarding_sftp_winscp_ini", "[Sessions\\onboard-drop]\nHostName=sftp.example.com\nUserName=segments_up\nPassword=" + M + "\n"),
 ("bid_shading_airflow_connection_uri_env", "AIRFLOW_CONN_BIDLOG_WAREHOUSE_EXTRA='{\"token\": \"" + M + "\"}'\n"),
 ("reporting_etl_dagster_yaml_resource", "resources:\n  ssp_reports:\n    config:\n      base_url: https://reports.example.com/v2\n      api_key: " + M + "\n"),
 ("kafka_bidstream_connect_properties", "name=bidstream-sink\nconnector.class=S3SinkConnector\naws.secret.access.key=" + M + "\ntopics=bid_requests\n"),
 ("aerospike_user_profile_store_conf", "security {\n    # profile store admin\n    default-password-file /etc/aerospike/pw\n}\n# bootstrap admin pass (remove!): " + M + "\n"),
 ("clickhouse_events_users_xml_fragment", "<users>\n  <report_reader>\n    <password>" + M + "</password>\n    <networks><ip>10.0.0.0/8</ip></networks>\n  </report_reader>\n</users>\n"),
 ("druid_runtime_properties_metadata", "druid.metadata.storage.type=postgresql\ndruid.metadata.storage.connector.user=druid\ndruid.metadata.storage.connector.password=" + M + "\n"),
 ("pacing_service_spring_application_yml", "pacing:\n  budget-store:\n    url: redis://pacing.example.internal:6379\n    secret: " + M + "\n"),
 ("creative_cdn_fastly_vcl_snippet", "sub vcl_recv {\n  set req.http.X-Creative-Token = \"" + M + "\";\n}\n"),
 ("pixel_collector_nginx_map_block", "map $http_x_collector_key $pixel_ok {\n    default 0;\n    \"" + M + "\" 1;\n}\n"),
 ("header_bidding_wrapper_webpack_define", "new webpack.DefinePlugin({\n  __WRAPPER_SIGNING_KEY__: JSON.stringify('" + M + "'),\n})\n"),
 ("ad_ops_google_sheets_apps_script_const", "const REPORT_FEED_TOKEN = '" + M + "';\nfunction pullDelivery() { /* ... */ }\n"),
 ("mmp_s2s_event_curl_history", "  512  curl -s -X POST https://s2s.example.com/inappevent/com.example.game -H 'authentication: " + M + "' -d @purchase.json\n"),
 ("dsp_bidder_rust_env_file", "BIDDER_LISTEN=0.0.0.0:8443\nBIDDER_EXCHANGE_SECRET=" + M + "\nRUST_LOG=info\n"),
 ("ssp_adapter_java_properties_override", "# local override, do not commit\nexchange.partner.apiSecret=" + M + "\n"),
 ("jupyter_campaign_analysis_cell_output", "In [7]: os.environ['DSP_REPORT_KEY']\nOut[7]: '" + M + "'\n"),
 ("looker_connection_lkml_comment", "connection: \"ad_warehouse\"\n# svc login for ad_warehouse: looker_svc / " + M + "\ninclude: \"/views/*.view\"\n"),
 ("superset_config_py_database_uri", "SQLALCHEMY_EXAMPLES_URI = None\nDELIVERY_DB_SECRET = \"" + M + "\"\n"),
 ("metabase_env_list_docker_run", "docker run -d -e MB_DB_TYPE=postgres -e MB_DB_USER=mb -e MB_DB_PASS=" + M + " -p 3000:3000 metabase/metabase\n"),
 ("bigquery_scheduled_query_param_json", "{\n  \"params\": {\"partner\": \"ssp-east\", \"hmac_key\": \"" + M + "\"}\n}\n"),
 ("consent_cmp_vendor_config_json", "{\n  \"cmpId\": 312,\n  \"vendorListSigningSecret\": \"" + M + "\"\n}\n"),
 ("ad_tag_html_data_attribute", "<div id=\"slot-top\" data-ad-unit=\"/1234/home/top\" data-partner-secret=\"" + M + "\"></div>\n"),
 ("vast_xml_tracking_url_param", "<Impression><![CDATA[https://trk.example.com/imp?cb=[CACHEBUSTING]&sig=" + M + "]]></Impression>\n"),
 ("win_notice_nurl_template_config", "nurl_template = \"https://win.example.net/n?price=${AUCTION_PRICE}&key=" + M + "\"\n"),
 ("ansible_group_vars_bidder_fleet", "bidder_fleet_size: 48\nbidder_exchange_password: \"" + M + "\"\n"),
 ("terraform_tfvars_reporting_stack", "region = \"us-east-1\"\nreporting_api_secret = \"" + M + "\"\n"),
 ("github_actions_workflow_env_inline", "    env:\n      PARTNER_API_SECRET: " + M + "\n    run: ./scripts/pull_reports.sh\n"),
 ("gitlab_ci_variables_block_adtech", "variables:\n  CAMPAIGN_SYNC_TOKEN: \"" + M + "\"\n"),
 ("systemd_unit_environment_bidder", "[Service]\nEnvironment=BIDDER_DB_PASS=" + M + "\nExecStart=/opt/bidder/bin/bidder\n"),
 ("k8s_configmap_misused_for_secret", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: pacing-config\ndata:\n  BUDGET_STORE_SECRET: \"" + M + "\"\n"),
 ("ad_ops_slack_huddle_notes_paste", "notes from huddle: ssp reports broke again, temp creds until Monday -> " + M + " (rotate after)\n"),
 ("trafficker_jira_comment_paste", "Trafficking note: line item 88213 paused. Sandbox login for QA is qa-trafficker with " + M + " for now.\n"),
 ("agency_handoff_email_body", "Hi team,\nthe reporting connector is live. Key for the pull job: " + M + "\nBest, Ad Ops\n"),
 ("ad_ops_confluence_runbook_table", "| system | user | secret |\n|---|---|---|\n| sellside ui | adops | " + M + " |\n"),
 ("postman_environment_export_json", "{\n  \"name\": \"dsp-sandbox\",\n  \"values\": [{\"key\": \"apiSecret\", \"value\": \"" + M + "\", \"enabled\": true}]\n}\n"),
 ("insomnia_workspace_env_yaml", "environment:\n  base_url: https://api.example.com\n  partner_secret: " + M + "\n"),
 ("bruno_collection_env_bru", "vars {\n  baseUrl: https://dsp.example.com\n  clientSecret: " + M + "\n}\n"),
 ("vscode_rest_client_http_file", "@host = https://ssp.example.com\n@token = " + M + "\nGET {{host}}/v1/reports\nAuthorization: Bearer {{token}}\n"),
]

def types():
    def owner(r): return owner_password(r)
    return [
     ("adtech_bidder_db_password", owner),
     ("adtech_ssp_reporting_api_key", lambda r: rs(r, LHEX, 40)),
     ("adtech_prebid_server_account_secret", lambda r: rs(r, A62, 36)),
     ("adtech_ad_server_network_password", owner),
     ("adtech_attribution_postback_signing_secret", lambda r: "pbsig_" + rs(r, LAN, 32)),
     ("adtech_clean_room_service_password", owner),
     ("adtech_dsp_oauth_client_secret", lambda r: rs(r, B64U, 43)),
     ("adtech_event_bucket_secret_key", lambda r: rs(r, A62 + "/+", 40)),
     ("adtech_win_notice_hmac_key", lambda r: rs(r, LHEX, 64)),
     ("adtech_tag_manager_api_token", lambda r: "tmk_" + rs(r, A62, 30)),
     ("adtech_onboarding_sftp_password", owner),
     ("adtech_measurement_bearer_jwt", lambda r: jwt(r, {"iss": "meas.example.com", "sub": "partner-%d" % r.randint(100, 999), "scope": "reports:read", "exp": 1900000000 + r.randint(0, 9999999)})),
    ]

def generate(idgen):
    r = random.Random(12001)
    T = types()
    out = []
    for k, (kind, tpl) in enumerate(KINDS):
        for j in range(4):
            typ, g = T[(5 * k + 7 * j) % 12]
            v = g(r)
            text, s, e = fill(tpl, v)
            out.append(rec_pos(idgen(), typ, kind, text, s, e, "everyday"))
    return out
