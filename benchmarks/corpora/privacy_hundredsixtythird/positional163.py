"""Positional password syntaxes: the password's place (flag, argument, field, protocol slot) tells you what it is."""
import base64, random
from common163 import *

PREFIX = 'bkpw_'
SUFFIXES = ['night_shift_terminal_history', 'line_commissioning_runbook', 'plant_floor_packet_trace', 'route_server_cron_script']

# (syntax, template). {U}=user, {P}=password, {B}=base64 variant (label is {B} if present)
SYN = [
    ('mysqladmin_glued_lower_p', 'mysqladmin -u bakery_ops -p{P} -h erp-db.bakehouse.internal status'),
    ('mysqlcheck_glued_lower_p', 'mysqlcheck -u {U} -p{P} --all-databases --auto-repair'),
    ('mysqlshow_glued_lower_p', 'mysqlshow -h 10.40.1.12 -u {U} -p{P} recipes'),
    ('mysqlpump_glued_lower_p', 'mysqlpump -u {U} -p{P} --databases haccp > /backup/haccp.sql'),
    ('mysqlsh_bare_userinfo_at_host', 'mysqlsh {U}:{P}@erp-db.bakehouse.internal:3306 --sql'),
    ('mariadb_admin_glued_lower_p', 'mariadb-admin -u {U} -p{P} processlist'),
    ('unixodbc_isql_dsn_user_pass_positional', 'isql -v BAKERY_DSN {U} {P}'),
    ('mssql_bcp_capital_p_after_capital_u', 'bcp Production.dbo.Batches out batches.dat -S mes-sql01 -U {U} -P {P} -c'),
    ('sqlcmd_capital_p_after_capital_u', 'sqlcmd -S mes-sql01 -U {U} -P {P} -Q "SELECT TOP 5 * FROM LotTrace"'),
    ('mongodump_uri_userinfo', 'mongodump --uri "mongodb://{U}:{P}@trace-mongo.bakehouse.internal:27017/trace" --out /backup'),
    ('mongoexport_uri_userinfo', 'mongoexport --uri mongodb://{U}:{P}@10.40.1.20/recalls -c notices -o notices.json'),
    ('mongostat_lower_p_after_lower_u', 'mongostat --host trace-mongo -u {U} -p {P} --authenticationDatabase admin'),
    ('mongosh_db_auth_second_argument', 'trace> db.auth("{U}", "{P}")\n{ ok: 1 }'),
    ('redis_cli_url_userinfo_flag', 'redis-cli -u redis://{U}:{P}@orders-cache.bakehouse.internal:6379/2 KEYS "route:*"'),
    ('keydb_cli_lower_a', 'keydb-cli -h 10.40.1.31 -a {P} INFO replication'),
    ('memtier_benchmark_lower_a', 'memtier_benchmark -s orders-cache -p 6379 -a {P} --ratio=1:10'),
    ('redis_resp_array_auth_bulk_string', '*3\\r\\n$4\\r\\nAUTH\\r\\n$7\\r\\ndefault\\r\\n${N}\\r\\n{P}\\r\\n'),
    ('nats_cli_server_url_userinfo', 'nats sub "oven.>" --server nats://{U}:{P}@nats.bakehouse.internal:4222'),
    ('amqp_consume_url_userinfo', 'amqp-consume -u amqp://{U}:{P}@mq.bakehouse.internal/orders -q wholesale cat'),
    ('celery_worker_broker_flag_url_userinfo', 'celery -A planner worker -b amqp://{U}:{P}@mq.bakehouse.internal// -l info'),
    ('emqx_ctl_admins_add_third', 'emqx ctl admins add {U} {P} "line ops"'),
    ('mosquitto_rr_capital_p_after_lower_u', 'mosquitto_rr -h mqtt.bakehouse.internal -u {U} -P {P} -t oven/2/cmd -e oven/2/resp -m status'),
    ('mqttx_cli_capital_p_after_lower_u', 'mqttx sub -h mqtt.bakehouse.internal -t "chiller/#" -u {U} -P {P}'),
    ('zkcli_addauth_digest_colon_pair', '[zk: localhost:2181(CONNECTED) 0] addauth digest {U}:{P}'),
    ('etcdctl_user_flag_colon_pair', 'etcdctl --endpoints=10.40.1.5:2379 --user {U}:{P} get /lines/2/recipe'),
    ('lftp_lower_u_comma_pair', 'lftp -u {U},{P} sftp://edi.wholesaler.example -e "mirror /orders ./in; quit"'),
    ('ncftpput_lower_p_after_lower_u', 'ncftpput -u {U} -p {P} ftp.bakehouse.internal /labels ./out/*.pdf'),
    ('wget_ftp_url_userinfo', 'wget -r ftp://{U}:{P}@10.40.2.50/haccp_exports/'),
    ('curl_ftp_upload_url_userinfo', 'curl -T route_b.csv ftp://{U}:{P}@edi.wholesaler.example/inbound/'),
    ('curlftpfs_url_userinfo', 'curlftpfs ftp://{U}:{P}@10.40.2.50/ /mnt/label-drop'),
    ('rclone_obscure_first_positional', 'rclone obscure {P}'),
    ('rpcclient_capital_u_percent_pair', 'rpcclient -U "{U}%{P}" 10.40.2.21 -c enumdomusers'),
    ('smbget_capital_u_percent_pair', 'smbget -R -U {U}%{P} smb://10.40.2.21/recipes'),
    ('winrs_p_colon_after_u_colon', 'winrs -r:oven-hmi-02 -u:{U} -p:{P} ipconfig'),
    ('psexec_lower_p_after_lower_u', 'psexec \\\\10.40.3.11 -u {U} -p {P} cmd /c "sc query RecipeSvc"'),
    ('cmdkey_pass_colon_after_user_colon', 'cmdkey /generic:TERMSRV/mes-sql01 /user:{U} /pass:{P}'),
    ('net_use_third_positional', 'net use L: \\\\labelsrv\\artwork {P} /user:BAKEHOUSE\\{U} /persistent:no'),
    ('plink_pw_after_lower_l', 'plink -ssh -l {U} -pw {P} 10.40.3.9 "systemctl restart proofer"'),
    ('pscp_pw_flag', 'pscp -pw {P} recipe_v12.csv {U}@10.40.3.9:/opt/recipes/'),
    ('winscp_com_open_url_userinfo', 'winscp.com /command "open sftp://{U}:{P}@edi.wholesaler.example/" "get orders/*.xml" "exit"'),
    ('vncpasswd_f_stdin_echo', 'echo {P} | vncpasswd -f > /etc/vnc/oven-hmi.passwd'),
    ('x11vnc_storepasswd_first_positional', 'x11vnc -storepasswd {P} /root/.vnc/passwd'),
    ('htpasswd_batch_third_positional', 'htpasswd -b /etc/nginx/haccp.htpasswd {U} {P}'),
    ('chpasswd_stdin_colon_pair', "echo '{U}:{P}' | chpasswd"),
    ('saslpasswd2_stdin_echo', 'echo {P} | saslpasswd2 -p -c -u bakehouse {U}'),
    ('ipmitool_capital_p_after_capital_u', 'ipmitool -I lanplus -H 10.40.9.14 -U {U} -P {P} chassis power status'),
    ('racadm_lower_p_after_lower_u', 'racadm -r 10.40.9.15 -u {U} -p {P} getsysinfo'),
    ('snmpwalk_v3_capital_a_auth_phrase', 'snmpwalk -v3 -l authNoPriv -u {U} -a SHA -A {P} 10.40.4.2 1.3.6.1.2.1.1'),
    ('wpa_cli_set_network_psk_quoted', 'wpa_cli -i wlan0 set_network 0 psk \'"{P}"\''),
    ('keytool_storepass_flag', 'keytool -list -keystore /opt/mes/truststore.jks -storepass {P}'),
    ('sevenzip_add_glued_lower_p', '7z a -p{P} -mhe=on haccp_q3.7z ./haccp_exports'),
    ('sevenzip_extract_glued_lower_p', '7z x -p{P} supplier_coa_batch.7z -o./coa'),
    ('jdbc_oracle_thin_slash_logon', 'jdbc:oracle:thin:{U}/{P}@//ora-erp.bakehouse.internal:1521/BAKERP'),
    ('sqlcl_slash_logon_ezconnect', 'sql {U}/{P}@ora-erp.bakehouse.internal:1521/BAKERP'),
    ('impdp_slash_logon', 'impdp {U}/{P}@BAKERP directory=DP_DIR dumpfile=recipes.dmp'),
    ('dgmgrl_slash_logon', 'dgmgrl {U}/{P}@BAKERP_STBY "show configuration"'),
    ('legacy_exp_userid_slash_logon', 'exp userid={U}/{P}@BAKERP file=lots.dmp tables=LOT_TRACE'),
    ('sqlplus_session_connect_slash_logon', 'SQL> connect {U}/{P}@BAKERP\nConnected.'),
    ('netezza_nzsql_pw_after_u', 'nzsql -host nz01 -d SALES -u {U} -pw {P} -c "select count(*) from orders"'),
    ('vertica_vsql_lower_w_after_capital_u', 'vsql -h vert01 -U {U} -w {P} -c "SELECT 1"'),
    ('sap_hdbsql_lower_p_after_lower_u', 'hdbsql -n hana01:30015 -u {U} -p {P} "SELECT * FROM DUMMY"'),
    ('cockroach_sql_url_userinfo', 'cockroach sql --url "postgresql://{U}:{P}@crdb.bakehouse.internal:26257/planner?sslmode=require"'),
    ('pgbench_connstring_url_userinfo', 'pgbench -c 8 -T 60 postgresql://{U}:{P}@plan-db.bakehouse.internal/planner'),
    ('pg_restore_dbname_url_userinfo', 'pg_restore -d postgresql://{U}:{P}@10.40.1.14/haccp haccp.dump'),
    ('pg_basebackup_dbname_url_userinfo', 'pg_basebackup -d "postgresql://{U}:{P}@plan-db.bakehouse.internal" -D /var/lib/pg/standby'),
    ('couchbase_cli_lower_p_after_lower_u', 'couchbase-cli server-list -c cb01.bakehouse.internal -u {U} -p {P}'),
    ('couchbase_cbq_lower_p_after_lower_u', 'cbq -e http://cb01:8091 -u {U} -p {P} -s "SELECT 1"'),
    ('elasticdump_input_url_userinfo', 'elasticdump --input=https://{U}:{P}@es.bakehouse.internal:9200/haccp-logs --output=haccp.json'),
    ('ftp_session_pass_command', '220 labelsrv FTP ready\nUSER {U}\n331 need more\nPASS {P}\n230 logged in'),
    ('pop3_session_pass_command', '+OK POP3 ready\nUSER {U}\n+OK\nPASS {P}\n+OK maildrop has 3 messages'),
    ('irc_session_pass_line', 'PASS {P}\nNICK ovenbot\nUSER ovenbot 0 * :Line 2 oven bot'),
    ('xmpp_sasl_plain_auth_element_b64', "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>{B0}</auth>"),
    ('smtp_auth_login_second_b64_line', 'C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: {BU}\nS: 334 UGFzc3dvcmQ6\nC: {BP}\nS: 235 2.7.0 Authentication successful'),
    ('http_proxy_authorization_basic_b64', 'CONNECT api.wholesaler.example:443 HTTP/1.1\nProxy-Authorization: Basic {BC}'),
    ('python_paramiko_connect_fourth_positional', "client.connect('10.40.3.9', 22, '{U}', '{P}')"),
    ('python_ftplib_ftp_ctor_third', "ftp = ftplib.FTP('labelsrv.bakehouse.internal', '{U}', '{P}')"),
    ('python_ftplib_login_second', "ftp.login('{U}', '{P}')"),
    ('python_poplib_pass_underscore_single', "box = poplib.POP3_SSL('mail.bakehouse.internal')\nbox.user('{U}')\nbox.pass_('{P}')"),
    ('python_requests_auth_tuple_second', "resp = requests.get(ORDERS_URL, auth=('{U}', '{P}'), timeout=10)"),
    ('python_aiohttp_basicauth_second', "auth = aiohttp.BasicAuth('{U}', '{P}')"),
    ('python_redis_from_url_empty_user', "r = redis.Redis.from_url('redis://:{P}@orders-cache.bakehouse.internal:6379/0')"),
    ('python_asyncpg_connect_dsn_userinfo', "conn = await asyncpg.connect('postgresql://{U}:{P}@plan-db.bakehouse.internal/planner')"),
    ('python_asyncua_client_url_userinfo', 'client = Client("opc.tcp://{U}:{P}@oven-plc-02.bakehouse.internal:4840")'),
    ('python_influxdb_client_ctor_fourth', "client = InfluxDBClient('influx.bakehouse.internal', 8086, '{U}', '{P}', 'haccp')"),
    ('python_ldap3_connection_third', "conn = Connection(server, 'cn={U},ou=svc,dc=bakehouse,dc=internal', '{P}', auto_bind=True)"),
    ('node_mysql2_createconnection_uri', "const conn = mysql.createConnection('mysql://{U}:{P}@erp-db.bakehouse.internal/recipes');"),
    ('node_ioredis_ctor_url_userinfo', "const redis = new Redis('redis://{U}:{P}@orders-cache.bakehouse.internal:6379');"),
    ('node_amqplib_connect_url_userinfo', "const conn = await amqp.connect('amqp://{U}:{P}@mq.bakehouse.internal');"),
    ('node_sequelize_ctor_third', "const sequelize = new Sequelize('planner', '{U}', '{P}', { host: 'plan-db', dialect: 'postgres' });"),
    ('java_commons_net_ftpclient_login_second', 'ftp.login("{U}", "{P}");'),
    ('java_jedis_auth_single', 'jedis.auth("{P}");'),
    ('csharp_networkcredential_ctor_second', 'var cred = new NetworkCredential("{U}", "{P}", "BAKEHOUSE");'),
    ('csharp_mqttnet_withcredentials_second', 'var opts = new MqttClientOptionsBuilder().WithTcpServer("mqtt.bakehouse.internal").WithCredentials("{U}", "{P}").Build();'),
    ('go_jlaffaye_ftp_login_second', 'if err := c.Login("{U}", "{P}"); err != nil {\n\tlog.Fatal(err)\n}'),
    ('go_redis_parseurl_userinfo', 'opt, _ := redis.ParseURL("redis://{U}:{P}@orders-cache.bakehouse.internal:6379/0")'),
    ('go_amqp_dial_url_userinfo', 'conn, err := amqp.Dial("amqp://{U}:{P}@mq.bakehouse.internal:5672/")'),
    ('rust_tokio_postgres_connect_url', 'let (client, conn) = tokio_postgres::connect("postgresql://{U}:{P}@plan-db/planner", NoTls).await?;'),
    ('rust_suppaftp_login_second', 'ftp_stream.login("{U}", "{P}")?;'),
    ('ruby_net_ftp_login_second', "ftp = Net::FTP.new('labelsrv.bakehouse.internal')\nftp.login('{U}', '{P}')"),
    ('php_ftp_login_third', "ftp_login($conn, '{U}', '{P}');"),
    ('php_imap_open_third', "$mbox = imap_open('{imap.bakehouse.internal:993/imap/ssl}INBOX', '{U}', '{P}');"),
    ('php_redis_auth_single', "$redis->auth('{P}');"),
    ('perl_dbi_connect_third', "my $dbh = DBI->connect('dbi:Pg:dbname=haccp;host=10.40.1.14', '{U}', '{P}');"),
    ('lua_resty_redis_auth_single', 'local ok, err = red:auth("{P}")'),
    ('powershell_convertto_securestring_first', "$sec = ConvertTo-SecureString '{P}' -AsPlainText -Force"),
    ('arduino_pubsubclient_connect_third', 'if (client.connect("oven-02", "{U}", "{P}")) {\n  client.subscribe("oven/2/cmd");\n}'),
    ('arduino_wifi_begin_second', 'WiFi.begin("bakery-floor", "{P}");'),
    ('micropython_umqtt_ctor_fifth', 'c = MQTTClient("probe-7", "10.40.4.5", 1883, "{U}", "{P}")'),
    ('ppp_pap_secrets_third_column', '# client  server  secret  IP\n{U}  *  {P}  *'),
    ('davfs2_secrets_third_column', '/mnt/labels  {U}  {P}'),
    ('rsync_password_file_sole_line', '$ cat /etc/rsync-labels.pass\n{P}\n$ rsync --password-file=/etc/rsync-labels.pass -av out/ rsync://{U}@labelsrv/drop/'),
    ('s3fs_passwd_file_colon_pair', '$ cat ~/.passwd-s3fs\nAKIA{AK}:{P}'),
    ('exim_passwd_client_third_field', '*.wholesaler.example:{U}:{P}'),
    ('memcached_sasl_pwdb_colon_pair', '{U}:{P}'),
    ('pgbouncer_userlist_second_quoted', '"{U}" "{P}"'),
    ('ipsec_secrets_psk_quoted', '10.40.0.1 203.0.113.77 : PSK "{P}"'),
    ('docker_config_json_auths_b64_pair', '{\n  "auths": {\n    "registry.bakehouse.internal": { "auth": "{BC}" }\n  }\n}'),
    ('npmrc_underscore_auth_b64_pair', '@bakehouse:registry=https://npm.bakehouse.internal/\n//npm.bakehouse.internal/:_auth={BC}'),
    ('pip_conf_extra_index_url_userinfo', '[global]\nextra-index-url = https://{U}:{P}@pypi.bakehouse.internal/simple/'),
    ('gem_sources_add_url_userinfo', 'gem sources --add https://{U}:{P}@gems.bakehouse.internal/'),
    ('bundle_config_host_second_colon_pair', 'bundle config set --global gems.bakehouse.internal {U}:{P}'),
    ('poetry_config_http_basic_third', 'poetry config http-basic.bakehouse {U} {P}'),
    ('conan_remote_login_lower_p', 'conan remote login bakehouse {U} -p {P}'),
    ('twine_upload_lower_p_after_lower_u', 'twine upload --repository-url https://pypi.bakehouse.internal/ -u {U} -p {P} dist/*'),
    ('podman_login_lower_p_after_lower_u', 'podman login registry.bakehouse.internal -u {U} -p {P}'),
    ('crane_auth_login_lower_p', 'crane auth login registry.bakehouse.internal -u {U} -p {P}'),
    ('oras_login_lower_p', 'oras login registry.bakehouse.internal -u {U} -p {P}'),
    ('minio_mc_alias_set_fourth', 'mc alias set labels http://minio.bakehouse.internal:9000 labelsvc {P}'),
    ('fossil_clone_url_userinfo', 'fossil clone https://{U}:{P}@fossil.bakehouse.internal/recipes recipes.fossil'),
    ('breezy_branch_sftp_url_userinfo', 'brz branch sftp://{U}:{P}@10.40.2.7/srv/bzr/oven-fw oven-fw'),
    ('mpv_rtsp_url_userinfo', 'mpv rtsp://{U}:{P}@10.40.5.21:554/stream1   # proofer camera'),
    ('hydra_single_lower_p', 'hydra -l {U} -p {P} ssh://10.40.3.9'),
    ('crackmapexec_lower_p_after_lower_u', 'crackmapexec smb 10.40.2.0/24 -u {U} -p {P}'),
    ('evil_winrm_lower_p_after_lower_u', 'evil-winrm -i 10.40.3.11 -u {U} -p {P}'),
    ('impacket_psexec_target_colon_pair', 'impacket-psexec BAKEHOUSE/{U}:{P}@10.40.3.11'),
    ('redis_conf_masterauth_value', 'replicaof 10.40.1.30 6379\nmasterauth {P}'),
    ('haproxy_userlist_insecure_password', 'userlist stats_users\n    user {U} insecure-password {P}'),
    ('stomp_connect_passcode_header', 'CONNECT\naccept-version:1.2\nhost:mq.bakehouse.internal\nlogin:{U}\npasscode:{P}\n\n^@'),
]

DEFER = ['mysqlshow_glued_lower_p', 'mysqlpump_glued_lower_p', 'mongoexport_uri_userinfo', 'memtier_benchmark_lower_a',
         'wget_ftp_url_userinfo', 'smbget_capital_u_percent_pair', 'pscp_pw_flag', 'keytool_storepass_flag',
         'sevenzip_extract_glued_lower_p', 'dgmgrl_slash_logon', 'legacy_exp_userid_slash_logon', 'pg_basebackup_dbname_url_userinfo',
         'couchbase_cbq_lower_p_after_lower_u', 'python_ftplib_login_second', 'go_amqp_dial_url_userinfo', 'node_amqplib_connect_url_userinfo',
         'rust_suppaftp_login_second', 'php_redis_auth_single', 'lua_resty_redis_auth_single', 'wpa_cli_set_network_psk_quoted',
         'redis_conf_masterauth_value', 'haproxy_userlist_insecure_password', 'stomp_connect_passcode_header', 'crane_auth_login_lower_p',
         'oras_login_lower_p', 'mpv_rtsp_url_userinfo', 'breezy_branch_sftp_url_userinfo']
SYN = [x for x in SYN if x[0] not in DEFER] + [x for x in SYN if x[0] in DEFER]
WANT = 110

USERS = ['bakery_ops', 'haccp_svc', 'qa_lead', 'oven_svc', 'lineadmin', 'route_sync', 'trace_ro', 'labelsvc', 'mesadmin', 'recall_app', 'planner']


def generate(reg, want_max=110):
    r = random.Random(16303)
    out = []
    for i, (syn, tpl) in enumerate(SYN[:want_max]):
        u = USERS[i % len(USERS)]
        p = password(r, '-_.+') if True else None
        # value to label
        label = p
        text = tpl
        if '{B0}' in tpl:
            label = base64.b64encode(('\0' + u + '\0' + p).encode()).decode()
            text = text.replace('{B0}', label)
        if '{BU}' in tpl:
            label = base64.b64encode(p.encode()).decode()
            text = text.replace('{BU}', base64.b64encode(u.encode()).decode()).replace('{BP}', label)
        if '{BC}' in tpl:
            label = base64.b64encode((u + ':' + p).encode()).decode()
            text = text.replace('{BC}', label)
        if '{AK}' in tpl:
            text = text.replace('{AK}', rs(r, UP + DIG, 16))
            p = rs(r, ALNUM + '/+', 40)
            label = p
        if not reg.ok(label):
            raise RuntimeError('collision ' + syn)
        reg.add(label)
        text = text.replace('{N}', str(len(p))).replace('{U}', u).replace('{P}', p)
        stype = PREFIX + syn
        out.append(rec(syn, stype + '__' + SUFFIXES[i % len(SUFFIXES)], text, label, stype, 'password'))
    return out
