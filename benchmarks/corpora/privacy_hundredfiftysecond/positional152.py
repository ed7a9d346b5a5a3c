"""Positional password syntaxes: the place in a command, file or protocol says it is a password."""
import base64, random
from gen152 import password, fill

USERS = ['plantops', 'counter12', 'routeadm', 'lockersvc', 'linenrfid', 'sorter', 'drycleanbk', 'payhub', 'kioskadm', 'dispatch']
HOSTS = ['pos-db.plant3.internal', '10.20.4.11', 'sorter.laundry.local', 'locker-hub.example.com', '192.168.40.7',
         'linen-erp.internal', 'route-api.example.com', '172.16.8.30', 'nas01.plant.local', '198.51.100.23']

# (syntax, template, transform)   transform: None -> owner-chosen password labelled as is
P = None
B_PLAIN = 'sasl_plain'   # base64('\0user\0pw')
B_PAIR = 'pair'          # base64('user:pw')
SYNTAXES = [
    ('mariadb_client_glued_lower_p', 'mariadb -h {H} -u {U} -p{V} linen_pos', P),
    ('mysqlimport_glued_lower_p', 'mysqlimport --local -u {U} -p{V} tickets /srv/export/tickets.txt', P),
    ('mysqlbinlog_glued_lower_p', 'mysqlbinlog --read-from-remote-server -h {H} -u {U} -p{V} binlog.000412', P),
    ('myloader_lower_p_after_lower_u', 'myloader -h {H} -u {U} -p {V} -d /backups/counter_2025_10_02', P),
    ('mydumper_lower_p_after_lower_u', 'mydumper -h {H} -u {U} -p {V} -B routes -o /backups/routes', P),
    ('pg_dump_positional_uri_userinfo', 'pg_dump postgresql://{U}:{V}@{H}:5432/linen > linen.sql', P),
    ('pg_restore_dbname_uri_userinfo', 'pg_restore -d postgresql://{U}:{V}@{H}/lockers lockers.dump', P),
    ('pgcli_uri_userinfo', 'pgcli postgres://{U}:{V}@{H}:5432/routes', P),
    ('sqlplus_slash_logon_at_alias', 'sqlplus {U}/{V}@LINENPRD @nightly_invoice.sql', P),
    ('oracle_expdp_slash_logon', 'expdp {U}/{V}@ERP directory=DP_DIR dumpfile=linen.dmp schemas=LINEN', P),
    ('oracle_sqlldr_userid_slash', 'sqlldr userid={U}/{V}@ERP control=tickets.ctl log=tickets.log', P),
    ('oracle_rman_target_slash_logon', 'rman target {U}/{V}@PLANTDB catalog rcat/rcat@RCAT', P),
    ('sqlplus_connect_command_slash', 'SQL> CONNECT {U}/{V}@//{H}:1521/LINENPDB', P),
    ('sybase_isql_glued_capital_p', 'isql -U{U} -P{V} -SDRYCLEAN_ASE -i nightly.sql', P),
    ('osql_capital_p_after_capital_u', 'osql -S {H} -U {U} -P {V} -Q "EXEC dbo.CloseDay"', P),
    ('sqsh_capital_p_after_capital_u', 'sqsh -S {H} -U {U} -P {V} -D tickets', P),
    ('mssql_cli_capital_p_after_capital_u', 'mssql-cli -S {H} -U {U} -P {V} -d CounterPOS', P),
    ('cqlsh_lower_p_after_lower_u', 'cqlsh {H} 9042 -u {U} -p {V} -k garment_events', P),
    ('mongosh_lower_p_after_lower_u', 'mongosh --host {H} -u {U} -p {V} --authenticationDatabase admin', P),
    ('mongosh_uri_userinfo', 'mongosh "mongodb://{U}:{V}@{H}:27017/lockers?authSource=admin"', P),
    ('valkey_cli_lower_a', 'valkey-cli -h {H} -a {V} --no-auth-warning LLEN pickup_queue', P),
    ('redis_benchmark_lower_a', 'redis-benchmark -h {H} -a {V} -t set,get -n 10000', P),
    ('memtier_benchmark_lower_a', 'memtier_benchmark -s {H} -a {V} --ratio=1:4', P),
    ('rabbitmqctl_add_user_second_positional', 'rabbitmqctl add_user {U} {V}', P),
    ('rabbitmqadmin_lower_p_after_lower_u', 'rabbitmqadmin -H {H} -u {U} -p {V} list queues', P),
    ('zkcli_addauth_digest_colon_pair', '[zk: {H}:2181(CONNECTED) 0] addauth digest {U}:{V}', P),
    ('smbclient_capital_u_percent_pair', 'smbclient //{H}/tickets -U {U}%{V} -c "ls"', P),
    ('smbcacls_capital_u_percent_pair', 'smbcacls //{H}/scans /counter -U {U}%{V}', P),
    ('impacket_secretsdump_target_colon_pair', 'impacket-secretsdump PLANT/{U}:{V}@{H}', P),
    ('impacket_wmiexec_target_colon_pair', 'impacket-wmiexec PLANT/{U}:{V}@{H} "ipconfig"', P),
    ('xfreerdp_slash_p_after_slash_u', 'xfreerdp /v:{H} /u:{U} /p:{V} /cert:ignore', P),
    ('rdesktop_lower_p_after_lower_u', 'rdesktop -u {U} -p {V} {H}', P),
    ('sshpass_lower_p', 'sshpass -p {V} ssh {U}@{H} "systemctl restart sorter"', P),
    ('medusa_lower_p_after_lower_u', 'medusa -h {H} -u {U} -p {V} -M ssh', P),
    ('httpie_lower_a_colon_pair', 'http -a {U}:{V} GET https://{H}/api/lockers', P),
    ('ncftp_lower_p_after_lower_u', 'ncftp -u {U} -p {V} {H}', P),
    ('ncftpput_lower_p_after_lower_u', 'ncftpput -u {U} -p {V} {H} /incoming invoices.csv', P),
    ('git_remote_set_url_userinfo', 'git remote set-url origin https://{U}:{V}@git.example.com/plant/sorter.git', P),
    ('git_credentials_store_line', '# ~/.git-credentials\nhttps://{U}:{V}@git.example.com\n', P),
    ('docker_login_lower_p_after_lower_u', 'docker login registry.example.com -u {U} -p {V}', P),
    ('nerdctl_login_lower_p_after_lower_u', 'nerdctl login -u {U} -p {V} registry.laundry.local', P),
    ('skopeo_dest_creds_colon_pair', 'skopeo copy --dest-creds {U}:{V} docker-archive:sorter.tar docker://registry.example.com/sorter:2.4', P),
    ('twine_upload_lower_p_after_lower_u', 'twine upload -u {U} -p {V} --repository-url https://pypi.laundry.local/ dist/*', P),
    ('jenkins_cli_auth_colon_pair', 'java -jar jenkins-cli.jar -s https://ci.example.com/ -auth {U}:{V} build route-sync', P),
    ('mc_alias_set_fourth_positional', 'mc alias set plantminio https://{H}:9000 {U} {V}', P),
    ('az_login_lower_p_after_lower_u', 'az login -u {U}@example.com -p {V}', P),
    ('zip_capital_p', 'zip -P {V} -r tickets_export.zip tickets/', P),
    ('unzip_capital_p', 'unzip -P {V} route_sheets.zip -d /tmp/routes', P),
    ('rar_glued_lower_p', 'rar a -p{V} invoices_2025.rar invoices/', P),
    ('unrar_glued_lower_p', 'unrar x -p{V} scans.rar', P),
    ('qpdf_encrypt_user_password_first', 'qpdf --encrypt {V} ownerside 256 -- statement.pdf statement_locked.pdf', P),
    ('ccrypt_capital_k', 'ccrypt -e -K {V} customers.csv', P),
    ('aescrypt_lower_p', 'aescrypt -e -p {V} -o payouts.csv.aes payouts.csv', P),
    ('steghide_embed_lower_p', 'steghide embed -cf logo.jpg -ef notes.txt -p {V}', P),
    ('openssl_rsa_passin_pass_prefix', 'openssl rsa -in kiosk.key -passin pass:{V} -out kiosk.pem', P),
    ('openssl_genrsa_passout_pass_prefix', 'openssl genrsa -aes256 -passout pass:{V} -out reader.key 2048', P),
    ('passwd_stdin_echo_pipe', "echo '{V}' | passwd --stdin {U}", P),
    ('net_user_add_second_positional', 'net user {U} {V} /add /domain', P),
    ('mysql_identified_by_literal', "mysql -e \"CREATE USER '{U}'@'%' IDENTIFIED BY '{V}';\"", P),
    ('sp_addlogin_second_argument', "EXEC sp_addlogin '{U}', '{V}', 'CounterPOS';", P),
    ('oracle_database_link_identified_by', 'CREATE DATABASE LINK erp_link CONNECT TO {U} IDENTIFIED BY "{V}" USING \'ERP\';', P),
    ('mosquitto_passwd_batch_fourth', 'mosquitto_passwd -b /etc/mosquitto/passwd {U} {V}', P),
    ('ejabberdctl_register_third', 'ejabberdctl register {U} chat.laundry.local {V}', P),
    ('prosodyctl_register_third', 'prosodyctl register {U} chat.laundry.local {V}', P),
    ('winrs_colon_p_after_colon_u', 'winrs -r:{H} -u:{U} -p:{V} ipconfig /all', P),
    ('vmrun_gp_after_gu', 'vmrun -T ws -gu {U} -gp {V} runProgramInGuest "C:\\VMs\\pos.vmx" C:\\pos\\reindex.exe', P),
    ('ovftool_vi_url_userinfo', 'ovftool kiosk.ova vi://{U}:{V}@{H}/Plant/host/cluster1', P),
    ('ilorest_login_lower_p', 'ilorest login {H} -u {U} -p {V}', P),
    ('snmpset_lower_c_community', 'snmpset -v2c -c {V} {H} 1.3.6.1.2.1.1.6.0 s "tunnel-washer-2"', P),
    ('snmptrap_lower_c_community', "snmptrap -v 2c -c {V} {H} '' 1.3.6.1.4.1.8072.2.3.0.1", P),
    ('ldapmodify_lower_w', 'ldapmodify -x -D "cn={U},ou=svc,dc=laundry,dc=local" -w {V} -f drivers.ldif', P),
    ('ldapadd_lower_w', 'ldapadd -x -D "cn=admin,dc=laundry,dc=local" -w {V} -f lockers.ldif', P),
    ('sshfs_password_stdin_echo', "echo '{V}' | sshfs {U}@{H}:/srv/scans /mnt/scans -o password_stdin", P),
    ('ffmpeg_rtsp_input_userinfo', 'ffmpeg -i rtsp://{U}:{V}@{H}:554/Streaming/Channels/101 -t 30 folding.mp4', P),
    ('pgpass_fifth_field', '# ~/.pgpass\n{H}:5432:linen:{U}:{V}\n', P),
    ('rsyncd_secrets_after_colon', '# /etc/rsyncd.secrets\n{U}:{V}\n', P),
    ('openvpn_auth_user_pass_second_line', '# /etc/openvpn/client/plant.auth\n{U}\n{V}\n', P),
    ('postfix_sasl_passwd_after_colon', '# /etc/postfix/sasl_passwd\n[smtp.example.com]:587 {U}@example.com:{V}\n', P),
    ('vsftpd_virtual_users_even_line', '# /etc/vsftpd/virtual_users.txt (user line, then password line)\ncounter01\n{V}\n', P),
    ('mosquitto_plain_passwd_file_after_colon', '# /etc/mosquitto/passwd before mosquitto_passwd -U\n{U}:{V}\n', P),
    ('xl2tpd_l2tp_secrets_third_column', '# /etc/xl2tpd/l2tp-secrets\n* * {V}\n', P),
    ('racoon_psk_txt_second_column', '# /etc/racoon/psk.txt\n203.0.113.40 {V}\n', P),
    ('tinyproxy_basicauth_third_token', '# /etc/tinyproxy/tinyproxy.conf\nPort 8888\nBasicAuth {U} {V}\n', P),
    ('squid_cache_peer_login_pair', 'cache_peer proxy.example.com parent 3128 0 no-query login={U}:{V}', P),
    ('docker_config_auth_b64_pair', '{\n  "auths": {\n    "registry.laundry.local": { "auth": "{V}" }\n  }\n}\n', B_PAIR),
    ('python_smtplib_login_second', 'server = smtplib.SMTP_SSL("smtp.example.com", 465)\nserver.login("{U}@example.com", "{V}")', P),
    ('python_imaplib_login_second', 'box = imaplib.IMAP4_SSL("{H}")\nbox.login("{U}", "{V}")', P),
    ('python_ldap_simple_bind_s_second', 'conn = ldap.initialize("ldap://{H}")\nconn.simple_bind_s("cn={U},dc=laundry,dc=local", "{V}")', P),
    ('python_pysmb_smbconnection_second', 'conn = SMBConnection("{U}", "{V}", "counter-pc", "PLANTNAS")', P),
    ('python_cx_oracle_connect_second', 'conn = cx_Oracle.connect("{U}", "{V}", "{H}/LINENPDB")', P),
    ('python_pysnmp_communitydata_first', "auth = CommunityData('{V}', mpModel=1)", P),
    ('python_requests_ntlm_second', 'r = requests.get(url, auth=HttpNtlmAuth("PLANT\\\\{U}", "{V}"))', P),
    ('python_urllib_add_password_fourth', 'mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()\nmgr.add_password(None, "https://{H}/", "{U}", "{V}")', P),
    ('python_paho_username_pw_set_second', 'client.username_pw_set("{U}", "{V}")\nclient.connect("{H}", 8883)', P),
    ('node_pg_client_connection_string', "const db = new pg.Client('postgres://{U}:{V}@{H}:5432/routes')", P),
    ('node_mqtt_connect_url_userinfo', "const c = mqtt.connect('mqtts://{U}:{V}@{H}:8883')", P),
    ('node_ldapjs_bind_second', "client.bind('cn={U},dc=laundry,dc=local', '{V}', (err) => { if (err) throw err })", P),
    ('go_net_smtp_plainauth_third', 'auth := smtp.PlainAuth("", "{U}@example.com", "{V}", "smtp.example.com")', P),
    ('go_ldap_bind_second', 'err = l.Bind("cn={U},dc=laundry,dc=local", "{V}")', P),
    ('go_url_userpassword_second', 'u.User = url.UserPassword("{U}", "{V}")', P),
    ('java_drivermanager_getconnection_third', 'Connection c = DriverManager.getConnection("jdbc:postgresql://{H}/linen", "{U}", "{V}");', P),
    ('java_javamail_transport_connect_third', 'transport.connect("smtp.example.com", "{U}@example.com", "{V}");', P),
    ('java_jedispool_fifth_argument', 'JedisPool pool = new JedisPool(cfg, "{H}", 6379, 2000, "{V}");', P),
    ('csharp_fluentftp_ctor_third', 'var ftp = new FtpClient("{H}", "{U}", "{V}");', P),
    ('csharp_mailkit_authenticate_second', 'await imap.AuthenticateAsync("{U}@example.com", "{V}");', P),
    ('ruby_net_smtp_start_fifth', "Net::SMTP.start('smtp.example.com', 587, 'laundry.example.com', '{U}', '{V}', :login)", P),
    ('ruby_pg_connect_seventh_positional', "conn = PG.connect('{H}', 5432, nil, nil, 'linen', '{U}', '{V}')", P),
    ('php_pdo_ctor_third', '$db = new PDO("mysql:host={H};dbname=counter", "{U}", "{V}");', P),
    ('php_mysqli_connect_third', '$link = mysqli_connect("{H}", "{U}", "{V}", "lockers");', P),
    ('php_ldap_bind_third', 'ldap_bind($ds, "cn={U},dc=laundry,dc=local", "{V}");', P),
    ('php_oci_connect_second', '$c = oci_connect("{U}", "{V}", "//{H}/LINENPDB");', P),
    ('perl_net_telnet_login_second', '$t = Net::Telnet->new(Host => "{H}");\n$t->login("{U}", "{V}");', P),
    ('perl_net_smtp_auth_second', '$smtp->auth("{U}@example.com", "{V}");', P),
    ('rust_lettre_credentials_new_second', 'let creds = Credentials::new("{U}".to_owned(), "{V}".to_owned());', P),
    ('rust_ldap3_simple_bind_second', 'ldap.simple_bind("cn={U},dc=laundry,dc=local", "{V}").await?;', P),
    ('imap_login_command_third_token', 'C: a001 LOGIN {U} {V}\r\nS: a001 OK LOGIN completed', P),
    ('smtp_auth_plain_initial_response', 'C: EHLO counter12\r\nS: 250-AUTH PLAIN LOGIN\r\nC: AUTH PLAIN {V}\r\nS: 235 2.7.0 Authentication successful', B_PLAIN),
    ('managesieve_authenticate_plain_b64', 'C: AUTHENTICATE "PLAIN" "{V}"\r\nS: OK "Logged in."', B_PLAIN),
    ('resp_auth_bulk_string', '*2\r\n$4\r\nAUTH\r\n${N}\r\n{V}\r\n+OK', 'resp'),
    ('irc_nickserv_identify_trailing', 'PRIVMSG NickServ :IDENTIFY {V}', P),
    ('stomp_connect_passcode_header', 'CONNECT\naccept-version:1.2\nhost:/\nlogin:{U}\npasscode:{V}\n\n\x00'.replace('\x00', '^@'), P),
    ('openvpn_management_password_auth', '>PASSWORD:Need \'Auth\' username/password\nusername "Auth" {U}\npassword "Auth" {V}', P),
]


def _pick(rng, seq):
    return seq[rng.randrange(len(seq))]


SUFFIXES = ['route_office_terminal_history', 'plant_server_provisioning_note', 'counter_app_source_excerpt', 'locker_hub_wire_trace']


def build(seed, values):
    rng = random.Random(seed)
    recs = []
    for i, (syn, tmpl, tr) in enumerate(SYNTAXES):
        u, h = _pick(rng, USERS), _pick(rng, HOSTS)
        if tr is None or tr in ('twice', 'resp'):
            v = values.take(lambda: password(rng))
        elif tr == B_PAIR:
            v = values.take(lambda: base64.b64encode((u + ':' + password(rng)).encode()).decode())
        elif tr == B_PLAIN:
            v = values.take(lambda: base64.b64encode(('\0' + u + '\0' + password(rng)).encode()).decode())
        if tr == 'twice':
            # confirmation prompt: same password typed twice; label the first occurrence only is ambiguous,
            # so the template's second slot repeats a different literal? -> no: keep a single occurrence
            tmpl = tmpl.replace("; echo '{V2}'", '')
        kw = {'U': u, 'H': h}
        if tr == 'resp':
            kw['N'] = str(len(v))
        text, s, e = fill(tmpl, v, **kw)
        t = 'lnpw_' + syn
        recs.append({'type': t, 'container': t + '__' + SUFFIXES[i % 4], 'text': text,
                     'secrets': [{'value': v, 'start': s, 'end': e, 'type': t}], 'source': 'password'})
    return recs
