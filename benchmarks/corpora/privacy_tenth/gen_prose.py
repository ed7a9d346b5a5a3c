"""Prose in 15 languages, source code in 20+ languages, key pairs, private keys."""
import base64
import json
import random
from gen_common import rs, ALNUM, UPPER_ALNUM, B64, mk, rbytes, human_password, passphrase
from gen_passwords import pws
import gen_vendor

VT = {v[0]: v for v in gen_vendor.VENDORS}

# language -> (wifi sentence, login sentence, token sentence); {p} marks the secret
LANG = {
    "de": ("Das WLAN-Passwort fürs Büro ist jetzt {p}, bitte nicht weitergeben.",
           "Zugang zu db01: Benutzer deploy, Kennwort {p}",
           "Hier der neue API-Schlüssel fürs Staging: {p}"),
    "fr": ("Le mot de passe du Wi-Fi invités est {p} depuis lundi.",
           "{p} — c'est le mot de passe root du NAS, change-le après.",
           "Voici le jeton d'accès pour l'API : {p}"),
    "es": ("La contraseña del wifi de la oficina es {p}",
           "Usuario admin, clave {p}, servidor 10.0.0.5",
           "Te paso el token de la API: {p} (caduca en 30 días)"),
    "it": ("La password del Wi-Fi di casa è {p}",
           "{p} è la password dell'utente deploy sul server di staging",
           "Ecco il token API per il bot: {p}"),
    "pt": ("A senha do Wi-Fi da loja mudou para {p}",
           "Servidor de backup: usuário backup, senha {p}",
           "Segue a chave da API: {p}"),
    "nl": ("Het wifi-wachtwoord is {p}",
           "Inloggen op de database met gebruiker app en wachtwoord {p}",
           "{p} is de nieuwe API-sleutel voor productie"),
    "pl": ("Hasło do Wi-Fi w biurze to {p}",
           "Login: admin, hasło: {p} (serwer monitoringu)",
           "Token API do GitLaba: {p}"),
    "ru": ("Пароль от Wi-Fi: {p}",
           "Доступ к серверу: логин root, пароль {p}",
           "Вот токен для API: {p}, не публикуйте его"),
    "tr": ("Ofis Wi-Fi şifresi {p} olarak değişti",
           "Sunucu kullanıcı adı deploy, parola: {p}",
           "API anahtarı: {p}"),
    "ja": ("会議室のWi-Fiパスワードは {p} です。",
           "サーバーのrootパスワードを「{p}」に変更しました。",
           "APIトークン：{p}（本番用）"),
    "zh": ("办公室WiFi密码是 {p}",
           "数据库账号 app，密码：{p}",
           "这是新的 API 密钥：{p}，请勿外传"),
    "ko": ("사무실 와이파이 비밀번호는 {p} 입니다",
           "서버 계정 deploy 비밀번호: {p}",
           "API 키 공유합니다: {p}"),
    "ar": ("كلمة مرور الواي فاي هي {p}",
           "اسم المستخدم admin وكلمة المرور {p} للخادم",
           "هذا مفتاح API الجديد: {p}"),
    "hi": ("ऑफिस वाई-फाई का पासवर्ड {p} है",
           "सर्वर लॉगिन: यूज़र deploy, पासवर्ड {p}",
           "नई API कुंजी: {p}"),
    "sv": ("Wifi-lösenordet är {p}",
           "{p} är lösenordet till admin-kontot på NAS:en",
           "Här är API-nyckeln: {p}"),
}

PROSE_CONT = [
    ("whatsapp_android_export_txt", "[11.06.24, 09:14:22] Marta: {s}\n[11.06.24, 09:15:01] Jonas: 👍\n"),
    ("git_commit_message", "commit 4e1d0c7a\nAuthor: dev <dev@example.org>\nDate:   Tue Jun 11 09:14:22 2024 +0200\n\n    wip: config\n\n    {s}\n"),
    ("gitea_issue_comment_md", "### Kommentar / comment\n\n{s}\n\n_edited_\n"),
    ("eml_plain_message", "From: ops@example.org\nTo: team@example.org\nSubject: access\nContent-Type: text/plain; charset=utf-8\n\n{s}\n"),
    ("line_chat_history_txt", "2024/06/11(Tue)\n09:14\tMarta\t{s}\n09:15\tJonas\tOK\n"),
    ("kakaotalk_chat_export_csv", "Date,User,Message\n2024-06-11 09:14:22,\"Marta\",\"{s}\"\n"),
    ("viber_backup_message_json", '{"date":"2024-06-11T09:14:22","sender":"Marta","text":"{s}"}\n'),
    ("threema_chat_export_txt", "[11/06/2024, 09:14] Marta: {s}\n"),
    ("zammad_ticket_article_body", "Ticket#20240611-0042\nArticle (phone):\n{s}\n-- \nSupport\n"),
]

TOKEN_TYPES = ["gitlab_pat", "slack_bot_token", "openai_project_key", "huggingface_token", "stripe_secret_key",
               "sendgrid_api_key", "digitalocean_pat", "linear_api_key", "groq_api_key", "notion_integration_token",
               "postman_api_key", "figma_pat", "resend_api_key", "sentry_user_token", "telegram_bot_token"]


def prose(rng):
    out = []
    k = 0
    for li, (lang, sents) in enumerate(LANG.items()):
        for si, sent in enumerate(sents):
            if si == 0:
                val, typ = passphrase(rng, 3, rng.choice(["-", ""])) if rng.random() < .5 else pws(rng), "wifi_psk"
            elif si == 1:
                val, typ = pws(rng), ("database_password" if "database" in sent or "数据库" in sent else "ssh_password")
            else:
                tt = TOKEN_TYPES[li % len(TOKEN_TYPES)]
                val, typ = VT[tt][2](rng), tt
            cname, ctpl = PROSE_CONT[k % len(PROSE_CONT)]
            k += 1
            s = sent.replace("{p}", "@@0@@")
            out.append(mk(cname + "__" + lang, ctpl.replace("{s}", s), [(val, typ)], "gen_prose"))
    return out


# Source code in many languages. @@0@@ = secret.
CODE = [
    ("python_requests_session_header", "openai_project_key", "import requests\ns = requests.Session()\ns.headers.update({\"Authorization\": \"Bearer @@0@@\"})\n"),
    ("typescript_class_readonly_field", "anthropic_api_key", "export class LlmClient {\n  private readonly apiKey = \"@@0@@\";\n}\n"),
    ("go_http_header_set", "github_fine_grained_pat", "req.Header.Set(\"Authorization\", \"token @@0@@\")\n"),
    ("rust_const_str", "groq_api_key", "const GROQ_KEY: &str = \"@@0@@\";\n\nfn main() {\n    let c = Client::new(GROQ_KEY);\n}\n"),
    ("java_okhttp_header", "sendgrid_api_key", "Request req = new Request.Builder()\n    .url(\"https://api.sendgrid.com/v3/mail/send\")\n    .addHeader(\"Authorization\", \"Bearer @@0@@\")\n    .build();\n"),
    ("kotlin_companion_const", "mapbox_secret_token", "class MapConfig {\n    companion object {\n        const val DOWNLOADS_TOKEN = \"@@0@@\"\n    }\n}\n"),
    ("swift_let_constant", "revenuecat_secret", "let revenueCatSecret = \"@@0@@\"\nPurchases.configure(withAPIKey: revenueCatSecret)\n"),
    ("csharp_httpclient_default_headers", "postmark_server_token", "client.DefaultRequestHeaders.Add(\"X-Postmark-Server-Token\", \"@@0@@\");\n"),
    ("php_curl_setopt_httpheader", "mailchimp_api_key", "curl_setopt($ch, CURLOPT_USERPWD, 'anystring:@@0@@');\n"),
    ("ruby_faraday_token_auth", "linear_api_key", "conn = Faraday.new(url: 'https://api.linear.app') do |f|\n  f.headers['Authorization'] = '@@0@@'\nend\n"),
    ("perl_lwp_header", "datadog_api_key", "my $ua = LWP::UserAgent->new;\n$ua->default_header('DD-API-KEY' => '@@0@@');\n"),
    ("lua_nginx_set_header", "cloudflare_api_token", "ngx.req.set_header(\"Authorization\", \"Bearer @@0@@\")\n"),
    ("r_httr_add_headers", "huggingface_token", "res <- httr::GET(url, httr::add_headers(Authorization = \"Bearer @@0@@\"))\n"),
    ("julia_headers_pair", "replicate_api_token", "headers = [\"Authorization\" => \"Bearer @@0@@\"]\nHTTP.post(url, headers, body)\n"),
    ("scala_val_config", "stripe_restricted_key", "object Billing {\n  val stripeKey: String = \"@@0@@\"\n}\n"),
    ("dart_const_string", "supabase_secret_key", "const supabaseSecret = '@@0@@';\n"),
    ("elixir_module_attribute", "resend_api_key", "defmodule Mailer do\n  @api_key \"@@0@@\"\nend\n"),
    ("haskell_top_level_binding", "telegram_bot_token", "botToken :: Text\nbotToken = \"@@0@@\"\n"),
    ("c_define_macro", "twilio_auth_token", "#define TWILIO_AUTH_TOKEN \"@@0@@\"\n"),
    ("cpp_std_string_constexpr", "xai_api_key", "constexpr std::string_view kApiKey = \"@@0@@\";\n"),
    ("powershell_invoke_restmethod_headers", "azure_ad_client_secret", "$body = @{ client_id = $appId; client_secret = '@@0@@'; grant_type = 'client_credentials' }\nInvoke-RestMethod -Method Post -Uri $tokenUrl -Body $body\n"),
    ("zig_const_slice", "perplexity_api_key", "const api_key: []const u8 = \"@@0@@\";\n"),
    ("nim_let_binding", "deepseek_api_key", "let apiKey = \"@@0@@\"\n"),
    ("crystal_http_headers", "digitalocean_pat", "headers = HTTP::Headers{\"Authorization\" => \"Bearer @@0@@\"}\n"),
    ("ocaml_let_binding", "netlify_pat", "let token = \"@@0@@\"\n"),
    ("fsharp_literal_attribute", "sentry_user_token", "[<Literal>]\nlet SentryToken = \"@@0@@\"\n"),
    ("groovy_jenkinsfile_withenv", "npm_access_token", "withEnv(['NPM_TOKEN=@@0@@']) {\n    sh 'npm publish'\n}\n"),
    ("clojure_def", "airtable_pat", "(def airtable-token \"@@0@@\")\n"),
    ("objective_c_nsstring", "algolia_admin_api_key", "static NSString *const kAlgoliaAdminKey = @\"@@0@@\";\n"),
    ("vbnet_const", "zendesk_api_token", "Private Const ZendeskToken As String = \"@@0@@\"\n"),
    ("hardhat_config_ts_env_fallback", "elevenlabs_api_key", "// hardhat.config.ts\nconst ELEVEN = process.env.ELEVEN ?? \"@@0@@\";\n"),
    ("bash_function_curl_header", "vercel_token", "deploy() {\n  curl -fsS -H \"Authorization: Bearer @@0@@\" https://api.vercel.com/v13/deployments\n}\n"),
]


def code(rng):
    out = []
    for cname, typ, tpl in CODE:
        if typ == "revenuecat_secret":
            val = "sk_" + rs(rng, ALNUM, 32)
        else:
            val = VT[typ][2](rng)
        out.append(mk(cname, tpl, [(val, typ)], "gen_prose"))
    return out


def akia(r):
    return "AKIA" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


PAIRS = [
    ("s3cmd_cfg_default_section", "[default]\naccess_key = @@0@@\nsecret_key = @@1@@\nhost_base = s3.eu-central-1.amazonaws.com\n"),
    ("velero_cloud_credentials_file", "[default]\naws_access_key_id=@@0@@\naws_secret_access_key=@@1@@\n"),
    ("minio_mc_alias_set_aws", "$ mc alias set s3 https://s3.amazonaws.com @@0@@ @@1@@ --api S3v4\nAdded `s3` successfully.\n"),
    ("boto3_client_kwargs_python", "s3 = boto3.client(\n    \"s3\",\n    aws_access_key_id=\"@@0@@\",\n    aws_secret_access_key=\"@@1@@\",\n)\n"),
    ("aws_configure_set_shell_history", " 1021  aws configure set aws_access_key_id @@0@@ --profile batch\n 1022  aws configure set aws_secret_access_key @@1@@ --profile batch\n"),
    ("duckdb_create_secret_s3", "CREATE SECRET lake (\n    TYPE S3,\n    KEY_ID '@@0@@',\n    SECRET '@@1@@',\n    REGION 'eu-west-1'\n);\n"),
]


def pairs(rng):
    out = []
    for cname, tpl in PAIRS:
        out.append(mk(cname, tpl, [(akia(rng), "aws_access_key_id"), (rs(rng, B64, 40), "aws_secret_access_key")], "gen_prose"))
    # Alibaba
    out.append(mk("aliyun_cli_config_json", '{\n  "current": "default",\n  "profiles": [{\n    "name": "default",\n    "mode": "AK",\n    "access_key_id": "@@0@@",\n    "access_key_secret": "@@1@@",\n    "region_id": "cn-hangzhou"\n  }]\n}\n',
                  [("LTAI5t" + rs(rng, ALNUM, 18), "alibaba_access_key_id"), (rs(rng, ALNUM, 30), "alibaba_access_key_secret")], "gen_prose"))
    return out


def _pem(label, der):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def ed25519_pkcs8(r):
    return _pem("PRIVATE KEY", bytes.fromhex("302e020100300506032b657004220420") + rbytes(r, 32))


def ec_sec1(r):
    return _pem("EC PRIVATE KEY", bytes.fromhex("30310201010420") + rbytes(r, 32) + bytes.fromhex("a00a06082a8648ce3d030107"))


def x25519_pkcs8(r):
    return _pem("PRIVATE KEY", bytes.fromhex("302e020100300506032b656e04220420") + rbytes(r, 32))


def privkeys(rng):
    out = []
    k = ed25519_pkcs8(rng)
    out.append(mk("python_settings_triple_quoted_pem", 'JWT_ALG = "EdDSA"\nJWT_PRIVATE_KEY = """@@0@@\n"""\n', [(k, "private_key_pkcs8")], "gen_prose"))
    k = ec_sec1(rng)
    ind = k.replace("\n", "\n      ")
    out.append(mk("docker_compose_configs_inline_content", "configs:\n  signer_key:\n    content: |\n      @@0@@\nservices:\n  signer:\n    configs: [signer_key]\n", [(ind, "private_key_ec", k)], "gen_prose"))
    k = ed25519_pkcs8(rng)
    esc = k.replace("\n", "\\n")
    out.append(mk("firebase_functions_config_get_json", '{\n  "signing": {\n    "key": "@@0@@"\n  }\n}\n', [(esc, "private_key_pkcs8", k)], "gen_prose"))
    k = ec_sec1(rng)
    out.append(mk("terraform_heredoc_local_value", "locals {\n  apns_key = <<-EOT\n@@0@@\nEOT\n}\n", [(k, "private_key_ec")], "gen_prose"))
    k = x25519_pkcs8(rng)
    out.append(mk("gitlab_issue_pasted_openssl_genpkey", "I ran `openssl genpkey -algorithm X25519` and got:\n\n```\n@@0@@\n```\nIs this the right format for the HPKE config?\n", [(k, "private_key_pkcs8")], "gen_prose"))
    return out


def build(seed=3030):
    rng = random.Random(seed)
    return prose(rng) + code(rng) + pairs(rng) + privkeys(rng)


# Multi-secret files (several spans per record)
MULTI = [
    ("keepass_csv_export", "\"Group\",\"Title\",\"Username\",\"Password\",\"URL\"\n\"Root/Infra\",\"NAS\",\"admin\",\"@@0@@\",\"https://nas.home.arpa\"\n\"Root/Infra\",\"Router\",\"root\",\"@@1@@\",\"https://192.168.1.1\"\n\"Root/Web\",\"Grafana\",\"admin\",\"@@2@@\",\"https://metrics.example.com\"\n",
     ["web_admin_password", "network_device_password", "web_admin_password"], ["pw", "pw", "pw"]),
    ("bitwarden_json_export_logins", '{"items":[\n {"type":1,"name":"VPN","login":{"username":"jdoe","password":"@@0@@"}},\n {"type":1,"name":"Mail","login":{"username":"jdoe@example.org","password":"@@1@@"}},\n {"type":1,"name":"GitLab","login":{"username":"jdoe","password":"@@2@@"}}\n]}\n',
     ["vpn_password", "imap_password", "generic_password"], ["pw", "pw", "pw"]),
    ("ai_stack_dotenv_local", "# local AI playground\nOPENAI_API_KEY=@@0@@\nANTHROPIC_API_KEY=@@1@@\nGROQ_API_KEY=@@2@@\nLANGSMITH_API_KEY=@@3@@\n",
     ["openai_project_key", "anthropic_api_key", "groq_api_key", "langsmith_api_key"], None),
    ("markdown_onboarding_credentials_table", "| System | User | Password |\n|---|---|---|\n| Jenkins | admin | `@@0@@` |\n| Nexus | deploy | `@@1@@` |\n| SonarQube | admin | `@@2@@` |\n",
     ["web_admin_password", "artifact_repository_password", "web_admin_password"], ["pw", "pw", "pw"]),
    ("docker_compose_full_stack_env", "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: \"@@0@@\"\n  cache:\n    image: redis:7\n    command: [\"redis-server\", \"--requirepass\", \"@@1@@\"]\n  app:\n    environment:\n      STRIPE_SECRET_KEY: @@2@@\n      SENTRY_AUTH_TOKEN: @@3@@\n",
     ["database_password", "redis_password", "stripe_secret_key", "sentry_user_token"], ["pw", "pw", None, None]),
    ("html_admin_handover_table", "<table><tr><th>host</th><th>login</th><th>pass</th></tr>\n<tr><td>ilo-web3</td><td>Administrator</td><td>@@0@@</td></tr>\n<tr><td>idrac-db1</td><td>root</td><td>@@1@@</td></tr>\n</table>\n",
     ["bmc_password", "bmc_password"], ["pw", "pw"]),
    ("tsv_wifi_sites_sheet", "site\tssid\tpsk\nBerlin\tACME-Guest\t@@0@@\nLyon\tACME-Guest\t@@1@@\nPorto\tACME-Staff\t@@2@@\n",
     ["wifi_psk", "wifi_psk", "wifi_psk"], ["pp", "pp", "pp"]),
    ("github_actions_secrets_migration_script", "#!/bin/sh\ngh secret set NPM_TOKEN --body '@@0@@'\ngh secret set DOCKERHUB_TOKEN --body '@@1@@'\ngh secret set SLACK_WEBHOOK_URL --body '@@2@@'\n",
     ["npm_access_token", "docker_hub_pat", "slack_webhook_url"], None),
    ("observability_agent_env_bundle", "DD_API_KEY=@@0@@\nDD_APP_KEY=@@1@@\nNEW_RELIC_LICENSE_KEY=@@2@@\nHONEYCOMB_API_KEY=@@3@@\n",
     ["datadog_api_key", "datadog_app_key", "new_relic_license_key", "honeycomb_api_key"], None),
    ("payments_service_yaml_config", "stripe:\n  secret_key: @@0@@\n  webhook_secret: @@1@@\npaystack:\n  secret_key: @@2@@\nmollie:\n  api_key: @@3@@\n",
     ["stripe_secret_key", "stripe_webhook_secret", "paystack_secret_key", "mollie_api_key"], None),
    ("vcs_tokens_gitconfig_notes", "# tokens for mirror job\ngithub = @@0@@\ngitlab = @@1@@\nbitbucket = @@2@@\n",
     ["github_pat_classic", "gitlab_pat", "bitbucket_access_token"], None),
    ("cloud_cli_setup_history", " 501  export DIGITALOCEAN_TOKEN=@@0@@\n 502  export HCLOUD_TOKEN=@@1@@\n 503  export VULTR_API_KEY=@@2@@\n 504  terraform apply\n",
     ["digitalocean_pat", "hetzner_cloud_token", "vultr_api_key"], None),
    ("home_lab_readme_credentials", "## Homelab\n- Proxmox root: `@@0@@`\n- Pi-hole web: `@@1@@`\n- Home Assistant token: `@@2@@`\n",
     ["ssh_password", "web_admin_password", "home_assistant_token"], ["pw", "pw", None]),
]


def multi(rng):
    from gen_passwords import G
    out = []
    for cname, tpl, types, gens in MULTI:
        secs = []
        for i, t in enumerate(types):
            g = gens[i] if gens else None
            secs.append(((G[g](rng) if g else VT[t][2](rng)), t))
        out.append(mk(cname, tpl, secs, "gen_prose"))
    return out


_build_base = build


def build(seed=3030):
    return _build_base(seed) + multi(random.Random(seed + 1))
