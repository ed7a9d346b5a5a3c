import random
from common101 import *

SUFFIX = {"cli": "game_host_shell_capture", "cfg": "game_server_file_excerpt",
          "proto": "game_netcode_wire_dump", "code": "server_tool_source_line", "sql": "game_db_admin_console"}

P = [
    ("mcrcon_host_then_lower_p", "cli", "$ mcrcon -H {H} -P 25575 -p {V} \"whitelist add {U}\"\n"),
    ("steamcmd_login_third_token", "cli", "$ ./steamcmd.sh +login {U} {V} +app_update 2394010 validate +quit\n"),
    ("steamcmd_runscript_login_line", "cfg", "// update_pal.txt (steamcmd +runscript)\n@ShutdownOnFailedCommand 1\nlogin {U} {V}\nforce_install_dir /srv/pal\napp_update 2394010\nquit\n"),
    ("rust_webrcon_ws_path_segment", "cfg", "const sock = new WebSocket('ws://{H}:28016/{V}');\nsock.onmessage = m => console.log(m.data);\n"),
    ("source_rcon_auth_packet_body", "proto", "RCON >> id=1 type=3 (SERVERDATA_AUTH) body=\"{V}\"\nRCON << id=1 type=2 (AUTH_RESPONSE)\n"),
    ("battleye_login_packet_payload", "proto", "BE 0x42 0x45 crc=0x5f1a2c33 0xFF 0x00 payload=\"{V}\"\nBE << 0xFF 0x00 0x01 (login ok)\n"),
    ("authme_register_doubled_arg", "cli", "[14:02:11] {U} issued server command: /register {V} {V2}\n"),
    ("authme_login_single_arg", "cli", "[14:05:40] {U} issued server command: /login {V}\n"),
    ("authme_admin_register_third", "cli", "> authme register {U} {V}\n[AuthMe] Player {U} registered\n"),
    ("tshock_user_add_third", "cli", "/user add {U} {V} trusted\n[TShock] Account {U} added to group trusted.\n"),
    ("ark_console_enablecheats_arg", "cli", "(console) EnableCheats {V}\nAdmin privileges granted to ark_tamer\n"),
    ("ts3_serverquery_login_third", "proto", "TS3\nWelcome to the TeamSpeak 3 ServerQuery interface\nlogin serveradmin {V}\nerror id=0 msg=ok\n"),
    ("murmurd_supw_argument", "cli", "# murmurd -ini /etc/mumble-server.ini -supw {V}\n<W> Superuser password set on server 1\n"),
    ("irc_oper_command_second", "proto", "/oper {U} {V}\n:irc.lan 381 {U} :You are now an IRC operator\n"),
    ("nickserv_identify_argument", "proto", "/msg NickServ IDENTIFY {V}\n-NickServ- You are now identified for {U}.\n"),
    ("nickserv_register_first_of_two", "proto", "/msg NickServ REGISTER {V} {U}@example.org\n"),
    ("sdtd_telnet_prompt_reply", "proto", "Trying 10.0.0.5...\nConnected to 7dtd.\nPlease enter password:\n{V}\nLogon successful.\n"),
    ("ftp_control_pass_after_user", "proto", "220 ProFTPD Server ready\nUSER {U}\n331 Password required for {U}\nPASS {V}\n230 User {U} logged in\n"),
    ("pop3_user_pass_exchange", "proto", "+OK POP3 ready\nUSER {U}\n+OK\nPASS {V}\n+OK maildrop has 2 messages\n"),
    ("mqtt_connect_fields_decoded", "proto", "MQTT CONNECT clientId=mc-bridge flags=0xC2 keepAlive=60 fields=[\"{U}\", \"{V}\"]\n"),
    ("redis_auth_two_token_acl", "proto", "127.0.0.1:6379> AUTH {U} {V}\nOK\n"),
    ("windows_net_user_add_second", "cli", "C:\\> net user {U} {V} /add\nThe command completed successfully.\n"),
    ("windows_net_use_share_second", "cli", "C:\\> net use Z: \\\\nas\\mcbackups {V} /user:{U}\n"),
    ("htpasswd_batch_third_positional", "cli", "# htpasswd -b /etc/nginx/.map_htpasswd {U} {V}\nAdding password for user {U}\n"),
    ("mosquitto_passwd_batch_third", "cli", "$ mosquitto_passwd -b /etc/mosquitto/passwd {U} {V}\n"),
    ("x11vnc_storepasswd_first", "cli", "$ x11vnc -storepasswd {V} ~/.vnc/passwd\nstored passwd in file: /home/steam/.vnc/passwd\n"),
    ("sevenzip_glued_lower_p", "cli", "$ 7z a -t7z -p{V} -mhe=on world_backup.7z world/\n"),
    ("unrar_glued_lower_p", "cli", "$ unrar x -p{V} modpack_private.rar ./mods/\n"),
    ("lftp_u_comma_pair", "cli", "$ lftp -u {U},{V} sftp://{H}:2022\n"),
    ("rclone_obscure_first", "cli", "$ rclone obscure {V}\n"),
    ("openvpn_auth_file_second_line", "cfg", "# /etc/openvpn/gamevpn.auth (auth-user-pass)\n{U}\n{V}\n"),
    ("wpa_passphrase_second_positional", "cli", "$ wpa_passphrase LAN_PARTY_5G {V} >> /etc/wpa_supplicant.conf\n"),
    ("nmcli_wifi_connect_after_keyword", "cli", "$ nmcli dev wifi connect LAN_PARTY_5G password {V}\n"),
    ("ldappasswd_lower_s_new", "cli", "$ ldappasswd -x -D cn=admin,dc=guild,dc=lan -W -s {V} uid={U},ou=people,dc=guild,dc=lan\n"),
    ("mysqladmin_password_subcommand", "cli", "$ mysqladmin -u root password {V}\n"),
    ("smbpasswd_stdin_two_echoes", "cli", "$ (echo {V}; echo {V2}) | smbpasswd -s -a {U}\n"),
    ("ftpasswd_stdin_echo", "cli", "$ echo {V} | ftpasswd --passwd --file=/etc/proftpd/ftpd.passwd --name={U} --uid=1001 --home=/srv/mc --shell=/bin/false --stdin\n"),
    ("psexec_u_then_lower_p", "cli", "> psexec \\\\gamebox01 -u {U} -p {V} cmd /c \"sc stop ArkServer\"\n"),
    ("xfreerdp_slash_p_colon", "cli", "$ xfreerdp /v:{H} /u:{U} /p:{V} /cert:ignore\n"),
    ("plink_pw_flag", "cli", "> plink -ssh {U}@{H} -pw {V} \"systemctl restart valheim\"\n"),
    ("tcl_expect_send_after_prompt", "code", "spawn ssh {U}@{H}\nexpect \"assword:\"\nsend \"{V}\\r\"\ninteract\n"),
    ("winscp_script_open_userinfo", "cfg", "open sftp://{U}:{V}@{H}:2022/ -hostkey=*\nput world.zip /home/container/\nexit\n"),
    ("redis_url_empty_user_userinfo", "cfg", "cache:\n  url: redis://:{V}@{H}:6379/2\n"),
    ("amqp_url_userinfo_bridge", "cfg", "bridge.broker=amqp://{U}:{V}@{H}:5672/mc\n"),
    ("mumble_url_userinfo_link", "cfg", "Voice: mumble://{U}:{V}@{H}:64738/Raid?version=1.2.0\n"),
    ("pgpass_fifth_field", "cfg", "# ~/.pgpass\n{H}:5432:coreprotect:{U}:{V}\n"),
    ("jdbc_oracle_thin_slash_pair", "cfg", "database.url=jdbc:oracle:thin:{U}/{V}@{H}:1521/XEPDB1\n"),
    ("sqlplus_user_slash_at", "cli", "$ sqlplus {U}/{V}@//{H}:1521/XEPDB1 @stats.sql\n"),
    ("unixodbc_isql_third_positional", "cli", "$ isql MCSTATS {U} {V} -v\n+---------------------------------------+\n| Connected!                            |\n"),
    ("haproxy_userlist_insecure_keyword", "cfg", "userlist dynmap_users\n    user {U} insecure-password {V}\n"),
    ("python_mcrcon_ctor_second", "code", "from mcrcon import MCRcon\nwith MCRcon(\"{H}\", \"{V}\", port=25575) as mcr:\n    print(mcr.command(\"list\"))\n"),
    ("python_ftplib_ctor_third", "code", "ftp = ftplib.FTP('{H}', '{U}', '{V}')\nftp.cwd('/world')\n"),
    ("python_paramiko_connect_fourth", "code", "client.connect('{H}', 22, '{U}', '{V}')\n"),
    ("python_smtplib_login_second", "code", "srv = smtplib.SMTP('{H}', 587); srv.starttls()\nsrv.login('{U}', '{V}')\n"),
    ("python_pymysql_connect_third", "code", "conn = pymysql.connect('{H}', '{U}', '{V}', 'litebans')\n"),
    ("python_poplib_pass_method", "code", "M = poplib.POP3_SSL('{H}')\nM.user('{U}')\nM.pass_('{V}')\n"),
    ("python_ldap3_connection_third", "code", "conn = Connection(server, 'uid={U},ou=people,dc=guild,dc=lan', '{V}', auto_bind=True)\n"),
    ("python_pika_plaincredentials_second", "code", "creds = pika.PlainCredentials('{U}', '{V}')\n"),
    ("python_httpntlmauth_second", "code", "r = requests.get(url, auth=HttpNtlmAuth('GUILD\\\\{U}', '{V}'))\n"),
    ("python_pysmb_smbconnection_second", "code", "conn = SMBConnection('{U}', '{V}', 'mc-backup', 'NAS01', use_ntlm_v2=True)\n"),
    ("node_rcon_ctor_third", "code", "const Rcon = require('rcon');\nconst conn = new Rcon('{H}', 25575, '{V}');\nconn.connect();\n"),
    ("node_superagent_auth_second", "code", "await request.get('https://{H}/api/players').auth('{U}', '{V}');\n"),
    ("node_buffer_basic_pair_concat", "code", "const hdr = 'Basic ' + Buffer.from('{U}' + ':' + '{V}').toString('base64');\n"),
    ("go_gorcon_dial_second", "code", "conn, err := rcon.Dial(\"{H}:25575\", \"{V}\")\n"),
    ("go_jlaffaye_ftp_login_second", "code", "if err := c.Login(\"{U}\", \"{V}\"); err != nil { log.Fatal(err) }\n"),
    ("go_smtp_plainauth_third", "code", "auth := smtp.PlainAuth(\"\", \"{U}@example.org\", \"{V}\", \"{H}\")\n"),
    ("go_gomail_newdialer_fourth", "code", "d := gomail.NewDialer(\"{H}\", 587, \"{U}\", \"{V}\")\n"),
    ("java_drivermanager_third", "code", "Connection c = DriverManager.getConnection(\"jdbc:mariadb://{H}/coreprotect\", \"{U}\", \"{V}\");\n"),
    ("java_javamail_transport_connect_third", "code", "transport.connect(\"{H}\", \"{U}\", \"{V}\");\n"),
    ("java_httpclient_usernamepasswordcredentials", "code", "creds.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(\"{U}\", \"{V}\"));\n"),
    ("java_commons_net_ftpclient_login", "code", "ftp.connect(\"{H}\");\nboolean ok = ftp.login(\"{U}\", \"{V}\");\n"),
    ("csharp_networkcredential_second", "code", "client.Credentials = new NetworkCredential(\"{U}\", \"{V}\");\n"),
    ("csharp_corercon_ctor_third", "code", "var rcon = new RCON(IPAddress.Parse(\"10.0.0.5\"), 27015, \"{V}\");\nawait rcon.ConnectAsync();\n"),
    ("csharp_mailkit_authenticate_second", "code", "await smtp.AuthenticateAsync(\"{U}\", \"{V}\");\n"),
    ("csharp_fluentftp_ctor_third", "code", "var ftp = new FtpClient(\"{H}\", \"{U}\", \"{V}\");\n"),
    ("php_rcon_ctor_third", "code", "$rcon = new Rcon('{H}', 25575, '{V}', 3);\nif ($rcon->connect()) { $rcon->sendCommand('list'); }\n"),
    ("php_mysqli_connect_third", "code", "$db = mysqli_connect('{H}', '{U}', '{V}', 'minecraft');\n"),
    ("php_ftp_login_third", "code", "$c = ftp_connect('{H}');\nftp_login($c, '{U}', '{V}');\n"),
    ("php_pdo_ctor_third", "code", "$pdo = new PDO('mysql:host={H};dbname=bans', '{U}', '{V}');\n"),
    ("postgres_alter_role_password_literal", "sql", "coreprotect=# ALTER ROLE {U} WITH LOGIN PASSWORD '{V}';\nALTER ROLE\n"),
    ("mssql_create_login_with_literal", "sql", "1> CREATE LOGIN {U} WITH PASSWORD = '{V}', CHECK_POLICY = OFF;\n2> GO\n"),
    ("mariadb_set_password_function", "sql", "MariaDB [(none)]> SET PASSWORD FOR '{U}'@'%' = PASSWORD('{V}');\nQuery OK, 0 rows affected\n"),
    ("oracle_alter_user_identified", "sql", "SQL> ALTER USER {U} IDENTIFIED BY {V};\nUser altered.\n"),
    ("cql_create_role_password_literal", "sql", "cqlsh> CREATE ROLE {U} WITH PASSWORD = '{V}' AND LOGIN = true;\n"),
    ("neo4j_alter_current_user_to", "sql", "neo4j@system> ALTER CURRENT USER SET PASSWORD FROM 'changeme' TO '{V}';\n"),
    ("firebird_create_user_password_literal", "sql", "SQL> CREATE USER {U} PASSWORD '{V}';\n"),
    ("db2_connect_user_using", "sql", "db2 => CONNECT TO MCSTATS USER {U} USING {V}\n"),
    ("tsql_sp_addlogin_second", "sql", "EXEC sp_addlogin '{U}', '{V}', 'stats';\n"),
    ("mongo_db_auth_second", "sql", "> use admin\n> db.auth(\"{U}\", \"{V}\")\n1\n"),
    ("mongo_change_user_password_second", "sql", "> db.changeUserPassword(\"{U}\", \"{V}\")\n"),
    ("bercon_cli_capital_p_flag", "cli", "$ bercon-cli -i 10.0.0.5 -p 2306 -P {V} players\n"),
    ("curl_proxy_user_colon_pair", "cli", "$ curl -x http://proxy.lan:3128 --proxy-user {U}:{V} https://api.modrinth.com/v2/tag/loader\n"),
    ("keepassxc_cli_herestring_stdin", "cli", "$ keepassxc-cli show -s admins.kdbx panel/root <<< '{V}'\n"),
    ("ftp_n_script_user_line", "cfg", "ftp -n {H} <<END\nuser {U} {V}\nbinary\nput world.tar.gz\nquit\nEND\n"),
    ("cmdkey_slash_pass_colon", "cli", "C:\\> cmdkey /generic:TERMSRV/gamebox01 /user:{U} /pass:{V}\n"),
    ("postgresql_uri_dsn_userinfo", "cli", "$ pg_basebackup -d \"postgresql://{U}:{V}@{H}:5432/\" -D /backup/pg -Fp\n"),
    ("python_aiomcrcon_client_third", "code", "client = aiomcrcon.Client('{H}', 25575, '{V}')\nawait client.connect()\n"),
    ("python_valve_rcon_tuple_then_secret", "code", "with valve.rcon.RCON(('{H}', 27015), '{V}') as rcon:\n    print(rcon('status'))\n"),
    ("rust_rcon_connection_connect_second", "code", "let mut conn = Connection::builder().enable_minecraft_quirks(true).connect(\"{H}:25575\", \"{V}\").await?;\n"),
    ("java_kronos_rcon_bytes_third", "code", "Rcon rcon = new Rcon(\"{H}\", 25575, \"{V}\".getBytes());\n"),
    ("csharp_sshnet_sshclient_third", "code", "using var ssh = new SshClient(\"{H}\", \"{U}\", \"{V}\");\nssh.Connect();\n"),
    ("php_phpseclib_sftp_login_second", "code", "$sftp = new SFTP('{H}', 2022);\nif (!$sftp->login('{U}', '{V}')) { exit('fail'); }\n"),
]


def generate(seed=10103):
    r = random.Random(seed)
    out = []
    for name, cat, tpl in P:
        v = owner_password(r)
        u = r.choice(USERS).replace(".", "_")
        h = r.choice(HOSTS)
        # templates with a repeated value ({V2}) would label one occurrence only; emit the confirmation copy
        # as the same value would break "occurs exactly as labelled", so the repeat is a distinct typo-free
        # confirmation typed as the same password -> we keep one copy and describe it via {V2}= same value.
        t = tpl
        if "{V2}" in t:
            t = t.replace("{V2}", "\ue001")
        text, s, e = fill(t, v, U=u, H=h)
        if "\ue001" in text:
            text = text.replace("\ue001", v)
            spans = [(s, e), (text.index(v, e), text.index(v, e) + len(v))]
        else:
            spans = [(s, e)]
        out.append((name + "__" + SUFFIX[cat], name, text, spans))
    return out
