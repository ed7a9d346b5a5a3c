"""Everyday secrets in 45 AI / data-tooling container kinds, 4 records each."""
import random
from common import rs, uniq, human_pw, A, AL, AU, HEX, B64U, B64, jwt_like

def _aws(r): return rs(r, 40, A + "/+")
GEN = {
 "anthropic_api_key": (lambda r: "sk-ant-api03-" + rs(r, 93, B64U) + "AA", "ANTHROPIC_API_KEY", None),
 "openai_project_api_key": (lambda r: "sk-proj-" + rs(r, 74, B64U) + "T3BlbkFJ" + rs(r, 74, B64U), "OPENAI_API_KEY", None),
 "google_gemini_api_key": (lambda r: "AIza" + rs(r, 35, B64U), "GEMINI_API_KEY", None),
 "huggingface_access_token": (lambda r: "hf_" + rs(r, 34, A), "HF_TOKEN", None),
 "aws_secret_access_key": (_aws, "AWS_SECRET_ACCESS_KEY", None),
 "database_password": (human_pw, "DB_PASSWORD", None),
 "postgres_url_password": (human_pw, "DATABASE_URL", "postgresql://etl_user:{V}@warehouse-db.internal.example:5432/analytics"),
 "mysql_url_password": (human_pw, "FEATURES_DB_URL", "mysql://featstore:{V}@mysql-feat.internal.example:3306/features"),
 "redis_url_password": (human_pw, "CACHE_URL", "redis://default:{V}@vector-cache.internal.example:6379/0"),
 "slack_bot_token": (lambda r: "xoxb-" + str(r.randint(10**10, 10**11)) + "-" + str(r.randint(10**12, 10**13)) + "-" + rs(r, 24), "SLACK_BOT_TOKEN", None),
 "github_personal_access_token": (lambda r: "ghp_" + rs(r, 36), "GITHUB_TOKEN", None),
 "jwt_signing_secret": (lambda r: rs(r, 48, B64U), "JWT_SECRET", None),
 "sendgrid_api_key": (lambda r: "SG." + rs(r, 22, B64U) + "." + rs(r, 43, B64U), "SENDGRID_API_KEY", None),
 "stripe_live_secret_key": (lambda r: "sk_live_" + rs(r, 99), "STRIPE_SECRET_KEY", None),
 "datadog_api_key": (lambda r: rs(r, 32, HEX), "DD_API_KEY", None),
 "smtp_password": (human_pw, "SMTP_PASSWORD", None),
}
TYPES = list(GEN)

# kind -> template; {K} env name, {k} lower name, {V} marked display value
KINDS = [
 ("jupyter_ipynb_code_cell_source", '{{"cell_type": "code", "execution_count": 4, "metadata": {{}}, "source": ["import os\\n", "os.environ[\\"{K}\\"] = \\"{V}\\"\\n"]}}'),
 ("colab_first_cell_bootstrap", '# @title Setup (run me first)\n!pip -q install -U datasets accelerate\n{k} = "{V}"  # @param {{type:"string"}}'),
 ("langchain_agent_main_py", 'from langchain.agents import create_tool_calling_agent\n\n{K} = "{V}"\nllm = init_chat_model("default", temperature=0)'),
 ("llamaindex_settings_module", 'from llama_index.core import Settings\n# quick hack for the demo\n{k} = "{V}"\nSettings.chunk_size = 512'),
 ("crewai_agents_yaml_file", 'researcher:\n  role: Senior data researcher\n  goal: Find recent papers\n  llm_config:\n    {k}: "{V}"'),
 ("autogen_oai_config_list", '[\n  {{"model": "default", "{k}": "{V}", "tags": ["eval"]}}\n]'),
 ("claude_desktop_mcp_config", '{{\n  "mcpServers": {{\n    "warehouse": {{\n      "command": "uvx",\n      "args": ["warehouse-mcp"],\n      "env": {{"{K}": "{V}"}}\n    }}\n  }}\n}}'),
 ("cursor_project_mcp_json", '// .cursor/mcp.json\n{{"mcpServers": {{"tools": {{"url": "http://localhost:8931/sse", "headers": {{"{K}": "{V}"}}}}}}}}'),
 ("continue_dev_config_yaml", 'name: team assistant\nmodels:\n  - name: chat\n    provider: custom\n    {k}: {V}'),
 ("aider_conf_yml_file", '# .aider.conf.yml\nauto-commits: false\nset-env:\n  - {K}={V}'),
 ("litellm_proxy_general_settings", 'general_settings:\n  master_key: os.environ/LITELLM_MASTER_KEY\nenvironment_variables:\n  {K}: "{V}"'),
 ("open_webui_compose_environment", 'services:\n  open-webui:\n    image: ghcr.io/open-webui/open-webui:main\n    environment:\n      - {K}={V}'),
 ("ollama_modelfile_comment_block", 'FROM llama3.1:8b\nPARAMETER temperature 0.2\n# fallback provider creds: {K}={V}\nSYSTEM You are a terse SQL helper.'),
 ("dify_docker_env_file", '# dify/docker/.env\nCONSOLE_API_URL=http://localhost\n{K}={V}\nLOG_LEVEL=INFO'),
 ("flowise_chatflow_export", '{{"nodes": [{{"id": "chatModel_0", "data": {{"inputs": {{"modelName": "default", "{k}": "{V}"}}}}}}]}}'),
 ("promptfoo_eval_config", 'prompts: [file://prompts/summary.txt]\nproviders:\n  - id: http\n    config:\n      {k}: "{V}"\ntests: tests.csv'),
 ("dspy_program_setup_cell", 'import dspy\n{k} = "{V}"\nlm = dspy.LM("provider/default", api_key={k})\ndspy.configure(lm=lm)'),
 ("haystack_pipeline_yaml", 'components:\n  retriever:\n    type: haystack.components.retrievers.InMemoryBM25Retriever\n  generator:\n    init_parameters:\n      {k}: {V}'),
 ("semantic_kernel_appsettings", '{{\n  "Logging": {{"LogLevel": {{"Default": "Information"}}}},\n  "{K}": "{V}"\n}}'),
 ("pinecone_upsert_script", '#!/usr/bin/env python3\n"""Upsert product embeddings."""\n{K} = "{V}"\nBATCH = 100'),
 ("chroma_settings_py_module", 'CHROMA_PERSIST_DIR = "./chroma"\n{K} = "{V}"\nCOLLECTION = "support_tickets"'),
 ("qdrant_snapshot_cron_script", '#!/bin/sh\n# nightly snapshot of the embeddings cluster\nexport {K}="{V}"\ncurl -s -X POST "$QDRANT_URL/collections/docs/snapshots"'),
 ("mlflow_tracking_env_sh", '# source me before `mlflow run`\nexport MLFLOW_TRACKING_URI=http://mlflow.internal.example:5000\nexport {K}="{V}"'),
 ("wandb_sweep_yaml_comment", 'program: train.py\nmethod: bayes\n# {K}: {V}  (remove before commit!)\nmetric:\n  name: val_loss\n  goal: minimize'),
 ("dvc_config_local_file", "['remote \"storage\"']\n    url = s3://ml-artifacts/dvc\n    {k} = {V}"),
 ("airflow_connection_export_json", '{{"warehouse_default": {{"conn_type": "generic", "extra": {{"{k}": "{V}"}}}}}}'),
 ("dagster_resources_yaml", 'resources:\n  llm_client:\n    config:\n      {k}: "{V}"\n      max_retries: 3'),
 ("prefect_block_register_py", 'from prefect.blocks.system import Secret\nSecret(value="{V}").save("{k}", overwrite=True)'),
 ("dbt_project_vars_block", 'vars:\n  enrichment_endpoint: https://enrich.internal.example\n  {k}: "{V}"'),
 ("great_expectations_checkpoint_yml", 'name: nightly_orders\naction_list:\n  - name: notify\n    action:\n      class_name: CustomNotifier\n      {k}: {V}'),
 ("spark_defaults_conf_line", 'spark.executor.memory            8g\nspark.executorEnv.{K}   {V}\nspark.sql.shuffle.partitions     400'),
 ("databricks_notebook_widget_cell", '# Databricks notebook source\ndbutils.widgets.text("{k}", "{V}")\n# COMMAND ----------'),
 ("sagemaker_estimator_environment", 'estimator = HuggingFaceEstimator(\n    entry_point="train.py",\n    environment={{"{K}": "{V}"}},\n    instance_type="ml.g5.2xlarge",\n)'),
 ("ray_runtime_env_yaml", 'runtime_env:\n  working_dir: .\n  env_vars:\n    {K}: "{V}"'),
 ("streamlit_secrets_toml_file", '# .streamlit/secrets.toml\n[general]\n{k} = "{V}"'),
 ("gradio_app_header_lines", 'import gradio as gr\n\n{K} = "{V}"  # shared demo key\n\ndemo = gr.ChatInterface(fn=respond)'),
 ("vercel_ai_sdk_route_ts", "// app/api/chat/route.ts\nconst {k} = '{V}';\nexport const maxDuration = 30;"),
 ("copilot_chat_pasted_question", 'User: why does this 401? here is my setup\n    {K}={V}\nCopilot: The request is rejected before it reaches the model …'),
 ("coding_agent_session_transcript", '> run the ingestion script with my key, it is {V}\n● Bash(python ingest.py)\n  ⎿ 1,204 rows upserted'),
 ("chatgpt_conversation_export_node", '{{"message": {{"author": {{"role": "user"}}, "content": {{"parts": ["my {k} is {V} — why does the client say invalid?"]}}}}}}'),
 ("prompt_log_jsonl_record", '{{"ts": "step-1842", "model": "chat-large", "prompt": "Use {K}={V} to call the tool", "completion_tokens": 212}}'),
 ("eval_harness_run_log", 'INFO  harness: loaded 3 tasks\nDEBUG harness: request headers x-api-key={V}\nINFO  harness: task mmlu acc=0.71'),
 ("airbyte_source_spec_json", '{{"sourceType": "custom-http", "configuration": {{"base_url": "https://api.internal.example", "{k}": "{V}"}}}}'),
 ("superset_config_override_py", '# superset_config.py\nROW_LIMIT = 5000\n{K} = "{V}"\nFEATURE_FLAGS = {{"ALERT_REPORTS": True}}'),
 ("feast_feature_store_yaml", 'project: churn\nprovider: local\nonline_store:\n  type: redis\n  {k}: {V}'),
]


def build(seed=4701):
    r = random.Random(seed)
    use = {t: 0 for t in TYPES}
    recs = []
    for kind, tpl in KINDS:
        chosen = []
        for _ in range(4):
            cands = sorted([t for t in TYPES if t not in chosen], key=lambda t: (use[t], r.random()))
            t = cands[0]
            chosen.append(t)
            use[t] += 1
            gen, env, url = GEN[t]
            v = gen(r) if gen is human_pw else uniq(lambda: gen(r))
            disp = "\ue000" + v + "\ue001"
            if url:
                disp = url.replace("{V}", disp)
            txt = tpl.format(K=env, k=env.lower(), V=disp)
            from common import finish
            clean, spans = finish(txt, [t])
            recs.append({"type": t, "container": kind, "text": clean, "secrets": spans, "source": "everyday"})
    return recs, [k for k, _ in KINDS]
