"""Vendor part: one record per vendor credential type, 12 styles cycled (seed 7502)."""
import random, base64, json
from common import SLOT as S, rs, hexl, uuid4, owner_pw, draw, rec, ALNUM, B64, URLS, DIG, LOW, HEXL

AU = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
AL = LOW + DIG


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt_like(r, payload):
    h = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + rs(r, URLS, 43)


def b64_bytes(r, n):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


H = lambda n: (lambda r: hexl(r, n))
HU = lambda n: (lambda r: hexl(r, n).upper())
A = lambda n: (lambda r: rs(r, ALNUM, n))
L = lambda n: (lambda r: rs(r, AL, n))
U = lambda n: (lambda r: rs(r, URLS, n))
P = lambda pre, g: (lambda r: pre + g(r))

VENDORS = [
    # Alibaba Cloud / Alipay
    ("aliyun_sts_security_token", "ALIBABA_CLOUD_SECURITY_TOKEN", lambda r: "CAIS" + rs(r, B64, 340)),
    ("aliyun_oss_bucket_accesskey_secret", "OSS_ACCESS_KEY_SECRET", A(30)),
    ("aliyun_dashscope_api_key", "DASHSCOPE_API_KEY", P("sk-", H(32))),
    ("aliyun_acr_registry_login_password", "ACR_LOGIN_PASSWORD", owner_pw),
    ("aliyun_sms_service_accesskey_secret", "ALIYUN_SMS_AK_SECRET", A(30)),
    ("aliyun_sls_logtail_accesskey_secret", "SLS_ACCESS_KEY_SECRET", A(30)),
    ("aliyun_codeup_personal_token", "CODEUP_TOKEN", P("pt-", A(24))),
    ("alipay_app_rsa2_private_key_body", "ALIPAY_APP_PRIVATE_KEY", lambda r: "MIIEv" + rs(r, B64, 1580) + "=="),
    ("alipay_content_aes_key", "ALIPAY_AES_KEY", lambda r: b64_bytes(r, 16)),
    ("alibaba_cloud_kms_client_key_password", "KMS_CLIENT_KEY_PASSWORD", H(32)),
    # Tencent / WeChat
    ("qcloud_cam_api_secretkey", "TENCENTCLOUD_SECRET_KEY", A(32)),
    ("tencent_cos_temporary_session_token", "COS_SESSION_TOKEN", lambda r: rs(r, URLS, 380)),
    ("tencent_hunyuan_openai_compat_key", "HUNYUAN_API_KEY", P("sk-", A(48))),
    ("tencent_im_sdk_secretkey", "TIM_SDK_SECRET_KEY", H(64)),
    ("tencent_trtc_usersig", "TRTC_USER_SIG", lambda r: "eJw" + rs(r, ALNUM + "*-_", 200)),
    ("tencent_lbs_map_webservice_key", "QQMAP_KEY", lambda r: "-".join(rs(r, AU, 5) for _ in range(6))),
    ("tencent_lbs_map_signature_sk", "QQMAP_SK", A(32)),
    ("tencent_cloudbase_env_api_key", "TCB_API_KEY", lambda r: jwt_like(r, {"iss": "tcb", "env": "prod-" + rs(r, AL, 8), "sub": "apikey"})),
    ("wechat_pay_apiv3_aes_key", "WXPAY_APIV3_KEY", A(32)),
    ("wechat_pay_apiv2_sign_key", "WXPAY_MCH_KEY", A(32)),
    ("wechat_official_account_appsecret", "WX_MP_APPSECRET", H(32)),
    ("wechat_official_account_encoding_aes_key", "WX_ENCODING_AES_KEY", A(43)),
    ("wechat_callback_server_token", "WX_CALLBACK_TOKEN", A(24)),
    ("wechat_open_platform_component_appsecret", "WX_COMPONENT_APPSECRET", H(32)),
    ("wechat_api_access_token", "WX_ACCESS_TOKEN", lambda r: "%d_" % r.randint(70, 92) + rs(r, URLS, 134)),
    ("wechat_component_verify_ticket", "COMPONENT_VERIFY_TICKET", lambda r: "ticket@@@" + rs(r, URLS, 86)),
    ("wechat_miniprogram_session_key", "WX_SESSION_KEY", lambda r: b64_bytes(r, 16)),
    ("wechat_work_corpsecret", "WECOM_CORP_SECRET", U(43)),
    ("wecom_group_robot_webhook_key", "WECOM_ROBOT_KEY", uuid4),
    ("wecom_callback_encoding_aes_key", "WECOM_AES_KEY", A(43)),
    ("wecom_service_provider_secret", "WECOM_PROVIDER_SECRET", U(43)),
    ("wecom_msgaudit_private_key_body", "WECOM_FINANCE_PRIVKEY", lambda r: "MIIEpA" + rs(r, B64, 1560) + "="),
    # DingTalk
    ("dingtalk_custom_robot_access_token", "DINGTALK_ACCESS_TOKEN", H(64)),
    ("dingtalk_robot_signing_secret", "DINGTALK_SECRET", P("SEC", H(64))),
    ("dingtalk_open_app_secret", "DINGTALK_APP_SECRET", U(64)),
    ("dingtalk_callback_aes_key", "DINGTALK_AES_KEY", A(43)),
    ("dingtalk_stream_client_secret", "DINGTALK_CLIENT_SECRET", U(64)),
    # Feishu / Lark
    ("feishu_custom_bot_hook_token", "FEISHU_HOOK_TOKEN", uuid4),
    ("feishu_bot_signature_secret", "FEISHU_BOT_SECRET", A(22)),
    ("feishu_open_app_secret", "FEISHU_APP_SECRET", A(32)),
    ("feishu_tenant_access_token", "FEISHU_TENANT_TOKEN", P("t-g", A(37))),
    ("feishu_user_access_token", "FEISHU_USER_TOKEN", P("u-", U(60))),
    ("lark_event_encrypt_key", "LARK_ENCRYPT_KEY", A(32)),
    ("lark_event_verification_token", "LARK_VERIFICATION_TOKEN", A(32)),
    # Baidu
    ("baidu_aip_secret_key", "BAIDU_AIP_SECRET_KEY", A(32)),
    ("baidu_bce_secret_access_key", "BCE_SECRET_ACCESS_KEY", H(32)),
    ("baidu_qianfan_bearer_key", "QIANFAN_API_KEY", lambda r: "bce-v3/ALTAK-" + A(21)(r) + "/" + H(40)(r)),
    ("baidu_map_server_ak", "BAIDU_MAP_AK", A(32)),
    ("baidu_oauth_access_token", "BAIDU_ACCESS_TOKEN", lambda r: "24.%s.2592000.%d.282335-%d" % (hexl(r, 32), r.randint(1700000000, 1760000000), r.randint(10000000, 99999999))),
    ("baidu_netdisk_refresh_token", "BAIDU_PAN_REFRESH", lambda r: "122.%s.%s.%s" % (hexl(r, 32), rs(r, URLS, 24), rs(r, URLS, 20))),
    # Huawei
    ("huaweicloud_obs_secret_key", "OBS_SECRET_KEY", A(40)),
    ("huaweicloud_x_subject_token", "X_SUBJECT_TOKEN", lambda r: "MII" + rs(r, URLS, 600)),
    ("huawei_agc_client_secret", "AGC_CLIENT_SECRET", HU(64)),
    ("huawei_push_kit_app_secret", "HMS_PUSH_APP_SECRET", H(64)),
    ("huaweicloud_swr_login_key", "SWR_LOGIN_KEY", H(64)),
    ("huaweicloud_maas_api_key", "MAAS_API_KEY", U(86)),
    # Gitee / Coding
    ("gitee_personal_token", "GITEE_PRIVATE_TOKEN", H(32)),
    ("gitee_oauth_app_client_secret", "GITEE_CLIENT_SECRET", H(64)),
    ("gitee_webhook_signing_key", "GITEE_WEBHOOK_SECRET", A(24)),
    ("coding_net_project_token", "CODING_TOKEN", H(40)),
    # LINE
    ("line_messaging_channel_access_token", "LINE_CHANNEL_ACCESS_TOKEN", lambda r: rs(r, B64, 171) + "="),
    ("line_messaging_channel_secret", "LINE_CHANNEL_SECRET", H(32)),
    ("line_notify_personal_token", "LINE_NOTIFY_TOKEN", A(43)),
    ("line_pay_channel_secret_key", "LINE_PAY_SECRET", H(32)),
    ("line_login_channel_secret", "LINE_LOGIN_SECRET", H(32)),
    ("line_works_bot_secret", "LINEWORKS_BOT_SECRET", A(32)),
    # Kakao / Korea
    ("kakao_rest_api_app_key", "KAKAO_REST_API_KEY", H(32)),
    ("kakao_admin_app_key", "KAKAO_ADMIN_KEY", H(32)),
    ("kakao_login_client_secret", "KAKAO_CLIENT_SECRET", A(32)),
    ("kakao_user_oauth_access_token", "KAKAO_ACCESS_TOKEN", U(54)),
    ("kakaopay_secret_key", "KAKAOPAY_SECRET_KEY", P("PRD", HU(37))),
    ("naver_cloud_platform_secret_key", "NCLOUD_SECRET_KEY", A(40)),
    ("naver_developers_client_secret", "NAVER_CLIENT_SECRET", A(10)),
    ("naver_clova_studio_api_key", "CLOVASTUDIO_API_KEY", P("nv-", H(32))),
    ("naver_clova_ocr_secret", "CLOVA_OCR_SECRET", lambda r: b64_bytes(r, 33)),
    ("naver_maps_client_secret", "NAVER_MAPS_SECRET", A(40)),
    ("toss_payments_live_secret_key", "TOSS_SECRET_KEY", P("live_sk_", A(24))),
    ("portone_v2_api_secret", "PORTONE_API_SECRET", A(80)),
    ("nhn_cloud_user_secret_key", "NHN_SECRET_KEY", A(16)),
    ("solapi_api_secret", "SOLAPI_API_SECRET", lambda r: rs(r, AU, 32)),
    ("channel_talk_access_secret", "CHANNEL_ACCESS_SECRET", H(32)),
    ("sendbird_master_api_token", "SENDBIRD_API_TOKEN", H(40)),
    ("nicepay_merchant_key", "NICEPAY_MERCHANT_KEY", lambda r: b64_bytes(r, 66)),
    # Other Chinese clouds and AI
    ("volcengine_secret_access_key", "VOLC_SECRETKEY", lambda r: base64.b64encode(hexl(r, 32).encode()).decode()),
    ("volcengine_ark_api_key", "ARK_API_KEY", uuid4),
    ("douyin_open_client_secret", "DOUYIN_CLIENT_SECRET", H(32)),
    ("kuaishou_open_app_secret", "KS_APP_SECRET", A(22)),
    ("jdcloud_secret_access_key", "JDCLOUD_SECRET_KEY", HU(32)),
    ("ksyun_secret_access_key", "KSYUN_SECRET_KEY", lambda r: rs(r, B64, 40)),
    ("ucloud_api_private_key", "UCLOUD_PRIVATE_KEY", H(40)),
    ("qiniu_kodo_secret_key", "QINIU_SECRET_KEY", U(40)),
    ("upyun_operator_password", "UPYUN_OPERATOR_PASSWORD", owner_pw),
    ("ctyun_eop_secret_key", "CTYUN_SECRET_KEY", H(32)),
    ("zhipu_bigmodel_api_key", "ZHIPUAI_API_KEY", lambda r: hexl(r, 32) + "." + rs(r, ALNUM, 16)),
    ("moonshot_kimi_api_key", "MOONSHOT_API_KEY", P("sk-", A(48))),
    ("deepseek_platform_api_key", "DEEPSEEK_API_KEY", P("sk-", H(32))),
    ("minimax_group_api_key", "MINIMAX_API_KEY", lambda r: jwt_like(r, {"GroupName": "mall", "GroupID": rs(r, DIG, 19), "TokenType": 1})),
    ("baichuan_platform_api_key", "BAICHUAN_API_KEY", P("sk-", H(32))),
    ("siliconflow_api_key", "SILICONFLOW_API_KEY", P("sk-", L(48))),
    ("iflytek_xfyun_api_secret", "XFYUN_API_SECRET", lambda r: base64.b64encode(hexl(r, 24).encode()).decode()),
    ("iflytek_xfyun_api_key", "XFYUN_API_KEY", H(32)),
    ("getui_master_secret", "GETUI_MASTER_SECRET", A(22)),
    ("jpush_master_secret", "JPUSH_MASTER_SECRET", H(24)),
    ("umeng_push_app_master_secret", "UMENG_MASTER_SECRET", L(32)),
    ("rongcloud_im_app_secret", "RONGCLOUD_APP_SECRET", A(14)),
    ("easemob_im_client_secret", "EASEMOB_CLIENT_SECRET", P("YXA6", U(27))),
    ("agora_rtc_app_certificate", "AGORA_APP_CERTIFICATE", H(32)),
    ("agora_restful_customer_secret", "AGORA_CUSTOMER_SECRET", H(32)),
    ("netease_yunxin_app_secret", "YUNXIN_APP_SECRET", H(12)),
    ("tuya_iot_access_secret", "TUYA_ACCESS_SECRET", H(32)),
    ("xiaomi_push_app_secret", "MIPUSH_APP_SECRET", lambda r: b64_bytes(r, 16)),
    ("oppo_push_master_secret", "OPPO_MASTER_SECRET", H(32)),
    ("vivo_push_app_secret", "VIVO_APP_SECRET", uuid4),
    ("youzan_cloud_client_secret", "YOUZAN_CLIENT_SECRET", H(32)),
    ("weibo_open_app_secret", "WEIBO_APP_SECRET", H(32)),
    ("qq_connect_app_key", "QQ_CONNECT_APPKEY", H(32)),
    ("taobao_top_app_secret", "TOP_APP_SECRET", H(32)),
    ("pinduoduo_open_client_secret", "PDD_CLIENT_SECRET", H(40)),
    ("pingxx_live_secret_key", "PINGPP_SECRET_KEY", P("sk_live_", A(24))),
    ("bilibili_open_access_key_secret", "BILI_ACCESS_KEY_SECRET", H(32)),
    # Japan
    ("chatwork_api_token", "CHATWORK_API_TOKEN", H(32)),
    ("backlog_api_key", "BACKLOG_API_KEY", A(64)),
    ("sakura_cloud_access_token_secret", "SAKURACLOUD_ACCESS_TOKEN_SECRET", A(64)),
    ("freee_app_client_secret", "FREEE_CLIENT_SECRET", U(43)),
    ("paypay_open_api_secret", "PAYPAY_API_SECRET", lambda r: b64_bytes(r, 32)),
    ("kintone_app_api_token", "KINTONE_API_TOKEN", A(40)),
    ("rakuten_web_service_application_secret", "RAKUTEN_APP_SECRET", H(40)),
    ("payjp_live_secret_key", "PAYJP_SECRET_KEY", P("sk_live_", H(48))),
    ("komoju_live_secret_key", "KOMOJU_SECRET_KEY", P("sk_live_", L(25))),
    ("nifcloud_secret_access_key", "NIFCLOUD_SECRET_KEY", A(40)),
    # Southeast Asia / Taiwan
    ("xendit_production_secret_key", "XENDIT_SECRET_KEY", P("xnd_production_", A(60))),
    ("midtrans_server_key", "MIDTRANS_SERVER_KEY", P("Mid-server-", U(24))),
    ("omise_live_secret_key", "OMISE_SECRET_KEY", P("skey_", L(19))),
    ("ecpay_aio_hash_key", "ECPAY_HASH_KEY", A(16)),
    ("newebpay_merchant_hash_key", "NEWEBPAY_HASH_KEY", A(32)),
]

STYLES = {
    "nacos_openapi_publish_curl": lambda k, r: "curl -X POST 'http://nacos.internal:8848/nacos/v1/cs/configs' \\\n  -d 'dataId=secrets.properties&group=PROD' \\\n  --data-urlencode 'content=%s=%s'" % (k.lower().replace("_", "."), S),
    "apollo_openapi_item_json": lambda k, r: '{"key": "%s", "value": "%s", "comment": "轮换于上线前", "dataChangeCreatedBy": "apollo"}' % (k.lower().replace("_", "."), S),
    "kms_secret_put_cli_call": lambda k, r: "aliyun kms PutSecretValue --SecretName mall/%s --VersionId v%d --SecretData '%s'" % (k.lower(), r.randint(2, 9), S),
    "ssm_tencent_create_secret_cli": lambda k, r: "tccli ssm CreateSecret --SecretName %s --VersionId v1 --SecretString '%s' --region ap-guangzhou" % (k.lower().replace("_", "-"), S),
    "csms_huawei_secret_version_json": lambda k, r: '{"secret_name": "%s", "version_id": "v1", "secret_string": "%s"}' % (k.lower(), S),
    "wechat_devtools_cloudfunction_config_json": lambda k, r: '{\n  "permissions": {"openapi": ["templateMessage.send"]},\n  "envVariables": {"%s": "%s"}\n}' % (k, S),
    "gitee_repo_secret_settings_capture": lambda k, r: "仓库设置 › 流水线 › 环境变量\n名称: %s\n值: %s\n[x] 私密  最后修改: %s" % (k, S, rs(r, LOW, 6)),
    "qinglong_panel_env_export_json": lambda k, r: '[{"name": "%s", "value": "%s", "remarks": "自用", "status": 0}]' % (k, S),
    "docker_run_e_flag_cn_mirror": lambda k, r: "docker run -d --name api -e %s=%s registry.cn-hangzhou.aliyuncs.com/mall/api:%d.%d" % (k, S, r.randint(1, 3), r.randint(0, 20)),
    "pm2_ecosystem_env_production": lambda k, r: "module.exports = { apps: [{ name: 'bff', script: 'dist/main.js', env_production: { %s: '%s' } }] };" % (k, S),
    "supervisor_program_environment_line": lambda k, r: "[program:worker]\ncommand=/opt/app/venv/bin/python worker.py\nenvironment=%s=\"%s\",TZ=\"Asia/Shanghai\"" % (k, S),
    "systemd_unit_environment_directive": lambda k, r: "[Service]\nUser=app\nEnvironment=\"%s=%s\"\nExecStart=/opt/app/bin/server" % (k, S),
}


def build(pool, start):
    r = random.Random(7502)
    out = []
    styles = sorted(STYLES)
    for i, (t, key, gen) in enumerate(VENDORS):
        st = styles[i % len(styles)]
        v = draw(r, pool, gen)
        out.append(rec("p75-s-%04d" % (start + i), t, t + "__" + st, STYLES[st](key, r), v, "vendor"))
    return out
