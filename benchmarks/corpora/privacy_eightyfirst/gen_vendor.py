"""One record per developer-tooling / docs-world vendor credential type, 12 styles cycled."""
import random
from common import spec, jwt, place, positive, fillers

# (type, shape spec, env-style key name)
VENDORS = [
 ('postman_api_key', 'PMAK-%h24-%h34', 'POSTMAN_API_KEY'),
 ('readme_com_project_api_key', 'rdme_%l70', 'README_API_KEY'),
 ('mintlify_admin_api_key', 'mint_%a40', 'MINTLIFY_API_KEY'),
 ('gitbook_personal_token', 'gb_api_%a40', 'GITBOOK_TOKEN'),
 ('algolia_docsearch_crawler_api_key', '%h32', 'ALGOLIA_CRAWLER_API_KEY'),
 ('redocly_cli_api_key', '%a64', 'REDOCLY_AUTHORIZATION'),
 ('bump_sh_documentation_token', '%a32', 'BUMP_TOKEN'),
 ('stoplight_platform_token', '%h40', 'STOPLIGHT_TOKEN'),
 ('swaggerhub_api_key', '%U', 'SWAGGERHUB_API_KEY'),
 ('contentful_cma_personal_token', 'CFPAT-%u43', 'CONTENTFUL_MANAGEMENT_TOKEN'),
 ('sanity_robot_write_token', 'sk%a180', 'SANITY_API_WRITE_TOKEN'),
 ('storyblok_management_oauth_token', '%a24-%d6-%a20', 'STORYBLOK_OAUTH_TOKEN'),
 ('prismic_write_api_token', '%a36', 'PRISMIC_WRITE_TOKEN'),
 ('datocms_full_access_token', '%h30', 'DATOCMS_API_TOKEN'),
 ('strapi_full_access_api_token', '%h256', 'STRAPI_API_TOKEN'),
 ('ghost_admin_api_key', '%h24:%h64', 'GHOST_ADMIN_API_KEY'),
 ('wordpress_application_password', '%a4 %a4 %a4 %a4 %a4 %a4', 'WP_APP_PASSWORD'),
 ('hashnode_personal_access_token', '%U', 'HASHNODE_PAT'),
 ('devto_forem_api_key', '%a24', 'DEVTO_API_KEY'),
 ('medium_integration_token', '%h65', 'MEDIUM_INTEGRATION_TOKEN'),
 ('netlify_personal_access_token', 'nfp_%a36', 'NETLIFY_AUTH_TOKEN'),
 ('netlify_build_hook_id', '%h24', 'NETLIFY_BUILD_HOOK'),
 ('vercel_deploy_hook_secret', '%a10', 'VERCEL_DEPLOY_HOOK_ID'),
 ('cloudflare_pages_api_token', '%u40', 'CLOUDFLARE_API_TOKEN'),
 ('github_fine_grained_pat', 'github_pat_%a22_%a59', 'GH_FINE_GRAINED_TOKEN'),
 ('github_actions_installation_token', 'ghs_%a36', 'GITHUB_APP_INSTALL_TOKEN'),
 ('gitlab_project_access_token', 'glpat-%u20', 'GITLAB_TOKEN'),
 ('gitlab_deploy_token_password', 'gldt-%u20', 'CI_DEPLOY_PASSWORD'),
 ('bitbucket_app_password', 'ATBB%a28%H8', 'BITBUCKET_APP_PASSWORD'),
 ('pypi_upload_api_token', 'pypi-AgEIcHlwaS5vcmcCJD%u50%u80', 'TWINE_PASSWORD'),
 ('rubygems_api_key', 'rubygems_%h48', 'GEM_HOST_API_KEY'),
 ('nuget_org_api_key', 'oy2%l43', 'NUGET_API_KEY'),
 ('crates_io_api_token', 'cio%a32', 'CARGO_REGISTRY_TOKEN'),
 ('dockerhub_personal_access_token', 'dckr_pat_%u27', 'DOCKERHUB_TOKEN'),
 ('jfrog_artifactory_identity_token', 'cmVmdGtuOjAxOjE3%a50', 'JFROG_ACCESS_TOKEN'),
 ('sonatype_central_portal_token', '%a8:%a44', 'SONATYPE_TOKEN'),
 ('jsr_publish_token', 'jsrp_%a40', 'JSR_TOKEN'),
 ('pub_dev_oidc_credential', 'ya29.%u120', 'PUB_CREDENTIALS_TOKEN'),
 ('cocoapods_trunk_session', '%h32', 'COCOAPODS_TRUNK_TOKEN'),
 ('huggingface_user_access_token', 'hf_%a34', 'HF_TOKEN'),
 ('openai_project_api_key', 'sk-proj-%u156', 'OPENAI_API_KEY'),
 ('anthropic_api_key', 'sk-ant-api03-%u93AA', 'ANTHROPIC_API_KEY'),
 ('replicate_api_token', 'r8_%a37', 'REPLICATE_API_TOKEN'),
 ('groq_api_key', 'gsk_%a52', 'GROQ_API_KEY'),
 ('perplexity_api_key', 'pplx-%a48', 'PERPLEXITY_API_KEY'),
 ('cohere_production_api_key', '%a40', 'CO_API_KEY'),
 ('mistral_la_plateforme_key', '%a32', 'MISTRAL_API_KEY'),
 ('figma_personal_access_token', 'figd_%u40', 'FIGMA_TOKEN'),
 ('linear_personal_api_key', 'lin_api_%a40', 'LINEAR_API_KEY'),
 ('notion_internal_integration_secret', 'ntn_%d11%a35', 'NOTION_TOKEN'),
 ('airtable_personal_access_token', 'pat%a14.%h64', 'AIRTABLE_PAT'),
 ('asana_personal_access_token', '2/%d16/%d16:%h32', 'ASANA_PAT'),
 ('clickup_personal_token', 'pk_%d8_%A32', 'CLICKUP_API_TOKEN'),
 ('atlassian_cloud_api_token', 'ATATT3xFfGF0%u180=%H8', 'JIRA_API_TOKEN'),
 ('shopify_admin_api_access_token', 'shpat_%h32', 'SHOPIFY_ACCESS_TOKEN'),
 ('shopify_app_shared_secret', 'shpss_%h32', 'SHOPIFY_API_SECRET'),
 ('square_production_access_token', 'EAAA%u60', 'SQUARE_ACCESS_TOKEN'),
 ('stripe_restricted_live_key', 'rk_live_%a99', 'STRIPE_RESTRICTED_KEY'),
 ('plaid_production_secret', '%h30', 'PLAID_SECRET'),
 ('paypal_rest_client_secret', 'E%u79', 'PAYPAL_CLIENT_SECRET'),
 ('twilio_api_key_secret', '%a32', 'TWILIO_API_SECRET'),
 ('discord_bot_token', 'MT%a24.%u6.%u38', 'DISCORD_BOT_TOKEN'),
 ('telegram_bot_api_token', '%d10:AA%u33', 'TELEGRAM_BOT_TOKEN'),
 ('twitch_app_client_secret', '%l30', 'TWITCH_CLIENT_SECRET'),
 ('mapbox_secret_access_token', 'MAPBOX', 'MAPBOX_SECRET_TOKEN'),
 ('launchdarkly_server_sdk_key', 'sdk-%U', 'LD_SDK_KEY'),
 ('launchdarkly_api_access_token', 'api-%U', 'LD_API_TOKEN'),
 ('lokalise_api_token', '%h40', 'LOKALISE_API_TOKEN'),
 ('crowdin_personal_access_token', '%h80', 'CROWDIN_PERSONAL_TOKEN'),
 ('transifex_api_token', '1/%h40', 'TX_TOKEN'),
 ('phrase_strings_access_token', '%h64', 'PHRASE_ACCESS_TOKEN'),
 ('mux_video_token_secret', '%b75', 'MUX_TOKEN_SECRET'),
 ('cloudinary_api_secret', '%u27', 'CLOUDINARY_API_SECRET'),
 ('uploadcare_secret_key', '%h20', 'UPLOADCARE_SECRET_KEY'),
 ('imagekit_private_key', 'private_%a28=', 'IMAGEKIT_PRIVATE_KEY'),
 ('pusher_channels_app_secret', '%h20', 'PUSHER_APP_SECRET'),
 ('ably_root_api_key', '%a6.%a6:%u43', 'ABLY_API_KEY'),
 ('stream_chat_api_secret', '%l64', 'STREAM_API_SECRET'),
 ('sendbird_master_api_token', '%h40', 'SENDBIRD_API_TOKEN'),
 ('agora_app_certificate', '%h32', 'AGORA_APP_CERTIFICATE'),
 ('livekit_api_secret', '%a43', 'LIVEKIT_API_SECRET'),
 ('daily_co_api_key', '%h64', 'DAILY_API_KEY'),
 ('intercom_access_token', 'dG9rOm%a54=', 'INTERCOM_ACCESS_TOKEN'),
 ('zendesk_api_token', '%a40', 'ZENDESK_API_TOKEN'),
 ('freshdesk_api_key', '%a20', 'FRESHDESK_API_KEY'),
 ('discourse_admin_api_key', '%h64', 'DISCOURSE_API_KEY'),
 ('circle_so_admin_api_token', '%a24', 'CIRCLE_API_TOKEN'),
 ('bitly_generic_access_token', '%h40', 'BITLY_TOKEN'),
 ('calendly_personal_access_token', 'JWT', 'CALENDLY_PAT'),
 ('typeform_personal_token', 'tfp_%a44_%a14', 'TYPEFORM_TOKEN'),
 ('canny_secret_api_key', '%h32', 'CANNY_API_KEY'),
 ('heap_analytics_api_key', '%U', 'HEAP_API_KEY'),
 ('plausible_stats_api_key', '%u64', 'PLAUSIBLE_API_KEY'),
 ('snyk_api_token', '%U', 'SNYK_TOKEN'),
 ('codecov_upload_token', '%U', 'CODECOV_TOKEN'),
 ('coveralls_repo_token', '%a32', 'COVERALLS_REPO_TOKEN'),
 ('circleci_personal_api_token', 'CCIPAT_%a22_%h40', 'CIRCLECI_TOKEN'),
 ('buildkite_user_access_token', 'bkua_%h40', 'BUILDKITE_API_TOKEN'),
 ('deno_deploy_access_token', 'ddp_%a36', 'DENO_DEPLOY_TOKEN'),
 ('expo_robot_access_token', '%a40', 'EXPO_TOKEN'),
 ('firebase_cli_ci_token', '1//0%u98', 'FIREBASE_TOKEN'),
 ('saucelabs_access_key', '%U', 'SAUCE_ACCESS_KEY'),
 ('browserstack_access_key', '%a20', 'BROWSERSTACK_ACCESS_KEY'),
 ('percy_project_token', 'web_%h64', 'PERCY_TOKEN'),
 ('chromatic_project_token', 'chpt_%h14', 'CHROMATIC_PROJECT_TOKEN'),
 ('applitools_api_key', '%a44', 'APPLITOOLS_API_KEY'),
 ('sonarcloud_user_token', 'squ_%h40', 'SONAR_TOKEN'),
 ('infracost_api_key', 'ico-%a32', 'INFRACOST_API_KEY'),
 ('pulumi_access_token', 'pul-%h40', 'PULUMI_ACCESS_TOKEN'),
 ('terraform_cloud_user_token', '%a14.atlasv1.%a67', 'TFE_TOKEN'),
 ('gitpod_personal_access_token', 'gitpod_pat_%u40.%u43', 'GITPOD_TOKEN'),
 ('codesandbox_api_token', 'csb_v1_%u43', 'CSB_API_KEY'),
 ('apify_api_token', 'apify_api_%a36', 'APIFY_TOKEN'),
 ('serpapi_private_key', '%h64', 'SERPAPI_KEY'),
 ('zapier_nla_api_key', 'sk-ak-%a32', 'ZAPIER_NLA_KEY'),
 ('n8n_public_api_key', 'JWT', 'N8N_API_KEY'),
 ('pipedream_client_secret', '%u43', 'PIPEDREAM_CLIENT_SECRET'),
 ('retool_api_access_token', 'retool_%a32', 'RETOOL_API_TOKEN'),
 ('kapa_ai_api_key', '%U', 'KAPA_API_KEY'),
 ('inkeep_api_key', '%h64', 'INKEEP_API_KEY'),
 ('orama_cloud_private_api_key', '%a32', 'ORAMA_PRIVATE_API_KEY'),
 ('svix_webhook_auth_token', 'sk_%u32.eu', 'SVIX_AUTH_TOKEN'),
]

STYLES = {
 'docs_repo_ci_secret_yaml_env': "jobs:\n  publish-docs:\n    runs-on: ubuntu-latest\n    env:\n      {K}: {V}\n    steps:\n      - run: npm run docs:deploy\n",
 'sdk_readme_env_export_fence': "```bash\nexport {K}=\"{V}\"\n{org}-example run\n```\n",
 'openapi_servers_variable_default': "servers:\n  - url: https://{host}/{{version}}\n    variables:\n      version:\n        default: v{n}\n      {k}:\n        default: \"{V}\"\n",
 'mdx_tutorial_step_code_tab': "<Step title=\"Authenticate\">\n```python\nclient = Client(api_key=\"{V}\")\n```\n</Step>\n",
 'forum_support_reply_quote': "Staff reply by {user}:\nI can see in your log that `{K}` is set to {V} - that key is active, so the 401 comes from the region setting.\n",
 'slide_deck_demo_terminal_text': "Slide {n} [terminal screenshot text]\n$ {org} login --token {V}\nLogged in as {user}\n",
 'sample_app_config_json_entry': "{{\n  \"apiBase\": \"https://{host}\",\n  \"{k}\": \"{V}\"\n}}\n",
 'changelog_security_note_line': "### {ver} ({date})\n* Rotated the leaked {K} ({V}) that was committed in the examples folder.\n",
 'rst_envvar_field_list': ":envvar:`{K}`\n   Example used in this guide: ``{V}``\n",
 'asciidoc_attribute_entry': ":{k}: {V}\n:api-host: {host}\n",
 'tutorial_draft_google_doc_comment': "Comment by {user} on \"Tutorial draft v{n}\":\nusing my own key here for now -> {V} (replace with {K} placeholder before review)\n",
 'devcontainer_json_remote_env': "{{\n  \"name\": \"{org} sample\",\n  \"remoteEnv\": {{ \"{K}\": \"{V}\" }}\n}}\n",
}


def make_value(rng, s):
    if s == 'JWT':
        return jwt(rng, {'iss': 'https://auth.example', 'sub': str(rng.randint(10**7, 10**8)), 'jti': 'k%d' % rng.randint(1000, 9999)})
    if s == 'MAPBOX':
        return 'sk.' + jwt(rng, {'u': 'devrel%d' % rng.randint(1, 99), 'a': 'cl%s' % spec(rng, '%l22')}).split('.', 1)[1]
    return spec(rng, s)


def camel(K):
    parts = K.lower().split('_')
    return parts[0] + ''.join(p.capitalize() for p in parts[1:])


def build(prefix, start):
    rng = random.Random(8102)
    styles = list(STYLES)
    recs = []
    for i, (typ, s, K) in enumerate(VENDORS):
        st = styles[i % len(styles)]
        v = make_value(rng, s)
        text, a, b = place(STYLES[st], v, K=K, k=camel(K), **fillers(rng))
        recs.append(positive('%s-s-%04d' % (prefix, start + i + 1), typ, typ + '__' + st, text, a, b, 'vendor'))
    return recs
