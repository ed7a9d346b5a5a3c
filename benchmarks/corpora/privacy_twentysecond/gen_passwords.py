"""Positional-password part: passwords by position, flag, directive, SQL statement or
connection-string dialect; one new span type per syntax (seed 22003)."""
import random
from common import password

SEED = 22003

# (span type, container kind, template)  {pw} password, {pw2}/{t2} optional second secret
P = [
 ('hdbsql_p_flag_password', 'hdbsql_u_p_flags_cmd', "hdbsql -n {host}:30015 -u {USER} -p {pw} \"SELECT * FROM DUMMY\""),
 ('sybase_isql_capital_p_password', 'sybase_isql_u_p_cmd', "isql -S SYBPROD -U {user} -P {pw} -D {db} -i nightly.sql"),
 ('firebird_isql_password_flag', 'isql_fb_user_password_cmd', "isql-fb -user SYSDBA -password {pw} {host}:/var/lib/firebird/data/{db}.fdb"),
 ('gsql_w_flag_password', 'opengauss_gsql_flags_cmd', "gsql -d {db} -h {host} -p 5432 -U {user} -W {pw} -c \"\\dt\""),
 ('mongostat_password_flag', 'mongostat_auth_flags_cmd', "mongostat --host {host} --username {user} --password {pw} --authenticationDatabase admin 5"),
 ('redis_benchmark_a_flag_password', 'redis_benchmark_auth_cmd', "redis-benchmark -h {host} -p 6379 -a {pw} -t set,get -n 100000 -q"),
 ('valkey_cli_pass_flag_password', 'valkey_cli_pass_cmd', "valkey-cli -h {host} --user {user} --pass {pw} INFO replication"),
 ('restic_password_env_prefix', 'restic_backup_env_prefix_cmd', "RESTIC_PASSWORD={pw} restic -r sftp:{user}@{host}:/srv/restic-repo backup /etc /home"),
 ('duplicity_passphrase_env_prefix', 'duplicity_backup_env_prefix_cmd', "PASSPHRASE={pw} duplicity /home/{user} sftp://{user}@{host}//backups/{user}"),
 ('kopia_repository_password_flag', 'kopia_repository_connect_cmd', "kopia repository connect s3 --bucket={db}-backups --password={pw}"),
 ('ansible_vault_password_file_echo', 'ansible_vault_pass_file_echo_cmd', "echo '{pw}' > ~/.vault_pass.txt && chmod 600 ~/.vault_pass.txt\nansible-playbook site.yml --vault-password-file ~/.vault_pass.txt"),
 ('ssh_keygen_n_passphrase', 'ssh_keygen_new_key_cmd', "ssh-keygen -t ed25519 -C \"{user}@{host}\" -f ~/.ssh/id_deploy -N '{pw}'"),
 ('cryptsetup_stdin_passphrase', 'cryptsetup_open_echo_pipe_cmd', "echo -n '{pw}' | cryptsetup luksOpen /dev/sdb1 backupdisk -d -"),
 ('veracrypt_password_flag', 'veracrypt_text_mount_cmd', "veracrypt --text --mount /media/usb/vault.hc /mnt/vault --password={pw} --pim=0 --keyfiles=\"\" --protect-hidden=no"),
 ('unzip_p_flag_password', 'unzip_p_extract_cmd', "unzip -P {pw} invoices-q3.zip -d ./invoices"),
 ('pdftk_user_pw_argument', 'pdftk_encrypt_output_cmd', "pdftk payroll.pdf output payroll-locked.pdf user_pw {pw} allow printing"),
 ('smbpasswd_stdin_password', 'smbpasswd_printf_pipe_cmd', "printf '{pw}\\n{pw}\\n' | smbpasswd -s -a {user}"),
 ('passwd_stdin_flag_password', 'passwd_stdin_echo_pipe_cmd', "echo '{pw}' | passwd --stdin {user}"),
 ('ldapsearch_w_flag_password', 'ldapsearch_bind_w_cmd', "ldapsearch -x -H ldaps://{host} -D \"cn={user},ou=svc,dc=corp,dc=example\" -w {pw} -b \"dc=corp,dc=example\" \"(uid=jdoe)\""),
 ('impacket_target_string_password', 'impacket_wmiexec_target_cmd', "impacket-wmiexec 'CORP/{user}:{pw}@{host}' hostname"),
 ('evil_winrm_p_flag_password', 'evil_winrm_u_p_cmd', "evil-winrm -i {host} -u {user} -p '{pw}'"),
 ('winrs_p_switch_password', 'winrs_remote_p_cmd', "winrs -r:{host} -u:CORP\\{user} -p:{pw} ipconfig /all"),
 ('net_use_positional_password', 'net_use_drive_map_cmd', "net use Z: \\\\{host}\\finance {pw} /user:CORP\\{user} /persistent:no"),
 ('wmic_password_switch', 'wmic_node_user_password_cmd', "wmic /node:{host} /user:CORP\\{user} /password:{pw} os get caption"),
 ('osql_capital_p_password', 'osql_u_p_cmd', "osql -S {host} -U {user} -P {pw} -Q \"SELECT @@VERSION\""),
 ('invoke_sqlcmd_password_param', 'invoke_sqlcmd_username_password', "Invoke-Sqlcmd -ServerInstance {host} -Database {db} -Username {user} -Password '{pw}' -Query 'SELECT 1'"),
 ('netdom_join_passwordd', 'netdom_join_domain_cmd', "netdom join %COMPUTERNAME% /domain:corp.example /UserD:CORP\\{user} /PasswordD:{pw} /reboot:10"),
 ('vmrun_gp_flag_password', 'vmrun_guest_credentials_cmd', "vmrun -T ws -gu {user} -gp {pw} runProgramInGuest \"D:\\VMs\\build01.vmx\" /usr/bin/make"),
 ('connect_viserver_password_param', 'powercli_connect_viserver', "Connect-VIServer -Server {host} -User administrator@vsphere.local -Password '{pw}'"),
 ('ovftool_locator_url_password', 'ovftool_vi_locator_cmd', "ovftool appliance.ova 'vi://administrator%40vsphere.local:{pw}@{host}/DC1/host/Cluster1'"),
 ('ilorest_login_p_flag_password', 'ilorest_login_cmd', "ilorest login {host} -u Administrator -p {pw}"),
 ('plink_pw_flag_password', 'plink_batch_pw_cmd', "plink -batch -ssh {user}@{host} -pw {pw} \"systemctl restart nginx\""),
 ('winscp_open_url_password', 'winscp_script_open_line', "option batch abort\nopen sftp://{user}:{pw}@{host}/ -hostkey=*\nput report.csv /upload/\nexit"),
 ('rsync_password_env_prefix', 'rsync_daemon_env_prefix_cmd', "RSYNC_PASSWORD={pw} rsync -av rsync://{user}@{host}/backup/ ./restore/"),
 ('rsyncd_secrets_file_line', 'rsyncd_secrets_file', "# /etc/rsyncd.secrets (chmod 600)\n{user}:{pw}"),
 ('svn_password_flag', 'svn_checkout_credentials_cmd', "svn checkout https://svn.{host}/repos/{db}/trunk --username {user} --password {pw} --non-interactive"),
 ('cvs_pserver_root_password', 'cvs_pserver_root_string', "cvs -d :pserver:{user}:{pw}@{host}:/var/lib/cvsroot checkout {db}"),
 ('p4passwd_env_assignment', 'p4_env_exports', "export P4PORT=ssl:{host}:1666\nexport P4USER={user}\nexport P4PASSWD={pw}"),
 ('jenkins_cli_auth_flag_password', 'jenkins_cli_jar_auth_cmd', "java -jar jenkins-cli.jar -s https://ci.{host}/ -auth {user}:{pw} build {db}-nightly"),
 ('jfrog_cli_config_password_flag', 'jf_config_add_cmd', "jf config add prod --url=https://{host}/ --user={user} --password={pw} --interactive=false"),
 ('buildah_login_creds_password', 'buildah_push_creds_cmd', "buildah push --creds {user}:{pw} {db}:latest docker://registry.{host}/{db}:latest"),
 ('kubectl_config_set_credentials_password', 'kubectl_set_credentials_basic_cmd', "kubectl config set-credentials {user} --username={user} --password={pw}"),
 ('oc_login_p_flag_password', 'oc_login_u_p_cmd', "oc login https://{host}:6443 -u {user} -p {pw} --insecure-skip-tls-verify"),
 ('influx_v2_setup_password_flag', 'influx_setup_force_cmd', "influx setup --username {user} --password {pw} --org acme --bucket metrics --retention 30d --force"),
 ('rabbitmqctl_change_password_positional', 'rabbitmqctl_change_password_cmd', "rabbitmqctl change_password {user} '{pw}'"),
 ('kafka_sasl_jaas_config_password', 'kafka_client_properties_jaas', "security.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512\nsasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"{user}\" password=\"{pw}\";"),
 ('couchbase_cli_p_flag_password', 'couchbase_cli_bucket_create_cmd', "couchbase-cli bucket-create -c {host}:8091 -u Administrator -p {pw} --bucket {db} --bucket-type couchbase --bucket-ramsize 512"),
 ('neo4j_admin_initial_password', 'neo4j_admin_set_initial_password_cmd', "neo4j-admin dbms set-initial-password {pw}"),
 ('elasticsearch_keystore_stdin_password', 'es_keystore_add_stdin_cmd', "echo '{pw}' | bin/elasticsearch-keystore add -x bootstrap.password"),
 ('kibana_yml_elasticsearch_password', 'kibana_yml_es_credentials', "server.host: \"0.0.0.0\"\nelasticsearch.hosts: [\"https://{host}:9200\"]\nelasticsearch.username: \"kibana_system\"\nelasticsearch.password: \"{pw}\""),
 ('beats_output_elasticsearch_password', 'filebeat_yml_output_es', "output.elasticsearch:\n  hosts: [\"https://{host}:9200\"]\n  username: \"{user}\"\n  password: \"{pw}\""),
 ('telegraf_influxdb_output_password', 'telegraf_conf_outputs_influxdb', "[[outputs.influxdb]]\n  urls = [\"https://{host}:8086\"]\n  database = \"telegraf\"\n  username = \"{user}\"\n  password = \"{pw}\""),
 ('icinga2_api_user_password', 'icinga2_api_users_conf', "object ApiUser \"{user}\" {{\n  password = \"{pw}\"\n  permissions = [ \"status/query\", \"objects/query/*\" ]\n}}"),
 ('netsnmp_createuser_auth_passphrase', 'snmpd_conf_createuser_line', "createUser {user} SHA \"{pw}\" AES \"{pw2}\"\nrouser {user} priv", 'netsnmp_createuser_priv_passphrase'),
 ('hostapd_conf_wpa_passphrase', 'hostapd_conf_wpa_block', "interface=wlan0\nssid={ssid}\nwpa=2\nwpa_key_mgmt=WPA-PSK\nwpa_passphrase={pw}\nrsn_pairwise=CCMP"),
 ('netplan_wifi_access_point_password', 'netplan_yaml_wifis', "network:\n  version: 2\n  wifis:\n    wlan0:\n      dhcp4: true\n      access-points:\n        \"{ssid}\":\n          password: \"{pw}\""),
 ('networkmanager_keyfile_psk', 'nmconnection_keyfile_wifi_security', "[connection]\nid={ssid}\ntype=wifi\n\n[wifi]\nssid={ssid}\n\n[wifi-security]\nkey-mgmt=wpa-psk\npsk={pw}"),
 ('esp_idf_sdkconfig_wifi_password', 'esp_idf_sdkconfig_lines', "CONFIG_ESP_WIFI_SSID=\"{ssid}\"\nCONFIG_ESP_WIFI_PASSWORD=\"{pw}\"\nCONFIG_ESP_MAXIMUM_RETRY=5"),
 ('esphome_wifi_password', 'esphome_device_yaml_wifi', "esphome:\n  name: greenhouse-sensor\n\nwifi:\n  ssid: \"{ssid}\"\n  password: \"{pw}\""),
 ('raspi_config_nonint_wifi_passphrase', 'raspi_config_nonint_cmd', "sudo raspi-config nonint do_wifi_ssid_passphrase {ssid} {pw}"),
 ('openvpn_auth_user_pass_file_password', 'openvpn_auth_user_pass_file', "# /etc/openvpn/client/auth.txt\n{user}\n{pw}"),
 ('cisco_ios_enable_password', 'ios_enable_password_line', "hostname edge-r1\n!\nenable password {pw}\n!\nline con 0\n logging synchronous"),
 ('cisco_ios_line_vty_password', 'ios_line_vty_block', "line vty 0 4\n password {pw}\n login\n transport input ssh"),
 ('mssql_create_login_with_password', 'tsql_create_login_stmt', "CREATE LOGIN [{user}] WITH PASSWORD = N'{pw}', CHECK_POLICY = OFF;\nGO"),
 ('oracle_alter_user_identified_by', 'oracle_alter_user_stmt', "ALTER USER {USER} IDENTIFIED BY \"{pw}\" ACCOUNT UNLOCK;"),
 ('postgres_create_role_login_password', 'postgres_create_role_stmt', "CREATE ROLE {user} WITH LOGIN PASSWORD '{pw}' VALID UNTIL '2026-01-01';"),
 ('postgres_dblink_connect_password', 'postgres_dblink_connect_call', "SELECT * FROM dblink('host={host} dbname={db} user={user} password={pw}', 'SELECT id FROM accounts') AS t(id int);"),
 ('mysql_replication_source_password', 'mysql_change_replication_source_stmt', "CHANGE REPLICATION SOURCE TO SOURCE_HOST='{host}', SOURCE_USER='repl', SOURCE_PASSWORD='{pw}', SOURCE_AUTO_POSITION=1;"),
 ('mysql_create_server_options_password', 'mysql_create_server_federated_stmt', "CREATE SERVER fedlink FOREIGN DATA WRAPPER mysql OPTIONS (USER '{user}', PASSWORD '{pw}', HOST '{host}', DATABASE '{db}');"),
 ('vertica_create_user_identified_by', 'vertica_create_user_stmt', "CREATE USER {user} IDENTIFIED BY '{pw}';\nGRANT USAGE ON SCHEMA public TO {user};"),
 ('hana_create_user_password', 'hana_create_user_stmt', "CREATE USER {USER} PASSWORD {pw} NO FORCE_FIRST_PASSWORD_CHANGE;"),
 ('surrealql_define_user_password', 'surrealql_define_user_stmt', "DEFINE USER {user} ON ROOT PASSWORD '{pw}' ROLES OWNER;"),
 ('tsql_openrowset_pwd', 'tsql_openrowset_query', "SELECT a.* FROM OPENROWSET('MSOLEDBSQL', 'Server={host};Uid={user};Pwd={pw};', 'SELECT TOP 5 * FROM {db}.dbo.orders') AS a;"),
 ('sqlldr_userid_slash_password', 'sqlldr_userid_cmd', "sqlldr userid={user}/{pw}@ORCLPDB1 control=load_orders.ctl log=load.log"),
 ('go_mssqldb_url_password', 'go_mssqldb_sqlserver_url', "db, err := sql.Open(\"sqlserver\", \"sqlserver://{user}:{pw}@{host}:1433?database={db}\")"),
 ('python_oracledb_password_kwarg', 'python_oracledb_connect_call', "conn = oracledb.connect(user=\"{user}\", password=\"{pw}\", dsn=\"{host}/ORCLPDB1\")"),
 ('psycopg_connect_password_kwarg', 'psycopg_connect_kwargs_call', "conn = psycopg.connect(host=\"{host}\", dbname=\"{db}\", user=\"{user}\", password=\"{pw}\")"),
 ('pymysql_connect_passwd_kwarg', 'pymysql_connect_kwargs_call', "conn = pymysql.connect(host='{host}', user='{user}', passwd='{pw}', db='{db}')"),
 ('node_pg_pool_config_password', 'node_pg_pool_constructor', "const pool = new Pool({{\n  host: '{host}',\n  user: '{user}',\n  password: '{pw}',\n  database: '{db}',\n}});"),
 ('sequelize_constructor_positional_password', 'sequelize_new_instance_call', "const sequelize = new Sequelize('{db}', '{user}', '{pw}', {{\n  host: '{host}',\n  dialect: 'postgres',\n}});"),
 ('jdbc_informix_password_property', 'jdbc_informix_sqli_url', "jdbc:informix-sqli://{host}:9088/{db}:INFORMIXSERVER=ol_prod;user={user};password={pw}"),
 ('jdbc_teradata_password_param', 'jdbc_teradata_url', "jdbc:teradata://{host}/DATABASE={db},USER={user},PASSWORD={pw}"),
 ('hibernate_cfg_connection_password', 'hibernate_cfg_xml_properties', "<property name=\"hibernate.connection.url\">jdbc:postgresql://{host}/{db}</property>\n<property name=\"hibernate.connection.username\">{user}</property>\n<property name=\"hibernate.connection.password\">{pw}</property>"),
 ('php_pdo_constructor_password', 'php_new_pdo_call', "$pdo = new PDO('mysql:host={host};dbname={db}', '{user}', '{pw}');"),
 ('php_mysqli_constructor_password', 'php_new_mysqli_call', "$mysqli = new mysqli('{host}', '{user}', '{pw}', '{db}');"),
 ('ruby_pg_connect_password_key', 'ruby_pg_connect_call', "conn = PG.connect(host: '{host}', dbname: '{db}', user: '{user}', password: '{pw}')"),
 ('rust_sqlx_connect_options_password', 'rust_sqlx_pgconnectoptions_chain', "let opts = PgConnectOptions::new()\n    .host(\"{host}\")\n    .username(\"{user}\")\n    .password(\"{pw}\")\n    .database(\"{db}\");"),
 ('elixir_postgrex_password_option', 'postgrex_start_link_call', "{{:ok, pid}} = Postgrex.start_link(hostname: \"{host}\", username: \"{user}\", password: \"{pw}\", database: \"{db}\")"),
 ('odbc_ini_dsn_password', 'odbc_ini_dsn_section', "[{db}_prod]\nDriver = PostgreSQL Unicode\nServername = {host}\nUsername = {user}\nPassword = {pw}\nDatabase = {db}"),
 ('pgpass_colon_line_password', 'pgpass_file_line', "# ~/.pgpass\n{host}:5432:{db}:{user}:{pw}"),
 ('my_cnf_client_section_password', 'my_cnf_client_section', "[client]\nuser={user}\npassword={pw}\nhost={host}"),
 ('redis_conf_requirepass', 'redis_conf_requirepass_line', "bind 0.0.0.0\nprotected-mode yes\nrequirepass {pw}\nmaxmemory 2gb"),
 ('redis_sentinel_auth_pass', 'sentinel_conf_auth_pass_line', "sentinel monitor mymaster {host} 6379 2\nsentinel auth-pass mymaster {pw}\nsentinel down-after-milliseconds mymaster 5000"),
 ('proxysql_admin_credentials', 'proxysql_cnf_admin_variables', "admin_variables=\n{{\n  admin_credentials=\"admin:{pw}\"\n  mysql_ifaces=\"0.0.0.0:6032\"\n}}"),
 ('maxscale_server_password', 'maxscale_cnf_service_section', "[Read-Write-Service]\ntype=service\nrouter=readwritesplit\nservers=db1,db2\nuser={user}\npassword={pw}"),
 ('shadowsocks_config_password', 'shadowsocks_config_json', "{{\n  \"server\": \"{host}\",\n  \"server_port\": 8388,\n  \"password\": \"{pw}\",\n  \"method\": \"chacha20-ietf-poly1305\"\n}}"),
 ('msmtprc_password_directive', 'msmtprc_account_block', "account work\nhost smtp.{host}\nport 587\nauth on\nuser {user}@{host}\npassword {pw}\ntls on"),
 ('muttrc_smtp_pass_setting', 'muttrc_set_smtp_pass', "set smtp_url = \"smtp://{user}@smtp.{host}:587/\"\nset smtp_pass = \"{pw}\"\nset ssl_starttls = yes"),
 ('prosodyctl_register_positional_password', 'prosodyctl_register_cmd', "prosodyctl register {user} chat.{host} {pw}"),
 ('murmur_ini_serverpassword', 'murmur_ini_server_block', "port=64738\nusers=50\nserverpassword={pw}\nregisterName=Guild voice"),
 ('minecraft_rcon_password_property', 'minecraft_server_properties', "enable-rcon=true\nrcon.port=25575\nrcon.password={pw}\nmotd=Family server"),
 ('srcds_rcon_password_cvar', 'srcds_server_cfg_cvars', "hostname \"Friday LAN\"\nrcon_password \"{pw}\"\nsv_lan 1"),
 ('hexchat_servlist_password_line', 'hexchat_servlist_conf_entry', "N=Libera\nI={user}\nP={pw}\nS=irc.libera.chat/6697"),
 ('aria2_rpc_secret_directive', 'aria2_conf_rpc_section', "enable-rpc=true\nrpc-listen-all=false\nrpc-secret={pw}\ndir=/srv/downloads"),
 ('nextcloudcmd_p_flag_password', 'nextcloudcmd_sync_cmd', "nextcloudcmd -u {user} -p {pw} --non-interactive ~/Nextcloud https://cloud.{host}"),
 ('tigervnc_vncpasswd_stdin_password', 'vncpasswd_f_echo_pipe_cmd', "echo '{pw}' | vncpasswd -f > ~/.vnc/passwd"),
 ('sqlmap_auth_cred_password', 'sqlmap_auth_basic_cmd', "sqlmap -u \"https://{host}/report?id=1\" --auth-type=Basic --auth-cred=\"{user}:{pw}\" --batch"),
 ('packer_ssh_password_attribute', 'packer_source_block_hcl', "source \"qemu\" \"debian\" {{\n  ssh_username = \"{user}\"\n  ssh_password = \"{pw}\"\n  ssh_timeout  = \"20m\"\n}}"),
 ('vagrant_config_ssh_password', 'vagrantfile_ssh_settings', "Vagrant.configure(\"2\") do |config|\n  config.vm.box = \"generic/alma9\"\n  config.ssh.username = \"{user}\"\n  config.ssh.password = \"{pw}\"\nend"),
 ('salt_ssh_roster_passwd', 'salt_ssh_roster_entry', "web-03:\n  host: {host}\n  user: {user}\n  passwd: {pw}\n  sudo: True"),
 ('terraform_provider_block_password', 'terraform_vsphere_provider_block', "provider \"vsphere\" {{\n  user                 = \"administrator@vsphere.local\"\n  password             = \"{pw}\"\n  vsphere_server       = \"{host}\"\n  allow_unverified_ssl = true\n}}"),
 ('kubectl_create_secret_from_literal_password', 'kubectl_create_secret_generic_literal_cmd', "kubectl create secret generic {db}-db --from-literal=username={user} --from-literal=password={pw} -n {db}"),
]

USERS = ['svc_report', 'etl', 'backup', 'ops', 'deploy', 'jkowalski', 'mchen', 'appuser']
HOSTS = ['db01.corp.example', 'srv-app-02.lan', 'fs1.branch.example', 'ora-prod.dc2.example', 'mx.acme-mail.example']
DBS = ['orders', 'ledger', 'crm', 'inventory', 'payroll', 'telemetry']
SSIDS = ['Casa_Lopez', 'FRITZ!Box 7590 KQ', 'Greenhouse-IoT', 'Office-5G', 'TP-Link_8A2C', 'Vodafone-3F21']


def build():
    r = random.Random(SEED)
    recs = []
    for row in P:
        t, kind, tpl = row[:3]
        pw = password(r)
        pw2 = password(r)
        user = r.choice(USERS)
        fill = dict(pw=pw, pw2=pw2, user=user, USER=user.upper(), host=r.choice(HOSTS), db=r.choice(DBS), ssid=r.choice(SSIDS))
        text = tpl.format(**fill)
        secrets = [(pw, t)]
        if len(row) > 3:
            secrets.append((pw2, row[3]))
        recs.append((kind, text, secrets))
    return recs
