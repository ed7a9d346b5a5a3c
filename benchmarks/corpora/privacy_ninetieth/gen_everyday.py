"""Everyday secrets: 45 serverless / edge container kinds x 4, 16 new span types."""
import random
from common import *

TYPES = {
    # type: (KEY_NAME, generator)
    "edge_app_postgres_role_password": ("PG_ROLE_PASSWORD", lambda r: owner_pw(r)),
    "preview_deploy_basic_auth_password": ("PREVIEW_BASIC_AUTH_PASS", lambda r: owner_pw(r)),
    "function_mailer_smtp_pass": ("MAILER_SMTP_PASS", lambda r: owner_pw(r)),
    "migration_superuser_password": ("MIGRATOR_SUPERUSER_PASSWORD", lambda r: owner_pw(r)),
    "edge_session_jwt_hs256_secret": ("SESSION_JWT_SECRET", lambda r: rs(r, HEXL, 64)),
    "payment_webhook_whsec_secret": ("PAYMENT_WEBHOOK_SECRET", lambda r: "whsec_" + rs(r, ALNUM, 32)),
    "lambda_deployer_aws_secret_access_key": ("DEPLOYER_AWS_SECRET_ACCESS_KEY", lambda r: rs(r, ALNUM + "+/", 40)),
    "authjs_cookie_encryption_secret": ("AUTH_SECRET", lambda r: b64(rand_bytes(r, 32))),
    "social_login_oauth_client_secret": ("OAUTH_CLIENT_SECRET", lambda r: rs(r, ALNUM + "-_", 40)),
    "ci_fine_grained_github_pat": ("GH_DEPLOY_PAT", lambda r: "github_pat_11" + rs(r, string.ascii_uppercase + string.digits, 20) + "_" + rs(r, ALNUM, 59)),
    "edge_llm_openai_project_key": ("OPENAI_API_KEY", lambda r: "sk-proj-" + rs(r, ALNUM + "-_", 74) + "T3BlbkFJ" + rs(r, ALNUM + "-_", 74)),
    "scheduled_trigger_shared_secret": ("CRON_SHARED_SECRET", lambda r: rs(r, HEXL, 32)),
    "presigned_url_hmac_key": ("URL_SIGNING_KEY", lambda r: rs(r, HEXL, 40)),
    "internal_gateway_api_key": ("INTERNAL_GATEWAY_KEY", lambda r: rs(r, ALNUM, 48)),
    "csrf_double_submit_secret": ("CSRF_SECRET", lambda r: b64u(rand_bytes(r, 24))),
    "object_store_s3_compatible_secret": ("BUCKET_SECRET_KEY", lambda r: rs(r, HEXL, 64)),
}

K = "{K}"
CONTAINERS = {
 "wrangler_toml_vars_table": "name = \"edge-api\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2025-06-01\"\n\n[vars]\nLOG_LEVEL = \"debug\"\n{K} = \"{V}\"\n",
 "dev_vars_dotfile": "# .dev.vars  (wrangler dev only)\nENVIRONMENT=dev\n{K}={V}\n",
 "miniflare_options_object_js": "const mf = new Miniflare({\n  modules: true,\n  scriptPath: \"dist/worker.js\",\n  bindings: { {K}: \"{V}\" },\n});\n",
 "worker_tail_console_log_json": "{\"outcome\":\"ok\",\"scriptName\":\"edge-api\",\"logs\":[{\"message\":[\"boot env\",\"{K}={V}\"],\"level\":\"log\"}]}\n",
 "fastly_toml_local_server_secret_store": "manifest_version = 3\nname = \"compute-edge\"\n\n[local_server.secret_stores]\napp_secrets = [{ key = \"{K}\", data = \"{V}\" }]\n",
 "viceroy_run_stderr_dump": "2025-07-03T10:12:44Z  INFO viceroy: Listening on http://127.0.0.1:7676\n2025-07-03T10:12:45Z DEBUG guest: env {K}=\"{V}\"\n",
 "vercel_env_pull_local_file": "# Created by Vercel CLI\nVERCEL=\"1\"\nVERCEL_ENV=\"development\"\n{K}=\"{V}\"\n",
 "vercel_json_build_env_block": "{\n  \"buildCommand\": \"pnpm build\",\n  \"build\": { \"env\": { \"{K}\": \"{V}\" } }\n}\n",
 "vercel_function_runtime_log_line": "2025-07-02 18:04:11.213 | GET /api/checkout | 500 | Error: upstream refused; config={\"{K}\":\"{V}\"}\n",
 "netlify_toml_context_environment": "[build]\n  command = \"npm run build\"\n\n[context.deploy-preview.environment]\n  {K} = \"{V}\"\n",
 "netlify_functions_serve_log": "◈ Netlify Dev ◈\n◈ Injected .env file env var: {K}\n◈ Loaded function checkout (env {K}={V})\n",
 "netlify_blob_debug_print": "[debug] functions/checkout.mts getStore(\"orders\") ctx.env {K} -> {V}\n",
 "deno_deploy_env_json_upload": "{\"project\":\"edge-shop\",\"envVars\":{\"{K}\":\"{V}\"}}\n",
 "deno_jsonc_task_env_prefix": "{\n  \"tasks\": {\n    \"dev\": \"{K}={V} deno run -A --watch main.ts\"\n  }\n}\n",
 "sam_template_function_environment": "Resources:\n  ApiFn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: app.handler\n      Environment:\n        Variables:\n          {K}: {V}\n",
 "sam_local_env_vars_json": "{\n  \"ApiFn\": {\n    \"{K}\": \"{V}\"\n  }\n}\n",
 "serverless_yml_provider_environment": "service: orders\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  environment:\n    {K}: {V}\n",
 "cloudwatch_lambda_init_log": "INIT_START Runtime Version: nodejs:20.v31\n2025-07-01T09:00:00.120Z\tundefined\tINFO\tconfig loaded {K}={V}\n",
 "cdk_lambda_function_props_ts": "new lambda.Function(this, 'Api', {\n  runtime: lambda.Runtime.NODEJS_20_X,\n  environment: { {K}: '{V}' },\n});\n",
 "chalice_config_json_stage": "{\n  \"app_name\": \"orders\",\n  \"stages\": { \"dev\": { \"environment_variables\": { \"{K}\": \"{V}\" } } }\n}\n",
 "azure_local_settings_values": "{\n  \"IsEncrypted\": false,\n  \"Values\": {\n    \"FUNCTIONS_WORKER_RUNTIME\": \"node\",\n    \"{K}\": \"{V}\"\n  }\n}\n",
 "azure_func_host_start_console": "Azure Functions Core Tools\nFunctions:\n  httpTrigger: [GET,POST] http://localhost:7071/api/httpTrigger\n[2025-07-01T10:01:02.003Z] Executing 'httpTrigger' env {K}={V}\n",
 "azure_app_settings_json_export": "[\n  { \"name\": \"{K}\", \"slotSetting\": false, \"value\": \"{V}\" }\n]\n",
 "cloud_run_service_yaml_env": "apiVersion: serving.knative.dev/v1\nkind: Service\nspec:\n  template:\n    spec:\n      containers:\n      - image: europe-docker.pkg.dev/shop/api/app\n        env:\n        - name: {K}\n          value: \"{V}\"\n",
 "gcloud_functions_env_vars_yaml": "# --env-vars-file=.env.yaml\nREGION: europe-west1\n{K}: \"{V}\"\n",
 "functions_framework_debug_output": "Serving function...\nFunction: handler\nURL: http://localhost:8080/\nDEBUG os.environ['{K}'] = '{V}'\n",
 "supabase_functions_env_local": "# supabase/functions/.env\nSUPABASE_URL=http://127.0.0.1:54321\n{K}={V}\n",
 "supabase_config_toml_auth_section": "[auth.external.github]\nenabled = true\nclient_id = \"Iv1.7f3a\"\n# {K}\nsecret = \"{V}\"\n",
 "deno_edge_function_source_const": "// supabase/functions/notify/index.ts\nconst {K} = \"{V}\";\nDeno.serve(async (req) => new Response(\"ok\"));\n",
 "fly_toml_env_section": "app = \"edge-api\"\nprimary_region = \"ams\"\n\n[env]\n  {K} = \"{V}\"\n",
 "fly_machine_config_json": "{\"config\":{\"image\":\"registry.fly.io/edge-api:deployment-01J\",\"env\":{\"{K}\":\"{V}\"},\"guest\":{\"cpus\":1}}}\n",
 "flyctl_ssh_console_printenv": "root@3d8d9e1b:/app# printenv | grep {K}\n{K}={V}\n",
 "upstash_qstash_schedule_body": "POST /v2/schedules/https://edge.example.com/api/cron\nUpstash-Cron: */10 * * * *\nUpstash-Forward-{K}: {V}\n",
 "turso_embedded_replica_config_ts": "export const db = createClient({\n  url: \"file:local.db\",\n  syncUrl: process.env.TURSO_URL,\n  // {K}\n  encryptionKey: \"{V}\",\n});\n",
 "drizzle_config_ts_credentials": "export default defineConfig({\n  dialect: \"postgresql\",\n  dbCredentials: { host: \"ep-mute-sky.eu-central-1.aws.neon.example\", user: \"app\", /* {K} */ password: \"{V}\" },\n});\n",
 "prisma_env_shadow_database": "DATABASE_URL=\"postgresql://app@localhost:5432/app\"\n# {K}\n{K}=\"{V}\"\n",
 "github_actions_deploy_worker_step": "- name: Deploy worker\n  uses: cloudflare/wrangler-action@v3\n  env:\n    {K}: {V}\n",
 "gitlab_ci_sam_deploy_variables": "deploy:\n  stage: deploy\n  variables:\n    {K}: \"{V}\"\n  script:\n    - sam deploy --no-confirm-changeset\n",
 "turbo_json_global_env_comment": "{\n  \"globalEnv\": [\"{K}\"],\n  \"//\": \"{K} for local: {V}\"\n}\n",
 "pnpm_workspace_script_inline_env": "{\n  \"scripts\": {\n    \"dev:edge\": \"cross-env {K}={V} wrangler dev\"\n  }\n}\n",
 "edge_oncall_slack_thread": "@channel preview is broken again — I hot-set {K} to {V} on the project, will rotate after the incident\n",
 "serverless_postmortem_markdown": "## Timeline\n- 14:02 cold starts spike in eu-west-1\n- 14:09 rolled back; `{K}` was temporarily `{V}` during the fix\n",
 "pulumi_stack_config_plaintext": "config:\n  aws:region: eu-west-1\n  edge:{K}: {V}\n",
 "terraform_tfvars_worker_secret": "account_id  = \"d1e4\"\nworker_name = \"edge-api\"\n{K} = \"{V}\"\n",
 "docker_compose_local_emulator_env": "services:\n  functions:\n    image: mcr.microsoft.com/azure-functions/node:4\n    environment:\n      - {K}={V}\n",
}


def gen(seed=9001):
    r = random.Random(seed)
    types = sorted(TYPES)
    use = {t: 0 for t in types}
    recs = []
    for kind in CONTAINERS:
        chosen = []
        for _ in range(4):
            cands = sorted((use[t], r.random(), t) for t in types if t not in chosen)
            chosen.append(cands[0][2])
        for t in chosen:
            use[t] += 1
            key, g = TYPES[t]
            v = g(r)
            tmpl = CONTAINERS[kind].replace("{K}", key)
            text, spans = fill(tmpl, v, t)
            recs.append({"type": t, "container": kind, "text": text, "secrets": spans, "source": "everyday"})
    return recs
