"""Positives for p100: everyday, vendor, positional passwords, prose."""
import random, string, json, base64
from common100 import *

M = '\ue000'


def fill(tpl, vals, typ):
    """tpl contains M once per value (in order); returns text and spans."""
    parts = tpl.split(M)
    assert len(parts) == len(vals) + 1, tpl
    text, spans = parts[0], []
    for v, p in zip(vals, parts[1:]):
        spans.append({'value': v, 'start': len(text), 'end': len(text) + len(v), 'type': typ})
        text += v + p
    return text, spans

# ------------------------------------------------------------------ everyday
EVERYDAY_TYPES = [
    ('scholarly_dspace_admin_password', 'DSPACE_ADMIN_PASSWORD', 'pw'),
    ('scholarly_ojs_database_password', 'OJS_DB_PASSWORD', 'pw'),
    ('scholarly_eprints_mysql_password', 'EPRINTS_DB_PASS', 'pw'),
    ('scholarly_campus_ldap_bind_password', 'LIBRARY_LDAP_BIND_PW', 'pw'),
    ('scholarly_sharelatex_mongo_password', 'SHARELATEX_MONGO_PASSWORD', 'pw'),
    ('scholarly_datacite_repository_password', 'DATACITE_REPO_PASSWORD', 'pw'),
    ('scholarly_zotero_web_api_key', 'ZOTERO_API_KEY', 'zotero'),
    ('scholarly_orcid_member_client_secret', 'ORCID_CLIENT_SECRET', 'uuid'),
    ('scholarly_overleaf_git_auth_token', 'OVERLEAF_GIT_TOKEN', 'olp'),
    ('scholarly_zenodo_personal_access_token', 'ZENODO_TOKEN', 'zen'),
    ('scholarly_figshare_personal_token', 'FIGSHARE_TOKEN', 'fig'),
    ('scholarly_elsevier_scopus_api_key', 'SCOPUS_API_KEY', 'hex32'),
    ('scholarly_crossref_metadata_plus_jwt', 'CROSSREF_PLUS_TOKEN', 'crjwt'),
    ('scholarly_dataverse_api_token', 'DATAVERSE_API_TOKEN', 'uuid'),
    ('scholarly_paper_repo_github_classic_pat', 'PAPER_REPO_GH_TOKEN', 'ghp'),
    ('scholarly_semantic_scholar_api_key', 'S2_API_KEY', 'a40'),
]


def everyday_value(r, kind):
    if kind == 'pw': return owner_password(r)
    if kind == 'zotero': return rs(r, ALNUM, 24)
    if kind == 'uuid': return uuid4(r)
    if kind == 'olp': return 'olp_' + rs(r, ALNUM, 36)
    if kind == 'zen': return rs(r, ALNUM, 60)
    if kind == 'fig': return rs(r, HEX, 128)
    if kind == 'hex32': return rs(r, HEX, 32)
    if kind == 'a40': return rs(r, ALNUM, 40)
    if kind == 'ghp': return github_classic_pat(r)
    if kind == 'crjwt':
        return jwt(r, {'alg': 'HS256', 'typ': 'JWT'}, {'jti': uuid4(r), 'iat': 1700000000 + r.randint(0, 9 ** 7),
                                                       'sub': 'plus-member-%d' % r.randint(1000, 9999),
                                                       'iss': 'crossref-plus'})
    raise KeyError(kind)

# {K}=ENV name, {k}=lower name; M = value
EVERYDAY_CONTAINERS = [
    ('zotero_prefs_js_user_pref', 'user_pref("extensions.labsync.{k}", "' + M + '");\nuser_pref("extensions.zotero.sync.server.username", "{user}");'),
    ('pandoc_defaults_yaml_metadata', 'from: markdown\nto: latex\nciteproc: true\nmetadata:\n  {k}: "' + M + '"\n  link-citations: true'),
    ('quarto_environment_file_entry', '# _environment.local (quarto render picks it up)\n{K}=' + M + '\nQUARTO_PROFILE=thesis'),
    ('jupyter_book_config_sphinx_extra', 'sphinx:\n  config:\n    bibtex_reference_style: author_year\n    {k}: ' + M),
    ('hugo_academic_params_toml', '[params]\n  citation_style = "apa"\n  {k} = "' + M + '"'),
    ('renviron_user_file_line', '# ~/.Renviron\nR_LIBS_USER=~/R/library\n{K}=' + M),
    ('rprofile_sys_setenv_call', 'local({\n  Sys.setenv({K} = "' + M + '")\n})'),
    ('rmarkdown_setup_chunk_assignment', '```{r setup, include=FALSE}\nknitr::opts_chunk$set(echo = FALSE)\n{k} <- "' + M + '"\n```'),
    ('matlab_startup_m_setenv', "% startup.m\naddpath(genpath('~/toolbox'));\nsetenv('{K}', '" + M + "');"),
    ('stata_profile_do_global_macro', '* profile.do\nset more off\nglobal {K} "' + M + '"'),
    ('julia_startup_env_assignment', '# ~/.julia/config/startup.jl\nENV["{K}"] = "' + M + '"'),
    ('snakemake_config_yaml_entry', 'samples: config/samples.tsv\n{k}: "' + M + '"\nthreads: 8'),
    ('nextflow_config_params_block', "params {\n  outdir = 'results'\n  {k} = '" + M + "'\n}"),
    ('makefile_thesis_build_variable', 'LATEXMK ?= latexmk -pdf\n{K} := ' + M + '\nthesis.pdf: thesis.tex refs.bib\n\t$(LATEXMK) thesis.tex'),
    ('latexmkrc_perl_env_assignment', "# .latexmkrc\n$pdf_mode = 1;\n$ENV{'{K}'} = '" + M + "';"),
    ('sharelatex_compose_environment_list', 'services:\n  sharelatex:\n    image: sharelatex/sharelatex\n    environment:\n      - OVERLEAF_APP_NAME=Lab TeX\n      - {K}=' + M),
    ('paper_ci_workflow_env_block', 'jobs:\n  build-pdf:\n    runs-on: ubuntu-latest\n    env:\n      {K}: ' + M + '\n    steps:\n      - uses: xu-cheng/latex-action@v3'),
    ('gitlab_thesis_pipeline_variables', 'variables:\n  TEXMFHOME: "$CI_PROJECT_DIR/texmf"\n  {K}: "' + M + '"'),
    ('slurm_batch_script_export', '#!/bin/bash\n#SBATCH --job-name=harvest-refs\n#SBATCH --time=02:00:00\nexport {K}="' + M + '"\nsrun python harvest.py'),
    ('lmod_modulefile_setenv', 'whatis("lab publishing tools")\nsetenv("{K}", "' + M + '")'),
    ('conda_environment_yaml_variables', 'name: bibtools\nchannels: [conda-forge]\nvariables:\n  {K}: ' + M),
    ('vscode_latex_workshop_settings', '{\n  "latex-workshop.latex.outDir": "build",\n  "labsync.{k}": "' + M + '"\n}'),
    ('emacs_init_setq_form', ';; init.el\n(setq reftex-default-bibliography \'("~/refs.bib"))\n(setq {k} "' + M + '")'),
    ('vimrc_global_let_line', '" vimtex\nlet g:vimtex_view_method = \'zathura\'\nlet g:{k} = \'' + M + '\''),
    ('zotero_translator_test_constant', '/* translator test helper */\nconst {K} = "' + M + '";\nvar testCases = [];'),
    ('bibliography_script_module_constant', '"""Sync the lab group library to refs.bib."""\n{K} = "' + M + '"\nGROUP_ID = {num}'),
    ('dspace_local_cfg_property', '# local.cfg\ndspace.server.url = https://repo.uni.example.edu/server\nlab.{k} = ' + M),
    ('ojs_config_inc_php_ini_line', '; config.inc.php\n[general]\ninstalled = On\n{k} = "' + M + '"'),
    ('eprints_cfg_d_perl_assignment', "# archives/thesis/cfg/cfg.d/zz_local.pl\n$c->{{k}} = '" + M + "';"),
    ('invenio_cfg_python_setting', '# invenio.cfg\nTHEME_SITENAME = "Research Data"\n{K} = "' + M + '"'),
    ('jupyterhub_spawner_environment_dict', 'c.Spawner.environment = {\n    "{K}": "' + M + '",\n}'),
    ('binder_postbuild_export_line', '#!/bin/bash\n# postBuild\necho "export {K}=' + M + '" >> ~/.profile'),
    ('ansible_repository_host_vars', '---\n# host_vars/repo01.yml\ndspace_version: "7.6"\n{k}: "' + M + '"'),
    ('research_group_chat_paste', '[10:14] {user}: for the refs sync use {k} = ' + M + ' until I rotate it'),
    ('thesis_supervisor_email_body', 'Dear {name},\n\nthe build on the lab server needs {K}. It is ' + M + ' — please keep it out of the thesis repo.\n\nBest,\n{user}'),
    ('peer_review_portal_support_ticket', 'Ticket #{num}: reviewer import fails\nConfig we are using:\n  {K}=' + M + '\nPlease advise.'),
    ('dokuwiki_lab_page_code_block', '====== Repository admin ======\n<code>\n{K}=' + M + '\n</code>'),
    ('library_servicedesk_ticket_body', 'Summary: DOI minting broken since Monday\nDescription: our script sends {k}=' + M + ' and gets 401.'),
    ('tex_stackexchange_question_block', 'My latexmk hook fails with 403. Here is the relevant part:\n\n    {K}=' + M + '\n    latexmk -pdf main.tex\n\nWhat am I doing wrong?'),
    ('bibliography_sync_cron_log_line', '2024-05-{num2}T03:00:01Z refsync[{num}] starting with {k}=' + M + ' group={num}'),
    ('latexmk_build_env_dump', 'Latexmk: Run number 1 of rule \'pdflatex\'\n=== environment ===\nTEXINPUTS=.:./styles//:\n{K}=' + M + '\nHOME=/home/{user}'),
    ('doi_deposit_shell_history', '  501  cd ~/deposits\n  502  export {K}=' + M + '\n  503  python deposit.py batch-{num}.xml'),
    ('artifact_evaluation_readme_block', '## Reproducing the figures\n\nSet the following before running `make figures`:\n\n```\n{K}=' + M + '\n```'),
    ('django_research_portal_local_settings', '# settings/local.py\nDEBUG = False\n{K} = "' + M + '"'),
    ('nix_flake_devshell_env_attr', 'devShells.default = pkgs.mkShell {\n  packages = [ pkgs.texliveFull ];\n  {K} = "' + M + '";\n};'),
]

USERS = ['mkowalski', 'aherrera', 'jlindqvist', 'snakamura', 'ddubois', 'pokafor', 'ebrennan', 'tnguyen', 'rsilva', 'kmoreau']
NAMES = ['Prof. Almeida', 'Dr. Hartmann', 'Prof. Okonkwo', 'Dr. Varga', 'Prof. Lindgren']


def subst(tpl, r, K):
    return (tpl.replace('{K}', K).replace('{k}', K.lower()).replace('{user}', r.choice(USERS))
            .replace('{name}', r.choice(NAMES)).replace('{num2}', '%02d' % r.randint(1, 28))
            .replace('{num}', str(r.randint(1000, 99999))))


def gen_everyday(seed=10001):
    r = random.Random(seed)
    used = {t[0]: 0 for t in EVERYDAY_TYPES}
    out = []
    for kind, tpl in EVERYDAY_CONTAINERS:
        chosen = []
        for _ in range(4):
            cands = sorted([t for t in EVERYDAY_TYPES if t[0] not in chosen], key=lambda t: (used[t[0]], r.random()))
            t = cands[0]
            chosen.append(t[0]); used[t[0]] += 1
            v = everyday_value(r, t[2])
            text, spans = fill(subst(tpl, r, t[1]), [v], t[0])
            out.append({'type': t[0], 'container': kind, 'text': text, 'secrets': spans, 'source': 'everyday'})
    return out

# ------------------------------------------------------------------ vendor
def _pfx(p, alpha, n):
    return lambda r: p + rs(r, alpha, n)

B64S = string.ascii_letters + string.digits + '+/'
B64U = string.ascii_letters + string.digits + '-_'
UP = string.ascii_uppercase + string.digits


def _b64(n):
    return lambda r: base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def _pw(r):
    return owner_password(r)


def _uuid(r):
    return uuid4(r)


def _pypi(r):
    return 'pypi-' + b64u(bytes([2, 1, 8]) + b'pypi.org' + bytes([2, 0x25]) + bytes(r.getrandbits(8) for _ in range(70)))


def _azure_storage(r):
    acct = 'labdata%03d' % r.randint(0, 999)
    return ('DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net'
            % (acct, base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()))


def _neptune(r):
    body = json.dumps({'api_address': 'https://app.neptune.ai', 'api_url': 'https://app.neptune.ai', 'api_key': uuid4(r)}, separators=(',', ':'))
    return base64.b64encode(body.encode()).decode().rstrip('=')


def _jwt_factory(payload_fn, alg='HS256'):
    return lambda r: jwt(r, {'alg': alg, 'typ': 'JWT'}, payload_fn(r))


def _atlassian(r):
    return 'ATATT3xFfGF0' + rs(r, B64U, 170) + '=' + rs(r, HEX.upper(), 8)


VENDOR = [
    # focus world: reference managers, identifiers, deposits, repositories, submission, review
    ('zotero_group_library_write_key', 'ZOTERO_GROUP_KEY', lambda r: rs(r, ALNUM, 24)),
    ('zotero_oauth_access_token_secret', 'ZOTERO_OAUTH_TOKEN_SECRET', lambda r: rs(r, HEX, 20)),
    ('orcid_public_api_client_secret', 'ORCID_PUBLIC_CLIENT_SECRET', _uuid),
    ('orcid_member_api_access_token', 'ORCID_ACCESS_TOKEN', _uuid),
    ('orcid_sandbox_refresh_token', 'ORCID_SANDBOX_REFRESH_TOKEN', _uuid),
    ('crossref_depositor_role_password', 'CROSSREF_DEPOSIT_PASSWORD', _pw),
    ('crossref_plus_api_bearer_jwt', 'CROSSREF_PLUS_API_TOKEN', _jwt_factory(lambda r: {'jti': uuid4(r), 'iss': 'crossref', 'aud': 'mdpapi', 'sub': 'member-%d' % r.randint(100, 29999)})),
    ('datacite_fabrica_account_password', 'DATACITE_FABRICA_PASSWORD', _pw),
    ('datacite_mds_repository_secret', 'DATACITE_MDS_PASSWORD', _pw),
    ('ezid_minting_account_password', 'EZID_PASSWORD', _pw),
    ('medra_deposit_service_password', 'MEDRA_PASSWORD', _pw),
    ('overleaf_git_integration_olp', 'OVERLEAF_GIT_PASSWORD', _pfx('olp_', ALNUM, 36)),
    ('overleaf_ce_session_cookie_secret', 'OVERLEAF_SESSION_SECRET', lambda r: rs(r, HEX, 64)),
    ('sharelatex_web_api_password', 'WEB_API_PASSWORD', lambda r: rs(r, ALNUM, 32)),
    ('figshare_oauth_app_client_secret', 'FIGSHARE_CLIENT_SECRET', lambda r: rs(r, HEX, 128)),
    ('zenodo_sandbox_deposit_token', 'ZENODO_SANDBOX_TOKEN', lambda r: rs(r, ALNUM, 60)),
    ('osf_personal_access_token', 'OSF_TOKEN', lambda r: rs(r, ALNUM, 70)),
    ('dataverse_superuser_api_token', 'DATAVERSE_KEY', _uuid),
    ('dryad_api_application_secret', 'DRYAD_CLIENT_SECRET', lambda r: rs(r, B64U, 43)),
    ('ckan_data_portal_api_token', 'CKAN_API_TOKEN', _jwt_factory(lambda r: {'jti': rs(r, B64U, 43), 'iat': 1700000000 + r.randint(0, 9 ** 7)})),
    ('mendeley_oauth_client_secret', 'MENDELEY_CLIENT_SECRET', lambda r: rs(r, ALNUM, 16)),
    ('elsevier_institutional_insttoken', 'ELSEVIER_INSTTOKEN', lambda r: rs(r, HEX, 32)),
    ('springer_nature_metadata_api_key', 'SPRINGER_API_KEY', lambda r: rs(r, HEX, 32)),
    ('springer_nature_openaccess_key', 'SPRINGER_OA_KEY', lambda r: rs(r, HEX, 32)),
    ('wiley_tdm_client_token', 'WILEY_TDM_CLIENT_TOKEN', _uuid),
    ('ieee_xplore_metadata_api_key', 'IEEE_XPLORE_KEY', lambda r: rs(r, string.ascii_lowercase + string.digits, 24)),
    ('semantic_scholar_partner_key', 'SEMANTIC_SCHOLAR_KEY', lambda r: rs(r, ALNUM, 40)),
    ('core_ac_uk_api_key', 'CORE_API_KEY', lambda r: rs(r, ALNUM, 32)),
    ('openalex_premium_api_key', 'OPENALEX_API_KEY', lambda r: rs(r, ALNUM, 22)),
    ('dimensions_analytics_api_key', 'DIMENSIONS_KEY', lambda r: rs(r, HEX.upper(), 32)),
    ('clarivate_wos_starter_key', 'WOS_API_KEY', lambda r: rs(r, HEX, 40)),
    ('altmetric_explorer_api_secret', 'ALTMETRIC_SECRET', lambda r: rs(r, HEX, 32)),
    ('ncbi_eutils_api_key', 'NCBI_API_KEY', lambda r: rs(r, HEX, 36)),
    ('europe_pmc_grist_client_secret', 'EPMC_CLIENT_SECRET', lambda r: rs(r, ALNUM, 32)),
    ('scholarone_web_services_shared_secret', 'S1_SHARED_SECRET', lambda r: rs(r, UP, 40)),
    ('editorial_manager_api_password', 'EM_API_PASSWORD', _pw),
    ('openreview_venue_admin_password', 'OPENREVIEW_PASSWORD', _pw),
    ('openreview_api_session_token', 'OPENREVIEW_TOKEN', _jwt_factory(lambda r: {'user': {'id': '~Venue_Admin%d' % r.randint(1, 9)}, 'exp': 1800000000 + r.randint(0, 9 ** 7)})),
    ('easychair_chair_account_password', 'EASYCHAIR_PASSWORD', _pw),
    ('hotcrp_api_bearer_token', 'HOTCRP_TOKEN', _pfx('hct_', B64U, 32)),
    ('ojs_rest_api_user_token', 'OJS_API_TOKEN', _jwt_factory(lambda r: [rs(r, HEX, 40)])),
    ('janeway_journal_api_key', 'JANEWAY_API_KEY', lambda r: rs(r, HEX, 40)),
    ('pure_research_portal_api_key', 'PURE_API_KEY', _uuid),
    ('symplectic_elements_api_password', 'ELEMENTS_API_PASSWORD', _pw),
    ('dspace_rest_bearer_jwt', 'DSPACE_AUTH_TOKEN', _jwt_factory(lambda r: {'eid': uuid4(r), 'sg': [], 'authenticationMethod': 'password', 'exp': 1800000000 + r.randint(0, 9 ** 7)})),
    ('fedora_commons_admin_password', 'FCREPO_ADMIN_PASSWORD', _pw),
    ('islandora_drupal_hash_salt', 'DRUPAL_HASH_SALT', lambda r: rs(r, B64U, 74)),
    ('arxiv_submission_account_password', 'ARXIV_PASSWORD', _pw),
    ('biorxiv_bulk_deposit_ftp_password', 'BIORXIV_FTP_PASSWORD', _pw),
    ('hypothesis_developer_api_token', 'HYPOTHESIS_API_TOKEN', _pfx('6879-', B64U, 43)),
    ('turnitin_tca_integration_key', 'TCA_API_KEY', _uuid),
    ('ithenticate_api_account_password', 'ITHENTICATE_PASSWORD', _pw),
    ('mathpix_ocr_app_key', 'MATHPIX_APP_KEY', lambda r: rs(r, HEX, 64)),
    ('wolfram_alpha_app_id', 'WOLFRAM_APPID', lambda r: rs(r, UP, 6) + '-' + rs(r, UP, 10)),
    ('serpapi_scholar_api_key', 'SERPAPI_KEY', lambda r: rs(r, HEX, 64)),
    ('protocols_io_client_access_token', 'PROTOCOLS_IO_TOKEN', lambda r: rs(r, HEX, 64)),
    ('benchling_tenant_api_key', 'BENCHLING_API_KEY', _pfx('sk_', ALNUM, 32)),
    ('labarchives_eln_access_password', 'LABARCHIVES_ACCESS_PASSWORD', lambda r: rs(r, B64S, 28) + '='),
    ('redcap_project_api_token', 'REDCAP_API_TOKEN', lambda r: rs(r, HEX.upper(), 32)),
    ('qualtrics_survey_api_token', 'QUALTRICS_API_TOKEN', lambda r: rs(r, ALNUM, 40)),
    ('prolific_researcher_api_token', 'PROLIFIC_TOKEN', lambda r: rs(r, B64U, 86)),
    ('limesurvey_remotecontrol_password', 'LIMESURVEY_RPC_PASSWORD', _pw),
    ('pavlovia_gitlab_access_token', 'PAVLOVIA_TOKEN', _pfx('glpat-', B64U, 20)),
    ('posit_connect_publisher_api_key', 'CONNECT_API_KEY', lambda r: rs(r, ALNUM, 32)),
    ('shinyapps_io_account_secret', 'SHINYAPPS_SECRET', lambda r: rs(r, B64S, 40)),
    ('quarto_pub_auth_token', 'QUARTO_PUB_AUTH_TOKEN', lambda r: rs(r, B64U, 43)),
    ('readthedocs_project_api_token', 'RTD_TOKEN', lambda r: rs(r, HEX, 40)),
    ('netlify_docs_personal_token', 'NETLIFY_AUTH_TOKEN', _pfx('nfp_', ALNUM, 36)),
    ('codecov_repository_upload_token', 'CODECOV_TOKEN', _uuid),
    ('coveralls_repo_secret_token', 'COVERALLS_REPO_TOKEN', lambda r: rs(r, ALNUM, 32)),
    ('pypi_project_upload_macaroon', 'TWINE_PASSWORD', _pypi),
    ('anaconda_org_upload_token', 'ANACONDA_API_TOKEN', lambda r: rs(r, ALNUM[:52] + string.digits + '-', 30)),
    ('wandb_experiment_api_key', 'WANDB_API_KEY', lambda r: rs(r, HEX, 40)),
    ('comet_ml_workspace_api_key', 'COMET_API_KEY', lambda r: rs(r, ALNUM, 25)),
    ('neptune_ai_encoded_api_token', 'NEPTUNE_API_TOKEN', _neptune),
    ('kaggle_dataset_api_key', 'KAGGLE_KEY', lambda r: rs(r, HEX, 32)),
    ('clearml_server_secret_key', 'CLEARML_API_SECRET_KEY', lambda r: rs(r, ALNUM, 50)),
    ('jupyter_server_auth_token', 'JUPYTER_TOKEN', lambda r: rs(r, HEX, 48)),
    ('jupyterhub_service_api_token', 'JUPYTERHUB_API_TOKEN', lambda r: rs(r, HEX, 32)),
    ('globus_confidential_client_secret', 'GLOBUS_CLIENT_SECRET', lambda r: base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()),
    ('cilogon_oidc_client_secret', 'CILOGON_CLIENT_SECRET', lambda r: rs(r, B64U, 64)),
    ('irods_zone_rodsadmin_password', 'IRODS_ADMIN_PASSWORD', _pw),
    ('typesense_docsearch_admin_key', 'TYPESENSE_ADMIN_KEY', lambda r: rs(r, ALNUM, 32)),
    ('meilisearch_master_key_value', 'MEILI_MASTER_KEY', lambda r: rs(r, B64U, 44)),
    ('deepseek_writing_assistant_key', 'DEEPSEEK_API_KEY', _pfx('sk-', HEX, 32)),
    ('anthropic_admin_api_key', 'ANTHROPIC_ADMIN_KEY', lambda r: 'sk-ant-admin01-' + rs(r, B64U, 93) + 'AA'),
    ('writefull_integration_api_key', 'WRITEFULL_API_KEY', lambda r: rs(r, ALNUM, 32)),
    ('grammarly_text_api_client_secret', 'GRAMMARLY_CLIENT_SECRET', lambda r: rs(r, ALNUM, 48)),
    ('paperpile_export_feed_token', 'PAPERPILE_FEED_TOKEN', lambda r: rs(r, HEX, 24)),
    ('readwise_reader_access_token', 'READWISE_TOKEN', lambda r: rs(r, ALNUM, 50)),
    # beyond the focus world (services labs and publishers use)
    ('adobe_pdf_services_client_secret', 'PDF_SERVICES_CLIENT_SECRET', _pfx('p8e-', ALNUM, 32)),
    ('alibaba_oss_access_key_id', 'ALIBABA_CLOUD_ACCESS_KEY_ID', _pfx('LTAI', ALNUM, 20)),
    ('age_encryption_identity_secret', 'AGE_IDENTITY', age_secret_key),
    ('google_oauth_client_secret_gocspx', 'GOOGLE_CLIENT_SECRET', lambda r: 'GOCSPX-' + rs(r, B64U, 28)),
    ('github_fine_grained_pat', 'GH_PAT', lambda r: 'github_pat_11' + rs(r, UP, 20) + '_' + rs(r, ALNUM, 59)),
    ('gitlab_deploy_token_gldt', 'GITLAB_DEPLOY_TOKEN', _pfx('gldt-', B64U, 20)),
    ('atlassian_confluence_api_token', 'CONFLUENCE_API_TOKEN', _atlassian),
    ('azure_storage_account_connection', 'AZURE_STORAGE_CONNECTION_STRING', _azure_storage),
    ('backblaze_b2_application_key', 'B2_APPLICATION_KEY', lambda r: 'K005' + rs(r, B64S.replace('+', '').replace('/', ''), 27)),
    ('wasabi_bucket_secret_key', 'WASABI_SECRET_KEY', lambda r: rs(r, UP, 40)),
    ('box_app_client_secret', 'BOX_CLIENT_SECRET', lambda r: rs(r, ALNUM, 32)),
    ('mailgun_private_api_key', 'MAILGUN_API_KEY', lambda r: 'key-' + rs(r, HEX, 32)),
    ('brevo_transactional_api_key', 'BREVO_API_KEY', lambda r: 'xkeysib-' + rs(r, HEX, 64) + '-' + rs(r, ALNUM, 16)),
    ('mailchimp_marketing_api_key', 'MAILCHIMP_API_KEY', lambda r: rs(r, HEX, 32) + '-us' + str(r.randint(1, 21))),
    ('postmark_server_api_token', 'POSTMARK_SERVER_TOKEN', _uuid),
    ('sparkpost_api_key_hex', 'SPARKPOST_API_KEY', lambda r: rs(r, HEX, 40)),
    ('fastly_api_token_value', 'FASTLY_API_TOKEN', lambda r: rs(r, B64U, 32)),
    ('bunny_storage_zone_password', 'BUNNY_STORAGE_PASSWORD', lambda r: uuid4(r) + '-' + rs(r, HEX, 4) + '-' + rs(r, HEX, 4)),
    ('doppler_personal_token_dp_pt', 'DOPPLER_TOKEN', _pfx('dp.pt.', ALNUM, 43)),
    ('onepassword_connect_access_token', 'OP_CONNECT_TOKEN', _jwt_factory(lambda r: {'aud': ['com.1password.connect'], 'sub': rs(r, UP, 26), 'iss': 'com.1password.b5'}, 'ES256')),
    ('sentry_dsn_secret_url', 'SENTRY_DSN', lambda r: 'https://' + rs(r, HEX, 32) + '@o%d.ingest.sentry.io/%d' % (r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 6, 10 ** 7))),
    ('cloudflare_r2_secret_access_key', 'R2_SECRET_ACCESS_KEY', lambda r: rs(r, HEX, 64)),
    ('openai_admin_api_key', 'OPENAI_ADMIN_KEY', lambda r: 'sk-admin-' + rs(r, B64U, 58) + 'T3BlbkFJ' + rs(r, B64U, 58)),
    ('google_cloud_translation_key', 'GOOGLE_TRANSLATE_KEY', lambda r: 'AIza' + rs(r, B64U, 35)),
    ('ms_translator_subscription_key', 'TRANSLATOR_KEY', lambda r: rs(r, HEX, 32)),
    ('unsplash_access_key_secret', 'UNSPLASH_SECRET_KEY', lambda r: rs(r, B64U, 43)),
    ('mapbox_figure_maps_token', 'MAPBOX_ACCESS_TOKEN', lambda r: 'sk.eyJ1IjoibGFibWFwcyIsImEiOiI' + rs(r, B64U, 22) + '.' + rs(r, B64U, 22)),
]

VENDOR_STYLES = [
    ('quarto_project_secrets_env', lambda K: '# .env for quarto render\n' + K + '=' + M),
    ('r_package_renviron_site', lambda K: '# Renviron.site on the RStudio server\n' + K + '="' + M + '"'),
    ('pyproject_tool_section_setting', lambda K: '[tool.labsync]\n' + K.lower() + ' = "' + M + '"'),
    ('overleaf_server_pro_variables_env', lambda K: '# config/variables.env\nOVERLEAF_SITE_URL=https://tex.uni.example.edu\n' + K + '=' + M),
    ('repository_ansible_vars_plaintext', lambda K: '# group_vars/repo.yml (not vaulted yet)\n' + K.lower() + ': "' + M + '"'),
    ('jupyter_notebook_os_environ_cell', lambda K: 'In [3]: import os\n   ...: os.environ["' + K + '"] = "' + M + '"'),
    ('github_repo_secret_set_cli', lambda K: '$ gh secret set ' + K + ' --body "' + M + '" --repo lab/paper-2024'),
    ('matlab_toolbox_config_struct', lambda K: "cfg = struct();\ncfg." + K.lower() + " = '" + M + "';"),
    ('manuscript_supplement_readme_env', lambda K: 'Supplementary code. Before running, export:\n\n    export ' + K + '=' + M),
    ('bibliometrics_notebook_yaml_params', lambda K: 'params:\n  year_from: 2015\n  ' + K.lower() + ': ' + M),
    ('research_software_engineer_chat_paste', lambda K: 'rse-help> here you go: ' + K + '=' + M + ' (please move it to the vault afterwards)'),
    ('kubernetes_repository_deployment_env', lambda K: '        env:\n          - name: ' + K + '\n            value: "' + M + '"'),
]


def gen_vendor(seed=10002):
    r = random.Random(seed)
    out = []
    for i, (typ, K, g) in enumerate(VENDOR):
        style, f = VENDOR_STYLES[i % len(VENDOR_STYLES)]
        v = g(r)
        text, spans = fill(f(K), [v], typ)
        out.append({'type': typ, 'container': typ + '__' + style, 'text': text, 'secrets': spans, 'source': 'vendor'})
    return out
