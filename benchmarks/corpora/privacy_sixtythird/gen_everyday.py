import random
from common import *
PW = '{pw}'
TYPES = {
 'aws_secret_access_key': ('AWS_SECRET_ACCESS_KEY', 'AWS secret key', '{b:40}'),
 'database_password': ('DB_PASSWORD', 'database password', PW),
 'github_personal_access_token': ('GITHUB_TOKEN', 'GitHub token', 'ghp_{a:36}'),
 'slack_bot_token': ('SLACK_BOT_TOKEN', 'Slack bot token', 'xoxb-{d:12}-{d:13}-{a:24}'),
 'stripe_live_secret_key': ('STRIPE_SECRET_KEY', 'Stripe live secret key', 'sk_live_51{a:96}'),
 'sendgrid_api_key': ('SENDGRID_API_KEY', 'SendGrid API key', 'SG.{u:22}.{u:43}'),
 'twilio_auth_token': ('TWILIO_AUTH_TOKEN', 'Twilio auth token', '{h:32}'),
 'openai_project_api_key': ('OPENAI_API_KEY', 'OpenAI key', 'sk-proj-{u:58}T3BlbkFJ{u:58}'),
 'smtp_password': ('SMTP_PASSWORD', 'SMTP password', PW),
 'jwt_signing_secret': ('JWT_SECRET', 'JWT signing secret', '{a:64}'),
 'telegram_bot_token': ('TELEGRAM_BOT_TOKEN', 'Telegram bot token', '{d:10}:AA{u:33}'),
 'google_oauth_client_secret': ('GOOGLE_CLIENT_SECRET', 'Google OAuth client secret', 'GOCSPX-{u:28}'),
 'cms_admin_password': ('WP_ADMIN_PASSWORD', 'WordPress admin password', PW),
 'sftp_deploy_password': ('SFTP_PASSWORD', 'SFTP password', PW),
 'payment_webhook_signing_secret': ('STRIPE_WEBHOOK_SECRET', 'Stripe webhook signing secret', 'whsec_{a:32}'),
 'paypal_rest_client_secret': ('PAYPAL_CLIENT_SECRET', 'PayPal client secret', 'E{u:79}'),
}
NEW_TYPES = ['cms_admin_password', 'sftp_deploy_password', 'payment_webhook_signing_secret', 'paypal_rest_client_secret']
KINDS = {
 'shopify_theme_settings_data_json': '{\n  "current": {\n    "announcement_text": "Free shipping over 50",\n    "{k}": "{V}",\n    "color_accent": "#c0392b"\n  }\n}',
 'shopify_cli_toml_app_config': '# shopify.app.toml for {C}\nclient_id = "{h8}"\napplication_url = "https://{D}"\n[build]\nautomatically_update_urls_on_dev = true\n# TODO move to env\n{k} = "{V}"',
 'liquid_snippet_assign_tag': "{% comment %} quick fix by {N}, remove before launch {% endcomment %}\n{% assign {k} = '{V}' %}\n{% render 'product-card', product: product %}",
 'woocommerce_wc_settings_export_json': '{"woocommerce_store_address":"12 Market St","woocommerce_currency":"EUR","{k}":"{V}","woocommerce_calc_taxes":"yes"}',
 'wp_config_php_define_line': "/** Custom constants – {C} */\ndefine( 'WP_CACHE', true );\ndefine( '{K}', '{V}' );\n/* That's all, stop editing! */",
 'wp_options_table_sql_insert': "INSERT INTO `wp_options` (`option_name`, `option_value`, `autoload`) VALUES ('{k}', '{V}', 'yes');",
 'wp_cli_option_get_output': '$ wp option get {k} --path=/var/www/{D}\n{V}\n$ wp cache flush\nSuccess: The cache was flushed.',
 'magento_env_php_array': "<?php\nreturn [\n    'backend' => ['frontName' => 'admin_{h4}'],\n    'custom' => [\n        '{k}' => '{V}',\n    ],\n];",
 'magento_core_config_data_row': 'config_id\tscope\tscope_id\tpath\tvalue\n{I}\tdefault\t0\tagency/integration/{k}\t{V}',
 'prestashop_parameters_php': "<?php return array (\n  'parameters' => array (\n    'database_host' => '127.0.0.1',\n    '{k}' => '{V}',\n  ),\n);",
 'bigcommerce_stencil_config_json': '{\n  "normalStoreUrl": "https://{D}",\n  "customLayouts": {},\n  "{k}": "{V}"\n}',
 'opencart_config_php_define': "<?php\n// HTTP\ndefine('HTTP_SERVER', 'https://{D}/');\ndefine('{K}', '{V}');",
 'drupal_settings_local_php': "<?php\n// settings.local.php – {C} staging\n$settings['{k}'] = '{V}';\n$config['system.logging']['error_level'] = 'verbose';",
 'craft_cms_dotenv_file': 'CRAFT_APP_ID=CraftCMS--{h8}\nCRAFT_ENVIRONMENT=production\n{K}="{V}"\nPRIMARY_SITE_URL=https://{D}',
 'strapi_admin_env_file': 'HOST=0.0.0.0\nPORT=1337\nAPP_KEYS=<set-in-vault>\n{K}={V}',
 'contentful_space_export_json': '{"entries":[{"sys":{"id":"{h8}","contentType":{"sys":{"id":"siteConfig"}}},"fields":{"{k}":{"en-US":"{V}"}}}]}',
 'sanity_studio_env_local': '# .env.local (studio)\nSANITY_STUDIO_PROJECT_ID={l8}\nSANITY_STUDIO_DATASET=production\nSANITY_STUDIO_{K}={V}',
 'netlify_toml_build_environment': '[build]\n  command = "npm run build"\n  publish = "dist"\n[build.environment]\n  NODE_VERSION = "20"\n  {K} = "{V}"',
 'vercel_project_env_pull': '# Created by Vercel CLI\nVERCEL="1"\nVERCEL_ENV="production"\n{K}="{V}"\nVERCEL_URL="{l8}.vercel.app"',
 'google_tag_manager_custom_html_tag': "<script>\n  // server-side helper, {N} {I}\n  window.__shopCfg = { endpoint: 'https://{D}/hook', {k}: '{V}' };\n</script>",
 'gtm_container_export_variable': '{"variable":[{"name":"{K}","type":"c","parameter":[{"type":"TEMPLATE","key":"value","value":"{V}"}]}]}',
 'zapier_webhook_step_json': '{"step":"Webhooks by Zapier","action":"POST","url":"https://{D}/api/orders","headers":{"X-{K}":"{V}"},"payload_type":"json"}',
 'make_scenario_blueprint_module': '{"id":{I},"module":"http:ActionSendData","mapper":{"url":"https://{D}/sync","method":"post","qs":[{"name":"{k}","value":"{V}"}]}}',
 'klaviyo_flow_webhook_headers': 'Flow: Abandoned cart – {C}\nAction: Webhook\nDestination URL: https://{D}/klaviyo-hook\nHeaders:\n  Content-Type: application/json\n  {K}: {V}',
 'mailchimp_template_merge_comment': '<!-- *|MC:SUBJECT|* -->\n<!-- build note {N}: {L} = {V} (remove!) -->\n<p>Hi *|FNAME|*, your order has shipped.</p>',
 'client_handover_doc_markdown': '# {C} – website handover\n\n## Access\n| item | value |\n|---|---|\n| Admin URL | https://{D}/wp-admin |\n| {L} | {V} |\n\nPlease change all credentials after sign-off.',
 'client_credentials_sheet_csv': 'service,login,secret,owner\nHosting panel,{n}@{D},see 1Password,{N}\n{L},{k},{V},{N}',
 'agency_onboarding_google_sheet_tsv': 'Step\tWhat\tValue\tDone\n3\tConnect {L}\t{V}\tyes\n4\tInstall GA4\tG-{U6}\tno',
 'agency_slack_client_channel_paste': '{N} 10:42\nok the {L} for {C} is {V}\nplease don\'t forward this to the client thread',
 'asana_task_comment_export': '{"gid":"{I}","resource_type":"story","text":"Checkout broken again. Used {L} {V} to test, works now.","created_by":{"name":"{N}"}}',
 'trello_card_description_json': '{"name":"{C} – payment setup","desc":"**Env for staging**\\n{K}={V}\\nDeadline Friday","idList":"{h8}"}',
 'monday_board_item_update': 'Update on "{C} launch" by {N}\n> Plugged the {L} into staging: {V}\n> Will rotate after go-live.',
 'basecamp_message_email_digest': 'Subject: [Basecamp] {C}: New message from {N}\n\nHere\'s the {L} you asked for:\n{V}\n\n— View this message on Basecamp',
 'freelancer_invoice_notes_txt': 'INVOICE #{I}\nClient: {C}\nLine 3 – integration work (4h)\nNotes: {L} used for the integration: {V}\nPayment terms: 14 days',
 'hotjar_tracking_snippet_comment': "<!-- Hotjar Tracking Code for {D} -->\n<script>\n// {K}={V}\n(function(h,o,t,j,a,r){h.hj=h.hj||function(){};})(window,document);\n</script>",
 'landing_page_html_inline_script': '<section class="hero">Summer sale</section>\n<script>\n  const {K} = "{V}";\n  fetch("/api/lead", {method: "POST"});\n</script>',
 'unbounce_custom_script_block': "<script>\n  // Unbounce script – placement: before body end\n  window.ub.hooks.beforeFormSubmit.push(function(){ var {k} = '{V}'; });\n</script>",
 'elementor_custom_code_json': '{"title":"Checkout helper","location":"elementor_body_end","code":"<script>var {k}=\\"{V}\\";</script>","priority":1}',
 'acf_field_group_export_json': '[{"key":"group_{h8}","title":"Shop settings","fields":[{"key":"field_{h4}","name":"{k}","type":"text","default_value":"{V}"}]}]',
 'yoast_seo_settings_export_json': '{"wpseo":{"company_name":"{C}","{k}":"{V}","enable_xml_sitemap":true}}',
 'cpanel_cron_job_command': '*/15 * * * * {K}={V} /usr/local/bin/php /home/{n}/public_html/cron/sync-feed.php >/dev/null 2>&1',
 'filezilla_sitemanager_xml': '<?xml version="1.0"?>\n<FileZilla3>\n <Servers>\n  <Server>\n   <Host>{D}</Host>\n   <Name>{C}</Name>\n   <Comment>{L}: {V}</Comment>\n  </Server>\n </Servers>\n</FileZilla3>',
 'php_error_log_stack_trace': '[12-Mar-2024 09:1{d1}:03 UTC] PHP Warning:  Undefined index: token in /var/www/{D}/wp-content/plugins/agency-sync/sync.php on line 88\n[12-Mar-2024 09:1{d1}:03 UTC] agency-sync: request failed, {k}={V}',
 'nginx_fastcgi_param_line': 'location ~ \\.php$ {\n    include fastcgi_params;\n    fastcgi_param {K} "{V}";\n    fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n}',
 'htaccess_setenv_directive': '# BEGIN agency env\nSetEnv {K} "{V}"\n# END agency env\n<IfModule mod_rewrite.c>\nRewriteEngine On\n</IfModule>',
}

def gen(pool):
    r = random.Random(6301)
    used = {t: 0 for t in TYPES}
    out = []
    for kind, tpl in KINDS.items():
        ts = sorted(TYPES, key=lambda t: (used[t], r.random()))[:4]
        for t in ts:
            used[t] += 1
            K, L, spec = TYPES[t]
            v = pool.fresh(lambda: shape(r, spec))
            c, d = client(r); n = r.choice(FIRST)
            text, s, e = make(tpl, v, K=K, k=K.lower(), L=L, C=c, D=d, N=n, n=n.lower(), I=r.randint(1000, 99999),
                              h8=rstr(r, CS['h'], 8), h4=rstr(r, CS['h'], 4), l8=rstr(r, LOW, 8), U6=rstr(r, UP + DIG, 6), d1=r.randint(0, 9))
            out.append({'type': t, 'container': kind, 'text': text,
                        'secrets': [{'value': v, 'start': s, 'end': e, 'type': t}], 'source': 'everyday'})
    return out
