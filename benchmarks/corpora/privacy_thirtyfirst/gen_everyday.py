"""Everyday part: common developer secrets in 45 new container kinds, 4 records each."""
import random
from common import *

def make_value(rng, t):
    """returns (VAR name, value, prefix, suffix) - prefix/suffix wrap the value when the
    container expects the whole URL (DSN types)."""
    pw = lambda: password(rng)
    if t == 'anthropic_api_key': return 'ANTHROPIC_API_KEY', 'sk-ant-api03-' + rs(rng, URLSAFE, 93) + 'AA', '', ''
    if t == 'aws_secret_access_key': return 'AWS_SECRET_ACCESS_KEY', rs(rng, ALNUM + '/+', 40), '', ''
    if t == 'database_password': return 'DB_PASSWORD', pw(), '', ''
    if t == 'datadog_api_key': return 'DD_API_KEY', rs(rng, HEXL, 32), '', ''
    if t == 'dockerhub_personal_access_token': return 'DOCKERHUB_TOKEN', 'dckr_pat_' + rs(rng, URLSAFE, 27), '', ''
    if t == 'github_classic_pat': return 'GITHUB_TOKEN', crc_token(rng, 'ghp_'), '', ''
    if t == 'github_fine_grained_pat': return 'GH_PAT', 'github_pat_11' + rs(rng, UPPER, 20) + '_' + rs(rng, ALNUM, 59), '', ''
    if t == 'gitlab_personal_access_token': return 'GITLAB_TOKEN', 'glpat-' + rs(rng, URLSAFE, 20), '', ''
    if t == 'google_gemini_api_key': return 'GEMINI_API_KEY', 'AIza' + rs(rng, URLSAFE, 35), '', ''
    if t == 'huggingface_access_token': return 'HF_TOKEN', 'hf_' + rs(rng, string.ascii_letters, 34), '', ''
    if t == 'jwt_signing_secret': return 'JWT_SECRET', rs(rng, HEXL, 64), '', ''
    if t == 'mysql_url_password': return 'DATABASE_URL', pw(), 'mysql://shop:', '@mysql.internal:3306/shop'
    if t == 'postgres_url_password': return 'DATABASE_URL', pw(), 'postgresql://app:', '@pg.internal:5432/app'
    if t == 'redis_url_password': return 'REDIS_URL', pw(), 'redis://default:', '@cache.internal:6379/0'
    if t == 'npm_access_token': return 'NPM_TOKEN', crc_token(rng, 'npm_'), '', ''
    if t == 'openai_project_api_key': return 'OPENAI_API_KEY', 'sk-proj-' + rs(rng, URLSAFE, 74) + 'T3BlbkFJ' + rs(rng, URLSAFE, 74), '', ''
    if t == 'sendgrid_api_key': return 'SENDGRID_API_KEY', 'SG.' + rs(rng, URLSAFE, 22) + '.' + rs(rng, URLSAFE, 43), '', ''
    if t == 'slack_bot_token': return 'SLACK_BOT_TOKEN', 'xoxb-' + rs(rng, string.digits, 12) + '-' + rs(rng, string.digits, 13) + '-' + rs(rng, ALNUM, 24), '', ''
    if t == 'smtp_password': return 'SMTP_PASSWORD', pw(), '', ''
    if t == 'stripe_live_secret_key': return 'STRIPE_SECRET_KEY', 'sk_live_51' + rs(rng, ALNUM, 97), '', ''
    if t == 'telegram_bot_token': return 'TELEGRAM_BOT_TOKEN', rs(rng, string.digits, 10) + ':AA' + rs(rng, URLSAFE, 33), '', ''
    if t == 'twilio_auth_token': return 'TWILIO_AUTH_TOKEN', rs(rng, HEXL, 32), '', ''
    raise KeyError(t)

TYPES = ['anthropic_api_key','aws_secret_access_key','database_password','datadog_api_key','dockerhub_personal_access_token',
 'github_classic_pat','github_fine_grained_pat','gitlab_personal_access_token','google_gemini_api_key','huggingface_access_token',
 'jwt_signing_secret','mysql_url_password','npm_access_token','openai_project_api_key','postgres_url_password','redis_url_password',
 'sendgrid_api_key','slack_bot_token','smtp_password','stripe_live_secret_key','telegram_bot_token','twilio_auth_token']

# {VAR} variable name, {V0} the value (DSN types get the URL around it), {var} lower-case name
KINDS = {
 'fish_universal_variables_file': '# This file contains fish universal variable definitions.\n# VERSION: 3.0\nSETUVAR --export {VAR}:{V0}\nSETUVAR fish_greeting:\n',
 'nushell_env_nu_assignment': '# env.nu\n$env.EDITOR = "hx"\n$env.{VAR} = "{V0}"\n',
 'xonshrc_env_assignment': '# ~/.xonshrc\n$XONSH_SHOW_TRACEBACK = True\n${VAR} = "{V0}"\n',
 'zsh_extended_history_entry': ': 1712745120:0;cd ~/src/api\n: 1712745133:0;export {VAR}={V0}\n: 1712745140:2;make run\n',
 'psreadline_history_file_line': 'cd C:\\src\\api\n$env:{VAR} = "{V0}"\ndotnet run --project Api\n',
 'mise_toml_env_table': '[tools]\nnode = "20"\n\n[env]\n{VAR} = "{V0}"\n',
 'devbox_json_env_object': '{\n  "packages": ["go@1.22"],\n  "env": {\n    "{VAR}": "{V0}"\n  }\n}\n',
 'devcontainer_json_remote_env': '{\n  "name": "api",\n  "image": "mcr.microsoft.com/devcontainers/base:ubuntu",\n  "remoteEnv": { "{VAR}": "{V0}" }\n}\n',
 'podman_quadlet_container_unit': '[Container]\nImage=ghcr.io/acme/api:latest\nEnvironment={VAR}={V0}\nPublishPort=8080:8080\n',
 'lima_yaml_env_map': 'images:\n- location: "https://cloud-images.ubuntu.com/releases/24.04/"\nenv:\n  {VAR}: "{V0}"\n',
 'ansible_inventory_host_vars_ini': '[api]\napi01.internal ansible_user=deploy {var}={V0}\n',
 'cmake_presets_json_environment': '{\n  "version": 6,\n  "configurePresets": [{\n    "name": "dev",\n    "environment": { "{VAR}": "{V0}" }\n  }]\n}\n',
 'bazelrc_action_env_flag': '# .bazelrc.user\nbuild --action_env={VAR}={V0}\ntest --test_output=errors\n',
 'maven_settings_xml_profile_property': '<settings>\n  <profiles><profile><id>dev</id>\n    <properties>\n      <{var}>{V0}</{var}>\n    </properties>\n  </profile></profiles>\n</settings>\n',
 'cargo_config_toml_env_section': '# .cargo/config.toml\n[env]\n{VAR} = "{V0}"\n',
 'go_env_w_config_file': '# ~/.config/go/env (written by go env -w)\nGOPRIVATE=github.com/acme/*\n{VAR}={V0}\n',
 'deno_json_task_env_prefix': '{\n  "tasks": {\n    "dev": "{VAR}={V0} deno run -A main.ts"\n  }\n}\n',
 'vitest_config_test_env_block': "import { defineConfig } from 'vitest/config'\nexport default defineConfig({\n  test: { env: { {VAR}: '{V0}' } },\n})\n",
 'jest_setup_file_process_env': "// jest.setup.js\nprocess.env.{VAR} = '{V0}';\n",
 'pytest_env_ini_entry': '[pytest]\naddopts = -q\nenv =\n    {VAR}={V0}\n',
 'tox_ini_setenv_block': '[testenv]\ndeps = -rrequirements.txt\nsetenv =\n    {VAR} = {V0}\n',
 'conda_environment_yml_variables': 'name: api\ndependencies:\n  - python=3.12\nvariables:\n  {VAR}: {V0}\n',
 'ipynb_cell_os_environ_source': '{"cell_type": "code", "metadata": {}, "source": ["import os\\n", "os.environ[\'{VAR}\'] = \'{V0}\'\\n"]}\n',
 'rprofile_sys_setenv_call': '# ~/.Rprofile\noptions(repos = c(CRAN = "https://cloud.r-project.org"))\nSys.setenv({VAR} = "{V0}")\n',
 'julia_startup_jl_env_index': '# ~/.julia/config/startup.jl\nENV["{VAR}"] = "{V0}"\n',
 'bundle_config_local_setting': '---\nBUNDLE_PATH: "vendor/bundle"\n{VAR}: "{V0}"\n',
 'php_fpm_pool_env_directive': '[www]\nuser = www-data\nclear_env = no\nenv[{VAR}] = {V0}\n',
 'nginx_fastcgi_param_line': 'location ~ \\.php$ {\n    fastcgi_pass unix:/run/php/fpm.sock;\n    fastcgi_param {VAR} {V0};\n}\n',
 'apache_setenv_directive': '<VirtualHost *:443>\n    ServerName api.internal\n    SetEnv {VAR} {V0}\n</VirtualHost>\n',
 'haproxy_global_setenv_line': 'global\n    log stdout format raw local0\n    setenv {VAR} {V0}\n',
 'openrc_conf_d_service_file': '# /etc/conf.d/api\ncommand_user="api"\nexport {VAR}="{V0}"\n',
 'runit_envdir_file_dump': '$ head /etc/sv/api/env/*\n==> /etc/sv/api/env/{VAR} <==\n{V0}\n',
 'gh_cli_hosts_yml_entry': 'github.com:\n    user: octo-dev\n    {var}: {V0}\n    git_protocol: ssh\n',
 'rclone_conf_remote_section': '[prod-remote]\ntype = s3\nprovider = Other\n{var} = {V0}\n',
 's3cmd_s3cfg_default_section': '[default]\nhost_base = s3.internal\nuse_https = True\n{var} = {V0}\n',
 'neovim_lua_vim_env_assignment': '-- ~/.config/nvim/lua/local.lua\nvim.env.{VAR} = "{V0}"\n',
 'ssh_config_setenv_directive': 'Host build-box\n    HostName 10.0.4.17\n    User ci\n    SetEnv {VAR}={V0}\n',
 'android_local_properties_line': '## This file must *NOT* be checked into Version Control Systems\nsdk.dir=/home/dev/Android/Sdk\n{var}={V0}\n',
 'flutter_dart_define_flag_cmd': '$ flutter run -d chrome --dart-define={VAR}={V0}\n',
 'postman_environment_json_value': '{\n  "name": "prod",\n  "values": [\n    { "key": "{var}", "value": "{V0}", "type": "secret", "enabled": true }\n  ]\n}\n',
 'bruno_env_bru_vars_block': 'vars {\n  baseUrl: https://api.internal\n}\nvars:secret [\n  {var}\n]\n# local copy\n{var}: {V0}\n',
 'k6_run_env_flag_cmd': '$ k6 run -e {VAR}={V0} load/smoke.js\n',
 'gh_secret_set_body_cmd': '$ gh secret set {VAR} --repo acme/api --body "{V0}"\n',
 'kubectl_set_env_deployment_cmd': '$ kubectl -n prod set env deployment/api {VAR}={V0}\ndeployment.apps/api env updated\n',
 'nix_devshell_shellhook_export': 'devShells.default = pkgs.mkShell {\n  shellHook = \'\'\n    export {VAR}="{V0}"\n  \'\';\n};\n',
}

def generate(seed=31001):
    rng = random.Random(seed)
    counts = {t: 0 for t in TYPES}
    recs = []
    for kind in sorted(KINDS):
        for t in least_used(rng, counts, 4):
            counts[t] += 1
            var, val, pre, suf = make_value(rng, t)
            tpl = KINDS[kind].replace('{VAR}', var).replace('{var}', var.lower()).replace('{V0}', pre + '{V0}' + suf)
            text, spans = fill(tpl, {'V0': (val, t)})
            recs.append({'type': t, 'container': kind, 'text': text, 'secrets': spans, 'source': 'everyday'})
    return recs
