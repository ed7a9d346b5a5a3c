"""Vendor positives: one record per vendor type, each in a style typical of where that key lives."""
import base64
import json
import random
import re
import string

import common267 as C
import world267 as W

ALPH = {
    'hex': C.HEX, 'HEX': '0123456789ABCDEF', 'alnum': C.B62, 'lalnum': C.LOWER_ALNUM,
    'ualnum': C.UPPER_ALNUM, 'b64u': C.B64URL, 'b64s': C.B64STD, 'digits': string.digits,
    'lower': string.ascii_lowercase, 'azure': C.B62 + '_~.', 'azure2': C.B62 + '_~.-',
}
RX = {
    'hex': '0-9a-f', 'HEX': '0-9A-F', 'alnum': 'A-Za-z0-9', 'lalnum': 'a-z0-9', 'ualnum': 'A-Z0-9',
    'b64u': 'A-Za-z0-9_-', 'b64s': 'A-Za-z0-9+/', 'digits': '0-9', 'lower': 'a-z', 'azure': 'A-Za-z0-9_~.',
    'azure2': 'A-Za-z0-9_~.-',
}
UUID4_RX = '[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}'


def L(s):
    return ('L', s)


def A(name, n):
    return ('A', name, n)


U = ('U',)
P = ('P',)


def F(name):
    return ('F', name)


def spec_regex(spec):
    out = []
    for part in spec:
        if part[0] == 'L':
            out.append(re.escape(part[1]))
        elif part[0] == 'A':
            out.append('[%s]{%d}' % (RX[part[1]], part[2]))
        elif part[0] == 'U':
            out.append(UUID4_RX)
        elif part[0] == 'P':
            out.append(W.PASSWORD_RE.pattern[1:-1])
        elif part[0] == 'F':
            out.append(FRAME_RX[part[1]])
    return '^' + ''.join(out) + '$'


def spec_text(spec):
    bits = []
    names = {'hex': 'lower-case hex', 'HEX': 'upper-case hex', 'alnum': 'alphanumerics', 'lalnum': 'lower-case alphanumerics',
             'ualnum': 'upper-case alphanumerics', 'b64u': 'base64url characters', 'b64s': 'standard Base64 characters',
             'digits': 'digits', 'lower': 'lower-case letters', 'azure': 'of [A-Za-z0-9_~.]', 'azure2': 'of [A-Za-z0-9_~.-]'}
    for part in spec:
        if part[0] == 'L':
            bits.append('`%s`' % part[1])
        elif part[0] == 'A':
            bits.append('%d %s' % (part[2], names[part[1]]))
        elif part[0] == 'U':
            bits.append('UUIDv4')
        elif part[0] == 'P':
            bits.append('owner-chosen password')
        elif part[0] == 'F':
            bits.append(FRAME_TEXT[part[1]])
    return ' + '.join(bits)


FRAME_RX = {
    'supabase_jwt': r'eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}',
    'glc_json': r'glc_[A-Za-z0-9+/]{32,400}={0,3}',
    'ops_json': r'ops_eyJ[A-Za-z0-9+/]{250,}={0,3}',
    'pypi_macaroon': r'pypi-AgEIcHlwaS5vcmcC[A-Za-z0-9_-]{150,300}',
    'line_token': r'[A-Za-z0-9+/]{171}=',
}
FRAME_TEXT = {
    'supabase_jwt': 'real HS256 JWT (header {alg, typ}; payload {iss: supabase, ref, role: service_role, iat, exp}) under a discarded key',
    'glc_json': '`glc_` + standard Base64 of compact JSON {o, n, k, m: {r}} (the Grafana Cloud access-policy token frame)',
    'ops_json': '`ops_` + standard Base64 of compact JSON (signInAddress, userAuth, email, srpX, muk, secretKey, throttleSecret, deviceUuid)',
    'pypi_macaroon': '`pypi-` + base64url of a byte string that opens with the macaroon location packet `pypi.org` (so the text opens `AgEIcHlwaS5vcmcC`)',
    'line_token': '171 standard Base64 characters + `=` (128 random bytes)',
}


def gen_frame(name, rng, hs_keys):
    if name == 'supabase_jwt':
        key = C.rand_bytes(rng, 32)
        ref = C.rand_str(rng, string.ascii_lowercase, 20)
        iat = 1690000000 + rng.randrange(30000000)
        tok = C.jwt_hs256(key, {'alg': 'HS256', 'typ': 'JWT'},
                          {'iss': 'supabase', 'ref': ref, 'role': 'service_role', 'iat': iat, 'exp': iat + 315360000})
        hs_keys.append(key)
        return tok
    if name == 'glc_json':
        body = {'o': str(rng.randrange(10 ** 6, 10 ** 7)), 'n': 'stack-%d-hm-write-%s' % (rng.randrange(10 ** 5, 10 ** 6), 'festival-metrics'),
                'k': C.rand_str(rng, C.B62, 24), 'm': {'r': 'prod-gb-south-0'}}
        return 'glc_' + C.b64s(json.dumps(body, separators=(',', ':')).encode())
    if name == 'ops_json':
        body = {'signInAddress': 'tetherline.1password.eu',
                'userAuth': {'method': 'SRPg-4096', 'alg': 'PBES2g-HS256', 'iterations': 650000,
                             'salt': C.b64u(C.rand_bytes(rng, 16))},
                'email': '%s@1passwordserviceaccounts.eu' % C.rand_str(rng, string.ascii_lowercase, 13),
                'srpX': C.rand_str(rng, C.HEX, 64),
                'muk': {'alg': 'A256GCM', 'ext': True, 'k': C.b64u(C.rand_bytes(rng, 32)), 'key_ops': ['encrypt', 'decrypt'],
                        'kty': 'oct', 'kid': 'mp'},
                'secretKey': 'A3-%s-%s-%s-%s-%s-%s' % (C.rand_str(rng, C.UPPER_ALNUM, 6), C.rand_str(rng, C.UPPER_ALNUM, 6),
                                                      C.rand_str(rng, C.UPPER_ALNUM, 5), C.rand_str(rng, C.UPPER_ALNUM, 5),
                                                      C.rand_str(rng, C.UPPER_ALNUM, 5), C.rand_str(rng, C.UPPER_ALNUM, 5)),
                'throttleSecret': {'seed': C.rand_str(rng, C.HEX, 64), 'uuid': C.rand_str(rng, C.UPPER_ALNUM, 26)},
                'deviceUuid': C.rand_str(rng, string.ascii_lowercase + string.digits, 26)}
        return 'ops_' + C.b64s(json.dumps(body, separators=(',', ':')).encode())
    if name == 'pypi_macaroon':
        raw = b'\x02\x01\x08pypi.org\x02' + bytes([rng.randrange(30, 60)]) + C.rand_bytes(rng, rng.randrange(115, 160))
        return 'pypi-' + C.b64u(raw)
    if name == 'line_token':
        return base64.b64encode(C.rand_bytes(rng, 128)).decode()
    raise ValueError(name)


def frame_ok(name, v, hs_keys):
    try:
        if name == 'supabase_jwt':
            h, p, s = v.split('.')
            pay = json.loads(C.b64u_dec(p))
            return (json.loads(C.b64u_dec(h)) == {'alg': 'HS256', 'typ': 'JWT'} and pay.get('role') == 'service_role'
                    and any(C.jwt_hs256_ok(v, k) for k in hs_keys))
        if name == 'glc_json':
            d = json.loads(base64.b64decode(v[4:]))
            return set(d) == {'o', 'n', 'k', 'm'}
        if name == 'ops_json':
            d = json.loads(base64.b64decode(v[4:]))
            return 'secretKey' in d and 'muk' in d
        if name == 'pypi_macaroon':
            return C.b64u_dec(v[5:]).startswith(b'\x02\x01\x08pypi.org\x02')
        if name == 'line_token':
            return len(base64.b64decode(v)) == 128
    except Exception:
        return False
    return False


def gen_spec(spec, rng, forbidden, hs_keys):
    out = []
    for part in spec:
        if part[0] == 'L':
            out.append(part[1])
        elif part[0] == 'A':
            out.append(C.rand_str(rng, ALPH[part[1]], part[2]))
        elif part[0] == 'U':
            out.append(C.uuid4(rng))
        elif part[0] == 'P':
            out.append(W.make_password(rng, W.JOINERS_ALL, 0.4, forbidden))
        elif part[0] == 'F':
            out.append(gen_frame(part[1], rng, hs_keys))
    return ''.join(out)


# ------------------------------------------------------------------ neighbours (public halves)
def nb_digits(prefix, n):
    return lambda r: prefix + C.rand_str(r, string.digits, n)


def nb_alpha(alpha, n, prefix=''):
    return lambda r: prefix + C.rand_str(r, ALPH[alpha], n)


def nb_uuid(r):
    return C.uuid4(r)


def nb_login(firm):
    return lambda r: '%s.%s%d' % (firm, W.first(r).lower(), r.randrange(10, 99))


def nb_email(firm):
    return lambda r: '%s+%d@%s' % (W.first(r).lower(), r.randrange(100, 999), W.FIRMS[firm][1])


# ------------------------------------------------------------------ the vendor types
# (type, family, spec, provenance, neighbour or None)
V = []


def v(typ, fam, spec, prov, nb=None):
    V.append((typ, fam, spec, prov, nb))


# trade: dealer portals, associations, stations (owner-chosen passwords)
v('duotone_dealer_portal_password', 'owner', [P], 'owner', ('dealer number', nb_digits('DT', 6)))
v('ozone_kites_dealer_extranet_password', 'owner', [P], 'owner', ('dealer login', nb_login('skyrigg')))
v('cabrinha_b2b_store_password', 'owner', [P], 'owner', ('account email', nb_email('briskreach')))
v('flysurfer_dealer_area_password', 'owner', [P], 'owner', ('customer number', nb_digits('', 7)))
v('iko_center_portal_password', 'owner', [P], 'owner', ('center id', nb_digits('IKO-C', 5)))
v('bksa_school_portal_password', 'owner', [P], 'owner', ('school number', nb_digits('BKSA', 4)))
v('vdws_station_login_password', 'owner', [P], 'owner', ('station number', nb_digits('', 5)))
v('rya_training_centre_portal_password', 'owner', [P], 'owner', ('centre number', nb_digits('RYA', 6)))
v('windguru_station_upload_password', 'owner', [P], 'owner', ('station id', nb_digits('', 4)))
v('challenge_sailcloth_customer_portal_password', 'owner', [P], 'owner', ('customer number', nb_digits('CS', 5)))
v('liros_b2b_shop_password', 'owner', [P], 'owner', ('customer number', nb_digits('', 6)))
v('dimension_polyant_extranet_password', 'owner', [P], 'owner', ('customer number', nb_digits('DP', 6)))
# trade: weather, tracking, booking, ticketing, shipping, shop, payments
v('holfuy_station_api_key', 'trade', [A('alnum', 16)], 'guessed', ('station id', nb_digits('', 4)))
v('windy_point_forecast_api_key', 'trade', [A('alnum', 32)], 'guessed')
v('weatherflow_tempest_personal_access_token', 'trade', [U], 'believed', ('station id', nb_digits('', 5)))
v('stormglass_api_key', 'trade', [U, L('-'), U], 'read (Kingfisher stormglass: 73 of [0-9A-Za-z-]; two UUIDv4 joined by `-` believed)')
v('openweathermap_api_key', 'trade', [A('hex', 32)], 'read (Kingfisher openweather: 32 lower-case alphanumerics; hex mine)')
v('worldweatheronline_api_key', 'trade', [A('lalnum', 31)], 'read (Kingfisher worldweather)')
v('marinetraffic_api_key', 'trade', [A('hex', 40)], 'guessed')
v('checkfront_api_secret', 'trade', [A('hex', 64)], 'guessed', ('api key', nb_alpha('hex', 40)))
v('rezdy_api_key', 'trade', [A('hex', 32)], 'guessed')
v('bookeo_secret_key', 'trade', [A('alnum', 32)], 'guessed', ('api key', nb_alpha('ualnum', 30)))
v('regiondo_private_api_key', 'trade', [A('hex', 40)], 'guessed', ('public key', nb_alpha('hex', 32)))
v('eventbrite_private_oauth_token', 'trade', [A('ualnum', 20)], 'read (Kingfisher eventbrite)')
v('tito_admin_api_token', 'trade', [A('alnum', 22)], 'guessed')
v('pretix_organizer_api_token', 'trade', [A('lalnum', 64)], 'believed')
v('weezevent_api_key', 'trade', [A('hex', 32)], 'guessed')
v('strava_api_client_secret', 'trade', [A('hex', 40)], 'believed', ('client id', nb_digits('', 6)))
v('shipstation_api_secret', 'shop', [A('hex', 32)], 'guessed', ('api key', nb_alpha('hex', 32)))
v('sendcloud_api_secret_key', 'shop', [A('hex', 32)], 'guessed', ('public key', nb_uuid))
v('royal_mail_click_and_drop_api_key', 'shop', [U], 'guessed')
v('easypost_production_api_key', 'shop', [L('EZAK'), A('hex', 54)], 'read (gitleaks easypost-api-token: 54 alphanumerics; hex mine)')
v('shippo_live_api_token', 'shop', [L('shippo_live_'), A('hex', 40)], 'read (gitleaks shippo-api-token)')
v('dhl_express_mydhl_api_secret', 'shop', [A('alnum', 16)], 'guessed', ('api key', nb_alpha('alnum', 14)))
v('woocommerce_rest_consumer_secret', 'shop', [L('cs_'), A('hex', 40)], 'believed', ('consumer key', nb_alpha('hex', 40, 'ck_')))
v('square_production_access_token', 'shop', [L('EAAA'), A('b64u', 60)], 'read (gitleaks square-access-token, Kingfisher square)')
v('paypal_rest_api_client_secret', 'shop', [L('E'), A('b64u', 79)], 'read (Kingfisher paypal: 44-80 of [a-z0-9_.-]; the leading E and 80 believed)',
  ('client id', nb_alpha('b64u', 79, 'A')))
v('stripe_webhook_endpoint_secret', 'shop', [L('whsec_'), A('alnum', 32)], 'believed')
v('zoho_books_oauth_refresh_token', 'shop', [L('1000.'), A('hex', 32), L('.'), A('hex', 32)], 'believed')
v('hubspot_private_app_access_token', 'shop', [L('pat-eu1-'), U], 'read (Kingfisher hubspot)')
v('sendgrid_mail_api_key', 'msg', [L('SG.'), A('b64u', 22), L('.'), A('b64u', 43)], 'read (gitleaks sendgrid-api-token: SG. + 66; the 22 . 43 split believed)')
v('mailjet_api_secret_key', 'msg', [A('hex', 32)], 'believed', ('api key', nb_alpha('hex', 32)))
v('mandrill_api_key', 'msg', [A('b64u', 22)], 'read (Kingfisher mandrill)')
v('sparkpost_api_key', 'msg', [A('hex', 40)], 'read (Kingfisher sparkpost: 40 alphanumerics; hex mine)')
v('elastic_email_api_key', 'msg', [A('HEX', 96)], 'read (Kingfisher elasticemail: 96 of [A-Za-z0-9_-]; upper hex mine)')
v('typeform_personal_access_token', 'shop', [L('tfp_'), A('b64u', 59)], 'read (gitleaks typeform-api-token)')
v('jotform_api_key', 'shop', [A('hex', 32)], 'read (Kingfisher jotform: 32 alphanumerics; hex mine)')
v('todoist_api_token', 'dev', [A('hex', 40)], 'read (Kingfisher todoist)')
v('trello_api_token', 'dev', [L('ATTA'), A('hex', 64)], 'believed (Kingfisher trello names the key: 32 of [a-z0-9-])', ('api key', nb_alpha('hex', 32)))
v('figma_personal_access_token', 'dev', [L('figd_'), A('b64u', 40)], 'read (Kingfisher figma)')
v('unsplash_access_key', 'shop', [A('b64u', 43)], 'read (Kingfisher unsplash: 43 of [0-9A-Za-z_]; - believed)')
v('imagekit_private_api_key', 'shop', [L('private_'), A('alnum', 27), L('=')], 'read (Kingfisher imagekit: 36 of [a-zA-Z0-9_=]; the private_ head believed)')
v('vimeo_personal_access_token', 'shop', [A('hex', 32)], 'guessed')
v('youtube_data_api_key', 'shop', [L('AIza'), A('b64u', 35)], 'believed (the gcp-api-key shape)')
v('facebook_page_access_token', 'msg', [L('EAAG'), A('alnum', 180)], 'read (gitleaks facebook-page-access-token)')
# messaging, hooks, notifications
v('discord_webhook_url', 'msg', [L('https://discord.com/api/webhooks/'), A('digits', 19), L('/'), A('b64u', 68)],
  'read (Kingfisher discord webhook: 18 digits / 68 of [0-9a-z-]; 19 digits and mixed case believed; the whole URL labelled)')
v('microsoft_teams_incoming_webhook_url', 'msg', [L('https://portbeckkitefest.webhook.office.com/webhookb2/'), U, L('@'), U,
                                                  L('/IncomingWebhook/'), A('hex', 32), L('/'), U],
  'read (gitleaks microsoft-teams-webhook; the whole URL labelled)')
v('slack_app_level_token', 'msg', [L('xapp-1-A'), A('ualnum', 10), L('-'), A('digits', 13), L('-'), A('hex', 64)],
  'read (gitleaks slack-app-token)')
v('line_messaging_channel_access_token', 'msg', [F('line_token')], 'read (Kingfisher line)')
v('vonage_api_secret', 'msg', [A('alnum', 16)], 'believed', ('api key', nb_alpha('hex', 8)))
v('telnyx_api_key_v2', 'msg', [L('KEY'), A('b64u', 55)], 'read (Kingfisher telnyx)')
v('ntfy_access_token', 'msg', [L('tk_'), A('lalnum', 29)], 'believed')
v('pushbullet_access_token', 'msg', [L('o.'), A('alnum', 32)], 'read (Kingfisher pushbullet: 34 of [A-Za-z0-9_.]; the o. head believed)')
v('onesignal_rest_api_key', 'msg', [U], 'read (Kingfisher onesignal)', ('app id', nb_uuid))
v('firebase_cloud_messaging_server_key', 'msg', [L('AAAA'), A('b64u', 7), L(':APA91b'), A('b64u', 134)], 'believed')
v('zapier_catch_hook_url', 'msg', [L('https://hooks.zapier.com/hooks/catch/'), A('digits', 8), L('/'), A('lalnum', 7), L('/')],
  'read (Kingfisher zapierwebhook; digits / 7 lower-case alphanumerics believed; the whole URL labelled)')
# AI
v('anthropic_admin_api_key', 'ai', [L('sk-ant-admin01-'), A('b64u', 93), L('AA')], 'read (gitleaks anthropic-admin-api-key)')
v('openai_service_account_api_key', 'ai', [L('sk-svcacct-'), A('b64u', 74), L('T3BlbkFJ'), A('b64u', 74)], 'read (gitleaks openai-api-key)')
v('xai_grok_api_key', 'ai', [L('xai-'), A('alnum', 80)], 'read (Kingfisher xai)')
v('elevenlabs_api_key', 'ai', [L('sk_'), A('hex', 48)], 'read (Kingfisher elevenlabs)')
v('assemblyai_api_key', 'ai', [A('hex', 32)], 'read (Kingfisher assemblyai: 32 of [0-9a-z]; hex mine)')
v('deepgram_api_key', 'ai', [A('hex', 40)], 'read (Kingfisher deepgram: 40 of [0-9a-z]; hex mine)')
v('cohere_production_api_key', 'ai', [A('alnum', 40)], 'read (gitleaks cohere-api-token)')
v('mistral_api_key', 'ai', [A('alnum', 32)], 'guessed')
v('openrouter_api_key', 'ai', [L('sk-or-v1-'), A('hex', 64)], 'believed')
v('deepseek_api_key', 'ai', [L('sk-'), A('hex', 32)], 'believed')
v('nvidia_nim_api_key', 'ai', [L('nvapi-'), A('b64u', 64)], 'read (Kingfisher nvapi)')
v('clarifai_personal_access_token', 'ai', [A('hex', 32)], 'read (Kingfisher clarifai: 32 alphanumerics; hex mine)')
# developer services
v('github_app_installation_token', 'dev', [L('ghs_'), A('alnum', 36)], 'read (gitleaks github-app-token)')
v('github_oauth_refresh_token', 'dev', [L('ghr_'), A('alnum', 36)], 'read (gitleaks github-refresh-token)')
v('gitlab_deploy_token', 'dev', [L('gldt-'), A('b64u', 20)], 'read (gitleaks gitlab-deploy-token)', ('deploy username', nb_digits('gitlab+deploy-token-', 6)))
v('gitlab_pipeline_trigger_token', 'dev', [L('glptt-'), A('hex', 40)], 'read (gitleaks gitlab-ptt)')
v('pypi_project_upload_token', 'dev', [F('pypi_macaroon')], 'read (gitleaks pypi-upload-token; the macaroon bytes believed)')
v('docker_hub_personal_access_token', 'dev', [L('dckr_pat_'), A('b64u', 27)], 'read (Kingfisher dockerhub)', ('docker id', nb_login('tetherline')))
v('terraform_cloud_user_api_token', 'dev', [A('alnum', 14), L('.atlasv1.'), A('b64u', 67)], 'read (gitleaks hashicorp-tf-api-token)')
v('postman_api_key', 'dev', [L('PMAK-'), A('hex', 24), L('-'), A('hex', 34)], 'read (gitleaks postman-api-token)')
v('linear_personal_api_key', 'dev', [L('lin_api_'), A('alnum', 40)], 'read (gitleaks linear-api-key)')
v('atlassian_cloud_api_token', 'dev', [L('ATATT3'), A('b64u', 186)], 'read (gitleaks atlassian-api-token)', ('account email', nb_email('tetherline')))
v('netlify_personal_access_token', 'dev', [L('nfp_'), A('alnum', 36)], 'believed')
v('doppler_personal_token', 'dev', [L('dp.pt.'), A('alnum', 43)], 'read (gitleaks doppler-api-token)')
v('hashicorp_vault_service_token', 'ops', [L('hvs.CAESI'), A('b64u', 86)], 'read (gitleaks vault-service-token: hvs. + 90-120; the CAESI head believed)')
v('sonarqube_project_analysis_token', 'dev', [L('sqp_'), A('hex', 40)], 'read (Kingfisher sonarqube, gitleaks sonar-api-token)')
v('codecov_repository_upload_token', 'dev', [A('lalnum', 32)], 'read (gitleaks codecov-access-token)')
v('supabase_service_role_jwt', 'dev', [F('supabase_jwt')], 'believed')
v('supabase_management_access_token', 'dev', [L('sbp_'), A('hex', 40)], 'read (Kingfisher supabasetoken)')
v('expo_robot_access_token', 'dev', [A('b64u', 40)], 'guessed')
v('launchdarkly_server_sdk_key', 'dev', [L('sdk-'), U], 'believed')
v('planetscale_service_token', 'dev', [L('pscale_tkn_'), A('b64u', 43)], 'read (gitleaks planetscale-api-token)', ('service token id', nb_alpha('lalnum', 12)))
v('clickhouse_cloud_api_secret', 'dev', [L('4b1d'), A('alnum', 38)], 'read (gitleaks clickhouse-cloud-api-secret-key)', ('key id', nb_alpha('alnum', 20)))
v('octopus_deploy_api_key', 'dev', [L('API-'), A('ualnum', 26)], 'read (gitleaks octopus-deploy-api-key)')
# ops, cloud, monitoring, identity, maps
v('grafana_service_account_token', 'ops', [L('glsa_'), A('alnum', 32), L('_'), A('hex', 8)], 'read (gitleaks grafana-service-account-token)')
v('grafana_cloud_access_policy_token', 'ops', [F('glc_json')], 'read (gitleaks grafana-cloud-api-token; the JSON inside believed)')
v('datadog_application_key', 'ops', [A('hex', 40)], 'believed', ('api key', nb_alpha('hex', 32)))
v('honeycomb_ingest_api_key', 'ops', [A('alnum', 22)], 'read (Kingfisher honeycomb)')
v('betterstack_telemetry_source_token', 'ops', [A('alnum', 24)], 'read (Kingfisher betterstack)')
v('opsgenie_integration_api_key', 'ops', [U], 'read (Kingfisher opsgenie)')
v('statuscake_api_token', 'ops', [A('alnum', 20)], 'read (Kingfisher statuscake)')
v('ngrok_agent_authtoken', 'ops', [L('2'), A('alnum', 26), L('_'), A('digits', 1), A('alnum', 20)], 'read (Kingfisher ngrok)')
v('vultr_api_key', 'ops', [A('ualnum', 36)], 'read (Kingfisher vultrapikey)')
v('scaleway_api_secret_key', 'ops', [U], 'read (Kingfisher scalewaykey)', ('access key', nb_alpha('ualnum', 17, 'SCW')))
v('backblaze_b2_application_key', 'ops', [L('K00'), A('b64u', 28)], 'believed', ('key id', nb_alpha('hex', 25)))
v('cloudflare_r2_secret_access_key', 'ops', [A('hex', 64)], 'believed', ('access key id', nb_alpha('hex', 32)))
v('azure_openai_service_api_key', 'ai', [A('hex', 32)], 'read (Kingfisher azureopenai)')
v('azure_entra_client_secret', 'ops', [A('azure', 3), A('digits', 1), L('Q~'), A('azure2', 34)], 'read (gitleaks azure-ad-client-secret)',
  ('client id', nb_uuid))
v('fastly_api_token', 'ops', [A('b64u', 32)], 'read (gitleaks fastly-api-token)')
v('aws_bedrock_long_term_api_key', 'ai', [L('ABSK'), A('b64s', 132)], 'read (gitleaks aws-amazon-bedrock-api-key-long-lived)')
v('defined_networking_api_token', 'ops', [L('dnkey-'), A('lalnum', 26), L('-'), A('lalnum', 52)], 'read (gitleaks defined-networking-api-token)')
v('maxmind_geoip_license_key', 'ops', [A('alnum', 6), L('_'), A('alnum', 29), L('_mmk')], 'read (gitleaks maxmind-license-key)', ('account id', nb_digits('', 7)))
v('jumpcloud_api_key', 'ops', [A('alnum', 40)], 'read (Kingfisher jumpcloud)')
v('keycloak_confidential_client_secret', 'ops', [A('alnum', 32)], 'believed', ('client id', lambda r: 'booking-api-%s' % C.rand_str(r, string.ascii_lowercase, 5)))
v('onepassword_service_account_token', 'ops', [F('ops_json')], 'read (gitleaks 1password-service-account-token; the JSON inside believed)')
v('what3words_api_key', 'trade', [A('ualnum', 8)], 'guessed')

FAMILY_TITLES = {
    'owner': 'Owner-chosen passwords of trade portals, dealer extranets, associations and station uploads',
    'trade': 'Trade services: wind and weather, trackers, booking, festival ticketing, places',
    'shop': 'Shop, shipping, payments, forms, media and accounting',
    'msg': 'Messaging, mail, hooks and notifications',
    'ai': 'AI services',
    'dev': 'Developer services',
    'ops': 'Ops, cloud, monitoring, networking and identity',
}

# ------------------------------------------------------------------ styles
STYLES = {}   # name -> (case, description, families, forbidden, fn)


def style(name, case, desc, fams, forbidden):
    def deco(fn):
        STYLES[name] = (case, desc, fams, forbidden, fn)
        return fn
    return deco


def kname(typ_or_words, case):
    words = typ_or_words.split('_') if isinstance(typ_or_words, str) else typ_or_words
    import everyday267 as E
    if case == 'path':
        return '-'.join(words)
    return E.key_name(words, case)


def nbkey(typ, label, case):
    return kname([typ.split('_')[0]] + label.split(), case)


VAL = object()


@style('ops_doppler_secrets_download_json', 'upper', 'terminal capture of `doppler secrets download --no-file --format json`',
       ('trade', 'shop', 'ops'), '"\\')
def _s(typ, nb, r):
    rows = [('DOPPLER_CONFIG', 'prd'), ('DOPPLER_ENVIRONMENT', 'prd'), ('DOPPLER_PROJECT', 'booking-api')]
    if nb:
        rows.append((nbkey(typ, nb[0], 'upper'), nb[1]))
    rows.append((kname(typ, 'upper'), VAL))
    rows.sort(key=lambda kv: kv[0])
    seg = ['$ doppler secrets download --no-file --format json --project booking-api --config prd\n{\n']
    for i, (k, vv) in enumerate(rows):
        seg += ['  "%s": "' % k, vv, '"' + (',' if i < len(rows) - 1 else '') + '\n']
    seg.append('}\n')
    return seg


@style('ops_heroku_config_output', 'upper', 'terminal capture of `heroku config -a skyrigg-shop`', ('shop', 'trade'), ' ')
def _s(typ, nb, r):
    rows = [('DATABASE_URL', 'postgres://u%s:****@ec2.example:5432/d%s' % (C.rand_str(r, C.LOWER_ALNUM, 6), C.rand_str(r, C.LOWER_ALNUM, 6))),
            ('WEB_CONCURRENCY', '2')]
    if nb:
        rows.append((nbkey(typ, nb[0], 'upper'), nb[1]))
    rows.append((kname(typ, 'upper'), VAL))
    width = max(len(k) for k, _ in rows) + 2
    seg = ['$ heroku config -a skyrigg-shop\n=== skyrigg-shop Config Vars\n']
    for k, vv in sorted(rows, key=lambda kv: kv[0]):
        seg += [(k + ':').ljust(width), vv, '\n']
    return seg


@style('ops_vercel_env_pull_file', 'upper', '.env.production.local written by `vercel env pull`', ('shop', 'msg'), '"\\$')
def _s(typ, nb, r):
    seg = ['# Created by Vercel CLI\nNEXT_PUBLIC_SITE_URL="https://book.briskreach.example"\n']
    if nb:
        seg += ['%s="' % nbkey(typ, nb[0], 'upper'), nb[1], '"\n']
    seg += ['%s="' % kname(typ, 'upper'), VAL, '"\nVERCEL_ENV="production"\n']
    return seg


@style('ops_aws_ssm_get_parameters_json', 'path', 'terminal capture of `aws ssm get-parameters --with-decryption` (JSON)',
       ('shop', 'dev', 'ops'), '"\\')
def _s(typ, nb, r):
    acct = C.rand_str(r, string.digits, 12)
    names = []
    if nb:
        names.append(('/tetherline/prod/' + nbkey(typ, nb[0], 'path'), nb[1], 'String'))
    names.append(('/tetherline/prod/' + kname(typ, 'path'), VAL, 'SecureString'))
    seg = ['$ aws ssm get-parameters --names %s --with-decryption\n{\n    "Parameters": [\n' % ' '.join(n for n, _, _ in names)]
    for i, (n, vv, t) in enumerate(names):
        seg += ['        {\n            "Name": "%s",\n            "Type": "%s",\n            "Value": "' % (n, t), vv,
                '",\n            "Version": %d,\n            "ARN": "arn:aws:ssm:eu-west-2:%s:parameter%s",\n            "DataType": "text"\n        }%s\n'
                % (r.randrange(1, 9), acct, n, ',' if i < len(names) - 1 else '')]
    seg.append('    ],\n    "InvalidParameters": []\n}\n')
    return seg


@style('ops_gh_secret_set_command', 'upper', 'terminal capture of `gh secret set` (with `gh variable set` for the public half)',
       ('dev', 'ops', 'ai'), '"\\$`!')
def _s(typ, nb, r):
    seg = []
    if nb:
        k = nbkey(typ, nb[0], 'upper')
        seg += ['$ gh variable set %s --body "' % k, nb[1], '" --repo tetherline/booking\n✓ Created variable %s for tetherline/booking\n' % k]
    k = kname(typ, 'upper')
    seg += ['$ gh secret set %s --body "' % k, VAL, '" --repo tetherline/booking\n✓ Set Actions secret %s for tetherline/booking\n' % k]
    return seg


@style('ops_nomad_var_put_command', 'snake', 'terminal capture of `nomad var put`', ('ops', 'trade'), "'")
def _s(typ, nb, r):
    seg = ['$ nomad var put -force nomad/jobs/gate-sync ']
    if nb:
        seg += ["%s='" % nbkey(typ, nb[0], 'snake'), nb[1], "' "]
    seg += ["%s='" % kname(typ, 'snake'), VAL, "'\nCreated variable \"nomad/jobs/gate-sync\" with modify index %d\n" % r.randrange(1000, 99999)]
    return seg


@style('ops_consul_kv_put_command', 'path', 'terminal capture of `consul kv put`', ('ops', 'dev'), "'")
def _s(typ, nb, r):
    seg = []
    if nb:
        p = 'config/booking/' + nbkey(typ, nb[0], 'path')
        seg += ["$ consul kv put %s '" % p, nb[1], "'\nSuccess! Data written to: %s\n" % p]
    p = 'config/booking/' + kname(typ, 'path')
    seg += ["$ consul kv put %s '" % p, VAL, "'\nSuccess! Data written to: %s\n" % p]
    return seg


@style('dev_direnv_envrc', 'upper', '.envrc loaded by direnv', ('ai', 'dev'), "'")
def _s(typ, nb, r):
    seg = ['# .envrc - %s\nuse flake\n' % W.first(r).lower()]
    if nb:
        seg += ["export %s='" % nbkey(typ, nb[0], 'upper'), nb[1], "'\n"]
    seg += ["export %s='" % kname(typ, 'upper'), VAL, "'\ndotenv_if_exists .env.local\n"]
    return seg


@style('dev_mise_toml_env', 'upper', 'mise.toml with an [env] table', ('ai', 'trade', 'dev'), '"\\')
def _s(typ, nb, r):
    seg = ['[tools]\nnode = "22"\npython = "3.12"\n\n[env]\n']
    if nb:
        seg += ['%s = "' % nbkey(typ, nb[0], 'upper'), nb[1], '"\n']
    seg += ['%s = "' % kname(typ, 'upper'), VAL, '"\n']
    return seg


@style('dev_wrangler_toml_vars', 'upper', 'Cloudflare wrangler.toml [vars] (a value that should have been a secret)', ('msg', 'shop'), '"\\')
def _s(typ, nb, r):
    seg = ['name = "festival-notify"\nmain = "src/index.ts"\ncompatibility_date = "2025-0%d-01"\n\n[vars]\n' % r.randrange(3, 9)]
    if nb:
        seg += ['%s = "' % nbkey(typ, nb[0], 'upper'), nb[1], '"\n']
    seg += ['%s = "' % kname(typ, 'upper'), VAL, '"\n']
    return seg


@style('dev_insomnia_environment_json', 'camel', 'Insomnia export (JSON) base environment', ('ai', 'trade', 'dev'), '"\\')
def _s(typ, nb, r):
    seg = ['{\n  "_type": "export",\n  "__export_format": 4,\n  "resources": [\n    {\n      "_id": "env_%s",\n      "_type": "environment",\n'
           '      "name": "Base Environment",\n      "data": {\n        "baseUrl": "https://api.briskreach.example",\n' % C.rand_str(r, C.HEX, 32)]
    if nb:
        seg += ['        "%s": "' % nbkey(typ, nb[0], 'camel'), nb[1], '",\n']
    seg += ['        "%s": "' % kname(typ, 'camel'), VAL, '"\n      }\n    }\n  ]\n}\n']
    return seg


@style('dev_pytest_ini_env', 'upper', 'pytest.ini with a pytest-env block', ('ai', 'msg', 'dev'), ' #;')
def _s(typ, nb, r):
    seg = ['[pytest]\naddopts = -q\nenv =\n    D:DJANGO_SETTINGS_MODULE=booking.settings.test\n']
    if nb:
        seg += ['    %s=' % nbkey(typ, nb[0], 'upper'), nb[1], '\n']
    seg += ['    %s=' % kname(typ, 'upper'), VAL, '\n']
    return seg


@style('iot_openhab_services_cfg', 'camel', 'openHAB services/*.cfg file on the wind-mast Pi (pid:property=value)', ('trade', 'msg'), '')
def _s(typ, nb, r):
    seg = ['# services/briskreach.cfg\nbriskreach:refreshSeconds=%d\n' % r.choice([60, 120, 300])]
    if nb:
        seg += ['briskreach:%s=' % nbkey(typ, nb[0], 'camel'), nb[1], '\n']
    seg += ['briskreach:%s=' % kname(typ, 'camel'), VAL, '\n']
    return seg


@style('iot_balena_env_add_command', 'upper', 'terminal capture of `balena env add` for the device fleet', ('trade', 'msg', 'ops'), "'")
def _s(typ, nb, r):
    seg = []
    if nb:
        seg += ["$ balena env add %s '" % nbkey(typ, nb[0], 'upper'), nb[1], "' --fleet briskreach/wind-mast\n"]
    seg += ["$ balena env add %s '" % kname(typ, 'upper'), VAL, "' --fleet briskreach/wind-mast\n$ balena envs --fleet briskreach/wind-mast | wc -l\n%d\n" % r.randrange(5, 15)]
    return seg


@style('office_bitwarden_json_export', 'title', 'Bitwarden unencrypted JSON export (one item)', ('owner', 'trade', 'shop'), '"\\')
def _s(typ, nb, r):
    title = ' '.join(w.capitalize() for w in typ.split('_')[:-1])
    seg = ['{\n  "encrypted": false,\n  "items": [\n    {\n      "id": "%s",\n      "type": 1,\n      "name": "%s",\n' % (C.uuid4(r), title)]
    if typ.endswith('_password'):
        seg += ['      "login": {\n        "username": "', nb[1] if nb else 'office', '",\n        "password": "', VAL,
                '",\n        "uris": [{"uri": "https://%s.example/login"}]\n      },\n' % typ.split('_')[0], '      "notes": null\n    }\n  ]\n}\n']
    else:
        seg += ['      "notes": "']
        if nb:
            seg += ['%s: ' % ' '.join(nb[0].split()).capitalize(), nb[1], ' / ']
        seg += ['%s: ' % ' '.join(typ.split('_')).capitalize(), VAL, '"\n    }\n  ]\n}\n']
    return seg


@style('office_lastpass_csv_export', 'title', 'LastPass CSV export (url,username,password,totp,extra,name,grouping,fav)', ('owner',), ',"')
def _s(typ, nb, r):
    title = ' '.join(w.capitalize() for w in typ.split('_')[:-1])
    return ['url,username,password,totp,extra,name,grouping,fav\nhttps://%s.example/login,' % typ.split('_')[0], nb[1] if nb else 'office', ',',
            VAL, ',,,%s,Suppliers,0\n' % title]


@style('office_keepass_xml_export', 'title', 'KeePass 2 XML export (one entry)', ('owner',), '<>&')
def _s(typ, nb, r):
    title = ' '.join(w.capitalize() for w in typ.split('_')[:-1])
    return ['<KeePassFile>\n <Root>\n  <Group>\n   <Name>Skyrigg</Name>\n   <Entry>\n    <UUID>%s</UUID>\n' % C.b64s(C.rand_bytes(r, 16)),
            '    <String><Key>Title</Key><Value>%s</Value></String>\n    <String><Key>UserName</Key><Value>' % title,
            nb[1] if nb else 'loft', '</Value></String>\n    <String><Key>Password</Key><Value ProtectInMemory="True">', VAL,
            '</Value></String>\n    <String><Key>URL</Key><Value>https://%s.example/</Value></String>\n   </Entry>\n  </Group>\n </Root>\n</KeePassFile>\n'
            % typ.split('_')[0]]


@style('office_teams_chat_copy', 'spaced', 'Microsoft Teams chat copied from the desktop client', ('owner', 'msg', 'trade'), '')
def _s(typ, nb, r):
    a, b = r.sample(W.PEOPLE, 2)
    seg = ['%s  %s\ncan you send me the %s login? portal is down for me\n\n%s  %s\n' % (a, W.clock(r), typ.split('_')[0], b, W.clock(r))]
    if nb:
        seg += ['%s ' % ' '.join(nb[0].split()), nb[1], '\n']
    seg += [' '.join(typ.split('_')) + ' ', VAL, '\ndelete this after pls\n']
    return seg


@style('office_element_chat_export_txt', 'spaced', 'Element (Matrix) room export as plain text', ('owner', 'ai', 'msg'), '')
def _s(typ, nb, r):
    a = W.person(r)
    seg = ['Thu, %d Jul 2025 %s - %s\n' % (r.randrange(1, 29), W.clock(r), a)]
    if nb:
        seg += ['%s = ' % ' '.join(nb[0].split()), nb[1], ', ']
    seg += [' '.join(typ.split('_')) + ' = ', VAL, '\nThu, %d Jul 2025 %s - %s\nthanks, in the vault now\n' % (r.randrange(1, 29), W.clock(r), W.person(r))]
    return seg


@style('office_linear_issue_comment', 'spaced', 'Linear issue comment (Markdown)', ('dev', 'msg', 'ai'), '`')
def _s(typ, nb, r):
    seg = ['**TET-%d** deploy fails on staging\n\nRe-ran with the ' % r.randrange(100, 999)]
    if nb:
        seg += ['%s `' % ' '.join(nb[0].split()), nb[1], '` and the ']
    seg += [' '.join(typ.split('_')) + ' `', VAL, '` and it passes now. Rotate after the festival.\n']
    return seg


STYLE_NAMES = list(STYLES)


def assign_styles(seed=26712):
    r = random.Random(seed)
    used = {s: 0 for s in STYLES}
    out = {}
    order = list(range(len(V)))
    for i in order:
        typ, fam, spec, prov, nb = V[i]
        fits = [s for s in STYLES if fam in STYLES[s][2]]
        if typ.endswith('_password'):
            fits = [s for s in fits if s.startswith('office_')]
        r.shuffle(fits)
        fits.sort(key=lambda s: used[s])
        out[typ] = fits[0]
        used[fits[0]] += 1
    return out


def build(reg, seed=26702):
    rng = random.Random(seed)
    styles = assign_styles()
    hs_keys = []
    recs, nbs = [], []
    for typ, fam, spec, prov, nb in V:
        st = styles[typ]
        case, desc, fams, forbidden, fn = STYLES[st]
        for _ in range(200):
            val = gen_spec(spec, rng, forbidden, hs_keys)
            if any(ch in forbidden for ch in val) or not reg.ok(val):
                continue
            break
        reg.add(val)
        nbv = None
        if nb:
            nbv = reg.draw(lambda: nb[1](rng))
        segs = fn(typ, (nb[0], nbv) if nb else None, rng)
        text, start = '', None
        for s in segs:
            if s is VAL:
                start = len(text)
                text += val
            else:
                text += s
        recs.append({'type': typ, 'container': '%s__%s' % (typ, st), 'text': text,
                     'secrets': [{'value': val, 'start': start, 'end': start + len(val), 'type': typ}], 'source': 'vendor'})
        nbs.append((typ, nbv))
    return recs, hs_keys, nbs, styles
