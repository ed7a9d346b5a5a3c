"""Positional passwords: one new span type per syntax. T = terminal capture, F = file excerpt."""
import random
from common import *
U = ['deploy', 'svc_backup', 'ops', 'mira', 'jonas', 'admin2', 'etl', 'kiosk']
SYN = r'''
plink_pw_flag|T|$ plink -ssh -batch {U}@10.20.0.5 -pw {PW} "uptime"
pscp_pw_flag|T|$ pscp -pw {PW} backup.tar.gz {U}@10.20.0.6:/srv/drop/
winscp_open_sftp_url_password|F|option batch abort\nopen sftp://{U}:{PW}@files.internal/ -hostkey=*\nput report.csv /in/\nexit
msmtprc_account_password_line|F|account work\nhost smtp.internal\nport 587\nuser {U}@corp.example\npassword {PW}\nauth on
mbsyncrc_imapaccount_pass_line|F|IMAPAccount work\nHost imap.internal\nUser {U}@corp.example\nPass {PW}\nSSLType IMAPS
neomuttrc_smtp_pass_set|F|set smtp_url = "smtps://{U}@corp.example@smtp.internal:465/"\nset smtp_pass = "{PW}"
aerc_accounts_conf_source_url|F|[Work]\nsource = imaps://{U}:{PW}@imap.internal\noutgoing = smtp+plain://{U}@smtp.internal:587
getmailrc_retriever_password|F|[retriever]\ntype = SimpleIMAPSSLRetriever\nserver = imap.internal\nusername = {U}\npassword = {PW}
unzip_capital_p_flag|T|$ unzip -P {PW} payroll-2024.zip -d /tmp/payroll
info_zip_capital_p_encrypt_flag|T|$ zip -r -P {PW} handover.zip handover/
pdftotext_upw_flag|T|$ pdftotext -upw {PW} statement.pdf -
openssl_enc_lowercase_k_flag|T|$ openssl enc -aes-256-cbc -salt -in db.sql -out db.sql.enc -k {PW}
veracrypt_password_equals_flag|T|$ veracrypt --text --mount vault.hc /mnt/v --password={PW} --pim=0 --non-interactive
x11vnc_passwd_flag|T|$ x11vnc -display :0 -forever -passwd {PW}
snmpset_v2c_community_c_flag|T|$ snmpset -v2c -c {PW} 10.0.9.2 sysContact.0 s "noc@corp.example"
medusa_lowercase_p_single|T|$ medusa -h 10.0.3.8 -u {U} -p {PW} -M ssh
crackmapexec_smb_p_flag|T|$ crackmapexec smb 10.0.3.0/24 -u {U} -p {PW} --shares
impacket_target_user_colon_password|T|$ psexec.py CORP/{U}:{PW}@10.0.3.11
evil_winrm_lowercase_p_flag|T|$ evil-winrm -i 10.0.3.12 -u {U} -p {PW}
net_user_add_password_positional|T|C:\\> net user {U} {PW} /add\nThe command completed successfully.
ldappasswd_lowercase_s_newpw|T|$ ldappasswd -x -D cn=admin,dc=corp,dc=example -W -s {PW} uid={U},ou=people,dc=corp,dc=example
samba_tool_user_create_positional|T|$ samba-tool user create {U} {PW} --given-name=Mira
chpasswd_stdin_user_colon|T|$ echo '{U}:{PW}' | sudo chpasswd
mysql_set_password_for_statement|F|SET PASSWORD FOR '{U}'@'%' = '{PW}';
psql_alter_role_with_password|F|ALTER ROLE {U} WITH LOGIN PASSWORD '{PW}';
mongodb_createuser_pwd_field|F|db.createUser({ user: "{U}", pwd: "{PW}", roles: [ "readWrite" ] })
redis_acl_setuser_gt_password|T|127.0.0.1:6379> ACL SETUSER {U} on >{PW} ~cache:* +get\nOK
cql_create_role_with_password|F|CREATE ROLE {U} WITH PASSWORD = '{PW}' AND LOGIN = true;
cypher_create_user_set_password|F|CREATE USER {U} SET PASSWORD '{PW}' CHANGE NOT REQUIRED;
influxql_create_user_with_password|F|CREATE USER "{U}" WITH PASSWORD '{PW}'
snowflake_create_user_password_equals|F|CREATE USER {U} PASSWORD = '{PW}' DEFAULT_ROLE = ANALYST;
oracle_alter_user_identified_by|F|ALTER USER {U} IDENTIFIED BY {PW} ACCOUNT UNLOCK;
clickhouse_identified_with_plaintext_by|F|CREATE USER {U} IDENTIFIED WITH plaintext_password BY '{PW}';
pop3_session_pass_line|F|+OK POP3 ready\nUSER {U}\n+OK\nPASS {PW}\n+OK maildrop has 3 messages
nntp_authinfo_pass_line|F|200 news.internal ready\nAUTHINFO USER {U}\n381 more auth needed\nAUTHINFO PASS {PW}\n281 ok
irc_nickserv_identify_privmsg|F|PRIVMSG NickServ :IDENTIFY {U} {PW}
stomp_connect_passcode_header|F|CONNECT\naccept-version:1.2\nhost:mq.internal\nlogin:{U}\npasscode:{PW}\n
rtsp_camera_url_password|T|$ ffplay rtsp://{U}:{PW}@192.168.1.64:554/Streaming/Channels/101
smb_url_password_mount|T|$ gio mount smb://{U}:{PW}@nas.local/share
pymongo_client_password_kwarg|F|client = MongoClient("mongo.internal", username="{U}", password="{PW}", authSource="admin")
psycopg_connect_password_kwarg|F|conn = psycopg.connect(host="pg.internal", dbname="app", user="{U}", password="{PW}")
redis_py_password_kwarg|F|r = redis.Redis(host="cache.internal", port=6379, password="{PW}")
smtplib_login_second_arg|F|server = smtplib.SMTP_SSL("smtp.internal", 465)\nserver.login("{U}@corp.example", "{PW}")
nodemailer_auth_pass_property|F|const transport = nodemailer.createTransport({\n  host: 'smtp.internal', port: 587,\n  auth: { user: '{U}@corp.example', pass: '{PW}' },\n});
sequelize_constructor_third_arg|F|const sequelize = new Sequelize('shop', '{U}', '{PW}', { host: 'mysql.internal', dialect: 'mysql' });
mysqli_connect_third_arg|F|$link = mysqli_connect('mysql.internal', '{U}', '{PW}', 'shop');
ruby_pg_connect_password_option|F|conn = PG.connect(host: 'pg.internal', dbname: 'app', user: '{U}', password: '{PW}')
squid_cache_peer_login_option|F|cache_peer parent.proxy.internal parent 3128 0 no-query login={U}:{PW}
haproxy_userlist_insecure_password|F|userlist stats_users\n    user {U} insecure-password {PW}
proxychains_socks5_user_pass_columns|F|[ProxyList]\nsocks5 10.0.0.9 1080 {U} {PW}
cntlm_conf_password_directive|F|Username {U}\nDomain CORP\nPassword {PW}\nProxy 10.0.0.1:8080
tinyproxy_basicauth_directive|F|Port 8888\nBasicAuth {U} {PW}
iwd_psk_file_passphrase|F|# /var/lib/iwd/HomeNet.psk\n[Security]\nPassphrase={PW}
connman_service_passphrase|F|[service_home]\nType = wifi\nName = HomeNet\nPassphrase = {PW}
netplan_access_point_password|F|wifis:\n  wlan0:\n    access-points:\n      "HomeNet":\n        password: "{PW}"
keepalived_authentication_auth_pass|F|vrrp_instance VI_1 {\n    authentication {\n        auth_type PASS\n        auth_pass {PW}\n    }\n}
bird_bgp_neighbor_password|F|protocol bgp upstream {\n    neighbor 192.0.2.1 as 64500;\n    password "{PW}";\n}
frr_neighbor_password_statement|F|router bgp 64512\n neighbor 192.0.2.9 remote-as 64500\n neighbor 192.0.2.9 password {PW}
slapd_conf_rootpw_plain|F|database mdb\nsuffix "dc=corp,dc=example"\nrootdn "cn=admin,dc=corp,dc=example"\nrootpw {PW}
dovecot_passwd_file_plain_scheme|F|{U}:{PLAIN}{PW}:1001:1001::/home/{U}
postfix_sasl_passwd_map_entry|F|[smtp.relay.example]:587 {U}@corp.example:{PW}
ssmtp_conf_authpass_line|F|root=postmaster\nmailhub=smtp.internal:587\nAuthUser={U}@corp.example\nAuthPass={PW}
mpd_conf_password_directive|F|music_directory "~/Music"\npassword "{PW}@read,add,control"
transmission_remote_auth_user_colon|T|$ transmission-remote 127.0.0.1:9091 --auth {U}:{PW} -l
icecast_xml_source_password_element|F|<authentication>\n    <source-password>{PW}</source-password>\n</authentication>
minecraft_server_properties_rcon_password|F|enable-rcon=true\nrcon.port=25575\nrcon.password={PW}
mcrcon_lowercase_p_flag|T|$ mcrcon -H 127.0.0.1 -P 25575 -p {PW} "say restart in 5"
srcds_server_cfg_rcon_password|F|hostname "LAN night"\nrcon_password "{PW}"\nsv_lan 1
terraria_serverconfig_password_line|F|world=/srv/terraria/Worlds/home.wld\nmaxplayers=8\npassword={PW}
'''
def parse():
    out = []
    for line in SYN.strip().splitlines():
        n, k, tpl = line.split('|', 2)
        out.append((n, k, tpl.replace('\\n', '\n').replace('\\\\', '\\')))
    return out

def generate(seed=31003):
    rng = random.Random(seed)
    recs = []
    for n, k, tpl in parse():
        pw = password(rng)
        t = tpl.replace('{U}', rng.choice(U)).replace('{PW}', '{V0}') + '\n'
        text, spans = fill(t, {'V0': (pw, n)})
        recs.append({'type': n, 'container': n + ('__terminal_capture' if k == 'T' else '__file_excerpt'),
                     'text': text, 'secrets': spans, 'source': 'password'})
    return recs
