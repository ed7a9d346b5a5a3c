"""Password source: passwords passed by position / syntax, never behind a telling `password=` key."""
import base64
import random

from common184 import MARK, password, place

SEED = 18403
PFX = "stenopw_"
SUFFIX = {
    "cli": "reporter_terminal_history",
    "lib": "transcript_backend_source",
    "file": "agency_server_config_file",
    "proto": "courthouse_lan_packet_capture",
    "gui": "depo_portal_ui_test_script",
}
USERS = ["kmoreno", "reporter07", "scopist2", "dlee", "csr14523", "transcripts", "depoadmin", "asrworker", "billing", "mchen"]
HOSTS = ["files01.stenodesk.lan", "db2.courtrpt.internal", "10.40.2.17", "mail.stenodesk.lan", "queue.transcribe.lan",
         "asr3.courtrpt.internal", "nas.stenodesk.lan", "192.168.50.12"]

# (syntax, category, template). {V} = password slot, {B} = Base64 slot (encoding given by the b64 kind),
# {U} user, {H} host, {N} length of user, {L} length of the password (RESP bulk lengths)
S = [
    # ---------------------------------------------------------------- command lines
    ("smbclient_capital_u_percent_pair", "cli", "smbclient //{H}/exhibits -U {U}%{V} -c 'ls 2026/0314'"),
    ("rpcclient_capital_u_domain_percent_pair", "cli", "rpcclient -U 'COURTRPT\\{U}%{V}' {H} -c enumdomusers"),
    ("xfreerdp_slash_p_colon_after_slash_u", "cli", "xfreerdp /v:{H} /u:{U} /p:{V} /cert:ignore +clipboard /dynamic-resolution"),
    ("rdesktop_lower_p_after_lower_u", "cli", "rdesktop -u {U} -p {V} -g 1600x900 {H}"),
    ("sshpass_lower_p_before_ssh", "cli", "sshpass -p '{V}' ssh {U}@{H} 'ls -l /srv/transcripts/2026'"),
    ("unzip_capital_p_flag", "cli", "unzip -P {V} exhibits_0314.zip -d ./exhibits"),
    ("zip_capital_p_flag_on_create", "cli", "zip -r -P {V} certified_copy_0314.zip transcripts/0314/"),
    ("rar_glued_lower_hp_flag", "cli", "rar a -hp{V} depo_audio_0314.rar audio/0314/*.wav"),
    ("unrar_glued_lower_p_flag", "cli", "unrar x -p{V} depo_audio_0314.rar ./restore/"),
    ("qpdf_encrypt_first_positional", "cli", "qpdf --encrypt {V} '' 256 -- transcript_0314.pdf transcript_0314_locked.pdf"),
    ("ldapsearch_lower_w_after_capital_d", "cli", "ldapsearch -x -H ldaps://{H} -D \"uid={U},ou=staff,dc=courtrpt,dc=lan\" -w {V} -b \"ou=staff,dc=courtrpt,dc=lan\" \"(objectClass=person)\""),
    ("psql_positional_conninfo_uri_userinfo", "cli", "psql \"postgresql://{U}:{V}@{H}:5432/transcripts\" -c '\\dt'"),
    ("rabbitmqadmin_lower_p_after_lower_u", "cli", "rabbitmqadmin -H {H} -u {U} -p {V} list queues name messages"),
    ("rabbitmqctl_add_user_second_positional", "cli", "rabbitmqctl add_user {U} {V}\nrabbitmqctl set_permissions -p / {U} \".*\" \".*\" \".*\""),
    ("cqlsh_lower_p_after_lower_u", "cli", "cqlsh {H} 9042 -u {U} -p {V} -e 'SELECT count(*) FROM captions.segments'"),
    ("osql_capital_p_after_capital_u", "cli", "osql -S {H} -U {U} -P {V} -Q \"SELECT COUNT(*) FROM dbo.Jobs\""),
    ("teradata_bteq_logon_slash_comma_pair", "cli", "bteq <<'EOF'\n.LOGON {H}/{U},{V}\nSELECT COUNT(*) FROM billing.invoices;\n.QUIT\nEOF"),
    ("sap_hdbsql_lower_p_after_lower_u", "cli", "hdbsql -n {H}:30015 -u {U} -p {V} \"SELECT COUNT(*) FROM TRANSCRIPTS\""),
    ("curl_lower_u_user_colon_pair", "cli", "curl -s -u {U}:{V} 'https://{H}/api/v2/jobs?status=rough'"),
    ("httpie_lower_a_colon_pair", "cli", "http -a {U}:{V} GET https://{H}/api/exhibits?case=26-0412"),
    ("openshift_oc_login_lower_p_after_lower_u", "cli", "oc login https://api.{H}:6443 -u {U} -p {V}"),
    ("azure_cli_login_lower_p_after_lower_u", "cli", "az login -u {U}@stenodesk.example -p {V}"),
    ("cloud_foundry_cf_auth_second_positional", "cli", "cf api https://api.sys.courtrpt.internal\ncf auth {U} {V}"),
    ("bitwarden_cli_login_second_positional", "cli", "bw login {U}@stenodesk.example {V} --raw"),
    ("bitwarden_cli_unlock_single_positional", "cli", "export BW_SESSION=$(bw unlock {V} --raw)"),
    ("keepassxc_cli_stdin_echo", "cli", "echo '{V}' | keepassxc-cli show -s ~/vault/agency.kdbx \"Court/efiling\""),
    ("gocryptfs_extpass_echo_command", "cli", "gocryptfs -extpass \"echo {V}\" ~/enc/transcripts ~/mnt/transcripts"),
    ("encfs_stdinpass_echo", "cli", "echo {V} | encfs --stdinpass ~/.enc_exhibits ~/exhibits"),
    ("veracrypt_text_mode_lower_p", "cli", "veracrypt -t --mount /dev/sdb1 /mnt/archive -p {V} --pim=0 -k \"\" --protect-hidden=no"),
    ("steghide_extract_lower_p", "cli", "steghide extract -sf scan_0314.jpg -p {V}"),
    ("net_user_add_second_positional", "cli", "net user {U} {V} /add /domain"),
    ("sudo_capital_s_stdin_echo", "cli", "echo '{V}' | sudo -S systemctl restart caption-relay"),
    ("vboxmanage_setcredentials_second_positional", "cli", "VBoxManage controlvm \"scopist-win11\" setcredentials {U} {V} COURTRPT"),
    ("snmpget_v2c_lower_c_community", "cli", "snmpget -v2c -c {V} {H} 1.3.6.1.2.1.1.3.0"),
    ("lynx_auth_colon_pair", "cli", "lynx -dump -auth={U}:{V} https://{H}/status"),
    ("swaks_lower_ap_after_lower_au", "cli", "swaks --to billing@stenodesk.example --server {H}:587 -tls -au {U} -ap {V}"),
    ("sendemail_lower_xp_after_lower_xu", "cli", "sendemail -f invoices@stenodesk.example -t ap@lawfirm.example -s {H}:587 -xu {U} -xp {V} -u \"Invoice 26-0412\" -m \"212 pages attached\" -a inv_26_0412.pdf"),
    ("blat_lower_pw_after_lower_u", "cli", "blat invoice_26_0412.txt -to ap@lawfirm.example -server {H} -u {U} -pw {V}"),
    ("hive_beeline_lower_p_after_lower_n", "cli", "beeline -u jdbc:hive2://{H}:10000/default -n {U} -p {V} -e \"show tables\""),
    ("redis_cli_lower_a_flag", "cli", "redis-cli -h {H} -a {V} --no-auth-warning LLEN depo:audio"),
    ("etcdctl_user_colon_pair", "cli", "etcdctl --endpoints=https://{H}:2379 --user {U}:{V} get /config/asr --prefix"),
    ("zkcli_addauth_digest_colon_pair", "cli", "[zk: {H}:2181(CONNECTED) 0] addauth digest {U}:{V}\n[zk: {H}:2181(CONNECTED) 1] ls /depo"),
    ("cypher_shell_lower_p_after_lower_u", "cli", "cypher-shell -a neo4j://{H}:7687 -u {U} -p {V} \"MATCH (w:Witness) RETURN count(w);\""),
    ("perforce_p4_capital_p_flag", "cli", "p4 -p ssl:{H}:1666 -u {U} -P {V} sync //depot/dictionaries/..."),
    ("tfvc_tf_login_user_comma_pair", "cli", "tf get $/Stenodesk/Dicts /recursive /login:{U},{V}"),
    ("ftp_heredoc_user_command_second_arg", "cli", "ftp -n {H} <<'EOF'\nuser {U} {V}\nbinary\nput transcript_0314.ptx\nbye\nEOF"),
    ("tmux_send_keys_literal", "cli", "tmux send-keys -t depo:1 '{V}' Enter"),
    ("xdotool_type_literal", "cli", "xdotool search --name \"CAT Login\" windowactivate --sync type '{V}'"),
    ("gio_mount_smb_url_userinfo", "cli", "gio mount 'smb://{U}:{V}@{H}/exhibits'"),
    ("socks5h_all_proxy_env_userinfo", "cli", "export ALL_PROXY=socks5h://{U}:{V}@{H}:1080"),
    ("uv_index_env_url_userinfo", "cli", "UV_INDEX_URL=https://{U}:{V}@pypi.courtrpt.internal/simple uv sync --frozen"),
    ("poetry_config_http_basic_positional_pair", "cli", "poetry config http-basic.agency {U} {V}"),
    # ---------------------------------------------------------------- library calls
    ("python_pymysql_connect_third_positional", "lib", "import pymysql\nconn = pymysql.connect(\"{H}\", \"{U}\", \"{V}\", \"billing\")"),
    ("python_cx_oracle_connect_second_positional", "lib", "import cx_Oracle\ncon = cx_Oracle.connect(\"{U}\", \"{V}\", \"{H}/ORCLPDB1\")"),
    ("python_ldap3_connection_third_positional", "lib", "server = Server(\"ldaps://{H}\")\nconn = Connection(server, \"uid={U},ou=staff,dc=courtrpt,dc=lan\", \"{V}\", auto_bind=True)"),
    ("python_smtplib_login_second", "lib", "smtp = smtplib.SMTP(\"{H}\", 587)\nsmtp.starttls()\nsmtp.login(\"{U}\", \"{V}\")"),
    ("python_imaplib_login_second", "lib", "M = imaplib.IMAP4_SSL(\"{H}\")\nM.login(\"{U}\", \"{V}\")\nM.select(\"INBOX/Notices\")"),
    ("python_telnetlib_write_after_read_until", "lib", "tn = telnetlib.Telnet(\"{H}\", 2323)\ntn.read_until(b\"code: \")\ntn.write(b\"{V}\\n\")"),
    ("python_pysmb_smbconnection_second_positional", "lib", "conn = SMBConnection(\"{U}\", \"{V}\", \"asr-worker\", \"FILESRV01\", use_ntlm_v2=True)\nconn.connect(\"{H}\", 139)"),
    ("python_pypdf_decrypt_single", "lib", "reader = PdfReader(\"transcript_0314_locked.pdf\")\nif reader.is_encrypted:\n    reader.decrypt(\"{V}\")"),
    ("python_pypdf_pdfreader_third_positional", "lib", "reader = PdfReader(\"exhibit_12.pdf\", False, \"{V}\")\nprint(len(reader.pages))"),
    ("python_requests_httpdigestauth_second", "lib", "r = requests.get(\"https://{H}/api/jobs\", auth=HTTPDigestAuth(\"{U}\", \"{V}\"))"),
    ("python_httpx_basicauth_second", "lib", "auth = httpx.BasicAuth(\"{U}\", \"{V}\")\nclient = httpx.Client(auth=auth, base_url=\"https://{H}\")"),
    ("python_pika_plaincredentials_second", "lib", "creds = pika.PlainCredentials(\"{U}\", \"{V}\")\nparams = pika.ConnectionParameters(\"{H}\", 5672, \"/\", creds)"),
    ("python_neo4j_driver_auth_tuple_second", "lib", "driver = GraphDatabase.driver(\"neo4j://{H}:7687\", auth=(\"{U}\", \"{V}\"))"),
    ("python_pysftp_connection_fourth_positional", "lib", "with pysftp.Connection(\"{H}\", \"{U}\", None, \"{V}\") as sftp:\n    sftp.put(\"certified_0314.pdf\")"),
    ("node_sequelize_ctor_third_positional", "lib", "const sequelize = new Sequelize('transcripts', '{U}', '{V}', { host: '{H}', dialect: 'postgres' });"),
    ("node_ldapjs_bind_second", "lib", "client.bind('uid={U},ou=staff,dc=courtrpt,dc=lan', '{V}', (err) => {\n  if (err) throw err;\n});"),
    ("node_crypto_scryptsync_first", "lib", "const salt = Buffer.from('8f1c2a', 'hex');\nconst key = crypto.scryptSync('{V}', salt, 32);"),
    ("java_drivermanager_getconnection_third", "lib", "Connection c = DriverManager.getConnection(\"jdbc:postgresql://{H}:5432/transcripts\", \"{U}\", \"{V}\");"),
    ("java_javamail_transport_connect_third", "lib", "Transport transport = session.getTransport(\"smtp\");\ntransport.connect(\"{H}\", \"{U}\", \"{V}\");"),
    ("java_sardine_factory_begin_second", "lib", "Sardine sardine = SardineFactory.begin(\"{U}\", \"{V}\");\nsardine.put(\"https://{H}/dav/certified/0314.pdf\", bytes);"),
    ("java_smbj_authenticationcontext_second_chararray", "lib", "AuthenticationContext ac = new AuthenticationContext(\"{U}\", \"{V}\".toCharArray(), \"COURTRPT\");"),
    ("java_pdfbox_loader_loadpdf_second", "lib", "PDDocument doc = Loader.loadPDF(new File(\"transcript_0314.pdf\"), \"{V}\");"),
    ("kotlin_ktor_basicauthcredentials_second", "lib", "install(Auth) {\n    basic { credentials { BasicAuthCredentials(\"{U}\", \"{V}\") } }\n}"),
    ("csharp_mailkit_authenticate_second", "lib", "await client.ConnectAsync(\"{H}\", 587, SecureSocketOptions.StartTls);\nawait client.AuthenticateAsync(\"{U}\", \"{V}\");"),
    ("csharp_ssh_net_sftpclient_ctor_third", "lib", "using var sftp = new SftpClient(\"{H}\", \"{U}\", \"{V}\");\nsftp.Connect();"),
    ("csharp_pdfsharp_pdfreader_open_second", "lib", "var doc = PdfReader.Open(\"exhibit_7.pdf\", \"{V}\", PdfDocumentOpenMode.Modify);"),
    ("go_smtp_plainauth_third", "lib", "auth := smtp.PlainAuth(\"\", \"{U}\", \"{V}\", \"{H}\")"),
    ("go_ldap_conn_bind_second", "lib", "if err := l.Bind(\"uid={U},ou=staff,dc=courtrpt,dc=lan\", \"{V}\"); err != nil {\n\tlog.Fatal(err)\n}"),
    ("rust_reqwest_basic_auth_second_some", "lib", "let resp = client.get(\"https://{H}/api/jobs\")\n    .basic_auth(\"{U}\", Some(\"{V}\"))\n    .send()?;"),
    ("rust_lettre_credentials_new_second", "lib", "let creds = Credentials::new(\"{U}\".to_owned(), \"{V}\".to_owned());"),
    ("ruby_net_smtp_start_fifth_positional", "lib", "Net::SMTP.start('{H}', 587, 'stenodesk.example', '{U}', '{V}', :login) do |smtp|\n  smtp.send_message msg, from, to\nend"),
    ("ruby_net_imap_login_second", "lib", "imap = Net::IMAP.new('{H}', ssl: true)\nimap.login('{U}', '{V}')"),
    ("php_pdo_ctor_third", "lib", "$pdo = new PDO('mysql:host={H};dbname=billing', '{U}', '{V}');"),
    ("php_ldap_bind_third", "lib", "ldap_bind($conn, 'uid={U},ou=staff,dc=courtrpt,dc=lan', '{V}');"),
    ("perl_net_smtp_auth_second", "lib", "my $smtp = Net::SMTP->new('{H}', Port => 587);\n$smtp->auth('{U}', '{V}');"),
    ("lua_luasql_connect_third", "lib", "local con = env:connect(\"transcripts\", \"{U}\", \"{V}\", \"{H}\")"),
    ("tsql_sp_addlinkedsrvlogin_fifth", "lib", "EXEC sp_addlinkedsrvlogin 'BILLINGSRV', 'false', NULL, '{U}', '{V}';"),
    ("vba_workbooks_open_fifth_positional", "lib", "Set wb = Workbooks.Open(\"\\\\{H}\\billing\\rates_2026.xlsx\", 0, False, , \"{V}\")"),
    # ---------------------------------------------------------------- files with fixed layout
    ("pgpass_fifth_colon_field", "file", "# ~/.pgpass (chmod 600)\n{H}:5432:transcripts:{U}:{V}"),
    ("rsyncd_secrets_file_colon_pair", "file", "# /etc/rsyncd.secrets\n{U}:{V}"),
    ("vsftpd_virtual_users_even_line", "file", "# /etc/vsftpd/virtual_users.txt (db_load -T -t hash)\n{U}\n{V}"),
    ("dovecot_passwd_file_plain_scheme_field", "file", "# /etc/dovecot/users\n{U}:{PLAIN}{V}:5000:5000::/home/vmail/{U}"),
    ("postfix_sasl_passwd_map_colon_pair", "file", "# /etc/postfix/sasl_passwd  (postmap after editing)\n[{H}]:587 {U}:{V}"),
    ("openvpn_auth_user_pass_second_line", "file", "# /etc/openvpn/client/courthouse.auth\n{U}\n{V}"),
    ("ipsec_secrets_eap_quoted_after_colon", "file", "# /etc/ipsec.secrets\n{U} : EAP \"{V}\""),
    ("hostapd_wpa_psk_file_second_token", "file", "# /etc/hostapd/depo-suite.psk\n00:00:00:00:00:00 {V}"),
    ("git_credentials_store_url_userinfo", "file", "# ~/.git-credentials\nhttps://{U}:{V}@git.courtrpt.internal"),
    ("cups_printers_conf_deviceuri_userinfo", "file", "<Printer exhibit-stamp>\nInfo Exhibit sticker printer, Conf B\nDeviceURI smb://{U}:{V}@{H}/StampPrinter\nState Idle\n</Printer>"),
    ("ppp_pap_secrets_third_column", "file", "# /etc/ppp/pap-secrets\n# client        server  secret                  IP addresses\n{U}  *  \"{V}\"  *"),
    ("pam_ldap_secret_file_single_line", "file", "# cat /etc/ldap.secret\n{V}\n# ls -l /etc/ldap.secret\n-rw------- 1 root root 24 Mar  2 09:12 /etc/ldap.secret"),
    ("zxing_wifi_qr_p_field", "file", "decoded QR (depo suite B door sign):\nWIFI:T:WPA;S:DepoSuite-B;P:{V};;"),
    ("bundler_config_host_key_colon_pair", "file", "---\nBUNDLE_PATH: \"vendor/bundle\"\nBUNDLE_GEMS__COURTRPT__INTERNAL: \"{U}:{V}\""),
    ("yarnrc_yml_npm_auth_ident_colon_pair", "file", "npmScopes:\n  stenodesk:\n    npmRegistryServer: \"https://npm.courtrpt.internal\"\n    npmAuthIdent: \"{U}:{V}\""),
    ("npmrc_underscore_auth_b64_pair", "file", "registry=https://npm.courtrpt.internal/\n_auth={B}\nalways-auth=true"),
    ("docker_config_auths_auth_b64_pair", "file", "{\n  \"auths\": {\n    \"registry.courtrpt.internal\": {\n      \"auth\": \"{B}\"\n    }\n  }\n}"),
    ("reporter_roster_pipe_fourth_field", "file", "# roster export, layout per spec DR-7\n14523|K. Lim|TX|{V}|2027-06-30"),
    ("cat_job_header_fixed_width_cols_61_to_76", "file", "{FW}"),
    ("depo_room_booking_csv_fifth_column", "file", "2026-03-14,Conf B,09:30,K. Lim,{V},video+rough"),
    ("exhibit_stamp_station_ini_semicolon_second", "file", "[Station]\nName=STAMP-02\nEntry1={U};{V};COURTRPT\nPrinter=exhibit-stamp"),
    ("transcript_delivery_manifest_tsv_fourth", "file", "J-26-0412\tap@lawfirm.example\tPDF+PTX\t{V}\t212"),
    # ---------------------------------------------------------------- protocol exchanges
    ("imap_login_command_second_atom", "proto", "C: a001 CAPABILITY\nS: * CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN\nC: a002 LOGIN {U} {V}\nS: a002 OK LOGIN completed"),
    ("redis_resp_auth_bulk_array_second", "proto", "*3\n$4\nAUTH\n${N}\n{U}\n${L}\n{V}\n+OK"),
    ("sip_uri_userinfo_colon_pair", "proto", "REGISTER sip:{H} SIP/2.0\nTo: <sip:{U}:{V}@{H}>\nFrom: <sip:{U}@{H}>;tag=8d1f\nCSeq: 1 REGISTER"),
    ("smtp_auth_plain_initial_response_b64", "proto", "S: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN {B}\nS: 235 2.7.0 Authentication successful"),
    ("managesieve_authenticate_plain_b64", "proto", "S: \"SASL\" \"PLAIN\"\nS: OK \"Dovecot ready.\"\nC: AUTHENTICATE \"PLAIN\" \"{B}\"\nS: OK \"Logged in.\""),
    ("transcript_vault_jsonrpc_params_array_second", "proto", "POST /rpc HTTP/1.1\nHost: {H}\nContent-Type: application/json\n\n{\"jsonrpc\":\"2.0\",\"method\":\"session.open\",\"params\":[\"{U}\",\"{V}\"],\"id\":7}"),
    ("realtime_feed_handshake_third_token", "proto", "RTF/1.2 HELLO {U} {V} viewers=3\nRTF/1.2 200 WELCOME job=0314"),
    ("caption_encoder_console_login_second_arg", "proto", "> LOGIN {U} {V}\n< 200 OK encoder CC1 ready\n> MODE ROLLUP3"),
    # ---------------------------------------------------------------- UI automation
    ("playwright_locator_fill_single", "gui", "await page.goto('https://portal.depodesk.internal/login');\nawait page.locator('#field-1').fill('{U}');\nawait page.locator('#field-2').fill('{V}');"),
    ("cypress_get_type_single", "gui", "cy.get('[data-test=field-1]').type('{U}')\ncy.get('[data-test=field-2]').type('{V}', { log: false })"),
    ("selenium_python_send_keys_single", "gui", "driver.find_element(By.ID, \"field1\").send_keys(\"{U}\")\ndriver.find_element(By.ID, \"field2\").send_keys(\"{V}\")"),
    ("capybara_fill_in_with_keyword", "gui", "fill_in 'field-1', with: '{U}'\nfill_in 'field-2', with: '{V}'\nclick_button 'Continue'"),
    ("detox_typetext_single", "gui", "await element(by.id('field1')).typeText('{U}');\nawait element(by.id('field2')).typeText('{V}');"),
    ("uipath_typeinto_text_attribute", "gui", "<ui:TypeInto DisplayName=\"Type Into 'field2'\" Text=\"{V}\" DelayBetweenKeys=\"20\" />"),
    ("autohotkey_sendtext_literal", "gui", "WinActivate \"CAT Login\"\nSendText \"{V}\"\nSend \"{Enter}\""),
    ("autoit_controlsend_fourth", "gui", "WinWaitActive(\"CAT Login\")\nControlSend(\"CAT Login\", \"\", \"Edit2\", \"{V}\")"),
    ("applescript_system_events_keystroke", "gui", "tell application \"System Events\"\n  keystroke \"{V}\"\n  key code 36\nend tell"),
    ("csharp_flaui_textbox_enter_single", "gui", "window.FindFirstDescendant(cf => cf.ByAutomationId(\"field2\")).AsTextBox().Enter(\"{V}\");"),
    ("compose_ui_test_performtextinput_single", "gui", "composeTestRule.onNodeWithTag(\"field2\").performTextInput(\"{V}\")"),
    ("flutter_widget_tester_entertext_second", "gui", "await tester.enterText(find.byKey(const Key('field2')), '{V}');\nawait tester.pumpAndSettle();"),
    ("codeceptjs_fillfield_second", "gui", "I.amOnPage('/login');\nI.fillField('#field-2', '{V}');"),
    ("taiko_write_into_first", "gui", "await write('{V}', into(textBox({id: 'field-2'})));"),
    # ---------------------------------------------------------------- weakest (tool or command still hints at a credential)
    ("docker_login_stdin_pipe_after_lower_u", "cli", "echo '{V}' | docker login registry.courtrpt.internal -u {U} --password-stdin"),
    ("mkpasswd_sha512_positional_plaintext", "cli", "mkpasswd -m sha-512 {V}"),
    ("cmdkey_generic_slash_pass_colon", "cli", "cmdkey /generic:TERMSRV/{H} /user:{U} /pass:{V}"),
    ("pop3_pass_command_after_user", "proto", "C: USER {U}\nS: +OK\nC: PASS {V}\nS: +OK maildrop has 3 messages"),
    ("nntp_authinfo_pass_line", "proto", "AUTHINFO USER {U}\n381 Password required\nAUTHINFO PASS {V}\n281 Authentication accepted"),
]

# unused tail: the weakest (tool or command still hints at a credential) and near-duplicates of kept syntaxes
UNUSED_NAMES = {
    "docker_login_stdin_pipe_after_lower_u", "mkpasswd_sha512_positional_plaintext", "cmdkey_generic_slash_pass_colon",
    "pop3_pass_command_after_user", "nntp_authinfo_pass_line", "encfs_stdinpass_echo",
    "rpcclient_capital_u_domain_percent_pair", "unrar_glued_lower_p_flag", "zip_capital_p_flag_on_create",
    "vsftpd_virtual_users_even_line", "python_pypdf_decrypt_single", "python_httpx_basicauth_second",
    "ruby_net_imap_login_second", "lynx_auth_colon_pair", "osql_capital_p_after_capital_u", "node_crypto_scryptsync_first",
    "sendemail_lower_xp_after_lower_xu", "compose_ui_test_performtextinput_single", "python_neo4j_driver_auth_tuple_second",
    "detox_typetext_single",
}
USED = [s for s in S if s[0] not in UNUSED_NAMES]
UNUSED = [s for s in S if s[0] in UNUSED_NAMES]
assert len(UNUSED) == len(UNUSED_NAMES)

B64KIND = {
    "npmrc_underscore_auth_b64_pair": "pair",
    "docker_config_auths_auth_b64_pair": "pair",
    "smtp_auth_plain_initial_response_b64": "sasl",
    "managesieve_authenticate_plain_b64": "sasl",
}


def hidden_of(syntax, value):
    """Decode a Base64 span back to the password it hides (used by the checks)."""
    raw = base64.b64decode(value).decode()
    if B64KIND[syntax] == "pair":
        return raw.split(":", 1)[1]
    parts = raw.split("\x00")
    return parts[2]


def generate(reg):
    r = random.Random(SEED)
    out = []
    hidden = []
    for syntax, cat, tpl in USED:
        user = r.choice(USERS)
        host = r.choice(HOSTS)
        if syntax == "cat_job_header_fixed_width_cols_61_to_76":
            pw = reg.draw(lambda: _short_pw(r, 16))
            line = ("J-26-0412".ljust(10) + "2026-03-14".ljust(10) + "K LIM CSR 14523".ljust(20) +
                    "SMITH V ACME CORP".ljust(20))
            tpl2 = ("# CAT job header, fixed width: job 1-10 date 11-20 reporter 21-40 case 41-60 key 61-76 pages 77-80\n"
                    + line + MARK + " " * (16 - len(pw)) + "0212")
            text, s, e = place(tpl2, pw)
            out.append((PFX + syntax, PFX + syntax + "__" + SUFFIX[cat], text, s, e))
            continue
        t = tpl.replace("{U}", user).replace("{H}", host).replace("{N}", str(len(user)))
        if syntax in B64KIND:
            pw = reg.draw(lambda: password(r, strict=True))
            if B64KIND[syntax] == "pair":
                raw = user + ":" + pw
            else:
                raw = "\x00" + user + "\x00" + pw
            value = reg.draw(lambda: base64.b64encode(raw.encode()).decode())
            hidden.append(pw)
            t = t.replace("{B}", MARK)
        else:
            value = reg.draw(lambda: password(r, strict=True))
            t = t.replace("{L}", str(len(value))).replace("{V}", MARK)
        text, s, e = place(t, value)
        out.append((PFX + syntax, PFX + syntax + "__" + SUFFIX[cat], text, s, e))
    return out, hidden


def _short_pw(r, n):
    while True:
        p = password(r, strict=True)
        if len(p) <= n:
            return p
