"""Everyday part: common secret types in new container kinds (seed 22001)."""
import random
from common import shape, password, github_token, rs, ALNUM, HEX, make_record

SEED = 22001

USERS = ['app', 'svc_web', 'deploy', 'reporting', 'etl_user', 'backend', 'orders_rw', 'billing']
HOSTS = ['db-prod-2.internal', 'pg.eu-west.corp.example', 'mysql-primary.svc.cluster.local',
         'cache-01.lan', '10.12.4.31', 'rabbit.ops.example.net', 'data.acme-int.example']
PROJ = ['atlas', 'orchard', 'kestrel', 'bluefin', 'marigold', 'quarry', 'lumen', 'tundra']


def _types():
    T = {}

    def add(name, env, label, gen, dsn=None):
        T[name] = (env, label, gen, dsn)
    add('aws_secret_access_key', 'AWS_SECRET_ACCESS_KEY', 'AWS secret key', lambda r: shape(r, '{b6440}'))
    add('anthropic_api_key', 'ANTHROPIC_API_KEY', 'Anthropic key', lambda r: 'sk-ant-api03-' + shape(r, '{url93}') + 'AA')
    add('cloudflare_api_token', 'CLOUDFLARE_API_TOKEN', 'Cloudflare token', lambda r: shape(r, '{url40}'))
    add('datadog_api_key', 'DD_API_KEY', 'Datadog API key', lambda r: shape(r, '{hex32}'))
    add('digitalocean_personal_access_token', 'DIGITALOCEAN_TOKEN', 'DigitalOcean token', lambda r: 'dop_v1_' + shape(r, '{hex64}'))
    add('dockerhub_personal_access_token', 'DOCKERHUB_TOKEN', 'Docker Hub PAT', lambda r: 'dckr_pat_' + shape(r, '{url27}'))
    add('github_classic_pat', 'GITHUB_TOKEN', 'GitHub token', lambda r: github_token(r, 'ghp_'))
    add('github_fine_grained_pat', 'GH_PAT', 'fine-grained GitHub PAT', lambda r: 'github_pat_11' + shape(r, '{upper20}_{alnum59}'))
    add('gitlab_personal_access_token', 'GITLAB_TOKEN', 'GitLab PAT', lambda r: 'glpat-' + shape(r, '{url20}'))
    add('google_gemini_api_key', 'GEMINI_API_KEY', 'Gemini key', lambda r: 'AIza' + shape(r, '{url35}'))
    add('huggingface_access_token', 'HF_TOKEN', 'Hugging Face token', lambda r: 'hf_' + shape(r, '{letters34}'))
    add('jwt_signing_secret', 'JWT_SECRET', 'JWT signing secret', lambda r: shape(r, '{hex64}') if r.random() < .5 else shape(r, '{b64pad48}'))
    add('npm_access_token', 'NPM_TOKEN', 'npm token', lambda r: github_token(r, 'npm_'))
    add('openai_project_api_key', 'OPENAI_API_KEY', 'OpenAI key', lambda r: 'sk-proj-' + shape(r, '{url74}') + 'T3BlbkFJ' + shape(r, '{url74}'))
    add('sendgrid_api_key', 'SENDGRID_API_KEY', 'SendGrid key', lambda r: 'SG.' + shape(r, '{url22}.{url43}'))
    add('sentry_user_auth_token', 'SENTRY_AUTH_TOKEN', 'Sentry auth token', lambda r: 'sntryu_' + shape(r, '{hex64}'))
    add('slack_bot_token', 'SLACK_BOT_TOKEN', 'Slack bot token', lambda r: 'xoxb-' + shape(r, '{digits12}-{digits13}-{alnum24}'))
    add('stripe_live_secret_key', 'STRIPE_SECRET_KEY', 'Stripe live key', lambda r: 'sk_live_51' + shape(r, '{alnum97}'))
    add('stripe_restricted_key', 'STRIPE_RESTRICTED_KEY', 'Stripe restricted key', lambda r: 'rk_live_51' + shape(r, '{alnum97}'))
    add('telegram_bot_token', 'TELEGRAM_BOT_TOKEN', 'Telegram bot token', lambda r: shape(r, '{digits10}') .lstrip('0').rjust(10, '7') + ':AA' + shape(r, '{url33}'))
    add('twilio_auth_token', 'TWILIO_AUTH_TOKEN', 'Twilio auth token', lambda r: shape(r, '{hex32}'))
    add('slack_incoming_webhook_url', 'SLACK_WEBHOOK_URL', 'Slack webhook',
        lambda r: 'https://hooks.slack.com/services/T' + shape(r, '{upper10}/B{upper10}/{alnum24}'))
    add('azure_storage_account_key', 'AZURE_STORAGE_KEY', 'storage account key', lambda r: shape(r, '{b64pad64}'))
    add('database_password', 'DB_PASSWORD', 'database password', lambda r: password(r))
    add('smtp_password', 'SMTP_PASSWORD', 'SMTP password', lambda r: password(r))
    add('postgres_url_password', 'DATABASE_URL', 'Postgres URL', lambda r: password(r),
        lambda r, pw: 'postgresql://%s:%s@%s:5432/%s' % (r.choice(USERS), pw, r.choice(HOSTS), r.choice(PROJ)))
    add('mysql_url_password', 'MYSQL_URL', 'MySQL URL', lambda r: password(r),
        lambda r, pw: 'mysql://%s:%s@%s:3306/%s' % (r.choice(USERS), pw, r.choice(HOSTS), r.choice(PROJ)))
    add('redis_url_password', 'REDIS_URL', 'Redis URL', lambda r: password(r),
        lambda r, pw: 'redis://default:%s@%s:6379/0' % (pw, r.choice(HOSTS)))
    add('amqp_url_password', 'AMQP_URL', 'RabbitMQ URL', lambda r: password(r),
        lambda r, pw: 'amqps://%s:%s@%s:5671/%s' % (r.choice(USERS), pw, r.choice(HOSTS), r.choice(PROJ)))
    add('mongodb_srv_uri_password', 'MONGODB_URI', 'Mongo URI', lambda r: password(r),
        lambda r, pw: 'mongodb+srv://%s:%s@cluster0.%s.mongodb.net/%s?retryWrites=true' % (r.choice(USERS), pw, rs(r, 'abcdefghijklmnopqrstuvwxyz0123456789', 5), r.choice(PROJ)))
    return T


TYPES = _types()

# container kind -> template; {env} {inline} {label} {user} {host} {proj} {n} {n2} {ts} {ts2}
C = {
 # CI / build logs
 'buildkite_agent_job_log': "~~~ Running global environment hook\n$ export {env}={inline}\n~~~ :docker: Building image {proj}-api\n[{ts}] Step 3/11 : RUN make build",
 'drone_ci_step_log': "+ echo \"using {env}={inline}\"\nusing {env}={inline}\n+ make test\nok   {proj}/internal/api  {n}.412s",
 'woodpecker_pipeline_step_log': "[step: migrate] + printenv | grep -i {envlow}\n[step: migrate] {env}={inline}\n[step: migrate] + ./migrate up\n[step: migrate] applied {n} migrations",
 'travis_ci_build_log': "$ export {env}={inline}\n$ bundle exec rake spec\nFinished in {n}.07 seconds\nThe command \"bundle exec rake spec\" exited with 0.",
 'circleci_step_output_log': "#!/bin/bash -eo pipefail\nenv | sort\nCIRCLE_BRANCH=main\nCIRCLE_JOB=deploy\n{env}={inline}\nHOME=/home/circleci",
 'tekton_taskrun_log': "[build : step-push] time=\"{ts}\" level=debug msg=\"env {env}={inline}\"\n[build : step-push] pushing registry.example/{proj}:v{n}",
 'google_cloud_build_log': "Step #2 - \"deploy\": Running: gcloud run deploy {proj} --set-env-vars={env}={inline}\nStep #2 - \"deploy\": Deploying container to Cloud Run service [{proj}]",
 'aws_codebuild_log_events': "[Container] {ts} Running command echo {env}=${env}\n{env}={inline}\n[Container] {ts} Phase complete: BUILD State: SUCCEEDED",
 'bamboo_build_log_txt': "build\t{ts}\tSubstituting variable: ${{bamboo.{envlow}}} with {inline}\nbuild\t{ts}\tStarting task 'Deploy {proj}' of type 'com.atlassian.bamboo.plugins.scripttask:task.builder.script'",
 'gitea_actions_runner_log': "{ts} ::group::Run ./scripts/release.sh\n{ts} {env}: {inline}\n{ts} ::endgroup::\n{ts} release {proj} v{n}.2.0 published",
 # config / IaC
 'direnv_envrc_file': "# .envrc for {proj}\nuse flake\nexport {env}=\"{inline}\"\nexport LOG_LEVEL=debug",
 'symfony_env_local_php': "<?php\n\n// This file was generated by running \"composer dump-env dev\"\n\nreturn array (\n  'APP_ENV' => 'dev',\n  '{env}' => '{inline}',\n);",
 'laravel_config_cache_php': "<?php return array (\n  'services' => \n  array (\n    '{envlow}' => '{inline}',\n    'region' => 'eu-central-1',\n  ),\n);",
 'hugo_config_toml_params': "baseURL = 'https://{proj}.example.org/'\ntitle = '{proj} notes'\n\n[params]\n  {envlow} = '{inline}'\n  mainSections = ['posts']",
 'nextjs_env_local_file': "# .env.local (do not commit)\nNEXT_PUBLIC_SITE_URL=https://{proj}.example.com\n{env}={inline}",
 'firebase_functions_config_json': "{{\n  \"{proj}\": {{\n    \"{envlow}\": \"{inline}\"\n  }},\n  \"region\": \"europe-west1\"\n}}",
 'serverless_yml_provider_env': "service: {proj}-api\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  environment:\n    {env}: {inline}\n    STAGE: prod",
 'sam_template_env_vars_yaml': "Resources:\n  {projcap}Function:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: app.handler\n      Environment:\n        Variables:\n          {env}: \"{inline}\"",
 'chef_data_bag_item_json': "{{\n  \"id\": \"{proj}\",\n  \"{envlow}\": \"{inline}\",\n  \"owner\": \"{user}\"\n}}",
 'puppet_hiera_common_yaml': "---\nprofile::{proj}::log_level: info\nprofile::{proj}::{envlow}: '{inline}'\nprofile::{proj}::workers: {n}",
 'terragrunt_hcl_inputs': "include \"root\" {{\n  path = find_in_parent_folders()\n}}\n\ninputs = {{\n  name      = \"{proj}\"\n  {envlow} = \"{inline}\"\n}}",
 'bicep_parameters_json': "{{\n  \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#\",\n  \"parameters\": {{\n    \"{envcamel}\": {{ \"value\": \"{inline}\" }}\n  }}\n}}",
 'helmfile_yaml_set_values': "releases:\n  - name: {proj}\n    chart: ./charts/{proj}\n    set:\n      - name: env.{env}\n        value: {inline}",
 'docker_compose_override_yml': "# docker-compose.override.yml (local only)\nservices:\n  {proj}:\n    environment:\n      {env}: \"{inline}\"",
 'flyctl_secrets_set_history': "$ fly secrets set {env}={inline} -a {proj}\nRelease v{n} created\n==> Monitoring deployment",
 # notes apps
 'notion_page_export_md': "# {projcap} infra notes\n\nOwner: {user}\n\n- staging box rebuilt on {date}\n- {label}: `{inline}`\n- TODO rotate after launch",
 'evernote_enex_note': "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<en-export><note><title>{proj} creds</title><content><![CDATA[<en-note><div>{label}</div><div>{inline}</div></en-note>]]></content></note></en-export>",
 'bear_note_markdown': "# {proj} setup #work/{proj}\n\nremember to put this in the vault later\n{env}={inline}\n",
 'simplenote_export_json': "{{\"activeNotes\": [{{\"id\": \"{hex8}\", \"content\": \"{proj} deploy\\n{label} {inline}\", \"tags\": [\"work\"]}}]}}",
 'google_keep_takeout_json': "{{\"color\":\"YELLOW\",\"isTrashed\":false,\"title\":\"{proj}\",\"textContent\":\"{label} = {inline}\",\"userEditedTimestampUsec\":{usec}}}",
 'onenote_page_html_export': "<html><body><h1>{projcap} handover</h1><p>Created {date}</p><p>{label}: {inline}</p></body></html>",
 # chat exports
 'slack_channel_export_json': "[{{\"type\": \"message\", \"user\": \"U0{upper8}\", \"text\": \"here you go {env}={inline}\", \"ts\": \"{n2}.000200\"}}]",
 'rocketchat_message_export_json': "{{\"_id\": \"{alnum17}\", \"rid\": \"GENERAL\", \"msg\": \"{label} for {proj}: {inline}\", \"u\": {{\"username\": \"{user}\"}}}}",
 'zoom_meeting_chat_txt': "{time}\t From {person} to Everyone:\n\tcan someone paste the {label}?\n{time}\t From {person2} to Everyone:\n\t{inline}",
 'webex_space_message_json': "{{\"items\": [{{\"roomType\": \"group\", \"text\": \"{label} -> {inline}\", \"personEmail\": \"{user}@corp.example\"}}]}}",
 'znc_irc_channel_log': "[{time}] <{user}> {env}={inline}\n[{time}] <{user}> oops wrong window\n[{time}] * {person2} sighs",
 # shell / REPL histories
 'bash_history_timestamped': "#{n2}\ncd ~/src/{proj}\n#{n2}\nexport {env}='{inline}'\n#{n2}\nmake deploy",
 'fish_history_yaml': "- cmd: set -x {env} {inline}\n  when: {n2}\n- cmd: npm run start\n  when: {n2}",
 'psreadline_history_txt': "cd C:\\src\\{proj}\n$env:{env} = \"{inline}\"\ndotnet run --project src/{projcap}.Api",
 'psql_history_file': "\\dt\nSELECT count(*) FROM orders;\n\\set {envlow} '{inline}'\n\\q",
 'node_repl_history_file': "process.env.{env} = '{inline}'\nrequire('./dist/{proj}').start()\n.exit",
 'irb_history_file': "ENV['{env}'] = '{inline}'\nClient.new.ping\nexit",
 'nushell_history_txt': "$env.{env} = \"{inline}\"\nls | where size > 1mb\ncargo run --release",
 # error trackers
 'honeybadger_notice_json': "{{\"error\": {{\"class\": \"RuntimeError\", \"message\": \"auth failed\"}}, \"request\": {{\"cgi_data\": {{\"{env}\": \"{inline}\", \"SERVER_NAME\": \"{proj}.example\"}}}}}}",
 'airbrake_notice_json': "{{\"errors\": [{{\"type\": \"TimeoutError\", \"message\": \"upstream timed out\"}}], \"environment\": {{\"{env}\": \"{inline}\", \"HOSTNAME\": \"{proj}-web-{n}\"}}}}",
 'raygun_crash_report_json': "{{\"Details\": {{\"MachineName\": \"{proj}-worker\", \"Error\": {{\"Message\": \"NullReferenceException\"}}, \"Environment\": {{\"EnvironmentVariables\": {{\"{env}\": \"{inline}\"}}}}}}}}",
 'glitchtip_event_json': "{{\"event_id\": \"{hex32}\", \"level\": \"error\", \"extra\": {{\"settings_dump\": {{\"{env}\": \"{inline}\"}}}}, \"platform\": \"python\"}}",
 'newrelic_error_trace_attrs_json': "{{\"error.class\": \"ConnectionError\", \"transactionName\": \"WebTransaction/Function/{proj}\", \"custom\": {{\"{envlow}\": \"{inline}\"}}}}",
 'appsignal_sample_params_json': "{{\"action\": \"SessionsController#create\", \"environment\": {{\"{env}\": \"{inline}\"}}, \"duration\": {n}.5}}",
 # editors / IDEs
 'vscode_settings_terminal_env_json': "{{\n  \"editor.formatOnSave\": true,\n  \"terminal.integrated.env.linux\": {{\n    \"{env}\": \"{inline}\"\n  }}\n}}",
 'jetbrains_workspace_xml_envs': "<component name=\"RunManager\">\n  <configuration name=\"{proj}\" type=\"PythonConfigurationType\">\n    <envs>\n      <env name=\"{env}\" value=\"{inline}\" />\n    </envs>\n  </configuration>\n</component>",
 'sublime_project_build_env': "{{\n  \"build_systems\": [{{\n    \"name\": \"{proj}\",\n    \"cmd\": [\"make\"],\n    \"env\": {{\"{env}\": \"{inline}\"}}\n  }}]\n}}",
 'emacs_dir_locals_el': "((nil . ((eval . (setenv \"{env}\" \"{inline}\"))\n         (fill-column . 100))))",
 'neovim_lua_setenv_line': "-- ~/.config/nvim/lua/{proj}.lua\nvim.env.{env} = \"{inline}\"\nvim.opt.number = true",
 'vim_session_file_let': "let SessionLoad = 1\nlet $LANG='en_US.UTF-8'\nlet ${env}='{inline}'\ncd ~/src/{proj}",
 'zed_tasks_json_env': "[\n  {{\n    \"label\": \"run {proj}\",\n    \"command\": \"cargo run\",\n    \"env\": {{ \"{env}\": \"{inline}\" }}\n  }}\n]",
 # issue / forum / misc
 'gitlab_issue_description_md': "### Steps to reproduce\n\n1. set `{env}={inline}`\n2. run `./bin/{proj} sync`\n3. observe 401\n\n/label ~bug",
 'jira_issue_comment_wiki_markup': "{{code:bash}}\nexport {env}={inline}\n./deploy.sh {proj}\n{{code}}\nstill failing on staging, see logs",
 'hacker_news_comment_text': "Had the same issue. What fixed it for me was setting {env}={inline} before running the migration, then restarting.",
 'postman_console_log_export': "POST https://api.{proj}.example/v1/jobs\nRequest Headers\n  X-Debug-Env: {env}={inline}\nResponse 202 Accepted",
}

PERSONS = ['Dana Ruiz', 'Tomasz K', 'Priya N', 'Lee Ansel', 'Marta Vos', 'Jon Beck']


def _camel(env):
    parts = env.lower().split('_')
    return parts[0] + ''.join(p.title() for p in parts[1:])


def build():
    r = random.Random(SEED)
    kinds = sorted(C)
    tnames = sorted(TYPES)
    use = {t: 0 for t in tnames}
    recs = []
    per = [4] * len(kinds)
    # 60 kinds * 4 = 240
    for k, cnt in zip(kinds, per):
        chosen = []
        for _ in range(cnt):
            m = min(use[t] for t in tnames if t not in chosen)
            cand = [t for t in tnames if use[t] == m and t not in chosen]
            t = r.choice(cand)
            chosen.append(t)
            use[t] += 1
        for t in chosen:
            env, label, gen, dsn = TYPES[t]
            value = gen(r)
            inline = dsn(r, value) if dsn else value
            proj = r.choice(PROJ)
            fill = dict(env=env, envlow=env.lower(), envcamel=_camel(env), inline=inline, label=label,
                        user=r.choice(USERS), host=r.choice(HOSTS), proj=proj, projcap=proj.title(),
                        n=r.randint(2, 97), n2=r.randint(1700000000, 1730000000),
                        ts='2024-%02d-%02dT%02d:%02d:%02dZ' % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
                        date='2024-%02d-%02d' % (r.randint(1, 12), r.randint(1, 28)),
                        time='%02d:%02d:%02d' % (r.randint(8, 19), r.randint(0, 59), r.randint(0, 59)),
                        person=r.choice(PERSONS), person2=r.choice(PERSONS), hex8=rs(r, HEX, 8),
                        hex32=rs(r, HEX, 32), upper8=rs(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8),
                        alnum17=rs(r, ALNUM, 17), usec=r.randint(1700000000000000, 1730000000000000))
            text = C[k].format(**fill)
            recs.append((k, text, [(value, t)]))
    return recs, use
