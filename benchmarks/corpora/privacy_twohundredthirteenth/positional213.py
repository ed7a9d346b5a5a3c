"""Password source: passwords passed by position, without a telling `password=` key."""
import base64
import random

from common213 import SLOT as P, LOWER, rs, password, place

SEED = 21303
PREFIX = "shoutpw_"

SUFFIX = {
    "cli": "station_ops_terminal_log",
    "stdin": "crew_room_pi_stdin_pipe",
    "lib": "callout_app_code_excerpt",
    "file": "boathouse_server_file_dump",
    "proto": "radio_lan_wire_decode",
    "gui": "crew_board_ui_test_script",
    "sql": "incident_db_sql_session",
}

USERS = ["coxn", "dla.ops", "helm2", "mrtkit", "shoutbot", "crewadmin", "kitofficer", "trainingofc", "shopvol",
         "tracker", "radioops", "mechanic", "deputy", "callout", "gwuser"]
HOSTS = ["callout", "crewboard", "incidents", "kitlog", "training", "shop", "tracker", "radio", "nas", "boathouse"]
STN = ["porthcove", "fellhead", "dunmore", "kinloch", "saltness"]


def ctx(rng):
    return {"u": rng.choice(USERS), "h": rng.choice(HOSTS) + "." + rng.choice(STN) + ".lan",
            "n": rng.randint(2, 250), "id": rs(rng, LOWER, 4)}


def b64_plain(pw, u):
    return base64.b64encode(pw.encode()).decode()


def b64_userpass(pw, u):
    return base64.b64encode((u + ":" + pw).encode()).decode()


def b64_sasl(pw, u):
    return base64.b64encode(("\0" + u + "\0" + pw).encode()).decode()


def b64_ss(pw, u):
    return base64.urlsafe_b64encode(("chacha20-ietf-poly1305:" + pw).encode()).decode().rstrip("=")


# (syntax, kind, template(c) -> text with one slot, optional encoder of the slot value)
S = [
    # ---------------------------------------------------------------- command line
    ("smbclient_capital_u_percent_pair", "cli", lambda c: "$ smbclient //%s/crewdocs -U '%s%%%s' -c 'ls'\n  .  D  0  Tue Jun 11 19:02:11 2024\n" % (c["h"], c["u"], P)),
    ("rdesktop_lower_p_after_lower_u", "cli", lambda c: "$ rdesktop -u %s -p '%s' -g 1280x800 %s\nAutoselecting keyboard map 'en-gb' from locale\n" % (c["u"], P, c["h"])),
    ("xfreerdp_slash_p_colon_value", "cli", lambda c: "$ xfreerdp /v:%s /u:%s /p:'%s' /cert:ignore +clipboard\n[INFO][com.freerdp.core] - freerdp_connect:freerdp_set_last_error_ex resetting error state\n" % (c["h"], c["u"], P)),
    ("mysqladmin_glued_lower_p_after_lower_u", "cli", lambda c: "$ mysqladmin -h %s -u %s -p'%s' status\nUptime: 86412  Threads: 3  Questions: 1208\n" % (c["h"], c["u"], P)),
    ("redis_cli_lower_a_flag", "cli", lambda c: "$ redis-cli -h %s -a '%s' --no-auth-warning LLEN pager:queue\n(integer) 0\n" % (c["h"], P)),
    ("rabbitmqctl_add_user_second_positional", "cli", lambda c: "$ sudo rabbitmqctl add_user %s '%s'\nAdding user \"%s\" ...\nDone.\n" % (c["u"], P, c["u"])),
    ("rabbitmqadmin_lower_p_after_lower_u", "cli", lambda c: "$ rabbitmqadmin -H %s -u %s -p '%s' list queues name messages\n| pager.replies | 0 |\n" % (c["h"], c["u"], P)),
    ("ldapsearch_lower_w_after_capital_d", "cli", lambda c: "$ ldapsearch -x -H ldap://%s -D 'uid=%s,ou=crew,dc=station,dc=lan' -w '%s' -b 'ou=crew,dc=station,dc=lan' '(role=helm)' cn\n# numEntries: 6\n" % (c["h"], c["u"], P)),
    ("openssl_enc_lower_k_flag", "cli", lambda c: "$ openssl enc -aes-256-cbc -pbkdf2 -salt -in casualty-export.csv -out casualty-export.csv.enc -k '%s'\n$ shred -u casualty-export.csv\n" % P),
    ("sevenzip_glued_lower_p_switch", "cli", lambda c: "$ 7z a -t7z -mhe=on -p'%s' incident-%d.7z ./incident-%d/\nEverything is Ok\n" % (P, c["n"], c["n"])),
    ("zip_capital_p_flag", "cli", lambda c: "$ zip -r -P '%s' training-certs.zip certs/\n  adding: certs/ (stored 0%%)\n" % P),
    ("unzip_capital_p_before_archive", "cli", lambda c: "$ unzip -P '%s' kit-inspections-2024.zip -d /tmp/kit\nArchive:  kit-inspections-2024.zip\n" % P),
    ("hg_clone_https_url_userinfo", "cli", lambda c: "$ hg clone https://%s:%s@%s/hg/callout-flows\nrequesting all changes\n" % (c["u"], P, c["h"])),
    ("curl_lower_x_socks5h_proxy_userinfo", "cli", lambda c: "$ curl -x 'socks5h://%s:%s@%s:1080' https://api.tides.example/v1/stations/0452\n{\"station\":\"0452\"}\n" % (c["u"], P, c["h"])),
    ("pip_index_url_userinfo", "cli", lambda c: "$ pip install --index-url 'https://%s:%s@%s/simple/' callout-gateway==2.4.1\nSuccessfully installed callout-gateway-2.4.1\n" % (c["u"], P, c["h"])),
    ("plink_lower_pw_after_lower_l", "cli", lambda c: "C:\\> plink -ssh -l %s -pw \"%s\" %s \"systemctl status callout\"\n● callout.service - Callout gateway\n" % (c["u"], P, c["h"])),
    ("winscp_script_open_sftp_url_userinfo", "cli", lambda c: "C:\\> winscp.com /command \"open sftp://%s:%s@%s/\" \"put C:\\exports\\crew.csv /srv/in/\" \"exit\"\nSession started.\n" % (c["u"], P, c["h"])),
    ("winrs_colon_p_after_colon_u", "cli", lambda c: "C:\\> winrs -r:%s -u:STATION\\%s -p:%s ipconfig /all\nWindows IP Configuration\n" % (c["h"], c["u"], P)),
    ("net_user_add_second_positional", "cli", lambda c: "C:\\> net user %s %s /add /comment:\"shop till\"\nThe command completed successfully.\n" % (c["u"], P)),
    ("ssh_keygen_capital_n_new_phrase", "cli", lambda c: "$ ssh-keygen -t ed25519 -N '%s' -C 'boathouse-backup' -f ~/.ssh/boathouse_backup\nYour identification has been saved\n" % P),
    ("mutool_draw_lower_p_flag", "cli", lambda c: "$ mutool draw -p '%s' -o page%%d.png casualty-report-%d.pdf 1-2\n" % (P, c["n"])),
    ("bitwarden_cli_unlock_first_positional", "cli", lambda c: "$ bw unlock '%s' --raw > ~/.bw_session\n$ bw list items --search tides --session \"$(cat ~/.bw_session)\"\n" % P),
    ("snmpwalk_v2c_lower_c_community", "cli", lambda c: "$ snmpwalk -v2c -c '%s' %s 1.3.6.1.2.1.33.1.2\nUPS-MIB::upsBatteryStatus.0 = INTEGER: batteryNormal(2)\n" % (P, c["h"])),
    ("snmpwalk_v3_capital_a_auth_phrase", "cli", lambda c: "$ snmpwalk -v3 -l authNoPriv -u %s -a SHA -A '%s' %s sysUpTime\nDISMAN-EVENT-MIB::sysUpTimeInstance = Timeticks: (8640012)\n" % (c["u"], P, c["h"])),
    ("rtklib_str2str_ntrip_url_userinfo", "cli", lambda c: "$ str2str -in 'ntrip://%s:%s@%s:2101/FELL00GBR0' -out tcpsvr://:2102\nstream server start\n" % (c["u"], P, c["h"])),
    ("apprise_mailtos_url_userinfo", "cli", lambda c: "$ apprise -t 'SHOUT' -b 'Launch ILB - all crew' 'mailtos://%s:%s@%s?to=crew@station.example'\n" % (c["u"], P, c["h"])),
    ("mongosh_lower_p_after_lower_u", "cli", lambda c: "$ mongosh --host %s -u %s -p '%s' --authenticationDatabase admin tracker\ntracker> db.fixes.countDocuments()\n" % (c["h"], c["u"], P)),
    ("davfs_like_cadaver_netrc_free_rclone_webdav_pass_flag_free_curl_anyauth", "cli", lambda c: "$ curl --anyauth -u '%s:%s' -T roster.ics https://%s/dav/calendars/crew/\n" % (c["u"], P, c["h"])),
    ("lpass_login_trust_stdin_echo", "stdin", lambda c: "$ echo '%s' | LPASS_DISABLE_PINENTRY=1 lpass login --trust %s@station.example\nSuccess: Logged in as %s@station.example.\n" % (P, c["u"], c["u"])),
    # ---------------------------------------------------------------- stdin
    ("sudo_capital_s_stdin_echo", "stdin", lambda c: "$ echo '%s' | sudo -S systemctl restart callout-gateway\n[sudo] password for %s: \n" % (P, c["u"])),
    ("chpasswd_stdin_user_colon_pair", "stdin", lambda c: "$ echo '%s:%s' | sudo chpasswd\n$ sudo chage -d 0 %s\n" % (c["u"], P, c["u"])),
    ("cryptsetup_open_key_file_dash_printf", "stdin", lambda c: "$ printf '%%s' '%s' | sudo cryptsetup open --key-file=- /dev/sdb1 casualty_vault\n$ sudo mount /dev/mapper/casualty_vault /mnt/vault\n" % P),
    ("keepassxc_cli_show_stdin_echo", "stdin", lambda c: "$ echo '%s' | keepassxc-cli show -s station.kdbx 'Callout/Gateway'\nEnter password to unlock station.kdbx:\n" % P),
    ("zfs_load_key_stdin_echo", "stdin", lambda c: "$ echo '%s' | sudo zfs load-key tank/incidents\n$ sudo zfs mount tank/incidents\n" % P),
    ("ldapwhoami_lower_y_dev_stdin", "stdin", lambda c: "$ printf '%%s' '%s' | ldapwhoami -x -H ldap://%s -D 'uid=%s,ou=crew,dc=station,dc=lan' -y /dev/stdin\ndn:uid=%s,ou=crew,dc=station,dc=lan\n" % (P, c["h"], c["u"], c["u"])),
    ("ssh_add_askpass_helper_printf", "stdin", lambda c: "$ cat ~/bin/askpass.sh\n#!/bin/sh\nprintf '%%s\\n' '%s'\n$ SSH_ASKPASS=~/bin/askpass.sh SSH_ASKPASS_REQUIRE=force ssh-add ~/.ssh/boathouse_backup\n" % P),
    ("mysql_heredoc_connect_prompt_answer", "stdin", lambda c: "$ mysql -h %s -u %s -p incidents <<'EOF'\n%s\nSELECT COUNT(*) FROM casualty;\nEOF\n" % (c["h"], c["u"], P)),
    ("age_passphrase_via_expect_free_script", "stdin", lambda c: "$ cat unlock.exp\nspawn age -d -o crew.csv crew.csv.age\nexpect \"Enter passphrase:\"\nsend \"%s\\r\"\nexpect eof\n" % P),
    # ---------------------------------------------------------------- libraries
    ("python_smtplib_login_second", "lib", lambda c: "with smtplib.SMTP_SSL(\"%s\", 465) as s:\n    s.login(\"%s\", \"%s\")\n    s.send_message(msg)\n" % (c["h"], c["u"], P)),
    ("python_imaplib_login_second", "lib", lambda c: "M = imaplib.IMAP4_SSL(\"%s\")\nM.login(\"%s\", \"%s\")\nM.select(\"INBOX/pager-replies\")\n" % (c["h"], c["u"], P)),
    ("python_paramiko_connect_fourth_positional", "lib", lambda c: "client = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nclient.connect(\"%s\", 22, \"%s\", \"%s\")\n" % (c["h"], c["u"], P)),
    ("python_ldap3_connection_third_positional", "lib", lambda c: "server = Server(\"ldaps://%s\")\nconn = Connection(server, \"uid=%s,ou=crew,dc=station,dc=lan\", \"%s\", auto_bind=True)\n" % (c["h"], c["u"], P)),
    ("python_requests_httpdigestauth_second", "lib", lambda c: "r = requests.get(\"http://%s/cgi-bin/snapshot.cgi\", auth=HTTPDigestAuth(\"%s\", \"%s\"), timeout=5)\n" % (c["h"], c["u"], P)),
    ("python_urllib3_make_headers_basic_pair", "lib", lambda c: "headers = urllib3.make_headers(basic_auth=\"%s:%s\")\nresp = http.request(\"GET\", \"https://%s/api/crew\", headers=headers)\n" % (c["u"], P, c["h"])),
    ("python_exchangelib_credentials_second", "lib", lambda c: "creds = Credentials(\"%s@station.example\", \"%s\")\naccount = Account(\"ops@station.example\", credentials=creds, autodiscover=True)\n" % (c["u"], P)),
    ("python_cryptography_load_pem_key_second_bytes", "lib", lambda c: "with open(\"gateway.key\", \"rb\") as fh:\n    key = serialization.load_pem_private_key(fh.read(), b\"%s\")\n" % P),
    ("python_pysmb_smbconnection_second", "lib", lambda c: "conn = SMBConnection(\"%s\", \"%s\", \"crewpc\", \"NAS\", use_ntlm_v2=True)\nconn.connect(\"%s\", 139)\n" % (c["u"], P, c["h"])),
    ("python_ftputil_ftphost_third", "lib", lambda c: "with ftputil.FTPHost(\"%s\", \"%s\", \"%s\") as host:\n    host.upload(\"fixes.gpx\", \"/in/fixes.gpx\")\n" % (c["h"], c["u"], P)),
    ("node_ldapjs_bind_second", "lib", lambda c: "client.bind('uid=%s,ou=crew,dc=station,dc=lan', '%s', (err) => {\n  if (err) throw err;\n});\n" % (c["u"], P)),
    ("node_amqplib_connect_url_userinfo", "lib", lambda c: "const conn = await amqp.connect('amqp://%s:%s@%s:5672/pager');\n" % (c["u"], P, c["h"])),
    ("node_ssh2_keyboard_interactive_finish_array", "lib", lambda c: "conn.on('keyboard-interactive', (name, instr, lang, prompts, finish) => {\n  finish(['%s']);\n});\n" % P),
    ("java_javamail_transport_connect_third", "lib", lambda c: "Transport t = session.getTransport(\"smtp\");\nt.connect(\"%s\", \"%s\", \"%s\");\nt.sendMessage(msg, msg.getAllRecipients());\n" % (c["h"], c["u"], P)),
    ("java_jedis_auth_single", "lib", lambda c: "try (Jedis jedis = new Jedis(\"%s\", 6379)) {\n    jedis.auth(\"%s\");\n    jedis.lpush(\"pager:queue\", payload);\n}\n" % (c["h"], P)),
    ("java_keystore_getkey_second_chararray", "lib", lambda c: "Key k = ks.getKey(\"callout-signing\", \"%s\".toCharArray());\n" % P),
    ("java_smbj_authenticationcontext_second", "lib", lambda c: "AuthenticationContext ac = new AuthenticationContext(\"%s\", \"%s\".toCharArray(), \"STATION\");\nSession session = connection.authenticate(ac);\n" % (c["u"], P)),
    ("kotlin_okhttp_credentials_basic_second", "lib", lambda c: "val credential = Credentials.basic(\"%s\", \"%s\")\nval request = Request.Builder().url(\"https://%s/api/checks\").header(\"Authorization\", credential).build()\n" % (c["u"], P, c["h"])),
    ("csharp_ssh_net_sshclient_ctor_third", "lib", lambda c: "using var client = new SshClient(\"%s\", \"%s\", \"%s\");\nclient.Connect();\n" % (c["h"], c["u"], P)),
    ("csharp_mailkit_authenticate_second", "lib", lambda c: "await client.ConnectAsync(\"%s\", 587, SecureSocketOptions.StartTls);\nawait client.AuthenticateAsync(\"%s\", \"%s\");\n" % (c["h"], c["u"], P)),
    ("go_smtp_plainauth_third", "lib", lambda c: "auth := smtp.PlainAuth(\"\", \"%s@station.example\", \"%s\", \"%s\")\nerr := smtp.SendMail(\"%s:587\", auth, from, to, msg)\n" % (c["u"], P, c["h"], c["h"])),
    ("go_ldap_conn_bind_second", "lib", lambda c: "if err := l.Bind(\"uid=%s,ou=crew,dc=station,dc=lan\", \"%s\"); err != nil {\n\tlog.Fatal(err)\n}\n" % (c["u"], P)),
    ("rust_lettre_credentials_new_second", "lib", lambda c: "let creds = Credentials::new(\"%s\".to_owned(), \"%s\".to_owned());\n" % (c["u"], P)),
    ("rust_reqwest_basic_auth_some_second", "lib", lambda c: "let res = client.get(\"https://%s/api/fixes\").basic_auth(\"%s\", Some(\"%s\")).send().await?;\n" % (c["h"], c["u"], P)),
    ("ruby_net_smtp_start_fifth_positional", "lib", lambda c: "Net::SMTP.start('%s', 587, 'station.example', '%s', '%s', :login) do |smtp|\n  smtp.send_message(msg, from, to)\nend\n" % (c["h"], c["u"], P)),
    ("php_ldap_bind_third", "lib", lambda c: "$ds = ldap_connect('ldap://%s');\n$ok = ldap_bind($ds, 'uid=%s,ou=crew,dc=station,dc=lan', '%s');\n" % (c["h"], c["u"], P)),
    ("php_pdo_ctor_third", "lib", lambda c: "$pdo = new PDO('mysql:host=%s;dbname=shop', '%s', '%s');\n" % (c["h"], c["u"], P)),
    ("perl_net_ssh_perl_login_second", "lib", lambda c: "my $ssh = Net::SSH::Perl->new('%s');\n$ssh->login('%s', '%s');\n" % (c["h"], c["u"], P)),
    ("arduino_wifimulti_addap_second", "lib", lambda c: "wifiMulti.addAP(\"Boathouse-Ops\", \"%s\");\nwifiMulti.addAP(\"Crew-Guest\", \"\");\n" % P),
    ("arduino_wifimanager_autoconnect_second", "lib", lambda c: "WiFiManager wm;\nif (!wm.autoConnect(\"TrackerSetup\", \"%s\")) {\n  ESP.restart();\n}\n" % P),
    ("arduino_wifi_softap_second", "lib", lambda c: "WiFi.softAP(\"KitRoom-Scanner\", \"%s\");\nserver.begin();\n" % P),
    ("lua_nodemcu_mqtt_client_fourth", "lib", lambda c: "m = mqtt.Client(\"tracker-%s\", 120, \"%s\", \"%s\")\nm:connect(\"%s\", 1883)\n" % (c["id"], c["u"], P, c["h"])),
    # ---------------------------------------------------------------- files with fixed column order
    ("pgpass_file_fifth_field", "file", lambda c: "$ cat ~/.pgpass\n%s:5432:incidents:%s:%s\n*:*:*:readonly:\n" % (c["h"], c["u"], P)),
    ("git_credentials_store_line_userinfo", "file", lambda c: "$ cat ~/.git-credentials\nhttps://%s:%s@git.%s.lan\n" % (c["u"], P, c["id"])),
    ("dovecot_passwd_file_plain_scheme_second_field", "file", lambda c: "# /etc/dovecot/users\n%s:{PLAIN}%s:5000:5000::/var/vmail/%s\n" % (c["u"], P, c["u"])),
    ("vsftpd_virtual_users_txt_even_line", "file", lambda c: "# /etc/vsftpd/virtual_users.txt (db_load -T -t hash)\n%s\n%s\n" % (c["u"], P)),
    ("openvpn_auth_user_pass_file_second_line", "file", lambda c: "$ cat /etc/openvpn/client/coastguard.auth\n%s\n%s\n" % (c["u"], P)),
    ("nut_upsmon_monitor_fourth_field", "file", lambda c: "# /etc/nut/upsmon.conf\nMONITOR boathouse-ups@localhost 1 %s %s primary\nSHUTDOWNCMD \"/sbin/shutdown -h +0\"\n" % (c["u"], P)),
    ("chrony_keys_file_third_field", "file", lambda c: "# /etc/chrony/chrony.keys\n%d SHA256 %s\n" % (c["n"], P)),
    ("prosodyctl_register_third_positional", "cli", lambda c: "$ sudo prosodyctl register %s chat.station.lan '%s'\n" % (c["u"], P)),
    ("pager_gateway_crew_csv_fourth_column", "file", lambda c: "crew_id,name,pager_capcode,pin,role\nC%03d,A. Roberts,1234%03d,%s,helm\n" % (c["n"], c["n"], P)),
    ("boat_check_tablet_pipe_third_field", "file", lambda c: "# boatcheck/tablets.psv\ntablet|station|unlock|issued\nTAB-%02d|%s|%s|2024-03-01\n" % (c["n"] % 100, c["id"], P)),
    ("kit_locker_fixed_width_cols_41_to_60", "file", None),
    ("casualty_log_tsv_sixth_column", "file", lambda c: "inc_no\tdate\tstation\tlead\texport_to\tzip_key\tnotes\n2024-%04d\t2024-06-09\tfellhead\tD.Hughes\tambulance\t%s\tpassed to NWAS\n" % (c["n"], P)),
    ("mutual_aid_colon_roster_third_field", "file", lambda c: "# mutual-aid/partners.roster\nkeswick:%s:%s:2024-05\n" % (c["u"], P)),
    ("radio_programmer_semicolon_sixth_field", "file", lambda c: "ch;rx;tx;ctcss;name;lock;power\n%d;156.800;156.800;-;CH16;%s;H\n" % (c["n"] % 90, P)),
    # ---------------------------------------------------------------- protocol exchanges
    ("imap_login_command_third_token", "proto", lambda c: "S: * OK [CAPABILITY IMAP4rev1 LITERAL+ AUTH=PLAIN] ready\nC: a001 LOGIN %s \"%s\"\nS: a001 OK LOGIN completed\n" % (c["u"], P)),
    ("ftp_control_pass_after_user", "proto", lambda c: "220 (vsFTPd 3.0.5)\nUSER %s\n331 Please specify the password.\nPASS %s\n230 Login successful.\n" % (c["u"], P)),
    ("irc_nickserv_identify_privmsg", "proto", lambda c: ":%s!~%s@%s PRIVMSG NickServ :IDENTIFY %s\n:NickServ!services@chat.lan NOTICE %s :You are now identified.\n" % (c["u"], c["u"], c["h"], P, c["u"])),
    ("smtp_auth_plain_initial_response_b64", "proto", lambda c: "S: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN %s\nS: 235 2.7.0 Authentication successful\n" % P, b64_sasl),
    ("npmrc_underscore_auth_b64_pair", "file", lambda c: "registry=https://%s/npm/\n//%s/npm/:_auth=%s\nalways-auth=true\n" % (c["h"], c["h"], P), b64_userpass),
    ("docker_config_json_auths_auth_b64", "file", lambda c: "{\n  \"auths\": {\n    \"%s\": {\n      \"auth\": \"%s\"\n    }\n  }\n}\n" % (c["h"], P), b64_userpass),
    ("bundler_config_host_key_colon_pair", "file", lambda c: "---\nBUNDLE_GEMS__%s__LAN: \"%s:%s\"\n" % (c["id"].upper(), c["u"], P)),
    ("shadowsocks_sip002_userinfo_b64", "proto", lambda c: "ss://%s@%s:8388#boathouse-uplink\n" % (P, c["h"]), b64_ss),
    ("ntrip_v1_source_request_b64_header", "proto", lambda c: "GET /FELL00GBR0 HTTP/1.0\r\nUser-Agent: NTRIP RTKLIB/2.4.3\r\nAuthorization: Basic %s\r\n\r\n" % P, b64_userpass),
    # ---------------------------------------------------------------- UI automation
    ("autohotkey_sendraw_single", "gui", lambda c: "#IfWinActive Crew Board - Login\nF9::\nSend {Tab}\nSendRaw %s\nSend {Enter}\nreturn\n" % P),
    ("applescript_keystroke_single", "gui", lambda c: "tell application \"System Events\"\n    keystroke \"%s\"\n    key code 36\nend tell\n" % P),
    ("playwright_fill_second", "gui", lambda c: "await page.fill('#f1', '%s');\nawait page.fill('#f2', '%s');\nawait page.click('text=Sign in');\n" % (c["u"], P)),
    ("cypress_get_type_chained", "gui", lambda c: "cy.get('#f1').type('%s')\ncy.get('#f2').type('%s', { log: false })\ncy.contains('Sign in').click()\n" % (c["u"], P)),
    ("uiautomator2_set_text_selector", "gui", lambda c: "d(resourceId=\"org.station.kit:id/f1\").set_text(\"%s\")\nd(resourceId=\"org.station.kit:id/f2\").set_text(\"%s\")\n" % (c["u"], P)),
    ("codeceptjs_fillfield_second", "gui", lambda c: "I.fillField('#f1', '%s');\nI.fillField('#f2', '%s');\nI.click('Sign in');\n" % (c["u"], P)),
    ("capybara_fill_in_with_option", "gui", lambda c: "fill_in 'f1', with: '%s'\nfill_in 'f2', with: '%s'\nclick_button 'Sign in'\n" % (c["u"], P)),
    ("behat_gherkin_fill_in_step", "gui", lambda c: "  Scenario: duty officer signs in\n    When I fill in \"f1\" with \"%s\"\n    And I fill in \"f2\" with \"%s\"\n    And I press \"Sign in\"\n" % (c["u"], P)),
    ("autoit_controlsettext_fourth", "gui", lambda c: "WinWaitActive(\"Shop Till - Login\")\nControlSetText(\"Shop Till - Login\", \"\", \"Edit2\", \"%s\")\nControlClick(\"Shop Till - Login\", \"\", \"Button1\")\n" % P),
    ("flaui_textbox_enter_single", "gui", lambda c: "var box = window.FindFirstDescendant(cf => cf.ByAutomationId(\"f2\")).AsTextBox();\nbox.Enter(\"%s\");\n" % P),
    ("pyautogui_typewrite_single", "gui", lambda c: "pyautogui.click(640, 410)\npyautogui.typewrite('%s', interval=0.05)\npyautogui.press('enter')\n" % P),
    ("nut_js_keyboard_type_single", "gui", lambda c: "await keyboard.type(\"%s\");\nawait keyboard.pressKey(Key.Enter);\n" % P),
    # ---------------------------------------------------------------- SQL
    ("mysql_create_user_identified_by_literal", "sql", lambda c: "mysql> CREATE USER '%s'@'%%' IDENTIFIED BY '%s';\nQuery OK, 0 rows affected (0.01 sec)\n" % (c["u"], P)),
    ("mssql_sp_addlinkedsrvlogin_fifth", "sql", lambda c: "1> EXEC sp_addlinkedsrvlogin 'SHOPDB', 'false', NULL, '%s', '%s';\n2> GO\n" % (c["u"], P)),
    ("sqlcipher_attach_database_key_literal", "sql", lambda c: "sqlite> ATTACH DATABASE 'casualty.db' AS enc KEY '%s';\nsqlite> SELECT count(*) FROM enc.casualty;\n" % P),
    ("postgres_dblink_connect_u_free_conninfo_user_then_literal_positional", "sql", None),
]

# kit locker fixed width: cols 1-10 locker, 11-40 holder, 41-60 value, 61-70 date
FW_START, FW_END = 40, 60


def fixed_width(c, pw):
    line = ("L%03d" % c["n"]).ljust(10) + ("Crew " + c["u"]).ljust(30) + pw.ljust(20) + "2024-06-01"
    return "# kit-locker/combos.dat  (fixed width: locker 1-10, holder 11-40, code 41-60, set 61-70)\n" + \
        line.replace(pw, P, 1) + "\n"


SET_ASIDE = [
    ("davfs_like_cadaver_netrc_free_rclone_webdav_pass_flag_free_curl_anyauth",
     "near-duplicate of the earlier `curl -u` colon pair (only `--anyauth` is new); dropped"),
    ("postgres_dblink_connect_u_free_conninfo_user_then_literal_positional",
     "dblink needs a conninfo string with `password=`; no positional form exists"),
    ("age_passphrase_via_expect_free_script", "near-duplicate of the earlier `expect send` syntaxes"),
    ("mysql_heredoc_connect_prompt_answer", "`mysql -p` reads the password from the terminal, not from a here-document; unreliable"),
    ("pdftk_user_pw_positional", "the keyword `user_pw` names the field right before the value"),
    ("keytool_storepass_flag", "the flag `-storepass` names the field right before the value"),
    ("cmdkey_slash_pass_colon", "the switch `/pass:` names the field right before the value"),
    ("python_pyzipper_setpassword", "the method name says password right before the value"),
    ("go_redis_options_password_field", "a struct field named Password sits right before the value"),
    ("nntp_authinfo_pass", "near-duplicate of the FTP `PASS` exchange"),
    ("mqtt_connect_wireshark_field_list", "Wireshark labels the field `Password` right before the value, and earlier corpora decode MQTT CONNECT"),
]
DROPPED = {s for s, _ in SET_ASIDE}
WRITTEN = len(S) + len([n for n, _ in SET_ASIDE if n not in {e[0] for e in S}])


def entries():
    out = []
    for e in S:
        if e[0] in DROPPED:
            continue
        out.append(e)
    return out


def generate(reg):
    rng = random.Random(SEED)
    recs, hidden = [], []
    for e in entries():
        syntax, kind, tmpl = e[0], e[1], e[2]
        enc = e[3] if len(e) > 3 else None
        c = ctx(rng)
        pw = reg.draw(password, rng, strict=True)
        if syntax == "kit_locker_fixed_width_cols_41_to_60":
            template = fixed_width(c, pw)
        else:
            template = tmpl(c)
        if enc is not None:
            value = reg.add(enc(pw, c["u"]))
            hidden.append(pw)
        else:
            value = pw
        text, s, en = place(template, value)
        t = PREFIX + syntax
        recs.append({"type": t, "container": t + "__" + SUFFIX[kind], "text": text,
                     "secrets": [{"value": value, "start": s, "end": en, "type": t}], "source": "password"})
    return recs, hidden
