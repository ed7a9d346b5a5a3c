"""Everyday chat-ops records: 45 container kinds x 4, 16 types (seed 9401)."""
import random
from common94 import *

def slack_bot(r): return 'xoxb-%s-%s-%s' % (rstr(r, DIG, 12), rstr(r, DIG, 13), rstr(r, ALNUM, 24))
def slack_sign(r): return rstr(r, HEX, 32)
def discord(r):
    import base64
    uid = str(r.randint(10**17, 10**18 - 1))
    return base64.b64encode(uid.encode()).decode().rstrip('=') + '.' + rstr(r, B64U, 6) + '.' + rstr(r, B64U, 38)
def telegram(r): return '%d:AA%s' % (r.randint(10**9, 8 * 10**9), rstr(r, B64U, 33))
def whatsapp(r): return 'EAA' + rstr(r, ALNUM, r.randint(180, 200))
def mm(r): return rstr(r, LOW + DIG, 26)
def entra(r): return rstr(r, ALNUM, 3) + str(r.randint(0, 9)) + 'Q~' + rstr(r, ALNUM + '_-.~', 34)
def rocket(r): return rstr(r, B64U, 43)
def zulip(r): return rstr(r, ALNUM, 32)
def openai(r): return 'sk-proj-' + rstr(r, B64U, 74) + 'T3BlbkFJ' + rstr(r, B64U, 74)
def ghsecret(r): return rstr(r, HEX, 40)

TYPES = [  # (type, env name, generator)
    ('chatops_slack_app_bot_user_token', 'SLACK_BOT_TOKEN', slack_bot),
    ('chatops_slack_request_signing_secret', 'SLACK_SIGNING_SECRET', slack_sign),
    ('chatops_discord_application_bot_token', 'DISCORD_TOKEN', discord),
    ('chatops_telegram_botfather_token', 'TELEGRAM_TOKEN', telegram),
    ('chatops_whatsapp_cloud_system_user_token', 'WHATSAPP_ACCESS_TOKEN', whatsapp),
    ('chatops_matrix_bot_account_password', 'MATRIX_PASSWORD', password),
    ('chatops_mattermost_bot_access_token', 'MM_BOT_TOKEN', mm),
    ('chatops_teams_bot_framework_app_password', 'MicrosoftAppPassword', entra),
    ('chatops_rocketchat_personal_access_token', 'ROCKETCHAT_AUTH_TOKEN', rocket),
    ('chatops_zulip_bot_api_key', 'ZULIP_API_KEY', zulip),
    ('chatops_bot_redis_store_password', 'REDIS_PASSWORD', password),
    ('chatops_bot_llm_openai_project_key', 'OPENAI_API_KEY', openai),
    ('chatops_bot_admin_panel_password', 'ADMIN_PASSWORD', password),
    ('chatops_errbot_xmpp_account_password', 'BOT_XMPP_PASSWORD', password),
    ('chatops_repo_webhook_shared_secret', 'WEBHOOK_SECRET', ghsecret),
    ('chatops_bot_postgres_password', 'PGPASSWORD', password),
]

KINDS = [
 ('replit_secrets_pane_json_export', '{\n  "{K}": "{V}",\n  "BOT_PREFIX": "!"\n}\n'),
 ('replit_dot_replit_run_command', 'run = "{K}={V} python3 main.py"\nentrypoint = "main.py"\n'),
 ('glitch_dot_env_file_line', '# .env  (only invited members can see this)\n{K}={V}\nPORT=3000\n'),
 ('glitch_remix_console_history', '$ refresh\n$ echo "{K}={V}" >> .env && refresh\n'),
 ('railway_variables_raw_editor', '{K}="{V}"\nNODE_ENV="production"\n'),
 ('railway_cli_variables_set_history', '{user}@laptop:~/bot$ railway variables --set "{K}={V}"\n'),
 ('fly_toml_env_section_comment', '[env]\n  LOG_LEVEL = "info"\n  # {K} = "{V}"  -> move to fly secrets\n'),
 ('procfile_worker_inline_env', 'worker: {K}={V} node bot.js\n'),
 ('hubot_bin_hubot_shell_export', '#!/bin/sh\nset -e\nexport {K}="{V}"\nexec node_modules/.bin/hubot --name ops "$@"\n'),
 ('hubot_external_scripts_json_note', '[\n  "hubot-help",\n  "hubot-pugme"\n]\n// {K}={V} (set in heroku config instead)\n'),
 ('errbot_config_py_assignment', 'BACKEND = "XMPP"\nBOT_DATA_DIR = "/srv/errbot/data"\n{K} = "{V}"\n'),
 ('lita_config_rb_adapter_block', 'Lita.configure do |config|\n  config.robot.name = "ops"\n  config.adapters.slack.token = "{V}"\nend\n'),
 ('botkit_env_js_require', "require('dotenv').config();\nprocess.env.{K} = process.env.{K} || '{V}';\n"),
 ('bolt_js_app_constructor', "const app = new App({\n  token: '{V}',\n  socketMode: true,\n});\n"),
 ('bolt_python_app_init', 'app = App(\n    token=os.environ.get("{K}", "{V}"),\n)\n'),
 ('discord_py_bot_run_call', 'bot = commands.Bot(command_prefix="!", intents=intents)\n\nbot.run("{V}")\n'),
 ('discordjs_config_json_member', '{\n  "clientId": "{n}0418872612345678",\n  "{K}": "{V}"\n}\n'),
 ('python_telegram_bot_builder_chain', 'application = ApplicationBuilder().token("{V}").build()\n'),
 ('telegraf_node_constructor', "const bot = new Telegraf('{V}')\nbot.start((ctx) => ctx.reply('hi'))\n"),
 ('maubot_instance_config_yaml', 'user_id: "@ops:{host}"\naccess_token: {V}\n# {K}\n'),
 ('matrix_nio_login_script', 'client = AsyncClient("https://{host}", "@ops:{host}")\n# {K}\nawait client.login("{V}")\n'),
 ('mattermost_plugin_settings_json', '{\n  "PluginSettings": {\n    "Plugins": { "ops": { "{K}": "{V}" } }\n  }\n}\n'),
 ('zuliprc_api_section', '[api]\nemail=ops-bot@{host}\nkey={V}\nsite=https://{host}\n'),
 ('rocketchat_hubot_adapter_compose_env', 'services:\n  hubot:\n    environment:\n      - ROCKETCHAT_URL={host}\n      - {K}={V}\n'),
 ('teams_bot_appsettings_json', '{\n  "MicrosoftAppType": "MultiTenant",\n  "{K}": "{V}"\n}\n'),
 ('azure_bot_local_settings_json', '{\n  "IsEncrypted": false,\n  "Values": { "{K}": "{V}" }\n}\n'),
 ('slack_app_manifest_yaml_comment', 'display_information:\n  name: ops\nsettings:\n  socket_mode_enabled: true\n# {K}: {V}\n'),
 ('slash_command_handler_lambda_env', 'Environment:\n  Variables:\n    {K}: "{V}"\n    STAGE: prod\n'),
 ('github_actions_notify_step_env', '- name: notify {chan}\n  run: ./notify.sh\n  env:\n    {K}: {V}\n'),
 ('bot_systemd_unit_environment', '[Service]\nEnvironment="{K}={V}"\nExecStart=/usr/bin/node /srv/bot/index.js\n'),
 ('pm2_ecosystem_config_env', "module.exports = { apps: [{ name: 'bot', script: 'index.js',\n  env: { {K}: '{V}' } }] }\n"),
 ('supervisord_program_environment', '[program:errbot]\ncommand=errbot -c /srv/errbot/config.py\nenvironment={K}="{V}"\n'),
 ('kubernetes_bot_deployment_env_value', '        env:\n        - name: {K}\n          value: "{V}"\n'),
 ('terraform_bot_lambda_variables', 'environment {\n  variables = {\n    {K} = "{V}"\n  }\n}\n'),
 ('bot_dev_chat_pasted_snippet', '[{n}:0{n}] <{user}> try it with {K}={V} and tell me if /deploy answers\n'),
 ('bot_incident_ticket_body', 'Incident: bot stopped answering in {chan}.\nRepro: started it locally with {K}={V}\nExpected: reply within 3s.\n'),
 ('bot_readme_quickstart_block', '## Quick start\n\n```\n{K}={V} npm start\n```\n'),
 ('jupyter_bot_prototype_cell', 'In [{n}]: os.environ["{K}"] = "{V}"\n'),
 ('bot_docker_run_history', '  {n}  docker run -d --name bot -e {K}={V} ghcr.io/acme/bot:latest\n'),
 ('bot_crash_stacktrace_env_dump', 'Traceback (most recent call last):\n  File "bot.py", line {n}, in <module>\nKeyError: \'CHANNEL\'\nenv at crash: {K}={V}\n'),
 ('bot_worker_log_startup_line', '2026-03-0{n} 10:12:0{n} INFO starting worker with config {K}={V}\n'),
 ('vercel_env_pull_dotenv_local', '# Created by Vercel CLI\n{K}="{V}"\nVERCEL_ENV="development"\n'),
 ('render_yaml_envvars_value', 'envVars:\n  - key: {K}\n    value: {V}\n'),
 ('netlify_functions_toml_env', '[context.production.environment]\n  {K} = "{V}"\n'),
 ('bot_sqlite_settings_row_dump', 'sqlite> select key, value from settings;\nprefix|!\n{K}|{V}\n'),
]

def build(seed=9401):
    r = random.Random(seed)
    used = {t[0]: 0 for t in TYPES}
    out = []
    for kind, tpl in KINDS:
        chosen = []
        for _ in range(4):
            cands = [t for t in TYPES if t[0] not in [c[0] for c in chosen]]
            m = min(used[t[0]] for t in cands)
            t = r.choice([t for t in cands if used[t[0]] == m]); chosen.append(t); used[t[0]] += 1
        for typ, env, gen in chosen:
            v = gen(r)
            text, starts = fill(tpl, v, K=env, **ctx(r))
            out.append((kind, text, starts, v, typ))
    return out
