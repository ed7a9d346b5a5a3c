"""Positional / directive passwords in syntaxes not covered before (seed 20003).

Each row: type|container|template. {P} is the password (type of the row); {P2} a
second secret whose type is given after '>' in the type column (type>type2).
"""
import random

from common import filler, password, render, rs, B64URL, ALNUM

SEED = 20003

TABLE = r"""
mongodump_password_flag|mongodump_p_flag_cmd|$ mongodump --host {host} --port 27017 -u backup -p {P} --authenticationDatabase admin --out /backup/{date}\n{date}T{time}.{ms}+0000\twriting admin.system.users to /backup/{date}/admin/system.users.bson\n
mongorestore_uri_password|mongorestore_uri_arg|mongorestore --uri "mongodb://restore:{P}@{host}:27017/?authSource=admin" --drop dump/\n
influx_v1_cli_password|influx_v1_cli_flags|influx -host {host} -username admin -password {P} -database telegraf -execute 'SHOW MEASUREMENTS'\n
clickhouse_client_password_flag|clickhouse_client_password_flag_cmd|clickhouse-client --host {host} --user etl --password {P} --query "SELECT count() FROM logs.events"\n
mariadb_dump_password_eq|mariadb_dump_password_equals|mariadb-dump -h {host} -u root --password={P} --single-transaction shop > shop.sql\n
keydb_cli_auth_flag|keydb_cli_a_flag_cmd|keydb-cli -h {host} -p 6379 -a {P} INFO replication\n
memtier_benchmark_auth|memtier_benchmark_a_flag|memtier_benchmark -s {host} -p 6379 -a {P} --ratio=1:10 --test-time=60\n
cqlsh_password_flag|cqlsh_u_p_flags_cmd|cqlsh {host} 9042 -u cassandra -p {P} -e "DESCRIBE KEYSPACES"\n
nodetool_jmx_password|nodetool_pw_flag_cmd|nodetool -h {host} -u jmxadmin -pw {P} status\n
mssql_bcp_password_flag|bcp_out_p_flag_cmd|bcp dbo.Orders out orders.dat -S {host} -U loader -P {P} -n\n
mysqladmin_attached_password|mysqladmin_p_attached_cmd|mysqladmin -h {host} -u root -p{P} processlist\n
htpasswd_batch_password|htpasswd_bc_batch_cmd|sudo htpasswd -bc /etc/nginx/.htpasswd {user} {P}\nAdding password for user {user}\n
chpasswd_stdin_password|chpasswd_echo_pipe|echo '{user}:{P}' | sudo chpasswd\n
windows_net_user_add_password|net_user_add_cmd|C:\\> net user svc-backup {P} /add /expires:never\nThe command completed successfully.\n
ldappasswd_new_password|ldappasswd_s_flag_cmd|ldappasswd -H ldaps://{host} -D "cn=admin,dc=corp,dc=lan" -W -s {P} "uid={user},ou=people,dc=corp,dc=lan"\n
kadmin_addprinc_pw|kadmin_q_addprinc_cmd|kadmin.local -q "addprinc -pw {P} {user}@CORP.LAN"\n
ktpass_pass_switch|ktpass_mapuser_cmd|ktpass /out http.keytab /princ HTTP/web01.corp.lan@CORP.LAN /mapuser CORP\\svc-web /pass {P} /ptype KRB5_NT_PRINCIPAL /crypto AES256-SHA1\n
rabbitmqctl_add_user_password|rabbitmqctl_add_user_cmd|rabbitmqctl add_user billing {P}\nAdding user "billing" ...\n
nats_cli_password_flag|nats_cli_user_password_flags|nats --server nats://{host}:4222 --user ingest --password {P} pub orders.created '{{"id":{n}}}'\n
mosquitto_passwd_batch_password|mosquitto_passwd_b_cmd|mosquitto_passwd -b /etc/mosquitto/passwd sensor-{n2} {P}\n
minio_mc_alias_secret_key|mc_alias_set_cmd|mc alias set backup https://s3.{org}.lan backup-writer {P}\nAdded `backup` successfully.\n
borg_passphrase_env|borg_create_env_prefix|BORG_PASSPHRASE={P} borg create --stats ssh://borg@{host}/./repo::'{{hostname}}-{{now}}' /etc /home\n
lftp_u_flag_password|lftp_u_comma_cmd|lftp -u deploy,{P} sftp://{host} -e "mirror -R dist /var/www/site; quit"\n
ncftp_p_flag_password|ncftpput_p_flag_cmd|ncftpput -u upload -p {P} ftp.{org}.lan /incoming report.csv\n
wget_http_password_flag|wget_http_password_eq|wget --http-user=mirror --http-password={P} https://{host}/exports/latest.tar.gz\n
aria2c_ftp_passwd|aria2c_ftp_passwd_option|aria2c --ftp-user=ingest --ftp-passwd={P} ftp://{host}/drops/batch-{n}.zip\n
sshpass_p_flag|sshpass_p_ssh_cmd|sshpass -p {P} ssh -o StrictHostKeyChecking=no pi@{host} 'sudo reboot'\n
openssl_passout_pass_arg|openssl_pkcs12_export_passout|openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:{P}\n
keytool_storepass_flag|keytool_importcert_storepass|keytool -importcert -alias corp-root -file root.crt -keystore truststore.jks -storepass {P} -noprompt\n
apksigner_ks_pass|apksigner_sign_ks_pass|apksigner sign --ks release.jks --ks-key-alias upload --ks-pass pass:{P} app-release-unsigned.apk\n
gpg_batch_passphrase_flag|gpg_symmetric_batch_cmd|gpg --batch --yes --pinentry-mode loopback --passphrase {P} -c payroll-{date}.csv\n
sevenzip_p_flag_password|sevenzip_a_p_flag|7z a -p{P} -mhe=on handover.7z ./handover/\n
zip_encrypt_p_flag|zip_p_flag_cmd|zip -P {P} -r logs-{date}.zip /var/log/app\n
rar_hp_password|rar_a_hp_flag|rar a -hp{P} backup-{date}.rar /srv/data\n
skopeo_dest_creds_password|skopeo_copy_dest_creds|skopeo copy --dest-creds robot-ci:{P} docker://alpine:3.20 docker://registry.{org}.lan/mirror/alpine:3.20\n
az_login_sp_password|az_login_service_principal_p|az login --service-principal -u {uuid} -p {P} --tenant {org}.onmicrosoft.com\n
sqlplus_connect_identifier_password|sqlplus_user_slash_pw_arg|sqlplus -s app_owner/{P}@//{host}:1521/ORCLPDB1 @migrate.sql\n
unixodbc_isql_positional_password|unixodbc_isql_dsn_user_pw|isql -v PRODDSN report {P}\n+---------------------------------------+\n| Connected!                            |\n
freetds_tsql_password|freetds_tsql_p_flag|tsql -S {host} -p 1433 -U sa -P {P}\nlocale is "C.UTF-8"\n1>\n
db2_connect_using_password|db2_connect_to_using|db2 connect to SAMPLE user db2inst1 using {P}\n
vsql_w_flag_password|vertica_vsql_w_flag|vsql -h {host} -U dbadmin -w {P} -c "SELECT version();"\n
ipmitool_p_flag_password|ipmitool_lanplus_p_flag|ipmitool -I lanplus -H {host} -U ADMIN -P {P} chassis power status\n
snmpv3_auth_passphrase>snmpv3_priv_passphrase|snmpwalk_v3_auth_priv|snmpwalk -v3 -l authPriv -u monitor -a SHA -A {P} -x AES -X {P2} {host} 1.3.6.1.2.1.1\n
nmcli_wifi_connect_password|nmcli_dev_wifi_connect|nmcli dev wifi connect "Lab-5G" password {P} ifname wlan0\n
wpa_passphrase_cli_arg|wpa_passphrase_cmd|wpa_passphrase "Office-Guest" {P} >> /etc/wpa_supplicant/wpa_supplicant.conf\n
windows_wlan_profile_keymaterial|wlan_profile_xml_keymaterial|<sharedKey>\n    <keyType>passPhrase</keyType>\n    <protected>false</protected>\n    <keyMaterial>{P}</keyMaterial>\n</sharedKey>\n
openconnect_stdin_password|openconnect_passwd_on_stdin|echo '{P}' | sudo openconnect --user={user} --passwd-on-stdin vpn.{org}.com\n
ipsec_secrets_psk|strongswan_ipsec_secrets_psk|# /etc/ipsec.secrets\n%any 203.0.113.{n2} : PSK "{P}"\n
ppp_chap_secrets_password|ppp_chap_secrets_line|# client\tserver\tsecret\tIP addresses\n{user}\t*\t{P}\t*\n
freeradius_client_shared_secret|freeradius_clients_conf_secret|client ap-floor{n2} {{\n    ipaddr = 10.8.{n2}.1\n    secret = {P}\n}}\n
tacplus_server_key|tac_plus_conf_key|key = {P}\nuser = netops {{\n    default service = permit\n}}\n
snmp_community_string|ios_snmp_server_community|snmp-server community {P} RO 10\nsnmp-server location rack-{n2}\n
cisco_ppp_chap_password|ios_ppp_chap_password_0|interface Dialer1\n ppp authentication chap callin\n ppp chap hostname branch{n2}\n ppp chap password 0 {P}\n
cisco_radius_server_key|ios_radius_server_key_0|radius server ISE-{n2}\n address ipv4 10.1.{n2}.5 auth-port 1812 acct-port 1813\n key 0 {P}\n
cisco_isakmp_preshared_key|ios_crypto_isakmp_key|crypto isakmp key {P} address 198.51.100.{n2}\n
junos_radius_secret|junos_set_radius_server_secret|set system radius-server 10.1.{n2}.9 secret "{P}"\n
edgeos_plaintext_password|edgeos_set_plaintext_password|set system login user admin authentication plaintext-password {P}\ncommit ; save\n
huawei_vrp_local_user_password|vrp_aaa_local_user_password|aaa\n local-user netadmin password irreversible-cipher {P}\n local-user netadmin service-type ssh\n
aruba_mgmt_user_password|aruba_mgmt_user_line|mgmt-user admin root {P}\n
dell_os10_username_password|os10_username_password_role|username netops password {P} role sysadmin\n
procurve_manager_plaintext_password|procurve_password_manager_plaintext|password manager user-name admin plaintext {P}\n
postfix_sasl_passwd_map|postfix_sasl_passwd_file|[smtp.{org}.com]:587 relay@{org}.com:{P}\n
ssmtp_authpass|ssmtp_conf_authpass|root=postmaster\nmailhub=smtp.{org}.com:587\nAuthUser=alerts@{org}.com\nAuthPass={P}\nUseSTARTTLS=YES\n
fetchmailrc_password|fetchmailrc_poll_password|poll imap.{org}.com proto IMAP\n  user "{user}" password "{P}" is {user} here ssl\n
mbsyncrc_pass|mbsyncrc_imapaccount_pass|IMAPAccount work\nHost imap.{org}.com\nUser {user}@{org}.com\nPass {P}\nSSLType IMAPS\n
opensmtpd_secrets_table|opensmtpd_secrets_label_line|relay-label relay@{org}.com:{P}\n
nullmailer_remotes_pass|nullmailer_remotes_line|smtp.{org}.com smtp --port=587 --starttls --user=alerts@{org}.com --pass={P}\n
pam_ldap_secret_file|cat_etc_ldap_secret|$ sudo cat /etc/ldap.secret\n{P}\n$\n
keycloak_kcadm_password|kcadm_config_credentials_cmd|kcadm.sh config credentials --server https://sso.{org}.com --realm master --user admin --password {P}\n
freeipa_admin_password>freeipa_directory_manager_password|ipa_server_install_a_p|ipa-server-install -U -r CORP.LAN -n corp.lan -a {P} -p {P2} --setup-dns --auto-forwarders\n
rabbitmq_advanced_config_default_pass|rabbitmq_advanced_config_erlang|[\n {{rabbit, [\n   {{default_user, <<"ops">>}},\n   {{default_pass, <<"{P}">>}}\n ]}}\n].\n
activemq_credentials_properties|activemq_credentials_properties_file|activemq.username=system\nactivemq.password={P}\nguest.password=guest-off\n
pulsar_client_auth_params_password|pulsar_client_conf_auth_params|authPlugin=org.apache.pulsar.client.impl.auth.AuthenticationBasic\nauthParams={{"userId":"ingest","password":"{P}"}}\n
rocketmq_acl_secret_key|rocketmq_plain_acl_yml|accounts:\n  - accessKey: ingest-app\n    secretKey: {P}\n    admin: false\n
redis_conf_masterauth|redis_conf_masterauth_line|replicaof {host} 6379\nmasterauth {P}\nreplica-read-only yes\n
minio_root_password|minio_config_env_file|# /etc/default/minio\nMINIO_ROOT_USER=minioops\nMINIO_ROOT_PASSWORD={P}\nMINIO_VOLUMES="/mnt/data"\n
iscsi_chap_password|iscsid_conf_chap|node.session.auth.authmethod = CHAP\nnode.session.auth.username = iqn-init-{n2}\nnode.session.auth.password = {P}\n
targetcli_auth_password|targetcli_acl_set_auth|/iscsi/iqn.2026-01.lan.corp:store/tpg1/acls/iqn.2026-01.lan.corp:host{n2}> set auth userid=host{n2} password={P}\n
davfs2_secrets_password|davfs2_secrets_line|https://dav.{org}.com/remote.php/webdav {user} {P}\n
sshfs_password_stdin|sshfs_password_stdin_pipe|echo '{P}' | sshfs {user}@{host}:/srv /mnt/srv -o password_stdin\n
mount_cifs_password_option|mount_cifs_o_password|sudo mount -t cifs //{host}/share /mnt/share -o username=svc-scan,password={P},vers=3.0\n
smbclient_user_percent_password|smbclient_u_percent_cmd|smbclient //{host}/finance -U CORP/{user}%{P} -c 'ls'\n
odbc_mssql_pwd_attribute|odbc_driver18_connection_string|Driver={{ODBC Driver 18 for SQL Server}};Server=tcp:{host},1433;Database=app;Uid=app;Pwd={P};Encrypt=yes;\n
oledb_provider_password|oledb_msoledbsql_string|Provider=MSOLEDBSQL;Data Source={host};Initial Catalog=Reports;User ID=rpt;Password={P};\n
jdbc_oracle_thin_inline_password|jdbc_oracle_thin_user_slash_pw|spring.datasource.url=jdbc:oracle:thin:app/{P}@//{host}:1521/ORCLPDB1\n
jdbc_sqlserver_password_property|jdbc_sqlserver_semicolon_props|jdbc:sqlserver://{host}:1433;databaseName=app;user=app;password={P};encrypt=true;trustServerCertificate=true\n
jdbc_snowflake_password_param|jdbc_snowflake_query_params|jdbc:snowflake://{org}.eu-central-1.snowflakecomputing.com/?user=LOADER&password={P}&warehouse=ETL_WH\n
jdbc_redshift_pwd_property|jdbc_redshift_uid_pwd|jdbc:redshift://analytics.{hexid}.eu-west-1.redshift.amazonaws.com:5439/dev;UID=etl;PWD={P}\n
go_mysql_driver_dsn_password|go_sql_driver_mysql_dsn|dsn := "app:{P}@tcp({host}:3306)/shop?parseTime=true&tls=skip-verify"\n
r2dbc_url_password|r2dbc_postgresql_url|spring.r2dbc.url=r2dbc:postgresql://app:{P}@{host}:5432/orders\n
ecto_url_password|ecto_repo_url|config :app, App.Repo, url: "ecto://app:{P}@{host}/app_prod", pool_size: 10\n
django_databases_password|django_settings_databases_dict|DATABASES = {{\n    "default": {{\n        "ENGINE": "django.db.backends.postgresql",\n        "NAME": "app",\n        "USER": "app",\n        "PASSWORD": "{P}",\n        "HOST": "{host}",\n    }}\n}}\n
knex_connection_password|knexfile_connection_object|module.exports = {{\n  production: {{\n    client: 'pg',\n    connection: {{ host: '{host}', user: 'app', password: '{P}', database: 'app' }}\n  }}\n}};\n
typeorm_ormconfig_password|typeorm_ormconfig_json|{{\n  "type": "mysql",\n  "host": "{host}",\n  "username": "app",\n  "password": "{P}",\n  "database": "shop"\n}}\n
mssql_linkedsrv_rmtpassword|sp_addlinkedsrvlogin_call|EXEC sp_addlinkedsrvlogin @rmtsrvname = N'ERP', @useself = N'False', @rmtuser = N'erp_reader', @rmtpassword = N'{P}';\n
pg_user_mapping_password|pg_create_user_mapping_options|CREATE USER MAPPING FOR app SERVER erp_fdw OPTIONS (user 'erp_reader', password '{P}');\n
mariadb_set_password_function|mariadb_set_password_for|SET PASSWORD FOR 'report'@'%' = PASSWORD('{P}');\n
clickhouse_create_user_by|clickhouse_create_user_sha256_by|CREATE USER grafana IDENTIFIED WITH sha256_password BY '{P}' DEFAULT ROLE readonly;\n
oracle_database_link_identified_by|oracle_create_database_link|CREATE DATABASE LINK erp_link CONNECT TO erp_ro IDENTIFIED BY {P} USING 'ERPPDB';\n
mongodb_change_user_password|mongo_change_user_password_call|db.getSiblingDB("admin").changeUserPassword("reporting", "{P}")\n
couchdb_local_ini_admin|couchdb_local_ini_admins|[admins]\nadmin = {P}\n
elasticsearch_reset_password_output|es_reset_password_tool_output|This tool will reset the password of the [elastic] user to an autogenerated value.\nThe password will be printed in the console.\nPlease confirm that you would like to continue [y/N]y\n\n\nPassword for the [elastic] user successfully reset.\nNew value: {P}\n
grafana_ini_admin_password|grafana_ini_security_section|[security]\nadmin_user = admin\nadmin_password = {P}\n
jenkins_casc_local_user_password|jenkins_casc_yaml_users|jenkins:\n  securityRealm:\n    local:\n      users:\n        - id: "admin"\n          password: "{P}"\n
sonar_properties_jdbc_password|sonar_properties_jdbc|sonar.jdbc.username=sonar\nsonar.jdbc.password={P}\nsonar.jdbc.url=jdbc:postgresql://{host}/sonar\n
nexus_initial_admin_password_file|docker_exec_cat_nexus_admin_password|$ docker exec nexus cat /nexus-data/admin.password\n{P}$\n
gitea_app_ini_db_passwd|gitea_app_ini_database|[database]\nDB_TYPE = postgres\nHOST = {host}:5432\nNAME = gitea\nUSER = gitea\nPASSWD = {P}\n
pgbouncer_userlist_plain|pgbouncer_userlist_txt|"app" "{P}"\n"stats" "md5-not-used-here"\n
odoo_conf_admin_passwd|odoo_conf_options|[options]\nadmin_passwd = {P}\ndb_host = {host}\ndb_user = odoo\n
zabbix_server_dbpassword|zabbix_server_conf_dbpassword|DBHost={host}\nDBName=zabbix\nDBUser=zabbix\nDBPassword={P}\n
nagios_resource_cfg_user_macro|nagios_resource_cfg|$USER1$=/usr/lib/nagios/plugins\n$USER3$={P}\n
prometheus_scrape_basic_auth_password|prometheus_scrape_basic_auth|scrape_configs:\n  - job_name: node\n    basic_auth:\n      username: prom\n      password: {P}\n    static_configs:\n      - targets: ['{host}:9100']\n
alertmanager_smtp_auth_password|alertmanager_global_smtp|global:\n  smtp_smarthost: 'smtp.{org}.com:587'\n  smtp_auth_username: 'alerts@{org}.com'\n  smtp_auth_password: '{P}'\n
fluentbit_http_passwd|fluent_bit_output_http_passwd|[OUTPUT]\n    Name        es\n    Match       *\n    HTTP_User   fluent\n    HTTP_Passwd {P}\n
logstash_output_password|logstash_es_output_block|output {{\n  elasticsearch {{\n    hosts => ["https://{host}:9200"]\n    user => "logstash_writer"\n    password => "{P}"\n  }}\n}}\n
"""


def generate():
    r = random.Random(SEED)
    recs = []
    for line in TABLE.strip().splitlines():
        t, cont, tpl = line.split("|", 2)
        tpl = tpl.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")
        t1, _, t2 = t.partition(">")
        f = filler(r)
        pay = {"P": [(password(r), t1)]}
        if t2:
            pay["P2"] = [(password(r), t2)]
        recs.append({"part": "passwords", "container": cont, "parts": render(tpl, f, pay),
                     "source": "synthetic positional password: %s" % cont})
    return recs
