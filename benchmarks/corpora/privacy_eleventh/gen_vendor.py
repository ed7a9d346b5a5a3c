"""Vendor tokens placed into generic developer containers (shell, editor, git,
AI-assistant configs, CI, runtime output, HTTP tooling, chat/issue exports).
Template tokens: %N% env name, %n% snake, %c% camelCase, %k% kebab, %h% host,
%u% user, %p% project, %d% date, %t% time; the secret is \u27eav\u27eb."""
from gen_common import rng, fill, S, rs, LHEX, LALNUM, DIG
from gen_tokens import TOKENS, gen

V = "\u27eav\u27eb"
# (kind, raw?) raw=True means the value stands unquoted in a whitespace-delimited syntax
T = [
    ("fish_universal_variables_file", True, "# This file contains fish universal variable definitions.\n# VERSION: 3.0\nSETUVAR --export %N%:" + V + "\nSETUVAR fish_color_autosuggestion:555\\x1ebrblack\nSETUVAR fish_greeting:\\x1d\n"),
    ("xonshrc_env_assignment", False, "# ~/.xonshrc\n$XONSH_SHOW_TRACEBACK = True\n$%N% = '" + V + "'\naliases['k'] = 'kubectl'\n"),
    ("elvish_rc_set_env", False, "# ~/.config/elvish/rc.elv\nuse str\nset-env EDITOR nvim\nset-env %N% '" + V + "'\n"),
    ("tcsh_cshrc_setenv", True, "# ~/.cshrc\nsetenv PATH ${PATH}:/opt/%p%/bin\nsetenv %N% " + V + "\nalias ll 'ls -la'\n"),
    ("powershell_profile_env_assignment", False, "# Microsoft.PowerShell_profile.ps1\nSet-PSReadLineOption -EditMode Emacs\n$env:%N% = \"" + V + "\"\nImport-Module posh-git\n"),
    ("windows_setx_command", False, "C:\\Users\\%u%> setx %N% \"" + V + "\"\n\nSUCCESS: Specified value was saved.\n"),
    ("atuin_search_output", False, "$ atuin search --limit 3 %n%\n%d% 10:14:02\tcd ~/src/%p%\t0s\n%d% 10:14:31\texport %N%=\"" + V + "\"\t0s\n%d% 10:15:07\tnpm run dev\t41s\n"),
    ("tmux_set_environment_global", False, "# ~/.tmux.conf\nset -g mouse on\nset-environment -g %N% \"" + V + "\"\nbind r source-file ~/.tmux.conf\n"),
    ("ssh_remote_command_inline_env", False, "$ ssh deploy@%h% \"%N%='" + V + "' /srv/%p%/bin/migrate --yes\"\nApplying 3 migrations... done\n"),
    ("watchexec_env_flag", False, "watchexec -r -e rs,toml -E %N%='" + V + "' -- cargo run --bin %p%-server\n"),
    ("podman_secret_create_printf", False, "$ printf '%s' '" + V + "' | podman secret create %n% -\n4f1c" + "a9e07d2b6c5e8f31a7d2c0b9\n"),
    ("gh_secret_set_body_flag", False, "$ gh secret set %N% --repo %u%/%p% --body \"" + V + "\"\n\u2713 Set Actions secret %N% for %u%/%p%\n"),
    ("glab_variable_set_masked", False, "$ glab variable set %N% \"" + V + "\" --masked --protected -R %u%/%p%\n\u2713 Created variable %N% for %u%/%p% with scope *.\n"),
    ("vercel_env_add_echo_pipe", False, "$ echo -n '" + V + "' | vercel env add %N% production\nVercel CLI 39.1.2\n\u2705  Added Environment Variable %N% to Project %p% [412ms]\n"),
    ("netlify_env_set_cli", False, "$ netlify env:set %N% \"" + V + "\" --context production\nSet environment variable %N%=**** in the production context\n"),
    ("fly_secrets_set_cli", False, "$ fly secrets set %N%='" + V + "' -a %p%\nUpdating existing machines in '%p%' with rolling strategy\n  [1/2] Machine 148e4d55f36578 [app] update succeeded\n"),
    ("heroku_config_set_cli", False, "$ heroku config:set %N%=\"" + V + "\" -a %p%-prod\nSetting %N% and restarting \u2b22 %p%-prod... done, v142\n"),
    ("railway_variables_set_cli", False, "$ railway variables --set \"%N%=" + V + "\" --service api\nSet 1 variable on service api\n"),
    ("supabase_secrets_set_cli", False, "$ supabase secrets set %N%=" + V + " --project-ref %x%\nFinished supabase secrets set.\n"),
    ("aws_ssm_put_parameter_value", False, "$ aws ssm put-parameter --name /%p%/prod/%n% --type SecureString --overwrite --value '" + V + "'\n{\n    \"Version\": 4,\n    \"Tier\": \"Standard\"\n}\n"),
    ("gcloud_secrets_versions_add_echo", False, "$ echo -n \"" + V + "\" | gcloud secrets versions add %k% --data-file=-\nCreated version [3] of the secret [%k%].\n"),
    ("az_functionapp_appsettings_set", False, "$ az functionapp config appsettings set -g rg-%p% -n func-%p%-prod --settings \"%N%=" + V + "\"\n"),
    ("vault_kv_put_cli_field", False, "$ vault kv put -mount=secret %p%/prod %n%='" + V + "'\n===== Secret Path =====\nsecret/data/%p%/prod\n"),
    ("op_item_create_api_credential", False, "$ op item create --category=\"API Credential\" --title=\"%N% (%p%)\" --vault=Dev 'credential=" + V + "'\n"),
    ("pass_show_output", True, "$ pass show dev/%p%/%k%\n" + V + "\n$ \n"),
    ("macos_security_add_generic_password", False, "security add-generic-password -U -a \"$USER\" -s %k% -w '" + V + "'\n"),
    ("libsecret_secret_tool_store_pipe", False, "$ echo -n '" + V + "' | secret-tool store --label='%p% %n%' service %p% key %n%\n"),
    ("git_config_http_extraheader", False, "$ git config --global http.https://git.%h%/.extraheader \"AUTHORIZATION: bearer " + V + "\"\n"),
    ("git_log_p_added_line", False, "commit %sha%\nAuthor: %u% <%u%@%h%>\nDate:   Tue Mar 4 16:02:11 2025 +0100\n\n    wip: local config\n\ndiff --git a/config/local.env b/config/local.env\nnew file mode 100644\n--- /dev/null\n+++ b/config/local.env\n@@ -0,0 +1,2 @@\n+LOG_LEVEL=debug\n+%N%=" + V + "\n"),
    ("git_stash_show_patch", False, "$ git stash show -p stash@{0}\ndiff --git a/src/settings.py b/src/settings.py\n--- a/src/settings.py\n+++ b/src/settings.py\n@@ -12,3 +12,3 @@\n-%N% = os.environ[\"%N%\"]\n+%N% = \"" + V + "\"  # TODO revert\n"),
    ("git_grep_n_output", False, "$ git grep -n %n%\nconfig/dev.exs:14:  %n%: \"" + V + "\",\nlib/%p%/client.ex:8:    key = Application.fetch_env!(:%p%, :%n%)\n"),
    ("ripgrep_json_match_record", False, "{\"type\":\"match\",\"data\":{\"path\":{\"text\":\"deploy/values.local.yaml\"},\"lines\":{\"text\":\"  %c%: " + V + "\\n\"},\"line_number\":27,\"absolute_offset\":812,\"submatches\":[{\"match\":{\"text\":\"%c%\"},\"start\":2,\"end\":%L%}]}}\n"),
    ("git_format_patch_email", False, "From %sha% Mon Sep 17 00:00:00 2001\nFrom: %u% <%u%@%h%>\nDate: Wed, 5 Feb 2025 09:41:12 +0100\nSubject: [PATCH] ci: wire up %p% integration\n\n---\n .env.ci | 1 +\n 1 file changed, 1 insertion(+)\n\ndiff --git a/.env.ci b/.env.ci\n--- a/.env.ci\n+++ b/.env.ci\n@@ -3,0 +4 @@\n+%N%=" + V + "\n-- \n2.47.1\n"),
    ("github_pr_suggestion_block", False, "```suggestion\n  %n%: \"" + V + "\"\n```\nThis is the key from the staging account, the old one got rotated.\n"),
    ("gist_api_files_json", False, "{\"description\":\"%p% scratch\",\"public\":false,\"files\":{\"run.sh\":{\"content\":\"#!/bin/sh\\nexport %N%=" + V + "\\n./%p% sync --all\\n\"}}}\n"),
    ("vim_swap_strings_output", True, "$ strings .config.yml.swp | head\nb0VIM 9.1\n%u%\n%h%\n~%u%/src/%p%/config.yml\n%c%: " + V + "\nregion: eu-central-1\n"),
    ("emacs_use_package_custom_setq", False, ";;; init.el\n(use-package gptel :ensure t)\n(setq %p%-%k% \"" + V + "\")\n(setq-default indent-tabs-mode nil)\n"),
    ("emacs_dir_locals_setenv", False, ";;; .dir-locals.el\n((nil . ((eval . (setenv \"%N%\" \"" + V + "\"))\n         (compile-command . \"make -k\"))))\n"),
    ("neovim_lua_vim_env", False, "-- ~/.config/nvim/lua/plugins/ai.lua\nvim.env.%N% = \"" + V + "\"\nreturn { \"%p%/nvim\", opts = { model = \"default\" } }\n"),
    ("vscode_tasks_json_options_env", False, "{\n  \"version\": \"2.0.0\",\n  \"tasks\": [{\n    \"label\": \"dev\",\n    \"type\": \"shell\",\n    \"command\": \"pnpm dev\",\n    \"options\": { \"env\": { \"%N%\": \"" + V + "\" } }\n  }]\n}\n"),
    ("zed_settings_context_servers_env", False, "{\n  \"context_servers\": {\n    \"%p%\": {\n      \"command\": { \"path\": \"npx\", \"args\": [\"-y\", \"@%p%/mcp\"], \"env\": { \"%N%\": \"" + V + "\" } }\n    }\n  }\n}\n"),
    ("cursor_mcp_json_env", False, "{\n  \"mcpServers\": {\n    \"%p%\": {\n      \"command\": \"uvx\",\n      \"args\": [\"%p%-mcp\"],\n      \"env\": {\n        \"%N%\": \"" + V + "\"\n      }\n    }\n  }\n}\n"),
    ("claude_desktop_config_mcp_env", False, "{\n  \"mcpServers\": {\n    \"%p%-server\": {\n      \"command\": \"node\",\n      \"args\": [\"/Users/%u%/mcp/%p%/dist/index.js\"],\n      \"env\": { \"%N%\": \"" + V + "\", \"LOG_LEVEL\": \"info\" }\n    }\n  }\n}\n"),
    ("claude_code_settings_json_env", False, "{\n  \"permissions\": { \"allow\": [\"Bash(npm run test:*)\"] },\n  \"env\": {\n    \"%N%\": \"" + V + "\"\n  }\n}\n"),
    ("continue_config_yaml_model_apikey", False, "name: Local Assistant\nversion: 1.0.0\nmodels:\n  - name: %p%\n    provider: openai\n    model: %p%-large\n    apiKey: " + V + "\n    roles: [chat, edit]\n"),
    ("aider_conf_yml", False, "# .aider.conf.yml\nmodel: %p%/large\nauto-commits: false\nset-env:\n  - %N%=" + V + "\n"),
    ("codex_config_toml_mcp_env", False, "# ~/.codex/config.toml\nmodel = \"o4-mini\"\n\n[mcp_servers.%p%]\ncommand = \"npx\"\nargs = [\"-y\", \"%p%-mcp\"]\nenv = { \"%N%\" = \"" + V + "\" }\n"),
    ("goose_config_yaml_extension_envs", False, "extensions:\n  %p%:\n    enabled: true\n    type: stdio\n    cmd: %p%-mcp\n    envs:\n      %N%: " + V + "\n"),
    ("jetbrains_http_client_private_env_json", False, "{\n  \"dev\": {\n    \"host\": \"https://api.%h%\",\n    \"%c%\": \"" + V + "\"\n  }\n}\n"),
    ("helix_languages_toml_environment", False, "[language-server.%p%-lsp]\ncommand = \"%p%-lsp\"\nenvironment = { \"%N%\" = \"" + V + "\" }\n"),
    ("ipython_history_sqlite_row", False, "sqlite> SELECT session, line, source FROM history ORDER BY rowid DESC LIMIT 2;\n41|7|client = %p%.Client(api_key=\"" + V + "\")\n41|6|import %p%\n"),
    ("ipython_session_in_out", False, "In [3]: import os\n\nIn [4]: os.environ[\"%N%\"] = \"" + V + "\"\n\nIn [5]: %p%.ping()\nOut[5]: {'ok': True}\n"),
    ("marimo_notebook_cell", False, "import marimo\napp = marimo.App()\n\n@app.cell\ndef _():\n    import %p%\n    %n% = \"" + V + "\"\n    return (%n%,)\n"),
    ("livebook_livemd_elixir_cell", False, "# %p% exploration\n\n```elixir\nSystem.put_env(\"%N%\", \"" + V + "\")\nMix.install([{:req, \"~> 0.5\"}])\n```\n"),
    ("pluto_jl_notebook_cell", False, "### A Pluto.jl notebook ###\n# v0.20.4\n\n# \u2554\u2550\u2561 7c1f-%x%\nENV[\"%N%\"] = \"" + V + "\"\n"),
    ("nix_home_manager_session_variables", False, "{ config, pkgs, ... }:\n{\n  home.sessionVariables = {\n    EDITOR = \"nvim\";\n    %N% = \"" + V + "\";\n  };\n}\n"),
    ("chezmoi_data_toml", False, "# ~/.config/chezmoi/chezmoi.toml\n[data]\n    email = \"%u%@%h%\"\n    %n% = \"" + V + "\"\n"),
    ("zprofile_export_line", False, "# ~/.zprofile\neval \"$(/opt/homebrew/bin/brew shellenv)\"\nexport %N%=\"" + V + "\"\n"),
    ("pytest_ini_options_env", False, "[tool.pytest.ini_options]\naddopts = \"-ra -q\"\nenv = [\n    \"D:LOG_LEVEL=debug\",\n    \"%N%=" + V + "\",\n]\n"),
    ("tox_ini_setenv", False, "[testenv]\ndeps = -rrequirements-dev.txt\nsetenv =\n    PYTHONPATH = {toxinidir}\n    %N% = " + V + "\ncommands = pytest {posargs}\n"),
    ("nox_session_env_dict", False, "@nox.session(python=\"3.12\")\ndef integration(session):\n    session.install(\"-e\", \".[test]\")\n    session.run(\"pytest\", \"tests/it\", env={\"%N%\": \"" + V + "\"})\n"),
    ("hatch_toml_env_vars", False, "[envs.default.env-vars]\nPYTHONUNBUFFERED = \"1\"\n%N% = \"" + V + "\"\n"),
    ("pixi_toml_activation_env", False, "[activation.env]\nRUST_LOG = \"info\"\n%N% = \"" + V + "\"\n"),
    ("rust_build_rs_rustc_env", False, "fn main() {\n    println!(\"cargo:rerun-if-changed=build.rs\");\n    println!(\"cargo:rustc-env=%N%=" + V + "\");\n}\n"),
    ("go_build_ldflags_x", False, "go build -trimpath -ldflags \"-s -w -X main.version=1.8.2 -X main.%c%=" + V + "\" -o bin/%p% ./cmd/%p%\n"),
    ("goreleaser_yaml_ldflags", False, "builds:\n  - main: ./cmd/%p%\n    ldflags:\n      - -s -w -X main.version={{.Version}}\n      - -X github.com/%u%/%p%/internal/cfg.%c%=" + V + "\n"),
    ("deno_json_tasks_inline_env", False, "{\n  \"tasks\": {\n    \"dev\": \"%N%=" + V + " deno run -A --watch main.ts\"\n  }\n}\n"),
    ("nx_project_json_target_env", False, "{\n  \"targets\": {\n    \"serve\": {\n      \"executor\": \"@nx/js:node\",\n      \"options\": { \"buildTarget\": \"api:build\", \"env\": { \"%N%\": \"" + V + "\" } }\n    }\n  }\n}\n"),
    ("xcscheme_launchaction_envvar", False, "<LaunchAction buildConfiguration = \"Debug\">\n   <EnvironmentVariables>\n      <EnvironmentVariable\n         key = \"%N%\"\n         value = \"" + V + "\"\n         isEnabled = \"YES\">\n      </EnvironmentVariable>\n   </EnvironmentVariables>\n</LaunchAction>\n"),
    ("android_buildconfigfield_gradle_kts", False, "android {\n    defaultConfig {\n        buildConfigField(\"String\", \"%N%\", \"\\\"" + V + "\\\"\")\n    }\n}\n"),
    ("flutter_dart_define_from_file_json", False, "{\n  \"FLAVOR\": \"prod\",\n  \"%N%\": \"" + V + "\"\n}\n"),
    ("expo_app_config_ts_extra", False, "export default ({ config }) => ({\n  ...config,\n  extra: {\n    eas: { projectId: \"%x%\" },\n    %c%: \"" + V + "\",\n  },\n});\n"),
    ("capacitor_config_ts_plugin", False, "const config: CapacitorConfig = {\n  appId: 'io.%p%.app',\n  plugins: {\n    %p%: { %c%: '" + V + "' },\n  },\n};\nexport default config;\n"),
    ("electron_forge_publisher_config", False, "publishers: [\n  {\n    name: '@electron-forge/publisher-s3',\n    config: { bucket: '%p%-releases', %c%: '" + V + "' },\n  },\n],\n"),
    ("unreal_defaultengine_ini", True, "[/Script/%p%.%p%Settings]\nbEnableTelemetry=True\n%c%=" + V + "\n"),
    ("godot_project_settings", False, "[application]\nconfig/name=\"%p%\"\n\n[%p%]\nconfig/%n%=\"" + V + "\"\n"),
    ("platformio_ini_build_flags", False, "[env:esp32dev]\nplatform = espressif32\nboard = esp32dev\nbuild_flags =\n    -D CORE_DEBUG_LEVEL=3\n    -D %N%=\\\"" + V + "\\\"\n"),
    ("zephyr_prj_conf_kconfig", False, "CONFIG_NETWORKING=y\nCONFIG_NET_SOCKETS=y\nCONFIG_%N%=\"" + V + "\"\n"),
    ("esp_idf_sdkconfig_defaults", False, "CONFIG_ESP_WIFI_SSID=\"lab-2g\"\nCONFIG_APP_%N%=\"" + V + "\"\nCONFIG_LOG_DEFAULT_LEVEL_INFO=y\n"),
    ("tofu_provider_block_literal", False, "provider \"%p%\" {\n  %n% = \"" + V + "\"\n  region = \"eu-west-1\"\n}\n"),
    ("pulumi_stack_yaml_plain_value", False, "config:\n  aws:region: eu-central-1\n  %p%:%c%: " + V + "\n"),
    ("external_secrets_fake_provider", False, "apiVersion: external-secrets.io/v1beta1\nkind: SecretStore\nmetadata:\n  name: fake-local\nspec:\n  provider:\n    fake:\n      data:\n        - key: /%p%/%n%\n          value: \"" + V + "\"\n"),
    ("helmfile_yaml_set_values", False, "releases:\n  - name: %p%\n    chart: ./charts/%p%\n    set:\n      - name: secrets.%c%\n        value: " + V + "\n"),
    ("timoni_values_cue", False, "values: {\n\timage: tag: \"1.4.0\"\n\tsecrets: %c%: \"" + V + "\"\n}\n"),
    ("ytt_data_values_yaml", False, "#@data/values\n---\n%n%: " + V + "\nreplicas: 2\n"),
    ("kcl_config_file", False, "import manifests\n\nconfig = {\n    name = \"%p%\"\n    env = {%N% = \"" + V + "\"}\n}\n"),
    ("dagger_go_setsecret_literal", False, "func (m *Ci) Publish(ctx context.Context) (string, error) {\n\ttok := dag.SetSecret(\"%n%\", \"" + V + "\")\n\treturn m.Build().WithSecretVariable(\"%N%\", tok).Stdout(ctx)\n}\n"),
    ("mage_go_env_map", False, "func Deploy() error {\n\treturn sh.RunWith(map[string]string{\"%N%\": \"" + V + "\"}, \"./deploy.sh\")\n}\n"),
    ("ansible_galaxy_cfg_server_token", True, "[galaxy]\nserver_list = %p%_hub\n\n[galaxy_server.%p%_hub]\nurl=https://hub.%h%/api/galaxy/\n%n%=" + V + "\n"),
    ("github_actions_reusable_workflow_with", False, "jobs:\n  deploy:\n    uses: %u%/workflows/.github/workflows/deploy.yml@v3\n    with:\n      environment: prod\n      %k%: " + V + "\n"),
    ("github_action_yml_input_default", False, "name: '%p% notify'\ninputs:\n  %k%:\n    description: 'API key'\n    required: false\n    default: '" + V + "'\nruns:\n  using: node20\n  main: dist/index.js\n"),
    ("azure_pipelines_yml_variables_block", False, "variables:\n  - name: buildConfiguration\n    value: Release\n  - name: %N%\n    value: " + V + "\nsteps:\n  - script: dotnet build\n"),
    ("cloudbuild_yaml_substitutions", False, "steps:\n  - name: gcr.io/cloud-builders/docker\n    args: ['build', '--build-arg', '%N%=${_%N%}', '.']\nsubstitutions:\n  _%N%: " + V + "\n"),
    ("codebuild_buildspec_env_variables", False, "version: 0.2\nenv:\n  variables:\n    %N%: \"" + V + "\"\nphases:\n  build:\n    commands:\n      - make release\n"),
    ("jenkins_casc_yaml_string_credential", False, "credentials:\n  system:\n    domainCredentials:\n      - credentials:\n          - string:\n              scope: GLOBAL\n              id: %k%\n              secret: \"" + V + "\"\n"),
    ("bitrise_yml_app_envs", False, "app:\n  envs:\n  - BITRISE_PROJECT_PATH: ios/%p%.xcworkspace\n  - %N%: " + V + "\n"),
    ("circleci_config_job_environment", False, "jobs:\n  test:\n    docker:\n      - image: cimg/node:22.11\n    environment:\n      %N%: " + V + "\n    steps: [checkout, run: npm test]\n"),
    ("act_dot_secrets_file", True, "# .secrets (nektos/act)\nGITHUB_TOKEN=\n%N%=" + V + "\n"),
    ("makefile_export_assignment", True, "export %N% := " + V + "\n\n.PHONY: run\nrun:\n\tgo run ./cmd/%p%\n"),
    ("systemd_run_setenv_flag", False, "sudo systemd-run --unit=%p%-backfill -E %N%='" + V + "' /usr/local/bin/%p% backfill --since 30d\n"),
    ("kubectl_exec_env_grep", True, "$ kubectl exec -n %p% deploy/api -- env | grep -i %n%\n%N%=" + V + "\n"),
    ("kubectl_get_configmap_yaml", False, "apiVersion: v1\ndata:\n  LOG_LEVEL: info\n  %N%: " + V + "\nkind: ConfigMap\nmetadata:\n  name: %p%-config\n  namespace: %p%\n"),
    ("helm_template_rendered_deployment", False, "# Source: %p%/templates/deployment.yaml\n        env:\n          - name: %N%\n            value: \"" + V + "\"\n          - name: PORT\n            value: \"8080\"\n"),
    ("otel_collector_exporter_headers", False, "exporters:\n  otlphttp/%p%:\n    endpoint: https://otlp.%h%\n    headers:\n      x-api-key: " + V + "\n"),
    ("vector_toml_sink_auth", False, "[sinks.%p%]\ntype = \"http\"\ninputs = [\"app_logs\"]\nuri = \"https://in.%h%/v1/logs\"\nauth.strategy = \"bearer\"\nauth.token = \"" + V + "\"\n"),
    ("fluent_bit_output_header", True, "[OUTPUT]\n    Name        http\n    Match       *\n    Host        in.%h%\n    Header      X-Api-Key " + V + "\n    tls         On\n"),
    ("grafana_alloy_river_config", False, "otelcol.auth.bearer \"%p%\" {\n  token = \"" + V + "\"\n}\n"),
    ("nginx_proxy_set_header_auth", False, "location /upstream/ {\n    proxy_pass https://api.%h%/;\n    proxy_set_header Authorization \"Bearer " + V + "\";\n}\n"),
    ("caddyfile_reverse_proxy_header_up", True, "api.%h% {\n\treverse_proxy https://upstream.%h% {\n\t\theader_up X-Api-Key " + V + "\n\t}\n}\n"),
    ("traefik_dynamic_custom_request_headers", False, "http:\n  middlewares:\n    %p%-auth:\n      headers:\n        customRequestHeaders:\n          X-Api-Key: \"" + V + "\"\n"),
    ("haproxy_http_request_set_header", False, "backend be_%p%\n    http-request set-header Authorization \"Bearer " + V + "\"\n    server s1 api.%h%:443 ssl verify required\n"),
    ("envoy_request_headers_to_add", False, "request_headers_to_add:\n  - header:\n      key: x-api-key\n      value: \"" + V + "\"\n    append_action: OVERWRITE_IF_EXISTS_OR_ADD\n"),
    ("apache_requestheader_set", False, "<Location /proxy>\n    ProxyPass https://api.%h%/\n    RequestHeader set X-Api-Key \"" + V + "\"\n</Location>\n"),
    ("kong_declarative_request_transformer", False, "plugins:\n  - name: request-transformer\n    service: %p%\n    config:\n      add:\n        headers:\n          - \"x-api-key:" + V + "\"\n"),
    ("httpx_debug_log_headers", False, "DEBUG:httpx:HTTP Request: POST https://api.%h%/v1/run \"HTTP/1.1 401 Unauthorized\"\nDEBUG:httpcore.http11:send_request_headers.started request=<Request [b'POST']> headers=[(b'authorization', b'Bearer " + V + "'), (b'user-agent', b'python-httpx/0.28.1')]\n"),
    ("spring_actuator_env_json", False, "{\"activeProfiles\":[\"prod\"],\"propertySources\":[{\"name\":\"systemEnvironment\",\"properties\":{\"%N%\":{\"value\":\"" + V + "\",\"origin\":\"System Environment Property \\\"%N%\\\"\"}}}]}\n"),
    ("django_debug_page_settings_row", True, "Settings\nUsing settings module %p%.settings\nSetting\tValue\nALLOWED_HOSTS\t['*']\n%N%\t'" + V + "'\nDEBUG\tTrue\n"),
    ("iex_session_system_env", False, "iex(1)> System.put_env(\"%N%\", \"" + V + "\")\n:ok\niex(2)> %p%.Client.ping()\n{:ok, %{status: 200}}\n"),
    ("node_repl_process_env", False, "> process.env.%N% = '" + V + "'\n'" + V + "'\n> await client.health()\n{ ok: true }\n"),
    ("sentry_event_json_request_headers", False, "{\"event_id\":\"%x%\",\"level\":\"error\",\"request\":{\"method\":\"POST\",\"url\":\"https://api.%h%/hooks\",\"headers\":[[\"X-Api-Key\",\"" + V + "\"],[\"Content-Type\",\"application/json\"]]}}\n"),
    ("otel_span_jsonl_attributes", False, "{\"name\":\"POST /v1/embed\",\"kind\":\"CLIENT\",\"attributes\":{\"http.request.method\":\"POST\",\"http.request.header.authorization\":[\"Bearer " + V + "\"],\"server.address\":\"api.%h%\"}}\n"),
    ("windows_event_4688_command_line", False, "EventID: 4688\nNew Process Name: C:\\Program Files\\%p%\\%p%.exe\nProcess Command Line: \"C:\\Program Files\\%p%\\%p%.exe\" sync --api-key " + V + " --quiet\n"),
    ("auditd_execve_record", False, "type=EXECVE msg=audit(1738655412.118:5521): argc=4 a0=\"/usr/bin/%p%\" a1=\"push\" a2=\"--token\" a3=\"" + V + "\"\n"),
    ("ps_auxww_output_line", True, "$ ps auxww | grep [%P%]\n%u%   48211  2.1  0.9 812344 74512 ?  Sl   09:12   0:41 /usr/bin/%p% agent --api-key=" + V + " --region eu\n"),
    ("proc_environ_tr_output", True, "$ sudo cat /proc/48211/environ | tr '\\0' '\\n' | sort | head -4\nHOME=/var/lib/%p%\nLANG=C.UTF-8\n%N%=" + V + "\nPATH=/usr/local/bin:/usr/bin\n"),
    ("strace_execve_line", False, "execve(\"/usr/bin/curl\", [\"curl\", \"-sS\", \"-H\", \"Authorization: Bearer " + V + "\", \"https://api.%h%/v2/me\"], 0x7ffd8c1a3e10 /* 31 vars */) = 0\n"),
    ("tcpdump_ascii_output", False, "10:42:17.112908 IP 10.0.3.15.51522 > 10.0.3.1.8080: Flags [P.], seq 1:212, ack 1, win 502, length 211: HTTP: GET /v1/items HTTP/1.1\nE....@.@...\nGET /v1/items HTTP/1.1\nHost: 10.0.3.1:8080\nX-Api-Key: " + V + "\nAccept: */*\n"),
    ("burp_repeater_request_txt", False, "POST /api/v2/export HTTP/2\nHost: api.%h%\nAuthorization: Bearer " + V + "\nContent-Type: application/json\nContent-Length: 17\n\n{\"format\":\"csv\"}\n"),
    ("yaak_workspace_env_json", False, "{\"model\":\"environment\",\"name\":\"Production\",\"variables\":[{\"enabled\":true,\"name\":\"base_url\",\"value\":\"https://api.%h%\"},{\"enabled\":true,\"name\":\"%n%\",\"value\":\"" + V + "\"}]}\n"),
    ("hurl_file_request_header", True, "GET https://api.%h%/v1/status\nAuthorization: Bearer " + V + "\nHTTP 200\n[Asserts]\njsonpath \"$.ok\" == true\n"),
    ("dot_http_file_variable", True, "@baseUrl = https://api.%h%\n@%c% = " + V + "\n\n### list items\nGET {{baseUrl}}/items\nX-Api-Key: {{%c%}}\n"),
    ("artillery_yml_default_headers", False, "config:\n  target: https://api.%h%\n  defaults:\n    headers:\n      x-api-key: \"" + V + "\"\nscenarios:\n  - flow:\n      - get: { url: /health }\n"),
    ("vegeta_targets_file", True, "GET https://api.%h%/v1/search?q=test\nX-Api-Key: " + V + "\n\n"),
    ("grpcurl_header_flag", False, "grpcurl -H 'authorization: Bearer " + V + "' -d '{\"id\": 7}' grpc.%h%:443 %p%.v1.Items/Get\n"),
    ("websocat_header_flag", False, "websocat -H='X-Api-Key: " + V + "' wss://stream.%h%/v1/events\n"),
    ("xh_bearer_auth_flag", False, "xh -A bearer -a '" + V + "' POST api.%h%/v1/jobs name=nightly\n"),
    ("swagger_ui_preauthorize_js", False, "window.onload = () => {\n  const ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui' });\n  ui.preauthorizeApiKey('ApiKeyAuth', '" + V + "');\n};\n"),
    ("graphiql_headers_tab_json", False, "{\n  \"Authorization\": \"Bearer " + V + "\"\n}\n"),
    ("lemmy_post_body_md", False, "**[Help] %p% keeps returning 403**\n\nMy config:\n\n```\n%n% = \"" + V + "\"\n```\n\nAnyone else seeing this since the update?\n"),
    ("github_discussion_comment_md", False, "Can confirm, the SDK ignores the env var. Workaround that worked for me:\n\n```python\nclient = %p%.Client(%n%=\"" + V + "\")\n```\n"),
    ("jira_adf_codeblock_json", False, "{\"type\":\"doc\",\"version\":1,\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"prod values:\"}]},{\"type\":\"codeBlock\",\"attrs\":{\"language\":\"bash\"},\"content\":[{\"type\":\"text\",\"text\":\"%N%=" + V + "\"}]}]}\n"),
    ("confluence_code_macro_cdata", False, "<ac:structured-macro ac:name=\"code\"><ac:parameter ac:name=\"language\">bash</ac:parameter><ac:plain-text-body><![CDATA[export %N%=" + V + "]]></ac:plain-text-body></ac:structured-macro>\n"),
    ("notion_export_md_callout", False, "<aside>\n\U0001F511 %p% prod key: `" + V + "` (ask %u% before rotating)\n\n</aside>\n"),
    ("slack_conversations_history_json", False, "{\"ok\":true,\"messages\":[{\"type\":\"message\",\"user\":\"U07%X%\",\"text\":\"here you go: `" + V + "`\",\"ts\":\"1738412231.118229\"}]}\n"),
    ("discord_api_message_json", False, "{\"id\":\"13%D%\",\"channel_id\":\"11%D%\",\"content\":\"%n% for staging is " + V + " dont share pls\",\"author\":{\"username\":\"%u%\"}}\n"),
    ("msteams_graph_chatmessage_json", False, "{\"@odata.type\":\"#microsoft.graph.chatMessage\",\"messageType\":\"message\",\"body\":{\"contentType\":\"html\",\"content\":\"<p>%N%: <code>" + V + "</code></p>\"},\"from\":{\"user\":{\"displayName\":\"%u%\"}}}\n"),
    ("mattermost_bulk_export_post_jsonl", False, "{\"type\":\"post\",\"post\":{\"team\":\"eng\",\"channel\":\"%p%-dev\",\"user\":\"%u%\",\"message\":\"new key: " + V + "\",\"create_at\":1738500912000}}\n"),
    ("element_export_txt_line", False, "Tue, Feb 11 2025, 14:02 - %u%: the %n% is " + V + " (staging)\n"),
    ("youtrack_issue_comment_md", False, "Reproduced on 2025.1. Steps:\n1. `export %N%=" + V + "`\n2. `./gradlew :app:run`\n3. observe 500 in logs\n"),
    ("redmine_textile_pre_block", False, "h3. Deployment notes\n\n<pre>\n%N%=" + V + "\n</pre>\n\nUpdated by %u% 2 days ago\n"),
    ("trac_ticket_wiki_codeblock", False, "Config that triggers the crash:\n{{{\n%n% = " + V + "\n}}}\n"),
    ("bugzilla_comment_text", False, "(In reply to %u% from comment #4)\n> which key did you use?\n\nThe one from the team vault: " + V + "\n"),
    ("sourcehut_todo_ticket_comment", False, "~%u% commented on #112\n\nStill failing with %N%=" + V + " on the build VM.\n"),
    ("mbox_quoted_reply_patch", False, "On Tue, 4 Mar 2025, %u% wrote:\n> > +%n% = \"" + V + "\"\n> Please don't commit that.\n\nOops, resending v2 without it.\n"),
    ("joplin_raw_note_metadata", False, "%p% creds\n\n%N%: " + V + "\n\nid: %x%\nparent_id: %x%\ncreated_time: 2025-01-14T09:12:33.120Z\ntype_: 1\n"),
    ("dendron_note_frontmatter", False, "---\nid: %x%\ntitle: %p%\ndesc: ''\n---\n\n## keys\n- %n%: `" + V + "`\n"),
    ("excalidraw_text_element_json", False, "{\"type\":\"text\",\"id\":\"t%X%\",\"x\":412,\"y\":96,\"text\":\"%N%\\n" + V + "\",\"fontSize\":16,\"fontFamily\":5}\n"),
    ("drawio_mxcell_value", False, "<mxCell id=\"7\" value=\"%p% gateway&lt;br&gt;key: " + V + "\" style=\"rounded=1;whiteSpace=wrap;html=1;\" vertex=\"1\" parent=\"1\"/>\n"),
    ("llm_cli_logs_sqlite_row", False, "sqlite> select model, prompt from responses order by datetime_utc desc limit 1;\ngpt-4o-mini|why does %p% return 401 with %n%=" + V + "?\n"),
    ("claude_code_jsonl_tool_result", False, "{\"type\":\"user\",\"message\":{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\"toolu_01%X%\",\"content\":\"     1\\t# local overrides\\n     2\\t%N%=" + V + "\\n\"}]}}\n"),
    ("cursor_chat_export_md", False, "**User**\n\nwhy is this failing?\n\n```ts\nconst client = new %P%Client({ apiKey: \"" + V + "\" });\n```\n\n**Cursor**\n\nThe client expects the key via the environment...\n"),
    ("aider_chat_history_md", False, "#### /run env | grep %N%\n\n> %N%=" + V + "\n> Add command output to the chat? (Y)es/(N)o [Yes]: n\n"),
    ("copilot_chat_export_json", False, "{\"requests\":[{\"message\":{\"text\":\"refactor this: headers = {'X-Api-Key': '" + V + "'}\"},\"response\":[{\"value\":\"Move the key into an environment variable.\"}]}]}\n"),
]

WRAPS = [
    ("gerrit_inline_comment", "Patch Set 3:\n\n(1 comment)\n\nFile %f%:\n\nLine 12: please don't paste this into the change:\n\n%body%"),
    ("claude_code_prompt", "> can you figure out why the call fails? here's what I have\n\n%body%\n\n\u23fa Let me look at the configuration first."),
    ("matrix_code_block_reply", "> <@%u%:matrix.org> which value are you using?\n\n```\n%body%```\n"),
    ("pastebin_raw_paste", "%body%"),
    ("signal_note_to_self", "Note to Self\n%body%\n\u2713\u2713 Sent"),
    ("gitea_commit_comment", "**%u%** commented on commit `%sha7%`\n\n````\n%body%````\n"),
]

HOSTS = ["kestrel.dev", "nordwind.io", "lumen-labs.net", "tanager.app", "brightforge.co", "halcyon.systems",
         "orbitlab.io", "peakside.org", "quokka.tools", "vireo.cloud"]
USERS = ["mkowalski", "ainoh", "jdelacruz", "tbrennan", "okwu", "lschmid", "rvasquez", "yui-t", "pnair", "eriksson"]
PROJ = ["atlas", "pelican", "quasar", "harbor", "lumen", "ripple", "cinder", "nova", "tandem", "ember"]


def camel(env):
    parts = env.lower().split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def render(tmpl, r, envname, secret, extra=None):
    p = r.choice(PROJ)
    sha = rs(r, LHEX, 40)
    rep = {"%N%": envname, "%n%": envname.lower(), "%c%": camel(envname), "%k%": envname.lower().replace("_", "-"),
           "%h%": r.choice(HOSTS), "%u%": r.choice(USERS), "%p%": p, "%P%": p.capitalize(), "%d%": "2025-0%d-1%d" % (r.randrange(1, 10), r.randrange(10)),
           "%x%": rs(r, LHEX, 20), "%X%": rs(r, LALNUM, 10).upper(), "%D%": rs(r, DIG, 16), "%sha%": sha, "%sha7%": sha[:7],
           "%L%": str(2 + len(camel(envname))), "%f%": "config/app.env"}
    for k in sorted(rep, key=len, reverse=True):
        tmpl = tmpl.replace(k, rep[k])
    m = {"v": secret}
    m.update(extra or {})
    return fill(tmpl, m)


def needs_safe(value):
    return any(c in value for c in " \t")


def build(start_seed=1100):
    """one record per vendor type, least-used container; every 5th wrapped"""
    r = rng(start_seed)
    recs = []
    use = {k: 0 for k, _, _ in T}
    types = sorted(TOKENS)
    for i, typ in enumerate(types):
        val = gen(typ, r)
        cands = [t for t in T if not (t[1] and needs_safe(val))]
        m = min(use[t[0]] for t in cands)
        pool = [t for t in cands if use[t[0]] == m]
        kind, _, tmpl = pool[r.randrange(len(pool))]
        use[kind] += 1
        text, spans = render(tmpl, r, TOKENS[typ][0], S(val, typ))
        container = kind
        if i % 5 == 2:
            wk, wt = WRAPS[(i // 5) % len(WRAPS)]
            body = text
            pre, post = wt.split("%body%")
            pre = pre.replace("%f%", "config/app.env").replace("%u%", r.choice(USERS)).replace("%sha7%", rs(r, LHEX, 7))
            text = pre + body + post
            for sp in spans:
                sp["start"] += len(pre)
                sp["end"] += len(pre)
            container = kind + "__in_" + wk
        recs.append({"type": typ, "container": container, "text": text, "secrets": spans, "source": "gen_vendor"})
    return recs
