"""Positional-password part: one new syntax per record (CLI flags, config directives, SQL, protocol lines, API arguments)."""
import random
from common import password, filler, place

SEED = 4103

P = [
 ('irods_iinit_password_stdin_echo', 'echo "{P}" | iinit'),
 ('sshpass_lowercase_p_option', "sshpass -p '{P}' ssh {user}@{host} squeue -u {user}"),
 ('sshpass_env_prefix_export', 'SSHPASS={P} sshpass -e rsync -a results/ {user}@{host}:/project/{proj}/'),
 ('psql_pgpassword_env_prefix', 'PGPASSWORD={P} psql -h {host} -U {user} -d {proj} -c "\\dt"'),
 ('mysql_client_password_long_option', 'mysql --host={host} --user={user} --password={P} lims'),
 ('mongosh_password_option', 'mongosh "mongodb://{host}:27017/{proj}" --username {user} --password {P}'),
 ('redis_cli_a_option', 'redis-cli -h {host} -a {P} --no-auth-warning INFO keyspace'),
 ('jupyter_identity_provider_token_option', 'jupyter lab --no-browser --port=8891 --IdentityProvider.token={P}'),
 ('jupyterhub_dummy_authenticator_password', 'c.DummyAuthenticator.password = "{P}"'),
 ('code_server_password_env_prefix', 'PASSWORD={P} code-server --bind-addr 0.0.0.0:8443 /project/{proj}'),
 ('apptainer_docker_password_env', 'APPTAINER_DOCKER_PASSWORD={P} apptainer pull docker://registry.uni.example/{proj}:latest'),
 ('apptainer_registry_login_password_option', 'apptainer registry login --username {user} --password {P} oras://registry.uni.example'),
 ('spack_mirror_s3_secret_option', 'spack mirror add --s3-access-key-id {user} --s3-access-key-secret {P} labcache s3://spack-{proj}'),
 ('anaconda_client_login_password_option', 'anaconda login --username {user} --password {P}'),
 ('rclone_config_create_pass_positional', 'rclone config create labdav webdav url https://{host}/remote.php/dav vendor nextcloud user {user} pass {P} --obscure'),
 ('s3cmd_secret_key_equals_option', 's3cmd --access_key={user} --secret_key={P} ls s3://{proj}-raw'),
 ('davix_userpass_option', 'davix-get --userlogin {user} --userpass {P} https://{host}/webdav/{proj}/run1.h5 run1.h5'),
 ('openstack_os_password_export', 'export OS_USERNAME={user}\nexport OS_PASSWORD={P}\nexport OS_PROJECT_NAME={proj}'),
 ('openstack_cli_os_password_option', 'openstack --os-username {user} --os-password {P} server list'),
 ('rabbitmqctl_add_user_positional', 'rabbitmqctl add_user pipeline_worker {P}'),
 ('clickhouse_client_password_option', 'clickhouse-client --host {host} --user {user} --password {P} --query "SELECT count() FROM events"'),
 ('cqlsh_lowercase_p_option', 'cqlsh {host} -u {user} -p {P}'),
 ('beeline_lowercase_p_option', 'beeline -u "jdbc:hive2://{host}:10000/default" -n {user} -p {P}'),
 ('impala_shell_ldap_password_cmd_echo', 'impala-shell -i {host} -l -u {user} --ldap_password_cmd="echo -n {P}"'),
 ('spark_submit_ssl_keypassword_conf', 'spark-submit --master yarn --conf spark.ssl.keyPassword={P} jobs/{proj}.py'),
 ('hive_site_connection_password_property', '<property>\n  <name>javax.jdo.option.ConnectionPassword</name>\n  <value>{P}</value>\n</property>'),
 ('hadoop_credential_create_value_option', 'hadoop credential create fs.s3a.secret.key -value {P} -provider jceks://hdfs/user/{user}/s3.jceks'),
 ('zeppelin_shiro_ini_user_entry', '[users]\n{user} = {P}, admin'),
 ('airflow_users_create_password_option', 'airflow users create --username {user} --firstname Lab --lastname Admin --role Admin --email {user}@uni.example --password {P}'),
 ('mlflow_backend_store_uri_password', 'mlflow server --backend-store-uri postgresql://{user}:{P}@{host}/mlflow --port 5000'),
 ('superset_fab_create_admin_password_option', 'superset fab create-admin --username {user} --firstname Ada --lastname Lab --email {user}@uni.example --password {P}'),
 ('dvc_remote_modify_password_positional', 'dvc remote modify --local labstore password {P}'),
 ('owncloudcmd_lowercase_p_option', 'owncloudcmd -u {user} -p {P} /data/{proj} https://{host}'),
 ('rsyncd_secrets_user_colon_line', '# /etc/rsyncd.secrets\n{user}:{P}'),
 ('aspera_scp_pass_env_prefix', 'ASPERA_SCP_PASS={P} ascp -QT -l 300m -k1 reads/ asp-sra@upload.ncbi.example:uploads/{user}'),
 ('ena_webin_cli_password_option', 'java -jar webin-cli.jar -context reads -userName Webin-{num} -password {P} -manifest manifest.txt -submit'),
 ('omero_login_w_option', 'omero login -s {host} -u {user} -w {P}'),
 ('xnatpy_connect_password_kwarg', "session = xnat.connect('https://{host}', user='{user}', password='{P}')"),
 ('pymysql_connect_passwd_kwarg', "conn = pymysql.connect(host='{host}', user='{user}', passwd='{P}', db='lims')"),
 ('psycopg_connect_password_kwarg', "conn = psycopg2.connect(host='{host}', dbname='{proj}', user='{user}', password='{P}')"),
 ('sqlalchemy_url_create_password_kwarg', 'url = URL.create("postgresql+psycopg2", username="{user}", password="{P}", host="{host}", database="results")'),
 ('paramiko_connect_password_kwarg', 'client.connect("{host}", username="{user}", password="{P}", timeout=20)'),
 ('pexpect_sendline_string_argument', "child.expect('Password:')\nchild.sendline('{P}')"),
 ('fabric_connect_kwargs_password', 'c = Connection("{host}", user="{user}", connect_kwargs={{"password": "{P}"}})'),
 ('netmiko_connecthandler_password_kwarg', "net = ConnectHandler(device_type='cisco_ios', host='{host}', username='{user}', password='{P}')"),
 ('pysftp_connection_password_kwarg', "with pysftp.Connection('{host}', username='{user}', password='{P}') as sftp:"),
 ('ftplib_login_second_positional', "ftp = FTP('{host}')\nftp.login('{user}', '{P}')"),
 ('smtplib_login_second_positional', "server = smtplib.SMTP_SSL('{host}', 465)\nserver.login('{user}@uni.example', '{P}')"),
 ('imaplib_login_second_positional', "M = imaplib.IMAP4_SSL('{host}')\nM.login('{user}', '{P}')"),
 ('ldap3_connection_password_kwarg', "conn = Connection(server, user='uid={user},ou=people,dc=uni,dc=example', password='{P}', auto_bind=True)"),
 ('requests_auth_tuple_second_item', 'r = requests.get("https://{host}/api/runs", auth=("{user}", "{P}"))'),
 ('httpx_basicauth_second_positional', 'auth = httpx.BasicAuth("{user}", "{P}")'),
 ('pika_plaincredentials_second_positional', "creds = pika.PlainCredentials('{user}', '{P}')"),
 ('paho_username_pw_set_password_kwarg', 'client.username_pw_set("{user}", password="{P}")'),
 ('cx_oracle_connect_second_positional', 'con = cx_Oracle.connect("{user}", "{P}", "{host}/ORCLPDB1")'),
 ('jdbc_url_password_query_parameter', 'jdbc:postgresql://{host}:5432/{proj}?user={user}&password={P}&ssl=true'),
 ('jdbc_getconnection_third_argument', 'Connection c = DriverManager.getConnection(url, "{user}", "{P}");'),
 ('stata_odbc_load_password_option', 'odbc load, exec("SELECT * FROM visits") dsn("{proj}") user("{user}") password("{P}")'),
 ('sas_libname_password_equals', 'libname clin oracle user={user} password="{P}" path=clinprod schema=study;'),
 ('octave_ftp_third_positional', "f = ftp('{host}', '{user}', '{P}');"),
 ('mysql_create_user_identified_by', "CREATE USER '{user}'@'%' IDENTIFIED BY '{P}';"),
 ('postgres_alter_role_password_literal', "ALTER ROLE {user} WITH LOGIN PASSWORD '{P}';"),
 ('mssql_create_login_with_password', "CREATE LOGIN [{user}] WITH PASSWORD = N'{P}', CHECK_POLICY = OFF;"),
 ('oracle_alter_user_identified_by', 'ALTER USER {user} IDENTIFIED BY "{P}" ACCOUNT UNLOCK;'),
 ('postgres_dblink_connect_password_key', "SELECT * FROM dblink('host={host} dbname=lims user={user} password={P}', 'SELECT id FROM samples') AS t(id int);"),
 ('postgres_user_mapping_options_password', "CREATE USER MAPPING FOR {user} SERVER archive OPTIONS (user '{user}', password '{P}');"),
 ('mysql_change_replication_source_password', "CHANGE REPLICATION SOURCE TO SOURCE_HOST='{host}', SOURCE_USER='repl', SOURCE_PASSWORD='{P}';"),
 ('clickhouse_users_xml_password_element', '<users>\n  <{user}>\n    <password>{P}</password>\n  </{user}>\n</users>'),
 ('mssql_addlinkedsrvlogin_rmtpassword', "EXEC sp_addlinkedsrvlogin @rmtsrvname = N'LIMS', @useself = N'False', @rmtuser = N'{user}', @rmtpassword = N'{P}';"),
 ('ftp_session_pass_command_line', '220 {host} FTP server ready\nUSER {user}\n331 Password required\nPASS {P}\n230 Login successful.'),
 ('imap_login_command_quoted', 'a001 LOGIN {user} "{P}"\na001 OK LOGIN completed'),
 ('nntp_authinfo_pass_line', 'AUTHINFO USER {user}\n381 PASS required\nAUTHINFO PASS {P}\n281 Ok'),
 ('stomp_connect_passcode_header', 'CONNECT\naccept-version:1.2\nhost:{host}\nlogin:{user}\npasscode:{P}\n\n^@'),
 ('ldif_userpassword_cleartext_attribute', 'dn: uid={user},ou=people,dc=uni,dc=example\nobjectClass: inetOrgPerson\nuserPassword: {P}'),
 ('freeradius_clients_conf_secret', 'client lab-switch {{\n    ipaddr = 10.20.0.0/24\n    secret = {P}\n}}'),
 ('slurmdbd_conf_storagepass_line', 'StorageType=accounting_storage/mysql\nStorageHost={host}\nStorageUser=slurm\nStoragePass={P}'),
 ('xdmod_portal_settings_database_pass', '[database]\nhost = "{host}"\nuser = "xdmod"\npass = "{P}"'),
 ('open_ondemand_portal_oidc_client_secret', 'auth:\n  - "AuthType openid-connect"\noidc_client_id: "ondemand"\noidc_client_secret: "{P}"'),
 ('rstudio_server_database_conf_password', 'provider=postgresql\nhost={host}\nusername=rstudio\npassword={P}'),
 ('jupyterhub_ldap_lookup_dn_search_password', "c.LDAPAuthenticator.lookup_dn_search_user = 'cn=hub,dc=uni,dc=example'\nc.LDAPAuthenticator.lookup_dn_search_password = '{P}'"),
 ('condor_store_cred_add_p_option', 'condor_store_cred add -u {user}@uni -p {P}'),
 ('ipa_server_install_admin_password_a', 'ipa-server-install -r UNI.EXAMPLE -n uni.example -a {P} -U'),
 ('kadmin_addprinc_pw_option', 'kadmin.local -q "addprinc -pw {P} {user}@UNI.EXAMPLE"'),
 ('sssd_conf_ldap_default_authtok', '[domain/uni]\nldap_default_bind_dn = cn=sssd,dc=uni,dc=example\nldap_default_authtok = {P}'),
 ('nslcd_conf_bindpw_directive', 'binddn cn=nslcd,dc=uni,dc=example\nbindpw {P}'),
 ('slapd_conf_rootpw_directive', 'rootdn "cn=admin,dc=uni,dc=example"\nrootpw {P}'),
 ('postgres_primary_conninfo_password', "primary_conninfo = 'host={host} port=5432 user=replicator password={P}'"),
 ('pgbouncer_userlist_quoted_pair', '"{user}" "{P}"'),
 ('grafana_ini_security_admin_password', '[security]\nadmin_user = admin\nadmin_password = {P}'),
 ('alertmanager_smtp_auth_password_key', "global:\n  smtp_smarthost: '{host}:587'\n  smtp_auth_username: 'alerts'\n  smtp_auth_password: '{P}'"),
 ('telegraf_influxdb_output_password', '[[outputs.influxdb]]\n  urls = ["http://{host}:8086"]\n  username = "telegraf"\n  password = "{P}"'),
 ('elasticsearch_keystore_add_stdin_echo', 'echo "{P}" | bin/elasticsearch-keystore add -x bootstrap.password'),
 ('kibana_yml_elasticsearch_password', 'elasticsearch.username: "kibana_system"\nelasticsearch.password: "{P}"'),
 ('minio_root_password_env_prefix', 'MINIO_ROOT_USER=labadmin MINIO_ROOT_PASSWORD={P} minio server /data/{proj}'),
 ('harbor_yml_admin_password_key', 'hostname: registry.uni.example\nharbor_admin_password: {P}'),
 ('gitea_admin_user_create_password_option', 'gitea admin user create --username {user} --email {user}@uni.example --password {P} --admin'),
 ('cloud_init_chpasswd_list_entry', 'chpasswd:\n  list: |\n    ubuntu:{P}\n  expire: false'),
 ('ansible_extra_vars_become_password', 'ansible-playbook site.yml -i hosts -e ansible_become_password={P}'),
 ('vagrantfile_ssh_password_assignment', 'config.ssh.username = "vagrant"\nconfig.ssh.password = "{P}"'),
 ('docker_run_mysql_root_password_env', 'docker run -d --name lims-db -e MYSQL_ROOT_PASSWORD={P} mysql:8.0'),
 ('podman_login_lowercase_p_option', 'podman login -u {user} -p {P} registry.uni.example'),
 ('ccrypt_capital_k_option', 'ccrypt -e -K {P} patients_{proj}.csv'),
 ('aescrypt_lowercase_p_option', 'aescrypt -e -p {P} interviews_{proj}.tar'),
 ('veracrypt_password_equals_option', 'veracrypt --text --password={P} --pim=0 --keyfiles="" --protect-hidden=no /dev/sdb1 /mnt/field'),
 ('cryptsetup_luksopen_stdin_echo', 'echo -n "{P}" | cryptsetup luksOpen /dev/sdc1 fieldbackup -'),
 ('pdftk_user_pw_positional', 'pdftk draft.pdf output draft_locked.pdf user_pw {P}'),
 ('openpyxl_sheet_protection_password', "ws.protection.sheet = True\nws.protection.password = '{P}'"),
 ('python_keyring_set_password_third_arg', 'keyring.set_password("lims", "{user}", "{P}")'),
 ('fossil_user_password_positional', 'fossil user password {user} {P} -R {proj}.fossil'),
 ('mediawiki_install_pass_option', 'php maintenance/install.php --dbname labwiki --dbuser wiki --pass {P} "Lab Wiki" admin'),
 ('ojs_config_inc_database_password', '[database]\ndriver = mysqli\nhost = localhost\nusername = ojs\npassword = {P}\nname = ojs'),
 ('dspace_local_cfg_db_password', 'db.url = jdbc:postgresql://localhost:5432/dspace\ndb.username = dspace\ndb.password = {P}'),
 ('ckan_ini_sqlalchemy_url_password', 'sqlalchemy.url = postgresql://ckan_default:{P}@localhost/ckan_default'),
 ('xcat_chtab_system_passwd_entry', 'chtab key=system passwd.username=root passwd.password={P}'),
]

PRESENT = [('hpc_admin_runbook_snippet', 'Runbook – {proj} ({date})\nStep 4, run on {host}:\n\n', '\n\nThen check the logs.\n'),
           ('lab_server_setup_log', '[{date} {time}] {name} – setup notes\n', '\n[done]\n')]


def build(pool):
    r = random.Random(SEED)
    recs = []
    for i, (t, tpl) in enumerate(P):
        pname, head, tail = PRESENT[i % 2]
        f = filler(r)
        pw = pool.take(lambda: password(r), ok=lambda v: v != f['user'])
        parts = [head.format(**f)]
        for j, piece in enumerate(tpl.split('{P}')):
            if j:
                parts.append((pw, t))
            parts.append(piece.format(**f))
        parts.append(tail.format(**f))
        text, spans = place(parts)
        recs.append({'type': t, 'container': t + '__' + pname, 'text': text, 'secrets': spans, 'source': 'password'})
    return recs
