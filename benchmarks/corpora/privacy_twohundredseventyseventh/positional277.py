"""Positional passwords: one record per syntax; the value is known only by its position.

Placeholders in templates: «u» user, «U» upper-case user, «ip» private address, «email»,
«n» the value's length, and the marker \\x00 for the value.
"""
import random

import common277 as C
import world277 as W

M = '\x00'
PREFIX = 'hkpw_'

WHERE = {
    'cli': 'bineweed_ops_shell',
    'stdin': 'kiln_gateway_pipe_line',
    'lib': 'bineweed_source_excerpt',
    'gui': 'bineweed_ui_test_script',
    'file': 'oast_host_config_file',
    'sql': 'maltings_db_console',
    'proto': 'picking_shed_wire_capture',
}

# name, where, display of the syntax, template
SYNTAXES = [
    # ------------------------------------------------------------------ cli
    ('rclone_obscure_first_positional', 'cli', 'rclone obscure VALUE', "$ rclone obscure '\x00'\n"),
    ('azure_cli_login_lower_p_after_lower_u', 'cli', 'az login -u user -p VALUE', "$ az login -u «email» -p '\x00' --allow-no-subscriptions\n"),
    ('ncat_proxy_auth_colon_pair', 'cli', 'ncat --proxy host:port --proxy-auth user:VALUE host port', "$ ncat --proxy «ip»:3128 --proxy-type http --proxy-auth «u»:\x00 trace.bineweed.example 443\n"),
    ('proxytunnel_capital_p_colon_pair', 'cli', 'proxytunnel -p proxy -P user:VALUE -d dest', "$ proxytunnel -p «ip»:3128 -P «u»:\x00 -d git.bineweed.example:443 -a 7000\n"),
    ('hey_load_lower_a_colon_pair', 'cli', 'hey -n N -c C -a user:VALUE url', "$ hey -n 500 -c 20 -a «u»:\x00 https://trace.bineweed.example/api/lots\n"),
    ('xfreerdp_slash_p_after_slash_u', 'cli', 'xfreerdp /v:host /u:user /p:VALUE', "$ xfreerdp /v:«ip» /u:«u» /p:\x00 /cert:ignore /size:1600x900\n"),
    ('rdesktop_lower_p_after_lower_u', 'cli', 'rdesktop -u user -p VALUE host', "$ rdesktop -u «u» -p \x00 -g 1280x800 «ip»\n"),
    ('mpv_rtsp_url_userinfo', 'cli', 'mpv rtsp://user:VALUE@host/path', "$ mpv 'rtsp://«u»:\x00@«ip»:554/Streaming/Channels/101'\n"),
    ('racadm_lower_p_after_lower_u', 'cli', 'racadm -r host -u user -p VALUE command', "$ racadm -r «ip» -u root -p '\x00' getsysinfo\n"),
    ('sap_hana_hdbsql_lower_p_after_lower_u', 'cli', 'hdbsql -n host:port -u user -p VALUE query', "$ hdbsql -n «ip»:30015 -u SYSTEM -p '\x00' \"SELECT COUNT(*) FROM KILN.BURNS\"\n"),
    ('cassandra_cqlsh_lower_p_after_lower_u', 'cli', 'cqlsh host port -u user -p VALUE', "$ cqlsh «ip» 9042 -u «u» -p '\x00' -e \"SELECT * FROM telemetry.kiln_temps LIMIT 5\"\n"),
    ('neo4j_cypher_shell_lower_p_after_lower_u', 'cli', 'cypher-shell -a uri -u user -p VALUE query', "$ cypher-shell -a neo4j://«ip»:7687 -u neo4j -p '\x00' \"MATCH (l:Lot) RETURN count(l)\"\n"),
    ('exasol_exaplus_lower_p_after_lower_u', 'cli', 'exaplus -c host:port -u user -p VALUE -sql query', "$ exaplus -c «ip»:8563 -u sys -p '\x00' -sql \"SELECT 1;\"\n"),
    ('etcdctl_user_flag_colon_pair', 'cli', 'etcdctl --user user:VALUE get key', "$ etcdctl --endpoints=https://«ip»:2379 --user root:\x00 get /kiln/curve\n"),
    ('openshift_oc_login_lower_p', 'cli', 'oc login api -u user -p VALUE', "$ oc login https://api.okd.bineweed.example:6443 -u «u» -p '\x00'\n"),
    ('ibmcloud_login_lower_p_after_lower_u', 'cli', 'ibmcloud login -a api -u user -p VALUE -r region', "$ ibmcloud login -a https://cloud.ibm.com -u «email» -p '\x00' -r eu-gb\n"),
    ('sysinternals_psexec_lower_p_after_lower_u', 'cli', 'psexec \\\\host -u dom\\user -p VALUE cmd', "C:\\> psexec \\\\«ip» -u WB\\«u» -p \x00 -h cmd /c \"sc query WeighbridgeSvc\"\n"),
    ('netsh_wlan_hostednetwork_key_equals', 'cli', 'netsh wlan set hostednetwork ssid=X key=VALUE', "C:\\> netsh wlan set hostednetwork mode=allow ssid=PressHotspot key=\x00\n"),
    ('ejabberdctl_register_third_positional', 'cli', 'ejabberdctl register user host VALUE', "$ ejabberdctl register «u» chat.bineweed.example '\x00'\n"),
    ('mqttx_cli_capital_p_after_lower_u', 'cli', 'mqttx pub -h host -u user -P VALUE -t topic -m msg', "$ mqttx pub -h «ip» -p 1883 -u «u» -P '\x00' -t kiln/2/stage -m 3\n"),
    ('ccrypt_capital_k_option', 'cli', 'ccrypt -e -K VALUE file', "$ ccrypt -e -K '\x00' kiln-curves-2024.csv\n"),
    ('aescrypt_lower_p_option', 'cli', 'aescrypt -e -p VALUE file', "$ aescrypt -e -p '\x00' weighbridge-tickets.xlsx\n"),
    ('qpdf_encrypt_first_positional', 'cli', "qpdf --encrypt VALUE '' 256 -- in out", "$ qpdf --encrypt '\x00' '' 256 -- pellet-coa.pdf pellet-coa-locked.pdf\n"),
    ('dislocker_lower_u_attached', 'cli', 'dislocker -V dev -uVALUE -- mountpoint', "$ sudo dislocker -V /dev/sdb1 -u\x00 -- /mnt/bitlocker\n"),
    ('coturn_turnadmin_lower_p_after_lower_r', 'cli', 'turnadmin -a -u user -r realm -p VALUE', "$ turnadmin -a -u «u» -r turn.bineweed.example -p '\x00'\n"),
    ('osql_capital_p_after_capital_u', 'cli', 'osql -S host -U user -P VALUE -Q query', "C:\\> osql -S «ip» -U «u» -P \x00 -Q \"SELECT TOP 5 * FROM Tickets\"\n"),
    ('hive_beeline_lower_p_after_lower_n', 'cli', 'beeline -u jdbc-url -n user -p VALUE', "$ beeline -u jdbc:hive2://«ip»:10000/default -n «u» -p '\x00' -e \"SHOW TABLES\"\n"),
    ('usql_dsn_url_userinfo', 'cli', 'usql sqlserver://user:VALUE@host/db', "$ usql 'sqlserver://«u»:\x00@«ip»/weighbridge'\n"),
    ('transmission_remote_lower_n_colon_pair', 'cli', 'transmission-remote host:port -n user:VALUE -l', "$ transmission-remote «ip»:9091 -n «u»:\x00 -l\n"),
    ('mjpg_streamer_output_http_lower_c_colon_pair', 'cli', 'mjpg_streamer -o "output_http.so -c user:VALUE"', "$ mjpg_streamer -i \"input_uvc.so -r 1280x720\" -o \"output_http.so -w ./www -p 8080 -c «u»:\x00\"\n"),
    ('bitsadmin_setcredentials_last_positional', 'cli', 'bitsadmin /setcredentials job SERVER BASIC user VALUE', "C:\\> bitsadmin /setcredentials KilnCurveSync SERVER BASIC «u» \x00\n"),
    # ------------------------------------------------------------------ stdin
    ('gocryptfs_reads_pipe', 'stdin', 'echo VALUE | gocryptfs cipherdir mountpoint', "$ echo '\x00' | gocryptfs -q /srv/kiln-archive.enc /mnt/kiln-archive\n"),
    ('sudo_capital_s_reads_pipe', 'stdin', 'echo VALUE | sudo -S command', "$ echo '\x00' | sudo -S systemctl restart kiln-bridge\n"),
    ('python_keyring_cli_set_reads_pipe', 'stdin', 'echo VALUE | keyring set service user', "$ echo '\x00' | keyring set weighbridge-console «u»\n"),
    ('ruby_open3_capture2_stdin_data', 'stdin', 'Open3.capture2(cmd, stdin_data: "VALUE\\n")', "out, st = Open3.capture2('hop-vault', 'unlock', stdin_data: \"\x00\\n\")\n"),
    ('go_exec_cmd_stdin_strings_reader', 'stdin', 'cmd.Stdin = strings.NewReader("VALUE\\n")', "cmd := exec.Command(\"kiln-unlock\", \"--site\", \"brackenden\")\ncmd.Stdin = strings.NewReader(\"\x00\\n\")\nout, err := cmd.Output()\n"),
    ('java_processbuilder_outputstream_bytes', 'stdin', 'p.getOutputStream().write("VALUE\\n".getBytes())', "Process p = new ProcessBuilder(\"kiln-unlock\").start();\np.getOutputStream().write(\"\x00\\n\".getBytes());\np.getOutputStream().flush();\n"),
    ('rust_child_stdin_take_bytes', 'stdin', 'child.stdin.take().unwrap().write_all(b"VALUE\\n")', "let mut child = Command::new(\"kiln-unlock\").stdin(Stdio::piped()).spawn()?;\nchild.stdin.take().unwrap().write_all(b\"\x00\\n\")?;\n"),
    ('perl_open_pipe_print_line', 'stdin', "open($fh, '|-', cmd); print $fh \"VALUE\\n\"", "open(my $fh, '|-', 'kiln-unlock --site brackenden') or die;\nprint $fh \"\x00\\n\";\nclose($fh);\n"),
    ('php_proc_open_fwrite_pipe', 'stdin', 'proc_open(cmd, ...); fwrite($pipes[0], "VALUE\\n")', "$p = proc_open('kiln-unlock', [0 => ['pipe', 'r'], 1 => ['pipe', 'w']], $pipes);\nfwrite($pipes[0], \"\x00\\n\");\nfclose($pipes[0]);\n"),
    # ------------------------------------------------------------------ lib
    ('python_hdbcli_dbapi_connect_fourth', 'lib', 'dbapi.connect(address, port, user, VALUE)', "from hdbcli import dbapi\nconn = dbapi.connect('«ip»', 30015, '«U»', '\x00')\n"),
    ('python_cassandra_plaintextauthprovider_second', 'lib', 'PlainTextAuthProvider(user, VALUE)', "auth = PlainTextAuthProvider('«u»', '\x00')\ncluster = Cluster(['«ip»'], auth_provider=auth)\n"),
    ('python_neo4j_graphdatabase_auth_tuple', 'lib', 'GraphDatabase.driver(uri, auth=(user, VALUE))', "driver = GraphDatabase.driver('neo4j://«ip»:7687', auth=('neo4j', '\x00'))\n"),
    ('python_couchdb_server_url_userinfo', 'lib', "couchdb.Server('http://user:VALUE@host:5984/')", "couch = couchdb.Server('http://«u»:\x00@«ip»:5984/')\n"),
    ('python_elasticsearch_basic_auth_tuple', 'lib', 'Elasticsearch(url, basic_auth=(user, VALUE))', "es = Elasticsearch('https://«ip»:9200', basic_auth=('elastic', '\x00'), verify_certs=False)\n"),
    ('python_stomp_connection_connect_second', 'lib', 'conn.connect(user, VALUE, wait=True) (stomp.py)', "conn = stomp.Connection([('«ip»', 61613)])\nconn.connect('«u»', '\x00', wait=True)\n"),
    ('python_pyzabbix_login_second', 'lib', 'ZabbixAPI(url).login(user, VALUE)', "zapi = ZabbixAPI('https://zabbix.bineweed.example')\nzapi.login('«u»', '\x00')\n"),
    ('python_pymupdf_document_authenticate_first', 'lib', 'doc.authenticate(VALUE) (PyMuPDF)', "doc = fitz.open('pellet-coa-locked.pdf')\ndoc.authenticate('\x00')\n"),
    ('python_pyaescrypt_encryptfile_third', 'lib', 'pyAesCrypt.encryptFile(src, dst, VALUE)', "pyAesCrypt.encryptFile('tickets.csv', 'tickets.csv.aes', '\x00')\n"),
    ('python_instaloader_login_second', 'lib', 'L.login(user, VALUE) (instaloader)', "L = instaloader.Instaloader()\nL.login('brackendenhops', '\x00')\n"),
    ('python_sqlalchemy_create_engine_url_userinfo', 'lib', "create_engine('firebird+fdb://user:VALUE@host/db')", "engine = create_engine('firebird+fdb://«u»:\x00@«ip»:3050//data/hops.fdb')\n"),
    ('node_neo4j_auth_basic_second', 'lib', 'neo4j.auth.basic(user, VALUE)', "const driver = neo4j.driver('neo4j://«ip»', neo4j.auth.basic('neo4j', '\x00'))\n"),
    ('node_crypto_scryptsync_first', 'lib', 'crypto.scryptSync(VALUE, salt, 32)', "const key = crypto.scryptSync('\x00', salt, 32)\n"),
    ('java_cqlsession_withauthcredentials_second', 'lib', 'CqlSession.builder().withAuthCredentials(user, VALUE)', "CqlSession session = CqlSession.builder().addContactPoint(new InetSocketAddress(\"«ip»\", 9042)).withAuthCredentials(\"«u»\", \"\x00\").withLocalDatacenter(\"dc1\").build();\n"),
    ('java_keystore_load_char_array_second', 'lib', 'ks.load(stream, "VALUE".toCharArray())', "KeyStore ks = KeyStore.getInstance(\"JKS\");\nks.load(new FileInputStream(\"kiln-bridge.jks\"), \"\x00\".toCharArray());\n"),
    ('java_restassured_preemptive_basic_second', 'lib', 'given().auth().preemptive().basic(user, VALUE)', "given().auth().preemptive().basic(\"«u»\", \"\x00\").when().get(\"/api/lots\").then().statusCode(200);\n"),
    ('java_jmx_credentials_string_array_second', 'lib', 'env.put(JMXConnector.CREDENTIALS, new String[] {user, VALUE})', "Map<String, Object> env = new HashMap<>();\nenv.put(JMXConnector.CREDENTIALS, new String[] {\"«u»\", \"\x00\"});\n"),
    ('kotlin_fuel_authentication_basic_second', 'lib', 'Fuel.get(url).authentication().basic(user, VALUE)', "val (_, _, result) = Fuel.get(\"https://«ip»/api/curve\").authentication().basic(\"«u»\", \"\x00\").responseString()\n"),
    ('scala_sttp_auth_basic_second', 'lib', 'basicRequest.auth.basic(user, VALUE)', "val req = basicRequest.auth.basic(\"«u»\", \"\x00\").get(uri\"https://«ip»/api/lots\")\n"),
    ('csharp_networkcredential_second', 'lib', 'new NetworkCredential(user, VALUE, domain)', "var cred = new NetworkCredential(\"«u»\", \"\x00\", \"WYEBROOK\");\n"),
    ('csharp_flurl_withbasicauth_second', 'lib', 'url.WithBasicAuth(user, VALUE)', "var lots = await \"https://«ip»/api/lots\".WithBasicAuth(\"«u»\", \"\x00\").GetJsonAsync<Lot[]>();\n"),
    ('csharp_authenticationheadervalue_interpolated_colon', 'lib', 'AuthenticationHeaderValue("Basic", Base64($"user:VALUE"))', "client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Basic\", Convert.ToBase64String(Encoding.UTF8.GetBytes($\"«u»:\x00\")));\n"),
    ('rust_scylla_sessionbuilder_user_second', 'lib', 'SessionBuilder::new().user(user, VALUE)', "let session = SessionBuilder::new().known_node(\"«ip»:9042\").user(\"«u»\", \"\x00\").build().await?;\n"),
    ('ruby_restclient_resource_third', 'lib', 'RestClient::Resource.new(url, user, VALUE)', "res = RestClient::Resource.new('https://«ip»/api/lots', '«u»', '\x00')\n"),
    ('php_pdo_constructor_third', 'lib', 'new PDO(dsn, user, VALUE)', "$db = new PDO('firebird:dbname=«ip»:/data/hops.fdb', '«U»', '\x00');\n"),
    ('php_symfony_http_client_auth_basic_array', 'lib', "$client->request(m, url, ['auth_basic' => [user, VALUE]])", "$response = $client->request('GET', 'https://«ip»/api/lots', ['auth_basic' => ['«u»', '\x00']]);\n"),
    ('perl_lwp_useragent_credentials_fourth', 'lib', '$ua->credentials(netloc, realm, user, VALUE)', "my $ua = LWP::UserAgent->new;\n$ua->credentials('«ip»:443', 'Kiln API', '«u»', '\x00');\n"),
    ('perl_net_telnet_login_second', 'lib', '$t->login(user, VALUE) (Net::Telnet)', "my $t = Net::Telnet->new(Host => '«ip»');\n$t->login('«u»', '\x00');\n"),
    ('lua_luasql_env_connect_third', 'lib', 'env:connect(source, user, VALUE) (LuaSQL)', "local env = luasql.firebird()\nlocal con = env:connect('«ip»:/data/hops.fdb', '«U»', '\x00')\n"),
    ('r_keyring_key_set_with_value_third', 'lib', 'keyring::key_set_with_value(service, user, VALUE)', "keyring::key_set_with_value(\"weighbridge-console\", \"«u»\", \"\x00\")\n"),
    ('julia_http_request_url_userinfo', 'lib', 'HTTP.request("GET", "https://user:VALUE@host/")', "r = HTTP.request(\"GET\", \"https://«u»:\x00@«ip»/api/lots\")\n"),
    ('dart_base64encode_utf8_colon_pair', 'lib', "base64Encode(utf8.encode('user:VALUE'))", "final auth = 'Basic ' + base64Encode(utf8.encode('«u»:\x00'));\n"),
    ('convertto_securestring_asplaintext_first', 'lib', 'ConvertTo-SecureString VALUE -AsPlainText -Force', "PS> $sec = ConvertTo-SecureString '\x00' -AsPlainText -Force\n"),
    ('vba_workbooks_open_fifth_argument', 'lib', 'Workbooks.Open(path, , , , VALUE)', "Set wb = Workbooks.Open(\"C:\\Kiln\\curves-2024.xlsx\", , , , \"\x00\")\n"),
    ('autoit_runas_third_argument', 'lib', 'RunAs(user, domain, VALUE, flag, program)', "RunAs(\"«u»\", \"WYEBROOK\", \"\x00\", 0, \"C:\\Weighbridge\\wb.exe\")\n"),
    ('webrtc_iceserver_credential_field', 'lib', "iceServers: [{urls, username, credential: VALUE}]", "const pc = new RTCPeerConnection({ iceServers: [{ urls: 'turn:turn.bineweed.example:3478', username: '«u»', credential: '\x00' }] });\n"),
    ('c_sqlcipher_sqlite3_key_second', 'lib', 'sqlite3_key(db, "VALUE", n)', "sqlite3_open(\"press-ledger.db\", &db);\nsqlite3_key(db, \"\x00\", «n»);\n"),
    ('clojure_clj_http_basic_auth_vector', 'lib', '(client/get url {:basic-auth [user VALUE]})', "(client/get \"https://«ip»/api/lots\" {:basic-auth [\"«u»\" \"\x00\"]})\n"),
    # ------------------------------------------------------------------ gui
    ('earlgrey_grey_action_on_accessibility_id', 'gui', 'performAction:grey_typeText(@"VALUE") (EarlGrey)', "[[EarlGrey selectElementWithMatcher:grey_accessibilityID(@\"f2\")] performAction:grey_typeText(@\"\x00\")];\n"),
    ('kif_tester_entertext_into_view', 'gui', '[tester enterText:@"VALUE" intoViewWithAccessibilityLabel:@"f2"]', "[tester enterText:@\"\x00\" intoViewWithAccessibilityLabel:@\"f2\"];\n"),
    ('robotium_solo_entertext_second', 'gui', 'solo.enterText(view, VALUE)', "solo.enterText((EditText) solo.getView(R.id.f2), \"\x00\");\n"),
    ('calabash_enter_text_query_second', 'gui', 'enter_text(query, VALUE)', "enter_text(\"* id:'f2'\", \"\x00\")\n"),
    ('compose_ui_test_performtextinput', 'gui', 'onNodeWithTag("f2").performTextInput(VALUE)', "composeTestRule.onNodeWithTag(\"f2\").performTextInput(\"\x00\")\n"),
    ('assertj_swing_textbox_entertext', 'gui', 'window.textBox("f2").enterText(VALUE)', "window.textBox(\"f2\").enterText(\"\x00\");\n"),
    ('qt_qtest_keyclicks_second', 'gui', 'QTest::keyClicks(widget, VALUE)', "QTest::keyClicks(ui->f2, \"\x00\");\n"),
    ('uft_webedit_set_argument', 'gui', 'Browser().Page().WebEdit("f2").Set VALUE', "Browser(\"Kiln\").Page(\"Login\").WebEdit(\"f2\").Set \"\x00\"\n"),
    ('ranorex_presskeys_call', 'gui', 'repo.App.F2.PressKeys(VALUE)', "repo.KilnApp.F2.PressKeys(\"\x00\");\n"),
    ('testcomplete_keys_method', 'gui', 'Aliases...textboxF2.Keys(VALUE)', "Aliases.browser.pageLogin.textboxF2.Keys(\"\x00\");\n"),
    ('taiko_into_textbox_value', 'gui', "write(VALUE, into(textBox({id: 'f2'})))", "await write('\x00', into(textBox({id: 'f2'})));\n"),
    ('imacros_tag_content_attribute', 'gui', 'TAG POS=1 TYPE=INPUT:TEXT ATTR=ID:f2 CONTENT=VALUE', "TAG POS=1 TYPE=INPUT:TEXT FORM=ID:login ATTR=ID:f2 CONTENT=\x00\n"),
    ('uipath_typeinto_text_attribute', 'gui', '<ui:TypeInto Text="VALUE">', "<ui:TypeInto DisplayName=\"Type Into 'f2'\" Text=\"\x00\">\n  <ui:TypeInto.Target>\n    <ui:Target Selector=\"&lt;webctrl id='f2' /&gt;\" />\n  </ui:TypeInto.Target>\n</ui:TypeInto>\n"),
    ('autoit_controlsettext_fourth', 'gui', 'ControlSetText(title, text, control, VALUE)', "ControlSetText(\"Kiln Login\", \"\", \"Edit2\", \"\x00\")\n"),
    ('winrunner_tsl_edit_set_second', 'gui', 'edit_set("f2", VALUE) (WinRunner TSL)', "set_window(\"Weighbridge Login\", 5);\nedit_set(\"f2\", \"\x00\");\n"),
    # ------------------------------------------------------------------ file
    ('activemq_artemis_users_file_value_after_equals', 'file', 'artemis-users file: user = VALUE', "## etc/artemis-users (ActiveMQ Artemis)\n«u» = \x00\n"),
    ('tinyproxy_conf_basic_directive_third_field', 'file', 'tinyproxy.conf: BasicAuth user VALUE', "Port 8888\nListen «ip»\nTimeout 600\nBasicAuth «u» \x00\nAllow 10.148.0.0/16\n"),
    ('lighttpd_plain_userfile_colon_pair', 'file', 'lighttpd plain user file: user:VALUE', "# /etc/lighttpd/kiln.user (auth.backend = \"plain\")\n«u»:\x00\n"),
    ('monit_httpd_allow_colon_pair', 'file', 'monitrc: set httpd ... allow user:VALUE', "set httpd port 2812 and\n    use address «ip»\n    allow «u»:\x00\n"),
    ('cups_printers_conf_deviceuri_userinfo', 'file', 'printers.conf: DeviceURI ipps://user:VALUE@host/...', "<Printer PressLabels>\nInfo Pocket label printer\nDeviceURI ipps://«u»:\x00@«ip»:631/ipp/print\nState Idle\n</Printer>\n"),
    ('pip_conf_index_url_userinfo', 'file', 'pip.conf: index-url = https://user:VALUE@host/simple/', "[global]\nindex-url = https://«u»:\x00@pypi.bineweed.example/simple/\ntimeout = 30\n"),
    ('apt_sources_list_deb_userinfo', 'file', 'sources.list: deb https://user:VALUE@host/debian suite main', "deb https://«u»:\x00@apt.bineweed.example/debian bookworm main\n"),
    ('openwrt_uci_wireless_key_option', 'file', "/etc/config/wireless: option key 'VALUE'", "config wifi-iface 'press_ap'\n\toption device 'radio0'\n\toption mode 'ap'\n\toption ssid 'PressYard'\n\toption encryption 'psk2'\n\toption key '\x00'\n"),
    ('hostapd_wpa_psk_file_second_field', 'file', 'hostapd wpa_psk_file: MAC VALUE', "# /etc/hostapd/hostapd.wpa_psk\n00:00:00:00:00:00 \x00\n"),
    ('brackenden_picking_shed_crew_tsv_fourth_field', 'file', 'invented picking-shed badge list: badge TAB name TAB line TAB VALUE TAB shift', "0417\tHollis Mbatha\tL2\t\x00\tearly\n"),
    ('wyebrook_steep_hmi_users_pipe_third', 'file', 'invented steep-HMI user table: id|user|VALUE|level|active', "# steep HMI user table (export)\n2|«u»|\x00|supervisor|1\n"),
    # ------------------------------------------------------------------ sql
    ('teradata_bteq_logon_comma_field', 'sql', '.LOGON host/user,VALUE (BTEQ)', ".LOGON «ip»/«u»,\x00\nSELECT COUNT(*) FROM hops.pockets;\n.LOGOFF\n"),
    ('sqlcipher_pragma_key_quoted', 'sql', "PRAGMA key = 'VALUE'", "sqlite> PRAGMA key = '\x00';\nsqlite> SELECT count(*) FROM kiln_runs;\n"),
    ('exasol_create_user_identified_by', 'sql', 'CREATE USER u IDENTIFIED BY "VALUE" (Exasol)', "CREATE USER «u» IDENTIFIED BY \"\x00\";\nGRANT CREATE SESSION TO «u»;\n"),
    ('sqlanywhere_grant_connect_identified_by', 'sql', "GRANT CONNECT TO u IDENTIFIED BY 'VALUE' (SQL Anywhere)", "GRANT CONNECT TO «u» IDENTIFIED BY '\x00';\n"),
    ('orientdb_console_connect_fourth', 'sql', 'CONNECT remote:host/db user VALUE (OrientDB console)', "orientdb> CONNECT remote:«ip»/hoplots «u» \x00\n"),
    ('virtuoso_dba_user_create_second', 'sql', "DB.DBA.USER_CREATE ('user', 'VALUE')", "SQL> DB.DBA.USER_CREATE ('«u»', '\x00');\n"),
    ('openrowset_semicolon_third_element', 'sql', "OPENROWSET('provider', 'source'; 'user'; 'VALUE', 'query')", "SELECT * FROM OPENROWSET('Microsoft.ACE.OLEDB.12.0', 'C:\\Kiln\\burns.accdb'; 'Admin'; '\x00', 'SELECT * FROM Burns');\n"),
    ('sp_addlinkedsrvlogin_fifth_argument', 'sql', "EXEC sp_addlinkedsrvlogin 'srv', 'false', NULL, 'user', 'VALUE'", "EXEC sp_addlinkedsrvlogin 'KILNSRV', 'false', NULL, '«u»', '\x00';\n"),
    # ------------------------------------------------------------------ proto
    ('cimd2_login_parameter_011', 'proto', 'CIMD2 login: 01:seq TAB 010:user TAB 011:VALUE TAB', "cimd2 >> <STX>01:001<TAB>010:«u»<TAB>011:\x00<TAB><ETX>\ncimd2 << <STX>51:001<TAB><ETX>\n"),
    ('rfc1929_proxy_subnegotiation_second_field', 'proto', "SOCKS5 RFC 1929: 01 ULEN user PLEN VALUE", "»SOCKS«"),
    ('rfc1334_pap_authenticate_request_second_field', 'proto', 'PAP Authenticate-Request: Peer-ID length, Peer-ID, length, VALUE', "»PAP«"),
    ('memcached_ascii_auth_set_data_second_word', 'proto', 'memcached ASCII auth: set key 0 0 len / user VALUE', "> set auth 0 0 «len»\\r\\n\n> «u» \x00\\r\\n\n< STORED\\r\\n\n"),
    ('subsonic_rest_query_p_parameter', 'proto', 'GET /rest/ping.view?u=user&p=VALUE&v=..&c=..', "GET /rest/ping.view?u=«u»&p=\x00&v=1.16.1&c=oastradio&f=json HTTP/1.1\r\nHost: music.brackenden-hops.example\r\n\r\n"),
    ('at_cgauth_fourth_parameter', 'proto', 'AT+CGAUTH=cid,type,"user","VALUE"', "AT+CGDCONT=1,\"IP\",\"iot.bineweed\"\r\nOK\r\nAT+CGAUTH=1,1,\"«u»\",\"\x00\"\r\nOK\r\n"),
    ('teltonika_sms_command_second_token', 'proto', 'Teltonika SMS: "user VALUE command"', "SMS to +447700900123 (FMB920 on the pellet van): \"«u» \x00 getgps\"\n"),
    ('brackenden_kiln_jsonrpc_login_params_second', 'proto', 'invented kiln controller JSON-RPC: Session.Login params [user, VALUE]', "--> {\"jsonrpc\": \"2.0\", \"id\": 7, \"method\": \"Session.Login\", \"params\": [\"«u»\", \"\x00\"]}\n<-- {\"jsonrpc\": \"2.0\", \"id\": 7, \"result\": {\"ok\": true, \"role\": \"operator\"}}\n"),
]
SYNTAX_NAMES = [s[0] for s in SYNTAXES]
SYNTAX_INFO = {s[0]: s for s in SYNTAXES}

HINT_WORDS = ('pass', 'pwd', 'secret', 'pw')


def _socks(user, value):
    b = b'\x01' + bytes([len(user)]) + user.encode() + bytes([len(value)]) + value.encode()
    return ">>> sock.sendall(b'\\x05\\x01\\x02')\n>>> sock.recv(2)\nb'\\x05\\x02'\n>>> sock.sendall(%r)\n>>> sock.recv(2)\nb'\\x01\\x00'\n" % b


def _pap(user, value):
    data = bytes([len(user)]) + user.encode() + bytes([len(value)]) + value.encode()
    b = b'\xc0\x23' + bytes([1, 1, 0, 4 + len(data)]) + data
    return ">>> raw(pkt[PPP])\n%r\n" % b


def render(name, rng, value):
    tpl = SYNTAX_INFO[name][3]
    p = W.person(rng)
    u = p[1]
    email = p[1] + '@' + W.FIRMS[p[2]]['domain']
    if tpl == '»SOCKS«':
        text = _socks(u, value)
    elif tpl == '»PAP«':
        text = _pap(u, value)
    else:
        text = (tpl.replace('«u»', u).replace('«U»', u.upper()).replace('«email»', email)
                .replace('«ip»', W.ip10(rng) if rng.random() < 0.6 else W.ip192(rng))
                .replace('«n»', str(len(value))).replace('«len»', str(len(u) + 1 + len(value))))
        text = text.replace(M, value)
    assert text.count(value) == 1, (name, text)
    s = text.index(value)
    return text, s, s + len(value)


def hint_free(text):
    low = text.lower()
    return not any(h in low for h in HINT_WORDS)


def generate(reg):
    rng = random.Random(C.SEEDS['positional'])
    recs = []
    for name, where, disp, tpl in SYNTAXES:
        for _ in range(200):
            v = C.draw_password(rng, C.JOINERS_STRICT, 0.3)
            if not reg.ok(v):
                continue
            text, s, e = render(name, rng, v)
            if not hint_free(text) or text.count(v) != 1:
                continue
            reg.add(v)
            break
        else:
            raise RuntimeError(name)
        t = PREFIX + name
        recs.append({'type': t, 'container': '%s__%s' % (name, WHERE[where]), 'text': text,
                     'secrets': [{'value': v, 'start': s, 'end': e, 'type': t}], 'source': 'password'})
    return recs
