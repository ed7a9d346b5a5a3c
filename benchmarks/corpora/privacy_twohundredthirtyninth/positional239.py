"""Positional passwords: a password passed without a telling password= key."""
import base64
import random

import common239 as C

SEED = 23903
SPAN_PREFIX = "cofpw_"
WHERE_SUFFIX = {
    "cli": "roastery_server_terminal_capture",
    "stdin": "roastery_linux_box_stdin_pipe",
    "lib": "cafe_app_source_excerpt",
    "gui": "espresso_bar_ui_automation_script",
    "file": "roastery_host_config_listing",
    "proto": "cafe_lan_capture_decode",
    "sql": "green_inventory_db_console",
}

# syntax, where, short form, template (%V% = the secret; %U% user, %H% host, %P% port, %N% number)
# kind "b64": the span is Base64 of user:secret (template uses %V% for the Base64)
S = [
    # ---------------- cli ----------------
    ("rclone_obscure_first_positional", "cli", "rclone obscure SECRET", "$ rclone obscure %V%\nJmgN2o4R0f9cV3ZbNq_hx1Z3uXw8\n"),
    ("curl_lower_u_user_colon_pair", "cli", "curl -u user:SECRET url", "$ curl -s -u %U%:%V% https://%H%/api/v1/roasts?limit=5\n"),
    ("lftp_lower_u_user_comma_pair", "cli", "lftp -u user,SECRET sftp://host", "$ lftp -u %U%,%V% sftp://%H% -e 'mirror --reverse /srv/alog /backup/alog; bye'\n"),
    ("net_ads_join_capital_u_percent_pair", "cli", "net ads join -U admin%SECRET", "# net ads join -U %U%%%V% createcomputer=Roastery/Servers\n"),
    ("xfreerdp_slash_p_colon_switch", "cli", "xfreerdp /v:host /u:user /p:SECRET", "$ xfreerdp /v:%H% /u:%U% /p:%V% /size:1600x900 +clipboard\n"),
    ("rdesktop_lower_p_after_lower_u", "cli", "rdesktop -u user -p SECRET host", "$ rdesktop -u %U% -p %V% -g 1280x800 %H%\n"),
    ("sevenzip_add_glued_lower_p", "cli", "7z a -pSECRET archive files", "$ 7z a -mhe=on -p%V% roastlogs-%N%.7z ./alog/\n"),
    ("unrar_extract_glued_lower_p", "cli", "unrar x -pSECRET file.rar", "$ unrar x -p%V% green-contracts-2024.rar ./contracts/\n"),
    ("infozip_capital_p_flag", "cli", "zip -P SECRET out.zip files", "$ zip -r -P %V% cupping-scores.zip ./cupping/2025/\n"),
    ("unzip_capital_p_flag", "cli", "unzip -P SECRET file.zip", "$ unzip -P %V% importer-docs.zip -d ./docs\n"),
    ("mongoimport_uri_userinfo", "cli", "mongoimport --uri mongodb://user:SECRET@host/db", "$ mongoimport --uri mongodb://%U%:%V%@%H%:27017/greens --collection lots --file lots.json\n"),
    ("rabbitmqctl_add_user_second_positional", "cli", "rabbitmqctl add_user user SECRET", "# rabbitmqctl add_user %U% %V%\nAdding user \"%U%\" ...\n"),
    ("mosquitto_passwd_batch_third_positional", "cli", "mosquitto_passwd -b file user SECRET", "# mosquitto_passwd -b /etc/mosquitto/passwd roaster%N% %V%\n"),
    ("kubectl_create_secret_from_literal_value", "cli", "kubectl create secret generic n --from-literal=k=SECRET", "$ kubectl -n shop create secret generic roastlog-db --from-literal=roastlog=%V%\n"),
    ("sqlplus_connect_identifier_user_slash", "cli", "sqlplus user/SECRET@host:1521/svc", "$ sqlplus %U%/%V%@%H%:1521/GREENS @nightly_report.sql\n"),
    ("bcp_capital_p_after_capital_u", "cli", "bcp t out f -S host -U user -P SECRET", "> bcp Roastery.dbo.Batches out batches.dat -S %H% -U %U% -P %V% -c\n"),
    ("pip_index_url_userinfo", "cli", "pip install --index-url https://user:SECRET@host/simple pkg", "$ pip install --index-url https://%U%:%V%@pypi.emberandbean.internal/simple roastcurve==2.1\n"),
    ("skopeo_src_creds_user_colon_pair", "cli", "skopeo copy --src-creds user:SECRET src dst", "$ skopeo copy --src-creds %U%:%V% docker://registry.emberandbean.internal/shop:4.2 oci:shop-4.2\n"),
    ("crane_auth_login_lower_p_after_lower_u", "cli", "crane auth login reg -u user -p SECRET", "$ crane auth login registry.emberandbean.internal -u %U% -p %V%\n"),
    ("restic_rest_repository_url_userinfo", "cli", "restic -r rest:https://user:SECRET@host/repo backup", "# restic -r rest:https://%U%:%V%@%H%:8000/roastery backup /srv/alog\n"),
    ("winscp_script_open_url_userinfo", "cli", "WinSCP script: open sftp://user:SECRET@host", "C:\\> winscp.com /command \"open sftp://%U%:%V%@%H%/\" \"put C:\\Cropster\\export\\*.csv /in/\" \"exit\"\n"),
    ("net_use_share_then_secret_positional", "cli", "net use Z: \\\\host\\share SECRET /user:DOMAIN\\user", "C:\\> net use R: \\\\%H%\\roastprofiles %V% /user:ROASTERY\\%U% /persistent:no\n"),
    ("schtasks_slash_rp_after_slash_ru", "cli", "schtasks /create ... /ru user /rp SECRET", "C:\\> schtasks /create /tn \"Cupping export\" /tr C:\\tools\\export.cmd /sc daily /st 23:15 /ru ROASTERY\\%U% /rp %V%\n"),
    ("netsh_hostednetwork_key_assignment", "cli", "netsh wlan set hostednetwork mode=allow ssid=X key=SECRET", "C:\\> netsh wlan set hostednetwork mode=allow ssid=PopUpCart key=%V%\n"),
    ("wpa_passphrase_ssid_then_secret", "cli", "wpa_passphrase SSID SECRET", "$ wpa_passphrase RoastFloor %V% >> /etc/wpa_supplicant/roast.conf\n"),
    ("httpie_lower_a_user_colon_pair", "cli", "http -a user:SECRET GET url", "$ http -a %U%:%V% GET https://%H%/api/queue\n"),
    ("ncftp_lower_p_after_lower_u", "cli", "ncftp -u user -p SECRET host", "$ ncftp -u %U% -p %V% %H%\n"),
    ("squidclient_lower_w_after_lower_u", "cli", "squidclient -u user -w SECRET url", "$ squidclient -h 10.20.4.1 -u %U% -w %V% http://www.example.com/\n"),
    ("sendemail_lower_xp_after_lower_xu", "cli", "sendemail ... -xu user -xp SECRET", "$ sendemail -f roastlog@emberandbean.example -t ops@emberandbean.example -u 'nightly' -s %H%:587 -xu %U% -xp %V%\n"),
    ("tmux_send_keys_literal", "cli", "tmux send-keys -t pane SECRET Enter", "$ tmux send-keys -t roaster:0 '%V%' Enter\n"),
    ("gnu_screen_stuff_command", "cli", "screen -S s -X stuff 'SECRET\\n'", "$ screen -S pos -X stuff '%V%\\n'\n"),
    ("powershell_convertto_securestring_plaintext", "cli", "ConvertTo-SecureString 'SECRET' -AsPlainText -Force", "PS C:\\> $sec = ConvertTo-SecureString '%V%' -AsPlainText -Force\nPS C:\\> $cred = New-Object PSCredential('ROASTERY\\%U%', $sec)\n"),
    ("smbcacls_capital_u_percent_pair", "cli", "smbcacls //host/share path -U user%SECRET", "$ smbcacls //%H%/roastprofiles /W15A -U %U%%%V%\n"),
    # ---------------- stdin ----------------
    ("docker_secret_create_dash_stdin", "stdin", "printf SECRET | docker secret create name -", "$ printf '%V%' | docker secret create roastlog_db -\n"),
    ("chpasswd_stdin_user_colon_line", "stdin", "echo 'user:SECRET' | chpasswd", "# echo '%U%:%V%' | chpasswd\n"),
    ("gcloud_secrets_versions_add_data_file_dash", "stdin", "echo -n SECRET | gcloud secrets versions add n --data-file=-", "$ echo -n '%V%' | gcloud secrets versions add roastlog-db --data-file=-\n"),
    ("gh_secret_set_reads_stdin", "stdin", "echo SECRET | gh secret set NAME", "$ echo '%V%' | gh secret set ROASTLOG_DB --repo emberandbean/roastlog\n"),
    ("systemd_creds_encrypt_dash_input", "stdin", "echo -n SECRET | systemd-creds encrypt --name=n - out", "# echo -n '%V%' | systemd-creds encrypt --name=roastdb - /etc/credstore.encrypted/roastdb\n"),
    ("flyctl_secrets_import_stdin_line", "stdin", "echo 'NAME=SECRET' | fly secrets import", "$ echo 'ROASTLOG_DB=%V%' | fly secrets import -a beanbox-subs\n"),
    ("wrangler_secret_put_stdin", "stdin", "echo SECRET | wrangler secret put NAME", "$ echo '%V%' | npx wrangler secret put ORDER_QUEUE_DB\n"),
    ("gopass_insert_force_stdin", "stdin", "echo SECRET | gopass insert -f path", "$ echo '%V%' | gopass insert -f roastery/roaster-console\n"),
    ("kwallet_query_write_stdin", "stdin", "echo SECRET | kwallet-query -w entry wallet", "$ echo '%V%' | kwallet-query -f Roastery -w checkweigher kdewallet\n"),
    ("python_pexpect_sendline_after_prompt", "stdin", "child.expect(':'); child.sendline(SECRET)", "child = pexpect.spawn('ssh %U%@%H%')\nchild.expect('assword:')\nchild.sendline('%V%')\n"),
    # ---------------- lib ----------------
    ("python_pymongo_mongoclient_uri_userinfo", "lib", "MongoClient('mongodb://user:SECRET@host')", "from pymongo import MongoClient\nclient = MongoClient(\"mongodb://%U%:%V%@%H%:27017/?authSource=admin\")\n"),
    ("python_redis_client_fourth_positional", "lib", "redis.Redis(host, port, db, SECRET)", "import redis\nr = redis.Redis('%H%', 6379, 0, '%V%')\n"),
    ("python_ftplib_login_second", "lib", "ftp.login(user, SECRET)", "from ftplib import FTP_TLS\nftp = FTP_TLS('%H%')\nftp.login('%U%', '%V%')\n"),
    ("python_smtplib_login_second", "lib", "server.login(user, SECRET)", "with smtplib.SMTP_SSL('%H%', 465) as server:\n    server.login('%U%', '%V%')\n    server.send_message(msg)\n"),
    ("python_imaplib_login_second", "lib", "IMAP4_SSL(host).login(user, SECRET)", "M = imaplib.IMAP4_SSL('%H%')\nM.login('orders@emberandbean.example', '%V%')\n"),
    ("python_pysmb_smbconnection_second", "lib", "SMBConnection(user, SECRET, client, server)", "from smb.SMBConnection import SMBConnection\nconn = SMBConnection('%U%', '%V%', 'roastpc', 'nas01', use_ntlm_v2=True)\n"),
    ("python_ldap3_connection_third_positional", "lib", "Connection(server, user_dn, SECRET)", "conn = Connection(Server('ldaps://%H%'), 'uid=%U%,ou=staff,dc=emberandbean,dc=internal', '%V%', auto_bind=True)\n"),
    ("python_pika_plaincredentials_second", "lib", "pika.PlainCredentials(user, SECRET)", "creds = pika.PlainCredentials('%U%', '%V%')\nparams = pika.ConnectionParameters('%H%', 5672, '/', creds)\n"),
    ("python_asyncpg_connect_dsn_userinfo", "lib", "asyncpg.connect('postgresql://user:SECRET@host/db')", "conn = await asyncpg.connect('postgresql://%U%:%V%@%H%:5432/greens')\n"),
    ("python_pyjwt_encode_second_positional", "lib", "jwt.encode(payload, SECRET, algorithm=...)", "token = jwt.encode({'sub': order_id}, '%V%', algorithm='HS256')\n"),
    ("python_pysnmp_usmuserdata_second", "lib", "UsmUserData(user, SECRET)", "auth = UsmUserData('%U%', '%V%', authProtocol=usmHMACSHAAuthProtocol)\n"),
    ("python_pymssql_connect_third_positional", "lib", "pymssql.connect(server, user, SECRET, db)", "conn = pymssql.connect('%H%', '%U%', '%V%', 'Roastery')\n"),
    ("python_oracledb_connect_second_positional", "lib", "oracledb.connect(user, SECRET, dsn)", "conn = oracledb.connect('%U%', '%V%', '%H%:1521/GREENS')\n"),
    ("python_pykeepass_open_second_positional", "lib", "PyKeePass(file, SECRET)", "kp = PyKeePass('roastery.kdbx', '%V%')\n"),
    ("node_pg_connectionstring_userinfo", "lib", "new Client({connectionString: 'postgres://user:SECRET@host/db'})", "const client = new Client({ connectionString: 'postgres://%U%:%V%@%H%:5432/subs' });\n"),
    ("node_mongoose_connect_uri_userinfo", "lib", "mongoose.connect('mongodb://user:SECRET@host/db')", "await mongoose.connect('mongodb://%U%:%V%@%H%:27017/queue');\n"),
    ("node_jsonwebtoken_sign_second", "lib", "jwt.sign(payload, SECRET)", "const token = jwt.sign({ orderId }, '%V%', { expiresIn: '2h' });\n"),
    ("node_bcryptjs_hash_first", "lib", "bcrypt.hash(SECRET, 10)", "// seed the first admin\nconst hash = await bcrypt.hash('%V%', 12);\n"),
    ("java_drivermanager_getconnection_third", "lib", "DriverManager.getConnection(url, user, SECRET)", "Connection c = DriverManager.getConnection(\"jdbc:postgresql://%H%:5432/greens\", \"%U%\", \"%V%\");\n"),
    ("java_auth0_jwt_algorithm_hmac256", "lib", "Algorithm.HMAC256(SECRET)", "Algorithm algorithm = Algorithm.HMAC256(\"%V%\");\nString token = JWT.create().withIssuer(\"queue\").sign(algorithm);\n"),
    ("java_commons_net_ftpclient_login_second", "lib", "ftp.login(user, SECRET)", "FTPClient ftp = new FTPClient();\nftp.connect(\"%H%\");\nftp.login(\"%U%\", \"%V%\");\n"),
    ("java_mongocredential_createcredential_third", "lib", "MongoCredential.createCredential(user, db, SECRET.toCharArray())", "MongoCredential cred = MongoCredential.createCredential(\"%U%\", \"admin\", \"%V%\".toCharArray());\n"),
    ("java_keystore_load_chararray_second", "lib", "ks.load(in, SECRET.toCharArray())", "KeyStore ks = KeyStore.getInstance(\"PKCS12\");\nks.load(new FileInputStream(\"pos-terminal.p12\"), \"%V%\".toCharArray());\n"),
    ("kotlin_exposed_database_connect_fourth", "lib", "Database.connect(url, driver, user, SECRET)", "Database.connect(\"jdbc:mysql://%H%:3306/cafe\", \"com.mysql.cj.jdbc.Driver\", \"%U%\", \"%V%\")\n"),
    ("csharp_networkcredential_ctor_second", "lib", "new NetworkCredential(user, SECRET)", "var client = new SmtpClient(\"%H%\") { Credentials = new NetworkCredential(\"%U%\", \"%V%\") };\n"),
    ("go_mysql_dsn_user_colon_at_tcp", "lib", "sql.Open(\"mysql\", \"user:SECRET@tcp(host)/db\")", "db, err := sql.Open(\"mysql\", \"%U%:%V%@tcp(%H%:3306)/cafe?parseTime=true\")\n"),
    ("go_jwt_signedstring_byteslice", "lib", "token.SignedString([]byte(SECRET))", "signed, err := token.SignedString([]byte(\"%V%\"))\n"),
    ("go_jlaffaye_ftp_login_second", "lib", "c.Login(user, SECRET)", "c, _ := ftp.Dial(\"%H%:21\")\nerr = c.Login(\"%U%\", \"%V%\")\n"),
    ("rust_sqlx_pgpool_connect_url", "lib", "PgPool::connect(\"postgres://user:SECRET@host/db\")", "let pool = PgPool::connect(\"postgres://%U%:%V%@%H%/greens\").await?;\n"),
    ("ruby_net_ftp_login_second", "lib", "ftp.login(user, SECRET)", "Net::FTP.open('%H%') do |ftp|\n  ftp.login('%U%', '%V%')\nend\n"),
    ("ruby_jwt_encode_second", "lib", "JWT.encode(payload, SECRET, 'HS256')", "token = JWT.encode({ order: id }, '%V%', 'HS256')\n"),
    ("php_mysqli_ctor_third", "lib", "new mysqli(host, user, SECRET, db)", "$db = new mysqli('%H%', '%U%', '%V%', 'teashop');\n"),
    ("php_pdo_ctor_third", "lib", "new PDO(dsn, user, SECRET)", "$pdo = new PDO('pgsql:host=%H%;dbname=subs', '%U%', '%V%');\n"),
    ("php_ftp_login_third", "lib", "ftp_login($conn, user, SECRET)", "$conn = ftp_connect('%H%');\nftp_login($conn, '%U%', '%V%');\n"),
    ("php_openssl_encrypt_third", "lib", "openssl_encrypt($data, cipher, SECRET, 0, $iv)", "$enc = openssl_encrypt($card, 'aes-256-cbc', '%V%', 0, $iv);\n"),
    ("perl_dbi_connect_third", "lib", "DBI->connect($dsn, $user, SECRET)", "my $dbh = DBI->connect('dbi:Pg:dbname=greens;host=%H%', '%U%', '%V%');\n"),
    ("lua_luasql_env_connect_third", "lib", "env:connect(db, user, SECRET, host)", "local con = env:connect('cafe', '%U%', '%V%', '%H%')\n"),
    ("arduino_wifi_begin_second", "lib", "WiFi.begin(ssid, SECRET)", "void setup() {\n  WiFi.begin(\"RoastFloor\", \"%V%\");\n}\n"),
    ("arduino_pubsubclient_connect_third", "lib", "client.connect(id, user, SECRET)", "if (client.connect(\"drum-probe-%N%\", \"%U%\", \"%V%\")) {\n  client.subscribe(\"roaster/cmd\");\n}\n"),
    ("c_mysql_real_connect_fourth", "lib", "mysql_real_connect(conn, host, user, SECRET, db, ...)", "if (!mysql_real_connect(conn, \"%H%\", \"%U%\", \"%V%\", \"cafe\", 0, NULL, 0)) {\n  fail(conn);\n}\n"),
    ("dotnet_npgsql_datasource_create_userinfo", "lib", "NpgsqlDataSource.Create(\"postgresql://user:SECRET@host/db\")", "await using var ds = NpgsqlDataSource.Create(\"postgresql://%U%:%V%@%H%/subs\");\n"),
    # ---------------- gui ----------------
    ("vbscript_wscript_shell_sendkeys", "gui", "WshShell.SendKeys SECRET", "Set WshShell = CreateObject(\"WScript.Shell\")\nWshShell.AppActivate \"Cropster\"\nWshShell.SendKeys \"%V%{ENTER}\"\n"),
    ("cypress_get_type_chain", "gui", "cy.get('#f2').type(SECRET)", "cy.get('#f1').type('%U%')\ncy.get('#f2').type('%V%')\ncy.get('button[type=submit]').click()\n"),
    ("maestro_flow_input_text", "gui", "Maestro flow: - inputText: SECRET", "appId: com.emberandbean.queue\n---\n- tapOn:\n    id: \"f2\"\n- inputText: \"%V%\"\n- tapOn: \"Sign in\"\n"),
    ("autohotkey_sendtext_command", "gui", "AutoHotkey SendText SECRET", "#HotIf WinActive(\"POS Back Office\")\n^!p::SendText \"%V%\"\n"),
    ("flutter_widget_tester_entertext", "gui", "tester.enterText(find.byKey(Key('f2')), SECRET)", "await tester.enterText(find.byKey(const Key('f2')), '%V%');\nawait tester.tap(find.text('Log in'));\n"),
    ("robotjs_typestring_single", "gui", "robot.typeString(SECRET)", "robot.moveMouse(640, 410);\nrobot.mouseClick();\nrobot.typeString('%V%');\n"),
    ("katalon_webui_settext_second", "gui", "WebUI.setText(findTestObject('f2'), SECRET)", "WebUI.setText(findTestObject('Login/f1'), '%U%')\nWebUI.setText(findTestObject('Login/f2'), '%V%')\n"),
    ("appium_webdriverio_addvalue_single", "gui", "$('~f2').addValue(SECRET)", "await $('~f1').addValue('%U%');\nawait $('~f2').addValue('%V%');\n"),
    # ---------------- file ----------------
    ("davfs2_secrets_url_user_then_secret", "file", "/etc/davfs2/secrets: url user SECRET", "# /etc/davfs2/secrets\nhttps://%H%/remote.php/dav/files/%U% %U% %V%\n"),
    ("rsyncd_secrets_user_colon_line", "file", "/etc/rsyncd.secrets: user:SECRET", "# /etc/rsyncd.secrets (chmod 600)\n%U%:%V%\n"),
    ("dovecot_passwd_file_plain_scheme_field", "file", "dovecot passwd-file: user:{PLAIN}SECRET::...", "# /etc/dovecot/users\norders@emberandbean.example:{PLAIN}%V%:5000:5000::/var/mail/orders\n"),
    ("postfix_sasl_map_user_colon_value", "file", "postfix sasl map: [host]:587 user:SECRET", "# /etc/postfix/sasl/relay_map\n[%H%]:587 %U%:%V%\n"),
    ("exim_passwd_client_third_field", "file", "/etc/exim4/passwd.client: host:user:SECRET", "# /etc/exim4/passwd.client\n*.mailrelay.example:%U%:%V%\n"),
    ("strongswan_ipsec_secrets_xauth_quoted", "file", "ipsec.secrets: user : XAUTH \"SECRET\"", "# /etc/ipsec.secrets\n%U% : XAUTH \"%V%\"\n"),
    ("pgbouncer_userlist_second_quoted", "file", "pgbouncer userlist.txt: \"user\" \"SECRET\"", "; /etc/pgbouncer/userlist.txt\n\"%U%\" \"%V%\"\n"),
    ("stunnel_psk_secrets_identity_colon", "file", "stunnel psk file: identity:SECRET", "# /etc/stunnel/psk.txt\nroaster-%N%:%V%\n"),
    ("npmrc_underscore_auth_b64_pair", "file", "//registry/:_auth=b64(user:SECRET) (span is the Base64)", "registry=https://npm.emberandbean.internal/\n//npm.emberandbean.internal/:_auth=%V%\nalways-auth=true\n"),
    ("roaster_console_operator_semicolon_third", "file", "invented roaster console operator list: op;shift;pin;level", "# operators.lst (roaster console W15A)\nop;shift;pin;level\n%U%;early;%V%;3\n"),
    ("espresso_bar_till_drawer_tsv_third", "file", "invented till drawer TSV: drawer\\tbarista\\tunlock\\tnote", "drawer\tbarista\tunlock\tnote\nD%N%\t%U%\t%V%\topens float\n"),
    ("green_store_lockbox_pipe_list_second", "file", "invented green-store lockbox list: bay|combo|owner", "bay|combo|owner\nB-%N%|%V%|%U%\n"),
    # ---------------- proto ----------------
    ("ldap_bindrequest_decode_simple_field", "proto", "LDAP bindRequest decode: simple: SECRET", "Lightweight Directory Access Protocol\n    LDAPMessage bindRequest(1) \"uid=%U%,ou=staff,dc=emberandbean\" simple\n        bindRequest\n            version: 3\n            name: uid=%U%,ou=staff,dc=emberandbean\n            authentication: simple (0)\n                simple: %V%\n"),
    ("amqp_start_ok_response_nul_pair", "proto", "AMQP Connection.Start-Ok response \\x00user\\x00SECRET", "Advanced Message Queuing Protocol\n    Class: Connection (10)\n    Method: Start-Ok (11)\n    Mechanism: PLAIN\n    Response: \\x00%U%\\x00%V%\n    Locale: en_US\n"),
    ("irc_oper_command_second_token", "proto", "IRC OPER name SECRET", "/quote OPER %U% %V%\n:irc.cremacollective.internal 381 %U% :You are now an IRC operator\n"),
    ("irc_join_channel_key_second_token", "proto", "IRC JOIN #channel SECRET", "/join #roastfloor %V%\n"),
    ("http_authorization_basic_b64_raw_request", "proto", "raw HTTP request Authorization: Basic b64(user:SECRET) (span is the Base64)", "GET /api/machine/status HTTP/1.1\r\nHost: %H%\r\nAuthorization: Basic %V%\r\nAccept: application/json\r\n"),
    ("mqtt_connect_packet_wireshark_fields", "proto", "Wireshark MQTT CONNECT decode: User Name / Pass field", None),
    # ---------------- sql ----------------
    ("mysql_create_user_identified_by", "sql", "CREATE USER 'u'@'%' IDENTIFIED BY 'SECRET'", "mysql> CREATE USER '%U%'@'10.20.%' IDENTIFIED BY '%V%';\nQuery OK, 0 rows affected (0.01 sec)\n"),
    ("oracle_create_database_link_identified_by", "sql", "CREATE DATABASE LINK l CONNECT TO u IDENTIFIED BY SECRET USING 'svc'", "SQL> CREATE DATABASE LINK greens_link CONNECT TO %U% IDENTIFIED BY %V% USING 'GREENS';\n"),
    ("mssql_openrowset_semicolon_triplet_third", "sql", "OPENROWSET('SQLOLEDB', 'host'; 'user'; 'SECRET', query)", "SELECT * FROM OPENROWSET('SQLOLEDB', '%H%'; '%U%'; '%V%', 'SELECT * FROM Roastery.dbo.Batches');\n"),
    ("mysql_aes_encrypt_second_argument", "sql", "AES_ENCRYPT(data, 'SECRET')", "UPDATE customers SET card_note = AES_ENCRYPT(card_note, '%V%') WHERE id = %N%;\n"),
    ("sqlcipher_attach_database_key_clause", "sql", "ATTACH DATABASE 'f' AS e KEY 'SECRET'", "sqlite> ATTACH DATABASE 'loyalty.db' AS enc KEY '%V%';\n"),
    ("postgres_pgcrypto_hmac_second", "sql", "hmac(data, 'SECRET', 'sha256')", "SELECT encode(hmac(order_ref::text, '%V%', 'sha256'), 'hex') FROM orders LIMIT 5;\n"),
]

# MQTT decode: the field label says Password in Wireshark -> replaced by a neutral syntax below
S = [x for x in S if x[3] is not None]

SET_ASIDE = [
    ("mqtt_connect_packet_wireshark_fields", "Wireshark labels the field Password right before the value"),
    ("redis_acl_file_greater_than_rule", "same `>secret` rule syntax as the earlier ACL SETUSER form"),
    ("htpasswd_lower_b_batch", "htpasswd was used by an earlier corpus (stdin form)"),
    ("ipsec_secrets_psk_quoted", "the keyword PSK right before the value is a telling key"),
    ("python_neo4j_driver_auth_tuple", "same idea as the earlier requests auth tuple"),
    ("node_ioredis_url_empty_user", "an earlier corpus set aside the same empty-user Redis URL idea"),
    ("gpg_batch_passphrase_flag", "the flag says passphrase"),
    ("openssl_pkcs12_passout_pass_prefix", "the `pass:` prefix says pass"),
    ("paho_mqtt_username_pw_set", "the function says pw"),
    ("netrc_machine_login_line", "the .netrc keyword is password"),
]

B64_SYNTAXES = {"npmrc_underscore_auth_b64_pair", "http_authorization_basic_b64_raw_request"}


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for syn, where, short, tpl in S:
        fill = C.fillers(rng)
        t = SPAN_PREFIX + syn
        if syn in B64_SYNTAXES:
            pw = reg.draw(lambda: C.password(rng, strict=True))
            v = reg.draw(lambda: base64.b64encode((fill["U"] + ":" + pw).encode()).decode())
            hidden = pw
        else:
            v = reg.draw(lambda: C.password(rng, strict=True))
            hidden = None
        text, s, e = C.place(tpl, v, fill)
        r = {"type": t, "container": t + "__" + WHERE_SUFFIX[where], "text": text,
             "secrets": [{"value": v, "start": s, "end": e, "type": t}], "source": "password",
             "_where": where, "_short": short}
        if hidden:
            r["_hidden"] = hidden
        recs.append(r)
    return recs
