"""Password source: positional syntaxes (no telling password= key). Span type cleaverpw_<syntax>."""
import base64
import random

from common205 import MARK, SHOPS, owner_password, place, record

SEED = 20503
PW_PREFIX = "cleaverpw_"
SUFFIX = {
    "cli": "shop_ops_terminal_session",
    "stdin": "shop_ops_stdin_pipe",
    "lib": "scale_sync_source_snippet",
    "file": "label_server_file_excerpt",
    "proto": "cold_room_network_capture",
    "gui": "click_collect_ui_test",
    "sql": "traceability_db_console",
}


def b64(s):
    return base64.b64encode(s.encode()).decode()


# transforms: how the span value is derived from the clean password (None = the password itself)
def t_b64_pw(pw, u):
    return b64(pw)


# (syntax, category, template, transform)
# template placeholders: {V} slot, {u} user, {h} host, {d} database, {s} shop
S = [
    # ---------------------------------------------------------------- command line
    ("sqlcmd_capital_p_after_capital_u", "cli",
     "PS C:\\Shop> sqlcmd -S {h} -d {d} -U {u} -P {V} -Q \"SELECT COUNT(*) FROM dbo.Carcasses\"\n-----------\n        412\n"),
    ("bcp_out_capital_p_after_capital_u", "cli",
     "PS C:\\Shop> bcp dbo.CutSheets out cutsheets.dat -S {h} -U {u} -P {V} -c\nStarting copy...\n1183 rows copied.\n"),
    ("unixodbc_isql_third_positional", "cli",
     "$ isql -v TRACE_DSN {u} {V}\n+---------------------------------------+\n| Connected!                            |\n"),
    ("sqlplus_slash_pair_before_at", "cli",
     "$ sqlplus -S {u}/{V}@//{h}:1521/WHOLESALE @nightly_invoices.sql\nPL/SQL procedure successfully completed.\n"),
    ("db2_connect_using_clause", "cli",
     "$ db2 connect to TRACEDB user {u} using {V}\n   Database server        = DB2/LINUXX8664 11.5.8\n"),
    ("beeline_lower_p_after_lower_n", "cli",
     "$ beeline -u jdbc:hive2://{h}:10000/sales -n {u} -p {V} -e 'select count(*) from till_lines'\n"),
    ("mysqlsh_schemeless_uri_pair", "cli",
     "$ mysqlsh {u}:{V}@{h}:3306/boxscheme --sql -e 'SHOW TABLES'\n"),
    ("wget_ftp_url_userinfo", "cli",
     "$ wget -q ftp://{u}:{V}@{h}/exports/plu_master.csv -O plu.csv\n"),
    ("lftp_lower_u_comma_pair", "cli",
     "$ lftp -u {u},{V} -e 'mirror -R labels/ /incoming/labels; bye' {h}\n"),
    ("ncftpput_lower_p_after_lower_u", "cli",
     "$ ncftpput -u {u} -p {V} {h} /landings landing_0614.csv\n"),
    ("rclone_obscure_first_positional", "cli",
     "$ rclone obscure {V}\nQ2hlY2sgdGhlIGxvZy4gT25seSB0aGUgb2JzY3VyZWQgZm9ybSBnb2VzIGluIHRoZSBjb25maWc\n"),
    ("sevenzip_glued_lower_p", "cli",
     "$ 7z a -t7z -p{V} -mhe=on cut_sheets_2024.7z cut_sheets/\n\nEverything is Ok\n"),
    ("rar_glued_lower_hp", "cli",
     "C:\\Backups> rar a -hp{V} -r wholesale_invoices.rar invoices\\\nDone\n"),
    ("openssl_enc_lower_k_flag", "cli",
     "$ openssl enc -aes-256-cbc -pbkdf2 -salt -in customers.csv -out customers.csv.enc -k {V}\n"),
    ("htpasswd_lower_b_third_positional", "cli",
     "$ sudo htpasswd -b /etc/nginx/.htpasswd-labels {u} {V}\nUpdating password for user {u}\n"),
    ("mosquitto_pub_capital_p_after_lower_u", "cli",
     "$ mosquitto_pub -h {h} -t coldroom/2/cmd -m defrost -u {u} -P {V}\n"),
    ("curl_lower_u_colon_pair", "cli",
     "$ curl -s -u {u}:{V} https://{h}/api/v1/plu/export > plu.json\n"),
    ("git_clone_https_url_userinfo", "cli",
     "$ git clone https://{u}:{V}@{h}/shop/label-templates.git\nCloning into 'label-templates'...\n"),
    ("ipmitool_capital_p_after_capital_u", "cli",
     "$ ipmitool -I lanplus -H {h} -U {u} -P {V} chassis power status\nChassis Power is on\n"),
    ("racadm_lower_p_after_lower_u", "cli",
     "$ racadm -r {h} -u {u} -p {V} getsysinfo\n"),
    ("mount_smbfs_url_userinfo", "cli",
     "% mount_smbfs //{u}:{V}@{h}/labels ~/mnt/labels\n"),
    ("net_use_positional_after_share", "cli",
     "C:\\> net use L: \\\\{h}\\labels {V} /user:SHOP\\{u} /persistent:no\nThe command completed successfully.\n"),
    ("psexec_lower_p_after_lower_u", "cli",
     "C:\\Tools> psexec \\\\{h} -u SHOP\\{u} -p {V} -h cmd /c \"C:\\Scale\\resync.bat\"\n"),
    ("schtasks_slash_rp_after_slash_ru", "cli",
     "C:\\> schtasks /Create /TN \"Nightly PLU push\" /TR C:\\Scale\\push.exe /SC DAILY /ST 04:30 /RU SHOP\\{u} /RP {V}\nSUCCESS: The scheduled task has been created.\n"),
    ("rasdial_third_positional", "cli",
     "C:\\> rasdial \"Wholesale VPN\" {u} {V}\nConnecting to Wholesale VPN...\nCommand completed successfully.\n"),
    ("wpa_passphrase_second_positional", "cli",
     "$ wpa_passphrase {s}-scales {V} | sudo tee -a /etc/wpa_supplicant/wpa_supplicant.conf\n"),
    ("raspi_config_nonint_wifi_second_positional", "cli",
     "$ sudo raspi-config nonint do_wifi_ssid_passphrase {s}-coldroom {V}\n"),
    ("espota_lower_a_auth_flag", "cli",
     "$ python3 espota.py -i 10.20.0.41 -p 3232 -a {V} -f .pio/build/coldroom/firmware.bin\nUploading: [=====] 100% Done...\n"),
    ("ab_capital_a_colon_pair", "cli",
     "$ ab -n 500 -c 20 -A {u}:{V} https://{h}/collect/slots\n"),
    ("security_unlock_keychain_lower_p", "cli",
     "$ security unlock-keychain -p {V} ~/Library/Keychains/build.keychain-db\n"),
    ("mega_login_second_positional", "cli",
     "$ mega-login {u}@{s}.example {V}\n[API:info] Fetching nodes ...\n"),
    ("drush_upwd_second_positional", "cli",
     "$ drush upwd {u} {V}\n [success] Changed password for {u}.\n"),
    ("grafana_cli_reset_admin_positional", "cli",
     "$ sudo grafana-cli admin reset-admin-password {V}\nAdmin password changed successfully\n"),
    ("neo4j_admin_set_initial_positional", "cli",
     "$ neo4j-admin dbms set-initial-password {V}\nChanged password for user 'neo4j'.\n"),
    ("dscl_passwd_third_positional", "cli",
     "$ sudo dscl . -passwd /Users/{u} {V}\n"),
    ("rabbitmqadmin_lower_p_after_lower_u", "cli",
     "$ rabbitmqadmin -H {h} -u {u} -p {V} list queues name messages\n"),
    ("pdftotext_lower_upw_flag", "cli",
     "$ pdftotext -upw {V} catch_certificate_GBR-2024-0613.pdf - | head\n"),
    ("mutool_draw_lower_p_flag", "cli",
     "$ mutool draw -p {V} -o page%d.png vet_certificate.pdf\n"),
    ("ssh_askpass_helper_echo_line", "cli",
     "$ cat ~/bin/askpass.sh\n#!/bin/sh\necho {V}\n$ SSH_ASKPASS=~/bin/askpass.sh SSH_ASKPASS_REQUIRE=force ssh {u}@{h}\n"),
    # ---------------------------------------------------------------- stdin pipes
    ("chpasswd_stdin_colon_pair", "stdin",
     "$ echo '{u}:{V}' | sudo chpasswd\n"),
    ("passwd_stdin_flag_echo", "stdin",
     "# echo {V} | passwd --stdin {u}\nChanging password for user {u}.\npasswd: all authentication tokens updated successfully.\n"),
    ("kinit_stdin_echo", "stdin",
     "$ echo {V} | kinit {u}@SHOP.LAN\n$ klist | head -3\n"),
    ("p4_login_stdin_echo", "stdin",
     "$ echo {V} | p4 -u {u} -p ssl:{h}:1666 login\nUser {u} logged in.\n"),
    ("vncpasswd_f_stdin_echo", "stdin",
     "$ echo {V} | vncpasswd -f > ~/.vnc/passwd && chmod 600 ~/.vnc/passwd\n"),
    ("docker_secret_create_dash_stdin", "stdin",
     "$ printf '{V}' | docker secret create trace_db_pw -\nx8g2k1m0q9s7\n"),
    ("zfs_load_key_stdin_echo", "stdin",
     "# echo {V} | zfs load-key tank/cutsheets\n"),
    ("veracrypt_text_stdin_echo", "stdin",
     "$ echo {V} | veracrypt --text --stdin --non-interactive /srv/invoices.hc /mnt/invoices\n"),
    ("ftp_heredoc_user_subcommand", "stdin",
     "$ ftp -n {h} <<EOF\nuser {u} {V}\nbinary\nput scale_prices.dat\nbye\nEOF\n"),
    ("expect_send_after_prompt", "stdin",
     "#!/usr/bin/expect -f\nspawn telnet {h}\nexpect \"login:\"\nsend \"{u}\\r\"\nexpect \"assword:\"\nsend \"{V}\\r\"\ninteract\n"),
    # ---------------------------------------------------------------- library calls
    ("python_ftplib_login_second", "lib",
     "from ftplib import FTP_TLS\n\nftp = FTP_TLS('{h}')\nftp.login('{u}', '{V}')\nftp.prot_p()\nftp.storbinary('STOR plu.csv', open('plu.csv', 'rb'))\n"),
    ("python_poplib_pass_underscore_single", "lib",
     "import poplib\n\nbox = poplib.POP3_SSL('{h}')\nbox.user('{u}')\nbox.pass_('{V}')\nprint(box.stat())\n"),
    ("python_smtplib_login_second", "lib",
     "import smtplib\n\nwith smtplib.SMTP_SSL('{h}', 465) as s:\n    s.login('{u}', '{V}')\n    s.send_message(msg)\n"),
    ("python_requests_auth_tuple_second", "lib",
     "import requests\n\nr = requests.get('https://{h}/api/plu', auth=('{u}', '{V}'), timeout=10)\nr.raise_for_status()\n"),
    ("python_pika_plaincredentials_second", "lib",
     "import pika\n\ncreds = pika.PlainCredentials('{u}', '{V}')\nconn = pika.BlockingConnection(pika.ConnectionParameters('{h}', credentials=creds))\n"),
    ("python_paho_username_pw_set_second", "lib",
     "import paho.mqtt.client as mqtt\n\nc = mqtt.Client(client_id='coldroom-gw')\nc.username_pw_set('{u}', '{V}')\nc.connect('{h}', 1883)\n"),
    ("python_zipfile_setpassword_bytes", "lib",
     "import zipfile\n\nwith zipfile.ZipFile('vet_docs.zip') as zf:\n    zf.setpassword(b'{V}')\n    zf.extractall('vet_docs')\n"),
    ("python_keyring_set_third", "lib",
     "import keyring\n\nkeyring.set_password('wholesale-portal', '{u}', '{V}')\n"),
    ("python_pexpect_sendline_after_expect", "lib",
     "import pexpect\n\nchild = pexpect.spawn('ssh {u}@{h}')\nchild.expect('assword:')\nchild.sendline('{V}')\nchild.expect(r'\\$ ')\n"),
    ("python_ftputil_host_third", "lib",
     "import ftputil\n\nwith ftputil.FTPHost('{h}', '{u}', '{V}') as host:\n    host.upload('labels.zpl', '/incoming/labels.zpl')\n"),
    ("python_pywinrm_session_auth_tuple", "lib",
     "import winrm\n\ns = winrm.Session('{h}', auth=('{u}', '{V}'), transport='ntlm')\nprint(s.run_cmd('ipconfig').std_out)\n"),
    ("python_sqlalchemy_url_create_third", "lib",
     "from sqlalchemy.engine import URL\n\nurl = URL.create('postgresql+psycopg', '{u}', '{V}', '{h}', 5432, '{d}')\n"),
    ("node_mqtt_connect_url_userinfo", "lib",
     "const mqtt = require('mqtt');\nconst client = mqtt.connect('mqtts://{u}:{V}@{h}:8883');\nclient.subscribe('coldroom/+/temp');\n"),
    ("node_buffer_from_pair_to_base64", "lib",
     "const auth = Buffer.from('{u}:{V}').toString('base64');\nawait fetch('https://{h}/api/orders', {{ headers: {{ Authorization: `Basic ${{auth}}` }} }});\n"),
    ("node_sequelize_ctor_third", "lib",
     "const {{ Sequelize }} = require('sequelize');\nconst sequelize = new Sequelize('{d}', '{u}', '{V}', {{ host: '{h}', dialect: 'mariadb' }});\n"),
    ("java_drivermanager_getconnection_third", "lib",
     "Connection c = DriverManager.getConnection(\"jdbc:postgresql://{h}:5432/{d}\", \"{u}\", \"{V}\");\n"),
    ("java_passwordauthentication_ctor_second_chararray", "lib",
     "Authenticator.setDefault(new Authenticator() {{\n  protected PasswordAuthentication getPasswordAuthentication() {{\n    return new PasswordAuthentication(\"{u}\", \"{V}\".toCharArray());\n  }}\n}});\n"),
    ("java_commons_ftpclient_login_second", "lib",
     "FTPClient ftp = new FTPClient();\nftp.connect(\"{h}\");\nftp.login(\"{u}\", \"{V}\");\nftp.storeFile(\"plu.csv\", in);\n"),
    ("java_keystore_load_second_chararray", "lib",
     "KeyStore ks = KeyStore.getInstance(\"PKCS12\");\ntry (InputStream in = new FileInputStream(\"scale-client.p12\")) {{\n  ks.load(in, \"{V}\".toCharArray());\n}}\n"),
    ("csharp_networkcredential_ctor_second", "lib",
     "var handler = new HttpClientHandler {{ Credentials = new NetworkCredential(\"{u}\", \"{V}\", \"SHOP\") }};\n"),
    ("csharp_x509certificate2_ctor_second", "lib",
     "var cert = new X509Certificate2(@\"C:\\Shop\\labels-client.pfx\", \"{V}\");\n"),
    ("csharp_fluentftp_ctor_third", "lib",
     "using var ftp = new FtpClient(\"{h}\", \"{u}\", \"{V}\");\nftp.Connect();\nftp.UploadFile(\"prices.dat\", \"/scale/prices.dat\");\n"),
    ("go_url_userpassword_second", "lib",
     "u := &url.URL{{Scheme: \"https\", Host: \"{h}\", User: url.UserPassword(\"{u}\", \"{V}\")}}\n"),
    ("go_request_setbasicauth_second", "lib",
     "req, _ := http.NewRequest(\"GET\", \"https://{h}/api/rounds\", nil)\nreq.SetBasicAuth(\"{u}\", \"{V}\")\n"),
    ("go_jlaffaye_ftp_login_second", "lib",
     "c, _ := ftp.Dial(\"{h}:21\")\nif err := c.Login(\"{u}\", \"{V}\"); err != nil {{\n\tlog.Fatal(err)\n}}\n"),
    ("go_mysql_dsn_colon_before_at", "lib",
     "db, err := sql.Open(\"mysql\", \"{u}:{V}@tcp({h}:3306)/{d}?parseTime=true\")\n"),
    ("ruby_net_http_basic_auth_second", "lib",
     "req = Net::HTTP::Get.new(URI('https://{h}/api/boxes'))\nreq.basic_auth '{u}', '{V}'\n"),
    ("php_mysqli_ctor_third", "lib",
     "<?php\n$db = new mysqli('{h}', '{u}', '{V}', '{d}');\n"),
    ("php_ftp_login_third", "lib",
     "<?php\n$c = ftp_ssl_connect('{h}');\nftp_login($c, '{u}', '{V}');\n"),
    ("php_imap_open_third", "lib",
     "<?php\n$mbox = imap_open('{{{h}:993/imap/ssl}}INBOX', '{u}', '{V}');\n"),
    ("php_ssh2_auth_third", "lib",
     "<?php\n$conn = ssh2_connect('{h}', 22);\nssh2_auth_password($conn, '{u}', '{V}');\n"),
    ("perl_dbi_connect_third", "lib",
     "my $dbh = DBI->connect('dbi:Pg:dbname={d};host={h}', '{u}', '{V}', {{ RaiseError => 1 }});\n"),
    ("perl_net_smtp_auth_second", "lib",
     "my $smtp = Net::SMTP->new('{h}', SSL => 1);\n$smtp->auth('{u}', '{V}');\n"),
    ("rust_reqwest_basic_auth_some_second", "lib",
     "let resp = client.get(\"https://{h}/api/catch\").basic_auth(\"{u}\", Some(\"{V}\")).send().await?;\n"),
    ("powershell_convertto_securestring_plaintext", "lib",
     "$sec = ConvertTo-SecureString '{V}' -AsPlainText -Force\n$cred = New-Object PSCredential('SHOP\\{u}', $sec)\n"),
    ("vba_adodb_connection_open_third", "lib",
     "Dim cn As New ADODB.Connection\ncn.Open \"Provider=MSOLEDBSQL;Server={h};Database={d};\", \"{u}\", \"{V}\"\n"),
    ("arduino_wifi_begin_second", "lib",
     "void setup() {{\n  WiFi.begin(\"{s}-coldroom\", \"{V}\");\n  while (WiFi.status() != WL_CONNECTED) delay(500);\n}}\n"),
    ("arduino_pubsubclient_connect_third", "lib",
     "if (mqtt.connect(\"coldroom-node-3\", \"{u}\", \"{V}\")) {{\n  mqtt.publish(\"coldroom/3/status\", \"online\");\n}}\n"),
    ("micropython_wlan_connect_second", "lib",
     "import network\nwlan = network.WLAN(network.STA_IF)\nwlan.active(True)\nwlan.connect('{s}-chiller', '{V}')\n"),
    # ---------------------------------------------------------------- files with fixed column order
    ("hostapd_wpa_psk_file_second_field", "file",
     "# /etc/hostapd/hostapd.wpa_psk\n00:00:00:00:00:00 {V}\n"),
    ("ppp_chap_secrets_third_column", "file",
     "# client\tserver\tsecret\t\t\tIP addresses\n{u}\t*\t{V}\t*\n"),
    ("strongswan_ipsec_secrets_psk_line", "file",
     "# /etc/ipsec.secrets\n{h} %any : PSK \"{V}\"\n"),
    ("exim_passwd_client_third_field", "file",
     "# /etc/exim4/passwd.client\n{h}:{u}:{V}\n"),
    ("davfs2_secrets_third_token", "file",
     "# /etc/davfs2/secrets\nhttps://{h}/remote.php/dav/files/{u}/ {u} {V}\n"),
    ("sendmail_authinfo_p_colon_quoted", "file",
     "AuthInfo:{h} \"U:{u}\" \"I:{u}\" \"P:{V}\" \"M:PLAIN\"\n"),
    ("scale_fleet_provisioning_csv_third_column", "file",
     "scale_id,ip,unlock,dept\nSC-01,10.20.1.11,{V},beef\n"),
    ("label_printer_roster_semicolon_fourth_field", "file",
     "# printer;model;location;code\nLP-FISH-2;ZD421;fish counter;{V}\n"),
    ("delivery_van_tablet_fixed_width_cols_31_to_50", "file",
     "VAN  DRIVER     ROUND         CODE                DEPOT\n{fw}\n"),
    ("cold_room_logger_pipe_third_field", "file",
     "# logger|room|unlock|interval\nTL-7731|chiller-2|{V}|300\n"),
    ("wholesale_import_tsv_fifth_column", "file",
     "account\tname\tterms\trep\tportal_code\nW1042\tThe Plough Inn\t30d\tKM\t{V}\n"),
    ("box_scheme_packing_ini_list_third_item", "file",
     "[packing-station]\nstation = pack-2, {u}, {V}, 0600\n"),
    # ---------------------------------------------------------------- protocol exchanges
    ("smtp_auth_login_second_base64_line", "proto",
     "S: 220 {h} ESMTP\nC: EHLO scales\nC: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: {bu}\nS: 334 UGFzc3dvcmQ6\nC: {V}\nS: 235 2.7.0 Authentication successful\n",
     "b64"),
    ("telnet_transcript_echoed_second_reply", "proto",
     "Trying 10.20.0.7...\nConnected to {h}.\n{h} login: {u}\n{V}\nLast login: Fri Jun 14 05:58 on ttyS0\n"),
    ("websocket_auth_frame_json_array_third", "proto",
     "▶ {{\"op\":\"hello\"}}\n◀ {{\"op\":\"ready\"}}\n▶ [\"auth\",\"{u}\",\"{V}\"]\n◀ {{\"op\":\"ok\",\"session\":\"coldroom\"}}\n"),
    ("socks5_rfc1929_subnegotiation_decode", "proto",
     "SOCKS Protocol\n    Version: 1 (username/password sub-negotiation)\n    ULEN: {ul}\n    User: {u}\n    PLEN: {pl}\n    {V}\n"),
    ("nntp_authinfo_pass_line", "proto",
     "200 news.{s}.lan ready\nAUTHINFO USER {u}\n381 more authentication required\nAUTHINFO PASS {V}\n281 authentication accepted\n"),
    ("esp_at_cwjap_second_quoted", "proto",
     ">> AT+CWMODE=1\r\nOK\r\n>> AT+CWJAP=\"{s}-coldroom\",\"{V}\"\r\nWIFI CONNECTED\r\nWIFI GOT IP\r\nOK\r\n"),
    ("irc_nickserv_identify_privmsg", "proto",
     ":{s}.irc.lan 001 coldroom-bot :Welcome\nPRIVMSG NickServ :IDENTIFY {V}\n:NickServ!services@{s}.irc.lan NOTICE coldroom-bot :You are now identified.\n"),
    ("modbus_write_registers_ascii_comment", "proto",
     "# scale controller unlock: write ASCII to holding registers 400-409, then read back\nTX 01 10 0190 000A 14 -> \"{V}\"\nRX 01 10 0190 000A\n"),
    # ---------------------------------------------------------------- UI automation
    ("robot_framework_input_text_second", "gui",
     "*** Test Cases ***\nStaff Login\n    Open Browser    https://{h}/staff    chrome\n    Input Text    id=f1    {u}\n    Input Text    id=f2    {V}\n    Click Button    id=go\n"),
    ("katalon_webui_settext_second", "gui",
     "WebUI.setText(findTestObject('Login/f1'), '{u}')\nWebUI.setText(findTestObject('Login/f2'), '{V}')\nWebUI.click(findTestObject('Login/go'))\n"),
    ("sikulix_type_after_click", "gui",
     "click(\"field_two.png\")\ntype(\"{V}\" + Key.ENTER)\nwait(\"orders_board.png\", 10)\n"),
    ("espresso_typetext_single", "gui",
     "onView(withId(R.id.f2)).perform(typeText(\"{V}\"), closeSoftKeyboard());\n"),
    ("xcuitest_textfield_typetext_single", "gui",
     "let field = app.textFields[\"f2\"]\nfield.tap()\nfield.typeText(\"{V}\")\napp.buttons[\"go\"].tap()\n"),
    ("maestro_inputtext_yaml_step", "gui",
     "appId: shop.collect.app\n---\n- tapOn:\n    id: \"f2\"\n- inputText: \"{V}\"\n- tapOn: \"Sign in\"\n"),
    ("pywinauto_type_keys_single", "gui",
     "app = Application(backend='uia').start(r'C:\\Scale\\ScaleManager.exe')\ndlg = app.window(title='Scale Manager')\ndlg.child_window(auto_id='f2').type_keys('{V}{{ENTER}}')\n"),
    ("adb_shell_input_text_single", "gui",
     "$ adb -s ZY22H shell input tap 540 980\n$ adb -s ZY22H shell input text '{V}'\n$ adb -s ZY22H shell input keyevent 66\n"),
    ("webdriverio_setvalue_single", "gui",
     "await $('#f1').setValue('{u}');\nawait $('#f2').setValue('{V}');\nawait $('#go').click();\n"),
    # ---------------------------------------------------------------- SQL consoles
    ("sqlcipher_pragma_key_literal", "sql",
     "sqlite> PRAGMA key = '{V}';\nok\nsqlite> SELECT count(*) FROM cut_sheets;\n388\n"),
    ("postgres_crypt_gen_salt_first", "sql",
     "trace=# UPDATE staff SET pw_hash = crypt('{V}', gen_salt('bf')) WHERE login = '{u}';\nUPDATE 1\n"),
    ("mysql_sha2_first_argument", "sql",
     "mysql> UPDATE wholesale_users SET pw = SHA2('{V}', 256) WHERE login = '{u}';\nQuery OK, 1 row affected\n"),
    ("mssql_pwdencrypt_single", "sql",
     "1> UPDATE dbo.Staff SET Pw = PWDENCRYPT('{V}') WHERE Login = '{u}';\n2> GO\n(1 row affected)\n"),
    ("mssql_openrowset_semicolon_third", "sql",
     "1> SELECT * FROM OPENROWSET('SQLNCLI', '{h}';'{u}';'{V}', 'SELECT TOP 5 * FROM Trace.dbo.Carcasses');\n2> GO\n"),
]

FW_START = 30  # value occupies 1-based columns 31-50

# written but set aside (reason)
SET_ASIDE = {
    "grafana_cli_reset_admin_positional": "the subcommand itself says reset-admin-password",
    "neo4j_admin_set_initial_positional": "the subcommand itself says set-initial-password",
    "rabbitmqadmin_lower_p_after_lower_u": "set aside by name in an earlier README (deny-listed)",
    "passwd_stdin_flag_echo": "set aside by name in an earlier README (deny-listed)",
    "perl_net_smtp_auth_second": "set aside by name in an earlier README (deny-listed)",
}
ACTIVE = [e for e in S if e[0] not in SET_ASIDE]


def generate(reg, next_id):
    rng = random.Random(SEED)
    out = []
    for entry in ACTIVE:
        syntax, cat, tpl = entry[0], entry[1], entry[2]
        transform = entry[3] if len(entry) > 3 else None
        pw = reg.draw(lambda: owner_password(rng, strict=True))
        u = rng.choice(["counter", "trace_app", "labeller", "rounds", "coldroom", "wholesale", "shopadmin", "pos"])
        shop = rng.choice(SHOPS)
        h = f"{rng.choice(['scales', 'labels', 'trace', 'orders', 'coldroom', 'rounds', 'files'])}{rng.randint(1, 9)}.{shop}.lan"
        d = rng.choice(["trace", "cutsheets", "boxscheme", "wholesale", "landings"])
        if transform == "b64":
            value = reg.draw(lambda: b64(pw))
        else:
            value = pw
        fmt = {"V": MARK, "u": u, "h": h, "d": d, "s": shop, "bu": b64(u), "ul": len(u),
               "pl": len(pw), "fw": None}
        if syntax.startswith("delivery_van_tablet_fixed_width"):
            fmt["fw"] = f"{'V07':<5}{u:<11}{'N-ROUND-3':<14}" + MARK + " " * (20 - len(pw)) + "BRISTOL"
        text_tpl = tpl.format(**fmt)
        text, s, e = place(text_tpl, value)
        rec = record(next_id(), PW_PREFIX + syntax, f"{PW_PREFIX}{syntax}__{SUFFIX[cat]}", text, s, e, value, "password")
        rec["_plain"] = pw  # internal, stripped before writing
        rec["_cat"] = cat
        out.append(rec)
    return out
