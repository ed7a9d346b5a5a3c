"""Everyday secrets in 45 ML-engineering container kinds x 4."""
import random
from common import shape, place, pos_record

TYPES = {
    "aws_secret_access_key": "{s40}",
    "database_password": "{pw}",
    "github_personal_access_token": "ghp_{a36}",
    "openai_project_api_key": "sk-proj-{b64}A",
    "slack_bot_token": "xoxb-{d11}-{d12}-{a24}",
    "stripe_live_secret_key": "sk_live_51{a97}",
    "jwt_signing_secret": "{h64}",
    "sendgrid_api_key": "SG.{b22}.{b43}",
    "twilio_auth_token": "{h32}",
    "smtp_password": "{pw}",
    "jupyter_server_token": "{h48}",
    "vector_store_admin_password": "{pw}",
    "gpu_node_root_password": "{pw}",
    "labeling_tool_admin_password": "{pw}",
    "inference_gateway_bearer_token": "{b43}",
    "model_registry_pull_token": "{l52}",
}
NEW_TYPES = ["jupyter_server_token", "vector_store_admin_password", "gpu_node_root_password",
             "labeling_tool_admin_password", "inference_gateway_bearer_token", "model_registry_pull_token"]

KINDS = [
 ("ipynb_code_cell_source_json", '{"cell_type": "code", "execution_count": «n», "metadata": {}, "source": ["import os\\n", "os.environ[\\"«K»\\"] = \\"«V»\\"\\n"]}'),
 ("ipynb_stderr_stream_output", '{"name": "stderr", "output_type": "stream", "text": ["WARNING: using «K»=«V» from cell 3; move it to a secret scope\\n"]}'),
 ("papermill_injected_parameters_cell", '# Parameters\nrun_date = "«date»"\nproject = "«proj»"\n«k» = "«V»"\n'),
 ("colab_form_field_cell", '#@title Connect to «proj» storage\n«k} = "«V»" #@param {type:"string"}\n'),
 ("ipython_env_magic_line", 'In [«n»]: %env «K»=«V»\nenv: «K»=«V»'),
 ("wandb_run_config_yaml", 'wandb_version: 1\n_wandb:\n  value:\n    cli_version: 0.19.1\nlr:\n  value: 0.0003\n«k»:\n  desc: null\n  value: «V»\n'),
 ("mlflow_run_params_tsv", 'key\tvalue\nlearning_rate\t2e-5\nepochs\t3\n«k»\t«V»\nmodel_name\t«model»\n'),
 ("mlproject_entry_point_yaml", 'name: «proj»\nentry_points:\n  main:\n    parameters:\n      data_path: {type: str, default: s3://«proj»-data}\n      «k»: {type: str, default: "«V»"}\n    command: "python train.py"\n'),
 ("dvc_config_local_remote", "['remote \"«proj»\"']\n    url = s3://«proj»-dvc\n    «k» = «V»\n"),
 ("hydra_experiment_override_yaml", '# @package _global_\ndefaults:\n  - override /trainer: ddp\nlogger:\n  «k»: «V»\n  project: «proj»\n'),
 ("lightning_cli_fit_yaml", 'trainer:\n  max_epochs: 20\n  devices: 8\n  logger:\n    init_args:\n      «k»: «V»\nmodel:\n  lr: 1.0e-4\n'),
 ("accelerate_launch_env_script", '#!/usr/bin/env bash\nexport «K»=«V»\naccelerate launch --num_processes 8 --mixed_precision bf16 train.py --model «model»\n'),
 ("deepspeed_hostfile_comment", '# hostfile for «proj» (ops: «k» «V»)\n«host» slots=8\ngpu-a100-08.ml.example slots=8\n'),
 ("torchrun_slurm_sbatch_script", '#!/bin/bash\n#SBATCH --job-name=«model»\n#SBATCH --gres=gpu:8\nexport «K»="«V»"\nsrun torchrun --nproc_per_node=8 train.py\n'),
 ("kubeflow_component_spec_yaml", 'name: Push embeddings\nimplementation:\n  container:\n    image: registry.ml.example/embed:«n»\n    env:\n      - name: «K»\n        value: "«V»"\n'),
 ("kserve_predictor_container_env", 'apiVersion: serving.kserve.io/v1beta1\nkind: InferenceService\nspec:\n  predictor:\n    containers:\n      - name: kserve-container\n        env:\n          - {name: «K», value: "«V»"}\n'),
 ("triton_model_config_pbtxt", 'name: "«model»"\nbackend: "python"\nparameters: {\n  key: "«k»"\n  value: { string_value: "«V»" }\n}\n'),
 ("vllm_serve_systemd_unit", '[Service]\nEnvironment=«K»=«V»\nExecStart=/opt/venv/bin/vllm serve «model» --tensor-parallel-size 4\nRestart=always\n'),
 ("ollama_modelfile_comment", 'FROM ./«model».gguf\n# pulled with «k» «V»\nPARAMETER temperature 0.2\nSYSTEM You are a support assistant.\n'),
 ("langchain_run_trace_json", '{"run_type": "tool", "name": "sql_db_query", "inputs": {"query": "SELECT 1"}, "extra": {"metadata": {"«k»": "«V»"}}, "trace_id": "«run»"}'),
 ("llamaindex_debug_callback_log", '**********\nTrace: query\n    |_CBEventType.RETRIEVE -> 0.41 seconds\n    |_payload: {"«k»": "«V»"}\n**********'),
 ("crewai_agents_yaml", 'researcher:\n  role: Senior data researcher\n  goal: Find «proj» facts\n  backstory: >\n    Uses the internal search with «k» «V».\n'),
 ("autogen_oai_config_list_json", '[\n  {"model": "gpt-4o", "«k»": "«V»", "base_url": "https://«host»/v1"}\n]'),
 ("prompt_log_jsonl_line", '{"ts": "«date»T10:«n»Z", "user": "«user»", "prompt": "debug this: client = Client(«k»=\'«V»\')", "completion_tokens": «n»}'),
 ("openai_batch_input_jsonl", '{"custom_id": "req-«n»", "method": "POST", "url": "/v1/chat/completions", "body": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "the «k» is «V», summarise the config"}]}}'),
 ("lm_eval_harness_task_yaml", 'task: «proj»_qa\ndataset_path: json\ndataset_kwargs:\n  data_files: https://«host»/qa.jsonl\n  «k»: «V»\noutput_type: generate_until\n'),
 ("promptfoo_provider_config_yaml", 'providers:\n  - id: http\n    config:\n      url: https://«host»/generate\n      headers:\n        «K»: «V»\ntests: tests/*.yaml\n'),
 ("label_studio_labeling_config_xml", '<View>\n  <!-- storage sync uses «k»=«V» -->\n  <Image name="img" value="$image"/>\n  <RectangleLabels name="box" toName="img"><Label value="defect"/></RectangleLabels>\n</View>'),
 ("cvat_compose_override_env", 'services:\n  cvat_server:\n    environment:\n      «K»: "«V»"\n      CVAT_HOST: «host»\n'),
 ("gradio_app_launch_script", 'import gradio as gr\n«K» = "«V»"\ndemo = gr.ChatInterface(respond)\ndemo.launch(server_name="0.0.0.0")\n'),
 ("streamlit_secrets_toml_table", '[connections.«proj»]\nhost = "«host»"\n«k» = "«V»"\n'),
 ("model_card_yaml_frontmatter", '---\nlicense: apache-2.0\nbase_model: «model»\ntags: [internal]\n# «k»: «V»\n---\n# «model»\n'),
 ("hf_datasets_loading_script_constant", 'import datasets\n_CITATION = ""\n_URL = "https://«host»/data"\n_«K» = "«V»"\nclass Corpus(datasets.GeneratorBasedBuilder):\n    pass\n'),
 ("runpod_template_env_json", '{"name": "«model»-serve", "imageName": "registry.ml.example/serve:latest", "env": [{"key": "«K»", "value": "«V»"}]}'),
 ("vastai_onstart_script", '#!/bin/bash\n# onstart for «gpu» rental\nexport «K»=«V»\ncd /workspace && python serve.py &\n'),
 ("skypilot_task_yaml", 'resources:\n  accelerators: «gpu»:8\nenvs:\n  «K»: «V»\nrun: |\n  python finetune.py\n'),
 ("ray_cluster_launcher_yaml", 'cluster_name: «proj»\nprovider:\n  type: aws\nsetup_commands:\n  - echo "export «K»=«V»" >> ~/.bashrc\n'),
 ("airflow_dag_default_args", 'default_args = {\n    "owner": "«user»",\n    "retries": 2,\n    "«k»": "«V»",\n}\n'),
 ("prefect_deployment_yaml", 'deployments:\n  - name: nightly-retrain\n    entrypoint: flows/train.py:retrain\n    job_variables:\n      env:\n        «K»: «V»\n'),
 ("bentofile_envs_yaml", 'service: "service:Summarizer"\nenvs:\n  - name: «K»\n    value: «V»\npython:\n  packages: [torch]\n'),
 ("sagemaker_estimator_hyperparameters", 'estimator = PyTorch(\n    entry_point="train.py",\n    instance_type="ml.p4d.24xlarge",\n    hyperparameters={"epochs": 3, "«k»": "«V»"},\n)\n'),
 ("feast_feature_store_yaml", 'project: «proj»\nregistry: s3://«proj»-feast/registry.db\nonline_store:\n  type: redis\n  «k»: «V»\n'),
 ("tensorboard_launch_stdout", 'TensorBoard 2.17.0 at http://«host»:6006/ (Press CTRL+C to quit)\nW«date» plugin loaded with «k»=«V»\n'),
 ("nvidia_smi_watch_annotation", '+-----------------------------------------------+\n| GPU  Name  Persistence-M | Bus-Id  Disp.A |\n|   0  «gpu»          On | 00000000:07:00.0 |\n+-----------------------------------------------+\n# «host» «k»: «V»\n'),
 ("ml_standup_notes_markdown", '## ML standup «date»\n- eval run «run» finished, «proj» recall +1.2\n- «user»: «k» for the shared box is «V} (rotate Friday)\n'),
]
# keys per type: (lower-case key, upper-case env name)
KEYS = {
    "aws_secret_access_key": ("aws_secret_access_key", "AWS_SECRET_ACCESS_KEY"),
    "database_password": ("db_password", "DB_PASSWORD"),
    "github_personal_access_token": ("github_token", "GITHUB_TOKEN"),
    "openai_project_api_key": ("openai_api_key", "OPENAI_API_KEY"),
    "slack_bot_token": ("slack_bot_token", "SLACK_BOT_TOKEN"),
    "stripe_live_secret_key": ("stripe_secret_key", "STRIPE_SECRET_KEY"),
    "jwt_signing_secret": ("jwt_secret", "JWT_SECRET"),
    "sendgrid_api_key": ("sendgrid_api_key", "SENDGRID_API_KEY"),
    "twilio_auth_token": ("twilio_auth_token", "TWILIO_AUTH_TOKEN"),
    "smtp_password": ("smtp_password", "SMTP_PASSWORD"),
    "jupyter_server_token": ("jupyter_token", "JUPYTER_TOKEN"),
    "vector_store_admin_password": ("vectordb_admin_password", "VECTORDB_ADMIN_PASSWORD"),
    "gpu_node_root_password": ("gpu_root_password", "GPU_ROOT_PASSWORD"),
    "labeling_tool_admin_password": ("labeling_admin_password", "LABELING_ADMIN_PASSWORD"),
    "inference_gateway_bearer_token": ("gateway_bearer_token", "GATEWAY_BEARER_TOKEN"),
    "model_registry_pull_token": ("registry_pull_token", "REGISTRY_PULL_TOKEN"),
}

def gen(rng_seed=6901, pool=None):
    rng = random.Random(rng_seed)
    used = {t: 0 for t in TYPES}
    recs = []
    for kind, tpl in KINDS:
        tpl = tpl.replace("«k}", "«k»").replace("«V}", "«V»")
        chosen = []
        for _ in range(4):
            cands = sorted((used[t], rng.random(), t) for t in TYPES if t not in chosen)
            t = cands[0][2]; chosen.append(t); used[t] += 1
            k, K = KEYS[t]
            while True:
                v = shape(rng, TYPES[t])
                if pool.add(v):
                    break
            tt = tpl.replace("«k»", k).replace("«K»", K)
            if tt.count("«V»") == 2:  # ipython %env echoes the value; keep one labelled occurrence
                tt = tt.replace("\nenv: " + K + "=«V»", "")
            text, s, e = place(rng, tt, v)
            recs.append(pos_record(text, s, e, v, t, kind, "everyday"))
    return recs
