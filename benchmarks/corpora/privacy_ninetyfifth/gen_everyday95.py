"""Everyday records: 45 localization-workflow container kinds x 4, 16 types."""
import random
from common95 import *

# type -> (ENV_NAME, generator)
def _types():
    return [
        ("l10n_crowdin_personal_access_token", "CROWDIN_PERSONAL_TOKEN", lambda r: hexs(r, 80)),
        ("l10n_lokalise_api_token", "LOKALISE_API_TOKEN", lambda r: rs(r, 40, LOWALNUM)),
        ("l10n_phrase_strings_access_token", "PHRASE_ACCESS_TOKEN", lambda r: hexs(r, 64)),
        ("l10n_transifex_api_token", "TX_TOKEN", lambda r: "1/" + hexs(r, 40)),
        ("l10n_weblate_user_api_key", "WEBLATE_API_KEY", lambda r: "wlu_" + rs(r, 40)),
        ("l10n_poeditor_api_token", "POEDITOR_API_TOKEN", lambda r: hexs(r, 32)),
        ("l10n_deepl_pro_auth_key", "DEEPL_AUTH_KEY", lambda r: uuid4(r)),
        ("l10n_google_translate_server_key", "GOOGLE_TRANSLATE_KEY", lambda r: "AIza" + rs(r, 35, ALNUM + "-_")),
        ("l10n_tolgee_project_api_key", "TOLGEE_API_KEY", lambda r: "tgpak_" + rs(r, 42, "abcdefghijklmnopqrstuvwxyz234567")),
        ("l10n_smartling_user_secret", "SMARTLING_USER_SECRET", lambda r: rs(r, 26, LOWALNUM) + "^" + rs(r, 29, ALNUM)),
        ("l10n_ci_bot_github_fine_grained_pat", "L10N_BOT_GITHUB_TOKEN",
         lambda r: "github_pat_11" + rs(r, 20, string.ascii_uppercase + string.digits) + "_" + rs(r, 59)),
        ("l10n_translator_portal_password", "TRANSLATOR_PORTAL_PASSWORD", owner_password),
        ("l10n_weblate_admin_password", "WEBLATE_ADMIN_PASSWORD", owner_password),
        ("l10n_vendor_sftp_drop_password", "VENDOR_SFTP_PASSWORD", owner_password),
        ("l10n_pontoon_database_password", "PONTOON_DB_PASSWORD", owner_password),
        ("l10n_cat_tool_license_password", "CAT_LICENSE_PASSWORD", owner_password),
    ]

USERS = ["ana.translator", "l10n-bot", "kenji", "marta.pm", "loc-sync", "ines", "tomas.qa", "yara"]
HOSTS = ["l10n.example.com", "tms.example.org", "weblate.example.net", "translate.example.com"]

CONTAINERS = [
    ("crowdin_yml_api_token_line", '"project_id": "584312"\n"api_token": "{V}"\n"base_path": "."\nfiles:\n  - source: /locales/en/*.json\n    translation: /locales/%two_letters_code%/%original_file_name%\n# {K} should come from env, fix later'),
    ("crowdin_cli_upload_sources_history", "  512  export {K}={V}\n  513  crowdin upload sources --branch release-4.2\n  514  crowdin download --language=de"),
    ("crowdin_github_action_with_block", "      - uses: crowdin/github-action@v2\n        with:\n          upload_sources: true\n          download_translations: true\n        env:\n          {K}: {V}\n          CROWDIN_PROJECT_ID: 584312"),
    ("lokalise2_cli_file_download_command", "lokalise2 file download --token {V} --project-id 7261882465f1c0a2d3e4b1.90231877 --format json --unzip-to ./src/locales   # {K}"),
    ("lokalise_node_api_client_init", "import { LokaliseApi } from '@lokalise/node-api';\n// {K}\nconst lokaliseApi = new LokaliseApi({ apiKey: '{V}' });\nconst projects = await lokaliseApi.projects().list();"),
    ("phrase_yml_access_token_line", "phrase:\n  access_token: {V}\n  project_id: 3c1f9e0a\n  file_format: yml\n  push:\n    sources:\n      - file: ./config/locales/en.yml"),
    ("phrase_cli_pull_ci_log", "[l10n-pull] $ env | grep -i phrase\n[l10n-pull] {K}={V}\n[l10n-pull] $ phrase pull\n[l10n-pull] Downloaded de to config/locales/de.yml"),
    ("transifexrc_hostname_section", "[https://app.transifex.com]\nrest_hostname = https://rest.api.transifex.com\ntoken = {V}\n# {K} for the CI copy"),
    ("tx_cli_push_shell_history", "$ {K}={V} tx push --source --branch main\n# pushing 14 resources ... done"),
    ("weblate_docker_environment_file", "WEBLATE_SITE_DOMAIN={H}\nWEBLATE_ADMIN_EMAIL=l10n-admin@example.com\n{K}={V}\nWEBLATE_DEFAULT_FROM_EMAIL=weblate@example.com"),
    ("wlc_ini_config_key_line", "[weblate]\nurl = https://{H}/api/\n\n[keys]\n# {K}\nhttps://{H}/api/ = {V}"),
    ("poeditor_upload_curl_form", "curl -X POST https://api.poeditor.com/v2/projects/upload \\\n  -F api_token=\"{V}\" \\\n  -F id=\"448210\" -F updating=\"terms_translations\" -F language=\"en\" -F file=@en.po\n# {K} from the onboarding doc"),
    ("smartling_cli_config_yml", "user_id: {U}\nsecret: {V}\nproject_id: 9f2e1a6c4\naccount_id: 61b0c7d2\n# ({K})"),
    ("tolgeerc_json_apikey_member", '{\n  "$schema": "https://docs.tolgee.io/cli-schema.json",\n  "projectId": 42,\n  "apiUrl": "https://{H}",\n  "apiKey": "{V}",\n  "format": "JSON_TOLGEE"\n}'),
    ("tolgee_vite_env_local", "VITE_APP_TOLGEE_API_URL=https://{H}\n{K}={V}\nVITE_APP_TOLGEE_PROJECT_ID=42"),
    ("i18next_locize_backend_options", "i18next.use(LocizeBackend).init({\n  fallbackLng: 'en',\n  backend: {\n    projectId: '1f3c5b7e-0000-4000-8000-9a2b4c6d8e0f',\n    apiKey: '{V}', // {K}, dev only\n    referenceLng: 'en'\n  }\n});"),
    ("locize_cli_sync_npm_script", '"scripts": {\n  "i18n:sync": "locize sync --api-key {V} --project-id 1f3c5b7e-0000-4000-8000-9a2b4c6d8e0f --language en"\n}'),
    ("po_file_header_translator_comment", '# German translation of the storefront.\n# Translators: staging login for context screenshots: {U} / {V} ({K})\nmsgid ""\nmsgstr ""\n"Project-Id-Version: storefront 4.2\\n"\n"Language: de\\n"'),
    ("po_msgstr_accidental_paste", '#: src/settings/sync.py:88\nmsgid "Sync now"\nmsgstr "{V}"\n\n#. {K} pasted here by mistake, see ticket L10N-311'),
    ("xliff_note_element_paste", '<trans-unit id="checkout.title">\n  <source>Checkout</source>\n  <target state="translated">Kasse</target>\n  <note from="pm">{K} for preview env: {V}</note>\n</trans-unit>'),
    ("android_strings_xml_comment", '<resources>\n    <!-- {K}: {V} (remove before release) -->\n    <string name="app_name">Lingo Shop</string>\n    <string name="login_button">Anmelden</string>\n</resources>'),
    ("ios_localizable_strings_comment", '/* {K} = {V} -- only for the screenshot build */\n"login.title" = "Connexion";\n"login.button" = "Se connecter";'),
    ("arb_flutter_metadata_description", '{\n  "@@locale": "es",\n  "syncButton": "Sincronizar",\n  "@syncButton": {\n    "description": "Button label. Test with {K}={V}"\n  }\n}'),
    ("json_locale_file_debug_entry", '{\n  "nav": { "home": "Startseite", "cart": "Warenkorb" },\n  "__debug": { "{K}": "{V}" }\n}'),
    ("yaml_rails_locale_file_entry", "de:\n  activerecord:\n    models:\n      order: Bestellung\n  _tmp_{K}: \"{V}\""),
    ("java_properties_bundle_line", "checkout.title=Kasse\ncheckout.pay=Jetzt bezahlen\n# l10n tooling\n{K}={V}"),
    ("resx_data_value_element", '<data name="{K}" xml:space="preserve">\n  <value>{V}</value>\n  <comment>do not translate</comment>\n</data>'),
    ("deepl_python_translator_init", "import deepl\n\n# {K}\ntranslator = deepl.Translator(\"{V}\")\nresult = translator.translate_text(\"Hello, world!\", target_lang=\"DE\")"),
    ("google_translate_v2_curl_query", "curl -s \"https://translation.googleapis.com/language/translate/v2?key={V}\" \\\n  -d q='Add to cart' -d target=ja   # {K}"),
    ("mt_glossary_sync_script_header", "#!/usr/bin/env bash\n# sync glossary.tsv to the MT engine\nset -euo pipefail\n{K}=\"{V}\"\npython3 tools/push_glossary.py --src en --tgt de glossary.tsv"),
    ("translation_vendor_handoff_email", "Subject: Batch 7 hand-off (DE/FR/IT)\n\nHi team,\nthe files are on our side now. For the upload use account {U}, credential below:\n{V}\n({K})\nThanks, Marta"),
    ("translator_onboarding_spreadsheet_row", "name,language,tms_user,{K},start_date\nIñés Ortega,es-MX,{U},{V},2024-03-04"),
    ("l10n_jira_ticket_description", "L10N-482: Nightly string sync failing\n\nSteps: run ./scripts/pull_translations.sh with {K}={V} on the build agent.\nExpected: 14 locales updated. Actual: 403."),
    ("gitlab_ci_l10n_sync_job_variables", "l10n:sync:\n  stage: i18n\n  variables:\n    {K}: \"{V}\"\n  script:\n    - make i18n-pull\n  only: [schedules]"),
    ("github_workflow_dispatch_l10n_env", "on: workflow_dispatch\njobs:\n  pull-translations:\n    runs-on: ubuntu-latest\n    env:\n      {K}: '{V}'\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm run i18n:pull"),
    ("makefile_l10n_pull_target", "{K} ?= {V}\n\ni18n-pull:\n\t./node_modules/.bin/i18n-sync pull --out src/locales"),
    ("docker_compose_weblate_service_env", "services:\n  weblate:\n    image: weblate/weblate\n    environment:\n      WEBLATE_SITE_DOMAIN: {H}\n      {K}: \"{V}\"\n    volumes:\n      - weblate-data:/app/data"),
    ("helm_values_tolgee_secret_block", "tolgee:\n  image: tolgee/tolgee\n  env:\n    - name: {K}\n      value: \"{V}\"\n    - name: TOLGEE_FRONT_END_URL\n      value: https://{H}"),
    ("pontoon_django_env_export", "export DJANGO_DEBUG=False\nexport SITE_URL=https://{H}\nexport {K}='{V}'\npython manage.py sync_projects --projects=storefront"),
    ("fastlane_deliver_metadata_env", "# fastlane/.env.l10n  (localized App Store metadata)\nDELIVER_METADATA_PATH=./fastlane/metadata\n{K}={V}\nDELIVER_FORCE=true"),
    ("nextjs_i18n_env_production", "NEXT_PUBLIC_DEFAULT_LOCALE=en\nNEXT_PUBLIC_LOCALES=en,de,fr,ja\n{K}={V}"),
    ("vue_i18n_loader_config_js", "// vue.config.js\nmodule.exports = {\n  pluginOptions: {\n    i18n: { locale: 'en', fallbackLocale: 'en', localeDir: 'locales' },\n    l10nSync: { token: '{V}' } // {K}\n  }\n};"),
    ("crowdin_api_python_client_call", "from crowdin_api import CrowdinClient\n\nclass L10nClient(CrowdinClient):\n    TOKEN = \"{V}\"  # {K}\n    PROJECT_ID = 584312"),
    ("l10n_sync_cron_log_line", "2024-05-13T02:00:04Z i18n-cron[4411]: starting pull for 12 locales with {K}={V} user={U}\n2024-05-13T02:00:09Z i18n-cron[4411]: de.json updated (38 strings)"),
    ("translator_team_chat_paste", "[09:14] marta: can someone run the export? I'm off today\n[09:15] marta: {K} is {V}\n[09:15] kenji: on it"),
]


def generate(prefix_counter):
    r = random.Random(9501)
    types = _types()
    out = []
    use = {t[0]: 0 for t in types}
    for ci, (kind, tpl) in enumerate(CONTAINERS):
        chosen = []
        for j in range(4):
            cands = sorted([t for t in types if t[0] not in [c[0] for c in chosen]],
                           key=lambda t: (use[t[0]], (hash_s(t[0]) + ci * 7 + j) % 97))
            t = cands[0]
            chosen.append(t)
            use[t[0]] += 1
        for t in chosen:
            typ, env, gen = t
            v = gen(r)
            text, spans = fill(tpl, v, K=env, U=r.choice(USERS), H=r.choice(HOSTS))
            out.append((kind, text, spans, v, typ))
    return out


def hash_s(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000003
    return h
