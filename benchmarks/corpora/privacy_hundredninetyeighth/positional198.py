"""Positional passwords: a password passed without a telling `password=` key."""
import base64
import random

from common198 import SEED_POSITIONAL, owner_password, place, user, host, ip, rs, LOWER, DIGITS

PW_PREFIX = "squeegeepw_"
SUFFIX = {"cli": "round_ops_terminal_session", "lib": "route_backend_code_excerpt",
          "file": "van_gateway_config_file", "proto": "depot_network_capture",
          "gui": "crew_app_ui_test", "sql": "cashbook_db_console"}


def b64_userpass(u, p):
    return base64.b64encode(("%s:%s" % (u, p)).encode()).decode()


def b64_plain(u, p):
    return base64.b64encode(("\0%s\0%s" % (u, p)).encode()).decode()


def b64_pw_only(u, p):
    return base64.b64encode(p.encode()).decode()


# (syntax, kind, template, base64 wrapper or None, note)
P = [
    # ---------------- command line
    ("mysql_client_glued_lower_p_after_lower_u", "cli", "$ mysql -h <<H>> -u <<U>> -p<<V>> cashbook -e 'select count(*) from customers'\n"),
    ("psql_positional_conninfo_uri_userinfo", "cli", "$ psql 'postgresql://<<U>>:<<V>>@<<H>>:5432/rounds?sslmode=require' -c '\\dt'\n"),
    ("pg_dump_dbname_flag_uri_userinfo", "cli", "$ pg_dump --dbname=postgresql://<<U>>:<<V>>@<<H>>/cashbook -Fc -f cashbook.dump\n"),
    ("sqlcmd_capital_p_after_capital_u", "cli", "PS C:\\ops> sqlcmd -S <<H>> -U <<U>> -P <<V>> -d Rounds -Q \"SELECT TOP 5 * FROM Visits\"\n"),
    ("bcp_out_capital_p_after_capital_u", "cli", "C:\\exports> bcp Rounds.dbo.Payments out payments.dat -S <<H>> -U <<U>> -P <<V>> -c\n"),
    ("mongoimport_uri_flag_userinfo", "cli", "$ mongoimport --uri 'mongodb://<<U>>:<<V>>@<<H>>:27017/rounds' --collection jobs --file jobs.json\n"),
    ("wget_ftp_url_userinfo", "cli", "$ wget ftp://<<U>>:<<V>>@<<H>>/photos/2024-11/before_after.zip\n"),
    ("curl_lower_u_colon_pair", "cli", "$ curl -s -u <<U>>:<<V>> https://<<H>>/api/rounds/today | jq '.visits | length'\n"),
    ("lftp_lower_u_comma_pair", "cli", "$ lftp -u <<U>>,<<V>> sftp://<<H>> -e 'mirror --reverse ./photos /upload; bye'\n"),
    ("ncftpput_lower_p_after_lower_u", "cli", "$ ncftpput -u <<U>> -p <<V>> <<H>> /incoming quotes-week46.csv\n"),
    ("mount_smbfs_share_url_userinfo", "cli", "% mount_smbfs //<<U>>:<<V>>@<<H>>/photos /Volumes/photos\n"),
    ("rclone_obscure_first_positional", "cli", "$ # obscure it for rclone.conf\n$ rclone obscure <<V>>\n"),
    ("htpasswd_batch_flag_third_positional", "cli", "$ htpasswd -b /etc/nginx/.htpasswd <<U>> <<V>>\n$ sudo nginx -s reload\n"),
    ("chpasswd_stdin_echo_colon_pair", "cli", "# echo '<<U>>:<<V>>' | chpasswd\n"),
    ("openssl_enc_lower_k_flag", "cli", "$ openssl enc -aes-256-cbc -pbkdf2 -salt -in cashbook.csv -out cashbook.csv.enc -k <<V>>\n"),
    ("sevenzip_add_glued_lower_p", "cli", "C:\\backup> 7z a -p<<V>> -mhe=on rounds-2024.7z D:\\Rounds\n"),
    ("unrar_extract_glued_lower_p", "cli", "$ unrar x -p<<V>> ladder-certs.rar ./certs/\n"),
    ("mosquitto_pub_capital_p_after_lower_u", "cli", "$ mosquitto_pub -h <<H>> -p 1883 -u <<U>> -P <<V>> -t vans/van3/tank -m '{\"litres\":412}'\n"),
    ("nats_cli_server_url_userinfo", "cli", "$ nats pub --server nats://<<U>>:<<V>>@<<H>>:4222 rounds.visit.done '{\"id\":8812}'\n"),
    ("ipmitool_capital_p_after_capital_u", "cli", "$ ipmitool -I lanplus -H <<IP>> -U <<U>> -P <<V>> chassis power status\nChassis Power is on\n"),
    ("racadm_remote_lower_p_after_lower_u", "cli", "$ racadm -r <<IP>> -u <<U>> -p <<V>> getsysinfo\n"),
    ("sqlplus_slash_connect_identifier", "cli", "$ sqlplus <<U>>/<<V>>@//<<H>>:1521/ROUNDS @nightly_rollup.sql\n"),
    ("isql_unixodbc_third_positional", "cli", "$ isql CashbookDSN <<U>> <<V>> -v\n+---------------------------------------+\n| Connected!                            |\n"),
    ("pgloader_source_uri_userinfo", "cli", "$ pgloader mysql://<<U>>:<<V>>@<<H>>/oldrounds postgresql:///rounds\n"),
    ("vncpasswd_f_stdin_echo", "cli", "$ echo '<<V>>' | vncpasswd -f > ~/.vnc/passwd\n"),
    ("wpa_passphrase_second_positional", "cli", "$ wpa_passphrase VanHotspot3 '<<V>>' >> /etc/wpa_supplicant/wpa_supplicant.conf\n"),
    ("git_clone_https_url_userinfo", "cli", "$ git clone https://<<U>>:<<V>>@<<H>>/rounds/quote-engine.git\n"),
    ("hg_clone_url_userinfo", "cli", "$ hg clone https://<<U>>:<<V>>@<<H>>/hg/tank-firmware\n"),
    ("npm_install_registry_url_userinfo", "cli", "$ npm install @brightpane/round-ui --registry https://<<U>>:<<V>>@<<H>>/npm/\n"),
    ("gem_sources_add_url_userinfo", "cli", "$ gem sources --add https://<<U>>:<<V>>@<<H>>/gems/\n"),
    ("expect_script_send_after_prompt_match", "cli", "#!/usr/bin/expect -f\nspawn sftp <<U>>@<<H>>\nexpect \"assword:\"\nsend \"<<V>>\\r\"\nexpect \"sftp>\"\nsend \"put photos.zip\\r\"\n"),
    ("ssh_askpass_helper_echo_literal", "cli", "$ cat ~/bin/askpass.sh\n#!/bin/sh\necho '<<V>>'\n$ SSH_ASKPASS=~/bin/askpass.sh SSH_ASKPASS_REQUIRE=force ssh <<U>>@<<H>>\n"),
    ("adb_shell_input_text_literal", "gui", "$ adb shell input tap 540 1210\n$ adb shell input text '<<V>>'\n$ adb shell input keyevent 66\n"),
    ("wtype_wayland_literal", "gui", "$ sleep 2; wtype '<<V>>'; wtype -k Return\n"),
    ("redis_cli_uri_flag_userinfo", "cli", "$ redis-cli -u redis://<<U>>:<<V>>@<<H>>:6379/2 LLEN reminders:tomorrow\n"),
    # ---------------- libraries
    ("python_paramiko_sshclient_connect_fourth", "lib", "client = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nclient.connect('<<H>>', 22, '<<U>>', '<<V>>')\n"),
    ("python_ftplib_ftp_ctor_third", "lib", "from ftplib import FTP\n\nwith FTP('<<H>>', '<<U>>', '<<V>>') as ftp:\n    ftp.storbinary('STOR before.jpg', open('before.jpg', 'rb'))\n"),
    ("python_smtplib_login_second", "lib", "with smtplib.SMTP('<<H>>', 587) as s:\n    s.starttls()\n    s.login('<<U>>', '<<V>>')\n    s.send_message(msg)\n"),
    ("python_poplib_pass_single", "lib", "box = poplib.POP3_SSL('<<H>>')\nbox.user('<<U>>')\nbox.pass_('<<V>>')\nprint(box.stat())\n"),
    ("python_psycopg2_connect_dsn_uri", "lib", "conn = psycopg2.connect(\"postgresql://<<U>>:<<V>>@<<H>>/cashbook\")\n"),
    ("python_requests_auth_tuple_second", "lib", "resp = requests.get('https://<<H>>/api/visits', auth=('<<U>>', '<<V>>'), timeout=10)\n"),
    ("python_httpx_basicauth_second", "lib", "auth = httpx.BasicAuth('<<U>>', '<<V>>')\nwith httpx.Client(auth=auth, base_url='https://<<H>>') as c:\n    c.post('/rounds/sync')\n"),
    ("python_pika_plaincredentials_second", "lib", "creds = pika.PlainCredentials('<<U>>', '<<V>>')\nparams = pika.ConnectionParameters('<<H>>', 5672, '/', creds)\n"),
    ("python_paho_username_pw_set_second", "lib", "client = mqtt.Client(client_id='van3-tank')\nclient.username_pw_set('<<U>>', '<<V>>')\nclient.connect('<<H>>', 1883)\n"),
    ("python_redis_from_url_empty_user", "lib", "r = redis.from_url('redis://:<<V>>@<<H>>:6379/0')\n"),
    ("python_pymongo_mongoclient_srv_uri", "lib", "client = MongoClient('mongodb+srv://<<U>>:<<V>>@rounds-cluster.mongodb.example/?retryWrites=true')\n"),
    ("python_sqlalchemy_create_engine_url", "lib", "engine = create_engine('mysql+pymysql://<<U>>:<<V>>@<<H>>/cashbook', pool_pre_ping=True)\n"),
    ("python_zipfile_extractall_third_bytes", "lib", "with zipfile.ZipFile('ladder_certs.zip') as zf:\n    zf.extractall('certs', None, b'<<V>>')\n"),
    ("python_pikepdf_open_second_positional", "lib", "pdf = pikepdf.open('harness_inspection_2024.pdf', '<<V>>')\npdf.save('harness_inspection_2024_unlocked.pdf')\n"),
    ("python_ldap_simple_bind_s_second", "lib", "conn = ldap.initialize('ldap://<<H>>')\nconn.simple_bind_s('uid=<<U>>,ou=crew,dc=rounds,dc=lan', '<<V>>')\n"),
    ("node_pg_pool_connectionstring_userinfo", "lib", "const pool = new Pool({ connectionString: 'postgres://<<U>>:<<V>>@<<H>>/rounds' });\n"),
    ("node_mysql2_createconnection_uri", "lib", "const conn = await mysql.createConnection('mysql://<<U>>:<<V>>@<<H>>/cashbook');\n"),
    ("node_mongoose_connect_uri_userinfo", "lib", "await mongoose.connect('mongodb://<<U>>:<<V>>@<<H>>:27017/quotes?authSource=admin');\n"),
    ("node_btoa_basic_header_colon_pair", "lib", "const headers = { Authorization: 'Basic ' + btoa('<<U>>:<<V>>') };\nawait fetch('https://<<H>>/api/rounds', { headers });\n"),
    ("node_bcrypt_hash_first", "lib", "const digest = await bcrypt.hash('<<V>>', 12);\nawait db.crew.update({ where: { id: 7 }, data: { pwDigest: digest } });\n"),
    ("node_crypto_pbkdf2sync_first", "lib", "const key = crypto.pbkdf2Sync('<<V>>', salt, 210000, 32, 'sha256');\n"),
    ("java_drivermanager_getconnection_third", "lib", "Connection c = DriverManager.getConnection(\"jdbc:postgresql://<<H>>/cashbook\", \"<<U>>\", \"<<V>>\");\n"),
    ("java_commons_net_ftpclient_login_second", "lib", "FTPClient ftp = new FTPClient();\nftp.connect(\"<<H>>\");\nftp.login(\"<<U>>\", \"<<V>>\");\n"),
    ("java_spring_drivermanagerdatasource_ctor_third", "lib", "return new DriverManagerDataSource(\"jdbc:mysql://<<H>>/rounds\", \"<<U>>\", \"<<V>>\");\n"),
    ("java_keystore_load_chararray_second", "lib", "KeyStore ks = KeyStore.getInstance(\"PKCS12\");\nks.load(new FileInputStream(\"routes-app.p12\"), \"<<V>>\".toCharArray());\n"),
    ("kotlin_okhttp_credentials_basic_second", "lib", "val credential = Credentials.basic(\"<<U>>\", \"<<V>>\")\nval req = Request.Builder().url(\"https://<<H>>/rounds\").header(\"Authorization\", credential).build()\n"),
    ("csharp_networkcredential_ctor_second", "lib", "var client = new SmtpClient(\"<<H>>\", 587) {\n    Credentials = new NetworkCredential(\"<<U>>\", \"<<V>>\"),\n    EnableSsl = true\n};\n"),
    ("csharp_fluentftp_ctor_third", "lib", "using var ftp = new FtpClient(\"<<H>>\", \"<<U>>\", \"<<V>>\");\nftp.Connect();\n"),
    ("csharp_mqttnet_withcredentials_second", "lib", "var options = new MqttClientOptionsBuilder()\n    .WithTcpServer(\"<<H>>\")\n    .WithCredentials(\"<<U>>\", \"<<V>>\")\n    .Build();\n"),
    ("go_sql_open_mysql_dsn_colon_at", "lib", "db, err := sql.Open(\"mysql\", \"<<U>>:<<V>>@tcp(<<H>>:3306)/cashbook?parseTime=true\")\n"),
    ("go_jlaffaye_ftp_login_second", "lib", "c, _ := ftp.Dial(\"<<H>>:21\")\nif err := c.Login(\"<<U>>\", \"<<V>>\"); err != nil {\n\tlog.Fatal(err)\n}\n"),
    ("go_redis_parseurl_userinfo", "lib", "opt, err := redis.ParseURL(\"redis://<<U>>:<<V>>@<<H>>:6379/1\")\n"),
    ("go_http_request_setbasicauth_second", "lib", "req, _ := http.NewRequest(\"GET\", \"https://<<H>>/api/tanks\", nil)\nreq.SetBasicAuth(\"<<U>>\", \"<<V>>\")\n"),
    ("rust_reqwest_basic_auth_some_second", "lib", "let resp = client.get(\"https://<<H>>/api/rounds\")\n    .basic_auth(\"<<U>>\", Some(\"<<V>>\"))\n    .send().await?;\n"),
    ("rust_sqlx_pgpool_connect_url", "lib", "let pool = PgPool::connect(\"postgres://<<U>>:<<V>>@<<H>>/rounds\").await?;\n"),
    ("rust_rumqttc_set_credentials_second", "lib", "let mut opts = MqttOptions::new(\"van3\", \"<<H>>\", 1883);\nopts.set_credentials(\"<<U>>\", \"<<V>>\");\n"),
    ("ruby_net_ftp_login_second", "lib", "Net::FTP.open('<<H>>') do |ftp|\n  ftp.login('<<U>>', '<<V>>')\n  ftp.putbinaryfile('after.jpg')\nend\n"),
    ("ruby_faraday_request_authorization_basic_fourth", "lib", "conn = Faraday.new(url: 'https://<<H>>') do |f|\n  f.request :authorization, :basic, '<<U>>', '<<V>>'\nend\n"),
    ("ruby_sequel_connect_url_userinfo", "lib", "DB = Sequel.connect('postgres://<<U>>:<<V>>@<<H>>/cashbook')\n"),
    ("php_mysqli_ctor_third", "lib", "$db = new mysqli('<<H>>', '<<U>>', '<<V>>', 'cashbook');\n"),
    ("php_ftp_login_third", "lib", "$conn = ftp_connect('<<H>>');\nftp_login($conn, '<<U>>', '<<V>>');\n"),
    ("php_imap_open_third", "lib", "$mbox = imap_open('{<<H>>:993/imap/ssl}INBOX', '<<U>>', '<<V>>');\n"),
    ("perl_dbi_connect_third", "lib", "my $dbh = DBI->connect('dbi:Pg:dbname=cashbook;host=<<H>>', '<<U>>', '<<V>>', { RaiseError => 1 });\n"),
    ("elixir_ecto_repo_url_userinfo", "lib", "config :rounds, Rounds.Repo,\n  url: \"ecto://<<U>>:<<V>>@<<H>>/rounds_prod\"\n"),
    ("arduino_wifi_begin_second", "lib", "void setup() {\n  WiFi.begin(\"VanHotspot3\", \"<<V>>\");\n  while (WiFi.status() != WL_CONNECTED) delay(500);\n}\n"),
    ("arduino_pubsubclient_connect_third", "lib", "if (mqtt.connect(\"tank-van3\", \"<<U>>\", \"<<V>>\")) {\n  mqtt.publish(\"vans/van3/tank\", payload);\n}\n"),
    ("micropython_wlan_connect_second", "lib", "wlan = network.WLAN(network.STA_IF)\nwlan.active(True)\nwlan.connect('VanHotspot3', '<<V>>')\n"),
    ("dart_http_basic_header_base64_encode_pair", "lib", "final auth = 'Basic ${base64Encode(utf8.encode('<<U>>:<<V>>'))}';\nfinal res = await http.get(Uri.parse('https://<<H>>/rounds'), headers: {'authorization': auth});\n"),
    ("swift_string_basic_credentials_interpolation", "lib", "let login = \"<<U>>:<<V>>\"\nlet token = Data(login.utf8).base64EncodedString()\nrequest.setValue(\"Basic \\(token)\", forHTTPHeaderField: \"Authorization\")\n"),
    # ---------------- UI automation
    ("robotframework_input_text_second_cell", "gui", "*** Test Cases ***\nCrew Login\n    Open Browser    https://<<H>>/login    chrome\n    Input Text    id:f1    <<U>>\n    Input Text    id:f2    <<V>>\n    Click Button    id:go\n"),
    ("webdriverio_setvalue_single", "gui", "await $('#f1').setValue('<<U>>');\nawait $('#f2').setValue('<<V>>');\nawait $('button=Sign in').click();\n"),
    ("puppeteer_page_type_second", "gui", "await page.type('#f1', '<<U>>');\nawait page.type('#f2', '<<V>>');\nawait page.click('#go');\n"),
    ("espresso_perform_typetext_single", "gui", "onView(withId(R.id.f1)).perform(typeText(\"<<U>>\"));\nonView(withId(R.id.f2)).perform(typeText(\"<<V>>\"), closeSoftKeyboard());\n"),
    ("xcuitest_element_typetext_single", "gui", "let field = app.textFields.element(boundBy: 1)\nfield.tap()\nfield.typeText(\"<<V>>\")\n"),
    ("flutter_widgettester_entertext_second", "gui", "await tester.enterText(find.byKey(const Key('f1')), '<<U>>');\nawait tester.enterText(find.byKey(const Key('f2')), '<<V>>');\nawait tester.tap(find.text('Start round'));\n"),
    ("maestro_flow_inputtext_step", "gui", "appId: uk.brightpane.rounds\n---\n- launchApp\n- tapOn:\n    id: \"f2\"\n- inputText: \"<<V>>\"\n- tapOn: \"Start round\"\n"),
    ("pywinauto_type_keys_single", "gui", "app = Application(backend='uia').start(r'C:\\Rounds\\CashBook.exe')\ndlg = app.window(title='Cash Book')\ndlg.Edit2.type_keys('<<V>>', with_spaces=True)\n"),
    ("powershell_sendkeys_sendwait_single", "gui", "Add-Type -AssemblyName System.Windows.Forms\n[System.Windows.Forms.SendKeys]::SendWait('<<V>>{ENTER}')\n"),
    ("vbscript_wshshell_sendkeys_single", "gui", "Set WshShell = WScript.CreateObject(\"WScript.Shell\")\nWshShell.AppActivate \"Cash Book\"\nWshShell.SendKeys \"<<V>>\"\n"),
    # ---------------- files by position
    ("ppp_chap_secrets_third_column", "file", "# /etc/ppp/chap-secrets (van LTE fallback)\n# client        server  secret                  IP addresses\n<<U>>   *       \"<<V>>\"   *\n"),
    ("strongswan_ipsec_secrets_psk_quoted", "file", "# /etc/ipsec.secrets\n<<IP>> 10.99.0.1 : PSK \"<<V>>\"\n"),
    ("coturn_turnserver_conf_user_colon_pair", "file", "listening-port=3478\nrealm=rounds.lan\nlt-cred-mech\nuser=<<U>>:<<V>>\n"),
    ("windows_ftp_s_script_third_line", "file", "open <<H>>\n<<U>>\n<<V>>\nbinary\nput C:\\Rounds\\export\\visits.csv\nbye\n"),
    ("openvpn_askpass_file_single_line", "file", "$ cat /etc/openvpn/client/van3.pass\n<<V>>\n$ grep askpass /etc/openvpn/client/van3.conf\naskpass /etc/openvpn/client/van3.pass\n"),
    ("apt_sources_list_url_userinfo", "file", "# /etc/apt/sources.list.d/rounds.list\ndeb [arch=arm64] https://<<U>>:<<V>>@<<H>>/apt stable main\n"),
    ("poetry_pyproject_source_url_userinfo", "file", "[[tool.poetry.source]]\nname = \"rounds-private\"\nurl = \"https://<<U>>:<<V>>@<<H>>/simple/\"\npriority = \"supplemental\"\n"),
    ("composer_json_repository_url_userinfo", "file", "{\n  \"repositories\": [\n    { \"type\": \"composer\", \"url\": \"https://<<U>>:<<V>>@<<H>>/packages/\" }\n  ]\n}\n"),
    ("round_crew_roster_pipe_fourth_field", "file", "# crew.roster  name|round|van|pin-phrase|start\n<<U>>|north-2|van3|<<V>>|07:30\n"),
    ("tank_gateway_fixed_width_cols_31_to_50", "file", "<<FW>>\n"),
    ("franchise_territory_import_tsv_fifth_column", "file", "territory\tfranchisee\tpostcodes\tlogin\tphrase\nLS17\tLeeds North\tLS16,LS17\t<<U>>\t<<V>>\n"),
    ("ladder_register_sync_dat_second_token", "file", "# ladder_sync.dat - one account per line: user token-phrase last-sync\n<<U>> <<V>> 2024-11-12T07:02Z\n"),
    ("dd_bureau_submission_header_fourth_token", "file", "HDR BPW-ROUNDS 20241112 <<V>> 000214 GBP\nREC 0001 MANDATE-MD0008... 1850\n"),
    # ---------------- protocols
    ("http_proxy_authorization_basic_b64", "proto", "CONNECT api.gocardless.example:443 HTTP/1.1\nHost: api.gocardless.example:443\nProxy-Authorization: Basic <<V>>\n", b64_userpass),
    ("xmpp_sasl_plain_auth_element_b64", "proto", "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'><<V>></auth>\n<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>\n", b64_plain),
    ("smtp_auth_login_second_line_b64", "proto", "C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: <<U64>>\nS: 334 UGFzc3dvcmQ6\nC: <<V>>\nS: 235 2.7.0 Authentication successful\n", b64_pw_only),
    ("tank_gateway_ws_auth_array_third", "proto", ">> {\"op\":\"hello\",\"v\":2}\n>> [\"auth\", \"<<U>>\", \"<<V>>\"]\n<< [\"ok\", \"session 4411\"]\n"),
    ("amqp_start_ok_response_nul_escapes", "proto", "Frame 41: AMQP Connection.Start-Ok\n    Mechanism: PLAIN\n    Response: \\0<<U>>\\0<<V>>\n    Locale: en_US\n"),
    ("redis_monitor_log_auth_line", "proto", "1731398412.221764 [0 <<IP>>:51612] \"AUTH\" \"<<U>>\" \"<<V>>\"\n1731398412.222010 [0 <<IP>>:51612] \"LPUSH\" \"reminders:tomorrow\" \"8812\"\n"),
    ("irc_nickserv_identify_second", "proto", "/msg NickServ IDENTIFY <<U>> <<V>>\n-NickServ- You are now identified for <<U>>.\n"),
    ("simcom_at_cstt_third_quoted", "proto", "AT+CSTT=\"mobile.lte.example\",\"<<U>>\",\"<<V>>\"\r\nOK\r\nAT+CIICR\r\nOK\r\n"),
    # ---------------- SQL
    ("mysql_create_user_identified_by", "sql", "mysql> CREATE USER '<<U>>'@'10.%' IDENTIFIED BY '<<V>>';\nQuery OK, 0 rows affected (0.01 sec)\n"),
    ("oracle_create_database_link_identified_by", "sql", "SQL> CREATE DATABASE LINK oldrounds CONNECT TO <<U>> IDENTIFIED BY \"<<V>>\" USING 'OLDRND';\n"),
    ("mssql_openrowset_provider_string_third", "sql", "SELECT * FROM OPENROWSET('MSOLEDBSQL', '<<H>>';'<<U>>';'<<V>>', 'SELECT id, balance FROM Cashbook.dbo.Customers');\n"),
    ("mssql_sp_addlinkedsrvlogin_fifth", "sql", "EXEC sp_addlinkedsrvlogin 'OLDROUNDS', 'false', NULL, '<<U>>', '<<V>>';\n"),
    ("sqlcipher_pragma_key_literal", "sql", "sqlite> PRAGMA key = '<<V>>';\nsqlite> SELECT count(*) FROM visits;\n4112\n"),
    ("pgcrypto_crypt_gen_salt_first", "sql", "UPDATE crew SET pw_digest = crypt('<<V>>', gen_salt('bf', 10)) WHERE login = '<<U>>';\n"),
    ("db2_connect_user_using_clause", "sql", "db2 => CONNECT TO ROUNDS USER <<U>> USING <<V>>\n"),
    ("duckdb_attach_postgres_uri_userinfo", "sql", "D ATTACH 'postgresql://<<U>>:<<V>>@<<H>>/cashbook' AS cb (TYPE postgres, READ_ONLY);\n"),
    ("clickhouse_remote_table_function_fifth", "sql", "SELECT count() FROM remote('<<H>>:9000', rounds, visits, '<<U>>', '<<V>>');\n"),
    ("clickhouse_mysql_table_function_fifth", "sql", "INSERT INTO tanks SELECT * FROM mysql('<<H>>:3306', 'vans', 'tank_readings', '<<U>>', '<<V>>');\n"),
]


SET_ASIDE = {
    "wtype_wayland_literal": "near-duplicate of the earlier xdotool typing ideas",
    "python_paho_username_pw_set_second": "the function name says pw",
    "mongoimport_uri_flag_userinfo": "one more URL userinfo on a CLI",
    "node_mongoose_connect_uri_userinfo": "one more URL userinfo in a library call",
    "rust_sqlx_pgpool_connect_url": "one more URL userinfo in a library call",
    "ruby_sequel_connect_url_userinfo": "one more URL userinfo in a library call",
    "hg_clone_url_userinfo": "same idea as git clone URL userinfo",
    "gem_sources_add_url_userinfo": "same idea as the npm registry URL userinfo",
    "pg_dump_dbname_flag_uri_userinfo": "same idea as the psql conninfo URI",
    "clickhouse_mysql_table_function_fifth": "same idea as the ClickHouse remote() table function",
}
KEPT = [e for e in P if e[0] not in SET_ASIDE]


def fixed_width(u, v):
    line = "%-10s%-10s%-10s%-20s%s" % ("VAN03", u[:9], "TANK650", v, "2024-11-12")
    assert line[30:30 + len(v)] == v
    return "# cols 1-10 van, 11-20 user, 21-30 unit, 31-50 unlock phrase, 51- date\n" + line


def build(registry):
    r = random.Random(SEED_POSITIONAL)
    records = []
    for entry in KEPT:
        syntax, kind, tpl = entry[0], entry[1], entry[2]
        wrap = entry[3] if len(entry) > 3 else None
        u = user(r)
        pw = registry.draw(owner_password, r, True)
        subs = {"U": u, "H": host(r), "IP": ip(r)}
        if syntax == "tank_gateway_fixed_width_cols_31_to_50":
            value = pw
            text = fixed_width(u, pw) + "\n"
            start = text.index("\n") + 1 + 30
            end = start + len(pw)
        elif wrap is not None:
            value = wrap(u, pw)
            if not registry.ok(value):
                raise RuntimeError("b64 clash")
            registry.add(value)
            subs["U64"] = base64.b64encode(u.encode()).decode()
            text, start, end = place(tpl, value, subs)
        else:
            value = pw
            text, start, end = place(tpl, value, subs)
        typ = PW_PREFIX + syntax
        rec = {"type": typ, "container": typ + "__" + SUFFIX[kind], "text": text,
               "secrets": [{"value": value, "start": start, "end": end, "type": typ}],
               "source": "password"}
        if wrap is not None:
            rec["_hidden"] = pw
        records.append(rec)
    return records
