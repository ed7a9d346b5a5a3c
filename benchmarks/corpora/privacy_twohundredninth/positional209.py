"""Positional-password source: passwords passed without a telling key (flags, positions, URLs, protocol lines, files)."""
import base64, random
import common209 as C

SEED = 20903
PFX = "fixpw_"
SUFFIX = {
    "cli": "bench_terminal_session_log",
    "stdin": "wipe_rack_stdin_pipe",
    "lib": "repair_app_source_excerpt",
    "file": "shop_server_file_excerpt",
    "proto": "shop_lan_capture_decode",
    "gui": "device_qa_automation_script",
    "sql": "intake_db_sql_console",
}
USERS = ["tech", "benchlead", "wipeop", "intake", "grader", "partsbot", "counter", "refurb", "svc_wipe", "buyback"]
HOSTS = ["nas01.fixfront.lan", "db.refurbhub.lan", "10.20.0.14", "192.168.40.9", "bmc-r720-07.refurbhub.lan",
         "mqtt.fixfront.lan", "ftp.partsdepot.example", "sftp.greenloop.example", "pg.fixfront.lan", "ora.refurbhub.lan"]

# (syntax, category, template). {PW} plain password; {B64UP} Base64 of user:pw; {B64NUP} Base64 of NUL user NUL pw;
# {B64P} Base64 of the password alone; {U} user; {H} host.
S = [
    # --- command lines
    ("mosquitto_pub_capital_p_after_lower_u", "cli", "$ mosquitto_pub -h {H} -u {U} -P {PW} -t shop/bench3/status -m ready\n"),
    ("mosquitto_sub_mqtt_url_userinfo", "cli", "$ mosquitto_sub -L mqtt://{U}:{PW}@{H}:1883/wipe/+/progress -v\nwipe/ws04/progress 37%\n"),
    ("sqlcmd_capital_p_after_capital_u", "cli", "C:\\> sqlcmd -S {H},1433 -U {U} -P {PW} -d RepairDesk -Q \"SELECT TOP 5 TicketNo FROM Tickets\"\n"),
    ("bcp_queryout_capital_p_flag", "cli", "C:\\exports> bcp \"SELECT * FROM dbo.IntakeLog\" queryout intake.csv -S {H} -U {U} -P {PW} -c -t,\n"),
    ("isql_unixodbc_dsn_then_user_then_secret", "cli", "$ isql -v IntakeDSN {U} {PW}\n+---------------------------------------+\n| Connected!                            |\n"),
    ("psexec_lower_p_after_lower_u", "cli", "C:\\Tools> PsExec64.exe \\\\WIPE-PC-04 -u FIXFRONT\\{U} -p {PW} -h cmd /c wipe-status.cmd\n"),
    ("net_use_drive_letter_third_positional", "cli", "C:\\> net use Z: \\\\nas01\\wipe-certs {PW} /user:FIXFRONT\\{U} /persistent:no\nThe command completed successfully.\n"),
    ("schtasks_create_capital_rp_flag", "cli", "C:\\> schtasks /Create /TN NightlyWipeReport /TR C:\\wipe\\report.cmd /SC DAILY /ST 02:00 /RU FIXFRONT\\{U} /RP {PW}\nSUCCESS: The scheduled task \"NightlyWipeReport\" has successfully been created.\n"),
    ("sqlplus_user_slash_pair_logon", "cli", "$ sqlplus -S {U}/{PW}@//{H}:1521/PARTS @stock_report.sql\n"),
    ("db2_connect_using_clause", "cli", "$ db2 connect to WARRANTY user {U} using {PW}\n\n   Database Connection Information\n"),
    ("curl_lower_u_user_colon_pair", "cli", "$ curl -s -u {U}:{PW} https://{H}/api/v1/tickets?status=ready | jq length\n12\n"),
    ("wget_ftp_url_userinfo", "cli", "$ wget -q ftp://{U}:{PW}@{H}/exports/grading-2025-03.csv\n"),
    ("lftp_lower_u_comma_pair", "cli", "$ lftp -u {U},{PW} sftp://{H} -e \"mirror --reverse ./certs /incoming/certs; bye\"\n"),
    ("ncftpput_lower_p_after_lower_u", "cli", "$ ncftpput -u {U} -p {PW} {H} /incoming wipe-batch-0412.zip\n"),
    ("curlftpfs_mount_url_userinfo", "cli", "# curlftpfs ftp://{U}:{PW}@{H}/ /mnt/supplier-ftp -o allow_other\n"),
    ("mount_cifs_user_option_percent_pair", "cli", "# mount -t cifs //nas01/grading /mnt/grading -o user={U}%{PW},vers=3.0,uid=1000\n"),
    ("mount_smbfs_url_userinfo", "cli", "% mount_smbfs //{U}:{PW}@nas01/refurb-photos ~/mnt/photos\n"),
    ("rclone_obscure_first_positional", "cli", "$ rclone obscure {PW}\nOBSCURED_PLACEHOLDER\n"),
    ("htpasswd_batch_bcrypt_third_positional", "cli", "$ sudo htpasswd -bB /etc/nginx/.htpasswd-grading {U} {PW}\nAdding password for user {U}\n"),
    ("sevenzip_glued_lower_p_header_encrypt", "cli", "$ 7z a -t7z -mhe=on -p{PW} certs-2025-03.7z ./certs/\n"),
    ("rar_glued_lower_hp_archive", "cli", "$ rar a -hp{PW} intake-photos.rar ./photos\n"),
    ("unrar_glued_lower_p_extract", "cli", "$ unrar x -p{PW} supplier-invoices.rar\n"),
    ("openssl_enc_lower_k_flag", "cli", "$ openssl enc -aes-256-cbc -pbkdf2 -salt -in intake.db -out intake.db.enc -k {PW}\n"),
    ("mutool_draw_lower_p_flag", "cli", "$ mutool draw -p {PW} -o page%d.png warranty-claim-7731.pdf 1-2\n"),
    ("ipmitool_capital_p_after_capital_u", "cli", "$ ipmitool -I lanplus -H {H} -U {U} -P {PW} chassis power status\nChassis Power is on\n"),
    ("racadm_remote_lower_p_after_lower_u", "cli", "$ racadm -r {H} -u {U} -p {PW} getsysinfo\n"),
    ("ilorest_login_lower_p_after_lower_u", "cli", "$ ilorest login {H} -u {U} -p {PW}\nDiscovering data...Done\n"),
    ("hdparm_security_erase_positional", "cli", "# hdparm --user-master u --security-erase {PW} /dev/sdb\nsecurity_password: \"********\"\n"),
    ("hdparm_security_unlock_positional", "cli", "# hdparm --user-master u --security-unlock {PW} /dev/sdc\n"),
    ("sedutil_cli_revert_tper_positional", "cli", "# sedutil-cli --revertTPer {PW} /dev/nvme1\n"),
    ("sedutil_cli_initial_setup_positional", "cli", "# sedutil-cli --initialSetup {PW} /dev/sdd\n"),
    ("dislocker_glued_lower_u_user_secret", "cli", "# dislocker -V /dev/sdb2 -u{PW} -- /mnt/dislocker\n"),
    ("security_unlock_keychain_lower_p", "cli", "$ security unlock-keychain -p {PW} ~/Library/Keychains/build.keychain-db\n"),
    ("networksetup_setairportnetwork_third_positional", "cli", "$ networksetup -setairportnetwork en0 FixFront-Bench {PW}\n"),
    ("adb_shell_locksettings_clear_old_flag", "cli", "$ adb -s R58N12ABCDE shell locksettings clear --old {PW}\nLock credential cleared\n"),
    ("idevicebackup2_encryption_on_positional", "cli", "$ idevicebackup2 -u 00008110-001A2B3C4D5E801E encryption on {PW}\nBackup encryption has been enabled successfully.\n"),
    ("mysqldump_glued_lower_p_after_lower_u", "cli", "$ mysqldump -h {H} -u {U} -p{PW} repairdesk tickets > tickets.sql\n"),
    ("wpa_passphrase_ssid_then_phrase", "cli", "$ wpa_passphrase FixFront-Bench {PW} | sudo tee -a /etc/wpa_supplicant/wpa_supplicant.conf\n"),
    ("ssh_keygen_capital_p_old_phrase_on_change", "cli", "$ ssh-keygen -p -f ~/.ssh/bench_ed25519 -P {PW} -N \"\"\nYour identification has been saved with the new passphrase.\n"),
    ("expect_spawn_send_carriage_return", "cli", "$ cat login.exp\nspawn ssh {U}@{H}\nexpect \"assword:\"\nsend \"{PW}\\r\"\ninteract\n"),
    # --- stdin
    ("chpasswd_stdin_user_colon_pair", "stdin", "$ echo '{U}:{PW}' | sudo chpasswd\n"),
    ("smbpasswd_silent_yes_head_two", "stdin", "$ yes '{PW}' | head -2 | sudo smbpasswd -s -a {U}\nAdded user {U}.\n"),
    ("zfs_load_key_prompt_stdin", "stdin", "# echo '{PW}' | zfs load-key -L prompt tank/wipe-logs\n1 / 1 key(s) successfully loaded\n"),
    ("gopass_insert_force_stdin", "stdin", "$ echo '{PW}' | gopass insert -f shop/intake-db\n"),
    ("pass_insert_echo_flag_stdin", "stdin", "$ echo '{PW}' | pass insert -e shop/grading-bench\n"),
    ("htpasswd_i_stdin_create", "stdin", "$ printf '%s' '{PW}' | htpasswd -i -c /etc/nginx/.htpasswd-wipe {U}\n"),
    ("docker_secret_create_dash", "stdin", "$ printf '{PW}' | docker secret create wipe_console_cred -\nq3k9x1m2v8\n"),
    ("kinit_principal_stdin_echo", "stdin", "$ echo '{PW}' | kinit {U}@FIXFRONT.LAN\n"),
    ("vncpasswd_f_stdin_redirect", "stdin", "$ echo '{PW}' | vncpasswd -f > ~/.vnc/passwd && chmod 600 ~/.vnc/passwd\n"),
    ("telnet_sleep_echo_pipe_second_line", "stdin", "$ {{ sleep 1; echo {U}; sleep 1; echo '{PW}'; sleep 1; echo 'show status'; }} | telnet {H}\n"),
    # --- library calls
    ("python_smtplib_login_second", "lib", "with smtplib.SMTP_SSL(\"smtp.fixfront.example\", 465) as smtp:\n    smtp.login(\"{U}@fixfront.example\", \"{PW}\")\n    smtp.send_message(msg)\n"),
    ("python_ftplib_ftp_tls_login_second", "lib", "ftps = ftplib.FTP_TLS(\"{H}\")\nftps.login(\"{U}\", \"{PW}\")\nftps.prot_p()\n"),
    ("python_poplib_pass_underscore_single", "lib", "pop = poplib.POP3_SSL(\"mail.fixfront.example\")\npop.user(\"{U}\")\npop.pass_(\"{PW}\")\n"),
    ("python_requests_auth_tuple_second", "lib", "r = requests.get(f\"https://{H}/api/stock\", auth=(\"{U}\", \"{PW}\"), timeout=10)\n"),
    ("python_httpx_basicauth_second", "lib", "auth = httpx.BasicAuth(\"{U}\", \"{PW}\")\nclient = httpx.Client(base_url=\"https://{H}\", auth=auth)\n"),
    ("python_pysmb_smbconnection_second", "lib", "conn = SMBConnection(\"{U}\", \"{PW}\", \"wipe-pc-04\", \"nas01\", use_ntlm_v2=True)\nconn.connect(\"10.20.0.5\", 445)\n"),
    ("python_pexpect_sendline_after_expect", "lib", "child = pexpect.spawn(\"ssh {U}@{H}\")\nchild.expect(\"assword:\")\nchild.sendline(\"{PW}\")\n"),
    ("python_pyminizip_compress_fourth", "lib", "pyminizip.compress(\"cert-7731.pdf\", None, \"cert-7731.zip\", \"{PW}\", 5)\n"),
    ("python_pypdf_reader_decrypt_single", "lib", "reader = PdfReader(\"supplier-invoice.pdf\")\nif reader.is_encrypted:\n    reader.decrypt(\"{PW}\")\n"),
    ("python_hmac_new_first_bytes_literal", "lib", "sig = hmac.new(b\"{PW}\", body, hashlib.sha256).hexdigest()\n"),
    ("python_redis_ctor_fourth_positional", "lib", "r = redis.Redis(\"{H}\", 6379, 0, \"{PW}\")\n"),
    ("python_pika_plaincredentials_second", "lib", "creds = pika.PlainCredentials(\"{U}\", \"{PW}\")\nparams = pika.ConnectionParameters(\"{H}\", 5672, \"/\", creds)\n"),
    ("python_pywinrm_session_auth_tuple_second", "lib", "s = winrm.Session(\"{H}\", auth=(\"{U}\", \"{PW}\"), transport=\"ntlm\")\n"),
    ("python_ldap_simple_bind_s_second", "lib", "conn = ldap.initialize(\"ldaps://dc01.fixfront.lan\")\nconn.simple_bind_s(\"uid={U},ou=staff,dc=fixfront,dc=lan\", \"{PW}\")\n"),
    ("python_pymssql_connect_third_positional", "lib", "conn = pymssql.connect(\"{H}\", \"{U}\", \"{PW}\", \"RepairDesk\")\n"),
    ("micropython_wlan_connect_second", "lib", "wlan = network.WLAN(network.STA_IF)\nwlan.active(True)\nwlan.connect(\"FixFront-Bench\", \"{PW}\")\n"),
    ("vba_workbook_unprotect_single", "lib", "Sub OpenIntakeSheet()\n    Workbooks.Open \"\\\\nas01\\intake\\intake-log.xlsm\"\n    ActiveWorkbook.Unprotect \"{PW}\"\nEnd Sub\n"),
    ("powershell_convertto_securestring_plaintext", "lib", "$sec = ConvertTo-SecureString '{PW}' -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential('FIXFRONT\\{U}', $sec)\n"),
    ("node_buffer_from_colon_pair_base64", "lib", "const auth = Buffer.from(\"{U}:{PW}\").toString(\"base64\");\nheaders.Authorization = `Basic ${auth}`;\n"),
    ("node_crypto_pbkdf2sync_first", "lib", "const key = crypto.pbkdf2Sync(\"{PW}\", salt, 210000, 32, \"sha256\");\n"),
    ("node_bcrypt_hashsync_first", "lib", "// seed admin user\nconst hash = bcrypt.hashSync(\"{PW}\", 12);\n"),
    ("node_mqtt_connect_url_userinfo", "lib", "const client = mqtt.connect(\"mqtts://{U}:{PW}@{H}:8883\");\n"),
    ("node_ssh2_stream_write_after_prompt", "lib", "stream.on(\"data\", (d) => {\n  if (d.toString().includes(\"assword\")) stream.write(\"{PW}\\n\");\n});\n"),
    ("java_drivermanager_getconnection_third", "lib", "Connection c = DriverManager.getConnection(\"jdbc:postgresql://{H}/grading\", \"{U}\", \"{PW}\");\n"),
    ("java_keystore_load_second_chararray", "lib", "KeyStore ks = KeyStore.getInstance(\"PKCS12\");\nks.load(new FileInputStream(\"wipe-signing.p12\"), \"{PW}\".toCharArray());\n"),
    ("java_commons_net_ftpclient_login_second", "lib", "FTPClient ftp = new FTPClient();\nftp.connect(\"{H}\");\nftp.login(\"{U}\", \"{PW}\");\n"),
    ("csharp_networkcredential_ctor_second", "lib", "smtp.Credentials = new NetworkCredential(\"{U}\", \"{PW}\");\n"),
    ("csharp_x509certificate2_ctor_second", "lib", "var cert = new X509Certificate2(\"wipe-signing.pfx\", \"{PW}\");\n"),
    ("csharp_renci_sftpclient_ctor_fourth", "lib", "using var sftp = new SftpClient(\"{H}\", 22, \"{U}\", \"{PW}\");\nsftp.Connect();\n"),
    ("go_mysql_dsn_user_colon_at_tcp", "lib", "db, err := sql.Open(\"mysql\", \"{U}:{PW}@tcp({H}:3306)/intake?parseTime=true\")\n"),
    ("go_http_request_setbasicauth_second", "lib", "req, _ := http.NewRequest(\"GET\", \"https://{H}/api/rma\", nil)\nreq.SetBasicAuth(\"{U}\", \"{PW}\")\n"),
    ("rust_reqwest_basic_auth_some_second", "lib", "let res = client.get(url).basic_auth(\"{U}\", Some(\"{PW}\")).send().await?;\n"),
    ("ruby_net_ftp_new_third", "lib", "ftp = Net::FTP.new(\"{H}\", \"{U}\", \"{PW}\")\nftp.getbinaryfile(\"stock.csv\")\n"),
    ("ruby_net_http_basic_auth_second", "lib", "req = Net::HTTP::Get.new(uri)\nreq.basic_auth(\"{U}\", \"{PW}\")\n"),
    ("php_mysqli_connect_third", "lib", "$db = mysqli_connect(\"{H}\", \"{U}\", \"{PW}\", \"tradein\");\n"),
    ("php_ftp_login_third", "lib", "$conn = ftp_connect(\"{H}\");\nftp_login($conn, \"{U}\", \"{PW}\");\n"),
    ("php_imap_open_third", "lib", "$mbox = imap_open(\"{mail.fixfront.example:993/imap/ssl}INBOX\", \"{U}\", \"{PW}\");\n"),
    ("perl_dbi_connect_third", "lib", "my $dbh = DBI->connect(\"DBI:mysql:database=grading;host={H}\", \"{U}\", \"{PW}\", {{ RaiseError => 1 }});\n"),
    ("arduino_wifi_begin_second", "lib", "void setup() {\n  WiFi.begin(\"FixFront-Bench\", \"{PW}\");\n}\n"),
    ("erlang_ftp_user_third_charlist", "lib", "{{ok, Pid}} = ftp:open(\"{H}\"),\nok = ftp:user(Pid, \"{U}\", \"{PW}\").\n"),
    # --- files with fixed order
    ("ppp_chap_secrets_third_column", "file", "# /etc/ppp/chap-secrets\n# client\tserver\tsecret\t\t\tIP addresses\n\"{U}\"\t*\t\"{PW}\"\t*\n"),
    ("rsyncd_secrets_colon_pair", "file", "# /etc/rsyncd.secrets (chmod 600)\n{U}:{PW}\n"),
    ("davfs2_secrets_third_token", "file", "# /etc/davfs2/secrets\nhttps://cloud.fixfront.example/remote.php/dav/files/certs certsync {PW}\n"),
    ("mosquitto_passwd_plain_before_hashing", "file", "# /etc/mosquitto/passwd (run mosquitto_passwd -U before restart)\nbenchpanel:$7$101$HASHED\n{U}:{PW}\n"),
    ("exim_passwd_client_third_colon_field", "file", "# /etc/exim4/passwd.client\n*.fixfront.example:{U}:{PW}\n"),
    ("sendmail_authinfo_p_colon_quoted", "file", "# /etc/mail/authinfo\nAuthInfo:smtp.fixfront.example \"U:{U}\" \"I:{U}\" \"P:{PW}\" \"M:PLAIN\"\n"),
    ("strongswan_ipsec_secrets_psk_quoted", "file", "# /etc/ipsec.secrets\n{H} %any : PSK \"{PW}\"\n"),
    ("ssh_askpass_helper_echo_line", "file", "$ cat ~/bin/ask.sh\n#!/bin/sh\necho '{PW}'\n$ SSH_ASKPASS=~/bin/ask.sh SSH_ASKPASS_REQUIRE=force ssh-add ~/.ssh/bench_ed25519\n"),
    ("git_askpass_script_printf", "file", "$ cat .git-askpass\n#!/bin/sh\nprintf '%s\\n' '{PW}'\n$ GIT_ASKPASS=./.git-askpass git push origin main\n"),
    ("squid_cache_peer_login_colon_pair", "file", "# squid.conf\ncache_peer proxy.partsdepot.example parent 3128 0 no-query default login={U}:{PW}\n"),
    ("yarnrc_yml_npm_auth_ident_colon_pair", "file", "# .yarnrc.yml\nnpmRegistryServer: \"https://npm.fixfront.lan\"\nnpmAuthIdent: \"{U}:{PW}\"\n"),
    ("curlrc_user_colon_pair", "file", "# ~/.curlrc\nsilent\nuser = \"{U}:{PW}\"\n"),
    ("lftp_bookmarks_url_userinfo", "file", "# ~/.local/share/lftp/bookmarks\nsupplier\tsftp://{U}:{PW}@{H}/outgoing\n"),
    ("nginx_proxy_set_header_basic_b64", "file", "location /grading/ {{\n    proxy_pass http://10.20.0.22:8080/;\n    proxy_set_header Authorization \"Basic {B64UP}\";\n}}\n"),
    ("repair_intake_csv_sixth_column", "file", "ticket,imei,model,fault,customer,unlock,eta\nRT-48213,35{IMEI},iPhone 12,screen,J. Patel,{PW},2025-03-15\n"),
    ("wipe_station_pipe_fourth_field", "file", "# station|bay|operator|unlock|method\nWS-04|bay3|{U}|{PW}|nist-purge\n"),
    ("grading_bench_fixed_width_cols_33_to_54", "file", "{FIXED}"),
    ("buyback_kiosk_semicolon_third_field", "file", "# kiosk;site;unlock;since\nK07;Leeds-Kirkgate;{PW};2025-03-14\n"),
    ("weee_route_sheet_tsv_fifth_column", "file", "route\tdriver\tvan\tgate\tlocker\nR3\tAmir\tYD21 KXP\t4471\t{PW}\n"),
    ("parts_supplier_jsonl_array_fourth", "file", "[\"sftp\", \"{H}\", \"{U}\", \"{PW}\", \"/outgoing/asn\"]\n"),
    # --- protocol exchanges
    ("pop3_pass_line_after_user", "proto", "S: +OK POP3 ready\nC: USER {U}\nS: +OK\nC: PASS {PW}\nS: +OK maildrop has 3 messages\n"),
    ("smtp_auth_login_second_b64_line", "proto", "C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: {B64USER}\nS: 334 UGFzc3dvcmQ6\nC: {B64P}\nS: 235 2.7.0 Authentication successful\n"),
    ("nntp_authinfo_pass_line", "proto", "C: AUTHINFO USER {U}\nS: 381 more authentication information required\nC: AUTHINFO PASS {PW}\nS: 281 authentication accepted\n"),
    ("xmpp_sasl_plain_auth_element", "proto", "SEND: <auth xmlns=\"urn:ietf:params:xml:ns:xmpp-sasl\" mechanism=\"PLAIN\">{B64NUP}</auth>\nRECV: <success xmlns=\"urn:ietf:params:xml:ns:xmpp-sasl\"/>\n"),
    ("http_proxy_authorization_basic_b64", "proto", "CONNECT b2b.partsdepot.example:443 HTTP/1.1\nHost: b2b.partsdepot.example:443\nProxy-Authorization: Basic {B64UP}\n\n"),
    ("managesieve_authenticate_plain_b64", "proto", "C: AUTHENTICATE \"PLAIN\" \"{B64NUP}\"\nS: OK \"Logged in.\"\n"),
    ("mqtt_connect_payload_strings_decode", "proto", "MQTT CONNECT  flags=0xc2 keepalive=60\n  client id : bench3-panel\n  user name : {U}\n  field 2   : {PW}\n"),
    ("telnet_login_transcript_echo", "proto", "Trying {H}...\nConnected.\nlogin: {U}\n{PW}\nWelcome to label-printer-02\n"),
    ("esp_at_cwjap_second_quoted", "proto", "> AT+CWJAP=\"FixFront-Bench\",\"{PW}\"\nWIFI CONNECTED\nWIFI GOT IP\nOK\n"),
    ("at_cgauth_fourth_quoted", "proto", "> AT+CGAUTH=1,1,\"{U}\",\"{PW}\"\nOK\n"),
    ("amqp_start_ok_plain_response_decode", "proto", "AMQP Connection.Start-Ok\n  mechanism: PLAIN\n  response: \\x00{U}\\x00{PW}\n  locale: en_US\n"),
    # --- UI automation
    ("adb_shell_input_text_single", "gui", "adb shell input tap 540 1210\nadb shell input text '{PW}'\nadb shell input keyevent 66\n"),
    ("webdriverio_setvalue_single", "gui", "await $('#f1').setValue('{U}');\nawait $('#f2').setValue('{PW}');\nawait $('button[type=submit]').click();\n"),
    ("espresso_perform_typetext", "gui", "onView(withId(R.id.f2)).perform(typeText(\"{PW}\"), closeSoftKeyboard());\n"),
    ("xcuitest_element_typetext", "gui", "let field = app.secureTextFields[\"f2\"]\nfield.tap()\nfield.typeText(\"{PW}\")\n"),
    ("uiautomator2_selector_set_text", "gui", "d(resourceId=\"uk.fixfront.grading:id/f2\").set_text(\"{PW}\")\n"),
    ("maestro_flow_input_text_step", "gui", "- tapOn:\n    id: \"f2\"\n- inputText: \"{PW}\"\n- tapOn: \"Sign in\"\n"),
    ("robot_framework_input_text_second_cell", "gui", "*** Test Cases ***\nGrader Can Sign In\n    Input Text    id=f1    {U}\n    Input Text    id=f2    {PW}\n    Click Button    Sign in\n"),
    ("pywinauto_type_keys_single", "gui", "dlg = app.window(title=\"WipeDrive Console\")\ndlg.Edit2.type_keys(\"{PW}\", with_spaces=False)\n"),
    ("sikulix_type_after_click", "gui", "click(\"f2.png\")\ntype(\"{PW}\")\ntype(Key.ENTER)\n"),
    ("nightwatch_setvalue_second", "gui", "browser.setValue('#f2', '{PW}').click('#go');\n"),
    ("codeceptjs_fillfield_second", "gui", "I.fillField('#f2', '{PW}');\nI.click('Sign in');\n"),
    ("selenium_ide_side_type_value", "gui", "{{ \"command\": \"type\", \"target\": \"id=f2\", \"value\": \"{PW}\" }},\n{{ \"command\": \"click\", \"target\": \"id=go\", \"value\": \"\" }}\n"),
    ("vbscript_wshshell_sendkeys", "gui", "Set sh = CreateObject(\"WScript.Shell\")\nsh.AppActivate \"WipeDrive Console\"\nsh.SendKeys \"{PW}\"\nsh.SendKeys \"{{ENTER}}\"\n"),
    # --- SQL
    ("mssql_encryptbypassphrase_first_argument", "sql", "UPDATE Intake SET CustomerNote = ENCRYPTBYPASSPHRASE('{PW}', @note) WHERE TicketNo = 48213;\n"),
    ("postgres_crypt_gen_salt_first_argument", "sql", "INSERT INTO staff (login, pw_hash) VALUES ('{U}', crypt('{PW}', gen_salt('bf')));\n"),
    ("mysql_sha2_insert_literal_first", "sql", "INSERT INTO bench_users (login, digest) VALUES ('{U}', SHA2('{PW}', 256));\n"),
    ("sqlcipher_pragma_key_literal", "sql", "sqlite> PRAGMA key = '{PW}';\nsqlite> SELECT count(*) FROM intake;\n"),
    ("mssql_openrowset_semicolon_triplet_third", "sql", "SELECT * FROM OPENROWSET('SQLNCLI', '{H}';'{U}';'{PW}', 'SELECT TicketNo FROM RepairDesk.dbo.Tickets');\n"),
    ("postgres_md5_concat_username_literal", "sql", "SELECT 'md5' || md5('{PW}' || '{U}');\n"),
    ("clickhouse_mysql_table_function_fifth", "sql", "SELECT * FROM mysql('{H}:3306', 'tradein', 'quotes', '{U}', '{PW}') LIMIT 10;\n"),
]


def _fixed(rng, pw, user):
    head = "BNCH".ljust(5) + "OPERATOR".ljust(11) + "GRD".ljust(5) + "DATE".ljust(11) + "UNLOCK".ljust(22) + "SHIFT"
    line = ("B%02d" % rng.randint(1, 8)).ljust(5) + user.ljust(11) + rng.choice("ABC").ljust(5) + "2025-03-14 "  # 32 chars
    line = line + pw.ljust(22) + rng.choice(["early", "late"])
    return "# grading-bench roster (fixed width; unlock in columns 33-54)\n" + head + "\n" + line + "\n"


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    hidden = []
    for syn, cat, tpl in S:
        user = rng.choice(USERS)
        host = rng.choice(HOSTS)
        pw = reg.draw(lambda: C.password(rng, strict=True))
        if tpl == "{FIXED}":
            text = _fixed(rng, pw, user)
            value = pw
        else:
            t = tpl.replace("{U}", user).replace("{H}", host).replace("{IMEI}", "".join(rng.choice(C.DIGITS) for _ in range(13)))
            t = t.replace("{{", "\x01").replace("}}", "\x02")
            if "{B64USER}" in t:
                t = t.replace("{B64USER}", base64.b64encode(user.encode()).decode())
            if "{B64UP}" in t:
                value = reg.add(base64.b64encode((user + ":" + pw).encode()).decode())
                t = t.replace("{B64UP}", "{V}")
                hidden.append(pw)
            elif "{B64NUP}" in t:
                value = reg.add(base64.b64encode(("\0" + user + "\0" + pw).encode()).decode())
                t = t.replace("{B64NUP}", "{V}")
                hidden.append(pw)
            elif "{B64P}" in t:
                value = reg.add(base64.b64encode(pw.encode()).decode())
                t = t.replace("{B64P}", "{V}")
                hidden.append(pw)
            else:
                value = pw
                t = t.replace("{PW}", "{V}")
            if syn == "rclone_obscure_first_positional":
                t = t.replace("OBSCURED_PLACEHOLDER", C.b64url_nopad(C.rbytes(rng, 24)))
            t = t.replace("\x01", "{").replace("\x02", "}")
            text = t.replace("{V}", value)
        start = text.index(value)
        typ = PFX + syn
        recs.append({"type": typ, "container": typ + "__" + SUFFIX[cat], "text": text,
                     "secrets": [{"value": value, "start": start, "end": start + len(value), "type": typ}],
                     "source": "password"})
    return recs, hidden


SET_ASIDE = {
    "bcp_queryout_capital_p_flag": "near-duplicate of sqlcmd -P",
    "unrar_glued_lower_p_extract": "near-duplicate of rar -hp",
    "mount_smbfs_url_userinfo": "one more URL userinfo",
    "curlftpfs_mount_url_userinfo": "one more URL userinfo",
    "wget_ftp_url_userinfo": "one more URL userinfo",
    "mysqldump_glued_lower_p_after_lower_u": "glued -p of the MySQL tools is in the earlier corpora",
    "hdparm_security_unlock_positional": "near-duplicate of hdparm --security-erase",
    "sedutil_cli_initial_setup_positional": "near-duplicate of sedutil-cli --revertTPer",
    "ilorest_login_lower_p_after_lower_u": "near-duplicate of racadm -p",
    "mosquitto_sub_mqtt_url_userinfo": "one more URL userinfo (mosquitto_pub -P kept)",
    "ssh_keygen_capital_p_old_phrase_on_change": "ssh-keygen is in the earlier corpora (-N)",
    "wpa_passphrase_ssid_then_phrase": "the tool name says passphrase right before the value",
    "pass_insert_echo_flag_stdin": "near-duplicate of gopass insert",
    "vncpasswd_f_stdin_redirect": "the tool name says passwd right before the value",
    "python_httpx_basicauth_second": "near-duplicate of the requests auth tuple",
    "python_pywinrm_session_auth_tuple_second": "near-duplicate of the requests auth tuple",
    "python_ftplib_ftp_tls_login_second": "FTP logins are well covered (PHP ftp_login kept)",
    "ruby_net_ftp_new_third": "FTP logins are well covered",
    "python_ldap_simple_bind_s_second": "LDAP binds are well covered in the earlier corpora",
    "java_commons_net_ftpclient_login_second": "FTP logins are well covered",
    "csharp_renci_sftpclient_ctor_fourth": "SSH.NET constructor is in the earlier corpora",
    "ruby_net_http_basic_auth_second": "near-duplicate of Go SetBasicAuth",
    "node_mqtt_connect_url_userinfo": "one more URL userinfo",
    "node_ssh2_stream_write_after_prompt": "near-duplicate of pexpect sendline",
    "curlrc_user_colon_pair": "near-duplicate of curl -u",
    "lftp_bookmarks_url_userinfo": "one more URL userinfo",
    "nightwatch_setvalue_second": "near-duplicate of WebdriverIO setValue",
    "codeceptjs_fillfield_second": "near-duplicate of WebdriverIO setValue",
}
ALL_S = S
S = [s for s in ALL_S if s[0] not in SET_ASIDE]
