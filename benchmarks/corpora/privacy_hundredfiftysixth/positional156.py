"""Positional passwords: the value's place in a command, file, protocol or call makes it a password."""
import base64, random
from common156 import pw, rs, LOW, DIG

P = 'pawnpw_'
SYN = [
    ('mysqldump_glued_lower_p', '$ mysqldump -u {U} -p{V} pawnledger loans > /backup/loans.sql'),
    ('mysqladmin_password_subcommand_new', '$ mysqladmin -u root password {V}'),
    ('sshpass_lower_p_before_ssh', "$ sshpass -p '{V}' ssh {U}@{H} 'tail -n 50 /var/log/pawn/upload.log'"),
    ('wget_ftp_url_userinfo', '$ wget ftp://{U}:{V}@{H}/exports/daily_transactions.csv'),
    ('lftp_lower_u_comma_pair', '$ lftp -u {U},{V} sftp://{H} -e "mirror /reports ./reports; bye"'),
    ('mount_smbfs_url_userinfo', '$ mount_smbfs //{U}:{V}@{H}/appraisals /Volumes/appraisals'),
    ('windows_net_use_positional_after_share', 'C:\\> net use P: \\\\{H}\\pawnscans {V} /user:SHOP\\{U} /persistent:no'),
    ('psexec_lower_p_after_lower_u', 'C:\\> psexec \\\\{H} -u SHOP\\{U} -p {V} cmd /c "C:\\Pawn\\reindex.bat"'),
    ('cmdkey_slash_pass_colon', 'C:\\> cmdkey /add:{H} /user:SHOP\\{U} /pass:{V}'),
    ('sqlcmd_capital_p_after_capital_u', '> sqlcmd -S {H} -d PawnLedger -U {U} -P {V} -Q "EXEC dbo.ExpireHolds"'),
    ('bcp_capital_p_after_capital_u', '> bcp dbo.Tickets out tickets.dat -S {H} -U {U} -P {V} -c'),
    ('unixodbc_isql_dsn_user_pass_positional', '$ isql -v LoansDSN {U} {V}'),
    ('hdbsql_lower_p_after_lower_u', '$ hdbsql -n {H}:30015 -u {U} -p {V} "SELECT COUNT(*) FROM LAYAWAY"'),
    ('nzsql_lower_pw_flag', '$ nzsql -host {H} -d SALES -u {U} -pw {V}'),
    ('mongodump_uri_userinfo', '$ mongodump --uri "mongodb://{U}:{V}@{H}:27017/appraisals" --out /srv/dump'),
    ('mongoimport_lower_p_after_lower_u', '$ mongoimport -h {H} -u {U} -p {V} --db watchsvc --collection parts --file parts.json'),
    ('redis_cli_uri_empty_user', '$ redis-cli -u redis://:{V}@{H}:6379/2 KEYS "hold:*"'),
    ('nats_url_userinfo', '$ nats sub "pawn.tickets.>" -s nats://{U}:{V}@{H}:4222'),
    ('celery_amqp_broker_userinfo', "broker_url = 'amqp://{U}:{V}@{H}:5672/appraisal'"),
    ('svn_checkout_url_userinfo', '$ svn checkout https://{U}:{V}@{H}/svn/ring-cad/trunk'),
    ('docker_login_lower_p_after_lower_u', '$ docker login registry.example.org -u {U} -p {V}'),
    ('podman_login_lower_p_after_lower_u', '$ podman login -u {U} -p {V} quay.example.org'),
    ('oras_login_lower_p_after_lower_u', '$ oras login -u {U} -p {V} artifacts.example.org'),
    ('htpasswd_batch_third_positional', '$ htpasswd -b /etc/nginx/.appraisal_users {U} {V}'),
    ('chpasswd_stdin_colon_pair', "$ echo '{U}:{V}' | sudo chpasswd"),
    ('openssl_pkcs12_passout_pass_prefix', '$ openssl pkcs12 -export -in pos.crt -inkey pos.key -out pos.p12 -passout pass:{V}'),
    ('openssl_enc_lower_k', '$ openssl enc -aes-256-cbc -salt -in loans.csv -out loans.csv.enc -k {V}'),
    ('openssl_genrsa_passout_pass_prefix', '$ openssl genrsa -aes256 -passout pass:{V} -out cert_signing.key 3072'),
    ('sevenzip_glued_lower_p', '$ 7z a -p{V} -mhe=on appraisals_2026Q1.7z ./appraisals/'),
    ('unar_lower_p', '$ unar -p {V} police_export_0302.zip'),
    ('arj_glued_lower_g', 'C:\\> arj a -g{V} TICKETS.ARJ *.DBF'),
    ('pdftotext_upw_flag', '$ pdftotext -upw {V} grading_report_88213.pdf -'),
    ('mutool_lower_p', '$ mutool draw -p {V} -o page%d.png appraisal_signed.pdf'),
    ('ssh_keygen_capital_p_old_phrase', '$ ssh-keygen -p -P {V} -N "" -f ~/.ssh/id_ed25519_vault'),
    ('crackmapexec_lower_p_after_lower_u', '$ crackmapexec smb {H} -u {U} -p {V} --shares'),
    ('evil_winrm_lower_p_after_lower_u', '$ evil-winrm -i {H} -u {U} -p {V}'),
    ('impacket_target_slash_colon_at', '$ impacket-smbexec SHOP/{U}:{V}@{H}'),
    ('kinit_stdin_echo', '$ echo {V} | kinit {U}@SHOP.EXAMPLE.ORG'),
    ('ipmitool_capital_p_after_capital_u', '$ ipmitool -I lanplus -H {H} -U {U} -P {V} chassis power status'),
    ('racadm_lower_p_after_lower_u', '$ racadm -r {H} -u {U} -p {V} getsysinfo'),
    ('snmpwalk_capital_a_auth_phrase', '$ snmpwalk -v3 -l authNoPriv -u {U} -a SHA -A {V} {H} 1.3.6.1.2.1.1'),
    ('ffmpeg_rtsp_url_userinfo', '$ ffmpeg -i rtsp://{U}:{V}@{H}:554/Streaming/Channels/101 -t 30 vault.mp4'),
    ('expect_send_after_prompt', 'spawn ssh {U}@{H}\nexpect "assword:"\nsend "{V}\\r"\ninteract'),
    ('ftp_wire_pass_command', '220 FileZilla Server ready\nUSER {U}\n331 Password required\nPASS {V}\n230 Logged on'),
    ('irc_pass_before_nick', 'PASS {V}\nNICK pawnbot\nUSER pawnbot 0 * :ticket bot'),
    ('vncpasswd_f_stdin_echo', '$ echo {V} | vncpasswd -f > ~/.vnc/passwd'),
    ('wpa_cli_set_network_psk_quoted', '$ wpa_cli -i wlan0 set_network 0 psk \'"{V}"\''),
    ('cvs_pserver_root_userinfo', '$ cvs -d :pserver:{U}:{V}@{H}:/cvsroot checkout pawnpos'),
    ('jdbc_oracle_thin_user_slash', 'jdbc:oracle:thin:{U}/{V}@//{H}:1521/LOANS'),
    ('sqlalchemy_url_userinfo', 'engine = create_engine("mysql+pymysql://{U}:{V}@{H}/layaway")'),
    ('cyrus_saslpasswd2_stdin_echo', '$ echo {V} | saslpasswd2 -p -c -u shop.example.org {U}'),
    ('pap_secrets_third_column', '# /etc/ppp/pap-secrets\n# client   server   secret   IP\n{U}  *  {V}  *'),
    ('stunnel_psksecrets_after_colon', '# /etc/stunnel/psk.txt\n{U}:{V}'),
    ('davfs2_secrets_third_field', '# /etc/davfs2/secrets\nhttps://{H}/remote.php/dav {U} {V}'),
    ('python_ftplib_login_second', "ftp = ftplib.FTP_TLS('{H}')\nftp.login('{U}', '{V}')"),
    ('python_smtplib_login_second', "s = smtplib.SMTP_SSL('{H}', 465)\ns.login('{U}', '{V}')"),
    ('python_imaplib_login_second', "m = imaplib.IMAP4_SSL('{H}')\nm.login('{U}', '{V}')"),
    ('python_poplib_pass_single', "p = poplib.POP3_SSL('{H}')\np.user('{U}')\np.pass_('{V}')"),
    ('python_cx_oracle_connect_slash_string', 'conn = cx_Oracle.connect("{U}/{V}@{H}/LOANS")'),
    ('python_paramiko_connect_fourth_positional', "client.connect('{H}', 22, '{U}', '{V}')"),
    ('python_pykeepass_second_positional', "kp = PyKeePass('shop_vault.kdbx', '{V}')"),
    ('python_ssl_load_cert_chain_third', "ctx.load_cert_chain('pos.crt', 'pos.key', '{V}')"),
    ('python_winrm_session_auth_tuple', "s = winrm.Session('{H}', auth=('{U}', '{V}'))"),
    ('python_requests_auth_tuple_second', "r = requests.get('https://{H}/api/holds', auth=('{U}', '{V}'))"),
    ('python_pexpect_sendline_after_expect', "child = pexpect.spawn('ssh {U}@{H}')\nchild.expect('assword')\nchild.sendline('{V}')"),
    ('node_crypto_scryptsync_first', "const key = crypto.scryptSync('{V}', 'pawn-salt-v2', 32);"),
    ('java_drivermanager_getconnection_third', 'Connection c = DriverManager.getConnection("jdbc:postgresql://{H}/loans", "{U}", "{V}");'),
    ('java_commons_ftpclient_login_second', 'ftp.connect("{H}");\nftp.login("{U}", "{V}");'),
    ('java_keystore_getkey_second', 'Key k = ks.getKey("certsign", "{V}".toCharArray());'),
    ('csharp_networkcredential_ctor_second', 'client.Credentials = new NetworkCredential("{U}", "{V}");'),
    ('csharp_sshnet_sshclient_third', 'using var ssh = new SshClient("{H}", "{U}", "{V}");'),
    ('go_sql_open_mysql_dsn_colon', 'db, err := sql.Open("mysql", "{U}:{V}@tcp({H}:3306)/pawnledger")'),
    ('go_jlaffaye_ftp_login_second', 'c, _ := ftp.Dial("{H}:21")\nerr = c.Login("{U}", "{V}")'),
    ('ruby_net_ftp_login_second', "ftp = Net::FTP.new('{H}')\nftp.login('{U}', '{V}')"),
    ('php_mysqli_ctor_third', "$db = new mysqli('{H}', '{U}', '{V}', 'layaway');"),
    ('php_ftp_login_third', "$c = ftp_connect('{H}');\nftp_login($c, '{U}', '{V}');"),
    ('php_imap_open_third', "$mb = imap_open('{{H}:993/imap/ssl}INBOX', '{U}', '{V}');"),
    ('perl_dbi_connect_third', 'my $dbh = DBI->connect("dbi:Pg:dbname=loans;host={H}", "{U}", "{V}");'),
    ('perl_net_ftp_login_second', 'my $ftp = Net::FTP->new("{H}");\n$ftp->login("{U}", "{V}");'),
    ('rust_imap_client_login_second', 'let mut session = client.login("{U}", "{V}").map_err(|e| e.0)?;'),
    ('powershell_convertto_securestring_first', "$sec = ConvertTo-SecureString '{V}' -AsPlainText -Force"),
    ('vbscript_opendsobject_third', 'Set obj = dso.OpenDSObject("LDAP://{H}/OU=Stores,DC=shop", "SHOP\\{U}", "{V}", 1)'),
    ('vba_adodb_connection_open_third', 'cn.Open "Provider=SQLOLEDB;Data Source={H};Initial Catalog=Pawn", "{U}", "{V}"'),
    ('autoit_runas_third', 'RunAs("{U}", "SHOP", "{V}", 0, "C:\\Pawn\\Admin.exe")'),
    ('tsql_openrowset_semicolon_third', "SELECT * FROM OPENROWSET('SQLNCLI', '{H}';'{U}';'{V}', 'SELECT * FROM Pawn.dbo.Tickets');"),
    ('bitcoin_cli_walletpassphrase_first', '$ bitcoin-cli walletpassphrase "{V}" 60'),
    ('sqlcipher_pragma_key_quoted', "sqlite> PRAGMA key = '{V}';\nsqlite> SELECT count(*) FROM appraisals;"),
    ('bitwarden_cli_unlock_first', '$ bw unlock {V} --raw'),
    ('keepassxc_cli_stdin_echo', '$ echo {V} | keepassxc-cli show shop.kdbx "POS/backoffice"'),
    ('wildfly_add_user_lower_p', '$ ./add-user.sh -u {U} -p {V} -g admin'),
    ('wlst_connect_second', "wls:/offline> connect('{U}', '{V}', 't3://{H}:7001')"),
    ('rabbitmqadmin_lower_p_after_lower_u', '$ rabbitmqadmin -H {H} -u {U} -p {V} list queues'),
    ('couchbase_cli_lower_p_after_lower_u', '$ couchbase-cli server-info -c {H} -u {U} -p {V}'),
    ('plink_pw_flag', 'C:\\> plink -ssh {U}@{H} -pw {V} "systemctl restart pawn-sync"'),
    ('winscp_open_url_userinfo', 'C:\\> winscp.com /command "open sftp://{U}:{V}@{H}/" "get /reports/*.csv" "exit"'),
    ('git_remote_set_url_userinfo', '$ git remote set-url origin https://{U}:{V}@{H}/jewel/loan-system.git'),
    ('pgbench_uri_userinfo', '$ pgbench -c 4 -T 60 "postgresql://{U}:{V}@{H}/loans"'),
    ('ncat_proxy_auth_colon_pair', '$ ncat --proxy {H}:3128 --proxy-auth {U}:{V} feed.example.org 443'),
    ('curl_capital_u_proxy_colon_pair', '$ curl -x http://{H}:3128 -U {U}:{V} https://feed.example.org/v1/spot'),
    ('etcdctl_user_colon_pair', '$ etcdctl --endpoints https://{H}:2379 --user {U}:{V} get /pos/config'),
    ('python_kazoo_add_auth_digest_colon', "zk.add_auth('digest', '{U}:{V}')"),
    ('java_mongocredential_createcredential_third', 'MongoCredential cred = MongoCredential.createCredential("{U}", "appraisals", "{V}".toCharArray());'),
    ('kotlin_jdbi_create_third', 'val jdbi = Jdbi.create("jdbc:mysql://{H}/layaway", "{U}", "{V}")'),
    ('scala_doobie_transactor_fourth', 'val xa = Transactor.fromDriverManager[IO]("org.postgresql.Driver", "jdbc:postgresql://{H}/loans", "{U}", "{V}", None)'),
    ('tcl_ftp_open_third', 'set h [ftp::Open {H} {U} {V}]'),
    ('matlab_ftp_third', "f = ftp('{H}', '{U}', '{V}');"),
    ('telnet_session_capture_after_prompt', 'Trying {H}...\nConnected.\nlogin: {U}\nPassword: {V}\nLast login: Mon Mar  2 08:14 on ttyS0'),
]


def b64(s):
    return base64.b64encode(s.encode()).decode()


SPECIAL = [  # name, builder(user, host, pw) -> (text, value)
    ('smtp_auth_login_second_line_b64', lambda u, h, p: ('S: 220 %s ESMTP\nC: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: %s\nS: 334 UGFzc3dvcmQ6\nC: %s\nS: 235 2.7.0 Authentication successful' % (h, b64(u), b64(p)), b64(p))),
    ('xmpp_sasl_plain_auth_element_b64', lambda u, h, p: ("<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>%s</auth>" % b64('\0' + u + '\0' + p), b64('\0' + u + '\0' + p))),
    ('http_proxy_authorization_basic_b64', lambda u, h, p: ('CONNECT feed.example.org:443 HTTP/1.1\nHost: feed.example.org:443\nProxy-Authorization: Basic %s\n' % b64(u + ':' + p), b64(u + ':' + p))),
]
SUFFIXES = ['pawn_desk_shell_history', 'store_it_runbook_excerpt', 'jewellery_app_source_line', 'back_office_wire_capture']
USERS = ['pawnadmin', 'loans_svc', 'mhalloran', 'appraiser2', 'benchtech', 'svc_police', 'showroom', 'rkapoor', 'vaultops', 'dhughes']
HOSTS = ['ledger01.shop.internal', '10.20.4.15', 'nas-vault.local', 'loans-db.example.org', 'files.example.org', 'pos-gw.shop.internal', '192.168.40.11']


def generate(reg, seed=15603):
    r = random.Random(seed)
    out = []
    allsyn = [(n, t) for n, t in SYN] + SPECIAL
    for i, (name, t) in enumerate(allsyn):
        u = USERS[i % len(USERS)]; h = HOSTS[(3 * i) % len(HOSTS)]
        if callable(t):
            def mk():
                p = pw(r)
                return t(u, h, p)
            while True:
                text, v = mk()
                if reg.ok(v):
                    reg.vals.append(v); break
        else:
            v = reg.take(lambda: pw(r))
            text = t.replace('{U}', u).replace('{H}', h)
            text = text.replace('{V}', '\x00')
            text = text.replace('\x00', v)
        s = text.index(v)
        typ = P + name
        out.append(dict(type=typ, container=typ + '__' + SUFFIXES[i % 4], text=text,
                        secrets=[dict(value=v, start=s, end=s + len(v), type=typ)], source='password'))
    return out
