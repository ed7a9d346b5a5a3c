"""Positional password syntaxes: the place in a command, file, call or protocol says it is a password."""
import random, base64
from gen162 import *

PFX = 'hcpw_'
# (syntax, template) -- «V» is the labelled value; «U» a user name. Syntax names ending _b64 label base64 of «U»:password.
S = [
    ('mysqladmin_glued_lower_p', 'mysqladmin -u «U» -p«V» -h sched-db.internal flush-hosts'),
    ('sqlcmd_capital_p_after_capital_u', 'sqlcmd -S evv-sql.internal -U «U» -P «V» -Q "SELECT COUNT(*) FROM Visits"'),
    ('bcp_out_capital_p_after_capital_u', 'bcp dbo.Timesheets out ts.dat -S payroll-sql -U «U» -P «V» -c'),
    ('db2_connect_using_clause', 'db2 connect to CLAIMS user «U» using «V»'),
    ('unixodbc_isql_third_positional', 'isql -v CarePlanDSN «U» «V»'),
    ('freetds_tsql_capital_p', 'tsql -H mar-sql.internal -p 1433 -U «U» -P «V»'),
    ('mysqlsh_uri_userinfo', 'mysqlsh --uri «U»:«V»@sched-db.internal:3306/scheduling'),
    ('sqlcl_slash_logon_ezconnect', 'sql «U»/«V»@hospice-ora.internal:1521/IDG'),
    ('jdbc_oracle_thin_slash_logon', 'spring.datasource.url=jdbc:oracle:thin:«U»/«V»@//hospice-ora.internal:1521/IDG'),
    ('jdbc_mysql_url_userinfo', 'jdbc:mysql://«U»:«V»@sched-db.internal:3306/shifts?useSSL=true'),
    ('mongo_shell_db_auth_second', 'use mar\ndb.auth("«U»", "«V»")'),
    ('redis_inline_auth_two_args', 'redis-cli -h visits-cache.internal\n> AUTH «U» «V»\nOK'),
    ('rediss_url_empty_user', 'CELERY_BROKER_URL=rediss://:«V»@visits-cache.internal:6380/0'),
    ('nats_url_userinfo', 'nats sub "pendant.alarm.>" --server nats://«U»:«V»@nats.pers.internal:4222'),
    ('elasticsearch_url_userinfo', 'curl -s https://«U»:«V»@es.careplans.internal:9200/_cat/indices'),
    ('couchdb_url_userinfo', 'COUCH_URL=http://«U»:«V»@couch.offline-notes.internal:5984/visits'),
    ('amqps_url_userinfo', 'broker_url = "amqps://«U»:«V»@mq.scheduler.internal:5671/shifts"'),
    ('socks5_proxy_url_userinfo', 'export ALL_PROXY=socks5://«U»:«V»@jump.agency.internal:1080'),
    ('restic_rest_repository_url_userinfo', 'restic -r rest:https://«U»:«V»@backup.agency.internal:8000/careplans snapshots'),
    ('duplicity_ftp_url_userinfo', 'duplicity /srv/mar ftp://«U»:«V»@nas.agency.local/backups/mar'),
    ('hg_clone_url_userinfo', 'hg clone https://«U»:«V»@hg.agency.internal/evv-bridge'),
    ('git_remote_set_url_userinfo', 'git remote set-url origin https://«U»:«V»@git.agency.internal/scheduling.git'),
    ('goproxy_url_userinfo', 'export GOPROXY=https://«U»:«V»@athens.agency.internal,direct'),
    ('gradle_maven_repo_url_userinfo', 'maven { url "https://«U»:«V»@nexus.agency.internal/repository/care-libs/" }'),
    ('ffmpeg_rtmp_url_userinfo', 'ffmpeg -re -i checkin.mp4 -f flv rtmp://«U»:«V»@stream.telehealth.internal/live/room7'),
    ('ffplay_rtsp_url_userinfo', 'ffplay rtsp://«U»:«V»@192.168.40.12:554/stream1'),
    ('mount_smbfs_url_userinfo', 'mount_smbfs //«U»:«V»@fileserver.agency.local/Timesheets /Volumes/Timesheets'),
    ('winscp_open_sftp_url_userinfo', 'winscp.com /command "open sftp://«U»:«V»@evv-agg.example.com/" "put claims.csv" "exit"'),
    ('lftp_u_comma_pair', 'lftp -u «U»,«V» ftps://payroll-drop.example.com -e "put export.csv; bye"'),
    ('curl_u_colon_pair', 'curl -u «U»:«V» https://fall-hub.internal/api/v1/devices'),
    ('ncftpget_lower_p_after_lower_u', 'ncftpget -u «U» -p «V» ftp.clearinghouse.example.com . /outbound/835/*.edi'),
    ('plink_pw_flag', 'plink -ssh «U»@mar-box.agency.local -pw «V» "systemctl restart mar-sync"'),
    ('pscp_pw_flag', 'pscp -pw «V» timesheets.csv «U»@payroll.agency.local:/import/'),
    ('net_use_drive_password_positional', 'net use Z: \\\\fileserver\\CarePlans «V» /user:AGENCY\\«U» /persistent:no'),
    ('psexec_lower_p_after_lower_u', 'psexec \\\\dispatch-pc -u AGENCY\\«U» -p «V» cmd /c ipconfig'),
    ('cmdkey_pass_colon', 'cmdkey /generic:TERMSRV/billing-rds /user:AGENCY\\«U» /pass:«V»'),
    ('schtasks_rp_after_ru', 'schtasks /create /tn "EVV nightly" /tr C:\\evv\\sync.cmd /sc daily /ru AGENCY\\«U» /rp «V»'),
    ('rpcclient_capital_u_percent_pair', "rpcclient -U '«U»%«V»' fileserver.agency.local -c enumdomusers"),
    ('ipmitool_capital_p_after_capital_u', 'ipmitool -I lanplus -H 10.20.0.15 -U «U» -P «V» chassis power status'),
    ('snmpwalk_v3_capital_a_auth_phrase', 'snmpwalk -v3 -l authNoPriv -u «U» -a SHA -A «V» 10.20.0.1 sysUpTime'),
    ('wpa_passphrase_second_positional', 'wpa_passphrase CareTablets «V» >> /etc/wpa_supplicant.conf'),
    ('openssl_enc_lower_k_flag', 'openssl enc -aes-256-cbc -salt -k «V» -in careplans.tar -out careplans.tar.enc'),
    ('sevenzip_glued_lower_p', '7z a -p«V» -mhe=on mar_export.7z mar_export/'),
    ('ssh_keygen_capital_p_old_phrase', 'ssh-keygen -p -P «V» -N "" -f ~/.ssh/evv_deploy'),
    ('mutool_lower_p_flag', 'mutool draw -p «V» -o page%d.png discharge_summary.pdf'),
    ('pdftotext_upw_flag', 'pdftotext -upw «V» care_plan_signed.pdf -'),
    ('vncpasswd_f_stdin_echo', 'echo «V» | vncpasswd -f > /etc/vnc/passwd'),
    ('sudo_capital_s_stdin_echo', "echo '«V»' | sudo -S systemctl restart pendant-gateway"),
    ('chpasswd_colon_pair_echo', "echo '«U»:«V»' | chpasswd"),
    ('rabbitmqctl_authenticate_user_second', 'rabbitmqctl authenticate_user «U» «V»'),
    ('htpasswd_b_third_positional', 'htpasswd -bB /etc/nginx/.family_portal «U» «V»'),
    ('podman_login_lower_p', 'podman login -u «U» -p «V» registry.agency.internal'),
    ('crane_auth_login_lower_p', 'crane auth login registry.agency.internal -u «U» -p «V»'),
    ('oras_login_lower_p', 'oras login registry.agency.internal -u «U» -p «V»'),
    ('twine_upload_lower_p', 'twine upload --repository-url https://pypi.agency.internal/ -u «U» -p «V» dist/*'),
    ('altool_lower_p_after_lower_u', 'xcrun altool --upload-app -f CareShift.ipa -t ios -u «U» -p «V»'),
    ('security_unlock_keychain_lower_p', 'security unlock-keychain -p «V» ~/Library/Keychains/build.keychain-db'),
    ('security_import_capital_p', 'security import dist_cert.p12 -k build.keychain -P «V» -T /usr/bin/codesign'),
    ('certutil_lower_p_importpfx', 'certutil -f -p «V» -importpfx evv_client.pfx'),
    ('signtool_slash_p_after_slash_f', 'signtool sign /f agency_codesign.pfx /p «V» /tr http://ts.example.com DispatchConsole.exe'),
    ('mc_alias_set_fourth_positional', 'mc alias set carenas http://nas.agency.local:9000 «U» «V»'),
    ('mosquitto_pub_capital_p_after_lower_u', 'mosquitto_pub -h mqtt.pers.internal -u «U» -P «V» -t pendant/test -m ping'),
    ('ldapsearch_lower_w_after_capital_d', 'ldapsearch -x -H ldaps://dc.agency.local -D "cn=«U»,ou=svc,dc=agency,dc=local" -w «V» "(sAMAccountName=jdoe)"'),
    ('arduino_pubsubclient_connect_third', 'if (client.connect("pendant-0042", "«U»", "«V»")) {\n  client.subscribe("pendant/0042/cmd");\n}'),
    ('arduino_wifi_begin_second', 'WiFi.begin("CareHome-5G", "«V»");\nwhile (WiFi.status() != WL_CONNECTED) delay(500);'),
    ('python_pysmb_smbconnection_second', 'conn = SMBConnection("«U»", "«V»", "dispatch-pc", "FILESERVER", domain="AGENCY")\nconn.connect("10.20.0.5", 139)'),
    ('python_paramiko_connect_fourth', 'ssh = paramiko.SSHClient()\nssh.connect("evv-agg.example.com", 22, "«U»", "«V»")'),
    ('python_ftplib_login_second', 'ftp = ftplib.FTP_TLS("payroll-drop.example.com")\nftp.login("«U»", "«V»")'),
    ('python_poplib_pass_underscore', 'box = poplib.POP3_SSL("mail.agency.example")\nbox.user("«U»")\nbox.pass_("«V»")'),
    ('python_exchangelib_credentials_second', 'creds = Credentials("«U»@agency.example", "«V»")\nacct = Account("intake@agency.example", credentials=creds, autodiscover=True)'),
    ('python_pika_plaincredentials_second', 'creds = pika.PlainCredentials("«U»", "«V»")\nparams = pika.ConnectionParameters("mq.scheduler.internal", credentials=creds)'),
    ('python_redis_from_url_userinfo', 'r = redis.from_url("redis://«U»:«V»@visits-cache.internal:6379/2")'),
    ('python_psycopg_connect_uri_userinfo', 'conn = psycopg.connect("postgresql://«U»:«V»@claims-db.internal/claims")'),
    ('python_requests_auth_tuple_second', 'requests.get(URL, auth=("«U»", "«V»"), timeout=10)'),
    ('node_mysql2_create_connection_uri', "const db = mysql.createConnection('mysql://«U»:«V»@sched-db.internal/shifts');"),
    ('node_amqplib_connect_url', "const conn = await amqp.connect('amqp://«U»:«V»@mq.scheduler.internal');"),
    ('node_ioredis_url_userinfo', "const redis = new Redis('redis://«U»:«V»@visits-cache.internal:6379');"),
    ('go_sql_open_mysql_dsn_colon', 'db, err := sql.Open("mysql", "«U»:«V»@tcp(sched-db.internal:3306)/shifts")'),
    ('go_jlaffaye_ftp_login_second', 'c, _ := ftp.Dial("payroll-drop.example.com:21")\nerr = c.Login("«U»", "«V»")'),
    ('go_http_setbasicauth_second', 'req.SetBasicAuth("«U»", "«V»")'),
    ('java_smbj_authenticationcontext_second', 'AuthenticationContext ac = new AuthenticationContext("«U»", "«V»".toCharArray(), "AGENCY");'),
    ('java_commons_net_ftp_login_second', 'FTPSClient ftp = new FTPSClient();\nftp.connect("payroll-drop.example.com");\nftp.login("«U»", "«V»");'),
    ('kotlin_ktor_basicauthcredentials_second', 'credentials { BasicAuthCredentials("«U»", "«V»") }'),
    ('csharp_networkcredential_second', 'client.Credentials = new NetworkCredential("«U»", "«V»");'),
    ('powershell_securestring_asplaintext', "$sec = ConvertTo-SecureString '«V»' -AsPlainText -Force\n$cred = New-Object PSCredential ('AGENCY\\«U»', $sec)"),
    ('ruby_net_ftp_login_second', "ftp = Net::FTP.new('payroll-drop.example.com')\nftp.login('«U»', '«V»')"),
    ('ruby_net_http_basic_auth_second', "req = Net::HTTP::Get.new(uri)\nreq.basic_auth '«U»', '«V»'"),
    ('php_mysqli_ctor_third', "$db = new mysqli('sched-db.internal', '«U»', '«V»', 'shifts');"),
    ('php_ftp_login_third', "$c = ftp_ssl_connect('payroll-drop.example.com');\nftp_login($c, '«U»', '«V»');"),
    ('php_imap_open_third', "$mbox = imap_open('{mail.agency.example:993/imap/ssl}INBOX', '«U»', '«V»');"),
    ('perl_dbi_connect_third', "my $dbh = DBI->connect('dbi:Pg:dbname=claims;host=claims-db.internal', '«U»', '«V»');"),
    ('perl_net_ftp_login_second', "my $ftp = Net::FTP->new('payroll-drop.example.com');\n$ftp->login('«U»', '«V»');"),
    ('rust_reqwest_basic_auth_some_second', 'client.get(url).basic_auth("«U»", Some("«V»")).send().await?;'),
    ('lua_luasql_connect_third', "local con = env:connect('careplans', '«U»', '«V»', 'mar-db.internal')"),
    ('pgbouncer_userlist_second_quoted', '"«U»" "«V»"'),
    ('ppp_chap_secrets_third_column', '# client  server  secret  IP\n«U»  *  «V»  *'),
    ('exim_passwd_client_third_field', '*.smtp.agency.example:«U»:«V»'),
    ('ftp_protocol_pass_after_user', '220 payroll-drop FTP ready\nUSER «U»\n331 Please specify the password.\nPASS «V»\n230 Login successful.'),
    ('expect_send_after_assword_prompt', 'spawn ssh «U»@mar-box.agency.local\nexpect "assword:"\nsend "«V»\\r"\ninteract'),
    ('wget_ftp_url_userinfo', 'wget ftp://«U»:«V»@ftp.clearinghouse.example.com/outbound/835/latest.edi'),
    ('smbget_capital_u_percent_pair', "smbget -U '«U»%«V»' smb://fileserver.agency.local/Timesheets/week09.xlsx"),
    ('mount_cifs_username_percent_pair', 'mount -t cifs //fileserver.agency.local/CarePlans /mnt/careplans -o username=«U»%«V»,vers=3.0'),
    ('filezilla_sftp_url_userinfo', 'filezilla sftp://«U»:«V»@evv-agg.example.com:22/inbound'),
    ('python_asyncpg_connect_dsn_userinfo', "conn = await asyncpg.connect('postgresql://«U»:«V»@claims-db.internal/claims')"),
    ('go_amqp_dial_url_userinfo', 'conn, err := amqp.Dial("amqp://«U»:«V»@mq.scheduler.internal:5672/")'),
    ('dotnet_nuget_add_source_lower_p', 'dotnet nuget add source https://nuget.agency.internal/v3/index.json -n agency -u «U» -p «V» --store-password-in-clear-text'),
    ('ruby_net_imap_login_second', "imap = Net::IMAP.new('mail.agency.example', ssl: true)\nimap.login('«U»', '«V»')"),
    ('rust_sqlx_pgpool_connect_url', 'let pool = PgPool::connect("postgres://«U»:«V»@claims-db.internal/claims").await?;'),
    ('proxy_authorization_basic_b64', 'CONNECT evv-agg.example.com:443 HTTP/1.1\nProxy-Authorization: Basic «V»'),
    ('xmpp_sasl_plain_auth_b64', "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>«V»</auth>"),
]

USERS = ['evv_sync', 'svc_sched', 'marbot', 'payroll', 'pers_gw', 'hospice_etl', 'caremgr', 'claims_ro', 'dispatch', 'famportal']


def build(seed, reg, start_id):
    r = random.Random(seed)
    out = []
    n = start_id
    for i, (syn, tpl) in enumerate(S):
        u = USERS[i % len(USERS)]
        if syn.endswith('_b64'):
            p = reg.take(lambda: pw(r))
            if syn.startswith('xmpp'):
                raw = ('\0' + u + '\0' + p).encode()
            else:
                raw = (u + ':' + p).encode()
            v = base64.b64encode(raw).decode()
            reg.vals.append(v)
        else:
            v = reg.take(lambda: pw(r))
        kw = {'U': u}
        text, st = fill(tpl, v, **kw)
        n += 1
        out.append(span_rec(f'p162-s-{n:04d}', PFX + syn, f'{PFX}{syn}__{SUFFIX[i % 4]}', text, st, v, 'password'))
    return out

SUFFIX = ['agency_laptop_bash_history', 'care_ops_runbook_page', 'caregiver_app_source_snippet', 'evv_wire_capture']
