"""Positional password syntaxes: the place of the value says it is a password."""
import random
from common106 import *

SUF = {'cli': 'proptech_ops_terminal_capture', 'cfg': 'property_systems_config_excerpt',
       'proto': 'building_network_wire_capture', 'code': 'proptech_integration_source_line'}

S = [
 # CLI
 ('xfreerdp_slash_p_colon', 'cli', '$ xfreerdp /v:{H} /u:{U} /p:{V} /cert:ignore'),
 ('evil_winrm_lower_p', 'cli', '$ evil-winrm -i 10.20.0.15 -u {U} -p {V}'),
 ('smbmap_lower_p', 'cli', '$ smbmap -H 10.20.0.12 -u {U} -p {V} -d PMCORP'),
 ('enum4linux_lower_p', 'cli', '$ enum4linux -u {U} -p {V} -a 10.20.0.12'),
 ('rabbitmqctl_add_user_second', 'cli', '# rabbitmqctl add_user {U} {V}\nAdding user "{U}" ...'),
 ('rabbitmqadmin_lower_p', 'cli', '$ rabbitmqadmin -H {H} -u {U} -p {V} list queues'),
 ('emqx_ctl_admins_add_third', 'cli', '# emqx ctl admins add {U} {V}\nok'),
 ('couchbase_cli_lower_p', 'cli', '$ couchbase-cli bucket-list -c {H}:8091 -u {U} -p {V}'),
 ('p4_capital_p_global', 'cli', '$ p4 -p ssl:{H}:1666 -u {U} -P {V} changes -m 5'),
 ('tf_exe_login_comma_second', 'cli', '> tf get $/PMSuite/Main /login:PMCORP\\{U},{V} /recursive'),
 ('sipsak_lower_a_auth', 'cli', '$ sipsak -U -C sip:{U}@10.0.3.4 -s sip:{U}@{H} -a {V}'),
 ('espota_lower_a_auth', 'cli', '$ python3 espota.py -i 10.40.2.31 -p 3232 -a {V} -f firmware.bin'),
 ('coap_client_lower_k_psk', 'cli', '$ coap-client -m get -u thermostat-12 -k {V} coaps://10.40.2.9/setpoint'),
 ('snmpget_capital_x_priv', 'cli', '$ snmpget -v3 -l authPriv -u {U} -a SHA -A "$SNMP_AUTH" -x AES -X {V} 10.40.0.5 sysDescr.0'),
 ('ilorest_login_lower_p', 'cli', '$ ilorest login 10.30.0.8 -u {U} -p {V}'),
 ('govc_u_flag_userinfo', "cli", "$ govc ls -u '{U}:{V}@{H}' -k /dc1/vm"),
 ('ovftool_vi_url_userinfo', 'cli', '$ ovftool --noSSLVerify bms-appliance.ova "vi://{U}:{V}@10.30.0.2/DC1/host/cluster1"'),
 ('ibmcloud_login_lower_p', 'cli', '$ ibmcloud login -a cloud.ibm.com -u {U} -p {V} -r us-south'),
 ('swift_v1_capital_k_key', 'cli', '$ swift -A https://{H}/auth/v1.0 -U lease-archive:{U} -K {V} list'),
 ('pvk2pfx_pi_flag', 'cli', '> pvk2pfx -pvk portal.pvk -spc portal.spc -pfx portal.pfx -pi {V}'),
 ('pk12util_capital_w_flag', 'cli', '$ pk12util -i docsign.p12 -d sql:/etc/pki/nssdb -W {V}'),
 ('mcrypt_lower_k_key', 'cli', '$ mcrypt -a rijndael-256 -k {V} rentroll_2024.csv'),
 ('steghide_embed_lower_p', 'cli', '$ steghide embed -cf floorplan.jpg -ef unit_codes.txt -p {V}'),
 ('veracrypt_text_lower_p', 'cli', '$ veracrypt --text --mount /media/leases.hc /mnt/leases -p {V} --pim=0 --non-interactive'),
 ('arj_glued_g_switch', 'cli', 'C:\\> arj a -g{V} closings_q1.arj *.pdf'),
 ('sqsh_capital_p_flag', 'cli', '$ sqsh -S LEGACYPM -U {U} -P {V} -D rentdb'),
 ('etcdctl_user_colon_second', 'cli', '$ etcdctl --endpoints=https://{H}:2379 --user {U}:{V} get /bms/config'),
 ('zookeeper_addauth_digest_colon', 'cli', '[zk: {H}:2181(CONNECTED) 0] addauth digest {U}:{V}'),
 ('wildfly_add_user_sh_lower_p', 'cli', '$ ./bin/add-user.sh -u {U} -p {V} -g admin'),
 ('sapcontrol_user_flag_second_token', 'cli', '$ sapcontrol -nr 00 -host {H} -user {U} {V} -function GetProcessList'),
 ('hdbuserstore_set_fourth', 'cli', '$ hdbuserstore SET REPORTING {H}:30015 {U} {V}'),
 ('realm_join_stdin_echo', 'cli', "$ echo '{V}' | realm join -U {U} pmcorp.example.com"),
 ('radtest_second_positional', 'cli', '$ radtest {U} {V} 10.20.0.3 0 "$NAS_SECRET"'),
 ('httpie_lower_a_pair', 'cli', '$ http -a {U}:{V} GET https://{H}/api/units'),
 ('apachebench_capital_a_pair', 'cli', '$ ab -n 500 -c 20 -A {U}:{V} https://{H}/listings'),
 ('hey_lower_a_pair', 'cli', '$ hey -n 200 -a {U}:{V} https://{H}/search'),
 ('lynx_auth_colon_second', 'cli', '$ lynx -dump -auth={U}:{V} https://{H}/owner/statements'),
 ('orientdb_console_connect_third', 'cli', 'orientdb> CONNECT remote:{H}/leases {U} {V}'),
 ('irc_nickserv_identify_second', 'cli', '/msg NickServ IDENTIFY {U} {V}'),
 ('linphonec_register_third', 'cli', 'linphonec> register sip:{U}@{H} sip:{H} {V}'),
 ('curl_digest_user_colon', 'cli', '$ curl --digest -u {U}:{V} http://10.40.2.44/cgi-bin/thermostat.cgi'),
 ('powershell_convertto_securestring_plain', 'cli', "PS> $sec = ConvertTo-SecureString '{V}' -AsPlainText -Force"),
 ('jmxterm_open_lower_p', 'cli', '$> open {H}:9010 -u {U} -p {V}'),
 # CONFIG
 ('davfs2_secrets_third_column', 'cfg', '# /etc/davfs2/secrets\nhttps://{H}/remote.php/dav/files/{U} {U} {V}'),
 ('ntp_keys_file_third_column', 'cfg', '# /etc/ntp.keys\n 1 M {V}\n'),
 ('pgbouncer_userlist_second_quoted', 'cfg', '# /etc/pgbouncer/userlist.txt\n"{U}" "{V}"\n'),
 ('pgpool_pool_passwd_text_prefix', 'cfg', '# pool_passwd\n{U}:TEXT{V}\n'),
 ('cups_deviceuri_ipp_userinfo', 'cfg', '<Printer LeasingOffice>\nDeviceURI ipps://{U}:{V}@printer.example.net/ipp/print\n</Printer>'),
 ('sendmail_authinfo_p_prefix', 'cfg', 'AuthInfo:smtp.example.com "U:{U}" "I:{U}" "P:{V}" "M:PLAIN"'),
 ('dma_auth_conf_after_host_colon', 'cfg', '# /etc/dma/auth.conf\n{U}|smtp.example.com:{V}\n'),
 ('asterisk_sip_register_colon', 'cfg', '[general]\nregister => {U}:{V}@sip.example.net/2001'),
 ('cisco_snmp_server_community_rw', 'cfg', 'snmp-server community {V} RW 10\nsnmp-server location Tower-B-MDF'),
 ('ipsec_secrets_eap_user_line', 'cfg', '# /etc/ipsec.secrets\n{U} : EAP "{V}"'),
 ('zabbix_agent_psk_file_cat', 'cfg', '$ cat /etc/zabbix/zabbix_agentd.psk\n{V}'),
 ('mqtt_bridge_remote_url_userinfo', 'cfg', 'bridges:\n  - name: bldg4\n    remote: mqtts://{U}:{V}@broker.example.net:8883\n'),
 ('amqps_broker_url_userinfo', 'cfg', 'CELERY_BROKER_URL=amqps://{U}:{V}@mq.example.com:5671/pm'),
 ('nats_server_url_userinfo', 'cfg', 'leafnodes {\n  remotes = [ { url: "nats://{U}:{V}@hub.example.org:7422" } ]\n}'),
 ('socks5h_proxy_url_userinfo', 'cfg', 'ALL_PROXY=socks5h://{U}:{V}@10.9.0.1:1080'),
 ('smb_gvfs_url_userinfo', 'cfg', '[Desktop Entry]\nType=Link\nURL=smb://{U}:{V}@fileserver/leases'),
 ('jdbc_oracle_thin_slash_credential', 'cfg', 'spring.datasource.url=jdbc:oracle:thin:{U}/{V}@//{H}:1521/PMPROD'),
 ('imaps_curl_url_userinfo', 'cfg', '$ curl --url "imaps://{U}:{V}@mail.example.com/INBOX;UID=4411"'),
 ('pop3s_fetch_url_userinfo', 'cfg', 'source = pop3s://{U}:{V}@mail.example.org/'),
 ('clickhouse_dsn_userinfo', 'cfg', 'CH_DSN=clickhouse://{U}:{V}@{H}:9440/rent_analytics?secure=true'),
 ('vnc_url_userinfo_bookmark', 'cfg', 'bms-hmi = vnc://:{V}@10.40.1.20:5900'),
 ('nut_upsmon_monitor_fourth', 'cfg', '# /etc/nut/upsmon.conf\nMONITOR ups@localhost 1 {U} {V} primary'),
 # PROTOCOL
 ('imap_wire_login_third_token', 'proto', 'C: a1 CAPABILITY\nS: * CAPABILITY IMAP4rev1 AUTH=PLAIN\nC: a2 LOGIN {U} {V}\nS: a2 OK LOGIN completed'),
 ('nntp_authinfo_pass_line', 'proto', '> AUTHINFO USER {U}\n< 381 PASS required\n> AUTHINFO PASS {V}\n< 281 Ok'),
 ('amqp_start_ok_plain_response_nul', 'proto', 'AMQP Connection.Start-Ok mechanism=PLAIN response=\\0{U}\\0{V} locale=en_US'),
 ('redis_resp_auth_bulk_third', 'proto', '*3\\r\\n$4\\r\\nAUTH\\r\\n$7\\r\\ndefault\\r\\n$NN\\r\\n{V}\\r\\n'),
 ('freeswitch_esl_auth_line', 'proto', 'Content-Type: auth/request\n\nauth {V}\n\nContent-Type: command/reply\nReply-Text: +OK accepted'),
 ('tshark_mqtt_fields_second_column', 'proto', '$ tshark -r gw.pcap -Y mqtt.msgtype==1 -T fields -e mqtt.username -e mqtt.passwd\n{U}\t{V}'),
 ('irc_server_pass_verb', 'proto', 'PASS {V}\\r\\nNICK bms-alerts\\r\\nUSER bms 0 * :BMS alert bot'),
 # CODE
 ('python_pika_plaincredentials_second', 'code', "creds = pika.PlainCredentials('{U}', '{V}')"),
 ('python_httpdigestauth_second', 'code', "r = requests.get(url, auth=HTTPDigestAuth('{U}', '{V}'))"),
 ('python_aiohttp_basicauth_second', 'code', "auth = aiohttp.BasicAuth('{U}', '{V}')"),
 ('python_nntplib_fourth_positional', 'code', "s = nntplib.NNTP_SSL('{H}', 563, '{U}', '{V}')"),
 ('python_ibm_db_connect_third', 'code', "conn = ibm_db.connect('DATABASE=PMDW;HOSTNAME={H};PORT=50000;', '{U}', '{V}')"),
 ('python_pytds_connect_fourth', 'code', "conn = pytds.connect('{H}', 'YardiExport', '{U}', '{V}')"),
 ('python_hdbcli_connect_fourth', 'code', "conn = dbapi.connect('{H}', 30015, '{U}', '{V}')"),
 ('python_pysnmp_usmuserdata_second', 'code', "user = UsmUserData('{U}', '{V}', authProtocol=usmHMACSHAAuthProtocol)"),
 ('python_odoo_execute_kw_third', 'code', "models.execute_kw('pmcorp', uid, '{V}', 'account.move', 'search_count', [[]])"),
 ('python_zeep_usernametoken_second', 'code', "client = Client(wsdl, wsse=UsernameToken('{U}', '{V}'))"),
 ('python_rets_session_third', 'code', "rets = Session('https://rets.example.net/Login.asmx/Login', '{U}', '{V}', '1.7.2')"),
 ('php_phrets_connect_third', 'code', "$connect = $rets->Connect('https://rets.example.net/Login.asmx/Login', '{U}', '{V}');"),
 ('php_mssql_connect_third', 'code', "$link = mssql_connect('{H}', '{U}', '{V}');"),
 ('php_ibase_connect_third', 'code', "$db = ibase_connect('{H}:/data/rentals.fdb', '{U}', '{V}');"),
 ('java_jedis_auth_first_arg', 'code', 'jedis.auth("{V}");'),
 ('java_datasource_getconnection_second', 'code', 'Connection c = ds.getConnection("{U}", "{V}");'),
 ('scala_slick_forurl_third', 'code', 'val db = Database.forURL("jdbc:postgresql://{H}/leases", "{U}", "{V}", driver = "org.postgresql.Driver")'),
 ('go_winrm_newclient_third', 'code', 'client, err := winrm.NewClient(endpoint, "{U}", "{V}")'),
 ('rust_tiberius_sql_server_second', 'code', 'config.authentication(AuthMethod::sql_server("{U}", "{V}"));'),
 ('rust_reqwest_basic_auth_some', 'code', 'let resp = client.get(url).basic_auth("{U}", Some("{V}")).send().await?;'),
 ('csharp_sshnet_sshclient_third', 'code', 'using var ssh = new SshClient("{H}", "{U}", "{V}");'),
 ('csharp_fluentftp_ctor_third', 'code', 'var ftp = new FtpClient("{H}", "{U}", "{V}");'),
 ('ruby_net_imap_login_second', 'code', "imap.login('{U}', '{V}')"),
 ('ruby_savon_wsse_auth_second', 'code', "client = Savon.client(wsdl: WSDL, wsse_auth: ['{U}', '{V}'])"),
 ('ruby_faraday_basic_fourth', 'code', "conn.request :authorization, :basic, '{U}', '{V}'"),
 ('perl_lwp_credentials_fourth', 'code', "$ua->credentials('{H}:443', 'Owner Portal', '{U}', '{V}');"),
 ('perl_net_telnet_login_second', 'code', "$t->login('{U}', '{V}');"),
 ('c_odbc_sqlconnect_sixth', 'code', 'rc = SQLConnect(hdbc, (SQLCHAR*)"PMDW", SQL_NTS, (SQLCHAR*)"{U}", SQL_NTS, (SQLCHAR*)"{V}", SQL_NTS);'),
 ('r_httr_authenticate_second', 'code', 'res <- GET(url, authenticate("{U}", "{V}"))'),
 ('vbscript_ado_connection_open_third', 'code', 'conn.Open "DSN=YardiRpt", "{U}", "{V}"'),
 ('vba_msxml_open_fifth', 'code', 'xhr.Open "GET", "https://{H}/api/units", False, "{U}", "{V}"'),
 ('tcl_ftp_open_third', 'code', 'set h [ftp::Open {H} {U} {V}]'),
 ('weblogic_wlst_connect_second', 'code', "wls:/offline> connect('{U}', '{V}', 't3://{H}:7001')"),
 ('node_amqplib_connect_userinfo', 'code', "const conn = await amqp.connect('amqp://{U}:{V}@mq.example.com:5672/leasing');"),
 # SQL
]

def build(start_index):
    r = random.Random(10603)
    out = []
    n = start_index
    for name, cat, tpl in S:
        safe = cat == 'cfg' or '{V}@' in tpl or '{V}"' in tpl or ':{V}' in tpl
        v = password(r, seps='-_.' if safe else '-_.!@#+')
        u = r.choice(USERS)
        hst = r.choice(HOSTS)
        t2 = tpl.replace('$NN', '$' + str(len(v)))
        text, s = fill(t2, v, U=u, H=hst)
        out.append(rec('p106-s-%04d' % n, name, name + '__' + SUF[cat], text, s, v, 'password'))
        n += 1
    return out
