import random
from common import *
M = MARK
TYPES = {
 'anthropic_api_key': ('ANTHROPIC_API_KEY', lambda r: 'sk-ant-api03-' + rs(r, B64URL, 93) + 'AA'),
 'aws_secret_access_key': ('AWS_SECRET_ACCESS_KEY', lambda r: rs(r, ALNUM + '+/', 40)),
 'database_password': ('DB_PASSWORD', lambda r: password(r)),
 'datadog_api_key': ('DD_API_KEY', lambda r: rs(r, HEX, 32)),
 'github_personal_access_token': ('GITHUB_TOKEN', lambda r: 'ghp_' + rs(r, ALNUM, 36)),
 'gitlab_personal_access_token': ('GITLAB_TOKEN', lambda r: 'glpat-' + rs(r, B64URL, 20)),
 'jwt_signing_secret': ('JWT_SECRET', lambda r: rs(r, B64URL, 48)),
 'mysql_url_password': ('MYSQL_URL', lambda r: password(r, url=True)),
 'postgres_url_password': ('DATABASE_URL', lambda r: password(r, url=True)),
 'redis_url_password': ('REDIS_URL', lambda r: password(r, url=True)),
 'openai_project_api_key': ('OPENAI_API_KEY', lambda r: 'sk-proj-' + rs(r, B64URL, 74) + 'T3BlbkFJ' + rs(r, B64URL, 74)),
 'sendgrid_api_key': ('SENDGRID_API_KEY', lambda r: 'SG.' + rs(r, B64URL, 22) + '.' + rs(r, B64URL, 43)),
 'slack_bot_token': ('SLACK_BOT_TOKEN', lambda r: 'xoxb-' + rs(r, '0123456789', 12) + '-' + rs(r, '0123456789', 13) + '-' + rs(r, ALNUM, 24)),
 'smtp_password': ('SMTP_PASSWORD', lambda r: password(r)),
 'stripe_live_secret_key': ('STRIPE_SECRET_KEY', lambda r: 'sk_live_' + rs(r, ALNUM, 99)),
 'telegram_bot_token': ('TELEGRAM_BOT_TOKEN', lambda r: rs(r, '123456789', 1) + rs(r, '0123456789', 9) + ':AA' + rs(r, B64URL, 33)),
 'twilio_auth_token': ('TWILIO_AUTH_TOKEN', lambda r: rs(r, HEX, 32)),
}
URLS = {'mysql_url_password': 'mysql://app_rw:' + M + '@mysql-2.dev.example:3306/shop',
        'postgres_url_password': 'postgres://svc_api:' + M + '@pg-main.dev.example:5432/orders',
        'redis_url_password': 'redis://default:' + M + '@cache.dev.example:6379/0'}

KINDS = [
 ('bash_history_tail_lines', '  501  cd ~/src/billing\n  502  export {K}=' + M + '\n  503  make test\n  504  git status\n'),
 ('zsh_extended_history_lines', ': 1741251902:0;kubectl get pods -n staging\n: 1741251934:0;export {K}="' + M + '"\n: 1741251960:0;npm run dev\n'),
 ('tmux_capture_pane_dump', '[dev] 0:zsh* 1:nvim 2:logs\n~/src/api (feature/rate-limit) $ echo ${K}\n' + M + '\n~/src/api (feature/rate-limit) $ \n'),
 ('vscode_launch_json_configuration', '{\n  "version": "0.2.0",\n  "configurations": [{\n    "type": "node", "request": "launch", "name": "API",\n    "program": "${workspaceFolder}/src/server.js",\n    "env": { "{K}": "' + M + '" }\n  }]\n}\n'),
 ('jetbrains_run_config_xml', '<component name="ProjectRunConfigurationManager">\n  <configuration name="Worker" type="Application">\n    <envs>\n      <env name="{K}" value="' + M + '" />\n    </envs>\n  </configuration>\n</component>\n'),
 ('pull_request_review_comment', '**reviewer** commented on `config/dev.env` line 12:\n> {K}=' + M + '\nThis looks like a real value — please move it to the secret store before merging.\n'),
 ('merge_request_discussion_note', 'Thread on !482 (resolved: no)\n@anja: why is `{K}` hard-coded here?\n```\n{K} = "' + M + '"\n```\n@tomasz: oops, leftover from local debugging, will rotate.\n'),
 ('gerrit_patchset_inline_comment', 'Patch Set 3:\n\n(1 comment)\n\nsrc/settings.py:\n\nLine 41:\n> {K} = "' + M + '"\nPlease read this from the environment instead.\n'),
 ('github_actions_step_log', '2025-03-04T09:12:03.4410021Z ##[group]Run ./scripts/smoke.sh\n2025-03-04T09:12:03.4412210Z env:\n2025-03-04T09:12:03.4412987Z   {K}: ' + M + '\n2025-03-04T09:12:03.4413390Z ##[endgroup]\n'),
 ('gitlab_runner_job_trace', 'Running with gitlab-runner 17.2.0\n$ echo "debug {K}=' + M + '"\ndebug {K}=' + M + '\n$ ./gradlew check\n'),
 ('circleci_step_output_text', '#!/bin/bash -eo pipefail\nenv | sort | grep -E "^(CI|{K})"\nCI=true\n{K}=' + M + '\nCircleCI received exit code 0\n'),
 ('jenkins_build_console_log', 'Started by user deploy-bot\n[Pipeline] sh\n+ set -x\n+ export {K}=' + M + '\n+ ./deploy.sh staging\nFinished: SUCCESS\n'),
 ('buildkite_pipeline_step_yaml', 'steps:\n  - label: ":rspec: tests"\n    command: bin/rspec\n    env:\n      {K}: "' + M + '"\n'),
 ('jira_comment_wiki_markup', 'h3. Repro\n{code:bash}\n{K}=' + M + ' ./bin/worker --once\n{code}\n_Logged by QA, sprint 41._\n'),
 ('linear_issue_description_markdown', '## Context\nSync job fails on staging after the token rotation.\n\n## Env used\n`{K}=' + M + '`\n\n## Expected\nJob completes.\n'),
 ('github_issue_bug_report_body', '### Describe the bug\nThe CLI crashes on login.\n\n### To Reproduce\n```sh\nexport {K}=' + M + '\nacme-cli login\n```\n### Version\n2.14.1\n'),
 ('team_chat_code_snippet_message', '[09:58] Priya: can someone sanity-check my env?\n[09:58] Priya: ```{K}=' + M + '```\n[09:59] Marco: looks right, but please don\'t paste those here\n'),
 ('obsidian_daily_note_markdown', '# 2025-03-05\n- [x] fix flaky test in payments\n- [ ] rotate staging creds\n\n> temp for local testing: {K} = ' + M + '\n\n#work #backend\n'),
 ('confluence_storage_format_page', '<ac:structured-macro ac:name="code"><ac:plain-text-body><![CDATA[{K}=' + M + ']]></ac:plain-text-body></ac:structured-macro>\n<p>Ask #platform for access.</p>\n'),
 ('readme_quickstart_section', '## Quick start\n\n1. Clone the repo\n2. Create `.env.local`:\n\n```\n{K}=' + M + '\n```\n3. Run `make up`\n'),
 ('architecture_decision_record', '# ADR 0017: Local development secrets\n\nStatus: proposed\n\nToday every laptop uses the same shared value (`{K}=' + M + '`), which we want to replace with per-developer credentials.\n'),
 ('terraform_tfvars_file', 'region      = "eu-central-1"\ninstance    = "t3.small"\n{k}  = "' + M + '"\n'),
 ('helm_values_override_file', 'image:\n  tag: 1.9.3\nextraEnv:\n  - name: {K}\n    value: "' + M + '"\n'),
 ('k8s_secret_stringdata_manifest', 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-env\ntype: Opaque\nstringData:\n  {K}: "' + M + '"\n'),
 ('compose_override_environment', 'services:\n  api:\n    environment:\n      - NODE_ENV=development\n      - {K}=' + M + '\n'),
 ('systemd_unit_environment_line', '[Unit]\nDescription=queue worker\n\n[Service]\nEnvironment={K}=' + M + '\nExecStart=/opt/worker/bin/run\n'),
 ('makefile_exported_variable', 'export {K} ?= ' + M + '\n\n.PHONY: test\ntest:\n\tgo test ./...\n'),
 ('justfile_recipe_env', 'set dotenv-load\n\nseed:\n    {K}=' + M + ' cargo run --bin seed\n'),
 ('gradle_user_properties_file', 'org.gradle.jvmargs=-Xmx2g\nsystemProp.{k}=' + M + '\n'),
 ('maven_profile_properties_xml', '<profile>\n  <id>dev</id>\n  <properties>\n    <{k}>' + M + '</{k}>\n  </properties>\n</profile>\n'),
 ('django_local_settings_module', 'from .base import *\n\nDEBUG = True\n{K} = "' + M + '"\n'),
 ('spring_application_yaml_profile', 'spring:\n  config:\n    activate:\n      on-profile: local\napp:\n  {k}: ' + M + '\n'),
 ('dotnet_user_secrets_json', '{\n  "Logging:LogLevel:Default": "Debug",\n  "{K}": "' + M + '"\n}\n'),
 ('laravel_env_local_file', 'APP_ENV=local\nAPP_DEBUG=true\n{K}=' + M + '\n'),
 ('elixir_runtime_exs_config', 'import Config\n\nconfig :shop, :secrets,\n  {k}: "' + M + '"\n'),
 ('git_commit_message_body', 'commit 3f9a1c2e7b\nAuthor: dev <dev@example.test>\n\n    wip: make integration test pass\n\n    used {K}=' + M + ' locally, remove before push\n'),
 ('git_stash_show_patch', 'stash@{0}: WIP on main: 1a2b3c4 bump deps\n--- a/.env\n+++ b/.env\n@@ -1 +1,2 @@\n LOG_LEVEL=debug\n+{K}=' + M + '\n'),
 ('pre_commit_hook_failure_output', 'detect-secrets...........................................Failed\n- hook id: detect-secrets\n\nPotential secret in config/local.yml:7\n  {k}: ' + M + '\n'),
 ('error_tracker_event_breadcrumb', '{"category": "process.env", "level": "debug", "message": "loaded config", "data": {"{K}": "' + M + '"}}\n'),
 ('api_client_environment_export', '{\n  "name": "staging",\n  "values": [\n    {"key": "{k}", "value": "' + M + '", "enabled": true}\n  ]\n}\n'),
 ('rest_client_http_file', '@baseUrl = https://api.staging.example\n@{k} = ' + M + '\n\n### health\nGET {{baseUrl}}/health\n'),
 ('vagrantfile_shell_provision', 'Vagrant.configure("2") do |config|\n  config.vm.provision "shell", env: { "{K}" => "' + M + '" }, path: "bootstrap.sh"\nend\n'),
 ('procfile_dev_inline_env', 'web: {K}=' + M + ' bin/rails server -p 3000\nworker: bundle exec sidekiq\n'),
 ('nvim_scratch_buffer_lines', '-- scratch.lua  [+]\n-- TODO remove\nvim.env.{K} = "' + M + '"\n~\n~\n-- INSERT --\n'),
 ('weekly_status_email_draft', 'Hi team,\n\nthis week: migrated the worker to the new queue, fixed the flaky login test.\nIf you need the staging value it is {K}=' + M + ' (until Friday\'s rotation).\n\nCheers, Lea\n'),
]

def lower(k):
    return k.lower()

def build(seed=4801):
    r = random.Random(seed)
    use = {t: 0 for t in TYPES}
    recs = []
    for kind, tpl in KINDS:
        chosen = []
        for _ in range(4):
            cands = sorted([t for t in TYPES if t not in chosen], key=lambda t: (use[t], r.random()))
            t = cands[0]; chosen.append(t); use[t] += 1
            env, gen = TYPES[t]
            val = gen(r)
            body = tpl.replace('{K}', env).replace('{k}', lower(env))
            if t in URLS:
                body = body.replace(M, URLS[t], 1)
                if body.count(M) > 1:  # templates echoing the value twice
                    body = body.replace(M, URLS[t])
            n = body.count(M)
            text = body.replace(M, val)
            spans = []
            pos = 0
            for _i in range(n):
                s = text.index(val, pos); spans.append({'value': val, 'start': s, 'end': s + len(val), 'type': t}); pos = s + len(val)
            recs.append({'type': t, 'container': kind, 'text': text, 'secrets': spans, 'source': 'everyday'})
    return recs
