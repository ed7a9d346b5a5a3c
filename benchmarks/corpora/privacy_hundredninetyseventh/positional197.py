"""Password source: passwords passed by position / syntax, without a telling password= key."""
import random

import common197 as C
from common197 import MARK as V

SEED = 19703
SPAN_PREFIX = "fairpw_"
SUFFIX = {
    "cli": "showground_ops_terminal_log",
    "lib": "fair_app_code_excerpt",
    "file": "fair_host_file_excerpt",
    "proto": "fair_lan_capture_decode",
    "sql": "fair_db_migration_excerpt",
    "gui": "fair_app_ui_test_excerpt",
}
USERS = ["pitchadmin", "boxoffice", "rigger", "genset", "tokens", "wages", "tracker", "ridecam",
         "permits", "topup", "kiosk", "ops", "crew", "alerts", "hygiene", "showman"]
FIXED_COLS = (31, 52)   # 1-based inclusive columns of the pitch kiosk file


def host(r):
    return r.choice(["db", "files", "mqtt", "nas", "proxy", "smtp", "kiosk", "tickets"]) + "%d.fair.lan" % r.randint(1, 9)


def lip(r):
    return "192.168.%d.%d" % (r.randint(0, 60), r.randint(2, 250))


def fixed_width_line(r, value):
    left = "%-6s%-14s%-10s" % ("P%03d" % r.randint(1, 400), r.choice(["BaoBros", "ChurroQn", "WaltzerA", "Dodgems2", "Hoopla7"]), r.choice(["FOOD", "RIDE", "GAME"]))
    assert len(left) == FIXED_COLS[0] - 1
    return left + value.ljust(FIXED_COLS[1] - FIXED_COLS[0] + 1) + "%-4s%s" % ("32A", r.choice(["N", "S", "E"]))


def gen_frame(r, value):
    body = "PGENL,GEN%d,%s,1" % (r.randint(1, 9), value)
    return "$" + body + "*" + C.nmea_xor(body)


# (syntax, group, value kind, builder(r, user) -> template)
#   kind: plain = the password itself; b64_pw = Base64 of the password;
#         b64_sasl = Base64 of NUL user NUL password; b64_pair = Base64 of user:password;
#         fixed = fixed-width columns; frame = serial frame with XOR checksum
E = []


def add(syntax, group, kind="plain"):
    def deco(fn):
        E.append((syntax, group, kind, fn))
        return fn
    return deco


# ------------------------------------------------------------------ cli
add("mysql_glued_lower_p_after_lower_u", "cli")(lambda r, u: "$ mysql -h %s -u %s -p%s pitches -e 'SELECT COUNT(*) FROM pitch'\n+----------+\n| COUNT(*) |\n+----------+\n|      212 |\n" % (host(r), u, V))
add("psql_connection_uri_userinfo", "cli")(lambda r, u: "$ psql \"postgresql://%s:%s@%s:5432/tickets\" -c '\\dt'\n" % (u, V, host(r)))
add("sqlcmd_capital_p_after_capital_u", "cli")(lambda r, u: "C:\\> sqlcmd -S payroll-sql.fair.lan -U %s -P %s -Q \"SELECT TOP 5 * FROM Timesheets\"\n" % (u, V))
add("sqlplus_slash_pair_at_tns", "cli")(lambda r, u: "$ sqlplus %s/%s@//ora.fair.lan:1521/PAYROLL @weekly_run.sql\n" % (u, V))
add("db2_connect_using_clause", "cli")(lambda r, u: "$ db2 connect to TOKENS user %s using %s\n   Database server        = DB2/LINUXX8664 11.5.8\n" % (u, V))
add("unixodbc_isql_third_positional", "cli")(lambda r, u: "$ isql -v HygieneDSN %s %s\n+---------------------------------------+\n| Connected!                            |\n" % (u, V))
add("curl_lower_u_colon_pair", "cli")(lambda r, u: "$ curl -sS -u %s:%s https://permits.council.example/api/v1/pitches?market=quayside | jq length\n" % (u, V))
add("lftp_lower_u_comma_pair", "cli")(lambda r, u: "$ lftp -u %s,%s sftp://%s -e 'mirror -R plans/ /srv/plans; bye'\n" % (u, V, host(r)))
add("ncftpput_lower_p_after_lower_u", "cli")(lambda r, u: "$ ncftpput -u %s -p %s %s /uploads gate_cam_0612.mp4\n" % (u, V, host(r)))
add("wget_ftp_url_userinfo", "cli")(lambda r, u: "$ wget -q ftp://%s:%s@%s/exports/route_week24.gpx\n" % (u, V, host(r)))
add("winscp_open_sftp_url_userinfo", "cli")(lambda r, u: "C:\\> winscp.com /command \"open sftp://%s:%s@%s/\" \"put rota.xlsx /srv/rota/\" \"exit\"\n" % (u, V, lip(r)))
add("psexec_lower_p_after_lower_u", "cli")(lambda r, u: "C:\\> PsExec.exe \\\\BOXOFFICE-PC -u FAIR\\%s -p %s ipconfig /all\n" % (u, V))
add("net_use_positional_before_slash_user", "cli")(lambda r, u: "C:\\> net use T: \\\\nas01\\tickets %s /user:FAIR\\%s /persistent:no\nThe command completed successfully.\n" % (V, u))
add("schtasks_slash_rp_run_as", "cli")(lambda r, u: "C:\\> schtasks /create /tn TokenSync /tr C:\\fair\\sync.bat /sc hourly /ru FAIR\\%s /rp %s\nSUCCESS: The scheduled task \"TokenSync\" has successfully been created.\n" % (u, V))
add("powershell_convertto_securestring_asplaintext", "cli")(lambda r, u: "PS C:\\fair> $s = ConvertTo-SecureString \"%s\" -AsPlainText -Force\nPS C:\\fair> $c = New-Object PSCredential('FAIR\\%s', $s)\n" % (V, u))
add("kubectl_create_secret_from_literal_value", "cli")(lambda r, u: "$ kubectl -n kiosk create secret generic topup-db --from-literal=k1=%s\nsecret/topup-db created\n" % V)
add("git_clone_https_url_userinfo", "cli")(lambda r, u: "$ git clone https://%s:%s@git.bigtop.lan/ops/rigging-checklists.git\nCloning into 'rigging-checklists'...\n" % (u, V))
add("twine_upload_lower_p_after_lower_u", "cli")(lambda r, u: "$ twine upload -r showmen-internal -u %s -p %s dist/pitchgrid-1.4.0*\n" % (u, V))
add("ncat_proxy_auth_colon_pair", "cli")(lambda r, u: "$ ncat --proxy %s:3128 --proxy-type http --proxy-auth %s:%s tracker.example 443\n" % (host(r), u, V))
add("https_proxy_env_url_userinfo", "cli")(lambda r, u: "$ export https_proxy=http://%s:%s@%s:3128\n$ apt-get update\n" % (u, V, host(r)))
add("ffmpeg_rtsp_input_url_userinfo", "cli")(lambda r, u: "$ ffmpeg -rtsp_transport tcp -i rtsp://%s:%s@%s:554/stream1 -t 60 -c copy gate.mp4\n" % (u, V, lip(r)))
add("mosquitto_pub_capital_p_after_lower_u", "cli")(lambda r, u: "$ mosquitto_pub -h %s -u %s -P %s -t power/gen3/kw -m 41.7\n" % (host(r), u, V))
add("nats_cli_server_url_userinfo", "cli")(lambda r, u: "$ nats --server nats://%s:%s@%s:4222 pub wristband.topup '{\"band\":\"WB-1182\",\"tokens\":10}'\n" % (u, V, host(r)))
add("ipmitool_capital_p_after_capital_u", "cli")(lambda r, u: "$ ipmitool -I lanplus -H %s -U ADMIN -P %s chassis power status\nChassis Power is on\n" % (lip(r), V))
add("upsrw_lower_p_after_lower_u", "cli")(lambda r, u: "$ upsrw -s ups.delay.shutdown=120 -u %s -p %s genups@localhost\nOK\n" % (u, V))
add("sevenzip_glued_lower_p", "cli")(lambda r, u: "$ 7z a -p%s -mhe=on payroll_2027_wk24.7z payroll/\n" % V)
add("rar_glued_hp_header_encrypt", "cli")(lambda r, u: "$ rar a -hp%s pitch_plans_2027.rar plans/\n" % V)
add("steghide_lower_p_flag", "cli")(lambda r, u: "$ steghide embed -cf poster_bigtop.jpg -ef crew_notes.txt -p %s\nembedding \"crew_notes.txt\" in \"poster_bigtop.jpg\"... done\n" % V)
add("ccrypt_capital_k_key_flag", "cli")(lambda r, u: "$ ccrypt -e -K %s staff_list_2027.csv\n" % V)
add("aescrypt_lower_p_flag", "cli")(lambda r, u: "$ aescrypt -e -p %s wages_week24.xlsx\n" % V)
add("encfs_extpass_echo_command", "cli")(lambda r, u: "$ encfs --extpass=\"echo %s\" ~/.payroll.crypt ~/payroll\n" % V)
add("swaks_ap_after_au", "cli")(lambda r, u: "$ swaks --to office@showmen-tours.example -s smtp.fair.lan:587 -tls -au %s -ap %s --header 'Subject: genny 3 fuel low'\n" % (u, V))
add("sendemail_xp_after_xu", "cli")(lambda r, u: "$ sendemail -f %s@fair.lan -t office@showmen-tours.example -s smtp.fair.lan:587 -xu %s -xp %s -u 'Gen 3' -m 'fuel below 20%%'\n" % (u, u, V))
add("snmpget_v3_capital_a_auth_passphrase", "cli")(lambda r, u: "$ snmpget -v3 -l authNoPriv -u monitor -a SHA -A %s %s 1.3.6.1.2.1.33.1.2.4.0\n" % (V, lip(r)))
add("check_http_lower_a_colon_pair", "cli")(lambda r, u: "$ /usr/lib/nagios/plugins/check_http -H kiosk.fair.lan -u /health -a %s:%s\nHTTP OK: HTTP/1.1 200 OK\n" % (u, V))
add("apachebench_capital_a_colon_pair", "cli")(lambda r, u: "$ ab -n 500 -c 20 -A %s:%s https://tickets.fair.lan/api/shows\n" % (u, V))
add("nmcli_wifi_sec_psk_property", "cli")(lambda r, u: "$ nmcli con modify stalls-wifi wifi-sec.key-mgmt wpa-psk wifi-sec.psk %s\n" % V)
add("wpa_cli_set_network_psk_quoted", "cli")(lambda r, u: "$ wpa_cli -i wlan0 set_network 0 psk '\"%s\"'\nOK\n" % V)
add("kinit_stdin_echo_principal", "cli")(lambda r, u: "$ echo '%s' | kinit %s@FAIR.LAN\n" % (V, u))
add("ansible_vault_encrypt_string_stdin_echo", "cli")(lambda r, u: "$ echo -n '%s' | ansible-vault encrypt_string --stdin-name topup_db\n" % V)
add("keepassxc_cli_ls_stdin_echo", "cli")(lambda r, u: "$ echo '%s' | keepassxc-cli ls ops.kdbx /Circus\n" % V)
add("gocryptfs_stdin_echo_mount", "cli")(lambda r, u: "$ echo '%s' | gocryptfs ~/.payroll.crypt ~/payroll\nFilesystem mounted and ready.\n" % V)
add("bitwarden_cli_unlock_positional", "cli")(lambda r, u: "$ export BW_SESSION=$(bw unlock %s --raw)\n" % V)
add("expect_send_after_generic_prompt", "cli")(lambda r, u: "$ expect -c 'spawn scp rota.pdf %s@%s:/srv/rota; expect \"*: \"; send \"%s\\r\"; expect eof'\n" % (u, lip(r), V))
add("gio_mount_smb_url_userinfo", "cli")(lambda r, u: "$ gio mount \"smb://%s:%s@nas01.fair.lan/tickets\"\n" % (u, V))
add("racadm_lower_p_after_lower_u", "cli")(lambda r, u: "$ racadm -r %s -u root -p %s getsysinfo\n" % (lip(r), V))
add("remmina_rdp_uri_userinfo", "cli")(lambda r, u: "$ remmina -c rdp://%s:%s@boxoffice-pc.fair.lan\n" % (u, V))
add("adb_shell_input_text_literal", "gui")(lambda r, u: "$ adb shell input tap 540 880\n$ adb shell input text '%s'\n$ adb shell input keyevent 66\n" % V)
add("wtype_wayland_literal", "gui")(lambda r, u: "#!/bin/sh\n# kiosk autologin helper\nsleep 3\nwtype '%s'\nwtype -k Return\n" % V)

# ------------------------------------------------------------------ lib
add("python_paramiko_connect_fourth_positional", "lib")(lambda r, u: "client = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nclient.connect(\"%s\", 22, \"%s\", \"%s\")\n" % (lip(r), u, V))
add("python_ftplib_ftp_ctor_third", "lib")(lambda r, u: "import ftplib\n\nftp = ftplib.FTP(\"%s\", \"%s\", \"%s\")\nftp.cwd(\"/uploads\")\n" % (host(r), u, V))
add("python_pika_plaincredentials_second", "lib")(lambda r, u: "creds = pika.PlainCredentials(\"%s\", \"%s\")\nparams = pika.ConnectionParameters(\"%s\", 5672, \"/\", creds)\n" % (u, V, host(r)))
add("python_redis_ctor_fourth_positional", "lib")(lambda r, u: "import redis\n\nr = redis.Redis(\"%s\", 6379, 0, \"%s\")\nr.incrby(\"band:WB-1182:tokens\", 10)\n" % (host(r), V))
add("python_pysftp_connection_fourth_positional", "lib")(lambda r, u: "with pysftp.Connection(\"%s\", \"%s\", None, \"%s\") as sftp:\n    sftp.put(\"rigging_check.pdf\")\n" % (host(r), u, V))
add("python_requests_auth_tuple_second", "lib")(lambda r, u: "resp = requests.get(PERMITS_URL, auth=(\"%s\", \"%s\"), timeout=10)\nresp.raise_for_status()\n" % (u, V))
add("python_aiohttp_basicauth_second", "lib")(lambda r, u: "auth = aiohttp.BasicAuth(\"%s\", \"%s\")\nasync with aiohttp.ClientSession(auth=auth) as s:\n    ...\n" % (u, V))
add("python_telnetlib_write_after_read_until", "lib")(lambda r, u: "tn = telnetlib.Telnet(\"%s\", 23)\ntn.read_until(b\"login: \")\ntn.write(b\"%s\\n\")\ntn.read_until(b\": \")\ntn.write(b\"%s\\n\")\n" % (lip(r), u, V))
add("python_pexpect_sendline_after_expect", "lib")(lambda r, u: "child = pexpect.spawn(\"ssh %s@%s\")\nchild.expect(\": \")\nchild.sendline(\"%s\")\n" % (u, lip(r), V))
add("node_mysql2_connection_uri_userinfo", "lib")(lambda r, u: "const conn = await mysql.createConnection('mysql://%s:%s@%s:3306/wristbands');\n" % (u, V, host(r)))
add("node_mqtt_connect_url_userinfo", "lib")(lambda r, u: "const client = mqtt.connect('mqtts://%s:%s@%s:8883');\nclient.on('connect', () => client.subscribe('power/#'));\n" % (u, V, host(r)))
add("node_sequelize_ctor_third_positional", "lib")(lambda r, u: "const sequelize = new Sequelize('pitches', '%s', '%s', {\n  host: '%s',\n  dialect: 'postgres',\n});\n" % (u, V, host(r)))
add("node_bcrypt_hashsync_first", "lib")(lambda r, u: "// seed the first admin\nconst digest = bcrypt.hashSync('%s', 12);\nawait db.admin.create({ login: '%s', digest });\n" % (V, u))
add("java_mongocredential_createcredential_third", "lib")(lambda r, u: "MongoCredential cred = MongoCredential.createCredential(\"%s\", \"tickets\", \"%s\".toCharArray());\n" % (u, V))
add("java_keystore_load_chararray_second", "lib")(lambda r, u: "KeyStore ks = KeyStore.getInstance(\"PKCS12\");\ntry (InputStream in = new FileInputStream(\"box-office.p12\")) {\n    ks.load(in, \"%s\".toCharArray());\n}\n" % V)
add("java_commons_net_ftpclient_login_second", "lib")(lambda r, u: "FTPClient ftp = new FTPClient();\nftp.connect(\"%s\");\nftp.login(\"%s\", \"%s\");\n" % (host(r), u, V))
add("kotlin_okhttp_credentials_basic_second", "lib")(lambda r, u: "val auth = Credentials.basic(\"%s\", \"%s\")\nval req = Request.Builder().url(url).header(\"Authorization\", auth).build()\n" % (u, V))
add("csharp_networkcredential_ctor_second", "lib")(lambda r, u: "var handler = new HttpClientHandler {\n    Credentials = new NetworkCredential(\"FAIR\\\\%s\", \"%s\")\n};\n" % (u, V))
add("csharp_x509certificate2_ctor_second", "lib")(lambda r, u: "var cert = new X509Certificate2(\"ticket-signing.pfx\", \"%s\");\n" % V)
add("go_mysql_dsn_user_colon_before_at_tcp", "lib")(lambda r, u: "db, err := sql.Open(\"mysql\", \"%s:%s@tcp(%s:3306)/wristbands?parseTime=true\")\n" % (u, V, host(r)))
add("go_http_request_setbasicauth_second", "lib")(lambda r, u: "req, _ := http.NewRequest(\"GET\", ratingsURL, nil)\nreq.SetBasicAuth(\"%s\", \"%s\")\n" % (u, V))
add("rust_suppaftp_login_second", "lib")(lambda r, u: "let mut ftp = FtpStream::connect(\"%s:21\")?;\nftp.login(\"%s\", \"%s\")?;\n" % (host(r), u, V))
add("ruby_net_ftp_new_third_positional", "lib")(lambda r, u: "ftp = Net::FTP.new(\"%s\", \"%s\", \"%s\")\nftp.putbinaryfile(\"gate.mp4\")\n" % (host(r), u, V))
add("ruby_faraday_request_authorization_basic_fourth", "lib")(lambda r, u: "conn = Faraday.new(url: PERMITS_URL) do |f|\n  f.request :authorization, :basic, \"%s\", \"%s\"\nend\n" % (u, V))
add("php_ftp_login_third", "lib")(lambda r, u: "$conn = ftp_connect('%s');\nftp_login($conn, '%s', '%s');\n" % (host(r), u, V))
add("php_mysqli_connect_third", "lib")(lambda r, u: "$db = mysqli_connect('%s', '%s', '%s', 'pitches');\n" % (host(r), u, V))
add("php_imap_open_third", "lib")(lambda r, u: "$mbox = imap_open('{mail.fair.lan:993/imap/ssl}INBOX', '%s', '%s');\n" % (u, V))
add("perl_dbi_connect_third", "lib")(lambda r, u: "my $dbh = DBI->connect('dbi:Pg:dbname=payroll;host=%s', '%s', '%s', { RaiseError => 1 });\n" % (host(r), u, V))
add("arduino_wifi_begin_second", "lib")(lambda r, u: "void setup() {\n  Serial.begin(115200);\n  WiFi.begin(\"FAIR-STALLS\", \"%s\");\n}\n" % V)
add("arduino_pubsubclient_connect_third", "lib")(lambda r, u: "if (mqtt.connect(\"gen3-node\", \"%s\", \"%s\")) {\n  mqtt.publish(\"power/gen3/online\", \"1\");\n}\n" % (u, V))
add("micropython_wlan_connect_second", "lib")(lambda r, u: "import network\nwlan = network.WLAN(network.STA_IF)\nwlan.active(True)\nwlan.connect(\"TOKEN-BOOTH\", \"%s\")\n" % V)
add("micropython_umqtt_mqttclient_fifth", "lib")(lambda r, u: "c = MQTTClient(\"meter7\", \"%s\", 1883, \"%s\", \"%s\")\nc.connect()\n" % (host(r), u, V))
add("c_mysql_real_connect_fourth", "lib")(lambda r, u: "if (!mysql_real_connect(conn, \"%s\", \"%s\", \"%s\", \"wristbands\", 3306, NULL, 0)) {\n    fprintf(stderr, \"%%s\\n\", mysql_error(conn));\n}\n" % (host(r), u, V))
add("c_sqlcipher_sqlite3_key_second", "lib")(lambda r, u: "sqlite3_open(\"tokens.db\", &db);\nsqlite3_key(db, \"%s\", KEYLEN);\n" % V)
add("java_selenium_webelement_sendkeys_single", "gui")(lambda r, u: "driver.findElement(By.id(\"f1\")).sendKeys(\"%s\");\ndriver.findElement(By.id(\"f2\")).sendKeys(\"%s\");\n" % (u, V))

# ------------------------------------------------------------------ gui
add("webdriverio_setvalue_single", "gui")(lambda r, u: "await $('#f1').setValue('%s')\nawait $('#f2').setValue('%s')\nawait $('button=Go').click()\n" % (u, V))
add("puppeteer_page_type_second", "gui")(lambda r, u: "await page.type('#f1', '%s');\nawait page.type('#f2', '%s');\nawait page.click('#go');\n" % (u, V))
add("testcafe_typetext_second", "gui")(lambda r, u: "await t\n  .typeText('#f1', '%s')\n  .typeText('#f2', '%s')\n  .click('#go');\n" % (u, V))
add("robot_framework_input_text_second_cell", "gui")(lambda r, u: "*** Test Cases ***\nBox Office Login\n    Input Text    id=f1    %s\n    Input Text    id=f2    %s\n    Click Button    id=go\n" % (u, V))
add("espresso_perform_typetext_single", "gui")(lambda r, u: "onView(withId(R.id.f1)).perform(typeText(\"%s\"));\nonView(withId(R.id.f2)).perform(typeText(\"%s\"), closeSoftKeyboard());\n" % (u, V))
add("xcuitest_typetext_single", "gui")(lambda r, u: "app.textFields[\"f1\"].tap()\napp.textFields[\"f1\"].typeText(\"%s\")\napp.textFields[\"f2\"].tap()\napp.textFields[\"f2\"].typeText(\"%s\")\n" % (u, V))
add("maestro_flow_inputtext_step", "gui")(lambda r, u: "appId: uk.fair.topup\n---\n- launchApp\n- tapOn:\n    id: \"f2\"\n- inputText: \"%s\"\n- tapOn: \"Go\"\n" % V)
add("katalon_webui_settext_second", "gui")(lambda r, u: "WebUI.setText(findTestObject('Login/f1'), '%s')\nWebUI.setText(findTestObject('Login/f2'), '%s')\n" % (u, V))
add("watir_text_field_set_single", "gui")(lambda r, u: "browser.text_field(id: 'f1').set '%s'\nbrowser.text_field(id: 'f2').set '%s'\nbrowser.button(id: 'go').click\n" % (u, V))
add("pywinauto_type_keys_single", "gui")(lambda r, u: "dlg = app.window(title=\"Payroll\")\ndlg.Edit1.type_keys(\"%s\")\ndlg.Edit2.type_keys(\"%s\")\n" % (u, V))
add("sikulix_type_single", "gui")(lambda r, u: "click(\"field2.png\")\ntype(\"%s\")\ntype(Key.ENTER)\n" % V)
add("wscript_shell_sendkeys_single", "gui")(lambda r, u: "Set WshShell = CreateObject(\"WScript.Shell\")\nWshShell.AppActivate \"Token Booth\"\nWshShell.SendKeys \"%s\"\nWshShell.SendKeys \"{ENTER}\"\n" % V)

# ------------------------------------------------------------------ file
add("ppp_chap_secrets_third_column", "file")(lambda r, u: "# /etc/ppp/chap-secrets\n# client        server  secret                  IP addresses\n\"tracker-van3\"  *       \"%s\"      *\n" % V)
add("davfs2_secrets_file_third_token", "file")(lambda r, u: "# /etc/davfs2/secrets\nhttps://dav.fair.lan/pitchplans  %s  %s\n" % (u, V))
add("strongswan_ipsec_secrets_psk_quoted", "file")(lambda r, u: "# /etc/ipsec.secrets\n10.8.0.1 %%any : PSK \"%s\"\n" % V)
add("nut_upsmon_monitor_fourth_field", "file")(lambda r, u: "# /etc/nut/upsmon.conf\nMONITOR genups@localhost 1 upsmon %s primary\nSHUTDOWNCMD \"/sbin/shutdown -h +0\"\n" % V)
add("exim_passwd_client_third_colon_field", "file")(lambda r, u: "# /etc/exim4/passwd.client\nsmtp.fair.lan:%s:%s\n" % (u, V))
add("stunnel_psksecrets_identity_colon_key", "file")(lambda r, u: "# /etc/stunnel/psk.txt\ntracker-van3:%s\n" % V)
add("apt_conf_acquire_proxy_userinfo", "file")(lambda r, u: "// /etc/apt/apt.conf.d/95proxy\nAcquire::http::Proxy \"http://%s:%s@proxy.fair.lan:3128/\";\n" % (u, V))
add("wifi_qr_payload_p_field", "file")(lambda r, u: "# stall-wifi-qr.txt (printed on the trader welcome card)\nWIFI:T:WPA;S:FAIR-STALLS;P:%s;;\n" % V)
add("ride_operator_roster_pipe_fourth_field", "file")(lambda r, u: "# roster.dat  id|name|ride|word|shift\n%d|Kyle|Waltzer|%s|early\n" % (r.randint(100, 999), V))
add("stall_card_reader_provisioning_semicolon_third", "file")(lambda r, u: "S%03d;burrito-bros;%s;reader=SR-%d;band=green\n" % (r.randint(1, 300), V, r.randint(1000, 9999)))
add("wristband_scanner_batch_tab_fifth_column", "file")(lambda r, u: "gate\tlane\tscanner\top\tword\n%s\t%d\tHS-%d\t%s\t%s\n" % (r.choice(["north", "south"]), r.randint(1, 6), r.randint(100, 999), u, V))
add("seasonal_staff_onboarding_csv_sixth_column", "file")(lambda r, u: "ref,first,last,start,role,initial\nSS-%d,Maya,Okafor,2027-05-02,box office,%s\n" % (r.randint(1000, 9999), V))
add("rigging_tablet_users_yaml_flow_sequence_second", "file")(lambda r, u: "# rigging tablet users\nusers:\n  - [chiefrigger, %s, crew-lead]\n" % V)
add("hookup_meter_caret_third_field", "file")(lambda r, u: "MTR%02d^gen-north^%s^kWh\n" % (r.randint(1, 40), V))
add("pitch_kiosk_fixed_width_cols_31_to_52", "file", "fixed")(lambda r, u: "# pitchkiosk.dat - fixed width: pitch 1-6, trader 7-20, class 21-30, unlock 31-52, supply 53-56, side 57\n%s\n" % V)

# ------------------------------------------------------------------ proto
add("smtp_auth_login_second_b64_line", "proto", "b64_pw")(lambda r, u: "S: 220 smtp.fair.lan ESMTP\nC: EHLO genset-logger\nS: 250-AUTH LOGIN PLAIN\nC: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: %s\nS: 334 UGFzc3dvcmQ6\nC: %s\nS: 235 2.7.0 Authentication successful\n" % (C.b64(u.encode()), V))
add("xmpp_sasl_plain_auth_element_b64", "proto", "b64_sasl")(lambda r, u: "SEND: <auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>%s</auth>\nRECV: <success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>\n" % V)
add("http_proxy_authorization_basic_b64", "proto", "b64_pair")(lambda r, u: "CONNECT tracker.example:443 HTTP/1.1\r\nHost: tracker.example:443\r\nProxy-Authorization: Basic %s\r\n\r\n" % V)
add("irc_nickserv_identify_privmsg", "proto")(lambda r, u: ":showbot!~bot@10.0.0.4 PRIVMSG NickServ :IDENTIFY %s\n:NickServ!services@irc.fair.lan NOTICE showbot :You are now identified\n" % V)
add("ntrip_v1_source_line_second_token", "proto")(lambda r, u: "SOURCE %s /FAIRVAN3\r\nSource-Agent: NTRIP RTKLIB/2.4.3\r\n\r\nICY 200 OK\r\n" % V)
add("shoutcast_v1_source_first_line", "proto")(lambda r, u: ">> %s\r\n<< OK2\r\n<< icy-caps:11\r\n>> icy-name:Big Top Radio\r\n" % V)
add("esp_at_cwsap_second_quoted", "proto")(lambda r, u: "AT+CWMODE=2\r\nOK\r\nAT+CWSAP=\"TOKEN-BOOTH\",\"%s\",5,3\r\nOK\r\n" % V)
add("redis_migrate_auth2_user_then_value", "proto")(lambda r, u: "MIGRATE %s 6379 \"\" 0 5000 AUTH2 %s %s KEYS band:1182 band:1183\n" % (lip(r), u, V))
add("generator_controller_serial_login_frame_third_field", "proto", "frame")(lambda r, u: "# genset controller RS-232 capture (9600 8N1)\n> %s\n< $PGENA,OK*%s\n" % (V, C.nmea_xor("PGENA,OK")))
add("wristband_reader_rs232_unlock_line_second_token", "proto")(lambda r, u: "TX: UNL %s 0x3F\r\nRX: ACK 00\r\n" % V)

# ------------------------------------------------------------------ sql
add("mysql_create_user_identified_by_literal", "sql")(lambda r, u: "CREATE USER '%s'@'10.0.%%' IDENTIFIED BY '%s';\nGRANT SELECT, INSERT ON wristbands.* TO '%s'@'10.0.%%';\n" % (u, V, u))
add("oracle_create_database_link_identified_by", "sql")(lambda r, u: "CREATE DATABASE LINK payroll_link\n  CONNECT TO %s IDENTIFIED BY \"%s\"\n  USING 'PAYROLL';\n" % (u, V))
add("sqlserver_sp_addlinkedsrvlogin_fifth", "sql")(lambda r, u: "EXEC sp_addlinkedserver 'TOKENDB', '', 'MSOLEDBSQL', 'tokens.fair.lan';\nEXEC sp_addlinkedsrvlogin 'TOKENDB', 'false', NULL, '%s', '%s';\n" % (u, V))
add("sqlserver_openrowset_semicolon_third_part", "sql")(lambda r, u: "SELECT * FROM OPENROWSET('MSOLEDBSQL', 'tokens.fair.lan';'%s';'%s',\n  'SELECT band, balance FROM dbo.Bands');\n" % (u, V))
add("sqlcipher_pragma_key_literal", "sql")(lambda r, u: "-- open the till export\nPRAGMA key = '%s';\nSELECT count(*) FROM sqlite_master;\n" % V)


# written, then set aside as near-duplicates of kept syntaxes or doubtful tool behaviour
SET_ASIDE = [
    "remmina_rdp_uri_userinfo", "gio_mount_smb_url_userinfo", "aescrypt_lower_p_flag",
    "racadm_lower_p_after_lower_u", "https_proxy_env_url_userinfo", "python_aiohttp_basicauth_second",
    "rust_suppaftp_login_second", "ruby_net_ftp_new_third_positional", "wtype_wayland_literal",
    "ncftpput_lower_p_after_lower_u",
]


def kept():
    return [e for e in E if e[0] not in SET_ASIDE]


def build(reg, start_index):
    rng = random.Random(SEED)
    recs, hidden = [], []
    n = start_index
    for syntax, group, kind, fn in kept():
        u = rng.choice(USERS)
        pwd = reg.draw(lambda: C.owner_pw(rng, strict=True))
        if kind in ("plain", "fixed", "frame"):
            value = pwd
        elif kind == "b64_pw":
            value = C.b64(pwd.encode())
        elif kind == "b64_sasl":
            value = C.b64(b"\x00" + u.encode() + b"\x00" + pwd.encode())
        elif kind == "b64_pair":
            value = C.b64((u + ":" + pwd).encode())
        else:
            raise ValueError(kind)
        if value != pwd:
            if not reg.add(value):
                raise RuntimeError("b64 value collision")
            hidden.append(pwd)
        tpl = fn(rng, u)
        if kind == "fixed":
            line = fixed_width_line(rng, value)
            before, after = line.split(value, 1)
            tpl = tpl.replace(V, before + V + after)
        if kind == "frame":
            # the checksum covers the real value, so build the frame around it and re-mark the slot
            frame = gen_frame(rng, value)
            before, after = frame.split(value, 1)
            tpl = tpl.replace(V, before + V + after)
        text, s, e = C.place(tpl, value)
        typ = SPAN_PREFIX + syntax
        recs.append(C.positive("%s-s-%04d" % (C.PREFIX, n), typ, "%s__%s" % (typ, SUFFIX[group]), text, s, e, "password"))
        n += 1
    return recs, hidden
