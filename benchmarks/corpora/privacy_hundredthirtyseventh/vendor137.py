"""Vendor token types of the funeral / cemetery world and beyond, each in a style."""
import random, base64, json, string
from common137 import Gen, owner_pw, place, rec, AN, LAN, UAN, HEX, B64U

D = string.digits


def V(g, spec):
    """spec: list of literal strings and (alphabet, n) pairs, or a special word."""
    out = ''
    for p in spec:
        if isinstance(p, str):
            out += p
        else:
            a, n = p
            out += g.s({'an': AN, 'lan': LAN, 'uan': UAN, 'hex': HEX, 'HEX': HEX.upper(), 'b64u': B64U, 'd': D}[a], n)
    return out


def special(g, what):
    if what == 'uuid':
        return g.uuid4()
    if what == 'pw':
        return None
    if what == 'jwt':
        return g.jwt({'sub': g.uuid4(), 'iat': 1700000000 + g.r.randrange(10 ** 7)})
    if what == 'b64_24':
        return g.b64bytes(24)
    if what == 'b64_30':
        return g.b64bytes(30)
    if what == 'b64_56':
        return g.b64bytes(56)
    if what == 'b64u_32':
        return g.b64ubytes(32)
    if what == 'b64u_48':
        return g.b64ubytes(48)
    if what == 'intercom':
        return base64.b64encode(('tok:' + g.uuid4()).encode()).decode()
    if what == 'ghp':
        body = g.an(30)
        return 'ghp_' + body + g.b62crc(body)
    if what == 'discord':
        uid = str(g.r.randrange(10 ** 17, 10 ** 18))
        return base64.b64encode(uid.encode()).decode().rstrip('=') + '.' + g.s(B64U, 6) + '.' + g.s(B64U, 38)
    if what == 'cftunnel':
        j = json.dumps({'a': g.hexs(32), 't': g.uuid4(), 's': g.b64bytes(32)}, separators=(',', ':'))
        return base64.b64encode(j.encode()).decode()
    if what == 'infisical':
        return 'st.' + g.uuid4() + '.' + g.hexs(32) + '.' + g.hexs(32)
    if what == 'hubspot':
        return 'pat-na1-' + g.uuid4()
    if what == 'launchdarkly':
        return 'sdk-' + g.uuid4()
    if what == 'slackhook':
        return 'https://hooks.slack.com/services/T' + g.s(UAN, 8) + '/B' + g.s(UAN, 10) + '/' + g.an(24)
    raise KeyError(what)


# (type, spec-or-special, key name)
VENDORS = [
 ('passare_case_api_token', [('an', 40)]),
 ('gather_funeral_platform_api_key', 'uuid'),
 ('frontrunner_professional_api_key', [('hex', 32)]),
 ('osiris_funeral_software_license_key', [('uan', 5), '-', ('uan', 5), '-', ('uan', 5), '-', ('uan', 5), '-', ('uan', 5)]),
 ('halcyon_cemetery_api_secret', [('an', 48)]),
 ('srs_fdms_service_password', 'pw'),
 ('mortware_sync_token', [('hex', 40)]),
 ('funeraltech_cloud_api_key', 'b64_24'),
 ('tribute_technology_api_key', [('an', 32)]),
 ('tukios_website_api_token', [('an', 40)]),
 ('legacycom_obituary_feed_key', [('uan', 32)]),
 ('everdays_partner_api_key', 'uuid'),
 ('everloved_partner_token', [('an', 36)]),
 ('funeralone_life_tributes_api_key', [('hex', 32)]),
 ('frazer_tribute_center_api_key', [('an', 24)]),
 ('batesville_order_gateway_client_secret', [('an', 40)]),
 ('matthews_aurora_casket_order_api_key', 'uuid'),
 ('matthews_environmental_retort_cloud_token', 'b64u_32'),
 ('blcremation_remote_panel_password', 'pw'),
 ('facultatieve_crematory_scada_secret', [('hex', 48)]),
 ('dfw_europe_cremator_link_token', [('an', 32)]),
 ('cemsites_map_api_key', [('an', 40)]),
 ('chronicle_cemetery_api_token', [('hex', 64)]),
 ('plotbox_api_client_secret', [('an', 48)]),
 ('cemify_api_key', 'uuid'),
 ('webcemeteries_sync_password', 'pw'),
 ('homesteaders_preneed_api_key', [('an', 32)]),
 ('ngl_preneed_partner_client_secret', [('an', 40)]),
 ('precoa_lead_api_token', [('hex', 40)]),
 ('forethought_preneed_api_secret', 'b64_30'),
 ('greatwestern_preneed_api_key', [('uan', 24)]),
 ('lincolnheritage_partner_key', [('an', 32)]),
 ('pfsi_trust_portal_password', 'pw'),
 ('partingcom_listing_api_key', [('hex', 32)]),
 ('funeralocity_pricing_api_key', [('an', 32)]),
 ('stardust_memorials_partner_key', [('an', 28)]),
 ('teleflora_order_api_secret', [('an', 32)]),
 ('ftd_mercury_api_key', 'uuid'),
 ('bloomnet_wire_service_password', 'pw'),
 ('rockofages_monument_api_key', [('an', 32)]),
 ('coldspring_granite_order_token', [('hex', 40)]),
 ('keystone_memorials_portal_secret', [('an', 40)]),
 ('legacytouch_fingerprint_api_key', 'uuid'),
 ('boxcast_api_client_secret', [('an', 40)]),
 ('oneroom_livestream_api_key', [('an', 32)]),
 ('dacast_api_key', [('an', 40)]),
 ('wowza_streaming_cloud_access_key', [('an', 64)]),
 ('mux_token_secret', 'b64_56'),
 ('vimeo_personal_access_token', [('hex', 32)]),
 ('restream_client_secret', [('an', 32)]),
 ('castr_api_secret', [('an', 40)]),
 ('zoom_s2s_oauth_client_secret', [('an', 32)]),
 ('youtube_data_api_key', ['AIza', ('b64u', 35)]),
 ('facebook_page_access_token', ['EAAG', ('an', 160)]),
 ('docusign_integration_secret_key', 'uuid'),
 ('dropboxsign_api_key', [('hex', 64)]),
 ('stripe_restricted_key_rk', ['rk_live_', ('an', 24)]),
 ('square_oauth_application_secret', ['sq0csp-', ('b64u', 43)]),
 ('square_production_access_token', ['EAAA', ('b64u', 60)]),
 ('braintree_production_access_token', ['access_token$production$', ('lan', 16), '$', ('hex', 32)]),
 ('sendgrid_api_key', ['SG.', ('b64u', 22), '.', ('b64u', 43)]),
 ('lob_live_api_key', ['live_', ('hex', 34)]),
 ('telnyx_api_key_v2', ['KEY', ('uan', 24), '_', ('an', 22)]),
 ('plivo_auth_token', [('an', 40)]),
 ('hubspot_private_app_token', 'hubspot'),
 ('intercom_access_token', 'intercom'),
 ('frontapp_api_token', 'jwt'),
 ('zoho_crm_refresh_token', ['1000.', ('hex', 32), '.', ('hex', 32)]),
 ('salesforce_connected_app_consumer_secret', [('HEX', 64)]),
 ('quickbooks_oauth_client_secret', [('an', 40)]),
 ('xero_oauth_client_secret', [('an', 48)]),
 ('shopify_admin_access_token', ['shpat_', ('hex', 32)]),
 ('linear_personal_api_key', ['lin_api_', ('an', 40)]),
 ('notion_integration_secret', ['ntn_', ('an', 46)]),
 ('asana_personal_access_token', ['2/', ('d', 16), '/', ('d', 16), ':', ('hex', 32)]),
 ('mondaycom_api_token', 'jwt'),
 ('figma_personal_access_token', ['figd_', ('b64u', 40)]),
 ('grafana_service_account_token', ['glsa_', ('an', 32), '_', ('hex', 8)]),
 ('gitlab_personal_access_token_glpat', ['glpat-', ('an', 20)]),
 ('gitlab_pipeline_trigger_token', ['glptt-', ('hex', 40)]),
 ('github_classic_pat_ghp', 'ghp'),
 ('github_refresh_token_ghr', ['ghr_', ('an', 76)]),
 ('bitbucket_app_password', ['ATBB', ('an', 28), ('HEX', 8)]),
 ('heroku_platform_api_key', ['HRKU-', ('b64u', 60)]),
 ('flyio_deploy_token', ['fm2_', ('b64u', 120)]),
 ('algolia_admin_api_key', [('hex', 32)]),
 ('meilisearch_master_key', [('an', 32)]),
 ('typesense_admin_api_key', [('an', 32)]),
 ('datadog_api_key', [('hex', 32)]),
 ('honeycomb_ingest_key', ['hcaik_', ('lan', 58)]),
 ('huggingface_user_access_token', ['hf_', ('an', 34)]),
 ('replicate_api_token', ['r8_', ('an', 37)]),
 ('groq_api_key', ['gsk_', ('an', 52)]),
 ('perplexity_api_key', ['pplx-', ('an', 48)]),
 ('togetherai_api_key', [('hex', 64)]),
 ('stabilityai_api_key', ['sk-', ('an', 48)]),
 ('shippo_live_api_token', ['shippo_live_', ('hex', 40)]),
 ('easypost_production_api_key', ['EZAK', ('hex', 54)]),
 ('cloudinary_url_api_secret', [('b64u', 27)]),
 ('uploadcare_secret_key', [('hex', 20)]),
 ('bunnynet_storage_zone_password', 'uuid'),
 ('dropbox_short_lived_access_token', ['sl.B', ('b64u', 130)]),
 ('okta_ssws_api_token', ['00', ('b64u', 40)]),
 ('auth0_management_client_secret', 'b64u_48'),
 ('clerk_secret_key', ['sk_live_', ('an', 40)]),
 ('discord_bot_token', 'discord'),
 ('slack_bot_token_xoxb', ['xoxb-', ('d', 11), '-', ('d', 13), '-', ('an', 24)]),
 ('slack_incoming_webhook_url', 'slackhook'),
 ('pagerduty_rest_api_key', ['u+', ('b64u', 18)]),
 ('netsuite_tba_token_secret', [('hex', 64)]),
 ('sageintacct_web_services_sender_password', 'pw'),
 ('infisical_service_token', 'infisical'),
 ('confluent_cloud_api_secret', [('an', 64)]),
 ('neon_api_key', ['napi_', ('lan', 64)]),
 ('turso_database_auth_token', 'jwt'),
 ('launchdarkly_server_sdk_key', 'launchdarkly'),
 ('statsig_server_secret_key', ['secret-', ('an', 43)]),
 ('posthog_personal_api_key', ['phx_', ('an', 43)]),
 ('ngrok_agent_authtoken', ['2', ('an', 26), '_', ('an', 21)]),
 ('cloudflare_tunnel_token', 'cftunnel'),
 ('pushover_application_token', [('lan', 30)]),
 ('pushbullet_access_token', ['o.', ('an', 32)]),
 ('onesignal_rest_api_key', ['os_v2_app_', ('lan', 80)]),
 ('jotform_api_key', [('hex', 32)]),
 ('typeform_personal_access_token', ['tfp_', ('an', 44), '_', ('an', 14)]),
 ('calendly_personal_access_token', 'jwt'),
 ('acuity_scheduling_api_key', [('hex', 32)]),
 ('constantcontact_client_secret', [('an', 22)]),
 ('brevo_api_key_xkeysib', ['xkeysib-', ('hex', 64), '-', ('an', 16)]),
 ('resend_api_key', ['re_', ('an', 8), '_', ('an', 24)]),
 ('aiven_api_token', 'b64_56'),
 ('convex_deploy_key', ['prod:', ('lan', 12), '|', ('b64u', 60)]),
 ('mailerlite_api_token', 'jwt'),
 ('twingate_api_token', [('b64u', 64)]),
 ('backendless_rest_secret', 'uuid'),
 ('kinde_client_secret', [('an', 48)]),
 ('hygraph_permanent_auth_token', 'jwt'),
 ('clicky_site_key', [('hex', 16)]),
]

STYLES = [
 ('funeral_home_dotenv_production', '# .env.production\nAPP_ENV=production\n{KU}={V}\n'),
 ('retort_gateway_toml_table', '[vendor.{VN}]\nenabled = true\n{K} = "{V}"\n'),
 ('obituary_worker_python_settings', '# settings/vendors.py\n{KU} = os.getenv("{KU}", "{V}")\n'),
 ('cemetery_map_k8s_secret_stringdata', 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: {VN}\nstringData:\n  {K}: "{V}"\n'),
 ('preneed_java_application_properties', 'vendor.{VN}.enabled=true\nvendor.{VN}.{KD}={V}\n'),
 ('livestream_csharp_appsettings_json', '{\n  "Vendors": {\n    "{VN}": {\n      "{KC}": "{V}"\n    }\n  }\n}\n'),
 ('florist_node_config_module', "module.exports = {\n  {KC}: process.env.{KU} || '{V}',\n};\n"),
 ('monument_ruby_credentials_yml', '{VN}:\n  {K}: {V}\n'),
 ('arrangement_swift_secrets_enum', 'enum Secrets {\n    static let {KC} = "{V}"\n}\n'),
 ('crematory_ops_discourse_paste', 'posted in #vendor-integrations: here is the {VN} one, {K} {V} (please move it to the vault later)\n'),
]


def build(seed=13702, used=None, denyfn=None, cap=120):
    g = Gen(random.Random(seed), used if used is not None else set())
    out, dropped = [], []
    for i, (typ, spec) in enumerate(VENDORS):
        if denyfn and denyfn(typ):
            dropped.append(typ)
            continue
        if len(out) >= cap:
            break
        if spec == 'pw':
            v = owner_pw(g)
        elif isinstance(spec, str):
            v = g.uniq(lambda: special(g, spec))
        else:
            v = g.uniq(lambda: V(g, spec))
        words = typ.split('_')
        vn = words[0]
        key = '_'.join(words[1:]) if len(words) > 2 else typ
        style, tpl = STYLES[len(out) % len(STYLES)]
        kc = key.split('_')[0] + ''.join(w.capitalize() for w in key.split('_')[1:])
        text, s, e = place(tpl, v, K=key, KU=typ.upper(), KC=kc, VN=vn, KD=key.replace('_', '-'))
        out.append(rec(None, typ, typ + '__' + style, text, s, e, v, 'vendor'))
    return out, dropped
