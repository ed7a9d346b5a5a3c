"""Everyday positives: 45 container kinds x 4 records, 16 new span types (seed 8301)."""
import random
from common import *

M = MARK
# type -> (ENV key, dotted key, camel key, generator)
TYPES = {
    "kafka_sasl_scram_password": ("KAFKA_SASL_PASSWORD", "kafka.sasl.password", "kafkaSaslPassword", pw),
    "rabbitmq_amqp_password": ("RABBITMQ_PASSWORD", "rabbitmq.password", "amqpPassword", pw),
    "nats_user_nkey_seed": ("NATS_NKEY_SEED", "nats.nkey.seed", "natsNkeySeed", lambda r: nkey_seed(r, "U")),
    "service_db_password": ("DB_PASSWORD", "db.password", "dbPassword", pw),
    "service_jwt_hmac_secret": ("JWT_HMAC_SECRET", "auth.jwt.hmac-secret", "jwtHmacSecret", lambda r: b64u(r, 48)),
    "aws_secret_key_for_service": ("AWS_SECRET_ACCESS_KEY", "aws.secret-access-key", "awsSecretAccessKey", lambda r: b64(r, 40)),
    "go_private_module_github_token": ("GOPRIVATE_GITHUB_TOKEN", "github.module-token", "githubModuleToken", lambda r: github_token(r)),
    "redis_cache_auth_password": ("REDIS_PASSWORD", "cache.redis.password", "redisPassword", pw),
    "grpc_upstream_bearer_token": ("UPSTREAM_GRPC_TOKEN", "grpc.upstream.token", "upstreamGrpcToken", lambda r: an(r, 40)),
    "mtls_client_key_passphrase": ("TLS_KEY_PASSPHRASE", "tls.client.key-passphrase", "tlsKeyPassphrase", pw),
    "consul_acl_token_secret_id": ("CONSUL_HTTP_TOKEN", "consul.acl.token", "consulToken", uid),
    "vault_service_token": ("VAULT_TOKEN", "vault.token", "vaultToken", lambda r: "hvs.CAESI" + b64u(r, 86)),
    "elixir_secret_key_base": ("SECRET_KEY_BASE", "phoenix.secret-key-base", "secretKeyBase", lambda r: b64u(r, 64)),
    "oauth_m2m_client_secret": ("OAUTH_CLIENT_SECRET", "oauth2.client.secret", "oauthClientSecret", lambda r: b64u(r, 40)),
    "webhook_hmac_signing_key": ("WEBHOOK_SIGNING_KEY", "webhook.signing-key", "webhookSigningKey", lambda r: hx(r, 64)),
    "smtp_relay_password": ("SMTP_RELAY_PASSWORD", "mail.relay.password", "smtpRelayPassword", pw),
}

# container kind -> template; {E} env key, {D} dotted key, {C} camel key, {H} host, {U} user, {N} port
CONTAINERS = {
    "go_viper_config_yaml": "# config/{S}.yaml (viper)\nserver:\n  addr: \":{N}\"\n{C}: \"" + M + "\"\nlog_level: debug\n",
    "go_envconfig_struct_default_tag": "type Config struct {{\n\tAddr string `envconfig:\"ADDR\" default:\":{N}\"`\n\tSecret string `envconfig:\"{E}\" default:\"" + M + "\"`\n}}\n",
    "rust_figment_config_toml": "# Rocket.toml / figment profile\n[default]\nport = {N}\n{Cs} = \"" + M + "\"\n",
    "rust_dotenvy_env_file": "# .env read by dotenvy::dotenv()\nRUST_LOG=info,tower_http=debug\n{E}=" + M + "\nBIND_ADDR=0.0.0.0:{N}\n",
    "rust_integration_test_const": "// tests/common/mod.rs\npub const TEST_ENDPOINT: &str = \"http://{H}:{N}\";\npub const {E}: &str = \"" + M + "\";\n",
    "spring_cloud_config_server_yml": "# config-repo/{S}-prod.yml served by Spring Cloud Config\n{S}:\n  {D}: '" + M + "'\n  pool-size: 12\n",
    "micronaut_application_properties": "micronaut.application.name={S}\nmicronaut.server.port={N}\n{D}=" + M + "\n",
    "quarkus_profile_properties": "%prod.quarkus.http.port={N}\n%prod.{D}=" + M + "\n%dev.quarkus.log.level=DEBUG\n",
    "ktor_application_conf_hocon": "ktor {{\n  deployment {{ port = {N} }}\n  security {{\n    {C} = \"" + M + "\"\n  }}\n}}\n",
    "akka_cluster_hocon_override": "akka.cluster.seed-nodes = [\"akka://{S}@{H}:25520\"]\n{S}.{D} = \"" + M + "\"\n",
    "elixir_runtime_exs_config": "# config/runtime.exs\nconfig :{S}, {Mod}.Settings,\n  port: {N},\n  {Cs}: \"" + M + "\"\n",
    "phoenix_dev_secret_exs": "# config/dev.secret.exs -- not committed (it was)\nimport Config\nconfig :{S}, :{Cs}, \"" + M + "\"\n",
    "mix_release_env_sh_eex": "#!/bin/sh\n# rel/env.sh.eex\nexport RELEASE_DISTRIBUTION=name\nexport {E}=\"" + M + "\"\n",
    "istio_envoyfilter_lua_inline": "apiVersion: networking.istio.io/v1alpha3\nkind: EnvoyFilter\nspec:\n  configPatches:\n  - patch:\n      value:\n        typed_config:\n          inline_code: |\n            function envoy_on_request(h)\n              h:headers():add(\"x-{S}-auth\", \"" + M + "\")\n            end\n",
    "linkerd_helm_values_override": "# values-{S}.yaml for the meshed deployment\npodAnnotations:\n  linkerd.io/inject: enabled\nenv:\n  - name: {E}\n    value: \"" + M + "\"\n",
    "consul_agent_hcl_config": "datacenter = \"dc1\"\nservice {{\n  name = \"{S}\"\n  port = {N}\n  meta = {{\n    {Cs} = \"" + M + "\"\n  }}\n}}\n",
    "nomad_job_template_stanza": "task \"{S}\" {{\n  driver = \"docker\"\n  template {{\n    data = <<EOH\n{E}=" + M + "\nEOH\n    destination = \"secrets/app.env\"\n    env = true\n  }}\n}}\n",
    "envoy_bootstrap_yaml_cluster": "static_resources:\n  clusters:\n  - name: {S}_upstream\n    # TODO move to SDS\n    metadata: {{ filter_metadata: {{ auth: {{ {Cs}: \"" + M + "\" }} }} }}\n",
    "kong_declarative_deck_yaml": "_format_version: \"3.0\"\nservices:\n- name: {S}\n  url: http://{H}:{N}\n  plugins:\n  - name: request-transformer\n    config:\n      add:\n        headers: [\"x-{S}-secret:" + M + "\"]\n",
    "tyk_api_definition_json": "{{\n  \"name\": \"{S}\",\n  \"proxy\": {{\"target_url\": \"http://{H}:{N}\"}},\n  \"global_headers\": {{\"X-{E}\": \"" + M + "\"}}\n}}\n",
    "nats_server_conf_include": "# nats/{S}.conf\nport: 4222\nmonitor_port: 8222\n# {Cs} for the bridge\n{Cs}: \"" + M + "\"\n",
    "kafka_client_properties_file": "bootstrap.servers={H}:9093\nsecurity.protocol=SASL_SSL\n{D}=" + M + "\n",
    "pulsar_client_conf_file": "webServiceUrl=https://{H}:8443\nbrokerServiceUrl=pulsar+ssl://{H}:6651\n# {D}\n{Cs}=" + M + "\n",
    "rabbitmq_definitions_json": "{{\n  \"vhosts\": [{{\"name\": \"/{S}\"}}],\n  \"parameters\": [{{\"component\": \"shovel\", \"name\": \"{S}-move\", \"value\": {{\"{Cs}\": \"" + M + "\"}}}}]\n}}\n",
    "docker_compose_override_env": "# docker-compose.override.yml\nservices:\n  {S}:\n    environment:\n      - {E}=" + M + "\n      - GOMAXPROCS=2\n",
    "tiltfile_starlark_env": "# Tiltfile\nk8s_yaml('deploy/{S}.yaml')\nos.putenv('{E}', '" + M + "')\ndocker_build('{S}', '.')\n",
    "bazel_go_test_env_attr": "go_test(\n    name = \"{S}_test\",\n    srcs = [\"{S}_test.go\"],\n    env = {{\"{E}\": \"" + M + "\"}},\n)\n",
    "grpcurl_shell_history_line": "  {N2}  grpcurl -H '{Cs}: " + M + "' -d '{{\"id\":\"{N}\"}}' {H}:443 {Mod}.v1.{Mod}Service/Get\n",
    "ghz_load_test_config_json": "{{\n  \"proto\": \"./api/{S}.proto\",\n  \"call\": \"{S}.v1.{Mod}Service.List\",\n  \"total\": 2000,\n  \"metadata\": {{\"{Cs}\": \"" + M + "\"}},\n  \"host\": \"{H}:443\"\n}}\n",
    "k6_grpc_load_script_js": "import grpc from 'k6/net/grpc';\nconst client = new grpc.Client();\nexport default () => {{\n  client.connect('{H}:443', {{}});\n  client.invoke('{S}.v1.{Mod}Service/List', {{}}, {{ metadata: {{ '{Cs}': '" + M + "' }} }});\n}};\n",
    "testcontainers_go_setup_snippet": "req := testcontainers.ContainerRequest{{\n\tImage: \"{S}:latest\",\n\tEnv: map[string]string{{\"{E}\": \"" + M + "\"}},\n}}\n",
    "wiremock_mapping_json_stub": "{{\n  \"request\": {{\"method\": \"POST\", \"url\": \"/v1/{S}\",\n    \"headers\": {{\"X-{E}\": {{\"equalTo\": \"" + M + "\"}}}}}},\n  \"response\": {{\"status\": 200}}\n}}\n",
    "pact_provider_verification_env": "# .github/pact.env\nPACT_PROVIDER={S}\nPACT_PROVIDER_BASE_URL=http://localhost:{N}\n{E}=" + M + "\n",
    "otel_collector_exporter_headers": "exporters:\n  otlphttp/{S}:\n    endpoint: https://{H}:4318\n    headers:\n      x-{Cs}: \"" + M + "\"\n",
    "jaeger_span_tags_json_dump": "{{\"traceID\":\"{T}\",\"spans\":[{{\"operationName\":\"/{S}.v1.{Mod}Service/Sync\",\"tags\":[{{\"key\":\"config.{Cs}\",\"type\":\"string\",\"value\":\"" + M + "\"}}]}}]}}\n",
    "zap_json_log_line": "{{\"level\":\"debug\",\"ts\":17{N2}000.123,\"caller\":\"config/load.go:88\",\"msg\":\"loaded config\",\"{Cs}\":\"" + M + "\"}}\n",
    "logback_json_log_event": "{{\"@timestamp\":\"2025-03-0{D1}T10:1{D1}:00Z\",\"logger_name\":\"com.example.{S}.Config\",\"level\":\"INFO\",\"message\":\"resolved {D}=" + M + "\"}}\n",
    "elixir_logger_metadata_line": "10:2{D1}:14.552 [debug] {Mod}.Application starting pid=<0.{N}.0> {Cs}=" + M + "\n",
    "rust_tracing_debug_log_line": "2025-03-0{D1}T09:00:1{D1}.218Z DEBUG {S}::config: effective settings {Cs}=\"" + M + "\" port={N}\n",
    "go_panic_env_dump": "panic: dial tcp {H}:{N}: connect: connection refused\n\ngoroutine 1 [running]:\nmain.main()\n\t/src/cmd/{S}/main.go:41 +0x1c5\nenv: GOGC=100 {E}=" + M + " HOSTNAME={S}-7d9f\n",
    "oncall_handoff_slack_message": "handoff for {S}: consumer lag back to normal after restart. if it flaps again the {E} I set on the pod is " + M + " (rotate after incident pls)\n",
    "gerrit_review_inline_comment": "Patch Set 3:\n\nFile: internal/{S}/client.go\nLine 57: you hard-coded {C} = \"" + M + "\" here, please read it from the env instead\n",
    "protoc_plugin_makefile_var": "# Makefile\n{E} ?= " + M + "\ngen:\n\tbuf generate --template buf.gen.yaml\n",
    "justfile_recipe_env": "# justfile\nexport {E} := \"" + M + "\"\nrun:\n    cargo run --bin {S}\n",
    "helmfile_release_values_yaml": "releases:\n- name: {S}\n  chart: charts/{S}\n  values:\n  - config:\n      {C}: \"" + M + "\"\n",
}


def snake(c):
    out = ""
    for ch in c:
        out += ("_" + ch.lower()) if ch.isupper() else ch
    return out


def generate(used):
    r = random.Random(8301)
    kinds = sorted(CONTAINERS)
    assert len(kinds) == 45, len(kinds)
    types = sorted(TYPES)
    count = {t: 0 for t in types}
    recs = []
    for k in kinds:
        chosen = []
        for _ in range(4):
            cands = [t for t in types if t not in chosen]
            m = min(count[t] for t in cands)
            t = r.choice([t for t in cands if count[t] == m])
            chosen.append(t)
            count[t] += 1
        for t in chosen:
            env, dot, camel, gen = TYPES[t]
            v = used.take(lambda: gen(r))
            svc = r.choice(HOSTS)
            f = dict(E=env, D=dot, C=camel, Cs=snake(camel), H=host(r), N=r.randint(7000, 9999),
                     N2=r.randint(100, 999), S=svc, Mod=svc.capitalize(), T=hx(r, 32), D1=r.randint(1, 9))
            tmpl = CONTAINERS[k].format(**f)
            recs.append(("everyday", t, k, tmpl, v))
    return recs
