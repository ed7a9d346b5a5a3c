"""Positional passwords: one new syntax per record."""
import random
from common import MARK, owner_pw, place, host, user, rs, ALNUM

V = MARK
SUFFIX = {
    "cli": "interface_engine_host_shell_capture",
    "cfg": "clinical_server_config_excerpt",
    "sql": "ehr_reporting_db_script",
    "code": "integration_repo_source_view",
    "win": "radiology_workstation_cmd_history",
    "proto": "hl7_gateway_wire_trace",
}
SYNTAX = [
    # healthcare tools
    ("mirth_mccommand_p_flag", "cli", "$ ./mccommand -a https://{h}:8443 -u {u} -p " + V + " -s deploy_all.txt"),
    ("mirth_properties_keystore_storepass", "cfg", "# conf/mirth.properties\nkeystore.path = ${{dir.appdata}}/keystore.jks\nkeystore.storepass = " + V + "\nkeystore.keypass = ${{keystore.storepass}}"),
    ("orthanc_registered_users_json", "cfg", "{{\n  \"Name\" : \"ORTHANC_{n}\",\n  \"AuthenticationEnabled\" : true,\n  \"RegisteredUsers\" : {{ \"{u}\" : \"" + V + "\" }}\n}}"),
    ("dcm4che_storescu_user_pass", "cli", "$ storescu -c ARCHIVE@{h}:11112 --user {u} --user-pass " + V + " /data/study_{n}/"),
    ("keycloak_kcadm_config_credentials", "cli", "$ kcadm.sh config credentials --server https://{h}/auth --realm master --user {u} --password " + V),
    ("iris_security_users_create_third_arg", "code", "Set sc = ##class(Security.Users).Create(\"{u}\", \"%HS_Interface\", \"" + V + "\", \"Interface user {n}\")"),
    ("ens_credentials_setcredential_third_arg", "code", "Do ##class(Ens.Config.Credentials).SetCredential(\"LabSFTP{n}\", \"{u}\", \"" + V + "\", 1)"),
    ("hapi_fhir_cli_basic_auth_flag", "cli", "$ hapi-fhir-cli upload-terminology -v r4 -t https://{h}/fhir -u http://loinc.org -b {u}:" + V + " -d Loinc.zip"),
    ("openemr_sqlconf_pass_variable", "cfg", "<?php\n$host = 'localhost';\n$login = '{u}';\n$pass = '" + V + "';\n$dbase = 'openemr';"),
    ("openmrs_runtime_connection_password", "cfg", "# openmrs-runtime.properties\nconnection.url=jdbc:mysql://{h}:3306/openmrs\nconnection.username={u}\nconnection.password=" + V),
    ("redcap_database_php_password", "cfg", "<?php\n$hostname = '{h}';\n$db = 'redcap';\n$username = '{u}';\n$password = '" + V + "';"),
    ("x12_isa_security_information_element", "proto", "ISA*00*          *01*" + V + "*ZZ*SUBMITTER{n}    *ZZ*CLEARHOUSE     *240101*1200*^*00501*0000000{n}*0*P*:~"),
    ("fhir_token_endpoint_password_grant_body", "proto", "POST /oauth2/token HTTP/1.1\nHost: {h}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=password&username={u}&password=" + V + "&scope=system%2F*.read"),
    ("sas_libname_oracle_password_option", "code", "libname edc oracle user={u} password=\"" + V + "\" path=\"{h}:1521/EDC{n}\" schema=rave;"),
    ("sas_proc_pwencode_in_option", "code", "proc pwencode in='" + V + "' method=sas004;\nrun;"),
    ("r_dbi_dbconnect_pwd_argument", "code", "con <- DBI::dbConnect(odbc::odbc(), Driver = \"SQL Server\", Server = \"{h}\", UID = \"{u}\", PWD = \"" + V + "\")"),
    ("r_keyring_key_set_with_value", "code", "keyring::key_set_with_value(\"cdw-{n}\", \"{u}\", password = \"" + V + "\")"),
    # transfer, shares, remote
    ("sshpass_p_before_sftp", "cli", "$ sshpass -p " + V + " sftp -oBatchMode=no {u}@{h}:/outbound/835"),
    ("winscp_open_sftp_url_userinfo", "win", "C:\\> winscp.com /command \"open sftp://{u}:" + V + "@{h}/\" \"get /out/*.x12\" \"exit\""),
    ("pscp_pw_switch", "win", "C:\\> pscp -pw " + V + " {u}@{h}:/exports/dicom_{n}.zip D:\\in\\"),
    ("plink_pw_switch", "win", "C:\\> plink -ssh -batch -pw " + V + " {u}@{h} \"systemctl restart hl7-listener\""),
    ("smbclient_u_percent_separator", "cli", "$ smbclient //{h}/scans -U {u}%" + V + " -c 'ls'"),
    ("mount_cifs_password_option", "cli", "$ sudo mount -t cifs //{h}/pacs_export /mnt/pacs -o username={u},password=" + V + ",vers=3.0"),
    ("cifs_credentials_file_password_line", "cfg", "# /root/.smbcred-pacs\nusername={u}\npassword=" + V + "\ndomain=HOSP"),
    ("net_use_positional_password", "win", "C:\\> net use R: \\\\{h}\\reports " + V + " /user:HOSP\\{u} /persistent:no"),
    ("cmdkey_pass_switch", "win", "C:\\> cmdkey /add:{h} /user:HOSP\\{u} /pass:" + V),
    ("xfreerdp_p_switch", "cli", "$ xfreerdp /v:{h} /u:{u} /p:" + V + " /cert:ignore"),
    ("x11vnc_passwd_option", "cli", "$ x11vnc -display :0 -forever -passwd " + V),
    ("rsync_password_env_prefix", "cli", "$ RSYNC_PASSWORD=" + V + " rsync -av rsync://{u}@{h}/lab_results/ ./in/"),
    ("mercurial_hgrc_auth_password", "cfg", "[auth]\nlab.prefix = https://{h}/hg\nlab.username = {u}\nlab.password = " + V),
    ("curl_u_flag_basic_auth", "cli", "$ curl -s -u {u}:" + V + " https://{h}/fhir/Patient?_count={n}"),
    ("httpie_a_flag", "cli", "$ http -a {u}:" + V + " GET https://{h}/fhir/Observation category==laboratory"),
    ("jenkins_cli_auth_option", "cli", "$ java -jar jenkins-cli.jar -s https://{h}/ -auth {u}:" + V + " build interface-tests"),
    # databases and brokers (tools not used before)
    ("unixodbc_isql_third_positional", "cli", "$ isql CDW_{n} {u} " + V + " -v"),
    ("influx_v1_password_flag", "cli", "$ influx -host {h} -username {u} -password " + V + " -database vitals"),
    ("couchdb_local_ini_admins_entry", "cfg", "[admins]\n{u} = " + V),
    ("elasticsearch_users_useradd_p", "cli", "$ bin/elasticsearch-users useradd {u} -p " + V + " -r superuser"),
    ("kibana_yml_elasticsearch_password", "cfg", "elasticsearch.hosts: [\"https://{h}:9200\"]\nelasticsearch.username: \"{u}\"\nelasticsearch.password: \"" + V + "\""),
    ("rabbitmqctl_add_user_positional", "cli", "$ rabbitmqctl add_user {u} " + V),
    ("kafka_plain_jaas_password", "cfg", "sasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"{u}\" password=\"" + V + "\";"),
    ("activemq_users_properties_line", "cfg", "# conf/users.properties\n{u}=" + V),
    ("mosquitto_pub_capital_p", "cli", "$ mosquitto_pub -h {h} -u {u} -P " + V + " -t ward/{n}/spo2 -m 97"),
    ("zookeeper_addauth_digest", "cli", "[zk: {h}:2181(CONNECTED) 0] addauth digest {u}:" + V),
    ("redis_auth_command_two_args", "proto", "{h}:6379> AUTH {u} " + V + "\nOK"),
    ("minio_mc_alias_set_positional", "cli", "$ mc alias set dicomstore https://{h}:9000 {u} " + V),
    ("teradata_bteq_logon_comma", "cli", ".LOGON {h}/{u}," + V),
    # SQL
    ("postgres_create_role_login_password", "sql", "CREATE ROLE {u} LOGIN PASSWORD '" + V + "' VALID UNTIL '2026-12-31';"),
    ("mssql_create_login_with_password", "sql", "CREATE LOGIN [{u}] WITH PASSWORD = N'" + V + "', CHECK_POLICY = ON;"),
    ("mysql_set_password_for", "sql", "SET PASSWORD FOR '{u}'@'%' = '" + V + "';"),
    ("mysql_change_replication_source_password", "sql", "CHANGE REPLICATION SOURCE TO SOURCE_HOST='{h}', SOURCE_USER='{u}', SOURCE_PASSWORD='" + V + "';"),
    ("postgres_user_mapping_options_password", "sql", "CREATE USER MAPPING FOR {u} SERVER lis_fdw OPTIONS (user '{u}', password '" + V + "');"),
    ("postgres_dblink_connect_conninfo", "sql", "SELECT dblink_connect('lis', 'host={h} dbname=lis user={u} password=" + V + "');"),
    ("mssql_addlinkedsrvlogin_rmtpassword", "sql", "EXEC sp_addlinkedsrvlogin @rmtsrvname = N'LIS{n}', @useself = N'False', @rmtuser = N'{u}', @rmtpassword = N'" + V + "';"),
    ("mssql_database_scoped_credential_secret", "sql", "CREATE DATABASE SCOPED CREDENTIAL PacsBlob WITH IDENTITY = '{u}', SECRET = '" + V + "';"),
    ("mssql_openrowset_provider_string_pwd", "sql", "SELECT * FROM OPENROWSET('MSOLEDBSQL', 'Server={h};UID={u};PWD=" + V + ";', 'SELECT TOP 10 * FROM lab.results');"),
    # code
    ("pyodbc_connect_string_pwd", "code", "conn = pyodbc.connect(\"DRIVER={{ODBC Driver 18 for SQL Server}};SERVER={h};UID={u};PWD=" + V + "\")"),
    ("python_oracledb_connect_password_kwarg", "code", "conn = oracledb.connect(user=\"{u}\", password=\"" + V + "\", dsn=\"{h}/EDC\")"),
    ("pysftp_connection_password_kwarg", "code", "with pysftp.Connection('{h}', username='{u}', password='" + V + "') as sftp:\n    sftp.get('/out/835_{n}.x12')"),
    ("python_ldap_simple_bind_s_second_arg", "code", "l = ldap.initialize('ldaps://{h}')\nl.simple_bind_s('cn={u},ou=svc,dc=hosp,dc=example', '" + V + "')"),
    ("smbprotocol_register_session_password", "code", "smbclient.register_session(\"{h}\", username=\"{u}\", password=\"" + V + "\")"),
    ("redis_py_client_password_kwarg", "code", "r = redis.Redis(host='{h}', port=6380, ssl=True, password='" + V + "')"),
    ("pymongo_client_password_kwarg", "code", "client = MongoClient('{h}', username='{u}', password='" + V + "', authSource='admin')"),
    ("python_environ_get_default_fallback", "code", "MLLP_PASS = os.environ.get('MLLP_PASS', '" + V + "')"),
    ("node_mssql_config_password_field", "code", "const pool = await sql.connect({{ user: '{u}', password: '" + V + "', server: '{h}', database: 'LIS' }});"),
    ("nodemailer_transport_auth_pass", "code", "const t = nodemailer.createTransport({{ host: '{h}', port: 587, auth: {{ user: '{u}', pass: '" + V + "' }} }});"),
    ("javamail_password_authentication_ctor", "code", "return new PasswordAuthentication(\"{u}\", \"" + V + "\".toCharArray());"),
    ("hikari_datasource_setpassword", "code", "HikariConfig cfg = new HikariConfig();\ncfg.setUsername(\"{u}\");\ncfg.setPassword(\"" + V + "\");"),
    ("csharp_network_credential_ctor", "code", "var cred = new NetworkCredential(\"{u}\", \"" + V + "\", \"HOSP\");"),
    ("csharp_sqlconnectionstringbuilder_password", "code", "var b = new SqlConnectionStringBuilder {{ DataSource = \"{h}\", UserID = \"{u}\", Password = \"" + V + "\" }};"),
    ("go_mysql_config_passwd_field", "code", "cfg := mysql.Config{{User: \"{u}\", Passwd: \"" + V + "\", Net: \"tcp\", Addr: \"{h}:3306\"}}"),
    ("php_pdo_constructor_third_arg", "code", "$pdo = new PDO('mysql:host={h};dbname=openemr', '{u}', '" + V + "');"),
    ("ruby_net_sftp_start_password", "code", "Net::SFTP.start('{h}', '{u}', password: '" + V + "') do |sftp|\n  sftp.download!('/out/era.835', 'era.835')\nend"),
    ("kotlin_okhttp_credentials_basic", "code", "val auth = Credentials.basic(\"{u}\", \"" + V + "\")"),
    # windows / powershell / infra
    ("invoke_sqlcmd_password_parameter", "win", "PS C:\\> Invoke-Sqlcmd -ServerInstance {h} -Username {u} -Password " + V + " -Query \"SELECT 1\""),
    ("powercli_connect_viserver_password", "win", "PS C:\\> Connect-VIServer -Server {h} -User {u} -Password " + V),
    ("racadm_remote_p_flag", "cli", "$ racadm -r {h} -u root -p " + V + " serveraction powercycle"),
    ("ipmitool_capital_p_flag", "cli", "$ ipmitool -I lanplus -H {h} -U ADMIN -P " + V + " chassis status"),
    ("expect_send_after_password_prompt", "cli", "expect \"password:\"\nsend \"" + V + "\\r\"\ninteract"),
    ("docker_login_p_flag", "cli", "$ docker login registry.{h} -u {u} -p " + V),
    ("skopeo_src_creds_colon", "cli", "$ skopeo copy --src-creds {u}:" + V + " docker://registry.{h}/pacs-viewer:{n} dir:/tmp/img"),
    ("nuget_sources_add_password", "win", "C:\\> nuget sources add -Name lab-feed -Source https://{h}/nuget -Username {u} -Password " + V),
    ("maven_settings_server_password_element", "cfg", "<server>\n  <id>clinical-releases</id>\n  <username>{u}</username>\n  <password>" + V + "</password>\n</server>"),
    ("twine_upload_p_flag", "cli", "$ twine upload --repository-url https://{h}/pypi -u {u} -p " + V + " dist/*"),
    ("dotnet_user_secrets_set_value", "cli", "$ dotnet user-secrets set \"Pacs:Password\" \"" + V + "\""),
    ("java_keytool_storepass", "cli", "$ keytool -importcert -alias fhir-ca -file ca.pem -keystore truststore.jks -storepass " + V + " -noprompt"),
    ("gpg_batch_passphrase_option", "cli", "$ gpg --batch --yes --passphrase " + V + " -c claims_{n}.x12"),
    ("ssh_keygen_n_new_passphrase", "cli", "$ ssh-keygen -t ed25519 -f ~/.ssh/clearinghouse -N " + V),
    ("kubectl_secret_from_literal_password", "cli", "$ kubectl create secret generic mirth-db --from-literal=username={u} --from-literal=password=" + V),
    ("kubectl_set_credentials_password", "cli", "$ kubectl config set-credentials {u} --username={u} --password=" + V),
    ("openshift_oc_login_p", "cli", "$ oc login https://api.{h}:6443 -u {u} -p " + V),
    ("salt_ssh_roster_passwd", "cfg", "lis-{n}:\n  host: {h}\n  user: {u}\n  passwd: " + V),
    ("chpasswd_stdin_colon_pair", "cli", "# echo '{u}:" + V + "' | chpasswd"),
    ("cloud_init_plain_text_passwd", "cfg", "#cloud-config\nusers:\n  - name: {u}\n    lock_passwd: false\n    plain_text_passwd: " + V),
    ("kickstart_rootpw_plaintext", "cfg", "# ks.cfg for imaging workstation\nlang en_US.UTF-8\nrootpw --plaintext " + V),
    ("debian_preseed_root_password", "cfg", "d-i passwd/root-password password " + V),
    ("htpasswd_b_positional", "cli", "$ htpasswd -b /etc/httpd/.htpasswd {u} " + V),
    ("apache_authldapbindpassword_directive", "cfg", "AuthLDAPURL \"ldaps://{h}/ou=staff,dc=hosp,dc=example?uid\"\nAuthLDAPBindDN \"cn={u},dc=hosp,dc=example\"\nAuthLDAPBindPassword " + V),
    ("squid_cache_peer_login_option", "cfg", "cache_peer {h} parent 3128 0 no-query login={u}:" + V),
    ("haproxy_userlist_insecure_password", "cfg", "userlist stats_users\n    user {u} insecure-password " + V),
    ("cisco_ios_username_password_zero", "cfg", "username {u} privilege 15 password 0 " + V),
    ("mikrotik_user_add_password", "cli", "[admin@ward-{n}] > /user add name={u} group=full password=" + V),
    ("wpa_supplicant_psk_quoted", "cfg", "network={{\n    ssid=\"BIOMED-{n}\"\n    psk=\"" + V + "\"\n}}"),
    ("nmcli_wifi_connect_password", "cli", "$ nmcli dev wifi connect CLIN-IOT-{n} password " + V),
    ("strongswan_ipsec_secrets_eap", "cfg", "# /etc/ipsec.secrets\n{u} : EAP \"" + V + "\""),
    # protocol lines
    ("nntp_authinfo_pass_line", "proto", "AUTHINFO USER {u}\n381 PASS required\nAUTHINFO PASS " + V + "\n281 Ok"),
    ("xmpp_iq_auth_password_element", "proto", "<iq type='set' id='auth{n}'><query xmlns='jabber:iq:auth'><username>{u}</username><password>" + V + "</password><resource>ward</resource></query></iq>"),
    ("http_login_query_string_password", "proto", "GET /api/login?user={u}&password=" + V + "&site=lab{n} HTTP/1.1\nHost: {h}"),
]


def x12pw(r):
    return rs(r, ALNUM, 10)


def generate(pool, seed=7103):
    r = random.Random(seed)
    out = []
    for t, fam, tpl in SYNTAX:
        if t == "x12_isa_security_information_element":
            val = pool.draw(lambda: x12pw(r))
        else:
            val = pool.draw(lambda: owner_pw(r))
        body = tpl.format(h=host(r, "srv"), u=user(r), n=r.randint(10, 99))
        text, s, e = place(body, val)
        out.append(("password", t, t + "__" + SUFFIX[fam], text, [{"value": val, "start": s, "end": e, "type": t}]))
    return out
