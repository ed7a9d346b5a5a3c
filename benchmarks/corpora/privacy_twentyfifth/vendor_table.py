"""Vendor credential types (none named in the p23 / p24 READMEs).
Each entry: type -> (ENV_NAME, generator(r), header) ; header = (name, scheme) or None (env / source only)
or 'pem' (multi-line, env / source styles that allow multi-line strings only)."""
import json
from common import *

BR = ('Authorization', 'Bearer ')


def jwt(r, claims):
    h = b64u(json.dumps({'alg': 'HS256', 'typ': 'JWT'}, separators=(',', ':')).encode())
    p = b64u(json.dumps(claims, separators=(',', ':')).encode())
    return h + '.' + p + '.' + b64u(rbytes(r, 32))


def _mapbox(r):
    p = b64u(json.dumps({'u': 'acme-' + rs(r, LOW, 5), 'a': rs(r, LOWNUM, 25)}, separators=(',', ':')).encode())
    return 'sk.' + p + '.' + rs(r, B64U, 22)


def _miro(r):
    return b64u(b'{"miro.origin":"eu01"}') + '_' + rs(r, B64U, 27)


def _wif(r):
    return b58check(b'\x80' + rand_scalar(r, SECP256K1_N).to_bytes(32, 'big') + b'\x01')


def _solana(r):
    seed = rbytes(r, 32)
    return json.dumps(list(seed + ed25519_pub(seed)), separators=(',', ':'))


def _kubeconfig(r):
    return b64((pem('EC PRIVATE KEY', ec_sec1_der(rand_scalar(r, P256_N), OID_P256)) + '\n').encode())


def _docker_auth(r):
    return b64(('ci-bot:' + password(r)).encode())


def _matrix(r):
    return 'syt_' + b64u(('ops' + rs(r, LOWNUM, 4)).encode()) + '_' + an(r, 20) + '_' + an(r, 6)


def _adyen(r):
    return 'AQE' + rs(r, ALNUM, 3) + 'hmfxL' + rs(r, ALNUM, 30) + '+' + rs(r, ALNUM, 40) + '=-' + rs(r, B64, 43) + '=-' + rs(r, B64, 14)


def _rsa(r):
    return pem('RSA PRIVATE KEY', rsa_pkcs1_der(r))


def _p8(r):
    return pem('PRIVATE KEY', ec_pkcs8_p256_der(rand_scalar(r, P256_N)))


def _k1(r):
    return pem('EC PRIVATE KEY', ec_sec1_der(rand_scalar(r, SECP256K1_N), OID_K1))


def _ssh(r):
    return openssh_ed25519(r, 'deploy@ci-runner')[0]


V = {
 # AI / ML
 'openrouter_api_key': ('OPENROUTER_API_KEY', lambda r: 'sk-or-v1-' + hx(r, 64), BR),
 'groq_api_key': ('GROQ_API_KEY', lambda r: 'gsk_' + an(r, 52), BR),
 'perplexity_api_key': ('PERPLEXITY_API_KEY', lambda r: 'pplx-' + an(r, 48), BR),
 'mistral_api_key': ('MISTRAL_API_KEY', lambda r: an(r, 32), BR),
 'cohere_api_key': ('CO_API_KEY', lambda r: an(r, 40), BR),
 'replicate_api_token': ('REPLICATE_API_TOKEN', lambda r: 'r8_' + an(r, 37), BR),
 'xai_api_key': ('XAI_API_KEY', lambda r: 'xai-' + an(r, 80), BR),
 'elevenlabs_api_key': ('ELEVENLABS_API_KEY', lambda r: 'sk_' + hx(r, 48), ('xi-api-key', '')),
 'assemblyai_api_key': ('ASSEMBLYAI_API_KEY', lambda r: hx(r, 32), ('Authorization', '')),
 'deepgram_api_key': ('DEEPGRAM_API_KEY', lambda r: hx(r, 40), ('Authorization', 'Token ')),
 'pinecone_api_key': ('PINECONE_API_KEY', lambda r: 'pcsk_' + an(r, 6) + '_' + an(r, 63), ('Api-Key', '')),
 'langsmith_api_key': ('LANGSMITH_API_KEY', lambda r: 'lsv2_pt_' + hx(r, 32) + '_' + hx(r, 10), ('x-api-key', '')),
 'fal_ai_api_key': ('FAL_KEY', lambda r: uuid4(r) + ':' + hx(r, 32), ('Authorization', 'Key ')),
 'runway_api_secret': ('RUNWAYML_API_SECRET', lambda r: 'key_' + hx(r, 128), BR),
 'cartesia_api_key': ('CARTESIA_API_KEY', lambda r: 'sk_car_' + an(r, 22), ('X-API-Key', '')),
 'deepinfra_api_token': ('DEEPINFRA_TOKEN', lambda r: an(r, 32), BR),
 'wandb_api_key': ('WANDB_API_KEY', lambda r: hx(r, 40), None),
 'kaggle_api_key': ('KAGGLE_KEY', lambda r: hx(r, 32), None),
 'llamacloud_api_key': ('LLAMA_CLOUD_API_KEY', lambda r: 'llx-' + an(r, 48), BR),
 'unstructured_api_key': ('UNSTRUCTURED_API_KEY', lambda r: an(r, 30), ('unstructured-api-key', '')),
 'scrapingbee_api_key': ('SCRAPINGBEE_API_KEY', lambda r: rs(r, UPNUM, 80), None),
 'serper_dev_api_key': ('SERPER_API_KEY', lambda r: hx(r, 40), ('X-API-KEY', '')),
 'zhipu_ai_api_key': ('ZHIPUAI_API_KEY', lambda r: hx(r, 32) + '.' + an(r, 16), BR),
 'dashscope_api_key': ('DASHSCOPE_API_KEY', lambda r: 'sk-' + hx(r, 32), BR),
 'sambanova_api_key': ('SAMBANOVA_API_KEY', lambda r: uuid4(r), BR),
 # source control / CI / registries
 'github_oauth_app_access_token': ('GH_OAUTH_TOKEN', lambda r: crc_token(r, 'gho_'), BR),
 'github_user_to_server_token': ('GH_USER_TOKEN', lambda r: crc_token(r, 'ghu_'), BR),
 'gitlab_runner_authentication_token': ('CI_RUNNER_TOKEN', lambda r: 'glrt-' + rs(r, B64U, 20), None),
 'gitlab_deploy_token': ('GITLAB_DEPLOY_TOKEN', lambda r: 'gldt-' + rs(r, B64U, 20), None),
 'gitlab_ci_build_token': ('GITLAB_CBT', lambda r: 'glcbt-' + hx(r, 2) + '_' + rs(r, B64U, 20), ('JOB-TOKEN', '')),
 'gitlab_runner_registration_token': ('REGISTRATION_TOKEN', lambda r: 'GR1348941' + rs(r, B64U, 20), None),
 'atlassian_api_token': ('ATLASSIAN_API_TOKEN', lambda r: 'ATATT3xFfGF0' + rs(r, B64U, 171) + '=' + hx(r, 8).upper(), None),
 'bitbucket_repository_access_token': ('BITBUCKET_ACCESS_TOKEN', lambda r: 'ATCTT3xFfGN0' + rs(r, B64U, 171) + '=' + hx(r, 8).upper(), BR),
 'circleci_personal_api_token': ('CIRCLECI_TOKEN', lambda r: 'CCIPAT_' + an(r, 22) + '_' + hx(r, 40), ('Circle-Token', '')),
 'buildkite_api_access_token': ('BUILDKITE_API_TOKEN', lambda r: 'bkua_' + hx(r, 40), BR),
 'buildkite_agent_token': ('BUILDKITE_AGENT_TOKEN', lambda r: hx(r, 50), None),
 'drone_ci_personal_token': ('DRONE_TOKEN', lambda r: an(r, 32), BR),
 'travis_ci_api_token': ('TRAVIS_API_TOKEN', lambda r: rs(r, B64U, 22), ('Authorization', 'token ')),
 'gitea_access_token': ('GITEA_TOKEN', lambda r: hx(r, 40), ('Authorization', 'token ')),
 'azure_devops_personal_access_token': ('AZURE_DEVOPS_EXT_PAT', lambda r: rs(r, LOWNUM, 52), None),
 'nuget_api_key': ('NUGET_API_KEY', lambda r: 'oy2' + rs(r, LOWNUM, 43), ('X-NuGet-ApiKey', '')),
 'rubygems_api_key': ('GEM_HOST_API_KEY', lambda r: 'rubygems_' + hx(r, 48), ('Authorization', '')),
 'clojars_deploy_token': ('CLOJARS_PASSWORD', lambda r: 'CLOJARS_' + hx(r, 60), None),
 'postman_api_key': ('POSTMAN_API_KEY', lambda r: 'PMAK-' + hx(r, 24) + '-' + hx(r, 34), ('X-Api-Key', '')),
 'readme_com_api_key': ('README_API_KEY', lambda r: 'rdme_' + rs(r, LOWNUM, 70), None),
 'artifactory_api_key': ('ARTIFACTORY_API_KEY', lambda r: 'AKCp' + an(r, 69), ('X-JFrog-Art-Api', '')),
 'harbor_robot_account_secret': ('HARBOR_ROBOT_SECRET', lambda r: an(r, 32), None),
 'expo_access_token': ('EXPO_TOKEN', lambda r: rs(r, B64U, 40), BR),
 'gradle_publish_secret': ('GRADLE_PUBLISH_SECRET', lambda r: an(r, 32), None),
 'terraform_cloud_api_token': ('TFE_TOKEN', lambda r: an(r, 14) + '.atlasv1.' + rs(r, B64U, 67), BR),
 'pulumi_access_token': ('PULUMI_ACCESS_TOKEN', lambda r: 'pul-' + hx(r, 40), ('Authorization', 'token ')),
 'prefect_cloud_api_key': ('PREFECT_API_KEY', lambda r: 'pnu_' + an(r, 36), BR),
 'doppler_cli_token': ('DOPPLER_TOKEN', lambda r: 'dp.ct.' + an(r, 43), BR),
 'doppler_scim_token': ('DOPPLER_SCIM_TOKEN', lambda r: 'dp.scim.' + an(r, 43), BR),
 'doppler_audit_token': ('DOPPLER_AUDIT_TOKEN', lambda r: 'dp.audit.' + an(r, 43), BR),
 'snyk_api_token': ('SNYK_TOKEN', lambda r: uuid4(r), ('Authorization', 'token ')),
 'codacy_api_token': ('CODACY_API_TOKEN', lambda r: an(r, 20), ('api-token', '')),
 'onepassword_connect_token': ('OP_CONNECT_TOKEN', lambda r: jwt(r, {'aud': ['op-connect'], 'sub': rs(r, UPNUM, 26), 'iss': 'com.1password.connect', 'iat': r.randint(1700000000, 1760000000)}), BR),
 # cloud / infra
 'heroku_platform_api_token': ('HEROKU_API_KEY', lambda r: 'HRKU-AA' + rs(r, B64U, 58), BR),
 'digitalocean_oauth_token': ('DO_OAUTH_TOKEN', lambda r: 'doo_v1_' + hx(r, 64), BR),
 'digitalocean_refresh_token': ('DO_REFRESH_TOKEN', lambda r: 'dor_v1_' + hx(r, 64), None),
 'linode_personal_access_token': ('LINODE_TOKEN', lambda r: hx(r, 64), BR),
 'vultr_api_key': ('VULTR_API_KEY', lambda r: rs(r, UPNUM, 36), BR),
 'hetzner_cloud_api_token': ('HCLOUD_TOKEN', lambda r: an(r, 64), BR),
 'ovh_application_secret': ('OVH_APPLICATION_SECRET', lambda r: an(r, 32), None),
 'alibaba_cloud_access_key_secret': ('ALIBABA_CLOUD_ACCESS_KEY_SECRET', lambda r: an(r, 30), None),
 'tencent_cloud_secret_key': ('TENCENTCLOUD_SECRET_KEY', lambda r: an(r, 32), None),
 'qiniu_secret_key': ('QINIU_SECRET_KEY', lambda r: rs(r, B64U, 40), None),
 'backblaze_b2_application_key': ('B2_APPLICATION_KEY', lambda r: 'K005' + rs(r, ALNUM + '+/', 27), None),
 'wasabi_secret_key': ('WASABI_SECRET_KEY', lambda r: rs(r, UPNUM, 40), None),
 'digitalocean_spaces_secret_key': ('SPACES_SECRET_ACCESS_KEY', lambda r: rs(r, ALNUM + '+/', 43), None),
 'aws_ses_smtp_password': ('SES_SMTP_PASSWORD', lambda r: 'B' + rs(r, ALNUM + '+/', 43), None),
 'azure_ad_client_secret': ('AZURE_CLIENT_SECRET', lambda r: an(r, 3) + '8Q~' + rs(r, ALNUM + '_.~-', 34), None),
 'azure_cosmosdb_account_key': ('COSMOS_KEY', lambda r: rs(r, B64, 86) + '==', None),
 'azure_service_bus_shared_access_key': ('SERVICEBUS_SAS_KEY', lambda r: rs(r, B64, 43) + '=', None),
 'azure_ai_search_admin_key': ('AZURE_SEARCH_ADMIN_KEY', lambda r: an(r, 52), ('api-key', '')),
 'azure_speech_subscription_key': ('SPEECH_KEY', lambda r: hx(r, 32), ('Ocp-Apim-Subscription-Key', '')),
 'azure_container_registry_password': ('ACR_PASSWORD', lambda r: an(r, 42) + '+ACR' + an(r, 6), None),
 'google_oauth_refresh_token': ('GOOGLE_REFRESH_TOKEN', lambda r: '1//0' + rs(r, B64U, 99), None),
 'google_oauth_access_token': ('GOOGLE_ACCESS_TOKEN', lambda r: 'ya29.a0' + rs(r, B64U, 150), BR),
 'firebase_cloud_messaging_server_key': ('FCM_SERVER_KEY', lambda r: 'AAAA' + rs(r, B64U, 7) + ':APA91b' + rs(r, B64U, 134), ('Authorization', 'key=')),
 'upstash_redis_rest_token': ('UPSTASH_REDIS_REST_TOKEN', lambda r: 'A' + rs(r, B64U, 59) + '=', BR),
 'neon_api_key': ('NEON_API_KEY', lambda r: 'napi_' + rs(r, LOWNUM, 60), BR),
 'planetscale_service_token': ('PLANETSCALE_SERVICE_TOKEN', lambda r: 'pscale_tkn_' + rs(r, B64U, 43), None),
 'planetscale_database_password': ('PLANETSCALE_DB_PASSWORD', lambda r: 'pscale_pw_' + rs(r, B64U, 43), None),
 'planetscale_oauth_secret': ('PLANETSCALE_OAUTH_SECRET', lambda r: 'pscale_oauth_' + rs(r, B64U, 43), None),
 'databricks_personal_access_token': ('DATABRICKS_TOKEN', lambda r: 'dapi' + hx(r, 32), BR),
 'confluent_cloud_api_secret': ('CONFLUENT_CLOUD_API_SECRET', lambda r: an(r, 64), None),
 'clickhouse_cloud_api_secret': ('CLICKHOUSE_SECRET', lambda r: '4b1d' + an(r, 38), None),
 'influxdb_v2_api_token': ('INFLUX_TOKEN', lambda r: rs(r, B64U, 86) + '==', ('Authorization', 'Token ')),
 'redis_cloud_api_secret_key': ('REDIS_CLOUD_SECRET_KEY', lambda r: 'S' + an(r, 50), ('x-api-secret-key', '')),
 'fly_io_macaroon_token': ('FLY_API_TOKEN', lambda r: 'fm2_' + rs(r, B64, 160), ('Authorization', 'FlyV1 ')),
 'railway_api_token': ('RAILWAY_TOKEN', lambda r: uuid4(r), BR),
 'tailscale_api_access_token': ('TS_API_KEY', lambda r: 'tskey-api-k' + an(r, 11) + 'CNTRL-' + an(r, 33), BR),
 'tailscale_auth_key': ('TS_AUTHKEY', lambda r: 'tskey-auth-k' + an(r, 11) + 'CNTRL-' + an(r, 33), None),
 'tailscale_oauth_client_secret': ('TS_OAUTH_CLIENT_SECRET', lambda r: 'tskey-client-k' + an(r, 11) + 'CNTRL-' + an(r, 33), None),
 'hashicorp_vault_service_token': ('VAULT_TOKEN', lambda r: 'hvs.' + rs(r, B64U, 90), ('X-Vault-Token', '')),
 'defined_networking_api_key': ('DN_API_KEY', lambda r: 'dnkey-' + rs(r, UPNUM, 26) + '-' + rs(r, UPNUM, 52), BR),
 'kubeconfig_client_key_data': ('KUBE_CLIENT_KEY_DATA', _kubeconfig, None),
 'docker_config_auths_basic': ('DOCKER_AUTH_CONFIG_AUTH', _docker_auth, None),
 # monitoring / ops
 'pagerduty_rest_api_key': ('PAGERDUTY_TOKEN', lambda r: 'u+' + rs(r, B64U, 18), ('Authorization', 'Token token=')),
 'opsgenie_api_key': ('OPSGENIE_API_KEY', lambda r: uuid4(r), ('Authorization', 'GenieKey ')),
 'statuspage_api_key': ('STATUSPAGE_API_KEY', lambda r: uuid4(r), ('Authorization', 'OAuth ')),
 'betterstack_uptime_api_token': ('BETTERSTACK_API_TOKEN', lambda r: an(r, 24), BR),
 'honeycomb_ingest_key': ('HONEYCOMB_API_KEY', lambda r: 'hcaik_01' + rs(r, LOWNUM, 56), ('X-Honeycomb-Team', '')),
 'logz_io_shipping_token': ('LOGZIO_TOKEN', lambda r: rs(r, UP + LOW, 32), None),
 'coralogix_send_your_data_key': ('CORALOGIX_PRIVATE_KEY', lambda r: 'cxtp_' + an(r, 30), BR),
 'axiom_api_token': ('AXIOM_TOKEN', lambda r: 'xaat-' + uuid4(r), BR),
 'axiom_personal_token': ('AXIOM_PERSONAL_TOKEN', lambda r: 'xapt-' + uuid4(r), BR),
 'cronitor_api_key': ('CRONITOR_API_KEY', lambda r: hx(r, 32), None),
 'healthchecks_io_api_key': ('HC_API_KEY', lambda r: rs(r, B64U, 32), ('X-Api-Key', '')),
 'instana_agent_key': ('INSTANA_AGENT_KEY', lambda r: rs(r, B64U, 22), None),
 'dynatrace_api_token': ('DT_API_TOKEN', lambda r: 'dt0c01.' + rs(r, UPNUM, 24) + '.' + rs(r, UPNUM, 64), ('Authorization', 'Api-Token ')),
 'grafana_service_account_token': ('GRAFANA_SA_TOKEN', lambda r: 'glsa_' + an(r, 32) + '_' + hx(r, 8), BR),
 'sumologic_access_key': ('SUMO_ACCESS_KEY', lambda r: an(r, 64), None),
 'splunk_hec_token': ('SPLUNK_HEC_TOKEN', lambda r: uuid4(r), ('Authorization', 'Splunk ')),
 'datadog_application_key': ('DD_APP_KEY', lambda r: hx(r, 40), ('DD-APPLICATION-KEY', '')),
 'airbrake_project_key': ('AIRBRAKE_PROJECT_KEY', lambda r: hx(r, 32), None),
 'launchdarkly_api_access_token': ('LD_ACCESS_TOKEN', lambda r: 'api-' + uuid4(r), ('Authorization', '')),
 'launchdarkly_server_sdk_key': ('LD_SDK_KEY', lambda r: 'sdk-' + uuid4(r), None),
 'statsig_server_secret_key': ('STATSIG_SERVER_SECRET', lambda r: 'secret-' + an(r, 43), ('statsig-api-key', '')),
 'posthog_personal_api_key': ('POSTHOG_PERSONAL_API_KEY', lambda r: 'phx_' + an(r, 43), BR),
 # comms / messaging
 'resend_api_key': ('RESEND_API_KEY', lambda r: 're_' + an(r, 8) + '_' + an(r, 24), BR),
 'postmark_server_token': ('POSTMARK_SERVER_TOKEN', lambda r: uuid4(r), ('X-Postmark-Server-Token', '')),
 'mandrill_api_key': ('MANDRILL_API_KEY', lambda r: rs(r, B64U, 22), None),
 'sparkpost_api_key': ('SPARKPOST_API_KEY', lambda r: hx(r, 40), ('Authorization', '')),
 'mailjet_secret_key': ('MJ_APISECRET_PRIVATE', lambda r: hx(r, 32), None),
 'brevo_api_key': ('BREVO_API_KEY', lambda r: 'xkeysib-' + hx(r, 64) + '-' + an(r, 16), ('api-key', '')),
 'mailchimp_marketing_api_key': ('MAILCHIMP_API_KEY', lambda r: hx(r, 32) + '-us' + str(r.randint(2, 21)), None),
 'mailgun_private_api_key': ('MAILGUN_API_KEY', lambda r: 'key-' + hx(r, 32), None),
 'zeptomail_send_mail_token': ('ZEPTOMAIL_TOKEN', lambda r: 'wSsVR' + rs(r, B64, 150) + '==', ('Authorization', 'Zoho-enczapikey ')),
 'pusher_app_secret': ('PUSHER_APP_SECRET', lambda r: hx(r, 20), None),
 'ably_api_key': ('ABLY_API_KEY', lambda r: an(r, 6) + '.' + rs(r, B64U, 6) + ':' + rs(r, B64U, 43), None),
 'pubnub_secret_key': ('PUBNUB_SECRET_KEY', lambda r: 'sec-c-' + rs(r, B64, 48), None),
 'stream_io_api_secret': ('STREAM_API_SECRET', lambda r: rs(r, LOWNUM, 64), None),
 'sendbird_api_token': ('SENDBIRD_API_TOKEN', lambda r: hx(r, 40), ('Api-Token', '')),
 'twilio_api_key_secret': ('TWILIO_API_SECRET', lambda r: an(r, 32), None),
 'vonage_api_secret': ('VONAGE_API_SECRET', lambda r: an(r, 16), None),
 'plivo_auth_token': ('PLIVO_AUTH_TOKEN', lambda r: an(r, 40), None),
 'messagebird_access_key': ('MESSAGEBIRD_ACCESS_KEY', lambda r: an(r, 25), ('Authorization', 'AccessKey ')),
 'discord_bot_token': ('DISCORD_BOT_TOKEN', lambda r: r.choice('MN') + rs(r, B64U, 25) + '.' + rs(r, B64U, 6) + '.' + rs(r, B64U, 38), ('Authorization', 'Bot ')),
 'discord_webhook_url': ('DISCORD_WEBHOOK_URL', lambda r: 'https://discord.com/api/webhooks/' + str(r.randint(10**17, 10**18 - 1)) + '/' + rs(r, B64U, 68), None),
 'teams_incoming_webhook_url': ('TEAMS_WEBHOOK_URL', lambda r: 'https://contoso.webhook.office.com/webhookb2/' + uuid4(r) + '@' + uuid4(r) + '/IncomingWebhook/' + hx(r, 32) + '/' + uuid4(r) + '/V2' + rs(r, B64U, 43), None),
 'google_chat_webhook_url': ('GCHAT_WEBHOOK_URL', lambda r: 'https://chat.googleapis.com/v1/spaces/AAAA' + rs(r, B64U, 7) + '/messages?key=AIzaSy' + rs(r, B64U, 33) + '&token=' + rs(r, B64U, 43) + '%3D', None),
 'feishu_bot_webhook_url': ('FEISHU_WEBHOOK', lambda r: 'https://open.feishu.cn/open-apis/bot/v2/hook/' + uuid4(r), None),
 'dingtalk_robot_access_token': ('DINGTALK_ACCESS_TOKEN', lambda r: hx(r, 64), None),
 'wecom_group_robot_key': ('WECOM_ROBOT_KEY', lambda r: uuid4(r), None),
 'line_notify_access_token': ('LINE_NOTIFY_TOKEN', lambda r: an(r, 43), BR),
 'kakao_rest_api_key': ('KAKAO_REST_API_KEY', lambda r: hx(r, 32), ('Authorization', 'KakaoAK ')),
 'naver_client_secret': ('NAVER_CLIENT_SECRET', lambda r: an(r, 10), ('X-Naver-Client-Secret', '')),
 'matrix_synapse_access_token': ('MATRIX_ACCESS_TOKEN', _matrix, BR),
 'mastodon_access_token': ('MASTODON_ACCESS_TOKEN', lambda r: rs(r, B64U, 43), BR),
 'bluesky_app_password': ('BSKY_APP_PASSWORD', lambda r: '-'.join(rs(r, LOWNUM, 4) for _ in range(4)), None),
 'rocketchat_personal_access_token': ('ROCKETCHAT_TOKEN', lambda r: rs(r, B64U, 43), ('X-Auth-Token', '')),
 'mattermost_personal_access_token': ('MM_ACCESS_TOKEN', lambda r: rs(r, LOWNUM, 26), BR),
 'zulip_api_key': ('ZULIP_API_KEY', lambda r: an(r, 32), None),
 'slack_app_level_token': ('SLACK_APP_TOKEN', lambda r: 'xapp-1-A' + rs(r, UPNUM, 10) + '-' + rs(r, DIG, 13) + '-' + hx(r, 64), BR),
 'slack_user_oauth_token': ('SLACK_USER_TOKEN', lambda r: 'xoxp-' + rs(r, DIG, 12) + '-' + rs(r, DIG, 12) + '-' + rs(r, DIG, 13) + '-' + hx(r, 32), BR),
 'slack_config_refresh_token': ('SLACK_CONFIG_REFRESH_TOKEN', lambda r: 'xoxe-1-' + rs(r, UPNUM, 140), None),
 'instagram_graph_user_token': ('IG_ACCESS_TOKEN', lambda r: 'IGQWR' + rs(r, B64U, 160), None),
 'tiktok_business_access_token': ('TIKTOK_ACCESS_TOKEN', lambda r: hx(r, 40), ('Access-Token', '')),
 'twitch_client_secret': ('TWITCH_CLIENT_SECRET', lambda r: rs(r, LOWNUM, 30), None),
 'vk_api_access_token': ('VK_TOKEN', lambda r: 'vk1.a.' + rs(r, B64U, 200), BR),
 # payments / commerce
 'razorpay_key_secret': ('RAZORPAY_KEY_SECRET', lambda r: an(r, 24), None),
 'paystack_secret_key': ('PAYSTACK_SECRET_KEY', lambda r: 'sk_live_' + hx(r, 40), BR),
 'paypal_rest_client_secret': ('PAYPAL_CLIENT_SECRET', lambda r: 'E' + rs(r, B64U, 79), None),
 'adyen_api_key': ('ADYEN_API_KEY', _adyen, ('X-API-Key', '')),
 'mollie_live_api_key': ('MOLLIE_API_KEY', lambda r: 'live_' + an(r, 30), BR),
 'square_access_token': ('SQUARE_ACCESS_TOKEN', lambda r: 'EAAA' + rs(r, B64U, 60), BR),
 'square_oauth_application_secret': ('SQUARE_APP_SECRET', lambda r: 'sq0csp-' + rs(r, B64U, 43), None),
 'flutterwave_secret_key': ('FLW_SECRET_KEY', lambda r: 'FLWSECK-' + hx(r, 32) + '-X', BR),
 'lemon_squeezy_api_key': ('LEMONSQUEEZY_API_KEY', lambda r: jwt(r, {'aud': '94d59cef-dbb8-4ea5-b178-d2540fcd6919', 'jti': hx(r, 40), 'sub': str(r.randint(100000, 999999)), 'scopes': []}), BR),
 'gumroad_access_token': ('GUMROAD_ACCESS_TOKEN', lambda r: rs(r, B64U, 43), None),
 'duffel_live_access_token': ('DUFFEL_ACCESS_TOKEN', lambda r: 'duffel_live_' + rs(r, B64U, 43), BR),
 'amadeus_api_secret': ('AMADEUS_CLIENT_SECRET', lambda r: an(r, 16), None),
 'shopify_admin_api_access_token': ('SHOPIFY_ACCESS_TOKEN', lambda r: 'shpat_' + hx(r, 32), ('X-Shopify-Access-Token', '')),
 'shopify_custom_app_access_token': ('SHOPIFY_CUSTOM_APP_TOKEN', lambda r: 'shpca_' + hx(r, 32), ('X-Shopify-Access-Token', '')),
 'shopify_private_app_password': ('SHOPIFY_PRIVATE_APP_PASSWORD', lambda r: 'shppa_' + hx(r, 32), None),
 'shopify_app_shared_secret': ('SHOPIFY_API_SECRET', lambda r: 'shpss_' + hx(r, 32), None),
 'bigcommerce_api_access_token': ('BIGCOMMERCE_ACCESS_TOKEN', lambda r: rs(r, LOWNUM, 31), ('X-Auth-Token', '')),
 'woocommerce_consumer_secret': ('WC_CONSUMER_SECRET', lambda r: 'cs_' + hx(r, 40), None),
 'woocommerce_consumer_key': ('WC_CONSUMER_KEY', lambda r: 'ck_' + hx(r, 40), None),
 'magento_integration_access_token': ('MAGENTO_ACCESS_TOKEN', lambda r: rs(r, LOWNUM, 32), BR),
 'wix_headless_api_key': ('WIX_API_KEY', lambda r: 'IST.' + jwt(r, {'data': '{"id":"%s","identity":{"type":"application"}}' % uuid4(r), 'iat': r.randint(1700000000, 1760000000)}), ('Authorization', '')),
 'ebay_production_cert_id': ('EBAY_CERT_ID', lambda r: 'PRD-' + hx(r, 12) + '-' + hx(r, 4) + '-' + hx(r, 4) + '-' + hx(r, 4) + '-' + hx(r, 4), None),
 'amazon_lwa_client_secret': ('LWA_CLIENT_SECRET', lambda r: 'amzn1.oa2-cs.v1.' + hx(r, 64), None),
 'amazon_lwa_refresh_token': ('SP_API_REFRESH_TOKEN', lambda r: 'Atzr|' + rs(r, B64U, 300), None),
 # content / productivity
 'airtable_personal_access_token': ('AIRTABLE_TOKEN', lambda r: 'pat' + an(r, 14) + '.' + hx(r, 64), BR),
 'asana_personal_access_token': ('ASANA_PAT', lambda r: '2/' + rs(r, DIG, 16) + '/' + rs(r, DIG, 16) + ':' + hx(r, 32), BR),
 'notion_internal_integration_token': ('NOTION_TOKEN', lambda r: 'ntn_' + rs(r, DIG, 11) + an(r, 35), BR),
 'linear_personal_api_key': ('LINEAR_API_KEY', lambda r: 'lin_api_' + an(r, 40), ('Authorization', '')),
 'clickup_personal_api_token': ('CLICKUP_TOKEN', lambda r: 'pk_' + rs(r, DIG, 8) + '_' + rs(r, UPNUM, 32), ('Authorization', '')),
 'todoist_api_token': ('TODOIST_API_TOKEN', lambda r: hx(r, 40), BR),
 'coda_api_token': ('CODA_API_TOKEN', lambda r: uuid4(r), BR),
 'harvest_personal_access_token': ('HARVEST_ACCESS_TOKEN', lambda r: str(r.randint(1000000, 9999999)) + '.pt.' + rs(r, B64U, 86), BR),
 'figma_personal_access_token': ('FIGMA_TOKEN', lambda r: 'figd_' + rs(r, B64U, 40), ('X-Figma-Token', '')),
 'miro_access_token': ('MIRO_ACCESS_TOKEN', _miro, BR),
 'zendesk_api_token': ('ZENDESK_API_TOKEN', lambda r: an(r, 40), None),
 'freshdesk_api_key': ('FRESHDESK_API_KEY', lambda r: an(r, 20), None),
 'intercom_access_token': ('INTERCOM_ACCESS_TOKEN', lambda r: 'dG9rOj' + rs(r, B64, 54) + '=', BR),
 'helpscout_app_secret': ('HELPSCOUT_APP_SECRET', lambda r: an(r, 32), None),
 'hubspot_private_app_token': ('HUBSPOT_ACCESS_TOKEN', lambda r: 'pat-na1-' + uuid4(r), BR),
 'pipedrive_api_token': ('PIPEDRIVE_API_TOKEN', lambda r: hx(r, 40), ('x-api-token', '')),
 'salesforce_access_token': ('SF_ACCESS_TOKEN', lambda r: '00D' + an(r, 12) + '!' + rs(r, ALNUM + '._', 96), BR),
 'docusign_integration_secret': ('DOCUSIGN_SECRET_KEY', lambda r: uuid4(r), None),
 'dropbox_sign_api_key': ('DROPBOX_SIGN_API_KEY', lambda r: hx(r, 64), None),
 'pandadoc_api_key': ('PANDADOC_API_KEY', lambda r: hx(r, 40), ('Authorization', 'API-Key ')),
 'contentful_management_token': ('CONTENTFUL_MANAGEMENT_TOKEN', lambda r: 'CFPAT-' + rs(r, B64U, 43), BR),
 'strapi_api_token': ('STRAPI_API_TOKEN', lambda r: hx(r, 256), BR),
 'directus_static_token': ('DIRECTUS_TOKEN', lambda r: rs(r, B64U, 32), BR),
 'hygraph_permanent_auth_token': ('HYGRAPH_TOKEN', lambda r: 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImdjbXMtbWFpbi1wcm9kdWN0aW9uIn0.' + b64u(json.dumps({'version': 3, 'iat': r.randint(1700000000, 1760000000), 'aud': ['https://api-eu-central-1.hygraph.com/v2/' + rs(r, LOWNUM, 25) + '/master'], 'iss': 'https://management.hygraph.com/', 'sub': uuid4(r)}, separators=(',', ':')).encode()) + '.' + b64u(rbytes(r, 256)), BR),
 'cloudinary_api_secret': ('CLOUDINARY_API_SECRET', lambda r: rs(r, B64U, 27), None),
 'imagekit_private_key': ('IMAGEKIT_PRIVATE_KEY', lambda r: 'private_' + rs(r, B64, 28) + '=', None),
 'uploadcare_secret_key': ('UPLOADCARE_SECRET_KEY', lambda r: hx(r, 20), None),
 'transloadit_auth_secret': ('TRANSLOADIT_SECRET', lambda r: hx(r, 40), None),
 'mux_token_secret': ('MUX_TOKEN_SECRET', lambda r: rs(r, ALNUM + '+/', 75), None),
 # maps / data
 'mapbox_secret_access_token': ('MAPBOX_SECRET_TOKEN', _mapbox, None),
 'openweathermap_api_key': ('OWM_API_KEY', lambda r: hx(r, 32), None),
 'tomtom_api_key': ('TOMTOM_API_KEY', lambda r: an(r, 32), None),
 'ipinfo_access_token': ('IPINFO_TOKEN', lambda r: hx(r, 14), BR),
 'censys_api_secret': ('CENSYS_API_SECRET', lambda r: an(r, 32), None),
 'haveibeenpwned_api_key': ('HIBP_API_KEY', lambda r: hx(r, 32), ('hibp-api-key', '')),
 'securitytrails_api_key': ('SECURITYTRAILS_API_KEY', lambda r: an(r, 32), ('APIKEY', '')),
 # auth / captcha
 'cloudflare_turnstile_secret_key': ('TURNSTILE_SECRET_KEY', lambda r: '0x4AAAAAAA' + rs(r, B64U, 24), None),
 'google_recaptcha_secret_key': ('RECAPTCHA_SECRET_KEY', lambda r: '6L' + rs(r, B64U, 6) + 'AAAAA' + rs(r, B64U, 27), None),
 'hcaptcha_secret_key': ('HCAPTCHA_SECRET', lambda r: '0x' + hx(r, 40), None),
 'clerk_secret_key': ('CLERK_SECRET_KEY', lambda r: 'sk_live_' + an(r, 42), BR),
 'okta_api_token': ('OKTA_API_TOKEN', lambda r: '00' + rs(r, B64U, 40), ('Authorization', 'SSWS ')),
 'adobe_oauth_client_secret': ('ADOBE_CLIENT_SECRET', lambda r: 'p8e-' + rs(r, B64U, 32), None),
 'apple_app_specific_password': ('APPLE_APP_SPECIFIC_PASSWORD', lambda r: '-'.join(rs(r, LOW, 4) for _ in range(4)), None),
 # crypto / web3
 'etherscan_api_key': ('ETHERSCAN_API_KEY', lambda r: rs(r, UPNUM, 34), None),
 'infura_api_key_secret': ('INFURA_API_KEY_SECRET', lambda r: hx(r, 32), None),
 'alchemy_api_key': ('ALCHEMY_API_KEY', lambda r: rs(r, B64U, 32), None),
 'binance_api_secret': ('BINANCE_API_SECRET', lambda r: an(r, 64), None),
 'kraken_private_key': ('KRAKEN_PRIVATE_KEY', lambda r: rs(r, B64, 86) + '==', None),
 'bitstamp_api_secret': ('BITSTAMP_API_SECRET', lambda r: rs(r, UPNUM, 32), None),
 'bitcoin_wif_compressed_private_key': ('BTC_WIF', _wif, None),
 'solana_cli_keypair_json': ('SOLANA_KEYPAIR', _solana, None),
 # private keys (multi-line)
 'rsa_pkcs1_private_key_pem': ('TLS_PRIVATE_KEY', _rsa, 'pem'),
 'apple_app_store_connect_p8_key': ('ASC_API_KEY_P8', _p8, 'pem'),
 'secp256k1_sec1_private_key_pem': ('SIGNER_KEY_PEM', _k1, 'pem'),
 'openssh_ed25519_private_key': ('DEPLOY_SSH_KEY', _ssh, 'pem'),
}

# dropped before generation to stay near 200 types (mostly name-only shapes)
DROP = ['mistral_api_key', 'deepinfra_api_token', 'kaggle_api_key', 'unstructured_api_key', 'scrapingbee_api_key',
        'sambanova_api_key', 'drone_ci_personal_token', 'harbor_robot_account_secret', 'gradle_publish_secret',
        'codacy_api_token', 'ovh_application_secret', 'tencent_cloud_secret_key', 'qiniu_secret_key', 'wasabi_secret_key',
        'logz_io_shipping_token', 'instana_agent_key', 'sumologic_access_key', 'cronitor_api_key', 'airbrake_project_key',
        'mandrill_api_key', 'mailjet_secret_key', 'pusher_app_secret', 'stream_io_api_secret', 'vonage_api_secret',
        'plivo_auth_token', 'zulip_api_key', 'dingtalk_robot_access_token', 'wecom_group_robot_key', 'amadeus_api_secret',
        'gumroad_access_token', 'magento_integration_access_token', 'freshdesk_api_key', 'helpscout_app_secret',
        'docusign_integration_secret', 'uploadcare_secret_key', 'transloadit_auth_secret', 'tomtom_api_key',
        'censys_api_secret', 'securitytrails_api_key', 'infura_api_key_secret', 'bitstamp_api_secret']
for _k in DROP:
    del V[_k]
