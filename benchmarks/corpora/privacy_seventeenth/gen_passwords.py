"""Passwords given by position in tools' own syntaxes: CLI subcommands, config directives, SQL,
connection strings. Entry: (container kind, {slot: span type}, template). Values use [A-Za-z0-9._-]."""
import random
from common import render, human_password, strong_password

SEED = 17003
E = [
('mysqladmin_password_subcommand', {'S': 'mysqladmin_new_root_password'}, "root@«host»:~# mysqladmin -u root password '«S»'\nroot@«host»:~# mysql -u root -p -e 'SELECT VERSION();'\n"),
('htpasswd_batch_mode_cli', {'S': 'htpasswd_batch_password'}, "$ sudo htpasswd -b -c /etc/nginx/.htpasswd «user» «S»\nAdding password for user «user»\n$ sudo nginx -t && sudo systemctl reload nginx\n"),
('rabbitmqctl_add_user_cli', {'S': 'rabbitmqctl_add_user_password'}, "$ rabbitmqctl add_user «app»_svc «S»\nAdding user \"«app»_svc\" ...\nDone. Don't forget to grant the user permissions to some virtual hosts!\n$ rabbitmqctl set_permissions -p / «app»_svc \".*\" \".*\" \".*\"\n"),
('rabbitmqctl_change_password_cli', {'S': 'rabbitmqctl_change_password'}, "# rotate broker creds (ticket OPS-«int»)\nrabbitmqctl change_password monitoring «S»\nrabbitmqctl list_users\n"),
('ipmitool_lanplus_user_set', {'S': 'ipmitool_lanplus_password', 'S2': 'ipmi_user_new_password'}, "$ ipmitool -I lanplus -H «ip» -U ADMIN -P «S» user set password 3 «S2»\nSet User Password command successful (user 3)\n$ ipmitool -I lanplus -H «ip» -U ADMIN -P «S» user list 1\n"),
('chpasswd_stdin_pair', {'S': 'chpasswd_user_password'}, "#!/bin/sh\nuseradd -m -s /bin/bash deploy\necho 'deploy:«S»' | chpasswd\nusermod -aG sudo deploy\n"),
('windows_net_user_add', {'S': 'net_user_add_password'}, "C:\\> net user svc_backup «S» /add /expires:never /comment:\"Veeam service account\"\nThe command completed successfully.\n\nC:\\> net localgroup \"Backup Operators\" svc_backup /add\n"),
('ldappasswd_set_new_password', {'S': 'ldap_bind_password', 'S2': 'ldappasswd_new_password'}, "$ ldappasswd -H ldaps://ldap.«domain» -x -D \"cn=admin,dc=«org»,dc=io\" -w «S» -s «S2» \"uid=«user»,ou=people,dc=«org»,dc=io\"\n"),
('kadmin_addprinc_pw_flag', {'S': 'kerberos_principal_password'}, "# kadmin.local -q \"addprinc -pw «S» «user»@«org».LAN\"\nAuthenticating as principal root/admin@«org».LAN with password.\nPrincipal \"«user»@«org».LAN\" created.\n"),
('sqlplus_userid_slash_password', {'S': 'sqlplus_connect_password'}, "$ sqlplus -s scott/«S»@//«host»:1521/ORCLPDB1 @reports/month_end.sql\nSQL*Plus: Release 19.0.0.0.0 - Production\n"),
('unixodbc_isql_positional', {'S': 'isql_dsn_password'}, "$ isql -v PRODDSN «dbuser» «S»\n+---------------------------------------+\n| Connected!                            |\n+---------------------------------------+\nSQL> SELECT COUNT(*) FROM orders;\n"),
('mosquitto_passwd_batch', {'S': 'mosquitto_passwd_batch_password'}, "$ sudo mosquitto_passwd -b /etc/mosquitto/passwd sensor-gw «S»\n$ sudo systemctl restart mosquitto\n"),
('openssl_pkcs12_passout_arg', {'S': 'openssl_pkcs12_export_password'}, "openssl pkcs12 -export -in «app».crt -inkey «app».key -certfile chain.pem \\\n  -name «app» -out «app».p12 -passout pass:«S»\n"),
('keytool_storepass_keypass', {'S': 'java_keystore_storepass', 'S2': 'java_keystore_keypass'}, "keytool -genkeypair -alias «app» -keyalg RSA -keysize 2048 -validity 825 \\\n  -keystore «app».jks -storepass «S» -keypass «S2» \\\n  -dname \"CN=«app».«domain», O=«org», C=DE\"\n"),
('zip_encrypt_p_flag', {'S': 'zip_archive_password'}, "$ zip -r -P «S» export-«date».zip export/\n  adding: export/ (stored 0%)\n  adding: export/customers.csv (deflated 71%)\n"),
('sevenzip_p_switch', {'S': 'sevenzip_archive_password'}, "7z a -t7z -mhe=on -p«S» \"D:\\Backups\\hr-«date».7z\" \"D:\\HR\\*\"\n\n7-Zip 23.01 (x64) : Copyright (c) 1999-2023 Igor Pavlov\nEverything is Ok\n"),
('unrar_extract_p_switch', {'S': 'rar_archive_password'}, "$ unrar x -p«S» invoices_Q2.rar ./in/\nExtracting from invoices_Q2.rar\nAll OK\n"),
('gpg_batch_symmetric_passphrase', {'S': 'gpg_symmetric_passphrase'}, "gpg --batch --yes --pinentry-mode loopback --passphrase «S» -c --cipher-algo AES256 db-«date».sql\n"),
('sshpass_p_flag', {'S': 'sshpass_password'}, "for h in «ip» «ip2»; do\n  sshpass -p «S» ssh -o StrictHostKeyChecking=no admin@$h 'uptime'\ndone\n"),
('lftp_user_comma_password', {'S': 'lftp_login_password'}, "lftp -u uploader,«S» sftp://files.«domain» -e \"mirror -R ./dist /www/«app»; bye\"\n"),
('smbclient_user_percent_password', {'S': 'smbclient_password'}, "$ smbclient //nas01/scans -U 'OFFICE\\\\scanner%«S»' -c 'ls'\n  .                                   D        0  Tue Jun 11 08:12:44 «year»\n"),
('mount_cifs_password_option', {'S': 'cifs_mount_password'}, "sudo mount -t cifs //nas01/media /mnt/media -o username=kodi,password=«S»,uid=1000,vers=3.0\n"),
('sqlcmd_capital_p_flag', {'S': 'sqlcmd_sa_password'}, "sqlcmd -S «host»,1433 -U sa -P «S» -Q \"BACKUP DATABASE [«db»] TO DISK = N'/var/opt/mssql/backup/«db».bak'\"\n"),
('bcp_out_password_flag', {'S': 'bcp_password'}, "bcp «db».dbo.Orders out orders.dat -S «host» -U etl -P «S» -n\n"),
('mongodump_password_flag', {'S': 'mongodump_password'}, "mongodump --host «host» --port 27017 --username backup --password «S» --authenticationDatabase admin --gzip --archive=/backups/mongo-«date».gz\n"),
('cqlsh_password_flag', {'S': 'cqlsh_password'}, "$ cqlsh «host» 9042 -u cassandra -p «S» -e \"DESCRIBE KEYSPACES\"\n"),
('clickhouse_client_password_flag', {'S': 'clickhouse_client_password'}, "clickhouse-client --host «host» --secure --user default --password «S» --query \"SELECT count() FROM events\"\n"),
('vertica_vsql_w_flag', {'S': 'vsql_password'}, "/opt/vertica/bin/vsql -h «host» -U dbadmin -w «S» -c \"SELECT node_name, node_state FROM nodes;\"\n"),
('db2_connect_using_clause', {'S': 'db2_connect_using_password'}, "db2 connect to SAMPLE user db2inst1 using «S»\n\n   Database Connection Information\n\n Database server        = DB2/LINUXX8664 11.5.8.0\n SQL authorization ID   = DB2INST1\n"),
('mysql_set_password_for_sql', {'S': 'mysql_set_password_value'}, "-- rotate reporting user\nSET PASSWORD FOR 'reporting'@'10.%' = '«S»';\nFLUSH PRIVILEGES;\n"),
('mysql_grant_identified_by_sql', {'S': 'mysql_grant_identified_by_password'}, "GRANT SELECT, SHOW VIEW ON «db».* TO 'bi'@'%' IDENTIFIED BY '«S»';\n"),
('oracle_create_database_link_sql', {'S': 'oracle_dblink_password'}, "CREATE DATABASE LINK legacy_crm\n  CONNECT TO crm_ro IDENTIFIED BY \"«S»\"\n  USING '(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=«host»)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=CRM)))';\n"),
('postgres_user_mapping_options_sql', {'S': 'postgres_fdw_user_mapping_password'}, "CREATE SERVER legacy FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '«host»', dbname 'legacy', port '5432');\nCREATE USER MAPPING FOR app SERVER legacy OPTIONS (user 'legacy_ro', password '«S»');\n"),
('mssql_create_credential_secret_sql', {'S': 'mssql_credential_secret'}, "CREATE CREDENTIAL [https://«org»backups.blob.core.windows.net/sql]\n  WITH IDENTITY = 'backup-svc',\n  SECRET = '«S»';\n"),
('mssql_master_key_password_sql', {'S': 'mssql_master_key_password'}, "USE «db»;\nCREATE MASTER KEY ENCRYPTION BY PASSWORD = '«S»';\nCREATE CERTIFICATE TdeCert WITH SUBJECT = 'TDE certificate';\n"),
('mssql_sp_addlinkedsrvlogin_sql', {'S': 'mssql_linked_server_rmtpassword'}, "EXEC sp_addlinkedserver @server = N'ERP', @srvproduct = N'', @provider = N'MSOLEDBSQL', @datasrc = N'«host»';\nEXEC sp_addlinkedsrvlogin @rmtsrvname = N'ERP', @useself = N'False', @locallogin = NULL, @rmtuser = N'erp_reader', @rmtpassword = N'«S»';\n"),
('mssql_alter_login_sql', {'S': 'mssql_alter_login_password'}, "ALTER LOGIN [app_rw] WITH PASSWORD = N'«S»', CHECK_POLICY = ON;\n"),
('clickhouse_create_user_plaintext_sql', {'S': 'clickhouse_plaintext_password'}, "CREATE USER grafana IDENTIFIED WITH plaintext_password BY '«S»' HOST IP '10.0.0.0/8';\nGRANT SELECT ON metrics.* TO grafana;\n"),
('influx_v1_cli_password_flag', {'S': 'influx_cli_password'}, "influx -host «host» -ssl -username admin -password «S» -database telegraf -execute 'SHOW MEASUREMENTS'\n"),
('cisco_snmpv3_user_auth_priv', {'S': 'snmpv3_auth_password', 'S2': 'snmpv3_priv_password'}, "snmp-server group MONGRP v3 priv\nsnmp-server user librenms MONGRP v3 auth sha «S» priv aes 128 «S2»\nsnmp-server host «ip» version 3 priv librenms\n"),
('cisco_snmp_community_rw', {'S': 'snmp_rw_community_string'}, "snmp-server community public RO 10\nsnmp-server community «S» RW 20\naccess-list 20 permit «ip»\n"),
('cisco_radius_server_key', {'S': 'radius_shared_secret'}, "radius server NPS01\n address ipv4 «ip» auth-port 1812 acct-port 1813\n key «S»\n!\naaa group server radius NPS\n server name NPS01\n"),
('cisco_tacacs_server_key', {'S': 'tacacs_shared_key'}, "tacacs server ISE-1\n address ipv4 «ip»\n key 0 «S»\n timeout 5\n"),
('cisco_ppp_chap_password', {'S': 'ppp_chap_password'}, "interface Dialer1\n encapsulation ppp\n ppp chap hostname «user»@isp.net\n ppp chap password 0 «S»\n ppp ipcp dns request\n"),
('huawei_local_user_irreversible', {'S': 'huawei_local_user_password'}, "[HUAWEI] aaa\n[HUAWEI-aaa] local-user netops password irreversible-cipher «S»\n[HUAWEI-aaa] local-user netops privilege level 15\n[HUAWEI-aaa] local-user netops service-type ssh\n"),
('aruba_mgmt_user_root', {'S': 'aruba_mgmt_user_password'}, "(aruba-mc) #configure terminal\n(aruba-mc) (config) #mgmt-user netadmin root «S»\n(aruba-mc) (config) #write memory\n"),
('vyos_plaintext_password_set', {'S': 'vyos_login_plaintext_password'}, "configure\nset system login user «user» authentication plaintext-password '«S»'\nset system login user «user» level admin\ncommit; save\n"),
('wpa_passphrase_cli', {'S': 'wpa_passphrase_argument'}, "$ wpa_passphrase \"«ssid»\" «S» | sudo tee -a /etc/wpa_supplicant/wpa_supplicant.conf\n"),
('nmcli_wifi_connect_password', {'S': 'nmcli_wifi_password'}, "$ nmcli device wifi connect \"«ssid»\" password «S» ifname wlp2s0\nDevice 'wlp2s0' successfully activated with '«uuid»'.\n"),
('iwctl_passphrase_flag', {'S': 'iwd_passphrase'}, "# iwctl --passphrase «S» station wlan0 connect \"«ssid»\"\n# iwctl station wlan0 show\n"),
('netsh_wlan_export_key_clear', {'S': 'windows_wlan_key_material'}, "<?xml version=\"1.0\"?>\n<WLANProfile xmlns=\"http://www.microsoft.com/networking/WLAN/profile/v1\">\n\t<name>«ssid»</name>\n\t<MSM>\n\t\t<security>\n\t\t\t<authEncryption><authentication>WPA2PSK</authentication><encryption>AES</encryption></authEncryption>\n\t\t\t<sharedKey>\n\t\t\t\t<keyType>passPhrase</keyType>\n\t\t\t\t<protected>false</protected>\n\t\t\t\t<keyMaterial>«S»</keyMaterial>\n\t\t\t</sharedKey>\n\t\t</security>\n\t</MSM>\n</WLANProfile>\n"),
('postfix_sasl_passwd_map', {'S': 'postfix_sasl_relay_password'}, "# /etc/postfix/sasl_passwd\n[smtp.eu.mailgun.org]:587 postmaster@mg.«domain»:«S»\n# then: postmap /etc/postfix/sasl_passwd\n"),
('fetchmailrc_poll_password', {'S': 'fetchmail_password'}, "set daemon 300\npoll imap.«domain» with proto IMAP\n  user '«user»@«domain»' there with password '«S»' is '«user»' here\n  options ssl keep\n"),
('mbsyncrc_pass_line', {'S': 'mbsync_imap_password'}, "IMAPAccount work\nHost imap.«domain»\nUser «email»\nPass «S»\nTLSType IMAPS\n"),
('neomutt_smtp_url_userinfo', {'S': 'neomutt_smtp_url_password'}, "set smtp_url = \"smtps://«user»:«S»@smtp.«domain»:465/\"\nset from = \"«email»\"\n"),
('ssmtp_conf_authpass', {'S': 'ssmtp_auth_password'}, "root=postmaster\nmailhub=smtp.«domain»:587\nAuthUser=alerts@«domain»\nAuthPass=«S»\nUseSTARTTLS=YES\n"),
('nullmailer_remotes_pass_flag', {'S': 'nullmailer_smtp_password'}, "smtp.«domain» smtp --port=587 --starttls --user=alerts@«domain» --pass=«S»\n"),
('wget_ftp_password_flag', {'S': 'wget_ftp_password'}, "wget --ftp-user=partner --ftp-password=«S» -r -nH ftp://ftp.«domain»/outgoing/\n"),
('ncftpput_p_flag', {'S': 'ncftp_password'}, "ncftpput -u webmaster -p «S» ftp.«domain» /public_html ./index.html\n"),
('openconnect_passwd_on_stdin', {'S': 'openconnect_vpn_password'}, "echo «S» | sudo openconnect --protocol=anyconnect --user=«user» --passwd-on-stdin vpn.«domain»\n"),
('strongswan_ipsec_secrets_psk', {'S': 'ipsec_secrets_psk'}, "# /etc/ipsec.secrets\n%any «pubip» : PSK \"«S»\"\n"),
('swanctl_secrets_ike_block', {'S': 'swanctl_ike_secret'}, "secrets {\n   ike-branch {\n      id = branch.«domain»\n      secret = «S»\n   }\n}\n"),
('ppp_chap_secrets_entry', {'S': 'ppp_chap_secrets_password'}, "# /etc/ppp/chap-secrets\n# client        server  secret                  IP addresses\n«user»          *       \"«S»\"            *\n"),
('ddclient_conf_password', {'S': 'ddclient_password'}, "protocol=dyndns2\nuse=web\nserver=domains.google.com\nssl=yes\nlogin=«hex8»«hex8»\npassword='«S»'\nhome.«domain»\n"),
('inadyn_conf_provider_password', {'S': 'inadyn_provider_password'}, "period = 300\nprovider default@freedns.afraid.org {\n    username = «user»\n    password = «S»\n    hostname = «app».mooo.com\n}\n"),
('davfs2_secrets_line', {'S': 'davfs2_secret_password'}, "# /etc/davfs2/secrets\nhttps://cloud.«domain»/remote.php/dav/files/«user»/ «user» «S»\n"),
('sshfs_password_stdin_pipe', {'S': 'sshfs_password'}, "echo «S» | sshfs -o password_stdin backup@«host»:/srv/archive /mnt/archive\n"),
('vncpasswd_f_pipe', {'S': 'vnc_password'}, "mkdir -p ~/.vnc && echo «S» | vncpasswd -f > ~/.vnc/passwd && chmod 600 ~/.vnc/passwd\n"),
('teamviewer_passwd_subcommand', {'S': 'teamviewer_unattended_password'}, "$ sudo teamviewer passwd «S»\nok\n$ teamviewer info | grep ID\n TeamViewer ID:  «int»«int»\n"),
('anydesk_set_password_pipe', {'S': 'anydesk_unattended_password'}, "echo «S» | sudo anydesk --set-password\nanydesk --get-id\n"),
('rustdesk_password_flag', {'S': 'rustdesk_permanent_password'}, "PS C:\\Program Files\\RustDesk> .\\rustdesk.exe --password «S»\nPS C:\\Program Files\\RustDesk> .\\rustdesk.exe --get-id | Write-Output\n"),
('esxcli_account_set_password', {'S': 'esxi_account_password'}, "[root@esx01:~] esxcli system account set -i svc-veeam -p «S» -c «S»\n"),
('govc_url_userinfo_password', {'S': 'govc_url_password'}, "export GOVC_URL='https://administrator@vsphere.local:«S»@vcsa.«domain»/sdk'\nexport GOVC_INSECURE=1\ngovc ls /DC1/vm\n"),
('powercli_connect_viserver', {'S': 'powercli_viserver_password'}, "Connect-VIServer -Server vcsa.«domain» -User 'administrator@vsphere.local' -Password '«S»' -Force\nGet-VM | Where-Object {$_.PowerState -eq 'PoweredOn'}\n"),
('az_login_service_principal_p', {'S': 'azure_sp_client_secret_cli'}, "az login --service-principal -u «uuid» -p «S» --tenant «uuid2»\naz account set --subscription «uuid3»\n"),
('oc_login_password_flag', {'S': 'openshift_login_password'}, "$ oc login -u developer -p «S» https://api.ocp.«domain»:6443 --insecure-skip-tls-verify\nLogin successful.\n"),
('argocd_login_password_flag', {'S': 'argocd_admin_login_password'}, "argocd login argocd.«domain» --username admin --password «S» --grpc-web\n'admin:login' logged in successfully\n"),
('helm_repo_add_password_flag', {'S': 'helm_repo_password'}, "helm repo add internal https://charts.«domain» --username ci --password «S»\n\"internal\" has been added to your repositories\n"),
('skopeo_dest_creds_flag', {'S': 'skopeo_registry_password'}, "skopeo copy --dest-creds robot:«S» docker://docker.io/library/nginx:1.27 docker://registry.«domain»/mirror/nginx:1.27\n"),
('kubectl_create_secret_docker_registry', {'S': 'kubectl_docker_registry_password'}, "kubectl -n «ns» create secret docker-registry regcred --docker-server=registry.«domain» --docker-username=puller --docker-password=«S» --docker-email=ops@«domain»\n"),
('vault_kv_put_field', {'S': 'vault_kv_put_password_field'}, "$ vault kv put -mount=secret «app»/db username=«dbuser» password=«S»\n======= Secret Path =======\nsecret/data/«app»/db\n"),
('redis_masterauth_directive', {'S': 'redis_masterauth_password'}, "replicaof «ip» 6379\nmasterauth «S»\nreplica-read-only yes\n"),
('pgbouncer_userlist_txt', {'S': 'pgbouncer_userlist_password'}, "\"pgbouncer\" \"md5«hex12»«hex12»«hex8»\"\n\"«dbuser»\" \"«S»\"\n"),
('jdbc_oracle_thin_user_slash_pass', {'S': 'jdbc_oracle_thin_password'}, "spring.datasource.url=jdbc:oracle:thin:app/«S»@«host»:1521/ORCLPDB1\nspring.datasource.hikari.maximum-pool-size=10\n"),
('jdbc_sqlserver_password_property', {'S': 'jdbc_sqlserver_password'}, "db.url=jdbc:sqlserver://«host»:1433;databaseName=«db»;user=«dbuser»;password=«S»;encrypt=true;trustServerCertificate=false\n"),
('oledb_provider_string_password', {'S': 'oledb_connection_password'}, "Const CONN = \"Provider=SQLOLEDB;Data Source=«host»;Initial Catalog=«db»;User ID=«dbuser»;Password=«S»;\"\nSet cn = CreateObject(\"ADODB.Connection\")\ncn.Open CONN\n"),
('odbc_driver_connect_pwd', {'S': 'odbc_connection_pwd'}, "conn = pyodbc.connect(\"DRIVER={ODBC Driver 18 for SQL Server};SERVER=«host»;DATABASE=«db»;UID=«dbuser»;PWD=«S»;Encrypt=yes\")\n"),
('ldapsearch_w_flag', {'S': 'ldapsearch_bind_password'}, "ldapsearch -x -H ldaps://dc01.«domain» -D 'svc_ldap@«domain»' -w «S» -b 'dc=«org»,dc=io' '(sAMAccountName=«user»)' mail\n"),
('nats_url_userinfo', {'S': 'nats_url_password'}, "NATS_URL=nats://«app»:«S»@«host»:4222\n"),
('rtsp_camera_url_userinfo', {'S': 'rtsp_camera_password'}, "ffmpeg -rtsp_transport tcp -i rtsp://admin:«S»@192.168.1.64:554/Streaming/Channels/101 -c copy -f segment -segment_time 300 /srv/nvr/cam1_%03d.mp4\n"),
('ftp_url_userinfo', {'S': 'ftp_url_password'}, "curl -T report.csv ftp://partner:«S»@ftp.«domain»/incoming/\n"),
('asterisk_pjsip_auth_section', {'S': 'pjsip_auth_password'}, "[6001]\ntype=auth\nauth_type=userpass\nusername=6001\npassword=«S»\n\n[6001]\ntype=aor\nmax_contacts=2\n"),
('freeswitch_directory_user_xml', {'S': 'freeswitch_user_password'}, "<include>\n  <user id=\"1004\">\n    <params>\n      <param name=\"password\" value=\"«S»\"/>\n      <param name=\"vm-password\" value=\"1004\"/>\n    </params>\n  </user>\n</include>\n"),
('tarantool_schema_user_create', {'S': 'tarantool_user_password'}, "box.schema.user.create('replicator', {password = '«S»', if_not_exists = true})\nbox.schema.user.grant('replicator', 'replication')\n"),
('neo4j_admin_set_initial_password', {'S': 'neo4j_initial_password'}, "$ neo4j-admin dbms set-initial-password «S»\nChanged password for user 'neo4j'.\n"),
('elasticsearch_users_useradd', {'S': 'elasticsearch_file_realm_password'}, "bin/elasticsearch-users useradd logstash_writer -p «S» -r logstash_writer_role\n"),
('kcadm_config_credentials', {'S': 'keycloak_kcadm_password'}, "/opt/keycloak/bin/kcadm.sh config credentials --server https://sso.«domain» --realm master --user admin --password «S»\n"),
('jenkins_cli_auth_flag', {'S': 'jenkins_cli_auth_password'}, "java -jar jenkins-cli.jar -s https://ci.«domain»/ -auth admin:«S» build «app»-deploy -p ENV=prod\n"),
('gitlab_rails_runner_password_reset', {'S': 'gitlab_rails_user_password'}, "sudo gitlab-rails runner \"u = User.find_by_username('«user»'); u.password = '«S»'; u.password_confirmation = '«S»'; u.save!\"\n"),
('wp_cli_user_create_user_pass', {'S': 'wp_cli_user_pass'}, "$ wp user create editor2 editor2@«domain» --role=editor --user_pass=«S»\nSuccess: Created user «int».\n"),
('drush_user_password_cli', {'S': 'drush_user_password'}, "$ drush user:password admin \"«S»\"\n [success] Changed password for admin.\n"),
('nextcloud_occ_password_from_env', {'S': 'nextcloud_occ_oc_pass'}, "sudo -u www-data OC_PASS=«S» php occ user:add --password-from-env --display-name=\"«person»\" --group=staff «user»\n"),
('minio_mc_alias_set', {'S': 'minio_secret_key_positional'}, "$ mc alias set backup https://s3.«domain» backupuser «S»\nAdded `backup` successfully.\n"),
('proftpd_ftpasswd_stdin', {'S': 'ftpasswd_stdin_password'}, "echo «S» | ftpasswd --passwd --file=/etc/proftpd/ftpd.passwd --name=upload --uid=2001 --home=/srv/ftp/upload --shell=/bin/false --stdin\n"),
('pure_pw_useradd_echo', {'S': 'pure_ftpd_virtual_user_password'}, "(echo «S»; echo «S») | pure-pw useradd partner -u ftpuser -d /srv/ftp/partner -m\n"),
('sqlite_see_key_pragma', {'S': 'sqlite_see_key'}, "sqlite> PRAGMA hexkey = '«hex12»';\nsqlite> PRAGMA rekey = '«S»';\n"),
('hashicorp_boundary_authenticate_env', {'S': 'boundary_password_env'}, "export BOUNDARY_AUTHENTICATE_PASSWORD_PASSWORD=«S»\nboundary authenticate password -auth-method-id ampw_«hex8»ab -login-name «user» -password env://BOUNDARY_AUTHENTICATE_PASSWORD_PASSWORD\n"),
('pvesh_create_user_password', {'S': 'proxmox_pvesh_user_password'}, "pvesh create /access/users --userid backup@pve --password «S» --comment 'PBS sync'\n"),
]


def build():
    rng = random.Random(SEED)
    recs = []
    for cont, slots, tpl in E:
        secrets = {}
        for slot, t in slots.items():
            v = strong_password(rng) if rng.random() < .4 else human_password(rng)
            secrets[slot] = (v, t, None)
        text, spans = render(tpl, rng, secrets)
        recs.append({'type': spans[0]['type'], 'container': cont, 'text': text, 'secrets': spans, 'source': 'gen_passwords'})
    return recs


if __name__ == '__main__':
    r = build()
    print(len(r))
    for x in r[::20]:
        print(x['text']); print(x['secrets'])
