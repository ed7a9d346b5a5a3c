"""Password source: positional syntaxes (no telling `password=` key) in the bike-shop / hire world."""
import base64
import random

from common207 import SLOT, owner_password, span_record

SEED = 20703
PW_PREFIX = "spokepw_"

SUFFIX = {
    "cli": "bike_shop_terminal_session",
    "stdin": "hire_ops_stdin_pipe",
    "lib": "hire_app_source_snippet",
    "file": "workshop_server_file_excerpt",
    "proto": "dock_network_capture",
    "gui": "rental_checkout_ui_test",
    "sql": "frame_register_db_console",
}

USERS = ["workshop", "hiredesk", "fleetops", "mech01", "fitstudio", "rides", "partsbot", "dockctl", "c2wsync"]
HOSTS = ["nas.spokeandsprocket.lan", "fleet.velocityhire.lan", "db.chainlinecycles.lan", "dock-gw.harbourhirebikes.lan",
         "fit.cadencefitstudio.lan", "pos.greenlanebikes.lan", "rides.trailheadrentals.lan", "jobs.truingstandworks.lan"]

# Each entry: syntax, family, template.  Placeholders: {P} password, {U} user, {H} host, {N} len(password).
S = [
    # ------------------------------------------------------------ cli
    ("smbclient_capital_u_percent_pair", "cli", "$ smbclient //{H}/jobcards -U {U}%{P} -c 'ls'\n  .  D  0  Tue May 13 09:12:01 2025\n"),
    ("rdesktop_lower_p_after_lower_u", "cli", "$ rdesktop -u {U} -p {P} -g 1280x800 {H}\nAutoselecting keyboard map 'en-gb' from locale\n"),
    ("xfreerdp_slash_p_colon_value", "cli", "$ xfreerdp /v:{H} /u:{U} /p:{P} /cert:ignore /dynamic-resolution\n"),
    ("sshpass_lower_p_flag", "cli", "$ sshpass -p {P} ssh {U}@{H} 'systemctl restart dock-bridge'\n"),
    ("mysqladmin_glued_lower_p", "cli", "$ mysqladmin -h {H} -u{U} -p{P} status\nUptime: 86012  Threads: 3  Questions: 20817\n"),
    ("mongosh_lower_p_after_lower_u", "cli", "$ mongosh \"mongodb://{H}:27017/fleet\" -u {U} -p {P} --authenticationDatabase admin\n"),
    ("redis_cli_lower_a_flag", "cli", "$ redis-cli -h {H} -a {P} --no-auth-warning LLEN hire:returns\n(integer) 4\n"),
    ("rabbitmqctl_add_user_second_positional", "cli", "$ sudo rabbitmqctl add_user {U} {P}\nAdding user \"{U}\" ...\n"),
    ("keytool_storepass_flag", "cli", "$ keytool -list -keystore dock-gateway.p12 -storetype PKCS12 -storepass {P}\nKeystore type: PKCS12\n"),
    ("openssl_pkcs12_passout_pass_prefix", "cli", "$ openssl pkcs12 -export -in dock.crt -inkey dock.key -out dock.p12 -passout pass:{P}\n"),
    ("zip_capital_p_flag", "cli", "$ zip -P {P} fit-records-2025.zip fits/*.csv\n  adding: fits/rider_0412.csv (deflated 61%)\n"),
    ("ldapsearch_lower_w_bind_flag", "cli", "$ ldapsearch -x -H ldap://{H} -D \"uid={U},ou=staff,dc=shop,dc=lan\" -w {P} -b ou=staff,dc=shop,dc=lan\n"),
    ("curl_capital_u_proxy_colon_pair", "cli", "$ curl -x http://proxy.harbourhirebikes.lan:3128 -U {U}:{P} https://api.example/fleet/status\n"),
    ("hg_clone_https_url_userinfo", "cli", "$ hg clone https://{U}:{P}@{H}/hg/wheelbuild-calc\nrequesting all changes\n"),
    ("plink_lower_pw_flag", "cli", "C:\\> plink.exe -ssh {U}@{H} -pw {P} -batch \"tail -n 20 /var/log/dock.log\"\n"),
    ("winscp_open_sftp_url_userinfo", "cli", "C:\\> winscp.com /command \"open sftp://{U}:{P}@{H}/\" \"get /exports/c2w_*.csv\" \"exit\"\n"),
    ("iwctl_passphrase_flag", "cli", "$ iwctl --passphrase {P} station wlan0 connect HireDock-Backhaul\n"),
    ("wpa_cli_set_network_psk_quoted", "cli", "$ wpa_cli -i wlan0 set_network 0 psk '\"{P}\"'\nOK\n"),
    ("snmpwalk_v3_capital_a_auth_passphrase", "cli", "$ snmpwalk -v3 -l authNoPriv -u {U} -a SHA -A {P} {H} 1.3.6.1.2.1.1\n"),
    ("snmpset_v2c_lower_c_community", "cli", "$ snmpset -v2c -c {P} {H} 1.3.6.1.4.1.8072.9.1.0 i 1\n"),
    ("net_user_add_second_positional", "cli", "C:\\> net user {U} {P} /add /comment:\"hire desk kiosk\"\nThe command completed successfully.\n"),
    ("cmdkey_slash_pass_colon_value", "cli", "C:\\> cmdkey /generic:TERMSRV/{H} /user:{U} /pass:{P}\nCMDKEY: Credential added successfully.\n"),
    ("ssh_keygen_capital_n_new_passphrase", "cli", "$ ssh-keygen -t ed25519 -C dock-deploy -N {P} -f ~/.ssh/dock_deploy\nGenerating public/private ed25519 key pair.\n"),
    ("certutil_lower_p_importpfx", "cli", "C:\\> certutil -f -p {P} -importpfx C:\\certs\\till-signing.pfx\n"),
    ("pk12util_capital_w_flag", "cli", "$ pk12util -i workshop-client.p12 -d sql:$HOME/.pki/nssdb -W {P}\npk12util: PKCS12 IMPORT SUCCESSFUL\n"),
    ("signtool_slash_p_flag", "cli", "C:\\build> signtool sign /f codesign.pfx /p {P} /tr http://timestamp.example /td sha256 FitLog.exe\n"),
    ("xcrun_altool_lower_p_after_lower_u", "cli", "$ xcrun altool --upload-app -f HireApp.ipa -t ios -u dev@velocityhire.example -p {P}\n"),
    ("mount_afp_url_userinfo", "cli", "$ mount_afp afp://{U}:{P}@{H}/Workshop /Volumes/Workshop\n"),
    ("orapki_wallet_create_lower_pwd_flag", "cli", "$ orapki wallet create -wallet /opt/oracle/wallet -pwd {P} -auto_login\n"),
    ("bitwarden_cli_unlock_first_positional", "cli", "$ bw unlock {P} --raw > /tmp/bw.session\n"),
    ("openwrt_uci_set_wireless_iface_key", "cli", "root@dock-gw:~# uci set wireless.@wifi-iface[0].key='{P}'\nroot@dock-gw:~# uci commit wireless && wifi reload\n"),
    ("psql_connection_uri_userinfo", "cli", "$ psql \"postgresql://{U}:{P}@{H}:5432/frames?sslmode=require\" -c 'select count(*) from frames'\n"),
    ("pdftk_input_pw_keyword", "cli", "$ pdftk warranty-claim-0412.pdf input_pw {P} output claim-unlocked.pdf\n"),
    ("netsh_wlan_hostednetwork_key_equals", "cli", "C:\\> netsh wlan set hostednetwork mode=allow ssid=FitStudio-Sensors key={P}\nThe hosted network mode has been set to allow.\n"),
    ("mjpg_streamer_output_http_lower_c_pair", "cli", "$ mjpg_streamer -i \"input_uvc.so -r 1280x720\" -o \"output_http.so -p 8080 -c {U}:{P}\"\n"),
    # ------------------------------------------------------------ stdin
    ("sudo_capital_s_echo_pipe", "stdin", "$ echo '{P}' | sudo -S systemctl restart fleet-api\n[sudo] password for {U}: \n"),
    ("cryptsetup_luksopen_key_file_dash", "stdin", "$ echo -n '{P}' | sudo cryptsetup luksOpen /dev/sdb1 fitvault --key-file=-\n"),
    ("openssl_rsa_passin_stdin_echo", "stdin", "$ echo '{P}' | openssl rsa -in dock-gw.key -passin stdin -out dock-gw.nopass.key\nwriting RSA key\n"),
    ("sshpass_lower_d_fd_herestring", "stdin", "$ sshpass -d 3 ssh {U}@{H} uptime 3<<< '{P}'\n"),
    ("onepassword_cli_signin_echo", "stdin", "$ echo '{P}' | op signin --account velocityhire\n"),
    ("keepassxc_cli_ls_echo", "stdin", "$ echo '{P}' | keepassxc-cli ls shop-vault.kdbx Suppliers\nMadison/\nShimano B2B/\n"),
    ("ldapadd_lower_y_dev_stdin", "stdin", "$ echo -n '{P}' | ldapadd -x -D cn=admin,dc=shop,dc=lan -y /dev/stdin -f new-mechanic.ldif\n"),
    ("openvpn_auth_user_pass_dev_stdin_echo", "stdin", "$ printf '%s\\n%s\\n' {U} '{P}' | sudo openvpn --config hire-hq.ovpn --auth-user-pass /dev/stdin\n"),
    ("gocryptfs_passfile_dev_stdin_echo", "stdin", "$ echo '{P}' | gocryptfs -passfile /dev/stdin ~/cipher/fits ~/fits\nFilesystem mounted and ready.\n"),
    ("ecryptfs_unwrap_passphrase_stdin_printf", "stdin", "$ printf '%s' '{P}' | ecryptfs-unwrap-passphrase ~/.ecryptfs/wrapped-passphrase -\n"),
    # ------------------------------------------------------------ lib
    ("python_paramiko_sshclient_connect_fourth_positional", "lib", "client = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nclient.connect(\"{H}\", 22, \"{U}\", \"{P}\")\n"),
    ("python_pymysql_connect_third_positional", "lib", "import pymysql\nconn = pymysql.connect(\"{H}\", \"{U}\", \"{P}\", \"jobcards\")\n"),
    ("python_imaplib_login_second", "lib", "M = imaplib.IMAP4_SSL(\"mail.velocityhire.example\")\nM.login(\"bookings@velocityhire.example\", \"{P}\")\nM.select(\"INBOX\")\n"),
    ("python_ldap3_connection_third_positional", "lib", "server = Server(\"ldaps://{H}\")\nconn = Connection(server, \"uid={U},ou=staff,dc=shop,dc=lan\", \"{P}\", auto_bind=True)\n"),
    ("python_exchangelib_credentials_second", "lib", "creds = Credentials(\"workshop@chainlinecycles.example\", \"{P}\")\naccount = Account(\"workshop@chainlinecycles.example\", credentials=creds, autodiscover=True)\n"),
    ("python_pykeepass_ctor_second", "lib", "from pykeepass import PyKeePass\nkp = PyKeePass(\"shop-vault.kdbx\", \"{P}\")\nentry = kp.find_entries(title=\"Madison\", first=True)\n"),
    ("python_jenkins_ctor_third", "lib", "import jenkins\nserver = jenkins.Jenkins(\"https://ci.velocityhire.example\", \"{U}\", \"{P}\")\nserver.build_job(\"hire-app-release\")\n"),
    ("python_pysnmp_usmuserdata_second", "lib", "auth = UsmUserData(\"{U}\", \"{P}\", authProtocol=usmHMACSHAAuthProtocol)\n"),
    ("python_jaydebeapi_connect_credentials_list_second", "lib", "conn = jaydebeapi.connect(\"org.h2.Driver\", \"jdbc:h2:tcp://{H}/~/frames\", [\"{U}\", \"{P}\"], \"h2.jar\")\n"),
    ("python_cx_oracle_connect_second", "lib", "import cx_Oracle\ncon = cx_Oracle.connect(\"{U}\", \"{P}\", \"{H}/XEPDB1\")\n"),
    ("node_ldapjs_client_bind_second", "lib", "const client = ldap.createClient({ url: 'ldap://{H}' });\nclient.bind('uid={U},ou=staff,dc=shop,dc=lan', '{P}', (err) => { if (err) throw err; });\n"),
    ("node_pg_client_ctor_url_userinfo", "lib", "const { Client } = require('pg');\nconst client = new Client('postgres://{U}:{P}@{H}:5432/fleet');\nawait client.connect();\n"),
    ("node_ioredis_ctor_empty_user_url", "lib", "import Redis from 'ioredis';\nexport const redis = new Redis('rediss://:{P}@{H}:6380/0');\n"),
    ("node_amqplib_connect_url_userinfo", "lib", "const conn = await amqp.connect('amqp://{U}:{P}@{H}:5672/hire');\nconst ch = await conn.createChannel();\n"),
    ("java_javamail_transport_connect_third", "lib", "Transport transport = session.getTransport(\"smtp\");\ntransport.connect(\"smtp.velocityhire.example\", \"{U}\", \"{P}\");\n"),
    ("java_okhttp_credentials_basic_second", "lib", "String credential = Credentials.basic(\"{U}\", \"{P}\");\nRequest req = new Request.Builder().url(url).header(\"Authorization\", credential).build();\n"),
    ("java_smbj_authenticationcontext_second_chararray", "lib", "AuthenticationContext ac = new AuthenticationContext(\"{U}\", \"{P}\".toCharArray(), \"WORKSHOP\");\nSession session = connection.authenticate(ac);\n"),
    ("csharp_sshnet_sshclient_ctor_third", "lib", "using var ssh = new SshClient(\"{H}\", \"{U}\", \"{P}\");\nssh.Connect();\n"),
    ("csharp_mailkit_authenticate_second", "lib", "await client.ConnectAsync(\"smtp.velocityhire.example\", 587, SecureSocketOptions.StartTls);\nawait client.AuthenticateAsync(\"{U}\", \"{P}\");\n"),
    ("csharp_securestring_appendchar_loop", "lib", "var secure = new SecureString();\nforeach (var c in \"{P}\") secure.AppendChar(c);\nsecure.MakeReadOnly();\n"),
    ("go_smtp_plainauth_third", "lib", "auth := smtp.PlainAuth(\"\", \"{U}\", \"{P}\", \"smtp.velocityhire.example\")\nerr := smtp.SendMail(\"smtp.velocityhire.example:587\", auth, from, to, msg)\n"),
    ("go_ldap_conn_bind_second", "lib", "l, err := ldap.DialURL(\"ldap://{H}:389\")\nerr = l.Bind(\"uid={U},ou=staff,dc=shop,dc=lan\", \"{P}\")\n"),
    ("ruby_net_smtp_start_fifth", "lib", "Net::SMTP.start('smtp.velocityhire.example', 587, 'velocityhire.example', '{U}', '{P}', :login) do |smtp|\n  smtp.send_message msg, from, to\nend\n"),
    ("ruby_pg_connect_seventh_positional", "lib", "conn = PG.connect('{H}', 5432, nil, nil, 'frames', '{U}', '{P}')\n"),
    ("php_pdo_ctor_third", "lib", "<?php\n$pdo = new PDO('mysql:host={H};dbname=rides', '{U}', '{P}');\n"),
    ("php_ldap_bind_third", "lib", "<?php\n$ds = ldap_connect('ldap://{H}');\nldap_bind($ds, 'uid={U},ou=staff,dc=shop,dc=lan', '{P}');\n"),
    ("php_curl_setopt_userpwd_pair", "lib", "<?php\ncurl_setopt($ch, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);\ncurl_setopt($ch, CURLOPT_USERPWD, '{U}:{P}');\n"),
    ("perl_lwp_useragent_credentials_fourth", "lib", "my $ua = LWP::UserAgent->new;\n$ua->credentials('{H}:443', 'Fleet API', '{U}', '{P}');\n"),
    ("rust_lettre_credentials_new_second", "lib", "let creds = Credentials::new(\"{U}\".to_owned(), \"{P}\".to_owned());\nlet mailer = SmtpTransport::relay(\"smtp.velocityhire.example\")?.credentials(creds).build();\n"),
    ("dart_httpclientbasiccredentials_second", "lib", "client.addCredentials(Uri.parse('https://{H}/'), 'Fleet', HttpClientBasicCredentials('{U}', '{P}'));\n"),
    ("r_httr_authenticate_second", "lib", "library(httr)\nres <- GET(\"https://{H}/api/rides\", authenticate(\"{U}\", \"{P}\"))\n"),
    ("esp_wifimanager_autoconnect_second", "lib", "WiFiManager wm;\nif (!wm.autoConnect(\"HireDock-Setup\", \"{P}\")) {\n  ESP.restart();\n}\n"),
    ("arduino_wifi_softap_second", "lib", "void setup() {\n  WiFi.softAP(\"BatteryBench-AP\", \"{P}\");\n  server.begin();\n}\n"),
    # ------------------------------------------------------------ file
    ("pgbouncer_userlist_second_quoted", "file", "; /etc/pgbouncer/userlist.txt\n\"{U}\" \"{P}\"\n\"stats\" \"md5c1a8d1b9e0f6a7b3c2d4e5f60718293a\"\n"),
    ("dovecot_passwd_file_plain_scheme_field", "file", "# /etc/dovecot/users\n{U}@velocityhire.example:{PLAIN}{P}:5000:5000::/var/mail/{U}\n"),
    ("git_credentials_store_url_line", "file", "# ~/.git-credentials\nhttps://{U}:{P}@{H}\n"),
    ("pip_conf_index_url_userinfo", "file", "[global]\nindex-url = https://{U}:{P}@{H}/pypi/simple\ntimeout = 30\n"),
    ("pgpass_fifth_colon_field", "file", "# ~/.pgpass\n{H}:5432:frames:{U}:{P}\n"),
    ("postfix_sasl_passwd_colon_pair", "file", "# /etc/postfix/sasl_passwd\n[smtp.velocityhire.example]:587 {U}:{P}\n"),
    ("proxychains_conf_fifth_token", "file", "[ProxyList]\n# type host port user pass\nsocks5 10.20.0.4 1080 {U} {P}\n"),
    ("tinyproxy_basicauth_third_token", "file", "Port 8888\nListen 10.20.0.1\nBasicAuth {U} {P}\nAllow 10.20.0.0/16\n"),
    ("hostapd_eap_user_phase2_quoted", "file", "# hostapd.eap_user\n*               PEAP\n\"{U}\"   MSCHAPV2   \"{P}\"   [2]\n"),
    ("ntp_keys_md5_third_token", "file", "# /etc/ntp.keys (dock controllers)\n7 MD5 {P}\n"),
    ("kickstart_rootpw_plaintext_flag", "file", "lang en_GB.UTF-8\nkeyboard gb\nrootpw --plaintext {P}\ntimezone Europe/London\n"),
    ("wifi_qr_payload_p_field", "file", "# qr/workshop-wifi.txt (printed on the bench)\nWIFI:T:WPA;S:Workshop-Bench;P:{P};;\n"),
    ("vsftpd_virtual_users_alternating_lines", "file", "# /etc/vsftpd/virtual_users.txt (db_load -T -t hash)\n{U}\n{P}\n"),
    ("haproxy_stats_auth_colon_pair", "file", "listen stats\n    bind :8404\n    stats enable\n    stats uri /stats\n    stats auth {U}:{P}\n"),
    ("monit_httpd_allow_colon_pair", "file", "set httpd port 2812 and\n    use address 0.0.0.0\n    allow {U}:{P}\n"),
    ("edifact_unb_recipient_reference_element", "file", "UNA:+.? '\nUNB+UNOC:3+5012345000004:14+5098765000005:14+250514:0930+00000417+{P}+ORDERS'\nUNH+1+ORDERS:D:96A:UN'\n"),
    ("hire_kiosk_csv_fourth_column", "file", "# kiosk_users.csv  (station,name,role,unlock)\nquay-07,{U},desk,{P}\n"),
    ("dock_provisioning_json_array_third", "file", "[\n  [\"dock-014\", \"HireDock-Backhaul\", \"{P}\", 6]\n]\n"),
    ("workshop_tablet_fixed_width_cols_41_to_60", "file", "FW"),
    ("battery_bms_service_pipe_fourth_field", "file", "# bms_service.txt  pack|model|tech|code\nBP-2211|Shimano BT-E8036|{U}|{P}\n"),
    ("fitting_studio_yaml_flow_sequence_second", "file", "# fitlog-sync.yml\nsync_account: [{U}, \"{P}\"]\ninterval_minutes: 30\n"),
    ("cycle_scheme_sftp_drop_semicolon_third", "file", "# c2w_drop.cfg  host;login;secret;dir\nsftp.ride2work.example;{U};{P};/inbound/vouchers\n"),
    ("guided_ride_leader_roster_tsv_third_column", "file", "TSV"),
    ("npmrc_underscore_auth_base64_pair", "file", "B64NPM"),
    ("docker_config_json_auth_base64_pair", "file", "B64DOCKER"),
    # ------------------------------------------------------------ proto
    ("ftp_control_channel_pass_line", "proto", "220 parts-drop FTP ready\nUSER {U}\n331 Please specify the password.\nPASS {P}\n230 Login successful.\n"),
    ("imap_login_command_second_atom", "proto", "* OK [CAPABILITY IMAP4rev1 LITERAL+ AUTH=PLAIN] ready\na001 LOGIN {U} {P}\na001 OK LOGIN completed\n"),
    ("irc_registration_pass_command", "proto", "PASS {P}\nNICK fleetbot\nUSER fleetbot 0 * :Hire fleet bot\n:irc.velocityhire.lan 001 fleetbot :Welcome\n"),
    ("redis_resp_auth_bulk_string", "proto", "RESP"),
    ("postgres_wire_password_message_decode", "proto", "PGWIRE"),
    ("ble_lock_att_write_request_ascii_value", "proto", "< ACL Data TX: Handle 64 flags 0x00\n      ATT: Write Request (0x12)\n        Handle: 0x002a Type: Lock Control\n        Value (ascii): {P}\n> ACL Data RX: ATT: Write Response (0x13)\n"),
    ("quectel_at_qicsgp_fifth_quoted", "proto", "AT+QICSGP=1,1,\"iot.fleet.example\",\"{U}\",\"{P}\",1\r\nOK\r\nAT+QIACT=1\r\nOK\r\n"),
    ("gps_tracker_sms_apn_command_fourth_field", "proto", "SMS to +44 7700 900412: APN,iot.fleet.example,{U},{P}#\nSMS from +44 7700 900412: APN OK\n"),
    # ------------------------------------------------------------ gui
    ("playwright_page_fill_second", "gui", "await page.goto('https://checkout.velocityhire.example/login');\nawait page.fill('#f1', 'desk@velocityhire.example');\nawait page.fill('#f2', '{P}');\nawait page.click('text=Continue');\n"),
    ("cypress_get_type_chain", "gui", "cy.visit('/staff');\ncy.get('[data-cy=f1]').type('{U}');\ncy.get('[data-cy=f2]').type('{P}');\ncy.contains('Start hire').click();\n"),
    ("puppeteer_page_type_second", "gui", "await page.type('#f1', '{U}');\nawait page.type('#f2', '{P}');\nawait page.keyboard.press('Enter');\n"),
    ("testcafe_typetext_second", "gui", "test('desk login', async t => {\n  await t.typeText('#f1', '{U}').typeText('#f2', '{P}').click('#go');\n});\n"),
    ("flutter_widgettester_entertext_second", "gui", "await tester.enterText(find.byKey(const Key('f1')), '{U}');\nawait tester.enterText(find.byKey(const Key('f2')), '{P}');\nawait tester.tap(find.text('Unlock bike'));\n"),
    ("xdotool_type_single", "gui", "$ xdotool search --name 'Fleet Console' windowactivate --sync\n$ xdotool type '{P}'\n$ xdotool key Return\n"),
    ("autohotkey_send_raw_after_winactivate", "gui", "WinActivate, Lightspeed Retail\nWinWaitActive, Lightspeed Retail\nSendRaw, {P}\nSend, {Enter}\n"),
    ("autoit_send_after_winwaitactive", "gui", "WinWaitActive(\"Warranty Portal\")\nSend(\"{P}\", 1)\nSend(\"{ENTER}\")\n"),
    ("applescript_keystroke_after_activate", "gui", "tell application \"FitLog\" to activate\ntell application \"System Events\"\n    keystroke \"{P}\"\n    key code 36\nend tell\n"),
    ("capybara_fill_in_with_option", "gui", "visit '/admin/rides'\nfill_in 'f1', with: '{U}'\nfill_in 'f2', with: '{P}'\nclick_button 'Go'\n"),
    ("behat_fill_in_with_step", "gui", "Scenario: desk opens the hire screen\n  Given I am on \"/desk\"\n  When I fill in \"f1\" with \"{U}\"\n  And I fill in \"f2\" with \"{P}\"\n  And I press \"Open\"\n"),
    # ------------------------------------------------------------ sql
    ("oracle_create_database_link_identified_by", "sql", "SQL> CREATE DATABASE LINK parts_link CONNECT TO {U} IDENTIFIED BY \"{P}\" USING 'PARTSDB';\nDatabase link created.\n"),
    ("mssql_sp_addlinkedsrvlogin_fifth", "sql", "1> EXEC sp_addlinkedserver 'FRAMEREG', '', 'MSOLEDBSQL', '{H}';\n2> EXEC sp_addlinkedsrvlogin 'FRAMEREG', 'false', NULL, '{U}', '{P}';\n3> GO\n"),
    ("mysql_aes_encrypt_key_argument", "sql", "mysql> UPDATE c2w_vouchers SET employee_ref = AES_ENCRYPT(employee_ref, '{P}') WHERE batch = 42;\nQuery OK, 118 rows affected (0.03 sec)\n"),
    ("postgres_pgp_sym_encrypt_second", "sql", "frames=> UPDATE owners SET phone_enc = pgp_sym_encrypt(phone, '{P}');\nUPDATE 2210\n"),
    ("sqlcipher_attach_database_key_clause", "sql", "sqlite> ATTACH DATABASE 'fits-encrypted.db' AS fits KEY '{P}';\nsqlite> SELECT count(*) FROM fits.sessions;\n412\n"),
    ("h2_create_linked_table_fourth_argument", "sql", "CREATE LINKED TABLE remote_frames('org.postgresql.Driver', 'jdbc:postgresql://{H}/frames', '{U}', '{P}', 'public.frames');\n"),
    ("mysql_federated_connection_url_userinfo", "sql", "CREATE TABLE parts_remote (sku VARCHAR(32), qty INT)\n  ENGINE=FEDERATED CONNECTION='mysql://{U}:{P}@{H}:3306/parts/stock';\n"),
    ("mssql_sp_addlogin_second", "sql", "1> EXEC sp_addlogin '{U}', '{P}', 'jobcards';\n2> GO\n"),
]

SET_ASIDE = {
    "pdftk_input_pw_keyword": "the keyword input_pw says pw right before the value",
    "netsh_wlan_hostednetwork_key_equals": "key= is a telling key",
    "openwrt_uci_set_wireless_iface_key": "the option name .key= is a telling key",
    "kickstart_rootpw_plaintext_flag": "the directive rootpw says pw right before the value",
    "cmdkey_slash_pass_colon_value": "the switch /pass: says pass right before the value",
    "keytool_storepass_flag": "the flag -storepass says pass right before the value",
    "python_pymysql_connect_third_positional": "positional arguments were removed in PyMySQL 1.0",
    "mssql_sp_addlogin_second": "deprecated procedure, near-duplicate of sp_addlinkedsrvlogin",
    "irc_registration_pass_command": "near-duplicate of the FTP PASS line",
    "csharp_mailkit_authenticate_second": "one more SMTP login call (JavaMail, Go smtp, Ruby Net::SMTP and lettre kept)",
    "node_ldapjs_client_bind_second": "one more LDAP bind (ldapsearch, ldapadd, ldap3 and Go ldap kept)",
    "php_ldap_bind_third": "one more LDAP bind",
}

FIXED_USERS = ["dan.workshop", "priya.desk", "mo.fleet", "lou.claims", "sam.tills"]


def build(syntax, family, tpl, pw, rng):
    u = rng.choice(USERS)
    h = rng.choice(HOSTS)
    hidden = None
    if tpl == "FW":
        rows = []
        col = None
        for i, name in enumerate(FIXED_USERS[:3]):
            st = "bench-%d" % (i + 1)
            code = SLOT if i == 1 else "ROTATE-AT-OPEN"
            line = name.ljust(20) + st.ljust(20) + (code if code != SLOT else SLOT)
            rows.append(line)
        head = "# workshop_tablet.dat  cols 1-20 user, 21-40 bench, 41-60 unlock\n"
        # pad the slot line to 60 columns after substitution
        t = head + "\n".join(r if SLOT not in r else r + "\x01" for r in rows) + "\n"
        pad = " " * (20 - len(pw))
        return t.replace("\x01", pad), None
    if tpl == "TSV":
        return ("ride_date\tleader\tunlock\tgroup\n2025-06-14\t%s\t%s\tgravel-b\n" % (u, SLOT)), None
    if tpl == "B64NPM":
        value = base64.b64encode(("%s:%s" % (u, pw)).encode()).decode()
        return ("registry=https://npm.velocityhire.example/\n//npm.velocityhire.example/:_auth=%s\nalways-auth=true\n" % SLOT), ("b64", value, pw)
    if tpl == "B64DOCKER":
        value = base64.b64encode(("%s:%s" % (u, pw)).encode()).decode()
        return ("{\n  \"auths\": {\n    \"registry.velocityhire.example\": {\n      \"auth\": \"%s\"\n    }\n  }\n}\n" % SLOT), ("b64", value, pw)
    if tpl == "RESP":
        return ("# redis-server:6379 <- hire-api (tcpdump -A)\n*2\\r\\n$4\\r\\nAUTH\\r\\n$%d\\r\\n%s\\r\\n\n+OK\\r\\n\n" % (len(pw), SLOT)), None
    if tpl == "PGWIRE":
        return ("Frame 14: PostgreSQL\n  Type: Authentication request (R) MD5/cleartext=3\nFrame 15: PostgreSQL\n  Type: Password message (p)\n  Length: %d\n  Password: %s\n"
                % (len(pw) + 5, SLOT)), None
    t = tpl.replace("{P}", SLOT).replace("{U}", u).replace("{H}", h).replace("{N}", str(len(pw)))
    return t, None


def syntaxes():
    return [s for s in S if s[0] not in SET_ASIDE]


def generate(reg, start_index):
    rng = random.Random(SEED)
    out = []
    hidden_pws = []
    n = start_index
    for syntax, family, tpl in syntaxes():
        pw = reg.draw(lambda: owner_password(rng, strict=True))
        t, hid = build(syntax, family, tpl, pw, rng)
        value = pw
        if hid:
            value = hid[1]
            if not reg.add(value):
                raise RuntimeError("b64 collision")
            hidden_pws.append(pw)
        typ = PW_PREFIX + syntax
        rec = span_record("p207-s-%04d" % n, typ, typ + "__" + SUFFIX[family], t, value, "password")
        out.append(rec)
        n += 1
    return out, hidden_pws
