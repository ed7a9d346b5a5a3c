import random, string
from common import *

def _sntrys(r):
    import json, base64
    pl = {"iat": r.randint(1700000000, 1760000000), "url": "https://sentry.io", "region_url": "https://us.sentry.io", "org": r.choice(EXTS)}
    return "sntrys_" + base64.b64encode(json.dumps(pl, separators=(",", ":")).encode()).decode().rstrip("=") + "_" + rs(r, 43, AN + "+/").replace("+", "A").replace("/", "b")

TYPES = {
 "cws_oauth_client_secret_gocspx": ("CWS_CLIENT_SECRET", lambda r: "GOCSPX-" + rs(r, 28, B64U)),
 "cws_publish_api_refresh_token": ("CWS_REFRESH_TOKEN", lambda r: "1//0" + rs(r, 2, AN) + "CgYIARAAGA" + rs(r, 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + "SNwF-L9Ir" + rs(r, 70, B64U)),
 "amo_signing_jwt_secret_hex": ("AMO_JWT_SECRET", lambda r: rs(r, 64, HEX)),
 "edge_addons_publish_api_key": ("EDGE_API_KEY", lambda r: rs(r, 32, AN)),
 "userscript_backend_bearer_token": ("USERSCRIPT_API_TOKEN", lambda r: "us1." + rs(r, 40, B64U)),
 "extension_test_account_password": ("REVIEW_TEST_PASSWORD", owner_pw),
 "sentry_release_upload_auth_token": ("SENTRY_AUTH_TOKEN", _sntrys),
 "apple_app_specific_password_for_safari": ("APPLE_APP_PASSWORD", lambda r: "-".join(rs(r, 4, string.ascii_lowercase) for _ in range(4))),
 "native_host_backend_db_password": ("NATIVE_HOST_DB_PASSWORD", owner_pw),
 "extension_repo_release_pat_ghp": ("RELEASE_GH_TOKEN", lambda r: gh_token(r, "ghp_")),
 "extension_paywall_stripe_secret_key": ("STRIPE_SECRET_KEY", lambda r: "sk_live_51" + rs(r, 97, AN)),
 "llm_sidebar_extension_openai_key": ("OPENAI_API_KEY", lambda r: "sk-proj-" + rs(r, 48, B64U) + "T3BlbkFJ" + rs(r, 48, B64U)),
 "extension_sync_supabase_service_role_jwt": ("SUPABASE_SERVICE_ROLE_KEY", lambda r: jwt(r, {"alg": "HS256", "typ": "JWT"}, {"iss": "supabase", "ref": rs(r, 20, string.ascii_lowercase), "role": "service_role", "iat": r.randint(1690000000, 1750000000), "exp": r.randint(2000000000, 2100000000)})),
 "store_review_alert_slack_bot_token": ("SLACK_BOT_TOKEN", lambda r: "xoxb-%d-%d-%s" % (r.randint(10**11, 10**12 - 1), r.randint(10**12, 10**13 - 1), rs(r, 24, AN))),
 "userscript_site_session_cookie_value": ("SESSION_COOKIE", lambda r: "s%3A" + rs(r, 32, B64U) + "." + rs(r, 43, AN)),
 "extension_feedback_discord_webhook_url": ("FEEDBACK_WEBHOOK_URL", lambda r: "https://discord.com/api/webhooks/%d/%s" % (r.randint(10**17, 10**19 - 1), rs(r, 68, B64U))),
}

KINDS = {
 "chrome_webstore_upload_dotenv": "# .env for chrome-webstore-upload-cli ({E})\nEXTENSION_ID={ID}\nCLIENT_ID=10{ID}.apps.googleusercontent.com\n{K}={V}\n",
 "web_ext_config_mjs_sign_block": "// web-ext-config.mjs\nexport default {\n  sourceDir: './dist',\n  sign: { channel: 'listed', {k}: '{V}' },\n};\n",
 "amo_submit_workflow_step_yaml": "      - name: Sign and submit to AMO\n        run: npx web-ext sign --channel=listed\n        env:\n          {K}: {V}\n",
 "background_service_worker_constants": "// background.js ({E} v{N})\nconst API_BASE = 'https://{H}/v1';\nconst {K} = \"{V}\";\n",
 "content_script_fetch_headers": "// content.js\nfetch('https://{H}/ingest', {\n  method: 'POST',\n  headers: { 'X-{E}-Key': '{V}' }, // {K}\n  body: JSON.stringify(payload)\n});\n",
 "chrome_storage_local_seed_script": "chrome.runtime.onInstalled.addListener(() => {\n  chrome.storage.local.set({ {k}: '{V}' });\n});\n",
 "storage_sync_devtools_dump": "> await chrome.storage.sync.get(null)\n{theme: 'dark', {k}: '{V}', lastSync: 17}\n",
 "tampermonkey_metadata_and_const": "// ==UserScript==\n// @name         {E} helper\n// @match        https://{H}/*\n// @grant        GM_xmlhttpRequest\n// @connect      {H}\n// ==/UserScript==\nconst {K} = '{V}';\n",
 "greasemonkey_gm_setvalue_line": "// one-off: seed storage, then delete this line\nawait GM.setValue('{k}', '{V}');\n",
 "violentmonkey_values_export_json": "{\"scripts\":[{\"name\":\"{E}\",\"values\":{\"{k}\":\"{V}\"}}]}\n",
 "bookmarklet_javascript_href": "<a href=\"javascript:(()=>{fetch('https://{H}/save?u='+encodeURIComponent(location.href),{headers:{Authorization:'Bearer {V}'}})})()\">Save to {E}</a>\n",
 "safari_extension_xcconfig_setting": "// Config/Release.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = com.example.{E}.Extension\n{K} = {V}\n",
 "safari_web_extension_handler_swift": "// SafariWebExtensionHandler.swift\nprivate let {k} = \"{V}\"\n",
 "edge_partner_center_publish_ps1": "# publish-edge.ps1\n$productId = '{ID}'\n$env:{K} = '{V}'\nInvoke-RestMethod -Uri \"https://api.addons.microsoftedge.microsoft.com/v1/products/$productId/submissions/draft/package\"\n",
 "native_messaging_host_python": "#!/usr/bin/env python3\n# native host for {E}\nimport json, struct, sys\n{K} = \"{V}\"\n",
 "native_host_settings_ini": "; ~/.config/{E}/native-host.ini\n[backend]\nhost = {H}\n{k} = {V}\n",
 "plasmo_env_production_file": "# .env.production (Plasmo)\nPLASMO_PUBLIC_SITE=https://{H}\nPLASMO_{K}={V}\n",
 "wxt_config_ts_runtime_block": "// wxt.config.ts\nexport default defineConfig({\n  runtimeConfig: { {k}: '{V}' },\n});\n",
 "vite_crx_env_local_file": "# .env.local for @crxjs/vite-plugin\nVITE_{K}={V}\n",
 "webpack_define_plugin_entry": "new webpack.DefinePlugin({\n  'process.env.{K}': JSON.stringify('{V}'),\n}),\n",
 "rollup_replace_plugin_values": "replace({\n  preventAssignment: true,\n  __{K}__: '\"{V}\"',\n}),\n",
 "package_json_release_script": "{\n  \"name\": \"{E}\",\n  \"scripts\": {\n    \"release\": \"{K}={V} node scripts/publish.mjs\"\n  }\n}\n",
 "gulpfile_publish_task": "// gulpfile.js\nexports.publish = () => upload({ extensionId: '{ID}', {k}: '{V}', source: 'build/{E}.zip' });\n",
 "gruntfile_webstore_upload_target": "webstore_upload: {\n  accounts: { default: { publish: true, {k}: '{V}' } },\n},\n",
 "options_page_default_input_html": "<label>API token <input id=\"{k}\" type=\"text\" value=\"{V}\"></label>\n",
 "popup_axios_instance_module": "// popup/api.js\nexport const api = axios.create({\n  baseURL: 'https://{H}',\n  headers: { Authorization: `Bearer {V}` },\n});\n",
 "firefox_profile_user_js_pref": "// user.js in the dev profile\nuser_pref(\"extensions.{E}.{k}\", \"{V}\");\n",
 "devtools_console_log_paste": "background.js:42 [{E}] init {k}= {V}\nbackground.js:57 [{E}] ready\n",
 "amo_notes_to_reviewer_text": "Notes to reviewer ({E} {N}):\nThe add-on needs a login. Test account: {U}@example.com\n{K}: {V}\n",
 "cws_test_instructions_field": "Test instructions for the Chrome Web Store review team\n1. Open the popup and sign in as reviewer@{H}\n2. Credential: {V}\n",
 "sentry_webpack_plugin_options": "sentryWebpackPlugin({\n  org: '{E}',\n  project: 'extension',\n  authToken: '{V}',\n}),\n",
 "xcode_scheme_environment_xml": "<EnvironmentVariable\n   key = \"{K}\"\n   value = \"{V}\"\n   isEnabled = \"YES\">\n</EnvironmentVariable>\n",
 "safari_notarize_shell_step": "#!/bin/sh\n# notarize the Safari container app for {E}\nexport {K}=\"{V}\"\n./scripts/notarize.sh build/{E}.zip\n",
 "bitbucket_pipelines_publish_step": "pipelines:\n  tags:\n    'v*':\n      - step:\n          script:\n            - export {K}={V}\n            - npm run publish:all\n",
 "drone_publish_pipeline_yaml": "steps:\n  - name: publish-extension\n    image: node:20\n    environment:\n      {K}: {V}\n",
 "extension_bug_report_issue_md": "### Steps to reproduce\nMy `.env` (v{N}):\n```\n{K}={V}\n```\nThe popup stays blank after login.\n",
 "extension_dev_discord_paste": "[{U}] ok try with mine: {V}\n[{U}] revoke later lol\n",
 "userscript_stackoverflow_question_md": "GM_xmlhttpRequest returns 401 even though I pass the token:\n\n    headers: { 'Authorization': 'Token {V}' }\n\nWhat am I missing?\n",
 "jest_setup_env_file": "// jest.setup.js\nprocess.env.{K} = '{V}';\nglobal.chrome = require('sinon-chrome');\n",
 "playwright_extension_fixture_ts": "// fixtures.ts\nexport const test = base.extend({\n  {k}: ['{V}', { option: true }],\n});\n",
 "puppeteer_extension_launch_script": "const browser = await puppeteer.launch({ args: [`--load-extension=${EXT}`] });\nawait page.evaluate(() => localStorage.setItem('{k}', '{V}'));\n",
 "keys_json_gitignored_file": "{\n  \"extensionId\": \"{ID}\",\n  \"{k}\": \"{V}\"\n}\n",
 "release_it_config_json": "{\n  \"hooks\": { \"after:release\": \"{K}={V} npm run submit\" }\n}\n",
 "semantic_release_config_js": "module.exports = {\n  plugins: [['semantic-release-chrome', { extensionId: '{ID}', {k}: '{V}' }]],\n};\n",
 "importscripts_config_module": "// config.js (loaded via importScripts)\nself.CONFIG = { endpoint: 'https://{H}', {k}: '{V}' };\n",
}

def generate():
    r = random.Random(9301)
    types = sorted(TYPES)
    use = {t: 0 for t in types}
    out = []
    for kind in KINDS:
        chosen = []
        for _ in range(4):
            cand = [t for t in types if t not in chosen]
            m = min(use[t] for t in cand)
            cand = [t for t in cand if use[t] == m]
            t = r.choice(cand)
            chosen.append(t)
            use[t] += 1
        for t in chosen:
            K, g = TYPES[t]
            v = g(r)
            f = filler(r)
            f["K"] = K
            f["k"] = camel(K)
            text, s = fill(KINDS[kind], f, v)
            out.append(dict(type=t, container=kind, text=text, secrets=[dict(value=v, start=s, end=s + len(v), type=t)], source="everyday"))
    return out
