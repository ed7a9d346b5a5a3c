"""Positional passwords: the value is a password but no key name says so.
One record per syntax; span type `spw_<syntax>`; container `<syntax>__<where>`."""
import random
import re

import common264 as C
import world264 as W

MARK = "\u27e6VALUE\u27e7"
V = MARK
SEED = 26403
PREFIX = "spw_"

WHERE = {
    "cli": "saltcote_ops_terminal",
    "stdin": "brinehouse_shell_pipe",
    "lib": "evaporite_code_excerpt",
    "gui": "spice_shop_ui_automation",
    "file": "saltworks_host_file",
    "sql": "blend_ledger_db_console",
    "proto": "pan_network_capture",
}

HINT_RE = re.compile(r"(?i)pass|pwd|secret|(?<![a-z])pw(?![a-z])")

SYNTAXES = []


def syn(name, where, form):
    def deco(fn):
        SYNTAXES.append({"name": name, "where": where, "form": form, "fn": fn})
        return fn
    return deco


# ----------------------------------------------------------------- cli (29)
@syn("rdesktop_lower_p_after_lower_u", "cli", "rdesktop -u user -p VALUE -g WxH host")
def _c1(r, v):
    return "ops@evap-laptop:~$ rdesktop -u scadaops -p %s -g 1600x900 pan-scada.saltcote.example\nAutoselecting keyboard map 'en-gb' from locale\n" % V


@syn("rclone_obscure_first_argument", "cli", "rclone obscure VALUE")
def _c2(r, v):
    return "ops@evap-laptop:~$ rclone obscure %s > /tmp/obs.txt   # for the sftp remote of the harvest archive\n" % V


@syn("megacmd_login_second_positional", "cli", "MEGA CMD> login email VALUE")
def _c3(r, v):
    return "MEGA CMD> login archive@pepperwick.example %s\n[API:info: 10:14:22] Fetching nodes ...\nMEGA CMD> ls /Labels\n" % V


@syn("skopeo_copy_src_creds_colon_pair", "cli", "skopeo copy --src-creds user:VALUE src dst")
def _c4(r, v):
    return "$ skopeo copy --src-creds deploy:%s docker://registry.evaporite.example/shop:1.4.2 dir:/srv/mirror/shop-1.4.2\nCopying blob 3f4e... done\n" % V


@syn("podman_login_lower_p_after_lower_u", "cli", "podman login -u user -p VALUE registry")
def _c5(r, v):
    return "[ops@nomad-02 ~]$ podman login -u deploy -p %s registry.evaporite.example\nLogin Succeeded!\n" % V


@syn("helm_registry_login_lower_p", "cli", "helm registry login host -u user -p VALUE")
def _c6(r, v):
    return "$ helm registry login charts.evaporite.example -u ci-charts -p %s\nLogin Succeeded\n$ helm push pan-telemetry-0.9.3.tgz oci://charts.evaporite.example/marsh\n" % V


@syn("httpie_lower_a_colon_pair", "cli", "http -a user:VALUE GET url")
def _c7(r, v):
    return "$ http -a stock:%s GET https://stock.pepperwick.example/api/levels sku==CMN0250\nHTTP/1.1 200 OK\n" % V


@syn("lynx_dump_auth_equals_colon_pair", "cli", "lynx -dump -auth=user:VALUE url")
def _c8(r, v):
    return "$ lynx -dump -auth=admin:%s http://192.168.64.20/status | head -5\n   Salorge weighbridge  ready  last ticket 0412\n" % V


@syn("apachebench_capital_a_colon_pair", "cli", "ab -n N -c C -A user:VALUE url")
def _c9(r, v):
    return "$ ab -n 200 -c 10 -A loadtest:%s https://staging.shop.pepperwick.example/\nThis is ApacheBench, Version 2.3\n" % V


@syn("sqlserver_bcp_capital_p_after_capital_u", "cli", "bcp table out file -S server -U user -P VALUE -c")
def _c10(r, v):
    return "C:\\exports> bcp StockDB.dbo.Lots out lots.dat -S sql01.pepperwick.example -U stock_ro -P %s -c\nStarting copy...\n412 rows copied.\n" % V


@syn("neo4j_cypher_shell_lower_p_after_lower_u", "cli", "cypher-shell -a uri -u user -p VALUE")
def _c11(r, v):
    return "$ cypher-shell -a neo4j://graph.macetamarind.example:7687 -u neo4j -p %s\nConnected to Neo4j using Bolt protocol version 5.4\nneo4j@neo4j>\n" % V


@syn("couchbase_cli_lower_p_after_lower_u", "cli", "couchbase-cli cmd -c host -u user -p VALUE")
def _c12(r, v):
    return "$ couchbase-cli bucket-list -c cb1.evaporite.example -u Administrator -p %s\nbasket_sessions\n" % V


@syn("ibmcloud_login_lower_p_after_lower_u", "cli", "ibmcloud login -u user -p VALUE -r region")
def _c13(r, v):
    return "$ ibmcloud login -u ops@macetamarind.example -p %s -r eu-gb\nAuthenticating...\nOK\n" % V


@syn("dell_racadm_remote_lower_p", "cli", "racadm -r host -u user -p VALUE getsysinfo")
def _c14(r, v):
    return "$ racadm -r 10.64.3.20 -u root -p %s getsysinfo | grep -i 'service tag'\nService Tag             = 7XK2Q93\n" % V


@syn("hpe_ilorest_login_lower_p", "cli", "ilorest login host -u user -p VALUE")
def _c15(r, v):
    return "$ ilorest login 10.64.3.21 -u Administrator -p %s\nDiscovering data...Done\n" % V


@syn("snmpwalk_v3_capital_a_auth_phrase", "cli", "snmpwalk -v3 -l authNoPriv -u user -a SHA -A VALUE host oid")
def _c16(r, v):
    return "$ snmpwalk -v3 -l authNoPriv -u monitor -a SHA -A %s 10.64.1.1 sysDescr\nSNMPv2-MIB::sysDescr.0 = STRING: RouterOS hAP ax lite\n" % V


@syn("windows_net_use_positional_after_share", "cli", "net use Z: \\\\server\\share VALUE /user:DOMAIN\\user")
def _c17(r, v):
    return "C:\\Users\\packer> net use Z: \\\\nas01\\harvest %s /user:SALTCOTE\\packer /persistent:no\nThe command completed successfully.\n" % V


@syn("sysinternals_psexec_lower_p_after_lower_u", "cli", "psexec \\\\host -u user -p VALUE cmd")
def _c18(r, v):
    return "C:\\Tools> psexec \\\\pan-scada -u SALTCOTE\\ops -p %s ipconfig /all\nPsExec v2.43 - Execute processes remotely\n" % V


@syn("schtasks_create_rp_after_ru", "cli", "schtasks /create ... /ru user /rp VALUE")
def _c19(r, v):
    return "C:\\> schtasks /create /tn \"PanSync\" /tr \"C:\\pan\\sync.exe\" /sc hourly /ru SALTCOTE\\svc_pans /rp %s\nSUCCESS: The scheduled task \"PanSync\" has successfully been created.\n" % V


@syn("signtool_sign_slash_p_after_slash_f", "cli", "signtool sign /f cert.pfx /p VALUE ... file")
def _c20(r, v):
    return "C:\\build> signtool sign /f evaporite-codesign.pfx /p %s /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 MillLink.exe\nDone Adding Additional Store\n" % V


@syn("certutil_importpfx_lower_p", "cli", "certutil -f -p VALUE -importpfx file.pfx")
def _c21(r, v):
    return "C:\\certs> certutil -f -p %s -importpfx shop-tls-2025.pfx\nCertificate \"shop.pepperwick.example\" added to store.\n" % V


@syn("ccrypt_decrypt_capital_k_key", "cli", "ccrypt -d -K VALUE file.cpt")
def _c22(r, v):
    return "$ ccrypt -d -K %s harvest-2024.csv.cpt && wc -l harvest-2024.csv\n1187 harvest-2024.csv\n" % V


@syn("steghide_extract_lower_p", "cli", "steghide extract -sf image -p VALUE")
def _c23(r, v):
    return "$ steghide extract -sf label-proof.jpg -p %s\nwrote extracted data to \"batch-notes.txt\".\n" % V


@syn("ejabberdctl_register_third_positional", "cli", "ejabberdctl register user host VALUE")
def _c24(r, v):
    return "$ sudo ejabberdctl register paludier04 chat.kervalen-saunerie.example %s\nUser paludier04@chat.kervalen-saunerie.example successfully registered\n" % V


@syn("prosodyctl_register_third_positional", "cli", "prosodyctl register user host VALUE")
def _c25(r, v):
    return "$ sudo prosodyctl register millroom xmpp.pepperwick.example %s\n" % V


@syn("hive_beeline_lower_p_after_lower_n", "cli", "beeline -u jdbc-url -n user -p VALUE")
def _c26(r, v):
    return "$ beeline -u jdbc:hive2://hive.macetamarind.example:10000/default -n analyst -p %s\nConnected to: Apache Hive (version 3.1.3)\n" % V


@syn("fossil_clone_url_userinfo", "cli", "fossil clone https://user:VALUE@host/repo file")
def _c27(r, v):
    return "$ fossil clone https://ops:%s@fossil.evaporite.example/pantools pantools.fossil\nRound-trips: 3   Artifacts sent: 0  received: 1480\n" % V


@syn("rabbitmqctl_add_user_second_positional", "cli", "rabbitmqctl add_user user VALUE")
def _c28(r, v):
    return "$ sudo rabbitmqctl add_user harvest_sync %s\nAdding user \"harvest_sync\" ...\n$ sudo rabbitmqctl set_permissions -p / harvest_sync \".*\" \".*\" \".*\"\n" % V


@syn("mysqlsh_uri_userinfo", "cli", "mysqlsh --uri user:VALUE@host:port --sql")
def _c29(r, v):
    return "$ mysqlsh --uri stock:%s@db.pepperwick.example:3306 --sql\nMySQL Shell 8.4.3\n" % V


# ----------------------------------------------------------------- stdin (7)
@syn("argon2_cli_echo_pipe", "stdin", "echo -n VALUE | argon2 salt -id ...")
def _i1(r, v):
    return "$ echo -n %s | argon2 saltcoteKioskSalt -id -t 3 -m 16 -p 2 -e\n$argon2id$v=19$m=65536,t=3,p=2$...\n" % V


@syn("bcachefs_unlock_echo_pipe", "stdin", "echo VALUE | bcachefs unlock device")
def _i2(r, v):
    return "root@harvest-nas:~# echo %s | bcachefs unlock /dev/nvme0n1p3\nroot@harvest-nas:~# mount -t bcachefs /dev/nvme0n1p3 /srv/harvest\n" % V


@syn("python_keyring_cli_set_pipe", "stdin", "echo VALUE | keyring set service user")
def _i3(r, v):
    return "$ echo %s | keyring set hobolink-export ops\n$ keyring get hobolink-export ops | wc -c\n" % V


@syn("kwallet_query_write_pipe", "stdin", "echo -n VALUE | kwallet-query -f folder -w entry wallet")
def _i4(r, v):
    return "$ echo -n %s | kwallet-query -f Trade -w sedex kdewallet\n" % V


@syn("expect_send_after_prompt", "stdin", "expect -c 'spawn ...; expect \"*:\"; send \"VALUE\\r\"'")
def _i5(r, v):
    return "$ expect -c 'spawn ssh ops@pan-scada.saltcote.example; expect \"*:\"; send \"%s\\r\"; interact'\n" % V


@syn("stratis_key_set_keyfile_stdin", "stdin", "echo -n VALUE | stratis key set --keyfile-path /dev/stdin desc")
def _i6(r, v):
    return "# echo -n %s | stratis key set --keyfile-path /dev/stdin panpool-key\n# stratis pool unlock keyring\n" % V


@syn("systemd_creds_encrypt_stdin", "stdin", "printf '%s' VALUE | systemd-creds encrypt --name=n - file")
def _i7(r, v):
    return "# printf '%%s' %s | systemd-creds encrypt --name=scada-login - /etc/credstore.encrypted/scada-login\n" % V


# ----------------------------------------------------------------- lib (33)
@syn("python_pymssql_connect_third", "lib", "pymssql.connect(server, user, VALUE, db)")
def _l1(r, v):
    return "import pymssql\n\nconn = pymssql.connect(\"sql01.pepperwick.example\", \"stock_ro\", \"%s\", \"StockDB\")\ncur = conn.cursor()\n" % V


@syn("python_cx_oracle_connect_second", "lib", "cx_Oracle.connect(user, VALUE, dsn)")
def _l2(r, v):
    return "import cx_Oracle\n\ncon = cx_Oracle.connect(\"lots_app\", \"%s\", \"ledger.macetamarind.example/LEDGER\")\n" % V


@syn("python_pymysql_connect_third", "lib", "pymysql.connect(host, user, VALUE, db)")
def _l3(r, v):
    return "import pymysql\n\ndb = pymysql.connect(\"127.0.0.1\", \"shop\", \"%s\", \"prestashop\")  # old positional form, PyMySQL 0.9\n" % V


@syn("python_pika_plaincredentials_second", "lib", "pika.PlainCredentials(user, VALUE)")
def _l4(r, v):
    return "import pika\n\ncreds = pika.PlainCredentials(\"harvest\", \"%s\")\nparams = pika.ConnectionParameters(\"mq.kervalen-saunerie.example\", 5672, \"/\", creds)\n" % V


@syn("python_pymupdf_authenticate_first", "lib", "doc.authenticate(VALUE)")
def _l5(r, v):
    return "import fitz  # PyMuPDF\n\ndoc = fitz.open(\"lab-cert-2025-114.pdf\")\nif doc.is_encrypted:\n    doc.authenticate(\"%s\")\n" % V


@syn("python_requests_auth_tuple_second", "lib", "requests.get(url, auth=(user, VALUE))")
def _l6(r, v):
    return "import requests\n\nr = requests.get(\"https://stock.pepperwick.example/api/levels\", auth=(\"stock\", \"%s\"), timeout=10)\n" % V


@syn("python_napalm_driver_third", "lib", "get_network_driver(os)(host, user, VALUE)")
def _l7(r, v):
    return "from napalm import get_network_driver\n\ndriver = get_network_driver(\"ros\")\ndevice = driver(\"10.64.0.1\", \"netops\", \"%s\")\ndevice.open()\n" % V


@syn("python_sqlalchemy_url_create_third", "lib", "URL.create(driver, user, VALUE, host, port, db)")
def _l8(r, v):
    return "from sqlalchemy.engine import URL\n\nurl = URL.create(\"mssql+pyodbc\", \"stock_ro\", \"%s\", \"sql01.pepperwick.example\", 1433, \"StockDB\")\n" % V


@syn("python_neo4j_driver_auth_tuple", "lib", "GraphDatabase.driver(uri, auth=(user, VALUE))")
def _l9(r, v):
    return "from neo4j import GraphDatabase\n\ndriver = GraphDatabase.driver(\"neo4j://graph.macetamarind.example:7687\", auth=(\"neo4j\", \"%s\"))\n" % V


@syn("node_crypto_scryptsync_first", "lib", "crypto.scryptSync(VALUE, salt, 32)")
def _l10(r, v):
    return "// unlock the nightly harvest export\nconst crypto = require('node:crypto');\nconst key = crypto.scryptSync('%s', salt, 32);\nconst decipher = crypto.createDecipheriv('aes-256-gcm', key, iv);\n" % V


@syn("java_jdbc_drivermanager_getconnection_third", "lib", "DriverManager.getConnection(url, user, VALUE)")
def _l11(r, v):
    return "Connection c = DriverManager.getConnection(\n    \"jdbc:postgresql://db.macetamarind.example/ledger\", \"lots_app\", \"%s\");\n" % V


@syn("java_zip4j_archive_char_array_second", "lib", "new ZipFile(file, VALUE.toCharArray())")
def _l12(r, v):
    return "new ZipFile(\"labcerts-q1.zip\", \"%s\".toCharArray()).extractAll(\"/tmp/certs\");\n" % V


@syn("java_pdfbox_loader_loadpdf_second", "lib", "Loader.loadPDF(file, VALUE)")
def _l13(r, v):
    return "try (PDDocument doc = Loader.loadPDF(new File(\"cert-114.pdf\"), \"%s\")) {\n    text = new PDFTextStripper().getText(doc);\n}\n" % V


@syn("kotlin_ktor_basicauth_second", "lib", "client.get(url) { basicAuth(user, VALUE) }")
def _l14(r, v):
    return "val levels = client.get(\"https://stock.pepperwick.example/api/levels\") {\n    basicAuth(\"stock\", \"%s\")\n}.body<List<Level>>()\n" % V


@syn("kotlin_exposed_database_connect_fourth", "lib", "Database.connect(url, driver, user, VALUE)")
def _l15(r, v):
    return "Database.connect(\"jdbc:postgresql://db.pepperwick.example/stock\", \"org.postgresql.Driver\", \"stock_app\", \"%s\")\n" % V


@syn("csharp_networkcredential_ctor_second", "lib", "new NetworkCredential(user, VALUE, domain)")
def _l16(r, v):
    return "var cred = new NetworkCredential(\"packer\", \"%s\", \"SALTCOTE\");\nusing var client = new HttpClient(new HttpClientHandler { Credentials = cred });\n" % V


@syn("powershell_convertto_securestring_first", "lib", "ConvertTo-SecureString 'VALUE' -AsPlainText -Force")
def _l17(r, v):
    return "$sec = ConvertTo-SecureString '%s' -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential ('SALTCOTE\\ops', $sec)\n" % V


@syn("go_http_request_setbasicauth_second", "lib", "req.SetBasicAuth(user, VALUE)")
def _l18(r, v):
    return "req, _ := http.NewRequest(\"GET\", \"https://stock.pepperwick.example/api/levels\", nil)\nreq.SetBasicAuth(\"stock\", \"%s\")\n" % V


@syn("rust_reqwest_basic_auth_some", "lib", ".basic_auth(user, Some(VALUE))")
def _l19(r, v):
    return "let resp = client\n    .get(\"https://stock.pepperwick.example/api/levels\")\n    .basic_auth(\"stock\", Some(\"%s\"))\n    .send()\n    .await?;\n" % V


@syn("rust_tiberius_authmethod_sql_server", "lib", "AuthMethod::sql_server(user, VALUE)")
def _l20(r, v):
    return "let mut config = Config::new();\nconfig.host(\"sql01.pepperwick.example\");\nconfig.authentication(AuthMethod::sql_server(\"stock_ro\", \"%s\"));\n" % V


@syn("ruby_net_http_basic_auth_second", "lib", "req.basic_auth(user, VALUE)")
def _l21(r, v):
    return "req = Net::HTTP::Get.new(URI(\"https://stock.pepperwick.example/api/levels\"))\nreq.basic_auth(\"stock\", \"%s\")\n" % V


@syn("ruby_faraday_authorization_basic", "lib", "conn.request :authorization, :basic, user, VALUE")
def _l22(r, v):
    return "conn = Faraday.new(url: \"https://stock.pepperwick.example\") do |f|\n  f.request :authorization, :basic, \"stock\", \"%s\"\nend\n" % V


@syn("php_pdo_ctor_third", "lib", "new PDO(dsn, user, VALUE)")
def _l23(r, v):
    return "<?php\n$pdo = new PDO('mysql:host=127.0.0.1;dbname=shop', 'shop', '%s');\n" % V


@syn("php_mysqli_connect_third", "lib", "mysqli_connect(host, user, VALUE, db)")
def _l24(r, v):
    return "<?php\n$db = mysqli_connect('127.0.0.1', 'shop', '%s', 'shop');\n" % V


@syn("php_oci_connect_second", "lib", "oci_connect(user, VALUE, connect_string)")
def _l25(r, v):
    return "<?php\n$conn = oci_connect('lots_app', '%s', 'ledger.macetamarind.example/LEDGER');\n" % V


@syn("perl_dbi_connect_third", "lib", "DBI->connect(dsn, user, VALUE, attrs)")
def _l26(r, v):
    return "my $dbh = DBI->connect(\"dbi:Pg:dbname=harvest;host=db.kervalen-saunerie.example\", \"harvest\", \"%s\", { RaiseError => 1 });\n" % V


@syn("perl_lwp_credentials_fourth", "lib", "$ua->credentials(netloc, realm, user, VALUE)")
def _l27(r, v):
    return "my $ua = LWP::UserAgent->new;\n$ua->credentials(\"salorge.kervalen-saunerie.example:443\", \"Salorge\", \"paludier\", \"%s\");\n" % V


@syn("r_httr_authenticate_second", "lib", "GET(url, authenticate(user, VALUE))")
def _l28(r, v):
    return "library(httr)\nres <- GET(\"https://stock.pepperwick.example/api/levels\", authenticate(\"analyst\", \"%s\"))\n" % V


@syn("erlang_epgsql_connect_third", "lib", "epgsql:connect(host, user, VALUE, opts)")
def _l29(r, v):
    return "{ok, C} = epgsql:connect(\"db.kervalen-saunerie.example\", \"harvest\", \"%s\", #{database => \"harvest\"}).\n" % V


@syn("clojure_clj_http_basic_auth_vector", "lib", "(client/get url {:basic-auth [user VALUE]})")
def _l30(r, v):
    return "(client/get \"https://stock.pepperwick.example/api/levels\" {:basic-auth [\"stock\" \"%s\"] :as :json})\n" % V


@syn("cpp_qsqldatabase_open_two_arguments", "lib", "db.open(user, VALUE)")
def _l31(r, v):
    return "QSqlDatabase db = QSqlDatabase::addDatabase(\"QPSQL\");\ndb.setHostName(\"db.pepperwick.example\");\ndb.setDatabaseName(\"stock\");\nif (!db.open(\"stock_ro\", \"%s\")) qWarning() << db.lastError();\n" % V


@syn("cpp_poco_httpbasiccredentials_second", "lib", "Poco::Net::HTTPBasicCredentials creds(user, VALUE)")
def _l32(r, v):
    return "Poco::Net::HTTPBasicCredentials creds(\"stock\", \"%s\");\ncreds.authenticate(request);\n" % V


@syn("apps_script_jdbc_getconnection_third", "lib", "Jdbc.getConnection(url, user, VALUE)")
def _l33(r, v):
    return "function pullLevels() {\n  var conn = Jdbc.getConnection('jdbc:mysql://db.pepperwick.example:3306/stock', 'reports', '%s');\n}\n" % V


# ----------------------------------------------------------------- gui (18)
@syn("vboxmanage_controlvm_keyboardputstring", "gui", "VBoxManage controlvm vm keyboardputstring VALUE")
def _g1(r, v):
    return "$ VBoxManage controlvm \"pan-scada-win10\" keyboardputstring \"%s\"\n$ VBoxManage controlvm \"pan-scada-win10\" keyboardputscancode 1c 9c\n" % V


@syn("xvkbd_window_text_option", "gui", "xvkbd -window title -text VALUE")
def _g2(r, v):
    return "$ xvkbd -window \"Salorge Terminal\" -text \"%s\\r\"\n" % V


@syn("dotool_type_command_pipe", "gui", "echo type VALUE | dotool")
def _g3(r, v):
    return "$ sleep 2; echo type %s | dotool; echo key enter | dotool\n" % V


@syn("cliclick_type_command", "gui", "cliclick c:x,y t:VALUE kp:return")
def _g4(r, v):
    return "$ cliclick c:640,412 t:%s kp:return\n" % V


@syn("autoit_send_raw_flag", "gui", "Send(VALUE, 1)")
def _g5(r, v):
    return "WinActivate(\"Weighbridge Terminal\")\nControlClick(\"Weighbridge Terminal\", \"\", \"Edit2\")\nSend(\"%s\", 1)\nSend(\"{ENTER}\")\n" % V


@syn("powershell_sendkeys_sendwait", "gui", "[System.Windows.Forms.SendKeys]::SendWait(VALUE)")
def _g6(r, v):
    return "Add-Type -AssemblyName System.Windows.Forms\n$wshell.AppActivate('Checkweigher Supervisor')\n[System.Windows.Forms.SendKeys]::SendWait(\"%s{ENTER}\")\n" % V


@syn("wsh_shell_sendkeys_method", "gui", "CreateObject(\"WScript.Shell\").SendKeys VALUE")
def _g7(r, v):
    return "Set sh = CreateObject(\"WScript.Shell\")\nsh.AppActivate \"Till Manager\"\nWScript.Sleep 500\nsh.SendKeys \"%s~\"\n" % V


@syn("playwright_testid_fill", "gui", "page.getByTestId('f2').fill(VALUE)")
def _g8(r, v):
    return "await page.getByTestId('f1').fill('shopadmin');\nawait page.getByTestId('f2').fill('%s');\nawait page.getByRole('button', { name: 'Sign in' }).click();\n" % V


@syn("cypress_get_type", "gui", "cy.get('#f2').type(VALUE)")
def _g9(r, v):
    return "cy.get('#f1').type('shopadmin')\ncy.get('#f2').type('%s', { log: false })\ncy.contains('Sign in').click()\n" % V


@syn("puppeteer_page_type_selector", "gui", "page.type('#f2', VALUE)")
def _g10(r, v):
    return "await page.type('#f1', 'wholesale');\nawait page.type('#f2', '%s');\nawait page.click('button[type=submit]');\n" % V


@syn("testcafe_typetext_selector", "gui", "t.typeText('#f2', VALUE)")
def _g11(r, v):
    return "await t\n    .typeText('#f1', 'bookings')\n    .typeText('#f2', '%s')\n    .click('#login');\n" % V


@syn("robotframework_input_text_keyword", "gui", "Input Text    id=f2    VALUE")
def _g12(r, v):
    return "*** Test Cases ***\nTill Manager Login\n    Open Browser    https://till.pepperwick.example    firefox\n    Input Text    id=f1    manager\n    Input Text    id=f2    %s\n    Click Button    id=login\n" % V


@syn("capybara_fill_in_with_option", "gui", "fill_in 'f2', with: VALUE")
def _g13(r, v):
    return "visit \"/admin\"\nfill_in \"f1\", with: \"blendadmin\"\nfill_in \"f2\", with: \"%s\"\nclick_button \"Sign in\"\n" % V


@syn("espresso_typetext_view_action", "gui", "onView(withId(R.id.f2)).perform(typeText(VALUE))")
def _g14(r, v):
    return "onView(withId(R.id.f1)).perform(typeText(\"supervisor\"))\nonView(withId(R.id.f2)).perform(typeText(\"%s\"), closeSoftKeyboard())\n" % V


@syn("maestro_flow_inputtext_step", "gui", "- inputText: VALUE")
def _g15(r, v):
    return "appId: uk.saltcote.checkweigh\n---\n- launchApp\n- tapOn:\n    id: \"f2\"\n- inputText: \"%s\"\n- tapOn: \"Unlock\"\n" % V


@syn("pywinauto_child_window_type_keys", "gui", "dlg.child_window(auto_id='f2').type_keys(VALUE)")
def _g16(r, v):
    return "app = Application(backend=\"uia\").connect(title=\"Weighbridge Terminal\")\ndlg = app.window(title=\"Weighbridge Terminal\")\ndlg.child_window(auto_id=\"f2\").type_keys(\"%s{ENTER}\")\n" % V


@syn("hammerspoon_eventtap_keystrokes", "gui", "hs.eventtap.keyStrokes(VALUE)")
def _g17(r, v):
    return "hs.hotkey.bind({\"cmd\", \"alt\"}, \"M\", function()\n  hs.application.launchOrFocus(\"Mill Console\")\n  hs.eventtap.keyStrokes(\"%s\")\nend)\n" % V


@syn("flutter_widget_tester_entertext", "gui", "tester.enterText(find.byKey(Key('f2')), VALUE)")
def _g18(r, v):
    return "await tester.enterText(find.byKey(const Key('f1')), 'paludier04');\nawait tester.enterText(find.byKey(const Key('f2')), '%s');\nawait tester.tap(find.text('Sign in'));\n" % V


# ----------------------------------------------------------------- file (10)
@syn("newusers_batch_file_second_field", "file", "name:VALUE:uid:gid:gecos:home:shell (newusers input)")
def _f1(r, v):
    return "# /root/new-paludiers.txt   (fed to: newusers /root/new-paludiers.txt)\npaludier07:%s:2107:2100:Paludier 07:/home/paludier07:/bin/bash\n" % V


@syn("lighttpd_plain_userfile_colon_pair", "file", "user:VALUE (lighttpd auth.backend plain userfile)")
def _f2(r, v):
    return "# lighttpd.conf\nauth.backend = \"plain\"\nauth.backend.plain.userfile = \"/etc/lighttpd/harvest.user\"\n\n# /etc/lighttpd/harvest.user\npaludier:%s\n" % V


@syn("tinyproxy_basicauth_third_token", "file", "BasicAuth user VALUE (tinyproxy.conf)")
def _f3(r, v):
    return "# /etc/tinyproxy/tinyproxy.conf (mill room)\nPort 8888\nAllow 192.168.64.0/24\nBasicAuth millroom %s\n" % V


@syn("squid_cache_peer_login_colon_pair", "file", "cache_peer host parent port 0 ... login=user:VALUE")
def _f4(r, v):
    return "# squid.conf\ncache_peer proxy.macetamarind.example parent 3128 0 no-query default login=pepperwick:%s\nnever_direct allow all\n" % V


@syn("hostapd_eap_user_quoted_third_field", "file", "\"user\" MSCHAPV2 \"VALUE\" [2] (hostapd.eap_user)")
def _f5(r, v):
    return "# /etc/hostapd/hostapd.eap_user\n*               PEAP\n\"paludier07\"    MSCHAPV2    \"%s\"    [2]\n" % V


@syn("nut_upsmon_monitor_fifth_field", "file", "MONITOR ups@host 1 user VALUE primary (upsmon.conf)")
def _f6(r, v):
    return "# /etc/nut/upsmon.conf\nMONITOR panups@localhost 1 upsmon %s primary\nSHUTDOWNCMD \"/sbin/shutdown -h +0\"\n" % V


@syn("sendmail_authinfo_p_colon_tag", "file", "AuthInfo:host \"U:user\" \"I:user\" \"P:VALUE\" (sendmail access db)")
def _f7(r, v):
    return "# /etc/mail/authinfo\nAuthInfo:smtp.pepperwick.example \"U:shopmail\" \"I:shopmail\" \"P:%s\" \"M:PLAIN\"\n" % V


@syn("dma_auth_conf_pipe_colon", "file", "user|host:VALUE (DragonFly Mail Agent auth.conf)")
def _f8(r, v):
    return "# /etc/dma/auth.conf\nshopmail|smtp.pepperwick.example:%s\n" % V


@syn("saltcote_gate_roster_tsv_third_column", "file", "badge<TAB>name<TAB>VALUE<TAB>shift (invented)")
def _f9(r, v):
    return "# gate-roster.tsv  (visitor-centre door controller import; columns: badge, name, code, shift)\n0417\tD Halvorsen\t%s\tearly\n" % V


@syn("pepperwick_till_staff_fixed_width_columns", "file", "fixed columns 1-4 staff, 6-15 login, 17-32 VALUE, 34-36 role (invented)")
def _f10(r, v):
    return "* tillstaff.dat  cols 1-4 staff no, 6-15 login, 17-32 sign-on, 34-36 role\n0041 pnair      %s%s MGR\n" % (V, " " * (16 - len(v)))


# ----------------------------------------------------------------- sql (6)
@syn("teradata_bteq_logon_comma_pair", "sql", ".LOGON tdpid/user,VALUE")
def _q1(r, v):
    return "$ bteq\n .LOGON tdprod/lots_etl,%s\n *** Logon successfully completed.\n SELECT COUNT(*) FROM lots.arrivals;\n" % V


@syn("sqlserver_openrowset_semicolon_third", "sql", "OPENROWSET('provider', 'server';'user';'VALUE', 'query')")
def _q2(r, v):
    return "SELECT TOP 10 * FROM OPENROWSET('MSOLEDBSQL', 'sql01.pepperwick.example';'stock_ro';'%s',\n    'SELECT * FROM StockDB.dbo.Lots ORDER BY received DESC');\n" % V


@syn("sqlserver_sp_addlinkedsrvlogin_fifth", "sql", "EXEC sp_addlinkedsrvlogin 'srv', 'false', NULL, 'user', 'VALUE'")
def _q3(r, v):
    return "EXEC sp_addlinkedserver 'LEDGER', '', 'MSOLEDBSQL', 'ledger.macetamarind.example';\nEXEC sp_addlinkedsrvlogin 'LEDGER', 'false', NULL, 'lots_link', '%s';\n" % V


@syn("sybase_sp_addexternlogin_fourth", "sql", "sp_addexternlogin server, local, remote, 'VALUE'")
def _q4(r, v):
    return "1> sp_addexternlogin LEDGER, sa_local, lots_remote, '%s'\n2> go\n" % V


@syn("neo4j_cypher_createuser_procedure_second", "sql", "CALL dbms.security.createUser('user', 'VALUE', false)")
def _q5(r, v):
    return "neo4j@system> CALL dbms.security.createUser('analyst', '%s', false);\n0 rows\n" % V


@syn("sqlserver_sp_addlogin_second", "sql", "EXEC sp_addlogin 'login', 'VALUE', 'db'")
def _q6(r, v):
    return "EXEC sp_addlogin 'stock_ro', '%s', 'StockDB';\nEXEC sp_grantdbaccess 'stock_ro';\n" % V


# ----------------------------------------------------------------- proto (7)
@syn("amqp_connection_start_ok_plain_response", "proto", "Start-Ok Mechanism PLAIN, Response \\000user\\000VALUE")
def _p1(r, v):
    return ("Advanced Message Queuing Protocol\n    Type: Method (1)\n    Channel: 0\n    Class: Connection (10)\n    Method: Start-Ok (11)\n"
            "    Arguments\n        Mechanism: PLAIN\n        Response: \\000harvest\\000%s\n        Locale: en_US\n") % V


@syn("memcached_ascii_auth_set_body", "proto", "set <key> 0 0 <n>\\r\\n user VALUE\\r\\n")
def _p2(r, v):
    return "memcached ASCII authentication, transcript of nc cache01.pepperwick.example 11211\n> set auth 0 0 %d\n> shopcache %s\n< STORED\n" % (len("shopcache ") + len(v), V)


@syn("socks5_rfc1929_subnegotiation_bytes", "proto", "0x01 ULEN user PLEN VALUE")
def _p3(r, v):
    return "# scapy, packet 214 from mill-proxy.pcap (client to 10.64.2.9:1080), raw payload\nb'\\x01\\x06packer\\x0c%s'\n# server reply b'\\x01\\x00'\n" % V


@syn("ioquake3_oob_console_command", "proto", "\\xff\\xff\\xff\\xffrcon VALUE command")
def _p4(r, v):
    return "UDP 10.64.9.4:51112 -> 10.64.9.10:27960 (break-room game box)\n\\xff\\xff\\xff\\xffrcon %s status\n" % V


@syn("threegpp_at_cgauth_fourth", "proto", "AT+CGAUTH=cid,type,\"user\",\"VALUE\"")
def _p5(r, v):
    return "AT+CGDCONT=1,\"IP\",\"iot.kvl-apn\"\r\nOK\r\nAT+CGAUTH=1,1,\"kvl-iot\",\"%s\"\r\nOK\r\n" % V


@syn("quectel_at_qicsgp_fifth", "proto", "AT+QICSGP=ctx,type,\"apn\",\"user\",\"VALUE\",auth")
def _p6(r, v):
    return "AT+QICSGP=1,1,\"iot.kvl-apn\",\"kvl\",\"%s\",1\r\nOK\r\nAT+QIACT=1\r\nOK\r\n" % V


@syn("shoutcast_v1_encoder_first_line", "proto", "source client sends VALUE as its first line")
def _p7(r, v):
    return "TCP 10.64.5.7:40112 -> stream.saltcote.example:8001 (visitor-centre audio tour, source client)\n>> %s\n<< OK2\n<< icy-caps:11\n>> icy-name:Saltcote Audio Tour\n>> icy-br:128\n" % V


assert len(SYNTAXES) == 110, len(SYNTAXES)
SYNTAX_NAMES = [s["name"] for s in SYNTAXES]
assert len(set(SYNTAX_NAMES)) == 110


def build(reg):
    rng = random.Random(SEED)
    out = []
    for s in SYNTAXES:
        for _ in range(500):
            v = C.password(rng, strict=True, cap=0.3)
            if HINT_RE.search(v) or not reg.ok(v) or len(v) > 16:
                continue
            tpl = s["fn"](rng, v)
            assert tpl.count(MARK) == 1, s["name"]
            text = tpl.replace(MARK, v)
            if HINT_RE.search(text):
                raise RuntimeError("hint word in template " + s["name"])
            reg.add(v)
            break
        else:
            raise RuntimeError("no value for " + s["name"])
        start = tpl.index(MARK)
        t = PREFIX + s["name"]
        out.append({
            "type": t, "container": "%s__%s" % (s["name"], WHERE[s["where"]]), "text": text,
            "secrets": [{"value": v, "start": start, "end": start + len(v), "type": t}],
            "source": "password",
        })
    return out
