"""Vendor token records: court-world vendors and beyond, shapes guessed or from public rule text."""
import random
from common143 import *

def V(r):
    return {
    # --- court, e-filing, jury, recording, probation, fee vendors (shapes guessed) ---
    'tyler_odyssey_integration_client_secret': lambda: an(r, 40),
    'efiletexas_efsp_api_key': lambda: uuid4(r),
    'fileandservexpress_api_token': lambda: b64bytes(r, 32),
    'journaltech_ecourt_api_key': lambda: hexs(r, 40),
    'pacer_nextgen_cso_auth_token': lambda: an(r, 128),
    'courtlistener_api_token': lambda: hexs(r, 40),
    'clio_oauth_client_secret': lambda: an(r, 40),
    'mycase_api_key': lambda: an(r, 32),
    'practicepanther_client_secret': lambda: an(r, 44),
    'filevine_api_secret': lambda: hexs(r, 64),
    'smokeball_api_key': lambda: an(r, 40),
    'lawpay_affinipay_secret_key': lambda: 'm_' + an(r, 20) + '_' + an(r, 22),
    'docusign_integration_secret_key': lambda: uuid4(r),
    'infotrack_efiling_api_key': lambda: hexs(r, 32),
    'onelegal_efile_api_token': lambda: an(r, 48),
    'greenfiling_api_key': lambda: uuid4(r),
    'casetext_cocounsel_api_key': lambda: 'ct_' + an(r, 40),
    'westlaw_edge_api_secret': lambda: an(r, 36),
    'lexisnexis_developer_secret': lambda: an(r, 32),
    'jurysystems_jms_api_key': lambda: hexs(r, 32),
    'courthousetech_juryplus_token': lambda: b64bytes(r, 36, url=True, pad=False),
    'ejuror_portal_api_secret': lambda: an(r, 48),
    'agilejury_api_key': lambda: uuid4(r),
    'ftr_gold_recorder_api_token': lambda: hexs(r, 48),
    'javs_efiling_ai_token': lambda: an(r, 40),
    'verbit_transcription_api_key': lambda: hexs(r, 40),
    'courtsmart_archive_key': lambda: an(r, 32),
    'equivant_supervision_api_secret': lambda: an(r, 44),
    'scram_systems_api_key': lambda: hexs(r, 32),
    'bi_incorporated_monitoring_token': lambda: b64bytes(r, 27),
    'attenti_offender_monitoring_key': lambda: uuid4(r),
    'uptrust_reminders_api_key': lambda: 'ut_' + an(r, 32),
    'ncourt_payment_api_secret': lambda: an(r, 40),
    'govpay_api_key': lambda: hexs(r, 40),
    'payit_client_secret': lambda: an(r, 48),
    'paymentus_api_key': lambda: hexs(r, 32),
    'invoicecloud_api_key': lambda: uuid4(r),
    'axon_evidence_client_secret': lambda: an(r, 64),
    'relativity_oauth_client_secret': lambda: hexs(r, 40),
    'everlaw_api_token': lambda: an(r, 40),
    'logikcull_api_key': lambda: hexs(r, 32),
    'disco_ediscovery_api_token': lambda: b64bytes(r, 30, url=True, pad=False),
    'nextpoint_api_key': lambda: an(r, 32),
    'caseguard_redaction_token': lambda: hexs(r, 48),
    'tybera_efiling_api_key': lambda: an(r, 36),
    'imagesoft_jwf_api_secret': lambda: an(r, 40),
    'courtcall_remote_appearance_token': lambda: hexs(r, 40),
    'kofile_recording_api_key': lambda: uuid4(r),
    'netdocuments_client_secret': lambda: an(r, 48),
    'imanage_work_client_secret': lambda: an(r, 32),
    'courtconnect_ccap_feed_key': lambda: hexs(r, 32),
    'jailtracker_booking_api_key': lambda: an(r, 40),
    'lawtoolbox_docket_api_key': lambda: hexs(r, 32),
    'courtdrive_api_token': lambda: an(r, 40),
    'docketbird_api_key': lambda: lan(r, 32),
    'unicourt_api_client_secret': lambda: an(r, 64),
    'trellis_law_api_key': lambda: 'tr_' + an(r, 36),
    'docketalarm_login_token': lambda: hexs(r, 40),
    'pacerpro_api_token': lambda: b64bytes(r, 24, url=True, pad=False),
    # --- general developer, AI, messaging, payment services (shapes from public rule text / background) ---
    'openai_project_api_key': lambda: 'sk-proj-' + rs(r, AN + '-_', 64) + 'T3BlbkFJ' + rs(r, AN + '-_', 64),
    'huggingface_user_access_token': lambda: 'hf_' + rs(r, UP + LOW, 34),
    'groq_api_key': lambda: 'gsk_' + an(r, 52),
    'perplexity_api_key': lambda: 'pplx-' + an(r, 48),
    'replicate_api_token': lambda: 'r8_' + an(r, 37),
    'openrouter_api_key': lambda: 'sk-or-v1-' + hexs(r, 64),
    'xai_grok_api_key': lambda: 'xai-' + an(r, 80),
    'langsmith_personal_token': lambda: 'lsv2_pt_' + hexs(r, 32) + '_' + hexs(r, 10),
    'wandb_api_key': lambda: hexs(r, 40),
    'pinecone_api_key': lambda: 'pcsk_' + an(r, 6) + '_' + an(r, 62),
    'gitlab_personal_access_token': lambda: 'glpat-' + rs(r, AN + '-_', 20),
    'gitlab_pipeline_trigger_token': lambda: 'glptt-' + hexs(r, 40),
    'gitlab_runner_auth_token': lambda: 'glrt-' + rs(r, AN + '-_', 20),
    'grafana_service_account_token': lambda: 'glsa_' + an(r, 32) + '_' + hexs(r, 8),
    'grafana_cloud_access_policy_token': lambda: 'glc_' + b64bytes(r, 60, pad=False).replace('+', 'A').replace('/', 'B'),
    'sentry_org_auth_token': lambda: 'sntrys_' + b64url_json({'iat': 1700000000 + r.randrange(10**7), 'url': 'https://sentry.io', 'region_url': 'https://us.sentry.io', 'org': 'court-apps'}) + '_' + rs(r, AN + '+/', 43),
    'sentry_user_auth_token': lambda: 'sntryu_' + hexs(r, 64),
    'digitalocean_personal_token': lambda: 'dop_v1_' + hexs(r, 64),
    'flyio_access_token': lambda: 'fo1_' + rs(r, AN + '-_', 43),
    'doppler_personal_token': lambda: 'dp.pt.' + an(r, 43),
    'linear_api_key': lambda: 'lin_api_' + an(r, 40),
    'prefect_api_token': lambda: 'pnu_' + lan(r, 36),
    'onepassword_service_account_token': lambda: 'ops_' + b64url_json({'signInAddress': 'court-it.1password.com', 'userAuth': {'method': 'SRPg-4096', 'alg': 'PBES2g-HS256', 'iterations': 650000, 'salt': b64bytes(r, 16, url=True, pad=False)}, 'email': lan(r, 12) + '@1passwordserviceaccounts.com', 'srpX': hexs(r, 64), 'muk': {'alg': 'A256GCM', 'k': b64bytes(r, 32, url=True, pad=False), 'kid': 'mp'}, 'secretKey': 'A3-' + rs(r, UP + DIG, 6) + '-' + rs(r, UP + DIG, 11) + '-' + rs(r, UP + DIG, 5) + '-' + rs(r, UP + DIG, 5) + '-' + rs(r, UP + DIG, 5), 'deviceUuid': lan(r, 26)}),
    'age_x25519_identity': lambda: age_key(r),
    'airtable_personal_access_token': lambda: 'pat' + an(r, 14) + '.' + hexs(r, 64),
    'adobe_client_secret': lambda: 'p8e-' + rs(r, AN, 32),
    'shopify_admin_access_token': lambda: 'shpat_' + hexs(r, 32),
    'shopify_app_shared_secret': lambda: 'shpss_' + hexs(r, 32),
    'atlassian_api_token': lambda: 'ATATT3xFfGF0' + rs(r, AN + '-_', 170) + '=' + hexs(r, 8).upper(),
    'notion_integration_token': lambda: 'ntn_' + rs(r, DIG, 11) + an(r, 35),
    'figma_personal_access_token': lambda: 'figd_' + rs(r, AN + '-_', 40),
    'databricks_personal_access_token': lambda: 'dapi' + hexs(r, 32),
    'dynatrace_api_token': lambda: 'dt0c01.' + rs(r, UP + DIG, 24) + '.' + rs(r, UP + DIG, 64),
    'slack_bot_user_token': lambda: 'xoxb-' + rs(r, DIG, 12) + '-' + rs(r, DIG, 13) + '-' + an(r, 24),
    'discord_bot_token': lambda: b64bytes(r, 18, pad=False).replace('+', 'x').replace('/', 'y').replace('A', 'M', 1) + '.' + rs(r, AN + '-_', 6) + '.' + rs(r, AN + '-_', 38),
    'square_production_access_token': lambda: 'EAAA' + rs(r, AN + '-_', 60),
    'square_oauth_application_secret': lambda: 'sq0csp-' + rs(r, AN + '-_', 43),
    'sendgrid_api_key': lambda: 'SG.' + rs(r, AN + '-_', 22) + '.' + rs(r, AN + '-_', 43),
    'brevo_smtp_api_key': lambda: 'xkeysib-' + hexs(r, 64) + '-' + an(r, 16),
    'mailchimp_marketing_api_key': lambda: hexs(r, 32) + '-us' + str(r.randint(2, 21)),
    'typeform_personal_token': lambda: 'tfp_' + rs(r, AN + '-_', 44) + '_' + an(r, 14),
    'contentful_personal_access_token': lambda: 'CFPAT-' + rs(r, AN + '-_', 43),
    'frameio_developer_token': lambda: 'fio-u-' + rs(r, AN + '-_', 64),
    'shippo_live_api_token': lambda: 'shippo_live_' + hexs(r, 40),
    'easypost_production_api_key': lambda: 'EZAK' + hexs(r, 54),
    'duffel_live_access_token': lambda: 'duffel_live_' + rs(r, AN + '-_', 43),
    'launchdarkly_api_access_token': lambda: 'api-' + uuid4(r),
    'okta_api_token': lambda: '00' + rs(r, AN + '-_', 40),
    'azure_devops_personal_access_token': lambda: rs(r, LOW + '234567', 52),
    'bitbucket_app_password': lambda: 'ATBB' + an(r, 32) + hexs(r, 8).upper(),
    'dropbox_short_lived_token': lambda: 'sl.' + rs(r, AN + '-_', 135),
    'harness_personal_access_token': lambda: 'pat.' + rs(r, AN + '-_', 22) + '.' + hexs(r, 24) + '.' + an(r, 20),
    'readme_api_key': lambda: 'rdme_' + lan(r, 70),
    'scalingo_api_token': lambda: 'tk-us-' + rs(r, AN + '-_', 48),
    'intercom_access_token': lambda: 'dG9rOj' + b64bytes(r, 45).rstrip('='),
    'asana_personal_access_token': lambda: '2/' + rs(r, DIG, 16) + '/' + rs(r, DIG, 16) + ':' + hexs(r, 32),
    'braintree_production_access_token': lambda: 'access_token$production$' + lan(r, 16) + '$' + hexs(r, 32),
    'algolia_admin_api_key': lambda: hexs(r, 32),
    'adafruit_io_key': lambda: 'aio_' + an(r, 28),
    'twitter_app_bearer_token': lambda: 'A' * 22 + an(r, 20) + '%3D' + an(r, 50),
    'heroku_platform_api_key': lambda: 'HRKU-AA' + rs(r, AN + '-_', 58),
    'entra_id_client_secret': lambda: an(r, 3) + r.choice(DIG) + 'Q~' + rs(r, AN + '.-_~', 34),
    'telnyx_api_key': lambda: 'KEY' + hexs(r, 32).upper() + '_' + an(r, 22),
    'yandex_cloud_iam_token': lambda: 't1.' + rs(r, AN + '-_', 120),
    'together_ai_api_key': lambda: 'tgp_v1_' + rs(r, AN + '-_', 43),
    'fireworks_ai_api_key': lambda: 'fw_' + an(r, 24),
    'voyage_ai_api_key': lambda: 'pa-' + rs(r, AN + '-_', 43),
    'lob_live_secret_key': lambda: 'live_' + hexs(r, 35),
    'cloudsmith_api_key': lambda: hexs(r, 40),
    'vault_service_token': lambda: 'hvs.' + rs(r, AN + '-_', 90),
    'stripe_restricted_live_key': lambda: 'rk_live_' + an(r, 99),
    'aws_secret_access_key': lambda: rs(r, AN + '+/', 40),
    }

STYLES = [
 ('efsp_adapter_toml_table', '[upstream.{vendor}]\nendpoint = "https://api.{host}/v1"\n{key} = "{V}"\nretries = 3'),
 ('docket_bot_node_env_default', "const {keyc} = process.env.{KEY} ?? '{V}';\nmodule.exports = { {keyc} };"),
 ('jury_service_kotlin_companion_const', 'class {Vendor}Client {\n    companion object {\n        private const val {KEY} = "{V}"\n        private const val BASE = "https://api.{host}"\n    }\n}'),
 ('recording_worker_bash_export_line', '# court recording worker\nexport {KEY}="{V}"\nexec /opt/ftr-sync/bin/run --host api.{host}'),
 ('probation_svc_ruby_credentials_hash', "{VENDOR}_CONFIG = {\n  endpoint: 'https://api.{host}',\n  {key}: '{V}'\n}.freeze"),
 ('fee_portal_csharp_const_string', 'internal static class {Vendor}Settings\n{\n    public const string Endpoint = "https://api.{host}";\n    public const string {KeyP} = "{V}";\n}'),
 ('case_mgmt_java_properties_line', '# {vendor} connector\n{vendor}.endpoint=https://api.{host}\n{vendor}.{keyd}={V}'),
 ('efiling_ops_element_chat_paste', 'pasting for the on-call: {vendor} {keys} = {V} (expires end of term)'),
 ('jury_tools_powershell_env_assign', '$env:{KEY} = "{V}"\nInvoke-RestMethod -Uri "https://api.{host}/health" -Headers @{ Accept = "application/json" }'),
 ('clerk_automation_rust_const', 'pub const {KEY}: &str = "{V}";\npub const {VENDORU}_BASE: &str = "https://api.{host}";'),
]

def key_of(typ):
    parts = typ.split('_')
    return '_'.join(parts[-2:]) if parts[-1] in ('key', 'token', 'secret', 'password', 'identity') else parts[-1]

def build(seed=14302, reg=None, vendor_words=None, deny=None):
    r = random.Random(seed)
    gens = V(r); out = []; dropped = []
    for typ in gens:
        vendor = typ.split('_')[0]
        if (deny and typ.lower() in deny) or (vendor_words and vendor.lower() in vendor_words):
            dropped.append(typ); continue
        if len(out) >= 120:
            continue
        i = len(out)
        style, tpl = STYLES[i % len(STYLES)]
        v = reg.take(gens[typ])
        words = typ.split('_')
        key = '_'.join(words[1:])
        host = vendor + '.example.com'
        t = (tpl.replace('{vendor}', vendor).replace('{Vendor}', vendor.capitalize()).replace('{VENDOR}', vendor.upper())
             .replace('{VENDORU}', vendor.upper()).replace('{host}', host).replace('{key}', key).replace('{KEY}', typ.upper())
             .replace('{keyc}', words[0] + ''.join(w.capitalize() for w in words[1:])).replace('{KeyP}', ''.join(w.capitalize() for w in words[1:]))
             .replace('{keyd}', '.'.join(words[1:])).replace('{keys}', ' '.join(words[1:])))
        out.append(pos_rec(None, typ, typ + '__' + style, t, v, 'vendor'))
    cut = [t for t in gens if t not in dropped][120:]
    return out, dropped, cut, [s for s, _ in STYLES]
