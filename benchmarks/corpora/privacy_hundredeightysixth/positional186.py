"""Password source: passwords passed by position, flag or protocol element, without a telling key."""
import base64
import random

from common186 import MARK, rs, owner_password, fill, record, LALNUM, DIG

SEED = 18603
PFX = "rangepw_"
SUFFIX = {"cli": "range_office_shell_history", "lib": "range_backend_source_snippet",
          "file": "range_server_config_file", "proto": "range_lan_packet_capture",
          "gui": "range_kiosk_ui_test_script"}

# placeholders: §P password slot, §u user, §h host, §d database / share, §n number, §i ip
S = [
    # ------------------------------------------------------------ command line: flags and positionals
    ("lftp_lower_u_user_comma_pair", "cli", "$ lftp -u §u,§P sftp://§h\nlftp §u@§h:~> mirror -R exports/ /incoming/\n"),
    ("ncftp_lower_p_after_lower_u", "cli", "$ ncftp -u §u -p §P §h\nncftp / > cd inventory\n"),
    ("plink_lower_pw_after_lower_l", "cli", "C:\\RangeOps> plink -ssh -l §u -pw §P §h \"systemctl restart lanes\"\n"),
    ("psexec_lower_p_after_lower_u", "cli", "C:\\Tools> PsExec.exe \\\\§h -u RANGE\\§u -p §P -accepteula ipconfig /all\n"),
    ("schtasks_slash_rp_after_slash_ru", "cli", "C:\\> schtasks /create /tn \"Nightly AD export\" /tr C:\\RangeOps\\export.cmd /sc daily /st 23:30 /ru RANGE\\§u /rp §P\n"),
    ("sqlcmd_capital_p_after_capital_u", "cli", "PS C:\\> sqlcmd -S §h -d PosReports -U §u -P §P -Q \"SELECT COUNT(*) FROM dbo.Sales\"\n"),
    ("bcp_capital_p_after_capital_u", "cli", "C:\\> bcp PosReports.dbo.Sales out sales.dat -S §h -U §u -P §P -c\n"),
    ("tsql_freetds_capital_p_after_capital_u", "cli", "$ tsql -S §h -p 1433 -U §u -P §P\nlocale is \"en_US.UTF-8\"\n1>\n"),
    ("vsql_lower_w_after_capital_u", "cli", "$ vsql -h §h -d analytics -U §u -w §P -c 'select now();'\n"),
    ("db2_connect_using_clause", "cli", "$ db2 connect to RANGEDB user §u using §P\n   Database Connection Information\n"),
    ("sqlplus_user_slash_pass_at_connect", "cli", "$ sqlplus §u/§P@//§h:1521/BOUNDBK\nSQL*Plus: Release 19.0.0.0.0\n"),
    ("isql_unixodbc_third_positional", "cli", "$ isql -v BoundBookDSN §u §P\n+---------------------------------------+\n| Connected!                            |\n"),
    ("isql_firebird_pas_after_user", "cli", "$ isql-fb -user §u -pas §P §h:/var/lib/firebird/lanes.fdb\nSQL> show tables;\n"),
    ("mosquitto_pub_capital_p_after_lower_u", "cli", "$ mosquitto_pub -h §h -t range/lane/07/status -m ready -u §u -P §P\n"),
    ("ipmitool_capital_p_after_capital_u", "cli", "$ ipmitool -I lanplus -H §i -U §u -P §P chassis power status\nChassis Power is on\n"),
    ("racadm_lower_p_after_lower_u", "cli", "$ racadm -r §i -u §u -p §P getsysinfo\n"),
    ("ilorest_login_lower_p_after_lower_u", "cli", "$ ilorest login §i -u §u -p §P\nDiscovering data...Done\n"),
    ("vmrun_lower_gp_after_lower_gu", "cli", "$ vmrun -T ws -gu §u -gp §P runProgramInGuest kiosk.vmx C:\\kiosk\\reset.cmd\n"),
    ("minio_mc_alias_set_fourth_positional", "cli", "$ mc alias set rangearchive http://§h:9000 §u §P\nAdded `rangearchive` successfully.\n"),
    ("sevenzip_glued_lower_p_flag", "cli", "C:\\Exports> 7z a -t7z -p§P -mhe=on ad_book_2024.7z ad_book_2024.csv\n"),
    ("pdftk_input_pw_keyword_positional", "cli", "$ pdftk waivers_june.pdf input_pw §P output waivers_june_open.pdf\n"),
    ("ssh_keygen_capital_n_new_passphrase", "cli", "$ ssh-keygen -t ed25519 -C deploy@lanes -N '§P' -f ~/.ssh/lanes_deploy\n"),
    ("htpasswd_batch_third_positional", "cli", "$ sudo htpasswd -b /etc/nginx/.htpasswd §u §P\nAdding password for user §u\n"),
    ("wpa_passphrase_second_positional", "cli", "$ wpa_passphrase RangeLaneTablets '§P' | sudo tee -a /etc/wpa_supplicant/wpa_supplicant.conf\n"),
    ("net_use_share_then_bare_positional", "cli", "C:\\> net use Z: \\\\§h\\§d §P /user:RANGE\\§u /persistent:no\n"),
    ("mount_smbfs_url_userinfo", "cli", "$ mount_smbfs //§u:§P@§h/§d /Volumes/§d\n"),
    ("openssl_enc_pass_colon_literal", "cli", "$ openssl enc -aes-256-cbc -pbkdf2 -in ad_export.csv -out ad_export.csv.enc -pass pass:§P\n"),
    ("certutil_lower_p_importpfx", "cli", "C:\\> certutil -f -p §P -importpfx C:\\certs\\kiosk01.pfx\n"),
    ("signtool_slash_p_after_slash_f", "cli", "C:\\build> signtool sign /f C:\\certs\\codesign.pfx /p §P /tr http://timestamp.digicert.com /td sha256 WaiverKiosk.exe\n"),
    ("snmpwalk_v3_capital_a_auth_passphrase", "cli", "$ snmpwalk -v3 -l authNoPriv -u §u -a SHA -A §P §i 1.3.6.1.2.1.1\n"),
    ("ldappasswd_lower_s_new_value", "cli", "$ ldappasswd -H ldap://§h -x -D cn=admin,dc=range,dc=lan -W -s §P uid=§u,ou=staff,dc=range,dc=lan\n"),
    ("powershell_convertto_securestring_first_positional", "cli", "PS C:\\> $sec = ConvertTo-SecureString '§P' -AsPlainText -Force\nPS C:\\> $cred = New-Object System.Management.Automation.PSCredential('RANGE\\§u', $sec)\n"),
    ("curl_capital_u_proxy_user_colon_pair", "cli", "$ curl -x http://proxy.range.lan:3128 -U §u:§P https://api.fastbound.example/v1/ping\n"),
    ("ncat_proxy_auth_colon_pair", "cli", "$ ncat --proxy proxy.range.lan:3128 --proxy-type http --proxy-auth §u:§P §h 22\n"),
    ("git_config_http_proxy_url_userinfo", "cli", "$ git config --global http.proxy http://§u:§P@proxy.range.lan:3128\n"),
    ("mongodump_uri_userinfo", "cli", "$ mongodump --uri 'mongodb://§u:§P@§h:27017/waivers?authSource=admin' --out /backup/waivers\n"),
    ("hg_clone_url_userinfo", "cli", "$ hg clone https://§u:§P@hg.range.lan/lane-firmware\n"),
    ("rclone_obscure_single_positional", "cli", "$ rclone obscure '§P'\n"),
    ("adb_shell_input_text_literal", "cli", "$ adb -s kiosk-lobby shell input text '§P'\n$ adb -s kiosk-lobby shell input keyevent 66\n"),
    # ------------------------------------------------------------ stdin pipes
    ("kinit_stdin_echo", "cli", "$ echo '§P' | kinit §u@RANGE.LAN\n$ klist\n"),
    ("vncpasswd_f_stdin_echo", "cli", "$ echo '§P' | vncpasswd -f > ~/.vnc/passwd\n$ chmod 600 ~/.vnc/passwd\n"),
    ("chpasswd_stdin_user_colon_pair", "cli", "$ echo '§u:§P' | sudo chpasswd\n"),
    ("openssl_passwd_stdin_herestring", "cli", "$ openssl passwd -6 -stdin <<< '§P'\n"),
    ("gpg_passphrase_fd_zero_echo", "cli", "$ echo '§P' | gpg --batch --yes --passphrase-fd 0 -c ad_book_2024.csv\n"),
    ("pass_insert_echo_stdin", "cli", "$ echo '§P' | pass insert -e range/pos/§u\n"),
    ("secret_tool_store_stdin", "cli", "$ echo -n '§P' | secret-tool store --label='lane kiosk' service lanes user §u\n"),
    # ------------------------------------------------------------ library call positions
    ("python_paramiko_sshclient_connect_fourth", "lib", "client = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nclient.connect(\"§h\", 22, \"§u\", \"§P\")\n"),
    ("python_pymssql_connect_third_positional", "lib", "conn = pymssql.connect(\"§h\", \"§u\", \"§P\", \"PosReports\")\ncur = conn.cursor()\n"),
    ("python_ftplib_ftp_tls_login_second", "lib", "ftps = FTP_TLS(\"§h\")\nftps.login(\"§u\", \"§P\")\nftps.prot_p()\n"),
    ("python_poplib_pass_underscore_single", "lib", "box = poplib.POP3_SSL(\"§h\")\nbox.user(\"§u\")\nbox.pass_(\"§P\")\n"),
    ("python_requests_auth_tuple_second", "lib", "resp = requests.get(\"https://§h/api/lanes\", auth=(\"§u\", \"§P\"), timeout=10)\n"),
    ("python_aiohttp_basicauth_second", "lib", "auth = aiohttp.BasicAuth(\"§u\", \"§P\")\nasync with session.get(url, auth=auth) as r:\n    data = await r.json()\n"),
    ("python_ldap_simple_bind_s_second", "lib", "conn = ldap.initialize(\"ldap://§h\")\nconn.simple_bind_s(\"uid=§u,ou=staff,dc=range,dc=lan\", \"§P\")\n"),
    ("python_pysnmp_usmuserdata_second", "lib", "auth = UsmUserData(\"§u\", \"§P\", authProtocol=usmHMACSHAAuthProtocol)\n"),
    ("python_redis_ctor_fourth_positional", "lib", "r = redis.Redis(\"§h\", 6379, 0, \"§P\")\nr.ping()\n"),
    ("python_cassandra_plaintextauthprovider_second", "lib", "auth = PlainTextAuthProvider(\"§u\", \"§P\")\ncluster = Cluster([\"§h\"], auth_provider=auth)\n"),
    ("python_sqlalchemy_create_engine_url_userinfo", "lib", "engine = create_engine(\"postgresql+psycopg://§u:§P@§h:5432/serials\")\n"),
    ("python_pexpect_sendline_after_expect", "lib", "child = pexpect.spawn(\"ssh §u@§h\")\nchild.expect(\"assword:\")\nchild.sendline(\"§P\")\n"),
    ("python_onvif_camera_ctor_fourth", "lib", "cam = ONVIFCamera(\"§i\", 80, \"§u\", \"§P\")\nptz = cam.create_ptz_service()\n"),
    ("node_nodemailer_smtp_url_userinfo", "lib", "const transporter = nodemailer.createTransport('smtps://§u:§P@§h:465');\n"),
    ("node_buffer_from_user_colon_concat", "lib", "const header = 'Basic ' + Buffer.from('§u' + ':' + '§P').toString('base64');\n"),
    ("node_amqplib_connect_url_userinfo", "lib", "const conn = await amqp.connect('amqps://§u:§P@§h:5671/range');\n"),
    ("node_nats_connect_servers_url_userinfo", "lib", "const nc = await connect({ servers: 'nats://§u:§P@§h:4222' });\n"),
    ("java_commons_net_ftpclient_login_second", "lib", "FTPClient ftp = new FTPClient();\nftp.connect(\"§h\");\nftp.login(\"§u\", \"§P\");\n"),
    ("java_jdbi_create_third", "lib", "Jdbi jdbi = Jdbi.create(\"jdbc:postgresql://§h/boundbook\", \"§u\", \"§P\");\n"),
    ("java_unirest_basicauth_second", "lib", "HttpResponse<String> r = Unirest.get(\"https://§h/api/roster\").basicAuth(\"§u\", \"§P\").asString();\n"),
    ("java_okhttp_credentials_basic_second", "lib", "String credential = Credentials.basic(\"§u\", \"§P\");\nRequest req = new Request.Builder().url(url).header(\"Authorization\", credential).build();\n"),
    ("java_mongocredential_createcredential_third_chararray", "lib", "MongoCredential cred = MongoCredential.createCredential(\"§u\", \"admin\", \"§P\".toCharArray());\n"),
    ("java_jdbc_oracle_thin_user_slash_pass_url", "lib", "Connection c = DriverManager.getConnection(\"jdbc:oracle:thin:§u/§P@//§h:1521/BOUNDBK\");\n"),
    ("kotlin_exposed_database_connect_fourth", "lib", "Database.connect(\"jdbc:mysql://§h:3306/lanes\", \"com.mysql.cj.jdbc.Driver\", \"§u\", \"§P\")\n"),
    ("scala_slick_database_forurl_third", "lib", "val db = Database.forURL(\"jdbc:postgresql://§h/scores\", \"§u\", \"§P\", driver = \"org.postgresql.Driver\")\n"),
    ("groovy_sql_newinstance_third", "lib", "def sql = Sql.newInstance('jdbc:postgresql://§h/boundbook', '§u', '§P', 'org.postgresql.Driver')\n"),
    ("csharp_networkcredential_ctor_second", "lib", "var handler = new HttpClientHandler { Credentials = new NetworkCredential(\"§u\", \"§P\", \"RANGE\") };\n"),
    ("csharp_fluentftp_ftpclient_ctor_third", "lib", "using var ftp = new FtpClient(\"§h\", \"§u\", \"§P\");\nftp.AutoConnect();\n"),
    ("vbnet_my_network_uploadfile_fourth", "lib", "My.Computer.Network.UploadFile(\"C:\\Exports\\ad.csv\", \"ftp://§h/in/ad.csv\", \"§u\", \"§P\")\n"),
    ("go_sql_open_mysql_dsn_user_colon_at", "lib", "db, err := sql.Open(\"mysql\", \"§u:§P@tcp(§h:3306)/lanes?parseTime=true\")\n"),
    ("go_jlaffaye_ftp_login_second", "lib", "c, _ := ftp.Dial(\"§h:21\")\nif err := c.Login(\"§u\", \"§P\"); err != nil {\n\tlog.Fatal(err)\n}\n"),
    ("go_http_request_setbasicauth_second", "lib", "req, _ := http.NewRequest(\"GET\", \"https://§h/api/targets\", nil)\nreq.SetBasicAuth(\"§u\", \"§P\")\n"),
    ("rust_tiberius_authmethod_sql_server_second", "lib", "config.authentication(AuthMethod::sql_server(\"§u\", \"§P\"));\n"),
    ("ruby_net_ftp_login_second", "lib", "ftp = Net::FTP.new('§h')\nftp.login('§u', '§P')\n"),
    ("ruby_net_http_basic_auth_second", "lib", "req = Net::HTTP::Get.new(uri)\nreq.basic_auth('§u', '§P')\n"),
    ("php_mysqli_ctor_third", "lib", "$db = new mysqli('§h', '§u', '§P', 'lanes');\n"),
    ("php_ftp_login_third", "lib", "$conn = ftp_connect('§h');\nftp_login($conn, '§u', '§P');\n"),
    ("php_imap_open_third", "lib", "$mbox = imap_open('{§h:993/imap/ssl}INBOX', '§u', '§P');\n"),
    ("perl_dbi_connect_third", "lib", "my $dbh = DBI->connect('dbi:Pg:dbname=boundbook;host=§h', '§u', '§P', { RaiseError => 1 });\n"),
    ("perl_net_ssh_perl_login_second", "lib", "my $ssh = Net::SSH::Perl->new('§h');\n$ssh->login('§u', '§P');\n"),
    ("c_libcurl_setopt_userpwd_colon_pair", "lib", "curl_easy_setopt(curl, CURLOPT_URL, \"https://§h/api/lanes\");\ncurl_easy_setopt(curl, CURLOPT_USERPWD, \"§u:§P\");\n"),
    ("arduino_pubsubclient_connect_third", "lib", "if (mqtt.connect(\"etarget-07\", \"§u\", \"§P\")) {\n  mqtt.subscribe(\"range/lane/07/cmd\");\n}\n"),
    ("arduino_wifi_begin_second", "lib", "WiFi.begin(\"RangeSensors\", \"§P\");\nwhile (WiFi.status() != WL_CONNECTED) delay(250);\n"),
    ("micropython_wlan_connect_second", "lib", "wlan = network.WLAN(network.STA_IF)\nwlan.active(True)\nwlan.connect(\"RangeSensors\", \"§P\")\n"),
    ("sqlcipher_pragma_key_literal", "lib", "sqlite> PRAGMA key = '§P';\nsqlite> SELECT count(*) FROM members;\n"),
    ("redis_url_empty_user_userinfo", "lib", "CELERY_BROKER = \"redis://:§P@§h:6379/2\"\n"),
    ("opcua_endpoint_url_userinfo", "lib", "client = Client(\"opc.tcp://§u:§P@§h:4840/lanecarrier\")\n"),
    ("rtsp_camera_stream_url_userinfo", "lib", "cap = cv2.VideoCapture(\"rtsp://§u:§P@§i:554/Streaming/Channels/101\")\n"),
    # ------------------------------------------------------------ files with fixed order
    ("davfs2_secrets_third_column", "file", "# /etc/davfs2/secrets\n# server                      user        secret\nhttps://§h/dav/exports   §u   §P\n"),
    ("apt_conf_acquire_proxy_userinfo", "file", "// /etc/apt/apt.conf.d/95proxy\nAcquire::http::Proxy \"http://§u:§P@proxy.range.lan:3128/\";\n"),
    ("lane_kiosk_operators_colon_third", "file", "# /etc/lanekiosk/operators (lane:user:secret:expires)\nL07:§u:§P:2025-12-31\n"),
    ("rso_roster_tsv_sixth_column", "file", "date\tshift\tbay\trso\tradio\tconsole\tnotes\n2024-06-14\tPM\tB\t§u\tch4\t§P\tcover for Ken\n"),
    ("pos_register_login_fixed_width_cols_41_to_56", "file", "REG STORE CLERK                           SECRET           DRAWER\n§F\n"),
    ("bound_book_import_pipe_seventh", "file", "# ebook import profile\nprofile|host|port|db|schema|user|secret|tls\nnightly|§h|5432|boundbook|acq_disp|§u|§P|require\n"),
    ("archery_tablet_pairing_qr_fourth_field", "file", "# QR payload printed on the target-butt tablets\nASCORE;v2;butt12;§P;§h\n"),
    # ------------------------------------------------------------ protocol exchanges
    ("ftp_control_channel_pass_line", "proto", "Frame 41: 74 bytes on wire\nFile Transfer Protocol (FTP)\n  220 ProFTPD Server (range)\n  USER §u\n  331 Password required for §u\n  PASS §P\n  230 User §u logged in\n"),
    ("xmpp_sasl_plain_auth_element_b64", "proto", "SEND: <auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>§B0</auth>\nRECV: <success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>\n"),
    ("http_proxy_authorization_basic_b64", "proto", "CONNECT api.gunbroker.example:443 HTTP/1.1\nHost: api.gunbroker.example:443\nProxy-Authorization: Basic §BC\n\nHTTP/1.1 200 Connection established\n"),
    ("stomp_connect_frame_passcode_header", "proto", "CONNECT\naccept-version:1.2\nhost:range\nlogin:§u\npasscode:§P\n\n^@\nCONNECTED\nversion:1.2\n"),
    ("etarget_bridge_hello_fourth_token", "proto", ">> HELLO etarget-bridge 3.2 §u §P\n<< 200 WELCOME lane-controller\n"),
    # ------------------------------------------------------------ typed by automation
    ("puppeteer_keyboard_type_single", "gui", "await page.click('#field-2');\nawait page.keyboard.type('§P');\nawait page.keyboard.press('Enter');\n"),
    ("webdriverio_setvalue_single", "gui", "await $('#field-2').setValue('§P');\nawait $('button[type=submit]').click();\n"),
    ("pywinauto_type_keys_single", "gui", "dlg = app.window(title=\"Range POS - Manager Override\")\ndlg.Edit2.type_keys(\"§P\", with_spaces=False)\ndlg.OK.click()\n"),
    ("pyautogui_write_literal", "gui", "pyautogui.click(640, 412)\npyautogui.write(\"§P\", interval=0.05)\npyautogui.press(\"enter\")\n"),
    ("robot_framework_input_text_second", "gui", "*** Test Cases ***\nOpen Back Office\n    Input Text    id:field-1    §u\n    Input Text    id:field-2    §P\n    Click Button    Sign in\n"),
    ("katalon_settext_second", "gui", "WebUI.setText(findTestObject('Login/field_2'), '§P')\nWebUI.click(findTestObject('Login/btn_submit'))\n"),
    ("testcomplete_keys_method_literal", "gui", "Aliases.RangePOS.dlgOverride.Edit2.Keys(\"§P[Enter]\")\n"),
    ("powershell_sendkeys_sendwait", "gui", "Add-Type -AssemblyName System.Windows.Forms\n[System.Windows.Forms.SendKeys]::SendWait(\"§P{ENTER}\")\n"),
    ("vbscript_wshshell_sendkeys", "gui", "Set sh = CreateObject(\"WScript.Shell\")\nsh.AppActivate \"Lane Kiosk Admin\"\nsh.SendKeys \"§P\"\nsh.SendKeys \"{ENTER}\"\n"),
    ("espresso_typetext_viewaction", "gui", "onView(withId(R.id.field_two)).perform(typeText(\"§P\"), closeSoftKeyboard());\n"),
    ("xcuitest_typetext_single", "gui", "let field = app.secureTextFields[\"field2\"]\nfield.tap()\nfield.typeText(\"§P\")\n"),
    ("maestro_inputtext_yaml_step", "gui", "appId: lan.range.waiverkiosk\n---\n- tapOn:\n    id: \"field2\"\n- inputText: \"§P\"\n- tapOn: \"Continue\"\n"),
    ("cucumber_gherkin_step_quoted_literal", "gui", "Scenario: manager override at the register\n  Given the POS shows the override dialog\n  When I type \"§P\" into the second field\n  Then the sale is released\n"),
]

# written, then set aside (deny-listed, weak hint or near-duplicate of a kept syntax)
UNUSED = [
    ("openssl_pkcs12_passout_pass_prefix", "cli", "$ openssl pkcs12 -export -in pos01.crt -inkey pos01.key -out pos01.pfx -passout pass:§P\n"),
    ("keytool_storepass_flag", "cli", "$ keytool -importcert -alias etarget-ca -file ca.pem -keystore scoring.jks -storepass §P -noprompt\n"),
    ("wget_url_userinfo", "cli", "$ wget https://§u:§P@§h/exports/daily_lanes.csv\n"),
    ("python_keyring_cli_set_stdin", "cli", "$ echo '§P' | keyring set lanes-sync §u\n"),
    ("detox_typetext_single", "gui", "await element(by.id('field2')).typeText('§P');\nawait element(by.id('submit')).tap();\n"),
]

USERS = ["rso_dana", "frontdesk", "armourer", "pos_svc", "lanesync", "scoring", "kiosk_admin", "ffl_clerk",
         "gunsmith", "training", "waiverbot", "rangeops", "backup_svc", "etarget"]


def _host(r):
    return r.choice(["lanes", "pos", "armoury", "scoring", "waiver", "rso", "boundbook", "etarget", "files", "nas"]) + \
        "%02d" % r.randint(1, 9) + r.choice([".range.lan", ".gunshop.internal"])


def _b64(s):
    return base64.b64encode(s.encode()).decode()


def build(reg, start_index):
    rng = random.Random(SEED)
    recs = []
    hidden = []
    for i, (syn, cat, tmpl) in enumerate(S):
        user = rng.choice(USERS)
        while True:
            pw = owner_password(rng, strict=True)
            if "§F" in tmpl and len(pw) > 16:
                continue
            if not reg.ok(pw):
                continue
            if "§B0" in tmpl:
                enc = _b64("\x00" + user + "\x00" + pw)
            elif "§BC" in tmpl:
                enc = _b64(user + ":" + pw)
            else:
                enc = None
            if enc is not None and (not reg.ok(enc) or pw in enc or enc in pw):
                continue
            reg.add(pw)
            if enc is not None:
                reg.add(enc)
            break
        t = tmpl.replace("§u", user).replace("§h", _host(rng)).replace("§d", rng.choice(["exports", "scans", "waivers"]))
        t = t.replace("§i", "10.40.%d.%d" % (rng.randint(0, 9), rng.randint(2, 250)))
        extra_hidden = None
        if "§B0" in t:  # SASL PLAIN: NUL user NUL password
            value = enc
            t = t.replace("§B0", MARK)
            extra_hidden = pw
        elif "§BC" in t:  # user:password
            value = enc
            t = t.replace("§BC", MARK)
            extra_hidden = pw
        elif "§F" in t:  # fixed width: REG(4) STORE(6) CLERK(30) SECRET cols 41-56 (16), blank col 57, DRAWER
            value = pw
            line = "%-4s%-6s%-30s" % ("03", "117", user) + MARK + " " * (17 - len(pw)) + "D2"
            t = t.replace("§F", line)
        else:
            value = pw
            t = t.replace("§P", MARK)
        text, s, e = fill(t, value)
        typ = PFX + syn
        recs.append(record("p186-s-%04d" % (start_index + i), typ, "%s__%s" % (typ, SUFFIX[cat]), text, s, e, "password"))
        if extra_hidden:
            hidden.append((recs[-1]["id"], extra_hidden))
    return recs, hidden
