"""Everyday part: common secrets in container kinds not used before (seed 20001)."""
import base64
import random

from common import (ALNUM, B64URL, HEX, b64, crc32_b62_token, filler, password,
                    render, rs)

SEED = 20001


def _sec(r, t):
    """Return (payload parts, env name) for an everyday secret type."""
    if t == "github_classic_pat":
        return [(crc32_b62_token(r, "ghp_"), t)], "GITHUB_TOKEN"
    if t == "npm_access_token":
        return [(crc32_b62_token(r, "npm_"), t)], "NPM_TOKEN"
    if t == "github_fine_grained_pat":
        return [("github_pat_11" + rs(r, 20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") + "_" + rs(r, 59), t)], "GH_PAT"
    if t == "gitlab_personal_access_token":
        return [("glpat-" + rs(r, 20, B64URL.replace("_", "")), t)], "GITLAB_TOKEN"
    if t == "openai_project_api_key":
        return [("sk-proj-" + rs(r, 74, B64URL) + "T3BlbkFJ" + rs(r, 74, B64URL), t)], "OPENAI_API_KEY"
    if t == "anthropic_api_key":
        return [("sk-ant-api03-" + rs(r, 93, B64URL) + "AA", t)], "ANTHROPIC_API_KEY"
    if t == "aws_secret_access_key":
        return [(rs(r, 40, ALNUM + "+/"), t)], "AWS_SECRET_ACCESS_KEY"
    if t == "slack_bot_token":
        return [("xoxb-%d-%d-%s" % (r.randint(10**10, 10**11), r.randint(10**12, 10**13), rs(r, 24)), t)], "SLACK_BOT_TOKEN"
    if t == "stripe_live_secret_key":
        return [("sk_live_51" + rs(r, 97), t)], "STRIPE_SECRET_KEY"
    if t == "stripe_restricted_key":
        return [("rk_live_51" + rs(r, 97), t)], "STRIPE_RESTRICTED_KEY"
    if t == "sendgrid_api_key":
        return [("SG." + rs(r, 22, B64URL) + "." + rs(r, 43, B64URL), t)], "SENDGRID_API_KEY"
    if t == "telegram_bot_token":
        return [("%d:AA%s" % (r.randint(10**9, 8 * 10**9), rs(r, 33, B64URL)), t)], "TELEGRAM_BOT_TOKEN"
    if t == "twilio_auth_token":
        return [(rs(r, 32, HEX), t)], "TWILIO_AUTH_TOKEN"
    if t == "datadog_api_key":
        return [(rs(r, 32, HEX), t)], "DD_API_KEY"
    if t == "google_gemini_api_key":
        return [("AIza" + rs(r, 35, B64URL), t)], "GEMINI_API_KEY"
    if t == "huggingface_access_token":
        return [("hf_" + rs(r, 34), t)], "HF_TOKEN"
    if t == "digitalocean_personal_access_token":
        return [("dop_v1_" + rs(r, 64, HEX), t)], "DIGITALOCEAN_TOKEN"
    if t == "dockerhub_personal_access_token":
        return [("dckr_pat_" + rs(r, 27, B64URL), t)], "DOCKERHUB_TOKEN"
    if t == "sentry_user_auth_token":
        return [("sntryu_" + rs(r, 64, HEX), t)], "SENTRY_AUTH_TOKEN"
    if t == "cloudflare_api_token":
        return [(rs(r, 40, B64URL), t)], "CLOUDFLARE_API_TOKEN"
    if t == "jwt_signing_secret":
        return [(rs(r, 64, HEX), t)], "JWT_SECRET"
    if t == "azure_storage_account_key":
        return [(b64(r, 64), t)], "AZURE_STORAGE_KEY"
    if t == "smtp_password":
        return [(password(r), t)], "SMTP_PASSWORD"
    if t in ("database_password", "package_registry_password", "message_broker_sasl_password"):
        return [(password(r), t)], "DB_PASSWORD"
    if t == "slack_incoming_webhook_url":
        return [("https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, 10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), rs(r, 10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), rs(r, 24)), t)], "SLACK_WEBHOOK_URL"
    user = r.choice(["app", "svc_api", "worker", "reporting", "etl"])
    pw = password(r)
    if t == "postgres_url_password":
        return ["postgres://%s:" % user, (pw, t), "@%s:5432/%s" % (r.choice(["pg-a.lan", "10.4.0.12", "pgbouncer.svc"]), r.choice(["orders", "core", "app"]))], "DATABASE_URL"
    if t == "mysql_url_password":
        return ["mysql://%s:" % user, (pw, t), "@%s:3306/%s" % (r.choice(["mysql-1.lan", "10.4.1.9"]), r.choice(["shop", "crm"]))], "MYSQL_URL"
    if t == "redis_url_password":
        return ["redis://default:", (pw, t), "@%s:6379/0" % r.choice(["redis-0.lan", "10.4.2.3"])], "REDIS_URL"
    if t == "amqp_url_password":
        return ["amqp://%s:" % user, (pw, t), "@%s:5672/%s" % (r.choice(["rabbit.lan", "10.4.3.8"]), r.choice(["jobs", "events"]))], "AMQP_URL"
    if t == "mongodb_srv_uri_password":
        return ["mongodb+srv://%s:" % user, (pw, t), "@%s.%s.mongodb.net/app" % (r.choice(["cluster0", "prod-eu"]), rs(r, 5, "abcdefghijklmnopqrstuvwxyz0123456789"))], "MONGODB_URI"
    raise KeyError(t)


TYPES = ["github_classic_pat", "npm_access_token", "github_fine_grained_pat",
         "gitlab_personal_access_token", "openai_project_api_key", "anthropic_api_key",
         "aws_secret_access_key", "slack_bot_token", "stripe_live_secret_key",
         "stripe_restricted_key", "sendgrid_api_key", "telegram_bot_token",
         "twilio_auth_token", "datadog_api_key", "google_gemini_api_key",
         "huggingface_access_token", "digitalocean_personal_access_token",
         "dockerhub_personal_access_token", "sentry_user_auth_token",
         "cloudflare_api_token", "jwt_signing_secret", "azure_storage_account_key",
         "smtp_password", "database_password", "slack_incoming_webhook_url",
         "postgres_url_password", "mysql_url_password", "redis_url_password",
         "amqp_url_password", "mongodb_srv_uri_password"]

# Container kinds: template text; {V} = secret payload, {N} = env-style name.
KINDS = {
    # --- CI/CD and cloud logs
    "jenkins_console_log_withenv": "Started by user {user}\n[Pipeline] withEnv\n[Pipeline] {\n[Pipeline] sh\n+ export {N}={V}\n+ ./gradlew publish --no-daemon\n> Task :publish UP-TO-DATE\nBUILD SUCCESSFUL in {n2}s\nFinished: SUCCESS\n",
    "azure_pipelines_task_env_log": "##[section]Starting: Deploy web app\nTask         : Bash\nVersion      : 3.236.1\n==============================================================================\nGenerating script.\n========================== Starting Command Output ===========================\n/usr/bin/bash /home/vsts/work/_temp/{hexid}.sh\n{N}={V}\n##[warning]Variable was not marked secret; value printed above\n##[section]Finishing: Deploy web app\n",
    "teamcity_build_log_parameters": "[{time}] : Step 2/3: Smoke test (Command Line)\n[{time}] :\t [Step 2/3] Starting: /opt/buildagent/temp/agentTmp/custom_script{n}\n[{time}] :\t [Step 2/3] env.{N} = {V}\n[{time}] :\t [Step 2/3] Process exited with code 0\n",
    "gocd_job_console_output": "[go] Job Started: {date} {time} UTC\n[go] Start to prepare api-server/{n}/build/1/unit on agent-{n2}\n[go] Setting environment variable '{N}' to value '{V}'\n[go] Task: ./ci/run-tests.sh\n[go] Current job status: passed\n",
    "concourse_task_stdout_log": "selected worker: worker-{n2}\ninitializing\nrunning ci/tasks/integration.sh\n+ echo using {N}={V}\nusing {N}={V}\n+ go test ./... -tags integration\nok  \tgithub.com/{org}/api/store\t{ms}.12s\nsucceeded\n",
    "spinnaker_pipeline_execution_json": "{{\n  \"application\": \"checkout\",\n  \"status\": \"SUCCEEDED\",\n  \"trigger\": {{\"type\": \"manual\", \"user\": \"{user}@{org}.io\"}},\n  \"stages\": [{{\"type\": \"runJobManifest\", \"context\": {{\"manifest\": {{\"spec\": {{\"template\": {{\"spec\": {{\"containers\": [{{\"name\": \"migrate\", \"env\": [{{\"name\": \"{N}\", \"value\": \"{V}\"}}]}}]}}}}}}}}}}}}]\n}}\n",
    "argocd_app_diff_output": "===== apps/Deployment {org}/worker ======\n{n2}c{n2}\n<         - name: {N}\n<           valueFrom:\n<             secretKeyRef: {{name: worker-env, key: token}}\n---\n>         - name: {N}\n>           value: {V}\n",
    "aws_cloudshell_session_transcript": "[cloudshell-user@ip-10-130-{n2}-{n2} ~]$ aws lambda update-function-configuration --function-name ingest --environment 'Variables={{{N}={V}}}'\n{{\n    \"FunctionName\": \"ingest\",\n    \"LastUpdateStatus\": \"InProgress\"\n}}\n[cloudshell-user@ip-10-130-{n2}-{n2} ~]$ exit\n",
    "gcp_cloud_logging_entry_json": "{{\n  \"insertId\": \"{hexid}\",\n  \"jsonPayload\": {{\"message\": \"boot config loaded\", \"env\": {{\"{N}\": \"{V}\", \"PORT\": \"8080\"}}}},\n  \"resource\": {{\"type\": \"cloud_run_revision\", \"labels\": {{\"service_name\": \"billing\"}}}},\n  \"severity\": \"DEBUG\",\n  \"timestamp\": \"{date}T{time}.{ms}Z\"\n}}\n",
    "azure_app_service_log_stream": "{date}T{time}  Welcome, you are now connected to log-streaming service.\n{date}T{time}  [INFO]  Starting gunicorn 21.2.0\n{date}T{time}  [DEBUG] settings: {N}={V}\n{date}T{time}  [INFO]  Listening at: http://0.0.0.0:8000 ({pid})\n",
    "heroku_logs_tail_output": "{date}T{time}+00:00 app[web.1]: Booting worker with pid: {pid}\n{date}T{time}+00:00 app[web.1]: DEBUG config dump {N}={V}\n{date}T{time}+00:00 heroku[router]: at=info method=GET path=\"/health\" status=200 bytes=2 service={ms}ms\n",
    "vercel_build_log_output": "{time}.{ms} Running build in Washington, D.C., USA (East) – iad1\n{time}.{ms} Cloning github.com/{org}/web (Branch: main, Commit: {hexid})\n{time}.{ms} > next build\n{time}.{ms} [env-check] {N}={V}\n{time}.{ms} Build Completed in /vercel/output [{n2}s]\n",
    "netlify_deploy_log_output": "{time} PM: Netlify Build\n{time} PM: ────────────────────────────────────────────────────────────────\n{time} PM: $ npm run build\n{time} PM: > site@1.0.0 build\n{time} PM: > node scripts/check-env.js && astro build\n{time} PM: env ok: {N}={V}\n{time} PM: Site is live ✨\n",
    # --- IDE / tool state
    "zed_settings_json_lsp_env": "// Zed settings\n{{\n  \"theme\": \"One Dark\",\n  \"lsp\": {{\n    \"rust-analyzer\": {{\n      \"binary\": {{\"env\": {{\"{N}\": \"{V}\"}}}}\n    }}\n  }}\n}}\n",
    "helix_languages_toml_env": "[[language]]\nname = \"python\"\nlanguage-servers = [\"pyright\"]\n\n[language-server.pyright]\ncommand = \"pyright-langserver\"\nargs = [\"--stdio\"]\nenvironment = {{ {N} = \"{V}\" }}\n",
    "devcontainer_json_container_env": "{{\n  \"name\": \"api-dev\",\n  \"image\": \"mcr.microsoft.com/devcontainers/python:3.12\",\n  \"containerEnv\": {{\n    \"{N}\": \"{V}\"\n  }},\n  \"postCreateCommand\": \"pip install -r requirements.txt\"\n}}\n",
    "lazygit_config_custom_command": "customCommands:\n  - key: 'P'\n    context: 'global'\n    command: '{N}={V} ./scripts/publish.sh'\n    description: 'publish release'\n",
    "k9s_plugins_yaml_env": "plugins:\n  tail-api:\n    shortCut: Shift-T\n    scopes: [pods]\n    command: bash\n    args:\n      - -c\n      - \"{N}={V} stern -n $NAMESPACE $NAME\"\n",
    "tmux_resurrect_save_file": "pane\t0\t1\t:zsh\t1\t:/home/{user}/src/api\t1\tzsh\t:export {N}={V}\npane\t0\t2\t:vim\t0\t:/home/{user}/src/api\t0\tvim\t:vim main.go\nwindow\t0\t1\t:api\t1\t:*\t{hexid},200x50,0,0\n",
    "idea_run_configuration_xml": "<component name=\"ProjectRunConfigurationManager\">\n  <configuration name=\"Worker\" type=\"Application\" factoryName=\"Application\">\n    <envs>\n      <env name=\"{N}\" value=\"{V}\" />\n    </envs>\n    <option name=\"MAIN_CLASS_NAME\" value=\"io.{org}.Worker\" />\n  </configuration>\n</component>\n",
    # --- shell / REPL histories
    "sqlite3_cli_history_file": ".tables\nselect * from settings limit 5;\nupdate settings set value='{V}' where key='{N}';\n.quit\n",
    "clickhouse_client_history_file": "### {date} {time}.{ms}\nSHOW TABLES\n### {date} {time}.{ms}\nINSERT INTO app.config (k, v) VALUES ('{N}', '{V}')\n### {date} {time}.{ms}\nSELECT count() FROM events\n",
    "ghci_history_file": ":set -XOverloadedStrings\nimport System.Environment\nsetEnv \"{N}\" \"{V}\"\n:load src/Client.hs\nmain\n",
    "iex_shell_history_file": "System.put_env(\"{N}\", \"{V}\")\nApp.Sync.run()\n:observer.start()\n",
    "pry_history_file": "ENV['{N}'] = '{V}'\nSyncJob.perform_now\nexit\n",
    "deno_repl_history_file": "Deno.env.set(\"{N}\", \"{V}\")\nawait import(\"./sync.ts\")\nclose()\n",
    "scala_ammonite_history": "import $ivy.`com.softwaremill.sttp.client3::core:3.9.0`\nval token = \"{V}\" // {N}\nrequests.get(\"https://internal.{org}.io/api/health\")\n",
    # --- chat / issue / forum exports
    "mattermost_bulk_export_jsonl": "{{\"type\":\"version\",\"version\":1}}\n{{\"type\":\"post\",\"post\":{{\"team\":\"eng\",\"channel\":\"deploys\",\"user\":\"{user}\",\"message\":\"temporary until vault is back: {N}={V}\",\"create_at\":{n}000000}}}}\n",
    "zulip_export_messages_json": "{{\n  \"zerver_message\": [\n    {{\"id\": {n}, \"sender\": {n2}, \"subject\": \"staging creds\", \"content\": \"here you go `{N}={V}` - rotate after the demo\", \"date_sent\": {n}.0}}\n  ]\n}}\n",
    "element_matrix_room_export_txt": "[{date} {time}] {user}: can someone paste the staging value?\n[{date} {time}] {user2}: {N}={V}\n[{date} {time}] {user}: thx, works\n",
    "gitea_issue_comment_api_json": "{{\n  \"id\": {n},\n  \"html_url\": \"https://git.{org}.io/ops/infra/issues/{n2}#issuecomment-{n}\",\n  \"user\": {{\"login\": \"{user}\"}},\n  \"body\": \"Reproduced with\\n\\n```\\n{N}={V} make e2e\\n```\"\n}}\n",
    "redmine_issue_journal_xml": "<journal id=\"{n}\">\n  <user id=\"{n2}\" name=\"{user}\"/>\n  <notes>Fixed the cron job. It now runs with {N}={V} in /etc/default/sync.</notes>\n  <created_on>{date}T{time}Z</created_on>\n</journal>\n",
    "bugzilla_comment_text": "--- Comment #{n2} from {user}@{org}.org {date} {time} UTC ---\nSteps to reproduce:\n1. export {N}={V}\n2. run ./bin/sync --dry-run\nActual: 401 from upstream.\n",
    "reddit_comment_json_export": "{{\"kind\": \"t1\", \"data\": {{\"subreddit\": \"selfhosted\", \"author\": \"{user}_{n2}\", \"body\": \"my compose looks like this, still failing:\\n\\n    environment:\\n      - {N}={V}\", \"created_utc\": {n}}}}}\n",
    "basecamp_campfire_transcript": "{user} ({time}): deploying now\n{user2} ({time}): wait, prod needs the new key: {N}={V}\n{user} ({time}): added, thanks\n",
    "asana_task_story_json": "{{\"gid\": \"{n}{n}\", \"resource_type\": \"story\", \"type\": \"comment\", \"created_by\": {{\"name\": \"{user}\"}}, \"text\": \"Set {N} to {V} in the scheduler and closed the alert.\"}}\n",
    "clickup_task_comment_export": "Task: Fix nightly import\nComment by {user} on {date}:\nThe importer was missing its credential. I put {N}={V} into the runner env, re-ran, green now.\n",
    # --- crash reports / core dump notes
    "windows_wer_report_file": "Version=1\nEventType=APPCRASH\nEventTime={n}{n}{n}\nSig[0].Name=Application Name\nSig[0].Value=syncsvc.exe\nDynamicSig[1].Name=OS Version\nDynamicSig[1].Value=10.0.22631.2.0.0.256.48\nUI[2]=C:\\Program Files\\Sync\\syncsvc.exe\nEnvironment[3]={N}={V}\n",
    "coredumpctl_info_output": "           PID: {pid} (api-server)\n           UID: 1001 (svc)\n        Signal: 11 (SEGV)\n       Command Line: /usr/local/bin/api-server --config /etc/api.toml\n   Environment: {N}={V}\n       Storage: /var/lib/systemd/coredump/core.api-server.1001.{hexid}.zst (present)\n",
    "rust_panic_backtrace_env_dump": "thread 'main' panicked at src/upstream.rs:{n2}:9:\nupstream returned 401\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n[debug] process env at panic: {N}={V} RUST_LOG=info\n",
    "dotnet_unhandled_exception_log": "Unhandled exception. System.Net.Http.HttpRequestException: Response status code does not indicate success: 403 (Forbidden).\n   at Sync.Client.PushAsync() in /src/Client.cs:line {n2}\n[diag] Configuration[\"{N}\"] = \"{V}\"\n",
    "php_fpm_error_log_dump": "[{date} {time}] WARNING: [pool www] child {pid} said into stderr: \"PHP Fatal error:  Uncaught Exception: upstream 401 in /var/www/app/Client.php:{n2}\"\n[{date} {time}] WARNING: [pool www] child {pid} said into stderr: \"env {N}={V}\"\n",
    "sentry_python_frame_vars_json": "{{\"exception\": {{\"values\": [{{\"type\": \"PermissionError\", \"stacktrace\": {{\"frames\": [{{\"function\": \"connect\", \"filename\": \"app/client.py\", \"vars\": {{\"{N}\": \"'{V}'\", \"retries\": \"3\"}}}}]}}}}]}}}}\n",
    # --- notebooks
    "marimo_notebook_cell_output": "@app.cell\ndef _(os):\n    os.environ[\"{N}\"] = \"{V}\"\n    return\n\n# output: ''\n",
    "kaggle_kernel_output_log": "[{{\"stream_name\":\"stdout\",\"time\":{ms}.1,\"data\":\"Loading secrets...\\n\"}},{{\"stream_name\":\"stdout\",\"time\":{ms}.4,\"data\":\"{N}={V}\\n\"}}]\n",
    "observable_notebook_cell": "token = \"{V}\" // {N}, move to Secrets before publishing\n\ndata = fetch(\"https://api.{org}.io/v1/export\", {{headers: {{\"x-token\": token}}}}).then(r => r.json())\n",
    "sagemaker_studio_cell_output": "In [{n2}]: %env {N}={V}\nenv: {N}={V}\nIn [{n2}]: !python train.py --epochs 3\n",
    # --- IaC
    "opentofu_apply_log_output": "aws_ssm_parameter.app: Modifying... [id=/app/{N}]\n  ~ value = (sensitive value)\n  # debug: value = \"{V}\"\naws_ssm_parameter.app: Modifications complete after 1s\nApply complete! Resources: 0 added, 1 changed, 0 destroyed.\n",
    "cloudformation_describe_stacks_params": "{{\n  \"Stacks\": [{{\n    \"StackName\": \"api-prod\",\n    \"Parameters\": [\n      {{\"ParameterKey\": \"{N}\", \"ParameterValue\": \"{V}\"}},\n      {{\"ParameterKey\": \"Stage\", \"ParameterValue\": \"prod\"}}\n    ]\n  }}]\n}}\n",
    "aws_copilot_manifest_variables": "name: api\ntype: Load Balanced Web Service\nimage:\n  build: Dockerfile\n  port: 8080\nvariables:\n  LOG_LEVEL: info\n  {N}: {V}\n",
    "nomad_job_hcl_env_block": "job \"worker\" {{\n  group \"w\" {{\n    task \"sync\" {{\n      driver = \"docker\"\n      env {{\n        {N} = \"{V}\"\n      }}\n    }}\n  }}\n}}\n",
    "docker_swarm_stack_yml_env": "version: \"3.8\"\nservices:\n  api:\n    image: registry.{org}.io/api:{n2}\n    deploy:\n      replicas: 2\n    environment:\n      {N}: \"{V}\"\n",
    "helm_get_values_all_output": "USER-SUPPLIED VALUES:\nnull\nCOMPUTED VALUES:\nenv:\n  {N}: {V}\nimage:\n  tag: v1.{n2}.0\nreplicaCount: 2\n",
    "kustomize_secret_generator_literals": "secretGenerator:\n- name: api-env\n  literals:\n  - {N}={V}\n  - LOG_LEVEL=info\n",
    # --- mobile / desktop / embedded
    "react_native_config_dotenv": "# .env.production (react-native-config)\nAPI_URL=https://api.{org}.io\n{N}={V}\n",
    "electron_builder_yml_env": "appId: io.{org}.desktop\npublish:\n  provider: generic\n  url: https://updates.{org}.io\n# CI reads this before electron-builder runs\nenv:\n  {N}: {V}\n",
    "platformio_ini_build_flags": "[env:esp32dev]\nplatform = espressif32\nboard = esp32dev\nframework = arduino\nbuild_flags =\n  -D{N}=\\\"{V}\\\"\n  -DCORE_DEBUG_LEVEL=3\n",
    "arduino_secrets_h_defines": "// arduino_secrets.h\n#define SECRET_SSID \"lab-iot\"\n#define SECRET_{N} \"{V}\"\n",
    # --- package manager configs (tokens / passwords)
    "sbt_credentials_file": "realm=Sonatype Nexus Repository Manager\nhost=nexus.{org}.io\nuser=ci-publisher\npassword={V}\n",
    "pub_tokens_json": "{{\n  \"version\": 1,\n  \"hosted\": [\n    {{\"url\": \"https://dart.{org}.io\", \"token\": \"{V}\"}}\n  ]\n}}\n",
    "condarc_channel_token": "channels:\n  - https://conda.{org}.io/t/{V}/internal\n  - conda-forge\nchannel_priority: strict\n",
    "nuget_config_source_credentials": "<configuration>\n  <packageSourceCredentials>\n    <internal>\n      <add key=\"Username\" value=\"ci\" />\n      <add key=\"ClearTextPassword\" value=\"{V}\" />\n    </internal>\n  </packageSourceCredentials>\n</configuration>\n",
    # --- database / queue clients
    "datagrip_datasources_xml": "<data-source source=\"LOCAL\" name=\"prod-replica\" uuid=\"{uuid}\">\n  <driver-ref>postgresql</driver-ref>\n  <jdbc-url>jdbc:postgresql://{host}:5432/app</jdbc-url>\n  <user-name>readonly</user-name>\n  <!-- exported with 'store password in plain text' -->\n  <password>{V}</password>\n</data-source>\n",
    "mongodb_compass_connections_export": "{{\"type\":\"Compass Connections\",\"version\":{{\"$numberInt\":\"1\"}},\"connections\":[{{\"id\":\"{uuid}\",\"connectionOptions\":{{\"connectionString\":\"mongodb://admin:{V}@{host}:27017/?authSource=admin\"}},\"favorite\":{{\"name\":\"ops\"}}}}]}}\n",
    "redisinsight_database_export_json": "[{{\"host\": \"{host}\", \"port\": 6379, \"name\": \"sessions\", \"username\": \"default\", \"password\": \"{V}\", \"tls\": false}}]\n",
    "kcat_config_file": "# ~/.config/kcat.conf\nbootstrap.servers={host}:9093\nsecurity.protocol=SASL_SSL\nsasl.mechanisms=PLAIN\nsasl.username=svc-ingest\nsasl.password={V}\n",
    # --- browser / API-client exports
    "bruno_collection_env_bru": "vars {{\n  baseUrl: https://api.{org}.io\n  {N}: {V}\n}}\n",
    "hoppscotch_environment_export_json": "[{{\"name\": \"staging\", \"variables\": [{{\"key\": \"baseUrl\", \"value\": \"https://staging.{org}.io\"}}, {{\"key\": \"{N}\", \"value\": \"{V}\"}}]}}]\n",
    "chrome_net_export_json": "{{\"params\": {{\"headers\": [\":method: POST\", \":path: /v1/sync\", \"x-config-{N}: {V}\", \"content-type: application/json\"]}}, \"phase\": 0, \"source\": {{\"id\": {n}, \"type\": 1}}, \"time\": \"{n}{n}\", \"type\": 169}}\n",
}

# kinds that carry only passwords (no NAME=) or registry tokens
PW_ONLY = {"sbt_credentials_file": "package_registry_password",
           "nuget_config_source_credentials": "package_registry_password",
           "datagrip_datasources_xml": "database_password",
           "mongodb_compass_connections_export": "database_password",
           "redisinsight_database_export_json": "database_password",
           "kcat_config_file": "message_broker_sasl_password"}
TOKEN_ONLY = {"pub_tokens_json": ["github_classic_pat", "npm_access_token", "gitlab_personal_access_token", "huggingface_access_token"],
              "condarc_channel_token": ["huggingface_access_token", "gitlab_personal_access_token", "npm_access_token", "github_classic_pat"]}
# JSON / XML-valued containers: only values without characters that would need escaping are used (all generators comply)


def generate():
    r = random.Random(SEED)
    recs = []
    use = {t: 0 for t in TYPES}
    kinds = sorted(KINDS)
    base, extra = divmod(240, len(kinds))
    for ki, kind in enumerate(kinds):
        tpl = KINDS[kind]
        for i in range(base + (1 if ki < extra else 0)):
            if kind in PW_ONLY:
                t = PW_ONLY[kind]
            elif kind in TOKEN_ONLY:
                t = TOKEN_ONLY[kind][i]
            else:
                cands = sorted(TYPES, key=lambda x: (use[x], r.random()))
                t = cands[0]
            use[t] = use.get(t, 0) + 1
            payload, name = _sec(r, t)
            f = filler(r)
            f["N"] = name
            parts = render(tpl, f, {"V": payload})
            recs.append({"part": "everyday", "container": kind, "parts": parts,
                         "source": "synthetic everyday: %s in %s" % (t, kind)})
    return recs
