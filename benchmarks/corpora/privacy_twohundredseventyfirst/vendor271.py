"""Vendor positives: one record per type, in a container typical of where that key lives."""
import base64
import hashlib
import hmac
import json
import random
import re
import zlib

import common271 as C
import world271 as W

ALPH = {'b62': C.B62, 'hex': C.HEXL, 'HEX': C.HEXU, 'b64u': C.B64U, 'b64s': C.B64S, 'dig': C.DIGITS,
        'low': C.LOWER, 'let': C.LOWER + C.UPPER, 'lan': C.ALNUM_L, 'uan': C.ALNUM_U, 'up': C.UPPER,
        'w': C.B62 + '_', 'cfl': C.ALNUM_L + '_-', 'pd': C.B62 + '_+-', 'bech': C.BECH32.upper(),
        'wd': C.B62 + '_-'}
RX = {'b62': '[0-9A-Za-z]', 'hex': '[0-9a-f]', 'HEX': '[0-9A-F]', 'b64u': '[A-Za-z0-9_-]',
      'b64s': '[A-Za-z0-9+/]', 'dig': '[0-9]', 'low': '[a-z]', 'let': '[A-Za-z]', 'lan': '[0-9a-z]',
      'uan': '[0-9A-Z]', 'up': '[A-Z]', 'w': '[0-9A-Za-z_]', 'cfl': '[0-9a-z_-]', 'pd': '[0-9A-Za-z_+-]',
      'bech': '[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]', 'wd': '[0-9A-Za-z_-]'}
UUID_RX = '[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}'


def gen_spec(rng, spec):
    out = []
    for p in spec:
        if isinstance(p, str):
            out.append(p)
        elif p[0] == 'uuid':
            out.append(C.uuid4(rng))
        elif p[0] == 'UUID':
            out.append(C.uuid4(rng, upper=True))
        else:
            out.append(C.rstr(rng, ALPH[p[0]], p[1]))
    return ''.join(out)


def spec_regex(spec):
    out = []
    for p in spec:
        if isinstance(p, str):
            out.append(re.escape(p))
        elif p[0] == 'uuid':
            out.append(UUID_RX)
        elif p[0] == 'UUID':
            out.append(UUID_RX.upper().replace('[0-9A-F]', '[0-9A-F]'))
        else:
            out.append('%s{%d}' % (RX[p[0]], p[1]))
    return '^' + ''.join(out) + '$'


def spec_text(spec):
    parts = []
    names = {'b62': 'alphanumerics', 'hex': 'lower-case hex', 'HEX': 'upper-case hex', 'b64u': 'base64url characters',
             'b64s': 'standard Base64 characters', 'dig': 'digits', 'low': 'lower-case letters', 'let': 'letters',
             'lan': 'lower-case alphanumerics', 'uan': 'upper-case alphanumerics', 'up': 'upper-case letters',
             'w': 'word characters [A-Za-z0-9_]', 'cfl': 'characters of [a-z0-9_-]', 'pd': 'characters of [A-Za-z0-9_+-]',
             'bech': 'upper-case Bech32 characters', 'wd': 'characters of [A-Za-z0-9_-]'}
    for p in spec:
        if isinstance(p, str):
            parts.append('`%s`' % p)
        elif p[0] in ('uuid', 'UUID'):
            parts.append('UUIDv4' + (' (upper case)' if p[0] == 'UUID' else ''))
        else:
            parts.append('%d %s' % (p[1], names[p[0]]))
    return ' + '.join(parts)


# Special frames --------------------------------------------------------------
HA_KEY = None


def special(name, rng, ha_key):
    if name == 'ha_jwt':
        iat = 1735689600 + rng.randint(0, 200) * 86400
        return C.jwt_hs256(ha_key, {'alg': 'HS256', 'typ': 'JWT'},
                           {'iss': C.rstr(rng, C.HEXL, 32), 'iat': iat, 'exp': iat + 315360000})
    if name == 'age':
        return C.bech32_encode('age-secret-key-', C.to5(bytes(rng.getrandbits(8) for _ in range(32)))).upper()
    if name == 'jfrog_ref':
        raw = 'reftkn:01:%d:%s' % (rng.randint(1700000000, 2000000000), C.rstr(rng, C.B62, 32))
        return base64.b64encode(raw.encode()).decode().rstrip('=')
    if name == 'intercom':
        raw = 'tok:%s:1:0' % C.uuid4(rng)
        return base64.b64encode(raw.encode()).decode()
    if name == 'op_sa':
        obj = {'signInAddress': 'steepwise.1password.eu', 'userAuth': {'method': 'SRPg-4096', 'alg': 'PBES2g-HS256',
               'iterations': 650000, 'salt': C.b64u(bytes(rng.getrandbits(8) for _ in range(16)))},
               'email': C.rstr(rng, C.ALNUM_L, 26) + '@1passwordserviceaccounts.eu',
               'srpX': C.rstr(rng, C.HEXL, 64),
               'muk': {'alg': 'A256GCM', 'ext': False, 'k': C.b64u(bytes(rng.getrandbits(8) for _ in range(32))),
                       'key_ops': ['encrypt', 'decrypt'], 'kty': 'oct', 'kid': 'mp'},
               'deviceUuid': C.rstr(rng, C.ALNUM_L, 26)}
        return 'ops_' + base64.b64encode(C.jdump(obj).encode()).decode().rstrip('=')
    if name == 'bws':
        return '0.%s.%s:%s' % (C.uuid4(rng), C.rstr(rng, C.B62, 30),
                               base64.b64encode(bytes(rng.getrandbits(8) for _ in range(16))).decode())
    if name == 'matrix':
        local = rng.choice(['tearoom-bot', 'shop-notify', 'kds-relay', 'leafstore'])
        body = 'syt_%s_%s' % (C.b64u(local.encode()), C.rstr(rng, C.B62, 20))
        return body + '_' + b62_crc(body)
    raise ValueError(name)


def b62_crc(s):
    n = zlib.crc32(s.encode()) & 0xFFFFFFFF
    out = ''
    for _ in range(6):
        n, r = divmod(n, 62)
        out = C.B62[r] + out
    return out


SPECIAL_RX = {
    'ha_jwt': r'^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$',
    'age': r'^AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}$',
    'jfrog_ref': r'^cmVmdGtuOjAxOj[A-Za-z0-9+/]{50,}$',
    'intercom': r'^dG9rO[A-Za-z0-9+/]{54}=$',
    'op_sa': r'^ops_eyJ[A-Za-z0-9+/]{250,}$',
    'bws': r'^0\.' + UUID_RX + r'\.[0-9A-Za-z]{30}:[A-Za-z0-9+/]{22}==$',
    'matrix': r'^syt_[A-Za-z0-9_-]+_[0-9A-Za-z]{20}_[0-9A-Za-z]{6}$',
}
SPECIAL_TEXT = {
    'ha_jwt': 'real HS256 JWT (header {alg, typ}; claims {iss: 32 hex refresh-token id, iat, exp}) under a discarded key',
    'age': '`AGE-SECRET-KEY-1` + 58 upper-case Bech32 characters with a real Bech32 checksum over 32 random bytes',
    'jfrog_ref': 'standard Base64 (unpadded) of `reftkn:01:` + 10 digits + `:` + 32 alphanumerics, so it starts `cmVmdGtuOjAxOj`',
    'intercom': 'standard Base64 of `tok:` + UUIDv4 + `:1:0` (60 characters, starts `dG9rO`)',
    'op_sa': '`ops_` + unpadded standard Base64 of a JSON frame {signInAddress, userAuth, email, srpX, muk, deviceUuid}',
    'bws': '`0.` + UUIDv4 + `.` + 30 alphanumerics + `:` + standard Base64 of 16 bytes',
    'matrix': '`syt_` + base64url of the bot localpart + `_` + 20 alphanumerics + `_` + 6 base62 digits of the real CRC-32 of what precedes',
}


def check_special(name, v, ha_key):
    if not re.match(SPECIAL_RX[name], v):
        return False
    if name == 'ha_jwt':
        h, c, s, si = C.jwt_parts(v)
        return h == {'alg': 'HS256', 'typ': 'JWT'} and set(c) == {'iss', 'iat', 'exp'} and \
            hmac.compare_digest(hmac.new(ha_key, si, hashlib.sha256).digest(), s)
    if name == 'age':
        return C.bech32_valid(v)
    if name == 'jfrog_ref':
        raw = base64.b64decode(v + '=' * (-len(v) % 4)).decode()
        return re.fullmatch(r'reftkn:01:\d{10}:[0-9A-Za-z]{32}', raw) is not None
    if name == 'intercom':
        raw = base64.b64decode(v).decode()
        return re.fullmatch(r'tok:' + UUID_RX + ':1:0', raw) is not None
    if name == 'op_sa':
        obj = json.loads(base64.b64decode(v[4:] + '=' * (-len(v[4:]) % 4)))
        return set(obj) == {'signInAddress', 'userAuth', 'email', 'srpX', 'muk', 'deviceUuid'}
    if name == 'bws':
        return len(base64.b64decode(v.split(':')[1])) == 16
    if name == 'matrix':
        body, crc = v.rsplit('_', 1)
        return b62_crc(body) == crc
    return False


# --------------------------------------------------------------- neighbours
def nb_gen(rng, kind):
    if kind == 'email':
        return rng.choice(W.LOGINS).replace('.', '') + '@' + rng.choice(['wrenfoldtea.example', 'kettledrumtearoom.example', 'mallowmere.example', 'steepwise.example'])
    if kind == 'ipurl':
        return 'https://192.168.62.%d' % rng.randint(130, 250)
    if isinstance(kind, list):
        return gen_spec(rng, kind)
    raise ValueError(kind)


# --------------------------------------------------------------- the types
# (type, vendor words for the key, spec or ('special', name), source, shape note, neighbour (label, kind) or None, style)
O = 'owner'
V = [
    # -- trade portals and devices (owner-chosen logins) --
    ('uk_tea_infusions_association_members_password', O, None, ('member email', 'email'), 'office_bitwarden_json_export'),
    ('tea_guild_award_entry_portal_password', O, None, ('tea room number', ['TG-', ('dig', 5)]), 'office_firefox_logins_csv_export'),
    ('ethical_tea_partnership_supplier_portal_password', O, None, ('supplier id', ['ETP', ('dig', 6)]), 'office_chrome_passwords_csv_export'),
    ('rainforest_alliance_certification_portal_password', O, None, ('certificate holder id', ['RA_CH_', ('dig', 7)]), 'office_bitwarden_json_export'),
    ('soil_association_licensee_portal_password', O, None, ('licence number', ['SA/', ('dig', 5)]), 'office_firefox_logins_csv_export'),
    ('flocert_fairtrade_customer_portal_password', O, None, ('flo id', ['FLO ', ('dig', 5)]), 'office_chrome_passwords_csv_export'),
    ('nimh_members_area_password', O, None, ('membership number', ['M', ('dig', 5)]), 'office_signal_desktop_message_copy'),
    ('mhra_submissions_portal_password', O, None, ('login email', 'email'), 'office_bitwarden_json_export'),
    ('eatta_mombasa_auction_buyer_portal_password', O, None, ('buyer code', ['BYR', ('dig', 4)]), 'office_signal_desktop_message_copy'),
    ('organic_herb_trading_trade_account_password', O, None, ('account number', ['OHT', ('dig', 6)]), 'office_chrome_passwords_csv_export'),
    ('bravilor_bonamat_connect_password', O, None, ('machine serial', ['BB', ('dig', 9)]), 'office_signal_desktop_message_copy'),
    ('marco_uber_boiler_web_password', O, None, ('boiler address', 'ipurl'), 'office_bitwarden_json_export'),
    ('rational_connectedcooking_password', O, None, ('account email', 'email'), 'office_firefox_logins_csv_export'),
    ('winterhalter_connected_wash_password', O, None, ('account email', 'email'), 'office_chrome_passwords_csv_export'),
    ('unifi_network_controller_admin_password', O, None, ('controller address', 'ipurl'), 'office_signal_desktop_message_copy'),
    ('reolink_nvr_admin_password', O, None, ('nvr address', 'ipurl'), 'office_firefox_logins_csv_export'),
    ('brother_label_printer_web_password', O, None, ('printer address', 'ipurl'), 'office_bitwarden_json_export'),
    # -- tea-room bookings, tills, delivery and events --
    ('sumup_secret_api_key', ['sup_sk_', ('b62', 32)], 'believed', None, 'ops_fly_secrets_set_capture'),
    ('dojo_payments_secret_key', ['sk_prod_', ('b64u', 86)], 'believed', None, 'ops_heroku_config_set_capture'),
    ('epos_now_api_secret', [('HEX', 32)], 'guessed', ('api key', [('HEX', 32)]), 'ops_kubectl_create_secret_capture'),
    ('lightspeed_restaurant_client_secret', [('b62', 40)], 'guessed', ('client id', [('lan', 24)]), 'ops_aws_ssm_put_parameter_capture'),
    ('resdiary_consumer_secret', [('b62', 40)], 'guessed', ('consumer key', [('lan', 16)]), 'ops_vault_kv_put_capture'),
    ('sevenrooms_api_client_secret', [('hex', 64)], 'guessed', ('client id', [('hex', 32)]), 'ops_aws_ssm_put_parameter_capture'),
    ('deliveroo_partner_api_client_secret', [('b64u', 64)], 'guessed', ('client id', [('lan', 26)]), 'ops_azure_keyvault_secret_set_capture'),
    ('uber_eats_marketplace_client_secret', [('wd', 40)], 'guessed', ('client id', [('wd', 32)]), 'ops_kubectl_create_secret_capture'),
    ('tickettailor_api_key', ['sk_', ('dig', 4), '_', ('dig', 6), '_', ('hex', 32)], 'read', None, 'ops_fly_secrets_set_capture'),
    ('eventbrite_private_oauth_token', [('uan', 20)], 'believed', None, 'ops_heroku_config_set_capture'),
    ('cal_com_api_key', ['cal_live_', ('hex', 32)], 'believed', None, 'dev_hoppscotch_environment_json'),
    # -- shop, marketplaces, payments and accounting --
    ('stripe_live_secret_key', ['sk_live_', ('b62', 99)], 'read', None, 'ops_kubectl_create_secret_capture'),
    ('shopify_admin_api_access_token', ['shpat_', ('hex', 32)], 'read', None, 'ops_fly_secrets_set_capture'),
    ('shopify_app_api_shared_secret', ['shpss_', ('hex', 32)], 'read', ('api key', [('hex', 32)]), 'ops_vault_kv_put_capture'),
    ('etsy_open_api_shared_secret', [('lan', 10)], 'guessed', ('keystring', [('lan', 24)]), 'ops_ansible_group_vars_yml'),
    ('amazon_sp_api_lwa_client_secret', ['amzn1.oa2-cs.v1.', ('hex', 64)], 'believed', ('client id', ['amzn1.application-oa2-client.', ('hex', 32)]), 'ops_aws_ssm_put_parameter_capture'),
    ('bigcommerce_store_api_token', [('lan', 31)], 'guessed', ('store hash', [('lan', 10)]), 'ops_heroku_config_set_capture'),
    ('ecwid_store_secret_token', ['secret_', ('b62', 32)], 'believed', ('store id', [('dig', 8)]), 'ops_crontab_env_lines'),
    ('squarespace_commerce_api_key', [('uuid',)], 'read', None, 'ops_windows_setx_capture'),
    ('paddle_billing_live_api_key', ['pdl_live_apikey_', ('lan', 26), '_', ('b62', 22), '_', ('b62', 3)], 'guessed', None, 'ops_docker_swarm_secret_create_capture'),
    ('gocardless_live_access_token', ['live_', ('wd', 40)], 'read', None, 'ops_k8s_deployment_env_yaml'),
    ('braintree_private_key', [('hex', 32)], 'believed', ('public key', [('lan', 16)]), 'ops_ansible_group_vars_yml'),
    ('checkout_com_secret_key', ['sk_', ('uuid',)], 'believed', None, 'ops_powershell_profile_ps1'),
    ('xero_oauth_client_secret', [('wd', 48)], 'guessed', ('client id', [('HEX', 32)]), 'ops_nomad_variables_put_capture'),
    ('quickbooks_oauth_client_secret', [('b62', 40)], 'guessed', ('client id', ['AB', ('b62', 48)]), 'ops_azure_keyvault_secret_set_capture'),
    # -- shipping --
    ('parcel2go_api_client_secret', [('b62', 44)], 'guessed', ('client id', [('b62', 20)]), 'ops_crontab_env_lines'),
    ('shipstation_api_secret', [('hex', 32)], 'guessed', ('api key', [('hex', 32)]), 'ops_k8s_deployment_env_yaml'),
    ('sendcloud_api_secret_key', [('hex', 32)], 'guessed', ('public key', [('hex', 32)]), 'ops_powershell_profile_ps1'),
    ('packlink_pro_api_key', [('hex', 64)], 'guessed', None, 'ops_windows_setx_capture'),
    ('easyship_production_access_token', ['prod_', ('b64s', 44)], 'believed', None, 'ops_docker_swarm_secret_create_capture'),
    # -- e-mail, marketing, reviews and support --
    ('mailchimp_marketing_api_key', [('hex', 32), '-us', ('dig', 2)], 'read', None, 'ops_ansible_group_vars_yml'),
    ('mailchimp_transactional_api_key', ['md-', ('b64u', 22)], 'read', None, 'ops_vault_kv_put_capture'),
    ('klaviyo_private_api_key', ['pk_', ('b62', 34)], 'read', None, 'ops_nomad_variables_put_capture'),
    ('brevo_smtp_api_key', ['xkeysib-', ('hex', 64), '-', ('b62', 16)], 'read', None, 'ops_crontab_env_lines'),
    ('omnisend_api_key', [('hex', 24), '-', ('b62', 50)], 'read', None, 'ops_k8s_deployment_env_yaml'),
    ('yotpo_api_secret', [('b62', 40)], 'guessed', ('app key', [('b62', 40)]), 'ops_docker_swarm_secret_create_capture'),
    ('trustpilot_business_api_secret', [('b62', 16)], 'guessed', ('api key', [('b62', 32)]), 'ops_powershell_profile_ps1'),
    ('posthog_personal_api_key', ['phx_', ('w', 43)], 'read', None, 'dev_wrangler_toml_vars'),
    ('intercom_access_token', ('special', 'intercom'), 'believed', None, 'dev_httpie_session_json'),
    ('zendesk_api_token', [('b62', 40)], 'read', ('agent email', 'email'), 'dev_renviron_file'),
    # -- messaging and notifications --
    ('telegram_bot_api_token', [('dig', 10), ':AA', ('wd', 33)], 'read', None, 'iot_node_red_settings_js'),
    ('slack_bot_user_oauth_token', ['xoxb-', ('dig', 13), '-', ('dig', 13), '-', ('b62', 24)], 'read', None, 'ops_k8s_deployment_env_yaml'),
    ('twilio_account_auth_token', [('hex', 32)], 'read', ('account sid', ['AC', ('hex', 32)]), 'iot_node_red_settings_js'),
    ('messagebird_live_access_key', [('b62', 25)], 'read', None, 'dev_tox_ini_setenv'),
    ('pushover_application_api_token', ['a', ('lan', 29)], 'believed', ('user key', ['u', ('lan', 29)]), 'iot_zigbee2mqtt_configuration_yaml'),
    ('matrix_synapse_bot_access_token', ('special', 'matrix'), 'believed', None, 'iot_esphome_device_yaml'),
    ('zulip_bot_api_key', [('b62', 32)], 'guessed', ('bot email', 'email'), 'dev_renviron_file'),
    # -- AI services --
    ('openai_project_api_key', ['sk-proj-', ('wd', 74), 'T3BlbkFJ', ('wd', 74)], 'read', None, 'dev_cursor_mcp_json'),
    ('anthropic_api_key', ['sk-ant-api03-', ('wd', 93), 'AA'], 'read', None, 'dev_continue_config_yaml'),
    ('google_gemini_api_key', ['AIza', ('wd', 35)], 'read', None, 'dev_aider_conf_yml'),
    ('groq_api_key', ['gsk_', ('b62', 52)], 'read', None, 'dev_aider_conf_yml'),
    ('replicate_api_token', ['r8_', ('b62', 37)], 'read', None, 'dev_marimo_notebook_py'),
    ('perplexity_api_key', ['pplx-', ('b62', 48)], 'read', None, 'dev_continue_config_yaml'),
    ('huggingface_user_access_token', ['hf_', ('let', 34)], 'read', None, 'dev_marimo_notebook_py'),
    ('langsmith_personal_api_key', ['lsv2_pt_', ('hex', 32), '_', ('hex', 10)], 'believed', None, 'dev_cursor_mcp_json'),
    ('pinecone_api_key', ['pcsk_', ('b62', 5), '_', ('b62', 64)], 'believed', None, 'dev_marimo_notebook_py'),
    ('voyage_ai_api_key', ['pa-', ('wd', 43)], 'believed', None, 'dev_cursor_mcp_json'),
    ('cerebras_api_key', ['csk-', ('lan', 48)], 'believed', None, 'dev_aider_conf_yml'),
    ('stability_ai_api_key', ['sk-', ('b62', 48)], 'believed', None, 'dev_renviron_file'),
    ('fireworks_ai_api_key', ['fw_', ('b62', 24)], 'believed', None, 'dev_cursor_mcp_json'),
    # -- developer services --
    ('github_fine_grained_personal_access_token', ['github_pat_', ('b62', 22), '_', ('b62', 59)], 'read', None, 'dev_composer_auth_json'),
    ('github_oauth_access_token', ['gho_', ('b62', 36)], 'read', None, 'dev_composer_auth_json'),
    ('gitlab_personal_access_token', ['glpat-', ('wd', 20)], 'read', None, 'dev_composer_auth_json'),
    ('npm_granular_access_token', ['npm_', ('b62', 36)], 'read', None, 'dev_npmrc_file'),
    ('rubygems_api_key', ['rubygems_', ('hex', 48)], 'read', None, 'dev_gem_credentials_file'),
    ('sentry_user_auth_token', ['sntryu_', ('hex', 64)], 'read', None, 'dev_wrangler_toml_vars'),
    ('cloudflare_api_token', [('wd', 40)], 'read', None, 'dev_wrangler_toml_vars'),
    ('cloudflare_global_api_key', [('hex', 37)], 'read', ('account email', 'email'), 'ops_crontab_env_lines'),
    ('digitalocean_personal_access_token', ['dop_v1_', ('hex', 64)], 'read', None, 'ops_powershell_profile_ps1'),
    ('heroku_platform_api_key', ['HRKU-AA', ('wd', 58)], 'read', None, 'dev_tox_ini_setenv'),
    ('doppler_service_token', ['dp.st.prd.', ('b62', 43)], 'read', None, 'ops_docker_swarm_secret_create_capture'),
    ('onepassword_service_account_token', ('special', 'op_sa'), 'read', None, 'ops_k8s_deployment_env_yaml'),
    ('bitwarden_secrets_manager_access_token', ('special', 'bws'), 'believed', None, 'ops_nomad_variables_put_capture'),
    ('age_encryption_secret_key', ('special', 'age'), 'read', None, 'ops_ansible_group_vars_yml'),
    ('jfrog_reference_token', ('special', 'jfrog_ref'), 'believed', None, 'dev_npmrc_file'),
    ('contentful_management_token', ['CFPAT-', ('wd', 43)], 'read', None, 'dev_hoppscotch_environment_json'),
    ('airtable_personal_access_token', ['pat', ('b62', 14), '.', ('hex', 64)], 'read', None, 'dev_hoppscotch_environment_json'),
    ('notion_integration_token', ['ntn_', ('dig', 11), ('b62', 35)], 'read', None, 'dev_cursor_mcp_json'),
    ('algolia_admin_api_key', [('hex', 32)], 'read', ('application id', [('uan', 10)]), 'dev_hoppscotch_environment_json'),
    ('codecov_upload_token', [('uuid',)], 'believed', None, 'dev_tox_ini_setenv'),
    ('snyk_api_token', [('uuid',)], 'read', None, 'dev_renviron_file'),
    ('circleci_personal_api_token', ['CCIPAT_', ('lan', 4), ('low', 5), ('lan', 3), ('dig', 3), ('low', 2), ('up', 2), ('dig', 1), ('low', 1), ('lan', 1), ('dig', 1), ('low', 1), '_', ('hex', 40)], 'read', None, 'dev_httpie_session_json'),
    ('buildkite_user_access_token', ['bkua_', ('lan', 40)], 'read', None, 'dev_httpie_session_json'),
    ('vercel_access_token', [('b62', 24)], 'read', None, 'ops_windows_setx_capture'),
    ('planetscale_service_token', ['pscale_tkn_', ('cfl', 43)], 'read', ('service token id', [('lan', 12)]), 'dev_wrangler_toml_vars'),
    ('storyblok_preview_access_token', [('b62', 22), 'tt'], 'read', None, 'dev_httpie_session_json'),
    ('prefect_cloud_api_key', ['pnu_', ('b62', 36)], 'read', None, 'dev_marimo_notebook_py'),
    # -- cloud, monitoring and devices --
    ('aws_secret_access_key', [('b64s', 40)], 'read', ('access key id', ['AKIA', ('uan', 16)]), 'ops_powershell_profile_ps1'),
    ('azure_storage_account_key', [('b64s', 86), '=='], 'read', ('account name', ['wrenfoldstore', ('dig', 3)]), 'ops_azure_keyvault_secret_set_capture'),
    ('backblaze_b2_application_key', ['K005', ('b64s', 27)], 'believed', ('key id', ['005', ('hex', 22)]), 'ops_docker_swarm_secret_create_capture'),
    ('scaleway_secret_key', [('uuid',)], 'read', ('access key', ['SCW', ('uan', 17)]), 'ops_nomad_variables_put_capture'),
    ('hetzner_cloud_api_token', [('b62', 64)], 'guessed', None, 'ops_ansible_group_vars_yml'),
    ('linode_personal_access_token', [('hex', 64)], 'believed', None, 'ops_vault_kv_put_capture'),
    ('mongodb_atlas_private_api_key', [('uuid',)], 'read', ('public key', [('low', 8)]), 'ops_kubectl_create_secret_capture'),
    ('datadog_api_key', [('hex', 32)], 'read', None, 'ops_k8s_deployment_env_yaml'),
    ('datadog_application_key', [('hex', 40)], 'read', None, 'ops_heroku_config_set_capture'),
    ('pagerduty_rest_api_key', ['u+', ('pd', 18)], 'read', None, 'ops_fly_secrets_set_capture'),
    ('uptimerobot_main_api_key', ['u', ('dig', 7), '-', ('hex', 24)], 'read', None, 'ops_crontab_env_lines'),
    ('tailscale_auth_key', ['tskey-auth-', ('b62', 12), 'CNTRL-', ('b62', 33)], 'read', None, 'ops_aws_ssm_put_parameter_capture'),
    ('zerotier_central_api_token', [('b62', 32)], 'read', None, 'iot_esphome_device_yaml'),
    ('ubidots_account_token', ['BBFF-', ('b62', 30)], 'read', None, 'iot_node_red_settings_js'),
    ('thingsboard_device_access_token', [('lan', 20)], 'read', None, 'iot_esphome_device_yaml'),
    ('home_assistant_long_lived_access_token', ('special', 'ha_jwt'), 'believed', None, 'iot_node_red_settings_js'),
    ('openweathermap_api_key', [('hex', 32)], 'read', None, 'iot_esphome_device_yaml'),
    ('truenas_api_key', [('dig', 1), '-', ('b62', 64)], 'read', None, 'ops_vault_kv_put_capture'),
]

VENDOR_WORDS_OVERRIDE = {}
CATEGORY_FIRST = [
    ('Trade portals and devices of tea blenders, tea rooms and herbal apothecaries (owner-chosen logins)', 'uk_tea_infusions_association_members_password'),
    ('Tea-room bookings, tills, delivery and events', 'sumup_secret_api_key'),
    ('Shop, marketplaces, payments and accounting', 'stripe_live_secret_key'),
    ('Shipping', 'parcel2go_api_client_secret'),
    ('E-mail, marketing, reviews and support', 'mailchimp_marketing_api_key'),
    ('Messaging and notifications', 'telegram_bot_api_token'),
    ('AI services', 'openai_project_api_key'),
    ('Developer services', 'github_fine_grained_personal_access_token'),
    ('Cloud, monitoring and devices', 'aws_secret_access_key'),
]
_names = [e[0] for e in V]
_starts = [_names.index(f) for _, f in CATEGORY_FIRST] + [len(V)]
CATEGORIES = [(CATEGORY_FIRST[i][0], _starts[i], _starts[i + 1]) for i in range(len(CATEGORY_FIRST))]


def norm(entry):
    """Normalise the two row layouts to (type, spec, src, nb, style)."""
    if entry[1] == O:
        t, _, _, nb, style = entry
        return t, None, 'owner', nb, style
    t, spec, src, nb, style = entry
    return t, spec, src, nb, style


TYPES = [norm(e) for e in V]

# --------------------------------------------------------------- styles
# name: (key style, forbidden chars, description, template, neighbour snippet)
# placeholders: @K@ key, @V@ value, @NB@ neighbour snippet (uses @NK@ @NV@), @P1@, @L1@, @N@, @D@, @NATIVE@
STYLES = {
    'ops_kubectl_create_secret_capture': ('upper', ' \'"\\$`!', 'terminal capture of `kubectl create secret generic --from-literal`',
        '$ kubectl -n wrenfold create secret generic shop-integrations @NB@--from-literal=@K@=@V@\nsecret/shop-integrations created\n$ kubectl -n wrenfold rollout restart deploy/shop\ndeployment.apps/shop restarted\n',
        '--from-literal=@NK@=@NV@ '),
    'ops_fly_secrets_set_capture': ('upper', ' \'"\\$`!', 'terminal capture of `fly secrets set`',
        '$ fly secrets set @NB@@K@=@V@ -a kettledrum-bookings\nUpdating existing machines in \'kettledrum-bookings\' with rolling strategy\n-------\n Updating 148ed726c5e@N@98 [app]\n 148ed726c5e@N@98 [app] update finished: success\n-------\n',
        '@NK@=@NV@ '),
    'ops_heroku_config_set_capture': ('upper', ' \'"\\$`!', 'terminal capture of `heroku config:set`',
        '$ heroku config:set @NB@@K@=@V@ -a mallowmere-shop\nSetting @K@ and restarting \u2b22 mallowmere-shop... done, v@N@1\n$ heroku ps -a mallowmere-shop\n=== web (Basic): vendor/bin/heroku-php-apache2 public/ (1)\nweb.1: up @D@ @T@:0@N@ +0000 (~ 1m ago)\n',
        '@NK@=@NV@ '),
    'ops_aws_ssm_put_parameter_capture': ('snake', "'", 'terminal capture of `aws ssm put-parameter`',
        "$ aws ssm put-parameter --name /steepwise/prod/@K@ --type SecureString --value '@V@' --overwrite\n{\n    \"Version\": @N@,\n    \"Tier\": \"Standard\"\n}\n@NB@",
        "$ aws ssm put-parameter --name /steepwise/prod/@NK@ --type String --value '@NV@' --overwrite\n{\n    \"Version\": 1,\n    \"Tier\": \"Standard\"\n}\n"),
    'ops_azure_keyvault_secret_set_capture': ('kebab', "'", 'terminal capture of `az keyvault secret set`',
        "@NB@$ az keyvault secret set --vault-name kv-steepwise-prod --name @K@ --value '@V@' --query id -o tsv\nhttps://kv-steepwise-prod.vault.azure.net/secrets/@K@/@HEX32@\n",
        "$ az keyvault secret set --vault-name kv-steepwise-prod --name @NK@ --value '@NV@' --query id -o tsv\nhttps://kv-steepwise-prod.vault.azure.net/secrets/@NK@/@HEX32B@\n"),
    'ops_vault_kv_put_capture': ('snake', "' ", 'terminal capture of `vault kv put`',
        "$ vault kv put -mount=kv wrenfold/integrations @NB@@K@='@V@'\n======== Secret Path ========\nkv/data/wrenfold/integrations\n\n======= Metadata =======\nKey                Value\n---                -----\ncreated_time       @D@T10:1@N@:02.51Z\nversion            @N@\n",
        "@NK@='@NV@' "),
    'ops_nomad_variables_put_capture': ('upper', "' ", 'terminal capture of `nomad var put`',
        "$ nomad var put -force nomad/jobs/loyalty-api @NB@@K@='@V@'\nCreated variable \"nomad/jobs/loyalty-api\" with modify index 4@N@17\n",
        "@NK@='@NV@' "),
    'ops_ansible_group_vars_yml': ('snake', "#'\\", 'Ansible group_vars/all.yml (unencrypted)',
        "---\nntp_server: ntp1.steepwise.example\nshop_hostname: shop.mallowmere.example\n@NB@@K@: '@V@'\nbackup_retention_days: 14\n",
        "@NK@: '@NV@'\n"),
    'ops_crontab_env_lines': ('upper', ' #%"\'\\', 'crontab with environment lines',
        '# m h  dom mon dow   command\nMAILTO=ops@steepwise.example\n@NB@@K@=@V@\n*/15 * * * * /opt/wrenfold/bin/sync-orders >> /var/log/sync-orders.log 2>&1\n',
        '@NK@=@NV@\n'),
    'ops_k8s_deployment_env_yaml': ('upper', '#"\\', 'Kubernetes Deployment with a literal env value',
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: tearoom-worker\n  namespace: kettledrum\nspec:\n  replicas: 1\n  template:\n    spec:\n      containers:\n        - name: worker\n          image: registry.steepwise.example/tearoom-worker:0.@N@.3\n          env:\n@NB@            - name: @K@\n              value: "@V@"\n',
        '            - name: @NK@\n              value: "@NV@"\n'),
    'ops_windows_setx_capture': ('upper', ' "\'%^&|<>', 'PowerShell capture of `setx /M` on the till server',
        'PS C:\\Users\\kettledrum> setx @K@ @V@ /M\n\nSUCCESS: Specified value was saved.\n@NB@PS C:\\Users\\kettledrum>\n',
        'PS C:\\Users\\kettledrum> setx @NK@ @NV@ /M\n\nSUCCESS: Specified value was saved.\n'),
    'ops_powershell_profile_ps1': ('upper', "'`", 'PowerShell profile (Microsoft.PowerShell_profile.ps1)',
        "# profile - @P1@\nSet-Location C:\\src\n@NB@$env:@K@ = '@V@'\nImport-Module posh-git\n",
        "$env:@NK@ = '@NV@'\n"),
    'ops_docker_swarm_secret_create_capture': ('snake', "'", 'terminal capture of `docker secret create` from printf',
        "@NB@$ printf '%s' '@V@' | docker secret create @K@ -\nq8v2k3m1x0pz@N@d7c4b5n6a9s\n$ docker secret ls --format '{{.Name}}'\n@K@\n",
        "$ printf '%s' '@NV@' | docker secret create @NK@ -\nr3t7y1u5i9o0@N@p2a4s6d8f1g\n"),
    'dev_cursor_mcp_json': ('upper', '"\\', '.cursor/mcp.json with a server env block',
        '{\n  "mcpServers": {\n    "wrenfold-tools": {\n      "command": "uvx",\n      "args": ["wrenfold-mcp", "--catalogue", "blends"],\n      "env": {\n        @NB@"@K@": "@V@"\n      }\n    }\n  }\n}\n',
        '"@NK@": "@NV@",\n        '),
    'dev_continue_config_yaml': ('native', '#"\\', 'Continue config.yaml (native apiKey)',
        'name: steepwise\nversion: 1.0.0\nschema: v1\nmodels:\n  - name: blend-notes\n    provider: @PROV@\n    model: @MODEL@\n    apiKey: "@V@"\n    roles:\n      - chat\n', ''),
    'dev_aider_conf_yml': ('native', '#"\\ ', '.aider.conf.yml (native api-key list)',
        '# aider config for the recipes repo\nmodel: @MODEL@\nauto-commits: false\napi-key:\n  - @PROV@=@V@\n', ''),
    'dev_marimo_notebook_py': ('upper', '"\\', 'marimo notebook cell setting os.environ',
        'import marimo\n\napp = marimo.App()\n\n\n@app.cell\ndef _():\n    import os\n    @NB@os.environ["@K@"] = "@V@"\n    return (os,)\n',
        'os.environ["@NK@"] = "@NV@"\n    '),
    'dev_renviron_file': ('upper', ' #"\'\\$', '~/.Renviron of the analyst',
        '# ~/.Renviron\nR_LIBS_USER=~/R/library\n@NB@@K@=@V@\n',
        '@NK@=@NV@\n'),
    'dev_npmrc_file': ('native', ' #;', 'project .npmrc (native _authToken)',
        'registry=https://registry.npmjs.org/\n@wrenfold:registry=@REG@\n@REGHOST@:_authToken=@V@\nsave-exact=true\n', ''),
    'dev_gem_credentials_file': ('native', " #'\"", '~/.gem/credentials (native key)',
        '---\n:rubygems_api_key: @V@\n', ''),
    'dev_composer_auth_json': ('native', '"\\', 'Composer auth.json (native fields)',
        '{\n    "@AUTHKIND@": {\n        "@AUTHHOST@": "@V@"\n    }\n}\n', ''),
    'dev_wrangler_toml_vars': ('upper', '"\\', 'Cloudflare wrangler.toml [vars]',
        'name = "tearoom-edge"\nmain = "src/index.ts"\ncompatibility_date = "2025-0@N@-01"\n\n[vars]\nSHOP_ORIGIN = "https://shop.mallowmere.example"\n@NB@@K@ = "@V@"\n',
        '@NK@ = "@NV@"\n'),
    'dev_hoppscotch_environment_json': ('camel', '"\\', 'Hoppscotch environment export (JSON)',
        '[\n  {\n    "v": 1,\n    "name": "prod",\n    "variables": [\n      { "key": "baseUrl", "value": "https://api.steepwise.example", "secret": false },\n@NB@      { "key": "@K@", "value": "@V@", "secret": false }\n    ]\n  }\n]\n',
        '      { "key": "@NK@", "value": "@NV@", "secret": false },\n'),
    'dev_httpie_session_json': ('header', '"\\', 'HTTPie session file (~/.config/httpie/sessions/...)',
        '{\n    "__meta__": {\n        "about": "HTTPie session file",\n        "httpie": "3.2.@N@"\n    },\n    "auth": {\n        "type": null\n    },\n    "cookies": [],\n    "headers": [\n@NB@        {\n            "name": "@K@",\n            "value": "@V@"\n        }\n    ]\n}\n',
        '        {\n            "name": "@NK@",\n            "value": "@NV@"\n        },\n'),
    'dev_tox_ini_setenv': ('upper', ' #;', 'tox.ini testenv setenv',
        '[tox]\nenv_list = py312\n\n[testenv]\ndeps = pytest\nsetenv =\n    APP_ENV = test\n@NB@    @K@ = @V@\ncommands = pytest -q\n',
        '    @NK@ = @NV@\n'),
    'iot_node_red_settings_js': ('camel', "'\\", 'Node-RED settings.js functionGlobalContext',
        "module.exports = {\n    uiPort: process.env.PORT || 1880,\n    flowFile: 'flows.json',\n    functionGlobalContext: {\n        os: require('os'),\n@NB@        @K@: '@V@',\n    },\n    logging: { console: { level: 'info' } },\n}\n",
        "        @NK@: '@NV@',\n"),
    'iot_zigbee2mqtt_configuration_yaml': ('snake', '#"\\', 'zigbee2mqtt configuration.yaml with an extra block',
        'homeassistant: false\nmqtt:\n  base_topic: leafstore\n  server: mqtt://@IP@:1883\nserial:\n  port: /dev/ttyACM0\nnotify:\n@NB@  @K@: "@V@"\nadvanced:\n  log_level: warning\n',
        '  @NK@: "@NV@"\n'),
    'iot_esphome_device_yaml': ('snake', '#"\\', 'ESPHome device YAML substitutions',
        'substitutions:\n  name: leafstore-fan-@N@\n@NB@  @K@: "@V@"\n\nesphome:\n  name: ${name}\n\nesp32:\n  board: esp32dev\n',
        '  @NK@: "@NV@"\n'),
    'office_bitwarden_json_export': ('native', '"\\', 'Bitwarden unencrypted JSON export (one item)',
        '{\n  "encrypted": false,\n  "items": [\n    {\n      "id": "@UUID@",\n      "type": 1,\n      "name": "@TITLE@",\n      "login": {\n        "uris": [{ "match": null, "uri": "@URL@" }],\n        "username": "@USER@",\n        "password": "@V@",\n        "totp": null\n      },\n      "favorite": false\n    }\n  ]\n}\n', ''),
    'office_firefox_logins_csv_export': ('native', ',"', 'Firefox logins.csv export',
        '"url","username","password","httpRealm","formActionOrigin","guid","timeCreated","timeLastUsed","timePasswordChanged"\n"@URL@","@USER@","@V@",,"@URL@","{@UUID@}","17@N@2301234567","17@N@4401234567","17@N@2301234567"\n', ''),
    'office_chrome_passwords_csv_export': ('native', ',"', 'Chrome passwords.csv export',
        'name,url,username,password,note\n@TITLE@,@URL@,@USER@,@V@,\n', ''),
    'office_signal_desktop_message_copy': ('spaced', '', 'message copied from Signal Desktop',
        '@P1@, [@D@ @T@]\n@TITLE@ (@URL@) login for you: @USER@ / @V@\n\n@P2@, [@D@ @T@]\nthanks, in\n', ''),
}

PORTAL_URLS = {
    'uk_tea_infusions_association_members_password': ('UK Tea & Infusions Association', 'https://members.tea-infusions-association.example/login'),
    'tea_guild_award_entry_portal_password': ('Tea Guild awards entry', 'https://awards.teaguild.example/entry'),
    'ethical_tea_partnership_supplier_portal_password': ('Ethical Tea Partnership supplier portal', 'https://suppliers.ethicalteapartnership.example'),
    'rainforest_alliance_certification_portal_password': ('Rainforest Alliance certification portal', 'https://cert.rainforest-alliance.example'),
    'soil_association_licensee_portal_password': ('Soil Association licensee portal', 'https://licensees.soilassociation.example'),
    'flocert_fairtrade_customer_portal_password': ('FLOCERT customer portal', 'https://portal.flocert.example'),
    'nimh_members_area_password': ('NIMH members area', 'https://members.nimh.example'),
    'mhra_submissions_portal_password': ('MHRA submissions', 'https://submissions.mhra.example'),
    'eatta_mombasa_auction_buyer_portal_password': ('EATTA auction buyer portal', 'https://buyers.eatta.example'),
    'organic_herb_trading_trade_account_password': ('Organic Herb Trading trade account', 'https://trade.organicherbtrading.example'),
    'bravilor_bonamat_connect_password': ('Bravilor Connect', 'https://connect.bravilor.example'),
    'marco_uber_boiler_web_password': ('Marco Uber boiler', None),
    'rational_connectedcooking_password': ('ConnectedCooking', 'https://www.connectedcooking.example'),
    'winterhalter_connected_wash_password': ('Winterhalter Connected Wash', 'https://connectedwash.winterhalter.example'),
    'unifi_network_controller_admin_password': ('UniFi controller', None),
    'reolink_nvr_admin_password': ('Reolink NVR', None),
    'brother_label_printer_web_password': ('Brother QL label printer', None),
}
AI_PROVIDERS = {'anthropic_api_key': ('anthropic', 'claude-sonnet-4'), 'perplexity_api_key': ('openai', 'sonar'),
                'together_ai_api_key': ('together', 'meta-llama/Llama-3.3-70B-Instruct-Turbo'),
                'google_gemini_api_key': ('gemini', 'gemini/gemini-2.5-flash'), 'groq_api_key': ('groq', 'groq/llama-3.3-70b-versatile'),
                'cerebras_api_key': ('cerebras', 'cerebras/llama-3.3-70b')}
COMPOSER = {'github_fine_grained_personal_access_token': ('github-oauth', 'github.com'),
            'github_oauth_access_token': ('github-oauth', 'github.com'),
            'gitlab_personal_access_token': ('gitlab-token', 'git.steepwise.example')}
NPMRC = {'npm_granular_access_token': ('https://registry.npmjs.org/', '//registry.npmjs.org/'),
         'jfrog_reference_token': ('https://steepwise.jfrog.example/artifactory/api/npm/npm/', '//steepwise.jfrog.example/artifactory/api/npm/npm/')}


def vendor_words(t):
    return t.split('_')


def nb_key(t, label, style):
    first = t.split('_')[0]
    words = [first] + label.split()
    return C.case_key(words, style)


def check_value(t, v, ha_key):
    row = {e[0]: e for e in TYPES}[t]
    spec = row[1]
    if row[2] == 'owner':
        return None if W.PW_RE.match(v) else 'owner password form'
    if isinstance(spec, tuple):
        return None if check_special(spec[1], v, ha_key) else 'special frame %s' % spec[1]
    return None if re.match(spec_regex(spec), v) else 'vendor shape'


def shape_text(t):
    row = {e[0]: e for e in TYPES}[t]
    if row[2] == 'owner':
        return 'owner-chosen password (trade word + joiner + tail)'
    if isinstance(row[1], tuple):
        return SPECIAL_TEXT[row[1][1]]
    return spec_text(row[1])


def build(reg, seed=27102, ha_seed=27122):
    rng = random.Random(seed)
    hrng = random.Random(ha_seed)
    ha_key = bytes(hrng.getrandbits(8) for _ in range(32))
    recs = []
    for t, spec, src, nb, style in TYPES:
        kstyle, forbid, _, tpl, nbs = STYLES[style]
        if src == 'owner':
            v = reg.draw(lambda: W.password(rng, W.LOOSE_JOINERS, 0.5, forbid))
        elif isinstance(spec, tuple):
            v = reg.draw(lambda: special(spec[1], rng, ha_key))
        else:
            v = reg.draw(lambda: gen_spec(rng, spec))
        if any(c in forbid for c in v):
            raise RuntimeError('vendor value %s holds a forbidden character for %s' % (t, style))
        key = C.case_key(vendor_words(t), kstyle) if kstyle not in ('native',) else ''
        text = tpl
        if nb:
            nv = reg.draw(lambda: nb_gen(rng, nb[1]))
            snippet = nbs.replace('@NK@', nb_key(t, nb[0], kstyle if kstyle != 'native' else 'snake')).replace('@NV@', nv)
            text = text.replace('@NB@', snippet)
        else:
            text = text.replace('@NB@', '')
            if '@NV@' in text:
                raise RuntimeError('style %s needs a neighbour (%s)' % (style, t))
        title, url = PORTAL_URLS.get(t, ('', ''))
        user = ''
        if t in PORTAL_URLS:
            if url is None:
                url, user = nv, 'admin'
            else:
                user = nv
        prov, model = AI_PROVIDERS.get(t, ('openai', 'gpt-4.1-mini'))
        ak, ah = COMPOSER.get(t, ('', ''))
        reg_url, reg_host = NPMRC.get(t, ('', ''))
        ctx = {'@K@': key, '@P1@': rng.choice(W.PEOPLE), '@P2@': rng.choice(W.PEOPLE), '@N@': str(rng.randint(2, 9)),
               '@D@': '2025-%02d-%02d' % (rng.randint(1, 12), rng.randint(1, 28)),
               '@T@': '%02d:%02d' % (rng.randint(7, 18), rng.randint(0, 59)), '@IP@': rng.choice(W.IPS),
               '@HEX32@': C.rstr(rng, C.HEXL, 32), '@HEX32B@': C.rstr(rng, C.HEXL, 32), '@UUID@': C.uuid4(rng),
               '@TITLE@': title, '@URL@': url or '', '@PROV@': prov, '@MODEL@': model, '@AUTHKIND@': ak,
               '@AUTHHOST@': ah, '@REG@': reg_url, '@REGHOST@': reg_host, '@USER@': user}
        for k, val in ctx.items():
            text = text.replace(k, val)
        i = text.index('@V@')
        text = text[:i] + v + text[i + 3:]
        if re.search(r'@[A-Z][A-Z0-9]*@', text):
            raise RuntimeError('unfilled placeholder in %s: %s' % (style, re.findall(r'@[A-Z][A-Z0-9]*@', text)))
        recs.append({'type': t, 'container': '%s__%s' % (t, style), 'text': text,
                     'secrets': [{'value': v, 'start': i, 'end': i + len(v), 'type': t}], 'source': 'vendor'})
    return recs, ha_key


# where a 'read' shape was read this session (rule id in gitleaks config/gitleaks.toml or Kingfisher data/rules file)
RULE_NOTE = {
    'tickettailor_api_key': 'Kingfisher tickettailor',
    'stripe_live_secret_key': 'gitleaks stripe-access-token, Kingfisher stripe (10-99 / 22-247 after the head; 99 mine)',
    'shopify_admin_api_access_token': 'gitleaks shopify-access-token', 'shopify_app_api_shared_secret': 'gitleaks shopify-shared-secret',
    'squarespace_commerce_api_key': 'gitleaks squarespace-access-token (UUID; v4 mine)',
    'gocardless_live_access_token': 'gitleaks gocardless-api-token, Kingfisher gocardless',
    'mailchimp_marketing_api_key': 'gitleaks mailchimp-api-key, Kingfisher mailchimp',
    'mailchimp_transactional_api_key': 'Kingfisher mandrill (20-24 of [A-Za-z0-9_-]; the md- head and 22 believed)',
    'klaviyo_private_api_key': 'Kingfisher klaviyo', 'brevo_smtp_api_key': 'gitleaks sendinblue-api-token',
    'omnisend_api_key': 'Kingfisher omnisend (75 of [a-zA-Z0-9-]; the 24 hex + - + 50 split believed)',
    'posthog_personal_api_key': 'Kingfisher posthog', 'intercom_access_token': 'Kingfisher intercom (59 + =)',
    'zendesk_api_token': 'gitleaks zendesk-secret-key (40 of [a-z0-9], case mine)',
    'telegram_bot_api_token': 'gitleaks telegram-bot-api-token, Kingfisher telegrambottoken',
    'slack_bot_user_oauth_token': 'gitleaks slack-bot-token (segment lengths mine)',
    'twilio_account_auth_token': 'Kingfisher twilio (32 of [a-z0-9]; hex believed; the AC sid beside it from the same rule)',
    'messagebird_live_access_key': 'gitleaks messagebird-api-token, Kingfisher messagebird',
    'openai_project_api_key': 'gitleaks openai-api-key (proj form, 74 + 74)', 'anthropic_api_key': 'gitleaks anthropic-api-key, Kingfisher anthropic',
    'google_gemini_api_key': 'gitleaks gcp-api-key (AIza + 35)', 'groq_api_key': 'Kingfisher groq', 'replicate_api_token': 'Kingfisher replicate',
    'perplexity_api_key': 'gitleaks perplexity-api-key', 'huggingface_user_access_token': 'gitleaks huggingface-access-token, Kingfisher huggingface',
    'github_fine_grained_personal_access_token': 'gitleaks github-fine-grained-pat (82 word characters; the 22 + _ + 59 split believed)',
    'github_oauth_access_token': 'gitleaks github-oauth', 'gitlab_personal_access_token': 'gitleaks gitlab-pat',
    'npm_granular_access_token': 'gitleaks npm-access-token, Kingfisher npm', 'rubygems_api_key': 'gitleaks rubygems-api-token',
    'sentry_user_auth_token': 'gitleaks sentry-user-token', 'cloudflare_api_token': 'gitleaks cloudflare-api-key, Kingfisher cloudflare (40 of [a-z0-9_-], case mine)',
    'cloudflare_global_api_key': 'gitleaks cloudflare-global-api-key', 'digitalocean_personal_access_token': 'gitleaks digitalocean-pat, Kingfisher digitalocean',
    'heroku_platform_api_key': 'gitleaks heroku-api-key-v2', 'doppler_service_token': 'Kingfisher doppler (dp.st. + optional env + 40-44)',
    'onepassword_service_account_token': 'gitleaks 1password-service-account-token (ops_eyJ + 250 or more Base64; the JSON keys inside believed)',
    'age_encryption_secret_key': 'gitleaks age-secret-key, Kingfisher age', 'contentful_management_token': 'Kingfisher contentful (CFPAT- + 43)',
    'airtable_personal_access_token': 'gitleaks airtable-personnal-access-token, Kingfisher airtable', 'notion_integration_token': 'gitleaks notion-api-token',
    'algolia_admin_api_key': 'gitleaks algolia-api-key, Kingfisher algolia (32 of [a-z0-9]; hex believed; the application id beside it from the same file)',
    'snyk_api_token': 'Kingfisher snyk (UUID shape; v4 mine)', 'circleci_personal_api_token': 'Kingfisher circleci (the CCIPAT_ pattern, followed character class by character class)',
    'buildkite_user_access_token': 'Kingfisher buildkite', 'vercel_access_token': 'Kingfisher vercel',
    'planetscale_service_token': 'gitleaks planetscale-api-token, Kingfisher planetscale (43; the 12-character id beside it from the same file)',
    'storyblok_preview_access_token': 'Kingfisher storyblok (22 + tt)', 'prefect_cloud_api_key': 'gitleaks prefect-api-token',
    'aws_secret_access_key': 'Kingfisher aws (40 of [A-Za-z0-9/+=]; AKIA id beside it)', 'azure_storage_account_key': 'Kingfisher azurestorage (86-88; 86 + == mine)',
    'scaleway_secret_key': 'Kingfisher scalewaykey (UUID shape; v4 mine; the SCW access key beside it believed)',
    'mongodb_atlas_private_api_key': 'Kingfisher mongodb (UUID shape; v4 mine)', 'datadog_api_key': 'Kingfisher datadog (32 of [a-z0-9]; hex believed)',
    'datadog_application_key': 'Kingfisher datadog (40 of [a-z0-9]; hex believed)', 'pagerduty_rest_api_key': 'Kingfisher pagerdutyapikey',
    'uptimerobot_main_api_key': 'Kingfisher uptimerobot (9 + - + 24; the u + 7 digits and hex tail believed)',
    'tailscale_auth_key': 'Kingfisher tailscale (tskey-<kind>-<id>-<secret>; the CNTRL join believed)', 'zerotier_central_api_token': 'Kingfisher zerotier',
    'ubidots_account_token': 'Kingfisher ubidots', 'thingsboard_device_access_token': 'Kingfisher thingsboard (20 of [a-z0-9])',
    'openweathermap_api_key': 'Kingfisher openweather (32 of [a-z0-9]; hex believed)', 'truenas_api_key': 'Kingfisher truenas (digits + - + 64)',
}
