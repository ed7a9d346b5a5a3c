"""Everyday secrets (common types) in 60 new container kinds, 4 records each."""
import random
from common import fill, mark, password, gh_token, fake_user, fake_host, fake_date, realize, subst, least_used_pairing

SEED = 24001


def _url(scheme, port, path):
    def g(rng, typ):
        u = fake_user(rng)
        h = fake_host(rng)
        return '%s://%s:%s@%s:%d/%s' % (scheme, u, mark(typ, password(rng)), h, port, path)
    return g


def _srv(rng, typ):
    return 'mongodb+srv://%s:%s@cluster0.%s.mongodb.net/app?retryWrites=true' % (fake_user(rng), mark(typ, password(rng)), fill(rng, '{lan:5}'))


def _simple(spec):
    return lambda rng, typ: mark(typ, fill(rng, spec))


TYPES = {
    'amqp_url_password': ('AMQP_URL', _url('amqp', 5672, 'jobs')),
    'anthropic_api_key': ('ANTHROPIC_API_KEY', _simple('sk-ant-api03-{b64u:93}AA')),
    'aws_secret_access_key': ('AWS_SECRET_ACCESS_KEY', _simple('{an:18}/{an:9}+{an:11}')),
    'azure_storage_account_key': ('AZURE_STORAGE_KEY', _simple('{b64:86}==')),
    'cloudflare_api_token': ('CLOUDFLARE_API_TOKEN', _simple('{an:12}-{an:15}_{an:11}')),
    'database_password': ('DB_PASSWORD', lambda rng, typ: mark(typ, password(rng))),
    'datadog_api_key': ('DD_API_KEY', _simple('{hex:32}')),
    'digitalocean_personal_access_token': ('DIGITALOCEAN_TOKEN', _simple('dop_v1_{hex:64}')),
    'dockerhub_personal_access_token': ('DOCKERHUB_TOKEN', _simple('dckr_pat_{b64u:27}')),
    'github_classic_pat': ('GITHUB_TOKEN', lambda rng, typ: mark(typ, gh_token(rng, 'ghp_'))),
    'github_fine_grained_pat': ('GH_PAT', _simple('github_pat_11{uan:22}_{an:59}')),
    'gitlab_personal_access_token': ('GITLAB_TOKEN', _simple('glpat-{b64u:20}')),
    'google_gemini_api_key': ('GEMINI_API_KEY', _simple('AIza{b64u:35}')),
    'huggingface_access_token': ('HF_TOKEN', _simple('hf_{an:34}')),
    'jwt_signing_secret': ('JWT_SECRET', _simple('{hex:64}')),
    'mongodb_srv_uri_password': ('MONGODB_URI', _srv),
    'mysql_url_password': ('MYSQL_URL', _url('mysql', 3306, 'shop')),
    'npm_access_token': ('NPM_TOKEN', lambda rng, typ: mark(typ, gh_token(rng, 'npm_'))),
    'openai_project_api_key': ('OPENAI_API_KEY', _simple('sk-proj-{b64u:58}T3BlbkFJ{b64u:58}')),
    'postgres_url_password': ('DATABASE_URL', _url('postgres', 5432, 'app')),
    'redis_url_password': ('REDIS_URL', lambda rng, typ: 'redis://default:%s@%s:6379/0' % (mark(typ, password(rng)), fake_host(rng))),
    'sendgrid_api_key': ('SENDGRID_API_KEY', _simple('SG.{b64u:22}.{b64u:43}')),
    'sentry_user_auth_token': ('SENTRY_AUTH_TOKEN', _simple('sntryu_{hex:64}')),
    'slack_bot_token': ('SLACK_BOT_TOKEN', _simple('xoxb-{dig:12}-{dig:13}-{an:24}')),
    'slack_incoming_webhook_url': ('SLACK_WEBHOOK_URL', _simple('https://hooks.slack.com/services/T{uan:10}/B{uan:10}/{an:24}')),
    'smtp_password': ('SMTP_PASSWORD', lambda rng, typ: mark(typ, password(rng))),
    'stripe_live_secret_key': ('STRIPE_SECRET_KEY', _simple('sk_live_51{an:96}')),
    'stripe_restricted_key': ('STRIPE_RESTRICTED_KEY', _simple('rk_live_51{an:96}')),
    'telegram_bot_token': ('TELEGRAM_BOT_TOKEN', _simple('{dig:10}:AA{b64u:33}')),
    'twilio_auth_token': ('TWILIO_AUTH_TOKEN', _simple('{hex:32}')),
}

# §K§ = variable name, §k§ = lower-case variable name, §S§ = the (marked) value, §U§ user, §H§ host, §D§ date, §N§ number
CONTAINERS = {
    'github_actions_step_debug_log': '##[group]Run ./scripts/deploy.sh\n##[debug]Evaluating: env.§K§\n##[debug]Result: \'§S§\'\n##[debug]Finishing: Run ./scripts/deploy.sh\n##[endgroup]',
    'bitbucket_pipelines_yml_variables': 'pipelines:\n  default:\n    - step:\n        name: integration\n        script:\n          - export §K§=§S§\n          - ./gradlew integrationTest',
    'gitlab_ci_yml_variables_block': 'variables:\n  GIT_DEPTH: "10"\n  §K§: "§S§"\n\ntest:\n  stage: test\n  script: make test',
    'aws_ecs_task_definition_json_env': '{\n  "family": "api-worker",\n  "containerDefinitions": [{\n    "name": "worker",\n    "image": "registry.example.com/worker:§N§",\n    "environment": [\n      {"name": "LOG_LEVEL", "value": "info"},\n      {"name": "§K§", "value": "§S§"}\n    ]\n  }]\n}',
    'k8s_configmap_data_yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-settings\n  namespace: payments\ndata:\n  FEATURE_FLAGS: "beta,metrics"\n  §K§: "§S§"',
    'helm_values_yaml_env': 'replicaCount: 2\nimage:\n  repository: ghcr.io/example/api\n  tag: "1.§N§.0"\nextraEnv:\n  - name: §K§\n    value: "§S§"',
    'ansible_inventory_ini_vars': '[web]\nweb01.example.net\nweb02.example.net\n\n[web:vars]\nansible_user=deploy\n§k§=§S§',
    'saltstack_pillar_sls': '# /srv/pillar/app/init.sls\napp:\n  env:\n    LOG_FORMAT: json\n    §K§: \'§S§\'',
    'podman_quadlet_container_unit': '[Unit]\nDescription=API container\n\n[Container]\nImage=quay.io/example/api:latest\nEnvironment=§K§=§S§\nPublishPort=8080:8080\n\n[Install]\nWantedBy=default.target',
    'crontab_env_line': '# m h dom mon dow command\nMAILTO=ops@example.com\n§K§=§S§\n*/15 * * * * /opt/sync/bin/run --quiet',
    'launchd_plist_environment_variables': '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n  <key>Label</key><string>com.example.sync</string>\n  <key>EnvironmentVariables</key>\n  <dict>\n    <key>§K§</key>\n    <string>§S§</string>\n  </dict>\n</dict>\n</plist>',
    'windows_registry_export_reg': 'Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\Environment]\n"§K§"="§S§"\n"PATH_EXTRA"="C:\\\\tools\\\\bin"',
    'uwsgi_ini_env_option': '[uwsgi]\nmodule = app.wsgi:application\nmaster = true\nprocesses = 4\nenv = §K§=§S§\nsocket = /run/uwsgi/app.sock',
    'gunicorn_conf_py_raw_env': '# gunicorn.conf.py\nbind = "0.0.0.0:8000"\nworkers = 3\nraw_env = [\n    "DJANGO_SETTINGS_MODULE=site.settings.prod",\n    "§K§=§S§",\n]',
    'pm2_ecosystem_config_js': 'module.exports = {\n  apps: [{\n    name: "queue-worker",\n    script: "./dist/worker.js",\n    env_production: {\n      NODE_ENV: "production",\n      §K§: "§S§"\n    }\n  }]\n};',
    'procfile_inline_env_assignment': 'web: bundle exec puma -C config/puma.rb\nworker: §K§=§S§ bundle exec sidekiq -q default',
    'caprover_captain_definition_json': '{\n  "schemaVersion": 2,\n  "dockerfileLines": [\n    "FROM node:20-alpine",\n    "ENV §K§=§S§",\n    "CMD [\\"node\\", \\"server.js\\"]"\n  ]\n}',
    'dokku_config_show_output': '$ dokku config:show api\n=====> api env vars\nDOKKU_APP_TYPE:   herokuish\nDOKKU_PROXY_PORT: 80\n§K§:   §S§',
    'circleci_config_yml_job_environment': 'version: 2.1\njobs:\n  build:\n    docker:\n      - image: cimg/python:3.12\n    environment:\n      §K§: §S§\n    steps:\n      - checkout\n      - run: pytest -q',
    'jenkinsfile_environment_block': 'pipeline {\n  agent any\n  environment {\n    §K§ = \'§S§\'\n  }\n  stages {\n    stage(\'Deploy\') { steps { sh \'./deploy.sh\' } }\n  }\n}',
    'justfile_export_recipe': 'set dotenv-load := false\n\nexport §K§ := "§S§"\n\ndeploy:\n    ./bin/release --env prod',
    'taskfile_yml_env_map': 'version: \'3\'\n\nenv:\n  §K§: §S§\n\ntasks:\n  migrate:\n    cmds:\n      - ./bin/migrate up',
    'sentry_breadcrumb_data_json': '{"breadcrumbs":{"values":[{"timestamp":"§D§","category":"subprocess","level":"info","message":"spawn worker","data":{"env":{"§K§":"§S§"}}}]}}',
    'bugsnag_event_metadata_json': '{"events":[{"exceptions":[{"errorClass":"ConnectionError","message":"upstream refused"}],"metaData":{"environment":{"§K§":"§S§","RACK_ENV":"production"}}}]}',
    'fluentd_stdout_record_line': '§D§ app.worker: {"level":"warn","msg":"retrying job","§k§":"§S§","attempt":3}',
    'vector_console_sink_json': '{"host":"node-§N§","message":"boot config loaded","source_type":"file","config":{"§k§":"§S§"},"timestamp":"§D§"}',
    'journalctl_json_output': '{"__REALTIME_TIMESTAMP":"17§N§000000","_SYSTEMD_UNIT":"billing.service","PRIORITY":"6","MESSAGE":"starting with §K§=§S§"}',
    'syslog_rfc5424_line': '<134>1 §D§ app01.example.net billing 2211 ENV [meta@32473 unit="billing"] export §K§=§S§',
    'windows_event_log_xml': '<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><EventID>4688</EventID><Computer>BUILD01</Computer></System><EventData><Data Name="CommandLine">cmd.exe /c set §K§=§S§ &amp;&amp; deploy.cmd</Data></EventData></Event>',
    'nginx_error_log_line': '2026/03/§N§ 10:22:31 [error] 2211#2211: *91 upstream sent invalid header while reading response header from upstream, client: 10.0.4.7, request: "GET /health HTTP/1.1", upstream: "http://127.0.0.1:9000/", header: "X-Debug-Env: §K§=§S§"',
    'apache_combined_access_log_query': '10.1.2.3 - - [12/Mar/2026:10:22:31 +0000] "GET /hooks/sync?§k§=§S§&dry_run=1 HTTP/1.1" 200 512 "-" "curl/8.5.0"',
    'zsh_extended_history_file': ': 17§N§:0;cd ~/src/api\n: 17§N§:0;export §K§=§S§\n: 17§N§:0;make run',
    'xonsh_history_json': '{"data":{"cmds":[{"inp":"cd ~/proj\\n","rtn":0},{"inp":"$§K§ = \'§S§\'\\n","rtn":0}],"sessionid":"xonsh-§N§"}}',
    'ghci_history_file': ':set -XOverloadedStrings\nimport System.Environment\nsetEnv "§K§" "§S§"\n:load app/Main.hs',
    'psysh_history_file': '_HiStOrY_V2_\nputenv("§K§=§S§");\n$client = new \\App\\Client();',
    'elixir_iex_session_transcript': 'iex(1)> System.put_env("§K§", "§S§")\n:ok\niex(2)> MyApp.Sync.run()\n{:ok, 42}',
    'obsidian_daily_note_md': '# 2026-03-§N§\n\n- [x] rotate the staging creds\n- [ ] tell Mara the new one: `§S§` (§K§)\n- [ ] book dentist',
    'logseq_journal_page_md': '- TODO fix deploy of billing\n\t- used §K§ → §S§\n\t- [[infra]] #secrets',
    'joplin_note_export_md': 'id: 4c1f§N§\nparent_id: 9a0e\ntitle: server notes\n\n§K§=§S§\n\ntype_: 1',
    'apple_notes_export_html': '<html><body><div><b>prod env</b></div><div>§K§</div><div>§S§</div><div><br></div></body></html>',
    'microsoft_teams_chat_export_json': '{"messages":[{"from":{"user":{"displayName":"§U§"}},"createdDateTime":"§D§","body":{"contentType":"text","content":"here you go §K§ = §S§"}}]}',
    'irssi_channel_log': '--- Log opened Thu Mar 12 10:00:00 2026\n10:14 <§U§> anyone have the staging value?\n10:15 <ops-bot> §K§=§S§\n10:15 <§U§> thx',
    'zulip_message_export_json': '{"zerver_message":[{"id":§N§,"sender":17,"subject":"deploy","content":"for the runner: §S§ (that is the §K§)","date_sent":1741772100.0}]}',
    'stackoverflow_question_body_md': 'My container keeps failing with 401. Here is my env:\n\n    §K§=§S§\n    NODE_ENV=production\n\nWhat am I doing wrong?',
    'git_diff_patch_hunk': 'diff --git a/.env.production b/.env.production\nindex 3f1c2aa..8be01d2 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -3,3 +3,4 @@ APP_NAME=shop\n LOG_LEVEL=info\n+§K§=§S§\n PORT=8080',
    'go_main_const_block': 'package main\n\nconst (\n\tserviceName = "ingest"\n\t§k§ = "§S§"\n)\n\nfunc main() { run(serviceName) }',
    'spring_application_properties': 'spring.application.name=orders\nserver.port=8081\napp.integration.§k§=§S§\nmanagement.endpoints.web.exposure.include=health',
    'csharp_appsettings_development_json': '{\n  "Logging": { "LogLevel": { "Default": "Information" } },\n  "Integrations": {\n    "§K§": "§S§"\n  }\n}',
    'php_wp_config_define': '<?php\ndefine( \'DB_NAME\', \'wordpress\' );\ndefine( \'§K§\', \'§S§\' );\n$table_prefix = \'wp_\';',
    'python_settings_module_assign': '# settings/production.py\nfrom .base import *  # noqa\n\nDEBUG = False\n§K§ = "§S§"',
    'typescript_config_ts_export': 'export const config = {\n  region: "eu-west-1",\n  §k§: "§S§",\n} as const;',
    'gradle_buildconfigfield_line': 'android {\n    defaultConfig {\n        buildConfigField "String", "§K§", "\\"§S§\\""\n    }\n}',
    'xcconfig_build_setting': '// Release.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = com.example.app\n§K§ = §S§',
    'flutter_dart_define_cmd': '$ flutter build apk --release --dart-define=§K§=§S§ --dart-define=FLAVOR=prod',
    'elixir_runtime_exs_config': 'import Config\n\nconfig :my_app, MyApp.Integrations,\n  §k§: "§S§",\n  timeout: 15_000',
    'gh_secret_set_cmd': '$ gh secret set §K§ --repo example/api --body "§S§"\n✓ Set Actions secret §K§ for example/api',
    'heroku_config_set_cmd': '$ heroku config:set §K§=§S§ -a shop-prod\nSetting §K§ and restarting ⬢ shop-prod... done, v§N§',
    'hocon_application_conf': 'app {\n  http.port = 9000\n  integrations {\n    §k§ = "§S§"\n  }\n}',
    'ron_config_struct': 'Config(\n    port: 8080,\n    §k§: "§S§",\n    verbose: false,\n)',
    'kdl_config_node': 'service "billing" {\n    port 8443\n    env §K§="§S§"\n}',
}


def build():
    rng = random.Random(SEED)
    kinds = sorted(CONTAINERS)
    assert len(kinds) == 60, len(kinds)
    types = sorted(TYPES)
    # 4 records per container, each container gets 4 distinct types, types used evenly (8 each)
    use = {t: 0 for t in types}
    recs = []
    for kind in kinds:
        chosen = []
        for _ in range(4):
            lo = min(use[t] for t in types if t not in chosen)
            cands = [t for t in types if t not in chosen and use[t] == lo]
            t = rng.choice(cands)
            chosen.append(t)
            use[t] += 1
        for t in chosen:
            var, gen = TYPES[t]
            val = gen(rng, t)
            tpl = CONTAINERS[kind]
            marked = subst(tpl, {'K': var, 'k': var.lower(), 'S': val, 'U': fake_user(rng),
                                 'D': fake_date(rng), 'N': str(rng.randint(10, 99))})
            text, spans = realize(marked)
            recs.append({'type': spans[0]['type'], 'container': kind, 'text': text, 'secrets': spans, 'source': 'everyday'})
    return recs
