"""Password source: passwords passed by position / syntax, without a telling `password=` key."""
import base64
import random

from common176 import SLOT, PWPFX, JOINERS_SAFE, owner_password, place, record

SEED = 17603

SUFFIX = {
    "cli": "repair_shop_terminal_history",
    "lib": "rental_backend_code_excerpt",
    "file": "tuning_server_config_file",
    "proto": "store_lan_wire_capture",
    "gui": "band_portal_ui_test_script",
}

# (syntax, category, template, mode). @V@ = span, @U@ user, @H@ host, @N@ small number.
# mode: plain (span = password), b64_up (Base64 of user:password), b64_nul (Base64 of NUL user NUL password)
P = [
    # ---- command lines
    ("mount_cifs_o_user_percent_pair", "cli", "sudo mount -t cifs //@H@/invoices /mnt/invoices -o user=@U@%@V@,vers=3.0,uid=1000", "plain"),
    ("smbclient_capital_u_percent_pair", "cli", "smbclient //@H@/scans -U '@U@%@V@' -c 'ls repair-tickets/'", "plain"),
    ("rpcclient_capital_u_percent_pair", "cli", "rpcclient -U '@U@%@V@' @H@ -c 'enumdomusers'", "plain"),
    ("samba_net_rpc_capital_u_percent_pair", "cli", "net rpc share list -S @H@ -U '@U@%@V@'", "plain"),
    ("xfreerdp_slash_p_colon_flag", "cli", "xfreerdp /v:@H@ /u:@U@ /p:'@V@' /size:1600x900 /cert:ignore", "plain"),
    ("rdesktop_lower_p_after_lower_u", "cli", "rdesktop -u @U@ -p '@V@' -g 1440x900 @H@", "plain"),
    ("sshpass_lower_p_before_ssh", "cli", "sshpass -p '@V@' ssh -o StrictHostKeyChecking=no @U@@@H@ 'systemctl restart route-planner'", "plain"),
    ("pg_basebackup_lower_d_uri_userinfo", "cli", "pg_basebackup -d 'postgresql://@U@:@V@@@H@:5432/' -D /var/lib/pg/replica -R -P", "plain"),
    ("mongosh_positional_uri_userinfo", "cli", "mongosh \"mongodb://@U@:@V@@@H@:27017/registry?authSource=admin\" --quiet --eval 'db.serials.countDocuments()'", "plain"),
    ("cqlsh_lower_p_after_lower_u", "cli", "cqlsh -u @U@ -p '@V@' @H@ 9042 -e 'SELECT count(*) FROM tuning.logs;'", "plain"),
    ("cypher_shell_lower_p_after_lower_u", "cli", "cypher-shell -a neo4j://@H@:7687 -u @U@ -p '@V@' 'MATCH (i:Instrument) RETURN count(i);'", "plain"),
    ("rabbitmqadmin_lower_p_after_lower_u", "cli", "rabbitmqadmin -H @H@ -u @U@ -p '@V@' list queues name messages", "plain"),
    ("etcdctl_user_flag_colon_pair", "cli", "ETCDCTL_API=3 etcdctl --endpoints=https://@H@:2379 --user @U@:@V@ get /rental/config --prefix", "plain"),
    ("zkcli_addauth_digest_colon_pair", "cli", "[zk: @H@:2181(CONNECTED) 0] addauth digest @U@:@V@\n[zk: @H@:2181(CONNECTED) 1] ls /routes", "plain"),
    ("docker_login_lower_p_after_lower_u", "cli", "docker login -u @U@ -p '@V@' registry.repairshop.lan", "plain"),
    ("skopeo_copy_src_creds_colon_pair", "cli", "skopeo copy --src-creds @U@:@V@ docker://registry.repairshop.lan/fwtool:2.@N@ oci:./fwtool", "plain"),
    ("oras_login_lower_p_after_lower_u", "cli", "oras login registry.repairshop.lan -u @U@ -p '@V@'", "plain"),
    ("curl_lower_u_user_colon_pass", "cli", "curl -sS -u @U@:@V@ https://@H@/api/v1/contracts?status=overdue", "plain"),
    ("aria2c_https_url_userinfo", "cli", "aria2c -x4 'https://@U@:@V@@@H@/firmware/dp-mainboard-3.@N@.bin'", "plain"),
    ("httpie_lower_a_colon_pair", "cli", "http -a @U@:@V@ GET https://@H@/api/tickets status==open", "plain"),
    ("openvpn_auth_user_pass_file_second_line", "file", "# /etc/openvpn/client/store-vpn.auth  (auth-user-pass store-vpn.auth)\n@U@\n@V@\n", "plain"),
    ("ldapsearch_lower_w_after_capital_d", "cli", "ldapsearch -x -H ldap://@H@ -D 'cn=@U@,ou=staff,dc=bandrental,dc=lan' -w '@V@' -b 'ou=people,dc=bandrental,dc=lan' uid", "plain"),
    ("openssl_req_passin_pass_prefix", "cli", "openssl req -new -key fw-signing.key -passin pass:@V@ -out fw-signing.csr -subj '/CN=fw.midiworks'", "plain"),
    ("keytool_list_storepass_flag", "cli", "keytool -list -v -keystore rental-app.jks -storepass '@V@' -alias upload", "plain"),
    ("zip_capital_p_flag", "cli", "zip -r -P '@V@' appraisals-2024.zip appraisals/", "plain"),
    ("unzip_capital_p_flag", "cli", "unzip -P '@V@' insurance-schedule.zip -d /tmp/schedule", "plain"),
    ("rar_glued_lower_hp", "cli", "rar a -hp@V@ -m5 serial-registry-backup.rar registry/", "plain"),
    ("unrar_glued_lower_p", "cli", "unrar x -p@V@ consignment-photos.rar ./photos/", "plain"),
    ("qpdf_encrypt_first_positional_user_pw", "cli", "qpdf --encrypt '@V@' '' 256 -- rental-contract.pdf rental-contract-locked.pdf", "plain"),
    ("mosquitto_passwd_batch_third_positional", "cli", "mosquitto_passwd -b /etc/mosquitto/passwd @U@ '@V@'", "plain"),
    ("rabbitmqctl_add_user_second_positional", "cli", "rabbitmqctl add_user @U@ '@V@' && rabbitmqctl set_permissions -p /rentals @U@ '.*' '.*' '.*'", "plain"),
    ("bteq_logon_dot_command_comma_pair", "cli", "bteq <<'EOF'\n.LOGON @H@/@U@,@V@\nSELECT COUNT(*) FROM rentals.contracts;\n.LOGOFF\nEOF", "plain"),
    ("sybase_isql_capital_p_after_capital_u", "cli", "isql -U @U@ -P '@V@' -S TILLSRV -D till -i eod_report.sql", "plain"),
    ("freetds_tsql_capital_p_after_capital_u", "cli", "tsql -H @H@ -p 1433 -U @U@ -P '@V@'", "plain"),
    ("sudo_capital_s_stdin_echo", "cli", "echo '@V@' | sudo -S systemctl restart tuning-sync", "plain"),
    ("mosquitto_pub_lower_l_url_userinfo", "cli", "mosquitto_pub -L 'mqtt://@U@:@V@@@H@:1883/bench/@N@/status' -m online", "plain"),
    ("redis_cli_lower_a_flag", "cli", "redis-cli -h @H@ -p 6379 -a '@V@' --no-auth-warning KEYS 'route:*'", "plain"),
    ("psql_positional_conninfo_url", "cli", "psql postgres://@U@:@V@@@H@:5432/tickets -c 'select count(*) from jobs'", "plain"),
    ("usql_positional_dsn_url", "cli", "usql 'sqlserver://@U@:@V@@@H@/till' -c 'SELECT TOP 5 * FROM sales'", "plain"),
    ("expdp_userid_slash_pair_at_service", "cli", "expdp userid=@U@/@V@@REPAIRS schemas=REPAIRS directory=DP_DIR dumpfile=repairs.dmp", "plain"),
    ("rman_target_slash_pair_at_service", "cli", "rman target @U@/@V@@RENTALS log=/u01/logs/rman_full.log", "plain"),
    ("dgmgrl_positional_slash_pair", "cli", "dgmgrl @U@/@V@@REGPRIM 'show configuration'", "plain"),
    ("openfortivpn_lower_p_after_lower_u", "cli", "sudo openfortivpn vpn.bandrental.lan:443 -u @U@ -p '@V@' --trusted-cert 8c4f1a", "plain"),
    ("net_user_add_second_positional", "cli", "C:\\> net user @U@ @V@ /add /fullname:\"Bench PC 2\"", "plain"),
    ("winrs_lower_p_colon_flag", "cli", "winrs -r:@H@ -u:@U@ -p:@V@ ipconfig /all", "plain"),
    ("certutil_lower_p_importpfx", "cli", "certutil -f -p \"@V@\" -importpfx till-client.pfx", "plain"),
    ("signtool_slash_p_after_slash_f", "cli", "signtool sign /fd SHA256 /f midi-codesign.pfx /p @V@ /tr http://timestamp.digicert.com fwupdater.exe", "plain"),
    ("pvk2pfx_po_flag", "cli", "pvk2pfx -pvk updater.pvk -spc updater.spc -pfx updater.pfx -po @V@", "plain"),
    ("security_unlock_keychain_lower_p", "cli", "security unlock-keychain -p '@V@' ~/Library/Keychains/build.keychain-db", "plain"),
    ("xcrun_altool_lower_p_after_lower_u", "cli", "xcrun altool --upload-app -t ios -f TunerRoute.ipa -u @U@@pianoroute.lan -p '@V@'", "plain"),
    ("az_login_lower_p_after_lower_u", "cli", "az login -u @U@@bandrental.lan -p '@V@' --allow-no-subscriptions", "plain"),
    ("ovftool_vi_target_url_userinfo", "cli", "ovftool --acceptAllEulas till-vm.ova 'vi://@U@:@V@@@H@/'", "plain"),
    ("govc_url_env_userinfo", "cli", "export GOVC_URL='https://@U@:@V@@@H@/sdk'\ngovc ls /Store/vm", "plain"),
    ("espota_lower_a_auth_flag", "cli", "python3 espota.py -i @H@ -p 3232 -a @V@ -f .pio/build/midi-bridge/firmware.bin", "plain"),
    ("swaks_short_ap_flag", "cli", "swaks --to service@repairshop.lan --server @H@:587 -tls -au @U@ -ap '@V@' --header 'Subject: bench test'", "plain"),
    ("sendemail_xp_after_xu", "cli", "sendemail -f alerts@pianoroute.lan -t @U@@pianoroute.lan -s @H@:587 -xu @U@ -xp '@V@' -m 'route ready'", "plain"),
    ("snmpset_community_lower_c_flag", "cli", "snmpset -v2c -c '@V@' @H@ 1.3.6.1.2.1.1.6.0 s 'Repair bench rack 2'", "plain"),
    ("docker_secret_create_stdin_printf", "cli", "printf '%s' '@V@' | docker secret create till_db_cred_v@N@ -", "plain"),
    ("buildah_login_lower_p_after_lower_u", "cli", "buildah login -u @U@ -p '@V@' registry.repairshop.lan", "plain"),
    # ---- libraries
    ("python_ldap3_connection_third_positional", "lib", "from ldap3 import Server, Connection\nconn = Connection(Server('@H@'), 'cn=@U@,dc=bandrental,dc=lan', '@V@', auto_bind=True)", "plain"),
    ("python_smtplib_login_second", "lib", "with smtplib.SMTP('@H@', 587) as s:\n    s.starttls()\n    s.login('@U@', '@V@')\n    s.send_message(msg)", "plain"),
    ("python_pywinrm_session_auth_tuple", "lib", "import winrm\nsession = winrm.Session('@H@', auth=('@U@', '@V@'), transport='ntlm')", "plain"),
    ("python_httpx_basicauth_second", "lib", "auth = httpx.BasicAuth('@U@', '@V@')\nr = httpx.get('https://@H@/api/parts', auth=auth)", "plain"),
    ("python_pika_plaincredentials_second", "lib", "creds = pika.PlainCredentials('@U@', '@V@')\nparams = pika.ConnectionParameters('@H@', 5672, '/rentals', creds)", "plain"),
    ("python_paho_username_pw_set_second", "lib", "client = mqtt.Client(client_id='bench-@N@')\nclient.username_pw_set('@U@', '@V@')\nclient.connect('@H@', 1883)", "plain"),
    ("python_oracledb_connect_second_positional", "lib", "conn = oracledb.connect('@U@', '@V@', '@H@/RENTALS')", "plain"),
    ("python_msoffcrypto_load_key_first_positional", "lib", "office = msoffcrypto.OfficeFile(open('rental_rates.xlsx', 'rb'))\noffice.load_key('@V@')\noffice.decrypt(out)", "plain"),
    ("python_pikepdf_open_second_positional", "lib", "pdf = pikepdf.open('insurance_schedule.pdf', '@V@')", "plain"),
    ("python_pypdf_reader_decrypt_single", "lib", "reader = PdfReader('appraisal_@N@.pdf')\nif reader.is_encrypted:\n    reader.decrypt('@V@')", "plain"),
    ("python_cryptography_load_pem_private_key_second", "lib", "key = serialization.load_pem_private_key(pem_bytes, b'@V@')", "plain"),
    ("python_pyjks_keystore_load_second", "lib", "ks = jks.KeyStore.load('rental-app.jks', '@V@')", "plain"),
    ("python_imaplib_login_second", "lib", "M = imaplib.IMAP4_SSL('@H@')\nM.login('@U@', '@V@')\nM.select('INBOX')", "plain"),
    ("node_crypto_scryptsync_first", "lib", "const key = crypto.scryptSync('@V@', salt, 32); // encrypts exported rental contracts", "plain"),
    ("node_crypto_createcipher_second", "lib", "const cipher = crypto.createCipher('aes192', '@V@');", "plain"),
    ("java_drivermanager_getconnection_third", "lib", "Connection c = DriverManager.getConnection(\"jdbc:sqlserver://@H@;databaseName=till\", \"@U@\", \"@V@\");", "plain"),
    ("java_javamail_transport_connect_fourth", "lib", "Transport t = session.getTransport(\"smtp\");\nt.connect(\"@H@\", 587, \"@U@\", \"@V@\");", "plain"),
    ("java_jedis_auth_single", "lib", "Jedis jedis = new Jedis(\"@H@\", 6379);\njedis.auth(\"@V@\");", "plain"),
    ("java_smbj_authenticationcontext_second", "lib", "AuthenticationContext ac = new AuthenticationContext(\"@U@\", \"@V@\".toCharArray(), \"BANDRENTAL\");", "plain"),
    ("scala_slick_database_forurl_third", "lib", "val db = Database.forURL(\"jdbc:postgresql://@H@/tuning\", \"@U@\", \"@V@\", driver = \"org.postgresql.Driver\")", "plain"),
    ("groovy_sql_newinstance_third", "lib", "def sql = Sql.newInstance('jdbc:mysql://@H@/repairs', '@U@', '@V@', 'com.mysql.cj.jdbc.Driver')", "plain"),
    ("csharp_sshnet_sshclient_ctor_third", "lib", "using var client = new SshClient(\"@H@\", \"@U@\", \"@V@\");\nclient.Connect();", "plain"),
    ("csharp_mailkit_authenticate_second", "lib", "await smtp.ConnectAsync(\"@H@\", 587, SecureSocketOptions.StartTls);\nawait smtp.AuthenticateAsync(\"@U@\", \"@V@\");", "plain"),
    ("vbnet_network_downloadfile_fourth", "lib", "My.Computer.Network.DownloadFile(\"https://@H@/rates.csv\", \"C:\\Till\\rates.csv\", \"@U@\", \"@V@\")", "plain"),
    ("go_smtp_plainauth_third", "lib", "auth := smtp.PlainAuth(\"\", \"@U@\", \"@V@\", \"@H@\")", "plain"),
    ("go_ldap_conn_bind_second", "lib", "if err := l.Bind(\"cn=@U@,dc=bandrental,dc=lan\", \"@V@\"); err != nil {\n\tlog.Fatal(err)\n}", "plain"),
    ("rust_lettre_credentials_new_second", "lib", "let creds = Credentials::new(\"@U@\".to_owned(), \"@V@\".to_owned());", "plain"),
    ("rust_reqwest_basic_auth_some_second", "lib", "let res = client.get(\"https://@H@/api/serials\").basic_auth(\"@U@\", Some(\"@V@\")).send().await?;", "plain"),
    ("ruby_net_smtp_start_fifth", "lib", "Net::SMTP.start('@H@', 587, 'repairshop.lan', '@U@', '@V@', :login) do |smtp|\n  smtp.send_message(msg, from, to)\nend", "plain"),
    ("ruby_net_imap_login_second", "lib", "imap = Net::IMAP.new('@H@', ssl: true)\nimap.login('@U@', '@V@')", "plain"),
    ("php_pdo_ctor_third", "lib", "$pdo = new PDO('mysql:host=@H@;dbname=rentals', '@U@', '@V@');", "plain"),
    ("php_ldap_bind_third", "lib", "ldap_bind($ds, 'cn=@U@,dc=bandrental,dc=lan', '@V@');", "plain"),
    ("php_oci_connect_second", "lib", "$conn = oci_connect('@U@', '@V@', '@H@/RENTALS');", "plain"),
    ("perl_net_smtp_auth_second", "lib", "my $smtp = Net::SMTP->new('@H@', Port => 587);\n$smtp->auth('@U@', '@V@');", "plain"),
    ("perl_lwp_credentials_fourth", "lib", "$ua->credentials('@H@:443', 'Parts API', '@U@', '@V@');", "plain"),
    ("c_mysql_real_connect_fourth", "lib", "if (!mysql_real_connect(conn, \"@H@\", \"@U@\", \"@V@\", \"repairs\", 3306, NULL, 0)) {\n    fprintf(stderr, \"%s\\n\", mysql_error(conn));\n}", "plain"),
    ("c_sqlcipher_sqlite3_key_second", "lib", "sqlite3_open(\"tuning_log.db\", &db);\nsqlite3_key(db, \"@V@\", @VL@);", "plain"),
    ("sql_create_user_identified_by_quoted", "lib", "CREATE USER '@U@'@'%' IDENTIFIED BY '@V@';\nGRANT SELECT ON rentals.* TO '@U@'@'%';", "plain"),
    ("sql_oracle_database_link_identified_by", "lib", "CREATE DATABASE LINK regprim CONNECT TO @U@ IDENTIFIED BY @V@ USING 'REGPRIM';", "plain"),
    ("tsql_sp_addlinkedsrvlogin_fifth", "lib", "EXEC sp_addlinkedsrvlogin 'TILLSRV', 'false', NULL, '@U@', '@V@';", "plain"),
    ("excel_vba_workbook_unprotect_single", "lib", "Sub OpenRates()\n    ThisWorkbook.Unprotect \"@V@\"\nEnd Sub", "plain"),
    ("excel_vba_workbooks_open_fifth_argument", "lib", "Set wb = Workbooks.Open(\"\\\\@H@\\rentals\\rates.xlsx\", , , , \"@V@\")", "plain"),
    # ---- files by position
    ("pgpass_fifth_colon_field", "file", "# ~/.pgpass\n@H@:5432:tickets:@U@:@V@\n", "plain"),
    ("dovecot_passwd_file_plain_scheme", "file", "# /etc/dovecot/users\n@U@:{PLAIN}@V@:1001:1001::/home/@U@\n", "plain"),
    ("postfix_sasl_passwd_colon_pair", "file", "# /etc/postfix/sasl_passwd\n[@H@]:587 @U@:@V@\n", "plain"),
    ("rsyncd_secrets_colon_pair", "file", "# /etc/rsyncd.secrets (mode 600)\n@U@:@V@\n", "plain"),
    ("ppp_pap_secrets_third_column", "file", "# /etc/ppp/pap-secrets\n# client  server  secret  IP addresses\n@U@  *  @V@  *\n", "plain"),
    ("git_credentials_store_url_userinfo", "file", "# ~/.git-credentials\nhttps://@U@:@V@@git.repairshop.lan\n", "plain"),
    ("cups_printers_conf_device_uri_userinfo", "file", "<Printer LabelBench>\nInfo Zebra at repair bench\nDeviceURI smb://@U@:@V@@@H@/ZebraBench\nState Idle\n</Printer>", "plain"),
    ("yarnrc_npmauthident_colon_pair", "file", "npmRegistryServer: \"https://npm.repairshop.lan\"\nnpmAlwaysAuth: true\nnpmAuthIdent: \"@U@:@V@\"\n", "plain"),
    ("npmrc_underscore_auth_b64_pair", "file", "registry=https://npm.repairshop.lan/\n_auth=@V@\nalways-auth=true\n", "b64_up"),
    ("tuning_route_csv_export_fourth_column", "file", "tuner_id,region,portal_user,portal_secret,van\nT@N@,north,@U@,@V@,VAN-2\n", "plain"),
    ("rental_contract_pipe_delimited_sixth_field", "file", "RC|2024|HS-BAND|@U@|@H@|@V@|ACTIVE\n", "plain"),
    ("luthier_ledger_json_array_third_element", "file", "{\"sync_accounts\": [[\"@U@\", \"@H@\", \"@V@\"]]}\n", "plain"),
    ("repair_bench_fixed_width_cols_31_to_50", "file", "@FW@\n", "plain"),
    # ---- protocol exchanges
    ("imap_login_command_second_atom", "proto", "S: * OK [CAPABILITY IMAP4rev1 LITERAL+ SASL-IR] @H@ ready\nC: a1 LOGIN @U@ @V@\nS: a1 OK LOGIN completed", "plain"),
    ("imap_authenticate_plain_b64_continuation", "proto", "C: a2 AUTHENTICATE PLAIN\nS: +\nC: @V@\nS: a2 OK Success", "b64_nul"),
    ("smtp_auth_plain_inline_b64", "proto", "S: 250-@H@ Hello\nS: 250 AUTH PLAIN LOGIN\nC: AUTH PLAIN @V@\nS: 235 2.7.0 Authentication successful", "b64_nul"),
    ("http_get_authorization_basic_b64", "proto", "GET /api/v2/contracts/overdue HTTP/1.1\nHost: @H@\nAuthorization: Basic @V@\nAccept: application/json", "b64_up"),
    ("resp_array_auth_bulk_strings", "proto", "*3\\r\\n$4\\r\\nAUTH\\r\\n$@UL@\\r\\n@U@\\r\\n$@VL@\\r\\n@V@\\r\\n\n+OK", "plain"),
    ("irc_nickserv_identify_privmsg", "proto", ":NickServ!services@irc.bandrental.lan NOTICE benchbot :This nickname is registered.\nPRIVMSG NickServ :IDENTIFY @V@", "plain"),
    ("rental_kiosk_logon_frame_tilde_fourth", "proto", ">> LGN~store@N@~@U@~@V@~v2\n<< ACK~store@N@~session=88213", "plain"),
    ("piano_player_serial_console_unlock_second_arg", "proto", "dp> service @U@ @V@\nOK service mode enabled (voicing tables unlocked)\ndp> dump voicing", "plain"),
    # ---- UI automation / typing
    ("xdotool_type_literal", "gui", "xdotool search --name 'Till Login' windowactivate --sync\nxdotool type --delay 40 '@V@'\nxdotool key Return", "plain"),
    ("applescript_keystroke_literal", "gui", "tell application \"System Events\"\n    keystroke \"@V@\"\n    key code 36\nend tell", "plain"),
    ("autoit_send_raw_flag", "gui", "WinWaitActive(\"Serial Registry - Login\")\nSend(\"@U@{TAB}\")\nSend(\"@V@\", 1)\nSend(\"{ENTER}\")", "plain"),
    ("autohotkey_sendraw_literal", "gui", "#IfWinActive, Rental Desk\n^!l::\nSendRaw, @V@\nSend, {Enter}\nreturn", "plain"),
    ("python_selenium_send_keys_single", "gui", "driver.find_element(By.ID, 'login_field_2').send_keys('@V@')\ndriver.find_element(By.ID, 'go').click()", "plain"),
    ("python_playwright_page_fill_second", "gui", "page.fill('#field-2', '@V@')\npage.click('text=Sign in')", "plain"),
    ("node_cypress_get_type_chain", "gui", "cy.get('[data-cy=field-2]').type('@V@', { log: false })\ncy.get('[data-cy=submit]').click()", "plain"),
    ("detox_element_typetext_single", "gui", "await element(by.id('loginField2')).typeText('@V@');\nawait element(by.id('signIn')).tap();", "plain"),
    ("capybara_fill_in_with_option", "gui", "fill_in 'field_2', with: '@V@'\nclick_button 'Continue'", "plain"),
    # ---- weaker (carry a hint of the word) -- tail
    ("git_askpass_script_echo_line", "cli", "$ cat ~/bin/askpass.sh\n#!/bin/sh\necho '@V@'\n$ GIT_ASKPASS=~/bin/askpass.sh git push origin main", "plain"),
    ("python_urllib_add_password_fourth", "lib", "mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()\nmgr.add_password(None, 'https://@H@/', '@U@', '@V@')", "plain"),
    ("cmdkey_generic_pass_colon_flag", "cli", "cmdkey /generic:@H@ /user:@U@ /pass:@V@", "plain"),
]

N_KEEP = 118
# near-duplicates of kept syntaxes are moved to the end, after the three that keep a hint of the word
TAIL = ["buildah_login_lower_p_after_lower_u", "oras_login_lower_p_after_lower_u", "unrar_glued_lower_p",
        "unzip_capital_p_flag", "rpcclient_capital_u_percent_pair", "samba_net_rpc_capital_u_percent_pair",
        "usql_positional_dsn_url", "dgmgrl_positional_slash_pair", "python_imaplib_login_second",
        "ruby_net_imap_login_second", "python_pyjks_keystore_load_second", "pvk2pfx_po_flag",
        "python_httpx_basicauth_second"]


def ordered():
    head = [p for p in P if p[0] not in TAIL]
    return head[:N_KEEP] + [p for p in head[N_KEEP:]] + [p for name in TAIL for p in P if p[0] == name]


def kept():
    return ordered()[:N_KEEP]


def unused():
    return [p[0] for p in ordered()[N_KEEP:]]


USERS = ["bench_tech", "tuner_ops", "rentals_svc", "luthier01", "till_sync", "parts_clerk", "dirkim", "routebot",
         "store_admin", "fwbuild", "consign_svc", "reg_reader"]
HOSTS = ["10.42.7.15", "files.repairshop.lan", "db01.bandrental.internal", "192.168.40.22", "reg.luthierworks.lan",
         "mail.pianoroute.lan", "172.20.5.9", "till01.musicstore.lan", "mq.repairshop.lan", "10.8.3.41"]


def _fixed_width(u, pw, n):
    # columns: 1-10 bench id, 11-30 user, 31-50 secret, 51-60 shift
    return ("BENCH%02d" % n).ljust(10) + u.ljust(20) + SLOT.ljust(20 - len(pw) + len(SLOT)) + "EARLY".ljust(10)


def encode_span(mode, user, pw):
    if mode == "plain":
        return pw
    if mode == "b64_up":
        return base64.b64encode((user + ":" + pw).encode()).decode()
    if mode == "b64_nul":
        return base64.b64encode(("\0" + user + "\0" + pw).encode()).decode()
    raise ValueError(mode)


def generate(reg, start_no):
    rng = random.Random(SEED)
    recs, hidden = [], []
    no = start_no
    for syntax, cat, tpl, mode in kept():
        user = rng.choice(USERS)
        host = rng.choice(HOSTS)
        n = rng.randrange(2, 60)
        pw = reg.draw(lambda: owner_password(rng, JOINERS_SAFE))
        span = encode_span(mode, user, pw)
        if mode != "plain":
            reg.add(span)
            hidden.append(pw)
        if "@FW@" in tpl:
            t = tpl.replace("@FW@", _fixed_width(user, pw, n))
        else:
            t = tpl
        t = (t.replace("@UL@", str(len(user))).replace("@VL@", str(len(pw))).replace("@U@", user)
             .replace("@H@", host).replace("@N@", str(n)))
        t = t.replace("@V@", SLOT)
        text, s, e = place(t, span)
        typ = PWPFX + syntax
        recs.append(record("p176-s-%04d" % no, typ, typ + "__" + SUFFIX[cat], text, s, e, "password"))
        no += 1
    return recs, hidden
