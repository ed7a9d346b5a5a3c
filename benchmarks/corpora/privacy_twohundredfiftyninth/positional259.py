"""Positional passwords: the value is a password but no key name says so (one record per syntax)."""
from everyday259 import MARK
from world259 import password, FIRMS

H = {f: FIRMS[f][1] for f in FIRMS}
HG, BC, CR, LL = H["harrowgate"], H["bridlecombe"], H["curriers"], H["latigo"]

WHERE = {"cli": "harrowgate_ops_terminal", "stdin": "tack_shop_shell_pipe", "lib": "latigo_code_excerpt",
         "gui": "fitting_app_ui_script", "file": "workshop_server_file", "sql": "stock_db_console",
         "proto": "yard_network_capture"}

P = MARK


def mqtt(r):
    cid, user = b"climate-t%02d" % r.randrange(1, 20), b"tackroom"
    return cid, user


# (syntax, where, short form, template (function of rng -> text with one MARK) )
SYN = []


def syn(name, where, form):
    def deco(fn):
        SYN.append((name, where, form, fn))
        return fn
    return deco


# ------------------------------------------------------------------ cli
@syn("smbclient_u_percent_pair", "cli", "smbclient //host/share -U user%SECRET -c cmd")
def _(r):
    return "$ smbclient //nas01.%s/patterns -U morwenna%%%s -c 'ls GP-*'\n" % (HG, P)


@syn("net_ads_join_u_percent_pair", "cli", "net ads join -U admin%SECRET -S dc")
def _(r):
    return "$ sudo net ads join -U tomasz.admin%%%s -S dc01.%s\nJoined 'SYNC01' to dns domain 'latigo-labs.example'\n" % (P, LL)


@syn("windows_net_use_share_second_positional", "cli", "net use Z: \\\\host\\share SECRET /user:DOMAIN\\user")
def _(r):
    return ("C:\\> net use Z: \\\\files.%s\\tills %s /user:BRIDLECOMBE\\tillsvc /persistent:no\n"
            "The command completed successfully.\n" % (BC, P))


@syn("windows_net_user_add_second_positional", "cli", "net user name SECRET /add")
def _(r):
    return "C:\\> net user fitkiosk %s /add /comment:\"fitting kiosk\"\nThe command completed successfully.\n" % P


@syn("sysinternals_psexec_lower_p_flag", "cli", "psexec \\\\host -u user -p SECRET -i 1 program")
def _(r):
    return "C:\\Tools> psexec \\\\EMB-PC02 -u EMB-PC02\\embroidery -p %s -i 1 \"C:\\Program Files\\Hatch\\Hatch.exe\"\n" % P


@syn("xfreerdp_slash_p_colon_flag", "cli", "xfreerdp /v:host /u:user /p:SECRET")
def _(r):
    return "$ xfreerdp /v:emb-pc02.%s /u:ffion /p:%s /cert:ignore /dynamic-resolution\n" % (CR, P)


@syn("schtasks_create_rp_flag", "cli", "schtasks /create ... /ru DOMAIN\\user /rp SECRET")
def _(r):
    return ("C:\\> schtasks /create /tn \"NightlyStockExport\" /tr \"C:\\stock\\export.cmd\" /sc daily /st 02:30 "
            "/ru BRIDLECOMBE\\stocksvc /rp %s\nSUCCESS: The scheduled task \"NightlyStockExport\" has successfully been created.\n" % P)


@syn("ssh_keygen_capital_n_flag", "cli", "ssh-keygen -t ed25519 -N SECRET -f file")
def _(r):
    return "$ ssh-keygen -t ed25519 -C deploy@stock-sync -N %s -f ~/.ssh/stock_deploy\nGenerating public/private ed25519 key pair.\n" % P


@syn("aescrypt_encrypt_lower_p_flag", "cli", "aescrypt -e -p SECRET file")
def _(r):
    return "$ aescrypt -e -p %s fittings-2024.csv && ls fittings-2024.csv*\nfittings-2024.csv  fittings-2024.csv.aes\n" % P


@syn("steghide_embed_lower_p_flag", "cli", "steghide embed -cf cover.jpg -ef file -p SECRET")
def _(r):
    return "$ steghide embed -cf saddle-banner.jpg -ef price-notes.txt -p %s\nembedding \"price-notes.txt\" in \"saddle-banner.jpg\"... done\n" % P


@syn("dislocker_glued_lower_u_flag", "cli", "dislocker -V /dev/sdb1 -uSECRET -- /mnt/x")
def _(r):
    return "$ sudo dislocker -V /dev/sdb1 -u%s -- /mnt/bitlocker\n$ sudo mount -o loop /mnt/bitlocker/dislocker-file /mnt/usb\n" % P


@syn("lftp_u_comma_pair", "cli", "lftp -u user,SECRET -e cmds sftp://host")
def _(r):
    return "$ lftp -u stockfeed,%s -e \"mirror -R ./feeds /incoming; bye\" sftp://sftp.abbey-feed.example\n" % P


@syn("skopeo_src_creds_colon_pair", "cli", "skopeo copy --src-creds user:SECRET docker://... dir:...")
def _(r):
    return "$ skopeo copy --src-creds latigo-ci:%s docker://registry.%s/stock-sync:1.8 dir:/tmp/stock-sync\n" % (P, LL)


@syn("curl_u_colon_pair", "cli", "curl -u user:SECRET url")
def _(r):
    return "$ curl -sS -u feed:%s https://feeds.abbey-feed.example/stock.csv -o stock.csv\n" % P


@syn("neo4j_cypher_shell_lower_p_flag", "cli", "cypher-shell -a uri -u neo4j -p SECRET query")
def _(r):
    return "$ cypher-shell -a neo4j://graph.%s:7687 -u neo4j -p %s \"MATCH (s:Saddle) RETURN count(s);\"\n" % (LL, P)


@syn("rabbitmqctl_add_user_second_positional", "cli", "rabbitmqctl add_user name SECRET")
def _(r):
    return "$ sudo rabbitmqctl add_user stock_events %s\nAdding user \"stock_events\" ...\nDone. Don't forget to grant the user permissions to some virtual hosts!\n" % P


@syn("doveadm_auth_test_second_positional", "cli", "doveadm auth test user SECRET")
def _(r):
    return "# checking the shop mailbox login after the migration\n$ sudo doveadm auth test orders@%s %s\n" % (BC, P)


@syn("rclone_obscure_first_positional", "cli", "rclone obscure SECRET")
def _(r):
    return "# value for the yardcam remote in rclone.conf\n$ rclone obscure %s\n" % P


@syn("mpd_mpc_host_at_prefix", "cli", "mpc -h SECRET@host command")
def _(r):
    return "# shop background music on the Pi behind the till\n$ mpc -h %s@192.168.73.40 volume 35\nvolume: 35%%   repeat: on    random: off\n" % P


@syn("irssi_connect_third_positional", "cli", "/connect -tls host port SECRET nick")
def _(r):
    return "[(status)] /connect -tls irc.%s 6697 %s ffion\n" % (LL, P)


@syn("ngrok_basic_auth_colon_pair", "cli", "ngrok http port --basic-auth \"user:SECRET\"")
def _(r):
    return "$ ngrok http 8080 --basic-auth \"preview:%s\"\n" % P


@syn("mongosh_lower_p_after_lower_u", "cli", "mongosh uri -u user -p SECRET --authenticationDatabase admin")
def _(r):
    return "$ mongosh \"mongodb://mongo.%s:27017/fittings\" -u fitapp -p %s --authenticationDatabase admin\n" % (LL, P)


@syn("windows_certutil_importpfx_lower_p", "cli", "certutil -f -p SECRET -importpfx file.pfx")
def _(r):
    return "C:\\> certutil -f -p %s -importpfx fitting-codesign.pfx\nCertUtil: -importPFX command completed successfully.\n" % P


@syn("dell_racadm_lower_p_flag", "cli", "racadm -r host -u root -p SECRET getsysinfo")
def _(r):
    return "$ racadm -r 10.73.1.10 -u root -p %s getsysinfo\n" % P


# ------------------------------------------------------------------ stdin
@syn("kinit_stdin_echo_pipe", "stdin", "echo SECRET | kinit principal")
def _(r):
    return "$ echo '%s' | kinit stocksync@LATIGO-LABS.EXAMPLE && klist | head -n 3\n" % P


@syn("telnet_subshell_sleep_echo_lines", "stdin", "( sleep; echo user; sleep; echo SECRET; ... ) | telnet host 23")
def _(r):
    return "$ ( sleep 2; echo admin; sleep 1; echo %s; sleep 1; echo \"show status\"; sleep 2 ) | telnet 192.168.73.30 23\n" % P


@syn("tcl_expect_send_after_prompt", "stdin", "expect -c 'spawn ssh ...; expect \"assword:\"; send \"SECRET\\r\"'")
def _(r):
    return "$ expect -c 'spawn ssh tackroom@192.168.73.25; expect \"assword:\"; send \"%s\\r\"; interact'\n" % P


@syn("socat_imaps_heredoc_login_line", "stdin", "socat - OPENSSL:host:993 <<EOF / a1 LOGIN user SECRET / EOF")
def _(r):
    return ("$ socat - OPENSSL:mail.%s:993,crlf <<EOF\na1 LOGIN orders %s\na2 SELECT INBOX\na3 LOGOUT\nEOF\n"
            % (BC, P))


@syn("xclip_clipboard_printf_pipe", "stdin", "printf %s SECRET | xclip -selection clipboard")
def _(r):
    return "$ printf %%s '%s' | xclip -selection clipboard   # for the till login box\n" % P


@syn("cryfs_noninteractive_stdin_pipe", "stdin", "echo SECRET | CRYFS_FRONTEND=noninteractive cryfs basedir mountdir")
def _(r):
    return "$ echo '%s' | CRYFS_FRONTEND=noninteractive cryfs ~/.stock-enc ~/stock-notes\n" % P


# ------------------------------------------------------------------ lib
@syn("python_paramiko_connect_fourth_positional", "lib", "client.connect(host, 22, user, SECRET)")
def _(r):
    return ("import paramiko\n\nclient = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())\n"
            "client.connect(\"10.73.2.15\", 22, \"deploy\", \"%s\")\n" % P)


@syn("python_imaplib_login_second", "lib", "imap.login(user, SECRET)")
def _(r):
    return "import imaplib\n\nimap = imaplib.IMAP4_SSL(\"mail.%s\")\nimap.login(\"orders@%s\", \"%s\")\nimap.select(\"INBOX\")\n" % (BC, BC, P)


@syn("python_ldap3_connection_third_positional", "lib", "Connection(server, dn, SECRET, auto_bind=True)")
def _(r):
    return ("from ldap3 import Server, Connection\n\nsrv = Server(\"ldaps://dc01.%s\")\n"
            "conn = Connection(srv, \"cn=stocksync,ou=services,dc=latigo,dc=example\", \"%s\", auto_bind=True)\n" % (LL, P))


@syn("python_pysmb_smbconnection_second", "lib", "SMBConnection(user, SECRET, client, server)")
def _(r):
    return ("from smb.SMBConnection import SMBConnection\n\n"
            "conn = SMBConnection(\"tillsvc\", \"%s\", \"stock-sync\", \"FILES01\", use_ntlm_v2=True)\n"
            "conn.connect(\"10.73.3.5\", 139)\n" % P)


@syn("python_httpx_basicauth_second", "lib", "httpx.BasicAuth(user, SECRET)")
def _(r):
    return "import httpx\n\nauth = httpx.BasicAuth(\"feed\", \"%s\")\nr = httpx.get(\"https://feeds.abbey-feed.example/stock.csv\", auth=auth)\n" % P


@syn("python_pika_plaincredentials_second", "lib", "pika.PlainCredentials(user, SECRET)")
def _(r):
    return ("import pika\n\ncreds = pika.PlainCredentials(\"stock_events\", \"%s\")\n"
            "params = pika.ConnectionParameters(\"mq.%s\", 5672, \"/\", creds)\n" % (P, LL))


@syn("python_influxdb_client_fourth_positional", "lib", "InfluxDBClient(host, port, user, SECRET, db)")
def _(r):
    return "from influxdb import InfluxDBClient\n\nclient = InfluxDBClient(\"influx.%s\", 8086, \"tackroom\", \"%s\", \"climate\")\n" % (LL, P)


@syn("python_odoo_xmlrpc_execute_kw_third", "lib", "models.execute_kw(db, uid, SECRET, model, method, args)")
def _(r):
    return ("import xmlrpc.client\n\nmodels = xmlrpc.client.ServerProxy(\"https://erp.%s/xmlrpc/2/object\")\n"
            "rows = models.execute_kw(\"bridlecombe\", 7, \"%s\", \"product.product\", \"search_read\", [[[\"qty_available\", \"<\", 2]]])\n"
            % (BC, P))


@syn("python_pymupdf_document_authenticate_first", "lib", "doc.authenticate(SECRET)")
def _(r):
    return "import fitz\n\ndoc = fitz.open(\"fit-report-%d.pdf\")\nif doc.is_encrypted:\n    doc.authenticate(\"%s\")\n" % (r.randrange(1000, 9999), P)


@syn("python_hashlib_scrypt_first_positional", "lib", "hashlib.scrypt(b\"SECRET\", salt=..., n=..., r=8, p=1)")
def _(r):
    return "import hashlib, os\n\nsalt = os.urandom(16)\nkey = hashlib.scrypt(b\"%s\", salt=salt, n=2**14, r=8, p=1, dklen=32)\n" % P


@syn("python_atlassian_confluence_ctor_third", "lib", "Confluence(url, user, SECRET)")
def _(r):
    return "from atlassian import Confluence\n\nwiki = Confluence(\"https://wiki.%s\", \"stockbot\", \"%s\")\n" % (LL, P)


@syn("python_pymssql_connect_third", "lib", "pymssql.connect(server, user, SECRET, database)")
def _(r):
    return "import pymssql\n\nconn = pymssql.connect(\"10.73.2.21\", \"epos_ro\", \"%s\", \"EPOS\")\n" % P


@syn("node_sequelize_ctor_third", "lib", "new Sequelize(db, user, SECRET, {host, dialect})")
def _(r):
    return ("const { Sequelize } = require('sequelize');\n\n"
            "const db = new Sequelize('fittings', 'fitapp', '%s', { host: 'db.%s', dialect: 'postgres' });\n" % (P, LL))


@syn("node_crypto_pbkdf2sync_first", "lib", "crypto.pbkdf2Sync(SECRET, salt, iterations, 32, 'sha512')")
def _(r):
    return ("const crypto = require('crypto');\n\nconst salt = crypto.randomBytes(16);\n"
            "const k = crypto.pbkdf2Sync('%s', salt, 210000, 32, 'sha512');\n" % P)


@syn("js_sjcl_encrypt_first", "lib", "sjcl.encrypt(SECRET, data)")
def _(r):
    return "// export of the fitting notes for the offline tablet\nconst blob = sjcl.encrypt('%s', JSON.stringify(notes));\n" % P


@syn("js_btoa_colon_pair_string", "lib", "'Basic ' + btoa('user:SECRET')")
def _(r):
    return ("const res = await fetch('https://feeds.abbey-feed.example/stock.csv', {\n"
            "  headers: { Authorization: 'Basic ' + btoa('feed:%s') },\n});\n" % P)


@syn("java_okhttp_credentials_basic_second", "lib", "Credentials.basic(user, SECRET)")
def _(r):
    return ("String auth = Credentials.basic(\"feed\", \"%s\");\n"
            "Request req = new Request.Builder().url(\"https://feeds.abbey-feed.example/stock.csv\").header(\"Authorization\", auth).build();\n" % P)


@syn("java_itext5_pdfreader_bytes_second", "lib", "new PdfReader(path, \"SECRET\".getBytes())")
def _(r):
    return "PdfReader reader = new PdfReader(\"fit-report.pdf\", \"%s\".getBytes());\nint pages = reader.getNumberOfPages();\n" % P


@syn("kotlin_exposed_database_connect_fourth", "lib", "Database.connect(url, driver, user, SECRET)")
def _(r):
    return ("val db = Database.connect(\"jdbc:postgresql://db.%s:5432/fittings\", \"org.postgresql.Driver\", \"fitapp\", \"%s\")\n"
            % (LL, P))


@syn("csharp_sshnet_sftpclient_third", "lib", "new SftpClient(host, user, SECRET)")
def _(r):
    return "using var sftp = new SftpClient(\"sftp.abbey-feed.example\", \"bridlecombe\", \"%s\");\nsftp.Connect();\n" % P


@syn("csharp_mailkit_authenticateasync_second", "lib", "await smtp.AuthenticateAsync(user, SECRET)")
def _(r):
    return ("using var smtp = new SmtpClient();\nawait smtp.ConnectAsync(\"smtp.%s\", 587, SecureSocketOptions.StartTls);\n"
            "await smtp.AuthenticateAsync(\"orders@%s\", \"%s\");\n" % (BC, BC, P))


@syn("csharp_networkcredential_ctor_second", "lib", "new NetworkCredential(user, SECRET, domain)")
def _(r):
    return "var cred = new NetworkCredential(\"tillsvc\", \"%s\", \"BRIDLECOMBE\");\nclient.Credentials = cred;\n" % P


@syn("c_win32_logonuserw_third", "lib", "LogonUserW(user, domain, SECRET, type, provider, &token)")
def _(r):
    return ("HANDLE hToken;\nif (!LogonUserW(L\"embroidery\", L\"EMB-PC02\", L\"%s\", LOGON32_LOGON_INTERACTIVE,\n"
            "                LOGON32_PROVIDER_DEFAULT, &hToken)) {\n    return GetLastError();\n}\n" % P)


@syn("powershell_convertto_securestring_first", "lib", "ConvertTo-SecureString 'SECRET' -AsPlainText -Force")
def _(r):
    return ("$sec = ConvertTo-SecureString '%s' -AsPlainText -Force\n"
            "$cred = New-Object System.Management.Automation.PSCredential ('BRIDLECOMBE\\stocksvc', $sec)\n" % P)


@syn("go_sql_open_mysql_dsn_colon_pair", "lib", "sql.Open(\"mysql\", \"user:SECRET@tcp(host)/db\")")
def _(r):
    return "db, err := sql.Open(\"mysql\", \"stock:%s@tcp(10.73.2.20:3306)/stock?parseTime=true\")\nif err != nil {\n\tlog.Fatal(err)\n}\n" % P


@syn("rust_reqwest_basic_auth_some_second", "lib", ".basic_auth(user, Some(SECRET))")
def _(r):
    return ("let body = client\n    .get(\"https://feeds.abbey-feed.example/stock.csv\")\n"
            "    .basic_auth(\"feed\", Some(\"%s\"))\n    .send()\n    .await?\n    .text()\n    .await?;\n" % P)


@syn("rust_tiberius_authmethod_sql_server_second", "lib", "AuthMethod::sql_server(user, SECRET)")
def _(r):
    return "let mut config = Config::new();\nconfig.host(\"10.73.2.21\");\nconfig.authentication(AuthMethod::sql_server(\"epos_ro\", \"%s\"));\n" % P


@syn("ruby_pg_connect_seventh_positional", "lib", "PG.connect(host, port, opts, tty, db, user, SECRET)")
def _(r):
    return "require 'pg'\n\nconn = PG.connect(\"db.%s\", 5432, nil, nil, \"fittings\", \"fitapp\", \"%s\")\n" % (LL, P)


@syn("perl_net_telnet_login_second", "lib", "$t->login(user, SECRET)")
def _(r):
    return "use Net::Telnet;\n\nmy $t = Net::Telnet->new(Host => '192.168.73.30', Timeout => 10);\n$t->login('admin', '%s');\nprint $t->cmd('show status');\n" % P


@syn("perl_lwp_useragent_credentials_fourth", "lib", "$ua->credentials(host:port, realm, user, SECRET)")
def _(r):
    return "my $ua = LWP::UserAgent->new;\n$ua->credentials('feeds.abbey-feed.example:443', 'Trade Feed', 'bridlecombe', '%s');\n" % P


@syn("php_pdo_ctor_third", "lib", "new PDO(dsn, user, SECRET)")
def _(r):
    return "<?php\n$pdo = new PDO('mysql:host=127.0.0.1;dbname=shop', 'bagisto', '%s');\n" % P


@syn("php_laravel_hash_make_first", "lib", "Hash::make('SECRET')")
def _(r):
    return "// database/seeders/KioskUserSeeder.php\n$hash = Hash::make('%s');\nDB::table('users')->insert(['email' => 'kiosk@%s', 'hash_col' => $hash]);\n" % (P, BC)


@syn("r_httr_authenticate_second", "lib", "authenticate(user, SECRET, type = \"basic\")")
def _(r):
    return "library(httr)\nres <- GET(\"https://feeds.abbey-feed.example/stock.csv\", authenticate(\"feed\", \"%s\", type = \"basic\"))\n" % P


@syn("julia_mysql_dbinterface_connect_fourth", "lib", "DBInterface.connect(MySQL.Connection, host, user, SECRET; db)")
def _(r):
    return "using MySQL, DBInterface\nconn = DBInterface.connect(MySQL.Connection, \"10.73.2.20\", \"stockrpt\", \"%s\"; db = \"stock\")\n" % P


@syn("vba_adodb_connection_open_third", "lib", "cn.Open \"DSN=...\", user, SECRET")
def _(r):
    return "Dim cn As New ADODB.Connection\ncn.Open \"DSN=StockMySQL\", \"stockrpt\", \"%s\"\nSet rs = cn.Execute(\"SELECT sku, qty FROM stock\")\n" % P


@syn("vba_worksheet_unprotect_first", "lib", "ws.Unprotect \"SECRET\"")
def _(r):
    return "Sub UpdatePrices()\n    Dim ws As Worksheet\n    Set ws = ThisWorkbook.Sheets(\"Trade Prices\")\n    ws.Unprotect \"%s\"\n    ws.Range(\"D2:D400\").Value = ws.Range(\"F2:F400\").Value\nEnd Sub\n" % P


@syn("micropython_wlan_connect_second", "lib", "wlan.connect(ssid, SECRET)")
def _(r):
    return "import network\n\nwlan = network.WLAN(network.STA_IF)\nwlan.active(True)\nwlan.connect(\"Harrowgate-Workshop\", \"%s\")\n" % P


# ------------------------------------------------------------------ gui
@syn("playwright_page_fill_second", "gui", "await page.fill('#f2', SECRET)")
def _(r):
    return "await page.goto('https://admin.%s/login');\nawait page.fill('#f1', 'ffion');\nawait page.fill('#f2', '%s');\nawait page.click('button[type=submit]');\n" % (BC, P)


@syn("puppeteer_page_type_second", "gui", "await page.type('#f2', SECRET, {delay})")
def _(r):
    return "await page.type('#f1', 'ffion');\nawait page.type('#f2', '%s', { delay: 40 });\nawait page.keyboard.press('Enter');\n" % P


@syn("selenium_python_send_keys", "gui", "driver.find_element(By.ID, 'f2').send_keys(SECRET)")
def _(r):
    return "driver.find_element(By.ID, \"f1\").send_keys(\"ffion\")\ndriver.find_element(By.ID, \"f2\").send_keys(\"%s\")\ndriver.find_element(By.ID, \"go\").click()\n" % P


@syn("webdriverio_addvalue", "gui", "await $('#f2').addValue(SECRET)")
def _(r):
    return "await $('#f1').addValue('ffion');\nawait $('#f2').addValue('%s');\nawait $('#go').click();\n" % P


@syn("codeceptjs_fillfield_second", "gui", "I.fillField('#f2', SECRET)")
def _(r):
    return "Scenario('manager refund', ({ I }) => {\n  I.amOnPage('/till/login');\n  I.fillField('#f1', 'ffion');\n  I.fillField('#f2', '%s');\n  I.click('Sign in');\n});\n" % P


@syn("capybara_fill_in_with_option", "gui", "fill_in 'f2', with: SECRET")
def _(r):
    return "visit '/admin/login'\nfill_in 'f1', with: 'ffion'\nfill_in 'f2', with: '%s'\nclick_button 'Sign in'\n" % P


@syn("robot_framework_input_text_third_cell", "gui", "Input Text    id:f2    SECRET")
def _(r):
    return "*** Test Cases ***\nManager Login\n    Open Browser    https://admin.%s/login    chrome\n    Input Text    id:f1    ffion\n    Input Text    id:f2    %s\n    Click Button    id:go\n" % (BC, P)


@syn("gherkin_step_quoted_value", "gui", "When I type \"SECRET\" into the \"f2\" field")
def _(r):
    return "Scenario: manager can refund\n  Given I am on the till login page\n  When I type \"ffion\" into the \"f1\" field\n  And I type \"%s\" into the \"f2\" field\n  Then I see the refunds menu\n" % P


@syn("imacros_tag_content_attribute", "gui", "TAG ... ATTR=ID:f2 CONTENT=SECRET")
def _(r):
    return "URL GOTO=https://trade.abbey-feed.example/login\nTAG POS=1 TYPE=INPUT:TEXT ATTR=ID:f1 CONTENT=bridlecombe\nTAG POS=1 TYPE=INPUT:TEXT ATTR=ID:f2 CONTENT=%s\nTAG POS=1 TYPE=BUTTON ATTR=ID:go\n" % P


@syn("power_automate_desktop_populate_text_field", "gui", "UIAutomation.PopulateTextField TextField: ... Text: $'''SECRET'''")
def _(r):
    return "UIAutomation.PopulateTextField TextField: appmask['Window \\'EPOS Back Office\\'']['Edit \\'f2\\''] Text: $'''%s''' Mode: UIAutomation.PopulateTextMode.Replace\n" % P


@syn("vbscript_wshshell_sendkeys_first", "gui", "shell.SendKeys \"SECRET\"")
def _(r):
    return ("Set shell = CreateObject(\"WScript.Shell\")\nshell.AppActivate \"EPOS Back Office\"\nWScript.Sleep 500\n"
            "shell.SendKeys \"%s\"\nshell.SendKeys \"{ENTER}\"\n" % P)


@syn("pywinauto_type_keys", "gui", "dlg.child_window(auto_id='f2').type_keys(SECRET)")
def _(r):
    return "app = Application(backend=\"uia\").connect(title=\"Hatch Embroidery\")\ndlg = app.window(title=\"Hatch Embroidery\")\ndlg.child_window(auto_id=\"f2\", control_type=\"Edit\").type_keys(\"%s\", with_spaces=True)\n" % P


@syn("pynput_keyboard_type", "gui", "keyboard.type(SECRET)")
def _(r):
    return "from pynput.keyboard import Controller, Key\n\nkeyboard = Controller()\nkeyboard.type(\"%s\")\nkeyboard.press(Key.enter)\n" % P


@syn("hammerspoon_eventtap_keystrokes", "gui", "hs.eventtap.keyStrokes(SECRET)")
def _(r):
    return "hs.hotkey.bind({\"cmd\", \"alt\"}, \"L\", function()\n  hs.eventtap.keyStrokes(\"%s\")\nend)\n" % P


@syn("tmux_send_keys_literal", "gui", "tmux send-keys -t target -l SECRET")
def _(r):
    return "$ tmux send-keys -t kiosk:0 -l '%s' && tmux send-keys -t kiosk:0 Enter\n" % P


@syn("duckyscript_string_line", "gui", "STRING SECRET")
def _(r):
    return "REM unlock the stitcher HMI PC after a power cut\nDELAY 2000\nSTRING %s\nENTER\n" % P


@syn("detox_replacetext", "gui", "await element(by.id('f2')).replaceText(SECRET)")
def _(r):
    return "await element(by.id('f1')).replaceText('ffion');\nawait element(by.id('f2')).replaceText('%s');\nawait element(by.id('go')).tap();\n" % P


@syn("flutter_widgettester_entertext", "gui", "await tester.enterText(find.byKey(Key('f2')), SECRET)")
def _(r):
    return "await tester.enterText(find.byKey(const Key('f1')), 'ffion');\nawait tester.enterText(find.byKey(const Key('f2')), '%s');\nawait tester.tap(find.byKey(const Key('go')));\n" % P


@syn("espanso_match_replace", "gui", "- trigger: \":x\" replace: \"SECRET\"")
def _(r):
    return "# ~/.config/espanso/match/shop.yml\nmatches:\n  - trigger: \":tillm\"\n    replace: \"%s\"\n" % P


# ------------------------------------------------------------------ file
@syn("crontab_mysqldump_glued_lower_p", "file", "cron: mysqldump -uuser -pSECRET db | gzip > file")
def _(r):
    return "# crontab -l (stock server)\n30 2 * * * mysqldump -ustock -p%s stock | gzip > /backup/stock-$(date +\\%%F).sql.gz\n" % P


@syn("dovecot_userdb_plain_scheme_field", "file", "user:{PLAIN}SECRET:uid:gid::home")
def _(r):
    return "# /etc/dovecot/users\norders:{PLAIN}%s:5000:5000::/var/mail/bridlecombe/orders::\n" % P


@syn("activemq_users_properties_value", "file", "users.properties: user=SECRET")
def _(r):
    return "# conf/users.properties (ActiveMQ Classic)\nstock_events=%s\n" % P


@syn("tinyproxy_basicauth_third_token", "file", "tinyproxy.conf: BasicAuth user SECRET")
def _(r):
    return "# /etc/tinyproxy/tinyproxy.conf\nPort 8888\nListen 10.73.9.2\nAllow 10.73.0.0/16\nBasicAuth feed %s\n" % P


@syn("three_proxy_users_cl_triple", "file", "3proxy.cfg: users user:CL:SECRET")
def _(r):
    return "# /etc/3proxy/3proxy.cfg\nnserver 10.73.0.2\nusers feed:CL:%s\nauth strong\nallow feed\nproxy -p3128\n" % P


@syn("proxychains_proxylist_fifth_field", "file", "[ProxyList] socks5 host port user SECRET")
def _(r):
    return "# /etc/proxychains4.conf (tail)\n[ProxyList]\nsocks5  10.73.9.5 1080 yardcam %s\n" % P


@syn("squid_cache_peer_login_colon_pair", "file", "cache_peer host parent 3128 0 ... login=user:SECRET")
def _(r):
    return "# /etc/squid/squid.conf (excerpt)\ncache_peer proxy.abbey-feed.example parent 3128 0 no-query default login=bridlecombe:%s\nnever_direct allow all\n" % P


@syn("coturn_turnserver_user_colon_pair", "file", "turnserver.conf: user=name:SECRET")
def _(r):
    return "# /etc/turnserver.conf - video fittings\nlistening-port=3478\nlt-cred-mech\nrealm=fit.%s\nuser=fitcall:%s\n" % (HG, P)


@syn("dma_auth_conf_pipe_host_colon", "file", "/etc/dma/auth.conf: user|smarthost:SECRET")
def _(r):
    return "# /etc/dma/auth.conf\norders|smtp.%s:%s\n" % (BC, P)


@syn("harrowgate_van_roster_fixed_width_columns", "file", "invented fixed-width van roster: cols 1-6 van, 7-22 fitter, 23-42 SECRET")
def _(r):
    v = "VAN%02d " % r.randrange(1, 15)
    f = "Morwenna Pascoe "
    return "# vans.dat  cols 1-6 van, 7-22 fitter, 23-42 tablet\n%s%s%s\n" % (v, f, P)


@syn("bridlecombe_till_staff_headerless_csv_sixth", "file", "invented headerless till staff CSV: id,first,last,role,since,SECRET,active")
def _(r):
    return "# staff.csv exported for the new tills\n%04d,Ffion,Llewellyn,manager,2023-04-01,%s,1\n" % (r.randrange(10, 99), P)


@syn("stitcher_operators_json_array_third", "file", "invented stitcher operators file: [login, role, SECRET, level]")
def _(r):
    return "[\n  [\"morwenna\", \"engineer\", null, 5],\n  [\"ffion\", \"operator\", \"%s\", 3]\n]\n" % P


# ------------------------------------------------------------------ sql
@syn("mysql_create_user_identified_by", "sql", "CREATE USER 'u'@'host' IDENTIFIED BY 'SECRET'")
def _(r):
    return "mysql> CREATE USER 'shop_ro'@'10.73.%%' IDENTIFIED BY '%s';\nQuery OK, 0 rows affected (0.02 sec)\n" % P


@syn("oracle_create_database_link_identified_by", "sql", "CREATE DATABASE LINK l CONNECT TO u IDENTIFIED BY \"SECRET\" USING 'tns'")
def _(r):
    return "SQL> CREATE DATABASE LINK epos_link CONNECT TO epos_ro IDENTIFIED BY \"%s\" USING 'EPOSDB';\n\nDatabase link created.\n" % P


@syn("mongo_shell_db_auth_second", "sql", "db.getSiblingDB('admin').auth(user, SECRET)")
def _(r):
    return "fittings> db.getSiblingDB(\"admin\").auth(\"fitapp\", \"%s\")\n{ ok: 1 }\n" % P


@syn("sqlplus_connect_slash_pair", "sql", "SQL> CONNECT user/SECRET@tns")
def _(r):
    return "SQL> CONNECT stockrpt/%s@STOCK\nConnected.\n" % P


@syn("mssql_openrowset_semicolon_triple", "sql", "OPENROWSET('SQLNCLI', 'server'; 'user'; 'SECRET', 'query')")
def _(r):
    return ("SELECT TOP 10 * FROM OPENROWSET('SQLNCLI', 'epos01.%s'; 'epos_ro'; '%s', "
            "'SELECT sku, qty FROM dbo.Stock ORDER BY qty') AS s;\n" % (BC, P))


@syn("postgres_pgcrypto_crypt_first", "sql", "crypt('SECRET', gen_salt('bf'))")
def _(r):
    return "fittings=# INSERT INTO kiosk_users (login, hash) VALUES ('fitkiosk', crypt('%s', gen_salt('bf')));\nINSERT 0 1\n" % P


# ------------------------------------------------------------------ proto
@syn("mqtt_connect_packet_trailing_field", "proto", "MQTT 3.1.1 CONNECT: ... \\x00<len>SECRET (last payload field)")
def _(r):
    return None  # built specially (needs the value length)


@syn("wordpress_xmlrpc_methodcall_third_param", "proto", "<methodCall>wp.getPosts: blog_id, user, SECRET")
def _(r):
    return ("POST /xmlrpc.php HTTP/1.1\nHost: blog.%s\nContent-Type: text/xml\n\n<?xml version=\"1.0\"?>\n<methodCall><methodName>wp.getPosts</methodName><params>"
            "<param><value><int>1</int></value></param><param><value><string>editor</string></value></param>"
            "<param><value><string>%s</string></value></param></params></methodCall>\n" % (BC, P))


@syn("ldap_bindrequest_wireshark_simple_field", "proto", "Wireshark: bindRequest ... simple: SECRET")
def _(r):
    return ("Lightweight Directory Access Protocol\n    LDAPMessage bindRequest(1) \"cn=stocksync,ou=services,dc=latigo,dc=example\" simple\n"
            "        messageID: 1\n        protocolOp: bindRequest (0)\n            bindRequest\n                version: 3\n"
            "                name: cn=stocksync,ou=services,dc=latigo,dc=example\n                authentication: simple (0)\n"
            "                    simple: %s\n" % P)


@syn("esp_at_cwjap_second_quoted", "proto", "AT+CWJAP=\"ssid\",\"SECRET\"")
def _(r):
    return "> AT+CWJAP=\"Harrowgate-Workshop\",\"%s\"\nWIFI CONNECTED\nWIFI GOT IP\n\nOK\n" % P


@syn("quectel_at_qicsgp_fifth_quoted", "proto", "AT+QICSGP=ctx,type,\"apn\",\"user\",\"SECRET\",auth")
def _(r):
    return "> AT+QICSGP=1,1,\"wholesale\",\"horsebox07\",\"%s\",1\nOK\n> AT+QIACT=1\nOK\n" % P


@syn("soap_jaxws_login_arg1_element", "proto", "<ns:login><arg0>user</arg0><arg1>SECRET</arg1></ns:login>")
def _(r):
    return ("POST /StockService HTTP/1.1\nHost: soap.abbey-feed.example\nContent-Type: text/xml; charset=utf-8\n\n"
            "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:stk=\"http://stock.abbey-feed.example/\">"
            "<soapenv:Body><stk:login><arg0>bridlecombe</arg0><arg1>%s</arg1></stk:login></soapenv:Body></soapenv:Envelope>\n" % P)


def mqtt_text(v, r):
    cid = "climate-t%02d" % r.randrange(1, 20)
    user = "tackroom"

    def fld(s):
        return "\\x%02x\\x%02x%s" % (len(s) >> 8, len(s) & 0xFF, s)
    payload_len = 2 + len(cid) + 2 + len(user) + 2 + len(v)
    rem = 10 + payload_len
    head = "b\"\\x10\\x%02x\\x00\\x04MQTT\\x04\\xc2\\x00\\x3c%s%s\\x%02x\\x%02x" % (rem, fld(cid), fld(user),
                                                                             len(v) >> 8, len(v) & 0xFF)
    pre = "# captured CONNECT from the saddle-room sensor (MQTT 3.1.1, flags 0xc2)\nCONNECT = " + head
    return pre + MARK + "\"\n", rem


SYNTAX_NAMES = [s[0] for s in SYN]


def generate(rng, reg):
    from common259 import draw
    recs = []
    for name, where, form, fn in SYN:
        v = draw(rng, reg, lambda r: password(r, strict=True, cap=0.3))
        if name == "mqtt_connect_packet_trailing_field":
            text, _ = mqtt_text(v, rng)
        else:
            text = fn(rng)
        assert text.count(MARK) == 1, name
        start = text.index(MARK)
        text = text.replace(MARK, v)
        t = "sdpw_" + name
        recs.append({"type": t, "container": "%s__%s" % (name, WHERE[where]), "text": text,
                     "secrets": [{"value": v, "start": start, "end": start + len(v), "type": t}],
                     "source": "password", "_where": where, "_form": form})
    return recs
