"""Positional-password source: passwords passed without a telling `password=` key.

Span type `clubpw_<syntax>`, container `clubpw_<syntax>__<suffix>`. Slots: «p» password,
«u» user, «h» host, «b» Base64 run that hides the password (see B64 below)."""
import base64
import random

from common189 import password, make_record, rs, LOWER_ALNUM

SEED = 18903
PW_PREFIX = "clubpw_"
SUFFIX = {
    "cli": "venue_ops_terminal_history",
    "lib": "club_backend_code_excerpt",
    "file": "venue_server_config_file",
    "proto": "club_lan_packet_capture",
    "gui": "door_app_ui_test_script",
}
USERS = ["doorlead", "karaoke_ops", "bar_admin", "promo_sync", "lx_tech", "noise_bot", "cctv_export",
         "tabs_rw", "settle_svc", "booth_dj", "guestlist_api", "ops_kai", "mia_ops", "scanner07"]
HOSTS = ["door-api.club.internal", "tabs-db.club.internal", "karaoke.lan", "lx-console.club.internal",
         "nvr01.club.internal", "settle.club.internal", "booth-pc.club.internal", "noise-gw.club.internal",
         "10.20.4.17", "192.168.40.12", "mail.club.example", "guestlist-db.club.internal"]

# syntax, kind, template
S = [
    # ---------------- command line
    ("sshpass_lower_p_flag", "cli", "$ sshpass -p '«p»' ssh «u»@«h» 'sudo systemctl restart door-sync'\n"),
    ("smbclient_capital_u_user_percent_pair", "cli", "$ smbclient //«h»/cctv-exports -U '«u»%«p»' -c 'ls incidents/*'\n"),
    ("smbclient_service_then_bare_positional", "cli", "$ smbclient //«h»/settlements «p» -U «u» -c 'get week12.xlsx'\n"),
    ("xfreerdp_slash_p_colon_after_slash_u", "cli", "$ xfreerdp /v:«h» /u:«u» /p:«p» /cert:ignore /dynamic-resolution\n"),
    ("rdesktop_lower_p_after_lower_u", "cli", "$ rdesktop -u «u» -p «p» -g 1280x800 «h»\n"),
    ("mongosh_lower_p_after_lower_u", "cli", "$ mongosh --host «h» -u «u» -p '«p»' --authenticationDatabase admin guestlist\n"),
    ("redis_cli_lower_a_flag", "cli", "$ redis-cli -h «h» -a '«p»' --no-auth-warning INFO keyspace\n# Keyspace\ndb0:keys=1834,expires=1802\n"),
    ("rabbitmqctl_add_user_second_positional", "cli", "$ sudo rabbitmqctl add_user «u» '«p»'\nAdding user \"«u»\" ...\n"),
    ("curl_lower_u_user_colon_pair", "cli", "$ curl -s -u «u»:«p» https://«h»/api/v1/rooms | jq '.[].timer'\n"),
    ("docker_login_lower_p_after_lower_u", "cli", "$ docker login registry.club.internal -u «u» -p '«p»'\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded\n"),
    ("openshift_oc_login_lower_p_after_lower_u", "cli", "$ oc login https://api.«h»:6443 -u «u» -p '«p»' --insecure-skip-tls-verify\n"),
    ("azure_cli_login_lower_p_after_lower_u", "cli", "$ az login -u «u»@club.example -p '«p»' --allow-no-subscriptions\n"),
    ("cloudfoundry_cf_login_lower_p", "cli", "$ cf login -a https://api.cf.club.internal -u «u» -p '«p»' -o venue -s prod\n"),
    ("zip_capital_p_encrypt_flag", "cli", "$ zip -P '«p»' settlement-week12.zip settlement-week12.xlsx\n  adding: settlement-week12.xlsx (deflated 61%)\n"),
    ("unrar_glued_lower_p_extract", "cli", "$ unrar x -p«p» cctv-incident-0412.rar /srv/incidents/\n"),
    ("qpdf_encrypt_user_password_positional", "cli", "$ qpdf --encrypt «p» '' 256 -- guestlist-fri.pdf guestlist-fri-locked.pdf\n"),
    ("ssh_keygen_capital_p_old_passphrase", "cli", "$ ssh-keygen -p -f ~/.ssh/booth_ed25519 -P '«p»' -N ''\nYour identification has been saved with the new passphrase.\n"),
    ("ldapsearch_lower_w_after_capital_d", "cli", "$ ldapsearch -x -H ldap://«h» -D \"cn=«u»,dc=club,dc=internal\" -w '«p»' -b \"ou=staff,dc=club,dc=internal\" uid\n"),
    ("rhel_passwd_stdin_flag", "cli", "$ echo '«p»' | sudo passwd --stdin «u»\nChanging password for user «u».\npasswd: all authentication tokens updated successfully.\n"),
    ("mkpasswd_sha512_method_positional", "cli", "$ mkpasswd -m sha-512 '«p»'\n$6$«salt»$«hashbody»\n"),
    ("mosquitto_passwd_batch_third_positional", "cli", "$ sudo mosquitto_passwd -b /etc/mosquitto/passwd «u» '«p»'\n"),
    ("sudo_capital_s_stdin_echo", "cli", "$ echo '«p»' | sudo -S systemctl restart karaoke-timer\n"),
    ("ccrypt_capital_k_key_flag", "cli", "$ ccrypt -e -K '«p»' incident-log-2026-03.csv\n"),
    ("mpd_mpc_host_password_at_prefix", "cli", "$ mpc -h '«p»@«h»' play\nvolume: 80%   repeat: off\n"),
    ("ffmpeg_icecast_output_url_userinfo", "cli", "$ ffmpeg -re -i booth-master.wav -c:a libmp3lame -b:a 192k -content_type audio/mpeg -f mp3 icecast://source:«p»@«h»:8000/live.mp3\n"),
    ("git_remote_set_url_userinfo", "cli", "$ git remote set-url origin https://«u»:«p»@git.club.internal/venue/door-app.git\n"),
    ("poetry_config_http_basic_third_positional", "cli", "$ poetry config http-basic.clubpypi «u» '«p»'\n"),
    ("composer_config_http_basic_third_positional", "cli", "$ composer config --global http-basic.repo.club.internal «u» '«p»'\n"),
    ("dotnet_nuget_add_source_lower_p", "cli", "$ dotnet nuget add source https://nuget.club.internal/v3/index.json -n club -u «u» -p '«p»' --store-password-in-clear-text\n"),
    ("twine_upload_lower_p_after_lower_u", "cli", "$ twine upload --repository-url https://pypi.club.internal/ -u «u» -p '«p»' dist/*\n"),
    ("yt_dlp_lower_p_after_lower_u", "cli", "$ yt-dlp -u «u» -p '«p»' -x --audio-format flac https://mixes.club.internal/sets/closing-set-0314\n"),
    ("net_user_add_second_positional", "cli", "C:\\> net user «u» «p» /add /comment:\"door tablet kiosk\"\nThe command completed successfully.\n"),
    ("dsadd_user_lower_pwd_flag", "cli", "C:\\> dsadd user \"CN=«u»,OU=Door,DC=club,DC=internal\" -pwd «p» -mustchpwd yes\n"),
    ("winrs_lower_p_colon_after_lower_u", "cli", "C:\\> winrs -r:«h» -u:«u» -p:«p» ipconfig /all\n"),
    ("macos_security_unlock_keychain_lower_p", "cli", "$ security unlock-keychain -p '«p»' ~/Library/Keychains/booth.keychain-db\n"),
    ("mysql_client_glued_lower_p_after_lower_u", "cli", "$ mysql -h «h» -u «u» -p«p» tabs -e 'SELECT COUNT(*) FROM open_tabs'\n"),
    ("cqlsh_lower_p_after_lower_u", "cli", "$ cqlsh «h» 9042 -u «u» -p '«p»'\n"),
    ("mongoimport_uri_userinfo", "cli", "$ mongoimport --uri \"mongodb://«u»:«p»@«h»:27017/guestlist?authSource=admin\" --collection guests --file guests.json\n"),
    ("psql_connection_uri_userinfo", "cli", "$ psql \"postgresql://«u»:«p»@«h»:5432/settlement?sslmode=require\" -c '\\dt'\n"),
    ("mycli_mysql_url_userinfo", "cli", "$ mycli mysql://«u»:«p»@«h»:3306/tabs\n"),
    ("mysqlsh_uri_user_colon_pass", "cli", "$ mysqlsh --uri «u»:«p»@«h»:33060 --sql\n"),
    ("oracle_rman_target_user_slash_pass", "cli", "$ rman target «u»/«p»@ticketsdb\n"),
    ("snmpwalk_v2c_lower_c_community", "cli", "$ snmpwalk -v2c -c «p» «h» 1.3.6.1.2.1.1\n"),
    ("bsd_ftp_heredoc_user_command_third_token", "cli", "$ ftp -n «h» <<EOF\nuser «u» «p»\nbinary\nput settlement.csv\nbye\nEOF\n"),
    ("printf_two_line_stdin_login_second_line", "cli", "$ printf '%s\\n' «u» «p» | karaoke-admin login --stdin\n"),
    ("veracrypt_text_lower_p_flag", "cli", "$ veracrypt --text --mount incidents.hc /mnt/inc -p «p» --pim=0 --keyfiles='' --protect-hidden=no\n"),
    ("keepassxc_cli_stdin_echo", "cli", "$ echo '«p»' | keepassxc-cli ls venue-ops.kdbx\n"),
    ("mongo_shell_db_auth_second_positional", "cli", "guestlist> db.auth(\"«u»\", \"«p»\")\n{ ok: 1 }\n"),
    # ---------------- library call positions
    ("python_smtplib_login_second", "lib", "server = smtplib.SMTP_SSL(\"«h»\", 465)\nserver.login(\"«u»\", \"«p»\")\nserver.send_message(msg)\n"),
    ("python_imaplib_login_second", "lib", "M = imaplib.IMAP4_SSL(\"«h»\")\nM.login(\"«u»\", \"«p»\")\nM.select(\"INBOX\")\n"),
    ("python_pika_plaincredentials_second", "lib", "creds = pika.PlainCredentials(\"«u»\", \"«p»\")\nparams = pika.ConnectionParameters(\"«h»\", credentials=creds)\n"),
    ("python_requests_httpdigestauth_second", "lib", "r = requests.get(\"http://«h»/axis-cgi/jpg/image.cgi\", auth=HTTPDigestAuth(\"«u»\", \"«p»\"), timeout=5)\n"),
    ("python_urllib_add_password_fourth", "lib", "mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()\nmgr.add_password(None, \"http://«h»/\", \"«u»\", \"«p»\")\n"),
    ("python_pypdf_reader_decrypt_single", "lib", "reader = PdfReader(\"settlement-week12.pdf\")\nif reader.is_encrypted:\n    reader.decrypt(\"«p»\")\n"),
    ("python_ldap3_connection_third_positional", "lib", "conn = Connection(server, \"cn=«u»,dc=club,dc=internal\", \"«p»\", auto_bind=True)\n"),
    ("python_cx_oracle_connect_second_positional", "lib", "conn = cx_Oracle.connect(\"«u»\", \"«p»\", \"«h»/TICKETS\")\n"),
    ("python_asyncpg_connect_dsn_userinfo", "lib", "conn = await asyncpg.connect(\"postgresql://«u»:«p»@«h»/guestlist\")\n"),
    ("python_obswebsocket_obsws_third_positional", "lib", "ws = obsws(\"«h»\", 4455, \"«p»\")\nws.connect()\n"),
    ("node_mysql2_createconnection_uri_userinfo", "lib", "const conn = await mysql.createConnection('mysql://«u»:«p»@«h»/tabs');\n"),
    ("node_mongoose_connect_uri_userinfo", "lib", "await mongoose.connect('mongodb://«u»:«p»@«h»:27017/guestlist');\n"),
    ("node_knex_connection_string_userinfo", "lib", "const db = knex({ client: 'pg', connection: 'postgres://«u»:«p»@«h»:5432/settlement' });\n"),
    ("node_jsonwebtoken_sign_second_positional", "lib", "const token = jwt.sign({ door: 3, role: 'scanner' }, '«p»', { expiresIn: '12h' });\n"),
    ("node_cookie_parser_first_positional", "lib", "app.use(cookieParser('«p»'));\napp.use(express.json());\n"),
    ("node_cryptojs_aes_encrypt_second", "lib", "const blob = CryptoJS.AES.encrypt(JSON.stringify(tab), '«p»').toString();\n"),
    ("node_obs_websocket_connect_second", "lib", "const obs = new OBSWebSocket();\nawait obs.connect('ws://«h»:4455', '«p»');\n"),
    ("java_drivermanager_getconnection_third", "lib", "Connection c = DriverManager.getConnection(\"jdbc:postgresql://«h»/tabs\", \"«u»\", \"«p»\");\n"),
    ("java_javamail_transport_send_third", "lib", "Transport.send(message, \"«u»\", \"«p»\");\n"),
    ("java_jedispool_ctor_fifth_positional", "lib", "JedisPool pool = new JedisPool(new JedisPoolConfig(), \"«h»\", 6379, 2000, \"«p»\");\n"),
    ("kotlin_fuel_authentication_basic_second", "lib", "val (_, _, result) = Fuel.get(\"https://«h»/api/rooms\").authentication().basic(\"«u»\", \"«p»\").responseString()\n"),
    ("csharp_sshnet_sshclient_ctor_third", "lib", "using var ssh = new SshClient(\"«h»\", \"«u»\", \"«p»\");\nssh.Connect();\n"),
    ("csharp_sshnet_sftpclient_ctor_fourth", "lib", "using var sftp = new SftpClient(\"«h»\", 22, \"«u»\", \"«p»\");\nsftp.Connect();\n"),
    ("csharp_rfc2898derivebytes_first_positional", "lib", "using var kdf = new Rfc2898DeriveBytes(\"«p»\", salt, 100000, HashAlgorithmName.SHA256);\nvar key = kdf.GetBytes(32);\n"),
    ("go_smtp_plainauth_third_positional", "lib", "auth := smtp.PlainAuth(\"\", \"«u»\", \"«p»\", \"«h»\")\nerr := smtp.SendMail(\"«h»:587\", auth, from, to, body)\n"),
    ("go_pgx_connect_url_userinfo", "lib", "conn, err := pgx.Connect(ctx, \"postgres://«u»:«p»@«h»:5432/guestlist\")\n"),
    ("go_minio_newstaticv4_second", "lib", "mc, err := minio.New(\"«h»:9000\", &minio.Options{\n\tCreds:  credentials.NewStaticV4(\"«u»\", \"«p»\", \"\"),\n\tSecure: true,\n})\n"),
    ("rust_mysql_opts_from_url_userinfo", "lib", "let opts = Opts::from_url(\"mysql://«u»:«p»@«h»:3306/tabs\")?;\nlet pool = Pool::new(opts)?;\n"),
    ("rust_lettre_credentials_new_second", "lib", "let creds = Credentials::new(\"«u»\".to_owned(), \"«p»\".to_owned());\n"),
    ("rust_reqwest_basic_auth_some_second", "lib", "let res = client.get(\"https://«h»/api/rooms\").basic_auth(\"«u»\", Some(\"«p»\")).send().await?;\n"),
    ("ruby_net_smtp_start_fifth_positional", "lib", "Net::SMTP.start('«h»', 587, 'club.example', '«u»', '«p»', :login) do |smtp|\n  smtp.send_message(msg, from, to)\nend\n"),
    ("ruby_pg_connect_seventh_positional", "lib", "conn = PG.connect('«h»', 5432, '', '', 'settlement', '«u»', '«p»')\n"),
    ("ruby_faraday_request_authorization_basic_fourth", "lib", "conn = Faraday.new(url: 'https://«h»') do |f|\n  f.request :authorization, :basic, '«u»', '«p»'\nend\n"),
    ("php_pdo_ctor_third_positional", "lib", "$pdo = new PDO('mysql:host=«h»;dbname=tabs', '«u»', '«p»');\n"),
    ("php_ldap_bind_third", "lib", "ldap_bind($conn, 'cn=«u»,dc=club,dc=internal', '«p»');\n"),
    ("php_openssl_encrypt_third_positional", "lib", "$enc = openssl_encrypt($csv, 'aes-256-cbc', '«p»', 0, $iv);\n"),
    ("perl_net_smtp_auth_second", "lib", "my $smtp = Net::SMTP->new('«h»', Port => 587);\n$smtp->auth('«u»', '«p»');\n"),
    ("perl_net_telnet_login_second", "lib", "my $t = Net::Telnet->new(Host => '«h»');\n$t->login('«u»', '«p»');\n"),
    ("c_mysql_real_connect_fourth", "lib", "if (!mysql_real_connect(conn, \"«h»\", \"«u»\", \"«p»\", \"tabs\", 3306, NULL, 0)) {\n    fprintf(stderr, \"%s\\n\", mysql_error(conn));\n}\n"),
    ("arduino_wifimulti_addap_second", "lib", "wifiMulti.addAP(\"ClubStaff\", \"«p»\");\nwifiMulti.run();\n"),
    ("arduino_blynk_begin_third_positional", "lib", "Blynk.begin(BLYNK_AUTH_TOKEN, \"NoiseNet\", \"«p»\");\n"),
    # ---------------- files with a fixed layout
    ("pgpass_fifth_colon_field", "file", "# ~/.pgpass\n«h»:5432:settlement:«u»:«p»\n"),
    ("openvpn_auth_user_pass_file_second_line", "file", "«u»\n«p»\n"),
    ("rsyncd_secrets_user_colon_pair", "file", "# /etc/rsyncd.secrets\n«u»:«p»\n"),
    ("dovecot_passwd_file_plain_scheme", "file", "«u»@club.example:{PLAIN}«p»:5000:5000::/var/mail/«u»::\n"),
    ("postfix_sasl_passwd_user_colon_pair", "file", "# /etc/postfix/sasl_passwd\n[«h»]:587 «u»@club.example:«p»\n"),
    ("git_credentials_store_file_userinfo", "file", "https://«u»:«p»@git.club.internal\n"),
    ("ppp_pap_secrets_third_column", "file", "# client  server  secret  IP addresses\n\"«u»\"  *  \"«p»\"  *\n"),
    ("door_staff_roster_csv_fourth_column", "file", "FRI,«u»,B-1042,«p»,door-lead\n"),
    ("karaoke_room_tablet_pipe_third_field", "file", "room07|tablet-07|«p»|en-GB|45\n"),
    ("lighting_console_users_fixed_width_cols_21_to_44", "file", "«fixedwidth»\n"),
    ("wristband_topup_kiosk_tsv_fifth_column", "file", "kiosk-03\tbar-north\t«u»\t2026-03-14\t«p»\tEUR\n"),
    ("noise_logger_sd_config_third_line", "file", "NoiseNet\nnoise-logger-04\n«p»\n60\n65.0\n"),
    ("promoter_settlement_import_semicolon_sixth_field", "file", "2026-03-14;Basement;Nightshift;«u»;sftp.settle.internal;«p»;EUR\n"),
    ("docker_config_json_auths_auth_b64", "file", "{\n  \"auths\": {\n    \"registry.club.internal\": {\n      \"auth\": \"«b»\"\n    }\n  }\n}\n"),
    ("npmrc_underscore_auth_b64", "file", "registry=https://npm.club.internal/\n//npm.club.internal/:_auth=«b»\nalways-auth=true\n"),
    # ---------------- protocol exchanges
    ("smtp_auth_plain_single_line_b64", "proto", "S: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN «b»\nS: 235 2.7.0 Authentication successful\n"),
    ("imap_login_command_third_token", "proto", "S: * OK [CAPABILITY IMAP4rev1] ready\nC: a001 LOGIN «u» «p»\nS: a001 OK LOGIN completed\n"),
    ("redis_resp_auth_bulk_string", "proto", "*2\n$4\nAUTH\n$«plen»\n«p»\n+OK\n"),
    ("irc_oper_command_second_param", "proto", "C: OPER «u» «p»\nS: :irc.club.internal 381 «u» :You are now an IRC operator\n"),
    ("quectel_at_qicsgp_fifth_parameter", "proto", "AT+QICSGP=1,1,\"iot.club-apn\",\"«u»\",\"«p»\",1\r\nOK\n"),
    ("at_cgauth_fourth_parameter", "proto", "AT+CGDCONT=1,\"IP\",\"noise.apn\"\nOK\nAT+CGAUTH=1,1,\"«u»\",\"«p»\"\nOK\n"),
    ("grandma2_telnet_login_second_quoted", "proto", "Trying 10.0.50.21...\n[Channel]> Login \"«u»\" \"«p»\"\nOK : Login «u»\n"),
    ("lighting_console_osc_unlock_string_arg", "proto", "OSC 10.0.50.21:8000 <- 10.0.50.88  /console/unlock ,s «p»\nOSC 10.0.50.88 <- 10.0.50.21:8000  /console/state ,s unlocked\n"),
    ("door_scanner_serial_auth_frame_third_field", "proto", "TX <STX>AUTH|scanner-04|«p»|v2<ETX>\nRX <STX>ACK|scanner-04<ETX>\n"),
    ("karaoke_room_timer_tcp_hello_third_token", "proto", "> HELLO room-07 «p» 2.1\n< WELCOME room-07 minutes=45\n"),
    # ---------------- UI automation typing
    ("playwright_page_fill_second", "gui", "await page.goto('https://door.club.internal/login');\nawait page.fill('#field-1', '«u»');\nawait page.fill('#field-2', '«p»');\n"),
    ("cypress_get_type_single", "gui", "cy.get('#field-1').type('«u»')\ncy.get('#field-2').type('«p»')\ncy.get('button[type=submit]').click()\n"),
    ("selenium_python_send_keys_single", "gui", "driver.find_element(By.ID, \"field1\").send_keys(\"«u»\")\ndriver.find_element(By.ID, \"field2\").send_keys(\"«p»\")\n"),
    ("autohotkey_sendtext_literal", "gui", "WinActivate \"Bar POS\"\nSendText \"«u»\"\nSend \"{Tab}\"\nSendText \"«p»\"\n"),
    ("autoit_send_function_literal", "gui", "WinWaitActive(\"Karaoke Admin\")\nSend(\"«u»{TAB}\")\nSend(\"«p»{ENTER}\")\n"),
    ("xdotool_type_single", "gui", "$ xdotool search --name 'LX Remote' windowactivate --sync\n$ xdotool type --delay 50 '«p»'\n$ xdotool key Return\n"),
    ("flutter_widget_tester_entertext_second", "gui", "await tester.enterText(find.byKey(const Key('field1')), '«u»');\nawait tester.enterText(find.byKey(const Key('field2')), '«p»');\n"),
    ("capybara_fill_in_with_keyword", "gui", "fill_in 'field_1', with: '«u»'\nfill_in 'field_2', with: '«p»'\nclick_button 'Sign in'\n"),
    ("uft_webedit_set_literal", "gui", "Browser(\"Door\").Page(\"Login\").WebEdit(\"field1\").Set \"«u»\"\nBrowser(\"Door\").Page(\"Login\").WebEdit(\"field2\").Set \"«p»\"\n"),
    ("ranorex_keyboard_press_literal", "gui", "repo.DoorApp.Field2.Click();\nKeyboard.Press(\"«p»\");\n"),
    ("applescript_keystroke_literal", "gui", "tell application \"System Events\"\n  keystroke \"«p»\"\n  key code 36\nend tell\n"),
    ("uia_valuepattern_setvalue_literal", "gui", "var vp = (ValuePattern)field2.GetCurrentPattern(ValuePattern.Pattern);\nvp.SetValue(\"«p»\");\n"),
]
# written but set aside (near-duplicates of kept forms, or the command itself says "password")
SET_ASIDE = [
    "mysqlsh_uri_user_colon_pass", "oracle_rman_target_user_slash_pass", "rdesktop_lower_p_after_lower_u",
    "cloudfoundry_cf_login_lower_p", "dsadd_user_lower_pwd_flag", "rhel_passwd_stdin_flag",
    "ppp_pap_secrets_third_column", "python_urllib_add_password_fourth", "csharp_sshnet_sftpclient_ctor_fourth",
    "node_mongoose_connect_uri_userinfo", "go_pgx_connect_url_userinfo", "rust_mysql_opts_from_url_userinfo",
    "mongoimport_uri_userinfo", "composer_config_http_basic_third_positional",
    "printf_two_line_stdin_login_second_line", "cqlsh_lower_p_after_lower_u",
]


def used():
    return [s for s in S if s[0] not in SET_ASIDE]


B64_KIND = {
    "docker_config_json_auths_auth_b64": "userpass",
    "npmrc_underscore_auth_b64": "userpass",
    "smtp_auth_plain_single_line_b64": "nul",
}


def hidden_b64(kind, user, pw):
    if kind == "userpass":
        raw = "%s:%s" % (user, pw)
    else:
        raw = "\0%s\0%s" % (user, pw)
    return base64.b64encode(raw.encode()).decode()


def generate(reg, start_id):
    r = random.Random(SEED)
    recs, hidden = [], []
    n = start_id
    for syntax, kind, tpl in used():
        user = r.choice(USERS)
        host = r.choice(HOSTS)
        pw = reg.draw(lambda: password(r, strict=True),
                      lambda s: s not in tpl and s not in user and s not in host)
        text = tpl
        value = pw
        if syntax in B64_KIND:
            value = reg.draw(lambda: hidden_b64(B64_KIND[syntax], user, pw))
            hidden.append(pw)
            text = text.replace("«b»", value)
        if "«fixedwidth»" in text:
            text = text.replace("«fixedwidth»", user.ljust(20) + pw.ljust(24) + "L3  booth")
        text = (text.replace("«salt»", rs(r, LOWER_ALNUM, 16)).replace("«hashbody»", rs(r, LOWER_ALNUM + "./", 86))
                .replace("«plen»", str(len(pw))).replace("«u»", user).replace("«h»", host).replace("«p»", pw))
        stype = PW_PREFIX + syntax
        recs.append(make_record("p189-s-%04d" % n, stype, stype + "__" + SUFFIX[kind], text, value, "password"))
        n += 1
    return recs, hidden
