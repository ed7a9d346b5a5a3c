"""Positional passwords: the value is a password but no key name says so."""
import random

import common270 as C
import world270 as W

PREFIX = "qrpw_"
WHERE = {
    "cli": "scalehouse_terminal", "stdin": "crusher_shed_pipe", "lib": "benchface_code_excerpt",
    "gui": "weighbridge_ui_script", "file": "quarry_host_file", "sql": "haulage_db_console",
    "proto": "site_network_capture",
}
M = "\u00a7V\u00a7"

SYNTAXES = [
    # ---------------------------------------------------------------- cli
    ("sqlcmd_capital_p_after_capital_u", "cli", "sqlcmd -S server -d db -U user -P VALUE -Q query",
     "PS C:\\> sqlcmd -S tcp:10.170.4.21,1433 -d WeighTickets -U ticket_reader -P §V§ -Q \"SELECT TOP 5 TicketNo, NetKg FROM dbo.Tickets ORDER BY TicketNo DESC\"\n"),
    ("rabbitmqctl_add_user_second_positional", "cli", "rabbitmqctl add_user user VALUE",
     "$ sudo rabbitmqctl add_user epod_ingest §V§\nAdding user \"epod_ingest\" ...\nDone. Don't forget to grant the user permissions to some virtual hosts! See 'rabbitmqctl help set_permissions' to learn more.\n"),
    ("rabbitmqadmin_lower_p_after_lower_u", "cli", "rabbitmqadmin -H host -u user -p VALUE list queues",
     "$ rabbitmqadmin -H 10.170.3.9 -u ops -p §V§ list queues name messages\n"),
    ("neo4j_cypher_shell_lower_p_after_lower_u", "cli", "cypher-shell -a uri -u user -p VALUE query",
     "$ cypher-shell -a neo4j://10.170.2.14:7687 -u neo4j -p §V§ \"MATCH (b:Bench)-[:FEEDS]->(c:Crusher) RETURN count(b);\"\n"),
    ("ipmitool_lanplus_capital_p_after_capital_u", "cli", "ipmitool -I lanplus -H bmc -U user -P VALUE chassis power status",
     "$ ipmitool -I lanplus -H 10.170.1.5 -U ADMIN -P §V§ chassis power status\nChassis Power is on\n"),
    ("dell_racadm_lower_p_after_lower_u", "cli", "racadm -r idrac -u user -p VALUE getsysinfo",
     "$ racadm -r 10.170.1.6 -u root -p §V§ getsysinfo\n"),
    ("freerdp_slash_p_colon_option", "cli", "xfreerdp /v:host /u:user /p:VALUE",
     "$ xfreerdp /v:10.170.4.21 /u:weighbridge /p:§V§ /size:1600x900 /cert:ignore\n"),
    ("xh_lower_a_colon_pair", "cli", "xh -a user:VALUE GET url",
     "$ xh -a dispatch:§V§ GET https://dispatch.brackenrigg-haulage.example/api/loads day==today\n"),
    ("ntfy_publish_lower_u_colon_pair", "cli", "ntfy publish -u user:VALUE topic message",
     "$ ntfy publish -u alerts:§V§ https://ntfy.benchface.example/lagoon \"Lagoon 3 above 1.4 m\"\n"),
    ("govc_lower_u_locator_userinfo", "cli", "govc about -u 'user:VALUE@vcenter'",
     "$ govc about -k -u 'ops:§V§@vcenter.benchface.example'\n"),
    ("megacmd_login_second_positional", "cli", "mega-login email VALUE",
     "$ mega-login backups@benchface.example §V§\n"),
    ("transmission_remote_lower_n_colon_pair", "cli", "transmission-remote host:port -n user:VALUE -l",
     "$ transmission-remote 10.170.2.40:9091 -n admin:§V§ -l\n"),
    ("hive_beeline_lower_p_after_lower_n", "cli", "beeline -u jdbc-url -n user -p VALUE -e sql",
     "$ beeline -u \"jdbc:hive2://10.170.8.3:10000/haulage\" -n analyst -p §V§ -e \"SELECT count(*) FROM loads\"\n"),
    ("hana_hdbsql_lower_p_after_lower_u", "cli", "hdbsql -n host:port -u user -p VALUE sql",
     "$ hdbsql -n 10.170.8.20:30015 -u QUARRY_RO -p §V§ \"SELECT COUNT(*) FROM HAULAGE.LOADS\"\n"),
    ("sapcontrol_user_option_second_word", "cli", "sapcontrol -nr 00 -host host -user user VALUE -function f",
     "$ sapcontrol -nr 00 -host 10.170.8.20 -user qadm §V§ -function GetProcessList\n"),
    ("maxdb_dbmcli_lower_u_comma_pair", "cli", "dbmcli -d db -u user,VALUE command",
     "$ dbmcli -d QRY -u control,§V§ db_state\n"),
    ("exasol_exaplus_lower_p_after_lower_u", "cli", "exaplus -c host:port -u user -p VALUE -sql sql",
     "$ exaplus -c 10.170.8.30:8563 -u sys -p §V§ -sql \"SELECT COUNT(*) FROM HAULAGE.LOADS;\"\n"),
    ("sipp_ap_after_au", "cli", "sipp host -sf scenario -au user -ap VALUE",
     "$ sipp 10.170.9.2:5060 -sf register.xml -au 2101 -ap §V§ -m 1 -trace_err\n"),
    ("ccrypt_capital_k_option", "cli", "ccrypt -d -K VALUE file",
     "$ ccrypt -d -K §V§ blast_records_2024.csv.cpt\n"),
    ("openssl_enc_lower_k_option", "cli", "openssl enc -d -aes-256-cbc -pbkdf2 -k VALUE -in f -out g",
     "$ openssl enc -d -aes-256-cbc -pbkdf2 -k §V§ -in tachograph_export.tar.enc -out tachograph_export.tar\n"),
    ("azure_cli_login_lower_p_after_lower_u", "cli", "az login -u user -p VALUE",
     "$ az login -u ops@benchface.example -p §V§ --allow-no-subscriptions\n"),
    ("cockroach_sql_url_userinfo", "cli", "cockroach sql --url 'postgresql://user:VALUE@host:26257/db'",
     "$ cockroach sql --url 'postgresql://analyst:§V§@10.170.8.40:26257/haulage?sslmode=require' -e 'SHOW TABLES'\n"),
    ("openshift_oc_login_lower_p_after_lower_u", "cli", "oc login url -u user -p VALUE",
     "$ oc login https://api.okd.benchface.example:6443 -u developer -p §V§ --insecure-skip-tls-verify\n"),
    ("jenkins_cli_auth_colon_pair", "cli", "java -jar jenkins-cli.jar -s url -auth user:VALUE command",
     "$ java -jar jenkins-cli.jar -s https://ci.benchface.example/ -auth ops:§V§ who-am-i\n"),
    ("supermicro_sum_lower_p_after_lower_u", "cli", "sum -i bmc -u user -p VALUE -c command",
     "$ ./sum -i 10.170.1.7 -u ADMIN -p §V§ -c GetBiosInfo --file bios_scarthwaite.bin\n"),
    ("ovftool_vi_locator_userinfo", "cli", "ovftool image.ova vi://user:VALUE@host/",
     "$ ovftool --noSSLVerify --name=weighsync-02 weighsync.ova vi://root:§V§@10.170.1.8/\n"),
    ("f5_fpc_lower_p_after_lower_u", "cli", "f5fpc -s -t host -u user -p VALUE",
     "$ f5fpc -s -t vpn.benchface.example -u hdunwoody -p §V§\n"),
    # ---------------------------------------------------------------- stdin
    ("stratis_key_set_keyfile_dev_stdin", "stdin", "printf VALUE | stratis key set --keyfile-path /dev/stdin name",
     "$ printf '%s' §V§ | sudo stratis key set --keyfile-path /dev/stdin lagoonlogs\n"),
    ("pbcopy_pipe_on_mac", "stdin", "printf VALUE | pbcopy",
     "$ printf '%s' §V§ | pbcopy   # paste into the portal on the weighbridge Mac\n"),
    ("cmd_clip_exe_pipe", "stdin", "echo VALUE| clip",
     "C:\\WeighSync> echo §V§| clip\n"),
    ("rclone_obscure_dash_herestring", "stdin", "rclone obscure - <<< VALUE",
     "$ rclone obscure - <<< §V§\n"),
    ("dotool_type_command_herestring", "stdin", "dotool <<< 'type VALUE'",
     "$ dotool <<< 'type §V§'\n"),
    ("expect_send_after_prompt", "stdin", "expect script: spawn telnet; expect ': '; send \"VALUE\\r\"",
     "#!/usr/bin/expect -f\nspawn telnet 10.170.1.20 23\nexpect \"login: \"\nsend \"engineer\\r\"\nexpect \": \"\nsend \"§V§\\r\"\nexpect \"> \"\nsend \"show deck 2\\r\"\n"),
    # ---------------------------------------------------------------- lib
    ("python_pexpect_sendline_after_prompt", "lib", "child.expect(': '); child.sendline('VALUE')",
     "child = pexpect.spawn('telnet 10.170.1.20 23', encoding='utf-8')\nchild.expect('login: ')\nchild.sendline('engineer')\nchild.expect(': ')\nchild.sendline('§V§')\n"),
    ("python_msoffcrypto_load_key_first", "lib", "office_file.load_key('VALUE')",
     "with open('tonnage_2025.xlsx', 'rb') as fh:\n    office_file = msoffcrypto.OfficeFile(fh)\n    office_file.load_key('§V§')\n    office_file.decrypt(open('tonnage_plain.xlsx', 'wb'))\n"),
    ("python_win32com_workbooks_open_fifth", "lib", "xl.Workbooks.Open(path, False, True, None, 'VALUE')",
     "xl = win32com.client.Dispatch('Excel.Application')\nwb = xl.Workbooks.Open(r'S:\\Weighbridge\\tonnage_2025.xlsx', False, True, None, '§V§')\n"),
    ("python_ssl_load_cert_chain_third", "lib", "ctx.load_cert_chain(certfile, keyfile, 'VALUE')",
     "ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)\nctx.load_cert_chain('/etc/weighsync/client.crt', '/etc/weighsync/client.key', '§V§')\n"),
    ("python_cryptography_load_pem_private_key_second", "lib", "serialization.load_pem_private_key(data, b'VALUE')",
     "with open('epod_signing.pem', 'rb') as fh:\n    key = serialization.load_pem_private_key(fh.read(), b'§V§')\n"),
    ("python_asyncua_client_url_userinfo", "lib", "Client('opc.tcp://user:VALUE@host:4840')",
     "async with Client(url='opc.tcp://scada:§V§@10.170.6.10:4840/washplant/') as client:\n    level = await client.get_node('ns=2;s=Lagoon3.Level').read_value()\n"),
    ("python_hdbcli_dbapi_connect_fourth", "lib", "dbapi.connect(host, port, user, 'VALUE')",
     "conn = dbapi.connect('10.170.8.20', 30015, 'QUARRY_RO', '§V§')\n"),
    ("python_neo4j_graphdatabase_auth_tuple", "lib", "GraphDatabase.driver(uri, auth=(user, 'VALUE'))",
     "driver = GraphDatabase.driver('neo4j://10.170.2.14:7687', auth=('neo4j', '§V§'))\n"),
    ("python_cassandra_plaintextauthprovider_second", "lib", "PlainTextAuthProvider(user, 'VALUE')",
     "auth = PlainTextAuthProvider('telemetry', '§V§')\ncluster = Cluster(['10.170.7.11', '10.170.7.12'], auth_provider=auth)\n"),
    ("python_httplib2_add_credentials_second", "lib", "h.add_credentials(user, 'VALUE')",
     "h = httplib2.Http('.cache')\nh.add_credentials('weighsync', '§V§')\nresp, content = h.request('https://tickets.scarthwaite-quarry.example/api/v2/decks', 'GET')\n"),
    ("python_odoo_xmlrpc_common_login_third", "lib", "common.login(db, user, 'VALUE')",
     "common = xmlrpc.client.ServerProxy('https://erp.benchface.example/xmlrpc/2/common')\nuid = common.login('quarry', 'sync@benchface.example', '§V§')\n"),
    ("node_sequelize_constructor_third", "lib", "new Sequelize(db, user, 'VALUE', options)",
     "const sequelize = new Sequelize('haulage', 'epod', '§V§', { host: '10.170.8.41', dialect: 'mssql' });\n"),
    ("node_crypto_scryptsync_first", "lib", "crypto.scryptSync('VALUE', salt, 32)",
     "const kek = crypto.scryptSync('§V§', Buffer.from(saltHex, 'hex'), 32);\n"),
    ("java_keymanagerfactory_init_second", "lib", "kmf.init(ks, \"VALUE\".toCharArray())",
     "KeyManagerFactory kmf = KeyManagerFactory.getInstance(\"SunX509\");\nkmf.init(clientStore, \"§V§\".toCharArray());\n"),
    ("java_cqlsession_withauthcredentials_second", "lib", "CqlSession.builder().withAuthCredentials(user, \"VALUE\")",
     "CqlSession session = CqlSession.builder()\n    .addContactPoint(new InetSocketAddress(\"10.170.7.11\", 9042))\n    .withAuthCredentials(\"telemetry\", \"§V§\")\n    .withLocalDatacenter(\"dc1\").build();\n"),
    ("java_milo_usernameprovider_second", "lib", "new UsernameProvider(user, \"VALUE\")",
     "OpcUaClient client = OpcUaClient.create(\"opc.tcp://10.170.6.10:4840\", endpoints -> endpoints.stream().findFirst(),\n    cfg -> cfg.setIdentityProvider(new UsernameProvider(\"scada\", \"§V§\")).build());\n"),
    ("csharp_networkcredential_ctor_second", "lib", "new NetworkCredential(user, \"VALUE\", domain)",
     "var handler = new HttpClientHandler { Credentials = new NetworkCredential(\"svc_sync\", \"§V§\", \"QUARRY\") };\n"),
    ("csharp_opcfoundation_useridentity_second", "lib", "new UserIdentity(user, \"VALUE\")",
     "var session = await Session.Create(config, endpoint, false, \"washplant\", 60000, new UserIdentity(\"scada\", \"§V§\"), null);\n"),
    ("csharp_epplus_excelpackage_second", "lib", "new ExcelPackage(new FileInfo(path), \"VALUE\")",
     "using var package = new ExcelPackage(new FileInfo(@\"S:\\Weighbridge\\tonnage_2025.xlsx\"), \"§V§\");\n"),
    ("go_x509_decryptpemblock_second", "lib", "x509.DecryptPEMBlock(block, []byte(\"VALUE\"))",
     "block, _ := pem.Decode(raw)\nder, err := x509.DecryptPEMBlock(block, []byte(\"§V§\"))\n"),
    ("rust_tiberius_authmethod_sql_server_second", "lib", "AuthMethod::sql_server(user, \"VALUE\")",
     "let mut config = Config::new();\nconfig.host(\"10.170.4.21\");\nconfig.authentication(AuthMethod::sql_server(\"ticket_reader\", \"§V§\"));\n"),
    ("ruby_mechanize_add_auth_third", "lib", "agent.add_auth(uri, user, 'VALUE')",
     "agent = Mechanize.new\nagent.add_auth('https://portal.benchface.example/', 'quarrysync', '§V§')\npage = agent.get('https://portal.benchface.example/reports/tonnage')\n"),
    ("php_pdo_constructor_third", "lib", "new PDO(dsn, user, 'VALUE')",
     "$pdo = new PDO('sqlsrv:Server=10.170.4.21;Database=WeighTickets', 'shop_reader', '§V§');\n"),
    ("perl_dbi_connect_third", "lib", "DBI->connect($dsn, $user, 'VALUE')",
     "my $dbh = DBI->connect('dbi:Pg:dbname=haulage;host=10.170.8.41', 'report', '§V§', { RaiseError => 1 });\n"),
    ("kotlin_exposed_database_connect_fourth", "lib", "Database.connect(url, driver, user, \"VALUE\")",
     "Database.connect(\"jdbc:postgresql://10.170.8.41:5432/haulage\", \"org.postgresql.Driver\", \"epod\", \"§V§\")\n"),
    ("scala_slick_database_forurl_third", "lib", "Database.forURL(url, user, \"VALUE\", driver = d)",
     "val db = Database.forURL(\"jdbc:postgresql://10.170.8.41/haulage\", \"report\", \"§V§\", driver = \"org.postgresql.Driver\")\n"),
    ("c_openssl_evp_bytestokey_fifth", "lib", "EVP_BytesToKey(cipher, md, salt, (unsigned char *)\"VALUE\", len, 1, key, iv)",
     "EVP_BytesToKey(EVP_aes_256_cbc(), EVP_sha256(), salt, (const unsigned char *)\"§V§\", KLEN, 1, key, iv);\n"),
    ("c_open62541_connectusername_fourth", "lib", "UA_Client_connectUsername(client, url, user, \"VALUE\")",
     "UA_StatusCode rc = UA_Client_connectUsername(client, \"opc.tcp://10.170.6.10:4840\", \"scada\", \"§V§\");\n"),
    ("vba_workbooks_open_fifth_argument", "lib", "Workbooks.Open path, , , , \"VALUE\"",
     "Set wb = Workbooks.Open(\"S:\\Weighbridge\\tonnage_2025.xlsx\", , True, , \"§V§\")\n"),
    ("vba_worksheet_unprotect_argument", "lib", "ActiveSheet.Unprotect \"VALUE\"",
     "Sheets(\"Rates\").Select\nActiveSheet.Unprotect \"§V§\"\nRange(\"C4\").Value = 14.85\n"),
    ("powershell_convertto_securestring_asplaintext", "lib", "ConvertTo-SecureString 'VALUE' -AsPlainText -Force",
     "PS> $ss = ConvertTo-SecureString '§V§' -AsPlainText -Force\nPS> $c = New-Object System.Management.Automation.PSCredential('QUARRY\\svc_weigh', $ss)\n"),
    ("weblogic_wlst_connect_second", "lib", "connect(user, 'VALUE', 't3://host:7001')",
     "wls:/offline> connect('weblogic', '§V§', 't3://10.170.8.50:7001')\n"),
    # ---------------------------------------------------------------- gui
    ("vboxmanage_controlvm_keyboardputstring", "gui", "VBoxManage controlvm vm keyboardputstring VALUE",
     "$ VBoxManage controlvm \"weighbridge-win10\" keyboardputstring §V§\n$ VBoxManage controlvm \"weighbridge-win10\" keyboardputscancode 1c 9c\n"),
    ("pyautogui_write_function", "gui", "pyautogui.write('VALUE', interval=0.05)",
     "pyautogui.click(412, 318)\npyautogui.write('§V§', interval=0.05)\npyautogui.press('enter')\n"),
    ("robotjs_typestring_call", "gui", "robot.typeString('VALUE')",
     "robot.moveMouse(412, 318);\nrobot.mouseClick();\nrobot.typeString('§V§');\nrobot.keyTap('enter');\n"),
    ("ydotool_type_argument", "gui", "ydotool type VALUE",
     "$ ydotool type §V§ && ydotool key 28:1 28:0\n"),
    ("hammerspoon_eventtap_call", "gui", "hs.eventtap.keyStrokes(\"VALUE\")",
     "hs.hotkey.bind({\"cmd\", \"alt\"}, \"W\", function()\n  hs.eventtap.keyStrokes(\"§V§\")\n  hs.eventtap.keyStroke({}, \"return\")\nend)\n"),
    ("power_automate_desktop_focus_type_action", "gui", "Keyboard.SendKeys.FocusAndSendKeys TextToSend: $'''VALUE'''",
     "UIAutomation.FocusWindow.FocusByInstanceOrHandle WindowInstance: WeighSyncWindow\nMouseAndKeyboard.SendKeys.FocusAndSendKeys TextToSend: $'''§V§{Enter}''' DelayBetweenKeystrokes: 10 SendTextAsHardwareKeys: False\n"),
    ("tmux_send_literal_to_pane", "gui", "tmux send-keys -t pane -l 'VALUE'",
     "$ tmux send-keys -t crusher:0.1 -l '§V§' && tmux send-keys -t crusher:0.1 Enter\n"),
    ("gnu_screen_stuff_command", "gui", "screen -S session -X stuff 'VALUE^M'",
     "$ screen -S indicator -X stuff '§V§^M'\n"),
    ("adb_shell_text_injection", "gui", "adb shell input text 'VALUE'",
     "$ adb -s R58M42XXXX shell input tap 540 1210\n$ adb -s R58M42XXXX shell input text '§V§'\n$ adb -s R58M42XXXX shell input keyevent 66\n"),
    ("uivision_macro_type_command", "gui", "{\"Command\": \"type\", \"Target\": \"id=f2\", \"Value\": \"VALUE\"}",
     "{\n  \"Name\": \"portal-login\",\n  \"Commands\": [\n    {\"Command\": \"open\", \"Target\": \"https://portal.benchface.example/\", \"Value\": \"\"},\n    {\"Command\": \"type\", \"Target\": \"id=f1\", \"Value\": \"quarrysync\"},\n    {\"Command\": \"type\", \"Target\": \"id=f2\", \"Value\": \"§V§\"},\n    {\"Command\": \"click\", \"Target\": \"id=go\", \"Value\": \"\"}\n  ]\n}\n"),
    ("imacros_tag_content_attribute", "gui", "TAG POS=1 TYPE=INPUT:TEXT ATTR=ID:f2 CONTENT=VALUE",
     "VERSION BUILD=1011 RECORDER=CR\nURL GOTO=https://portal.benchface.example/\nTAG POS=1 TYPE=INPUT:TEXT ATTR=ID:f1 CONTENT=quarrysync\nTAG POS=1 TYPE=INPUT:TEXT ATTR=ID:f2 CONTENT=§V§\nTAG POS=1 TYPE=BUTTON ATTR=ID:go\n"),
    ("userscript_dom_value_assignment", "gui", "document.querySelector('#f2').value = 'VALUE'",
     "// ==UserScript==\n// @name     portal autofill\n// @match    https://portal.benchface.example/*\n// ==/UserScript==\ndocument.querySelector('#f1').value = 'quarrysync';\ndocument.querySelector('#f2').value = '§V§';\n"),
    ("cliclick_t_colon_command", "gui", "cliclick c:x,y t:VALUE kp:return",
     "$ cliclick c:412,318 t:§V§ kp:return\n"),
    ("tagui_type_as_step", "gui", "type f2 as VALUE",
     "https://portal.benchface.example/\ntype f1 as quarrysync\ntype f2 as §V§\nclick go\n"),
    ("karate_driver_second_argument", "gui", "input('#f2', 'VALUE')",
     "* driver 'https://portal.benchface.example/'\n* input('#f1', 'quarrysync')\n* input('#f2', '§V§')\n* click('#go')\n"),
    ("codeceptjs_fillfield_second", "gui", "I.fillField('#f2', 'VALUE')",
     "Scenario('portal login', ({ I }) => {\n  I.amOnPage('/');\n  I.fillField('#f1', 'quarrysync');\n  I.fillField('#f2', '§V§');\n  I.click('#go');\n});\n"),
    ("webdriverio_addvalue_call", "gui", "await $('#f2').addValue('VALUE')",
     "await browser.url('https://portal.benchface.example/');\nawait $('#f1').addValue('quarrysync');\nawait $('#f2').addValue('§V§');\nawait $('#go').click();\n"),
    ("watir_text_field_set", "gui", "browser.text_field(id: 'f2').set 'VALUE'",
     "browser.goto 'https://portal.benchface.example/'\nbrowser.text_field(id: 'f1').set 'quarrysync'\nbrowser.text_field(id: 'f2').set '§V§'\nbrowser.button(id: 'go').click\n"),
    ("flutter_widgettester_entertext", "gui", "await tester.enterText(find.byKey(Key('f2')), 'VALUE')",
     "await tester.enterText(find.byKey(const Key('f1')), 'driver07');\nawait tester.enterText(find.byKey(const Key('f2')), '§V§');\nawait tester.tap(find.byKey(const Key('go')));\n"),
    ("react_native_fireevent_changetext", "gui", "fireEvent.changeText(getByTestId('f2'), 'VALUE')",
     "fireEvent.changeText(getByTestId('f1'), 'driver07');\nfireEvent.changeText(getByTestId('f2'), '§V§');\nfireEvent.press(getByTestId('go'));\n"),
    ("enzyme_simulate_change_event", "gui", "wrapper.find('#f2').simulate('change', {target: {value: 'VALUE'}})",
     "wrapper.find('#f1').simulate('change', { target: { value: 'driver07' } });\nwrapper.find('#f2').simulate('change', { target: { value: '§V§' } });\nwrapper.find('form').simulate('submit');\n"),
    ("nutjs_keyboard_type_call", "gui", "await keyboard.type(\"VALUE\")",
     "await mouse.setPosition(new Point(412, 318));\nawait mouse.leftClick();\nawait keyboard.type(\"§V§\");\nawait keyboard.pressKey(Key.Enter);\n"),
    # ---------------------------------------------------------------- file
    ("davfs2_mount_line_third_field", "file", "davfs2 credentials line: url user VALUE",
     "# /etc/davfs2/ on the survey workstation\nhttps://files.benchface.example/remote.php/dav/files/survey survey §V§\n"),
    ("strongswan_eap_line_quoted", "file", "user : EAP \"VALUE\"",
     "# /etc/ipsec.d/site-vpn\nweighbridge : EAP \"§V§\"\n"),
    ("rsyncd_auth_users_colon_pair", "file", "rsyncd user file: user:VALUE",
     "# rsync daemon user file for the [tickets] module\nticketsync:§V§\n"),
    ("hostapd_psk_file_second_field", "file", "hostapd key file: MAC VALUE",
     "# /etc/hostapd/weighbridge.keys (wpa_psk_file)\n00:00:00:00:00:00 §V§\n"),
    ("tinyproxy_conf_directive_third_word", "file", "BasicAuth user VALUE",
     "Port 8888\nListen 10.170.0.1\nAllow 10.170.0.0/16\nBasicAuth sitecams §V§\n"),
    ("asterisk_voicemail_mailbox_pin_field", "file", "mailbox => VALUE,name,email",
     "[weighbridge]\n2101 => §V§,Deck Office,deck.office@scarthwaite-quarry.example\n"),
    ("ppp_pap_peer_line_third_field", "file", "client server VALUE addresses",
     "# client        server  value                  IP addresses\n\"scw-4g\"        *       \"§V§\"        *\n"),
    ("scarthwaite_weighbridge_operator_tsv_fourth", "file", "invented operators.tsv: id name deck VALUE shift",
     "# operators.tsv on the weighbridge PC\n14\tTamsin Trethewey\t2\t§V§\tearly\n"),
    ("brackenrigg_tablet_roster_tilde_third", "file", "invented roster.dat: fleetno~driver~VALUE~depot",
     "# roster.dat (tablet sign-in)\nT07~EMCCRINDLE~§V§~SKIPTON\n"),
    # ---------------------------------------------------------------- sql
    ("teradata_bteq_logon_comma_pair", "sql", ".LOGON tdpid/user,VALUE",
     ".LOGON 10.170.8.60/haulage_etl,§V§\nSELECT COUNT(*) FROM haulage.loads;\n.LOGOFF\n"),
    ("orientdb_console_connect_fourth", "sql", "CONNECT remote:host/db user VALUE",
     "orientdb> CONNECT remote:10.170.8.70/quarry admin §V§\n"),
    ("cqlsh_login_statement_second", "sql", "LOGIN user 'VALUE'",
     "cqlsh> LOGIN telemetry '§V§';\ntelemetry@cqlsh> SELECT * FROM quarry.crusher_hours LIMIT 5;\n"),
    ("addlinkedsrvlogin_fifth_positional", "sql", "EXEC sp_addlinkedsrvlogin 'srv', 'false', NULL, 'user', 'VALUE'",
     "EXEC sp_addlinkedsrvlogin 'WEIGHBRIDGE', 'false', NULL, 'ticket_reader', '§V§';\n"),
    ("pgcrypto_pgp_sym_decrypt_second", "sql", "SELECT pgp_sym_decrypt(col, 'VALUE')",
     "SELECT ticket_no, pgp_sym_decrypt(driver_phone, '§V§') FROM loads WHERE load_day = current_date;\n"),
    ("openrowset_semicolon_third_part", "sql", "OPENROWSET('MSOLEDBSQL', 'host';'user';'VALUE', 'query')",
     "SELECT * FROM OPENROWSET('MSOLEDBSQL', '10.170.4.21';'ticket_reader';'§V§', 'SELECT TOP 10 * FROM WeighTickets.dbo.Tickets');\n"),
    # ---------------------------------------------------------------- proto
    ("zmtp_plain_hello_command_bytes", "proto", "ZMTP 3.0 PLAIN HELLO: 0x05 HELLO, user length, user, length, VALUE",
     None),
    ("teltonika_sms_command_second_word", "proto", "SMS to a tracker: login VALUE command",
     "To: +44 7700 9%05d (tipper T07 tracker)\nBody: tracker §V§ getgps\n"),
    ("http_form_body_second_field", "proto", "POST body f1=user&f2=VALUE",
     "POST /login HTTP/1.1\r\nHost: portal.benchface.example\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: %d\r\n\r\nf1=quarrysync&f2=§V§"),
    ("xmlrpc_wp_getusersblogs_second_param", "proto", "XML-RPC wp.getUsersBlogs(user, VALUE)",
     "POST /xmlrpc.php HTTP/1.1\r\nHost: shop.tregarrow-granite.example\r\nContent-Type: text/xml\r\n\r\n<?xml version=\"1.0\"?><methodCall><methodName>wp.getUsersBlogs</methodName><params><param><value><string>shopeditor</string></value></param><param><value><string>§V§</string></value></param></params></methodCall>"),
    ("assuan_pinentry_data_line", "proto", "pinentry Assuan: GETPIN ... D VALUE",
     "OK Pleased to meet you\nSETDESC Unlock the survey archive key\nOK\nGETPIN\nD §V§\nOK\n"),
    ("cdp_input_inserttext_message", "proto", "Chrome DevTools Protocol {\"method\": \"Input.insertText\", \"params\": {\"text\": VALUE}}",
     "{\"id\": 41, \"method\": \"Runtime.evaluate\", \"params\": {\"expression\": \"document.querySelector('#f2').focus()\"}}\n{\"id\": 42, \"method\": \"Input.insertText\", \"params\": {\"text\": \"§V§\"}}\n"),
    ("scarthwaite_indicator_serial_login_frame", "proto", "invented indicator frame: STX LG deck VALUE ETX",
     "TX> <STX>LG02 §V§<ETX>\nRX< <STX>OK LG02 ENGINEER<ETX>\n"),
]


def zmtp_text(value):
    user = b"lagoon"
    body = b"\x05HELLO" + bytes([len(user)]) + user + bytes([len(value)]) + value.encode()
    frame = b"\x04" + bytes([len(body)]) + body
    lit = repr(frame)
    return ("# ZMTP 3.0 PLAIN handshake, client -> 10.170.6.2:5556 (command frame as a Python bytes literal)\n%s\n" % lit)


def build(reg, seed=27003):
    rng = random.Random(seed)
    recs = []
    for name, where, desc, tmpl in SYNTAXES:
        minlen = 8 if name.startswith("hostapd") else 0

        def gen():
            return W.password(rng, strict=True, cap_p=0.3, minlen=minlen)

        value = reg.draw(gen)
        if name == "zmtp_plain_hello_command_bytes":
            text = zmtp_text(value)
        else:
            t = tmpl
            if "%05d" in t:
                t = t.replace("%05d", "%05d" % rng.randrange(10 ** 5))
            if "Content-Length: %d" in t:
                body = t.split("\r\n\r\n", 1)[1].replace(M, value)
                t = t.replace("Content-Length: %d", "Content-Length: %d" % len(body.encode()))
            assert t.count(M) == 1, name
            text = t.replace(M, value)
        start = text.index(value)
        assert text.count(value) == 1, name
        tname = PREFIX + name
        recs.append({"type": tname, "container": "%s__%s" % (name, WHERE[where]), "text": text,
                     "secrets": [{"value": value, "start": start, "end": start + len(value), "type": tname}],
                     "source": "password"})
    return recs
