"""Positional passwords: passed without a telling password= key."""
import random
from common164 import password, place, span_record

SEED = 16403
PREFIX = "salonpw_"
SUFFIXES = ["salon_it_zsh_history", "booking_ops_runbook_md", "kiosk_provisioning_notes",
            "spa_backend_source_excerpt"]

# (syntax, template) — «V» password, «U» user, «H» host
SYNTAXES = [
    ("mysqldump_glued_lower_p", "$ mysqldump -h db.«H» -u «U» -p«V» salon_pos appointments > appts.sql"),
    ("mysqlimport_glued_lower_p", "$ mysqlimport --local -h db.«H» -u «U» -p«V» salon_pos stock_count.csv"),
    ("mariadb_client_glued_lower_p", "$ mariadb -h db.«H» -u «U» -p«V» -e 'SELECT COUNT(*) FROM bookings'"),
    ("mongodump_lower_p_after_lower_u", "$ mongodump --host loyalty.«H» -u «U» -p «V» --authenticationDatabase admin --db loyalty"),
    ("mongorestore_uri_flag_userinfo", "$ mongorestore --uri 'mongodb://«U»:«V»@loyalty.«H»:27017/?authSource=admin' dump/"),
    ("mongosh_srv_uri_userinfo", "$ mongosh 'mongodb+srv://«U»:«V»@cluster0.«H»/clients'"),
    ("mongo_shell_changeuserpassword_second", "> use admin\n> db.changeUserPassword(\"«U»\", \"«V»\")"),
    ("redis_cli_lower_a_flag", "$ redis-cli -h cache.«H» -p 6379 -a «V» --no-auth-warning LLEN reminders:queue"),
    ("redis_acl_setuser_greater_than_rule", "127.0.0.1:6379> ACL SETUSER «U» on >«V» ~reminders:* +@list"),
    ("redis_resp_auth_bulk_string", "*2\r\n$4\r\nAUTH\r\n$«L»\r\n«V»\r\n+OK\r\n"),
    ("rabbitmqadmin_lower_p_after_lower_u", "$ rabbitmqadmin -H mq.«H» -u «U» -p «V» list queues name messages"),
    ("rabbitmqctl_add_user_second_positional", "$ sudo rabbitmqctl add_user «U» «V»\nAdding user \"«U»\" ..."),
    ("rabbitmqctl_change_password_second", "$ sudo rabbitmqctl change_password «U» «V»"),
    ("influx_setup_lower_p_after_lower_u", "$ influx setup -u «U» -p «V» -o glowbook -b kiosk_metrics -r 30d -f"),
    ("cqlsh_lower_p_after_lower_u", "$ cqlsh cass.«H» 9042 -u «U» -p «V» -k booking_events"),
    ("cypher_shell_lower_p_after_lower_u", "$ cypher-shell -a neo4j://graph.«H»:7687 -u «U» -p «V» 'MATCH (c:Client) RETURN count(c)'"),
    ("sybase_isql_capital_p_after_capital_u", "$ isql -S LEGACYPOS -U «U» -P «V» -i nightly_totals.sql"),
    ("sqlplus_user_slash_pass_at_alias", "$ sqlplus «U»/«V»@SPAPROD @refresh_rooms.sql"),
    ("sqlldr_userid_slash_pair", "$ sqlldr userid=«U»/«V»@SPAPROD control=treatments.ctl log=treatments.log"),
    ("mssql_sp_addlogin_second_argument", "EXEC sp_addlogin 'giftcard_reader', '«V»', 'GiftCards';\nGO"),
    ("mssql_sp_addlinkedsrvlogin_fifth_argument", "EXEC sp_addlinkedsrvlogin 'LEGACYPOS', 'false', NULL, '«U»', '«V»';"),
    ("mssql_openrowset_semicolon_triple", "SELECT * FROM OPENROWSET('MSOLEDBSQL', 'pos.«H»';'«U»';'«V»', 'SELECT * FROM dbo.Tills');"),
    ("oracle_database_link_identified_by", "CREATE DATABASE LINK spa_legacy CONNECT TO «U» IDENTIFIED BY \"«V»\" USING 'SPAOLD';"),
    ("mysql_federated_connection_url", "CREATE TABLE remote_stock (sku VARCHAR(20), qty INT)\n  ENGINE=FEDERATED CONNECTION='mysql://«U»:«V»@stock.«H»:3306/retail/stock';"),
    ("sql_insert_values_without_column_list", "INSERT INTO staff_logins VALUES (42, 'maria.k', '«V»', 'stylist', NOW());"),
    ("psql_positional_postgresql_uri", "$ psql postgresql://«U»:«V»@db.«H»:5432/salon -c '\\dt'"),
    ("pgloader_source_uri_userinfo", "$ pgloader mysql://«U»:«V»@oldpos.«H»/salon postgresql:///salon"),
    ("dbmate_url_flag_userinfo", "$ dbmate --url 'postgres://«U»:«V»@db.«H»:5432/booking?sslmode=require' up"),
    ("golang_migrate_database_flag_userinfo", "$ migrate -path ./migrations -database 'postgres://«U»:«V»@db.«H»:5432/rooms' up"),
    ("usql_positional_url_userinfo", "$ usql pg://«U»:«V»@db.«H»/salon -c 'select now()'"),
    ("mycli_positional_url_userinfo", "$ mycli mysql://«U»:«V»@db.«H»:3306/salon_pos"),
    ("curl_upload_ftp_url_userinfo", "$ curl -T payroll_week23.csv ftp://«U»:«V»@ftp.«H»/incoming/"),
    ("lftp_open_sftp_url_userinfo", "$ lftp sftp://«U»:«V»@files.«H» -e 'mirror -R exports /drop; bye'"),
    ("ncftpput_lower_p_after_lower_u", "$ ncftpput -u «U» -p «V» ftp.«H» /upload stock_count.csv"),
    ("curlftpfs_url_userinfo", "$ curlftpfs ftp://«U»:«V»@ftp.«H»/ /mnt/supplier -o allow_other"),
    ("wget_https_url_userinfo", "$ wget https://«U»:«V»@reports.«H»/export/commission_may.xlsx"),
    ("rclone_obscure_positional", "$ rclone obscure «V» | xclip -selection clipboard"),
    ("rsyncd_secrets_user_colon", "# /etc/rsyncd.secrets\n«U»:«V»"),
    ("vsftpd_virtual_users_alternating_lines", "# /etc/vsftpd/virtual_users.txt (odd lines users, even lines passes)\n«U»\n«V»"),
    ("smbclient_capital_u_percent_pair", "$ smbclient //nas.«H»/colour-charts -U «U»%«V» -c 'ls'"),
    ("smbclient_positional_after_service", "$ smbclient //nas.«H»/receipts «V» -U «U» -c 'get z_report.pdf'"),
    ("samba_tool_user_create_second_positional", "$ sudo samba-tool user create «U» «V» --given-name=Front --surname=Desk"),
    ("htdbm_batch_fourth_positional", "$ htdbm -bc /etc/apache2/staff.db «U» «V»"),
    ("passwd_stdin_flag_echo", "$ echo '«V»' | sudo passwd --stdin «U»"),
    ("openssl_passwd_sha512_positional", "$ sudo useradd -m -p \"$(openssl passwd -6 '«V»')\" «U»"),
    ("openssl_passwd_apr1_positional", "$ printf 'frontdesk:%s\\n' \"$(openssl passwd -apr1 «V»)\" >> /etc/nginx/.htpasswd"),
    ("mkpasswd_sha512_positional", "$ mkpasswd -m sha-512 «V»"),
    ("doveadm_pw_capital_p_flag", "$ doveadm pw -s SHA512-CRYPT -p «V»"),
    ("slappasswd_lower_s_flag", "$ slappasswd -h {SSHA} -s «V»"),
    ("caddy_hash_password_plaintext_flag", "$ caddy hash-password --plaintext «V»"),
    ("mosquitto_passwd_batch_third", "$ sudo mosquitto_passwd -b /etc/mosquitto/passwd «U» «V»"),
    ("saslpasswd2_stdin_echo", "$ echo -n '«V»' | sudo saslpasswd2 -p -c -u «H» «U»"),
    ("dovecot_passwd_file_plain_scheme", "«U»@«H»:{PLAIN}«V»:5000:5000::/var/mail/«U»"),
    ("pgpass_fifth_colon_field", "db.«H»:5432:salon:«U»:«V»"),
    ("headerless_staff_csv_third_column", "1044,amelia.r,«V»,stylist,Camden\n1045,jon.p,,reception,Camden"),
    ("openvpn_auth_user_pass_second_line", "# /etc/openvpn/client/auth.txt\n«U»\n«V»"),
    ("ipsec_secrets_eap_quoted", "# /etc/ipsec.secrets\n«U» : EAP \"«V»\""),
    ("asterisk_iax_register_user_colon_at", "[general]\nregister => «U»:«V»@voip.«H»"),
    ("lpadmin_device_uri_userinfo", "$ sudo lpadmin -p receipt_front -E -v ipp://«U»:«V»@printer.«H»/ipp/print -m everywhere"),
    ("docker_login_lower_p_after_lower_u", "$ docker login registry.«H» -u «U» -p «V»"),
    ("helm_registry_login_lower_p", "$ helm registry login charts.«H» -u «U» -p «V»"),
    ("skopeo_src_creds_colon_pair", "$ skopeo copy --src-creds «U»:«V» docker://registry.«H»/booking:2.3 dir:/tmp/booking"),
    ("buildah_from_creds_colon_pair", "$ buildah from --creds «U»:«V» registry.«H»/kiosk-base:latest"),
    ("npmrc_registry_url_userinfo", "; .npmrc\nregistry=https://«U»:«V»@npm.«H»/repository/npm-group/"),
    ("pip_index_url_userinfo", "$ pip install --index-url https://«U»:«V»@pypi.«H»/simple/ salon-core==4.2.1"),
    ("poetry_config_http_basic_third", "$ poetry config http-basic.glowbook «U» «V»"),
    ("composer_config_http_basic_third", "$ composer config http-basic.packages.«H» «U» «V»"),
    ("git_credentials_store_line", "# ~/.git-credentials\nhttps://«U»:«V»@git.«H»"),
    ("cvs_pserver_root_colon_pair", "$ cvs -d :pserver:«U»:«V»@cvs.«H»:/cvsroot checkout legacy-till"),
    ("fossil_clone_url_userinfo", "$ fossil clone https://«U»:«V»@fossil.«H»/formulas formulas.fossil"),
    ("httpie_lower_a_colon_pair", "$ http -a «U»:«V» GET https://api.«H»/v1/rooms"),
    ("apache_bench_capital_a_colon_pair", "$ ab -n 200 -c 10 -A «U»:«V» https://book.«H»/availability"),
    ("hey_lower_a_colon_pair", "$ hey -n 500 -a «U»:«V» https://book.«H»/api/slots"),
    ("xfreerdp_slash_p_colon", "$ xfreerdp /v:frontdesk-02.«H» /u:«U» /p:«V» /cert:ignore"),
    ("rdesktop_lower_p_after_lower_u", "$ rdesktop -u «U» -p «V» till-01.«H»"),
    ("swaks_ap_after_au", "$ swaks --to test@«H» --server smtp.«H»:587 --tls --au «U» --ap «V»"),
    ("sendemail_xp_after_xu", "$ sendemail -f reminders@«H» -t ops@«H» -s smtp.«H»:587 -xu «U» -xp «V» -u test -m hello"),
    ("mutt_smtp_url_userinfo", "# ~/.muttrc\nset smtp_url = \"smtps://«U»:«V»@smtp.«H»:465/\""),
    ("pop3_pass_command_after_user", "+OK POP3 ready\nUSER «U»\n+OK\nPASS «V»\n+OK Logged in."),
    ("imap_login_command_second_argument", "* OK IMAP4rev1 ready\na1 LOGIN «U» «V»\na1 OK LOGIN completed"),
    ("nntp_authinfo_pass_line", "200 news ready\nAUTHINFO USER «U»\n381 more\nAUTHINFO PASS «V»\n281 ok"),
    ("irc_nickserv_identify_privmsg", "/msg NickServ IDENTIFY «V»"),
    ("zip_capital_p_before_archive", "$ zip -P «V» -r consent_forms_2024.zip consent_forms/"),
    ("unzip_capital_p_before_archive", "$ unzip -P «V» colour_records_backup.zip -d /tmp/restore"),
    ("rar_glued_lower_hp", "$ rar a -hp«V» payroll_q2.rar payroll/"),
    ("unrar_glued_lower_p", "$ unrar x -p«V» payroll_q2.rar"),
    ("gpg_batch_passphrase_flag", "$ gpg --batch --pinentry-mode loopback --passphrase «V» -d clients.csv.gpg > clients.csv"),
    ("pdftk_input_pw_keyword", "$ pdftk consent_signed.pdf input_pw «V» output consent_open.pdf"),
    ("msoffcrypto_tool_lower_p_flag", "$ msoffcrypto-tool stylist_rota.xlsx rota_plain.xlsx -p «V»"),
    ("keytool_storepass_flag", "$ keytool -list -keystore checkin-release.jks -storepass «V»"),
    ("bitwarden_cli_unlock_positional", "$ export BW_SESSION=$(bw unlock «V» --raw)"),
    ("keepassxc_cli_stdin_echo", "$ echo '«V»' | keepassxc-cli show -s salon.kdbx Integrations/Booking"),
    ("pass_insert_echo_pipe", "$ echo '«V»' | pass insert -e salon/booking-admin"),
    ("secret_tool_store_stdin_echo", "$ echo -n '«V»' | secret-tool store --label='spa planner' service spa-planner user «U»"),
    ("macos_security_add_generic_lower_w", "$ security add-generic-password -a «U» -s glowbook-sync -w «V»"),
    ("net_user_add_second_positional", "C:\\> net user «U» «V» /add /comment:\"front desk kiosk\""),
    ("dsadd_user_pwd_flag", "C:\\> dsadd user \"CN=«U»,OU=Salon,DC=glowbook,DC=local\" -pwd «V» -mustchpwd no"),
    ("kadmin_addprinc_pw_flag", "$ sudo kadmin.local -q \"addprinc -pw «V» «U»@GLOWBOOK.LOCAL\""),
    ("ldapmodify_lower_w_after_capital_d", "$ ldapmodify -H ldap://ldap.«H» -D cn=admin,dc=glowbook,dc=local -w «V» -f staff.ldif"),
    ("etcdctl_user_colon_pair", "$ etcdctl --endpoints=https://etcd.«H»:2379 --user root:«V» get /booking/config"),
    ("zookeeper_addauth_digest_user_colon", "[zk: zk.«H»:2181(CONNECTED) 0] addauth digest «U»:«V»"),
    ("emqx_ctl_admins_add_third_positional", "$ emqx_ctl admins add «U» «V»"),
    ("grafana_cli_reset_admin_positional", "$ grafana-cli admin reset-admin-password «V»"),
    ("jenkins_cli_auth_colon_pair", "$ java -jar jenkins-cli.jar -s https://ci.«H»/ -auth «U»:«V» build salon-deploy"),
    ("drush_user_password_second_positional", "$ drush user:password «U» \"«V»\""),
    ("zfs_load_key_stdin_echo", "$ echo '«V»' | sudo zfs load-key tank/clientrecords"),
    ("veracrypt_text_mount_lower_p", "$ veracrypt --text --non-interactive -p «V» /srv/consent.hc /mnt/consent"),
    ("openconnect_stdin_echo_pipe", "$ echo '«V»' | sudo openconnect --user=«U» --passwd-on-stdin vpn.«H»"),
    ("raspi_config_nonint_wifi_second", "$ sudo raspi-config nonint do_wifi_ssid_passphrase GlowBook-Kiosk «V»"),
    ("micropython_wlan_connect_second", "import network\nwlan = network.WLAN(network.STA_IF)\nwlan.active(True)\nwlan.connect('GlowBook-Kiosk', '«V»')"),
    ("adb_shell_input_text_argument", "$ adb -s R58M41 shell input text '«V»' && adb shell input keyevent 66"),
    ("xdotool_type_argument", "$ xdotool search --name 'Till Login' windowactivate --sync type '«V»'"),
    ("autohotkey_sendraw_argument", "#IfWinActive, Salon POS Login\n^!l::SendRaw «V»"),
    ("applescript_keystroke_string", "tell application \"System Events\" to keystroke \"«V»\""),
    ("playwright_fill_second_argument", "await page.fill('#staff-login input[type=password]', '«V»');"),
    ("cypress_type_after_get", "cy.get('[data-cy=kiosk-pin-field]').type('«V»', { log: false });"),
    ("selenium_send_keys_after_find", "driver.find_element(By.ID, \"pwd\").send_keys(\"«V»\")"),
    ("python_pymysql_connect_third_positional", "import pymysql\nconn = pymysql.connect('db.«H»', '«U»', '«V»', 'salon_pos')"),
    ("python_pymssql_connect_third_positional", "import pymssql\nconn = pymssql.connect('pos.«H»', '«U»', '«V»', 'GiftCards')"),
    ("python_ldap3_connection_third_positional", "from ldap3 import Server, Connection\nconn = Connection(Server('ldap.«H»'), 'cn=«U»,dc=glowbook,dc=local', '«V»', auto_bind=True)"),
    ("python_httpx_basicauth_second", "auth = httpx.BasicAuth(\"«U»\", \"«V»\")\nr = httpx.get(\"https://api.«H»/rooms\", auth=auth)"),
    ("python_requests_httpdigestauth_second", "r = requests.get('https://cams.«H»/snapshot.jpg', auth=HTTPDigestAuth('«U»', '«V»'))"),
    ("python_pykeepass_open_second", "from pykeepass import PyKeePass\nkp = PyKeePass('salon.kdbx', '«V»')"),
    ("python_zipfile_extractall_third_bytes", "with zipfile.ZipFile('consents.zip') as zf:\n    zf.extractall('/tmp/consents', None, b'«V»')"),
    ("python_pikepdf_open_second", "pdf = pikepdf.open('signed_consent.pdf', '«V»')"),
    ("python_ftp_tls_ctor_third", "from ftplib import FTP_TLS\nftps = FTP_TLS('ftp.«H»', '«U»', '«V»')"),
    ("python_pywinrm_session_auth_tuple", "s = winrm.Session('frontdesk-02.«H»', auth=('«U»', '«V»'))"),
    ("node_pg_client_connection_string", "const client = new Client('postgres://«U»:«V»@db.«H»:5432/booking');"),
    ("node_mongoose_connect_uri", "await mongoose.connect('mongodb://«U»:«V»@loyalty.«H»:27017/loyalty');"),
    ("node_buffer_from_user_colon_pair", "const auth = Buffer.from('«U»:«V»').toString('base64');"),
    ("js_btoa_user_colon_pair", "headers.Authorization = 'Basic ' + btoa('«U»:«V»');"),
    ("go_crypto_ssh_password_authmethod", "cfg := &ssh.ClientConfig{User: \"«U»\", Auth: []ssh.AuthMethod{ssh.Password(\"«V»\")}}"),
    ("go_smtp_plainauth_third", "auth := smtp.PlainAuth(\"\", \"«U»\", \"«V»\", \"smtp.«H»\")"),
    ("go_pgx_connect_url_userinfo", "conn, err := pgx.Connect(ctx, \"postgres://«U»:«V»@db.«H»:5432/rooms\")"),
    ("go_url_userpassword_second", "u.User = url.UserPassword(\"«U»\", \"«V»\")"),
    ("java_passwordauthentication_chars", "return new PasswordAuthentication(\"«U»\", \"«V»\".toCharArray());"),
    ("java_jedis_auth_single", "Jedis jedis = new Jedis(\"cache.«H»\", 6379);\njedis.auth(\"«V»\");"),
    ("csharp_mailkit_authenticate_second", "await client.ConnectAsync(\"smtp.«H»\", 587, SecureSocketOptions.StartTls);\nawait client.AuthenticateAsync(\"«U»\", \"«V»\");"),
    ("kotlin_fuel_authentication_basic_second", "Fuel.get(\"https://api.«H»/stock\").authentication().basic(\"«U»\", \"«V»\")"),
    ("dart_base64_encode_user_colon_pair", "final basic = base64Encode(utf8.encode('«U»:«V»'));"),
    ("ruby_net_smtp_start_fifth_positional", "Net::SMTP.start('smtp.«H»', 587, '«H»', '«U»', '«V»', :login) do |smtp|"),
    ("ruby_net_pop3_start_fourth_positional", "Net::POP3.start('pop.«H»', 110, '«U»', '«V»') do |pop|"),
    ("ruby_pg_connect_seventh_positional", "conn = PG.connect('db.«H»', 5432, nil, nil, 'salon', '«U»', '«V»')"),
    ("php_pdo_ctor_third", "$pdo = new PDO('mysql:host=db.«H»;dbname=salon', '«U»', '«V»');"),
    ("php_ssh2_auth_password_third", "ssh2_auth_password($conn, '«U»', '«V»');"),
    ("php_ldap_bind_third", "ldap_bind($ds, 'cn=«U»,dc=glowbook,dc=local', '«V»');"),
    ("perl_net_smtp_auth_second", "$smtp->auth('«U»', '«V»') or die 'auth failed';"),
    ("perl_lwp_credentials_fourth", "$ua->credentials('api.«H»:443', 'Bookings', '«U»', '«V»');"),
    ("rust_lettre_credentials_new_second", "let creds = Credentials::new(\"«U»\".to_owned(), \"«V»\".to_owned());"),
    ("rust_suppaftp_login_second", "ftp.login(\"«U»\", \"«V»\")?;"),
    ("vbscript_mapnetworkdrive_fifth", "Set objNetwork = CreateObject(\"WScript.Network\")\nobjNetwork.MapNetworkDrive \"Z:\", \"\\\\nas\\receipts\", False, \"«U»\", \"«V»\""),
    ("autoit_runas_third_positional", "RunAs(\"«U»\", \"GLOWBOOK\", \"«V»\", 0, \"C:\\Salon\\till.exe\")"),
]


# written but held back (near-duplicates of kept syntaxes, or a tool / function name that says "password")
RESERVE = {
    "mysqlimport_glued_lower_p", "mariadb_client_glued_lower_p", "mongosh_srv_uri_userinfo",
    "rabbitmqctl_change_password_second", "sqlldr_userid_slash_pair", "usql_positional_url_userinfo",
    "mycli_positional_url_userinfo", "curlftpfs_url_userinfo", "wget_https_url_userinfo",
    "lftp_open_sftp_url_userinfo", "rar_glued_lower_hp", "openssl_passwd_apr1_positional",
    "mkpasswd_sha512_positional", "helm_registry_login_lower_p", "buildah_from_creds_colon_pair",
    "hey_lower_a_colon_pair", "rdesktop_lower_p_after_lower_u", "sendemail_xp_after_xu",
    "nntp_authinfo_pass_line", "unzip_capital_p_before_archive", "pass_insert_echo_pipe",
    "secret_tool_store_stdin_echo", "dsadd_user_pwd_flag", "emqx_ctl_admins_add_third_positional",
    "grafana_cli_reset_admin_positional", "drush_user_password_second_positional",
    "veracrypt_text_mount_lower_p", "openconnect_stdin_echo_pipe", "go_url_userpassword_second",
    "php_ssh2_auth_password_third", "java_passwordauthentication_chars", "golang_migrate_database_flag_userinfo",
}
KEEP = 120


def generate(registry, deny_ok):
    rng = random.Random(SEED)
    recs, dropped = [], []
    kept = []
    reserve = []
    for syn, tpl in SYNTAXES:
        if syn in RESERVE:
            reserve.append(syn)
        elif deny_ok(syn) and deny_ok(PREFIX + syn):
            kept.append((syn, tpl))
        else:
            dropped.append(syn)
    tail = reserve + [s for s, _ in kept[KEEP:]]
    kept = kept[:KEEP]
    users = ["frontdesk", "booking_svc", "amelia.r", "spa_ops", "till_sync", "payroll_bot", "kiosk01", "reports"]
    hosts = ["glowbook.example", "salon.lan", "lunaspa.example.org", "curlcraft.example", "spa.internal"]
    for i, (syn, tpl) in enumerate(kept):
        for _ in range(50):
            v = registry.draw(password, rng)
            t = tpl
            text, s, e = place(t, v, U=rng.choice(users), H=rng.choice(hosts), L=len(v))
            if text.count(v) == 1:
                break
        typ = PREFIX + syn
        recs.append(span_record("", typ, f"{typ}__{SUFFIXES[i % len(SUFFIXES)]}", text, s, e, "password"))
    return recs, dropped, tail
