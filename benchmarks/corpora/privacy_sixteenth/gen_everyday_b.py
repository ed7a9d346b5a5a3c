"""Everyday leaks, part B: CI job logs, container / orchestrator manifests, IaC state,
IDE and tool configuration files, notebooks."""
from gen_common import b64

AWS = "<b64:40>"
GHP = "@ghp"
SKPROJ = "sk-proj-<b64u:74>T3BlbkFJ<b64u:74>"
ANT = "sk-ant-api03-<b64u:93>AA"
XOXB = "xoxb-<d:12>-<d:13>-<an:24>"
SLACKHOOK = "https://hooks.slack.com/services/T<AU:10>/B<AU:10>/<an:24>"
DISCHOOK = "https://discord.com/api/webhooks/<d:19>/<b64u:68>"

SPECS = [
    ("github_actions_step_log_env_echo", [("npm_access_token", "@npm")],
     "2025-03-01T10:22:41.1020000Z ##[group]Run npm publish --access public\n2025-03-01T10:22:41.1021000Z npm publish --access public\n"
     "2025-03-01T10:22:41.1040000Z shell: /usr/bin/bash -e {0}\n2025-03-01T10:22:41.1041000Z env:\n2025-03-01T10:22:41.1042000Z   NODE_AUTH_TOKEN: ⟦S⟧\n"
     "2025-03-01T10:22:41.1043000Z ##[endgroup]\n2025-03-01T10:22:44.8800000Z + ⟦org⟧-sdk@⟦ver⟧\n"),
    ("gitlab_job_trace_raw", [("aws_secret_access_key", AWS)],
     "Running with gitlab-runner 17.5.2 (c6eae8d5)\n  on ⟦host⟧ t3_xZ9k2, system ID: s_⟦reqid⟧\n$ echo \"deploying with $AWS_ACCESS_KEY_ID / ⟦S⟧\"\n"
     "deploying with ⟦akid⟧ / ⟦S⟧\n$ aws ecs update-service --cluster prod --service web --force-new-deployment\n"),
    ("jenkins_console_text_output", [("dockerhub_personal_access_token", "dckr_pat_<b64u:27>")],
     "Started by user ⟦user⟧\n[Pipeline] sh\n+ docker login -u ⟦org⟧ci -p ⟦S⟧\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded\n"),
    ("travis_build_log_raw", [("pypi_upload_token", "@pypi")],
     "$ python -m twine upload -u __token__ -p ⟦S⟧ dist/*\nUploading distributions to https://upload.pypi.org/legacy/\nUploading ⟦proj⟧-⟦ver⟧-py3-none-any.whl\n"),
    ("woodpecker_step_log_lines", [("slack_incoming_webhook_url", SLACKHOOK)],
     "+ curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"build #⟦n⟧ passed\"}' ⟦S⟧\nok\n"),
    ("buildkite_job_log_output", [("heroku_api_key", "<uuid>")],
     "~~~ :heroku: Deploying\n$ HEROKU_API_KEY=⟦S⟧ heroku container:release web -a ⟦proj⟧\nReleasing images web to ⟦proj⟧... done\n"),
    ("bitbucket_pipelines_step_log", [("databricks_personal_access_token", "dapi<hex:32>")],
     "+ databricks configure --token <<< $'https://adb-⟦n⟧.azuredatabricks.net\\n⟦S⟧'\n+ databricks jobs run-now --job-id 8812\n{\"run_id\": 99172}\n"),
    ("tekton_taskrun_pod_log", [("github_classic_pat", GHP)],
     "[git-clone : clone] + git clone https://x-access-token:⟦S⟧@github.com/⟦org⟧/⟦proj⟧.git /workspace/output\n[git-clone : clone] Cloning into '/workspace/output'...\n"),
    ("appveyor_build_console", [("nuget_org_api_key", "oy2<al:43>")],
     "nuget push .\\artifacts\\*.nupkg -ApiKey ⟦S⟧ -Source https://api.nuget.org/v3/index.json\nPushing ⟦org⟧.Core.⟦ver⟧.nupkg to 'https://www.nuget.org/api/v2/package'...\n"),
    ("k8s_deployment_env_literal_manifest", [("openai_project_api_key", SKPROJ)],
     "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ⟦proj⟧\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n"
     "          image: ghcr.io/⟦org⟧/⟦proj⟧:⟦sha7⟧\n          env:\n            - name: OPENAI_API_KEY\n              value: \"⟦S⟧\"\n"),
    ("k8s_secret_tls_data_manifest", [("k8s_tls_secret_private_key", "@k8s_tls_key")],
     "apiVersion: v1\nkind: Secret\nmetadata:\n  name: ingress-tls\n  namespace: edge\ntype: kubernetes.io/tls\ndata:\n  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJ4VENDQVd1Z0F3SUJBZ0lVZQ==\n"
     "  tls.key: ⟦S⟧\n"),
    ("helm_get_values_all_output", [("postgres_password", "@pws")],
     "$ helm get values ⟦proj⟧ -n data --all\nCOMPUTED VALUES:\nauth:\n  database: app\n  enablePostgresUser: true\n  password: ⟦S⟧\n  username: app\nprimary:\n  persistence:\n    size: 20Gi\n"),
    ("argocd_app_helm_parameters_yaml", [("redis_password", "@pws")],
     "apiVersion: argoproj.io/v1alpha1\nkind: Application\nspec:\n  source:\n    chart: redis\n    helm:\n      parameters:\n"
     "        - name: auth.password\n          value: ⟦S⟧\n        - name: architecture\n          value: standalone\n"),
    ("docker_swarm_stack_compose_env", [("smtp_password", "@pws")],
     "version: \"3.9\"\nservices:\n  mailer:\n    image: ⟦org⟧/mailer:⟦ver⟧\n    environment:\n      SMTP_HOST: smtp.⟦domain⟧\n      SMTP_USER: notifications\n"
     "      SMTP_PASSWORD: \"⟦S⟧\"\n    deploy:\n      replicas: 2\n"),
    ("ecs_task_definition_json", [("datadog_api_key", "<hex:32>")],
     "{\n  \"family\": \"⟦proj⟧\",\n  \"containerDefinitions\": [{\n    \"name\": \"datadog-agent\",\n    \"image\": \"public.ecr.aws/datadog/agent:latest\",\n"
     "    \"environment\": [{\"name\": \"DD_API_KEY\", \"value\": \"⟦S⟧\"}, {\"name\": \"ECS_FARGATE\", \"value\": \"true\"}]\n  }]\n}\n"),
    ("openshift_template_parameters", [("mysql_password", "@pws")],
     "kind: Template\napiVersion: template.openshift.io/v1\nparameters:\n  - name: MYSQL_USER\n    value: shop\n  - name: MYSQL_PASSWORD\n    value: ⟦S⟧\n"),
    ("nerdctl_inspect_env_json", [("anthropic_api_key", ANT)],
     "[{\n  \"Id\": \"⟦sha⟧\",\n  \"Config\": {\n    \"Env\": [\n      \"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\",\n"
     "      \"ANTHROPIC_API_KEY=⟦S⟧\",\n      \"PORT=8080\"\n    ]\n  }\n}]\n"),
    ("docker_history_no_trunc_output", [("pip_extra_index_token", "<an:32>")],
     "IMAGE          CREATED       CREATED BY                                                                                 SIZE\n"
     "<missing>      2 weeks ago   RUN /bin/sh -c pip install --extra-index-url https://__token__:⟦S⟧@pypi.⟦domain⟧/simple -r requirements.txt   412MB\n"),
    ("terraform_tfstate_resource_attributes", [("rds_master_password", "@pws")],
     "{\n  \"version\": 4,\n  \"resources\": [{\n    \"type\": \"aws_db_instance\",\n    \"name\": \"main\",\n    \"instances\": [{\n      \"attributes\": {\n"
     "        \"identifier\": \"⟦proj⟧-db\",\n        \"username\": \"dbadmin\",\n        \"password\": \"⟦S⟧\",\n        \"engine\": \"postgres\"\n      }\n    }]\n  }]\n}\n"),
    ("terraform_output_json_dump", [("azure_ad_client_secret", "<an:3><d:1>Q~<anx:34>")],
     "$ terraform output -json\n{\n  \"sp_client_id\": {\"sensitive\": false, \"type\": \"string\", \"value\": \"⟦uuid⟧\"},\n"
     "  \"sp_client_secret\": {\"sensitive\": true, \"type\": \"string\", \"value\": \"⟦S⟧\"}\n}\n"),
    ("cdktf_synth_stack_json", [("cloudflare_api_token", "<b64u:40>")],
     "{\n  \"provider\": {\n    \"cloudflare\": [{\"api_token\": \"⟦S⟧\"}]\n  },\n  \"resource\": {\"cloudflare_record\": {\"www\": {\"name\": \"www\", \"type\": \"CNAME\"}}}\n}\n"),
    ("ansible_molecule_yml_env", [("github_classic_pat", GHP)],
     "dependency:\n  name: galaxy\ndriver:\n  name: docker\nprovisioner:\n  name: ansible\n  env:\n    GITHUB_TOKEN: ⟦S⟧\nverifier:\n  name: testinfra\n"),
    ("vscode_sqltools_connection_settings", [("postgres_password", "@pw")],
     "{\n  \"sqltools.connections\": [\n    {\n      \"name\": \"prod-readonly\",\n      \"driver\": \"PostgreSQL\",\n      \"server\": \"⟦host⟧\",\n"
     "      \"database\": \"ledger\",\n      \"username\": \"ro_analyst\",\n      \"password\": \"⟦S⟧\"\n    }\n  ]\n}\n"),
    ("sublime_sftp_config_json", [("sftp_password", "@pw")],
     "{\n    \"type\": \"sftp\",\n    \"upload_on_save\": true,\n    \"host\": \"⟦host⟧\",\n    \"user\": \"www-deploy\",\n    \"password\": \"⟦S⟧\",\n"
     "    \"remote_path\": \"/var/www/⟦proj⟧/\"\n}\n"),
    ("jetbrains_workspace_runmanager_envs", [("stripe_live_secret_key", "sk_live_51<an:97>")],
     "<component name=\"RunManager\">\n  <configuration name=\"api:dev\" type=\"PythonConfigurationType\">\n    <envs>\n"
     "      <env name=\"DJANGO_SETTINGS_MODULE\" value=\"config.dev\" />\n      <env name=\"STRIPE_SECRET_KEY\" value=\"⟦S⟧\" />\n    </envs>\n  </configuration>\n</component>\n"),
    ("vim_dadbod_g_dbs_dict", [("postgres_password", "@pws")],
     "let g:dbs = {\n\\ 'dev': 'postgres://localhost/app_dev',\n\\ 'prod': 'postgres://admin:⟦S⟧@⟦host⟧:5432/app',\n\\ }\n"),
    ("claude_desktop_config_mcp_env", [("github_classic_pat", GHP)],
     "{\n  \"mcpServers\": {\n    \"github\": {\n      \"command\": \"npx\",\n      \"args\": [\"-y\", \"@modelcontextprotocol/server-github\"],\n"
     "      \"env\": {\"GITHUB_PERSONAL_ACCESS_TOKEN\": \"⟦S⟧\"}\n    }\n  }\n}\n"),
    ("cursor_mcp_json_server_env", [("slack_bot_token", XOXB)],
     "{\n  \"mcpServers\": {\n    \"slack\": {\n      \"command\": \"npx\",\n      \"args\": [\"-y\", \"@modelcontextprotocol/server-slack\"],\n"
     "      \"env\": {\"SLACK_BOT_TOKEN\": \"⟦S⟧\", \"SLACK_TEAM_ID\": \"T0⟦n⟧ABCD\"}\n    }\n  }\n}\n"),
    ("vscode_mcp_json_headers", [("linear_personal_api_key", "lin_api_<an:40>")],
     "{\n  \"servers\": {\n    \"linear\": {\n      \"type\": \"http\",\n      \"url\": \"https://mcp.linear.app/mcp\",\n"
     "      \"headers\": {\"Authorization\": \"Bearer ⟦S⟧\"}\n    }\n  }\n}\n"),
    ("cline_mcp_settings_json", [("brave_search_api_key", "BSA<an:28>")],
     "{\n  \"mcpServers\": {\n    \"brave-search\": {\n      \"command\": \"npx\",\n      \"args\": [\"-y\", \"@modelcontextprotocol/server-brave-search\"],\n"
     "      \"env\": {\"BRAVE_API_KEY\": \"⟦S⟧\"},\n      \"disabled\": false\n    }\n  }\n}\n"),
    ("netrc_machine_entry_file", [("heroku_api_key", "<uuid>")],
     "machine api.heroku.com\n  login ⟦email⟧\n  password ⟦S⟧\nmachine git.heroku.com\n  login ⟦email⟧\n  password ⟦S⟧\n"),
    ("git_credentials_store_lines", [("github_classic_pat", GHP)],
     "https://⟦user⟧:⟦S⟧@github.com\n"),
    ("gh_cli_hosts_yml", [("github_oauth_token", "@gho")],
     "github.com:\n    users:\n        ⟦user⟧:\n            oauth_token: ⟦S⟧\n    git_protocol: https\n    oauth_token: ⟦S⟧\n    user: ⟦user⟧\n"),
    ("glab_cli_config_yml", [("gitlab_personal_access_token", "glpat-<b64u:20>")],
     "git_protocol: ssh\nhosts:\n    gitlab.com:\n        token: ⟦S⟧\n        api_host: gitlab.com\n        user: ⟦user⟧\n"),
    ("bunfig_toml_scoped_registry", [("npm_access_token", "@npm")],
     "[install.scopes]\n\"@⟦org⟧\" = { token = \"⟦S⟧\", url = \"https://registry.npmjs.org/\" }\n"),
    ("condarc_channel_token_url", [("anaconda_org_token", "<lo:2>-<hex:8>-<hex:4>-<hex:4>-<hex:4>-<hex:12>")],
     "channels:\n  - https://conda.anaconda.org/t/⟦S⟧/⟦org⟧-private\n  - conda-forge\nchannel_priority: strict\n"),
    ("bundler_config_contribsys_credentials", [("sidekiq_pro_gem_credentials", "<hex:8>:<hex:8>")],
     "---\nBUNDLE_PATH: \"vendor/bundle\"\nBUNDLE_GEMS__CONTRIBSYS__COM: \"⟦S⟧\"\nBUNDLE_JOBS: \"4\"\n"),
    ("gradle_init_script_repo_credentials", [("artifact_repository_password", "@pws")],
     "allprojects {\n    repositories {\n        maven {\n            url \"https://repo.⟦domain⟧/releases\"\n            credentials {\n"
     "                username \"ci-reader\"\n                password \"⟦S⟧\"\n            }\n        }\n    }\n}\n"),
    ("pgpass_file_lines", [("postgres_password", "@pws")],
     "# hostname:port:database:username:password\n⟦host⟧:5432:*:replicator:⟦S⟧\nlocalhost:5432:app_dev:dev:dev\n"),
    ("my_cnf_client_section", [("mysql_password", "@pw")],
     "[client]\nuser=backup\npassword=\"⟦S⟧\"\nhost=⟦host⟧\n\n[mysqldump]\nsingle-transaction\n"),
    ("dbt_profiles_yml_target", [("snowflake_password", "@pw")],
     "⟦proj⟧:\n  target: prod\n  outputs:\n    prod:\n      type: snowflake\n      account: ⟦org⟧-xy99812\n      user: DBT_PROD\n      password: \"⟦S⟧\"\n"
     "      role: TRANSFORMER\n      warehouse: TRANSFORM_WH\n      database: ANALYTICS\n      schema: marts\n"),
    ("flyway_conf_properties", [("database_password", "@pws")],
     "flyway.url=jdbc:postgresql://⟦host⟧:5432/billing\nflyway.user=migrator\nflyway.password=⟦S⟧\nflyway.locations=filesystem:sql\n"),
    ("alembic_ini_sqlalchemy_url", [("postgres_password", "@pws")],
     "[alembic]\nscript_location = migrations\nsqlalchemy.url = postgresql+psycopg://alembic:⟦S⟧@⟦host⟧/reports\n"),
    ("drizzle_config_ts_credentials", [("mysql_password", "@pws")],
     "import { defineConfig } from \"drizzle-kit\";\n\nexport default defineConfig({\n  dialect: \"mysql\",\n  schema: \"./src/db/schema.ts\",\n"
     "  dbCredentials: { host: \"⟦host⟧\", user: \"drizzle\", password: \"⟦S⟧\", database: \"shop\" },\n});\n"),
    ("knexfile_js_production", [("postgres_password", "@pw")],
     "module.exports = {\n  production: {\n    client: 'pg',\n    connection: {\n      host: '⟦host⟧',\n      user: 'knex',\n      password: '⟦S⟧',\n"
     "      database: 'events'\n    },\n    pool: { min: 2, max: 10 }\n  }\n};\n"),
    ("jupyter_ipynb_source_cell_json", [("openai_project_api_key", SKPROJ)],
     "{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": 3,\n   \"metadata\": {},\n   \"source\": [\n    \"import os\\n\",\n"
     "    \"os.environ[\\\"OPENAI_API_KEY\\\"] = \\\"⟦S⟧\\\"\\n\",\n    \"client = OpenAI()\"\n   ]\n  }\n ],\n \"nbformat\": 4\n}\n"),
    ("databricks_notebook_source_py", [("aws_secret_access_key", AWS)],
     "# Databricks notebook source\n# MAGIC %md ## Load raw events\n\n# COMMAND ----------\n\nspark.conf.set(\"fs.s3a.access.key\", \"⟦akid⟧\")\n"
     "spark.conf.set(\"fs.s3a.secret.key\", \"⟦S⟧\")\n\n# COMMAND ----------\n\ndf = spark.read.json(\"s3a://⟦org⟧-events/raw/\")\n"),
    ("vscode_interactive_percent_cells", [("anthropic_api_key", ANT)],
     "# %%\nimport anthropic\n\n# %%\nclient = anthropic.Anthropic(api_key=\"⟦S⟧\")\nmsg = client.messages.create(model=\"claude-sonnet-4-5\", max_tokens=200, messages=[{\"role\": \"user\", \"content\": \"hi\"}])\n"),
    ("zeppelin_note_paragraph_json", [("mongodb_password", "@pws")],
     "{\"paragraphs\": [{\"text\": \"%python\\nfrom pymongo import MongoClient\\nc = MongoClient('mongodb+srv://analyst:⟦S⟧@cluster0.⟦reqid⟧.mongodb.net/')\",\n"
     "  \"status\": \"FINISHED\"}], \"name\": \"cohort exploration\"}\n"),
    ("quarto_qmd_python_chunk", [("google_api_key", "AIza<b64u:35>")],
     "---\ntitle: \"Store locations\"\nformat: html\n---\n\n```{python}\nimport googlemaps\ngmaps = googlemaps.Client(key=\"⟦S⟧\")\n```\n"),
    ("rmarkdown_r_setup_chunk", [("aws_secret_access_key", AWS)],
     "```{r setup, include=FALSE}\nSys.setenv(\"AWS_ACCESS_KEY_ID\" = \"⟦akid⟧\",\n           \"AWS_SECRET_ACCESS_KEY\" = \"⟦S⟧\",\n           \"AWS_DEFAULT_REGION\" = \"⟦region⟧\")\n```\n"),
    ("observable_notebook_cell_js", [("mapbox_secret_access_token", "@mapbox_sk")],
     "mapboxToken = \"⟦S⟧\"\n\ntiles = fetch(`https://api.mapbox.com/uploads/v1/⟦org⟧?access_token=${mapboxToken}`).then(r => r.json())\n"),
    ("gcp_service_account_json_keyfile", [("gcp_service_account_private_key", "@gcp_sa_key")],
     "{\n  \"type\": \"service_account\",\n  \"project_id\": \"⟦proj⟧-prod\",\n  \"private_key_id\": \"⟦sha⟧\",\n  \"private_key\": \"⟦S⟧\",\n"
     "  \"client_email\": \"deployer@⟦proj⟧-prod.iam.gserviceaccount.com\",\n  \"client_id\": \"10⟦acct⟧\",\n  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}\n"),
    ("rails_credentials_show_output", [("aws_secret_access_key", AWS), ("stripe_live_secret_key", "sk_live_51<an:97>")],
     "$ bin/rails credentials:show -e production\naws:\n  access_key_id: ⟦akid⟧\n  secret_access_key: ⟦S⟧\nstripe:\n  secret_key: ⟦S2⟧\n"),
    ("discord_webhook_github_action_step", [("discord_incoming_webhook_url", DISCHOOK)],
     "      - name: Notify Discord\n        run: |\n          curl -H \"Content-Type: application/json\" -d '{\"content\":\"release shipped\"}' \\\n            \"⟦S⟧\"\n"),
]
