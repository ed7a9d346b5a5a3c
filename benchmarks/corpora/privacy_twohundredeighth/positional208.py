"""Password source: passwords passed by position, flag, URL, protocol, file column or stdin (no telling key)."""
import base64
import random

from common208 import SLOT, PWPREFIX, owner_password, place

SEED = 20803

SUFFIX = {
    "cli": "sweep_office_shell_session",
    "stdin": "bench_pc_stdin_pipe_history",
    "lib": "repair_app_source_snippet",
    "file": "workshop_host_config_file",
    "proto": "workshop_lan_packet_decode",
    "gui": "quote_portal_ui_test",
    "sql": "stock_db_sql_console",
}
USERS = ["rounds", "mason", "bench", "rhys", "kerry", "yard", "tickets", "spares", "dave", "alys", "mo", "sam"]
HOSTS = ["nas.benchtime.lan", "yard.chiselmarks.lan", "van2.flueline.lan", "db.benchtime.lan", "10.4.0.12",
         "files.sootandsons.lan", "mail.chiselmarks.lan", "192.168.20.5"]
V = SLOT

# (syntax, category, template, frame) -- frame None = plain password; "plain_b64" = Base64 of \0user\0pw;
# "auth_b64" = Base64 of user:pw. {U} user, {H} host.
SYNTAXES = [
    # ---------------- command lines
    ("smbclient_capital_u_percent_pair", "cli", "rhys@bench:~$ smbclient //{H}/valuations -U {U}%" + V + " -c 'ls'\n  .                                   D        0  Tue Jun 11 09:12:40 2024\n"),
    ("rdesktop_lower_p_after_lower_u", "cli", "kerry@office:~$ rdesktop -u {U} -p " + V + " -g 1600x900 {H}\n"),
    ("xfreerdp_slash_p_colon_after_slash_u", "cli", "kerry@office:~$ xfreerdp /v:{H} /u:{U} /p:" + V + " /dynamic-resolution +clipboard\n"),
    ("sshpass_lower_p_before_ssh", "cli", "bench@pc:~$ sshpass -p " + V + " ssh -o StrictHostKeyChecking=no {U}@{H} 'uptime'\n 09:14:02 up 12 days\n"),
    ("mysql_client_glued_lower_p", "cli", "bench@pc:~$ mysql -h {H} -u {U} -p" + V + " spares -e 'SELECT COUNT(*) FROM parts'\n+----------+\n| COUNT(*) |\n+----------+\n|     4120 |\n"),
    ("mongosh_lower_p_after_lower_u", "cli", "bench@pc:~$ mongosh \"mongodb://{H}:27017/movements\" -u {U} -p " + V + " --authenticationDatabase admin\n"),
    ("redis_cli_lower_a_flag", "cli", "bench@pc:~$ redis-cli -h {H} -a " + V + " --no-auth-warning INFO keyspace\n# Keyspace\ndb0:keys=318,expires=12\n"),
    ("rabbitmqctl_add_user_second_positional", "cli", "root@mq:~# rabbitmqctl add_user {U} " + V + "\nAdding user \"{U}\" ...\nroot@mq:~# rabbitmqctl set_permissions -p / {U} \".*\" \".*\" \".*\"\n"),
    ("sevenzip_glued_lower_p_archive", "cli", "C:\\Valuations> 7z a -p" + V + " -mhe=on valuations-2024Q2.7z .\\2024Q2\\*\n\nEverything is Ok\n"),
    ("zip_capital_p_before_archive", "cli", "rhys@bench:~/valuations$ zip -P " + V + " -r client-2231.zip client-2231/\n  adding: client-2231/ (stored 0%)\n"),
    ("openssl_enc_pass_arg_pass_prefix", "cli", "rhys@bench:~$ openssl enc -aes-256-cbc -pbkdf2 -salt -in movements.csv -out movements.csv.enc -pass pass:" + V + "\n"),
    ("keytool_storepass_after_list", "cli", "bench@pc:~$ keytool -list -keystore tickets.p12 -storetype PKCS12 -storepass " + V + "\nKeystore type: PKCS12\nYour keystore contains 1 entry\n"),
    ("ldapsearch_lower_w_after_capital_d", "cli", "bench@pc:~$ ldapsearch -x -H ldap://{H} -D \"cn={U},ou=staff,dc=benchtime,dc=lan\" -w " + V + " -b \"ou=staff,dc=benchtime,dc=lan\" uid\n"),
    ("ssh_keygen_capital_n_new_passphrase", "cli", "rhys@bench:~$ ssh-keygen -t ed25519 -N " + V + " -C \"rhys@bench\" -f ~/.ssh/id_workshop\nGenerating public/private ed25519 key pair.\n"),
    ("cryptsetup_luksopen_key_file_dash_echo", "stdin", "root@nas:~# echo -n " + V + " | cryptsetup luksOpen --key-file - /dev/sdb1 valuations\nroot@nas:~# mount /dev/mapper/valuations /srv/valuations\n"),
    ("putty_plink_pw_flag", "cli", "C:\\Tools> plink.exe -ssh {U}@{H} -pw " + V + " -batch \"systemctl status rounds\"\n"),
    ("winscp_open_sftp_url_userinfo", "cli", "C:\\Tools> winscp.com /command \"open sftp://{U}:" + V + "@{H}/ -hostkey=*\" \"put quotes.pdf /srv/quotes/\" \"exit\"\n"),
    ("net_user_add_second_positional", "cli", "C:\\Windows\\system32> net user {U} " + V + " /add /fullname:\"Workshop bench\"\nThe command completed successfully.\n"),
    ("cmdkey_slash_pass_colon", "cli", "C:\\Users\\bench> cmdkey /add:{H} /user:BENCHTIME\\{U} /pass:" + V + "\n\nCMDKEY: Credential added successfully.\n"),
    ("chpasswd_stdin_colon_pair_echo", "stdin", "root@van2:~# echo '{U}:" + V + "' | chpasswd\nroot@van2:~# chage -d 0 {U}\n"),
    ("rabbitmqadmin_lower_p_after_lower_u", "cli", "bench@pc:~$ rabbitmqadmin -H {H} -u {U} -p " + V + " list queues name messages\n"),
    ("hivemq_mqtt_cli_pw_flag", "cli", "bench@pc:~$ mqtt pub -h {H} -u {U} -pw " + V + " -t workshop/timers/3 -m 'stop'\n"),
    ("curl_proxy_user_colon_pair", "cli", "bench@pc:~$ curl --proxy http://proxy.benchtime.lan:3128 --proxy-user {U}:" + V + " https://www.example.com/parts.csv -o parts.csv\n"),
    ("docker_login_lower_p_after_lower_u", "cli", "bench@pc:~$ docker login registry.benchtime.lan -u {U} -p " + V + "\nWARNING! Using --password via the CLI is insecure.\nLogin Succeeded\n"),
    ("skopeo_dest_creds_colon_pair", "cli", "bench@pc:~$ skopeo copy docker://docker.io/library/nginx:1.27 docker://registry.benchtime.lan/nginx:1.27 --dest-creds {U}:" + V + "\n"),
    ("twine_upload_lower_p_after_lower_u", "cli", "bench@pc:~/src/movements-lib$ twine upload --repository-url https://pypi.benchtime.lan/ -u {U} -p " + V + " dist/*\n"),
    ("snmpwalk_lower_c_community_string", "cli", "bench@pc:~$ snmpwalk -v2c -c " + V + " {H} 1.3.6.1.2.1.1\nSNMPv2-MIB::sysDescr.0 = STRING: Bench timer gateway\n"),
    ("wpa_cli_set_network_psk_quoted", "cli", "root@van2:~# wpa_cli -i wlan0 set_network 0 ssid '\"SweepVan2\"'\nOK\nroot@van2:~# wpa_cli -i wlan0 set_network 0 psk '\"" + V + "\"'\nOK\n"),
    ("tmux_send_keys_before_enter", "cli", "bench@pc:~$ tmux send-keys -t rounds:0 '" + V + "' Enter\n"),
    ("gnu_screen_stuff_command", "cli", "bench@pc:~$ screen -S console -X stuff '" + V + "\\n'\n"),
    ("bitwarden_cli_unlock_first_positional", "cli", "bench@pc:~$ bw unlock " + V + " --raw > ~/.bw_session\n"),
    ("restic_lower_r_rest_url_userinfo", "cli", "bench@pc:~$ restic -r rest:https://{U}:" + V + "@backup.benchtime.lan:8000/valuations snapshots\n"),
    ("hg_clone_https_url_userinfo", "cli", "bench@pc:~/src$ hg clone https://{U}:" + V + "@hg.chiselmarks.lan/lettering-fonts\n"),
    ("pdftk_input_pw_keyword_next_token", "cli", "rhys@bench:~$ pdftk valuation-2231.pdf input_pw " + V + " output valuation-2231-open.pdf\n"),
    ("racadm_lower_p_after_lower_u", "cli", "bench@pc:~$ racadm -r 10.4.0.3 -u {U} -p " + V + " serveraction powercycle\n"),
    ("mount_cifs_unc_before_credentials_dash", "stdin", "root@nas:~# echo " + V + " | mount -t cifs //{H}/quotes /mnt/quotes -o username={U},vers=3.0\n"),
    # ---------------- stdin pipes
    ("sudo_capital_s_stdin_echo", "stdin", "bench@pc:~$ echo " + V + " | sudo -S systemctl restart reminders\n[sudo] password for bench: \n"),
    ("openssl_passin_stdin_echo", "stdin", "bench@pc:~$ echo " + V + " | openssl pkey -in tickets-key.pem -passin stdin -out tickets-key.open.pem\n"),
    ("gocryptfs_stdin_printf", "stdin", "rhys@bench:~$ printf '%s\\n' " + V + " | gocryptfs -q ~/valuations.enc ~/valuations\n"),
    ("openvpn_askpass_dev_stdin_echo", "stdin", "root@van2:~# echo " + V + " | openvpn --config workshop.ovpn --askpass /dev/stdin --daemon\n"),
    ("ecryptfs_unwrap_passphrase_stdin_printf", "stdin", "bench@pc:~$ printf '%s' " + V + " | ecryptfs-unwrap-passphrase ~/.ecryptfs/wrapped-passphrase -\n"),
    ("ssh_add_askpass_helper_echo", "stdin", "bench@pc:~$ cat ~/bin/askpass.sh\n#!/bin/sh\necho " + V + "\nbench@pc:~$ SSH_ASKPASS=~/bin/askpass.sh SSH_ASKPASS_REQUIRE=force ssh-add ~/.ssh/id_workshop\n"),
    ("steghide_extract_here_string", "stdin", "rhys@bench:~$ steghide extract -sf dial-photo.jpg -xf notes.txt <<< " + V + "\n"),
    ("powershell_pipe_to_read_host_prompt", "stdin", "PS C:\\Tools> '" + V + "' | .\\Unlock-Valuations.ps1\nUnlocking archive...\n"),
    # ---------------- library calls
    ("python_paramiko_connect_fourth_positional", "lib", "import paramiko\n\nclient = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nclient.connect(\"{H}\", 22, \"{U}\", \"" + V + "\")\n"),
    ("python_imaplib_login_second", "lib", "import imaplib\n\nM = imaplib.IMAP4_SSL(\"{H}\")\nM.login(\"{U}@chiselmarks.example\", \"" + V + "\")\nM.select(\"Reminders\")\n"),
    ("python_smtplib_login_second", "lib", "import smtplib\n\nwith smtplib.SMTP(\"{H}\", 587) as s:\n    s.starttls()\n    s.login(\"{U}\", \"" + V + "\")\n    s.send_message(msg)\n"),
    ("python_ldap3_connection_third_positional", "lib", "from ldap3 import Server, Connection\n\nconn = Connection(Server(\"ldap://{H}\"), \"cn={U},ou=staff,dc=benchtime,dc=lan\", \"" + V + "\", auto_bind=True)\n"),
    ("python_cryptography_load_pem_key_second_bytes", "lib", "from cryptography.hazmat.primitives import serialization\n\nwith open(\"tickets-key.pem\", \"rb\") as fh:\n    key = serialization.load_pem_private_key(fh.read(), b\"" + V + "\")\n"),
    ("python_pykeepass_ctor_second", "lib", "from pykeepass import PyKeePass\n\nkp = PyKeePass(\"workshop.kdbx\", \"" + V + "\")\nentry = kp.find_entries(title=\"Insurer portal\", first=True)\n"),
    ("python_requests_ntlm_httpntlmauth_second", "lib", "import requests\nfrom requests_ntlm import HttpNtlmAuth\n\nr = requests.get(\"http://{H}/valuations/\", auth=HttpNtlmAuth(\"BENCHTIME\\\\{U}\", \"" + V + "\"))\n"),
    ("python_exchangelib_credentials_second", "lib", "from exchangelib import Credentials, Account\n\ncreds = Credentials(\"{U}@chiselmarks.example\", \"" + V + "\")\naccount = Account(\"{U}@chiselmarks.example\", credentials=creds, autodiscover=True)\n"),
    ("python_pysnmp_usmuserdata_second", "lib", "from pysnmp.hlapi import UsmUserData, usmHMACSHAAuthProtocol\n\nuser = UsmUserData(\"{U}\", \"" + V + "\", authProtocol=usmHMACSHAAuthProtocol)\n"),
    ("python_mock_getpass_return_value", "lib", "from unittest import mock\n\n@mock.patch(\"getpass.getpass\", return_value=\"" + V + "\")\ndef test_sync_logs_in(_gp):\n    assert sync.login(\"{U}\")\n"),
    ("node_ldapjs_bind_second", "lib", "const ldap = require('ldapjs');\nconst client = ldap.createClient({ url: 'ldap://{H}' });\nclient.bind('cn={U},ou=staff,dc=benchtime,dc=lan', '" + V + "', (err) => { if (err) throw err; });\n"),
    ("java_mail_transport_connect_third", "lib", "Transport transport = session.getTransport(\"smtp\");\ntransport.connect(\"{H}\", \"{U}\", \"" + V + "\");\ntransport.sendMessage(msg, msg.getAllRecipients());\n"),
    ("java_jedis_auth_single", "lib", "try (Jedis jedis = new Jedis(\"{H}\", 6379)) {\n    jedis.auth(\"" + V + "\");\n    jedis.lpush(\"reminders\", payload);\n}\n"),
    ("csharp_renci_sftpclient_ctor_fourth", "lib", "using var sftp = new SftpClient(\"{H}\", 22, \"{U}\", \"" + V + "\");\nsftp.Connect();\nsftp.UploadFile(stream, \"/srv/valuations/2231.pdf\");\n"),
    ("csharp_mailkit_authenticate_second", "lib", "using var client = new SmtpClient();\nawait client.ConnectAsync(\"{H}\", 587, SecureSocketOptions.StartTls);\nawait client.AuthenticateAsync(\"{U}\", \"" + V + "\");\n"),
    ("go_jlaffaye_ftp_login_second", "lib", "c, err := ftp.Dial(\"{H}:21\", ftp.DialWithTimeout(5*time.Second))\nif err != nil {\n\tlog.Fatal(err)\n}\nif err := c.Login(\"{U}\", \"" + V + "\"); err != nil {\n\tlog.Fatal(err)\n}\n"),
    ("go_smtp_plainauth_third", "lib", "auth := smtp.PlainAuth(\"\", \"{U}@chiselmarks.example\", \"" + V + "\", \"{H}\")\nerr := smtp.SendMail(\"{H}:587\", auth, from, to, body)\n"),
    ("go_ldap_conn_bind_second", "lib", "l, err := ldap.DialURL(\"ldap://{H}:389\")\nif err != nil {\n\treturn err\n}\nerr = l.Bind(\"cn={U},ou=staff,dc=benchtime,dc=lan\", \"" + V + "\")\n"),
    ("rust_lettre_credentials_new_second", "lib", "let creds = Credentials::new(\"{U}\".to_owned(), \"" + V + "\".to_owned());\nlet mailer = SmtpTransport::relay(\"{H}\")?.credentials(creds).build();\n"),
    ("rust_reqwest_basic_auth_second_some", "lib", "let resp = client\n    .get(\"https://{H}/api/readings\")\n    .basic_auth(\"{U}\", Some(\"" + V + "\"))\n    .send()\n    .await?;\n"),
    ("ruby_net_smtp_start_fifth_positional", "lib", "Net::SMTP.start('{H}', 587, 'chiselmarks.example', '{U}', '" + V + "', :login) do |smtp|\n  smtp.send_message(msg, from, to)\nend\n"),
    ("php_ldap_bind_third", "lib", "<?php\n$conn = ldap_connect('ldap://{H}');\nldap_set_option($conn, LDAP_OPT_PROTOCOL_VERSION, 3);\n$ok = ldap_bind($conn, 'cn={U},ou=staff,dc=benchtime,dc=lan', '" + V + "');\n"),
    ("php_pdo_ctor_third", "lib", "<?php\n$pdo = new PDO('mysql:host={H};dbname=quotes;charset=utf8mb4', '{U}', '" + V + "');\n$pdo->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);\n"),
    ("perl_net_ftp_login_second", "lib", "use Net::FTP;\nmy $ftp = Net::FTP->new('{H}') or die $@;\n$ftp->login('{U}', '" + V + "') or die $ftp->message;\n$ftp->put('quotes.csv');\n"),
    ("excel_vba_saveas_third_positional", "lib", "Sub SaveValuation()\n    ActiveWorkbook.SaveAs \"\\\\{H}\\valuations\\2231.xlsx\", xlOpenXMLWorkbook, \"" + V + "\"\nEnd Sub\n"),
    ("vbscript_adodb_connection_open_third", "lib", "Set conn = CreateObject(\"ADODB.Connection\")\nconn.Open \"DSN=SparesStock\", \"{U}\", \"" + V + "\"\nSet rs = conn.Execute(\"SELECT * FROM parts\")\n"),
    ("c_libpq_pqsetdblogin_seventh", "lib", "PGconn *conn = PQsetdbLogin(\"{H}\", \"5432\", NULL, NULL, \"movements\", \"{U}\", \"" + V + "\");\nif (PQstatus(conn) != CONNECTION_OK) { fprintf(stderr, \"%s\", PQerrorMessage(conn)); }\n"),
    ("c_sqlcipher_sqlite3_key_second", "lib", "sqlite3 *db;\nsqlite3_open(\"valuations.db\", &db);\nsqlite3_key(db, \"" + V + "\", (int)strlen(\"\" /* see above */) + 0);\n"),
    ("arduino_wifi_softap_second", "lib", "void setup() {\n  WiFi.mode(WIFI_AP);\n  WiFi.softAP(\"BenchTimer-3\", \"" + V + "\");\n  server.begin();\n}\n"),
    ("arduino_httpupdateserver_setup_fourth", "lib", "ESP8266HTTPUpdateServer httpUpdater;\n\nvoid setup() {\n  httpUpdater.setup(&server, \"/update\", \"{U}\", \"" + V + "\");\n  server.begin();\n}\n"),
    ("kotlin_jsch_getsession_then_userinfo_promptless", "lib", "val session = JSch().getSession(\"{U}\", \"{H}\", 22)\nsession.setConfig(\"StrictHostKeyChecking\", \"no\")\nsession.setPassword(\"" + V + "\")\nsession.connect()\n"),
    ("dart_mailer_smtp_server_second", "lib", "final smtpServer = SmtpServer('{H}', port: 587);\nfinal server = gmailRelaySaslXoauth2 ?? smtpServer;\nfinal relay = hotmail('{U}@chiselmarks.example', '" + V + "');\n"),
    ("swift_urlcredential_user_then_persistence", "lib", "let cred = URLCredential(user: \"{U}\",\n                         password: nil ?? \"" + V + "\",\n                         persistence: .forSession)\n"),
    ("r_dbi_dbconnect_positional_after_driver", "lib", "con <- DBI::dbConnect(RPostgres::Postgres(), \"movements\", \"{H}\", 5432L, \"" + V + "\", \"{U}\")\n"),
    # ---------------- files by position
    ("pgpass_fifth_colon_field", "file", "# ~/.pgpass (chmod 600)\n{H}:5432:movements:{U}:" + V + "\n*:5432:*:readonly:\n"),
    ("dovecot_passwd_file_plain_scheme_tag", "file", "# /etc/dovecot/users\n{U}:{PLAIN}" + V + ":5000:5000::/home/{U}\n"),
    ("vsftpd_virtual_users_even_line", "file", "# /etc/vsftpd/virtual_users.txt (db_load -T -t hash)\n{U}\n" + V + "\n"),
    ("openvpn_auth_user_pass_file_second_line", "file", "# /etc/openvpn/client/workshop.auth\n{U}\n" + V + "\n"),
    ("git_credentials_store_line_userinfo", "file", "# ~/.git-credentials\nhttps://{U}:" + V + "@git.benchtime.lan\n"),
    ("dockercfg_auths_auth_b64_pair", "file", "{\n  \"auths\": {\n    \"registry.benchtime.lan\": {\n      \"auth\": \"" + V + "\"\n    }\n  }\n}\n", "auth_b64"),
    ("sweep_cert_printer_pipe_third_field", "file", "# /etc/certprinter/users.conf  name|role|pin-or-pass|tray\nkerry|office|" + V + "|A4\n"),
    ("watch_bench_roster_tab_fourth_column", "file", "bench\tname\trole\tsecret\tshift\n3\t{U}\ttechnician\t" + V + "\tearly\n"),
    ("memorial_yard_gate_keypad_csv_second_column", "file", "user,code,zone\n{U}," + V + ",yard-gate\n"),
    ("timegrapher_bridge_cfg_space_third_token", "file", "# bridge.cfg: upload <host> <pass> <bench>\nupload {H} " + V + " 3\n"),
    ("spares_scanner_fixed_width_cols_41_to_60", "file", None),
    ("valuation_export_semicolon_sixth_field", "file", "id;owner;item;valuer;insurer;unlock;updated\n2231;client;Omega 166.010;RJ;Hiscox;" + V + ";2024-06-11\n"),
    ("round_planner_users_colon_third_field", "file", "# rounds/users.db  login:role:secret:van\n{U}:sweep:" + V + ":van2\n"),
    ("lettering_machine_ini_comma_list_second_item", "file", "[operator]\nlogin = {U}, " + V + ", en-GB\n"),
    # ---------------- protocol exchanges
    ("imap_login_command_third_token", "proto", "C: a1 CAPABILITY\nS: * CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN\nC: a2 LOGIN {U} " + V + "\nS: a2 OK LOGIN completed\n"),
    ("ftp_control_channel_pass_command", "proto", "220 files.sootandsons.lan FTP ready\nUSER {U}\n331 Please specify the password.\nPASS " + V + "\n230 Login successful.\n"),
    ("smtp_auth_plain_initial_response_b64", "proto", "S: 250-mail.chiselmarks.lan\nS: 250 AUTH PLAIN LOGIN\nC: AUTH PLAIN " + V + "\nS: 235 2.7.0 Authentication successful\n", "plain_b64"),
    ("irc_server_pass_before_nick", "proto", ">> PASS " + V + "\n>> NICK roundsbot\n>> USER roundsbot 0 * :Sweep reminders\n<< :irc.benchtime.lan 001 roundsbot :Welcome\n"),
    ("irc_nickserv_identify_privmsg", "proto", ">> PRIVMSG NickServ :IDENTIFY " + V + "\n<< :NickServ!services@benchtime.lan NOTICE roundsbot :You are now identified\n"),
    ("nntp_authinfo_pass_command", "proto", "200 news.benchtime.lan ready\nAUTHINFO USER {U}\n381 Enter passphrase\nAUTHINFO PASS " + V + "\n281 Authentication accepted\n"),
    ("redis_resp_auth_bulk_string", "proto", "redis-monitor> \"*2\\r\\n$4\\r\\nAUTH\\r\\n${LEN}\\r\\n" + V + "\\r\\n\"\n+OK\n"),
    ("stomp_connect_frame_passcode_header", "proto", "CONNECT\naccept-version:1.2\nhost:{H}\nlogin:{U}\npasscode:" + V + "\n\n^@\nCONNECTED\nversion:1.2\n"),
    ("sip_register_uri_userinfo", "proto", "REGISTER sip:{U}:" + V + "@pbx.benchtime.lan SIP/2.0\nVia: SIP/2.0/UDP 10.4.0.40:5060\n"),
    ("pop3_apop_like_user_pass_same_line", "proto", "+OK POP3 ready\nUSER {U} " + V + "\n+OK logged in\n"),
    ("vnc_rfb_test_harness_log_second", "proto", "rfb-test: connect 10.4.0.31:5900 security=2 secret " + V + "\nrfb-test: SecurityResult OK\n"),
    ("telnet_modem_at_command_login_fourth", "proto", "AT+LOGIN=1,\"{U}\",\"bench\",\"" + V + "\"\r\nOK\n"),
    # ---------------- SQL
    ("mssql_sp_addlogin_second", "sql", "1> EXEC sp_addlogin '{U}', '" + V + "', 'spares';\n2> GO\n"),
    ("mssql_sp_addlinkedsrvlogin_fifth", "sql", "1> EXEC sp_addlinkedsrvlogin 'VALUATIONS', 'false', NULL, '{U}', '" + V + "';\n2> GO\n"),
    ("sqlcipher_attach_database_key_clause", "sql", "sqlite> ATTACH DATABASE 'valuations.db' AS enc KEY '" + V + "';\nsqlite> SELECT count(*) FROM enc.items;\n412\n"),
    ("mysql_aes_encrypt_second_literal", "sql", "mysql> INSERT INTO movement_notes (id, body) VALUES (77, AES_ENCRYPT('re-bushed centre wheel', '" + V + "'));\nQuery OK, 1 row affected (0.01 sec)\n"),
    ("postgres_pgp_sym_encrypt_second", "sql", "movements=# UPDATE valuations SET notes = pgp_sym_encrypt(notes_plain, '" + V + "') WHERE id = 2231;\nUPDATE 1\n"),
    ("postgres_dblink_connect_u_second_positional", "sql", "spares=# SELECT dblink_connect_u('remote', 'host={H} dbname=spares user={U}') , set_config('app.k', '" + V + "', false);\n"),
    # ---------------- UI tests
    ("playwright_page_fill_second", "gui", "test('quote login', async ({ page }) => {\n  await page.goto('/login');\n  await page.fill('#f1', '{U}');\n  await page.fill('#f2', '" + V + "');\n  await page.click('text=Sign in');\n});\n"),
    ("cypress_get_type_single", "gui", "it('signs in', () => {\n  cy.visit('/login')\n  cy.get('[data-cy=f1]').type('{U}')\n  cy.get('[data-cy=f2]').type('" + V + "')\n  cy.contains('Sign in').click()\n})\n"),
    ("nightwatch_setvalue_second", "gui", "module.exports = {\n  'quote login': (browser) => {\n    browser.url('/login').setValue('#f1', '{U}').setValue('#f2', '" + V + "').click('#go');\n  },\n};\n"),
    ("capybara_fill_in_with_option", "gui", "scenario 'mason signs in' do\n  visit '/login'\n  fill_in 'f1', with: '{U}'\n  fill_in 'f2', with: '" + V + "'\n  click_button 'Sign in'\nend\n"),
    ("uiautomator2_set_text_single", "gui", "d = u2.connect()\nd(resourceId=\"lan.flueline.sweepvan:id/f1\").set_text(\"{U}\")\nd(resourceId=\"lan.flueline.sweepvan:id/f2\").set_text(\"" + V + "\")\n"),
    ("flutter_widget_tester_entertext_second", "gui", "testWidgets('login', (tester) async {\n  await tester.enterText(find.byKey(const Key('f1')), '{U}');\n  await tester.enterText(find.byKey(const Key('f2')), '" + V + "');\n  await tester.tap(find.text('Sign in'));\n});\n"),
    ("testing_library_user_event_type_second", "gui", "await userEvent.type(screen.getByTestId('f1'), '{U}');\nawait userEvent.type(screen.getByTestId('f2'), '" + V + "');\nawait userEvent.click(screen.getByRole('button'));\n"),
    ("fb_idb_ui_text_single", "gui", "$ idb ui tap 200 410\n$ idb ui text \"" + V + "\"\n$ idb ui key 40\n"),
    ("cliclick_t_colon_type", "gui", "$ cliclick c:640,412 t:" + V + " kp:return\n"),
    ("applescript_keystroke_single", "gui", "tell application \"System Events\"\n  tell process \"Valuations\"\n    keystroke \"" + V + "\"\n    key code 36\n  end tell\nend tell\n"),
    ("autoit_controlsettext_fourth", "gui", "WinWaitActive(\"Spares Stock - Login\")\nControlSetText(\"Spares Stock - Login\", \"\", \"Edit1\", \"{U}\")\nControlSetText(\"Spares Stock - Login\", \"\", \"Edit2\", \"" + V + "\")\nControlClick(\"Spares Stock - Login\", \"\", \"Button1\")\n"),
    ("codeceptjs_fillfield_second", "gui", "Scenario('login', ({ I }) => {\n  I.amOnPage('/login');\n  I.fillField('#f1', '{U}');\n  I.fillField('#f2', '" + V + "');\n  I.click('Sign in');\n});\n"),
    ("node_ioredis_url_empty_user_colon", "lib", "const Redis = require('ioredis');\nconst redis = new Redis('redis://:" + V + "@{H}:6379/2');\nawait redis.lpush('reminders', JSON.stringify(job));\n"),
    ("python_hvac_userpass_login_second", "lib", "import hvac\n\nclient = hvac.Client(url=\"https://vault.benchtime.lan:8200\")\nclient.auth.userpass.login(\"{U}\", \"" + V + "\")\n"),
    ("python_xmlrpc_odoo_authenticate_third", "lib", "import xmlrpc.client\n\ncommon = xmlrpc.client.ServerProxy(\"https://{H}/xmlrpc/2/common\")\nuid = common.authenticate(\"spares\", \"{U}\", \"" + V + "\", {})\n"),
    ("python_pymongo_mongoclient_uri_userinfo", "lib", "from pymongo import MongoClient\n\nclient = MongoClient(\"mongodb://{U}:" + V + "@{H}:27017/movements?authSource=admin\")\n"),
    ("saslpasswd2_lower_p_stdin_echo", "stdin", "root@mail:~# echo " + V + " | saslpasswd2 -p -c -u chiselmarks.lan {U}\nroot@mail:~# sasldblistusers2\n"),
    ("mc_admin_user_add_fourth_positional", "cli", "bench@pc:~$ mc admin user add workshop {U} " + V + "\nAdded user `{U}` successfully.\n"),
    ("azure_cli_login_lower_p_after_lower_u", "cli", "bench@pc:~$ az login -u {U}@chiselmarks.example -p " + V + " --allow-no-subscriptions\n"),
    ("curlftpfs_url_userinfo_mount", "cli", "root@nas:~# curlftpfs ftp://{U}:" + V + "@{H}/ /mnt/supplier -o allow_other\n"),
    ("rar_glued_lower_hp_header_encrypt", "cli", "C:\\Valuations> rar a -hp" + V + " -r valuations-2024.rar 2024\\\n\nDone\n"),
]

# a few ideas were written but set aside: reason
SET_ASIDE = {
    "kotlin_jsch_getsession_then_userinfo_promptless": "the call is setPassword, the method name says password right before the value",
    "dart_mailer_smtp_server_second": "the code is not a plausible use of the mailer package (helper chosen arbitrarily)",
    "swift_urlcredential_user_then_persistence": "the argument label `password:` is a telling key",
    "r_dbi_dbconnect_positional_after_driver": "RPostgres takes these as named arguments; positional order is not reliable",
    "postgres_dblink_connect_u_second_positional": "contrived: the value is a set_config setting, not a login",
    "pop3_apop_like_user_pass_same_line": "not a real POP3 exchange (USER takes one argument)",
    "vnc_rfb_test_harness_log_second": "invented harness log with the word secret before the value",
    "telnet_modem_at_command_login_fourth": "invented AT command, too close to the ESP AT join of an earlier corpus",
    "mount_cifs_unc_before_credentials_dash": "mount.cifs reads PASSWD from the environment, not a piped stdin; unreliable",
    "ssh_add_askpass_helper_echo": "near-duplicate of the GIT_ASKPASS helper of an earlier corpus",
    "c_sqlcipher_sqlite3_key_second": "the length argument in the snippet is wrong; near-duplicate of the SQLCipher PRAGMA key idea",
    "pdftk_input_pw_keyword_next_token": "the keyword `input_pw` names the field right before the value",
    "powershell_pipe_to_read_host_prompt": "Read-Host does not read the pipeline; the pipe would not deliver the value",
    "steghide_extract_here_string": "steghide asks for the passphrase on the terminal, not on stdin",
    "sip_register_uri_userinfo": "a password in a SIP request URI is deprecated and not how registrars are used",
}


def fixed_width(rng, user, value):
    hdr = "SCANNER USERS v2  (cols 1-12 login, 13-24 bench, 25-40 role, 41-60 unlock)\n"
    line = user.ljust(12) + "bench3".ljust(12) + "stockroom".ljust(16)
    pre = hdr + line
    text = pre + value.ljust(20) + "Y\n"
    return text, len(pre), len(pre) + len(value)


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for entry in SYNTAXES:
        syn, cat, tpl = entry[0], entry[1], entry[2]
        if syn in SET_ASIDE:
            continue
        frame = entry[3] if len(entry) > 3 else None
        user = rng.choice(USERS)
        host = rng.choice(HOSTS)
        pw = reg.draw(lambda: owner_password(rng, strict=True))
        hidden = None
        if frame == "plain_b64":
            value = base64.b64encode(("\0" + user + "\0" + pw).encode()).decode()
            hidden = pw
        elif frame == "auth_b64":
            value = base64.b64encode((user + ":" + pw).encode()).decode()
            hidden = pw
        else:
            value = pw
        if hidden is not None:
            reg.add(value)
        if tpl is None:
            text, s, e = fixed_width(rng, user, value)
        else:
            text, s, e = place(tpl.replace("{U}", user).replace("{H}", host).replace("{LEN}", str(len(value))), value)
        typ = PWPREFIX + syn
        recs.append(("password", typ, typ + "__" + SUFFIX[cat], text, value, s, e, hidden))
    return recs
