"""Everyday part: 30 common secret types x 60 new container kinds (4 records each)."""
import random
from common import Gen, ALNUM, B64, B64U, HEX, DIG, UPPER, LOWER, crc_token, render, pos_record, jwt_like

SEED = 27001
USERS = ["app", "svc_api", "deploy", "etl", "backend", "reporting", "webapp", "ingest"]
HOSTS = ["db.internal", "pg-main.lan", "10.0.4.17", "mysql01.corp.example", "cache.internal", "mq.internal",
         "cluster0.ab12cd.mongodb.net", "redis-prod.internal", "broker.lan"]


def _dsn(g, scheme, port, t, path="/app"):
    u = g.r.choice(USERS)
    h = g.r.choice(HOSTS)
    pw = g.uniq(lambda: g.password(14, 22))
    return [f"{scheme}://{u}:", (pw, t), f"@{h}:{port}{path}" if port else f"@{h}{path}"]


def types():
    return [
        ("aws_secret_access_key", "AWS_SECRET_ACCESS_KEY", lambda g: [(g.uniq(lambda: g.s(ALNUM + "+/", 40)), "aws_secret_access_key")]),
        ("azure_storage_account_key", "AZURE_STORAGE_KEY", lambda g: [(g.uniq(lambda: __import__("base64").b64encode(bytes(g.r.randrange(256) for _ in range(64))).decode()), "azure_storage_account_key")]),
        ("cloudflare_api_token", "CLOUDFLARE_API_TOKEN", lambda g: [(g.uniq(lambda: g.s(ALNUM + "_-", 40)), "cloudflare_api_token")]),
        ("datadog_api_key", "DD_API_KEY", lambda g: [(g.uniq(lambda: g.hexs(32)), "datadog_api_key")]),
        ("digitalocean_personal_access_token", "DIGITALOCEAN_TOKEN", lambda g: [(g.uniq(lambda: "dop_v1_" + g.hexs(64)), "digitalocean_personal_access_token")]),
        ("dockerhub_personal_access_token", "DOCKERHUB_TOKEN", lambda g: [(g.uniq(lambda: "dckr_pat_" + g.s(ALNUM + "_-", 27)), "dockerhub_personal_access_token")]),
        ("github_classic_pat", "GITHUB_TOKEN", lambda g: [(g.uniq(lambda: crc_token("ghp_", g.s(ALNUM, 30))), "github_classic_pat")]),
        ("github_fine_grained_pat", "GH_PAT", lambda g: [(g.uniq(lambda: "github_pat_11" + g.s(UPPER + DIG, 22) + "_" + g.s(ALNUM, 59)), "github_fine_grained_pat")]),
        ("gitlab_personal_access_token", "GITLAB_TOKEN", lambda g: [(g.uniq(lambda: "glpat-" + g.s(ALNUM + "_-", 20)), "gitlab_personal_access_token")]),
        ("google_gemini_api_key", "GEMINI_API_KEY", lambda g: [(g.uniq(lambda: "AIza" + g.s(ALNUM + "_-", 35)), "google_gemini_api_key")]),
        ("huggingface_access_token", "HF_TOKEN", lambda g: [(g.uniq(lambda: "hf_" + g.s(UPPER + LOWER, 34)), "huggingface_access_token")]),
        ("jwt_signing_secret", "JWT_SECRET", lambda g: [(g.uniq(lambda: g.s(B64U, 48)), "jwt_signing_secret")]),
        ("npm_access_token", "NPM_TOKEN", lambda g: [(g.uniq(lambda: crc_token("npm_", g.s(ALNUM, 30))), "npm_access_token")]),
        ("openai_project_api_key", "OPENAI_API_KEY", lambda g: [(g.uniq(lambda: "sk-proj-" + g.s(ALNUM + "_-", 74) + "T3BlbkFJ" + g.s(ALNUM + "_-", 74)), "openai_project_api_key")]),
        ("anthropic_api_key", "ANTHROPIC_API_KEY", lambda g: [(g.uniq(lambda: "sk-ant-api03-" + g.s(ALNUM + "_-", 93) + "AA"), "anthropic_api_key")]),
        ("sendgrid_api_key", "SENDGRID_API_KEY", lambda g: [(g.uniq(lambda: "SG." + g.s(ALNUM + "_-", 22) + "." + g.s(ALNUM + "_-", 43)), "sendgrid_api_key")]),
        ("sentry_user_auth_token", "SENTRY_AUTH_TOKEN", lambda g: [(g.uniq(lambda: "sntryu_" + g.hexs(64)), "sentry_user_auth_token")]),
        ("slack_bot_token", "SLACK_BOT_TOKEN", lambda g: [(g.uniq(lambda: "xoxb-" + g.s(DIG, 12) + "-" + g.s(DIG, 13) + "-" + g.s(ALNUM, 24)), "slack_bot_token")]),
        ("slack_incoming_webhook_url", "SLACK_WEBHOOK_URL", lambda g: [(g.uniq(lambda: "https://hooks.slack.com/services/T" + g.s(UPPER + DIG, 10) + "/B" + g.s(UPPER + DIG, 10) + "/" + g.s(ALNUM, 24)), "slack_incoming_webhook_url")]),
        ("stripe_live_secret_key", "STRIPE_SECRET_KEY", lambda g: [(g.uniq(lambda: "sk_live_51" + g.s(ALNUM, 97)), "stripe_live_secret_key")]),
        ("stripe_restricted_key", "STRIPE_RESTRICTED_KEY", lambda g: [(g.uniq(lambda: "rk_live_51" + g.s(ALNUM, 97)), "stripe_restricted_key")]),
        ("telegram_bot_token", "TELEGRAM_BOT_TOKEN", lambda g: [(g.uniq(lambda: str(g.r.randint(10**8, 10**10 - 1)) + ":AA" + g.s(ALNUM + "_-", 33)), "telegram_bot_token")]),
        ("twilio_auth_token", "TWILIO_AUTH_TOKEN", lambda g: [(g.uniq(lambda: g.hexs(32)), "twilio_auth_token")]),
        ("database_password", "DB_PASSWORD", lambda g: [(g.uniq(lambda: g.password(14, 24)), "database_password")]),
        ("smtp_password", "SMTP_PASSWORD", lambda g: [(g.uniq(lambda: g.password(12, 20)), "smtp_password")]),
        ("postgres_url_password", "DATABASE_URL", lambda g: _dsn(g, "postgres", 5432, "postgres_url_password")),
        ("mysql_url_password", "MYSQL_URL", lambda g: _dsn(g, "mysql", 3306, "mysql_url_password")),
        ("redis_url_password", "REDIS_URL", lambda g: _dsn(g, "redis", 6379, "redis_url_password", "/0")),
        ("amqp_url_password", "AMQP_URL", lambda g: _dsn(g, "amqp", 5672, "amqp_url_password", "/prod")),
        ("mongodb_srv_uri_password", "MONGODB_URI", lambda g: _dsn(g, "mongodb+srv", None, "mongodb_srv_uri_password", "/app?retryWrites=true&w=majority")),
    ]


# 60 new container kinds; «VAR» = variable name, «v» = the (possibly composite) value
CONTAINERS = {
    "zsh_extended_history_lines": ": 1717171717:0;cd ~/work/api\n: 1717171725:0;export «VAR»='«v»'\n: 1717171731:0;make run\n",
    "xonsh_history_json": '{"data": {"cmds": [{"inp": "$«VAR» = \\"«v»\\"\\n", "rtn": 0, "ts": [1717171717.1, 1717171717.2]}, {"inp": "pytest -q\\n", "rtn": 0}]}}\n',
    "powershell_profile_env_assign": "# Microsoft.PowerShell_profile.ps1\nSet-Alias k kubectl\n$env:«VAR» = '«v»'\nImport-Module posh-git\n",
    "cmd_setx_command_line": "C:\\Users\\dev> setx «VAR» \"«v»\"\n\nSUCCESS: Specified value was saved.\n",
    "windows_registry_hkcu_environment_export": "Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\Environment]\n\"Path\"=hex(2):25,00,55,00\n\"«VAR»\"=\"«v»\"\n",
    "launchd_agent_plist_environment": "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\"><dict>\n  <key>Label</key><string>com.example.worker</string>\n  <key>EnvironmentVariables</key>\n  <dict>\n    <key>«VAR»</key>\n    <string>«v»</string>\n  </dict>\n</dict></plist>\n",
    "systemd_user_environment_d_conf": "# ~/.config/environment.d/50-dev.conf\nEDITOR=nvim\n«VAR»=«v»\n",
    "pam_environment_user_file": "# ~/.pam_environment\nLANG DEFAULT=en_GB.UTF-8\n«VAR» DEFAULT=«v»\n",
    "etc_environment_file": "PATH=\"/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\"\n«VAR»=\"«v»\"\n",
    "supervisord_program_environment": "[program:worker]\ncommand=/srv/app/bin/worker\nautorestart=true\nenvironment=APP_ENV=\"production\",«VAR»=\"«v»\"\n",
    "pm2_ecosystem_config_js": "module.exports = {\n  apps: [{\n    name: 'api',\n    script: 'dist/server.js',\n    env_production: {\n      NODE_ENV: 'production',\n      «VAR»: '«v»',\n    },\n  }],\n};\n",
    "podman_quadlet_container_unit": "[Container]\nImage=registry.internal/api:2.4\nEnvironment=«VAR»=«v»\nPublishPort=8080:8080\n\n[Install]\nWantedBy=default.target\n",
    "k8s_configmap_misused_data": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: api-config\ndata:\n  LOG_LEVEL: info\n  «VAR»: \"«v»\"\n",
    "helm_upgrade_set_flag_cmd": "$ helm upgrade --install api ./chart -n prod --set image.tag=2.4.1 --set env.«VAR»=«v»\nRelease \"api\" has been upgraded. Happy Helming!\n",
    "kustomize_secret_generator_literals": "secretGenerator:\n- name: api-secrets\n  literals:\n  - «VAR»=«v»\ngeneratorOptions:\n  disableNameSuffixHash: true\n",
    "docker_build_arg_cli_line": "$ docker build --build-arg «VAR»=«v» -t api:dev .\n[+] Building 12.3s (14/14) FINISHED\n",
    "dockerfile_arg_default_value": "FROM python:3.12-slim\nARG «VAR»=«v»\nENV «VAR»=${«VAR»}\nCOPY . /app\n",
    "gitlab_ci_yml_job_variables": "integration:\n  stage: test\n  variables:\n    «VAR»: \"«v»\"\n  script:\n    - make integration\n",
    "bitbucket_pipelines_yml_variables": "pipelines:\n  default:\n    - step:\n        name: Deploy\n        script:\n          - export «VAR»=«v»\n          - ./deploy.sh\n",
    "circleci_config_environment_map": "jobs:\n  test:\n    docker:\n      - image: cimg/python:3.12\n    environment:\n      «VAR»: «v»\n    steps:\n      - checkout\n",
    "jenkinsfile_environment_block": "pipeline {\n  agent any\n  environment {\n    «VAR» = '«v»'\n  }\n  stages { stage('Test') { steps { sh 'make test' } } }\n}\n",
    "gha_workflow_step_env_literal": "    steps:\n      - uses: actions/checkout@v4\n      - name: Smoke test\n        env:\n          «VAR»: «v»\n        run: ./scripts/smoke.sh\n",
    "ansible_group_vars_plain_yml": "# group_vars/all.yml\nntp_server: pool.ntp.org\n«VAR»: \"«v»\"\n",
    "puppet_hiera_common_yaml": "---\nprofile::app::port: 8080\nprofile::app::«VAR»: '«v»'\n",
    "saltstack_pillar_sls": "app:\n  env:\n    «VAR»: '«v»'\n    LOG_LEVEL: info\n",
    "terraform_provider_block_hcl": "resource \"aws_lambda_function\" \"api\" {\n  function_name = \"api\"\n  environment {\n    variables = {\n      «VAR» = \"«v»\"\n    }\n  }\n}\n",
    "packer_pkr_hcl_variable_default": "variable \"«VAR»\" {\n  type    = string\n  default = \"«v»\"\n}\n",
    "samconfig_toml_parameter_overrides": "version = 0.1\n[default.deploy.parameters]\nstack_name = \"api\"\nparameter_overrides = \"Stage=prod «VAR»=«v»\"\n",
    "firebase_functions_config_set_cmd": "$ firebase functions:config:set app.«VAR»=\"«v»\"\n✔  Functions config updated.\n",
    "dokku_config_set_command": "$ dokku config:set api «VAR»=«v»\n-----> Setting config vars\n",
    "spring_application_properties_file": "server.port=8080\nspring.application.name=api\napp.«VAR»=«v»\n",
    "django_settings_local_py": "from .base import *\nDEBUG = True\n«VAR» = \"«v»\"\n",
    "nextjs_env_local_file": "# .env.local\nNEXT_PUBLIC_SITE_URL=http://localhost:3000\n«VAR»=«v»\n",
    "vite_env_production_file": "# .env.production\nVITE_APP_TITLE=Dashboard\n«VAR»=«v»\n",
    "expo_app_config_extra": "export default {\n  name: 'field-app',\n  extra: {\n    «VAR»: '«v»',\n  },\n};\n",
    "flutter_dart_define_cli": "$ flutter run -d chrome --dart-define=«VAR»=«v»\nLaunching lib/main.dart on Chrome in debug mode...\n",
    "gradle_properties_user_home": "# ~/.gradle/gradle.properties\norg.gradle.jvmargs=-Xmx4g\n«VAR»=«v»\n",
    "cargo_config_toml_env_section": "# .cargo/config.toml\n[env]\n«VAR» = \"«v»\"\n",
    "tmux_set_environment_cmd": "$ tmux set-environment -g «VAR» «v»\n$ tmux show-environment -g | grep -c =\n41\n",
    "screenrc_setenv_line": "# ~/.screenrc\nstartup_message off\nsetenv «VAR» «v»\n",
    "crontab_inline_env_line": "# m h dom mon dow command\n«VAR»=«v»\n15 3 * * * /srv/app/bin/nightly-report >> /var/log/report.log 2>&1\n",
    "makefile_export_variable": "export «VAR» := «v»\n\n.PHONY: run\nrun:\n\tgo run ./cmd/api\n",
    "justfile_export_variable": "set dotenv-load := false\nexport «VAR» := \"«v»\"\n\ndev:\n    cargo watch -x run\n",
    "taskfile_yml_env": "version: '3'\nenv:\n  «VAR»: «v»\ntasks:\n  dev:\n    cmds:\n      - go run ./cmd/api\n",
    "bazelrc_action_env_line": "build --action_env=«VAR»=«v»\ntest --test_output=errors\n",
    "home_manager_session_variables": "{ config, pkgs, ... }:\n{\n  home.sessionVariables = {\n    EDITOR = \"nvim\";\n    «VAR» = \"«v»\";\n  };\n}\n",
    "bruno_environment_bru_file": "vars {\n  baseUrl: https://api.internal\n  «VAR»: «v»\n}\n",
    "hoppscotch_environment_export_json": "[{\"name\": \"prod\", \"variables\": [{\"key\": \"«VAR»\", \"value\": \"«v»\", \"secret\": false}]}]\n",
    "thunder_client_env_json": "{\"_id\": \"env-1\", \"name\": \"local\", \"data\": [{\"name\": \"«VAR»\", \"value\": \"«v»\"}]}\n",
    "sublime_build_system_env": "{\n  \"cmd\": [\"python3\", \"-u\", \"$file\"],\n  \"env\": {\"«VAR»\": \"«v»\"}\n}\n",
    "neovim_init_lua_vim_env": "-- ~/.config/nvim/init.lua\nvim.opt.number = true\nvim.env.«VAR» = '«v»'\n",
    "emacs_init_el_setenv": ";; ~/.emacs.d/init.el\n(setq inhibit-startup-screen t)\n(setenv \"«VAR»\" \"«v»\")\n",
    "structlog_keyvalue_log_line": "2024-05-31 09:12:44 [info     ] settings_loaded                env=staging «VAR»=«v» workers=4\n",
    "bunyan_json_log_line": "{\"name\":\"api\",\"hostname\":\"web-3\",\"pid\":4121,\"level\":30,\"config\":{\"«VAR»\":\"«v»\"},\"msg\":\"boot\",\"time\":\"2024-05-31T09:12:44.120Z\",\"v\":0}\n",
    "rust_tracing_fmt_log_line": "2024-05-31T09:12:44.120482Z DEBUG api::config: loaded config «VAR»=\"«v»\" port=8080\n",
    "go_slog_text_log_line": "time=2024-05-31T09:12:44.120Z level=DEBUG msg=\"env loaded\" «VAR»=«v» region=eu-west-1\n",
    "monolog_line_formatter_entry": "[2024-05-31T09:12:44.120000+00:00] app.DEBUG: bootstrap {\"«VAR»\":\"«v»\"} []\n",
    "aws_lambda_get_function_configuration_json": "{\n    \"FunctionName\": \"api\",\n    \"Runtime\": \"python3.12\",\n    \"Environment\": {\n        \"Variables\": {\n            \"«VAR»\": \"«v»\"\n        }\n    }\n}\n",
    "az_webapp_appsettings_list_json": "[\n  {\n    \"name\": \"«VAR»\",\n    \"slotSetting\": false,\n    \"value\": \"«v»\"\n  }\n]\n",
    "ecs_task_definition_environment_json": "\"containerDefinitions\": [{\"name\": \"api\", \"environment\": [{\"name\": \"«VAR»\", \"value\": \"«v»\"}]}]\n",
    "python_pdb_session_print": "(Pdb) p os.environ['«VAR»']\n'«v»'\n(Pdb) c\n",
    "rails_console_env_fetch": "irb(main):001:0> ENV.fetch('«VAR»')\n=> \"«v»\"\n",
    "teams_chat_copy_paste": "[10:42] Priya N.\ncan you try with this one? «VAR»=«v»\n[10:43] Tom\nworks, thanks!\n",
    "zulip_message_markdown_paste": "**Ops** > **staging env**\n@**Sam** here you go:\n```\n«VAR»=«v»\n```\n",
    "obsidian_daily_note_md": "# 2024-05-31\n- [ ] rotate keys next week\n- staging: `«VAR»=«v»`\n",
    "lldb_settings_env_vars": "(lldb) settings set target.env-vars «VAR»=«v»\n(lldb) run\nProcess 5012 launched\n",
}
DROP = ["etc_environment_file", "screenrc_setenv_line", "bazelrc_action_env_line", "thunder_client_env_json",
        "obsidian_daily_note_md", "sublime_build_system_env"]  # drafted, dropped to keep 60 kinds


def build(used):
    rng = random.Random(SEED)
    g = Gen(rng, used)
    tys = types()
    kinds = sorted(k for k in CONTAINERS if k not in DROP)
    usage = {t[0]: 0 for t in tys}
    recs = []
    for kind in kinds:
        chosen = set()
        for _ in range(4):
            cands = [t for t in tys if t[0] not in chosen]
            m = min(usage[t[0]] for t in cands)
            pick = rng.choice([t for t in cands if usage[t[0]] == m])
            chosen.add(pick[0])
            usage[pick[0]] += 1
            name, var, fn = pick
            text, spans = render(CONTAINERS[kind], {"VAR": var, "v": fn(g)})
            recs.append(("everyday", kind, text, spans))
    return recs
