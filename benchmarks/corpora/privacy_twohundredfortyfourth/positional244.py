"""Passwords passed by position (no telling password= key): span type rqcpw_<syntax>."""
import base64
import random

import common244 as C

PFX = "rqcpw_"
P = "@@PW@@"

WHERE = {
    "cli": "clubhouse_server_shell_capture",
    "stdin": "pavilion_pi_stdin_pipe",
    "lib": "booking_app_source_snippet",
    "gui": "scoring_app_ui_test_script",
    "file": "court_systems_config_file",
    "proto": "clubhouse_lan_protocol_trace",
    "sql": "membership_db_sql_console",
}

# (syntax, where, short form, template, encoding of the span)
#   encoding: "plain" (the password itself), "sasl_plain" (Base64 of \0user\0pw), "b64" (Base64 of pw)
SYNTAXES = [
    # ------------------------------------------------------------------ cli
    ("sshpass_lower_p_flag", "cli", "sshpass -p SECRET ssh user@host",
     "clubadmin@nuc:~$ sshpass -p @@PW@@ ssh clubadmin@192.168.10.4 'sudo systemctl restart courtbook'\n"),
    ("mysql_client_glued_lower_p", "cli", "mysql -u user -pSECRET db (value glued to -p)",
     "$ mysql -h db.clubcourts.internal -u courtbook -p@@PW@@ courtbook -e 'SELECT COUNT(*) FROM bookings WHERE day = CURDATE();'\n"),
    ("pg_dump_connection_uri_userinfo", "cli", "pg_dump postgresql://user:SECRET@host/db",
     "$ pg_dump \"postgresql://members:@@PW@@@10.20.0.15:5432/members\" -Fc -f members-2024-05-12.dump\n"),
    ("wget_ftp_url_userinfo", "cli", "wget ftp://user:SECRET@host/path",
     "$ wget -q ftp://results:@@PW@@@ftp.oakfield-cc.example/export/scorecards-2024.zip\n"),
    ("mercurial_hg_clone_https_userinfo", "cli", "hg clone https://user:SECRET@host/repo",
     "$ hg clone https://webadmin:@@PW@@@hg.clubcourts.internal/club-site\n"),
    ("docker_login_lower_p_after_lower_u", "cli", "docker login -u user -p SECRET registry",
     "$ docker login -u lawnsideops -p @@PW@@ registry.clubcourts.internal\nLogin Succeeded\n"),
    ("openshift_oc_login_lower_p_after_lower_u", "cli", "oc login api -u user -p SECRET",
     "$ oc login https://api.ocp.clubcourts.internal:6443 -u clubops -p @@PW@@\n"),
    ("azure_cli_az_login_lower_p", "cli", "az login -u user -p SECRET",
     "PS> az login -u it@padelhub-north.example -p @@PW@@ --allow-no-subscriptions\n"),
    ("cloudfoundry_cf_login_lower_p", "cli", "cf login -a api -u user -p SECRET",
     "$ cf login -a https://api.cf.clubcourts.internal -u scorer -p @@PW@@ -o club -s prod\n"),
    ("ipmitool_capital_p_after_capital_u", "cli", "ipmitool -I lanplus -H host -U user -P SECRET",
     "$ ipmitool -I lanplus -H 192.168.10.250 -U ADMIN -P @@PW@@ chassis power status\nChassis Power is on\n"),
    ("unixodbc_isql_third_positional", "cli", "isql DSN user SECRET",
     "$ isql -v MembersDSN members @@PW@@\n+---------------------------------------+\n| Connected!                            |\n"),
    ("mysqlsh_uri_user_colon_at", "cli", "mysqlsh --uri user:SECRET@host:3306",
     "$ mysqlsh --uri courtbook:@@PW@@@db.clubcourts.internal:3306 --sql\n"),
    ("cockroach_sql_url_userinfo", "cli", "cockroach sql --url postgresql://user:SECRET@host/db",
     "$ cockroach sql --url \"postgresql://ladder:@@PW@@@crdb.clubcourts.internal:26257/ladder?sslmode=verify-full\"\n"),
    ("ldapsearch_lower_w_after_capital_d", "cli", "ldapsearch -x -D binddn -w SECRET filter",
     "$ ldapsearch -x -H ldap://dc1.clubcourts.internal -D \"cn=booking,ou=svc,dc=club\" -w @@PW@@ \"(uid=j.okafor)\" mail\n"),
    ("ldappasswd_lower_s_new_value", "cli", "ldappasswd -D admin -W -s SECRET userdn",
     "$ ldappasswd -x -H ldap://dc1.clubcourts.internal -D \"cn=admin,dc=club\" -W -s @@PW@@ \"uid=coach3,ou=people,dc=club\"\n"),
    ("ncat_proxy_auth_colon_pair", "cli", "ncat --proxy host:port --proxy-auth user:SECRET target",
     "$ ncat --proxy proxy.clubcourts.internal:3128 --proxy-type http --proxy-auth clubops:@@PW@@ scores.oakfield-cc.example 443\n"),
    ("apachebench_capital_a_colon_pair", "cli", "ab -A user:SECRET url",
     "$ ab -n 200 -c 10 -A admin:@@PW@@ https://book.lawnside-tennis.example/admin/\n"),
    ("hey_load_tester_lower_a_colon_pair", "cli", "hey -a user:SECRET url",
     "$ hey -n 500 -c 20 -a loadtest:@@PW@@ https://book.padelhub-north.example/api/slots\n"),
    ("minio_mc_alias_set_fourth_positional", "cli", "mc alias set name url accesskey SECRET",
     "$ mc alias set clubminio https://minio.clubcourts.internal courtbook @@PW@@\nAdded `clubminio` successfully.\n"),
    ("openssl_enc_lower_k_flag", "cli", "openssl enc -aes-256-cbc -in f -out f.enc -k SECRET",
     "$ openssl enc -aes-256-cbc -pbkdf2 -salt -in members.csv -out members.csv.enc -k @@PW@@\n"),
    ("qpdf_encrypt_owner_second_positional", "cli", "qpdf --encrypt '' SECRET 256 -- in.pdf out.pdf",
     "$ qpdf --encrypt '' @@PW@@ 256 -- minutes-agm-2024.pdf minutes-agm-2024-locked.pdf\n"),
    ("ssh_keygen_capital_n_flag", "cli", "ssh-keygen -f file -N SECRET",
     "$ ssh-keygen -t ed25519 -f ~/.ssh/scoreboard_deploy -C scoreboard@pavilion -N @@PW@@\n"),
    ("sysinternals_psexec_lower_p_after_lower_u", "cli", "psexec \\\\host -u user -p SECRET cmd",
     "C:\\> psexec \\\\BARTILL2 -u CLUB\\tillsvc -p @@PW@@ -accepteula ipconfig /all\n"),
    ("winrs_lower_p_colon_switch", "cli", "winrs -r:host -u:user -p:SECRET cmd",
     "C:\\> winrs -r:clubhouse-pc -u:CLUB\\itvolunteer -p:@@PW@@ ipconfig\n"),
    ("mkpasswd_method_then_positional", "cli", "mkpasswd -m sha-512 SECRET",
     "$ mkpasswd -m sha-512 @@PW@@\n$6$" + "Qv8cL1pR$" + "…\n"),
    ("slappasswd_lower_s_flag", "cli", "slappasswd -h {SSHA} -s SECRET",
     "$ slappasswd -h {SSHA} -s @@PW@@\n"),
    ("caddy_hash_password_plaintext_flag", "cli", "caddy hash-password --plaintext SECRET",
     "$ caddy hash-password --plaintext @@PW@@\n"),
    ("rabbitmqadmin_lower_p_after_lower_u", "cli", "rabbitmqadmin -u user -p SECRET list queues",
     "$ rabbitmqadmin -H mq.clubcourts.internal -u scoring -p @@PW@@ list queues\n"),
    ("nats_cli_server_url_userinfo", "cli", "nats -s nats://user:SECRET@host pub subject msg",
     "$ nats -s nats://scores:@@PW@@@nats.clubcourts.internal:4222 pub club.scores.live '{\"over\":12}'\n"),
    ("snmpwalk_lower_c_community", "cli", "snmpwalk -v2c -c SECRET host oid",
     "$ snmpwalk -v2c -c @@PW@@ 192.168.60.5 1.3.6.1.2.1.1\n"),
    ("jenkins_cli_auth_colon_pair", "cli", "java -jar jenkins-cli.jar -auth user:SECRET command",
     "$ java -jar jenkins-cli.jar -s https://ci.clubcourts.internal/ -auth clubops:@@PW@@ build deploy-courtbook\n"),
    ("twine_upload_lower_p_after_lower_u", "cli", "twine upload -u user -p SECRET dist/*",
     "$ twine upload --repository-url https://pypi.clubcourts.internal/ -u clubdev -p @@PW@@ dist/*\n"),
    ("poetry_config_http_basic_third", "cli", "poetry config http-basic.repo user SECRET",
     "$ poetry config http-basic.clubpypi clubdev @@PW@@\n"),
    ("composer_config_http_basic_fourth", "cli", "composer config http-basic.host user SECRET",
     "$ composer config --global http-basic.repo.clubcourts.internal clubdev @@PW@@\n"),
    ("dotnet_nuget_add_source_lower_p", "cli", "dotnet nuget add source url -n name -u user -p SECRET",
     "$ dotnet nuget add source https://nuget.clubcourts.internal/v3/index.json -n club -u clubdev -p @@PW@@ --store-password-in-clear-text\n"),
    ("helm_registry_login_lower_p", "cli", "helm registry login host -u user -p SECRET",
     "$ helm registry login registry.clubcourts.internal -u clubops -p @@PW@@\n"),
    ("redis_cli_lower_u_url_userinfo", "cli", "redis-cli -u redis://user:SECRET@host:6379/db",
     "$ redis-cli -u redis://ladder:@@PW@@@redis.clubcourts.internal:6379/2 PING\nPONG\n"),
    ("curlftpfs_url_userinfo", "cli", "curlftpfs ftp://user:SECRET@host/ mountpoint",
     "$ curlftpfs ftp://results:@@PW@@@ftp.oakfield-cc.example/ /mnt/league-ftp\n"),
    ("yt_dlp_lower_p_after_lower_u", "cli", "yt-dlp -u user -p SECRET url",
     "$ yt-dlp -u oakfield.media -p @@PW@@ https://stream.clubcourts.internal/match/1st-xi-v-riverside\n"),
    ("ffmpeg_rtsp_input_url_userinfo", "cli", "ffmpeg -i rtsp://user:SECRET@camera/stream out",
     "$ ffmpeg -rtsp_transport tcp -i rtsp://viewer:@@PW@@@192.168.70.21:554/Streaming/Channels/101 -t 60 -c copy court3-clip.mp4\n"),
    ("smbmap_lower_p_after_lower_u", "cli", "smbmap -u user -p SECRET -H host",
     "$ smbmap -u clubadmin -p @@PW@@ -d CLUB -H 192.168.10.9\n"),
    # ------------------------------------------------------------------ stdin
    ("argon2_cli_stdin_pipe", "stdin", "echo -n SECRET | argon2 salt -id -e",
     "$ echo -n @@PW@@ | argon2 \"$(openssl rand -hex 8)\" -id -t 3 -m 16 -p 4 -e\n"),
    ("password_store_pass_insert_echo", "stdin", "echo SECRET | pass insert -e path",
     "$ echo @@PW@@ | pass insert -e club/floodlights/web\n"),
    ("secret_tool_store_stdin", "stdin", "printf SECRET | secret-tool store --label=x attr val",
     "$ printf '%s' @@PW@@ | secret-tool store --label='Scoreboard' service scoreboard user operator\n"),
    ("keyctl_padd_user_stdin", "stdin", "echo -n SECRET | keyctl padd user name @u",
     "$ echo -n @@PW@@ | keyctl padd user club:db @u\n"),
    ("kubeseal_raw_from_file_stdin", "stdin", "echo -n SECRET | kubeseal --raw --from-file=/dev/stdin",
     "$ echo -n @@PW@@ | kubeseal --raw --namespace club --name courtbook-db --from-file=/dev/stdin\n"),
    ("rhel_passwd_dash_dash_stdin", "stdin", "echo SECRET | passwd --stdin user",
     "# echo @@PW@@ | passwd --stdin scorer\nChanging password for user scorer.\n"),
    ("ftp_client_user_command_heredoc", "stdin", "ftp -n host <<EOF / user name SECRET / EOF",
     "$ ftp -n ftp.oakfield-cc.example <<EOF\nuser results @@PW@@\nbinary\nput scorecards.zip\nbye\nEOF\n"),
    ("zfs_load_key_stdin_pipe", "stdin", "echo SECRET | zfs load-key pool/dataset",
     "# echo @@PW@@ | zfs load-key tank/club-archive\n# zfs mount tank/club-archive\n"),
    ("veracrypt_text_mode_stdin", "stdin", "echo SECRET | veracrypt --text --stdin --mount vol dir",
     "$ echo @@PW@@ | veracrypt --text --non-interactive --stdin --mount ~/members.hc /mnt/members\n"),
    # ------------------------------------------------------------------ lib
    ("python_paramiko_connect_fourth_positional", "lib", "client.connect(host, 22, user, SECRET)",
     "import paramiko\n\nclient = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nclient.connect(\"192.168.50.20\", 22, \"scoreboard\", \"@@PW@@\")\n"),
    ("python_sqlalchemy_create_engine_url", "lib", "create_engine('postgresql+psycopg2://user:SECRET@host/db')",
     "from sqlalchemy import create_engine\n\nengine = create_engine(\"postgresql+psycopg2://members:@@PW@@@10.20.0.15/members\")\n"),
    ("python_httpx_basicauth_second", "lib", "httpx.BasicAuth(user, SECRET)",
     "import httpx\n\nauth = httpx.BasicAuth(\"ladder-sync\", \"@@PW@@\")\nr = httpx.get(\"https://ladder.lawnside-tennis.example/api/standings\", auth=auth)\n"),
    ("python_exchangelib_credentials_second", "lib", "Credentials(user, SECRET)",
     "from exchangelib import Account, Credentials\n\ncreds = Credentials(\"bookings@lawnside-tennis.example\", \"@@PW@@\")\nacct = Account(\"bookings@lawnside-tennis.example\", credentials=creds, autodiscover=True)\n"),
    ("python_hvac_userpass_login_second", "lib", "client.auth.userpass.login(user, SECRET)",
     "import hvac\n\nclient = hvac.Client(url=\"https://vault.clubcourts.internal:8200\")\nclient.auth.userpass.login(\"courtbook\", \"@@PW@@\")\n"),
    ("python_zipfile_extractall_third_positional", "lib", "zf.extractall(path, None, b'SECRET')",
     "import zipfile\n\nwith zipfile.ZipFile(\"scorecards-2023.zip\") as zf:\n    zf.extractall(\"scorecards\", None, b\"@@PW@@\")\n"),
    ("python_pypdf_reader_decrypt_single", "lib", "reader.decrypt(SECRET)",
     "from pypdf import PdfReader\n\nreader = PdfReader(\"committee-minutes.pdf\")\nif reader.is_encrypted:\n    reader.decrypt(\"@@PW@@\")\n"),
    ("python_hashlib_pbkdf2_hmac_second", "lib", "hashlib.pbkdf2_hmac('sha256', b'SECRET', salt, n)",
     "import hashlib, os\n\nsalt = os.urandom(16)\nkey = hashlib.pbkdf2_hmac(\"sha256\", b\"@@PW@@\", salt, 600000)\n"),
    ("python_hmac_new_first_bytes", "lib", "hmac.new(b'SECRET', msg, sha256)",
     "import hashlib, hmac\n\ndef sign(body: bytes) -> str:\n    return hmac.new(b\"@@PW@@\", body, hashlib.sha256).hexdigest()\n"),
    ("python_kombu_connection_amqp_url", "lib", "Connection('amqp://user:SECRET@host//')",
     "from kombu import Connection\n\nwith Connection(\"amqp://scoring:@@PW@@@mq.clubcourts.internal:5672//\") as conn:\n    conn.ensure_connection(max_retries=3)\n"),
    ("python_ldap_simple_bind_s_second", "lib", "conn.simple_bind_s(dn, SECRET)",
     "import ldap\n\nconn = ldap.initialize(\"ldap://dc1.clubcourts.internal\")\nconn.simple_bind_s(\"cn=booking,ou=svc,dc=club\", \"@@PW@@\")\n"),
    ("node_mysql2_createconnection_uri", "lib", "mysql.createConnection('mysql://user:SECRET@host/db')",
     "const mysql = require('mysql2/promise');\n\nconst conn = await mysql.createConnection('mysql://courtbook:@@PW@@@db.clubcourts.internal:3306/courtbook');\n"),
    ("node_sequelize_ctor_third", "lib", "new Sequelize(db, user, SECRET, opts)",
     "const { Sequelize } = require('sequelize');\n\nconst sequelize = new Sequelize('members', 'members_app', '@@PW@@', {\n  host: '10.20.0.15',\n  dialect: 'postgres',\n});\n"),
    ("node_ioredis_ctor_url_with_user", "lib", "new Redis('redis://user:SECRET@host:6379')",
     "const Redis = require('ioredis');\n\nconst redis = new Redis('redis://ladder:@@PW@@@redis.clubcourts.internal:6379/2');\n"),
    ("node_amqplib_connect_url", "lib", "amqp.connect('amqp://user:SECRET@host')",
     "const amqp = require('amqplib');\n\nconst conn = await amqp.connect('amqp://scoring:@@PW@@@mq.clubcourts.internal');\n"),
    ("node_crypto_pbkdf2sync_first", "lib", "crypto.pbkdf2Sync(SECRET, salt, n, len, digest)",
     "const crypto = require('crypto');\n\nconst key = crypto.pbkdf2Sync('@@PW@@', salt, 210000, 32, 'sha256');\n"),
    ("node_crypto_scryptsync_first", "lib", "crypto.scryptSync(SECRET, salt, len)",
     "import { scryptSync } from 'node:crypto';\n\nconst exportKey = scryptSync('@@PW@@', 'members-export', 32);\n"),
    ("node_argon2_hash_single", "lib", "await argon2.hash(SECRET)",
     "const argon2 = require('argon2');\n\n// seed the first admin account\nconst hash = await argon2.hash('@@PW@@');\nawait db.users.insert({ email: 'admin@padelhub-north.example', hash });\n"),
    ("node_express_basic_auth_users_map", "lib", "basicAuth({ users: { user: SECRET } })",
     "const basicAuth = require('express-basic-auth');\n\napp.use('/admin', basicAuth({\n  users: { committee: '@@PW@@' },\n  challenge: true,\n}));\n"),
    ("node_ws_websocket_url_userinfo", "lib", "new WebSocket('wss://user:SECRET@host/path')",
     "const WebSocket = require('ws');\n\nconst ws = new WebSocket('wss://scorer:@@PW@@@scores.oakfield-cc.example/live');\n"),
    ("node_jose_textencoder_encode_secret", "lib", "new TextEncoder().encode(SECRET) as HS256 key",
     "import { SignJWT } from 'jose';\n\nconst key = new TextEncoder().encode('@@PW@@');\nconst jwt = await new SignJWT({ court: 3 }).setProtectedHeader({ alg: 'HS256' }).sign(key);\n"),
    ("node_cookie_parser_single_secret", "lib", "app.use(cookieParser(SECRET))",
     "const cookieParser = require('cookie-parser');\n\napp.use(cookieParser('@@PW@@'));\n"),
    ("node_cryptojs_aes_encrypt_second", "lib", "CryptoJS.AES.encrypt(msg, SECRET)",
     "import CryptoJS from 'crypto-js';\n\nconst blob = CryptoJS.AES.encrypt(JSON.stringify(members), '@@PW@@').toString();\n"),
    ("java_jedis_auth_single", "lib", "jedis.auth(SECRET)",
     "try (Jedis jedis = new Jedis(\"redis.clubcourts.internal\", 6379)) {\n    jedis.auth(\"@@PW@@\");\n    jedis.select(2);\n}\n"),
    ("java_pbekeyspec_ctor_first_chararray", "lib", "new PBEKeySpec(SECRET.toCharArray(), salt, n, len)",
     "SecretKeyFactory f = SecretKeyFactory.getInstance(\"PBKDF2WithHmacSHA256\");\nKeySpec spec = new PBEKeySpec(\"@@PW@@\".toCharArray(), salt, 65536, 256);\nSecretKey key = f.generateSecret(spec);\n"),
    ("java_zip4j_zipfile_ctor_second", "lib", "new ZipFile(file, SECRET.toCharArray())",
     "import net.lingala.zip4j.ZipFile;\n\nnew ZipFile(\"results-archive.zip\", \"@@PW@@\".toCharArray()).extractAll(\"/srv/results\");\n"),
    ("kotlin_ktor_basicauthcredentials_second", "lib", "BasicAuthCredentials(user, SECRET)",
     "install(Auth) {\n    basic {\n        credentials { BasicAuthCredentials(\"scorer\", \"@@PW@@\") }\n    }\n}\n"),
    ("scala_slick_database_forurl_third", "lib", "Database.forURL(url, user, SECRET, driver = ...)",
     "val db = Database.forURL(\"jdbc:postgresql://10.20.0.15/ladder\", \"ladder\", \"@@PW@@\", driver = \"org.postgresql.Driver\")\n"),
    ("groovy_sql_newinstance_third", "lib", "Sql.newInstance(url, user, SECRET, driver)",
     "def sql = groovy.sql.Sql.newInstance('jdbc:mysql://db.clubcourts.internal/courtbook', 'courtbook', '@@PW@@', 'com.mysql.cj.jdbc.Driver')\n"),
    ("java_lettuce_redisuri_create_url", "lib", "RedisURI.create(\"redis://user:SECRET@host\")",
     "RedisClient client = RedisClient.create(RedisURI.create(\"redis://ladder:@@PW@@@redis.clubcourts.internal:6379/2\"));\n"),
    ("csharp_mailkit_authenticate_second", "lib", "smtp.Authenticate(user, SECRET)",
     "using var smtp = new SmtpClient();\nawait smtp.ConnectAsync(\"smtp.lawnside-tennis.example\", 587, SecureSocketOptions.StartTls);\nawait smtp.AuthenticateAsync(\"bookings@lawnside-tennis.example\", \"@@PW@@\");\n"),
    ("csharp_rfc2898derivebytes_first", "lib", "new Rfc2898DeriveBytes(SECRET, salt, n, alg)",
     "using var kdf = new Rfc2898DeriveBytes(\"@@PW@@\", salt, 100_000, HashAlgorithmName.SHA256);\nvar key = kdf.GetBytes(32);\n"),
    ("csharp_hmacsha256_ctor_getbytes", "lib", "new HMACSHA256(Encoding.UTF8.GetBytes(SECRET))",
     "using var mac = new HMACSHA256(Encoding.UTF8.GetBytes(\"@@PW@@\"));\nvar sig = Convert.ToHexString(mac.ComputeHash(body));\n"),
    ("csharp_sshnet_sshclient_ctor_third", "lib", "new SshClient(host, user, SECRET)",
     "using var ssh = new SshClient(\"192.168.50.20\", \"scoreboard\", \"@@PW@@\");\nssh.Connect();\nssh.RunCommand(\"sudo systemctl restart board\");\n"),
    ("go_smtp_plainauth_third", "lib", "smtp.PlainAuth(\"\", user, SECRET, host)",
     "auth := smtp.PlainAuth(\"\", \"fixtures@oakfield-cc.example\", \"@@PW@@\", \"smtp.oakfield-cc.example\")\nerr := smtp.SendMail(\"smtp.oakfield-cc.example:587\", auth, from, to, msg)\n"),
    ("go_http_request_setbasicauth_second", "lib", "req.SetBasicAuth(user, SECRET)",
     "req, _ := http.NewRequest(\"GET\", \"https://ladder.lawnside-tennis.example/api/standings\", nil)\nreq.SetBasicAuth(\"ladder-sync\", \"@@PW@@\")\n"),
    ("go_amqp091_dial_url_userinfo", "lib", "amqp.Dial(\"amqp://user:SECRET@host:5672/\")",
     "conn, err := amqp.Dial(\"amqp://scoring:@@PW@@@mq.clubcourts.internal:5672/\")\n"),
    ("go_crypto_hmac_new_byteslice", "lib", "hmac.New(sha256.New, []byte(SECRET))",
     "mac := hmac.New(sha256.New, []byte(\"@@PW@@\"))\nmac.Write(payload)\n"),
    ("rust_reqwest_basic_auth_some_second", "lib", ".basic_auth(user, Some(SECRET))",
     "let resp = client.get(\"https://ladder.lawnside-tennis.example/api/standings\")\n    .basic_auth(\"ladder-sync\", Some(\"@@PW@@\"))\n    .send().await?;\n"),
    ("rust_lettre_credentials_new_second", "lib", "Credentials::new(user.into(), SECRET.into())",
     "let creds = Credentials::new(\"fixtures@oakfield-cc.example\".to_owned(), \"@@PW@@\".to_owned());\n"),
    ("ruby_net_http_basic_auth_second", "lib", "req.basic_auth(user, SECRET)",
     "req = Net::HTTP::Get.new(URI(\"https://ladder.lawnside-tennis.example/api/standings\"))\nreq.basic_auth(\"ladder-sync\", \"@@PW@@\")\n"),
    ("ruby_sequel_connect_url_userinfo", "lib", "Sequel.connect('postgres://user:SECRET@host/db')",
     "DB = Sequel.connect(\"postgres://members:@@PW@@@10.20.0.15/members\")\n"),
    ("ruby_openssl_hmac_hexdigest_second", "lib", "OpenSSL::HMAC.hexdigest('SHA256', SECRET, data)",
     "sig = OpenSSL::HMAC.hexdigest(\"SHA256\", \"@@PW@@\", request.raw_post)\n"),
    ("php_ldap_bind_third", "lib", "ldap_bind($conn, $dn, SECRET)",
     "<?php\n$conn = ldap_connect('ldap://dc1.clubcourts.internal');\nldap_bind($conn, 'cn=booking,ou=svc,dc=club', '@@PW@@');\n"),
    ("php_phpredis_auth_single", "lib", "$redis->auth(SECRET)",
     "<?php\n$redis = new Redis();\n$redis->connect('redis.clubcourts.internal', 6379);\n$redis->auth('@@PW@@');\n"),
    ("php_openssl_pkcs12_read_third", "lib", "openssl_pkcs12_read($p12, $certs, SECRET)",
     "<?php\n$p12 = file_get_contents('/etc/club/gateway-client.p12');\nopenssl_pkcs12_read($p12, $certs, '@@PW@@');\n"),
    ("perl_net_ftp_login_second", "lib", "$ftp->login(user, SECRET)",
     "use Net::FTP;\nmy $ftp = Net::FTP->new('ftp.oakfield-cc.example') or die;\n$ftp->login('results', '@@PW@@');\n"),
    ("perl_lwp_useragent_credentials_fourth", "lib", "$ua->credentials(netloc, realm, user, SECRET)",
     "my $ua = LWP::UserAgent->new;\n$ua->credentials('ladder.lawnside-tennis.example:443', 'Ladder', 'ladder-sync', '@@PW@@');\n"),
    ("swift_cryptokit_symmetrickey_utf8_data", "lib", "SymmetricKey(data: Data(SECRET.utf8))",
     "let key = SymmetricKey(data: Data(\"@@PW@@\".utf8))\nlet mac = HMAC<SHA256>.authenticationCode(for: body, using: key)\n"),
    ("c_libpq_pqconnectdb_uri", "lib", "PQconnectdb(\"postgresql://user:SECRET@host/db\")",
     "PGconn *conn = PQconnectdb(\"postgresql://scoreboard:@@PW@@@10.20.0.15/scores\");\n"),
    ("c_sqlcipher_sqlite3_key_second", "lib", "sqlite3_key(db, SECRET, len)",
     "sqlite3_open(\"scorebook.db\", &db);\nsqlite3_key(db, \"@@PW@@\", (int)strlen(\"\" /* see build notes */));\n"),
    ("arduino_wifimulti_addap_second", "lib", "wifiMulti.addAP(ssid, SECRET)",
     "WiFiMulti wifiMulti;\n\nvoid setup() {\n  wifiMulti.addAP(\"ClubOps\", \"@@PW@@\");\n  wifiMulti.addAP(\"PavilionAP\", \"\");\n}\n"),
    ("arduino_wifi_softap_second", "lib", "WiFi.softAP(ssid, SECRET)",
     "void setup() {\n  WiFi.softAP(\"BallMachine-07\", \"@@PW@@\");\n  server.begin();\n}\n"),
    ("vbscript_ado_connection_open_third", "lib", "conn.Open connstr, user, SECRET",
     "Set conn = CreateObject(\"ADODB.Connection\")\nconn.Open \"DSN=ClubTill\", \"tillsync\", \"@@PW@@\"\n"),
    ("vbscript_swbemlocator_connectserver_fourth", "lib", "locator.ConnectServer(host, ns, user, SECRET)",
     "Set locator = CreateObject(\"WbemScripting.SWbemLocator\")\nSet svc = locator.ConnectServer(\"BARTILL2\", \"root\\cimv2\", \"CLUB\\itvolunteer\", \"@@PW@@\")\n"),
    ("vba_workbook_saveas_third_positional", "lib", "wb.SaveAs file, format, SECRET",
     "Sub LockSubs()\n    ThisWorkbook.SaveAs \"C:\\Club\\subs-2024.xlsx\", xlOpenXMLWorkbook, \"@@PW@@\"\nEnd Sub\n"),
    ("autoit_runas_third_positional", "lib", "RunAs(user, domain, SECRET, 0, program)",
     "RunAs(\"tillsvc\", \"CLUB\", \"@@PW@@\", 0, \"C:\\ClubTill\\Sync.exe\")\n"),
    # ------------------------------------------------------------------ gui
    ("playwright_page_fill_second", "gui", "page.fill('#f2', SECRET)",
     "await page.goto('https://book.lawnside-tennis.example/login');\nawait page.fill('#f1', 'committee');\nawait page.fill('#f2', '@@PW@@');\nawait page.click('button[type=submit]');\n"),
    ("webdriverio_setvalue_single", "gui", "$('#f2').setValue(SECRET)",
     "await $('#f1').setValue('scorer');\nawait $('#f2').setValue('@@PW@@');\nawait $('button=Sign in').click();\n"),
    ("testing_library_user_event_type_second", "gui", "userEvent.type(field, SECRET)",
     "await userEvent.type(screen.getByTestId('f1'), 'coach7');\nawait userEvent.type(screen.getByTestId('f2'), '@@PW@@');\n"),
    ("xcuitest_typetext_single", "gui", "field.typeText(SECRET)",
     "let field = app.secureTextFields[\"f2\"]\nfield.tap()\nfield.typeText(\"@@PW@@\")\n"),
    ("autoit_send_single", "gui", "Send(SECRET)",
     "WinActivate(\"ClubTill – Manager\")\nControlClick(\"ClubTill – Manager\", \"\", \"Edit2\")\nSend(\"@@PW@@{ENTER}\")\n"),
    ("xdotool_type_single", "gui", "xdotool type SECRET",
     "$ xdotool search --name 'Scoreboard Console' windowactivate --sync\n$ xdotool type @@PW@@\n$ xdotool key Return\n"),
    ("robot_framework_input_text_third_cell", "gui", "Input Text    id:f2    SECRET",
     "*** Test Cases ***\nAdmin Can Log In\n    Open Browser    https://book.padelhub-north.example/admin    chrome\n    Input Text    id:f1    padeladmin\n    Input Text    id:f2    @@PW@@\n    Click Button    id:go\n"),
    ("detox_typetext_single", "gui", "element(by.id('f2')).typeText(SECRET)",
     "await element(by.id('f1')).typeText('scorer');\nawait element(by.id('f2')).typeText('@@PW@@');\nawait element(by.id('go')).tap();\n"),
    ("capybara_fill_in_with_keyword", "gui", "fill_in 'f2', with: SECRET",
     "visit '/admin/login'\nfill_in 'f1', with: 'committee'\nfill_in 'f2', with: '@@PW@@'\nclick_button 'Sign in'\n"),
    # ------------------------------------------------------------------ file
    ("pgpass_fifth_field", "file", "~/.pgpass host:port:db:user:SECRET",
     "# ~/.pgpass (chmod 600)\n10.20.0.15:5432:members:members_app:@@PW@@\n"),
    ("ppp_chap_secrets_third_column", "file", "/etc/ppp/chap-secrets client server SECRET ip",
     "# /etc/ppp/chap-secrets – LTE backup link at the pavilion\n# client\tserver\tsecret\tIP addresses\npavilion\t*\t@@PW@@\t*\n"),
    ("openvpn_auth_user_pass_second_line", "file", "auth.txt: line 1 user, line 2 SECRET",
     "# /etc/openvpn/client/club-auth.txt\nclubhouse-nuc\n@@PW@@\n"),
    ("proxychains_proxylist_fifth_field", "file", "[ProxyList] type host port user SECRET",
     "# /etc/proxychains4.conf\nstrict_chain\n[ProxyList]\nhttp 192.168.10.2 3128 clubops @@PW@@\n"),
    ("squid_cache_peer_login_colon_pair", "file", "cache_peer host parent 3128 0 login=user:SECRET",
     "# /etc/squid/squid.conf (clubhouse)\ncache_peer proxy.isp-upstream.example parent 3128 0 no-query default login=lawnside:@@PW@@\n"),
    ("ntp_keys_file_third_column", "file", "ntp.keys: keyid type SECRET",
     "# /etc/ntpsec/ntp.keys\n# keyid type key\n7 SHA1 @@PW@@\n"),
    ("frr_ospf_message_digest_key_md5", "file", "ip ospf message-digest-key 1 md5 SECRET",
     "interface eth1\n ip ospf authentication message-digest\n ip ospf message-digest-key 1 md5 @@PW@@\n"),
    ("cisco_snmp_server_community_first", "file", "snmp-server community SECRET RO",
     "! clubhouse-sw1 running-config\nhostname clubhouse-sw1\nsnmp-server community @@PW@@ RO 10\nsnmp-server location Pavilion comms cupboard\n"),
    ("git_credentials_store_url_line", "file", "~/.git-credentials https://user:SECRET@host",
     "https://webadmin:@@PW@@@git.clubcourts.internal\n"),
    ("lftp_bookmarks_url_userinfo", "file", "~/.local/share/lftp/bookmarks: name ftp://user:SECRET@host/",
     "league-results ftp://results:@@PW@@@ftp.oakfield-cc.example/export/\n"),
    ("kodi_sources_xml_smb_url", "file", "<path>smb://user:SECRET@host/share/</path>",
     "<sources>\n  <video>\n    <source>\n      <name>Match replays</name>\n      <path pathversion=\"1\">smb://replays:@@PW@@@192.168.10.9/replays/</path>\n    </source>\n  </video>\n</sources>\n"),
    ("ball_machine_admin_pins_semicolon_third", "file", "invented ball-machine admin list: machine;court;CODE;owner",
     "# /srv/ballmachines/admins.txt\n# machine;court;unlock;owner\nBM-07;3;@@PW@@;head.coach\n"),
    ("scoreboard_controller_users_colon_fourth", "file", "invented scoreboard user file: user:level:panel:CODE",
     "# /opt/scoreboard/users\n# user:level:panel:secret\noperator:2:main:@@PW@@\n"),
    ("floodlight_timer_accounts_pipe_third", "file", "invented floodlight timer accounts: zone|user|CODE|expires",
     "# floodlight-timer accounts export\n# zone|user|credential|expires\n1-6|groundsman|@@PW@@|2025-03-31\n"),
    # ------------------------------------------------------------------ proto
    ("imap_login_command_third_token", "proto", "a1 LOGIN user SECRET",
     "* OK [CAPABILITY IMAP4rev1 LITERAL+ AUTH=PLAIN] mail.lawnside-tennis.example ready\na1 LOGIN bookings @@PW@@\na1 OK LOGIN completed\n"),
    ("smtp_auth_plain_initial_response_b64", "proto", "AUTH PLAIN b64(\\0user\\0SECRET) (span is the Base64)",
     "S: 250-smtp.oakfield-cc.example\nS: 250 AUTH PLAIN LOGIN\nC: AUTH PLAIN @@PW@@\nS: 235 2.7.0 Authentication successful\n"),
    ("smtp_auth_login_second_b64_line", "proto", "AUTH LOGIN, second client line b64(SECRET) (span is the Base64)",
     "C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: " + "@@USER64@@" + "\nS: 334 UGFzc3dvcmQ6\nC: @@PW@@\nS: 235 2.7.0 Accepted\n"),
    ("xmpp_sasl_plain_auth_element_b64", "proto", "<auth mechanism='PLAIN'>b64(\\0user\\0SECRET)</auth> (span is the Base64)",
     "SENT: <auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>@@PW@@</auth>\nRECV: <success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>\n"),
    ("irc_nickserv_identify_privmsg", "proto", "PRIVMSG NickServ :IDENTIFY SECRET",
     ":clubbot!~bot@192.168.10.4 NICK clubbot\nPRIVMSG NickServ :IDENTIFY @@PW@@\n:NickServ!services@irc.clubcourts.internal NOTICE clubbot :You are now identified.\n"),
    ("wireshark_http_basic_credentials_colon_pair", "proto", "Wireshark HTTP decode: Credentials: user:SECRET",
     "Hypertext Transfer Protocol\n    GET /admin/ HTTP/1.1\\r\\n\n    Authorization: Basic …\\r\\n\n        Credentials: committee:@@PW@@\n    Host: book.lawnside-tennis.example\\r\\n\n"),
    # ------------------------------------------------------------------ sql
    ("postgres_pgp_sym_encrypt_second", "sql", "pgp_sym_encrypt(data, 'SECRET')",
     "members=# UPDATE members SET medical_notes = pgp_sym_encrypt(medical_notes_plain, '@@PW@@') WHERE id = 812;\nUPDATE 1\n"),
    ("postgres_pgcrypto_crypt_first", "sql", "crypt('SECRET', gen_salt('bf'))",
     "members=# INSERT INTO staff (login, hash) VALUES ('barmanager', crypt('@@PW@@', gen_salt('bf', 10)));\nINSERT 0 1\n"),
    ("sqlcipher_pragma_key_quoted", "sql", "PRAGMA key = 'SECRET';",
     "$ sqlcipher scorebook.db\nsqlite> PRAGMA key = '@@PW@@';\nsqlite> SELECT count(*) FROM innings;\n412\n"),
    ("db2_connect_user_using_clause", "sql", "CONNECT TO db USER user USING SECRET",
     "db2 => CONNECT TO CLUBDB USER db2inst1 USING @@PW@@\n\n   Database Connection Information\n"),
    ("mssql_sp_addlinkedsrvlogin_fifth", "sql", "sp_addlinkedsrvlogin 'srv', 'false', NULL, 'user', 'SECRET'",
     "1> EXEC sp_addlinkedsrvlogin 'TILLSRV', 'false', NULL, 'tillsync', '@@PW@@';\n2> GO\n"),
    ("mssql_sp_addlogin_second", "sql", "sp_addlogin 'user', 'SECRET'",
     "1> EXEC sp_addlogin 'scorer_ro', '@@PW@@', 'scores';\n2> GO\n"),
]

TRIMMED = [
    "python_kombu_connection_amqp_url", "node_amqplib_connect_url", "go_amqp091_dial_url_userinfo",
    "java_lettuce_redisuri_create_url", "node_ioredis_ctor_url_with_user", "node_crypto_scryptsync_first",
    "csharp_hmacsha256_ctor_getbytes", "go_crypto_hmac_new_byteslice", "ruby_openssl_hmac_hexdigest_second",
    "rust_lettre_credentials_new_second", "ruby_sequel_connect_url_userinfo", "c_libpq_pqconnectdb_uri",
    "perl_net_ftp_login_second", "arduino_wifimulti_addap_second", "vba_workbook_saveas_third_positional",
    "python_hashlib_pbkdf2_hmac_second", "node_crypto_pbkdf2sync_first",
    "cockroach_sql_url_userinfo", "curlftpfs_url_userinfo", "composer_config_http_basic_fourth",
    "helm_registry_login_lower_p", "cloudfoundry_cf_login_lower_p", "smbmap_lower_p_after_lower_u",
    "hey_load_tester_lower_a_colon_pair", "mysqlsh_uri_user_colon_at", "yt_dlp_lower_p_after_lower_u",
]
ALL_WRITTEN = SYNTAXES
SYNTAXES = [s for s in SYNTAXES if s[0] not in TRIMMED]

ENCODED = {
    "smtp_auth_plain_initial_response_b64": "sasl_plain",
    "xmpp_sasl_plain_auth_element_b64": "sasl_plain",
    "smtp_auth_login_second_b64_line": "b64",
}
SASL_USER = {"smtp_auth_plain_initial_response_b64": "fixtures@oakfield-cc.example",
             "xmpp_sasl_plain_auth_element_b64": "scorebot"}

SET_ASIDE = [
    ("grafana_cli_reset_admin_password", "the sub-command says password right before the value"),
    ("drush_user_password_positional", "the sub-command says password right before the value"),
    ("wp_cli_user_update_user_pass", "the `--user_pass=` flag is a telling key"),
    ("clickhouse_client_password_flag", "the flag says password"),
    ("sshfs_password_stdin_option", "the option says password"),
    ("htpasswd_stdin_i_flag", "htpasswd appears in an earlier README's set-aside list"),
    ("smbclient_percent_pair", "an earlier corpus's smbclient percent pair is named as a relative"),
    ("mongoexport_uri_userinfo", "same mechanism as an earlier mongoimport URI"),
    ("openssl_passwd_stdin", "kept mkpasswd instead (same idea)"),
    ("motion_netcam_userpass", "the key `netcam_userpass` says pass"),
]


def _fix_template(name, tpl):
    if name == "c_sqlcipher_sqlite3_key_second":
        # length argument written as a literal count
        return tpl.replace('(int)strlen("" /* see build notes */)', "@@LEN@@")
    return tpl


def build(reg, seed=24403):
    rng = random.Random(seed)
    recs = []
    hidden = []
    for name, where, short, tpl in SYNTAXES:
        pw = reg.draw(lambda: C.make_password(rng, strict=True))
        tpl = _fix_template(name, tpl)
        enc = ENCODED.get(name, "plain")
        if enc == "plain":
            value = pw
        else:
            hidden.append(pw)
            if enc == "sasl_plain":
                raw = "\0" + SASL_USER[name] + "\0" + pw
            else:
                raw = pw
            value = reg.add(base64.b64encode(raw.encode()).decode())
        text_tpl = tpl.replace(P, C.SENT)
        text_tpl = text_tpl.replace("@@LEN@@", str(len(pw)))
        text_tpl = text_tpl.replace("@@USER64@@", base64.b64encode(b"fixtures@oakfield-cc.example").decode())
        stype = PFX + name
        recs.append(C.positive(stype, "%s__%s" % (name, WHERE[where]), text_tpl, value, "password"))
    return recs, hidden


def inner_password(name, value):
    enc = ENCODED.get(name, "plain")
    if enc == "plain":
        return value
    raw = base64.b64decode(value).decode()
    if enc == "sasl_plain":
        parts = raw.split("\0")
        if len(parts) != 3 or parts[1] != SASL_USER[name]:
            return None
        return parts[2]
    return raw
