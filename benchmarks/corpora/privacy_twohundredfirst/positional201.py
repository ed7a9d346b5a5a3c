"""Password source: ways a password is passed WITHOUT a telling `password=` key.

Span type `meeplepw_<syntax>`, container `meeplepw_<syntax>__<suffix>`."""
import base64
import random

from common201 import HEXL, fill, owner_password, positive, rstr

SEED = 20103
PW_PREFIX = "meeplepw_"

SUFFIX = {
    "cli": "cafe_ops_terminal_transcript",
    "stdin": "cafe_ops_stdin_pipe_history",
    "lib": "booking_backend_source_excerpt",
    "file": "lan_server_config_file_excerpt",
    "proto": "lan_hall_packet_capture",
    "gui": "till_app_ui_test_script",
    "sql": "singles_db_console_session",
}


def b64_user_pw(pw, c):
    return base64.b64encode(("%s:%s" % (c["user"], pw)).encode()).decode()


def b64_plain_nul(pw, c):
    return base64.b64encode(("\0%s\0%s" % (c["user"], pw)).encode()).decode()


def b64_pw(pw, c):
    return base64.b64encode(pw.encode()).decode()


# (syntax, category, template, transform or None)
P = [
    # ---------------------------------------------------------------- command line
    ("sshpass_lower_p_before_ssh_command", "cli", "$ sshpass -p '{V}' ssh {user}@{host} 'sudo systemctl restart lan-dhcp'\n", None),
    ("xfreerdp_slash_p_colon_after_slash_u", "cli", "$ xfreerdp /v:{ip} /u:{user} /p:{V} /cert:ignore /dynamic-resolution\n", None),
    ("rdesktop_lower_p_after_lower_u", "cli", "$ rdesktop -u {user} -p {V} -g 1600x900 {ip}\n", None),
    ("winrs_lower_p_colon_after_lower_u", "cli", "C:\\> winrs -r:till-{n}.{shop}.lan -u:{user} -p:{V} ipconfig /all\n", None),
    ("evil_winrm_lower_p_after_lower_u", "cli", "$ evil-winrm -i {ip} -u {user} -p '{V}'\n\nEvil-WinRM shell v3.5\n*Evil-WinRM* PS C:\\Users\\{user}\\Documents>\n", None),
    ("mongosh_lower_p_after_lower_u", "cli", "$ mongosh --host {host} --authenticationDatabase admin -u {user} -p '{V}' singles\n", None),
    ("cqlsh_lower_p_after_lower_u", "cli", "$ cqlsh {host} 9042 -u {user} -p '{V}' -e 'SELECT count(*) FROM pairings.matches;'\n", None),
    ("redis_cli_lower_a_flag", "cli", "$ redis-cli -h {host} -a '{V}' --no-auth-warning LLEN booking:queue\n(integer) {n}\n", None),
    ("rabbitmqctl_add_user_second_positional", "cli", "$ sudo rabbitmqctl add_user tables_worker '{V}'\n$ sudo rabbitmqctl set_permissions -p / tables_worker '.*' '.*' '.*'\n", None),
    ("snmpwalk_v2c_lower_c_community", "cli", "$ snmpwalk -v2c -c {V} {ip} IF-MIB::ifOperStatus\nIF-MIB::ifOperStatus.1 = INTEGER: up(1)\n", None),
    ("snmpget_v3_capital_a_auth_phrase", "cli", "$ snmpget -v3 -l authNoPriv -u lanmon -a SHA -A '{V}' {ip} SNMPv2-MIB::sysUpTime.0\n", None),
    ("openssl_pkcs12_export_passout_pass_prefix", "cli", "$ openssl pkcs12 -export -in till.crt -inkey till.key -out till.p12 -passout pass:{V}\n", None),
    ("keytool_genkeypair_storepass_flag", "cli", "$ keytool -genkeypair -alias badges -keyalg RSA -keystore badges.jks -storepass '{V}' -dname 'CN=badges.{shop}.example'\n", None),
    ("unzip_capital_p_extract", "cli", "$ unzip -P '{V}' buylist-export-{n}.zip -d /tmp/buylist\n", None),
    ("ccrypt_capital_k_flag", "cli", "$ ccrypt -e -K '{V}' tills-backup-{n}.sql\n", None),
    ("ssh_keygen_capital_n_new_phrase", "cli", "$ ssh-keygen -t ed25519 -C lan-deploy -N '{V}' -f ~/.ssh/lan_deploy\n", None),
    ("docker_login_lower_p_after_lower_u", "cli", "$ docker login registry.{shop}.lan -u {user} -p '{V}'\nLogin Succeeded\n", None),
    ("skopeo_copy_dest_creds_colon_pair", "cli", "$ skopeo copy docker://ghcr.io/fraglan/gameserver:latest docker://registry.{shop}.lan/lan/gameserver:latest --dest-creds {user}:{V}\n", None),
    ("az_login_lower_p_after_lower_u", "cli", "$ az login -u {user}@{shop}.example -p '{V}'\n", None),
    ("smbclient_capital_u_percent_pair", "cli", "$ smbclient //nas.{shop}.lan/commissions -U {user}%{V} -c 'ls'\n", None),
    ("ldapsearch_lower_w_after_capital_d", "cli", "$ ldapsearch -x -H ldap://{host} -D 'cn=admin,dc={shop},dc=lan' -w '{V}' -b 'ou=staff,dc={shop},dc=lan'\n", None),
    ("vsql_lower_w_after_capital_u", "cli", "$ vsql -h {host} -U dbadmin -w '{V}' -c 'SELECT COUNT(*) FROM sales;'\n", None),
    ("hdbsql_lower_p_after_lower_u", "cli", "$ hdbsql -n {host}:30015 -u SYSTEM -p '{V}' \"SELECT * FROM M_DATABASE\"\n", None),
    ("cypher_shell_lower_p_after_lower_u", "cli", "$ cypher-shell -a bolt://{host}:7687 -u neo4j -p '{V}' 'MATCH (g:Game) RETURN count(g);'\n", None),
    ("influx_setup_lower_p_after_lower_u", "cli", "$ influx setup -u lanadmin -p '{V}' -o fraglan -b seats -r 30d -f\n", None),
    ("mcrcon_lower_p_after_capital_p_port", "cli", "$ mcrcon -H {ip} -P 25575 -p '{V}' 'whitelist add GuestSeat{n}'\n", None),
    ("steamcmd_plus_login_second_token", "cli", "$ ./steamcmd.sh +force_install_dir /srv/cs2 +login {user} {V} +app_update 730 validate +quit\n", None),
    ("pihole_a_lower_p_positional", "cli", "$ pihole -a -p '{V}'\n  [i] Web interface updated\n", None),
    ("netsh_wlan_hostednetwork_key_value", "cli", "C:\\> netsh wlan set hostednetwork mode=allow ssid=FragLAN-{n} key={V} keyUsage=persistent\n", None),
    ("openwrt_uci_set_wifi_iface_key", "cli", "root@lanrouter:~# uci set wireless.@wifi-iface[0].key='{V}'\nroot@lanrouter:~# uci commit wireless && wifi reload\n", None),
    ("wpa_cli_set_network_psk_quoted", "cli", "$ wpa_cli -i wlan0 set_network 0 psk '\"{V}\"'\nOK\n", None),
    ("windows_net_user_add_second_positional", "cli", "C:\\> net user demo_kiosk {V} /add /expires:never\nThe command completed successfully.\n", None),
    ("cmdkey_generic_slash_pass_colon", "cli", "C:\\> cmdkey /generic:TERMSRV/till-{n} /user:{user} /pass:{V}\n", None),
    ("transmission_remote_lower_n_colon_pair", "cli", "$ transmission-remote {host}:9091 -n {user}:{V} -l\n", None),
    ("deluge_console_connect_fourth_token", "cli", "$ deluge-console \"connect {host}:58846 {user} {V}; info\"\n", None),
    ("curlftpfs_o_user_colon_pair", "cli", "$ curlftpfs -o user={user}:{V},allow_other ftp://{host}/ /mnt/demo-scans\n", None),
    ("winscp_com_open_sftp_url_userinfo", "cli", "C:\\> winscp.com /command \"open sftp://{user}:{V}@{host}/ -hostkey=*\" \"put tills.csv\" \"exit\"\n", None),
    ("curl_proxy_socks5h_url_userinfo", "cli", "$ curl --proxy socks5h://{user}:{V}@{ip}:1080 https://api.scryfall.com/cards/named?exact=Opt\n", None),
    ("https_proxy_env_url_userinfo", "cli", "$ export https_proxy=http://{user}:{V}@proxy.{shop}.lan:3128\n$ pip install -r requirements.txt\n", None),
    ("bitwarden_cli_unlock_first_positional", "cli", "$ export BW_SESSION=$(bw unlock '{V}' --raw)\n$ bw list items --search till\n", None),
    ("gocryptfs_extpass_echo_command", "cli", "$ gocryptfs -extpass 'echo {V}' ~/.commissions-cipher ~/commissions\n", None),
    ("pdftk_input_pw_keyword_after_file", "cli", "$ pdftk rulebook-scan.pdf input_pw {V} output rulebook.pdf\n", None),
    ("linphonec_register_third_argument", "cli", "linphonec> register sip:till{n}@pbx.{shop}.lan pbx.{shop}.lan {V}\nRegistration on sip:pbx.{shop}.lan successful.\n", None),
    ("vnc_url_empty_user_userinfo", "cli", "$ open vnc://:{V}@till-{n}.{shop}.lan\n", None),
    ("ffplay_rtsp_camera_url_userinfo", "cli", "$ ffplay rtsp://admin:{V}@cam-{n}.{shop}.lan:554/Streaming/Channels/101\n", None),
    ("httpie_lower_a_colon_pair", "cli", "$ http -a {user}:{V} GET https://api.{shop}.example/tables?date=today\n", None),
    ("vmrun_lower_gp_after_lower_gu", "cli", "$ vmrun -T ws -gu {user} -gp {V} runProgramInGuest demo-vm.vmx C:\\\\tools\\\\reset.bat\n", None),
    ("sendemail_lower_xp_after_lower_xu", "cli", "$ sendemail -f orders@{shop}.example -t owner@{shop}.example -u 'Buylist' -s smtp.{shop}.example:587 -xu orders@{shop}.example -xp {V} -m 'attached'\n", None),
    # ---------------------------------------------------------------- stdin
    ("cryptsetup_open_key_file_dash_stdin", "stdin", "$ echo -n '{V}' | sudo cryptsetup open /dev/sdb1 commissions_vault -d -\n", None),
    ("sudo_capital_s_stdin_echo", "stdin", "$ echo '{V}' | sudo -S apt-get -y upgrade\n", None),
    ("openssl_rsa_passin_stdin_printf", "stdin", "$ printf '%s' '{V}' | openssl rsa -in till-key.pem -passin stdin -out till-key.plain.pem\n", None),
    ("keepassxc_cli_ls_stdin_echo", "stdin", "$ echo '{V}' | keepassxc-cli ls ~/Shop.kdbx Tills\n", None),
    # ---------------------------------------------------------------- protocol exchanges
    ("teamspeak_serverquery_login_second_token", "proto", "$ telnet {ip} 10011\nTS3\nWelcome to the TeamSpeak 3 ServerQuery interface.\nlogin serveradmin {V}\nerror id=0 msg=ok\n", None),
    ("source_rcon_serverdata_auth_body", "proto", "Frame 14: 78 bytes on wire\nSource RCON\n    Packet Size: 24\n    Request ID: {n}\n    Type: SERVERDATA_AUTH (3)\n    Body: {V}\n", None),
    ("imap_login_command_third_token", "proto", "S: * OK [CAPABILITY IMAP4rev1 LITERAL+ AUTH=PLAIN] Dovecot ready.\nC: a1 LOGIN orders@{shop}.example {V}\nS: a1 OK Logged in\n", None),
    ("irc_server_pass_before_nick", "proto", "PASS {V}\nNICK lanbot\nUSER lanbot 0 * :FragLAN bot\n:irc.{shop}.lan 001 lanbot :Welcome to the LAN IRC\n", None),
    ("stomp_connect_passcode_header", "proto", "CONNECT\naccept-version:1.2\nhost:/\nlogin:{user}\npasscode:{V}\n\n^@\n", None),
    ("mumble_url_userinfo_link", "proto", "Join the LAN voice: mumble://{user}:{V}@voice.{shop}.lan:64738/Tournament?version=1.2.0\n", None),
    ("steam_connect_url_third_path_segment", "proto", "Tonight's server: steam://connect/{ip}:27015/{V}\n", None),
    ("graphql_signin_mutation_variables_second", "proto", "POST /graphql HTTP/1.1\nHost: api.{shop}.example\nContent-Type: application/json\n\n{{\"query\":\"mutation($a:String!,$b:String!){{signIn(u:$a,k:$b){{token}}}}\",\"variables\":{{\"a\":\"{user}\",\"b\":\"{V}\"}}}}\n", None),
    ("wordpress_xmlrpc_getusersblogs_second_param", "proto", "POST /xmlrpc.php HTTP/1.1\nHost: paint.{shop}.example\n\n<?xml version=\"1.0\"?><methodCall><methodName>wp.getUsersBlogs</methodName><params><param><value><string>{user}</string></value></param><param><value><string>{V}</string></value></param></params></methodCall>\n", None),
    ("quectel_at_qmtconn_fourth_parameter", "proto", "AT+QMTOPEN=0,\"mqtt.{shop}.lan\",1883\nOK\n+QMTOPEN: 0,0\nAT+QMTCONN=0,\"seat-{n}\",\"seatnode\",\"{V}\"\nOK\n", None),
    ("aria2_jsonrpc_token_prefixed_first_param", "proto", "{{\"jsonrpc\":\"2.0\",\"id\":\"q{n}\",\"method\":\"aria2.tellActive\",\"params\":[\"token:{V}\"]}}\n", None),
    ("redis_resp_auth_bulk_string", "proto", "tcpflow 010.020.000.012.51514-010.020.000.005.06379:\n*2\n$4\nAUTH\n${pwlen}\n{V}\n+OK\n", None),
    ("smtp_auth_plain_initial_response_b64", "proto", "C: EHLO till-{n}.{shop}.lan\nS: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN {V}\nS: 235 2.7.0 Authentication successful\n", b64_plain_nul),
    # ---------------------------------------------------------------- library calls
    ("python_pymssql_connect_third_positional", "lib", "conn = pymssql.connect(\"{host}\", \"{user}\", \"{V}\", \"tills\")\n", None),
    ("python_imaplib_login_second", "lib", "M = imaplib.IMAP4_SSL(\"imap.{shop}.example\")\nM.login(\"orders@{shop}.example\", \"{V}\")\n", None),
    ("python_pysnmp_usmuserdata_second", "lib", "auth = UsmUserData(\"lanmon\", \"{V}\", authProtocol=usmHMACSHAAuthProtocol)\n", None),
    ("python_mcrcon_ctor_second", "lib", "with MCRcon(\"{ip}\", \"{V}\", port=25575) as mcr:\n    mcr.command(\"say Round 3 pairings are up\")\n", None),
    ("python_pykeepass_ctor_second", "lib", "kp = PyKeePass(\"/srv/shop/Shop.kdbx\", \"{V}\")\nentry = kp.find_entries(title=\"till\", first=True)\n", None),
    ("python_kazoo_add_auth_digest_colon_pair", "lib", "zk = KazooClient(hosts=\"{host}:2181\")\nzk.start()\nzk.add_auth(\"digest\", \"{user}:{V}\")\n", None),
    ("python_cassandra_plaintextauthprovider_second", "lib", "auth = PlainTextAuthProvider(\"{user}\", \"{V}\")\ncluster = Cluster([\"{host}\"], auth_provider=auth)\n", None),
    ("python_neo4j_basic_auth_second", "lib", "driver = GraphDatabase.driver(\"bolt://{host}:7687\", auth=basic_auth(\"neo4j\", \"{V}\"))\n", None),
    ("python_win32security_logonuser_third", "lib", "h = win32security.LogonUser(\"{user}\", \"TILLS\", \"{V}\", win32con.LOGON32_LOGON_NETWORK, win32con.LOGON32_PROVIDER_DEFAULT)\n", None),
    ("python_pysmb_smbconnection_second", "lib", "conn = SMBConnection(\"{user}\", \"{V}\", \"till-{n}\", \"nas\", use_ntlm_v2=True)\n", None),
    ("python_exchangelib_credentials_second", "lib", "creds = Credentials(\"bookings@{shop}.example\", \"{V}\")\n", None),
    ("node_rcon_srcds_authenticate_single", "lib", "const server = new Rcon({{ host: '{ip}', port: 27015 }});\nawait server.authenticate('{V}');\n", None),
    ("node_http_request_auth_option_colon_pair", "lib", "const req = http.request({{ host: '{host}', path: '/api/seats', auth: '{user}:{V}' }});\n", None),
    ("java_mongocredential_createcredential_third_chararray", "lib", "MongoCredential cred = MongoCredential.createCredential(\"{user}\", \"admin\", \"{V}\".toCharArray());\n", None),
    ("java_mail_transport_connect_fourth", "lib", "Transport transport = session.getTransport(\"smtp\");\ntransport.connect(\"smtp.{shop}.example\", 587, \"orders@{shop}.example\", \"{V}\");\n", None),
    ("java_smbj_authenticationcontext_second_chararray", "lib", "AuthenticationContext ac = new AuthenticationContext(\"{user}\", \"{V}\".toCharArray(), \"TILLS\");\n", None),
    ("java_jedis_auth_single", "lib", "try (Jedis jedis = pool.getResource()) {{\n    jedis.auth(\"{V}\");\n    jedis.lpush(\"booking:queue\", payload);\n}}\n", None),
    ("kotlin_ktor_basicauthcredentials_second", "lib", "install(Auth) {{\n    basic {{ credentials {{ BasicAuthCredentials(\"{user}\", \"{V}\") }} }}\n}}\n", None),
    ("csharp_mailkit_authenticateasync_second", "lib", "await client.ConnectAsync(\"smtp.{shop}.example\", 587, SecureSocketOptions.StartTls);\nawait client.AuthenticateAsync(\"orders@{shop}.example\", \"{V}\");\n", None),
    ("csharp_securestring_appendchar_foreach_literal", "lib", "var ss = new SecureString();\nforeach (var ch in \"{V}\") ss.AppendChar(ch);\nss.MakeReadOnly();\n", None),
    ("csharp_sshnet_sshclient_ctor_third", "lib", "using var ssh = new SshClient(\"{host}\", \"{user}\", \"{V}\");\nssh.Connect();\n", None),
    ("go_smtp_plainauth_third", "lib", "auth := smtp.PlainAuth(\"\", \"orders@{shop}.example\", \"{V}\", \"smtp.{shop}.example\")\n", None),
    ("go_gorcon_rcon_dial_second", "lib", "conn, err := rcon.Dial(\"{ip}:25575\", \"{V}\")\nif err != nil {{\n\tlog.Fatal(err)\n}}\n", None),
    ("rust_lettre_credentials_new_second", "lib", "let creds = Credentials::new(\"orders@{shop}.example\".to_owned(), \"{V}\".to_owned());\n", None),
    ("ruby_net_smtp_start_fifth_positional", "lib", "Net::SMTP.start('smtp.{shop}.example', 587, '{shop}.example', 'orders@{shop}.example', '{V}', :login) do |smtp|\n  smtp.send_message(msg, from, to)\nend\n", None),
    ("ruby_pg_connect_seventh_positional", "lib", "conn = PG.connect('{host}', 5432, nil, nil, 'singles', '{user}', '{V}')\n", None),
    ("php_pdo_ctor_third", "lib", "$pdo = new PDO('mysql:host={host};dbname=tables', '{user}', '{V}');\n", None),
    ("php_ldap_bind_third", "lib", "$ds = ldap_connect('ldap://{host}');\nldap_bind($ds, 'cn=admin,dc={shop},dc=lan', '{V}');\n", None),
    ("perl_lwp_credentials_fourth", "lib", "$ua->credentials('{host}:443', 'Till API', '{user}', '{V}');\n", None),
    ("lua_luasql_env_connect_third", "lib", "local con = assert(env:connect(\"singles\", \"{user}\", \"{V}\", \"{host}\"))\n", None),
    ("c_mysql_real_connect_fourth", "lib", "if (!mysql_real_connect(conn, \"{host}\", \"{user}\", \"{V}\", \"tables\", 3306, NULL, 0)) {{\n    fprintf(stderr, \"%s\\n\", mysql_error(conn));\n}}\n", None),
    ("cpp_qt_qsqldatabase_open_second", "lib", "QSqlDatabase db = QSqlDatabase::addDatabase(\"QPSQL\");\ndb.setHostName(\"{host}\");\nif (!db.open(\"{user}\", \"{V}\")) qWarning() << db.lastError();\n", None),
    ("gdscript_marshalls_utf8_to_base64_pair", "lib", "var auth := Marshalls.utf8_to_base64(\"{user}:{V}\")\nvar headers := [\"Authorization: Basic \" + auth]\n", None),
    # ---------------------------------------------------------------- UI automation
    ("playwright_locator_fill_single", "gui", "await page.locator('#f2').fill('{V}');\nawait page.getByRole('button', {{ name: 'Continue' }}).click();\n", None),
    ("cypress_get_type_single", "gui", "cy.get('[data-cy=f2]').type('{V}', {{ log: false }});\ncy.get('[data-cy=go]').click();\n", None),
    ("testcafe_typetext_second", "gui", "await t.typeText('#f2', '{V}').click('#go');\n", None),
    ("uiautomator2_set_text_single", "gui", "d(resourceId=\"com.{shop}.till:id/f2\").set_text(\"{V}\")\nd(resourceId=\"com.{shop}.till:id/go\").click()\n", None),
    ("capybara_fill_in_with_option", "gui", "fill_in 'f2', with: '{V}'\nclick_button 'Continue'\n", None),
    ("gherkin_step_quoted_argument", "gui", "  Scenario: manager override at the till\n    Given the till is locked\n    When I type \"{V}\" into field f2\n    Then the refund button is enabled\n", None),
    ("autohotkey_sendraw_literal", "gui", "^!t::\nSendRaw {V}\nSend {{Enter}}\nreturn\n", None),
    ("autoit_send_raw_flag_second", "gui", "WinActivate(\"TillPOS Manager\")\nSend(\"{V}\", 1)\nSend(\"{{ENTER}}\")\n", None),
    ("applescript_keystroke_literal", "gui", "tell application \"System Events\"\n    keystroke \"{V}\"\n    key code 36\nend tell\n", None),
    ("testcomplete_settext_single", "gui", "Aliases.TillPOS.dlgManager.edtF2.SetText(\"{V}\")\nAliases.TillPOS.dlgManager.btnOK.ClickButton()\n", None),
    ("uft_webedit_set_single", "gui", "Browser(\"Till\").Page(\"Override\").WebEdit(\"f2\").Set \"{V}\"\nBrowser(\"Till\").Page(\"Override\").WebButton(\"OK\").Click\n", None),
    ("squish_type_second", "gui", "type(waitForObject(\":Override.f2_QLineEdit\"), \"{V}\")\nclickButton(waitForObject(\":Override.OK_QPushButton\"))\n", None),
    # ---------------------------------------------------------------- files by position
    ("pgpass_file_fifth_field", "file", "# ~/.pgpass\n{host}:5432:singles:{user}:{V}\n", None),
    ("rsyncd_secrets_colon_pair", "file", "# /etc/rsyncd.secrets (chmod 600)\n{user}:{V}\n", None),
    ("dovecot_passwd_file_plain_scheme", "file", "# /etc/dovecot/users\norders@{shop}.example:{{PLAIN}}{V}:5000:5000::/var/mail/orders\n", None),
    ("vsftpd_virtual_users_second_line", "file", "# /etc/vsftpd/virtual_users.txt  (db_load -T -t hash)\nscans\n{V}\n", None),
    ("openvpn_auth_user_pass_file_second_line", "file", "# /etc/openvpn/client/lan-auth.txt\n{user}\n{V}\n", None),
    ("git_credentials_store_file_line", "file", "# ~/.git-credentials\nhttps://{user}:{V}@git.{shop}.lan\n", None),
    ("snmpd_conf_rocommunity_first_argument", "file", "# /etc/snmp/snmpd.conf\nagentAddress udp:161\nrocommunity {V} 10.20.0.0/16\nsysLocation LAN hall, rack 2\n", None),
    ("ntp_keys_file_third_token", "file", "# /etc/ntp.keys\n{n} M {V}\n", None),
    ("postfix_sasl_map_colon_pair", "file", "# /etc/postfix/sasl_passwd  (postmap after editing)\n[smtp.{shop}.example]:587 orders@{shop}.example:{V}\n", None),
    ("cups_printers_conf_deviceuri_userinfo", "file", "<Printer BadgePrinter>\nInfo Convention badge printer\nDeviceURI smb://{user}:{V}@nas.{shop}.lan/BadgePrinter\nState Idle\n</Printer>\n", None),
    ("docker_config_json_auths_b64_pair", "file", "{{\n  \"auths\": {{\n    \"registry.{shop}.lan\": {{\n      \"auth\": \"{V}\"\n    }}\n  }}\n}}\n", b64_user_pw),
    ("npmrc_underscore_auth_b64_pair", "file", "registry=https://npm.{shop}.lan/\n//npm.{shop}.lan/:_auth={V}\nalways-auth=true\n", b64_user_pw),
    ("filezilla_sitemanager_base64_element", "file", "<Server>\n  <Host>{host}</Host>\n  <Port>21</Port>\n  <User>{user}</User>\n  <Pass encoding=\"base64\">{V}</Pass>\n  <Name>demo scans</Name>\n</Server>\n", b64_pw),
    ("lan_seat_provisioning_csv_fourth_column", "file", "seat,switch_port,mac,unlock\nA{n},Gi1/0/{n},{mac},{V}\n", None),
    ("till_roster_colon_third_field", "file", "# till-roster.txt  name:role:code:shift\n{person}:manager:{V}:late\n", None),
    ("judge_tablet_fixed_width_cols_41_to_60", "file", "# judges.fw  cols 1-20 name, 21-30 table, 31-40 role, 41-60 unlock\n{fwprefix}{V}{fwpad}\n", None),
    ("demo_loan_kiosk_pipe_second_field", "file", "# kiosk.dat  id|unlock|location|shelf\nKIOSK{n}|{V}|front-desk|B{n}\n", None),
    ("card_scanner_tsv_last_column", "file", "scanner\tstation\tbin_count\tunlock\nsorter-{n}\tdesk-2\t{n}\t{V}\n", None),
    # ---------------------------------------------------------------- SQL
    ("mysql_aes_encrypt_second_argument", "sql", "mysql> UPDATE loyalty_cards SET note_enc = AES_ENCRYPT(note, '{V}') WHERE id = {n};\nQuery OK, 1 row affected (0.01 sec)\n", None),
    ("postgres_pgp_sym_encrypt_second", "sql", "singles=# SELECT pgp_sym_encrypt(notes, '{V}') FROM commissions LIMIT 1;\n", None),
    ("mssql_encryptbypassphrase_first", "sql", "1> UPDATE dbo.Members SET PhoneEnc = ENCRYPTBYPASSPHRASE('{V}', PhonePlain);\n2> GO\n", None),
    ("teradata_bteq_logon_dot_command", "sql", " BTEQ -- Enter your SQL request or BTEQ command:\n.LOGON {host}/{user},{V};\n *** Logon successfully completed.\n", None),
    ("h2_create_linked_table_fourth_argument", "sql", "sql> CREATE LINKED TABLE singles_link('org.postgresql.Driver', 'jdbc:postgresql://{host}/singles', '{user}', '{V}', 'public.cards');\n", None),
    ("mysql_federated_connection_url_userinfo", "sql", "mysql> CREATE TABLE remote_sales (id INT, total DECIMAL(8,2)) ENGINE=FEDERATED CONNECTION='mysql://{user}:{V}@{host}:3306/till/sales';\n", None),
    ("mssql_sp_addlogin_second", "sql", "1> EXEC sp_addlogin 'till_reader', '{V}', 'Tills';\n2> GO\n", None),
]

# considered and not written
NOT_WRITTEN = [
    ("zip_capital_p_encrypt_flag", "same idea as unzip -P"),
    ("snmpwalk_v3_capital_x_priv_phrase", "needs the auth phrase too, a second secret in one text"),
    ("radtest_second_positional", "radtest also takes the RADIUS shared secret, a second secret in one text"),
    ("ftp_control_channel_pass_command", "same idea as the POP3 PASS line of the earlier corpora"),
    ("putty_pw_flag", "same idea as plink -pw of the earlier corpora"),
    ("helm_registry_login_lower_p", "same idea as docker login -p"),
    ("ydotool_type_literal", "same idea as xdotool / wtype typing of the earlier corpora"),
]

# written, then set aside so that about 110 remain (near-duplicates first, then telling flags)
SET_ASIDE = {
    "rdesktop_lower_p_after_lower_u": "near-duplicate of the xfreerdp /p: idea and of -p after -u",
    "evil_winrm_lower_p_after_lower_u": "one more -p after -u",
    "cqlsh_lower_p_after_lower_u": "one more -p after -u",
    "hdbsql_lower_p_after_lower_u": "one more -p after -u",
    "cypher_shell_lower_p_after_lower_u": "one more -p after -u",
    "influx_setup_lower_p_after_lower_u": "one more -p after -u",
    "az_login_lower_p_after_lower_u": "one more -p after -u",
    "cmdkey_generic_slash_pass_colon": "the flag says pass",
    "openssl_rsa_passin_stdin_printf": "the flag says passin",
    "ffplay_rtsp_camera_url_userinfo": "one more URL userinfo",
    "winscp_com_open_sftp_url_userinfo": "one more URL userinfo",
    "python_exchangelib_credentials_second": "same idea as other Credentials(user, pw) constructors",
    "python_neo4j_basic_auth_second": "same idea as the basic-auth helpers of the earlier corpora",
    "kotlin_ktor_basicauthcredentials_second": "near-duplicate of OkHttp Credentials.basic of the earlier corpora",
    "csharp_sshnet_sshclient_ctor_third": "near-duplicate of paramiko connect of the earlier corpora",
    "rust_lettre_credentials_new_second": "same idea as other Credentials(user, pw) constructors",
    "php_ldap_bind_third": "near-duplicate of python-ldap simple_bind_s of the earlier corpora",
    "testcafe_typetext_second": "near-duplicate of Puppeteer page.type of the earlier corpora",
    "testcomplete_settext_single": "one more UI SetText call",
    "autoit_send_raw_flag_second": "near-duplicate of the SendKeys calls of the earlier corpora",
    "rsyncd_secrets_colon_pair": "one more user:pw file line",
    "vsftpd_virtual_users_second_line": "same idea as the OpenVPN second line",
    "mssql_sp_addlogin_second": "near-duplicate of sp_addlinkedsrvlogin of the earlier corpora",
    "keepassxc_cli_ls_stdin_echo": "one more stdin echo",
}
USED = [p for p in P if p[0] not in SET_ASIDE]

PEOPLE = ["Aisha", "Bram", "Carys", "Dev", "Elif", "Finn", "Gosia", "Hamid"]
SHOPS = ["meeplehall", "critboxcafe", "hexandpint", "rollandrest", "tabletopden", "fraglan"]


def ctx(rng, pw):
    shop = rng.choice(SHOPS)
    c = dict(shop=shop, user=rng.choice(["lanops", "till", "singles", "op_admin", "scans", "booking"]),
             host="%s%d.%s.lan" % (rng.choice(["db", "srv", "nas", "app"]), rng.randint(1, 9), shop),
             ip="10.20.%d.%d" % (rng.randint(0, 9), rng.randint(2, 250)), n=rng.randint(2, 48),
             person=rng.choice(PEOPLE), pwlen=len(pw),
             mac=":".join("%02x" % rng.randint(0, 255) for _ in range(6)))
    name = "%-20s%-10s%-10s" % (c["person"] + " " + rng.choice(["Okafor", "Lind", "Ruiz", "Novak"]),
                                "T%d" % c["n"], "head")
    c["fwprefix"] = name
    c["fwpad"] = " " * (20 - len(pw))
    return c


def generate(reg, start_index):
    rng = random.Random(SEED)
    recs = []
    for i, (syn, cat, tmpl, tr) in enumerate(USED):
        while True:
            pw = owner_password(rng, strict=True)
            if len(pw) <= 20 and reg.ok(pw):
                break
        c = ctx(rng, pw)
        if tr is None:
            value = pw
            reg.add(pw)
            extra = None
        else:
            reg.add(pw)
            value = tr(pw, c)
            if not reg.add(value):
                raise RuntimeError("b64 value collision")
            extra = None
        text, s, e = fill(tmpl, value, **c)
        typ = PW_PREFIX + syn
        rec = positive("p201-s-%04d" % (start_index + i), typ, "%s__%s" % (typ, SUFFIX[cat]), text, s, e, "password")
        if tr is not None:
            rec["_hidden"] = pw  # removed before writing; used by checks
        recs.append(rec)
    return recs
