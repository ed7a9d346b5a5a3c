"""Positional passwords of p276: the value is known only by its position."""
import json
import random

import common276 as C
import world276 as W

SEED = 27603
PREFIX = "rwpw_"
WHERE = {"cli": "wash_floor_terminal", "stdin": "studio_shell_pipe", "lib": "shedline_source_excerpt",
         "gui": "field_app_ui_script", "file": "studio_host_config_file", "sql": "archive_db_console",
         "proto": "studio_network_capture"}

# (syntax, where, short form, template, closest earlier relative or "")
S = [
    # ---------------------------------------------------------------- lib
    ("go_neo4j_basicauth_second", "lib", "neo4j.BasicAuth(user, VALUE, realm) (Go driver)",
     'driver, err := neo4j.NewDriverWithContext("neo4j://«IP»:7687",\n\tneo4j.BasicAuth("provenance", "«V»", ""))\nif err != nil {\n\tlog.Fatal(err)\n}\n', ""),
    ("python_ntlm_httpntlmauth_second", "lib", "HttpNtlmAuth(DOMAIN\\user, VALUE)",
     'import requests\nfrom requests_ntlm import HttpNtlmAuth\n\nr = requests.get("https://«H»/ews/exchange.asmx",\n                 auth=HttpNtlmAuth("PELLWORTH\\\\bookings", "«V»"))\n', "the earlier requests / aiohttp basic-auth calls"),
    ("python_jira_basic_auth_tuple_second", "lib", "JIRA(server, basic_auth=(user, VALUE))",
     'from jira import JIRA\n\njira = JIRA(server="https://jira.shedline.example", basic_auth=("«U»", "«V»"))\nissues = jira.search_issues("project = WASH")\n', ""),
    ("python_couchdb_server_url_userinfo", "lib", "couchdb.Server('http://user:VALUE@host:5984/')",
     'import couchdb\n\ncouch = couchdb.Server("http://admin:«V»@«IP»:5984/")\ndb = couch["condition_reports"]\n', "the earlier URL user-info forms"),
    ("python_elasticsearch_basic_auth_tuple_second", "lib", "Elasticsearch(url, basic_auth=(user, VALUE))",
     'from elasticsearch import Elasticsearch\n\nes = Elasticsearch("https://«IP»:9200", basic_auth=("elastic", "«V»"), verify_certs=False)\nprint(es.info())\n', ""),
    ("python_slixmpp_clientxmpp_second", "lib", "ClientXMPP(jid, VALUE)",
     'from slixmpp import ClientXMPP\n\nxmpp = ClientXMPP("washbot@«DOM»", "«V»")\nxmpp.connect()\nxmpp.process(forever=False)\n', ""),
    ("python_django_create_user_third", "lib", "User.objects.create_user(user, email, VALUE)",
     '>>> from django.contrib.auth.models import User\n>>> User.objects.create_user("vanbot", "vanbot@pellworth-rugcare.example", "«V»")\n<User: vanbot>\n', "the earlier Derby create-user call"),
    ("python_sqlalchemy_engine_url_userinfo", "lib", "create_engine('mssql+pyodbc://user:VALUE@host/db?driver=...')",
     'from sqlalchemy import create_engine\n\nengine = create_engine("mssql+pyodbc://ledger:«V»@«IP»/ledger?driver=ODBC+Driver+18+for+SQL+Server")\n', "the earlier URL user-info forms"),
    ("node_http_request_auth_option_colon", "lib", "http.request({ auth: 'user:VALUE' })",
     "const http = require('http');\n\nhttp.request({ host: '«IP»', port: 8080, path: '/status', auth: 'monitor:«V»' }, (res) => {\n  res.pipe(process.stdout);\n}).end();\n", ""),
    ("node_crypto_scryptsync_first", "lib", "crypto.scryptSync(VALUE, salt, keylen)",
     "const crypto = require('crypto');\n\nconst salt = Buffer.from('a3f1c09e', 'hex');\nconst key = crypto.scryptSync('«V»', salt, 32);\n", "the earlier PBKDF2 derivations"),
    ("node_sequelize_constructor_third", "lib", "new Sequelize(db, user, VALUE, options)",
     "const { Sequelize } = require('sequelize');\n\nconst sequelize = new Sequelize('bookings', 'bookings_app', '«V»', {\n  host: '«IP»',\n  dialect: 'mssql',\n});\n", ""),
    ("java_restassured_preemptive_basic_second", "lib", "given().auth().preemptive().basic(user, VALUE)",
     'given()\n    .auth().preemptive().basic("ci", "«V»")\n.when()\n    .get("https://«H»/api/jobs")\n.then()\n    .statusCode(200);\n', ""),
    ("java_spring_httpheaders_setbasicauth_second", "lib", "headers.setBasicAuth(user, VALUE) (Spring)",
     'HttpHeaders headers = new HttpHeaders();\nheaders.setBasicAuth("scheduler", "«V»");\nHttpEntity<Void> entity = new HttpEntity<>(headers);\n', ""),
    ("java_apache_ntcredentials_second", "lib", "new NTCredentials(user, VALUE.toCharArray(), workstation, domain)",
     'CredentialsProvider provider = CredentialsProviderBuilder.create()\n    .add(new AuthScope("«H»", 443),\n         new NTCredentials("bookings", "«V»".toCharArray(), "WS01", "PELLWORTH"))\n    .build();\n', ""),
    ("csharp_networkcredential_second", "lib", "new NetworkCredential(user, VALUE, domain)",
     'var handler = new HttpClientHandler\n{\n    Credentials = new NetworkCredential("scanner", "«V»", "PELLWORTH")\n};\n', "the earlier EWS WebCredentials"),
    ("csharp_x509certificate2_file_second", "lib", "new X509Certificate2(file, VALUE)",
     'var cert = new X509Certificate2("bridge.pfx", "«V»");\nhandler.ClientCertificates.Add(cert);\n', "the earlier certutil / pk12util PFX flags"),
    ("go_http_request_setbasicauth_second", "lib", "req.SetBasicAuth(user, VALUE)",
     'req, _ := http.NewRequest("GET", "http://«IP»:8086/ping", nil)\nreq.SetBasicAuth("telemetry", "«V»")\nresp, err := http.DefaultClient.Do(req)\n', ""),
    ("go_nats_userinfo_option_second", "lib", "nats.UserInfo(user, VALUE)",
     'nc, err := nats.Connect("nats://«IP»:4222", nats.UserInfo("vans", "«V»"))\nif err != nil {\n\tlog.Fatal(err)\n}\n', ""),
    ("rust_tiberius_authmethod_sql_server_second", "lib", "AuthMethod::sql_server(user, VALUE) (tiberius)",
     'let mut config = Config::new();\nconfig.host("«IP»");\nconfig.port(1433);\nconfig.authentication(AuthMethod::sql_server("ledger", "«V»"));\n', "the earlier SQL Server clients"),
    ("php_pdo_constructor_third", "lib", "new PDO(dsn, user, VALUE)",
     "<?php\n$db = new PDO('sqlsrv:Server=«IP»;Database=ledger', 'ledger_app', '«V»');\n$db->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);\n", ""),
    ("php_symfony_httpclient_auth_basic_array", "lib", "HttpClient::create(['auth_basic' => [user, VALUE]])",
     "<?php\nuse Symfony\\Component\\HttpClient\\HttpClient;\n\n$client = HttpClient::create(['auth_basic' => ['bookings', '«V»']]);\n$response = $client->request('GET', 'https://«H»/api/slots');\n", "the earlier Guzzle auth option"),
    ("php_wordpress_wp_create_user_second", "lib", "wp_create_user(user, VALUE, email)",
     "<?php\n$user_id = wp_create_user('shopdesk', '«V»', 'shop@tarrowmere.example');\n", ""),
    ("perl_dbi_connect_third", "lib", "DBI->connect(dsn, user, VALUE, attrs)",
     'use DBI;\nmy $dbh = DBI->connect("dbi:Sybase:server=LEDGER;database=ledger", "ledger_app", "«V»", { RaiseError => 1 });\n', ""),
    ("perl_telnet_module_login_second", "lib", "$t->login(user, VALUE) (Net::Telnet)",
     'use Net::Telnet;\nmy $t = Net::Telnet->new(Timeout => 10);\n$t->open("«IP2»");\n$t->login("admin", "«V»");\nmy @lines = $t->cmd("show status");\n', ""),
    ("lua_luasql_firebird_connect_third", "lib", "env:connect(source, user, VALUE) (LuaSQL)",
     'local driver = require "luasql.firebird"\nlocal env = driver.firebird()\nlocal con = env:connect("«IP»:/srv/fb/washlog.fdb", "reporter", "«V»")\n', ""),
    ("haskell_http_client_applybasicauth_second", "lib", "applyBasicAuth user VALUE req",
     'main = do\n  manager <- newManager tlsManagerSettings\n  req <- parseRequest "https://«H»/api/objects"\n  let req\' = applyBasicAuth "archive" "«V»" req\n  resp <- httpLbs req\' manager\n  print (responseStatus resp)\n', ""),
    ("dart_httpclientbasiccredentials_second", "lib", "HttpClientBasicCredentials(user, VALUE)",
     "final client = HttpClient();\nclient.addCredentials(Uri.parse('https://«H»/'), 'archive',\n    HttpClientBasicCredentials('reader', '«V»'));\n", ""),
    ("scala_sttp_auth_basic_second", "lib", "basicRequest.auth.basic(user, VALUE)",
     'val request = basicRequest\n  .auth.basic("archive", "«V»")\n  .get(uri"https://«H»/api/objects")\n', ""),
    ("clojure_clj_http_basic_auth_vector", "lib", "(client/get url {:basic-auth [user VALUE]})",
     '(require \'[clj-http.client :as client])\n\n(client/get "https://«H»/api/objects" {:basic-auth ["archive" "«V»"] :as :json})\n', ""),
    ("vba_winhttp_setcredentials_second", "lib", "http.SetCredentials user, VALUE, 0 (WinHttpRequest)",
     'Dim http As Object\nSet http = CreateObject("WinHttp.WinHttpRequest.5.1")\nhttp.Open "GET", "http://«IP»/reports/daily", False\nhttp.SetCredentials "ledger", "«V»", 0\nhttp.Send\n', "the earlier VBScript MSXML Open"),
    ("python_sqlite_backup_json_dump", "lib", "", None, ""),
    # ---------------------------------------------------------------- cli
    ("sap_hana_hdbsql_lower_p_after_lower_u", "cli", "hdbsql -n host:port -u user -p VALUE query",
     '$ hdbsql -n «IP»:30015 -u ARCHIVE_RO -p «V» "SELECT COUNT(*) FROM OBJECTS"\nCOUNT(*)\n4182\n1 row selected\n', ""),
    ("sqsh_capital_p_after_capital_u", "cli", "sqsh -S server -U user -P VALUE -D db",
     "$ sqsh -S LEDGER -U ledger_app -P «V» -D ledger\nsqsh-2.5.16.1 Copyright (C) 1995-2001 Scott C. Gray\n1> select count(*) from invoices\n2> go\n", "the earlier tsql and bcp -U / -P pairs"),
    ("unixodbc_isql_third_positional", "cli", "isql DSN user VALUE",
     "$ isql washlog reporter «V» -b < daily.sql\n+---------------------------------------+\n| Connected!                            |\n", ""),
    ("neo4j_cypher_shell_lower_p_after_lower_u", "cli", "cypher-shell -a uri -u user -p VALUE query",
     '$ cypher-shell -a neo4j://«IP»:7687 -u provenance -p «V» "MATCH (n:Object) RETURN count(n)"\ncount(n)\n9214\n', ""),
    ("etcdctl_user_colon_pair", "cli", "etcdctl --user user:VALUE get key",
     "$ etcdctl --endpoints=https://«IP»:2379 --user root:«V» get /routing/config --prefix\n/routing/config/depot\nleeds\n", "the earlier colon pairs"),
    ("couchbase_cli_lower_p_after_lower_u", "cli", "couchbase-cli command -c host -u user -p VALUE",
     "$ couchbase-cli server-info -c «IP» -u Administrator -p «V»\n{\n  \"clusterMembership\": \"active\"\n}\n", ""),
    ("wildfly_add_user_script_lower_p", "cli", "add-user.sh -u user -p VALUE -g group",
     "$ ./bin/add-user.sh -u scheduler -p «V» -g ops\nAdded user 'scheduler' to file '/opt/wildfly/standalone/configuration/mgmt-users.properties'\n", ""),
    ("ejabberdctl_register_third_positional", "cli", "ejabberdctl register user host VALUE",
     "$ sudo ejabberdctl register washbot «DOM» «V»\nUser washbot@«DOM» successfully registered\n", ""),
    ("prosodyctl_register_third_positional", "cli", "prosodyctl register user host VALUE",
     "$ sudo prosodyctl register vanbot «DOM» «V»\n$ sudo prosodyctl status\nProsody is running with PID 712\n", ""),
    ("transmission_remote_lower_n_colon_pair", "cli", "transmission-remote host:port -n user:VALUE -l",
     "$ transmission-remote «IP»:9091 -n archive:«V» -l\nID     Done       Have  ETA           Up    Down  Ratio  Status       Name\nSum:              None               0.0     0.0\n", "the earlier colon pairs"),
    ("deluge_console_connect_third_token", "cli", "deluge-console \"connect host:port user VALUE; info\"",
     '$ deluge-console "connect «IP»:58846 archive «V»; info"\n', ""),
    ("elasticsearch_users_useradd_lower_p", "cli", "elasticsearch-users useradd user -p VALUE -r role",
     "$ sudo /usr/share/elasticsearch/bin/elasticsearch-users useradd reporter -p «V» -r viewer\n", ""),
    ("upscmd_lower_p_after_lower_u", "cli", "upscmd -u user -p VALUE ups command",
     "$ upscmd -u upsadmin -p «V» rugstore@localhost beeper.disable\nOK\n", "the earlier NUT upsmon MONITOR line"),
    ("ncat_proxy_auth_colon_pair", "cli", "ncat --proxy host:port --proxy-type http --proxy-auth user:VALUE target port",
     "$ ncat --proxy «IP»:3128 --proxy-type http --proxy-auth vans:«V» «H» 443\n", "the earlier socat proxyauth pair"),
    ("openfortivpn_lower_p_after_lower_u", "cli", "openfortivpn host:port -u user -p VALUE",
     "$ sudo openfortivpn vpn.pellworth-rugcare.example:443 -u «U» -p «V»\nINFO:   Connected to gateway.\n", ""),
    ("xfreerdp_slash_p_colon_argument", "cli", "xfreerdp /v:host /u:user /p:VALUE",
     "$ xfreerdp /v:«IP» /u:loomstation /p:«V» /cert:ignore /dynamic-resolution\n", "the earlier Remmina RDP URL"),
    ("openssl_enc_lower_k_argument", "cli", "openssl enc -aes-256-cbc -k VALUE -in f -out f.enc",
     "$ openssl enc -aes-256-cbc -pbkdf2 -salt -k «V» -in handover.tar -out handover.tar.enc\n", ""),
    ("rclone_obscure_first_positional", "cli", "rclone obscure VALUE",
     "$ rclone obscure «V»\nQm9vbGVhbkZhbHNlX3NjcmFtYmxlZA\n", ""),
    ("windows_netcmd_user_add_second_positional", "cli", "net user NAME VALUE /add",
     "C:\\> net user scanbox «V» /add /comment:\"wash floor scanner\"\nThe command completed successfully.\n", ""),
    ("powershell_convertto_securestring_first", "cli", "ConvertTo-SecureString VALUE -AsPlainText -Force",
     "PS C:\\ops> $s = ConvertTo-SecureString «V» -AsPlainText -Force\nPS C:\\ops> $c = New-Object System.Management.Automation.PSCredential('PELLWORTH\\labelprinter', $s)\n", ""),
    ("tigergraph_gsql_lower_p_after_lower_u", "cli", "gsql -u user -p VALUE command",
     '$ gsql -u tigergraph -p «V» "ls"\n---- Global vertices, edges, and all graphs\n', ""),
    ("curl_lower_u_colon_pair", "cli", "curl -u user:VALUE url",
     "$ curl -s -u monitor:«V» http://«IP»:8080/status\n{\"fans\":\"stage2\",\"rh\":61}\n", "the earlier xh / hey colon pairs"),
    ("openwrt_uci_set_wireless_key_option", "cli", "uci set wireless.iface.key=VALUE",
     "root@rugstore-ap:~# uci set wireless.default_radio0.key=«V»\nroot@rugstore-ap:~# uci commit wireless && wifi reload\n", ""),
    ("netsh_hostednetwork_key_option", "cli", "netsh wlan set hostednetwork mode=allow ssid=NAME key=VALUE",
     "C:\\> netsh wlan set hostednetwork mode=allow ssid=RugStoreGuest key=«V»\nThe hosted network mode has been set to allow.\n", ""),
    ("routeros_security_profiles_shared_key_option", "cli", "/interface wireless security-profiles set [...] wpa2-pre-shared-key=VALUE",
     "[admin@RugStore] > /interface wireless security-profiles set [ find default=yes ] mode=dynamic-keys authentication-types=wpa2-psk wpa2-pre-shared-key=«V»\n", ""),
    ("mjpg_streamer_output_http_credential_colon", "cli", "mjpg_streamer -o \"output_http.so -c user:VALUE\"",
     '$ mjpg_streamer -i "input_uvc.so -r 1280x720" -o "output_http.so -p 8090 -c viewer:«V»"\n', "the earlier ttyd -c pair"),
    # ---------------------------------------------------------------- stdin
    ("sudo_capital_s_reads_pipe", "stdin", "echo VALUE | sudo -S command",
     "$ echo «V» | sudo -S systemctl restart washbridge\n", ""),
    ("restic_snapshots_reads_pipe", "stdin", "echo VALUE | restic -r repo snapshots",
     "$ echo -n «V» | restic -r /srv/backup/archive snapshots\nID        Time                 Host        Tags\n", ""),
    ("gocryptfs_mount_reads_pipe", "stdin", "echo VALUE | gocryptfs cipherdir mountpoint",
     "$ echo «V» | gocryptfs /srv/archive/.cipher /srv/archive/plain\nFilesystem mounted and ready.\n", "the earlier CryFS and VeraCrypt pipes"),
    ("cisco_vpn_cli_script_third_line", "stdin", "printf 'connect host\\nuser\\nVALUE\\ny\\n' | vpn -s",
     "$ printf 'connect vpn.pellworth-rugcare.example\\n«U»\\n«V»\\ny\\n' | /opt/cisco/secureclient/bin/vpn -s\n", ""),
    ("argon2_cli_reads_pipe", "stdin", "echo -n VALUE | argon2 salt -id",
     "$ echo -n «V» | argon2 washfloorsalt -id -t 3 -m 16 -p 2\nType:\t\tArgon2id\nIterations:\t3\n", ""),
    ("keyctl_padd_reads_pipe", "stdin", "echo -n VALUE | keyctl padd user NAME @u",
     "$ echo -n «V» | keyctl padd user archive-nas @u\n912344781\n", ""),
    ("systemd_creds_dash_reads_pipe", "stdin", "echo -n VALUE | systemd-creds encrypt --name=N - out",
     "$ echo -n «V» | sudo systemd-creds encrypt --name=archive - /etc/credstore.encrypted/archive\n", ""),
    ("fscrypt_unlock_reads_pipe", "stdin", "echo VALUE | fscrypt unlock dir --quiet",
     "$ echo «V» | fscrypt unlock /srv/archive/restricted --quiet\n", ""),
    # ---------------------------------------------------------------- gui
    ("puppeteer_page_type_second", "gui", "await page.type(selector, VALUE)",
     "await page.goto('https://«H»/login');\nawait page.type('#f1', 'deskstaff');\nawait page.type('#f2', '«V»');\nawait page.click('button[type=submit]');\n", "the earlier Playwright and WebdriverIO calls"),
    ("cypress_get_type_chain", "gui", "cy.get(selector).type(VALUE)",
     "it('logs in', () => {\n  cy.visit('/login');\n  cy.get('[data-test=staff]').type('deskstaff');\n  cy.get('[data-test=code]').type('«V»');\n  cy.contains('Sign in').click();\n});\n", ""),
    ("taiko_write_into_first", "gui", "write(VALUE, into(textBox(...)))",
     'await openBrowser();\nawait goto("https://«H»/login");\nawait write("deskstaff", into(textBox({id: "f1"})));\nawait write("«V»", into(textBox({id: "f2"})));\nawait click("Sign in");\n', ""),
    ("testing_library_userevent_type_second", "gui", "await userEvent.type(element, VALUE)",
     "test('staff login', async () => {\n  render(<LoginForm />);\n  await userEvent.type(screen.getByLabelText('Staff'), 'deskstaff');\n  await userEvent.type(screen.getByLabelText('Code'), '«V»');\n});\n", ""),
    ("selenium_ide_side_command_value_field", "gui", "Selenium IDE .side command {command: type, target, value: VALUE}",
     None, ""),
    ("katalon_webui_text_setter_second", "gui", "WebUI.setText(testObject, VALUE)",
     "WebUI.openBrowser('https://«H»/login')\nWebUI.setText(findTestObject('Page_Login/input_f1'), 'deskstaff')\nWebUI.setText(findTestObject('Page_Login/input_f2'), '«V»')\nWebUI.click(findTestObject('Page_Login/btn_signin'))\n", "the earlier TestComplete SetText"),
    ("uft_webedit_set_method", "gui", "Browser(..).Page(..).WebEdit(..).Set VALUE",
     'Browser("Portal").Page("Login").WebEdit("f1").Set "deskstaff"\nBrowser("Portal").Page("Login").WebEdit("f2").Set "«V»"\nBrowser("Portal").Page("Login").WebButton("Sign in").Click\n', ""),
    ("autoit_controlsettext_fourth", "gui", "ControlSetText(title, text, control, VALUE)",
     'WinWaitActive("Loom Login")\nControlSetText("Loom Login", "", "Edit1", "weaver")\nControlSetText("Loom Login", "", "Edit2", "«V»")\nControlClick("Loom Login", "", "Button1")\n', "the earlier AutoHotkey SendText"),
    ("uipath_typeinto_text_attribute", "gui", "<ui:TypeInto Text=\"VALUE\"> (UiPath XAML)",
     '<Sequence DisplayName="Log in to scale terminal">\n  <ui:TypeInto DisplayName="Type Into \'Operator\'" Text="dyer" />\n  <ui:TypeInto DisplayName="Type Into \'Code\'" Text="«V»" />\n  <ui:Click DisplayName="Click \'OK\'" />\n</Sequence>\n', ""),
    ("maestro_input_text_step", "gui", "- inputText: VALUE (Maestro flow)",
     'appId: example.pellworth.field\n---\n- launchApp\n- tapOn:\n    id: "staff"\n- inputText: "deskstaff"\n- tapOn:\n    id: "code"\n- inputText: "«V»"\n- tapOn: "Sign in"\n', ""),
    ("sahi_textbox_value_setter_second", "gui", "_setValue(_textbox(name), VALUE)",
     '_navigateTo("https://«H»/login");\n_setValue(_textbox("f1"), "deskstaff");\n_setValue(_textbox("f2"), "«V»");\n_click(_submit("Sign in"));\n', ""),
    ("imacros_tag_content_attribute", "gui", "TAG ... ATTR=NAME:f CONTENT=VALUE",
     "VERSION BUILD=1011 RECORDER=CR\nURL GOTO=https://«H»/login\nTAG POS=1 TYPE=INPUT:TEXT FORM=NAME:login ATTR=NAME:f1 CONTENT=deskstaff\nTAG POS=1 TYPE=INPUT:TEXT FORM=NAME:login ATTR=NAME:f2 CONTENT=«V»\nTAG POS=1 TYPE=BUTTON FORM=NAME:login ATTR=TXT:Sign<SP>in\n", ""),
    ("earlgrey_grey_type_action_argument", "gui", "performAction:grey_typeText(VALUE) (EarlGrey)",
     '[[EarlGrey selectElementWithMatcher:grey_accessibilityID(@"code")]\n    performAction:grey_typeText(@"«V»")];\n', "the earlier XCUITest typeText"),
    ("android_uiautomator_object2_text_setter", "gui", "device.findObject(By.res(id)).setText(VALUE)",
     'UiDevice device = UiDevice.getInstance(InstrumentationRegistry.getInstrumentation());\ndevice.findObject(By.res("example.pellworth.field:id/code")).setText("«V»");\n', "the earlier Espresso typeText"),
    ("xamarin_uitest_app_enter_second", "gui", "app.EnterText(query, VALUE)",
     'app.Tap(c => c.Marked("code"));\napp.EnterText(c => c.Marked("code"), "«V»");\napp.Tap(c => c.Marked("Sign in"));\n', ""),
    ("compose_ui_test_performtextinput", "gui", "onNodeWithTag(tag).performTextInput(VALUE)",
     'composeTestRule.onNodeWithTag("staff").performTextInput("deskstaff")\ncomposeTestRule.onNodeWithTag("code").performTextInput("«V»")\ncomposeTestRule.onNodeWithText("Sign in").performClick()\n', ""),
    ("kif_enter_into_accessibility_label", "gui", "[tester enterText:VALUE intoViewWithAccessibilityLabel:label]",
     '[tester enterText:@"deskstaff" intoViewWithAccessibilityLabel:@"Staff"];\n[tester enterText:@"«V»" intoViewWithAccessibilityLabel:@"Code"];\n[tester tapViewWithAccessibilityLabel:@"Sign in"];\n', ""),
    ("testfx_clickon_write_chain", "gui", "clickOn(query).write(VALUE) (TestFX)",
     'clickOn("#staff").write("deskstaff");\nclickOn("#code").write("«V»");\nclickOn("#signIn");\n', ""),
    ("assertj_swing_textbox_enter_call", "gui", "window.textBox(name).enterText(VALUE)",
     'window.textBox("staff").enterText("deskstaff");\nwindow.textBox("code").enterText("«V»");\nwindow.button("signIn").click();\n', ""),
    ("ferrum_node_focus_type", "gui", "browser.at_css(selector).focus.type(VALUE) (Ferrum)",
     'browser = Ferrum::Browser.new\nbrowser.go_to("https://«H»/login")\nbrowser.at_css("#f1").focus.type("deskstaff")\nbrowser.at_css("#f2").focus.type("«V»", :Enter)\n', ""),
    ("helium_write_into_first", "gui", "write(VALUE, into=label) (Helium)",
     "from helium import start_chrome, write, click\n\nstart_chrome('https://«H»/login')\nwrite('deskstaff', into='Staff')\nwrite('«V»', into='Code')\nclick('Sign in')\n", ""),
    # ---------------------------------------------------------------- file
    ("cups_printers_conf_deviceuri_userinfo", "file", "DeviceURI ipp://user:VALUE@host/... (CUPS printers.conf)",
     "<Printer rug-labels>\nUUID urn:uuid:«UUID»\nInfo Rug label printer\nDeviceURI ipp://labels:«V»@«IP2»/ipp/print\nState Idle\n</Printer>\n", "the earlier URL user-info forms"),
    ("lighttpd_plain_userfile_colon_field", "file", "user:VALUE line of the lighttpd plain userfile",
     '$ grep auth /etc/lighttpd/lighttpd.conf\nauth.backend = "plain"\nauth.backend.plain.userfile = "/etc/lighttpd/users"\n$ cat /etc/lighttpd/users\narchive:«V»\n', "the earlier saned.users and rsyncd colon fields"),
    ("busybox_httpd_conf_path_user_colon", "file", "/path:user:VALUE (BusyBox httpd.conf)",
     "$ cat /etc/httpd.conf\nA:*\n/cgi-bin:admin:«V»\n.cgi:/bin/sh\n", ""),
    ("tinyproxy_conf_basicauth_third_token", "file", "BasicAuth user VALUE (tinyproxy.conf)",
     "Port 8888\nListen «IP»\nTimeout 600\nBasicAuth vans «V»\nAllow 10.46.0.0/16\n", ""),
    ("cisco_ios_crypto_isakmp_key_second_token", "file", "crypto isakmp key VALUE address peer",
     "!\ncrypto isakmp policy 10\n encr aes 256\n authentication pre-share\n group 14\ncrypto isakmp key «V» address «IP» 255.255.255.255\n!\n", ""),
    ("curlrc_user_option_colon_pair", "file", "user = \"user:VALUE\" (~/.curlrc)",
     '# ~/.curlrc\nsilent\nshow-error\nuser = "monitor:«V»"\n', ""),
    ("apt_conf_proxy_url_userinfo", "file", "Acquire::http::Proxy \"http://user:VALUE@host:port/\";",
     '// /etc/apt/apt.conf.d/01proxy\nAcquire::http::Proxy "http://apt:«V»@«IP»:3142/";\n', "the earlier yum baseurl user-info"),
    ("squid_cache_peer_login_option", "file", "cache_peer host parent port 0 login=user:VALUE",
     "http_port 3128\ncache_peer upstream.pellworth-rugcare.example parent 3128 0 no-query default login=vans:«V»\nnever_direct allow all\n", ""),
    ("monit_httpd_allow_colon_pair", "file", "set httpd ... allow user:VALUE (monitrc)",
     "set daemon 60\nset httpd port 2812 and\n    use address «IP»\n    allow admin:«V»\ncheck process washbridge with pidfile /run/washbridge.pid\n", ""),
    ("polipo_authcredentials_colon_pair", "file", "authCredentials = \"user:VALUE\" (polipo config)",
     'proxyAddress = "0.0.0.0"\nproxyPort = 8123\nallowedClients = 127.0.0.1, 10.46.0.0/16\nauthCredentials = "vans:«V»"\n', ""),
    # ---------------------------------------------------------------- sql
    ("sqlcipher_pragma_key_quoted", "sql", "PRAGMA key = 'VALUE'; (SQLCipher)",
     "$ sqlcipher /srv/van-tablet/jobs.db\nsqlite> PRAGMA key = '«V»';\nok\nsqlite> select count(*) from jobs;\n412\n", ""),
    ("sqlcipher_attach_database_key_clause", "sql", "ATTACH DATABASE 'f' AS x KEY 'VALUE'; (SQLCipher)",
     "sqlite> ATTACH DATABASE 'jobs-2024.db' AS old KEY '«V»';\nsqlite> SELECT count(*) FROM old.jobs;\n3881\n", ""),
    ("sqlserver_openrowset_semicolon_third", "sql", "OPENROWSET('SQLOLEDB', 'server'; 'user'; 'VALUE', 'query')",
     "1> SELECT * FROM OPENROWSET('SQLOLEDB', '«IP»'; 'report_ro'; '«V»',\n2>   'SELECT TOP 10 * FROM ledger.dbo.invoices');\n3> GO\n", "the earlier SQL Server procedures"),
    ("exasol_create_connection_user_clause", "sql", "CREATE CONNECTION c TO 'url' USER 'u' IDENTIFIED BY 'VALUE';",
     "SQL_EXA> CREATE CONNECTION archive_src TO 'jdbc:sqlserver://«IP»:1433' USER 'archive_ro' IDENTIFIED BY '«V»';\nEXA: CREATE CONNECTION archive_src ...\nRows affected: 0\n", "the earlier ClickHouse IDENTIFIED BY"),
    ("sqlanywhere_grant_connect_clause", "sql", "GRANT CONNECT TO user IDENTIFIED BY 'VALUE'; (SQL Anywhere)",
     "(DBA)> GRANT CONNECT TO archive_ro IDENTIFIED BY '«V»';\nExecution time: 0.021 seconds\n", "the earlier ClickHouse IDENTIFIED BY"),
    ("sqlanywhere_create_externlogin_remote_clause", "sql", "CREATE EXTERNLOGIN u TO srv REMOTE LOGIN ru IDENTIFIED BY 'VALUE';",
     "(DBA)> CREATE EXTERNLOGIN dba TO ledgersrv REMOTE LOGIN ledger_app IDENTIFIED BY '«V»';\nExecution time: 0.034 seconds\n", "the earlier sp_addlinkedsrvlogin"),
    ("ase_addexternlogin_procedure_fourth", "sql", "exec sp_addexternlogin server, login, remote_login, 'VALUE'",
     "1> exec sp_addexternlogin LEDGERSRV, sa, ledger_app, '«V»'\n2> go\n", "the earlier sp_addlogin"),
    # ---------------------------------------------------------------- proto
    ("socks5_rfc1929_subnegotiation_second_string", "proto", "SOCKS5 username/VALUE subnegotiation (RFC 1929): 01 ulen user plen VALUE",
     None, "the earlier proxychains socks line"),
    ("teamspeak_serverquery_login_second_token", "proto", "login serveradmin VALUE (ServerQuery)",
     "$ nc «IP» 10011\nTS3\nWelcome to the TeamSpeak 3 ServerQuery interface.\nlogin serveradmin «V»\nerror id=0 msg=ok\nuse sid=1\nerror id=0 msg=ok\n", ""),
    ("wordpress_xmlrpc_getusersblogs_second_param", "proto", "XML-RPC wp.getUsersBlogs(user, VALUE) body",
     None, ""),
    ("odoo_jsonrpc_common_login_third_arg", "proto", "JSON-RPC common.login(db, user, VALUE) body",
     None, ""),
    ("deluge_web_auth_login_first_param", "proto", "JSON-RPC auth.login(VALUE) body (Deluge Web)",
     None, ""),
    ("aria2_jsonrpc_token_prefixed_first_param", "proto", "aria2 JSON-RPC params ['token:VALUE', ...]",
     None, ""),
    ("quectel_at_qmtconn_fourth_parameter", "proto", "AT+QMTCONN=id,\"client\",\"user\",\"VALUE\"",
     'AT+QMTOPEN=0,"«IP»",1883\r\nOK\r\n+QMTOPEN: 0,0\r\nAT+QMTCONN=0,"van07","vans","«V»"\r\nOK\r\n+QMTCONN: 0,0,0\r\n', "the earlier AT+QICSGP and AT+CGAUTH commands"),
    ("espressif_at_mqttusercfg_fifth", "proto", "AT+MQTTUSERCFG=0,1,\"client\",\"user\",\"VALUE\",0,0,\"\"",
     'AT+MQTTUSERCFG=0,1,"dryroom","dryroom","«V»",0,0,""\r\nOK\r\nAT+MQTTCONN=0,"«IP»",1883,1\r\nOK\r\n', "the earlier AT+CWJAP command"),
    ("huawei_at_authdata_fourth", "proto", "AT^AUTHDATA=cid,type,\"\",\"VALUE\",\"user\"",
     'AT^AUTHDATA=1,1,"","«V»","vans"\r\nOK\r\nAT^NDISDUP=1,1,"vans.apn.example"\r\nOK\r\n', "the earlier AT+CGAUTH command"),
    ("cdp_input_inserttext_param", "proto", "CDP {method: Input.insertText, params: {text: VALUE}}",
     None, "the earlier WebDriver wire call"),
    ("shelly_gen1_settings_sta_query_key", "proto", "GET /settings/sta?ssid=NAME&key=VALUE (Shelly Gen1)",
     "GET /settings/sta?enabled=1&ssid=RugStore&key=«V» HTTP/1.1\r\nHost: «IP2»\r\nUser-Agent: curl/8.5.0\r\n\r\nHTTP/1.1 200 OK\r\n", ""),
]
S = [s for s in S if s[0] != "python_sqlite_backup_json_dump"]
SYNTAXES = [s[0] for s in S]


def special(name, value, c, rng):
    if name == "selenium_ide_side_command_value_field":
        d = {"id": C.uuid4(rng), "version": "2.0", "name": "bookings login", "url": "https://" + c["«H»"],
             "tests": [{"id": C.uuid4(rng), "name": "staff login", "commands": [
                 {"id": C.uuid4(rng), "command": "open", "target": "/login", "value": ""},
                 {"id": C.uuid4(rng), "command": "type", "target": "id=f1", "value": "deskstaff"},
                 {"id": C.uuid4(rng), "command": "type", "target": "id=f2", "value": value},
                 {"id": C.uuid4(rng), "command": "click", "target": "css=button[type=submit]", "value": ""}]}]}
        return json.dumps(d, indent=2) + "\n"
    if name == "socks5_rfc1929_subnegotiation_second_string":
        user = "vans"
        return ("# client -> «IP»:1080, decoded with Python bytes repr\nC->S  b'\\x05\\x01\\x02'\nS->C  b'\\x05\\x02'\n"
                "C->S  b'\\x01\\x%02x%s\\x%02x%s'\nS->C  b'\\x01\\x00'\n") .replace("«IP»", c["«IP»"]) % (len(user), user, len(value), value)
    if name == "wordpress_xmlrpc_getusersblogs_second_param":
        return ("POST /xmlrpc.php HTTP/1.1\r\nHost: shop.tarrowmere.example\r\nContent-Type: text/xml\r\n\r\n"
                "<?xml version=\"1.0\"?>\n<methodCall><methodName>wp.getUsersBlogs</methodName><params>\n"
                "<param><value><string>shopdesk</string></value></param>\n<param><value><string>%s</string></value></param>\n"
                "</params></methodCall>\n") % value
    if name == "odoo_jsonrpc_common_login_third_arg":
        body = json.dumps({"jsonrpc": "2.0", "method": "call", "params": {"service": "common", "method": "login",
                                                                          "args": ["ledger", "ops@shedline.example", value]}, "id": 7})
        return "POST /jsonrpc HTTP/1.1\r\nHost: erp.shedline.example\r\nContent-Type: application/json\r\n\r\n" + body + "\n"
    if name == "deluge_web_auth_login_first_param":
        body = json.dumps({"method": "auth.login", "params": [value], "id": 1})
        return "POST /json HTTP/1.1\r\nHost: %s:8112\r\nContent-Type: application/json\r\n\r\n%s\n" % (c["«IP»"], body)
    if name == "aria2_jsonrpc_token_prefixed_first_param":
        body = json.dumps({"jsonrpc": "2.0", "id": "q1", "method": "aria2.tellActive", "params": ["token:" + value]})
        return "POST /jsonrpc HTTP/1.1\r\nHost: %s:6800\r\nContent-Type: application/json\r\n\r\n%s\n" % (c["«IP»"], body)
    if name == "cdp_input_inserttext_param":
        a = json.dumps({"id": 40, "method": "DOM.focus", "params": {"nodeId": 87}})
        b = json.dumps({"id": 41, "method": "Input.insertText", "params": {"text": value}})
        return "# websocket frames sent to ws://127.0.0.1:9222/devtools/page/7F3A\n> %s\n> %s\n< {\"id\":41,\"result\":{}}\n" % (a, b)
    raise ValueError(name)


def build(registry):
    rng = random.Random(SEED)
    out = []
    for name, where, form, tpl, rel in S:
        for _ in range(100):
            c = W.ctx(rng)
            c["«UUID»"] = C.uuid4(rng)
            value = C.password(rng, C.STRICT_JOINERS, 0.3)
            if not registry.ok(value):
                continue
            text = special(name, value, c, rng) if tpl is None else W.fill(tpl, c).replace("«V»", value)
            if C.HINT_RE.search(text) or text.count(value) != 1:
                continue
            if [m for m in C.PW_FORM_ANY.finditer(text) if m.group(0) != value]:
                continue
            registry.add(value)
            break
        else:
            raise RuntimeError("positional: no clean text for " + name)
        s = text.index(value)
        t = PREFIX + name
        out.append({"type": t, "container": name + "__" + WHERE[where], "text": text,
                    "secrets": [{"value": value, "start": s, "end": s + len(value), "type": t}], "source": "password"})
    return out
