import random, base64
from common141 import *
# (syntax, signature, template)  {V} = password
S = [
 ('mysqlshow_glued_p', 'mysqlshow', 'mysqlshow -u office -p{V} parish_db'),
 ('mysqlimport_glued_p', 'mysqlimport', 'mysqlimport --local -u giving -p{V} giving donations.csv'),
 ('mysqlslap_glued_p', 'mysqlslap', 'mysqlslap -u bench -p{V} --concurrency=20 --iterations=3'),
 ('pg_dump_uri_userinfo', 'pgdump', 'pg_dump "postgresql://chms:{V}@db.parish.internal:5432/members" > members.sql'),
 ('pg_restore_dbname_uri', 'pgrestore', 'pg_restore -d "postgresql://restore:{V}@10.40.0.12/members_stage" members.dump'),
 ('memtier_benchmark_lower_a', 'memtierbenchmark', 'memtier_benchmark -s 10.40.0.20 -a {V} --ratio=1:10'),
 ('rabbitmqctl_add_user_third', 'rabbitmqctladduser', 'rabbitmqctl add_user checkin {V}'),
 ('rabbitmqctl_change_password_third', 'rabbitmqctlchangepassword', 'rabbitmqctl change_password giving {V}'),
 ('rabbitmqadmin_lower_p', 'rabbitmqadmin', 'rabbitmqadmin -H mq.parish.internal -u ops -p {V} list queues'),
 ('influx_v1_password_flag', 'influxv1password', 'influx -host 10.40.0.30 -username grafana -password {V} -database stream'),
 ('clickhouse_client_password_flag', 'clickhouseclient', 'clickhouse-client --host ch.parish.internal --user analyst --password {V}'),
 ('vsql_lower_w', 'vsql', 'vsql -h vertica.example.org -U dbadmin -w {V} -d giving'),
 ('nzsql_pw_flag', 'nzsql', 'nzsql -host nz.example.net -u admin -pw {V} -d donors'),
 ('gsec_add_pw', 'gsec', 'gsec -user SYSDBA -password masterkey -add usher -pw {V}'),
 ('mongosh_lower_p', 'mongosh', 'mongosh --host 10.40.0.50 -u checkin -p {V} --authenticationDatabase admin'),
 ('cqlsh_lower_p', 'cqlsh', 'cqlsh cass.parish.internal -u cassandra -p {V}'),
 ('mysqlsh_uri_userinfo', 'mysqlsh', 'mysqlsh --uri tithe:{V}@10.40.0.14:3306'),
 ('xfreerdp_slash_p', 'xfreerdp', 'xfreerdp /v:10.50.0.10 /u:projection /p:{V} /f'),
 ('rdesktop_lower_p', 'rdesktop', 'rdesktop -u media -p {V} 10.50.0.11'),
 ('x11vnc_passwd_flag', 'x11vnc', 'x11vnc -display :0 -forever -passwd {V}'),
 ('ncftp_lower_p', 'ncftpgetp', 'ncftpget -u bulletin -p {V} ftp.example.org . /pub/bulletin.pdf'),
 ('ncftpput_lower_p', 'ncftpput', 'ncftpput -u podcast -p {V} ftp.example.net /sermons sermon-0329.mp3'),
 ('rclone_obscure_positional', 'rcloneobscure', 'rclone obscure {V}'),
 ('zip_capital_p', 'zipcapitalp', 'zip -P {V} donors-2026.zip donors-2026.csv'),
 ('unzip_capital_p', 'unzipcapitalp', 'unzip -P {V} volunteer-forms.zip'),
 ('rar_glued_hp', 'rarhp', 'rar a -hp{V} baptism-records.rar records/'),
 ('unrar_glued_p', 'unrarx', 'unrar x -p{V} youth-photos.rar'),
 ('gpg_passphrase_fd_stdin', 'passphrasefd', 'echo "{V}" | gpg --batch --passphrase-fd 0 -d giving-export.csv.gpg'),
 ('qpdf_encrypt_owner_second', 'qpdfencrypt', "qpdf --encrypt '' {V} 256 -- directory.pdf directory-locked.pdf"),
 ('racoon_psk_txt_second_field', 'pskt', '# /etc/racoon/psk.txt\n203.0.113.44    {V}'),
 ('openvpn_auth_user_pass_second_line', 'authuserpass', '# /etc/openvpn/campus.auth (auth-user-pass)\nnorthcampus\n{V}'),
 ('wpa_cli_set_network_psk', 'wpaclisetnetwork', 'wpa_cli -i wlan0 set_network 0 psk \'"{V}"\''),
 ('net_user_add_positional', 'netuseradd', 'net user kiosk02 {V} /add'),
 ('dsadd_user_pwd', 'dsadduser', 'dsadd user "CN=Greeter,OU=Volunteers,DC=parish,DC=local" -pwd {V}'),
 ('ldappasswd_lower_s', 'ldappasswd', 'ldappasswd -x -D cn=admin,dc=parish,dc=org -W -s {V} uid=usher,ou=people,dc=parish,dc=org'),
 ('ldapmodify_lower_w', 'ldapmodify', 'ldapmodify -x -D cn=admin,dc=parish,dc=org -w {V} -f add-deacons.ldif'),
 ('ldapadd_lower_w', 'ldapadd', 'ldapadd -x -D cn=admin,dc=temple,dc=org -w {V} -f volunteers.ldif'),
 ('smbpasswd_stdin_printf', 'smbpasswds', "P='{V}'; printf '%s\\n%s\\n' \"$P\" \"$P\" | smbpasswd -s -a avteam"),
 ('rsyncd_secrets_colon_pair', 'rsyncdsecrets', '# /etc/rsyncd.secrets\nsermons:{V}'),
 ('pgpass_fifth_field', 'pgpass', '# ~/.pgpass\ndb.parish.internal:5432:members:chms:{V}'),
 ('git_credentials_file_userinfo', 'gitcredentials', '# ~/.git-credentials\nhttps://webteam:{V}@git.parish.example.org'),
 ('saslpasswd2_stdin', 'saslpasswd2', 'echo {V} | saslpasswd2 -p -c -u mail.parish.org newsletter'),
 ('radtest_second_positional', 'radtest', 'radtest greeter {V} 10.60.0.2 0 testing123'),
 ('iax2_dial_url_userinfo', 'iax2', 'exten => 100,1,Dial(IAX2/prayerline:{V}@pbx.example.net/200)'),
 ('linphonec_register_third', 'linphonecregister', 'linphonec> register sip:office@sip.example.org sip:proxy.example.org {V}'),
 ('mosquitto_passwd_batch_third', 'mosquittopasswd', 'mosquitto_passwd -b /etc/mosquitto/passwd kiosk {V}'),
 ('emqx_ctl_users_add_second', 'emqxctl', 'emqx_ctl users add checkin-kiosk {V}'),
 ('snmpwalk_lower_c', 'snmpwalk', 'snmpwalk -v2c -c {V} 10.60.0.1 ifDescr'),
 ('snmpget_lower_c', 'snmpget', 'snmpget -v2c -c {V} 10.60.0.3 sysUpTime.0'),
 ('snmpbulkwalk_v3_capital_a', 'snmpbulkwalk', 'snmpbulkwalk -v3 -l authNoPriv -u monitor -a SHA -A {V} 10.60.0.4'),
 ('medusa_lower_p', 'medusa', 'medusa -h 10.60.0.9 -u admin -p {V} -M ssh'),
 ('impacket_secretsdump_target_pair', 'secretsdump', 'secretsdump.py PARISH/backup:{V}@10.60.0.5'),
 ('impacket_wmiexec_target_pair', 'wmiexec', 'wmiexec.py PARISH/itadmin:{V}@10.60.0.6 hostname'),
 ('netexec_smb_lower_p', 'netexec', 'nxc smb 10.60.0.0/24 -u helpdesk -p {V}'),
 ('winrs_p_colon', 'winrs', 'winrs -r:kiosk01 -u:kioskadmin -p:{V} ipconfig'),
 ('mpc_host_password_at', 'mpch', 'mpc -h {V}@10.70.0.4 play'),
 ('ffmpeg_rtmp_url_stream_key_segment', 'rtmplive2', 'ffmpeg -i input.mp4 -c copy -f flv rtmp://a.rtmp.youtube.com/live2/{V}'),
 ('skopeo_copy_src_creds_pair', 'skopeo', 'skopeo copy --src-creds deploy:{V} docker://registry.parish.example.org/checkin:2.4 dir:/tmp/checkin'),
 ('nerdctl_login_lower_p', 'nerdctl', 'nerdctl login -u ci -p {V} registry.example.net'),
 ('pip_index_url_userinfo', 'pipinstallindexurl', 'pip install --index-url https://build:{V}@pypi.parish.example.org/simple givingtools'),
 ('apt_conf_proxy_userinfo', 'acquirehttpproxy', 'Acquire::http::Proxy "http://campus:{V}@proxy.parish.internal:3128/";'),
 ('ioredis_url_userinfo', 'ioredis', "const redis = new Redis('redis://:{V}@10.40.0.21:6379/2');"),
 ('redis_inline_auth_command', 'redisprompt', '127.0.0.1:6379> AUTH {V}\nOK'),
 ('imap_tagged_login_command', 'imaptagged', 'C: a001 LOGIN bulletin@parish.example.org {V}\nS: a001 OK LOGIN completed'),
 ('smtp_auth_login_second_base64', 'smtpauthlogin', 'C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: bmV3c2xldHRlcg==\nS: 334 UGFzc3dvcmQ6\nC: {V}\nS: 235 2.7.0 Authentication successful'),
 ('mongo_shell_db_auth_second', 'dbauth', 'use admin\ndb.auth("backup", "{V}")'),
 ('sql_identified_by_clause', 'identifiedby', "CREATE USER 'kiosk'@'10.%' IDENTIFIED BY '{V}';"),
 ('sql_alter_role_password_literal', 'alterrole', "ALTER ROLE giving_ro WITH LOGIN PASSWORD '{V}';"),
 ('java_passwordauthentication_second', 'passwordauthentication', 'return new PasswordAuthentication("smtp-bulletin", "{V}".toCharArray());'),
 ('python_ftplib_ctor_third', 'ftplibftp', "ftp = ftplib.FTP('ftp.example.org', 'podcast', '{V}')"),
 ('python_oracledb_connect_second', 'oracledb', 'conn = oracledb.connect("diocese", "{V}", "db.example.net/XEPDB1")'),
 ('python_pymssql_connect_third', 'pymssql', "conn = pymssql.connect('sql01.parish.internal', 'rockapp', '{V}', 'RockRMS')"),
 ('python_ldap_simple_bind_s_second', 'simplebinds', "l.simple_bind_s('cn=sync,dc=parish,dc=org', '{V}')"),
 ('python_nntplib_ctor_fourth', 'nntplib', "s = nntplib.NNTP('news.example.org', 119, 'reader', '{V}')"),
 ('python_telnetlib_write_after_prompt', 'telnetlibreaduntil', 'tn.read_until(b"Password: ")\ntn.write(b"{V}\\n")'),
 ('python_keyring_set_third', 'keyringset', "keyring.set_password('planning-sync', 'office', '{V}')"),
 ('go_crypto_ssh_password_call', 'sshpasswordcall', 'Auth: []ssh.AuthMethod{ssh.Password("{V}")},'),
 ('go_smtp_plainauth_third', 'plainauth', 'auth := smtp.PlainAuth("", "bulletin@parish.example.org", "{V}", "smtp.example.org")'),
 ('go_url_userpassword_second', 'userpassword', 'u.User = url.UserPassword("sync", "{V}")'),
 ('rust_lettre_credentials_second', 'lettre', 'let creds = Credentials::new("newsletter".to_owned(), "{V}".to_owned());'),
 ('c_curlopt_userpwd_pair', 'curloptuserpwd', 'curl_easy_setopt(h, CURLOPT_USERPWD, "stream:{V}");'),
 ('c_ldap_simple_bind_third', 'ldapsimplebinds', 'rc = ldap_simple_bind_s(ld, "cn=kiosk,dc=parish,dc=org", "{V}");'),
 ('c_libssh2_userauth_third', 'libssh2', 'libssh2_userauth_password(session, "encoder", "{V}");'),
 ('csharp_mailkit_authenticate_second', 'mailkit', 'await client.AuthenticateAsync("bulletin@parish.example.org", "{V}");'),
 ('ruby_net_smtp_start_fifth', 'netsmtpstart', "Net::SMTP.start('smtp.example.org', 587, 'parish.example.org', 'news', '{V}', :login)"),
 ('php_ldap_bind_third', 'ldapbind', "ldap_bind($conn, 'cn=web,dc=parish,dc=org', '{V}');"),
 ('php_ssh2_auth_password_third', 'ssh2auth', "ssh2_auth_password($c, 'media', '{V}');"),
 ('php_pdo_ctor_third', 'newpdo', "$db = new PDO('mysql:host=10.40.0.14;dbname=events', 'events', '{V}');"),
 ('perl_net_smtp_auth_second', 'netsmtpauth', "$smtp->auth('prayerlist', '{V}');"),
 ('perl_net_pop3_login_second', 'netpop3login', "$pop->login('office', '{V}');"),
 ('cisco_radius_server_key', 'radiusserverhost', 'radius-server host 10.60.0.2 auth-port 1812 key {V}'),
 ('cisco_tacacs_server_key', 'tacacsserver', 'tacacs-server host 10.60.0.3 key {V}'),
 ('keytool_storepass_flag', 'keytool', 'keytool -list -keystore giving.jks -storepass {V}'),
 ('jarsigner_storepass_flag', 'jarsigner', 'jarsigner -keystore release.jks -storepass {V} checkin.apk release'),
 ('apksigner_ks_pass_pass_prefix', 'apksigner', 'apksigner sign --ks release.jks --ks-pass pass:{V} church-app.apk'),
 ('cryptsetup_keyfile_stdin', 'cryptsetup', 'echo -n "{V}" | cryptsetup luksOpen --key-file=- /dev/sdb1 archive'),
 ('encfs_stdinpass', 'encfs', 'echo {V} | encfs --stdinpass ~/.crypt ~/records'),
 ('lftp_open_user_comma_sftp', 'lftpopen', 'lftp -e "mirror -R site/" -u web,{V} sftp://host.example.net'),
 ('srt_url_passphrase_param', 'srtlivetransmit', 'srt-live-transmit udp://:5000 "srt://cdn.example.net:9000?passphrase={V}"'),
 ('icecast_source_url_userinfo', 'icecastsource', 'ffmpeg -re -i service.wav -f mp3 icecast://source:{V}@radio.parish.example.org:8000/live'),
 ('obs_websocket_url_password_segment', 'obswebsocketurl', 'companion: obsws://10.50.0.20:4455/{V}'),
 ('svn_checkout_url_userinfo', 'svncheckout', 'svn checkout https://build:{V}@svn.example.org/repos/bulletin'),
 ('ssh_askpass_script_echo', 'sshaskpass', '#!/bin/sh\n# SSH_ASKPASS helper\necho "{V}"'),
 ('firebird_isql_connect_password', 'connectuser', "SQL> CONNECT 'events.fdb' USER 'SYSDBA' PASSWORD '{V}';"),
 ('sqlcl_conn_slash_logon', 'sqlclconn', 'SQL> conn giving/{V}@//db.example.net:1521/XEPDB1'),
 ('tnsping_style_rman_target', 'rmantarget', 'rman target sys/{V}@PARISHDB'),
 ('bteq_logon_comma', 'bteqlogon', '.LOGON tdprod/etl_user,{V};'),
 ('hdbsql_lower_p', 'hdbsql', 'hdbsql -n hana.example.net:30015 -u SYSTEM -p {V} "SELECT 1 FROM DUMMY"'),
]
SUFFIX = ['parish_admin_shell_history', 'sanctuary_av_config_excerpt', 'giving_backend_source_line', 'campus_network_capture_text']
def build(deny, seed=14103):
    r = random.Random(seed); used = set(); out = []; dropped = []
    toks = deny['tokens']
    sigs = set()
    for syn, sig, tpl in S:
        assert sig not in sigs, sig; sigs.add(sig)
        v = owner_pw(r, used)
        if syn == 'ffmpeg_rtmp_url_stream_key_segment':
            v = '-'.join(rs(r, 4, string.ascii_lowercase + string.digits) for _ in range(5))
        if syn == 'smtp_auth_login_second_base64':
            v = base64.b64encode(owner_pw(r, used).encode()).decode()
        if any(sig in t for t in toks) or denied('fpw_' + syn, deny) or denied(syn, deny):
            dropped.append((syn, sig)); continue
        if '{V2}' in tpl:
            tpl = tpl.replace('{V2}', '{V}')
            # value twice: use only the second occurrence span? keep single-occurrence rule: repeat once only
            tpl = tpl.replace("\\n{V}\\n'", "\\n'", 1)
        pre, post = tpl.split('{V}')
        i = len(out)
        out.append(dict(type='fpw_' + syn, container='fpw_' + syn + '__' + SUFFIX[i % 4], text=pre + v + post, value=v, start=len(pre), source='password'))
    return out[:105], dropped
import string
