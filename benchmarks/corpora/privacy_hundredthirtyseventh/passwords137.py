"""Positional password syntaxes (the place says password) and prose in new languages."""
import random
from common137 import Gen, owner_pw, place, rec

# (syntax, signature, template)  {U} user  {H} host  {V} password
SYNTAXES = [
 ('sqlcmd_capital_p_after_u', 'sqlcmd', 'sqlcmd -S {H} -d CaseMgmt -U {U} -P {V} -Q "EXEC dbo.usp_NightlyCaseRollup"'),
 ('sybase_isql_capital_p', 'sybaseisql', 'isql -U {U} -P {V} -S CEMREC_ASE -D plots -i reindex.sql'),
 ('unixodbc_isql_dsn_third', 'unixodbcisqldsn', 'isql -v PRENEED_DSN {U} {V}'),
 ('bcp_out_capital_p', 'bcpout', 'bcp dbo.Interments out interments.dat -S {H} -U {U} -P {V} -c'),
 ('mysqldump_glued_lower_p', 'mysqldump', 'mysqldump -h {H} -u {U} -p{V} obituaries > obits.sql'),
 ('mysqladmin_glued_lower_p', 'mysqladmin', 'mysqladmin -u {U} -p{V} flush-hosts'),
 ('mariadb_client_glued_lower_p', 'mariadbclient', 'mariadb -h {H} -u {U} -p{V} -e "SELECT COUNT(*) FROM guestbook"'),
 ('psql_uri_userinfo', 'psqluri', 'psql "postgresql://{U}:{V}@{H}:5432/cemetery_gis" -c "\\dt"'),
 ('nzsql_pw_flag', 'nzsql', 'nzsql -host {H} -u {U} -pw {V} -d TRUSTDW'),
 ('sqlplus_slash_logon', 'sqlplus', 'sqlplus {U}/{V}@//{H}:1521/VITALS @load_permits.sql'),
 ('impdp_slash_logon', 'impdp', 'impdp {U}/{V}@FHPROD directory=DP_DIR dumpfile=cases.dmp'),
 ('db2_attach_node_using', 'db2attachnode', 'db2 attach to TRUSTNODE user {U} using {V}'),
 ('clpplus_slash_at', 'clpplus', 'clpplus -nw {U}/{V}@{H}:50000/PRENEED'),
 ('mysqlsh_uri_pair', 'mysqlsh', 'mysqlsh --uri {U}:{V}@{H}:3306 --sql'),
 ('cbq_lower_p_after_u', 'cbq', 'cbq -e couchbase://{H} -u {U} -p {V} -s "SELECT * FROM tributes LIMIT 5"'),
 ('sqlline_lower_p_after_n', 'sqlline', 'sqlline -u jdbc:phoenix:{H} -n {U} -p {V}'),
 ('mongodb_srv_uri_userinfo', 'mongodbsrv', 'mongodump --uri "mongodb+srv://{U}:{V}@{H}/memorials"'),
 ('cypher_shell_lower_p', 'cyphershell', 'cypher-shell -a bolt://{H}:7687 -u {U} -p {V} "MATCH (p:Plot) RETURN count(p)"'),
 ('neo4j_admin_set_initial_positional', 'neo4jadminsetinitial', 'neo4j-admin dbms set-initial-password {V}'),
 ('lftp_u_comma_pair', 'lftp', 'lftp -u {U},{V} sftp://{H} -e "mirror --reverse ./obits /incoming; bye"'),
 ('wget_ftp_url_userinfo', 'wgetftp', 'wget -r ftp://{U}:{V}@{H}/monument_proofs/'),
 ('smbget_upper_u_percent', 'smbget', 'smbget -U {U}%{V} smb://{H}/scans/intake.pdf'),
 ('plink_pw_flag', 'plink', 'plink -ssh {U}@{H} -pw {V} "systemctl restart retort-bridge"'),
 ('pscp_pw_flag', 'pscp', 'pscp -pw {V} cremation_log.csv {U}@{H}:/srv/logs/'),
 ('psftp_pw_flag', 'psftp', 'psftp {U}@{H} -pw {V} -b put_trust_file.txt'),
 ('winscp_open_url_userinfo', 'winscpopen', 'winscp.com /command "open sftp://{U}:{V}@{H}/" "put trust_*.csv /in/" "exit"'),
 ('nmcli_wifi_connect_password_word', 'nmcliwificonnect', 'nmcli dev wifi connect "Chapel-AV" password {V}'),
 ('netsh_wlan_keymaterial_element', 'keymaterial', '<sharedKey>\n  <keyType>passPhrase</keyType>\n  <protected>false</protected>\n  <keyMaterial>{V}</keyMaterial>\n</sharedKey>'),
 ('wpa_supplicant_conf_psk_quoted', 'wpasupplicantconf', 'network={\n    ssid="Crematory-Ops"\n    psk="{V}"\n}'),
 ('ipmitool_capital_p', 'ipmitool', 'ipmitool -I lanplus -H {H} -U {U} -P {V} chassis power cycle'),
 ('racadm_lower_p', 'racadm', 'racadm -r {H} -u {U} -p {V} serveraction graceshutdown'),
 ('xe_pw_flag', 'xecli', 'xe -s {H} -u {U} -pw {V} vm-list'),
 ('vmrun_gp_guest_password', 'vmrun', 'vmrun -T ws -gu {U} -gp {V} runProgramInGuest "C:\\VMs\\arrangement.vmx" "C:\\sync.bat"'),
 ('govc_url_env_userinfo', 'govcurl', 'export GOVC_URL="https://{U}:{V}@{H}/sdk"'),
 ('convertto_securestring_first', 'converttosecurestring', '$sec = ConvertTo-SecureString "{V}" -AsPlainText -Force'),
 ('psexec_lower_p_after_u', 'psexec', 'psexec \\\\CREM-HMI01 -u {U} -p {V} cmd /c "sc stop RetortBridge"'),
 ('net_use_share_then_positional', 'netuse', 'net use Z: \\\\{H}\\caseScans {V} /user:{U} /persistent:no'),
 ('cmdkey_pass_colon', 'cmdkey', 'cmdkey /add:{H} /user:{U} /pass:{V}'),
 ('dsmod_user_pwd_flag', 'dsmod', 'dsmod user "CN=Night Operator,OU=Crematory,DC=fh,DC=local" -pwd {V} -mustchpwd yes'),
 ('openssl_pkcs12_passout_pass', 'opensslpkcs12passout', 'openssl pkcs12 -export -in edrs.crt -inkey edrs.key -out edrs.p12 -passout pass:{V}'),
 ('openssl_enc_lower_k', 'opensslenck', 'openssl enc -aes-256-cbc -pbkdf2 -in trust_ledger.csv -out trust_ledger.enc -k {V}'),
 ('gpg_passphrase_fd_pipe', 'gpgpassphrasefd', 'echo "{V}" | gpg --batch --passphrase-fd 0 -d preneed_batch.csv.gpg'),
 ('sevenzip_glued_lower_p', 'sevenzipa', '7z a -p{V} -mhe=on death_certs_2024.7z ./certs/'),
 ('pdftk_input_pw_keyword', 'pdftk', 'pdftk contract_signed.pdf input_pw {V} output contract_open.pdf'),
 ('jarsigner_storepass_flag', 'jarsigner', 'jarsigner -keystore release.jks -storepass {V} tribute-kiosk.apk upload'),
 ('apksigner_ks_pass_pass', 'apksigner', 'apksigner sign --ks release.jks --ks-pass pass:{V} arrangement-tablet.apk'),
 ('pk12util_capital_w', 'pk12util', 'pk12util -i edrs_client.p12 -d sql:/etc/pki/nssdb -W {V}'),
 ('htpasswd_batch_positional', 'htpasswd', 'htpasswd -b /etc/nginx/.obit_admin {U} {V}'),
 ('chpasswd_colon_pair_stdin', 'chpasswd', "echo '{U}:{V}' | chpasswd"),
 ('passwd_stdin_rhel_pipe', 'passwdstdinrhel', 'echo "{V}" | passwd --stdin {U}'),
 ('pdbedit_stdin_twice', 'pdbedit', "yes '{V}' | head -n 2 | pdbedit -a -t -u {U}"),
 ('sudo_capital_s_stdin', 'sudostdin', 'echo "{V}" | sudo -S systemctl restart obituary-sync'),
 ('doveadm_pw_lower_p', 'doveadm', 'doveadm pw -s SHA512-CRYPT -p {V}'),
 ('mkpasswd_method_positional', 'mkpasswd', 'mkpasswd -m sha-512 {V}'),
 ('openssl_passwd_six_positional', 'opensslpasswd', 'openssl passwd -6 {V}'),
 ('vncpasswd_f_stdin', 'vncpasswd', 'echo "{V}" | vncpasswd -f > ~/.vnc/passwd'),
 ('teamviewer_passwd_subcommand', 'teamviewerpasswd', 'teamviewer passwd {V}'),
 ('anydesk_set_password_stdin', 'anydesksetpassword', 'echo {V} | anydesk --set-password'),
 ('openfortivpn_lower_p', 'openfortivpn', 'openfortivpn {H}:443 -u {U} -p {V}'),
 ('cntlm_lower_p_after_u', 'cntlm', 'cntlm -u {U}@FH -p {V} -l 3128 proxy.fh.local:8080'),
 ('proxychains_conf_fifth_field', 'proxychainsconf', '[ProxyList]\nhttp 10.20.0.5 3128 {U} {V}'),
 ('curl_proxy_user_pair', 'curlproxyuser', 'curl --proxy-user {U}:{V} -x http://10.20.0.5:3128 https://api.example.com/obits'),
 ('http_proxy_env_userinfo', 'httpproxyenv', 'export https_proxy="http://{U}:{V}@10.20.0.5:3128"'),
 ('apt_conf_acquire_proxy_userinfo', 'acquirehttpproxy', 'Acquire::http::Proxy "http://{U}:{V}@10.20.0.5:3128/";'),
 ('pip_index_url_userinfo', 'pipindexurl', 'pip install --index-url https://{U}:{V}@pypi.fh.internal/simple funeral-forms'),
 ('gem_sources_add_userinfo', 'gemsourcesadd', 'gem sources -a https://{U}:{V}@gems.fh.internal/'),
 ('goproxy_env_userinfo', 'goproxyenv', 'go env -w GOPROXY=https://{U}:{V}@goproxy.fh.internal,direct'),
 ('apt_sources_list_userinfo', 'aptsourceslist', 'deb https://{U}:{V}@repo.fh.internal/debian bookworm main'),
 ('yum_repo_baseurl_userinfo', 'yumrepobaseurl', '[fh-internal]\nname=FH internal\nbaseurl=https://{U}:{V}@repo.fh.internal/el9/\ngpgcheck=1'),
 ('fossil_clone_url_userinfo', 'fossilclone', 'fossil clone https://{U}:{V}@{H}/plotmap plotmap.fossil'),
 ('ffmpeg_rtmp_push_userinfo', 'ffmpegrtmppush', 'ffmpeg -re -i service.mp4 -c copy -f flv rtmp://{U}:{V}@{H}/memorial/east'),
 ('srt_url_passphrase_query', 'srtpassphrase', 'srt-live-transmit udp://:5000 "srt://{H}:9000?passphrase={V}&pbkeylen=16"'),
 ('mosquitto_pub_capital_p', 'mosquittopub', 'mosquitto_pub -h {H} -u {U} -P {V} -t retort/2/temp -m 871'),
 ('nats_url_userinfo', 'natsurl', 'nats -s nats://{U}:{V}@{H}:4222 pub cases.created "{}"'),
 ('stomp_connect_passcode_header', 'stompconnect', 'CONNECT\naccept-version:1.2\nhost:/\nlogin:{U}\npasscode:{V}\n\n^@'),
 ('pop3_pass_command', 'pop3passcommand', '+OK POP3 ready\nUSER {U}\n+OK\nPASS {V}\n+OK mailbox has 3 messages'),
 ('ftp_control_pass_command', 'ftpcontrolpass', '220 FileZilla Server\nUSER {U}\n331 Password required\nPASS {V}\n230 Logged on'),
 ('irc_nickserv_identify', 'nickservidentify', '/msg NickServ IDENTIFY {V}'),
 ('irc_oper_second_param', 'ircoper', 'OPER {U} {V}'),
 ('redis_hello_auth_pair', 'redishelloauth', 'HELLO 3 AUTH {U} {V} SETNAME retort-bridge'),
 ('snmptrap_lower_c_community', 'snmptrap', 'snmptrap -v 2c -c {V} {H} "" 1.3.6.1.4.1.8072.2.3.0.1'),
 ('ios_key_chain_key_string', 'keychainkeystring', 'key chain CHAPEL-OSPF\n key 1\n  key-string {V}'),
 ('ios_snmp_server_user_auth_sha', 'snmpserveruser', 'snmp-server user {U} FH-RO v3 auth sha {V}'),
 ('ios_crypto_isakmp_key_address', 'cryptoisakmpkey', 'crypto isakmp key {V} address 203.0.113.44'),
 ('ios_ospf_message_digest_key_md5', 'ospfmessagedigestkey', 'interface Gi0/1\n ip ospf message-digest-key 1 md5 {V}'),
 ('wlc_wpa_psk_ascii', 'wpapskascii', 'wlan CHAPEL-GUEST 3 CHAPEL-GUEST\n security wpa psk set-key ascii {V} 3'),
 ('pap_secrets_third_column', 'papsecrets', '# client    server   secret          IP\n{U}    *    {V}    *'),
 ('ipsec_secrets_psk_quoted', 'ipsecsecretspsk', '203.0.113.44 198.51.100.7 : PSK "{V}"'),
 ('postfix_sasl_passwd_colon_pair', 'postfixsaslpasswd', '[smtp.example.net]:587 {U}:{V}'),
 ('dovecot_passwd_file_plain_scheme', 'dovecotplainscheme', '{U}:{PLAIN}{V}:1001:1001::/var/mail/{U}'),
 ('saslpasswd2_p_stdin', 'saslpasswd2', 'echo "{V}" | saslpasswd2 -p -c -u fh.local {U}'),
 ('ftpasswd_stdin_pipe', 'ftpasswd', 'echo "{V}" | ftpasswd --passwd --name {U} --uid 2001 --home /srv/ftp --shell /bin/false --stdin'),
 ('lighttpd_plain_user_file', 'lighttpdplainuser', '# /etc/lighttpd/lighttpd.user\n{U}:{V}'),
 ('karaf_users_properties_value', 'karafusersproperties', '# etc/users.properties\n{U} = {V},_g_:admingroup'),
 ('jetty_realm_properties_value', 'jettyrealmproperties', '# conf/jetty-realm.properties\n{U}: {V}, admin'),
 ('slapd_conf_rootpw_line', 'slapdconfrootpw', 'database mdb\nsuffix "dc=fh,dc=local"\nrootdn "cn=Manager,dc=fh,dc=local"\nrootpw {V}'),
 ('cloud_init_chpasswd_list_pair', 'cloudinitchpasswdlist', '#cloud-config\nchpasswd:\n  expire: false\n  list: |\n    {U}:{V}'),
 ('sqlalchemy_create_engine_url', 'createengineurl', 'engine = create_engine("mysql+pymysql://{U}:{V}@{H}/preneed")'),
 ('redis_url_empty_user', 'redisurlemptyuser', 'CELERY_BROKER_URL = "redis://:{V}@{H}:6379/2"'),
 ('python_pymysql_connect_third_positional', 'pymysqlconnect', 'conn = pymysql.connect("{H}", "{U}", "{V}", "obituaries")'),
 ('python_pysmb_smbconnection_second', 'smbconnection', 'conn = SMBConnection("{U}", "{V}", "arranger-pc", "FILESRV", use_ntlm_v2=True)'),
 ('python_ldap3_connection_third', 'ldap3connection', 'conn = ldap3.Connection(server, "{U}@fh.local", "{V}", auto_bind=True)'),
 ('python_requests_httpbasicauth_second', 'requestshttpbasicauth', 'r = requests.get(url, auth=HTTPBasicAuth("{U}", "{V}"))'),
 ('python_aiohttp_basicauth_second', 'aiohttpbasicauth', 'auth = aiohttp.BasicAuth("{U}", "{V}")'),
 ('python_poplib_pass_underscore', 'poplibpass', 'box = poplib.POP3_SSL("{H}")\nbox.user("{U}")\nbox.pass_("{V}")'),
 ('python_winrm_session_auth_tuple', 'winrmsession', 's = winrm.Session("{H}", auth=("{U}", "{V}"), transport="ntlm")'),
 ('python_keyring_set_third', 'keyringsetpassword', 'keyring.set_password("edrs-portal", "{U}", "{V}")'),
 ('python_pbkdf2_hmac_second', 'pbkdf2hmac', 'key = hashlib.pbkdf2_hmac("sha256", b"{V}", salt, 600000)'),
 ('java_commons_ftpclient_login_second', 'ftpclientlogin', 'ftp.connect("{H}");\nftp.login("{U}", "{V}");'),
 ('java_smbj_authenticationcontext_second', 'authenticationcontext', 'AuthenticationContext ac = new AuthenticationContext("{U}", "{V}".toCharArray(), "FH");'),
 ('java_keymanagerfactory_init_second', 'keymanagerfactoryinit', 'kmf.init(keyStore, "{V}".toCharArray());'),
 ('java_mongocredential_create_third', 'mongocredential', 'MongoCredential cred = MongoCredential.createCredential("{U}", "admin", "{V}".toCharArray());'),
 ('node_ldapjs_bind_second', 'ldapjsbind', "client.bind('cn={U},ou=svc,dc=fh,dc=local', '{V}', (err) => { if (err) throw err; });"),
 ('node_pbkdf2sync_first', 'pbkdf2sync', "const key = crypto.pbkdf2Sync('{V}', salt, 210000, 32, 'sha512');"),
 ('node_scryptsync_first', 'scryptsync', "const key = crypto.scryptSync('{V}', 'plot-ledger', 32);"),
 ('node_basic_buffer_from_pair', 'basicbufferfrom', "headers.Authorization = 'Basic ' + Buffer.from('{U}:{V}').toString('base64');"),
 ('go_mysql_dsn_colon_pair', 'gomysqldsn', 'db, err := sql.Open("mysql", "{U}:{V}@tcp({H}:3306)/cases?parseTime=true")'),
 ('go_jlaffaye_ftp_login_second', 'jlaffayeftplogin', 'if err := c.Login("{U}", "{V}"); err != nil {\n\tlog.Fatal(err)\n}'),
 ('go_pbkdf2_key_first', 'pbkdf2key', 'dk := pbkdf2.Key([]byte("{V}"), salt, 4096, 32, sha256.New)'),
 ('csharp_networkcredential_second', 'networkcredential', 'client.Credentials = new NetworkCredential("{U}", "{V}");'),
 ('csharp_rfc2898derivebytes_first', 'rfc2898derivebytes', 'using var kdf = new Rfc2898DeriveBytes("{V}", salt, 100000, HashAlgorithmName.SHA256);'),
 ('csharp_x509certificate2_second', 'x509certificate2', 'var cert = new X509Certificate2("edrs_client.pfx", "{V}");'),
 ('php_imap_open_third', 'phpimapopen', '$mbox = imap_open("{imap.example.net:993/imap/ssl}INBOX", "{U}", "{V}");'),
 ('php_openssl_pkey_get_private_second', 'opensslpkeygetprivate', '$key = openssl_pkey_get_private(file_get_contents("edrs.key"), "{V}");'),
 ('c_curlopt_userpwd_pair', 'ccurloptuserpwd', 'curl_easy_setopt(curl, CURLOPT_USERPWD, "{U}:{V}");'),
 ('c_mysql_real_connect_fourth', 'mysqlrealconnect', 'mysql_real_connect(conn, "{H}", "{U}", "{V}", "retort", 3306, NULL, 0);'),
 ('ruby_net_pop3_start_fourth', 'netpop3start', 'Net::POP3.start("{H}", 110, "{U}", "{V}") do |pop|\n  pop.each_mail { |m| puts m.header }\nend'),
 ('ruby_openssl_pkcs12_new_second', 'opensslpkcs12new', 'p12 = OpenSSL::PKCS12.new(File.binread("edrs.p12"), "{V}")'),
 ('perl_dbi_connect_third', 'perldbiconnect', 'my $dbh = DBI->connect("dbi:Pg:dbname=plots;host={H}", "{U}", "{V}", { RaiseError => 1 });'),
 ('perl_net_ftp_login_second', 'perlnetftplogin', '$ftp->login("{U}", "{V}") or die $ftp->message;'),
 ('rust_suppaftp_login_second', 'suppaftplogin', 'ftp_stream.login("{U}", "{V}")?;'),
 ('dart_httpclientbasiccredentials_second', 'httpclientbasiccredentials', "client.addCredentials(uri, 'fh', HttpClientBasicCredentials('{U}', '{V}'));"),
 ('sierra_at_qcpdpp_third', 'atqcpdpp', 'AT$QCPDPP=1,1,"{V}","{U}"'),
 ('telit_at_sgact_fourth', 'atsgact', 'AT#SGACT=1,1,"{U}","{V}"'),
 ('tsql_sp_password_second', 'tsqlsppassword', "EXEC sp_password NULL, '{V}', '{U}';"),
 ('mysql_identified_with_plugin_by', 'identifiedwithplugin', "CREATE USER '{U}'@'%' IDENTIFIED WITH caching_sha2_password BY '{V}';"),
]

SUFFIXES = ['arrangement_pc_terminal_paste', 'crematory_server_file_excerpt', 'memorial_app_source_line', 'cemetery_network_trace_text']
USERS = ['arranger', 'svc_retort', 'trustops', 'obitbot', 'mapper', 'night_op', 'fdadmin', 'florist_sync', 'stone_orders', 'edrs_svc']
HOSTS = ['casedb.fh.internal', '10.40.2.15', 'plots.cemetery.local', 'trust-sftp.example.com', 'crem-hmi01.fh.local', 'ingest.example.net', 'gis.cemetery.internal']


def build_passwords(seed=13703, used=None, sigdeny=None):
    g = Gen(random.Random(seed), used if used is not None else set())
    out, dropped, seen = [], [], set()
    for i, (syn, sig, tpl) in enumerate(SYNTAXES):
        if (sigdeny and sigdeny(sig)) or sig in seen:
            dropped.append((syn, sig))
            continue
        seen.add(sig)
        v = owner_pw(g)
        v2 = owner_pw(g) if '{V2}' in tpl else ''
        u = USERS[i % len(USERS)]
        h = HOSTS[i % len(HOSTS)]
        t = tpl.replace('{V2}', v2)
        t = t.replace('{imap.example.net', '\ue001imap.example.net').replace('{PLAIN}', '\ue002')
        text, s, e = place(t, v, U=u, H=h)
        # restore literal braces
        d = len('\ue001')
        fix = text.replace('\ue001', '{').replace('\ue002', '{PLAIN}')
        if '{PLAIN}' in fix and fix.index('{PLAIN}') < s:
            s += len('{PLAIN}') - 1; e += len('{PLAIN}') - 1
        text = fix
        typ = 'fhpw_' + syn
        suf = SUFFIXES[len(out) % 4]
        out.append(rec(None, typ, typ + '__' + suf, text, s, e, v, 'password'))
    return out, dropped


# Prose: someone tells a colleague the arrangement-office PC password.
PROSE = [
 ('fra', 'French', "Le mot de passe du PC du bureau des obsèques est {V} , merci de ne pas le transférer."),
 ('spa', 'Spanish', "La contraseña del ordenador de la sala de arreglos es {V} , por favor no la reenvíes."),
 ('nld', 'Dutch', "Het wachtwoord van de pc in het uitvaartkantoor is {V} , stuur het alsjeblieft niet door."),
 ('pol', 'Polish', "Hasło do komputera w biurze pogrzebowym to {V} , proszę nie przekazuj go dalej."),
 ('tur', 'Turkish', "Cenaze ofisindeki bilgisayarın şifresi {V} , lütfen kimseye iletme."),
 ('ces', 'Czech', "Heslo k počítači v pohřební kanceláři je {V} , prosím nepřeposílej ho."),
 ('slk', 'Slovak', "Heslo k počítaču v pohrebnej kancelárii je {V} , prosím, nepreposielaj ho."),
 ('hun', 'Hungarian', "A temetkezési iroda gépének jelszava {V} , kérlek, ne továbbítsd senkinek."),
 ('ron', 'Romanian', "Parola calculatorului din biroul funerar este {V} , te rog să nu o trimiți mai departe."),
 ('bul', 'Bulgarian', "Паролата за компютъра в погребалната агенция е {V} , моля, не я препращай."),
 ('ukr', 'Ukrainian', "Пароль до комп'ютера в похоронному бюро — {V} , будь ласка, нікому не пересилай."),
 ('bel', 'Belarusian', "Пароль да камп'ютара ў пахавальным бюро — {V} , калі ласка, нікому не перасылай."),
 ('ell', 'Greek', "Ο κωδικός του υπολογιστή στο γραφείο κηδειών είναι {V} , σε παρακαλώ μην τον προωθήσεις."),
 ('fin', 'Finnish', "Hautaustoimiston koneen salasana on {V} , älä välitä sitä eteenpäin."),
 ('ekk', 'Estonian', "Matusebüroo arvuti parool on {V} , palun ära saada seda edasi."),
 ('lvs', 'Latvian', "Apbedīšanas biroja datora parole ir {V} , lūdzu, nepārsūti to."),
 ('lit', 'Lithuanian', "Laidojimo biuro kompiuterio slaptažodis yra {V} , prašau niekam jo nepersiųsti."),
 ('dan', 'Danish', "Adgangskoden til computeren på bedemandskontoret er {V} , lad være med at videresende den."),
 ('swe', 'Swedish', "Lösenordet till datorn på begravningsbyrån är {V} , skicka inte vidare det."),
 ('slv', 'Slovenian', "Geslo za računalnik v pogrebni pisarni je {V} , prosim, ne posreduj ga naprej."),
 ('hrv', 'Croatian', "Lozinka za računalo u pogrebnom uredu je {V} , molim te, ne prosljeđuj je."),
 ('mkd', 'Macedonian', "Лозинката за компјутерот во погребната канцеларија е {V} , те молам не ја препраќај."),
 ('sqi', 'Albanian', "Fjalëkalimi i kompjuterit në zyrën e varrimit është {V} , të lutem mos ia dërgo askujt."),
 ('hye', 'Armenian', "Թաղման գրասենյակի համակարգչի գաղտնաբառն է {V} , խնդրում եմ ոչ մեկին չուղարկես։"),
 ('kat', 'Georgian', "დაკრძალვის ოფისის კომპიუტერის პაროლია {V} , გთხოვ, არავის გადაუგზავნო."),
 ('azj', 'Azerbaijani', "Dəfn bürosundakı kompüterin şifrəsi {V} , xahiş edirəm heç kimə göndərmə."),
 ('pes', 'Persian', "رمز عبور کامپیوتر دفتر کفن و دفن {V} است، لطفاً برای کسی نفرست."),
 ('urd', 'Urdu', "جنازہ دفتر کے کمپیوٹر کا پاس ورڈ {V} ہے، براہ کرم کسی کو آگے نہ بھیجیں۔"),
 ('pan', 'Punjabi', "ਅੰਤਿਮ ਸੰਸਕਾਰ ਦਫ਼ਤਰ ਦੇ ਕੰਪਿਊਟਰ ਦਾ ਪਾਸਵਰਡ {V} ਹੈ, ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਅੱਗੇ ਨਾ ਭੇਜੋ।"),
 ('tam', 'Tamil', "இறுதிச் சடங்கு அலுவலக கணினியின் கடவுச்சொல் {V} , தயவுசெய்து யாருக்கும் அனுப்ப வேண்டாம்."),
 ('npi', 'Nepali', "अन्त्येष्टि कार्यालयको कम्प्युटरको पासवर्ड {V} हो, कृपया कसैलाई नपठाउनुहोस्।"),
 ('vie', 'Vietnamese', "Mật khẩu máy tính ở văn phòng tang lễ là {V} , đừng chuyển tiếp cho ai nhé."),
 ('tha', 'Thai', "รหัสผ่านคอมพิวเตอร์ของสำนักงานจัดงานศพคือ {V} กรุณาอย่าส่งต่อให้ใคร"),
 ('lao', 'Lao', "ລະຫັດຜ່ານຄອມພິວເຕີຂອງຫ້ອງການງານສົບແມ່ນ {V} ກະລຸນາຢ່າສົ່ງຕໍ່ໃຫ້ໃຜ"),
 ('tgl', 'Tagalog', "Ang password ng computer sa opisina ng punerarya ay {V} , pakiusap huwag mo itong ipasa."),
 ('swh', 'Swahili', "Nenosiri la kompyuta ya ofisi ya mazishi ni {V} , tafadhali usimtumie mtu mwingine."),
 ('amh', 'Amharic', "የቀብር ቢሮው ኮምፒውተር የይለፍ ቃል {V} ነው፤ እባክህ ለማንም አታስተላልፈው።"),
 ('som', 'Somali', "Furaha sirta ee kombiyuutarka xafiiska aaska waa {V} , fadlan cidna ha u gudbin."),
 ('xho', 'Xhosa', "Igama lokugqitha lekhompyutha yeofisi yomngcwabo ngu {V} , nceda ungayithumeli kumntu."),
 ('afr', 'Afrikaans', "Die wagwoord vir die rekenaar in die begrafniskantoor is {V} , moet dit asseblief nie aanstuur nie."),
 ('cym', 'Welsh', "Cyfrinair cyfrifiadur swyddfa'r trefnwr angladdau yw {V} , paid â'i anfon ymlaen os gweli di'n dda."),
 ('gle', 'Irish', "Is é {V} pasfhocal an ríomhaire in oifig na sochraide, ná seol ar aghaidh é le do thoil."),
 ('eus', 'Basque', "Hileta-bulegoko ordenagailuaren pasahitza {V} da, mesedez ez bidali inori."),
 ('cat', 'Catalan', "La contrasenya de l'ordinador de l'oficina funerària és {V} , si us plau no la reenviïs."),
 ('mlt', 'Maltese', "Il-password tal-kompjuter fl-uffiċċju tal-funerali hija {V} , jekk jogħġbok tgħaddihiex lil ħadd."),
 ('epo', 'Esperanto', "La pasvorto de la komputilo en la funebra oficejo estas {V} , bonvolu ne plusendi ĝin."),
 ('kin', 'Kinyarwanda', "Ijambo ry'ibanga rya mudasobwa y'ibiro by'ishyingura ni {V} , ntukarihererekanye."),
 ('haw', 'Hawaiian', "ʻO {V} ka ʻōlelo huna o ke kamepiula ma ke keʻena hoʻolewa, mai hoʻouna aku."),
 ('lat', 'Latin', "Tessera computatri in officio funebri est {V} , quaeso noli eam cuiquam mittere."),
 ('gsw', 'Swiss German', "S Passwort vom Computer im Bestattigsbüro isch {V} , bitte nöd wiiterschicke."),
 ('grn', 'Guarani', "Ñeʼẽñemi computadora oficina ñemoñguépe haʼe {V} , ani remondo avavépe."),
]
FORMATS = ['arrangement_office_viber_line', 'crematory_night_shift_email_sentence', 'cemetery_groundskeeper_sms_row', 'funeral_director_helpdesk_comment']


def build_prose(seed=13704, used=None, langdeny=None, want=40):
    g = Gen(random.Random(seed), used if used is not None else set())
    out, dropped = [], []
    for code, name, tpl in PROSE:
        if langdeny and langdeny(code, name):
            dropped.append((code, name, 'denied'))
            continue
        if len(out) >= want:
            dropped.append((code, name, 'spare'))
            continue
        v = owner_pw(g, seps='-_.')
        text, s, e = place(tpl, v)
        fmt = FORMATS[len(out) % len(FORMATS)]
        out.append(rec(None, 'arrangement_pc_password_told_in_prose', fmt + '__' + code, text, s, e, v, 'prose'))
    return out, dropped
