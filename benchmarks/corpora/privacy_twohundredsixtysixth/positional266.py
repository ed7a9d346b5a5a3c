"""Positional passwords: the value is a password, but no key name says so."""
import random

import common266 as C

MK = "\u2063VALUE\u2063"
SEED = 26603
SPAN_PREFIX = "tlpw_"

WHERE = {
    "cli": "tregarrow_ops_shell",
    "stdin": "lampwick_pipe_line",
    "lib": "lampwick_source_excerpt",
    "gui": "visitor_kiosk_test_script",
    "file": "lighthouse_host_file",
    "sql": "collections_db_console",
    "proto": "lightship_packet_capture",
}

V = MK
# (syntax, where, short form, template, max length of the value or None)
SYNTAXES = [
    # ------------------------------------------------------------------ cli
    ("mosquitto_pub_capital_p_after_lower_u", "cli", "mosquitto_pub -h host -u user -P VALUE -t topic -m msg",
     "$ mosquitto_pub -h mqtt.tregarrowlight.example -p 8883 --cafile /etc/ssl/certs/ca-certificates.crt -u lamp-room -P " + V + " -t tregarrow/lamp/state -m exhibited\n", None),
    ("psql_connection_uri_userinfo", "cli", "psql \"postgresql://user:VALUE@host/db\"",
     "$ psql \"postgresql://collections:" + V + "@db.tregarrowlight.example:5432/collections?sslmode=require\" -c 'select count(*) from objects'\n", None),
    ("git_clone_https_url_userinfo", "cli", "git clone https://user:VALUE@host/repo.git",
     "$ git clone https://jory:" + V + "@git.lampwick.example/tregarrow/lamp-bridge.git\nCloning into 'lamp-bridge'...\n", None),
    ("pip_extra_index_url_userinfo", "cli", "pip install --extra-index-url https://user:VALUE@host/simple/ pkg",
     "$ pip install --extra-index-url https://ci:" + V + "@pypi.lampwick.example/simple/ aton-feed==2.3.1\n", None),
    ("nats_cli_server_url_userinfo", "cli", "nats --server nats://user:VALUE@host:4222 pub subject msg",
     "$ nats --server nats://bilge:" + V + "@nats.lv72museum.example:4222 pub lv72.bilge.level 41\n", None),
    ("minio_mc_alias_set_fourth_positional", "cli", "mc alias set NAME URL ACCESS VALUE",
     "$ mc alias set lensarchive https://s3.prismdiaphone.example lens-archive " + V + "\nAdded `lensarchive` successfully.\n", None),
    ("ipmitool_lanplus_capital_p_after_capital_u", "cli", "ipmitool -I lanplus -H host -U user -P VALUE cmd",
     "$ ipmitool -I lanplus -H 10.47.3.20 -U ADMIN -P " + V + " chassis power status\nChassis Power is on\n", None),
    ("azure_cli_login_lower_p_after_lower_u", "cli", "az login -u user -p VALUE",
     "PS> az login -u ops@lampwick.example -p " + V + " --allow-no-subscriptions\n", None),
    ("openshift_oc_login_lower_p_after_lower_u", "cli", "oc login URL -u user -p VALUE",
     "$ oc login https://api.ocp.lampwick.example:6443 -u deployer -p " + V + "\nLogin successful.\n", None),
    ("winrs_p_colon_after_u_colon", "cli", "winrs -r:host -u:DOMAIN\\user -p:VALUE cmd",
     "C:\\> winrs -r:aton-mon01 -u:LAMPWICK\\svc-aton -p:" + V + " ipconfig /all\n", None),
    ("veracrypt_text_mode_lower_p", "cli", "veracrypt -t --non-interactive -p VALUE volume mountpoint",
     "$ veracrypt -t --non-interactive -p " + V + " --pim=0 -k \"\" /srv/archive/plans-1887.hc /mnt/plans\n", None),
    ("mutool_draw_lower_p", "cli", "mutool draw -p VALUE -o out file.pdf pages",
     "$ mutool draw -p " + V + " -o page-%d.png survey-1887.pdf 1-3\n", None),
    ("ffmpeg_rtsp_input_userinfo", "cli", "ffmpeg -i rtsp://user:VALUE@camera/stream out",
     "$ ffmpeg -rtsp_transport tcp -i rtsp://gallery:" + V + "@10.47.5.31:554/Streaming/Channels/101 -t 30 -c copy gallery-test.mp4\n", None),
    ("macos_security_unlock_keychain_lower_p", "cli", "security unlock-keychain -p VALUE keychain",
     "kiosk$ security unlock-keychain -p " + V + " ~/Library/Keychains/kiosk.keychain-db\n", None),
    ("mysqladmin_glued_lower_p_after_lower_u", "cli", "mysqladmin -h host -uuser -pVALUE status",
     "$ mysqladmin -h 10.47.2.12 -uticketdesk -p" + V + " status\nUptime: 86211  Threads: 3  Questions: 10512\n", None),
    ("coap_client_lower_k_after_lower_u", "cli", "coap-client -m get -u identity -k VALUE coaps://host/res",
     "$ coap-client -m get -u lamp-changer -k " + V + " coaps://[fd47::12]/status\n", None),
    ("ssh_keygen_capital_n_new_phrase", "cli", "ssh-keygen -t ed25519 -N VALUE -f file",
     "$ ssh-keygen -t ed25519 -C deploy@lamp-bridge -N " + V + " -f ~/.ssh/lamp_bridge_deploy\n", None),
    ("yt_dlp_lower_p_after_lower_u", "cli", "yt-dlp -u user -p VALUE URL",
     "$ yt-dlp -u archive@tregarrowlight.example -p " + V + " -o '%(title)s.%(ext)s' https://video.heritagefilm.example/w/keeper-interviews\n", None),
    ("twine_upload_lower_p_after_lower_u", "cli", "twine upload --repository-url URL -u user -p VALUE dist/*",
     "$ twine upload --repository-url https://pypi.lampwick.example/ -u ci -p " + V + " dist/*\n", None),
    ("irssi_connect_lower_w", "cli", "irssi -c server -p port -w VALUE -n nick",
     "$ irssi -c irc.lighthouse-enthusiasts.example -p 6697 -w " + V + " -n tregarrow_bot\n", None),
    ("kerberos_kadmin_lower_w_after_lower_p", "cli", "kadmin -p principal -w VALUE -q query",
     "$ kadmin -p admin/admin@LAMPWICK.EXAMPLE -w " + V + " -q \"listprincs\"\n", None),
    ("dislocker_fuse_glued_lower_u", "cli", "dislocker -V device -uVALUE -- mountpoint",
     "# dislocker -V /dev/sdb1 -u" + V + " -- /mnt/bitlocker\n", None),
    ("vncdotool_lower_p_server_option", "cli", "vncdotool -s host::port -p VALUE type text",
     "$ vncdotool -s 10.47.5.40::5900 -p " + V + " key ctrl-alt-del\n", None),
    ("hdparm_security_unlock_argument", "cli", "hdparm --user-master u --security-unlock VALUE device",
     "# hdparm --user-master u --security-unlock " + V + " /dev/sdc\n", None),
    ("espota_ota_upload_lower_a", "cli", "espota.py -i host -p port -a VALUE -f firmware.bin",
     "$ python3 espota.py -i 10.47.5.60 -p 3232 -a " + V + " -f .pio/build/lampchanger/firmware.bin\n", None),
    ("micropython_webrepl_cli_lower_p", "cli", "webrepl_cli.py -p VALUE file host:/file",
     "$ ./webrepl_cli.py -p " + V + " main.py 10.47.5.61:/main.py\n", None),
    ("nextcloudcmd_lower_p_after_lower_u", "cli", "nextcloudcmd -u user -p VALUE localdir URL",
     "$ nextcloudcmd -u archive -p " + V + " /srv/photos https://cloud.tregarrowlight.example\n", None),
    ("websocat_colon_pair_header_flag", "cli", "websocat --basic-auth user:VALUE wss://host/path",
     "$ websocat --basic-auth monitor:" + V + " wss://aton.lampwick.example/live\n", None),
    ("hydra_single_lower_p_after_lower_l", "cli", "hydra -l user -p VALUE ssh://host",
     "$ hydra -l keeper -p " + V + " -t 4 ssh://10.47.3.41   # audit: confirm the default was changed\n", None),
    ("cryptsetup_open_key_file_dash", "stdin", "echo -n VALUE | cryptsetup open device name --key-file=-",
     "# echo -n " + V + " | cryptsetup open /dev/disk/by-label/plans plans --key-file=-\n", None),
    ("zfs_load_key_reads_pipe", "stdin", "echo VALUE | zfs load-key dataset",
     "# echo " + V + " | zfs load-key tank/keepers-archive\n", None),
    ("gocryptfs_mount_reads_pipe", "stdin", "echo VALUE | gocryptfs -q cipherdir mountpoint",
     "$ echo " + V + " | gocryptfs -q /srv/cipher /srv/plain\n", None),
    ("clevis_encrypt_tang_here_string", "stdin", "clevis encrypt tang CONFIG <<< 'VALUE' > file.jwe",
     "# clevis encrypt tang '{\"url\":\"http://tang.lampwick.example\"}' <<< '" + V + "' > /etc/lamp-bridge/disk.jwe\n", None),
    ("telnet_console_login_pipe", "stdin", "(echo user; echo VALUE; echo cmd) | telnet host 23",
     "$ (sleep 1; echo admin; sleep 1; echo " + V + "; sleep 1; echo 'show status') | telnet 10.47.3.40 23\n", None),
    ("heroku_login_interactive_pipe", "stdin", "printf 'email\\nVALUE\\n' | heroku login -i",
     "$ printf 'ops@lampwick.example\\n" + V + "\\n' | heroku login -i\n", None),
    ("minisign_sign_reads_pipe", "stdin", "echo VALUE | minisign -S -s key -m file",
     "$ echo " + V + " | minisign -S -s ~/.minisign/lampwick.key -m release-2.3.1.tar.gz\n", None),
    # ------------------------------------------------------------------ gui
    ("applescript_system_events_keystroke", "gui", "tell application \"System Events\" to keystroke \"VALUE\"",
     "tell application \"Kiosk Admin\" to activate\ndelay 1\ntell application \"System Events\" to keystroke \"" + V + "\"\ntell application \"System Events\" to key code 36\n", None),
    ("sikulix_type_into_image", "gui", "type(\"f2.png\", \"VALUE\")",
     "click(\"kiosk_login.png\")\ntype(\"f2.png\", \"" + V + "\")\ntype(Key.ENTER)\n", None),
    ("autohotkey_v2_sendtext", "gui", "SendText \"VALUE\"",
     "#Requires AutoHotkey v2.0\nWinActivate \"Till Manager\"\nControlFocus \"Edit2\", \"Till Manager\"\nSendText \"" + V + "\"\nSend \"{Enter}\"\n", None),
    ("uipath_typeinto_xaml_text", "gui", "<ui:TypeInto Text=\"VALUE\" .../>",
     "<ui:TypeInto DisplayName=\"Type Into 'f2'\" Text=\"" + V + "\" SimulateType=\"True\">\n  <ui:TypeInto.Target><ui:Target Selector=\"&lt;webctrl id='f2' /&gt;\" /></ui:TypeInto.Target>\n</ui:TypeInto>\n", None),
    ("flaui_textbox_enter", "gui", "window.FindFirstDescendant(cf.ByAutomationId(\"f2\")).AsTextBox().Enter(\"VALUE\")",
     "var box = window.FindFirstDescendant(cf.ByAutomationId(\"f2\")).AsTextBox();\nbox.Enter(\"" + V + "\");\nwindow.FindFirstDescendant(cf.ByAutomationId(\"ok\")).AsButton().Invoke();\n", None),
    ("katalon_webui_settext", "gui", "WebUI.setText(findTestObject('f2'), 'VALUE')",
     "WebUI.openBrowser('https://admin.lv72museum.example')\nWebUI.setText(findTestObject('Login/f1'), 'volunteer')\nWebUI.setText(findTestObject('Login/f2'), '" + V + "')\nWebUI.click(findTestObject('Login/submit'))\n", None),
    ("enzyme_simulate_change_target_value", "gui", "wrapper.find('#f2').simulate('change', { target: { value: 'VALUE' } })",
     "wrapper.find('#f1').simulate('change', { target: { value: 'desk' } });\nwrapper.find('#f2').simulate('change', { target: { value: '" + V + "' } });\nwrapper.find('form').simulate('submit');\n", None),
    ("xcuitest_securetextfield_tap_then_type", "gui", "field.tap(); field.typeText(\"VALUE\")",
     "let field = app.secureTextFields[\"f2\"]\nfield.tap()\nfield.typeText(\"" + V + "\")\napp.buttons[\"Sign in\"].tap()\n", None),
    ("uiautomator_findobject_settext", "gui", "device.findObject(By.res(pkg, \"f2\")).setText(\"VALUE\")",
     "device.findObject(By.res(\"example.lv72museum.guide\", \"f2\")).setText(\"" + V + "\");\ndevice.findObject(By.text(\"ENROL\")).click();\n", None),
    ("adb_shell_input_text", "gui", "adb shell input text VALUE",
     "$ adb -s LV72-H17 shell input tap 540 1210\n$ adb -s LV72-H17 shell input text " + V + "\n$ adb -s LV72-H17 shell input keyevent 66\n", None),
    ("jetpack_compose_performtextinput", "gui", "composeTestRule.onNodeWithTag(\"f2\").performTextInput(\"VALUE\")",
     "composeTestRule.onNodeWithTag(\"f1\").performTextInput(\"curator\")\ncomposeTestRule.onNodeWithTag(\"f2\").performTextInput(\"" + V + "\")\ncomposeTestRule.onNodeWithText(\"Continue\").performClick()\n", None),
    ("qtest_keyclicks_second", "gui", "QTest::keyClicks(lineEdit, \"VALUE\")",
     "QLineEdit *f2 = dialog.findChild<QLineEdit *>(\"f2\");\nQTest::keyClicks(f2, \"" + V + "\");\nQTest::keyClick(f2, Qt::Key_Return);\n", None),
    ("squish_type_waitforobject", "gui", "type(waitForObject(names.f2), \"VALUE\")",
     "def main():\n    startApplication(\"kilnctl\")\n    type(waitForObject(names.login_f2_QLineEdit), \"" + V + "\")\n    clickButton(waitForObject(names.login_OK_QPushButton))\n", None),
    ("pyautogui_write_first", "gui", "pyautogui.write('VALUE', interval=0.05)",
     "import pyautogui\npyautogui.click(812, 433)\npyautogui.write('" + V + "', interval=0.05)\npyautogui.press('enter')\n", None),
    ("robotjs_typestring", "gui", "robot.typeString('VALUE')",
     "const robot = require('robotjs');\nrobot.moveMouse(640, 410); robot.mouseClick();\nrobot.typeString('" + V + "');\nrobot.keyTap('enter');\n", None),
    ("espanso_match_replace", "gui", "matches: - trigger: \":x\" replace: \"VALUE\"",
     "# ~/.config/espanso/match/kiosk.yml\nmatches:\n  - trigger: \":kz1\"\n    replace: \"" + V + "\"\n", None),
    ("chrome_recorder_change_step_value", "gui", "{\"type\": \"change\", \"value\": \"VALUE\", \"selectors\": [[\"#f2\"]]}",
     "{\n  \"title\": \"Kiosk admin login\",\n  \"steps\": [\n    { \"type\": \"navigate\", \"url\": \"https://kiosk.tregarrowlight.example/admin\" },\n    { \"type\": \"change\", \"value\": \"" + V + "\", \"selectors\": [[\"#f2\"]], \"target\": \"main\" },\n    { \"type\": \"keyDown\", \"target\": \"main\", \"key\": \"Enter\" }\n  ]\n}\n", None),
    ("serenity_js_enter_thevalue_into", "gui", "Enter.theValue('VALUE').into(field)",
     "await actorCalled('Hedda').attemptsTo(\n  Navigate.to('/admin'),\n  Enter.theValue('" + V + "').into(PageElement.located(By.id('f2'))),\n  Click.on(PageElement.located(By.id('go'))),\n)\n", None),
    ("tagui_type_as", "gui", "type f2 as VALUE[enter]",
     "https://kiosk.tregarrowlight.example/admin\ntype f1 as tourdesk\ntype f2 as " + V + "[enter]\nwait 2\nsnap page to kiosk.png\n", None),
    ("autokey_send_keys_call", "gui", "keyboard.send_keys(\"VALUE\")",
     "# AutoKey script: kiosk unlock\nwindow.activate(\"Tour Kiosk\")\nkeyboard.send_keys(\"" + V + "\")\nkeyboard.send_key(\"<enter>\")\n", None),
    ("uivision_macro_type_command", "gui", "{\"Command\": \"type\", \"Target\": \"id=f2\", \"Value\": \"VALUE\"}",
     "{\n  \"Name\": \"till-manager\",\n  \"Commands\": [\n    {\"Command\": \"open\", \"Target\": \"https://till.lv72museum.example\", \"Value\": \"\"},\n    {\"Command\": \"type\", \"Target\": \"id=f2\", \"Value\": \"" + V + "\"},\n    {\"Command\": \"click\", \"Target\": \"id=go\", \"Value\": \"\"}\n  ]\n}\n", None),
    # ------------------------------------------------------------------ lib
    ("python_paramiko_sshclient_connect_fourth", "lib", "client.connect(host, port, user, VALUE)",
     "client = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nclient.connect('10.47.3.41', 22, 'keeper', '" + V + "')\n", None),
    ("python_pysnmp_usmuserdata_second", "lib", "UsmUserData(user, VALUE)",
     "auth = UsmUserData('aton-ro', '" + V + "', authProtocol=usmHMACSHAAuthProtocol)\n", None),
    ("python_httplib2_add_credential_pair_second", "lib", "h.add_credentials(user, VALUE)",
     "h = httplib2.Http('.cache')\nh.add_credentials('feed', '" + V + "')\nresp, body = h.request('https://aton.lampwick.example/v2/status')\n", None),
    ("python_msoffcrypto_load_key_first", "lib", "office.load_key('VALUE')",
     "office = msoffcrypto.OfficeFile(open('keepers-roster.xlsx', 'rb'))\noffice.load_key('" + V + "')\noffice.decrypt(open('roster.xlsx', 'wb'))\n", None),
    ("python_pypdf_reader_decrypt_first", "lib", "reader.decrypt('VALUE')",
     "reader = PdfReader('survey-1887.pdf')\nif reader.is_encrypted:\n    reader.decrypt('" + V + "')\n", None),
    ("python_cryptography_load_pem_private_key_second", "lib", "load_pem_private_key(data, b'VALUE')",
     "key = serialization.load_pem_private_key(open('signing.pem', 'rb').read(), b'" + V + "')\n", None),
    ("python_asyncpg_connect_dsn_userinfo", "lib", "asyncpg.connect('postgresql://user:VALUE@host/db')",
     "conn = await asyncpg.connect('postgresql://bookings:" + V + "@10.47.2.22:5432/bookings')\n", None),
    ("python_opensearch_http_auth_tuple_second", "lib", "OpenSearch(hosts, http_auth=(user, VALUE))",
     "client = OpenSearch(hosts=[{'host': '10.47.2.40', 'port': 9200}], http_auth=('logs', '" + V + "'), use_ssl=True)\n", None),
    ("python_pywinrm_session_auth_tuple_second", "lib", "winrm.Session(host, auth=(user, VALUE))",
     "s = winrm.Session('aton-mon01', auth=('LAMPWICK\\\\svc-aton', '" + V + "'), transport='ntlm')\nprint(s.run_cmd('ipconfig').std_out)\n", None),
    ("python_pyzabbix_login_second", "lib", "ZabbixAPI(url).login(user, VALUE)",
     "zapi = ZabbixAPI('https://zabbix.lampwick.example')\nzapi.login('aton-bot', '" + V + "')\n", None),
    ("python_win32com_workbooks_open_fifth", "lib", "excel.Workbooks.Open(path, False, True, None, 'VALUE')",
     "excel = win32com.client.Dispatch('Excel.Application')\nwb = excel.Workbooks.Open(r'C:\\Rota\\relief-crews.xlsx', False, True, None, '" + V + "')\n", None),
    ("node_bcryptjs_hashsync_first", "lib", "bcrypt.hashSync('VALUE', 12)",
     "// seed the first kiosk admin\nconst hash = bcrypt.hashSync('" + V + "', 12);\nawait db.admins.insert({ name: 'tourdesk', hash });\n", None),
    ("node_express_basic_auth_users_map", "lib", "basicAuth({ users: { user: 'VALUE' } })",
     "app.use('/admin', basicAuth({ users: { 'volunteer': '" + V + "' }, challenge: true }));\n", None),
    ("java_keystore_load_tochararray_second", "lib", "ks.load(in, \"VALUE\".toCharArray())",
     "KeyStore ks = KeyStore.getInstance(\"PKCS12\");\nks.load(new FileInputStream(\"booking-client.p12\"), \"" + V + "\".toCharArray());\n", None),
    ("java_restassured_preemptive_second", "lib", "given().auth().preemptive().basic(user, \"VALUE\")",
     "given().auth().preemptive().basic(\"qa\", \"" + V + "\")\n    .when().get(\"/v2/status\")\n    .then().statusCode(200);\n", None),
    ("go_sql_open_mysql_dsn_colon", "lib", "sql.Open(\"mysql\", \"user:VALUE@tcp(host:3306)/db\")",
     "db, err := sql.Open(\"mysql\", \"tickets:" + V + "@tcp(10.47.2.12:3306)/tickets?parseTime=true\")\n", None),
    ("go_minio_newstaticv4_second", "lib", "credentials.NewStaticV4(access, \"VALUE\", \"\")",
     "mc, err := minio.New(\"s3.prismdiaphone.example\", &minio.Options{\n\tCreds:  credentials.NewStaticV4(\"lens-archive\", \"" + V + "\", \"\"),\n\tSecure: true,\n})\n", None),
    ("csharp_x509certificate2_ctor_second", "lib", "new X509Certificate2(path, \"VALUE\")",
     "var cert = new X509Certificate2(@\"C:\\certs\\booking-client.pfx\", \"" + V + "\");\nhandler.ClientCertificates.Add(cert);\n", None),
    ("csharp_sshnet_sshclient_ctor_third", "lib", "new SshClient(host, user, \"VALUE\")",
     "using var ssh = new SshClient(\"10.47.3.41\", \"keeper\", \"" + V + "\");\nssh.Connect();\n", None),
    ("javascript_xmlhttprequest_open_fifth", "lib", "xhr.open('GET', url, true, user, 'VALUE')",
     "const xhr = new XMLHttpRequest();\nxhr.open('GET', 'https://bridge.tregarrowlight.example/lamp', true, 'kiosk', '" + V + "');\nxhr.send();\n", None),
    ("vbscript_mapnetworkdrive_fifth", "lib", "net.MapNetworkDrive \"Z:\", share, False, user, \"VALUE\"",
     "Set net = CreateObject(\"WScript.Network\")\nnet.MapNetworkDrive \"Z:\", \"\\\\nas01\\archive\", False, \"LV72\\volunteer\", \"" + V + "\"\n", None),
    ("php_laravel_http_withbasicauth_second", "lib", "Http::withBasicAuth(user, 'VALUE')",
     "$response = Http::withBasicAuth('shop', '" + V + "')\n    ->get('https://parts.prismdiaphone.example/api/stock');\n", None),
    ("ruby_rest_client_resource_third", "lib", "RestClient::Resource.new(url, user, 'VALUE')",
     "res = RestClient::Resource.new('https://aton.lampwick.example/v2', 'ruby-bot', '" + V + "')\nputs res['status'].get\n", None),
    ("perl_net_ssh_perl_login_second", "lib", "$ssh->login($user, 'VALUE')",
     "my $ssh = Net::SSH::Perl->new('10.47.3.41');\n$ssh->login('keeper', '" + V + "');\n", None),
    ("perl_net_telnet_login_second", "lib", "$t->login($user, 'VALUE')",
     "my $t = Net::Telnet->new(Host => '10.47.3.40', Timeout => 10);\n$t->login('admin', '" + V + "');\n", None),
    ("matlab_database_third", "lib", "database(datasource, user, 'VALUE')",
     "conn = database('tide_gauge', 'analyst', '" + V + "');\ndata = fetch(conn, 'SELECT * FROM readings');\n", None),
    ("kotlin_fuel_authentication_second", "lib", "authentication().basic(user, \"VALUE\")",
     "val (_, _, result) = \"https://aton.lampwick.example/v2/status\".httpGet()\n    .authentication().basic(\"android\", \"" + V + "\")\n    .responseString()\n", None),
    ("scala_sttp_basicrequest_second", "lib", "basicRequest.auth.basic(user, \"VALUE\")",
     "val req = basicRequest.auth.basic(\"scala-bot\", \"" + V + "\").get(uri\"https://aton.lampwick.example/v2/status\")\n", None),
    ("c_sqlcipher_sqlite3_key_second", "lib", "sqlite3_key(db, \"VALUE\", n)",
     "sqlite3_open(\"handsets.db\", &db);\nsqlite3_key(db, \"" + V + "\", LEN_MK);\n", None),
    ("c_mysql_real_connect_fourth", "lib", "mysql_real_connect(conn, host, user, \"VALUE\", db, 0, NULL, 0)",
     "if (!mysql_real_connect(conn, \"10.47.2.12\", \"tickets\", \"" + V + "\", \"tickets\", 0, NULL, 0)) {\n    fprintf(stderr, \"%s\\n\", mysql_error(conn));\n}\n", None),
    # ----------------------------------------------------------------- file
    ("wifi_qr_payload_p_field", "file", "WIFI:T:WPA;S:ssid;P:VALUE;;",
     "# printed on the cottage welcome card (QR code text)\nWIFI:T:WPA;S:Tregarrow-Guest;P:" + V + ";H:false;;\n", None),
    ("openvpn_auth_file_second_line", "file", "auth file: user on line 1, VALUE on line 2",
     "# cat /etc/openvpn/client/lampwick.auth\nlv72-gw\n" + V + "\n", None),
    ("git_credential_store_file_line", "file", "~/.git-credentials: https://user:VALUE@host",
     "$ cat ~/.git-credentials\nhttps://jory:" + V + "@git.lampwick.example\n", None),
    ("jetty_hashloginservice_properties_colon", "file", "realm file: user: VALUE, role",
     "# etc/kiosk-users.properties (Jetty HashLoginService)\ntourdesk: " + V + ",kiosk-admin\n", None),
    ("frr_ospf_message_digest_key_md5", "file", "ip ospf message-digest-key 1 md5 VALUE",
     "interface eth1\n ip ospf authentication message-digest\n ip ospf message-digest-key 1 md5 " + V + "\n", None),
    ("nagios_resource_cfg_user_macro", "file", "$USER3$=VALUE",
     "# /usr/local/nagios/etc/resource.cfg\n$USER1$=/usr/local/nagios/libexec\n$USER3$=" + V + "\n", None),
    ("monit_set_httpd_allow_colon_pair", "file", "set httpd ... allow user:VALUE",
     "set httpd port 2812 and\n    use address 10.47.3.50\n    allow admin:" + V + "\n", None),
    ("cups_printers_conf_deviceuri_userinfo", "file", "DeviceURI ipp://user:VALUE@host/printers/q",
     "<Printer label-printer>\nDeviceURI ipps://shop:" + V + "@print.lv72museum.example/printers/labels\nState Idle\n</Printer>\n", None),
    ("tregarrow_volunteer_import_csv_third_column", "file", "badge,name,VALUE,role (invented import file)",
     "badge,name,initial,role\n%d,%s,VALUE_MK,guide\n", None),
    ("prismdiaphone_bench_rota_semicolon_fourth_field", "file", "bench;name;shift;VALUE (invented rota file)",
     "# bench;name;shift;initial\nK2;%s;early;VALUE_MK\n", None),
    # ------------------------------------------------------------------ sql
    ("sqlcipher_pragma_key_literal", "sql", "PRAGMA key = 'VALUE';",
     "sqlite> PRAGMA key = '" + V + "';\nsqlite> SELECT count(*) FROM handsets;\n64\n", None),
    ("plsql_utl_http_set_authentication_third", "sql", "UTL_HTTP.SET_AUTHENTICATION(req, user, 'VALUE')",
     "req := UTL_HTTP.BEGIN_REQUEST('https://aton.lampwick.example/v2/status');\nUTL_HTTP.SET_AUTHENTICATION(req, 'oracle_feed', '" + V + "');\n", None),
    ("plsql_dbms_credential_create_third", "sql", "DBMS_CREDENTIAL.CREATE_CREDENTIAL(name, user, 'VALUE')",
     "BEGIN\n  DBMS_CREDENTIAL.CREATE_CREDENTIAL('FEED_CRED', 'feed', '" + V + "');\nEND;\n/\n", None),
    ("mysql_federated_connection_url_userinfo", "sql", "ENGINE=FEDERATED CONNECTION='mysql://user:VALUE@host/db/table'",
     "CREATE TABLE remote_sales (id INT, amount DECIMAL(8,2))\n  ENGINE=FEDERATED\n  CONNECTION='mysql://shop:" + V + "@10.47.2.12:3306/tickets/sales';\n", None),
    ("clickhouse_remote_table_function_fourth", "sql", "remote('host:9000', db.table, 'user', 'VALUE')",
     "SELECT count() FROM remote('10.47.2.44:9000', telemetry.readings, 'reader', '" + V + "');\n", None),
    ("h2_create_linked_table_fourth", "sql", "CREATE LINKED TABLE t('driver', 'url', 'user', 'VALUE', 'table')",
     "CREATE LINKED TABLE objects('org.postgresql.Driver', 'jdbc:postgresql://10.47.2.12/collections', 'reader', '" + V + "', 'objects');\n", None),
    # ---------------------------------------------------------------- proto
    ("assuan_pinentry_data_line_after_getpin", "proto", "C: GETPIN / S: D VALUE / S: OK",
     "C: SETDESC Please unlock the release signing key\nC: GETPIN\nS: D " + V + "\nS: OK\n", None),
    ("postgresql_frontend_p_message_cleartext", "proto", "frontend message 'p' int32 length VALUE\\0",
     "P:", None),
    ("mqtt_connect_packet_trailing_field", "proto", "CONNECT ... client id, user name, VALUE (last length-prefixed field)",
     "M:", None),
    ("rexec_nul_separated_third_field", "proto", "port\\0user\\0VALUE\\0command\\0",
     "R:", None),
    ("smpp_bind_transmitter_second_cstring", "proto", "bind_transmitter body: system_id\\0 VALUE\\0 system_type\\0 ...",
     "S:", 8),
    ("espressif_at_cwjap_second_parameter", "proto", "AT+CWJAP=\"ssid\",\"VALUE\"",
     "AT+CWMODE=1\r\nOK\r\nAT+CWJAP=\"Tregarrow-Cottages\",\"" + V + "\"\r\nWIFI CONNECTED\r\nWIFI GOT IP\r\nOK\r\n", None),
    ("irc_nickserv_identify_privmsg", "proto", "PRIVMSG NickServ :IDENTIFY VALUE",
     ":irc.lighthouse-enthusiasts.example 001 tregarrow_bot :Welcome\nPRIVMSG NickServ :IDENTIFY " + V + "\n:NickServ!services@services NOTICE tregarrow_bot :You are now identified.\n", None),
]


def esc(b):
    out = []
    for x in b:
        if 32 <= x < 127 and x != 0x5C:
            out.append(chr(x))
        else:
            out.append("\\x%02x" % x)
    return "".join(out)


def hexall(b):
    return "".join("\\x%02x" % x for x in b)


def render(rng, syn, tmpl, v):
    if tmpl == "P:":
        body = v.encode() + b"\x00"
        return ("frontend -> 10.47.2.12:5432 (after AuthenticationCleartext request)\np" + hexall((4 + len(body)).to_bytes(4, "big"))
                + v + "\\x00\n")
    if tmpl == "M:":
        def s(x):
            return hexall(len(x).to_bytes(2, "big")) + x
        var = hexall(b"\x00\x04") + "MQTT" + hexall(b"\x04\xc2\x00\x3c") + s("lv72-bilge-01") + s("bilge") + s(v)
        rem = 10 + 2 + 13 + 2 + 5 + 2 + len(v)
        return "tcp 10.47.7.21:51514 -> 10.47.2.50:1883 CONNECT\n" + hexall(bytes([0x10, rem])) + var + "\n"
    if tmpl == "R:":
        return "tcp 10.47.3.41:1022 -> 10.47.3.42:512 (rexec)\n0\\x00keeper\\x00" + v + "\\x00uptime\\x00\n"
    if tmpl == "S:":
        body = b"lv72sms\x00" + v.encode() + b"\x00ALERT\x00\x34\x00\x00\x00"
        hdr = (16 + len(body)).to_bytes(4, "big") + (2).to_bytes(4, "big") + (0).to_bytes(4, "big") + rng.randint(1, 9999).to_bytes(4, "big")
        return ("tcp 10.47.7.30:40211 -> smsc.example:2775 bind_transmitter\n" + hexall(hdr) + "lv72sms\\x00" + v
                + "\\x00ALERT\\x00" + hexall(b"\x34\x00\x00\x00") + "\n")
    if "VALUE_MK" in tmpl:
        from world266 import PEOPLE
        if syn.startswith("tregarrow"):
            t = tmpl % (rng.randint(1000, 9999), rng.choice(PEOPLE))
        else:
            t = tmpl % rng.choice(PEOPLE)
        return t.replace("VALUE_MK", v)
    if "LEN_MK" in tmpl:
        tmpl = tmpl.replace("LEN_MK", str(len(v)))
    return tmpl.replace(MK, v)


BANNED = ("pass", "pwd", "secret")


def banned_hit(text):
    import re
    low = text.lower()
    for b in BANNED:
        if b in low:
            return b
    if re.search(r"(?<![a-z])pw(?![a-z])", low):
        return "pw"
    return ""


def build(reg):
    rng = random.Random(SEED)
    out = []
    for syn, where, short, tmpl, maxlen in SYNTAXES:
        for _ in range(300):
            v = C.make_password(rng, strict=True, maxlen=maxlen, cap=0.3)
            if not reg.ok(v):
                continue
            text = render(rng, syn, tmpl, v)
            if text.count(v) != 1 or banned_hit(text):
                continue
            if [m for m in C.PW_FORM_ANY.findall(text) if m != v]:
                continue
            reg.add(v)
            break
        else:
            raise RuntimeError("positional " + syn)
        s = text.index(v)
        typ = SPAN_PREFIX + syn
        out.append({"type": typ, "container": syn + "__" + WHERE[where], "text": text,
                    "secrets": [{"value": v, "start": s, "end": s + len(v), "type": typ}], "source": "password"})
    return out


SYNTAX_NAMES = [s[0] for s in SYNTAXES]
SYNTAX_WHERE = {s[0]: s[1] for s in SYNTAXES}
SYNTAX_SHORT = {s[0]: s[2] for s in SYNTAXES}
