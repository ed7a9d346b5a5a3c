"""Password source: passwords passed WITHOUT a telling `password=` key, by
position, flag, URL userinfo, protocol element, UI automation or file column."""
import base64
import random

from common216 import MARK, password

SEED = 21603
PFX = "railpw_"

SUFFIX = {
    "cli": "club_ops_shell_transcript",
    "stdin": "layout_pi_stdin_pipe",
    "lib": "club_app_code_fragment",
    "file": "club_server_file_listing",
    "proto": "clubhouse_lan_capture_decode",
    "gui": "shop_ui_automation_script",
    "sql": "stock_db_sql_console",
}

V = MARK


def fixed_width(pw):
    rows = [("0012", "Heat marshal A", "turn 3"), ("0047", "Heat marshal B", "pit exit")]
    out = ["#" + "-" * 60]
    out.append("#id  role".ljust(30) + "ref".ljust(22) + " post")
    for i, (a, b, c) in enumerate(rows):
        code = V + " " * (22 - len(pw)) if i == 0 else "-".ljust(22)
        out.append((a + "  " + b).ljust(30) + code + " " + c)
    return "\n".join(out) + "\n"


SYNTAXES = [
    # ---------------------------------------------------------------- cli
    ("psql_connection_uri_userinfo", "cli", "$ psql \"postgresql://timing:" + V + "@db.kestrel-rc.lan:5432/laps?sslmode=require\" -c '\\dt'\n"),
    ("sqlcmd_capital_p_after_capital_u", "cli", "C:\\> sqlcmd -S SHOPSQL\\STOCK -U stockapp -P " + V + " -Q \"SELECT COUNT(*) FROM Kits\"\n-----------\n       1843\n"),
    ("unixodbc_isql_third_positional", "cli", "$ isql -v StockDSN stockro " + V + "\n+---------------------------------------+\n| Connected!                            |\n"),
    ("mosquitto_pub_capital_p_after_lower_u", "cli", "$ mosquitto_pub -h 10.0.4.2 -u layout -P " + V + " -t layout/points/7 -m THROWN\n"),
    ("mosquitto_passwd_batch_third_positional", "cli", "$ sudo mosquitto_passwd -b /etc/mosquitto/passwd signals " + V + "\n$ sudo systemctl reload mosquitto\n"),
    ("htpasswd_batch_third_positional", "cli", "$ sudo htpasswd -b /etc/nginx/.htpasswd-bookings marshal " + V + "\nUpdating password for user marshal\n"),
    ("wget_ftp_url_userinfo", "cli", "$ wget ftp://decoders:" + V + "@files.eastfield.lan/sound/class37.zip\n"),
    ("lftp_lower_u_comma_pair", "cli", "$ lftp -u shopftp," + V + " sftp://upload.marshbrook.example\nlftp shopftp@upload.marshbrook.example:~> mirror -R ./catalogue\n"),
    ("ncftpput_lower_p_after_lower_u", "cli", "$ ncftpput -u webclub -p " + V + " ftp.hollowvale.example /htdocs exhibition.html\n"),
    ("rclone_obscure_single_positional", "cli", "$ rclone obscure " + V + " >> ~/.config/rclone/nas-pass.txt\n"),
    ("wpa_passphrase_second_positional", "cli", "$ wpa_passphrase ClubLayoutNet " + V + " | sudo tee -a /etc/wpa_supplicant/wpa_supplicant.conf > /dev/null\n"),
    ("openssl_pkcs12_passout_pass_prefix", "cli", "$ openssl pkcs12 -export -in shop.crt -inkey shop.key -out shop.p12 -passout pass:" + V + "\n"),
    ("qpdf_encrypt_owner_second_positional_empty_user", "cli", "$ qpdf --encrypt \"\" " + V + " 256 -- price-list.pdf price-list-locked.pdf\n"),
    ("rar_hp_glued_header_switch", "cli", "$ rar a -hp" + V + " swapmeet-tables.rar tables.xlsx\n"),
    ("git_remote_set_url_https_userinfo", "cli", "$ git remote set-url origin https://railkev:" + V + "@git.eastfield.lan/layout/jmri-scripts.git\n$ git push\n"),
    ("docker_login_lower_p_after_lower_u", "cli", "$ docker login registry.kestrel-rc.lan -u ci -p " + V + "\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded\n"),
    ("minio_mc_alias_set_fourth_positional", "cli", "$ mc alias set clubnas http://nas.eastfield.lan:9000 layoutbackup " + V + "\nAdded `clubnas` successfully.\n"),
    ("ipmitool_capital_p_after_capital_u", "cli", "$ ipmitool -I lanplus -H 10.0.9.5 -U ADMIN -P " + V + " chassis power status\nChassis Power is on\n"),
    ("influx_setup_lower_p_after_lower_u", "cli", "$ influx setup -u admin -p " + V + " -o kestrel-rc -b laps -r 0 -f\n"),
    ("mongodump_uri_userinfo", "cli", "$ mongodump --uri \"mongodb://swapmeet:" + V + "@10.0.7.3:27017/tables\" --out /backup/2026-01-17\n"),
    ("nats_cli_server_url_userinfo", "cli", "$ nats pub -s nats://timing:" + V + "@10.0.4.9:4222 laps.heat3 '{\"car\":12,\"lap\":7}'\n"),
    ("sqlplus_slash_pair_connect_identifier", "cli", "$ sqlplus stock/" + V + "@//db.marshbrook.lan:1521/SHOP\n\nSQL*Plus: Release 19.0.0.0.0 - Production\n"),
    ("db2_connect_using_clause", "cli", "db2 => connect to STOCKDB user stockapp using " + V + "\n\n   Database Connection Information\n"),
    ("espota_lower_a_auth_flag", "cli", "$ python3 espota.py -i 10.0.4.31 -p 8266 -a " + V + " -f .pio/build/d1_mini/firmware.bin\nUploading......\n"),
    ("webrepl_cli_lower_p_flag", "cli", "$ python3 webrepl_cli.py -p " + V + " turnout.py 10.0.4.40:/turnout.py\n"),
    ("hydra_lower_p_after_lower_l", "cli", "$ hydra -l admin -p " + V + " 10.0.4.50 http-get /   # checking our own signal box panel\n"),
    ("ssh_keygen_capital_p_old_phrase", "cli", "$ ssh-keygen -p -f ~/.ssh/id_ed25519_layout -P " + V + " -N ''\nYour identification has been saved with the new passphrase.\n"),
    ("veracrypt_text_lower_p_flag", "cli", "$ veracrypt --text --non-interactive -p " + V + " /dev/sdb1 /media/clubbackup\n"),
    ("pdftotext_upw_flag", "cli", "$ pdftotext -upw " + V + " insurance-schedule-2026.pdf - | head\n"),
    ("apksigner_ks_pass_pass_prefix", "cli", "$ apksigner sign --ks swapmeet-release.jks --ks-pass pass:" + V + " app-release-unsigned.apk\n"),
    ("macos_security_unlock_keychain_lower_p", "cli", "$ security unlock-keychain -p " + V + " ~/Library/Keychains/build.keychain-db\n"),
    ("macos_networksetup_airport_third_positional", "cli", "$ networksetup -setairportnetwork en0 ClubLayoutNet " + V + "\n"),
    ("raspi_config_nonint_wifi_second_positional", "cli", "$ sudo raspi-config nonint do_wifi_ssid_passphrase ClubLayoutNet " + V + "\n"),
    ("openssl_passwd_sha512_single_positional", "cli", "$ openssl passwd -6 " + V + " > /tmp/hash.txt\n"),
    ("mkpasswd_sha512_single_positional", "cli", "$ mkpasswd -m sha-512 " + V + " | sudo tee -a /root/marshal.hash > /dev/null\n"),
    ("doveadm_pw_lower_p_flag", "cli", "$ doveadm pw -s SHA512-CRYPT -p " + V + " >> /etc/dovecot/users.pending\n"),
    ("caddy_hash_password_plaintext_flag", "cli", "$ caddy hash-password --plaintext " + V + " > bookings.hash\n"),
    ("macos_open_vnc_url_userinfo", "cli", "$ open vnc://layout:" + V + "@10.0.4.21\n"),
    ("macos_mount_smbfs_url_userinfo", "cli", "$ mount_smbfs //shop:" + V + "@nas.marshbrook.lan/stock /Volumes/stock\n"),
    ("mysqlsh_uri_user_colon_pair", "cli", "$ mysqlsh stock:" + V + "@db.marshbrook.lan:3306 --sql -e 'SHOW TABLES'\n"),
    ("yt_dlp_lower_p_after_lower_u", "cli", "$ yt-dlp -u hollowvale.show -p " + V + " https://vimeo.com/showcase/exhibition-2025\n"),
    ("transmission_remote_lower_n_colon_pair", "cli", "$ transmission-remote 10.0.9.8:9091 -n clubnas:" + V + " -l\n"),
    ("megacmd_mega_login_second_positional", "cli", "$ mega-login photos@hollowvale.example " + V + "\n"),
    # -------------------------------------------------------------- stdin
    ("vncpasswd_f_stdin_echo", "stdin", "$ echo '" + V + "' | vncpasswd -f > ~/.vnc/passwd\n$ chmod 600 ~/.vnc/passwd\n"),
    ("smbpasswd_s_stdin_shell_variable_twice", "stdin", "$ p='" + V + "'; printf '%s\\n%s\\n' \"$p\" \"$p\" | sudo smbpasswd -s -a layout\nAdded user layout.\n"),
    ("saslpasswd2_lower_p_stdin_echo", "stdin", "$ echo '" + V + "' | sudo saslpasswd2 -p -c -u mail.marshbrook.example orders\n"),
    ("htpasswd_lower_i_stdin_echo", "stdin", "$ echo '" + V + "' | htpasswd -i /etc/nginx/.htpasswd-timing timekeeper\n"),
    ("gpg_passphrase_fd_zero_echo_pipe", "stdin", "$ echo '" + V + "' | gpg --batch --pinentry-mode loopback --passphrase-fd 0 -d members-2026.csv.gpg > members.csv\n"),
    ("docker_login_password_stdin_echo", "stdin", "$ echo '" + V + "' | docker login registry.kestrel-rc.lan -u ci --password-stdin\nLogin Succeeded\n"),
    ("openssl_rsa_passin_stdin_echo", "stdin", "$ echo '" + V + "' | openssl rsa -in shop-tls.key -passin stdin -out /run/shop-tls.key\nwriting RSA key\n"),
    ("kinit_principal_stdin_echo", "stdin", "$ echo '" + V + "' | kinit layout@EASTFIELD.LAN\n$ klist\n"),
    ("ansible_vault_file_process_substitution_echo", "stdin", "$ ansible-playbook site.yml -i inventory.ini --vault-password-file <(echo '" + V + "')\n"),
    ("restic_password_command_echo", "stdin", "$ restic -r sftp:nas:/restic/club backup /srv --password-command \"echo " + V + "\"\n"),
    ("passwd_stdin_rhel_echo", "stdin", "$ echo '" + V + "' | sudo passwd --stdin marshal\nChanging password for user marshal.\n"),
    ("pass_insert_echo_flag_stdin", "stdin", "$ echo '" + V + "' | pass insert -e club/layout-pi\n"),
    ("secret_tool_store_stdin_echo", "stdin", "$ echo -n '" + V + "' | secret-tool store --label='JMRI layout' service jmri user layout\n"),
    # ---------------------------------------------------------------- lib
    ("python_mysqldb_connect_third_positional", "lib", "import MySQLdb\nconn = MySQLdb.connect(\"db.marshbrook.lan\", \"stock\", \"" + V + "\", \"shop\")\n"),
    ("python_asyncpg_connect_dsn_userinfo", "lib", "conn = await asyncpg.connect(\"postgresql://timing:" + V + "@db.kestrel-rc.lan/laps\")\n"),
    ("python_pymongo_mongoclient_uri_userinfo", "lib", "client = MongoClient(\"mongodb://swapmeet:" + V + "@10.0.7.3:27017/tables?authSource=admin\")\n"),
    ("python_paho_username_pw_set_second", "lib", "client = mqtt.Client(client_id=\"fiddleyard\")\nclient.username_pw_set(\"layout\", \"" + V + "\")\nclient.connect(\"10.0.4.2\")\n"),
    ("python_ftplib_ftp_ctor_third", "lib", "ftp = ftplib.FTP(\"files.eastfield.lan\", \"decoders\", \"" + V + "\")\nftp.retrlines(\"LIST\")\n"),
    ("python_poplib_pass_underscore_single", "lib", "box = poplib.POP3_SSL(\"mail.marshbrook.example\")\nbox.user(\"orders\")\nbox.pass_(\"" + V + "\")\n"),
    ("python_pexpect_sendline_after_login_prompt", "lib", "child = pexpect.spawn(\"telnet 10.0.4.60\")\nchild.expect(\"ogin:\")\nchild.sendline(\"marshal\")\nchild.expect(\"ode:\")\nchild.sendline(\"" + V + "\")\n"),
    ("python_telnetlib_write_after_read_until", "lib", "tn = telnetlib.Telnet(\"10.0.4.61\", 2560)\ntn.read_until(b\"Enter code: \")\ntn.write(b\"" + V + "\\n\")\n"),
    ("python_pikepdf_open_second_positional", "lib", "pdf = pikepdf.open(\"insurance-schedule.pdf\", \"" + V + "\")\n"),
    ("python_requests_auth_tuple_second", "lib", "r = requests.get(BOOKINGS_URL + \"/api/slots\", auth=(\"marshal\", \"" + V + "\"), timeout=10)\n"),
    ("python_httpx_basicauth_second", "lib", "auth = httpx.BasicAuth(\"timing\", \"" + V + "\")\nclient = httpx.Client(auth=auth)\n"),
    ("python_pywinrm_session_auth_tuple", "lib", "s = winrm.Session(\"shop-till\", auth=(\"shopadmin\", \"" + V + "\"))\nprint(s.run_cmd(\"ipconfig\").std_out)\n"),
    ("python_ldap_simple_bind_s_second", "lib", "l = ldap.initialize(\"ldap://dir.eastfield.lan\")\nl.simple_bind_s(\"uid=layout,ou=people,dc=eastfield\", \"" + V + "\")\n"),
    ("node_mysql2_connection_uri_userinfo", "lib", "const conn = await mysql.createConnection(\"mysql://stock:" + V + "@db.marshbrook.lan/shop\");\n"),
    ("node_mqtt_js_connect_url_userinfo", "lib", "const client = mqtt.connect(\"mqtt://layout:" + V + "@10.0.4.2:1883\");\n"),
    ("node_nodemailer_transport_url_userinfo", "lib", "const tx = nodemailer.createTransport(\"smtps://orders%40marshbrook.example:" + V + "@smtp.marshbrook.example\");\n"),
    ("node_buffer_from_user_colon_pair_base64", "lib", "const basic = Buffer.from(\"marshal:" + V + "\").toString(\"base64\");\n"),
    ("node_crypto_pbkdf2sync_first", "lib", "const key = crypto.pbkdf2Sync(\"" + V + "\", salt, 210000, 32, \"sha256\");\n"),
    ("node_bcrypt_hash_first", "lib", "// seed.js - first admin for the booking site\nconst hash = await bcrypt.hash(\"" + V + "\", 12);\n"),
    ("java_drivermanager_getconnection_third", "lib", "Connection c = DriverManager.getConnection(\"jdbc:postgresql://db.kestrel-rc.lan/laps\", \"timing\", \"" + V + "\");\n"),
    ("java_keystore_load_second_chararray", "lib", "KeyStore ks = KeyStore.getInstance(\"PKCS12\");\nks.load(new FileInputStream(\"shop.p12\"), \"" + V + "\".toCharArray());\n"),
    ("csharp_networkcredential_ctor_second", "lib", "smtp.Credentials = new NetworkCredential(\"orders@marshbrook.example\", \"" + V + "\");\n"),
    ("csharp_x509certificate2_ctor_second", "lib", "var cert = new X509Certificate2(\"shop-client.pfx\", \"" + V + "\");\n"),
    ("go_mysql_dsn_user_colon_pair_tcp", "lib", "db, err := sql.Open(\"mysql\", \"stock:" + V + "@tcp(db.marshbrook.lan:3306)/shop\")\n"),
    ("go_net_http_setbasicauth_second", "lib", "req.SetBasicAuth(\"marshal\", \"" + V + "\")\nresp, err := http.DefaultClient.Do(req)\n"),
    ("go_jlaffaye_ftp_login_second", "lib", "c, _ := ftp.Dial(\"files.eastfield.lan:21\")\nerr = c.Login(\"decoders\", \"" + V + "\")\n"),
    ("rust_sqlx_pool_connect_url_userinfo", "lib", "let pool = PgPool::connect(\"postgres://timing:" + V + "@db.kestrel-rc.lan/laps\").await?;\n"),
    ("ruby_net_http_basic_auth_second", "lib", "req = Net::HTTP::Get.new(uri)\nreq.basic_auth(\"marshal\", \"" + V + "\")\n"),
    ("ruby_net_ftp_open_third", "lib", "Net::FTP.open(\"files.eastfield.lan\", \"decoders\", \"" + V + "\") do |ftp|\n  ftp.getbinaryfile(\"class37.zip\")\nend\n"),
    ("php_mysqli_connect_third", "lib", "$db = mysqli_connect('localhost', 'stock', '" + V + "', 'shop');\n"),
    ("php_ftp_login_third", "lib", "$conn = ftp_connect('ftp.hollowvale.example');\nftp_login($conn, 'webclub', '" + V + "');\n"),
    ("php_imap_open_third", "lib", "$mbox = imap_open('{mail.marshbrook.example:993/imap/ssl}INBOX', 'orders', '" + V + "');\n"),
    ("perl_dbi_connect_third", "lib", "my $dbh = DBI->connect(\"dbi:Pg:dbname=laps;host=db.kestrel-rc.lan\", \"timing\", \"" + V + "\", {RaiseError => 1});\n"),
    ("perl_net_ftp_login_second", "lib", "my $ftp = Net::FTP->new(\"files.eastfield.lan\");\n$ftp->login(\"decoders\", \"" + V + "\");\n"),
    ("arduino_wifi_begin_second", "lib", "void setup() {\n  WiFi.begin(\"ClubLayoutNet\", \"" + V + "\");\n}\n"),
    ("arduino_pubsubclient_connect_third", "lib", "if (client.connect(\"turntable-01\", \"layout\", \"" + V + "\")) {\n  client.subscribe(\"layout/turntable\");\n}\n"),
    ("micropython_wlan_connect_second", "lib", "wlan = network.WLAN(network.STA_IF)\nwlan.active(True)\nwlan.connect(\"ClubLayoutNet\", \"" + V + "\")\n"),
    ("micropython_umqtt_mqttclient_fifth_positional", "lib", "c = MQTTClient(\"signal-7\", \"10.0.4.2\", 1883, \"layout\", \"" + V + "\")\nc.connect()\n"),
    ("circuitpython_wifi_radio_connect_second", "lib", "wifi.radio.connect(\"ClubLayoutNet\", \"" + V + "\")\n"),
    ("dart_httpclientbasiccredentials_second", "lib", "client.addCredentials(uri, \"bookings\", HttpClientBasicCredentials(\"marshal\", \"" + V + "\"));\n"),
    ("powershell_convertto_securestring_first", "lib", "$sec = ConvertTo-SecureString '" + V + "' -AsPlainText -Force\n$cred = New-Object PSCredential('SHOP\\tilladmin', $sec)\n"),
    ("vba_worksheet_unprotect_single", "lib", "Sub UpdatePrices()\n    Worksheets(\"Stock\").Unprotect \"" + V + "\"\nEnd Sub\n"),
    ("vba_workbooks_open_fifth_positional", "lib", "Set wb = Workbooks.Open(\"C:\\shop\\prices.xlsx\", , , , \"" + V + "\")\n"),
    # --------------------------------------------------------------- file
    ("davfs2_secrets_third_field", "file", "# /etc/davfs2/secrets\n# url | user | secret\nhttps://cloud.eastfield.lan/remote.php/dav/files/layout layout " + V + "\n"),
    ("proxychains_conf_socks5_fifth_field", "file", "# /etc/proxychains4.conf\nstrict_chain\n[ProxyList]\nsocks5 10.0.9.1 1080 clubproxy " + V + "\n"),
    ("ppp_chap_secrets_third_field", "file", "# /etc/ppp/chap-secrets\n# client  server  secret  IP addresses\n\"mobile\"  *  \"" + V + "\"  *\n"),
    ("exim_passwd_client_third_colon_field", "file", "# /etc/exim4/passwd.client\n### target.mail.server.example:login:password\nsmtp.marshbrook.example:orders@marshbrook.example:" + V + "\n"),
    ("rsyncd_secrets_user_colon_pair", "file", "# /etc/rsyncd.secrets (mode 600)\nlayoutbackup:" + V + "\n"),
    ("sendmail_authinfo_p_colon_quoted", "file", "# /etc/mail/authinfo\nAuthInfo:smtp.marshbrook.example \"U:orders\" \"I:orders\" \"P:" + V + "\" \"M:PLAIN\"\n"),
    ("club_member_roster_csv_fifth_column", "file", "no,name,scale,locker,access,joined\n1187,R. Hale,OO,14," + V + ",2019-03-02\n1203,S. Patel,N,22,,2021-09-11\n"),
    ("layout_throttle_pairing_pipe_second_field", "file", "# throttle|phrase|loco|max\nwt-03|" + V + "|47237|80\nwt-04|-|37409|60\n"),
    ("race_marshal_kiosk_fixed_width_cols_31_to_52", "file", None),
    ("swap_meet_table_tsv_fourth_column", "file", "table\tseller\tphone\tentry\tpaid\n12\tJ. Moss\t07700 900412\t" + V + "\tyes\n"),
    ("exhibition_stand_semicolon_third_field", "file", "stand;layout;gate;arrive\nB7;Hollowvale Junction;" + V + ";07:30\n"),
    ("decoder_programmer_json_array_third_element", "file", "[\"Eastfield\", \"sprog3\", \"" + V + "\", 12080, true]\n"),
    # -------------------------------------------------------------- proto
    ("mqtt_connect_tcpdump_ascii_payload", "proto", "20:14:07.118204 IP 10.0.4.31.52344 > 10.0.4.2.1883: Flags [P.], seq 1:56, ack 1, win 502, length 55\nE..k..@.@.....\n...x.[..MQTT.....<..turntable-01..layout.." + V + "\n"),
    ("http_proxy_authorization_basic_b64_header", "proto", "b64:userpass"),
    ("xmpp_sasl_plain_auth_element_b64", "proto", "b64:nulpair"),
    ("smtp_auth_login_second_b64_line", "proto", "b64:single"),
    ("socks5_rfc1929_tcpflow_ascii_dump", "proto", "010.000.004.021.51234-010.000.009.001.01080: ...\n010.000.004.021.51234-010.000.009.001.01080: ..clubproxy." + V + "\n010.000.009.001.01080-010.000.004.021.51234: ..\n"),
    ("redis_resp_auth_strace_write_second_bulk", "proto", "strace:resp"),
    ("esp_at_cwjap_second_quoted", "proto", "> AT+CWMODE=1\nOK\n> AT+CWJAP=\"ClubLayoutNet\",\"" + V + "\"\nWIFI CONNECTED\nWIFI GOT IP\nOK\n"),
    # ---------------------------------------------------------------- gui
    ("robot_framework_input_text_second_arg", "gui", "*** Test Cases ***\nMarshal Can Log In\n    Open Browser    https://bookings.kestrel-rc.lan    firefox\n    Input Text    id=f1    marshal\n    Input Text    id=f2    " + V + "\n    Click Button    id=go\n"),
    ("puppeteer_page_type_second", "gui", "await page.type(\"#f1\", \"pat\");\nawait page.type(\"#f2\", \"" + V + "\");\nawait page.click(\"#go\");\n"),
    ("webdriverio_setvalue_chained", "gui", "await $(\"#f1\").setValue(\"pat\");\nawait $(\"#f2\").setValue(\"" + V + "\");\n"),
    ("testcafe_typetext_second", "gui", "await t\n  .typeText(\"#f1\", \"pat\")\n  .typeText(\"#f2\", \"" + V + "\")\n  .click(\"#go\");\n"),
    ("android_espresso_typetext_action", "gui", "onView(withId(R.id.f1)).perform(typeText(\"jo\"));\nonView(withId(R.id.f2)).perform(typeText(\"" + V + "\"), closeSoftKeyboard());\n"),
    ("xcuitest_element_typetext_single", "gui", "let field = app.textFields[\"f2\"]\nfield.tap()\nfield.typeText(\"" + V + "\")\n"),
    ("pywinauto_type_keys_single", "gui", "dlg = app.window(title=\"Till Back Office\")\ndlg[\"Edit2\"].type_keys(\"" + V + "\")\ndlg[\"OK\"].click()\n"),
    ("sikulix_type_single", "gui", "click(\"till_login_box.png\")\ntype(\"" + V + "\")\ntype(Key.ENTER)\n"),
    ("python_keyboard_write_single", "gui", "keyboard.wait(\"f9\")\nkeyboard.write(\"" + V + "\")\nkeyboard.send(\"enter\")\n"),
    ("python_pynput_controller_type_single", "gui", "kb = Controller()\ntime.sleep(2)\nkb.type(\"" + V + "\")\n"),
    ("detox_typetext_chained", "gui", "await element(by.id(\"f2\")).typeText(\"" + V + "\");\nawait element(by.id(\"go\")).tap();\n"),
    ("maestro_flow_inputtext_step", "gui", "appId: example.hollowvale.swapmeet\n---\n- launchApp\n- tapOn:\n    id: \"f2\"\n- inputText: \"" + V + "\"\n- tapOn: \"Sign in\"\n"),
    # ---------------------------------------------------------------- sql
    ("mssql_sp_addlogin_second", "sql", "1> EXEC sp_addlogin 'stockro', '" + V + "', 'Stock';\n2> GO\n"),
    ("mysql_aes_encrypt_second_literal", "sql", "mysql> UPDATE orders SET note_enc = AES_ENCRYPT(note, '" + V + "') WHERE note_enc IS NULL;\nQuery OK, 212 rows affected\n"),
    ("postgres_pgp_sym_encrypt_second_literal", "sql", "members=# UPDATE members SET dob_enc = pgp_sym_encrypt(dob::text, '" + V + "');\nUPDATE 341\n"),
    ("mssql_encryptbypassphrase_first", "sql", "1> SELECT MemberNo, ENCRYPTBYPASSPHRASE('" + V + "', InsuranceNo) FROM dbo.Members;\n2> GO\n"),
    ("mssql_openrowset_semicolon_third", "sql", "1> SELECT * FROM OPENROWSET('MSDASQL', 'LapsDSN';'timing';'" + V + "', 'SELECT * FROM heats');\n2> GO\n"),
]


def b64(s):
    return base64.b64encode(s.encode()).decode()


def build(reg):
    rng = random.Random(SEED)
    out = []
    hidden = []
    for syn, grp, tmpl in SYNTAXES:
        pw = reg.draw(lambda: password(rng, strict=True))
        if tmpl is None:
            t = fixed_width(pw)
            value = pw
        elif tmpl.startswith("b64:"):
            kind = tmpl[4:]
            hidden.append(pw)
            if kind == "userpass":
                value = reg.draw(lambda: b64("swapmeet:" + pw))
                t = ("CONNECT api.ebay.com:443 HTTP/1.1\nHost: api.ebay.com:443\nProxy-Authorization: Basic " + MARK +
                     "\nUser-Agent: stock-sync/1.4\n\nHTTP/1.1 200 Connection established\n")
            elif kind == "nulpair":
                value = reg.draw(lambda: b64("\0timing\0" + pw))
                t = ("SEND: <auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>" + MARK +
                     "</auth>\nRECV: <success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>\n")
            else:
                value = reg.draw(lambda: b64(pw))
                t = ("S: 220 smtp.marshbrook.example ESMTP\nC: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: b3JkZXJz\nS: 334 UGFzc3dvcmQ6\nC: " + MARK +
                     "\nS: 235 2.7.0 Authentication successful\n")
        elif tmpl == "strace:resp":
            value = pw
            body = "*2\\r\\n$4\\r\\nAUTH\\r\\n$%d\\r\\n%s\\r\\n" % (len(pw), MARK)
            n = len(body.replace("\\r\\n", "..").replace(MARK, pw))
            t = "write(5, \"" + body + "\", %d) = %d\nread(5, \"+OK\\r\\n\", 16384) = 5\n" % (n, n)
        else:
            t = tmpl
            value = pw
        if tmpl is None:
            start = t.index(MARK)
            text = t.replace(MARK, value)
        else:
            start = t.index(MARK)
            text = t.replace(MARK, value)
        out.append((PFX + syn, PFX + syn + "__" + SUFFIX[grp], text, start, value, pw))
    return out, hidden


# written but set aside (reason); they are filtered out before the build
SET_ASIDE = {
    "hydra_lower_p_after_lower_l": "a brute-force tool is an odd place for a real password",
    "openssl_passwd_sha512_single_positional": "near-duplicate of the kept mkpasswd form",
    "caddy_hash_password_plaintext_flag": "the command name says password right before the value",
    "yt_dlp_lower_p_after_lower_u": "another `-u` / `-p` pair, weak link to a club",
    "transmission_remote_lower_n_colon_pair": "weak link to a club; `u:p` pairs are covered",
    "ncftpput_lower_p_after_lower_u": "another `-u` / `-p` pair",
    "macos_open_vnc_url_userinfo": "URL userinfo is covered by several kept syntaxes",
    "mysqlsh_uri_user_colon_pair": "URL-style `user:pw@host` is covered",
    "wget_ftp_url_userinfo": "URL userinfo is covered",
    "influx_setup_lower_p_after_lower_u": "another `-u` / `-p` pair",
    "passwd_stdin_rhel_echo": "the command name is passwd right before the pipe target",
    "restic_password_command_echo": "the flag names the password right before the value",
    "python_poplib_pass_underscore_single": "the method name `pass_` names the field",
    "python_httpx_basicauth_second": "near-duplicate of the kept basic-auth helpers",
    "node_bcrypt_hash_first": "hashing a seed password; covered by the kept pbkdf2Sync form",
    "perl_net_ftp_login_second": "FTP login by position is covered by Python ftplib",
    "php_ftp_login_third": "FTP login by position is covered by Python ftplib",
    "ruby_net_ftp_open_third": "FTP login by position is covered by Python ftplib",
    "go_jlaffaye_ftp_login_second": "FTP login by position is covered by Python ftplib",
    "circuitpython_wifi_radio_connect_second": "near-duplicate of the MicroPython WLAN form",
    "python_pymongo_mongoclient_uri_userinfo": "URL userinfo is covered by mongodump",
}
ALL_SYNTAXES = SYNTAXES
SYNTAXES = [s for s in ALL_SYNTAXES if s[0] not in SET_ASIDE]
