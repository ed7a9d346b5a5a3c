"""Positional password syntaxes: the place of the value tells it is a password."""
import base64
from gen158 import owner_password

S = [
    ("mariadb_client_glued_lower_p", "$ mariadb -h {H} -u {U} -p{P} jms_prod\n"),
    ("mariadb_dump_glued_lower_p", "mariadb-dump -u {U} -p{P} --single-transaction commissary > /backup/comm.sql\n"),
    ("mycli_url_userinfo", "mycli mysql://{U}:{P}@{H}:3306/visitation\n"),
    ("pgcli_url_userinfo", "pgcli postgresql://{U}:{P}@{H}:5432/offender\n"),
    ("pg_dump_url_userinfo", "pg_dump 'postgresql://{U}:{P}@{H}/courtx' -Fc -f courtx.dump\n"),
    ("usql_mssql_url_userinfo", "usql mssql://{U}:{P}@{H}/JailDW -c 'select count(*) from Bookings'\n"),
    ("freetds_tsql_capital_p", "tsql -S {H} -p 1433 -U {U} -P {P}\n"),
    ("sqsh_capital_p_after_capital_u", "sqsh -S JAILSQL01 -U {U} -P {P} -D TrustLedger\n"),
    ("db2_connect_using_clause", "db2 connect to JMSDB user {U} using {P}\n"),
    ("sqlplus_user_slash_at_tns", "sqlplus {U}/{P}@JAILPRD @nightly_counts.sql\n"),
    ("rman_target_slash_logon", "rman target {U}/{P}@JAILPRD catalog rcat/@RCATDB\n"),
    ("cqlsh_lower_p_after_lower_u", "cqlsh {H} 9042 -u {U} -p {P}\n"),
    ("cypher_shell_lower_p", "cypher-shell -a bolt://{H}:7687 -u {U} -p {P} < gang_links.cypher\n"),
    ("redis_cli_lower_a", "redis-cli -h {H} -a {P} --no-auth-warning INFO keyspace\n"),
    ("rabbitmqctl_add_user_second", "rabbitmqctl add_user {U} {P}\nrabbitmqctl set_permissions -p /jail {U} '.*' '.*' '.*'\n"),
    ("rabbitmqctl_change_password_second", "sudo rabbitmqctl change_password {U} {P}\n"),
    ("mosquitto_pub_capital_p", "mosquitto_pub -h {H} -u {U} -P {P} -t pods/A/door/3 -m unlock\n"),
    ("mosquitto_passwd_batch_third", "mosquitto_passwd -b /etc/mosquitto/passwd {U} {P}\n"),
    ("smbclient_capital_u_percent_pair", "smbclient //{H}/Mugshots -U 'COUNTY\\{U}%{P}' -c 'ls'\n"),
    ("smbmap_lower_p_after_lower_u", "smbmap -H {H} -u {U} -p {P} -d COUNTY\n"),
    ("enum4linux_lower_p", "enum4linux -u {U} -p {P} -a {H}\n"),
    ("medusa_lower_p_single", "medusa -h {H} -u {U} -p {P} -M ssh\n"),
    ("curl_lower_u_colon_pair", "curl -s -u {U}:{P} https://{H}/api/v2/headcount\n"),
    ("httpie_lower_a_colon_pair", "http -a {U}:{P} GET https://{H}/visits/today\n"),
    ("mercurial_clone_url_userinfo", "hg clone https://{U}:{P}@{H}/hg/booking-scripts\n"),
    ("aria2c_ftp_url_userinfo", "aria2c ftp://{U}:{P}@{H}/exports/court_dispo.xml\n"),
    ("lynx_auth_colon_pair", "lynx -dump -auth={U}:{P} https://{H}/status\n"),
    ("sshfs_password_stdin_echo", "echo '{P}' | sshfs {U}@{H}:/exports /mnt/court -o password_stdin\n"),
    ("sudo_capital_s_stdin_echo", "echo '{P}' | sudo -S systemctl restart door-bridge\n"),
    ("passwd_stdin_echo_rhel", "echo '{P}' | passwd --stdin {U}\n"),
    ("usermod_openssl_passwd_sha512_positional", "usermod -p \"$(openssl passwd -6 '{P}')\" {U}\n"),
    ("smbpasswd_printf_twice_stdin", "printf '%s\\n%s\\n' '{P}' \"$NEWPW_CONFIRM\" | smbpasswd -a -s {U}\n"),
    ("ldappasswd_lower_s_new_value", "ldappasswd -H ldap://{H} -x -D cn=admin,dc=county,dc=gov -y /root/.ldap -s {P} uid={U},ou=officers,dc=county,dc=gov\n"),
    ("ldapadd_lower_w_bind", "ldapadd -x -H ldap://{H} -D cn={U},dc=county,dc=gov -w {P} -f new_officers.ldif\n"),
    ("ldapmodify_lower_w_bind", "ldapmodify -x -D uid={U},ou=svc,dc=county,dc=gov -w {P} -f disable_badge.ldif\n"),
    ("wpa_passphrase_second_positional", "wpa_passphrase CTRL-ROOM-B '{P}' >> /etc/wpa_supplicant/wpa_supplicant.conf\n"),
    ("openvpn_auth_user_pass_second_line", "# /etc/openvpn/client/court-link.auth\n{U}\n{P}\n"),
    ("openconnect_stdin_echo", "echo '{P}' | openconnect --user={U} --passwd-on-stdin vpn.courts.example.org\n"),
    ("chap_secrets_third_column", "# client        server  secret              IP addresses\n{U}     *       {P}     *\n"),
    ("racoon_psk_txt_second_column", "# /etc/racoon/psk.txt\n203.0.113.40    {P}\n"),
    ("rsyncd_secrets_colon_pair", "# /etc/rsyncd.secrets\n{U}:{P}\n"),
    ("pgpass_fifth_field", "{H}:5432:offender:{U}:{P}\n"),
    ("postfix_sasl_passwd_colon_pair", "[smtp.county.gov]:587 {U}:{P}\n"),
    ("dovecot_passwd_file_plain_scheme", "{U}:{PLAIN}{P}:5000:5000::/var/mail/{U}\n"),
    ("sendmail_authinfo_capital_p_prefix", "AuthInfo:smtp.county.gov \"U:{U}\" \"P:{P}\" \"M:PLAIN\"\n"),
    ("jmxremote_password_second_column", "# jmxremote.password for the booking JVM\nmonitorRole  {P}\n"),
    ("activemq_users_properties_value", "# users.properties\n{U}={P}\n"),
    ("git_credentials_url_userinfo", "https://{U}:{P}@git.county.internal\n"),
    ("nagios_resource_cfg_user_macro", "$USER1$=/usr/lib/nagios/plugins\n$USER7$={P}\n"),
    ("muttrc_imaps_folder_userinfo", "set folder=\"imaps://{U}:{P}@mail.county.gov/\"\nset spoolfile=+INBOX\n"),
    ("jenkins_cli_auth_colon_pair", "java -jar jenkins-cli.jar -s https://{H}/ -auth {U}:{P} build court-export\n"),
    ("skopeo_src_creds_colon_pair", "skopeo copy --src-creds {U}:{P} docker://{H}/jail/booking:4.2 dir:/tmp/booking\n"),
    ("buildah_login_lower_p", "buildah login -u {U} -p {P} {H}\n"),
    ("nerdctl_login_lower_p", "nerdctl login -u {U} -p {P} {H}\n"),
    ("rdesktop_lower_p_after_lower_u", "rdesktop -u {U} -p {P} -d COUNTY {H}\n"),
    ("xfreerdp_slash_p_colon", "xfreerdp /v:{H} /u:{U} /p:{P} /cert:ignore\n"),
    ("vmrun_guest_gp_flag", "vmrun -T ws -gu {U} -gp {P} runProgramInGuest kiosk.vmx C:\\\\kiosk\\\\reset.bat\n"),
    ("govc_url_env_userinfo", "export GOVC_URL='https://{U}:{P}@{H}/sdk'\ngovc ls /Jail-DC/vm\n"),
    ("ovftool_vi_url_userinfo", "ovftool kiosk-template.ova 'vi://{U}:{P}@{H}/Jail-DC/host/cluster1'\n"),
    ("snmpget_v3_capital_x_privacy", "snmpget -v3 -l authPriv -u {U} -a SHA -A \"$SNMP_AUTH\" -x AES -X {P} {H} sysUpTime.0\n"),
    ("snmpd_conf_create_user_fifth", "createUser {U} SHA \"$AUTHPASS\" AES {P}\n"),
    ("radtest_second_positional", "radtest {U} {P} {H} 0 \"$RADIUS_SHARED\"\n"),
    ("sql_create_user_identified_by", "CREATE USER {U} IDENTIFIED BY {P} DEFAULT TABLESPACE jms_data;\n"),
    ("sql_database_link_identified_by", "CREATE DATABASE LINK courtlink CONNECT TO {U} IDENTIFIED BY {P} USING 'COURTPRD';\n"),
    ("tsql_sp_addlogin_second", "EXEC sp_addlogin '{U}', '{P}', 'TrustLedger';\n"),
    ("cmd_net_user_add_second", "net user {U} {P} /add /domain\n"),
    ("schtasks_rp_after_ru", "schtasks /create /tn PodSync /tr C:\\\\sync\\\\run.cmd /sc hourly /ru COUNTY\\{U} /rp {P}\n"),
    ("imap_login_command_third_token", "C: a1 LOGIN {U} {P}\nS: a1 OK LOGIN completed\n"),
    ("nickserv_identify_argument", "/msg NickServ IDENTIFY {P}\n"),
    ("linphonec_register_third", "linphonec> register sip:{U}@sip.facility.internal sip.facility.internal {P}\n"),
    ("sipsak_lower_a", "sipsak -U -s sip:{U}@sip.facility.internal -a {P} -vv\n"),
    ("sipp_ap_after_au", "sipp -sf uac_auth.xml -au {U} -ap {P} {H}:5060 -m 1\n"),
    ("cvlc_rtsp_url_userinfo", "cvlc 'rtsp://{U}:{P}@{H}:554/Streaming/Channels/101'\n"),
    ("python_pymssql_connect_third_positional", "conn = pymssql.connect('{H}', '{U}', '{P}', 'JailDW')\n"),
    ("python_cx_oracle_connect_second", "con = cx_Oracle.connect('{U}', '{P}', 'jms-db01/JAILPRD')\n"),
    ("python_exchangelib_credentials_second", "creds = Credentials('COUNTY\\\\{U}', '{P}')\naccount = Account('records@county.gov', credentials=creds, autodiscover=True)\n"),
    ("python_aiosmtplib_login_second", "await smtp.connect()\nawait smtp.login('{U}', '{P}')\n"),
    ("python_pika_plaincredentials_second", "creds = pika.PlainCredentials('{U}', '{P}')\n"),
    ("python_pysnmp_usmuserdata_second", "user = UsmUserData('{U}', '{P}', authProtocol=usmHMACSHAAuthProtocol)\n"),
    ("python_httpx_basicauth_second", "auth = httpx.BasicAuth('{U}', '{P}')\n"),
    ("python_requests_ntlm_second", "r = requests.get(url, auth=HttpNtlmAuth('COUNTY\\\\{U}', '{P}'))\n"),
    ("python_pymongo_client_uri", "client = MongoClient('mongodb://{U}:{P}@{H}:27017/?authSource=admin')\n"),
    ("micropython_wlan_connect_second", "wlan = network.WLAN(network.STA_IF)\nwlan.connect('POD-SENSORS', '{P}')\n"),
    ("circuitpython_wifi_radio_connect_second", "wifi.radio.connect('YARD-CAMS', '{P}')\n"),
    ("node_ldapjs_bind_second", "client.bind('uid={U},ou=svc,dc=county,dc=gov', '{P}', (err) => { if (err) throw err; });\n"),
    ("node_nodemailer_smtps_url", "const t = nodemailer.createTransport('smtps://{U}:{P}@smtp.county.gov');\n"),
    ("node_mongoose_connect_srv_url", "await mongoose.connect('mongodb+srv://{U}:{P}@cluster0.jail.example.org/visits');\n"),
    ("scala_slick_database_forurl_third", "val db = Database.forURL(\"jdbc:postgresql://{H}/offender\", \"{U}\", \"{P}\", driver = \"org.postgresql.Driver\")\n"),
    ("java_httpclient_usernamepasswordcredentials_second", "creds.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(\"{U}\", \"{P}\"));\n"),
    ("java_javamail_transport_connect_third", "transport.connect(\"smtp.county.gov\", \"{U}\", \"{P}\");\n"),
    ("csharp_fluentftp_ctor_third", "var ftp = new FtpClient(\"{H}\", \"{U}\", \"{P}\");\n"),
    ("csharp_mailkit_authenticate_second", "await client.AuthenticateAsync(\"{U}\", \"{P}\");\n"),
    ("go_sql_open_sqlserver_url", "db, err := sql.Open(\"sqlserver\", \"sqlserver://{U}:{P}@{H}?database=JailDW\")\n"),
    ("go_smtp_plainauth_third", "auth := smtp.PlainAuth(\"\", \"{U}\", \"{P}\", \"smtp.county.gov\")\n"),
    ("go_ldap_conn_bind_second", "err = l.Bind(\"uid={U},ou=svc,dc=county,dc=gov\", \"{P}\")\n"),
    ("rust_lettre_credentials_new_second", "let creds = Credentials::new(\"{U}\".to_owned(), \"{P}\".to_owned());\n"),
    ("rust_mysql_opts_from_url", "let opts = Opts::from_url(\"mysql://{U}:{P}@{H}:3306/commissary\")?;\n"),
    ("ruby_net_smtp_start_fifth", "Net::SMTP.start('smtp.county.gov', 587, 'county.gov', '{U}', '{P}', :login) do |smtp|\n"),
    ("ruby_sequel_connect_url", "DB = Sequel.connect('postgres://{U}:{P}@{H}/probation')\n"),
    ("php_pdo_ctor_third", "$pdo = new PDO('mysql:host={H};dbname=visits', '{U}', '{P}');\n"),
    ("php_mysqli_connect_third", "$db = mysqli_connect('{H}', '{U}', '{P}', 'commissary');\n"),
    ("php_ldap_bind_third", "$ok = ldap_bind($conn, 'uid={U},ou=svc,dc=county,dc=gov', '{P}');\n"),
    ("perl_net_smtp_auth_second", "$smtp->auth('{U}', '{P}') or die \"auth failed\";\n"),
    ("elixir_ecto_repo_url", "config :jail, Jail.Repo, url: \"ecto://{U}:{P}@{H}/jail_prod\"\n"),
    ("kotlin_exposed_database_connect_fourth", "Database.connect(\"jdbc:postgresql://{H}/offender\", \"org.postgresql.Driver\", \"{U}\", \"{P}\")\n"),
    ("groovy_sql_newinstance_third", "def sql = Sql.newInstance('jdbc:mysql://{H}/commissary', '{U}', '{P}', 'com.mysql.cj.jdbc.Driver')\n"),
]

B64 = [
    ("http_authorization_basic_header_b64", lambda u, p: "GET /api/pods HTTP/1.1\nHost: door-gw.facility.internal\nAuthorization: Basic " , lambda u, p: base64.b64encode((u + ":" + p).encode()).decode(), "\n\n"),
    ("smtp_auth_plain_inline_b64", lambda u, p: "C: EHLO kiosk07\nS: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN ", lambda u, p: base64.b64encode(("\0" + u + "\0" + p).encode()).decode(), "\nS: 235 2.7.0 Authentication successful\n"),
]

SUFFIXES = ["booking_desk_shell_history", "jail_it_runbook_snippet", "control_room_packet_capture", "court_link_deploy_script"]
USERS = ["jms_svc", "bkadmin", "ctrl_b", "trustops", "visitsched", "courtx", "probsync", "scanops", "kioskadm", "podmon"]
HOSTS = ["jms-db01.county.internal", "10.40.2.17", "vv-gw-02.facility.internal", "court-sftp.county.internal", "172.20.8.5", "trust-db.facility.internal"]


def build(rng, reg):
    recs = []
    allsyn = [(n, t) for n, t in S] + [(n, None) for n, *_ in B64]
    for i, (name, tpl) in enumerate(allsyn):
        u = USERS[i % len(USERS)]
        h = HOSTS[i % len(HOSTS)]
        typ = "cjpw_" + name
        cont = typ + "__" + SUFFIXES[i % len(SUFFIXES)]
        if tpl is not None:
            p = reg.take(lambda: owner_password(rng))
            t = tpl.replace("{U}", u).replace("{H}", h)
            s = t.index("{P}")
            text = t.replace("{P}", p)
            v = p
        else:
            _, pre, enc, post = [b for b in B64 if b[0] == name][0]
            p = reg.take(lambda: owner_password(rng))
            v = reg.take(lambda: enc(u, p))
            head = pre(u, p)
            text = head + v + post
            s = len(head)
        recs.append({"type": typ, "container": cont, "text": text,
                     "secrets": [{"value": v, "start": s, "end": s + len(v), "type": typ}],
                     "source": "password"})
    return recs
