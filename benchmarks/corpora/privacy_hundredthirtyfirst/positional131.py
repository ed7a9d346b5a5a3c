"""Positional password syntaxes: the place in a command, file, call or protocol says it is a password."""
import random, base64
from common131 import owner_pw, norm

# (syntax, signature, template). {u} user, {h} host, {v} password.
SYNTAXES = [
    ('sqlcmd_capital_p_after_capital_u', 'sqlcmd', 'sqlcmd -S {h} -d ExciseDW -U {u} -P {v} -Q "SELECT TOP 5 * FROM returns"'),
    ('mysqldump_glued_lower_p', 'mysqldump', 'mysqldump -h {h} -u {u} -p{v} brewery_erp > erp-$(date +%F).sql'),
    ('mariadb_client_glued_lower_p', 'mariadbclient', 'mariadb -h {h} -u {u} -p{v} -e "SHOW PROCESSLIST"'),
    ('pg_dump_url_userinfo', 'pgdumppostgresql', 'pg_dump "postgresql://{u}:{v}@{h}:5432/cellar" -Fc -f cellar.dump'),
    ('lftp_u_comma_pair', 'lftpu', 'lftp -u {u},{v} sftp://{h} -e "mirror labels/ ./labels; bye"'),
    ('ncftpput_lower_p_after_u', 'ncftpput', 'ncftpput -u {u} -p {v} {h} /incoming excise_2026_04.csv'),
    ('ftp_session_pass_command', 'ftppasscommand', '220 {h} FTP ready\nUSER {u}\n331 Please specify the password.\nPASS {v}\n230 Login successful.'),
    ('smtp_auth_login_decoded_second_line', 'authlogindecoded', 'C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: (decoded) {u}\nS: 334 UGFzc3dvcmQ6\nC: (decoded) {v}\nS: 235 2.7.0 Authentication successful'),
    ('xmpp_sasl_plain_decoded_third_field', 'saslplainnul', '<auth mechanism="PLAIN"> decoded: \\0{u}\\0{v}'),
    ('ldapsearch_lower_w_after_capital_d', 'ldapsearchd', 'ldapsearch -x -H ldap://{h} -D "cn={u},dc=brewery,dc=internal" -w {v} "(uid=cellar*)"'),
    ('htpasswd_batch_fourth_positional', 'htpasswdb', 'htpasswd -b /etc/nginx/.taproom_board {u} {v}'),
    ('zip_capital_p_encrypt', 'zipp', 'zip -P {v} -r recipes-archive.zip recipes/'),
    ('sevenzip_glued_lower_p', '7zap', '7z a -p{v} -mhe=on cellar-logs.7z logs/'),
    ('openssl_enc_lower_k', 'opensslenck', 'openssl enc -aes-256-cbc -salt -k {v} -in recipe.xlsx -out recipe.xlsx.enc'),
    ('openssl_pkcs12_passout_pass', 'pkcs12passout', 'openssl pkcs12 -export -in pos.crt -inkey pos.key -out pos.p12 -passout pass:{v}'),
    ('sshpass_lower_p', 'sshpass', 'sshpass -p {v} ssh {u}@{h} "systemctl restart ferm-logger"'),
    ('plink_pw_flag', 'plinkpw', 'plink -ssh {u}@{h} -pw {v} "cat /var/log/filler.log"'),
    ('ipmitool_capital_p_after_capital_u', 'ipmitoolilanplus', 'ipmitool -I lanplus -H {h} -U {u} -P {v} chassis power status'),
    ('racadm_lower_p_after_lower_u', 'racadmr', 'racadm -r {h} -u {u} -p {v} getsysinfo'),
    ('nmcli_wifi_sec_psk_value', 'wifisecpsk', 'nmcli connection modify cellar-wifi wifi-sec.key-mgmt wpa-psk wifi-sec.psk {v}'),
    ('sqlplus_slash_at_connect', 'sqlplus', 'sqlplus {u}/{v}@//{h}:1521/ERPPDB @monthly_excise.sql'),
    ('expdp_slash_at_first_arg', 'expdp', 'expdp {u}/{v}@ERPPDB directory=DUMP_DIR dumpfile=lots.dmp schemas=WINELOTS'),
    ('mongodump_uri_userinfo', 'mongodumpuri', 'mongodump --uri="mongodb://{u}:{v}@{h}:27017/taproom?authSource=admin" --out=/backup'),
    ('keydb_cli_lower_a', 'keydbclia', 'keydb-cli -h {h} -a {v} INFO replication'),
    ('nats_url_userinfo', 'natsurl', 'nats --server nats://{u}:{v}@{h}:4222 sub "cellar.tank.*"'),
    ('celery_amqp_broker_url_userinfo', 'amqpbrokerurl', "app = Celery('packaging', broker='amqp://{u}:{v}@{h}:5672/cellar')"),
    ('cvs_pserver_root_userinfo', 'pserver', 'cvs -d :pserver:{u}:{v}@{h}:/cvsroot/recipes checkout legacy-recipes'),
    ('wget_ftp_url_userinfo', 'wgetftp', 'wget ftp://{u}:{v}@{h}/outbound/depletions.csv'),
    ('python_smtplib_login_second', 'smtplibsmtpssl', 'server = smtplib.SMTP_SSL("{h}", 465)\nserver.login("{u}", "{v}")'),
    ('python_ftplib_ftp_third_positional', 'ftplibftp', 'ftp = ftplib.FTP("{h}", "{u}", "{v}")'),
    ('python_imaplib_login_second', 'imap4ssllogin', 'm = imaplib.IMAP4_SSL("{h}")\nm.login("{u}", "{v}")'),
    ('python_ldap3_connection_third', 'ldap3connection', 'conn = ldap3.Connection(server, "uid={u},ou=cellar,dc=brewery", "{v}", auto_bind=True)'),
    ('python_paramiko_connect_fourth', 'paramikoconnect', 'client.connect("{h}", 22, "{u}", "{v}")'),
    ('python_requests_auth_tuple_second', 'requestsauthtuple', 'resp = requests.get("https://{h}/api/kegs", auth=("{u}", "{v}"), timeout=10)'),
    ('python_httpbasicauth_second', 'httpbasicauth', 'session.auth = HTTPBasicAuth("{u}", "{v}")'),
    ('python_aiohttp_basicauth_second', 'aiohttpbasicauth', 'auth = aiohttp.BasicAuth("{u}", "{v}")'),
    ('python_pika_plaincredentials_second', 'plaincredentials', 'creds = pika.PlainCredentials("{u}", "{v}")'),
    ('python_asyncpg_dsn_userinfo', 'asyncpgconnect', 'conn = await asyncpg.connect("postgres://{u}:{v}@{h}/brewlog")'),
    ('python_mysqldb_connect_third_positional', 'mysqldbconnect', 'db = MySQLdb.connect("{h}", "{u}", "{v}", "taproom")'),
    ('python_ibm_db_connect_third', 'ibmdbconnect', 'conn = ibm_db.connect("DATABASE=ERP;HOSTNAME={h};PORT=50000;PROTOCOL=TCPIP;", "{u}", "{v}")'),
    ('python_jaydebeapi_list_second', 'jaydebeapi', 'conn = jaydebeapi.connect("org.h2.Driver", "jdbc:h2:tcp://{h}/lots", ["{u}", "{v}"], "h2.jar")'),
    ('python_pikepdf_open_second', 'pikepdfopen', 'pdf = pikepdf.open("ttb_5130_9_signed.pdf", "{v}")'),
    ('python_pypdf_decrypt_arg', 'pypdfdecrypt', 'reader = PdfReader("label_approval.pdf")\nreader.decrypt("{v}")'),
    ('php_mysqli_connect_third', 'mysqliconnect', '$db = mysqli_connect("{h}", "{u}", "{v}", "wineclub");'),
    ('php_ftp_login_third', 'phpftplogin', '$conn = ftp_connect("{h}");\nftp_login($conn, "{u}", "{v}");'),
    ('php_ldap_bind_third', 'ldapbind', 'ldap_bind($ds, "uid={u},ou=staff,dc=winery", "{v}");'),
    ('ruby_net_ftp_login_second', 'rubynetftp', 'ftp = Net::FTP.new("{h}")\nftp.login("{u}", "{v}")'),
    ('ruby_pg_connect_seventh_positional', 'pgconnectseventh', 'conn = PG.connect("{h}", 5432, nil, nil, "cellar", "{u}", "{v}")'),
    ('perl_net_ftp_login_second', 'perlnetftp', 'my $ftp = Net::FTP->new("{h}");\n$ftp->login("{u}", "{v}");'),
    ('perl_net_smtp_auth_second', 'netsmtpauth', 'my $smtp = Net::SMTP->new("{h}", SSL => 1);\n$smtp->auth("{u}", "{v}");'),
    ('node_sequelize_third_positional', 'sequelize', "const sequelize = new Sequelize('taproom', '{u}', '{v}', {{ host: '{h}', dialect: 'mysql' }});"),
    ('node_nodemailer_smtps_url_userinfo', 'nodemailersmtps', "const transport = nodemailer.createTransport('smtps://{u}:{v}@{h}');"),
    ('node_mqtt_connect_url_userinfo', 'mqttjsconnect', "const client = mqtt.connect('mqtts://{u}:{v}@{h}:8883');"),
    ('go_mysql_dsn_userinfo_tcp', 'gosqlopenmysql', 'db, err := sql.Open("mysql", "{u}:{v}@tcp({h}:3306)/brewery?parseTime=true")'),
    ('go_jlaffaye_ftp_login_second', 'jlaffayeftplogin', 'c, _ := ftp.Dial("{h}:21")\nerr = c.Login("{u}", "{v}")'),
    ('go_ssh_password_auth_method', 'sshauthmethodpw', 'Auth: []ssh.AuthMethod{{ssh.Password("{v}")}},'),
    ('java_drivermanager_getconnection_third', 'drivermanager', 'Connection c = DriverManager.getConnection("jdbc:postgresql://{h}/lots", "{u}", "{v}");'),
    ('csharp_fluentftp_ftpclient_third', 'fluentftp', 'var client = new FtpClient("{h}", "{u}", "{v}");'),
    ('powershell_convertto_securestring_first', 'converttosecurestring', '$sec = ConvertTo-SecureString "{v}" -AsPlainText -Force'),
    ('net_use_password_after_share', 'netuseuser', 'net use \\\\{h}\\labels {v} /user:BREWERY\\{u} /persistent:no'),
    ('ovftool_vi_url_userinfo', 'ovftool', 'ovftool --acceptAllEulas pos-appliance.ova "vi://{u}:{v}@{h}/Taproom/host/cluster1"'),
    ('httpie_lower_a_colon_pair', 'httpiea', 'http -a {u}:{v} GET https://{h}/api/depletions'),
    ('podman_login_lower_p', 'podmanloginp', 'podman login -u {u} -p {v} registry.brewery.internal'),
    ('vncpasswd_filter_stdin', 'vncpasswdf', 'echo "{v}" | vncpasswd -f > /home/{u}/.vnc/passwd'),
    ('passwd_stdin_flag_pipe', 'passwdstdin', 'echo "{v}" | passwd --stdin {u}'),
    ('mkpasswd_method_positional', 'mkpasswdm', 'mkpasswd -m sha-512 {v}'),
    ('openssl_passwd_six_positional', 'opensslpasswd6', 'openssl passwd -6 {v}'),
    ('ejabberdctl_register_third', 'ejabberdctlregister', 'ejabberdctl register {u} chat.brewery.internal {v}'),
    ('prosodyctl_register_third', 'prosodyctlregister', 'prosodyctl register {u} xmpp.winery.internal {v}'),
    ('synapse_register_user_lower_p', 'registernewmatrixuser', 'register_new_matrix_user -u {u} -p {v} --no-admin -c homeserver.yaml'),
    ('couchdb_local_ini_admins_value', 'couchdbadmins', '[admins]\n{u} = {v}\n'),
    ('pap_secrets_third_column', 'papsecrets', '# /etc/ppp/pap-secrets\n# client   server  secret   IP\n{u}   *   "{v}"   *'),
    ('pgbouncer_userlist_second_quoted', 'userlisttxt', '; /etc/pgbouncer/userlist.txt\n"{u}" "{v}"'),
    ('exim_passwd_client_third_field', 'passwdclient', '# /etc/exim4/passwd.client\n{h}:{u}:{v}'),
    ('postfix_sasl_passwd_after_colon', 'saslpasswd', '# /etc/postfix/sasl_passwd\n[{h}]:587 {u}:{v}'),
    ('proxychains_fifth_field', 'proxychains', '[ProxyList]\nhttp 10.50.0.2 3128 {u} {v}'),
    ('ios_snmp_server_community_positional', 'snmpservercommunity', 'snmp-server community {v} RO 20\nsnmp-server location cellar-rack-2'),
    ('ios_key_chain_key_string', 'keystring', 'key chain CELLAR-OSPF\n key 1\n  key-string {v}'),
    ('at_qmtconn_fourth_param', 'atqmtconn', 'AT+QMTOPEN=0,"{h}",1883\nAT+QMTCONN=0,"fv12-probe","{u}","{v}"\n+QMTCONN: 0,0,0'),
    ('at_cmqttconnect_sixth_param', 'atcmqttconnect', 'AT+CMQTTCONNECT=0,"tcp://{h}:1883",60,1,"{u}","{v}"'),
    ('at_cwjap_second_param', 'atcwjap', 'AT+CWJAP="brewhouse-2g","{v}"\nWIFI CONNECTED\nOK'),
    ('at_mqttusercfg_fifth_param', 'atmqttusercfg', 'AT+MQTTUSERCFG=0,1,"brite-7","{u}","{v}",0,0,""'),
    ('arduino_wifi_begin_second', 'wifibegin', 'WiFi.begin("cellar-iot", "{v}");'),
    ('micropython_wlan_connect_second', 'wlanconnect', "wlan.connect('glycol-room', '{v}')"),
    ('pubsubclient_connect_third', 'pubsubclientconnect', 'if (mqtt.connect("ferm-probe-3", "{u}", "{v}")) {{ mqtt.subscribe("cellar/fv3/set"); }}'),
    ('irc_nickserv_identify_argument', 'nickservidentify', '/msg NickServ IDENTIFY {v}'),
    ('qpdf_encrypt_user_password_first', 'qpdfencrypt', 'qpdf --encrypt {v} "" 256 -- price_list.pdf price_list_locked.pdf'),
    ('gpg_passphrase_fd_zero_pipe', 'passphrasefd0', 'echo "{v}" | gpg --batch --yes --passphrase-fd 0 -d payroll.csv.gpg'),
    ('ccrypt_capital_k', 'ccryptk', 'ccrypt -e -K {v} tank_calibration.csv'),
    ('apksigner_ks_pass_pass', 'apksignerkspass', 'apksigner sign --ks taproom.jks --ks-pass pass:{v} app-release.apk'),
    ('security_unlock_keychain_lower_p', 'unlockkeychain', 'security unlock-keychain -p {v} ~/Library/Keychains/ci.keychain-db'),
    ('security_import_capital_p', 'securityimport', 'security import dist.p12 -k ci.keychain-db -P {v} -T /usr/bin/codesign'),
    ('altool_lower_p_after_lower_u', 'altool', 'xcrun altool --upload-app -f TapList.ipa -t ios -u {u}@brewery.example.com -p {v}'),
    ('nodetool_pw_after_lower_u', 'nodetoolpw', 'nodetool -h {h} -u {u} -pw {v} status'),
    ('cypher_shell_lower_p', 'cyphershell', 'cypher-shell -a neo4j://{h}:7687 -u {u} -p {v} "MATCH (n:Hop) RETURN count(n)"'),
    ('sybase_isql_glued_capital_p', 'isqlglued', 'isql -U{u} -P{v} -SERPSYB -w 200'),
    ('restic_rest_repo_url_userinfo', 'resticrest', 'restic -r rest:https://{u}:{v}@{h}:8000/cellar backup /srv/brewlog'),
    ('sp_addlogin_second_argument', 'spaddlogin', "EXEC sp_addlogin 'taproom_report', '{v}', 'TaproomDW';"),
    ('vba_workbooks_open_fifth_argument', 'workbooksopen', 'Set wb = Workbooks.Open("\\\\{h}\\excise\\April.xlsx", , , , "{v}")'),
    ('vba_worksheet_unprotect_argument', 'unprotect', 'Worksheets("Blend").Unprotect "{v}"'),
    ('tcl_expect_send_after_prompt', 'expectsend', 'spawn ssh {u}@{h}\nexpect "assword:"\nsend "{v}\\r"\ninteract'),
    ('mycli_mysql_url_userinfo', 'myclimysql', 'mycli mysql://{u}:{v}@{h}:3306/bottling'),
    ('dbi_odbc_connect_third', 'dbiodbcconnect', 'my $dbh = DBI->connect("dbi:ODBC:ExciseDSN", "{u}", "{v}");'),
    ('rust_postgres_conninfo_url', 'tokiopostgresconnect', 'let (client, conn) = tokio_postgres::connect("postgres://{u}:{v}@{h}/lots", NoTls).await?;'),
    ('java_jsch_setpassword_argument', 'jschsetpw', 'Session s = jsch.getSession("{u}", "{h}", 22);\ns.setPassword("{v}");'),
    ('curl_smtp_user_colon_pair', 'curlsmtpuser', 'curl --ssl-reqd smtp://{h}:587 --mail-from orders@winery.example.org --mail-rcpt club@winery.example.org --user {u}:{v} -T order.eml'),
    ('dotnet_smtpclient_networkcredential_ctor', 'smtpclientctor', 'var smtp = new SmtpClient("{h}") {{ Credentials = new System.Net.NetworkCredential("{u}", "{v}") }};'),
]

SUFFIXES = ['cellar_ops_shell_history', 'brewery_config_file_excerpt', 'beverage_backend_source_line', 'taproom_network_capture_decoded']
USERS = ['brewer', 'cellar', 'taproom', 'excise', 'packaging', 'vintner', 'labeler', 'distro', 'kegops', 'qa_lab']
HOSTS = ['db.brewery.internal', 'cellar-gw.example.net', '10.12.0.20', '192.0.2.45', 'erp.winery.internal', 'files.example.org', 'mq.cellar.internal', '198.51.100.7']

def build(seed, uniq, deny_tokens):
    r = random.Random(seed)
    out, dropped, sigs = [], [], set()
    tok = list(deny_tokens)
    for i, (syn, sig, tpl) in enumerate(SYNTAXES):
        s = norm(sig)
        if s in sigs or any(s in t for t in tok):
            dropped.append((syn, s))
            continue
        sigs.add(s)
        v = uniq.take(lambda: owner_pw(r))
        text = tpl.replace('{u}', r.choice(USERS)).replace('{h}', r.choice(HOSTS))
        text = text.replace('{{', '{').replace('}}', '}')
        a = text.index('{v}')
        text = text.replace('{v}', v)
        t = 'bvpw_' + syn
        out.append(dict(type=t, container=t + '__' + SUFFIXES[len(out) % 4], text=text,
                        secrets=[dict(value=v, start=a, end=a + len(v), type=t)], source='password'))
    return out, dropped
