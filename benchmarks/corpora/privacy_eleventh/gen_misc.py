"""Private keys in new embeddings, multi-secret records, credentials in URLs
and dependency specs, session cookies, secret-manager read outputs and
decrypted-file views, and stack traces / runtime dumps."""
import base64
import json
from gen_common import (rng, fill, S, rs, rbytes, b64, b64u, jwt, safe_pw, passphrase, human_pw, gh_token,
                        pgp_secret_key_block, putty_ppk3_ed25519, openvpn_static_key, rsa_pkcs1, ec_sec1,
                        ec_pkcs8_p256, ed25519_pkcs8, pem, B62, LHEX, UHEX, LALNUM, UALNUM, DIG, B64URL, B32)
from gen_tokens import gen, uuid

X = lambda n: "\u27ea" + n + "\u27eb"


def indent(p, n):
    return p.replace("\n", "\n" + " " * n)


def jesc(p):
    return p.replace("\n", "\\n")


def nebula_key(r):
    return pem("NEBULA X25519 PRIVATE KEY", rbytes(r, 32))


def onepassword_secret_key(r):
    a = rs(r, UALNUM.replace("0", "").replace("O", ""), 32)
    return "A3-%s-%s-%s-%s-%s-%s" % (a[:6], a[6:12], a[12:17], a[17:22], a[22:27], a[27:32])


def build_keys(r):
    out = []
    # 1 gpg armor export in terminal
    k = pgp_secret_key_block(r, "Release Signing <release@quokka.tools>")
    out.append(("gpg_export_secret_keys_terminal", "$ gpg --armor --export-secret-keys 7F3A21C0D94E5B18\n" + X("a") + "\n$ \n",
                {"a": S(k, "pgp_private_key_block")}))
    # 2 pgp in GitHub Actions step (yaml block, indented)
    k = pgp_secret_key_block(r, "CI Bot <ci@tanager.app>")
    out.append(("github_actions_step_gpg_import_literal", "      - name: Import signing key\n        run: |\n          echo \"$KEY\" | gpg --batch --import\n        env:\n          KEY: |\n            " + X("a") + "\n",
                {"a": S(indent(k, 12), "pgp_private_key_block", k)}))
    # 3 putty ppk pasted into an email
    k = putty_ppk3_ed25519(r, "ed25519-key-20250114")
    out.append(("ppk_file_inline_email_body", "Subject: key for the sftp drop\n\nHi Lena,\n\nsave the following as drop.ppk and load it in WinSCP:\n\n" + X("a") + "\n\nCheers, Tomasz\n",
                {"a": S(k, "putty_private_key")}))
    # 4 openvpn tls-crypt inline
    k = openvpn_static_key(r)
    out.append(("openvpn_ovpn_inline_tls_crypt", "client\ndev tun\nproto udp\nremote vpn.peakside.org 1194\ncipher AES-256-GCM\n<tls-crypt>\n#\n# 2048 bit OpenVPN static key\n#\n" + X("a") + "\n</tls-crypt>\n",
                {"a": S(k, "openvpn_static_key")}))
    # 5 DKIM RSA key via opendkim-genkey output cat
    k = rsa_pkcs1(r)
    out.append(("opendkim_keys_private_cat", "$ sudo cat /etc/opendkim/keys/mail.halcyon.systems/default.private\n" + X("a") + "\n",
                {"a": S(k, "private_key_rsa")}))
    # 6 kubeconfig client-key-data (base64 of PEM)
    kp = ec_sec1(r, "p256")
    b = b64((kp + "\n").encode())
    out.append(("kubeconfig_users_client_key_data", "users:\n- name: kind-dev\n  user:\n    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM4akNDQWRxZ0F3SUJBZ0lJT3h6\n    client-key-data: " + X("a") + "\n",
                {"a": S(b, "kubeconfig_client_key_data", kp + "\n")}))
    # 7 App Store Connect p8 in fastlane api key json (JSON-escaped)
    k = ec_pkcs8_p256(r)
    out.append(("fastlane_app_store_connect_api_key_json", "{\n  \"key_id\": \"" + rs(r, UALNUM, 10) + "\",\n  \"issuer_id\": \"" + uuid(r) + "\",\n  \"key\": \"" + X("a") + "\",\n  \"in_house\": false\n}\n",
                {"a": S(jesc(k), "apple_app_store_connect_key", k)}))
    # 8 dotenv multiline ed25519 pkcs8
    k = ed25519_pkcs8(r)
    out.append(("dotenv_multiline_double_quoted_pem", "NODE_ENV=production\nJWT_ISSUER=https://auth.brightforge.co\nJWT_PRIVATE_KEY=\"" + X("a") + "\"\nJWT_TTL=900\n",
                {"a": S(k, "private_key_pkcs8")}))
    # 9 terraform tfvars heredoc RSA
    k = rsa_pkcs1(r)
    out.append(("terraform_tfvars_heredoc_private_key", "github_app_id = 1048213\ngithub_app_private_key = <<-EOT\n  " + X("a") + "\n  EOT\n",
                {"a": S(indent(k, 2), "private_key_rsa", k)}))
    # 10 nebula host key
    k = nebula_key(r)
    out.append(("nebula_host_key_file_cat", "$ cat /etc/nebula/host.key\n" + X("a") + "\n$ nebula-cert print -path /etc/nebula/host.crt | head -3\nNebulaCertificate {\n\tDetails {\n",
                {"a": S(k, "nebula_private_key")}))
    # 11 cloud-init ssh_keys ecdsa private
    k = ec_sec1(r, "p256")
    out.append(("cloud_init_ssh_keys_ecdsa_private", "#cloud-config\nssh_keys:\n  ecdsa_private: |\n    " + X("a") + "\n  ecdsa_public: ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB root@edge-07\n",
                {"a": S(indent(k, 4), "private_key_ec", k)}))
    # 12 solana keypair id.json
    arr = "[" + ",".join(str(x) for x in rbytes(r, 64)) + "]"
    out.append(("solana_keygen_id_json_cat", "$ cat ~/.config/solana/id.json\n" + X("a") + "\n",
                {"a": S(arr, "solana_keypair_bytes")}))
    # 13 wireguard showconf
    wk = b64(bytes([rbytes(r, 1)[0] & 248]) + rbytes(r, 30) + bytes([(rbytes(r, 1)[0] & 127) | 64]))
    out.append(("wg_showconf_output", "$ sudo wg showconf wg0\n[Interface]\nListenPort = 51820\nFwMark = 0xca6c\nPrivateKey = " + X("a") + "\n\n[Peer]\nPublicKey = " + b64(rbytes(r, 32)) + "\nAllowedIPs = 10.66.0.2/32\n",
                {"a": S(wk, "wireguard_private_key")}))
    return out


def build_multi(r):
    out = []
    pw1, pw2 = safe_pw(r), safe_pw(r)
    anon = jwt(r, {"alg": "HS256", "typ": "JWT"}, {"role": "anon", "iss": "supabase", "iat": 1735689600, "exp": 1893456000}, 32)
    srv = jwt(r, {"alg": "HS256", "typ": "JWT"}, {"role": "service_role", "iss": "supabase", "iat": 1735689600, "exp": 1893456000}, 32)
    out.append(("supabase_self_hosted_docker_env", "############\n# Secrets\n############\nPOSTGRES_PASSWORD=" + X("a") + "\nJWT_SECRET=" + X("b") + "\nANON_KEY=" + anon + "\nSERVICE_ROLE_KEY=" + X("c") + "\nDASHBOARD_USERNAME=supabase\nDASHBOARD_PASSWORD=" + X("d") + "\n",
                {"a": S(pw1, "database_password"), "b": S(rs(r, B62, 40), "jwt_signing_secret"), "c": S(srv, "supabase_service_role_key"), "d": S(pw2, "web_admin_password")}))
    out.append(("appwrite_dot_env_secrets", "_APP_ENV=production\n_APP_OPENSSL_KEY_V1=" + X("a") + "\n_APP_DB_USER=user\n_APP_DB_PASS=" + X("b") + "\n_APP_DB_ROOT_PASS=" + X("c") + "\n_APP_EXECUTOR_SECRET=" + X("d") + "\n",
                {"a": S(rs(r, LHEX, 32), "appwrite_openssl_key"), "b": S(safe_pw(r), "database_password"), "c": S(safe_pw(r), "database_password"), "d": S(rs(r, B62, 32), "appwrite_executor_secret")}))
    out.append(("plausible_conf_env", "BASE_URL=https://stats.lumen-labs.net\nSECRET_KEY_BASE=" + X("a") + "\nTOTP_VAULT_KEY=" + X("b") + "\nMAILER_EMAIL=stats@lumen-labs.net\nSMTP_USER_PWD=" + X("c") + "\n",
                {"a": S(b64(rbytes(r, 48)), "phoenix_secret_key_base"), "b": S(b64(rbytes(r, 32)), "aes_encryption_key"), "c": S(safe_pw(r), "smtp_password")}))
    codes = [rs(r, LHEX, 5) + "-" + rs(r, LHEX, 5) for _ in range(6)]
    t = "github-recovery-codes.txt\n\n" + "\n".join(X("c%d" % i) for i in range(6)) + "\n"
    out.append(("github_recovery_codes_txt", t, {"c%d" % i: S(c, "mfa_recovery_code") for i, c in enumerate(codes)}))
    seed = rs(r, B32, 32)
    out.append(("zbarimg_otpauth_qr_output", "$ zbarimg --raw ~/Downloads/qr-mfa.png\notpauth://totp/Kestrel%20Cloud:ops%40kestrel.dev?secret=" + X("a") + "&issuer=Kestrel%20Cloud&algorithm=SHA1&digits=6&period=30\nscanned 1 barcode symbols from 1 images in 0.02 seconds\n",
                {"a": S(seed, "totp_seed")}))
    e1, e2, e3 = rs(r, B32, 32), rs(r, B32, 16), rs(r, B32, 26)
    out.append(("aegis_plain_vault_export_json", "{\n  \"version\": 1,\n  \"header\": { \"slots\": null, \"params\": null },\n  \"db\": { \"version\": 3, \"entries\": [\n    { \"type\": \"totp\", \"name\": \"ops@kestrel.dev\", \"issuer\": \"AWS\", \"info\": { \"secret\": \"" + X("a") + "\", \"algo\": \"SHA1\", \"digits\": 6, \"period\": 30 } },\n    { \"type\": \"totp\", \"name\": \"tbrennan\", \"issuer\": \"GitLab\", \"info\": { \"secret\": \"" + X("b") + "\", \"algo\": \"SHA1\", \"digits\": 6, \"period\": 30 } },\n    { \"type\": \"totp\", \"name\": \"admin\", \"issuer\": \"Proxmox\", \"info\": { \"secret\": \"" + X("c") + "\", \"algo\": \"SHA1\", \"digits\": 6, \"period\": 30 } }\n  ] }\n}\n",
                {"a": S(e1, "totp_seed"), "b": S(e2, "totp_seed"), "c": S(e3, "totp_seed")}))
    out.append(("bitlocker_recovery_key_txt", "BitLocker Drive Encryption recovery key\n\nTo verify that this is the correct recovery key, compare the start of the following identifier with the identifier value displayed on your PC.\n\nIdentifier:\n\n\t" + uuid(r, True) + "\n\nIf the above identifier matches the one displayed by your PC, then use the following key to unlock your drive.\n\nRecovery Key:\n\n\t" + X("a") + "\n",
                {"a": S(gen("bitlocker_recovery_key", r), "bitlocker_recovery_key")}))
    out.append(("fdesetup_changerecovery_output", "$ sudo fdesetup changerecovery -personal\nEnter the user name:%s\nEnter the password for user '%s':\nNew personal recovery key = '" % ("tbrennan", "tbrennan") + X("a") + "'\n",
                {"a": S(gen("filevault_recovery_key", r), "filevault_recovery_key")}))
    out.append(("onepassword_emergency_kit_text", "1Password Emergency Kit\nCreated for Aino Halonen on February 3, 2025\n\nSIGN-IN ADDRESS  https://my.1password.eu\nEMAIL ADDRESS    aino@halonen.fi\nSECRET KEY       " + X("a") + "\nACCOUNT PASSWORD " + X("b") + "\n",
                {"a": S(onepassword_secret_key(r), "onepassword_secret_key"), "b": S(passphrase(r, "-"), "password_manager_master_password")}))
    out.append(("keepassxc_cli_show_s_output", "$ keepassxc-cli show -s ~/vault.kdbx Infra/pfsense\nEnter password to unlock /home/okwu/vault.kdbx:\nTitle: pfsense\nUserName: admin\nPassword: " + X("a") + "\nURL: https://10.0.0.1\nNotes: console pw same as web\n",
                {"a": S(human_pw(r), "network_device_password")}))
    rows = [("https://accounts.nordwind.io/login", "mkowalski", safe_pw(r)), ("https://router.local", "admin", safe_pw(r)), ("https://grafana.orbitlab.io/login", "ops", safe_pw(r))]
    t = "name,url,username,password,note\n" + "".join("%s,%s,%s,%s,\n" % (u.split("/")[2], u, n, X("p%d" % i)) for i, (u, n, _) in enumerate(rows))
    out.append(("chrome_passwords_csv_export", t, {"p%d" % i: S(p, "web_login_password") for i, (_, _, p) in enumerate(rows)}))
    rows = [("https://cloud.vireo.cloud", "eriksson", safe_pw(r)), ("https://nas.lumen-labs.net:5001", "admin", safe_pw(r))]
    t = "\"url\",\"username\",\"password\",\"httpRealm\",\"formActionOrigin\",\"guid\",\"timeCreated\",\"timeLastUsed\",\"timePasswordChanged\"\n" + "".join("\"%s\",\"%s\",\"%s\",,\"%s\",\"{%s}\",\"1712000000000\",\"1738000000000\",\"1712000000000\"\n" % (u, n, X("p%d" % i), u, uuid(r)) for i, (u, n, _) in enumerate(rows))
    out.append(("firefox_logins_csv_export", t, {"p%d" % i: S(p, "web_login_password") for i, (_, _, p) in enumerate(rows)}))
    out.append(("docker_compose_config_resolved_output", "$ docker compose config\nname: wiki\nservices:\n  db:\n    environment:\n      POSTGRES_DB: wiki\n      POSTGRES_PASSWORD: " + X("a") + "\n      POSTGRES_USER: wikijs\n  wiki:\n    environment:\n      DB_PASS: " + X("a") + "\n      DB_TYPE: postgres\n",
                {"a": S(safe_pw(r), "database_password")}))
    return out


def build_urls(r):
    out = []
    gl = "glpat-" + rs(r, B64URL, 20)
    out.append(("requirements_txt_vcs_url_token", "fastapi==0.115.8\nuvicorn[standard]==0.34.0\ngit+https://oauth2:" + X("a") + "@gitlab.nordwind.io/platform/py-commons.git@v2.3.1#egg=py-commons\n", {"a": S(gl, "gitlab_pat")}))
    ght = gh_token(r, "ghs_")
    out.append(("gitmodules_url_x_access_token", "[submodule \"vendor/protos\"]\n\tpath = vendor/protos\n\turl = https://x-access-token:" + X("a") + "@github.com/tanager-app/protos.git\n", {"a": S(ght, "github_server_to_server_token")}))
    out.append(("package_json_git_dependency_token", "{\n  \"dependencies\": {\n    \"@quokka/ui\": \"git+https://" + X("a") + ":x-oauth-basic@github.com/quokka-tools/ui.git#v4.2.0\",\n    \"react\": \"^19.0.0\"\n  }\n}\n", {"a": S(gh_token(r, "ghp_"), "github_pat_classic")}))
    out.append(("cargo_toml_git_dependency_userinfo", "[dependencies]\nserde = { version = \"1\", features = [\"derive\"] }\ninternal-auth = { git = \"https://ci:" + X("a") + "@git.halcyon.systems/rust/internal-auth.git\", tag = \"v0.9.3\" }\n", {"a": S(safe_pw(r), "git_http_password")}))
    out.append(("gemfile_source_userinfo", "source \"https://rubygems.org\"\n\nsource \"https://deploy:" + X("a") + "@gems.brightforge.co/private/\" do\n  gem \"bf-billing\", \"~> 3.1\"\nend\n", {"a": S(safe_pw(r), "artifact_repository_password")}))
    out.append(("dockerfile_run_git_clone_token", "FROM golang:1.24-alpine AS build\nRUN apk add --no-cache git\nRUN git clone https://" + X("a") + "@github.com/peakside/ingest.git /src\nWORKDIR /src\nRUN go build -o /out/ingest ./cmd/ingest\n", {"a": S(gh_token(r, "ghp_"), "github_pat_classic")}))
    ya = "ya29.a0" + rs(r, B64URL, 150)
    out.append(("oauth_implicit_redirect_fragment_log", "127.0.0.1 - - [11/Feb/2025:21:14:02 +0000] \"GET /oauth/callback HTTP/1.1\" 200 512 \"https://localhost:5173/oauth/callback#access_token=" + X("a") + "&token_type=Bearer&expires_in=3599&scope=email%20profile\" \"Mozilla/5.0\"\n", {"a": S(ya, "google_oauth_access_token")}))
    # session cookies
    out.append(("curl_b_django_sessionid", "curl 'https://admin.kestrel.dev/admin/auth/user/' -b 'csrftoken=" + rs(r, B62, 32) + "; sessionid=" + X("a") + "' -H 'accept: text/html'\n", {"a": S(rs(r, LALNUM, 32), "django_session_cookie")}))
    out.append(("php_session_cookie_request_dump", "GET /wp-admin/ HTTP/1.1\nHost: blog.peakside.org\nCookie: PHPSESSID=" + X("a") + "; wp-settings-time-1=1739308442\nUser-Agent: Mozilla/5.0\n", {"a": S(rs(r, "abcdefghijklmnopqrstuv0123456789", 26), "php_session_id")}))
    jwe = ".".join([b64u(json.dumps({"alg": "dir", "enc": "A256GCM"}).encode()), "", b64u(rbytes(r, 12)), b64u(rbytes(r, 220)), b64u(rbytes(r, 16))])
    out.append(("devtools_cookie_table_copy", "Name\tValue\tDomain\tPath\tExpires\tHttpOnly\tSecure\n__Secure-next-auth.session-token\t" + X("a") + "\tapp.tanager.app\t/\t2025-03-13T21:14:02.000Z\t\u2713\t\u2713\n_ga\tGA1.1.1284731.1739308442\t.tanager.app\t/\t2026-03-18\t\t\n", {"a": S(jwe, "nextauth_session_token")}))
    out.append(("netscape_cookies_txt_rails_session", "# Netscape HTTP Cookie File\n# https://curl.se/docs/http-cookies.html\n\n#HttpOnly_shop.brightforge.co\tFALSE\t/\tTRUE\t0\t_bfshop_session\t" + X("a") + "\n", {"a": S(rs(r, B64URL, 180) + "--" + rs(r, LHEX, 40), "rails_session_cookie")}))
    return out


def build_reads(r):
    out = []
    out.append(("aws_secretsmanager_get_secret_value_output", "$ aws secretsmanager get-secret-value --secret-id prod/billing/db --query SecretString --output text\n{\"username\":\"billing\",\"password\":\"" + X("a") + "\",\"host\":\"billing.cluster-c9x.eu-west-1.rds.amazonaws.com\"}\n", {"a": S(safe_pw(r), "database_password")}))
    out.append(("gcloud_secrets_access_latest_output", "$ gcloud secrets versions access latest --secret=stripe-live\n" + X("a") + "\n", {"a": S("sk_live_51" + rs(r, B62, 97), "stripe_secret_key")}))
    out.append(("az_keyvault_secret_show_value", "$ az keyvault secret show --vault-name kv-halcyon-prod --name sendgrid --query value -o tsv\n" + X("a") + "\n", {"a": S("SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43), "sendgrid_api_key")}))
    out.append(("doppler_secrets_get_plain_output", "$ doppler secrets get OPENAI_API_KEY --plain -p api -c prd\n" + X("a") + "\n", {"a": S(gen("openai_project_key", r), "openai_project_key")}))
    out.append(("op_read_reference_output", "$ op read \"op://Infra/Proxmox root/password\"\n" + X("a") + "\n", {"a": S(human_pw(r), "hypervisor_root_password")}))
    out.append(("bw_get_password_output", "$ bw get password 'Unifi controller'\n" + X("a") + "$ \n", {"a": S(safe_pw(r), "network_device_password")}))
    out.append(("sops_decrypt_yaml_output", "$ sops -d secrets/prod.enc.yaml\npostgres:\n    user: app\n    password: " + X("a") + "\nsmtp:\n    password: " + X("b") + "\n", {"a": S(safe_pw(r), "database_password"), "b": S(safe_pw(r), "smtp_password")}))
    out.append(("ansible_vault_view_output", "$ ansible-vault view group_vars/all/vault.yml\nVault password: \nvault_mysql_root_password: " + X("a") + "\nvault_backup_s3_secret: " + X("b") + "\n", {"a": S(safe_pw(r), "mysql_user_password"), "b": S(rs(r, B62 + "/+", 40), "aws_secret_access_key")}))
    out.append(("age_decrypt_dotenv_output", "$ age -d -i ~/.config/age/keys.txt .env.age\nRESEND_API_KEY=" + X("a") + "\nDATABASE_URL=postgres://app:" + X("b") + "@localhost:5432/app\n", {"a": S("re_" + rs(r, B62, 8) + "_" + rs(r, B62, 24), "resend_api_key"), "b": S(safe_pw(r), "database_password")}))
    out.append(("kubectl_get_secret_jsonpath_b64d", "$ kubectl get secret grafana -n monitoring -o jsonpath='{.data.admin-password}' | base64 -d; echo\n" + X("a") + "\n", {"a": S(rs(r, B62, 40), "grafana_admin_password")}))
    out.append(("pulumi_stack_output_show_secrets", "$ pulumi stack output --show-secrets\nCurrent stack outputs (3):\n    OUTPUT          VALUE\n    dbEndpoint      pg-7f3a.cluster.local:5432\n    dbPassword      " + X("a") + "\n    bucketName      assets-7f3a21\n", {"a": S(rs(r, B62 + "!#*", 24), "database_password")}))
    out.append(("terraform_output_raw_value", "$ terraform output -raw redis_auth_token\n" + X("a") + "%\n", {"a": S(rs(r, B62, 64), "redis_password")}))
    out.append(("systemctl_show_environment_property", "$ systemctl show -p Environment backup-sync.service\nEnvironment=RESTIC_REPOSITORY=s3:https://s3.eu-central-2.wasabisys.com/bk-07 RESTIC_PASSWORD=" + X("a") + " GOMAXPROCS=2\n", {"a": S(safe_pw(r), "backup_repository_password")}))
    out.append(("laravel_log_pdo_construct_trace", "[2025-02-11 21:14:02] production.ERROR: SQLSTATE[HY000] [1045] Access denied for user 'shop'@'10.0.3.7' (using password: YES)\n[stacktrace]\n#0 /var/www/shop/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(65): PDO->__construct('mysql:host=10.0...', 'shop', '" + X("a") + "', Array)\n#1 /var/www/shop/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(44): Illuminate\\\\Database\\\\Connectors\\\\Connector->createPdoConnection()\n", {"a": S(safe_pw(r), "database_password")}))
    out.append(("rust_anyhow_error_chain_url", "Error: failed to connect to broker\n\nCaused by:\n    0: amqp://ingest:" + X("a") + "@rabbit.internal:5672/%2f: connection refused\n    1: Connection refused (os error 111)\n", {"a": S(safe_pw(r), "broker_password")}))
    out.append(("elixir_dbconnection_error_opts", "** (DBConnection.ConnectionError) tcp connect (db:5432): non-existing domain - :nxdomain\n    opts: [hostname: \"db\", username: \"postgres\", password: \"" + X("a") + "\", database: \"app_prod\", port: 5432]\n", {"a": S(safe_pw(r), "database_password")}))
    return out


def build(seed=4400):
    r = rng(seed)
    recs = []
    for grp, src in ((build_keys(r), "gen_misc.keys"), (build_multi(r), "gen_misc.multi"), (build_urls(r), "gen_misc.urls"), (build_reads(r), "gen_misc.reads")):
        for kind, tmpl, m in grp:
            text, spans = fill(tmpl, m)
            recs.append({"type": spans[0]["type"], "container": kind, "text": text, "secrets": spans, "source": src})
    return recs
