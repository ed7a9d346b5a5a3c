"""Positional passwords: ways a password is passed without a telling password= key."""
import random

import common175 as C

V = C.SLOT
SUFFIX = {
    "sh": "audiologist_laptop_shell_history",
    "code": "clinic_backend_source_excerpt",
    "file": "clinic_server_config_file",
    "wire": "clinic_lan_packet_capture",
    "gui": "companion_app_ui_test_script",
}

# name, kind, template, encoding of the span (None = the password itself)
SYNTAXES = [
    # ---------------------------------------------------------- command lines
    ("mysqladmin_glued_lower_p_ping", "sh", "$ mysqladmin -h {h} -u {u} -p" + V + " ping\nmysqld is alive\n", None),
    ("sqlcmd_capital_p_after_capital_u", "sh", "PS C:\\> sqlcmd -S {h}\\NOAH -U {u} -P " + V + " -Q \"SELECT COUNT(*) FROM Patients\"\n", None),
    ("bcp_out_capital_p_after_capital_u", "sh", "C:\\export> bcp NoahDb.dbo.Actions out actions.dat -S {h} -U {u} -P " + V + " -n\n", None),
    ("vertica_vsql_lower_w_after_capital_u", "sh", "$ vsql -h {h} -U {u} -w " + V + " -c 'select count(*) from screenings'\n", None),
    ("db2_connect_using_clause", "sh", "db2 => connect to CLAIMS user {u} using " + V + "\n   Database Connection Information\n", None),
    ("sqlplus_slash_pair_at_tns_alias", "sh", "$ sqlplus {u}/" + V + "@CLAIMSPRD @nightly_recall.sql\n", None),
    ("oracle_expdp_slash_logon_positional", "sh", "$ expdp {u}/" + V + "@AUDPRD schemas=AUDIO directory=DP_DIR dumpfile=audio.dmp\n", None),
    ("psql_positional_uri_userinfo", "sh", "$ psql \"postgresql://{u}:" + V + "@{h}:5432/recall\" -c '\\dt'\n", None),
    ("mongodump_uri_flag_userinfo", "sh", "$ mongodump --uri=\"mongodb://{u}:" + V + "@{h}:27017/audiograms\" --gzip --archive=aud.gz\n", None),
    ("redis_cli_lower_u_url_empty_user", "sh", "$ redis-cli -u redis://:" + V + "@{h}:6379/2 LLEN recall:queue\n(integer) 18\n", None),
    ("memtier_benchmark_lower_a_flag", "sh", "$ memtier_benchmark -s {h} -p 6379 -a " + V + " --ratio=1:4 -n 2000\n", None),
    ("redis_benchmark_lower_a_flag", "sh", "$ redis-benchmark -h {h} -a " + V + " -t set,get -n 10000 -q\n", None),
    ("smbmap_lower_p_after_lower_u", "sh", "$ smbmap -H {h} -u {u} -p " + V + " -d CLINIC -r Audiograms\n", None),
    ("netexec_smb_lower_p_after_lower_u", "sh", "$ nxc smb {h} -u {u} -p " + V + " --shares\n", None),
    ("impacket_target_string_colon_pair", "sh", "$ impacket-smbclient CLINIC/{u}:" + V + "@{h}\n# use Noah\n", None),
    ("evil_winrm_lower_p_after_lower_u", "sh", "$ evil-winrm -i {h} -u {u} -p " + V + "\n*Evil-WinRM* PS C:\\Users\\{u}\\Documents>\n", None),
    ("wget_ftp_url_userinfo", "sh", "$ wget -q ftp://{u}:" + V + "@{h}/exports/audiograms-2024-06.zip\n", None),
    ("lftp_lower_u_comma_pair", "sh", "$ lftp -u {u}," + V + " sftp://{h} -e 'mirror --reverse outbox /claims/in; bye'\n", None),
    ("ncftpput_lower_p_after_lower_u", "sh", "$ ncftpput -u {u} -p " + V + " {h} /repairs/in rma_batch_{n}.csv\n", None),
    ("plink_pw_after_lower_l", "sh", "C:\\> plink -ssh -l {u} -pw " + V + " {h} \"systemctl restart noah-sync\"\n", None),
    ("pscp_pw_flag_upload", "sh", "C:\\> pscp -pw " + V + " audiometer.cfg {u}@{h}:/opt/bridge/etc/\n", None),
    ("winscp_script_open_url_userinfo", "sh", "C:\\> winscp.com /command \"open sftp://{u}:" + V + "@{h}/\" \"put claims.x12 /in/\" \"exit\"\n", None),
    ("ipmitool_capital_p_after_capital_u", "sh", "$ ipmitool -I lanplus -H {h} -U {u} -P " + V + " chassis power status\n", None),
    ("racadm_lower_p_after_lower_u", "sh", "$ racadm -r {h} -u {u} -p " + V + " getsysinfo\n", None),
    ("mosquitto_pub_capital_p_after_lower_u", "sh", "$ mosquitto_pub -h {h} -u {u} -P " + V + " -t clinic/fit{n}/status -m ready\n", None),
    ("nats_server_flag_url_userinfo", "sh", "$ nats pub -s nats://{u}:" + V + "@{h}:4222 recall.sent '{\"id\":{n}}'\n", None),
    ("celery_broker_flag_amqp_userinfo", "sh", "$ celery -A recall worker -b amqp://{u}:" + V + "@{h}:5672/recall -l info\n", None),
    ("curl_lower_u_colon_pair", "sh", "$ curl -s -u {u}:" + V + " https://{h}/api/v1/audiograms?since=2024-06-01\n", None),
    ("curl_proxy_user_colon_pair", "sh", "$ curl --proxy http://proxy.clinic.lan:3128 --proxy-user {u}:" + V + " https://api.hearing-cloud.example/ping\n", None),
    ("hey_lower_a_colon_pair", "sh", "$ hey -n 200 -c 10 -a {u}:" + V + " https://{h}/api/slots\n", None),
    ("mercurial_clone_url_userinfo", "sh", "$ hg clone https://{u}:" + V + "@{h}/hg/fitting-scripts\n", None),
    ("git_clone_https_url_userinfo", "sh", "$ git clone https://{u}:" + V + "@{h}/audiology/noah-bridge.git\n", None),
    ("podman_login_lower_p_after_lower_u", "sh", "$ podman login -u {u} -p " + V + " registry.hearwell.lan\nLogin Succeeded!\n", None),
    ("crane_auth_login_lower_p_after_lower_u", "sh", "$ crane auth login registry.hearwell.lan -u {u} -p " + V + "\n", None),
    ("minio_mc_alias_set_fourth_positional", "sh", "$ mc alias set clinicbackup https://{h}:9000 {u} " + V + "\nAdded `clinicbackup` successfully.\n", None),
    ("sevenzip_glued_lower_p_archive", "sh", "$ 7z a -p" + V + " -mhe=on audiograms_q2.7z ./export/\n", None),
    ("rar_glued_hp_header_encrypt", "sh", "$ rar a -hp" + V + " ci_records_{n}.rar ./ci/\n", None),
    ("openssl_enc_lower_k_flag", "sh", "$ openssl enc -aes-256-cbc -pbkdf2 -salt -k " + V + " -in patients.csv -out patients.csv.enc\n", None),
    ("ccrypt_capital_k_key_flag", "sh", "$ ccrypt -e -K " + V + " noah_backup.bak\n", None),
    ("aescrypt_lower_p_encrypt", "sh", "$ aescrypt -e -p " + V + " fitting_sessions.db\n", None),
    ("pdftotext_upw_user_flag", "sh", "$ pdftotext -upw " + V + " audiogram_report_{n}.pdf - | head\n", None),
    ("mutool_draw_lower_p_decrypt", "sh", "$ mutool draw -p " + V + " -o page%d.png claim_form.pdf\n", None),
    ("macos_security_unlock_keychain_lower_p", "sh", "$ security unlock-keychain -p " + V + " ~/Library/Keychains/fitting-build.keychain-db\n", None),
    ("networksetup_airport_third_positional", "sh", "$ sudo networksetup -setairportnetwork en0 HearWell-Fitting " + V + "\n", None),
    ("sysinternals_psexec_lower_p_after_lower_u", "sh", "C:\\tools> psexec \\\\FIT-0{n} -u CLINIC\\{u} -p " + V + " cmd /c ipconfig\n", None),
    ("schtasks_create_rp_after_ru", "sh", "C:\\> schtasks /Create /TN NoahNightly /TR C:\\noah\\sync.bat /SC DAILY /ST 02:00 /RU CLINIC\\{u} /RP " + V + "\n", None),
    ("net_use_share_then_positional", "sh", "C:\\> net use Z: \\\\{h}\\Audiograms " + V + " /user:CLINIC\\{u} /persistent:no\n", None),
    ("powershell_convertto_securestring_first_positional", "code", "$sec = ConvertTo-SecureString '" + V + "' -AsPlainText -Force\n$cred = New-Object PSCredential ('CLINIC\\{u}', $sec)\nEnter-PSSession -ComputerName {h} -Credential $cred\n", None),
    ("sudo_capital_s_stdin_echo", "sh", "$ echo " + V + " | sudo -S systemctl restart audiometer-bridge\n", None),
    ("ssh_keygen_capital_n_new_passphrase", "sh", "$ ssh-keygen -t ed25519 -f ~/.ssh/noah_sync -N " + V + " -C noah-sync@fit0{n}\n", None),
    ("smbpasswd_silent_yes_head_pipe", "sh", "$ yes " + V + " | head -n 2 | sudo smbpasswd -s -a {u}\nAdded user {u}.\n", None),
    ("unixodbc_isql_dsn_user_then_positional", "sh", "$ isql -v NOAHDSN {u} " + V + "\n+---------------------------------------+\n| Connected!                            |\n", None),
    ("freetds_tsql_capital_p_after_capital_u", "sh", "$ tsql -S {h} -U {u} -P " + V + " -D NoahDb\nlocale is \"en_GB.UTF-8\"\n", None),
    ("sap_hana_hdbsql_lower_p_after_lower_u", "sh", "$ hdbsql -n {h}:30015 -u {u} -p " + V + " \"SELECT COUNT(*) FROM CLAIMS\"\n", None),
    ("cockroach_sql_url_flag_userinfo", "sh", "$ cockroach sql --url \"postgresql://{u}:" + V + "@{h}:26257/repairs?sslmode=verify-full\"\n", None),
    ("couchbase_cli_lower_p_after_lower_u", "sh", "$ couchbase-cli bucket-list -c {h} -u {u} -p " + V + "\n", None),
    ("ffmpeg_rtsp_input_url_userinfo", "sh", "$ ffmpeg -rtsp_transport tcp -i rtsp://{u}:" + V + "@{h}:554/stream1 -t 10 otoscope_clip.mp4\n", None),
    ("snmpwalk_v3_capital_a_auth_phrase", "sh", "$ snmpwalk -v3 -l authNoPriv -u {u} -a SHA -A " + V + " {h} 1.3.6.1.2.1.1\n", None),
    ("docker_secret_create_stdin_printf", "sh", "$ printf " + V + " | docker secret create noah_db_login -\nk2mj4ws0rz7y1q3e8c6d\n", None),
    ("expect_script_send_after_prompt", "code", "#!/usr/bin/expect -f\nspawn ssh {u}@{h}\nexpect \"assword:\"\nsend \"" + V + "\\r\"\nexpect \"$ \"\nsend \"sudo systemctl status noah-sync\\r\"\n", None),
    ("ftp_heredoc_user_command_second", "sh", "$ ftp -n {h} <<EOF\nuser {u} " + V + "\nbinary\nput rma_{n}.csv\nbye\nEOF\n", None),
    ("vba_application_sendkeys_literal", "code", "Sub LoginNoah()\n    AppActivate \"Noah 4\"\n    Application.SendKeys \"{u}{TAB}\"\n    Application.SendKeys \"" + V + "~\"\nEnd Sub\n", None),
    ("fitting_station_sync_exe_third_positional", "sh", "C:\\Program Files\\HearWell\\Sync> ClinicSync.exe push FIT-0{n} {u} " + V + "\n[ok] 14 sessions uploaded\n", None),
    # ---------------------------------------------------------- library calls
    ("python_smtplib_login_second", "code", "import smtplib\nwith smtplib.SMTP_SSL(\"{h}\", 465) as s:\n    s.login(\"{u}\", \"" + V + "\")\n    s.send_message(msg)\n", None),
    ("python_ftplib_login_second", "code", "from ftplib import FTP_TLS\nftp = FTP_TLS(\"{h}\")\nftp.login(\"{u}\", \"" + V + "\")\nftp.prot_p()\n", None),
    ("python_imaplib_login_second", "code", "import imaplib\nM = imaplib.IMAP4_SSL(\"{h}\")\nM.login(\"{u}\", \"" + V + "\")\nM.select(\"INBOX/Referrals\")\n", None),
    ("python_paramiko_connect_fourth_positional", "code", "client = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nclient.connect(\"{h}\", 22, \"{u}\", \"" + V + "\")\n", None),
    ("python_requests_auth_tuple_second", "code", "resp = requests.get(\n    \"https://{h}/api/audiograms\",\n    auth=(\"{u}\", \"" + V + "\"),\n    timeout=10,\n)\n", None),
    ("python_aiohttp_basicauth_second", "code", "auth = aiohttp.BasicAuth(\"{u}\", \"" + V + "\")\nasync with aiohttp.ClientSession(auth=auth) as session:\n    await session.get(\"https://{h}/slots\")\n", None),
    ("python_redis_ctor_fourth_positional", "code", "import redis\nr = redis.Redis(\"{h}\", 6379, 0, \"" + V + "\")\nr.lpush(\"recall:queue\", patient_id)\n", None),
    ("python_pymongo_client_uri_userinfo", "code", "from pymongo import MongoClient\nclient = MongoClient(\"mongodb://{u}:" + V + "@{h}:27017/?authSource=admin\")\n", None),
    ("python_pysmb_smbconnection_second", "code", "from smb.SMBConnection import SMBConnection\nconn = SMBConnection(\"{u}\", \"" + V + "\", \"fitting-pc\", \"NOAHSRV\", domain=\"CLINIC\")\nconn.connect(\"{h}\", 139)\n", None),
    ("python_pysnmp_communitydata_single", "code", "iterator = getCmd(SnmpEngine(),\n                  CommunityData(\"" + V + "\", mpModel=1),\n                  UdpTransportTarget((\"{h}\", 161)),\n                  ContextData(), ObjectType(ObjectIdentity(\"SNMPv2-MIB\", \"sysDescr\", 0)))\n", None),
    ("python_cryptography_load_pem_second_bytes", "code", "with open(\"clinic_signing.pem\", \"rb\") as fh:\n    key = serialization.load_pem_private_key(fh.read(), b\"" + V + "\")\n", None),
    ("python_pexpect_sendline_after_expect", "code", "child = pexpect.spawn(\"ssh {u}@{h}\")\nchild.expect(\"assword:\")\nchild.sendline(\"" + V + "\")\nchild.expect(\"\\\\$ \")\n", None),
    ("python_pyautogui_write_single", "gui", "pyautogui.click(812, 440)  # Noah login field\npyautogui.write(\"{u}\")\npyautogui.press(\"tab\")\npyautogui.write(\"" + V + "\")\npyautogui.press(\"enter\")\n", None),
    ("python_sqlalchemy_create_engine_url_userinfo", "code", "engine = create_engine(\"postgresql+psycopg://{u}:" + V + "@{h}/screening\", pool_pre_ping=True)\n", None),
    ("python_pika_urlparameters_userinfo", "code", "params = pika.URLParameters(\"amqps://{u}:" + V + "@{h}:5671/recall\")\nconnection = pika.BlockingConnection(params)\n", None),
    ("python_mysqldb_connect_third_positional", "code", "import MySQLdb\ndb = MySQLdb.connect(\"{h}\", \"{u}\", \"" + V + "\", \"booking\")\n", None),
    ("python_ibm_db_connect_third", "code", "conn = ibm_db.connect(\"DATABASE=CLAIMS;HOSTNAME={h};PORT=50000;PROTOCOL=TCPIP;\", \"{u}\", \"" + V + "\")\n", None),
    ("node_amqplib_connect_url_userinfo", "code", "const amqp = require('amqplib');\nconst conn = await amqp.connect('amqp://{u}:" + V + "@{h}:5672/recall');\n", None),
    ("node_mqtt_connect_url_userinfo", "code", "const client = mqtt.connect('mqtts://{u}:" + V + "@{h}:8883');\nclient.subscribe('clinic/+/audiometer');\n", None),
    ("node_puppeteer_page_type_second", "gui", "await page.goto('https://{h}/login');\nawait page.type('#user', '{u}');\nawait page.type('#secret', '" + V + "');\nawait page.click('button[type=submit]');\n", None),
    ("node_webdriverio_setvalue_single", "gui", "await $('~loginUser').setValue('{u}');\nawait $('~loginSecret').setValue('" + V + "');\nawait $('~loginButton').click();\n", None),
    ("go_mysql_dsn_user_colon_pair", "code", "db, err := sql.Open(\"mysql\", \"{u}:" + V + "@tcp({h}:3306)/booking?parseTime=true\")\n", None),
    ("go_jlaffaye_ftp_login_second", "code", "c, err := ftp.Dial(\"{h}:21\", ftp.DialWithTimeout(5*time.Second))\nerr = c.Login(\"{u}\", \"" + V + "\")\n", None),
    ("go_http_request_setbasicauth_second", "code", "req, _ := http.NewRequest(\"GET\", \"https://{h}/api/repairs\", nil)\nreq.SetBasicAuth(\"{u}\", \"" + V + "\")\n", None),
    ("go_emersion_imap_client_login_second", "code", "c, err := client.DialTLS(\"{h}:993\", nil)\nif err := c.Login(\"{u}\", \"" + V + "\"); err != nil {\n\tlog.Fatal(err)\n}\n", None),
    ("java_drivermanager_getconnection_third", "code", "Connection con = DriverManager.getConnection(\n    \"jdbc:sqlserver://{h};databaseName=NoahDb\", \"{u}\", \"" + V + "\");\n", None),
    ("java_commons_net_ftpclient_login_second", "code", "FTPSClient ftp = new FTPSClient();\nftp.connect(\"{h}\");\nftp.login(\"{u}\", \"" + V + "\");\n", None),
    ("java_keystore_load_chararray_second", "code", "KeyStore ks = KeyStore.getInstance(\"PKCS12\");\nks.load(new FileInputStream(\"clinic.p12\"), \"" + V + "\".toCharArray());\n", None),
    ("kotlin_okhttp_credentials_basic_second", "code", "val credential = Credentials.basic(\"{u}\", \"" + V + "\")\nval request = Request.Builder().url(\"https://{h}/api\").header(\"Authorization\", credential).build()\n", None),
    ("csharp_networkcredential_ctor_second", "code", "var client = new SmtpClient(\"{h}\", 587) {\n    Credentials = new NetworkCredential(\"{u}\", \"" + V + "\"),\n    EnableSsl = true\n};\n", None),
    ("csharp_x509certificate2_ctor_second", "code", "var cert = new X509Certificate2(@\"C:\\certs\\noah-bridge.pfx\", \"" + V + "\");\nhandler.ClientCertificates.Add(cert);\n", None),
    ("ruby_net_ftp_login_second", "code", "Net::FTP.open('{h}') do |ftp|\n  ftp.login('{u}', '" + V + "')\n  ftp.putbinaryfile('rma.csv')\nend\n", None),
    ("ruby_net_http_basic_auth_second", "code", "req = Net::HTTP::Get.new(URI('https://{h}/api/slots'))\nreq.basic_auth('{u}', '" + V + "')\n", None),
    ("php_mysqli_ctor_third", "code", "<?php\n$db = new mysqli('{h}', '{u}', '" + V + "', 'repairs');\n", None),
    ("php_ftp_login_third", "code", "<?php\n$conn = ftp_ssl_connect('{h}');\nftp_login($conn, '{u}', '" + V + "');\n", None),
    ("php_imap_open_third", "code", "<?php\n$mbox = imap_open('{{h}:993/imap/ssl}INBOX', '{u}', '" + V + "');\n", None),
    ("perl_dbi_connect_third", "code", "my $dbh = DBI->connect('dbi:Pg:dbname=recall;host={h}', '{u}', '" + V + "', { RaiseError => 1 });\n", None),
    ("perl_net_ftp_login_second", "code", "my $ftp = Net::FTP->new('{h}') or die;\n$ftp->login('{u}', '" + V + "') or die $ftp->message;\n", None),
    ("rust_reqwest_basic_auth_second", "code", "let resp = client\n    .get(\"https://{h}/api/audiograms\")\n    .basic_auth(\"{u}\", Some(\"" + V + "\"))\n    .send()\n    .await?;\n", None),
    ("rust_suppaftp_login_second", "code", "let mut ftp = FtpStream::connect(\"{h}:21\")?;\nftp.login(\"{u}\", \"" + V + "\")?;\n", None),
    ("c_sqlite3_key_second", "code", "sqlite3_open(\"ci_records.db\", &db);\nsqlite3_key(db, \"" + V + "\", %d);\n", None),
    ("arduino_wifi_begin_second", "code", "void setup() {\n  Serial.begin(115200);\n  WiFi.begin(\"HearWell-Screening\", \"" + V + "\");\n}\n", None),
    ("robot_framework_input_text_second", "gui", "*** Test Cases ***\nClinic Login\n    Open Browser    https://{h}/login    chrome\n    Input Text    id=user    {u}\n    Input Text    id=secret    " + V + "\n    Click Button    Sign in\n", None),
    ("espresso_typetext_single", "gui", "onView(withId(R.id.clinic_user)).perform(typeText(\"{u}\"))\nonView(withId(R.id.clinic_secret)).perform(typeText(\"" + V + "\"), closeSoftKeyboard())\n", None),
    ("xcuitest_securetextfield_typetext", "gui", "let field = app.secureTextFields[\"Clinic PIN\"]\nfield.tap()\nfield.typeText(\"" + V + "\")\n", None),
    ("maestro_flow_inputtext_step", "gui", "appId: com.hearwell.companion\n---\n- tapOn: \"Clinic login\"\n- inputText: \"{u}\"\n- tapOn:\n    id: \"secret\"\n- inputText: \"" + V + "\"\n", None),
    ("detox_element_typetext_single", "gui", "await element(by.id('user')).typeText('{u}');\nawait element(by.id('secret')).typeText('" + V + "');\n", None),
    ("powershell_sendkeys_sendwait_literal", "gui", "Add-Type -AssemblyName System.Windows.Forms\n[System.Windows.Forms.SendKeys]::SendWait('{u}{TAB}')\n[System.Windows.Forms.SendKeys]::SendWait('" + V + "{ENTER}')\n", None),
    # ---------------------------------------------------------- files by position
    ("chap_secrets_third_column", "file", "# /etc/ppp/chap-secrets\n# client   server   secret   IP addresses\n{u}   *   " + V + "   *\n", None),
    ("hostapd_wpa_psk_file_second_field", "file", "# /etc/hostapd/hostapd.wpa_psk\n00:00:00:00:00:00 " + V + "\n", None),
    ("davfs2_secrets_third_field", "file", "# /etc/davfs2/secrets\n/mnt/audiograms  {u}  " + V + "\n", None),
    ("stunnel_psksecrets_identity_colon", "file", "# /etc/stunnel/psk.txt\nfitting-room-{n}:" + V + "\n", None),
    ("tinyproxy_basicauth_directive_second", "file", "Port 8888\nListen 10.20.4.1\nBasicAuth {u} " + V + "\nAllow 10.20.4.0/24\n", None),
    ("ipsec_secrets_psk_quoted_after_colon", "file", "# /etc/ipsec.secrets\n{h} %any : PSK \"" + V + "\"\n", None),
    ("chrony_keys_file_third_field", "file", "# /etc/chrony.keys\n{n} SHA1 ASCII:" + V + "\n", None),
    ("cisco_ios_snmp_server_community_third_token", "file", "!\nhostname clinic-sw01\nsnmp-server community " + V + " RO 10\nsnmp-server location Fitting corridor\n!\n", None),
    ("kickstart_rootpw_plaintext_directive", "file", "# audiometer-kiosk.ks\nlang en_GB.UTF-8\nrootpw --plaintext " + V + "\ntimezone Europe/London\n", None),
    ("cloud_init_chpasswd_list_colon_pair", "file", "#cloud-config\nchpasswd:\n  expire: false\n  list: |\n    {u}:" + V + "\n", None),
    ("clinic_staff_import_headerless_csv_fifth_column", "file", "HW-LDS,audiologist,Okafor,a.okafor," + V + ",2024-06-01\n", None),
    ("audiometer_station_roster_semicolon_third", "file", "FIT-0{n};{u};" + V + ";AC440;active\n", None),
    ("screening_tablets_tsv_second_column", "file", "tablet-{n}{n}\t" + V + "\tSt Anne's Primary\tYear 1\n", None),
    # ---------------------------------------------------------- protocol exchanges
    ("smtp_auth_login_second_b64_line", "wire", "C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: {b64u}\nS: 334 UGFzc3dvcmQ6\nC: " + V + "\nS: 235 2.7.0 Authentication successful\n", "b64pw"),
    ("ftp_control_channel_pass_line", "wire", "220 repairs-ftp ready\nUSER {u}\n331 Please specify the password.\nPASS " + V + "\n230 Login successful.\n", None),
    ("xmpp_sasl_plain_auth_element_b64", "wire", "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>" + V + "</auth>\n<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>\n", "b64plain"),
    ("redis_inline_auth_two_arguments", "wire", "$ nc {h} 6379\nAUTH {u} " + V + "\n+OK\nLLEN recall:queue\n:18\n", None),
    ("http_proxy_authorization_basic_b64", "wire", "CONNECT api.hearing-cloud.example:443 HTTP/1.1\nHost: api.hearing-cloud.example:443\nProxy-Authorization: Basic " + V + "\n", "b64up"),
    ("managesieve_authenticate_plain_quoted_b64", "wire", "S: OK \"Dovecot ready.\"\nC: AUTHENTICATE \"PLAIN\" \"" + V + "\"\nS: OK \"Logged in.\"\n", "b64plain"),
    ("imap_authenticate_plain_continuation_b64", "wire", "a1 AUTHENTICATE PLAIN\n+ \n" + V + "\na1 OK [CAPABILITY IMAP4rev1] Logged in\n", "b64plain"),
    ("git_extraheader_basic_b64", "sh", "$ git -c http.extraHeader=\"Authorization: Basic " + V + "\" clone https://{h}/audiology/recall.git\n", "b64up"),
]


def _b64(s):
    return C.b64(s.encode())


HELD_BACK = [
    "redis_benchmark_lower_a_flag", "pscp_pw_flag_upload", "racadm_lower_p_after_lower_u",
    "crane_auth_login_lower_p_after_lower_u", "couchbase_cli_lower_p_after_lower_u",
    "freetds_tsql_capital_p_after_capital_u", "hey_lower_a_colon_pair", "mercurial_clone_url_userinfo",
    "python_aiohttp_basicauth_second", "rust_suppaftp_login_second", "perl_net_ftp_login_second",
    "go_jlaffaye_ftp_login_second", "detox_element_typetext_single", "pdftotext_upw_user_flag",
    "kickstart_rootpw_plaintext_directive", "ftp_control_channel_pass_line",
]


def generate(reg, deny, seed=17503, keep=116):
    rng = random.Random(seed)
    kept, dropped = [], []
    names = set()
    earlier = set(deny.get("syntaxes", []))
    ordered = [s for s in SYNTAXES if s[0] not in HELD_BACK] + [s for s in SYNTAXES if s[0] in HELD_BACK]
    for syn in ordered:
        n = syn[0]
        if n in names:
            raise ValueError("duplicate syntax " + n)
        names.add(n)
        if C.denied(n, deny) or C.denied(C.PWPREFIX + n, deny) or n in earlier:
            dropped.append(n)
        else:
            kept.append(syn)
    unused = [s[0] for s in kept[keep:]]
    kept = kept[:keep]
    recs = []
    for name, kind, tmpl, enc in kept:
        pw = reg.draw(lambda: C.password(rng, safe=True))
        user = rng.choice(["a.okafor", "noahsvc", "audtech", "recall_bot", "fitadmin", "j.lindqvist", "claims01"])
        host = rng.choice(["noah01.hearwell.lan", "10.20.4.15", "fit-srv.earcare.internal", "files.hearwell.lan"])
        if enc is None:
            value = pw
        elif enc == "b64pw":
            value = reg.draw(lambda: _b64(pw))
        elif enc == "b64up":
            value = reg.draw(lambda: _b64(user + ":" + pw))
        elif enc == "b64plain":
            value = reg.draw(lambda: _b64("\0" + user + "\0" + pw))
        t = tmpl.replace("%d);", "%d);" % len(pw)) if "sqlite3_key" in tmpl else tmpl
        text, s_, e_ = C.fill(t, value, u=user, h=host, n=rng.randint(1, 9), b64u=_b64(user))
        typ = C.PWPREFIX + name
        recs.append(C.record(None, typ, typ + "__" + SUFFIX[kind], text, s_, e_, "password"))
    return recs, {"dropped": dropped, "unused": unused, "written": len(SYNTAXES)}
