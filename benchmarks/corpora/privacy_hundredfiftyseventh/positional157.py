"""Positional password syntaxes: the place in a command / file / protocol / call says it is a password."""
import random, base64
from gen157 import *

SUFFIXES = ['closing_desk_terminal_history', 'title_plant_server_runbook', 'escrow_app_source_excerpt', 'recording_gateway_wire_trace']

# (syntax, template, mode) ; mode: pw = owner password; basic = b64(u:pw); plain = b64(\0u\0pw); login = b64(pw)
S = [
 ('curl_lower_u_colon_pair', 'curl -sS -u {U}:{V} https://plant-{H}.example.com/api/v2/orders\n', 'pw'),
 ('wget_ftp_url_userinfo', 'wget -q ftp://{U}:{V}@ftp-{H}.example.com/exports/daily_index.zip\n', 'pw'),
 ('lftp_lower_u_comma_pair', 'lftp -u {U},{V} sftp://files-{H}.example.com -e "mirror -R closings/; bye"\n', 'pw'),
 ('psql_conninfo_uri_userinfo', 'psql "postgresql://{U}:{V}@pg-{H}.internal:5432/escrow" -c "select count(*) from disbursements"\n', 'pw'),
 ('mysqlsh_uri_userinfo', 'mysqlsh --uri {U}:{V}@mysql-{H}.internal:3306 --sql -e "show databases"\n', 'pw'),
 ('sqlcmd_capital_p_after_capital_u', 'sqlcmd -S sql-{H}.internal -U {U} -P {V} -Q "SELECT TOP 5 * FROM dbo.TitleOrders"\n', 'pw'),
 ('bcp_capital_p_after_capital_u', 'bcp dbo.RecordingFees out fees.dat -S sql-{H}.internal -U {U} -P {V} -c\n', 'pw'),
 ('db2_connect_using_clause', 'db2 connect to PLANTDB user {U} using {V}\n', 'pw'),
 ('hana_hdbsql_lower_p_after_lower_u', 'hdbsql -n hana-{H}:30015 -u {U} -p {V} "SELECT * FROM DUMMY"\n', 'pw'),
 ('vertica_vsql_lower_w', 'vsql -h vertica-{H} -U {U} -w {V} -c "select 1"\n', 'pw'),
 ('freetds_tsql_capital_p', 'tsql -H syb-{H}.internal -p 5000 -U {U} -P {V}\n', 'pw'),
 ('mongodump_uri_userinfo', 'mongodump --uri "mongodb://{U}:{V}@mongo-{H}.internal:27017/titleplant" --gzip\n', 'pw'),
 ('mongoexport_lower_p_after_lower_u', 'mongoexport -h mongo-{H} -u {U} -p {V} -d ron -c sessions -o sessions.json\n', 'pw'),
 ('etcdctl_user_colon_pair', 'etcdctl --endpoints=https://etcd-{H}:2379 --user {U}:{V} get /closing/flags --prefix\n', 'pw'),
 ('nats_cli_server_url_userinfo', 'nats --server nats://{U}:{V}@nats-{H}.internal:4222 sub "recording.>"\n', 'pw'),
 ('smbget_capital_u_percent_pair', 'smbget -U {U}%{V} smb://nas-{H}/scans/closing_2024_118.pdf\n', 'pw'),
 ('rpcclient_capital_u_percent_pair', 'rpcclient -U {U}%{V} dc-{H}.corp.example.com -c enumdomusers\n', 'pw'),
 ('netexec_lower_p_after_lower_u', 'nxc smb 10.20.4.0/24 -u {U} -p {V} --shares\n', 'pw'),
 ('evil_winrm_lower_p_after_lower_u', 'evil-winrm -i 10.20.4.17 -u {U} -p {V}\n', 'pw'),
 ('sysinternals_psexec_lower_p_after_lower_u', 'psexec \\\\closing-{H} -u CORP\\{U} -p {V} cmd /c ipconfig\n', 'pw'),
 ('net_use_positional_before_slash_user', 'net use Z: \\\\fs-{H}\\closings {V} /user:CORP\\{U} /persistent:no\n', 'pw'),
 ('schtasks_rp_after_ru', 'schtasks /create /tn PlantSync /tr C:\\plant\\sync.cmd /sc daily /st 02:00 /ru CORP\\{U} /rp {V}\n', 'pw'),
 ('vncpasswd_filter_stdin_echo', 'echo "{V}" | vncpasswd -f > ~/.vnc/passwd\n', 'pw'),
 ('htpasswd_batch_third_positional', 'htpasswd -b /etc/nginx/.closings {U} {V}\n', 'pw'),
 ('chpasswd_stdin_colon_pair', 'echo "{U}:{V}" | sudo chpasswd\n', 'pw'),
 ('sevenzip_add_glued_lower_p', '7z a -t7z -mhe=on -p{V} closing_pkg_{H}.7z ./package/\n', 'pw'),
 ('sevenzip_extract_glued_lower_p', '7z x -p{V} survey_scans_{H}.7z -o./surveys\n', 'pw'),
 ('openssl_enc_lower_k', 'openssl enc -aes-256-cbc -salt -k {V} -in wire_list.csv -out wire_list.csv.enc\n', 'pw'),
 ('plink_pw_after_lower_l', 'plink -ssh -l {U} -pw {V} plant-{H}.example.com "df -h"\n', 'pw'),
 ('winscp_script_open_url_userinfo', 'open sftp://{U}:{V}@sftp-{H}.example.com/ -hostkey=*\nput C:\\closings\\*.pdf /inbound/\nexit\n', 'pw'),
 ('curl_upload_ftps_url_userinfo', 'curl -T payoff_batch.csv ftps://{U}:{V}@ftp-{H}.example.com/in/\n', 'pw'),
 ('mercurial_clone_url_userinfo', 'hg clone https://{U}:{V}@hg-{H}.example.com/closing-templates\n', 'pw'),
 ('podman_login_lower_p_after_lower_u', 'podman login -u {U} -p {V} registry-{H}.example.com\n', 'pw'),
 ('crane_auth_login_lower_p_after_lower_u', 'crane auth login registry-{H}.example.com -u {U} -p {V}\n', 'pw'),
 ('oras_login_lower_p_after_lower_u', 'oras login registry-{H}.example.com -u {U} -p {V}\n', 'pw'),
 ('ipmitool_capital_p_after_capital_u', 'ipmitool -I lanplus -H 10.9.0.{N} -U {U} -P {V} chassis power status\n', 'pw'),
 ('racadm_lower_p_after_lower_u', 'racadm -r 10.9.0.{N} -u {U} -p {V} getsysinfo\n', 'pw'),
 ('govc_url_env_userinfo', 'export GOVC_URL=https://{U}:{V}@vcenter-{H}.corp.example.com/sdk\ngovc ls /dc1/vm\n', 'pw'),
 ('snmpwalk_lower_c_community', 'snmpwalk -v2c -c {V} 10.9.0.{N} 1.3.6.1.2.1.1\n', 'pw'),
 ('snmpwalk_v3_capital_a_auth_phrase', 'snmpwalk -v3 -l authNoPriv -u {U} -a SHA -A {V} 10.9.0.{N} sysDescr\n', 'pw'),
 ('wpa_passphrase_second_positional', 'wpa_passphrase ClosingRoomGuest {V} >> /etc/wpa_supplicant/wpa_supplicant.conf\n', 'pw'),
 ('iwconfig_key_s_prefix', 'iwconfig wlan0 essid TitleOffice key s:{V}\n', 'pw'),
 ('mosquitto_pub_capital_p_after_lower_u', 'mosquitto_pub -h mqtt-{H} -u {U} -P {V} -t office/lockbox/door -m open\n', 'pw'),
 ('stunnel_psksecrets_after_colon', '# /etc/stunnel/psk.txt\n{U}:{V}\n', 'pw'),
 ('ppp_chap_secrets_third_column', '# client\tserver\tsecret\t\tIP addresses\n{U}\t*\t{V}\t*\n', 'pw'),
 ('ldapsearch_lower_w', 'ldapsearch -x -H ldaps://dc-{H}.corp.example.com -D "cn={U},ou=svc,dc=corp,dc=example,dc=com" -w {V} -b "ou=closers,dc=corp,dc=example,dc=com"\n', 'pw'),
 ('kinit_stdin_echo', 'echo \'{V}\' | kinit {U}@CORP.EXAMPLE.COM\n', 'pw'),
 ('couchdb_curl_url_userinfo', 'curl -X PUT http://{U}:{V}@couch-{H}.internal:5984/notary_journal\n', 'pw'),
 ('redis_url_empty_user_userinfo', 'REDIS_URL=redis://:{V}@redis-{H}.internal:6379/0\n', 'pw'),
 ('sqlcl_slash_logon_ezconnect', 'sql {U}/{V}@//ora-{H}.internal:1521/TITLEPDB\n', 'pw'),
 ('dgmgrl_slash_logon', 'dgmgrl {U}/{V}@PLANTSTBY "show configuration"\n', 'pw'),
 ('mysqladmin_glued_lower_p', 'mysqladmin -h mysql-{H} -u {U} -p{V} processlist\n', 'pw'),
 ('mysqlcheck_glued_lower_p', 'mysqlcheck -h mysql-{H} -u {U} -p{V} --all-databases --optimize\n', 'pw'),
 ('percona_toolkit_dsn_p_key', 'pt-table-checksum h=mysql-{H},u={U},p={V} --databases escrow\n', 'pw'),
 ('pgbench_uri_userinfo', 'pgbench -c 8 -T 60 postgresql://{U}:{V}@pg-{H}.internal/settlement\n', 'pw'),
 ('pg_basebackup_dbname_uri', 'pg_basebackup -d "postgresql://{U}:{V}@pg-{H}.internal" -D /backup/base -Ft -z\n', 'pw'),
 ('http_basic_authorization_b64', 'GET /api/v1/payoffs/8812 HTTP/1.1\r\nHost: payoff-{H}.example.com\r\nAuthorization: Basic {V}\r\nAccept: application/json\r\n', 'basic'),
 ('http_proxy_authorization_b64', 'CONNECT county-{H}.example.gov:443 HTTP/1.1\r\nProxy-Authorization: Basic {V}\r\n', 'basic'),
 ('smtp_auth_login_second_b64_line', 'C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: {UB}\nS: 334 UGFzc3dvcmQ6\nC: {V}\nS: 235 2.7.0 Authentication successful\n', 'login'),
 ('xmpp_sasl_plain_auth_element_b64', "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>{V}</auth>\n", 'plain'),
 ('vlc_rtsp_url_userinfo', 'cvlc rtsp://{U}:{V}@10.9.0.{N}:554/stream1 --sout file/ts:signing_room.ts\n', 'pw'),
 ('all_proxy_socks5h_url_userinfo', 'export ALL_PROXY=socks5h://{U}:{V}@10.9.0.{N}:1080\n', 'pw'),
 ('https_proxy_env_url_userinfo', 'export HTTPS_PROXY=http://{U}:{V}@proxy-{H}.corp.example.com:3128\n', 'pw'),
 ('python_ftplib_login_second', 'from ftplib import FTP_TLS\nftp = FTP_TLS("ftp-{H}.example.com")\nftp.login("{U}", "{V}")\n', 'pw'),
 ('python_psycopg_dsn_uri_userinfo', 'conn = psycopg.connect("postgresql://{U}:{V}@pg-{H}.internal/escrow")\n', 'pw'),
 ('python_sqlalchemy_create_engine_url', 'engine = create_engine("mssql+pyodbc://{U}:{V}@sql-{H}/TitlePlant?driver=ODBC+Driver+18+for+SQL+Server")\n', 'pw'),
 ('python_redis_ctor_fourth_positional', 'r = redis.Redis("redis-{H}.internal", 6379, 0, "{V}")\n', 'pw'),
 ('python_pika_plaincredentials_second', 'creds = pika.PlainCredentials("{U}", "{V}")\n', 'pw'),
 ('python_paramiko_connect_fourth_positional', 'client.connect("sftp-{H}.example.com", 22, "{U}", "{V}")\n', 'pw'),
 ('python_paramiko_transport_connect_third', 't = paramiko.Transport(("sftp-{H}.example.com", 22))\nt.connect(None, "{U}", "{V}")\n', 'pw'),
 ('python_pywinrm_auth_tuple_second', 's = winrm.Session("closing-{H}", auth=("{U}", "{V}"), transport="ntlm")\n', 'pw'),
 ('python_requests_auth_tuple_second', 'resp = requests.get(url, auth=("{U}", "{V}"), timeout=20)\n', 'pw'),
 ('python_pymssql_connect_third_positional', 'conn = pymssql.connect("sql-{H}.internal", "{U}", "{V}", "SoftProData")\n', 'pw'),
 ('python_nntplib_ctor_fourth_positional', 'srv = nntplib.NNTP("news-{H}.example.com", 119, "{U}", "{V}")\n', 'pw'),
 ('node_mysql2_uri_userinfo', "const conn = await mysql.createConnection('mysql://{U}:{V}@mysql-{H}.internal/closings');\n", 'pw'),
 ('node_mongoose_connect_uri_userinfo', "await mongoose.connect('mongodb+srv://{U}:{V}@cluster-{H}.example.net/ron');\n", 'pw'),
 ('node_ioredis_url_userinfo', "const redis = new Redis('rediss://{U}:{V}@redis-{H}.internal:6380');\n", 'pw'),
 ('node_amqplib_connect_url_userinfo', "const conn = await amqp.connect('amqp://{U}:{V}@mq-{H}.internal:5672/recording');\n", 'pw'),
 ('node_buffer_from_user_colon_pair', "headers.Authorization = 'Basic ' + Buffer.from('{U}:{V}').toString('base64');\n", 'pw'),
 ('go_mysql_dsn_user_colon_pair', 'db, err := sql.Open("mysql", "{U}:{V}@tcp(mysql-{H}:3306)/escrow?parseTime=true")\n', 'pw'),
 ('go_pgx_connect_url_userinfo', 'conn, err := pgx.Connect(ctx, "postgres://{U}:{V}@pg-{H}.internal:5432/settlement")\n', 'pw'),
 ('go_jlaffaye_ftp_login_second', 'if err := c.Login("{U}", "{V}"); err != nil {\n\tlog.Fatal(err)\n}\n', 'pw'),
 ('go_request_setbasicauth_second', 'req.SetBasicAuth("{U}", "{V}")\n', 'pw'),
 ('java_commons_net_ftpclient_login_second', 'ftp.connect("ftp-{H}.example.com");\nftp.login("{U}", "{V}");\n', 'pw'),
 ('java_jedis_auth_single', 'try (Jedis j = new Jedis("redis-{H}", 6379)) {\n    j.auth("{V}");\n}\n', 'pw'),
 ('java_rabbitmq_factory_seturi_userinfo', 'factory.setUri("amqps://{U}:{V}@mq-{H}.internal:5671/closing");\n', 'pw'),
 ('csharp_networkcredential_second', 'client.Credentials = new NetworkCredential("{U}", "{V}");\n', 'pw'),
 ('csharp_sshnet_sftpclient_third', 'using var sftp = new SftpClient("sftp-{H}.example.com", "{U}", "{V}");\n', 'pw'),
 ('ruby_net_ftp_open_third', 'Net::FTP.open("ftp-{H}.example.com", "{U}", "{V}") do |ftp|\n  ftp.putbinaryfile("deed_scan.tif")\nend\n', 'pw'),
 ('ruby_redis_new_url_userinfo', 'REDIS = Redis.new(url: "redis://{U}:{V}@redis-{H}.internal:6379/1")\n', 'pw'),
 ('ruby_net_http_basic_auth_second', 'req = Net::HTTP::Get.new(uri)\nreq.basic_auth "{U}", "{V}"\n', 'pw'),
 ('php_ftp_login_third', '$conn = ftp_ssl_connect("ftp-{H}.example.com");\nftp_login($conn, "{U}", "{V}");\n', 'pw'),
 ('php_imap_open_third', '$mbox = imap_open("{imap-{H}.example.com:993/imap/ssl}INBOX", "{U}", "{V}");\n', 'pw'),
 ('php_phpredis_auth_single', '$redis->connect("redis-{H}", 6379);\n$redis->auth("{V}");\n', 'pw'),
 ('perl_dbi_connect_third', 'my $dbh = DBI->connect("dbi:Pg:dbname=escrow;host=pg-{H}", "{U}", "{V}", { RaiseError => 1 });\n', 'pw'),
 ('perl_net_ftp_login_second', '$ftp->login("{U}", "{V}") or die $ftp->message;\n', 'pw'),
 ('rust_sqlx_pgpool_connect_url', 'let pool = PgPool::connect("postgres://{U}:{V}@pg-{H}.internal/closing").await?;\n', 'pw'),
 ('rust_reqwest_basic_auth_some', 'let resp = client.get(url).basic_auth("{U}", Some("{V}")).send().await?;\n', 'pw'),
 ('kotlin_okhttp_credentials_basic_second', 'val credential = Credentials.basic("{U}", "{V}")\n', 'pw'),
 ('powershell_convertto_securestring_plaintext', "$sec = ConvertTo-SecureString '{V}' -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential ('CORP\\{U}', $sec)\n", 'pw'),
 ('tsql_openrowset_semicolon_third_part', "SELECT * FROM OPENROWSET('MSOLEDBSQL', 'sql-{H}.internal';'{U}';'{V}', 'SELECT * FROM TitlePlant.dbo.Instruments');\n", 'pw'),
 ('lua_resty_redis_auth_single', 'local ok, err = red:auth("{V}")\n', 'pw'),
 ('micropython_wlan_connect_second', "wlan = network.WLAN(network.STA_IF)\nwlan.connect('LockboxNet', '{V}')\n", 'pw'),
 ('duplicity_target_url_userinfo', 'duplicity /srv/closings ftps://{U}:{V}@backup-{H}.example.com/closings\n', 'pw'),
 ('restic_rest_repo_url_userinfo', 'restic -r rest:https://{U}:{V}@restic-{H}.example.com/plant backup /srv/plant\n', 'pw'),
 ('mutt_imaps_folder_url_userinfo', 'mutt -f imaps://{U}:{V}@imap-{H}.example.com/INBOX\n', 'pw'),
 ('ncat_proxy_auth_colon_pair', 'ncat --proxy proxy-{H}:3128 --proxy-type http --proxy-auth {U}:{V} county-{H}.example.gov 443\n', 'pw'),
 ('proxychains_conf_fifth_column', '[ProxyList]\nhttp 10.9.0.{N} 3128 {U} {V}\n', 'pw'),
 ('pgbouncer_userlist_second_quoted', '"{U}" "{V}"\n', 'pw'),
 ('redis_acl_setuser_gt_prefix', 'ACL SETUSER {U} on >{V} ~closing:* +@read\n', 'pw'),
 ('wifi_qr_payload_p_field', 'WIFI:T:WPA;S:ClosingRoom-{H};P:{V};;\n', 'pw'),
 ('gio_mount_smb_url_userinfo', 'gio mount smb://{U}:{V}@nas-{H}/closings\n', 'pw'),
 ('davfs2_secrets_third_column', '# /etc/davfs2/secrets\nhttps://dav-{H}.example.com/closings {U} {V}\n', 'pw'),
 ('condarc_channel_url_userinfo', 'channels:\n  - https://{U}:{V}@conda-{H}.example.com/t/internal\n', 'pw'),
 ('gem_sources_add_url_userinfo', 'gem sources --add https://{U}:{V}@gems-{H}.example.com/\n', 'pw'),
 ('composer_config_http_basic_third', 'composer config http-basic.repo-{H}.example.com {U} {V}\n', 'pw'),
 ('poetry_config_http_basic_third', 'poetry config http-basic.plantrepo {U} {V}\n', 'pw'),
]

USERS = ['closer01', 'escrow_svc', 'titleops', 'plant_reader', 'recorder', 'notary_admin', 'wiredesk', 'payoffbot', 'svc_softpro', 'examiner']


def generate(reg, n_keep, seed=15703):
    r = random.Random(seed)
    recs = []
    for i, (syn, tmpl, mode) in enumerate(S[:n_keep]):
        u = r.choice(USERS)
        def mk():
            pw = password(r)
            if mode == 'pw': return pw
            if mode == 'basic': return base64.b64encode((u + ':' + pw).encode()).decode()
            if mode == 'plain': return base64.b64encode(('\0' + u + '\0' + pw).encode()).decode()
            if mode == 'login': return base64.b64encode(pw.encode()).decode()
        v = reg.take(mk)
        kw = dict(U=u, H=rs(r, LOW + DIG, 4), N=str(r.randint(10, 250)),
                  UB=base64.b64encode(u.encode()).decode())
        text, s = place(tmpl, v, **kw)
        t = 'rcpw_' + syn
        recs.append(rec(t, t + '__' + SUFFIXES[i % 4], text, v, s, 'password'))
    return recs
