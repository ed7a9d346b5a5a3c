"""Everyday part: 30 common secret types in 60 new container kinds (4 records each)."""
import random
from common import *

SEED = 25001
USERS = ['mara', 'deploy', 'svc_app', 'jtorres', 'ops', 'kwame', 'lena.h', 'build', 'app_rw', 'nikos']
HOSTS = ['db-prod-2.internal', 'pg.eu-west.corp.example', '10.20.4.17', 'mq.staging.example.net', 'cache-01.lan', 'cluster0.x7kq2.mongodb.net', 'orders-db.c9akx1.rds.example.com']
APPS = ['billing-api', 'checkout', 'ingest-worker', 'web', 'reporter', 'notifier', 'auth-svc', 'etl']


def _dsn(scheme, port, path):
    def g(r, t):
        pw = password(r)
        return [scheme + '://' + r.choice(USERS) + ':', (pw, t), '@' + r.choice(HOSTS) + port + path]
    return g


def _plain(f):
    return lambda r, t: [(f(r), t)]


TYPES = {
    'amqp_url_password': ('AMQP_URL', _dsn('amqps', ':5671', '/prod')),
    'anthropic_api_key': ('ANTHROPIC_API_KEY', _plain(lambda r: 'sk-ant-api03-' + rs(r, B64U, 93) + 'AA')),
    'aws_secret_access_key': ('AWS_SECRET_ACCESS_KEY', _plain(lambda r: rs(r, ALNUM + '+/', 40))),
    'azure_storage_account_key': ('AZURE_STORAGE_KEY', _plain(lambda r: rs(r, B64, 86) + '==')),
    'cloudflare_api_token': ('CLOUDFLARE_API_TOKEN', _plain(lambda r: rs(r, B64U, 40))),
    'database_password': ('DB_PASSWORD', _plain(lambda r: password(r))),
    'datadog_api_key': ('DD_API_KEY', _plain(lambda r: hx(r, 32))),
    'digitalocean_personal_access_token': ('DIGITALOCEAN_TOKEN', _plain(lambda r: 'dop_v1_' + hx(r, 64))),
    'dockerhub_personal_access_token': ('DOCKERHUB_TOKEN', _plain(lambda r: 'dckr_pat_' + rs(r, B64U, 27))),
    'github_classic_pat': ('GITHUB_TOKEN', _plain(lambda r: crc_token(r, 'ghp_'))),
    'github_fine_grained_pat': ('GH_PAT', _plain(lambda r: 'github_pat_11' + rs(r, UPNUM, 20) + '_' + an(r, 59))),
    'gitlab_personal_access_token': ('GITLAB_TOKEN', _plain(lambda r: 'glpat-' + rs(r, B64U, 20))),
    'google_gemini_api_key': ('GEMINI_API_KEY', _plain(lambda r: 'AIza' + rs(r, B64U, 35))),
    'huggingface_access_token': ('HF_TOKEN', _plain(lambda r: 'hf_' + rs(r, UP + LOW, 34))),
    'jwt_signing_secret': ('JWT_SECRET', _plain(lambda r: hx(r, 64))),
    'mongodb_srv_uri_password': ('MONGODB_URI', _dsn('mongodb+srv', '', '/app?retryWrites=true&w=majority')),
    'mysql_url_password': ('MYSQL_URL', _dsn('mysql', ':3306', '/shop')),
    'npm_access_token': ('NPM_TOKEN', _plain(lambda r: crc_token(r, 'npm_'))),
    'openai_project_api_key': ('OPENAI_API_KEY', _plain(lambda r: 'sk-proj-' + rs(r, B64U, 64) + 'T3BlbkFJ' + rs(r, B64U, 64))),
    'postgres_url_password': ('DATABASE_URL', _dsn('postgresql', ':5432', '/app_prod')),
    'redis_url_password': ('REDIS_URL', _dsn('rediss', ':6380', '/0')),
    'sendgrid_api_key': ('SENDGRID_API_KEY', _plain(lambda r: 'SG.' + rs(r, B64U, 22) + '.' + rs(r, B64U, 43))),
    'sentry_user_auth_token': ('SENTRY_AUTH_TOKEN', _plain(lambda r: 'sntryu_' + hx(r, 64))),
    'slack_bot_token': ('SLACK_BOT_TOKEN', _plain(lambda r: 'xoxb-' + rs(r, DIG, 12) + '-' + rs(r, DIG, 13) + '-' + an(r, 24))),
    'slack_incoming_webhook_url': ('SLACK_WEBHOOK_URL', _plain(lambda r: 'https://hooks.slack.com/services/T' + rs(r, UPNUM, 10) + '/B' + rs(r, UPNUM, 10) + '/' + an(r, 24))),
    'smtp_password': ('SMTP_PASSWORD', _plain(lambda r: password(r))),
    'stripe_live_secret_key': ('STRIPE_SECRET_KEY', _plain(lambda r: 'sk_live_51' + an(r, 97))),
    'stripe_restricted_key': ('STRIPE_RESTRICTED_KEY', _plain(lambda r: 'rk_live_51' + an(r, 97))),
    'telegram_bot_token': ('TELEGRAM_BOT_TOKEN', _plain(lambda r: str(r.randint(100000000, 7999999999)) + ':AA' + rs(r, B64U, 33))),
    'twilio_auth_token': ('TWILIO_AUTH_TOKEN', _plain(lambda r: hx(r, 32))),
}

# 60 container kinds; markers: K var name, V value, U user, H host, A app, T epoch, D date, N number
C = {
 'fish_history_yaml_cmd': "- cmd: set -gx ⟨K⟩ ⟨V⟩\n  when: ⟨T⟩\n- cmd: ./bin/⟨A⟩ --check\n  when: ⟨T2⟩\n",
 'bash_histtimeformat_history': "#⟨T⟩\ncd ~/src/⟨A⟩\n#⟨T2⟩\nexport ⟨K⟩='⟨V⟩'\n#⟨T3⟩\nmake run\n",
 'direnv_envrc_export': "# .envrc (direnv) for ⟨A⟩\nuse nix\nexport ⟨K⟩=\"⟨V⟩\"\ndotenv_if_exists .env.local\n",
 'devcontainer_json_remoteenv': "{\n  \"name\": \"⟨A⟩\",\n  \"image\": \"mcr.microsoft.com/devcontainers/python:3.12\",\n  \"remoteEnv\": {\n    \"⟨K⟩\": \"⟨V⟩\"\n  }\n}\n",
 'tmuxinator_project_yml_pre_window': "name: ⟨A⟩\nroot: ~/src/⟨A⟩\npre_window: export ⟨K⟩=⟨V⟩\nwindows:\n  - server: make dev\n  - logs: tail -f log/dev.log\n",
 'ssh_config_setenv_directive': "Host ⟨A⟩-bastion\n    HostName ⟨H⟩\n    User ⟨U⟩\n    SetEnv ⟨K⟩=⟨V⟩\n    ForwardAgent no\n",
 'emacs_dir_locals_el_setenv': "((nil . ((eval . (setenv \"⟨K⟩\" \"⟨V⟩\"))\n         (fill-column . 100))))\n",
 'jetbrains_http_client_private_env_json': "{\n  \"dev\": {\n    \"host\": \"http://localhost:8080\",\n    \"⟨K⟩\": \"⟨V⟩\"\n  }\n}\n",
 'insomnia_environment_export_json': "{\"_type\": \"export\", \"__export_format\": 4, \"resources\": [{\"_id\": \"env_⟨N⟩\", \"_type\": \"environment\", \"name\": \"prod\", \"data\": {\"base_url\": \"https://⟨A⟩.example.com\", \"⟨K⟩\": \"⟨V⟩\"}}]}\n",
 'postman_environment_export_json': "{\n  \"name\": \"⟨A⟩ prod\",\n  \"values\": [\n    {\"key\": \"⟨K⟩\", \"value\": \"⟨V⟩\", \"type\": \"default\", \"enabled\": true}\n  ],\n  \"_postman_variable_scope\": \"environment\"\n}\n",
 'vscode_rest_client_settings_json': "{\n  \"rest-client.environmentVariables\": {\n    \"production\": {\n      \"⟨K⟩\": \"⟨V⟩\"\n    }\n  }\n}\n",
 'dotnet_user_secrets_json': "{\n  \"Logging:LogLevel:Default\": \"Information\",\n  \"⟨K⟩\": \"⟨V⟩\"\n}\n",
 'mise_toml_env_section': "[tools]\nnode = \"22\"\n\n[env]\n⟨K⟩ = \"⟨V⟩\"\n",
 'nix_shell_shellhook_export': "pkgs.mkShell {\n  packages = [ pkgs.postgresql_16 ];\n  shellHook = ''\n    export ⟨K⟩=\"⟨V⟩\"\n  '';\n}\n",
 'tox_ini_setenv_block': "[testenv:integration]\ndeps = -rrequirements-dev.txt\nsetenv =\n    ⟨K⟩ = ⟨V⟩\ncommands = pytest tests/integration\n",
 'pytest_ini_env_plugin': "[pytest]\naddopts = -q\nenv =\n    D:⟨K⟩=⟨V⟩\n",
 'conda_environment_yml_variables': "name: ⟨A⟩\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.11\nvariables:\n  ⟨K⟩: ⟨V⟩\n",
 'tiltfile_local_resource_env': "local_resource(\n    '⟨A⟩',\n    serve_cmd='go run ./cmd/⟨A⟩',\n    serve_env={'⟨K⟩': '⟨V⟩'},\n)\n",
 'earthfile_arg_default': "VERSION 0.8\nFROM golang:1.22\n\nbuild:\n    ARG ⟨K⟩=⟨V⟩\n    RUN go build ./...\n",
 'buildkite_pipeline_yml_env': "env:\n  ⟨K⟩: \"⟨V⟩\"\nsteps:\n  - label: \":rspec: tests\"\n    command: bin/ci\n",
 'drone_yml_step_environment': "kind: pipeline\ntype: docker\nname: default\nsteps:\n- name: test\n  image: node:20\n  environment:\n    ⟨K⟩: ⟨V⟩\n  commands:\n  - npm ci && npm test\n",
 'travis_yml_env_global': "language: ruby\nenv:\n  global:\n    - ⟨K⟩=⟨V⟩\nscript: bundle exec rake\n",
 'appveyor_yml_environment': "version: 1.0.{build}\nenvironment:\n  ⟨K⟩: ⟨V⟩\nbuild_script:\n  - cmd: dotnet build\n",
 'azure_pipelines_yml_variables': "trigger:\n- main\nvariables:\n  ⟨K⟩: '⟨V⟩'\npool:\n  vmImage: ubuntu-latest\n",
 'cloudbuild_yaml_step_env': "steps:\n- name: 'gcr.io/cloud-builders/npm'\n  args: ['run', 'migrate']\n  env:\n  - '⟨K⟩=⟨V⟩'\n",
 'docker_bake_hcl_args': "target \"⟨A⟩\" {\n  context = \".\"\n  args = {\n    ⟨K⟩ = \"⟨V⟩\"\n  }\n}\n",
 'docker_inspect_config_env_json': "[\n    {\n        \"Id\": \"⟨HEX⟩\",\n        \"Config\": {\n            \"Env\": [\n                \"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\",\n                \"⟨K⟩=⟨V⟩\",\n                \"LANG=C.UTF-8\"\n            ]\n        }\n    }\n]\n",
 'kubectl_describe_pod_env_output': "Containers:\n  ⟨A⟩:\n    Image:          registry.example.com/⟨A⟩:1.8.2\n    Environment:\n      LOG_LEVEL:    info\n      ⟨K⟩:  ⟨V⟩\n    Mounts:\n      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access (ro)\n",
 'kubectl_exec_printenv_output': "$ kubectl exec deploy/⟨A⟩ -- printenv\nHOSTNAME=⟨A⟩-7c9d5f6b8-x2kqp\n⟨K⟩=⟨V⟩\nKUBERNETES_SERVICE_PORT=443\nHOME=/root\n",
 'ps_eww_process_environment': "$ ps eww -p ⟨N⟩\n    PID TTY      STAT   TIME COMMAND\n    ⟨N⟩ ?        Ssl    0:42 /usr/bin/node server.js HOME=/srv/⟨A⟩ ⟨K⟩=⟨V⟩ NODE_ENV=production\n",
 'proc_environ_tr_output': "# cat /proc/⟨N⟩/environ | tr '\\0' '\\n'\nLANG=en_US.UTF-8\n⟨K⟩=⟨V⟩\nINVOCATION_ID=⟨HEX32⟩\n",
 'systemctl_show_environment_output': "$ systemctl show ⟨A⟩.service -p Environment\nEnvironment=PORT=8080 ⟨K⟩=⟨V⟩ RUST_LOG=info\n",
 'strace_execve_envp_line': "execve(\"/usr/local/bin/⟨A⟩\", [\"⟨A⟩\", \"serve\"], [\"SHLVL=1\", \"⟨K⟩=⟨V⟩\", \"PWD=/srv\"]) = 0\n",
 'rich_traceback_locals_panel': "│ ╭───────────────────── locals ─────────────────────╮ │\n│ │ attempt = 3                                      │ │\n│ │     key = '⟨K⟩'                                  │ │\n│ │   value = '⟨V⟩' │ │\n│ ╰──────────────────────────────────────────────────╯ │\n",
 'rails_console_irb_session': "irb(main):001> ENV['⟨K⟩'] = '⟨V⟩'\n=> \"(set)\"\nirb(main):002> ⟨CAP⟩Client.new.ping\n=> true\n",
 'node_repl_history_file': "process.env.⟨K⟩\nprocess.env.⟨K⟩ = '⟨V⟩'\nrequire('./src/client').ping()\n",
 'package_json_scripts_env_prefix': "{\n  \"name\": \"⟨A⟩\",\n  \"scripts\": {\n    \"dev\": \"⟨K⟩=⟨V⟩ node --watch src/index.js\",\n    \"test\": \"vitest\"\n  }\n}\n",
 'vscode_settings_terminal_env_linux': "{\n  \"editor.formatOnSave\": true,\n  \"terminal.integrated.env.linux\": {\n    \"⟨K⟩\": \"⟨V⟩\"\n  }\n}\n",
 'windows_batch_set_line': "@echo off\r\nset ⟨K⟩=⟨V⟩\r\ncall venv\\Scripts\\activate.bat\r\npython manage.py runserver\r\n",
 'gitpod_yml_tasks_env': "tasks:\n  - name: api\n    env:\n      ⟨K⟩: ⟨V⟩\n    command: npm run dev\n",
 'replit_dot_replit_env': "run = \"python main.py\"\n\n[env]\n⟨K⟩ = \"⟨V⟩\"\n",
 'netlify_cli_env_set_cmd': "$ netlify env:set ⟨K⟩ ⟨V⟩ --context production\nSet environment variable ⟨K⟩ in the production context\n",
 'railway_variables_set_cmd': "$ railway variables --set \"⟨K⟩=⟨V⟩\"\n✔ Set variables ⟨K⟩\n",
 'fly_secrets_set_cmd': "$ fly secrets set ⟨K⟩=⟨V⟩ -a ⟨A⟩\nUpdating existing machines in '⟨A⟩' with rolling strategy\n",
 'wrangler_secret_put_stdin_cmd': "$ echo \"⟨V⟩\" | npx wrangler secret put ⟨K⟩\n🌀 Creating the secret for the Worker \"⟨A⟩\"\n✨ Success! Uploaded secret ⟨K⟩\n",
 'supabase_secrets_set_cmd': "$ supabase secrets set ⟨K⟩=⟨V⟩ --project-ref ⟨LOWID⟩\nFinished supabase secrets set.\n",
 'kubectl_create_secret_from_literal_cmd': "kubectl -n ⟨A⟩ create secret generic ⟨A⟩-env \\\n  --from-literal=⟨K⟩='⟨V⟩' \\\n  --dry-run=client -o yaml | kubectl apply -f -\n",
 'docker_secret_create_printf_cmd': "$ printf '⟨V⟩' | docker secret create ⟨LK⟩ -\n⟨LOWID⟩\n",
 'aws_ssm_put_parameter_cmd': "aws ssm put-parameter --name /⟨A⟩/prod/⟨K⟩ \\\n  --type SecureString --overwrite \\\n  --value '⟨V⟩'\n",
 'gcloud_secrets_create_stdin_cmd': "$ echo -n '⟨V⟩' | gcloud secrets create ⟨LK⟩ --data-file=-\nCreated version [1] of the secret [⟨LK⟩].\n",
 'az_keyvault_secret_set_cmd': "az keyvault secret set --vault-name kv-⟨A⟩-prod --name ⟨DK⟩ --value '⟨V⟩'\n",
 'vault_kv_put_cmd': "$ vault kv put secret/⟨A⟩/prod ⟨K⟩='⟨V⟩'\n====== Secret Path ======\nsecret/data/⟨A⟩/prod\n",
 'op_item_create_cmd': "op item create --category 'API Credential' --title '⟨A⟩ ⟨K⟩' --vault Engineering 'credential=⟨V⟩'\n",
 'whatsapp_chat_export_txt': "[⟨D⟩, 09:41:12] ⟨U⟩: can you paste the ⟨K⟩ for staging?\n[⟨D⟩, 09:43:50] Ana Ruiz: ⟨V⟩\n[⟨D⟩, 09:44:02] ⟨U⟩: 👍 thx\n",
 'discord_client_copy_paste': "⟨U⟩ — Today at 10:42\nok here's the ⟨K⟩ for the bot, don't leak it lol\n⟨V⟩\nsamira — Today at 10:43\ngot it\n",
 'google_chat_takeout_messages_json': "{\"messages\": [{\"creator\": {\"name\": \"⟨U⟩\", \"user_type\": \"Human\"}, \"created_date\": \"⟨D⟩\", \"text\": \"⟨K⟩ is ⟨V⟩ for now\"}]}\n",
 'notion_page_export_md': "# ⟨A⟩ onboarding\n\n## Local setup\n\n1. Clone the repo\n2. Put this in `.env`:\n\n```\n⟨K⟩=⟨V⟩\n```\n",
 'bear_note_export_md': "# ⟨A⟩ creds\n#work/infra\n\n- ⟨K⟩: ⟨V⟩\n- rotated ⟨D⟩\n",
 'evernote_enex_note': "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<en-export><note><title>⟨A⟩ env</title><content><![CDATA[<en-note><div>⟨K⟩ = ⟨V⟩</div></en-note>]]></content></note></en-export>\n",
 'google_keep_takeout_json': "{\"color\": \"DEFAULT\", \"isTrashed\": false, \"title\": \"⟨A⟩\", \"textContent\": \"⟨K⟩ ⟨V⟩\", \"isPinned\": true}\n",
 'jira_issue_comment_wiki_markup': "h3. Repro\n{code:bash}\nexport ⟨K⟩=⟨V⟩\n./gradlew :⟨A⟩:integrationTest\n{code}\nFails with 502 after ~30s.\n",
 'pino_json_log_line': "{\"level\":30,\"time\":⟨T⟩123,\"pid\":⟨N⟩,\"hostname\":\"⟨A⟩-1\",\"msg\":\"config loaded\",\"env\":{\"⟨K⟩\":\"⟨V⟩\"}}\n",
 'logrus_text_log_line': "time=\"⟨D⟩T10:12:44Z\" level=debug msg=\"loaded setting\" key=⟨K⟩ value=\"⟨V⟩\"\n",
 'python_logging_default_format': "DEBUG:⟨A⟩.settings:⟨K⟩='⟨V⟩'\nINFO:⟨A⟩.app:starting on :8000\n",
 'php_putenv_call': "<?php\nputenv('⟨K⟩=⟨V⟩');\nrequire __DIR__ . '/vendor/autoload.php';\n",
 'c_setenv_call': "#include <stdlib.h>\n\nint main(void) {\n    setenv(\"⟨K⟩\", \"⟨V⟩\", 1);\n    return run();\n}\n",
 'java_system_setproperty_call': "public static void main(String[] args) {\n    System.setProperty(\"⟨K⟩\", \"⟨V⟩\");\n    SpringApplication.run(App.class, args);\n}\n",
}


DROP = {'earthfile_arg_default', 'appveyor_yml_environment', 'replit_dot_replit_env', 'google_keep_takeout_json',
        'tiltfile_local_resource_env', 'pytest_ini_env_plugin', 'docker_bake_hcl_args'}
for _k in DROP:
    del C[_k]


def build():
    r = random.Random(SEED)
    types = sorted(TYPES); use = {t: 0 for t in types}
    recs = []
    for ck in sorted(C):
        chosen = []
        for _ in range(4):
            cands = [t for t in types if t not in chosen]
            m = min(use[t] for t in cands)
            t = r.choice([t for t in cands if use[t] == m])
            chosen.append(t); use[t] += 1
        for t in chosen:
            var, gen = TYPES[t]
            val = gen(r, t)
            app = r.choice(APPS)
            text, spans = render(C[ck], K=var, V=val, U=r.choice(USERS), H=r.choice(HOSTS), A=app,
                                 T=str(r.randint(1730000000, 1760000000)), T2=str(r.randint(1760000001, 1764000000)),
                                 T3=str(r.randint(1764000001, 1764800000)), D='2026-%02d-%02d' % (r.randint(1, 11), r.randint(1, 28)),
                                 N=str(r.randint(1200, 98000)), HEX=hx(r, 64), HEX32=hx(r, 32), LOWID=rs(r, LOWNUM, 20),
                                 LK=var.lower().replace('_', '-'), DK=var.lower().replace('_', '-'),
                                 CAP=app.split('-')[0].capitalize())
            recs.append({'type': spans[0]['type'], 'container': ck, 'text': text, 'secrets': spans, 'source': 'everyday'})
    return recs
