"""Vendor credential types (one each), developer-tool vendors, in 20 new paste styles."""
import base64, json, random
from common import *

SEED = 36002
A, U, L, D, H, W = ALNUM, UP, LOW, DIG, HEX, URLSAFE
B = "Bearer "
AUTH = "Authorization"


def _b64(r, n):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


# (type, generator, env var, header or None)
V = [
 ("pulumi_access_token", lambda r: "pul-" + rs(r, H, 40), "PULUMI_ACCESS_TOKEN", (AUTH, "token ")),
 ("vercel_access_token", lambda r: rs(r, A, 24), "VERCEL_TOKEN", (AUTH, B)),
 ("netlify_personal_access_token", lambda r: "nfp_" + rs(r, A, 36), "NETLIFY_AUTH_TOKEN", (AUTH, B)),
 ("fly_io_org_deploy_token", lambda r: "fo1_" + rs(r, W, 43), "FLY_API_TOKEN", (AUTH, B)),
 ("render_api_key", lambda r: "rnd_" + rs(r, A, 32), "RENDER_API_KEY", (AUTH, B)),
 ("heroku_platform_api_key_v2", lambda r: "HRKU-AA" + rs(r, W, 58), "HEROKU_API_KEY", (AUTH, B)),
 ("digitalocean_personal_access_token", lambda r: "dop_v1_" + rs(r, H, 64), "DIGITALOCEAN_TOKEN", (AUTH, B)),
 ("digitalocean_oauth_refresh_token", lambda r: "dor_v1_" + rs(r, H, 64), "DO_REFRESH_TOKEN", None),
 ("linode_personal_access_token", lambda r: rs(r, H, 64), "LINODE_TOKEN", (AUTH, B)),
 ("vultr_api_key", lambda r: rs(r, U + D, 36), "VULTR_API_KEY", (AUTH, B)),
 ("hetzner_cloud_api_token", lambda r: rs(r, A, 64), "HCLOUD_TOKEN", (AUTH, B)),
 ("scaleway_secret_key", lambda r: uuid4(r), "SCW_SECRET_KEY", ("X-Auth-Token", "")),
 ("ovh_application_secret", lambda r: rs(r, A, 32), "OVH_APPLICATION_SECRET", None),
 ("cloudflare_api_token", lambda r: rs(r, W, 40), "CLOUDFLARE_API_TOKEN", (AUTH, B)),
 ("cloudflare_origin_ca_key", lambda r: "v1.0-" + rs(r, H, 24) + "-" + rs(r, H, 146), "CF_ORIGIN_CA_KEY", ("X-Auth-User-Service-Key", "")),
 ("terraform_cloud_user_token", lambda r: rs(r, A, 14) + ".atlasv1." + rs(r, W, 67), "TFE_TOKEN", (AUTH, B)),
 ("hcp_service_principal_client_secret", lambda r: rs(r, A, 64), "HCP_CLIENT_SECRET", None),
 ("circleci_personal_api_token", lambda r: "CCIPAT_" + rs(r, A, 22) + "_" + rs(r, H, 40), "CIRCLECI_TOKEN", ("Circle-Token", "")),
 ("travis_ci_api_token", lambda r: rs(r, W, 22), "TRAVIS_API_TOKEN", (AUTH, "token ")),
 ("buildkite_user_access_token", lambda r: "bkua_" + rs(r, H, 40), "BUILDKITE_API_TOKEN", (AUTH, B)),
 ("bitbucket_app_password", lambda r: "ATBB" + rs(r, A, 32), "BITBUCKET_APP_PASSWORD", None),
 ("atlassian_cloud_api_token", lambda r: "ATATT3xFfGF0" + rs(r, W, 170) + "=" + rs(r, H.upper(), 8), "ATLASSIAN_API_TOKEN", None),
 ("trello_user_token", lambda r: "ATTA" + rs(r, H, 64) + rs(r, H.upper(), 8), "TRELLO_TOKEN", None),
 ("youtrack_permanent_token", lambda r: "perm:" + base64.b64encode(r.choice(["ana", "kai", "omar"]).encode()).decode() + "." + base64.b64encode(("%d-%d" % (r.randint(10, 99), r.randint(1, 9))).encode()).decode() + "." + rs(r, A, 30), "YOUTRACK_TOKEN", (AUTH, B)),
 ("sonarqube_user_token", lambda r: "squ_" + rs(r, H, 40), "SONAR_TOKEN", (AUTH, B)),
 ("sonarqube_project_analysis_token", lambda r: "sqp_" + rs(r, H, 40), "SONAR_PROJECT_TOKEN", None),
 ("sonarqube_global_analysis_token", lambda r: "sqa_" + rs(r, H, 40), "SONAR_GLOBAL_TOKEN", None),
 ("snyk_api_token", lambda r: uuid4(r), "SNYK_TOKEN", (AUTH, "token ")),
 ("codecov_upload_token", lambda r: uuid4(r), "CODECOV_TOKEN", None),
 ("coveralls_repo_token", lambda r: rs(r, A, 33), "COVERALLS_REPO_TOKEN", None),
 ("gitea_access_token", lambda r: rs(r, H, 40), "GITEA_TOKEN", (AUTH, "token ")),
 ("gitlab_runner_authentication_token", lambda r: "glrt-" + rs(r, W, 20), "RUNNER_TOKEN", None),
 ("gitlab_pipeline_trigger_token", lambda r: "glptt-" + rs(r, H, 40), "TRIGGER_TOKEN", None),
 ("gitlab_deploy_token", lambda r: "gldt-" + rs(r, W, 20), "CI_DEPLOY_PASSWORD", None),
 ("gitlab_feed_token", lambda r: "glft-" + rs(r, W, 20), "GITLAB_FEED_TOKEN", None),
 ("gitlab_incoming_email_token", lambda r: "glimt-" + rs(r, L + D, 25), "GITLAB_INCOMING_TOKEN", None),
 ("gitlab_oauth_application_secret", lambda r: "gloas-" + rs(r, H, 64), "GITLAB_OAUTH_SECRET", None),
 ("gitlab_scim_oauth_token", lambda r: "glsoat-" + rs(r, W, 20), "GITLAB_SCIM_TOKEN", (AUTH, B)),
 ("github_oauth_access_token", lambda r: gh_style(r, "gho_"), "GITHUB_OAUTH_TOKEN", (AUTH, "token ")),
 ("github_app_installation_token", lambda r: gh_style(r, "ghs_"), "GITHUB_APP_TOKEN", (AUTH, B)),
 ("github_app_refresh_token", lambda r: gh_style(r, "ghr_"), "GITHUB_REFRESH_TOKEN", None),
 ("github_user_to_server_token", lambda r: gh_style(r, "ghu_"), "GITHUB_USER_TOKEN", (AUTH, B)),
 ("pypi_upload_token", lambda r: "pypi-AgEIcHlwaS5vcmc" + rs(r, W, 160), "TWINE_PASSWORD", None),
 ("testpypi_upload_token", lambda r: "pypi-AgENdGVzdC5weXBpLm9yZw" + rs(r, W, 150), "TESTPYPI_TOKEN", None),
 ("rubygems_api_key", lambda r: "rubygems_" + rs(r, H, 48), "GEM_HOST_API_KEY", (AUTH, "")),
 ("nuget_api_key", lambda r: "oy2" + rs(r, L + D, 43), "NUGET_API_KEY", ("X-NuGet-ApiKey", "")),
 ("crates_io_api_token", lambda r: "cio" + rs(r, A, 32), "CARGO_REGISTRY_TOKEN", (AUTH, "")),
 ("clojars_deploy_token", lambda r: "CLOJARS_" + rs(r, L + D, 60), "CLOJARS_PASSWORD", None),
 ("hex_pm_api_key", lambda r: rs(r, H, 32), "HEX_API_KEY", (AUTH, "")),
 ("jfrog_artifactory_api_key", lambda r: "AKCp" + rs(r, A, 69), "ARTIFACTORY_API_KEY", ("X-JFrog-Art-Api", "")),
 ("jfrog_identity_reference_token", lambda r: "cmVmdGtuOjAxOj" + rs(r, A, 50), "JFROG_ACCESS_TOKEN", (AUTH, B)),
 ("cloudsmith_api_key", lambda r: rs(r, H, 40), "CLOUDSMITH_API_KEY", ("X-Api-Key", "")),
 ("quay_io_robot_token", lambda r: rs(r, U + D, 64), "QUAY_ROBOT_TOKEN", None),
 ("harbor_robot_account_secret", lambda r: rs(r, A, 32), "HARBOR_ROBOT_SECRET", None),
 ("azure_devops_personal_access_token", lambda r: rs(r, L + "234567", 52), "AZURE_DEVOPS_EXT_PAT", None),
 ("azure_storage_account_key", lambda r: _b64(r, 64), "AZURE_STORAGE_KEY", None),
 ("azure_cosmos_db_primary_key", lambda r: _b64(r, 64), "COSMOS_KEY", None),
 ("azure_service_bus_shared_access_key", lambda r: _b64(r, 32), "SERVICEBUS_SAS_KEY", None),
 ("azure_openai_api_key", lambda r: rs(r, H, 32), "AZURE_OPENAI_API_KEY", ("api-key", "")),
 ("azure_container_registry_admin_password", lambda r: rs(r, A + "+/", 42) + "+ACR" + rs(r, A, 6), "ACR_PASSWORD", None),
 ("google_oauth_client_secret", lambda r: "GOCSPX-" + rs(r, W, 28), "GOOGLE_CLIENT_SECRET", None),
 ("firebase_cloud_messaging_server_key", lambda r: "AAAA" + rs(r, W, 7) + ":APA91b" + rs(r, W, 134), "FCM_SERVER_KEY", (AUTH, "key=")),
 ("aws_sts_session_token", lambda r: "IQoJb3JpZ2luX2Vj" + rs(r, B64, 300), "AWS_SESSION_TOKEN", ("X-Amz-Security-Token", "")),
 ("anthropic_admin_api_key", lambda r: "sk-ant-admin01-" + rs(r, W, 93) + "AA", "ANTHROPIC_ADMIN_KEY", ("x-api-key", "")),
 ("openai_admin_api_key", lambda r: "sk-admin-" + rs(r, W, 74) + "T3BlbkFJ" + rs(r, W, 74), "OPENAI_ADMIN_KEY", (AUTH, B)),
 ("groq_api_key", lambda r: "gsk_" + rs(r, A, 52), "GROQ_API_KEY", (AUTH, B)),
 ("replicate_api_token", lambda r: "r8_" + rs(r, A, 37), "REPLICATE_API_TOKEN", (AUTH, B)),
 ("perplexity_api_key", lambda r: "pplx-" + rs(r, A, 48), "PERPLEXITY_API_KEY", (AUTH, B)),
 ("mistral_api_key", lambda r: rs(r, A, 32), "MISTRAL_API_KEY", (AUTH, B)),
 ("cohere_api_key", lambda r: rs(r, A, 40), "CO_API_KEY", (AUTH, B)),
 ("together_ai_api_key", lambda r: rs(r, H, 64), "TOGETHER_API_KEY", (AUTH, B)),
 ("fireworks_ai_api_key", lambda r: "fw_" + rs(r, A, 24), "FIREWORKS_API_KEY", (AUTH, B)),
 ("deepseek_api_key", lambda r: "sk-" + rs(r, H, 32), "DEEPSEEK_API_KEY", (AUTH, B)),
 ("xai_grok_api_key", lambda r: "xai-" + rs(r, A, 80), "XAI_API_KEY", (AUTH, B)),
 ("openrouter_api_key", lambda r: "sk-or-v1-" + rs(r, H, 64), "OPENROUTER_API_KEY", (AUTH, B)),
 ("langsmith_personal_api_key", lambda r: "lsv2_pt_" + rs(r, H, 32) + "_" + rs(r, H, 10), "LANGSMITH_API_KEY", ("x-api-key", "")),
 ("langsmith_service_key", lambda r: "lsv2_sk_" + rs(r, H, 32) + "_" + rs(r, H, 10), "LANGCHAIN_API_KEY", None),
 ("wandb_api_key", lambda r: rs(r, H, 40), "WANDB_API_KEY", None),
 ("elevenlabs_api_key", lambda r: "sk_" + rs(r, H, 48), "ELEVENLABS_API_KEY", ("xi-api-key", "")),
 ("assemblyai_api_key", lambda r: rs(r, H, 32), "ASSEMBLYAI_API_KEY", (AUTH, "")),
 ("deepgram_api_key", lambda r: rs(r, H, 40), "DEEPGRAM_API_KEY", (AUTH, "Token ")),
 ("modal_token_secret", lambda r: "as-" + rs(r, A, 22), "MODAL_TOKEN_SECRET", None),
 ("kaggle_api_key", lambda r: rs(r, H, 32), "KAGGLE_KEY", None),
 ("postman_api_key", lambda r: "PMAK-" + rs(r, H, 24) + "-" + rs(r, H, 34), "POSTMAN_API_KEY", ("X-Api-Key", "")),
 ("ngrok_authtoken", lambda r: "2" + rs(r, A, 26) + "_" + rs(r, A, 21), "NGROK_AUTHTOKEN", None),
 ("ngrok_api_key", lambda r: "2" + rs(r, A, 26) + "_" + rs(r, A, 21), "NGROK_API_KEY", (AUTH, B)),
 ("expo_access_token", lambda r: rs(r, W, 40), "EXPO_TOKEN", (AUTH, B)),
 ("sentry_user_auth_token", lambda r: "sntryu_" + rs(r, H, 64), "SENTRY_AUTH_TOKEN", (AUTH, B)),
 ("new_relic_user_api_key", lambda r: "NRAK-" + rs(r, U + D, 27), "NEW_RELIC_API_KEY", ("Api-Key", "")),
 ("new_relic_license_key", lambda r: rs(r, H, 36) + "NRAL", "NEW_RELIC_LICENSE_KEY", None),
 ("new_relic_insert_key", lambda r: "NRII-" + rs(r, W, 32), "NEW_RELIC_INSERT_KEY", ("X-Insert-Key", "")),
 ("grafana_cloud_access_policy_token", lambda r: "glc_" + base64.b64encode(json.dumps({"o": str(r.randint(10**5, 10**6)), "n": "ci-push", "k": rs(r, A, 24), "m": {"r": "eu"}}, separators=(",", ":")).encode()).decode(), "GRAFANA_CLOUD_TOKEN", (AUTH, B)),
 ("grafana_service_account_token", lambda r: "glsa_" + rs(r, A, 32) + "_" + rs(r, H, 8), "GRAFANA_SA_TOKEN", (AUTH, B)),
 ("honeycomb_configuration_key", lambda r: rs(r, A, 22), "HONEYCOMB_API_KEY", ("X-Honeycomb-Team", "")),
 ("launchdarkly_server_sdk_key", lambda r: "sdk-" + uuid4(r), "LAUNCHDARKLY_SDK_KEY", None),
 ("launchdarkly_api_access_token", lambda r: "api-" + uuid4(r), "LD_API_TOKEN", (AUTH, "")),
 ("configcat_sdk_key", lambda r: "configcat-sdk-1/" + rs(r, W, 22) + "/" + rs(r, W, 22), "CONFIGCAT_SDK_KEY", None),
 ("contentful_personal_access_token", lambda r: "CFPAT-" + rs(r, W, 43), "CONTENTFUL_MANAGEMENT_TOKEN", (AUTH, B)),
 ("sanity_api_token", lambda r: "sk" + rs(r, A, 180), "SANITY_API_TOKEN", (AUTH, B)),
 ("figma_personal_access_token", lambda r: "figd_" + rs(r, W, 40), "FIGMA_TOKEN", ("X-Figma-Token", "")),
 ("sourcegraph_access_token", lambda r: "sgp_" + rs(r, H, 16) + "_" + rs(r, H, 40), "SRC_ACCESS_TOKEN", (AUTH, "token ")),
 ("readme_com_api_key", lambda r: "rdme_" + rs(r, A, 70), "README_API_KEY", None),
 ("octopus_deploy_api_key", lambda r: "API-" + rs(r, U + D, 26), "OCTOPUS_API_KEY", ("X-Octopus-ApiKey", "")),
 ("rancher_api_bearer_token", lambda r: "token-" + rs(r, L + D, 5) + ":" + rs(r, L + D, 54), "RANCHER_TOKEN", (AUTH, B)),
 ("kubernetes_service_account_token", lambda r: jwt(r, {"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci", "sub": "system:serviceaccount:ci:deployer"}), "KUBE_TOKEN", (AUTH, B)),
 ("portainer_access_token", lambda r: "ptr_" + rs(r, A + "+/", 43) + "=", "PORTAINER_TOKEN", ("X-API-Key", "")),
 ("infracost_api_key", lambda r: "ico-" + rs(r, A, 32), "INFRACOST_API_KEY", ("X-Api-Key", "")),
 ("shopify_admin_api_access_token", lambda r: "shpat_" + rs(r, H, 32), "SHOPIFY_ACCESS_TOKEN", ("X-Shopify-Access-Token", "")),
 ("shopify_app_shared_secret", lambda r: "shpss_" + rs(r, H, 32), "SHOPIFY_API_SECRET", None),
 ("algolia_admin_api_key", lambda r: rs(r, H, 32), "ALGOLIA_ADMIN_KEY", ("X-Algolia-API-Key", "")),
 ("twitch_client_secret", lambda r: rs(r, L + D, 30), "TWITCH_CLIENT_SECRET", None),
 ("discord_bot_token", lambda r: base64.b64encode(str(r.randint(10**17, 10**18)).encode()).decode().rstrip("=") + "." + rs(r, W, 6) + "." + rs(r, W, 38), "DISCORD_TOKEN", (AUTH, "Bot ")),
 ("slack_app_level_token", lambda r: "xapp-1-A" + rs(r, U + D, 10) + "-" + rs(r, D, 13) + "-" + rs(r, H, 64), "SLACK_APP_TOKEN", (AUTH, B)),
 ("slack_user_oauth_token", lambda r: "xoxp-%s-%s-%s-%s" % (rs(r, D, 12), rs(r, D, 12), rs(r, D, 13), rs(r, H, 32)), "SLACK_USER_TOKEN", (AUTH, B)),
 ("zulip_bot_api_key", lambda r: rs(r, A, 32), "ZULIP_API_KEY", None),
 ("mattermost_personal_access_token", lambda r: rs(r, L + D, 26), "MM_TOKEN", (AUTH, B)),
 ("rocketchat_personal_access_token", lambda r: rs(r, W, 43), "ROCKETCHAT_TOKEN", ("X-Auth-Token", "")),
 ("pagerduty_rest_api_key", lambda r: "u+" + rs(r, A + "_-", 18), "PAGERDUTY_TOKEN", (AUTH, "Token token=")),
 ("opsgenie_api_key", lambda r: uuid4(r), "OPSGENIE_API_KEY", (AUTH, "GenieKey ")),
 ("onepassword_service_account_token", lambda r: "ops_" + base64.b64encode(json.dumps({"signInAddress": "team.1password.example", "userAuth": {"method": "SRPg-4096"}, "email": rs(r, L, 12) + "@1passwordserviceaccounts.example", "srpX": rs(r, H, 64)}, separators=(",", ":")).encode()).decode().rstrip("="), "OP_SERVICE_ACCOUNT_TOKEN", None),
 ("dropbox_short_lived_access_token", lambda r: "sl." + rs(r, W, 138), "DROPBOX_ACCESS_TOKEN", (AUTH, B)),
 ("mailchimp_marketing_api_key", lambda r: rs(r, H, 32) + "-us" + str(r.randint(1, 21)), "MAILCHIMP_API_KEY", None),
 ("postmark_server_api_token", lambda r: uuid4(r), "POSTMARK_SERVER_TOKEN", ("X-Postmark-Server-Token", "")),
 ("resend_api_key", lambda r: "re_" + rs(r, A, 8) + "_" + rs(r, A, 24), "RESEND_API_KEY", (AUTH, B)),
 ("sparkpost_api_key", lambda r: rs(r, H, 40), "SPARKPOST_API_KEY", (AUTH, "")),
 ("telnyx_api_v2_key", lambda r: "KEY" + rs(r, H.upper(), 32) + "_" + rs(r, A, 22), "TELNYX_API_KEY", (AUTH, B)),
 ("stripe_restricted_live_key", lambda r: "rk_live_51" + rs(r, A, 97), "STRIPE_RESTRICTED_KEY", (AUTH, B)),
 ("stripe_webhook_signing_secret", lambda r: "whsec_" + rs(r, A, 32), "STRIPE_WEBHOOK_SECRET", None),
 ("paypal_rest_client_secret", lambda r: "E" + rs(r, W, 79), "PAYPAL_CLIENT_SECRET", None),
 ("todoist_api_token", lambda r: rs(r, H, 40), "TODOIST_API_TOKEN", (AUTH, B)),
 ("shortcut_api_token", lambda r: uuid4(r), "SHORTCUT_API_TOKEN", ("Shortcut-Token", "")),
 ("harvest_personal_access_token", lambda r: rs(r, D, 7) + ".pt." + rs(r, W, 86), "HARVEST_ACCESS_TOKEN", (AUTH, B)),
 ("age_x25519_secret_key", lambda r: "AGE-SECRET-KEY-1" + rs(r, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58), "SOPS_AGE_KEY", None),
 ("upstash_redis_rest_token", lambda r: "A" + rs(r, A, 59) + "=", "UPSTASH_REDIS_REST_TOKEN", (AUTH, B)),
 ("mongodb_atlas_admin_private_key", lambda r: uuid4(r), "MONGODB_ATLAS_PRIVATE_KEY", None),
 ("cockroachdb_cloud_api_key", lambda r: "CCDB1_" + rs(r, A, 22) + "_" + rs(r, A, 40), "COCKROACH_API_KEY", (AUTH, B)),
 ("convex_production_deploy_key", lambda r: "prod:" + r.choice(["happy", "brave", "quiet"]) + "-" + r.choice(["otter", "lynx", "heron"]) + "-" + str(r.randint(100, 999)) + "|" + rs(r, A, 88), "CONVEX_DEPLOY_KEY", None),
 ("prisma_accelerate_api_key", lambda r: jwt(r, {"api_key": uuid4(r), "tenant_id": rs(r, H, 64), "internal_secret": uuid4(r)}), "PRISMA_ACCELERATE_KEY", None),
 ("railway_api_token", lambda r: uuid4(r), "RAILWAY_TOKEN", (AUTH, B)),
 ("deno_deploy_access_token", lambda r: "ddp_" + rs(r, A, 36), "DENO_DEPLOY_TOKEN", (AUTH, B)),
 ("sendbird_master_api_token", lambda r: rs(r, H, 40), "SENDBIRD_API_TOKEN", ("Api-Token", "")),
 ("browserstack_access_key", lambda r: rs(r, A, 20), "BROWSERSTACK_ACCESS_KEY", None),
 ("sauce_labs_access_key", lambda r: uuid4(r), "SAUCE_ACCESS_KEY", None),
 ("cypress_cloud_record_key", lambda r: uuid4(r), "CYPRESS_RECORD_KEY", None),
 ("honeybadger_personal_auth_token", lambda r: "hbp_" + rs(r, A, 36), "HONEYBADGER_AUTH_TOKEN", None),
 ("airbrake_project_key", lambda r: rs(r, H, 32), "AIRBRAKE_PROJECT_KEY", None),
]

# 10 config / code styles: (name, fn(env, MARK-expression))
CFG = [
 ("envrc_direnv_export_line", lambda r, n: "# .envrc\nexport %s=%s\n" % (n, MARK)),
 ("jupyter_env_magic_cell", lambda r, n: "%%env %s=%s\n" % (n, MARK)),
 ("makefile_exported_variable", lambda r, n: "export %s := %s\n\ndeploy:\n\t./scripts/deploy.sh\n" % (n, MARK)),
 ("justfile_env_assignment", lambda r, n: "set dotenv-load\nexport %s := \"%s\"\n\nrelease:\n    ./release.sh\n" % (n, MARK)),
 ("devcontainer_json_remote_env", lambda r, n: "{\n  \"name\": \"api\",\n  \"remoteEnv\": {\n    \"%s\": \"%s\"\n  }\n}\n" % (n, MARK)),
 ("vscode_launch_json_env_entry", lambda r, n: "{\n  \"type\": \"node\",\n  \"request\": \"launch\",\n  \"env\": { \"%s\": \"%s\" }\n}\n" % (n, MARK)),
 ("intellij_run_config_env_xml", lambda r, n: "<configuration name=\"dev\" type=\"Application\">\n  <envs>\n    <env name=\"%s\" value=\"%s\" />\n  </envs>\n</configuration>\n" % (n, MARK)),
 ("tox_ini_setenv_block", lambda r, n: "[testenv]\nsetenv =\n    %s = %s\ncommands = pytest\n" % (n, MARK)),
 ("github_workflow_step_env_map", lambda r, n: "      - name: publish\n        env:\n          %s: %s\n        run: ./publish.sh\n" % (n, MARK)),
 ("docker_run_env_flag_scrollback", lambda r, n: "$ docker run --rm -e %s=%s ghcr.io/acme/tool:latest sync\nsync finished\n" % (n, MARK)),
]

URLX = "https://api.vendor.example/v1/ping"
# 10 header styles: (name, fn(header_name, scheme))
HDR = [
 ("curl_header_flag_history_line", lambda r, h, s: "  512  curl -sS -H '%s: %s%s' %s\n" % (h, s, MARK, URLX)),
 ("wget_header_option_scrollback", lambda r, h, s: "$ wget -qO- --header='%s: %s%s' %s\n{\"ok\":true}\n" % (h, s, MARK, URLX)),
 ("fetch_call_headers_object_js", lambda r, h, s: "await fetch('%s', {\n  headers: { '%s': '%s%s' },\n});\n" % (URLX, h, s, MARK)),
 ("axios_create_headers_config", lambda r, h, s: "const api = axios.create({\n  baseURL: 'https://api.vendor.example',\n  headers: { '%s': '%s%s' },\n});\n" % (h, s, MARK)),
 ("rest_client_http_file_request", lambda r, h, s: "### ping\nGET %s\n%s: %s%s\n" % (URLX, h, s, MARK)),
 ("hurl_file_request_entry", lambda r, h, s: "GET %s\n%s: %s%s\nHTTP 200\n" % (URLX, h, s, MARK)),
 ("xh_cli_header_item", lambda r, h, s: "$ xh get %s '%s:%s%s'\n" % (URLX, h, s, MARK)),
 ("grpcurl_metadata_header_flag", lambda r, h, s: "$ grpcurl -H '%s: %s%s' api.vendor.example:443 vendor.v1.Health/Check\n" % (h.lower(), s, MARK)),
 ("k6_script_params_headers", lambda r, h, s: "const params = { headers: { '%s': '%s%s' } };\nhttp.get('%s', params);\n" % (h, s, MARK, URLX)),
 ("ruby_net_http_request_header", lambda r, h, s: "req = Net::HTTP::Get.new(URI('%s'))\nreq['%s'] = '%s%s'\n" % (URLX, h, s, MARK)),
]


def generate():
    rng = random.Random(SEED)
    out, hi, ci, hdr_turn = [], 0, 0, 0
    for t, g, env, hdr in V:
        v = g(rng)
        if hdr and hdr_turn % 2 == 0:
            sname, f = HDR[hi % len(HDR)]; hi += 1
            tmpl = f(rng, hdr[0], hdr[1])
        else:
            sname, f = CFG[ci % len(CFG)]; ci += 1
            tmpl = f(rng, env)
        if hdr:
            hdr_turn += 1
        text, s, e = place(tmpl, v)
        out.append((t, t + "__" + sname, text, s, e))
    return out


STYLES = [n for n, _ in CFG] + [n for n, _ in HDR]
