"""Vendor credential types of the p19 vendor part: type|vendor|host|env|header|scheme|spec|basis.
basis: g = prefix/length confirmed in gitleaks config/gitleaks.toml; k = background knowledge of vendor docs;
n = name-only (shape guessed, recognisable from the variable / header name); c = checksum generated for real."""
TABLE = r"""
github_oauth_access_token|GitHub OAuth|api.github.com|GH_OAUTH_TOKEN|Authorization|Bearer|@gho|c
github_user_to_server_token|GitHub App user|api.github.com|GH_USER_TOKEN|Authorization|Bearer|@ghu|c
github_app_refresh_token|GitHub App refresh|github.com|GITHUB_APP_REFRESH_TOKEN|X-Refresh-Token||@ghr|c
grafana_service_account_token|Grafana|grafana.internal.example|GRAFANA_SA_TOKEN|Authorization|Bearer|@glsa|c
airtable_personal_access_token|Airtable|api.airtable.com|AIRTABLE_PAT|Authorization|Bearer|L:pat a14 L:. h64|g
anthropic_admin_api_key|Anthropic Admin|api.anthropic.com|ANTHROPIC_ADMIN_KEY|x-api-key||L:sk-ant-admin01- b93 L:AA|g
atlassian_cloud_api_token|Atlassian|your-domain.atlassian.net|JIRA_API_TOKEN|X-Atlassian-Token-Auth||L:ATATT3xFfGF0 b174 L:= H8|g
authress_service_client_key|Authress|api.authress.io|AUTHRESS_KEY|Authorization|Bearer|L:sc_ l10 L:. l5 L:.acc_ l22 L:. b64|g
azure_ad_client_secret_value|Entra ID app|login.microsoftonline.com|AZURE_CLIENT_SECRET|X-Client-Secret||L:Xq8 d1 L:Q~ b34|g
clickhouse_cloud_api_secret|ClickHouse Cloud|api.clickhouse.cloud|CLICKHOUSE_KEY_SECRET|X-ClickHouse-Key-Secret||L:4b1d a38|g
clojars_deploy_token|Clojars|clojars.org|CLOJARS_DEPLOY_TOKEN|X-Deploy-Token||L:CLOJARS_ l60|g
cohere_api_key|Cohere|api.cohere.com|CO_API_KEY|Authorization|Bearer|a40|g
confluent_cloud_api_secret|Confluent Cloud|api.confluent.cloud|CONFLUENT_CLOUD_API_SECRET|X-Confluent-Secret||l64|g
databricks_personal_access_token|Databricks|adb-4471.azuredatabricks.net|DATABRICKS_TOKEN|Authorization|Bearer|L:dapi h32 L:-2|g
defined_networking_api_key|Defined Networking|api.defined.net|DN_API_KEY|Authorization|Bearer|L:dnkey- l26 L:- l52|g
doppler_personal_token|Doppler|api.doppler.com|DOPPLER_TOKEN|Authorization|Bearer|L:dp.pt. a43|g
duffel_live_access_token|Duffel|api.duffel.com|DUFFEL_ACCESS_TOKEN|Authorization|Bearer|L:duffel_live_ b43|g
dynatrace_api_token|Dynatrace|abc12345.live.dynatrace.com|DT_API_TOKEN|Authorization|Api-Token|L:dt0c01. U24 L:. U64|g
etsy_open_api_key|Etsy|openapi.etsy.com|ETSY_KEYSTRING|x-api-key||l24|g
finicity_app_secret|Finicity|api.finicity.com|FINICITY_APP_SECRET|Finicity-App-Secret||a20|g
flutterwave_live_secret_key|Flutterwave|api.flutterwave.com|FLW_SECRET_KEY|Authorization|Bearer|L:FLWSECK- h32 L:-X|g
flyio_macaroon_token|Fly.io|api.machines.dev|FLY_API_TOKEN|Authorization|Bearer|L:fm2_ B180|g
frameio_developer_token|Frame.io|api.frame.io|FRAMEIO_TOKEN|Authorization|Bearer|L:fio-u- b64|g
freemius_secret_key|Freemius|api.freemius.com|FS_SECRET_KEY|X-Freemius-Secret||L:sk_ a29|g
gitlab_deploy_token|GitLab deploy|gitlab.example.com|CI_DEPLOY_PASSWORD|Deploy-Token||L:gldt- b20|g
gitlab_feed_token|GitLab feed|gitlab.example.com|GITLAB_FEED_TOKEN|X-Feed-Token||L:glft- b20|g
gitlab_agent_token|GitLab agent for Kubernetes|kas.gitlab.example.com|GITLAB_AGENT_TOKEN|Authorization|Bearer|L:glagent- b50|g
gitlab_scim_token|GitLab SCIM|gitlab.example.com|GITLAB_SCIM_TOKEN|Authorization|Bearer|L:glsoat- b20|g
gitlab_runner_auth_token|GitLab runner|gitlab.example.com|RUNNER_TOKEN|X-Runner-Token||L:glrt-t1_ b40 L:. l2 l7|g
heroku_api_key_v2|Heroku|api.heroku.com|HEROKU_API_KEY|Authorization|Bearer|L:HRKU-AA b58|g
hcp_terraform_team_token|HCP Terraform|app.terraform.io|TFE_TOKEN|Authorization|Bearer|l14 L:.atlasv1. b67|g
infracost_api_key|Infracost|pricing.api.infracost.io|INFRACOST_API_KEY|X-Api-Key||L:ico- a32|g
linear_personal_api_key|Linear|api.linear.app|LINEAR_API_KEY|Authorization||L:lin_api_ a40|g
mailgun_webhook_signing_key|Mailgun|api.mailgun.net|MAILGUN_SIGNING_KEY|X-Mailgun-Signing-Key||h32 L:- h8 L:- h8|g
mattermost_personal_access_token|Mattermost|chat.example.com|MM_ACCESS_TOKEN|Authorization|Bearer|l26|g
meraki_dashboard_api_key|Cisco Meraki|api.meraki.com|MERAKI_DASHBOARD_API_KEY|X-Cisco-Meraki-API-Key||h40|g
notion_internal_integration_token|Notion|api.notion.com|NOTION_TOKEN|Authorization|Bearer|L:ntn_ d11 a35|g
octopus_deploy_api_key_v2|Octopus Deploy|octopus.example.com|OCTOPUS_API_KEY|X-Octopus-ApiKey||L:API- U26|g
okta_ssws_api_token|Okta|dev-123456.okta.com|OKTA_API_TOKEN|Authorization|SSWS|L:00 b40|g
openshift_oauth_sha256_token|OpenShift|api.ocp.example.com|OCP_TOKEN|Authorization|Bearer|L:sha256~ b43|g
perplexity_api_key|Perplexity|api.perplexity.ai|PERPLEXITY_API_KEY|Authorization|Bearer|L:pplx- a48|g
planetscale_service_token|PlanetScale|api.planetscale.com|PLANETSCALE_SERVICE_TOKEN|Authorization||L:pscale_tkn_ b43|g
planetscale_db_password|PlanetScale DB|aws.connect.psdb.cloud|DATABASE_PASSWORD|X-Db-Password||L:pscale_pw_ b43|g
planetscale_oauth_token|PlanetScale OAuth|api.planetscale.com|PLANETSCALE_OAUTH_TOKEN|Authorization|Bearer|L:pscale_oauth_ b43|g
postman_api_key|Postman|api.getpostman.com|POSTMAN_API_KEY|X-Api-Key||L:PMAK- h24 L:- h34|g
prefect_cloud_api_key|Prefect Cloud|api.prefect.cloud|PREFECT_API_KEY|Authorization|Bearer|L:pnu_ a36|g
pulumi_access_token|Pulumi Cloud|api.pulumi.com|PULUMI_ACCESS_TOKEN|Authorization|token|L:pul- h40|g
readme_api_key|ReadMe|dash.readme.com|README_API_KEY|X-Readme-Key||L:rdme_ l70|g
rubygems_push_api_key|RubyGems|rubygems.org|GEM_HOST_API_KEY|Authorization||L:rubygems_ h48|g
scalingo_api_token|Scalingo|api.osc-fr1.scalingo.com|SCALINGO_API_TOKEN|X-Scalingo-Token||L:tk-us- b48|g
settlemint_personal_access_token|SettleMint|console.settlemint.com|SETTLEMINT_ACCESS_TOKEN|x-auth-token||L:sm_pat_ a16|g
shopify_admin_access_token|Shopify Admin|shop-1.myshopify.com|SHOPIFY_ADMIN_TOKEN|X-Shopify-Access-Token||L:shpat_ h32|g
shopify_custom_app_token|Shopify custom app|shop-1.myshopify.com|SHOPIFY_CUSTOM_TOKEN|X-Shopify-Access-Token||L:shpca_ h32|g
shopify_app_shared_secret|Shopify app|partners.shopify.com|SHOPIFY_API_SECRET|X-Shopify-Secret||L:shpss_ h32|g
square_production_access_token|Square|connect.squareup.com|SQUARE_ACCESS_TOKEN|Authorization|Bearer|L:EAAA b60|g
sumo_logic_access_key|Sumo Logic|api.sumologic.com|SUMO_ACCESS_KEY|X-Sumo-Access-Key||a64|g
twitch_helix_client_secret|Twitch Helix|id.twitch.tv|TWITCH_CLIENT_SECRET|X-Client-Secret||l30|g
artifactory_identity_api_key|Artifactory|acme.jfrog.io|ARTIFACTORY_API_KEY|X-JFrog-Art-Api||L:AKCp h69|k
databricks_oauth_secret|Databricks OAuth|accounts.cloud.databricks.com|DATABRICKS_CLIENT_SECRET|X-Client-Secret||L:dose h32|k
openrouter_api_key|OpenRouter|openrouter.ai|OPENROUTER_API_KEY|Authorization|Bearer|L:sk-or-v1- h64|k
xai_grok_api_key|xAI|api.x.ai|XAI_API_KEY|Authorization|Bearer|L:xai- a80|k
groq_cloud_api_key|Groq|api.groq.com|GROQ_API_KEY|Authorization|Bearer|L:gsk_ a52|k
mistral_platform_api_key|Mistral AI|api.mistral.ai|MISTRAL_API_KEY|Authorization|Bearer|a32|n
langsmith_personal_api_key|LangSmith|api.smith.langchain.com|LANGSMITH_API_KEY|x-api-key||L:lsv2_pt_ h32 L:_ h10|k
pinecone_serverless_api_key|Pinecone|api.pinecone.io|PINECONE_API_KEY|Api-Key||L:pcsk_ a5 L:_ a63|k
wandb_api_key|Weights & Biases|api.wandb.ai|WANDB_API_KEY|X-Wandb-Key||h40|n
replicate_api_token|Replicate|api.replicate.com|REPLICATE_API_TOKEN|Authorization|Bearer|L:r8_ a37|k
assemblyai_api_key|AssemblyAI|api.assemblyai.com|ASSEMBLYAI_API_KEY|Authorization||h32|n
elevenlabs_api_key|ElevenLabs|api.elevenlabs.io|ELEVENLABS_API_KEY|xi-api-key||L:sk_ h48|k
deepgram_api_key|Deepgram|api.deepgram.com|DEEPGRAM_API_KEY|Authorization|Token|h40|n
deepl_api_auth_key|DeepL|api.deepl.com|DEEPL_AUTH_KEY|Authorization|DeepL-Auth-Key|u|k
qdrant_cloud_api_key|Qdrant Cloud|xyz.eu-central.aws.cloud.qdrant.io|QDRANT_API_KEY|api-key||a54|n
zilliz_cloud_api_key|Zilliz Cloud|in03-abc.serverless.gcp-us-west1.cloud.zilliz.com|ZILLIZ_API_KEY|Authorization|Bearer|h104|n
neon_api_key|Neon|console.neon.tech|NEON_API_KEY|Authorization|Bearer|l64|n
upstash_redis_rest_token|Upstash Redis|eu1-proud-cat-31337.upstash.io|UPSTASH_REDIS_REST_TOKEN|Authorization|Bearer|L:AX b82 L:=|k
clerk_secret_key|Clerk|api.clerk.com|CLERK_SECRET_KEY|Authorization|Bearer|L:sk_live_ a42|k
resend_api_key|Resend|api.resend.com|RESEND_API_KEY|Authorization|Bearer|L:re_ a8 L:_ a24|k
postmark_server_token|Postmark|api.postmarkapp.com|POSTMARK_SERVER_TOKEN|X-Postmark-Server-Token||u|n
trigger_dev_secret_key|Trigger.dev|api.trigger.dev|TRIGGER_SECRET_KEY|Authorization|Bearer|L:tr_prod_ a20|k
inngest_signing_key|Inngest|api.inngest.com|INNGEST_SIGNING_KEY|X-Inngest-Signing-Key||L:signkey-prod- h64|k
svix_webhook_signing_secret|Svix|api.svix.com|SVIX_WEBHOOK_SECRET|X-Webhook-Secret||L:whsec_ B32|k
liveblocks_secret_key|Liveblocks|api.liveblocks.io|LIVEBLOCKS_SECRET_KEY|Authorization|Bearer|L:sk_prod_ b64|k
pusher_channels_app_secret|Pusher Channels|api-eu.pusher.com|PUSHER_SECRET|X-Pusher-Secret||h20|n
strapi_full_access_api_token|Strapi|cms.example.com|STRAPI_API_TOKEN|Authorization|Bearer|h256|n
directus_static_token|Directus|directus.example.com|DIRECTUS_TOKEN|Authorization|Bearer|b32|n
hasura_admin_secret|Hasura|graphql.example.com|HASURA_GRAPHQL_ADMIN_SECRET|x-hasura-admin-secret||a48|n
appwrite_api_key|Appwrite|cloud.appwrite.io|APPWRITE_API_KEY|X-Appwrite-Key||L:standard_ h256|k
railway_account_token|Railway|backboard.railway.app|RAILWAY_API_TOKEN|Authorization|Bearer|u|n
backblaze_b2_application_key|Backblaze B2|api.backblazeb2.com|B2_APPLICATION_KEY|X-B2-Key||L:K005 a27|k
linode_personal_access_token|Linode (Akamai)|api.linode.com|LINODE_TOKEN|Authorization|Bearer|h64|n
hetzner_cloud_api_token|Hetzner Cloud|api.hetzner.cloud|HCLOUD_TOKEN|Authorization|Bearer|a64|n
ovh_application_secret|OVHcloud|eu.api.ovh.com|OVH_APPLICATION_SECRET|X-Ovh-Application-Secret||a32|n
vultr_api_key|Vultr|api.vultr.com|VULTR_API_KEY|Authorization|Bearer|U36|n
azure_devops_personal_access_token|Azure DevOps|dev.azure.com|AZURE_DEVOPS_EXT_PAT|X-Azdo-Pat||a52 L:AZDO a28|k
gitea_access_token|Gitea|git.example.org|GITEA_TOKEN|Authorization|token|h40|n
forgejo_access_token|Forgejo (Codeberg)|codeberg.org|FORGEJO_TOKEN|Authorization|token|h40|n
sourcehut_personal_access_token|SourceHut|meta.sr.ht|SRHT_TOKEN|Authorization|Bearer|B120|n
nexus_repository_user_token|Sonatype Nexus|nexus.example.com|NEXUS_TOKEN_PASS|X-Nexus-Token||a44|n
gemfury_push_token|Gemfury|push.fury.io|FURY_PUSH_TOKEN|Authorization||a20|n
anaconda_org_api_token|Anaconda.org|api.anaconda.org|ANACONDA_API_TOKEN|Authorization|token|b38|n
nuget_org_api_key|NuGet.org|www.nuget.org|NUGET_API_KEY|X-NuGet-ApiKey||L:oy2 l43|k
buildkite_api_access_token|Buildkite|api.buildkite.com|BUILDKITE_API_TOKEN|Authorization|Bearer|L:bkua_ h40|k
buildkite_agent_token|Buildkite agent|agent.buildkite.com|BUILDKITE_AGENT_TOKEN|X-Agent-Token||h50|n
circleci_personal_api_token|CircleCI|circleci.com|CIRCLE_TOKEN|Circle-Token||L:CCIPAT_ a22 L:_ h40|k
travis_ci_api_token|Travis CI|api.travis-ci.com|TRAVIS_API_TOKEN|Authorization|token|b22|n
semaphore_api_token|Semaphore|example.semaphoreci.com|SEMAPHORE_API_TOKEN|Authorization|Token|a20|n
codacy_account_api_token|Codacy|app.codacy.com|CODACY_API_TOKEN|api-token||a20|n
snyk_api_token|Snyk|api.snyk.io|SNYK_TOKEN|Authorization|token|u|n
sonatype_lift_token|Sonatype|lift.sonatype.com|SONATYPE_TOKEN|X-Sonatype-Token||a40|n
saucelabs_access_key|Sauce Labs|api.us-west-1.saucelabs.com|SAUCE_ACCESS_KEY|X-Sauce-Key||u|n
browserstack_access_key|BrowserStack|api.browserstack.com|BROWSERSTACK_ACCESS_KEY|X-BS-Key||a20|n
tailscale_api_access_token|Tailscale|api.tailscale.com|TS_API_KEY|Authorization|Bearer|L:tskey-api- a17 L:- a33|k
tailscale_auth_key|Tailscale auth|login.tailscale.com|TS_AUTHKEY|X-Ts-Auth||L:tskey-auth- a17 L:- a33|k
ngrok_authtoken|ngrok agent|connect.ngrok-agent.com|NGROK_AUTHTOKEN|X-Ngrok-Authtoken||a27 L:_ a21|k
zerotier_network_member_secret|ZeroTier|my.zerotier.com|ZT_MEMBER_SECRET|X-ZT-Secret||h128|n
hubspot_private_app_token|HubSpot|api.hubapi.com|HUBSPOT_ACCESS_TOKEN|Authorization|Bearer|L:pat-eu1- u|k
pipedrive_api_token|Pipedrive|api.pipedrive.com|PIPEDRIVE_API_TOKEN|x-api-token||h40|n
salesforce_session_access_token|Salesforce|acme.my.salesforce.com|SF_ACCESS_TOKEN|Authorization|Bearer|L:00D5g00000 A5 L:! b96|k
zendesk_api_token|Zendesk|acme.zendesk.com|ZENDESK_API_TOKEN|X-Zendesk-Token||a40|n
freshdesk_api_key|Freshdesk|acme.freshdesk.com|FRESHDESK_API_KEY|X-Freshdesk-Key||a20|n
intercom_app_client_secret|Intercom app|api.intercom.io|INTERCOM_CLIENT_SECRET|X-Client-Secret||u|n
front_api_token|Front|api2.frontapp.com|FRONT_API_TOKEN|Authorization|Bearer|L:eyJhbGciOiJIUzI1NiJ9. b120 L:. b43|n
helpscout_app_secret|Help Scout|api.helpscout.net|HELPSCOUT_APP_SECRET|X-App-Secret||a32|n
asana_personal_access_token|Asana|app.asana.com|ASANA_PAT|Authorization|Bearer|L:2/ d16 L:/ d16 L:: h32|k
monday_api_token|monday.com|api.monday.com|MONDAY_API_TOKEN|Authorization||L:eyJhbGciOiJIUzI1NiJ9. b150 L:. b43|n
clickup_personal_api_token|ClickUp|api.clickup.com|CLICKUP_API_TOKEN|Authorization||L:pk_ d8 L:_ U32|k
todoist_api_token|Todoist|api.todoist.com|TODOIST_API_TOKEN|Authorization|Bearer|h40|n
toggl_track_api_token|Toggl Track|api.track.toggl.com|TOGGL_API_TOKEN|X-Toggl-Token||h32|n
wrike_permanent_access_token|Wrike|www.wrike.com|WRIKE_TOKEN|Authorization|bearer|L:eyJ0dCI6InAiLCJhbGciOiJIUzI1NiIsInR2IjoiMSJ9. b180 L:. b43|n
figma_personal_access_token|Figma|api.figma.com|FIGMA_TOKEN|X-Figma-Token||L:figd_ b40|k
miro_rest_access_token|Miro|api.miro.com|MIRO_ACCESS_TOKEN|Authorization|Bearer|L:eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_ b27|k
typeform_personal_access_token|Typeform|api.typeform.com|TYPEFORM_TOKEN|Authorization|Bearer|L:tfp_ a44 L:_ a14|k
contentful_management_token|Contentful|api.contentful.com|CONTENTFUL_MANAGEMENT_TOKEN|Authorization|Bearer|L:CFPAT- b43|k
contentstack_management_token|Contentstack|api.contentstack.io|CONTENTSTACK_MANAGEMENT_TOKEN|authorization||L:cs h32|k
hygraph_permanent_auth_token|Hygraph|api-eu-central-1.hygraph.com|HYGRAPH_TOKEN|Authorization|Bearer|L:eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9. b200 L:. b86|n
wistia_api_token|Wistia|api.wistia.com|WISTIA_API_TOKEN|Authorization|Bearer|h64|n
mux_token_secret|Mux|api.mux.com|MUX_TOKEN_SECRET|X-Mux-Secret||B75|n
cloudinary_api_secret_key|Cloudinary|api.cloudinary.com|CLOUDINARY_API_SECRET|X-Cld-Secret||b27|n
imagekit_private_key|ImageKit|api.imagekit.io|IMAGEKIT_PRIVATE_KEY|X-Imagekit-Key||L:private_ B28 L:=|k
unsplash_secret_key|Unsplash|api.unsplash.com|UNSPLASH_SECRET_KEY|X-Unsplash-Secret||b43|n
mapbox_secret_access_token|Mapbox|api.mapbox.com|MAPBOX_SECRET_TOKEN|X-Mapbox-Token||L:sk.eyJ1IjoiYWNtZS1nZW8iLCJhIjoi a27 L:J9. b22|k
openweathermap_api_key|OpenWeather|api.openweathermap.org|OWM_API_KEY|X-Owm-Key||h32|n
ipinfo_access_token|IPinfo|ipinfo.io|IPINFO_TOKEN|Authorization|Bearer|h14|n
securitytrails_api_key|SecurityTrails|api.securitytrails.com|SECURITYTRAILS_APIKEY|APIKEY||a32|n
greynoise_api_key|GreyNoise|api.greynoise.io|GREYNOISE_API_KEY|key||a64|n
hibp_api_key|Have I Been Pwned|haveibeenpwned.com|HIBP_API_KEY|hibp-api-key||h32|n
opsgenie_integration_api_key|Opsgenie|api.opsgenie.com|OPSGENIE_API_KEY|Authorization|GenieKey|u|n
pagerduty_rest_api_key|PagerDuty|api.pagerduty.com|PAGERDUTY_TOKEN|Authorization|Token token=|L:u+ b18|k
pagerduty_events_routing_key|PagerDuty Events|events.pagerduty.com|PD_ROUTING_KEY|X-Routing-Key||h32|n
statuspage_api_key|Statuspage|api.statuspage.io|STATUSPAGE_API_KEY|Authorization|OAuth|u|n
betterstack_uptime_token|Better Stack|uptime.betterstack.com|BETTERSTACK_API_TOKEN|Authorization|Bearer|a24|n
logzio_shipping_token|Logz.io|listener.logz.io|LOGZIO_TOKEN|X-Logzio-Token||a32|n
loggly_customer_token|Loggly|logs-01.loggly.com|LOGGLY_TOKEN|X-Loggly-Token||u|n
honeycomb_ingest_key|Honeycomb|api.honeycomb.io|HONEYCOMB_API_KEY|x-honeycomb-team||L:hcaik_ l58|k
axiom_api_token|Axiom|api.axiom.co|AXIOM_TOKEN|Authorization|Bearer|L:xaat- u|k
posthog_personal_api_key|PostHog|eu.posthog.com|POSTHOG_PERSONAL_API_KEY|Authorization|Bearer|L:phx_ a43|k
launchdarkly_api_access_token|LaunchDarkly API|app.launchdarkly.com|LD_API_KEY|Authorization||L:api- u|k
launchdarkly_server_sdk_key|LaunchDarkly SDK|sdk.launchdarkly.com|LD_SDK_KEY|X-LD-Sdk-Key||L:sdk- u|k
statsig_server_secret_key|Statsig|statsigapi.net|STATSIG_SERVER_SECRET|statsig-api-key||L:secret- a43|k
optimizely_personal_access_token|Optimizely|api.optimizely.com|OPTIMIZELY_TOKEN|Authorization|Bearer|L:2: b43|k
mailchimp_marketing_api_key|Mailchimp|us21.api.mailchimp.com|MAILCHIMP_API_KEY|X-MC-Key||h32 L:-us21|k
mailjet_api_secret_key|Mailjet|api.mailjet.com|MJ_APIKEY_PRIVATE|X-Mailjet-Secret||h32|n
brevo_api_key|Brevo|api.brevo.com|BREVO_API_KEY|api-key||L:xkeysib- h64 L:- a16|k
sparkpost_api_key|SparkPost|api.sparkpost.com|SPARKPOST_API_KEY|Authorization||h40|n
mailerlite_api_token|MailerLite|connect.mailerlite.com|MAILERLITE_API_TOKEN|Authorization|Bearer|L:eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9. b300 L:. b86|n
convertkit_api_secret|Kit (ConvertKit)|api.convertkit.com|CONVERTKIT_API_SECRET|X-Kit-Secret||b43|n
vonage_api_secret|Vonage|api.nexmo.com|VONAGE_API_SECRET|X-Vonage-Secret||a16|n
messagebird_live_access_key|MessageBird (Bird)|rest.messagebird.com|MESSAGEBIRD_ACCESS_KEY|Authorization|AccessKey|a25|n
plivo_auth_id_token_pair|Plivo|api.plivo.com|PLIVO_AUTH_TOKEN_V2|X-Plivo-Token||a40|n
sendbird_api_token|Sendbird|api-abc.sendbird.com|SENDBIRD_API_TOKEN|Api-Token||h40|n
ringcentral_client_secret|RingCentral|platform.ringcentral.com|RC_CLIENT_SECRET|X-Rc-Secret||b43|n
dwolla_client_secret|Dwolla|api.dwolla.com|DWOLLA_SECRET|X-Dwolla-Secret||a50|n
razorpay_key_secret|Razorpay|api.razorpay.com|RAZORPAY_KEY_SECRET|X-Razorpay-Secret||a24|n
paystack_live_secret_key|Paystack|api.paystack.co|PAYSTACK_SECRET_KEY|Authorization|Bearer|L:sk_live_ h40|k
mollie_live_api_key|Mollie|api.mollie.com|MOLLIE_API_KEY|Authorization|Bearer|L:live_ a30|k
adyen_api_key|Adyen|checkout-live.adyen.com|ADYEN_API_KEY|X-API-Key||L:AQE h3 a100 L:=|k
paypal_rest_client_secret|PayPal REST|api-m.paypal.com|PAYPAL_CLIENT_SECRET|X-PayPal-Secret||L:E b79|n
lemonsqueezy_api_key|Lemon Squeezy|api.lemonsqueezy.com|LEMONSQUEEZY_API_KEY|Authorization|Bearer|L:eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9. b400 L:. b86|n
gumroad_access_token|Gumroad|api.gumroad.com|GUMROAD_ACCESS_TOKEN|Authorization|Bearer|b43|n
avalara_license_key|Avalara AvaTax|rest.avatax.com|AVALARA_LICENSE_KEY|X-Avalara-License||H16|n
easyship_access_token|Easyship|public-api.easyship.com|EASYSHIP_TOKEN|Authorization|Bearer|L:prod_ B44 L:=|k
shipstation_api_secret|ShipStation|ssapi.shipstation.com|SHIPSTATION_API_SECRET|X-SS-Secret||h32|n
kraken_exchange_private_key|Kraken|api.kraken.com|KRAKEN_PRIVATE_KEY|API-Sign-Secret||B86 L:==|k
kucoin_api_secret|KuCoin|api.kucoin.com|KUCOIN_API_SECRET|KC-API-SECRET||u|g
binance_api_secret|Binance|api.binance.com|BINANCE_API_SECRET|X-MBX-SECRET||a64|n
bybit_api_secret|Bybit|api.bybit.com|BYBIT_API_SECRET|X-BAPI-SECRET||a36|n
etherscan_api_key|Etherscan|api.etherscan.io|ETHERSCAN_API_KEY|X-Etherscan-Key||U34|n
infura_api_key_secret|Infura|mainnet.infura.io|INFURA_API_KEY_SECRET|X-Infura-Secret||h32|n
moralis_api_key|Moralis|deep-index.moralis.io|MORALIS_API_KEY|X-API-Key||L:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9. b160 L:. b43|n
alchemy_notify_auth_token|Alchemy Notify|dashboard.alchemy.com|ALCHEMY_NOTIFY_TOKEN|X-Alchemy-Token||a32|n
ibm_cloud_api_key|IBM Cloud|iam.cloud.ibm.com|IBMCLOUD_API_KEY|X-IBM-Key||b44|n
alibaba_cloud_access_key_secret|Alibaba Cloud|ecs.aliyuncs.com|ALIBABA_CLOUD_ACCESS_KEY_SECRET|X-Acs-Secret||a30|g
tencent_cloud_secret_key|Tencent Cloud|cvm.tencentcloudapi.com|TENCENTCLOUD_SECRET_KEY|X-TC-SecretKey||a32|n
huawei_cloud_secret_access_key|Huawei Cloud|iam.myhuaweicloud.com|HUAWEICLOUD_SDK_SK|X-Sdk-SK||a40|n
volcengine_secret_access_key|Volcengine|open.volcengineapi.com|VOLC_SECRETKEY|X-Volc-Secret||B56 L:==|n
baidu_qianfan_api_key|Baidu Qianfan|qianfan.baidubce.com|QIANFAN_API_KEY|Authorization|Bearer|L:bce-v3/ALTAK- a21 L:/ h40|k
oracle_oci_api_signing_passphrase|OCI config|identity.eu-frankfurt-1.oraclecloud.com|OCI_CLI_PASSPHRASE|X-Oci-Passphrase||a24|n
cloudflare_r2_secret_access_key|Cloudflare R2|acct.r2.cloudflarestorage.com|R2_SECRET_ACCESS_KEY|X-R2-Secret||h64|n
cloudflare_origin_ca_key|Cloudflare Origin CA|api.cloudflare.com|CF_ORIGIN_CA_KEY|X-Auth-User-Service-Key||L:v1.0- h24 L:- h146|k
wasabi_secret_key|Wasabi|s3.eu-central-1.wasabisys.com|WASABI_SECRET_KEY|X-Wasabi-Secret||U40|n
storj_access_grant|Storj|gateway.storjshare.io|STORJ_ACCESS_GRANT|X-Storj-Grant||L:1 a250|k
fastly_api_token|Fastly|api.fastly.com|FASTLY_API_TOKEN|Fastly-Key||b32|n
akamai_edgegrid_client_secret|Akamai EdgeGrid|akab-abc.luna.akamaiapis.net|AKAMAI_CLIENT_SECRET|X-Akamai-Secret||B43 L:=|n
imperva_api_key|Imperva|my.imperva.com|IMPERVA_API_KEY|x-API-Key||u|n
sentry_org_auth_token|Sentry org|sentry.io|SENTRY_ORG_TOKEN|Authorization|Bearer|L:sntrys_eyJpYXQiOjE3MzQwMDAwMDAuMCwidXJsIjoiaHR0cHM6Ly9zZW50cnkuaW8iLCJyZWdpb25fdXJsIjoiaHR0cHM6Ly91cy5zZW50cnkuaW8iLCJvcmciOiJhY21lIn0_ B43|g
rollbar_project_access_token|Rollbar|api.rollbar.com|ROLLBAR_ACCESS_TOKEN|X-Rollbar-Access-Token||h32|n
bugsnag_integration_api_key|BugSnag notify|notify.bugsnag.com|BUGSNAG_NOTIFY_KEY|Bugsnag-Api-Key||h32|n
datadog_application_key|Datadog app|api.datadoghq.eu|DD_APP_KEY|DD-APPLICATION-KEY||h40|n
new_relic_user_api_key|New Relic user|api.newrelic.com|NEW_RELIC_API_KEY|Api-Key||L:NRAK- U27|k
new_relic_license_key|New Relic license|collector.newrelic.com|NEW_RELIC_LICENSE_KEY|X-License-Key||h36 L:NRAL|k
elastic_apm_secret_token|Elastic APM|apm.example.com|ELASTIC_APM_SECRET_TOKEN|Authorization|Bearer|a32|n
grafana_cloud_access_policy_token|Grafana Cloud|grafana.net|GRAFANA_CLOUD_TOKEN|Authorization|Bearer|L:glc_eyJvIjoiMTAyMzQ1NiIsIm4iOiJzdGFjay1tZXRyaWNzIiwiayI6Ij a40 L:IsIm0iOnsiciI6InByb2QtZXUtd2VzdC0wIn19|k
uptime_kuma_api_key|Uptime Kuma|status.example.com|KUMA_API_KEY|Authorization|Bearer|L:uk1_ a43|k
healthchecks_api_key|Healthchecks.io API|healthchecks.io|HC_API_KEY|X-Api-Key||b32|n
smartthings_personal_access_token|SmartThings|api.smartthings.com|SMARTTHINGS_TOKEN|Authorization|Bearer|u|n
tuya_iot_access_secret|Tuya IoT|openapi.tuyaeu.com|TUYA_ACCESS_SECRET|X-Tuya-Secret||h32|n
strava_client_secret|Strava|www.strava.com|STRAVA_CLIENT_SECRET|X-Client-Secret||h40|n
tmdb_api_read_access_token|TMDB|api.themoviedb.org|TMDB_READ_TOKEN|Authorization|Bearer|L:eyJhbGciOiJIUzI1NiJ9. b140 L:. b43|n
riot_games_api_key|Riot Games|euw1.api.riotgames.com|RIOT_API_KEY|X-Riot-Token||L:RGAPI- u|k
discord_webhook_url_token|Discord webhook|discord.com|DISCORD_WEBHOOK_TOKEN|X-Webhook-Token||b68|n
reddit_script_app_secret|Reddit API|www.reddit.com|REDDIT_CLIENT_SECRET|X-Reddit-Secret||b30|n
youtube_oauth_client_secret_legacy|YouTube Data (legacy client)|oauth2.googleapis.com|YT_CLIENT_SECRET|X-Client-Secret||b24|n
yelp_fusion_api_key|Yelp Fusion|api.yelp.com|YELP_API_KEY|Authorization|Bearer|b128|n
plaid_secret_key|Plaid secret|production.plaid.com|PLAID_SECRET|PLAID-SECRET||h30|g
nylas_api_key|Nylas|api.us.nylas.com|NYLAS_API_KEY|Authorization|Bearer|L:nyk_v0_ a48|k
calcom_api_key|Cal.com|api.cal.com|CALCOM_API_KEY|Authorization|Bearer|L:cal_live_ h32|k
docuseal_api_key|DocuSeal|api.docuseal.com|DOCUSEAL_API_KEY|X-Auth-Token||a40|n
smallpdf_api_secret|iLovePDF|api.ilovepdf.com|ILOVEPDF_SECRET_KEY|X-Ilovepdf-Secret||L:secret_key_ h32 L:_ a7|k
""".strip()
