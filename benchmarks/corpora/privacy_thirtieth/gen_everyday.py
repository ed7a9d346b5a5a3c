"""Everyday part: common secrets in new developer-machine containers (4 records per kind)."""
import random
from common import EVERYDAY, VAR, render

KINDS = {
    'justfile_export_setting': 'set dotenv-load := false\nexport {VAR} := "{VAL}"\n\ndeploy:\n    ./scripts/deploy.sh\n',
    'taskfile_yml_task_env': "version: '3'\ntasks:\n  migrate:\n    env:\n      {VAR}: '{VAL}'\n    cmds:\n      - go run ./cmd/migrate\n",
    'earthfile_arg_default': 'VERSION 0.8\nbuild:\n    FROM golang:1.22\n    ARG {VAR}={VAL}\n    RUN go build ./...\n',
    'pm2_ecosystem_config_env': "module.exports = {\n  apps: [{\n    name: 'api',\n    script: './dist/server.js',\n    env_production: {\n      {VAR}: '{VAL}',\n    },\n  }],\n};\n",
    'supervisord_program_environment': '[program:worker]\ncommand=/srv/app/venv/bin/celery -A app worker\nenvironment={VAR}="{VAL}",PYTHONUNBUFFERED="1"\nautorestart=true\n',
    'systemd_run_setenv_cmd': '$ sudo systemd-run --unit=reindex --setenv={VAR}={VAL} /usr/local/bin/reindex\nRunning as unit: reindex.service\n',
    'tmux_set_environment_cmd': '$ tmux set-environment -g {VAR} {VAL}\n$ tmux show-environment -g | grep -c {VAR}\n1\n',
    'screenrc_setenv_line': '# ~/.screenrc\nstartup_message off\nsetenv {VAR} {VAL}\nscreen -t api 1\n',
    'pixi_toml_activation_env': '[project]\nname = "pipeline"\nchannels = ["conda-forge"]\n\n[activation.env]\n{VAR} = "{VAL}"\n',
    'chezmoi_toml_data_table': '# ~/.config/chezmoi/chezmoi.toml\n[data]\n    email = "dev@example.org"\n    {VAR} = "{VAL}"\n',
    'salt_pillar_sls_entry': '# /srv/pillar/app.sls\napp:\n  env:\n    {VAR}: {VAL}\n  workers: 4\n',
    'puppet_hiera_common_yaml': "---\nprofile::app::env:\n  {VAR}: '{VAL}'\nprofile::app::port: 8080\n",
    'chef_attributes_default_rb': "default['myapp']['env']['{VAR}'] = '{VAL}'\ndefault['myapp']['port'] = 3000\n",
    'cloud_init_write_files_env': "#cloud-config\nwrite_files:\n  - path: /etc/default/app\n    permissions: '0644'\n    content: |\n      {VAR}={VAL}\n",
    'packer_hcl_variable_default': 'variable "{VARL}" {\n  type    = string\n  default = "{VAL}"\n}\n',
    'helm_install_set_flag_cmd': '$ helm upgrade --install api ./chart --set env.{VAR}={VAL} -n prod\nRelease "api" has been upgraded. Happy Helming!\n',
    'kustomize_secret_generator_literals': 'secretGenerator:\n- name: app-env\n  literals:\n  - {VAR}={VAL}\n',
    'argo_workflow_container_env': 'spec:\n  templates:\n  - name: sync\n    container:\n      image: alpine:3.20\n      env:\n      - name: {VAR}\n        value: "{VAL}"\n',
    'tekton_task_step_env': 'steps:\n  - name: publish\n    image: node:20\n    env:\n      - name: {VAR}\n        value: {VAL}\n    script: npm publish\n',
    'woodpecker_pipeline_environment': 'steps:\n  test:\n    image: python:3.12\n    environment:\n      {VAR}: {VAL}\n    commands:\n      - pytest -q\n',
    'jenkinsfile_withenv_block': "stage('Deploy') {\n  steps {\n    withEnv(['{VAR}={VAL}']) {\n      sh './deploy.sh'\n    }\n  }\n}\n",
    'sublime_build_system_env': '{\n  "cmd": ["python3", "-u", "$file"],\n  "env": {"{VAR}": "{VAL}"}\n}\n',
    'emacs_dir_locals_setenv': '((nil . ((eval . (setenv "{VAR}" "{VAL}")))))\n',
    'vimrc_let_env_line': '" project vimrc\nlet ${VAR} = \'{VAL}\'\nset makeprg=make\\ test\n',
    'intellij_run_configuration_xml_env': '<component name="ProjectRunConfigurationManager">\n  <configuration name="Api" type="Application">\n    <envs>\n      <env name="{VAR}" value="{VAL}" />\n    </envs>\n  </configuration>\n</component>\n',
    'eclipse_launch_file_env': '<launchConfiguration type="org.eclipse.jdt.launching.localJavaApplication">\n<mapAttribute key="org.eclipse.debug.core.environmentVariables">\n<mapEntry key="{VAR}" value="{VAL}"/>\n</mapAttribute>\n</launchConfiguration>\n',
    'elixir_runtime_exs_config': 'import Config\nconfig :my_app, :secrets,\n  {VARL}: "{VAL}"\n',
    'leiningen_profiles_clj_env': '{:dev {:env {:{VARK} "{VAL}"}}}\n',
    'windows_setx_command': 'C:\\Users\\dev> setx {VAR} "{VAL}"\n\nSUCCESS: Specified value was saved.\n',
    'powershell_profile_env_assignment': '# Microsoft.PowerShell_profile.ps1\nSet-Alias k kubectl\n$env:{VAR} = "{VAL}"\n',
    'windows_reg_file_environment': 'Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\Environment]\n"{VAR}"="{VAL}"\n',
    'launchagent_plist_environment_dict': '<key>EnvironmentVariables</key>\n<dict>\n    <key>{VAR}</key>\n    <string>{VAL}</string>\n</dict>\n',
    'crontab_variable_line': '# m h dom mon dow command\nMAILTO=""\n{VAR}={VAL}\n15 3 * * * /opt/backup/run.sh\n',
    'jupyter_kernel_json_env': '{\n "argv": ["python", "-m", "ipykernel_launcher", "-f", "{connection_file}"],\n "display_name": "Py (analytics)",\n "env": {"{VAR}": "{VAL}"}\n}\n',
    'renviron_file_line': '# ~/.Renviron\nR_LIBS_USER=~/R/library\n{VAR}={VAL}\n',
    'matlab_setenv_call': ">> setenv('{VAR}', '{VAL}')\n>> getenv('HOME')\nans =\n    '/home/dev'\n",
    'gdb_set_environment_cmd': '(gdb) set environment {VAR} = {VAL}\n(gdb) run --port 8080\nStarting program: /srv/api/bin/server --port 8080\n',
    'lldb_target_env_vars_setting': '(lldb) settings set target.env-vars {VAR}={VAL}\n(lldb) process launch\nProcess 4412 launched\n',
    'strace_execve_env_line': 'execve("/usr/bin/node", ["node", "server.js"], ["PATH=/usr/bin", "{VAR}={VAL}"]) = 0\n',
    'ps_eww_output_line': '$ ps eww 2231\n  PID TTY      STAT   TIME COMMAND\n 2231 ?        Ssl    0:04 gunicorn app:wsgi HOME=/srv {VAR}={VAL} LANG=C.UTF-8\n',
    'heroku_app_json_env_value': '{\n  "name": "api",\n  "env": {\n    "{VAR}": {"description": "set at deploy", "value": "{VAL}"}\n  }\n}\n',
    'firebase_functions_config_set_cmd': '$ firebase functions:config:set app.{VARL}="{VAL}"\n✔  Functions config updated.\n',
    'zappa_settings_json_environment': '{\n  "production": {\n    "app_function": "app.app",\n    "environment_variables": {"{VAR}": "{VAL}"}\n  }\n}\n',
    'dokku_config_set_cmd': '$ dokku config:set api {VAR}={VAL}\n-----> Setting config vars\n       {VAR}:  (set)\n',
    'lxc_config_set_environment_cmd': '$ lxc config set builder environment.{VAR} {VAL}\n$ lxc restart builder\n',
}


def build(seed=30001):
    r = random.Random(seed)
    types = sorted(EVERYDAY)
    use = {t: 0 for t in types}
    recs = []
    for kind in sorted(KINDS):
        tpl = KINDS[kind]
        chosen = []
        for _ in range(4):
            cands = sorted((t for t in types if t not in chosen), key=lambda t: (use[t], r.random()))
            chosen.append(cands[0])
            use[cands[0]] += 1
        for t in chosen:
            disp, rel, val = EVERYDAY[t](r)
            v = VAR[t]
            parts = {'VAL': (disp, rel, val, t), 'VAR': (v, None, None, None), 'VARL': (v.lower(), None, None, None),
                     'VARK': (v.lower().replace('_', '-'), None, None, None)}
            text, spans = render(tpl, parts)
            recs.append({'type': spans[0]['type'], 'container': kind, 'text': text, 'secrets': spans, 'source': 'everyday'})
    return recs
