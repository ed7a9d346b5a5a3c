"""Vendor credential types (type | env var | header | scheme | shape).
header '-' = env / source styles only (signing secrets, key material).
shape tokens: L:literal A:n alnum a:n lower-alnum U:n upper-alnum H:n hex X:n HEX D:n digits
B:n base64 chars b:n base64url chars S:n alnum+-_ UUID JWT"""
TABLE = r"""
adafruit_io_key|ADAFRUIT_IO_KEY|X-AIO-Key||L:aio_ A:28
ai21_api_key|AI21_API_KEY|Authorization|Bearer |A:32
aiven_api_token|AIVEN_TOKEN|Authorization|aivenv1 |B:372
airship_master_secret|UA_MASTER_SECRET|-||b:22
akamai_edgegrid_client_secret|AKAMAI_CLIENT_SECRET|-||B:44
algolia_admin_api_key|ALGOLIA_ADMIN_KEY|X-Algolia-API-Key||H:32
amplitude_secret_key|AMPLITUDE_SECRET_KEY|-||H:32
apify_api_token|APIFY_TOKEN|Authorization|Bearer |L:apify_api_ A:36
apollo_graphos_api_key|APOLLO_KEY|X-API-Key||L:service:PROJ: b:22
applitools_api_key|APPLITOOLS_API_KEY|X-Eyes-Api-Key||A:44
appwrite_api_key|APPWRITE_API_KEY|X-Appwrite-Key||L:standard_ H:256
auth0_client_secret|AUTH0_CLIENT_SECRET|-||S:64
auth0_management_api_token|AUTH0_MGMT_TOKEN|Authorization|Bearer |JWT
authorize_net_transaction_key|AUTHNET_TRANSACTION_KEY|-||A:16
autodesk_aps_client_secret|APS_CLIENT_SECRET|-||A:64
avalara_license_key|AVALARA_LICENSE_KEY|-||X:16
azure_communication_services_key|ACS_ACCESS_KEY|-||B:88
azure_event_grid_access_key|EVENTGRID_KEY|aeg-sas-key||B:44
azure_function_host_key|AZ_FUNCTION_KEY|x-functions-key||b:54
azure_signalr_access_key|SIGNALR_ACCESS_KEY|-||B:44
bamboohr_api_key|BAMBOOHR_API_KEY|-||H:40
baseten_api_key|BASETEN_API_KEY|Authorization|Api-Key |a:8 L:. A:32
beehiiv_api_key|BEEHIIV_API_KEY|Authorization|Bearer |A:64
bitfinex_api_secret|BITFINEX_API_SECRET|-||A:43
bitget_api_secret|BITGET_SECRET_KEY|-||H:64
bitly_access_token|BITLY_TOKEN|Authorization|Bearer |H:40
blockfrost_project_id|BLOCKFROST_PROJECT_ID|project_id||L:mainnet A:32
box_client_secret|BOX_CLIENT_SECRET|-||A:32
brave_search_api_key|BRAVE_API_KEY|X-Subscription-Token||S:31
browserbase_api_key|BROWSERBASE_API_KEY|X-BB-API-Key||L:bb_live_ S:27
browserstack_access_key|BROWSERSTACK_ACCESS_KEY|-||A:20
bunny_net_api_key|BUNNY_API_KEY|AccessKey||UUID L:- UUID
buttercms_write_token|BUTTER_WRITE_TOKEN|Authorization|Token |H:40
bybit_api_secret|BYBIT_API_SECRET|-||A:36
cerebras_api_key|CEREBRAS_API_KEY|Authorization|Bearer |L:csk- a:48
chargebee_api_key|CHARGEBEE_API_KEY|-||L:live_ A:34
checkout_com_secret_key|CKO_SECRET_KEY|Authorization|Bearer |L:sk_ a:8 L:- a:4 L:- a:4 L:- a:4 L:- a:12
chromatic_project_token|CHROMATIC_PROJECT_TOKEN|-||L:chpt_ a:14
clicksend_api_key|CLICKSEND_API_KEY|-||X:8 L:- X:4 L:- X:4 L:- X:4 L:- X:12
close_crm_api_key|CLOSE_API_KEY|-||L:api_ A:22 L:. A:22
cloudamqp_api_key|CLOUDAMQP_API_KEY|-||UUID
cloudconvert_api_key|CLOUDCONVERT_API_KEY|Authorization|Bearer |JWT
codecov_upload_token|CODECOV_TOKEN|Authorization|token |UUID
comet_ml_api_key|COMET_API_KEY|Authorization||A:25
coveralls_repo_token|COVERALLS_REPO_TOKEN|-||A:33
customer_io_app_api_key|CUSTOMERIO_APP_KEY|Authorization|Bearer |H:32
cypress_record_key|CYPRESS_RECORD_KEY|-||UUID
d_id_api_key|DID_API_KEY|Authorization|Basic |b:40
dagster_cloud_user_token|DAGSTER_CLOUD_API_TOKEN|Dagster-Cloud-Api-Token||L:user: H:32
databento_api_key|DATABENTO_API_KEY|-||L:db- A:29
datastax_astra_application_token|ASTRA_DB_APPLICATION_TOKEN|X-Cassandra-Token||L:AstraCS: A:24 L:: H:64
defectdojo_api_key|DD_API_V2_KEY|Authorization|Token |H:40
depot_access_token|DEPOT_TOKEN|Authorization|Bearer |L:depot_org_ H:64
devcycle_server_sdk_key|DEVCYCLE_SERVER_SDK_KEY|Authorization||L:dvc_server_ UUID L:_ H:7
dnsimple_api_token|DNSIMPLE_TOKEN|Authorization|Bearer |L:dnsimpleu_ A:32
dub_co_api_key|DUB_API_KEY|Authorization|Bearer |L:dub_ A:24
e2b_api_key|E2B_API_KEY|X-API-Key||L:e2b_ H:40
elastic_cloud_api_key|EC_API_KEY|Authorization|ApiKey |B:60
elks46_api_password|ELKS_API_PASSWORD|-||X:32
exa_api_key|EXA_API_KEY|x-api-key||UUID
fastly_api_token|FASTLY_API_TOKEN|Fastly-Key||S:32
fauna_secret_key|FAUNA_SECRET|Authorization|Bearer |L:fnA A:37
finnhub_api_key|FINNHUB_API_KEY|X-Finnhub-Token||a:20
firecrawl_api_key|FIRECRAWL_API_KEY|Authorization|Bearer |L:fc- H:32
fireworks_ai_api_key|FIREWORKS_API_KEY|Authorization|Bearer |L:fw_ A:24
fivetran_api_secret|FIVETRAN_API_SECRET|-||A:32
flagsmith_server_key|FLAGSMITH_SERVER_KEY|X-Environment-Key||L:ser. A:22
flickr_api_secret|FLICKR_API_SECRET|-||H:16
fmp_api_key|FMP_API_KEY|apikey||A:32
freshbooks_client_secret|FRESHBOOKS_CLIENT_SECRET|-||H:64
front_api_token|FRONT_API_TOKEN|Authorization|Bearer |JWT
fullstory_api_key|FULLSTORY_API_KEY|Authorization|Basic |L:na1. B:64
gandi_personal_access_token|GANDI_PAT|Authorization|Bearer |H:40
gcore_api_token|GCORE_API_TOKEN|Authorization|APIKey |D:5 L:$ H:128
getresponse_api_key|GETRESPONSE_API_KEY|X-Auth-Token|api-key |a:32
gitguardian_api_key|GITGUARDIAN_API_KEY|Authorization|Token |A:69
gitpod_access_token|GITPOD_TOKEN|Authorization|Bearer |L:gitpod_pat_ b:40
gladia_api_key|GLADIA_API_KEY|x-gladia-key||UUID
godaddy_api_secret|GODADDY_API_SECRET|-||A:22
gupshup_api_key|GUPSHUP_API_KEY|apikey||a:32
hasura_admin_secret|HASURA_GRAPHQL_ADMIN_SECRET|x-hasura-admin-secret||A:64
hcp_client_secret|HCP_CLIENT_SECRET|-||S:64
heygen_api_key|HEYGEN_API_KEY|X-Api-Key||B:40
honeybadger_api_key|HONEYBADGER_API_KEY|X-API-Key||L:hbp_ A:36
huawei_cloud_secret_access_key|HUAWEICLOUD_SDK_SK|-||A:40
hunter_io_api_key|HUNTER_API_KEY|X-API-KEY||H:40
imgur_client_secret|IMGUR_CLIENT_SECRET|-||H:40
inngest_signing_key|INNGEST_SIGNING_KEY|-||L:signkey-prod- H:64
iyzico_secret_key|IYZICO_SECRET_KEY|-||L:sandbox- A:32
jina_ai_api_key|JINA_API_KEY|Authorization|Bearer |L:jina_ A:60
jotform_api_key|JOTFORM_API_KEY|APIKEY||H:32
kaleyra_api_key|KALEYRA_API_KEY|api-key||A:33
keen_io_master_key|KEEN_MASTER_KEY|-||X:64
klaviyo_private_api_key|KLAVIYO_PRIVATE_KEY|Authorization|Klaviyo-API-Key |L:pk_ H:34
kontent_ai_management_api_key|KONTENT_MANAGEMENT_API_KEY|Authorization|Bearer |JWT
kucoin_api_secret|KUCOIN_API_SECRET|-||UUID
lago_api_key|LAGO_API_KEY|Authorization|Bearer |UUID
lambdatest_access_key|LT_ACCESS_KEY|-||A:50
langfuse_secret_key|LANGFUSE_SECRET_KEY|-||L:sk-lf- UUID
lever_api_key|LEVER_API_KEY|-||A:48
linkedin_client_secret|LINKEDIN_CLIENT_SECRET|-||L:WPL_AP1. A:16 L:. A:8 L:==
loggly_customer_token|LOGGLY_TOKEN|X-LOGGLY-TAG||UUID
loops_api_key|LOOPS_API_KEY|Authorization|Bearer |H:32
mailerlite_api_key|MAILERLITE_API_KEY|Authorization|Bearer |JWT
mailersend_api_token|MAILERSEND_API_KEY|Authorization|Bearer |L:mlsn. H:64
mailtrap_api_token|MAILTRAP_API_TOKEN|Api-Token||H:32
marketo_client_secret|MARKETO_CLIENT_SECRET|-||A:32
matomo_auth_token|MATOMO_TOKEN_AUTH|-||H:32
mercadopago_access_token|MP_ACCESS_TOKEN|Authorization|Bearer |L:APP_USR- D:16 L:- D:6 L:- H:32 L:- D:9
metabase_api_key|MB_API_KEY|x-api-key||L:mb_ B:44
mezmo_ingestion_key|MEZMO_INGESTION_KEY|apikey||H:32
midtrans_server_key|MIDTRANS_SERVER_KEY|-||L:Mid-server- S:24
minimax_api_key|MINIMAX_API_KEY|Authorization|Bearer |JWT
mixpanel_service_account_secret|MIXPANEL_SA_SECRET|-||A:32
modal_token_secret|MODAL_TOKEN_SECRET|-||L:as- A:22
momento_api_key|MOMENTO_API_KEY|Authorization||JWT
monday_com_api_token|MONDAY_API_TOKEN|Authorization||JWT
moonshot_api_key|MOONSHOT_API_KEY|Authorization|Bearer |L:sk- A:48
moralis_api_key|MORALIS_API_KEY|X-API-Key||A:64
msg91_auth_key|MSG91_AUTH_KEY|authkey||D:6 L:A a:16
neptune_api_token|NEPTUNE_API_TOKEN|-||B:120
nhost_admin_secret|NHOST_ADMIN_SECRET|x-hasura-admin-secret||S:40
nocodb_api_token|NOCODB_API_TOKEN|xc-token||S:40
novu_api_key|NOVU_API_KEY|Authorization|ApiKey |H:32
nowpayments_api_key|NOWPAYMENTS_API_KEY|x-api-key||U:7 L:- U:7 L:- U:7 L:- U:7
nylas_api_key|NYLAS_API_KEY|Authorization|Bearer |L:nyk_v0_ A:48
octopus_deploy_api_key|OCTOPUS_API_KEY|X-Octopus-ApiKey||L:API- U:27
okx_api_secret|OKX_SECRET_KEY|-||X:32
onfido_api_token|ONFIDO_API_TOKEN|Authorization|Token token=|L:api_live. S:11 L:. S:32
opennode_api_key|OPENNODE_API_KEY|Authorization||UUID
oracle_cloud_auth_token|OCI_AUTH_TOKEN|-||S:20
paddle_api_key|PADDLE_API_KEY|Authorization|Bearer |L:pdl_live_apikey_ a:26 L:_ A:22 L:_ A:3
pantheon_machine_token|TERMINUS_MACHINE_TOKEN|-||S:43
paperspace_api_key|PAPERSPACE_API_KEY|X-Api-Key||H:30
pendo_integration_key|PENDO_INTEGRATION_KEY|x-pendo-integration-key||UUID L:.us
persona_api_key|PERSONA_API_KEY|Authorization|Bearer |L:persona_production_ UUID
pipedream_api_key|PIPEDREAM_API_KEY|Authorization|Bearer |H:32
plaid_secret|PLAID_SECRET|-||H:30
plane_api_key|PLANE_API_KEY|X-API-Key||L:plane_api_ H:32
platform_sh_api_token|PLATFORMSH_CLI_TOKEN|-||S:43
plausible_api_key|PLAUSIBLE_API_KEY|Authorization|Bearer |S:64
polygon_io_api_key|POLYGON_API_KEY|Authorization|Bearer |S:32
portainer_access_token|PORTAINER_TOKEN|X-API-Key||L:ptr_ B:44
portkey_api_key|PORTKEY_API_KEY|x-portkey-api-key||B:32
prismic_access_token|PRISMIC_ACCESS_TOKEN|Authorization|Token |JWT
productboard_api_token|PRODUCTBOARD_TOKEN|Authorization|Bearer |JWT
readwise_access_token|READWISE_TOKEN|Authorization|Token |A:50
rebrandly_api_key|REBRANDLY_API_KEY|apikey||H:32
recurly_api_key|RECURLY_API_KEY|-||H:32
retool_api_token|RETOOL_API_TOKEN|Authorization|Bearer |L:retool_ a:32
ringcentral_client_secret|RC_CLIENT_SECRET|-||A:43
roboflow_api_key|ROBOFLOW_API_KEY|-||A:20
rollbar_project_access_token|ROLLBAR_ACCESS_TOKEN|X-Rollbar-Access-Token||H:32
rudderstack_access_token|RUDDERSTACK_ACCESS_TOKEN|Authorization|Bearer |A:27
runpod_api_key|RUNPOD_API_KEY|Authorization|Bearer |L:rpa_ U:40
salesforce_consumer_secret|SF_CONSUMER_SECRET|-||X:64
salesloft_api_key|SALESLOFT_API_KEY|Authorization|Bearer |L:v2_ak_ D:6 L:_ H:64
samsara_api_token|SAMSARA_API_TOKEN|Authorization|Bearer |L:samsara_api_ A:30
saucelabs_access_key|SAUCE_ACCESS_KEY|-||UUID
semgrep_app_token|SEMGREP_APP_TOKEN|Authorization|Bearer |H:64
serpapi_api_key|SERPAPI_API_KEY|-||H:64
shortcut_api_token|SHORTCUT_API_TOKEN|Shortcut-Token||UUID
smartsheet_access_token|SMARTSHEET_ACCESS_TOKEN|Authorization|Bearer |A:37
socket_dev_api_key|SOCKET_SECURITY_API_KEY|Authorization|Bearer |L:sktsec_ S:40 L:_api
sourcegraph_access_token|SRC_ACCESS_TOKEN|Authorization|token |L:sgp_ H:16 L:_ H:40
speechmatics_api_key|SPEECHMATICS_API_KEY|Authorization|Bearer |A:32
squadcast_refresh_token|SQUADCAST_REFRESH_TOKEN|-||H:64
stackhawk_api_key|HAWK_API_KEY|-||L:hawk. A:20 L:. A:20
supabase_personal_access_token|SUPABASE_ACCESS_TOKEN|Authorization|Bearer |L:sbp_ H:40
supabase_service_role_key|SUPABASE_SERVICE_ROLE_KEY|apikey||JWT:service_role
tableau_pat_secret|TABLEAU_PAT_SECRET|-||b:22 L:== L:: A:32
tavily_api_key|TAVILY_API_KEY|Authorization|Bearer |L:tvly- A:32
teamcity_access_token|TEAMCITY_TOKEN|Authorization|Bearer |L:eyJ0eXAiOiAiVENWMiJ9. b:36 L:. b:48
telnyx_api_key|TELNYX_API_KEY|Authorization|Bearer |L:KEY H:32 L:_ A:22
temporal_cloud_api_key|TEMPORAL_CLOUD_API_KEY|Authorization|Bearer |JWT
textlocal_api_key|TEXTLOCAL_API_KEY|-||b:40
tines_api_token|TINES_API_TOKEN|Authorization|Bearer |A:40
tinybird_admin_token|TB_ADMIN_TOKEN|Authorization|Bearer |L:p.eyJ1IjogI b:64 L:. b:43
tinypng_api_key|TINIFY_KEY|-||A:32
toggl_api_token|TOGGL_API_TOKEN|-||H:32
trigger_dev_secret_key|TRIGGER_SECRET_KEY|Authorization|Bearer |L:tr_prod_ A:20
typesense_admin_api_key|TYPESENSE_API_KEY|X-TYPESENSE-API-KEY||A:32
unkey_root_key|UNKEY_ROOT_KEY|Authorization|Bearer |L:unkey_ A:24
unsplash_secret_key|UNSPLASH_SECRET_KEY|-||S:43
uptimerobot_api_key|UPTIMEROBOT_API_KEY|-||L:u D:7 L:- H:24
vercel_blob_read_write_token|BLOB_READ_WRITE_TOKEN|Authorization|Bearer |L:vercel_blob_rw_ A:16 L:_ A:30
volcengine_secret_access_key|VOLCENGINE_SECRET_KEY|-||B:60
weaviate_api_key|WEAVIATE_API_KEY|Authorization|Bearer |A:40
webex_bot_access_token|WEBEX_BOT_TOKEN|Authorization|Bearer |A:64 L:_ U:4 L:_ UUID
xata_api_key|XATA_API_KEY|Authorization|Bearer |L:xau_ A:32
xendit_secret_key|XENDIT_SECRET_KEY|Authorization|Basic |L:xnd_production_ A:50
xero_client_secret|XERO_CLIENT_SECRET|-||S:48
yandex_cloud_iam_token|YC_IAM_TOKEN|Authorization|Bearer |L:t1. S:160
yelp_fusion_api_key|YELP_API_KEY|Authorization|Bearer |S:128
yookassa_secret_key|YOOKASSA_SECRET_KEY|-||L:live_ S:44
zilliz_cloud_api_key|ZILLIZ_API_KEY|Authorization|Bearer |H:104
zoho_client_secret|ZOHO_CLIENT_SECRET|-||a:42
zoom_client_secret|ZOOM_CLIENT_SECRET|-||A:32
zuora_client_secret|ZUORA_CLIENT_SECRET|-||S:40
arize_api_key|ARIZE_API_KEY|Authorization|Bearer |L:ak- UUID L:- A:32
freshservice_api_key|FRESHSERVICE_API_KEY|-||A:20
servicenow_client_secret|SERVICENOW_CLIENT_SECRET|-||S:32
youtrack_permanent_token|YOUTRACK_TOKEN|Authorization|Bearer |L:perm: b:16 L:. b:20 L:. A:30
baserow_database_token|BASEROW_TOKEN|Authorization|Token |A:32
grist_api_key|GRIST_API_KEY|Authorization|Bearer |H:40
budibase_api_key|BUDIBASE_API_KEY|x-budibase-api-key||H:32 L:- H:96
btcpay_server_api_key|BTCPAY_API_KEY|Authorization|token |H:40
kinsta_api_key|KINSTA_API_KEY|Authorization|Bearer |H:64
coolify_api_token|COOLIFY_TOKEN|Authorization|Bearer |D:1 L:| A:40
"""


def rows():
    out = []
    for line in TABLE.strip().splitlines():
        t, env, hdr, scheme, shape = line.split("|", 4)
        out.append({"type": t, "env": env, "header": None if hdr == "-" else hdr, "scheme": scheme, "shape": shape})
    return out
