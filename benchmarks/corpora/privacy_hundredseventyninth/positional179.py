"""Positional passwords: a password passed without a telling password= key."""
import base64
import random
from common179 import MARK, owner_password, make_record, rstr, HEXL

SEED = 17903
PFX = "bloompw_"
SUFFIX = {
    "cli": "florist_shop_terminal_history",
    "lib": "event_backend_code_excerpt",
    "file": "venue_server_config_file",
    "proto": "studio_lan_packet_capture",
    "gui": "wedding_portal_ui_test_script",
}
USERS = ["ana", "relayops", "vowadmin", "planner", "seatbot", "coldroom", "doorstaff", "florist",
         "registry", "deposits", "vanfleet", "esign", "leo", "harriet", "maya", "noor"]
HOSTS = ["bloomdesk.florist.lan", "petalhub.weddingstudio.internal", "vowplanner.eventops.lan",
         "venuebook.venuedesk.internal", "stemroom.florist.lan", "seatwise.eventops.lan",
         "10.20.0.14", "192.168.50.8"]

# (syntax, category, template, b64) ; b64 in {None, 'colon', 'nul', 'pw'}
# markers: «P» password slot (or «B» Base64 slot), «U» user, «H» host, «N» number
SYNTAXES = [
    # ---------------- command lines
    ("mysql_client_glued_lower_p", "cli", "$ mysql -u«U» -p«P» -h «H» venue_calendar -e 'SELECT COUNT(*) FROM holds'\n", None),
    ("sqlcmd_capital_p_after_capital_u", "cli", "PS> sqlcmd -S «H» -U «U» -P «P» -d Bookings -Q \"SELECT TOP 5 * FROM dbo.Holds\"\n", None),
    ("bcp_out_capital_p_after_positional_table", "cli", "C:\\> bcp Bookings.dbo.Guests out guests.dat -S «H» -U «U» -P «P» -c -t,\n", None),
    ("sqlplus_positional_slash_pair_at_alias", "cli", "$ sqlplus -s «U»/«P»@VENUEPDB @nightly_holds.sql\n", None),
    ("db2_connect_using_clause", "cli", "$ db2 connect to EVENTDB user «U» using «P»\n$ db2 \"select count(*) from rsvp.guests\"\n", None),
    ("lftp_lower_u_comma_pair", "cli", "$ lftp -u «U»,«P» sftp://«H» -e 'mirror -R ./menus /incoming/menus; bye'\n", None),
    ("ncftpput_lower_p_after_lower_u", "cli", "$ ncftpput -u «U» -p «P» «H» /incoming order-«N».pdf\n", None),
    ("smbmap_lower_p_after_lower_u", "cli", "$ smbmap -H «H» -u «U» -p «P» -d STUDIO\n", None),
    ("netexec_smb_lower_p_after_lower_u", "cli", "$ nxc smb «H» -u «U» -p «P» --shares\n", None),
    ("impacket_psexec_target_colon_pair_at_host", "cli", "$ impacket-psexec STUDIO/«U»:«P»@«H» 'ipconfig /all'\n", None),
    ("evil_winrm_lower_p_after_lower_u", "cli", "$ evil-winrm -i «H» -u «U» -p «P»\n", None),
    ("sysinternals_psexec_lower_p_after_lower_u", "cli", "C:\\Tools> PsExec64.exe \\\\«H» -u STUDIO\\«U» -p «P» ipconfig\n", None),
    ("schtasks_create_capital_rp_after_capital_ru", "cli", "C:\\> schtasks /Create /TN \"RelayPoll\" /TR C:\\relay\\poll.exe /SC MINUTE /MO 5 /RU STUDIO\\«U» /RP «P»\n", None),
    ("net_use_positional_before_user_switch", "cli", "C:\\> net use Z: \\\\«H»\\orders «P» /user:STUDIO\\«U» /persistent:no\n", None),
    ("powershell_convertto_securestring_literal", "cli", "PS> $sec = ConvertTo-SecureString \"«P»\" -AsPlainText -Force\nPS> $cred = New-Object PSCredential('STUDIO\\«U»', $sec)\n", None),
    ("ssh_keygen_capital_n_new_passphrase", "cli", "$ ssh-keygen -t ed25519 -N '«P»' -C relay-deploy -f ~/.ssh/relay_deploy\n", None),
    ("sevenzip_glued_lower_p", "cli", "$ 7z a -p«P» -mhe=on guest-list-«N».7z guests.xlsx\n", None),
    ("openssl_enc_lower_k_flag", "cli", "$ openssl enc -aes-256-cbc -pbkdf2 -salt -in seating.csv -out seating.csv.enc -k «P»\n", None),
    ("pdftotext_upw_flag", "cli", "$ pdftotext -upw «P» contract-«N»-signed.pdf contract.txt\n", None),
    ("mutool_draw_lower_p_flag", "cli", "$ mutool draw -p «P» -o plan-%d.png venue-floorplan.pdf 1-3\n", None),
    ("cryptsetup_open_stdin_echo", "cli", "$ echo -n '«P»' | sudo cryptsetup open /dev/sdb1 photo_backup -\n", None),
    ("git_clone_https_url_userinfo", "cli", "$ git clone https://«U»:«P»@git.«H»/studio/seating-tool.git\n", None),
    ("hg_clone_https_url_userinfo", "cli", "$ hg clone https://«U»:«P»@hg.«H»/relay-legacy\n", None),
    ("wget_ftp_url_userinfo", "cli", "$ wget ftp://«U»:«P»@«H»/exports/orders-«N».csv\n", None),
    ("ipmitool_capital_p_after_capital_u", "cli", "$ ipmitool -I lanplus -H «H» -U «U» -P «P» chassis power status\n", None),
    ("racadm_lower_p_after_lower_u", "cli", "$ racadm -r «H» -u «U» -p «P» getsysinfo\n", None),
    ("plink_pw_flag", "cli", "C:\\> plink -ssh «U»@«H» -pw «P» \"systemctl restart relay\"\n", None),
    ("winscp_command_open_url_userinfo", "cli", "C:\\> winscp.com /command \"open sftp://«U»:«P»@«H»/\" \"put orders.csv /in/\" \"exit\"\n", None),
    ("minio_mc_alias_set_fourth_positional", "cli", "$ mc alias set venuefiles https://s3.«H» «U» «P»\n", None),
    ("mongo_legacy_shell_lower_p_after_lower_u", "cli", "$ mongo «H»/rsvp -u «U» -p «P» --authenticationDatabase admin\n", None),
    ("ldappasswd_lower_s_new_value", "cli", "$ ldappasswd -x -D cn=admin,dc=studio,dc=lan -W -s «P» uid=«U»,ou=staff,dc=studio,dc=lan\n", None),
    ("kinit_stdin_echo_pipe", "cli", "$ echo '«P»' | kinit «U»@STUDIO.LAN\n", None),
    ("enum4linux_lower_p_after_lower_u", "cli", "$ enum4linux -u «U» -p «P» -a «H»\n", None),
    ("jenkins_cli_auth_colon_pair", "cli", "$ java -jar jenkins-cli.jar -s https://ci.«H»/ -auth «U»:«P» build seating-deploy\n", None),
    ("ffmpeg_rtsp_input_url_userinfo", "cli", "$ ffmpeg -rtsp_transport tcp -i rtsp://«U»:«P»@«H»:554/stream1 -t 30 aisle-cam.mp4\n", None),
    ("yt_dlp_lower_p_after_lower_u", "cli", "$ yt-dlp -u «U» -p «P» https://vimeo.com/«N» -o ceremony.mp4\n", None),
    ("mosquitto_sub_capital_p_after_lower_u", "cli", "$ mosquitto_sub -h «H» -t 'coldroom/+/temp' -u «U» -P «P» -v\n", None),
    ("nats_cli_server_url_userinfo", "cli", "$ nats --server nats://«U»:«P»@«H»:4222 sub 'checkin.>'\n", None),
    ("redis_cli_lower_u_url_empty_user", "cli", "$ redis-cli -u redis://:«P»@«H»:6379/2 KEYS 'hold:*'\n", None),
    ("unixodbc_isql_third_positional", "cli", "$ isql -v VenueDSN «U» «P»\n", None),
    ("mysqlsh_positional_uri_colon_pair", "cli", "$ mysqlsh «U»:«P»@«H»:3306 --sql -e 'SHOW DATABASES'\n", None),
    ("vertica_vsql_lower_w_after_capital_u", "cli", "$ vsql -h «H» -U «U» -w «P» -c 'SELECT COUNT(*) FROM tickets'\n", None),
    ("curl_proxy_user_colon_pair", "cli", "$ curl -x http://proxy.«H»:3128 --proxy-user «U»:«P» https://api.example/v1/orders\n", None),
    ("https_proxy_env_url_userinfo", "cli", "$ export https_proxy=http://«U»:«P»@proxy.«H»:3128\n$ npm ci\n", None),
    ("rasdial_third_positional", "cli", "C:\\> rasdial \"Studio VPN\" «U» «P»\n", None),
    # ---------------- files with a fixed layout
    ("pip_conf_index_url_userinfo", "file", "# /etc/pip.conf\n[global]\nindex-url = https://«U»:«P»@pypi.«H»/simple/\n", None),
    ("gitconfig_url_insteadof_userinfo", "file", "# ~/.gitconfig\n[url \"https://«U»:«P»@git.«H»/\"]\n\tinsteadOf = https://git.«H»/\n", None),
    ("apt_sources_list_deb_url_userinfo", "file", "# /etc/apt/sources.list.d/studio.list\ndeb https://«U»:«P»@apt.«H»/ stable main\n", None),
    ("apt_conf_acquire_proxy_url_userinfo", "file", "// /etc/apt/apt.conf.d/95proxy\nAcquire::http::Proxy \"http://«U»:«P»@proxy.«H»:3128/\";\n", None),
    ("muttrc_smtp_url_userinfo", "file", "# ~/.muttrc\nset from = \"rsvp@vowstudio.example\"\nset smtp_url = \"smtps://«U»:«P»@smtp.«H»:465/\"\n", None),
    ("proxychains_conf_fifth_token", "file", "# /etc/proxychains4.conf\nstrict_chain\n[ProxyList]\nhttp 10.20.0.5 3128 «U» «P»\n", None),
    ("squid_cache_peer_login_colon_pair", "file", "# squid.conf\ncache_peer parent.«H» parent 3128 0 no-query default login=«U»:«P»\n", None),
    ("nginx_proxy_set_header_basic_b64", "file", "location /relay/ {\n    proxy_pass https://relay-upstream.example/;\n    proxy_set_header Authorization \"Basic «B»\";\n}\n", "colon"),
    ("ppp_chap_secrets_third_column", "file", "# /etc/ppp/chap-secrets\n# client\tserver\tsecret\tIP\n\"«U»\"\t*\t\"«P»\"\t*\n", None),
    ("davfs2_secrets_third_column", "file", "# /etc/davfs2/secrets\nhttps://dav.«H»/photos «U» «P»\n", None),
    ("exim_passwd_client_third_colon_field", "file", "# /etc/exim4/passwd.client\n*.«H»:«U»:«P»\n", None),
    ("tinyproxy_basicauth_third_token", "file", "# /etc/tinyproxy/tinyproxy.conf\nPort 8888\nBasicAuth «U» «P»\n", None),
    ("lighttpd_plain_userfile_colon_pair", "file", "# /etc/lighttpd/plain.user\n«U»:«P»\n", None),
    ("ntp_keys_file_third_column", "file", "# /etc/ntp.keys\n1 M «P»\n", None),
    ("snmpd_conf_rocommunity_second_token", "file", "# /etc/snmp/snmpd.conf (cold-room gateway)\nrocommunity «P» 10.20.0.0/24\nsyslocation \"Cold room A\"\n", None),
    ("florist_relay_shop_roster_semicolon_fourth_field", "file", "40221;Bloom & Birch;«U»;«P»;ZONE-N\n", None),
    ("checkin_badge_printer_tsv_third_column", "file", "door02\t«U»\t«P»\t10.20.0.«N»\n", None),
    ("seating_legacy_fixed_width_cols_41_to_60", "file", "", None),  # built specially
    ("cold_room_controller_backup_xml_c_attribute", "file", "<backup model=\"CR-400\">\n  <acct n=\"«U»\" r=\"3\" c=\"«P»\"/>\n</backup>\n", None),
    ("van_tablet_provisioning_qr_pipe_fourth", "file", "VANPROV|«H»|«U»|«P»|v2\n", None),
    # ---------------- protocol exchanges
    ("smtp_auth_login_second_b64_line", "proto", "S: 220 smtp.«H» ESMTP\nC: EHLO rsvp-mailer\nS: 250 AUTH LOGIN PLAIN\nC: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: «Z»\nS: 334 UGFzc3dvcmQ6\nC: «B»\nS: 235 2.7.0 Authentication successful\n", "pw"),
    ("xmpp_sasl_plain_auth_element_b64", "proto", "SENT: <auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>«B»</auth>\nRECV: <success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>\n", "nul"),
    ("http_proxy_authorization_basic_b64", "proto", "CONNECT api.example:443 HTTP/1.1\r\nHost: api.example:443\r\nProxy-Authorization: Basic «B»\r\n\r\n", "colon"),
    ("irc_join_channel_key_second_param", "proto", ">> JOIN #vowstudio-ops «P»\n<< :«U»!~«U»@10.20.0.9 JOIN #vowstudio-ops\n", None),
    ("redis_monitor_auth_second_arg", "proto", "1718351122.123456 [0 10.20.0.5:51234] \"AUTH\" \"«U»\" \"«P»\"\n1718351122.124001 [0 10.20.0.5:51234] \"GET\" \"hold:«N»\"\n", None),
    ("florist_wire_helo_shop_second_field", "proto", "-> HELO-SHOP 40221 «P» RELAY/2\n<- 200 WELCOME 40221 QUEUE=3\n", None),
    ("checkin_scanner_stx_frame_fourth_field", "proto", "[rx] <STX>SCN;door02;«U»;«P»;<ETX>\n[tx] <STX>ACK;door02;OK<ETX>\n", None),
    ("odoo_jsonrpc_login_args_third", "proto", "POST /jsonrpc\n{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"params\":{\"service\":\"common\",\"method\":\"login\",\"args\":[\"florist_prod\",\"«U»\",\"«P»\"]},\"id\":«N»}\n", None),
    ("wordpress_xmlrpc_third_param", "proto", "<methodCall><methodName>wp.getPosts</methodName><params>\n<param><value><int>1</int></value></param>\n<param><value><string>«U»</string></value></param>\n<param><value><string>«P»</string></value></param>\n</params></methodCall>\n", None),
    # ---------------- library call positions
    ("python_mysqldb_connect_third_positional", "lib", "import MySQLdb\ndb = MySQLdb.connect(\"«H»\", \"«U»\", \"«P»\", \"venue_calendar\")\n", None),
    ("python_paramiko_connect_fourth_positional", "lib", "ssh = paramiko.SSHClient()\nssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nssh.connect(\"«H»\", 22, \"«U»\", \"«P»\")\n", None),
    ("python_ftplib_ftp_ctor_third_positional", "lib", "from ftplib import FTP\nftp = FTP(\"«H»\", \"«U»\", \"«P»\")\nftp.cwd(\"/orders\")\n", None),
    ("python_requests_auth_tuple_second", "lib", "resp = requests.get(\"https://«H»/api/holds\", auth=(\"«U»\", \"«P»\"), timeout=10)\n", None),
    ("python_aiohttp_basicauth_second", "lib", "auth = aiohttp.BasicAuth(\"«U»\", \"«P»\")\nasync with aiohttp.ClientSession(auth=auth) as s:\n    await s.get(RSVP_URL)\n", None),
    ("python_redis_ctor_fourth_positional", "lib", "r = redis.Redis(\"«H»\", 6379, 0, \"«P»\")\nr.set(\"hold:«N»\", \"pending\")\n", None),
    ("python_pysnmp_communitydata_single", "lib", "errInd, errStat, errIdx, varBinds = next(getCmd(SnmpEngine(), CommunityData(\"«P»\"),\n    UdpTransportTarget((\"«H»\", 161)), ContextData(), ObjectType(ObjectIdentity(TEMP_OID))))\n", None),
    ("python_imapclient_login_second", "lib", "with IMAPClient(\"imap.«H»\") as server:\n    server.login(\"«U»\", \"«P»\")\n    server.select_folder(\"RSVP\")\n", None),
    ("python_pexpect_sendline_after_expect", "lib", "child = pexpect.spawn(\"ssh «U»@«H»\")\nchild.expect(\"login code:\")\nchild.sendline(\"«P»\")\n", None),
    ("python_pymupdf_authenticate_single", "lib", "doc = fitz.open(\"contract-«N».pdf\")\nif doc.needs_pass:\n    doc.authenticate(\"«P»\")\n", None),
    ("node_crypto_pbkdf2sync_first", "lib", "const key = crypto.pbkdf2Sync('«P»', salt, 210000, 32, 'sha512');\n", None),
    ("node_bcrypt_hashsync_seed_first", "lib", "// seeds/admin.js\nawait db('users').insert({ email: 'owner@vowstudio.example', hash: bcrypt.hashSync('«P»', 12) });\n", None),
    ("js_btoa_colon_pair_literal", "lib", "headers['Authorization'] = 'Basic ' + btoa('«U»:«P»');\n", None),
    ("java_keystore_load_second_chararray", "lib", "KeyStore ks = KeyStore.getInstance(\"PKCS12\");\nks.load(new FileInputStream(\"checkin.p12\"), \"«P»\".toCharArray());\n", None),
    ("java_commons_net_ftpclient_login_second", "lib", "FTPClient ftp = new FTPClient();\nftp.connect(\"«H»\");\nftp.login(\"«U»\", \"«P»\");\n", None),
    ("java_mongocredential_createcredential_third", "lib", "MongoCredential cred = MongoCredential.createCredential(\"«U»\", \"rsvp\", \"«P»\".toCharArray());\n", None),
    ("java_zip4j_zipfile_ctor_second", "lib", "new ZipFile(\"guest-export.zip\", \"«P»\".toCharArray()).extractAll(\"/tmp/guests\");\n", None),
    ("kotlin_okhttp_credentials_basic_second", "lib", "val auth = Credentials.basic(\"«U»\", \"«P»\")\nval req = Request.Builder().url(url).header(\"Authorization\", auth).build()\n", None),
    ("csharp_networkcredential_ctor_second", "lib", "client.Credentials = new NetworkCredential(\"«U»\", \"«P»\");\n", None),
    ("csharp_itextsharp_pdfreader_bytes_second", "lib", "var reader = new PdfReader(\"contract.pdf\", Encoding.ASCII.GetBytes(\"«P»\"));\n", None),
    ("go_http_request_setbasicauth_second", "lib", "req, _ := http.NewRequest(\"GET\", holdsURL, nil)\nreq.SetBasicAuth(\"«U»\", \"«P»\")\n", None),
    ("go_mysql_dsn_colon_pair_at_tcp", "lib", "db, err := sql.Open(\"mysql\", \"«U»:«P»@tcp(«H»:3306)/venue_calendar?parseTime=true\")\n", None),
    ("go_jlaffaye_ftp_login_second", "lib", "c, _ := ftp.Dial(\"«H»:21\")\nif err := c.Login(\"«U»\", \"«P»\"); err != nil { log.Fatal(err) }\n", None),
    ("rust_suppaftp_login_second", "lib", "let mut ftp = FtpStream::connect(\"«H»:21\")?;\nftp.login(\"«U»\", \"«P»\")?;\n", None),
    ("ruby_net_ftp_new_third_positional", "lib", "ftp = Net::FTP.new('«H»', '«U»', '«P»')\nftp.chdir('orders')\n", None),
    ("ruby_net_http_basic_auth_second", "lib", "req = Net::HTTP::Get.new(uri)\nreq.basic_auth('«U»', '«P»')\n", None),
    ("php_mysqli_connect_third", "lib", "$db = mysqli_connect('«H»', '«U»', '«P»', 'venue_calendar');\n", None),
    ("php_ftp_login_third", "lib", "$conn = ftp_connect('«H»');\nftp_login($conn, '«U»', '«P»');\n", None),
    ("php_imap_open_third", "lib", "$mbox = imap_open('{imap.«H»:993/imap/ssl}RSVP', '«U»', '«P»');\n", None),
    ("perl_dbi_connect_third", "lib", "my $dbh = DBI->connect('dbi:Pg:dbname=venue;host=«H»', '«U»', '«P»', { RaiseError => 1 });\n", None),
    ("perl_net_ftp_login_second", "lib", "my $ftp = Net::FTP->new('«H»') or die;\n$ftp->login('«U»', '«P»') or die $ftp->message;\n", None),
    ("erlang_ftp_user_third_charlist", "lib", "{ok, Pid} = ftp:open(\"«H»\"),\nok = ftp:user(Pid, \"«U»\", \"«P»\"),\n", None),
    ("vba_adodb_connection_open_third", "lib", "Dim cn As New ADODB.Connection\ncn.Open \"DSN=VenueBookings\", \"«U»\", \"«P»\"\n", None),
    ("vba_msxml_open_fifth_argument", "lib", "Set http = CreateObject(\"MSXML2.XMLHTTP\")\nhttp.Open \"GET\", \"https://«H»/api/rsvps\", False, \"«U»\", \"«P»\"\nhttp.Send\n", None),
    ("vbscript_wmi_connectserver_fourth", "lib", "Set svc = locator.ConnectServer(\"«H»\", \"root\\cimv2\", \"STUDIO\\«U»\", \"«P»\")\n", None),
    ("apps_script_jdbc_getconnection_third", "lib", "const conn = Jdbc.getConnection('jdbc:mysql://«H»:3306/rsvp', '«U»', '«P»');\n", None),
    ("dart_httpclientbasiccredentials_second", "lib", "client.addCredentials(uri, 'studio', HttpClientBasicCredentials('«U»', '«P»'));\n", None),
    ("tsql_sp_addlogin_second", "lib", "EXEC sp_addlogin '«U»', '«P»', 'Bookings';\n", None),
    ("excel_vba_saveas_third_positional", "lib", "ActiveWorkbook.SaveAs \"C:\\Plans\\seating-«N».xlsm\", 52, \"«P»\"\n", None),
    ("sqlcipher_attach_key_clause", "lib", "ATTACH DATABASE 'guests.db' AS guests KEY '«P»';\n", None),
    # ---------------- UI automation / typing
    ("expect_script_send_after_prompt", "gui", "#!/usr/bin/expect -f\nspawn ssh «U»@«H»\nexpect \"login code:\"\nsend \"«P»\\r\"\ninteract\n", None),
    ("node_puppeteer_page_type_second", "gui", "await page.goto('https://portal.vowstudio.example/login');\nawait page.type('#field-2', '«P»');\n", None),
    ("webdriverio_setvalue_single", "gui", "await $('#field-2').setValue('«P»');\nawait $('button=Sign in').click();\n", None),
    ("testcafe_typetext_second", "gui", "await t.typeText(Selector('#field-2'), '«P»').click('#go');\n", None),
    ("robot_framework_input_text_second_cell", "gui", "*** Test Cases ***\nPlanner Can Log In\n    Open Browser    https://portal.vowstudio.example    chrome\n    Input Text    id:field-2    «P»\n", None),
    ("nightwatch_setvalue_second", "gui", "browser.url(portal).setValue('#field-2', '«P»').click('#go');\n", None),
    ("java_appium_sendkeys_single", "gui", "driver.findElement(AppiumBy.accessibilityId(\"field2\")).sendKeys(\"«P»\");\n", None),
    ("android_espresso_typetext_single", "gui", "onView(withId(R.id.field2)).perform(typeText(\"«P»\"), closeSoftKeyboard());\n", None),
    ("swift_xcuitest_typetext_single", "gui", "let field = app.textFields[\"field2\"]\nfield.tap()\nfield.typeText(\"«P»\")\n", None),
    ("maestro_flow_inputtext_step", "gui", "appId: com.vowstudio.checkin\n---\n- launchApp\n- tapOn:\n    id: \"field2\"\n- inputText: \"«P»\"\n", None),
    ("python_pywinauto_type_keys_single", "gui", "dlg = app.window(title=\"Relay Terminal\")\ndlg.Edit2.type_keys(\"«P»\", with_spaces=False)\n", None),
    ("python_pyautogui_write_single", "gui", "pyautogui.click(640, 412)\npyautogui.write('«P»', interval=0.05)\npyautogui.press('enter')\n", None),
    ("sikulix_type_single", "gui", "click(\"relay_field2.png\")\ntype(\"«P»\" + Key.ENTER)\n", None),
    ("katalon_webui_settext_second", "gui", "WebUI.setText(findTestObject('Portal/field2'), '«P»')\n", None),
    ("gherkin_step_quoted_literal", "gui", "Scenario: planner signs in\n  Given I am on the portal sign-in page\n  When I type \"«P»\" into field 2\n  Then I see the dashboard\n", None),
    ("wtype_literal_argument", "gui", "$ sleep 2 && wtype '«P»' && wtype -k Return\n", None),
    ("csharp_sendkeys_sendwait_single", "gui", "SendKeys.SendWait(\"«P»\");\nSendKeys.SendWait(\"{ENTER}\");\n", None),
    ("hammerspoon_eventtap_keystrokes_single", "gui", "hs.hotkey.bind({'cmd','alt'}, 'R', function()\n  hs.eventtap.keyStrokes('«P»')\nend)\n", None),
    ("espanso_match_replace_value", "gui", "matches:\n  - trigger: \":relay2\"\n    replace: \"«P»\"\n", None),
]


# written, then put last as the unused tail: a tool or token that still hints at a
# credential (ldappasswd, AUTH, KEY, BasicAuth, login=, -pw) or a near-duplicate of a kept flag / URL form
TAIL = [
    "ldappasswd_lower_s_new_value", "redis_monitor_auth_second_arg", "sqlcipher_attach_key_clause",
    "tinyproxy_basicauth_third_token", "squid_cache_peer_login_colon_pair", "plink_pw_flag",
    "bcp_out_capital_p_after_positional_table", "hg_clone_https_url_userinfo", "wget_ftp_url_userinfo",
    "mosquitto_sub_capital_p_after_lower_u", "sysinternals_psexec_lower_p_after_lower_u",
    "enum4linux_lower_p_after_lower_u", "yt_dlp_lower_p_after_lower_u", "netexec_smb_lower_p_after_lower_u",
    "nats_cli_server_url_userinfo", "racadm_lower_p_after_lower_u",
]
KEPT = [x for x in SYNTAXES if x[0] not in TAIL]


def fixed_width(r, user, pw):
    row = lambda a, b, c, d: a.ljust(20) + b.ljust(20) + c.ljust(20) + d.ljust(20)
    hdr = "# seatlegacy.dat, columns 1-20 table plan, 21-40 user, 41-60 key, 61-80 updated\n"
    line = row("PLAN-" + str(r.randint(100, 999)), user, MARK, "2026-05-" + str(r.randint(10, 28)))
    return hdr + line.rstrip() + "\n"


def generate(reg, start_index):
    r = random.Random(SEED)
    recs = []
    n = start_index
    for syn, cat, tpl, b64kind in KEPT:
        user = r.choice(USERS)
        host = r.choice(HOSTS)
        pw = reg.draw(owner_password, r, "-_.")
        if syn == "seating_legacy_fixed_width_cols_41_to_60":
            t = fixed_width(r, user, pw)
            value = pw
        else:
            t = tpl.replace("«U»", user).replace("«H»", host).replace("«N»", str(r.randint(10, 250)))
            if b64kind is None:
                t = t.replace("«P»", MARK)
                value = pw
            else:
                if b64kind == "colon":
                    raw = user + ":" + pw
                elif b64kind == "nul":
                    raw = "\0" + user + "\0" + pw
                else:
                    raw = pw
                value = reg.draw(lambda: base64.b64encode(raw.encode()).decode())
                t = t.replace("«Z»", base64.b64encode(user.encode()).decode()).replace("«B»", MARK)
        n += 1
        recs.append(make_record(f"p179-s-{n:04d}", PFX + syn, f"{PFX}{syn}__{SUFFIX[cat]}", t, value, "password"))
    return recs


def hidden_password(rec):
    """For Base64 spans: the password hidden inside (or None)."""
    syn = rec["type"][len(PFX):]
    kind = dict((s[0], s[3]) for s in SYNTAXES)[syn]
    if kind is None:
        return None
    raw = base64.b64decode(rec["secrets"][0]["value"]).decode()
    if kind == "colon":
        return raw.split(":", 1)[1]
    if kind == "nul":
        return raw.split("\0")[2]
    return raw
