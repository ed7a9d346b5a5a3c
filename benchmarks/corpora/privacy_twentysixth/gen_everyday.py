"""Everyday secrets in 60 new container kinds (4 records each)."""
import random
from common import fill, everyday_value, DSN, EVERYDAY_VAR, EVERYDAY_TYPES

SEED = 26001
# ⟦K⟧ = variable name (unlabelled), ⟦V⟧ = the secret (labelled); ⟦k⟧ = lower-case name
C = {
 'ipython_history_sqlite_dump': "$ sqlite3 ~/.ipython/profile_default/history.sqlite 'select source from history order by line desc limit 3'\nimport os\nos.environ[\"⟦K⟧\"] = \"⟦V⟧\"\n%run etl/backfill.py --since 2026-11-01\n",
 'psql_history_file': "select count(*) from orders where created_at > now() - interval '1 day';\n\\set ⟦k⟧ '⟦V⟧'\n\\copy (select * from jobs) to 'jobs.csv' csv header\n",
 'mysql_history_escaped_file': "_HiStOrY_V2_\nshow\\040databases;\nSET\\040@⟦k⟧\\040=\\040'⟦V⟧';\nselect\\040*\\040from\\040integrations\\040limit\\0405;\n",
 'sqlite_history_file': ".tables\nINSERT INTO app_settings(name, value) VALUES('⟦k⟧','⟦V⟧');\n.quit\n",
 'psreadline_consolehost_history': "cd C:\\src\\billing-api\n$env:⟦K⟧ = \"⟦V⟧\"\ndotnet run --project src/Billing.Api\n",
 'cmd_doskey_history_output': "C:\\Users\\dev>doskey /history\ncd \\work\\svc\nset ⟦K⟧=⟦V⟧\nnpm run start\ndoskey /history\n",
 'tcsh_history_file': "#+1764840012\ncd ~/proj/ingest\n#+1764840031\nsetenv ⟦K⟧ ⟦V⟧\n#+1764840040\n./bin/ingest --dry-run\n",
 'nushell_history_txt': "ls | where size > 1mb\n$env.⟦K⟧ = \"⟦V⟧\"\ncargo run --release\n",
 'gdb_history_set_environment': "break main\nset environment ⟦K⟧=⟦V⟧\nrun --config dev.toml\nbt\n",
 'viminfo_cmdline_history': "# Command Line History (newest to oldest):\n:let $⟦K⟧='⟦V⟧'\n|2,0,1764841010,,\"let $⟦K⟧='⟦V⟧'\"\n:wq\n",
 'jupyter_ipynb_magic_cell': "{\n \"cell_type\": \"code\",\n \"execution_count\": 3,\n \"metadata\": {},\n \"outputs\": [],\n \"source\": [\n  \"%env ⟦K⟧=⟦V⟧\\n\",\n  \"client = make_client()\"\n ]\n}\n",
 'r_renviron_user_file': "# ~/.Renviron\nR_LIBS_USER=~/R/library\n⟦K⟧=⟦V⟧\n",
 'rprofile_sys_setenv_call': "# ~/.Rprofile\noptions(repos = c(CRAN = \"https://cloud.r-project.org\"))\nSys.setenv(⟦K⟧ = \"⟦V⟧\")\n",
 'julia_startup_jl_env': "# ~/.julia/config/startup.jl\nusing Revise\nENV[\"⟦K⟧\"] = \"⟦V⟧\"\n",
 'pythonstartup_setdefault': "# ~/.pythonrc.py  (PYTHONSTARTUP)\nimport os, readline, rlcompleter\nos.environ.setdefault(\"⟦K⟧\", \"⟦V⟧\")\n",
 'vscode_launch_json_env': "{\n  \"version\": \"0.2.0\",\n  \"configurations\": [\n    {\n      \"type\": \"debugpy\",\n      \"request\": \"launch\",\n      \"name\": \"api\",\n      \"program\": \"${workspaceFolder}/app/main.py\",\n      \"env\": {\n        \"⟦K⟧\": \"⟦V⟧\"\n      }\n    }\n  ]\n}\n",
 'jetbrains_run_configuration_xml': "<component name=\"ProjectRunConfigurationManager\">\n  <configuration default=\"false\" name=\"worker\" type=\"PythonConfigurationType\">\n    <envs>\n      <env name=\"PYTHONUNBUFFERED\" value=\"1\" />\n      <env name=\"⟦K⟧\" value=\"⟦V⟧\" />\n    </envs>\n  </configuration>\n</component>\n",
 'visual_studio_launchsettings_json': "{\n  \"profiles\": {\n    \"Api\": {\n      \"commandName\": \"Project\",\n      \"environmentVariables\": {\n        \"ASPNETCORE_ENVIRONMENT\": \"Development\",\n        \"⟦K⟧\": \"⟦V⟧\"\n      }\n    }\n  }\n}\n",
 'xcode_scheme_environment_xml': "<LaunchAction buildConfiguration = \"Debug\">\n   <EnvironmentVariables>\n      <EnvironmentVariable\n         key = \"⟦K⟧\"\n         value = \"⟦V⟧\"\n         isEnabled = \"YES\">\n      </EnvironmentVariable>\n   </EnvironmentVariables>\n</LaunchAction>\n",
 'android_local_properties_file': "## This file must *NOT* be checked into Version Control Systems\nsdk.dir=/Users/mo/Library/Android/sdk\n⟦K⟧=⟦V⟧\n",
 'mavenrc_export_line': "# ~/.mavenrc\nMAVEN_OPTS=\"-Xmx2g\"\nexport ⟦K⟧=⟦V⟧\n",
 'cargo_make_makefile_toml_env': "[env]\nRUST_LOG = \"info\"\n⟦K⟧ = \"⟦V⟧\"\n\n[tasks.serve]\ncommand = \"cargo\"\nargs = [\"run\"]\n",
 'tiltfile_os_putenv_call': "# Tiltfile\nos.putenv('⟦K⟧', '⟦V⟧')\nk8s_yaml('deploy/dev.yaml')\ndocker_build('api', '.')\n",
 'vagrantfile_provision_env_hash': "Vagrant.configure(\"2\") do |config|\n  config.vm.box = \"bento/ubuntu-24.04\"\n  config.vm.provision \"shell\", path: \"bootstrap.sh\", env: { \"⟦K⟧\" => \"⟦V⟧\" }\nend\n",
 'terraform_auto_tfvars_json': "{\n  \"region\": \"eu-west-1\",\n  \"⟦k⟧\": \"⟦V⟧\"\n}\n",
 'pulumi_stack_config_plaintext': "config:\n  aws:region: eu-central-1\n  billing:⟦k⟧: ⟦V⟧\n",
 'serverless_yml_provider_environment': "service: thumbnails\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  environment:\n    ⟦K⟧: ⟦V⟧\n",
 'netlify_toml_context_environment': "[build]\n  command = \"npm run build\"\n\n[context.production.environment]\n  ⟦K⟧ = \"⟦V⟧\"\n",
 'vercel_json_env_block': "{\n  \"buildCommand\": \"pnpm build\",\n  \"env\": {\n    \"⟦K⟧\": \"⟦V⟧\"\n  }\n}\n",
 'fly_toml_env_section': "app = \"docs-search\"\nprimary_region = \"ams\"\n\n[env]\n  ⟦K⟧ = \"⟦V⟧\"\n",
 'render_yaml_envvars_list': "services:\n  - type: web\n    name: api\n    envVars:\n      - key: ⟦K⟧\n        value: ⟦V⟧\n",
 'app_engine_app_yaml_env_variables': "runtime: python312\nentrypoint: gunicorn -b :$PORT main:app\nenv_variables:\n  ⟦K⟧: \"⟦V⟧\"\n",
 'cloud_run_service_yaml_env': "spec:\n  template:\n    spec:\n      containers:\n        - image: europe-docker.pkg.dev/acme/api/api:1.8.2\n          env:\n            - name: ⟦K⟧\n              value: ⟦V⟧\n",
 'nomad_job_hcl_env_stanza': "task \"api\" {\n  driver = \"docker\"\n  env {\n    ⟦K⟧ = \"⟦V⟧\"\n  }\n}\n",
 'argo_workflows_template_env': "templates:\n  - name: sync\n    container:\n      image: acme/sync:2.4\n      env:\n        - name: ⟦K⟧\n          value: \"⟦V⟧\"\n",
 'nektos_act_secrets_file': "# .secrets for `act`\n⟦K⟧=⟦V⟧\n",
 'woodpecker_pipeline_yml_environment': "steps:\n  test:\n    image: golang:1.23\n    environment:\n      ⟦K⟧: ⟦V⟧\n    commands:\n      - go test ./...\n",
 'concourse_pipeline_task_params': "jobs:\n- name: deploy\n  plan:\n  - task: push\n    file: ci/tasks/push.yml\n    params:\n      ⟦K⟧: ⟦V⟧\n",
 'teamcity_build_parameters_xml': "<parameters>\n  <param name=\"env.JAVA_HOME\" value=\"%env.JDK_21%\" />\n  <param name=\"env.⟦K⟧\" value=\"⟦V⟧\" />\n</parameters>\n",
 'loguru_default_log_line': "2026-12-04 09:12:44.118 | DEBUG    | app.settings:load:57 - resolved ⟦K⟧=⟦V⟧\n",
 'winston_json_log_line': "{\"level\":\"debug\",\"message\":\"config resolved\",\"⟦K⟧\":\"⟦V⟧\",\"timestamp\":\"2026-12-04T09:12:44.120Z\"}\n",
 'serilog_compact_json_line': "{\"@t\":\"2026-12-04T09:12:44.1217Z\",\"@l\":\"Debug\",\"@mt\":\"Loaded {Setting} = {Value}\",\"Setting\":\"⟦K⟧\",\"Value\":\"⟦V⟧\"}\n",
 'log4j2_pattern_log_line': "2026-12-04 09:12:44,123 DEBUG [main] c.a.b.ConfigLoader - override ⟦K⟧=⟦V⟧ from environment\n",
 'zap_console_log_line': "2026-12-04T09:12:44.124Z\tDEBUG\tconfig/load.go:31\tloaded setting\t{\"key\": \"⟦K⟧\", \"value\": \"⟦V⟧\"}\n",
 'rails_development_log_parameters': "Started POST \"/admin/integrations\" for 127.0.0.1 at 2026-12-04 09:12:44 +0000\nProcessing by Admin::IntegrationsController#create as HTML\n  Parameters: {\"integration\"=>{\"name\"=>\"⟦K⟧\", \"secret\"=>\"⟦V⟧\"}}\n",
 'laravel_log_context_json': "[2026-12-04 09:12:44] local.ERROR: Integration handshake failed {\"provider\":\"⟦k⟧\",\"credential\":\"⟦V⟧\",\"exception\":\"[object] (RuntimeException(code: 0))\"}\n",
 'pytest_failure_environ_repr': "E       AssertionError: expected config to load\nE        +  where env = environ({'HOME': '/home/ci', '⟦K⟧': '⟦V⟧', 'PATH': '/usr/bin'})\n",
 'node_repl_process_env_echo': "> process.env.⟦K⟧\n'⟦V⟧'\n> .exit\n",
 'helm_get_values_output': "$ helm get values api -n prod\nUSER-SUPPLIED VALUES:\nenv:\n  ⟦K⟧: ⟦V⟧\nreplicaCount: 3\n",
 'terraform_plan_env_diff': "  # aws_lambda_function.ingest will be updated in-place\n  ~ resource \"aws_lambda_function\" \"ingest\" {\n      ~ environment {\n          ~ variables = {\n              + \"⟦K⟧\" = \"⟦V⟧\"\n            }\n        }\n    }\n",
 'ansible_playbook_verbose_result': "TASK [app : render env] ********************************************************\nok: [web-01] => {\"changed\": false, \"env\": {\"⟦K⟧\": \"⟦V⟧\"}}\n",
 'docker_compose_config_output': "$ docker compose config\nservices:\n  api:\n    environment:\n      ⟦K⟧: ⟦V⟧\n    image: acme/api:dev\n",
 'env_grep_terminal_output': "$ env | grep ⟦K⟧\n⟦K⟧=⟦V⟧\n",
 'git_stash_show_patch': "$ git stash show -p stash@{0}\ndiff --git a/.env.local b/.env.local\n@@ -2,3 +2,4 @@ NODE_ENV=development\n+⟦K⟧=⟦V⟧\n",
 'maccy_clipboard_history_row': "Maccy history (pinned: 0)\n1  ⟦V⟧\n2  kubectl -n prod get pods\n3  ⟦K⟧\n",
 'google_keep_takeout_json': "{\"color\":\"DEFAULT\",\"isTrashed\":false,\"isPinned\":true,\"title\":\"dev creds\",\"textContent\":\"⟦K⟧ for staging: ⟦V⟧\",\"userEditedTimestampUsec\":1764840000000000}\n",
 'simplenote_export_json': "{\"activeNotes\":[{\"id\":\"e3c0a1\",\"content\":\"deploy notes\\n⟦K⟧=⟦V⟧\\nrotate after launch\",\"tags\":[\"work\"]}]}\n",
 'org_mode_property_drawer': "* TODO Rotate staging credentials\n  :PROPERTIES:\n  :⟦K⟧: ⟦V⟧\n  :END:\n",
 'thunderbird_draft_eml': "From: Kai <kai@example.org>\nTo: ops@example.org\nSubject: staging access\nContent-Type: text/plain; charset=UTF-8\n\nHi, the ⟦K⟧ you asked for is ⟦V⟧ until Friday.\n",
 'keybase_chat_transcript_txt': "[2026-12-04 09:15] jonas: can you paste the ⟦K⟧?\n[2026-12-04 09:16] mira: ⟦V⟧\n[2026-12-04 09:16] jonas: thx\n",
}

def build():
    r = random.Random(SEED)
    kinds = sorted(C)
    use = {t: 0 for t in EVERYDAY_TYPES}
    recs = []
    for kind in kinds:
        for _ in range(4):
            low = min(use.values())
            cands = [t for t in EVERYDAY_TYPES if use[t] == low]
            t = r.choice(cands); use[t] += 1
            tpl = C[kind]
            if t in DSN:
                tpl = tpl.replace('⟦V⟧', DSN[t].replace('⟦v⟧', '⟦V⟧'))
            var = EVERYDAY_VAR[t]
            v = everyday_value(r, t)
            text, spans = fill(tpl, {'K': (var, None), 'k': (var.lower(), None), 'V': (v, t)})
            recs.append({'type': t, 'container': kind, 'text': text, 'secrets': spans, 'source': 'everyday'})
    return recs
