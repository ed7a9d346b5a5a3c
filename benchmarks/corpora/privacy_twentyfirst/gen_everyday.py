from common import *

def ev_value(r, t):
    """returns (VARNAME, rendered-with-{{A}}, value)"""
    if t == 'aws_secret_access_key': return 'AWS_SECRET_ACCESS_KEY', '{{A}}', rs(r, AN + '/+', 40)
    if t == 'github_classic_pat': return 'GITHUB_TOKEN', '{{A}}', gh_token(r, 'ghp_')
    if t == 'github_fine_grained_pat': return 'GH_PAT', '{{A}}', 'github_pat_11' + rs(r, U + D, 20) + '_' + rs(r, AN, 59)
    if t == 'gitlab_personal_access_token': return 'GITLAB_TOKEN', '{{A}}', 'glpat-' + rs(r, AN + '-_', 20)
    if t == 'slack_bot_token': return 'SLACK_BOT_TOKEN', '{{A}}', 'xoxb-%d-%d-%s' % (r.randint(10**10, 10**12), r.randint(10**12, 10**13), rs(r, AN, 24))
    if t == 'stripe_live_secret_key': return 'STRIPE_SECRET_KEY', '{{A}}', 'sk_live_51' + rs(r, AN, 97)
    if t == 'openai_project_api_key': return 'OPENAI_API_KEY', '{{A}}', 'sk-proj-' + rs(r, B64U, 74) + 'T3BlbkFJ' + rs(r, B64U, 74)
    if t == 'anthropic_api_key': return 'ANTHROPIC_API_KEY', '{{A}}', 'sk-ant-api03-' + rs(r, B64U, 93) + 'AA'
    if t == 'google_gemini_api_key': return 'GEMINI_API_KEY', '{{A}}', 'AIza' + rs(r, B64U, 35)
    if t == 'npm_access_token': return 'NPM_TOKEN', '{{A}}', gh_token(r, 'npm_')
    if t == 'huggingface_access_token': return 'HF_TOKEN', '{{A}}', 'hf_' + rs(r, U + L, 34)
    if t == 'sendgrid_api_key': return 'SENDGRID_API_KEY', '{{A}}', 'SG.' + rs(r, B64U, 22) + '.' + rs(r, B64U, 43)
    if t == 'twilio_auth_token': return 'TWILIO_AUTH_TOKEN', '{{A}}', rs(r, HEX, 32)
    if t == 'telegram_bot_token': return 'TELEGRAM_BOT_TOKEN', '{{A}}', '%d:AA%s' % (r.randint(10**9, 8 * 10**9), rs(r, B64U, 33))
    if t == 'datadog_api_key': return 'DD_API_KEY', '{{A}}', rs(r, HEX, 32)
    if t == 'jwt_signing_secret': return 'JWT_SECRET', '{{A}}', rs(r, HEX, 64)
    if t == 'sentry_user_auth_token': return 'SENTRY_AUTH_TOKEN', '{{A}}', 'sntryu_' + rs(r, HEX, 64)
    if t == 'digitalocean_personal_access_token': return 'DIGITALOCEAN_TOKEN', '{{A}}', 'dop_v1_' + rs(r, HEX, 64)
    if t == 'dockerhub_personal_access_token': return 'DOCKERHUB_TOKEN', '{{A}}', 'dckr_pat_' + rs(r, B64U, 27)
    if t == 'cloudflare_api_token': return 'CLOUDFLARE_API_TOKEN', '{{A}}', rs(r, AN + '_-', 40)
    if t == 'database_password': return 'DB_PASSWORD', '{{A}}', password(r)
    if t == 'smtp_password': return 'SMTP_PASSWORD', '{{A}}', password(r)
    if t == 'postgres_url_password': return 'DATABASE_URL', 'postgresql://app_%s:{{A}}@pg-%d.internal:5432/app' % (rs(r, L, 4), r.randint(1, 9)), password(r)
    if t == 'mysql_url_password': return 'MYSQL_URL', 'mysql://svc_%s:{{A}}@mysql.%s.lan:3306/shop' % (rs(r, L, 4), rs(r, L, 5)), password(r)
    if t == 'redis_url_password': return 'REDIS_URL', 'redis://default:{{A}}@cache-%d.internal:6379/0' % r.randint(1, 9), password(r)
    if t == 'amqp_url_password': return 'AMQP_URL', 'amqps://worker:{{A}}@mq.%s.lan:5671/prod' % rs(r, L, 5), password(r)
    if t == 'mongodb_srv_uri_password': return 'MONGODB_URI', 'mongodb+srv://api:{{A}}@cluster0.%s.mongodb.net/app' % rs(r, L + D, 5), password(r)
    raise KeyError(t)

TYPES = ['aws_secret_access_key', 'github_classic_pat', 'github_fine_grained_pat', 'gitlab_personal_access_token',
         'slack_bot_token', 'stripe_live_secret_key', 'openai_project_api_key', 'anthropic_api_key', 'google_gemini_api_key',
         'npm_access_token', 'huggingface_access_token', 'sendgrid_api_key', 'twilio_auth_token', 'telegram_bot_token',
         'datadog_api_key', 'jwt_signing_secret', 'sentry_user_auth_token', 'digitalocean_personal_access_token',
         'dockerhub_personal_access_token', 'cloudflare_api_token', 'database_password', 'smtp_password',
         'postgres_url_password', 'mysql_url_password', 'redis_url_password', 'amqp_url_password', 'mongodb_srv_uri_password']

# container kind -> template; {VAR} var name, {{A}} value (already inside rendered), {R} rendered
C = {
 'bitrise_build_step_log': "+ envman add --key {VAR} --value '{R}'\n| (i) Step: script@1 exited with 0\n| Build finished in 42s",
 'codemagic_build_log_env': "== Running pre-build script ==\n+ export {VAR}={R}\n+ flutter pub get\nResolving dependencies... (2.1s)",
 'harness_ci_step_console': "[step: run_tests] Executing command\n{VAR}={R} npm test --ci\nTests: 212 passed, 212 total",
 'earthly_build_output': "+test | --> RUN {VAR}={R} go test ./...\n+test | ok  \tgithub.com/acme/api\t1.92s",
 'justfile_recipe': "set dotenv-load := false\n\ndeploy:\n    {VAR}={R} ./scripts/deploy.sh prod\n",
 'taskfile_yml_env': "version: '3'\ntasks:\n  migrate:\n    env:\n      {VAR}: \"{R}\"\n    cmds:\n      - ./bin/migrate up\n",
 'mise_toml_env_table': "[tools]\nnode = \"20\"\n\n[env]\n{VAR} = \"{R}\"\n",
 'devbox_json_env': "{\n  \"packages\": [\"go@1.22\"],\n  \"env\": {\n    \"{VAR}\": \"{R}\"\n  }\n}",
 'tiltfile_local_resource_env': "local_resource(\n  'seed-db',\n  cmd='make seed',\n  env={'{VAR}': '{R}'},\n)",
 'skaffold_yaml_build_env': "apiVersion: skaffold/v4beta6\nkind: Config\nbuild:\n  artifacts:\n    - image: api\n      custom:\n        buildCommand: ./build.sh\n        env:\n          - {VAR}={R}\n",
 'ansible_host_vars_yaml': "---\nansible_host: 10.20.4.17\napp_env:\n  {VAR}: \"{R}\"\n",
 'salt_pillar_sls': "app:\n  env:\n    {VAR}: '{R}'\n  workers: 4\n",
 'vagrantfile_provision_env': "config.vm.provision \"shell\", path: \"bootstrap.sh\",\n  env: { \"{VAR}\" => \"{R}\" }",
 'packer_pkrvars_hcl': "region = \"eu-west-1\"\ninstance_type = \"t3.small\"\n{var} = \"{R}\"\n",
 'nix_devshell_env_attr': "devShells.default = pkgs.mkShell {\n  packages = [ pkgs.nodejs ];\n  {VAR} = \"{R}\";\n};",
 'insomnia_export_environment_json': "{\"_type\": \"environment\", \"name\": \"Staging\", \"data\": {\"base_url\": \"https://api.staging.lan\", \"{var}\": \"{R}\"}}",
 'vscode_rest_client_http_file': "@baseUrl = https://api.internal.lan\n@{var} = {R}\n\nGET {{baseUrl}}/v1/health\n",
 'k6_script_options_js': "export const options = { vus: 10, duration: '30s' };\nconst {VAR} = '{R}';\nexport default function () { http.get(`${BASE}/ping`); }",
 'locustfile_py_constant': "from locust import HttpUser, task\n\n{VAR} = \"{R}\"\n\nclass Api(HttpUser):\n    @task\n    def ping(self):\n        self.client.get('/ping')",
 'jmeter_jmx_user_defined_variable': "<elementProp name=\"{VAR}\" elementType=\"Argument\">\n  <stringProp name=\"Argument.name\">{VAR}</stringProp>\n  <stringProp name=\"Argument.value\">{R}</stringProp>\n</elementProp>",
 'airflow_connections_export_json': "{\"app_conn\": {\"conn_type\": \"http\", \"host\": \"api.internal.lan\", \"extra\": {\"{var}\": \"{R}\"}}}",
 'streamlit_secrets_toml': "# .streamlit/secrets.toml\n[app]\n{var} = \"{R}\"\n",
 'mlflow_run_params_log': "2025/03/11 09:14:02 INFO mlflow.tracking: Logged params\n  lr: 0.0003\n  {var}: {R}\n  epochs: 12",
 'zsh_extended_history': ": 1710151234:0;cd ~/src/api\n: 1710151240:0;export {VAR}={R}\n: 1710151251:0;make run",
 'xonsh_history_json': "{\"cmds\": [{\"inp\": \"$" + "{VAR} = '{R}'\\n\", \"rtn\": 0}, {\"inp\": \"python manage.py runserver\\n\", \"rtn\": 0}]}",
 'mongosh_history_file': "show dbs\nuse ops\ndb.settings.insertOne({ key: '{var}', value: '{R}' })\n",
 'redis_cli_history_file': "PING\nSET config:{var} {R}\nGET config:{var}_ttl\n",
 'obsidian_daily_note_md': "# 2025-02-14\n- [x] rotate staging creds\n- new {VAR}: `{R}` (old one revoked)\n- [ ] tell Priya",
 'logseq_journal_block_md': "- DONE set up local env #dev\n  - {VAR}={R}\n  - ran `make bootstrap`",
 'joplin_note_export_md': "title: Dev setup\n\nPaste into .env:\n\n    {VAR}={R}\n\nupdated_time: 2025-01-09T11:02:33.000Z",
 'github_discussion_comment_md': "Still failing for me. My env:\n\n```\nNODE_ENV=production\n{VAR}={R}\n```\n\nAny idea?",
 'gitlab_mr_note_api_json': "{\"id\": 8812, \"body\": \"works locally with {VAR}={R} exported\", \"author\": {\"username\": \"tkov\"}}",
 'stackoverflow_question_body_md': "I'm getting 401 even though I set the key:\n\n    import os\n    os.environ['{VAR}'] = '{R}'\n\nWhat am I missing?",
 'discourse_forum_post_raw': "Hi all, followed the guide, my config:\n\n[code]\n{VAR}={R}\n[/code]\n\nthe container still restarts.",
 'youtrack_issue_comment_json': "{\"text\": \"Repro: run with {VAR}={R} and open /admin\", \"author\": {\"login\": \"m.ruiz\"}}",
 'trello_card_comment_json': "{\"type\": \"commentCard\", \"data\": {\"text\": \"prod {var}: {R}\", \"card\": {\"name\": \"Launch checklist\"}}}",
 'github_gist_raw_file': "# quick test script\n{VAR}=\"{R}\"\ncurl -s https://api.internal.lan/v1/me",
 'sentry_event_breadcrumbs_json': "{\"breadcrumbs\": [{\"category\": \"subprocess\", \"message\": \"env {VAR}={R} ./worker\", \"level\": \"info\"}]}",
 'bugsnag_event_metadata_json': "{\"metaData\": {\"config\": {\"{var}\": \"{R}\", \"region\": \"eu\"}}}",
 'kubectl_describe_pod_env': "Containers:\n  api:\n    Image: registry.lan/api:1.8.2\n    Environment:\n      PORT:  8080\n      {VAR}:  {R}\n",
 'docker_inspect_config_env_json': "\"Config\": {\n  \"Env\": [\n    \"PATH=/usr/local/bin:/usr/bin\",\n    \"{VAR}={R}\"\n  ]\n}",
 'podman_generate_kube_yaml': "spec:\n  containers:\n  - name: app\n    env:\n    - name: {VAR}\n      value: {R}\n",
 'systemd_unit_environment_line': "[Service]\nUser=app\nEnvironment=\"{VAR}={R}\"\nExecStart=/opt/app/bin/server\n",
 'launchd_plist_environment_variables': "<key>EnvironmentVariables</key>\n<dict>\n  <key>{VAR}</key>\n  <string>{R}</string>\n</dict>",
 'crontab_line_env_prefix': "# m h dom mon dow command\n15 3 * * * {VAR}={R} /opt/app/bin/nightly-sync >> /var/log/sync.log 2>&1",
 'windows_task_scheduler_xml_args': "<Exec>\n  <Command>C:\\tools\\sync.exe</Command>\n  <Arguments>--env {VAR}={R}</Arguments>\n</Exec>",
 'pulumi_stack_config_plain_yaml': "config:\n  aws:region: eu-central-1\n  app:{var}: {R}\n",
 'cdk_context_json': "{\n  \"env\": \"prod\",\n  \"{var}\": \"{R}\"\n}",
 'sms_backup_sent_text_note': "<sms address=\"+4915112345678\" type=\"2\" body=\"{VAR} for the box is {R}\" />",
 'apple_notes_plaintext_export': "Work stuff\n\nstaging {var}\n{R}\n\n(don't share)",
 'phabricator_paste_raw': "P4821 env for deploy host\n{VAR}={R}\nAPP_ENV=prod",
 'rollbar_item_custom_payload_json': "{\"data\": {\"custom\": {\"env\": {\"{VAR}\": \"{R}\"}}, \"level\": \"error\"}}",
 'graphql_playground_http_headers_json': "{\n  \"X-Debug\": \"1\",\n  \"X-{VAR}\": \"{R}\"\n}",
 'wp_cli_config_list_output': "+------------------+---------------------+\n| name             | value               |\n+------------------+---------------------+\n| {VAR} | {R} |\n+------------------+---------------------+",
 'nodemon_json_env': "{\n  \"watch\": [\"src\"],\n  \"env\": { \"{VAR}\": \"{R}\" }\n}",
 'pm2_logs_startup_env_echo': "0|api  | starting with {VAR}={R}\n0|api  | listening on :3000",
 'ipython_session_log_py': "# IPython log file\nimport os\nos.environ[\"{VAR}\"] = \"{R}\"\nclient = make_client()",
 'sqlite_dbeaver_tasks_json': "{\"tasks\": {\"export\": {\"state\": {\"env\": {\"{VAR}\": \"{R}\"}}}}}",
 'ngrok_inspect_request_replay_txt': "POST /webhooks/build HTTP/1.1\nHost: 3f2a.ngrok.app\nX-{VAR}: {R}\nContent-Type: application/json",
}
DB_ONLY = set()

def gen(r):
    kinds = sorted(C)
    recs = []
    # 240 records: cycle kinds, types round robin
    n = 240
    types = [TYPES[i % len(TYPES)] for i in range(n)]
    r.shuffle(types)
    for i in range(n):
        k = kinds[i % len(kinds)]
        t = types[i]
        var, rend, val = ev_value(r, t)
        tpl = C[k].replace('{VAR}', var).replace('{var}', var.lower()).replace('{R}', rend)
        text, spans = render(tpl, {'A': (val, t)})
        recs.append({'type': t, 'container': k, 'text': text, 'secrets': spans, 'source': 'everyday'})
    return recs
