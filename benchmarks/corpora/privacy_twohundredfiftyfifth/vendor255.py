"""Vendor positives: one record per type, each in a container typical of where that key lives."""
import base64
import json
import random
import re

import common255 as C

SEED_VALUES = 25502
SEED_STYLES = 25512
MARK = C.MARK

R = 'read this session'
RG = 'read this session (gitleaks rule)'
RK = 'read this session (Kingfisher rule)'
B = 'believed from memory'
G = 'guessed'
O = 'owner-chosen'

# a spec is a list of literals (str) and (alphabet, n) pairs, or the name of a special frame
# vendor: (type, group, spec, source, neighbour (words, spec) or None, families)
VENDORS = [
    # ---------------- trade: marketplaces, wholesale, MRP, compliance, suppliers, lab, labels, classes, sensors
    ('etsy_open_api_shared_secret', 'trade', [('lalnum', 10)], B, ('etsy api keystring', [('lalnum', 24)]), 'server'),
    ('etsy_oauth_refresh_token', 'trade', 'etsy_refresh', B, None, 'server'),
    ('faire_brand_api_access_token', 'trade', [('ualnum', 64)], G, None, 'server'),
    ('ankorstore_api_client_secret', 'trade', [('alnum', 40)], G, ('ankorstore client id', 'uuid4'), 'server'),
    ('notonthehighstreet_partner_api_key', 'trade', [('hex', 32)], G, None, 'server'),
    ('katana_mrp_api_key', 'trade', 'uuid4', G, None, 'server'),
    ('craftybase_account_password', 'trade', 'owner', O, ('craftybase login email', 'email'), 'owner'),
    ('cin7_core_application_key', 'trade', 'uuid4', B, ('cin7 account id', 'uuid4'), 'server'),
    ('unleashed_api_key', 'trade', 'b64_64', G, ('unleashed api id', 'uuid4'), 'server'),
    ('printify_personal_access_token', 'trade', 'jwt_printify', B, None, 'server'),
    ('coptis_lab_user_password', 'trade', 'owner', O, ('coptis lab user', 'email'), 'owner'),
    ('scpn_one_login_password', 'trade', 'owner', O, ('one login email', 'email'), 'owner'),
    ('eu_cpnp_eu_login_password', 'trade', 'owner', O, ('eu login username', [('lower', 1), ('lower', 6), ('digits', 2)]), 'owner'),
    ('pell_wall_trade_account_password', 'trade', 'owner', O, ('pell wall account number', ['PW', ('digits', 6)]), 'owner'),
    ('soap_kitchen_trade_account_password', 'trade', 'owner', O, ('soap kitchen account number', ['TSK', ('digits', 5)]), 'owner'),
    ('candle_shack_trade_account_password', 'trade', 'owner', O, ('candle shack account email', 'email'), 'owner'),
    ('perfumers_apprentice_account_password', 'trade', 'owner', O, ('perfumers apprentice customer number', [('digits', 7)]), 'owner'),
    ('zebra_printer_web_admin_password', 'trade', 'owner', O, ('zebra printer serial', [('digits', 2), 'J', ('digits', 9)]), 'owner'),
    ('ohaus_balance_web_admin_password', 'trade', 'owner', O, ('ohaus balance address', 'ip'), 'owner'),
    ('agilent_openlab_account_password', 'trade', 'owner', O, ('openlab user id', ['QC', ('digits', 3)]), 'owner'),
    ('sensorpush_gateway_account_password', 'trade', 'owner', O, ('sensorpush account email', 'email'), 'owner'),
    ('bartender_cloud_api_key', 'trade', [('b64url', 43)], G, None, 'server'),
    ('loftware_nicelabel_subscription_key', 'trade', [('hex', 32)], B, None, 'server'),
    ('bookwhen_api_token', 'trade', [('lalnum', 32)], G, None, 'server'),
    ('fareharbor_user_api_key', 'trade', 'uuid4', B, ('fareharbor app key', 'uuid4'), 'server'),
    ('checkfront_api_secret', 'trade', [('hex', 64)], G, ('checkfront api key', [('hex', 40)]), 'server'),
    ('acuity_scheduling_api_key', 'trade', [('hex', 32)], B, ('acuity user id', [('digits', 8)]), 'server'),
    ('eventbrite_private_token', 'trade', [('ualnum', 20)], RK, None, 'server'),
    ('ticket_tailor_api_key', 'trade', ['sk_', ('digits', 4), '_', ('digits', 6), '_', ('hex', 32)], RK, None, 'server'),
    ('calcom_api_key', 'trade', ['cal_live_', ('hex', 32)], B, None, 'server'),
    ('calendly_personal_access_token', 'trade', 'jwt_calendly', RK + ' frame; ES256 header believed', None, 'server'),
    ('adafruit_io_key', 'trade', ['aio_', ('alnum', 28)], RK, None, 'iot'),
    ('particle_cloud_access_token', 'trade', [('hex', 40)], B, None, 'iot'),
    ('blynk_device_auth_token', 'trade', [('b64url', 32)], RK, None, 'iot'),
    ('govee_developer_api_key', 'trade', 'uuid4', B, None, 'iot'),
    ('tuya_iot_access_secret', 'trade', [('hex', 32)], B, ('tuya access id', [('lalnum', 20)]), 'iot'),
    ('thingspeak_write_api_key', 'trade', [('ualnum', 16)], B, None, 'iot'),
    ('losant_api_token', 'trade', 'jwt_losant', B, None, 'iot'),
    ('arduino_iot_cloud_client_secret', 'trade', [('alnum', 64)], G, ('arduino iot cloud client id', [('alnum', 32)]), 'iot'),
    ('judgeme_private_api_token', 'trade', [('b64url', 27)], G, None, 'server'),
    # ---------------- commerce, shipping, accounting, marketplaces
    ('shopify_custom_app_access_token', 'commerce', ['shpca_', ('hex', 32)], RG, None, 'server'),
    ('woocommerce_rest_consumer_secret', 'commerce', ['cs_', ('hex', 40)], B, ('woocommerce consumer key', ['ck_', ('hex', 40)]), 'server'),
    ('square_production_access_token', 'commerce', ['EAAA', ('sqtail', 60)], RK, ('square application id', ['sq0idp-', ('b64url', 22)]), 'server'),
    ('paypal_rest_client_secret', 'commerce', ['E', ('b64url', 79)], B, ('paypal client id', ['A', ('b64url', 79)]), 'server'),
    ('stripe_restricted_live_key', 'commerce', ['rk_live_', ('alnum', 99)], RG, None, 'server'),
    ('zettle_api_key', 'commerce', 'jwt_zettle', G, ('zettle client id', 'uuid4'), 'server'),
    ('shippo_live_api_token', 'commerce', ['shippo_live_', ('hex', 40)], RG, None, 'server'),
    ('easypost_production_api_key', 'commerce', ['EZAK', ('alnum', 54)], RG, None, 'server'),
    ('shipstation_api_secret', 'commerce', [('hex', 32)], B, ('shipstation api key', [('hex', 32)]), 'server'),
    ('royal_mail_click_and_drop_api_key', 'commerce', 'uuid4', G, None, 'server'),
    ('sendcloud_api_secret_key', 'commerce', [('hex', 32)], G, ('sendcloud public key', [('hex', 32)]), 'server'),
    ('freeagent_oauth_client_secret', 'commerce', [('b64url', 22)], G, ('freeagent oauth identifier', [('b64url', 22)]), 'server'),
    ('amazon_sp_api_lwa_client_secret', 'commerce', ['amzn1.oa2-cs.v1.', ('hex', 64)], B,
     ('amazon lwa client id', ['amzn1.application-oa2-client.', ('hex', 32)]), 'server'),
    ('ebay_production_cert_id', 'commerce', ['PRD-', ('hex', 12), '-', ('hex', 4), '-', ('hex', 4), '-', ('hex', 4), '-', ('hex', 4)], B,
     ('ebay app id', ['Ambergri-ScentSho-PRD-', ('hex', 9), '-', ('hex', 8)]), 'server'),
    ('wix_headless_api_key', 'commerce', 'wix_ist', B, None, 'server'),
    ('tiktok_shop_app_secret', 'commerce', [('hex', 40)], G, ('tiktok shop app key', [('lalnum', 13)]), 'server'),
    # ---------------- e-mail, messaging, reviews, support
    ('sendgrid_api_key', 'messaging', ['SG.', ('b64url', 22), '.', ('b64url', 43)], RG, None, 'server'),
    ('mailjet_api_secret_key', 'messaging', [('hex', 32)], B, ('mailjet api key', [('hex', 32)]), 'server'),
    ('omnisend_api_key', 'messaging', [('hex', 24), '-', ('alnum', 50)], RK + ' (length; split believed)', None, 'server'),
    ('mailerlite_classic_api_key', 'messaging', [('lalnum', 32)], RK, None, 'server'),
    ('convertkit_api_key', 'messaging', [('word_', 22)], RK, None, 'server'),
    ('vonage_api_secret', 'messaging', [('alnum', 16)], B, ('vonage api key', [('hex', 8)]), 'server'),
    ('clicksend_api_key', 'messaging', 'uuid4_upper', G, ('clicksend username', 'email'), 'server'),
    ('discord_channel_webhook_url', 'messaging', 'discord_hook', B, None, 'hook'),
    ('microsoft_teams_incoming_webhook_url', 'messaging', 'teams_hook', RG, None, 'hook'),
    ('google_chat_space_webhook_url', 'messaging', 'gchat_hook', B, None, 'hook'),
    ('whatsapp_cloud_api_system_user_token', 'messaging', ['EAAG', ('alnum', 190)], B + ' (gitleaks has EAA[MC]; EAAG believed)', None, 'server'),
    ('line_messaging_channel_access_token', 'messaging', 'b64_128', RK, None, 'server'),
    ('pushbullet_access_token', 'messaging', ['o.', ('alnum', 32)], RK + ' (length; o. prefix believed)', None, 'server'),
    ('ntfy_access_token', 'messaging', ['tk_', ('lalnum', 29)], B, None, 'iot'),
    ('yotpo_api_secret_key', 'messaging', [('alnum', 40)], G, ('yotpo app key', [('alnum', 40)]), 'server'),
    ('gorgias_api_key', 'messaging', [('hex', 64)], G, ('gorgias account email', 'email'), 'server'),
    ('freshdesk_api_key', 'messaging', [('alnum', 20)], B, ('freshdesk domain', 'fdomain'), 'server'),
    # ---------------- AI
    ('mistral_api_key', 'ai', [('alnum', 32)], B, None, 'server'),
    ('cohere_api_key', 'ai', [('alnum', 40)], RG, None, 'server'),
    ('deepseek_api_key', 'ai', ['sk-', ('hex', 32)], B, None, 'server'),
    ('xai_api_key', 'ai', ['xai-', ('alnum', 80)], RK, None, 'server'),
    ('openrouter_api_key', 'ai', ['sk-or-v1-', ('hex', 64)], B, None, 'server'),
    ('elevenlabs_api_key', 'ai', ['sk_', ('hex', 48)], RK, None, 'server'),
    ('removebg_api_key', 'ai', [('alnum', 24)], B, None, 'server'),
    ('assemblyai_api_key', 'ai', [('hex', 32)], RK, None, 'server'),
    ('deepgram_api_key', 'ai', [('hex', 40)], RK, None, 'server'),
    ('anthropic_admin_api_key', 'ai', ['sk-ant-admin01-', ('b64url', 93), 'AA'], RG, None, 'server'),
    ('openai_service_account_key', 'ai', ['sk-svcacct-', ('b64url', 74), 'T3BlbkFJ', ('b64url', 74)], RG, None, 'server'),
    # ---------------- developer services
    ('github_classic_personal_access_token', 'dev', ['ghp_', ('alnum', 36)], RG, None, 'ci'),
    ('github_app_installation_token', 'dev', ['ghs_', ('alnum', 36)], RG, None, 'ci'),
    ('gitlab_runner_authentication_token', 'dev', ['glrt-', ('b64url', 20)], RG, None, 'ci'),
    ('gitlab_pipeline_trigger_token', 'dev', ['glptt-', ('hex', 40)], RG, None, 'ci'),
    ('atlassian_api_token', 'dev', ['ATATT3', ('atl', 186)], RG, ('atlassian account email', 'email'), 'server'),
    ('docker_hub_personal_access_token', 'dev', ['dckr_pat_', ('b64url', 27)], RK, None, 'ci'),
    ('pypi_api_token', 'dev', ['pypi-AgEIcHlwaS5vcmc', ('b64url', 150)], RG, None, 'ci'),
    ('postman_api_key', 'dev', ['PMAK-', ('hex', 24), '-', ('hex', 34)], RG, None, 'server'),
    ('hashicorp_vault_service_token', 'dev', ['hvs.', ('b64url', 95)], RG, None, 'server'),
    ('terraform_cloud_user_token', 'dev', [('alnum', 14), '.atlasv1.', ('alnum', 67)], RK, None, 'ci'),
    ('doppler_personal_token', 'dev', ['dp.pt.', ('alnum', 43)], RG, None, 'ci'),
    ('linear_personal_api_key', 'dev', ['lin_api_', ('alnum', 40)], RG, None, 'server'),
    ('figma_personal_access_token', 'dev', ['figd_', ('figma', 40)], RK, None, 'server'),
    ('typeform_personal_token', 'dev', ['tfp_', ('word_', 59)], RK, None, 'server'),
    ('sonarcloud_user_token', 'dev', ['squ_', ('hex', 40)], RK, None, 'ci'),
    ('grafana_service_account_token', 'dev', ['glsa_', ('alnum', 32), '_', ('hex', 8)], RG, None, 'server'),
    ('new_relic_user_api_key', 'dev', ['NRAK-', ('ualnum', 27)], RG, None, 'server'),
    ('netlify_personal_access_token', 'dev', [('b64url', 43)], RK, None, 'ci'),
    ('supabase_service_role_key', 'dev', 'jwt_supabase', B, None, 'server'),
    ('trello_api_token', 'dev', ['ATTA', ('hex', 64), ('uhex', 8)], B, ('trello api key', [('hex', 32)]), 'server'),
    ('asana_personal_access_token', 'dev', ['2/', ('digits', 16), '/', ('digits', 16), ':', ('hex', 32)], B, None, 'server'),
    ('frameio_developer_token', 'dev', ['fio-u-', ('b64url', 64)], RG, None, 'server'),
    ('adobe_io_client_secret', 'dev', ['p8e-', ('lalnum', 32)], RK, ('adobe io client id', [('hex', 32)]), 'server'),
    ('google_oauth_client_secret', 'dev', ['GOCSPX-', ('b64url', 28)], B, ('google oauth client id', 'gclient'), 'server'),
    ('auth0_client_secret', 'dev', [('b64url', 64)], RK, ('auth0 client id', [('alnum', 32)]), 'server'),
    ('firebase_cloud_messaging_server_key', 'dev', ['AAAA', ('b64url', 7), ':APA91b', ('b64url', 134)], B, None, 'server'),
    # ---------------- ops, storage, monitoring
    ('cloudflare_origin_ca_key', 'ops', ['v1.0-', ('hex', 24), '-', ('hex', 146)], RG, None, 'server'),
    ('cloudflare_global_api_key', 'ops', [('hex', 37)], RG, ('cloudflare account email', 'email'), 'server'),
    ('backblaze_b2_application_key', 'ops', ['K005', ('b64', 27)], B, ('b2 key id', ['005', ('hex', 22)]), 'server'),
    ('scaleway_secret_key', 'ops', 'uuid4', RK, ('scaleway access key', ['SCW', ('ualnum', 17)]), 'server'),
    ('bunny_storage_zone_password', 'ops', 'bunny', G, ('bunny storage zone name', ['ambergris-media-', ('digits', 2)]), 'server'),
    ('digitalocean_spaces_secret_key', 'ops', [('b64', 43)], B, ('spaces access key', ['DO00', ('ualnum', 16)]), 'server'),
    ('better_stack_source_token', 'ops', [('alnum', 24)], RK, None, 'server'),
    ('healthchecks_io_ping_url', 'ops', 'hc_ping', B, None, 'hook'),
    ('age_secret_key', 'ops', 'age_secret', RG, None, 'iot'),
    ('ngrok_authtoken', 'ops', [('alnum', 27), '_', ('digits', 1), ('alnum', 20)], RK, None, 'iot'),
]
SET_ASIDE = ['creoate_wholesale_api_key', 'printful_private_token', 'candlescience_wholesale_password',
             'aranet_cloud_api_key', 'ewelink_app_secret', 'pinterest_api_access_token', 'reviews_io_api_key',
             'tidio_private_key', 'fireworks_ai_api_key', 'expo_access_token', 'papertrail_api_token',
             'mandrill_api_key', 'smtp2go_api_key', 'railway_api_token', 'jotform_api_key', 'sparkpost_api_key',
             'vultr_api_key', 'simplybook_api_key', 'packlink_pro_api_key', 'gotify_application_token',
             'shelly_cloud_auth_key', 'monday_api_token']
EXTRA_ALPHA = {'sqtail': C.ALNUM + '-', 'atl': C.ALNUM + '_-=', 'figma': C.LALNUM + '_-'}
EXTRA_CLASS = {'sqtail': '[A-Za-z0-9-]', 'atl': '[A-Za-z0-9_=-]', 'figma': '[a-z0-9_-]'}
EXTRA_WORDS = {'sqtail': 'alphanumerics or -', 'atl': 'characters of [A-Za-z0-9_=-]', 'figma': 'characters of [a-z0-9_-]'}

SPECIAL_DESC = {
    'etsy_refresh': 'numeric Etsy user id (8-9 digits) + `.` + 86 base64url',
    'uuid4': 'UUIDv4', 'uuid4_upper': 'UUIDv4 in upper case', 'owner': 'owner-chosen password',
    'b64_64': 'standard Base64 of 64 random bytes (88 characters, ends `==`)',
    'b64_128': 'standard Base64 of 128 random bytes (172 characters, ends `=`)',
    'jwt_printify': 'RS256 JWT frame (Passport-style payload aud, jti, iat, nbf, exp, sub, scopes; random 256-byte signature)',
    'jwt_calendly': 'ES256 JWT frame (header kid 64 hex, typ PAT; payload iss, iat, jti, user_uuid, app_uid, scope; random 64-byte signature)',
    'jwt_losant': 'real HS256 JWT (payload sub 24 hex, scope, iss, iat; HMAC under a discarded key)',
    'jwt_zettle': 'RS256 JWT frame (payload iss, sub, aud, client_id UUIDv4, scopes, iat; random 256-byte signature)',
    'jwt_supabase': 'real HS256 JWT (payload iss supabase, ref 20 lower-case letters, role service_role, iat, exp)',
    'wix_ist': '`IST.` + RS256 JWT frame (payload data = JSON string with a tenant and instance UUIDv4, iat; random 256-byte signature)',
    'discord_hook': '`https://discord.com/api/webhooks/` + 19-digit id + `/` + 68 base64url',
    'teams_hook': '`https://<tenant>.webhook.office.com/webhookb2/` + UUIDv4 `@` UUIDv4 + `/IncomingWebhook/` + 32 lower-case alphanumerics + `/` + UUIDv4',
    'gchat_hook': '`https://chat.googleapis.com/v1/spaces/AAAA` + 7 base64url + `/messages?key=AIzaSy` + 33 base64url + `&token=` + 43 base64url',
    'hc_ping': '`https://hc-ping.com/` + UUIDv4',
    'age_secret': '`AGE-SECRET-KEY-1` + 58 upper-case Bech32 characters (32 random bytes and the real Bech32 checksum of HRP `age-secret-key-`)',
    'bunny': 'UUIDv4 + `-` + 4 lower-case hex + `-` + 4 lower-case hex',
}
OWNER_TYPES = [v[0] for v in VENDORS if v[2] == 'owner']


def spec_gen(spec, rng):
    if isinstance(spec, str):
        return special_gen(spec, rng)
    out = []
    for p in spec:
        if isinstance(p, str):
            out.append(p)
        else:
            alpha = EXTRA_ALPHA.get(p[0]) or C.ALPHABETS[p[0]]
            out.append(C.rand_str(rng, alpha, p[1]))
    return ''.join(out)


def spec_regex(spec):
    if isinstance(spec, str):
        return None
    parts = []
    for p in spec:
        if isinstance(p, str):
            parts.append(re.escape(p))
        else:
            parts.append('%s{%d}' % (EXTRA_CLASS.get(p[0]) or C.REGEX_CLASS[p[0]], p[1]))
    return '^' + ''.join(parts) + '$'


def spec_words(spec):
    if isinstance(spec, str):
        return SPECIAL_DESC[spec]
    ws = []
    for p in spec:
        if isinstance(p, str):
            ws.append('`%s`' % p)
        else:
            ws.append('%d %s' % (p[1], EXTRA_WORDS.get(p[0]) or C.ALPHABET_WORDS[p[0]]))
    return ' + '.join(ws)


def special_gen(name, rng):
    if name == 'uuid4':
        return C.uuid4(rng)
    if name == 'uuid4_upper':
        return C.uuid4(rng).upper()
    if name == 'owner':
        return C.password(rng)
    if name == 'etsy_refresh':
        return str(rng.randrange(10 ** 7, 10 ** 9)) + '.' + C.rand_str(rng, C.B64URL, 86)
    if name == 'b64_64':
        return base64.b64encode(C.rbytes(rng, 64)).decode()
    if name == 'b64_128':
        return base64.b64encode(C.rbytes(rng, 128)).decode()
    if name == 'email':
        return '%s@%s' % (rng.choice(C.USERS), rng.choice(['ambergrisash.example', 'lyeworks-soap.example',
                                                          'wickhollow.example']))
    if name == 'ip':
        return '10.42.%d.%d' % (rng.randrange(1, 30), rng.randrange(2, 250))
    if name == 'fdomain':
        return rng.choice(['lyeworks', 'wickhollow', 'ambergrisash']) + '-help.freshdesk.example'
    if name == 'gclient':
        return '%d-%s.apps.googleusercontent.com' % (rng.randrange(10 ** 11, 10 ** 12), C.rand_str(rng, C.LALNUM, 32))
    iat = 1735689600 + rng.randrange(0, 30000000)
    if name == 'jwt_printify':
        return C.make_jwt(rng, {'typ': 'JWT', 'alg': 'RS256'},
                          {'aud': C.rand_str(rng, C.HEX, 32), 'jti': C.rand_str(rng, C.HEX, 80), 'iat': iat,
                           'nbf': iat, 'exp': iat + 31536000, 'sub': str(rng.randrange(10 ** 7, 10 ** 8)),
                           'scopes': ['shops.manage', 'shops.read', 'catalog.read', 'orders.read', 'orders.write',
                                      'products.read', 'products.write']}, 256)
    if name == 'jwt_calendly':
        return C.make_jwt(rng, {'kid': C.rand_str(rng, C.HEX, 64), 'typ': 'PAT', 'alg': 'ES256'},
                          {'iss': 'https://auth.calendly.com', 'iat': iat, 'jti': C.uuid4(rng),
                           'user_uuid': C.uuid4(rng), 'app_uid': C.rand_str(rng, C.B64URL, 43),
                           'scope': 'default'}, 64)
    if name == 'jwt_losant':
        return C.make_jwt(rng, {'alg': 'HS256', 'typ': 'JWT'},
                          {'sub': C.rand_str(rng, C.HEX, 24), 'scope': ['all.Application'],
                           'iss': 'api.losant.com', 'iat': iat})
    if name == 'jwt_zettle':
        return C.make_jwt(rng, {'alg': 'RS256', 'typ': 'JWT'},
                          {'iss': 'iZettle', 'sub': C.uuid4(rng), 'aud': 'API', 'client_id': C.uuid4(rng),
                           'scopes': ['READ:PURCHASE', 'READ:PRODUCT', 'WRITE:PRODUCT'], 'iat': iat}, 256)
    if name == 'jwt_supabase':
        return C.make_jwt(rng, {'alg': 'HS256', 'typ': 'JWT'},
                          {'iss': 'supabase', 'ref': C.rand_str(rng, C.LOWER, 20), 'role': 'service_role',
                           'iat': iat, 'exp': iat + 315360000})
    if name == 'wix_ist':
        data = json.dumps({'tenant': {'type': 'ACCOUNT', 'id': C.uuid4(rng)},
                           'id': C.uuid4(rng)}, separators=(',', ':'))
        return 'IST.' + C.make_jwt(rng, {'kid': 'PozHX_aC', 'alg': 'RS256'}, {'data': data, 'iat': iat}, 256)
    if name == 'discord_hook':
        return 'https://discord.com/api/webhooks/%d/%s' % (rng.randrange(10 ** 18, 10 ** 19), C.rand_str(rng, C.B64URL, 68))
    if name == 'teams_hook':
        return 'https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s' % (
            rng.choice(['ambergrisash', 'lyeworks', 'wickhollow']), C.uuid4(rng), C.uuid4(rng),
            C.rand_str(rng, C.LALNUM, 32), C.uuid4(rng))
    if name == 'gchat_hook':
        return ('https://chat.googleapis.com/v1/spaces/AAAA%s/messages?key=AIzaSy%s&token=%s'
                % (C.rand_str(rng, C.B64URL, 7), C.rand_str(rng, C.B64URL, 33), C.rand_str(rng, C.B64URL, 43)))
    if name == 'hc_ping':
        return 'https://hc-ping.com/' + C.uuid4(rng)
    if name == 'age_secret':
        return C.bech32_encode('age-secret-key-', C.rbytes(rng, 32)).upper()
    if name == 'bunny':
        return C.uuid4(rng) + '-' + C.rand_str(rng, C.HEX, 4) + '-' + C.rand_str(rng, C.HEX, 4)
    raise KeyError(name)


UUID4_RE = r'[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}'
SPECIAL_RE = {
    'uuid4': '^' + UUID4_RE + '$',
    'uuid4_upper': '^' + UUID4_RE.upper().replace('[0-9A-F]{8}', '[0-9A-F]{8}') + '$',
    'etsy_refresh': r'^[0-9]{8,9}\.[A-Za-z0-9_-]{86}$',
    'b64_64': r'^[A-Za-z0-9+/]{86}==$',
    'b64_128': r'^[A-Za-z0-9+/]{171}=$',
    'discord_hook': r'^https://discord\.com/api/webhooks/[0-9]{19}/[A-Za-z0-9_-]{68}$',
    'teams_hook': r'^https://[a-z]+\.webhook\.office\.com/webhookb2/%s@%s/IncomingWebhook/[a-z0-9]{32}/%s$' % (UUID4_RE, UUID4_RE, UUID4_RE),
    'gchat_hook': r'^https://chat\.googleapis\.com/v1/spaces/AAAA[A-Za-z0-9_-]{7}/messages\?key=AIzaSy[A-Za-z0-9_-]{33}&token=[A-Za-z0-9_-]{43}$',
    'hc_ping': r'^https://hc-ping\.com/' + UUID4_RE + '$',
    'age_secret': r'^AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}$',
    'bunny': '^' + UUID4_RE + r'-[0-9a-f]{4}-[0-9a-f]{4}$',
    'owner': C.PASSWORD_RE.pattern,
}
JWT_SPECIALS = {'jwt_printify': 'RS256', 'jwt_calendly': 'ES256', 'jwt_losant': 'HS256', 'jwt_zettle': 'RS256',
                'jwt_supabase': 'HS256'}


def value_problems(vtype, v):
    spec = SPEC[vtype]
    probs = []
    if isinstance(spec, list):
        if not re.match(spec_regex(spec), v):
            probs.append('does not match %s' % spec_regex(spec))
        return probs
    if spec in JWT_SPECIALS:
        p = C.jwt_problems(v)
        if p:
            return p
        if C.jwt_alg(v) != JWT_SPECIALS[spec]:
            probs.append('alg is not %s' % JWT_SPECIALS[spec])
        pl = json.loads(C._b64u_dec(v.split('.')[1]))
        if spec == 'jwt_supabase' and pl.get('role') != 'service_role':
            probs.append('supabase role')
        return probs
    if spec == 'wix_ist':
        if not v.startswith('IST.'):
            return ['no IST. prefix']
        p = C.jwt_problems(v[4:])
        return p or ([] if C.jwt_alg(v[4:]) == 'RS256' else ['alg'])
    if spec == 'b64_64':
        try:
            ok = len(base64.b64decode(v, validate=True)) == 64
        except Exception:
            ok = False
        if not ok:
            probs.append('not Base64 of 64 bytes')
    if spec == 'b64_128':
        try:
            ok = len(base64.b64decode(v, validate=True)) == 128
        except Exception:
            ok = False
        if not ok:
            probs.append('not Base64 of 128 bytes')
    if spec == 'age_secret' and not C.bech32_valid(v):
        probs.append('bech32 checksum wrong')
    rx = SPECIAL_RE.get(spec)
    if rx and not re.match(rx, v):
        probs.append('does not match %s' % rx)
    return probs


SPEC = {v[0]: v[2] for v in VENDORS}
SOURCE = {v[0]: v[3] for v in VENDORS}
GROUP = {v[0]: v[1] for v in VENDORS}
NEIGHBOUR = {v[0]: v[4] for v in VENDORS}
FAMILY = {v[0]: v[5] for v in VENDORS}


def type_words(t):
    return t.split('_')


# ------------------------------------------------------------------ styles
def s_ops_sops_decrypted_secrets_yaml(rng, key, nk, nv, vlen):
    n = ('    %s: %s\n' % (nk, nv)) if nk else ''
    return ('$ sops -d secrets/production.enc.yaml\nshop:\n  region: eu-west-2\n  integrations:\n%s    %s: %s\n'
            % (n, key, MARK))


def s_dev_dotnet_user_secrets_list(rng, key, nk, nv, vlen):
    n = ('%s = %s\n' % (nk, nv)) if nk else ''
    return ('PS C:\\src\\Ambergris.Shop> dotnet user-secrets list\n%s%s = %s\nConnectionStrings:Shop = Server=(localdb)\\mssqllocaldb;Database=Shop\n'
            % (n, key, MARK))


def s_ops_kubectl_create_secret_literal_capture(rng, key, nk, nv, vlen):
    n = (" \\\n    --from-literal=%s='%s'" % (nk, nv)) if nk else ''
    return ("$ kubectl -n shop create secret generic shop-integrations%s \\\n    --from-literal=%s='%s'\n"
            'secret/shop-integrations created\n' % (n, key, MARK))


def s_ops_helm_values_production_yaml(rng, key, nk, nv, vlen):
    n = ('    %s: "%s"\n' % (nk, nv)) if nk else ''
    return ('# values-production.yaml\nreplicaCount: 2\nimage:\n  tag: "%d.%d.%d"\nintegrations:\n%s    %s: "%s"\n'
            % (rng.randrange(1, 4), rng.randrange(0, 20), rng.randrange(0, 9), n, key, MARK))


def s_ops_ansible_inventory_ini(rng, key, nk, nv, vlen):
    n = (' %s=%s' % (nk, nv)) if nk else ''
    return ('[workshop_devices]\ntank-gw ansible_host=10.42.7.%d ansible_user=pi%s %s=%s\n\n[workshop_devices:vars]\nansible_python_interpreter=/usr/bin/python3\n'
            % (rng.randrange(2, 250), n, key, MARK))


def s_iot_arduino_secrets_header(rng, key, nk, nv, vlen):
    n = ('#define SECRET_%s "%s"\n' % (nk, nv)) if nk else ''
    return ('// arduino_secrets.h (cure-room sensor node)\n#define SECRET_SSID "lyeworks-iot"\n%s#define SECRET_%s "%s"\n'
            % (n, key, MARK))


def s_iot_tasmota_user_config_override(rng, key, nk, nv, vlen):
    n = ('#undef  USER_%s\n#define USER_%s "%s"\n' % (nk, nk, nv)) if nk else ''
    return ('// user_config_override.h for the melt-room plugs\n#ifndef _USER_CONFIG_OVERRIDE_H_\n#define _USER_CONFIG_OVERRIDE_H_\n'
            '%s#undef  USER_%s\n#define USER_%s "%s"\n#endif\n' % (n, key, key, MARK))


def s_office_bitwarden_csv_export(rng, key, nk, nv, vlen):
    return ('folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n'
            'Integrations,,login,%s,,,0,,%s,%s,\n' % (key, nv or 'api', MARK))


def s_office_apple_passwords_csv_export(rng, key, nk, nv, vlen):
    return ('Title,URL,Username,Password,Notes,OTPAuth\n%s,,%s,%s,,\n' % (key, nv or 'api', MARK))


def s_office_discord_dm_export_txt(rng, key, nk, nv, vlen):
    n = (' (%s %s)' % (nk, nv)) if nk else ''
    return ('==============================================================\nGuild: Direct Messages\nChannel: %s\n'
            '==============================================================\n\n[%02d/%02d/2025 %02d:%02d] %s\nhere you go%s, the %s is %s\n'
            % (rng.choice(C.USERS), rng.randrange(1, 28), rng.randrange(1, 12), rng.randrange(8, 18),
               rng.randrange(60), rng.choice(C.USERS), n, key, MARK))


def s_office_google_keep_takeout_json(rng, key, nk, nv, vlen):
    n = ('\\n%s: %s' % (nk, nv)) if nk else ''
    return ('{"color":"YELLOW","isTrashed":false,"isPinned":true,"title":"logins - do not share",'
            '"textContent":"%s: %s%s","userEditedTimestampUsec":%d}\n' % (key, MARK, n, rng.randrange(10 ** 15, 2 * 10 ** 15)))


def s_dev_insomnia_environment_export_json(rng, key, nk, nv, vlen):
    n = ('"%s": "%s", ' % (nk, nv)) if nk else ''
    return ('{"_type": "export", "__export_format": 4, "resources": [{"_id": "env_%s", "_type": "environment", '
            '"name": "Production", "data": {"baseUrl": "https://shop.ambergrisash.example", %s"%s": "%s"}}]}\n'
            % (C.rand_str(rng, C.HEX, 32), n, key, MARK))


def s_dev_vscode_rest_client_settings_json(rng, key, nk, nv, vlen):
    n = ('      "%s": "%s",\n' % (nk, nv)) if nk else ''
    return ('{\n  "rest-client.environmentVariables": {\n    "production": {\n%s      "%s": "%s"\n    }\n  }\n}\n'
            % (n, key, MARK))


def s_dev_python_secrets_module(rng, key, nk, nv, vlen):
    n = ("%s = '%s'\n" % (nk, nv)) if nk else ''
    return ("# ambergris/secrets_local.py  (listed in .gitignore since last week)\n%s%s = '%s'\n" % (n, key, MARK))


def s_ops_gh_secret_set_capture(rng, key, nk, nv, vlen):
    n = ("$ gh secret set %s --body '%s'\n\u2713 Set Actions secret %s for tinctureloop/shop\n" % (nk, nv, nk)) if nk else ''
    return ("%s$ gh secret set %s --body '%s'\n\u2713 Set Actions secret %s for tinctureloop/shop\n" % (n, key, MARK, key))


def s_ops_netlify_env_set_capture(rng, key, nk, nv, vlen):
    n = ("$ netlify env:set %s '%s'\nSet environment variable %s in the all context\n" % (nk, nv, nk)) if nk else ''
    return ("%s$ netlify env:set %s '%s'\nSet environment variable %s in the all context\n" % (n, key, MARK, key))


def s_ops_aws_secretsmanager_secret_string_json(rng, key, nk, nv, vlen):
    n = ('\\"%s\\":\\"%s\\",' % (nk, nv)) if nk else ''
    return ('{\n    "ARN": "arn:aws:secretsmanager:eu-west-2:%d:secret:shop/integrations-%s",\n    "Name": "shop/integrations",\n'
            '    "SecretString": "{%s\\"%s\\":\\"%s\\"}",\n    "VersionStages": ["AWSCURRENT"]\n}\n'
            % (rng.randrange(10 ** 11, 10 ** 12), C.rand_str(rng, C.ALNUM, 6), n, key, MARK))


def s_ci_travis_yml_env_global(rng, key, nk, nv, vlen):
    n = ('    - %s="%s"\n' % (nk, nv)) if nk else ''
    return ('language: node_js\nnode_js: "20"\nenv:\n  global:\n%s    - %s="%s"\nscript: npm test\n' % (n, key, MARK))


def s_ci_buildkite_pipeline_env(rng, key, nk, nv, vlen):
    n = ('  %s: "%s"\n' % (nk, nv)) if nk else ''
    return ('env:\n%s  %s: "%s"\nsteps:\n  - label: ":package: build"\n    command: make release\n' % (n, key, MARK))


def s_shop_php_serialized_plugin_option(rng, key, nk, nv, vlen):
    items = []
    if nk:
        items.append('s:%d:"%s";s:%d:"%s";' % (len(nk), nk, len(nv), nv))
    items.append('s:%d:"%s";s:%d:"%s";' % (len(key), key, vlen, MARK))
    return ("wp> get_option( 'scent_sync_settings' );  // raw value from wp_options\na:%d:{%s}\n"
            % (len(items), ''.join(items)))


STYLES = [
    ('ops_sops_decrypted_secrets_yaml', 'snake', '`sops -d` output of the production secrets file', ('server', 'hook', 'ci')),
    ('dev_dotnet_user_secrets_list', 'colonpascal', '`dotnet user-secrets list` output', ('server',)),
    ('ops_kubectl_create_secret_literal_capture', 'upper', 'terminal capture of `kubectl create secret generic --from-literal`', ('server', 'hook')),
    ('ops_helm_values_production_yaml', 'camel', 'Helm `values-production.yaml`', ('server', 'hook')),
    ('ops_ansible_inventory_ini', 'snake', 'Ansible INI inventory host line with inline variables', ('iot', 'server')),
    ('iot_arduino_secrets_header', 'upper', '`arduino_secrets.h` of a sensor node', ('iot',)),
    ('iot_tasmota_user_config_override', 'upper', 'Tasmota `user_config_override.h`', ('iot',)),
    ('office_bitwarden_csv_export', 'title', 'Bitwarden CSV export row', ('owner', 'server')),
    ('office_apple_passwords_csv_export', 'title', 'Apple Passwords CSV export row', ('owner',)),
    ('office_discord_dm_export_txt', 'spaced', 'DiscordChatExporter plain-text DM export', ('owner', 'hook', 'server')),
    ('office_google_keep_takeout_json', 'spaced', 'Google Keep note from a Takeout export', ('owner', 'iot')),
    ('dev_insomnia_environment_export_json', 'camel', 'Insomnia environment export', ('server',)),
    ('dev_vscode_rest_client_settings_json', 'camel', 'VS Code REST Client environment in settings.json', ('server',)),
    ('dev_python_secrets_module', 'upper', 'Python `secrets_local.py` settings module', ('server', 'iot')),
    ('ops_gh_secret_set_capture', 'upper', 'terminal capture of `gh secret set --body`', ('ci', 'server')),
    ('ops_netlify_env_set_capture', 'upper', 'terminal capture of `netlify env:set`', ('server', 'hook')),
    ('ops_aws_secretsmanager_secret_string_json', 'snake', '`aws secretsmanager get-secret-value` output (SecretString)', ('server',)),
    ('ci_travis_yml_env_global', 'upper', '`.travis.yml` env.global', ('ci', 'server')),
    ('ci_buildkite_pipeline_env', 'upper', 'Buildkite `pipeline.yml` env', ('ci', 'server')),
    ('shop_php_serialized_plugin_option', 'snake', 'WooCommerce plugin option as PHP serialize() output', ('server', 'hook')),
]
STYLE_CASE = {s[0]: s[1] for s in STYLES}
STYLE_DESC = {s[0]: s[2] for s in STYLES}
RENDER = {s[0]: globals()['s_' + s[0]] for s in STYLES}


def assign_styles():
    rng = random.Random(SEED_STYLES)
    used = {s[0]: 0 for s in STYLES}
    order = [v[0] for v in VENDORS]
    rng.shuffle(order)
    out = {}
    for t in order:
        fits = [s[0] for s in STYLES if FAMILY[t] in s[3]]
        rng.shuffle(fits)
        fits.sort(key=lambda s: used[s])
        out[t] = fits[0]
        used[fits[0]] += 1
    return out


def neighbour_gen(spec, rng):
    if isinstance(spec, str):
        return special_gen(spec, rng)
    return spec_gen(spec, rng)


def build(reg):
    rng = random.Random(SEED_VALUES)
    styles = assign_styles()
    recs = []
    for t, group, spec, src, nb, fam in VENDORS:
        style = styles[t]
        case = STYLE_CASE[style]
        key = C.style_key(type_words(t), case)
        nk = nv = None
        if nb:
            nk = C.style_key(nb[0].split(), case)
            nv = reg.draw(lambda: neighbour_gen(nb[1], rng))
        v = reg.draw(lambda: spec_gen(spec, rng) if not isinstance(spec, str) else special_gen(spec, rng))
        tmpl = RENDER[style](rng, key, nk, nv, len(v))
        text, s, e = C.place(tmpl, v)
        recs.append({'type': t, 'container': '%s__%s' % (t, style), 'text': text,
                     'secrets': [{'value': v, 'start': s, 'end': e, 'type': t}], 'source': 'vendor'})
    return recs
