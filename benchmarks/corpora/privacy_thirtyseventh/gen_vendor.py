"""One record per vendor credential type (dev-tooling, CI/CD, hosting, AI, package registries...)."""
import random
from common import *

A = 'Authorization'
V = [
 # type, env var, generator, header (name, scheme) or None
 ('github_oauth_access_token', 'GITHUB_OAUTH_TOKEN', lambda r: gh_token(r, 'gho_'), (A, 'token ')),
 ('github_app_installation_token', 'GH_INSTALLATION_TOKEN', lambda r: gh_token(r, 'ghs_'), (A, 'Bearer ')),
 ('github_user_to_server_token', 'GH_USER_TOKEN', lambda r: gh_token(r, 'ghu_'), (A, 'Bearer ')),
 ('github_app_refresh_token', 'GH_REFRESH_TOKEN', lambda r: 'ghr_' + b62(r, 76), None),
 ('gitlab_runner_authentication_token', 'CI_RUNNER_TOKEN', lambda r: 'glrt-' + b64u(r, 20), None),
 ('gitlab_pipeline_trigger_token', 'GITLAB_TRIGGER_TOKEN', lambda r: 'glptt-' + hexl(r, 40), None),
 ('gitlab_deploy_token', 'GITLAB_DEPLOY_TOKEN', lambda r: 'gldt-' + b64u(r, 20), None),
 ('gitlab_feed_token', 'GITLAB_FEED_TOKEN', lambda r: 'glft-' + b64u(r, 20), None),
 ('bitbucket_app_password', 'BITBUCKET_APP_PASSWORD', lambda r: 'ATBB' + b62(r, 28) + hexu(r, 8), None),
 ('atlassian_cloud_api_token', 'ATLASSIAN_API_TOKEN', lambda r: 'ATATT3xFfGF0' + b64u(r, 170) + '=' + hexu(r, 8), None),
 ('azure_devops_personal_access_token', 'AZURE_DEVOPS_EXT_PAT', lambda r: rs(r, LOW + '234567', 52), None),
 ('azure_storage_account_key', 'AZURE_STORAGE_KEY', lambda r: b64(r, 86) + '==', None),
 ('azure_openai_api_key', 'AZURE_OPENAI_API_KEY', lambda r: hexl(r, 32), ('api-key', '')),
 ('circleci_personal_api_token', 'CIRCLECI_CLI_TOKEN', lambda r: 'CCIPAT_' + b62(r, 22) + '_' + hexl(r, 40), ('Circle-Token', '')),
 ('circleci_project_api_token', 'CIRCLE_PROJECT_TOKEN', lambda r: 'CCIPRJ_' + b62(r, 22) + '_' + hexl(r, 40), ('Circle-Token', '')),
 ('buildkite_user_api_token', 'BUILDKITE_API_TOKEN', lambda r: 'bkua_' + hexl(r, 40), (A, 'Bearer ')),
 ('buildkite_agent_registration_token', 'BUILDKITE_AGENT_TOKEN', lambda r: hexl(r, 50), None),
 ('travis_ci_api_token', 'TRAVIS_API_TOKEN', lambda r: b64u(r, 22), (A, 'token ')),
 ('codecov_upload_token', 'CODECOV_TOKEN', lambda r: uuid4(r), None),
 ('snyk_api_token', 'SNYK_TOKEN', lambda r: uuid4(r), (A, 'token ')),
 ('sonarqube_user_token', 'SONAR_TOKEN', lambda r: 'squ_' + hexl(r, 40), None),
 ('sonarqube_project_analysis_token', 'SONAR_PROJECT_TOKEN', lambda r: 'sqp_' + hexl(r, 40), None),
 ('jfrog_artifactory_reference_token', 'JFROG_ACCESS_TOKEN', lambda r: 'cmVmdGtuOjAxOjE3' + b62(r, 48), (A, 'Bearer ')),
 ('jfrog_artifactory_api_key_legacy', 'ARTIFACTORY_API_KEY', lambda r: 'AKCp8' + b62(r, 68), ('X-JFrog-Art-Api', '')),
 ('pypi_api_upload_token', 'TWINE_PASSWORD', lambda r: 'pypi-AgEIcHlwaS5vcmc' + b64u(r, 140), None),
 ('rubygems_api_key', 'GEM_HOST_API_KEY', lambda r: 'rubygems_' + hexl(r, 48), (A, '')),
 ('nuget_api_key', 'NUGET_API_KEY', lambda r: 'oy2' + lowal(r, 43), ('X-NuGet-ApiKey', '')),
 ('crates_io_api_token', 'CARGO_REGISTRY_TOKEN', lambda r: 'cio' + b62(r, 32), (A, '')),
 ('packagist_org_api_token', 'PACKAGIST_TOKEN', lambda r: 'packagist_out_' + hexl(r, 40), None),
 ('pub_dev_oidc_refresh_secret', 'PUB_CREDENTIALS_REFRESH', lambda r: '1//0' + b64u(r, 99), None),
 ('cocoapods_trunk_session_token', 'COCOAPODS_TRUNK_TOKEN', lambda r: hexl(r, 32), None),
 ('vercel_access_token', 'VERCEL_TOKEN', lambda r: b62(r, 24), (A, 'Bearer ')),
 ('netlify_personal_access_token', 'NETLIFY_AUTH_TOKEN', lambda r: 'nfp_' + b62(r, 36), (A, 'Bearer ')),
 ('fly_io_access_token', 'FLY_API_TOKEN', lambda r: 'FlyV1 fm2_' + b64u(r, 120), None),
 ('render_api_key', 'RENDER_API_KEY', lambda r: 'rnd_' + b62(r, 28), (A, 'Bearer ')),
 ('railway_project_token', 'RAILWAY_TOKEN', lambda r: uuid4(r), ('Project-Access-Token', '')),
 ('heroku_platform_api_key', 'HEROKU_API_KEY', lambda r: 'HRKU-AA' + b64u(r, 58), (A, 'Bearer ')),
 ('digitalocean_personal_access_token', 'DIGITALOCEAN_ACCESS_TOKEN', lambda r: 'dop_v1_' + hexl(r, 64), (A, 'Bearer ')),
 ('digitalocean_spaces_secret_key', 'SPACES_SECRET_ACCESS_KEY', lambda r: b64(r, 43), None),
 ('linode_personal_access_token', 'LINODE_TOKEN', lambda r: hexl(r, 64), (A, 'Bearer ')),
 ('vultr_api_key', 'VULTR_API_KEY', lambda r: upal(r, 36), (A, 'Bearer ')),
 ('hetzner_cloud_api_token', 'HCLOUD_TOKEN', lambda r: b62(r, 64), (A, 'Bearer ')),
 ('scaleway_secret_key', 'SCW_SECRET_KEY', lambda r: uuid4(r), ('X-Auth-Token', '')),
 ('ovhcloud_application_secret', 'OVH_APPLICATION_SECRET', lambda r: b62(r, 32), None),
 ('cloudflare_api_token', 'CLOUDFLARE_API_TOKEN', lambda r: b64u(r, 40), (A, 'Bearer ')),
 ('cloudflare_global_api_key', 'CLOUDFLARE_API_KEY', lambda r: hexl(r, 37), ('X-Auth-Key', '')),
 ('cloudflare_origin_ca_key', 'CF_ORIGIN_CA_KEY', lambda r: 'v1.0-' + hexl(r, 24) + '-' + hexl(r, 146), ('X-Auth-User-Service-Key', '')),
 ('fastly_api_token', 'FASTLY_API_TOKEN', lambda r: b64u(r, 32), ('Fastly-Key', '')),
 ('bunny_net_account_api_key', 'BUNNY_API_KEY', lambda r: uuid4(r) + '-' + uuid4(r)[:13], ('AccessKey', '')),
 ('ibm_cloud_iam_api_key', 'IBMCLOUD_API_KEY', lambda r: b64u(r, 44), None),
 ('oracle_cloud_auth_token', 'OCI_AUTH_TOKEN', lambda r: rs(r, B62 + '()<>[]{}:;+-#', 20), None),
 ('terraform_cloud_api_token', 'TFE_TOKEN', lambda r: b62(r, 14) + '.atlasv1.' + b62(r, 67), (A, 'Bearer ')),
 ('pulumi_access_token', 'PULUMI_ACCESS_TOKEN', lambda r: 'pul-' + hexl(r, 40), (A, 'token ')),
 ('databricks_personal_access_token', 'DATABRICKS_TOKEN', lambda r: 'dapi' + hexl(r, 32), (A, 'Bearer ')),
 ('confluent_cloud_api_secret', 'CONFLUENT_CLOUD_API_SECRET', lambda r: b62(r, 64), None),
 ('mongodb_atlas_private_api_key', 'MONGODB_ATLAS_PRIVATE_KEY', lambda r: uuid4(r), None),
 ('upstash_redis_rest_token', 'UPSTASH_REDIS_REST_TOKEN', lambda r: 'A' + b62(r, 3) + 'ASQgN' + b64u(r, 54), (A, 'Bearer ')),
 ('cockroachdb_cloud_api_key', 'COCKROACH_API_KEY', lambda r: 'CCDB1_' + b62(r, 22) + '_' + b62(r, 40), (A, 'Bearer ')),
 ('aiven_api_token', 'AIVEN_TOKEN', lambda r: b64(r, 372), (A, 'aivenv1 ')),
 ('grafana_service_account_token', 'GRAFANA_SA_TOKEN', lambda r: 'glsa_' + b62(r, 32) + '_' + hexl(r, 8), (A, 'Bearer ')),
 ('grafana_cloud_access_policy_token', 'GRAFANA_CLOUD_TOKEN', lambda r: 'glc_' + b64(r, 110) + '=', (A, 'Bearer ')),
 ('new_relic_user_api_key', 'NEW_RELIC_API_KEY', lambda r: 'NRAK-' + upal(r, 27), ('Api-Key', '')),
 ('new_relic_ingest_license_key', 'NEW_RELIC_LICENSE_KEY', lambda r: hexl(r, 36) + 'NRAL', None),
 ('honeycomb_ingest_key', 'HONEYCOMB_API_KEY', lambda r: 'hcaik_01' + lowal(r, 56), ('X-Honeycomb-Team', '')),
 ('launchdarkly_server_sdk_key', 'LAUNCHDARKLY_SDK_KEY', lambda r: 'sdk-' + uuid4(r), (A, '')),
 ('launchdarkly_api_access_token', 'LD_API_TOKEN', lambda r: 'api-' + uuid4(r), (A, '')),
 ('pagerduty_rest_api_key', 'PAGERDUTY_TOKEN', lambda r: rs(r, B62 + '+-_', 20), (A, 'Token token=')),
 ('opsgenie_api_key', 'OPSGENIE_API_KEY', lambda r: uuid4(r), (A, 'GenieKey ')),
 ('octopus_deploy_api_key', 'OCTOPUS_API_KEY', lambda r: 'API-' + upal(r, 27), ('X-Octopus-ApiKey', '')),
 ('harness_personal_access_token', 'HARNESS_PLATFORM_API_KEY', lambda r: 'pat.' + b64u(r, 22) + '.' + hexl(r, 24) + '.' + b62(r, 20), ('x-api-key', '')),
 ('jenkins_user_api_token', 'JENKINS_API_TOKEN', lambda r: '11' + hexl(r, 32), None),
 ('sentry_user_auth_token', 'SENTRY_AUTH_TOKEN', lambda r: 'sntryu_' + hexl(r, 64), (A, 'Bearer ')),
 ('sourcegraph_access_token', 'SRC_ACCESS_TOKEN', lambda r: 'sgp_' + hexl(r, 16) + '_' + hexl(r, 40), (A, 'token ')),
 ('postman_api_key', 'POSTMAN_API_KEY', lambda r: 'PMAK-' + hexl(r, 24) + '-' + hexl(r, 34), ('X-Api-Key', '')),
 ('figma_personal_access_token', 'FIGMA_TOKEN', lambda r: 'figd_' + b64u(r, 40), ('X-Figma-Token', '')),
 ('contentful_management_token', 'CONTENTFUL_MANAGEMENT_TOKEN', lambda r: 'CFPAT-' + b64u(r, 43), (A, 'Bearer ')),
 ('sanity_robot_token', 'SANITY_AUTH_TOKEN', lambda r: 'sk' + b62(r, 180), (A, 'Bearer ')),
 ('storyblok_management_token', 'STORYBLOK_OAUTH_TOKEN', lambda r: b62(r, 22) + 'tt-' + digits(r, 6) + '-' + b64u(r, 20), (A, '')),
 ('shopify_admin_api_access_token', 'SHOPIFY_ACCESS_TOKEN', lambda r: 'shpat_' + hexl(r, 32), ('X-Shopify-Access-Token', '')),
 ('shopify_app_client_secret', 'SHOPIFY_API_SECRET', lambda r: 'shpss_' + hexl(r, 32), None),
 ('stripe_restricted_live_key', 'STRIPE_RESTRICTED_KEY', lambda r: 'rk_live_51' + b62(r, 97), (A, 'Bearer ')),
 ('stripe_webhook_signing_secret', 'STRIPE_WEBHOOK_SECRET', lambda r: 'whsec_' + b62(r, 32), None),
 ('paddle_live_api_key', 'PADDLE_API_KEY', lambda r: 'pdl_live_apikey_' + lowal(r, 26) + '_' + b62(r, 22) + '_' + b62(r, 3), (A, 'Bearer ')),
 ('lemon_squeezy_api_key', 'LEMONSQUEEZY_API_KEY', lambda r: jwt(r, {'aud': '1', 'jti': hexl(r, 80), 'iat': 1714000000, 'sub': digits(r, 6), 'scopes': []}, 'RS256'), (A, 'Bearer ')),
 ('resend_api_key', 'RESEND_API_KEY', lambda r: 're_' + b62(r, 8) + '_' + b62(r, 24), (A, 'Bearer ')),
 ('postmark_server_token', 'POSTMARK_SERVER_TOKEN', lambda r: uuid4(r), ('X-Postmark-Server-Token', '')),
 ('mailchimp_marketing_api_key', 'MAILCHIMP_API_KEY', lambda r: hexl(r, 32) + '-us' + str(r.randint(2, 21)), None),
 ('sparkpost_api_key', 'SPARKPOST_API_KEY', lambda r: hexl(r, 40), (A, '')),
 ('telnyx_api_key', 'TELNYX_API_KEY', lambda r: 'KEY' + hexu(r, 32) + '_' + b62(r, 22), (A, 'Bearer ')),
 ('discord_bot_token', 'DISCORD_BOT_TOKEN', lambda r: 'M' + b64u(r, 25) + '.' + b64u(r, 6) + '.' + b64u(r, 38), (A, 'Bot ')),
 ('slack_app_level_token', 'SLACK_APP_TOKEN', lambda r: 'xapp-1-A' + upal(r, 10) + '-' + digits(r, 13) + '-' + hexl(r, 64), (A, 'Bearer ')),
 ('twitch_app_client_secret', 'TWITCH_CLIENT_SECRET', lambda r: lowal(r, 30), None),
 ('x_api_app_bearer_token', 'TWITTER_BEARER_TOKEN', lambda r: 'AAAAAAAAAAAAAAAAAAAAA' + b62(r, 32) + '%3D' + b62(r, 50), (A, 'Bearer ')),
 ('openrouter_api_key', 'OPENROUTER_API_KEY', lambda r: 'sk-or-v1-' + hexl(r, 64), (A, 'Bearer ')),
 ('groq_api_key', 'GROQ_API_KEY', lambda r: 'gsk_' + b62(r, 52), (A, 'Bearer ')),
 ('replicate_api_token', 'REPLICATE_API_TOKEN', lambda r: 'r8_' + b62(r, 37), (A, 'Bearer ')),
 ('perplexity_api_key', 'PERPLEXITY_API_KEY', lambda r: 'pplx-' + b62(r, 48), (A, 'Bearer ')),
 ('xai_grok_api_key', 'XAI_API_KEY', lambda r: 'xai-' + b62(r, 80), (A, 'Bearer ')),
 ('anthropic_admin_api_key', 'ANTHROPIC_ADMIN_KEY', lambda r: 'sk-ant-admin01-' + b64u(r, 93) + 'AA', ('x-api-key', '')),
 ('openai_admin_api_key', 'OPENAI_ADMIN_KEY', lambda r: 'sk-admin-' + b64u(r, 74) + 'T3BlbkFJ' + b64u(r, 74), (A, 'Bearer ')),
 ('elevenlabs_api_key', 'ELEVENLABS_API_KEY', lambda r: 'sk_' + hexl(r, 48), ('xi-api-key', '')),
 ('langsmith_personal_api_key', 'LANGSMITH_API_KEY', lambda r: 'lsv2_pt_' + hexl(r, 32) + '_' + hexl(r, 10), ('x-api-key', '')),
 ('langfuse_secret_key', 'LANGFUSE_SECRET_KEY', lambda r: 'sk-lf-' + uuid4(r), None),
 ('wandb_api_key', 'WANDB_API_KEY', lambda r: hexl(r, 40), None),
 ('deepgram_api_key', 'DEEPGRAM_API_KEY', lambda r: hexl(r, 40), (A, 'Token ')),
 ('assemblyai_api_key', 'ASSEMBLYAI_API_KEY', lambda r: hexl(r, 32), (A, '')),
 ('runpod_api_key', 'RUNPOD_API_KEY', lambda r: 'rpa_' + upal(r, 44), (A, 'Bearer ')),
 ('modal_token_secret', 'MODAL_TOKEN_SECRET', lambda r: 'as-' + b62(r, 22), None),
 ('age_x25519_identity', 'SOPS_AGE_KEY', lambda r: 'AGE-SECRET-KEY-1' + rs(r, 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58), None),
 ('openshift_oauth_access_token', 'OC_TOKEN', lambda r: 'sha256~' + b64u(r, 43), (A, 'Bearer ')),
 ('consul_acl_secret_id', 'CONSUL_HTTP_TOKEN', lambda r: uuid4(r), ('X-Consul-Token', '')),
 ('nomad_acl_secret_id', 'NOMAD_TOKEN', lambda r: uuid4(r), ('X-Nomad-Token', '')),
 ('firebase_cloud_messaging_legacy_server_key', 'FCM_SERVER_KEY', lambda r: 'AAAA' + b64u(r, 7) + ':APA91b' + b64u(r, 134), (A, 'key=')),
 ('expo_access_token', 'EXPO_TOKEN', lambda r: b64u(r, 40), (A, 'Bearer ')),
 ('doppler_personal_token_v2', 'DOPPLER_PERSONAL_TOKEN', lambda r: 'dp.pt.' + b62(r, 43), (A, 'Bearer ')),
 ('mapbox_temporary_token', 'MAPBOX_TEMP_TOKEN', lambda r: 'tk.' + b64url_json({'u': 'acme', 'a': lowal(r, 25)}) + '.' + b64u(r, 22), None),
]

CONFIG = {
 'github_actions_job_env_map': "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      {K}: " + MARK + "\n    steps:\n      - uses: actions/checkout@{SHA}",
 'gitlab_ci_top_level_variables': "variables:\n  {K}: \"" + MARK + "\"\n  GIT_DEPTH: \"20\"\nstages: [build, deploy]",
 'docker_compose_environment_list': "services:\n  api:\n    image: ghcr.io/acme/api@sha256:{DGST}\n    environment:\n      - {K}=" + MARK + "\n      - NODE_ENV=production",
 'terraform_tfvars_assignment': "# terraform.tfvars\nregion = \"eu-central-1\"\n{KL} = \"" + MARK + "\"\nimage_tag = \"{S7}\"",
 'vercel_env_pull_dotenv': "# Created by Vercel CLI\nVERCEL_GIT_COMMIT_SHA=\"{SHA}\"\n{K}=\"" + MARK + "\"\nVERCEL_ENV=\"production\"",
 'jenkinsfile_environment_block': "pipeline {\n  agent any\n  environment {\n    {K} = '" + MARK + "'\n    BUILD_TAG_SHORT = '{S7}'\n  }\n}",
 'makefile_export_assignment': "# Makefile\nexport {K} := " + MARK + "\nRELEASE := {S7}\n\nrelease:\n\t./scripts/publish.sh $(RELEASE)",
 'devcontainer_json_remote_env': "{\n  \"name\": \"web\",\n  \"image\": \"mcr.microsoft.com/devcontainers/typescript-node@sha256:{DGST}\",\n  \"remoteEnv\": {\"{K}\": \"" + MARK + "\"}\n}",
 'nomad_job_hcl_env_stanza': "task \"web\" {\n  driver = \"docker\"\n  env {\n    {K} = \"" + MARK + "\"\n    COMMIT = \"{SHA}\"\n  }\n}",
 'procfile_inline_env_prefix': "web: {K}=" + MARK + " node dist/server.js --build {S7}\nworker: node dist/worker.js",
}
HEADER = {
 'curl_verbose_request_trace': "> GET /v2/builds/{S7} HTTP/2\n> Host: api.vendor.example\n> user-agent: curl/8.5.0\n> {H}: " + MARK + "\n> x-request-id: {UUID}\n>",
 'wget_header_option_cmd': "wget -q -O build.json --header='{H}: " + MARK + "' https://api.vendor.example/v1/builds?sha={SHA}",
 'fetch_js_headers_object': "const res = await fetch(`https://api.vendor.example/v1/deploys/{S7}`, {\n  headers: { '{H}': '" + MARK + "', 'X-Request-Id': '{UUID}' },\n});",
 'axios_instance_default_headers': "export const client = axios.create({\n  baseURL: 'https://api.vendor.example',\n  headers: { common: { '{H}': '" + MARK + "' } },\n});",
 'python_requests_headers_kwarg': "resp = requests.get(\n    \"https://api.vendor.example/v1/artifacts/{DGST}\",\n    headers={\"{H}\": \"" + MARK + "\"},\n    timeout=10,\n)",
 'go_net_http_header_set': "req, _ := http.NewRequest(\"POST\", \"https://api.vendor.example/v1/hooks\", body)\nreq.Header.Set(\"{H}\", \"" + MARK + "\")\nreq.Header.Set(\"Idempotency-Key\", \"{UUID}\")",
 'nginx_proxy_set_header_directive': "location /vendor/ {\n    proxy_pass https://api.vendor.example/;\n    proxy_set_header {H} \"" + MARK + "\";\n    add_header X-Build {S7};\n}",
 'envoy_request_headers_to_add': "request_headers_to_add:\n  - header:\n      key: \"{H}\"\n      value: \"" + MARK + "\"\n    append_action: OVERWRITE_IF_EXISTS_OR_ADD",
 'k6_script_params_headers': "export default function () {\n  const params = { headers: { '{H}': '" + MARK + "' }, tags: { build: '{S7}' } };\n  http.get('https://api.vendor.example/v1/health', params);\n}",
 'caddyfile_header_up_directive': "api.web.example {\n    reverse_proxy https://api.vendor.example {\n        header_up {H} \"" + MARK + "\"\n        header_up X-Build-Sha {SHA}\n    }\n}",
}


def generate():
    r = random.Random(37002)
    recs = []
    cfg = sorted(CONFIG); hdr = sorted(HEADER)
    ci = hi = 0
    for i, (t, env, gen, header) in enumerate(V):
        v = gen(r)
        f = dict(K=env, KL=env.lower(), SHA=hexl(r, 40), S7=hexl(r, 7), UUID=uuid4(r), DGST=hexl(r, 64))
        if header and i % 2 == 0:
            style = hdr[hi % len(hdr)]; hi += 1
            name, scheme = header
            f['H'] = name
            frag, off = scheme + v, len(scheme)
            text, start = place(HEADER[style], frag, off, v, **f)
        else:
            style = cfg[ci % len(cfg)]; ci += 1
            text, start = place(CONFIG[style], v, 0, v, **f)
        recs.append(dict(type=t, container=t + '__' + style, text=text,
                         secrets=[dict(value=v, start=start, end=start + len(v), type=t)], source='vendor'))
    return recs
