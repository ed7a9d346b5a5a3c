"""Positional password syntaxes (seed 14603): the place says it is a password."""
import base64, random
from common146 import owner_pw, place

# (syntax, template with {U} user, {H} host, {V} value; mode: None | 'b64colon' | 'b64plain')
S = [
 ("mysql_client_glued_p", "mysql -h {H} -u {U} -p{V} rxdb -e 'SELECT COUNT(*) FROM fills'", None),
 ("mysqlshow_glued_p", "mysqlshow -u {U} -p{V} --host={H} rxdb", None),
 ("mysqlimport_glued_p", "mysqlimport --local -u {U} -p{V} -h {H} rxdb /tmp/ndc_price.txt", None),
 ("mariadb_client_glued_p", "mariadb -u{U} -p{V} -h{H} formulary", None),
 ("pg_dump_dbname_uri_userinfo", "pg_dump -Fc -f pms.dump postgresql://{U}:{V}@{H}:5432/pms", None),
 ("osql_capital_p", "osql -S {H} -U {U} -P {V} -Q \"EXEC dbo.usp_close_day\"", None),
 ("sybase_isql_capital_p", "isql -S RXSYB -U {U} -P {V} -i nightly_claims.sql", None),
 ("rman_target_slash_logon", "rman target {U}/{V}@RXPROD", None),
 ("oracle_exp_slash_logon", "exp {U}/{V}@RXPROD file=formulary.dmp tables=(FORMULARY)", None),
 ("dgmgrl_slash_at_logon", "dgmgrl {U}/{V}@rxprim \"show configuration\"", None),
 ("sqlcl_sql_slash_at_logon", "sql {U}/{V}@//{H}:1521/RXPDB", None),
 ("clpplus_slash_at_hostport", "clpplus {U}/{V}@{H}:50000/RXDB", None),
 ("mongosh_uri_userinfo", "mongosh \"mongodb://{U}:{V}@{H}:27017/refills?authSource=admin\"", None),
 ("mongorestore_lower_p_after_u", "mongorestore --host {H} -u {U} -p {V} --authenticationDatabase admin dump/", None),
 ("redis_benchmark_lower_a", "redis-benchmark -h {H} -a {V} -t set,get -n 10000", None),
 ("rabbitmqctl_add_user_second", "rabbitmqctl add_user {U} {V}", None),
 ("rabbitmqctl_change_password_second", "rabbitmqctl change_password {U} {V}", None),
 ("rabbitmqadmin_lower_p_after_u", "rabbitmqadmin -H {H} -u {U} -p {V} list queues", None),
 ("cqlsh_lower_p_after_u", "cqlsh {H} 9042 -u {U} -p {V}", None),
 ("nodetool_pw_flag", "nodetool -h {H} -u {U} -pw {V} status", None),
 ("zkcli_addauth_digest_pair", "[zk: {H}:2181(CONNECTED) 0] addauth digest {U}:{V}", None),
 ("aria2c_ftp_url_userinfo", "aria2c ftp://{U}:{V}@{H}/outbound/832_price.edi", None),
 ("ncftpput_lower_p_after_u", "ncftpput -u {U} -p {V} {H} /inbound 810_invoice.edi", None),
 ("svn_checkout_url_userinfo", "svn checkout https://{U}:{V}@{H}/svn/rx-labels/trunk", None),
 ("skopeo_dest_creds_pair", "skopeo copy docker://quay.io/rx/pms:7 docker://{H}/rx/pms:7 --dest-creds {U}:{V}", None),
 ("nerdctl_login_lower_p", "nerdctl login {H} -u {U} -p {V}", None),
 ("net_user_add_positional", "net user {U} {V} /add /domain", None),
 ("winrs_p_colon_after_u", "winrs -r:{H} -u:{U} -p:{V} ipconfig", None),
 ("xfreerdp_slash_p_colon", "xfreerdp /v:{H} /u:{U} /p:{V} /cert:ignore", None),
 ("rdesktop_lower_p", "rdesktop -u {U} -p {V} {H}", None),
 ("ldapsearch_lower_w", "ldapsearch -H ldaps://{H} -D \"cn={U},ou=svc,dc=rx,dc=example\" -w {V} -b dc=rx,dc=example", None),
 ("ldapadd_lower_w", "ldapadd -x -D cn={U},dc=rx,dc=example -w {V} -f pharmacists.ldif", None),
 ("smbclient_capital_u_percent_pair", "smbclient //{H}/labels -U {U}%{V} -c 'put rx_label.prn'", None),
 ("zip_capital_p", "zip -P {V} pmp_export.zip asap_2024.dat", None),
 ("unzip_capital_p", "unzip -P {V} wholesaler_invoices.zip -d /srv/edi/in", None),
 ("rar_glued_hp", "rar a -hp{V} cabinet_logs.rar /var/log/cabinet/", None),
 ("unrar_glued_p", "unrar x -p{V} cabinet_logs.rar", None),
 ("qpdf_encrypt_user_positional", "qpdf --encrypt {V} owner-{U} 256 -- rx_report.pdf rx_report_locked.pdf", None),
 ("mutool_draw_lower_p", "mutool draw -p {V} -o page%d.png controlled_log.pdf", None),
 ("keytool_storepass_flag", "keytool -list -keystore erx_client.jks -storepass {V}", None),
 ("jarsigner_storepass_flag", "jarsigner -keystore release.jks -storepass {V} refill-app.apk rxkey", None),
 ("cryptsetup_keyfile_stdin", "echo -n '{V}' | cryptsetup luksOpen --key-file=- /dev/sdb1 rxbackup", None),
 ("snmpwalk_lower_c", "snmpwalk -v2c -c {V} {H} 1.3.6.1.2.1.1", None),
 ("snmpget_v3_capital_a", "snmpget -v3 -l authNoPriv -u {U} -a SHA -A {V} {H} sysUpTime.0", None),
 ("ilorest_login_lower_p", "ilorest login {H} -u {U} -p {V}", None),
 ("govc_url_userinfo", "export GOVC_URL='https://{U}:{V}@{H}/sdk'", None),
 ("vmrun_gp_flag", "vmrun -T ws -gu {U} -gp {V} runProgramInGuest rxlab.vmx C:\\rx\\sync.exe", None),
 ("openvpn_auth_file_second_line", "# /etc/openvpn/wholesaler.auth (auth-user-pass file)\n{U}\n{V}", None),
 ("pgpass_fifth_field", "# ~/.pgpass\n{H}:5432:pms:{U}:{V}", None),
 ("git_credentials_line_userinfo", "# ~/.git-credentials\nhttps://{U}:{V}@{H}", None),
 ("rsyncd_secrets_pair", "# /etc/rsyncd.secrets\n{U}:{V}", None),
 ("vsftpd_virtual_users_even_line", "# /etc/vsftpd/virtual_users.txt (db_load -T -t hash)\n{U}\n{V}", None),
 ("dovecot_passwd_file_plain_scheme", "# /etc/dovecot/users\n{U}:{PLAIN}{V}::::::", None),
 ("mosquitto_passwd_batch_third", "mosquitto_passwd -b /etc/mosquitto/passwd {U} {V}", None),
 ("ejabberdctl_register_third", "ejabberdctl register {U} rx.example.com {V}", None),
 ("samba_tool_user_create_second", "samba-tool user create {U} {V} --given-name=Rx", None),
 ("grafana_cli_reset_admin_positional", "grafana-cli admin reset-admin-password {V}", None),
 ("git_remote_set_url_userinfo", "git remote set-url origin https://{U}:{V}@{H}/rx/labels.git", None),
 ("pip_index_url_userinfo", "pip install rx-ncpdp --index-url https://{U}:{V}@{H}/simple/", None),
 ("composer_http_basic_third", "composer config http-basic.{H} {U} {V}", None),
 ("poetry_http_basic_third", "poetry config http-basic.rxrepo {U} {V}", None),
 ("gem_sources_url_userinfo", "gem sources -a https://{U}:{V}@{H}/", None),
 ("dotnet_nuget_add_source_lower_p", "dotnet nuget add source https://{H}/nuget/index.json -n rx -u {U} -p {V} --store-password-in-clear-text", None),
 ("goproxy_env_userinfo", "export GOPROXY=https://{U}:{V}@{H},direct", None),
 ("smtp_auth_plain_b64", "C: EHLO rx.example.com\nS: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN {V}\nS: 235 2.7.0 Authentication successful", "b64plain"),
 ("imap_wire_login_second", "C: a1 LOGIN {U} {V}\nS: a1 OK LOGIN completed", None),
 ("redis_resp_auth_bulk", "*3\\r\\n$4\\r\\nAUTH\\r\\n${UL}\\r\\n{U}\\r\\n${VL}\\r\\n{V}\\r\\n", None),
 ("irc_nickserv_identify", "/msg NickServ IDENTIFY {U} {V}", None),
 ("xmpp_sasl_plain_b64", "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>{V}</auth>", "b64plain"),
 ("http_proxy_authorization_basic_b64", "CONNECT edi.example.com:443 HTTP/1.1\nHost: edi.example.com:443\nProxy-Authorization: Basic {V}", "b64colon"),
 ("quectel_qicsgp_fifth_param", "AT+QICSGP=1,1,\"rx.apn\",\"{U}\",\"{V}\",1\nOK", None),
 ("cgauth_fourth_param", "AT+CGAUTH=1,1,\"{U}\",\"{V}\"\nOK", None),
 ("python_pymssql_connect_third", "conn = pymssql.connect(\"{H}\", \"{U}\", \"{V}\", \"pms\")", None),
 ("python_oracledb_connect_second", "conn = oracledb.connect(\"{U}\", \"{V}\", \"{H}/RXPDB\")", None),
 ("python_kazoo_add_auth_digest", "zk.add_auth(\"digest\", \"{U}:{V}\")", None),
 ("python_ldap_simple_bind_s_second", "l.simple_bind_s(\"cn={U},dc=rx,dc=example\", \"{V}\")", None),
 ("python_exchangelib_credentials_second", "creds = Credentials(\"{U}@rx.example.com\", \"{V}\")", None),
 ("python_pysnmp_usmuserdata_second", "UsmUserData(\"{U}\", \"{V}\", authProtocol=usmHMACSHAAuthProtocol)", None),
 ("python_pytds_connect_fourth", "conn = pytds.connect(\"{H}\", \"pms\", \"{U}\", \"{V}\")", None),
 ("node_ioredis_url_colon_only", "const redis = new Redis(\"redis://:{V}@{H}:6379/2\");", None),
 ("node_mongoclient_srv_userinfo", "const client = new MongoClient(\"mongodb+srv://{U}:{V}@{H}/refills\");", None),
 ("node_pg_pool_connection_string_url", "const pool = new Pool({ connectionString: \"postgres://{U}:{V}@{H}/pms\" });", None),
 ("go_smtp_plainauth_third", "auth := smtp.PlainAuth(\"\", \"{U}\", \"{V}\", \"{H}\")", None),
 ("go_mssql_sqlserver_url_userinfo", "db, err := sql.Open(\"sqlserver\", \"sqlserver://{U}:{V}@{H}:1433?database=pms\")", None),
 ("go_url_userpassword_second", "u.User = url.UserPassword(\"{U}\", \"{V}\")", None),
 ("java_passwordauthentication_second", "return new PasswordAuthentication(\"{U}\", \"{V}\".toCharArray());", None),
 ("java_usernamepasswordcredentials_second", "creds.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(\"{U}\", \"{V}\"));", None),
 ("java_jedis_auth_single", "jedis.auth(\"{V}\");", None),
 ("java_keystore_load_chararray", "ks.load(in, \"{V}\".toCharArray());", None),
 ("csharp_mailkit_authenticate_second", "await client.AuthenticateAsync(\"{U}\", \"{V}\");", None),
 ("csharp_x509certificate2_ctor_second", "var cert = new X509Certificate2(\"erx_client.pfx\", \"{V}\");", None),
 ("ruby_net_smtp_start_fifth", "Net::SMTP.start('{H}', 587, 'rx.example.com', '{U}', '{V}', :plain)", None),
 ("ruby_sequel_connect_url_userinfo", "DB = Sequel.connect('postgres://{U}:{V}@{H}/pms')", None),
 ("ruby_openssl_pkcs12_new_second", "p12 = OpenSSL::PKCS12.new(File.binread('erx.p12'), '{V}')", None),
 ("php_pdo_ctor_third", "$db = new PDO('mysql:host={H};dbname=rx', '{U}', '{V}');", None),
 ("php_ssh2_auth_password_third", "ssh2_auth_password($conn, '{U}', '{V}');", None),
 ("php_ldap_bind_third", "ldap_bind($ds, 'cn={U},dc=rx,dc=example', '{V}');", None),
 ("php_oci_connect_second", "$c = oci_connect('{U}', '{V}', '{H}/RXPDB');", None),
 ("perl_net_ssh2_auth_password_second", "$ssh2->auth_password('{U}', '{V}') or die;", None),
 ("perl_net_smtp_auth_second", "$smtp->auth('{U}', '{V}');", None),
 ("rust_reqwest_basic_auth_some", "let resp = client.get(url).basic_auth(\"{U}\", Some(\"{V}\")).send()?;", None),
 ("rust_sqlx_pgpool_connect_url", "let pool = PgPool::connect(\"postgres://{U}:{V}@{H}/pms\").await?;", None),
 ("lua_resty_redis_auth_single", "local ok, err = red:auth(\"{V}\")", None),
 ("oracle_create_user_identified_by", "CREATE USER {U} IDENTIFIED BY \"{V}\" DEFAULT TABLESPACE rx_data;", None),
 ("oracle_dblink_identified_by", "CREATE DATABASE LINK whsl CONNECT TO {U} IDENTIFIED BY \"{V}\" USING 'WHSLPDB';", None),
 ("mysql_create_user_identified_by", "CREATE USER '{U}'@'10.%' IDENTIFIED BY '{V}';", None),
 ("tsql_sp_addlinkedsrvlogin_fifth", "EXEC sp_addlinkedsrvlogin 'WHSL', 'false', NULL, '{U}', '{V}';", None),
 ("tsql_sp_addlogin_second", "EXEC sp_addlogin '{U}', '{V}', 'pms';", None),
 ("ios_tacacs_server_key_zero", "tacacs-server host 10.20.0.5\ntacacs-server key 0 {V}", None),
 ("ios_radius_server_host_key", "radius-server host 10.20.0.6 auth-port 1812 acct-port 1813 key {V}", None),
]

SUFFIXES = ["pharmacy_ops_shell_history", "erx_gateway_runbook_excerpt", "dispensing_service_source_line",
            "wholesaler_link_wire_capture"]
USERS = ["rxsvc", "pmsadmin", "cabsync", "erxgw", "whsl_edi", "pmpupload", "labelsvc", "robotops", "claims", "compound"]
HOSTS = ["rxdb.internal", "pms01.pharmacy.internal", "10.40.3.21", "edi.example.net", "cab-hub.example.com",
         "192.0.2.44", "repo.pharmacy.example.com", "172.16.8.12"]


def build(deny_fn):
    R = random.Random(14603)
    out, dropped = [], []
    i = 0
    for name, tpl, mode in S:
        syn = "rxpw_" + name
        if deny_fn(syn):
            dropped.append(syn); continue
        u, h = R.choice(USERS), R.choice(HOSTS)
        pw = owner_pw(R)
        if mode == "b64plain":
            v = base64.b64encode(("\0" + u + "\0" + pw).encode()).decode()
        elif mode == "b64colon":
            v = base64.b64encode((u + ":" + pw).encode()).decode()
        else:
            v = pw
        t = tpl.replace("{U}", u).replace("{H}", h).replace("{UL}", str(len(u))).replace("{VL}", str(len(v)))
        text, s, e = place(t, v)
        suffix = SUFFIXES[i % len(SUFFIXES)]
        i += 1
        out.append(dict(type=syn, container=syn + "__" + suffix, text=text,
                        secrets=[dict(value=v, start=s, end=e, type=syn)], source="password"))
    return out, dropped
