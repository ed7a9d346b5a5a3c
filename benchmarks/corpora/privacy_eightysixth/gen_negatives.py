"""Hard negatives: 15 classes x 2 base kinds x 6 presentations + 5 published documentation values."""
import base64, hashlib, hmac, json, random
from common import *

CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def ulid(r):
    return "01J" + rs(r, CROCK, 23)


def _f(r):
    return fillers(r)


def b_rum(r):
    d = _f(r)
    return "<script>\n  window.DD_RUM && window.DD_RUM.init({\n    clientToken: 'pub%s',\n    applicationId: '%s',\n    site: 'datadoghq.eu',\n    service: '%s-web',\n    sessionSampleRate: 20,\n  });\n</script>\n" % (rs(r, HEX, 32), uuid4(r), d["svc"])


def b_dsn(r):
    return "// public browser config, safe to ship\nSentry.init({ dsn: 'https://%s@o%s.ingest.de.sentry.io/%s' });\nposthog.init('phc_%s', { api_host: 'https://eu.i.posthog.com' });\n" % (rs(r, HEX, 32), rs(r, DIG, 6), rs(r, DIG, 7), rs(r, ALNUM, 43))


def b_tsdb(r):
    rows = "\n".join("%s  %s  %s  %d" % (ulid(r), "2026-0%d-%02dT00:00:00Z" % (r.randint(1, 9), r.randint(1, 28)), r.choice(["2h0m0s", "6h0m0s", "24h0m0s"]), r.randint(10000, 999999)) for _ in range(3))
    return "$ promtool tsdb list /prometheus\nBLOCK ULID                  MIN TIME              DURATION  NUM SAMPLES\n" + rows + "\n"


def b_thanos(r):
    rows = "\n".join("| %s | %s | 5m | %d |" % (ulid(r), rs(r, HEX, 16), r.randint(100, 9999)) for _ in range(3))
    return "$ thanos tools bucket inspect\n| ULID | SERIES HASH | RES | CHUNKS |\n" + rows + "\n"


def b_dashuid(r):
    return "Dashboards to review:\n- https://grafana.example.net/d/%s/%s-overview?orgId=1\n- https://grafana.example.net/d/%s/slo-burn?var-env=%s\n" % (rs(r, ALNUM, 14), _f(r)["svc"], rs(r, LALNUM, 9), _f(r)["env"])


def b_dsuid(r):
    return "datasources:\n  - name: Mimir\n    uid: %s\n  - name: Loki\n    uid: P%s\n" % (rs(r, LALNUM, 14), rs(r, HEX.upper(), 15))


def b_fp(r):
    return json.dumps([{"fingerprint": rs(r, HEX, 16), "labels": {"alertname": "HighErrorRate", "service": _f(r)["svc"]}, "status": {"state": "active"}}, {"fingerprint": rs(r, HEX, 16), "labels": {"alertname": "TargetDown"}}]) + "\n"


def b_gk(r):
    return "level=debug component=dispatcher msg=\"flushing\" aggrGroup=\"{}/{severity=~\\\"critical\\\"}:{alertname=\\\"KubePodCrashLooping\\\"}\" groupKey=%s hash=%s\n" % (rs(r, HEX, 32), rs(r, DIG, 19))


def b_tokfile(r):
    return "scrape_configs:\n  - job_name: kubelet\n    authorization:\n      credentials_file: /var/run/secrets/kubernetes.io/serviceaccount/token\n    basic_auth:\n      username: %s\n      password_file: /etc/prometheus/secrets/%s/password\n" % (_f(r)["user"], _f(r)["svc"])


def b_vecsecret(r):
    return "[secret.vault_%s]\ntype = \"exec\"\ncommand = [\"/usr/local/bin/vault-fetch\"]\n\n[sinks.dd]\ntype = \"datadog_logs\"\ndefault_api_key = \"SECRET[vault_%s.dd_api_key]\"\n" % (_f(r)["env"], _f(r)["env"])


def b_sops(r):
    return "grafana:\n    adminPassword: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\nsops:\n    age:\n        - recipient: age1%s\n" % (b64bytes(r, 18), b64bytes(r, 32), b64bytes(r, 16), rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58))


def b_avault(r):
    lines = "\n".join("          " + rs(r, HEX, 80) for _ in range(4))
    return "loki_s3_secret: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n" + lines + "\n"


def b_promcfg(r):
    return "$ curl -s localhost:9090/api/v1/status/config | jq -r .data.yaml | grep -A3 remote_write\nremote_write:\n- url: https://%s/api/v1/push\n  authorization:\n    type: Bearer\n    credentials: <secret>\n" % _f(r)["host"]


def b_grafset(r):
    return "$ curl -s -u admin:$GF_PW https://%s/api/admin/settings | jq .security\n{\"admin_password\":\"************\",\"secret_key\":\"************\",\"cookie_secure\":\"true\",\"cookie_samesite\":\"lax\"}\n" % _f(r)["host"]


def b_ddhelm(r):
    return "helm install datadog-agent datadog/datadog \\\n  --set datadog.apiKey=<DATADOG_API_KEY> \\\n  --set datadog.appKey=<DATADOG_APP_KEY> \\\n  --set datadog.site=datadoghq.eu --set datadog.clusterName=%s\n" % _f(r)["env"]


def b_nrinst(r):
    return "curl -Ls https://download.newrelic.com/install/newrelic-cli/scripts/install.sh | bash && \\\n  sudo NEW_RELIC_API_KEY=YOUR_USER_KEY NEW_RELIC_ACCOUNT_ID=%s NEW_RELIC_REGION=EU \\\n  /usr/local/bin/newrelic install -n logs-integration\n# license_key: ${NEW_RELIC_LICENSE_KEY}\n" % rs(r, DIG, 7)


def b_fpr(r):
    return "{\"@timestamp\":\"%s\",\"message\":\"login ok\",\"user\":{\"hash\":\"%s\"},\"fingerprint\":\"%s\"}\n" % (_f(r)["ts"], rs(r, HEX, 64), rs(r, HEX, 40))


def b_vrlhash(r):
    return "# VRL: .user_id = sha2(string!(.user_id), variant: \"SHA-256\")\n{\"level\":\"info\",\"path\":\"/cart\",\"user_id\":\"%s\",\"session\":\"%s\"}\n" % (rs(r, HEX, 64), rs(r, HEX, 32))


def b_otelres(r):
    return "Resource attributes:\n     -> service.name: Str(%s)\n     -> service.instance.id: Str(%s)\n     -> host.id: Str(%s)\n     -> cloud.account.id: Str(%s)\n" % (_f(r)["svc"], uuid4(r), rs(r, HEX, 32), rs(r, DIG, 12))


def b_poduid(r):
    return "kube_pod_info{namespace=\"monitoring\",pod=\"alloy-%s\",uid=\"%s\",node=\"ip-10-0-%d-%d\"} 1\n" % (rs(r, LALNUM, 5), uuid4(r), r.randint(0, 255), r.randint(0, 255))


def b_rotate(r):
    return "Rotating the Grafana admin password (%s):\n1. Generate a new value in the password manager; never paste it into chat.\n2. Update the grafana-admin Secret via the sealed-secrets pipeline.\n3. Restart the Grafana deployment and confirm login with the new credential.\n4. Revoke old sessions under Server Admin > Users.\n" % _f(r)["env"]


def b_ddpolicy(r):
    return "Policy: Datadog API and application keys are rotated every %d days. Keys live only in Vault under kv/observability; agents read them through the secret backend. If a key shows up in a log, open an incident and revoke it first, then investigate.\n" % r.choice([30, 60, 90])


def b_secmetrics(r):
    return "vault_token_lookup_count %d\nkube_secret_info{namespace=\"monitoring\",secret=\"grafana-admin-password\"} 1\nkube_secret_type{secret=\"loki-basic-auth\",type=\"Opaque\"} 1\ngrafana_api_login_post_total %d\n" % (r.randint(1, 99999), r.randint(1, 9999))


def b_certmetrics(r):
    return "certmanager_certificate_expiration_timestamp_seconds{name=\"otel-gateway-tls\"} %d\napiserver_authentication_token_cache_request_total{status=\"hit\"} %d\nprometheus_sd_kubernetes_secret_events_total %d\n" % (1790000000 + r.randint(0, 9999999), r.randint(1, 99999), r.randint(1, 999))


def b_checksum(r):
    return "spec:\n  template:\n    metadata:\n      annotations:\n        checksum/config: %s\n        checksum/secret: %s\n" % (rs(r, HEX, 64), rs(r, HEX, 64))


def b_reloader(r):
    return "metadata:\n  annotations:\n    reloader.stakater.com/last-reloaded-from: '{\"type\":\"CONFIGMAP\",\"name\":\"promtail-config\",\"hash\":\"%s\"}'\n    deployment.kubernetes.io/revision: \"%d\"\n" % (rs(r, HEX, 40), r.randint(2, 90))


def b_pubsub(r):
    body = json.dumps({"event": "deploy", "service": _f(r)["svc"], "version": "1.%d.%d" % (r.randint(0, 40), r.randint(0, 9))})
    return json.dumps({"message": {"data": base64.b64encode(body.encode()).decode(), "messageId": rs(r, DIG, 16), "publishTime": _f(r)["ts"]}, "subscription": "projects/obs/subscriptions/deploy-events"}) + "\n"


def b_kafkab64(r):
    body = json.dumps({"level": "warn", "msg": "slow query", "ms": r.randint(500, 9000)})
    return "%s DEBUG kafka.consumer topic=app-logs partition=%d offset=%d value_b64=%s\n" % (_f(r)["ts"], r.randint(0, 11), r.randint(1000, 9999999), base64.b64encode(body.encode()).decode())


def b_fbredact(r):
    return "[FILTER]\n    Name    lua\n    Match   *\n    script  redact.lua\n    call    redact\n-- redact.lua: pattern used = \"(%s[%%w_]*%s)%%s*[:=]%%s*[%%w%%-_%%.]+\"\n" % (r.choice(["[Aa]pi", "[Tt]oken", "[Pp]ass"]), r.choice(["[Kk]ey", "", "word"]))


def b_vrlredact(r):
    return "[transforms.scrub_%s]\ntype = \"remap\"\nsource = '''\n.message = redact(.message, filters: [r'(?i)(api[_-]?key|token|passw(or)?d)\\s*[:=]\\s*\\S+', r'glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}'])\n'''\n" % _f(r)["env"]


CLASSES = [
    ("frontend_telemetry_public_key", [("datadog_rum_browser_init_snippet", b_rum), ("sentry_dsn_posthog_phc_browser_init", b_dsn)]),
    ("tsdb_block_ulid_and_series_hash", [("promtool_tsdb_list_output", b_tsdb), ("thanos_bucket_inspect_table", b_thanos)]),
    ("dashboard_and_datasource_uid", [("grafana_dashboard_uid_links", b_dashuid), ("grafana_datasource_uid_provisioning", b_dsuid)]),
    ("alert_fingerprint_and_group_key", [("alertmanager_alerts_api_fingerprints", b_fp), ("alertmanager_dispatcher_group_key_log", b_gk)]),
    ("credential_file_path_reference", [("prometheus_credentials_file_paths", b_tokfile), ("vector_exec_secret_backend_reference", b_vecsecret)]),
    ("sops_or_vault_encrypted_envelope", [("sops_yaml_aes256_gcm_field", b_sops), ("ansible_vault_aes256_block", b_avault)]),
    ("api_status_masked_secret", [("prometheus_status_config_secret_mask", b_promcfg), ("grafana_admin_settings_api_stars", b_grafset)]),
    ("vendor_install_snippet_placeholder", [("datadog_helm_install_angle_placeholder", b_ddhelm), ("newrelic_cli_install_your_key_placeholder", b_nrinst)]),
    ("pii_pseudonymised_hash_field", [("logstash_fingerprint_sha256_event", b_fpr), ("vector_vrl_sha2_user_hash", b_vrlhash)]),
    ("telemetry_resource_identity_attribute", [("otel_debug_exporter_resource_ids", b_otelres), ("kube_state_metrics_pod_uid_series", b_poduid)]),
    ("secret_rotation_runbook_prose", [("grafana_admin_rotation_runbook_steps", b_rotate), ("datadog_key_rotation_policy_prose", b_ddpolicy)]),
    ("secret_named_metric_series", [("vault_and_kube_secret_metric_scrape", b_secmetrics), ("cert_and_token_cache_metric_scrape", b_certmetrics)]),
    ("rollout_checksum_annotation", [("helm_checksum_config_pod_annotation", b_checksum), ("reloader_last_reloaded_hash_annotation", b_reloader)]),
    ("encoded_benign_log_payload", [("pubsub_push_base64_json_body", b_pubsub), ("kafka_consumer_value_base64_debug_line", b_kafkab64)]),
    ("secret_scrubbing_rule_pattern", [("fluent_bit_lua_redact_filter", b_fbredact), ("vector_vrl_redact_transform", b_vrlredact)]),
]

WRAP = {
    "in_grafana_dashboard_review": ("Dashboard review, panel notes:\n> ", "\nLGTM once the panel title is fixed."),
    "in_sre_oncall_handover": ("Handover for the next on-call:\n", "\nNothing else pending."),
    "in_collector_pipeline_pr": ("PR: tidy collector pipeline\n```\n", "```\nCI green."),
    "in_observability_guild_notes": ("Guild notes, item 3 (pasted from the repo):\n", "\nAction: nobody."),
    "in_alert_noise_retro": ("Alert-noise retro, evidence:\n", "\nConclusion: not a leak, just noise."),
}

JWT_IO = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"


def jwt_io_recomputed():
    h, p, _ = JWT_IO.split(".")
    sig = hmac.new(b"your-256-bit-secret", (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + base64.urlsafe_b64encode(sig).decode().rstrip("=")


DOCS = [
    ("aws_docs_example_access_key_id_in_cloudwatch_guide", "AKIAIOSFODNN7EXAMPLE",
     "From the CloudWatch agent guide (AWS documentation example credentials, not real):\n[AmazonCloudWatchAgent]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"),
    ("aws_docs_example_secret_key_in_fluent_bit_s3_doc", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
     "Fluent Bit S3 output docs use the AWS documentation sample:\nexport AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"),
    ("jwt_io_default_hs256_sample_in_grafana_jwt_auth_doc", None,
     "Testing [auth.jwt] locally with the jwt.io default sample token (secret your-256-bit-secret):\ncurl -H 'X-JWT-Assertion: %s' localhost:3000/api/user\n"),
    ("grafana_default_admin_admin_first_login_doc", "admin",
     "Grafana getting started: on first login use the default user admin with password admin; you will be asked to change it.\n"),
    ("rfc4648_foobar_base64_vector_in_loki_push_doc", "Zm9vYmFy",
     "Loki push API docs (test vector from RFC 4648, BASE64(\"foobar\") = \"Zm9vYmFy\") for the base64 line body example.\n"),
]


def generate():
    rng = random.Random(8606)
    recs = []
    for cls, bases in CLASSES:
        for kind, fn in bases:
            recs.append({"id": None, "class": cls, "container": kind, "text": fn(rng), "source": "negative"})
            for w, (h, t) in WRAP.items():
                recs.append({"id": None, "class": cls, "container": kind + "__" + w, "text": h + fn(rng) + t, "source": "negative"})
    for kind, val, text in DOCS:
        if val is None:
            text = text % jwt_io_recomputed()
        recs.append({"id": None, "class": "published_documentation_credential", "container": kind, "text": text, "source": "negative"})
    return recs
