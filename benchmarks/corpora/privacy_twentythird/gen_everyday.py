"""Everyday part: common secret types in 60 new container kinds (4 records each)."""
import random
from common import (alnum, hexs, digits, pick, password, crc_token, b64, assemble, fill, fillers,
                    ALNUM, B64U, B64C, UPPER_ALNUM)

SEED = 23001


def _url(scheme, user, pw_type, host_tail):
    def g(rng):
        pw = password(rng)
        u = user if user else rng.choice(["app", "svc_api", "worker", "reporting", "etl"])
        return [f"{scheme}{u}:", (pw, pw_type), f"@{host_tail(rng)}"]
    return g


def _simple(fn, t):
    return lambda rng: [(fn(rng), t)]


TYPES = {
    "aws_secret_access_key": ("AWS_SECRET_ACCESS_KEY", lambda r: pick(r, B64C, 40)),
    "github_classic_pat": ("GITHUB_TOKEN", lambda r: crc_token(r, "ghp_")),
    "github_fine_grained_pat": ("GH_PAT", lambda r: "github_pat_11" + pick(r, UPPER_ALNUM, 20) + "_" + alnum(r, 59)),
    "gitlab_personal_access_token": ("GITLAB_TOKEN", lambda r: "glpat-" + pick(r, ALNUM + "-_", 20)),
    "npm_access_token": ("NPM_TOKEN", lambda r: crc_token(r, "npm_")),
    "slack_bot_token": ("SLACK_BOT_TOKEN", lambda r: f"xoxb-{digits(r, 12)}-{digits(r, 13)}-{alnum(r, 24)}"),
    "slack_incoming_webhook_url": ("SLACK_WEBHOOK_URL", lambda r: "https://hooks.slack.com/services/T" + pick(r, UPPER_ALNUM, 10) + "/B" + pick(r, UPPER_ALNUM, 10) + "/" + alnum(r, 24)),
    "stripe_live_secret_key": ("STRIPE_SECRET_KEY", lambda r: "sk_live_51" + alnum(r, 97)),
    "stripe_restricted_key": ("STRIPE_RESTRICTED_KEY", lambda r: "rk_live_51" + alnum(r, 97)),
    "openai_project_api_key": ("OPENAI_API_KEY", lambda r: "sk-proj-" + pick(r, ALNUM + "-_", 74) + "T3BlbkFJ" + pick(r, ALNUM + "-_", 74)),
    "anthropic_api_key": ("ANTHROPIC_API_KEY", lambda r: "sk-ant-api03-" + pick(r, ALNUM + "-_", 93) + "AA"),
    "google_gemini_api_key": ("GEMINI_API_KEY", lambda r: "AIza" + pick(r, ALNUM + "-_", 35)),
    "huggingface_access_token": ("HF_TOKEN", lambda r: "hf_" + alnum(r, 34)),
    "sendgrid_api_key": ("SENDGRID_API_KEY", lambda r: "SG." + pick(r, B64U, 22) + "." + pick(r, B64U, 43)),
    "twilio_auth_token": ("TWILIO_AUTH_TOKEN", lambda r: hexs(r, 32)),
    "telegram_bot_token": ("TELEGRAM_BOT_TOKEN", lambda r: digits(r, 10) + ":AA" + pick(r, ALNUM + "-_", 33)),
    "datadog_api_key": ("DD_API_KEY", lambda r: hexs(r, 32)),
    "digitalocean_personal_access_token": ("DIGITALOCEAN_TOKEN", lambda r: "dop_v1_" + hexs(r, 64)),
    "dockerhub_personal_access_token": ("DOCKERHUB_TOKEN", lambda r: "dckr_pat_" + pick(r, ALNUM + "-_", 27)),
    "sentry_user_auth_token": ("SENTRY_AUTH_TOKEN", lambda r: "sntryu_" + hexs(r, 64)),
    "cloudflare_api_token": ("CLOUDFLARE_API_TOKEN", lambda r: pick(r, ALNUM + "-_", 40)),
    "jwt_signing_secret": ("JWT_SECRET", lambda r: hexs(r, 64) if r.random() < 0.5 else b64(r, 48, url=True, pad=False)),
    "smtp_password": ("SMTP_PASSWORD", lambda r: password(r)),
    "database_password": ("DB_PASSWORD", lambda r: password(r)),
    "azure_storage_account_key": ("AZURE_STORAGE_KEY", lambda r: b64(r, 64)),
}
URLS = {
    "postgres_url_password": ("DATABASE_URL", _url("postgres://", None, "postgres_url_password", lambda r: r.choice(["pg-main.internal", "db.ledger.lan", "10.4.0.12"]) + ":5432/" + r.choice(["app", "orders", "billing"]))),
    "mysql_url_password": ("MYSQL_URL", _url("mysql://", None, "mysql_url_password", lambda r: r.choice(["mysql-a.lan", "db3.shop.lan", "10.4.1.7"]) + ":3306/" + r.choice(["shop", "cms", "crm"]))),
    "redis_url_password": ("REDIS_URL", _url("redis://", "default", "redis_url_password", lambda r: r.choice(["cache.lan", "redis-2.svc", "10.4.2.9"]) + ":6379/" + str(r.randrange(4)))),
    "amqp_url_password": ("AMQP_URL", _url("amqp://", None, "amqp_url_password", lambda r: r.choice(["mq.lan", "rabbit-1.svc", "10.4.3.3"]) + ":5672/" + r.choice(["jobs", "events", "%2F"]))),
    "mongodb_srv_uri_password": ("MONGODB_URI", _url("mongodb+srv://", None, "mongodb_srv_uri_password", lambda r: "cluster0." + pick(r, "abcdefghijklmnopqrstuvwxyz0123456789", 5) + ".mongodb.net/" + r.choice(["app", "users", "events"]) + "?retryWrites=true")),
}

C = [
 ("semaphore_ci_job_log", "Starting job '{PROJ}-deploy' on e1-standard-2\n$ export {NAME}={VAL}\n$ make release\nJob finished in 2m14s"),
 ("teamcity_build_log_txt", "[{TIME}:01] : Step 2/4: Publish (Command Line)\n[{TIME}:01] :  Starting: /bin/sh -c \"{NAME}={VAL} ./publish.sh\"\n[{TIME}:09] : Process exited with code 0"),
 ("concourse_task_stdout", "selected worker: worker-{HEX8}\ninitializing\nrunning sh -exc env\n+ env\nHOME=/root\n{NAME}={VAL}\nPATH=/usr/local/bin:/usr/bin\nsucceeded"),
 ("azure_devops_agent_log", "2024-05-09T10:11:12.0000000Z ##[section]Starting: Run script\n2024-05-09T10:11:13.0000000Z + echo \"{NAME}={VAL}\"\n2024-05-09T10:11:13.0000000Z {NAME}={VAL2}\n2024-05-09T10:11:14.0000000Z ##[section]Finishing: Run script"),
 ("argo_workflows_step_log", "{PROJ}-wf-{HEX8}-main: time=\"{TS}\" level=info msg=\"env dump\"\n{PROJ}-wf-{HEX8}-main: {NAME}={VAL}\n{PROJ}-wf-{HEX8}-main: time=\"{TS}\" level=info msg=\"sub-process exited\""),
 ("dagger_call_output_log", "✔ connect 0.3s\n✔ container.withEnvVariable(name: \"{NAME}\", value: \"{VAL}\") 0.0s\n✔ .withExec([\"./build.sh\"]) 41.2s"),
 ("jenkins_console_text_dump", "Started by user {USER}\nRunning on agent-{N} in /var/jenkins/workspace/{PROJ}\n[Pipeline] sh\n+ {NAME}={VAL} ./gradlew publish\nBUILD SUCCESSFUL in 1m 3s\nFinished: SUCCESS"),
 ("gitlab_ci_job_trace_raw", "\u001b[0KRunning with gitlab-runner 16.{N}.0\n\u001b[32;1m$ printenv | sort\u001b[0;m\nCI_PROJECT_NAME={PROJ}\n{NAME}={VAL}\n\u001b[32;1mJob succeeded\u001b[0;m"),
 ("spinnaker_bake_stage_output", "Stage: Bake (Manifest)\nstatus: SUCCEEDED\noverrides:\n  {NAME}: {VAL}\n  replicas: '3'\ncontext.user: {EMAIL}"),
 ("heroku_app_json_env", "{\n  \"name\": \"{PROJ}\",\n  \"env\": {\n    \"{NAME}\": {\n      \"value\": \"{VAL}\"\n    },\n    \"WEB_CONCURRENCY\": {\"value\": \"2\"}\n  }\n}"),
 ("render_blueprint_yaml_envvars", "services:\n  - type: web\n    name: {PROJ}-api\n    envVars:\n      - key: {NAME}\n        value: {VAL}\n      - key: NODE_ENV\n        value: production"),
 ("fly_toml_env_section", "app = \"{PROJ}-{N}\"\nprimary_region = \"ams\"\n\n[env]\n  LOG_LEVEL = \"info\"\n  {NAME} = \"{VAL}\"\n\n[http_service]\n  internal_port = 8080"),
 ("vercel_project_json_env", "{\n  \"framework\": \"nextjs\",\n  \"env\": {\n    \"{NAME}\": \"{VAL}\"\n  },\n  \"regions\": [\"fra1\"]\n}"),
 ("netlify_toml_build_environment", "[build]\n  command = \"npm run build\"\n  publish = \"dist\"\n\n[build.environment]\n  NODE_VERSION = \"20\"\n  {NAME} = \"{VAL}\""),
 ("apprunner_yaml_runtime_env", "version: 1.0\nruntime: python3\nrun:\n  command: gunicorn app:app\n  env:\n    - name: {NAME}\n      value: \"{VAL}\""),
 ("cloudformation_parameters_json", "[\n  {\"ParameterKey\": \"Environment\", \"ParameterValue\": \"prod\"},\n  {\"ParameterKey\": \"{NAME}\", \"ParameterValue\": \"{VAL}\"}\n]"),
 ("arm_template_parameters_json", "{\n  \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#\",\n  \"parameters\": {\n    \"{NAME}\": { \"value\": \"{VAL}\" }\n  }\n}"),
 ("nomad_job_hcl_template_env", "job \"{PROJ}\" {\n  group \"api\" {\n    task \"server\" {\n      env {\n        {NAME} = \"{VAL}\"\n      }\n    }\n  }\n}"),
 ("docker_stack_deploy_yml", "version: \"3.8\"\nservices:\n  api:\n    image: registry.lan/{PROJ}:1.{N}\n    environment:\n      - {NAME}={VAL}\n    deploy:\n      replicas: 2"),
 ("kustomize_secret_generator_literals", "secretGenerator:\n- name: {PROJ}-env\n  literals:\n  - {NAME}={VAL}\n  - LOG_LEVEL=debug"),
 ("supervisord_program_environment", "[program:{PROJ}]\ncommand=/opt/{PROJ}/bin/server\nenvironment={NAME}=\"{VAL}\",PORT=\"8080\"\nautorestart=true"),
 ("openrc_conf_d_file", "# /etc/conf.d/{PROJ}\ncommand_user=\"{USER}\"\nexport {NAME}=\"{VAL}\"\noutput_log=\"/var/log/{PROJ}.log\""),
 ("freebsd_rc_conf_line", "{PROJ}_enable=\"YES\"\n{PROJ}_env=\"{NAME}={VAL}\"\n{PROJ}_user=\"{USER}\""),
 ("terraform_tfstate_outputs_json", "{\n  \"version\": 4,\n  \"serial\": {N},\n  \"outputs\": {\n    \"{NAME}\": {\n      \"value\": \"{VAL}\",\n      \"type\": \"string\",\n      \"sensitive\": true\n    }\n  }\n}"),
 ("pulumi_yaml_program_config", "name: {PROJ}\nruntime: yaml\nvariables:\n  {NAME}: {VAL}\nresources:\n  bucket:\n    type: aws:s3:BucketV2"),
 ("cdktf_main_ts_const", "import { App, TerraformStack } from \"cdktf\";\n\nconst {NAME} = \"{VAL}\";\n\nclass Stack extends TerraformStack {}"),
 ("jsonnet_local_binding", "local env = {\n  {NAME}: '{VAL}',\n  region: 'eu-central-1',\n};\n{ env: env }"),
 ("cue_config_field", "package {PROJ}\n\nconfig: {\n\t{NAME}: \"{VAL}\"\n\treplicas: 2\n}"),
 ("dhall_record_field", "let Config = { {NAME} : Text, port : Natural }\nin  { {NAME} = \"{VAL}\", port = 8080 } : Config"),
 ("tcsh_history_file", "#+{EPOCH}\nsetenv {NAME} {VAL}\n#+{EPOCH}\n./bin/{PROJ} --serve"),
 ("ksh_sh_history_file", "cd /opt/{PROJ}\nexport {NAME}='{VAL}'\n./run.ksh start\nexit"),
 ("sqlite3_cli_history", ".tables\nINSERT INTO settings(key, value) VALUES('{NAME}', '{VAL}');\n.quit"),
 ("mysql_client_history", "use {PROJ};\nUPDATE app_config SET v='{VAL}' WHERE k='{NAME}';\nselect * from app_config;"),
 ("python_repl_history_file", "import os\nos.environ['{NAME}'] = '{VAL}'\nfrom {PROJ} import client\nclient.ping()"),
 ("pry_history_file", "ENV['{NAME}'] = '{VAL}'\nUser.count\nexit"),
 ("gdb_history_set_environment", "set environment {NAME}={VAL}\nbreak main\nrun --config /etc/{PROJ}.conf\nbt"),
 ("powershell_start_transcript_log", "**********************\nWindows PowerShell transcript start\nUsername: CORP\\{USER}\n**********************\nPS C:\\src\\{PROJ}> $env:{NAME} = \"{VAL}\"\nPS C:\\src\\{PROJ}> npm start"),
 ("standard_notes_backup_json", "{\"items\": [{\"uuid\": \"{UUID}\", \"content_type\": \"Note\", \"content\": {\"title\": \"{PROJ} creds\", \"text\": \"{NAME} {VAL}\"}}]}"),
 ("zettlr_markdown_note", "---\ntitle: {PROJ} setup\nkeywords: [ops]\n---\n\nRemember the {NAME}: {VAL}\n\nSee also [[{PROJ}-runbook]]"),
 ("dendron_vault_note_md", "---\nid: {HEX12}\ntitle: Deploy\n---\n\n## Secrets\n\n- `{NAME}` = {VAL}"),
 ("roam_research_export_json", "[{\"title\": \"{DATE}\", \"children\": [{\"string\": \"{NAME} for {PROJ} -> {VAL}\", \"uid\": \"{HEX8}\"}]}]"),
 ("typora_markdown_document", "# {PROJ} onboarding\n\n| key | value |\n|---|---|\n| {NAME} | {VAL} |\n| region | eu-west-1 |"),
 ("element_room_export_txt", "{DATE} {TIME} - {USER}: can someone set {NAME} on staging?\n{DATE} {TIME} - {USER2}: done, it's {VAL}\n{DATE} {TIME} - {USER}: thx"),
 ("mattermost_bulk_export_jsonl", "{\"type\":\"post\",\"post\":{\"team\":\"eng\",\"channel\":\"{PROJ}\",\"user\":\"{USER}\",\"message\":\"{NAME}={VAL}\",\"create_at\":{EPOCH}000}}"),
 ("telegram_saved_messages_html", "<div class=\"message default clearfix\" id=\"message{N}\">\n <div class=\"text\">{NAME} {VAL}</div>\n</div>"),
 ("elastic_apm_error_document_json", "{\"error\": {\"exception\": [{\"message\": \"auth failed\"}]}, \"labels\": {\"{NAME}\": \"{VAL}\"}, \"service\": {\"name\": \"{PROJ}\"}}"),
 ("opentelemetry_span_attributes_json", "{\"name\": \"POST /checkout\", \"attributes\": [{\"key\": \"env.{NAME}\", \"value\": {\"stringValue\": \"{VAL}\"}}], \"traceId\": \"{HEX12}{HEX12}{HEX8}\"}"),
 ("splunk_hec_event_json", "{\"time\": {EPOCH}, \"host\": \"{HOST}\", \"sourcetype\": \"_json\", \"event\": {\"msg\": \"startup config\", \"{NAME}\": \"{VAL}\"}}"),
 ("loki_push_log_line_json", "{\"streams\": [{\"stream\": {\"app\": \"{PROJ}\"}, \"values\": [[\"{EPOCH}000000000\", \"level=debug {NAME}={VAL}\"]]}]}"),
 ("graylog_gelf_message_json", "{\"version\": \"1.1\", \"host\": \"{HOST}\", \"short_message\": \"loaded settings\", \"_{NAME}\": \"{VAL}\", \"level\": 7}"),
 ("logstash_rubydebug_output", "{\n    \"@timestamp\" => {TS},\n       \"message\" => \"env loaded\",\n    \"{NAME}\" => \"{VAL}\",\n          \"host\" => \"{HOST}\"\n}"),
 ("cloudwatch_logs_insights_row", "| {TS} | /aws/lambda/{PROJ} | INIT env {NAME}={VAL} |"),
 ("errbit_notice_xml", "<notice version=\"2.3\">\n  <request>\n    <cgi-data>\n      <var key=\"{NAME}\">{VAL}</var>\n    </cgi-data>\n  </request>\n</notice>"),
 ("vscode_launch_json_env", "{\n  \"version\": \"0.2.0\",\n  \"configurations\": [{\n    \"type\": \"node\",\n    \"name\": \"{PROJ}\",\n    \"env\": { \"{NAME}\": \"{VAL}\" }\n  }]\n}"),
 ("intellij_run_configuration_xml", "<component name=\"ProjectRunConfigurationManager\">\n  <configuration name=\"{PROJ}\" type=\"Application\">\n    <envs>\n      <env name=\"{NAME}\" value=\"{VAL}\" />\n    </envs>\n  </configuration>\n</component>"),
 ("eclipse_launch_configuration_xml", "<launchConfiguration type=\"org.eclipse.jdt.launching.localJavaApplication\">\n<mapAttribute key=\"org.eclipse.debug.core.environmentVariables\">\n<mapEntry key=\"{NAME}\" value=\"{VAL}\"/>\n</mapAttribute>\n</launchConfiguration>"),
 ("jupyter_notebook_cell_source_json", "{\"cell_type\": \"code\", \"execution_count\": {N}, \"source\": [\"import os\\n\", \"os.environ['{NAME}'] = '{VAL}'\\n\"]}"),
 ("rstudio_renviron_file", "R_LIBS_USER=~/R/library\n{NAME}={VAL}\nTZ=UTC"),
 ("xcode_scheme_environment_xml", "<LaunchAction buildConfiguration = \"Debug\">\n   <EnvironmentVariables>\n      <EnvironmentVariable key = \"{NAME}\" value = \"{VAL}\" isEnabled = \"YES\">\n      </EnvironmentVariable>\n   </EnvironmentVariables>\n</LaunchAction>"),
 ("android_gradle_local_properties", "## This file must *NOT* be checked into Version Control Systems\nsdk.dir=/Users/{USER}/Library/Android/sdk\n{NAME}={VAL}"),
]


def generate():
    rng = random.Random(SEED)
    gens = {}
    for t, (name, fn) in TYPES.items():
        gens[t] = (name, (lambda fn, t: (lambda r: [(fn(r), t)]))(fn, t))
    for t, (name, g) in URLS.items():
        gens[t] = (name, g)
    types = sorted(gens)
    used = {t: 0 for t in types}
    recs = []
    for kind, tpl in C:
        for _ in range(4):
            m = min(used.values())
            t = rng.choice([x for x in types if used[x] == m])
            used[t] += 1
            name, g = gens[t]
            f = fillers(rng)
            f["NAME"] = name
            body = fill(tpl, f)
            parts = []
            segs = body.split("{VAL}")
            valparts = g(rng)
            val2 = None
            for i, s in enumerate(segs):
                if "{VAL2}" in s:
                    a, b = s.split("{VAL2}")
                    parts.append(a)
                    parts.extend(valparts)
                    parts.append(b)
                else:
                    parts.append(s)
                if i < len(segs) - 1:
                    parts.extend(valparts)
            text, spans = assemble(parts)
            recs.append({"type": spans[0]["type"], "container": kind, "text": text, "secrets": spans, "source": "everyday"})
    return recs
