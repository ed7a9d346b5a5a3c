"""Positional password syntaxes: the place in a command, file, call or exchange says 'password'."""
import base64
from common149 import Gen, fill, rec, AN

B64 = "b64"      # label Base64 of the password
S3 = "s3"        # label a 40-char S3-style secret instead of a password

S = [
    # shell / CLI
    ("curl_lower_u_user_colon_pair", "curl -sS -u {U}:{V} https://{H}/api/v1/units?status=vacant"),
    ("wget_ftp_url_userinfo", "wget -q ftp://{U}:{V}@{H}/exports/rent_roll.csv"),
    ("lftp_lower_u_comma_pair", "lftp -u {U},{V} sftp://{H} -e 'mirror /photos ./photos; bye'"),
    ("plink_pw_flag", "plink -batch -pw {V} {U}@{H} \"systemctl restart gate-bridge\""),
    ("pscp_pw_flag", "pscp -pw {V} gatelog.txt {U}@{H}:/var/log/gates/"),
    ("mysqladmin_glued_lower_p", "mysqladmin -h {H} -u{U} -p{V} processlist"),
    ("mysqlcheck_glued_lower_p", "mysqlcheck -h {H} -u{U} -p{V} --auto-repair storage_pms"),
    ("mysqlsh_uri_userinfo", "mysqlsh {U}:{V}@{H}:3306 --sql -e 'select count(*) from units'"),
    ("psql_positional_uri_userinfo", "psql \"postgresql://{U}:{V}@{H}:5432/moves\" -c '\\dt'"),
    ("pg_basebackup_dbname_uri", "pg_basebackup -d \"postgresql://{U}:{V}@{H}/postgres\" -D /backup/base -Ft -z"),
    ("pgbench_conninfo_uri", "pgbench -c 8 -T 60 \"postgresql://{U}:{V}@{H}/estimates\""),
    ("sqlcmd_capital_p_after_capital_u", "sqlcmd -S {H} -U {U} -P {V} -Q \"EXEC dbo.usp_LateFees\""),
    ("bcp_capital_p_after_capital_u", "bcp dbo.Tenants out tenants.dat -S {H} -U {U} -P {V} -c"),
    ("db2_connect_using_clause", "db2 connect to STORDB user {U} using {V}"),
    ("unixodbc_isql_third_positional", "isql -v StorageMirror {U} {V}"),
    ("freetds_tsql_capital_p", "tsql -S {H} -p 1433 -U {U} -P {V}"),
    ("etcdctl_user_colon_pair", "etcdctl --endpoints=https://{H}:2379 --user {U}:{V} get /gates/config"),
    ("nats_cli_server_url_userinfo", "nats sub -s nats://{U}:{V}@{H}:4222 'gate.events.>'"),
    ("celery_broker_amqp_url_userinfo", "celery -A dispatch worker -b amqp://{U}:{V}@{H}:5672// -l info"),
    ("htpasswd_batch_third_positional", "htpasswd -b /etc/nginx/.htpasswd {U} {V}"),
    ("chpasswd_stdin_colon_pair", "echo '{U}:{V}' | sudo chpasswd"),
    ("usermod_openssl_passwd_subshell", "sudo usermod -p \"$(openssl passwd -6 '{V}')\" {U}"),
    ("rclone_obscure_positional", "rclone config create photos ftp host {H} user {U} pass $(rclone obscure '{V}')"),
    ("duplicity_sftp_url_userinfo", "duplicity /srv/pms sftp://{U}:{V}@{H}//backups/pms"),
    ("hg_clone_https_userinfo", "hg clone https://{U}:{V}@{H}/hg/kiosk-firmware"),
    ("oras_login_lower_p", "oras login {H} -u {U} -p {V}"),
    ("podman_login_lower_p", "podman login -u {U} -p {V} {H}"),
    ("buildah_login_lower_p", "buildah login -u {U} -p {V} {H}"),
    ("crane_auth_login_lower_p", "crane auth login {H} -u {U} -p {V}"),
    ("helm_registry_login_lower_p", "helm registry login {H} -u {U} -p {V}"),
    ("mc_admin_user_add_third", "mc admin user add facilityminio {U} {V}"),
    ("redis_cli_acl_setuser_gt_prefix", "redis-cli -h {H} ACL SETUSER {U} on >{V} ~gate:* +@read"),
    ("cypher_shell_lower_p", "cypher-shell -a bolt://{H}:7687 -u {U} -p {V} 'MATCH (n:Unit) RETURN count(n)'"),
    ("couchbase_cli_lower_p", "couchbase-cli server-list -c {H} -u {U} -p {V}"),
    ("cbq_lower_p_after_lower_u", "cbq -e couchbase://{H} -u {U} -p {V} -s 'SELECT 1'"),
    ("mongodump_lower_p_after_lower_u", "mongodump --host {H} -u {U} -p {V} --authenticationDatabase admin --db inventory"),
    ("mongoexport_uri_userinfo", "mongoexport --uri=\"mongodb://{U}:{V}@{H}:27017/inventory\" -c photos -o photos.json"),
    ("couchdb_curl_url_userinfo", "curl -X PUT http://{U}:{V}@{H}:5984/move_quotes"),
    ("ipmitool_capital_p_after_capital_u", "ipmitool -I lanplus -H {H} -U {U} -P {V} chassis power status"),
    ("racadm_lower_p_after_lower_u", "racadm -r {H} -u {U} -p {V} getsysinfo"),
    ("wpa_passphrase_second_positional", "wpa_passphrase OfficeNet-0417 '{V}' >> /etc/wpa_supplicant.conf"),
    ("vncpasswd_f_stdin_echo", "echo '{V}' | vncpasswd -f > ~/.vnc/passwd"),
    ("ssh_askpass_helper_echo", "#!/bin/sh\n# askpass.sh for the gate box\necho '{V}'"),
    ("expect_send_after_prompt", "spawn ssh {U}@{H}\nexpect \"assword:\"\nsend \"{V}\\r\"\ninteract"),
    ("gpg_batch_passphrase_fd_stdin", "echo '{V}' | gpg --batch --passphrase-fd 0 -d leases_2024.csv.gpg > leases.csv"),
    ("sevenzip_glued_lower_p", "7z a -p{V} -mhe=on tenant_docs.7z ./lease_pdfs"),
    ("openssl_enc_lower_k", "openssl enc -aes-256-cbc -pbkdf2 -k {V} -in ledger.csv -out ledger.csv.enc"),
    ("keepassxc_cli_stdin_echo", "echo '{V}' | keepassxc-cli show -s facilities.kdbx 'Gate panels/Elm St'"),
    ("ldapwhoami_lower_w", "ldapwhoami -x -H ldap://{H} -D 'uid={U},ou=people,dc=example,dc=com' -w {V}"),
    ("ldapdelete_lower_w", "ldapdelete -x -H ldap://{H} -D 'cn=admin,dc=example,dc=com' -w {V} 'uid=former,ou=people,dc=example,dc=com'"),
    ("rpcclient_capital_u_percent_pair", "rpcclient -U '{U}%{V}' {H} -c 'enumdomusers'"),
    ("openconnect_passwd_on_stdin_echo", "echo '{V}' | sudo openconnect --passwd-on-stdin -u {U} {H}"),
    ("openfortivpn_lower_p_after_lower_u", "sudo openfortivpn {H}:443 -u {U} -p {V}"),
    ("sipp_ap_after_au", "sipp -sn uac -au {U} -ap {V} {H}:5060 -m 1"),
    ("drush_user_password_second", "drush user:password {U} '{V}'"),
    ("gio_mount_smb_url_userinfo", "gio mount smb://{U}:{V}@{H}/scans"),
    ("curlftpfs_url_userinfo", "curlftpfs ftp://{U}:{V}@{H}/ /mnt/truckcam"),
    ("irssi_connect_third_positional", "/connect {H} 6697 {V} crewbot"),
    ("cmd_net_use_after_share", "net use \\\\{H}\\scans {V} /user:STORAGE\\{U} /persistent:no"),
    ("cmdkey_pass_colon", "cmdkey /generic:{H} /user:{U} /pass:{V}"),
    ("schtasks_rp_after_ru", "schtasks /create /tn RentRoll /tr C:\\jobs\\rentroll.cmd /sc daily /ru STORAGE\\{U} /rp {V}"),
    ("psexec_lower_p_after_lower_u", "psexec \\\\{H} -u STORAGE\\{U} -p {V} ipconfig /all"),
    ("powershell_securestring_first_positional", "$sec = ConvertTo-SecureString '{V}' -AsPlainText -Force\n$cred = New-Object PSCredential('{U}', $sec)"),
    # library calls
    ("python_paramiko_connect_fourth", "client.connect('{H}', 22, '{U}', '{V}')"),
    ("python_ftplib_ctor_third", "ftp = ftplib.FTP('{H}', '{U}', '{V}')"),
    ("python_poplib_pass_method", "pop = poplib.POP3_SSL('{H}')\npop.user('{U}')\npop.pass_('{V}')"),
    ("python_requests_auth_tuple_second", "r = requests.get(f'https://{H}/units', auth=('{U}', '{V}'))"),
    ("python_redis_from_url_userinfo", "r = redis.Redis.from_url('redis://{U}:{V}@{H}:6379/2')"),
    ("python_pika_plaincredentials_second", "creds = pika.PlainCredentials('{U}', '{V}')"),
    ("python_smbclient_register_session_third", "smbclient.register_session('{H}', '{U}', '{V}')"),
    ("python_cx_oracle_slash_logon_string", "conn = cx_Oracle.connect('{U}/{V}@{H}:1521/STORPDB')"),
    ("node_amqplib_connect_url", "const conn = await amqp.connect('amqp://{U}:{V}@{H}:5672');"),
    ("node_redis_createclient_url", "const client = createClient({ url: 'redis://{U}:{V}@{H}:6379' });"),
    ("node_sequelize_ctor_third", "const sequelize = new Sequelize('moves', '{U}', '{V}', { host: '{H}', dialect: 'mysql' });"),
    ("node_mssql_connect_url", "await sql.connect('mssql://{U}:{V}@{H}/SiteMirror');"),
    ("go_sql_open_mysql_dsn", "db, err := sql.Open(\"mysql\", \"{U}:{V}@tcp({H}:3306)/storage\")"),
    ("go_ssh_password_auth_method", "cfg := &ssh.ClientConfig{User: \"{U}\", Auth: []ssh.AuthMethod{ssh.Password(\"{V}\")}}"),
    ("go_jlaffaye_ftp_login_second", "if err := c.Login(\"{U}\", \"{V}\"); err != nil { return err }"),
    ("go_amqp_dial_url", "conn, err := amqp.Dial(\"amqp://{U}:{V}@{H}:5672/\")"),
    ("go_http_setbasicauth_second", "req.SetBasicAuth(\"{U}\", \"{V}\")"),
    ("java_jedis_ctor_uri", "Jedis jedis = new Jedis(URI.create(\"redis://{U}:{V}@{H}:6379\"));"),
    ("java_mongoclients_create_uri", "MongoClient mc = MongoClients.create(\"mongodb://{U}:{V}@{H}:27017\");"),
    ("java_commons_net_ftp_login_second", "ftp.login(\"{U}\", \"{V}\");"),
    ("java_jdbc_oracle_thin_slash_logon", "String url = \"jdbc:oracle:thin:{U}/{V}@{H}:1521/STORPDB\";"),
    ("kotlin_okhttp_credentials_basic_second", "val auth = Credentials.basic(\"{U}\", \"{V}\")"),
    ("csharp_networkcredential_ctor_second", "var cred = new NetworkCredential(\"{U}\", \"{V}\");"),
    ("csharp_renci_sftpclient_ctor_third", "using var sftp = new SftpClient(\"{H}\", \"{U}\", \"{V}\");"),
    ("ruby_net_pop3_start_fourth", "Net::POP3.start('{H}', 110, '{U}', '{V}') { |pop| pop.mails.size }"),
    ("ruby_net_imap_login_second", "imap.login('{U}', '{V}')"),
    ("php_ftp_login_third", "ftp_login($conn, '{U}', '{V}');"),
    ("php_imap_open_third", "$mbox = imap_open('{{H}:993/imap/ssl}INBOX', '{U}', '{V}');"),
    ("php_mysqli_real_connect_fourth", "mysqli_real_connect($link, '{H}', '{U}', '{V}', 'storage');"),
    ("php_curlopt_userpwd_colon_pair", "curl_setopt($ch, CURLOPT_USERPWD, '{U}:{V}');"),
    ("perl_dbi_connect_third", "my $dbh = DBI->connect('dbi:Pg:dbname=moves;host={H}', '{U}', '{V}');"),
    ("perl_net_ftp_login_second", "$ftp->login('{U}', '{V}') or die $ftp->message;"),
    ("rust_ssh2_userauth_password_second", "sess.userauth_password(\"{U}\", \"{V}\")?;"),
    ("elixir_ecto_repo_url_userinfo", "config :movehub, Movehub.Repo, url: \"ecto://{U}:{V}@{H}/movehub\""),
    ("sqlcipher_pragma_key_literal", "PRAGMA key = '{V}';\nSELECT count(*) FROM inventory_items;"),
    # protocol exchanges
    ("ftp_wire_pass_after_user", "220 {H} FTP ready\nUSER {U}\n331 Password required\nPASS {V}\n230 Logged in"),
    ("pop3_wire_pass_after_user", "+OK POP3 ready\nUSER {U}\n+OK\nPASS {V}\n+OK 3 messages"),
    ("nntp_authinfo_pass_line", "200 news ready\nAUTHINFO USER {U}\n381 more\nAUTHINFO PASS {V}\n281 ok"),
    ("irc_oper_third_token", "OPER {U} {V}"),
    ("smtp_auth_login_second_b64", B64 + "334 VXNlcm5hbWU6\n{UB64}\n334 UGFzc3dvcmQ6\n{V}\n235 2.7.0 Authentication successful"),
    ("webdav_propfind_basic_b64", B64 + "PROPFIND /remote.php/dav/files/scans/ HTTP/1.1\nHost: {H}\nDepth: 1\nAuthorization: Basic {V}"),
    ("libpq_trace_password_message", "2024-06-03 10:14:07.112  F\t17\tPasswordMessage\t \"{V}\""),
    # config-file positions
    ("ppp_chap_secrets_third_column", "# client\tserver\tsecret\tIP\n{U}\t*\t{V}\t*"),
    ("ppp_pap_secrets_third_column", "{U}\tgatemodem\t{V}\t10.64.0.9"),
    ("ipsec_secrets_psk_quoted", "%any {H} : PSK \"{V}\""),
    ("davfs2_secrets_third_field", "https://{H}/remote.php/webdav {U} {V}"),
    ("s3fs_passwd_file_after_colon", S3 + "{AK}:{V}"),
    ("yarnrc_npm_auth_ident_after_colon", "npmRegistryServer: \"https://{H}/npm/\"\nnpmAuthIdent: \"{U}:{V}\""),
    ("jdbc_mysql_url_userinfo", "spring.datasource.url=jdbc:mysql://{U}:{V}@{H}:3306/storage"),
    ("sqlalchemy_mssql_pyodbc_url", "SQLALCHEMY_DATABASE_URI = 'mssql+pyodbc://{U}:{V}@SiteMirrorDSN'"),
    ("airflow_conn_env_uri", "AIRFLOW_CONN_PMS_MIRROR='mysql://{U}:{V}@{H}:3306/pms'"),
    ("spring_rabbitmq_addresses_userinfo", "spring.rabbitmq.addresses=amqp://{U}:{V}@{H}:5672"),
    ("asterisk_sip_register_line", "[general]\nregister => {U}:{V}@{H}/{U}"),
    ("mutt_imaps_folder_url_userinfo", "set folder=\"imaps://{U}:{V}@{H}/\""),
    ("stunnel_psk_secrets_after_colon", "gatebridge-0417:{V}"),
]

SUFFIXES = ["dispatcher_terminal_history", "facility_provisioning_script_line",
            "portal_backend_source_line", "gate_bridge_wire_capture"]
USERS = ["pmsadmin", "gateops", "dispatch", "kiosk", "crewlead", "rentroll", "photosync", "autopay", "fmgr0417"]
HOSTS = ["pms.storage.internal", "10.20.4.11", "gate-bridge.example.com", "192.0.2.44", "dispatch.example.com",
         "files.movehub.internal", "198.51.100.23", "mirror.example.net"]


def build(registry):
    g = Gen(14903, registry)
    out = []
    for i, (syn, tpl) in enumerate(S):
        u, h = USERS[i % len(USERS)], HOSTS[i % len(HOSTS)]
        kw = {"U": u, "H": h}
        if tpl.startswith(B64):
            tpl = tpl[len(B64):]
            pw = g.pw()
            if "UB64" in tpl:
                v = base64.b64encode(pw.encode()).decode()
                kw["UB64"] = base64.b64encode(u.encode()).decode()
            else:
                v = base64.b64encode((u + ":" + pw).encode()).decode()
            registry.add(v)
        elif tpl.startswith(S3):
            tpl = tpl[len(S3):]
            v = g.tok("", 40, AN + "+/")
            kw["AK"] = g.tok("AKIA", 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        else:
            v = g.pw()
        if "{{H}" in tpl:
            tpl = tpl.replace("{{H}", "{" + h)
        typ = "mvpw_" + syn
        cont = typ + "__" + SUFFIXES[i % len(SUFFIXES)]
        text, s, e = fill(tpl, v, **kw)
        out.append((cont, typ, text, s, e, v))
    return out
