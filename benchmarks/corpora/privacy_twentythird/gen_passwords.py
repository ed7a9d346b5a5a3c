"""Positional-password part: one new span type per syntax."""
import random
from common import password, assemble, fill, fillers

SEED = 23003

# (span type, container kind, template) ; every {P} is the same password and is labelled
SYNTAX = [
 ("sshpass_p_flag_password", "sshpass_ssh_cmd", "sshpass -p '{P}' ssh -o StrictHostKeyChecking=no {USER}@{HOST} uptime"),
 ("mount_cifs_password_option", "mount_t_cifs_cmd", "sudo mount -t cifs //nas.lan/share /mnt/share -o username={USER},password={P},vers=3.0"),
 ("smbclient_u_percent_password", "smbclient_list_cmd", "smbclient -L //fileserver.lan -U '{USER}%{P}'"),
 ("htpasswd_b_flag_password", "htpasswd_batch_cmd", "htpasswd -b -B /etc/nginx/.htpasswd {USER} {P}"),
 ("chpasswd_echo_pipe_password", "chpasswd_echo_pipe_cmd", "echo '{USER}:{P}' | sudo chpasswd"),
 ("openssl_passwd_plaintext_arg", "usermod_p_openssl_passwd_cmd", "sudo usermod -p \"$(openssl passwd -6 '{P}')\" {USER}"),
 ("mysqladmin_password_positional", "mysqladmin_set_password_cmd", "mysqladmin -u root password '{P}'"),
 ("pgbouncer_userlist_password", "pgbouncer_userlist_txt", "\"{USER}\" \"{P}\"\n\"stats\" \"md5a3c1f0e2d9b8c7a6f5e4d3c2b1a09f8e\""),
 ("lftp_u_comma_password", "lftp_mirror_cmd", "lftp -u {USER},{P} -e 'mirror -R ./dist /htdocs; quit' ftp.{HOST}"),
 ("aria2c_ftp_passwd_flag", "aria2c_ftp_download_cmd", "aria2c --ftp-user={USER} --ftp-passwd={P} ftp://mirror.lan/iso/debian.iso"),
 ("wget_http_password_flag", "wget_http_auth_cmd", "wget --http-user={USER} --http-password={P} https://intranet.lan/reports/q3.pdf"),
 ("ldappasswd_s_flag_new_password", "ldappasswd_reset_cmd", "ldappasswd -x -D cn=admin,dc=corp,dc=lan -W -s {P} uid={USER},ou=people,dc=corp,dc=lan"),
 ("kinit_stdin_echo_password", "kinit_echo_pipe_cmd", "echo '{P}' | kinit {USER}@CORP.LAN"),
 ("ktpass_pass_switch", "ktpass_keytab_cmd", "ktpass /out http.keytab /princ HTTP/web.corp.lan@CORP.LAN /mapuser svc_web /pass {P} /crypto AES256-SHA1 /ptype KRB5_NT_PRINCIPAL"),
 ("net_user_add_password", "net_user_add_cmd", "net user {USER} {P} /add /fullname:\"Build Agent\""),
 ("winlogon_defaultpassword_reg_value", "reg_add_winlogon_cmd", "reg add \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\" /v DefaultPassword /t REG_SZ /d {P} /f"),
 ("sysinternals_autologon_positional", "autologon_exe_cmd", "Autologon.exe {USER} CORP {P} /accepteula"),
 ("db2_connect_using_password", "db2_clp_connect_stmt", "db2 connect to SAMPLE user db2inst1 using {P}"),
 ("unixodbc_isql_positional_password", "unixodbc_isql_cmd", "isql -v ReportingDSN {USER} {P}"),
 ("mysql_set_password_for_stmt", "mysql_set_password_stmt", "SET PASSWORD FOR '{USER}'@'%' = '{P}';"),
 ("mariadb_grant_identified_by", "mariadb_legacy_grant_stmt", "GRANT ALL PRIVILEGES ON {PROJ}.* TO '{USER}'@'10.%' IDENTIFIED BY '{P}';"),
 ("postgres_user_mapping_options_password", "postgres_create_user_mapping_stmt", "CREATE USER MAPPING FOR app_user SERVER legacy_srv OPTIONS (user '{USER}', password '{P}');"),
 ("mssql_create_credential_secret", "tsql_create_credential_stmt", "CREATE CREDENTIAL AzureBlobCred WITH IDENTITY = '{USER}', SECRET = '{P}';"),
 ("mssql_master_key_encryption_password", "tsql_create_master_key_stmt", "CREATE MASTER KEY ENCRYPTION BY PASSWORD = '{P}';"),
 ("mssql_addlinkedsrvlogin_rmtpassword", "tsql_sp_addlinkedsrvlogin_call", "EXEC sp_addlinkedsrvlogin @rmtsrvname = N'LEGACY01', @useself = N'False', @rmtuser = N'{USER}', @rmtpassword = N'{P}';"),
 ("oracle_database_link_identified_by", "oracle_create_database_link_stmt", "CREATE DATABASE LINK hr_link CONNECT TO {USER} IDENTIFIED BY {P} USING 'HRPROD';"),
 ("redshift_create_user_password", "redshift_create_user_stmt", "CREATE USER {USER} PASSWORD '{P}' CONNECTION LIMIT 10;"),
 ("clickhouse_plaintext_password_by", "clickhouse_create_user_stmt", "CREATE USER {USER} IDENTIFIED WITH plaintext_password BY '{P}';"),
 ("clickhouse_users_xml_password", "clickhouse_users_xml_user", "<clickhouse><users><{USER}><password>{P}</password><networks><ip>::/0</ip></networks></{USER}></users></clickhouse>"),
 ("couchdb_local_ini_admins_password", "couchdb_local_ini_admins", "[admins]\n{USER} = {P}\n\n[chttpd]\nbind_address = 0.0.0.0"),
 ("elasticsearch_users_p_flag", "elasticsearch_users_useradd_cmd", "bin/elasticsearch-users useradd {USER} -p {P} -r superuser"),
 ("kafka_configs_scram_password", "kafka_configs_add_scram_cmd", "kafka-configs.sh --bootstrap-server kafka.lan:9092 --alter --add-config 'SCRAM-SHA-512=[password={P}]' --entity-type users --entity-name {USER}"),
 ("jaas_user_prefix_password", "zookeeper_server_jaas_conf", "Server {\n  org.apache.zookeeper.server.auth.DigestLoginModule required\n  user_{USER}=\"{P}\";\n};"),
 ("artemis_create_password_flag", "artemis_create_broker_cmd", "./artemis create mybroker --user {USER} --password {P} --require-login"),
 ("rabbitmq_conf_default_pass", "rabbitmq_conf_defaults", "default_user = {USER}\ndefault_pass = {P}\nlisteners.tcp.default = 5672"),
 ("nats_server_authorization_password", "nats_server_conf_authorization", "authorization {\n  user: {USER}\n  password: {P}\n  timeout: 2\n}"),
 ("mosquitto_passwd_b_flag", "mosquitto_passwd_batch_cmd", "mosquitto_passwd -b /etc/mosquitto/passwd {USER} {P}"),
 ("redis_conf_masterauth", "redis_replica_conf_block", "replicaof 10.0.0.5 6379\nmasterauth {P}\nreplica-read-only yes"),
 ("redis_cli_session_auth_command", "redis_cli_interactive_session", "127.0.0.1:6379> AUTH {P}\nOK\n127.0.0.1:6379> DBSIZE\n(integer) 4182"),
 ("tinyproxy_basicauth_password", "tinyproxy_conf_basicauth", "Port 8888\nBasicAuth {USER} {P}\nAllow 10.0.0.0/8"),
 ("threeproxy_users_cl_password", "threeproxy_cfg_users_line", "users {USER}:CL:{P}\nauth strong\nproxy -p3128"),
 ("strongswan_ipsec_secrets_psk", "ipsec_secrets_psk_line", "203.0.113.10 198.51.100.7 : PSK \"{P}\""),
 ("openconnect_passwd_on_stdin", "openconnect_stdin_echo_cmd", "echo '{P}' | sudo openconnect --user={USER} --passwd-on-stdin vpn.corp.example"),
 ("pppd_chap_secrets_password", "ppp_chap_secrets_line", "# client  server  secret  IP addresses\n{USER}  *  {P}  *"),
 ("ssmtp_conf_authpass", "ssmtp_conf_file", "mailhub=smtp.example.net:587\nAuthUser={USER}\nAuthPass={P}\nUseSTARTTLS=YES"),
 ("postfix_sasl_passwd_map_password", "postfix_sasl_passwd_file", "[smtp.example.net]:587 {USER}:{P}"),
 ("fetchmailrc_with_password", "fetchmailrc_poll_entry", "poll imap.example.net protocol IMAP\n  user '{USER}' there with password '{P}' is '{USER}' here\n  ssl"),
 ("offlineimaprc_remotepass", "offlineimaprc_repository", "[Repository Remote]\ntype = IMAP\nremotehost = imap.example.net\nremoteuser = {USER}\nremotepass = {P}"),
 ("mbsyncrc_pass_directive", "mbsyncrc_imap_account", "IMAPAccount work\nHost imap.example.net\nUser {USER}\nPass {P}\nSSLType IMAPS"),
 ("getmailrc_password", "getmailrc_retriever_section", "[retriever]\ntype = SimpleIMAPSSLRetriever\nserver = imap.example.net\nusername = {USER}\npassword = {P}"),
 ("nut_upsd_users_password", "nut_upsd_users_section", "[monuser]\n  password = {P}\n  upsmon primary"),
 ("snmpwalk_v3_auth_passphrase", "snmpwalk_v3_cmd", "snmpwalk -v3 -u monitor -l authNoPriv -a SHA -A {P} 10.0.0.1 system"),
 ("ipmitool_p_flag_password", "ipmitool_lanplus_cmd", "ipmitool -I lanplus -H 10.0.9.21 -U ADMIN -P {P} chassis power status"),
 ("qemu_secret_object_data", "qemu_vnc_secret_object_cmd", "qemu-system-x86_64 -object secret,id=vnc0,data={P} -vnc :1,password-secret=vnc0 disk.qcow2"),
 ("vboxmanage_unattended_password", "vboxmanage_unattended_install_cmd", "VBoxManage unattended install ubuntu-vm --iso=ubuntu.iso --user={USER} --password={P} --install-additions"),
 ("docker_run_mysql_root_password_env", "docker_run_e_flag_cmd", "docker run -d --name db -e MYSQL_ROOT_PASSWORD={P} -p 3306:3306 mysql:8.4"),
 ("flux_source_git_password_flag", "flux_create_source_git_cmd", "flux create source git app --url=https://git.lan/{PROJ}.git --branch=main --username={USER} --password={P}"),
 ("az_login_p_flag_password", "az_login_u_p_cmd", "az login -u {USER}@corp.example -p {P}"),
 ("ibmcloud_login_p_flag_password", "ibmcloud_login_cmd", "ibmcloud login -a cloud.ibm.com -u {USER}@corp.example -p {P} -r eu-de"),
 ("openstack_os_password_flag", "openstack_cli_cmd", "openstack --os-auth-url https://keystone.lan:5000/v3 --os-username {USER} --os-password {P} server list"),
 ("minio_mc_alias_set_secret", "mc_alias_set_cmd", "mc alias set lab http://minio.lan:9000 labadmin {P}"),
 ("borg_passphrase_env_prefix", "borg_create_env_prefix_cmd", "BORG_PASSPHRASE='{P}' borg create /backup/repo::{DATE} /home"),
 ("sevenzip_p_attached_password", "sevenzip_archive_cmd", "7z a -t7z -mhe=on -p{P} secrets-{DATE}.7z ./export/"),
 ("rar_hp_attached_password", "rar_archive_cmd", "rar a -hp{P} payroll.rar payroll/"),
 ("gpg_batch_passphrase_flag", "gpg_batch_decrypt_cmd", "gpg --batch --yes --pinentry-mode loopback --passphrase {P} -d backup.tar.gpg > backup.tar"),
 ("keytool_storepass_flag", "keytool_import_cmd", "keytool -importcert -alias corp-root -file root.crt -keystore truststore.jks -storepass {P} -noprompt"),
 ("knife_bootstrap_ssh_password", "knife_bootstrap_cmd", "knife bootstrap 10.0.4.11 --connection-user {USER} --connection-password {P} --sudo -N web-11"),
 ("fabric_connect_kwargs_password", "fabric_connection_call", "c = Connection(\"{HOST}\", user=\"{USER}\", connect_kwargs={\"password\": \"{P}\"})"),
 ("paramiko_connect_password_kwarg", "paramiko_sshclient_connect_call", "client = paramiko.SSHClient()\nclient.connect(\"{HOST}\", username=\"{USER}\", password=\"{P}\")"),
 ("smtplib_login_positional_password", "python_smtplib_login_call", "server = smtplib.SMTP(\"smtp.example.net\", 587)\nserver.starttls()\nserver.login(\"{EMAIL}\", \"{P}\")"),
 ("nodemailer_auth_pass", "nodemailer_create_transport_call", "const t = nodemailer.createTransport({\n  host: 'smtp.example.net',\n  auth: { user: '{EMAIL}', pass: '{P}' },\n});"),
 ("phpmailer_password_property", "phpmailer_smtp_setup", "$mail->isSMTP();\n$mail->Username = '{EMAIL}';\n$mail->Password = '{P}';"),
 ("javamail_password_authentication_ctor", "javamail_authenticator_class", "return new PasswordAuthentication(\"{EMAIL}\", \"{P}\");"),
 ("django_databases_password_key", "django_settings_databases_dict", "DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'USER': '{USER}',\n        'PASSWORD': '{P}',\n    }\n}"),
 ("r_dbconnect_password_arg", "r_dbi_dbconnect_call", "con <- dbConnect(RPostgres::Postgres(), host = \"{HOST}\", user = \"{USER}\", password = \"{P}\")"),
 ("jdbc_oracle_thin_slash_password", "jdbc_oracle_thin_url", "jdbc:oracle:thin:{USER}/{P}@//ora.lan:1521/ORCLPDB1"),
 ("ftp_n_script_user_password", "ftp_n_heredoc_script", "ftp -n ftp.example.net <<EOF\nuser {USER} {P}\nbinary\nput release.zip\nbye\nEOF"),
 ("wpa_passphrase_positional", "wpa_passphrase_cmd", "wpa_passphrase HomeNet-5G {P} >> /etc/wpa.conf"),
 ("nmcli_wifi_connect_password", "nmcli_device_wifi_connect_cmd", "nmcli device wifi connect Office-Guest password {P}"),
 ("netsh_hostednetwork_key", "netsh_wlan_hostednetwork_cmd", "netsh wlan set hostednetwork mode=allow ssid=LabAP key={P}"),
 ("networksetup_airport_password", "macos_networksetup_cmd", "networksetup -setairportnetwork en0 Studio-WiFi {P}"),
 ("wifi_qr_string_password", "wifi_qr_payload_string", "WIFI:T:WPA;S:Cafe-Upstairs;P:{P};;"),
 ("huawei_local_user_password_cipher", "huawei_vrp_aaa_block", "aaa\n local-user {USER} password irreversible-cipher {P}\n local-user {USER} service-type ssh"),
 ("vyos_plaintext_password", "vyos_set_system_login_cmd", "set system login user {USER} authentication plaintext-password {P}"),
 ("teamspeak_serveradmin_password_arg", "ts3server_start_cmd", "./ts3server_minimal_runscript.sh serveradmin_password={P} license_accepted=1"),
 ("factorio_game_password", "factorio_server_settings_json", "{\n  \"name\": \"Friends\",\n  \"game_password\": \"{P}\",\n  \"max_players\": 8\n}"),
 ("valheim_password_flag", "valheim_dedicated_start_cmd", "./valheim_server.x86_64 -name \"Nordheim\" -port 2456 -world Dedicated -password \"{P}\" -public 0"),
 ("code_server_config_password", "code_server_config_yaml", "bind-addr: 0.0.0.0:8080\nauth: password\npassword: {P}\ncert: false"),
 ("grafana_ini_admin_password", "grafana_ini_security_section", "[security]\nadmin_user = admin\nadmin_password = {P}"),
 ("gitea_admin_create_password_flag", "gitea_admin_user_create_cmd", "gitea admin user create --username {USER} --password {P} --email {EMAIL} --admin"),
 ("kcadm_config_credentials_password", "kcadm_config_credentials_cmd", "kcadm.sh config credentials --server https://sso.lan --realm master --user admin --password {P}"),
 ("tomcat_users_xml_password_attr", "tomcat_users_xml_user_element", "<tomcat-users>\n  <user username=\"{USER}\" password=\"{P}\" roles=\"manager-gui\"/>\n</tomcat-users>"),
 ("wsadmin_password_flag", "websphere_wsadmin_cmd", "./wsadmin.sh -lang jython -user wasadmin -password {P} -f deploy.py"),
 ("hdbuserstore_set_positional_password", "hdbuserstore_set_cmd", "hdbuserstore SET BACKUPKEY hana.lan:30015 {USER} {P}"),
 ("bteq_logon_comma_password", "bteq_logon_script", ".LOGON tdprod/{USER},{P}\nSELECT COUNT(*) FROM sales.orders;\n.LOGOFF"),
 ("mongo_shell_db_auth_call", "mongo_legacy_shell_session", "> use admin\nswitched to db admin\n> db.auth(\"{USER}\", \"{P}\")\n1"),
 ("beeline_p_flag_password", "beeline_jdbc_hive2_cmd", "beeline -u jdbc:hive2://hive.lan:10000/default -n {USER} -p {P}"),
 ("airflow_connections_conn_password", "airflow_connections_add_cmd", "airflow connections add warehouse --conn-type postgres --conn-host {HOST} --conn-login {USER} --conn-password {P}"),
 ("superset_create_admin_password_flag", "superset_fab_create_admin_cmd", "superset fab create-admin --username admin --firstname Ops --lastname Team --email {EMAIL} --password {P}"),
 ("percona_dsn_p_key", "pt_table_checksum_dsn_cmd", "pt-table-checksum h=mysql-a.lan,u=checksum,p={P},P=3306 --replicate=percona.checksums"),
 ("haproxy_stats_auth_password", "haproxy_listen_stats_block", "listen stats\n  bind :8404\n  stats enable\n  stats auth admin:{P}"),
 ("icecast_source_password", "icecast_xml_authentication", "<authentication>\n  <source-password>{P}</source-password>\n</authentication>"),
 ("asterisk_sip_secret", "asterisk_sip_conf_peer", "[{N}]\ntype=friend\nsecret={P}\nhost=dynamic\ncontext=internal"),
 ("iscsi_node_session_auth_password", "iscsiadm_node_update_cmd", "iscsiadm -m node -T iqn.2024-01.lan.nas:target1 --op=update -n node.session.auth.password -v {P}"),
 ("drbd_net_shared_secret", "drbd_resource_net_section", "net {\n  cram-hmac-alg sha1;\n  shared-secret \"{P}\";\n}"),
 ("cisco_hsrp_authentication_text", "ios_interface_standby_block", "interface Vlan10\n standby 1 ip 10.10.0.1\n standby 1 authentication text {P}"),
 ("ospf_message_digest_key", "ios_ospf_interface_block", "interface Gi0/1\n ip ospf authentication message-digest\n ip ospf message-digest-key 1 md5 {P}"),
 ("bgp_neighbor_password", "bgp_router_neighbor_block", "router bgp 65001\n neighbor 192.0.2.1 remote-as 65002\n neighbor 192.0.2.1 password {P}"),
 ("tacacs_server_key", "ios_tacacs_server_block", "tacacs server TAC1\n address ipv4 10.0.0.50\n key {P}"),
 ("freeradius_client_secret", "freeradius_clients_conf_block", "client wifi-controller {\n  ipaddr = 10.0.7.2\n  secret = {P}\n}"),
]


def generate():
    rng = random.Random(SEED)
    recs = []
    for t, kind, tpl in SYNTAX:
        f = fillers(rng)
        body = fill(tpl, f)
        pw = password(rng)
        segs = body.split("{P}")
        parts = []
        for i, s in enumerate(segs):
            parts.append(s)
            if i < len(segs) - 1:
                parts.append((pw, t))
        text, spans = assemble(parts)
        recs.append({"type": t, "container": kind, "text": text, "secrets": spans, "source": "password"})
    return recs
