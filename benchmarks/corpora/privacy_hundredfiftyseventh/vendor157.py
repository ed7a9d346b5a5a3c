"""Vendor token types (focus world first), each in one of 10 styles (cyclic)."""
import random, binascii
from gen157 import *

def A(n): return lambda r: rs(r, ALNUM, n)
def H(n): return lambda r: rs(r, HEX, n)
def UH(n): return lambda r: rs(r, HEX.upper(), n)
def P(pre, f): return lambda r: pre + f(r)
def U(): return lambda r: uuid4(r)
def B(n): return lambda r: b64(r, n)
def J(iss): return lambda r: jwt(r, iss, rs(r, DIG, 9))
def PW(): return lambda r: password(r)

def npm_tok(r):
    body = rs(r, ALNUM, 30)
    return 'npm_' + body + base62(binascii.crc32(body.encode()), 6)

def age_key(r):
    data = bits8to5(bytes(r.getrandbits(8) for _ in range(32)))
    return bech32('age-secret-key-', data).upper()

def airtable_pat(r):
    return 'pat' + rs(r, ALNUM, 14) + '.' + rs(r, HEX, 64)

def okta(r): return '00' + rs(r, ALNUM + '-_', 40)
def shopify(r): return 'shpat_' + rs(r, HEX, 32)

VENDORS = [
 # notary / RON / e-sign
 ('proof_notarize_api_key', A(32)), ('notarycam_partner_api_secret', H(40)),
 ('docusign_integration_secret_key', U()), ('docusign_jwt_rsa_user_token', J('account-d.docusign.com')),
 ('dropboxsign_api_key', H(64)), ('pandadoc_api_key', H(40)), ('signnow_basic_auth_token', B(48)),
 ('onespan_sign_api_key', B(60)), ('boldsign_api_key', B(36)), ('signwell_api_key', P('YWNjZXNz', A(40))),
 ('zohosign_oauth_refresh_token', P('1000.', lambda r: rs(r, HEX, 32) + '.' + rs(r, HEX, 32))),
 ('nexsys_enotary_api_token', A(40)), ('stavvy_api_key', P('stv_', A(36))), ('bluenotary_api_secret', H(48)),
 ('enotarylog_api_key', U()), ('snapdocs_partner_api_token', A(44)), ('pavaso_digital_close_api_key', UH(32)),
 ('nationalnotary_sigma_api_key', A(28)),
 # title production / plants / search
 ('qualia_api_token', P('qlia_', A(40))), ('softpro_select_api_password', PW()), ('resware_web_service_password', PW()),
 ('ramquest_closingmarket_key', H(32)), ('datatree_api_key', U()), ('attomdata_api_key', H(32)),
 ('titlepoint_service_password', PW()), ('doma_title_api_secret', A(48)), ('stewart_title_connect_key', UH(40)),
 ('firstamerican_titlelink_secret', B(33)), ('fidelitynational_agentnet_key', A(36)), ('oldrepublic_ortconnect_token', H(48)),
 ('westcor_title_api_key', A(32)), ('titlevest_partner_secret', H(40)), ('propertyinfo_titlepro247_key', A(24)),
 ('dataquick_titleplant_password', PW()), ('corelogic_trestle_client_secret', H(32)), ('regrid_parcel_api_token', J('app.regrid.com')),
 ('reportall_parcel_client_key', A(40)), ('estated_api_token', A(30)),
 # escrow / settlement / wire / payoff
 ('certifid_api_key', P('cfid_', A(40))), ('closinglock_api_secret', H(64)), ('fundingshield_api_token', U()),
 ('paymints_api_key', P('pmk_live_', A(32))), ('earnnest_api_secret', A(40)), ('depositlink_api_key', H(32)),
 ('modern_treasury_api_key', P('live-', A(48))), ('dwolla_application_secret', A(50)), ('plaid_secret_key', H(30)),
 ('increase_api_key', P('secret_key_', A(40))), ('treasuryprime_api_key_secret', A(40)), ('column_bank_api_key', P('live_', A(32))),
 ('unit_finance_org_token', J('api.s.unit.sh')), ('payoffpro_servicer_token', A(36)), ('blend_lending_api_secret', H(48)),
 ('encompass_ice_client_secret', A(32)), ('meridianlink_api_password', PW()), ('optimalblue_pricing_api_key', U()),
 ('mers_servicer_id_api_password', PW()),
 # e-recording / county
 ('simplifile_submitter_api_key', A(40)), ('cscglobal_erecording_password', PW()), ('epn_erecording_api_token', H(40)),
 ('tylertech_eagle_recorder_key', A(32)), ('kofile_countyfusion_password', PW()), ('granicus_records_api_key', U()),
 # real estate / MLS / CRM
 ('dotloop_client_secret', U()), ('skyslope_api_secret', B(42)), ('lonewolf_transactiondesk_key', H(32)),
 ('zillow_bridge_server_token', H(32)), ('simplyrets_api_secret', A(24)), ('sparkapi_fbs_access_token', A(25)),
 ('followupboss_api_key', P('fka_', A(34))), ('kvcore_api_token', J('api.kvcore.com')), ('sierrainteractive_api_key', UH(32)),
 ('boomtown_client_secret', A(40)), ('showingtime_api_key', U()), ('rentcast_api_key', H(32)),
 # identity / KBA
 ('persona_api_key', P('persona_production_', A(32))), ('onfido_api_token', P('api_live.', lambda r: rs(r, ALNUM + '-_', 11) + '.' + rs(r, ALNUM + '-_', 32))),
 ('veriff_shared_secret_key', U()), ('jumio_api_secret', A(32)), ('idology_api_password', PW()), ('socure_api_key', U()),
 ('sumsub_app_token', P('prd:', A(24))), ('trulioo_api_key', H(32)),
 # general developer / cloud / AI beyond
 ('npm_granular_access_token', npm_tok), ('age_x25519_secret_key', age_key), ('airtable_personal_access_token', airtable_pat),
 ('okta_api_token', okta), ('shopify_admin_access_token', shopify),
 ('openai_project_key', P('sk-proj-', A(120))), ('groq_api_key', P('gsk_', A(52))), ('huggingface_user_token', P('hf_', A(34))),
 ('replicate_api_token', P('r8_', A(37))), ('perplexity_api_key', P('pplx-', A(48))), ('voyageai_api_key', P('pa-', A(43))),
 ('pinecone_api_key', P('pcsk_', lambda r: rs(r, ALNUM, 6) + '_' + rs(r, ALNUM, 64))), ('langsmith_personal_token', P('lsv2_pt_', lambda r: rs(r, HEX, 32) + '_' + rs(r, HEX, 10))),
 ('sendgrid_api_key', P('SG.', lambda r: rs(r, ALNUM + '-_', 22) + '.' + rs(r, ALNUM + '-_', 43))),
 ('mailgun_private_api_key', P('key-', H(32))), ('mailchimp_marketing_api_key', lambda r: rs(r, HEX, 32) + '-us' + str(r.randint(2, 21))),
 ('square_production_access_token', P('EAAA', A(60))), ('flyio_access_token', P('fo1_', A(43))),
 ('supabase_management_token', P('sbp_', H(40))), ('planetscale_service_password', P('pscale_pw_', A(43))), ('neon_api_key', P('napi_', A(64))),
 ('cloudflare_api_token', A(40)), ('databricks_personal_token', P('dapi', H(32))), ('grafana_service_account_token', lambda r: 'glsa_' + rs(r, ALNUM, 32) + '_' + rs(r, HEX, 8)),
 ('pulumi_access_token', P('pul-', H(40))), ('terraformcloud_user_token', lambda r: rs(r, ALNUM, 14) + '.atlasv1.' + rs(r, ALNUM, 67)),
 ('hubspot_private_app_token', lambda r: 'pat-na1-' + uuid4(r)), ('notion_internal_integration_token', P('ntn_', A(46))),
 ('linear_api_key', P('lin_api_', A(40))), ('asana_personal_access_token', lambda r: '2/' + rs(r, DIG, 16) + '/' + rs(r, DIG, 16) + ':' + rs(r, HEX, 32)),
 ('clickup_personal_token', lambda r: 'pk_' + rs(r, DIG, 8) + '_' + rs(r, UP + DIG, 32)), ('zendesk_api_token', A(40)),
 ('intercom_access_token', lambda r: b64(r, 45, pad=False)[:59] + '='), ('freshdesk_api_key', A(20)),
 ('auth0_management_client_secret', lambda r: rs(r, ALNUM + '-_', 64)), ('zoom_server_to_server_secret', A(32)),
 ('ringcentral_jwt_credential', J('platform.ringcentral.com')), ('dialpad_api_key', A(56)),
 ('azure_storage_account_key', lambda r: b64(r, 64)), ('gcp_api_key', P('AIza', lambda r: rs(r, ALNUM + '-_', 35))),
 ('aws_secret_access_key', lambda r: rs(r, ALNUM + '/+', 40)), ('heroku_platform_api_key', P('HRKU-AA', lambda r: rs(r, ALNUM + '-_', 58))),
 ('vercel_access_token', A(24)), ('railway_api_token', U()), ('fastly_api_token', lambda r: rs(r, ALNUM + '-_', 32)),
 ('launchdarkly_sdk_key', lambda r: 'sdk-' + uuid4(r)), ('postman_api_key', lambda r: 'PMAK-' + rs(r, HEX, 24) + '-' + rs(r, HEX, 34)),
 ('contentful_management_token', P('CFPAT-', lambda r: rs(r, ALNUM + '-_', 43))), ('sanity_api_token', P('sk', A(180))),
 ('typeform_personal_token', P('tfp_', lambda r: rs(r, ALNUM, 44) + '_' + rs(r, ALNUM, 14))), ('calendly_personal_token', J('auth.calendly.com')),
 ('jotform_api_key', H(32)), ('smartsheet_access_token', A(37)), ('dropbox_short_lived_token', P('sl.', lambda r: rs(r, ALNUM + '-_', 138))),
 ('azure_openai_api_key', H(32)), ('googlemaps_server_key', P('AIza', lambda r: rs(r, ALNUM + '-_', 35))),
]

STYLES = [
 ('closing_api_dotenv_production', 'upper', '# closing-api\nNODE_ENV=production\n{K}={V}\n'),
 ('title_service_k8s_secret_stringdata', 'snake', 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: title-svc\nstringData:\n  {K}: "{V}"\n'),
 ('escrow_api_spring_application_properties', 'dot', 'server.port=8443\nintegrations.{K}={V}\n'),
 ('ron_platform_ansible_group_vars', 'snake', '---\nron_env: prod\n{K}: "{V}"\n'),
 ('closing_portal_vite_env_production', 'upper', 'VITE_APP_NAME=ClosingRoom\n{K}={V}\n'),
 ('settlement_worker_go_embed_const', 'camel', 'package integrations\n\nconst {K} = "{V}"\n'),
 ('title_agency_powershell_profile_env', 'upper', "$env:{K} = '{V}'\n"),
 ('escrow_team_slack_export_message', 'spaced', '{"user": "U04ESC", "text": "{K} for the new integration: {V} (rotating next sprint)"}\n'),
 ('recording_gateway_java_static_final', 'upper', 'public final class Keys {\n    public static final String {K} = "{V}";\n}\n'),
 ('closing_ops_github_codespaces_devcontainer_env', 'upper', '{\n  "containerEnv": {\n    "{K}": "{V}"\n  }\n}\n'),
]


def generate(reg, keep_types, seed=15702):
    r = random.Random(seed)
    recs = []
    for i, (t, fn) in enumerate(keep_types):
        st, style, tmpl = STYLES[i % len(STYLES)]
        v = reg.take(lambda: fn(r))
        words = t.split('_')
        text, s = place(tmpl, v, K=key_style(words, style))
        recs.append(rec(t, t + '__' + st, text, v, s, 'vendor'))
    return recs
