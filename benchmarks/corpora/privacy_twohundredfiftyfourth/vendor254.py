"""Vendor source: one record per vendor type, each in a container typical of where that key lives."""
import json
import random
import re

import common254 as C
import world254 as W

SEED = 25402
SEED_STYLES = 25412
M = '\u27e6V\u27e7'
N = '\u27e6N\u27e7'

CLS = {
    'alnum': (C.ALNUM, '[0-9A-Za-z]', 'alphanumerics'),
    'lalnum': (C.LOWER_ALNUM, '[0-9a-z]', 'lower-case alphanumerics'),
    'ualnum': (C.UPPER_ALNUM, '[0-9A-Z]', 'upper-case alphanumerics'),
    'hex': (C.HEX, '[0-9a-f]', 'lower-case hex'),
    'uhex': ('0123456789ABCDEF', '[0-9A-F]', 'upper-case hex'),
    'digits': (C.DIGITS, '[0-9]', 'digits'),
    'b64url': (C.B64URL, '[A-Za-z0-9_-]', 'base64url characters'),
    'b64': (C.B64, '[A-Za-z0-9+/]', 'standard Base64 characters'),
    'word': (C.ALNUM + '_', '[A-Za-z0-9_]', 'characters of A-Za-z0-9_'),
    'azsecret': (C.ALNUM + '_.~-', '[A-Za-z0-9_.~-]', 'characters of A-Za-z0-9_.~-'),
}


def seq(*parts):
    """parts: literal strings or (class, n) -> (generator, regex, shape text)."""
    def gen(rng):
        out = []
        for p in parts:
            if isinstance(p, str):
                out.append(p)
            else:
                out.append(C.rand_str(rng, CLS[p[0]][0], p[1]))
        return ''.join(out)
    rx = ''.join(re.escape(p) if isinstance(p, str) else '%s{%d}' % (CLS[p[0]][1], p[1]) for p in parts)
    shape = ' + '.join('`%s`' % p if isinstance(p, str) else '%d %s' % (p[1], CLS[p[0]][2]) for p in parts)
    return gen, '^' + rx + '$', shape


UUID_RX = '[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}'


def uuid_spec(prefix='', upper=False):
    def gen(rng):
        return prefix + C.uuid4(rng, upper=upper)
    rx = re.escape(prefix) + (UUID_RX.upper().replace('[89AB]', '[89AB]') if upper else UUID_RX)
    if upper:
        rx = re.escape(prefix) + '[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}'
    shape = ('`%s` + ' % prefix if prefix else '') + ('upper-case UUIDv4' if upper else 'UUIDv4')
    return gen, '^' + rx + '$', shape


def owner_spec():
    return (lambda rng: C.password(rng)), C.PASSWORD_RE.pattern, 'owner-chosen password'


# ---------------------------------------------------------------- special frames
FRAME_KEYS = {}     # value -> data needed to verify (public keys)


def hs256_jwt_spec(header_fn, payload_fn, shape):
    def gen(rng):
        return C.jwt_hs('HS256', header_fn(rng), payload_fn(rng), C.rand_bytes(rng, 32))
    return gen, r'^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$', shape


def wix_gen(rng):
    key = C.rsa_keypair(rng, 2048)
    header = {'kid': C.rand_str(rng, C.B64URL, 8), 'alg': 'RS256'}
    data = json.dumps({'id': C.uuid4(rng), 'identity': {'type': 'application', 'id': C.uuid4(rng)},
                       'tenant': {'type': 'account', 'id': C.uuid4(rng)}}, separators=(',', ':'))
    payload = {'data': data, 'iat': rng.randrange(1718000000, 1760000000)}
    tok = 'IST.' + C.jwt_rs256(key, header, payload)
    FRAME_KEYS[tok] = (key['n'], key['e'])
    return tok


def wix_check(v):
    if not v.startswith('IST.') or not C.jwt_frame_ok(v[4:]):
        return 'wix frame'
    h, p, s = v[4:].split('.')
    n, e = FRAME_KEYS.get(v, (None, None))
    if n is None or not C.rs256_verify(n, e, (h + '.' + p).encode(), C.b64url_decode(s)):
        return 'wix RS256 signature'
    return None


def gcp_key_gen(rng):
    key = C.rsa_keypair(rng, 2048)
    der = C.rsa_pkcs8_der(key)
    return C.pem_wrap(der, 'PRIVATE KEY', newline='\\n')


def gcp_key_check(v):
    m = re.fullmatch(r'-----BEGIN PRIVATE KEY-----\\n((?:[A-Za-z0-9+/=]{1,64}\\n)+)-----END PRIVATE KEY-----', v)
    if not m:
        return 'pem frame'
    import base64
    der = base64.b64decode(m.group(1).replace('\\n', ''))
    return None if C.pkcs8_rsa_valid(der) else 'pkcs8 rsa'


def pypi_gen(rng):
    # a macaroon starts 02 01 08 'pypi.org' -> base64 'AgEIcHlwaS5vcmc'
    body = b'\x02\x01\x08pypi.org\x02\x25' + C.rand_bytes(rng, 95)
    return 'pypi-' + C.b64url_nopad(body)


def pypi_check(v):
    if not re.fullmatch(r'pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000}', v):
        return 'pypi shape'
    return None if C.b64url_decode(v[5:]).startswith(b'\x02\x01\x08pypi.org') else 'pypi macaroon'


def grafana_cloud_gen(rng):
    j = {'o': str(rng.randrange(100000, 999999)), 'n': 'stack-%d-keenedge-logs' % rng.randrange(100000, 999999),
         'k': C.rand_str(rng, C.ALNUM, 24), 'm': {'r': 'prod-eu-west-2'}}
    return 'glc_' + C.b64(json.dumps(j, separators=(',', ':')).encode())


def grafana_cloud_check(v):
    import base64
    if not re.fullmatch(r'glc_[A-Za-z0-9+/]{32,400}={0,3}', v):
        return 'glc shape'
    try:
        j = json.loads(base64.b64decode(v[4:]))
    except Exception:
        return 'glc json'
    return None if set(j) == {'o', 'n', 'k', 'm'} else 'glc keys'


def bedrock_gen(rng):
    raw = ('BedrockAPIKey-%s-at-%s:' % (C.rand_str(rng, C.LOWER_ALNUM, 4), C.rand_str(rng, C.DIGITS, 12))).encode() + C.rand_bytes(rng, 60)
    return 'ABSK' + C.b64(raw)


def bedrock_check(v):
    import base64
    if not re.fullmatch(r'ABSK[A-Za-z0-9+/]{109,269}={0,2}', v):
        return 'absk shape'
    return None if base64.b64decode(v[4:]).startswith(b'BedrockAPIKey-') else 'absk frame'


def bitwarden_gen(rng):
    return '0.%s.%s:%s' % (C.uuid4(rng), C.rand_str(rng, C.ALNUM, 30), C.b64(C.rand_bytes(rng, 16)))


def teams_gen(rng):
    return ('https://keenedge.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s'
            % (C.uuid4(rng), C.uuid4(rng), C.rand_str(rng, C.HEX, 32), C.uuid4(rng)))


def discord_wh_gen(rng):
    return 'https://discord.com/api/webhooks/%d/%s' % (rng.randrange(10 ** 18, 10 ** 19), C.rand_str(rng, C.B64URL, 68))


def gchat_gen(rng):
    return ('https://chat.googleapis.com/v1/spaces/AAAA%s/messages?key=AIzaSy%s&token=%s'
            % (C.rand_str(rng, C.B64URL, 7), C.rand_str(rng, C.B64URL, 33), C.rand_str(rng, C.B64URL, 43)))


def mapbox_gen(rng):
    j = {'u': 'keenedge', 'a': 'cm' + C.rand_str(rng, C.LOWER_ALNUM, 23)}
    return 'sk.' + C.b64url_nopad(json.dumps(j, separators=(',', ':')).encode()) + '.' + C.rand_str(rng, C.B64URL, 22)


def atlassian_gen(rng):
    return 'ATATT3xFfGF0' + C.rand_str(rng, C.B64URL, 171) + '=' + C.rand_str(rng, '0123456789ABCDEF', 8)


def azure_gen(rng):
    return C.rand_str(rng, C.ALNUM, 3) + rng.choice(C.DIGITS) + 'Q~' + C.rand_str(rng, C.ALNUM + '_.~-', 34)


def aws_ses_gen(rng):
    return 'B' + C.rand_str(rng, C.B64, 43)


def line_gen(rng):
    return C.rand_str(rng, C.B64, 171) + '='


def hubspot_gen(rng):
    return 'pat-eu1-' + C.uuid4(rng)


def monday_payload(rng):
    return {'tid': rng.randrange(10 ** 8, 10 ** 9), 'aai': 11, 'uid': rng.randrange(10 ** 7, 10 ** 8),
            'iad': '2025-0%d-1%dT09:%02d:%02d.000Z' % (rng.randrange(1, 9), rng.randrange(0, 9), rng.randrange(60), rng.randrange(60)),
            'per': 'me:write', 'actid': rng.randrange(10 ** 7, 10 ** 8), 'rgn': 'euc1'}


def calendly_header(rng):
    return {'kid': C.rand_str(rng, C.HEX, 64), 'typ': 'PAT', 'alg': 'HS256'}


def calendly_payload(rng):
    iat = rng.randrange(1718000000, 1760000000)
    return {'iss': 'https://auth.calendly.com', 'iat': iat, 'jti': C.uuid4(rng),
            'user_uuid': C.uuid4(rng), 'app_uid': C.rand_str(rng, C.B64URL, 43), 'exp': iat + 31536000}


def supabase_payload(rng):
    iat = rng.randrange(1700000000, 1750000000)
    return {'iss': 'supabase', 'ref': C.rand_str(rng, C.LOWER, 20), 'role': 'service_role', 'iat': iat, 'exp': iat + 315360000}


def jwt_shape_check(v, want_alg, keys):
    if not C.jwt_frame_ok(v):
        return 'jwt frame'
    h, p, _ = v.split('.')
    hd = json.loads(C.b64url_decode(h))
    pl = json.loads(C.b64url_decode(p))
    if hd.get('alg') != want_alg or not set(keys) <= set(pl):
        return 'jwt claims'
    return None


# ---------------------------------------------------------------- the types
# (type, group, spec(gen, rx, shape), source, note, neighbour label or None, neighbour spec or None, families, frame check)
SPECS = []


def V(t, group, spec, src, note='', nb=None, nbspec=None, fam=('server',), frame=None):
    SPECS.append({'type': t, 'group': group, 'gen': spec[0], 'rx': spec[1], 'shape': spec[2], 'src': src,
                  'note': note, 'nb': nb, 'nbgen': nbspec[0] if nbspec else None, 'fam': fam, 'frame': frame})


G_TRADE = 'Trade services: kitchen-equipment repair and field service, parts, trade bodies, cutlery assay and testing, lockers, tills, shop, shipping, vans, bookings'
G_MKT = 'Commerce, payments, marketing and office tools'
G_MSG = 'Messaging, SMS, chat and webhooks'
G_AI = 'AI services'
G_DEV = 'Developer services'
G_OPS = 'Ops, cloud, network and devices'

V('rational_connectedcooking_api_key', G_TRADE, seq(('hex', 64)), 'guessed', 'combi-oven fleet portal', fam=('server',))
V('winterhalter_connected_wash_api_token', G_TRADE, seq(('alnum', 40)), 'guessed', 'dishwasher telemetry', fam=('server',))
V('welbilt_kitchenconnect_client_secret', G_TRADE, seq(('b64url', 48)), 'guessed', 'fryer and ice-machine cloud', 'welbilt kitchenconnect client id', uuid_spec(), fam=('server',))
V('hoshizaki_dealer_portal_password', G_TRADE, owner_spec(), 'owner', 'ice-machine dealer portal', 'hoshizaki dealer number', seq('HZ', ('digits', 6)), fam=('owner',))
V('servicem8_api_key', G_TRADE, seq('smk-', ('hex', 32)), 'read', 'the `smk-` prefix of ServiceM8 keys was seen in the ServiceM8 developer forum this session; the 32 hex are guessed', fam=('server',))
V('jobber_app_client_secret', G_TRADE, seq(('hex', 64)), 'guessed', 'field-service app', 'jobber client id', uuid_spec(), fam=('server',))
V('simpro_api_client_secret', G_TRADE, seq(('alnum', 40)), 'guessed', 'field-service ERP', 'simpro client id', seq(('hex', 30)), fam=('server',))
V('commusoft_api_key', G_TRADE, seq(('alnum', 32)), 'guessed', 'job management', fam=('server',))
V('joblogic_api_key', G_TRADE, uuid_spec(), 'guessed', 'job management', fam=('server',))
V('housecall_pro_api_key', G_TRADE, seq(('hex', 32)), 'guessed', 'field service', fam=('server',))
V('servicetitan_app_client_secret', G_TRADE, seq('cs1.', ('lalnum', 50)), 'guessed', 'field service (the `cs1.` / `cid.` prefixes are a vague memory)', 'servicetitan client id', seq('cid.', ('lalnum', 25)), fam=('server',))
V('first_choice_group_trade_portal_password', G_TRADE, owner_spec(), 'owner', 'catering spares trade portal', 'first choice account number', seq('FC', ('digits', 7)), fam=('owner',))
V('partmaster_trade_portal_password', G_TRADE, owner_spec(), 'owner', 'spares trade portal', 'partmaster account email', (lambda r: 'parts@' + W.FIRMS['brightwater']['domain'], '', ''), fam=('owner',))
V('parts_town_api_key', G_TRADE, seq(('lalnum', 32)), 'guessed', 'OEM parts lookup', fam=('server',))
V('gas_safe_register_engineer_portal_password', G_TRADE, owner_spec(), 'owner', 'gas engineer register', 'gas safe licence number', seq(('digits', 7)), fam=('owner',))
V('refcom_fgas_register_password', G_TRADE, owner_spec(), 'owner', 'F-gas company register', 'refcom certificate number', seq('REF', ('digits', 6)), fam=('owner',))
V('cesa_member_portal_password', G_TRADE, owner_spec(), 'owner', 'catering equipment trade association', 'cesa member email', (lambda r: 'office@' + W.FIRMS['brightwater']['domain'], '', ''), fam=('owner',))
V('sheffield_assay_office_portal_password', G_TRADE, owner_spec(), 'owner', 'hallmarking submissions for silver cutlery', 'sponsor mark reference', seq('SAO-', ('ualnum', 5)), fam=('owner',))
V('catra_member_portal_password', G_TRADE, owner_spec(), 'owner', 'cutlery research association test reports', 'catra member number', seq(('digits', 5)), fam=('owner',))
V('nuki_web_api_token', G_TRADE, seq(('hex', 64)), 'guessed', 'smart locks on the locker doors', fam=('iot',))
V('bloqit_partner_api_key', G_TRADE, seq(('alnum', 48)), 'guessed', 'parcel-locker network', fam=('iot', 'server'))
V('square_production_access_token', G_TRADE, seq('EAAA', ('b64url', 60)), 'read', 'gitleaks `square-access-token` and Kingfisher square rules', fam=('mobile', 'server'))
V('woocommerce_rest_consumer_secret', G_TRADE, seq('cs_', ('hex', 40)), 'believed', '', 'woocommerce consumer key', seq('ck_', ('hex', 40)), fam=('server',))
V('bigcommerce_store_api_token', G_TRADE, seq(('lalnum', 31)), 'guessed', '', 'bigcommerce store hash', seq(('lalnum', 10)), fam=('server',))
V('wix_headless_api_key', G_TRADE, (wix_gen, r'^IST\.eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{342}$', '`IST.` + a real RS256 JWT (2048-bit RSA key generated here and discarded; header `{kid, alg}`, payload `{data, iat}`)'), 'believed', '', fam=('server',), frame=wix_check)
V('manomano_seller_api_key', G_TRADE, uuid_spec(), 'guessed', 'DIY marketplace', fam=('server',))
V('royal_mail_click_and_drop_api_key', G_TRADE, uuid_spec(), 'guessed', 'parcel labels', fam=('server',))
V('easypost_production_api_key', G_TRADE, seq('EZAK', ('alnum', 54)), 'read', 'gitleaks `easypost-api-token`', fam=('server',))
V('shippo_live_api_token', G_TRADE, seq('shippo_live_', ('hex', 40)), 'read', 'gitleaks `shippo-api-token`', fam=('server',))
V('quartix_vehicle_tracking_api_password', G_TRADE, owner_spec(), 'owner', 'van trackers', 'quartix customer id', seq(('digits', 6)), fam=('owner',))
V('webfleet_connect_api_key', G_TRADE, uuid_spec(), 'guessed', 'van telematics', 'webfleet account name', (lambda r: 'keenedge-vans', '', ''), fam=('server',))
V('samsara_api_token', G_TRADE, seq('samsara_api_', ('alnum', 30)), 'believed', 'van telematics', fam=('server',))
V('what3words_api_key', G_TRADE, seq(('ualnum', 8)), 'believed', 'locker locations', fam=('mobile', 'server'))
V('calendly_personal_access_token', G_TRADE, hs256_jwt_spec(calendly_header, calendly_payload, 'real HS256 JWT with a long header (`kid` 64 hex, `typ` PAT) and payload `{iss, iat, jti, user_uuid, app_uid, exp}`; the JWT frame and header length follow the Kingfisher rule, alg and claims are mine'), 'read', 'Kingfisher calendly rule (frame only)', fam=('server',), frame=lambda v: jwt_shape_check(v, 'HS256', ['iss', 'user_uuid']))
V('acuity_scheduling_api_key', G_TRADE, seq(('hex', 32)), 'guessed', '', 'acuity user id', seq(('digits', 8)), fam=('server',))
V('cal_com_api_key', G_TRADE, seq('cal_live_', ('hex', 32)), 'believed', '', fam=('server',))
V('trustpilot_api_secret', G_TRADE, seq(('alnum', 32)), 'guessed', 'review invitations', 'trustpilot api key', seq(('alnum', 32)), fam=('server',))
V('google_business_profile_oauth_client_secret', G_TRADE, seq('GOCSPX-', ('b64url', 28)), 'believed', '', 'google oauth client id', (lambda r: '%d-%s.apps.googleusercontent.com' % (r.randrange(10 ** 11, 10 ** 12), C.rand_str(r, C.LOWER_ALNUM, 32)), '', ''), fam=('server',))

V('stripe_restricted_live_key', G_MKT, seq('rk_live_51', ('alnum', 97)), 'read', 'gitleaks `stripe-access-token` (length range 10-99; 51 + 97 mine)', fam=('server',))
V('stripe_webhook_signing_secret', G_MKT, seq('whsec_', ('alnum', 32)), 'believed', '', fam=('server',))
V('paypal_live_client_secret', G_MKT, seq('E', ('b64url', 79)), 'read', 'Kingfisher paypal rule (44-80 characters; the leading `E` believed)', 'paypal client id', seq('A', ('b64url', 79)), fam=('server',))
V('hubspot_private_app_token', G_MKT, (hubspot_gen, r'^pat-eu1-' + UUID_RX + '$', '`pat-eu1-` + UUIDv4'), 'read', 'Kingfisher hubspot rule', fam=('server',))
V('pipedrive_api_token', G_MKT, seq(('hex', 40)), 'read', 'Kingfisher pipedrive rule (40 alphanumerics; hex mine)', fam=('server',))
V('mailjet_api_secret_key', G_MKT, seq(('hex', 32)), 'believed', '', 'mailjet api key', seq(('hex', 32)), fam=('server',))
V('sendgrid_api_key', G_MKT, seq('SG.', ('b64url', 22), '.', ('b64url', 43)), 'read', 'gitleaks `sendgrid-api-token`', fam=('server',))
V('sparkpost_api_key', G_MKT, seq(('hex', 40)), 'read', 'Kingfisher sparkpost rule (40 alphanumerics; hex mine)', fam=('server',))
V('freshdesk_api_key', G_MKT, seq(('alnum', 20)), 'believed', '', 'freshdesk domain', (lambda r: 'brightwater.freshdesk.com', '', ''), fam=('server',))
V('typeform_personal_access_token', G_MKT, seq('tfp_', ('word', 59)), 'read', 'Kingfisher and gitleaks typeform rules', fam=('server',))
V('jotform_api_key', G_MKT, seq(('hex', 32)), 'read', 'Kingfisher jotform rule (32 alphanumerics; hex mine)', fam=('server',))
V('trello_api_token', G_MKT, seq('ATTA', ('hex', 64), ('uhex', 8)), 'believed', 'Kingfisher trello rule read (60-70 characters); the `ATTA` start believed', 'trello api key', seq(('hex', 32)), fam=('server',))
V('clickup_personal_api_token', G_MKT, seq('pk_', ('digits', 8), '_', ('ualnum', 32)), 'read', 'Kingfisher clickup rule', fam=('server',))
V('monday_api_token', G_MKT, hs256_jwt_spec(lambda r: {'alg': 'HS256'}, monday_payload, 'real HS256 JWT (header `{alg}`, payload `{tid, aai, uid, iad, per, actid, rgn}`)'), 'read', 'Kingfisher monday rule (frame); claims believed', fam=('server',), frame=lambda v: jwt_shape_check(v, 'HS256', ['tid', 'uid', 'per']))
V('zoho_books_refresh_token', G_MKT, seq('1000.', ('hex', 32), '.', ('hex', 32)), 'read', 'Kingfisher zohocrm rule', fam=('server',))
V('dropbox_short_lived_access_token', G_MKT, seq('sl.', ('b64url', 135)), 'read', 'gitleaks `dropbox-short-lived-api-token`', fam=('server',))

V('vonage_api_secret', G_MSG, seq(('alnum', 16)), 'believed', '', 'vonage api key', seq(('hex', 8)), fam=('server',))
V('clicksend_api_key', G_MSG, uuid_spec(upper=True), 'guessed', '', 'clicksend username', (lambda r: 'office@' + W.FIRMS['keenedge']['domain'], '', ''), fam=('server',))
V('plivo_auth_token', G_MSG, seq(('alnum', 40)), 'believed', '', 'plivo auth id', seq('MA', ('ualnum', 18)), fam=('server',))
V('whatsapp_cloud_api_access_token', G_MSG, seq('EAAM', ('alnum', 180)), 'read', 'gitleaks `facebook-page-access-token` (`EAA[MC]` + 100 or more)', fam=('server',))
V('facebook_app_secret', G_MSG, seq(('hex', 32)), 'read', 'gitleaks `facebook-secret`', 'facebook app id', seq(('digits', 16)), fam=('server',))
V('microsoft_teams_incoming_webhook_url', G_MSG, (teams_gen, r'^https://keenedge\.webhook\.office\.com/webhookb2/' + UUID_RX + '@' + UUID_RX + r'/IncomingWebhook/[0-9a-f]{32}/' + UUID_RX + '$', '`https://<tenant>.webhook.office.com/webhookb2/` + UUIDv4 + `@` + UUIDv4 + `/IncomingWebhook/` + 32 hex + `/` + UUIDv4 (labelled whole)'), 'read', 'gitleaks `microsoft-teams-webhook`', fam=('webhook',))
V('discord_channel_webhook_url', G_MSG, (discord_wh_gen, r'^https://discord\.com/api/webhooks/[0-9]{19}/[A-Za-z0-9_-]{68}$', '`https://discord.com/api/webhooks/` + 19 digits + `/` + 68 base64url (labelled whole)'), 'read', 'Kingfisher discord webhook rule', fam=('webhook',))
V('google_chat_space_webhook_url', G_MSG, (gchat_gen, r'^https://chat\.googleapis\.com/v1/spaces/AAAA[A-Za-z0-9_-]{7}/messages\?key=AIzaSy[A-Za-z0-9_-]{33}&token=[A-Za-z0-9_-]{43}$', '`https://chat.googleapis.com/v1/spaces/AAAA` + 7 base64url + `/messages?key=AIzaSy` + 33 base64url + `&token=` + 43 base64url (labelled whole)'), 'believed', '', fam=('webhook',))
V('slack_app_level_token', G_MSG, seq('xapp-1-A', ('ualnum', 10), '-', ('digits', 13), '-', ('hex', 64)), 'read', 'gitleaks `slack-app-token`', fam=('server',))
V('slack_user_oauth_token', G_MSG, seq('xoxp-', ('digits', 12), '-', ('digits', 12), '-', ('digits', 13), '-', ('hex', 32)), 'read', 'gitleaks `slack-user-token`', fam=('server',))
V('line_channel_access_token', G_MSG, (line_gen, r'^[A-Za-z0-9+/]{171}=$', '171 standard Base64 + `=`'), 'read', 'Kingfisher line rule', fam=('server',))
V('pushbullet_access_token', G_MSG, seq('o.', ('alnum', 32)), 'read', 'Kingfisher pushbullet rule (34 of A-Za-z0-9_.); `o.` believed', fam=('iot', 'server'))
V('ntfy_access_token', G_MSG, seq('tk_', ('lalnum', 29)), 'believed', '', fam=('iot', 'server'))

V('mistral_api_key', G_AI, seq(('alnum', 32)), 'believed', '', fam=('server',))
V('cohere_api_key', G_AI, seq(('alnum', 40)), 'read', 'gitleaks `cohere-api-token`', fam=('server',))
V('deepseek_api_key', G_AI, seq('sk-', ('hex', 32)), 'believed', '', fam=('server',))
V('xai_api_key', G_AI, seq('xai-', ('alnum', 80)), 'read', 'Kingfisher xai rule (80 of A-Za-z0-9_); `xai-` believed', fam=('server',))
V('together_ai_api_key', G_AI, seq(('hex', 64)), 'believed', '', fam=('server',))
V('fireworks_ai_api_key', G_AI, seq('fw_', ('alnum', 24)), 'believed', '', fam=('server',))
V('elevenlabs_api_key', G_AI, seq('sk_', ('hex', 48)), 'read', 'Kingfisher elevenlabs rule', fam=('server',))
V('assemblyai_api_key', G_AI, seq(('hex', 32)), 'read', 'Kingfisher assemblyai rule (32 of 0-9a-z; hex mine)', fam=('server',))
V('deepgram_api_key', G_AI, seq(('hex', 40)), 'read', 'Kingfisher deepgram rule (40 of 0-9a-z; hex mine)', fam=('server',))
V('openrouter_api_key', G_AI, seq('sk-or-v1-', ('hex', 64)), 'believed', '', fam=('server',))
V('tavily_api_key', G_AI, seq('tvly-', ('alnum', 32)), 'believed', '', fam=('server',))
V('weights_and_biases_api_key', G_AI, seq(('hex', 40)), 'read', 'Kingfisher weightsandbiases rule', fam=('server',))
V('aws_bedrock_api_key', G_AI, (bedrock_gen, r'^ABSK[A-Za-z0-9+/]{109,269}={0,2}$', '`ABSK` + standard Base64 of `BedrockAPIKey-<4>-at-<12 digits>:` + 60 random bytes'), 'read', 'gitleaks `aws-amazon-bedrock-api-key-long-lived` (length); inner text believed', fam=('server',), frame=bedrock_check)

V('github_classic_personal_access_token', G_DEV, seq('ghp_', ('alnum', 36)), 'read', 'gitleaks `github-pat`', fam=('server',))
V('github_app_installation_token', G_DEV, seq('ghs_', ('alnum', 36)), 'read', 'gitleaks `github-app-token`', fam=('server',))
V('gitlab_pipeline_trigger_token', G_DEV, seq('glptt-', ('hex', 40)), 'read', 'gitleaks `gitlab-ptt`', fam=('server',))
V('gitlab_runner_authentication_token', G_DEV, seq('glrt-', ('b64url', 20)), 'read', 'gitleaks `gitlab-runner-authentication-token`', fam=('server',))
V('pypi_upload_token', G_DEV, (pypi_gen, r'^pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000}$', '`pypi-` + unpadded base64url of a macaroon-like byte string starting 02 01 08 `pypi.org` (so it begins `pypi-AgEIcHlwaS5vcmc`)'), 'read', 'gitleaks `pypi-upload-token`', fam=('server',), frame=pypi_check)
V('docker_hub_personal_access_token', G_DEV, seq('dckr_pat_', ('b64url', 27)), 'believed', '', fam=('server',))
V('atlassian_api_token', G_DEV, (atlassian_gen, r'^ATATT3xFfGF0[A-Za-z0-9_-]{171}=[0-9A-F]{8}$', '`ATATT3xFfGF0` + 171 base64url + `=` + 8 upper-case hex'), 'read', 'gitleaks `atlassian-api-token` (`ATATT3` + 186); the split believed', fam=('server',))
V('linear_api_key', G_DEV, seq('lin_api_', ('alnum', 40)), 'read', 'gitleaks `linear-api-key`', fam=('server',))
V('doppler_personal_token', G_DEV, seq('dp.pt.', ('lalnum', 43)), 'read', 'gitleaks `doppler-api-token`', fam=('server',))
V('netlify_personal_access_token', G_DEV, seq('nfp_', ('alnum', 36)), 'believed', '', fam=('server',))
V('postman_api_key', G_DEV, seq('PMAK-', ('hex', 24), '-', ('hex', 34)), 'read', 'gitleaks `postman-api-token`', fam=('server',))
V('grafana_service_account_token', G_DEV, seq('glsa_', ('alnum', 32), '_', ('hex', 8)), 'read', 'gitleaks `grafana-service-account-token`', fam=('server',))
V('grafana_cloud_access_policy_token', G_DEV, (grafana_cloud_gen, r'^glc_[A-Za-z0-9+/]{32,400}={0,3}$', '`glc_` + standard Base64 of JSON `{o, n, k, m: {r}}`'), 'read', 'gitleaks `grafana-cloud-api-token` (JSON keys believed)', fam=('server',), frame=grafana_cloud_check)
V('new_relic_user_api_key', G_DEV, seq('NRAK-', ('ualnum', 27)), 'read', 'gitleaks `new-relic-user-api-key`', fam=('server',))
V('databricks_personal_access_token', G_DEV, seq('dapi', ('hex', 32)), 'read', 'gitleaks `databricks-api-token`', fam=('server',))
V('terraform_cloud_user_token', G_DEV, seq(('lalnum', 14), '.atlasv1.', ('b64url', 67)), 'read', 'gitleaks `hashicorp-tf-api-token`', fam=('server',))
V('sonarcloud_user_token', G_DEV, seq('squ_', ('hex', 40)), 'read', 'gitleaks `sonar-api-token`', fam=('server',))
V('mapbox_secret_access_token', G_DEV, (mapbox_gen, r'^sk\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$', '`sk.` + unpadded base64url of JSON `{u, a}` + `.` + 22 base64url'), 'believed', 'gitleaks `mapbox-api-token` read for the public `pk.` form', fam=('mobile', 'server'))
V('prefect_cloud_api_key', G_DEV, seq('pnu_', ('alnum', 36)), 'read', 'gitleaks `prefect-api-token`', fam=('server',))
V('railway_api_token', G_DEV, uuid_spec(), 'believed', '', fam=('server',))
V('okta_api_token', G_DEV, seq('00', ('b64url', 40)), 'read', 'gitleaks `okta-access-token`', fam=('server',))
V('auth0_management_client_secret', G_DEV, seq(('b64url', 64)), 'read', 'Kingfisher auth0 rule (64 or more)', 'auth0 client id', seq(('alnum', 32)), fam=('server',))
V('clerk_secret_key', G_DEV, seq('sk_live_', ('alnum', 40)), 'believed', '', fam=('server',))
V('supabase_service_role_key', G_DEV, hs256_jwt_spec(lambda r: {'alg': 'HS256', 'typ': 'JWT'}, supabase_payload, 'real HS256 JWT with payload `{iss: supabase, ref, role: service_role, iat, exp}`'), 'believed', '', fam=('server',), frame=lambda v: jwt_shape_check(v, 'HS256', ['role', 'ref']))

V('aws_ses_smtp_password', G_OPS, (aws_ses_gen, r'^B[A-Za-z0-9+/]{43}$', '`B` + 43 standard Base64 characters'), 'believed', '', 'ses smtp username', seq('AKIA', ('ualnum', 16)), fam=('server',))
V('azure_service_principal_client_secret', G_OPS, (azure_gen, r'^[A-Za-z0-9]{3}[0-9]Q~[A-Za-z0-9_.~-]{34}$', '3 alphanumerics + 1 digit + `Q~` + 34 characters of A-Za-z0-9_.~-'), 'read', 'gitleaks `azure-ad-client-secret`', 'azure client id', uuid_spec(), fam=('server',))
V('gcp_service_account_private_key', G_OPS, (gcp_key_gen, r'^-----BEGIN PRIVATE KEY-----\\n(?:[A-Za-z0-9+/=]{1,64}\\n)+-----END PRIVATE KEY-----$', 'a real PKCS#8 RSA-2048 private key in PEM with JSON `\\n` escapes (from `-----BEGIN` to `-----END PRIVATE KEY-----`)'), 'believed', 'format believed (service-account JSON key file)', 'private key id', seq(('hex', 40)), fam=('gcpkey',), frame=gcp_key_check)
V('hashicorp_vault_service_token', G_OPS, seq('hvs.', ('b64url', 92)), 'read', 'gitleaks `vault-service-token`', fam=('server',))
V('tailscale_auth_key', G_OPS, seq('tskey-auth-', ('alnum', 11), 'CNTRL-', ('alnum', 33)), 'read', 'Kingfisher tailscale rule (`tskey-<kind>-…-…`); segment lengths believed', fam=('iot', 'server'))
V('bitwarden_secrets_manager_access_token', G_OPS, (bitwarden_gen, r'^0\.' + UUID_RX + r'\.[0-9A-Za-z]{30}:[A-Za-z0-9+/]{22}==$', '`0.` + UUIDv4 + `.` + 30 alphanumerics + `:` + standard Base64 of 16 bytes'), 'believed', '', fam=('server',))
V('vultr_api_key', G_OPS, seq(('ualnum', 36)), 'read', 'Kingfisher vultr rule', fam=('server',))
V('ngrok_authtoken', G_OPS, seq(('alnum', 27), '_', ('digits', 1), ('alnum', 20)), 'read', 'Kingfisher ngrok rule', fam=('iot', 'server'))
V('opsgenie_api_key', G_OPS, uuid_spec(), 'read', 'Kingfisher opsgenie rule', fam=('server',))
V('betterstack_uptime_api_token', G_OPS, seq(('alnum', 24)), 'read', 'Kingfisher betterstack rule', fam=('server',))
V('akamai_edgegrid_client_secret', G_OPS, (lambda r: C.b64(C.rand_bytes(r, 32)), r'^[A-Za-z0-9+/]{43}=$', 'standard Base64 of 32 random bytes (44 characters)'), 'believed', '', 'akamai client token', seq('akab-', ('lalnum', 16), '-', ('lalnum', 16)), fam=('server',))
V('cloudflare_origin_ca_key', G_OPS, seq('v1.0-', ('hex', 24), '-', ('hex', 146)), 'read', 'gitleaks `cloudflare-origin-ca-key`', fam=('server',))
V('unifi_network_controller_password', G_OPS, owner_spec(), 'owner', 'workshop Wi-Fi controller', 'unifi controller host', (lambda r: 'unifi.' + W.FIRMS['hallamshire']['domain'], '', ''), fam=('owner',))
V('synology_nas_admin_password', G_OPS, owner_spec(), 'owner', 'office NAS', 'synology nas address', (lambda r: W.ip(r), '', ''), fam=('owner',))
V('hikvision_nvr_admin_password', G_OPS, owner_spec(), 'owner', 'workshop CCTV recorder', 'nvr address', (lambda r: W.ip(r), '', ''), fam=('owner',))
V('brother_label_printer_web_password', G_OPS, owner_spec(), 'owner', 'job-bag label printer', 'printer address', (lambda r: W.ip(r), '', ''), fam=('owner',))

TYPE_NAMES = [s['type'] for s in SPECS]
assert len(TYPE_NAMES) == len(set(TYPE_NAMES))


# ---------------------------------------------------------------- styles
STYLES = {}


def style(name, case, fams, forbid, desc):
    def deco(fn):
        STYLES[name] = {'name': name, 'case': case, 'fams': fams, 'forbid': forbid, 'desc': desc, 'render': fn}
        return fn
    return deco


def _nbline(nb, fmt, case):
    if not nb:
        return ''
    return fmt % (C.style_key(nb.split(), case), N)


@style('cutlery_django_local_settings_py', 'upper', ('server',), '\'\\', 'Django local_settings.py on the shop server')
def _s1(rng, key, nb):
    return ('# local_settings.py -- not in git (honest)\n'
            "DEBUG = False\n" + _nbline(nb, "%s = '%s'\n", 'upper') + "%s = '%s'\n" % (key, M) +
            "CSRF_TRUSTED_ORIGINS = ['https://shop.%s']\n" % W.FIRMS['hallamshire']['domain'])


@style('ops_gh_secret_set_capture', 'upper', ('server', 'webhook'), '\'', 'terminal capture of `gh secret set`')
def _s2(rng, key, nb):
    repo = 'forgeline/' + rng.choice(['keenedge-booking', 'brightwater-portal', 'hallamshire-shop', 'parts-sync'])
    out = ''
    if nb:
        out += "$ gh secret set %s --repo %s --body '%s'\n\u2713 Set Actions secret %s for %s\n" % (C.style_key(nb.split(), 'upper'), repo, N, C.style_key(nb.split(), 'upper'), repo)
    out += "$ gh secret set %s --repo %s --body '%s'\n\u2713 Set Actions secret %s for %s\n" % (key, repo, M, key, repo)
    return out


@style('ops_heroku_config_set_capture', 'upper', ('server', 'webhook'), '\'', 'terminal capture of `heroku config:set`')
def _s3(rng, key, nb):
    app = rng.choice(['keenedge-booking', 'bw-portal-prod', 'hcw-shop'])
    nbp = (" %s='%s'" % (C.style_key(nb.split(), 'upper'), N)) if nb else ''
    return ("$ heroku config:set%s %s='%s' -a %s\n"
            "Setting config vars and restarting \u2b22 %s... done, v%d\n") % (nbp, key, M, app, app, rng.randrange(20, 300))


@style('ops_gcloud_secrets_create_capture', 'kebab', ('server', 'ci'), '\'', 'terminal capture of `gcloud secrets create` fed by printf')
def _s4(rng, key, nb):
    out = ''
    if nb:
        out += "$ printf %%s '%s' | gcloud secrets create %s --data-file=- --project=forgeline-prod\nCreated version [1] of the secret [%s].\n" % (N, C.style_key(nb.split(), 'kebab'), C.style_key(nb.split(), 'kebab'))
    out += "$ printf %%s '%s' | gcloud secrets create %s --data-file=- --project=forgeline-prod\nCreated version [1] of the secret [%s].\n" % (M, key, key)
    return out


@style('ops_az_keyvault_secret_set_capture', 'kebab', ('server', 'ci'), '\'', 'terminal capture of `az keyvault secret set --output none`')
def _s5(rng, key, nb):
    out = ''
    if nb:
        out += "$ az keyvault secret set --vault-name bw-prod-kv --name %s --value '%s' --output none\n" % (C.style_key(nb.split(), 'kebab'), N)
    out += "$ az keyvault secret set --vault-name bw-prod-kv --name %s --value '%s' --output none\n$\n" % (key, M)
    return out


@style('ops_vault_kv_put_capture', 'snake', ('server', 'ci'), '\'', 'terminal capture of `vault kv put`')
def _s6(rng, key, nb):
    path = rng.choice(['keenedge/booking', 'brightwater/portal', 'hallamshire/shop'])
    nbp = (" %s='%s'" % (C.style_key(nb.split(), 'snake'), N)) if nb else ''
    return ("$ vault kv put -mount=secret %s%s %s='%s'\n"
            "====== Secret Path ======\nsecret/data/%s\n\n======= Metadata =======\nKey                Value\n---                -----\n"
            "created_time       2025-0%d-%02dT10:%02d:11.48Z\nversion            %d\n") % (path, nbp, key, M, path, rng.randrange(1, 9), rng.randrange(1, 28), rng.randrange(60), rng.randrange(2, 20))


@style('ops_sops_decrypted_yaml', 'snake', ('server', 'ci'), '\'\\', 'output of `sops -d secrets/prod.enc.yaml` pasted into a ticket')
def _s7(rng, key, nb):
    return ('$ sops -d secrets/prod.enc.yaml\n'
            'environment: prod\n' + _nbline(nb, "%s: '%s'\n", 'snake') + "%s: '%s'\n" % (key, M))


@style('jobs_api_quarkus_prod_properties', 'dot', ('server',), '\\', 'Quarkus %prod properties of the jobs API')
def _s8(rng, key, nb):
    return ('%prod.quarkus.http.cors=true\n' + _nbline(nb, '%%prod.%s=%s\n', 'dot') + '%%prod.%s=%s\n' % (key, M))


@style('engineer_app_secrets_properties', 'upper', ('mobile',), '\\', 'secrets.properties read by the Secrets Gradle Plugin in the engineer app')
def _s9(rng, key, nb):
    return ('# secrets.properties (Secrets Gradle Plugin)\n' + _nbline(nb, '%s=%s\n', 'upper') + '%s=%s\n' % (key, M))


@style('till_app_release_xcconfig', 'upper', ('mobile',), '/"\\$', 'Release.xcconfig of the stall till app')
def _s10(rng, key, nb):
    return ('// Secrets.xcconfig (Release)\n' + _nbline(nb, '%s = %s\n', 'upper') + '%s = %s\n' % (key, M))


@style('locker_firmware_credentials_h', 'upper', ('iot',), '"\\', 'credentials.h of the locker-bank firmware')
def _s11(rng, key, nb):
    return ('#pragma once\n/* credentials.h -- locker bank %02d */\n' % rng.randrange(1, 20) + _nbline(nb, '#define %s "%s"\n', 'upper') + '#define %s "%s"\n' % (key, M))


@style('workshop_homebridge_config_json', 'camel', ('iot',), '"\\', 'Homebridge config.json on the workshop Pi')
def _s12(rng, key, nb):
    return ('{\n  "bridge": {"name": "Workshop Bridge", "port": 51826},\n  "platforms": [\n    {\n      "platform": "Keenedge",\n'
            + _nbline(nb, '      "%s": "%s",\n', 'camel') + '      "%s": "%s"\n    }\n  ]\n}\n' % (key, M))


@style('office_bitwarden_export_json', 'title', ('owner',), '"\\', 'Bitwarden JSON export (item name in `name`, neighbour or `api` in `username`, value in `password`)')
def _s13(rng, key, nb):
    return ('{\n  "encrypted": false,\n  "items": [\n    {\n      "id": "%s",\n      "type": 1,\n      "name": "%s",\n'
            '      "login": {\n        "username": "%s",\n        "password": "%s",\n        "uris": [{"uri": "https://%s"}]\n      }\n    }\n  ]\n}\n') % (
        C.uuid4(rng), re.sub(r' Password$', '', key), N if nb else 'api', M, '-'.join(key.lower().split()[:2]) + '.example')


@style('repairs_teams_chat_message', 'spaced', ('owner', 'webhook', 'server'), '', 'Microsoft Teams chat message in the office channel')
def _s14(rng, key, nb):
    who = W.first_name(rng)
    nbp = ('%s %s, ' % (nb, N)) if nb else ''
    return '%s  %02d:%02d\n%s for the %s (for the new laptop): %s%s\n' % (who, rng.randrange(8, 18), rng.randrange(60), rng.choice(['here you go', 'as promised', 'sorted']), key.replace(' password', '').replace(' url', ''), nbp, M)


@style('cutlery_outlook_email_thread', 'spaced', ('owner', 'server'), '', 'Outlook e-mail thread between the office and the developer')
def _s15(rng, key, nb):
    nbp = ('%s: %s\n' % (nb, N)) if nb else ''
    return ('From: %s\nTo: %s\nSubject: RE: logins for the new system\n\nHi,\n\nHere it is:\n%s%s: %s\n\nThanks,\n%s\n') % (
        W.email(rng), W.email(rng, 'forgeline'), nbp, key, M, W.first_name(rng))


@style('ops_kubectl_create_secret_capture', 'upper', ('server', 'ci', 'webhook'), '\'', 'terminal capture of `kubectl create secret generic --from-literal`')
def _s16(rng, key, nb):
    nbp = (" --from-literal=%s='%s'" % (C.style_key(nb.split(), 'upper'), N)) if nb else ''
    name = rng.choice(['booking-env', 'portal-env', 'shop-env'])
    return ("$ kubectl -n prod create secret generic %s%s --from-literal=%s='%s'\nsecret/%s created\n") % (name, nbp, key, M, name)


@style('ops_docker_run_env_capture', 'upper', ('server', 'iot', 'webhook'), '\'', 'terminal capture of `docker run -e`')
def _s17(rng, key, nb):
    nbp = (" -e %s='%s'" % (C.style_key(nb.split(), 'upper'), N)) if nb else ''
    return ("$ docker run -d --name worker --restart unless-stopped%s -e %s='%s' registry.%s/worker:%d.%d\n%s\n") % (
        nbp, key, M, W.FIRMS['forgeline']['domain'], rng.randrange(1, 4), rng.randrange(0, 30), C.rand_str(rng, C.HEX, 64))


@style('dev_vscode_launch_json_env', 'upper', ('server', 'webhook'), '"\\', 'VS Code .vscode/launch.json with an env block')
def _s18(rng, key, nb):
    return ('{\n  "version": "0.2.0",\n  "configurations": [\n    {\n      "name": "worker",\n      "type": "debugpy",\n      "request": "launch",\n'
            '      "program": "${workspaceFolder}/worker.py",\n      "env": {\n' + _nbline(nb, '        "%s": "%s",\n', 'upper') +
            '        "%s": "%s"\n      }\n    }\n  ]\n}\n' % (key, M))


@style('dev_insomnia_sub_environment_json', 'camel', ('server',), '"\\', 'Insomnia sub-environment export (JSON)')
def _s19(rng, key, nb):
    return ('{\n  "_type": "environment",\n  "name": "Production",\n  "data": {\n' + _nbline(nb, '    "%s": "%s",\n', 'camel') +
            '    "%s": "%s"\n  }\n}\n' % (key, M))


@style('dev_pytest_conftest_py', 'upper', ('server', 'webhook'), '"\\', 'pytest conftest.py setting environment defaults')
def _s20(rng, key, nb):
    return ('import os\nimport pytest\n\n' + _nbline(nb, 'os.environ.setdefault("%s", "%s")\n', 'upper') +
            'os.environ.setdefault("%s", "%s")\n\n\n@pytest.fixture\ndef client():\n    ...\n' % (key, M))


@style('ops_terraform_auto_tfvars_json', 'snake', ('server', 'ci'), '"\\$%', 'terraform.auto.tfvars.json of the Forgeline infra repo')
def _s21(rng, key, nb):
    return ('{\n  "environment": "prod",\n' + _nbline(nb, '  "%s": "%s",\n', 'snake') + '  "%s": "%s"\n}\n' % (key, M))


@style('ops_gcp_service_account_key_json', 'snake', ('gcpkey',), '', 'service-account key file (JSON) downloaded from the console')
def _s22(rng, key, nb):
    return ('{\n  "type": "service_account",\n  "project_id": "forgeline-prod",\n  "private_key_id": "%s",\n'
            '  "private_key": "%s\\n",\n  "client_email": "parts-sync@forgeline-prod.iam.gserviceaccount.com",\n'
            '  "client_id": "%d",\n  "auth_uri": "https://accounts.google.com/o/oauth2/auth",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}\n') % (
        N, M, rng.randrange(10 ** 20, 10 ** 21))


# ---------------------------------------------------------------- build
def assign_styles():
    rng = random.Random(SEED_STYLES)
    used = {s: 0 for s in STYLES}
    out = {}
    for sp in SPECS:
        cands = [s for s in STYLES if set(STYLES[s]['fams']) & set(sp['fam'])]
        rng.shuffle(cands)
        cands.sort(key=lambda s: used[s])
        out[sp['type']] = cands[0]
        used[cands[0]] += 1
    return out


def check_value(sp, v):
    if not re.fullmatch(sp['rx'].lstrip('^').rstrip('$'), v):
        return 'shape of %s' % sp['type']
    if sp['frame']:
        return sp['frame'](v)
    return None


SPEC_BY_TYPE = {s['type']: s for s in SPECS}


def build(reg):
    rng = random.Random(SEED)
    FRAME_KEYS.clear()
    styles = assign_styles()
    recs = []
    for sp in SPECS:
        st = STYLES[styles[sp['type']]]
        for _ in range(200):
            v = sp['gen'](rng)
            if any(ch in st['forbid'] for ch in v):
                continue
            if reg.add(v):
                break
        else:
            raise RuntimeError(sp['type'])
        nbv = None
        if sp['nb']:
            nbv = reg.draw(lambda: sp['nbgen'](rng))
        key_words = sp['type'].split('_')
        key = C.style_key(key_words, st['case'])
        tpl = st['render'](rng, key, sp['nb'])
        assert tpl.count(M) == 1, sp['type']
        if sp['nb']:
            assert tpl.count(N) == 1, (sp['type'], st['name'])
            tpl = tpl.replace(N, nbv)
        start = tpl.index(M)
        text = tpl.replace(M, v)
        recs.append({'type': sp['type'], 'container': sp['type'] + '__' + st['name'], 'text': text,
                     'secrets': [{'value': v, 'start': start, 'end': start + len(v), 'type': sp['type']}],
                     'source': 'vendor'})
    return recs
