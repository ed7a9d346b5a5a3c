"""Password source: passwords passed by position, flag, URL, protocol or file layout (no telling key)."""
import base64
import random

from common204 import MARK, password, record

SEED = 20403
TYPE_PREFIX = "quaypw_"
SUFFIX = {
    "cli": "ferry_ops_shell_transcript",
    "lib": "booking_app_source_snippet",
    "file": "terminal_host_config_excerpt",
    "proto": "vessel_lan_wire_decode",
    "sql": "manifest_db_sql_session",
    "gui": "ticket_portal_e2e_test",
}
USERS = ["deckops", "purser", "pilotdesk", "berthmaster", "aisfeed", "manifest", "ticketing", "harbourro", "crewcerts", "slipway"]
HOSTS = ["db1.quay.lan", "ais-gw.ferryco.internal", "tickets.islandlink.example", "10.40.2.17", "berths.pilotage.lan",
         "mq.slipway.internal", "nas.quay.lan", "manifest.ferryco.internal"]

# kinds: pw (plain), b64_pair (base64 user:pw), b64_sasl (base64 \0user\0pw), b64_single (base64 pw), nmea (plain, checksum fixed after)
SYNTAXES = [
    # ------------------------------------------------------------ command line
    ("sqlcmd_capital_p_after_capital_u", "cli", "PS C:\\ops> sqlcmd -S @H@ -d Manifests -U @U@ -P @V@ -Q \"SELECT COUNT(*) FROM dbo.Sailings\"\n(1 rows affected)\n", "pw"),
    ("unixodbc_isql_third_positional", "cli", "$ isql -v FerryDSN @U@ @V@\n+---------------------------------------+\n| Connected!                            |\n", "pw"),
    ("mosquitto_pub_capital_p_after_lower_u", "cli", "$ mosquitto_pub -h @H@ -t ferry/mv-loch-seaforth/pax -u @U@ -P @V@ -m '{\"onboard\":412}'\n", "pw"),
    ("curl_lower_u_colon_pair", "cli", "$ curl -s -u @U@:@V@ https://@H@/api/v2/sailings?date=2026-03-14 | jq '.[0].status'\n\"on time\"\n", "pw"),
    ("lftp_lower_u_comma_pair", "cli", "$ lftp -u @U@,@V@ sftp://@H@ -e 'put manifest_0715.csv; bye'\n", "pw"),
    ("ncftpput_lower_p_after_lower_u", "cli", "$ ncftpput -u @U@ -p @V@ @H@ /incoming port_return_2026w11.xml\n", "pw"),
    ("rclone_obscure_first_positional", "cli", "$ rclone obscure @V@\nq2Xw8a1yP0d3Jk6Rz-5nT9vLmA\n", "pw"),
    ("htpasswd_batch_fourth_positional", "cli", "$ sudo htpasswd -b /etc/nginx/.timetable_editors @U@ @V@\nAdding password for user @U@\n", "pw"),
    ("smbpasswd_silent_stdin_yes_head_two", "cli", "# yes '@V@' | head -n 2 | smbpasswd -s -a @U@\nAdded user @U@.\n", "pw"),
    ("expect_script_send_after_prompt", "cli", "#!/usr/bin/expect -f\nspawn ssh @U@@@H@\nexpect \"assword:\"\nsend \"@V@\\r\"\ninteract\n", "pw"),
    ("vncpasswd_f_stdin_echo", "cli", "$ echo '@V@' | vncpasswd -f > ~/.vnc/bridge_display.passwd\n", "pw"),
    ("ipmitool_capital_p_after_capital_u", "cli", "$ ipmitool -I lanplus -H @H@ -U @U@ -P @V@ chassis power status\nChassis Power is on\n", "pw"),
    ("sqlplus_logon_slash_at_string", "cli", "$ sqlplus @U@/@V@@//@H@:1521/PORTRET\nSQL*Plus: Release 19.0.0.0.0 - Production\n", "pw"),
    ("db2_connect_using_clause", "cli", "$ db2 connect to BERTHDB user @U@ using @V@\n   Database server        = DB2/LINUXX8664 11.5.8.0\n", "pw"),
    ("psql_connection_uri_userinfo", "cli", "$ psql postgresql://@U@:@V@@@H@:5432/manifests -c '\\dt'\n", "pw"),
    ("wpa_passphrase_second_positional", "cli", "$ wpa_passphrase \"MV-Isle-Crew\" @V@ >> /etc/wpa_supplicant/wpa_supplicant-wlan0.conf\n", "pw"),
    ("git_clone_https_url_userinfo", "cli", "$ git clone https://@U@:@V@@git.ferryco.internal/ops/timetable-publisher.git\nCloning into 'timetable-publisher'...\n", "pw"),
    ("unrar_extract_glued_lower_p", "cli", "$ unrar x -p@V@ crew_certs_2025.rar /srv/certs/\n", "pw"),
    ("redis_cli_lower_u_uri_userinfo", "cli", "$ redis-cli -u redis://@U@:@V@@@H@:6379/3 KEYS 'hold:*'\n", "pw"),
    ("nats_sub_server_url_userinfo", "cli", "$ nats sub -s nats://@U@:@V@@@H@:4222 'ais.position.>'\n", "pw"),
    ("psexec_lower_p_after_lower_u", "cli", "C:\\> psexec \\\\KIOSK-02 -u TERMINAL\\@U@ -p @V@ cmd /c ipconfig\n", "pw"),
    ("schtasks_rp_after_ru", "cli", "C:\\> schtasks /create /tn \"ManifestExport\" /tr C:\\ferry\\export.cmd /sc daily /st 05:30 /ru TERMINAL\\@U@ /rp @V@\n", "pw"),
    ("net_use_password_before_user_switch", "cli", "C:\\> net use Z: \\\\@H@\\manifests @V@ /user:TERMINAL\\@U@ /persistent:no\nThe command completed successfully.\n", "pw"),
    ("rasdial_third_positional", "cli", "C:\\> rasdial \"Pilot Station VPN\" @U@ @V@\nConnecting to Pilot Station VPN...\n", "pw"),
    ("curl_socks5h_proxy_url_userinfo", "cli", "$ curl --proxy socks5h://@U@:@V@@@H@:1080 https://ais.example.net/v1/status\n", "pw"),
    ("wget_ftp_url_userinfo", "cli", "$ wget ftp://@U@:@V@@@H@/exports/tides_2026.csv\n", "pw"),
    ("mutt_imaps_folder_url_userinfo", "cli", "$ mutt -f imaps://@U@:@V@@mail.ferryco.internal/INBOX\n", "pw"),
    ("snmpget_v3_capital_a_auth_passphrase", "cli", "$ snmpget -v3 -l authNoPriv -u @U@ -a SHA -A @V@ @H@ sysUpTime.0\n", "pw"),
    ("keepassxc_cli_show_stdin_echo", "cli", "$ echo '@V@' | keepassxc-cli show -q ferry_it.kdbx 'Deckplan/db'\n", "pw"),
    ("pk12util_capital_w_flag", "cli", "$ pk12util -i ticket_kiosk.p12 -d sql:/etc/pki/nssdb -W @V@\npk12util: PKCS12 IMPORT SUCCESSFUL\n", "pw"),
    ("adb_shell_input_text_single", "cli", "$ adb -s R58N31 shell input text '@V@'\n$ adb -s R58N31 shell input keyevent 66\n", "pw"),
    ("ydotool_type_single", "cli", "$ ydotool type '@V@'\n", "pw"),
    ("kitty_remote_send_text_single", "cli", "$ kitty @ send-text --match title:bridge-console '@V@\\r'\n", "pw"),
    ("zellij_action_write_chars_single", "cli", "$ zellij action write-chars '@V@'\n", "pw"),
    ("beeline_lower_p_after_lower_n", "cli", "$ beeline -u jdbc:hive2://@H@:10000/ais -n @U@ -p @V@ -e 'select count(*) from positions'\n", "pw"),
    ("sshfs_stdin_echo_password_stdin_option", "cli", "$ echo '@V@' | sshfs @U@@@H@:/srv/manifests /mnt/manifests -o password_stdin\n", "pw"),
    ("influx_v1_cli_password_long_flag", "cli", "$ influx -host @H@ -username @U@ -password @V@ -database tides -execute 'SHOW MEASUREMENTS'\n", "pw"),
    # ------------------------------------------------------------ library calls
    ("python_pymssql_connect_third_positional", "lib", "import pymssql\nconn = pymssql.connect(\"@H@\", \"@U@\", \"@V@\", \"Manifests\")\n", "pw"),
    ("python_ftplib_ftp_ctor_third", "lib", "from ftplib import FTP_TLS\nftp = FTP_TLS(\"@H@\", \"@U@\", \"@V@\")\nftp.prot_p()\n", "pw"),
    ("python_poplib_pass_underscore_single", "lib", "box = poplib.POP3_SSL(\"mail.ferryco.internal\")\nbox.user(\"@U@\")\nbox.pass_(\"@V@\")\n", "pw"),
    ("python_httpx_basicauth_second", "lib", "auth = httpx.BasicAuth(\"@U@\", \"@V@\")\nr = httpx.get(\"https://@H@/api/berths\", auth=auth)\n", "pw"),
    ("python_aiohttp_basicauth_second", "lib", "auth = aiohttp.BasicAuth(\"@U@\", \"@V@\")\nasync with session.get(AIS_URL, auth=auth) as resp:\n    data = await resp.json()\n", "pw"),
    ("python_pika_plaincredentials_second", "lib", "creds = pika.PlainCredentials(\"@U@\", \"@V@\")\nparams = pika.ConnectionParameters(\"@H@\", 5672, \"/ferry\", creds)\n", "pw"),
    ("python_gmqtt_set_auth_credentials_second", "lib", "client = MQTTClient(\"bridge-pax-counter\")\nclient.set_auth_credentials(\"@U@\", \"@V@\")\nawait client.connect(\"@H@\")\n", "pw"),
    ("python_mysqldb_connect_third_positional", "lib", "import MySQLdb\ndb = MySQLdb.connect(\"@H@\", \"@U@\", \"@V@\", \"deckplan\")\n", "pw"),
    ("python_keyring_set_password_third", "lib", "keyring.set_password(\"ferry-backoffice\", \"@U@\", \"@V@\")\n", "pw"),
    ("python_hmac_new_first_bytes_literal", "lib", "sig = hmac.new(b\"@V@\", body, hashlib.sha256).hexdigest()\n", "pw"),
    ("python_itsdangerous_serializer_first", "lib", "s = URLSafeTimedSerializer(\"@V@\", salt=\"season-pass\")\ntoken = s.dumps({\"pass_id\": pass_id})\n", "pw"),
    ("python_pyjwt_encode_second", "lib", "tok = jwt.encode({\"desk\": \"kiosk-2\"}, \"@V@\", algorithm=\"HS256\")\n", "pw"),
    ("python_requests_auth_tuple_second", "lib", "r = requests.post(RETURNS_URL, json=batch, auth=(\"@U@\", \"@V@\"), timeout=30)\n", "pw"),
    ("node_pg_pool_connectionstring_userinfo", "lib", "const pool = new Pool({ connectionString: 'postgres://@U@:@V@@@H@:5432/manifests' });\n", "pw"),
    ("node_crypto_createhmac_second", "lib", "const sig = crypto.createHmac('sha256', '@V@').update(rawBody).digest('hex');\n", "pw"),
    ("node_crypto_pbkdf2sync_first", "lib", "const key = crypto.pbkdf2Sync('@V@', salt, 210000, 32, 'sha512');\n", "pw"),
    ("node_bcrypt_hash_first", "lib", "const seeded = await bcrypt.hash('@V@', 12); // seed admin for staging\n", "pw"),
    ("node_mqtt_connect_url_userinfo", "lib", "const client = mqtt.connect('mqtts://@U@:@V@@@H@:8883');\n", "pw"),
    ("java_passwordauthentication_ctor_chararray", "lib", "return new PasswordAuthentication(\"@U@\", \"@V@\".toCharArray());\n", "pw"),
    ("java_keystore_load_second_chararray", "lib", "KeyStore ks = KeyStore.getInstance(\"PKCS12\");\nks.load(new FileInputStream(\"kiosk.p12\"), \"@V@\".toCharArray());\n", "pw"),
    ("java_secretkeyspec_first_getbytes", "lib", "SecretKeySpec k = new SecretKeySpec(\"@V@\".getBytes(StandardCharsets.UTF_8), \"HmacSHA256\");\n", "pw"),
    ("java_commons_ftpclient_login_second", "lib", "ftp.connect(\"@H@\");\nif (!ftp.login(\"@U@\", \"@V@\")) throw new IOException(\"login failed\");\n", "pw"),
    ("java_lettuce_redisclient_create_uri_userinfo", "lib", "RedisClient client = RedisClient.create(\"redis://@U@:@V@@@H@:6379/0\");\n", "pw"),
    ("kotlin_okhttp_credentials_basic_second", "lib", "val cred = Credentials.basic(\"@U@\", \"@V@\")\nval req = Request.Builder().url(url).header(\"Authorization\", cred).build()\n", "pw"),
    ("csharp_networkcredential_ctor_second", "lib", "var handler = new HttpClientHandler { Credentials = new NetworkCredential(\"@U@\", \"@V@\") };\n", "pw"),
    ("csharp_x509certificate2_ctor_second", "lib", "var cert = new X509Certificate2(\"kiosk-signing.pfx\", \"@V@\");\n", "pw"),
    ("csharp_hmacsha256_ctor_getbytes", "lib", "using var h = new HMACSHA256(Encoding.UTF8.GetBytes(\"@V@\"));\n", "pw"),
    ("go_url_userpassword_second", "lib", "u := &url.URL{Scheme: \"https\", Host: \"@H@\", User: url.UserPassword(\"@U@\", \"@V@\")}\n", "pw"),
    ("go_request_setbasicauth_second", "lib", "req.SetBasicAuth(\"@U@\", \"@V@\")\nresp, err := http.DefaultClient.Do(req)\n", "pw"),
    ("go_hmac_new_byte_slice_literal", "lib", "mac := hmac.New(sha256.New, []byte(\"@V@\"))\nmac.Write(payload)\n", "pw"),
    ("go_crypto_ssh_password_single", "lib", "cfg := &ssh.ClientConfig{User: \"@U@\", Auth: []ssh.AuthMethod{ssh.Password(\"@V@\")}}\n", "pw"),
    ("rust_ssh2_userauth_password_second", "lib", "sess.handshake()?;\nsess.userauth_password(\"@U@\", \"@V@\")?;\n", "pw"),
    ("rust_hmac_new_from_slice_literal", "lib", "let mut mac = HmacSha256::new_from_slice(b\"@V@\").expect(\"key\");\n", "pw"),
    ("ruby_net_ftp_login_second", "lib", "ftp = Net::FTP.new('@H@')\nftp.login('@U@', '@V@')\n", "pw"),
    ("ruby_openssl_hmac_hexdigest_second", "lib", "sig = OpenSSL::HMAC.hexdigest('SHA256', '@V@', request.raw_post)\n", "pw"),
    ("ruby_net_http_basic_auth_second", "lib", "req = Net::HTTP::Get.new(uri)\nreq.basic_auth('@U@', '@V@')\n", "pw"),
    ("php_mysqli_ctor_third", "lib", "<?php\n$db = new mysqli('@H@', '@U@', '@V@', 'deckplan');\n", "pw"),
    ("php_ftp_login_third", "lib", "<?php\n$c = ftp_ssl_connect('@H@');\nftp_login($c, '@U@', '@V@');\n", "pw"),
    ("php_hash_hmac_third", "lib", "<?php\n$sig = hash_hmac('sha256', $payload, '@V@');\n", "pw"),
    ("c_mysql_real_connect_fourth", "lib", "if (!mysql_real_connect(conn, \"@H@\", \"@U@\", \"@V@\", \"deckplan\", 3306, NULL, 0)) {\n    fprintf(stderr, \"%s\\n\", mysql_error(conn));\n}\n", "pw"),
    ("c_libcurl_setopt_userpwd_colon_pair", "lib", "curl_easy_setopt(h, CURLOPT_URL, \"https://@H@/returns\");\ncurl_easy_setopt(h, CURLOPT_USERPWD, \"@U@:@V@\");\n", "pw"),
    ("perl_dbi_connect_third", "lib", "my $dbh = DBI->connect(\"dbi:Pg:dbname=manifests;host=@H@\", \"@U@\", \"@V@\", { RaiseError => 1 });\n", "pw"),
    ("lua_luasql_env_connect_third", "lib", "local env = luasql.postgres()\nlocal con = env:connect(\"tides\", \"@U@\", \"@V@\", \"@H@\")\n", "pw"),
    ("micropython_wlan_connect_second", "lib", "wlan = network.WLAN(network.STA_IF)\nwlan.active(True)\nwlan.connect(\"MV-Isle-Crew\", \"@V@\")\n", "pw"),
    ("arduino_wifi_begin_second", "lib", "void setup() {\n  WiFi.begin(\"Linkspan-Sensors\", \"@V@\");\n  while (WiFi.status() != WL_CONNECTED) delay(500);\n}\n", "pw"),
    ("arduino_pubsubclient_connect_third", "lib", "if (mqtt.connect(\"tide-gauge-03\", \"@U@\", \"@V@\")) {\n  mqtt.publish(\"harbour/tide\", buf);\n}\n", "pw"),
    ("dotnet_sshnet_passwordauthenticationmethod_second", "lib", "var m = new PasswordAuthenticationMethod(\"@U@\", \"@V@\");\nvar ci = new ConnectionInfo(\"@H@\", \"@U@\", m);\n", "pw"),
    # ------------------------------------------------------------ files by position
    ("ppp_chap_secrets_third_field", "file", "# /etc/ppp/chap-secrets (4G backup link, pilot launch)\n# client        server  secret                  IP addresses\n@U@     *       \"@V@\"     *\n", "pw"),
    ("strongswan_ipsec_secrets_psk_quoted", "file", "# /etc/ipsec.secrets\n%any 203.0.113.40 : PSK \"@V@\"\n", "pw"),
    ("davfs2_secrets_third_field", "file", "# /etc/davfs2/secrets\nhttps://@H@/remote.php/dav/files/@U@ @U@ @V@\n", "pw"),
    ("exim_passwd_client_third_colon_field", "file", "# /etc/exim4/passwd.client\nsmtp.ferryco.internal:@U@:@V@\n", "pw"),
    ("pgbouncer_userlist_second_quoted", "file", "; /etc/pgbouncer/userlist.txt\n\"@U@\" \"@V@\"\n", "pw"),
    ("sendmail_authinfo_p_colon_quoted", "file", "# /etc/mail/authinfo\nAuthInfo:smtp.ferryco.internal \"U:@U@\" \"P:@V@\" \"M:PLAIN\"\n", "pw"),
    ("pip_conf_index_url_userinfo", "file", "# /etc/pip.conf\n[global]\nindex-url = https://@U@:@V@@pypi.ferryco.internal/simple\n", "pw"),
    ("npmrc_underscore_auth_b64_pair", "file", "; ~/.npmrc\nregistry=https://npm.ferryco.internal/\n_auth=@V@\nalways-auth=true\n", "b64_pair"),
    ("ticket_kiosk_fixed_width_cols_31_to_48", "file", "", "fixed"),
    ("pilot_launch_radio_conf_pipe_second_field", "file", "# launch-radio.conf  (station|unlock|channel|power)\nPILOT-NORTH|@V@|ch14|25W\n", "pw"),
    ("berth_allocation_export_tab_fifth_column", "file", "berth\tvessel\tfrom\tto\tgate_phrase\tnotes\nB3\tMV Loch Frisa\t06:40\t07:15\t@V@\tlinkspan 2\n", "pw"),
    ("ais_gateway_ini_comma_list_third_item", "file", "; aisgw.ini\n[uplink]\nendpoint = @H@,10110,@V@,tls\n", "pw"),
    ("tide_gauge_logger_setup_line_fourth_token", "file", "# logger.cfg  (tide gauge, Tobermory pier)\nSETUP 60 UTC @V@ CRLF\nSENSOR RADAR 1\n", "pw"),
    ("msmtp_passwordeval_echo_quoted", "file", "# ~/.msmtprc (ticket office)\naccount office\nhost smtp.ferryco.internal\nuser @U@\npasswordeval \"echo @V@\"\n", "pw"),
    # ------------------------------------------------------------ protocols
    ("pop3_pass_command_line", "proto", "S: +OK Dovecot ready.\nC: USER @U@\nS: +OK\nC: PASS @V@\nS: +OK Logged in.\n", "pw"),
    ("smtp_auth_login_second_b64_line", "proto", "C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: @UB64@\nS: 334 UGFzc3dvcmQ6\nC: @V@\nS: 235 2.7.0 Authentication successful\n", "b64_single"),
    ("http_proxy_authorization_basic_b64", "proto", "CONNECT ais.example.net:443 HTTP/1.1\nHost: ais.example.net:443\nProxy-Authorization: Basic @V@\n\n", "b64_pair"),
    ("xmpp_sasl_plain_auth_element_b64", "proto", "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>@V@</auth>\n<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>\n", "b64_sasl"),
    ("nmea_proprietary_login_sentence_checksum", "proto", "", "nmea"),
    ("rtmp_publish_url_userinfo", "proto", "ffmpeg -re -i /dev/video0 -c:v libx264 -f flv rtmp://@U@:@V@@@H@/live/car-deck-cam\n", "pw"),
    ("memcached_text_auth_set_data_block", "proto", "C: set auth 0 0 @LEN@\nC: @U@ @V@\nS: STORED\n", "pw"),
    # ------------------------------------------------------------ SQL
    ("postgres_crypt_gen_salt_first", "sql", "manifests=# UPDATE staff SET pw_hash = crypt('@V@', gen_salt('bf', 10)) WHERE login = '@U@';\nUPDATE 1\n", "pw"),
    ("postgres_hmac_second_literal", "sql", "manifests=# SELECT encode(hmac(payload::bytea, '@V@', 'sha256'), 'hex') FROM return_batches WHERE id = 7;\n", "pw"),
    ("mssql_encryptbypassphrase_first", "sql", "1> UPDATE dbo.CrewCerts SET Blob = ENCRYPTBYPASSPHRASE('@V@', CertNo) WHERE Id = 42;\n2> GO\n", "pw"),
    ("mssql_openrowset_semicolon_third", "sql", "1> SELECT * FROM OPENROWSET('MSOLEDBSQL', '@H@';'@U@';'@V@', 'SELECT * FROM Berths.dbo.Slots');\n2> GO\n", "pw"),
    ("clickhouse_remote_table_function_fifth", "sql", "ais :) SELECT count() FROM remote('@H@:9000', 'ais', 'positions', '@U@', '@V@') WHERE mmsi = 232004512;\n", "pw"),
    ("oracle_dbms_crypto_raw_key_cast", "sql", "SQL> SELECT DBMS_CRYPTO.MAC(UTL_RAW.CAST_TO_RAW(msg), 3, UTL_RAW.CAST_TO_RAW('@V@')) FROM port_returns;\n", "pw"),
    # ------------------------------------------------------------ UI automation
    ("puppeteer_page_type_second", "gui", "await page.goto('https://@H@/login');\nawait page.type('#f1', '@U@');\nawait page.type('#f2', '@V@');\n", "pw"),
    ("testcafe_typetext_second", "gui", "await t\n  .typeText('#f1', '@U@')\n  .typeText('#f2', '@V@')\n  .click('#go');\n", "pw"),
    ("webdriverio_setvalue_single", "gui", "await $('#f1').setValue('@U@')\nawait $('#f2').setValue('@V@')\n", "pw"),
    ("robot_framework_input_text_second_cell", "gui", "*** Test Cases ***\nAgent Can Open Deck Plan\n    Input Text    id:f1    @U@\n    Input Text    id:f2    @V@\n    Click Button    id:go\n", "pw"),
    ("espresso_perform_typetext_single", "gui", "onView(withId(R.id.f2)).perform(typeText(\"@V@\"), closeSoftKeyboard())\n", "pw"),
    ("xcuitest_securetextfield_typetext_single", "gui", "let f = app.secureTextFields[\"f2\"]\nf.tap()\nf.typeText(\"@V@\")\n", "pw"),
    ("selenide_element_setvalue_single", "gui", "$(\"#f1\").setValue(\"@U@\");\n$(\"#f2\").setValue(\"@V@\");\n", "pw"),
    ("pywinauto_type_keys_single", "gui", "dlg = app.window(title_re=\".*Ticket Desk.*\")\ndlg.Edit2.type_keys(\"@V@\", with_spaces=False)\n", "pw"),
    ("powershell_sendkeys_sendwait_single", "gui", "Add-Type -AssemblyName System.Windows.Forms\n[System.Windows.Forms.SendKeys]::SendWait('@V@{ENTER}')\n", "pw"),
]

SET_ASIDE = {
    "influx_v1_cli_password_long_flag": "the flag is `-password`, a telling key",
    "msmtp_passwordeval_echo_quoted": "the directive `passwordeval` names the field",
    "sshfs_stdin_echo_password_stdin_option": "the `-o password_stdin` option names the field",
}


def short_pw(rng, maxlen):
    while True:
        p = password(rng, strict=True)
        if len(p) <= maxlen:
            return p


def nmea_sentence(user, pw):
    body = "PFRYL,LOGIN,%s,%s,MV-LOCH-FRISA" % (user, pw)
    cs = 0
    for ch in body:
        cs ^= ord(ch)
    return body, "%02X" % cs


def build(reg):
    rng = random.Random(SEED)
    recs = []
    hidden = []
    for syn, cat, tpl, kind in SYNTAXES:
        if syn in SET_ASIDE:
            continue
        user = rng.choice(USERS)
        host = rng.choice(HOSTS)
        pw = reg.draw(lambda: short_pw(rng, 18 if kind == "fixed" else 99))
        if kind == "pw":
            value = pw
        elif kind == "b64_pair":
            value = reg.add(base64.b64encode(("%s:%s" % (user, pw)).encode()).decode())
            hidden.append(pw)
        elif kind == "b64_sasl":
            value = reg.add(base64.b64encode(("\0%s\0%s" % (user, pw)).encode()).decode())
            hidden.append(pw)
        elif kind == "b64_single":
            value = reg.add(base64.b64encode(pw.encode()).decode())
            hidden.append(pw)
        elif kind == "nmea":
            value = pw
            body, cs = nmea_sentence(user, pw)
            tpl = ("# nc -u -l 10110 | grep PFRYL  (bridge PC -> shore gateway)\n"
                   "$GPRMC,071502.00,A,5637.21,N,00555.80,W,11.2,274.0,140326,,,A*6C\n"
                   "$" + body.replace(pw, "@V@") + "*" + cs + "\n")
        elif kind == "fixed":
            value = pw
            # columns 31-48 (1-based) hold the value, padded to 18 columns
            tpl = ("# kiosk.dat  fixed width: 1-10 kiosk, 11-30 site, 31-48 unlock, 49- tender\n"
                   + "%-10s%-20s" % ("K02", "TOBERMORY PIER") + "@V@" + " " * (18 - len(pw)) + "CARD+CASH\n")
        else:
            raise ValueError(kind)
        t = tpl.replace("@U@", user).replace("@H@", host)
        if "@UB64@" in t:
            t = t.replace("@UB64@", base64.b64encode(user.encode()).decode())
        if "@LEN@" in t:
            t = t.replace("@LEN@", str(len(user) + 1 + len(pw)))
        t = t.replace("@V@", MARK)
        typ = TYPE_PREFIX + syn
        recs.append(record(None, typ, typ + "__" + SUFFIX[cat], t, value, "password"))
    return recs, hidden
