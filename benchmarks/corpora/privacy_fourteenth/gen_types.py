"""Vendor / structured credential types: (type, VAR_NAME, spec or callable)."""
import json
from gen_common import spec, crc_token, rs, b64, b64u, jwt, uuid4, rbytes


def _neptune(r):
    d = {'api_address': 'https://app.neptune.ai', 'api_url': 'https://app.neptune.ai',
         'api_key': uuid4(r)}
    return b64(json.dumps(d).encode()).rstrip('=')


def _bedrock(r):
    inner = 'BedrockAPIKey-%s-at-%d:%s' % (rs(r, 'lc', 4), r.randrange(10**11, 10**12),
                                           b64(rbytes(r, 45)))
    return 'ABSK' + b64(inner.encode())


def _jfrog(r):
    inner = 'reftkn:01:%d:%s' % (r.randrange(1760000000, 1900000000), rs(r, 'an', 32))
    return b64(inner.encode()).rstrip('=')


def _youtrack(r):
    return 'perm:%s.%s.%s' % (b64(r.choice(['root', 'ci-bot', 'deploy', 'qa']).encode()),
                              b64(('%d-%d' % (r.randrange(10, 99), r.randrange(1, 9))).encode()),
                              rs(r, 'an', 30))


def _motherduck(r):
    return jwt(r, {'alg': 'HS256', 'typ': 'JWT'},
               {'session': 'svc.%s' % rs(r, 'lo', 6), 'email': 'svc@%s.dev' % rs(r, 'lo', 7),
                'userId': uuid4(r), 'iat': r.randrange(1730000000, 1760000000),
                'iss': 'md_pat'})


def _tinybird(r):
    return 'p.' + jwt(r, {'alg': 'HS256'}, {'u': uuid4(r), 'id': uuid4(r),
                                             'host': 'gcp-europe-west3'}).split('.', 1)[1]


def _wix(r):
    return 'IST.' + jwt(r, {'kid': rs(r, 'an', 8), 'alg': 'RS256'},
                        {'data': json.dumps({'id': uuid4(r), 'identity': {'type': 'application'},
                                             'tenant': {'type': 'ACCOUNT', 'id': uuid4(r)}}),
                         'iat': r.randrange(1730000000, 1760000000)}, 64)


def _wp_app(r):
    return ' '.join(rs(r, 'an', 4) for _ in range(6))


def _rapid(r):
    return '%smsh%sp%sjsn%s' % (rs(r, 'hex', 10), rs(r, 'hex', 15), rs(r, 'hex', 12), rs(r, 'hex', 12))


def _bunny(r):
    return uuid4(r) + uuid4(r)[:-12]


def _azfunc(r):
    return rs(r, 'b64u', 44) + 'AzFu' + rs(r, 'b64u', 5) + r.choice('AQgw') + '=='


def _google_app(r):
    return ' '.join(rs(r, 'lo', 4) for _ in range(4))


def _apple_asp(r):
    return '-'.join(rs(r, 'lo', 4) for _ in range(4))


def _onep_secret(r):
    a = '23456789ABCDEFGHJKLMNPQRSTVWXYZ'
    return 'A3-' + '-'.join(rs(r, a, n) for n in (6, 6, 5, 5, 5, 5, 5))


TYPES = [
    # --- AI / ML / data
    ('openai_project_api_key', 'OPENAI_API_KEY', 'sk-proj-{b64u:74}T3BlbkFJ{b64u:74}'),
    ('anthropic_api_key', 'ANTHROPIC_API_KEY', 'sk-ant-api03-{b64u:93}AA'),
    ('huggingface_user_access_token', 'HF_TOKEN', 'hf_{al:34}'),
    ('huggingface_org_api_token', 'HF_ORG_TOKEN', 'api_org_{al:34}'),
    ('anyscale_endpoints_key', 'ANYSCALE_API_KEY', 'esecret_{lc:25}'),
    ('modal_token_secret', 'MODAL_TOKEN_SECRET', 'as-{an:22}'),
    ('runpod_api_key', 'RUNPOD_API_KEY', 'rpa_{UC:40}'),
    ('jina_ai_api_key', 'JINA_API_KEY', 'jina_{hex:32}{an:28}'),
    ('tavily_api_key', 'TAVILY_API_KEY', 'tvly-prod-{an:32}'),
    ('firecrawl_api_key', 'FIRECRAWL_API_KEY', 'fc-{hex:32}'),
    ('e2b_api_key', 'E2B_API_KEY', 'e2b_{hex:40}'),
    ('browserbase_api_key', 'BROWSERBASE_API_KEY', 'bb_live_{b64u:27}'),
    ('helicone_api_key', 'HELICONE_API_KEY', 'sk-helicone-{lc:7}-{lc:7}-{lc:7}-{lc:7}'),
    ('llamacloud_api_key', 'LLAMA_CLOUD_API_KEY', 'llx-{an:48}'),
    ('cartesia_api_key', 'CARTESIA_API_KEY', 'sk_car_{an:22}'),
    ('fal_ai_key', 'FAL_KEY', '{uuid}:{hex:32}'),
    ('clarifai_pat', 'CLARIFAI_PAT', '{hex:32}'),
    ('comet_ml_api_key', 'COMET_API_KEY', '{an:25}'),
    ('neptune_api_token', 'NEPTUNE_API_TOKEN', _neptune),
    ('baseten_api_key', 'BASETEN_API_KEY', '{an:8}.{an:32}'),
    ('sambanova_api_key', 'SAMBANOVA_API_KEY', '{uuid}'),
    ('exa_api_key', 'EXA_API_KEY', '{uuid}'),
    ('serpapi_api_key', 'SERPAPI_API_KEY', '{hex:64}'),
    ('scrapingbee_api_key', 'SCRAPINGBEE_API_KEY', '{UC:80}'),
    ('apify_api_token', 'APIFY_TOKEN', 'apify_api_{an:36}'),
    ('roboflow_api_key', 'ROBOFLOW_API_KEY', '{an:20}'),
    ('weaviate_cloud_api_key', 'WEAVIATE_API_KEY', '{an:40}'),
    ('xata_api_key', 'XATA_API_KEY', 'xau_{an:36}'),
    ('fauna_secret', 'FAUNA_SECRET', 'fnA{b64u:37}'),
    ('clickhouse_cloud_key_secret', 'CLICKHOUSE_KEY_SECRET', '4b1d{an:38}'),
    ('motherduck_token', 'MOTHERDUCK_TOKEN', _motherduck),
    ('tinybird_admin_token', 'TB_TOKEN', _tinybird),
    ('speechmatics_api_key', 'SPEECHMATICS_API_KEY', '{an:32}'),
    ('picovoice_access_key', 'PICOVOICE_ACCESS_KEY', '{b64:54}=='),
    ('wit_ai_server_token', 'WIT_AI_SERVER_TOKEN', '{UC:32}'),
    ('botpress_pat', 'BOTPRESS_PAT', 'bp_pat_{an:40}'),
    ('voiceflow_dialog_api_key', 'VOICEFLOW_API_KEY', 'VF.DM.{hex:24}.{an:16}'),
    ('deepl_auth_key', 'DEEPL_AUTH_KEY', '{uuid}:fx'),
    ('aws_bedrock_api_key', 'AWS_BEARER_TOKEN_BEDROCK', _bedrock),
    # --- dev platforms / CI / code hosting
    ('github_app_installation_token', 'GITHUB_TOKEN', lambda r: crc_token(r, 'ghs_', 30)),
    ('github_fine_grained_pat', 'GH_FINE_GRAINED_PAT', 'github_pat_11{UC:9}0{an:10}_{an:59}'),
    ('gitlab_incoming_email_token', 'GITLAB_INCOMING_EMAIL_TOKEN', 'glimt-{lc:25}'),
    ('gitlab_feature_flags_client_token', 'UNLEASH_INSTANCE_ID', 'glffct-{b64u:20}'),
    ('gitea_access_token', 'GITEA_TOKEN', '{hex:40}'),
    ('gitee_private_token', 'GITEE_TOKEN', '{hex:32}'),
    ('bitbucket_repository_access_token', 'BITBUCKET_REPO_TOKEN', 'ATCTT3xFfGN0{b64u:180}={HEX:8}'),
    ('sourcegraph_access_token', 'SRC_ACCESS_TOKEN', 'sgp_{hex:16}_{hex:40}'),
    ('npm_granular_access_token', 'NPM_TOKEN', lambda r: crc_token(r, 'npm_', 30)),
    ('jfrog_reference_token', 'JFROG_ACCESS_TOKEN', _jfrog),
    ('deepsource_pat', 'DEEPSOURCE_PAT', 'dsp_{hex:40}'),
    ('semgrep_app_token', 'SEMGREP_APP_TOKEN', '{hex:64}'),
    ('coveralls_repo_token', 'COVERALLS_REPO_TOKEN', '{an:33}'),
    ('codacy_project_token', 'CODACY_PROJECT_TOKEN', '{hex:32}'),
    ('drone_ci_user_token', 'DRONE_TOKEN', '{an:32}'),
    ('bitrise_pat', 'BITRISE_TOKEN', '{b64u:86}'),
    ('heroku_platform_api_key', 'HEROKU_API_KEY', 'HRKU-AA{b64u:58}'),
    ('pythonanywhere_api_token', 'PYTHONANYWHERE_API_TOKEN', '{hex:40}'),
    ('spacelift_api_key_secret', 'SPACELIFT_API_KEY_SECRET', '{hex:64}'),
    ('env0_api_key_secret', 'ENV0_API_KEY_SECRET', '{an:32}'),
    ('hcp_client_secret', 'HCP_CLIENT_SECRET', '{b64u:64}'),
    ('atlantis_webhook_secret', 'ATLANTIS_GH_WEBHOOK_SECRET', '{an:32}'),
    ('github_webhook_secret', 'GITHUB_WEBHOOK_SECRET', '{hex:40}'),
    ('turborepo_remote_cache_token', 'TURBO_TOKEN', '{an:24}'),
    ('unleash_backend_api_token', 'UNLEASH_API_TOKEN', 'default:production.{hex:64}'),
    ('flagsmith_server_side_key', 'FLAGSMITH_ENVIRONMENT_KEY', 'ser.{an:22}'),
    ('growthbook_secret_key', 'GROWTHBOOK_SECRET_KEY', 'secret_admin_{an:43}'),
    ('checkly_api_key', 'CHECKLY_API_KEY', 'cu_{hex:32}'),
    ('rootly_api_token', 'ROOTLY_API_TOKEN', 'rootly_{hex:64}'),
    ('firehydrant_bot_token', 'FIREHYDRANT_API_KEY', 'fhb-{hex:32}'),
    ('uptimerobot_main_api_key', 'UPTIMEROBOT_API_KEY', 'u{d:7}-{hex:24}'),
    ('cronitor_api_key', 'CRONITOR_API_KEY', '{hex:32}'),
    ('coralogix_send_data_key', 'CORALOGIX_PRIVATE_KEY', 'cxtp_{an:30}'),
    ('new_relic_insert_key', 'NEW_RELIC_INSERT_KEY', 'NRII-{b64u:32}'),
    ('elastic_serverless_api_key', 'ELASTIC_API_KEY', 'essu_{b64:72}'),
    ('logzio_shipping_token', 'LOGZIO_TOKEN', '{al:32}'),
    ('loggly_customer_token', 'LOGGLY_TOKEN', '{uuid}'),
    ('papertrail_api_token', 'PAPERTRAIL_API_TOKEN', '{an:20}'),
    ('instana_agent_key', 'INSTANA_AGENT_KEY', '{b64u:22}'),
    ('wiz_client_secret', 'WIZ_CLIENT_SECRET', '{an:64}'),
    ('duo_integration_secret_key', 'DUO_SECRET_KEY', '{an:40}'),
    ('jumpcloud_api_key', 'JC_API_KEY', 'jca_{an:36}'),
    ('netbird_pat', 'NB_API_TOKEN', lambda r: crc_token(r, 'nbp_', 30)),
    ('cloudflare_access_client_secret', 'CF_ACCESS_CLIENT_SECRET', '{hex:64}'),
    ('keycloak_client_secret', 'KEYCLOAK_CLIENT_SECRET', '{an:32}'),
    ('onelogin_client_secret', 'ONELOGIN_CLIENT_SECRET', '{hex:64}'),
    ('better_auth_secret', 'BETTER_AUTH_SECRET', '{b64:43}='),
    ('nextauth_secret', 'NEXTAUTH_SECRET', '{b64:43}='),
    ('propelauth_api_key', 'PROPELAUTH_API_KEY', '{hex:96}'),
    ('akeyless_access_key', 'AKEYLESS_ACCESS_KEY', '{b64:43}='),
    ('conjur_authn_api_key', 'CONJUR_AUTHN_API_KEY', '{lc:52}'),
    ('mend_user_key', 'WS_USERKEY', '{hex:64}'),
    ('black_duck_api_token', 'BLACKDUCK_API_TOKEN', '{b64:86}=='),
    ('fossa_api_key', 'FOSSA_API_KEY', '{hex:32}'),
    ('ngrok_api_key', 'NGROK_API_KEY', '2{an:26}_{an:21}'),
    ('modrinth_pat', 'MODRINTH_TOKEN', 'mrp_{an:60}'),
    ('weblate_user_api_key', 'WEBLATE_API_KEY', 'wlu_{an:40}'),
    ('tolgee_project_api_key', 'TOLGEE_API_KEY', 'tgpak_{lc:52}'),
    ('crowdin_personal_token', 'CROWDIN_PERSONAL_TOKEN', '{hex:80}'),
    ('lokalise_api_token', 'LOKALISE_API_TOKEN', '{hex:40}'),
    ('phrase_access_token', 'PHRASE_ACCESS_TOKEN', '{hex:64}'),
    ('transifex_api_token', 'TX_TOKEN', '1/{hex:40}'),
    ('youtrack_permanent_token', 'YOUTRACK_TOKEN', _youtrack),
    # --- comms / chat / webhooks
    ('slack_bot_token', 'SLACK_BOT_TOKEN', 'xoxb-{d:11}-{d:13}-{an:24}'),
    ('slack_config_refresh_token', 'SLACK_CONFIG_REFRESH_TOKEN', 'xoxe-1-{an:146}'),
    ('slack_workflow_trigger_url', 'SLACK_WORKFLOW_WEBHOOK_URL',
     'https://hooks.slack.com/triggers/T{UC:10}/{d:13}/{hex:32}'),
    ('telegram_bot_token', 'TELEGRAM_BOT_TOKEN', '{d:10}:AA{b64u:33}'),
    ('telnyx_api_key', 'TELNYX_API_KEY', 'KEY01{crk:24}_{an:22}'),
    ('infobip_api_key', 'INFOBIP_API_KEY', '{hex:32}-{uuid}'),
    ('mailersend_api_token', 'MAILERSEND_API_KEY', 'mlsn.{hex:64}'),
    ('resend_api_key', 'RESEND_API_KEY', 're_{an:8}_{an:24}'),
    ('klaviyo_private_api_key', 'KLAVIYO_PRIVATE_KEY', 'pk_{hex:34}'),
    ('customerio_app_api_key', 'CUSTOMERIO_APP_API_KEY', '{hex:32}'),
    ('mailtrap_api_token', 'MAILTRAP_API_TOKEN', '{hex:32}'),
    ('mandrill_api_key', 'MANDRILL_API_KEY', 'md-{b64u:22}'),
    ('smtp2go_api_key', 'SMTP2GO_API_KEY', 'api-{HEX:32}'),
    ('getstream_api_secret', 'STREAM_API_SECRET', '{lc:64}'),
    ('daily_co_api_key', 'DAILY_API_KEY', '{hex:64}'),
    ('zulip_bot_api_key', 'ZULIP_API_KEY', '{an:32}'),
    ('rocketchat_personal_access_token', 'ROCKETCHAT_TOKEN', '{b64u:43}'),
    ('facebook_page_access_token', 'FB_PAGE_ACCESS_TOKEN', 'EAAG{an:180}'),
    ('linkedin_oauth_access_token', 'LINKEDIN_ACCESS_TOKEN', 'AQV{b64u:170}'),
    ('vk_user_access_token', 'VK_ACCESS_TOKEN', 'vk1.a.{b64u:200}'),
    ('pushover_application_token', 'PUSHOVER_APP_TOKEN', 'a{lc:29}'),
    ('pushbullet_access_token', 'PUSHBULLET_TOKEN', 'o.{an:32}'),
    ('ifttt_webhooks_key', 'IFTTT_WEBHOOK_KEY', '{b64u:22}'),
    ('zapier_catch_hook_url', 'ZAPIER_HOOK_URL', 'https://hooks.zapier.com/hooks/catch/{d:8}/{lc:7}/'),
    ('make_com_webhook_url', 'MAKE_WEBHOOK_URL', 'https://hook.eu2.make.com/{lc:32}'),
    ('google_chat_webhook_url', 'GCHAT_WEBHOOK_URL',
     'https://chat.googleapis.com/v1/spaces/AAAA{b64u:7}/messages?key=AIzaSy{b64u:33}&token={b64u:43}%3D'),
    ('mattermost_incoming_webhook_url', 'MATTERMOST_WEBHOOK_URL', 'https://chat.{lo:8}.org/hooks/{lc:26}'),
    ('feishu_bot_webhook_url', 'FEISHU_WEBHOOK_URL', 'https://open.feishu.cn/open-apis/bot/v2/hook/{uuid}'),
    ('dingtalk_robot_access_token', 'DINGTALK_ACCESS_TOKEN', '{hex:64}'),
    ('wecom_bot_webhook_key', 'WECOM_WEBHOOK_KEY', '{uuid}'),
    ('power_automate_trigger_url', 'FLOW_TRIGGER_URL',
     'https://prod-{d:2}.westeurope.logic.azure.com:443/workflows/{hex:32}/triggers/manual/paths/invoke'
     '?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig={b64u:43}'),
    ('chatwork_api_token', 'CHATWORK_API_TOKEN', '{hex:32}'),
    ('backlog_api_key', 'BACKLOG_API_KEY', '{an:64}'),
    ('kakao_admin_key', 'KAKAO_ADMIN_KEY', '{hex:32}'),
    ('naver_client_secret', 'NAVER_CLIENT_SECRET', '{an:10}'),
    ('wechat_official_account_app_secret', 'WECHAT_APP_SECRET', '{hex:32}'),
    ('feishu_app_secret', 'FEISHU_APP_SECRET', '{an:32}'),
    ('dingtalk_app_secret', 'DINGTALK_APP_SECRET', '{b64u:64}'),
    # --- payments / commerce / finance
    ('xendit_secret_key', 'XENDIT_SECRET_KEY', 'xnd_production_{an:60}'),
    ('midtrans_server_key', 'MIDTRANS_SERVER_KEY', 'Mid-server-{b64u:24}'),
    ('mercadopago_access_token', 'MP_ACCESS_TOKEN', 'APP_USR-{d:16}-{d:6}-{hex:32}-{d:9}'),
    ('conekta_private_key', 'CONEKTA_PRIVATE_KEY', 'key_{an:27}'),
    ('omise_secret_key', 'OMISE_SECRET_KEY', 'skey_{lc:19}'),
    ('toss_payments_secret_key', 'TOSS_SECRET_KEY', 'live_sk_{an:20}'),
    ('cashfree_secret_key', 'CASHFREE_SECRET_KEY', 'cfsk_ma_prod_{hex:32}_{hex:8}'),
    ('paddle_billing_api_key', 'PADDLE_API_KEY', 'pdl_live_apikey_01{crk:24}_{an:22}_{an:3}'),
    ('chargebee_api_key', 'CHARGEBEE_API_KEY', 'live_{an:32}'),
    ('recurly_private_api_key', 'RECURLY_API_KEY', '{hex:32}'),
    ('checkout_com_secret_key', 'CKO_SECRET_KEY', 'sk_{lc:26}'),
    ('nowpayments_api_key', 'NOWPAYMENTS_API_KEY', '{UC:7}-{UC:7}-{UC:7}-{UC:7}'),
    ('bybit_api_secret', 'BYBIT_API_SECRET', '{an:36}'),
    ('bitget_secret_key', 'BITGET_SECRET_KEY', '{hex:64}'),
    ('gate_io_api_secret', 'GATE_API_SECRET', '{hex:64}'),
    ('bitstamp_api_secret', 'BITSTAMP_API_SECRET', '{an:32}'),
    ('mpesa_daraja_consumer_secret', 'MPESA_CONSUMER_SECRET', '{an:64}'),
    ('authorize_net_transaction_key', 'AUTHNET_TRANSACTION_KEY', '{an:16}'),
    ('twelve_data_api_key', 'TWELVEDATA_API_KEY', '{hex:32}'),
    ('tradier_access_token', 'TRADIER_ACCESS_TOKEN', '{an:28}'),
    ('fmp_api_key', 'FMP_API_KEY', '{an:32}'),
    ('nasdaq_data_link_api_key', 'NASDAQ_DATA_LINK_API_KEY', '{b64u:20}'),
    ('octopus_energy_api_key', 'OCTOPUS_ENERGY_API_KEY', 'sk_live_{an:24}'),
    ('woocommerce_consumer_secret', 'WC_CONSUMER_SECRET', 'cs_{hex:40}'),
    ('bigcommerce_access_token', 'BIGCOMMERCE_ACCESS_TOKEN', '{lc:31}'),
    ('prestashop_webservice_key', 'PS_WEBSERVICE_KEY', '{UC:32}'),
    ('wix_api_key', 'WIX_API_KEY', _wix),
    ('printful_api_token', 'PRINTFUL_API_TOKEN', '{an:40}'),
    ('shipstation_api_secret', 'SHIPSTATION_API_SECRET', '{hex:32}'),
    ('aftership_api_key', 'AFTERSHIP_API_KEY', 'asat_{hex:32}'),
    ('avalara_license_key', 'AVALARA_LICENSE_KEY', '{HEX:16}'),
    ('taxjar_api_token', 'TAXJAR_API_KEY', '{hex:32}'),
    ('quickbooks_client_secret', 'QBO_CLIENT_SECRET', '{an:40}'),
    ('xero_client_secret', 'XERO_CLIENT_SECRET', '{b64u:48}'),
    ('ebay_cert_id', 'EBAY_CERT_ID', 'PRD-{hex:12}-{hex:4}-{hex:4}-{hex:4}-{hex:4}'),
    ('amazon_lwa_client_secret', 'LWA_CLIENT_SECRET', 'amzn1.oa2-cs.v1.{hex:64}'),
    ('amazon_lwa_refresh_token', 'LWA_REFRESH_TOKEN', 'Atzr|IwEB{b64u:300}'),
    ('gumroad_access_token', 'GUMROAD_ACCESS_TOKEN', '{b64u:43}'),
    ('patreon_creator_access_token', 'PATREON_CREATOR_TOKEN', '{b64u:43}'),
    ('bamboohr_api_key', 'BAMBOOHR_API_KEY', '{hex:40}'),
    ('personio_client_secret', 'PERSONIO_CLIENT_SECRET', 'papi-{uuid}'),
    ('greenhouse_harvest_api_key', 'GREENHOUSE_HARVEST_KEY', '{hex:32}-{d:1}'),
    # --- cloud / infra / storage / dns
    ('azure_function_host_key', 'AZURE_FUNCTION_KEY', _azfunc),
    ('azure_service_bus_sas_key', 'SERVICEBUS_SAS_KEY', '{b64:33}+ASb{b64:7}='),
    ('azure_event_hubs_sas_key', 'EVENTHUB_SAS_KEY', '{b64:33}+AEh{b64:7}='),
    ('azure_ai_search_admin_key', 'AZURE_SEARCH_ADMIN_KEY', '{an:42}AzSe{an:6}'),
    ('azure_container_registry_password', 'ACR_PASSWORD', '{b64:42}+ACR{b64:6}'),
    ('oci_auth_token', 'OCI_AUTH_TOKEN', '{oci:20}'),
    ('exoscale_api_secret', 'EXOSCALE_API_SECRET', '{b64u:43}'),
    ('civo_api_key', 'CIVO_TOKEN', '{an:50}'),
    ('volcengine_secret_access_key', 'VOLC_SECRETKEY', '{b64:58}=='),
    ('qiniu_secret_key', 'QINIU_SECRET_KEY', '{b64u:40}'),
    ('baidu_cloud_secret_key', 'BCE_SECRET_ACCESS_KEY', '{hex:32}'),
    ('contabo_client_secret', 'CONTABO_CLIENT_SECRET', '{an:32}'),
    ('hostinger_api_token', 'HOSTINGER_API_TOKEN', '{an:48}'),
    ('bunny_net_api_key', 'BUNNY_API_KEY', _bunny),
    ('imagekit_private_key', 'IMAGEKIT_PRIVATE_KEY', 'private_{b64:27}='),
    ('uploadcare_secret_key', 'UPLOADCARE_SECRET_KEY', '{hex:20}'),
    ('mux_token_secret', 'MUX_TOKEN_SECRET', '{b64:75}'),
    ('dnsimple_account_token', 'DNSIMPLE_TOKEN', 'dnsimple_a_{an:32}'),
    ('desec_api_token', 'DESEC_TOKEN', '{b64u:28}'),
    ('he_net_ddns_key', 'HE_DDNS_KEY', '{an:16}'),
    ('ns1_api_key', 'NS1_APIKEY', '{an:20}'),
    ('dnsmadeeasy_secret_key', 'DME_SECRET_KEY', '{uuid}'),
    ('bigcommerce_client_secret', 'BC_CLIENT_SECRET', '{lc:43}'),
    # --- CMS / productivity / SaaS
    ('builder_io_private_key', 'BUILDER_PRIVATE_KEY', 'bpk-{hex:32}'),
    ('datocms_full_access_token', 'DATOCMS_API_TOKEN', '{hex:30}'),
    ('directus_static_token', 'DIRECTUS_TOKEN', '{b64u:32}'),
    ('ghost_admin_api_key', 'GHOST_ADMIN_API_KEY', '{hex:24}:{hex:64}'),
    ('wordpress_application_password', 'WP_APPLICATION_PASSWORD', _wp_app),
    ('webflow_api_token', 'WEBFLOW_API_TOKEN', '{hex:64}'),
    ('contentstack_management_token', 'CONTENTSTACK_MANAGEMENT_TOKEN', 'cs{hex:32}'),
    ('coda_api_token', 'CODA_API_TOKEN', '{uuid}'),
    ('shortcut_api_token', 'SHORTCUT_API_TOKEN', '{uuid}'),
    ('freshservice_api_key', 'FRESHSERVICE_API_KEY', '{an:20}'),
    ('jotform_api_key', 'JOTFORM_API_KEY', '{hex:32}'),
    ('pandadoc_api_key', 'PANDADOC_API_KEY', '{hex:40}'),
    ('dropbox_sign_api_key', 'HELLOSIGN_API_KEY', '{hex:64}'),
    ('smartsheet_access_token', 'SMARTSHEET_ACCESS_TOKEN', '{an:37}'),
    ('baserow_database_token', 'BASEROW_TOKEN', '{an:32}'),
    ('nocodb_api_token', 'NC_TOKEN', '{b64u:40}'),
    ('grist_api_key', 'GRIST_API_KEY', '{hex:40}'),
    ('readwise_access_token', 'READWISE_TOKEN', '{an:50}'),
    ('raindrop_test_token', 'RAINDROP_TEST_TOKEN', '{uuid}'),
    ('pocket_consumer_key', 'POCKET_CONSUMER_KEY', '{d:6}-{hex:24}'),
    ('discogs_user_token', 'DISCOGS_USER_TOKEN', '{al:40}'),
    ('omdb_api_key', 'OMDB_API_KEY', '{hex:8}'),
    ('steamgriddb_api_key', 'STEAMGRIDDB_API_KEY', '{hex:32}'),
    ('speedrun_com_api_key', 'SPEEDRUN_API_KEY', '{lc:25}'),
    ('lichess_api_token', 'LICHESS_TOKEN', 'lip_{an:20}'),
    ('osu_client_secret', 'OSU_CLIENT_SECRET', '{an:40}'),
    ('strava_client_secret', 'STRAVA_CLIENT_SECRET', '{hex:40}'),
    ('oura_personal_access_token', 'OURA_PAT', '{UC:32}'),
    ('musixmatch_api_key', 'MUSIXMATCH_API_KEY', '{hex:32}'),
    ('vimeo_access_token', 'VIMEO_ACCESS_TOKEN', '{hex:32}'),
    ('wistia_api_token', 'WISTIA_API_TOKEN', '{hex:64}'),
    ('api_video_api_key', 'APIVIDEO_API_KEY', '{an:43}'),
    ('transloadit_auth_secret', 'TRANSLOADIT_SECRET', '{hex:40}'),
    ('imgur_client_secret', 'IMGUR_CLIENT_SECRET', '{hex:40}'),
    ('unsplash_secret_key', 'UNSPLASH_SECRET_KEY', '{b64u:43}'),
    ('pexels_api_key', 'PEXELS_API_KEY', '{an:56}'),
    ('giphy_api_key', 'GIPHY_API_KEY', '{an:32}'),
    ('remove_bg_api_key', 'REMOVEBG_API_KEY', '{an:24}'),
    # --- IoT / science / geo / security intel
    ('smartthings_pat', 'SMARTTHINGS_TOKEN', '{uuid}'),
    ('tuya_access_secret', 'TUYA_ACCESS_SECRET', '{hex:32}'),
    ('particle_access_token', 'PARTICLE_ACCESS_TOKEN', '{hex:40}'),
    ('blynk_auth_token', 'BLYNK_AUTH_TOKEN', '{b64u:32}'),
    ('adafruit_io_key', 'ADAFRUIT_IO_KEY', 'aio_{an:28}'),
    ('thingspeak_write_api_key', 'THINGSPEAK_WRITE_API_KEY', '{UC:16}'),
    ('ubidots_token', 'UBIDOTS_TOKEN', 'BBUS-{an:30}'),
    ('balena_cloud_api_key', 'BALENA_API_KEY', '{an:32}'),
    ('arduino_iot_client_secret', 'ARDUINO_CLIENT_SECRET', '{an:64}'),
    ('tesla_fleet_client_secret', 'TESLA_CLIENT_SECRET', 'ta-secret.{an:16}'),
    ('nasa_api_key', 'NASA_API_KEY', '{an:40}'),
    ('planet_api_key', 'PL_API_KEY', 'PLAK{hex:32}'),
    ('openaq_api_key', 'OPENAQ_API_KEY', '{hex:64}'),
    ('ebird_api_token', 'EBIRD_API_TOKEN', '{lc:12}'),
    ('semantic_scholar_api_key', 'S2_API_KEY', '{an:40}'),
    ('elsevier_api_key', 'ELSEVIER_API_KEY', '{hex:32}'),
    ('tomtom_api_key', 'TOMTOM_API_KEY', '{an:32}'),
    ('geoapify_api_key', 'GEOAPIFY_API_KEY', '{hex:32}'),
    ('what3words_api_key', 'W3W_API_KEY', '{UC:8}'),
    ('ipgeolocation_api_key', 'IPGEOLOCATION_API_KEY', '{hex:32}'),
    ('ipdata_api_key', 'IPDATA_API_KEY', '{hex:56}'),
    ('apilayer_api_key', 'APILAYER_KEY', '{an:32}'),
    ('openexchangerates_app_id', 'OXR_APP_ID', '{hex:32}'),
    ('zerobounce_api_key', 'ZEROBOUNCE_API_KEY', '{hex:32}'),
    ('neverbounce_api_key', 'NEVERBOUNCE_API_KEY', 'secret_{hex:32}'),
    ('clearbit_secret_key', 'CLEARBIT_KEY', 'sk_{hex:32}'),
    ('apollo_io_api_key', 'APOLLO_API_KEY', '{b64u:22}'),
    ('rapidapi_key', 'X_RAPIDAPI_KEY', _rapid),
    ('twocaptcha_api_key', 'TWOCAPTCHA_API_KEY', '{hex:32}'),
    ('alienvault_otx_api_key', 'OTX_API_KEY', '{hex:64}'),
    ('hybrid_analysis_api_key', 'HYBRID_ANALYSIS_API_KEY', '{an:64}'),
    ('abuse_ch_auth_key', 'ABUSECH_AUTH_KEY', '{hex:48}'),
    ('ipqualityscore_api_key', 'IPQS_API_KEY', '{an:32}'),
    ('fofa_api_key', 'FOFA_KEY', '{hex:32}'),
    ('netlas_api_key', 'NETLAS_API_KEY', '{an:32}'),
    ('leakix_api_key', 'LEAKIX_API_KEY', '{an:48}'),
    ('intelx_api_key', 'INTELX_API_KEY', '{uuid}'),
    ('projectdiscovery_api_key', 'PDCP_API_KEY', '{uuid}'),
    ('hackerone_api_token', 'H1_API_TOKEN', '{b64:43}='),
    ('detectify_api_key', 'DETECTIFY_API_KEY', '{hex:32}'),
    # --- web3
    ('infura_api_key_secret', 'INFURA_API_KEY_SECRET', '{hex:32}'),
    ('alchemy_api_key', 'ALCHEMY_API_KEY', '{b64u:32}'),
    ('etherscan_api_key', 'ETHERSCAN_API_KEY', '{UC:34}'),
    ('covalent_goldrush_api_key', 'GOLDRUSH_API_KEY', 'cqt_{lc:30}'),
    ('blockfrost_project_id', 'BLOCKFROST_PROJECT_ID', 'mainnet{an:32}'),
    ('dune_api_key', 'DUNE_API_KEY', '{an:32}'),
    ('pinata_api_secret', 'PINATA_API_SECRET', '{hex:64}'),
    # --- personal account secrets with distinctive shapes
    ('google_app_password', 'GMAIL_APP_PASSWORD', _google_app),
    ('apple_app_specific_password', 'APPLE_APP_SPECIFIC_PASSWORD', _apple_asp),
    ('onepassword_account_secret_key', 'OP_SECRET_KEY', _onep_secret),
]


def gen(r, t):
    g = t[2]
    return g(r) if callable(g) else spec(r, g)


NAME_ONLY = [t[0] for t in TYPES if (isinstance(t[2], str) and t[2].startswith('{'))
             or t[0] in ('bunny_net_api_key',)]
