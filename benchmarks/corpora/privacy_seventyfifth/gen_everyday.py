"""Everyday part: 45 container kinds x 4 records, 16 span types (seed 7501)."""
import random
from common import SLOT as S, rs, hexl, owner_pw, draw, rec, host, user, ALNUM, B64, URLS, DIG, LOW

TYPES = {
    # type: (ENV_KEY, generator)
    "aws_secret_access_key": ("AWS_SECRET_ACCESS_KEY", lambda r: rs(r, B64, 40)),
    "database_password": ("DB_PASSWORD", owner_pw),
    "github_personal_access_token": ("GITHUB_TOKEN", lambda r: "ghp_" + rs(r, ALNUM, 36)),
    "jwt_signing_secret": ("JWT_SECRET", lambda r: rs(r, URLS, 64)),
    "sendgrid_api_key": ("SENDGRID_API_KEY", lambda r: "SG." + rs(r, URLS, 22) + "." + rs(r, URLS, 43)),
    "slack_bot_token": ("SLACK_BOT_TOKEN", lambda r: "xoxb-" + rs(r, DIG, 12) + "-" + rs(r, DIG, 13) + "-" + rs(r, ALNUM, 24)),
    "smtp_password": ("SMTP_PASSWORD", owner_pw),
    "stripe_live_secret_key": ("STRIPE_SECRET_KEY", lambda r: "sk_live_51" + rs(r, ALNUM, 97)),
    "twilio_auth_token": ("TWILIO_AUTH_TOKEN", lambda r: hexl(r, 32)),
    "openai_project_api_key": ("OPENAI_API_KEY", lambda r: "sk-proj-" + rs(r, URLS, 74) + "T3BlbkFJ" + rs(r, URLS, 74)),
    # new
    "ram_subaccount_console_password": ("RAM_CONSOLE_PASSWORD", owner_pw),
    "miniprogram_appsecret": ("MINIAPP_APPSECRET", lambda r: hexl(r, 32)),
    "im_bot_webhook_sign_secret": ("BOT_SIGN_SECRET", lambda r: "SEC" + hexl(r, 64)),
    "object_storage_secret_key": ("OSS_SECRET_KEY", lambda r: rs(r, ALNUM, 30)),
    "payment_gateway_api_v3_key": ("PAY_API_V3_KEY", lambda r: rs(r, ALNUM, 32)),
    "gitee_access_token": ("GITEE_TOKEN", lambda r: hexl(r, 32)),
}
NEW_TYPES = ["ram_subaccount_console_password", "miniprogram_appsecret", "im_bot_webhook_sign_secret",
             "object_storage_secret_key", "payment_gateway_api_v3_key", "gitee_access_token"]


def camel(k):
    p = k.lower().split("_")
    return p[0] + "".join(x.title() for x in p[1:])


def dot(k):
    return k.lower().replace("_", ".")


def kebab(k):
    return k.lower().replace("_", "-")


# each kind: f(k, r) -> template with one slot
KINDS = {
    "miniprogram_project_private_config_json": lambda k, r: '{\n  "description": "本地调试配置，勿提交",\n  "projectname": "mall-mp",\n  "setting": {"urlCheck": false},\n  "condition": {},\n  "cloudEnv": {"%s": "%s"}\n}' % (camel(k), S),
    "uniapp_manifest_json_snippet": lambda k, r: '"mp-weixin": {\n  "appid": "wx%s",\n  "optimization": {"subPackages": true},\n  "%s": "%s"\n},' % (hexl(r, 16), camel(k), S),
    "taro_env_config_ts": lambda k, r: "// config/prod.ts\nexport default {\n  env: { NODE_ENV: '\"production\"' },\n  defineConstants: {\n    %s: JSON.stringify('%s'),\n  },\n}" % (k, S),
    "nacos_dataid_properties_dump": lambda k, r: "# Data ID: order-service-prod.properties  Group: DEFAULT_GROUP  namespace: %s\nserver.port=8081\n%s=%s\nlogging.level.root=INFO" % (rs(r, LOW + DIG, 8), dot(k), S),
    "apollo_portal_namespace_export": lambda k, r: "AppId: pay-gateway | Cluster: default | Namespace: application\nKey                     Value\nspring.profiles.active  prod\n%s  %s\nmodified by: %s" % (dot(k), S, user(r)),
    "spring_cloud_alibaba_bootstrap_yaml": lambda k, r: "spring:\n  application:\n    name: user-center\n  cloud:\n    nacos:\n      config:\n        server-addr: 10.%d.3.12:8848\n%s: %s" % (r.randint(1, 200), kebab(k), S),
    "dubbo_provider_xml_config": lambda k, r: '<dubbo:application name="inventory-provider"/>\n<dubbo:registry address="nacos://10.0.%d.5:8848"/>\n<dubbo:parameter key="%s" value="%s"/>' % (r.randint(1, 250), dot(k), S),
    "go_zero_service_etc_yaml": lambda k, r: "Name: order-api\nHost: 0.0.0.0\nPort: 8888\nAuth:\n  %s: %s\n  AccessExpire: 86400" % ("".join(x.title() for x in k.split("_")), S),
    "kratos_configs_yaml_block": lambda k, r: "server:\n  http:\n    addr: 0.0.0.0:8000\ndata:\n  secrets:\n    %s: \"%s\"" % (k.lower(), S),
    "gin_viper_config_toml": lambda k, r: "[app]\nmode = \"release\"\n\n[secrets]\n%s = \"%s\"\n" % (k.lower(), S),
    "thinkphp_dot_env_section": lambda k, r: "APP_DEBUG = false\n\n[APP]\nDEFAULT_TIMEZONE = Asia/Shanghai\n\n[SECRET]\n%s = %s\n" % (k, S),
    "egg_config_prod_js": lambda k, r: "// config/config.prod.js\nmodule.exports = appInfo => ({\n  keys: appInfo.name + '_%s',\n  %s: '%s',\n});" % (rs(r, DIG, 13), camel(k), S),
    "midway_config_ts_export": lambda k, r: "// src/config/config.prod.ts\nexport default {\n  koa: { port: 7001 },\n  %s: '%s',\n} as MidwayConfig;" % (camel(k), S),
    "nest_typeorm_ormconfig_json": lambda k, r: '{\n  "type": "mysql",\n  "host": "%s",\n  "%s": "%s",\n  "synchronize": false\n}' % (host(r), camel(k), S),
    "serverless_devs_s_yaml": lambda k, r: "edition: 3.0.0\nname: hello-fc\nresources:\n  api:\n    component: fc3\n    props:\n      region: cn-hangzhou\n      environmentVariables:\n        %s: %s" % (k, S),
    "tencent_scf_template_yaml": lambda k, r: "Resources:\n  default:\n    Type: TencentCloud::Serverless::Namespace\n    notify-fn:\n      Properties:\n        Environment:\n          Variables:\n            %s: '%s'" % (k, S),
    "huawei_functiongraph_env_json": lambda k, r: '{"func_name": "thumb-gen", "runtime": "Python3.9", "user_data": "{\\"%s\\": \\"%s\\"}"}' % (k, S),
    "aliyun_fc_bootstrap_shell": lambda k, r: "#!/bin/bash\n# bootstrap for custom runtime\nexport %s=%s\nexec ./server --port 9000" % (k, S),
    "gitee_go_pipeline_yaml": lambda k, r: "version: '1.0'\nname: branch-pipeline\nstages:\n  - name: build\n    jobs:\n      - step: build@nodejs\n        commands:\n          - export %s=%s\n          - npm run build" % (k, S),
    "coding_ci_jenkinsfile_env": lambda k, r: "pipeline {\n  agent any\n  environment {\n    %s = '%s'\n  }\n  stages { stage('deploy') { steps { sh './deploy.sh' } } }\n}" % (k, S),
    "yunxiao_flow_pipeline_yaml": lambda k, r: "sources:\n  repo:\n    type: codeup\nstages:\n  deploy:\n    jobs:\n      release:\n        steps:\n          run:\n            step: Command\n            with:\n              run: |\n                %s='%s' ./release.sh" % (k, S),
    "bt_panel_cron_script_sh": lambda k, r: "#!/bin/bash\n# 宝塔计划任务: 每日备份 %s\n%s='%s'\n/www/server/panel/pyenv/bin/python3 /www/backup/run.py" % (rs(r, LOW, 6), k, S),
    "dingtalk_group_message_paste": lambda k, r: "【后端群】%s 10:%02d\n新环境的 %s 是 %s ，先用着，上线后轮换。" % (user(r), r.randint(0, 59), k, S),
    "feishu_doc_ops_table_markdown": lambda k, r: "| 配置项 | 值 | 负责人 |\n|---|---|---|\n| %s | %s | @%s |" % (k, S, user(r)),
    "wecom_group_chat_paste": lambda k, r: "%s 2025/03/%02d 21:%02d\n@all 测试服 %s=%s 改好了" % (user(r), r.randint(1, 28), r.randint(0, 59), k, S),
    "yuque_wiki_runbook_markdown": lambda k, r: "## 发布手册\n\n1. 登录跳板机\n2. 设置 `%s`：\n\n```\n%s\n```\n3. 执行 deploy.sh" % (k, S),
    "zentao_bug_report_text": lambda k, r: "Bug #%d 【支付回调失败】\n重现步骤：\n1. 配置 %s = %s\n2. 下单后查看回调日志\n结果：签名校验失败" % (r.randint(1000, 9999), k, S),
    "tapd_story_comment_text": lambda k, r: "评论 by %s：联调用的 %s 已经发到配置里了：%s ，请对接方确认。" % (user(r), k, S),
    "kubesphere_secret_stringdata_yaml": lambda k, r: "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\n  namespace: mall-prod\ntype: Opaque\nstringData:\n  %s: \"%s\"" % (k, S),
    "ack_helm_values_override_yaml": lambda k, r: "# values-ack-prod.yaml\nimage:\n  repository: registry.cn-shanghai.aliyuncs.com/mall/api\nenv:\n  - name: %s\n    value: \"%s\"" % (k, S),
    "tke_configmap_env_yaml": lambda k, r: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: notify-env\ndata:\n  %s: %s\n  REGION: ap-guangzhou" % (k, S),
    "cce_workload_env_json": lambda k, r: '{"kind": "Deployment", "spec": {"template": {"spec": {"containers": [{"name": "api", "env": [{"name": "%s", "value": "%s"}]}]}}}}' % (k, S),
    "xxl_job_glue_python_source": lambda k, r: "# GLUE(Python) job: sync_orders\nimport os, requests\n%s = '%s'\nrequests.post(os.environ['NOTIFY_URL'], json={'ok': 1})" % (k, S),
    "datax_job_json_config": lambda k, r: '{"job": {"content": [{"reader": {"name": "mysqlreader", "parameter": {"username": "%s", "%s": "%s"}}}]}}' % (user(r), camel(k), S),
    "canal_instance_properties_file": lambda k, r: "canal.instance.master.address=%s:3306\ncanal.instance.%s=%s\ncanal.instance.filter.regex=mall\\\\..*" % (host(r), camel(k), S),
    "seata_registry_conf_block": lambda k, r: 'registry {\n  type = "nacos"\n  nacos {\n    application = "seata-server"\n    %s = "%s"\n  }\n}' % (camel(k), S),
    "arthas_watch_output_dump": lambda k, r: "[arthas@%d]$ watch com.mall.config.SecretHolder get returnObj\nmethod=com.mall.config.SecretHolder.get location=AtExit\nts=2025-04-%02d 11:02:33; [cost=0.2ms] result=@String[%s]\n# key=%s" % (r.randint(1000, 9999), r.randint(1, 28), S, k),
    "sentinel_dashboard_startup_log": lambda k, r: "INFO  c.a.c.s.dashboard.DashboardApplication - Starting on host-%s\nINFO  resolved property %s=%s\nINFO  Tomcat started on port(s): 8858" % (rs(r, LOW + DIG, 5), dot(k), S),
    "skywalking_agent_config_line": lambda k, r: "# agent.config\nagent.service_name=${SW_AGENT_NAME:mall-api}\nplugin.custom.%s=${SW_%s:%s}" % (k.lower(), k, S),
    "filebeat_aliyun_sls_output_yaml": lambda k, r: "output.kafka:\n  hosts: [\"sls-cn-hangzhou.log.aliyuncs.com:10012\"]\n  username: \"mall-logs\"\n  %s: \"%s\"" % (k.lower(), S),
    "ansible_china_region_inventory_ini": lambda k, r: "[cn_hangzhou]\n47.%d.%d.%d\n\n[cn_hangzhou:vars]\n%s=%s" % (r.randint(90, 120), r.randint(1, 254), r.randint(1, 254), k.lower(), S),
    "terraform_alicloud_provider_tf": lambda k, r: 'provider "alicloud" {\n  region = "cn-beijing"\n}\n\nvariable "%s" {\n  default = "%s"\n}' % (k.lower(), S),
    "tccli_configure_credential_json": lambda k, r: '// ~/.tccli/default.credential\n{\n    "%s": "%s",\n    "region": "ap-shanghai"\n}' % (k.lower(), S),
    "agconnect_services_json_client": lambda k, r: '{\n  "agcgw": {"url": "connect-drcn.dbankcloud.cn"},\n  "client": {"package_name": "com.mall.app", "%s": "%s"}\n}' % (k.lower(), S),
    "flutter_dotenv_asset_file": lambda k, r: "# assets/.env.prod (bundled with flutter_dotenv)\nAPI_BASE=https://api.mall.example.cn\n%s=%s" % (k, S),
}
assert len(KINDS) == 45, len(KINDS)


def build(pool):
    r = random.Random(7501)
    types = sorted(TYPES)
    use = {t: 0 for t in types}
    out = []
    n = 0
    for kind in sorted(KINDS):
        chosen = []
        for _ in range(4):
            cands = [t for t in types if t not in chosen]
            m = min(use[t] for t in cands)
            cands = [t for t in cands if use[t] == m]
            t = r.choice(cands)
            chosen.append(t)
            use[t] += 1
        for t in chosen:
            key, gen = TYPES[t]
            v = draw(r, pool, gen)
            n += 1
            out.append(rec("p75-s-%04d" % n, t, kind, KINDS[kind](key, r), v, "everyday"))
    return out
