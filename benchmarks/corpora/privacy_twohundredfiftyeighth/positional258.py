"""Positional passwords: the value is a password, but no key name says so."""
import random
import re

import common258 as C

PFX = "dwpw_"
WHERE = {
    "cli": "drilling_ops_terminal", "stdin": "depot_server_shell_pipe", "lib": "casingcollar_code_excerpt",
    "gui": "field_app_ui_robot_script", "file": "pump_depot_host_config_file", "sql": "stock_db_session",
    "proto": "telemetry_wire_capture",
}
HINT_RE = re.compile(r"pass|pwd|secret|(?<![a-z])pw(?![a-z])", re.I)
USERS = ["rigsync", "mtregaskis", "dprys", "aokafor", "rcostigan", "hvos", "tmahmood", "sbassett", "lnemeth",
         "icarvalho", "kmensah", "erowntree", "apillai", "svc_portal", "hydro_ro", "levels_up"]

DN = "cn=«U»,ou=staff,dc=deepcut-drilling,dc=example"

# (syntax, where, template, form)
SYNTAXES = [
    # ---------------- cli
    ("curl_lower_u_colon_pair", "cli", "$ curl -sS -u «U»:«V» -X PROPFIND -H 'Depth: 1' https://dav.hallowayreeve.example/remote.php/dav/files/«U»/jobs/\n", "curl -u user:SECRET url"),
    ("lftp_lower_u_comma_pair", "cli", "$ lftp -u «U»,«V» sftp://files.brackwater-hydro.example -e 'mirror -R ./reports /upload/reports; bye'\n", "lftp -u user,SECRET url"),
    ("ncftpput_lower_p_after_lower_u", "cli", "$ ncftpput -u «U» -p «V» ftp.brackwater-hydro.example /incoming BH2_pumptest.csv\n", "ncftpput -u user -p SECRET host dir file"),
    ("rdesktop_lower_p_after_lower_u", "cli", "$ rdesktop -u «U» -p «V» -g 1600x900 depot-pc02.deepcut-drilling.example\n", "rdesktop -u user -p SECRET host"),
    ("mutool_draw_lower_p_flag", "cli", "$ mutool draw -p «V» -o page%d.png BH2_completion_report.pdf 1-3\n", "mutool draw -p SECRET -o out file.pdf"),
    ("ccrypt_capital_k_flag", "cli", "$ ccrypt -e -K «V» pumping_test_raw.tar\n$ ls\npumping_test_raw.tar.cpt\n", "ccrypt -e -K SECRET file"),
    ("aescrypt_lower_p_flag", "cli", "$ aescrypt -e -p «V» -o logger_export.zip.aes logger_export.zip\n", "aescrypt -e -p SECRET -o out file"),
    ("racadm_lower_p_after_lower_u", "cli", "$ racadm -r 10.58.2.21 -u root -p «V» getsysinfo\n", "racadm -r host -u user -p SECRET cmd"),
    ("govc_lower_u_url_userinfo", "cli", "$ govc ls -k -u «U»:«V»@vcenter.deepcut-drilling.example /Depot/vm\n", "govc ls -u user:SECRET@host path"),
    ("windows_net_use_share_positional", "cli", "C:\\> net use Z: \\\\nas01\\jobs «V» /user:DEPOT\\«U» /persistent:no\nThe command completed successfully.\n", "net use drive \\\\host\\share SECRET /user:dom\\user"),
    ("psexec_lower_p_after_lower_u", "cli", "C:\\Tools> psexec \\\\depot-pc02 -u DEPOT\\«U» -p «V» -h cmd /c ipconfig /all\n", "psexec \\\\host -u user -p SECRET cmd"),
    ("schtasks_rp_after_ru", "cli", "C:\\> schtasks /create /tn \"RigSyncNightly\" /tr \"C:\\Tools\\rigsync\\rigsync.exe --quiet\" /sc daily /st 02:00 /ru DEPOT\\svc_rigsync /rp «V»\nSUCCESS: The scheduled task \"RigSyncNightly\" has successfully been created.\n", "schtasks /create ... /ru user /rp SECRET"),
    ("windows_net_user_add_second", "cli", "C:\\> net user yardkiosk «V» /add /comment:\"Yard kiosk\"\nThe command completed successfully.\n", "net user name SECRET /add"),
    ("rclone_obscure_positional", "cli", "$ rclone obscure «V»\n(output copied into the webdav remote of rclone.conf)\n", "rclone obscure SECRET"),
    ("skopeo_src_creds_colon_pair", "cli", "$ skopeo copy --src-creds «U»:«V» docker://registry.casingcollar.example/hr-worker:1.9.2 dir:/tmp/hr-worker\n", "skopeo copy --src-creds user:SECRET src dst"),
    ("docker_login_lower_p_flag", "cli", "$ docker login registry.casingcollar.example -u «U» -p «V»\nLogin Succeeded\n", "docker login host -u user -p SECRET"),
    ("sqlplus_slash_pair_connect_string", "cli", "$ sqlplus -s «U»/«V»@//orcl.deepcut-drilling.example:1521/JOBS @nightly_extract.sql\n", "sqlplus user/SECRET@//host:port/svc"),
    ("hdbsql_lower_p_after_lower_u", "cli", "$ hdbsql -n hana01.deepcut-drilling.example:30015 -u «U» -p «V» \"SELECT COUNT(*) FROM BOREHOLES\"\n", "hdbsql -n host -u user -p SECRET query"),
    ("openfortivpn_lower_p_after_lower_u", "cli", "$ sudo openfortivpn vpn.hallowayreeve.example:10443 -u «U» -p «V»\nINFO:   Connected to gateway.\n", "openfortivpn host:port -u user -p SECRET"),
    ("sendemail_xp_after_xu", "cli", "$ sendEmail -f rigsync@deepcut-drilling.example -t office@deepcut-drilling.example -s smtp.deepcut-drilling.example:587 -o tls=yes -xu rigsync -xp «V» -u \"Rig 3 daily log\" -a rig3_daily.csv -m attached\n", "sendEmail ... -xu user -xp SECRET"),
    ("ldapsearch_lower_w_after_capital_d", "cli", f"$ ldapsearch -x -H ldaps://dc01.deepcut-drilling.example -D \"{DN}\" -w «V» -b \"ou=staff,dc=deepcut-drilling,dc=example\" \"(mail=*)\" cn mail\n", "ldapsearch -x -D dn -w SECRET -b base"),
    ("etcdctl_user_colon_pair", "cli", "$ etcdctl --endpoints=https://10.58.4.11:2379 --user root:«V» get /portal/config --prefix\n", "etcdctl --user root:SECRET get key"),
    ("couchbase_cli_lower_p_after_lower_u", "cli", "$ couchbase-cli server-list -c couchbase://cb01.casingcollar.example -u Administrator -p «V»\n", "couchbase-cli cmd -c host -u user -p SECRET"),
    ("cypher_shell_lower_p_after_lower_u", "cli", "$ cypher-shell -a neo4j://graph.brackwater-hydro.example:7687 -u neo4j -p «V» \"MATCH (b:Borehole) RETURN count(b);\"\n", "cypher-shell -a url -u user -p SECRET query"),
    ("rabbitmqctl_add_user_second", "cli", "$ sudo rabbitmqctl add_user rtu_bridge «V»\nAdding user \"rtu_bridge\" ...\nDone. Don't forget to grant the user permissions to some virtual hosts!\n", "rabbitmqctl add_user name SECRET"),
    ("dislocker_glued_lower_u", "cli", "$ sudo dislocker -V /dev/sdb2 -u«V» -- /mnt/bitlocker\n", "dislocker -V dev -uSECRET -- dir"),
    ("smbmap_lower_p_after_lower_u", "cli", "$ smbmap -H 10.58.1.20 -u «U» -p «V» -d DEPOT\n", "smbmap -H host -u user -p SECRET -d dom"),
    ("espota_lower_a_auth_flag", "cli", "$ python3 espota.py -i 10.58.12.40 -p 3232 -a «V» -f .pio/build/esp32/firmware.bin\nUploading: [============================================================] 100% Done...\n", "espota.py -i ip -p port -a SECRET -f firmware"),
    ("qrencode_wifi_uri_p_field", "cli", "$ qrencode -o depot-guest-wifi.png 'WIFI:T:WPA;S:HR-Depot-Guest;P:«V»;;'\n", "qrencode -o png 'WIFI:T:WPA;S:ssid;P:SECRET;;'"),
    # ---------------- stdin
    ("cryfs_noninteractive_stdin_pipe", "stdin", "$ echo «V» | CRYFS_FRONTEND=noninteractive cryfs ~/Dropbox/crypt ~/crypt-mnt\n", "echo SECRET | CRYFS_FRONTEND=noninteractive cryfs base mnt"),
    ("ftp_heredoc_user_command", "stdin", "$ ftp -n ftp.brackwater-hydro.example <<EOF\nuser «U» «V»\nbinary\ncd incoming\nput BH2_levels_2024-03.csv\nbye\nEOF\n", "ftp -n host <<EOF / user name SECRET"),
    ("pbcopy_echo_n_pipe", "stdin", "$ echo -n «V» | pbcopy\n", "echo -n SECRET | pbcopy"),
    ("wl_copy_printf_pipe", "stdin", "$ printf '%s' «V» | wl-copy\n", "printf '%s' SECRET | wl-copy"),
    ("ldapmodify_y_dev_stdin_pipe", "stdin", f"$ printf '%s' «V» | ldapmodify -x -H ldaps://dc01.deepcut-drilling.example -D \"{DN}\" -y /dev/stdin -f add_rig_crew.ldif\n", "printf '%s' SECRET | ldapmodify -x -D dn -y /dev/stdin -f file"),
    ("systemd_creds_encrypt_stdin_dash", "stdin", "$ printf '%s' «V» | sudo systemd-creds encrypt --name=rtu-db - /etc/credstore.encrypted/rtu-db.cred\n", "printf '%s' SECRET | systemd-creds encrypt --name=x - out"),
    ("telnet_piped_echo_sequence_second", "stdin", "$ { sleep 1; echo «U»; sleep 1; echo «V»; sleep 1; echo \"show status\"; sleep 2; } | telnet 10.58.12.7\n", "{ echo user; echo SECRET; ... } | telnet host"),
    ("udisksctl_key_file_dev_stdin", "stdin", "$ echo -n «V» | udisksctl unlock -b /dev/sdc1 --key-file /dev/stdin\nUnlocked /dev/sdc1 as /dev/dm-3.\n", "echo -n SECRET | udisksctl unlock -b dev --key-file /dev/stdin"),
    # ---------------- lib
    ("python_paramiko_connect_fourth", "lib", "client = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nclient.connect(\"rtu-gw01.hallowayreeve.example\", 22, \"«U»\", \"«V»\")\n", "client.connect(host, port, user, SECRET)"),
    ("python_ftplib_ftp_ctor_third", "lib", "import ftplib\n\nftp = ftplib.FTP(\"ftp.brackwater-hydro.example\", \"«U»\", \"«V»\")\nftp.cwd(\"incoming\")\n", "ftplib.FTP(host, user, SECRET)"),
    ("python_cxoracle_connect_second", "lib", "conn = cx_Oracle.connect(\"«U»\", \"«V»\", \"orcl.deepcut-drilling.example:1521/JOBS\")\n", "cx_Oracle.connect(user, SECRET, dsn)"),
    ("python_pymssql_connect_third", "lib", "conn = pymssql.connect(\"sql01.hallowayreeve.example\", \"«U»\", \"«V»\", \"ServiceJobs\")\n", "pymssql.connect(server, user, SECRET, db)"),
    ("python_ldap3_connection_third", "lib", f"server = Server(\"ldaps://dc01.deepcut-drilling.example\", use_ssl=True)\nconn = Connection(server, \"{DN}\", \"«V»\", auto_bind=True)\n", "Connection(server, dn, SECRET, auto_bind=True)"),
    ("python_pysmb_smbconnection_second", "lib", "conn = SMBConnection(\"«U»\", \"«V»\", \"rigsync\", \"NAS01\", domain=\"DEPOT\", use_ntlm_v2=True)\nconn.connect(\"10.58.1.20\", 445)\n", "SMBConnection(user, SECRET, client, server)"),
    ("python_pymupdf_authenticate_single", "lib", "doc = fitz.open(\"BH2_completion_report.pdf\")\nif doc.is_encrypted:\n    doc.authenticate(\"«V»\")\n", "doc.authenticate(SECRET)"),
    ("python_pexpect_pxssh_login_third", "lib", "s = pxssh.pxssh()\ns.login(\"10.58.12.7\", \"«U»\", \"«V»\")\ns.sendline(\"uptime\")\n", "pxssh.login(host, user, SECRET)"),
    ("java_commons_net_ftpclient_login_second", "lib", "FTPClient ftp = new FTPClient();\nftp.connect(\"ftp.brackwater-hydro.example\");\nftp.login(\"«U»\", \"«V»\");\n", "ftp.login(user, SECRET)"),
    ("java_jakarta_mail_transport_connect_third", "lib", "Transport transport = session.getTransport(\"smtp\");\ntransport.connect(\"smtp.deepcut-drilling.example\", \"«U»\", \"«V»\");\n", "transport.connect(host, user, SECRET)"),
    ("java_jndi_security_credentials_put", "lib", f"env.put(Context.PROVIDER_URL, \"ldaps://dc01.deepcut-drilling.example:636\");\nenv.put(Context.SECURITY_PRINCIPAL, \"{DN}\");\nenv.put(Context.SECURITY_CREDENTIALS, \"«V»\");\nDirContext ctx = new InitialDirContext(env);\n", "env.put(Context.SECURITY_CREDENTIALS, SECRET)"),
    ("scala_doobie_fromdrivermanager_fourth", "lib", "val xa = Transactor.fromDriverManager[IO](\n  \"org.postgresql.Driver\", \"jdbc:postgresql://db.casingcollar.example/portal\", \"«U»\", \"«V»\", None\n)\n", "Transactor.fromDriverManager[IO](driver, url, user, SECRET, None)"),
    ("csharp_networkcredential_ctor_second", "lib", "using var client = new WebClient();\nclient.Credentials = new NetworkCredential(\"«U»\", \"«V»\");\n", "new NetworkCredential(user, SECRET)"),
    ("csharp_fluentftp_ftpclient_ctor_third", "lib", "var ftp = new FtpClient(\"ftp.brackwater-hydro.example\", \"«U»\", \"«V»\");\nftp.AutoConnect();\n", "new FtpClient(host, user, SECRET)"),
    ("csharp_principalcontext_ctor_fourth", "lib", "using var ctx = new PrincipalContext(ContextType.Domain, \"DEPOT\", \"«U»\", \"«V»\");\n", "new PrincipalContext(ContextType.Domain, dom, user, SECRET)"),
    ("powershell_convertto_securestring_asplaintext", "lib", "$s = ConvertTo-SecureString '«V»' -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential('DEPOT\\«U»', $s)\n", "ConvertTo-SecureString SECRET -AsPlainText -Force"),
    ("go_net_plainauth_third", "lib", "auth := smtp.PlainAuth(\"\", \"«U»\", \"«V»\", \"smtp.deepcut-drilling.example\")\nerr := smtp.SendMail(\"smtp.deepcut-drilling.example:587\", auth, from, to, msg)\n", "smtp.PlainAuth(\"\", user, SECRET, host)"),
    ("go_http_request_setbasicauth_second", "lib", "req, _ := http.NewRequest(\"GET\", \"https://levels.brackwater-hydro.example/api/bh2\", nil)\nreq.SetBasicAuth(\"«U»\", \"«V»\")\n", "req.SetBasicAuth(user, SECRET)"),
    ("rust_reqwest_basic_auth_some_second", "lib", "let resp = client\n    .get(\"https://levels.brackwater-hydro.example/api/bh2\")\n    .basic_auth(\"«U»\", Some(\"«V»\"))\n    .send()\n    .await?;\n", ".basic_auth(user, Some(SECRET))"),
    ("rust_tiberius_authmethod_sql_server_second", "lib", "let mut config = Config::new();\nconfig.host(\"sql01.hallowayreeve.example\");\nconfig.authentication(AuthMethod::sql_server(\"«U»\", \"«V»\"));\n", "AuthMethod::sql_server(user, SECRET)"),
    ("ruby_net_ftp_open_third", "lib", "Net::FTP.open(\"ftp.brackwater-hydro.example\", \"«U»\", \"«V»\") do |ftp|\n  ftp.putbinaryfile(\"BH2_levels.csv\")\nend\n", "Net::FTP.open(host, user, SECRET)"),
    ("php_ftp_login_third", "lib", "$conn = ftp_connect('ftp.brackwater-hydro.example');\nftp_login($conn, '«U»', '«V»');\n", "ftp_login($conn, user, SECRET)"),
    ("php_pdo_ctor_third", "lib", "$pdo = new PDO('mysql:host=db.hallowayreeve.example;dbname=bookings', '«U»', '«V»');\n", "new PDO(dsn, user, SECRET)"),
    ("php_oci_connect_second", "lib", "$c = oci_connect('«U»', '«V»', '//orcl.deepcut-drilling.example/JOBS');\n", "oci_connect(user, SECRET, conn)"),
    ("perl_dbi_connect_third", "lib", "my $dbh = DBI->connect(\"dbi:Pg:dbname=portal;host=db.casingcollar.example\", \"«U»\", \"«V»\", { RaiseError => 1 });\n", "DBI->connect(dsn, user, SECRET, attrs)"),
    ("c_libmariadb_real_connect_fourth", "lib", "if (!mysql_real_connect(conn, \"db.hallowayreeve.example\", \"«U»\", \"«V»\", \"bookings\", 3306, NULL, 0)) {\n    fprintf(stderr, \"%s\\n\", mysql_error(conn));\n}\n", "mysql_real_connect(conn, host, user, SECRET, db, port, NULL, 0)"),
    ("js_ldapjs_bind_second", "lib", f"client.bind('{DN}', '«V»', (err) => {{\n  if (err) throw err;\n}});\n", "client.bind(dn, SECRET, cb)"),
    ("js_btoa_colon_pair_basic_header", "lib", "const res = await fetch('https://levels.brackwater-hydro.example/api/bh2', {\n  headers: { Authorization: 'Basic ' + btoa('«U»:«V»') },\n});\n", "btoa('user:SECRET')"),
    ("arduino_wifimulti_addap_second", "lib", "WiFiMulti wifiMulti;\n\nvoid setup() {\n  wifiMulti.addAP(\"HR-Field\", \"«V»\");\n}\n", "wifiMulti.addAP(ssid, SECRET)"),
    ("arduino_pubsubclient_connect_third", "lib", "while (!mqtt.connected()) {\n  if (mqtt.connect(\"bh2-node\", \"«U»\", \"«V»\")) break;\n  delay(5000);\n}\n", "mqtt.connect(clientId, user, SECRET)"),
    ("micropython_wlan_connect_second", "lib", "wlan = network.WLAN(network.STA_IF)\nwlan.active(True)\nwlan.connect(\"Hollowmead-Yard\", \"«V»\")\n", "wlan.connect(ssid, SECRET)"),
    ("r_httr_authenticate_second", "lib", "resp <- GET(\"https://levels.brackwater-hydro.example/api/bh2\", authenticate(\"«U»\", \"«V»\"))\n", "authenticate(user, SECRET)"),
    ("erlang_ftp_user_third", "lib", "{ok, Pid} = ftp:open(\"ftp.brackwater-hydro.example\"),\nok = ftp:user(Pid, \"«U»\", \"«V»\"),\n", "ftp:user(Pid, user, SECRET)"),
    ("vba_workbooks_open_fifth", "lib", "Set wb = Workbooks.Open(\"\\\\nas01\\jobs\\pump_sizing.xlsx\", 0, True, , \"«V»\")\n", "Workbooks.Open(path, 0, True, , SECRET)"),
    ("tcl_ftp_open_third", "lib", "package require ftp\nset h [ftp::Open ftp.brackwater-hydro.example «U» «V»]\nftp::Put $h BH2_levels.csv\n", "ftp::Open host user SECRET"),
    # ---------------- gui
    ("playwright_locator_fill", "gui", "await page.goto('https://portal.hallowayreeve.example/login');\nawait page.locator('#f1').fill('«U»');\nawait page.locator('#f2').fill('«V»');\n", "page.locator('#f2').fill(SECRET)"),
    ("selenium_python_send_keys", "gui", "driver.find_element(By.ID, \"f1\").send_keys(\"«U»\")\ndriver.find_element(By.ID, \"f2\").send_keys(\"«V»\")\n", "find_element(By.ID, 'f2').send_keys(SECRET)"),
    ("cypress_get_type", "gui", "cy.visit('/login')\ncy.get('#f1').type('«U»')\ncy.get('#f2').type('«V»')\n", "cy.get('#f2').type(SECRET)"),
    ("puppeteer_page_type_second", "gui", "await page.type('#f1', '«U»');\nawait page.type('#f2', '«V»');\n", "page.type('#f2', SECRET)"),
    ("detox_replacetext", "gui", "await element(by.id('f1')).replaceText('«U»');\nawait element(by.id('f2')).replaceText('«V»');\n", "element(by.id('f2')).replaceText(SECRET)"),
    ("flutter_tester_entertext_second", "gui", "await tester.enterText(find.byKey(const Key('f1')), '«U»');\nawait tester.enterText(find.byKey(const Key('f2')), '«V»');\n", "tester.enterText(finder, SECRET)"),
    ("compose_performtextinput", "gui", "composeTestRule.onNodeWithTag(\"f1\").performTextInput(\"«U»\")\ncomposeTestRule.onNodeWithTag(\"f2\").performTextInput(\"«V»\")\n", "onNodeWithTag('f2').performTextInput(SECRET)"),
    ("pywinauto_type_keys", "gui", "dlg = app.window(title=\"Drive Login\")\ndlg.child_window(auto_id=\"f2\").type_keys(\"«V»\", with_spaces=True)\n", "child_window(auto_id='f2').type_keys(SECRET)"),
    ("flaui_textbox_enter", "gui", "window.FindFirstDescendant(cf.ByAutomationId(\"f2\")).AsTextBox().Enter(\"«V»\");\n", "FindFirstDescendant(...).AsTextBox().Enter(SECRET)"),
    ("autoit_controlsettext_fourth", "gui", "WinWaitActive(\"Drive Login\")\nControlSetText(\"Drive Login\", \"\", \"[NAME:f2]\", \"«V»\")\nControlClick(\"Drive Login\", \"\", \"[NAME:ok]\")\n", "ControlSetText(title, '', control, SECRET)"),
    ("pyautogui_write", "gui", "pyautogui.click(812, 466)\npyautogui.write('«V»', interval=0.05)\npyautogui.press('enter')\n", "pyautogui.write(SECRET)"),
    ("power_automate_populatetextfield", "gui", "UIAutomation.PopulateTextField TextField: appmask['Drive Login']['f2'] Text: $'''«V»''' Mode: UIAutomation.PopulateTextMode.Replace\n", "UIAutomation.PopulateTextField ... Text: SECRET"),
    ("katalon_webui_settext_second", "gui", "WebUI.setText(findTestObject('Page_Login/f1'), '«U»')\nWebUI.setText(findTestObject('Page_Login/f2'), '«V»')\n", "WebUI.setText(testObject, SECRET)"),
    ("robot_seleniumlibrary_input_text", "gui", "*** Test Cases ***\nOpen Portal\n    Open Browser    https://portal.hallowayreeve.example/login    firefox\n    Input Text    id:f1    «U»\n    Input Text    id:f2    «V»\n", "Input Text    id:f2    SECRET"),
    ("imacros_tag_content", "gui", "URL GOTO=https://portal.hallowayreeve.example/login\nTAG POS=1 TYPE=INPUT:TEXT ATTR=ID:f1 CONTENT=«U»\nTAG POS=1 TYPE=INPUT:TEXT ATTR=ID:f2 CONTENT=«V»\n", "TAG ... ATTR=ID:f2 CONTENT=SECRET"),
    ("capybara_fill_in_with", "gui", "visit '/login'\nfill_in 'f1', with: '«U»'\nfill_in 'f2', with: '«V»'\nclick_button 'Sign in'\n", "fill_in 'f2', with: SECRET"),
    ("adb_shell_input_text", "gui", "$ adb -s R58N40ABCDE shell input tap 540 1210\n$ adb -s R58N40ABCDE shell input text '«V»'\n", "adb shell input text SECRET"),
    ("vboxmanage_keyboardputstring", "gui", "$ VBoxManage controlvm \"depot-win10\" keyboardputstring '«V»'\n$ VBoxManage controlvm \"depot-win10\" keyboardputscancode 1c 9c\n", "VBoxManage controlvm vm keyboardputstring SECRET"),
    ("kitty_remote_send_text", "gui", "$ kitty @ send-text --match title:rtu-console '«V»\\r'\n", "kitty @ send-text --match title:x SECRET"),
    ("chrome_devtools_input_inserttext", "gui", "{\"id\": 41, \"method\": \"Input.dispatchMouseEvent\", \"params\": {\"type\": \"mousePressed\", \"x\": 812, \"y\": 466, \"button\": \"left\", \"clickCount\": 1}}\n{\"id\": 42, \"method\": \"Input.insertText\", \"params\": {\"text\": \"«V»\"}}\n", "{method: Input.insertText, params: {text: SECRET}}"),
    # ---------------- file
    ("pgbouncer_userlist_second_quoted", "file", "$ sudo cat /etc/pgbouncer/userlist.txt\n\"portal\" \"SCRAM-SHA-256$4096:«S1»$«S2»:«S3»\"\n\"reporting\" \"«V»\"\n", "userlist.txt: \"user\" \"SECRET\""),
    ("dovecot_users_plain_scheme_second_field", "file", "$ sudo cat /etc/dovecot/users\nrigsync:{PLAIN}«V»::::::\n", "users: user:{PLAIN}SECRET::::::"),
    ("uucp_call_file_third_field", "file", "# /etc/uucp/call\n# system    login     (third field)\ndepotgw     nuucp     «V»\n", "/etc/uucp/call: system login SECRET"),
    ("dialup_chat_script_after_ssword_expect", "file", "# /etc/chatscripts/rtu-dialup\nABORT BUSY\nABORT 'NO CARRIER'\n'' ATZ\nOK ATDT01632960123\nCONNECT ''\nogin: «U»\nssword: «V»\n", "chat script: ogin: user / ssword: SECRET"),
    ("cups_printers_conf_deviceuri_userinfo", "file", "<Printer Depot_Laser>\nInfo Depot office laser\nLocation Yard office\nDeviceURI smb://«U»:«V»@nas01/DepotLaser\nState Idle\n</Printer>\n", "printers.conf: DeviceURI smb://user:SECRET@host/queue"),
    ("fstab_curlftpfs_userinfo", "file", "# /etc/fstab\nUUID=«UUID» /              ext4    errors=remount-ro 0 1\ncurlftpfs#«U»:«V»@ftp.brackwater-hydro.example /mnt/hydro-ftp fuse allow_other,_netdev 0 0\n", "fstab: curlftpfs#user:SECRET@host mnt fuse"),
    ("nut_upsmon_monitor_fifth_field", "file", "# /etc/nut/upsmon.conf\nMONITOR depotups@localhost 1 upsmon_local «V» primary\nMINSUPPLIES 1\nSHUTDOWNCMD \"/sbin/shutdown -h +0\"\n", "upsmon.conf: MONITOR ups@host 1 user SECRET primary"),
    ("muttrc_smtp_url_userinfo", "file", "# ~/.muttrc\nset from = \"rigsync@deepcut-drilling.example\"\nset smtp_url = \"smtps://«U»:«V»@smtp.deepcut-drilling.example:465/\"\nset ssl_force_tls = yes\n", "muttrc: set smtp_url = smtps://user:SECRET@host"),
    ("rig_crew_handset_roster_csv_third", "file", "rig,crew,handset,phone\nR3,Dafydd Prys,«V»,07700 900211\n", "invented crew_handsets.csv: rig,crew,SECRET,phone"),
    ("depot_gate_keypad_fixed_width_cols_13_29", "file", "# gatectl users.dat - fixed width: cols 1-12 name, 13-29 code, 30-39 valid until\n«FW»\n", "invented gatectl users.dat: name(12) SECRET(17) date(10)"),
    # ---------------- sql
    ("mariadb_create_user_identified_by", "sql", "MariaDB [(none)]> CREATE USER 'rigsync'@'10.58.%' IDENTIFIED BY '«V»';\nQuery OK, 0 rows affected (0.004 sec)\n", "CREATE USER 'u'@'h' IDENTIFIED BY 'SECRET'"),
    ("plsql_create_database_link_identified_by", "sql", "SQL> CREATE DATABASE LINK hydro_lnk CONNECT TO hydro_ro IDENTIFIED BY «V» USING 'HYDROPDB';\n\nDatabase link created.\n", "CREATE DATABASE LINK l CONNECT TO u IDENTIFIED BY SECRET USING 'tns'"),
    ("teradata_bteq_logon_comma", "sql", " BTEQ 17.20.00.07 Thu Mar 14 09:12:44 2024\n.LOGON tdprod/«U»,«V»\n *** Logon successfully completed.\n", ".LOGON host/user,SECRET"),
    ("cypher_dbms_security_createuser_second", "sql", "neo4j@system> CALL dbms.security.createUser('«U»', '«V»', false);\n0 rows\n", "CALL dbms.security.createUser(user, SECRET, false)"),
    ("plsql_dbms_credential_create_credential_third", "sql", "BEGIN\n  DBMS_CREDENTIAL.CREATE_CREDENTIAL('RIG_SFTP', 'rigsync', '«V»');\nEND;\n/\n", "DBMS_CREDENTIAL.CREATE_CREDENTIAL(name, user, SECRET)"),
    ("h2_create_linked_table_fourth", "sql", "CREATE LINKED TABLE jobs_link('org.postgresql.Driver', 'jdbc:postgresql://db.casingcollar.example/portal', '«U»', '«V»', 'public.jobs');\n", "CREATE LINKED TABLE t(driver, url, user, SECRET, table)"),
    # ---------------- proto
    ("at_cgauth_fourth_quoted", "proto", "AT+CGDCONT=1,\"IP\",\"telemetry.apn\"\r\nOK\r\nAT+CGAUTH=1,1,\"«U»\",\"«V»\"\r\nOK\r\n", "AT+CGAUTH=cid,1,\"user\",\"SECRET\""),
    ("quectel_at_qicsgp_fifth_quoted", "proto", "AT+QICSGP=1,1,\"telemetry.apn\",\"«U»\",\"«V»\",1\r\nOK\r\nAT+QIACT=1\r\nOK\r\n", "AT+QICSGP=1,1,\"apn\",\"user\",\"SECRET\",1"),
    ("simcom_at_cmqttconnect_sixth_quoted", "proto", "AT+CMQTTSTART\r\nOK\r\nAT+CMQTTCONNECT=0,\"tcp://mqtt.hallowayreeve.example:1883\",60,1,\"«U»\",\"«V»\"\r\nOK\r\n+CMQTTCONNECT: 0,0\r\n", "AT+CMQTTCONNECT=0,\"url\",60,1,\"user\",\"SECRET\""),
    ("gsm_pump_relay_sms_command_prefix", "proto", "[SMS log, depot phone]\n14/03 07:58  To +44 7700 900777: «V»#STATUS#\n14/03 07:58  From +44 7700 900777: BH2 PUMP ON 2.8BAR 17.2C\n", "SMS to a GSM pump relay: SECRET#STATUS# (invented command format)"),
    ("assuan_pinentry_d_line", "proto", "S: OK Pleased to meet you\nC: SETDESC Unlock the rig-sync signing key\nC: GETPIN\nS: D «V»\nS: OK\n", "pinentry (Assuan): GETPIN -> D SECRET"),
    ("sasl_plain_nul_separated_third", "proto", ">>> sasl_plain_decode(captured[3])\nb'\\x00«U»\\x00«V»'\n", "SASL PLAIN message \\0user\\0SECRET"),
    ("ipcam_cgi_loginpas_query", "proto", "GET /videostream.cgi?loginuse=admin&loginpas=«V»&resolution=32 HTTP/1.1\r\nHost: 10.58.12.30\r\nUser-Agent: Lavf/60.3.100\r\n", "GET /videostream.cgi?loginuse=admin&loginpas=SECRET"),
]


def generate(reg):
    rng = random.Random(C.SEEDS["positional"])
    out = []
    for name, where, tpl, _form in SYNTAXES:
        user = rng.choice(USERS)
        v = reg.draw(lambda: C.owner_password(rng, strict=True, cap_p=0.35))
        text = tpl.replace("«U»", user)
        text = text.replace("«UUID»", C.uuid4(rng))
        text = text.replace("«S1»", C.b64u(C.rbytes(rng, 16)).replace("-", "+").replace("_", "/"))
        text = text.replace("«S2»", C.b64u(C.rbytes(rng, 32)).replace("-", "+").replace("_", "/"))
        text = text.replace("«S3»", C.b64u(C.rbytes(rng, 32)).replace("-", "+").replace("_", "/"))
        if "«FW»" in text:
            name12 = rng.choice(["MTREGASKIS", "DPRYS", "LNEMETH", "KMENSAH"]).ljust(12)
            text = text.replace("«FW»", name12 + "«V»" + " " * (17 - len(v)) + "2024-12-31")
        text = text.replace("«V»", C.MARK)
        text, s, e = C.place(text, v)
        t = PFX + name
        out.append({"type": t, "container": f"{name}__{WHERE[where]}", "text": text,
                    "secrets": [{"value": v, "start": s, "end": e, "type": t}], "source": "password"})
    return out


def counts_by_where():
    d = {}
    for _n, w, _t, _f in SYNTAXES:
        d[w] = d.get(w, 0) + 1
    return d
