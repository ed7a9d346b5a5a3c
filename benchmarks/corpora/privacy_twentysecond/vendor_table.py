"""Vendor credential types: type | env var | shape template | auth header ('-' = signing secret, env styles only).
Shapes are from background knowledge of vendor docs / public scanner rules; see README 'Shapes guessed'."""
RAW = r"""
mistral_api_key|MISTRAL_API_KEY|{alnum32}|Authorization: Bearer
cohere_api_key|CO_API_KEY|{alnum40}|Authorization: Bearer
groq_api_key|GROQ_API_KEY|gsk_{alnum52}|Authorization: Bearer
perplexity_api_key|PERPLEXITY_API_KEY|pplx-{alnum48}|Authorization: Bearer
replicate_api_token|REPLICATE_API_TOKEN|r8_{alnum37}|Authorization: Bearer
openrouter_api_key|OPENROUTER_API_KEY|sk-or-v1-{hex64}|Authorization: Bearer
xai_grok_api_key|XAI_API_KEY|xai-{alnum80}|Authorization: Bearer
elevenlabs_api_key|ELEVENLABS_API_KEY|sk_{hex48}|xi-api-key
assemblyai_api_key|ASSEMBLYAI_API_KEY|{hex32}|Authorization
deepgram_api_key|DEEPGRAM_API_KEY|{hex40}|Authorization: Token
pinecone_api_key|PINECONE_API_KEY|pcsk_{alnum5}_{alnum63}|Api-Key
qdrant_cloud_api_key|QDRANT_API_KEY|{url44}|api-key
langsmith_api_key|LANGSMITH_API_KEY|lsv2_pt_{hex32}_{hex10}|x-api-key
wandb_api_key|WANDB_API_KEY|{hex40}|-
nomic_api_key|NOMIC_API_KEY|nk-{url43}|Authorization: Bearer
llamacloud_api_key|LLAMA_CLOUD_API_KEY|llx-{alnum48}|Authorization: Bearer
mem0_api_key|MEM0_API_KEY|m0-{alnum40}|Authorization: Token
cartesia_api_key|CARTESIA_API_KEY|sk_car_{alnum22}|X-API-Key
luma_ai_api_key|LUMAAI_API_KEY|luma-{uuid}-{uuid}|Authorization: Bearer
siliconflow_api_key|SILICONFLOW_API_KEY|sk-{lc48}|Authorization: Bearer
deepinfra_api_token|DEEPINFRA_TOKEN|{alnum32}|Authorization: Bearer
predibase_api_token|PREDIBASE_API_TOKEN|pb_{url22}|Authorization: Bearer
upstage_api_key|UPSTAGE_API_KEY|up_{alnum29}|Authorization: Bearer
aleph_alpha_api_token|AA_TOKEN|{b64url48}|Authorization: Bearer
reka_api_key|REKA_API_KEY|{hex64}|X-Api-Key
serper_dev_api_key|SERPER_API_KEY|{hex40}|X-API-KEY
bing_search_subscription_key|BING_SEARCH_KEY|{hex32}|Ocp-Apim-Subscription-Key
scrapfly_api_key|SCRAPFLY_KEY|scp-live-{hex32}|-
browserless_api_token|BROWSERLESS_TOKEN|{alnum16}{hex48}|-
circleci_personal_api_token|CIRCLECI_TOKEN|CCIPAT_{alnum22}_{hex40}|Circle-Token
buildkite_api_access_token|BUILDKITE_API_TOKEN|bkua_{hex40}|Authorization: Bearer
buildkite_agent_registration_token|BUILDKITE_AGENT_TOKEN|{hex50}|-
travis_ci_api_token|TRAVIS_TOKEN|{url22}|Authorization: token
snyk_api_token|SNYK_TOKEN|{uuid}|Authorization: token
codacy_project_api_token|CODACY_PROJECT_TOKEN|{hex32}|project-token
appveyor_api_token|APPVEYOR_API_TOKEN|v2.{lower20}|Authorization: Bearer
azure_devops_personal_access_token|AZURE_DEVOPS_EXT_PAT|{lower52}|-
bitbucket_repository_access_token|BITBUCKET_ACCESS_TOKEN|ATCTT3xFfGN0{url180}={HEX8}|Authorization: Bearer
gitea_access_token|GITEA_TOKEN|{hex40}|Authorization: token
readme_io_api_key|README_API_KEY|rdme_{lower70}|-
postman_api_key|POSTMAN_API_KEY|PMAK-{hex24}-{hex34}|X-Api-Key
ngrok_authtoken|NGROK_AUTHTOKEN|2{alnum26}_{alnum21}|-
ngrok_api_key|NGROK_API_KEY|2{alnum26}_{alnum21}|Authorization: Bearer
cloudsmith_api_key|CLOUDSMITH_API_KEY|{hex40}|X-Api-Key
gemfury_push_token|FURY_PUSH_TOKEN|{url20}|-
artifactory_api_key|ARTIFACTORY_API_KEY|AKCp{alnum69}|X-JFrog-Art-Api
rubygems_api_key|GEM_HOST_API_KEY|rubygems_{hex48}|Authorization
nuget_org_api_key|NUGET_API_KEY|oy2{lower43}|X-NuGet-ApiKey
packagist_api_token|PACKAGIST_API_TOKEN|{alnum20}|-
github_oauth_access_token|GH_OAUTH_TOKEN|@gho_|Authorization: token
github_user_to_server_token|GH_USER_TOKEN|@ghu_|Authorization: Bearer
gitlab_runner_authentication_token|CI_RUNNER_TOKEN|glrt-{url20}|-
gitlab_deploy_token|GITLAB_DEPLOY_TOKEN|gldt-{url20}|-
gitlab_feed_token|GITLAB_FEED_TOKEN|glft-{url20}|-
gitlab_runner_registration_token|RUNNER_REGISTRATION_TOKEN|GR1348941{url20}|-
atlassian_api_token|ATLASSIAN_API_TOKEN|ATATT3xFfGF0{url180}={HEX8}|-
linear_api_key|LINEAR_API_KEY|lin_api_{alnum40}|Authorization
clickup_personal_token|CLICKUP_TOKEN|pk_{digits8}_{upper32}|Authorization
asana_personal_access_token|ASANA_PAT|2/{digits16}/{digits16}:{hex32}|Authorization: Bearer
notion_integration_secret|NOTION_TOKEN|ntn_{digits11}{alnum35}|Authorization: Bearer
airtable_personal_access_token|AIRTABLE_PAT|pat{alnum14}.{hex64}|Authorization: Bearer
figma_personal_access_token|FIGMA_TOKEN|figd_{url40}|X-Figma-Token
miro_access_token|MIRO_TOKEN|eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_{url27}|Authorization: Bearer
zendesk_api_token|ZENDESK_API_TOKEN|{alnum40}|-
freshdesk_api_key|FRESHDESK_API_KEY|{alnum20}|-
intercom_access_token|INTERCOM_TOKEN|@intercom|Authorization: Bearer
hubspot_private_app_token|HUBSPOT_ACCESS_TOKEN|pat-na1-{uuid}|Authorization: Bearer
pipedrive_api_token|PIPEDRIVE_API_TOKEN|{hex40}|x-api-token
mailchimp_api_key|MAILCHIMP_API_KEY|{hex32}-us{digits2}|-
mailjet_api_secret|MJ_APIKEY_PRIVATE|{hex32}|-
postmark_server_token|POSTMARK_SERVER_TOKEN|{uuid}|X-Postmark-Server-Token
sparkpost_api_key|SPARKPOST_API_KEY|{hex40}|Authorization
brevo_api_key|BREVO_API_KEY|xkeysib-{hex64}-{alnum16}|api-key
resend_api_key|RESEND_API_KEY|re_{alnum8}_{url24}|Authorization: Bearer
convertkit_api_secret|CONVERTKIT_API_SECRET|{url43}|-
activecampaign_api_key|ACTIVECAMPAIGN_API_KEY|{hex72}|Api-Token
plivo_auth_token|PLIVO_AUTH_TOKEN|{alnum40}|-
vonage_api_secret|VONAGE_API_SECRET|{alnum16}|-
messagebird_access_key|MESSAGEBIRD_ACCESS_KEY|{alnum25}|Authorization: AccessKey
twilio_api_key_secret|TWILIO_API_SECRET|{alnum32}|-
pusher_app_secret|PUSHER_APP_SECRET|{hex20}|-
sendbird_api_token|SENDBIRD_API_TOKEN|{hex40}|Api-Token
daily_co_api_key|DAILY_API_KEY|{hex64}|Authorization: Bearer
livekit_api_secret|LIVEKIT_API_SECRET|{alnum43}|-
mux_token_secret|MUX_TOKEN_SECRET|{b64url56}|-
cloudinary_api_secret|CLOUDINARY_API_SECRET|{url27}|-
imagekit_private_key|IMAGEKIT_PRIVATE_KEY|private_{b64pad21}|-
backblaze_b2_application_key|B2_APPLICATION_KEY|K005{url27}|-
linode_personal_access_token|LINODE_TOKEN|{hex64}|Authorization: Bearer
vultr_api_key|VULTR_API_KEY|{upper36}|Authorization: Bearer
hetzner_cloud_api_token|HCLOUD_TOKEN|{alnum64}|Authorization: Bearer
ovh_application_secret|OVH_APPLICATION_SECRET|{alnum32}|-
ibm_cloud_api_key|IBMCLOUD_API_KEY|{url44}|-
alibaba_cloud_accesskey_secret|ALIBABA_CLOUD_ACCESS_KEY_SECRET|{alnum30}|-
tencent_cloud_secret_key|TENCENTCLOUD_SECRET_KEY|{alnum32}|-
entra_id_client_secret|AZURE_CLIENT_SECRET|@entra|-
azure_service_bus_shared_access_key|SERVICEBUS_SAS_KEY|{b64pad32}|-
azure_cosmosdb_primary_key|COSMOS_KEY|{b64pad64}|-
azure_ai_search_admin_key|AZURE_SEARCH_ADMIN_KEY|{alnum52}|api-key
azure_maps_subscription_key|AZURE_MAPS_KEY|{url43}|subscription-key
fcm_legacy_server_key|FCM_SERVER_KEY|AAAA{url7}:APA91b{url134}|Authorization: key=
google_oauth_refresh_token|GOOGLE_REFRESH_TOKEN|1//0{url100}|-
google_oauth_access_token|GOOGLE_ACCESS_TOKEN|ya29.a0{url150}|Authorization: Bearer
apple_app_specific_password|APPLE_APP_SPECIFIC_PASSWORD|@applepw|-
teams_incoming_webhook_url|TEAMS_WEBHOOK_URL|https://corp.webhook.office.com/webhookb2/{uuid}@{uuid}/IncomingWebhook/{hex32}/{uuid}|-
discord_webhook_url|DISCORD_WEBHOOK_URL|https://discord.com/api/webhooks/{digits18}/{url68}|-
slack_user_token|SLACK_USER_TOKEN|xoxp-{digits12}-{digits12}-{digits13}-{hex32}|Authorization: Bearer
slack_workflow_trigger_url|SLACK_WORKFLOW_URL|https://hooks.slack.com/triggers/T{upper10}/{digits13}/{hex32}|-
mattermost_personal_access_token|MM_TOKEN|{lower26}|Authorization: Bearer
matrix_access_token|MATRIX_ACCESS_TOKEN|syt_{b64url9}_{alnum20}_{alnum6}|Authorization: Bearer
wecom_corp_secret|WECOM_CORP_SECRET|{url43}|-
paypal_client_secret|PAYPAL_CLIENT_SECRET|E{url79}|-
square_access_token|SQUARE_ACCESS_TOKEN|EAAA{url60}|Authorization: Bearer
square_application_secret|SQUARE_APP_SECRET|sq0csp-{url43}|-
adyen_api_key|ADYEN_API_KEY|AQE{alnum40}+{alnum30}=-{b64url30}-{alnum40}|X-API-Key
mollie_live_api_key|MOLLIE_API_KEY|live_{alnum30}|Authorization: Bearer
razorpay_key_secret|RAZORPAY_KEY_SECRET|{alnum24}|-
flutterwave_secret_key|FLW_SECRET_KEY|FLWSECK-{hex32}-X|Authorization: Bearer
paystack_secret_key|PAYSTACK_SECRET_KEY|sk_live_{hex40}|Authorization: Bearer
binance_api_secret|BINANCE_API_SECRET|{alnum64}|-
kraken_private_key|KRAKEN_PRIVATE_KEY|{b64pad64}|-
alchemy_api_key|ALCHEMY_API_KEY|{url32}|-
infura_api_key_secret|INFURA_API_KEY_SECRET|{hex32}|-
etherscan_api_key|ETHERSCAN_API_KEY|{upper34}|-
covalent_api_key|COVALENT_API_KEY|cqt_{alnum26}|Authorization: Bearer
thirdweb_secret_key|THIRDWEB_SECRET_KEY|{url86}|x-secret-key
lemon_squeezy_api_key|LEMONSQUEEZY_API_KEY|@jwtrs|Authorization: Bearer
gumroad_access_token|GUMROAD_ACCESS_TOKEN|{url43}|Authorization: Bearer
shopify_admin_access_token|SHOPIFY_ADMIN_TOKEN|shpat_{hex32}|X-Shopify-Access-Token
shopify_app_shared_secret|SHOPIFY_API_SECRET|shpss_{hex32}|-
shopify_custom_app_token|SHOPIFY_CUSTOM_APP_TOKEN|shpca_{hex32}|X-Shopify-Access-Token
ebay_client_secret|EBAY_CLIENT_SECRET|PRD-{hex12}-{hex8}-{hex4}-{hex4}-{hex4}|-
amazon_lwa_client_secret|LWA_CLIENT_SECRET|amzn1.oa2-cs.v1.{hex64}|-
amazon_sp_api_refresh_token|SP_API_REFRESH_TOKEN|Atzr|{url300}|-
newrelic_insert_key|NEW_RELIC_INSERT_KEY|NRII-{url32}|X-Insert-Key
honeycomb_ingest_key|HONEYCOMB_API_KEY|hcaik_01{lower58}|X-Honeycomb-Team
lightstep_access_token|LIGHTSTEP_ACCESS_TOKEN|{b64pad96}|lightstep-access-token
sumo_logic_access_key|SUMO_ACCESS_KEY|{alnum64}|-
dynatrace_api_token|DT_API_TOKEN|dt0c01.{upper24}.{upper64}|Authorization: Api-Token
grafana_service_account_token|GRAFANA_SA_TOKEN|glsa_{alnum32}_{hex8}|Authorization: Bearer
opsgenie_api_key|OPSGENIE_API_KEY|{uuid}|Authorization: GenieKey
pagerduty_rest_api_key|PAGERDUTY_TOKEN|u+{url18}|Authorization: Token token=
statuspage_api_key|STATUSPAGE_API_KEY|{uuid}|Authorization: OAuth
betterstack_api_token|BETTERSTACK_API_TOKEN|{alnum24}|Authorization: Bearer
axiom_api_token|AXIOM_TOKEN|xaat-{uuid}|Authorization: Bearer
posthog_personal_api_key|POSTHOG_PERSONAL_API_KEY|phx_{alnum43}|Authorization: Bearer
launchdarkly_sdk_key|LAUNCHDARKLY_SDK_KEY|sdk-{uuid}|Authorization
launchdarkly_api_access_token|LD_API_TOKEN|api-{uuid}|Authorization
statsig_server_secret_key|STATSIG_SERVER_SECRET|secret-{alnum43}|statsig-api-key
optimizely_personal_access_token|OPTIMIZELY_TOKEN|2:{url44}|Authorization: Bearer
tailscale_api_access_token|TS_API_KEY|tskey-api-{alnum17}-{alnum33}|Authorization: Bearer
tailscale_auth_key|TS_AUTHKEY|tskey-auth-{alnum17}-{alnum33}|-
zerotier_central_api_token|ZEROTIER_CENTRAL_TOKEN|{alnum32}|Authorization: token
hcaptcha_secret_key|HCAPTCHA_SECRET|0x{hex40}|-
recaptcha_secret_key|RECAPTCHA_SECRET_KEY|6L{url38}|-
okta_api_token|OKTA_API_TOKEN|00{url40}|Authorization: SSWS
clerk_secret_key|CLERK_SECRET_KEY|sk_live_{alnum40}|Authorization: Bearer
terraform_cloud_api_token|TFE_TOKEN|{alnum14}.atlasv1.{alnum67}|Authorization: Bearer
pulumi_access_token|PULUMI_ACCESS_TOKEN|pul-{hex40}|Authorization: token
greynoise_api_key|GREYNOISE_API_KEY|{alnum64}|key
hibp_api_key|HIBP_API_KEY|{hex32}|hibp-api-key
securitytrails_api_key|SECURITYTRAILS_KEY|{alnum32}|APIKEY
ipinfo_access_token|IPINFO_TOKEN|{hex14}|Authorization: Bearer
maxmind_license_key|MAXMIND_LICENSE_KEY|{alnum6}_{alnum29}_mmk|-
fly_io_access_token|FLY_API_TOKEN|FlyV1 fm2_{b64url180}|-
heroku_api_key|HEROKU_API_KEY|HRKU-AA{url58}|Authorization: Bearer
railway_api_token|RAILWAY_TOKEN|{uuid}|Authorization: Bearer
northflank_api_token|NORTHFLANK_API_TOKEN|nf-{b64url140}|Authorization: Bearer
porkbun_secret_api_key|PORKBUN_SECRET_API_KEY|sk1_{hex64}|-
planetscale_service_token|PLANETSCALE_SERVICE_TOKEN|pscale_tkn_{url43}|Authorization
planetscale_database_password|PLANETSCALE_DB_PASSWORD|pscale_pw_{url43}|-
neon_api_key|NEON_API_KEY|napi_{lower64}|Authorization: Bearer
upstash_redis_rest_token|UPSTASH_REDIS_REST_TOKEN|A{url67}=|Authorization: Bearer
upstash_qstash_token|QSTASH_TOKEN|@qstash|Authorization: Bearer
influxdb_v2_api_token|INFLUX_TOKEN|{b64url64}==|Authorization: Token
databricks_personal_access_token|DATABRICKS_TOKEN|dapi{hex32}|Authorization: Bearer
dbt_cloud_service_token|DBT_CLOUD_SERVICE_TOKEN|dbtc_{url52}|Authorization: Token
prefect_cloud_api_key|PREFECT_API_KEY|pnu_{alnum36}|Authorization: Bearer
confluent_cloud_api_secret|CONFLUENT_CLOUD_API_SECRET|{url64}|-
contentful_management_token|CONTENTFUL_MANAGEMENT_TOKEN|CFPAT-{url43}|Authorization: Bearer
strapi_api_token|STRAPI_API_TOKEN|{hex256}|Authorization: Bearer
directus_static_token|DIRECTUS_TOKEN|{url32}|Authorization: Bearer
hygraph_permanent_auth_token|HYGRAPH_TOKEN|@jwtrs|Authorization: Bearer
wordpress_application_password|WP_APP_PASSWORD|@wpapp|-
contentstack_management_token|CONTENTSTACK_MANAGEMENT_TOKEN|cs{hex32}|authorization
mapbox_secret_access_token|MAPBOX_SECRET_TOKEN|@mapbox|-
openweathermap_api_key|OWM_API_KEY|{hex32}|-
tiingo_api_token|TIINGO_API_TOKEN|{hex40}|Authorization: Token
coinmarketcap_api_key|CMC_PRO_API_KEY|{uuid}|X-CMC_PRO_API_KEY
coingecko_pro_api_key|COINGECKO_API_KEY|CG-{alnum24}|x-cg-pro-api-key
cryptocompare_api_key|CRYPTOCOMPARE_API_KEY|{hex64}|Authorization: Apikey
twitch_client_secret|TWITCH_CLIENT_SECRET|{lower30}|-
discord_oauth_client_secret|DISCORD_CLIENT_SECRET|{url32}|-
mastodon_access_token|MASTODON_ACCESS_TOKEN|{url43}|Authorization: Bearer
bluesky_app_password|BSKY_APP_PASSWORD|@bsky|-
lichess_api_token|LICHESS_TOKEN|lip_{alnum20}|Authorization: Bearer
playfab_developer_secret_key|PLAYFAB_SECRET_KEY|{upper40}|X-SecretKey
oura_personal_access_token|OURA_TOKEN|{upper32}|Authorization: Bearer
todoist_api_token|TODOIST_API_TOKEN|{hex40}|Authorization: Bearer
harvest_personal_access_token|HARVEST_ACCESS_TOKEN|{digits7}.pt.{url86}|Authorization: Bearer
clockify_api_key|CLOCKIFY_API_KEY|{b64pad36}|X-Api-Key
typeform_personal_token|TYPEFORM_TOKEN|tfp_{url44}_{url14}|Authorization: Bearer
qualtrics_api_token|QUALTRICS_API_TOKEN|{alnum40}|X-API-TOKEN
frame_io_developer_token|FRAMEIO_TOKEN|fio-u-{url64}|Authorization: Bearer
deepl_api_key|DEEPL_AUTH_KEY|{uuid}:fx|Authorization: DeepL-Auth-Key
crowdin_personal_access_token|CROWDIN_PERSONAL_TOKEN|{hex80}|Authorization: Bearer
lokalise_api_token|LOKALISE_API_TOKEN|{hex40}|X-Api-Token
cyberark_conjur_api_key|CONJUR_AUTHN_API_KEY|{lower55}|-
bitcoin_xprv_extended_private_key|BTC_XPRV|@xprv|-
stellar_secret_seed|STELLAR_SECRET|@stellar|-
xrpl_family_seed|XRPL_SEED|@xrpl|-
cardano_ed25519_signing_key_bech32|CARDANO_SKEY|@cardano|-
tezos_ed25519_secret_key|TEZOS_SECRET_KEY|@tezos|-
solana_keypair_base58|SOLANA_PRIVATE_KEY|@solana|-
"""


def rows():
    out = []
    for line in RAW.strip().splitlines():
        parts = line.split('|')
        if len(parts) == 5:  # Atzr| literal prefix
            parts = [parts[0], parts[1], parts[2] + '|' + parts[3], parts[4]]
        t, env, tpl, hdr = parts
        out.append((t, env, tpl, None if hdr == '-' else hdr))
    return out
