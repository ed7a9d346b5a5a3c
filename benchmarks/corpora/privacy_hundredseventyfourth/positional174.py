"""Password source: passwords passed by position, flag or protocol role, never after a telling key."""
import base64
import random

import common174 as C

SEED = 17403
PFX = "beepw_"
SUFFIX = {
    "cli": "apiary_ops_terminal_history",
    "lib": "hive_backend_source_snippet",
    "file": "honey_house_server_config_file",
    "proto": "apiary_gateway_wire_capture",
    "gui": "bee_app_ui_test_script",
}

# (syntax, where, template, value kind).  @V@ value, @U@ user, @H@ host
SYNTAXES = [
    # ---------------- command line: flags and positional arguments
    ("sqlcmd_capital_p_after_capital_u", "cli", "$ sqlcmd -S @H@ -U @U@ -P @V@ -d HoneyLots -Q \"SELECT TOP 5 * FROM Lots\"\n"),
    ("bcp_out_capital_p_after_capital_u", "cli", "$ bcp dbo.JarLabels out labels.dat -S @H@ -U @U@ -P @V@ -c\n"),
    ("mysqladmin_glued_lower_p_status", "cli", "$ mysqladmin -h @H@ -u @U@ -p@V@ status\nUptime: 86211  Threads: 3  Questions: 51223\n"),
    ("mariadb_client_glued_lower_p_batch", "cli", "$ mariadb --batch -h @H@ -u @U@ -p@V@ inspections < weekly_varroa.sql\n"),
    ("mysqlsh_schemeless_uri_userinfo", "cli", "$ mysqlsh @U@:@V@@@H@:3306 --sql -e \"SHOW TABLES\"\n"),
    ("mongodump_uri_flag_userinfo", "cli", "$ mongodump --uri=\"mongodb://@U@:@V@@@H@:27017/hivedata?authSource=admin\" --out=/backup/hivedata\n"),
    ("mongoimport_lower_p_after_lower_u", "cli", "$ mongoimport -u @U@ -p @V@ --host @H@ --db hivedata --collection weights --file scale_2024.json\n"),
    ("redis_cli_lower_u_url_userinfo", "cli", "$ redis-cli -u redis://@U@:@V@@@H@:6379/2 XLEN hive:weights\n(integer) 1288\n"),
    ("nats_cli_server_url_userinfo", "cli", "$ nats --server nats://@U@:@V@@@H@:4222 sub 'hive.*.acoustics'\n"),
    ("celery_worker_broker_url_userinfo", "cli", "$ celery -A varroa -b amqp://@U@:@V@@@H@:5672// worker -l info\n"),
    ("mosquitto_sub_capital_p_after_lower_u", "cli", "$ mosquitto_sub -h @H@ -u @U@ -P @V@ -t 'apiary/+/scale' -v\n"),
    ("smbclient_second_positional_after_share", "cli", "$ smbclient //@H@/labels @V@ -U @U@ -c 'put lot_L2406.pdf'\n"),
    ("lftp_lower_u_user_comma_pass", "cli", "$ lftp -u @U@,@V@ sftp://@H@ -e 'mirror -R exports/ /inbox/; bye'\n"),
    ("wget_ftp_url_userinfo", "cli", "$ wget ftp://@U@:@V@@@H@/registry/exports/apiaries.csv\n"),
    ("curl_capital_u_proxy_user_colon_pass", "cli", "$ curl -x http://@H@:3128 -U @U@:@V@ https://registry.beehealth.example/api/v2/ping\n"),
    ("curl_smtps_url_userinfo_mail_rcpt", "cli", "$ curl --ssl-reqd --url smtps://@U@:@V@@@H@:465 --mail-from shop@meadowbee.example --mail-rcpt orders@meadowbee.example -T order.eml\n"),
    ("plink_pw_flag_remote_command", "cli", "> plink.exe -ssh @U@@@H@ -pw @V@ -batch \"systemctl restart hive-ingest\"\n"),
    ("pscp_pw_flag_before_source", "cli", "> pscp.exe -pw @V@ C:\\labels\\lot_L2406.csv @U@@@H@:/srv/labels/\n"),
    ("winscp_com_open_sftp_url_userinfo", "cli", "> winscp.com /command \"open sftp://@U@:@V@@@H@/\" \"put C:\\exports\\jars.csv /in/\" \"exit\"\n"),
    ("ipmitool_capital_p_after_capital_u", "cli", "$ ipmitool -I lanplus -H @H@ -U @U@ -P @V@ chassis power status\nChassis Power is on\n"),
    ("racadm_remote_lower_p_after_lower_u", "cli", "$ racadm -r @H@ -u @U@ -p @V@ getsysinfo\n"),
    ("psexec_lower_p_after_lower_u", "cli", "> PsExec.exe \\\\@H@ -u HONEYHOUSE\\@U@ -p @V@ cmd /c \"sc query LabelPrintSvc\"\n"),
    ("net_use_drive_positional_before_user", "cli", "> net use Z: \\\\@H@\\bottling @V@ /user:HONEYHOUSE\\@U@ /persistent:no\n"),
    ("schtasks_capital_rp_after_capital_ru", "cli", "> schtasks /create /tn \"NightlyLotSync\" /tr C:\\sync\\lots.exe /sc daily /st 02:00 /ru HONEYHOUSE\\@U@ /rp @V@\n"),
    ("hg_clone_https_url_userinfo", "cli", "$ hg clone https://@U@:@V@@@H@/hg/hive-firmware\n"),
    ("git_remote_set_url_userinfo", "cli", "$ git remote set-url origin https://@U@:@V@@@H@/apiary/varroa-tracker.git\n"),
    ("npm_config_set_registry_url_userinfo", "cli", "$ npm config set registry https://@U@:@V@@@H@/npm/\n"),
    ("bundle_config_set_host_colon_pair", "cli", "$ bundle config set --global @H@ @U@:@V@\n"),
    ("gem_sources_add_url_userinfo", "cli", "$ gem sources --add https://@U@:@V@@@H@/gems/\n"),
    ("conda_config_add_channel_url_userinfo", "cli", "$ conda config --add channels https://@U@:@V@@@H@/conda/apiary\n"),
    ("goproxy_env_url_userinfo", "cli", "$ GOPROXY=https://@U@:@V@@@H@/goproxy go mod download\n"),
    ("restic_rest_repository_url_userinfo", "cli", "$ restic -r rest:https://@U@:@V@@@H@:8000/honeyhouse snapshots\n"),
    ("mc_alias_set_fourth_positional", "cli", "$ mc alias set hiveaudio https://@H@:9000 @U@ @V@\nAdded `hiveaudio` successfully.\n"),
    ("rabbitmqctl_authenticate_user_second", "cli", "$ rabbitmqctl authenticate_user @U@ @V@\nAuthenticating user \"@U@\" ...\nSuccess\n"),
    ("sqlplus_slash_connect_identifier", "cli", "$ sqlplus @U@/@V@@//@H@:1521/TRACE @lot_recall.sql\n"),
    ("db2_connect_using_after_user", "cli", "db2 => CONNECT TO HONEYDB USER @U@ USING @V@\n   Database server        = DB2/LINUXX8664 11.5.8\n"),
    ("unixodbc_isql_dsn_third_positional", "cli", "$ isql -v InspectionsDSN @U@ @V@\n+---------------------------------------+\n| Connected!                            |\n"),
    ("sevenzip_glued_lower_p_archive", "cli", "$ 7z a -p@V@ -mhe=on queen_pedigrees_2024.7z pedigrees/\n"),
    ("ssh_keygen_capital_n_new_key", "cli", "$ ssh-keygen -t ed25519 -f ~/.ssh/hive_gateway -C @U@@@H@ -N @V@\n"),
    ("openssl_enc_lower_k_argument", "cli", "$ openssl enc -aes-256-cbc -pbkdf2 -salt -in pollination_rates.csv -out rates.enc -k @V@\n"),
    ("wpa_cli_set_network_psk_quoted", "cli", "$ wpa_cli -i wlan0 set_network 0 psk '\"@V@\"'\nOK\n"),
    ("snmpwalk_v3_capital_a_auth_phrase", "cli", "$ snmpwalk -v3 -l authNoPriv -u @U@ -a SHA -A @V@ @H@ 1.3.6.1.2.1.1\n"),
    ("snmpget_v3_capital_x_priv_phrase", "cli", "$ snmpget -v3 -l authPriv -u @U@ -a SHA -A cellarauth -x AES -X @V@ @H@ sysUpTime.0\n"),
    ("kinit_stdin_echo_principal", "cli", "$ echo '@V@' | kinit @U@@HONEYHOUSE.LAN\n"),
    ("htpasswd_lower_i_stdin_echo", "cli", "$ echo @V@ | htpasswd -i -B /etc/nginx/hive-dashboard.htpasswd @U@\n"),
    ("cryptsetup_open_key_file_dash_printf", "cli", "$ printf '%s' '@V@' | cryptsetup open --key-file=- /dev/sdb1 hivearchive\n"),
    ("gocryptfs_init_stdin_echo", "cli", "$ echo '@V@' | gocryptfs -init -q ~/queen-records.cipher\n"),
    ("ftp_n_heredoc_user_command", "cli", "$ ftp -n @H@ <<EOF\nuser @U@ @V@\nbinary\nput scale_export.csv\nbye\nEOF\n"),
    ("ffmpeg_rtsp_input_url_userinfo", "cli", "$ ffmpeg -rtsp_transport tcp -i rtsp://@U@:@V@@@H@:554/stream1 -t 30 hive_entrance.mp4\n"),
    ("expect_send_line_after_spawn", "cli", "#!/usr/bin/expect -f\nspawn ssh @U@@@H@\nexpect \"*assword:\"\nsend \"@V@\\r\"\nexpect \"$ \"\nsend \"sudo systemctl restart chirpstack\\r\"\n"),
    ("jdbc_mysql_url_userinfo_flyway", "cli", "$ flyway -url=jdbc:mysql://@U@:@V@@@H@:3306/queen_records migrate\n"),
    # ---------------- library call positions
    ("python_paramiko_connect_fourth_positional", "lib", "client = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nclient.connect(\"@H@\", 22, \"@U@\", \"@V@\")\n"),
    ("python_ftplib_login_second", "lib", "from ftplib import FTP_TLS\nftp = FTP_TLS(\"@H@\")\nftp.login(\"@U@\", \"@V@\")\nftp.prot_p()\n"),
    ("python_smbclient_register_session_third", "lib", "import smbclient\nsmbclient.register_session(\"@H@\", \"@U@\", \"@V@\")\nwith smbclient.open_file(r\"\\\\@H@\\labels\\lots.csv\") as fh:\n    rows = fh.read()\n"),
    ("python_pysnmp_usmuserdata_second", "lib", "from pysnmp.hlapi import UsmUserData, usmHMACSHAAuthProtocol\nuser = UsmUserData(\"@U@\", \"@V@\", authProtocol=usmHMACSHAAuthProtocol)\n"),
    ("python_mysqldb_connect_third_positional", "lib", "import MySQLdb\ndb = MySQLdb.connect(\"@H@\", \"@U@\", \"@V@\", \"inspections\")\n"),
    ("python_asyncpg_connect_dsn_userinfo", "lib", "conn = await asyncpg.connect(\"postgresql://@U@:@V@@@H@:5432/varroa\")\n"),
    ("python_aiohttp_basicauth_second", "lib", "auth = aiohttp.BasicAuth(\"@U@\", \"@V@\")\nasync with session.get(f\"https://@H@/api/scales\", auth=auth) as resp:\n    data = await resp.json()\n"),
    ("python_requests_auth_tuple_second", "lib", "r = requests.get(\"https://@H@/api/v1/hives\", auth=(\"@U@\", \"@V@\"), timeout=10)\n"),
    ("python_influxdb_v1_client_fourth_positional", "lib", "from influxdb import InfluxDBClient\nclient = InfluxDBClient(\"@H@\", 8086, \"@U@\", \"@V@\", \"hive_weights\")\n"),
    ("python_sqlalchemy_create_engine_url_userinfo", "lib", "engine = create_engine(\"mysql+pymysql://@U@:@V@@@H@/pollination\", pool_pre_ping=True)\n"),
    ("python_pexpect_sendline_after_expect", "lib", "child = pexpect.spawn(\"ssh @U@@@H@\")\nchild.expect(\"assword:\")\nchild.sendline(\"@V@\")\n"),
    ("python_imapclient_login_second", "lib", "from imapclient import IMAPClient\nwith IMAPClient(\"@H@\") as server:\n    server.login(\"@U@\", \"@V@\")\n    server.select_folder(\"Orders\")\n"),
    ("python_kombu_connection_url_userinfo", "lib", "with Connection(\"amqp://@U@:@V@@@H@:5672//\") as conn:\n    producer = conn.Producer()\n"),
    ("node_mysql2_createconnection_uri_userinfo", "lib", "const conn = await mysql.createConnection('mysql://@U@:@V@@@H@:3306/honeyshop');\n"),
    ("node_ioredis_ctor_url_userinfo", "lib", "const redis = new Redis('redis://@U@:@V@@@H@:6379/0');\n"),
    ("node_amqplib_connect_url_userinfo", "lib", "const conn = await amqp.connect('amqp://@U@:@V@@@H@');\nconst ch = await conn.createChannel();\n"),
    ("node_buffer_from_user_colon_pass_base64", "lib", "const auth = Buffer.from('@U@:@V@').toString('base64');\nawait fetch('https://@H@/api/orders', { headers: { Authorization: `Basic ${auth}` } });\n"),
    ("node_crypto_pbkdf2sync_first_argument", "lib", "const key = crypto.pbkdf2Sync('@V@', salt, 210000, 32, 'sha256'); // unlock queen-records export\n"),
    ("java_commons_net_ftpclient_login_second", "lib", "FTPClient ftp = new FTPClient();\nftp.connect(\"@H@\");\nftp.login(\"@U@\", \"@V@\");\n"),
    ("java_keystore_load_chararray_second", "lib", "KeyStore ks = KeyStore.getInstance(\"PKCS12\");\nks.load(new FileInputStream(\"hive-gateway.p12\"), \"@V@\".toCharArray());\n"),
    ("kotlin_ktor_basicauthcredentials_second", "lib", "credentials { BasicAuthCredentials(\"@U@\", \"@V@\") }\n"),
    ("csharp_networkcredential_ctor_second", "lib", "var cred = new NetworkCredential(\"@U@\", \"@V@\", \"HONEYHOUSE\");\nusing var smtp = new SmtpClient(\"@H@\") { Credentials = cred };\n"),
    ("csharp_x509certificate2_ctor_second", "lib", "var cert = new X509Certificate2(@\"C:\\certs\\bottling-line.pfx\", \"@V@\");\n"),
    ("csharp_mqttnet_withcredentials_second", "lib", "var options = new MqttClientOptionsBuilder()\n    .WithTcpServer(\"@H@\")\n    .WithCredentials(\"@U@\", \"@V@\")\n    .Build();\n"),
    ("go_sql_open_mysql_dsn_colon_at", "lib", "db, err := sql.Open(\"mysql\", \"@U@:@V@@tcp(@H@:3306)/inspections?parseTime=true\")\n"),
    ("go_jlaffaye_ftp_login_second", "lib", "c, _ := ftp.Dial(\"@H@:21\")\nif err := c.Login(\"@U@\", \"@V@\"); err != nil {\n\tlog.Fatal(err)\n}\n"),
    ("go_http_request_setbasicauth_second", "lib", "req, _ := http.NewRequest(\"GET\", \"https://@H@/api/weights\", nil)\nreq.SetBasicAuth(\"@U@\", \"@V@\")\n"),
    ("rust_suppaftp_login_second", "lib", "let mut ftp = FtpStream::connect(\"@H@:21\")?;\nftp.login(\"@U@\", \"@V@\")?;\n"),
    ("rust_rumqttc_set_credentials_second", "lib", "let mut opts = MqttOptions::new(\"hive-07\", \"@H@\", 1883);\nopts.set_credentials(\"@U@\", \"@V@\");\n"),
    ("ruby_net_ftp_login_second", "lib", "Net::FTP.open('@H@') do |ftp|\n  ftp.login('@U@', '@V@')\n  ftp.putbinaryfile('lots.csv')\nend\n"),
    ("ruby_faraday_basic_authorization_fourth", "lib", "conn = Faraday.new(url: 'https://@H@') do |f|\n  f.request :authorization, :basic, '@U@', '@V@'\nend\n"),
    ("php_mysqli_ctor_third", "lib", "<?php\n$db = new mysqli('@H@', '@U@', '@V@', 'honeyshop');\n"),
    ("php_ftp_login_third", "lib", "<?php\n$conn = ftp_connect('@H@');\nftp_login($conn, '@U@', '@V@');\n"),
    ("php_imap_open_third", "lib", "<?php\n$mbox = imap_open('{@H@:993/imap/ssl}INBOX', '@U@', '@V@');\n"),
    ("perl_dbi_connect_third", "lib", "my $dbh = DBI->connect('dbi:Pg:dbname=varroa;host=@H@', '@U@', '@V@', { RaiseError => 1 });\n"),
    ("perl_net_ftp_login_second", "lib", "my $ftp = Net::FTP->new('@H@') or die;\n$ftp->login('@U@', '@V@') or die $ftp->message;\n"),
    ("powershell_convertto_securestring_plaintext", "lib", "$sec = ConvertTo-SecureString '@V@' -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential ('HONEYHOUSE\\@U@', $sec)\n"),
    ("arduino_wifi_begin_second", "lib", "void setup() {\n  Serial.begin(115200);\n  WiFi.begin(\"beeyard-ap\", \"@V@\");\n  scale.begin(DOUT, SCK);\n}\n"),
    ("arduino_pubsubclient_connect_third", "lib", "if (mqtt.connect(\"hive-07\", \"@U@\", \"@V@\")) {\n  mqtt.publish(\"apiary/07/weight\", payload);\n}\n"),
    ("micropython_wlan_connect_second", "lib", "import network\nwlan = network.WLAN(network.STA_IF)\nwlan.active(True)\nwlan.connect('beeyard-ap', '@V@')\n"),
    ("micropython_umqtt_mqttclient_fifth_positional", "lib", "from umqtt.simple import MQTTClient\nc = MQTTClient('hive-07', '@H@', 1883, '@U@', '@V@')\nc.connect()\n"),
    ("lua_mosquitto_login_set_second", "lib", "local mqtt = require(\"mosquitto\")\nlocal client = mqtt.new(\"hive-gw\")\nclient:login_set(\"@U@\", \"@V@\")\nclient:connect(\"@H@\")\n"),
    # ---------------- files with fixed column order
    ("davfs2_secrets_third_token", "file", "# /etc/davfs2/secrets\n# URL / mount point        user\nhttps://@H@/remote.php/dav/files/labels  @U@  @V@\n"),
    ("ppp_chap_secrets_third_column", "file", "# /etc/ppp/chap-secrets  (GSM hive gateway)\n@U@   *   @V@   *\n"),
    ("strongswan_ipsec_secrets_psk_quoted", "file", "# /etc/ipsec.secrets - honey house to out-apiary tunnel\n@H@ %any : PSK \"@V@\"\n"),
    ("hostapd_wpa_psk_file_second_column", "file", "# /etc/hostapd/hostapd.wpa_psk - beeyard access point\n00:00:00:00:00:00 @V@\n"),
    ("exim_passwd_client_third_field", "file", "# /etc/exim4/passwd.client\n@H@:@U@:@V@\n"),
    ("sendmail_authinfo_p_colon_quoted", "file", "# /etc/mail/authinfo\nAuthInfo:@H@ \"U:@U@\" \"P:@V@\" \"M:PLAIN\"\n"),
    ("telegraf_outputs_http_url_userinfo", "file", "[[outputs.influxdb]]\n  urls = [\"http://@U@:@V@@@H@:8086\"]\n  database = \"hive_sensors\"\n"),
    ("apt_conf_acquire_proxy_userinfo", "file", "// /etc/apt/apt.conf.d/95proxy on the out-apiary gateway\nAcquire::http::Proxy \"http://@U@:@V@@@H@:3128/\";\n"),
    ("pip_conf_global_index_url_userinfo", "file", "[global]\nindex-url = https://@U@:@V@@@H@/pypi/simple\ntimeout = 60\n"),
    ("git_config_http_proxy_userinfo", "file", "[http]\n\tproxy = http://@U@:@V@@@H@:3128\n[user]\n\tname = Apiary CI\n"),
    ("motion_conf_netcam_userpass_colon_pair", "file", "# /etc/motion/camera-hive07.conf\nnetcam_url rtsp://@H@:554/stream1\nnetcam_userpass @U@:@V@\n"),
    ("apiary_staff_headerless_csv_fourth_column", "file", "# staff_import.csv (name, role, login, initial, site)\nMaeve Kinsella,inspector,@U@,@V@,north-yard\n"),
    ("scale_provisioning_tsv_third_field", "file", "# hive scale provisioning sheet (tab separated: serial, apn, key, slot)\nHS-0417\tiot.1nce.net\t@V@\tA3\n"),
    # ---------------- protocol exchanges
    ("smtp_auth_login_second_base64_line", "proto", "S: 220 @H@ ESMTP\nC: EHLO shop-worker\nS: 250-AUTH LOGIN PLAIN\nC: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: @B64USER@\nS: 334 UGFzc3dvcmQ6\nC: @V@\nS: 235 2.7.0 Authentication successful\n", "b64_pw"),
    ("xmpp_sasl_plain_auth_element_base64", "proto", "SENT: <auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>@V@</auth>\nRECV: <success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>\n", "b64_nul"),
    ("http_proxy_authorization_basic_base64", "proto", "CONNECT registry.beehealth.example:443 HTTP/1.1\nHost: registry.beehealth.example:443\nProxy-Authorization: Basic @V@\nUser-Agent: apiary-sync/2.3\n", "b64_colon"),
    ("ftp_control_channel_second_command", "proto", "220 @H@ FTP server ready\nUSER @U@\n331 User @U@ OK, send PASS.\nPASS @V@\n230 Login successful.\n"),
    ("redis_hello_auth_after_protover", "proto", "1716031122.118 [2 @H@:51234] \"HELLO\" \"3\" \"AUTH\" \"@U@\" \"@V@\"\n"),
    ("at_qicsgp_apn_fifth_parameter", "proto", "> AT+QICSGP=1,1,\"iot.apn.example\",\"@U@\",\"@V@\",1\r\nOK\r\n> AT+QIACT=1\r\nOK\r\n"),
    ("at_cgauth_fourth_parameter", "proto", "> AT+CGDCONT=1,\"IP\",\"hive.m2m.example\"\r\nOK\r\n> AT+CGAUTH=1,1,\"@U@\",\"@V@\"\r\nOK\r\n"),
    # ---------------- UI automation
    ("robot_framework_input_text_second_cell", "gui", "*** Test Cases ***\nLogin To Hive Dashboard\n    Open Browser    https://@H@/login    chrome\n    Input Text    id=user    @U@\n    Input Text    id=login-field-2    @V@\n    Click Button    Sign in\n"),
    ("webdriverio_setvalue_argument", "gui", "await $('#login-user').setValue('@U@');\nawait $('#login-field-2').setValue('@V@');\nawait $('button=Sign in').click();\n"),
    ("puppeteer_page_type_second", "gui", "await page.type('#user', '@U@');\nawait page.type('#field-2', '@V@');\nawait page.click('#submit');\n"),
    ("testcafe_typetext_second", "gui", "await t\n  .typeText('#user', '@U@')\n  .typeText('#field-2', '@V@')\n  .click('#sign-in');\n"),
    ("espresso_perform_typetext_argument", "gui", "onView(withId(R.id.user)).perform(typeText(\"@U@\"))\nonView(withId(R.id.field2)).perform(typeText(\"@V@\"), closeSoftKeyboard())\n"),
    ("xcuitest_securetextfield_typetext", "gui", "let field = app.secureTextFields.firstMatch\nfield.tap()\nfield.typeText(\"@V@\")\napp.buttons[\"Sign In\"].tap()\n"),
    ("maestro_flow_inputtext_step", "gui", "appId: example.apiarybook\n---\n- launchApp\n- tapOn: \"Sign in\"\n- inputText: \"@U@\"\n- tapOn:\n    id: \"login_field_2\"\n- inputText: \"@V@\"\n"),
    ("powershell_sendkeys_sendwait", "gui", "Add-Type -AssemblyName System.Windows.Forms\nStart-Process \"C:\\Bottling\\Hmi.exe\"; Start-Sleep 5\n[System.Windows.Forms.SendKeys]::SendWait(\"@V@{ENTER}\")\n"),
    ("vbscript_wshshell_sendkeys_tilde", "gui", "Set sh = CreateObject(\"WScript.Shell\")\nsh.AppActivate \"Label Designer\"\nWScript.Sleep 800\nsh.SendKeys \"@V@~\"\n"),
    ("katalon_webui_settext_second", "gui", "WebUI.setText(findTestObject('Login/input_user'), '@U@')\nWebUI.setText(findTestObject('Login/input_field2'), '@V@')\n"),
    ("sikulix_type_then_enter", "gui", "click(\"field2.png\")\ntype(\"@V@\" + Key.ENTER)\nwait(\"dashboard.png\", 10)\n"),
    ("wtype_wayland_argument", "gui", "$ wtype '@V@' && wtype -k Return\n"),
]

HOSTS = ["10.20.0.5", "db.honeyhouse.lan", "gw-north.apiary.lan", "172.16.8.30", "files.meadowbee.lan",
         "nas01.honeyhouse.lan", "broker.beeyard.lan", "mail.meadowbee.example", "repo.apiary.lan"]
USERS = ["apiarist", "beeops", "labelsvc", "inspector", "honeyhouse", "hive07", "scale_gw", "maeve"]


# weakest ones (a hint of the word or a keyword in the tool / protocol) go to the unused tail
TAIL = ["ftp_control_channel_second_command", "wpa_cli_set_network_psk_quoted", "sendmail_authinfo_p_colon_quoted",
        "motion_conf_netcam_userpass_colon_pair", "expect_send_line_after_spawn", "python_pexpect_sendline_after_expect",
        "htpasswd_lower_i_stdin_echo", "exim_passwd_client_third_field"]
LIMIT = 120


def all_rows():
    rows = [r for r in SYNTAXES if r[0] not in TAIL] + [r for r in SYNTAXES if r[0] in TAIL]
    return rows


def syntaxes():
    out = []
    for row in [r for r in SYNTAXES if r[0] not in TAIL][:LIMIT]:
        kind = row[3] if len(row) > 3 else "pw"
        if kind == "skip":
            continue
        out.append((row[0], row[1], row[2], kind))
    return out


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for name, where, tpl, kind in syntaxes():
        user = rng.choice(USERS)
        host = rng.choice(HOSTS)
        pw = reg.draw(lambda: C.owner_password(rng, C.JOIN_SAFE))
        extra = {}
        if kind == "pw":
            val = pw
        elif kind == "b64_pw":
            val = base64.b64encode(pw.encode()).decode()
            extra["b64user"] = base64.b64encode(user.encode()).decode()
        elif kind == "b64_nul":
            val = base64.b64encode(b"\0" + user.encode() + b"\0" + pw.encode()).decode()
        elif kind == "b64_colon":
            val = base64.b64encode((user + ":" + pw).encode()).decode()
        else:
            raise ValueError(kind)
        if val != pw:
            reg.add(val)
        typ = PFX + name
        rec = C.make_positive(tpl.replace("@V@", C.MARK), val, typ, typ + "__" + SUFFIX[where], "password",
                              u=user, h=host, **extra)
        rec["_plain_pw"] = pw
        rec["_user"] = user
        recs.append(rec)
    return recs
