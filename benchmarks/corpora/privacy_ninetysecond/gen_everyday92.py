"""Everyday records: 45 API-testing container kinds x 4."""
import random
from common92 import *

# type -> (camelKey, ENV_KEY, generator)
TYPES = {
 "staging_api_bearer_jwt": ("stagingToken", "STAGING_API_TOKEN", lambda r: jwt(r, {"sub": uuid4(r), "aud": "staging-api", "scope": "orders:write", "iat": 1760000000 + r.randint(0, 9999999), "exp": 1790000000 + r.randint(0, 9999999)})),
 "qa_tester_account_password": ("qaPassword", "QA_TESTER_PASSWORD", owner_password),
 "partner_api_basic_auth_password": ("partnerPass", "PARTNER_BASIC_PASS", owner_password),
 "load_test_user_password": ("loadUserPassword", "LOADTEST_USER_PASSWORD", owner_password),
 "mock_admin_console_password": ("mockAdminPassword", "MOCK_ADMIN_PASSWORD", owner_password),
 "oauth_client_credentials_secret": ("clientSecret", "OAUTH_CLIENT_SECRET", lambda r: rs(r, 40, B64URL)),
 "webhook_hmac_signing_secret": ("webhookSecret", "WEBHOOK_SIGNING_SECRET", lambda r: rs(r, 64, HEX)),
 "openai_project_scoped_key": ("openaiKey", "OPENAI_API_KEY", lambda r: "sk-proj-" + rs(r, 74, B64URL) + "T3BlbkFJ" + rs(r, 74, B64URL)),
 "stripe_live_mode_secret_key": ("stripeSecret", "STRIPE_SECRET_KEY", lambda r: "sk_live_51" + rs(r, 97)),
 "github_app_installation_token": ("ghInstallToken", "GH_INSTALLATION_TOKEN", lambda r: gh_token(r, "ghs_")),
 "slack_user_oauth_token": ("slackUserToken", "SLACK_USER_TOKEN", lambda r: "xoxp-%d-%d-%d-%s" % (r.randint(10**10, 10**11), r.randint(10**10, 10**11), r.randint(10**12, 10**13), rs(r, 32, HEX))),
 "aws_iam_user_secret_access_key": ("awsSecretAccessKey", "AWS_SECRET_ACCESS_KEY", lambda r: rs(r, 40, B64)),
 "azure_apim_subscription_key": ("apimSubscriptionKey", "APIM_SUBSCRIPTION_KEY", lambda r: rs(r, 32, HEX)),
 "google_maps_server_api_key": ("mapsServerKey", "GOOGLE_MAPS_SERVER_KEY", lambda r: "AIza" + rs(r, 35, B64URL)),
 "internal_gateway_x_api_key": ("xApiKey", "GATEWAY_X_API_KEY", lambda r: rs(r, 48, ALNUM)),
 "oauth_refresh_token_opaque": ("refreshToken", "OAUTH_REFRESH_TOKEN", lambda r: rs(r, 64, B64URL)),
}

KINDS = {
 "postman_environment_values_entry": '{\n  "id": "«uuid»",\n  "name": "staging",\n  "values": [\n    {"key": "baseUrl", "value": "https://«h»", "enabled": true},\n    {"key": "«k»", "value": "«V»", "type": "secret", "enabled": true}\n  ],\n  "_postman_variable_scope": "environment"\n}',
 "postman_collection_variable_array": '"variable": [\n  {"key": "host", "value": "«h»"},\n  {"key": "«k»", "value": "«V»"}\n]',
 "postman_globals_dump_json": '{"name": "Globals", "values": [{"key": "«k»", "value": "«V»", "enabled": true}], "_postman_exported_using": "Postman/11.2"}',
 "postman_prerequest_script_line": '// Pre-request Script (folder: Orders)\npm.environment.set("«k»", "«V»");\npm.request.headers.add({key: "X-Client", value: "qa"});',
 "postman_tests_tab_snippet": 'pm.test("status is 200", () => pm.response.to.have.status(200));\n// TODO remove before sharing\npm.collectionVariables.set("«k»", "«V»");',
 "newman_run_ci_step": '- name: API tests\n  run: newman run orders.postman_collection.json --env-var "baseUrl=https://«h»" --env-var "«k»=«V»" -r cli,junit',
 "insomnia_base_environment_data": '{"_type": "environment", "name": "Base Environment", "data": {"base_url": "https://«h»", "«k»": "«V»"}}',
 "insomnia_export_yaml_resource": '- _id: env_«hex»\n  _type: environment\n  name: QA\n  data:\n    host: «h»\n    «k»: «V»',
 "bruno_env_bru_vars_block": 'vars {\n  baseUrl: https://«h»\n  «k»: «V»\n}',
 "bruno_collection_dotenv": '# .env next to bruno.json\nBASE_URL=https://«h»\n«K»=«V»',
 "bruno_request_script_block": 'script:pre-request {\n  bru.setVar("«k»", "«V»");\n}',
 "hoppscotch_environment_export": '[{"name": "staging", "variables": [{"key": "«k»", "value": "«V»", "secret": false}]}]',
 "httpie_session_json_file": '{\n  "__meta__": {"about": "HTTPie session file", "httpie": "3.2.4"},\n  "headers": {"X-Env": "staging"},\n  "cookies": [],\n  "«k»": "«V»"\n}',
 "httpie_shell_history_line": ': 1761«d»:0;«K»=«V» http --session=qa POST https://«h»/v1/orders sku=42',
 "curlrc_user_config": '# ~/.curlrc (shared QA laptop)\nsilent\nshow-error\n# «K» «V»\nconnect-timeout = 10',
 "curl_bug_report_repro": 'Repro:\n\n    «K»=«V» ./scripts/call.sh https://«h»/v2/refunds\n\nreturns 502 about half the time.',
 "wget_batch_script_export": '#!/bin/sh\nexport «K»=«V»\nwget -q -O out.json "https://«h»/export?fmt=json"',
 "rest_client_http_file_variable": '@baseUrl = https://«h»\n@«k» = «V»\n\n###\nGET {{baseUrl}}/v1/health',
 "rest_client_vscode_settings_envs": '"rest-client.environmentVariables": {\n  "staging": {\n    "host": "«h»",\n    "«k»": "«V»"\n  }\n}',
 "jetbrains_http_private_env_json": '{\n  "staging": {\n    "host": "«h»",\n    "«k»": "«V»"\n  }\n}',
 "jetbrains_http_response_handler": '> {%\n  client.global.set("«k»", "«V»");\n%}',
 "paw_environment_domain_export": '<environment name="Staging">\n  <variable name="«k»" value="«V»"/>\n</environment>',
 "rapidapi_client_env_json": '{"environments": [{"name": "dev", "variables": {"«k»": {"value": "«V»"}}}]}',
 "k6_script_env_fallback": "const token = __ENV.«K» || '«V»';\nexport default function () {\n  http.get('https://«h»/v1/items');\n}",
 "k6_cloud_run_shell_history": 'k6 cloud run --env «K»=«V» --vus 50 --duration 5m smoke.js',
 "artillery_config_variables_yaml": 'config:\n  target: "https://«h»"\n  variables:\n    «k»: "«V»"\n  phases:\n    - duration: 60\n      arrivalRate: 5',
 "artillery_payload_csv_row": 'user,«k»,region\n«u»,«V»,eu-west-1',
 "openapi_components_example_block": 'components:\n  examples:\n    StagingCall:\n      summary: copied from a real run\n      value:\n        «k»: «V»',
 "swagger_ui_authorize_slack_paste": '[10:4«d»] «u»: swagger UI "Authorize" on staging takes «V» for now, paste it there',
 "prism_mock_server_console_log": '[CLI] …  awaiting  Starting Prism…\n[HTTP SERVER] post /token ℹ  info      Request received\n[VALIDATOR] ✖  error     body.«k» = «V» did not match schema',
 "wiremock_stub_mapping_json": '{"request": {"method": "GET", "url": "/v1/me"},\n "response": {"status": 200, "jsonBody": {"«k»": "«V»"}}}',
 "mockoon_environment_route_body": '{"uuid": "«uuid»", "endpoint": "auth/token", "responses": [{"body": "{\\"«k»\\": \\"«V»\\"}", "statusCode": 200}]}',
 "thunder_client_env_json": '{"_id": "«uuid»", "name": "QA", "data": [{"name": "«k»", "value": "«V»"}]}',
 "karate_config_js_block": "function fn() {\n  var config = { baseUrl: 'https://«h»' };\n  config.«k» = '«V»';\n  return config;\n}",
 "rest_assured_junit_field": 'class OrdersApiIT {\n    private static final String «K» = "«V»";\n}',
 "playwright_api_fixture_ts": "const api = await request.newContext({ baseURL: 'https://«h»' });\nconst «k» = '«V»';",
 "pytest_conftest_fixture_return": '@pytest.fixture\ndef «k»():\n    return "«V»"',
 "supertest_jest_setup_file": "process.env.«K» = '«V»';\nconst request = require('supertest');",
 "hurl_file_variables_option": 'hurl --variable «k»=«V» --test orders.hurl',
 "httpyac_dotenv_environment": '# env/staging.env used by httpyac\nhost=«h»\n«k»=«V»',
 "grpcurl_shell_history_export": 'export «K»=«V»; grpcurl -d \'{"id": 7}\' «h»:443 orders.v1.Orders/Get',
 "gatling_simulation_scala_val": 'class CheckoutSimulation extends Simulation {\n  val «k» = "«V»"\n  val httpProtocol = http.baseUrl("https://«h»")\n}',
 "locustfile_class_attribute": 'class ApiUser(HttpUser):\n    host = "https://«h»"\n    «k» = "«V»"',
 "jmeter_user_defined_variables_jmx": '<elementProp name="«k»" elementType="Argument">\n  <stringProp name="Argument.name">«k»</stringProp>\n  <stringProp name="Argument.value">«V»</stringProp>\n</elementProp>',
 "soapui_project_custom_property": '<con:property><con:name>«k»</con:name><con:value>«V»</con:value></con:property>',
}


def build(reg, seed=9201):
    rng = random.Random(seed)
    tnames = list(TYPES)
    recs = []
    for i, (kind, tpl) in enumerate(KINDS.items()):
        for j in range(4):
            t = tnames[(i * 4 + j + i // 4) % len(tnames)]
            ck, ek, gen = TYPES[t]
            val = reg.take(lambda: gen(rng))
            subs = {"k": ck, "K": ek, "h": rng.choice(HOSTS), "u": rng.choice(USERS), "uuid": uuid4(rng),
                    "hex": rs(rng, 24, HEX), "d": str(rng.randint(10, 99))}
            text, s = fill(tpl, val, subs)
            recs.append(dict(type=t, container=kind, text=text,
                             secrets=[dict(value=val, start=s, end=s + len(val), type=t)], source="everyday"))
    return recs
