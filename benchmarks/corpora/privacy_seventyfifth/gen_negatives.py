"""Hard negatives: 15 classes x 2 base kinds x 6 presentations + 5 documentation records (seed 7506)."""
import random, hashlib, hmac, base64
from common import rs, hexl, uuid4, ALNUM, B64, LOW, DIG, HEXL

AU = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def b64r(r, n):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


def pem(r):
    body = "MIID" + rs(r, B64, 60)
    lines = [body] + [rs(r, B64, 64) for _ in range(4)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


BASE = {
    "public_key_or_certificate": {
        "wxpay_platform_cert_pem_dump": lambda r: "# 微信支付平台证书 serial_no=%s (公开证书，用于验签)\n%s" % (hexl(r, 40).upper(), pem(r)),
        "alipay_public_key_config_line": lambda r: "# 支付宝公钥（平台公开，用于验签）\nalipay.public-key=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA%s%sIDAQAB" % (rs(r, B64, 300), rs(r, B64, 8)),
    },
    "placeholder_or_redacted": {
        "aliyun_sdk_sample_placeholder_code": lambda r: "config = Config(\n    access_key_id='<your-access-key-id>',\n    access_key_secret='<your-access-key-secret>',\n    endpoint='ecs.cn-%s.aliyuncs.com')" % r.choice(["hangzhou", "beijing", "shanghai", "shenzhen"]),
        "wecom_ticket_redacted_paste": lambda r: "GET /cgi-bin/gettoken?corpid=ww%s&corpsecret=[已脱敏] HTTP/1.1\n→ errcode 40001, invalid credential (工单 #%d)" % (hexl(r, 16), r.randint(10000, 99999)),
    },
    "digest_or_checksum": {
        "oss_object_etag_listing": lambda r: "\n".join('%s  %7d  "%s"' % ("static/js/%s.js" % rs(r, LOW, 6), r.randint(1000, 900000), hexl(r, 32).upper()) for _ in range(3)),
        "npmmirror_integrity_sha512_lines": lambda r: "\n".join('"integrity": "sha512-%s",' % b64r(r, 64) for _ in range(2)),
    },
    "ciphertext_or_sealed_value": {
        "wechat_callback_encrypt_xml": lambda r: "<xml>\n  <ToUserName><![CDATA[gh_%s]]></ToUserName>\n  <Encrypt><![CDATA[%s]]></Encrypt>\n</xml>" % (hexl(r, 12), b64r(r, 192)),
        "kms_ciphertext_blob_json": lambda r: '{"KeyId": "key-hzz%s", "CiphertextBlob": "%s", "RequestId": "%s"}' % (hexl(r, 20), b64r(r, 96), uuid4(r).upper()),
    },
    "masked_partial_value": {
        "ram_console_accesskey_masked_list": lambda r: "AccessKey 管理\nLTAI5t%s****  状态: 启用\nAccessKey Secret: ******** (仅创建时可见)" % rs(r, ALNUM, 4),
        "wxpay_merchant_key_masked_settings": lambda r: "商户号 %d\nAPIv3 密钥: %s************************%s\n证书序列号: 已上传" % (r.randint(1600000000, 1700000000), rs(r, ALNUM, 4), rs(r, ALNUM, 4)),
    },
    "code_identifier_lookalike": {
        "miniprogram_build_chunk_hash_list": lambda r: "\n".join("dist/assets/%s.%s.js" % (r.choice(["vendor", "index", "common", "runtime"]), rs(r, LOW + DIG, 8)) for _ in range(4)),
        "gitee_commit_sha_short_log": lambda r: "\n".join("%s %s" % (hexl(r, 40), r.choice(["fix: 修复回调签名", "feat: 小程序登录", "chore: bump deps", "refactor: nacos client"])) for _ in range(3)),
    },
    "password_prose_no_value": {
        "ram_password_policy_doc_zh": lambda r: "RAM 用户密码策略：长度不少于 %d 位，必须包含大小写字母、数字和符号，%d 天内不得重复使用历史密码。密码请通过 KMS 凭据管家分发，不要发在群里。" % (r.randint(10, 16), r.randint(90, 365)),
        "security_training_chat_summary": lambda r: "Training recap (%s): never paste database passwords into DingTalk or WeCom; if one leaks, rotate it in the console and tell the on-call. Nobody will ever ask you for your password in chat." % rs(r, LOW, 5),
    },
    "uuid_or_request_identifier": {
        "aliyun_openapi_request_id_log": lambda r: "\n".join("[%s] RequestId=%s Code=Throttling.User" % (r.choice(["ecs", "rds", "oss"]), uuid4(r).upper()) for _ in range(3)),
        "tencent_cloud_request_id_trace": lambda r: "\n".join('{"Response": {"RequestId": "%s", "TotalCount": %d}}' % (uuid4(r), r.randint(0, 50)) for _ in range(2)),
    },
    "version_or_build_string": {
        "wechat_base_library_version_list": lambda r: "基础库版本: %d.%d.%d  开发者工具: 1.06.%d%02d%02d  WeChatLib: v%d.%d.%d (%s)" % (r.randint(2, 3), r.randint(0, 40), r.randint(0, 9), r.randint(2300000, 2512000) // 100, r.randint(1, 12), r.randint(1, 28), r.randint(2, 3), r.randint(0, 9), r.randint(0, 9), hexl(r, 7)),
        "hms_core_sdk_version_table": lambda r: "\n".join("com.huawei.hms:%s:%d.%d.%d.%d" % (r.choice(["push", "scan", "location", "hwid"]), r.randint(5, 6), r.randint(0, 13), r.randint(0, 9), r.randint(100, 399)) for _ in range(3)),
    },
    "secret_store_reference": {
        "kms_secret_name_reference_yaml": lambda r: "spring:\n  datasource:\n    password: ${kms:acs:kms:cn-hangzhou:%s:secret/mall-db-%s}" % (rs(r, DIG, 16), rs(r, LOW, 4)),
        "csms_secret_ref_env_block": lambda r: "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: csms-%s\n        key: password" % rs(r, LOW + DIG, 6),
    },
    "test_fixture_fake_credential": {
        "wechat_sdk_unit_test_mock_secret": lambda r: "def test_code2session(mocker):\n    client = WeChatClient(appid='wx_test_appid', secret='mock-appsecret-for-tests')\n    mocker.patch.object(client, '_get', return_value={'openid': 'o%s'})" % rs(r, URLS_SAFE, 10),
        "dingtalk_sandbox_fake_token_fixture": lambda r: '{"fixture": "robot_send_%d", "access_token": "FAKE_TOKEN_DO_NOT_USE", "secret": "SECxxxxxxxxxxxxxxxx"}' % r.randint(1, 99),
    },
    "password_hash_not_plaintext": {
        "mysql_native_password_hash_rows": lambda r: "+----------+-------------------------------------------+\n| user     | authentication_string                     |\n+----------+-------------------------------------------+\n| app_rw   | *%s |\n+----------+-------------------------------------------+" % hexl(r, 40).upper(),
        "django_pbkdf2_admin_export": lambda r: "admin,pbkdf2_sha256$600000$%s$%s=" % (rs(r, ALNUM, 22), rs(r, B64, 43)),
    },
    "public_app_identifier": {
        "wechat_appid_listing": lambda r: "\n".join("%s  AppID: wx%s  原始ID: gh_%s" % (n, hexl(r, 16), hexl(r, 12)) for n in ["商城小程序", "会员服务号"]),
        "feishu_app_id_and_agent_ids": lambda r: "飞书 App ID: cli_%s\n钉钉 AgentId: %d\n企业微信 AgentId: 1000%03d" % (hexl(r, 16), r.randint(1000000000, 3999999999), r.randint(1, 999)),
    },
    "cloud_resource_identifier": {
        "aliyun_ecs_instance_id_listing": lambda r: "\n".join("i-bp1%s  %s  Running  ecs.g7.large" % (rs(r, LOW + DIG, 15), "47.%d.%d.%d" % (r.randint(90, 120), r.randint(1, 254), r.randint(1, 254))) for _ in range(3)),
        "acs_ram_role_arn_list": lambda r: "\n".join("acs:ram::%s:role/%s" % (rs(r, DIG, 16), n) for n in ["aliyunfcdefaultrole", "ecs-deploy-role", "oss-readonly"]),
    },
    "icp_beian_filing_number": {
        "site_footer_icp_beian_lines": lambda r: "<footer>© 2025 某某科技有限公司 <a href=\"https://beian.miit.gov.cn/\">%s ICP备%d号-%d</a></footer>" % (r.choice(["京", "沪", "浙", "粤"]), r.randint(10000000, 99999999), r.randint(1, 5)),
        "public_security_beian_footer": lambda r: "%s公网安备 %d号 | 增值电信业务经营许可证：%s-%d" % (r.choice(["京", "沪", "浙", "粤"]), r.randint(10 ** 13, 10 ** 14), r.choice(["B2", "ICP"]), r.randint(20000000, 20259999)),
    },
}
URLS_SAFE = ALNUM + "-_"

WRAP = {
    "in_oncall_wecom_digest": lambda r, t: "【值班日报】%s\n以下内容来自群聊，已确认不含敏感信息：\n%s" % (rs(r, DIG, 4), t),
    "in_gitee_issue_comment": lambda r, t: "**%s** commented on issue #I%s:\n\n```\n%s\n```" % (rs(r, LOW, 6), rs(r, AU, 6), t),
    "in_yuque_postmortem_page": lambda r, t: "# 故障复盘 %s\n\n## 现场信息\n\n%s\n\n## 结论\n无凭据泄露。" % (rs(r, DIG, 6), t),
    "in_dingtalk_approval_form": lambda r, t: "审批单号：%s\n申请内容：\n%s\n审批结果：同意" % (rs(r, DIG, 14), t),
    "in_feishu_wiki_snippet": lambda r, t: "> 引用自飞书知识库 %s\n%s" % (rs(r, ALNUM, 10), t),
}


def doc_values():
    v = {
        "sha256_empty_in_oss_upload_checker": hashlib.sha256(b"").hexdigest(),
        "sha224_abc_in_sm_crypto_port_notes": hashlib.sha224(b"abc").hexdigest(),
        "rfc4231_case2_in_wxpay_hmac_test": hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha256).hexdigest(),
        "rfc2202_md5_case1_in_dingtalk_sign_doc": hmac.new(b"\x0b" * 16, b"Hi There", hashlib.md5).hexdigest(),
        "sm3_abc_in_gmssl_readme": "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
    }
    published = {
        "sha256_empty_in_oss_upload_checker": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "sha224_abc_in_sm_crypto_port_notes": "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7",
        "rfc4231_case2_in_wxpay_hmac_test": "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
        "rfc2202_md5_case1_in_dingtalk_sign_doc": "9294727a3638bb1c13f48ef8158bfc9d",
        "sm3_abc_in_gmssl_readme": "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
    }
    try:
        v["sm3_abc_in_gmssl_readme"] = hashlib.new("sm3", b"abc").hexdigest()
        sm3_recomputed = True
    except (ValueError, TypeError):
        sm3_recomputed = False
    for k in v:
        assert v[k] == published[k], k
    return v, sm3_recomputed


DOC_TEXT = {
    "sha256_empty_in_oss_upload_checker": "# upload checker: a zero-byte object always hashes to the well-known empty-input SHA-256\nEMPTY_SHA256 = \"%s\"",
    "sha224_abc_in_sm_crypto_port_notes": "移植笔记：先用 FIPS 180 的 \"abc\" 向量自测 SHA-224，期望输出 %s ，再切换到国密算法。",
    "rfc4231_case2_in_wxpay_hmac_test": "// RFC 4231 test case 2 (key \"Jefe\") — sanity check for our HMAC-SHA256 signer before wiring the WeChat Pay v2 sign\nassertEquals(\"%s\", sign(\"Jefe\", \"what do ya want for nothing?\"));",
    "rfc2202_md5_case1_in_dingtalk_sign_doc": "钉钉签名文档附录：HMAC-MD5 实现可用 RFC 2202 第 1 组测试向量（key 为 16 个 0x0b，data 为 \"Hi There\"）验证，结果应为 %s 。",
    "sm3_abc_in_gmssl_readme": "## 自测\n\n`gmssl sm3` 对字符串 abc 的摘要应为 GB/T 32905 给出的示例值：\n\n    %s",
}


def build():
    r = random.Random(7506)
    out = []
    n = 0
    for cls in sorted(BASE):
        for kind in sorted(BASE[cls]):
            f = BASE[cls][kind]
            variants = [(kind, f(r))] + [(kind + "__" + w, WRAP[w](r, f(r))) for w in sorted(WRAP)]
            for cont, txt in variants:
                n += 1
                out.append({"id": "p75-n-%04d" % n, "class": cls, "container": cont, "text": txt, "source": "negative"})
    vals, _ = doc_values()
    for kind in sorted(DOC_TEXT):
        n += 1
        out.append({"id": "p75-n-%04d" % n, "class": "vendor_documentation_value", "container": kind,
                    "text": DOC_TEXT[kind] % vals[kind], "source": "negative"})
    return out
