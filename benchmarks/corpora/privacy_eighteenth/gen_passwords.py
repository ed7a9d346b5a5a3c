"""Positional / directive passwords in syntaxes not covered before.
Each entry: (container_kind, type1, type2_or_None, template). @1@ / @2@ mark the secrets (may repeat)."""
import random
from common import S, pw_safe, rs, rhex, ALNUM

SEED = 18003

T = [
    # ---- CLIs ----
    ("redis_cli_a_flag_session", "redis_cli_auth_password", None, "$ redis-cli -h cache-01.internal -p 6379 -a @1@ --no-auth-warning INFO replication\n# Replication\nrole:master\nconnected_slaves:2\n"),
    ("valkey_cli_pass_flag", "valkey_cli_password", None, "$ valkey-cli --user ops --pass @1@ -h 10.0.3.7 CLIENT LIST | wc -l\n41\n"),
    ("mongosh_p_flag_cmd", "mongosh_password_flag", None, "mongosh \"mongodb://mongo-0.internal:27017/admin\" -u admin -p @1@ --eval 'db.adminCommand({listDatabases:1})'\n"),
    ("mysqlsh_uri_password_cmd", "mysqlsh_uri_password", None, "$ mysqlsh --uri clusteradmin:@1@@mysql-a.internal:3306 -- cluster status\n"),
    ("pt_online_schema_change_cmd", "percona_toolkit_password", None, "pt-online-schema-change --alter \"ADD COLUMN archived TINYINT NOT NULL DEFAULT 0\" \\\n  --host=db-primary --user=ptosc --password=@1@ D=shop,t=orders --execute\n"),
    ("mydumper_password_flag_cmd", "mydumper_password", None, "mydumper --host=db-replica --user=backup --password=@1@ --outputdir=/backup/$(date +%F) --threads=8 --compress\n"),
    ("cockroach_sql_url_cmd", "cockroach_sql_url_password", None, "cockroach sql --url \"postgresql://maxroach:@1@@crdb.internal:26257/bank?sslmode=verify-full\" -e 'SHOW TABLES;'\n"),
    ("arangosh_server_password_cmd", "arangosh_server_password", None, "arangosh --server.endpoint tcp://arango.internal:8529 --server.username root --server.password @1@ --javascript.execute-string 'db._databases()'\n"),
    ("cypher_shell_p_flag_cmd", "cypher_shell_password", None, "cypher-shell -a neo4j://graph.internal:7687 -u neo4j -p @1@ \"SHOW DATABASES;\"\n"),
    ("nebula_console_password_cmd", "nebula_console_password", None, "./nebula-console -addr 192.168.8.100 -port 9669 -u root -p @1@ -e 'SHOW SPACES;'\n"),
    ("rabbitmqadmin_p_flag_cmd", "rabbitmqadmin_password", None, "rabbitmqadmin -H mq.internal -u ops -p @1@ list queues name messages\n"),
    ("kafka_configs_scram_add_config", "kafka_scram_user_password", None, "kafka-configs.sh --bootstrap-server kafka-0:9092 --alter --add-config 'SCRAM-SHA-512=[password=@1@]' --entity-type users --entity-name svc-orders\n"),
    ("zkcli_addauth_digest_line", "zookeeper_digest_password", None, "[zk: localhost:2181(CONNECTED) 0] addauth digest admin:@1@\n[zk: localhost:2181(CONNECTED) 1] ls /brokers\n"),
    ("etcdctl_user_flag_cmd", "etcdctl_user_colon_password", None, "ETCDCTL_API=3 etcdctl --endpoints=https://etcd-0:2379 --user root:@1@ member list -w table\n"),
    ("nats_cli_password_flag", "nats_cli_password", None, "nats --server nats://nats.internal:4222 --user orders --password @1@ pub orders.created '{\"id\":1}'\n"),
    ("mosquitto_pub_P_flag", "mosquitto_pub_password", None, "mosquitto_pub -h mqtt.home.lan -u sensor-gw -P @1@ -t home/garage/door -m open -r\n"),
    ("emqx_ctl_admins_passwd", "emqx_dashboard_admin_password", None, "$ ./bin/emqx ctl admins passwd admin @1@\nok\n"),
    ("ldapsearch_w_flag_cmd", "ldap_bind_password_w_flag", None, "ldapsearch -x -H ldaps://dc01.corp.example -D 'CN=svc-ldap,OU=Service,DC=corp,DC=example' -w @1@ -b 'DC=corp,DC=example' '(sAMAccountName=jdoe)' mail\n"),
    ("ldapmodify_bind_cmd", "ldapmodify_bind_password", None, "ldapmodify -x -H ldap://ldap.internal -D cn=admin,dc=example,dc=org -w @1@ -f add-group.ldif\n"),
    ("kinit_password_pipe", "kinit_stdin_principal_password", None, "echo '@1@' | kinit svc-backup@CORP.EXAMPLE\nklist\n"),
    ("rpcclient_user_percent_cmd", "rpcclient_user_password", None, "rpcclient -U 'CORP\\helpdesk%@1@' dc01.corp.example -c 'queryuser jdoe'\n"),
    ("xfreerdp_p_flag_cmd", "xfreerdp_password", None, "xfreerdp /v:ts01.corp.example /u:'CORP\\alex' /p:@1@ /dynamic-resolution +clipboard\n"),
    ("rdesktop_p_flag_cmd", "rdesktop_password", None, "rdesktop -u administrator -p @1@ -g 1440x900 192.168.10.25\n"),
    ("plink_pw_flag_cmd", "plink_pw_password", None, "plink.exe -ssh -batch -pw @1@ deploy@10.1.4.20 \"sudo systemctl restart app\"\n"),
    ("pscp_pw_flag_cmd", "pscp_pw_password", None, "pscp.exe -pw @1@ C:\\build\\app.zip deploy@10.1.4.20:/opt/releases/\n"),
    ("winscp_com_open_url", "winscp_session_url_password", None, "winscp.com /log=upload.log /command \"open sftp://upload:@1@@files.partner.example/ -hostkey=*\" \"put report.csv /in/\" \"exit\"\n"),
    ("psexec_p_flag_cmd", "psexec_remote_password", None, "PsExec64.exe \\\\ws-0412 -u CORP\\deploy -p @1@ -h cmd /c gpupdate /force\n"),
    ("schtasks_create_rp_flag", "schtasks_run_as_password", None, "schtasks /Create /TN \"Nightly Export\" /TR C:\\jobs\\export.cmd /SC DAILY /ST 02:00 /RU CORP\\svc-export /RP @1@\n"),
    ("sc_config_obj_password", "windows_service_logon_password", None, "sc.exe config \"ContosoAgent\" obj= \"CORP\\svc-agent\" password= @1@\n[SC] ChangeServiceConfig SUCCESS\n"),
    ("cmdkey_add_pass_flag", "cmdkey_stored_password", None, "cmdkey /add:fs01.corp.example /user:CORP\\backup /pass:@1@\nCMDKEY: Credential added successfully.\n"),
    ("wmic_node_password_flag", "wmic_remote_password", None, "wmic /node:10.2.0.15 /user:administrator /password:@1@ os get caption,version\n"),
    ("netdom_join_passwordd_flag", "netdom_domain_join_password", None, "netdom join %COMPUTERNAME% /domain:corp.example /userd:CORP\\joiner /passwordd:@1@ /reboot:10\n"),
    ("dsadd_user_pwd_flag", "dsadd_initial_user_password", None, "dsadd user \"CN=Kim Lee,OU=Staff,DC=corp,DC=example\" -samid klee -pwd @1@ -mustchpwd yes\n"),
    ("convertto_securestring_plaintext", "powershell_securestring_plaintext", None, "$pw = ConvertTo-SecureString '@1@' -AsPlainText -Force\nSet-ADAccountPassword -Identity jdoe -Reset -NewPassword $pw\n"),
    ("new_localuser_ps_cmd", "windows_new_localuser_password", None, "New-LocalUser -Name 'kiosk' -Password (ConvertTo-SecureString \"@1@\" -AsPlainText -Force) -PasswordNeverExpires\n"),
    ("certutil_importpfx_p_flag", "pfx_import_password", None, "certutil -f -p @1@ -importPFX My C:\\certs\\wildcard-corp.pfx\n"),
    ("qpdf_decrypt_password_flag", "pdf_user_password", None, "qpdf --password=@1@ --decrypt payslips-2026-02.pdf payslips-2026-02-open.pdf\n"),
    ("pdftk_input_pw_cmd", "pdftk_owner_password", None, "pdftk contract.pdf input_pw @1@ output contract-unlocked.pdf\n"),
    ("unzip_P_flag_cmd", "unzip_archive_password", None, "unzip -P @1@ customer-export-2026-03.zip -d /tmp/export\n"),
    ("openssl_enc_k_flag", "openssl_enc_passphrase", None, "openssl enc -d -aes-256-cbc -pbkdf2 -k @1@ -in db.sql.enc -out db.sql\n"),
    ("podman_login_p_flag", "podman_registry_password", None, "podman login registry.corp.example -u ci-bot -p @1@\nLogin Succeeded!\n"),
    ("helm_registry_login_password", "helm_oci_registry_password", None, "helm registry login harbor.corp.example --username robot-ci --password @1@\n"),
    ("oras_login_p_flag", "oras_registry_password", None, "oras login -u deployer -p @1@ registry.corp.example\n"),
    ("crane_auth_login_p_flag", "crane_registry_password", None, "crane auth login registry.corp.example -u pusher -p @1@\n"),
    ("twine_upload_p_flag", "twine_upload_password", None, "twine upload --repository-url https://pypi.corp.example/ -u ci -p @1@ dist/*\n"),
    ("poetry_config_http_basic", "poetry_http_basic_password", None, "poetry config http-basic.corp ci-reader @1@\n"),
    ("conan_remote_login_p_flag", "conan_remote_password", None, "conan remote login artifactory ci-user -p @1@\n"),
    ("jfrog_config_add_password", "jfrog_cli_password", None, "jf config add corp --url=https://corp.jfrog.io --user=ci --password=@1@ --interactive=false\n"),
    ("mvn_deploy_d_password", "maven_cli_repo_password", None, "mvn -B deploy -DaltDeploymentRepository=corp::https://nexus.corp.example/repository/releases -Drepo.username=deploy -Drepo.password=@1@\n"),
    ("vault_login_userpass_cmd", "vault_userpass_login_password", None, "vault login -method=userpass username=ops password=@1@\n"),
    ("rclone_config_create_pass", "rclone_config_create_password", None, "rclone config create nas webdav url=https://nas.home.lan/remote.php/dav/files/me user=me pass=@1@ --obscure\n"),
    ("kopia_repo_connect_password", "kopia_repository_password", None, "kopia repository connect s3 --bucket=backups-kopia --password=@1@\n"),
    ("pcs_host_auth_p_flag", "pacemaker_hacluster_password", None, "pcs host auth node1 node2 node3 -u hacluster -p @1@\n"),
    ("samba_tool_user_create_cmd", "samba_tool_new_user_password", None, "samba-tool user create jdoe @1@ --given-name=Jane --surname=Doe --mail-address=jdoe@corp.example\n"),
    ("samba_tool_provision_adminpass", "samba_provision_admin_password", None, "samba-tool domain provision --realm=CORP.EXAMPLE --domain=CORP --server-role=dc --dns-backend=SAMBA_INTERNAL --adminpass=@1@\n"),
    ("ejabberdctl_register_cmd", "ejabberd_account_password", None, "ejabberdctl register alerts chat.corp.example @1@\nUser alerts@chat.corp.example successfully registered\n"),
    ("saslpasswd2_pipe_cmd", "cyrus_sasldb_password", None, "echo @1@ | saslpasswd2 -p -c -u mail.corp.example relay\n"),
    ("redfish_curl_basic_user_flag", "redfish_bmc_basic_password", None, "curl -sk -u root:@1@ https://10.9.0.41/redfish/v1/Systems/1 | jq .PowerState\n\"On\"\n"),
    ("racadm_remote_p_flag", "idrac_racadm_remote_password", None, "racadm -r 10.9.0.52 -u root -p @1@ serveraction powercycle\n"),
    ("snmpwalk_v3_auth_priv", "snmpv3_auth_passphrase", "snmpv3_priv_passphrase", "snmpwalk -v3 -l authPriv -u monitor -a SHA -A @1@ -x AES -X @2@ 10.0.0.1 1.3.6.1.2.1.1\n"),
    ("wpa_cli_set_network_psk", "wpa_cli_network_psk", None, "> add_network\n1\n> set_network 1 ssid \"HarborGuest\"\nOK\n> set_network 1 psk \"@1@\"\nOK\n> enable_network 1\n"),
    ("uci_wireless_key_set", "openwrt_uci_wifi_key", None, "uci set wireless.@wifi-iface[0].encryption='sae-mixed'\nuci set wireless.@wifi-iface[0].key='@1@'\nuci commit wireless && wifi reload\n"),
    ("routeros_user_add_cmd", "mikrotik_user_password", None, "[admin@MikroTik] > /user add name=netops group=full password=@1@\n"),
    ("routeros_wifi_security_set", "mikrotik_wpa2_preshared_key", None, "/interface wireless security-profiles set [ find default=yes ] authentication-types=wpa2-psk mode=dynamic-keys wpa2-pre-shared-key=@1@\n"),
    # ---- device / server config directives ----
    ("cisco_asa_username_password", "cisco_asa_local_user_password", None, "ciscoasa(config)# username netadmin password @1@ privilege 15\nciscoasa(config)# aaa authentication ssh console LOCAL\n"),
    ("cisco_ios_enable_password_plain", "cisco_enable_password_cleartext", None, "hostname edge-rtr-2\n!\nenable password 0 @1@\n!\nline vty 0 4\n login local\n"),
    ("arista_username_secret_0", "arista_eos_user_secret_cleartext", None, "username admin privilege 15 role network-admin secret 0 @1@\n"),
    ("edgeos_plaintext_password", "edgeos_plaintext_password", None, "set system login user netops authentication plaintext-password @1@\ncommit ; save\n"),
    ("junos_plain_text_password_value", "junos_plain_text_password", None, "set system login user ops class super-user authentication plain-text-password-value @1@\n"),
    ("comware_local_user_simple", "hpe_comware_local_user_password", None, "[HPE] local-user admin class manage\n[HPE-luser-manage-admin] password simple @1@\n"),
    ("fortigate_admin_set_password", "fortigate_admin_password", None, "config system admin\n    edit \"netops\"\n        set accprofile \"super_admin\"\n        set password @1@\n    next\nend\n"),
    ("keepalived_auth_pass", "keepalived_vrrp_auth_pass", None, "vrrp_instance VI_1 {\n    state MASTER\n    interface eth0\n    virtual_router_id 51\n    authentication {\n        auth_type PASS\n        auth_pass @1@\n    }\n}\n"),
    ("haproxy_userlist_insecure_password", "haproxy_userlist_insecure_password", None, "userlist stats-users\n    user admin insecure-password @1@\n\nlisten stats\n    bind :8404\n    stats enable\n    acl auth_ok http_auth(stats-users)\n"),
    ("squid_cache_peer_login", "squid_cache_peer_password", None, "cache_peer proxy.upstream.example parent 3128 0 no-query default login=corp-proxy:@1@\nnever_direct allow all\n"),
    ("apache_authldapbindpassword", "apache_authldap_bind_password", None, "<Location /admin>\n  AuthType Basic\n  AuthBasicProvider ldap\n  AuthLDAPURL \"ldaps://ldap.corp.example/ou=people,dc=corp,dc=example?uid\"\n  AuthLDAPBindDN \"cn=apache,ou=svc,dc=corp,dc=example\"\n  AuthLDAPBindPassword @1@\n  Require valid-user\n</Location>\n"),
    ("sssd_conf_default_authtok", "sssd_ldap_default_authtok", None, "[domain/corp]\nid_provider = ldap\nldap_uri = ldaps://ldap.corp.example\nldap_default_bind_dn = cn=sssd,ou=svc,dc=corp,dc=example\nldap_default_authtok_type = password\nldap_default_authtok = @1@\n"),
    ("nslcd_conf_bindpw", "nslcd_bindpw", None, "uri ldap://ldap.internal/\nbase dc=example,dc=org\nbinddn cn=nslcd,dc=example,dc=org\nbindpw @1@\n"),
    ("freeradius_users_cleartext", "freeradius_cleartext_password", None, "bob    Cleartext-Password := \"@1@\"\n       Reply-Message := \"Hello, %{User-Name}\"\n"),
    ("bind_tsig_key_clause", "bind_tsig_key_secret", None, "key \"ddns-update\" {\n    algorithm hmac-sha256;\n    secret \"@1@\";\n};\nzone \"home.example\" { type master; file \"db.home\"; allow-update { key ddns-update; }; };\n"),
    ("ntp_keys_file_entry", "ntp_symmetric_key", None, "# /etc/ntp.keys\n# id type key\n 1 SHA1 @1@\n"),
    ("dovecot_passwd_file_plain", "dovecot_plain_scheme_password", None, "alice@mail.example:{PLAIN}@1@::::::\n"),
    ("opensmtpd_secrets_table", "opensmtpd_relay_secret", None, "# /etc/mail/secrets\nrelay smtpuser:@1@\n"),
    ("asterisk_sip_conf_secret", "asterisk_chan_sip_secret", None, "[6001]\ntype=friend\ncontext=from-internal\nhost=dynamic\nsecret=@1@\ndisallow=all\nallow=ulaw\n"),
    ("asterisk_iax_conf_secret", "asterisk_iax2_secret", None, "[branch-office]\ntype=friend\nhost=dynamic\nsecret=@1@\ncontext=incoming\n"),
    ("kamailio_subscriber_insert", "kamailio_subscriber_password", None, "kamctl add 1001@sip.corp.example @1@\n"),
    ("cifs_credentials_file", "cifs_credentials_file_password", None, "# /root/.smbcredentials\nusername=backup\npassword=@1@\ndomain=CORP\n"),
    ("iwd_8021x_phase2_password", "iwd_eap_phase2_password", None, "[Security]\nEAP-Method=PEAP\nEAP-Identity=anonymous@corp.example\nEAP-PEAP-Phase2-Method=MSCHAPV2\nEAP-PEAP-Phase2-Identity=jdoe\nEAP-PEAP-Phase2-Password=@1@\n"),
    ("networkmanager_8021x_password", "networkmanager_8021x_password", None, "[connection]\nid=CorpWiFi\ntype=wifi\n\n[802-1x]\neap=peap;\nidentity=jdoe\npassword=@1@\nphase2-auth=mschapv2\n"),
    ("pg_primary_conninfo_password", "postgres_primary_conninfo_password", None, "primary_conninfo = 'host=10.0.1.10 port=5432 user=replicator password=@1@ application_name=replica2'\n"),
    ("mysql_change_replication_source", "mysql_replication_source_password", None, "CHANGE REPLICATION SOURCE TO SOURCE_HOST='db-primary', SOURCE_USER='repl', SOURCE_PASSWORD='@1@', SOURCE_AUTO_POSITION=1;\nSTART REPLICA;\n"),
    ("pg_create_subscription_conn", "postgres_subscription_conn_password", None, "CREATE SUBSCRIPTION orders_sub\n  CONNECTION 'host=pg-src dbname=shop user=logical password=@1@'\n  PUBLICATION orders_pub;\n"),
    ("mssql_create_login_with_password", "mssql_create_login_password", None, "CREATE LOGIN [svc_reporting] WITH PASSWORD = N'@1@', CHECK_POLICY = OFF;\nGO\n"),
    ("oracle_alter_user_identified_by", "oracle_alter_user_password", None, "SQL> ALTER USER app_owner IDENTIFIED BY \"@1@\" ACCOUNT UNLOCK;\n\nUser altered.\n"),
    ("snowflake_create_user_password", "snowflake_create_user_password", None, "CREATE USER etl_loader PASSWORD = '@1@' DEFAULT_ROLE = LOADER MUST_CHANGE_PASSWORD = FALSE;\n"),
    ("redshift_create_user_password", "redshift_create_user_password", None, "create user looker password '@1@' syslog access unrestricted;\n"),
    ("cassandra_create_role_password", "cassandra_role_password", None, "cqlsh> CREATE ROLE analytics WITH PASSWORD = '@1@' AND LOGIN = true;\n"),
    ("mongo_createuser_pwd_field", "mongodb_createuser_pwd", None, "use admin\ndb.createUser({ user: \"reporting\", pwd: \"@1@\", roles: [ { role: \"read\", db: \"shop\" } ] })\n"),
    ("redis_acl_setuser_line", "redis_acl_user_password", None, "ACL SETUSER worker on >@1@ ~jobs:* +@list +@connection\n"),
    ("neo4j_alter_user_set_password", "neo4j_cypher_user_password", None, "ALTER USER reporter SET PASSWORD '@1@' CHANGE NOT REQUIRED;\n"),
    ("clickhouse_create_user_identified", "clickhouse_create_user_password", None, "CREATE USER grafana IDENTIFIED WITH sha256_password BY '@1@' HOST IP '10.0.0.0/8';\n"),
    # ---- connection-string dialects ----
    ("npgsql_connection_string", "npgsql_connection_password", None, "\"ConnectionStrings\": {\n  \"Default\": \"Host=pg.internal;Port=5432;Database=app;Username=app;Password=@1@;SSL Mode=Require\"\n}\n"),
    ("mysql_connector_net_string", "mysql_connector_net_pwd", None, "<add name=\"Shop\" connectionString=\"Server=mysql.internal;Database=shop;Uid=shop;Pwd=@1@;SslMode=Required;\" providerName=\"MySql.Data.MySqlClient\" />\n"),
    ("libpq_keyword_value_conninfo", "libpq_conninfo_password", None, "psql \"host=pg.internal port=5432 dbname=analytics user=reader password=@1@ sslmode=verify-full\"\n"),
    ("jdbc_postgresql_query_password", "jdbc_postgresql_query_password", None, "spring.datasource.url=jdbc:postgresql://pg.internal:5432/app?user=app&password=@1@&ssl=true\n"),
    ("jdbc_mysql_query_password", "jdbc_mysql_query_password", None, "jdbc:mysql://mysql.internal:3306/shop?user=shop&password=@1@&useSSL=true\n"),
    ("jdbc_sap_hana_password_param", "jdbc_sap_hana_password", None, "jdbc:sap://hana.internal:30015/?databaseName=HXE&user=SYSTEM&password=@1@&encrypt=true\n"),
    ("jdbc_db2_semicolon_props", "jdbc_db2_password", None, "jdbc:db2://db2.internal:50000/SAMPLE:user=db2inst1;password=@1@;sslConnection=true;\n"),
    ("sqlalchemy_mssql_pyodbc_url", "sqlalchemy_mssql_pyodbc_password", None, "engine = create_engine(\"mssql+pyodbc://sa:@1@@sql01.corp.example:1433/Sales?driver=ODBC+Driver+18+for+SQL+Server\")\n"),
    ("go_sqlserver_url_dsn", "go_mssqldb_url_password", None, "dsn := \"sqlserver://app:@1@@sql01.corp.example:1433?database=Inventory&encrypt=true\"\n"),
    ("clickhouse_native_url", "clickhouse_url_password", None, "CLICKHOUSE_URL=clickhouse://default:@1@@ch.internal:9000/metrics?secure=true\n"),
    ("neo4j_bolt_uri_credentials", "neo4j_uri_password", None, "NEO4J_URL=neo4j+s://neo4j:@1@@graph.internal:7687\n"),
    ("mqtt_url_credentials", "mqtt_url_password", None, "MQTT_BROKER=mqtts://sensor-gw:@1@@mqtt.home.lan:8883\n"),
    ("smb_url_credentials", "smb_url_password", None, "gio mount 'smb://CORP;scanner:@1@@fs01.corp.example/scans'\n"),
    ("vnc_url_password", "vnc_url_password", None, "open vnc://:@1@@10.0.5.22:5901\n"),
    ("ssh_url_credentials", "ssh_url_password", None, "Remote: ssh://deploy:@1@@10.1.4.20:2222/opt/app\n"),
    ("stomp_broker_url_password", "stomp_url_password", None, "spring.activemq.broker-url=stomp+ssl://orders:@1@@broker.internal:61614\n"),
    ("webdav_davs_url_password", "webdav_url_password", None, "duplicity /home/me davs://me:@1@@cloud.home.lan/remote.php/webdav/backup\n"),
    ("cloudinary_url_env", "cloudinary_api_secret", None, "CLOUDINARY_URL=cloudinary://%s:@1@@contoso-media\n"),
]


def _val(r, t):
    if t == "bind_tsig_key_secret":
        import base64
        return base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()
    if t == "ntp_symmetric_key":
        return rhex(r, 40)
    if t == "cloudinary_api_secret":
        return rs(r, ALNUM + "-_", 27)
    if t in ("wpa_cli_network_psk", "openwrt_uci_wifi_key", "mikrotik_wpa2_preshared_key"):
        return pw_safe(r)
    return pw_safe(r)


# dropped after review: too close to syntaxes the earlier corpora already cover, or to reach ~100 records
DROP = {"snmpwalk_v3_auth_priv", "helm_registry_login_password", "nats_cli_password_flag", "edgeos_plaintext_password",
        "clickhouse_create_user_identified", "mssql_create_login_with_password", "oracle_alter_user_identified_by",
        "ldapmodify_bind_cmd", "redis_cli_a_flag_session", "mongosh_p_flag_cmd", "unzip_P_flag_cmd",
        "pdftk_input_pw_cmd", "wmic_node_password_flag", "kamailio_subscriber_insert", "opensmtpd_secrets_table",
        "asterisk_iax_conf_secret", "crane_auth_login_p_flag", "stomp_broker_url_password"}


def generate():
    rng = random.Random(SEED)
    recs = []
    for kind, t1, t2, tmpl in T:
        if kind in DROP:
            continue
        v1 = S(_val(rng, t1), t1)
        v2 = S(_val(rng, t2), t2) if t2 else None
        if "%s" in tmpl:
            tmpl = tmpl % str(rng.randrange(10 ** 14, 10 ** 15))
        parts = []
        i = 0
        while True:
            j = min([x for x in (tmpl.find("@1@", i), tmpl.find("@2@", i)) if x >= 0] or [-1])
            if j < 0:
                parts.append(tmpl[i:])
                break
            parts.append(tmpl[i:j])
            parts.append(v1 if tmpl[j + 1] == "1" else v2)
            i = j + 3
        recs.append(dict(kind=kind, parts=[p for p in parts if p != ""],
                         source="password given by position / directive: %s" % kind.replace("_", " ")))
    return recs
