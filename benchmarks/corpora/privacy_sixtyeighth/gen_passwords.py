"""Positional-password part: one new syntax each, wrapped in a presentation per family."""
import random
from common import *

SUFFIX = {
 'cli': ('front_office_terminal_capture', '{u}@fo-srv01:~$ {body}\n'),
 'cfg': ('property_server_config_dump', '# --- dumped from {h} ---\n{body}\n'),
 'sql': ('hotel_db_maintenance_script', '-- maintenance window, property {h}\n{body}\n'),
 'code': ('booking_engine_repo_view', 'src/integrations/partner_{n}  (view raw)\n{body}\n'),
 'win': ('night_audit_pc_history', 'PS C:\\Audit> {body}\n'),
 'proto': ('pos_lan_protocol_trace', '>>> capture {h} port {n}\n{body}\n'),
}
# type | family | template ({v} = password, {u} user, {h} host)
SPEC = r"""
sqlcmd_capital_p_switch|win|sqlcmd -S {h} -U {u} -P {v} -Q "EXEC night_audit"
psql_connection_uri_userinfo|cli|psql "postgresql://{u}:{v}@{h}:5432/pms"
mongodump_uri_userinfo|cli|mongodump --uri "mongodb://{u}:{v}@{h}:27017/guests" --out /backup
mongosh_lower_p_flag|cli|mongosh --host {h} -u {u} -p {v} --authenticationDatabase admin
redis_cli_pass_long_flag|cli|redis-cli -h {h} --user {u} --pass {v} PING
rabbitmqadmin_password_equals|cli|rabbitmqadmin --host={h} --username={u} --password={v} list queues
curl_proxy_user_colon|cli|curl --proxy http://proxy.{h}:3128 --proxy-user {u}:{v} https://api.example/rates
wget_http_password_option|cli|wget --http-user={u} --http-password={v} https://{h}/exports/folio.csv
git_clone_https_userinfo|cli|git clone https://{u}:{v}@{h}/booking/widget.git
svn_checkout_password_flag|cli|svn checkout https://{h}/svn/pos --username {u} --password {v}
az_login_service_principal_p|cli|az login --service-principal -u {u} -p {v} --tenant contoso.example
vertica_vsql_w_switch|cli|vsql -h {h} -U {u} -w {v} -c "select 1"
clickhouse_client_password_flag|cli|clickhouse-client --host {h} --user {u} --password {v}
mysqlsh_uri_userinfo|cli|mysqlsh --uri {u}:{v}@{h}:3306 --sql
pgpassword_env_prefix_pg_dump|cli|PGPASSWORD={v} pg_dump -h {h} -U {u} pms > pms.sql
sshpass_env_var_export|cli|export SSHPASS={v}; sshpass -e scp folio.csv {u}@{h}:/in/
ldapsearch_w_bind_password|cli|ldapsearch -H ldap://{h} -D "cn={u},dc=hotel,dc=example" -w {v} "(uid=frontdesk*)"
ldappasswd_s_new_secret|cli|ldappasswd -H ldap://{h} -x -D "cn=admin,dc=hotel,dc=example" -W -s {v} "uid={u},ou=staff,dc=hotel,dc=example"
net_user_add_positional|win|net user {u} {v} /add /domain
psexec_lower_p_switch|win|psexec \\{h} -u HOTEL\{u} -p {v} cmd /c ipconfig
wmic_password_colon_switch|win|wmic /node:{h} /user:{u} /password:{v} os get caption
pwsh_convertto_securestring_plaintext|win|$sec = ConvertTo-SecureString '{v}' -AsPlainText -Force
openssl_enc_pass_pass_prefix|cli|openssl enc -aes-256-cbc -pbkdf2 -in guests.csv -out guests.enc -pass pass:{v}
unzip_capital_p_extract|cli|unzip -P {v} rate_loader_export.zip
rar_lower_p_attached|win|rar a -p{v} night_audit.rar .\reports\
ffmpeg_rtsp_url_userinfo|cli|ffmpeg -i rtsp://{u}:{v}@{h}:554/lobby -t 10 lobby.mp4
sqlplus_user_slash_at_connect|cli|sqlplus {u}/{v}@{h}:1521/OPERA
expdp_credentials_positional_slash|cli|expdp {u}/{v} schemas=OPERA directory=DP_DIR dumpfile=opera.dmp
hdbuserstore_set_positional|cli|hdbuserstore SET NIGHTKEY {h}:30015 {u} {v}
ncftp_lower_p_switch|cli|ncftp -u {u} -p {v} {h}
pip_index_url_userinfo|cli|pip install --index-url https://{u}:{v}@{h}/simple/ pms-client
composer_http_basic_positional|cli|composer config http-basic.{h} {u} {v}
helm_repo_add_password_flag|cli|helm repo add hotel https://{h}/charts --username {u} --password {v}
argocd_login_password_flag|cli|argocd login {h} --username {u} --password {v}
vault_userpass_login_password_arg|cli|vault login -method=userpass username={u} password={v}
kinit_stdin_echo|cli|echo '{v}' | kinit {u}@HOTEL.EXAMPLE
mycnf_client_password_directive|cfg|[client]\nuser={u}\npassword={v}\nhost={h}
postgres_alter_role_password|sql|ALTER ROLE {u} WITH PASSWORD '{v}';
mssql_alter_login_with_password|sql|ALTER LOGIN [{u}] WITH PASSWORD = N'{v}';
mysql_create_user_identified_by|sql|CREATE USER '{u}'@'%' IDENTIFIED BY '{v}';
oracle_alter_user_identified_by|sql|ALTER USER {u} IDENTIFIED BY "{v}" ACCOUNT UNLOCK;
redshift_create_user_password|sql|CREATE USER {u} PASSWORD '{v}' CREATEDB;
cql_create_role_with_password|sql|CREATE ROLE {u} WITH PASSWORD = '{v}' AND LOGIN = true;
neo4j_alter_current_user_to|sql|ALTER CURRENT USER SET PASSWORD FROM 'changeme' TO '{v}';
clickhouse_create_user_sha256_by|sql|CREATE USER {u} IDENTIFIED WITH sha256_password BY '{v}';
mongo_change_user_password_call|code|db.changeUserPassword("{u}", "{v}")
redis_acl_setuser_gt_prefix|proto|ACL SETUSER {u} on >{v} ~rates:* +get
pgbouncer_userlist_quoted_pair|cfg|"{u}" "{v}"
odbc_ini_dsn_password_line|cfg|[OperaDSN]\nDriver=Oracle\nServer={h}\nUserID={u}\nPassword={v}
postfix_sasl_passwd_map_line|cfg|[smtp.{h}]:587 {u}:{v}
msmtprc_password_directive|cfg|account hotel\nhost smtp.{h}\nuser {u}\npassword {v}
fetchmailrc_password_quoted|cfg|poll imap.{h} protocol imap user "{u}" password "{v}"
muttrc_set_smtp_pass|cfg|set smtp_url = "smtp://{u}@{h}:587/"\nset smtp_pass = "{v}"
ssmtp_conf_authpass|cfg|mailhub=smtp.{h}:587\nAuthUser={u}\nAuthPass={v}
dovecot_passwd_file_plain_scheme|cfg|{u}:{{PLAIN}}{v}::::::
asterisk_sip_conf_secret|cfg|[room412]\ntype=friend\nhost=dynamic\nsecret={v}\ncontext=guest-rooms
pjsip_auth_section_password|cfg|[lobby-phone-auth]\ntype=auth\nauth_type=userpass\nusername={u}\npassword={v}
freeswitch_user_param_password|cfg|<user id="{u}">\n  <params>\n    <param name="password" value="{v}"/>\n  </params>\n</user>
php_ini_mysqli_default_pw|cfg|mysqli.default_host = {h}\nmysqli.default_user = {u}\nmysqli.default_pw = {v}
wp_config_define_db_password|code|define( 'DB_PASSWORD', '{v}' );
joomla_configuration_public_password|code|public $user = '{u}';\n\tpublic $password = '{v}';
drupal_settings_databases_password|code|$databases['default']['default'] = ['username' => '{u}', 'password' => '{v}', 'host' => '{h}'];
django_databases_password_key|code|DATABASES = {{"default": {{"USER": "{u}", "PASSWORD": "{v}", "HOST": "{h}"}}}}
rails_database_yml_password|cfg|production:\n  adapter: postgresql\n  username: {u}\n  password: {v}
hibernate_cfg_connection_password|cfg|<property name="hibernate.connection.password">{v}</property>
tomcat_users_xml_password_attr|cfg|<user username="{u}" password="{v}" roles="manager-gui"/>
jetty_realm_properties_line|cfg|{u}: {v},admin
wildfly_add_user_lower_p|cli|./add-user.sh -u {u} -p {v} -g admin
liquibase_password_flag|cli|liquibase --url=jdbc:postgresql://{h}/pms --username={u} --password={v} update
flyway_password_equals|cli|flyway -url=jdbc:mysql://{h}/pos -user={u} -password={v} migrate
airflow_conn_password_flag|cli|airflow connections add pms_db --conn-type postgres --conn-host {h} --conn-login {u} --conn-password {v}
dbt_profiles_yml_password|cfg|hotel_dw:\n  outputs:\n    prod:\n      type: postgres\n      user: {u}\n      password: {v}
fortios_admin_set_password|cfg|config system admin\n    edit "{u}"\n        set password {v}\n    next\nend
snmpd_conf_createuser_authpass|cfg|createUser {u} SHA {v} AES
bacula_director_password_quoted|cfg|Director {{\n  Name = hotel-dir\n  Password = "{v}"\n}}
icecast_xml_source_password|cfg|<authentication>\n  <source-password>{v}</source-password>\n</authentication>
obs_websocket_ini_server_password|cfg|[OBSWebSocket]\nServerEnabled=true\nServerPassword={v}
murmur_supw_flag|cli|murmurd -ini /etc/murmur.ini -supw {v}
pop3_pass_command|proto|USER {u}\n+OK\nPASS {v}\n+OK logged in
irc_nickserv_identify_message|proto|PRIVMSG NickServ :IDENTIFY {u} {v}
stomp_connect_passcode_header|proto|CONNECT\naccept-version:1.2\nhost:{h}\nlogin:{u}\npasscode:{v}\n
amqp_url_userinfo|code|conn = pika.BlockingConnection(pika.URLParameters("amqp://{u}:{v}@{h}:5672/%2F"))
socks5_proxy_url_userinfo|cli|ALL_PROXY=socks5://{u}:{v}@{h}:1080 curl https://api.example/avail
psycopg2_connect_password_kwarg|code|conn = psycopg2.connect(host="{h}", user="{u}", password="{v}", dbname="pms")
pymysql_connect_passwd_kwarg|code|db = pymysql.connect(host="{h}", user="{u}", passwd="{v}", db="pos")
ftplib_login_second_arg|code|ftp = ftplib.FTP("{h}")\nftp.login("{u}", "{v}")
paramiko_connect_password_kwarg|code|client.connect("{h}", username="{u}", password="{v}")
requests_auth_tuple_second|code|r = requests.get("https://{h}/api/folios", auth=("{u}", "{v}"))
smtplib_login_second_arg|code|server = smtplib.SMTP("smtp.{h}", 587)\nserver.login("{u}", "{v}")
node_mysql2_createconnection_password|code|const db = mysql.createConnection({{ host: '{h}', user: '{u}', password: '{v}' }});
node_pg_pool_password_field|code|const pool = new Pool({{ host: '{h}', user: '{u}', password: '{v}', database: 'tickets' }});
java_drivermanager_third_arg|code|Connection c = DriverManager.getConnection("jdbc:mysql://{h}/pos", "{u}", "{v}");
go_ssh_password_auth_method|code|Auth: []ssh.AuthMethod{{ssh.Password("{v}")}},
ruby_mysql2_client_password_option|code|client = Mysql2::Client.new(host: "{h}", username: "{u}", password: "{v}")
php_mysqli_connect_third_arg|code|$link = mysqli_connect('{h}', '{u}', '{v}', 'booking');
php_ftp_login_third_arg|code|ftp_login($conn, '{u}', '{v}');
rust_mysql_optsbuilder_pass|code|let opts = OptsBuilder::new().ip_or_hostname(Some("{h}")).user(Some("{u}")).pass(Some("{v}"));
swift_urlcredential_password_label|code|let cred = URLCredential(user: "{u}", password: "{v}", persistence: .forSession)
android_wifi_suggestion_wpa2_passphrase|code|val s = WifiNetworkSuggestion.Builder().setSsid("HotelGuest").setWpa2Passphrase("{v}").build()
ansible_become_password_extra_var|cli|ansible-playbook site.yml -e ansible_become_password={v}
sabre_wsse_security_password_element|proto|<wsse:UsernameToken>\n  <wsse:Username>{u}</wsse:Username>\n  <wsse:Password>{v}</wsse:Password>\n  <Organization>X7KB</Organization>\n</wsse:UsernameToken>
ota_requestorid_messagepassword_attr|proto|<POS><Source><RequestorID ID="{u}" MessagePassword="{v}"/></Source></POS>
ncat_proxy_auth_colon|cli|ncat --proxy {h}:8080 --proxy-auth {u}:{v} pms.example 443
mssql_sp_addlogin_second_arg|sql|EXEC sp_addlogin '{u}', '{v}', 'PMS';
lftp_open_user_comma_override|cli|lftp -e "open -u {u},{v} sftp://{h}; mirror exports" 
sqlite_cipher_key_pragma|sql|PRAGMA key = '{v}';
"""

def build(pool):
    r = random.Random(6803)
    rows = [l.split('|', 2) for l in SPEC.strip().splitlines()]
    out = []
    users = ['nightaudit', 'posadmin', 'revmgr', 'frontoffice', 'svc_ifc', 'eventops', 'concierge1', 'tourdesk']
    hosts = ['opera-db.hotel.example', 'pos01.bistro.example', 'gds-gw.agency.example', 'tix.arena.example', 'sync.villas.example']
    for t, fam, tpl in rows:
        tpl = tpl.replace('\\n', '\n').replace('\\t', '\t').rstrip(' ')
        suf, wrap = SUFFIX[fam]
        v = pool.take(lambda: pw(r))
        u, h = r.choice(users), r.choice(hosts)
        body = fill(tpl, v, u=u, h=h)
        text = wrap.replace('{body}', '\ue001').format(u=u, h=h, n=r.randint(1000, 9999)).replace('\ue001', body)
        out.append({'type': t, 'container': t + '__' + suf, 'text': text, 'secrets': [span(text, v, t)], 'source': 'password'})
    return out
