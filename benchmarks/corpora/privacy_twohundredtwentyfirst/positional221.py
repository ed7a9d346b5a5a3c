"""Password source: passwords passed without a telling `password=` key."""
import base64
import random

import common221 as C

PFX = "beepw_"
WHERE = {
    "cli": "apiary_ops_shell_capture",
    "stdin": "honey_house_pi_stdin_pipe",
    "lib": "hive_app_code_excerpt",
    "file": "apiary_server_file_listing",
    "proto": "apiary_lan_wire_decode",
    "gui": "shop_kiosk_ui_automation",
    "sql": "queen_db_sql_console",
}
USERS = ["hivekeeper", "honeyhouse", "queens", "swarmdesk", "labeller", "posadmin", "scales", "extractor", "nucs", "comb"]
HOSTS = ["nas.hivehaven.lan", "db.goldcomb-honey.example", "10.42.7.31", "pos.waxandwing-supplies.example",
         "queens.hivehaven.lan", "192.168.50.40", "mqtt.heatherbank-apiary.example", "backup.hivehaven.lan",
         "labels.goldcomb-honey.example", "172.20.3.8"]


def b64(s):
    return base64.b64encode(s.encode()).decode()


# (syntax, where, template, encoder or None). {v} value slot, {u} user, {h} host.
# encoder(pw, user) -> span value; decoder in HIDDEN gives the password back.
P = [
    # ---------------- cli
    ("mysqldump_glued_lower_p", "cli", "$ mysqldump -h {h} -u{u} -p{v} queen_rearing > /srv/backup/queens-2026-05-01.sql", None),
    ("pg_dump_connection_uri_userinfo", "cli", '$ pg_dump "postgresql://{u}:{v}@{h}:5432/hive_records" -Fc -f hives.dump', None),
    ("lftp_lower_u_comma_pair", "cli", '$ lftp -u {u},{v} sftp://{h} -e "mirror -R /srv/labels /upload; bye"', None),
    ("wget_ftp_url_userinfo", "cli", "$ wget ftp://{u}:{v}@{h}/exports/varroa-2026.csv", None),
    ("ncftpput_lower_p_after_lower_u", "cli", "$ ncftpput -u {u} -p {v} {h} /incoming honey-labels.zip", None),
    ("smbmap_lower_p_after_lower_u", "cli", "$ smbmap -u {u} -p {v} -H {h} -r honeyhouse", None),
    ("psexec_lower_p_after_lower_u", "cli", "C:\\> psexec \\\\{h} -u HONEYHOUSE\\{u} -p {v} ipconfig /all", None),
    ("net_use_share_then_positional", "cli", "C:\\> net use Z: \\\\{h}\\labels {v} /user:{u} /persistent:no", None),
    ("mount_smbfs_url_userinfo", "cli", "$ mount_smbfs //{u}:{v}@{h}/hive-photos ~/mnt/hive-photos", None),
    ("ipmitool_capital_p_after_capital_u", "cli", "$ ipmitool -I lanplus -H {h} -U {u} -P {v} chassis power status", None),
    ("racadm_lower_p_after_lower_u", "cli", "$ racadm -r {h} -u {u} -p {v} getsysinfo", None),
    ("ffmpeg_rtmp_push_url_userinfo", "cli", "$ ffmpeg -f v4l2 -i /dev/video0 -c:v libx264 -f flv rtmp://{u}:{v}@{h}/live/hive-cam-3", None),
    ("mosquitto_pub_capital_p_after_lower_u", "cli", "$ mosquitto_pub -h {h} -u {u} -P {v} -t hives/7/weight -m 41.35", None),
    ("sqlcmd_capital_p_after_capital_u", "cli", '> sqlcmd -S {h} -U {u} -P {v} -d SupplyPos -Q "SELECT COUNT(*) FROM Stock"', None),
    ("cqlsh_lower_p_after_lower_u", "cli", '$ cqlsh {h} 9042 -u {u} -p {v} -e "SELECT * FROM telemetry.hive_weight LIMIT 5;"', None),
    ("rabbitmqadmin_lower_p_after_lower_u", "cli", "$ rabbitmqadmin -H {h} -u {u} -p {v} list queues name messages", None),
    ("htpasswd_batch_third_positional", "cli", "$ sudo htpasswd -b /etc/nginx/.swarmline {u} {v}\nUpdating password for user {u}", None),
    ("wpa_passphrase_second_positional", "cli", "$ wpa_passphrase HiveYard-2G {v} | sudo tee -a /etc/wpa_supplicant/wpa_supplicant.conf", None),
    ("curl_capital_u_proxy_user_pair", "cli", "$ curl -x http://{h}:3128 -U {u}:{v} https://api.hivehaven.lan/health", None),
    ("duplicity_ftp_url_userinfo", "cli", "$ duplicity /srv/hive-records ftp://{u}:{v}@{h}/backups/hive-records", None),
    ("minio_mc_alias_set_fourth_positional", "cli", "$ mc alias set hivecam https://{h}:9000 {u} {v}\nAdded `hivecam` successfully.", None),
    ("ssh_keygen_capital_n_new_passphrase", "cli", "$ ssh-keygen -t ed25519 -f ~/.ssh/apiary_deploy -C deploy@hivehaven -N {v}", None),
    ("steghide_embed_lower_p", "cli", "$ steghide embed -cf comb-photo.jpg -ef queen-notes.txt -p {v}", None),
    ("unrar_x_glued_lower_p", "cli", "$ unrar x -p{v} queen-pedigrees-2025.rar /srv/queens/", None),
    ("redis_cli_lower_u_uri_userinfo", "cli", "$ redis-cli -u redis://{u}:{v}@{h}:6379/2 KEYS 'scale:*'", None),
    ("snail_mta_option_url_userinfo", "cli", '$ echo "scales offline" | s-nail -S mta=smtps://{u}:{v}@{h}:465 -s "hive alert" ops@hivehaven.example', None),
    ("sendemail_lower_xp_after_lower_xu", "cli", '$ sendEmail -f shop@goldcomb-honey.example -t orders@goldcomb-honey.example -s {h}:587 -xu {u} -xp {v} -u "daily jars" -m "see attached"', None),
    # ---------------- stdin
    ("kinit_principal_stdin_echo", "stdin", "$ echo '{v}' | kinit {u}@HIVEHAVEN.LAN", None),
    ("openssl_rsa_passin_stdin_echo", "stdin", "$ echo -n '{v}' | openssl rsa -in shop-tls.key -passin stdin -out shop-tls.open.key", None),
    ("docker_secret_create_dash_stdin", "stdin", "$ printf '%s' '{v}' | docker secret create queen_db_cred -", None),
    ("systemd_creds_encrypt_dash_stdin", "stdin", "$ echo -n '{v}' | systemd-creds encrypt --name=queen-db - /etc/credstore.encrypted/queen-db", None),
    ("zfs_load_key_stdin_echo", "stdin", "$ echo '{v}' | zfs load-key tank/hive-photos", None),
    ("pass_insert_multiline_echo", "stdin", "$ echo '{v}' | pass insert -m apiary/nas-{u}", None),
    ("passwd_stdin_flag_echo", "stdin", "# echo '{v}' | passwd --stdin {u}\nChanging password for user {u}.", None),
    ("gocryptfs_mount_stdin_echo", "stdin", "$ echo '{v}' | gocryptfs -q /srv/.queens-enc /srv/queens", None),
    ("veracrypt_text_stdin_mount", "stdin", "$ echo '{v}' | veracrypt --text --stdin --non-interactive --mount /srv/vault.hc /mnt/vault", None),
    # ---------------- lib
    ("python_mysqldb_connect_third_positional", "lib", "import MySQLdb\ndb = MySQLdb.connect('{h}', '{u}', '{v}', 'queen_rearing')", None),
    ("python_requests_auth_tuple_second", "lib", "r = requests.get('https://{h}/api/hives', auth=('{u}', '{v}'), timeout=10)", None),
    ("python_aiohttp_basicauth_second", "lib", "auth = aiohttp.BasicAuth('{u}', '{v}')\nasync with session.get(url, auth=auth) as resp:", None),
    ("python_pykeepass_second_positional", "lib", "from pykeepass import PyKeePass\nkp = PyKeePass('apiary.kdbx', '{v}')", None),
    ("python_hmac_new_first_bytes", "lib", "sig = hmac.new(b'{v}', body, hashlib.sha256).hexdigest()", None),
    ("python_pyjwt_encode_second", "lib", "token = jwt.encode({'sub': 'scale-7'}, '{v}', algorithm='HS256')", None),
    ("python_pywinrm_session_auth_tuple", "lib", "s = winrm.Session('{h}', auth=('{u}', '{v}'))\nprint(s.run_cmd('ipconfig').std_out)", None),
    ("python_influxdb_client_fourth_positional", "lib", "from influxdb import InfluxDBClient\nclient = InfluxDBClient('{h}', 8086, '{u}', '{v}', 'hive_scales')", None),
    ("python_exchangelib_credentials_second", "lib", "creds = Credentials('{u}@goldcomb-honey.example', '{v}')\naccount = Account('{u}@goldcomb-honey.example', credentials=creds, autodiscover=True)", None),
    ("python_xmlrpc_serverproxy_url_userinfo", "lib", "proxy = xmlrpc.client.ServerProxy('https://{u}:{v}@{h}/RPC2')", None),
    ("node_mysql2_createconnection_uri_userinfo", "lib", "const conn = await mysql.createConnection('mysql://{u}:{v}@{h}:3306/honey_shop');", None),
    ("node_mqtt_connect_url_userinfo", "lib", "const client = mqtt.connect('mqtts://{u}:{v}@{h}:8883');", None),
    ("node_fetch_basic_btoa_literal", "lib", "const res = await fetch(url, { headers: { Authorization: 'Basic ' + btoa('{u}:{v}') } });", None),
    ("node_bcrypt_hash_seed_first", "lib", "// seed.js\nconst hash = await bcrypt.hash('{v}', 12);\nawait db.users.insert({ name: '{u}', hash });", None),
    ("node_jose_textencoder_encode_secret", "lib", "const secret = new TextEncoder().encode('{v}');\nconst jwt = await new SignJWT({ hive: 7 }).setProtectedHeader({ alg: 'HS256' }).sign(secret);", None),
    ("node_cookie_session_keys_array_first", "lib", "app.use(cookieSession({ name: 'swarm', keys: ['{v}'] }));", None),
    ("java_drivermanager_getconnection_third", "lib", 'Connection c = DriverManager.getConnection("jdbc:postgresql://{h}/queens", "{u}", "{v}");', None),
    ("java_keystore_load_tochararray_second", "lib", 'KeyStore ks = KeyStore.getInstance("PKCS12");\nks.load(new FileInputStream("shop.p12"), "{v}".toCharArray());', None),
    ("java_jedis_auth_single", "lib", 'Jedis jedis = new Jedis("{h}", 6379);\njedis.auth("{v}");', None),
    ("java_mongocredential_createcredential_third", "lib", 'MongoCredential cred = MongoCredential.createCredential("{u}", "admin", "{v}".toCharArray());', None),
    ("java_auth0_jwt_algorithm_hmac256", "lib", 'Algorithm alg = Algorithm.HMAC256("{v}");\nString t = JWT.create().withIssuer("swarm-line").sign(alg);', None),
    ("java_jjwt_keys_hmacshakeyfor_getbytes", "lib", 'SecretKey key = Keys.hmacShaKeyFor("{v}".getBytes(StandardCharsets.UTF_8));', None),
    ("kotlin_ktor_basicauthcredentials_second", "lib", 'credentials { BasicAuthCredentials("{u}", "{v}") }', None),
    ("scala_slick_database_forurl_third", "lib", 'val db = Database.forURL("jdbc:mysql://{h}/queens", "{u}", "{v}", driver = "com.mysql.cj.jdbc.Driver")', None),
    ("groovy_sql_newinstance_third", "lib", "def sql = Sql.newInstance('jdbc:postgresql://{h}/hives', '{u}', '{v}', 'org.postgresql.Driver')", None),
    ("csharp_networkcredential_ctor_second", "lib", 'client.Credentials = new NetworkCredential("{u}", "{v}");', None),
    ("csharp_x509certificate2_ctor_second", "lib", 'var cert = new X509Certificate2("shop-signing.pfx", "{v}");', None),
    ("powershell_convertto_securestring_asplaintext", "lib", '$sec = ConvertTo-SecureString "{v}" -AsPlainText -Force\n$cred = New-Object PSCredential("HONEYHOUSE\\{u}", $sec)', None),
    ("go_sql_open_mysql_dsn_user_colon_at", "lib", 'db, err := sql.Open("mysql", "{u}:{v}@tcp({h}:3306)/queen_rearing?parseTime=true")', None),
    ("go_jwt_signedstring_byte_slice", "lib", 's, err := token.SignedString([]byte("{v}"))', None),
    ("go_http_request_setbasicauth_second", "lib", 'req.SetBasicAuth("{u}", "{v}")', None),
    ("rust_sqlx_pgpool_connect_url_userinfo", "lib", 'let pool = PgPool::connect("postgres://{u}:{v}@{h}/hive_records").await?;', None),
    ("rust_rumqttc_set_credentials_second", "lib", 'let mut opts = MqttOptions::new("scale-7", "{h}", 1883);\nopts.set_credentials("{u}", "{v}");', None),
    ("rust_hmac_new_from_slice_bytes", "lib", 'let mut mac = HmacSha256::new_from_slice(b"{v}").expect("key");', None),
    ("ruby_net_http_basic_auth_second", "lib", "req = Net::HTTP::Get.new(uri)\nreq.basic_auth('{u}', '{v}')", None),
    ("ruby_jwt_encode_second", "lib", "token = JWT.encode({ hive: 7 }, '{v}', 'HS256')", None),
    ("php_mysqli_ctor_third", "lib", "$db = new mysqli('{h}', '{u}', '{v}', 'honey_shop');", None),
    ("php_ftp_login_third", "lib", "$c = ftp_connect('{h}');\nftp_login($c, '{u}', '{v}');", None),
    ("php_imap_open_third", "lib", "$mbox = imap_open('{{h}:993/imap/ssl}INBOX', '{u}', '{v}');", None),
    ("php_openssl_encrypt_third", "lib", "$enc = openssl_encrypt($label, 'aes-256-cbc', '{v}', 0, $iv);", None),
    ("perl_dbi_connect_third", "lib", "my $dbh = DBI->connect('dbi:Pg:dbname=hives;host={h}', '{u}', '{v}');", None),
    ("perl_lwp_credentials_fourth", "lib", "$ua->credentials('{h}:443', 'Hive Records', '{u}', '{v}');", None),
    ("r_httr_authenticate_second", "lib", 'resp <- GET("https://{h}/api/varroa", authenticate("{u}", "{v}"))', None),
    ("elixir_joken_signer_create_second", "lib", 'signer = Joken.Signer.create("HS256", "{v}")', None),
    ("arduino_wifi_begin_second", "lib", 'void setup() {\n  WiFi.begin("HiveYard-2G", "{v}");\n}', None),
    ("arduino_pubsubclient_connect_third", "lib", 'if (mqtt.connect("scale-07", "{u}", "{v}")) {\n  mqtt.publish("hives/7/weight", buf);\n}', None),
    ("micropython_wlan_connect_second", "lib", "wlan = network.WLAN(network.STA_IF)\nwlan.active(True)\nwlan.connect('HiveYard-2G', '{v}')", None),
    ("c_mysql_real_connect_fourth", "lib", 'mysql_real_connect(conn, "{h}", "{u}", "{v}", "queen_rearing", 0, NULL, 0);', None),
    ("c_sqlcipher_sqlite3_key_second", "lib", 'sqlite3_key(db, "{v}", (int)strlen("{v}"));', None),
    ("swift_cryptokit_symmetrickey_utf8_data", "lib", 'let key = SymmetricKey(data: Data("{v}".utf8))', None),
    # ---------------- gui
    ("puppeteer_page_type_second", "gui", "await page.type('#f1', '{u}');\nawait page.type('#f2', '{v}');\nawait page.click('#go');", None),
    ("webdriverio_setvalue_single", "gui", "await $('#f1').setValue('{u}');\nawait $('#f2').setValue('{v}');", None),
    ("testcafe_typetext_second", "gui", "await t.typeText('#f1', '{u}').typeText('#f2', '{v}').click('#go');", None),
    ("robot_framework_input_text_second", "gui", "Open Till\n    Input Text    id:f1    {u}\n    Input Text    id:f2    {v}\n    Click Button    id:go", None),
    ("detox_typetext_single", "gui", "await element(by.id('f2')).typeText('{v}');", None),
    ("espresso_typetext_single", "gui", 'onView(withId(R.id.f2)).perform(typeText("{v}"), closeSoftKeyboard());', None),
    ("xcuitest_securetextfield_typetext", "gui", 'let f = app.secureTextFields["f2"]\nf.tap()\nf.typeText("{v}")', None),
    ("pywinauto_type_keys_single", "gui", "dlg = app.window(title='Hive Till')\ndlg.Edit2.type_keys('{v}', with_spaces=True)", None),
    ("powershell_sendkeys_sendwait_single", "gui", '[System.Windows.Forms.SendKeys]::SendWait("{v}")\n[System.Windows.Forms.SendKeys]::SendWait("{ENTER}")', None),
    ("playwright_python_keyboard_type_single", "gui", "page.click('#f2')\npage.keyboard.type('{v}')\npage.keyboard.press('Enter')", None),
    ("wtype_single_positional", "gui", "$ sleep 2 && wtype {v} && wtype -k Return", None),
    ("uiautomator2_set_text_single", "gui", 'd(resourceId="uk.hivehaven.till:id/f2").set_text("{v}")', None),
    ("maestro_yaml_inputtext", "gui", "appId: uk.hivehaven.till\n---\n- launchApp\n- tapOn:\n    id: f2\n- inputText: \"{v}\"\n- tapOn: Sign in", None),
    # ---------------- file
    ("pgbouncer_userlist_txt_second_quoted", "file", '# /etc/pgbouncer/userlist.txt\n"{u}" "{v}"\n"stats" "md5c0ffee0000000000000000000000000d"', None),
    ("pgpool_pool_passwd_text_prefix", "file", "# /etc/pgpool-II/pool_passwd\n{u}:TEXT{v}", None),
    ("exim_passwd_client_third_field", "file", "# /etc/exim4/passwd.client\n*.goldcomb-honey.example:{u}:{v}", None),
    ("postfix_sasl_passwd_user_colon_pair", "file", "# /etc/postfix/sasl_passwd\n[{h}]:587 {u}:{v}", None),
    ("ipsec_secrets_psk_quoted", "file", '# /etc/ipsec.secrets\n%any 203.0.113.7 : PSK "{v}"', None),
    ("davfs2_secrets_third_column", "file", "# /etc/davfs2/secrets\nhttps://{h}/dav/labels {u} {v}", None),
    ("upsmon_conf_monitor_fifth_field", "file", "# /etc/nut/upsmon.conf\nMONITOR extractor-ups@localhost 1 {u} {v} primary\nSHUTDOWNCMD \"/sbin/shutdown -h +0\"", None),
    ("snmpd_conf_rocommunity_first_arg", "file", "# /etc/snmp/snmpd.conf\nsysLocation Honey house, bay 2\nrocommunity {v} 10.42.7.0/24", None),
    ("nagios_resource_cfg_user_macro", "file", "# /usr/local/nagios/etc/resource.cfg\n$USER1$=/usr/local/nagios/libexec\n$USER3$={v}", None),
    ("hostapd_wpa_psk_file_second_column", "file", "# /etc/hostapd.wpa_psk\n00:00:00:00:00:00 {v}", None),
    ("mosquitto_passwd_plaintext_before_hashing", "file", "# mosquitto.pw before `mosquitto_passwd -U mosquitto.pw`\n{u}:{v}", None),
    ("ntp_keys_third_column", "file", "# /etc/ntp.keys\n7 M {v}", None),
    ("compose_healthcheck_cmd_array_glued_lower_p", "file", 'services:\n  queens-db:\n    image: mariadb:11\n    healthcheck:\n      test: ["CMD", "mariadb-admin", "ping", "-u{u}", "-p{v}"]', None),
    ("hive_scale_fleet_csv_fifth_column", "file", "unit,apiary,ssid,owner,joinphrase,fw\nHS-07,Heather Bank,HiveYard-2G,{u},{v},2.4.1\nHS-08,Heather Bank,HiveYard-2G,{u},,2.4.1", None),
    ("extraction_room_tsv_third_column", "file", "station\toperator\tunlock_phrase\tshift\nfiller-2\t{u}\t{v}\tlate", None),
    ("queen_rearing_pipe_fourth_field", "file", "# queens.dat  breeder|line|grafts|console|notes\nheatherbank|buckfast-22|40|{v}|do not share", None),
    ("apiary_gate_fixed_width_cols_31_to_50", "file", "GATE      SITE                GATE PHRASE         NOTE\n", None),
    ("bee_club_laptops_toml_inline_array_second", "file", '# club-laptops.toml\nlaptops = [\n  ["club-lt-1", "{v}", "{u}"],\n]', None),
    ("honey_labeller_colon_sixth_field", "file", "# labeller.users  id:name:printer:jar:lang:phrase\n3:{u}:zd421:340g:en:{v}", None),
    # ---------------- proto
    ("smtp_auth_login_second_b64_line", "proto", "C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: {B64U}\nS: 334 UGFzc3dvcmQ6\nC: {v}\nS: 235 2.7.0 Authentication successful", "b64pw"),
    ("http_basic_authorization_header_b64", "proto", "GET /api/v1/hives HTTP/1.1\nHost: {h}\nAuthorization: Basic {v}\nAccept: application/json", "b64pair"),
    ("http_proxy_authorization_basic_b64", "proto", "CONNECT api.hivehaven.lan:443 HTTP/1.1\nHost: api.hivehaven.lan:443\nProxy-Authorization: Basic {v}", "b64pair"),
    ("xmpp_sasl_plain_auth_element_b64", "proto", "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>{v}</auth>\n<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>", "b64sasl"),
    ("redis_resp_auth_array_bulk_string", "proto", "*2\\r\\n$4\\r\\nAUTH\\r\\n${LEN}\\r\\n{v}\\r\\n\n+OK\\r\\n", None),
    ("irc_sasl_authenticate_b64", "proto", "CAP REQ :sasl\nAUTHENTICATE PLAIN\n:irc.server AUTHENTICATE +\nAUTHENTICATE {v}\n:irc.server 903 {u} :SASL authentication successful", "b64irc"),
    ("at_cwjap_second_quoted", "proto", '> AT+CWMODE=1\nOK\n> AT+CWJAP="HiveYard-2G","{v}"\nWIFI CONNECTED\nWIFI GOT IP', None),
    ("json_rpc_luci_login_params_second", "proto", 'POST /cgi-bin/luci/rpc/auth HTTP/1.1\nHost: 192.168.50.1\n\n{"id":1,"method":"login","params":["root","{v}"]}', None),
    ("couchdb_replicate_json_source_url_userinfo", "proto", 'POST /_replicate HTTP/1.1\nContent-Type: application/json\n\n{"source":"https://{u}:{v}@{h}:6984/inspections","target":"inspections_local"}', None),
    # ---------------- sql
    ("sqlcipher_pragma_key_quoted", "sql", "sqlite> PRAGMA key = '{v}';\nsqlite> SELECT count(*) FROM inspections;\n412", None),
    ("pgcrypto_pgp_sym_encrypt_second", "sql", "queens=# UPDATE breeders SET phone_enc = pgp_sym_encrypt(phone, '{v}');\nUPDATE 37", None),
    ("mysql_aes_encrypt_second", "sql", "mysql> INSERT INTO labels (qr) VALUES (AES_ENCRYPT('L6-041', '{v}'));\nQuery OK, 1 row affected", None),
    ("clickhouse_remote_table_function_fifth", "sql", ":) SELECT avg(weight) FROM remote('{h}:9000', telemetry, hive_weight, '{u}', '{v}');", None),
]

SET_ASIDE = {
    "paho_mqtt_username_pw_set_second": "the method name says pw right before the value",
    "gpg_passphrase_fd_zero_echo": "the flag names the passphrase",
    "mysql_glued_lower_p": "kept the mysqldump variant instead; an earlier corpus names mysql -pPW",
    "aria2c_ftp_url_userinfo": "same FTP URL userinfo as the kept wget form",
    "bcp_capital_p_after_capital_u": "same flag pair as the kept sqlcmd form",
    "openssl_pkcs12_passin_pass_colon": "`pass:` is itself a key-like prefix",
    "grafana_cli_reset_admin_password_positional": "the subcommand says password right before the value",
    "sql_encryptbypassphrase_first": "the function name says passphrase",
}

DROPPED = {
    "python_pywinrm_session_auth_tuple": "same auth-tuple position as the kept requests form",
    "go_jwt_signedstring_byte_slice": "close to the earlier Go byte-slice secret literal",
    "ruby_jwt_encode_second": "same call shape as the kept PyJWT form",
    "java_jjwt_keys_hmacshakeyfor_getbytes": "same idea as the kept auth0 `Algorithm.HMAC256`",
    "scala_slick_database_forurl_third": "same url-user-secret triple as the kept Groovy `Sql.newInstance`",
    "php_ftp_login_third": "close to the earlier FTP login forms",
    "node_cookie_session_keys_array_first": "close to the earlier cookie-parser secret",
    "micropython_wlan_connect_second": "same SSID-then-key call as the kept `WiFi.begin`",
    "smbmap_lower_p_after_lower_u": "another -u / -p pair of a pentest tool",
    "racadm_lower_p_after_lower_u": "same -u / -p shape as the kept ipmitool form",
    "duplicity_ftp_url_userinfo": "same FTP URL userinfo as the kept wget form",
    "redis_cli_lower_u_uri_userinfo": "redis-cli is covered by an earlier corpus",
    "detox_typetext_single": "same single typeText call as the kept Espresso form",
    "testcafe_typetext_second": "same selector-then-text call as the kept Puppeteer form",
    "htpasswd_batch_third_positional": "tool name and its output both say password",
    "passwd_stdin_flag_echo": "tool name and its output both say password",
}
SET_ASIDE.update(DROPPED)
P = [x for x in P if x[0] not in DROPPED]

HIDDEN = {}


def enc_value(kind, pw, user):
    if kind == "b64pw":
        return b64(pw)
    if kind == "b64pair":
        return b64(user + ":" + pw)
    if kind == "b64sasl":
        return b64("\x00" + user + "\x00" + pw)
    if kind == "b64irc":
        return b64(user + "\x00" + user + "\x00" + pw)
    raise ValueError(kind)


def hidden_pw(kind, value):
    raw = base64.b64decode(value).decode()
    if kind == "b64pw":
        return raw
    if kind == "b64pair":
        return raw.split(":", 1)[1]
    return raw.split("\x00")[-1]


GATE_LINE = "%-10s%-20s%-20s%s"


def generate(reg, seed=22103):
    rng = random.Random(seed)
    recs, hidden = [], []
    for syn, where, tmpl, kind in P:
        u = rng.choice(USERS)
        h = rng.choice(HOSTS)
        pw = reg.draw(lambda: C.password(rng, strict=True))
        if kind:
            value = reg.draw(lambda: enc_value(kind, pw, u))
            hidden.append(pw)
        else:
            value = pw
        if syn == "apiary_gate_fixed_width_cols_31_to_50":
            line = GATE_LINE % ("G-%02d" % rng.randint(1, 40), "Heather Bank north", value, "winter feed only")
            assert line[30:30 + len(value)] == value
            text = tmpl + line[:30] + "\x00V\x00" + line[30 + len(value):] + "\n"
        else:
            text = tmpl.replace("{u}", u).replace("{h}", h).replace("{B64U}", b64(u)).replace("{LEN}", str(len(value)))
            text = text.replace("{v}", "\x00V\x00", 1)
        if syn == "c_sqlcipher_sqlite3_key_second":
            text = text.replace('(int)strlen("{v}")', "%d" % len(value))
        assert text.count("\x00V\x00") == 1 and "{v}" not in text, syn
        start = text.index("\x00V\x00")
        text = text.replace("\x00V\x00", value)
        if not text.endswith("\n"):
            text += "\n"
        t = PFX + syn
        recs.append({"type": t, "container": t + "__" + WHERE[where], "text": text,
                     "secrets": [{"value": value, "start": start, "end": start + len(value), "type": t}],
                     "source": "password"})
        if kind:
            HIDDEN[t] = kind
    return recs, hidden
