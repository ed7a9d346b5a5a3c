"""One record per ML / LLM vendor credential type, 12 styles cycled."""
import base64, json, random
from common import shape, place, pos_record, b64url, jwt

def neptune(rng):
    d = {"api_address": "https://app.neptune.ai", "api_url": "https://app.neptune.ai", "api_key": shape(rng, "{uuid}")}
    return base64.b64encode(json.dumps(d, separators=(",", ":")).encode()).decode()

def bedrock(rng):
    raw = ("BedrockAPIKey-" + shape(rng, "{l4}") + "-at-" + shape(rng, "{d12}") + ":" + shape(rng, "{s60}")).encode()
    return "ABSK" + base64.b64encode(raw).decode()

def jwtv(payload):
    return lambda rng: jwt(rng, dict(payload, sub=shape(rng, "{uuid}"), iat=1700000000 + rng.randrange(10**7)))

# (type, env-var name, shape or callable)
VENDORS = [
 ("huggingface_user_access_token", "HF_TOKEN", "hf_{L34}"),
 ("huggingface_legacy_org_api_token", "HF_ORG_TOKEN", "api_org_{L34}"),
 ("replicate_api_token", "REPLICATE_API_TOKEN", "r8_{a37}"),
 ("anthropic_api_key_api03", "ANTHROPIC_API_KEY", "sk-ant-api03-{b93}AA"),
 ("anthropic_admin_key_admin01", "ANTHROPIC_ADMIN_KEY", "sk-ant-admin01-{b93}AA"),
 ("openai_admin_api_key", "OPENAI_ADMIN_KEY", "sk-admin-{b74}"),
 ("openai_service_account_key", "OPENAI_SVCACCT_KEY", "sk-svcacct-{b74}T3BlbkFJ{b74}"),
 ("groq_cloud_api_key", "GROQ_API_KEY", "gsk_{a52}"),
 ("perplexity_sonar_api_key", "PPLX_API_KEY", "pplx-{a48}"),
 ("cohere_production_api_key", "CO_API_KEY", "{a40}"),
 ("mistral_la_plateforme_api_key", "MISTRAL_API_KEY", "{a32}"),
 ("together_ai_api_key", "TOGETHER_API_KEY", "tgp_v1_{b43}"),
 ("openrouter_api_key", "OPENROUTER_API_KEY", "sk-or-v1-{h64}"),
 ("google_gemini_api_key", "GEMINI_API_KEY", "AIza{b35}"),
 ("azure_openai_resource_key", "AZURE_OPENAI_API_KEY", "{h32}"),
 ("aws_bedrock_long_term_api_key", "AWS_BEARER_TOKEN_BEDROCK", bedrock),
 ("modal_token_secret", "MODAL_TOKEN_SECRET", "as-{a22}"),
 ("runpod_api_key", "RUNPOD_API_KEY", "rpa_{u40}{l8}"),
 ("lambda_cloud_api_key", "LAMBDA_API_KEY", "secret_{x6}-{x5}_{h32}.{a32}"),
 ("vastai_api_key", "VAST_API_KEY", "{h64}"),
 ("paperspace_api_key", "PAPERSPACE_API_KEY", "{h30}"),
 ("coreweave_access_token", "COREWEAVE_TOKEN", "CW-{u8}-{a40}"),
 ("baseten_api_key", "BASETEN_API_KEY", "{a8}.{a32}"),
 ("anyscale_service_token", "ANYSCALE_CLI_TOKEN", "aph0_{b64}"),
 ("nebius_ai_studio_api_key", "NEBIUS_API_KEY", "{jwt}"),
 ("fluidstack_api_key", "FLUIDSTACK_API_KEY", "{h32}"),
 ("crusoe_cloud_secret_key", "CRUSOE_SECRET_KEY", "{b43}"),
 ("tensordock_api_token", "TENSORDOCK_TOKEN", "{a32}"),
 ("jarvislabs_api_token", "JL_API_TOKEN", "{a43}"),
 ("salad_cloud_api_key", "SALAD_API_KEY", "salad_cloud_user_{a43}"),
 ("wandb_api_key", "WANDB_API_KEY", "{h40}"),
 ("comet_ml_api_key", "COMET_API_KEY", "{a25}"),
 ("neptune_ai_api_token", "NEPTUNE_API_TOKEN", neptune),
 ("clearml_api_secret_key", "CLEARML_API_SECRET_KEY", "{a50}"),
 ("databricks_personal_access_token", "DATABRICKS_TOKEN", "dapi{h32}-2"),
 ("dagshub_user_token", "DAGSHUB_USER_TOKEN", "{h40}"),
 ("valohai_api_token", "VALOHAI_TOKEN", "{h40}"),
 ("polyaxon_auth_token", "POLYAXON_AUTH_TOKEN", "{a40}"),
 ("determined_ai_user_token", "DET_USER_TOKEN", "v2.public.{b120}"),
 ("iterative_studio_access_token", "DVC_STUDIO_TOKEN", "isat_{a49}"),
 ("zenml_service_account_api_key", "ZENML_STORE_API_KEY", "ZENKEY_{b88}"),
 ("prefect_cloud_user_api_key", "PREFECT_API_KEY", "pnu_{a36}"),
 ("prefect_cloud_bot_api_key", "PREFECT_BOT_KEY", "pnb_{a36}"),
 ("dagster_cloud_user_token", "DAGSTER_CLOUD_API_TOKEN", "user:{h32}"),
 ("union_ai_client_secret", "UNION_CLIENT_SECRET", "{b43}"),
 ("outerbounds_deployment_token", "METAFLOW_SERVICE_AUTH_KEY", "{a48}"),
 ("bentocloud_api_token", "BENTO_CLOUD_API_KEY", "{l20}"),
 ("seldon_deploy_client_secret", "SELDON_CLIENT_SECRET", "{a32}"),
 ("arize_space_api_key", "ARIZE_API_KEY", "ak-{uuid}-{a32}"),
 ("whylabs_org_api_key", "WHYLABS_API_KEY", "{a10}.{a64}:org-{a6}"),
 ("fiddler_ai_access_token", "FIDDLER_TOKEN", "{b43}"),
 ("evidently_cloud_api_token", "EVIDENTLY_API_KEY", "dG9rbgF{b80}"),
 ("galileo_console_api_key", "GALILEO_API_KEY", "{b43}"),
 ("langsmith_personal_access_token", "LANGSMITH_API_KEY", "lsv2_pt_{h32}_{h10}"),
 ("langsmith_service_key", "LANGCHAIN_SERVICE_KEY", "lsv2_sk_{h32}_{h10}"),
 ("langfuse_secret_key", "LANGFUSE_SECRET_KEY", "sk-lf-{uuid}"),
 ("helicone_api_key", "HELICONE_API_KEY", "sk-helicone-{l7}-{l7}-{l7}-{l7}"),
 ("portkey_api_key", "PORTKEY_API_KEY", "{b32}"),
 ("braintrust_api_key", "BRAINTRUST_API_KEY", "sk-{a48}"),
 ("humanloop_api_key", "HUMANLOOP_API_KEY", "hl_sk_{h48}"),
 ("promptlayer_api_key", "PROMPTLAYER_API_KEY", "pl_{h32}"),
 ("agentops_api_key", "AGENTOPS_API_KEY", "{uuid}"),
 ("openlayer_api_key", "OPENLAYER_API_KEY", "sk-ol-{a32}"),
 ("patronus_ai_api_key", "PATRONUS_API_KEY", "sk-{b40}"),
 ("confident_ai_api_key", "CONFIDENT_API_KEY", "confident_us_{b44}="),
 ("pydantic_logfire_write_token", "LOGFIRE_TOKEN", "pylf_v1_us_{a40}"),
 ("pinecone_api_key_pcsk", "PINECONE_API_KEY", "pcsk_{a5}_{a60}"),
 ("pinecone_legacy_uuid_api_key", "PINECONE_LEGACY_KEY", "{uuid}"),
 ("weaviate_cloud_admin_api_key", "WEAVIATE_API_KEY", "{a40}"),
 ("qdrant_cloud_database_api_key", "QDRANT__SERVICE__API_KEY", "{uuid}|{b50}"),
 ("zilliz_cloud_api_key", "ZILLIZ_CLOUD_API_KEY", "{h104}"),
 ("chroma_cloud_api_key", "CHROMA_API_KEY", "ck-{b44}"),
 ("turbopuffer_api_key", "TURBOPUFFER_API_KEY", "tpuf_{a32}"),
 ("lancedb_cloud_api_key", "LANCEDB_API_KEY", "sk_{a64}"),
 ("mongodb_atlas_admin_private_key", "ATLAS_PRIVATE_KEY", "{uuid}"),
 ("supabase_management_access_token", "SUPABASE_ACCESS_TOKEN", "sbp_{h40}"),
 ("supabase_secret_api_key", "SUPABASE_SECRET_KEY", "sb_secret_{b31}"),
 ("neon_api_key", "NEON_API_KEY", "napi_{l64}"),
 ("upstash_vector_rest_token", "UPSTASH_VECTOR_REST_TOKEN", "AB{b8}MGI{b100}="),
 ("marqo_cloud_api_key", "MARQO_API_KEY", "{a40}"),
 ("vespa_cloud_data_plane_token", "VESPA_CLOUD_SECRET_TOKEN", "vespa_cloud_{a43}"),
 ("labelbox_api_key", "LABELBOX_API_KEY", jwtv({"organizationId": "clorg", "userId": "clusr"})),
 ("label_studio_legacy_access_token", "LABEL_STUDIO_API_KEY", "{h40}"),
 ("label_studio_personal_refresh_token", "LABEL_STUDIO_PAT", jwtv({"token_type": "refresh", "jti": "x"})),
 ("scale_ai_live_api_key", "SCALE_API_KEY", "live_{h32}"),
 ("roboflow_private_api_key", "ROBOFLOW_API_KEY", "{a20}"),
 ("superannotate_sdk_token", "SA_TOKEN", "{h64}t={d5}"),
 ("v7_darwin_api_key", "DARWIN_API_KEY", "{a7}.{a32}"),
 ("encord_api_key", "ENCORD_API_KEY", "{b43}"),
 ("kili_technology_api_key", "KILI_API_KEY", "{uuid}"),
 ("segments_ai_api_key", "SEGMENTS_API_KEY", "{h40}"),
 ("toloka_oauth_token", "TOLOKA_API_KEY", "y0_{b55}"),
 ("prolific_api_token", "PROLIFIC_TOKEN", "{a86}"),
 ("argilla_owner_api_key", "ARGILLA_API_KEY", "{b43}"),
 ("kaggle_legacy_api_key", "KAGGLE_KEY", "{h32}"),
 ("kaggle_api_token_kgat", "KAGGLE_API_TOKEN", "KGAT_{h32}"),
 ("civitai_api_key", "CIVITAI_API_TOKEN", "{h32}"),
 ("elevenlabs_api_key", "ELEVENLABS_API_KEY", "sk_{h48}"),
 ("assemblyai_api_key", "ASSEMBLYAI_API_KEY", "{h32}"),
 ("deepgram_api_key", "DEEPGRAM_API_KEY", "{h40}"),
 ("cartesia_api_key", "CARTESIA_API_KEY", "sk_car_{a20}"),
 ("jina_ai_api_key", "JINA_API_KEY", "jina_{h32}{b28}"),
 ("nomic_atlas_api_key", "NOMIC_API_KEY", "nk-{b43}"),
 ("tavily_search_api_key", "TAVILY_API_KEY", "tvly-dev-{a32}"),
 ("exa_search_api_key", "EXA_API_KEY", "{uuid}"),
 ("serpapi_private_key", "SERPAPI_API_KEY", "{h64}"),
 ("firecrawl_api_key", "FIRECRAWL_API_KEY", "fc-{h32}"),
 ("browserbase_api_key", "BROWSERBASE_API_KEY", "bb_live_{b27}"),
 ("e2b_sandbox_api_key", "E2B_API_KEY", "e2b_{h40}"),
 ("llamacloud_api_key", "LLAMA_CLOUD_API_KEY", "llx-{a48}"),
 ("unstructured_serverless_api_key", "UNSTRUCTURED_API_KEY", "{a30}"),
 ("apify_api_token", "APIFY_TOKEN", "apify_api_{a36}"),
 ("brave_search_subscription_token", "BRAVE_SEARCH_API_KEY", "BSA{a28}"),
 ("mem0_platform_api_key", "MEM0_API_KEY", "m0-{a40}"),
 ("zep_cloud_project_key", "ZEP_API_KEY", "z_{jwt}"),
 ("letta_cloud_api_key", "LETTA_API_KEY", "sk-let-{b60}=="),
 ("composio_api_key", "COMPOSIO_API_KEY", "ak_{a20}"),
 ("dify_app_api_key", "DIFY_API_KEY", "app-{a24}"),
 ("daytona_sandbox_api_key", "DAYTONA_API_KEY", "dtn_{h64}"),
 ("ngrok_agent_authtoken", "NGROK_AUTHTOKEN", "2{a26}_{a21}"),
 ("ai21_studio_api_key", "AI21_API_KEY", "{a32}"),
 ("zhipu_bigmodel_api_key", "ZHIPUAI_API_KEY", "{h32}.{a16}"),
 ("baidu_qianfan_bearer_key", "QIANFAN_API_KEY", "bce-v3/ALTAK-{a21}/{h40}"),
 ("alibaba_dashscope_api_key", "DASHSCOPE_API_KEY", "sk-{h32}"),
 ("moonshot_kimi_api_key", "MOONSHOT_API_KEY", "sk-{a48}"),
 ("sambanova_cloud_api_key", "SAMBANOVA_API_KEY", "{uuid}"),
 ("deepinfra_api_token", "DEEPINFRA_API_KEY", "{a32}"),
 ("predibase_api_token", "PREDIBASE_API_TOKEN", "pb_{b22}"),
 ("mlflow_tracking_server_password", "MLFLOW_TRACKING_PASSWORD", "{pw}"),
 ("cvat_cloud_service_password", "CVAT_PASSWORD", "{pw}"),
]

STYLES = [
 ("dotenv_for_rag_service", "# .env for «proj» RAG service\nLOG_LEVEL=info\n«K»=«V»\n"),
 ("ipynb_display_data_repr", '{"output_type": "execute_result", "data": {"text/plain": ["{\'«K»\': \'«V»\', \'region\': \'us-east-1\'}"]}, "execution_count": «n»}'),
 ("hf_space_variables_paste", "Settings → Variables and secrets (copied by «user» on «date»)\nName: «K»\nValue: «V»\n"),
 ("github_actions_eval_job_env", "jobs:\n  eval:\n    runs-on: [self-hosted, gpu]\n    env:\n      «K»: «V»\n    steps:\n      - run: python -m evals.run --suite «proj»\n"),
 ("python_client_constructor_literal", "client = Client(\n    api_key=\"«V»\",  # «K»\n    timeout=30,\n)\n"),
 ("k8s_secret_stringdata_yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: «proj»-llm\nstringData:\n  «K»: \"«V»\"\n"),
 ("agent_trace_tool_call_json", '{"span": "tool.http", "attributes": {"http.request.header.authorization": "Bearer «V»", "env.name": "«K»"}, "trace": "«run»"}'),
 ("wandb_run_config_dump_line", "wandb: config: {\"lr\": 3e-4, \"«K»\": \"«V»\", \"seed\": «n»}\n"),
 ("mlops_slack_thread_paste", "«user» [«date» 09:«n»] here is the «K» for the eval box: «V» — please rotate after the sprint\n"),
 ("docker_run_gpu_command", "docker run --gpus all -e «K»=«V» -p 8000:8000 registry.ml.example/«model»:latest\n"),
 ("terraform_tfvars_assignment", "# «proj».auto.tfvars\nregion = \"us-east-1\"\n«k» = \"«V»\"\n"),
 ("jupyter_kernel_json_env", '{"argv": ["python", "-m", "ipykernel_launcher", "-f", "{connection_file}"], "display_name": "«proj» (gpu)", "env": {"«K»": "«V»"}}'),
]

def gen(seed=6902, pool=None):
    rng = random.Random(seed)
    recs = []
    for i, (typ, env, sh) in enumerate(VENDORS):
        sname, tpl = STYLES[i % len(STYLES)]
        while True:
            v = sh(rng) if callable(sh) else shape(rng, sh)
            if pool.add(v):
                break
        tt = tpl.replace("«K»", env).replace("«k»", env.lower())
        text, s, e = place(rng, tt, v)
        recs.append(pos_record(text, s, e, v, typ, typ + "__" + sname, "vendor"))
    return recs
