"""Vendor token types (home-care world and beyond), each in a realistic container style."""
import random, string
from gen162 import *

U = string.ascii_uppercase
UD = string.ascii_uppercase + string.digits
BECH = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L'


def _mailchimp(r):
    return hx(r, 32) + '-us' + str(r.randint(2, 21))


C = [  # (type, env-style key, generator)
    ('hhaexchange_api_client_secret', 'HHAX_CLIENT_SECRET', lambda r: s(r, 40)),
    ('sandata_evv_aggregator_api_key', 'SANDATA_API_KEY', lambda r: uuid4(r)),
    ('tellus_evv_api_token', 'TELLUS_API_TOKEN', lambda r: b64(r, 36, url=True, pad=False)),
    ('alayacare_api_client_secret', 'ALAYACARE_CLIENT_SECRET', lambda r: s(r, 48)),
    ('axiscare_api_token', 'AXISCARE_API_TOKEN', lambda r: hx(r, 40)),
    ('wellsky_personal_care_api_key', 'WELLSKY_PC_API_KEY', lambda r: s(r, 32)),
    ('kantime_integration_key', 'KANTIME_INTEGRATION_KEY', lambda r: uuid4(r).upper()),
    ('axxess_partner_api_key', 'AXXESS_PARTNER_KEY', lambda r: s(r, 44)),
    ('matrixcare_api_client_secret', 'MATRIXCARE_CLIENT_SECRET', lambda r: b64(r, 30)),
    ('netsmart_carefabric_api_key', 'NETSMART_CAREFABRIC_KEY', lambda r: hx(r, 48)),
    ('alora_home_health_api_key', 'ALORA_API_KEY', lambda r: s(r, 30)),
    ('carevoyant_api_secret', 'CAREVOYANT_API_SECRET', lambda r: s(r, 40, B64U)),
    ('shiftcare_api_key', 'SHIFTCARE_API_KEY', lambda r: s(r, 40)),
    ('careswitch_api_token', 'CARESWITCH_TOKEN', lambda r: 'csw_' + s(r, 40)),
    ('birdie_care_api_key', 'BIRDIE_API_KEY', lambda r: s(r, 32, LOW)),
    ('nourish_care_api_secret', 'NOURISH_API_SECRET', lambda r: b64(r, 33)),
    ('carelinelive_api_key', 'CARELINELIVE_API_KEY', lambda r: hx(r, 32)),
    ('logmycare_api_token', 'LOGMYCARE_TOKEN', lambda r: s(r, 50)),
    ('brightree_api_password', 'BRIGHTREE_API_PASSWORD', lambda r: pw(r)),
    ('forcura_api_key', 'FORCURA_API_KEY', lambda r: uuid4(r)),
    ('homecarehomebase_partner_secret', 'HCHB_PARTNER_SECRET', lambda r: s(r, 36)),
    ('careacademy_api_key', 'CAREACADEMY_API_KEY', lambda r: hx(r, 40)),
    ('waystar_api_key', 'WAYSTAR_API_KEY', lambda r: s(r, 32)),
    ('availity_client_secret', 'AVAILITY_CLIENT_SECRET', lambda r: s(r, 32)),
    ('claimmd_account_key', 'CLAIMMD_ACCOUNT_KEY', lambda r: str(r.randint(10000, 99999)) + '_' + s(r, 24)),
    ('stedi_api_key', 'STEDI_API_KEY', lambda r: s(r, 20) + '.' + s(r, 32)),
    ('pverify_client_secret', 'PVERIFY_CLIENT_SECRET', lambda r: s(r, 32)),
    ('officeally_sftp_password', 'OFFICEALLY_SFTP_PASSWORD', lambda r: pw(r)),
    ('optum_changehealthcare_client_secret', 'CHC_CLIENT_SECRET', lambda r: s(r, 32)),
    ('surescripts_client_secret', 'SURESCRIPTS_CLIENT_SECRET', lambda r: b64(r, 32)),
    ('drfirst_rcopia_api_key', 'RCOPIA_API_KEY', lambda r: s(r, 20, UD)),
    ('medisafe_partner_api_key', 'MEDISAFE_API_KEY', lambda r: hx(r, 32)),
    ('doxyme_api_key', 'DOXYME_API_KEY', lambda r: s(r, 40)),
    ('zoom_video_sdk_secret', 'ZOOM_VIDEO_SDK_SECRET', lambda r: s(r, 36)),
    ('opentok_api_secret', 'OPENTOK_API_SECRET', lambda r: hx(r, 40)),
    ('daily_co_api_key', 'DAILY_API_KEY', lambda r: hx(r, 64)),
    ('agora_app_certificate', 'AGORA_APP_CERTIFICATE', lambda r: hx(r, 32)),
    ('mobilehelp_partner_api_key', 'MOBILEHELP_API_KEY', lambda r: s(r, 32)),
    ('medicalguardian_api_token', 'MEDICAL_GUARDIAN_TOKEN', lambda r: s(r, 48)),
    ('bayalarm_medical_api_key', 'BAYALARM_API_KEY', lambda r: uuid4(r)),
    ('lively_partner_token', 'LIVELY_PARTNER_TOKEN', lambda r: b64(r, 40, url=True, pad=False)),
    ('vayyar_care_api_key', 'VAYYAR_CARE_API_KEY', lambda r: s(r, 40)),
    ('nobi_lamp_api_key', 'NOBI_API_KEY', lambda r: 'nobi_' + s(r, 32)),
    ('safelyyou_api_token', 'SAFELYYOU_API_TOKEN', lambda r: hx(r, 48)),
    ('tunstall_connect_api_key', 'TUNSTALL_API_KEY', lambda r: s(r, 32, UD)),
    ('essence_smartcare_api_key', 'ESSENCE_API_KEY', lambda r: uuid4(r)),
    ('anelto_api_key', 'ANELTO_API_KEY', lambda r: s(r, 24)),
    ('kami_vision_api_secret', 'KAMI_API_SECRET', lambda r: b64(r, 30, url=True, pad=False)),
    ('samsara_api_token', 'SAMSARA_API_TOKEN', lambda r: 'samsara_api_' + s(r, 30)),
    ('everlance_api_key', 'EVERLANCE_API_KEY', lambda r: s(r, 40)),
    ('mileiq_api_token', 'MILEIQ_TOKEN', lambda r: hx(r, 40)),
    ('triplog_api_key', 'TRIPLOG_API_KEY', lambda r: s(r, 32)),
    ('radar_live_secret_key', 'RADAR_SECRET_KEY', lambda r: 'prj_live_sk_' + hx(r, 40)),
    ('here_location_api_key', 'HERE_API_KEY', lambda r: s(r, 43, B64U)),
    ('geoapify_api_key', 'GEOAPIFY_API_KEY', lambda r: hx(r, 32)),
    ('viventium_payroll_api_key', 'VIVENTIUM_API_KEY', lambda r: s(r, 40)),
    ('paychex_client_secret', 'PAYCHEX_CLIENT_SECRET', lambda r: s(r, 32)),
    ('adp_workforce_client_secret', 'ADP_CLIENT_SECRET', lambda r: uuid4(r)),
    ('gusto_api_token', 'GUSTO_API_TOKEN', lambda r: s(r, 43, B64U)),
    ('plaid_secret', 'PLAID_SECRET', lambda r: hx(r, 30)),
    ('square_access_token', 'SQUARE_ACCESS_TOKEN', lambda r: 'EAAA' + s(r, 60, B64U)),
    ('sendbird_api_token', 'SENDBIRD_API_TOKEN', lambda r: hx(r, 40)),
    ('intercom_access_token', 'INTERCOM_ACCESS_TOKEN', lambda r: 'dG9rOj' + s(r, 53) + '='),
    ('getstream_api_secret', 'STREAM_API_SECRET', lambda r: s(r, 64, LOW)),
    ('cometchat_rest_api_key', 'COMETCHAT_REST_KEY', lambda r: hx(r, 40)),
    ('zendesk_api_token', 'ZENDESK_API_TOKEN', lambda r: s(r, 40)),
    ('freshdesk_api_key', 'FRESHDESK_API_KEY', lambda r: s(r, 20)),
    ('helpscout_app_secret', 'HELPSCOUT_APP_SECRET', lambda r: s(r, 32)),
    ('courier_auth_token', 'COURIER_AUTH_TOKEN', lambda r: 'pk_prod_' + s(r, 28, UD)),
    ('knock_secret_api_key', 'KNOCK_SECRET_KEY', lambda r: 'sk_' + s(r, 43, B64U)),
    ('novu_api_key', 'NOVU_API_KEY', lambda r: hx(r, 32)),
    ('airship_master_secret', 'AIRSHIP_MASTER_SECRET', lambda r: s(r, 22, B64U)),
    ('braze_rest_api_key', 'BRAZE_REST_API_KEY', lambda r: uuid4(r)),
    ('iterable_api_key', 'ITERABLE_API_KEY', lambda r: hx(r, 32)),
    ('telnyx_api_key', 'TELNYX_API_KEY', lambda r: 'KEY' + hx(r, 32).upper() + '_' + s(r, 22)),
    ('bandwidth_api_secret', 'BANDWIDTH_API_SECRET', lambda r: s(r, 50)),
    ('sinch_key_secret', 'SINCH_KEY_SECRET', lambda r: s(r, 26, B64U)),
    ('ringcentral_client_secret', 'RINGCENTRAL_CLIENT_SECRET', lambda r: s(r, 44, B64U)),
    ('aircall_api_token', 'AIRCALL_API_TOKEN', lambda r: hx(r, 32)),
    ('callrail_api_key', 'CALLRAIL_API_KEY', lambda r: hx(r, 32)),
    ('okta_api_token', 'OKTA_API_TOKEN', lambda r: '00' + s(r, 40, B64U)),
    ('auth0_client_secret', 'AUTH0_CLIENT_SECRET', lambda r: s(r, 64, B64U)),
    ('azure_ad_client_secret', 'AZURE_CLIENT_SECRET', lambda r: s(r, 3, B62) + r.choice('0123456789') + 'Q~' + s(r, 34, B62 + '_~.-')),
    ('aws_secret_access_key', 'AWS_SECRET_ACCESS_KEY', lambda r: s(r, 40, B62 + '+/')),
    ('datadog_api_key', 'DD_API_KEY', lambda r: hx(r, 32)),
    ('sentry_user_auth_token', 'SENTRY_AUTH_TOKEN', lambda r: 'sntryu_' + hx(r, 64)),
    ('pagerduty_api_key', 'PAGERDUTY_TOKEN', lambda r: 'u+' + s(r, 18, B64U)),
    ('atlassian_api_token', 'ATLASSIAN_API_TOKEN', lambda r: 'ATATT3xFfGF0' + s(r, 170, B64U) + '=' + hx(r, 8).upper()),
    ('gitlab_personal_access_token', 'GITLAB_TOKEN', lambda r: 'glpat-' + s(r, 20, B64U)),
    ('airtable_personal_access_token', 'AIRTABLE_PAT', lambda r: 'pat' + s(r, 14) + '.' + hx(r, 64)),
    ('age_x25519_secret_key', 'AGE_SECRET_KEY', lambda r: 'AGE-SECRET-KEY-1' + s(r, 58, BECH)),
    ('linear_api_key', 'LINEAR_API_KEY', lambda r: 'lin_api_' + s(r, 40)),
    ('notion_integration_secret', 'NOTION_TOKEN', lambda r: 'ntn_' + s(r, 11, string.digits) + s(r, 35)),
    ('clickup_personal_token', 'CLICKUP_TOKEN', lambda r: 'pk_' + str(r.randint(1000000, 99999999)) + '_' + s(r, 32, UD)),
    ('typeform_personal_token', 'TYPEFORM_TOKEN', lambda r: 'tfp_' + s(r, 44, B64U) + '_' + s(r, 14)),
    ('jotform_api_key', 'JOTFORM_API_KEY', lambda r: hx(r, 32)),
    ('docusign_integration_secret', 'DOCUSIGN_SECRET_KEY', lambda r: uuid4(r)),
    ('pandadoc_api_key', 'PANDADOC_API_KEY', lambda r: hx(r, 40)),
    ('fastly_api_token', 'FASTLY_API_TOKEN', lambda r: s(r, 32, B64U)),
    ('cloudflare_api_token', 'CLOUDFLARE_API_TOKEN', lambda r: s(r, 40, B64U)),
    ('vercel_access_token', 'VERCEL_TOKEN', lambda r: s(r, 24)),
    ('heroku_platform_api_key', 'HEROKU_API_KEY', lambda r: 'HRKU-AA' + s(r, 58, B64U)),
    ('supabase_management_token', 'SUPABASE_ACCESS_TOKEN', lambda r: 'sbp_' + hx(r, 40)),
    ('planetscale_db_password', 'PLANETSCALE_PASSWORD', lambda r: 'pscale_pw_' + s(r, 43, B64U)),
    ('neon_api_key', 'NEON_API_KEY', lambda r: 'napi_' + s(r, 64, LOW)),
    ('pulumi_access_token', 'PULUMI_ACCESS_TOKEN', lambda r: 'pul-' + hx(r, 40)),
    ('terraform_cloud_api_token', 'TFE_TOKEN', lambda r: s(r, 14) + '.atlasv1.' + s(r, 67, B64U)),
    ('grafana_service_account_token', 'GRAFANA_SA_TOKEN', lambda r: 'glsa_' + s(r, 32) + '_' + hx(r, 8)),
    ('infisical_service_token', 'INFISICAL_TOKEN', lambda r: 'st.' + uuid4(r) + '.' + hx(r, 32) + '.' + hx(r, 32)),
    ('postman_api_key', 'POSTMAN_API_KEY', lambda r: 'PMAK-' + hx(r, 24) + '-' + hx(r, 34)),
    ('shopify_admin_access_token', 'SHOPIFY_ADMIN_TOKEN', lambda r: 'shpat_' + hx(r, 32)),
    ('hubspot_private_app_token', 'HUBSPOT_TOKEN', lambda r: 'pat-na1-' + uuid4(r)),
    ('mailgun_api_key', 'MAILGUN_API_KEY', lambda r: 'key-' + hx(r, 32)),
    ('sendgrid_api_key', 'SENDGRID_API_KEY', lambda r: 'SG.' + s(r, 22, B64U) + '.' + s(r, 43, B64U)),
    ('mailchimp_marketing_api_key', 'MAILCHIMP_API_KEY', _mailchimp),
    ('brevo_api_key', 'BREVO_API_KEY', lambda r: 'xkeysib-' + hx(r, 64) + '-' + s(r, 16)),
    ('resend_api_key', 'RESEND_API_KEY', lambda r: 're_' + s(r, 8) + '_' + s(r, 24)),
    ('openai_project_api_key', 'OPENAI_API_KEY', lambda r: 'sk-proj-' + s(r, 74, B64U) + 'T3BlbkFJ' + s(r, 74, B64U)),
    ('groq_api_key', 'GROQ_API_KEY', lambda r: 'gsk_' + s(r, 52)),
    ('huggingface_user_token', 'HF_TOKEN', lambda r: 'hf_' + s(r, 34, string.ascii_letters)),
    ('replicate_api_token', 'REPLICATE_API_TOKEN', lambda r: 'r8_' + s(r, 37)),
    ('perplexity_api_key', 'PERPLEXITY_API_KEY', lambda r: 'pplx-' + s(r, 48)),
    ('xai_api_key', 'XAI_API_KEY', lambda r: 'xai-' + s(r, 80)),
    ('pinecone_api_key', 'PINECONE_API_KEY', lambda r: 'pcsk_' + s(r, 6) + '_' + s(r, 63)),
    ('nvidia_nim_api_key', 'NVIDIA_API_KEY', lambda r: 'nvapi-' + s(r, 64, B64U)),
    ('voyage_ai_api_key', 'VOYAGE_API_KEY', lambda r: 'pa-' + s(r, 43, B64U)),
    ('honeycomb_ingest_key', 'HONEYCOMB_API_KEY', lambda r: 'hcaik_' + s(r, 58, LOW)),
    ('asana_personal_access_token', 'ASANA_PAT', lambda r: '2/' + s(r, 16, string.digits) + '/' + s(r, 16, string.digits) + ':' + hx(r, 32)),
    ('dropboxsign_api_key', 'DROPBOX_SIGN_API_KEY', lambda r: hx(r, 64)),
    ('flyio_deploy_token', 'FLY_API_TOKEN', lambda r: 'FlyV1 fm2_' + s(r, 120, B62 + '+/') + '='),
    ('railway_api_token', 'RAILWAY_TOKEN', lambda r: uuid4(r)),
    ('customerio_app_api_key', 'CUSTOMERIO_APP_KEY', lambda r: hx(r, 32)),
    ('front_api_token', 'FRONT_API_TOKEN', lambda r: jwt(r, {'iss': 'front', 'sub': s(r, 8, LOW), 'scopes': ['shared:*'], 'jti': hx(r, 16)})),
    ('monday_api_token', 'MONDAY_API_TOKEN', lambda r: jwt(r, {'tid': r.randint(10 ** 8, 10 ** 9), 'aai': 11, 'uid': r.randint(10 ** 7, 10 ** 8), 'rgn': 'use1'})),
]

STYLES = [
    ('agency_backend_dotenv_local', '# .env.local – home-care backend\nNODE_ENV=development\n«K»=«V»\n'),
    ('caregiver_app_eas_secret_push_log', '$ eas secret:create --scope project --name «K» --value «V» --type string\n✔ Created a new secret «K» on project @sunrise/careshift.'),
    ('evv_service_vault_kv_put_history', '$ vault kv put secret/evv/prod «K»=«V»\n====== Secret Path ======\nsecret/data/evv/prod'),
    ('billing_worker_github_actions_env_block', 'jobs:\n  claims:\n    runs-on: ubuntu-latest\n    env:\n      «K»: «V»\n    steps:\n      - run: make submit-837'),
    ('hospice_ops_systemd_environment_file', '# /etc/hospice-sync/env\n«K»="«V»"\nSYNC_INTERVAL=300'),
    ('pendant_hub_docker_run_history', '$ docker run -d --name pers-hub -e «K»=«V» registry.example.com/pers-hub:2.4'),
    ('family_portal_vercel_env_pull_file', '# Created by Vercel CLI\n«K»="«V»"\nVERCEL_ENV="production"'),
    ('telehealth_heroku_config_get_output', '$ heroku config -a telehealth-checkin\n=== telehealth-checkin Config Vars\n«K»: «V»\nWEB_CONCURRENCY: 2'),
    ('scheduling_k8s_configmap_mistake_yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: scheduler-config\ndata:\n  «K»: "«V»"'),
    ('ops_slack_huddle_notes_paste', 'huddle notes: vendor swap is live. the «K» value is «V», put it in 1Password before Friday'),
]


def build(seed, reg, start_id, want, names_ok):
    r = random.Random(seed)
    out, dropped, kept_types = [], [], []
    n = start_id
    cands = [c for c in C]
    for typ, key, gen in cands:
        if not names_ok(typ):
            dropped.append(typ)
            continue
        if len(kept_types) >= want:
            break
        kept_types.append(typ)
    unused = [c[0] for c in cands if c[0] not in kept_types and c[0] not in dropped]
    for i, typ in enumerate(kept_types):
        _, key, gen = next(c for c in C if c[0] == typ)
        style, tpl = STYLES[i % len(STYLES)]
        if style == 'ops_slack_huddle_notes_paste':
            key = key.lower().replace('_', ' ')
        v = reg.take(lambda: gen(r))
        text, st = fill(tpl, v, K=key)
        n += 1
        out.append(span_rec(f'p162-s-{n:04d}', typ, f'{typ}__{style}', text, st, v, 'vendor'))
    return out, dropped, unused
