"""Everyday: 45 new infrastructure / source / conversation container kinds x 4 records."""
import random
from common import G, mark, resolve

def types(g):
    return {
    "anthropic_api_key": ("ANTHROPIC_API_KEY", lambda: mark("sk-ant-api03-" + g.b64u(93) + "AA")),
    "aws_secret_access_key": ("AWS_SECRET_ACCESS_KEY", lambda: mark(g.s(40, __import__('common').AL + "/+"))),
    "database_password": ("DB_PASSWORD", lambda: mark(g.pw())),
    "datadog_api_key": ("DATADOG_API_KEY", lambda: mark(g.hx(32))),
    "dockerhub_personal_access_token": ("DOCKERHUB_TOKEN", lambda: mark("dckr_pat_" + g.b64u(27))),
    "github_classic_pat": ("GITHUB_TOKEN", lambda: mark(g.crc_tok("ghp_"))),
    "github_fine_grained_pat": ("GH_PAT", lambda: mark("github_pat_11" + g.up(20) + "_" + g.an(59))),
    "gitlab_personal_access_token": ("GITLAB_TOKEN", lambda: mark("glpat-" + g.b64u(20))),
    "google_gemini_api_key": ("GEMINI_API_KEY", lambda: mark("AIza" + g.b64u(35))),
    "huggingface_access_token": ("HF_TOKEN", lambda: mark("hf_" + g.an(34))),
    "jwt_signing_secret": ("JWT_SECRET", lambda: mark(g.hx(64))),
    "mysql_url_password": ("DATABASE_URL", lambda: "mysql://app_rw:" + mark(g.pw()) + "@mysql-primary.svc.internal.example:3306/orders"),
    "npm_access_token": ("NPM_TOKEN", lambda: mark(g.crc_tok("npm_"))),
    "openai_project_api_key": ("OPENAI_API_KEY", lambda: mark("sk-proj-" + g.b64u(74) + "T3BlbkFJ" + g.b64u(74))),
    "postgres_url_password": ("DATABASE_URL", lambda: "postgresql://billing:" + mark(g.pw()) + "@pg-main.svc.internal.example:5432/billing?sslmode=require"),
    "redis_url_password": ("REDIS_URL", lambda: "redis://default:" + mark(g.pw()) + "@redis-cache.svc.internal.example:6379/0"),
    "sendgrid_api_key": ("SENDGRID_API_KEY", lambda: mark("SG." + g.b64u(22) + "." + g.b64u(43))),
    "slack_bot_token": ("SLACK_BOT_TOKEN", lambda: mark(f"xoxb-{g.dg(12)}-{g.dg(13)}-{g.an(24)}")),
    "smtp_password": ("SMTP_PASSWORD", lambda: mark(g.pw())),
    "stripe_live_secret_key": ("STRIPE_SECRET_KEY", lambda: mark("sk_live_51" + g.an(97))),
    "telegram_bot_token": ("TELEGRAM_BOT_TOKEN", lambda: mark(f"{g.dg(10)}:AA{g.b64u(33)}")),
    "twilio_auth_token": ("TWILIO_AUTH_TOKEN", lambda: mark(g.hx(32))),
    }

# {K} key name, {k} lower-case key, {V} value (with markers)
KINDS = {
 "k8s_opaque_secret_stringdata_manifest": "apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-env\n  namespace: payments\ntype: Opaque\nstringData:\n  {K}: \"{V}\"\n",
 "helm_values_prod_override_yaml": "# values-prod.yaml (do not commit?)\nreplicaCount: 3\nimage:\n  tag: 2.14.1\nenv:\n  - name: {K}\n    value: \"{V}\"\n",
 "ansible_group_vars_all_yml": "---\n# group_vars/all.yml\nntp_server: time.internal.example\napp_env:\n  {K}: \"{V}\"\n  LOG_LEVEL: info\n",
 "terraform_locals_block_hcl": "locals {\n  region = \"eu-west-1\"\n  app_env = {\n    {K} = \"{V}\"\n  }\n}\n",
 "dockerfile_env_instruction_layer": "FROM python:3.12-slim\nWORKDIR /srv\nENV {K}={V}\nCOPY . .\nCMD [\"gunicorn\", \"app:app\"]\n",
 "systemd_service_environment_line": "[Unit]\nDescription=orders worker\n\n[Service]\nEnvironment=\"{K}={V}\"\nExecStart=/opt/orders/bin/worker\nRestart=on-failure\n",
 "nginx_server_block_fastcgi_param": "server {\n    listen 443 ssl;\n    location ~ \\.php$ {\n        fastcgi_param {K} \"{V}\";\n        fastcgi_pass unix:/run/php/fpm.sock;\n    }\n}\n",
 "django_settings_local_module": "# settings/local.py\nfrom .base import *  # noqa\nDEBUG = True\n{K} = \"{V}\"\nALLOWED_HOSTS = [\"*\"]\n",
 "spring_application_prod_yaml": "spring:\n  profiles: prod\napp:\n  secrets:\n    {k}: {V}\nserver:\n  port: 8443\n",
 "go_config_loader_default_value": "func loadConfig() Config {\n\treturn Config{\n\t\tAddr: getenv(\"ADDR\", \":8080\"),\n\t\tKey:  getenv(\"{K}\", \"{V}\"),\n\t}\n}\n",
 "rust_integration_test_const": "#[cfg(test)]\nmod it {\n    const {K}: &str = \"{V}\";\n\n    #[test]\n    fn connects() { assert!(client({K}).ping().is_ok()); }\n}\n",
 "alembic_migration_upgrade_execute": "def upgrade():\n    op.execute(\n        \"INSERT INTO service_settings (name, value) VALUES ('{K}', '{V}')\"\n    )\n",
 "rails_fixture_yaml_record": "# test/fixtures/integrations.yml\nmain_account:\n  provider: internal\n  setting_key: {K}\n  setting_value: \"{V}\"\n",
 "pytest_conftest_monkeypatch_setenv": "import pytest\n\n@pytest.fixture(autouse=True)\ndef env(monkeypatch):\n    monkeypatch.setenv(\"{K}\", \"{V}\")\n",
 "junit_before_each_system_property": "@BeforeEach\nvoid setUp() {\n    System.setProperty(\"{k}\", \"{V}\");\n    client = new ApiClient();\n}\n",
 "aspnet_appsettings_development_json": "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Debug\" } },\n  \"Integrations\": {\n    \"{K}\": \"{V}\"\n  }\n}\n",
 "laravel_config_php_array_default": "<?php\n\nreturn [\n    'driver' => 'default',\n    '{k}' => env('{K}', '{V}'),\n];\n",
 "kotlin_buildconfig_field_gradle": "android {\n    defaultConfig {\n        buildConfigField(\"String\", \"{K}\", \"\\\"{V}\\\"\")\n    }\n}\n",
 "xcconfig_build_setting_line": "// Release.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = com.example.orders\n{K} = {V}\n",
 "elixir_runtime_exs_config_call": "import Config\n\nconfig :orders, Orders.Integrations,\n  {k}: \"{V}\",\n  timeout: 15_000\n",
 "hocon_application_conf_entry": "app {\n  http.port = 9000\n  {k} = \"{V}\"\n  {k} = ${?{K}}\n}\n",
 "neovim_plugin_setup_lua_table": "require(\"assistant\").setup({\n  model = \"default\",\n  {k} = \"{V}\",\n})\n",
 "powershell_profile_env_assignment": "# Microsoft.PowerShell_profile.ps1\nSet-Alias k kubectl\n$env:{K} = \"{V}\"\n",
 "github_actions_raw_run_log_line": "2025-03-11T09:14:02.1183321Z ##[group]Run ./scripts/deploy.sh\n2025-03-11T09:14:02.1190554Z + export {K}={V}\n2025-03-11T09:14:02.1201873Z + ./bin/release --env prod\n",
 "jenkins_pipeline_console_sh_echo": "[Pipeline] sh\n+ echo {K}={V}\n{K}={V}\n[Pipeline] }\n",
 "azure_devops_task_inputs_yaml": "- task: AzureCLI@2\n  inputs:\n    scriptType: bash\n    inlineScript: |\n      export {K}='{V}'\n      ./deploy.sh\n",
 "slack_thread_code_snippet_copy": "Priya Raman  10:42 AM\nthis works for me locally:\n```\n{K}={V} npm run dev\n```\nTom  10:44 AM\nthanks, trying now\n",
 "email_reply_inline_config_quote": "On Tue, Mar 4, 2025 at 9:12 AM Ops Team wrote:\n> can you send the value for staging?\n\nSure, here it is:\n\n{K}={V}\n\nCheers,\nDaniel\n",
 "zendesk_ticket_public_comment": "Ticket #48211 – Integration failing after upgrade\nCustomer comment:\nWe set {K} to {V} as in the guide but still get 401. Please advise.\n",
 "jira_ticket_description_wiki_markup": "h3. Steps to reproduce\n# deploy build 812\n# set {noformat}{K}={V}{noformat}\n# call /health\n",
 "notion_page_markdown_export": "# Staging environment\n\n| Key | Value |\n| --- | --- |\n| {K} | {V} |\n| REGION | eu-central-1 |\n",
 "apple_notes_plaintext_export": "Server stuff\nMarch 2025\n\nstaging box creds\n{K}: {V}\nask Ana before rotating\n",
 "teams_chat_html_message_body": "<div><p>here's the one from the vault for the demo:</p><pre><code>{K}={V}</code></pre></div>\n",
 "compose_override_yaml_environment": "# docker-compose.override.yml\nservices:\n  api:\n    environment:\n      {K}: \"{V}\"\n      DEBUG: \"1\"\n",
 "kustomize_secret_generator_literals": "secretGenerator:\n  - name: api-env\n    literals:\n      - {K}={V}\ngeneratorOptions:\n  disableNameSuffixHash: true\n",
 "supervisord_program_environment_key": "[program:worker]\ncommand=/opt/app/venv/bin/celery -A app worker\nenvironment={K}=\"{V}\",LANG=\"C.UTF-8\"\nautorestart=true\n",
 "crontab_inline_env_prefix_job": "# m h dom mon dow command\n*/15 * * * * {K}={V} /opt/reports/bin/sync >> /var/log/sync.log 2>&1\n",
 "prometheus_scrape_config_authorization": "scrape_configs:\n  - job_name: app\n    authorization:\n      credentials: {V}\n    static_configs:\n      - targets: ['app:9100']\n# {K}\n",
 "logstash_pipeline_output_conf": "output {\n  http {\n    url => \"https://ingest.internal.example/v1\"\n    headers => { \"X-{K}\" => \"{V}\" }\n  }\n}\n",
 "airflow_connections_add_cli": "$ airflow variables set {K} '{V}'\nVariable {K} created\n",
 "sql_seed_migration_insert_row": "-- V12__seed_integrations.sql\nINSERT INTO app_config (config_key, config_value)\nVALUES ('{K}', '{V}');\n",
 "typescript_config_loader_fallback": "export const config = {\n  port: Number(process.env.PORT ?? 3000),\n  key: process.env.{K} ?? \"{V}\",\n};\n",
 "ruby_spec_helper_env_stub": "RSpec.configure do |c|\n  c.before(:suite) do\n    ENV[\"{K}\"] = \"{V}\"\n  end\nend\n",
 "consul_template_rendered_env_file": "# rendered by consul-template from app.ctmpl – do not edit\nAPP_ENV=production\n{K}={V}\n",
 "support_chat_transcript_agent_paste": "[10:02] Customer: still failing\n[10:03] Agent (Mia): please try with the key we reissued: {V}\n[10:03] Agent (Mia): set it as {K}\n[10:05] Customer: works now, thanks\n",
}

def build(seed=38001):
    r = random.Random(seed); g = G(r)
    T = types(g); tnames = sorted(T)
    use = {t: 0 for t in tnames}
    out = []
    for kind in KINDS:
        chosen = []
        for _ in range(4):
            m = min(use[t] for t in tnames if t not in chosen)
            cands = [t for t in tnames if t not in chosen and use[t] == m]
            t = r.choice(cands); chosen.append(t); use[t] += 1
        for t in chosen:
            key, fn = T[t]
            v = fn()
            tpl = KINDS[kind]
            raw = tpl.replace("{K}", key).replace("{k}", key.lower()).replace("{V}", v)
            text, spans = resolve(raw, t)
            out.append(dict(type=t, container=kind, text=text, secrets=spans, source="everyday"))
    return out
