"""Password source: positional syntaxes (no telling `password=` key)."""
import random, base64
from common181 import owner_password, place

SEED = 18103
PREFIX = "cragpw_"
SUFFIX = {"cli": "front_desk_terminal_history", "lib": "gym_backend_source_snippet",
          "file": "lane_server_config_file", "proto": "arcade_lan_packet_capture",
          "gui": "kiosk_ui_automation_script"}

USERS = ["frontdesk", "setter", "laneops", "arcadeadm", "partyhost", "kdsuser", "belaytech", "svc_sync"]
HOSTS = ["scoring.strikecity.lan", "db.chalkworks.lan", "kiosk-02.summitbloc.lan", "pos.cosmiclanes.lan",
         "10.20.4.15", "files.jumpzone.lan", "nas.vertical-den.lan", "arena.lasernova.lan"]

# (syntax, group, template)  -- @@V@@ value, @@U@@ user, @@H@@ host; special b64 kinds handled below
S = [
 # ---------------- command line flags / positional arguments
 ("sqlcmd_capital_p_after_capital_u", "cli", "sqlcmd -S @@H@@ -U @@U@@ -P @@V@@ -d LaneScore -Q \"SELECT COUNT(*) FROM Games\""),
 ("bcp_out_capital_p_after_capital_u", "cli", "bcp LaneScore.dbo.Frames out frames.dat -c -S @@H@@ -U @@U@@ -P @@V@@"),
 ("lftp_lower_u_user_comma_pass", "cli", "lftp -u @@U@@,@@V@@ sftp://@@H@@ -e 'mirror --reverse ./waivers /incoming; bye'"),
 ("ncftpput_lower_p_after_lower_u", "cli", "ncftpput -u @@U@@ -p @@V@@ @@H@@ /scores lane_export.csv"),
 ("wget_ftp_url_userinfo", "cli", "wget -q ftp://@@U@@:@@V@@@@@H@@/exports/league_week12.csv"),
 ("rclone_obscure_single_positional", "cli", "rclone obscure @@V@@ >> ~/.config/rclone/notes.txt"),
 ("chpasswd_stdin_user_colon_pair", "cli", "echo '@@U@@:@@V@@' | sudo chpasswd"),
 ("htpasswd_batch_third_positional", "cli", "htpasswd -b /etc/nginx/.kiosk_users @@U@@ @@V@@"),
 ("vncpasswd_f_stdin_echo", "cli", "echo @@V@@ | vncpasswd -f > ~/.vnc/kiosk_vnc.bin"),
 ("openssl_enc_lower_k_flag", "cli", "openssl enc -aes-256-cbc -pbkdf2 -salt -in waivers_2024.tar -out waivers_2024.tar.enc -k @@V@@"),
 ("gpg_passphrase_fd_zero_echo", "cli", "echo @@V@@ | gpg --batch --yes --passphrase-fd 0 -d nightly_scores.sql.gpg > nightly_scores.sql"),
 ("sevenzip_glued_lower_p", "cli", "7z x -p@@V@@ arcade_prize_backup.7z -o/srv/restore"),
 ("pdftk_input_pw_after_file", "cli", "pdftk waiver_batch_07.pdf input_pw @@V@@ output waiver_batch_07_open.pdf"),
 ("sshfs_password_stdin_echo", "cli", "echo @@V@@ | sshfs @@U@@@@@H@@:/srv/routes /mnt/routes -o password_stdin"),
 ("plink_pw_flag", "cli", "plink -ssh @@U@@@@@H@@ -pw @@V@@ -batch \"systemctl restart pinsetter-bridge\""),
 ("winscp_open_sftp_url_userinfo", "cli", "winscp.com /command \"open sftp://@@U@@:@@V@@@@@H@@/\" \"put C:\\LaneScore\\exports\\*.csv\" \"exit\""),
 ("psexec_lower_p_after_lower_u", "cli", "psexec \\\\LANEPC07 -u CENTER\\@@U@@ -p @@V@@ -i \"C:\\LaneScore\\bridge.exe\" /resync"),
 ("schtasks_create_rp_after_ru", "cli", "schtasks /create /tn \"NightlyScoreExport\" /tr C:\\LaneScore\\export.cmd /sc daily /st 02:30 /ru CENTER\\@@U@@ /rp @@V@@"),
 ("net_use_positional_after_share", "cli", "net use S: \\\\nas-lanes\\scores @@V@@ /user:CENTER\\@@U@@ /persistent:no"),
 ("vmrun_gp_after_gu", "cli", "vmrun -T ws -gu @@U@@ -gp @@V@@ runProgramInGuest \"C:\\VMs\\kds\\kds.vmx\" /usr/bin/kds-reload"),
 ("ipmitool_capital_p_after_capital_u", "cli", "ipmitool -I lanplus -H @@H@@ -U @@U@@ -P @@V@@ chassis power status"),
 ("racadm_lower_p_after_lower_u", "cli", "racadm -r @@H@@ -u @@U@@ -p @@V@@ serveraction powercycle"),
 ("sqlplus_user_slash_pass_at_tns", "cli", "sqlplus @@U@@/@@V@@@LANESDB @nightly_rollup.sql"),
 ("db2_connect_using_clause", "cli", "db2 connect to PARTYDB user @@U@@ using @@V@@"),
 ("unixodbc_isql_third_positional", "cli", "isql -v LaneScoreDSN @@U@@ @@V@@"),
 ("vertica_vsql_lower_w_after_capital_u", "cli", "vsql -h @@H@@ -U @@U@@ -w @@V@@ -c \"SELECT lane, AVG(score) FROM games GROUP BY lane\""),
 ("mongodump_uri_userinfo", "cli", "mongodump --uri \"mongodb://@@U@@:@@V@@@@@H@@:27017/routes?authSource=admin\" --out /backup/routes"),
 ("celery_broker_amqp_url_userinfo", "cli", "celery -A partydesk worker -b amqp://@@U@@:@@V@@@@@H@@:5672// --loglevel=info"),
 ("nats_server_url_userinfo", "cli", "nats --server nats://@@U@@:@@V@@@@@H@@:4222 pub lanes.17.frame '{\"pins\":10}'"),
 ("ldappasswd_lower_s_new_secret", "cli", "ldappasswd -x -H ldap://@@H@@ -D cn=admin,dc=chalkworks,dc=lan -W -s @@V@@ uid=@@U@@,ou=staff,dc=chalkworks,dc=lan"),
 ("kinit_stdin_echo", "cli", "echo @@V@@ | kinit @@U@@@CHALKWORKS.LAN"),
 ("mount_smbfs_url_userinfo", "cli", "mount_smbfs //@@U@@:@@V@@@nas-lanes/scores /Volumes/scores"),
 ("hg_clone_https_url_userinfo", "cli", "hg clone https://@@U@@:@@V@@@@@H@@/hg/arcade-firmware"),
 ("git_clone_https_url_userinfo", "cli", "git clone https://@@U@@:@@V@@@@@H@@/gym/route-setter-app.git"),
 ("composer_config_http_basic_positional_pair", "cli", "composer config http-basic.repo.chalkworks.lan @@U@@ @@V@@"),
 ("gem_sources_add_url_userinfo", "cli", "gem sources -a https://@@U@@:@@V@@@@@H@@/gems/"),
 ("twine_upload_lower_p_after_lower_u", "cli", "twine upload --repository-url https://@@H@@/pypi/ -u @@U@@ -p @@V@@ dist/*"),
 ("mc_alias_set_fourth_positional", "cli", "mc alias set lanes https://@@H@@:9000 LANEEXPORTS @@V@@"),
 ("wpa_passphrase_second_positional", "cli", "wpa_passphrase CragStaff-5G @@V@@ >> /etc/wpa_supplicant/wpa_supplicant.conf"),
 ("mosquitto_sub_capital_p_after_lower_u", "cli", "mosquitto_sub -h @@H@@ -u @@U@@ -P @@V@@ -t 'counters/+/occupancy' -v"),
 ("redis_cli_lower_u_url_userinfo", "cli", "redis-cli -u redis://@@U@@:@@V@@@@@H@@:6379/2 KEYS 'party:*'"),
 ("ssh_keygen_capital_n_new_passphrase", "cli", "ssh-keygen -t ed25519 -N @@V@@ -C deploy@kiosk -f ~/.ssh/kiosk_deploy"),
 ("keytool_genkeypair_keypass_flag", "cli", "keytool -genkeypair -alias kds -keyalg RSA -keystore kds.p12 -dname CN=kds -keypass @@V@@"),
 ("apksigner_ks_pass_pass_prefix", "cli", "apksigner sign --ks release.jks --ks-key-alias crag --ks-pass pass:@@V@@ app-release.apk"),
 ("curl_capital_u_proxy_user_pair", "cli", "curl -x http://proxy.chalkworks.lan:3128 -U @@U@@:@@V@@ https://api.cragdesk.app/v2/health"),
 ("remmina_rdp_uri_userinfo", "cli", "remmina -c rdp://@@U@@:@@V@@@@@H@@"),
 ("rasdial_third_positional", "cli", "rasdial \"LaneVendorVPN\" @@U@@ @@V@@"),
 ("snmpwalk_v3_capital_a_auth_passphrase", "cli", "snmpwalk -v3 -l authNoPriv -u monitor -a SHA -A @@V@@ @@H@@ 1.3.6.1.2.1.1"),
 ("passwd_stdin_flag_echo", "cli", "echo @@V@@ | passwd --stdin @@U@@"),
 ("openssl_pkcs12_passin_stdin_echo", "cli", "echo @@V@@ | openssl pkcs12 -in kiosk_client.p12 -passin stdin -nokeys -out kiosk_client.crt"),
 ("keytool_importpass_stdin_printf", "cli", "printf '%s\\n' @@V@@ | keytool -importpass -alias lane_bridge -keystore bridge.p12"),
 ("screen_stuff_command_literal", "cli", "screen -S lanebridge -X stuff '@@V@@\\n'"),
 ("expect_send_line_after_prompt", "cli", "expect -c 'spawn ssh @@U@@@@@H@@; expect \"assword:\"; send \"@@V@@\\r\"; interact'"),
 # ---------------- library call argument positions
 ("python_pymssql_connect_third_positional", "lib", "conn = pymssql.connect(\"@@H@@\", \"@@U@@\", \"@@V@@\", \"LaneScore\")"),
 ("python_ftplib_login_second_positional", "lib", "ftp = ftplib.FTP(\"@@H@@\")\nftp.login(\"@@U@@\", \"@@V@@\")"),
 ("python_poplib_pass_underscore_single", "lib", "box = poplib.POP3_SSL(\"mail.chalkworks.lan\")\nbox.user(\"@@U@@\")\nbox.pass_(\"@@V@@\")"),
 ("python_paramiko_connect_fourth_positional", "lib", "client.connect(\"@@H@@\", 22, \"@@U@@\", \"@@V@@\")"),
 ("python_requests_auth_tuple_second", "lib", "resp = requests.get(\"https://@@H@@/api/lanes\", auth=(\"@@U@@\", \"@@V@@\"), timeout=5)"),
 ("python_zipfile_extractall_third_positional", "lib", "with zipfile.ZipFile(\"waivers_2023.zip\") as zf:\n    zf.extractall(\"/srv/restore\", None, b\"@@V@@\")"),
 ("python_redis_ctor_fourth_positional", "lib", "r = redis.Redis(\"@@H@@\", 6379, 0, \"@@V@@\")"),
 ("python_pymongo_client_uri_userinfo", "lib", "client = MongoClient(\"mongodb://@@U@@:@@V@@@@@H@@:27017/?authSource=admin\")"),
 ("python_sqlalchemy_url_create_third_positional", "lib", "url = URL.create(\"postgresql+psycopg\", \"@@U@@\", \"@@V@@\", \"@@H@@\", 5432, \"routes\")"),
 ("python_smbclient_register_session_third", "lib", "smbclient.register_session(\"nas-lanes\", \"@@U@@\", \"@@V@@\")"),
 ("node_mysql2_createconnection_uri", "lib", "const conn = await mysql.createConnection('mysql://@@U@@:@@V@@@@@H@@:3306/party');"),
 ("java_keystore_load_second_chararray", "lib", "KeyStore ks = KeyStore.getInstance(\"PKCS12\");\nks.load(new FileInputStream(\"bridge.p12\"), \"@@V@@\".toCharArray());"),
 ("java_commons_net_ftpclient_login_second", "lib", "FTPClient ftp = new FTPClient();\nftp.connect(\"@@H@@\");\nftp.login(\"@@U@@\", \"@@V@@\");"),
 ("java_jdbi_create_third", "lib", "Jdbi jdbi = Jdbi.create(\"jdbc:postgresql://@@H@@/routes\", \"@@U@@\", \"@@V@@\");"),
 ("java_mongocredential_create_third_chararray", "lib", "MongoCredential cred = MongoCredential.createCredential(\"@@U@@\", \"admin\", \"@@V@@\".toCharArray());"),
 ("kotlin_okhttp_credentials_basic_second", "lib", "val auth = Credentials.basic(\"@@U@@\", \"@@V@@\")"),
 ("csharp_networkcredential_ctor_second", "lib", "var cred = new NetworkCredential(\"@@U@@\", \"@@V@@\");"),
 ("csharp_fluentftp_client_ctor_third", "lib", "using var ftp = new FtpClient(\"@@H@@\", \"@@U@@\", \"@@V@@\");"),
 ("csharp_x509certificate2_ctor_second", "lib", "var cert = new X509Certificate2(\"kiosk_client.pfx\", \"@@V@@\");"),
 ("powershell_convertto_securestring_plaintext", "lib", "$sec = ConvertTo-SecureString \"@@V@@\" -AsPlainText -Force\n$cred = New-Object PSCredential(\"CENTER\\@@U@@\", $sec)"),
 ("go_sql_open_mysql_dsn_user_colon", "lib", "db, err := sql.Open(\"mysql\", \"@@U@@:@@V@@@tcp(@@H@@:3306)/arcade\")"),
 ("go_jlaffaye_ftp_login_second", "lib", "if err := c.Login(\"@@U@@\", \"@@V@@\"); err != nil {\n\tlog.Fatal(err)\n}"),
 ("rust_suppaftp_login_second", "lib", "ftp.login(\"@@U@@\", \"@@V@@\")?;"),
 ("ruby_net_pop3_start_fourth_positional", "lib", "Net::POP3.start('mail.chalkworks.lan', 110, '@@U@@', '@@V@@') do |pop|\n  puts pop.mails.size\nend"),
 ("php_mysqli_ctor_third", "lib", "$db = new mysqli('@@H@@', '@@U@@', '@@V@@', 'party');"),
 ("php_ftp_login_third", "lib", "$conn = ftp_connect('@@H@@');\nftp_login($conn, '@@U@@', '@@V@@');"),
 ("php_imap_open_third", "lib", "$mbox = imap_open('{mail.chalkworks.lan:993/imap/ssl}INBOX', '@@U@@', '@@V@@');"),
 ("perl_dbi_connect_third", "lib", "my $dbh = DBI->connect('dbi:Pg:dbname=routes;host=@@H@@', '@@U@@', '@@V@@', { RaiseError => 1 });"),
 ("c_libcurl_userpwd_colon_pair", "lib", "curl_easy_setopt(curl, CURLOPT_USERPWD, \"@@U@@:@@V@@\");"),
 ("c_libpq_setdblogin_seventh", "lib", "PGconn *c = PQsetdbLogin(\"@@H@@\", \"5432\", NULL, NULL, \"routes\", \"@@U@@\", \"@@V@@\");"),
 ("tsql_openrowset_provider_third_part", "lib", "SELECT * FROM OPENROWSET('SQLNCLI', '@@H@@';'@@U@@';'@@V@@', 'SELECT * FROM LaneScore.dbo.Games');"),
 # ---------------- files with a fixed column order
 ("davfs2_secrets_third_column", "file", "# /etc/davfs2/secrets\nhttps://@@H@@/remote.php/dav/files/waivers @@U@@ @@V@@"),
 ("ppp_chap_secrets_third_column", "file", "# Secrets for authentication using CHAP\n# client\tserver\tsecret\t\t\tIP addresses\n@@U@@\t*\t@@V@@\t*"),
 ("ipsec_secrets_psk_quoted", "file", "# /etc/ipsec.secrets\n%any 203.0.113.40 : PSK \"@@V@@\""),
 ("lighttpd_plain_userfile_colon_pair", "file", "# /etc/lighttpd/kiosk-users.plain\n@@U@@:@@V@@"),
 ("stunnel_psk_identity_colon_key", "file", "# /etc/stunnel/psk-lanebridge.txt\nlanebridge17:@@V@@"),
 ("climbing_staff_badge_export_semicolon_fourth_field", "file", "badge;name;role;pin_secret;since\n0417;Mira Okafor;setter;@@V@@;2023-04-02"),
 ("bowling_lane_pc_fixed_width_cols_41_to_56", "file", "LANEPC17  CENTER\\laneops      2024-03-01@@V@@@@PAD@@ACTIVE"),
 ("arcade_reader_provisioning_json_array_second", "file", "[\"reader-skee-04\", \"@@V@@\", \"10.20.7.44\", 3]"),
 ("laser_tag_console_yaml_flow_sequence_third", "file", "console_login: [arena.lasernova.lan, @@U@@, @@V@@]"),
 # ---------------- protocol exchanges
 ("ftp_pass_command_after_user", "proto", "220 lanes-ftp ready\nUSER @@U@@\n331 Please specify the credential.\nPASS @@V@@\n230 Login successful."),
 ("irc_server_pass_before_nick", "proto", "PASS @@V@@\r\nNICK lanebot\r\nUSER lanebot 0 * :Strike City lane bot"),
 ("redis_inline_auth_two_arguments", "proto", "$ nc @@H@@ 6379\nAUTH @@U@@ @@V@@\n+OK\nPING\n+PONG"),
 ("rtsp_describe_url_userinfo", "proto", "DESCRIBE rtsp://@@U@@:@@V@@@10.20.9.31:554/stream1 RTSP/1.0\r\nCSeq: 2\r\nAccept: application/sdp"),
 ("smtp_auth_login_b64_second_response", "proto", None),
 ("http_proxy_authorization_basic_b64", "proto", None),
 ("xmpp_sasl_plain_auth_element_b64", "proto", None),
 # ---------------- UI automation / typing
 ("robot_framework_input_text_second", "gui", "*** Test Cases ***\nKiosk Login\n    Input Text    id:field-2    @@V@@\n    Click Button    id:go"),
 ("webdriverio_setvalue_single", "gui", "await $('#field-2').setValue('@@V@@');\nawait $('#go').click();"),
 ("puppeteer_page_type_second", "gui", "await page.type('#field-2', '@@V@@');\nawait page.click('#go');"),
 ("espresso_typetext_single", "gui", "onView(withId(R.id.field_two)).perform(typeText(\"@@V@@\"), closeSoftKeyboard())"),
 ("xcuitest_typetext_single", "gui", "let field = app.textFields[\"field2\"]\nfield.tap()\nfield.typeText(\"@@V@@\")"),
 ("maestro_yaml_inputtext", "gui", "appId: app.cragdesk.kiosk\n---\n- tapOn:\n    id: \"field2\"\n- inputText: \"@@V@@\"\n- tapOn: \"Go\""),
 ("pyautogui_write_single", "gui", "pyautogui.click(612, 418)\npyautogui.write('@@V@@', interval=0.05)\npyautogui.press('enter')"),
 ("powershell_sendkeys_sendwait", "gui", "Add-Type -AssemblyName System.Windows.Forms\n[System.Windows.Forms.SendKeys]::SendWait(\"@@V@@{ENTER}\")"),
 ("wscript_shell_sendkeys_vbs", "gui", "Set sh = CreateObject(\"WScript.Shell\")\nsh.AppActivate \"LaneScore Manager\"\nWScript.Sleep 500\nsh.SendKeys \"@@V@@\""),
 ("testcomplete_keys_method_single", "gui", "Aliases.LaneScore.dlgLogin.Edit2.Keys(\"@@V@@[Enter]\")"),
 ("ui_vision_xtype_value_column", "gui", "{\"Command\": \"XType\", \"Target\": \"@@V@@\", \"Value\": \"\"}"),
]

def generate(reg):
    r = random.Random(SEED)
    recs = []
    hidden = []
    for syn, grp, tpl in S:
        u = r.choice(USERS); h = r.choice(HOSTS)
        if tpl is not None:
            if "@@PAD@@" in tpl:
                v = reg.draw(lambda: next(x for x in iter(lambda: owner_password(r, strict=True), None) if len(x) <= 16))
            else:
                v = reg.draw(lambda: owner_password(r, strict=True))
            text, s, e = place(tpl, v, U=u, H=h, PAD=" " * (16 - len(v)) + "  ")
            if "@@PAD@@" in tpl and text[56:58] != "  ":
                raise RuntimeError("fixed-width layout broken")
        else:
            p = reg.draw(lambda: owner_password(r, strict=True))
            hidden.append(p)
            if syn == "smtp_auth_login_b64_second_response":
                v = reg.draw(lambda: base64.b64encode(p.encode()).decode())
                ub = base64.b64encode(u.encode()).decode()
                tpl = ("S: 220 mail.chalkworks.lan ESMTP\nC: EHLO kiosk-02\nS: 250-AUTH LOGIN PLAIN\nC: AUTH LOGIN\n"
                       "S: 334 VXNlcm5hbWU6\nC: " + ub + "\nS: 334 UGFzc3dvcmQ6\nC: @@V@@\nS: 235 2.7.0 Authentication successful")
            elif syn == "http_proxy_authorization_basic_b64":
                v = reg.draw(lambda: base64.b64encode((u + ":" + p).encode()).decode())
                tpl = ("CONNECT api.cragdesk.app:443 HTTP/1.1\r\nHost: api.cragdesk.app:443\r\n"
                       "Proxy-Authorization: Basic @@V@@\r\nUser-Agent: kiosk-updater/3.2\r\n\r\n")
            else:
                v = reg.draw(lambda: base64.b64encode(("\0" + u + "\0" + p).encode()).decode())
                tpl = ("<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>PLAIN</mechanism></mechanisms></stream:features>\n"
                       "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>@@V@@</auth>\n"
                       "<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>")
            text, s, e = place(tpl, v)
        typ = PREFIX + syn
        recs.append((typ, typ + "__" + SUFFIX[grp], text, s, e, grp))
    return recs, hidden
