"""Positional password syntaxes: the place of the value says it is a password."""
import base64, random
from gen150 import G, fill

B = lambda s: base64.b64encode(s.encode()).decode()

# (syntax, template, kind) kind: 'pw' plain password; 'b64up' base64 of user:pw;
# 'b64plain' base64 of \0user\0pw; 'b64pw' base64 of pw alone; 'snmp' community string
S = [
    ('mysqladmin_glued_lower_p', 'mysqladmin -u pmsops -p{V} -h 10.40.2.11 flush-hosts', 'pw'),
    ('mysqlcheck_glued_lower_p', 'mysqlcheck -u dba -p{V} --all-databases --check-upgrade', 'pw'),
    ('mysqlshow_glued_lower_p', 'mysqlshow -u frames -p{V} frame_inventory', 'pw'),
    ('mysqlsh_uri_userinfo', 'mysqlsh --uri optica:{V}@labdb.internal:3306 --sql', 'pw'),
    ('unixodbc_isql_third_positional', 'isql -v OptPmsDSN pmsread {V}', 'pw'),
    ('mssql_bcp_capital_p_after_capital_u', 'bcp dbo.Patients out patients.dat -S pms-sql01 -U exportsvc -P {V} -c', 'pw'),
    ('sqlcmd_capital_p_after_capital_u', 'sqlcmd -S tcp:pms-sql01,1433 -U recallsvc -P {V} -Q "EXEC dbo.RecallQueue"', 'pw'),
    ('mongodump_uri_userinfo', 'mongodump --uri "mongodb://tryon:{V}@mongo-1.internal:27017/vto" --gzip', 'pw'),
    ('mongoexport_lower_p_after_lower_u', 'mongoexport -u reports -p {V} --db lab --collection jobs --out jobs.json', 'pw'),
    ('lftp_lower_u_comma_pair', 'lftp -u tracerftp,{V} ftp://lab-upload.example.com -e "mirror -R jobs/ /in; quit"', 'pw'),
    ('wget_ftp_url_userinfo', 'wget -r ftp://edger:{V}@10.40.7.20/vca/', 'pw'),
    ('hydra_lower_p_single', 'hydra -l admin -p {V} 10.40.9.3 http-get /', 'pw'),
    ('evil_winrm_lower_p_after_lower_u', 'evil-winrm -i 10.40.1.5 -u pmsadmin -p {V}', 'pw'),
    ('psexec_lower_p_after_lower_u', 'psexec \\\\EXAM-PC-04 -u CLINIC\\svc_oct -p {V} cmd /c ipconfig', 'pw'),
    ('cmdkey_pass_colon_after_user', 'cmdkey /add:fundus-share.clinic.local /user:CLINIC\\imaging /pass:{V}', 'pw'),
    ('net_use_positional_before_user_switch', 'net use Z: \\\\lab-nas\\tracer {V} /user:LAB\\tracer /persistent:yes', 'pw'),
    ('mount_cifs_user_percent_pair', 'mount -t cifs //lab-nas/jobs /mnt/jobs -o user=labsvc%{V},vers=3.0', 'pw'),
    ('smbmap_lower_p_after_lower_u', 'smbmap -H 10.40.7.21 -u scanner -p {V} -d LAB', 'pw'),
    ('enum4linux_lower_p_after_lower_u', 'enum4linux -u frontdesk -p {V} -a 10.40.1.9', 'pw'),
    ('pscp_pw_flag', 'pscp -pw {V} C:\\Export\\rx.csv labsftp@sftp.lab.example.com:/in/', 'pw'),
    ('plink_pw_flag', 'plink -ssh -batch -l pi -pw {V} 10.40.5.30 "sudo systemctl restart frameboard"', 'pw'),
    ('winscp_open_sftp_url_userinfo', 'winscp.com /command "open sftp://eligibility:{V}@sftp.payer.example.com/" "put 834.txt" "exit"', 'pw'),
    ('duplicity_ftp_target_userinfo', 'duplicity /srv/pms-backup ftp://backup:{V}@nas.clinic.internal/pms', 'pw'),
    ('davfs2_secrets_third_column', '# /etc/davfs2/secrets\nhttps://dav.lab.example.com/rx  labdav  {V}', 'pw'),
    ('pap_secrets_third_column', '# /etc/ppp/pap-secrets\nstore114  *  {V}  *', 'pw'),
    ('strongswan_ipsec_secrets_psk_quoted', '# /etc/ipsec.secrets\n203.0.113.14 198.51.100.2 : PSK "{V}"', 'pw'),
    ('htpasswd_batch_third_positional', 'htpasswd -b /etc/nginx/.htpasswd-tryon reviewer {V}', 'pw'),
    ('chpasswd_stdin_colon_pair', "echo 'optometrist:{V}' | sudo chpasswd", 'pw'),
    ('vncpasswd_stdin_filter', 'echo {V} | vncpasswd -f > /home/pi/.vnc/passwd', 'pw'),
    ('gpg_passphrase_fd_zero_echo', 'echo {V} | gpg --batch --passphrase-fd 0 -d claims-0613.csv.gpg > claims.csv', 'pw'),
    ('sevenzip_glued_lower_p', '7z a -p{V} -mhe=on oct-export-0613.7z ./oct/', 'pw'),
    ('openssl_enc_lower_k', 'openssl enc -aes-256-cbc -salt -k {V} -in rx_batch.csv -out rx_batch.enc', 'pw'),
    ('openssl_pkcs12_export_passout_pass_prefix', 'openssl pkcs12 -export -in dicom.crt -inkey dicom.key -out dicom.p12 -passout pass:{V}', 'pw'),
    ('keytool_storepass_flag', 'keytool -list -keystore eligibility.jks -storepass {V}', 'pw'),
    ('pdftk_input_pw_keyword', 'pdftk lab_invoice_0613.pdf input_pw {V} output invoice_open.pdf', 'pw'),
    ('veracrypt_lower_p_flag', 'veracrypt --text --mount /dev/sdb1 /mnt/phi -p {V} --pim=0 --non-interactive', 'pw'),
    ('arj_glued_lower_g', 'arj a -g{V} frames_2024.arj *.csv', 'pw'),
    ('megacmd_login_second_positional', 'mega-login marketing@optical.example.com {V}', 'pw'),
    ('podman_login_lower_p_after_lower_u', 'podman login -u robot$tryon -p {V} registry.example.com', 'pw'),
    ('oras_login_lower_p_after_lower_u', 'oras login -u ci-bot -p {V} harbor.lab.internal', 'pw'),
    ('cloudfoundry_cf_login_lower_p', 'cf login -a https://api.cf.example.com -u deployer -p {V} -o optical -s prod', 'pw'),
    ('openshift_oc_login_lower_p', 'oc login https://api.ocp.lab.internal:6443 -u labdev -p {V}', 'pw'),
    ('azure_acr_login_lower_p', 'az acr login -n opticalacr -u opticalacr -p {V}', 'pw'),
    ('mosquitto_pub_capital_p_after_lower_u', 'mosquitto_pub -h broker.lab.internal -u edger07 -P {V} -t lab/edger/07/status -m ok', 'pw'),
    ('mosquitto_sub_capital_p_after_lower_u', 'mosquitto_sub -h 10.40.3.3 -u dash -P {V} -t "clinic/+/vf/#"', 'pw'),
    ('keydb_cli_lower_a', 'keydb-cli -h cache.tryon.internal -a {V} info replication', 'pw'),
    ('nats_cli_server_url_userinfo', 'nats --server nats://labjobs:{V}@nats.lab.internal:4222 sub "jobs.>"', 'pw'),
    ('amqp_publish_url_userinfo', 'amqp-publish -u amqp://orders:{V}@rabbit.lab.internal:5672/%2f -r lab.orders -b @order.json', 'pw'),
    ('snmpwalk_lower_c_community', 'snmpwalk -v2c -c {V} 10.40.0.1 1.3.6.1.2.1.1', 'pw'),
    ('snmpwalk_v3_capital_a_auth_phrase', 'snmpwalk -v3 -l authNoPriv -u monitor -a SHA -A {V} 10.40.0.2 sysUpTime', 'pw'),
    ('cisco_snmp_server_community_second', 'snmp-server community {V} RO 10\nsnmp-server location Store-114', 'pw'),
    ('ipmitool_capital_p_after_capital_u', 'ipmitool -I lanplus -H 10.40.0.50 -U ADMIN -P {V} chassis power status', 'pw'),
    ('racadm_lower_p_after_lower_u', 'racadm -r 10.40.0.51 -u root -p {V} getsysinfo', 'pw'),
    ('jdbc_oracle_thin_slash_logon', 'jdbc:oracle:thin:claims/{V}@//ora.lab.internal:1521/CLAIMS', 'pw'),
    ('sqlalchemy_create_engine_url_userinfo', 'engine = create_engine("mssql+pyodbc://bi_reader:{V}@OptDW")', 'pw'),
    ('prisma_datasource_url_userinfo', 'datasource db {\n  provider = "postgresql"\n  url      = "postgresql://store:{V}@pg.shop.internal:5432/eyewear"\n}', 'pw'),
    ('knex_connection_url_userinfo', "const db = knex({ client: 'pg', connection: 'postgres://frames:{V}@pg.internal/frames' });", 'pw'),
    ('go_mysql_dsn_userinfo_before_tcp', 'db, err := sql.Open("mysql", "lab:{V}@tcp(10.40.2.12:3306)/labjobs")', 'pw'),
    ('go_amqp_dial_url_userinfo', 'conn, err := amqp.Dial("amqp://edgers:{V}@rabbit.lab.internal:5672/")', 'pw'),
    ('node_nodemailer_smtps_url_userinfo', "const t = nodemailer.createTransport('smtps://recall%40clinic.example.com:{V}@smtp.example.com');", 'pw'),
    ('node_ioredis_url_empty_user', "const redis = new Redis('redis://:{V}@cache.shop.internal:6379/1');", 'pw'),
    ('ruby_redis_url_empty_user', "REDIS = Redis.new(url: 'redis://:{V}@10.40.2.30:6379/0')", 'pw'),
    ('python_pymongo_uri_userinfo', 'client = MongoClient("mongodb://vto_app:{V}@mongo-1.internal/vto?authSource=admin")', 'pw'),
    ('python_paramiko_connect_fourth', 'ssh.connect("10.40.5.30", 22, "pi", "{V}")', 'pw'),
    ('python_ftplib_login_second', 'ftp = ftplib.FTP("10.40.7.20")\nftp.login("tracer", "{V}")', 'pw'),
    ('python_poplib_pass_underscore', 'box = poplib.POP3_SSL("pop.example.com")\nbox.user("rx-inbox@clinic.example.com")\nbox.pass_("{V}")', 'pw'),
    ('python_mysqldb_connect_third', 'conn = MySQLdb.connect("10.40.2.11", "pmsread", "{V}", "officemate")', 'pw'),
    ('python_requests_auth_tuple_second', 'r = requests.get(LAB_URL + "/jobs", auth=("store114", "{V}"), timeout=10)', 'pw'),
    ('python_aiohttp_basicauth_second', 'auth = aiohttp.BasicAuth("vf-sync", "{V}")', 'pw'),
    ('python_redis_ctor_fourth', 'r = redis.Redis("cache.lab.internal", 6379, 0, "{V}")', 'pw'),
    ('python_ldap3_connection_third', "conn = Connection(server, 'CN=svc-pms,OU=Svc,DC=clinic,DC=local', '{V}', auto_bind=True)", 'pw'),
    ('python_winrm_session_auth_tuple', "s = winrm.Session('exam-pc-04', auth=('CLINIC\\\\octsvc', '{V}'))", 'pw'),
    ('python_keyring_set_third', 'keyring.set_password("labportal", "store114", "{V}")', 'pw'),
    ('python_pexpect_sendline_after_prompt', "child.expect('Password:')\nchild.sendline('{V}')", 'pw'),
    ('java_jedis_auth_first', 'jedis.auth("{V}");', 'pw'),
    ('java_commons_net_ftp_login_second', 'ftp.login("labftp", "{V}");', 'pw'),
    ('java_password_authentication_chararray', 'return new PasswordAuthentication("mailer", "{V}".toCharArray());', 'pw'),
    ('csharp_networkcredential_second', 'client.Credentials = new NetworkCredential("recall@clinic.example.com", "{V}");', 'pw'),
    ('csharp_sshnet_sftpclient_fourth', 'using var sftp = new SftpClient("sftp.payer.example.com", 22, "elig834", "{V}");', 'pw'),
    ('go_x_crypto_ssh_password_authmethod', 'Auth: []ssh.AuthMethod{ssh.Password("{V}")},', 'pw'),
    ('go_jlaffaye_ftp_login_second', 'if err := c.Login("tracer", "{V}"); err != nil {', 'pw'),
    ('ruby_net_pop3_start_fourth', "Net::POP3.start('pop.example.com', 110, 'orders@lab.example.com', '{V}') do |pop|", 'pw'),
    ('ruby_faraday_basic_auth_fourth', "conn.request :authorization, :basic, 'store114', '{V}'", 'pw'),
    ('php_ftp_login_third', '$ok = ftp_login($conn, "tracer", "{V}");', 'pw'),
    ('php_imap_open_third', '$mbox = imap_open("{imap.example.com:993/imap/ssl}INBOX", "rx@clinic.example.com", "{V}");', 'pw'),
    ('php_redis_auth_first', '$redis->auth("{V}");', 'pw'),
    ('perl_dbi_connect_third', 'my $dbh = DBI->connect("dbi:Pg:dbname=lab;host=10.40.2.14", "labro", "{V}");', 'pw'),
    ('perl_net_ftp_login_second', '$ftp->login("edger", "{V}") or die $ftp->message;', 'pw'),
    ('rust_suppaftp_login_second', 'ftp.login("tracer", "{V}")?;', 'pw'),
    ('lua_resty_redis_auth_first', 'local ok, err = red:auth("{V}")', 'pw'),
    ('powershell_convertto_securestring_first', '$sec = ConvertTo-SecureString "{V}" -AsPlainText -Force\n$cred = New-Object PSCredential("CLINIC\\svc_vf", $sec)', 'pw'),
    ('expect_send_after_assword_prompt', 'expect "assword:"\nsend "{V}\\r"', 'pw'),
    ('pop3_pass_command', 'S: +OK POP3 ready\nC: USER rx-inbox\nS: +OK\nC: PASS {V}\nS: +OK maildrop has 3 messages', 'pw'),
    ('ftp_control_channel_pass_line', '220 LabFTP ready\nUSER tracer07\n331 Password required\nPASS {V}\n230 Logged in', 'pw'),
    ('nntp_authinfo_pass_line', 'AUTHINFO USER optgroup\n381 more authentication required\nAUTHINFO PASS {V}\n281 Ok', 'pw'),
    ('smtp_auth_login_second_b64_line', 'C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: cmVjYWxs\nS: 334 UGFzc3dvcmQ6\nC: {V}\nS: 235 2.7.0 Authentication successful', 'b64pw'),
    ('http_proxy_authorization_basic_b64', 'CONNECT lab.example.com:443 HTTP/1.1\nProxy-Authorization: Basic {V}\n', 'b64up'),
    ('xmpp_sasl_plain_auth_element', "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>{V}</auth>", 'b64plain'),
    ('imap_authenticate_plain_continuation', 'a1 AUTHENTICATE PLAIN\n+\n{V}\na1 OK authenticated', 'b64plain'),
    ('exim_passwd_client_third_field', '# /etc/exim4/passwd.client\nsmtp.example.com:recall@clinic.example.com:{V}', 'pw'),
    ('ntp_keys_file_third_column', '# /etc/ntp.keys\n1 M {V}', 'pw'),
    ('pam_ldap_secret_file_sole_line', '$ cat /etc/ldap.secret\n{V}\n$', 'pw'),
]

SUFFIXES = ['optician_workstation_shell_history', 'lab_server_config_excerpt',
            'pms_integration_source_line', 'clinic_network_capture_text']
USERS = ['recall', 'tracer07', 'labsvc', 'optom', 'frontdesk', 'store114']


def build(seed, used):
    r = random.Random(seed)
    g = G(r, used)
    recs = []
    for i, (syn, tpl, kind) in enumerate(S):
        def gen():
            p = g.password()
            if kind == 'pw':
                return p
            u = r.choice(USERS)
            if kind == 'b64up':
                return B(u + ':' + p)
            if kind == 'b64plain':
                return base64.b64encode(b'\0' + u.encode() + b'\0' + p.encode()).decode()
            return B(p)
        v = g.fresh(gen)
        t = 'eypw_' + syn
        text, s, e = fill(tpl, v)
        recs.append({'type': t, 'container': t + '__' + SUFFIXES[i % 4], 'text': text,
                     'secrets': [{'value': v, 'start': s, 'end': e, 'type': t}], 'source': 'password'})
    return recs
