"""Everyday secrets in new developer-machine container kinds (4 records each)."""
import random, re
from common import everyday_value, EVERYDAY_TYPES, VAR_NAMES, build_text, least_used_pairing
SEED = 29001
# {VAR} variable name, {VAL} value (span inside)
KINDS = {
 'azure_functions_local_settings_json': '{{\n  "IsEncrypted": false,\n  "Values": {{\n    "FUNCTIONS_WORKER_RUNTIME": "python",\n    "{VAR}": "{VAL}"\n  }}\n}}\n',
 'serverless_yml_provider_environment': 'service: billing-api\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  environment:\n    STAGE: prod\n    {VAR}: "{VAL}"\n',
 'netlify_toml_context_environment': '[build]\n  command = "npm run build"\n\n[context.production.environment]\n  NODE_VERSION = "20"\n  {VAR} = "{VAL}"\n',
 'fly_toml_env_section': 'app = "orders-api"\nprimary_region = "ams"\n\n[env]\n  PORT = "8080"\n  {VAR} = "{VAL}"\n',
 'render_yaml_envvars_entry': 'services:\n  - type: web\n    name: storefront\n    envVars:\n      - key: {VAR}\n        value: {VAL}\n',
 'gae_app_yaml_env_variables': 'runtime: python312\nentrypoint: gunicorn -b :$PORT main:app\nenv_variables:\n  {VAR}: "{VAL}"\n',
 'railway_variables_set_cmd': '$ railway variables --set "{VAR}={VAL}"\nSet variables {VAR}\n',
 'doppler_secrets_set_cmd': '$ doppler secrets set {VAR}="{VAL}" --project api --config prd\n',
 'vault_kv_put_cmd': '$ vault kv put secret/apps/checkout {VAR}={VAL}\n======= Secret Path =======\nsecret/data/apps/checkout\n',
 'pulumi_config_set_plaintext_cmd': '$ pulumi config set {VAR} {VAL}\n$ pulumi up --yes\n',
 'tiltfile_local_resource_env': "local_resource(\n    'api',\n    serve_cmd='go run ./cmd/api',\n    serve_env={{'{VAR}': '{VAL}'}},\n)\n",
 'docker_service_create_env_cmd': '$ docker service create --name worker --env {VAR}={VAL} registry.example/worker:2.3\n',
 'nomad_job_task_env_block': 'job "api" {{\n  group "web" {{\n    task "server" {{\n      driver = "docker"\n      env {{\n        {VAR} = "{VAL}"\n      }}\n    }}\n  }}\n}}\n',
 'python_dotenv_set_key_call': "from dotenv import set_key\n\nset_key('.env', '{VAR}', '{VAL}')\n",
 'django_settings_environ_setdefault': "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site.settings')\nos.environ.setdefault('{VAR}', '{VAL}')\n",
 'node_repl_process_env_session': "Welcome to Node.js v20.11.1.\n> process.env.{VAR}\n'{VAL}'\n> .exit\n",
 'python_repl_os_getenv_session': ">>> import os\n>>> os.getenv('{VAR}')\n'{VAL}'\n>>> \n",
 'cargo_build_rs_rustc_env_line': 'fn main() {{\n    println!("cargo:rustc-env={VAR}={VAL}");\n}}\n',
 'java_system_setproperty_call': 'public static void main(String[] args) {{\n    System.setProperty("{VAR}", "{VAL}");\n    SpringApplication.run(App.class, args);\n}}\n',
 'dotnet_launchsettings_environment_variables': '{{\n  "profiles": {{\n    "Api": {{\n      "commandName": "Project",\n      "environmentVariables": {{\n        "ASPNETCORE_ENVIRONMENT": "Development",\n        "{VAR}": "{VAL}"\n      }}\n    }}\n  }}\n}}\n',
 'xcscheme_environment_variable_element': '<EnvironmentVariables>\n   <EnvironmentVariable\n      key = "{VAR}"\n      value = "{VAL}"\n      isEnabled = "YES">\n   </EnvironmentVariable>\n</EnvironmentVariables>\n',
 'gradle_buildconfigfield_string': 'android {{\n    defaultConfig {{\n        buildConfigField "String", "{VAR}", "\\"{VAL}\\""\n    }}\n}}\n',
 'eas_json_build_profile_env': '{{\n  "build": {{\n    "production": {{\n      "env": {{\n        "{VAR}": "{VAL}"\n      }}\n    }}\n  }}\n}}\n',
 'azure_pipelines_variables_block': 'trigger:\n  - main\nvariables:\n  buildConfiguration: Release\n  {VAR}: {VAL}\nsteps:\n  - script: dotnet build\n',
 'drone_yml_step_environment': 'kind: pipeline\nname: default\nsteps:\n  - name: deploy\n    image: alpine\n    environment:\n      {VAR}: {VAL}\n',
 'travis_yml_env_global_list': 'language: python\nenv:\n  global:\n    - {VAR}={VAL}\nscript: pytest\n',
 'buildkite_pipeline_step_env': 'steps:\n  - label: ":rocket: deploy"\n    command: ./deploy.sh\n    env:\n      {VAR}: "{VAL}"\n',
 'lando_yml_service_overrides_env': 'name: shop\nrecipe: laravel\nservices:\n  appserver:\n    overrides:\n      environment:\n        {VAR}: {VAL}\n',
 'ddev_config_web_environment': 'name: intranet\ntype: drupal10\nweb_environment:\n  - {VAR}={VAL}\n',
 'vagrantfile_provision_env_hash': 'Vagrant.configure("2") do |config|\n  config.vm.provision "shell", path: "bootstrap.sh",\n    env: {{ "{VAR}" => "{VAL}" }}\nend\n',
 'wezterm_lua_set_environment_variables': "local wezterm = require 'wezterm'\nlocal config = wezterm.config_builder()\nconfig.set_environment_variables = {{\n  {VAR} = '{VAL}',\n}}\nreturn config\n",
 'kitty_conf_env_directive': 'font_size 12.0\nshell_integration enabled\nenv {VAR}={VAL}\n',
 'alacritty_toml_env_table': '[env]\nTERM = "xterm-256color"\n{VAR} = "{VAL}"\n',
 'discourse_forum_post_code_fence': 'Still getting 401 after upgrading, my config is below, any idea?\n\n```\n{VAR}={VAL}\n```\n',
 'stackoverflow_question_snippet': 'Why does my client fail with "unauthorized"? I set the variable like this:\n\n    {VAR}={VAL}\n\nand restart the container. What am I missing?\n',
 'jira_comment_noformat_block': 'Reproduced on staging with:\n{{noformat}}\n{VAR}={VAL}\n{{noformat}}\nAssigning back to ops.\n',
 'log4j2_pattern_layout_line': '2026-03-02 09:14:55,120 INFO  [main] c.e.config.Bootstrap - resolved {VAR}={VAL}\n',
 'serilog_clef_json_line': '{{"@t":"2026-03-02T09:14:55.1200000Z","@mt":"Loaded setting {{Name}} = {{Value}}","Name":"{VAR}","Value":"{VAL}"}}\n',
 'winston_json_console_line': '{{"level":"debug","message":"env loaded","{VAR}":"{VAL}","timestamp":"2026-03-02T09:14:55.120Z"}}\n',
 'tmuxinator_yml_pre_window': 'name: backend\nroot: ~/code/backend\npre_window: export {VAR}={VAL}\nwindows:\n  - editor: nvim\n',
 'authorized_keys_environment_option': 'environment="{VAR}={VAL}" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIO9kz7h2Q0pXnR4cJ1m8vWqk3T5yF6bL0sD2eA9uH7gZ deploy@ci\n',
 'vscode_rest_client_file_variable': '@baseUrl = https://api.internal.example\n@{VAR} = {VAL}\n\nGET {{{{baseUrl}}}}/health\n',
 'nodemon_json_env_map': '{{\n  "watch": ["src"],\n  "env": {{\n    "NODE_ENV": "development",\n    "{VAR}": "{VAL}"\n  }}\n}}\n',
 'hatch_toml_env_vars_table': '[envs.default]\ndependencies = ["pytest"]\n\n[envs.default.env-vars]\n{VAR} = "{VAL}"\n',
 'noxfile_session_run_env': 'import nox\n\n@nox.session\ndef integration(session):\n    session.run("pytest", env={{"{VAR}": "{VAL}"}})\n',
}

def records():
    rng = random.Random(SEED)
    kinds = sorted(KINDS)
    out = []
    for kind, types in least_used_pairing(rng, kinds, EVERYDAY_TYPES, 4):
        for t in types:
            full, off, span = everyday_value(rng, t)
            tpl = KINDS[kind]
            var = VAR_NAMES[t]
            # split template around {VAL}
            before, after = tpl.split('{VAL}')
            fmt = lambda s: s.replace('{VAR}', var).replace('{{', '{').replace('}}', '}')
            b, a = fmt(before), fmt(after)
            parts = [b, full[:off], (span, t), full[off + len(span):], a]
            text, spans = build_text(parts)
            out.append({'type': t, 'container': kind, 'text': text, 'secrets': spans, 'source': 'everyday'})
    return out
