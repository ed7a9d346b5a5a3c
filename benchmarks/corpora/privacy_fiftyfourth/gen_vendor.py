"""Vendor part: one record per data / analytics / ML vendor credential type, 12 styles cycled."""
import random, base64, json
from common import R, uniq, mark, finalize, ALNUM, HEXL, HEXU, B64, B64U, DIG, UPPER, LOWER, LOWNUM, UPNUM, PEOPLE, DBS

SEED = 5402


def _b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def _jwt(r, payload):
    h = _b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = _b64url(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + R(r, B64U, 43)


def _uuid(r):
    h = R(r, HEXL, 32)
    return "-".join([h[:8], h[8:12], "4" + h[13:16], "a" + h[17:20], h[20:]])


# (type, key name, generator) -- shapes: see README "Shapes"
def specs():
    J = lambda iss: (lambda r: _jwt(r, {"iss": iss, "sub": R(r, LOWNUM, 12), "iat": 1735689600 + r.randint(0, 9999999)}))
    S = [
     ("databricks_personal_access_token", "DATABRICKS_TOKEN", lambda r: "dapi" + R(r, HEXL, 32) + "-" + str(r.randint(2, 3))),
     ("databricks_oauth_m2m_client_secret", "DATABRICKS_CLIENT_SECRET", lambda r: "dose" + R(r, HEXL, 32)),
     ("dbt_cloud_service_token", "DBT_CLOUD_API_TOKEN", lambda r: "dbtc_" + R(r, ALNUM + "_-", 56)),
     ("dbt_cloud_personal_access_token", "DBT_CLOUD_PAT", lambda r: "dbtu_" + R(r, ALNUM + "_-", 56)),
     ("prefect_cloud_api_key", "PREFECT_API_KEY", lambda r: "pnu_" + R(r, ALNUM, 36)),
     ("astronomer_deployment_api_token", "ASTRO_API_TOKEN", J("https://api.astronomer.io")),
     ("dagster_cloud_agent_token", "DAGSTER_CLOUD_AGENT_TOKEN", lambda r: "agent:" + R(r, LOWER, 8) + ":" + R(r, HEXL, 32)),
     ("airbyte_cloud_application_client_secret", "AIRBYTE_CLIENT_SECRET", lambda r: R(r, ALNUM, 32)),
     ("fivetran_api_secret", "FIVETRAN_API_SECRET", lambda r: R(r, ALNUM, 32)),
     ("stitch_import_api_token", "STITCH_TOKEN", lambda r: R(r, HEXL, 64)),
     ("hightouch_workspace_api_key", "HIGHTOUCH_API_KEY", _uuid),
     ("census_workspace_secret_token", "CENSUS_API_KEY", lambda r: "secret-token:" + R(r, ALNUM, 24)),
     ("rudderstack_workspace_access_token", "RUDDERSTACK_ACCESS_TOKEN", lambda r: R(r, ALNUM, 27)),
     ("segment_public_api_token", "SEGMENT_PUBLIC_API_TOKEN", lambda r: "sgp_" + R(r, ALNUM, 64)),
     ("confluent_cloud_api_secret", "CONFLUENT_API_SECRET", lambda r: R(r, ALNUM + "+/", 64)),
     ("redpanda_cloud_client_secret", "REDPANDA_CLIENT_SECRET", lambda r: R(r, ALNUM + "-_", 64)),
     ("upstash_redis_rest_token", "UPSTASH_REDIS_REST_TOKEN", lambda r: "A" + R(r, UPPER, 3) + R(r, ALNUM, 60) + "="),
     ("clickhouse_cloud_api_key_secret", "CLICKHOUSE_KEY_SECRET", lambda r: "4b1d" + R(r, ALNUM, 38)),
     ("planetscale_database_password", "PLANETSCALE_PASSWORD", lambda r: "pscale_pw_" + R(r, ALNUM + "_-", 43)),
     ("planetscale_service_token", "PLANETSCALE_SERVICE_TOKEN", lambda r: "pscale_tkn_" + R(r, ALNUM + "_-", 43)),
     ("neon_api_key", "NEON_API_KEY", lambda r: "napi_" + R(r, LOWNUM, 64)),
     ("supabase_personal_access_token", "SUPABASE_ACCESS_TOKEN", lambda r: "sbp_" + R(r, HEXL, 40)),
     ("supabase_service_role_jwt", "SUPABASE_SERVICE_ROLE_KEY", lambda r: _jwt(r, {"iss": "supabase", "ref": R(r, LOWER, 20), "role": "service_role", "iat": 1735689600 + r.randint(0, 9999999), "exp": 2051222400})),
     ("mongodb_atlas_api_private_key", "ATLAS_PRIVATE_KEY", _uuid),
     ("cockroachdb_cloud_api_secret", "COCKROACH_API_KEY", lambda r: "CCDB1_" + R(r, ALNUM, 22) + "_" + R(r, ALNUM, 40)),
     ("aiven_personal_token", "AIVEN_TOKEN", lambda r: R(r, B64, 120) + "=="),
     ("tinybird_admin_token", "TB_TOKEN", lambda r: "p." + _b64url(json.dumps({"u": _uuid(r), "id": _uuid(r), "host": "gcp-europe-west3"}).encode()) + "." + R(r, B64U, 43)),
     ("motherduck_service_token", "MOTHERDUCK_TOKEN", J("motherduck")),
     ("materialize_app_password", "MZ_PASSWORD", lambda r: "mzp_" + R(r, HEXL, 64)),
     ("influxdb_cloud_api_token", "INFLUX_TOKEN", lambda r: R(r, B64U, 86) + "=="),
     ("timescale_cloud_secret_key", "TIMESCALE_SECRET_KEY", lambda r: R(r, ALNUM, 32)),
     ("firebolt_service_account_secret", "FIREBOLT_CLIENT_SECRET", lambda r: R(r, ALNUM + "-_", 64)),
     ("dremio_personal_access_token", "DREMIO_PAT", lambda r: R(r, B64, 86) + "=="),
     ("starburst_galaxy_client_secret", "GALAXY_CLIENT_SECRET", lambda r: R(r, ALNUM, 48)),
     ("rockset_api_key", "ROCKSET_APIKEY", lambda r: R(r, ALNUM, 64)),
     ("singlestore_management_api_key", "SINGLESTORE_API_KEY", lambda r: R(r, HEXL, 64)),
     ("couchbase_capella_api_secret", "CAPELLA_API_SECRET", lambda r: R(r, ALNUM + "#", 64).replace("#", "A")),
     ("redis_cloud_api_secret_key", "REDIS_CLOUD_SECRET_KEY", lambda r: "S" + R(r, LOWNUM, 50)),
     ("snowflake_programmatic_access_token", "SNOWFLAKE_PAT", J("snowflake")),
     ("snowflake_private_key_passphrase", "PRIVATE_KEY_PASSPHRASE", lambda r: R(r, ALNUM, 24)),
     ("bigquery_service_account_private_key_id", "GCP_PRIVATE_KEY_ID", lambda r: R(r, HEXL, 40)),
     ("google_cloud_api_key", "GOOGLE_API_KEY", lambda r: "AIza" + R(r, ALNUM + "-_", 35)),
     ("google_oauth_client_secret", "GOOGLE_CLIENT_SECRET", lambda r: "GOCSPX-" + R(r, ALNUM + "-_", 28)),
     ("gcs_hmac_secret", "GCS_HMAC_SECRET", lambda r: R(r, B64, 40)),
     ("aws_session_token", "AWS_SESSION_TOKEN", lambda r: "IQoJb3JpZ2luX2VjE" + R(r, B64, 300) + "="),
     ("cloudflare_r2_secret_access_key", "R2_SECRET_ACCESS_KEY", lambda r: R(r, HEXL, 64)),
     ("backblaze_b2_application_key", "B2_APPLICATION_KEY", lambda r: "K00" + R(r, DIG, 1) + R(r, ALNUM + "/+", 27)),
     ("wasabi_secret_key", "WASABI_SECRET_KEY", lambda r: R(r, UPNUM, 40)),
     ("digitalocean_spaces_secret_key", "SPACES_SECRET", lambda r: R(r, B64, 43)),
     ("alibaba_cloud_accesskey_secret", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", lambda r: R(r, ALNUM, 30)),
     ("tencent_cloud_secret_key", "TENCENTCLOUD_SECRET_KEY", lambda r: R(r, ALNUM, 32)),
     ("ibm_cloud_iam_api_key", "IBMCLOUD_API_KEY", lambda r: R(r, ALNUM + "-_", 44)),
     ("azure_cosmosdb_primary_key", "COSMOS_KEY", lambda r: R(r, B64, 86) + "=="),
     ("azure_event_hubs_shared_access_key", "EVENTHUB_SAS_KEY", lambda r: R(r, B64, 43) + "="),
     ("azure_ai_speech_key", "SPEECH_KEY", lambda r: R(r, HEXL, 32)),
     ("azure_document_intelligence_key", "FORM_RECOGNIZER_KEY", lambda r: R(r, HEXL, 32)),
     ("azure_ad_client_secret", "AZURE_CLIENT_SECRET", lambda r: R(r, ALNUM, 3) + "8Q~" + R(r, ALNUM + "_-.~", 31)),
     ("grafana_service_account_token", "GRAFANA_SA_TOKEN", lambda r: "glsa_" + R(r, ALNUM, 32) + "_" + R(r, HEXL, 8)),
     ("grafana_cloud_access_policy_token", "GRAFANA_CLOUD_TOKEN", lambda r: "glc_" + _b64url(json.dumps({"o": str(r.randint(100000, 999999)), "n": "etl-" + R(r, LOWER, 5), "k": R(r, ALNUM, 24), "m": {"r": "prod-eu-west-2"}}).encode())),
     ("metabase_api_key", "MB_API_KEY", lambda r: "mb_" + R(r, B64, 43) + "="),
     ("tableau_pat_secret", "TABLEAU_PAT_SECRET", lambda r: R(r, B64, 22) + "==:" + R(r, ALNUM, 32)),
     ("looker_api_client_secret", "LOOKERSDK_CLIENT_SECRET", lambda r: R(r, ALNUM, 24)),
     ("mode_analytics_api_secret", "MODE_TOKEN_SECRET", lambda r: R(r, HEXL, 48)),
     ("sigma_computing_client_secret", "SIGMA_CLIENT_SECRET", lambda r: R(r, HEXL, 64)),
     ("thoughtspot_trusted_auth_secret", "TS_SECRET_KEY", _uuid),
     ("domo_client_secret", "DOMO_CLIENT_SECRET", lambda r: R(r, HEXL, 64)),
     ("qlik_cloud_api_key", "QLIK_API_KEY", J("qlik.api/api-keys")),
     ("preset_api_secret", "PRESET_API_SECRET", lambda r: R(r, HEXL, 64)),
     ("lightdash_personal_access_token", "LIGHTDASH_API_KEY", lambda r: "ldpat_" + R(r, HEXL, 32)),
     ("hex_workspace_token", "HEX_API_TOKEN", lambda r: "hxtw_" + R(r, HEXL, 96)),
     ("deepnote_api_key", "DEEPNOTE_API_KEY", lambda r: R(r, HEXL, 64)),
     ("posthog_personal_api_key", "POSTHOG_PERSONAL_API_KEY", lambda r: "phx_" + R(r, ALNUM, 47)),
     ("mixpanel_service_account_secret", "MIXPANEL_SA_SECRET", lambda r: R(r, ALNUM, 32)),
     ("amplitude_secret_key", "AMPLITUDE_SECRET_KEY", lambda r: R(r, HEXL, 32)),
     ("heap_analytics_api_key", "HEAP_API_KEY", lambda r: R(r, HEXL, 40)),
     ("fullstory_api_key", "FULLSTORY_API_KEY", lambda r: "na1." + R(r, B64, 60)),
     ("sentry_user_auth_token", "SENTRY_AUTH_TOKEN", lambda r: "sntryu_" + R(r, HEXL, 64)),
     ("new_relic_user_api_key", "NEW_RELIC_API_KEY", lambda r: "NRAK-" + R(r, UPNUM, 27)),
     ("new_relic_insert_key", "NEW_RELIC_INSERT_KEY", lambda r: "NRII-" + R(r, ALNUM + "-_", 32)),
     ("dynatrace_api_token", "DT_API_TOKEN", lambda r: "dt0c01." + R(r, UPNUM, 24) + "." + R(r, UPNUM, 64)),
     ("datadog_application_key", "DD_APP_KEY", lambda r: R(r, HEXL, 40)),
     ("honeycomb_ingest_key", "HONEYCOMB_API_KEY", lambda r: "hcaik_" + R(r, LOWNUM, 58)),
     ("monte_carlo_api_key_secret", "MCD_TOKEN_SECRET", lambda r: R(r, ALNUM, 64)),
     ("soda_cloud_api_key_secret", "SODA_API_KEY_SECRET", lambda r: R(r, ALNUM + "-_", 54)),
     ("atlan_api_token", "ATLAN_API_KEY", J("https://tenant.atlan.com/auth/realms/default")),
     ("openmetadata_bot_jwt", "OM_BOT_JWT", J("open-metadata.org")),
     ("datahub_personal_access_token", "DATAHUB_GMS_TOKEN", J("datahub-metadata-service")),
     ("alation_refresh_token", "ALATION_REFRESH_TOKEN", lambda r: R(r, ALNUM + "-_", 86)),
     ("airtable_personal_access_token", "AIRTABLE_TOKEN", lambda r: "pat" + R(r, ALNUM, 14) + "." + R(r, HEXL, 64)),
     ("smartsheet_api_access_token", "SMARTSHEET_ACCESS_TOKEN", lambda r: R(r, ALNUM, 37)),
     ("notion_integration_secret", "NOTION_TOKEN", lambda r: "ntn_" + R(r, DIG, 11) + R(r, ALNUM, 35)),
     ("coda_api_token", "CODA_API_TOKEN", _uuid),
     ("asana_personal_access_token", "ASANA_PAT", lambda r: "2/" + R(r, DIG, 16) + "/" + R(r, DIG, 16) + ":" + R(r, HEXL, 32)),
     ("retool_api_access_token", "RETOOL_API_TOKEN", lambda r: "retool_" + R(r, ALNUM, 32)),
     ("jupyterhub_api_token", "JUPYTERHUB_API_TOKEN", lambda r: R(r, HEXL, 32)),
     ("kaggle_api_key", "KAGGLE_KEY", lambda r: R(r, HEXL, 32)),
     ("hugging_face_user_access_token", "HF_TOKEN", lambda r: "hf_" + R(r, ALNUM, 34)),
     ("weights_and_biases_api_key", "WANDB_API_KEY", lambda r: R(r, HEXL, 40)),
     ("neptune_ai_api_token", "NEPTUNE_API_TOKEN", lambda r: base64.b64encode(json.dumps({"api_address": "https://app.neptune.ai", "api_url": "https://app.neptune.ai", "api_key": _uuid(r)}).encode()).decode().rstrip("=")),
     ("comet_ml_api_key", "COMET_API_KEY", lambda r: R(r, ALNUM, 25)),
     ("clearml_api_secret_key", "CLEARML_API_SECRET_KEY", lambda r: R(r, ALNUM, 50)),
     ("modal_token_secret", "MODAL_TOKEN_SECRET", lambda r: "as-" + R(r, ALNUM, 22)),
     ("anyscale_cli_token", "ANYSCALE_CLI_TOKEN", lambda r: "aph0_" + R(r, ALNUM + "-_", 60)),
     ("runpod_api_key", "RUNPOD_API_KEY", lambda r: "rpa_" + R(r, UPNUM, 44)),
     ("replicate_api_token", "REPLICATE_API_TOKEN", lambda r: "r8_" + R(r, ALNUM, 37)),
     ("groq_api_key", "GROQ_API_KEY", lambda r: "gsk_" + R(r, ALNUM, 52)),
     ("cohere_api_key", "CO_API_KEY", lambda r: R(r, ALNUM, 40)),
     ("mistral_api_key", "MISTRAL_API_KEY", lambda r: R(r, ALNUM, 32)),
     ("together_ai_api_key", "TOGETHER_API_KEY", lambda r: "tgp_v1_" + R(r, ALNUM + "-_", 43)),
     ("pinecone_api_key", "PINECONE_API_KEY", lambda r: "pcsk_" + R(r, ALNUM, 5) + "_" + R(r, ALNUM, 63)),
     ("weaviate_cloud_api_key", "WEAVIATE_API_KEY", lambda r: R(r, ALNUM, 40)),
     ("qdrant_cloud_api_key", "QDRANT_API_KEY", lambda r: R(r, ALNUM + "_-", 40)),
     ("algolia_admin_api_key", "ALGOLIA_ADMIN_KEY", lambda r: R(r, HEXL, 32)),
     ("typesense_admin_api_key", "TYPESENSE_API_KEY", lambda r: R(r, ALNUM, 32)),
     ("meilisearch_master_key", "MEILI_MASTER_KEY", lambda r: R(r, ALNUM + "-_", 44)),
     ("labelbox_api_key", "LABELBOX_API_KEY", J("labelbox")),
     ("scale_ai_live_api_key", "SCALE_API_KEY", lambda r: "live_" + R(r, HEXL, 32)),
     ("roboflow_private_api_key", "ROBOFLOW_API_KEY", lambda r: R(r, ALNUM, 20)),
     ("deepgram_api_key", "DEEPGRAM_API_KEY", lambda r: R(r, HEXL, 40)),
     ("assemblyai_api_key", "ASSEMBLYAI_API_KEY", lambda r: R(r, HEXL, 32)),
     ("rev_ai_access_token", "REVAI_ACCESS_TOKEN", lambda r: "02" + R(r, ALNUM + "-_", 84)),
     ("speechmatics_api_key", "SPEECHMATICS_API_KEY", lambda r: R(r, ALNUM, 32)),
     ("gong_access_key_secret", "GONG_ACCESS_KEY_SECRET", J("gong.io")),
     ("zoom_server_to_server_client_secret", "ZOOM_CLIENT_SECRET", lambda r: R(r, ALNUM, 32)),
     ("ocr_space_api_key", "OCR_SPACE_API_KEY", lambda r: "K8" + R(r, DIG, 13)),
     ("mathpix_app_key", "MATHPIX_APP_KEY", lambda r: R(r, HEXL, 64)),
     ("mapbox_secret_access_token", "MAPBOX_SECRET_TOKEN", lambda r: "sk.eyJ1Ijoi" + R(r, B64U, 40) + "." + R(r, B64U, 22)),
     ("nasdaq_data_link_api_key", "NASDAQ_DATA_LINK_API_KEY", lambda r: R(r, ALNUM + "_-", 20)),
     ("alpha_vantage_api_key", "ALPHAVANTAGE_API_KEY", lambda r: R(r, UPNUM, 16)),
     ("polygon_io_api_key", "POLYGON_API_KEY", lambda r: R(r, ALNUM + "_", 32)),
     ("fred_economic_data_api_key", "FRED_API_KEY", lambda r: R(r, HEXL, 32)),
     ("openweathermap_api_key", "OWM_API_KEY", lambda r: R(r, HEXL, 32)),
    ]
    return S


STYLES = [
 ("notebook_inline_assignment_cell", 'In [@N]: @K = "@V"  # move to secret scope later\nIn [@M]: client = connect(token=@K)'),
 ("pipeline_dotenv_line", '# .env for the @D pipeline\n@K=@V\n'),
 ("orchestrator_variables_export_json", '{"variables": [{"key": "@K", "val": "@V", "description": "set by @P"}]}'),
 ("warehouse_create_secret_statement", "CREATE OR REPLACE SECRET @D.integrations.@k\n  TYPE = GENERIC_STRING\n  SECRET_STRING = '@V';"),
 ("bi_connection_dialog_ocr_text", 'OCR of screenshot (connection dialog)\nName: @D\n@K\n@V\n[Test connection] [Save]'),
 ("analyst_credentials_sheet_csv", 'service,variable,value,owner\n@D,@K,@V,@P\n'),
 ("call_transcript_spoken_paste", '@P (00:07:@N): I will paste the @K in the chat, here: @V\n@Q (00:07:@M): thanks, got it.'),
 ("kubernetes_secret_string_data", 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: @D-creds\nstringData:\n  @K: "@V"\n'),
 ("terraform_tfvars_assignment", '# terraform.tfvars (@D stack)\n@k = "@V"\nregion = "eu-west-1"\n'),
 ("data_team_chat_paste", '[@P] can someone check why the @D sync fails? my @K is @V\n[@Q] please rotate that, it is in the channel now'),
 ("notebook_env_dump_output", "Out[@N]: environ({'HOME': '/home/jovyan', 'JUPYTER_IMAGE': 'datascience:2025.03', '@K': '@V', 'SHELL': '/bin/bash'})"),
 ("gh_secret_set_command_log", '$ gh secret set @K --body "@V" --repo data-platform/@D\n✓ Set Actions secret @K for data-platform/@D'),
]


def generate():
    rng = random.Random(SEED)
    recs = []
    for i, (t, key, gen) in enumerate(specs()):
        style, tpl = STYLES[i % len(STYLES)]
        value = uniq(lambda: gen(rng))
        p, q = rng.sample(PEOPLE, 2)
        s = tpl.replace("@K", key).replace("@k", key.lower()).replace("@D", rng.choice(DBS)).replace("@P", p).replace("@Q", q)
        s = s.replace("@N", str(rng.randint(10, 49))).replace("@M", str(rng.randint(50, 99))).replace("@V", mark(value))
        text, spans = finalize(s, [t])
        recs.append({"type": t, "container": t + "__" + style, "text": text, "secrets": spans, "source": "vendor"})
    return recs
