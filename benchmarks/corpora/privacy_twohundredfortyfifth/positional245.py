"""Positional password source: ways a password is passed without a telling password= key."""
import base64
import random

from common245 import fill, password

SEED = 24503
PFX = "chocpw_"

SUFFIX = {
    "cli": "atelier_shell_session_capture",
    "stdin": "atelier_stdin_pipe_snippet",
    "lib": "webshop_source_excerpt",
    "gui": "shop_ui_automation_script",
    "file": "atelier_host_config_listing",
    "sql": "costing_db_migration_script",
    "proto": "atelier_protocol_trace",
}

# (syntax, category, template, short form). Special templates: value @@V@@ is a password unless
# the syntax is in B64 (then @@V@@ is Base64 of a form holding the password).
S = [
    # ---- command line ----
    ("sshpass_lower_p_flag", "cli", "$ sshpass -p '@@V@@' ssh @@U@@@@@H@@ 'sudo systemctl restart temper-sync'\n", "sshpass -p SECRET ssh user@host"),
    ("mongodump_lower_p_after_lower_u", "cli", "$ mongodump -u @@U@@ -p '@@V@@' --authenticationDatabase admin --db loyalty --out /backup/loyalty\n", "mongodump -u user -p SECRET"),
    ("rclone_obscure_positional", "cli", "$ rclone obscure '@@V@@'\n$ rclone config create nas-moulds sftp host @@H@@ user @@U@@\n", "rclone obscure SECRET"),
    ("windows_net_use_positional_after_share", "cli", "C:\\> net use Z: \\\\@@H@@\\moulds @@V@@ /user:ATELIER\\@@U@@ /persistent:no\nThe command completed successfully.\n", "net use Z: \\\\host\\share SECRET /user:DOM\\user"),
    ("schtasks_capital_rp_after_capital_ru", "cli", "C:\\> schtasks /create /tn \"Nightly costing export\" /tr C:\\scripts\\export.cmd /sc daily /st 02:00 /ru ATELIER\\@@U@@ /rp @@V@@\nSUCCESS: The scheduled task \"Nightly costing export\" has successfully been created.\n", "schtasks /create ... /ru user /rp SECRET"),
    ("seven_zip_glued_lower_p_archive", "cli", "$ 7z a -t7z -mhe=on -p@@V@@ recipes-2025.7z recipes/\n", "7z a -pSECRET archive.7z"),
    ("zip_capital_p_flag", "cli", "$ zip -r -P '@@V@@' label-artwork.zip artwork/\n", "zip -P SECRET out.zip"),
    ("unzip_capital_p_flag", "cli", "$ unzip -P '@@V@@' supplier-specs.zip -d specs/\n", "unzip -P SECRET in.zip"),
    ("lftp_lower_u_user_comma_secret", "cli", "$ lftp -u @@U@@,'@@V@@' sftp://@@H@@ -e 'mirror -R artwork /incoming; bye'\n", "lftp -u user,SECRET sftp://host"),
    ("ncftpput_lower_p_after_lower_u", "cli", "$ ncftpput -u @@U@@ -p '@@V@@' @@H@@ /catalogue catalogue_2025.pdf\n", "ncftpput -u user -p SECRET host dir file"),
    ("httpie_lower_a_user_colon_secret", "cli", "$ http -a @@U@@:'@@V@@' GET https://@@H@@/api/orders status==open\n", "http -a user:SECRET GET url"),
    ("sqlplus_user_slash_secret_at_tns", "cli", "$ sqlplus -s @@U@@/@@V@@@COSTINGPDB @nightly_margin.sql\n", "sqlplus user/SECRET@TNS"),
    ("oracle_expdp_user_slash_secret_connect", "cli", "$ expdp @@U@@/@@V@@@//@@H@@:1521/ERPPDB schemas=SHOP directory=DP_DIR dumpfile=shop.dmp\n", "expdp user/SECRET@//host/service"),
    ("rman_target_sys_slash_secret", "cli", "$ rman target sys/@@V@@@ERPPDB nocatalog\nRMAN> backup database plus archivelog;\n", "rman target sys/SECRET@db"),
    ("mosquitto_passwd_batch_third_positional", "cli", "$ sudo mosquitto_passwd -b /etc/mosquitto/passwd @@U@@ '@@V@@'\n$ sudo systemctl reload mosquitto\n", "mosquitto_passwd -b file user SECRET"),
    ("rabbitmqctl_add_user_second_positional", "cli", "$ sudo rabbitmqctl add_user @@U@@ '@@V@@'\n$ sudo rabbitmqctl set_permissions -p / @@U@@ '.*' '.*' '.*'\n", "rabbitmqctl add_user user SECRET"),
    ("windows_net_user_add_second_positional", "cli", "C:\\> net user @@U@@ @@V@@ /add /fullname:\"Packing Station 2\"\nThe command completed successfully.\n", "net user name SECRET /add"),
    ("rdesktop_lower_p_after_lower_u", "cli", "$ rdesktop -u @@U@@ -d ATELIER -p '@@V@@' -g 1600x900 @@H@@\n", "rdesktop -u user -p SECRET host"),
    ("openshift_oc_login_lower_p_after_lower_u", "cli", "$ oc login https://api.@@H@@:6443 -u @@U@@ -p '@@V@@'\n", "oc login url -u user -p SECRET"),
    ("cloud_foundry_cf_auth_second_positional", "cli", "$ cf api https://api.sys.bonbonbox.example\n$ cf auth @@U@@ '@@V@@'\n", "cf auth user SECRET"),
    ("ovftool_vi_locator_userinfo", "cli", "$ ovftool --noSSLVerify shop-vm.ova 'vi://@@U@@:@@V@@@@@H@@/'\n", "ovftool src vi://user:SECRET@host/"),
    ("neo4j_cypher_shell_lower_p_after_lower_u", "cli", "$ cypher-shell -a neo4j://@@H@@:7687 -u neo4j -p '@@V@@' 'MATCH (r:Recipe) RETURN count(r);'\n", "cypher-shell -u user -p SECRET"),
    ("couchbase_cli_lower_p_after_lower_u", "cli", "$ couchbase-cli bucket-list -c @@H@@ -u Administrator -p '@@V@@'\n", "couchbase-cli ... -u user -p SECRET"),
    ("etcdctl_user_flag_colon_pair", "cli", "$ etcdctl --endpoints=https://@@H@@:2379 --user root:@@V@@ get /atelier/tempering --prefix\n", "etcdctl --user root:SECRET"),
    ("cvs_pserver_cvsroot_user_colon", "cli", "$ cvs -d :pserver:@@U@@:@@V@@@@@H@@:/var/cvs/labels checkout easter2025\n", "cvs -d :pserver:user:SECRET@host:/repo"),
    ("lynx_auth_flag_user_colon", "cli", "$ lynx -dump -auth=@@U@@:@@V@@ http://@@H@@/status\n", "lynx -auth=user:SECRET url"),
    ("sendemail_xp_after_xu", "cli", "$ sendemail -f atelier@bonbonbox.example -t chef@bonbonbox.example -u 'Daily temper log' -s smtp.bonbonbox.example:587 -xu @@U@@ -xp '@@V@@' -a temper.csv\n", "sendemail ... -xu user -xp SECRET"),
    ("vmrun_gp_after_gu_guest_login", "cli", "$ vmrun -T ws -gu @@U@@ -gp '@@V@@' runProgramInGuest \"C:\\VMs\\till\\till.vmx\" \"C:\\Windows\\System32\\cmd.exe\" \"/c backup.cmd\"\n", "vmrun -gu user -gp SECRET"),
    ("ilorest_login_lower_p_after_lower_u", "cli", "$ ilorest login @@H@@ -u @@U@@ -p '@@V@@'\n$ ilorest serverinfo --system\n", "ilorest login host -u user -p SECRET"),
    ("ccrypt_capital_k_key_flag", "cli", "$ ccrypt -e -K '@@V@@' costing_export.csv\n", "ccrypt -e -K SECRET file"),
    ("aescrypt_lower_p_flag", "cli", "$ aescrypt -e -p '@@V@@' -o payroll_march.xlsx.aes payroll_march.xlsx\n", "aescrypt -e -p SECRET"),
    ("qpdf_encrypt_owner_second_positional", "cli", "$ qpdf --encrypt '' '@@V@@' 256 --print=full --modify=none -- price_list.pdf price_list_locked.pdf\n", "qpdf --encrypt USER SECRET 256 --"),
    ("dislocker_glued_lower_u_user_secret", "cli", "$ sudo dislocker -V /dev/sdb1 -u@@V@@ -- /mnt/bitlocker\n", "dislocker -V dev -uSECRET --"),
    ("mount_cifs_username_percent_pair", "cli", "$ sudo mount -t cifs //@@H@@/moulds /mnt/moulds -o username=@@U@@%@@V@@,vers=3.0\n", "mount -t cifs -o username=user%SECRET"),
    ("az_keyvault_secret_set_value_flag", "cli", "$ az keyvault secret set --vault-name kv-atelier --name till-supervisor --value '@@V@@'\n", "az keyvault secret set --value SECRET"),
    ("net_snmp_v3_capital_a_auth_phrase", "cli", "$ snmpget -v3 -l authNoPriv -u @@U@@ -a SHA -A '@@V@@' @@H@@ 1.3.6.1.2.1.1.3.0\n", "snmpget -v3 -u user -A SECRET"),
    # ---- stdin ----
    ("chpasswd_stdin_user_colon_line", "stdin", "$ echo '@@U@@:@@V@@' | sudo chpasswd\n", "echo user:SECRET | chpasswd"),
    ("passwd_stdin_flag_pipe", "stdin", "$ echo '@@V@@' | sudo passwd --stdin @@U@@\nChanging password for user @@U@@.\n", "echo SECRET | passwd --stdin user"),
    ("vncpasswd_f_filter_pipe", "stdin", "$ echo '@@V@@' | vncpasswd -f > ~/.vnc/passwd && chmod 600 ~/.vnc/passwd\n", "echo SECRET | vncpasswd -f"),
    ("saslpasswd2_p_pipe", "stdin", "$ echo -n '@@V@@' | sudo saslpasswd2 -p -c -u bonbonbox.example @@U@@\n", "echo SECRET | saslpasswd2 -p -c user"),
    ("docker_secret_create_dash_stdin", "stdin", "$ printf '%s' '@@V@@' | docker secret create shop_db_main -\n", "printf SECRET | docker secret create name -"),
    ("gcloud_secrets_versions_add_data_file_dash", "stdin", "$ echo -n '@@V@@' | gcloud secrets versions add till-supervisor --data-file=-\nCreated version [3] of the secret [till-supervisor].\n", "echo SECRET | gcloud secrets versions add name --data-file=-"),
    ("pass_insert_echo_stdin", "stdin", "$ echo '@@V@@' | pass insert -e atelier/packing-station\n", "echo SECRET | pass insert -e path"),
    ("secret_tool_store_stdin", "stdin", "$ echo -n '@@V@@' | secret-tool store --label='Costing DB' service costing user @@U@@\n", "echo SECRET | secret-tool store ..."),
    ("systemd_creds_encrypt_dash_stdin", "stdin", "$ echo -n '@@V@@' | sudo systemd-creds encrypt --name=costing - /etc/credstore.encrypted/costing\n", "echo SECRET | systemd-creds encrypt -"),
    ("wrangler_secret_put_stdin", "stdin", "$ echo '@@V@@' | npx wrangler secret put SHOP_UPSTREAM_AUTH\n", "echo SECRET | wrangler secret put NAME"),
    # ---- library calls ----
    ("python_ftplib_ftp_ctor_third", "lib", "import ftplib\n\nftp = ftplib.FTP(\"@@H@@\", \"@@U@@\", \"@@V@@\")\nftp.cwd(\"/catalogue\")\n", "ftplib.FTP(host, user, SECRET)"),
    ("python_smtplib_login_second", "lib", "with smtplib.SMTP(\"smtp.bonbonbox.example\", 587) as s:\n    s.starttls()\n    s.login(\"@@U@@\", \"@@V@@\")\n    s.send_message(msg)\n", "smtp.login(user, SECRET)"),
    ("python_imaplib_login_second", "lib", "M = imaplib.IMAP4_SSL(\"imap.bonbonbox.example\")\nM.login(\"@@U@@@bonbonbox.example\", \"@@V@@\")\nM.select(\"Orders\")\n", "IMAP4_SSL(...).login(user, SECRET)"),
    ("python_paramiko_sshclient_connect_fourth", "lib", "client = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nclient.connect(\"@@H@@\", 22, \"@@U@@\", \"@@V@@\")\n", "SSHClient.connect(host, 22, user, SECRET)"),
    ("python_ldap3_connection_third", "lib", "server = Server(\"ldaps://@@H@@\")\nconn = Connection(server, \"uid=@@U@@,ou=staff,dc=atelier\", \"@@V@@\", auto_bind=True)\n", "ldap3.Connection(server, dn, SECRET)"),
    ("python_requests_httpbasicauth_second", "lib", "auth = HTTPBasicAuth(\"@@U@@\", \"@@V@@\")\nr = requests.get(\"https://@@H@@/api/stock\", auth=auth, timeout=10)\n", "HTTPBasicAuth(user, SECRET)"),
    ("python_pika_plaincredentials_second", "lib", "creds = pika.PlainCredentials(\"@@U@@\", \"@@V@@\")\nparams = pika.ConnectionParameters(\"@@H@@\", 5672, \"/\", creds)\n", "pika.PlainCredentials(user, SECRET)"),
    ("python_pypdf_writer_encrypt_first", "lib", "writer = PdfWriter(clone_from=\"price_list.pdf\")\nwriter.encrypt(\"@@V@@\", algorithm=\"AES-256\")\nwriter.write(\"price_list_locked.pdf\")\n", "PdfWriter.encrypt(SECRET)"),
    ("python_pyjwt_encode_second", "lib", "token = jwt.encode({\"sub\": \"kiosk-2\"}, \"@@V@@\", algorithm=\"HS256\")\n", "jwt.encode(payload, SECRET, algorithm=...)"),
    ("python_pymssql_connect_third", "lib", "conn = pymssql.connect(\"@@H@@\", \"@@U@@\", \"@@V@@\", \"Costing\")\n", "pymssql.connect(server, user, SECRET, db)"),
    ("python_cx_oracle_connect_second", "lib", "conn = cx_Oracle.connect(\"@@U@@\", \"@@V@@\", \"@@H@@/ERPPDB\")\n", "cx_Oracle.connect(user, SECRET, dsn)"),
    ("python_xmlrpc_serverproxy_url_userinfo", "lib", "proxy = xmlrpc.client.ServerProxy(\"https://@@U@@:@@V@@@@@H@@/RPC2\")\n", "ServerProxy(\"https://user:SECRET@host/\")"),
    ("python_odoo_execute_kw_third", "lib", "models = xmlrpc.client.ServerProxy(f\"{url}/xmlrpc/2/object\")\ncount = models.execute_kw(\"praline\", uid, \"@@V@@\", \"sale.order\", \"search_count\", [[[\"state\", \"=\", \"sale\"]]])\n", "models.execute_kw(db, uid, SECRET, model, method, args)"),
    ("node_sequelize_ctor_third", "lib", "const sequelize = new Sequelize(\"costing\", \"@@U@@\", \"@@V@@\", { host: \"@@H@@\", dialect: \"mariadb\" });\n", "new Sequelize(db, user, SECRET, opts)"),
    ("node_jsonwebtoken_sign_second", "lib", "const token = jwt.sign({ kiosk: 2 }, \"@@V@@\", { expiresIn: \"12h\" });\n", "jwt.sign(payload, SECRET, opts)"),
    ("node_ldapjs_client_bind_second", "lib", "client.bind(\"cn=@@U@@,ou=shop,dc=bonbonbox\", \"@@V@@\", (err) => {\n  if (err) throw err;\n});\n", "client.bind(dn, SECRET, cb)"),
    ("node_mongoose_connect_uri_userinfo", "lib", "await mongoose.connect(\"mongodb://@@U@@:@@V@@@@@H@@:27017/loyalty?authSource=admin\");\n", "mongoose.connect(\"mongodb://user:SECRET@host\")"),
    ("java_drivermanager_getconnection_third", "lib", "Connection c = DriverManager.getConnection(\"jdbc:postgresql://@@H@@/costing\", \"@@U@@\", \"@@V@@\");\n", "DriverManager.getConnection(url, user, SECRET)"),
    ("java_javamail_transport_connect_third", "lib", "Transport transport = session.getTransport(\"smtp\");\ntransport.connect(\"smtp.bonbonbox.example\", \"@@U@@\", \"@@V@@\");\n", "transport.connect(host, user, SECRET)"),
    ("java_keystore_load_second_chararray", "lib", "KeyStore ks = KeyStore.getInstance(\"PKCS12\");\nks.load(new FileInputStream(\"till-client.p12\"), \"@@V@@\".toCharArray());\n", "ks.load(in, \"SECRET\".toCharArray())"),
    ("java_jdbc_oracle_thin_user_slash_secret", "lib", "String url = \"jdbc:oracle:thin:@@U@@/@@V@@@//@@H@@:1521/ERPPDB\";\n", "jdbc:oracle:thin:user/SECRET@//host/svc"),
    ("kotlin_okhttp_credentials_basic_second", "lib", "val credential = Credentials.basic(\"@@U@@\", \"@@V@@\")\nval request = Request.Builder().url(url).header(\"Authorization\", credential).build()\n", "Credentials.basic(user, SECRET)"),
    ("csharp_networkcredential_ctor_second", "lib", "client.Credentials = new NetworkCredential(\"@@U@@\", \"@@V@@\");\n", "new NetworkCredential(user, SECRET)"),
    ("csharp_x509certificate2_ctor_second", "lib", "var cert = new X509Certificate2(\"atelier-client.pfx\", \"@@V@@\");\n", "new X509Certificate2(path, SECRET)"),
    ("go_mysql_driver_dsn_user_colon_at_tcp", "lib", "db, err := sql.Open(\"mysql\", \"@@U@@:@@V@@@tcp(@@H@@:3306)/costing?parseTime=true\")\n", "sql.Open(\"mysql\", \"user:SECRET@tcp(host)/db\")"),
    ("go_net_smtp_plainauth_third", "lib", "auth := smtp.PlainAuth(\"\", \"@@U@@@bonbonbox.example\", \"@@V@@\", \"smtp.bonbonbox.example\")\n", "smtp.PlainAuth(\"\", user, SECRET, host)"),
    ("go_http_request_setbasicauth_second", "lib", "req, _ := http.NewRequest(\"GET\", \"https://@@H@@/api/stock\", nil)\nreq.SetBasicAuth(\"@@U@@\", \"@@V@@\")\n", "req.SetBasicAuth(user, SECRET)"),
    ("rust_reqwest_basic_auth_some_second", "lib", "let resp = client.get(\"https://@@H@@/api/stock\")\n    .basic_auth(\"@@U@@\", Some(\"@@V@@\"))\n    .send()\n    .await?;\n", ".basic_auth(user, Some(SECRET))"),
    ("ruby_net_ftp_new_third", "lib", "ftp = Net::FTP.new(\"@@H@@\", \"@@U@@\", \"@@V@@\")\nftp.putbinaryfile(\"catalogue.pdf\")\n", "Net::FTP.new(host, user, SECRET)"),
    ("php_pdo_ctor_third", "lib", "$pdo = new PDO('mysql:host=@@H@@;dbname=shop', '@@U@@', '@@V@@');\n", "new PDO(dsn, user, SECRET)"),
    ("php_mysqli_connect_third", "lib", "$db = mysqli_connect('@@H@@', '@@U@@', '@@V@@', 'prestashop');\n", "mysqli_connect(host, user, SECRET, db)"),
    ("php_ftp_login_third", "lib", "$conn = ftp_connect('@@H@@');\nftp_login($conn, '@@U@@', '@@V@@');\n", "ftp_login($conn, user, SECRET)"),
    ("php_openssl_encrypt_third", "lib", "$enc = openssl_encrypt($giftNote, 'aes-256-cbc', '@@V@@', 0, $iv);\n", "openssl_encrypt(data, cipher, SECRET, ...)"),
    ("perl_dbi_connect_third", "lib", "my $dbh = DBI->connect(\"dbi:Pg:dbname=costing;host=@@H@@\", \"@@U@@\", \"@@V@@\", { RaiseError => 1 });\n", "DBI->connect(dsn, user, SECRET, attrs)"),
    ("powershell_convertto_securestring_first", "lib", "$sec = ConvertTo-SecureString '@@V@@' -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential('ATELIER\\@@U@@', $sec)\n", "ConvertTo-SecureString SECRET -AsPlainText -Force"),
    ("vbscript_ado_connection_open_third", "lib", "Set conn = CreateObject(\"ADODB.Connection\")\nconn.Open \"DSN=Costing\", \"@@U@@\", \"@@V@@\"\n", "conn.Open dsn, user, SECRET"),
    ("vba_worksheet_unprotect_first", "lib", "Sub UnlockMargins()\n    ThisWorkbook.Worksheets(\"Margins\").Unprotect \"@@V@@\"\nEnd Sub\n", "Worksheet.Unprotect SECRET"),
    ("vba_workbooks_open_fifth_positional", "lib", "Set wb = Workbooks.Open(\"C:\\Costing\\ganache_costs.xlsx\", , , , \"@@V@@\")\n", "Workbooks.Open(path, , , , SECRET)"),
    ("c_odbc_sqlconnect_sixth", "lib", "ret = SQLConnect(hdbc, (SQLCHAR*)\"Costing\", SQL_NTS, (SQLCHAR*)\"@@U@@\", SQL_NTS, (SQLCHAR*)\"@@V@@\", SQL_NTS);\n", "SQLConnect(hdbc, dsn, n, user, n, SECRET, n)"),
    ("c_mysql_real_connect_fourth", "lib", "if (!mysql_real_connect(conn, \"@@H@@\", \"@@U@@\", \"@@V@@\", \"costing\", 3306, NULL, 0)) {\n    fprintf(stderr, \"%s\\n\", mysql_error(conn));\n}\n", "mysql_real_connect(conn, host, user, SECRET, db, ...)"),
    # ---- GUI automation ----
    ("autohotkey_send_command_enter", "gui", "#IfWinActive, Till Login\nSend, @@U@@{Tab}\nSend, @@V@@{Enter}\n", "Send, SECRET{Enter}"),
    ("xdotool_type_single", "gui", "xdotool search --name 'Costing' windowactivate --sync\nxdotool type --delay 80 '@@V@@'\nxdotool key Return\n", "xdotool type SECRET"),
    ("adb_shell_input_text", "gui", "adb shell input tap 540 1210\nadb shell input text '@@V@@'\nadb shell input keyevent 66\n", "adb shell input text SECRET"),
    ("testcafe_typetext_second", "gui", "test('supervisor void', async t => {\n  await t.typeText(Selector('#f1'), '@@U@@');\n  await t.typeText(Selector('#f2'), '@@V@@');\n});\n", "t.typeText(selector, SECRET)"),
    ("selenium_python_send_keys_single", "gui", "driver.find_element(By.ID, \"f1\").send_keys(\"@@U@@\")\ndriver.find_element(By.ID, \"f2\").send_keys(\"@@V@@\")\n", "element.send_keys(SECRET)"),
    ("pywinauto_type_keys_single", "gui", "dlg = app.window(title=\"Scale Bridge\")\ndlg.Edit2.type_keys(\"@@V@@\", with_spaces=False)\n", "ctrl.type_keys(SECRET)"),
    ("katalon_webui_settext_second", "gui", "WebUI.setText(findTestObject('Page_Admin/input_f1'), '@@U@@')\nWebUI.setText(findTestObject('Page_Admin/input_f2'), '@@V@@')\n", "WebUI.setText(obj, SECRET)"),
    # ---- files with fixed column order ----
    ("pgpass_colon_fifth_field", "file", "# ~/.pgpass  (chmod 600)\n@@H@@:5432:costing:@@U@@:@@V@@\n", "host:port:db:user:SECRET"),
    ("rsyncd_secrets_user_colon", "file", "# /etc/rsyncd.secrets\n@@U@@:@@V@@\n", "user:SECRET"),
    ("davfs2_secrets_third_field", "file", "# /etc/davfs2/secrets\nhttps://@@H@@/remote.php/dav/files/moulds/ @@U@@ @@V@@\n", "url user SECRET"),
    ("postfix_sasl_map_user_colon", "file", "# /etc/postfix/sasl_passwd  (postmap after editing)\n[smtp.bonbonbox.example]:587 @@U@@@bonbonbox.example:@@V@@\n", "[relay]:587 user:SECRET"),
    ("exim_client_credentials_third_field", "file", "# /etc/exim4/passwd.client\n*.bonbonbox.example:@@U@@:@@V@@\n", "host-glob:user:SECRET"),
    ("dovecot_userdb_plain_scheme_field", "file", "# /etc/dovecot/users\n@@U@@:{PLAIN}@@V@@:5000:5000::/var/mail/@@U@@\n", "user:{PLAIN}SECRET:uid:gid::home"),
    ("ssh_askpass_helper_echo", "file", "#!/bin/sh\n# ~/bin/atelier-askpass, used as SSH_ASKPASS for the nightly sync\necho '@@V@@'\n", "askpass script: echo SECRET"),
    ("chocolaterie_till_roster_third_column", "file", "# till roster import, fixed column order (POS manual 4.2): badge,name,unlock,role\n0412,Amelie Dupont,@@V@@,supervisor\n", "badge,name,SECRET,role"),
    ("praline_scale_bridge_tsv_second", "file", "# scale bridge stations: station<TAB>unlock<TAB>ip\ntare-station-2\t@@V@@\t192.168.30.21\n", "station<TAB>SECRET<TAB>ip"),
    ("tempering_machine_users_pipe_fourth", "file", "# /data/users.db export (id|user|role|unlock|since)\n3|@@U@@|operator|@@V@@|2025-01-14\n", "id|user|role|SECRET|date"),
    ("docker_config_auths_auth_b64", "file", "{\n  \"auths\": {\n    \"registry.bonbonbox.example\": {\n      \"auth\": \"@@V@@\"\n    }\n  }\n}\n", "\"auth\": base64(user:SECRET)"),
    # ---- SQL ----
    ("oracle_create_user_identified_by", "sql", "CREATE USER shop_ro IDENTIFIED BY \"@@V@@\" DEFAULT TABLESPACE users;\nGRANT CREATE SESSION TO shop_ro;\n", "CREATE USER u IDENTIFIED BY SECRET"),
    ("mariadb_create_user_identified_by_literal", "sql", "CREATE USER '@@U@@'@'10.20.%' IDENTIFIED BY '@@V@@';\nGRANT SELECT ON costing.* TO '@@U@@'@'10.20.%';\n", "CREATE USER 'u'@'h' IDENTIFIED BY 'SECRET'"),
    ("oracle_database_link_identified_by", "sql", "CREATE DATABASE LINK erp_link CONNECT TO @@U@@ IDENTIFIED BY \"@@V@@\" USING 'ERPPDB';\n", "CREATE DATABASE LINK ... IDENTIFIED BY SECRET"),
    ("mssql_sp_addlinkedsrvlogin_fifth_positional", "sql", "EXEC sp_addlinkedserver 'COSTING01';\nEXEC sp_addlinkedsrvlogin 'COSTING01', 'false', NULL, '@@U@@', '@@V@@';\n", "sp_addlinkedsrvlogin srv, 'false', NULL, user, SECRET"),
    ("mssql_openrowset_semicolon_third", "sql", "SELECT * FROM OPENROWSET('MSOLEDBSQL', '@@H@@';'@@U@@';'@@V@@', 'SELECT sku, cost FROM dbo.Ganache');\n", "OPENROWSET(prov, 'host';'user';'SECRET', query)"),
    ("h2_create_linked_table_fourth", "sql", "CREATE LINKED TABLE erp_orders('org.postgresql.Driver', 'jdbc:postgresql://@@H@@/erp', '@@U@@', '@@V@@', 'orders');\n", "CREATE LINKED TABLE t(driver, url, user, SECRET, table)"),
    ("mysql_aes_encrypt_second_literal", "sql", "UPDATE gift_messages SET body_enc = AES_ENCRYPT(body, '@@V@@') WHERE body_enc IS NULL;\n", "AES_ENCRYPT(col, 'SECRET')"),
    # ---- protocol exchanges ----
    ("smtp_auth_login_second_b64_line", "proto", "S: 220 smtp.bonbonbox.example ESMTP\nC: EHLO till-2\nS: 250-AUTH LOGIN PLAIN\nS: 250 OK\nC: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: @@W@@\nS: 334 UGFzc3dvcmQ6\nC: @@V@@\nS: 235 2.7.0 Authentication successful\n", "AUTH LOGIN, second 334 reply: base64(SECRET)"),
    ("xmpp_sasl_plain_auth_element_b64", "proto", "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>PLAIN</mechanism></mechanisms></stream:features>\n<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>@@V@@</auth>\n<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>\n", "<auth mechanism='PLAIN'>base64(\\0user\\0SECRET)</auth>"),
    ("managesieve_authenticate_plain_b64", "proto", "S: \"IMPLEMENTATION\" \"Dovecot Pigeonhole\"\nS: \"SASL\" \"PLAIN\"\nS: OK \"Ready.\"\nC: AUTHENTICATE \"PLAIN\" \"@@V@@\"\nS: OK \"Logged in.\"\n", "AUTHENTICATE \"PLAIN\" \"base64(\\0user\\0SECRET)\""),
    ("irc_nickserv_identify_single", "proto", "[08:01] -NickServ- This nickname is registered. Please choose a different nickname, or identify via /msg NickServ IDENTIFY\n[08:01] >NickServ< IDENTIFY @@V@@\n[08:01] -NickServ- You are now identified for atelier-bot.\n", "/msg NickServ IDENTIFY SECRET"),
    ("at_cgauth_fourth_quoted", "proto", "AT+CGDCONT=1,\"IP\",\"m2m.provider.example\"\nOK\nAT+CGAUTH=1,1,\"@@U@@\",\"@@V@@\"\nOK\n", "AT+CGAUTH=cid,type,\"user\",\"SECRET\""),
]

SET_ASIDE = [
    ("python_aiohttp_basicauth_second", "too close to the kept requests HTTPBasicAuth form"),
    ("ruby_net_http_basic_auth_second", "too close to the kept Go SetBasicAuth form"),
    ("go_jwt_signedstring_byteslice", "too close to the earlier Go hmac byte-slice key"),
    ("node_crypto_scryptsync_first", "too close to the earlier pbkdf2Sync first argument"),
    ("java_commons_net_ftpclient_login_second", "too close to the earlier Perl Net::FTP login"),
    ("mkpasswd_s_flag_stdin", "hash seeding, weak as a login"),
    ("openssl_passwd_sha512_positional", "hash seeding, weak as a login"),
    ("arduino_wifi_begin_second", "too close to the earlier Arduino softAP / MicroPython wlan forms"),
    ("kubectl_from_literal_neutral_key", "the literal key name is chosen by the writer, so it is a key=value after all"),
    ("wpa_passphrase_second_positional", "a Wi-Fi passphrase, and earlier corpora cover several"),
    ("rar_glued_hp_header_flag", "too close to the kept 7z glued -p"),
    ("podman_login_lower_p_after_lower_u", "too close to the earlier registry logins (skopeo, buildah)"),
    ("stunnel_psk_identity_colon", "stunnel wants 16+ byte keys; the owner-chosen form is shorter"),
    ("docker_login_password_stdin", "the flag says password"),
    ("pdftk_input_pw", "the keyword says pw"),
    ("sqlcmd / bcp / osql", "covered by earlier corpora"),
]

B64 = {"smtp_auth_login_second_b64_line": "plain", "xmpp_sasl_plain_auth_element_b64": "sasl",
       "managesieve_authenticate_plain_b64": "sasl", "docker_config_auths_auth_b64": "userpass"}

USERS = ["amelie", "bastien", "chloe", "dario", "elif", "femke", "gaspard", "hana", "ines", "jules", "kasia", "lotte",
         "mathis", "noor", "oscar", "pia", "quentin", "rosa", "sander", "tess"]
HOSTS = ["nas01.cacaoatelier.internal", "db02.cacaoatelier.internal", "erp.bonbonbox.example", "10.20.4.31",
         "files.maison-praline.example", "mq.cacaoatelier.internal", "192.168.30.12"]


def b64_inner(kind, user, pw):
    if kind == "plain":
        return pw
    if kind == "sasl":
        return "\0" + user + "\0" + pw
    return user + ":" + pw


def build(reg, hidden):
    """hidden: list collecting passwords hidden inside Base64 values."""
    rng = random.Random(SEED)
    recs = []
    for syn, cat, tpl, _short in S:
        u = rng.choice(USERS)
        h = rng.choice(HOSTS)
        pw = reg.draw(lambda: password(rng, strict=True))
        kw = {"U": u, "H": h}
        if syn in B64:
            v = base64.b64encode(b64_inner(B64[syn], u, pw).encode()).decode()
            if not reg.add(v):
                raise RuntimeError("b64 collision")
            hidden.append((syn, pw))
            kw["W"] = base64.b64encode(u.encode()).decode()
        else:
            v = pw
        text, s, e = fill(tpl, v, **kw)
        t = PFX + syn
        recs.append({"type": t, "container": t + "__" + SUFFIX[cat], "text": text,
                     "secrets": [{"value": v, "start": s, "end": e, "type": t}], "source": "password"})
    return recs
