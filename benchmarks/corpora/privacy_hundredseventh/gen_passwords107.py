"""Positional passwords: the value's place in a command, file, protocol or call says it is a password."""
import random
from common107 import owner_password, fill

SEED = 10703
CLI, CFG, PRO, CODE = "farm_ops_terminal_session", "agri_edge_config_excerpt", "field_network_capture", "agtech_source_line"

DROPPED = ['rclone_webdav_connection_string_colon', 'keepalived_auth_pass_line_position', 'fetchmail_poll_user_there_with', 'wvdial_dial_line_positional_cfg', 'cifs_credentials_second_line_bare', 'ppp_peers_user_then_chap_line', 'nut_upsd_users_positional', 'openssl_ca_passin_env_free_pass_colon', 'ftp_acct_after_user_and_pass_two', 'pop3_apop_less_user_pass_sequence', 'memcached_sasl_plain_fields_decoded', 'lorawan_basics_station_tc_uri_userinfo', 'influx_v1_http_userinfo_query']

P = [
 # --- command lines
 ("wpa_passphrase_second_positional", CLI, "pi@pivot-gw:~ $ wpa_passphrase \"pumphouse-5g\" {V} | sudo tee -a /etc/wpa_supplicant/wpa_supplicant.conf"),
 ("unixodbc_isql_third_positional", CLI, "$ isql -v GRAINDSN elevator_ro {V}\n+---------------------------------------+\n| Connected!                            |"),
 ("freetds_tsql_capital_p_after_u", CLI, "$ tsql -S scalehouse.example.net -p 1433 -U ticketsvc -P {V}\nlocale is \"C.UTF-8\""),
 ("mssql_bcp_out_capital_p", CLI, "C:\\> bcp Tickets.dbo.Loads out loads.csv -c -S SCALESQL01 -U bcpuser -P {V}"),
 ("cassandra_nodetool_pw_flag", CLI, "$ nodetool -h 10.4.0.12 -u cassandra_ops -pw {V} status sensor_ks"),
 ("samba_rpcclient_user_percent_pair", CLI, "$ rpcclient -U 'FARMNET\\svc_backup%{V}' 192.0.2.30 -c enumdomusers"),
 ("winexe_user_percent_pair", CLI, "$ winexe -U 'FARMNET/agadmin%{V}' //192.0.2.31 'ipconfig /all'"),
 ("windows_net_use_share_then_secret", CLI, "C:\\> net use Z: \\\\nas01\\yieldmaps {V} /user:FARMNET\\agronomy /persistent:no"),
 ("schtasks_create_rp_switch", CLI, "C:\\> schtasks /create /tn \"GrainSync\" /tr C:\\sync\\run.cmd /sc hourly /ru FARMNET\\svc_sync /rp {V}"),
 ("ssh_keygen_capital_n_new_passphrase", CLI, "$ ssh-keygen -t ed25519 -f ~/.ssh/drone_upload -N {V} -C drone@hangar"),
 ("sevenzip_glued_lower_p_archive", CLI, "$ 7z a -p{V} -mhe=on flight_logs_2024.7z logs/"),
 ("rar_glued_hp_switch", CLI, "> rar a -hp{V} herd_records.rar records\\"),
 ("hydra_lower_p_single_guess", CLI, "$ hydra -l admin -p {V} 192.0.2.44 http-post-form \"/login:u=^USER^&p=^PASS^:F=fail\""),
 ("crackmapexec_smb_lower_p", CLI, "$ crackmapexec smb 192.0.2.0/24 -u farmadmin -p {V} --shares"),
 ("impacket_target_colon_at_host", CLI, "$ secretsdump.py FARMNET/backupop:{V}@192.0.2.10"),
 ("snmpset_v2c_lower_c_community", CLI, "$ snmpset -v2c -c {V} 192.0.2.60 1.3.6.1.4.1.318.1.1.12.3.3.1.1.4.3 i 1"),
 ("hana_hdbsql_lower_p_after_u", CLI, "$ hdbsql -n hana01:30015 -u FARMREPORT -p {V} \"SELECT COUNT(*) FROM HARVEST\""),
 ("vertica_vsql_lower_w_flag", CLI, "$ vsql -h vert01 -U agronomy -w {V} -c 'select 1'"),
 ("netezza_nzsql_pw_flag", CLI, "$ nzsql -host nz01 -d CROPDW -u etl_load -pw {V}"),
 ("teradata_bteq_logon_comma", CLI, "BTEQ -- Enter your SQL request or BTEQ command:\n.logon tdprod/grain_etl,{V};\n*** Logon successfully completed."),
 ("mosquitto_passwd_batch_third", CLI, "$ sudo mosquitto_passwd -b /etc/mosquitto/passwd soilprobe07 {V}"),
 ("redis_cli_lower_a_flag", CLI, "$ redis-cli -h cache.example.net -a {V} --no-auth-warning keys 'bin:*'"),
 ("podman_login_lower_p_flag", CLI, "$ podman login registry.example.org -u ci-farm -p {V}"),
 ("skopeo_src_creds_colon_pair", CLI, "$ skopeo copy --src-creds deploy:{V} docker://registry.example.org/ndvi:1.4 oci:ndvi"),
 ("jenkins_cli_auth_colon_pair", CLI, "$ java -jar jenkins-cli.jar -s http://ci.example.net/ -auth builder:{V} build yield-etl"),
 ("beeline_lower_n_then_lower_p", CLI, "$ beeline -u jdbc:hive2://hive01:10000/agri -n analyst -p {V} -e 'show tables'"),
 ("sentinelsat_cli_lower_p", CLI, "$ sentinelsat -u agro_scout -p {V} -g field_14.geojson --sentinel 2 --cloud 20"),
 ("kinit_here_string_stdin", CLI, "$ kinit svc_yield@FARM.EXAMPLE.NET <<< {V}"),
 ("sudo_capital_s_printf_stdin", CLI, "$ printf '%s\\n' {V} | sudo -S systemctl restart grain-bin-monitor"),
 ("sshfs_password_stdin_echo_pipe", CLI, "$ echo {V} | sshfs agro@192.0.2.70:/srv/imagery /mnt/imagery -o password_stdin"),
 ("ntripclient_bkg_lower_p", CLI, "$ ntripclient -s caster.example.org -r 2101 -m FARM_RTK01 -u rtkuser -p {V}"),
 ("rtklib_str2str_ntrip_userinfo", CLI, "$ str2str -in ntrip://basefarm:{V}@caster.example.org:2101/FARM_RTK01 -out serial://ttyUSB0:115200"),
 ("pgcli_postgresql_url_userinfo", CLI, "$ pgcli postgresql://fieldops:{V}@erp-db.example.net:5432/farm"),
 ("usql_sqlserver_url_userinfo", CLI, "$ usql sqlserver://scaleread:{V}@scalehouse.example.net/Tickets"),
 ("mongosh_plain_mongodb_url_userinfo", CLI, "$ mongosh \"mongodb://herdapp:{V}@mongo01.example.net:27017/herd?authSource=admin\""),
 ("couchdb_curl_http_admin_userinfo", CLI, "$ curl -X PUT http://admin:{V}@127.0.0.1:5984/trace_events"),
 ("smbget_capital_u_percent", CLI, "$ smbget -U 'lab%{V}' smb://192.0.2.33/soil/results.xlsx"),
 ("bacnet_stack_bacdcc_fourth", CLI, "$ ./bacdcc 12001 1 60 {V}\nDeviceCommunicationControl Acknowledged"),
 ("bacnet_stack_bacrd_third", CLI, "$ ./bacrd 12001 0 {V}\nReinitializeDevice Acknowledged"),
 ("lftp_fish_url_userinfo", CLI, "$ lftp fish://drone:{V}@192.0.2.81/incoming"),
 ("ffmpeg_rtmp_url_userinfo", CLI, "$ ffmpeg -i /dev/video0 -f flv rtmp://barncam:{V}@stream.example.net/live/calving"),
 ("git_remote_ssh_url_userinfo", CLI, "$ git remote add farm ssh://deploy:{V}@git.example.net:2222/agri/yield.git"),
 ("svn_checkout_svn_scheme_userinfo", CLI, "$ svn checkout svn://agro:{V}@svn.example.net/fieldmaps/trunk"),
 ("mysqlsh_uri_userinfo_argument", CLI, "$ mysqlsh --sql feedmill:{V}@db.example.net:3306/rations"),
 ("sqlalchemy_engine_cockroachdb_url", CODE, "engine = create_engine(\"cockroachdb://traceapp:{V}@crdb.example.net:26257/epcis\")"),
 ("neo4j_bolt_url_userinfo", CODE, "driver = GraphDatabase.driver(\"bolt://neo4j:{V}@graph.example.net:7687\")"),
 ("node_redis_url_empty_user_colon", CODE, "const client = createClient({ url: 'redis://:{V}@cache.example.net:6379/2' });"),
 ("mongoose_connect_mongodb_url", CODE, "await mongoose.connect('mongodb://orchard:{V}@mongo02.example.net/orchard');"),
 ("python_opcua_url_userinfo", CODE, "client = Client(\"opc.tcp://operator:{V}@192.0.2.90:4840/greenhouse/\")"),
 ("smtp_url_lettre_from_url", CODE, "let mailer = SmtpTransport::from_url(\"smtps://alerts:{V}@mail.example.net:465\")?.build();"),
 # --- config files by field position
 ("openvpn_auth_user_pass_second_line", CFG, "# /etc/openvpn/client/farm-office.auth\nfieldtech\n{V}\n"),
 ("dovecot_passwd_file_plain_scheme", CFG, "# /etc/dovecot/users\nalerts@farm.example.net:{PLAIN}{V}:5000:5000::/var/vmail/alerts\n"),
 ("lighttpd_plain_user_file_second", CFG, "# /etc/lighttpd/lighttpd.user\nagronomist:{V}\n"),
 ("stunnel_psk_identity_colon_key", CFG, "# /etc/stunnel/psk.txt\nfield-gw-03:{V}\n"),
 ("hostapd_wpa_psk_file_second_column", CFG, "# /etc/hostapd/hostapd.wpa_psk\n00:00:00:00:00:00 {V}\n"),
 ("threeproxy_users_cl_third_field", CFG, "# 3proxy.cfg\nusers scout:CL:{V}\nauth strong\nproxy -p3128\n"),
 ("rtkrcv_inpstr_path_colon_pair", CFG, "# rtkrcv.conf\ninpstr1-type       =ntripcli\ninpstr1-path       =rover:{V}@caster.example.org:2101/FARM_RTK01\n"),
 ("pure_ftpd_pureftpd_passwd_import_second", CFG, "# import list for pure-pw (user:secret:uid:gid:home)\ndrone01:{V}:2001:2001:/srv/drone/./\n"),
 ("cyrus_saslpasswd_echo_stdin", CLI, "$ echo {V} | saslpasswd2 -p -c -u farm.example.net alerts"),
 ("tacacs_server_key_after_host", CFG, "tacacs-server host 192.0.2.5 key {V}\n"),
 ("radius_client_conf_second_column", CFG, "# /etc/radiusclient/servers (server  secret)\n192.0.2.6    {V}\n"),
 ("oracle_wallet_mkstore_create_credential_third", CLI, "$ mkstore -wrl /opt/wallet -createCredential GRAINDW grain_etl {V}"),
 # --- protocols
 ("ntrip_source_line_second_token", PRO, "SOURCE {V} /FARM_RTK01\r\nSource-Agent: NTRIP RTKLIB/2.4.3\r\nSTR: \r\n\r\nICY 200 OK"),
 ("redis_hello_auth_user_then_value", PRO, "127.0.0.1:6379> HELLO 3 AUTH binmon {V} SETNAME bin-north\n1# \"server\" => \"redis\""),
 ("sieve_authenticate_plain_decoded", PRO, "C: AUTHENTICATE \"PLAIN\" {decoded: \\0harvestmail\\0{V}}\nS: OK \"Logged in\""),
 ("smtp_auth_login_second_challenge_decoded", PRO, "S: 334 VXNlcm5hbWU6  (Username:)\nC: alerts   (decoded)\nS: 334 UGFzc3dvcmQ6  (Password:)\nC: {V}   (decoded)\nS: 235 Authentication successful"),
 ("modem_at_cgauth_fourth_field", PRO, "AT+CGDCONT=1,\"IP\",\"m2m.example\"\r\nOK\r\nAT+CGAUTH=1,1,\"farmiot\",\"{V}\"\r\nOK"),
 ("at_qicsgp_apn_fifth_field", PRO, "AT+QICSGP=1,1,\"agri.apn\",\"probe17\",\"{V}\",1\r\nOK"),
 # --- code call positions
 ("python_influxdb_client_fourth_positional", CODE, "client = InfluxDBClient('influx.example.net', 8086, 'telegraf', '{V}', 'fieldsensors')"),
 ("python_paho_username_pw_set_second", CODE, "mqttc.username_pw_set(\"soilprobe07\", \"{V}\")"),
 ("python_cx_oracle_connect_second", CODE, "conn = cx_Oracle.connect(\"grain_etl\", \"{V}\", \"tdw01/GRAINPDB\")"),
 ("python_pymssql_connect_third", CODE, "conn = pymssql.connect(\"scalehouse.example.net\", \"ticketsvc\", \"{V}\", \"Tickets\")"),
 ("python_requests_auth_tuple_second", CODE, "r = requests.get(f\"{base}/api/v2/fields\", auth=(\"agro_api\", \"{V}\"), timeout=30)"),
 ("python_httpx_basicauth_second", CODE, "auth = httpx.BasicAuth(\"traceuser\", \"{V}\")"),
 ("python_pysmb_smbconnection_second", CODE, "conn = SMBConnection(\"yieldmaps\", \"{V}\", \"etl-box\", \"NAS01\", use_ntlm_v2=True)"),
 ("python_exchangelib_credentials_second", CODE, "creds = Credentials(\"orders@coop.example.net\", \"{V}\")"),
 ("python_mysqldb_connect_third_positional", CODE, "db = MySQLdb.connect(\"db.example.net\", \"feedmill\", \"{V}\", \"rations\")"),
 ("python_pydap_setup_session_second", CODE, "session = setup_session(\"agro_scout\", \"{V}\", check_url=url)"),
 ("node_sequelize_ctor_third", CODE, "const sequelize = new Sequelize('harvest', 'harvest_app', '{V}', { host: 'db.example.net', dialect: 'mariadb' });"),
 ("node_ldapjs_bind_second", CODE, "client.bind('cn=svc-trace,ou=apps,dc=coop,dc=example', '{V}', (err) => done(err));"),
 ("java_mongocredential_create_third", CODE, "MongoCredential cred = MongoCredential.createCredential(\"herdapp\", \"admin\", \"{V}\".toCharArray());"),
 ("java_jedispool_fifth_positional", CODE, "JedisPool pool = new JedisPool(cfg, \"cache.example.net\", 6379, 2000, \"{V}\");"),
 ("java_keystore_load_second", CODE, "ks.load(new FileInputStream(\"gateway.p12\"), \"{V}\".toCharArray());"),
 ("csharp_networkcredential_second", CODE, "var cred = new NetworkCredential(\"svc_scale\", \"{V}\", \"FARMNET\");"),
 ("csharp_x509certificate2_ctor_second", CODE, "var cert = new X509Certificate2(\"epcis-client.pfx\", \"{V}\");"),
 ("go_jlaffaye_ftp_login_second", CODE, "if err := c.Login(\"flightlogs\", \"{V}\"); err != nil { return err }"),
 ("go_ldap_conn_bind_second", CODE, "err = l.Bind(\"cn=svc-yield,ou=apps,dc=farm,dc=example\", \"{V}\")"),
 ("go_gomail_newdialer_fourth", CODE, "d := gomail.NewDialer(\"smtp.example.net\", 587, \"alerts@farm.example.net\", \"{V}\")"),
 ("php_imap_open_third", CODE, "$mbox = imap_open('{imap.example.net:993/imap/ssl}INBOX', 'scaletickets', '{V}');"),
 ("php_amqpstreamconnection_fourth", CODE, "$conn = new AMQPStreamConnection('mq.example.net', 5672, 'trace_pub', '{V}');"),
 ("php_oci_connect_second", CODE, "$c = oci_connect('grain_etl', '{V}', 'tdw01/GRAINPDB');"),
 ("ruby_net_smtp_start_fifth", CODE, "Net::SMTP.start('smtp.example.net', 587, 'farm.example.net', 'alerts', '{V}', :plain) { |s| s.send_message(msg, from, to) }"),
 ("ruby_net_pop3_start_fourth", CODE, "Net::POP3.start('pop.example.net', 110, 'scaletickets', '{V}') { |pop| pop.each_mail { |m| handle(m) } }"),
 ("ruby_pg_connect_seventh_positional", CODE, "conn = PG.connect('erp-db.example.net', 5432, nil, nil, 'farm', 'fieldops', '{V}')"),
 ("perl_net_ssh_perl_login_second", CODE, "$ssh->login('agro', '{V}');"),
 ("perl_net_smtp_auth_second", CODE, "$smtp->auth('alerts@farm.example.net', '{V}');"),
 ("lua_luasql_env_connect_third", CODE, "local con = assert(env:connect(\"telemetry\", \"gw_writer\", \"{V}\", \"192.0.2.40\"))"),
 ("arduino_wifi_begin_second", CODE, "WiFi.begin(\"pumphouse-2g\", \"{V}\");"),
 ("arduino_wifi_softap_second", CODE, "WiFi.softAP(\"ValveCtl-Setup\", \"{V}\");"),
 ("arduino_pubsubclient_connect_third", CODE, "if (mqtt.connect(\"valve-07\", \"valve07\", \"{V}\")) { mqtt.subscribe(\"pivot/cmd\"); }"),
 ("esp8266_httpupdateserver_setup_fourth", CODE, "httpUpdater.setup(&server, \"/firmware\", \"admin\", \"{V}\");"),
 ("blynk_begin_third_wifi", CODE, "Blynk.begin(BLYNK_AUTH_TOKEN, \"greenhouse-ap\", \"{V}\");"),
]


def generate():
    rng = random.Random(SEED)
    recs = []
    for name, suf, tpl in P:
        v = owner_password(rng)
        if "{V}" not in tpl:
            continue
        # protect literal braces used by the template language
        t = tpl.replace("{PLAIN}", "\ue001").replace("{imap.", "\ue002").replace("{decoded:", "\ue003").replace("{ ", "\ue004").replace("{base}", "\ue005")
        text, s, e = fill(t, v)
        back = {"\ue001": "{PLAIN}", "\ue002": "{imap.", "\ue003": "{decoded:", "\ue004": "{ ", "\ue005": "{base}"}
        # restore markers (all before/after; lengths equal only if marker len 1 -> recompute)
        pre, post = text[:s], text[e:]
        for k, b in back.items():
            pre, post = pre.replace(k, b), post.replace(k, b)
        text = pre + v + post
        s, e = len(pre), len(pre) + len(v)
        recs.append({"type": name, "container": name + "__" + suf, "text": text,
                     "secrets": [{"value": v, "start": s, "end": e, "type": name}], "source": "password"})
    return recs


TYPE_NAMES = [p[0] for p in P if "{V}" in p[2]]
SUFFIXES = [CLI, CFG, PRO, CODE]
