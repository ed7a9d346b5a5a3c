"""Password source: positional syntaxes -- a password passed without a telling password= key."""
import base64
import random

from common171 import MARK, owner_pw, rec

SEED = 17103
PREFIX = "poolpw_"
SUFFIX = {
    "cli": "pool_tech_bash_history",
    "lib": "chem_log_backend_source",
    "file": "aquatic_server_config_file",
    "proto": "waterpark_lan_packet_capture",
    "gui": "front_desk_kiosk_automation_script",
}
USERS = ["poolops", "chemlog", "lgadmin", "wavehmi", "gate_svc", "tech07", "aquadmin", "wq_upload", "frontdesk2", "routebot"]
HOSTS = ["db.splashcity.internal", "10.40.2.21", "files.bluelagoon.lan", "mail.wavecove.example", "plc-gw.wavecove.lan",
         "nas01.aquacentre.lan", "172.20.8.60", "mq.aquaservice.lan", "vcenter.aquacentre.lan", "ldap.splashcity.internal"]

# (syntax, kind, template, encoding) -- encoding None: the span is the password itself;
# "b64_plain_sasl": span = Base64("\0user\0password"); "b64_userpass": Base64("user:password")
S = [
    # ---- command line: databases and brokers
    ("pg_dump_dbname_flag_uri_userinfo", "cli", "pg_dump --dbname=postgresql://«U»:«V»@«H»:5432/chemlog -Fc -f chemlog_$(date +%F).dump", None),
    ("mongosh_first_positional_uri_userinfo", "cli", "mongosh \"mongodb://«U»:«V»@«H»:27017/lessons?authSource=admin\" --eval 'db.waitlist.countDocuments()'", None),
    ("mysql_client_glued_lower_p_then_execute", "cli", "mysql -h «H» -u«U» -p«V» -e 'SELECT COUNT(*) FROM lane_bookings WHERE day=CURDATE()' aquatics", None),
    ("mysqlimport_glued_lower_p_local", "cli", "mysqlimport --local -u«U» -p«V» -h «H» turnstile /tmp/entries.csv", None),
    ("osql_capital_p_after_capital_u", "cli", "osql -S «H» -U «U» -P «V» -Q \"EXEC dbo.ExportChemLog\"", None),
    ("sybase_isql_capital_p_after_capital_u", "cli", "isql -U «U» -P «V» -S POOLPOS -i nightly_close.sql", None),
    ("cqlsh_lower_p_after_lower_u", "cli", "cqlsh «H» 9042 -u «U» -p «V» -e \"SELECT * FROM telemetry.pump_rpm LIMIT 10;\"", None),
    ("redis_cli_lower_a_no_auth_warning", "cli", "redis-cli -h «H» -a «V» --no-auth-warning GET lane:booking:lock", None),
    ("redis_cli_interactive_auth_two_words", "cli", "«H»:6379> AUTH «U» «V»\nOK\n«H»:6379> KEYS waitlist:*", None),
    ("rabbitmqctl_add_user_second_positional", "cli", "sudo rabbitmqctl add_user «U» «V»\nsudo rabbitmqctl set_permissions -p /pumps «U» \".*\" \".*\" \".*\"", None),
    ("rabbitmqadmin_lower_p_after_lower_u", "cli", "rabbitmqadmin -H «H» -u «U» -p «V» list queues name messages", None),
    ("mosquitto_passwd_batch_third_positional", "cli", "sudo mosquitto_passwd -b /etc/mosquitto/passwd «U» «V»", None),
    ("mosquitto_pub_capital_l_url_userinfo", "cli", "mosquitto_pub -L mqtt://«U»:«V»@«H»:1883/pool/heater/setpoint -m 28.5", None),
    ("influxdb_v1_query_curl_url_userinfo", "cli", "curl -G 'http://«U»:«V»@«H»:8086/query' --data-urlencode 'q=SHOW MEASUREMENTS ON wq'", None),
    ("mongo_shell_db_auth_second_argument", "cli", "> use admin\nswitched to db admin\n> db.auth(\"«U»\", \"«V»\")\n1", None),
    ("tsql_openrowset_semicolon_third", "lib", "SELECT * FROM OPENROWSET('SQLNCLI', 'Server=«H»;Trusted_Connection=no;', '«U»';'«V»', 'SELECT * FROM turnstile.dbo.Entries');", None),
    ("mysql_create_user_identified_by_literal", "lib", "CREATE USER '«U»'@'10.40.%' IDENTIFIED BY '«V»';\nGRANT SELECT ON chemlog.* TO '«U»'@'10.40.%';", None),
    # ---- remote access, shares, hosts
    ("smbclient_capital_u_percent_pair", "cli", "smbclient //«H»/reports -U «U»%«V» -c 'put wq_report_0514.pdf'", None),
    ("rpcclient_capital_u_percent_pair", "cli", "rpcclient -U «U»%«V» «H» -c enumdomusers", None),
    ("mount_smbfs_url_userinfo", "cli", "mount_smbfs //«U»:«V»@«H»/LifeguardCerts ~/mnt/certs", None),
    ("xfreerdp_slash_p_colon_after_slash_u", "cli", "xfreerdp /v:«H» /u:«U» /p:«V» /cert:ignore /dynamic-resolution", None),
    ("rdesktop_lower_p_after_lower_u", "cli", "rdesktop -u «U» -p «V» -g 1280x800 «H»", None),
    ("sshpass_lower_p_wrapping_rsync", "cli", "sshpass -p «V» rsync -av -e ssh ./chem_exports/ «U»@«H»:/srv/health-uploads/", None),
    ("ldapsearch_lower_w_after_capital_d", "cli", "ldapsearch -H ldaps://«H» -D \"uid=«U»,ou=svc,dc=splashcity,dc=internal\" -w «V» -b ou=guards,dc=splashcity,dc=internal cn", None),
    ("net_user_add_second_positional", "cli", "C:\\> net user «U» «V» /add /comment:\"Pool kiosk\"", None),
    ("sudo_capital_s_stdin_echo", "cli", "echo «V» | sudo -S systemctl restart chem-dosing", None),
    ("passwd_stdin_yes_head_two_lines", "cli", "yes «V» | head -n 2 | sudo passwd «U»", None),
    ("smbpasswd_a_s_stdin_yes_pipe", "cli", "yes «V» | head -2 | sudo smbpasswd -a -s «U»", None),
    ("openssl_passwd_six_positional", "cli", "sudo usermod -p \"$(openssl passwd -6 «V»)\" «U»", None),
    ("vmrun_lower_gp_after_lower_gu", "cli", "vmrun -T ws -gu «U» -gp «V» runProgramInGuest ~/vms/hmi.vmx C:\\\\HMI\\\\restart.bat", None),
    ("govc_url_env_userinfo", "cli", "export GOVC_URL='https://«U»:«V»@«H»/sdk'\ngovc vm.info plc-historian", None),
    ("ilorest_login_lower_p_after_lower_u", "cli", "ilorest login «H» -u «U» -p «V»\nilorest serverstate", None),
    ("snmpset_v2c_lower_c_community", "cli", "snmpset -v2c -c «V» «H» 1.3.6.1.4.1.318.1.1.12.3.3.1.1.4.3 i 1", None),
    ("vlc_cli_rtsp_url_userinfo", "cli", "cvlc rtsp://«U»:«V»@«H»:554/Streaming/Channels/101 --sout file/ts:slide_cam.ts", None),
    ("websocat_wss_url_userinfo", "cli", "websocat wss://«U»:«V»@«H»/ws/turnstile-events", None),
    # ---- packages, registries, repos, CI
    ("docker_login_lower_p_after_lower_u", "cli", "docker login registry.wavecove.lan -u «U» -p «V»", None),
    ("helm_registry_login_lower_p_after_lower_u", "cli", "helm registry login harbor.aquacentre.lan -u «U» -p «V»", None),
    ("skopeo_copy_src_creds_colon_pair", "cli", "skopeo copy --src-creds «U»:«V» docker://harbor.aquacentre.lan/pool/chem-api:1.9 dir:/tmp/chem-api", None),
    ("git_clone_https_url_userinfo", "cli", "git clone https://«U»:«V»@git.aquaservice.lan/pool/route-planner.git", None),
    ("pip_install_index_url_userinfo", "cli", "pip install --index-url https://«U»:«V»@pypi.aquaservice.lan/simple/ poolchem==2.3.1", None),
    ("composer_config_http_basic_third", "cli", "composer config http-basic.satis.splashcity.internal «U» «V»", None),
    ("curl_lower_u_user_colon_pass", "cli", "curl -u «U»:«V» https://«H»/api/v1/lanes/today", None),
    ("httpie_lower_a_user_colon_pass", "cli", "http -a «U»:«V» GET https://«H»/api/waitlist?class=starfish", None),
    ("apache_bench_capital_a_colon_pair", "cli", "ab -n 200 -c 10 -A «U»:«V» https://«H»/tickets/availability", None),
    ("hey_lower_a_colon_pair", "cli", "hey -n 500 -a «U»:«V» https://«H»/api/wristband/balance", None),
    ("curl_ftp_upload_url_userinfo", "cli", "curl -T wq_daily.csv ftp://«U»:«V»@«H»/incoming/", None),
    ("duplicity_sftp_target_url_userinfo", "cli", "duplicity /srv/chemlog sftp://«U»:«V»@«H»//backups/chemlog", None),
    ("openconnect_passwd_on_stdin_echo", "cli", "echo «V» | sudo openconnect --user=«U» --passwd-on-stdin vpn.countyhealth.example", None),
    ("gpg_passphrase_fd_zero_stdin_echo", "cli", "echo «V» | gpg --batch --yes --passphrase-fd 0 -d wq_upload_creds.gpg", None),
    # ---- archives, documents, certificates, keychains
    ("zip_capital_p_flag", "cli", "zip -P «V» lifeguard_certs_2025.zip certs/*.pdf", None),
    ("unzip_capital_p_flag", "cli", "unzip -P «V» health_inspection_pack.zip -d inspection/", None),
    ("rar_add_glued_lower_p", "cli", "rar a -p«V» incident_reports.rar incidents/", None),
    ("pdftk_input_pw_keyword_then_value", "cli", "pdftk waiver_batch_locked.pdf input_pw «V» output waiver_batch.pdf", None),
    ("certutil_lower_p_importpfx", "cli", "certutil -f -p «V» -importpfx turnstile_gateway.pfx", None),
    ("signtool_slash_p_after_slash_f", "cli", "signtool sign /f codesign.pfx /p «V» /tr http://timestamp.digicert.com /td sha256 KioskSetup.exe", None),
    ("security_unlock_keychain_lower_p", "cli", "security unlock-keychain -p «V» ~/Library/Keychains/build.keychain-db", None),
    ("security_import_capital_p_pkcs12", "cli", "security import apns_swimapp.p12 -k build.keychain -P «V» -T /usr/bin/codesign", None),
    ("openssl_rsa_passin_pass_prefix", "cli", "openssl rsa -in gate_api.key.enc -passin pass:«V» -out gate_api.key", None),
    # ---- automation and keystrokes
    ("tmux_send_keys_literal_then_enter", "gui", "tmux send-keys -t hmi:0 '«V»' Enter", None),
    ("screen_stuff_command_newline", "gui", "screen -S plcconsole -X stuff '«V»\\n'", None),
    ("xdotool_type_argument", "gui", "xdotool search --name 'Gate Admin' windowactivate --sync\nxdotool type --delay 40 '«V»'\nxdotool key Return", None),
    ("applescript_keystroke_string", "gui", "osascript -e 'tell application \"System Events\" to keystroke \"«V»\"' -e 'tell application \"System Events\" to key code 36'", None),
    ("autohotkey_sendraw_argument", "gui", "#IfWinActive Lane Booking Admin\n^!l::\nSendRaw «V»\nSend {Enter}\nreturn", None),
    ("playwright_page_fill_second", "gui", "await page.goto('https://«H»/admin/login');\nawait page.fill('#user', '«U»');\nawait page.fill('#secret', '«V»');\nawait page.click('text=Sign in');", None),
    ("selenium_send_keys_argument", "gui", "driver.find_element(By.ID, \"user\").send_keys(\"«U»\")\ndriver.find_element(By.ID, \"pw\").send_keys(\"«V»\")\ndriver.find_element(By.ID, \"login\").click()", None),
    ("cypress_type_chain_argument", "gui", "cy.get('[data-cy=user]').type('«U»');\ncy.get('[data-cy=pass]').type('«V»', { log: false });\ncy.contains('Log in').click();", None),
    ("adb_shell_input_text_argument", "gui", "adb -s lobby-tablet shell input text '«V»'\nadb -s lobby-tablet shell input keyevent 66", None),
    ("pywinauto_type_keys_argument", "gui", "dlg = app.window(title='Chem Controller Login')\ndlg.Edit2.type_keys('«V»', with_spaces=True)\ndlg.OK.click()", None),
    ("gherkin_step_second_quoted_argument", "gui", "  Scenario: manager closes lane 4\n    Given I am logged in as \"«U»\" with \"«V»\"\n    When I close lane 4 for maintenance", None),
    ("k6_http_get_url_userinfo", "lib", "import http from 'k6/http';\nexport default function () {\n  http.get('https://«U»:«V»@«H»/api/tickets/today');\n}", None),
    # ---- library call positions
    ("python_pymysql_connect_third_positional", "lib", "conn = pymysql.connect(\"«H»\", \"«U»\", \"«V»\", \"chemlog\")", None),
    ("python_psycopg2_connect_uri_userinfo", "lib", "conn = psycopg2.connect(\"postgresql://«U»:«V»@«H»/lanes\")", None),
    ("python_pymongo_mongoclient_uri_userinfo", "lib", "client = MongoClient(\"mongodb+srv://«U»:«V»@cluster0.aquatics.mongodb.example/\")", None),
    ("python_smtplib_login_second", "lib", "with smtplib.SMTP_SSL(\"«H»\", 465) as s:\n    s.login(\"«U»\", \"«V»\")\n    s.send_message(report_mail)", None),
    ("python_imaplib_login_second", "lib", "M = imaplib.IMAP4_SSL(\"«H»\")\nM.login(\"«U»\", \"«V»\")\nM.select(\"INBOX/HealthDept\")", None),
    ("python_ldap_simple_bind_s_second", "lib", "l = ldap.initialize(\"ldaps://«H»\")\nl.simple_bind_s(\"uid=«U»,ou=svc,dc=splashcity,dc=internal\", \"«V»\")", None),
    ("python_pika_plaincredentials_second", "lib", "creds = pika.PlainCredentials(\"«U»\", \"«V»\")\nparams = pika.ConnectionParameters(\"«H»\", 5672, \"/pumps\", creds)", None),
    ("python_paho_username_pw_set_second", "lib", "client = mqtt.Client(client_id=\"heater-bridge\")\nclient.username_pw_set(\"«U»\", \"«V»\")\nclient.connect(\"«H»\", 1883)", None),
    ("python_httpx_basicauth_second", "lib", "auth = httpx.BasicAuth(\"«U»\", \"«V»\")\nr = httpx.get(\"https://«H»/api/certs/expiring\", auth=auth)", None),
    ("python_requests_httpdigestauth_second", "lib", "r = requests.get(\"http://«H»/ISAPI/System/deviceInfo\", auth=HTTPDigestAuth(\"«U»\", \"«V»\"))", None),
    ("python_pysmb_smbconnection_second", "lib", "conn = SMBConnection(\"«U»\", \"«V»\", \"chemlog-worker\", \"NAS01\", use_ntlm_v2=True)", None),
    ("python_pykeepass_open_second", "lib", "kp = PyKeePass(\"aquatics_vendors.kdbx\", \"«V»\")\nentry = kp.find_entries(title=\"Pentair\", first=True)", None),
    ("python_aioftp_client_login_second", "lib", "client = aioftp.Client()\nawait client.connect(\"«H»\")\nawait client.login(\"«U»\", \"«V»\")", None),
    ("python_exchangelib_credentials_second", "lib", "creds = Credentials(\"«U»@splashcity.example\", \"«V»\")\naccount = Account(\"aquatics@splashcity.example\", credentials=creds, autodiscover=True)", None),
    ("python_redis_ctor_fourth_positional", "lib", "r = redis.Redis(\"«H»\", 6379, 0, \"«V»\")", None),
    ("node_pg_client_connection_string_userinfo", "lib", "const client = new Client({ connectionString: 'postgres://«U»:«V»@«H»:5432/waitlist' });", None),
    ("node_mongoose_connect_uri_userinfo", "lib", "await mongoose.connect('mongodb://«U»:«V»@«H»:27017/tickets?authSource=admin');", None),
    ("node_mqtt_connect_url_userinfo", "lib", "const client = mqtt.connect('mqtts://«U»:«V»@«H»:8883');", None),
    ("browser_btoa_template_user_colon_pass", "lib", "headers.set('Authorization', 'Basic ' + btoa(`${kioskUser}:«V»`));", None),
    ("java_drivermanager_getconnection_third", "lib", "Connection c = DriverManager.getConnection(\"jdbc:postgresql://«H»/turnstile\", \"«U»\", \"«V»\");", None),
    ("java_mongocredential_createcredential_third", "lib", "MongoCredential cred = MongoCredential.createCredential(\"«U»\", \"admin\", \"«V»\".toCharArray());", None),
    ("java_javamail_transport_connect_fourth", "lib", "Transport t = session.getTransport(\"smtp\");\nt.connect(\"«H»\", 587, \"«U»\", \"«V»\");", None),
    ("java_keymanagerfactory_init_second_chararray", "lib", "kmf.init(keyStore, \"«V»\".toCharArray());", None),
    ("csharp_renci_sftpclient_ctor_fourth", "lib", "using var sftp = new SftpClient(\"«H»\", 22, \"«U»\", \"«V»\");\nsftp.Connect();", None),
    ("csharp_mailkit_authenticate_second", "lib", "await client.ConnectAsync(\"«H»\", 587, SecureSocketOptions.StartTls);\nawait client.AuthenticateAsync(\"«U»\", \"«V»\");", None),
    ("go_smtp_plainauth_third", "lib", "auth := smtp.PlainAuth(\"\", \"«U»\", \"«V»\", \"«H»\")", None),
    ("go_url_userpassword_second", "lib", "u := &url.URL{Scheme: \"https\", Host: \"«H»\", User: url.UserPassword(\"«U»\", \"«V»\")}", None),
    ("rust_lettre_credentials_new_second", "lib", "let creds = Credentials::new(\"«U»\".to_owned(), \"«V»\".to_owned());", None),
    ("rust_reqwest_basic_auth_some_second", "lib", "let resp = client.get(url).basic_auth(\"«U»\", Some(\"«V»\")).send().await?;", None),
    ("ruby_net_smtp_start_fifth_positional", "lib", "Net::SMTP.start('«H»', 587, 'splashcity.example', '«U»', '«V»', :login) do |smtp|\n  smtp.send_message(msg, from, to)\nend", None),
    ("ruby_net_imap_login_second", "lib", "imap = Net::IMAP.new('«H»', ssl: true)\nimap.login('«U»', '«V»')", None),
    ("php_pdo_ctor_third", "lib", "$pdo = new PDO('mysql:host=«H»;dbname=lanes', '«U»', '«V»');", None),
    ("php_ldap_bind_third", "lib", "$ok = ldap_bind($conn, 'uid=«U»,ou=svc,dc=splashcity,dc=internal', '«V»');", None),
    ("perl_net_smtp_auth_second", "lib", "my $smtp = Net::SMTP->new('«H»', Port => 587);\n$smtp->starttls();\n$smtp->auth('«U»', '«V»');", None),
    ("perl_lwp_credentials_fourth", "lib", "$ua->credentials('«H»:443', 'Chem Portal', '«U»', '«V»');", None),
    ("vbscript_ado_connection_open_third", "lib", "Set conn = CreateObject(\"ADODB.Connection\")\nconn.Open \"DSN=TurnstileDB\", \"«U»\", \"«V»\"", None),
    ("excel_vba_workbooks_open_fifth_argument", "lib", "Set wb = Workbooks.Open(\"\\\\«H»\\ops\\chem_log_2025.xlsx\", , , , \"«V»\")", None),
    ("vba_worksheet_unprotect_first_argument", "lib", "Sheets(\"Lifeguard Roster\").Unprotect \"«V»\"\nSheets(\"Lifeguard Roster\").Range(\"B4\").Value = \"Off\"", None),
    ("matlab_database_third_argument", "lib", "conn = database('chemlog', '«U»', '«V»', 'Vendor', 'PostgreSQL', 'Server', '«H»');", None),
    # ---- files with fixed column order
    ("pgpass_file_fifth_field", "file", "# ~/.pgpass\n«H»:5432:chemlog:«U»:«V»\n*:*:*:readonly:*", None),
    ("postfix_sasl_passwd_user_colon_pass", "file", "# /etc/postfix/sasl_passwd\n[smtp.sendgrid.example]:587 «U»:«V»", None),
    ("ppp_pap_secrets_third_column", "file", "# /etc/ppp/pap-secrets\n# client  server  secret  IP addresses\n«U»  *  «V»  *", None),
    ("vsftpd_virtual_users_txt_second_line", "file", "# /etc/vsftpd/virtual_users.txt (odd lines user, even lines secret)\n«U»\n«V»", None),
    ("openvpn_auth_user_pass_file_second_line", "file", "# /etc/openvpn/client/county-health.auth\n«U»\n«V»", None),
    ("dovecot_passwd_file_plain_scheme", "file", "# /etc/dovecot/users\n«U»:{PLAIN}«V»:5000:5000::/var/vmail/«U»", None),
    ("redis_acl_file_greater_than_prefix", "file", "# /etc/redis/users.acl\nuser «U» on >«V» ~lane:* +@read +@write", None),
    ("upsmon_conf_monitor_line_fourth_field", "file", "# /etc/nut/upsmon.conf\nMONITOR pumproom-ups@localhost 1 «U» «V» primary", None),
    ("snmpd_conf_rocommunity_second_token", "file", "# /etc/snmp/snmpd.conf\nsysLocation Pump room B\nrocommunity «V» 10.40.0.0/16", None),
    ("snmpd_createuser_sha_fourth_token", "file", "# /var/lib/snmp/snmpd.conf\ncreateUser «U» SHA «V» AES", None),
    ("ntp_keys_file_md5_third_column", "file", "# /etc/ntp.keys\n1 M «V»", None),
    ("cups_printers_conf_device_uri_userinfo", "file", "<Printer FrontDesk>\nDeviceURI ipps://«U»:«V»@«H»/printers/frontdesk\nState Idle\n</Printer>", None),
    ("mutt_smtp_url_userinfo", "file", "# ~/.muttrc\nset smtp_url = \"smtps://«U»:«V»@«H»:465/\"\nset from = \"aquatics@splashcity.example\"", None),
    ("git_credentials_store_line_userinfo", "file", "# ~/.git-credentials\nhttps://«U»:«V»@git.aquaservice.lan", None),
    ("tinyproxy_conf_basicauth_second_token", "file", "# /etc/tinyproxy/tinyproxy.conf\nPort 8888\nBasicAuth «U» «V»", None),
    ("lighttpd_plain_userfile_colon_pair", "file", "# /etc/lighttpd/lighttpd.user (auth.backend.plain.userfile)\n«U»:«V»", None),
    ("stunnel_psk_secrets_identity_colon_key", "file", "# /etc/stunnel/psk.txt\nheater-bridge:«V»", None),
    ("rsyncd_secrets_user_colon_pass", "file", "# /etc/rsyncd.secrets\n«U»:«V»", None),
    ("ansible_vault_pass_file_single_line", "file", "# .vault_pass (chmod 600)\n«V»", None),
    ("linux_newusers_batch_second_field", "file", "# guards_2025.batch for newusers(8)\n«U»:«V»:2101:2100:Seasonal guard:/home/«U»:/bin/bash", None),
    ("uv_index_url_env_userinfo", "file", "# .envrc\nexport UV_INDEX_URL=https://«U»:«V»@pypi.aquaservice.lan/simple", None),
    # ---- protocol exchanges
    ("imap_login_command_third_token", "proto", "S: * OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN] ready\nC: a001 LOGIN «U» «V»\nS: a001 OK LOGIN completed", None),
    ("smtp_auth_plain_initial_response_b64", "proto", "S: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN «V»\nS: 235 2.7.0 Authentication successful", "b64_plain_sasl"),
    ("nntp_authinfo_pass_after_user", "proto", "C: AUTHINFO USER «U»\nS: 381 More authentication information required\nC: AUTHINFO PASS «V»\nS: 281 Authentication accepted", None),
    ("redis_monitor_auth_quoted_second", "proto", "1747211220.118021 [0 10.40.2.33:51712] \"AUTH\" \"«V»\"\n1747211220.118502 [0 10.40.2.33:51712] \"GET\" \"lane:4:state\"", None),
    ("ldap_bind_request_simple_wireshark_line", "proto", "Lightweight Directory Access Protocol\n    LDAPMessage bindRequest(1) \"uid=«U»,ou=svc,dc=splashcity,dc=internal\" simple\n        bindRequest\n            version: 3\n            authentication: simple (0)\n                simple: «V»", None),
    ("imap_authenticate_plain_continuation_b64", "proto", "C: a002 AUTHENTICATE PLAIN\nS: +\nC: «V»\nS: a002 OK Success", "b64_plain_sasl"),
    ("websocket_upgrade_authorization_basic_b64", "proto", "GET /ws/gates HTTP/1.1\nHost: «H»\nUpgrade: websocket\nConnection: Upgrade\nAuthorization: Basic «V»\nSec-WebSocket-Version: 13", "b64_userpass"),
]

# weakest (a keyword hint in the tool) or near-duplicate syntaxes go last; only the first 120 are kept
DEMOTE = ["pdftk_input_pw_keyword_then_value", "openssl_rsa_passin_pass_prefix", "python_paho_username_pw_set_second",
          "mysql_create_user_identified_by_literal", "openconnect_passwd_on_stdin_echo", "gpg_passphrase_fd_zero_stdin_echo",
          "mysqlimport_glued_lower_p_local", "rpcclient_capital_u_percent_pair", "hey_lower_a_colon_pair",
          "security_import_capital_p_pkcs12", "python_requests_httpdigestauth_second", "ruby_net_imap_login_second",
          "helm_registry_login_lower_p_after_lower_u", "uv_index_url_env_userinfo", "vlc_cli_rtsp_url_userinfo",
          "screen_stuff_command_newline", "java_keymanagerfactory_init_second_chararray"]
S = [r for r in S if r[0] not in DEMOTE] + [r for r in S if r[0] in DEMOTE]


def _value(rng, enc, user):
    pw = owner_pw(rng)
    if enc is None:
        return pw, pw
    if enc == "b64_plain_sasl":
        return pw, base64.b64encode(("\0" + user + "\0" + pw).encode()).decode()
    if enc == "b64_userpass":
        return pw, base64.b64encode((user + ":" + pw).encode()).decode()
    raise KeyError(enc)


def build(reg, start_index, deny, denied_fn, old_syntaxes, keep=120):
    rng = random.Random(SEED)
    kept, dropped = [], []
    for row in S:
        if denied_fn(PREFIX + row[0], deny) or denied_fn(row[0], deny) or row[0] in old_syntaxes:
            dropped.append(row[0])
        else:
            kept.append(row)
    unused = [r[0] for r in kept[keep:]]
    kept = kept[:keep]
    out = []
    n = start_index
    for syn, kind, tpl, enc in kept:
        user = rng.choice(USERS)
        host = rng.choice(HOSTS)
        for _ in range(200):
            pw, value = _value(rng, enc, user)
            # the password may occur once (the template may reuse it only when the span is the Base64 form)
            if reg.ok(value) and reg.ok(pw):
                break
        reg.add(value)
        if pw != value:
            reg.add(pw)
        text = tpl.replace("«U»", user).replace("«H»", host)
        text = text.replace("«V»", MARK)
        typ = PREFIX + syn
        out.append(rec("p171-s-%04d" % n, typ, "%s__%s" % (typ, SUFFIX[kind]), text, value, "password"))
        n += 1
    return out, {"written": len(S), "dropped": dropped, "unused": unused, "kept": [(r[0], r[1]) for r in kept]}

