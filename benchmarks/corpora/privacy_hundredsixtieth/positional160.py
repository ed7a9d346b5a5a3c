"""Positional password syntaxes (p160): the value's place says it is a password."""
import base64, random
from common160 import *
S = [
 ('mysqldump_glued_lower_p', "$ mysqldump -h «H» -u «U» -p«P» vend_telemetry > /backup/telemetry.sql\n"),
 ('mysqlimport_glued_lower_p', "mysqlimport --local -h «H» -u «U» -p«P» planogram /tmp/slots.txt\n"),
 ('mysqlslap_glued_lower_p', "mysqlslap -h «H» -u «U» -p«P» --concurrency=20 --iterations=5\n"),
 ('mysqlbinlog_read_from_remote_glued_lower_p', "mysqlbinlog --read-from-remote-server -h «H» -u «U» -p«P» binlog.000231\n"),
 ('mariadb_dump_glued_lower_p', "mariadb-dump -u «U» -p«P» -h «H» kiosk_sales | gzip > sales.sql.gz\n"),
 ('mysql_client_glued_lower_p_e', "mysql -u «U» -p«P» -h «H» -e 'SELECT COUNT(*) FROM vend_events'\n"),
 ('sybase_isql_capital_p_after_capital_u', "isql -U «U» -P «P» -S DEXSRV -D audits -i nightly.sql\n"),
 ('osql_capital_p_after_capital_u', "osql -S «H» -U «U» -P «P» -Q \"EXEC dbo.RollupMarketSales\"\n"),
 ('gbak_pas_after_user', "gbak -b -user «U» -pas «P» «H»:/data/kiosk.fdb /backup/kiosk.fbk\n"),
 ('sqlplus_slash_logon_at_service', "sqlplus «U»/«P»@//«H»:1521/ROUTEPDB @reload_routes.sql\n"),
 ('rman_target_slash_logon', "rman target «U»/«P»@WMSPRD cmdfile=backup_level0.rman\n"),
 ('expdp_slash_logon', "expdp «U»/«P»@PRICEPDB schemas=PRICING directory=DP_DIR dumpfile=pricing.dmp\n"),
 ('sqlldr_userid_slash_logon', "sqlldr userid=«U»/«P»@WMSPRD control=pick_lines.ctl log=pick_lines.log\n"),
 ('mongosh_uri_userinfo', "mongosh \"mongodb://«U»:«P»@«H»:27017/telemetry?authSource=admin\"\n"),
 ('mongorestore_uri_userinfo', "mongorestore --uri=\"mongodb://«U»:«P»@«H»:27017\" --drop dump/\n"),
 ('redis_cli_lower_a', "redis-cli -h «H» -p 6379 -a «P» --no-auth-warning KEYS 'cart:*'\n"),
 ('redis_benchmark_lower_a', "redis-benchmark -h «H» -a «P» -t get,set -n 100000\n"),
 ('redis_cli_session_auth_single', "«H»:6379> AUTH «P»\nOK\n«H»:6379> GET fridge:door:0042\n"),
 ('cqlsh_lower_p_after_lower_u', "cqlsh «H» 9042 -u «U» -p «P» -e 'SELECT * FROM vend.readings LIMIT 5'\n"),
 ('rabbitmqctl_add_user_second', "rabbitmqctl add_user «U» «P»\nrabbitmqctl set_permissions -p /telemetry «U» '.*' '.*' '.*'\n"),
 ('rabbitmqadmin_lower_p_after_lower_u', "rabbitmqadmin -H «H» -u «U» -p «P» list queues name messages\n"),
 ('mosquitto_sub_capital_p_after_lower_u', "mosquitto_sub -h «H» -p 8883 --cafile ca.pem -u «U» -P «P» -t 'vend/+/dex'\n"),
 ('mosquitto_passwd_batch_third', "mosquitto_passwd -b /etc/mosquitto/passwd «U» «P»\n"),
 ('smbclient_capital_u_percent_pair', "smbclient //«H»/planograms -U «U»%«P» -c 'get week46.psa'\n"),
 ('smbcacls_capital_u_percent_pair', "smbcacls //«H»/routes /exports -U «U»%«P»\n"),
 ('net_rpc_capital_u_percent_pair', "net rpc share list -S «H» -U «U»%«P»\n"),
 ('xfreerdp_slash_p_after_slash_u', "xfreerdp /v:«H» /u:«U» /p:«P» /cert:ignore /dynamic-resolution\n"),
 ('rdesktop_lower_p_after_lower_u', "rdesktop -u «U» -p «P» -g 1280x800 «H»\n"),
 ('sshpass_lower_p', "sshpass -p «P» ssh -o StrictHostKeyChecking=no «U»@«H» 'sudo systemctl restart kioskd'\n"),
 ('net_user_add_second_positional', "C:\\> net user «U» «P» /add /comment:\"micro-market kiosk service\"\n"),
 ('httpie_lower_a_colon_pair', "http -a «U»:«P» GET https://«H»/api/v2/machines/VM-20417/dex\n"),
 ('apache_bench_capital_a_colon_pair', "ab -n 500 -c 20 -A «U»:«P» https://«H»/kiosk/health\n"),
 ('aria2c_ftp_url_userinfo', "aria2c ftp://«U»:«P»@«H»/exports/dex_20261130.zip\n"),
 ('svn_checkout_url_userinfo', "svn checkout https://«U»:«P»@«H»/svn/coinmech-firmware/trunk fw\n"),
 ('git_clone_https_url_userinfo', "git clone https://«U»:«P»@«H»/vending/planogram-tool.git\n"),
 ('pip_index_url_userinfo', "pip install --index-url https://«U»:«P»@«H»/simple/ vendtelemetry==3.4.1\n"),
 ('helm_repo_add_url_userinfo', "helm repo add kioskcharts https://«U»:«P»@«H»/charts\n"),
 ('skopeo_src_creds_colon_pair', "skopeo copy --src-creds «U»:«P» docker://«H»/kiosk/ui:5.2 oci:kiosk-ui:5.2\n"),
 ('buildah_login_lower_p_after_lower_u', "buildah login -u «U» -p «P» «H»\n"),
 ('nerdctl_login_lower_p_after_lower_u', "nerdctl login -u «U» -p «P» «H»\n"),
 ('helm_registry_login_lower_p', "helm registry login «H» -u «U» -p «P»\n"),
 ('cf_login_lower_p_after_lower_u', "cf login -a https://api.«H» -u «U» -p «P» -o vendfleet -s prod\n"),
 ('oc_login_lower_p_after_lower_u', "oc login https://api.«H»:6443 -u «U» -p «P»\n"),
 ('az_login_lower_p_after_lower_u', "az login -u «U»@vendfleet.example -p «P»\n"),
 ('zip_capital_p', "zip -P «P» -r dex_exports_nov.zip dex/2026-11/\n"),
 ('unzip_capital_p', "unzip -P «P» planogram_pack_w47.zip -d /srv/planograms\n"),
 ('rar_add_glued_lower_p', "rar a -p«P» route_sheets.rar sheets/*.pdf\n"),
 ('unrar_extract_glued_lower_p', "unrar x -p«P» reader_logs.rar /tmp/reader_logs/\n"),
 ('qpdf_encrypt_first_positional', "qpdf --encrypt «P» ownerlock 256 -- settlement_nov.pdf settlement_nov.locked.pdf\n"),
 ('openssl_rsa_passin_pass_prefix', "openssl rsa -in reader_tls.key -passin pass:«P» -out reader_tls.nopass.key\n"),
 ('openssl_genrsa_passout_pass_prefix', "openssl genrsa -aes256 -passout pass:«P» -out kiosk_signing.key 3072\n"),
 ('openssl_enc_pass_pass_prefix', "openssl enc -aes-256-cbc -pbkdf2 -pass pass:«P» -in cash_counts.csv -out cash_counts.enc\n"),
 ('cryptsetup_luksopen_stdin_echo', "echo -n '«P»' | cryptsetup luksOpen /dev/mmcblk0p3 fridgedata -\n"),
 ('veracrypt_lower_p', "veracrypt --text --mount route_archive.hc /mnt/routes -p «P» --pim=0 --non-interactive\n"),
 ('passwd_stdin_echo', "echo '«P»' | passwd --stdin «U»\n"),
 ('mkpasswd_sha512_positional', "mkpasswd -m sha-512 «P»\n"),
 ('usermod_openssl_passwd_six', "usermod -p \"$(openssl passwd -6 «P»)\" «U»\n"),
 ('esp_wifi_softap_second', "WiFi.softAP(\"VM-SETUP-20417\", \"«P»\");\n"),
 ('wifimulti_addap_second', "wifiMulti.addAP(\"MM-Backroom\", \"«P»\");\n"),
 ('paho_username_pw_set_second', "client = mqtt.Client(client_id=\"vm-20417\")\nclient.username_pw_set(\"«U»\", \"«P»\")\n"),
 ('python_smtplib_login_second', "with smtplib.SMTP_SSL(\"«H»\", 465) as s:\n    s.login(\"«U»\", \"«P»\")\n"),
 ('python_imaplib_login_second', "m = imaplib.IMAP4_SSL(\"«H»\")\nm.login(\"«U»\", \"«P»\")\n"),
 ('python_pymongo_uri_userinfo', "client = MongoClient(\"mongodb://«U»:«P»@«H»:27017/?authSource=admin\")\n"),
 ('python_cx_oracle_slash_logon', "conn = cx_Oracle.connect(\"«U»/«P»@«H»:1521/WMSPRD\")\n"),
 ('python_ftputil_ftphost_third', "with ftputil.FTPHost(\"«H»\", \"«U»\", \"«P»\") as host:\n    host.download(\"dex/latest.dex\", \"latest.dex\")\n"),
 ('python_mysqldb_connect_third', "db = MySQLdb.connect(\"«H»\", \"«U»\", \"«P»\", \"vend_telemetry\")\n"),
 ('python_ldap_simple_bind_s_second', "l = ldap.initialize(\"ldaps://«H»\")\nl.simple_bind_s(\"cn=«U»,ou=svc,dc=vendfleet,dc=internal\", \"«P»\")\n"),
 ('python_httpx_basicauth_second', "auth = httpx.BasicAuth(\"«U»\", \"«P»\")\nr = httpx.get(\"https://«H»/api/machines\", auth=auth)\n"),
 ('python_urllib_add_password_fourth', "mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()\nmgr.add_password(None, \"https://«H»/\", \"«U»\", \"«P»\")\n"),
 ('python_telnetlib_write_after_login_prompt', "tn.read_until(b\"login: \")\ntn.write(b\"«U»\\n\")\ntn.read_until(b\": \")\ntn.write(b\"«P»\\n\")\n"),
 ('node_mqtt_connect_url_userinfo', "const client = mqtt.connect('mqtts://«U»:«P»@«H»:8883');\n"),
 ('node_knex_connection_url_userinfo', "const db = knex({ client: 'pg', connection: 'postgres://«U»:«P»@«H»:5432/planogram' });\n"),
 ('node_pg_pool_connection_string_userinfo', "const pool = new Pool({ connectionString: 'postgresql://«U»:«P»@«H»/routes' });\n"),
 ('java_drivermanager_getconnection_third', "Connection c = DriverManager.getConnection(\"jdbc:postgresql://«H»/wms\", \"«U»\", \"«P»\");\n"),
 ('java_usernamepasswordcredentials_second', "creds.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(\"«U»\", \"«P»\"));\n"),
 ('java_javamail_transport_send_third', "Transport.send(msg, \"«U»\", \"«P»\");\n"),
 ('java_javamail_transport_connect_third', "transport.connect(\"«H»\", \"«U»\", \"«P»\");\n"),
 ('csharp_fluentftp_ctor_third', "using var ftp = new FtpClient(\"«H»\", \"«U»\", \"«P»\");\nftp.Connect();\n"),
 ('csharp_sshnet_sshclient_third', "using var ssh = new SshClient(\"«H»\", \"«U»\", \"«P»\");\nssh.Connect();\n"),
 ('csharp_rabbitmq_factory_uri_userinfo', "var factory = new ConnectionFactory { Uri = new Uri(\"amqps://«U»:«P»@«H»/telemetry\") };\n"),
 ('go_sql_open_postgres_url_userinfo', "db, err := sql.Open(\"postgres\", \"postgres://«U»:«P»@«H»/routes?sslmode=require\")\n"),
 ('go_smtp_plainauth_third', "auth := smtp.PlainAuth(\"\", \"«U»\", \"«P»\", \"«H»\")\n"),
 ('go_mongo_applyuri_userinfo', "client, err := mongo.Connect(ctx, options.Client().ApplyURI(\"mongodb://«U»:«P»@«H»:27017\"))\n"),
 ('rust_lettre_credentials_new_second', "let creds = Credentials::new(\"«U»\".to_owned(), \"«P»\".to_owned());\n"),
 ('rust_mysql_pool_url_userinfo', "let pool = mysql::Pool::new(\"mysql://«U»:«P»@«H»:3306/kiosk_sales\")?;\n"),
 ('ruby_net_smtp_start_fifth', "Net::SMTP.start('«H»', 587, 'vendfleet.internal', '«U»', '«P»', :login) do |smtp|\n"),
 ('ruby_sequel_connect_url_userinfo', "DB = Sequel.connect('postgres://«U»:«P»@«H»/pricing')\n"),
 ('php_pdo_ctor_third', "$pdo = new PDO('mysql:host=«H»;dbname=market', '«U»', '«P»');\n"),
 ('php_mysqli_connect_third', "$db = mysqli_connect('«H»', '«U»', '«P»', 'kiosk_sales');\n"),
 ('php_ldap_bind_third', "ldap_bind($conn, 'uid=«U»,ou=people,dc=vendfleet,dc=internal', '«P»');\n"),
 ('perl_net_smtp_auth_second', "$smtp->auth('«U»', '«P»') or die 'auth failed';\n"),
 ('perl_net_telnet_login_second', "$t->login('«U»', '«P»');\n"),
 ('ffmpeg_rtsp_input_url_userinfo', "ffmpeg -rtsp_transport tcp -i rtsp://«U»:«P»@«H»:554/stream1 -frames:v 1 shelf.jpg\n"),
 ('pgpass_fifth_colon_field', "# ~/.pgpass\n«H»:5432:telemetry:«U»:«P»\n"),
 ('rsyncd_secrets_colon_pair', "# /etc/rsyncd.secrets\n«U»:«P»\n"),
 ('openvpn_auth_user_pass_second_line', "# /etc/openvpn/client/route-van.auth (auth-user-pass)\n«U»\n«P»\n"),
 ('postfix_sasl_passwd_colon_pair', "# /etc/postfix/sasl_passwd\n[«H»]:587 «U»:«P»\n"),
 ('git_credentials_file_url_userinfo', "# ~/.git-credentials\nhttps://«U»:«P»@«H»\n"),
 ('dovecot_passwd_file_plain_scheme', "# /etc/dovecot/users\n«U»:{PLAIN}«P»:5000:5000::/var/mail/«U»\n"),
 ('ejabberdctl_register_third', "ejabberdctl register «U» «H» «P»\n"),
 ('sqlalchemy_oracle_url_userinfo', "engine = create_engine(\"oracle+oracledb://«U»:«P»@«H»:1521/?service_name=WMSPRD\")\n"),
 ('clickhouse_client_dsn_userinfo', "clickhouse-client 'clickhouse://«U»:«P»@«H»:9440/vend?secure=true'\n"),
 ('davs_url_userinfo', "cadaver davs://«U»:«P»@«H»/planograms/\n"),
 ('telegraf_urls_userinfo', "[[inputs.rabbitmq]]\n  url = \"https://«U»:«P»@«H»:15671\"\n"),
 ('imap_login_command_third_token', "C: a001 CAPABILITY\nS: * CAPABILITY IMAP4rev1 AUTH=PLAIN\nC: a002 LOGIN «U» «P»\nS: a002 OK LOGIN completed\n"),
]
SUFFIX = ['route_van_laptop_history', 'kiosk_build_script', 'telemetry_service_snippet', 'reader_link_wire_capture']
def smtp_plain(r, u, p):
    v = base64.b64encode(('\0' + u + '\0' + p).encode()).decode()
    return v, "S: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN " + v + "\nS: 235 2.7.0 Authentication successful\n"
def memcached_sasl(r, u, p):
    v = base64.b64encode((u + ':' + p).encode()).decode()
    return v, "GET /api/v1/fridges/FR-0091/door HTTP/1.1\nHost: locks.vendfleet.internal\nAuthorization: Basic " + v + "\n"
B64 = [('smtp_auth_plain_inline_b64', smtp_plain), ('lock_api_http_authorization_basic_b64', memcached_sasl)]
USERS = ['routeops', 'dexsvc', 'kiosk_admin', 'telemetry_rw', 'wms_batch', 'planogram', 'svc-fridge', 'pricing_etl', 'vendadmin', 'driver17']
HOSTS = ['db01.vendfleet.internal', 'dex.vendfleet.internal', '10.40.2.15', 'wms.dc02.internal', 'mq.telemetry.internal', 'files.market.internal', 'registry.vendfleet.internal', '192.168.60.21', 'ops.vendfleet.internal', 'cam-fridge-07.market.internal']
def build(reg):
    r = random.Random(16003)
    out = []
    allsyn = [(n, t, None) for n, t in S] + [(n, None, f) for n, f in B64]
    for i, (n, t, f) in enumerate(allsyn):
        u = USERS[i % len(USERS)]; h = HOSTS[(3 * i) % len(HOSTS)]
        if f is None:
            v = reg.add(lambda: pw(r, '-_.+'))
            text = fill(t, U=u, H=h, P=v)
        else:
            p = reg.add(lambda: pw(r, '-_.'))
            reg.vals.remove(p)
            v, text = f(r, u, p)
            v = reg.add(lambda: v)
        typ = 'vmpw_' + n
        sp = place(text, v); sp['type'] = typ
        out.append({'type': typ, 'container': typ + '__' + SUFFIX[i % 4], 'text': text, 'secrets': [sp], 'source': 'password'})
    return out
