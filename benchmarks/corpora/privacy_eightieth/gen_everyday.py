import random
from common import *

TYPES = {
 'aws_secret_access_key': lambda r: rs(r, AN + '/+', 40),
 'database_password': owner_pw,
 'github_personal_access_token': lambda r: 'ghp_' + rs(r, AN, 36),
 'jwt_signing_secret': lambda r: rs(r, B64U, 48),
 'sendgrid_api_key': lambda r: 'SG.' + rs(r, B64U, 22) + '.' + rs(r, B64U, 43),
 'slack_bot_token': lambda r: 'xoxb-' + rs(r, DG, 12) + '-' + rs(r, DG, 13) + '-' + rs(r, AN, 24),
 'smtp_password': owner_pw,
 'stripe_live_secret_key': lambda r: 'sk_live_51' + rs(r, AN, 97),
 'twilio_auth_token': lambda r: rs(r, HEX, 32),
 # new QA-world everyday types
 'seeded_test_user_password': owner_pw,
 'selenium_grid_hub_password': owner_pw,
 'staging_basic_auth_password': owner_pw,
 'load_test_target_api_token': lambda r: rs(r, B64U, 40),
 'test_reporter_upload_token': lambda r: rs(r, HEX, 40),
 'cassette_recorded_bearer_token': lambda r: rs(r, AN, 48),
 'device_cloud_access_key': lambda r: rs(r, AN, 20),
}
REPEATED = ['aws_secret_access_key', 'database_password', 'github_personal_access_token', 'jwt_signing_secret',
            'sendgrid_api_key', 'slack_bot_token', 'smtp_password', 'stripe_live_secret_key', 'twilio_auth_token']

# container kind -> template; {K} UPPER_KEY, {k} snake_key, {c} camelKey, {V} value, {u} user, {h} host
KINDS = {
 'playwright_config_ts_use_block': "export default defineConfig({\n  use: {\n    baseURL: 'https://{h}',\n    extraHTTPHeaders: { 'x-{k}': '{V}' },\n  },\n});",
 'cypress_env_local_json': '{\n  "baseUrl": "https://{h}",\n  "{c}": "{V}",\n  "user": "{u}"\n}',
 'wdio_conf_capabilities_block': "exports.config = {\n  user: '{u}',\n  {c}: '{V}',\n  capabilities: [{ browserName: 'chrome' }],\n};",
 'selenium_grid_node_toml': '[node]\ndetect-drivers = true\n[server]\nhost = "{h}"\n# {k}\n{k} = "{V}"',
 'nightwatch_globals_json': '{\n  "test_settings": {\n    "default": {\n      "globals": { "{c}": "{V}", "waitForConditionTimeout": 8000 }\n    }\n  }\n}',
 'testcaferc_json_env': '{\n  "browsers": ["chrome:headless"],\n  "clientScripts": [],\n  "env": { "{K}": "{V}" }\n}',
 'postman_environment_export_json': '{\n  "name": "staging",\n  "values": [\n    { "key": "{k}", "value": "{V}", "type": "secret", "enabled": true }\n  ],\n  "_postman_variable_scope": "environment"\n}',
 'newman_ci_wrapper_sh': '#!/usr/bin/env bash\nset -euo pipefail\nexport {K}="{V}"\nnewman run smoke.postman_collection.json -e staging.json --reporters cli,junit',
 'insomnia_export_yaml_environment': 'type: environment\nname: Staging\ndata:\n  base_url: https://{h}\n  {k}: {V}\n',
 'bruno_environment_bru_file': 'vars {\n  baseUrl: https://{h}\n}\nvars:secret [\n  {k}\n]\n# local copy\n{k}: {V}',
 'k6_script_options_js': "export const options = { vus: 50, duration: '5m' };\nconst {K} = '{V}';\nexport default function () { http.get('https://{h}/health'); }",
 'jmeter_jmx_user_defined_variable': '<elementProp name="{k}" elementType="Argument">\n  <stringProp name="Argument.name">{k}</stringProp>\n  <stringProp name="Argument.value">{V}</stringProp>\n</elementProp>',
 'gatling_simulation_scala_val': 'class CheckoutSimulation extends Simulation {\n  val {c} = "{V}"\n  val httpProtocol = http.baseUrl("https://{h}")\n}',
 'locustfile_py_constant': 'from locust import HttpUser, task\n\n{K} = "{V}"\n\nclass ShopUser(HttpUser):\n    host = "https://{h}"',
 'artillery_yaml_config_variables': 'config:\n  target: "https://{h}"\n  phases:\n    - duration: 120\n      arrivalRate: 10\n  variables:\n    {k}: "{V}"',
 'vcr_cassette_yaml_interaction': '---\nhttp_interactions:\n- request:\n    method: post\n    uri: https://{h}/api/session\n    headers:\n      X-{c}:\n      - {V}\n  response:\n    status:\n      code: 201',
 'pollyjs_har_recording_entry': '{\n  "request": {\n    "method": "GET",\n    "url": "https://{h}/v1/orders",\n    "headers": [ { "name": "x-{k}", "value": "{V}" } ]\n  }\n}',
 'wiremock_mapping_json_file': '{\n  "request": { "method": "GET", "urlPath": "/api/cart" },\n  "response": { "status": 200, "headers": { "X-{c}": "{V}" } }\n}',
 'mountebank_imposter_json': '{\n  "port": 4545, "protocol": "http",\n  "stubs": [ { "responses": [ { "is": { "headers": { "{c}": "{V}" } } } ] } ]\n}',
 'karate_config_js_function': "function fn() {\n  var config = { baseUrl: 'https://{h}' };\n  config.{c} = '{V}';\n  return config;\n}",
 'behave_environment_py_hook': 'def before_all(context):\n    context.base_url = "https://{h}"\n    context.{k} = "{V}"',
 'robot_framework_variables_resource': '*** Variables ***\n${BASE_URL}    https://{h}\n${{K}}    {V}',
 'pytest_conftest_session_fixture': '@pytest.fixture(scope="session")\ndef {k}():\n    return "{V}"',
 'jest_global_setup_js': "module.exports = async () => {\n  process.env.{K} = '{V}';\n  process.env.BASE_URL = 'https://{h}';\n};",
 'junit_xml_system_out_block': '<testcase classname="LoginIT" name="loginWithValidUser" time="3.412">\n  <system-out>DEBUG config {k}={V} user={u}</system-out>\n</testcase>',
 'allure_attachment_env_txt': 'Browser=chrome 126\nStand=https://{h}\n{K}={V}\nRunner={u}',
 'testrail_case_step_comment': 'Step 3: log in on https://{h} as {u}, then set the {k} header to {V} and check the banner.',
 'flaky_test_triage_ticket_body': 'Flaky: checkout.spec.ts fails ~1 in 5 on the grid.\nRepro env: {h}\nI pinned {k} = {V} while bisecting, user {u}.',
 'gha_e2e_job_yaml': 'jobs:\n  e2e:\n    runs-on: ubuntu-latest\n    env:\n      {K}: {V}\n    steps:\n      - run: npx playwright test --project=chromium',
 'gitlab_ci_e2e_stage_yaml': 'e2e:\n  stage: test\n  variables:\n    {K}: "{V}"\n  script:\n    - npm run test:e2e',
 'jenkinsfile_e2e_stage_groovy': "stage('E2E') {\n  environment { {K} = '{V}' }\n  steps { sh 'npm run cy:run' }\n}",
 'saucectl_config_yml': 'apiVersion: v1alpha\nkind: cypress\nsauce:\n  region: eu-central-1\nenv:\n  {K}: {V}',
 'testng_suite_xml_parameter': '<suite name="Regression">\n  <parameter name="{c}" value="{V}"/>\n  <test name="Checkout"><classes><class name="qa.CheckoutTest"/></classes></test>\n</suite>',
 'appium_capabilities_json': '{\n  "platformName": "Android",\n  "appium:deviceName": "Pixel 7",\n  "qa:{c}": "{V}"\n}',
 'detoxrc_js_config': "module.exports = {\n  testRunner: { args: { $0: 'jest' } },\n  behavior: { init: { env: { {K}: '{V}' } } },\n};",
 'lighthouserc_json_ci_block': '{\n  "ci": {\n    "upload": { "target": "lhci", "serverBaseUrl": "https://{h}", "{c}": "{V}" }\n  }\n}',
 'soapui_project_custom_property': '<con:property>\n  <con:name>{k}</con:name>\n  <con:value>{V}</con:value>\n</con:property>',
 'jetbrains_http_client_private_env': '{\n  "staging": {\n    "host": "https://{h}",\n    "{k}": "{V}"\n  }\n}',
 'hurl_test_file_capture': 'POST https://{h}/api/login\n[Options]\nvariable: {k}={V}\nHTTP 200',
 'seed_fixture_sql_insert': "-- test data seed, run before e2e\nINSERT INTO qa_settings (name, value) VALUES ('{k}', '{V}');",
 'factory_bot_definition_rb': "FactoryBot.define do\n  factory :qa_env do\n    {k} { '{V}' }\n  end\nend",
 'docker_compose_selenium_grid_yaml': 'services:\n  selenium-hub:\n    image: selenium/hub:4.21\n    environment:\n      - {K}={V}\n    ports: ["4444:4444"]',
 'gradle_properties_integration_test': 'org.gradle.jvmargs=-Xmx2g\nsystemProp.{k}={V}\nintegrationTest.baseUrl=https://{h}',
 'maven_failsafe_system_property_xml': '<systemPropertyVariables>\n  <{c}>{V}</{c}>\n  <baseUrl>https://{h}</baseUrl>\n</systemPropertyVariables>',
 'qa_standup_chat_paste': '[09:41] {u}: nightly run red again, 14 failures on {h}\n[09:42] {u}: ok for the rerun I used {k}: {V}',
}

def keys(t):
    parts = t.split('_')
    return {'K': t.upper(), 'k': t, 'c': parts[0] + ''.join(p.capitalize() for p in parts[1:])}

def fill(tpl, d):
    out = tpl
    for k, v in d.items():
        if k != 'V':
            out = out.replace('{' + k + '}', v)
    i = out.index('{V}')
    assert out.count('{V}') == 1
    val = d['V']
    text = out.replace('{V}', val)
    return text, i

def generate(seed=8001):
    r = random.Random(seed)
    types = sorted(TYPES)
    used = {t: 0 for t in types}
    recs = []
    for kind in KINDS:
        chosen = []
        for _ in range(4):
            cand = [t for t in types if t not in chosen]
            m = min(used[t] for t in cand)
            cand = [t for t in cand if used[t] == m]
            t = r.choice(cand); chosen.append(t); used[t] += 1
        for t in chosen:
            d = keys(t); d.update(u=r.choice(USERS), h=r.choice(HOSTS), V=TYPES[t](r))
            text, i = fill(KINDS[kind], d)
            recs.append(dict(type=t, container=kind, text=text, secrets=[dict(value=d['V'], start=i, end=i + len(d['V']), type=t)], source='everyday'))
    return recs
