"""Everyday records: 45 observability container kinds x 4, 16 span types."""
import json, random
from common import *

# type -> (ENV name, lower key, generator)
TYPES = {
    "grafana_admin_bootstrap_password": ("GF_SECURITY_ADMIN_PASSWORD", "admin_password", lambda r: owner_pw(r)),
    "loki_gateway_basic_auth_password": ("LOKI_GATEWAY_PASSWORD", "loki_password", lambda r: owner_pw(r)),
    "prometheus_remote_write_bearer_token": ("REMOTE_WRITE_TOKEN", "remote_write_token", lambda r: b64bytes(r, 30, True)),
    "alertmanager_webhook_receiver_token": ("AM_WEBHOOK_TOKEN", "webhook_token", lambda r: rs(r, HEX, 40)),
    "otlp_exporter_api_key_header": ("OTLP_API_KEY", "otlp_api_key", lambda r: rs(r, ALNUM, 40)),
    "elasticsearch_log_sink_password": ("ES_SINK_PASSWORD", "es_password", lambda r: owner_pw(r)),
    "s3_log_archive_secret_access_key": ("LOG_ARCHIVE_AWS_SECRET_ACCESS_KEY", "archive_secret_key", lambda r: rs(r, ALNUM + "/+", 40)),
    "datadog_agent_api_key": ("DD_API_KEY", "dd_api_key", lambda r: rs(r, HEX, 32)),
    "newrelic_infra_license_key": ("NRIA_LICENSE_KEY", "license_key", lambda r: rs(r, HEX, 36) + "NRAL"),
    "grafana_service_account_token": ("GRAFANA_SA_TOKEN", "grafana_token", glsa),
    "pagerduty_events_routing_key": ("PD_ROUTING_KEY", "routing_key", lambda r: rs(r, HEX, 32)),
    "slack_alert_webhook_url": ("SLACK_ALERT_WEBHOOK", "slack_webhook_url", lambda r: "https://hooks.slack.com/services/T" + rs(r, UALNUM, 8) + "/B" + rs(r, UALNUM, 10) + "/" + rs(r, ALNUM, 24)),
    "clickhouse_logs_db_password": ("CLICKHOUSE_PASSWORD", "clickhouse_password", lambda r: owner_pw(r)),
    "splunk_forwarder_hec_token": ("SPLUNK_HEC_TOKEN", "hec_token", lambda r: uuid4(r).upper()),
    "influxdb_v2_write_token": ("INFLUX_TOKEN", "influx_token", lambda r: b64bytes(r, 64, True)[:86] + "=="),
    "elastic_apm_secret_token": ("ELASTIC_APM_SECRET_TOKEN", "apm_secret_token", lambda r: rs(r, ALNUM, 24)),
}

# container kind -> template; K env name, k lower key, § value
KINDS = {
    "prometheus_yml_scrape_job": "scrape_configs:\n  - job_name: \u27e6svc\u27e7\n    scheme: https\n    authorization:\n      credentials: \u00a7   # \u27e6k\u27e7, rotate later\n    static_configs:\n      - targets: ['\u27e6host\u27e7:\u27e6port\u27e7']\n",
    "alertmanager_yml_receivers": "receivers:\n  - name: \u27e6svc\u27e7-oncall\n    webhook_configs:\n      - url: https://\u27e6host\u27e7/hook\n        # \u27e6k\u27e7\n        http_config: {authorization: {credentials: \u00a7}}\n",
    "grafana_ini_section": "[\u27e6svc\u27e7]\n; \u27e6K\u27e7 copied from the vault UI\n\u27e6k\u27e7 = \u00a7\nurl = https://\u27e6host\u27e7\n",
    "grafana_provisioning_datasource_yaml": "apiVersion: 1\ndatasources:\n  - name: \u27e6svc\u27e7\n    type: prometheus\n    url: https://\u27e6host\u27e7\n    jsonData: {httpHeaderName1: X-\u27e6K\u27e7}\n    secureJsonData:\n      httpHeaderValue1: \u00a7\n",
    "loki_config_yaml_storage": "common:\n  storage:\n    s3:\n      endpoint: \u27e6host\u27e7\n      bucketnames: loki-\u27e6env\u27e7\n      # \u27e6k\u27e7\n      secret_access_key: \u00a7\n",
    "promtail_client_config_yaml": "clients:\n  - url: https://\u27e6host\u27e7/loki/api/v1/push\n    tenant_id: \u27e6tenant\u27e7\n    basic_auth:\n      username: \u27e6user\u27e7\n      password: \u00a7  # \u27e6k\u27e7\n",
    "tempo_overrides_yaml": "overrides:\n  \u27e6tenant\u27e7:\n    ingestion_rate_limit_bytes: 15000000\n    # \u27e6k\u27e7 for the forwarder\n    forwarders_auth: \u00a7\n",
    "otelcol_contrib_config_yaml": "exporters:\n  otlphttp/\u27e6env\u27e7:\n    endpoint: https://\u27e6host\u27e7:\u27e6port\u27e7\n    headers:\n      \u27e6K\u27e7: \u00a7\nservice:\n  pipelines:\n    traces: {receivers: [otlp], exporters: [otlphttp/\u27e6env\u27e7]}\n",
    "fluent_bit_conf_output_section": "[OUTPUT]\n    Name        http\n    Match       kube.*\n    Host        \u27e6host\u27e7\n    Port        \u27e6port\u27e7\n    Header      X-\u27e6K\u27e7 \u00a7\n",
    "fluentd_td_agent_match_block": "<match \u27e6svc\u27e7.**>\n  @type http\n  endpoint https://\u27e6host\u27e7/ingest\n  headers {\"\u27e6K\u27e7\":\"\u00a7\"}\n</match>\n",
    "vector_toml_sink_table": "[sinks.\u27e6env\u27e7_out]\ntype = \"http\"\ninputs = [\"\u27e6svc\u27e7_logs\"]\nuri = \"https://\u27e6host\u27e7\"\nrequest.headers.\u27e6K\u27e7 = \"\u00a7\"\n",
    "logstash_pipeline_conf_output": "output {\n  http {\n    url => \"https://\u27e6host\u27e7/bulk\"\n    http_method => \"post\"\n    headers => { \"\u27e6K\u27e7\" => \"\u00a7\" }\n  }\n}\n",
    "splunk_outputs_conf_stanza": "[httpout]\nuri = https://\u27e6host\u27e7:8088\n# \u27e6K\u27e7\nhttpEventCollectorToken = \u00a7\n",
    "datadog_agent_datadog_yaml": "site: datadoghq.eu\nhostname: \u27e6svc\u27e7-\u27e6n\u27e7\n\u27e6k\u27e7: \u00a7\nlogs_enabled: true\n",
    "newrelic_infra_yml": "display_name: \u27e6svc\u27e7-\u27e6env\u27e7\n\u27e6k\u27e7: \u00a7\nlog:\n  level: info\n",
    "telegraf_conf_outputs_table": "[[outputs.http]]\n  url = \"https://\u27e6host\u27e7/api/v2/write\"\n  [outputs.http.headers]\n    \u27e6K\u27e7 = \"\u00a7\"\n",
    "filebeat_yml_output": "output.elasticsearch:\n  hosts: [\"https://\u27e6host\u27e7:9200\"]\n  # \u27e6K\u27e7\n  \u27e6k\u27e7: \"\u00a7\"\n",
    "kube_prometheus_stack_values": "grafana:\n  env:\n    \u27e6K\u27e7: \u00a7\nprometheus:\n  prometheusSpec:\n    retention: 15d\n",
    "grafana_agent_river_config": "prometheus.remote_write \"\u27e6env\u27e7\" {\n  endpoint {\n    url = \"https://\u27e6host\u27e7/api/prom/push\"\n    headers = { \"\u27e6K\u27e7\" = \"\u00a7\" }\n  }\n}\n",
    "alloy_config_component_block": "otelcol.auth.headers \"\u27e6svc\u27e7\" {\n  header {\n    key   = \"\u27e6K\u27e7\"\n    value = \"\u00a7\"\n  }\n}\n",
    "jsonnet_mixin_config_libsonnet": "{\n  _config+:: {\n    \u27e6k\u27e7: '\u00a7',\n    clusterLabel: '\u27e6env\u27e7',\n  },\n}\n",
    "grafonnet_dashboard_jsonnet": "local g = import 'g.libsonnet';\nlocal \u27e6k\u27e7 = '\u00a7';\ng.dashboard.new('\u27e6svc\u27e7 overview')\n",
    "terraform_grafana_provider_tf": "provider \"grafana\" {\n  url = \"https://\u27e6host\u27e7\"\n}\nvariable \"\u27e6k\u27e7\" {\n  default = \"\u00a7\"\n}\n",
    "terraform_tfvars_observability": "grafana_url = \"https://\u27e6host\u27e7\"\n\u27e6k\u27e7 = \"\u00a7\"\nretention_days = \u27e6n\u27e7\n",
    "docker_compose_lgtm_stack": "services:\n  \u27e6svc\u27e7:\n    image: grafana/otel-lgtm:latest\n    environment:\n      - \u27e6K\u27e7=\u00a7\n    ports: [\"\u27e6port\u27e7:\u27e6port\u27e7\"]\n",
    "systemd_dropin_grafana_agent": "# /etc/systemd/system/grafana-agent.service.d/override.conf\n[Service]\nEnvironment=\"\u27e6K\u27e7=\u00a7\"\n",
    "kubectl_create_secret_shell_history": "  \u27e6n\u27e7  kubectl -n monitoring create secret generic \u27e6svc\u27e7-obs --from-literal=\u27e6k\u27e7=\u00a7\n",
    "helm_upgrade_set_history_line": "helm upgrade --install obs grafana/k8s-monitoring -n monitoring --set externalServices.\u27e6k\u27e7=\u00a7 --set cluster.name=\u27e6env\u27e7\n",
    "grafana_server_startup_log": "logger=settings t=\u27e6ts\u27e7 level=info msg=\"Config overridden from Environment variable\" var=\"\u27e6K\u27e7=\u00a7\"\n",
    "prometheus_targets_api_json": "{\"status\":\"success\",\"data\":{\"activeTargets\":[{\"labels\":{\"job\":\"\u27e6svc\u27e7\"},\"scrapeUrl\":\"https://\u27e6host\u27e7/metrics?\u27e6k\u27e7=\u00a7\",\"health\":\"up\"}]}}\n",
    "alertmanager_api_alert_payload_json": "[{\"labels\":{\"alertname\":\"ExporterAuthFailing\",\"service\":\"\u27e6svc\u27e7\"},\"annotations\":{\"summary\":\"auth failed with \u27e6k\u27e7=\u00a7\"},\"startsAt\":\"\u27e6ts\u27e7\"}]\n",
    "grafana_dashboard_json_export": "{\"title\":\"\u27e6svc\u27e7 SLO\",\"uid\":\"\u27e6h8\u27e7\",\"templating\":{\"list\":[{\"name\":\"\u27e6k\u27e7\",\"type\":\"constant\",\"query\":\"\u00a7\"}]}}\n",
    "loki_logcli_env_export": "export LOKI_ADDR=https://\u27e6host\u27e7\nexport \u27e6K\u27e7=\u00a7\nlogcli query '{app=\"\u27e6svc\u27e7\"}' --since=1h\n",
    "amtool_config_yml": "# ~/.config/amtool/config.yml\nalertmanager.url: https://\u27e6host\u27e7:9093\nauthor: \u27e6user\u27e7\n# \u27e6k\u27e7\nhttp.config.file.token: \u00a7\n",
    "mimir_runtime_config_yaml": "overrides:\n  \u27e6tenant\u27e7:\n    ruler_alertmanager_client_config:\n      # \u27e6k\u27e7\n      credentials: \u00a7\n",
    "thanos_objstore_yml": "type: S3\nconfig:\n  bucket: thanos-\u27e6env\u27e7\n  endpoint: \u27e6host\u27e7\n  # \u27e6k\u27e7\n  secret_key: \u00a7\n",
    "cortex_tools_env_rc": "# .cortextoolsrc\nexport CORTEX_ADDRESS=https://\u27e6host\u27e7\nexport CORTEX_TENANT_ID=\u27e6tenant\u27e7\nexport \u27e6K\u27e7='\u00a7'\n",
    "sre_incident_channel_message": "[\u27e6ts\u27e7] \u27e6user\u27e7: collector in \u27e6env\u27e7 still 401s, can someone double check \u27e6K\u27e7? I have \u00a7 in the values file\n",
    "observability_runbook_md_snippet": "### Re-pointing the \u27e6svc\u27e7 shipper\n\n```sh\n\u27e6K\u27e7=\u00a7 ./ship.sh --env \u27e6env\u27e7\n```\n",
    "collector_debug_bundle_issue_comment": "Attaching the effective config from `otelcol components` (\u27e6env\u27e7):\n\n    extensions.headers_setter.headers[0].key: \u27e6K\u27e7\n    extensions.headers_setter.headers[0].value: \u00a7\n",
    "datadog_agent_flare_log": "\u27e6ts\u27e7 | CORE | DEBUG | (pkg/config/env.go:\u27e6n\u27e7 in bindEnv) | env \u27e6K\u27e7 resolved to \u00a7\n",
    "nr_apm_newrelic_ini": "; /etc/php/8.3/mods-available/newrelic.ini\nnewrelic.appname = \"\u27e6svc\u27e7\"\n; \u27e6K\u27e7\nnewrelic.\u27e6k\u27e7 = \"\u00a7\"\n",
    "sentry_cli_rc_file": "# ~/.sentryclirc\n[defaults]\norg = \u27e6org\u27e7\n[auth]\n\u27e6k\u27e7 = \u00a7\n",
    "kapacitor_conf_toml": "[[influxdb]]\n  enabled = true\n  urls = [\"https://\u27e6host\u27e7:8086\"]\n  \u27e6k\u27e7 = \"\u00a7\"\n",
    "blackbox_exporter_module_yaml": "modules:\n  \u27e6svc\u27e7_auth:\n    prober: http\n    http:\n      headers:\n        \u27e6K\u27e7: \u00a7\n",
}


def generate(prefix_start=1):
    rng = random.Random(8601)
    types = sorted(TYPES)
    use = {t: 0 for t in types}
    recs = []
    for kind in KINDS:
        chosen = []
        for _ in range(4):
            cand = sorted((t for t in types if t not in chosen), key=lambda t: (use[t], rng.random()))
            chosen.append(cand[0])
            use[cand[0]] += 1
        for t in chosen:
            env, key, g = TYPES[t]
            d = fillers(rng)
            d["K"], d["k"] = env, key
            recs.append(make(None, t, kind, KINDS[kind], g(rng), "everyday", d))
    return recs
