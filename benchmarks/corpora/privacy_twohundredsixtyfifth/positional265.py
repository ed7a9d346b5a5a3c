"""Positional passwords: the value is a password, but no key name in the text says so."""
import random

import common265 as C
from common265 import MARK
import world265 as W

PREFIX = "twpw_"
WHERE = {
    "cli": "kettlewick_ops_terminal",
    "stdin": "workshop_server_pipe",
    "lib": "kettlewick_code_excerpt",
    "gui": "shop_ui_automation_script",
    "file": "workshop_host_file",
    "sql": "stock_db_console",
    "proto": "till_network_capture",
}
V = MARK

# (syntax, where, template, short form for the README); @U@ user login, @IP@ private address
SYNTAXES = [
    # ---------------------------------------------------------------- cli
    ("qpdf_encrypt_owner_second_positional", "cli", "$ qpdf --encrypt \"\" " + V + " 256 -- quote_2025_0317.pdf quote_2025_0317.locked.pdf\n$ ls -l quote_2025_0317.locked.pdf\n-rw-r--r-- 1 @U@ staff 88231 Mar 17 10:02 quote_2025_0317.locked.pdf\n", "qpdf --encrypt USER OWNER 256 -- in out (owner second)"),
    ("aescrypt_lower_p_flag", "cli", "$ aescrypt -e -p " + V + " -o ledger_backup.db.aes ledger_backup.db\n$ shred -u ledger_backup.db\n", "aescrypt -e -p VALUE -o out in"),
    ("windows_net_use_value_after_share", "cli", "C:\\Users\\@U@> net use Z: \\\\nas01\\repairs " + V + " /user:HALLORAN\\@U@ /persistent:no\nThe command completed successfully.\n", "net use Z: \\\\host\\share VALUE /user:DOM\\user"),
    ("sysinternals_psexec_lower_p_after_lower_u", "cli", "C:\\Tools> psexec \\\\till02 -u MARBURY\\@U@ -p " + V + " -accepteula cmd /c ipconfig /flushdns\n", "psexec \\\\host -u DOM\\user -p VALUE cmd"),
    ("schtasks_create_rp_after_ru", "cli", "C:\\> schtasks /create /tn \"NightlyStockSync\" /tr \"C:\\Tools\\sync.cmd\" /sc daily /st 23:30 /ru MARBURY\\svc_sync /rp " + V + "\nSUCCESS: The scheduled task \"NightlyStockSync\" has successfully been created.\n", "schtasks /create ... /ru DOM\\user /rp VALUE"),
    ("ipmitool_capital_p_after_capital_u", "cli", "$ ipmitool -I lanplus -H @IP@ -U admin -P " + V + " chassis power status\nChassis Power is on\n", "ipmitool -I lanplus -H host -U user -P VALUE cmd"),
    ("dell_racadm_lower_p_after_lower_u", "cli", "$ racadm -r @IP@ -u root -p " + V + " getsysinfo | head -3\nRAC Information:\nRAC Date/Time           = Mon Mar 17 2025 09:14:02\n", "racadm -r host -u user -p VALUE cmd"),
    ("hana_hdbsql_lower_p_after_lower_u", "cli", "$ hdbsql -n hana01:30015 -u STOCK -p " + V + " \"SELECT COUNT(*) FROM STOCK.MOVES\"\nCOUNT(*)\n48213\n1 row selected\n", "hdbsql -n host:port -u USER -p VALUE sql"),
    ("sqlserver_bcp_capital_p_after_capital_u", "cli", "C:\\Exports> bcp Stock.dbo.Moves out moves.dat -S sql01 -U stockread -P " + V + " -c\nStarting copy...\n48213 rows copied.\n", "bcp table out file -S server -U user -P VALUE -c"),
    ("docker_login_lower_p_after_lower_u", "cli", "$ docker login registry.kettlewick.example -u deploy -p " + V + "\nLogin Succeeded\n", "docker login registry -u user -p VALUE"),
    ("rabbitmqctl_add_user_second_positional", "cli", "$ sudo rabbitmqctl add_user till_bridge " + V + "\nAdding user \"till_bridge\" ...\n$ sudo rabbitmqctl set_permissions -p / till_bridge \"^till\\.\" \"^till\\.\" \"^till\\.\"\n", "rabbitmqctl add_user name VALUE"),
    ("ejabberdctl_register_third_positional", "cli", "$ sudo ejabberdctl register postroom chat.quillon-pens.example " + V + "\nUser postroom@chat.quillon-pens.example successfully registered\n", "ejabberdctl register user host VALUE"),
    ("neo4j_cypher_shell_lower_p_after_lower_u", "cli", "$ cypher-shell -a neo4j://@IP@:7687 -u neo4j -p " + V + " \"MATCH (n:Pen) RETURN count(n);\"\ncount(n)\n2317\n", "cypher-shell -a url -u user -p VALUE query"),
    ("hive_beeline_lower_p_after_lower_n", "cli", "$ beeline -u jdbc:hive2://hive01:10000/sales -n @U@ -p " + V + " -e \"show tables;\"\n", "beeline -u jdbc-url -n user -p VALUE -e sql"),
    ("maxdb_dbmcli_user_comma_value", "cli", "$ dbmcli -d STK -u control," + V + " db_state\nOK\nState\nONLINE\n", "dbmcli -d DB -u user,VALUE cmd"),
    ("sapcontrol_user_two_positionals", "cli", "$ sapcontrol -nr 00 -host sap01 -user stkadm " + V + " -function GetProcessList\n17.03.2025 09:20:11\nGetProcessList\nOK\n", "sapcontrol -nr NN -host h -user USER VALUE -function F"),
    ("rclone_obscure_first_positional", "cli", "$ rclone obscure " + V + "\n@OBSC@\n", "rclone obscure VALUE"),
    ("dislocker_glued_lower_u", "cli", "$ sudo dislocker -V /dev/sdb1 -u" + V + " -- /mnt/bitlocker\n$ sudo mount -o loop,ro /mnt/bitlocker/dislocker-file /mnt/usb\n", "dislocker -V dev -uVALUE -- dir"),
    ("megacmd_login_second_positional", "cli", "$ mega-login @U@@quillon-pens.example " + V + "\n[API:info: 09:31:07] Fetching nodes ...\n", "mega-login email VALUE"),
    ("nut_upscmd_lower_p_after_lower_u", "cli", "$ upscmd -u admin -p " + V + " shopups@localhost beeper.disable\nOK\n", "upscmd -u user -p VALUE ups cmd"),
    ("poetry_config_http_basic_second_value", "cli", "$ poetry config http-basic.kettlewick deploy " + V + "\n$ poetry publish -r kettlewick\n", "poetry config http-basic.repo user VALUE"),
    ("composer_config_http_basic_third_value", "cli", "$ composer config --global http-basic.packages.kettlewick.example deploy " + V + "\n", "composer config http-basic.host user VALUE"),
    ("bundler_config_set_colon_pair", "cli", "$ bundle config set --global gems.kettlewick.example deploy:" + V + "\n", "bundle config set host user:VALUE"),
    ("shadowsocks_local_lower_k_flag", "cli", "$ ss-local -s @IP@ -p 8388 -l 1080 -k " + V + " -m chacha20-ietf-poly1305 -u\n", "ss-local -s host -p port -k VALUE -m cipher"),
    ("transmission_remote_n_colon_pair", "cli", "$ transmission-remote @IP@:9091 -n admin:" + V + " -l\nID     Done       Have  ETA           Up    Down  Ratio  Status       Name\nSum:              None               0.0     0.0\n", "transmission-remote host:port -n user:VALUE -l"),
    ("mpd_mpc_host_at_prefix", "cli", "$ mpc -h " + V + "@@IP@ volume 40\nvolume: 40%   repeat: off   random: on    single: off   consume: off\n", "mpc -h VALUE@host cmd"),
    ("zoneminder_zmu_capital_p_after_capital_u", "cli", "$ zmu -m 1 -U admin -P " + V + " --state\n0\n", "zmu -m N -U user -P VALUE --state"),
    # ---------------------------------------------------------------- stdin
    ("expect_send_after_login_prompt", "stdin", "#!/usr/bin/expect -f\nspawn cadaver https://dav.quillon-pens.example/photos/\nexpect \"Username:\"\nsend \"postroom\\r\"\nexpect \"assword:\"\nsend \"" + V + "\\r\"\nexpect \"dav:\"\nsend \"mput *.jpg\\r\"\n", "expect script: send \"VALUE\\r\" after the login prompt"),
    ("powershell_pscredential_pipeline", "stdin", "PS C:\\> $s = '" + V + "' | ConvertTo-SecureString -AsPlainText -Force\nPS C:\\> $c = New-Object System.Management.Automation.PSCredential ('MARBURY\\svc_sync', $s)\nPS C:\\> Invoke-Command -ComputerName till02 -Credential $c -ScriptBlock { Get-Service StockSync }\n", "'VALUE' | ConvertTo-SecureString ...; New-Object PSCredential(user, $s)"),
    ("keyctl_padd_stdin", "stdin", "$ echo -n " + V + " | keyctl padd user cifs:a:nas01.halloran-typewriters.example @u\n912734816\n", "echo -n VALUE | keyctl padd user desc @u"),
    ("encfs_capital_s_here_string", "stdin", "$ encfs -S /srv/.quotes_enc /srv/quotes <<< " + V + "\n$ ls /srv/quotes | head -2\n2025-03-quote-0317.pdf\n2025-03-quote-0318.pdf\n", "encfs -S raw mountpoint <<< VALUE (bash here-string)"),
    ("rdesktop_p_dash_stdin", "stdin", "$ echo " + V + " | rdesktop -u @U@ -p - -g 1280x800 @IP@\n", "echo VALUE | rdesktop -u user -p - host"),
    ("gnome_keyring_daemon_unlock_stdin", "stdin", "$ echo -n " + V + " | gnome-keyring-daemon --unlock --replace\nSSH_AUTH_SOCK=/run/user/1000/keyring/ssh\n", "echo -n VALUE | gnome-keyring-daemon --unlock"),
    ("ccrypt_k_dash_stdin", "stdin", "$ echo " + V + " | ccrypt -d -k - stock_export_0317.csv.cpt\n$ wc -l stock_export_0317.csv\n2317 stock_export_0317.csv\n", "echo VALUE | ccrypt -d -k - file.cpt"),
    ("systemd_creds_encrypt_stdin", "stdin", "$ echo -n " + V + " | sudo systemd-creds encrypt --name=bridge-login - /etc/credstore.encrypted/bridge-login\n", "echo -n VALUE | systemd-creds encrypt --name=n - out"),
    # ---------------------------------------------------------------- lib
    ("python_pymssql_connect_third", "lib", "import pymssql\n\nconn = pymssql.connect(\"sql01.marbury-stationers.example\", \"stockread\", \"" + V + "\", \"Stock\")\ncur = conn.cursor()\ncur.execute(\"SELECT sku, qty FROM dbo.Levels WHERE qty < 3\")\n", "pymssql.connect(server, user, VALUE, db)"),
    ("python_pikepdf_open_second", "lib", "import pikepdf\n\nwith pikepdf.open(\"quote_0317.pdf\", \"" + V + "\") as pdf:\n    pdf.save(\"quote_0317_open.pdf\")\n", "pikepdf.open(path, VALUE)"),
    ("python_pymupdf_authenticate", "lib", "import fitz\n\ndoc = fitz.open(\"invoice_batch.pdf\")\nif doc.is_encrypted:\n    doc.authenticate(\"" + V + "\")\nprint(doc.page_count)\n", "doc.authenticate(VALUE)"),
    ("python_msoffcrypto_load_key_first", "lib", "import msoffcrypto\n\nwith open(\"supplier_prices.xlsx\", \"rb\") as f:\n    office = msoffcrypto.OfficeFile(f)\n    office.load_key(\"" + V + "\")\n    office.decrypt(open(\"supplier_prices_plain.xlsx\", \"wb\"))\n", "office.load_key(VALUE)"),
    ("python_win32security_logonuser_third", "lib", "import win32security, win32con\n\nh = win32security.LogonUser(\"svc_sync\", \"MARBURY\", \"" + V + "\", win32con.LOGON32_LOGON_NETWORK, win32con.LOGON32_PROVIDER_DEFAULT)\n", "win32security.LogonUser(user, domain, VALUE, type, provider)"),
    ("python_pika_plaincredentials_second", "lib", "import pika\n\ncreds = pika.PlainCredentials(\"till_bridge\", \"" + V + "\")\nparams = pika.ConnectionParameters(\"@IP@\", 5672, \"/\", creds)\n", "pika.PlainCredentials(user, VALUE)"),
    ("python_cryptography_load_pem_private_key_second", "lib", "from cryptography.hazmat.primitives import serialization\n\nwith open(\"label_signing.pem\", \"rb\") as f:\n    key = serialization.load_pem_private_key(f.read(), b\"" + V + "\")\n", "serialization.load_pem_private_key(data, bVALUE)"),
    ("python_sqlalchemy_url_create_third", "lib", "from sqlalchemy import URL, create_engine\n\nurl = URL.create(\"mssql+pymssql\", \"stockread\", \"" + V + "\", \"sql01\", 1433, \"Stock\")\nengine = create_engine(url)\n", "URL.create(driver, user, VALUE, host, port, db)"),
    ("python_cassandra_plaintextauthprovider_second", "lib", "from cassandra.auth import PlainTextAuthProvider\nfrom cassandra.cluster import Cluster\n\nauth = PlainTextAuthProvider(\"stock\", \"" + V + "\")\nsession = Cluster([\"@IP@\"], auth_provider=auth).connect(\"inventory\")\n", "PlainTextAuthProvider(user, VALUE)"),
    ("python_odoo_xmlrpc_execute_kw_third", "lib", "import xmlrpc.client\n\nmodels = xmlrpc.client.ServerProxy(\"https://odoo.marbury-stationers.example/xmlrpc/2/object\")\nn = models.execute_kw(\"marbury\", 7, \"" + V + "\", \"product.product\", \"search_count\", [[[\"qty_available\", \"<\", 3]]])\n", "models.execute_kw(db, uid, VALUE, model, method, args)"),
    ("java_apache_ntcredentials_second", "lib", "CredentialsProvider cp = new BasicCredentialsProvider();\ncp.setCredentials(AuthScope.ANY, new NTCredentials(\"@U@\", \"" + V + "\", \"TILL02\", \"MARBURY\"));\n", "new NTCredentials(user, VALUE, workstation, domain)"),
    ("java_pdfbox_load_second", "lib", "try (PDDocument doc = PDDocument.load(new File(\"quote_0317.pdf\"), \"" + V + "\")) {\n    doc.setAllSecurityToBeRemoved(true);\n    doc.save(\"quote_0317_open.pdf\");\n}\n", "PDDocument.load(file, VALUE)"),
    ("kotlin_ktor_basicauthcredentials_second", "lib", "install(Auth) {\n    basic {\n        credentials { BasicAuthCredentials(\"@U@\", \"" + V + "\") }\n        realm = \"parts-queue\"\n    }\n}\n", "BasicAuthCredentials(user, VALUE)"),
    ("scala_scalaj_http_auth_second", "lib", "val res = Http(\"https://parts.halloran-typewriters.example/api/queue\").auth(\"@U@\", \"" + V + "\").asString\n", "Http(url).auth(user, VALUE)"),
    ("groovy_sql_newinstance_third", "lib", "def sql = groovy.sql.Sql.newInstance(\"jdbc:postgresql://@IP@/clinic\", \"clinic\", \"" + V + "\", \"org.postgresql.Driver\")\nsql.eachRow(\"select id, pen from bookings\") { println it }\n", "Sql.newInstance(url, user, VALUE, driver)"),
    ("csharp_networkcredential_second", "lib", "var handler = new HttpClientHandler { Credentials = new NetworkCredential(\"svc_labels\", \"" + V + "\", \"QUILLON\") };\nvar http = new HttpClient(handler);\n", "new NetworkCredential(user, VALUE, domain)"),
    ("csharp_pdfsharp_pdfreader_open_second", "lib", "using var doc = PdfReader.Open(\"quote_0317.pdf\", \"" + V + "\", PdfDocumentOpenMode.Modify);\ndoc.Save(\"quote_0317_open.pdf\");\n", "PdfReader.Open(path, VALUE, mode)"),
    ("csharp_epplus_excelpackage_second", "lib", "using var pkg = new ExcelPackage(new FileInfo(@\"C:\\Shop\\supplier_prices.xlsx\"), \"" + V + "\");\nvar ws = pkg.Workbook.Worksheets[\"Prices\"];\n", "new ExcelPackage(file, VALUE)"),
    ("go_gowebdav_newclient_third", "lib", "c := gowebdav.NewClient(\"https://dav.quillon-pens.example/photos\", \"postroom\", \"" + V + "\")\nif err := c.Connect(); err != nil {\n\tlog.Fatal(err)\n}\n", "gowebdav.NewClient(url, user, VALUE)"),
    ("rust_tiberius_authmethod_sql_server_second", "lib", "let mut config = Config::new();\nconfig.host(\"sql01\");\nconfig.authentication(AuthMethod::sql_server(\"stockread\", \"" + V + "\"));\n", "AuthMethod::sql_server(user, VALUE)"),
    ("ruby_faraday_request_authorization_basic", "lib", "conn = Faraday.new(url: \"https://parts.halloran-typewriters.example\") do |f|\n  f.request :authorization, :basic, \"@U@\", \"" + V + "\"\nend\n", "f.request :authorization, :basic, user, VALUE"),
    ("ruby_rest_client_resource_third", "lib", "site = RestClient::Resource.new(\"https://odoo.marbury-stationers.example/api\", \"@U@\", \"" + V + "\")\nputs site[\"stock/levels\"].get\n", "RestClient::Resource.new(url, user, VALUE)"),
    ("ruby_mechanize_add_auth_third", "lib", "agent = Mechanize.new\nagent.add_auth(\"https://intranet.marbury-stationers.example/\", \"@U@\", \"" + V + "\")\npage = agent.get(\"https://intranet.marbury-stationers.example/rota\")\n", "agent.add_auth(url, user, VALUE)"),
    ("ruby_pkey_rsa_new_second", "lib", "key = OpenSSL::PKey::RSA.new(File.read(\"label_signing.pem\"), \"" + V + "\")\n", "OpenSSL::PKey::RSA.new(pem, VALUE)"),
    ("php_pdo_ctor_third", "lib", "$db = new PDO('pgsql:host=@IP@;dbname=clinic', 'clinic', '" + V + "');\n$rows = $db->query('SELECT id, pen FROM bookings')->fetchAll();\n", "new PDO(dsn, user, VALUE)"),
    ("php_pkey_get_private_second", "lib", "$key = openssl_pkey_get_private(file_get_contents('/etc/labels/signing.pem'), '" + V + "');\n", "openssl_pkey_get_private(pem, VALUE)"),
    ("php_guzzle_auth_array_second", "lib", "$res = $client->request('GET', 'https://parts.halloran-typewriters.example/api/queue', [\n    'auth' => ['@U@', '" + V + "'],\n]);\n", "['auth' => [user, VALUE]]"),
    ("js_node_forge_decryptrsaprivatekey_second", "lib", "const key = forge.pki.decryptRsaPrivateKey(fs.readFileSync('label_signing.pem', 'utf8'), '" + V + "');\n", "forge.pki.decryptRsaPrivateKey(pem, VALUE)"),
    ("perl_dbi_connect_third", "lib", "my $dbh = DBI->connect(\"dbi:Pg:dbname=clinic;host=@IP@\", \"clinic\", \"" + V + "\", { RaiseError => 1 });\n", "DBI->connect(dsn, user, VALUE, attrs)"),
    ("erlang_epgsql_connect_third", "lib", "{ok, C} = epgsql:connect(\"@IP@\", \"clinic\", \"" + V + "\", #{database => \"clinic\", timeout => 4000}).\n", "epgsql:connect(host, user, VALUE, opts)"),
    ("julia_odbc_connection_third", "lib", "using ODBC, DataFrames\nconn = ODBC.Connection(\"StockDSN\", \"stockread\", \"" + V + "\")\ndf = DBInterface.execute(conn, \"SELECT sku, qty FROM levels\") |> DataFrame\n", "ODBC.Connection(dsn, user, VALUE)"),
    ("c_pem_read_bio_privatekey_fourth", "lib", "BIO *bio = BIO_new_file(\"label_signing.pem\", \"r\");\nEVP_PKEY *pkey = PEM_read_bio_PrivateKey(bio, NULL, NULL, (void *)\"" + V + "\");\n", "PEM_read_bio_PrivateKey(bio, NULL, NULL, VALUE)"),
    ("cpp_poco_httpbasiccredentials_second", "lib", "Poco::Net::HTTPRequest req(Poco::Net::HTTPRequest::HTTP_GET, \"/api/queue\");\nPoco::Net::HTTPBasicCredentials cred(\"@U@\", \"" + V + "\");\ncred.authenticate(req);\n", "HTTPBasicCredentials cred(user, VALUE)"),
    ("vba_workbooks_open_fifth_positional", "lib", "Sub OpenPrices()\n    Dim wb As Workbook\n    Set wb = Workbooks.Open(\"C:\\Shop\\supplier_prices.xlsx\", , True, , \"" + V + "\")\nEnd Sub\n", "Workbooks.Open(path, , True, , VALUE)"),
    # ---------------------------------------------------------------- gui
    ("playwright_page_fill_second", "gui", "await page.goto('https://intake.halloran-typewriters.example/admin');\nawait page.fill('#f1', '@U@');\nawait page.fill('#f2', '" + V + "');\nawait page.click('#go');\n", "page.fill('#f2', VALUE)"),
    ("puppeteer_page_type_second", "gui", "await page.type('#f1', '@U@');\nawait page.type('#f2', '" + V + "', { delay: 40 });\nawait page.keyboard.press('Enter');\n", "page.type('#f2', VALUE)"),
    ("cypress_get_type_chain", "gui", "cy.visit('/till/manager');\ncy.get('#f1').type('@U@');\ncy.get('#f2').type('" + V + "{enter}');\n", "cy.get('#f2').type(VALUE)"),
    ("testcafe_typetext_second", "gui", "test('manager refund', async t => {\n    await t.typeText('#f1', '@U@').typeText('#f2', '" + V + "').click('#go');\n});\n", "t.typeText('#f2', VALUE)"),
    ("go_chromedp_keys_action", "gui", "err := chromedp.Run(ctx,\n\tchromedp.Navigate(\"https://tracker.quillon-pens.example/login\"),\n\tchromedp.SendKeys(\"#f2\", \"" + V + "\", chromedp.ByQuery),\n\tchromedp.Click(\"#go\"),\n)\n", "chromedp.SendKeys(\"#f2\", VALUE)"),
    ("nutjs_type_string", "gui", "await mouse.leftClick();\nawait keyboard.type('" + V + "');\nawait keyboard.pressKey(Key.Enter);\n", "keyboard.type(VALUE)"),
    ("autoit_controlsettext_fourth", "gui", "WinWaitActive(\"Till Manager\")\nControlSetText(\"Till Manager\", \"\", \"[NAME:f2]\", \"" + V + "\")\nControlClick(\"Till Manager\", \"\", \"[NAME:go]\")\n", "ControlSetText(title, text, control, VALUE)"),
    ("pywinauto_set_edit_text", "gui", "dlg = app.window(title=\"Grind Profile\")\ndlg.child_window(auto_id=\"f2\", control_type=\"Edit\").set_edit_text(\"" + V + "\")\ndlg.child_window(auto_id=\"go\").click()\n", "child_window(auto_id='f2').set_edit_text(VALUE)"),
    ("pyautogui_write_first", "gui", "pyautogui.click(640, 412)\npyautogui.write(\"" + V + "\", interval=0.05)\npyautogui.press(\"enter\")\n", "pyautogui.write(VALUE)"),
    ("detox_element_typetext", "gui", "await element(by.id('f1')).typeText('@U@');\nawait element(by.id('f2')).typeText('" + V + "');\nawait element(by.id('go')).tap();\n", "element(by.id('f2')).typeText(VALUE)"),
    ("flutter_tester_entertext_second", "gui", "await tester.enterText(find.byKey(const Key('f2')), '" + V + "');\nawait tester.tap(find.byKey(const Key('go')));\nawait tester.pumpAndSettle();\n", "tester.enterText(find.byKey(Key('f2')), VALUE)"),
    ("robotframework_browser_fill_text", "gui", "*** Test Cases ***\nManager Login\n    New Page    https://intake.halloran-typewriters.example/admin\n    Fill Text    id=f1    @U@\n    Fill Text    id=f2    " + V + "\n    Click    id=go\n", "Fill Text    id=f2    VALUE"),
    ("power_automate_desktop_populatetextfield", "gui", "UIAutomation.PopulateTextField TextField: appmask['Till Manager']['f2'] Text: $'''" + V + "''' Mode: UIAutomation.PopulateTextMode.Replace UnfocusAfterPopulate: False\n", "PopulateTextField ... Text: $'''VALUE'''"),
    ("hammerspoon_eventtap_keystrokes", "gui", "hs.hotkey.bind({\"cmd\", \"alt\"}, \"T\", function()\n  hs.eventtap.keyStrokes(\"" + V + "\")\nend)\n", "hs.eventtap.keyStrokes(VALUE)"),
    ("adb_shell_input_text", "gui", "$ adb -s R58N90ABCDE shell input tap 540 880\n$ adb -s R58N90ABCDE shell input text '" + V + "'\n$ adb -s R58N90ABCDE shell input keyevent 66\n", "adb shell input text VALUE"),
    ("cliclick_t_colon_after_click", "gui", "$ cliclick c:640,412 t:" + V + " kp:return\n", "cliclick c:x,y t:VALUE"),
    ("kif_entertext_intoview", "gui", "[tester tapViewWithAccessibilityLabel:@\"f1\"];\n[tester enterText:@\"" + V + "\" intoViewWithAccessibilityLabel:@\"f2\"];\n", "[tester enterText:@VALUE intoViewWithAccessibilityLabel:@\"f2\"]"),
    ("flaui_textbox_enter", "gui", "var box = window.FindFirstDescendant(cf.ByAutomationId(\"f2\")).AsTextBox();\nbox.Enter(\"" + V + "\");\n", "AsTextBox().Enter(VALUE)"),
    ("eggplant_sensetalk_typetext", "gui", "Click \"f2_field\"\nTypeText \"" + V + "\"\nTypeText returnKey\n", "TypeText VALUE"),
    ("imacros_tag_content_field", "gui", "VERSION BUILD=1011 RECORDER=CR\nURL GOTO=https://intake.halloran-typewriters.example/admin\nTAG POS=1 TYPE=INPUT:TEXT ATTR=ID:f2 CONTENT=" + V + "\nTAG POS=1 TYPE=BUTTON ATTR=ID:go\n", "TAG ... ATTR=ID:f2 CONTENT=VALUE"),
    ("chrome_devtools_recorder_change_step", "gui", "{\n  \"title\": \"till manager\",\n  \"steps\": [\n    {\"type\": \"navigate\", \"url\": \"https://shop.marbury-stationers.example/till\"},\n    {\"type\": \"change\", \"value\": \"" + V + "\", \"selectors\": [[\"#f2\"]], \"target\": \"main\"}\n  ]\n}\n", "{\"type\": \"change\", \"value\": VALUE, \"selectors\": [[\"#f2\"]]}"),
    # ---------------------------------------------------------------- file
    ("tinyproxy_basicauth_directive_third", "file", "# /etc/tinyproxy/tinyproxy.conf\nPort 8888\nListen @IP@\nAllow 10.65.0.0/16\nBasicAuth shopproxy " + V + "\n", "BasicAuth user VALUE"),
    ("squid_cache_peer_login_colon", "file", "# /etc/squid/squid.conf (excerpt)\ncache_peer proxy.upstream.example parent 3128 0 no-query default login=shop:" + V + "\nnever_direct allow all\n", "cache_peer ... login=user:VALUE"),
    ("zxing_wifi_qr_p_field", "file", "# guest-wifi.txt (encoded into the QR sign by the till)\nWIFI:T:WPA;S:Marbury Guest;P:" + V + ";H:false;;\n", "WIFI:T:WPA;S:ssid;P:VALUE;;"),
    ("nut_upsmon_monitor_fourth_field", "file", "# /etc/nut/upsmon.conf\nMONITOR shopups@localhost 1 upsmon " + V + " primary\nMINSUPPLIES 1\nSHUTDOWNCMD \"/sbin/shutdown -h +0\"\n", "MONITOR ups@host 1 user VALUE primary"),
    ("ntp_keys_file_third_field", "file", "# /etc/ntp.keys (router and till)\n1 M " + V + "\n", "keyid M VALUE"),
    ("haproxy_stats_auth_colon_pair", "file", "listen stats\n    bind @IP@:8404\n    stats enable\n    stats uri /stats\n    stats auth admin:" + V + "\n", "stats auth user:VALUE"),
    ("halloran_bench_roster_fixed_width_cols_21_36", "file", "# bench.dat  cols 1-10 login, 11-20 bench, 21-36 code, 37-44 since\n@ROWA@\n@ROWV@\n", "invented fixed-width file: login(10) bench(10) VALUE(16) since(8)"),
    ("marbury_till_operators_unit_separator_third", "file", "till1\u001f@U2@\u001f-\u001fmanager\u001etill2\u001f@U@\u001f" + V + "\u001fsupervisor\u001e", "invented record file: till US login US VALUE US role RS"),
    # ---------------------------------------------------------------- sql
    ("teradata_bteq_logon_comma", "sql", "$ bteq\n .LOGON tdprod/stockread," + V + "\n SELECT COUNT(*) FROM stock.moves;\n .LOGOFF\n .QUIT\n", ".LOGON tdpid/user,VALUE"),
    ("exasol_create_user_identified_by", "sql", "CREATE USER stock_reader IDENTIFIED BY \"" + V + "\";\nGRANT CREATE SESSION TO stock_reader;\n", "CREATE USER u IDENTIFIED BY \"VALUE\";"),
    ("postgres_pgp_sym_encrypt_second", "sql", "UPDATE repair_notes\n   SET body_enc = pgp_sym_encrypt(body, '" + V + "')\n WHERE body_enc IS NULL;\n", "pgp_sym_encrypt(data, 'VALUE')"),
    ("postgres_crypt_gen_salt_first", "sql", "UPDATE staff SET login_hash = crypt('" + V + "', gen_salt('bf', 10)) WHERE login = '@U@';\n", "crypt('VALUE', gen_salt('bf'))"),
    ("mssql_openrowset_semicolon_third", "sql", "SELECT TOP 20 *\nFROM OPENROWSET('MSOLEDBSQL', 'sql02'; 'stockread'; '" + V + "',\n                'SELECT sku, qty FROM Stock.dbo.Levels') AS remote;\n", "OPENROWSET(provider, 'server'; 'user'; 'VALUE', query)"),
    ("mssql_sp_setapprole_second", "sql", "EXEC sp_setapprole 'till_reports', '" + V + "';\nSELECT SUM(total) FROM dbo.Sales WHERE sale_date = CAST(GETDATE() AS date);\n", "EXEC sp_setapprole 'role', 'VALUE'"),
    ("h2_create_linked_table_fourth", "sql", "CREATE LINKED TABLE clinic_bookings('org.postgresql.Driver', 'jdbc:postgresql://@IP@/clinic', 'clinic', '" + V + "', 'bookings');\n", "CREATE LINKED TABLE t(driver, url, user, 'VALUE', table)"),
    # ---------------------------------------------------------------- proto
    ("wordpress_xmlrpc_second_param", "proto", "POST /xmlrpc.php HTTP/1.1\nHost: repairs.quillon-pens.example\nContent-Type: text/xml\n\n<?xml version=\"1.0\"?>\n<methodCall><methodName>wp.getUsersBlogs</methodName><params>\n<param><value><string>@U@</string></value></param>\n<param><value><string>" + V + "</string></value></param>\n</params></methodCall>\n", "wp.getUsersBlogs params: user, VALUE"),
    ("odoo_jsonrpc_login_args_third", "proto", "POST /jsonrpc HTTP/1.1\nHost: odoo.marbury-stationers.example\nContent-Type: application/json\n\n{\"jsonrpc\": \"2.0\", \"method\": \"call\", \"id\": 3, \"params\": {\"service\": \"common\", \"method\": \"login\", \"args\": [\"marbury\", \"@U@\", \"" + V + "\"]}}\n", "{\"service\": \"common\", \"method\": \"login\", \"args\": [db, user, VALUE]}"),
    ("at_command_cwjap_second_quoted", "proto", "> AT+CWMODE=1\nOK\n> AT+CWJAP=\"Halloran Workshop\",\"" + V + "\"\nWIFI CONNECTED\nWIFI GOT IP\n\nOK\n", "AT+CWJAP=\"ssid\",\"VALUE\""),
    ("threegpp_at_cgauth_fourth", "proto", "> AT+CGDCONT=1,\"IP\",\"m2m.vanlink.example\"\nOK\n> AT+CGAUTH=1,1,\"marburyvan\",\"" + V + "\"\nOK\n", "AT+CGAUTH=cid,1,\"user\",\"VALUE\""),
    ("edifact_unb_recipient_reference", "proto", "UNA:+.? '\nUNB+UNOC:3+5012345000004:14+5098765000007:14+250317:0915+00000417+" + V + ":AA+ORDERS'\nUNH+1+ORDERS:D:96A:UN:EAN008'\n", "UNB+...+ctrl+VALUE:AA+app'"),
    ("x12_isa04_security_information", "proto", "ISA*00*          *01*@ISA@*ZZ*MARBURY        *ZZ*STATIONERSWHL  *250317*0915*U*00401*000000417*0*P*>~\nGS*PO*MARBURY*STATIONERSWHL*20250317*0915*417*X*004010~\n", "ISA*00*..*01*VALUE(10)*..."),
    ("cimd2_login_parameter_011", "proto", "\u000201:001\t010:marburyshop\t011:" + V + "\t\u0003\n\u000251:001\t\u0003\n", "CIMD2 login: 010:user TAB 011:VALUE"),
]


def build(reg):
    rng = random.Random(C.SEEDS["positional"])
    recs = []
    for syn, where, tmpl, short in SYNTAXES:
        user = rng.choice(W.LOGINS)
        maxlen = 16 if "fixed_width" in syn else (10 if "isa04" in syn else None)
        for _ in range(3000):
            t = tmpl.replace("@U@", user)
            while "@IP@" in t:
                t = t.replace("@IP@", W.ip(rng), 1)
            t = t.replace("@OBSC@", C.rstr(rng, C.B64URL, 44))
            other = rng.choice([x for x in W.LOGINS if x != user])
            t = t.replace("@U2@", other)
            v = C.owner_password(rng, C.JOIN_STRICT, 0.3, maxlen=maxlen)
            if C.HINT_RE.search(v):
                continue
            if "@ROWV@" in t:
                t = t.replace("@ROWA@", "%-10s%-10s%-16s%-8s" % (other[:10], "BENCH-01", "(left 2024)", "20230110"))
                t = t.replace("@ROWV@", "%-10s%-10s%s%s%-8s" % (user[:10], "BENCH-03", MARK, " " * (16 - len(v)), "20250301"))
            if "@ISA@" in t:
                t = t.replace("@ISA@", MARK + " " * (10 - len(v)))
            text, s, e = C.place(t, v)
            if text.count(v) != 1 or C.HINT_RE.search(text):
                continue
            if [x for x in C.PW_FORM_ANY_RE.findall(text) if x != v]:
                continue
            if not reg.add(v):
                continue
            break
        else:
            raise RuntimeError(syn)
        typ = PREFIX + syn
        recs.append({"type": typ, "container": syn + "__" + WHERE[where], "text": text,
                     "secrets": [{"value": v, "start": s, "end": e, "type": typ}], "source": "password"})
    return recs
