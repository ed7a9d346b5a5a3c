"""Positional passwords: passwords passed without a telling `password=` key."""
import base64
import random

from common172 import SLOT, owner_pw, digits, positive

SEED = 17203
PW_PREFIX = "drivpw_"
SUFFIX = {
    "sh": "instructor_laptop_shell_history",
    "code": "booking_backend_source_excerpt",
    "file": "school_server_config_file",
    "wire": "test_centre_lan_capture",
    "gui": "mock_test_qa_automation_script",
}
USERS = ["booking_app", "diary_sync", "adi_admin", "kiosk_op", "certbot_svc", "fleet_ops", "efile_user",
         "theory_ro", "progress_etl", "dashcam_up", "mq_lessons", "reports_ro"]
HOSTS = ["db1.drivewell.lan", "10.40.2.15", "mq.safelanes.internal", "files.drivewell.lan", "10.40.8.31",
         "dc01.drivewell.lan", "mail.safelanes.example", "tc-gw.drivewell.lan", "172.20.4.12", "nas02.drivewell.lan"]
P, U, H, L = "\u27e8P\u27e9", "\u27e8U\u27e9", "\u27e8H\u27e9", "\u27e8L\u27e9"
B64 = "\u27e8B\u27e9"   # span is Base64 of NUL user NUL password

# (syntax, category, template)
SYNTAXES = [
    ("mysql_client_glued_lower_p_execute", "sh", "mysql -u ⟨U⟩ -p⟨P⟩ -h ⟨H⟩ lessons -e 'select count(*) from bookings where day = curdate()'"),
    ("mysqldump_glued_lower_p_single_transaction", "sh", "mysqldump --single-transaction -h ⟨H⟩ -u ⟨U⟩ -p⟨P⟩ lessons > /backup/lessons-$(date +%F).sql"),
    ("mongosh_lower_p_after_lower_u", "sh", "mongosh \"mongodb://⟨H⟩:27017/progress\" -u ⟨U⟩ -p ⟨P⟩ --authenticationDatabase admin"),
    ("cqlsh_lower_p_after_lower_u", "sh", "cqlsh ⟨H⟩ 9042 -u ⟨U⟩ -p ⟨P⟩ -k telematics -e 'select count(*) from trips;'"),
    ("cypher_shell_lower_p_after_lower_u", "sh", "cypher-shell -a neo4j://⟨H⟩:7687 -u ⟨U⟩ -p ⟨P⟩ 'MATCH (r:Route) RETURN count(r);'"),
    ("firebird_isql_lower_p_after_lower_user", "sh", "isql-fb -user ⟨U⟩ -p ⟨P⟩ ⟨H⟩:/data/theory.fdb -i export_questions.sql"),
    ("sybase_isql_capital_p_after_capital_u", "sh", "isql -U ⟨U⟩ -P ⟨P⟩ -S LEGACYCERTS -D certs -i daily_certs.sql"),
    ("rabbitmqadmin_lower_p_after_lower_u", "sh", "rabbitmqadmin -H ⟨H⟩ -u ⟨U⟩ -p ⟨P⟩ list queues name messages"),
    ("rabbitmqctl_add_user_second_positional", "sh", "sudo rabbitmqctl add_user ⟨U⟩ ⟨P⟩ && sudo rabbitmqctl set_permissions -p /lessons ⟨U⟩ '.*' '.*' '.*'"),
    ("redis_cli_lower_a_no_auth_warning", "sh", "redis-cli -h ⟨H⟩ -a ⟨P⟩ --no-auth-warning LLEN reminder_queue"),
    ("etcdctl_user_flag_colon_pair", "sh", "etcdctl --endpoints=https://⟨H⟩:2379 --user ⟨U⟩:⟨P⟩ get /booking/feature-flags"),
    ("consul_http_auth_env_colon_pair", "sh", "export CONSUL_HTTP_AUTH=⟨U⟩:⟨P⟩\nconsul kv get booking/slots/max-per-day"),
    ("htpasswd_batch_fourth_positional", "sh", "sudo htpasswd -b -B /etc/nginx/.htpasswd-examiners ⟨U⟩ ⟨P⟩"),
    ("chpasswd_stdin_user_colon_pair", "sh", "echo '⟨U⟩:⟨P⟩' | sudo chpasswd"),
    ("rclone_obscure_first_positional", "sh", "rclone obscure ⟨P⟩ > ~/.config/exams/ftp.obscured"),
    ("sshpass_lower_p_before_ssh", "sh", "sshpass -p ⟨P⟩ ssh ⟨U⟩@⟨H⟩ 'sudo systemctl restart dashcam-sync'"),
    ("xfreerdp_slash_p_colon", "sh", "xfreerdp /v:⟨H⟩ /u:⟨U⟩ /p:⟨P⟩ /cert:ignore /dynamic-resolution"),
    ("rdesktop_lower_p_after_lower_u", "sh", "rdesktop -u ⟨U⟩ -p ⟨P⟩ -g 1600x900 ⟨H⟩"),
    ("vncpasswd_f_stdin_echo", "sh", "echo '⟨P⟩' | vncpasswd -f > ~/.vnc/kiosk.passwd"),
    ("wpa_passphrase_second_positional", "sh", "wpa_passphrase DW-Car12-Hotspot ⟨P⟩ | sudo tee -a /etc/wpa_supplicant/wpa_supplicant.conf"),
    ("net_user_add_second_positional", "sh", "net user ⟨U⟩ ⟨P⟩ /add /fullname:\"Test Centre Kiosk\""),
    ("ldapsearch_lower_w_after_capital_d", "sh", "ldapsearch -x -H ldaps://⟨H⟩ -D 'cn=⟨U⟩,ou=svc,dc=drivewell,dc=lan' -w ⟨P⟩ -b 'ou=instructors,dc=drivewell,dc=lan' mail"),
    ("ldappasswd_lower_s_new_value", "sh", "ldappasswd -x -H ldap://⟨H⟩ -D cn=admin,dc=drivewell,dc=lan -W -s ⟨P⟩ uid=⟨U⟩,ou=people,dc=drivewell,dc=lan"),
    ("smbclient_capital_u_percent_pair", "sh", "smbclient //⟨H⟩/certificates -U ⟨U⟩%⟨P⟩ -c 'ls 2024-06/*'"),
    ("rpcclient_capital_u_domain_percent_pair", "sh", "rpcclient -U 'DRIVEWELL\\⟨U⟩%⟨P⟩' ⟨H⟩ -c enumdomusers"),
    ("httpie_lower_a_colon_pair", "sh", "http -a ⟨U⟩:⟨P⟩ GET https://⟨H⟩/api/v1/slots date==2024-07-01"),
    ("docker_login_lower_p_after_lower_u", "sh", "docker login -u ⟨U⟩ -p ⟨P⟩ registry.drivewell.example"),
    ("skopeo_src_creds_colon_pair", "sh", "skopeo copy --src-creds ⟨U⟩:⟨P⟩ docker://registry.vendor.example/dashcam/agent:3.2 docker://registry.drivewell.example/dashcam/agent:3.2"),
    ("pip_index_url_flag_userinfo", "sh", "pip install --index-url https://⟨U⟩:⟨P⟩@pypi.drivewell.example/simple theory-bank-tools==1.4.2"),
    ("poetry_config_http_basic_third", "sh", "poetry config http-basic.drivewell ⟨U⟩ ⟨P⟩"),
    ("uv_index_url_env_userinfo", "sh", "UV_INDEX_URL=https://⟨U⟩:⟨P⟩@pypi.drivewell.example/simple uv sync --frozen"),
    ("composer_config_http_basic_third", "sh", "composer config --global http-basic.repo.drivewell.example ⟨U⟩ ⟨P⟩"),
    ("curlftpfs_url_userinfo", "sh", "curlftpfs ftp://⟨U⟩:⟨P⟩@⟨H⟩/uploads /mnt/court-uploads -o allow_other"),
    ("elasticdump_input_url_userinfo", "sh", "elasticdump --input=https://⟨U⟩:⟨P⟩@⟨H⟩:9200/telematics-2024.06 --output=/backup/telematics.json"),
    ("pgloader_source_url_userinfo", "sh", "pgloader mysql://⟨U⟩:⟨P⟩@⟨H⟩/legacy_bookings postgresql:///bookings"),
    ("golang_migrate_database_flag_url_userinfo", "sh", "migrate -path db/migrations -database 'postgres://⟨U⟩:⟨P⟩@⟨H⟩:5432/lessons?sslmode=require' up"),
    ("atlas_schema_apply_url_userinfo", "sh", "atlas schema apply -u 'mysql://⟨U⟩:⟨P⟩@⟨H⟩:3306/diary' --to file://schema.hcl --auto-approve"),
    ("usql_positional_dsn_userinfo", "sh", "usql pg://⟨U⟩:⟨P⟩@⟨H⟩/progress -c 'select count(*) from mock_attempts'"),
    ("clickhouse_client_positional_url_userinfo", "sh", "clickhouse client 'clickhouse://⟨U⟩:⟨P⟩@⟨H⟩:9000/telemetry' -q 'SELECT count() FROM trips'"),
    ("mosquitto_passwd_batch_third_positional", "sh", "sudo mosquitto_passwd -b /etc/mosquitto/passwd ⟨U⟩ ⟨P⟩"),
    ("influx_setup_lower_p_after_lower_u", "sh", "influx setup -u ⟨U⟩ -p ⟨P⟩ -o drivewell -b telematics -r 90d -f"),
    ("grafana_cli_reset_admin_positional", "sh", "sudo grafana-cli admin reset-admin-password ⟨P⟩"),
    ("hivemq_mqtt_cli_pw_flag", "sh", "mqtt pub -h ⟨H⟩ -u ⟨U⟩ -pw ⟨P⟩ -t cars/dw12/cmd -m reboot"),
    ("zip_capital_p_flag", "sh", "zip -P ⟨P⟩ -r learner-docs-2024.zip learner-docs/"),
    ("unrar_glued_lower_p", "sh", "unrar x -p⟨P⟩ dashcam-export.rar /srv/clips/"),
    ("pdftk_input_pw_keyword", "sh", "pdftk certificate-batch.pdf input_pw ⟨P⟩ output certificate-batch-open.pdf"),
    ("veracrypt_text_lower_p", "sh", "veracrypt --text --mount /dev/sdb1 /media/exams -p ⟨P⟩ --pim=0 --keyfiles= --protect-hidden=no"),
    ("keytool_storepass_flag", "sh", "keytool -list -keystore booking-api.p12 -storetype PKCS12 -storepass ⟨P⟩"),
    ("openssl_rsa_passin_pass_prefix", "sh", "openssl rsa -in efile-client.key -passin pass:⟨P⟩ -out efile-client.nopass.key"),
    ("openssl_passwd_stdin_pipe", "sh", "printf '%s' '⟨P⟩' | openssl passwd -6 -stdin"),
    ("passwd_stdin_flag_echo", "sh", "echo '⟨P⟩' | sudo passwd --stdin ⟨U⟩"),
    ("encfs_extpass_echo_command", "sh", "encfs --extpass='echo ⟨P⟩' /srv/.learner-ids /srv/learner-ids"),
    ("snmpget_v2c_lower_c_community", "sh", "snmpget -v2c -c ⟨P⟩ ⟨H⟩ 1.3.6.1.2.1.1.3.0"),
    ("swaks_ap_short_flag", "sh", "swaks --to test@drivewell.example --server ⟨H⟩:587 -tls -au ⟨U⟩ -ap ⟨P⟩"),
    ("cups_lpadmin_device_uri_userinfo", "sh", "sudo lpadmin -p Certificates -E -v smb://⟨U⟩:⟨P⟩@⟨H⟩/CERT-PRINTER -m everywhere"),
    ("dashcam_cgi_snapshot_url_userinfo", "sh", "curl -s 'http://⟨U⟩:⟨P⟩@192.168.1.254/cgi-bin/snapshot.cgi?chn=1' -o front.jpg"),
    ("gst_rtspsrc_user_pw_properties", "sh", "gst-launch-1.0 rtspsrc location=rtsp://⟨H⟩:554/stream1 user-id=⟨U⟩ user-pw=⟨P⟩ ! decodebin ! autovideosink"),
    ("sqlcipher_pragma_key_quoted", "sh", "$ sqlcipher offline-progress.db\nsqlite> PRAGMA key = '⟨P⟩';\nsqlite> select count(*) from lessons;"),
    ("dsadd_user_pwd_flag", "sh", "dsadd user \"CN=⟨U⟩,OU=Kiosks,DC=drivewell,DC=lan\" -pwd ⟨P⟩ -mustchpwd no"),
    ("p4_login_stdin_echo", "sh", "echo '⟨P⟩' | p4 -p ssl:⟨H⟩:1666 -u ⟨U⟩ login"),
    ("cf_login_lower_p_after_lower_u", "sh", "cf login -a https://api.sys.drivewell.example -u ⟨U⟩ -p ⟨P⟩ -o booking -s prod"),
    ("oc_login_lower_p_after_lower_u", "sh", "oc login -u ⟨U⟩ -p ⟨P⟩ https://api.okd.drivewell.lan:6443"),
    ("ncftpget_lower_p_after_lower_u", "sh", "ncftpget -u ⟨U⟩ -p ⟨P⟩ ⟨H⟩ . /outgoing/fuel-2024-06.csv"),
    ("apachebench_capital_a_colon_pair", "sh", "ab -n 200 -c 10 -A ⟨U⟩:⟨P⟩ https://⟨H⟩/api/slots"),
    # ---------------------------------------------------------------- code
    ("python_ldap3_connection_third_positional", "code", "server = Server('ldaps://⟨H⟩')\nconn = Connection(server, 'cn=⟨U⟩,ou=svc,dc=drivewell,dc=lan', '⟨P⟩', auto_bind=True)"),
    ("python_pika_plaincredentials_second", "code", "creds = pika.PlainCredentials('⟨U⟩', '⟨P⟩')\nparams = pika.ConnectionParameters('⟨H⟩', 5672, '/lessons', creds)"),
    ("python_httpx_basicauth_second", "code", "auth = httpx.BasicAuth('⟨U⟩', '⟨P⟩')\nresp = httpx.get(f'{BASE}/slots', auth=auth)"),
    ("python_requests_digest_auth_second", "code", "r = requests.get(cam_url, auth=HTTPDigestAuth('⟨U⟩', '⟨P⟩'), timeout=10)"),
    ("python_pywinrm_session_auth_tuple_second", "code", "s = winrm.Session('⟨H⟩', auth=('⟨U⟩', '⟨P⟩'), transport='ntlm')\nprint(s.run_ps('Get-Service Kiosk*').std_out)"),
    ("python_exchangelib_credentials_second", "code", "creds = Credentials('⟨U⟩@drivewell.example', '⟨P⟩')\naccount = Account('bookings@drivewell.example', credentials=creds, autodiscover=True)"),
    ("python_pymssql_connect_third_positional", "code", "conn = pymssql.connect('⟨H⟩', '⟨U⟩', '⟨P⟩', 'Certificates')"),
    ("python_keyring_set_password_third", "code", "keyring.set_password('test-booking-portal', '⟨U⟩', '⟨P⟩')"),
    ("node_redis_createclient_url_userinfo", "code", "const client = createClient({ url: 'redis://⟨U⟩:⟨P⟩@⟨H⟩:6379/2' });\nawait client.connect();"),
    ("node_btoa_user_colon_pair_argument", "code", "headers.Authorization = 'Basic ' + btoa('⟨U⟩:⟨P⟩');"),
    ("node_pg_pool_connection_string_userinfo", "code", "const pool = new Pool({ connectionString: 'postgresql://⟨U⟩:⟨P⟩@⟨H⟩/lessons', max: 10 });"),
    ("go_ssh_password_auth_method_single", "code", "cfg := &ssh.ClientConfig{\n\tUser: \"⟨U⟩\",\n\tAuth: []ssh.AuthMethod{ssh.Password(\"⟨P⟩\")},\n}"),
    ("go_smtp_plainauth_third", "code", "auth := smtp.PlainAuth(\"\", \"⟨U⟩\", \"⟨P⟩\", \"⟨H⟩\")"),
    ("go_ldap_conn_bind_second", "code", "if err := l.Bind(\"cn=⟨U⟩,ou=svc,dc=drivewell,dc=lan\", \"⟨P⟩\"); err != nil {\n\treturn err\n}"),
    ("go_url_userpassword_second", "code", "u, _ := url.Parse(\"https://⟨H⟩/feeds/fuel\")\nu.User = url.UserPassword(\"⟨U⟩\", \"⟨P⟩\")"),
    ("java_passwordauthentication_chararray", "code", "protected PasswordAuthentication getPasswordAuthentication() {\n    return new PasswordAuthentication(\"⟨U⟩\", \"⟨P⟩\".toCharArray());\n}"),
    ("java_javamail_transport_connect_fourth", "code", "Transport transport = session.getTransport(\"smtp\");\ntransport.connect(\"⟨H⟩\", 587, \"⟨U⟩\", \"⟨P⟩\");"),
    ("java_jedis_auth_single", "code", "Jedis jedis = new Jedis(\"⟨H⟩\", 6379);\njedis.auth(\"⟨P⟩\");"),
    ("kotlin_exposed_database_connect_fourth", "code", "Database.connect(\"jdbc:postgresql://⟨H⟩:5432/diary\", \"org.postgresql.Driver\", \"⟨U⟩\", \"⟨P⟩\")"),
    ("csharp_mailkit_authenticate_second", "code", "await client.ConnectAsync(\"⟨H⟩\", 587, SecureSocketOptions.StartTls);\nawait client.AuthenticateAsync(\"⟨U⟩\", \"⟨P⟩\");"),
    ("csharp_sshnet_sftpclient_ctor_fourth", "code", "using var sftp = new SftpClient(\"⟨H⟩\", 22, \"⟨U⟩\", \"⟨P⟩\");\nsftp.Connect();"),
    ("csharp_fluentftp_ctor_third", "code", "var ftp = new FtpClient(\"⟨H⟩\", \"⟨U⟩\", \"⟨P⟩\");\nftp.AutoConnect();"),
    ("ruby_net_smtp_start_fifth", "code", "Net::SMTP.start('⟨H⟩', 587, 'drivewell.example', '⟨U⟩', '⟨P⟩', :login) do |smtp|\n  smtp.send_message msg, from, to\nend"),
    ("ruby_net_imap_login_second", "code", "imap = Net::IMAP.new('⟨H⟩', ssl: true)\nimap.login('⟨U⟩', '⟨P⟩')"),
    ("ruby_net_pop3_start_fourth", "code", "Net::POP3.start('⟨H⟩', 110, '⟨U⟩', '⟨P⟩') do |pop|\n  pop.each_mail { |m| handle(m.pop) }\nend"),
    ("php_ldap_bind_third", "code", "$ds = ldap_connect('ldaps://⟨H⟩');\n$ok = ldap_bind($ds, 'cn=⟨U⟩,dc=drivewell,dc=lan', '⟨P⟩');"),
    ("php_pdo_ctor_third", "code", "$pdo = new PDO('mysql:host=⟨H⟩;dbname=lessons;charset=utf8mb4', '⟨U⟩', '⟨P⟩');"),
    ("php_ssh2_auth_password_third", "code", "$conn = ssh2_connect('⟨H⟩', 22);\nssh2_auth_password($conn, '⟨U⟩', '⟨P⟩');"),
    ("perl_net_smtp_auth_second", "code", "my $smtp = Net::SMTP->new('⟨H⟩', Port => 587);\n$smtp->auth('⟨U⟩', '⟨P⟩') or die \"auth failed\";"),
    ("rust_lettre_credentials_new_second", "code", "let creds = Credentials::new(\"⟨U⟩\".to_owned(), \"⟨P⟩\".to_owned());"),
    ("rust_ssh2_userauth_password_second", "code", "sess.handshake()?;\nsess.userauth_password(\"⟨U⟩\", \"⟨P⟩\")?;"),
    ("sql_create_user_identified_by", "code", "CREATE USER '⟨U⟩'@'10.40.%' IDENTIFIED BY '⟨P⟩';\nGRANT SELECT ON lessons.* TO '⟨U⟩'@'10.40.%';"),
    ("oracle_alter_user_identified_by_quoted", "code", "ALTER USER ⟨U⟩ IDENTIFIED BY \"⟨P⟩\" ACCOUNT UNLOCK;"),
    ("mssql_sp_addlogin_second", "code", "EXEC sp_addlogin '⟨U⟩', '⟨P⟩', 'Certificates';"),
    # ---------------------------------------------------------------- gui automation
    ("adb_shell_input_text_single", "gui", "adb -s R58M41XYZ shell input tap 540 1210\nadb -s R58M41XYZ shell input text '⟨P⟩'"),
    ("xdotool_type_argument", "gui", "xdotool search --name 'Test Booking' windowactivate --sync type '⟨P⟩'"),
    ("playwright_page_fill_second", "gui", "await page.fill('#field-1', '⟨U⟩');\nawait page.fill('#field-2', '⟨P⟩');\nawait page.click('text=Sign in');"),
    ("cypress_get_type_chained", "gui", "cy.get('[data-cy=login-field-2]').type('⟨P⟩', { log: false })"),
    ("selenium_python_send_keys_argument", "gui", "driver.find_element(By.ID, 'f2').send_keys('⟨P⟩')"),
    ("capybara_fill_in_with_keyword", "gui", "fill_in 'login_field_2', with: '⟨P⟩'\nclick_button 'Continue'"),
    ("uiautomator_set_text", "gui", "device.findObject(By.res(\"com.drivewell.learner:id/field2\")).setText(\"⟨P⟩\")"),
    ("autohotkey_sendraw_line", "gui", "WinActivate, Test Centre Portal\nSendRaw ⟨P⟩\nSend {Enter}"),
    ("applescript_keystroke_string", "gui", "tell application \"System Events\" to keystroke \"⟨P⟩\"\ntell application \"System Events\" to key code 36"),
    # ---------------------------------------------------------------- files with fixed fields
    ("git_credentials_file_url_userinfo", "file", "# ~/.git-credentials\nhttps://⟨U⟩:⟨P⟩@git.drivewell.example"),
    ("pgpass_file_fifth_field", "file", "# ~/.pgpass\n⟨H⟩:5432:lessons:⟨U⟩:⟨P⟩"),
    ("rsyncd_secrets_user_colon_pair", "file", "# /etc/rsyncd.secrets (chmod 600)\n⟨U⟩:⟨P⟩"),
    ("vsftpd_virtual_users_txt_even_line", "file", "# /etc/vsftpd/virtual_users.txt\n⟨U⟩\n⟨P⟩"),
    ("dovecot_passwd_file_plain_scheme_field", "file", "# /etc/dovecot/users\n⟨U⟩:{PLAIN}⟨P⟩::::::"),
    ("postfix_sasl_passwd_map_colon_pair", "file", "# /etc/postfix/sasl_passwd\n[⟨H⟩]:587 ⟨U⟩:⟨P⟩"),
    ("mutt_smtp_url_userinfo", "file", "# ~/.muttrc\nset from = \"office@drivewell.example\"\nset smtp_url = \"smtps://⟨U⟩:⟨P⟩@⟨H⟩:465/\""),
    ("openvpn_auth_file_second_line", "file", "$ sudo cat /etc/openvpn/client/office.auth\n⟨U⟩\n⟨P⟩"),
    ("strongswan_ipsec_secrets_eap_quoted", "file", "# /etc/ipsec.secrets\n⟨U⟩ : EAP \"⟨P⟩\""),
    ("pppd_pap_secrets_third_column", "file", "# /etc/ppp/pap-secrets\n# client  server  secret  IP\n\"⟨U⟩\"  *  \"⟨P⟩\"  *"),
    ("proxychains_conf_socks5_fifth_token", "file", "[ProxyList]\n# type host port user pass\nsocks5 10.40.0.9 1080 ⟨U⟩ ⟨P⟩"),
    ("snmpd_conf_createuser_fourth_token", "file", "# /etc/snmp/snmpd.conf\ncreateUser ⟨U⟩ SHA ⟨P⟩\nrouser ⟨U⟩ authnopriv"),
    ("redis_conf_masterauth_directive", "file", "# /etc/redis/replica.conf\nreplicaof ⟨H⟩ 6379\nmasterauth ⟨P⟩"),
    ("pgbouncer_userlist_second_quoted", "file", "# /etc/pgbouncer/userlist.txt\n\"⟨U⟩\" \"⟨P⟩\""),
    ("curlrc_user_option_colon_pair", "file", "# ~/.curlrc\nsilent\nuser = \"⟨U⟩:⟨P⟩\""),
    ("learner_accounts_headerless_csv_third_column", "file", "L20417,⟨U⟩,⟨P⟩,2024-06-03,manual-import"),
    ("instructor_roster_pipe_fifth_field", "file", "ADI|⟨U⟩|Jordan|Reyes|⟨P⟩|active|2024-05-30"),
    # ---------------------------------------------------------------- protocol exchanges
    ("imap_login_command_second_atom", "wire", "S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\nC: a1 LOGIN ⟨U⟩ ⟨P⟩\nS: a1 OK LOGIN completed"),
    ("pop3_pass_verb_after_user", "wire", "S: +OK POP3 ready\nC: USER ⟨U⟩\nS: +OK\nC: PASS ⟨P⟩\nS: +OK maildrop has 3 messages"),
    ("smtp_auth_plain_b64_nul_triple", "wire", "S: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN ⟨B⟩\nS: 235 2.7.0 Authentication successful"),
    ("redis_resp_auth_bulk_string", "wire", "*2\\r\\n$4\\r\\nAUTH\\r\\n$⟨L⟩\\r\\n⟨P⟩\\r\\n\n+OK\\r\\n"),
    ("irc_nickserv_identify_second", "wire", ":⟨U⟩!~bot@⟨H⟩ PRIVMSG NickServ :IDENTIFY ⟨U⟩ ⟨P⟩\n:NickServ NOTICE ⟨U⟩ :You are now identified"),
    ("stomp_connect_passcode_header", "wire", "CONNECT\naccept-version:1.2\nhost:⟨H⟩\nlogin:⟨U⟩\npasscode:⟨P⟩\n\n^@"),
    ("amqp_start_ok_plain_response_nul_separated", "wire", "AMQP Connection.Start-Ok\n    Mechanism: PLAIN\n    Response: \\000⟨U⟩\\000⟨P⟩\n    Locale: en_US"),
]
BASE64_SYNTAXES = {"smtp_auth_plain_b64_nul_triple"}


# Syntaxes whose command or function name still says "password" / "passwd" / "pass" - the weakest
# positional cases; they go last so that they form the unused tail.
WEAK = ["grafana_cli_reset_admin_positional", "python_keyring_set_password_third", "php_ssh2_auth_password_third",
        "rust_ssh2_userauth_password_second", "java_passwordauthentication_chararray",
        "go_ssh_password_auth_method_single", "openssl_passwd_stdin_pipe", "passwd_stdin_flag_echo",
        "vncpasswd_f_stdin_echo", "pop3_pass_verb_after_user", "stomp_connect_passcode_header"]


def select(deny_names, name_hits):
    kept, dropped = [], []
    ordered = [s for s in SYNTAXES if s[0] not in WEAK] + [s for s in SYNTAXES if s[0] in WEAK]
    for s in ordered:
        bad = name_hits(s[0], deny_names) or name_hits(PW_PREFIX + s[0], deny_names)
        (dropped if bad else kept).append(s)
    return kept[:120], kept[120:], dropped


def generate(reg, chosen):
    rng = random.Random(SEED)
    out = []
    for name, cat, tpl in chosen:
        u = rng.choice(USERS)
        h = rng.choice(HOSTS)
        if name in BASE64_SYNTAXES:
            while True:
                pw = owner_pw(rng, safe=True)
                val = base64.b64encode(("\0" + u + "\0" + pw).encode()).decode()
                if reg.ok(val) and reg.ok(pw):
                    break
            reg.add(val)
            t = tpl.replace("\u27e8B\u27e9", SLOT)
        else:
            val = reg.draw(lambda: owner_pw(rng, safe=True))
            t = tpl.replace("\u27e8P\u27e9", SLOT).replace("\u27e8L\u27e9", str(len(val)))
        t = t.replace("\u27e8U\u27e9", u).replace("\u27e8H\u27e9", h)
        if cat == "sh" and not t.startswith("$ "):
            t = "drivewell@ops-laptop:~$ " + t
        if cat == "wire":
            t = "[capture test-centre-lan eth0 #%s]\n%s" % (digits(rng, 4), t)
        typ = PW_PREFIX + name
        out.append(positive("tmp", typ, typ + "__" + SUFFIX[cat], t, val, "password"))
    return out
