"""Positional-password part: passwords given by position, flag or directive in syntaxes not covered before.
Each entry: (span type, container kind, template). {P} = the password (every occurrence labelled), {Q} = a second
password with type '<type>__second' replaced by the explicit second type after '|'."""
import random
from common import mk, render, password, SRC

SEED = 19003

E = [
 # CLIs: subcommands and flags
 ("smbpasswd_stdin_new_password", "smbpasswd_add_silent_pipe", "# printf '%s\\n%s\\n' 'pw' 'pw' | smbpasswd -a -s user\n$ printf '{P}\\n{P}\\n' | sudo smbpasswd -a -s scanner\nAdded user scanner.\n"),
 ("curl_proxy_user_password", "curl_proxy_user_flag", "curl -sS --proxy http://proxy.corp:3128 --proxy-user jdoe:{P} https://downloads.vendor.example/agent.tgz -o agent.tgz\n"),
 ("git_credential_approve_password", "git_credential_approve_stdin", "$ git credential approve <<EOF\nprotocol=https\nhost=git.internal.example\nusername=build-bot\npassword={P}\nEOF\n"),
 ("svn_cli_password_flag", "svn_checkout_password_flag", "svn checkout https://svn.internal/repos/firmware/trunk fw --username builder --password {P} --non-interactive\n"),
 ("rsync_daemon_password_env", "rsync_password_env_prefix", "RSYNC_PASSWORD={P} rsync -av --delete rsync://backup@nas01/homes/ /srv/mirror/homes/\n"),
 ("rsyncd_secrets_file_password", "rsyncd_secrets_file_line", "# /etc/rsyncd.secrets (chmod 600)\nbackup:{P}\n"),
 ("pgpass_file_password", "pgpass_colon_line", "# ~/.pgpass\ndb-replica.internal:5432:analytics:report:{P}\n"),
 ("mysql_option_file_password", "my_cnf_client_section", "# ~/.my.cnf\n[client]\nuser=backup\npassword={P}\nhost=10.0.4.12\n"),
 ("oracle_expdp_userid_password", "oracle_expdp_userid_arg", "expdp system/{P}@ORCLPDB1 schemas=HR directory=DATA_PUMP_DIR dumpfile=hr.dmp logfile=hr.log\n"),
 ("oracle_rman_target_password", "rman_target_connect", "$ rman target sys/{P}@PRODCDB\nRecovery Manager: Release 19.0.0.0.0\nconnected to target database: PRODCDB (DBID=2948472210)\n"),
 ("sqlcl_connect_password", "sqlcl_sql_login_arg", "sql -S app_owner/{P}@//db-scan.internal:1521/APPPDB @deploy/run_all.sql\n"),
 ("osql_p_flag_password", "osql_legacy_cli", "osql -S SQL01\\LEGACY -U sa -P {P} -i nightly_cleanup.sql\n"),
 ("invoke_sqlcmd_password_param", "invoke_sqlcmd_password_param", "Invoke-Sqlcmd -ServerInstance \"sql-prod-02\" -Database \"Billing\" -Username \"etl_user\" -Password \"{P}\" -InputFile .\\fix_invoices.sql\n"),
 ("sqlpackage_source_password", "sqlpackage_export_source_password", "SqlPackage /Action:Export /SourceServerName:sqlsrv-weu.database.windows.net /SourceDatabaseName:crm /SourceUser:dbadmin /SourcePassword:{P} /TargetFile:crm.bacpac\n"),
 ("hana_hdbsql_password_flag", "hdbsql_p_flag", "hdbsql -n hana01:30015 -u SYSTEM -p {P} \"SELECT * FROM M_DATABASE\"\n"),
 ("firebird_isql_password_flag", "firebird_isql_user_password", "isql-fb -user SYSDBA -password {P} 10.0.0.5:/data/erp.fdb\n"),
 ("firebird_gsec_add_password", "firebird_gsec_add_pw", "gsec -user SYSDBA -password {P} -add reporting -pw {Q|firebird_gsec_new_user_password}\n"),
 ("netezza_nzsql_password", "nzsql_pw_flag", "nzsql -host nz01 -d SALES -u loader -pw {P} -f load_daily.sql\n"),
 ("teradata_bteq_logon_password", "bteq_logon_directive", ".LOGON tdprod/etl_batch,{P};\nSELECT COUNT(*) FROM dw.sales;\n.LOGOFF;\n"),
 ("snowsql_config_password", "snowsql_config_connection", "# ~/.snowsql/config\n[connections.prod]\naccountname = xy12345.eu-central-1\nusername = LOADER\npassword = {P}\n"),
 ("beeline_password_flag", "beeline_jdbc_p_flag", "beeline -u \"jdbc:hive2://hs2.internal:10000/default\" -n etl -p {P} -f create_tables.hql\n"),
 ("couchbase_cli_password_flag", "couchbase_cli_cluster_init", "couchbase-cli cluster-init -c 127.0.0.1 --cluster-username Administrator --cluster-password {P} --services data,index,query\n"),
 ("couchbase_cbq_password", "cbq_shell_password_flag", "cbq -e http://cb01:8093 -u analytics -p {P} -s \"SELECT COUNT(*) FROM `travel-sample`\"\n"),
 ("rethinkdb_initial_password", "rethinkdb_initial_password_flag", "rethinkdb --bind all --initial-password {P} --directory /var/lib/rethinkdb/data\n"),
 ("arangoimport_server_password", "arangoimport_server_password_flag", "arangoimport --server.endpoint tcp://arango01:8529 --server.username loader --server.password {P} --file users.jsonl --collection users\n"),
 ("influx_setup_password", "influx_v2_setup_flags", "influx setup --username admin --password {P} --org acme --bucket telemetry --retention 30d --force\n"),
 ("mgconsole_password_flag", "memgraph_mgconsole_password", "mgconsole --host 127.0.0.1 --port 7687 --username graph --password {P} < import.cypherl\n"),
 ("surrealdb_sql_pass_flag", "surreal_sql_pass_flag", "surreal sql --endpoint http://localhost:8000 --user root --pass {P} --ns app --db main\n"),
 ("ldapadd_bind_password", "ldapadd_w_flag", "ldapadd -x -H ldap://ldap01 -D \"cn=admin,dc=corp,dc=example\" -w {P} -f new_users.ldif\n"),
 ("slapd_rootpw_cleartext", "slapd_conf_rootpw", "database mdb\nsuffix \"dc=corp,dc=example\"\nrootdn \"cn=Manager,dc=corp,dc=example\"\nrootpw {P}\n"),
 ("olc_root_pw_cleartext", "olc_rootpw_ldif_modify", "dn: olcDatabase={1}mdb,cn=config\nchangetype: modify\nreplace: olcRootPW\nolcRootPW: {P}\n"),
 ("dsconf_bind_password", "dsconf_w_flag", "dsconf -D \"cn=Directory Manager\" -w {P} ldap://ds01 backend create --suffix dc=corp,dc=example --be-name userRoot\n"),
 ("adcli_join_stdin_password", "adcli_join_stdin_password", "echo -n '{P}' | adcli join --stdin-password --domain corp.example --login-user svc-join\n"),
 ("net_ads_join_password", "net_ads_join_user_percent", "net ads join -U 'svc-join%{P}' createcomputer=Servers/Linux\n"),
 ("winexe_user_percent_password", "winexe_user_percent_cmd", "winexe -U 'CORP/helpdesk%{P}' //ws-0231 'cmd.exe /c ipconfig /all'\n"),
 ("impacket_target_password", "impacket_target_string", "secretsdump.py 'CORP/backupop:{P}@10.10.2.5' -just-dc-user krbtgt\n"),
 ("evil_winrm_password_flag", "evil_winrm_p_flag", "evil-winrm -i 10.10.2.17 -u svc_sql -p '{P}'\n"),
 ("net_use_positional_password", "net_use_share_password", "net use Z: \\\\fs01\\finance {P} /user:CORP\\j.meyer /persistent:no\n"),
 ("wmic_password_switch", "wmic_node_password_switch", "wmic /node:ws-0412 /user:CORP\\inventory /password:{P} computersystem get model,name\n"),
 ("winrs_password_switch", "winrs_p_switch", "winrs -r:srv-app07 -u:CORP\\deploy -p:{P} \"powershell -c Restart-Service AppPool\"\n"),
 ("msiexec_service_password_property", "msiexec_property_password", "msiexec /i AgentSetup.msi /qn SERVICE_ACCOUNT=CORP\\svc-agent SERVICE_PASSWORD={P} /l*v install.log\n"),
 ("ssh_keygen_change_passphrase", "ssh_keygen_p_old_new", "ssh-keygen -p -f ~/.ssh/id_ed25519 -P {P} -N {Q|ssh_keygen_new_passphrase}\n"),
 ("luks_stdin_passphrase", "cryptsetup_open_stdin", "echo -n '{P}' | cryptsetup open /dev/sdb1 backup_crypt -\n"),
 ("veracrypt_password_flag", "veracrypt_text_mount", "veracrypt --text --non-interactive --password={P} /media/usb/vault.hc /mnt/vault\n"),
 ("zfs_load_key_passphrase", "zfs_load_key_stdin", "echo '{P}' | zfs load-key tank/encrypted\n"),
 ("restic_repository_password", "restic_password_env_prefix", "RESTIC_PASSWORD={P} restic -r s3:s3.eu-central-1.amazonaws.com/acme-backup snapshots\n"),
 ("duplicity_gpg_passphrase", "duplicity_passphrase_env", "PASSPHRASE={P} duplicity --full-if-older-than 1M /srv/data b2://keyid@bucket/data\n"),
 ("ecryptfs_passphrase_option", "ecryptfs_mount_options", "mount -t ecryptfs /srv/private /srv/private -o key=passphrase:passphrase_passwd={P},ecryptfs_cipher=aes,ecryptfs_key_bytes=32\n"),
 ("encfs_extpass_password", "encfs_extpass_echo", "encfs --extpass=\"echo {P}\" ~/.crypt ~/Private\n"),
 ("pdftk_owner_password", "pdftk_owner_pw_arg", "pdftk report.pdf output report-locked.pdf owner_pw {P} allow printing\n"),
 ("unzip_extract_password", "unzip_p_flag", "unzip -P {P} customer_export_2026-03.zip -d /tmp/export\n"),
 # VPN, Wi-Fi, network devices
 ("openvpn_auth_user_pass_password", "openvpn_auth_user_pass_file", "# /etc/openvpn/client/creds.txt  (auth-user-pass creds.txt)\nvpn-user-17\n{P}\n"),
 ("pppd_peers_password_option", "pppd_peers_file_password", "# /etc/ppp/peers/dsl-provider\nplugin rp-pppoe.so eth1\nuser \"dsl123456@provider\"\npassword \"{P}\"\nnoauth\n"),
 ("wvdial_conf_password", "wvdial_conf_dialer", "[Dialer Defaults]\nModem = /dev/ttyUSB0\nPhone = *99#\nUsername = mobile\nPassword = {P}\n"),
 ("vpnc_xauth_password", "vpnc_conf_secrets", "IPSec gateway vpn.corp.example\nIPSec ID remote-staff\nIPSec secret {P}\nXauth username a.schmidt\nXauth password {Q|vpnc_group_secret}\n"),
 ("openfortivpn_config_password", "openfortivpn_config_file", "host = vpn.corp.example\nport = 443\nusername = l.martin\npassword = {P}\n"),
 ("hostapd_wpa_passphrase", "hostapd_conf_wpa_passphrase", "interface=wlan0\nssid=Lab-IoT\nwpa=2\nwpa_key_mgmt=WPA-PSK\nwpa_passphrase={P}\n"),
 ("netplan_wifi_password", "netplan_wifis_access_point", "network:\n  version: 2\n  wifis:\n    wlan0:\n      dhcp4: true\n      access-points:\n        \"Office-5G\":\n          password: \"{P}\"\n"),
 ("debian_interfaces_wpa_psk", "etc_network_interfaces_wpa_psk", "auto wlan0\niface wlan0 inet dhcp\n    wpa-ssid Warehouse\n    wpa-psk {P}\n"),
 ("connman_service_passphrase", "connman_service_settings", "[service_wifi_8c1645_5761726568_managed_psk]\nName=Warehouse\nSSID=5761726568\nPassphrase={P}\nAutoConnect=true\n"),
 ("cisco_line_vty_password", "cisco_ios_line_vty_password", "line vty 0 4\n password {P}\n login\n transport input ssh\n"),
 ("cisco_key_chain_key_string", "cisco_key_chain_key_string", "key chain EIGRP-KEYS\n key 1\n  key-string {P}\n  accept-lifetime 00:00:00 Jan 1 2026 infinite\n"),
 ("ospf_md5_authentication_key", "ospf_message_digest_key", "interface GigabitEthernet0/1\n ip ospf authentication message-digest\n ip ospf message-digest-key 1 md5 {P}\n"),
 ("bgp_neighbor_md5_password", "ios_bgp_neighbor_password", "router bgp 65010\n neighbor 192.0.2.1 remote-as 64500\n neighbor 192.0.2.1 password {P}\n"),
 ("junos_bgp_authentication_key", "junos_set_bgp_authentication_key", "set protocols bgp group transit neighbor 198.51.100.9 authentication-key \"{P}\"\n"),
 ("hsrp_md5_key_string", "cisco_standby_authentication_md5", "interface Vlan10\n standby 1 ip 10.10.0.1\n standby 1 authentication md5 key-string {P}\n"),
 ("hp_ilo_ribcl_password", "hponcfg_ribcl_login_xml", "<RIBCL VERSION=\"2.0\">\n  <LOGIN USER_LOGIN=\"Administrator\" PASSWORD=\"{P}\">\n    <SERVER_INFO MODE=\"read\"><GET_HOST_POWER_STATUS/></SERVER_INFO>\n  </LOGIN>\n</RIBCL>\n"),
 ("supermicro_smcipmitool_password", "smcipmitool_positional_args", "SMCIPMITool 10.0.9.21 ADMIN {P} ipmi power status\n"),
 # mail
 ("exim_passwd_client_password", "exim_passwd_client_line", "# /etc/exim4/passwd.client\n*.smtp.relay.example:relay-user:{P}\n"),
 ("sendmail_authinfo_password", "sendmail_authinfo_map_entry", "AuthInfo:smtp.relay.example \"U:alerts\" \"I:alerts\" \"P:{P}\" \"M:PLAIN\"\n"),
 ("msmtprc_password", "msmtprc_account_password", "account work\nhost smtp.office.example\nport 587\nauth on\nuser r.costa@corp.example\npassword {P}\n"),
 ("offlineimap_remotepass", "offlineimaprc_remotepass", "[Repository corp-remote]\ntype = IMAP\nremotehost = imap.corp.example\nremoteuser = h.tanaka\nremotepass = {P}\n"),
 ("getmail_retriever_password", "getmailrc_retriever_section", "[retriever]\ntype = SimpleIMAPSSLRetriever\nserver = imap.mail.example\nusername = archive@mail.example\npassword = {P}\n"),
 ("aerc_source_url_password", "aerc_accounts_conf_source", "[Work]\nsource = imaps://m.kowalski:{P}@imap.corp.example:993\noutgoing = smtp+plain://m.kowalski@smtp.corp.example:587\n"),
 ("dma_auth_conf_password", "dma_auth_conf_line", "# /etc/dma/auth.conf\nnotify|smtp.relay.example:{P}\n"),
 ("muttrc_imap_pass", "muttrc_imap_pass_set", "set imap_user = \"t.nguyen@corp.example\"\nset imap_pass = \"{P}\"\nset folder = \"imaps://imap.corp.example/\"\n"),
 ("courier_authmysql_password", "courier_authmysqlrc_password", "MYSQL_SERVER localhost\nMYSQL_USERNAME courier\nMYSQL_PASSWORD {P}\nMYSQL_DATABASE mail\n"),
 # message brokers, coordination
 ("rabbitmq_conf_default_pass", "rabbitmq_conf_default_user_pass", "# /etc/rabbitmq/rabbitmq.conf\ndefault_user = ops\ndefault_pass = {P}\nlisteners.tcp.default = 5672\n"),
 ("activemq_users_properties_password", "activemq_users_properties", "# conf/users.properties\nadmin={P}\n"),
 ("artemis_create_password", "artemis_create_broker_flags", "./artemis create /var/lib/broker1 --user admin --password {P} --require-login --silent\n"),
 ("kafka_sasl_jaas_password", "kafka_client_properties_jaas", "security.protocol=SASL_SSL\nsasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"orders-svc\" password=\"{P}\";\n"),
 ("nats_server_conf_password", "nats_server_authorization_block", "authorization {\n  user: ingest\n  password: \"{P}\"\n  timeout: 2\n}\n"),
 ("mosquitto_bridge_remote_password", "mosquitto_bridge_remote_password", "connection cloud-bridge\naddress mqtt.cloud.example:8883\nremote_username site-17\nremote_password {P}\ntopic sensors/# out 1\n"),
 ("redis_sentinel_auth_pass", "redis_sentinel_auth_pass_directive", "sentinel monitor mymaster 10.0.0.31 6379 2\nsentinel auth-pass mymaster {P}\nsentinel down-after-milliseconds mymaster 5000\n"),
 ("zookeeper_jaas_digest_password", "zookeeper_server_jaas_conf", "Server {\n  org.apache.zookeeper.server.auth.DigestLoginModule required\n  user_kafka=\"{P}\";\n};\n"),
 # app servers, proxies
 ("tomcat_users_xml_password", "tomcat_users_xml_user", "<tomcat-users>\n  <role rolename=\"manager-gui\"/>\n  <user username=\"deployer\" password=\"{P}\" roles=\"manager-gui,manager-script\"/>\n</tomcat-users>\n"),
 ("jetty_realm_properties_password", "jetty_realm_properties_line", "# etc/realm.properties\nops: {P},admin,user\n"),
 ("wildfly_add_user_password", "wildfly_add_user_sh_flags", "$JBOSS_HOME/bin/add-user.sh -u mgmtadmin -p {P} -g SuperUser --silent\n"),
 ("weblogic_boot_properties_password", "weblogic_boot_properties", "# servers/AdminServer/security/boot.properties\nusername=weblogic\npassword={P}\n"),
 ("glassfish_passwordfile_admin_password", "asadmin_passwordfile_contents", "$ cat /tmp/pw.txt\nAS_ADMIN_PASSWORD={P}\n$ asadmin --user admin --passwordfile /tmp/pw.txt enable-secure-admin\n"),
 ("iis_appcmd_apppool_password", "appcmd_apppool_process_model", "%windir%\\system32\\inetsrv\\appcmd set apppool /apppool.name:Intranet /processModel.identityType:SpecificUser /processModel.userName:CORP\\svc-intranet /processModel.password:{P}\n"),
 ("lighttpd_plain_userfile_password", "lighttpd_auth_plain_userfile", "# /etc/lighttpd/lighttpd.user  (auth.backend = \"plain\")\nmonitor:{P}\n"),
 ("proxy_env_url_password", "https_proxy_env_userinfo", "export https_proxy=http://jdoe:{P}@proxy.corp.example:8080\nexport no_proxy=localhost,.internal\n"),
 ("threeproxy_cleartext_password", "threeproxy_cfg_users_cl", "users admin:CL:{P}\nauth strong\nallow admin\nproxy -p3128\n"),
 ("tinyproxy_basicauth_password", "tinyproxy_conf_basicauth", "Port 8888\nBasicAuth proxyuser {P}\nAllow 10.0.0.0/8\n"),
 # SQL and DB server config
 ("pgpool_pool_passwd_text", "pgpool_pool_passwd_text_entry", "# /etc/pgpool-II/pool_passwd\napp:TEXT{P}\n"),
 ("mysql_create_server_password", "mysql_federated_create_server", "CREATE SERVER remote_sales FOREIGN DATA WRAPPER mysql OPTIONS (USER 'fed_reader', PASSWORD '{P}', HOST '10.1.2.3', DATABASE 'sales');\n"),
 ("oracle_alter_user_identified_by", "oracle_alter_user_identified_by", "ALTER USER app_owner IDENTIFIED BY \"{P}\" ACCOUNT UNLOCK;\n"),
 ("mssql_create_login_password", "mssql_create_login_with_password", "CREATE LOGIN [report_reader] WITH PASSWORD = N'{P}', CHECK_POLICY = ON;\n"),
 ("sap_hana_create_user_password", "hana_create_user_password", "CREATE USER ETL_LOADER PASSWORD \"{P}\" NO FORCE_FIRST_PASSWORD_CHANGE;\n"),
 ("vertica_create_user_identified_by", "vertica_create_user_identified_by", "CREATE USER bi_reader IDENTIFIED BY '{P}';\nGRANT USAGE ON SCHEMA public TO bi_reader;\n"),
 ("sybase_sp_password_new", "sybase_sp_password_call", "sp_password '{Q|sybase_sp_password_old}', '{P}', 'etl_user'\ngo\n"),
 # connection-string dialects
 ("jdbc_informix_password", "jdbc_informix_semicolon_props", "jdbc:informix-sqli://ifx01:9088/stores:INFORMIXSERVER=ol_ifx01;user=app;password={P}\n"),
 ("jdbc_teradata_password", "jdbc_teradata_comma_props", "jdbc:teradata://tdprod/DATABASE=dw,USER=etl_batch,PASSWORD={P},CHARSET=UTF8\n"),
 ("firebird_connection_string_password", "firebird_netprovider_string", "database=10.0.0.5:/data/erp.fdb;user=SYSDBA;password={P};dialect=3;charset=UTF8\n"),
 ("elasticsearch_url_password", "elasticsearch_hosts_url_userinfo", "ELASTICSEARCH_HOSTS=https://elastic:{P}@es01.internal:9200\n"),
 ("couchdb_url_password", "couchdb_replication_url", "curl -X POST http://127.0.0.1:5984/_replicate -H 'Content-Type: application/json' -d '{\"source\":\"https://replicator:{P}@couch.remote:6984/orders\",\"target\":\"orders\"}'\n"),
 ("sftp_url_password", "sftp_url_userinfo_lftp", "lftp -e 'mirror -R ./dist /var/www/site; bye' sftp://deploy:{P}@web01.internal\n"),
 ("pip_vcs_url_password", "requirements_txt_vcs_url", "requests==2.32.3\ngit+https://ci-reader:{P}@git.internal.example/platform/shared-lib.git@v1.4.2#egg=shared-lib\n"),
 ("imap_url_password", "imap_url_userinfo_fetch", "curl --url 'imaps://support:{P}@imap.mail.example/INBOX;UID=1' -o first.eml\n"),
 ("sip_uri_password", "sip_uri_userinfo_register", "baresip account line: <sip:4711:{P}@pbx.office.example;transport=tls>;regint=600\n"),
 ("sqlalchemy_oracle_url_password", "sqlalchemy_oracle_oracledb_url", "engine = create_engine(\"oracle+oracledb://app_owner:{P}@db-scan.internal:1521/?service_name=APPPDB\")\n"),
 ("prisma_sqlserver_password", "prisma_sqlserver_semicolon_url", "DATABASE_URL=\"sqlserver://sql01:1433;database=crm;user=prisma;password={P};encrypt=true\"\n"),
 ("php_pdo_constructor_password", "php_pdo_new_positional", "$pdo = new PDO('mysql:host=127.0.0.1;dbname=shop;charset=utf8mb4', 'shop_app', '{P}');\n"),
 ("tomcat_context_resource_password", "tomcat_context_xml_resource", "<Context>\n  <Resource name=\"jdbc/orders\" auth=\"Container\" type=\"javax.sql.DataSource\" username=\"orders\" password=\"{P}\" url=\"jdbc:postgresql://pg01:5432/orders\"/>\n</Context>\n"),
 ("hibernate_cfg_connection_password", "hibernate_cfg_xml_property", "<session-factory>\n  <property name=\"connection.url\">jdbc:mysql://db01:3306/shop</property>\n  <property name=\"connection.username\">shop</property>\n  <property name=\"connection.password\">{P}</property>\n</session-factory>\n"),
 ("liquibase_properties_password", "liquibase_properties_file", "changeLogFile=db/changelog/master.xml\nurl=jdbc:postgresql://pg01:5432/app\nusername=migrator\npassword={P}\n"),
 ("flyway_conf_password", "flyway_conf_file", "flyway.url=jdbc:mysql://db01:3306/shop\nflyway.user=flyway\nflyway.password={P}\nflyway.locations=filesystem:sql\n"),
 ("dbt_profiles_password", "dbt_profiles_yml_target", "warehouse:\n  target: prod\n  outputs:\n    prod:\n      type: postgres\n      host: dwh.internal\n      user: dbt\n      password: \"{P}\"\n      dbname: analytics\n      schema: marts\n"),
]


def build():
    rng = random.Random(SEED)
    recs = []
    for typ, kind, tpl in E:
        p = password(rng, rng.randint(12, 20))
        t = tpl
        seconds = []
        while "{Q|" in t:
            i = t.index("{Q|"); j = t.index("}", i)
            qt = t[i + 3:j]; q = password(rng, rng.randint(12, 20)); seconds.append(qt)
            t = t[:i] + mk(q, qt) + t[j + 1:]
        t = t.replace("{P}", mk(p, typ))
        text, spans = render(t)
        recs.append(dict(container=kind, text=text, secrets=spans, source=SRC % "gen_passwords"))
    return recs
