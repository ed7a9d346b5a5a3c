"""Everyday secrets in 45 documentation / devrel container kinds x 4."""
import random
from common import spec, owner_pw, jwt, place, positive, fillers

# type -> (shape spec or callable, ENV_NAME, camelName)
TYPES = {
    'aws_secret_access_key': ('%b40', 'AWS_SECRET_ACCESS_KEY', 'awsSecretAccessKey'),
    'github_personal_access_token': ('ghp_%a36', 'GITHUB_TOKEN', 'githubToken'),
    'slack_bot_token': ('xoxb-%d12-%d13-%a24', 'SLACK_BOT_TOKEN', 'slackBotToken'),
    'sendgrid_api_key': ('SG.%u22.%u43', 'SENDGRID_API_KEY', 'sendgridApiKey'),
    'stripe_live_secret_key': ('sk_live_%a24', 'STRIPE_SECRET_KEY', 'stripeSecretKey'),
    'twilio_auth_token': ('%h32', 'TWILIO_AUTH_TOKEN', 'twilioAuthToken'),
    'jwt_signing_secret': ('%u48', 'JWT_SECRET', 'jwtSecret'),
    'smtp_password': ('%w', 'SMTP_PASSWORD', 'smtpPassword'),
    'database_password': ('%w', 'DATABASE_PASSWORD', 'databasePassword'),
    # new for this corpus
    'webhook_endpoint_signing_secret': ('whsec_%b32', 'WEBHOOK_SIGNING_SECRET', 'webhookSigningSecret'),
    'sample_app_oauth_client_secret': ('%u43', 'OAUTH_CLIENT_SECRET', 'oauthClientSecret'),
    'headless_cms_management_token': ('%a52', 'CMS_MANAGEMENT_TOKEN', 'cmsManagementToken'),
    'docs_preview_deploy_token': ('%h40', 'DOCS_DEPLOY_TOKEN', 'docsDeployToken'),
    'api_reference_bearer_jwt': ('JWT', 'API_BEARER_TOKEN', 'apiBearerToken'),
    'package_registry_publish_token': ('npm_%a36', 'NPM_TOKEN', 'npmToken'),
    'workshop_sandbox_admin_password': ('%w', 'SANDBOX_ADMIN_PASSWORD', 'sandboxAdminPassword'),
}
REPEATED = ['aws_secret_access_key', 'github_personal_access_token', 'slack_bot_token', 'sendgrid_api_key',
            'stripe_live_secret_key', 'twilio_auth_token', 'jwt_signing_secret', 'smtp_password', 'database_password']


def make_value(rng, typ):
    s = TYPES[typ][0]
    if s == 'JWT':
        return jwt(rng, {'sub': 'usr_%d' % rng.randint(10000, 99999), 'scope': 'read:docs write:examples',
                         'iat': 1712000000 + rng.randint(0, 9999999), 'exp': 1790000000 + rng.randint(0, 9999999)})
    return spec(rng, s)


# {K} env name, {k} camel name, {V} value, plus fillers
KINDS = {
 'mdx_docs_page_codeblock_tab': "import Tabs from '@theme/Tabs';\n\n<Tabs>\n<TabItem value=\"node\">\n\n```js title=\"server.js\"\nconst client = new Client({{ {k}: '{V}' }});\n```\n\n</TabItem>\n</Tabs>\n",
 'sphinx_rst_code_block_directive': ".. code-block:: bash\n   :caption: Configure the SDK\n\n   export {K}={V}\n   {org}-cli init --region eu\n",
 'asciidoc_source_listing_block': "[source,properties]\n.application.properties\n----\n{k}={V}\nserver.port={port}\n----\n",
 'openapi_yaml_security_example': "components:\n  securitySchemes:\n    bearerAuth:\n      type: http\n      scheme: bearer\n      x-example-{k}: {V}\n",
 'swagger2_json_parameter_default': "{{\n  \"name\": \"{k}\",\n  \"in\": \"header\",\n  \"type\": \"string\",\n  \"default\": \"{V}\"\n}}\n",
 'postman_collection_v21_variable': "{{\"variable\": [{{\"key\": \"{k}\", \"value\": \"{V}\", \"type\": \"string\"}}, {{\"key\": \"baseUrl\", \"value\": \"https://{host}\"}}]}}\n",
 'insomnia_v4_environment_export': "{{\"_type\": \"environment\", \"name\": \"Base Environment\", \"data\": {{\"base_url\": \"https://{host}\", \"{k}\": \"{V}\"}}}}\n",
 'bruno_collection_env_bru_file': "vars {{\n  baseUrl: https://{host}\n  {k}: {V}\n}}\n",
 'readme_quickstart_shell_fence': "## Quickstart\n\n```sh\nnpm install @{org}/sdk\n{K}={V} node examples/hello.js\n```\n",
 'docusaurus_config_custom_fields': "module.exports = {{\n  title: '{org} docs',\n  customFields: {{\n    {k}: '{V}',\n  }},\n}};\n",
 'mkdocs_yml_extra_block': "site_name: {org} SDK\nextra:\n  {k}: \"{V}\"\ntheme:\n  name: material\n",
 'jupyter_ipynb_code_cell_source': "{{\"cell_type\": \"code\", \"source\": [\"import os\\n\", \"os.environ['{K}'] = '{V}'\\n\"], \"outputs\": []}}\n",
 'marp_slide_deck_markdown': "---\nmarp: true\n---\n\n# Live demo\n\n```bash\ncurl -H \"Authorization: Bearer $TOKEN\" https://{host}/v1/ping\n# {K}={V}\n```\n",
 'revealjs_slide_section_html': "<section data-auto-animate>\n  <h2>Step {n}: configure</h2>\n  <pre><code data-line-numbers>{K}=\"{V}\"</code></pre>\n</section>\n",
 'speaker_notes_plaintext_export': "Slide {n} - Speaker notes\nSwitch to the terminal. The {K} for the demo account is {V} - type it, do not paste.\n",
 'keepachangelog_release_entry': "## [{ver}] - {date}\n### Fixed\n- Example config no longer ships `{K}={V}` (thanks @{user}).\n",
 'github_discussion_answer_markdown': "> Marked as answer by @{user}\n\nSet the variable before starting the sample:\n\n```\n{K}={V}\n```\nThen restart `npm run dev`.\n",
 'discourse_forum_reply_cooked_html': "<p>Hi {user}, your config should look like this:</p>\n<pre><code class=\"lang-yaml\">{k}: {V}\n</code></pre>\n<p>Let us know if it works!</p>\n",
 'zendesk_ticket_public_reply_text': "Hello {user},\n\nThanks for reaching out to {org} Support. I regenerated the key for you; the new {K} is {V}\n\nBest regards,\nDeveloper Success\n",
 'stackexchange_answer_markdown_body': "You are missing the header. This works for me:\n\n    {K}={V} python app.py\n\nEdit: ver {ver} fixed it.\n",
 'sample_app_dotenv_local_file': "# copied from 1Password for the demo\nNEXT_PUBLIC_API_URL=https://{host}\n{K}={V}\n",
 'storybook_mdx_story_args': "import {{ Meta, Story }} from '@storybook/blocks';\n\n<Meta title=\"Examples/ApiWidget\" args={{{{ {k}: '{V}' }}}} />\n",
 'gitbook_hint_block_markdown': "{{% hint style=\"warning\" %}}\nUse your own key. Test with `{K}={V}` only in the sandbox.\n{{% endhint %}}\n",
 'readthedocs_yaml_build_env': "version: 2\nbuild:\n  os: ubuntu-22.04\n  jobs:\n    pre_build:\n      - {K}={V} python scripts/fetch_examples.py\n",
 'sphinx_conf_py_setting': "project = '{org}'\nextensions = ['sphinx.ext.autodoc']\n{k} = '{V}'\nhtml_theme = 'furo'\n",
 'hugo_front_matter_toml': "+++\ntitle = \"Getting started\"\nweight = {n}\n[params]\n  {k} = \"{V}\"\n+++\n",
 'vitepress_config_mts_define': "export default defineConfig({{\n  vite: {{ define: {{ __{K}__: JSON.stringify('{V}') }} }},\n}})\n",
 'astro_starlight_mdx_aside': ":::caution[Sandbox only]\nThe workshop account uses `{K}` = `{V}`.\n:::\n",
 'asyncapi_yaml_server_bindings': "asyncapi: 2.6.0\nservers:\n  production:\n    url: {host}:{port}\n    protocol: mqtt\n    x-{k}: {V}\n",
 'graphql_playground_http_headers': "{{\n  \"Authorization\": \"Bearer {V}\",\n  \"X-Client\": \"docs-playground\"\n}}\n",
 'httpie_session_json_file': "{{\"headers\": {{\"X-{K}\": \"{V}\"}}, \"cookies\": {{}}, \"auth\": {{\"type\": null}}}}\n",
 'screenshot_ocr_text_dump': "[OCR of docs-screenshot-{n}.png]\nSettings  >  API keys\n{K}   {V}   Copy   Revoke\nCreated {date}\n",
 'video_tutorial_vtt_captions': "WEBVTT\n\n00:0{n}:12.000 --> 00:0{n}:16.500\nso I paste {V} into the {K} field\n",
 'devrel_blog_draft_markdown': "---\ndraft: true\n---\nFirst, grab your key from the dashboard (mine is {V} - TODO swap before publishing) and export it as `{K}`.\n",
 'codesandbox_template_json': "{{\"template\": \"node\", \"container\": {{\"port\": {port}, \"env\": {{\"{K}\": \"{V}\"}}}}}}\n",
 'stackblitz_project_env_js': "// .stackblitzrc generated by sdk starter\nprocess.env.{K} = \"{V}\";\n",
 'notion_export_callout_markdown': "<aside>\n💡 Demo creds for the webinar: **{K}** → {V}\n</aside>\n",
 'confluence_storage_format_macro': "<ac:structured-macro ac:name=\"code\"><ac:parameter ac:name=\"language\">bash</ac:parameter><ac:plain-text-body><![CDATA[export {K}={V}]]></ac:plain-text-body></ac:structured-macro>\n",
 'docs_pr_inline_review_comment': "@{user} commented on docs/quickstart.md line {n}:\n> ```suggestion\n> {K}=<your-key>\n> ```\nThe current line leaks a real one: {V}\n",
 'typedoc_example_jsdoc_comment': "/**\n * Create a client.\n * @example\n * const c = createClient({{ {k}: \"{V}\" }});\n */\n",
 'pydoc_doctest_example_block': "def connect(**kw):\n    \"\"\"Connect to the API.\n\n    >>> connect({k}=\"{V}\")\n    <Session ok>\n    \"\"\"\n",
 'android_sample_local_properties': "sdk.dir=/Users/{user}/Library/Android/sdk\n{k}={V}\n",
 'xcode_sample_xcconfig_file': "// Secrets.xcconfig (sample app)\nAPI_HOST = {host}\n{K} = {V}\n",
 'flutter_dart_define_json_file': "{{\n  \"API_HOST\": \"{host}\",\n  \"{K}\": \"{V}\"\n}}\n",
 'webinar_qna_export_csv_row': "question_id,asker,answer\n{n},{user},\"Use {K}={V} for the sandbox, it resets nightly\"\n",
}


def build(prefix):
    rng = random.Random(8101)
    types = sorted(TYPES)
    used = {t: 0 for t in types}
    recs, k = [], 0
    for kind in KINDS:
        chosen = []
        for _ in range(4):
            cands = [t for t in types if t not in chosen]
            low = min(used[t] for t in cands)
            pick = rng.choice([t for t in cands if used[t] == low])
            chosen.append(pick)
            used[pick] += 1
        for typ in chosen:
            v = make_value(rng, typ)
            f = fillers(rng)
            text, s, e = place(KINDS[kind], v, K=TYPES[typ][1], k=TYPES[typ][2], **f)
            k += 1
            recs.append(positive('%s-s-%04d' % (prefix, k), typ, kind, text, s, e, 'everyday'))
    return recs
