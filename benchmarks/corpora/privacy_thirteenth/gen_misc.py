"""Private keys, wallet keys, session cookies, connection strings, multi-secret files (seed 13004)."""
import base64
import json
import random

import gen_keys as K
from gen_common import B62, HEX, LALNUM, b64u, jwt_like, pem, rbytes, render, rs, spec, human_pw, uuid4

SEED = 13004


def _indent(s, pad):
    return s.replace("\n", "\n" + pad)


def records():
    rng = random.Random(SEED)
    R = []

    def add(cont, tpl, secs):
        text, spans = render(tpl, secs)
        R.append({"type": secs[0][1], "container": cont, "text": text, "secrets": spans, "source": "gen_misc"})

    # ---- private keys ----
    k = K.pem_pkcs8_rsa(rng)
    esc = k.replace("\n", "\\n") + "\\n"
    add("gcp_service_account_key_json_file",
        '{\n  "type": "service_account",\n  "project_id": "ledger-prod-41",\n  "private_key_id": "%s",\n'
        '  "private_key": "§S\\n",\n  "client_email": "exporter@ledger-prod-41.iam.gserviceaccount.com",\n'
        '  "client_id": "10%s",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}\n' % (rs(rng, HEX, 40), rs(rng, "0123456789", 19)),
        [(esc[:-2], "gcp_service_account_private_key", k)])
    k = K.pem_rsa(rng)
    add("ansible_vault_decrypt_stdout_key", "$ ansible-vault decrypt --output - files/deploy_rsa.vault\nVault password: \n§S\n",
        [(k, "rsa_pkcs1_private_key")])
    k = pem("EC PRIVATE KEY", K.ec_sec1(rng, "p256"))
    b = base64.b64encode(k.encode()).decode()
    add("k8s_secret_tls_manifest_data", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: ingress-tls\ntype: kubernetes.io/tls\n"
        "data:\n  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJrVENDQVRlZ0F3SUJBZ0lVZmFrZQ==\n  tls.key: §S\n",
        [(b, "k8s_tls_secret_key_b64", k)])
    k = pem("EC PRIVATE KEY", K.ec_sec1(rng, "p384"))
    add("openssl_ecparam_genkey_stdout", "$ openssl ecparam -name secp384r1 -genkey -noout\n§S\n$ \n", [(k, "ec_p384_private_key")])
    k = pem("PRIVATE KEY", K.okp_pkcs8(rng, "ed448"))
    add("openssl_genpkey_ed448_terminal", "$ openssl genpkey -algorithm ed448 | tee signer.pem\n§S\n", [(k, "ed448_private_key")])
    k = pem("PRIVATE KEY", K.okp_pkcs8(rng, "x25519"))
    add("hpke_test_server_key_pem_cat", "$ cat /etc/ohttp-gateway/hpke.pem\n§S\n", [(k, "x25519_private_key_pkcs8")])
    k = pem("DSA PRIVATE KEY", K.dsa_der(rng))
    add("legacy_sftp_host_dsa_key_backup", "# restored from /mnt/old-root/etc/ssh/ssh_host_dsa_key (2011 box)\n§S\n", [(k, "dsa_private_key")])
    a = K.age_secret(rng)
    add("age_keygen_keys_txt", "# created: 2025-03-12T09:14:22+01:00\n# public key: age1%s\n§S\n" % rs(rng, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58),
        [(a, "age_secret_key")])
    a = K.age_secret(rng)
    add("sops_age_key_file_env_export", 'export SOPS_AGE_KEY="§S"\nsops -d secrets.enc.yaml > /dev/null && echo ok\n', [(a, "age_secret_key")])
    s2 = K.ssh2_commercial(rng)
    add("tectia_ssh2_identity_file", "$ cat ~/.ssh2/id_rsa_2048_a\n§S\n", [(s2, "ssh2_commercial_private_key")])
    p12, pw = K.pkcs12_b64(rng), human_pw(rng)
    add("jenkins_certificate_credential_xml",
        "<com.cloudbees.plugins.credentials.impl.CertificateCredentialsImpl>\n  <id>codesign</id>\n  <password>§T</password>\n"
        "  <keyStoreSource class=\"com.cloudbees.plugins.credentials.impl.CertificateCredentialsImpl$UploadedKeyStoreSource\">\n"
        "    <uploadedKeystoreBytes>§S</uploadedKeystoreBytes>\n  </keyStoreSource>\n</com.cloudbees.plugins.credentials.impl.CertificateCredentialsImpl>\n",
        [(p12, "pkcs12_keystore_b64"), (pw, "pkcs12_export_password")])
    # ---- wallets ----
    add("bitcoin_core_testnet_dumpprivkey", "$ bitcoin-cli -testnet dumpprivkey tb1q%s\n§S\n" % rs(rng, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 38),
        [(K.wif(rng, 0xEF), "bitcoin_testnet_wif_key")])
    add("litecoin_paper_wallet_ocr", "LITECOIN PAPER WALLET\nSHARE  L%s\nPRIVATE (WIF)\n§S\n" % rs(rng, B62, 33),
        [(K.wif(rng, 0xB0), "litecoin_wif_private_key")])
    add("dogecoin_core_debug_console", "dumpprivkey D%s\n\n§S\n" % rs(rng, B62, 33), [(K.wif(rng, 0x9E), "dogecoin_wif_private_key")])
    add("tezos_client_secret_keys_json", '[ { "name": "baker",\n    "value": "unencrypted:§S" } ]\n', [(K.tezos_edsk(rng), "tezos_ed25519_secret_key")])
    add("cardano_payment_skey_file",
        '{\n    "type": "PaymentSigningKeyShelley_ed25519",\n    "description": "Payment Signing Key",\n    "cborHex": "§S"\n}\n',
        [("5820" + rs(rng, HEX, 64), "cardano_payment_signing_key")])
    # ---- session cookies ----
    add("curl_b_gitlab_session_cookie", "curl -s -b '_gitlab_session=§S' https://gitlab.example.com/api/v4/user\n",
        [(rs(rng, HEX, 32), "gitlab_session_cookie")])
    add("playwright_storage_state_json",
        '{"cookies":[{"name":"ci_session","value":"§S","domain":"crm.example.com","path":"/","httpOnly":true},'
        '{"name":"_ga","value":"GA1.1.1722334455.1741780000","domain":".example.com","path":"/"}],"origins":[]}\n',
        [(rs(rng, LALNUM, 40), "codeigniter_session_cookie")])
    add("selenium_get_cookies_repr",
        "[{'domain': 'portal.example.org', 'httpOnly': True, 'name': '.AspNetCore.Cookies', 'path': '/', 'secure': True, 'value': '§S'}]\n",
        [("CfDJ8" + rs(rng, B62 + "-_", 330), "aspnetcore_auth_cookie")])
    add("wget_cookies_txt_jar", "# Netscape HTTP Cookie File\nlms.example.edu\tFALSE\t/\tTRUE\t0\tMoodleSession\t§S\n",
        [(rs(rng, "abcdefghijklmnopqrstuvwxyz0123456789", 26), "moodle_session_cookie")])
    add("httpie_session_json",
        '{\n  "cookies": [{"name": "SSESS%s", "value": "§S", "domain": "intranet.example.org"}],\n  "headers": {}\n}\n' % rs(rng, HEX, 32),
        [(rs(rng, B62 + "-_", 43), "drupal_session_cookie")])
    fp = b64u(json.dumps({"_fresh": True, "_user_id": str(rng.randrange(100, 999))}).encode())
    add("flask_debug_request_cookie_header", "127.0.0.1 - - [12/Mar/2025 10:01:02] \"GET /admin HTTP/1.1\" 200 -\n  Cookie: session=§S\n",
        [("%s.%s.%s" % (fp, rs(rng, B62 + "-_", 6), rs(rng, B62 + "-_", 27)), "flask_session_cookie")])
    kc = jwt_like(rng, {"alg": "HS256", "typ": "JWT", "kid": uuid4(rng)},
                  {"exp": 1741900000, "iat": 1741813600, "jti": uuid4(rng), "iss": "https://sso.example.org/realms/corp",
                   "sub": uuid4(rng), "typ": "Serialized-ID", "session_state": uuid4(rng)})
    add("postman_cookie_jar_export", '[{"domain":"sso.example.org","key":"KEYCLOAK_IDENTITY","value":"§S","path":"/realms/corp/"}]\n',
        [(kc, "keycloak_identity_cookie")])
    add("python_lwp_cookiejar_file", '#LWP-Cookies-2.0\nSet-Cookie3: authelia_session="§S"; path="/"; domain="auth.home.example"; path_spec; secure; discard; HttpOnly=None; version=0\n',
        [(rs(rng, B62, 32), "authelia_session_cookie")])
    rm = base64.b64encode(json.dumps({"session_id": rs(rng, HEX, 32), "user_id": 7}).encode()).decode()
    add("nginx_debug_log_cookie_line", '2025/03/12 10:01:02 [debug] 812#812: *44 http header: "Cookie: _redmine_session=§S"\n',
        [(rm + "--" + rs(rng, HEX, 40), "redmine_session_cookie")])
    # ---- connection strings ----
    def cs(cont, tpl, typ, url=True):
        add(cont, tpl, [(rs(rng, B62 + "-_.~", rng.randrange(14, 24)) if url else human_pw(rng), typ)])
    cs("celery_config_broker_url", "broker_url = 'amqps://worker:§S@mq.internal.example:5671/prod'\nresult_backend = 'rpc://'\n", "amqp_uri_password")
    cs("alembic_ini_sqlalchemy_url", "[alembic]\nscript_location = migrations\nsqlalchemy.url = postgresql+psycopg://migrator:§S@pg01.internal:5432/billing\n", "sqlalchemy_url_password")
    cs("flyway_conf_jdbc_url", "flyway.url=jdbc:sqlserver://sql01.corp.example:1433;databaseName=ERP;user=flyway;password=§S;encrypt=true\n", "jdbc_url_password")
    cs("odbc_ini_dsn_section", "[ERP]\nDriver=ODBC Driver 18 for SQL Server\nServer=sql01.corp.example\nUID=report\nPWD=§S\n", "odbc_dsn_password", False)
    cs("dbt_profiles_yml_target", "analytics:\n  target: prod\n  outputs:\n    prod:\n      type: postgres\n      host: dwh.internal\n      user: dbt\n      password: \"§S\"\n      dbname: analytics\n", "dbt_profile_password", False)
    cs("mongodump_uri_flag", 'mongodump --uri="mongodb+srv://backup:§S@cluster0.ab1cd.mongodb.net/shop" --gzip --archive=shop.gz\n', "mongodb_srv_uri_password")
    cs("sidekiq_initializer_redis_url", "Sidekiq.configure_server do |config|\n  config.redis = { url: 'rediss://:§S@cache.internal.example:6380/0' }\nend\n", "rediss_url_password")
    cs("django_environ_email_url", "EMAIL_URL=smtp+tls://noreply%40example.org:§S@smtp.example.org:587\n", "smtp_url_password")
    cs("kafka_client_properties_jaas", 'security.protocol=SASL_SSL\nsasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="svc-orders" password="§S";\n', "kafka_jaas_config_password")
    cs("nats_cli_context_json", '{\n  "description": "prod",\n  "url": "nats://ops:§S@nats.internal.example:4222"\n}\n', "nats_url_password")
    cs("lftp_open_command_line", "lftp -e 'mirror -R dist/ /htdocs; quit' ftp://webmaster:§S@ftp.example.net\n", "ftp_url_password")
    cs("git_credentials_store_file", "https://jdoe:§S@git.internal.example\n", "git_credential_store_password")
    cs("davfs2_secrets_file", "# /etc/davfs2/secrets\nhttps://cloud.example.org/remote.php/dav/files/jdoe jdoe §S\n", "webdav_mount_password", False)
    # ---- multi-secret files ----
    ak1, ak2 = rs(rng, B62 + "+/", 40), rs(rng, B62 + "+/", 40)
    add("aws_credentials_ini_two_profiles",
        "[default]\naws_access_key_id = AKIA%s\naws_secret_access_key = §S\n\n[billing-ro]\naws_access_key_id = AKIA%s\naws_secret_access_key = §T\n"
        % (rs(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), rs(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)),
        [(ak1, "aws_secret_access_key"), (ak2, "aws_secret_access_key")])
    add("rclone_conf_s3_and_b2_remotes",
        "[wasabi]\ntype = s3\nprovider = Wasabi\naccess_key_id = %s\nsecret_access_key = §S\n\n[b2]\ntype = b2\naccount = %s\nkey = §T\n"
        % (rs(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 20), rs(rng, HEX, 12)),
        [(rs(rng, B62, 40), "wasabi_secret_access_key"), ("K00" + rs(rng, B62, 28), "backblaze_b2_key_rclone")])
    add("supabase_cli_env_local_bundle",
        "SUPABASE_URL=https://%s.supabase.co\nSUPABASE_ANON_KEY=sb_publishable_%s\nSUPABASE_SECRET_KEY=§S\nSUPABASE_DB_PASSWORD=§T\n"
        % (rs(rng, "abcdefghijklmnopqrst", 20), rs(rng, B62 + "-_", 31)),
        [(spec(rng, "sb_secret_{w31}"), "supabase_secret_key"), (human_pw(rng), "supabase_db_password")])
    return R
