"""Positional-password part: one new syntax each, ops / hospital / lab IT flavoured."""
import random
from common import MARK, fill, password, spans_from_marked

SEED = 5003
V = MARK

# (type, template, url_safe)
SYN = [
    ("sqlcmd_capital_p_flag", "sqlcmd -S <<HOST>> -U lis_admin -P <<V>> -Q \"SELECT COUNT(*) FROM orders\"", 0),
    ("bcp_utility_p_flag", "bcp LabResults out results.dat -S <<HOST>> -U bcp_export -P <<V>> -c", 0),
    ("sqlplus_user_slash_password", "sqlplus lab_owner/<<V>>@//<<HOST>>:1521/LISPRD", 1),
    ("oracle_expdp_userid_parameter", "expdp userid=system/<<V>>@LISPRD schemas=LAB directory=DP_DIR", 1),
    ("rman_target_connect_string", "rman target sys/<<V>>@PACSDB catalog rman/cat", 1),
    ("db2_connect_using_clause", "db2 connect to RISDB user db2inst1 using <<V>>", 0),
    ("unixodbc_isql_positional", "isql -v LIS_DSN odbc_reader <<V>>", 0),
    ("psql_conninfo_password_keyword", "psql \"host=<<HOST>> dbname=qc user=qc_ro password=<<V>> sslmode=require\"", 1),
    ("pgpassword_env_prefix", "PGPASSWORD=<<V>> pg_dump -h <<HOST>> -U backup lis > lis.sql", 1),
    ("odbc_connection_string_pwd", "Driver={ODBC Driver 18 for SQL Server};Server=<<HOST>>;Uid=ifc_user;Pwd=<<V>>;Encrypt=yes", 1),
    ("jdbc_url_password_parameter", "jdbc:sqlserver://<<HOST>>:1433;databaseName=PACS;user=pacs_app;password=<<V>>", 1),
    ("odbc_ini_password_line", "[LIS_DSN]\nDriver = FreeTDS\nServer = <<HOST>>\nUsername = lis_read\nPassword = <<V>>", 0),
    ("mirth_cli_lowercase_p_flag", "./mccommand -a https://<<HOST>>:8443 -u admin -p <<V>>", 0),
    ("dcm4che_storescu_user_pass_option", "storescu -c PACS_ARCH@<<HOST>>:11112 --user modality01 --user-pass <<V>> study/", 0),
    ("orthanc_registered_users_json", "{\n  \"AuthenticationEnabled\": true,\n  \"RegisteredUsers\": { \"radiology\": \"<<V>>\" }\n}", 0),
    ("curl_user_colon_flag", "curl -u oncall:<<V>> https://<<HOST>>/dicom-web/studies?limit=5", 1),
    ("racadm_remote_p_flag", "racadm -r 10.20.4.<<N>> -u root -p <<V>> serveraction powercycle", 0),
    ("ilorest_login_p_flag", "ilorest login 10.20.5.<<N>> -u Administrator -p <<V>>", 0),
    ("snmpget_v3_privacy_capital_x", "snmpget -v3 -l authPriv -u monitor -a SHA -A \"$SNMP_AUTH\" -x AES -X <<V>> 10.1.1.1 sysUpTime.0", 0),
    ("check_mysql_plugin_p_flag", "/usr/lib/nagios/plugins/check_mysql -H <<HOST>> -u nagios -p <<V>>", 0),
    ("check_http_basic_a_flag", "check_http -H <<HOST>> -u /health -a probe:<<V>>", 1),
    ("zabbix_server_conf_dbpassword", "DBHost=<<HOST>>\nDBName=zabbix\nDBUser=zabbix\nDBPassword=<<V>>", 0),
    ("icinga2_apiuser_password_attribute", "object ApiUser \"dashboard\" {\n  password = \"<<V>>\"\n  permissions = [ \"status/query\" ]\n}", 0),
    ("prometheus_basic_auth_password_key", "scrape_configs:\n  - job_name: lis\n    basic_auth:\n      username: prom\n      password: <<V>>", 0),
    ("alertmanager_smtp_auth_password", "global:\n  smtp_smarthost: 'mail.hosp.example:587'\n  smtp_auth_username: 'alerts'\n  smtp_auth_password: '<<V>>'", 0),
    ("grafana_ini_admin_password", "[security]\nadmin_user = admin\nadmin_password = <<V>>", 0),
    ("logstash_output_password_arrow", "output {\n  elasticsearch {\n    user => \"logstash_writer\"\n    password => \"<<V>>\"\n  }\n}", 0),
    ("filebeat_output_elasticsearch_password", "output.elasticsearch:\n  hosts: [\"https://<<HOST>>:9200\"]\n  username: \"beats\"\n  password: \"<<V>>\"", 0),
    ("fluent_bit_http_passwd_key", "[OUTPUT]\n    Name  http\n    Host  <<HOST>>\n    HTTP_User fluent\n    HTTP_Passwd <<V>>", 0),
    ("rabbitmqctl_add_user_positional", "rabbitmqctl add_user hl7_bridge <<V>>", 0),
    ("keytool_storepass_flag", "keytool -list -keystore /opt/mirth/appdata/keystore.jks -storepass <<V>>", 0),
    ("certutil_importpfx_p_flag", "certutil -f -p <<V>> -importpfx pacs-web.pfx", 0),
    ("tomcat_connector_keystorepass_attribute", "<Connector port=\"8443\" SSLEnabled=\"true\" keystoreFile=\"conf/lis.jks\" keystorePass=\"<<V>>\" />", 0),
    ("tomcat_users_xml_password_attribute", "<user username=\"manager\" password=\"<<V>>\" roles=\"manager-gui\"/>", 0),
    ("weblogic_boot_properties_password", "username=weblogic\npassword=<<V>>", 0),
    ("wsadmin_password_flag", "wsadmin.sh -lang jython -user wasadmin -password <<V>> -f restart_lis.py", 0),
    ("ldapsearch_lowercase_w_flag", "ldapsearch -H ldaps://dc01.hosp.example -D \"cn=svc-lis,ou=svc,dc=hosp,dc=example\" -w <<V>> \"(uid=<<U>>)\"", 0),
    ("ldappasswd_new_s_flag", "ldappasswd -H ldap://<<HOST>> -D cn=admin,dc=lab -W -s <<V>> uid=analyzer,ou=devices,dc=lab", 0),
    ("net_use_password_positional", "net use \\\\fs01\\lab-exports <<V>> /user:HOSP\\svc_lab", 0),
    ("psexec_lowercase_p_flag", "psexec \\\\ws-lab-12 -u HOSP\\itadmin -p <<V>> ipconfig /all", 0),
    ("winrs_p_colon_switch", "winrs -r:ws-rad-07 -u:HOSP\\itadmin -p:<<V>> \"net stop PACSClient\"", 0),
    ("cmdkey_pass_colon_switch", "cmdkey /add:pacs-web01 /user:HOSP\\viewer /pass:<<V>>", 0),
    ("net_user_add_positional", "net user lab_kiosk <<V>> /add /expires:never", 0),
    ("sshpass_p_flag", "sshpass -p <<V>> ssh hl7@<<HOST>> 'tail -n 50 /var/log/hl7/inbound.log'", 0),
    ("plink_pw_flag", "plink -ssh -pw <<V>> root@10.30.0.<<N>> \"service lisd restart\"", 0),
    ("winscp_script_open_sftp_userinfo", "winscp.com /command \"open sftp://export:<<V>>@<<HOST>>/\" \"get results/*.csv\" \"exit\"", 1),
    ("smbclient_user_percent_password", "smbclient //fs02/instrument-data -U HOSP/analyzer%<<V>> -c 'ls'", 0),
    ("ncftpput_p_flag", "ncftpput -u labftp -p <<V>> <<HOST>> /incoming run_<<N>>.csv", 0),
    ("govc_url_env_userinfo", "export GOVC_URL='https://administrator%40vsphere.local:<<V>>@vcsa.hosp.example/sdk'", 1),
    ("powercli_connect_viserver_password", "Connect-VIServer -Server vcsa.hosp.example -User ops@vsphere.local -Password <<V>>", 0),
    ("ovftool_vi_locator_userinfo", "ovftool pacs-viewer.ova vi://root:<<V>>@esx07.hosp.example", 1),
    ("az_login_service_principal_p", "az login --service-principal -u 5f1c0c7e-app -p <<V>> --tenant hosp.example", 0),
    ("oc_login_p_flag", "oc login https://api.ocp.hosp.example:6443 -u oncall -p <<V>>", 0),
    ("argocd_login_password_flag", "argocd login argocd.noc.example --username admin --password <<V>> --grpc-web", 0),
    ("vault_login_userpass_method_pair", "vault login -method=userpass username=<<U>> password=<<V>>", 0),
    ("influx_v1_cli_password_flag", "influx -host <<HOST>> -username telegraf -password <<V>> -database lab", 0),
    ("cqlsh_lowercase_p_flag", "cqlsh <<HOST>> -u cassandra -p <<V>>", 0),
    ("mongosh_password_long_flag", "mongosh \"mongodb://<<HOST>>:27017/audit\" --username auditor --password <<V>>", 0),
    ("redis_sentinel_auth_pass_directive", "sentinel monitor alertq 10.0.3.5 6379 2\nsentinel auth-pass alertq <<V>>", 0),
    ("etcdctl_user_colon_flag", "etcdctl --endpoints https://10.0.9.1:2379 --user root:<<V>> member list", 0),
    ("kafka_jaas_plain_password_field", "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"hl7\" password=\"<<V>>\";", 0),
    ("kibana_yml_elasticsearch_password", "elasticsearch.username: \"kibana_system\"\nelasticsearch.password: \"<<V>>\"", 0),
    ("slapd_conf_rootpw_directive", "database mdb\nsuffix \"dc=lab,dc=hosp\"\nrootdn \"cn=Manager,dc=lab,dc=hosp\"\nrootpw <<V>>", 0),
    ("freeradius_client_secret_line", "client ward-switches {\n    ipaddr = 10.40.0.0/16\n    secret = <<V>>\n}", 0),
    ("radtest_second_positional", "radtest nurse01 <<V>> 127.0.0.1 0 \"$RADIUS_SECRET\"", 0),
    ("tac_plus_key_directive", "key = <<V>>\naccounting file = /var/log/tac_plus.acct", 0),
    ("snmpd_conf_rocommunity_string", "rocommunity <<V>> 10.50.0.0/16\nsyslocation \"Core lab, level 2\"", 0),
    ("mssql_create_login_with_password", "CREATE LOGIN lis_reporting WITH PASSWORD = '<<V>>', CHECK_POLICY = ON;", 0),
    ("postgres_create_role_login_password", "CREATE ROLE pacs_reader LOGIN PASSWORD '<<V>>';", 0),
    ("hdbsql_lowercase_p_flag", "hdbsql -n hana01:30015 -u SYSTEM -p <<V>> \"SELECT * FROM M_SERVICES\"", 0),
    ("hdbuserstore_set_positional", "hdbuserstore SET LABKEY hana01:30015 LABREADER <<V>>", 0),
    ("sqlalchemy_create_engine_userinfo", "engine = create_engine(\"mssql+pyodbc://lis_etl:<<V>>@LIS_DSN\")", 1),
    ("python_oracledb_connect_password_kwarg", "conn = oracledb.connect(user=\"ris\", password=\"<<V>>\", dsn=\"risdb/RISPRD\")", 0),
    ("python_ldap3_connection_password_kwarg", "conn = Connection(server, user=\"HOSP\\\\svc-audit\", password=\"<<V>>\", auto_bind=True)", 0),
    ("python_paramiko_connect_password_kwarg", "client.connect(\"<<HOST>>\", username=\"hl7\", password=\"<<V>>\")", 0),
    ("python_requests_auth_tuple_second", "resp = requests.get(url, auth=(\"fhir-sync\", \"<<V>>\"), timeout=10)", 0),
    ("python_smtplib_login_second_arg", "server.starttls()\nserver.login(\"lab-alerts\", \"<<V>>\")", 0),
    ("python_pymssql_connect_third_positional", "conn = pymssql.connect(\"<<HOST>>\", \"pacs_ro\", \"<<V>>\", \"PACS\")", 0),
    ("powershell_invoke_sqlcmd_password_param", "Invoke-Sqlcmd -ServerInstance LABSQL01 -Username sa -Password <<V>> -Query \"DBCC CHECKDB\"", 0),
    ("go_ldap_conn_bind_second_arg", "err = l.Bind(\"cn=svc-ops,ou=svc,dc=hosp,dc=example\", \"<<V>>\")", 0),
    ("java_drivermanager_getconnection_third", "Connection c = DriverManager.getConnection(url, \"lis_app\", \"<<V>>\");", 0),
    ("csharp_sqlconnection_password_segment", "var cs = \"Server=LABSQL01;Database=QC;User Id=qc_app;Password=<<V>>;TrustServerCertificate=True\";", 1),
    ("node_ldapjs_bind_second_arg", "client.bind('cn=svc-portal,dc=hosp,dc=example', '<<V>>', (err) => { if (err) throw err; });", 0),
    ("ruby_net_ssh_start_password_option", "Net::SSH.start('<<HOST>>', 'deploy', password: '<<V>>') do |ssh|", 0),
    ("php_ldap_bind_third_arg", "$ok = ldap_bind($conn, 'cn=svc-intranet,dc=hosp,dc=example', '<<V>>');", 0),
    ("perl_dbi_connect_third_arg", "my $dbh = DBI->connect('dbi:Pg:dbname=lis;host=<<HOST>>', 'lis_perl', '<<V>>');", 0),
    ("mirth_properties_database_password", "database = postgres\ndatabase.url = jdbc:postgresql://<<HOST>>:5432/mirthdb\ndatabase.username = mirth\ndatabase.password = <<V>>", 0),
    ("conquest_dicom_ini_sqlpassword", "[sscscp]\nSQLServer = conquest\nUsername = dicom\nPassword = <<V>>", 0),
    ("fortios_config_set_password_line", "config system admin\n    edit \"oncall\"\n        set password <<V>>\n    next\nend", 0),
    ("kubectl_create_secret_from_literal_flag", "kubectl -n lab create secret generic lis-db --from-literal=password=<<V>>", 0),
    ("terraform_var_flag_assignment", "terraform apply -var 'pacs_db_password=<<V>>' -auto-approve", 0),
    ("ansible_playbook_extra_vars_become_pass", "ansible-playbook patch_lab.yml -e \"ansible_become_pass=<<V>>\" --limit lab_servers", 0),
    ("knife_bootstrap_ssh_password_flag", "knife bootstrap 10.60.1.<<N>> --ssh-user chef --ssh-password <<V>> --node-name lab-node", 0),
    ("jenkins_cli_auth_colon_flag", "java -jar jenkins-cli.jar -s https://ci.noc.example/ -auth ops:<<V>> build restart-feeds", 0),
    ("ssh_keygen_new_passphrase_n", "ssh-keygen -t ed25519 -f ~/.ssh/oncall_ed25519 -N <<V>>", 0),
    ("veracrypt_password_equals_option", "veracrypt --text --mount /backups/lab.hc /mnt/lab --password=<<V>> --pim=0", 0),
    ("openssl_enc_lowercase_k_flag", "openssl enc -aes-256-cbc -k <<V>> -in export.csv -out export.enc", 0),
    ("rar_hp_attached_switch", "rar a -hp<<V>> incident_evidence.rar logs/", 0),
    ("swaks_auth_password_flag", "swaks --to oncall@hosp.example --server mail.hosp.example --auth-user alerts --auth-password <<V>>", 0),
    ("sendemail_xp_flag", "sendEmail -f noc@hosp.example -t lab-it@hosp.example -s mail.hosp.example:587 -xu noc -xp <<V>> -m \"feed down\"", 0),
    ("postfix_sasl_passwd_map_line", "[mail.hosp.example]:587 relay-user:<<V>>", 0),
    ("openconnect_passwd_on_stdin_echo", "echo '<<V>>' | openconnect --user=<<U>> --passwd-on-stdin vpn.hosp.example", 0),
    ("strongswan_ipsec_secrets_psk", ": PSK \"<<V>>\"", 0),
    ("nut_upsd_users_password", "[monuser]\n    password = <<V>>\n    upsmon secondary", 0),
    ("bacula_director_password_resource", "Director {\n  Name = lab-dir\n  Password = \"<<V>>\"\n}", 0),
    ("restic_password_env_prefix", "RESTIC_PASSWORD=<<V>> restic -r sftp:backup@<<HOST>>:/restic backup /var/lib/pacs", 0),
    ("borg_passphrase_env_prefix", "BORG_PASSPHRASE=<<V>> borg create ::lis-{now} /srv/lis", 0),
    ("minio_mc_alias_set_positional", "mc alias set labstore https://<<HOST>>:9000 minioadmin <<V>>", 0),
    ("splunk_cli_auth_colon_flag", "splunk search 'index=hl7 error' -auth admin:<<V>>", 0),
]

SUFFIX = {
    "oncall_terminal_capture": "<<U>>@ops-bastion:~$ <<CMD>>",
    "interface_wiki_snippet": "Lab IT wiki - how we did it during the outage:\n\n    <<CMD>>\n\n(copied from the incident notes)",
}


def build(pool):
    rng = random.Random(SEED)
    recs = []
    sfx = list(SUFFIX)
    for i, (t, tpl, url) in enumerate(SYN):
        s = sfx[i % 2]
        v = pool.take(rng, lambda r: password(r, bool(url)))
        cmd = fill(rng, tpl, {"V": MARK})
        if s == "interface_wiki_snippet":
            cmd = cmd.replace("\n", "\n    ")
        txt = fill(rng, SUFFIX[s], {"CMD": cmd})
        text, spans = spans_from_marked(txt, [v], [t])
        recs.append({"type": t, "container": t + "__" + s, "text": text, "secrets": spans,
                     "source": "password"})
    return recs
