"""Positional passwords of p275: the value is known only by its position (flag, argument, field, element)."""
import random

import common275 as C
import world275 as W

SEED = 27503
PREFIX = "sypw_"
WHERE = {
    "cli": "harrowby_yard_shell", "stdin": "ferrule_pipe_feed", "lib": "ferrule_repo_excerpt",
    "gui": "tarbrook_ui_robot_script", "file": "cinderford_host_config", "sql": "tickets_db_prompt",
    "proto": "yard_wire_capture",
}
HINTS = ("pass", "pwd", "secret", "pw")

P = []  # (syntax, where, template, short description, constraints)


def p(syntax, where, template, desc, minlen=0, maxlen=99):
    P.append(dict(syntax=syntax, where=where, template=template, desc=desc, minlen=minlen, maxlen=maxlen))


# ---------------------------------------------------------------- cli
p("rdesktop_lower_p_after_lower_u", "cli", "$ rdesktop -u {U} -p {V} -g 1280x800 {H192}", "rdesktop -u user -p VALUE host")
p("xfreerdp_slash_p_colon", "cli", "$ xfreerdp /v:{H192} /u:{U} /p:{V} /cert:ignore /dynamic-resolution", "xfreerdp /v:host /u:user /p:VALUE")
p("psexec_lower_p_after_lower_u", "cli", "C:\\Tools> PsExec64.exe \\\\KIOSK{N} -u YARD\\{U} -p {V} cmd /c ipconfig", "PsExec64 \\\\host -u user -p VALUE cmd")
p("schtasks_create_slash_rp", "cli", "C:\\> schtasks /create /tn \"NightlySync\" /tr \"C:\\yard\\sync.cmd\" /sc daily /st 02:30 /ru YARD\\svc_sync /rp {V}",
  "schtasks /create ... /ru user /rp VALUE")
p("winrs_lower_p_colon", "cli", "C:\\> winrs -r:http://kiosk{N}.yard.ferrule.example:5985 -u:YARD\\{U} -p:{V} ipconfig /all", "winrs -r:url -u:user -p:VALUE command")
p("sapcontrol_user_second_token", "cli", "$ sapcontrol -nr 00 -host {H10} -user ykaadm {V} -function GetProcessList",
  "sapcontrol -nr NN -host h -user sidadm VALUE -function F")
p("hdbsql_lower_p_after_lower_u", "cli", "$ hdbsql -n {H10}:30015 -u SYSTEM -p {V} \"SELECT DATABASE_NAME FROM M_DATABASES\"", "hdbsql -n host -u user -p VALUE query")
p("cypher_shell_lower_p_after_lower_u", "cli", "$ cypher-shell -a neo4j://{H10}:7687 -u neo4j -p {V} \"MATCH (l:Lot) RETURN count(l)\"",
  "cypher-shell -a uri -u user -p VALUE query")
p("exaplus_lower_p_after_lower_u", "cli", "$ exaplus -c {H10}:8563 -u sys -p {V} -sql \"SELECT CURRENT_USER;\"", "exaplus -c host:port -u user -p VALUE -sql q")
p("firebird_gbak_pas_abbreviated_option", "cli", "$ gbak -b -user SYSDBA -pas {V} {H10}:/data/yard.fdb /backup/yard.fbk",
  "gbak -b -user SYSDBA -pas VALUE db backup (abbreviated option)")
p("rabbitmqctl_add_user_second_positional", "cli", "$ sudo rabbitmqctl add_user parts_sync {V}", "rabbitmqctl add_user name VALUE")
p("etcdctl_user_option_colon_pair", "cli", "$ etcdctl --endpoints=https://{H10}:2379 --user root:{V} get /yard/config --prefix",
  "etcdctl --user root:VALUE get key")
p("transmission_remote_lower_n_colon_pair", "cli", "$ transmission-remote {H192}:9091 -n {U}:{V} -l", "transmission-remote host:port -n user:VALUE -l")
p("mpc_host_option_before_at", "cli", "$ mpc -h {V}@{H192} -p 6600 status", "mpc -h VALUE@host status (MPD)")
p("pihole_admin_lower_p_option", "cli", "$ pihole -a -p {V}", "pihole -a -p VALUE (web admin)")
p("sendxmpp_lower_p_after_lower_u", "cli", "$ echo \"baler fault at bay 3\" | sendxmpp -u yardbot -p {V} -j xmpp.ferrule.example ops@xmpp.ferrule.example",
  "sendxmpp -u user -p VALUE -j server recipient")
p("coap_client_lower_k_after_lower_u", "cli", "$ coap-client -m get -u gate-{N} -k {V} coaps://{H192}/sensors/loop", "coap-client -m get -u identity -k VALUE coaps://...")
p("rclone_obscure_first_positional", "cli", "$ rclone obscure {V}", "rclone obscure VALUE")
p("steghide_extract_lower_p_option", "cli", "$ steghide extract -sf lot_{N}411.jpg -p {V}", "steghide extract -sf file -p VALUE")
p("netsh_hostednetwork_key_equals", "cli", "C:\\> netsh wlan set hostednetwork mode=allow ssid=KIOSK-SETUP key={V}",
  "netsh wlan set hostednetwork mode=allow ssid=S key=VALUE", minlen=8)
p("convertto_securestring_first_positional", "cli", "PS C:\\> $c = ConvertTo-SecureString '{V}' -AsPlainText -Force",
  "ConvertTo-SecureString 'VALUE' -AsPlainText -Force")
p("wildfly_add_user_lower_p_after_lower_u", "cli", "$ ./bin/add-user.sh -u yardadmin -p {V} -g admin", "add-user.sh -u user -p VALUE -g group (WildFly)")
p("db2_clp_connect_using_clause", "cli", "$ db2 connect to TICKETS user db2inst1 using {V}", "db2 connect to DB user U using VALUE")
p("pkcs11_tool_login_pin_option", "cli", "$ pkcs11-tool --module /usr/lib/softhsm/libsofthsm2.so --login --pin {V} --list-objects",
  "pkcs11-tool --module lib --login --pin VALUE --list-objects")
p("tabcmd_login_lower_p_after_lower_u", "cli", "$ tabcmd login -s https://tableau.ferrule.example -u {U} -p {V}", "tabcmd login -s url -u user -p VALUE")
p("cloudfoundry_cf_login_lower_p_after_lower_u", "cli", "$ cf login -a https://api.cf.ferrule.example -u {U} -p {V} -o yard -s prod",
  "cf login -a api -u user -p VALUE -o org -s space")
p("f5fpc_lower_p_after_lower_u", "cli", "$ f5fpc -s -t https://vpn.harrowby-metals.example -u {U} -p {V}", "f5fpc -s -t url -u user -p VALUE")
p("supervisorctl_lower_p_after_lower_u", "cli", "$ supervisorctl -s http://{H10}:9001 -u admin -p {V} status", "supervisorctl -s url -u user -p VALUE status")
p("celery_flower_basic_auth_colon_pair", "cli", "$ celery -A tickets flower --port=5555 --basic-auth={U}:{V}", "celery flower --basic-auth=user:VALUE")
p("cvs_pserver_root_colon_before_at", "cli", "$ cvs -d :pserver:{U}:{V}@cvs.ferrule.example:/cvsroot login", "cvs -d :pserver:user:VALUE@host:/root login")
p("perforce_p4_capital_p_option", "cli", "$ p4 -p ssl:perforce.ferrule.example:1666 -u {U} -P {V} info", "p4 -p port -u user -P VALUE info")
p("tf_workspaces_login_comma_pair", "cli", "C:\\src> tf workspaces /collection:https://tfs.ferrule.example/tfs/Yard /login:{U},{V}",
  "tf workspaces /collection:url /login:user,VALUE")
p("accurev_login_second_positional", "cli", "$ accurev login {U} {V}", "accurev login user VALUE")
p("aerospike_asadm_capital_p_after_capital_u", "cli", "$ asadm -h {H10} -U admin -P {V} -e \"info network\"", "asadm -h host -U user -P VALUE -e cmd")

# ---------------------------------------------------------------- stdin
p("sudo_capital_s_reads_pipe", "stdin", "$ echo {V} | sudo -S systemctl restart gate-barrier", "echo VALUE | sudo -S command")
p("kinit_reads_pipe", "stdin", "$ echo {V} | kinit {U}@YARD.FERRULE.EXAMPLE", "echo VALUE | kinit principal")
p("realmd_join_reads_pipe", "stdin", "$ echo {V} | sudo realm join -U Administrator yard.ferrule.example", "echo VALUE | realm join -U admin domain")
p("cryptsetup_open_key_file_dash", "stdin", "$ printf '%s' {V} | sudo cryptsetup open --key-file=- /dev/sdb1 lotphotos",
  "printf '%s' VALUE | cryptsetup open --key-file=- device name")
p("zfs_load_key_reads_pipe", "stdin", "$ echo {V} | sudo zfs load-key tank/lotphotos", "echo VALUE | zfs load-key dataset")
p("restic_repository_key_reads_pipe", "stdin", "$ echo {V} | restic -r s3:https://s3.eu-west-2.amazonaws.com/yard-backups snapshots",
  "echo VALUE | restic -r repo snapshots")
p("onepassword_op_signin_reads_pipe", "stdin", "$ eval $(echo {V} | op signin --account ferrule)", "echo VALUE | op signin --account a")
p("teradata_bteq_logon_heredoc_line", "stdin", "$ bteq <<EOF\n.LOGON tdprod/{U},{V}\nSELECT COUNT(*) FROM yard.tickets;\n.LOGOFF\nEOF",
  ".LOGON host/user,VALUE in a bteq here-document")
p("expect_send_after_code_prompt", "stdin", "$ expect -c 'spawn telnet {H192}; expect \"login:\"; send \"admin\\r\"; expect \"Code:\"; send \"{V}\\r\"; interact'",
  "expect ... send \"VALUE\\r\" after the device's prompt")
p("gocryptfs_reads_pipe", "stdin", "$ echo {V} | gocryptfs /srv/lots.enc /srv/lots", "echo VALUE | gocryptfs cipherdir mountpoint")

# ---------------------------------------------------------------- lib
p("python_pymssql_connect_third", "lib", "import pymssql\n\nconn = pymssql.connect(\"{H10}\", \"tickets_rw\", \"{V}\", \"tickets\")",
  "pymssql.connect(server, user, VALUE, database)")
p("python_ibm_db_connect_third", "lib", "import ibm_db\n\nconn = ibm_db.connect(\"DATABASE=TICKETS;HOSTNAME={H10};PORT=50000;PROTOCOL=TCPIP;\", \"db2inst1\", \"{V}\")",
  "ibm_db.connect(dsn, user, VALUE)")
p("python_hdbcli_dbapi_connect_fourth", "lib", "from hdbcli import dbapi\n\nconn = dbapi.connect(\"{H10}\", 30015, \"YARD_APP\", \"{V}\")",
  "dbapi.connect(address, port, user, VALUE) (SAP HANA)")
p("python_neo4j_graphdatabase_auth_tuple_second", "lib", "from neo4j import GraphDatabase\n\ndriver = GraphDatabase.driver(\"neo4j://{H10}:7687\", auth=(\"neo4j\", \"{V}\"))",
  "GraphDatabase.driver(uri, auth=(user, VALUE))")
p("python_zeep_usernametoken_second", "lib", "from zeep import Client\nfrom zeep.wsse.username import UsernameToken\n\nclient = Client(\"https://auction.tarbrook-salvage.example/ws?wsdl\", wsse=UsernameToken(\"{U}\", \"{V}\"))",
  "UsernameToken(user, VALUE) (zeep WS-Security)")
p("python_msoffcrypto_load_key_first", "lib", "import msoffcrypto\n\noffice = msoffcrypto.OfficeFile(open(\"prices_week{N}.xlsx\", \"rb\"))\noffice.load_key(\"{V}\")\noffice.decrypt(open(\"prices.xlsx\", \"wb\"))",
  "office.load_key(VALUE) (msoffcrypto)")
p("python_pypdf_reader_decrypt_first", "lib", "from pypdf import PdfReader\n\nreader = PdfReader(\"cod_batch_{N}.pdf\")\nreader.decrypt(\"{V}\")", "reader.decrypt(VALUE) (pypdf)")
p("python_pymupdf_authenticate_first", "lib", "import fitz\n\ndoc = fitz.open(\"auction_terms.pdf\")\nif doc.is_encrypted:\n    doc.authenticate(\"{V}\")",
  "doc.authenticate(VALUE) (PyMuPDF)")
p("python_load_pem_private_key_second", "lib", "from cryptography.hazmat.primitives import serialization\n\nkey = serialization.load_pem_private_key(pem_bytes, b\"{V}\")",
  "serialization.load_pem_private_key(data, b'VALUE')")
p("python_pyjks_store_open_second", "lib", "import jks\n\nks = jks.KeyStore.load(\"kiosk.jks\", \"{V}\")", "jks.KeyStore.load(path, VALUE) (pyjks)")
p("python_onvifcamera_constructor_fourth", "lib", "from onvif import ONVIFCamera\n\ncam = ONVIFCamera(\"{H192}\", 80, \"admin\", \"{V}\")", "ONVIFCamera(host, port, user, VALUE)")
p("python_pexpect_sendline_after_expect", "lib", "import pexpect\n\nchild = pexpect.spawn(\"telnet {H192}\")\nchild.expect(\"Code:\")\nchild.sendline(\"{V}\")",
  "child.sendline(VALUE) after child.expect(prompt)")
p("java_drivermanager_getconnection_third", "lib", "Connection c = DriverManager.getConnection(\"jdbc:db2://{H10}:50000/TICKETS\", \"db2inst1\", \"{V}\");",
  "DriverManager.getConnection(url, user, VALUE)")
p("java_jndi_context_credentials_constant", "lib", "env.put(Context.PROVIDER_URL, \"t3://{H10}:7001\");\nenv.put(Context.SECURITY_PRINCIPAL, \"weblogic\");\nenv.put(Context.SECURITY_CREDENTIALS, \"{V}\");",
  "env.put(Context.SECURITY_CREDENTIALS, VALUE) (JNDI)")
p("kotlin_ktor_basicauthcredentials_second", "lib", "install(Auth) {\n    basic {\n        credentials { BasicAuthCredentials(\"{U}\", \"{V}\") }\n    }\n}",
  "BasicAuthCredentials(user, VALUE) (Ktor client)")
p("csharp_networkcredential_second", "lib", "var handler = new HttpClientHandler { Credentials = new NetworkCredential(\"{U}\", \"{V}\", \"YARD\") };",
  "new NetworkCredential(user, VALUE, domain)")
p("csharp_x509certificate2_second", "lib", "var cert = new X509Certificate2(@\"C:\\kiosk\\terminal.pfx\", \"{V}\");", "new X509Certificate2(path, VALUE)")
p("go_pkcs12_decode_second", "lib", "key, cert, err := pkcs12.Decode(pfxData, \"{V}\")", "pkcs12.Decode(data, VALUE)")
p("rust_tiberius_sql_server_auth_second", "lib", "let mut config = Config::new();\nconfig.host(\"{H10}\");\nconfig.authentication(AuthMethod::sql_server(\"tickets_rw\", \"{V}\"));",
  "AuthMethod::sql_server(user, VALUE) (tiberius)")
p("ruby_savon_basic_auth_array_second", "lib", "client = Savon.client(wsdl: \"https://auction.tarbrook-salvage.example/ws?wsdl\", basic_auth: [\"{U}\", \"{V}\"])",
  "Savon.client(wsdl: url, basic_auth: [user, VALUE])")
p("php_pdo_constructor_third", "lib", "$db = new PDO(\"sqlsrv:Server={H10};Database=tickets\", \"tickets_rw\", \"{V}\");", "new PDO(dsn, user, VALUE)")
p("perl_dbi_connect_third", "lib", "my $dbh = DBI->connect(\"dbi:Sybase:server=YARDASE\", \"sa\", \"{V}\", { RaiseError => 1 });", "DBI->connect(dsn, user, VALUE, attrs)")
p("perl_telnet_login_second", "lib", "my $t = Net::Telnet->new(Host => \"{H192}\", Prompt => '/> $/');\n$t->login(\"admin\", \"{V}\");", "$t->login(user, VALUE) (Net::Telnet)")
p("lua_luasql_env_connect_third", "lib", "local luasql = require \"luasql.odbc\"\nlocal env = luasql.odbc()\nlocal con = env:connect(\"TICKETS_DSN\", \"yard_app\", \"{V}\")",
  "env:connect(source, user, VALUE) (LuaSQL)")
p("r_rjdbc_dbconnect_fourth", "lib", "con <- dbConnect(drv, \"jdbc:sqlserver://{H10};databaseName=tickets\", \"analyst\", \"{V}\")", "dbConnect(drv, url, user, VALUE) (RJDBC)")
p("vba_workbooks_open_fifth_argument", "lib", "Set wb = Workbooks.Open(\"S:\\Prices\\weekly.xlsx\", , , , \"{V}\")", "Workbooks.Open(path, , , , VALUE)")
p("vba_worksheet_unprotect_first", "lib", "ThisWorkbook.Sheets(\"Grades\").Unprotect \"{V}\"", "Sheets(name).Unprotect VALUE")
p("c_sqlcipher_sqlite3_key_second", "lib", "sqlite3_open(\"lots.db\", &db);\nsqlite3_key(db, \"{V}\", {LEN});", "sqlite3_key(db, VALUE, n) (SQLCipher)")
p("cpp_qsqldatabase_open_overload_second", "lib", "QSqlDatabase db = QSqlDatabase::addDatabase(\"QODBC\");\ndb.setDatabaseName(\"TICKETS_DSN\");\ndb.open(\"{U}\", \"{V}\");",
  "db.open(user, VALUE) (Qt)")
p("esp8266webserver_authenticate_second", "lib", "if (!server.authenticate(\"admin\", \"{V}\")) {\n  return server.requestAuthentication();\n}",
  "server.authenticate(user, VALUE) (ESP8266WebServer)")

# ---------------------------------------------------------------- gui
p("ranorex_presskeys_call", "gui", "repo.KioskLogin.FieldB.Click();\nrepo.KioskLogin.FieldB.PressKeys(\"{V}\");", "FieldB.PressKeys(VALUE) (Ranorex)")
p("uft_webedit_set_method", "gui", "Browser(\"Auction\").Page(\"Login\").WebEdit(\"field_b\").Set \"{V}\"", "WebEdit(name).Set VALUE (UFT)")
p("taiko_write_into_field_b", "gui", "await write(\"{V}\", into(textBox({ id: \"field-b\" })));", "write(VALUE, into(textBox(...))) (Taiko)")
p("codeceptjs_fillfield_second", "gui", "I.amOnPage('/login');\nI.fillField('#field-b', '{V}');", "I.fillField(locator, VALUE) (CodeceptJS)")
p("karate_input_locator_second", "gui", "* driver 'https://auction.tarbrook-salvage.example/login'\n* input('#field-b', '{V}')", "input(locator, VALUE) (Karate UI)")
p("geb_value_call", "gui", "$(\"input\", id: \"field-b\").value(\"{V}\")", "$(selector).value(VALUE) (Geb)")
p("splinter_fill_name_second", "gui", "browser.visit(\"https://parts.cinderford-autos.example/admin\")\nbrowser.fill(\"field_b\", \"{V}\")", "browser.fill(name, VALUE) (Splinter)")
p("helium_write_into_label", "gui", "start_chrome(\"https://kiosk.harrowby-metals.example/setup\")\nwrite(\"{V}\", into=\"Field B\")", "write(VALUE, into=label) (Helium)")
p("uipath_typeinto_text_attribute", "gui", "<ui:TypeInto DisplayName=\"Type Into 'field b'\" Text=\"{V}\" EmptyField=\"True\" />", "<ui:TypeInto Text=VALUE /> (UiPath)")
p("power_automate_populatetextfield_text", "gui", "UIAutomation.PopulateTextField TextField: appmask['Kiosk Setup']['Field B'] Text: $'''{V}''' Mode: UIAutomation.PopulateTextMode.Replace",
  "UIAutomation.PopulateTextField ... Text: VALUE (Power Automate Desktop)")
p("autoit_controlsettext_fourth", "gui", "WinWaitActive(\"Weighbridge Login\")\nControlSetText(\"Weighbridge Login\", \"\", \"Edit2\", \"{V}\")",
  "ControlSetText(title, text, control, VALUE) (AutoIt)")
p("earlgrey_grey_typetext_matcher", "gui", "[[EarlGrey selectElementWithMatcher:grey_accessibilityID(@\"fieldB\")] performAction:grey_typeText(@\"{V}\")];",
  "grey_typeText(VALUE) (EarlGrey)")
p("compose_performtextinput_call", "gui", "composeTestRule.onNodeWithTag(\"fieldB\").performTextInput(\"{V}\")", "onNodeWithTag(tag).performTextInput(VALUE) (Compose)")
p("flutter_widgettester_key_finder_second", "gui", "await tester.enterText(find.byKey(const Key('fieldB')), '{V}');", "tester.enterText(finder, VALUE) (Flutter)")
p("testing_library_user_type_second", "gui", "const user = userEvent.setup();\nawait user.type(screen.getByTestId('field-b'), '{V}');", "user.type(element, VALUE) (user-event)")
p("imacros_content_attribute", "gui", "URL GOTO=https://auction.tarbrook-salvage.example/login\nTAG POS=1 TYPE=INPUT:TEXT ATTR=ID:field-b CONTENT={V}",
  "TAG ... CONTENT=VALUE (iMacros)")
p("chrome_recorder_change_type_value", "gui", "{\"type\": \"change\", \"value\": \"{V}\", \"selectors\": [[\"#field-b\"]], \"target\": \"main\"}",
  "Chrome DevTools Recorder step {type: change, value: VALUE}")
p("userscript_dom_value_assignment", "gui", "// ==UserScript==\n// @match https://kiosk.harrowby-metals.example/*\n// ==/UserScript==\ndocument.querySelector('#field-b').value = '{V}';",
  "document.querySelector(sel).value = VALUE (userscript)")

# ---------------------------------------------------------------- file
p("routeros_wpa2_pre_shared_key_property", "file", "/interface wireless security-profiles\nadd name=yard mode=dynamic-keys authentication-types=wpa2-psk wpa2-pre-shared-key={V}",
  "wpa2-pre-shared-key=VALUE (RouterOS export)", minlen=8)
p("cisco_ios_dot11_ssid_ascii_key", "file", "dot11 ssid HRB-YARD\n authentication open\n authentication key-management wpa\n wpa-psk ascii 0 {V}",
  "wpa-psk ascii 0 VALUE (Cisco IOS dot11 ssid)", minlen=8)
p("cisco_ios_key_string_line", "file", "key chain YARD-OSPF\n key 1\n  key-string {V}", "key chain / key 1 / key-string VALUE")
p("frr_ospf_message_digest_key_statement", "file", "interface eth1\n ip ospf authentication message-digest\n ip ospf message-digest-key 1 md5 {V}",
  "ip ospf message-digest-key 1 md5 VALUE (FRR)", maxlen=16)
p("haproxy_stats_auth_colon_pair", "file", "listen stats\n  bind :8404\n  stats enable\n  stats uri /\n  stats auth admin:{V}", "stats auth user:VALUE (HAProxy)")
p("monit_httpd_allow_colon_pair", "file", "set httpd port 2812 and\n    use address {H10}\n    allow admin:{V}", "allow user:VALUE (monitrc)")
p("activemq_userfile_value_after_equals", "file", "# users.properties\nadmin={V}\nparts_sync=see-vault", "user=VALUE (ActiveMQ users.properties)")
p("icinga_user_macro_dollar_line", "file", "# resource.cfg\n$USER1$=/usr/lib/nagios/plugins\n$USER3$={V}", "$USER3$=VALUE (Icinga 1 resource.cfg)")
p("pppd_chap_line_third_field", "file", "# client        server  key             IP addresses\n{U}      *       {V}       *", "client * VALUE * (pppd CHAP file line)")
p("racoon_preshared_file_address_key", "file", "# racoon psk.txt\n{H10}    {V}", "address VALUE (racoon psk.txt)")
p("espanso_match_replace_field", "file", "matches:\n  - trigger: \":hrbk\"\n    replace: \"{V}\"", "replace: VALUE (espanso match file)")
p("harrowby_crane_cab_display_csv_fourth_column", "file", "cab,crane,lift_limit_kg,,firmware\nCAB2,crane-{N},{N}800,{V},4.2.1",
  "invented crane-cab display file: cab,crane,lift_limit_kg,VALUE,firmware (fourth header cell empty)")
p("tarbrook_tablet_enrolment_nfc_third_segment", "file", "TBKN1|yard-tablet-0{N}|{V}|lots", "invented tablet enrolment NFC text record: TBKN1|device|VALUE|scope")

# ---------------------------------------------------------------- sql
p("sqlcipher_pragma_key_quoted", "sql", "$ sqlcipher lots.db\nsqlite> PRAGMA key = '{V}';\nsqlite> SELECT count(*) FROM lots;", "PRAGMA key = 'VALUE'; (SQLCipher)")
p("sqlcipher_attach_database_key_clause", "sql", "sqlite> ATTACH DATABASE 'archive2023.db' AS old KEY '{V}';", "ATTACH DATABASE f AS a KEY 'VALUE'; (SQLCipher)")
p("duckdb_attach_encryption_key_option", "sql", "D ATTACH 'lots.duckdb' AS lots (ENCRYPTION_KEY '{V}');", "ATTACH 'f' AS a (ENCRYPTION_KEY 'VALUE'); (DuckDB)")
p("exasol_create_user_identified_by", "sql", "SQL_EXA> CREATE USER yard_etl IDENTIFIED BY \"{V}\";", "CREATE USER u IDENTIFIED BY \"VALUE\"; (Exasol)")
p("sqlanywhere_grant_connect_identified_by", "sql", "dbisql> GRANT CONNECT TO yard_ro IDENTIFIED BY {V};", "GRANT CONNECT TO u IDENTIFIED BY VALUE; (SQL Anywhere)")
p("informix_connect_using_clause", "sql", "> CONNECT TO 'tickets@yard_ifx' USER 'informix' USING '{V}';", "CONNECT TO 'db@server' USER 'u' USING 'VALUE'; (Informix)")

# ---------------------------------------------------------------- proto
p("teamspeak_serverquery_login_second", "proto", "TS3\nlogin serveradmin {V}\nerror id=0 msg=ok\nuse sid=1", "login serveradmin VALUE (TeamSpeak ServerQuery)")
p("squeezebox_cli_login_second", "proto", "login {U} {V}\nlogin {U} ******\nplayers 0 2", "login user VALUE (Logitech Media Server CLI)")
p("aria2_jsonrpc_token_param_prefix", "proto", "POST /jsonrpc HTTP/1.1\nHost: {H10}:6800\nContent-Type: application/json\n\n{\"jsonrpc\":\"2.0\",\"id\":\"q1\",\"method\":\"aria2.tellActive\",\"params\":[\"token:{V}\"]}",
  "params[0] = \"token:VALUE\" (aria2 JSON-RPC)")
p("cimd2_login_parameter_011", "proto", "<STX>01:0001\t010:{U}\t011:{V}\t<ETX>", "CIMD2 login: 010:user TAB 011:VALUE")
p("rfc1929_subnegotiation_bytes", "proto", "sock.sendall(b'\\x01\\x06gate01{PLEN}{V}')\nsock.recv(2)  # b'\\x01\\x00'",
  "RFC 1929 sub-negotiation bytes: VER ULEN UNAME PLEN VALUE")
p("esp_at_cwsap_second_parameter", "proto", "AT+CWMODE=2\r\nOK\r\nAT+CWSAP=\"HRB-GATE\",\"{V}\",5,3\r\nOK", "AT+CWSAP=\"ssid\",\"VALUE\",ch,ecn (ESP AT)", minlen=8)
p("huawei_at_authdata_fourth_parameter", "proto", "AT^AUTHDATA=1,1,\"\",\"{V}\",\"yard\"\r\nOK", "AT^AUTHDATA=cid,auth,\"\",\"VALUE\",\"user\" (Huawei)")
p("subsonic_rest_query_p_parameter", "proto", "GET /rest/ping.view?u=yard&p={V}&v=1.16.1&c=lotcam&f=json HTTP/1.1\nHost: media.tarbrook-salvage.example",
  "GET /rest/ping.view?u=user&p=VALUE&... (Subsonic API)")

SYNTAXES = [x["syntax"] for x in P]
PINFO = {x["syntax"]: x for x in P}
assert len(set(SYNTAXES)) == len(SYNTAXES)


def type_of(syntax):
    return PREFIX + syntax


def fill(rng, tpl, v):
    person = W.person(rng)
    rep = {
        "{U}": W.login_of(person), "{NAME}": person, "{EMAIL}": W.email_of(person, "ferrule"),
        "{H10}": W.host10(rng), "{H192}": W.host192(rng), "{N}": str(rng.randrange(1, 9)),
        "{LEN}": str(len(v)), "{PLEN}": "\\x%02x" % len(v),
    }
    out = tpl
    for k, val in rep.items():
        out = out.replace(k, val)
    return out.replace("{V}", v)


def gen_value(rng, info):
    while True:
        v = W.password(rng, W.JOIN_STRICT, 0.3)
        if info["minlen"] <= len(v) <= info["maxlen"]:
            return v


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for info in P:
        v = reg.draw(lambda: gen_value(rng, info))
        for _ in range(100):
            text = fill(rng, info["template"], v)
            low = text.lower()
            if text.count(v) == 1 and not any(h in low for h in HINTS) and not [f for f in W.forms_in(text) if f != v]:
                break
        else:
            raise RuntimeError(info["syntax"])
        s = text.index(v)
        t = type_of(info["syntax"])
        recs.append({"type": t, "container": f"{info['syntax']}__{WHERE[info['where']]}", "text": text,
                     "secrets": [{"value": v, "start": s, "end": s + len(v), "type": t}], "source": "password"})
    return recs
