"""Everyday leaks, part D: front-end bundles and app configs, office automation scripts,
secret-manager CLIs used wrongly, VCS history, Q&A / paste / LLM chat exports."""

AWS = "<b64:40>"
GHP = "@ghp"
SKPROJ = "sk-proj-<b64u:74>T3BlbkFJ<b64u:74>"
ANT = "sk-ant-api03-<b64u:93>AA"
STRIPE = "sk_live_51<an:97>"
SGK = "SG.<b64u:22>.<b64u:43>"

SPECS = [
    ("vercel_cli_auth_json", [("vercel_access_token", "<an:24>")],
     "{\n  \"// Note\": \"This is your Vercel credentials file. DO NOT SHARE!\",\n  \"// Docs\": \"https://vercel.com/docs/projects/project-configuration/global-configuration#auth.json\",\n"
     "  \"token\": \"⟦S⟧\"\n}\n"),
    ("nextjs_route_handler_supabase_admin", [("supabase_service_role_key", lambda g: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + __import__('gen_common').b64u(('{"iss":"supabase","ref":"%s","role":"service_role","iat":1735000000,"exp":2050576000}' % g.chars("lo", 20)).encode()) + "." + g.chars("b64u", 43))],
     "import { createClient } from \"@supabase/supabase-js\";\n\nconst admin = createClient(\"https://⟦reqid⟧.supabase.co\", \"⟦S⟧\");\n\n"
     "export async function POST(req: Request) {\n  const { id } = await req.json();\n  return Response.json(await admin.auth.admin.deleteUser(id));\n}\n"),
    ("eas_json_build_profile_env", [("sentry_org_auth_token", "@sentry_org")],
     "{\n  \"build\": {\n    \"production\": {\n      \"env\": {\n        \"SENTRY_AUTH_TOKEN\": \"⟦S⟧\",\n        \"APP_VARIANT\": \"production\"\n      }\n    }\n  }\n}\n"),
    ("android_local_properties_keys", [("google_api_key", "AIza<b64u:35>"), ("android_release_store_password", "@pws")],
     "sdk.dir=/Users/⟦user⟧/Library/Android/sdk\nMAPS_API_KEY=⟦S⟧\nRELEASE_STORE_FILE=../keys/release.jks\nRELEASE_STORE_PASSWORD=⟦S2⟧\n"),
    ("flutter_dart_define_env_json", [("openai_project_api_key", SKPROJ)],
     "{\n  \"API_BASE\": \"https://api.⟦domain⟧\",\n  \"OPENAI_KEY\": \"⟦S⟧\",\n  \"FLAVOR\": \"prod\"\n}\n"),
    ("wrangler_toml_plain_vars", [("resend_email_api_key", "re_<an:8>_<an:24>")],
     "name = \"⟦proj⟧\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2025-01-01\"\n\n[vars]\nFROM_ADDRESS = \"noreply@⟦domain⟧\"\nRESEND_API_KEY = \"⟦S⟧\"\n"),
    ("supabase_functions_env_local", [("stripe_live_secret_key", STRIPE)],
     "# supabase/functions/.env.local\nSTRIPE_SECRET_KEY=⟦S⟧\nSITE_URL=http://localhost:3000\n"),
    ("devcontainer_json_remote_env", [("anthropic_api_key", ANT)],
     "{\n  \"name\": \"⟦proj⟧\",\n  \"image\": \"mcr.microsoft.com/devcontainers/python:3.12\",\n  \"remoteEnv\": {\n    \"ANTHROPIC_API_KEY\": \"⟦S⟧\"\n  },\n"
     "  \"postCreateCommand\": \"pip install -r requirements.txt\"\n}\n"),
    ("noxfile_session_env", [("github_classic_pat", GHP)],
     "@nox.session(python=\"3.12\")\ndef release(session):\n    session.env[\"GITHUB_TOKEN\"] = \"⟦S⟧\"\n    session.run(\"semantic-release\", \"publish\")\n"),
    ("vite_env_production_file", [("stripe_live_secret_key", STRIPE)],
     "# .env.production — bundled into the client!\nVITE_API_URL=https://api.⟦domain⟧\nVITE_STRIPE_SECRET=⟦S⟧\n"),
    ("minified_js_bundle_chunk", [("algolia_admin_api_key", "<hex:32>")],
     "(self.webpackChunk_N_E=self.webpackChunk_N_E||[]).push([[931],{4411:function(e,t,n){\"use strict\";n.d(t,{Z:function(){return o}});"
     "var r=n(2265),a=n(9010);let o=a.Z(\"⟦reqid⟧XY\",\"⟦S⟧\",{timeouts:{connect:2}})}}]);\n"),
    ("source_map_sources_content", [("mailgun_private_api_key", "key-<hex:32>")],
     "{\"version\":3,\"sources\":[\"webpack://app/./src/lib/mailer.ts\"],\"sourcesContent\":[\"export const mg = mailgun.client({ username: 'api', key: '⟦S⟧' });\\n\"],\"mappings\":\"AAAA\"}\n"),
    ("apktool_decoded_strings_xml", [("twilio_auth_token", "<hex:32>")],
     "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<resources>\n    <string name=\"app_name\">⟦proj⟧</string>\n    <string name=\"twilio_account_sid\">AC⟦sid:hex:32⟧</string>\n"
     "    <string name=\"twilio_auth_token\">⟦S⟧</string>\n</resources>\n"),
    ("electron_asar_extracted_config_json", [("github_classic_pat", GHP)],
     "$ npx asar extract app.asar out && cat out/config/update.json\n{\n  \"provider\": \"github\",\n  \"owner\": \"⟦org⟧\",\n  \"repo\": \"⟦proj⟧\",\n  \"token\": \"⟦S⟧\",\n  \"private\": true\n}\n"),
    ("chrome_extension_background_js", [("openai_project_api_key", SKPROJ)],
     "chrome.runtime.onMessage.addListener(async (msg, sender, reply) => {\n  const r = await fetch(\"https://api.openai.com/v1/chat/completions\", {\n"
     "    method: \"POST\",\n    headers: { \"Content-Type\": \"application/json\", Authorization: \"Bearer ⟦S⟧\" },\n    body: JSON.stringify({ model: \"gpt-4o-mini\", messages: msg.messages })\n  });\n"
     "  reply(await r.json());\n});\n"),
    ("php_config_inc_db_settings", [("mysql_password", "@pw")],
     "<?php\n$db_host = 'localhost';\n$db_name = 'shop_live';\n$db_user = 'shop';\n$db_pass = '⟦S⟧';\n"),
    ("django_settings_local_email", [("smtp_password", "@pw")],
     "from .base import *\n\nEMAIL_HOST = \"smtp.⟦domain⟧\"\nEMAIL_HOST_USER = \"noreply@⟦domain⟧\"\nEMAIL_HOST_PASSWORD = \"⟦S⟧\"\nEMAIL_USE_TLS = True\n"),
    ("spring_application_yml_mail", [("smtp_password", "@pw")],
     "spring:\n  mail:\n    host: smtp.⟦domain⟧\n    port: 587\n    username: alerts@⟦domain⟧\n    password: \"⟦S⟧\"\n    properties:\n      mail.smtp.starttls.enable: true\n"),
    ("appsettings_json_sendgrid_section", [("sendgrid_api_key", SGK)],
     "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } },\n  \"SendGrid\": {\n    \"ApiKey\": \"⟦S⟧\",\n    \"FromEmail\": \"noreply@⟦domain⟧\"\n  }\n}\n"),
    ("powershell_script_param_default", [("domain_service_account_password", "@pw")],
     "param(\n    [string]$Server = \"⟦host⟧\",\n    [string]$User = \"CORP\\svc_patch\",\n    [string]$Password = '⟦S⟧'\n)\n"
     "$cred = New-Object PSCredential($User, (ConvertTo-SecureString $Password -AsPlainText -Force))\n"),
    ("windows_batch_file_set_vars", [("postgres_password", "@pws")],
     "@echo off\nset PGHOST=⟦host⟧\nset PGUSER=report\nset PGPASSWORD=⟦S⟧\n\"C:\\Program Files\\PostgreSQL\\16\\bin\\psql.exe\" -d sales -f monthly.sql\n"),
    ("autohotkey_login_hotstring_script", [("erp_user_password", "@pw")],
     "#Requires AutoHotkey v2.0\n::;erplogin::\n{\n    Send \"⟦user⟧{Tab}\"\n    SendText \"⟦S⟧\"\n    Send \"{Enter}\"\n}\n"),
    ("excel_vba_module_adodb_connection", [("mssql_password", "@pws")],
     "Sub RefreshSales()\n    Dim cn As New ADODB.Connection\n    cn.Open \"Provider=MSOLEDBSQL;Data Source=⟦host⟧;Initial Catalog=Sales;User ID=excel_ro;Password=⟦S⟧;\"\n"
     "    Sheet1.Range(\"A2\").CopyFromRecordset cn.Execute(\"SELECT * FROM v_monthly\")\nEnd Sub\n"),
    ("power_query_m_web_contents", [("airtable_api_token_pq", "pat<an:14>.<hex:64>")],
     "let\n    Source = Json.Document(Web.Contents(\"https://api.airtable.com/v0/app⟦reqid⟧/Orders\",\n"
     "        [Headers=[Authorization=\"Bearer ⟦S⟧\"]])),\n    records = Source[records]\nin\n    records\n"),
    ("google_apps_script_urlfetch", [("hubspot_private_app_access_token", "pat-eu1-<uuid>")],
     "function syncContacts() {\n  const res = UrlFetchApp.fetch('https://api.hubapi.com/crm/v3/objects/contacts?limit=100', {\n"
     "    headers: { Authorization: 'Bearer ⟦S⟧' }\n  });\n  Logger.log(res.getContentText());\n}\n"),
    ("postman_collection_v21_bearer_auth", [("github_classic_pat", GHP)],
     "{\n  \"info\": {\"name\": \"GitHub API\", \"schema\": \"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"},\n"
     "  \"auth\": {\"type\": \"bearer\", \"bearer\": [{\"key\": \"token\", \"value\": \"⟦S⟧\", \"type\": \"string\"}]},\n  \"item\": []\n}\n"),
    ("ansible_adhoc_extra_vars_cli", [("ansible_winrm_password", "@pws")],
     "ansible windows -i inventory.ini -m win_ping -e \"ansible_user=Administrator ansible_password=⟦S⟧ ansible_connection=winrm\"\n"),
    ("helm_upgrade_install_set_flag", [("rabbitmq_password", "@pws")],
     "helm upgrade --install mq bitnami/rabbitmq -n messaging --set auth.username=app --set auth.password=⟦S⟧ --set replicaCount=3\n"),
    ("docker_buildx_build_arg_cli", [("npm_access_token", "@npm")],
     "docker buildx build --platform linux/amd64,linux/arm64 --build-arg NPM_TOKEN=⟦S⟧ -t ghcr.io/⟦org⟧/web:⟦sha7⟧ --push .\n"),
    ("gcloud_secrets_create_echo_pipe", [("postgres_password", "@pws")],
     "echo -n \"⟦S⟧\" | gcloud secrets create db-password --data-file=- --replication-policy=automatic\n"),
    ("az_keyvault_secret_set_cli", [("sendgrid_api_key", SGK)],
     "az keyvault secret set --vault-name kv-⟦proj⟧ --name sendgrid-key --value \"⟦S⟧\"\n"),
    ("aws_ssm_put_parameter_securestring_cli", [("datadog_api_key", "<hex:32>")],
     "aws ssm put-parameter --name /prod/datadog/api-key --type SecureString --value ⟦S⟧ --overwrite --region ⟦region⟧\n"),
    ("vault_kv_put_cli_history", [("mysql_password", "@pws")],
     "vault kv put secret/⟦proj⟧/db username=app password=⟦S⟧\nvault kv get secret/⟦proj⟧/db\n"),
    ("op_item_create_cli_assignment", [("ssh_server_password", "@pws")],
     "op item create --category=login --title=\"bastion root\" --vault=Infra username=root password=⟦S⟧ url=ssh://⟦host⟧\n"),
    ("git_diff_removed_line_output", [("aws_secret_access_key", AWS)],
     "commit ⟦sha⟧\nAuthor: ⟦first⟧ <⟦email⟧>\n\n    remove hardcoded creds\n\ndiff --git a/deploy/settings.py b/deploy/settings.py\n"
     "@@ -12,7 +12,6 @@ REGION = \"⟦region⟧\"\n-AWS_SECRET_ACCESS_KEY = \"⟦S⟧\"\n+AWS_SECRET_ACCESS_KEY = os.environ[\"AWS_SECRET_ACCESS_KEY\"]\n"),
    ("github_code_search_result_snippet", [("slack_incoming_webhook_url", "https://hooks.slack.com/services/T<AU:10>/B<AU:10>/<an:24>")],
     "⟦org⟧/⟦proj⟧ · scripts/notify.sh\n  4  # post build status\n  5  WEBHOOK=\"⟦S⟧\"\n  6  curl -s -X POST -d \"{\\\"text\\\": \\\"$1\\\"}\" \"$WEBHOOK\"\n"),
    ("stackoverflow_question_code_block", [("mongodb_password", "@pws")],
     "MongoServerSelectionError when connecting from Vercel\n\nI get a timeout with this code, works locally:\n\n    const client = new MongoClient(\"mongodb+srv://admin:⟦S⟧@cluster0.⟦reqid⟧.mongodb.net/?retryWrites=true\");\n"
     "    await client.connect();\n\nWhat am I missing? #node.js #mongodb\n"),
    ("pastebin_raw_config_dump", [("smtp_password", "@pw")],
     "# mail relay config (do not share)\nrelayhost = [smtp.⟦domain⟧]:587\nsmtp_user = relay@⟦domain⟧\nsmtp_pass = ⟦S⟧\n"),
    ("chatgpt_export_conversations_json", [("stripe_restricted_key", "rk_live_51<an:97>")],
     "[{\"title\": \"Fix webhook handler\", \"mapping\": {\"⟦uuid⟧\": {\"message\": {\"author\": {\"role\": \"user\"}, \"content\": {\"content_type\": \"text\", "
     "\"parts\": [\"why does this return 401? stripe.api_key = '⟦S⟧' then stripe.Refund.create(charge=ch)\"]}}}}}]\n"),
    ("claude_ai_conversation_markdown_export", [("gitlab_personal_access_token", "glpat-<b64u:20>")],
     "**Human:** my pipeline fails cloning the submodule, here is the .gitmodules url: https://gitlab-ci-token:⟦S⟧@gitlab.⟦domain⟧/libs/core.git\n\n"
     "**Assistant:** The token embedded in the URL should not be committed; use CI_JOB_TOKEN instead...\n"),
]
