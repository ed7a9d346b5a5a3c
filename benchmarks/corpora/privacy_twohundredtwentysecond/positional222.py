"""Positional-password source: passwords passed without a telling password= key."""
import base64
import random

from common222 import MARK as M, owner_password, fill, positive

SEED = 22203
PREFIX = "lckpw_"
SUFFIX = {
    "cli": "lock_ops_terminal_capture", "stdin": "lock_server_stdin_pipe", "lib": "lock_app_source_snippet",
    "file": "lock_server_config_listing", "proto": "lock_lan_packet_decode", "gui": "lock_kiosk_ui_test",
    "sql": "lock_db_console_session",
}
USERS = ["kholt", "dpatel", "mo.fitter", "vanstock", "samw", "priya.n", "jhartley", "nightdesk", "till02op",
         "safeeng3", "lbrooks", "tomc", "keyshop", "dispatch", "auditbot", "rkaur"]

# (syntax, where, template, value kind ('pw' | 'b64up' | 'b64plain'), short form for the README)
SYNTAXES = [
    # ---------------------------------------------------------------- cli
    ("smbclient_capital_u_percent_pair", "cli", "$ smbclient //files.lockshop.lan/charts -U '{U}%" + M + "' -c 'ls'\n  .   D  0  Mon Oct  6 09:14:02 2025\n", "pw", "smbclient -U 'user%secret'"),
    ("net_use_positional_after_unc_path", "cli", "C:\\> net use Z: \\\\files.lockshop.lan\\charts " + M + " /user:LOCKSHOP\\{U} /persistent:no\nThe command completed successfully.\n", "pw", "net use Z: \\\\srv\\share SECRET /user:DOM\\user"),
    ("psexec_lower_p_after_lower_u", "cli", "PS C:\\tools> .\\PsExec64.exe \\\\till02 -u LOCKSHOP\\{U} -p " + M + " -accepteula cmd /c ipconfig\n", "pw", "PsExec -u user -p secret"),
    ("schtasks_rp_after_ru", "cli", "C:\\> schtasks /create /tn \"KeyExport\" /tr C:\\keyshop\\export.cmd /sc daily /st 02:15 /ru LOCKSHOP\\{U} /rp " + M + "\nSUCCESS: The scheduled task \"KeyExport\" has successfully been created.\n", "pw", "schtasks /create … /ru user /rp secret"),
    ("sshpass_lower_p_flag", "cli", "$ sshpass -p '" + M + "' ssh {U}@bench-pi.lockshop.lan uptime\n 09:31:07 up 12 days,  2:03,  0 users,  load average: 0.02, 0.05, 0.01\n", "pw", "sshpass -p secret ssh …"),
    ("openssl_enc_lower_k_flag", "cli", "$ openssl enc -aes-256-cbc -pbkdf2 -salt -in charts.tar -out charts.tar.enc -k '" + M + "'\n$ ls -l charts.tar.enc\n", "pw", "openssl enc … -k secret"),
    ("infozip_capital_p_flag", "cli", "$ zip -P '" + M + "' -r key-codes-2025.zip exports/\n  adding: exports/ (stored 0%)\n", "pw", "zip -P secret archive.zip files"),
    ("unzip_capital_p_flag", "cli", "$ unzip -P " + M + " key-codes-2025.zip -d /tmp/kc\nArchive:  key-codes-2025.zip\n", "pw", "unzip -P secret archive.zip"),
    ("qpdf_encrypt_first_positional_user_key", "cli", "$ qpdf --encrypt " + M + " \"$(cat ~/.pdf-owner)\" 256 -- master-chart.pdf master-chart-locked.pdf\n", "pw", "qpdf --encrypt USERKEY OWNERKEY 256 --"),
    ("lftp_lower_u_comma_pair", "cli", "$ lftp -u {U}," + M + " ftp.keyblanks-supplier.example -e 'mirror /catalogue ./catalogue; bye'\n", "pw", "lftp -u user,secret host"),
    ("mosquitto_pub_capital_p_after_lower_u", "cli", "$ mosquitto_pub -h 10.40.2.2 -u {U} -P '" + M + "' -t locks/door3/cmd -m unlock\n", "pw", "mosquitto_pub -u user -P secret"),
    ("redis_cli_lower_a_flag", "cli", "$ redis-cli -h cache.lockshop.lan -a '" + M + "' --no-auth-warning info keyspace\n# Keyspace\ndb0:keys=4123,expires=12\n", "pw", "redis-cli -a secret"),
    ("rabbitmqctl_add_user_second_positional", "cli", "# rabbitmqctl add_user {U} '" + M + "'\nAdding user \"{U}\" ...\nDone. Don't forget to grant the user permissions to some virtual hosts!\n", "pw", "rabbitmqctl add_user user secret"),
    ("htpasswd_lower_b_capital_b_third_positional", "cli", "$ sudo htpasswd -bB /etc/nginx/.dispatch_users {U} '" + M + "'\nAdding user {U}\n", "pw", "htpasswd -bB file user secret"),
    ("ipmitool_capital_p_after_capital_u", "cli", "$ ipmitool -I lanplus -H 10.40.9.11 -U {U} -P '" + M + "' chassis power status\nChassis Power is on\n", "pw", "ipmitool -U user -P secret"),
    ("sqlcmd_capital_p_after_capital_u", "cli", "> sqlcmd -S sql01.lockshop.lan -U {U} -P " + M + " -d SafeRecords -Q \"SELECT COUNT(*) FROM Jobs\"\n-----------\n       8123\n", "pw", "sqlcmd -U user -P secret"),
    ("sqlplus_slash_pair_connect_string", "cli", "$ sqlplus -s {U}/" + M + "@//ora.lockshop.lan:1521/KEYS @nightly.sql\n", "pw", "sqlplus user/secret@//host/svc"),
    ("ssh_keygen_capital_n_new_passphrase", "cli", "$ ssh-keygen -t ed25519 -C deploy@vanstock -N '" + M + "' -f ~/.ssh/vanstock_deploy\nGenerating public/private ed25519 key pair.\n", "pw", "ssh-keygen -N newphrase"),
    ("security_unlock_keychain_lower_p", "cli", "$ security unlock-keychain -p '" + M + "' ~/Library/Keychains/build.keychain-db\n$ xcodebuild -scheme VanStock archive\n", "pw", "security unlock-keychain -p secret keychain"),
    ("networksetup_setairportnetwork_third_positional", "cli", "$ networksetup -setairportnetwork en0 LockshopWorkshop '" + M + "'\n", "pw", "networksetup -setairportnetwork en0 SSID key"),
    ("wpa_passphrase_second_positional", "cli", "$ wpa_passphrase VanRouter-07 '" + M + "' | sudo tee -a /etc/wpa_supplicant/wpa_supplicant.conf >/dev/null\n", "pw", "wpa_passphrase SSID key"),
    ("windows_net_user_add_second_positional", "cli", "C:\\> net user {U} " + M + " /add /comment:\"till operator\"\nThe command completed successfully.\n", "pw", "net user name SECRET /add"),
    ("openssl_passwd_sha512_positional", "cli", "# useradd -m -s /bin/bash -p \"$(openssl passwd -6 '" + M + "')\" {U}\n", "pw", "openssl passwd -6 SECRET"),
    ("ldapsearch_lower_w_bind_flag", "cli", "$ ldapsearch -x -H ldap://dc01.lockshop.lan -D \"cn={U},ou=staff,dc=lockshop,dc=lan\" -w '" + M + "' -b \"ou=staff,dc=lockshop,dc=lan\" cn\n", "pw", "ldapsearch -D dn -w secret"),
    ("ccrypt_capital_k_key_flag", "cli", "$ ccrypt -e -K '" + M + "' chart-backup.mkc\n$ ls chart-backup.mkc.cpt\n", "pw", "ccrypt -e -K key file"),
    ("etcdctl_user_colon_pair", "cli", "$ etcdctl --endpoints=https://10.40.3.5:2379 --user {U}:" + M + " get /dispatch/config\n", "pw", "etcdctl --user user:secret"),
    ("az_login_lower_p_after_lower_u", "cli", "$ az login -u {U}@harbourside-locks.example -p '" + M + "'\n[\n  {\n    \"cloudName\": \"AzureCloud\",\n", "pw", "az login -u user -p secret"),
    ("minio_mc_alias_set_fourth_positional", "cli", "$ mc alias set lockminio https://minio.lockshop.lan vanstock-backup " + M + "\nAdded `lockminio` successfully.\n", "pw", "mc alias set NAME URL ACCESSKEY SECRETKEY"),
    ("jenkins_cli_auth_colon_pair", "cli", "$ java -jar jenkins-cli.jar -s https://ci.lockshop.lan/ -auth {U}:" + M + " build keyshop-nightly\n", "pw", "jenkins-cli -auth user:secret"),
    ("powershell_convertto_securestring_asplaintext", "cli", "PS C:\\> $sec = ConvertTo-SecureString '" + M + "' -AsPlainText -Force\nPS C:\\> $cred = [pscredential]::new('LOCKSHOP\\{U}', $sec)\n", "pw", "ConvertTo-SecureString 'secret' -AsPlainText"),
    # ---------------------------------------------------------------- stdin
    ("gpg_passphrase_fd_zero_stdin_echo", "stdin", "$ echo '" + M + "' | gpg --batch --yes --passphrase-fd 0 -c key-codes.csv\n", "pw", "echo secret | gpg --passphrase-fd 0 -c"),
    ("kinit_principal_stdin_echo", "stdin", "$ echo '" + M + "' | kinit {U}@LOCKSHOP.LAN\n$ klist\n", "pw", "echo secret | kinit user@REALM"),
    ("zfs_load_key_stdin_echo", "stdin", "# echo '" + M + "' | zfs load-key tank/charts && zfs mount tank/charts\n", "pw", "echo secret | zfs load-key ds"),
    ("openconnect_stdin_echo_after_user", "stdin", "$ echo '" + M + "' | sudo openconnect --user={U} --passwd-on-stdin vpn.lockshop.example\n", "pw", "echo secret | openconnect --user=u --passwd-on-stdin"),
    ("hdiutil_attach_stdinpass_printf", "stdin", "$ printf '" + M + "' | hdiutil attach -stdinpass ~/Charts.dmg\n/dev/disk4s1  Apple_APFS  /Volumes/Charts\n", "pw", "printf secret | hdiutil attach -stdinpass"),
    ("docker_secret_create_dash_printf", "stdin", "$ printf '" + M + "' | docker secret create dispatch_db_login -\nq2w9n1ye6x1r0w3l8ej0bqt1m\n", "pw", "printf secret | docker secret create name -"),
    ("gcloud_secrets_versions_add_data_file_dash", "stdin", "$ echo -n '" + M + "' | gcloud secrets versions add vanstock-db --data-file=-\nCreated version [3] of the secret [vanstock-db].\n", "pw", "echo -n secret | gcloud secrets versions add NAME --data-file=-"),
    ("pass_insert_multiline_printf", "stdin", "$ printf '" + M + "\\n' | pass insert -m shop/till02\nEnter contents of shop/till02 and press Ctrl+D when finished:\n", "pw", "printf secret | pass insert -m name"),
    ("ansible_vault_encrypt_string_stdin_name", "stdin", "$ echo -n '" + M + "' | ansible-vault encrypt_string --vault-id prod@prompt --stdin-name 'till_login'\n", "pw", "echo -n secret | ansible-vault encrypt_string --stdin-name"),
    ("python_keyring_cli_set_stdin_echo", "stdin", "$ echo '" + M + "' | keyring set keyshop-pos {U}\n", "pw", "echo secret | keyring set service user"),
    ("htpasswd_lower_i_stdin_echo", "stdin", "$ echo '" + M + "' | sudo htpasswd -i -B /etc/nginx/.dispatch_users {U}\nAdding user {U}\n", "pw", "echo secret | htpasswd -i file user"),
    ("openssl_pkcs12_passin_stdin_echo", "stdin", "$ echo '" + M + "' | openssl pkcs12 -in van07.p12 -nokeys -passin stdin | openssl x509 -noout -subject\n", "pw", "echo secret | openssl pkcs12 -passin stdin"),
    # ---------------------------------------------------------------- lib
    ("python_paramiko_connect_fourth_positional", "lib", "client = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nclient.connect(\"bench-pi.lockshop.lan\", 22, \"{U}\", \"" + M + "\")\n", "pw", "SSHClient.connect(host, port, user, secret)"),
    ("python_mysqldb_connect_third_positional", "lib", "import MySQLdb\n\ndb = MySQLdb.connect(\"db.lockshop.lan\", \"{U}\", \"" + M + "\", \"keyshop\")\n", "pw", "MySQLdb.connect(host, user, secret, db)"),
    ("python_imaplib_login_second", "lib", "M = imaplib.IMAP4_SSL(\"mail.lockshop.example\")\nM.login(\"{U}@lockshop.example\", \"" + M + "\")\nM.select(\"Callouts\")\n", "pw", "IMAP4_SSL(host).login(user, secret)"),
    ("python_oracledb_connect_slash_pair_string", "lib", "conn = oracledb.connect(\"{U}/" + M + "@ora.lockshop.lan:1521/KEYS\")\n", "pw", "oracledb.connect('user/secret@host/svc')"),
    ("python_sqlalchemy_create_engine_url_userinfo", "lib", "engine = create_engine(\"mysql+pymysql://{U}:" + M + "@db.lockshop.lan/keyshop\", pool_pre_ping=True)\n", "pw", "create_engine('dialect://user:secret@host/db')"),
    ("python_sqlalchemy_url_create_third_positional", "lib", "url = URL.create(\"postgresql+psycopg\", \"{U}\", \"" + M + "\", \"db.lockshop.lan\", 5432, \"safes\")\nengine = create_engine(url)\n", "pw", "URL.create(driver, user, secret, host, port, db)"),
    ("python_hmac_new_first_bytes", "lib", "def sign(body: bytes) -> str:\n    return hmac.new(b\"" + M + "\", body, hashlib.sha256).hexdigest()\n", "pw", "hmac.new(b'secret', msg, sha256)"),
    ("python_pyjwt_encode_second", "lib", "token = jwt.encode({\"sub\": fitter_id, \"van\": van}, \"" + M + "\", algorithm=\"HS256\")\n", "pw", "jwt.encode(claims, 'secret', algorithm=…)"),
    ("python_paramiko_rsakey_from_private_key_file_second", "lib", "key = paramiko.RSAKey.from_private_key_file(\"/srv/keys/van07\", \"" + M + "\")\n", "pw", "RSAKey.from_private_key_file(path, secret)"),
    ("python_requests_httpdigestauth_second", "lib", "r = requests.get(\"http://10.40.2.15/cgi-bin/doors\", auth=HTTPDigestAuth(\"{U}\", \"" + M + "\"), timeout=5)\n", "pw", "HTTPDigestAuth(user, secret)"),
    ("python_pika_plaincredentials_second", "lib", "creds = pika.PlainCredentials(\"{U}\", \"" + M + "\")\nparams = pika.ConnectionParameters(\"mq.lockshop.lan\", 5672, \"/\", creds)\n", "pw", "pika.PlainCredentials(user, secret)"),
    ("python_win32security_logonuser_third", "lib", "h = win32security.LogonUser(\"{U}\", \"LOCKSHOP\", \"" + M + "\", win32con.LOGON32_LOGON_NETWORK, win32con.LOGON32_PROVIDER_DEFAULT)\n", "pw", "LogonUser(user, domain, secret, …)"),
    ("python_pycryptodome_pbkdf2_first", "lib", "from Crypto.Protocol.KDF import PBKDF2\nkey = PBKDF2(\"" + M + "\", salt, 32, count=600000, hmac_hash_module=SHA256)\n", "pw", "Crypto.Protocol.KDF.PBKDF2('secret', salt, …)"),
    ("python_mock_patch_getpass_return_value", "lib", "@mock.patch(\"getpass.getpass\", return_value=\"" + M + "\")\ndef test_cli_login(_gp):\n    assert cli.main([\"login\"]) == 0\n", "pw", "mock.patch('getpass.getpass', return_value='secret')"),
    ("node_express_basic_auth_users_map_value", "lib", "app.use('/admin', basicAuth({\n  users: { {U}: '" + M + "' },\n  challenge: true,\n}));\n", "pw", "basicAuth({ users: { user: 'secret' } })"),
    ("node_crypto_hkdfsync_second", "lib", "const key = crypto.hkdfSync('sha256', '" + M + "', salt, 'audit-export', 32);\n", "pw", "crypto.hkdfSync('sha256', 'secret', salt, info, len)"),
    ("node_bcrypt_hash_first", "lib", "// seed the first dispatcher account\nconst hash = await bcrypt.hash('" + M + "', 12);\nawait db.users.insert({ login: '{U}', hash });\n", "pw", "bcrypt.hash('secret', rounds)"),
    ("java_drivermanager_getconnection_third", "lib", "Connection c = DriverManager.getConnection(\"jdbc:postgresql://db.lockshop.lan/safes\", \"{U}\", \"" + M + "\");\n", "pw", "DriverManager.getConnection(url, user, secret)"),
    ("java_keystore_load_second_chararray", "lib", "KeyStore ks = KeyStore.getInstance(\"PKCS12\");\ntry (InputStream in = Files.newInputStream(Path.of(\"van07.p12\"))) {\n    ks.load(in, \"" + M + "\".toCharArray());\n}\n", "pw", "KeyStore.load(in, \"secret\".toCharArray())"),
    ("java_jedis_auth_single", "lib", "try (Jedis jedis = new Jedis(\"cache.lockshop.lan\", 6379)) {\n    jedis.auth(\"" + M + "\");\n    jedis.incr(\"callouts:today\");\n}\n", "pw", "jedis.auth(\"secret\")"),
    ("java_commons_net_ftpclient_login_second", "lib", "FTPClient ftp = new FTPClient();\nftp.connect(\"ftp.keyblanks-supplier.example\");\nftp.login(\"{U}\", \"" + M + "\");\n", "pw", "FTPClient.login(user, secret)"),
    ("java_jakarta_mail_transport_connect_third", "lib", "Transport t = session.getTransport(\"smtp\");\nt.connect(\"smtp.lockshop.example\", \"{U}\", \"" + M + "\");\n", "pw", "Transport.connect(host, user, secret)"),
    ("csharp_networkcredential_ctor_second", "lib", "var handler = new HttpClientHandler { Credentials = new NetworkCredential(\"{U}\", \"" + M + "\", \"LOCKSHOP\") };\n", "pw", "new NetworkCredential(user, secret, domain)"),
    ("csharp_mailkit_authenticateasync_second", "lib", "await smtp.ConnectAsync(\"smtp.lockshop.example\", 587, SecureSocketOptions.StartTls);\nawait smtp.AuthenticateAsync(\"{U}\", \"" + M + "\");\n", "pw", "smtp.AuthenticateAsync(user, secret)"),
    ("csharp_hmacsha256_getbytes_literal", "lib", "using var mac = new HMACSHA256(Encoding.UTF8.GetBytes(\"" + M + "\"));\nvar sig = Convert.ToHexString(mac.ComputeHash(body));\n", "pw", "new HMACSHA256(Encoding.UTF8.GetBytes(\"secret\"))"),
    ("csharp_x509certificate2_ctor_second", "lib", "var cert = new X509Certificate2(\"van07.pfx\", \"" + M + "\");\n", "pw", "new X509Certificate2(path, secret)"),
    ("go_net_smtp_plainauth_third", "lib", "auth := smtp.PlainAuth(\"\", \"{U}\", \"" + M + "\", \"smtp.lockshop.example\")\n", "pw", "smtp.PlainAuth(\"\", user, secret, host)"),
    ("go_mysql_dsn_colon_pair_tcp", "lib", "db, err := sql.Open(\"mysql\", \"{U}:" + M + "@tcp(db.lockshop.lan:3306)/keyshop?parseTime=true\")\n", "pw", "sql.Open(\"mysql\", \"user:secret@tcp(host)/db\")"),
    ("go_jwt_signedstring_byteslice", "lib", "tok := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)\ns, err := tok.SignedString([]byte(\"" + M + "\"))\n", "pw", "SignedString([]byte(\"secret\"))"),
    ("rust_reqwest_basic_auth_some_second", "lib", "let res = client.get(\"https://dispatch.lockshop.lan/api/jobs\")\n    .basic_auth(\"{U}\", Some(\"" + M + "\"))\n    .send().await?;\n", "pw", ".basic_auth(user, Some(secret))"),
    ("ruby_pg_connect_seventh_positional", "lib", "conn = PG.connect(\"db.lockshop.lan\", 5432, nil, nil, \"safes\", \"{U}\", \"" + M + "\")\n", "pw", "PG.connect(host, port, opts, tty, db, user, secret)"),
    ("ruby_openssl_pkey_rsa_new_second", "lib", "key = OpenSSL::PKey::RSA.new(File.read(\"van07.key\"), \"" + M + "\")\n", "pw", "OpenSSL::PKey::RSA.new(pem, secret)"),
    ("php_pdo_ctor_third", "lib", "$pdo = new PDO('mysql:host=db.lockshop.lan;dbname=keyshop', '{U}', '" + M + "');\n", "pw", "new PDO($dsn, $user, 'secret')"),
    ("php_mysqli_connect_third", "lib", "$link = mysqli_connect('db.lockshop.lan', '{U}', '" + M + "', 'keyshop');\n", "pw", "mysqli_connect($host, $user, 'secret', $db)"),
    ("php_hash_hmac_key_third_argument", "lib", "$sig = hash_hmac('sha256', $payload, '" + M + "');\n", "pw", "hash_hmac('sha256', $data, 'secret')"),
    ("perl_dbi_connect_third", "lib", "my $dbh = DBI->connect(\"dbi:Pg:dbname=safes;host=db.lockshop.lan\", \"{U}\", \"" + M + "\", { RaiseError => 1 });\n", "pw", "DBI->connect($dsn, $user, 'secret')"),
    ("arduino_wifi_softap_second", "lib", "void setup() {\n  WiFi.softAP(\"LockBench-Setup\", \"" + M + "\");\n  server.begin();\n}\n", "pw", "WiFi.softAP(ssid, key)"),
    ("arduino_pubsubclient_connect_third", "lib", "if (mqtt.connect(\"door3-node\", \"{U}\", \"" + M + "\")) {\n  mqtt.subscribe(\"locks/door3/cmd\");\n}\n", "pw", "PubSubClient.connect(id, user, secret)"),
    ("micropython_wlan_connect_second", "lib", "wlan = network.WLAN(network.STA_IF)\nwlan.active(True)\nwlan.connect(\"LockshopWorkshop\", \"" + M + "\")\n", "pw", "WLAN.connect(ssid, key)"),
    # ---------------------------------------------------------------- file
    ("pgpass_fifth_field", "file", "$ cat ~/.pgpass\ndb.lockshop.lan:5432:safes:{U}:" + M + "\n", "pw", "~/.pgpass host:port:db:user:secret"),
    ("openvpn_auth_user_pass_second_line", "file", "# cat /etc/openvpn/client/van.auth\n{U}\n" + M + "\n", "pw", "OpenVPN auth-user-pass file, line 2"),
    ("davfs2_secrets_third_column", "file", "# tail -n 1 /etc/davfs2/secrets\nhttps://dav.lockshop.example/charts {U} " + M + "\n", "pw", "/etc/davfs2/secrets url user secret"),
    ("ppp_chap_secrets_third_column", "file", "# cat /etc/ppp/chap-secrets\n# client\tserver\tsecret\tIP addresses\n{U}\t*\t" + M + "\t*\n", "pw", "/etc/ppp/chap-secrets third column"),
    ("strongswan_ipsec_secrets_psk_quoted", "file", "# cat /etc/ipsec.secrets\n10.40.0.1 %any : PSK \"" + M + "\"\n", "pw", "ipsec.secrets : PSK \"secret\""),
    ("rsyncd_secrets_user_colon_pair", "file", "# cat /etc/rsyncd.secrets\n{U}:" + M + "\n", "pw", "/etc/rsyncd.secrets user:secret"),
    ("vsftpd_virtual_users_second_line", "file", "# cat /etc/vsftpd/virtual_users.txt\n{U}\n" + M + "\n# db_load -T -t hash -f virtual_users.txt virtual_users.db\n", "pw", "vsftpd virtual users file, even line"),
    ("exim_passwd_client_third_field", "file", "# cat /etc/exim4/passwd.client\n*.lockshop-mail.example:{U}:" + M + "\n", "pw", "exim passwd.client host:user:secret"),
    ("postfix_sasl_passwd_colon_pair", "file", "# cat /etc/postfix/sasl_passwd\n[smtp.lockshop-mail.example]:587 {U}:" + M + "\n", "pw", "postfix sasl_passwd [host]:port user:secret"),
    ("lighttpd_plain_userfile_colon_pair", "file", "# auth.backend = \"plain\"\n# cat /etc/lighttpd/dispatch.user\n{U}:" + M + "\n", "pw", "lighttpd plain user file user:secret"),
    ("key_cabinet_users_csv_third_column", "file", "user,role,cabinet,expires\n{U},fitter," + M + ",2026-03-31\n", "pw", "invented key-cabinet CSV, third column `cabinet`"),
    ("safe_engineer_roster_pipe_fourth_field", "file", "engineer|region|van|console|notes\n{U}|NW|V07|" + M + "|timelock trained\n", "pw", "invented safe-engineer roster, fourth pipe field `console`"),
    ("van_stock_terminal_fixed_width_cols_33_to_52", "file", "USER            DEPOT           TERMINAL            UPDATED\n{U16}LEEDS-2         " + M + "{PAD20}2025-10-02\n", "pw", "invented van-stock terminal file, value in columns 33–52"),
    ("till_operators_tsv_third_column", "file", "op\tname\tdrawer\tshift\n07\t{U}\t" + M + "\tearly\n", "pw", "invented till-operator TSV, third column `drawer`"),
    ("callout_rota_json_rows_third_element", "file", "[\n  [\"{U}\", \"nights\", \"" + M + "\", \"V07\"]\n]\n", "pw", "invented call-out rota JSON rows `[login, shift, secret, van]`"),
    # ---------------------------------------------------------------- proto
    ("smtp_auth_plain_initial_response_b64", "proto", "C: EHLO van07.lockshop.lan\nS: 250-smtp.lockshop.example\nS: 250 AUTH PLAIN LOGIN\nC: AUTH PLAIN " + M + "\nS: 235 2.7.0 Authentication successful\n", "b64plain", "SMTP `AUTH PLAIN <b64(NUL user NUL secret)>` (span is the Base64 token)"),
    ("http_basic_authorization_header_b64", "proto", "GET /api/jobs?open=1 HTTP/1.1\nHost: dispatch.lockshop.lan\nAuthorization: Basic " + M + "\nAccept: application/json\n", "b64up", "HTTP `Authorization: Basic <b64(user:secret)>` (span is the Base64 token)"),
    ("redis_resp_auth_array_bulk_string", "proto", "T 10.40.2.30:51544 -> 10.40.2.5:6379 [AP]\n*2\n$4\nAUTH\n${N}\n" + M + "\n", "pw", "Redis RESP `*2 $4 AUTH $n secret`"),
    ("esp_at_cwjap_second_quoted", "proto", "AT+CWMODE=1\nOK\nAT+CWJAP=\"LockshopWorkshop\",\"" + M + "\"\nWIFI CONNECTED\nWIFI GOT IP\nOK\n", "pw", "ESP AT `AT+CWJAP=\"ssid\",\"key\"`"),
    ("at_cgauth_fourth_quoted", "proto", "AT+CGDCONT=1,\"IP\",\"lockshop.m2m\"\nOK\nAT+CGAUTH=1,1,\"{U}\",\"" + M + "\"\nOK\n", "pw", "3GPP `AT+CGAUTH=cid,prot,\"user\",\"secret\"`"),
    ("irc_oper_command_second_param", "proto", ">> OPER {U} " + M + "\n<< :irc.lockshop.lan 381 {U} :You are now an IRC operator\n", "pw", "IRC `OPER name secret`"),
    # ---------------------------------------------------------------- gui
    ("playwright_page_fill_second", "gui", "await page.fill('#f1', '{U}');\nawait page.fill('#f2', '" + M + "');\nawait page.click('text=Sign in');\n", "pw", "page.fill('#f2', 'secret')"),
    ("cypress_get_type_single", "gui", "cy.get('[data-test=f1]').type('{U}')\ncy.get('[data-test=f2]').type('" + M + "')\ncy.contains('Sign in').click()\n", "pw", "cy.get(sel).type('secret')"),
    ("webdriverio_setvalue_single", "gui", "await $('#f1').setValue('{U}')\nawait $('#f2').setValue('" + M + "')\nawait $('button=Sign in').click()\n", "pw", "$(sel).setValue('secret')"),
    ("robotframework_input_text_second_cell", "gui", "*** Test Cases ***\nDispatcher Can Sign In\n    Input Text    id:f1    {U}\n    Input Text    id:f2    " + M + "\n    Click Button    Sign in\n", "pw", "Robot `Input Text    locator    secret`"),
    ("xdotool_type_single", "gui", "$ xdotool search --name 'Key Counter POS' windowactivate --sync\n$ xdotool type --delay 60 '" + M + "'\n$ xdotool key Return\n", "pw", "xdotool type 'secret'"),
    ("pywinauto_type_keys_single", "gui", "dlg = app.window(title=\"Chart Manager - Sign in\")\ndlg.Edit1.type_keys(\"{U}\")\ndlg.Edit2.type_keys(\"" + M + "\", with_spaces=True)\n", "pw", "Edit2.type_keys(\"secret\")"),
    ("espresso_perform_typetext_single", "gui", "onView(withId(R.id.f1)).perform(typeText(\"{U}\"))\nonView(withId(R.id.f2)).perform(typeText(\"" + M + "\"), closeSoftKeyboard())\n", "pw", "perform(typeText(\"secret\"))"),
    ("xcuitest_securetextfield_typetext", "gui", "let field = app.secureTextFields[\"f2\"]\nfield.tap()\nfield.typeText(\"" + M + "\")\n", "pw", "secureTextFields[id].typeText(\"secret\")"),
    ("tcl_expect_send_after_prompt", "gui", "#!/usr/bin/expect -f\nspawn ssh {U}@bench-pi.lockshop.lan\nexpect \"assword:\"\nsend \"" + M + "\\r\"\ninteract\n", "pw", "expect \"…:\" / send \"secret\\r\""),
    ("winforms_sendkeys_sendwait_single", "gui", "Add-Type -AssemblyName System.Windows.Forms\nStart-Sleep -Seconds 2\n[System.Windows.Forms.SendKeys]::SendWait('" + M + "{ENTER}')\n", "pw", "SendKeys::SendWait('secret{ENTER}')"),
    ("vbscript_wshshell_sendkeys_single", "gui", "Set WshShell = CreateObject(\"WScript.Shell\")\nWshShell.AppActivate \"Key Counter POS\"\nWScript.Sleep 500\nWshShell.SendKeys \"" + M + "~\"\n", "pw", "WshShell.SendKeys \"secret~\""),
    # ---------------------------------------------------------------- sql
    ("db2_connect_using_clause", "sql", "db2 => CONNECT TO KEYS USER {U} USING " + M + "\n   Database Connection Information\n", "pw", "DB2 `CONNECT TO db USER u USING secret`"),
    ("sqlcipher_pragma_key_literal", "sql", "$ sqlcipher charts.db\nsqlite> PRAGMA key = '" + M + "';\nsqlite> SELECT count(*) FROM chart_keys;\n412\n", "pw", "SQLCipher `PRAGMA key = 'secret'`"),
    ("sqlcipher_attach_key_clause", "sql", "sqlite> ATTACH DATABASE 'charts-enc.db' AS enc KEY '" + M + "';\nsqlite> SELECT sqlcipher_export('enc');\n", "pw", "SQLCipher `ATTACH … KEY 'secret'`"),
    ("mssql_openrowset_semicolon_third", "sql", "1> SELECT TOP 5 * FROM OPENROWSET('SQLNCLI', 'sql02.lockshop.lan';'{U}';'" + M + "', 'SELECT code FROM Keys.dbo.Codes');\n2> GO\n", "pw", "OPENROWSET('prov', 'srv';'user';'secret', 'query')"),
    ("mssql_sp_addlinkedsrvlogin_fifth", "sql", "1> EXEC sp_addlinkedsrvlogin 'SQL02', 'false', NULL, '{U}', '" + M + "';\n2> GO\n", "pw", "sp_addlinkedsrvlogin srv, 'false', NULL, user, secret"),
    ("mysql_aes_encrypt_second_literal", "sql", "mysql> SELECT HEX(AES_ENCRYPT(bitting, '" + M + "')) FROM key_codes LIMIT 1;\n", "pw", "AES_ENCRYPT(col, 'secret')"),
    ("postgres_pgcrypto_hmac_second_literal", "sql", "safes=> SELECT encode(hmac(payload, '" + M + "', 'sha256'), 'hex') FROM webhook_log LIMIT 3;\n", "pw", "pgcrypto hmac(data, 'secret', 'sha256')"),
]

SET_ASIDE = {
    "racadm_lower_p_after_lower_u": "near-duplicate of ipmitool for a BMC",
    "smbmap_lower_p_after_lower_u": "offensive-security tool, not a locksmith office tool",
    "oc_login_lower_p_after_lower_u": "same -u / -p pair as az login",
    "wget_ftp_url_userinfo": "URL userinfo is well covered by the earlier READMEs",
    "hdparm_security_unlock_flag_value": "ATA drive unlock is not a locksmith office task",
    "mysqlsh_schemeless_uri_colon_pair": "close to the earlier URL-userinfo forms",
    "s_nail_mta_url_userinfo": "URL userinfo again",
    "steghide_lower_p_flag": "steganography is not something a key shop does",
    "rclone_obscure_first_positional": "the printed obscured value would be an unlabelled secret",
    "mongosh_lower_p_after_lower_u": "same -u / -p pair as many others",
    "isql_unixodbc_third_positional": "near-duplicate of sqlcmd / sqlplus",
    "ncftpget_lower_p_after_lower_u": "near-duplicate of lftp",
    "samba_tool_user_create_second": "near-duplicate of net user /add",
    "python_aiohttp_basicauth_second": "near-duplicate of HTTPDigestAuth",
    "python_crypt_crypt_first": "module removed in Python 3.13",
    "php_ftp_login_third": "near-duplicate of commons-net FTPClient.login",
    "go_crypto_hmac_new_byteslice": "near-duplicate of SignedString([]byte)",
    "rust_hmac_new_from_slice_bytes": "near-duplicate of the other HMAC literals",
    "python_pymongo_client_url_userinfo": "URL userinfo again",
    "node_mysql2_createconnection_uri_userinfo": "URL userinfo again",
}


def make_records(registry, ids):
    rng = random.Random(SEED)
    recs = []
    hidden = []
    for syn, where, tpl, vk, _short in SYNTAXES:
        U = rng.choice(USERS)
        pw = registry.draw(lambda: owner_password(rng, strict=True))
        if vk == "pw":
            value = pw
        elif vk == "b64up":
            value = base64.b64encode((U + ":" + pw).encode()).decode()
            hidden.append(pw)
            registry.add(value)
        elif vk == "b64plain":
            value = base64.b64encode(("\0" + U + "\0" + pw).encode()).decode()
            hidden.append(pw)
            registry.add(value)
        kw = {"U16": U.ljust(16), "U": U, "N": str(len(value)), "PAD20": " " * (20 - len(value))}
        text, start = fill(tpl, value, **kw)
        typ = PREFIX + syn
        recs.append(positive(ids(), typ, typ + "__" + SUFFIX[where], text, start, value, "password"))
    return recs, hidden
