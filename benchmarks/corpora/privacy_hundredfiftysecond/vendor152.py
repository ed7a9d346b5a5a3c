"""Vendor token types: laundry / dry-cleaning / linen vendors and the services around them."""
import random
from gen152 import rs, hexs, b64, jwt, uuid4, key_name, fill, ALNUM, LOWER, UPPER, DIG, HEX, b64url_json

A = ALNUM
LD = LOWER + DIG
UD = UPPER + DIG


def _tg(r):
    return str(r.randrange(10**8, 10**10)) + ':AA' + rs(r, 33, A + '_-')


def _bws(r):
    return '0.' + uuid4(r) + '.' + rs(r, 30, A) + ':' + b64(r, 16)


def _mp(r):
    return 'APP_USR-' + rs(r, 16, DIG) + '-' + rs(r, 6, DIG) + '-' + hexs(r, 32) + '-' + rs(r, 9, DIG)


def _infobip(r):
    return hexs(r, 32) + '-' + uuid4(r)


def _ops(r):
    body = b64url_json({'signInAddress': 'laundry-plant.1password.com', 'userAuth': {'method': 'SRPg-4096', 'alg': 'PBES2g-HS256', 'iterations': 650000, 'salt': rs(r, 22, A)}, 'email': rs(r, 10, LOWER) + '@1passwordserviceaccounts.com', 'srpX': hexs(r, 64), 'muk': {'alg': 'A256GCM', 'ext': True, 'k': rs(r, 43, A + '-_'), 'key_ops': ['encrypt', 'decrypt'], 'kty': 'oct', 'kid': 'mp'}, 'secretKey': 'A3-' + rs(r, 6, UD) + '-' + rs(r, 11, UD) + '-' + rs(r, 5, UD), 'throttleSecret': {'seed': hexs(r, 64), 'deviceUuid': rs(r, 26, LD)}, 'deviceUuid': rs(r, 26, LD)})
    return 'ops_' + body


# (type, key words, generator)
CANDIDATES = [
    # laundry / dry-cleaning / linen world (shapes guessed)
    ('cleancloud_api_token', ['cleancloud', 'api', 'token'], lambda r: rs(r, 40, A)),
    ('cents_laundromat_partner_key', ['cents', 'partner', 'key'], lambda r: 'cents_sk_' + rs(r, 32, A)),
    ('spyderwash_pos_api_secret', ['spyderwash', 'api', 'secret'], lambda r: hexs(r, 48)),
    ('laundroworks_site_api_key', ['laundroworks', 'api', 'key'], lambda r: uuid4(r)),
    ('speedqueen_insights_api_key', ['speedqueen', 'insights', 'key'], lambda r: 'SQI-' + rs(r, 32, UD)),
    ('alliancelaundry_connect_client_secret', ['alliance', 'connect', 'client', 'secret'], lambda r: b64(r, 36)),
    ('huebsch_command_api_token', ['huebsch', 'command', 'token'], lambda r: rs(r, 36, A)),
    ('electroluxpro_mypro_api_key', ['mypro', 'api', 'key'], lambda r: hexs(r, 40)),
    ('dexterlaundry_live_api_key', ['dexter', 'live', 'api', 'key'], lambda r: rs(r, 32, LD)),
    ('girbau_sapphire_api_secret', ['sapphire', 'api', 'secret'], lambda r: rs(r, 44, A)),
    ('maytagcommercial_fleet_token', ['maytag', 'fleet', 'token'], lambda r: rs(r, 40, UD)),
    ('laundrycard_concepts_api_key', ['laundrycard', 'api', 'key'], lambda r: hexs(r, 32, upper=True)),
    ('esdcardsystems_api_password', ['esd', 'api', 'password'], lambda r: rs(r, 20, A)),
    ('payrange_operator_api_key', ['payrange', 'operator', 'key'], lambda r: 'pr_live_' + rs(r, 40, A)),
    ('nayax_lynx_api_token', ['nayax', 'lynx', 'token'], lambda r: b64(r, 48)),
    ('cantaloupe_seed_api_key', ['cantaloupe', 'seed', 'api', 'key'], lambda r: rs(r, 32, A)),
    ('cscpay_mobile_partner_secret', ['cscpay', 'partner', 'secret'], lambda r: hexs(r, 64)),
    ('fascard_api_key', ['fascard', 'api', 'key'], lambda r: rs(r, 24, UD)),
    ('kiosoft_ultra_api_secret', ['kiosoft', 'api', 'secret'], lambda r: rs(r, 32, A)),
    ('laundrylux_connect_token', ['laundrylux', 'token'], lambda r: uuid4(r)),
    ('spotbusiness_spot_api_key', ['spot', 'pos', 'api', 'key'], lambda r: hexs(r, 32)),
    ('compassmax_pos_api_secret', ['compassmax', 'api', 'secret'], lambda r: rs(r, 40, A)),
    ('fabricaremanager_api_key', ['fabricare', 'api', 'key'], lambda r: uuid4(r)),
    ('starchup_api_token', ['starchup', 'api', 'token'], lambda r: rs(r, 48, LD)),
    ('curbsidelaundries_partner_key', ['curbside', 'partner', 'key'], lambda r: 'cbl_' + rs(r, 36, A)),
    ('rinse_partner_api_secret', ['rinse', 'partner', 'secret'], lambda r: hexs(r, 40)),
    ('hampr_api_key', ['hampr', 'api', 'key'], lambda r: 'hk_live_' + rs(r, 32, A)),
    ('poplin_laundry_partner_token', ['poplin', 'partner', 'token'], lambda r: rs(r, 64, A)),
    ('laundryheap_partner_api_key', ['laundryheap', 'api', 'key'], lambda r: hexs(r, 32)),
    ('tidecleaners_franchise_api_secret', ['tide', 'franchise', 'secret'], lambda r: b64(r, 30)),
    ('metalprogetti_conveyor_service_key', ['metalprogetti', 'service', 'key'], lambda r: rs(r, 28, UD)),
    ('whiteconveyors_cloud_api_key', ['whiteconveyors', 'api', 'key'], lambda r: hexs(r, 40, upper=True)),
    ('sankosha_press_cloud_token', ['sankosha', 'cloud', 'token'], lambda r: rs(r, 32, A)),
    ('jensengroup_cockpit_api_key', ['jensen', 'cockpit', 'api', 'key'], lambda r: uuid4(r)),
    ('kannegiesser_plant_api_secret', ['kannegiesser', 'api', 'secret'], lambda r: hexs(r, 64)),
    ('lavatec_tunnel_cloud_key', ['lavatec', 'cloud', 'key'], lambda r: rs(r, 40, A)),
    ('milnor_mildata_api_password', ['mildata', 'api', 'password'], lambda r: rs(r, 18, A)),
    ('chicagodryer_link_api_key', ['chicagodryer', 'api', 'key'], lambda r: rs(r, 32, LD)),
    ('inwatec_rfid_api_token', ['inwatec', 'api', 'token'], lambda r: rs(r, 48, A)),
    ('datamars_textile_api_key', ['datamars', 'api', 'key'], lambda r: hexs(r, 32)),
    ('invengo_xc_cloud_secret', ['invengo', 'cloud', 'secret'], lambda r: b64(r, 32)),
    ('tageos_api_key', ['tageos', 'api', 'key'], lambda r: rs(r, 36, A)),
    ('alsco_partner_portal_token', ['alsco', 'portal', 'token'], lambda r: rs(r, 40, A)),
    ('cintas_supplier_api_secret', ['cintas', 'supplier', 'secret'], lambda r: hexs(r, 48)),
    ('unifirst_b2b_api_key', ['unifirst', 'b2b', 'key'], lambda r: uuid4(r)),
    ('imagefirst_linen_api_token', ['imagefirst', 'api', 'token'], lambda r: rs(r, 32, A)),
    ('luxerone_locker_api_key', ['luxer', 'api', 'key'], lambda r: rs(r, 40, A)),
    ('parcelpending_partner_secret', ['parcelpending', 'partner', 'secret'], lambda r: hexs(r, 40)),
    ('smiota_locker_api_key', ['smiota', 'api', 'key'], lambda r: 'smk_' + rs(r, 32, A)),
    ('cleveron_api_token', ['cleveron', 'api', 'token'], lambda r: b64(r, 36)),
    ('inpost_shipx_api_token', ['inpost', 'shipx', 'token'],
     lambda r: jwt(r, {'iss': 'https://login.inpost.pl/auth/realms/external', 'sub': uuid4(r), 'typ': 'Bearer'})),
    ('keba_locker_service_key', ['keba', 'service', 'key'], lambda r: rs(r, 30, UD)),
    ('routific_api_token', ['routific', 'api', 'token'],
     lambda r: jwt(r, {'_id': hexs(r, 24), 'iat': 1750000000 + r.randrange(10**7)})),
    ('route4me_api_key', ['route4me', 'api', 'key'], lambda r: hexs(r, 32, upper=True)),
    ('optimoroute_api_key', ['optimoroute', 'api', 'key'], lambda r: rs(r, 40, A)),
    ('circuitroute_api_key', ['circuit', 'api', 'key'], lambda r: 'cir_' + rs(r, 40, A)),
    ('workwave_routemanager_key', ['workwave', 'api', 'key'], lambda r: uuid4(r)),
    ('tookan_api_key', ['tookan', 'api', 'key'], lambda r: hexs(r, 48)),
    ('bringg_client_secret', ['bringg', 'client', 'secret'], lambda r: rs(r, 64, A)),
    ('trackpod_api_key', ['trackpod', 'api', 'key'], lambda r: uuid4(r)),
    # payments / POS
    ('clover_merchant_api_token', ['clover', 'api', 'token'], lambda r: uuid4(r)),
    ('sumup_secret_api_key', ['sumup', 'api', 'key'], lambda r: 'sup_sk_' + rs(r, 32, A)),
    ('zettle_client_secret', ['zettle', 'client', 'secret'], lambda r: rs(r, 56, A + '-_')),
    ('moneris_api_token', ['moneris', 'api', 'token'], lambda r: rs(r, 20, A)),
    ('razorpay_key_secret', ['razorpay', 'key', 'secret'], lambda r: rs(r, 24, A)),
    ('paystack_live_secret_key', ['paystack', 'secret', 'key'], lambda r: 'sk_live_' + hexs(r, 40)),
    ('flutterwave_secret_key', ['flutterwave', 'secret', 'key'], lambda r: 'FLWSECK-' + hexs(r, 32) + '-X'),
    ('mercadopago_access_token', ['mercadopago', 'access', 'token'], _mp),
    ('mollie_live_api_key', ['mollie', 'api', 'key'], lambda r: 'live_' + rs(r, 30, A)),
    ('paddle_live_api_key', ['paddle', 'api', 'key'], lambda r: 'pdl_live_apikey_01' + rs(r, 24, LD) + '_' + rs(r, 26, A)),
    ('adyen_api_key', ['adyen', 'api', 'key'], lambda r: 'AQE' + rs(r, 40, A) + '=-' + b64(r, 30) + '-' + rs(r, 12, A)),
    ('worldpay_service_key', ['worldpay', 'service', 'key'], lambda r: 'T_S_' + uuid4(r)),
    ('payfast_merchant_passphrase', ['payfast', 'passphrase'], lambda r: rs(r, 24, A)),
    ('paypal_live_client_secret', ['paypal', 'client', 'secret'], lambda r: 'E' + rs(r, 79, A + '-_')),
    ('lightspeed_retail_personal_token', ['lightspeed', 'personal', 'token'], lambda r: 'lsxs_pt_' + rs(r, 32, A)),
    # messaging / email / notifications
    ('telegram_bot_token', ['telegram', 'bot', 'token'], _tg),
    ('plivo_auth_token', ['plivo', 'auth', 'token'], lambda r: rs(r, 40, A)),
    ('vonage_api_secret', ['vonage', 'api', 'secret'], lambda r: rs(r, 16, A)),
    ('infobip_api_key', ['infobip', 'api', 'key'], _infobip),
    ('messagebird_access_key', ['messagebird', 'access', 'key'], lambda r: rs(r, 25, A)),
    ('simpletexting_api_token', ['simpletexting', 'token'], lambda r: hexs(r, 32)),
    ('textline_access_token', ['textline', 'access', 'token'], lambda r: rs(r, 36, A)),
    ('postmark_server_token', ['postmark', 'server', 'token'], lambda r: uuid4(r)),
    ('sparkpost_api_key', ['sparkpost', 'api', 'key'], lambda r: hexs(r, 40)),
    ('mailersend_api_token', ['mailersend', 'api', 'token'], lambda r: 'mlsn.' + hexs(r, 64)),
    ('klaviyo_private_api_key', ['klaviyo', 'private', 'key'], lambda r: 'pk_' + hexs(r, 34)),
    ('customerio_app_api_key', ['customerio', 'app', 'key'], lambda r: hexs(r, 32)),
    ('braze_rest_api_key', ['braze', 'rest', 'key'], lambda r: uuid4(r)),
    ('expo_push_access_token', ['expo', 'access', 'token'], lambda r: rs(r, 40, A + '_-')),
    # AI
    ('anthropic_api_key', ['anthropic', 'api', 'key'], lambda r: 'sk-ant-api03-' + rs(r, 93, A + '-_') + 'AA'),
    ('mistral_api_key', ['mistral', 'api', 'key'], lambda r: rs(r, 32, A)),
    ('cohere_api_key', ['cohere', 'api', 'key'], lambda r: rs(r, 40, A)),
    ('elevenlabs_api_key', ['elevenlabs', 'api', 'key'], lambda r: 'sk_' + hexs(r, 48)),
    ('deepgram_api_key', ['deepgram', 'api', 'key'], lambda r: hexs(r, 40)),
    ('assemblyai_api_key', ['assemblyai', 'api', 'key'], lambda r: hexs(r, 32)),
    ('fireworks_api_key', ['fireworks', 'api', 'key'], lambda r: 'fw_' + rs(r, 24, A)),
    ('deepseek_api_key', ['deepseek', 'api', 'key'], lambda r: 'sk-' + hexs(r, 32)),
    # developer / cloud / ops
    ('doppler_personal_token', ['doppler', 'token'], lambda r: 'dp.pt.' + rs(r, 43, A)),
    ('doppler_service_token', ['doppler', 'service', 'token'], lambda r: 'dp.st.prd.' + rs(r, 43, A)),
    ('newrelic_user_api_key', ['newrelic', 'api', 'key'], lambda r: 'NRAK-' + rs(r, 27, UD)),
    ('newrelic_license_key', ['newrelic', 'license', 'key'], lambda r: hexs(r, 36) + 'NRAL'),
    ('sentry_user_auth_token', ['sentry', 'auth', 'token'], lambda r: 'sntryu_' + hexs(r, 64)),
    ('digitalocean_personal_token', ['digitalocean', 'token'], lambda r: 'dop_v1_' + hexs(r, 64)),
    ('netlify_personal_token', ['netlify', 'auth', 'token'], lambda r: 'nfp_' + rs(r, 36, A)),
    ('render_api_key', ['render', 'api', 'key'], lambda r: 'rnd_' + rs(r, 32, A)),
    ('linode_personal_token', ['linode', 'token'], lambda r: hexs(r, 64)),
    ('vultr_api_key', ['vultr', 'api', 'key'], lambda r: rs(r, 36, UD)),
    ('hetzner_cloud_api_token', ['hcloud', 'token'], lambda r: rs(r, 64, A)),
    ('scaleway_secret_key', ['scw', 'secret', 'key'], lambda r: uuid4(r)),
    ('alibabacloud_access_key_secret', ['alibaba', 'access', 'key', 'secret'], lambda r: rs(r, 30, A)),
    ('tencentcloud_secret_key', ['tencentcloud', 'secret', 'key'], lambda r: rs(r, 32, A)),
    ('snyk_api_token', ['snyk', 'token'], lambda r: uuid4(r)),
    ('codecov_upload_token', ['codecov', 'token'], lambda r: uuid4(r)),
    ('buildkite_agent_api_token', ['buildkite', 'api', 'token'], lambda r: 'bkua_' + hexs(r, 40)),
    ('circleci_personal_api_token', ['circleci', 'token'], lambda r: 'CCIPAT_' + rs(r, 22, A) + '_' + hexs(r, 40)),
    ('rollbar_access_token', ['rollbar', 'access', 'token'], lambda r: hexs(r, 32)),
    ('bugsnag_data_access_token', ['bugsnag', 'auth', 'token'], lambda r: uuid4(r)),
    ('sumologic_access_key', ['sumo', 'access', 'key'], lambda r: rs(r, 64, A)),
    ('mezmo_ingestion_key', ['mezmo', 'ingestion', 'key'], lambda r: hexs(r, 32)),
    ('betterstack_source_token', ['betterstack', 'source', 'token'], lambda r: rs(r, 24, A)),
    ('checkly_api_key', ['checkly', 'api', 'key'], lambda r: 'cu_' + hexs(r, 32)),
    ('hashicorp_vault_service_token', ['vault', 'token'], lambda r: 'hvs.' + rs(r, 90, A + '_-')),
    ('onepassword_service_account_token', ['op', 'service', 'account', 'token'], _ops),
    ('bitwarden_sm_access_token', ['bws', 'access', 'token'], _bws),
    ('tailscale_api_access_token', ['tailscale', 'api', 'key'], lambda r: 'tskey-api-k' + rs(r, 12, A) + 'CNTRL-' + rs(r, 33, A)),
    ('ngrok_authtoken', ['ngrok', 'authtoken'], lambda r: '2' + rs(r, 26, A) + '_' + rs(r, 21, A)),
    ('atlassian_api_token', ['atlassian', 'api', 'token'], lambda r: 'ATATT3xFfGF0' + rs(r, 170, A + '_-') + '=' + hexs(r, 8, upper=True)),
    ('trello_api_token', ['trello', 'token'], lambda r: 'ATTA' + hexs(r, 64) + hexs(r, 8, upper=True)),
    ('mondaycom_api_token', ['monday', 'api', 'token'],
     lambda r: jwt(r, {'tid': r.randrange(10**8, 10**9), 'aai': 11, 'uid': r.randrange(10**7, 10**8), 'rgn': 'use1'})),
    ('pagerduty_rest_api_key', ['pagerduty', 'api', 'key'], lambda r: 'u+' + rs(r, 18, A + '_-')),
    ('opsgenie_api_key', ['opsgenie', 'api', 'key'], lambda r: uuid4(r)),
    ('adobe_client_secret', ['adobe', 'client', 'secret'], lambda r: 'p8e-' + rs(r, 32, A)),
    ('tomtom_api_key', ['tomtom', 'api', 'key'], lambda r: rs(r, 32, A)),
    ('hereplatform_api_key', ['here', 'api', 'key'], lambda r: rs(r, 43, A + '_-')),
    ('deputy_permanent_token', ['deputy', 'token'], lambda r: hexs(r, 32)),
    ('wheniwork_api_key', ['wheniwork', 'api', 'key'], lambda r: hexs(r, 40)),
    ('sevenshifts_access_token', ['sevenshifts', 'access', 'token'], lambda r: hexs(r, 40)),
    ('freshbooks_client_secret', ['freshbooks', 'client', 'secret'], lambda r: hexs(r, 64)),
    ('wise_api_token', ['wise', 'api', 'token'], lambda r: uuid4(r)),
]

# (style, key case, template)
STYLES = [
    ('pickup_app_dotenv_staging', 'upper', '# .env.staging -- pickup app\nAPP_ENV=staging\n{K}={V}\n'),
    ('plant_api_appsettings_development_json', 'pascal', '{\n  "Integrations": {\n    "{K}": "{V}"\n  }\n}\n'),
    ('route_service_helm_values_secret_yaml', 'camel', 'secretEnv:\n  {K}: "{V}"\nreplicaCount: 2\n'),
    ('locker_cloud_terraform_variable_default', 'snake', 'variable "{K}" {\n  type      = string\n  sensitive = true\n  default   = "{V}"\n}\n'),
    ('pos_bridge_shell_export_line', 'upper', '#!/bin/sh\n# counter bridge start\nexport {K}="{V}"\nexec ./bridge --store 12\n'),
    ('linen_ops_gitlab_ci_variables_block', 'upper', 'variables:\n  PLANT: "p3"\n  {K}: "{V}"\n'),
    ('counter_pos_csharp_const_string', 'pascal', 'internal static class VendorKeys\n{\n    public const string {K} = "{V}";\n}\n'),
    ('plant_it_mattermost_paste', 'space', 'Mattermost #plant-it\nomar: temp fix, {K} is {V} -- I will move it to the vault tonight\n'),
    ('driver_app_dart_define_json', 'upper', '{\n  "FLAVOR": "prod",\n  "{K}": "{V}"\n}\n'),
    ('laundromat_backend_python_settings', 'upper', '# settings/prod.py\nDEBUG = False\n{K} = "{V}"\n'),
]


def build(seed, values, readme_words, readme_names, limit=120):
    rng = random.Random(seed)
    kept, dropped = [], []
    for t, words, gen in CANDIDATES:
        brand = t.split('_')[0].lower()
        if brand in readme_words or brand in readme_names:
            dropped.append(t)
        else:
            kept.append((t, words, gen))
    used, unused = kept[:limit], [k[0] for k in kept[limit:]]
    recs = []
    for i, (t, words, gen) in enumerate(used):
        style, case, tmpl = STYLES[i % len(STYLES)]
        v = values.take(lambda: gen(rng))
        text, s, e = fill(tmpl, v, K=key_name(words, case))
        recs.append({'type': t, 'container': t + '__' + style, 'text': text,
                     'secrets': [{'value': v, 'start': s, 'end': e, 'type': t}], 'source': 'vendor'})
    return recs, dropped, unused
