"""Vendor token types, one record each, 12 styles cycled."""
import base64, json, random
from common import *

CL = {"A": UPPER + LOWER, "h": HEX, "H": HEX.upper(), "a": ALNUM, "l": LALNUM, "U": UALNUM, "d": DIG, "b": B64, "u": B64U, "L": LOWER}


def spec(rng, s):
    out = ""
    for tok in s.split("+"):
        if tok.startswith("'"):
            out += tok[1:]
        elif tok == "uuid":
            out += uuid4(rng)
        elif tok == "pw":
            out += owner_pw(rng)
        else:
            out += rs(rng, CL[tok[0]], int(tok[1:]))
    return out


def _b64j(obj):
    return base64.b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode()


def glc(r):
    return "glc_" + _b64j({"o": rs(r, DIG, 6), "n": "stack-" + rs(r, DIG, 6) + "-alloy-write", "k": rs(r, ALNUM, 24), "m": {"r": r.choice(["prod-eu-west-2", "prod-us-east-0"])}})


def grafana_legacy(r):
    return base64.b64encode(json.dumps({"k": rs(r, ALNUM, 32), "n": "ci-" + rs(r, LOWER, 5), "id": r.randint(1, 9)}, separators=(",", ":")).encode()).decode().rstrip("=")


def sntrys(r):
    return "sntrys_" + _b64j({"iat": 1760000000 + r.randint(0, 9999999), "url": "https://sentry.io", "region_url": "https://de.sentry.io", "org": rs(r, LOWER, 7)}).rstrip("=") + "_" + rs(r, ALNUM + "+/", 43)


def age_key(r):
    return bech32("age-secret-key-", bytes(r.randrange(256) for _ in range(32))).upper()


def mapbox(r):
    return "sk." + _b64j({"u": rs(r, LOWER, 8), "a": rs(r, LALNUM, 25)}).rstrip("=") + "." + rs(r, ALNUM + "-_", 22)


def supa(r):
    return jwt(r, {"iss": "supabase", "ref": rs(r, LOWER, 20), "role": "service_role", "iat": 1760000000 + r.randint(0, 99999), "exp": 2075000000})


def discord(r):
    return base64.b64encode(rs(r, DIG, 18).encode()).decode().rstrip("=") + "." + rs(r, B64U, 6) + "." + rs(r, B64U, 38)


def teams(r):
    return "https://" + rs(r, LOWER, 8) + ".webhook.office.com/webhookb2/" + uuid4(r) + "@" + uuid4(r) + "/IncomingWebhook/" + rs(r, HEX, 32) + "/" + uuid4(r) + "/V2" + rs(r, ALNUM, 45)


def es_encoded(r):
    return base64.b64encode((rs(r, ALNUM + "-_", 20) + ":" + rs(r, ALNUM + "-_", 22)).encode()).decode()


F = {"glc": glc, "graflegacy": grafana_legacy, "sntrys": sntrys, "age": age_key, "mapbox": mapbox, "supa": supa,
     "discord": discord, "teams": teams, "esenc": es_encoded, "npm": npm_token}

# (type, env var name, spec)
VENDORS = [
    ("newrelic_user_api_key", "NEW_RELIC_API_KEY", "'NRAK-+U27"),
    ("newrelic_ingest_license_key_eu", "NEW_RELIC_LICENSE_KEY", "'eu01xx+h30+'NRAL"),
    ("newrelic_insights_insert_key", "NEW_RELIC_INSERT_KEY", "'NRII-+l32"),
    ("datadog_application_key", "DD_APP_KEY", "h40"),
    ("grafana_cloud_access_policy_token", "GRAFANA_CLOUD_TOKEN", "@glc"),
    ("grafana_legacy_api_key", "GRAFANA_API_KEY", "@graflegacy"),
    ("grafana_oncall_api_token", "ONCALL_API_TOKEN", "h64"),
    ("grafana_k6_cloud_api_token", "K6_CLOUD_TOKEN", "h64"),
    ("sentry_org_auth_token", "SENTRY_AUTH_TOKEN", "@sntrys"),
    ("sentry_user_auth_token", "SENTRY_USER_TOKEN", "'sntryu_+h64"),
    ("pagerduty_rest_api_key", "PAGERDUTY_TOKEN", "@pdkey"),
    ("opsgenie_api_integration_key", "OPSGENIE_API_KEY", "uuid"),
    ("splunk_oncall_rest_api_key", "VICTOROPS_API_KEY", "h32"),
    ("incident_io_api_key", "INCIDENT_IO_API_KEY", "'inc_+h64"),
    ("rootly_api_token", "ROOTLY_API_TOKEN", "'rootly_+h64"),
    ("firehydrant_bot_token", "FIREHYDRANT_API_KEY", "'fhb-+h32"),
    ("cronitor_api_key", "CRONITOR_API_KEY", "h32"),
    ("healthchecks_io_project_api_key", "HC_API_KEY", "u32"),
    ("uptimerobot_main_api_key", "UPTIMEROBOT_API_KEY", "'u+d8+'-+a24"),
    ("pingdom_api_token", "PINGDOM_API_TOKEN", "u64"),
    ("atlassian_statuspage_api_key", "STATUSPAGE_API_KEY", "uuid"),
    ("airbrake_project_key", "AIRBRAKE_PROJECT_KEY", "h32"),
    ("raygun_application_api_key", "RAYGUN_APIKEY", "a22"),
    ("scout_apm_agent_key", "SCOUT_KEY", "a20"),
    ("appdynamics_controller_access_key", "APPDYNAMICS_AGENT_ACCOUNT_ACCESS_KEY", "l12"),
    ("site24x7_device_key", "S247_LICENSE_KEY", "'eu_+h32"),
    ("atatus_apm_license_key", "ATATUS_LICENSE_KEY", "'lic_apm_+h32"),
    ("elasticsearch_encoded_api_key", "ES_API_KEY", "@esenc"),
    ("elastic_cloud_org_api_key", "EC_API_KEY", "'essu_+u60"),
    ("graylog_user_access_token", "GRAYLOG_TOKEN", "a52+'AZDO+a28"),
    ("datalust_seq_api_key", "SEQ_API_KEY", "a20"),
    ("falcon_logscale_ingest_token", "LOGSCALE_INGEST_TOKEN", "uuid"),
    ("dataset_write_logs_key", "SCALYR_API_KEY", "a40+'-"),
    ("papertrail_api_token", "PAPERTRAIL_API_TOKEN", "a20"),
    ("loggly_customer_token", "LOGGLY_TOKEN", "uuid"),
    ("influxdb_cloud_all_access_token", "INFLUXDB_TOKEN", "u86+'=="),
    ("cribl_cloud_client_secret", "CRIBL_CLIENT_SECRET", "a64"),
    ("edge_delta_api_token", "ED_API_TOKEN", "h48"),
    ("observe_inc_datastream_token", "OBSERVE_TOKEN", "'ds1+a20+':+u32"),
    ("groundcover_api_key", "GC_API_KEY", "a48"),
    ("zabbix_api_token", "ZABBIX_API_TOKEN", "h64"),
    ("checkmk_automation_secret", "CMK_AUTOMATION_SECRET", "U32"),
    ("netdata_cloud_claim_token", "NETDATA_CLAIM_TOKEN", "u135"),
    ("posthog_personal_api_key", "POSTHOG_PERSONAL_API_KEY", "'phx_+a43"),
    ("mixpanel_project_api_secret", "MIXPANEL_API_SECRET", "h32"),
    ("amplitude_secret_key", "AMPLITUDE_SECRET_KEY", "h32"),
    ("launchdarkly_server_sdk_key", "LD_SDK_KEY", "'sdk-+uuid"),
    ("launchdarkly_api_access_token", "LD_API_TOKEN", "'api-+uuid"),
    ("zenduty_api_key", "ZENDUTY_API_KEY", "h40"),
    ("squadcast_refresh_token", "SQUADCAST_REFRESH_TOKEN", "h64"),
    ("kentik_api_token", "KENTIK_API_TOKEN", "h32"),
    ("solarwinds_observability_api_token", "SWO_API_TOKEN", "u71"),
    ("logicmonitor_lmv1_access_key", "LM_ACCESS_KEY", "a40"),
    ("cloudwatch_agent_aws_secret_access_key", "AWS_SECRET_ACCESS_KEY", "a30+'/+a9"),
    ("azure_log_analytics_shared_key", "LOG_ANALYTICS_SHARED_KEY", "b86+'=="),
    ("google_cloud_api_key", "GOOGLE_API_KEY", "'AIza+u35"),
    ("slack_bot_user_token", "SLACK_BOT_TOKEN", "'xoxb-+d11+'-+d13+'-+a24"),
    ("slack_app_level_token", "SLACK_APP_TOKEN", "'xapp-1-A+U10+'-+d13+'-+h64"),
    ("discord_bot_token", "DISCORD_TOKEN", "@discord"),
    ("telegram_alert_bot_token", "TELEGRAM_BOT_TOKEN", "d10+':AA+u33"),
    ("msteams_incoming_webhook_url", "TEAMS_WEBHOOK_URL", "@teams"),
    ("twilio_account_auth_token", "TWILIO_AUTH_TOKEN", "h32"),
    ("twilio_api_key_secret", "TWILIO_API_SECRET", "a32"),
    ("sendgrid_api_key", "SENDGRID_API_KEY", "'SG.+u22+'.+u43"),
    ("github_fine_grained_pat", "GH_TOKEN", "'github_pat_11+U20+'_+a59"),
    ("gitlab_personal_access_token", "GITLAB_TOKEN", "'glpat-+u20"),
    ("gitlab_runner_authentication_token", "CI_RUNNER_TOKEN", "'glrt-+u20"),
    ("npm_automation_token", "NPM_TOKEN", "@npm"),
    ("pypi_upload_token", "TWINE_PASSWORD", "'pypi-AgEIcHlwaS5vcmc+u70"),
    ("docker_hub_personal_access_token", "DOCKERHUB_TOKEN", "'dckr_pat_+u27"),
    ("openai_project_api_key", "OPENAI_API_KEY", "'sk-proj-+u74+'T3BlbkFJ+u74"),
    ("anthropic_api_key", "ANTHROPIC_API_KEY", "'sk-ant-api03-+u93+'AA"),
    ("huggingface_user_access_token", "HF_TOKEN", "'hf_+A34"),
    ("stripe_restricted_live_key", "STRIPE_RK", "'rk_live_+a58"),
    ("shopify_admin_api_access_token", "SHOPIFY_ACCESS_TOKEN", "'shpat_+h32"),
    ("atlassian_cloud_api_token", "JIRA_API_TOKEN", "'ATATT3xFfGF0+u170+'=+H8"),
    ("linear_personal_api_key", "LINEAR_API_KEY", "'lin_api_+a40"),
    ("notion_internal_integration_token", "NOTION_TOKEN", "'ntn_+d11+a35"),
    ("figma_personal_access_token", "FIGMA_TOKEN", "'figd_+l40"),
    ("postman_api_key", "POSTMAN_API_KEY", "'PMAK-+h24+'-+h34"),
    ("circleci_personal_api_token", "CIRCLE_TOKEN", "'CCIPAT_+a22+'_+h40"),
    ("buildkite_user_access_token", "BUILDKITE_API_TOKEN", "'bkua_+h40"),
    ("terraform_cloud_user_token", "TFE_TOKEN", "a14+'.atlasv1.+a67"),
    ("pulumi_access_token", "PULUMI_ACCESS_TOKEN", "'pul-+h40"),
    ("digitalocean_personal_access_token", "DIGITALOCEAN_TOKEN", "'dop_v1_+h64"),
    ("linode_personal_access_token", "LINODE_TOKEN", "h64"),
    ("vultr_api_key", "VULTR_API_KEY", "U36"),
    ("render_api_key", "RENDER_API_KEY", "'rnd_+a32"),
    ("netlify_personal_access_token", "NETLIFY_AUTH_TOKEN", "'nfp_+a36"),
    ("vercel_access_token", "VERCEL_TOKEN", "a24"),
    ("supabase_service_role_jwt", "SUPABASE_SERVICE_ROLE_KEY", "@supa"),
    ("planetscale_service_token", "PLANETSCALE_SERVICE_TOKEN", "'pscale_tkn_+u43"),
    ("neon_api_key", "NEON_API_KEY", "'napi_+l64"),
    ("mongodb_atlas_private_api_key", "MONGODB_ATLAS_PRIVATE_KEY", "uuid"),
    ("confluent_cloud_api_secret", "CONFLUENT_CLOUD_API_SECRET", "a64"),
    ("age_encryption_secret_key", "SOPS_AGE_KEY", "@age"),
    ("cloudflare_api_token", "CLOUDFLARE_API_TOKEN", "u40"),
    ("algolia_admin_api_key", "ALGOLIA_ADMIN_KEY", "h32"),
    ("mapbox_secret_access_token", "MAPBOX_SECRET_TOKEN", "@mapbox"),
    ("zendesk_api_token", "ZENDESK_API_TOKEN", "a40"),
    ("asana_personal_access_token", "ASANA_PAT", "'1/+d16+':+h32"),
    ("clickup_personal_api_token", "CLICKUP_TOKEN", "'pk_+d8+'_+U32"),
    ("databricks_personal_access_token", "DATABRICKS_TOKEN", "'dapi+h32"),
    ("alibaba_cloud_access_key_secret", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "a30"),
    ("opensearch_internal_admin_password", "OPENSEARCH_INITIAL_ADMIN_PASSWORD", "pw"),
    ("icinga2_api_user_password", "ICINGA2_API_PASSWORD", "pw"),
    ("grafana_enterprise_license_jwt", "GF_ENTERPRISE_LICENSE_TEXT", "@gelicense"),
]
VENDORS = [v for v in VENDORS if v[1]]
VENDORS += [
    ("victoriametrics_cloud_access_token", "VMCLOUD_TOKEN", "uuid"),
    ("chronograf_token_secret", "TOKEN_SECRET", "b44"),
    ("jaeger_query_oauth_client_secret", "OAUTH2_PROXY_CLIENT_SECRET", "u32"),
    ("oauth2_proxy_cookie_secret", "OAUTH2_PROXY_COOKIE_SECRET", "u43+'="),
    ("pyroscope_cloud_api_key", "PYROSCOPE_AUTH_TOKEN", "'psx-+u43"),
    ("highlight_io_api_key", "HIGHLIGHT_API_KEY", "h40"),
    ("jfrog_reference_access_token", "JFROG_ACCESS_TOKEN", "@jfrog"),
    ("sonarqube_user_token", "SONAR_TOKEN", "'squ_+h40"),
    ("snyk_api_token", "SNYK_TOKEN", "uuid"),
    ("gitea_access_token", "GITEA_TOKEN", "h40"),
    ("bitbucket_app_password", "BITBUCKET_APP_PASSWORD", "'ATBB+a28+H8"),
    ("azure_devops_personal_access_token", "AZURE_DEVOPS_EXT_PAT", "a52+'AZDO+a28"),
    ("heroku_platform_api_key", "HEROKU_API_KEY", "'HRKU-AA+u58"),
    ("mailtrap_api_token", "MAILTRAP_API_TOKEN", "h32"),
    ("hyperdx_ingestion_api_key", "HYPERDX_API_KEY", "uuid"),
    ("openobserve_ingest_passcode", "ZO_PASSCODE", "a16"),
    ("coroot_project_api_key", "COROOT_API_KEY", "l32"),
    ("grafana_synthetic_monitoring_access_token", "SM_ACCESS_TOKEN", "b64+'=="),
    ("elastic_fleet_enrollment_token", "FLEET_ENROLLMENT_TOKEN", "@esenc"),
]
VENDORS = [v for v in VENDORS if v[1]]


def gelicense(r):
    return jwt(r, {"iss": "https://grafana.com", "sub": "https://grafana.com/orgs/" + rs(r, LOWER, 6), "lid": rs(r, DIG, 6), "included_users": r.choice([25, 50, 100]), "exp": 1830000000}, {"alg": "RS256", "typ": "JWT"})


F["gelicense"] = gelicense


def jfrog(r):
    raw = "reftkn:01:%d:%s" % (2000000000 + r.randint(0, 99999999), rs(r, ALNUM, 27))
    return base64.b64encode(raw.encode()).decode().rstrip("=")


F["jfrog"] = jfrog
F["pdkey"] = lambda r: "u+" + rs(r, ALNUM + "_+-", 18)

# styles: K env name, k lower key
STYLES = {
    "grafana_agent_env_file_line": "# /etc/default/grafana-agent\n\u27e6K\u27e7=\u00a7\n",
    "otel_collector_env_expansion_default": "exporters:\n  otlphttp:\n    headers:\n      x-\u27e6k\u27e7: ${env:\u27e6K\u27e7:-\u00a7}\n",
    "vector_toml_inline_option": "[sinks.\u27e6svc\u27e7]\ntype = \"http\"\n\u27e6k\u27e7 = \"\u00a7\"\n",
    "fluent_bit_yaml_output_param": "pipeline:\n  outputs:\n    - name: http\n      match: '*'\n      \u27e6k\u27e7: \u00a7\n",
    "logstash_keystore_add_echo": "$ echo '\u00a7' | bin/logstash-keystore add \u27e6K\u27e7 --stdin\nAdded '\u27e6k\u27e7' to the Logstash keystore.\n",
    "k8s_secret_stringdata_manifest": "apiVersion: v1\nkind: Secret\nmetadata:\n  name: \u27e6svc\u27e7-obs\n  namespace: monitoring\nstringData:\n  \u27e6K\u27e7: \"\u00a7\"\n",
    "dashboard_json_securejsondata": "{\"datasource\":{\"name\":\"\u27e6svc\u27e7\",\"secureJsonData\":{\"\u27e6k\u27e7\":\"\u00a7\"}}}\n",
    "alert_annotation_leaked_in_slack": "[FIRING:1] IntegrationAuthError \u27e6env\u27e7\n*Description:* exporter rejected \u27e6K\u27e7=\u00a7 (see runbook)\n",
    "ansible_group_vars_monitoring": "# group_vars/monitoring.yml\n\u27e6k\u27e7: \"\u00a7\"\nnode_exporter_version: 1.9.\u27e6n\u27e7\n",
    "powershell_setx_machine_env": "PS C:\\> setx /M \u27e6K\u27e7 \"\u00a7\"\nSUCCESS: Specified value was saved.\n",
    "puppet_hiera_observability_yaml": "---\nprofile::observability::\u27e6k\u27e7: '\u00a7'\nprofile::observability::site: '\u27e6env\u27e7'\n",
    "chef_node_attribute_line": "default['observability']['\u27e6k\u27e7'] = '\u00a7'\n",
}


def generate():
    rng = random.Random(8602)
    styles = list(STYLES)
    recs = []
    for i, (typ, env, sp) in enumerate(VENDORS):
        st = styles[i % len(styles)]
        val = F[sp[1:]](rng) if sp.startswith("@") else spec(rng, sp)
        d = fillers(rng)
        d["K"], d["k"] = env, env.lower()
        recs.append(make(None, typ, typ + "__" + st, STYLES[st], val, "vendor", d))
    return recs
