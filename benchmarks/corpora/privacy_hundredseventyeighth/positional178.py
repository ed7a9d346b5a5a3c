"""Password source: passwords passed by position / syntax, without a telling password= key."""
import base64, random
from common178 import owner_password, fill, subs_for

SEED = 17803
PFX = "rinkpw_"
SUFFIX = {"cli": "rink_office_shell_history", "lib": "arena_backend_source_excerpt",
          "file": "ice_plant_server_config_file", "proto": "arena_network_packet_capture",
          "gui": "kiosk_automation_script"}
DN = "cn=«U»,ou=svc,dc=rink,dc=internal"


def _resp(v, s):
    u = s["U"]
    return "*3\n$4\nAUTH\n$%d\n%s\n$%d\n«V»\n+OK\n" % (len(u), u, len(v))


def _fixed(v, s):
    return ("OPERATOR            ACCESS              SHEET\n"
            + "J. Morrison".ljust(20) + "«V»" + " " * (20 - len(v)) + "B\n")


# name, kind, template (str or callable(value, subs)), value form ("pw", "b64_sasl", "b64_pair")
S = [
    ("ldapsearch_lower_w_after_capital_d", "cli", "$ ldapsearch -x -H ldaps://«H» -D \"" + DN + "\" -w '«V»' -b \"ou=staff,dc=rink,dc=internal\" \"(uid=*)\"\n"),
    ("mysqldump_glued_lower_p_before_database", "cli", "$ mysqldump -h «H» -u «U» -p«V» league_schedule > league_«D».sql\n"),
    ("mongosh_lower_p_after_lower_u", "cli", "$ mongosh \"mongodb://«H»:27017/wristbands\" -u «U» -p '«V»' --authenticationDatabase admin\n"),
    ("cqlsh_lower_p_after_lower_u", "cli", "$ cqlsh «H» 9042 -u «U» -p '«V»' -e \"SELECT count(*) FROM telemetry.brine_temps;\"\n"),
    ("rabbitmqadmin_lower_p_after_lower_u", "cli", "$ rabbitmqadmin -H «H» -u «U» -p '«V»' list queues name messages\n"),
    ("rabbitmqctl_add_user_second_positional", "cli", "$ sudo rabbitmqctl add_user scoreboard_pub '«V»'\n$ sudo rabbitmqctl set_permissions -p / scoreboard_pub '.*' '.*' '.*'\n"),
    ("mosquitto_passwd_batch_third_positional", "cli", "$ sudo mosquitto_passwd -b /etc/mosquitto/passwd zamboni_gw '«V»'\n$ sudo systemctl reload mosquitto\n"),
    ("smbclient_capital_u_percent_pair", "cli", "$ smbclient //«H»/rinkshare -U '«U»%«V»' -c 'ls'\n"),
    ("rpcclient_capital_u_percent_pair", "cli", "$ rpcclient -U \"«U»%«V»\" «H» -c enumdomusers\n"),
    ("xfreerdp_slash_p_colon", "cli", "$ xfreerdp /v:«H» /u:«U» /p:'«V»' /cert:ignore +clipboard\n"),
    ("rdesktop_lower_p_after_lower_u", "cli", "$ rdesktop -u «U» -p '«V»' -g 1280x800 «H»\n"),
    ("sshpass_lower_p_flag", "cli", "$ sshpass -p '«V»' ssh «U»@«H» 'systemctl status brine-monitor'\n"),
    ("zip_capital_p_flag", "cli", "$ zip -P '«V»' payroll_«D».zip staff_hours.csv\n"),
    ("unzip_capital_p_flag", "cli", "$ unzip -P '«V»' federation_export_«D».zip -d /tmp/fed\n"),
    ("keytool_storepass_after_keystore", "cli", "$ keytool -list -keystore wristband-gw.p12 -storetype PKCS12 -storepass '«V»'\n"),
    ("curl_ftps_upload_url_userinfo", "cli", "$ curl -T ends_«D».csv 'ftps://«U»:«V»@«H»/incoming/'\n"),
    ("wpa_cli_set_network_psk_double_quoted", "cli", "$ sudo wpa_cli -i wlan0 set_network 0 psk '\"«V»\"'\n$ sudo wpa_cli -i wlan0 enable_network 0\n"),
    ("openssl_passwd_six_inside_useradd", "cli", "$ sudo useradd -m -p \"$(openssl passwd -6 '«V»')\" scorekeeper\n"),
    ("mkpasswd_sha512_positional", "cli", "$ mkpasswd -m sha-512 '«V»'\n"),
    ("samba_tool_user_create_second_positional", "cli", "$ sudo samba-tool user create «U» '«V»' --given-name=Rink --surname=Office\n"),
    ("net_user_add_positional_windows", "cli", "C:\\Users\\arena_it> net user rinkkiosk «V» /add /comment:\"lobby kiosk\"\nThe command completed successfully.\n"),
    ("cmdkey_add_pass_colon", "cli", "C:\\> cmdkey /add:«H» /user:RINK\\«U» /pass:«V»\nCMDKEY: Credential added successfully.\n"),
    ("sap_ase_isql_capital_p_after_capital_u", "cli", "$ isql -S RINKASE -U «U» -P '«V»' -D tickets\n"),
    ("netezza_nzsql_pw_after_u", "cli", "$ nzsql -host «H» -d iceusage -u «U» -pw '«V»'\n"),
    ("beeline_lower_p_after_lower_n", "cli", "$ beeline -u \"jdbc:hive2://«H»:10000/default\" -n «U» -p '«V»' -e \"show tables\"\n"),
    ("redis_cli_lower_a_flag", "cli", "$ redis-cli -h «H» -p 6379 -a '«V»' --no-auth-warning INFO keyspace\n"),
    ("etcdctl_user_root_colon_pair", "cli", "$ etcdctl --endpoints=https://«H»:2379 --user 'root:«V»' get /rink/config --prefix\n"),
    ("docker_login_lower_p_after_lower_u", "cli", "$ docker login registry.rink.internal -u «U» -p '«V»'\n"),
    ("skopeo_copy_src_creds_colon_pair", "cli", "$ skopeo copy --src-creds '«U»:«V»' docker://registry.rink.internal/scoreboard:3.2 oci:./scoreboard\n"),
    ("curlftpfs_url_userinfo", "cli", "$ curlftpfs 'ftp://«U»:«V»@«H»/' /mnt/scoreboard-ftp\n"),
    ("mount_cifs_username_percent_pair", "cli", "$ sudo mount -t cifs //«H»/video /mnt/video -o username=«U»%«V»,vers=3.0\n"),
    ("openconnect_passwd_on_stdin_echo", "cli", "$ echo '«V»' | sudo openconnect --user=«U» --passwd-on-stdin vpn.rink.internal\n"),
    ("radtest_second_positional", "cli", "$ radtest «U» '«V»' localhost 0 \"$RADIUS_SECRET\"\n"),
    ("snmpget_v2c_lower_c_community", "cli", "$ snmpget -v2c -c '«V»' «H» 1.3.6.1.2.1.1.3.0\n"),
    ("snmpget_v3_capital_x_priv_passphrase", "cli", "$ snmpget -v3 -l authPriv -u «U» -a SHA -A \"$SNMP_AUTH\" -x AES -X '«V»' «H» sysUpTime.0\n"),
    ("irssi_server_add_lower_w", "cli", "/server add -auto -network rinknet -w «V» irc.rink.internal 6697\n/connect rinknet\n"),
    ("ssh_keygen_y_capital_p_passphrase", "cli", "$ ssh-keygen -y -P '«V»' -f ~/.ssh/zamboni_gw_ed25519 > zamboni_gw.pub\n"),
    ("hdiutil_attach_stdinpass_printf", "cli", "$ printf '%s' '«V»' | hdiutil attach -stdinpass ScoreboardBackup.dmg\n"),
    ("cryptsetup_open_key_file_dash_stdin", "cli", "$ echo -n '«V»' | sudo cryptsetup open /dev/sdb1 icelogs --key-file=-\n"),
    ("keepassxc_cli_ls_stdin_echo", "cli", "$ echo '«V»' | keepassxc-cli ls rink-office.kdbx /Vendors\n"),
    ("mysqlsh_uri_without_scheme", "cli", "$ mysqlsh «U»:«V»@«H»:3306 --sql -e \"select 1\"\n"),
    ("neo4j_cypher_shell_lower_p_after_lower_u", "cli", "$ cypher-shell -a neo4j://«H»:7687 -u neo4j -p '«V»' \"MATCH (t:Team) RETURN count(t)\"\n"),
    ("azure_cli_login_lower_p_after_lower_u", "cli", "$ az login -u «U»@northarena.ca -p '«V»'\n"),
    ("pip_index_url_userinfo", "cli", "$ pip install --index-url 'https://«U»:«V»@pypi.rink.internal/simple' rink-scoreboard==3.2.1\n"),
    ("ilorest_login_lower_p_after_lower_u", "cli", "$ ilorest login «H» -u Administrator -p '«V»'\n"),
    ("winrs_lower_p_colon", "cli", "C:\\> winrs -r:«H» -u:RINK\\«U» -p:«V» ipconfig /all\n"),
    ("dscl_passwd_positional_after_user_path", "cli", "$ sudo dscl . -passwd /Users/scorekeeper '«V»'\n"),
    ("websocat_wss_url_userinfo", "cli", "$ websocat 'wss://«U»:«V»@«H»/scoreboard/ws'\n"),
    # library call positions
    ("python_ldap3_connection_third_positional", "lib", "server = Server(\"ldaps://«H»\")\nconn = Connection(server, \"" + DN + "\", \"«V»\", auto_bind=True)\n"),
    ("python_pymysql_connect_third_positional", "lib", "db = pymysql.connect(\"«H»\", \"«U»\", \"«V»\", \"league_schedule\")\ncur = db.cursor()\n"),
    ("python_cx_oracle_connect_slash_string", "lib", "conn = cx_Oracle.connect(\"«U»/«V»@«H»:1521/TICKETS\")\n"),
    ("python_telnetlib_write_bytes_after_prompt", "lib", "tn = telnetlib.Telnet(\"«H»\", 23)\ntn.read_until(b\"login: \")\ntn.write(b\"«U»\\n\")\ntn.read_until(b\": \")\ntn.write(b\"«V»\\n\")\n"),
    ("python_paho_username_pw_set_second", "lib", "client = mqtt.Client(client_id=\"brine-monitor\")\nclient.username_pw_set(\"«U»\", \"«V»\")\nclient.connect(\"«H»\", 1883)\n"),
    ("python_pysnmp_usmuserdata_second", "lib", "user = UsmUserData(\"«U»\", \"«V»\", authProtocol=usmHMACSHAAuthProtocol)\n"),
    ("python_pypdf_decrypt_single", "lib", "reader = PdfReader(\"payroll_«D».pdf\")\nreader.decrypt(\"«V»\")\n"),
    ("python_hashlib_pbkdf2_hmac_second", "lib", "key = hashlib.pbkdf2_hmac(\"sha256\", b\"«V»\", salt, 200_000)\n"),
    ("python_asyncpg_dsn_url_userinfo", "lib", "pool = await asyncpg.create_pool(\"postgresql://«U»:«V»@«H»:5432/iceusage\")\n"),
    ("node_nodemailer_transport_url_userinfo", "lib", "const transport = nodemailer.createTransport('smtps://«U»%40northarena.ca:«V»@smtp.rink.internal:465');\n"),
    ("node_ldapjs_bind_second", "lib", "client.bind('" + DN + "', '«V»', (err) => {\n  if (err) throw err;\n});\n"),
    ("node_crypto_scryptsync_first", "lib", "const salt = Buffer.from(process.env.EXPORT_SALT, 'hex');\nconst key = crypto.scryptSync('«V»', salt, 32);\n"),
    ("go_ldap_bind_second", "lib", "if err := l.Bind(\"" + DN + "\", \"«V»\"); err != nil {\n\tlog.Fatal(err)\n}\n"),
    ("go_smtp_plainauth_third", "lib", "auth := smtp.PlainAuth(\"\", \"«U»@northarena.ca\", \"«V»\", \"smtp.rink.internal\")\n"),
    ("go_url_userpassword_second", "lib", "u, _ := url.Parse(\"https://«H»/api\")\nu.User = url.UserPassword(\"«U»\", \"«V»\")\n"),
    ("java_javamail_transport_connect_fourth", "lib", "Transport transport = session.getTransport(\"smtp\");\ntransport.connect(\"smtp.rink.internal\", 587, \"«U»\", \"«V»\");\n"),
    ("java_passwordauthentication_chararray", "lib", "protected PasswordAuthentication getPasswordAuthentication() {\n    return new PasswordAuthentication(\"«U»\", \"«V»\".toCharArray());\n}\n"),
    ("java_jedis_auth_single", "lib", "Jedis jedis = new Jedis(\"«H»\", 6379);\njedis.auth(\"«V»\");\n"),
    ("csharp_sshnet_sshclient_ctor_third", "lib", "using var ssh = new SshClient(\"«H»\", \"«U»\", \"«V»\");\nssh.Connect();\n"),
    ("csharp_mailkit_authenticate_second", "lib", "await client.ConnectAsync(\"smtp.rink.internal\", 587, SecureSocketOptions.StartTls);\nawait client.AuthenticateAsync(\"«U»\", \"«V»\");\n"),
    ("ruby_net_smtp_start_fifth_positional", "lib", "Net::SMTP.start('smtp.rink.internal', 587, 'northarena.ca', '«U»', '«V»', :login) do |smtp|\n  smtp.send_message msg, from, to\nend\n"),
    ("php_pdo_ctor_third", "lib", "$pdo = new PDO('mysql:host=«H»;dbname=league', '«U»', '«V»');\n"),
    ("php_ldap_bind_third", "lib", "$ok = ldap_bind($conn, '" + DN + "', '«V»');\n"),
    ("php_oci_connect_second", "lib", "$conn = oci_connect('«U»', '«V»', '//«H»:1521/TICKETS');\n"),
    ("perl_net_smtp_auth_second", "lib", "my $smtp = Net::SMTP->new('smtp.rink.internal', Port => 587);\n$smtp->auth('«U»', '«V»') or die \"auth failed\";\n"),
    ("rust_lettre_credentials_new_second", "lib", "let creds = Credentials::new(\"«U»\".to_owned(), \"«V»\".to_owned());\n"),
    ("c_mysql_real_connect_fourth", "lib", "if (!mysql_real_connect(conn, \"«H»\", \"«U»\", \"«V»\", \"wristbands\", 3306, NULL, 0)) {\n    fprintf(stderr, \"%s\\n\", mysql_error(conn));\n}\n"),
    ("lua_luasql_connect_third", "lib", "local env = luasql.postgres()\nlocal con = assert(env:connect(\"iceusage\", \"«U»\", \"«V»\", \"«H»\", 5432))\n"),
    ("kotlin_exposed_database_connect_fourth", "lib", "Database.connect(\"jdbc:postgresql://«H»:5432/league\", \"org.postgresql.Driver\", \"«U»\", \"«V»\")\n"),
    ("sql_create_user_identified_by", "lib", "CREATE USER '«U»'@'%' IDENTIFIED BY '«V»';\nGRANT SELECT ON league.* TO '«U»'@'%';\n"),
    ("mysql_federated_engine_connection_url", "lib", "CREATE TABLE remote_games (id INT, home VARCHAR(40)) ENGINE=FEDERATED\n  CONNECTION='mysql://«U»:«V»@«H»:3306/league/games';\n"),
    ("excel_vba_workbooks_open_fifth_positional", "lib", "Set wb = Workbooks.Open(\"S:\\Rink\\payroll.xlsx\", , , , \"«V»\")\n"),
    ("vba_worksheet_unprotect_single", "lib", "ActiveWorkbook.Sheets(\"Schedule\").Unprotect \"«V»\"\n"),
    # automation typing
    ("tmux_send_keys_literal", "gui", "tmux send-keys -t scoreboard:0 'login «U»' Enter\ntmux send-keys -t scoreboard:0 '«V»' Enter\n"),
    ("xdotool_type_literal", "gui", "xdotool search --name \"Ice Plant HMI\" windowactivate --sync\nxdotool type --delay 80 '«V»'\nxdotool key Return\n"),
    ("adb_shell_input_text", "gui", "adb -s «H»:5555 shell input tap 540 980\nadb -s «H»:5555 shell input text '«V»'\nadb -s «H»:5555 shell input keyevent 66\n"),
    ("autohotkey_sendtext_literal", "gui", "WinActivate \"Door Controller Login\"\nSendText \"«V»\"\nSend \"{Enter}\"\n"),
    ("applescript_keystroke_literal", "gui", "tell application \"Scoreboard Pro\" to activate\ntell application \"System Events\" to keystroke \"«V»\"\n"),
    ("playwright_fill_second_argument", "gui", "await page.fill('#ctl00_Main_txtUser', '«U»');\nawait page.fill('#ctl00_Main_txtPw', '«V»');\n"),
    ("cypress_type_single", "gui", "cy.get('[data-cy=user-field]').type('«U»')\ncy.get('[data-cy=pin-field]').type('«V»')\n"),
    ("selenium_python_send_keys_single", "gui", "driver.find_element(By.ID, \"txtUser\").send_keys(\"«U»\")\ndriver.find_element(By.ID, \"txtPwd\").send_keys(\"«V»\")\n"),
    ("testcafe_typetext_second", "gui", "await t.typeText('#user', '«U»').typeText('#pwd', '«V»').click('#login');\n"),
    ("flutter_driver_enter_text_single", "gui", "await driver.tap(find.byValueKey('secretField'));\nawait driver.enterText('«V»');\n"),
    # files by position
    ("pgpass_fifth_colon_field", "file", "# ~/.pgpass (chmod 600)\n«H»:5432:league_schedule:«U»:«V»\n"),
    ("git_credentials_store_url_userinfo", "file", "https://«U»:«V»@git.rink.internal\n"),
    ("openvpn_auth_user_pass_second_line", "file", "$ sudo cat /etc/openvpn/client/rink-vpn.auth\n«U»\n«V»\n"),
    ("pap_secrets_third_column", "file", "# Secrets for authentication using PAP\n# client\tserver\tsecret\t\tIP addresses\n«U»\t*\t\"«V»\"\t*\n"),
    ("hostapd_eap_user_quoted_third", "file", "# hostapd.eap_user\n*\tPEAP\n\"«U»\"\tMSCHAPV2\t\"«V»\"\t[2]\n"),
    ("postfix_sasl_passwd_user_colon_pair", "file", "# /etc/postfix/sasl_passwd\n[smtp.rink.internal]:587 «U»@northarena.ca:«V»\n"),
    ("dovecot_passwd_file_plain_scheme", "file", "«U»:{PLAIN}«V»:1001:1001::/home/«U»\n"),
    ("collectd_authfile_user_colon", "file", "# /etc/collectd/passwd\n«U»: «V»\n"),
    ("mosquitto_password_file_before_hashing", "file", "# /etc/mosquitto/passwd (run mosquitto_passwd -U before restart)\nzamboni_gw:«V»\n"),
    ("asterisk_sip_register_user_colon_at", "file", "[general]\ncontext=rink-office\nregister => «U»:«V»@sip.rink.internal/6001\n"),
    ("vsftpd_virtual_users_alternate_lines", "file", "# virtual_users.txt -> db_load -T -t hash\n«U»\n«V»\n"),
    ("ansible_vault_password_file_single_line", "file", "$ cat ~/.rink_vault_pass\n«V»\n$ ansible-playbook site.yml --vault-password-file ~/.rink_vault_pass\n"),
    ("ssh_askpass_helper_script_echo", "file", "#!/bin/sh\n# used as SSH_ASKPASS for the nightly rsync to the ice plant PC\necho '«V»'\n"),
    ("rink_staff_import_headerless_csv_fourth_column", "file", "«U»,Ops,Evening,«V»,2025-09-01\nmtremblay,Ops,Morning,,2025-09-01\n"),
    ("zamboni_operator_roster_pipe_third_field", "file", "OPR|«U»|«V»|LEVEL2|«D»\n"),
    ("scoreboard_operator_fixed_width_cols_21_to_40", "file", _fixed),
    ("kiosk_pin_file_colon_fourth_field", "file", "kiosk03:lobby:en:«V»:2025-10\n"),
    ("tournament_officials_tsv_third_column", "file", "Referee\t«U»\t«V»\tLevel 3\n"),
    # protocol exchanges
    ("imap_login_command_second_quoted", "proto", "S: * OK [CAPABILITY IMAP4rev1 STARTTLS] mail.rink.internal ready\nC: a001 LOGIN «U» \"«V»\"\nS: a001 OK LOGIN completed\n"),
    ("smtp_auth_plain_initial_response_b64", "proto", "S: 250-AUTH LOGIN PLAIN\nC: AUTH PLAIN «V»\nS: 235 2.7.0 Authentication successful\n", "b64_sasl"),
    ("curl_verbose_authorization_basic_header_b64", "proto", "> GET /api/v2/ends HTTP/1.1\n> Host: «H»\n> Authorization: Basic «V»\n> User-Agent: curl/8.5.0\n", "b64_pair"),
    ("redis_resp_auth_array_bulk_strings", "proto", _resp),
    ("tshark_ldap_bindrequest_simple_field", "proto", "Lightweight Directory Access Protocol\n    LDAPMessage bindRequest(1) \"" + DN + "\" simple\n        bindRequest\n            version: 3\n            name: " + DN + "\n            authentication: simple (0)\n                simple: «V»\n"),
]


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for entry in S:
        name, kind, tmpl = entry[:3]
        form = entry[3] if len(entry) > 3 else "pw"
        subs = subs_for(rng)
        pw = reg.draw(lambda: owner_password(rng, "-_."))
        if form == "b64_sasl":
            value = base64.b64encode(("\0" + subs["U"] + "\0" + pw).encode()).decode()
        elif form == "b64_pair":
            value = base64.b64encode((subs["U"] + ":" + pw).encode()).decode()
        else:
            value = pw
        if value != pw:
            reg.add(value)
        t = tmpl(value, subs) if callable(tmpl) else tmpl
        text, s, e = fill(t, value, subs)
        recs.append((PFX + name, PFX + name + "__" + SUFFIX[kind], text, s, e, form, pw))
    return recs
