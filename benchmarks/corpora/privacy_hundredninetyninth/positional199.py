"""Password source: ways a password is passed without a telling `password=` key."""
import base64
import random
import common199 as C

SEED = 19903
PW_PREFIX = "studiopw_"
SUFFIX = {"cli": "music_school_ops_terminal_log", "lib": "studio_app_code_excerpt",
          "file": "studio_server_config_excerpt", "proto": "studio_lan_wire_trace",
          "gui": "studio_ui_test_script", "sql": "studio_db_console_sql"}
USERS = ["marta.k", "jonas", "frontdesk", "okafor", "lind", "studio_admin", "loans", "boxoffice", "grading",
         "payroll", "recital", "ci-bot", "attendance", "priya", "ole", "tkeller", "harpdept", "senseilind"]
HOSTS = ["brightnotes.lan", "kazedojo.internal", "pliestudio.lan"]

# B64 kinds: how the visible span is built from user and password
B64 = {
    "http_basic_authorization_header_b64": lambda u, p: base64.b64encode((u + ":" + p).encode()).decode(),
    "smtp_auth_login_second_b64_line": lambda u, p: base64.b64encode(p.encode()).decode(),
    "xmpp_sasl_plain_auth_element_b64": lambda u, p: base64.b64encode(("\0" + u + "\0" + p).encode()).decode(),
}

S = [
    # ---- command lines
    ("psql_connection_uri_userinfo", "cli", "$ psql \"postgresql://{U}:{V}@db.{H}:5432/timetable\" -c '\\dt'"),
    ("mysqldump_glued_lower_p_after_lower_u", "cli", "$ mysqldump -h db.{H} -u {U} -p{V} enrolments > enrolments-term2.sql"),
    ("sqlcmd_capital_p_after_capital_u", "cli", "PS C:\\ops> sqlcmd -S sql01.{H} -U {U} -P {V} -Q \"SELECT COUNT(*) FROM dbo.Pupils\""),
    ("unixodbc_isql_third_positional", "cli", "$ isql -v gradingdsn {U} {V}\n+---------------------------------------+\n| Connected!                            |"),
    ("freetds_tsql_capital_p_flag", "cli", "$ tsql -H 10.20.0.15 -p 1433 -U {U} -P {V}\nlocale is \"C.UTF-8\"\n1>"),
    ("mongodump_uri_userinfo", "cli", "$ mongodump --uri=\"mongodb://{U}:{V}@mongo.{H}:27017/dojo?authSource=admin\" --out /backups/dojo"),
    ("wpa_passphrase_second_positional", "cli", "$ wpa_passphrase BrightNotes-Staff {V} | sudo tee -a /etc/wpa_supplicant/wpa_supplicant.conf"),
    ("iwconfig_key_s_colon_ascii", "cli", "# iwconfig wlan0 essid PracticeRoomAP key s:{V}"),
    ("htpasswd_batch_third_positional", "cli", "$ sudo htpasswd -b /etc/nginx/.htpasswd-recital {U} {V}\nUpdating password for user {U}"),
    ("chpasswd_here_string_colon_pair", "cli", "# chpasswd <<< \"{U}:{V}\""),
    ("smbclient_second_positional_after_service", "cli", "$ smbclient //nas.{H}/scores {V} -U {U} -c 'ls'"),
    ("mount_cifs_username_percent_pair", "cli", "# mount -t cifs //nas.{H}/recordings /mnt/rec -o username={U}%{V},vers=3.0"),
    ("wget_ftp_url_userinfo", "cli", "$ wget \"ftp://{U}:{V}@ftp.exam-board.example/entries/summer.csv\""),
    ("curl_lower_u_colon_pair", "cli", "$ curl -s -u {U}:{V} https://loans.{H}/api/instruments?status=out | jq length"),
    ("lftp_lower_u_comma_pair", "cli", "$ lftp -u {U},{V} sftp://files.{H} -e \"mirror recital-videos; bye\""),
    ("ncftpput_lower_p_after_lower_u", "cli", "$ ncftpput -u {U} -p {V} ftp.{H} /public/timetables timetable-autumn.pdf"),
    ("rclone_obscure_positional", "cli", "$ rclone obscure {V}\n{R}"),
    ("sevenzip_glued_lower_p_flag", "cli", "$ 7z a -p{V} -mhe=on payroll-march.7z payroll/"),
    ("rar_glued_hp_header_flag", "cli", "$ rar a -hp{V} dbs-scans.rar scans/"),
    ("unrar_glued_lower_p_extract", "cli", "$ unrar x -p{V} exam-marks.rar ./marks/"),
    ("mutool_clean_lower_p_flag", "cli", "$ mutool clean -p {V} locked-certificate.pdf certificate.pdf"),
    ("pdftotext_upw_flag", "cli", "$ pdftotext -upw {V} grade5-results.pdf - | head"),
    ("mcrypt_lower_k_flag", "cli", "$ mcrypt -k {V} pupils-export.csv"),
    ("psexec_lower_p_after_lower_u", "cli", "C:\\> psexec \\\\FRONTDESK01 -u STUDIO\\{U} -p {V} ipconfig /all"),
    ("schtasks_slash_rp_after_slash_ru", "cli", "C:\\> schtasks /create /tn \"NightlyTimetableSync\" /tr C:\\sync\\run.bat /sc daily /st 23:30 /ru STUDIO\\{U} /rp {V}"),
    ("net_use_second_positional_before_slash_user", "cli", "C:\\> net use S: \\\\nas\\scores {V} /user:STUDIO\\{U} /persistent:no"),
    ("vncpasswd_f_stdin_here_string", "cli", "$ vncpasswd -f <<< '{V}' > ~/.vnc/passwd"),
    ("mosquitto_pub_capital_p_after_lower_u", "cli", "$ mosquitto_pub -h mqtt.{H} -u {U} -P {V} -t dojo/attendance/door1 -m '{\"scan\":\"ok\"}'"),
    ("mosquitto_passwd_batch_third_positional", "cli", "# mosquitto_passwd -b /etc/mosquitto/passwd {U} {V}"),
    ("rabbitmqadmin_lower_p_after_lower_u", "cli", "$ rabbitmqadmin -H mq.{H} -u {U} -p {V} list queues"),
    ("nats_cli_server_url_userinfo", "cli", "$ nats --server nats://{U}:{V}@nats.{H}:4222 pub attendance.scan door-1"),
    ("kinit_stdin_echo_principal", "cli", "$ echo '{V}' | kinit {U}@BRIGHTNOTES.LAN"),
    ("ftp_n_user_command_second_token", "cli", "$ ftp -n ftp.exam-board.example <<EOF\nuser {U} {V}\nbinary\nput entries-summer.csv\nbye\nEOF"),
    ("ipmitool_capital_p_after_capital_u", "cli", "$ ipmitool -I lanplus -H 10.20.0.5 -U {U} -P {V} chassis power status"),
    ("racadm_lower_p_after_lower_u", "cli", "$ racadm -r 10.20.0.6 -u {U} -p {V} getsysinfo"),
    ("nmcli_wifi_sec_psk_property_value", "cli", "$ nmcli con modify PracticeRooms wifi-sec.key-mgmt wpa-psk wifi-sec.psk {V}"),
    ("supervisorctl_lower_p_after_lower_u", "cli", "$ supervisorctl -s http://127.0.0.1:9001 -u {U} -p {V} status"),
    ("jenkins_cli_auth_colon_pair", "cli", "$ java -jar jenkins-cli.jar -s https://ci.{H}/ -auth {U}:{V} build deploy-timetable"),
    ("kubectl_create_secret_from_literal_neutral_key", "cli", "$ kubectl -n brightnotes create secret generic nas-login --from-literal=user={U} --from-literal=smb={V}"),
    ("keyctl_add_user_fourth_positional", "cli", "$ keyctl add user nas-scores {V} @u\n{N}"),
    ("macos_security_unlock_keychain_lower_p", "cli", "$ security unlock-keychain -p {V} ~/Library/Keychains/build.keychain-db"),
    ("hdiutil_stdinpass_printf_pipe", "cli", "$ printf '{V}' | hdiutil attach -stdinpass pupil-records.dmg"),
    ("certutil_importpfx_lower_p", "cli", "C:\\> certutil -f -p {V} -importpfx studio-signing.pfx"),
    ("passwd_stdin_echo_user", "cli", "# echo '{V}' | passwd --stdin {U}\nChanging password for user {U}.\npasswd: all authentication tokens updated successfully."),
    ("redis_cli_lower_u_url_empty_user", "cli", "$ redis-cli -u redis://:{V}@cache.{H}:6379/0 PING\nPONG"),
    ("etcdctl_user_flag_colon_pair", "cli", "$ etcdctl --endpoints=https://10.20.0.21:2379 --user root:{V} get /studio/config"),
    ("minio_mc_alias_set_fourth_positional", "cli", "$ mc alias set recitals https://s3.{H} {U} {V}\nAdded `recitals` successfully."),
    ("git_remote_set_url_userinfo", "cli", "$ git remote set-url origin https://{U}:{V}@git.{H}/web/timetable.git"),
    ("mercurial_clone_url_userinfo", "cli", "$ hg clone https://{U}:{V}@hg.{H}/grading-app"),
    ("poetry_config_http_basic_second_positional", "cli", "$ poetry config http-basic.studio-pypi {U} {V}"),
    ("twine_upload_lower_p_after_lower_u", "cli", "$ twine upload --repository-url https://pypi.{H}/ -u {U} -p {V} dist/*"),
    ("gem_sources_add_url_userinfo", "cli", "$ gem sources --add https://{U}:{V}@gems.{H}/"),
    ("bundle_config_host_colon_pair", "cli", "$ bundle config set --global gems.{H} {U}:{V}"),
    ("mpc_host_secret_at_prefix", "cli", "$ mpc -h {V}@jukebox.{H} play"),
    ("obs_cmd_obsws_url_path_segment", "cli", "$ obs-cmd --websocket obsws://recital-pc.{H}:4455/{V} recording start"),
    ("yt_dlp_lower_p_after_lower_u", "cli", "$ yt-dlp -u {U} -p {V} https://video.brightnotes.example/masterclass/42"),
    ("powershell_convertto_securestring_first_positional", "cli", "PS C:\\ops> $sec = ConvertTo-SecureString '{V}' -AsPlainText -Force\nPS C:\\ops> $cred = New-Object PSCredential('STUDIO\\{U}', $sec)"),
    ("sqlplus_slash_connect_string", "cli", "$ sqlplus {U}/{V}@//ora.{H}:1521/EXAMS @entries.sql"),
    ("db2_connect_using_clause", "cli", "$ db2 connect to EXAMDB user {U} using {V}"),
    ("pscp_pw_flag_before_source", "cli", "C:\\> pscp -pw {V} timetable.csv {U}@files.{H}:/srv/imports/"),
    # ---- files with a fixed layout
    ("davfs2_secrets_file_third_token", "file", "# /etc/davfs2/secrets\nhttps://cloud.{H}/remote.php/dav/files/scores {U} {V}"),
    ("exim_passwd_client_third_colon_field", "file", "# /etc/exim4/passwd.client\n*.mail.example:{U}@brightnotes.example:{V}"),
    ("ppp_chap_secrets_third_column", "file", "# /etc/ppp/chap-secrets\n# client\tserver\tsecret\tIP addresses\n{U}\t*\t{V}\t*"),
    ("strongswan_ipsec_secrets_psk_quoted", "file", "# /etc/ipsec.secrets\n10.20.0.1 203.0.113.7 : PSK \"{V}\""),
    ("stunnel_psk_file_colon_pair", "file", "# /etc/stunnel/psk.txt\nattendance-door-{N}:{V}"),
    ("monit_httpd_allow_colon_pair", "file", "set httpd port 2812 and\n    use address 0.0.0.0\n    allow {U}:{V}"),
    ("nut_upsmon_monitor_fifth_token", "file", "# /etc/nut/upsmon.conf\nMONITOR studioups@localhost 1 {U} {V} primary"),
    ("nagios_resource_user_macro_value", "file", "# /usr/local/nagios/etc/resource.cfg\n$USER1$=/usr/local/nagios/libexec\n$USER3$={V}"),
    ("pgbouncer_userlist_second_quoted", "file", "; /etc/pgbouncer/userlist.txt\n\"{U}\" \"{V}\""),
    ("jdbc_oracle_thin_slash_pair", "file", "# loans-service.properties\nloans.datasource.url=jdbc:oracle:thin:{U}/{V}@//ora.{H}:1521/LOANS"),
    ("celery_broker_amqp_url_userinfo", "file", "# celeryconfig.py\nbroker_url = \"amqp://{U}:{V}@mq.{H}:5672/reminders\""),
    ("django_environ_email_url_userinfo", "file", "# .env\nEMAIL_URL=smtp+tls://{U}:{V}@smtp.mail.example:587"),
    ("squid_cachemgr_directive_first_argument", "file", "# /etc/squid/squid.conf\nhttp_port 3128\ncachemgr_passwd {V} all"),
    ("grading_tablet_roster_pipe_fourth_field", "file", "# roster.psv  id|name|belt|unlock|dojo\n1042|A. Okafor|3rd dan|{V}|kaze"),
    ("loan_scanner_provisioning_tsv_third_column", "file", "# scanner provisioning (device, operator, login, room)\nSCN-0{N}\t{U}\t{V}\tstrings"),
    ("recital_box_office_fixed_width_cols_31_to_52", "file", "FIXED"),
    ("practice_room_door_semicolon_fifth_field", "file", "# doors.txt  room;relay;floor;operator;code;valid_until\nB2;relay-{N};1;{U};{V};2026-07-31"),
    # ---- protocol exchanges
    ("http_basic_authorization_header_b64", "proto", "GET /api/v2/loans?status=out HTTP/1.1\nHost: loans.{H}\nAuthorization: Basic {V}\nAccept: application/json"),
    ("smtp_auth_login_second_b64_line", "proto", "S: 220 smtp.mail.example ESMTP\nC: EHLO reminders.{H}\nC: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: {BU}\nS: 334 UGFzc3dvcmQ6\nC: {V}\nS: 235 2.7.0 Authentication successful"),
    ("xmpp_sasl_plain_auth_element_b64", "proto", "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>PLAIN</mechanism></mechanisms></stream:features>\n<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>{V}</auth>\n<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>"),
    ("pop3_pass_line_after_user_line", "proto", "S: +OK POP3 server ready\nC: USER {U}\nS: +OK\nC: PASS {V}\nS: +OK maildrop has 3 messages"),
    ("irc_nickserv_identify_privmsg_argument", "proto", ":{U}!~{U}@10.20.0.44 PRIVMSG NickServ :IDENTIFY {V}\n:NickServ!services@irc.{H} NOTICE {U} :You are now identified."),
    ("irc_oper_command_second_token", "proto", "OPER {U} {V}\n:irc.{H} 381 {U} :You are now an IRC operator"),
    ("esp_at_cwjap_second_quoted_parameter", "proto", "AT+CWMODE=1\r\nOK\r\nAT+CWJAP=\"BrightNotes-IoT\",\"{V}\"\r\nWIFI CONNECTED\r\nWIFI GOT IP\r\nOK"),
    ("quectel_at_qicsgp_fifth_parameter", "proto", "AT+QICSGP=1,1,\"iot.provider.example\",\"{U}\",\"{V}\",1\r\nOK"),
    ("json_rpc_login_params_array_second", "proto", "--> {\"jsonrpc\":\"2.0\",\"method\":\"session.login\",\"params\":[\"{U}\",\"{V}\"],\"id\":7}\n<-- {\"jsonrpc\":\"2.0\",\"result\":{\"ok\":true},\"id\":7}"),
    ("login_form_post_body_neutral_second_field", "proto", "POST /staff/login HTTP/1.1\nHost: portal.{H}\nContent-Type: application/x-www-form-urlencoded\n\nf1={U}&f2={V}&remember=1"),
    # ---- library call positions
    ("python_paramiko_connect_fourth_positional", "lib", "client = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nclient.connect(\"nas.{H}\", 22, \"{U}\", \"{V}\")"),
    ("python_ftplib_ftp_ctor_third", "lib", "ftp = ftplib.FTP(\"ftp.exam-board.example\", \"{U}\", \"{V}\")\nftp.storbinary(\"STOR entries.csv\", fh)"),
    ("python_poplib_pass_underscore_single", "lib", "box = poplib.POP3_SSL(\"mail.{H}\")\nbox.user(\"{U}\")\nbox.pass_(\"{V}\")"),
    ("python_requests_auth_tuple_second", "lib", "r = requests.get(\"https://loans.{H}/api/instruments\", auth=(\"{U}\", \"{V}\"), timeout=10)"),
    ("python_httpx_basicauth_second", "lib", "auth = httpx.BasicAuth(\"{U}\", \"{V}\")\nwith httpx.Client(auth=auth) as c:\n    c.get(\"https://timetable.{H}/api/rooms\")"),
    ("python_redis_ctor_fourth_positional", "lib", "r = redis.Redis(\"cache.{H}\", 6379, 0, \"{V}\")"),
    ("python_pika_plaincredentials_second", "lib", "creds = pika.PlainCredentials(\"{U}\", \"{V}\")\nparams = pika.ConnectionParameters(\"mq.{H}\", credentials=creds)"),
    ("python_cx_oracle_connect_second_positional", "lib", "conn = cx_Oracle.connect(\"{U}\", \"{V}\", \"ora.{H}/EXAMS\")"),
    ("python_ldap_simple_bind_s_second", "lib", "l = ldap.initialize(\"ldaps://ldap.{H}\")\nl.simple_bind_s(\"uid={U},ou=staff,dc=brightnotes,dc=lan\", \"{V}\")"),
    ("python_keyring_set_third_positional", "lib", "keyring.set_password(\"brightnotes-nas\", \"{U}\", \"{V}\")"),
    ("python_ssl_load_cert_chain_third_positional", "lib", "ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)\nctx.load_cert_chain(\"studio.crt\", \"studio.key\", \"{V}\")"),
    ("python_hashlib_scrypt_bytes_first", "lib", "dk = hashlib.scrypt(b\"{V}\", salt=salt, n=2**14, r=8, p=1)"),
    ("python_bcrypt_hashpw_first", "lib", "hashed = bcrypt.hashpw(b\"{V}\", bcrypt.gensalt(12))"),
    ("node_mysql2_createconnection_uri_userinfo", "lib", "const conn = await mysql.createConnection('mysql://{U}:{V}@db.{H}:3306/enrolments');"),
    ("node_crypto_pbkdf2sync_first", "lib", "const key = crypto.pbkdf2Sync('{V}', salt, 310000, 32, 'sha256');"),
    ("node_bcryptjs_hashsync_first", "lib", "const hash = bcrypt.hashSync('{V}', 12);"),
    ("node_btoa_basic_header_colon_pair", "lib", "const res = await fetch(url, {\n  headers: { Authorization: 'Basic ' + btoa('{U}:{V}') },\n});"),
    ("node_sequelize_ctor_third_positional", "lib", "const sequelize = new Sequelize('grading', '{U}', '{V}', {\n  host: 'db.{H}',\n  dialect: 'postgres',\n});"),
    ("java_keystore_load_chararray_second", "lib", "KeyStore ks = KeyStore.getInstance(\"PKCS12\");\nks.load(new FileInputStream(\"studio.p12\"), \"{V}\".toCharArray());"),
    ("kotlin_okhttp_credentials_basic_second", "lib", "val credential = Credentials.basic(\"{U}\", \"{V}\")\nval request = Request.Builder().url(url).header(\"Authorization\", credential).build()"),
    ("csharp_networkcredential_ctor_second", "lib", "var cred = new NetworkCredential(\"{U}\", \"{V}\", \"STUDIO\");"),
    ("csharp_x509certificate2_ctor_second", "lib", "var cert = new X509Certificate2(\"studio-signing.pfx\", \"{V}\");"),
    ("csharp_fluentftp_ftpclient_ctor_third", "lib", "var client = new FtpClient(\"ftp.{H}\", \"{U}\", \"{V}\");\nclient.AutoConnect();"),
    ("go_sql_open_mysql_dsn_colon_pair", "lib", "db, err := sql.Open(\"mysql\", \"{U}:{V}@tcp(db.{H}:3306)/timetable?parseTime=true\")"),
    ("go_http_request_setbasicauth_second", "lib", "req, _ := http.NewRequest(\"GET\", \"https://loans.{H}/api/instruments\", nil)\nreq.SetBasicAuth(\"{U}\", \"{V}\")"),
    ("go_pkcs12_decode_second", "lib", "key, cert, err := pkcs12.Decode(p12Bytes, \"{V}\")"),
    ("rust_native_tls_identity_from_pkcs12_second", "lib", "let identity = Identity::from_pkcs12(&der, \"{V}\")?;"),
    ("ruby_net_ftp_new_third_positional", "lib", "ftp = Net::FTP.new(\"ftp.{H}\", \"{U}\", \"{V}\")"),
    ("ruby_net_http_basic_auth_second", "lib", "req = Net::HTTP::Get.new(uri)\nreq.basic_auth(\"{U}\", \"{V}\")"),
    ("ruby_openssl_pkcs12_new_second", "lib", "p12 = OpenSSL::PKCS12.new(File.binread(\"studio.p12\"), \"{V}\")"),
    ("php_mysqli_connect_third", "lib", "$db = mysqli_connect('db.{H}', '{U}', '{V}', 'enrolments');"),
    ("php_ftp_login_third", "lib", "$conn = ftp_connect('ftp.{H}');\nftp_login($conn, '{U}', '{V}');"),
    ("php_openssl_pkcs12_read_third", "lib", "openssl_pkcs12_read(file_get_contents('studio.p12'), $certs, '{V}');"),
    ("php_imap_open_third", "lib", "$mbox = imap_open('{imap.{H}:993/imap/ssl}INBOX', '{U}', '{V}');"),
    ("perl_dbi_connect_third", "lib", "my $dbh = DBI->connect(\"dbi:Pg:dbname=grading;host=db.{H}\", \"{U}\", \"{V}\", { RaiseError => 1 });"),
    ("perl_net_smtp_auth_second", "lib", "my $smtp = Net::SMTP->new('smtp.mail.example', Port => 587);\n$smtp->auth('{U}', '{V}');"),
    ("dart_httpclientbasiccredentials_second", "lib", "client.addCredentials(uri, 'studio', HttpClientBasicCredentials('{U}', '{V}'));"),
    # ---- SQL
    ("sql_create_user_identified_by", "sql", "CREATE USER '{U}'@'10.20.%' IDENTIFIED BY '{V}';\nGRANT SELECT ON timetable.* TO '{U}'@'10.20.%';"),
    ("oracle_create_database_link_identified_by", "sql", "CREATE DATABASE LINK exams_link CONNECT TO {U} IDENTIFIED BY \"{V}\" USING 'EXAMS';"),
    ("pgcrypto_crypt_first_argument", "sql", "UPDATE staff SET login_hash = crypt('{V}', gen_salt('bf')) WHERE login = '{U}';"),
    ("sqlcipher_pragma_key_statement", "sql", "sqlite> PRAGMA key = '{V}';\nsqlite> SELECT count(*) FROM attendance;"),
    ("mssql_sp_addlinkedsrvlogin_fifth", "sql", "EXEC sp_addlinkedsrvlogin 'EXAMSRV', 'false', NULL, '{U}', '{V}';"),
    # ---- UI automation
    ("selenium_python_send_keys_single", "gui", "driver.find_element(By.ID, \"f1\").send_keys(\"{U}\")\ndriver.find_element(By.ID, \"f2\").send_keys(\"{V}\")"),
    ("webdriverio_setvalue_single", "gui", "await $('#f1').setValue('{U}');\nawait $('#f2').setValue('{V}');"),
    ("puppeteer_page_type_second", "gui", "await page.type('#f1', '{U}');\nawait page.type('#f2', '{V}');\nawait page.click('#go');"),
    ("robot_framework_input_text_second_cell", "gui", "*** Test Cases ***\nStaff Can Log In\n    Input Text    id:f1    {U}\n    Input Text    id:f2    {V}\n    Click Button    id:go"),
    ("espresso_typetext_single", "gui", "onView(withId(R.id.f2)).perform(typeText(\"{V}\"), closeSoftKeyboard())"),
    ("xcuitest_typetext_single", "gui", "let field = app.secureTextFields[\"f2\"]\nfield.tap()\nfield.typeText(\"{V}\")"),
    ("detox_element_typetext_single", "gui", "await element(by.id('f2')).typeText('{V}');"),
    ("maestro_flow_inputtext_step", "gui", "appId: example.brightnotes.parents\n---\n- tapOn:\n    id: \"f2\"\n- inputText: \"{V}\"\n- tapOn: \"Sign in\""),
    ("sikulix_type_single", "gui", "click(\"f2_field.png\")\ntype(\"{V}\")\ntype(Key.ENTER)"),
    ("pyautogui_write_single", "gui", "pyautogui.click(640, 412)\npyautogui.write(\"{V}\", interval=0.05)\npyautogui.press(\"enter\")"),
    ("katalon_webui_settext_second", "gui", "WebUI.setText(findTestObject('Login/f1'), '{U}')\nWebUI.setText(findTestObject('Login/f2'), '{V}')"),
    ("vbscript_wshshell_sendkeys_literal", "gui", "Set WshShell = CreateObject(\"WScript.Shell\")\nWshShell.AppActivate \"Studio Till\"\nWshShell.SendKeys \"{V}\"\nWshShell.SendKeys \"{ENTER}\""),
    ("selenium_ide_side_type_command_value", "gui", "{\"id\": \"{ID}\", \"comment\": \"\", \"command\": \"type\", \"target\": \"id=f2\", \"targets\": [], \"value\": \"{V}\"}"),
]
NEAR = "near-duplicate of a kept syntax"
SET_ASIDE = {
    "mysqldump_glued_lower_p_after_lower_u": "near-duplicate of the glued -p idea of the earlier corpora",
    "mongodump_uri_userinfo": NEAR + " (URL userinfo)", "iwconfig_key_s_colon_ascii": "WEP keys have fixed lengths; an owner-chosen value does not fit",
    "chpasswd_here_string_colon_pair": "the command name says it", "mount_cifs_username_percent_pair": "the option key username= sits right before the value",
    "wget_ftp_url_userinfo": NEAR + " (URL userinfo)", "mcrypt_lower_k_flag": NEAR + " (7z / rar archive keys)",
    "vncpasswd_f_stdin_here_string": "the command name says it", "rabbitmqadmin_lower_p_after_lower_u": NEAR + " (-p after -u)",
    "racadm_lower_p_after_lower_u": NEAR + " (ipmitool)", "mercurial_clone_url_userinfo": NEAR + " (git remote URL)",
    "gem_sources_add_url_userinfo": NEAR + " (URL userinfo)", "pscp_pw_flag_before_source": "near-duplicate of plink -pw of the earlier corpora",
    "freetds_tsql_capital_p_flag": NEAR + " (sqlcmd)", "unrar_glued_lower_p_extract": NEAR + " (rar -hp)",
    "oracle_create_database_link_identified_by": NEAR + " (IDENTIFIED BY)", "ruby_net_ftp_new_third_positional": NEAR + " (ftplib)",
    "php_ftp_login_third": NEAR + " (ftplib)", "csharp_fluentftp_ftpclient_ctor_third": NEAR + " (ftplib)",
    "python_httpx_basicauth_second": NEAR + " (requests auth tuple)", "node_bcryptjs_hashsync_first": NEAR + " (bcrypt.hashpw)",
    "python_hashlib_scrypt_bytes_first": "near-duplicate of the key-derivation calls of the earlier corpora",
    "ruby_openssl_pkcs12_new_second": NEAR + " (pkcs12.Decode)", "php_openssl_pkcs12_read_third": NEAR + " (pkcs12.Decode)",
    "squid_cachemgr_directive_first_argument": "the directive name cachemgr_passwd says it", "irc_oper_command_second_token": NEAR + " (NickServ IDENTIFY)",
    "stunnel_psk_file_colon_pair": "stunnel wants 16+ character keys; an owner-chosen value is too short",
    "detox_element_typetext_single": NEAR + " (Espresso typeText)", "katalon_webui_settext_second": NEAR + " (WebdriverIO setValue)",
    "sqlcipher_pragma_key_statement": "near-duplicate of the SQLCipher KEY clause of the earlier corpora",
    "twine_upload_lower_p_after_lower_u": NEAR + " (-p after -u)", "bundle_config_host_colon_pair": NEAR + " (poetry http-basic)",
}
NOT_WRITTEN = {
    "macos_security_add_generic_lower_w": "command name add-generic-password says it",
    "dscl_passwd_third_positional": "the -passwd sub-command says it",
    "gpg_batch_passphrase_flag_symmetric": "the --passphrase flag says it",
    "php_ssh2_auth_password_third": "the function name says it",
    "go_url_userpassword_second": "the function name says it",
}
S_ALL = S
S = [s for s in S_ALL if s[0] not in SET_ASIDE]

FIXED_COLS = (31, 52)  # 1-based inclusive columns of the value in the fixed-width file


def fixed_width(u, v, rng):
    rows = ["# box-office staff file, fixed columns",
            "#2345678901234567890123456789012345678901234567890123456789",
            ]
    line = ("BO%03d" % rng.randint(1, 999)).ljust(10) + u[:20].ljust(20) + v.ljust(22) + "TILL-%d" % rng.randint(1, 4)
    rows.append(line)
    return "\n".join(rows)


def build(reg, start_id):
    rng = random.Random(SEED)
    recs = []
    hidden = []
    for i, (syn, kind, tmpl) in enumerate(S):
        pw = reg.draw(lambda: C.password(rng, strict=True))
        user = rng.choice(USERS)
        host = rng.choice(HOSTS)
        extra = {}
        if syn in B64:
            value = reg.draw(lambda: B64[syn](user, pw))
            hidden.append(pw)
        else:
            value = pw
        if tmpl == "FIXED":
            text = fixed_width(user, value, rng)
        else:
            kw = dict(U=user, H=host, N=rng.randint(2, 9))
            if "{R}" in tmpl:
                kw["R"] = reg.draw(lambda: C.rs(rng, C.B64URL, 43))
            if "{BU}" in tmpl:
                kw["BU"] = base64.b64encode(user.encode()).decode()
            if "{ID}" in tmpl:
                kw["ID"] = reg.draw(lambda: C.uuid4(rng))
            text = C.fill(tmpl, value, **kw)
        typ = PW_PREFIX + syn
        recs.append(C.make_record("%s-s-%04d" % (C.PREFIX, start_id + i), typ, typ + "__" + SUFFIX[kind],
                                  text, value, "password"))
    return recs, hidden
