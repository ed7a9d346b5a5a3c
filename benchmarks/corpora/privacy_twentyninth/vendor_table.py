"""Vendor credential types: name, value shape, HTTP header (or '' for env/source only).
Shape: list of segments; 'lit:X' literal, 'h:N' hex, 'a:N' alnum, 'l:N' lower alnum, 'u:N' upper alnum,
'b:N' base64 chars, 's:N' base64url chars, 'd:N' digits, 'uuid', 'gh:PREFIX' GitHub-style CRC token."""
RAW = """
ably_api_key|s:6 lit:. s:6 lit:: s:43|
algolia_admin_api_key|h:32|X-Algolia-API-Key:
apify_api_token|lit:apify_api_ a:36|Authorization: Bearer
appveyor_api_token|a:20|Authorization: Bearer
atlassian_cloud_api_token|lit:ATATT3xFfGF0 s:180 lit:= h:8|
backendless_rest_api_key|uuid|
bunny_net_account_api_key|uuid h:4 lit:- uuid|AccessKey:
chargebee_live_api_key|lit:live_ a:32|
cloudamqp_customer_api_key|uuid|
codecov_upload_token|uuid|
cohere_production_api_key|a:40|Authorization: Bearer
couchbase_capella_api_secret|a:64|
databricks_personal_access_token|lit:dapi h:32|Authorization: Bearer
dbt_cloud_service_token|lit:dbtc_ s:58|Authorization: Token
deepgram_api_key|h:40|Authorization: Token
deno_deploy_access_token|lit:ddp_ a:36|Authorization: Bearer
doppler_service_token|lit:dp.st.prd. a:40|Authorization: Bearer
dropbox_short_lived_access_token|lit:sl. s:136|Authorization: Bearer
elevenlabs_api_key|lit:sk_ h:48|xi-api-key:
eventbrite_private_token|u:20|Authorization: Bearer
fauna_database_secret|lit:fnA a:37|Authorization: Bearer
figma_personal_access_token|lit:figd_ s:40|X-Figma-Token:
fireworks_ai_api_key|lit:fw_ a:24|Authorization: Bearer
frame_io_developer_token|lit:fio-u- s:64|Authorization: Bearer
gitbook_api_token|lit:gb_api_ a:40|Authorization: Bearer
google_oauth_client_secret|lit:GOCSPX- s:28|
grafana_service_account_token|lit:glsa_ a:32 lit:_ h:8|Authorization: Bearer
harvest_personal_access_token|d:7 lit:. lit:pt. s:86|Authorization: Bearer
heroku_platform_api_key|lit:HRKU- uuid|Authorization: Bearer
honeycomb_ingest_api_key|lit:hcaik_ l:58|X-Honeycomb-Team:
klaviyo_private_api_key|lit:pk_ h:34|Authorization: Klaviyo-API-Key
kraken_exchange_private_key|b:86 lit:==|
lob_live_api_key|lit:live_ h:32|
mailchimp_marketing_api_key|h:32 lit:-us21|
mailersend_api_token|lit:mlsn. h:64|Authorization: Bearer
mercury_bank_api_token|lit:secret-token:mercury_production_wma_ a:40|Authorization: Bearer
mux_token_secret|s:75|
netlify_personal_access_token|lit:nfp_ a:36|Authorization: Bearer
new_relic_user_api_key|lit:NRAK- u:27|Api-Key:
okta_api_token|lit:00 s:40|Authorization: SSWS
pagerduty_rest_api_key|s:20|Authorization: Token token=
pandadoc_api_key|h:40|Authorization: API-Key
paddle_billing_api_key|lit:pdl_live_apikey_ l:26 lit:_ a:22 lit:_ a:3|Authorization: Bearer
pipedrive_api_token|h:40|x-api-token:
postman_api_key|lit:PMAK- h:24 lit:- h:34|X-Api-Key:
railway_account_token|uuid|Authorization: Bearer
rapidapi_application_key|a:50|X-RapidAPI-Key:
razorpay_key_secret|a:24|
salesforce_connected_app_consumer_secret|u:64|
samsara_api_token|lit:samsara_api_ a:30|Authorization: Bearer
scalingo_api_token|lit:tk-us- s:48|
segment_public_api_token|lit:sgp_ a:64|Authorization: Bearer
semaphore_ci_api_token|a:20|Authorization: Token
shopify_admin_api_access_token|lit:shpat_ h:32|X-Shopify-Access-Token:
shopify_app_shared_secret|lit:shpss_ h:32|
slack_app_level_token|lit:xapp-1-A u:10 lit:- d:13 lit:- h:64|Authorization: Bearer
snyk_api_token|uuid|Authorization: token
squarespace_commerce_api_key|uuid|Authorization: Bearer
statuspage_api_key|uuid|Authorization: OAuth
supabase_service_role_key|jwt:service_role|apikey:
supabase_personal_access_token|lit:sbp_ h:40|Authorization: Bearer
teamwork_projects_api_key|l:32|
telnyx_api_key|lit:KEY h:32 lit:_ a:22|Authorization: Bearer
terraform_cloud_user_token|a:14 lit:.atlasv1. s:67|Authorization: Bearer
todoist_api_token|h:40|Authorization: Bearer
together_ai_api_key|h:64|Authorization: Bearer
trigger_dev_secret_key|lit:tr_prod_ a:20|Authorization: Bearer
twitch_app_client_secret|l:30|
twitter_app_bearer_token|lit:AAAAAAAAAAAAAAAAAAAAA a:20 lit:%3D a:50|Authorization: Bearer
typeform_personal_access_token|lit:tfp_ a:44 lit:_ a:14|Authorization: Bearer
upstash_redis_rest_token|lit:A s:70 lit:=|Authorization: Bearer
vultr_api_key|u:36|Authorization: Bearer
ynab_personal_access_token|s:43|Authorization: Bearer
zendesk_api_token|a:40|
linode_personal_access_token|h:64|Authorization: Bearer
hetzner_cloud_api_token|a:64|Authorization: Bearer
equinix_metal_api_token|a:32|X-Auth-Token:
oracle_cloud_auth_token|s:20|
volcengine_secret_access_key|b:60|
idrive_e2_secret_access_key|a:40|
digitalocean_spaces_secret_key|b:43|
cloudflare_global_api_key|h:37|X-Auth-Key:
sentry_org_auth_token|lit:sntrys_ s:120|Authorization: Bearer
raygun_api_key|a:22|X-ApiKey:
honeybadger_personal_auth_token|a:20|
opsgenie_api_key|uuid|Authorization: GenieKey
incident_io_api_key|a:64|Authorization: Bearer
better_stack_uptime_api_token|a:24|Authorization: Bearer
pingdom_api_token|s:72|Authorization: Bearer
statuscake_api_key|a:30|Authorization: Bearer
checkmk_automation_secret|u:32|
zabbix_api_token|h:64|Authorization: Bearer
elastic_cloud_api_key|b:60|Authorization: ApiKey
anyscale_api_key|lit:esecret_ l:40|Authorization: Bearer
deepinfra_api_key|a:32|Authorization: Bearer
cerebras_api_key|lit:csk- l:48|Authorization: Bearer
xai_grok_api_key|lit:xai- a:80|Authorization: Bearer
azure_openai_api_key|h:32|api-key:
runpod_api_key|lit:rpa_ u:40|Authorization: Bearer
modal_token_secret|lit:as- a:22|
lambda_cloud_api_key|lit:secret_ l:32 lit:. h:32|Authorization: Bearer
wandb_api_key|h:40|
kaggle_api_key|h:32|
langsmith_api_key|lit:lsv2_pt_ h:32 lit:_ h:10|x-api-key:
tavily_api_key|lit:tvly- a:32|Authorization: Bearer
firecrawl_api_key|lit:fc- h:32|Authorization: Bearer
jina_ai_api_key|lit:jina_ a:60|Authorization: Bearer
e2b_api_key|lit:e2b_ h:40|X-API-Key:
tomtom_api_key|a:32|
openweathermap_api_key|h:32|
ipinfo_access_token|h:14|Authorization: Bearer
spoonacular_api_key|h:32|x-api-key:
paypal_rest_client_secret|s:80|
coinbase_cdp_api_key_secret|b:86 lit:==|
etherscan_api_key|u:34|
helius_rpc_api_key|uuid|
postmark_server_token|uuid|X-Postmark-Server-Token:
sparkpost_api_key|h:40|Authorization:
mandrill_api_key|s:22|
loops_so_api_key|h:32|Authorization: Bearer
courier_auth_token|lit:pk_prod_ u:28|Authorization: Bearer
knock_secret_api_key|lit:sk_ s:44|Authorization: Bearer
novu_api_key|h:32|Authorization: ApiKey
expo_robot_access_token|s:40|Authorization: Bearer
prismic_permanent_access_token|s:120|Authorization: Token
strapi_full_access_api_token|h:256|Authorization: Bearer
quay_robot_account_token|u:64|
harbor_robot_account_secret|a:32|
semgrep_app_token|h:64|Authorization: Bearer
socket_dev_api_key|lit:sktsec_ a:40 lit:_api|Authorization: Bearer
chromatic_project_token|lit:chpt_ h:14|
percy_project_token|h:64|Authorization: Token token=
lambdatest_access_key|a:50|
fullstory_server_api_key|b:64|Authorization: Basic
heap_analytics_api_key|h:32|
plane_api_key|lit:plane_api_ h:32|X-API-Key:
gitea_access_token|h:40|Authorization: token
gitlab_runner_authentication_token|lit:glrt- s:20|
gitlab_deploy_token|lit:gldt- s:20|
github_oauth_access_token|gh:gho_|Authorization: Bearer
github_user_to_server_token|gh:ghu_|Authorization: Bearer
github_server_to_server_token|gh:ghs_|Authorization: Bearer
github_refresh_token|gh:ghr_|
pypi_upload_token|lit:pypi-AgEIcHlwaS5vcmc s:150|
hex_pm_api_key|h:32|authorization:
packagist_api_token|a:20|
jfrog_platform_access_token|lit:cmVmdGtuOjAxOjE5 a:48|
travis_ci_api_token|s:22|Authorization: token
drone_ci_user_token|a:32|Authorization: Bearer
northflank_api_token|lit:nf- a:60|Authorization: Bearer
filestack_app_secret|u:26|
fly_io_deploy_token|lit:FlyV1~fm2_ b:180|Authorization: Bearer
atlas_mongodb_private_api_key|uuid|
confluent_schema_registry_api_secret|b:64|
aiven_kafka_service_password|a:24|
upcloud_api_token|lit:ucat_ a:40|Authorization: Bearer
cloudsigma_api_password|a:24|
gcore_api_token|d:5 lit:$ h:96|Authorization: APIKey
bunnycdn_storage_zone_password|uuid h:4 lit:- h:4|AccessKey:
bigpanda_api_key|h:32|Authorization: Bearer
logdna_service_key|h:32|servicekey:
grafana_oncall_api_token|h:64|Authorization:
unkey_root_key|lit:unkey_ a:24|Authorization: Bearer
workos_api_key|lit:sk_ a:60|Authorization: Bearer
descope_management_key|a:80|Authorization: Bearer
frontegg_client_secret|uuid|
stack_auth_secret_server_key|lit:ssk_ a:48|x-stack-secret-server-key:
supertokens_core_api_key|a:40|api-key:
passage_api_key|a:64|Authorization: Bearer
hcp_service_principal_secret|a:64|
infracost_api_key|lit:ico- a:32|X-Api-Key:
depot_project_token|lit:depot_project_ h:64|Authorization: Bearer
earthly_token|a:40|
gitpod_personal_access_token|lit:gitpod_pat_ a:40 lit:. a:20|Authorization: Bearer
coder_session_token|a:10 lit:- a:22|Coder-Session-Token:
daytona_api_key|lit:dtn_ h:64|Authorization: Bearer
ngrok_api_key|a:27 lit:_ a:22|Authorization: Bearer
pinggy_access_token|a:32|
localxpose_access_token|a:40|
val_town_api_token|h:64|Authorization: Bearer
glitch_project_token|uuid|
replit_deployment_secret|a:48|
zeabur_api_key|lit:sk- a:48|Authorization: Bearer
sevalla_api_key|a:64|Authorization: Bearer
"""

def parse():
    rows = []
    for line in RAW.strip().splitlines():
        name, shape, header = line.split('|')
        rows.append((name, shape.split(' '), header))
    return rows
