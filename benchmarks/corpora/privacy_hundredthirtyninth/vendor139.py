"""Vendor token types of the ski / marina / outdoor world and around it, each in a realistic container style."""
import random, string
from common139 import *

U = string.ascii_uppercase
L = string.ascii_lowercase
D = string.digits

def A(n, a=ALNUM):
    return lambda r: rs(r, n, a)

def P(prefix, n, a=ALNUM):
    return lambda r: prefix + rs(r, n, a)

def H(n, prefix='', upper=False):
    return lambda r: prefix + rhex(r, n, upper)

def UU(prefix=''):
    return lambda r: prefix + ruuid(r)

# (type, env-style key name, generator). Focus-world vendors first (shapes guessed unless noted in README).
V = [
    ('axess_smart_gate_api_secret', 'AXESS_API_SECRET', A(40)),
    ('inntopia_distribution_api_key', 'INNTOPIA_API_KEY', UU()),
    ('siriusware_salesware_service_password', 'SIRIUSWARE_SVC_PASSWORD', owner_pw),
    ('accesso_passport_client_secret', 'ACCESSO_CLIENT_SECRET', A(48)),
    ('aspenware_commerce_api_token', 'ASPENWARE_API_TOKEN', P('aw_', 40)),
    ('liftopia_partner_api_key', 'LIFTOPIA_API_KEY', H(32)),
    ('doppelmayr_connect_api_key', 'DOPPELMAYR_CONNECT_KEY', A(32)),
    ('leitner_ropeways_leitcontrol_token', 'LEITCONTROL_TOKEN', H(40)),
    ('prinoth_snowsat_api_key', 'SNOWSAT_API_KEY', UU()),
    ('pistenbully_snowsat_client_secret', 'PISTENBULLY_CLIENT_SECRET', A(36)),
    ('technoalpin_atasso_api_password', 'ATASSO_API_PASSWORD', owner_pw),
    ('demaclenko_snowvisual_token', 'SNOWVISUAL_TOKEN', A(32, LOWER_ALNUM)),
    ('lumiplan_skiplan_api_key', 'SKIPLAN_API_KEY', H(32)),
    ('snocountry_feed_api_key', 'SNOCOUNTRY_API_KEY', A(24)),
    ('onthesnow_partner_secret', 'ONTHESNOW_PARTNER_SECRET', H(48)),
    ('dockwa_marina_api_token', 'DOCKWA_API_TOKEN', P('dkw_', 40)),
    ('molo_marina_api_key', 'MOLO_API_KEY', UU()),
    ('snagaslip_partner_api_key', 'SNAGASLIP_API_KEY', H(32)),
    ('dockmaster_api_password', 'DOCKMASTER_API_PASSWORD', owner_pw),
    ('harbourassist_api_secret', 'HARBOURASSIST_API_SECRET', A(44)),
    ('campspot_partner_api_key', 'CAMPSPOT_API_KEY', A(40)),
    ('roverpass_api_token', 'ROVERPASS_API_TOKEN', H(40)),
    ('hipcamp_host_api_key', 'HIPCAMP_API_KEY', P('hc_live_', 32)),
    ('ridb_recreation_gov_api_key', 'RIDB_API_KEY', UU()),
    ('aspira_reserveamerica_client_secret', 'ASPIRA_CLIENT_SECRET', A(40)),
    ('resnexus_api_key', 'RESNEXUS_API_KEY', H(32, upper=True)),
    ('newbook_api_key', 'NEWBOOK_API_KEY', A(32)),
    ('firefly_reservations_api_token', 'FIREFLY_RES_TOKEN', H(40)),
    ('staylist_api_secret', 'STAYLIST_API_SECRET', A(40)),
    ('checkfront_api_secret', 'CHECKFRONT_API_SECRET', H(64)),
    ('fareharbor_user_api_key', 'FAREHARBOR_USER_KEY', UU()),
    ('peek_pro_api_key', 'PEEK_PRO_API_KEY', A(40)),
    ('rezdy_api_key', 'REZDY_API_KEY', H(32)),
    ('bookeo_secret_key', 'BOOKEO_SECRET_KEY', A(32)),
    ('xola_api_key', 'XOLA_API_KEY', A(43, ALNUM + '-_')),
    ('trekksoft_api_secret', 'TREKKSOFT_API_SECRET', H(64)),
    ('rentle_api_token', 'RENTLE_API_TOKEN', A(48)),
    ('booqable_api_key', 'BOOQABLE_API_KEY', H(64)),
    ('twice_commerce_api_key', 'TWICE_API_KEY', A(40)),
    ('weatherlink_v2_api_secret', 'WEATHERLINK_API_SECRET', A(32, LOWER_ALNUM)),
    ('ambientweather_application_key', 'AMBIENT_APPLICATION_KEY', H(64)),
    ('tempest_weatherflow_personal_token', 'TEMPEST_TOKEN', UU()),
    ('openweathermap_appid', 'OWM_APPID', H(32)),
    ('tomorrowio_api_key', 'TOMORROW_API_KEY', A(32)),
    ('meteomatics_api_password', 'METEOMATICS_PASSWORD', A(10)),
    ('windy_point_forecast_key', 'WINDY_API_KEY', A(32)),
    ('weatherbit_api_key', 'WEATHERBIT_KEY', H(32)),
    ('visualcrossing_api_key', 'VISUALCROSSING_KEY', A(25, U + D)),
    ('stormglass_api_key', 'STORMGLASS_KEY', lambda r: rhex(r, 32) + '-' + rhex(r, 8)),
    ('garmin_inreach_portal_connect_password', 'INREACH_IPC_PASSWORD', owner_pw),
    ('zoleo_api_key', 'ZOLEO_API_KEY', A(40)),
    ('strava_client_secret', 'STRAVA_CLIENT_SECRET', H(40)),
    ('komoot_partner_api_key', 'KOMOOT_API_KEY', A(32)),
    ('caltopo_credential_secret', 'CALTOPO_CRED_SECRET', lambda r: rb64(r, 33)),
    ('square_production_access_token', 'SQUARE_ACCESS_TOKEN', P('EAAA', 60, ALNUM + '-_')),
    ('clover_merchant_api_token', 'CLOVER_API_TOKEN', UU()),
    ('shift4_access_token', 'SHIFT4_ACCESS_TOKEN', lambda r: ruuid(r).upper()),
    ('adyen_api_key', 'ADYEN_API_KEY', lambda r: 'AQE' + rs(r, 20) + '+' + rs(r, 40) + '=-' + rb64(r, 32) + '-' + rs(r, 16)),
    ('braintree_private_key', 'BRAINTREE_PRIVATE_KEY', H(32)),
    ('lightspeed_retail_client_secret', 'LIGHTSPEED_CLIENT_SECRET', H(64)),
    ('shopify_admin_access_token', 'SHOPIFY_ADMIN_TOKEN', H(32, 'shpat_')),
    ('shopify_app_shared_secret', 'SHOPIFY_APP_SECRET', H(32, 'shpss_')),
    ('woocommerce_consumer_secret', 'WC_CONSUMER_SECRET', H(40, 'cs_')),
    ('sendgrid_api_key', 'SENDGRID_API_KEY', lambda r: 'SG.' + rs(r, 22, ALNUM + '-_') + '.' + rs(r, 43, ALNUM + '-_')),
    ('brevo_api_key', 'BREVO_API_KEY', lambda r: 'xkeysib-' + rhex(r, 64) + '-' + rs(r, 16)),
    ('resend_api_key', 'RESEND_API_KEY', P('re_', 32, ALNUM + '_')),
    ('hubspot_private_app_token', 'HUBSPOT_TOKEN', UU('pat-eu1-')),
    ('intercom_access_token', 'INTERCOM_ACCESS_TOKEN', lambda r: 'dG9rOj' + rb64(r, 45).rstrip('=') + '='),
    ('typeform_personal_token', 'TYPEFORM_TOKEN', P('tfp_', 44, ALNUM + '_')),
    ('eventbrite_private_token', 'EVENTBRITE_TOKEN', A(20, U + D)),
    ('calendly_personal_access_token', 'CALENDLY_PAT', lambda r: jwt_like(r, {'iss': 'https://auth.calendly.com', 'jti': ruuid(r), 'user_uuid': ruuid(r)})),
    ('notion_integration_secret', 'NOTION_TOKEN', P('ntn_', 46)),
    ('linear_api_key', 'LINEAR_API_KEY', P('lin_api_', 40)),
    ('asana_personal_access_token', 'ASANA_PAT', lambda r: '2/' + rs(r, 16, D) + '/' + rs(r, 16, D) + ':' + rhex(r, 32)),
    ('slack_bot_token', 'SLACK_BOT_TOKEN', lambda r: 'xoxb-' + rs(r, 12, D) + '-' + rs(r, 13, D) + '-' + rs(r, 24)),
    ('slack_incoming_webhook_url', 'SLACK_WEBHOOK_URL', lambda r: 'https://hooks.slack.com/services/T' + rs(r, 10, U + D) + '/B' + rs(r, 10, U + D) + '/' + rs(r, 24)),
    ('discord_webhook_url', 'DISCORD_WEBHOOK', lambda r: 'https://discord.com/api/webhooks/' + rs(r, 19, D) + '/' + rs(r, 68, ALNUM + '-_')),
    ('telegram_bot_token', 'TELEGRAM_BOT_TOKEN', lambda r: rs(r, 10, D) + ':AA' + rs(r, 33, ALNUM + '-_')),
    ('github_fine_grained_pat', 'GH_PAT', lambda r: 'github_pat_11' + rs(r, 20, U + D) + '_' + rs(r, 59)),
    ('github_classic_token_checksummed', 'GITHUB_TOKEN', lambda r: github_style(r, 'ghp_')),
    ('github_actions_server_token', 'GH_SERVER_TOKEN', lambda r: github_style(r, 'ghs_')),
    ('gitlab_personal_access_token', 'GITLAB_TOKEN', P('glpat-', 20, ALNUM + '-_')),
    ('gitlab_pipeline_trigger_token', 'GITLAB_TRIGGER_TOKEN', P('glptt-', 40, HEX)),
    ('groq_api_key', 'GROQ_API_KEY', P('gsk_', 52)),
    ('huggingface_access_token', 'HF_TOKEN', P('hf_', 34)),
    ('replicate_api_token', 'REPLICATE_API_TOKEN', P('r8_', 37)),
    ('perplexity_api_key', 'PPLX_API_KEY', P('pplx-', 48)),
    ('google_gemini_api_key', 'GEMINI_API_KEY', P('AIza', 35, ALNUM + '-_')),
    ('xai_api_key', 'XAI_API_KEY', P('xai-', 80)),
    ('pinecone_api_key', 'PINECONE_API_KEY', lambda r: 'pcsk_' + rs(r, 5) + '_' + rs(r, 63)),
    ('supabase_management_token', 'SUPABASE_ACCESS_TOKEN', H(40, 'sbp_')),
    ('planetscale_database_password', 'PLANETSCALE_PASSWORD', P('pscale_pw_', 43, ALNUM + '_')),
    ('neon_api_key', 'NEON_API_KEY', P('napi_', 64, L + D)),
    ('flyio_deploy_token', 'FLY_API_TOKEN', lambda r: 'FlyV1 fm2_' + rb64(r, 90, pad=False).replace('/', '_')),
    ('grafana_cloud_access_policy_token', 'GRAFANA_CLOUD_TOKEN', lambda r: 'glc_' + b64url_json({'o': rs(r, 7, D), 'n': 'lift-metrics', 'k': rs(r, 24), 'm': {'r': 'prod-eu-west-2'}})),
    ('grafana_service_account_token', 'GRAFANA_SA_TOKEN', lambda r: 'glsa_' + rs(r, 32) + '_' + rhex(r, 8)),
    ('datadog_application_key', 'DD_APP_KEY', H(40)),
    ('honeycomb_ingest_key', 'HONEYCOMB_API_KEY', lambda r: 'hcaik_' + rs(r, 58, L + D)),
    ('postman_api_key', 'POSTMAN_API_KEY', lambda r: 'PMAK-' + rhex(r, 24) + '-' + rhex(r, 34)),
    ('hashicorp_vault_service_token', 'VAULT_TOKEN', P('hvs.', 90, ALNUM + '-_')),
    ('terraform_cloud_team_token', 'TFE_TOKEN', lambda r: rs(r, 14) + '.atlasv1.' + rs(r, 67)),
    ('onepassword_service_account_token', 'OP_SERVICE_ACCOUNT_TOKEN', lambda r: 'ops_' + b64url_json({'signInAddress': 'resort.1password.eu', 'userAuth': {'method': 'SRPg-4096', 'alg': 'PBES2g-HS256', 'iterations': 650000, 'salt': rb64(r, 16, url=True, pad=False)}, 'email': rs(r, 13, L) + '@1passwordserviceaccounts.eu', 'srpX': rhex(r, 64), 'muk': {'alg': 'A256GCM', 'ext': True, 'k': rb64(r, 32, url=True, pad=False), 'key_ops': ['encrypt', 'decrypt'], 'kty': 'oct', 'kid': 'mp'}, 'secretKey': 'A3-' + rs(r, 6, U + D) + '-' + rs(r, 11, U + D) + '-' + rs(r, 5, U + D) + '-' + rs(r, 5, U + D) + '-' + rs(r, 5, U + D), 'throttleSecret': {'seed': rhex(r, 64), 'uuid': rs(r, 26, U + D)}, 'deviceUuid': rs(r, 26, L + D)})),
    ('age_encryption_secret_key', 'SOPS_AGE_KEY', age_key),
    ('aws_secret_access_key', 'AWS_SECRET_ACCESS_KEY', A(40, ALNUM + '+/')),
    ('azure_storage_account_key', 'AZURE_STORAGE_KEY', lambda r: rb64(r, 64)),
    ('alibaba_cloud_access_key_secret', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET', A(30)),
    ('shippo_live_api_token', 'SHIPPO_API_TOKEN', H(40, 'shippo_live_')),
    ('easypost_production_api_key', 'EASYPOST_API_KEY', P('EZAK', 54, HEX)),
    ('okta_api_token', 'OKTA_API_TOKEN', P('00', 40, ALNUM + '-_')),
    ('auth0_management_client_secret', 'AUTH0_CLIENT_SECRET', A(64, ALNUM + '-_')),
    ('clerk_secret_key', 'CLERK_SECRET_KEY', P('sk_live_', 42)),
    ('firebase_cloud_messaging_server_key', 'FCM_SERVER_KEY', lambda r: 'AAAA' + rs(r, 7, ALNUM + '-_') + ':APA91b' + rs(r, 134, ALNUM + '-_')),
    ('expo_access_token', 'EXPO_TOKEN', A(40, ALNUM + '_')),
    ('launchdarkly_sdk_key', 'LD_SDK_KEY', UU('sdk-')),
    ('segment_write_key', 'SEGMENT_WRITE_KEY', A(32)),
    ('posthog_personal_api_key', 'POSTHOG_PERSONAL_API_KEY', P('phx_', 43)),
    ('algolia_admin_api_key', 'ALGOLIA_ADMIN_KEY', H(32)),
    ('cloudinary_url', 'CLOUDINARY_URL', lambda r: 'cloudinary://' + rs(r, 15, D) + ':' + rs(r, 27, ALNUM + '-_') + '@resort-media'),
    ('storyblok_management_token', 'STORYBLOK_TOKEN', lambda r: rs(r, 22) + 'tt-' + rs(r, 6, D) + '-' + rs(r, 20, ALNUM + '-_')),
    ('zapier_catch_hook_url', 'ZAPIER_HOOK_URL', lambda r: 'https://hooks.zapier.com/hooks/catch/' + rs(r, 8, D) + '/' + rs(r, 7, L + D) + '/'),
    ('ifttt_webhooks_key', 'IFTTT_KEY', A(22, ALNUM + '-_')),
    ('particle_access_token', 'PARTICLE_ACCESS_TOKEN', H(40)),
    ('blynk_device_auth_token', 'BLYNK_AUTH_TOKEN', A(32, ALNUM + '-_')),
    ('ttn_lorawan_api_key', 'TTN_API_KEY', lambda r: 'NNSXS.' + rs(r, 39, U + D) + '.' + rs(r, 52, U + D)),
    ('ubidots_account_token', 'UBIDOTS_TOKEN', P('BBUS-', 30)),
    ('adafruit_io_key', 'ADAFRUIT_IO_KEY', P('aio_', 28)),
    ('thingspeak_write_api_key', 'THINGSPEAK_WRITE_KEY', A(16, U + D)),
    ('home_assistant_long_lived_token', 'HASS_TOKEN', lambda r: jwt_like(r, {'iss': rhex(r, 32), 'iat': 1767225600, 'exp': 2082585600})),
    ('hologram_device_api_key', 'HOLOGRAM_API_KEY', A(32)),
    ('soracom_auth_key_secret', 'SORACOM_AUTH_KEY', P('secret-', 64)),
    ('samsara_api_token', 'SAMSARA_API_TOKEN', P('samsara_api_', 30)),
    ('geotab_service_password', 'GEOTAB_PASSWORD', owner_pw),
    ('mapbox_secret_token', 'MAPBOX_SECRET_TOKEN', lambda r: 'sk.' + b64url_json({'u': 'resortmaps', 'a': rs(r, 25, L + D)}) + '.' + rs(r, 22, ALNUM + '-_')),
    ('telnyx_api_key', 'TELNYX_API_KEY', lambda r: 'KEY' + rhex(r, 32, upper=True) + '_' + rs(r, 22)),
    ('messente_api_password', 'MESSENTE_API_PASSWORD', A(32)),
    ('esendex_api_password', 'ESENDEX_PASSWORD', owner_pw),
    ('pypi_upload_token', 'PYPI_TOKEN', lambda r: 'pypi-AgEIcHlwaS5vcmc' + rb64(r, 60, url=True, pad=False)),
    ('rubygems_api_key', 'GEM_HOST_API_KEY', H(48, 'rubygems_')),
    ('dockerhub_personal_access_token', 'DOCKERHUB_TOKEN', lambda r: 'dckr_pat_' + rs(r, 27, ALNUM + '-_')),
    ('bitbucket_app_password', 'BITBUCKET_APP_PASSWORD', P('ATBB', 32)),
    ('databricks_personal_access_token', 'DATABRICKS_TOKEN', H(32, 'dapi')),
    ('confluent_cloud_api_secret', 'CONFLUENT_API_SECRET', A(64, ALNUM + '+/')),
    ('cockroachcloud_api_key', 'COCKROACH_API_KEY', lambda r: 'CCDB1_' + rs(r, 22) + '_' + rs(r, 39)),
    ('pulumi_esc_token', 'ESC_TOKEN', H(40, 'pul-')),
    ('sonarqube_global_analysis_token', 'SONAR_TOKEN', H(40, 'sqa_')),
    ('snowflake_service_password', 'SNOWFLAKE_PASSWORD', owner_pw),
]

STYLES = [
    ('resort_ops_dotenv_vault_decrypted', lambda k: '# decrypted .env.production (do not commit)\nTZ=Europe/Zurich\n' + k + '={V}\n'),
    ('marina_api_serverless_yml_env', lambda k: 'provider:\n  name: aws\n  environment:\n    ' + k + ': "{V}"\n'),
    ('booking_worker_procfile_heroku_config', lambda k: '$ heroku config -a camp-booking-worker\n=== camp-booking-worker Config Vars\n' + k + ': {V}\nWEB_CONCURRENCY: 2\n'),
    ('lift_ops_docker_run_line', lambda k: 'docker run -d --name lift-sync -e ' + k + '={V} -p 8080:8080 registry.resort.internal/lift-sync:4.2\n'),
    ('rental_pos_dotnet_secrets_cli', lambda k: 'dotnet user-secrets set "' + k + '" "{V}" --project RentalPos.Api\n'),
    ('snow_report_github_actions_env_step', lambda k: '      - name: publish snow report\n        env:\n          ' + k + ': {V}\n        run: ./publish.sh\n'),
    ('hut_booking_php_fpm_pool_env', lambda k: '[huts]\nuser = www-data\nenv[' + k + '] = "{V}"\n'),
    ('marina_fly_secrets_import', lambda k: 'flyctl secrets import -a marina-slips <<EOF\n' + k + '={V}\nEOF\n'),
    ('campground_k8s_kubectl_set_env', lambda k: 'kubectl -n campground set env deploy/booking ' + k + '={V}\n'),
    ('weather_ingest_python_config_dict', lambda k: 'CONFIG = {\n    "station": "COL-DU-VENT",\n    "' + k.lower() + '": "{V}",\n}\n'),
]


def candidates():
    return V


def build(keep, seed=13902):
    rng = random.Random(seed)
    out = []
    for i, (typ, key, gen) in enumerate(keep):
        v = gen(rng)
        st, f = STYLES[i % len(STYLES)]
        text, s, e = fill(f(key), v)
        out.append(('vendor', typ, typ + '__' + st, text, s, e))
    return out
