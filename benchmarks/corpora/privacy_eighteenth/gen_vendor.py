"""New vendor-type part: one record per vendor type in a container style not used before."""
import random
from common import S, rec_pos, rs, rhex, ruuid, b58encode, LOWER_ALNUM, ALNUM
from gen_vendor_types import VENDORS
import gen_crypto

SEED = 18002


def _lk(v):
    return v["env"].lower()


def _hv(v, val):
    return [v["scheme"], val] if v["scheme"] else [val]


# ---- header styles (vendor has an HTTP header) ----

def st_rest_client_http(r, v, val):
    return ["@host = https://%s\n@token = " % v["host"], val, "\n\n### smoke test\nGET {{host}}/v1/me\n%s: %s{{token}}\nAccept: application/json\n" % (v["hdr"], v["scheme"])]


def st_hurl_file(r, v, val):
    return ["# smoke.hurl - run with: hurl --test smoke.hurl\nGET https://%s/v1/status\n%s: " % (v["host"], v["hdr"])] + _hv(v, val) + ["\nHTTP 200\n[Asserts]\njsonpath \"$.ok\" == true\n"]


def st_kotlin_ktor_client(r, v, val):
    return ["val client = HttpClient(CIO)\n\nsuspend fun ping(): HttpResponse =\n    client.get(\"https://%s/v1/status\") {\n        header(\"%s\", \"" % (v["host"], v["hdr"])] + _hv(v, val) + ["\")\n    }\n"]


def st_dart_http_package(r, v, val):
    return ["import 'package:http/http.dart' as http;\n\nFuture<void> main() async {\n  final res = await http.get(\n    Uri.parse('https://%s/v1/status'),\n    headers: {'%s': '" % (v["host"], v["hdr"])] + _hv(v, val) + ["'},\n  );\n  print(res.statusCode);\n}\n"]


def st_elixir_tesla_client(r, v, val):
    return ["defmodule Vendor.Client do\n  use Tesla\n\n  plug Tesla.Middleware.BaseUrl, \"https://%s\"\n  plug Tesla.Middleware.Headers, [{\"%s\", \"" % (v["host"], v["hdr"].lower())] + _hv(v, val) + ["\"}]\n  plug Tesla.Middleware.JSON\nend\n"]


def st_clojure_clj_http(r, v, val):
    return ["(ns ops.ping (:require [clj-http.client :as http]))\n\n(defn ping []\n  (http/get \"https://%s/v1/status\"\n            {:headers {\"%s\" \"" % (v["host"], v["hdr"])] + _hv(v, val) + ["\"}\n             :as :json}))\n"]


def st_scala_sttp_request(r, v, val):
    return ["import sttp.client4.quick.*\n\nval resp = quickRequest\n  .get(uri\"https://%s/v1/status\")\n  .header(\"%s\", \"" % (v["host"], v["hdr"])] + _hv(v, val) + ["\")\n  .send()\nprintln(resp.code)\n"]


def st_crystal_http_client(r, v, val):
    return ["require \"http/client\"\n\nheaders = HTTP::Headers{\"%s\" => \"" % v["hdr"]] + _hv(v, val) + ["\"}\nresp = HTTP::Client.get(\"https://%s/v1/status\", headers: headers)\nputs resp.status_code\n" % v["host"]]


def st_julia_http_jl(r, v, val):
    return ["using HTTP, JSON3\n\nr = HTTP.get(\"https://%s/v1/status\", [\"%s\" => \"" % (v["host"], v["hdr"])] + _hv(v, val) + ["\"])\nprintln(JSON3.read(r.body))\n"]


def st_php_curl_setopt(r, v, val):
    return ["<?php\n$ch = curl_init('https://%s/v1/status');\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, true);\ncurl_setopt($ch, CURLOPT_HTTPHEADER, ['%s: " % (v["host"], v["hdr"])] + _hv(v, val) + ["']);\n$out = curl_exec($ch);\n"]


def st_rust_ureq_agent(r, v, val):
    return ["let body: String = ureq::get(\"https://%s/v1/status\")\n    .header(\"%s\", \"" % (v["host"], v["hdr"])] + _hv(v, val) + ["\")\n    .call()?\n    .body_mut()\n    .read_to_string()?;\n"]


def st_node_got_client(r, v, val):
    return ["import got from 'got';\n\nconst api = got.extend({\n  prefixUrl: 'https://%s',\n  headers: { '%s': '" % (v["host"], v["hdr"])] + _hv(v, val) + ["' },\n});\nconsole.log(await api.get('v1/status').json());\n"]


def st_python_aiohttp_session(r, v, val):
    return ["async def ping():\n    headers = {\"%s\": \"" % v["hdr"]] + _hv(v, val) + ["\"}\n    async with aiohttp.ClientSession(headers=headers) as s:\n        async with s.get(\"https://%s/v1/status\") as resp:\n            return await resp.json()\n" % v["host"]]


def st_ruby_net_http(r, v, val):
    return ["uri = URI(\"https://%s/v1/status\")\nreq = Net::HTTP::Get.new(uri)\nreq[\"%s\"] = \"" % (v["host"], v["hdr"])] + _hv(v, val) + ["\"\nres = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }\n"]


def st_go_resty_client(r, v, val):
    return ["client := resty.New().SetBaseURL(\"https://%s\")\nresp, err := client.R().\n\tSetHeader(\"%s\", \"" % (v["host"], v["hdr"])] + _hv(v, val) + ["\").\n\tGet(\"/v1/status\")\n"]


def st_spring_resttemplate(r, v, val):
    return ["HttpHeaders headers = new HttpHeaders();\nheaders.set(\"%s\", \"" % v["hdr"]] + _hv(v, val) + ["\");\nResponseEntity<String> res = restTemplate.exchange(\n    \"https://%s/v1/status\", HttpMethod.GET, new HttpEntity<>(headers), String.class);\n" % v["host"]]


def st_nginx_proxy_set_header(r, v, val):
    return ["location /upstream-api/ {\n    proxy_pass https://%s/;\n    proxy_set_header Host %s;\n    proxy_set_header %s \"" % (v["host"], v["host"], v["hdr"])] + _hv(v, val) + ["\";\n    proxy_ssl_server_name on;\n}\n"]


def st_caddyfile_header_up(r, v, val):
    return ["api.contoso.example {\n\treverse_proxy https://%s {\n\t\theader_up Host {upstream_hostport}\n\t\theader_up %s \"" % (v["host"], v["hdr"])] + _hv(v, val) + ["\"\n\t}\n}\n"]


def st_haproxy_set_header(r, v, val):
    return ["backend be_vendor\n    mode http\n    http-request set-header %s \"" % v["hdr"]] + _hv(v, val) + ["\"\n    server s1 %s:443 ssl verify required ca-file /etc/ssl/certs/ca-certificates.crt sni str(%s)\n" % (v["host"], v["host"])]


def st_ansible_uri_task(r, v, val):
    return ["- name: Check vendor API\n  ansible.builtin.uri:\n    url: https://%s/v1/status\n    method: GET\n    headers:\n      %s: \"" % (v["host"], v["hdr"])] + _hv(v, val) + ["\"\n    status_code: 200\n  register: vendor_status\n"]


def st_terraform_http_data_source(r, v, val):
    return ["data \"http\" \"vendor_status\" {\n  url = \"https://%s/v1/status\"\n\n  request_headers = {\n    Accept = \"application/json\"\n    \"%s\" = \"" % (v["host"], v["hdr"])] + _hv(v, val) + ["\"\n  }\n}\n"]


def st_insomnia_export_yaml(r, v, val):
    return ["type: collection.insomnia.rest/5.0\nname: vendor smoke\ncollection:\n  - url: https://%s/v1/status\n    name: status\n    method: GET\n    headers:\n      - name: %s\n        value: \"" % (v["host"], v["hdr"])] + _hv(v, val) + ["\"\n"]


def st_thunder_client_json(r, v, val):
    return ["{\n  \"clientName\": \"Thunder Client\",\n  \"requests\": [\n    {\n      \"_id\": \"%s\",\n      \"name\": \"status\",\n      \"url\": \"https://%s/v1/status\",\n      \"method\": \"GET\",\n      \"headers\": [{ \"name\": \"%s\", \"value\": \"" % (ruuid(r), v["host"], v["hdr"])] + _hv(v, val) + ["\" }]\n    }\n  ]\n}\n"]


def st_k6_options_script(r, v, val):
    return ["import http from 'k6/http';\nexport const options = { vus: 5, duration: '30s' };\nconst params = { headers: { '%s': '" % v["hdr"]] + _hv(v, val) + ["' } };\nexport default function () {\n  http.get('https://%s/v1/status', params);\n}\n" % v["host"]]


# ---- env / config styles ----

def st_deno_script_fallback(r, v, val):
    return ["// scripts/sync.ts  (deno run -A scripts/sync.ts)\nconst key = Deno.env.get(\"%s\") ?? \"" % v["env"], val, "\";\nconst res = await fetch(\"https://%s/v1/status\", { headers: { authorization: key } });\nconsole.log(res.status);\n" % v["host"]]


def st_bun_shell_script(r, v, val):
    return ["#!/usr/bin/env bun\nimport { $ } from \"bun\";\n\nprocess.env.%s ??= \"" % v["env"], val, "\";\nawait $`./bin/sync --target %s`;\n" % v["host"]]


def st_tfvars_hcl(r, v, val):
    return ["# terraform.tfvars (not committed... supposedly)\nregion        = \"eu-west-1\"\nenvironment   = \"prod\"\n%s = \"" % _lk(v).ljust(13), val, "\"\n"]


def st_pulumi_stack_yaml_plain(r, v, val):
    return ["config:\n  aws:region: eu-central-1\n  app:replicas: \"3\"\n  app:%s: " % _lk(v).replace("_", "-"), val, "\n"]


def st_github_workflow_env_literal(r, v, val):
    return ["name: nightly-sync\non:\n  schedule:\n    - cron: '17 3 * * *'\njobs:\n  sync:\n    runs-on: ubuntu-24.04\n    env:\n      %s: " % v["env"], val, "\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/sync.sh\n"]


def st_drone_yml_environment(r, v, val):
    return ["kind: pipeline\ntype: docker\nname: default\n\nsteps:\n- name: publish\n  image: alpine:3.20\n  environment:\n    %s: " % v["env"], val, "\n  commands:\n  - ./publish.sh\n"]


def st_earthfile_arg_default(r, v, val):
    return ["VERSION 0.8\nFROM alpine:3.20\n\nsync:\n    ARG %s=" % v["env"], val, "\n    RUN ./sync.sh --host %s\n" % v["host"]]


def st_dockerfile_env_instruction(r, v, val):
    return ["FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nENV PYTHONUNBUFFERED=1 \\\n    %s=" % v["env"], val, "\nRUN pip install -r requirements.txt\nCMD [\"python\", \"-m\", \"worker\"]\n"]


def st_podman_kube_play_yaml(r, v, val):
    return ["apiVersion: v1\nkind: Pod\nmetadata:\n  name: worker\nspec:\n  containers:\n  - name: worker\n    image: ghcr.io/contoso/worker:1.8\n    env:\n    - name: %s\n      value: \"" % v["env"], val, "\"\n"]


def st_systemd_unit_environment(r, v, val):
    return ["[Unit]\nDescription=Vendor sync worker\nAfter=network-online.target\n\n[Service]\nUser=sync\nEnvironment=\"%s=" % v["env"], val, "\"\nExecStart=/opt/sync/bin/worker\nRestart=on-failure\n"]


def st_launchd_plist_env(r, v, val):
    return ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n  <key>Label</key><string>com.contoso.sync</string>\n  <key>EnvironmentVariables</key>\n  <dict>\n    <key>%s</key>\n    <string>" % v["env"], val, "</string>\n  </dict>\n  <key>ProgramArguments</key><array><string>/usr/local/bin/sync</string></array>\n</dict>\n</plist>\n"]


def st_snowflake_create_secret_sql(r, v, val):
    return ["CREATE OR REPLACE SECRET ops.%s\n  TYPE = GENERIC_STRING\n  SECRET_STRING = '" % _lk(v), val, "';\n\nCREATE OR REPLACE EXTERNAL ACCESS INTEGRATION vendor_access\n  ALLOWED_NETWORK_RULES = (vendor_rule)\n  ALLOWED_AUTHENTICATION_SECRETS = (ops.%s)\n  ENABLED = TRUE;\n" % _lk(v)]


def st_duckdb_create_secret_sql(r, v, val):
    return ["-- duckdb session\nINSTALL httpfs; LOAD httpfs;\nCREATE SECRET %s (\n    TYPE http,\n    EXTRA_HTTP_HEADERS MAP {'Authorization': '" % _lk(v), val, "'}\n);\nSELECT count(*) FROM read_json_auto('https://%s/v1/export');\n" % v["host"]]


def st_n8n_credentials_export(r, v, val):
    return ["[\n  {\n    \"id\": \"%s\",\n    \"name\": \"%s account\",\n    \"type\": \"httpHeaderAuth\",\n    \"data\": {\n      \"name\": \"Authorization\",\n      \"value\": \"" % (rs(r, ALNUM, 16), v["label"]), val, "\"\n    }\n  }\n]\n"]


def st_node_red_flows_cred(r, v, val):
    return ["{\n    \"%s\": {\n        \"user\": \"svc-flows\",\n        \"password\": \"" % rhex(r, 16), val, "\"\n    }\n}\n"]


def st_home_assistant_secrets_yaml(r, v, val):
    return ["# /config/secrets.yaml\nlatitude_home: 52.37\nlongitude_home: 4.89\n%s: " % _lk(v), val, "\nmqtt_user: homeassistant\n"]


def st_obsidian_plugin_data_json(r, v, val):
    return ["{\n  \"syncOnStartup\": true,\n  \"endpoint\": \"https://%s\",\n  \"apiKey\": \"" % v["host"], val, "\",\n  \"folder\": \"Inbox\"\n}\n"]


def st_alfred_workflow_variables(r, v, val):
    return ["\t<key>variables</key>\n\t<dict>\n\t\t<key>%s</key>\n\t\t<string>" % v["env"], val, "</string>\n\t\t<key>results_limit</key>\n\t\t<string>20</string>\n\t</dict>\n"]


def st_neovim_lua_plugin_setup(r, v, val):
    return ["-- ~/.config/nvim/lua/plugins/vendor.lua\nreturn {\n  \"contoso/vendor.nvim\",\n  opts = {\n    endpoint = \"https://%s\",\n    api_key = \"" % v["host"], val, "\",\n  },\n}\n"]


def st_emacs_use_package_setq(r, v, val):
    return [";; init.el\n(use-package vendor-mode\n  :ensure t\n  :config\n  (setq vendor-endpoint \"https://%s\"\n        vendor-%s \"" % (v["host"], _lk(v).replace("_", "-")), val, "\"))\n"]


def st_godot_project_settings(r, v, val):
    return ["; Engine configuration file.\n[application]\n\nconfig/name=\"Harbor Run\"\nrun/main_scene=\"res://main.tscn\"\n\n[services]\n\n%s=\"" % _lk(v), val, "\"\n"]


def st_unreal_default_game_ini(r, v, val):
    return ["[/Script/EngineSettings.GeneralProjectSettings]\nProjectName=HarborRun\n\n[/Script/HarborRun.OnlineSettings]\n%s=" % v["env"].title().replace("_", ""), val, "\nbEnableTelemetry=True\n"]


def st_unity_scriptable_object_asset(r, v, val):
    return ["%YAML 1.1\n%TAG !u! tag:unity3d.com,2011:\n--- !u!114 &11400000\nMonoBehaviour:\n  m_Name: ServiceConfig\n  m_EditorClassIdentifier: \n  endpoint: https://" + v["host"] + "\n  " + _lk(v) + ": ", val, "\n"]


def st_expo_app_config_ts(r, v, val):
    return ["import { ExpoConfig } from 'expo/config';\n\nconst config: ExpoConfig = {\n  name: 'harbor',\n  slug: 'harbor',\n  extra: {\n    %s: '" % _lk(v), val, "',\n  },\n};\nexport default config;\n"]


def st_capacitor_config_ts(r, v, val):
    return ["const config: CapacitorConfig = {\n  appId: 'com.contoso.harbor',\n  appName: 'Harbor',\n  plugins: {\n    VendorPlugin: { key: '", val, "' },\n  },\n};\n"]


def st_ios_xcconfig_setting(r, v, val):
    return ["// Release.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = com.contoso.harbor\nMARKETING_VERSION = 2.4.1\n%s = " % v["env"], val, "\n"]


def st_gradle_properties_entry(r, v, val):
    return ["org.gradle.jvmargs=-Xmx4g\nandroid.useAndroidX=true\n%s=" % _lk(v).replace("_", "."), val, "\n"]


def st_quarkus_application_properties(r, v, val):
    return ["quarkus.http.port=8080\nquarkus.log.level=INFO\nvendor.%s=" % _lk(v).replace("_", "-"), val, "\n"]


def st_ktor_application_conf(r, v, val):
    return ["ktor {\n  deployment { port = 8080 }\n  application { modules = [ com.contoso.ApplicationKt.module ] }\n}\nvendor {\n  %s = \"" % _lk(v).replace("_", "-"), val, "\"\n}\n"]


def st_phoenix_runtime_exs(r, v, val):
    return ["import Config\n\nif config_env() == :prod do\n  config :harbor, Harbor.Vendor,\n    base_url: \"https://%s\",\n    %s: System.get_env(\"%s\", \"" % (v["host"], _lk(v), v["env"]), val, "\")\nend\n"]


def st_laravel_config_services_php(r, v, val):
    return ["<?php\n\nreturn [\n    'vendor' => [\n        'endpoint' => 'https://%s',\n        'secret' => env('%s', '" % (v["host"], v["env"]), val, "'),\n    ],\n];\n"]


def st_pydantic_settings_default(r, v, val):
    return ["class Settings(BaseSettings):\n    model_config = SettingsConfigDict(env_file=\".env\")\n    vendor_url: str = \"https://%s\"\n    %s: str = \"" % (v["host"], _lk(v)), val, "\"\n"]


def st_bicep_param_file(r, v, val):
    return ["using './main.bicep'\n\nparam location = 'westeurope'\nparam %s = '" % (_lk(v).split("_")[0] + "".join(w.title() for w in _lk(v).split("_")[1:])), val, "'\n"]


def st_cloudformation_parameters_json(r, v, val):
    return ["[\n  { \"ParameterKey\": \"Environment\", \"ParameterValue\": \"prod\" },\n  { \"ParameterKey\": \"%s\", \"ParameterValue\": \"" % v["env"].title().replace("_", ""), val, "\" }\n]\n"]


def st_sam_template_environment(r, v, val):
    return ["Resources:\n  SyncFunction:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: app.handler\n      Runtime: python3.12\n      Environment:\n        Variables:\n          %s: " % v["env"], val, "\n"]


def st_bitrise_yml_envs(r, v, val):
    return ["format_version: \"13\"\napp:\n  envs:\n  - BITRISE_PROJECT_PATH: Harbor.xcworkspace\n  - %s: " % v["env"], val, "\nworkflows:\n  deploy:\n    steps:\n    - script@1: {}\n"]


def st_codemagic_yaml_vars(r, v, val):
    return ["workflows:\n  ios-release:\n    environment:\n      vars:\n        %s: " % v["env"], val, "\n      xcode: latest\n    scripts:\n      - name: Build\n        script: xcodebuild -workspace Harbor.xcworkspace -scheme Harbor archive\n"]


def st_harness_pipeline_variables(r, v, val):
    return ["pipeline:\n  name: sync\n  identifier: sync\n  variables:\n    - name: %s\n      type: String\n      value: " % _lk(v), val, "\n"]


def st_buddy_works_yml(r, v, val):
    return ["- pipeline: \"deploy\"\n  on: \"PUSH\"\n  variables:\n  - key: \"%s\"\n    value: \"" % v["env"], val, "\"\n  actions:\n  - action: \"Execute: sync\"\n    type: \"BUILD\"\n"]


def st_helmfile_values_inline(r, v, val):
    return ["releases:\n  - name: worker\n    chart: contoso/worker\n    values:\n      - env:\n          %s: " % v["env"], val, "\n"]


def st_vscode_settings_extension(r, v, val):
    return ["{\n  \"editor.formatOnSave\": true,\n  \"vendor.endpoint\": \"https://%s\",\n  \"vendor.%s\": \"" % (v["host"], _lk(v).split("_")[0] + "".join(w.title() for w in _lk(v).split("_")[1:])), val, "\"\n}\n"]


def st_authinfo_line(r, v, val):
    return ["machine smtp.contoso.example login ops port 587 password-file ~/.mailpass\nmachine %s login apikey password " % v["host"], val, "\n"]


def st_direnv_envrc(r, v, val):
    return ["# .envrc\nuse flake\nexport %s=\"" % v["env"], val, "\"\ndotenv_if_exists .env.local\n"]


def st_gatsby_config_plugin(r, v, val):
    return ["module.exports = {\n  plugins: [\n    {\n      resolve: `gatsby-source-vendor`,\n      options: { %s: `" % (_lk(v).split("_")[0] + "".join(w.title() for w in _lk(v).split("_")[1:])), val, "` },\n    },\n  ],\n}\n"]


def st_nuxt_runtime_config(r, v, val):
    return ["export default defineNuxtConfig({\n  runtimeConfig: {\n    %s: '" % (_lk(v).split("_")[0] + "".join(w.title() for w in _lk(v).split("_")[1:])), val, "',\n    public: { apiBase: '/api' },\n  },\n})\n"]


def st_play_application_conf(r, v, val):
    return ["play.http.secret.key = ${?APPLICATION_SECRET}\nplay.filters.enabled += play.filters.hosts.AllowedHostsFilter\nvendor.%s = \"" % _lk(v).replace("_", "."), val, "\"\n"]


def st_dropwizard_config_yaml(r, v, val):
    return ["server:\n  applicationConnectors:\n    - type: http\n      port: 8080\nvendor:\n  %s: " % (_lk(v).split("_")[0] + "".join(w.title() for w in _lk(v).split("_")[1:])), val, "\n"]


def st_clickhouse_named_collection(r, v, val):
    return ["<clickhouse>\n  <named_collections>\n    <vendor_api>\n      <url>https://%s/v1/export</url>\n      <headers>\n        <header><name>Authorization</name><value>" % v["host"], val, "</value></header>\n      </headers>\n    </vendor_api>\n  </named_collections>\n</clickhouse>\n"]


HEADER_STYLES = [st_rest_client_http, st_hurl_file, st_kotlin_ktor_client, st_dart_http_package, st_elixir_tesla_client,
                 st_clojure_clj_http, st_scala_sttp_request, st_crystal_http_client, st_julia_http_jl, st_php_curl_setopt,
                 st_rust_ureq_agent, st_node_got_client, st_python_aiohttp_session, st_ruby_net_http, st_go_resty_client,
                 st_spring_resttemplate, st_nginx_proxy_set_header, st_caddyfile_header_up, st_haproxy_set_header,
                 st_ansible_uri_task, st_terraform_http_data_source, st_insomnia_export_yaml, st_thunder_client_json,
                 st_k6_options_script]
ENV_STYLES = [st_deno_script_fallback, st_bun_shell_script, st_tfvars_hcl, st_pulumi_stack_yaml_plain,
              st_github_workflow_env_literal, st_drone_yml_environment, st_earthfile_arg_default,
              st_dockerfile_env_instruction, st_podman_kube_play_yaml, st_systemd_unit_environment,
              st_launchd_plist_env, st_snowflake_create_secret_sql, st_duckdb_create_secret_sql,
              st_n8n_credentials_export, st_node_red_flows_cred, st_home_assistant_secrets_yaml,
              st_obsidian_plugin_data_json, st_alfred_workflow_variables, st_neovim_lua_plugin_setup,
              st_emacs_use_package_setq, st_godot_project_settings, st_unreal_default_game_ini,
              st_unity_scriptable_object_asset, st_expo_app_config_ts, st_capacitor_config_ts, st_ios_xcconfig_setting,
              st_gradle_properties_entry, st_quarkus_application_properties, st_ktor_application_conf,
              st_phoenix_runtime_exs, st_laravel_config_services_php, st_pydantic_settings_default,
              st_bicep_param_file, st_cloudformation_parameters_json, st_sam_template_environment,
              st_bitrise_yml_envs, st_codemagic_yaml_vars, st_harness_pipeline_variables, st_buddy_works_yml,
              st_helmfile_values_inline, st_vscode_settings_extension, st_authinfo_line, st_direnv_envrc,
              st_gatsby_config_plugin, st_nuxt_runtime_config, st_play_application_conf, st_dropwizard_config_yaml,
              st_clickhouse_named_collection]
# URLs and values with spaces only go to quoted-safe styles
QUOTED_ENV = [st_deno_script_fallback, st_bun_shell_script, st_tfvars_hcl, st_systemd_unit_environment,
              st_launchd_plist_env, st_n8n_credentials_export, st_obsidian_plugin_data_json, st_neovim_lua_plugin_setup,
              st_laravel_config_services_php, st_pydantic_settings_default, st_cloudformation_parameters_json,
              st_buddy_works_yml, st_vscode_settings_extension, st_direnv_envrc, st_emacs_use_package_setq,
              st_godot_project_settings, st_expo_app_config_ts, st_ktor_application_conf]


def _name(f):
    return f.__name__[3:]


def key_files(rng):
    out = []
    # Apple App Store Connect / APNs .p8 (PKCS#8 P-256)
    d = rng.randrange(1, gen_crypto.N256)
    p8 = gen_crypto.pem("PRIVATE KEY", gen_crypto.p256_pkcs8_der(d))
    kid = rs(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10)
    out.append(("apple_app_store_connect_p8_key", "fastlane_api_key_json_inline_p8",
                ["{\n  \"key_id\": \"%s\",\n  \"issuer_id\": \"%s\",\n  \"key\": \"" % (kid, ruuid(rng)),
                 S(p8.replace("\n", "\\n"), "apple_app_store_connect_p8_key", p8), "\",\n  \"in_house\": false\n}\n"],
                "fastlane App Store Connect API key JSON (fastlane/api_key.json) with the .p8 inline"))
    seed = bytes(rng.getrandbits(8) for _ in range(32))
    kp = list(seed + gen_crypto.ed25519_public(seed))
    arr = "[" + ",".join(str(b) for b in kp) + "]"
    out.append(("solana_cli_keypair_json", "solana_cli_id_json_cat_output",
                ["$ cat ~/.config/solana/id.json\n", S(arr, "solana_cli_keypair_json"), "\n$ solana address\n" + b58encode(bytes(kp[32:])) + "\n"],
                "Solana CLI keypair file (64-byte JSON array: seed + Ed25519 public key) printed in a terminal"))
    return out


# weakest shape guesses, dropped to keep the part at ~220 records
DROP = {"zitadel_personal_access_token", "upstash_redis_rest_token", "clickhouse_cloud_api_key_secret",
        "tidb_cloud_api_private_key", "miro_access_token", "growthbook_secret_api_key", "luma_ai_api_key",
        "lambda_cloud_api_key", "humanloop_api_key", "braintrust_api_key", "cockroach_cloud_api_key",
        "permit_io_api_key", "telesign_api_key"}


def generate():
    rng = random.Random(SEED)
    recs = []
    use = {}
    for v in VENDORS:
        if v["type"] in DROP:
            continue
        val = v["gen"](rng)
        sval = S(val, v["type"])
        risky = (" " in val) or val.startswith("https://") or "|" in val or ":" in val
        if v["hdr"] and not risky:
            pool = HEADER_STYLES + ENV_STYLES
        elif risky:
            pool = QUOTED_ENV
        else:
            pool = ENV_STYLES
        m = min(use.get(_name(f), 0) for f in pool)
        cands = [f for f in pool if use.get(_name(f), 0) == m]
        f = rng.choice(cands)
        use[_name(f)] = use.get(_name(f), 0) + 1
        parts = f(rng, v, sval)
        recs.append(dict(kind=v["type"] + "_" + _name(f), parts=parts,
                         source="%s credential (%s) in %s" % (v["label"], v["type"], _name(f).replace("_", " "))))
    for t, kind, parts, src in key_files(rng):
        recs.append(dict(kind=kind, parts=parts, source=src))
    return recs, sorted(use)
