"""Everyday secrets in 45 frontend / full-stack container kinds (seed 8201)."""
import random
from common import spec, owner_pw, fill, key_name, jwt, rs, LC

TYPES = {  # 9 repeated common types + 7 new frontend types
    'aws_secret_access_key': lambda r: spec(r, '{b6440}').replace('+', 'k').replace('/', 'Q'),
    'database_password': owner_pw,
    'github_personal_access_token': lambda r: spec(r, 'ghp_{an36}'),
    'jwt_signing_secret': lambda r: spec(r, '{hex64}'),
    'sendgrid_api_key': lambda r: spec(r, 'SG.{b64u22}.{b64u43}'),
    'slack_bot_token': lambda r: spec(r, 'xoxb-{dig12}-{dig13}-{an24}'),
    'smtp_password': owner_pw,
    'stripe_live_secret_key': lambda r: spec(r, 'sk_live_51{an97}'),
    'twilio_auth_token': lambda r: spec(r, '{hex32}'),
    'nextauth_session_secret': lambda r: spec(r, '{b6443}='),
    'vercel_cli_deploy_token': lambda r: spec(r, '{an24}'),
    'netlify_personal_access_token': lambda r: spec(r, 'nfp_{an36}'),
    'cloudflare_scoped_api_token': lambda r: spec(r, '{b64u40}'),
    'cookie_session_signing_secret': lambda r: spec(r, '{hex64}'),
    'npmrc_registry_auth_token': lambda r: spec(r, 'npm_{an36}'),
    'staging_preview_gate_password': owner_pw,
}
NEW_TYPES = ['nextauth_session_secret', 'vercel_cli_deploy_token', 'netlify_personal_access_token',
             'cloudflare_scoped_api_token', 'cookie_session_signing_secret', 'npmrc_registry_auth_token',
             'staging_preview_gate_password']

# (kind, key style, template) -- {K} key name, {V} value, {H} host, {U} user
KINDS = [
    ('next_dotenv_local_file', 'env', '# .env.local (do not commit)\nNEXT_PUBLIC_SITE_URL=https://{H}\n{K}={V}\n'),
    ('nuxt_dotenv_production_file', 'env', 'NUXT_PUBLIC_API_BASE=https://{H}/api\nNUXT_{K}="{V}"\n'),
    ('sveltekit_private_env_file', 'env', '# read via $env/static/private\nPUBLIC_APP_NAME=shop\n{K}=\'{V}\'\n'),
    ('vite_staging_mode_env_file', 'env', '# .env.staging\nVITE_API_URL=https://{H}\n{K}={V}\n'),
    ('wrangler_toml_vars_table', 'env', 'name = "edge-api"\nmain = "src/index.ts"\ncompatibility_date = "2024-09-23"\n\n[vars]\n{K} = "{V}"\n'),
    ('cloudflare_dev_vars_file', 'env', '# .dev.vars for wrangler dev\n{K}="{V}"\n'),
    ('netlify_toml_context_environment', 'env', '[context.deploy-preview.environment]\n  NODE_VERSION = "20"\n  {K} = "{V}"\n'),
    ('vercel_json_build_env_block', 'env', '{\n  "buildCommand": "pnpm build",\n  "build": { "env": { "{K}": "{V}" } }\n}\n'),
    ('next_config_mjs_env_key', 'env', '/** @type {import(\'next\').NextConfig} */\nconst nextConfig = {\n  env: {\n    {K}: \'{V}\',\n  },\n};\nexport default nextConfig;\n'),
    ('nuxt_config_runtime_private', 'camel', 'export default defineNuxtConfig({\n  runtimeConfig: {\n    {K}: \'{V}\',\n    public: { apiBase: \'https://{H}\' },\n  },\n})\n'),
    ('vite_config_define_replacement', 'env', 'export default defineConfig({\n  define: {\n    \'import.meta.env.{K}\': JSON.stringify(\'{V}\'),\n  },\n})\n'),
    ('astro_config_server_vars', 'env', '// astro.config.mjs\nprocess.env.{K} ??= "{V}";\nexport default defineConfig({ output: "server" });\n'),
    ('sveltekit_hooks_server_module', 'camel', '// src/hooks.server.ts\nconst {K} = "{V}";\nexport const handle = async ({ event, resolve }) => resolve(event);\n'),
    ('pages_functions_middleware_ts', 'camel', '// functions/_middleware.ts\nconst {K} = \'{V}\';\nexport const onRequest: PagesFunction = async (ctx) => ctx.next();\n'),
    ('netlify_function_handler_module', 'camel', '// netlify/functions/checkout.mjs\nconst {K} = process.env.X || "{V}";\nexport default async (req) => new Response("ok");\n'),
    ('vercel_edge_middleware_module', 'camel', 'export const config = { matcher: \'/admin/:path*\' };\nconst {K} = \'{V}\';\nexport function middleware(req) { return NextResponse.next(); }\n'),
    ('service_worker_script_constant', 'camel', '// public/sw.js\nconst CACHE = \'v7\';\nconst {K} = \'{V}\';\nself.addEventListener(\'fetch\', (e) => {});\n'),
    ('workbox_inject_config_module', 'camel', 'module.exports = {\n  globDirectory: \'dist/\',\n  swDest: \'dist/sw.js\',\n  {K}: \'{V}\',\n};\n'),
    ('har_request_header_pair', 'kebab', '{"request": {"method": "POST", "url": "https://{H}/api/orders", "headers": [{"name": "content-type", "value": "application/json"}, {"name": "x-{K}", "value": "{V}"}]}}\n'),
    ('har_response_body_text', 'camel', '{"response": {"status": 200, "content": {"mimeType": "application/json", "text": "{\\"ok\\":true,\\"{K}\\":\\"{V}\\"}"}}}\n'),
    ('localstorage_devtools_json_copy', 'camel', '{\n  "theme": "dark",\n  "{K}": "{V}",\n  "lastRoute": "/dashboard"\n}\n'),
    ('sessionstorage_console_table_dump', 'camel', '> console.table(Object.entries(sessionStorage))\n(index)  0                 1\n0        \'tabId\'           \'t-{U}\'\n1        \'{K}\'     \'{V}\'\n'),
    ('cookie_editor_extension_export', 'snake', '[{"domain": ".{H}", "name": "{K}", "value": "{V}", "path": "/", "httpOnly": true, "secure": true}]\n'),
    ('browser_console_debug_print', 'camel', 'app.js:41 [config] loaded {K}= {V}\napp.js:57 [router] ready\n'),
    ('redux_devtools_state_export', 'camel', '{"payload": {"session": {"user": "{U}", "{K}": "{V}"}}, "type": "auth/loaded"}\n'),
    ('firebase_admin_init_module', 'camel', 'import { initializeApp } from \'firebase-admin/app\';\nconst {K} = \'{V}\';\ninitializeApp();\n'),
    ('supabase_server_client_module', 'camel', 'import { createClient } from \'@supabase/supabase-js\';\nconst {K} = \'{V}\';\nexport const admin = createClient(\'https://{U}.supabase.co\', KEY);\n'),
    ('auth0_provider_app_tsx', 'camel', '<Auth0Provider domain="{U}.eu.auth0.com" clientId="abc"\n  {K}="{V}">\n  <App />\n</Auth0Provider>\n'),
    ('graphql_playground_headers_pane', 'kebab', '{\n  "x-{K}": "{V}"\n}\n'),
    ('apollo_sandbox_shared_link_query', 'camel', 'https://studio.apollographql.com/sandbox/explorer?endpoint=https%3A%2F%2F{H}%2Fgraphql&{K}={V}\n'),
    ('package_json_inline_script_env', 'env', '{\n  "scripts": {\n    "deploy": "{K}={V} node scripts/deploy.mjs"\n  }\n}\n'),
    ('project_level_npmrc_file', 'snake', '@acme:registry=https://npm.pkg.{H}/\n; {K}\n//npm.pkg.{H}/:_authToken={V}\n'),
    ('yarn_berry_rc_yaml', 'camel', 'npmScopes:\n  acme:\n    npmRegistryServer: "https://npm.{H}"\n    # {K}\n    npmAuthToken: "{V}"\n'),
    ('turborepo_remote_cache_json', 'camel', '{\n  "teamid": "team_{U}",\n  "apiurl": "https://cache.{H}",\n  "{K}": "{V}"\n}\n'),
    ('storybook_main_env_hook', 'env', 'const config = {\n  env: (config) => ({ ...config, {K}: \'{V}\' }),\n};\nexport default config;\n'),
    ('playwright_config_extra_headers', 'kebab', 'use: {\n  baseURL: \'https://{H}\',\n  extraHTTPHeaders: { \'x-{K}\': \'{V}\' },\n},\n'),
    ('cypress_env_overrides_json', 'camel', '{\n  "baseUrl": "https://{H}",\n  "{K}": "{V}"\n}\n'),
    ('vitest_setup_globals_file', 'env', '// vitest.setup.ts\nprocess.env.{K} = \'{V}\';\nimport \'@testing-library/jest-dom/vitest\';\n'),
    ('compose_frontend_override_yaml', 'env', 'services:\n  web:\n    build: .\n    environment:\n      {K}: "{V}"\n'),
    ('preview_deploy_workflow_yaml', 'env', 'jobs:\n  preview:\n    runs-on: ubuntu-latest\n    env:\n      {K}: {V}\n    steps:\n      - run: pnpm dlx vercel deploy --prebuilt\n'),
    ('bruno_collection_environment_bru', 'camel', 'vars {\n  baseUrl: https://{H}\n  {K}: {V}\n}\n'),
    ('insomnia_workspace_environment_export', 'camel', '{"_type": "environment", "name": "Base Environment", "data": {"base_url": "https://{H}", "{K}": "{V}"}}\n'),
    ('sourcemap_sources_content_leak', 'camel', '{"version":3,"file":"main.4f2a.js","sources":["../src/config.ts"],"sourcesContent":["export const {K} = \\"{V}\\";\\n"],"mappings":"AAAA"}\n'),
    ('electron_main_process_module', 'camel', 'const { app, BrowserWindow } = require(\'electron\');\nconst {K} = \'{V}\';\napp.whenReady().then(createWindow);\n'),
    ('expo_app_config_extra', 'camel', 'export default {\n  name: \'shop\',\n  extra: {\n    {K}: \'{V}\',\n  },\n};\n'),
]


def generate():
    rng = random.Random(8201)
    types = list(TYPES)
    used = {t: 0 for t in types}
    out = []
    for kind, style, tpl in KINDS:
        chosen = []
        for _ in range(4):
            cands = [t for t in types if t not in chosen]
            m = min(used[t] for t in cands)
            t = rng.choice([t for t in cands if used[t] == m])
            chosen.append(t)
            used[t] += 1
        for t in chosen:
            v = TYPES[t](rng)
            host = rng.choice(['app', 'shop', 'dash', 'beta', 'next']) + '-' + rs(rng, LC, 4) + '.example.dev'
            user = rng.choice(['mira', 'jonas', 'aiko', 'tomas', 'lena', 'kwame', 'ines', 'ravi']) + rs(rng, '0123456789', 2)
            text, s, e = fill(tpl, v, K=key_name(t, style), H=host, U=user)
            out.append(dict(type=t, container=kind, text=text, secrets=[dict(value=v, start=s, end=e, type=t)], source='everyday'))
    return out
