"""Positional passwords: a password passed without a telling `password=` key."""
import base64

from common165 import PW_PREFIX, fill, password, span_record

SUFFIX = {
    "sh": "dispatch_admin_shell_history",
    "code": "ems_app_source_snippet",
    "file": "station_server_config_file",
    "wire": "cad_network_trace",
}

USERS = ["cadsvc", "epcr_sync", "alerting", "dispatch_rpt", "mdtadmin", "gisadmin",
         "paging", "nemsis_up", "hydrantsvc", "radiogw", "staffing", "alirelay"]
HOSTS = ["cad-db01.dispatch.internal", "epcr-sync.ems.internal", "alert-hub.sta07.local",
         "gis-app02.countyfire.internal", "issi-gw.dispatch.internal", "nemsis-bridge.ems.internal",
         "paging-gw.dispatch.internal", "records01.countyfire.internal", "10.40.2.17", "172.20.14.9"]

# (syntax, category, template) ; ⟦U⟧ user, ⟦H⟧ host, ⟦V⟧ the labelled value
SYNTAXES = [
    # --- database command lines
    ("mysql_client_glued_lower_p", "sh", "mysql -h ⟦H⟧ -u ⟦U⟧ -p⟦V⟧ cad_history -e 'SELECT COUNT(*) FROM incidents'"),
    ("mysqldump_glued_lower_p", "sh", "mysqldump -h ⟦H⟧ -u ⟦U⟧ -p⟦V⟧ --single-transaction preplan > preplan_$(date +%F).sql"),
    ("psql_positional_url_userinfo", "sh", "psql postgresql://⟦U⟧:⟦V⟧@⟦H⟧:5432/nfirs -c '\\dt'"),
    ("sqlplus_cli_slash_logon_tns_alias", "sh", "sqlplus -s ⟦U⟧/⟦V⟧@CADPROD @nightly_unit_times.sql"),
    ("rman_target_slash_logon", "sh", "rman target ⟦U⟧/⟦V⟧@CADPROD cmdfile=backup_cad.rman log=/var/log/rman_cad.log"),
    ("sqlldr_userid_slash_logon", "sh", "sqlldr userid=⟦U⟧/⟦V⟧@CADRPT control=hydrants.ctl log=hydrants.log"),
    ("sybase_isql_capital_p_after_capital_u", "sh", "isql -U⟦U⟧ -P⟦V⟧ -S CADSYB -D fire_legacy -i purge_old_runs.sql"),
    ("osql_capital_p_after_capital_u", "sh", "osql -S ⟦H⟧ -U ⟦U⟧ -P ⟦V⟧ -d CadHistory -Q \"EXEC dbo.usp_unit_summary\""),
    ("mongosh_connection_string_userinfo", "sh", "mongosh \"mongodb://⟦U⟧:⟦V⟧@⟦H⟧:27017/avl?authSource=admin\""),
    ("cqlsh_lower_p_after_lower_u", "sh", "cqlsh ⟦H⟧ 9042 -u ⟦U⟧ -p ⟦V⟧ -e 'SELECT * FROM avl.positions LIMIT 5'"),
    ("cypher_shell_lower_p_after_lower_u", "sh", "cypher-shell -a neo4j://⟦H⟧:7687 -u ⟦U⟧ -p ⟦V⟧ 'MATCH (h:Hydrant) RETURN count(h)'"),
    ("redis_cli_lower_a", "sh", "redis-cli -h ⟦H⟧ -a ⟦V⟧ --no-auth-warning XLEN unit_status"),
    ("rabbitmqadmin_lower_p_after_lower_u", "sh", "rabbitmqadmin -H ⟦H⟧ -u ⟦U⟧ -p ⟦V⟧ list queues name messages"),
    ("nagios_check_mysql_lower_p", "file", "define command {\n    command_name check_cad_db\n    command_line $USER1$/check_mysql -H ⟦H⟧ -u ⟦U⟧ -p ⟦V⟧ -d cad_history\n}"),
    # --- SQL statements
    ("sql_create_user_identified_by", "file", "-- provisioning for the reporting replica\nCREATE USER '⟦U⟧'@'10.40.%' IDENTIFIED BY '⟦V⟧';\nGRANT SELECT ON cad_history.* TO '⟦U⟧'@'10.40.%';"),
    ("oracle_alter_user_identified_by", "file", "ALTER USER ⟦U⟧ IDENTIFIED BY \"⟦V⟧\" ACCOUNT UNLOCK;"),
    ("sql_server_sp_addlogin_second", "file", "EXEC sp_addlogin '⟦U⟧', '⟦V⟧', 'CadHistory';"),
    ("redis_acl_setuser_gt_prefix", "sh", "redis-cli ACL SETUSER ⟦U⟧ on >⟦V⟧ ~unit:* +@read"),
    ("sqlcipher_pragma_key_quoted", "code", "-- open the offline pre-plan cache on the MDT\nPRAGMA key = '⟦V⟧';\nSELECT count(*) FROM preplan_buildings;"),
    # --- file transfer / remote shells
    ("sshpass_lower_p", "sh", "sshpass -p '⟦V⟧' ssh ⟦U⟧@⟦H⟧ 'systemctl restart station-alert'"),
    ("smbclient_capital_u_percent_pair", "sh", "smbclient //records01/ncic_exports -U ⟦U⟧%⟦V⟧ -c 'get run_reports.zip'"),
    ("smbclient_trailing_password_positional", "sh", "smbclient //fileserv01/preplans ⟦V⟧ -U ⟦U⟧ -c 'ls'"),
    ("ncftpls_ftp_url_userinfo", "sh", "ncftpls -l ftp://⟦U⟧:⟦V⟧@⟦H⟧/outbound/nfirs/"),
    ("lftp_open_sftp_url_userinfo", "sh", "lftp sftp://⟦U⟧:⟦V⟧@⟦H⟧ -e 'mirror --reverse ./nemsis /inbound; bye'"),
    ("aria2c_ftp_url_userinfo", "sh", "aria2c ftp://⟦U⟧:⟦V⟧@⟦H⟧/maps/hydrants_2024.gpkg"),
    ("curl_smtps_url_userinfo", "sh", "curl --ssl-reqd smtps://⟦U⟧:⟦V⟧@smtp.countyfire.example:465 --mail-from alerts@countyfire.example --mail-rcpt bc2@countyfire.example -T page.eml"),
    ("git_clone_https_url_userinfo", "sh", "git clone https://⟦U⟧:⟦V⟧@git.countyfire.example/dispatch/cad-interface.git"),
    ("git_credentials_file_url_line", "file", "https://⟦U⟧:⟦V⟧@git.countyfire.example"),
    ("xfreerdp_slash_p_colon", "sh", "xfreerdp /v:⟦H⟧ /u:⟦U⟧ /p:⟦V⟧ /cert:ignore +clipboard"),
    ("rdesktop_lower_p_after_lower_u", "sh", "rdesktop -u ⟦U⟧ -p ⟦V⟧ -g 1600x900 ⟦H⟧"),
    ("net_user_add_second_positional", "sh", "C:\\> net user ⟦U⟧ ⟦V⟧ /add /comment:\"MDT kiosk account\""),
    ("ssh_askpass_script_echo", "file", "#!/bin/sh\n# /usr/local/bin/askpass-cad.sh  (SSH_ASKPASS helper)\necho '⟦V⟧'"),
    ("kinit_stdin_echo", "sh", "echo '⟦V⟧' | kinit ⟦U⟧@DISPATCH.COUNTY.EXAMPLE"),
    ("passwd_stdin_flag_echo", "sh", "echo '⟦V⟧' | passwd --stdin ⟦U⟧"),
    ("smbpasswd_s_stdin_twice", "sh", "printf '⟦V⟧\\n%s\\n' \"$REPEAT\" | smbpasswd -a -s ⟦U⟧"),
    ("openconnect_passwd_on_stdin_echo", "sh", "echo '⟦V⟧' | openconnect --passwd-on-stdin -u ⟦U⟧ vpn.countyfire.example"),
    ("sshfs_password_stdin_echo", "sh", "echo '⟦V⟧' | sshfs -o password_stdin ⟦U⟧@⟦H⟧:/srv/preplans /mnt/preplans"),
    ("cryptsetup_open_key_file_stdin", "sh", "echo -n '⟦V⟧' | cryptsetup luksOpen /dev/sdb1 mdt_data -d -"),
    ("gpg_passphrase_fd_zero_echo", "sh", "echo '⟦V⟧' | gpg --batch --yes --passphrase-fd 0 -d nfirs_q3.tar.gpg > nfirs_q3.tar"),
    # --- archives / documents / keystores
    ("zip_capital_p_flag", "sh", "zip -r -P ⟦V⟧ pcr_export_oct.zip ./pcr_export_oct"),
    ("unzip_capital_p_flag", "sh", "unzip -P ⟦V⟧ cad_vendor_patch_7.4.2.zip -d /opt/cad/patches"),
    ("unrar_glued_lower_p", "sh", "unrar x -p⟦V⟧ radio_codeplugs.rar ./codeplugs/"),
    ("pdftk_input_pw_after_file", "sh", "pdftk preplan_2231_main_st.pdf input_pw ⟦V⟧ output preplan_2231_open.pdf"),
    ("openssl_pkcs12_passout_pass_prefix", "sh", "openssl pkcs12 -export -in mdt.crt -inkey mdt.key -out mdt-e14.p12 -passout pass:⟦V⟧"),
    ("jarsigner_storepass_flag", "sh", "jarsigner -keystore epcr-release.jks -storepass ⟦V⟧ epcr-tablet.apk epcr"),
    ("apksigner_ks_pass_pass_prefix", "sh", "apksigner sign --ks preplan.jks --ks-pass pass:⟦V⟧ --out preplan-signed.apk preplan.apk"),
    # --- network devices / protocols
    ("snmpget_v2c_lower_c_community", "sh", "snmpget -v2c -c ⟦V⟧ 10.7.0.1 IF-MIB::ifOperStatus.3"),
    ("ios_snmp_server_community_ro", "file", "! station 7 core switch\nsnmp-server community ⟦V⟧ RO 10\nsnmp-server location Station 7 bay"),
    ("radtest_second_positional", "sh", "radtest ⟦U⟧ ⟦V⟧ radius01.countyfire.internal 0 testing-nas"),
    ("ldappasswd_lower_s_new_value", "sh", "ldappasswd -H ldaps://dc01.countyfire.internal -D 'cn=admin,dc=countyfire,dc=internal' -W -s ⟦V⟧ 'uid=⟦U⟧,ou=svc,dc=countyfire,dc=internal'"),
    ("esp_at_cwjap_second_quoted", "wire", ">> AT+CWMODE=1\n<< OK\n>> AT+CWJAP=\"STA07-BAY\",\"⟦V⟧\"\n<< WIFI CONNECTED\n<< WIFI GOT IP"),
    ("imap_login_command_third_token", "wire", "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] mail.countyfire.example ready\na1 LOGIN ⟦U⟧ ⟦V⟧\na1 OK LOGIN completed"),
    ("nut_upsmon_monitor_line_fourth_field", "file", "# /etc/nut/upsmon.conf (station 12)\nMONITOR bayups@localhost 1 upsmon ⟦V⟧ primary\nSHUTDOWNCMD \"/sbin/shutdown -h +0\""),
    ("nagios_check_http_lower_a_colon_pair", "file", "define command {\n    command_name check_paging_gw\n    command_line $USER1$/check_http -H paging-gw -S -u /health -a ⟦U⟧:⟦V⟧\n}"),
    ("vlc_rtsp_url_userinfo", "sh", "cvlc rtsp://⟦U⟧:⟦V⟧@10.7.0.40:554/Streaming/Channels/101 --sout file/ts:baycam.ts"),
    ("cups_lpadmin_smb_device_uri_userinfo", "sh", "lpadmin -p sta12_ripnrun -E -v smb://⟦U⟧:⟦V⟧@printsrv/STA12-RIP -m everywhere"),
    ("mosquitto_sub_capital_l_url_userinfo", "sh", "mosquitto_sub -L mqtts://⟦U⟧:⟦V⟧@⟦H⟧:8883/station/07/bay/doors -v"),
    ("hivemq_mqtt_cli_pw_after_lower_u", "sh", "mqtt sub -h ⟦H⟧ -p 8883 -s -u ⟦U⟧ -pw ⟦V⟧ -t 'apparatus/+/status'"),
    ("sipp_ap_after_au", "sh", "sipp -sf register.xml -au ⟦U⟧ -ap ⟦V⟧ -s 4101 sbc.dispatch.internal"),
    ("linphonec_register_third", "sh", "linphonec> register sip:4101@sbc.dispatch.internal sip:sbc.dispatch.internal ⟦V⟧"),
    ("kamctl_add_second_positional", "sh", "kamctl add 4107@dispatch.internal ⟦V⟧"),
    # --- service admin CLIs
    ("rabbitmqctl_add_user_second", "sh", "rabbitmqctl add_user ⟦U⟧ ⟦V⟧ && rabbitmqctl set_permissions -p /cad ⟦U⟧ '.*' '.*' '.*'"),
    ("mosquitto_passwd_b_third", "sh", "mosquitto_passwd -b /etc/mosquitto/passwd ⟦U⟧ ⟦V⟧"),
    ("ejabberdctl_register_third", "sh", "ejabberdctl register ⟦U⟧ chat.dispatch.internal ⟦V⟧"),
    ("prosodyctl_register_third", "sh", "prosodyctl register ⟦U⟧ xmpp.countyfire.internal ⟦V⟧"),
    ("elasticsearch_users_useradd_lower_p", "sh", "bin/elasticsearch-users useradd ⟦U⟧ -p ⟦V⟧ -r cad_reader"),
    ("grafana_cli_reset_admin_positional", "sh", "grafana-cli admin reset-admin-password ⟦V⟧"),
    ("jenkins_cli_auth_colon_pair", "sh", "java -jar jenkins-cli.jar -s https://ci.countyfire.internal/ -auth ⟦U⟧:⟦V⟧ build nemsis-export"),
    ("drush_user_password_second", "sh", "drush user:password ⟦U⟧ \"⟦V⟧\""),
    ("slappasswd_lower_s", "sh", "slappasswd -h {SSHA} -s ⟦V⟧"),
    ("azure_cli_login_lower_p_after_lower_u", "sh", "az login -u ⟦U⟧@countyfire.example -p ⟦V⟧"),
    ("cf_auth_second_positional", "sh", "cf auth ⟦U⟧ ⟦V⟧ && cf target -o county-ems -s prod"),
    ("oc_login_lower_p_after_lower_u", "sh", "oc login https://api.ocp.countyfire.internal:6443 -u ⟦U⟧ -p ⟦V⟧"),
    ("helm_registry_login_lower_p", "sh", "helm registry login registry.dispatch.internal -u ⟦U⟧ -p ⟦V⟧"),
    ("skopeo_src_creds_colon_pair", "sh", "skopeo copy --src-creds ⟦U⟧:⟦V⟧ docker://registry.dispatch.internal/cad/api:7.4 oci:cad-api"),
    ("composer_config_http_basic_third", "sh", "composer config http-basic.satis.countyfire.example ⟦U⟧ ⟦V⟧"),
    ("yarnrc_npm_auth_ident_colon_pair", "file", "npmRegistryServer: \"https://npm.countyfire.internal\"\nnpmAuthIdent: \"⟦U⟧:⟦V⟧\"\nnpmAlwaysAuth: true"),
    ("pip_install_index_url_userinfo", "sh", "pip install --index-url https://⟦U⟧:⟦V⟧@pypi.countyfire.internal/simple/ nemsis-tools==3.5.1"),
    ("httpie_lower_a_colon_pair", "sh", "http -a ⟦U⟧:⟦V⟧ GET https://⟦H⟧/api/units/status"),
    ("apache_bench_capital_a_colon_pair", "sh", "ab -n 500 -c 20 -A ⟦U⟧:⟦V⟧ https://alert-hub.sta07.local/api/tones"),
    # --- files by position
    ("openvpn_auth_user_pass_file_second_line", "file", "⟦U⟧\n⟦V⟧"),
    ("vsftpd_virtual_users_even_line", "file", "nfirs_drop\n⟦V⟧\n"),
    ("dovecot_passwd_file_plain_scheme", "file", "⟦U⟧:{PLAIN}⟦V⟧:5000:5000::/var/mail/⟦U⟧"),
    ("postfix_sasl_passwd_map_user_colon", "file", "[smtp.countyfire.example]:587 ⟦U⟧:⟦V⟧"),
    ("muttrc_folder_imaps_url_userinfo", "file", "set folder = \"imaps://⟦U⟧:⟦V⟧@mail.countyfire.example:993/\"\nset spoolfile = \"+INBOX\""),
    ("rsyncd_secrets_user_colon_pair", "file", "# /etc/rsyncd.secrets\n⟦U⟧:⟦V⟧"),
    # --- library call positions
    ("python_mysqldb_connect_third_positional", "code", "import MySQLdb\ndb = MySQLdb.connect(\"⟦H⟧\", \"⟦U⟧\", \"⟦V⟧\", \"cad_history\")"),
    ("python_pymssql_connect_third", "code", "conn = pymssql.connect(\"⟦H⟧\", \"⟦U⟧\", \"⟦V⟧\", \"CadHistory\")"),
    ("python_cx_oracle_connect_second", "code", "con = cx_Oracle.connect(\"⟦U⟧\", \"⟦V⟧\", \"cad-db01.dispatch.internal/CADPROD\")"),
    ("python_ldap_simple_bind_s_second", "code", "l = ldap.initialize(\"ldaps://dc01.countyfire.internal\")\nl.simple_bind_s(\"uid=⟦U⟧,ou=svc,dc=countyfire,dc=internal\", \"⟦V⟧\")"),
    ("python_httpx_basicauth_second", "code", "auth = httpx.BasicAuth(\"⟦U⟧\", \"⟦V⟧\")\nr = httpx.get(\"https://⟦H⟧/api/hydrants\", auth=auth)"),
    ("python_paho_username_pw_set_second", "code", "client = mqtt.Client(client_id=\"sta07-bay\")\nclient.username_pw_set(\"⟦U⟧\", \"⟦V⟧\")\nclient.connect(\"⟦H⟧\", 8883)"),
    ("python_pika_url_parameters_userinfo", "code", "params = pika.URLParameters(\"amqps://⟦U⟧:⟦V⟧@⟦H⟧:5671/cad\")"),
    ("python_kombu_connection_url_userinfo", "code", "with Connection(\"amqp://⟦U⟧:⟦V⟧@⟦H⟧:5672//\") as conn:\n    conn.ensure_connection(max_retries=3)"),
    ("python_keyring_set_password_third", "code", "keyring.set_password(\"cad-interface\", \"⟦U⟧\", \"⟦V⟧\")"),
    ("python_zipfile_setpassword_bytes", "code", "with zipfile.ZipFile(\"pcr_batch.zip\") as zf:\n    zf.setpassword(b\"⟦V⟧\")\n    zf.extractall(\"/tmp/pcr\")"),
    ("python_pypdf_decrypt_single", "code", "reader = PdfReader(\"preplan_2231.pdf\")\nif reader.is_encrypted:\n    reader.decrypt(\"⟦V⟧\")"),
    ("python_telnetlib_write_after_prompt", "code", "tn = telnetlib.Telnet(\"10.7.0.12\")\ntn.read_until(b\"login: \")\ntn.write(b\"⟦U⟧\\n\")\ntn.read_until(b\": \")\ntn.write(b\"⟦V⟧\\n\")"),
    ("node_nodemailer_smtp_url_userinfo", "code", "const transport = nodemailer.createTransport('smtps://⟦U⟧:⟦V⟧@smtp.countyfire.example');"),
    ("node_mqtt_connect_url_userinfo", "code", "const client = mqtt.connect('mqtts://⟦U⟧:⟦V⟧@⟦H⟧:8883');"),
    ("node_mongoclient_url_userinfo", "code", "const client = new MongoClient('mongodb://⟦U⟧:⟦V⟧@⟦H⟧:27017/avl');"),
    ("js_btoa_user_colon_pass", "code", "headers: { Authorization: 'Basic ' + btoa('⟦U⟧:⟦V⟧') }"),
    ("java_okhttp_credentials_basic_second", "code", "String credential = Credentials.basic(\"⟦U⟧\", \"⟦V⟧\");"),
    ("java_jsch_setpassword_single", "code", "Session session = jsch.getSession(\"⟦U⟧\", \"⟦H⟧\", 22);\nsession.setPassword(\"⟦V⟧\");"),
    ("java_javamail_transport_connect_third", "code", "transport.connect(\"smtp.countyfire.example\", \"⟦U⟧\", \"⟦V⟧\");"),
    ("java_passwordauthentication_chararray_second", "code", "return new PasswordAuthentication(\"⟦U⟧\", \"⟦V⟧\".toCharArray());"),
    ("csharp_renci_sshclient_ctor_third", "code", "using var ssh = new SshClient(\"⟦H⟧\", \"⟦U⟧\", \"⟦V⟧\");"),
    ("csharp_getbytes_user_colon_pass", "code", "var token = Convert.ToBase64String(Encoding.ASCII.GetBytes(\"⟦U⟧:⟦V⟧\"));"),
    ("go_url_userpassword_second", "code", "u.User = url.UserPassword(\"⟦U⟧\", \"⟦V⟧\")"),
    ("go_ssh_password_single", "code", "cfg := &ssh.ClientConfig{\n\tUser: \"⟦U⟧\",\n\tAuth: []ssh.AuthMethod{ssh.Password(\"⟦V⟧\")},\n}"),
    ("go_smtp_plainauth_third", "code", "auth := smtp.PlainAuth(\"\", \"⟦U⟧\", \"⟦V⟧\", \"smtp.countyfire.example\")"),
    ("rust_lettre_credentials_new_second", "code", "let creds = Credentials::new(\"⟦U⟧\".to_owned(), \"⟦V⟧\".to_owned());"),
    ("rust_ssh2_userauth_password_second", "code", "sess.userauth_password(\"⟦U⟧\", \"⟦V⟧\")?;"),
    ("ruby_faraday_authorization_basic_third", "code", "conn.request :authorization, :basic, '⟦U⟧', '⟦V⟧'"),
    ("ruby_net_smtp_start_fifth", "code", "Net::SMTP.start('smtp.countyfire.example', 587, 'countyfire.example', '⟦U⟧', '⟦V⟧', :login) do |smtp|"),
    ("ruby_net_pop3_start_fourth", "code", "Net::POP3.start('mail.countyfire.example', 110, '⟦U⟧', '⟦V⟧') do |pop|"),
    ("php_pdo_ctor_third", "code", "$pdo = new PDO('mysql:host=⟦H⟧;dbname=preplan', '⟦U⟧', '⟦V⟧');"),
    ("php_ldap_bind_third", "code", "ldap_bind($conn, 'uid=⟦U⟧,ou=svc,dc=countyfire,dc=internal', '⟦V⟧');"),
    ("php_ssh2_auth_password_third", "code", "ssh2_auth_password($session, '⟦U⟧', '⟦V⟧');"),
    ("php_curl_userpwd_colon_pair", "code", "curl_setopt($ch, CURLOPT_USERPWD, '⟦U⟧:⟦V⟧');"),
    ("perl_net_ssh_perl_login_second", "code", "my $ssh = Net::SSH::Perl->new('⟦H⟧');\n$ssh->login('⟦U⟧', '⟦V⟧');"),
    ("perl_net_smtp_auth_second", "code", "$smtp->auth('⟦U⟧', '⟦V⟧') or die 'auth failed';"),
    ("vbscript_adodb_connection_open_third", "code", "Set conn = CreateObject(\"ADODB.Connection\")\nconn.Open \"DSN=CADReporting\", \"⟦U⟧\", \"⟦V⟧\""),
    ("vba_workbooks_open_fifth_positional", "code", "Set wb = Workbooks.Open(\"\\\\fileserv01\\staffing\\overtime.xlsx\", , , , \"⟦V⟧\")"),
    ("vba_worksheet_protect_first_positional", "code", "ActiveSheet.Protect \"⟦V⟧\", DrawingObjects:=True, Contents:=True"),
    ("autoit_runas_third", "code", "RunAs(\"⟦U⟧\", \"COUNTYFIRE\", \"⟦V⟧\", 0, \"C:\\MDT\\mdt-client.exe\")"),
    ("autohotkey_runas_second", "code", "RunAs, ⟦U⟧, ⟦V⟧, COUNTYFIRE\nRun, C:\\CAD\\console.exe"),
    # --- protocol exchanges with Base64
    ("http_authorization_header_basic_b64", "wire", "GET /api/v2/incidents/active HTTP/1.1\nHost: cad-api.dispatch.internal\nAuthorization: Basic ⟦V⟧\nAccept: application/json"),
    ("smtp_auth_plain_initial_response_b64", "wire", "S: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN ⟦V⟧\nS: 235 2.7.0 Authentication successful"),
]

# Written but left out (weakest: a password word in the tool / option name, or a repeat
# of a URL-userinfo / -p idea already covered above); listed in the README as unused.
UNUSED = [
    "gpg_passphrase_fd_zero_echo", "passwd_stdin_flag_echo", "grafana_cli_reset_admin_positional",
    "drush_user_password_second", "sshfs_password_stdin_echo", "openconnect_passwd_on_stdin_echo",
    "python_keyring_set_password_third", "python_paho_username_pw_set_second", "jarsigner_storepass_flag",
    "python_telnetlib_write_after_prompt", "git_clone_https_url_userinfo", "node_mongoclient_url_userinfo",
    "python_kombu_connection_url_userinfo", "slappasswd_lower_s", "ldappasswd_lower_s_new_value",
    "osql_capital_p_after_capital_u", "aria2c_ftp_url_userinfo", "ncftpls_ftp_url_userinfo",
    "php_curl_userpwd_colon_pair",
]

B64_VALUES = {
    "http_authorization_header_basic_b64": lambda u, p: base64.b64encode((u + ":" + p).encode()).decode(),
    "smtp_auth_plain_initial_response_b64": lambda u, p: base64.b64encode(("\0" + u + "\0" + p).encode()).decode(),
}


def build(rng, registry, start_index):
    recs = []
    n = start_index
    for syn, cat, tmpl in SYNTAXES:
        if syn in UNUSED:
            continue
        u = rng.choice(USERS)
        h = rng.choice(HOSTS)
        if syn in B64_VALUES:
            def gen(r, u=u, syn=syn):
                return B64_VALUES[syn](u, password(r))
            value = registry.draw(gen, rng)
        else:
            value = registry.draw(password, rng)
        text = fill(tmpl, U=u, H=h)
        n += 1
        t = PW_PREFIX + syn
        recs.append(span_record("p165-s-%04d" % n, t, t + "__" + SUFFIX[cat], text, value, "password"))
    return recs
