"""Everyday part: common secrets in 60 new container kinds, 4 records each."""
import random, base64
from common import mk, render, gen, gh_token, password, SRC

SEED = 19001


def _pw(rng):
    return password(rng, rng.randint(14, 22))


# (type, env name, fragment builder) ; fragment builder returns marked fragment
def K(t, env, spec=None, fn=None):
    return (t, env, spec, fn)

KINDS = [
    K("aws_secret_access_key", "AWS_SECRET_ACCESS_KEY", "B40"),
    K("github_classic_pat", "GITHUB_TOKEN", fn=lambda r, t: mk(gh_token("ghp_", r), t)),
    K("github_fine_grained_pat", "GH_PAT", "L:github_pat_11 U9 a11 L:_ a59"),
    K("gitlab_personal_access_token", "GITLAB_TOKEN", "L:glpat- b20"),
    K("slack_bot_token", "SLACK_BOT_TOKEN", "L:xoxb- d12 L:- d13 L:- a24"),
    K("stripe_live_secret_key", "STRIPE_SECRET_KEY", "L:sk_live_51 a97"),
    K("stripe_restricted_key", "STRIPE_RESTRICTED_KEY", "L:rk_live_51 a97"),
    K("openai_project_api_key", "OPENAI_API_KEY", "L:sk-proj- b74 L:T3BlbkFJ b74"),
    K("anthropic_api_key", "ANTHROPIC_API_KEY", "L:sk-ant-api03- b93 L:AA"),
    K("google_gemini_api_key", "GEMINI_API_KEY", "L:AIzaSy b33"),
    K("huggingface_access_token", "HF_TOKEN", "L:hf_ a34"),
    K("npm_access_token", "NPM_TOKEN", fn=lambda r, t: mk(gh_token("npm_", r), t)),
    K("sendgrid_api_key", "SENDGRID_API_KEY", "L:SG. b22 L:. b43"),
    K("datadog_api_key", "DD_API_KEY", "h32"),
    K("twilio_auth_token", "TWILIO_AUTH_TOKEN", "h32"),
    K("telegram_bot_token", "TELEGRAM_BOT_TOKEN", "d10 L:: L:AA b33"),
    K("sentry_user_auth_token", "SENTRY_AUTH_TOKEN", "L:sntryu_ h64"),
    K("dockerhub_personal_access_token", "DOCKERHUB_TOKEN", "L:dckr_pat_ b27"),
    K("digitalocean_personal_access_token", "DIGITALOCEAN_TOKEN", "L:dop_v1_ h64"),
    K("cloudflare_api_token", "CLOUDFLARE_API_TOKEN", "b40"),
    K("jwt_signing_secret", "JWT_SECRET", "h64"),
    K("azure_storage_account_key", "AZURE_STORAGE_KEY", fn=lambda r, t: mk(base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode(), t)),
    K("database_password", "DB_PASSWORD", fn=lambda r, t: mk(_pw(r), t)),
    K("smtp_password", "SMTP_PASSWORD", fn=lambda r, t: mk(_pw(r), t)),
    K("postgres_url_password", "DATABASE_URL", fn=lambda r, t: "postgresql://app_rw:%s@pg-main.internal:5432/orders?sslmode=require" % mk(_pw(r), t)),
    K("mysql_url_password", "MYSQL_URL", fn=lambda r, t: "mysql://shop:%s@mysql-01.internal:3306/shop" % mk(_pw(r), t)),
    K("redis_url_password", "REDIS_URL", fn=lambda r, t: "rediss://default:%s@cache-7.internal:6380/0" % mk(_pw(r), t)),
    K("mongodb_srv_uri_password", "MONGODB_URI", fn=lambda r, t: "mongodb+srv://svc_api:%s@cluster0.ab12c.mongodb.net/app?retryWrites=true" % mk(_pw(r), t)),
    K("amqp_url_password", "AMQP_URL", fn=lambda r, t: "amqps://orders:%s@mq.internal:5671/prod" % mk(_pw(r), t)),
    K("slack_incoming_webhook_url", "SLACK_WEBHOOK_URL", fn=lambda r, t: mk("https://hooks.slack.com/services/T%s/B%s/%s" % (gen("U8", r), gen("U10", r), gen("a24", r)), t)),
]


def frag(kind, rng):
    t, env, spec, fn = kind
    return (fn(rng, t) if fn else mk(gen(spec, rng), t)), env


C = {}
def c(name):
    def deco(f):
        C[name] = f; return f
    return deco

# ---- CI systems' logs
@c("buildkite_job_log_env_echo")
def _(n, v, g): return "~~~ :pipeline: Preparing build environment\n$ env | grep -v PATH | sort\nBUILDKITE_BRANCH=main\nBUILDKITE_BUILD_NUMBER=%d\n%s=%s\n~~~ Running tests\n" % (g.randint(900, 9000), n, v)
@c("woodpecker_ci_step_log")
def _(n, v, g): return "[build:L1] + export %s=%s\n[build:L2] + make release\n[build:L3] go build -o bin/api ./cmd/api\n" % (n, v)
@c("gitlab_ci_job_trace_set_x")
def _(n, v, g): return "$ set -x; ./ci/publish.sh\n+ export %s=%s\n+ curl -fsS -o /dev/null https://artifacts.internal/publish\nJob succeeded\n" % (n, v)
@c("travis_ci_build_log_setting_env")
def _(n, v, g): return "Setting environment variables from repository settings\n$ export %s=%s\n$ export RAILS_ENV=test\n$ bundle exec rake\n" % (n, v)
@c("appveyor_build_log")
def _(n, v, g): return "Build started\ngit clone -q --branch=main https://github.com/acme/desktop.git C:\\projects\\desktop\nSET %s=%s\nnuget restore\n" % (n, v)
@c("tekton_taskrun_step_logs")
def _(n, v, g): return "$ tkn taskrun logs build-run-%s -f\n[step-env] %s=%s\n[step-build] Building image registry.internal/api:%s\n" % (gen("l5", g), n, v, gen("h7", g))
@c("argo_workflows_pod_log")
def _(n, v, g): return "$ argo logs @latest -n ci\nnightly-etl-%s: time=\"2026-03-11T02:00:14Z\" level=info msg=\"starting\" %s=\"%s\"\n" % (gen("l5", g), n, v)
@c("dagger_call_trace_output")
def _(n, v, g): return "$ dagger call publish --source=. \n✔ container: Container! 0.4s\n✔ .withEnvVariable(name: \"%s\", value: \"%s\"): Container! 0.0s\n✔ .publish(address: \"ttl.sh/app\"): String! 12.1s\n" % (n, v)
# ---- IDE / tool state files
@c("jetbrains_workspace_xml_run_config")
def _(n, v, g): return "<component name=\"RunManager\">\n  <configuration name=\"api (dev)\" type=\"GoApplicationRunConfiguration\">\n    <envs>\n      <env name=\"%s\" value=\"%s\" />\n    </envs>\n  </configuration>\n</component>\n" % (n, v)
@c("eclipse_launch_configuration_xml")
def _(n, v, g): return "<launchConfiguration type=\"org.eclipse.jdt.launching.localJavaApplication\">\n<mapAttribute key=\"org.eclipse.debug.core.environmentVariables\">\n<mapEntry key=\"%s\" value=\"%s\"/>\n</mapAttribute>\n</launchConfiguration>\n" % (n, v)
@c("dotnet_launchsettings_json")
def _(n, v, g): return "{\n  \"profiles\": {\n    \"Api\": {\n      \"commandName\": \"Project\",\n      \"environmentVariables\": {\n        \"ASPNETCORE_ENVIRONMENT\": \"Development\",\n        \"%s\": \"%s\"\n      }\n    }\n  }\n}\n" % (n, v)
@c("dotnet_user_secrets_json")
def _(n, v, g): return "// %%APPDATA%%\\Microsoft\\UserSecrets\\%s\\secrets.json\n{\n  \"Integrations:%s\": \"%s\"\n}\n" % (gen("u", g), n, v)
@c("cursor_mcp_json_server_env")
def _(n, v, g): return "{\n  \"mcpServers\": {\n    \"internal-tools\": {\n      \"command\": \"npx\",\n      \"args\": [\"-y\", \"@acme/mcp-server\"],\n      \"env\": { \"%s\": \"%s\" }\n    }\n  }\n}\n" % (n, v)
@c("claude_desktop_config_json")
def _(n, v, g): return "{\n  \"mcpServers\": {\n    \"ops\": {\n      \"command\": \"uvx\",\n      \"args\": [\"ops-mcp\"],\n      \"env\": {\n        \"%s\": \"%s\"\n      }\n    }\n  }\n}\n" % (n, v)
@c("android_studio_local_properties")
def _(n, v, g): return "## This file must *NOT* be checked into Version Control Systems\nsdk.dir=/Users/dev/Library/Android/sdk\n%s=%s\n" % (n.lower().replace("_", "."), v)
@c("vim_viminfo_command_history")
def _(n, v, g): return "# Command Line History (newest to oldest):\n:!export %s=%s && ./run.sh\n|2,0,1741600000,,\"!export ...\"\n:wq\n" % (n, v)
# ---- chat / issue / ticket exports
@c("jira_issue_comment_export_json")
def _(n, v, g): return "{\"key\": \"OPS-%d\", \"fields\": {\"comment\": {\"comments\": [{\"author\": {\"displayName\": \"Priya N\"}, \"body\": \"staging is failing because the var was missing; I set %s=%s on the box for now\"}]}}}\n" % (g.randint(100, 9999), n, v)
@c("slack_export_channel_messages_json")
def _(n, v, g): return "[\n  {\"type\": \"message\", \"user\": \"U0%s\", \"ts\": \"1741601234.001900\", \"text\": \"here you go: `%s=%s` (don't paste it anywhere else pls)\"}\n]\n" % (gen("U8", g), n, v)
@c("teams_chat_export_html")
def _(n, v, g): return "<div class=\"message\"><span class=\"author\">Jonas Weber</span> <span class=\"time\">10:42</span><p>Can you try with this one? %s=%s</p></div>\n" % (n, v)
@c("discord_chat_exporter_csv")
def _(n, v, g): return "AuthorID,Author,Date,Content,Attachments,Reactions\n\"%s\",\"kai#0\",\"2026-02-03 21:14\",\"ok new %s is %s\",\"\",\"\"\n" % (gen("d18", g), n, v)
@c("rocketchat_room_export_json")
def _(n, v, g): return "{\"msg\": \"for the demo env: %s=%s\", \"u\": {\"username\": \"m.rossi\"}, \"rid\": \"GENERAL\", \"ts\": {\"$date\": \"2026-01-19T09:12:44.120Z\"}}\n" % (n, v)
@c("zendesk_ticket_comment_json")
def _(n, v, g): return "{\"ticket_id\": %d, \"comments\": [{\"public\": false, \"body\": \"Customer sent their config to reproduce: %s=%s\"}]}\n" % (g.randint(10000, 99999), n, v)
@c("servicenow_incident_work_notes")
def _(n, v, g): return "INC00%d  Work notes (Internal)\n2026-02-11 14:02:19 - Lars Eriksen\nRestarted integration service with %s=%s from the old runbook, monitoring.\n" % (g.randint(10000, 99999), n, v)
@c("freshdesk_ticket_conversation_json")
def _(n, v, g): return "{\"conversations\": [{\"private\": true, \"body_text\": \"Temp workaround applied on tenant: %s=%s\", \"user_id\": %d}]}\n" % (n, v, g.randint(10 ** 9, 10 ** 10))
@c("notion_page_markdown_export")
def _(n, v, g): return "# Onboarding – local setup\n\n1. Clone the repo\n2. Create `.env.local` with:\n\n```\n%s=%s\n```\n3. Run `make dev`\n" % (n, v)
@c("confluence_storage_format_xml")
def _(n, v, g): return "<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[%s=%s\n]]></ac:plain-text-body></ac:structured-macro>\n" % (n, v)
@c("bitbucket_pr_comment_api_json")
def _(n, v, g): return "{\"content\": {\"raw\": \"nit: why is `%s = \\\"%s\\\"` hardcoded in settings_local.py?\"}, \"inline\": {\"path\": \"app/settings_local.py\", \"to\": 12}}\n" % (n, v)
# ---- crash reports
@c("macos_ips_crash_report_env")
def _(n, v, g): return "{\"app_name\":\"SyncAgent\",\"timestamp\":\"2026-02-02 08:11:45.00 +0100\"}\n{\n  \"procPath\" : \"/Applications/SyncAgent.app/Contents/MacOS/SyncAgent\",\n  \"environment\" : [\"HOME=/Users/ana\", \"%s=%s\"],\n  \"exception\" : {\"type\":\"EXC_BAD_ACCESS\"}\n}\n" % (n, v)
@c("go_panic_goroutine_dump")
def _(n, v, g): return "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x7e41c2]\n\ngoroutine 1 [running]:\nmain.connect({0xc000012345, 0x4}, {\"%s\", \"%s\"})\n\t/src/cmd/worker/main.go:88 +0x1a2\n" % (n, v)
@c("django_debug_page_settings_dump")
def _(n, v, g): return "Settings\nUsing settings module config.settings.staging\nSetting\tValue\nDEBUG\tTrue\n%s\t'%s'\nSECRET_KEY\t'********************'\n" % (n, v)
@c("laravel_ignition_error_context")
def _(n, v, g): return "Illuminate\\Database\\QueryException\nSQLSTATE[HY000] [2002] Connection refused\n\nContext > Env\nAPP_ENV  local\n%s  %s\n" % (n, v)
@c("spring_boot_actuator_env_json")
def _(n, v, g): return "{\"activeProfiles\":[\"prod\"],\"propertySources\":[{\"name\":\"systemEnvironment\",\"properties\":{\"%s\":{\"value\":\"%s\",\"origin\":\"System Environment Property \\\"%s\\\"\"}}}]}\n" % (n, v, n)
@c("electron_crashpad_annotations")
def _(n, v, g): return "Crash annotations (crashpad):\n  prod = Electron\n  ver = 33.2.0\n  process_type = browser\n  extra.launch_env = %s=%s\n" % (n, v)
@c("firebase_crashlytics_custom_keys")
def _(n, v, g): return "Crashlytics – Keys (issue 7f3a…)\nKey\tValue\nbuild_flavor\tprodRelease\n%s\t%s\n" % (n, v)
# ---- notebook outputs
@c("colab_notebook_cell_output_json")
def _(n, v, g): return "{\"cell_type\": \"code\", \"source\": [\"%%env\"], \"outputs\": [{\"output_type\": \"stream\", \"name\": \"stdout\", \"text\": [\"%s=%s\\n\"]}]}\n" % (n, v)
@c("databricks_notebook_command_output")
def _(n, v, g): return "Cmd 3\n> print(dbutils.widgets.get(\"%s\"))\n%s\nCommand took 0.04 seconds -- by ana@acme.com at 3/11/2026, 9:02:11 AM on etl-cluster\n" % (n.lower(), v)
@c("zeppelin_paragraph_result_json")
def _(n, v, g): return "{\"paragraphs\": [{\"text\": \"%%sh\\nprintenv %s\", \"results\": {\"code\": \"SUCCESS\", \"msg\": [{\"type\": \"TEXT\", \"data\": \"%s\\n\"}]}}]}\n" % (n, v)
@c("rmarkdown_knit_console_output")
def _(n, v, g): return "processing file: report.Rmd\n  |.......................   | 80%% [setup]\n## [1] \"%s=%s\"\noutput file: report.knit.md\n" % (n, v)
@c("quarto_render_log_output")
def _(n, v, g): return "quarto render analysis.qmd\n[1/3] setup\n%s: %s\n[2/3] load-data\nOutput created: analysis.html\n" % (n, v)
# ---- shell / REPL histories of tools not seen before
@c("fish_history_yaml_cmd")
def _(n, v, g): return "- cmd: set -gx %s %s\n  when: %d\n- cmd: npm run deploy\n  when: %d\n" % (n, v, g.randint(1.7e9, 1.8e9), g.randint(1.7e9, 1.8e9))
@c("nushell_history_txt")
def _(n, v, g): return "ls | where size > 1mb\n$env.%s = '%s'\nhttp get https://api.internal/health\n" % (n, v)
@c("psreadline_consolehost_history")
def _(n, v, g): return "cd C:\\src\\billing\n$env:%s = \"%s\"\ndotnet run --project .\\Billing.Api\n" % (n, v)
@c("pgcli_history_file")
def _(n, v, g): return "\n# 2026-02-08 10:11:03.112\nselect count(*) from orders;\n\n# 2026-02-08 10:13:40.551\nupdate app_config set value = '%s' where key = '%s';\n" % (v, n.lower())
@c("duckdb_cli_history")
def _(n, v, g): return "INSTALL httpfs;\nLOAD httpfs;\nSET s3_region='eu-central-1';\nSET VARIABLE %s = '%s';\nSELECT count(*) FROM read_parquet('s3://lake/events/*.parquet');\n" % (n.lower(), v)
@c("irb_history_file")
def _(n, v, g): return "User.count\nENV[\"%s\"] = \"%s\"\nIntegrations::Sync.new.call\nexit\n" % (n, v)
@c("julia_repl_history_jl")
def _(n, v, g): return "# time: 2026-02-14 16:20:11 CET\n# mode: julia\n\tENV[\"%s\"] = \"%s\"\n# time: 2026-02-14 16:20:30 CET\n# mode: julia\n\tusing Pkg; Pkg.instantiate()\n" % (n, v)
@c("r_rhistory_file")
def _(n, v, g): return "library(dplyr)\nSys.setenv(%s = \"%s\")\ndf <- read.csv(\"exports/q1.csv\")\n" % (n, v)
# ---- IaC
@c("terragrunt_hcl_inputs_block")
def _(n, v, g): return "include \"root\" { path = find_in_parent_folders() }\n\ninputs = {\n  environment = \"prod\"\n  %s = \"%s\"\n}\n" % (n.lower(), v)
@c("crossplane_composition_patch_yaml")
def _(n, v, g): return "apiVersion: apiextensions.crossplane.io/v1\nkind: Composition\nspec:\n  resources:\n  - name: app\n    base:\n      spec:\n        forProvider:\n          environment:\n            variables:\n              %s: \"%s\"\n" % (n, v)
@c("arm_template_parameters_json")
def _(n, v, g): return "{\n  \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#\",\n  \"parameters\": {\n    \"%s\": { \"value\": \"%s\" }\n  }\n}\n" % (n.lower(), v)
@c("serverless_yml_provider_environment")
def _(n, v, g): return "service: notifier\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  environment:\n    %s: '%s'\nfunctions:\n  send: { handler: src/send.handler }\n" % (n, v)
@c("zappa_settings_json")
def _(n, v, g): return "{\n  \"production\": {\n    \"app_function\": \"app.app\",\n    \"aws_region\": \"eu-west-1\",\n    \"environment_variables\": {\"%s\": \"%s\"}\n  }\n}\n" % (n, v)
@c("chef_attributes_default_rb")
def _(n, v, g): return "default['app']['user'] = 'deploy'\ndefault['app']['env']['%s'] = '%s'\n" % (n, v)
@c("puppet_manifest_class_params")
def _(n, v, g): return "class { 'profile::worker':\n  ensure  => present,\n  env     => {\n    '%s' => '%s',\n  },\n}\n" % (n, v)
@c("kamal_deploy_yml_env_clear")
def _(n, v, g): return "service: shop\nimage: acme/shop\nenv:\n  clear:\n    %s: %s\n    RAILS_LOG_TO_STDOUT: 1\n" % (n, v)
# ---- mobile / desktop app configs
@c("flutter_dart_define_json")
def _(n, v, g): return "// config/prod.json  (flutter run --dart-define-from-file=config/prod.json)\n{\n  \"FLAVOR\": \"prod\",\n  \"%s\": \"%s\"\n}\n" % (n, v)
@c("tauri_conf_json_plugin_config")
def _(n, v, g): return "{\n  \"productName\": \"Notes\",\n  \"plugins\": {\n    \"updater\": { \"endpoints\": [\"https://releases.internal/{{target}}\"] },\n    \"sync\": { \"%s\": \"%s\" }\n  }\n}\n" % (n.lower(), v)
@c("android_shared_prefs_xml")
def _(n, v, g): return "<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n<map>\n    <string name=\"%s\">%s</string>\n    <boolean name=\"onboarding_done\" value=\"true\" />\n</map>\n" % (n.lower(), v)
@c("macos_defaults_read_output")
def _(n, v, g): return "$ defaults read com.acme.menubar\n{\n    LaunchAtLogin = 1;\n    %s = \"%s\";\n}\n" % (n, v)
@c("gnome_dconf_dump_section")
def _(n, v, g): return "$ dconf dump /org/acme/sync/\n[/]\nserver='https://sync.internal'\n%s='%s'\n" % (n.lower().replace("_", "-"), v)
# ---- package manager configs
@c("bunfig_toml_install_scopes")
def _(n, v, g): return "# bunfig.toml\n[install]\nexact = true\n\n[install.scopes]\n\"@acme\" = { url = \"https://npm.pkg.internal/\", token = \"%s\" }\n" % v
@c("cargo_credentials_toml")
def _(n, v, g): return "# ~/.cargo/credentials.toml\n[registries.acme-internal]\ntoken = \"Bearer %s\"\n" % v
@c("gem_credentials_yaml")
def _(n, v, g): return "$ cat ~/.gem/credentials\n---\nhttps://rubygems.pkg.internal/acme: Bearer %s\n" % v
@c("uv_toml_index_credentials_env")
def _(n, v, g): return "$ cat ~/.config/uv/uv.env\nUV_INDEX_ACME_USERNAME=__token__\nUV_INDEX_ACME_PASSWORD=%s\n" % v
# ---- database client configs
@c("tableplus_connection_export_json")
def _(n, v, g): return "[{\"ConnectionName\":\"prod-readonly\",\"Driver\":\"PostgreSQL\",\"DatabaseHost\":\"10.2.0.14\",\"DatabaseUser\":\"readonly\",\"DatabasePassword\":\"%s\",\"Note\":\"readonly replica\"}]\n" % v
@c("heidisql_settings_export_txt")
def _(n, v, g): return "Servers\\prod-mysql\\Host<|||>1<|||>10.4.1.20\nServers\\prod-mysql\\User<|||>1<|||>report\nServers\\prod-mysql\\Password<|||>1<|||>%s\nServers\\prod-mysql\\Port<|||>1<|||>3306\n" % v
@c("pgadmin_servers_json_passfile_inline")
def _(n, v, g): return "{\"Servers\": {\"1\": {\"Name\": \"analytics\", \"Host\": \"pg-analytics\", \"Port\": 5432, \"Username\": \"analyst\", \"Comment\": \"%s=%s\"}}}\n" % (n, v)
@c("azure_data_studio_settings_json")
def _(n, v, g): return "{\n  \"datasource.connections\": [\n    {\"options\": {\"server\": \"sql-prod.database.windows.net\", \"user\": \"etl\", \"password\": \"%s\"}, \"groupId\": \"C777F06B\"}\n  ]\n}\n" % v
# ---- browser devtools exports
@c("devtools_copy_as_fetch_nodejs")
def _(n, v, g): return "fetch(\"https://api.internal/v2/export?%s=%s\", {\n  \"headers\": { \"accept\": \"application/json\" },\n  \"method\": \"GET\"\n});\n" % (n.lower(), v)
@c("devtools_copy_as_powershell")
def _(n, v, g): return "$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession\nInvoke-WebRequest -UseBasicParsing -Uri \"https://admin.internal/api/settings\" `\n-Method POST -WebSession $session `\n-Body \"{`\"%s`\":`\"%s`\"}\"\n" % (n, v)
@c("devtools_localstorage_dump_json")
def _(n, v, g): return "// Application > Local Storage > https://console.internal\n{\"theme\":\"dark\",\"%s\":\"%s\",\"lastRoute\":\"/billing\"}\n" % (n.lower(), v)
@c("mitmproxy_flow_dump_text")
def _(n, v, g): return "POST https://api.internal/v1/jobs\n    content-type: application/json\n    x-config-%s: %s\n<< 201 Created 312b\n" % (n.lower().replace("_", "-"), v)
@c("wireshark_follow_http_stream")
def _(n, v, g): return "POST /config HTTP/1.1\r\nHost: 10.0.0.12:8080\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\n%s=%s&apply=1\r\n" % (n.lower(), v)


PKG = ("github_classic_pat", "github_fine_grained_pat", "gitlab_personal_access_token", "npm_access_token")
ONLY = {"bunfig_toml_install_scopes": PKG, "cargo_credentials_toml": PKG, "gem_credentials_yaml": PKG,
        "uv_toml_index_credentials_env": PKG, "tableplus_connection_export_json": ("database_password",),
        "heidisql_settings_export_txt": ("database_password",), "azure_data_studio_settings_json": ("database_password",)}


def build():
    rng = random.Random(SEED)
    names = sorted(C)
    recs = []
    kuse = {k[0]: 0 for k in KINDS}
    for ci, cname in enumerate(names):
        used_here = set()
        for rep in range(4 if ci < 240 - 3 * len(names) else 3):
            allowed = [k for k in KINDS if k[0] in ONLY.get(cname, [k[0]])]
            pool = sorted([k for k in allowed if k[0] not in used_here] or allowed, key=lambda k: (kuse[k[0]], k[0]))
            least = [k for k in pool if kuse[k[0]] == kuse[pool[0][0]]]
            kind = rng.choice(least)
            used_here.add(kind[0]); kuse[kind[0]] += 1
            v, env = frag(kind, rng)
            text, spans = render(C[cname](env, v, rng))
            recs.append(dict(container=cname, text=text, secrets=spans, source=SRC % "gen_everyday"))
    return recs
