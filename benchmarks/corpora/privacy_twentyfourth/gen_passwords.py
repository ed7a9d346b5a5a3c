"""Passwords recognisable only by position: flags, directives, SQL dialects, protocol lines, API calls."""
import random
from common import password, mark, realize, subst, fake_user, fake_host

SEED = 24003

# (span type, container kind, template); §P§ = password (every occurrence labelled), §U§ user, §H§ host
P = [
    ('mysqldump_p_attached_password', 'mysqldump_backup_cron_cmd', '0 3 * * * mysqldump -u§U§ -p§P§ --single-transaction shop | gzip > /backup/shop.sql.gz'),
    ('pg_dump_pgpassword_env_prefix', 'pg_dump_nightly_script', '#!/bin/sh\nPGPASSWORD=§P§ pg_dump -h §H§ -U §U§ -Fc app > /srv/dumps/app.dump'),
    ('mongosh_p_flag_password', 'mongosh_connect_cmd', '$ mongosh --host §H§ -u §U§ -p §P§ --authenticationDatabase admin'),
    ('cqlsh_p_flag_password', 'cqlsh_cassandra_login_cmd', '$ cqlsh §H§ 9042 -u §U§ -p §P§ -e "DESCRIBE KEYSPACES"'),
    ('influx_v1_cli_password_flag', 'influx_v1_shell_cmd', '$ influx -host §H§ -username §U§ -password §P§ -database telegraf -execute "SHOW MEASUREMENTS"'),
    ('sqlcmd_capital_p_password', 'sqlcmd_query_cmd', 'C:\\> sqlcmd -S §H§ -U §U§ -P §P§ -Q "SELECT @@VERSION"'),
    ('bcp_capital_p_password', 'bcp_bulk_export_cmd', 'bcp Sales.dbo.Orders out orders.dat -S §H§ -U §U§ -P §P§ -n'),
    ('sqlplus_slash_at_password', 'sqlplus_connect_cmd', '$ sqlplus §U§/§P§@//§H§:1521/ORCLPDB1 @migrate.sql'),
    ('rman_target_slash_password', 'rman_backup_cmd', '$ rman target sys/§P§@PRODCDB catalog rco/rco@RCAT'),
    ('exaplus_p_flag_password', 'exaplus_cli_cmd', '$ exaplus -c §H§:8563 -u §U§ -p §P§ -f load.sql'),
    ('snowsql_pwd_env_prefix', 'snowsql_env_prefix_cmd', '$ SNOWSQL_PWD=§P§ snowsql -a xy12345.eu-central-1 -u §U§ -q "select current_version()"'),
    ('vsql_lowercase_w_password', 'vsql_vertica_cmd', '$ vsql -h §H§ -U §U§ -w §P§ -c "SELECT version();"'),
    ('libpq_conninfo_password_keyword', 'psql_conninfo_string_cmd', '$ psql "host=§H§ port=5432 dbname=app user=§U§ password=§P§ sslmode=require"'),
    ('postgres_alter_role_with_password', 'postgres_alter_role_stmt', "ALTER ROLE §U§ WITH LOGIN PASSWORD '§P§' VALID UNTIL '2027-01-01';"),
    ('cockroach_create_user_with_password', 'cockroach_sql_create_user_stmt', "CREATE USER §U§ WITH PASSWORD '§P§';\nGRANT admin TO §U§;"),
    ('snowflake_create_user_password_eq', 'snowflake_create_user_stmt', "CREATE USER §U§ PASSWORD = '§P§' DEFAULT_ROLE = ANALYST MUST_CHANGE_PASSWORD = FALSE;"),
    ('sybase_sp_addlogin_second_arg', 'sybase_sp_addlogin_call', "1> sp_addlogin '§U§', '§P§', 'salesdb'\n2> go"),
    ('tsql_alter_login_with_password', 'tsql_alter_login_stmt', "ALTER LOGIN [§U§] WITH PASSWORD = N'§P§', CHECK_POLICY = OFF;"),
    ('firebird_create_user_password', 'firebird_isql_create_user_stmt', "SQL> CREATE USER §U§ PASSWORD '§P§' GRANT ADMIN ROLE;"),
    ('h2_create_user_password', 'h2_console_create_user_stmt', "CREATE USER IF NOT EXISTS §U§ PASSWORD '§P§' ADMIN;"),
    ('derby_ij_connect_password_attribute', 'derby_ij_connect_cmd', "ij> connect 'jdbc:derby://§H§:1527/appdb;user=§U§;password=§P§';"),
    ('hsqldb_sqltool_rc_password', 'hsqldb_sqltool_rc_file', 'urlid appdb\nurl jdbc:hsqldb:hsql://§H§/appdb\nusername §U§\npassword §P§'),
    ('neo4j_cypher_alter_user_set_password', 'neo4j_cypher_shell_stmt', "neo4j@system> ALTER USER §U§ SET PASSWORD '§P§' CHANGE NOT REQUIRED;"),
    ('arangosh_server_password_flag', 'arangosh_connect_cmd', '$ arangosh --server.endpoint tcp://§H§:8529 --server.username root --server.password §P§'),
    ('orientdb_console_connect_positional', 'orientdb_console_session', 'orientdb> CONNECT remote:§H§/shop root §P§'),
    ('rethinkdb_initial_password_flag', 'rethinkdb_serve_cmd', '$ rethinkdb --bind all --initial-password §P§ --directory /data/rdb'),
    ('cassandra_create_role_with_password', 'cql_create_role_stmt', "CREATE ROLE §U§ WITH PASSWORD = '§P§' AND LOGIN = true AND SUPERUSER = false;"),
    ('memcached_sasl_pwdb_entry', 'memcached_sasl_pwdb_file', '# /etc/sasl2/memcached-sasl-pwdb\n§U§:§P§'),
    ('etcdctl_user_colon_password', 'etcdctl_get_cmd', '$ etcdctl --endpoints=https://§H§:2379 --user root:§P§ get /config/app'),
    ('zookeeper_addauth_digest_password', 'zkcli_addauth_session', '[zk: §H§:2181(CONNECTED) 0] addauth digest §U§:§P§\n[zk: §H§:2181(CONNECTED) 1] ls /'),
    ('nats_cli_password_flag', 'nats_cli_pub_cmd', '$ nats --server nats://§H§:4222 --user §U§ --password §P§ pub orders.created "{}"'),
    ('rabbitmqadmin_p_flag_password', 'rabbitmqadmin_list_cmd', '$ rabbitmqadmin -H §H§ -u §U§ -p §P§ list queues name messages'),
    ('kcat_sasl_password_property', 'kcat_consume_cmd', '$ kcat -b §H§:9093 -X security.protocol=SASL_SSL -X sasl.mechanisms=PLAIN -X sasl.username=§U§ -X sasl.password=§P§ -t orders -C'),
    ('mosquitto_pub_capital_p_password', 'mosquitto_pub_cmd', '$ mosquitto_pub -h §H§ -u §U§ -P §P§ -t sensors/door -m open'),
    ('curl_u_colon_password', 'curl_basic_auth_cmd', '$ curl -u §U§:§P§ https://§H§/api/v1/reports'),
    ('netrc_machine_password_token', 'netrc_file_entry', 'machine §H§\n  login §U§\n  password §P§'),
    ('svnserve_passwd_users_entry', 'svnserve_passwd_file', '[users]\n§U§ = §P§'),
    ('hgrc_auth_password_key', 'hgrc_auth_section', '[auth]\nbuild.prefix = https://hg.example.org\nbuild.username = §U§\nbuild.password = §P§'),
    ('netexec_smb_p_flag_password', 'netexec_smb_cmd', '$ nxc smb 10.0.8.0/24 -u §U§ -p §P§ --shares'),
    ('xfreerdp_slash_p_password', 'xfreerdp_connect_cmd', '$ xfreerdp /v:§H§ /u:§U§ /p:§P§ /cert:ignore /dynamic-resolution'),
    ('rdesktop_p_flag_password', 'rdesktop_connect_cmd', '$ rdesktop -u §U§ -p §P§ -g 1600x900 §H§'),
    ('cmdkey_pass_switch_password', 'cmdkey_add_cmd', 'C:\\> cmdkey /generic:TERMSRV/§H§ /user:§U§ /pass:§P§'),
    ('psexec_p_flag_password', 'psexec_remote_cmd', 'C:\\> psexec \\\\§H§ -u CORP\\§U§ -p §P§ cmd /c ipconfig'),
    ('schtasks_rp_flag_password', 'schtasks_create_cmd', 'C:\\> schtasks /create /tn nightly-sync /tr C:\\sync\\run.cmd /sc daily /st 02:00 /ru CORP\\§U§ /rp §P§'),
    ('sc_config_password_equals', 'sc_config_service_cmd', 'C:\\> sc config BackupAgent obj= "CORP\\§U§" password= §P§'),
    ('dsadd_user_pwd_switch', 'dsadd_user_cmd', 'C:\\> dsadd user "CN=§U§,OU=Service,DC=corp,DC=example" -pwd §P§ -mustchpwd no'),
    ('convertto_securestring_plaintext', 'powershell_new_aduser_script', "$pw = ConvertTo-SecureString '§P§' -AsPlainText -Force\nNew-ADUser -Name §U§ -AccountPassword $pw -Enabled $true"),
    ('expect_send_password_line', 'expect_ssh_login_script', '#!/usr/bin/expect -f\nspawn ssh §U§@§H§\nexpect "password:"\nsend "§P§\\r"\ninteract'),
    ('sudo_s_echo_pipe_password', 'sudo_stdin_pipe_cmd', '$ echo §P§ | sudo -S systemctl restart nginx'),
    ('openssl_pkcs12_passout_pass', 'openssl_pkcs12_export_cmd', '$ openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:§P§'),
    ('openssl_enc_k_flag_passphrase', 'openssl_enc_aes_cmd', '$ openssl enc -aes-256-cbc -pbkdf2 -salt -in backup.tar -out backup.tar.enc -k §P§'),
    ('zip_capital_p_password', 'zip_encrypt_cmd', '$ zip -r -P §P§ payroll-2026.zip payroll/'),
    ('ccrypt_capital_k_key', 'ccrypt_encrypt_cmd', '$ ccrypt -e -K §P§ customers.csv'),
    ('encfs_stdinpass_echo_password', 'encfs_mount_pipe_cmd', '$ echo "§P§" | encfs --stdinpass ~/.crypt ~/private'),
    ('zfs_load_key_echo_passphrase', 'zfs_load_key_pipe_cmd', '# echo §P§ | zfs load-key tank/secure && zfs mount tank/secure'),
    ('jarsigner_keypass_flag', 'jarsigner_sign_cmd', '$ jarsigner -keystore release.jks -storepass §P§ -keypass §P§ app-release.apk upload'),
    ('apksigner_ks_pass_pass_prefix', 'apksigner_sign_cmd', '$ apksigner sign --ks release.jks --ks-key-alias upload --ks-pass pass:§P§ app-release.apk'),
    ('signtool_p_switch_password', 'signtool_sign_cmd', 'C:\\> signtool sign /f codesign.pfx /p §P§ /tr http://timestamp.example.com /td sha256 setup.exe'),
    ('security_unlock_keychain_p_flag', 'macos_security_unlock_cmd', '$ security unlock-keychain -p §P§ ~/Library/Keychains/build.keychain-db'),
    ('fastlane_match_password_env_prefix', 'fastlane_match_env_cmd', '$ MATCH_PASSWORD=§P§ bundle exec fastlane match appstore --readonly'),
    ('gradle_signing_store_password_property', 'keystore_properties_file', 'storeFile=../release.jks\nstorePassword=§P§\nkeyAlias=upload'),
    ('maven_settings_server_password_element', 'maven_settings_servers_xml', '<servers>\n  <server>\n    <id>nexus-releases</id>\n    <username>§U§</username>\n    <password>§P§</password>\n  </server>\n</servers>'),
    ('sbt_credentials_file_password', 'sbt_credentials_properties', 'realm=Sonatype Nexus Repository Manager\nhost=nexus.example.com\nuser=§U§\npassword=§P§'),
    ('pip_conf_index_url_userinfo_password', 'pip_conf_global_section', '[global]\nindex-url = https://§U§:§P§@pypi.internal.example/simple'),
    ('poetry_config_http_basic_positional', 'poetry_config_http_basic_cmd', '$ poetry config http-basic.internal §U§ §P§'),
    ('helm_registry_login_password_flag', 'helm_registry_login_cmd', '$ helm registry login registry.example.com --username §U§ --password §P§'),
    ('skopeo_creds_colon_password', 'skopeo_copy_cmd', '$ skopeo copy --src-creds §U§:§P§ docker://registry.example.com/app:1.4 oci:app:1.4'),
    ('crane_auth_login_p_flag', 'crane_auth_login_cmd', '$ crane auth login registry.example.com -u §U§ -p §P§'),
    ('argocd_login_password_flag', 'argocd_cli_login_cmd', '$ argocd login argocd.example.com --username admin --password §P§ --grpc-web'),
    ('vault_login_userpass_password_arg', 'vault_userpass_login_cmd', '$ vault login -method=userpass username=§U§ password=§P§'),
    ('cf_login_p_flag_password', 'cloudfoundry_cf_login_cmd', '$ cf login -a https://api.sys.example.com -u §U§ -p §P§ -o platform -s prod'),
    ('govc_password_env_export', 'govc_env_exports', 'export GOVC_URL=https://vcenter.example.com\nexport GOVC_USERNAME=§U§@vsphere.local\nexport GOVC_PASSWORD=§P§\ngovc ls /dc1/vm'),
    ('racadm_p_flag_password', 'racadm_remote_cmd', '$ racadm -r §H§ -u root -p §P§ getsysinfo'),
    ('redfishtool_p_flag_password', 'redfishtool_systems_cmd', '$ redfishtool -r §H§ -u admin -p §P§ Systems get'),
    ('esxcli_account_add_password_twice', 'esxcli_account_add_cmd', '[root@esx01:~] esxcli system account add -i §U§ -p §P§ -c §P§ -d "backup operator"'),
    ('ansible_extra_vars_become_password', 'ansible_playbook_extra_vars_cmd', '$ ansible-playbook site.yml -i prod.ini -e ansible_become_password=§P§'),
    ('mikrotik_user_add_password_attr', 'routeros_user_add_cmd', '[admin@MikroTik] > /user add name=§U§ password=§P§ group=full'),
    ('mikrotik_wpa2_pre_shared_key', 'routeros_security_profile_cmd', '[admin@MikroTik] > /interface wireless security-profiles set default mode=dynamic-keys authentication-types=wpa2-psk wpa2-pre-shared-key=§P§'),
    ('openwrt_uci_wireless_key', 'openwrt_uci_set_cmds', "root@OpenWrt:~# uci set wireless.default_radio0.encryption='psk2'\nroot@OpenWrt:~# uci set wireless.default_radio0.key='§P§'\nroot@OpenWrt:~# uci commit wireless"),
    ('fortios_set_password_line', 'fortigate_config_system_admin', 'config system admin\n    edit "§U§"\n        set accprofile "super_admin"\n        set password §P§\n    next\nend'),
    ('arista_username_secret_zero', 'arista_eos_username_line', 'username §U§ privilege 15 role network-admin secret 0 §P§'),
    ('cisco_asa_ikev1_pre_shared_key', 'asa_tunnel_group_ipsec_attributes', 'tunnel-group 203.0.113.10 ipsec-attributes\n ikev1 pre-shared-key §P§'),
    ('cisco_ppp_chap_password_zero', 'ios_dialer_interface_block', 'interface Dialer1\n encapsulation ppp\n ppp chap hostname §U§\n ppp chap password 0 §P§'),
    ('cisco_key_chain_key_string', 'ios_key_chain_block', 'key chain EIGRP-KEYS\n key 1\n  key-string §P§\n  cryptographic-algorithm hmac-sha-256'),
    ('junos_ike_pre_shared_key_ascii_text', 'junos_set_security_ike_cmd', 'set security ike policy IKE-POL pre-shared-key ascii-text "§P§"'),
    ('keepalived_auth_pass_directive', 'keepalived_vrrp_instance_block', 'vrrp_instance VI_1 {\n    state MASTER\n    interface eth0\n    virtual_router_id 51\n    authentication {\n        auth_type PASS\n        auth_pass §P§\n    }\n}'),
    ('pcs_host_auth_p_flag_password', 'pcs_cluster_host_auth_cmd', '# pcs host auth node1 node2 -u hacluster -p §P§'),
    ('nslcd_conf_bindpw_directive', 'nslcd_conf_file', 'uri ldaps://§H§/\nbase dc=corp,dc=example\nbinddn cn=§U§,ou=svc,dc=corp,dc=example\nbindpw §P§'),
    ('sssd_ldap_default_authtok', 'sssd_conf_domain_section', '[domain/corp.example]\nid_provider = ldap\nldap_default_bind_dn = cn=§U§,ou=svc,dc=corp,dc=example\nldap_default_authtok = §P§'),
    ('net_ads_join_u_percent_password', 'samba_net_ads_join_cmd', '# net ads join -U Administrator%§P§ createcomputer=Servers/Linux'),
    ('realm_join_echo_stdin_password', 'realm_join_pipe_cmd', '# echo \'§P§\' | realm join --user=§U§ corp.example'),
    ('kadmin_addprinc_pw_flag', 'kadmin_local_addprinc_cmd', 'kadmin.local:  addprinc -pw §P§ §U§@CORP.EXAMPLE'),
    ('dovecot_passwd_file_plain_scheme', 'dovecot_passwd_file', '§U§@example.org:{PLAIN}§P§::::::'),
    ('exim_passwd_client_line', 'exim_passwd_client_file', '*.smtp.example.net:§U§:§P§'),
    ('sendmail_authinfo_p_field', 'sendmail_authinfo_file', 'AuthInfo:smtp.example.net "U:§U§" "P:§P§" "M:PLAIN"'),
    ('s_nail_mailrc_password_variable', 's_nail_mailrc_file', 'set v15-compat\nset mta=smtps://§U§@smtp.example.net:465\nset password-§U§@smtp.example.net=§P§'),
    ('swaks_auth_password_flag', 'swaks_smtp_test_cmd', '$ swaks --to ops@example.org --server smtp.example.net:587 --tls --auth-user §U§ --auth-password §P§'),
    ('sendemail_xp_flag_password', 'sendemail_cli_cmd', '$ sendemail -f §U§@example.org -t ops@example.org -u "report" -m "see attached" -s smtp.example.net:587 -xu §U§ -xp §P§'),
    ('blat_pw_flag_password', 'blat_windows_mail_cmd', 'C:\\> blat report.txt -to ops@example.org -server smtp.example.net -u §U§ -pw §P§'),
    ('imap_login_command_password', 'imap_session_transcript', '* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\na1 LOGIN §U§ §P§\na1 OK LOGIN completed'),
    ('pop3_pass_command_password', 'pop3_session_transcript', '+OK POP3 ready\nUSER §U§\n+OK\nPASS §P§\n+OK mailbox locked and ready'),
    ('ftp_control_channel_pass_command', 'ftp_control_channel_log', '220 ProFTPD Server ready.\nUSER §U§\n331 Password required for §U§\nPASS §P§\n230 User §U§ logged in'),
    ('irc_nickserv_identify_password', 'irc_client_command_log', '[10:02] -!- Irssi: Connection to irc.libera.chat established\n[10:02] /msg NickServ IDENTIFY §U§ §P§\n[10:02] -NickServ- You are now identified for §U§.'),
    ('redis_resp_auth_bulk_string', 'redis_resp_wire_dump', '*2\\r\\n$4\\r\\nAUTH\\r\\n$§L§\\r\\n§P§\\r\\n'),
    ('ldif_userpassword_attribute', 'ldif_add_entry', 'dn: uid=§U§,ou=people,dc=corp,dc=example\nobjectClass: inetOrgPerson\nuid: §U§\ncn: §U§\nsn: Ops\nuserPassword: §P§'),
    ('rtsp_url_userinfo_password', 'ffmpeg_rtsp_capture_cmd', '$ ffmpeg -rtsp_transport tcp -i rtsp://admin:§P§@192.168.1.64:554/Streaming/Channels/101 -t 10 clip.mp4'),
    ('snmp_v2c_community_flag', 'snmpwalk_v2c_cmd', '$ snmpwalk -v2c -c §P§ §H§ 1.3.6.1.2.1.1'),
    ('snmpd_conf_rocommunity_string', 'snmpd_conf_access_lines', 'agentAddress udp:161\nrocommunity §P§ 10.0.0.0/8\nsysLocation rack-7'),
    ('terraria_server_password_flag', 'terraria_server_launch_cmd', '$ ./TerrariaServer.bin.x86_64 -port 7777 -world ~/worlds/home.wld -password §P§'),
    ('ark_server_admin_password_query', 'ark_server_launch_cmd', '$ ShooterGameServer TheIsland?listen?SessionName=home?ServerAdminPassword=§P§?MaxPlayers=10 -server -log'),
    ('rust_server_rcon_password_plus', 'rust_dedicated_launch_cmd', '$ ./RustDedicated -batchmode +server.port 28015 +rcon.port 28016 +rcon.password "§P§" +server.identity home'),
    ('transmission_rpc_password_setting', 'transmission_settings_json', '{\n    "rpc-authentication-required": true,\n    "rpc-username": "§U§",\n    "rpc-password": "§P§",\n    "rpc-port": 9091\n}'),
    ('deluge_auth_file_line', 'deluge_auth_file', 'localclient:9f2c11d0a1b2e3f4a5b6c7d8e9f0a1b2c3d4e5f6:10\n§U§:§P§:10'),
    ('vpncmd_password_switch', 'softether_vpncmd_cmd', '$ vpncmd §H§:443 /SERVER /HUB:DEFAULT /PASSWORD:§P§ /CMD UserList'),
    ('openfortivpn_p_flag_password', 'openfortivpn_connect_cmd', '$ sudo openfortivpn vpn.example.com:443 -u §U§ -p §P§'),
    ('vpnc_conf_xauth_password', 'vpnc_conf_file', 'IPSec gateway vpn.example.com\nIPSec ID corp\nXauth username §U§\nXauth password §P§'),
    ('odoo_conf_admin_passwd', 'odoo_conf_options_section', '[options]\nadmin_passwd = §P§\ndb_host = §H§\ndb_user = odoo'),
    ('gitlab_rb_initial_root_password', 'gitlab_rb_settings', "external_url 'https://gitlab.example.com'\ngitlab_rails['initial_root_password'] = '§P§'"),
    ('nextcloud_occ_oc_pass_env', 'nextcloud_occ_user_add_cmd', "$ export OC_PASS=§P§\n$ su -s /bin/sh www-data -c 'php occ user:add --password-from-env --display-name=\"Ops\" §U§'"),
    ('wp_cli_user_pass_option', 'wp_cli_user_create_cmd', '$ wp user create §U§ §U§@example.org --role=administrator --user_pass=§P§'),
    ('drush_user_password_positional', 'drush_user_password_cmd', '$ drush user:password admin "§P§"'),
    ('moodle_install_adminpass_option', 'moodle_cli_install_cmd', '$ php admin/cli/install_database.php --agree-license --adminuser=admin --adminpass=§P§ --adminemail=ops@example.org'),
    ('mediawiki_install_pass_flag', 'mediawiki_install_php_cmd', '$ php maintenance/install.php --dbname wiki --dbserver §H§ --installdbuser root --pass §P§ "Team Wiki" admin'),
    ('mmctl_user_create_password_flag', 'mmctl_user_create_cmd', '$ mmctl user create --email §U§@example.org --username §U§ --password §P§ --system-admin'),
    ('grafana_cli_reset_admin_password_positional', 'grafana_cli_reset_cmd', '$ grafana-cli admin reset-admin-password §P§'),
    ('zabbix_server_conf_dbpassword', 'zabbix_server_conf_file', 'DBHost=§H§\nDBName=zabbix\nDBUser=zabbix\nDBPassword=§P§'),
    ('nagios_resource_cfg_user_macro', 'nagios_resource_cfg_file', '$USER1$=/usr/lib/nagios/plugins\n$USER3$=§P§'),
    ('prometheus_scrape_basic_auth_password', 'prometheus_scrape_config_yaml', 'scrape_configs:\n  - job_name: edge\n    basic_auth:\n      username: §U§\n      password: §P§\n    static_configs:\n      - targets: ["§H§:9100"]'),
    ('alertmanager_smtp_auth_password', 'alertmanager_global_yaml', 'global:\n  smtp_smarthost: smtp.example.net:587\n  smtp_auth_username: §U§\n  smtp_auth_password: §P§'),
    ('fluent_bit_http_passwd_key', 'fluent_bit_output_es_section', '[OUTPUT]\n    Name  es\n    Match *\n    Host  §H§\n    HTTP_User §U§\n    HTTP_Passwd §P§'),
    ('logstash_output_password_option', 'logstash_pipeline_output_block', 'output {\n  elasticsearch {\n    hosts => ["https://§H§:9200"]\n    user => "§U§"\n    password => "§P§"\n  }\n}'),
    ('rsyslog_omelasticsearch_pwd_param', 'rsyslog_action_omelasticsearch', 'action(type="omelasticsearch" server="§H§" uid="§U§" pwd="§P§" searchIndex="syslog")'),
    ('jdbc_drivermanager_third_argument', 'java_drivermanager_getconnection', 'Connection c = DriverManager.getConnection(\n    "jdbc:postgresql://§H§:5432/app", "§U§", "§P§");'),
    ('go_sql_open_mysql_dsn_password', 'go_sql_open_call', 'db, err := sql.Open("mysql", "§U§:§P§@tcp(§H§:3306)/shop?parseTime=true")'),
    ('npgsql_connection_string_password', 'dotnet_npgsql_connection_string', 'var cs = "Host=§H§;Username=§U§;Password=§P§;Database=app;SSL Mode=Require";'),
    ('sqlalchemy_url_create_password_kwarg', 'sqlalchemy_url_create_call', 'url = URL.create("postgresql+psycopg", username="§U§", password="§P§", host="§H§", database="app")'),
    ('knex_connection_password_property', 'knexfile_js_connection', "module.exports = {\n  client: 'pg',\n  connection: { host: '§H§', user: '§U§', password: '§P§', database: 'app' }\n};"),
    ('typeorm_datasource_password_option', 'typeorm_datasource_ts', 'export const AppDataSource = new DataSource({\n  type: "mysql",\n  host: "§H§",\n  username: "§U§",\n  password: "§P§",\n  database: "shop",\n});'),
    ('mongoose_connect_pass_option', 'mongoose_connect_call', "await mongoose.connect('mongodb://§H§:27017/app', { user: '§U§', pass: '§P§', authSource: 'admin' });"),
    ('redis_py_password_kwarg', 'redis_py_client_ctor', 'r = redis.Redis(host="§H§", port=6379, password="§P§", ssl=True)'),
    ('jedis_auth_call_argument', 'jedis_client_snippet', 'try (Jedis jedis = pool.getResource()) {\n    jedis.auth("§P§");\n    jedis.set("k", "v");\n}'),
    ('ftplib_login_positional_password', 'python_ftplib_snippet', "ftp = FTP('§H§')\nftp.login('§U§', '§P§')\nftp.retrlines('LIST')"),
    ('imaplib_login_positional_password', 'python_imaplib_snippet', "M = imaplib.IMAP4_SSL('imap.example.org')\nM.login('§U§@example.org', '§P§')\nM.select('INBOX')"),
    ('poplib_pass_call_argument', 'python_poplib_snippet', "p = poplib.POP3_SSL('pop.example.org')\np.user('§U§')\np.pass_('§P§')"),
    ('ldap3_connection_password_kwarg', 'python_ldap3_connection', "conn = Connection(server, user='cn=§U§,dc=corp,dc=example', password='§P§', auto_bind=True)"),
    ('pysmb_connection_positional_password', 'python_pysmb_connection', "conn = SMBConnection('§U§', '§P§', 'backup-host', 'FILESRV01', domain='CORP', use_ntlm_v2=True)"),
    ('net_ssh_start_password_option', 'ruby_net_ssh_start_call', "Net::SSH.start('§H§', '§U§', password: '§P§') do |ssh|\n  puts ssh.exec!('uptime')\nend"),
    ('jsch_session_setpassword_call', 'java_jsch_session_snippet', 'Session session = jsch.getSession("§U§", "§H§", 22);\nsession.setPassword("§P§");\nsession.connect();'),
    ('go_crypto_ssh_password_auth', 'go_ssh_client_config', 'config := &ssh.ClientConfig{\n\tUser: "§U§",\n\tAuth: []ssh.AuthMethod{ssh.Password("§P§")},\n}'),
    ('pywinrm_session_auth_tuple', 'python_winrm_session_ctor', "s = winrm.Session('§H§', auth=('CORP\\\\§U§', '§P§'), transport='ntlm')"),
    ('requests_auth_tuple_password', 'python_requests_basic_auth_call', "resp = requests.get('https://§H§/api/status', auth=('§U§', '§P§'), timeout=10)"),
    ('apache_usernamepasswordcredentials_ctor', 'java_apache_httpclient_credentials', 'credsProvider.setCredentials(new AuthScope("§H§", 443),\n    new UsernamePasswordCredentials("§U§", "§P§".toCharArray()));'),
    ('dotnet_networkcredential_ctor_password', 'csharp_networkcredential_snippet', 'client.Credentials = new NetworkCredential("§U§", "§P§", "CORP");'),
    ('php_ldap_bind_third_argument', 'php_ldap_bind_snippet', "$ok = ldap_bind($conn, 'cn=§U§,dc=corp,dc=example', '§P§');"),
    ('perl_dbi_connect_third_argument', 'perl_dbi_connect_snippet', "my $dbh = DBI->connect('dbi:Pg:dbname=app;host=§H§', '§U§', '§P§', { RaiseError => 1 });"),
    ('bitlocker_recovery_password_switch', 'manage_bde_unlock_cmd', 'C:\\> manage-bde -unlock E: -RecoveryPassword §R§'),
]


# drafted syntaxes dropped to stay near 110 (near-duplicates of kept ones)
DROPPED = set('''bcp_capital_p_password rman_target_slash_password h2_create_user_password firebird_create_user_password
cockroach_create_user_with_password orientdb_console_connect_positional rethinkdb_initial_password_flag memcached_sasl_pwdb_entry
nats_cli_password_flag rabbitmqadmin_p_flag_password mosquitto_pub_capital_p_password hgrc_auth_password_key
rdesktop_p_flag_password psexec_p_flag_password dsadd_user_pwd_switch sudo_s_echo_pipe_password
ccrypt_capital_k_key encfs_stdinpass_echo_password security_unlock_keychain_p_flag sbt_credentials_file_password
crane_auth_login_p_flag cf_login_p_flag_password redfishtool_p_flag_password arista_username_secret_zero
cisco_ppp_chap_password_zero pcs_host_auth_p_flag_password realm_join_echo_stdin_password exim_passwd_client_line
s_nail_mailrc_password_variable sendemail_xp_flag_password blat_pw_flag_password snmpd_conf_rocommunity_string
terraria_server_password_flag deluge_auth_file_line openfortivpn_p_flag_password drush_user_password_positional
mediawiki_install_pass_flag nagios_resource_cfg_user_macro rsyslog_omelasticsearch_pwd_param typeorm_datasource_password_option
poplib_pass_call_argument jsch_session_setpassword_call php_ldap_bind_third_argument mongoose_connect_pass_option
derby_ij_connect_password_attribute zfs_load_key_echo_passphrase'''.split())
P = [p for p in P if p[0] not in DROPPED]


def _recovery(rng):
    groups = []
    for _ in range(8):
        while True:
            n = rng.randint(0, 720895)
            if n % 11 == 0:
                groups.append('%06d' % n)
                break
    return '-'.join(groups)


def build():
    rng = random.Random(SEED)
    recs = []
    for typ, kind, tpl in P:
        if '§R§' in tpl:
            pw = _recovery(rng)
            marked = subst(tpl, {'R': mark(typ, pw)})
        else:
            pw = password(rng)
            marked = subst(tpl, {'P': mark(typ, pw), 'U': fake_user(rng).replace('.', '_'), 'H': rng.choice(['10.0.3.21', 'db01.corp.example', 'srv-7.lab.example.net', 'mgmt.example.org']), 'L': str(len(pw))} if '§L§' in tpl else
                           {'P': mark(typ, pw), 'U': fake_user(rng).replace('.', '_'), 'H': rng.choice(['10.0.3.21', 'db01.corp.example', 'srv-7.lab.example.net', 'mgmt.example.org'])})
        text, spans = realize(marked)
        recs.append({'type': typ, 'container': kind, 'text': text, 'secrets': spans, 'source': 'password'})
    return recs
