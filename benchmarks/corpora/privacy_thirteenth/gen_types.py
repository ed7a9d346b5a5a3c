"""Vendor / structured credential types for p13.  One line each: type | VAR_NAME | label | shape spec.
Spec mini-language (gen_common.spec): {hN} hex, {HN} upper hex, {aN} base62, {lN} lower alnum,
{uN} upper alnum, {dN} digits, {bN} base64 chars, {wN} base64url chars, {LN} lower letters,
{zN}/{ZN} base32, {U} uuid4.  Specials: GH:<prefix> (GitHub CRC32 token), JWT:<issuer>,
B64JSON:<kind>.  'name-only' types have no distinctive prefix (see README)."""
import base64
import json

from gen_common import github_token, jwt_like, spec, rbytes, uuid4, rs, B62

RAW = r"""
github_user_to_server_token|GH_APP_USER_TOKEN|GitHub App user|GH:ghu_
github_refresh_token|GITHUB_REFRESH_TOKEN|GitHub refresh|GH:ghr_
gitlab_runner_auth_token|CI_RUNNER_TOKEN|GitLab runner|glrt-{w20}
gitlab_deploy_token|GITLAB_DEPLOY_TOKEN|GitLab deploy|gldt-{w20}
gitlab_pipeline_trigger_token|GITLAB_TRIGGER_TOKEN|GitLab trigger|glptt-{h40}
gitlab_runner_registration_token|RUNNER_REGISTRATION_TOKEN|GitLab runner registration|GR1348941{w20}
gitlab_scim_token|GITLAB_SCIM_TOKEN|GitLab SCIM|glsoat-{w20}
pypi_upload_token|TWINE_PASSWORD|PyPI|pypi-AgEIcHlwaS5vcmc{w120}
rubygems_api_key|GEM_HOST_API_KEY|RubyGems|rubygems_{h48}
clojars_deploy_token|CLOJARS_PASSWORD|Clojars|CLOJARS_{l60}
nuget_api_key|NUGET_API_KEY|NuGet|oy2{z43}
cargo_registry_token|CARGO_REGISTRY_TOKEN|crates.io|cio{a32}
docker_hub_pat|DOCKERHUB_TOKEN|Docker Hub|dckr_pat_{w27}
docker_hub_org_access_token|DOCKER_OAT|Docker Hub org|dckr_oat_{w32}
databricks_pat|DATABRICKS_TOKEN|Databricks|dapi{h32}
dynatrace_api_token|DT_API_TOKEN|Dynatrace|dt0c01.{u24}.{u64}
shopify_admin_access_token|SHOPIFY_ACCESS_TOKEN|Shopify|shpat_{h32}
shopify_custom_app_token|SHOPIFY_CUSTOM_APP_TOKEN|Shopify custom app|shpca_{h32}
shopify_private_app_password|SHOPIFY_PRIVATE_APP_PASSWORD|Shopify private app|shppa_{h32}
shopify_shared_secret|SHOPIFY_SHARED_SECRET|Shopify app|shpss_{h32}
atlassian_api_token|JIRA_API_TOKEN|Atlassian|ATATT3x{w180}={H8}
linear_api_key|LINEAR_API_KEY|Linear|lin_api_{a40}
postman_api_key|POSTMAN_API_KEY|Postman|PMAK-{h24}-{h34}
pulumi_access_token|PULUMI_ACCESS_TOKEN|Pulumi|pul-{h40}
terraform_cloud_token|TFE_TOKEN|Terraform Cloud|{l14}.atlasv1.{w67}
vault_service_token|VAULT_TOKEN|Vault|hvs.{w95}
vault_batch_token|VAULT_BATCH_TOKEN|Vault batch|hvb.{w140}
grafana_service_account_token|GRAFANA_SA_TOKEN|Grafana|glsa_{a32}_{h8}
grafana_legacy_api_key|GRAFANA_API_KEY|Grafana legacy|B64JSON:grafana
doppler_service_token|DOPPLER_TOKEN|Doppler service|dp.st.prd.{a43}
doppler_cli_token|DOPPLER_CLI_TOKEN|Doppler CLI|dp.ct.{a43}
doppler_scim_token|DOPPLER_SCIM_TOKEN|Doppler SCIM|dp.scim.{a43}
doppler_service_account_token|DOPPLER_SA_TOKEN|Doppler service account|dp.sa.{a43}
openai_service_account_key|OPENAI_API_KEY|OpenAI service account|sk-svcacct-{w74}T3BlbkFJ{w74}
openai_admin_key|OPENAI_ADMIN_KEY|OpenAI admin|sk-admin-{w58}T3BlbkFJ{w58}
anthropic_admin_key|ANTHROPIC_ADMIN_KEY|Anthropic admin|sk-ant-admin01-{w86}-{w6}AA
groq_api_key|GROQ_API_KEY|Groq|gsk_{a52}
xai_api_key|XAI_API_KEY|xAI|xai-{a80}
perplexity_api_key|PERPLEXITY_API_KEY|Perplexity|pplx-{a48}
replicate_api_token|REPLICATE_API_TOKEN|Replicate|r8_{a37}
openrouter_api_key|OPENROUTER_API_KEY|OpenRouter|sk-or-v1-{h64}
deepseek_api_key|DEEPSEEK_API_KEY|DeepSeek|sk-{h32}
fireworks_api_key|FIREWORKS_API_KEY|Fireworks|fw_{a24}
cerebras_api_key|CEREBRAS_API_KEY|Cerebras|csk-{l48}
langsmith_api_key|LANGSMITH_API_KEY|LangSmith|lsv2_pt_{h32}_{h10}
langfuse_secret_key|LANGFUSE_SECRET_KEY|Langfuse|sk-lf-{U}
pinecone_api_key|PINECONE_API_KEY|Pinecone|pcsk_{a5}_{a63}
elevenlabs_api_key|ELEVENLABS_API_KEY|ElevenLabs|sk_{h48}
mistral_api_key|MISTRAL_API_KEY|Mistral|{a32}
cohere_api_key|CO_API_KEY|Cohere|{a40}
assemblyai_api_key|ASSEMBLYAI_API_KEY|AssemblyAI|{h32}
gemini_api_key|GEMINI_API_KEY|Gemini|AIza{w35}
notion_integration_token|NOTION_TOKEN|Notion|ntn_{d11}{a35}
airtable_pat|AIRTABLE_PAT|Airtable|pat{a14}.{h64}
asana_pat|ASANA_ACCESS_TOKEN|Asana|2/{d16}/{d16}:{h32}
clickup_api_token|CLICKUP_API_TOKEN|ClickUp|pk_{d8}_{u32}
figma_pat|FIGMA_TOKEN|Figma|figd_{w40}
dropbox_short_lived_token|DROPBOX_ACCESS_TOKEN|Dropbox|sl.{w135}
hubspot_private_app_token|HUBSPOT_ACCESS_TOKEN|HubSpot|pat-na1-{U}
mailchimp_api_key|MAILCHIMP_API_KEY|Mailchimp|{h32}-us21
mailgun_api_key|MAILGUN_API_KEY|Mailgun|key-{h32}
mailgun_webhook_signing_key|MAILGUN_WEBHOOK_SIGNING_KEY|Mailgun webhook|{h32}
postmark_server_token|POSTMARK_SERVER_TOKEN|Postmark|{U}
brevo_api_key|BREVO_API_KEY|Brevo|xkeysib-{h64}-{a16}
brevo_smtp_key|BREVO_SMTP_KEY|Brevo SMTP|xsmtpsib-{h64}-{a16}
twilio_auth_token|TWILIO_AUTH_TOKEN|Twilio|{h32}
square_access_token|SQUARE_ACCESS_TOKEN|Square|EAAA{w60}
square_oauth_secret|SQUARE_OAUTH_SECRET|Square OAuth|sq0csp-{w43}
stripe_restricted_key|STRIPE_RESTRICTED_KEY|Stripe restricted|rk_live_{a99}
stripe_webhook_signing_secret|STRIPE_WEBHOOK_SECRET|Stripe webhook|whsec_{a32}
paystack_secret_key|PAYSTACK_SECRET_KEY|Paystack|sk_live_{h40}
flutterwave_secret_key|FLW_SECRET_KEY|Flutterwave|FLWSECK-{h32}-X
mollie_api_key|MOLLIE_API_KEY|Mollie|live_{a30}
razorpay_key_secret|RAZORPAY_KEY_SECRET|Razorpay|{a24}
adyen_api_key|ADYEN_API_KEY|Adyen|AQE{a8}+{b64}==.{b40}
lemon_squeezy_api_key|LEMONSQUEEZY_API_KEY|Lemon Squeezy|JWT:lemonsqueezy
new_relic_user_api_key|NEW_RELIC_API_KEY|New Relic user|NRAK-{u27}
new_relic_license_key|NEW_RELIC_LICENSE_KEY|New Relic license|{h36}NRAL
datadog_api_key|DD_API_KEY|Datadog API|{h32}
datadog_application_key|DD_APP_KEY|Datadog application|{h40}
honeycomb_api_key|HONEYCOMB_API_KEY|Honeycomb|hcaik_{l58}
sentry_org_auth_token|SENTRY_AUTH_TOKEN|Sentry org|B64JSON:sentry
sentry_user_auth_token|SENTRY_USER_TOKEN|Sentry user|sntryu_{h64}
axiom_api_token|AXIOM_TOKEN|Axiom|xaat-{U}
axiom_personal_token|AXIOM_PERSONAL_TOKEN|Axiom personal|xapt-{U}
pagerduty_rest_api_key|PAGERDUTY_TOKEN|PagerDuty|u+{w18}
honeybadger_api_key|HONEYBADGER_API_KEY|Honeybadger|hbp_{a36}
cloudflare_api_token|CLOUDFLARE_API_TOKEN|Cloudflare|{w40}
cloudflare_global_api_key|CLOUDFLARE_API_KEY|Cloudflare global|{h37}
cloudflare_origin_ca_key|CF_ORIGIN_CA_KEY|Cloudflare Origin CA|v1.0-{h24}-{h146}
netlify_pat|NETLIFY_AUTH_TOKEN|Netlify|nfp_{a36}
vercel_access_token|VERCEL_TOKEN|Vercel|{a24}
flyio_macaroon_token|FLY_API_TOKEN|Fly.io|fm2_{b180}==
digitalocean_pat|DIGITALOCEAN_TOKEN|DigitalOcean|dop_v1_{h64}
digitalocean_oauth_token|DO_OAUTH_TOKEN|DigitalOcean OAuth|doo_v1_{h64}
linode_api_token|LINODE_TOKEN|Linode|{h64}
vultr_api_key|VULTR_API_KEY|Vultr|{u36}
hetzner_cloud_token|HCLOUD_TOKEN|Hetzner Cloud|{a64}
alibaba_access_key_secret|ALIBABA_CLOUD_ACCESS_KEY_SECRET|Alibaba Cloud|{a30}
azure_storage_account_key|AZURE_STORAGE_KEY|Azure Storage|{b86}==
azure_ad_client_secret|AZURE_CLIENT_SECRET|Entra ID app|{a3}8Q~{w34}
azure_devops_pat|AZURE_DEVOPS_EXT_PAT|Azure DevOps|{L52}
azure_cosmosdb_key|COSMOS_KEY|Cosmos DB|{b86}==
tailscale_auth_key|TS_AUTHKEY|Tailscale|tskey-auth-{a17}-{a33}
tailscale_api_key|TAILSCALE_API_KEY|Tailscale API|tskey-api-{a17}-{a33}
tailscale_oauth_client_secret|TS_OAUTH_SECRET|Tailscale OAuth|tskey-client-{a17}-{a33}
ngrok_authtoken|NGROK_AUTHTOKEN|ngrok|2{a26}_{a21}
snyk_api_token|SNYK_TOKEN|Snyk|{U}
sonarcloud_user_token|SONAR_TOKEN|SonarCloud|squ_{h40}
sonarqube_project_token|SONAR_PROJECT_TOKEN|SonarQube project|sqp_{h40}
codecov_upload_token|CODECOV_TOKEN|Codecov|{U}
circleci_personal_token|CIRCLE_TOKEN|CircleCI|CCIPAT_{a22}_{h40}
buildkite_agent_token|BUILDKITE_AGENT_TOKEN|Buildkite agent|{h50}
buildkite_api_token|BUILDKITE_API_TOKEN|Buildkite API|bkua_{h40}
jenkins_api_token|JENKINS_API_TOKEN|Jenkins|11{h32}
launchdarkly_sdk_key|LD_SDK_KEY|LaunchDarkly SDK|sdk-{U}
launchdarkly_api_token|LD_API_TOKEN|LaunchDarkly API|api-{U}
configcat_sdk_key|CONFIGCAT_SDK_KEY|ConfigCat|configcat-sdk-1/{w22}/{w22}
statsig_server_secret|STATSIG_SERVER_SECRET|Statsig|secret-{a43}
posthog_personal_api_key|POSTHOG_PERSONAL_API_KEY|PostHog personal|phx_{a47}
mixpanel_service_account_secret|MIXPANEL_SA_SECRET|Mixpanel|{a32}
segment_write_key|SEGMENT_WRITE_KEY|Segment|{a32}
algolia_admin_api_key|ALGOLIA_ADMIN_KEY|Algolia admin|{h32}
mapbox_secret_token|MAPBOX_SECRET_TOKEN|Mapbox secret|sk.eyJ1Ijoi{b60}.{w22}
contentful_management_token|CONTENTFUL_MANAGEMENT_TOKEN|Contentful|CFPAT-{w43}
supabase_pat|SUPABASE_ACCESS_TOKEN|Supabase PAT|sbp_{h40}
supabase_secret_key|SUPABASE_SECRET_KEY|Supabase secret|sb_secret_{w31}
neon_api_key|NEON_API_KEY|Neon|napi_{l64}
planetscale_service_token|PLANETSCALE_SERVICE_TOKEN|PlanetScale|pscale_tkn_{w43}
planetscale_password|PLANETSCALE_PASSWORD|PlanetScale password|pscale_pw_{w43}
planetscale_oauth_token|PLANETSCALE_OAUTH_TOKEN|PlanetScale OAuth|pscale_oauth_{w43}
clerk_secret_key|CLERK_SECRET_KEY|Clerk|sk_live_{a50}
auth0_client_secret|AUTH0_CLIENT_SECRET|Auth0|{w64}
auth0_management_api_token|AUTH0_MGMT_TOKEN|Auth0 Management|JWT:auth0
okta_api_token|OKTA_API_TOKEN|Okta|00{w40}
workos_api_key|WORKOS_API_KEY|WorkOS|sk_{a48}
infisical_service_token|INFISICAL_TOKEN|Infisical|st.{U}.{h32}.{h32}
prefect_api_key|PREFECT_API_KEY|Prefect|pnu_{a36}
dagster_cloud_token|DAGSTER_CLOUD_API_TOKEN|Dagster+|user:{h32}
infracost_api_key|INFRACOST_API_KEY|Infracost|ico-{a32}
scalingo_api_token|SCALINGO_API_TOKEN|Scalingo|tk-us-{w48}
frameio_v4_token|FRAMEIO_TOKEN|Frame.io|fio-u-{w64}
duffel_access_token|DUFFEL_ACCESS_TOKEN|Duffel|duffel_live_{w43}
typeform_pat|TYPEFORM_TOKEN|Typeform|tfp_{w59}
readme_com_api_key|README_API_KEY|ReadMe|rdme_{l70}
settlemint_pat|SETTLEMINT_ACCESS_TOKEN|SettleMint|sm_pat_{a16}
defined_networking_api_key|DN_API_KEY|Defined Networking|dnkey-{u26}-{u52}
intra42_client_secret|FT_CLIENT_SECRET|42 Intra|s-s4t2ud-{h64}
beamer_api_key|BEAMER_API_KEY|Beamer|b_{w44}
authress_access_key|AUTHRESS_KEY|Authress|sc_{l12}.{l5}.acc_{l20}.{w64}
sidekiq_enterprise_credentials|BUNDLE_ENTERPRISE__CONTRIBSYS__COM|Sidekiq Enterprise|{h8}:{h8}
easypost_test_api_key|EASYPOST_TEST_API_KEY|EasyPost test|EZTK{a54}
lob_live_api_key|LOB_API_KEY|Lob|live_{h35}
plaid_access_token|PLAID_ACCESS_TOKEN|Plaid item|access-production-{U}
meraki_api_key|MERAKI_DASHBOARD_API_KEY|Meraki|{h40}
confluent_cloud_api_secret|CONFLUENT_CLOUD_API_SECRET|Confluent Cloud|{a64}
freshbooks_access_token|FRESHBOOKS_TOKEN|FreshBooks|{h64}
nytimes_api_key|NYT_API_KEY|New York Times|{a32}
etsy_keystring|ETSY_API_KEY|Etsy|{l24}
looker_client_secret|LOOKERSDK_CLIENT_SECRET|Looker|{a24}
finicity_app_key|FINICITY_APP_KEY|Finicity|{h32}
bitfinex_api_secret|BFX_API_SECRET|Bitfinex|{a43}
gemini_exchange_api_secret|GEMINI_API_SECRET|Gemini exchange|{a28}
alpaca_secret_key|APCA_API_SECRET_KEY|Alpaca|{a40}
iex_cloud_secret_token|IEX_SECRET_TOKEN|IEX Cloud|sk_{h32}
tiingo_api_token|TIINGO_API_KEY|Tiingo|{h40}
thirdweb_secret_key|THIRDWEB_SECRET_KEY|thirdweb|{w86}
blockcypher_token|BLOCKCYPHER_TOKEN|BlockCypher|{h32}
ankr_rpc_api_key|ANKR_API_KEY|Ankr|{h64}
tron_private_key|TRON_PRIVATE_KEY|TRON|{h64}
africastalking_api_key|AT_API_KEY|Africa's Talking|atsk_{h64}
msg91_auth_key|MSG91_AUTH_KEY|MSG91|{d6}A{a17}
clicksend_api_key|CLICKSEND_API_KEY|ClickSend|{H8}-{H4}-{H4}-{H4}-{H12}
bandwidth_api_secret|BANDWIDTH_API_SECRET|Bandwidth|{a48}
zeptomail_send_token|ZEPTOMAIL_TOKEN|ZeptoMail|wSsVR6{b120}==
zendesk_api_token|ZENDESK_API_TOKEN|Zendesk|{a40}
gorgias_api_key|GORGIAS_API_KEY|Gorgias|{h64}
wrike_permanent_token|WRIKE_TOKEN|Wrike|eyJ0dCI6InAiLCJhbGciOiJIUzI1NiIsInR2IjoiMSJ9.{w120}.{w43}
harvest_pat|HARVEST_ACCESS_TOKEN|Harvest|{d7}.pt.{w86}
toggl_api_token|TOGGL_API_TOKEN|Toggl|{h32}
pipedream_api_key|PIPEDREAM_API_KEY|Pipedream|{h32}
securitytrails_api_key|SECURITYTRAILS_API_KEY|SecurityTrails|{a32}
greynoise_api_key|GREYNOISE_API_KEY|GreyNoise|{a64}
hunter_io_api_key|HUNTER_API_KEY|Hunter|{h40}
rapid7_insight_api_key|R7_API_KEY|Rapid7 Insight|{U}
bitwarden_api_client_secret|BW_CLIENTSECRET|Bitwarden API|{a30}
locationiq_token|LOCATIONIQ_TOKEN|LocationIQ|pk.{h32}
opencage_api_key|OPENCAGE_API_KEY|OpenCage|{h32}
weatherapi_com_key|WEATHERAPI_KEY|WeatherAPI.com|{h31}
tmdb_read_access_token|TMDB_READ_TOKEN|TMDB|JWT:tmdb
lastfm_shared_secret|LASTFM_SECRET|Last.fm|{h32}
trakt_client_secret|TRAKT_CLIENT_SECRET|Trakt|{h64}
battle_net_client_secret|BLIZZARD_CLIENT_SECRET|Battle.net|{a32}
discord_bot_token|DISCORD_BOT_TOKEN|Discord bot|B64JSON:discord
discord_webhook_url|DISCORD_WEBHOOK_URL|Discord webhook|https://discord.com/api/webhooks/{d19}/{w68}
slack_incoming_webhook_url|SLACK_WEBHOOK_URL|Slack webhook|https://hooks.slack.com/services/T{u10}/B{u10}/{a24}
slack_user_token|SLACK_USER_TOKEN|Slack user|xoxp-{d12}-{d12}-{d13}-{h32}
slack_app_level_token|SLACK_APP_TOKEN|Slack app-level|xapp-1-A{u10}-{d13}-{h64}
whatsapp_cloud_api_token|WHATSAPP_TOKEN|WhatsApp Cloud API|EAAG{a180}
instagram_graph_token|IG_ACCESS_TOKEN|Instagram Graph|IGQWR{w170}
pinterest_access_token|PINTEREST_ACCESS_TOKEN|Pinterest|pina_{u32}{a56}
tumblr_consumer_secret|TUMBLR_CONSUMER_SECRET|Tumblr|{a50}
soundcloud_client_secret|SOUNDCLOUD_CLIENT_SECRET|SoundCloud|{a32}
genius_access_token|GENIUS_ACCESS_TOKEN|Genius|{w64}
twitch_extension_secret|TWITCH_EXTENSION_SECRET|Twitch extension|{b43}=
chrome_web_store_refresh_token|CWS_REFRESH_TOKEN|Chrome Web Store|1//0{w98}
appcenter_api_token|APPCENTER_API_TOKEN|App Center|{h40}
fastlane_match_password|MATCH_PASSWORD|fastlane match|{a24}
expo_robot_token|EXPO_ROBOT_TOKEN|Expo robot|{w40}
unity_cloud_build_api_key|UNITY_CLOUD_BUILD_KEY|Unity|{h32}
epic_eos_client_secret|EOS_CLIENT_SECRET|Epic Online Services|{w43}
steam_partner_publisher_key|STEAM_PUBLISHER_KEY|Steamworks publisher|{H32}
itch_butler_api_key|BUTLER_API_KEY|itch.io butler|{a40}
ecowitt_application_key|ECOWITT_APPLICATION_KEY|Ecowitt|{H32}
victron_vrm_access_token|VRM_TOKEN|Victron VRM|{h64}
solaredge_api_key|SOLAREDGE_API_KEY|SolarEdge|{u32}
tibber_access_token|TIBBER_TOKEN|Tibber|{w43}
netatmo_client_secret|NETATMO_CLIENT_SECRET|Netatmo|{a30}
prusalink_api_key|PRUSALINK_API_KEY|PrusaLink|{a16}
bambu_lab_access_code|BAMBU_ACCESS_CODE|Bambu Lab|{d8}
home_assistant_long_lived_token|HASS_TOKEN|Home Assistant|JWT:hass
esphome_api_encryption_key|ESPHOME_API_KEY|ESPHome|{b43}=
zigbee2mqtt_network_key|Z2M_NETWORK_KEY|Zigbee2MQTT|NETKEY
ncbi_eutils_api_key|NCBI_API_KEY|NCBI E-utilities|{h36}
materials_project_api_key|MP_API_KEY|Materials Project|{a32}
copernicus_cds_api_key|CDSAPI_KEY|Copernicus CDS|{U}
zenodo_access_token|ZENODO_TOKEN|Zenodo|{a60}
figshare_personal_token|FIGSHARE_TOKEN|figshare|{h128}
osf_personal_access_token|OSF_TOKEN|OSF|{a70}
dataverse_api_token|DATAVERSE_API_TOKEN|Dataverse|{U}
orcid_client_secret|ORCID_CLIENT_SECRET|ORCID|{U}
nextflow_tower_access_token|TOWER_ACCESS_TOKEN|Seqera Platform|B64JSON:tower
kaggle_api_key|KAGGLE_KEY|Kaggle|{h32}
label_studio_api_token|LABEL_STUDIO_API_KEY|Label Studio|{h40}
mlflow_tracking_password|MLFLOW_TRACKING_PASSWORD|MLflow|{a20}
dvc_studio_token|DVC_STUDIO_TOKEN|DVC Studio|isat_{a48}
"""


def _special(rng, s):
    kind, _, arg = s.partition(":")
    if kind == "GH":
        return github_token(rng, arg)
    if kind == "JWT":
        iss = {"auth0": "https://tenant-%s.eu.auth0.com/" % rs(rng, "abcdefghijklmnop", 6),
               "tmdb": None, "lemonsqueezy": "https://api.lemonsqueezy.com", "hass": rs(rng, "0123456789abcdef", 32)}[arg]
        payload = {"aud": "1", "jti": rs(rng, "0123456789abcdef", 40), "iat": 1700000000 + rng.randrange(10**7)}
        if iss:
            payload["iss"] = iss
        if arg == "tmdb":
            payload = {"aud": rs(rng, "0123456789abcdef", 32), "nbf": 1690000000 + rng.randrange(10**7),
                       "sub": rs(rng, "0123456789abcdef", 24), "scopes": ["api_read"], "version": 1}
        return jwt_like(rng, {"alg": "HS256" if arg != "lemonsqueezy" else "RS256", "typ": "JWT"}, payload,
                        32 if arg != "lemonsqueezy" else 256)
    if kind == "B64JSON":
        if arg == "grafana":
            j = {"k": rs(rng, B62, 32), "n": "ci-%d" % rng.randrange(99), "id": rng.randrange(1, 20)}
            return base64.b64encode(json.dumps(j, separators=(",", ":")).encode()).decode()
        if arg == "sentry":
            j = {"iat": 1710000000 + rng.randrange(10**7), "url": "https://sentry.io",
                 "region_url": "https://de.sentry.io", "org": "org-%s" % rs(rng, "abcdefghij", 5)}
            b = base64.b64encode(json.dumps(j, separators=(",", ":")).encode()).decode().rstrip("=")
            return "sntrys_" + b + "_" + rs(rng, B62 + "+/", 43)
        if arg == "discord":
            uid = str(rng.randrange(10**17, 10**18 * 12 // 10))
            return b64u_str(uid) + "." + rs(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 6) \
                + "." + rs(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 38)
        if arg == "tower":
            return base64.b64encode(('{"tid": %d}' % rng.randrange(1000, 99999)).encode()).decode().rstrip("=") + "." + rs(rng, "0123456789abcdef", 40)
    if kind == "NETKEY":
        return "[" + ", ".join(str(b) for b in rbytes(rng, 16)) + "]"
    raise ValueError(s)


def b64u_str(s):
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def types():
    out = []
    for line in RAW.strip().splitlines():
        t, var, label, shape = line.split("|")
        out.append({"type": t, "var": var, "label": label, "shape": shape})
    return out


def make_value(rng, shape):
    if ":" in shape.split("{")[0] and shape.split(":")[0] in ("GH", "JWT", "B64JSON") or shape == "NETKEY":
        return _special(rng, shape if shape != "NETKEY" else "NETKEY:")
    return spec(rng, shape)


NAME_ONLY = [t["type"] for t in types() if t["shape"].startswith("{") or t["shape"].startswith("JWT")
             or t["shape"] == "NETKEY"]
