"""Vendor token types: beverage-world vendors and services around them, each in a realistic container."""
import random, base64, json, string
from common131 import rs, hx, uuid4, b64, b64u, jwt, owner_pw, ALNUM, B64URL, UPNUM, LOWNUM, HEX

D = string.digits
def _intercom(r):
    return base64.b64encode(('tok:' + uuid4(r) + ':1:0').encode()).decode()
def _discord(r):
    uid = str(r.randint(10 ** 17, 10 ** 18 - 1))
    return base64.b64encode(uid.encode()).decode().rstrip('=') + '.' + rs(r, 6, B64URL) + '.' + rs(r, 38, B64URL)
def _glc(r):
    return 'glc_' + base64.b64encode(json.dumps({'o': str(r.randint(10 ** 5, 10 ** 6)), 'n': 'stack-%d-brew-ci' % r.randint(100, 999), 'k': rs(r, 24), 'm': {'r': 'prod-us-east-0'}}, separators=(',', ':')).encode()).decode()
def _cftunnel(r):
    return base64.b64encode(json.dumps({'a': hx(r, 32), 't': uuid4(r), 's': b64(r, 32)}, separators=(',', ':')).encode()).decode()

# (type, key name, generator)
VENDORS = [
    ('ekos_brewmaster_api_key', 'EKOS_API_KEY', lambda r: rs(r, 40)),
    ('orchestratedbeer_api_token', 'OBEER_API_TOKEN', lambda r: uuid4(r)),
    ('beer30_integration_key', 'BEER30_KEY', lambda r: hx(r, 32)),
    ('brewfather_api_key', 'BREWFATHER_API_KEY', lambda r: rs(r, 50)),
    ('brewersfriend_api_key', 'BREWERSFRIEND_KEY', lambda r: hx(r, 40)),
    ('untappd_client_secret', 'UNTAPPD_CLIENT_SECRET', lambda r: hx(r, 40).upper()),
    ('untappdbusiness_api_token', 'UFB_API_TOKEN', lambda r: rs(r, 40, B64URL)),
    ('vinoshipper_api_secret', 'VINOSHIPPER_SECRET', lambda r: rs(r, 32)),
    ('winedirect_client_secret', 'WINEDIRECT_CLIENT_SECRET', lambda r: rs(r, 44, ALNUM + '+/')),
    ('commerce7_app_secret', 'C7_APP_SECRET', lambda r: rs(r, 64)),
    ('vinsuite_ecellar_api_key', 'ECELLAR_API_KEY', lambda r: hx(r, 32).upper()),
    ('orderport_api_key', 'ORDERPORT_API_KEY', lambda r: uuid4(r).upper()),
    ('innovint_api_token', 'INNOVINT_TOKEN', lambda r: 'iv_' + rs(r, 40)),
    ('vintrace_api_token', 'VINTRACE_TOKEN', lambda r: hx(r, 32)),
    ('shipcompliant_api_password', 'SHIPCOMPLIANT_PASSWORD', lambda r: owner_pw(r)),
    ('avalara_avatax_license_key', 'AVATAX_LICENSE_KEY', lambda r: hx(r, 16).upper()),
    ('encompass_distributor_api_key', 'ENCOMPASS_API_KEY', lambda r: rs(r, 36)),
    ('provi_partner_api_token', 'PROVI_TOKEN', lambda r: 'prv_' + rs(r, 48)),
    ('sevenfifty_api_token', 'SEVENFIFTY_TOKEN', lambda r: hx(r, 40)),
    ('libdib_api_key', 'LIBDIB_API_KEY', lambda r: rs(r, 32)),
    ('toast_partner_client_secret', 'TOAST_CLIENT_SECRET', lambda r: rs(r, 64, ALNUM + '-_')),
    ('square_oauth_secret_sq0csp', 'SQUARE_APPLICATION_SECRET', lambda r: 'sq0csp-' + rs(r, 43, B64URL)),
    ('square_access_token_sq0atp', 'SQUARE_ACCESS_TOKEN', lambda r: 'sq0atp-' + rs(r, 22, B64URL)),
    ('arryved_pos_api_key', 'ARRYVED_API_KEY', lambda r: rs(r, 32)),
    ('lightspeed_restaurant_client_secret', 'LSK_CLIENT_SECRET', lambda r: rs(r, 40)),
    ('clover_merchant_api_token', 'CLOVER_API_TOKEN', lambda r: uuid4(r)),
    ('plaato_keg_auth_token', 'PLAATO_AUTH_TOKEN', lambda r: rs(r, 32, ALNUM + '-_')),
    ('rapt_pill_api_secret', 'RAPT_API_SECRET', lambda r: rs(r, 36)),
    ('kegid_api_key', 'KEGID_API_KEY', lambda r: hx(r, 48)),
    ('beerboard_api_token', 'BEERBOARD_TOKEN', lambda r: rs(r, 30)),
    ('digitalpour_api_key', 'DIGITALPOUR_API_KEY', lambda r: hx(r, 32)),
    ('taplistio_api_key', 'TAPLIST_API_KEY', lambda r: 'tl_' + rs(r, 40)),
    ('ohanafi_api_key', 'OHANAFI_API_KEY', lambda r: rs(r, 40)),
    ('gotab_api_secret', 'GOTAB_API_SECRET', lambda r: rs(r, 48)),
    ('catalogbeer_api_key', 'CATALOGBEER_KEY', lambda r: uuid4(r)),
    ('tock_partner_api_key', 'TOCK_API_KEY', lambda r: rs(r, 40)),
    ('cellarpass_api_key', 'CELLARPASS_KEY', lambda r: hx(r, 32)),
    ('bevspot_api_token', 'BEVSPOT_TOKEN', lambda r: hx(r, 40)),
    ('krones_share2act_token', 'SHARE2ACT_TOKEN', lambda r: rs(r, 56)),
    ('alfalaval_connect_client_secret', 'AL_CONNECT_SECRET', lambda r: rs(r, 40, ALNUM + '~_')),
    ('antonpaar_apconnect_api_key', 'APCONNECT_KEY', lambda r: hx(r, 32)),
    ('rechargepayments_api_token', 'RECHARGE_API_TOKEN', lambda r: 'sk_1x1_' + hx(r, 64)),
    ('boldcommerce_api_token', 'BOLD_API_TOKEN', lambda r: rs(r, 43, B64URL)),
    ('klaviyo_private_api_key_pk', 'KLAVIYO_PRIVATE_KEY', lambda r: 'pk_' + hx(r, 34)),
    ('stripe_restricted_key_rk_live', 'STRIPE_RESTRICTED_KEY', lambda r: 'rk_live_' + rs(r, 99)),
    ('stripe_webhook_secret_whsec', 'STRIPE_WEBHOOK_SECRET', lambda r: 'whsec_' + rs(r, 32)),
    ('paypal_rest_client_secret', 'PAYPAL_CLIENT_SECRET', lambda r: 'E' + rs(r, 79, B64URL)),
    ('braintree_private_key', 'BRAINTREE_PRIVATE_KEY', lambda r: hx(r, 32)),
    ('authorizenet_transaction_key', 'AUTHNET_TRANSACTION_KEY', lambda r: rs(r, 16)),
    ('mailchimp_marketing_api_key', 'MAILCHIMP_API_KEY', lambda r: hx(r, 32) + '-us' + str(r.randint(2, 21))),
    ('brevo_api_key_xkeysib', 'BREVO_API_KEY', lambda r: 'xkeysib-' + hx(r, 64) + '-' + rs(r, 16)),
    ('hubspot_private_app_token', 'HUBSPOT_TOKEN', lambda r: 'pat-na1-' + uuid4(r)),
    ('zendesk_api_token', 'ZENDESK_API_TOKEN', lambda r: rs(r, 40)),
    ('intercom_access_token', 'INTERCOM_TOKEN', _intercom),
    ('freshdesk_api_key', 'FRESHDESK_API_KEY', lambda r: rs(r, 20)),
    ('algolia_admin_api_key', 'ALGOLIA_ADMIN_KEY', lambda r: hx(r, 32)),
    ('contentful_management_token_cfpat', 'CONTENTFUL_MANAGEMENT_TOKEN', lambda r: 'CFPAT-' + rs(r, 43, B64URL)),
    ('sanity_api_write_token', 'SANITY_WRITE_TOKEN', lambda r: 'sk' + rs(r, 180)),
    ('sentry_user_token_sntryu', 'SENTRY_AUTH_TOKEN', lambda r: 'sntryu_' + hx(r, 64)),
    ('newrelic_user_key_nrak', 'NEW_RELIC_API_KEY', lambda r: 'NRAK-' + rs(r, 27, UPNUM)),
    ('datadog_api_key', 'DD_API_KEY', lambda r: hx(r, 32)),
    ('pagerduty_rest_api_key', 'PAGERDUTY_TOKEN', lambda r: 'u+' + rs(r, 18, ALNUM + '_-')),
    ('doppler_service_token_dpst', 'DOPPLER_TOKEN', lambda r: 'dp.st.prd.' + rs(r, 43)),
    ('heroku_api_key_hrku', 'HEROKU_API_KEY', lambda r: 'HRKU-AA' + rs(r, 58, B64URL)),
    ('digitalocean_pat_dop_v1', 'DIGITALOCEAN_TOKEN', lambda r: 'dop_v1_' + hx(r, 64)),
    ('npm_granular_access_token', 'NPM_TOKEN', lambda r: 'npm_' + rs(r, 36)),
    ('pypi_upload_token', 'PYPI_API_TOKEN', lambda r: 'pypi-AgEIcHlwaS5vcmc' + rs(r, 70, B64URL)),
    ('atlassian_api_token_atatt', 'ATLASSIAN_API_TOKEN', lambda r: 'ATATT3xFfGF0' + rs(r, 174, B64URL)),
    ('asana_personal_access_token', 'ASANA_PAT', lambda r: '2/' + rs(r, 16, D) + '/' + rs(r, 16, D) + ':' + hx(r, 32)),
    ('airtable_personal_access_token', 'AIRTABLE_TOKEN', lambda r: 'pat' + rs(r, 14) + '.' + hx(r, 64)),
    ('huggingface_access_token', 'HF_TOKEN', lambda r: 'hf_' + rs(r, 34, string.ascii_letters)),
    ('openai_project_api_key', 'OPENAI_API_KEY', lambda r: 'sk-proj-' + rs(r, 74, B64URL) + 'T3BlbkFJ' + rs(r, 74, B64URL)),
    ('cohere_api_key', 'CO_API_KEY', lambda r: rs(r, 40)),
    ('mistral_api_key', 'MISTRAL_API_KEY', lambda r: rs(r, 32)),
    ('deepgram_api_key', 'DEEPGRAM_API_KEY', lambda r: hx(r, 40)),
    ('elevenlabs_api_key', 'ELEVENLABS_API_KEY', lambda r: 'sk_' + hx(r, 48)),
    ('shippo_live_token', 'SHIPPO_API_TOKEN', lambda r: 'shippo_live_' + hx(r, 40)),
    ('easypost_production_key', 'EASYPOST_API_KEY', lambda r: 'EZAK' + rs(r, 54)),
    ('shipstation_api_secret', 'SHIPSTATION_API_SECRET', lambda r: hx(r, 32)),
    ('fedex_api_client_secret', 'FEDEX_CLIENT_SECRET', lambda r: hx(r, 32)),
    ('ups_oauth_client_secret', 'UPS_CLIENT_SECRET', lambda r: rs(r, 64)),
    ('quickbooks_online_client_secret', 'QBO_CLIENT_SECRET', lambda r: rs(r, 40)),
    ('netsuite_token_secret', 'NETSUITE_TOKEN_SECRET', lambda r: hx(r, 64)),
    ('cloudflare_api_token', 'CLOUDFLARE_API_TOKEN', lambda r: rs(r, 40, B64URL)),
    ('cloudinary_api_secret', 'CLOUDINARY_API_SECRET', lambda r: rs(r, 27, B64URL)),
    ('netlify_personal_token_nfp', 'NETLIFY_AUTH_TOKEN', lambda r: 'nfp_' + rs(r, 36)),
    ('vercel_access_token', 'VERCEL_TOKEN', lambda r: rs(r, 24)),
    ('railway_api_token', 'RAILWAY_TOKEN', lambda r: uuid4(r)),
    ('bitbucket_app_password_atbb', 'BITBUCKET_APP_PASSWORD', lambda r: 'ATBB' + rs(r, 32)),
    ('jfrog_artifactory_api_key', 'ARTIFACTORY_API_KEY', lambda r: 'AKCp' + rs(r, 69)),
    ('grafana_cloud_access_token_glc', 'GRAFANA_CLOUD_TOKEN', _glc),
    ('grafana_service_account_token_glsa', 'GRAFANA_SA_TOKEN', lambda r: 'glsa_' + rs(r, 32) + '_' + hx(r, 8)),
    ('mongodb_atlas_private_api_key', 'ATLAS_PRIVATE_KEY', lambda r: uuid4(r)),
    ('upstash_redis_rest_token', 'UPSTASH_REDIS_REST_TOKEN', lambda r: 'AY' + rs(r, 70, B64URL)),
    ('neon_api_key', 'NEON_API_KEY', lambda r: 'napi_' + rs(r, 64, LOWNUM)),
    ('turso_database_auth_token', 'TURSO_AUTH_TOKEN', lambda r: jwt(r, {'a': 'rw', 'iat': 1760000000 + r.randint(0, 9 ** 6), 'id': uuid4(r)}, alg='EdDSA')),
    ('discord_bot_token', 'DISCORD_BOT_TOKEN', _discord),
    ('meta_graph_system_user_token', 'META_ACCESS_TOKEN', lambda r: 'EAA' + rs(r, 120)),
    ('yelp_fusion_api_key', 'YELP_API_KEY', lambda r: rs(r, 128, B64URL)),
    ('typeform_personal_token_tfp', 'TYPEFORM_TOKEN', lambda r: 'tfp_' + rs(r, 44) + '_' + rs(r, 14)),
    ('calendly_personal_access_token', 'CALENDLY_TOKEN', lambda r: jwt(r, {'iss': 'https://auth.calendly.com', 'jti': uuid4(r), 'user_uuid': uuid4(r)})),
    ('eventbrite_private_token', 'EVENTBRITE_TOKEN', lambda r: rs(r, 20, UPNUM)),
    ('postscript_sms_api_key', 'POSTSCRIPT_API_KEY', lambda r: 'sk_' + hx(r, 32)),
    ('attentive_api_key', 'ATTENTIVE_API_KEY', lambda r: rs(r, 48)),
    ('gorgias_api_key', 'GORGIAS_API_KEY', lambda r: hx(r, 64)),
    ('yotpo_secret_key', 'YOTPO_SECRET', lambda r: rs(r, 40)),
    ('wix_api_key_ist', 'WIX_API_KEY', lambda r: 'IST.' + jwt(r, {'data': json.dumps({'id': uuid4(r), 'identity': {'type': 'application', 'id': uuid4(r)}}), 'iat': 1750000000 + r.randint(0, 9 ** 6)}, alg='RS256')),
    ('bigcommerce_store_access_token', 'BIGCOMMERCE_ACCESS_TOKEN', lambda r: rs(r, 31, LOWNUM)),
    ('woocommerce_consumer_secret', 'WC_CONSUMER_SECRET', lambda r: 'cs_' + hx(r, 40)),
    ('magento_integration_access_token', 'MAGENTO_ACCESS_TOKEN', lambda r: rs(r, 32, LOWNUM)),
    ('squarespace_commerce_api_key', 'SQUARESPACE_API_KEY', lambda r: uuid4(r)),
    ('n8n_public_api_key', 'N8N_API_KEY', lambda r: jwt(r, {'sub': uuid4(r), 'iss': 'n8n', 'aud': 'public-api'})),
    ('mixpanel_service_account_secret', 'MIXPANEL_SA_SECRET', lambda r: rs(r, 32)),
    ('posthog_personal_api_key_phx', 'POSTHOG_PERSONAL_KEY', lambda r: 'phx_' + rs(r, 43)),
    ('launchdarkly_server_sdk_key', 'LD_SDK_KEY', lambda r: 'sdk-' + uuid4(r)),
    ('bitwarden_secrets_access_token', 'BWS_ACCESS_TOKEN', lambda r: '0.' + uuid4(r) + '.' + rs(r, 30) + ':' + b64(r, 16)),
    ('hashicorp_vault_token_hvs', 'VAULT_TOKEN', lambda r: 'hvs.' + rs(r, 90, B64URL)),
    ('zerotier_central_api_token', 'ZT_API_TOKEN', lambda r: rs(r, 32)),
    ('cloudflared_tunnel_token', 'TUNNEL_TOKEN', _cftunnel),
    ('blynk_device_auth_token', 'BLYNK_AUTH_TOKEN', lambda r: rs(r, 32, B64URL)),
    ('adafruit_io_key_aio', 'ADAFRUIT_IO_KEY', lambda r: 'aio_' + rs(r, 28)),
    ('arduino_iot_cloud_client_secret', 'ARDUINO_CLIENT_SECRET', lambda r: rs(r, 64)),
    ('thingspeak_write_api_key', 'THINGSPEAK_WRITE_KEY', lambda r: rs(r, 16, UPNUM)),
    ('pushbullet_access_token', 'PUSHBULLET_TOKEN', lambda r: 'o.' + rs(r, 32)),
    ('ifttt_webhooks_key', 'IFTTT_KEY', lambda r: rs(r, 22, B64URL)),
    ('homeassistant_long_lived_token', 'HASS_TOKEN', lambda r: jwt(r, {'iss': hx(r, 32), 'iat': 1740000000 + r.randint(0, 9 ** 6), 'exp': 2055000000})),
    ('monday_api_token', 'MONDAY_API_TOKEN', lambda r: jwt(r, {'tid': r.randint(10 ** 8, 10 ** 9), 'aai': 11, 'uid': r.randint(10 ** 7, 10 ** 8), 'rgn': 'use1'})),
    ('clickup_personal_token', 'CLICKUP_TOKEN', lambda r: 'pk_' + rs(r, 8, D) + '_' + rs(r, 32, UPNUM)),
    ('sevenshifts_access_token', 'SEVENSHIFTS_TOKEN', lambda r: hx(r, 40)),
    ('wheniwork_developer_key', 'WIW_DEV_KEY', lambda r: hx(r, 40)),
    ('sevenrooms_client_secret', 'SEVENROOMS_CLIENT_SECRET', lambda r: rs(r, 128, LOWNUM)),
    ('opentable_partner_client_secret', 'OPENTABLE_SECRET', lambda r: rs(r, 48)),
    ('zebra_savanna_api_key', 'SAVANNA_API_KEY', lambda r: rs(r, 32)),
    ('printnode_api_key', 'PRINTNODE_API_KEY', lambda r: rs(r, 43, B64URL)),
    ('cin7core_application_key', 'CIN7_APP_KEY', lambda r: uuid4(r)),
    ('fintech_ach_portal_password', 'FINTECH_PORTAL_PASSWORD', lambda r: owner_pw(r)),
    ('taxjar_api_token', 'TAXJAR_API_TOKEN', lambda r: hx(r, 32)),
    ('gs1us_datahub_api_key', 'GS1_DATAHUB_KEY', lambda r: hx(r, 32)),
]

# style -> template with {KEY} and {v}
STYLES = [
    ('brewery_erp_dotenv_line', '# brewery ERP sync\n{KEY}={v}\nSYNC_INTERVAL=300\n'),
    ('taproom_pos_rails_credentials_yml', 'production:\n  integrations:\n    {key}: {v}\n'),
    ('cellar_worker_go_const_block', 'package cellar\n\nconst (\n\tpollEvery = 30\n\t{camel} = "{v}"\n)\n'),
    ('winery_shop_wp_config_define', "<?php\ndefine( '{KEY}', '{v}' );\n"),
    ('distributor_sync_helm_values_yaml', 'env:\n  - name: {KEY}\n    value: "{v}"\n  - name: REGION\n    value: us-west-2\n'),
    ('bottling_line_csharp_app_config_xml', '<configuration>\n  <appSettings>\n    <add key="{KEY}" value="{v}" />\n  </appSettings>\n</configuration>'),
    ('club_subscription_nextjs_env_local', 'NEXT_PUBLIC_SITE=https://club.example.com\n{KEY}={v}\n'),
    ('excise_report_r_renviron_line', 'R_LIBS_USER=~/R/library\n{KEY}="{v}"\n'),
    ('tank_bridge_rust_const_item', 'pub const {KEY}: &str = "{v}";\npub const POLL_MS: u64 = 5000;\n'),
    ('brew_team_discord_paste', 'hey, for the taproom sync you need {KEY} -> {v} (prod, do not share outside #brew-dev)'),
]

def _camel(k):
    p = k.lower().split('_')
    return p[0] + ''.join(x.capitalize() for x in p[1:])

# beverage-world and homebrew-IoT vendors are kept first; generic SaaS types fill the rest up to the limit
PRIORITY = {'homeassistant_long_lived_token', 'monday_api_token', 'sevenshifts_access_token', 'wheniwork_developer_key',
            'sevenrooms_client_secret', 'opentable_partner_client_secret', 'zebra_savanna_api_key', 'printnode_api_key',
            'cin7core_application_key', 'fintech_ach_portal_password', 'taxjar_api_token', 'gs1us_datahub_api_key',
            'blynk_device_auth_token', 'adafruit_io_key_aio', 'arduino_iot_cloud_client_secret', 'thingspeak_write_api_key'}
ORDER = [v for v in VENDORS[:44] ] + [v for v in VENDORS[44:] if v[0] in PRIORITY] + [v for v in VENDORS[44:] if v[0] not in PRIORITY]

def build(seed, uniq, deny_words, limit=120):
    r = random.Random(seed)
    out, dropped, cut = [], [], []
    for t, key, gen in ORDER:
        first = t.split('_')[0]
        if first in deny_words:
            dropped.append(t)
            continue
        if len(out) >= limit:
            cut.append(t)
            continue
        style, tpl = STYLES[len(out) % len(STYLES)]
        v = uniq.take(lambda: gen(r))
        text = tpl.replace('{KEY}', key).replace('{key}', key.lower()).replace('{camel}', _camel(key))
        a = text.index('{v}')
        text = text.replace('{v}', v)
        out.append(dict(type=t, container=t + '__' + style, text=text,
                        secrets=[dict(value=v, start=a, end=a + len(v), type=t)], source='vendor'))
    return out, dropped, cut
