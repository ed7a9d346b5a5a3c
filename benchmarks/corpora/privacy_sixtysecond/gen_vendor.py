"""One record per research-oriented vendor credential type; 12 styles cycled."""
import random, base64, json, uuid
from common import *

def b64u(b): return base64.urlsafe_b64encode(b).decode().rstrip('=')
def jwt(r, payload):
    h = b64u(json.dumps({'alg': 'HS256', 'typ': 'JWT'}, separators=(',', ':')).encode())
    p = b64u(json.dumps(payload, separators=(',', ':')).encode())
    return h + '.' + p + '.' + s(r, B64URL, 43)
def uid(r): return str(uuid.UUID(int=r.getrandbits(128), version=4))
def H(n): return lambda r: s(r, HEX, n)
def A(n): return lambda r: s(r, ALNUM, n)
def P(prefix, alpha, n): return lambda r: prefix + s(r, alpha, n)
UPHEX = '0123456789ABCDEF'

VENDORS = [
 ('zenodo_personal_access_token', 'ZENODO_TOKEN', A(60)),
 ('figshare_personal_token', 'FIGSHARE_TOKEN', H(128)),
 ('dryad_api_client_secret', 'DRYAD_CLIENT_SECRET', A(43)),
 ('osf_personal_access_token', 'OSF_TOKEN', A(70)),
 ('dataverse_api_token', 'DATAVERSE_KEY', uid),
 ('mendeley_oauth_client_secret', 'MENDELEY_CLIENT_SECRET', A(16)),
 ('zotero_web_api_key', 'ZOTERO_API_KEY', A(24)),
 ('orcid_member_api_client_secret', 'ORCID_CLIENT_SECRET', uid),
 ('globus_confidential_client_secret', 'GLOBUS_CLIENT_SECRET', lambda r: base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()),
 ('benchling_api_key', 'BENCHLING_API_KEY', P('sk_', ALNUM, 30)),
 ('labguru_api_token', 'LABGURU_TOKEN', H(64)),
 ('quartzy_access_token', 'QUARTZY_TOKEN', A(40)),
 ('protocols_io_client_access_token', 'PROTOCOLS_IO_TOKEN', H(64)),
 ('elabftw_api_key', 'ELABFTW_KEY', lambda r: '%d-%s' % (r.randint(1, 99), s(r, HEX, 84))),
 ('labarchives_access_key_password', 'LA_ACCESS_PASSWORD', A(24)),
 ('synapse_personal_access_token', 'SYNAPSE_AUTH_TOKEN', lambda r: jwt(r, {'access': {'scope': ['view', 'download', 'modify']}, 'token_type': 'PERSONAL_ACCESS_TOKEN', 'iss': 'https://repo-prod.prod.sagebase.org/auth/v1', 'sub': str(r.randint(3000000, 3500000))})),
 ('dnanexus_api_token', 'DX_API_TOKEN', A(32)),
 ('sevenbridges_auth_token', 'SB_AUTH_TOKEN', H(32)),
 ('basespace_access_token', 'BASESPACE_ACCESS_TOKEN', H(32)),
 ('galaxy_user_api_key', 'GALAXY_API_KEY', H(32)),
 ('seqera_platform_access_token', 'TOWER_ACCESS_TOKEN', lambda r: base64.b64encode(json.dumps({'tid': r.randint(1000, 99999), 'secret': s(r, HEX, 40)}, separators=(',', ':')).encode()).decode().rstrip('=')),
 ('neptune_ai_api_token', 'NEPTUNE_API_TOKEN', lambda r: base64.b64encode(json.dumps({'api_address': 'https://app.neptune.ai', 'api_url': 'https://app.neptune.ai', 'api_key': uid(r)}, separators=(',', ':')).encode()).decode()),
 ('comet_ml_api_key', 'COMET_API_KEY', A(25)),
 ('clearml_api_secret_key', 'CLEARML_API_SECRET_KEY', A(50)),
 ('kaggle_api_key', 'KAGGLE_KEY', H(32)),
 ('paperspace_api_key', 'PAPERSPACE_API_KEY', H(30)),
 ('lambda_cloud_api_key', 'LAMBDA_API_KEY', lambda r: 'secret_%s_%s.%s' % (s(r, LOWNUM, 8), s(r, HEX, 32), s(r, ALNUM, 32))),
 ('runpod_api_key', 'RUNPOD_API_KEY', P('rpa_', string.ascii_uppercase + string.digits, 44)),
 ('vastai_api_key', 'VAST_API_KEY', H(64)),
 ('modal_token_secret', 'MODAL_TOKEN_SECRET', P('as-', ALNUM, 22)),
 ('replicate_api_token', 'REPLICATE_API_TOKEN', P('r8_', ALNUM, 37)),
 ('together_ai_api_key', 'TOGETHER_API_KEY', H(64)),
 ('databricks_personal_access_token', 'DATABRICKS_TOKEN', lambda r: 'dapi' + s(r, HEX, 32) + '-2'),
 ('copernicus_cds_api_key', 'CDSAPI_KEY', lambda r: '%d:%s' % (r.randint(10000, 399999), uid(r))),
 ('nasa_earthdata_bearer_token', 'EARTHDATA_TOKEN', lambda r: jwt(r, {'type': 'User', 'uid': r.choice(USERS), 'exp': 1767225600, 'iat': 1761955200, 'iss': 'https://urs.earthdata.nasa.gov'})),
 ('ncbi_eutilities_api_key', 'NCBI_API_KEY', H(36)),
 ('semantic_scholar_api_key', 'S2_API_KEY', A(40)),
 ('elsevier_scopus_api_key', 'ELSEVIER_APIKEY', H(32)),
 ('elsevier_institution_token', 'ELSEVIER_INSTTOKEN', H(32)),
 ('springer_nature_api_key', 'SPRINGER_API_KEY', H(32)),
 ('ieee_xplore_api_key', 'IEEE_API_KEY', lambda r: s(r, LOWNUM, 24)),
 ('crossref_metadata_plus_token', 'CROSSREF_PLUS_TOKEN', lambda r: jwt(r, {'jti': uid(r), 'iat': 1735689600, 'exp': 1767225600})),
 ('dimensions_api_key', 'DIMENSIONS_KEY', lambda r: s(r, UPHEX, 32)),
 ('overleaf_git_auth_token', 'OVERLEAF_TOKEN', P('olp_', ALNUM, 36)),
 ('bitbucket_app_password', 'BITBUCKET_APP_PASSWORD', lambda r: 'ATBB' + s(r, ALNUM, 28) + s(r, UPHEX, 8)),
 ('wolfram_alpha_appid', 'WOLFRAM_APPID', lambda r: s(r, string.ascii_uppercase + string.digits, 6) + '-' + s(r, string.ascii_uppercase + string.digits, 10)),
 ('anaconda_org_api_token', 'ANACONDA_API_TOKEN', lambda r: s(r, LOW, 2) + '-' + uid(r)),
 ('prefect_cloud_api_key', 'PREFECT_API_KEY', P('pnu_', ALNUM, 36)),
 ('airtable_personal_access_token', 'AIRTABLE_PAT', lambda r: 'pat' + s(r, ALNUM, 14) + '.' + s(r, HEX, 64)),
 ('notion_integration_secret', 'NOTION_TOKEN', lambda r: 'ntn_' + s(r, '0123456789', 11) + s(r, ALNUM, 35)),
 ('asana_personal_access_token', 'ASANA_PAT', lambda r: '2/%d/%d:%s' % (r.randint(10**15, 10**16), r.randint(10**15, 10**16), s(r, HEX, 32))),
 ('dropbox_short_lived_access_token', 'DROPBOX_TOKEN', P('sl.', B64URL, 136)),
 ('box_developer_token', 'BOX_DEVELOPER_TOKEN', A(32)),
 ('backblaze_b2_application_key', 'B2_APPLICATION_KEY', P('K005', ALNUM + '/+', 27)),
 ('wasabi_secret_key', 'WASABI_SECRET_KEY', lambda r: s(r, string.ascii_uppercase + string.digits, 40)),
 ('cloudflare_r2_secret_access_key', 'R2_SECRET_ACCESS_KEY', H(64)),
 ('azure_storage_account_key', 'AZURE_STORAGE_KEY', lambda r: base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()),
 ('azure_blob_sas_signature', 'AZURE_SAS_SIG', lambda r: base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode().replace('+', '%2B').replace('/', '%2F').replace('=', '%3D')),
 ('openstack_application_credential_secret', 'OS_APPLICATION_CREDENTIAL_SECRET', A(86)),
 ('gcp_hmac_interop_secret', 'GCS_HMAC_SECRET', lambda r: s(r, ALNUM + '+/', 40)),
 ('qualtrics_api_token', 'QUALTRICS_API_TOKEN', A(40)),
 ('prolific_researcher_api_token', 'PROLIFIC_TOKEN', lambda r: s(r, B64URL, 64)),
 ('redcap_project_api_token', 'REDCAP_API_TOKEN', lambda r: s(r, UPHEX, 32)),
 ('rspace_eln_api_key', 'RSPACE_API_KEY', A(32)),
 ('labkey_server_api_key', 'LABKEY_API_KEY', lambda r: 'apikey|' + s(r, HEX, 32)),
 ('openbis_session_token', 'OPENBIS_TOKEN', lambda r: '%s-%d-%s' % (r.choice(USERS), r.randint(10**12, 10**13), s(r, UPHEX, 32))),
 ('xnat_alias_token_secret', 'XNAT_TOKEN_SECRET', A(64)),
 ('flywheel_api_key', 'FW_API_KEY', lambda r: 'lab.flywheel.example:' + s(r, ALNUM, 32)),
 ('posit_connect_api_key', 'CONNECT_API_KEY', A(32)),
 ('shinyapps_io_token_secret', 'SHINYAPPS_SECRET', lambda r: s(r, ALNUM + '+/', 40)),
 ('codeocean_access_token', 'CODEOCEAN_TOKEN', P('cop_', ALNUM, 40)),
 ('quay_robot_account_token', 'QUAY_ROBOT_TOKEN', lambda r: s(r, string.ascii_uppercase + string.digits, 64)),
 ('docker_hub_personal_access_token', 'DOCKERHUB_TOKEN', P('dckr_pat_', B64URL, 27)),
 ('sylabs_cloud_access_token', 'SYLABS_TOKEN', lambda r: jwt(r, {'user_id': s(r, HEX, 24), 'type': 'api', 'exp': 1767225600})),
 ('pypi_upload_api_token', 'TWINE_PASSWORD', lambda r: 'pypi-AgEIcHlwaS5vcmc' + s(r, B64URL, 150)),
 ('cohere_api_key', 'CO_API_KEY', A(40)),
 ('mistral_ai_api_key', 'MISTRAL_API_KEY', A(32)),
 ('groq_api_key', 'GROQ_API_KEY', P('gsk_', ALNUM, 52)),
 ('perplexity_api_key', 'PPLX_API_KEY', P('pplx-', ALNUM, 48)),
 ('deepl_api_free_auth_key', 'DEEPL_AUTH_KEY', lambda r: uid(r) + ':fx'),
 ('elevenlabs_api_key', 'ELEVENLABS_API_KEY', lambda r: 'sk_' + s(r, HEX, 48)),
 ('assemblyai_api_key', 'ASSEMBLYAI_API_KEY', H(32)),
 ('openrouter_api_key', 'OPENROUTER_API_KEY', lambda r: 'sk-or-v1-' + s(r, HEX, 64)),
 ('pinecone_api_key', 'PINECONE_API_KEY', lambda r: 'pcsk_' + s(r, ALNUM, 6) + '_' + s(r, ALNUM, 63)),
 ('langsmith_personal_api_key', 'LANGSMITH_API_KEY', lambda r: 'lsv2_pt_' + s(r, HEX, 32) + '_' + s(r, HEX, 10)),
 ('labelbox_api_key', 'LABELBOX_API_KEY', lambda r: jwt(r, {'user': s(r, LOWNUM, 25), 'organizationId': s(r, LOWNUM, 25), 'apiKeyId': s(r, LOWNUM, 25), 'iat': 1735689600})),
 ('roboflow_private_api_key', 'ROBOFLOW_API_KEY', A(20)),
 ('scale_ai_live_api_key', 'SCALE_API_KEY', P('live_', HEX, 32)),
 ('mathpix_app_key', 'MATHPIX_APP_KEY', H(64)),
 ('google_earth_engine_sa_private_key_id', 'EE_PRIVATE_KEY_ID', H(40)),
 ('huggingface_org_write_token', 'HF_ORG_WRITE_TOKEN', P('hf_', string.ascii_letters, 34)),
 ('openml_api_key', 'OPENML_APIKEY', H(32)),
 ('figma_no', None, None),
]
VENDORS = [v for v in VENDORS if v[1]]
VENDORS += [
 ('irods_native_password', 'IRODS_PASSWORD', password),
 ('nih_era_commons_password', 'ERA_COMMONS_PASSWORD', password),
 ('ena_webin_submission_password', 'WEBIN_PASSWORD', password),
 ('aspera_transfer_password', 'ASPERA_SCP_PASS', password),
 ('scholarone_reviewer_password', 'SCHOLARONE_PASSWORD', password),
 ('ega_submitter_password', 'EGA_PASSWORD', password),
 ('mathworks_license_server_password', 'MLM_PASSWORD', password),
 ('openai_admin_key', 'OPENAI_ADMIN_KEY', P('sk-admin-', B64URL, 80)),
 ('google_cloud_api_key_vertex', 'VERTEX_API_KEY', P('AIzaSy', B64URL, 33)),
 ('gitlab_deploy_token', 'CI_DEPLOY_PASSWORD', P('gldt-', B64URL, 20)),
 ('gitlab_runner_authentication_token', 'RUNNER_TOKEN', P('glrt-', B64URL, 20)),
 ('github_fine_grained_pat', 'GH_FINE_GRAINED_TOKEN', lambda r: 'github_pat_' + s(r, ALNUM, 22) + '_' + s(r, ALNUM, 59)),
 ('github_oauth_access_token', 'GH_OAUTH_TOKEN', P('gho_', ALNUM, 36)),
 ('terraform_cloud_api_token', 'TFE_TOKEN', lambda r: s(r, ALNUM, 14) + '.atlasv1.' + s(r, ALNUM, 67)),
 ('hashicorp_vault_service_token', 'VAULT_TOKEN', P('hvs.', B64URL, 91)),
 ('digitalocean_personal_access_token', 'DIGITALOCEAN_TOKEN', P('dop_v1_', HEX, 64)),
 ('shopify_no', None, None),
 ('mailgun_sending_api_key', 'MAILGUN_API_KEY', lambda r: s(r, HEX, 32) + '-' + s(r, HEX, 8) + '-' + s(r, HEX, 8)),
 ('postmark_server_token', 'POSTMARK_SERVER_TOKEN', uid),
 ('discord_bot_token', 'DISCORD_BOT_TOKEN', lambda r: b64u(str(r.randint(10**17, 10**18)).encode()) + '.' + s(r, B64URL, 6) + '.' + s(r, B64URL, 38)),
 ('zoom_webhook_secret_token', 'ZOOM_WEBHOOK_SECRET', A(22)),
 ('pagerduty_rest_api_key', 'PAGERDUTY_TOKEN', lambda r: 'u+' + s(r, B64URL, 18)),
 ('datadog_application_key', 'DD_APP_KEY', H(40)),
 ('sentry_dsn_secret_part', 'SENTRY_LEGACY_SECRET', H(32)),
 ('grafana_cloud_stack_api_key', 'GRAFANA_API_KEY', lambda r: 'eyJrIjoi' + s(r, ALNUM, 60)),
 ('mongodb_atlas_data_api_key', 'ATLAS_DATA_API_KEY', A(64)),
 ('snowflake_programmatic_access_token', 'SNOWFLAKE_PAT', lambda r: jwt(r, {'p': '%d:%d' % (r.randint(10**6, 10**7), r.randint(10**6, 10**7)), 'iss': 'SF:1001', 'exp': 1767225600})),
 ('neo4j_aura_client_secret', 'AURA_CLIENT_SECRET', A(64)),
 ('supabase_secret_api_key', 'SUPABASE_SECRET_KEY', P('sb_secret_', B64URL, 32)),
 ('linear_personal_api_key', 'LINEAR_API_KEY', P('lin_api_', ALNUM, 40)),
 ('typeform_personal_token', 'TYPEFORM_TOKEN', P('tfp_', ALNUM, 44)),
 ('jotform_api_key', 'JOTFORM_API_KEY', H(32)),
]
VENDORS = [v for v in VENDORS if v[1]]

STYLES = {
 'sbatch_preamble_export': '#!/bin/bash\n#SBATCH -J upload-@@P@@\n#SBATCH -c 2\nexport @@K@@="@@V@@"\npython push_results.py\n',
 'ipynb_cell_source_line': '{"cell_type":"code","source":["import os\\n","os.environ[\'@@K@@\'] = \'@@V@@\'\\n","client = connect()"]}',
 'renviron_project_line': '# .Renviron (@@P@@)\n@@K@@=@@V@@\n',
 'julia_env_assignment': 'ENV["@@K@@"] = "@@V@@"  # set for @@P@@\n',
 'matlab_setenv_statement': "setenv('@@K@@','@@V@@'); % @@P@@ deposit\n",
 'conda_env_config_vars_set': '(@@P@@) $ conda env config vars set @@K@@=@@V@@\nTo make your changes take effect please reactivate your environment\n',
 'lab_wiki_credentials_row': '| @@P@@ | @@K@@ | `@@V@@` | owner @@U@@ |\n',
 'eln_entry_sentence': 'ELN entry @@N@@ (@@D@@): data pushed with @@K@@ @@V@@, checksum file attached.\n',
 'grant_office_email_quote': '> From: research office\n> The shared integration credential is\n> @@K@@ = @@V@@\n> Please keep it out of the proposal PDF.\n',
 'python_settings_constant': '# settings_local.py\n@@K@@ = "@@V@@"\nDEBUG = False\n',
 'streamlit_secrets_toml': '[@@k@@]\nvalue = "@@V@@"\n',
 'modulefile_tcl_setenv': '#%Module1.0\nmodule-whatis "@@P@@ client"\nsetenv @@K@@ @@V@@\n',
}

def build(ids):
    rng = random.Random(6202)
    pool = ids['pool']
    recs = []
    styles = list(STYLES)
    for i, (t, K, gen) in enumerate(VENDORS):
        st = styles[i % len(styles)]
        while True:
            v = gen(rng)
            if pool.ok(v):
                break
        pool.add(v)
        text, a, b = fill(STYLES[st], rng, v, {'K': K, 'k': K.lower()})
        recs.append(pos_record(None, t, t + '__' + st, text, a, b, 'vendor'))
    return recs
