"""Everyday part: 45 new developer-ecosystem container kinds x 4 common secret types."""
import random
from common import shape, password, gh_token, rs, ALNUM

SEED = 32001


def _val(rng, t):
    """Returns (var name, value, prefix-before-value, suffix-after-value)."""
    if t == "anthropic_api_key":
        return "ANTHROPIC_API_KEY", shape(rng, ["sk-ant-api03-", ("u", 93), "AA"]), "", ""
    if t == "aws_secret_access_key":
        return "AWS_SECRET_ACCESS_KEY", shape(rng, [("b", 40)]), "", ""
    if t == "database_password":
        return "DB_PASSWORD", password(rng), "", ""
    if t == "datadog_api_key":
        return "DD_API_KEY", shape(rng, [("H", 32)]), "", ""
    if t == "dockerhub_personal_access_token":
        return "DOCKERHUB_TOKEN", shape(rng, ["dckr_pat_", ("u", 27)]), "", ""
    if t == "github_classic_pat":
        return "GITHUB_TOKEN", gh_token(rng, "ghp_"), "", ""
    if t == "github_fine_grained_pat":
        return "GH_PAT", shape(rng, ["github_pat_11", ("U", 20), "_", ("A", 59)]), "", ""
    if t == "gitlab_personal_access_token":
        return "GITLAB_TOKEN", shape(rng, ["glpat-", ("u", 20)]), "", ""
    if t == "google_gemini_api_key":
        return "GEMINI_API_KEY", shape(rng, ["AIza", ("u", 35)]), "", ""
    if t == "huggingface_access_token":
        return "HF_TOKEN", shape(rng, ["hf_", ("A", 34)]), "", ""
    if t == "jwt_signing_secret":
        return "JWT_SECRET", shape(rng, [("u", 48)]), "", ""
    if t == "mysql_url_password":
        return "DATABASE_URL", password(rng), "mysql://shop:", "@mysql.internal.example:3306/shop"
    if t == "postgres_url_password":
        return "DATABASE_URL", password(rng), "postgresql://app_rw:", "@pg.internal.example:5432/appdb"
    if t == "redis_url_password":
        return "REDIS_URL", password(rng), "redis://default:", "@cache.internal.example:6379/0"
    if t == "npm_access_token":
        return "NPM_TOKEN", gh_token(rng, "npm_"), "", ""
    if t == "openai_project_api_key":
        return "OPENAI_API_KEY", shape(rng, ["sk-proj-", ("u", 58), "T3BlbkFJ", ("u", 58)]), "", ""
    if t == "sendgrid_api_key":
        return "SENDGRID_API_KEY", shape(rng, ["SG.", ("u", 22), ".", ("u", 43)]), "", ""
    if t == "slack_bot_token":
        return "SLACK_BOT_TOKEN", shape(rng, ["xoxb-", ("D", 12), "-", ("D", 13), "-", ("A", 24)]), "", ""
    if t == "smtp_password":
        return "SMTP_PASSWORD", password(rng), "", ""
    if t == "stripe_live_secret_key":
        return "STRIPE_SECRET_KEY", shape(rng, ["sk_live_51", ("A", 96)]), "", ""
    if t == "telegram_bot_token":
        return "TELEGRAM_BOT_TOKEN", shape(rng, [("D", 10), ":AA", ("u", 33)]), "", ""
    if t == "twilio_auth_token":
        return "TWILIO_AUTH_TOKEN", shape(rng, [("H", 32)]), "", ""
    raise KeyError(t)


TYPES = ["anthropic_api_key", "aws_secret_access_key", "database_password", "datadog_api_key",
         "dockerhub_personal_access_token", "github_classic_pat", "github_fine_grained_pat",
         "gitlab_personal_access_token", "google_gemini_api_key", "huggingface_access_token",
         "jwt_signing_secret", "mysql_url_password", "npm_access_token", "openai_project_api_key",
         "postgres_url_password", "redis_url_password", "sendgrid_api_key", "slack_bot_token",
         "smtp_password", "stripe_live_secret_key", "telegram_bot_token", "twilio_auth_token"]

# {VAR} variable name, {S} = prefix + secret + suffix (only the secret is labelled)
KINDS = {
    "circleci_config_job_environment": "version: 2.1\njobs:\n  test:\n    docker:\n      - image: cimg/node:20.11\n    environment:\n      NODE_ENV: test\n      {VAR}: {S}\n    steps:\n      - checkout\n",
    "azure_pipelines_variables_mapping": "trigger:\n  - main\npool:\n  vmImage: ubuntu-latest\nvariables:\n  buildConfiguration: Release\n  {VAR}: '{S}'\nsteps:\n  - script: dotnet build --configuration $(buildConfiguration)\n",
    "travis_yml_env_global_list": "language: python\npython:\n  - \"3.12\"\nenv:\n  global:\n    - PIP_DISABLE_PIP_VERSION_CHECK=1\n    - {VAR}={S}\nscript: pytest -q\n",
    "drone_yml_step_environment_map": "kind: pipeline\ntype: docker\nname: default\nsteps:\n- name: integration\n  image: golang:1.22\n  environment:\n    CGO_ENABLED: 0\n    {VAR}: {S}\n  commands:\n  - go test ./...\n",
    "buildkite_pipeline_step_env_map": "steps:\n  - label: \":rocket: deploy\"\n    command: scripts/deploy.sh\n    env:\n      DEPLOY_ENV: staging\n      {VAR}: \"{S}\"\n    agents:\n      queue: deploy\n",
    "teamcity_settings_kts_param": "object Build : BuildType({\n    name = \"Build\"\n    params {\n        param(\"env.GRADLE_OPTS\", \"-Xmx2g\")\n        param(\"env.{VAR}\", \"{S}\")\n    }\n})\n",
    "concourse_task_params_block": "platform: linux\nimage_resource:\n  type: registry-image\n  source: {repository: alpine}\nparams:\n  TARGET: prod\n  {VAR}: {S}\nrun:\n  path: ci/tasks/publish.sh\n",
    "cloudbuild_yaml_step_env_list": "steps:\n- name: gcr.io/cloud-builders/npm\n  args: ['run', 'migrate']\n  env:\n  - 'NODE_ENV=production'\n  - '{VAR}={S}'\ntimeout: 900s\n",
    "codebuild_buildspec_env_variables": "version: 0.2\nenv:\n  variables:\n    STAGE: \"prod\"\n    {VAR}: \"{S}\"\nphases:\n  build:\n    commands:\n      - make release\n",
    "terraform_tfvars_plain_assignment": "region        = \"eu-west-1\"\ninstance_type = \"t3.small\"\n{LVAR} = \"{S}\"\ntags = {\n  team = \"platform\"\n}\n",
    "terragrunt_hcl_inputs_map": "include \"root\" {\n  path = find_in_parent_folders()\n}\n\ninputs = {\n  cluster_name = \"edge-eu\"\n  {LVAR} = \"{S}\"\n}\n",
    "cloudformation_parameter_default_value": "AWSTemplateFormatVersion: '2010-09-09'\nParameters:\n  Stage:\n    Type: String\n    Default: prod\n  {CVAR}:\n    Type: String\n    Default: '{S}'\nResources: {}\n",
    "bicep_param_default_assignment": "param location string = resourceGroup().location\nparam appName string = 'orders-api'\nparam {LCVAR} string = '{S}'\n\nresource plan 'Microsoft.Web/serverfarms@2022-09-01' existing = {\n  name: '${appName}-plan'\n}\n",
    "pulumi_index_ts_config_literal": "import * as pulumi from \"@pulumi/pulumi\";\nimport * as aws from \"@pulumi/aws\";\n\nconst cfg = new pulumi.Config();\nconst {LCVAR} = cfg.get(\"{LCVAR}\") ?? \"{S}\";\nexport const bucket = new aws.s3.Bucket(\"assets\").id;\n",
    "ansible_group_vars_all_yml": "---\nntp_server: time.internal.example\n{LVAR}: \"{S}\"\napp_user: deploy\n",
    "nomad_job_task_env_stanza": "job \"api\" {\n  group \"web\" {\n    task \"server\" {\n      driver = \"docker\"\n      env {\n        PORT = \"8080\"\n        {VAR} = \"{S}\"\n      }\n    }\n  }\n}\n",
    "docker_build_build_arg_cmd": "$ docker build --pull --build-arg NODE_VERSION=20 --build-arg {VAR}={S} -t registry.example/web:1.4.2 .\n[+] Building 41.3s (14/14) FINISHED\n",
    "dockerfile_env_instruction_line": "FROM python:3.12-slim\nWORKDIR /srv\nENV PYTHONUNBUFFERED=1\nENV {VAR}={S}\nCOPY . .\nCMD [\"gunicorn\", \"app:app\"]\n",
    "skaffold_yaml_build_args_map": "apiVersion: skaffold/v4beta6\nkind: Config\nbuild:\n  artifacts:\n  - image: web\n    docker:\n      buildArgs:\n        {VAR}: \"{S}\"\n",
    "serverless_yml_provider_environment": "service: billing\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  environment:\n    STAGE: ${sls:stage}\n    {VAR}: {S}\nfunctions:\n  charge:\n    handler: src/charge.handler\n",
    "sam_template_function_environment": "Resources:\n  WorkerFunction:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: app.handler\n      Runtime: python3.12\n      Environment:\n        Variables:\n          {VAR}: \"{S}\"\n",
    "spring_application_properties_line": "server.port=8081\nspring.profiles.active=prod\napp.{DVAR}={S}\nlogging.level.root=INFO\n",
    "rails_database_yml_production_block": "production:\n  <<: *default\n  database: shop_production\n  username: shop\n  {LVAR}: <%= ENV.fetch(\"{VAR}\") { \"{S}\" } %>\n",
    "laravel_dotenv_app_section": "APP_NAME=Shop\nAPP_ENV=production\nAPP_DEBUG=false\n\n{VAR}={S}\nQUEUE_CONNECTION=redis\n",
    "django_settings_local_py_module": "from .base import *  # noqa\n\nDEBUG = False\nALLOWED_HOSTS = [\"shop.example\"]\n{VAR} = \"{S}\"\n",
    "dotnet_user_secrets_secrets_json": "{\n  \"Logging:LogLevel:Default\": \"Warning\",\n  \"Integrations:{CVAR}\": \"{S}\"\n}\n",
    "appsettings_development_json_section": "{\n  \"Integrations\": {\n    \"{CVAR}\": \"{S}\",\n    \"TimeoutSeconds\": 30\n  },\n  \"AllowedHosts\": \"*\"\n}\n",
    "quarkus_application_properties_profile": "quarkus.http.port=8080\n%prod.quarkus.log.level=INFO\n%prod.app.{DVAR}={S}\n",
    "nuxt_config_runtime_config_ts": "export default defineNuxtConfig({\n  runtimeConfig: {\n    {LCVAR}: '{S}',\n    public: { apiBase: '/api' }\n  }\n})\n",
    "vite_env_production_local_file": "VITE_APP_TITLE=Orders\nVITE_API_BASE=/api\n{VAR}={S}\n",
    "jupyter_percent_env_magic_cell": "In [3]: %env {VAR}={S}\nenv: {VAR}={S2}\nIn [4]: import pandas as pd\n",
    "databricks_notebook_python_cell": "# Databricks notebook source\n# COMMAND ----------\nimport os\nos.environ[\"{VAR}\"] = \"{S}\"\n# COMMAND ----------\ndf = spark.read.table(\"sales.orders\")\n",
    "npmrc_project_scoped_line": "@acme:registry=https://npm.pkg.internal.example/\nengine-strict=true\n{LVAR}={S}\n",
    "poetry_auth_toml_http_basic_entry": "[http-basic.internal]\nusername = \"ci\"\npassword = \"{S}\"\n\n[repositories.internal]\nurl = \"https://pypi.internal.example/simple/\"\n",
    "cargo_credentials_toml_registry_token": "[registries.internal]\ntoken = \"{S}\"\n\n[registry]\nglobal-credential-providers = [\"cargo:token\"]\n",
    "vscode_launch_json_configuration_env": "{\n  \"version\": \"0.2.0\",\n  \"configurations\": [\n    {\n      \"type\": \"node\",\n      \"request\": \"launch\",\n      \"name\": \"API\",\n      \"program\": \"${workspaceFolder}/src/server.js\",\n      \"env\": { \"{VAR}\": \"{S}\" }\n    }\n  ]\n}\n",
    "vscode_settings_terminal_integrated_env": "{\n  \"editor.formatOnSave\": true,\n  \"terminal.integrated.env.linux\": {\n    \"{VAR}\": \"{S}\"\n  }\n}\n",
    "jetbrains_workspace_xml_envs_entry": "<component name=\"RunManager\">\n  <configuration name=\"worker\" type=\"PythonConfigurationType\">\n    <envs>\n      <env name=\"PYTHONUNBUFFERED\" value=\"1\" />\n      <env name=\"{VAR}\" value=\"{S}\" />\n    </envs>\n  </configuration>\n</component>\n",
    "xcode_xcscheme_environment_variable": "<LaunchAction buildConfiguration = \"Debug\">\n   <EnvironmentVariables>\n      <EnvironmentVariable\n         key = \"{VAR}\"\n         value = \"{S}\"\n         isEnabled = \"YES\">\n      </EnvironmentVariable>\n   </EnvironmentVariables>\n</LaunchAction>\n",
    "android_gradle_kts_build_config_field": "android {\n    defaultConfig {\n        applicationId = \"com.example.orders\"\n        buildConfigField(\"String\", \"{VAR}\", \"\\\"{S}\\\"\")\n    }\n}\n",
    "fastlane_fastfile_env_assignment": "default_platform(:ios)\nplatform :ios do\n  lane :beta do\n    ENV[\"{VAR}\"] = \"{S}\"\n    build_app(scheme: \"Orders\")\n  end\nend\n",
    "eas_json_build_profile_env": "{\n  \"build\": {\n    \"production\": {\n      \"env\": {\n        \"EXPO_PUBLIC_API\": \"https://api.example\",\n        \"{VAR}\": \"{S}\"\n      }\n    }\n  }\n}\n",
    "lambda_get_function_configuration_output": "$ aws lambda get-function-configuration --function-name orders-worker --query Environment\n{\n    \"Variables\": {\n        \"STAGE\": \"prod\",\n        \"{VAR}\": \"{S}\"\n    }\n}\n",
    "gcloud_run_deploy_set_env_vars_cmd": "$ gcloud run deploy api --image europe-docker.pkg.dev/acme/web/api:7 --region europe-west1 --set-env-vars=STAGE=prod,{VAR}={S}\nDeploying container to Cloud Run service [api]...\n",
    "az_webapp_appsettings_set_cmd": "PS> az webapp config appsettings set -g rg-shop -n shop-api --settings WEBSITE_RUN_FROM_PACKAGE=1 {VAR}={S}\n",
}


def _names(var):
    low = var.lower()
    parts = low.split("_")
    camel = parts[0] + "".join(p.title() for p in parts[1:])
    pascal = "".join(p.title() for p in parts)
    return {"VAR": var, "LVAR": low, "LCVAR": camel, "CVAR": pascal, "DVAR": low.replace("_", "-")}


def build():
    rng = random.Random(SEED)
    kinds = sorted(KINDS)
    use = {t: 0 for t in TYPES}
    recs = []
    for kind in kinds:
        tmpl = KINDS[kind]
        chosen = []
        for _ in range(4):
            cands = [t for t in TYPES if t not in chosen]
            m = min(use[t] for t in cands)
            cands = [t for t in cands if use[t] == m]
            t = rng.choice(cands)
            chosen.append(t)
            use[t] += 1
        for t in chosen:
            var, val, pre, post = _val(rng, t)
            mp = _names(var)
            mp["S"] = pre + "\x00" + post
            # Render the secret marker through a two-stage fill so that only the value is labelled.
            tm = tmpl.replace("{S}", pre + "{SEC}" + post).replace("{S2}", pre + "{SEC2}" + post)
            mp["SEC"] = val
            mp["SEC2"] = val
            from common import render
            spans = {"SEC": t, "SEC2": t}
            text, sp = render(tm, mp, spans)
            recs.append({"type": t, "container": kind, "text": text, "secrets": sp, "source": "everyday"})
    return recs
