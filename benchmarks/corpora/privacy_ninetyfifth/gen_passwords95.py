"""Positional password syntaxes: the place in a command, file, protocol or call says it is a password."""
import random
from common95 import *

SUFFIX = {"cli": "l10n_host_terminal_capture", "cfg": "l10n_server_config_excerpt",
          "proto": "l10n_transfer_wire_capture", "code": "l10n_pipeline_source_line",
          "sql": "l10n_tm_database_console"}

DROPPED = ["sip_register_mwi_line_log", "fetchmailrc_poll_there_is_line", "autofs_map_cifs_user_option",
           "fstab_sshfs_password_stdin_comment_free", "node_basic_ftp_access_object",
           "jsch_session_set_password_call", "couchdb_admins_ini_line", "mongo_create_user_pwd_field"]

SYN = [
    # ---- command lines
    ("sshpass_lower_p_argument", "cli", "$ sshpass -p '{V}' scp out/xliff/*.xlf {U}@{H}:/drop/incoming/"),
    ("smbclient_share_second_positional", "cli", "$ smbclient //{H}/handoff '{V}' -U {U} -c 'cd batch7; mput *.docx'"),
    ("smbclient_user_percent_suffix", "cli", "$ smbclient -U '{U}%{V}' //{H}/translations -c 'ls'"),
    ("windows_net_use_positional", "cli", "C:\\> net use T: \\\\{H}\\l10n {V} /user:LOC\\{U} /persistent:no"),
    ("cifs_mount_user_percent_option", "cli", "# mount -t cifs //{H}/tm /mnt/tm -o user={U}%{V},vers=3.0"),
    ("psexec_lower_p_after_u", "cli", "PS> psexec \\\\{H} -u LOC\\{U} -p {V} C:\\tools\\tmsync.exe /pull"),
    ("mysqladmin_password_subcommand_positional", "cli", "$ mysqladmin -u tm_owner -h {H} password '{V}'"),
    ("ncftpput_lower_p_flag", "cli", "$ ncftpput -u {U} -p '{V}' {H} /incoming de_DE.po fr_FR.po"),
    ("rsyncd_secrets_file_colon_line", "cfg", "# /etc/rsyncd.secrets (mode 600)\n{U}:{V}"),
    ("openssl_enc_lower_k_flag", "cli", "$ openssl enc -aes-256-cbc -pbkdf2 -salt -in tm_export.tmx -out tm_export.tmx.enc -k '{V}'"),
    ("sevenzip_glued_lower_p_switch", "cli", "> 7z a -t7z -p{V} -mhe=on batch7_de.7z .\\batch7\\de\\*"),
    ("rar_hp_glued_switch", "cli", "$ rar a -hp{V} handoff_ja.rar xliff/ja/"),
    ("expect_send_after_prompt", "code", "spawn sftp {U}@{H}\nexpect \"assword:\"\nsend \"{V}\\r\"\nexpect \"sftp>\"\nsend \"put glossary.tbx\\r\""),
    ("mosquitto_passwd_batch_third_positional", "cli", "$ mosquitto_passwd -b /etc/mosquitto/passwd {U} '{V}'"),
    ("smbpasswd_stdin_double_echo", "cli", "$ (echo '{V}'; echo '{V}') | sudo smbpasswd -s -a {U}"),
    ("chpasswd_stdin_user_colon", "cli", "$ echo '{U}:{V}' | sudo chpasswd"),
    ("sqlcmd_capital_p_flag", "cli", "> sqlcmd -S {H} -U tm_reader -P {V} -d TranslationMemory -Q \"SELECT COUNT(*) FROM segments\""),
    ("bcp_capital_p_flag", "cli", "> bcp TranslationMemory.dbo.segments out segments.dat -S {H} -U tm_export -P {V} -c"),
    ("unixodbc_isql_third_positional", "cli", "$ isql -v TMDSN tm_reader '{V}'"),
    ("sqlplus_slash_connect_identifier", "cli", "$ sqlplus tm_app/{V}@//{H}:1521/TMPDB @export_glossary.sql"),
    ("oracle_expdp_slash_credential", "cli", "$ expdp tm_admin/{V}@TMPDB schemas=TM directory=DP_DIR dumpfile=tm.dmp"),
    ("db2_connect_using_clause", "cli", "db2 => connect to TMDB user {U} using {V}"),
    ("cqlsh_lower_p_flag", "cli", "$ cqlsh {H} 9042 -u l10n_svc -p '{V}' -e 'SELECT * FROM tm.segments LIMIT 5'"),
    ("ldappasswd_lower_s_newpass", "cli", "$ ldappasswd -H ldap://{H} -x -D cn=admin,dc=example,dc=com -W -s '{V}' uid={U},ou=translators,dc=example,dc=com"),
    ("kinit_stdin_echo_pipe", "cli", "$ echo '{V}' | kinit {U}@L10N.EXAMPLE.COM"),
    ("windows_net_user_add_second", "cli", "C:\\> net user {U} {V} /add /comment:\"freelance translator\""),
    ("cmdkey_generic_slash_pass", "cli", "C:\\> cmdkey /generic:{H} /user:{U} /pass:{V}"),
    ("vncpasswd_f_stdin_herestring", "cli", "$ vncpasswd -f <<< '{V}' > ~/.vnc/passwd"),
    ("wpa_passphrase_second_positional", "cli", "$ wpa_passphrase LocStudio-5G '{V}' >> /etc/wpa_supplicant.conf"),
    ("secret_tool_store_stdin_echo", "cli", "$ echo -n '{V}' | secret-tool store --label='TMS login' service tms user {U}"),
    ("macos_security_add_generic_w_flag", "cli", "$ security add-generic-password -a {U} -s cat-tool-license -w '{V}'"),
    ("putty_pscp_pw_flag", "cli", "> pscp -pw {V} -r .\\out\\xliff {U}@{H}:/drop/"),
    ("putty_plink_pw_flag", "cli", "> plink -batch -pw {V} {U}@{H} \"ls /drop/incoming\""),
    ("winscp_script_open_url_userinfo", "cli", "> winscp.com /command \"open sftp://{U}:{V}@{H}/\" \"put *.xlf /drop/\" \"exit\""),
    ("rclone_obscure_argument", "cli", "$ rclone config create vendor-drop sftp host {H} user {U} pass $(rclone obscure '{V}')"),
    ("openshift_oc_login_lower_p", "cli", "$ oc login https://api.{H}:6443 -u {U} -p '{V}'"),
    ("cloudfoundry_cf_login_lower_p", "cli", "$ cf login -a https://api.{H} -u {U} -p '{V}' -o l10n -s prod"),
    ("azure_cli_login_lower_p", "cli", "$ az login -u {U}@example.com -p '{V}'"),
    ("twine_upload_lower_p_flag", "cli", "$ twine upload --repository-url https://{H}/pypi/ -u {U} -p '{V}' dist/babel_extras-0.4.tar.gz"),
    ("poetry_config_http_basic_third_positional", "cli", "$ poetry config http-basic.l10n-index {U} '{V}'"),
    ("dotnet_nuget_add_source_lower_p", "cli", "$ dotnet nuget add source https://{H}/nuget/v3/index.json -n l10n -u {U} -p '{V}' --store-password-in-clear-text"),
    ("hg_clone_https_userinfo", "cli", "$ hg clone https://{U}:{V}@{H}/hg/firefox-l10n-de"),
    ("mongodb_srv_uri_userinfo", "cli", "$ mongosh \"mongodb+srv://{U}:{V}@tm-cluster.example.net/segments\""),
    ("rediss_tls_uri_default_user", "cli", "$ redis-cli -u 'rediss://default:{V}@{H}:6380/2' GET l10n:last_sync"),
    ("rtsp_url_userinfo_camera", "cli", "$ ffmpeg -i 'rtsp://{U}:{V}@{H}:554/stream1' -t 60 booth_recording.mp4"),
    ("snmpwalk_lower_c_community", "cli", "$ snmpwalk -v2c -c {V} {H} 1.3.6.1.2.1.1"),
    ("ftp_client_user_command_second", "cli", "ftp> open {H}\nConnected to {H}.\nftp> user {U} {V}\n230 Login successful.\nftp> mput *.po"),
    ("redis_cli_inline_auth_two_args", "cli", "{H}:6379> AUTH {U} {V}\nOK\n{H}:6379> HGETALL l10n:job:7"),
    ("mongo_shell_db_auth_second_arg", "code", "test> use tm\ntm> db.auth(\"{U}\", \"{V}\")\n{ ok: 1 }"),
    # ---- protocol captures
    ("ftp_control_channel_pass_verb", "proto", "220 vendor-drop FTP ready\nUSER {U}\n331 Please specify the password.\nPASS {V}\n230 Login successful."),
    ("pop3_transcript_pass_verb", "proto", "+OK Dovecot ready.\nUSER {U}\n+OK\nPASS {V}\n+OK Logged in.\nSTAT\n+OK 3 48211"),
    ("ldap_bindrequest_simple_field", "proto", "Lightweight Directory Access Protocol\n  LDAPMessage bindRequest(1) \"uid={U},ou=translators,dc=example,dc=com\" simple\n    messageID: 1\n    bindRequest\n      version: 3\n      name: uid={U},ou=translators,dc=example,dc=com\n      authentication: simple (0)\n        simple: {V}"),
    ("postgres_password_message_decoded", "proto", "PostgreSQL\n    Type: Password message\n    Length: 23\n    Password: {V}"),
    ("socks5_userpass_subnegotiation_decoded", "proto", "Socks Protocol\n    Version: 1\n    Username: {U}\n    Password: {V}"),
    ("telnet_follow_stream_after_prompt", "proto", "Ubuntu 22.04 LTS\n{H} login: {U}\nPassword: {V}\nLast login: Mon May 13 02:00:04"),
    ("http_proxy_auth_decoded_pair_wireshark", "proto", "Proxy-Authorization: Basic ...\n    Credentials: {U}:{V}"),
    ("rtsp_describe_url_in_log", "proto", "DESCRIBE rtsp://{U}:{V}@{H}:554/booth2 RTSP/1.0\nCSeq: 2"),
    ("webdav_propfind_url_userinfo_log", "proto", "davfs: PROPFIND https://{U}:{V}@{H}/remote.php/dav/files/{U}/Translations/ -> 207"),
    # ---- config lines by place
    ("ppp_chap_secrets_third_column", "cfg", "# client\tserver\tsecret\t\t\tIP addresses\n{U}\t*\t{V}\t*"),
    ("ipsec_secrets_psk_line", "cfg", "# /etc/ipsec.secrets\n{H} %any : PSK \"{V}\""),
    ("exim_passwd_client_third_field", "cfg", "# /etc/exim4/passwd.client\n*.example.com:{U}:{V}"),
    ("postfix_sasl_passwd_map_value", "cfg", "# /etc/postfix/sasl_passwd\n[{H}]:587 {U}:{V}"),
    ("openvpn_auth_user_pass_second_line", "cfg", "# /etc/openvpn/client/vendor-auth.txt\n{U}\n{V}"),
    ("squid_cache_peer_login_option", "cfg", "cache_peer {H} parent 3128 0 no-query login={U}:{V}"),
    ("stunnel_psksecrets_colon_line", "cfg", "# /etc/stunnel/psk.txt\nl10n-sync:{V}"),
    ("docker_registry_htpasswd_bcrypt_seed_line", "cli", "$ docker run --entrypoint htpasswd httpd:2 -Bbn {U} {V} > auth/htpasswd"),
    ("jenkins_cli_auth_user_colon", "cli", "$ java -jar jenkins-cli.jar -s https://{H}/ -auth {U}:{V} build l10n-nightly"),
    ("svn_checkout_url_userinfo", "cli", "$ svn checkout https://{U}:{V}@{H}/svn/l10n/trunk/de"),
    ("xmlstarlet_ftp_url_userinfo_fetch", "cli", "$ curl -s ftp://{U}:{V}@{H}/exports/glossary.tbx | xmlstarlet sel -t -v 'count(//termEntry)'"),
    # ---- code: call positions
    ("jdbc_drivermanager_third_arg", "code", "Connection c = DriverManager.getConnection(\"jdbc:postgresql://{H}/tm\", \"{U}\", \"{V}\");"),
    ("pymysql_connect_third_positional", "code", "conn = pymysql.connect(\"{H}\", \"{U}\", \"{V}\", \"glossary\")"),
    ("python_ftplib_constructor_third", "code", "ftp = ftplib.FTP(\"{H}\", \"{U}\", \"{V}\")\nftp.storbinary(\"STOR de.po\", open(\"de.po\", \"rb\"))"),
    ("python_ftplib_login_second", "code", "ftp = FTP_TLS(\"{H}\")\nftp.login(\"{U}\", \"{V}\")"),
    ("python_poplib_pass_underscore", "code", "box = poplib.POP3_SSL(\"{H}\")\nbox.user(\"{U}\")\nbox.pass_(\"{V}\")"),
    ("python_smtplib_login_second", "code", "with smtplib.SMTP_SSL(\"{H}\", 465) as s:\n    s.login(\"{U}\", \"{V}\")\n    s.send_message(handoff_mail)"),
    ("paramiko_connect_fourth_positional", "code", "client.connect(\"{H}\", 22, \"{U}\", \"{V}\")\nsftp = client.open_sftp()"),
    ("pysmb_connection_second_arg", "code", "conn = SMBConnection(\"{U}\", \"{V}\", \"l10n-runner\", \"FILESRV\", use_ntlm_v2=True)"),
    ("ldap3_connection_third_positional", "code", "conn = Connection(server, \"uid={U},ou=translators,dc=example,dc=com\", \"{V}\", auto_bind=True)"),
    ("ldapjs_bind_second_arg", "code", "client.bind('uid={U},ou=translators,dc=example,dc=com', '{V}', (err) => { if (err) throw err; });"),
    ("go_smtp_plainauth_third", "code", "auth := smtp.PlainAuth(\"\", \"{U}@example.com\", \"{V}\", \"{H}\")"),
    ("go_ssh_password_authmethod", "code", "cfg := &ssh.ClientConfig{User: \"{U}\", Auth: []ssh.AuthMethod{ssh.Password(\"{V}\")}}"),
    ("go_jlaffaye_ftp_login_second", "code", "if err := c.Login(\"{U}\", \"{V}\"); err != nil {\n\tlog.Fatal(err)\n}"),
    ("dotnet_networkcredential_second_arg", "code", "var cred = new NetworkCredential(\"{U}\", \"{V}\", \"LOC\");"),
    ("php_ftp_login_third_arg", "code", "$conn = ftp_connect('{H}');\nftp_login($conn, '{U}', '{V}');"),
    ("php_ldap_bind_third_arg", "code", "ldap_bind($ds, 'uid={U},ou=translators,dc=example,dc=com', '{V}');"),
    ("php_pdo_constructor_third_arg", "code", "$db = new PDO('mysql:host={H};dbname=wpml', '{U}', '{V}');"),
    ("php_mysqli_connect_third_arg", "code", "$link = mysqli_connect('{H}', '{U}', '{V}', 'pootle');"),
    ("ruby_net_ftp_login_second", "code", "ftp = Net::FTP.new('{H}')\nftp.login('{U}', '{V}')"),
    ("perl_dbi_connect_third_arg", "code", "my $dbh = DBI->connect('dbi:Pg:dbname=tm;host={H}', '{U}', '{V}');"),
    ("javamail_transport_connect_third", "code", "transport.connect(\"{H}\", \"{U}\", \"{V}\");"),
    ("commons_net_ftpclient_login_second", "code", "ftpClient.connect(\"{H}\");\nftpClient.login(\"{U}\", \"{V}\");"),
    ("kotlin_jdbi_create_third_arg", "code", "val jdbi = Jdbi.create(\"jdbc:mariadb://{H}/tm\", \"{U}\", \"{V}\")"),
    # ---- SQL / data store statements
    ("tsql_create_login_with_password", "sql", "1> CREATE LOGIN tm_reader WITH PASSWORD = '{V}', CHECK_POLICY = ON;\n2> GO"),
    ("oracle_identified_by_unquoted", "sql", "SQL> CREATE USER tm_app IDENTIFIED BY {V} DEFAULT TABLESPACE tm_data;"),
    ("cql_create_role_with_password", "sql", "cqlsh> CREATE ROLE l10n_reader WITH PASSWORD = '{V}' AND LOGIN = true;"),
    ("mariadb_set_password_for_user", "sql", "MariaDB [(none)]> SET PASSWORD FOR '{U}'@'%' = PASSWORD('{V}');"),
    ("postgres_alter_role_encrypted_literal", "sql", "tm=# ALTER ROLE weblate WITH LOGIN ENCRYPTED PASSWORD '{V}';"),
    ("firebird_isql_create_user_password", "sql", "SQL> CREATE USER {U} PASSWORD '{V}';"),
]


def generate():
    r = random.Random(9503)
    users = ["ana", "kenji", "loc-sync", "tm_ops", "ines", "vendor-acme", "marta", "yara"]
    hosts = ["drop.example.com", "tm.example.net", "files.example.org", "l10n-db.example.com"]
    out = []
    for syn, suf, tpl in SYN:
        v = owner_password(r)
        text, spans = fill(tpl, v, U=r.choice(users), H=r.choice(hosts))
        out.append((syn + "__" + SUFFIX[suf], text, spans, v, syn))
    return out
