"""Vendor credential types (seed 9802): one record each, 12 pipeline styles cycled."""
import random, json
from common98 import shape, fill, fillers, jwt, gh_token, uuid4, b64u, password


def _tower(r):
    return b64u(json.dumps({"tid": r.randint(100, 9999)}).encode()) + "." + shape(r, "{h40}")


def _gen3(r):
    return jwt(r, {"pur": "api_key", "sub": str(r.randint(10, 9999)), "iss": "https://gen3.example.org/user",
                   "aud": ["openid", "user", "data", "fence"], "iat": 1733000000, "exp": 1735592000,
                   "jti": uuid4(r), "azp": ""}, alg="RS256", extra={"kid": "fence_key_" + shape(r, "{d4}")})


def _passport(r):
    return jwt(r, {"iss": "https://login.elixir-czech.org/oidc/", "sub": shape(r, "{h40}") + "@elixir-europe.org",
                   "ga4gh_passport_v1": [shape(r, "{U64:24}")], "iat": 1733100000, "exp": 1733186400},
               alg="RS256", extra={"kid": "rsa" + shape(r, "{d2}")})


def _arvados(r):
    cl = shape(r, "{l5}")
    return "v2/" + cl + "-gj3su-" + shape(r, "{l15}") + "/" + shape(r, "{l50}")


def _k8s(r):
    return jwt(r, {"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "nextflow",
                   "kubernetes.io/serviceaccount/service-account.name": "nf-runner",
                   "sub": "system:serviceaccount:nextflow:nf-runner"}, alg="RS256",
               extra={"kid": shape(r, "{u43}")})


def _sylabs(r):
    return jwt(r, {"user": shape(r, "{h24}"), "exp": 1764000000, "iss": "https://auth.sylabs.io", "scope": "library"})


def _argocd(r):
    return jwt(r, {"iss": "argocd", "sub": "proj:genomics:ci-sync", "nbf": 1732000000, "iat": 1732000000,
                   "jti": uuid4(r)})


def _ckan(r):
    return jwt(r, {"jti": shape(r, "{u43}"), "iat": 1731900000})


def _seqera_wave(r):
    return _tower(r)


def _gen3_cred(r):
    return _gen3(r)


# (type, key name, shape)
VENDORS = [
    ("seqera_cloud_personal_token", "TOWER_ACCESS_TOKEN", _tower),
    ("seqera_wave_registry_token", "WAVE_TOKEN", _seqera_wave),
    ("ncbi_datasets_api_key_hex36", "NCBI_DATASETS_KEY", "{h36}"),
    ("dnanexus_platform_bearer_token", "DX_SECURITY_CONTEXT_TOKEN", "{a32}"),
    ("sevenbridges_cavatica_auth_token", "CAVATICA_AUTH_TOKEN", "{h32}"),
    ("sevenbridges_cgc_auth_token", "CGC_AUTH_TOKEN", "{h32}"),
    ("velsera_platform_api_token", "VELSERA_TOKEN", "{h32}"),
    ("synapse_pat_jwt_download_scope", "SYNAPSE_PAT", lambda r: jwt(r, {"access": {"scope": ["view", "download"]},
        "token_type": "PERSONAL_ACCESS_TOKEN", "sub": str(r.randint(3300000, 3499999)), "iat": 1733000000}, alg="RS256")),
    ("globus_confidential_client_secret", "GLOBUS_CLIENT_SECRET", "{b44}"),
    ("globus_transfer_access_token", "GLOBUS_TRANSFER_TOKEN", "Ag{a64}"),
    ("illumina_basespace_app_token", "BASESPACE_APP_TOKEN", "{h32}"),
    ("illumina_connected_analytics_key", "ICA_API_KEY", "{a32}"),
    ("benchling_app_client_secret", "BENCHLING_CLIENT_SECRET", "cs_{a40}"),
    ("labkey_server_api_key", "LABKEY_API_KEY", "apikey|{h32}"),
    ("galaxy_bootstrap_admin_key", "GALAXY_CONFIG_BOOTSTRAP_ADMIN_API_KEY", "{h32}"),
    ("galaxy_id_secret_hex", "GALAXY_CONFIG_ID_SECRET", "{h48}"),
    ("arvados_api_token_v2", "ARVADOS_API_TOKEN", _arvados),
    ("gen3_fence_api_key_jwt", "GEN3_API_KEY", _gen3_cred),
    ("ga4gh_passport_visa_jwt", "GA4GH_PASSPORT", _passport),
    ("dockstore_user_token_hex64", "DOCKSTORE_TOKEN", "{h64}"),
    ("quay_robot_account_token", "QUAY_ROBOT_TOKEN", "{U64}"),
    ("zenodo_deposit_access_token", "ZENODO_TOKEN", "{a60}"),
    ("figshare_personal_token_hex128", "FIGSHARE_TOKEN", "{h128}"),
    ("orcid_member_api_client_secret", "ORCID_CLIENT_SECRET", "{uuid}"),
    ("dataverse_api_token_uuid", "DATAVERSE_API_TOKEN", "{uuid}"),
    ("ckan_portal_api_token_jwt", "CKAN_API_TOKEN", _ckan),
    ("osf_personal_access_token", "OSF_TOKEN", "{a70}"),
    ("protocols_io_client_access_token", "PROTOCOLS_IO_TOKEN", "{h64}"),
    ("redcap_project_api_token", "REDCAP_API_TOKEN", "{H32}"),
    ("elabftw_api_key_prefixed", "ELABFTW_API_KEY", "{d1}-{h84}"),
    ("latch_bio_workspace_token", "LATCH_TOKEN", "{a40}"),
    ("code_ocean_access_token_cop", "CODEOCEAN_TOKEN", "cop_{a40}"),
    ("ten_x_cloud_access_token", "TENX_CLOUD_TOKEN", "{a64}"),
    ("dnastack_publisher_token", "DNASTACK_TOKEN", "{U64:48}"),
    ("lifebit_cloudos_api_key", "CLOUDOS_APIKEY", "{h64}"),
    ("anaconda_org_upload_token", "ANACONDA_API_TOKEN", "{l2}-{uuid}"),
    ("sylabs_library_access_jwt", "SYLABS_TOKEN", _sylabs),
    ("posit_connect_publisher_key", "CONNECT_API_KEY", "{a32}"),
    ("shinyapps_io_account_secret", "SHINYAPPS_SECRET", "{b40}"),
    ("posit_package_manager_token", "PACKAGEMANAGER_TOKEN", lambda r: jwt(r, {"aud": "package-manager", "jti": uuid4(r), "iat": 1732500000})),
    ("kaggle_api_key_hex32", "KAGGLE_KEY", "{h32}"),
    ("wandb_api_key_hex40", "WANDB_API_KEY", "{h40}"),
    ("neptune_api_token_b64json", "NEPTUNE_API_TOKEN", lambda r: __import__("base64").b64encode(json.dumps({"api_address": "https://app.neptune.ai", "api_url": "https://app.neptune.ai", "api_key": uuid4(r)}).encode()).decode()),
    ("comet_ml_rest_api_key", "COMET_API_KEY", "{a25}"),
    ("openai_project_scoped_key", "OPENAI_API_KEY", "sk-proj-{u156}"),
    ("anthropic_api_key_api03", "ANTHROPIC_API_KEY", "sk-ant-api03-{u93}AA"),
    ("onepassword_service_account_ops", "OP_SERVICE_ACCOUNT_TOKEN", lambda r: "ops_" + __import__("base64").b64encode(json.dumps({"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000, "salt": shape(r, "{u22}")}, "email": shape(r, "{l26}") + "@1passwordserviceaccounts.com", "srpX": shape(r, "{h64}"), "muk": {"alg": "A256GCM", "ext": True, "k": shape(r, "{u43}"), "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + shape(r, "{U6}-{U6}-{U5}-{U5}-{U5}-{U5}"), "throttleSecret": {"seed": shape(r, "{h64}"), "deviceUuid": shape(r, "{l26}")}, "deviceUuid": shape(r, "{l26}")}).encode()).decode()),
    ("onepassword_account_secret_key_a3", "OP_SECRET_KEY", "A3-{U6}-{U6}-{U5}-{U5}-{U5}-{U5}"),
    ("adobe_io_client_secret_p8e", "ADOBE_CLIENT_SECRET", "p8e-{a32}"),
    ("alibaba_cloud_access_key_ltai", "ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI{a20}"),
    ("doppler_service_token_dpst", "DOPPLER_TOKEN", "dp.st.prd.{a43}"),
    ("pulumi_access_token_pul", "PULUMI_ACCESS_TOKEN", "pul-{h40}"),
    ("terraform_cloud_user_token", "TFE_TOKEN", "{a14}.atlasv1.{a67}"),
    ("heroku_platform_key_hrku", "HEROKU_API_KEY", "HRKU-AA{u58}"),
    ("render_api_key_rnd", "RENDER_API_KEY", "rnd_{a32}"),
    ("modal_labs_token_secret", "MODAL_TOKEN_SECRET", "as-{a22}"),
    ("runpod_api_key_rpa", "RUNPOD_API_KEY", "rpa_{U46}"),
    ("databricks_workspace_pat_dapi", "DATABRICKS_TOKEN", "dapi{h32}"),
    ("postman_api_key_pmak", "POSTMAN_API_KEY", "PMAK-{h24}-{h34}"),
    ("clickup_personal_token_pk", "CLICKUP_TOKEN", "pk_{d8}_{U32}"),
    ("mailgun_private_api_key", "MAILGUN_API_KEY", "key-{h32}"),
    ("resend_email_api_key_re", "RESEND_API_KEY", "re_{a8}_{a24}"),
    ("brevo_smtp_api_key_xkeysib", "BREVO_API_KEY", "xkeysib-{h64}-{a16}"),
    ("braintree_production_access_token", "BRAINTREE_ACCESS_TOKEN", "access_token$production${l16}${h32}"),
    ("stripe_live_secret_key_sk", "STRIPE_SECRET_KEY", "sk_live_51{a97}"),
    ("okta_org_api_token_00", "OKTA_API_TOKEN", "00{u40}"),
    ("auth0_m2m_client_secret", "AUTH0_CLIENT_SECRET", "{u64}"),
    ("azure_ad_app_client_secret_q", "AZURE_CLIENT_SECRET", "{a3}8Q~{u34}"),
    ("azure_storage_account_key_b64", "AZURE_STORAGE_KEY", "{B64:64}"),
    ("azure_batch_account_shared_key", "AZURE_BATCH_ACCOUNT_KEY", "{B64:64}"),
    ("aws_sts_session_key_asia", "AWS_ACCESS_KEY_ID", "ASIA{U16}"),
    ("google_oauth_client_secret_gocspx", "GOOGLE_CLIENT_SECRET", "GOCSPX-{u28}"),
    ("google_oauth_access_token_ya29", "GOOGLE_OAUTH_ACCESS_TOKEN", "ya29.a0{u150}"),
    ("gcs_hmac_access_id_goog1e", "GCS_HMAC_ACCESS_ID", "GOOG1E{U55}"),
    ("oci_iam_auth_token", "OCI_AUTH_TOKEN", "{a8}>{a5}:{a6}"),
    ("minio_root_secret_key", "MINIO_ROOT_PASSWORD", "{a40}"),
    ("wasabi_secret_access_key", "WASABI_SECRET_KEY", "{b40}"),
    ("lakefs_secret_access_key", "LAKEFS_SECRET_ACCESS_KEY", "{b40}"),
    ("box_developer_token_32", "BOX_DEVELOPER_TOKEN", "{a32}"),
    ("slack_bot_token_xoxb", "SLACK_BOT_TOKEN", "xoxb-{d12}-{d13}-{a24}"),
    ("slack_app_level_token_xapp", "SLACK_APP_TOKEN", "xapp-1-A{U10}-{d13}-{h64}"),
    ("slack_incoming_webhook_url", "SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T{U8}/B{U10}/{a24}"),
    ("discord_channel_webhook_url", "DISCORD_WEBHOOK", "https://discord.com/api/webhooks/{d19}/{u68}"),
    ("telegram_bot_api_token", "TELEGRAM_BOT_TOKEN", "{d10}:AA{u33}"),
    ("matrix_synapse_access_token_syt", "MATRIX_ACCESS_TOKEN", "syt_{U64:8}_{a20}_{a6}"),
    ("mattermost_personal_access_token", "MM_ACCESS_TOKEN", "{l26}"),
    ("zulip_bot_api_key", "ZULIP_API_KEY", "{a32}"),
    ("teams_incoming_webhook_url", "TEAMS_WEBHOOK_URL", lambda r: "https://example.webhook.office.com/webhookb2/" + uuid4(r) + "@" + uuid4(r) + "/IncomingWebhook/" + shape(r, "{h32}") + "/" + uuid4(r) + "/V2" + shape(r, "{u45}")),
    ("github_app_installation_ghs", "GITHUB_TOKEN", lambda r: gh_token(r, "ghs_")),
    ("github_oauth_user_token_gho", "GH_OAUTH_TOKEN", lambda r: gh_token(r, "gho_")),
    ("gitlab_pipeline_trigger_glptt", "GITLAB_TRIGGER_TOKEN", "glptt-{h40}"),
    ("gitlab_deploy_token_gldt", "GITLAB_DEPLOY_TOKEN", "gldt-{u20}"),
    ("circleci_personal_token_ccipat", "CIRCLE_TOKEN", "CCIPAT_{a22}_{h40}"),
    ("jenkins_user_api_token_11", "JENKINS_API_TOKEN", "11{h32}"),
    ("harness_platform_pat", "HARNESS_API_KEY", "pat.{u22}.{h24}.{a20}"),
    ("codecov_upload_token_uuid", "CODECOV_TOKEN", "{uuid}"),
    ("sonarqube_user_token_squ", "SONAR_TOKEN", "squ_{h40}"),
    ("snyk_api_token_uuid", "SNYK_TOKEN", "{uuid}"),
    ("jfrog_reference_token_cmvm", "JFROG_ACCESS_TOKEN", "cmVmdGtuOjAxOj{a50}"),
    ("artifactory_api_key_akcp", "ARTIFACTORY_API_KEY", "AKCp{a69}"),
    ("harbor_robot_account_secret", "HARBOR_ROBOT_SECRET", "{a32}"),
    ("rubygems_api_key_prefixed", "GEM_HOST_API_KEY", "rubygems_{h48}"),
    ("nuget_org_api_key_oy2", "NUGET_API_KEY", "oy2{l43}"),
    ("crates_io_api_token_cio", "CARGO_REGISTRY_TOKEN", "cio{a32}"),
    ("kubernetes_serviceaccount_jwt", "K8S_SA_TOKEN", _k8s),
    ("openshift_oauth_sha256_token", "OC_TOKEN", "sha256~{u43}"),
    ("rancher_api_bearer_token", "CATTLE_TOKEN", "token-{l5}:{l54}"),
    ("argocd_project_role_jwt", "ARGOCD_AUTH_TOKEN", _argocd),
    ("portainer_access_token_ptr", "PORTAINER_API_KEY", "ptr_{U64:32}"),
    ("zerotier_central_api_token", "ZEROTIER_TOKEN", "{a32}"),
    ("prefect_cloud_api_key_pnu", "PREFECT_API_KEY", "pnu_{a36}"),
    ("airflow_fernet_key_b64url", "AIRFLOW__CORE__FERNET_KEY", "{U64:32}="),
    ("django_secret_key_value", "DJANGO_SECRET_KEY", "django-insecure-{l50}"),
    ("splunk_hec_token_uuid", "SPLUNK_HEC_TOKEN", "{uuid}"),
    ("newrelic_license_key_nral", "NEW_RELIC_LICENSE_KEY", "{h36}NRAL"),
    ("datadog_application_key_hex40", "DD_APP_KEY", "{h40}"),
    ("pagerduty_rest_api_key", "PAGERDUTY_TOKEN", "u+{u18}"),
    ("opsgenie_api_key_uuid", "OPSGENIE_API_KEY", "{uuid}"),
    ("nextcloud_app_password_groups", "NEXTCLOUD_APP_PASSWORD", "{a5}-{a5}-{a5}-{a5}-{a5}"),
    ("ena_webin_submission_password", "WEBIN_PASSWORD", "{pw}"),
    ("pacbio_smrtlink_admin_password", "SMRTLINK_PASSWORD", "{pw}"),
    ("ensembl_mysql_mirror_password", "ENSEMBL_DB_PASS", "{pw}"),
]

# 12 styles: template with {K} key and {V}
STYLES = [
    ("nextflow_secrets_store_json", "{\n  \"{K}\": {\n    \"name\": \"{K}\",\n    \"value\": \"{V}\"\n  }\n}\n"),
    ("snakemake_profile_envvars_export", "# ~/.config/snakemake/{p}/env.sh\nexport {K}='{V}'\nexport SNAKEMAKE_PROFILE={p}\n"),
    ("cromwell_workflow_options_json", "{\n  \"final_workflow_outputs_dir\": \"gs://{p}/outputs\",\n  \"{K}\": \"{V}\",\n  \"read_from_cache\": true\n}\n"),
    ("slurm_prolog_export_line", "#!/bin/bash\n# /etc/slurm/prolog.d/50-{p}.sh\nexport {K}={V}\n"),
    ("terra_workspace_attribute_tsv", "workspace:attribute\tvalue\n{K}\t{V}\nreference_build\thg38\n"),
    ("dx_app_run_input_flag", "dx run app-nf-core-runner -istage_env=\"{K}={V}\" --instance-type mem2_ssd1_v2_x16 -y\n"),
    ("galaxy_job_conf_env_element", "<destination id=\"slurm_{p}\" runner=\"slurm\">\n    <env id=\"{K}\">{V}</env>\n</destination>\n"),
    ("conda_activate_env_vars_sh", "# $CONDA_PREFIX/etc/conda/activate.d/env_vars.sh\nexport {K}=\"{V}\"\n"),
    ("lmod_modulefile_setenv_lua", "-- modulefiles/{p}/1.0.lua\nsetenv(\"{K}\", \"{V}\")\nprepend_path(\"PATH\", \"/apps/{p}/bin\")\n"),
    ("renviron_site_entry", "# /usr/lib/R/etc/Renviron.site\n{K}={V}\n"),
    ("illumina_samplesheet_settings_row", "[Header]\nFileFormatVersion,2\nRunName,{f}\n[Settings]\n{K},{V}\n[BCLConvert_Data]\nLane,Sample_ID,Index\n"),
    ("hpc_helpdesk_mail_paste", "From: {u}@example.org\nSubject: pipeline auth error on {h}\n\nHi, the job still fails although I set\n{K}={V}\nThanks!\n"),
]


def generate():
    rng = random.Random(9802)
    recs = []
    for i, (t, key, spec) in enumerate(VENDORS):
        style, tpl = STYLES[i % len(STYLES)]
        val = shape(rng, spec)
        f = fillers(rng)
        f["K"] = key
        text, spans = fill(tpl, [val], extra=f)
        recs.append({"type": t, "container": t + "__" + style, "text": text,
                     "secrets": [{"value": v, "start": s, "end": e, "type": t} for s, e, v in spans],
                     "source": "vendor"})
    return recs
