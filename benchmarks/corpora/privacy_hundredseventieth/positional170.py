"""Positional passwords: ways a password is passed without a telling `password=` key."""
import base64
import random

from common170 import SLOT, owner_password, pos_record

SEED = 17003
PREFIX = "keypw_"
SUFFIX = {
    "sh": "locksmith_van_laptop_bash_history",
    "code": "keying_app_source_excerpt",
    "file": "lockshop_server_config_file",
    "wire": "shop_lan_protocol_capture",
}
# Spans that are not the bare password: value = Base64 of something that contains it.
B64_SYNTAX = {
    "smtp_auth_plain_initial_response_b64": lambda pw: "\0alerts@keyworks.example\0" + pw,
    "http_authorization_basic_header_b64": lambda pw: "panel-api:" + pw,
}

# (syntax, category, template). @V@ = the value, @IP@ = a private address, @U@ = a user name.
SYNTAXES = [
    # ---------------- shell command lines
    ("redis_cli_lower_a_flag", "sh", "redis-cli -h cache.lockshop.internal -a '@V@' --no-auth-warning INFO keyspace"),
    ("sshpass_lower_p_flag", "sh", "sshpass -p '@V@' ssh @U@@@IP@ 'sudo systemctl restart keybridge'"),
    ("xfreerdp_slash_p_colon", "sh", "xfreerdp /v:encoder-ws01.lockshop.internal /u:frontdesk /p:@V@ /cert:ignore +clipboard"),
    ("rdesktop_lower_p_after_lower_u", "sh", "rdesktop -u frontdesk -p @V@ -g 1600x900 @IP@"),
    ("cmdkey_generic_slash_pass", "sh", "cmdkey /generic:TERMSRV/encoder-ws02 /user:LOCKSHOP\\frontdesk /pass:@V@"),
    ("net_user_add_second_positional", "sh", "net user keyprog @V@ /add /expires:never /comment:\"code machine service\""),
    ("smbclient_capital_u_percent_pair", "sh", "smbclient //nas.lockshop.internal/keying -U 'LOCKSHOP\\@U@%@V@' -c 'ls charts/'"),
    ("smbclient_service_then_positional", "sh", "smbclient //nas.lockshop.internal/charts '@V@' -U @U@ -c 'get MK-Schedule-Bldg4.xlsx'"),
    ("rpcclient_capital_u_percent_pair", "sh", "rpcclient -U 'svc_keying%@V@' @IP@ -c 'enumdomusers'"),
    ("winexe_capital_u_domain_percent_pair", "sh", "winexe -U 'LOCKSHOP/admin%@V@' //@IP@ 'ipconfig /all'"),
    ("winrs_p_colon_after_u_colon", "sh", "winrs -r:encoder-ws01 -u:LOCKSHOP\\ops -p:@V@ \"sc query EncoderBridge\""),
    ("ldapsearch_lower_w_after_capital_d", "sh", "ldapsearch -x -H ldap://dc1.lockshop.internal -D 'cn=keyportal,ou=svc,dc=lockshop,dc=internal' -w '@V@' -b 'ou=staff,dc=lockshop,dc=internal' '(uid=*)' mail"),
    ("ldappasswd_lower_s_new_value", "sh", "ldappasswd -x -H ldap://dc1.lockshop.internal -D 'cn=admin,dc=lockshop,dc=internal' -W -s '@V@' 'uid=tech07,ou=staff,dc=lockshop,dc=internal'"),
    ("kinit_stdin_echo_principal", "sh", "echo '@V@' | kinit svc_keying@LOCKSHOP.INTERNAL && klist"),
    ("openssl_pkcs12_passin_pass_prefix", "sh", "openssl pkcs12 -in encoder-client.p12 -nodes -passin pass:@V@ -out /tmp/encoder-client.pem"),
    ("keytool_storepass_flag", "sh", "keytool -list -v -keystore panel-sync.jks -storepass '@V@' -alias panelsync"),
    ("zip_capital_p_flag", "sh", "zip -P '@V@' keying-chart-2025.zip MK-Schedule-Bldg4.xlsx door-hardware.csv"),
    ("unzip_capital_p_flag", "sh", "unzip -o -P '@V@' code-series-update.zip -d /opt/codes"),
    ("unrar_glued_lower_p", "sh", "unrar x -p@V@ safe-service-manuals.rar /srv/manuals/"),
    ("qpdf_encrypt_owner_second_positional", "sh", "qpdf --encrypt '' '@V@' 256 --print=full --modify=none -- keying-schedule.pdf keying-schedule-locked.pdf"),
    ("pdftk_input_pw_keyword", "sh", "pdftk locked-chart.pdf input_pw @V@ output chart-open.pdf"),
    ("cryptsetup_key_file_stdin_echo", "sh", "echo -n '@V@' | sudo cryptsetup open /dev/sdb1 codevault --key-file=-"),
    ("steghide_extract_lower_p", "sh", "steghide extract -sf van3-dash.jpg -p '@V@' -xf notes.txt"),
    ("cqlsh_lower_p_after_lower_u", "sh", "cqlsh cass1.lockshop.internal 9042 -u keyevents -p '@V@' -e 'SELECT count(*) FROM events.door_log;'"),
    ("rabbitmqctl_add_user_second_positional", "sh", "rabbitmqctl add_user dispatch_app '@V@' && rabbitmqctl set_permissions -p / dispatch_app '.*' '.*' '.*'"),
    ("rabbitmqadmin_lower_p_after_lower_u", "sh", "rabbitmqadmin -H mq.lockshop.internal -u dispatch_app -p '@V@' list queues name messages"),
    ("etcdctl_user_flag_colon_pair", "sh", "etcdctl --endpoints=https://@IP@:2379 --user root:@V@ get /panels/ --prefix --keys-only"),
    ("sybase_isql_capital_p_after_capital_u", "sh", "isql -U sa -P '@V@' -S KEYSRV -D keying -i nightly_codes.sql"),
    ("nzsql_pw_after_lower_u", "sh", "nzsql -host nz1.lockshop.internal -d KEYING -u admin -pw '@V@' -c 'select count(*) from blanks'"),
    ("gbak_pas_abbreviation", "sh", "gbak -b -user SYSDBA -pas @V@ /data/keyshop.fdb /backup/keyshop.fbk"),
    ("sqlldr_userid_slash_pair", "sh", "sqlldr userid=keying/@V@@KEYPDB control=code_series.ctl log=code_series.log"),
    ("rman_target_slash_pair", "sh", "rman target sys/@V@@KEYPDB cmdfile=/u01/scripts/level0.rman"),
    ("mkstore_create_credential_third_positional", "sh", "mkstore -wrl /u01/app/wallet -createCredential KEYPDB keying '@V@'"),
    ("rhel_passwd_stdin_flag_echo", "sh", "echo '@V@' | passwd --stdin tech07"),
    ("mysql_alter_user_identified_by_literal", "sh", "mysql -h db.lockshop.internal -e \"ALTER USER 'keying_app'@'%' IDENTIFIED BY '@V@';\""),
    ("docker_login_lower_p_after_lower_u", "sh", "docker login registry.lockshop.internal -u ci-bot -p '@V@'"),
    ("skopeo_src_creds_colon_pair", "sh", "skopeo copy --src-creds ci-bot:@V@ docker://registry.lockshop.internal/keybridge:4.2 dir:/tmp/kb"),
    ("oras_login_lower_p_after_lower_u", "sh", "oras login -u ci-bot -p '@V@' registry.lockshop.internal"),
    ("az_login_lower_p_after_lower_u", "sh", "az login -u ops@keyworks.example -p '@V@' --allow-no-subscriptions"),
    ("jenkins_cli_auth_flag_colon_pair", "sh", "java -jar jenkins-cli.jar -s https://ci.lockshop.internal/ -auth @U@:@V@ build keying-deploy -p ENV=prod"),
    ("perforce_p4_login_stdin_echo", "sh", "echo '@V@' | p4 -u @U@ -p ssl:p4.lockshop.internal:1666 login"),
    ("cvs_pserver_cvsroot_user_colon", "sh", "cvs -d :pserver:@U@:@V@@cvs.lockshop.internal:/repo/firmware checkout cutter-fw"),
    ("restic_rest_repo_url_userinfo", "sh", "restic -r rest:https://backup:@V@@rest.lockshop.internal:8000/keying snapshots --latest 3"),
    ("ovftool_vi_locator_userinfo", "sh", "ovftool vi://root:@V@@esx1.lockshop.internal/keyhub-vm /exports/keyhub.ova"),
    ("vmrun_gp_after_gu", "sh", "vmrun -T ws -gu builder -gp '@V@' runProgramInGuest encoder.vmx C:\\tools\\sync.exe"),
    ("pip_index_url_flag_userinfo", "sh", "pip install --index-url https://ci:@V@@pypi.lockshop.internal/simple keying-sdk==3.2"),
    ("composer_config_http_basic_pair", "sh", "composer config http-basic.repo.lockshop.internal ci '@V@'"),
    ("cups_lpadmin_device_uri_userinfo", "sh", "lpadmin -p KeyTagPrinter -E -v ipp://print:@V@@@IP@/ipp/print -m everywhere"),
    ("snmpset_lower_c_community_string", "sh", "snmpset -v2c -c @V@ @IP@ 1.3.6.1.2.1.1.6.0 s \"Keyshop rack B\""),
    ("espota_lower_a_auth_flag", "sh", "python3 espota.py -i @IP@ -p 3232 -a '@V@' -f .pio/build/esp32dev/firmware.bin"),
    ("mosquitto_passwd_batch_third_positional", "sh", "mosquitto_passwd -b /etc/mosquitto/passwd lockbridge '@V@'"),
    ("xdotool_type_literal", "sh", "xdotool search --name 'Encoder Login' windowactivate --sync type --delay 40 '@V@'"),
    ("curl_ftp_upload_url_userinfo", "sh", "curl -T codes-2025-03.csv ftp://upload:@V@@ftp.keycodes.example/incoming/"),
    ("smbget_url_userinfo", "sh", "smbget -R smb://@U@:@V@@nas.lockshop.internal/keying/charts"),
    ("mongosh_srv_uri_userinfo", "sh", "mongosh \"mongodb+srv://lockevents:@V@@cluster0.ab1cd.mongodb.net/events\" --eval 'db.door_log.countDocuments()'"),
    ("wpa_cli_set_network_psk_third", "sh", "wpa_cli -i wlan0 set_network 0 psk '\"@V@\"' && wpa_cli -i wlan0 enable_network 0"),
    ("sqlcipher_pragma_key_literal", "sh", "sqlcipher codes.db \"PRAGMA key = '@V@'; SELECT count(*) FROM series;\""),
    # ---------------- files with fixed order
    ("yum_repo_baseurl_userinfo", "file", "# /etc/yum.repos.d/keyshop.repo\n[keyshop]\nname=Keyshop internal\nbaseurl=https://rpm:@V@@repo.lockshop.internal/el9/$basearch/\ngpgcheck=1\n"),
    ("ssh_askpass_script_echo_line", "file", "$ cat ~/bin/askpass-van.sh\n#!/bin/sh\necho '@V@'\n$ SSH_ASKPASS=~/bin/askpass-van.sh SSH_ASKPASS_REQUIRE=force ssh-add ~/.ssh/id_van3\n"),
    ("ansible_vault_id_file_lone_line", "file", "$ cat .vault-id-prod\n@V@\n$ ansible-playbook -i inventories/shop site.yml --vault-id prod@.vault-id-prod\n"),
    ("openvpn_auth_user_pass_second_line", "file", "# /etc/openvpn/client/shop.auth  (auth-user-pass shop.auth)\nvan3-tech\n@V@\n"),
    ("pgpass_fifth_colon_field", "file", "# ~/.pgpass  hostname:port:database:username:...\ndb.lockshop.internal:5432:keying:keying_app:@V@\n"),
    ("pap_secrets_third_column", "file", "# /etc/ppp/pap-secrets\n# client\tserver\tsecret\t\tIP addresses\nvan3-modem\t*\t\"@V@\"\t*\n"),
    ("rsyncd_secrets_user_colon", "file", "# /etc/rsyncd.secrets (chmod 600)\nchartsync:@V@\n"),
    ("vsftpd_virtual_users_even_line", "file", "# /etc/vsftpd/virtual_users.txt -> db_load -T -t hash\ncodeupload\n@V@\n"),
    ("dovecot_passwd_file_plain_scheme", "file", "# /etc/dovecot/users\nruth@keyworks.example:{PLAIN}@V@:5000:5000::/var/mail/ruth\n"),
    ("postfix_sasl_passwd_map_user_colon", "file", "# /etc/postfix/sasl_passwd  (postmap after edit)\n[smtp.mailrelay.example]:587 alerts@keyworks.example:@V@\n"),
    ("git_credentials_store_line_userinfo", "file", "$ cat ~/.git-credentials\nhttps://@U@:@V@@git.lockshop.internal\n"),
    ("mutt_smtp_url_userinfo", "file", "# ~/.muttrc\nset from = \"dispatch@keyworks.example\"\nset smtp_url = \"smtps://dispatch:@V@@smtp.mailrelay.example:465/\"\n"),
    ("pgbouncer_userlist_second_quoted", "file", "; /etc/pgbouncer/userlist.txt\n\"keying_app\" \"@V@\"\n"),
    ("nut_upsmon_monitor_fifth_field", "file", "# /etc/nut/upsmon.conf\nMONITOR rackups@localhost 1 upsmon @V@ primary\nSHUTDOWNCMD \"/sbin/shutdown -h +0\"\n"),
    ("lockbox_roster_headerless_csv_fourth_column", "file", "L-0417,1200 Oak St Unit 4,K. Moreno,@V@,2025-03-31\n"),
    ("hotel_encoder_import_pipe_fourth_field", "file", "# encoder batch import v2: station|site|operator|...|shift\nENC02|HARBORVIEW|nightaudit|@V@|B\n"),
    ("tech_roster_fixed_width_cols_33_to_56", "file", None),  # built below
    # ---------------- protocol exchanges
    ("imap_login_command_third_token", "wire", "S: * OK [CAPABILITY IMAP4rev1 LITERAL+ AUTH=PLAIN] Dovecot ready.\nC: a1 LOGIN dispatch@keyworks.example @V@\nS: a1 OK Logged in\n"),
    ("smtp_auth_plain_initial_response_b64", "wire", "S: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN @V@\nS: 235 2.7.0 Authentication successful\n"),
    ("memcached_ascii_sasl_auth_data_line", "wire", None),  # built below
    ("wireshark_ldap_bind_simple_field", "wire", "Lightweight Directory Access Protocol\n    LDAPMessage bindRequest(1) \"cn=keyportal,ou=svc,dc=lockshop,dc=internal\" simple\n        messageID: 1\n        protocolOp: bindRequest (0)\n            bindRequest\n                version: 3\n                name: cn=keyportal,ou=svc,dc=lockshop,dc=internal\n                authentication: simple (0)\n                    simple: @V@\n"),
    ("http_authorization_basic_header_b64", "wire", "GET /api/v1/doors HTTP/1.1\nHost: panel.lockshop.internal\nAuthorization: Basic @V@\nAccept: application/json\n"),
    ("xmlrpc_wp_getusersblogs_second_param", "wire", "POST /xmlrpc.php HTTP/1.1\nHost: www.keyworks.example\n\n<?xml version=\"1.0\"?><methodCall><methodName>wp.getUsersBlogs</methodName><params><param><value><string>shopadmin</string></value></param><param><value><string>@V@</string></value></param></params></methodCall>\n"),
    ("jsonrpc_login_params_array_second", "wire", "POST /rpc HTTP/1.1\nHost: panel.lockshop.internal\nContent-Type: application/json\n\n{\"jsonrpc\":\"2.0\",\"method\":\"session.login\",\"params\":[\"installer\",\"@V@\"],\"id\":1}\n"),
    ("redis_resp_hello_auth_fifth_bulk", "wire", None),  # built below
    ("irc_nickserv_identify_privmsg", "wire", ":keybot!bot@10.20.0.9 NICK keybot\nPRIVMSG NickServ :IDENTIFY keybot @V@\n:NickServ!services@irc.lockshop.internal NOTICE keybot :You are now identified for keybot.\n"),
    # ---------------- library call positions / UI automation
    ("playwright_page_fill_second", "code", "await page.goto('https://portal.keyregistry.example/login');\nawait page.fill('#field-user', 'keyworks');\nawait page.fill('#field-2', '@V@');\nawait page.click('button[type=submit]');"),
    ("cypress_get_type_chained", "code", "cy.visit('/login')\ncy.get('[data-test=login-field-1]').type('ruth')\ncy.get('[data-test=login-field-2]').type('@V@', { log: false })"),
    ("selenium_find_element_send_keys_single", "code", "driver.find_element(By.ID, \"f1\").send_keys(\"ruth\")\ndriver.find_element(By.ID, \"f2\").send_keys(\"@V@\")\ndriver.find_element(By.ID, \"go\").click()"),
    ("capybara_fill_in_with_keyword", "code", "visit '/admin/login'\nfill_in 'session_login', with: 'ruth'\nfill_in 'session_key2', with: '@V@'\nclick_button 'Sign in'"),
    ("testcafe_typetext_second", "code", "await t\n  .typeText('#login-a', 'ruth')\n  .typeText('#login-b', '@V@')\n  .click('#submit');"),
    ("autohotkey_send_command_literal", "code", "#IfWinActive Encoder Login\n^!k::\nSend, nightaudit{Tab}\nSend, @V@{Enter}\nreturn"),
    ("autoit_send_function_literal", "code", "WinWaitActive(\"Code Cutter Login\")\nSend(\"admin{TAB}\")\nSend(\"@V@{ENTER}\")"),
    ("python_pymysql_connect_third_positional", "code", "conn = pymysql.connect('db.lockshop.internal', 'keying_app', '@V@', 'keying')"),
    ("python_cx_oracle_connect_second", "code", "con = cx_Oracle.connect('keying', '@V@', 'db1.lockshop.internal/KEYPDB')"),
    ("python_ldap_simple_bind_s_second", "code", "l = ldap.initialize('ldap://dc1.lockshop.internal')\nl.simple_bind_s('cn=keyportal,ou=svc,dc=lockshop,dc=internal', '@V@')"),
    ("python_pika_plaincredentials_second", "code", "creds = pika.PlainCredentials('dispatch_app', '@V@')\nparams = pika.ConnectionParameters('mq.lockshop.internal', 5672, '/', creds)"),
    ("python_exchangelib_credentials_second", "code", "creds = Credentials('dispatch@keyworks.example', '@V@')\naccount = Account('dispatch@keyworks.example', credentials=creds, autodiscover=True)"),
    ("python_httpx_basicauth_second", "code", "auth = httpx.BasicAuth('panel-api', '@V@')\nr = httpx.get('https://panel.lockshop.internal/api/doors', auth=auth)"),
    ("python_pywinrm_session_auth_tuple_second", "code", "s = winrm.Session('encoder-ws01', auth=('LOCKSHOP\\\\ops', '@V@'), transport='ntlm')"),
    ("python_zipfile_extractall_third_positional", "code", "with zipfile.ZipFile('code-series-update.zip') as zf:\n    zf.extractall('/opt/codes', None, b'@V@')"),
    ("python_pikepdf_open_second", "code", "pdf = pikepdf.open('keying-schedule.pdf', '@V@')\npdf.save('keying-schedule-open.pdf')"),
    ("python_pypdf_decrypt_single", "code", "reader = PdfReader('safe-service-report.pdf')\nif reader.is_encrypted:\n    reader.decrypt('@V@')"),
    ("python_msoffcrypto_load_key_single", "code", "office = msoffcrypto.OfficeFile(open('MK-Schedule.xlsx', 'rb'))\noffice.load_key('@V@')\noffice.decrypt(open('MK-Schedule-open.xlsx', 'wb'))"),
    ("python_telnetlib_write_after_read_until", "code", "tn = telnetlib.Telnet('10.20.0.61')\ntn.read_until(b'login: ')\ntn.write(b'admin\\n')\ntn.read_until(b'assword: ')\ntn.write(b'@V@\\n')"),
    ("node_ldapjs_bind_second", "code", "client.bind('cn=keyportal,ou=svc,dc=lockshop,dc=internal', '@V@', (err) => {\n  if (err) throw err;\n});"),
    ("node_sequelize_ctor_third", "code", "const sequelize = new Sequelize('keying', 'keying_app', '@V@', {\n  host: 'db.lockshop.internal',\n  dialect: 'mysql',\n});"),
    ("node_mongoose_connect_uri_userinfo", "code", "await mongoose.connect('mongodb://lockevents:@V@@mongo.lockshop.internal:27017/events?authSource=admin');"),
    ("node_ws_client_url_userinfo", "code", "const ws = new WebSocket('wss://panelbus:@V@@10.20.0.50:8443/events');\nws.on('message', onDoorEvent);"),
    ("go_smtp_plainauth_third", "code", "auth := smtp.PlainAuth(\"\", \"alerts@keyworks.example\", \"@V@\", \"smtp.mailrelay.example\")\nerr := smtp.SendMail(\"smtp.mailrelay.example:587\", auth, from, to, msg)"),
    ("go_ldap_conn_bind_second", "code", "if err := l.Bind(\"cn=keyportal,ou=svc,dc=lockshop,dc=internal\", \"@V@\"); err != nil {\n\tlog.Fatal(err)\n}"),
    ("java_javamail_transport_connect_fourth", "code", "Transport transport = session.getTransport(\"smtp\");\ntransport.connect(\"smtp.mailrelay.example\", 587, \"alerts@keyworks.example\", \"@V@\");"),
    ("java_net_authenticator_chararray_second", "code", "@Override\nprotected PasswordAuthentication getPasswordAuthentication() {\n    return new PasswordAuthentication(\"panel-api\", \"@V@\".toCharArray());\n}"),
    ("csharp_mailkit_authenticate_second", "code", "await smtp.ConnectAsync(\"smtp.mailrelay.example\", 587, SecureSocketOptions.StartTls);\nawait smtp.AuthenticateAsync(\"alerts@keyworks.example\", \"@V@\");"),
    ("csharp_sshnet_sshclient_ctor_third", "code", "using var ssh = new SshClient(\"10.20.0.15\", \"tech\", \"@V@\");\nssh.Connect();"),
    ("csharp_principalcontext_ctor_fourth", "code", "var ctx = new PrincipalContext(ContextType.Domain, \"LOCKSHOP\", \"svc_keying\", \"@V@\");"),
    ("ruby_net_smtp_start_fifth", "code", "Net::SMTP.start('smtp.mailrelay.example', 587, 'keyworks.example', 'alerts', '@V@', :login) do |smtp|\n  smtp.send_message(msg, from, to)\nend"),
    ("ruby_pg_connect_seventh_positional", "code", "conn = PG.connect('db.lockshop.internal', 5432, nil, nil, 'keying', 'keying_app', '@V@')"),
    ("ruby_net_imap_login_second", "code", "imap = Net::IMAP.new('mail.keyworks.example', ssl: true)\nimap.login('dispatch@keyworks.example', '@V@')"),
    ("ruby_net_pop3_start_fourth", "code", "Net::POP3.start('mail.keyworks.example', 110, 'orders', '@V@') do |pop|\n  pop.each_mail { |m| handle(m.pop) }\nend"),
    ("php_pdo_ctor_third", "code", "$pdo = new PDO('mysql:host=db.lockshop.internal;dbname=keying', 'keying_app', '@V@');"),
    ("php_ldap_bind_third", "code", "$ok = ldap_bind($conn, 'cn=keyportal,ou=svc,dc=lockshop,dc=internal', '@V@');"),
    ("php_legacy_mysql_connect_third", "code", "$link = mysql_connect('db.lockshop.internal', 'keying_app', '@V@') or die(mysql_error());"),
    ("perl_net_smtp_auth_second", "code", "my $smtp = Net::SMTP->new('smtp.mailrelay.example', Port => 587);\n$smtp->starttls();\n$smtp->auth('alerts@keyworks.example', '@V@');"),
    ("perl_net_telnet_login_second", "code", "my $t = Net::Telnet->new(Host => '10.20.0.61', Timeout => 10);\n$t->login('admin', '@V@');"),
    ("rust_lettre_credentials_new_second", "code", "let creds = Credentials::new(\"alerts\".to_owned(), \"@V@\".to_owned());"),
    ("vba_workbooks_open_fifth_positional", "code", "Set wb = Workbooks.Open(\"K:\\Keying\\MK-Schedule.xlsx\", , True, , \"@V@\")"),
    ("vba_worksheet_unprotect_single", "code", "ThisWorkbook.Sheets(\"Bittings\").Unprotect \"@V@\"\nThisWorkbook.Sheets(\"Bittings\").Range(\"A2:K400\").ClearContents"),
    ("vba_workbook_protect_structure_first", "code", "ActiveWorkbook.Protect \"@V@\", True, False"),
    ("vbscript_ado_connection_open_third", "code", "Set conn = CreateObject(\"ADODB.Connection\")\nconn.Open \"DSN=KeyCodes\", \"codes_ro\", \"@V@\""),
    ("c_libcurl_userpwd_colon_pair", "code", "curl_easy_setopt(h, CURLOPT_URL, \"https://panel.lockshop.internal/api/doors\");\ncurl_easy_setopt(h, CURLOPT_USERPWD, \"panel-api:@V@\");"),
    ("c_mysql_real_connect_fourth", "code", "if (!mysql_real_connect(conn, \"db.lockshop.internal\", \"keying_app\", \"@V@\", \"keying\", 3306, NULL, 0)) {\n    fprintf(stderr, \"%s\\n\", mysql_error(conn));\n}"),
    ("arduino_pubsubclient_connect_third", "code", "if (mqtt.connect(\"door-07\", \"lockbridge\", \"@V@\")) {\n  mqtt.subscribe(\"doors/07/cmd\");\n}"),
    ("micropython_wlan_connect_second", "code", "wlan = network.WLAN(network.STA_IF)\nwlan.active(True)\nwlan.connect('KeyShop-Back', '@V@')"),
]

# Written but held back to stay within 95-120 (the weakest: a hint of the word, or a near-duplicate of a kept one).
HELD_BACK = [
    "rhel_passwd_stdin_flag_echo", "mysql_alter_user_identified_by_literal", "python_telnetlib_write_after_read_until",
    "java_net_authenticator_chararray_second", "cmdkey_generic_slash_pass", "pdftk_input_pw_keyword",
    "keytool_storepass_flag", "openssl_pkcs12_passin_pass_prefix", "wpa_cli_set_network_psk_third",
    "sqlcipher_pragma_key_literal", "ldappasswd_lower_s_new_value", "php_legacy_mysql_connect_third",
    "oras_login_lower_p_after_lower_u", "smbget_url_userinfo", "rman_target_slash_pair",
    "rpcclient_capital_u_percent_pair",
]

USERS = ["ruth", "tech07", "dale", "priya", "marco", "lena"]


def _fixed_width(pw):
    # columns 1-16 name, 17-32 role, 33-56 secret (24 wide), 57-68 phone
    return ("# van roster export - fixed width: name 1-16, role 17-32, cols 33-56, phone 57-68\n" +
            "K. Moreno".ljust(16) + "van3 tech".ljust(16) + SLOT + " " * (24 - len(pw)) + "555-0142\n")


def build_template(syntax, tpl, value, r):
    if syntax == "tech_roster_fixed_width_cols_33_to_56":
        return _fixed_width(value)
    if syntax == "memcached_ascii_sasl_auth_data_line":
        data = "keyapp " + value
        return f"C: set auth x 0 {len(data)}\nC: keyapp {SLOT}\nS: STORED\nC: get door:07:state\n"
    if syntax == "redis_resp_hello_auth_fifth_bulk":
        return (f"*5\n$5\nHELLO\n$1\n3\n$4\nAUTH\n$9\nlockevent\n${len(value)}\n{SLOT}\n"
                "%7\n$6\nserver\n$5\nredis\n")
    t = tpl.replace("@IP@", "10.20.0.%d" % r.randint(2, 250)).replace("@U@", r.choice(USERS))
    return t.replace("@V@", SLOT)


def generate(reg, start_id, deny):
    from common170 import denied
    r = random.Random(SEED)
    out = []
    n = start_id
    for syntax, cat, tpl in SYNTAXES:
        if syntax in HELD_BACK or denied(syntax, deny) or denied(PREFIX + syntax, deny):
            continue
        pw = reg.take(lambda: owner_password(r))
        if syntax in B64_SYNTAX:
            value = reg.take(lambda: base64.b64encode(B64_SYNTAX[syntax](pw).encode()).decode())
        else:
            value = pw
        t = build_template(syntax, tpl, value, r)
        typ = PREFIX + syntax
        out.append(pos_record(f"p170-s-{n:04d}", typ, f"{typ}__{SUFFIX[cat]}", t, value, "password"))
        n += 1
    return out
