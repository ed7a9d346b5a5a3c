"""Everyday part: 60 new container kinds x 4 records, common secret types."""
import random
import common as C
from common import S, fill

SEED = 28001

def dsn(rng, scheme, port, path, typ):
    u, p = rng.choice(C.USERS), C.password(rng)
    h = rng.choice(["db", "rds", "cache", "mq", "cluster0"]) + "." + rng.choice(["staging", "prod", "dev"]) + ".example.com"
    if scheme == "mongodb+srv":
        return ["mongodb+srv://" + u + ":", S(p, typ), "@" + h + "/app?retryWrites=true"]
    return [scheme + "://" + u + ":", S(p, typ), "@" + h + ":" + port + path]

def gcp_pk(rng):
    body = "MIIEv" + C.rs(rng, C.B64, 59)
    lines = [body] + [C.rs(rng, C.B64, 64) for _ in range(8)] + [C.rs(rng, C.B64, 40) + "="]
    return "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END PRIVATE KEY-----\\n"

TYPES = {
 "amqp_url_password": ("AMQP_URL", lambda r, t: dsn(r, "amqps", "5671", "/vhost", t)),
 "anthropic_api_key": ("ANTHROPIC_API_KEY", lambda r, t: S("sk-ant-api03-" + C.rs(r, C.B64URL, 93) + "AA", t)),
 "aws_secret_access_key": ("AWS_SECRET_ACCESS_KEY", lambda r, t: S(C.rs(r, C.B64, 40), t)),
 "azure_storage_account_key": ("AZURE_STORAGE_KEY", lambda r, t: S(C.shape(r, "{raw64}"), t)),
 "cloudflare_api_token": ("CLOUDFLARE_API_TOKEN", lambda r, t: S(C.rs(r, C.B64URL, 40), t)),
 "database_password": ("DB_PASSWORD", lambda r, t: S(C.password(r), t)),
 "datadog_api_key": ("DD_API_KEY", lambda r, t: S(C.rs(r, C.HEX, 32), t)),
 "digitalocean_personal_access_token": ("DIGITALOCEAN_TOKEN", lambda r, t: S("dop_v1_" + C.rs(r, C.HEX, 64), t)),
 "dockerhub_personal_access_token": ("DOCKERHUB_TOKEN", lambda r, t: S("dckr_pat_" + C.rs(r, C.B64URL, 27), t)),
 "gcp_service_account_private_key": ("GCP_PRIVATE_KEY", lambda r, t: S(gcp_pk(r), t)),
 "github_classic_pat": ("GITHUB_TOKEN", lambda r, t: S(C.gh_token(r, "ghp_"), t)),
 "github_fine_grained_pat": ("GH_PAT", lambda r, t: S("github_pat_11" + C.rs(r, C.UP + C.DIG, 20) + "_" + C.rs(r, C.ALNUM, 59), t)),
 "gitlab_personal_access_token": ("GITLAB_TOKEN", lambda r, t: S("glpat-" + C.rs(r, C.B64URL, 20), t)),
 "google_gemini_api_key": ("GEMINI_API_KEY", lambda r, t: S("AIza" + C.rs(r, C.B64URL, 35), t)),
 "huggingface_access_token": ("HF_TOKEN", lambda r, t: S("hf_" + C.rs(r, C.UP + C.LOW, 34), t)),
 "jwt_signing_secret": ("JWT_SECRET", lambda r, t: S(C.rs(r, C.HEX, 64), t)),
 "mongodb_srv_uri_password": ("MONGODB_URI", lambda r, t: dsn(r, "mongodb+srv", "", "", t)),
 "mysql_url_password": ("MYSQL_URL", lambda r, t: dsn(r, "mysql", "3306", "/app", t)),
 "npm_access_token": ("NPM_TOKEN", lambda r, t: S(C.gh_token(r, "npm_"), t)),
 "openai_project_api_key": ("OPENAI_API_KEY", lambda r, t: S("sk-proj-" + C.rs(r, C.B64URL, 64) + "T3BlbkFJ" + C.rs(r, C.B64URL, 64), t)),
 "postgres_url_password": ("DATABASE_URL", lambda r, t: dsn(r, "postgresql", "5432", "/app", t)),
 "redis_url_password": ("REDIS_URL", lambda r, t: ["rediss://default:", S(C.password(r), t), "@cache.example.com:6380/0"]),
 "sendgrid_api_key": ("SENDGRID_API_KEY", lambda r, t: S("SG." + C.rs(r, C.B64URL, 22) + "." + C.rs(r, C.B64URL, 43), t)),
 "sentry_user_auth_token": ("SENTRY_AUTH_TOKEN", lambda r, t: S("sntryu_" + C.rs(r, C.HEX, 64), t)),
 "slack_bot_token": ("SLACK_BOT_TOKEN", lambda r, t: S("xoxb-" + C.shape(r, "{d12}-{d13}-") + C.rs(r, C.ALNUM, 24), t)),
 "slack_incoming_webhook_url": ("SLACK_WEBHOOK_URL", lambda r, t: S("https://hooks.slack.com/services/T" + C.rs(r, C.UP + C.DIG, 10) + "/B" + C.rs(r, C.UP + C.DIG, 10) + "/" + C.rs(r, C.ALNUM, 24), t)),
 "smtp_password": ("SMTP_PASSWORD", lambda r, t: S(C.password(r), t)),
 "stripe_live_secret_key": ("STRIPE_SECRET_KEY", lambda r, t: S("sk_live_51" + C.rs(r, C.ALNUM, 97), t)),
 "stripe_restricted_key": ("STRIPE_RESTRICTED_KEY", lambda r, t: S("rk_live_51" + C.rs(r, C.ALNUM, 97), t)),
 "telegram_bot_token": ("TELEGRAM_BOT_TOKEN", lambda r, t: S(C.shape(r, "{d10}") + ":AA" + C.rs(r, C.B64URL, 33), t)),
 "twilio_auth_token": ("TWILIO_AUTH_TOKEN", lambda r, t: S(C.rs(r, C.HEX, 32), t)),
}

K = {
 "fish_config_set_gx_line": "# ~/.config/fish/config.fish\nif status is-interactive\n    set -gx «V» '«X»'\nend\n",
 "direnv_envrc_export_line": "# .envrc (direnv allow)\nuse nix\nexport «V»='«X»'\n",
 "compose_override_environment_list": "# docker-compose.override.yml\nservices:\n  api:\n    environment:\n      - «V»=«X»\n",
 "devcontainer_json_remote_env": "{\n  \"name\": \"api\",\n  \"image\": \"mcr.microsoft.com/devcontainers/python:3.12\",\n  \"remoteEnv\": {\n    \"«V»\": \"«X»\"\n  }\n}\n",
 "vscode_settings_terminal_env_linux": "// .vscode/settings.json\n{\n  \"terminal.integrated.env.linux\": {\n    \"«V»\": \"«X»\"\n  }\n}\n",
 "jetbrains_http_client_private_env": "// http-client.private.env.json\n{\n  \"dev\": {\n    \"«v»\": \"«X»\"\n  }\n}\n",
 "insomnia_environment_export_yaml": "_type: export\n__export_format: 4\nresources:\n  - _type: environment\n    name: Base Environment\n    data:\n      «v»: «X»\n",
 "postman_environment_values_json": "{\n  \"name\": \"staging\",\n  \"values\": [\n    { \"key\": \"«V»\", \"value\": \"«X»\", \"type\": \"default\", \"enabled\": true }\n  ]\n}\n",
 "heroku_config_cli_output": "$ heroku config -a shop-api\n=== shop-api Config Vars\nNODE_ENV: production\n«V»: «X»\n",
 "wrangler_toml_vars_section": "name = \"edge-worker\"\nmain = \"src/index.ts\"\n\n[vars]\n«V» = \"«X»\"\n",
 "package_json_scripts_inline_env": "{\n  \"name\": \"api\",\n  \"scripts\": {\n    \"dev\": \"«V»=«X» node server.js\"\n  }\n}\n",
 "pyproject_pytest_env_list": "[tool.pytest.ini_options]\nenv = [\n    \"«V»=«X»\",\n]\n",
 "tox_ini_setenv_section": "[testenv]\ndeps = -rrequirements-dev.txt\nsetenv =\n    «V» = «X»\ncommands = pytest\n",
 "jupyter_notebook_environ_cell": "{\n \"cell_type\": \"code\",\n \"execution_count\": 3,\n \"source\": [\n  \"import os\\n\",\n  \"os.environ[\\\"«V»\\\"] = \\\"«X»\\\"\"\n ]\n}\n",
 "jupyter_percent_env_magic_cell": "In [2]: %env «V»=«X»\nenv: «V»=«X2»\n",
 "r_sys_setenv_script": "# analysis.R\nSys.setenv(«V» = \"«X»\")\nlibrary(httr)\n",
 "go_test_t_setenv_call": "func TestClient(t *testing.T) {\n\tt.Setenv(\"«V»\", \"«X»\")\n\tc := NewClient()\n}\n",
 "jest_setup_process_env_assign": "// jest.setup.js\nprocess.env.«V» = '«X»';\n",
 "phpunit_xml_env_element": "<phpunit bootstrap=\"vendor/autoload.php\">\n  <php>\n    <env name=\"«V»\" value=\"«X»\"/>\n  </php>\n</phpunit>\n",
 "maven_surefire_environment_variables": "<plugin>\n  <artifactId>maven-surefire-plugin</artifactId>\n  <configuration>\n    <environmentVariables>\n      <«V»>«X»</«V»>\n    </environmentVariables>\n  </configuration>\n</plugin>\n",
 "gradle_kts_test_environment": "tasks.test {\n    useJUnitPlatform()\n    environment(\"«V»\", \"«X»\")\n}\n",
 "sbt_test_envvars_setting": "Test / fork := true\nTest / envVars := Map(\"«V»\" -> \"«X»\")\n",
 "rails_credentials_show_output": "$ bin/rails credentials:show\nsecret_key_base: 9f2c7d\n«v»: «X»\n",
 "php_fpm_pool_env_directive": "; /etc/php/8.2/fpm/pool.d/www.conf\n[www]\nclear_env = no\nenv[«V»] = «X»\n",
 "apache_vhost_setenv_directive": "<VirtualHost *:443>\n    ServerName app.example.com\n    SetEnv «V» «X»\n</VirtualHost>\n",
 "nginx_fastcgi_param_line": "location ~ \\.php$ {\n    include fastcgi_params;\n    fastcgi_param «V» «X»;\n}\n",
 "uwsgi_ini_env_option": "[uwsgi]\nmodule = app.wsgi\nenv = «V»=«X»\n",
 "gunicorn_conf_raw_env_list": "# gunicorn.conf.py\nbind = \"0.0.0.0:8000\"\nraw_env = [\"«V»=«X»\"]\n",
 "procfile_inline_env_command": "web: «V»=«X» bundle exec puma -C config/puma.rb\n",
 "openrc_conf_d_export": "# /etc/conf.d/api\ncommand_user=\"api\"\nexport «V»=\"«X»\"\n",
 "runit_envdir_cat_output": "$ cat /etc/sv/api/env/«V»\n«X»\n",
 "etc_default_service_file": "# /etc/default/api-server\nDAEMON_OPTS=\"--port 8080\"\n«V»=«X»\n",
 "batch_file_set_statement": "@echo off\r\nset «V»=«X»\r\npython run.py\r\n",
 "ssh_config_setenv_directive": "Host build-box\n    HostName 10.0.4.7\n    User ci\n    SetEnv «V»=«X»\n",
 "zshenv_typeset_export": "# ~/.zshenv\ntypeset -x «V»='«X»'\n",
 "nushell_env_nu_load_env": "# env.nu\nload-env {\n    «V»: \"«X»\"\n}\n",
 "elvish_rc_set_env_call": "# ~/.config/elvish/rc.elv\nset-env «V» '«X»'\n",
 "tcshrc_setenv_line": "# ~/.tcshrc\nsetenv «V» '«X»'\n",
 "kubectl_set_env_deployment_cmd": "$ kubectl set env deployment/api «V»=«X» -n staging\ndeployment.apps/api env updated\n",
 "nerdctl_run_env_flag_cmd": "$ nerdctl run -d --name api -e «V»=«X» registry.example.com/api:1.8\n",
 "aws_ssm_put_parameter_string_cmd": "$ aws ssm put-parameter --name /api/«V» --type String --value '«X»' --overwrite\n",
 "gcloud_run_deploy_set_env_vars_cmd": "$ gcloud run deploy api --image gcr.io/proj/api --set-env-vars «V»=«X»\n",
 "az_containerapp_update_env_vars_cmd": "$ az containerapp update -n api -g rg-api --set-env-vars «V»=«X»\n",
 "vercel_env_pull_local_file": "# Created by Vercel CLI\nVERCEL=\"1\"\n«V»=\"«X»\"\n",
 "cloudflare_dev_vars_file": "# .dev.vars\n«V»=«X»\n",
 "nix_shell_hook_export": "pkgs.mkShell {\n  buildInputs = [ pkgs.nodejs ];\n  shellHook = ''\n    export «V»=«X»\n  '';\n}\n",
 "devbox_json_env_map": "{\n  \"packages\": [\"python@3.12\"],\n  \"env\": {\n    \"«V»\": \"«X»\"\n  }\n}\n",
 "mise_toml_env_table": "[tools]\nnode = \"22\"\n\n[env]\n«V» = \"«X»\"\n",
 "skaffold_build_args_map": "build:\n  artifacts:\n    - image: api\n      docker:\n        buildArgs:\n          «V»: \"«X»\"\n",
 "gitpod_yml_task_init_export": "tasks:\n  - init: |\n      export «V»=«X»\n      npm install\n",
 "ansible_playbook_environment_keyword": "- hosts: web\n  environment:\n    «V»: \"«X»\"\n  tasks:\n    - command: /opt/api/migrate\n",
 "chef_attributes_rb_default": "# attributes/default.rb\ndefault['api']['«v»'] = '«X»'\n",
 "terragrunt_hcl_inputs_block": "include \"root\" {\n  path = find_in_parent_folders()\n}\n\ninputs = {\n  «v» = \"«X»\"\n}\n",
 "spring_actuator_env_json_response": "{\"activeProfiles\":[\"prod\"],\"propertySources\":[{\"name\":\"systemEnvironment\",\"properties\":{\"«V»\":{\"value\":\"«X»\",\"origin\":\"System Environment Property \\\"«V»\\\"\"}}}]}\n",
 "pino_json_log_line": "{\"level\":20,\"time\":1718000000000,\"pid\":4121,\"msg\":\"loaded config\",\"«v»\":\"«X»\"}\n",
 "logrus_text_log_line": "time=\"2024-06-10T08:13:20Z\" level=debug msg=\"config loaded\" «v»=«X»\n",
 "journalctl_unit_output": "Jun 10 08:13:20 web01 api[812]: starting with «V»=«X»\nJun 10 08:13:21 web01 api[812]: listening on :8080\n",
 "delve_print_session": "(dlv) print cfg.«C»\n\"«X»\"\n(dlv) continue\n",
 "jshell_getenv_session": "jshell> System.getenv(\"«V»\")\n$1 ==> \"«X»\"\n",
 "docker_inspect_config_env_json": "$ docker inspect api --format '{{json .Config.Env}}'\n[\"PATH=/usr/local/bin:/usr/bin\",\"«V»=«X»\"]\n",
 "systemctl_show_environment_output": "$ systemctl show api.service -p Environment\nEnvironment=LANG=C.UTF-8 «V»=«X»\n",
 "proc_environ_tr_output": "$ tr '\\0' '\\n' < /proc/812/environ | grep «V»\n«V»=«X»\n",
 "launchctl_setenv_command": "$ launchctl setenv «V» «X»\n",
 "conda_environment_yml_variables": "name: ml\nchannels: [conda-forge]\ndependencies: [python=3.11]\nvariables:\n  «V»: «X»\n",
 "dotnet_user_secrets_list_output": "$ dotnet user-secrets list\n«C» = «X»\n",
 "web_config_appsettings_add": "<configuration>\n  <appSettings>\n    <add key=\"«V»\" value=\"«X»\" />\n  </appSettings>\n</configuration>\n",
 "android_local_properties_file": "## local.properties - do not commit\nsdk.dir=/home/dev/Android/Sdk\n«v»=«X»\n",
 "cmake_presets_environment_json": "{\n  \"version\": 6,\n  \"configurePresets\": [{\n    \"name\": \"dev\",\n    \"environment\": { \"«V»\": \"«X»\" }\n  }]\n}\n",
 "consul_kv_put_command": "$ consul kv put config/api/«v» '«X»'\nSuccess! Data written to: config/api/«v»\n",
 "sql_insert_app_settings_row": "INSERT INTO app_settings (name, value) VALUES ('«V»', '«X»');\n",
 "gh_secret_set_body_flag_cmd": "$ gh secret set «V» --body '«X»' --repo acme/api\n✓ Set Actions secret «V» for acme/api\n",
 "eb_setenv_command": "$ eb setenv «V»=«X»\n2024-06-10 08:13:20    INFO    Environment update is starting.\n",
 "cf_set_env_command": "$ cf set-env api «V» '«X»'\nSetting env variable '«V»' for app api in org acme / space prod as admin...\n",
}

# drafted but not used: the first is named in the brief READMEs, the rest trim 73 drafts to 60
DENIED = ["android_local_properties_file"]
# near-duplicates of p26 kinds under other names (p26 had a Jupyter magic cell and an Rprofile Sys.setenv)
NEAR_DUPLICATES = ["jupyter_notebook_environ_cell", "jupyter_percent_env_magic_cell", "r_sys_setenv_script"]
DROPPED = ["chef_attributes_rb_default", "cloudflare_dev_vars_file",
           "elvish_rc_set_env_call", "etc_default_service_file",
           "nerdctl_run_env_flag_cmd", "runit_envdir_cat_output",
           "sbt_test_envvars_setting", "tcshrc_setenv_line", "uwsgi_ini_env_option"]

def generate():
    rng = random.Random(SEED)
    kinds = sorted(k for k in K if k not in DENIED and k not in DROPPED and k not in NEAR_DUPLICATES)
    types = sorted(TYPES)
    use = {t: 0 for t in types}
    recs = []
    for kind in kinds:
        used_here = set()
        for i in range(4):
            m = min(use[t] for t in types if t not in used_here)
            cands = [t for t in types if use[t] == m and t not in used_here]
            # a "/" in the value is a comment start in some formats; fine everywhere here
            t = rng.choice(cands)
            used_here.add(t); use[t] += 1
            var, mk = TYPES[t]
            val = mk(rng, t)
            x2 = val  # second occurrence (the %env echo) is labelled as well
            text, spans = fill(K[kind], V=var, v=var.lower(), C="".join(p.capitalize() for p in var.lower().split("_")),
                               X=val, X2=x2)
            recs.append(C.pos_record(None, kind, text, spans, "everyday"))
    return recs, {"kinds": kinds, "types": types, "denied": DENIED, "dropped": DROPPED, "near_duplicates": NEAR_DUPLICATES}
