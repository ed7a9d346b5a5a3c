"""Positional passwords: a password passed without a telling `password=` key."""
import random

from common168 import MARK, b64, ctx, owner_password, place

SEED = 16803
PREFIX = "inkpw_"
SUFFIX = {
    "sh": "studio_admin_zsh_history",
    "code": "booking_backend_source_snippet",
    "file": "studio_server_config_file",
    "wire": "studio_lan_protocol_capture",
}
P = MARK

# (syntax, kind, template, transform-or-None)
SYNTAXES = [
    # ---- database clients
    ("mysqlsh_uri_userinfo", "sh", ": 1736«ts»:0;mysqlsh «user»:" + P + "@«host»:3306/«db» --sql\n", None),
    ("mysqladmin_glued_lower_p", "sh", ": 1736«ts»:0;mysqladmin -u«user» -p" + P + " -h «host» processlist\n", None),
    ("mariadb_dump_glued_lower_p", "sh", ": 1736«ts»:0;mariadb-dump -u «user» -p" + P + " «db» > /srv/backup/«db».sql\n", None),
    ("mongodump_lower_p_after_lower_u", "sh", ": 1736«ts»:0;mongodump --host «host» -u «user» -p " + P + " --authenticationDatabase admin --db «db»\n", None),
    ("sqlcmd_capital_p_after_capital_u", "sh", ": 1736«ts»:0;sqlcmd -S «host» -U «user» -P " + P + " -Q \"SELECT COUNT(*) FROM dbo.Bookings\"\n", None),
    ("bcp_capital_p_after_capital_u", "sh", ": 1736«ts»:0;bcp StudioPos.dbo.GiftCards out giftcards.dat -S «host» -U «user» -P " + P + " -c\n", None),
    ("db2_connect_to_user_using", "sh", ": 1736«ts»:0;db2 connect to INKLOTS user «user» using " + P + "\n", None),
    ("unixodbc_isql_dsn_user_third", "sh", ": 1736«ts»:0;isql -v StudioPOS «user» " + P + "\n", None),
    ("hdbsql_lower_p_after_lower_u", "sh", ": 1736«ts»:0;hdbsql -n «host»:30015 -u «user» -p " + P + " \"select * from DUMMY\"\n", None),
    ("vsql_lower_w_after_capital_u", "sh", ": 1736«ts»:0;vsql -h «host» -U «user» -w " + P + " -d analytics\n", None),
    ("couchbase_cli_lower_p_after_lower_u", "sh", ": 1736«ts»:0;couchbase-cli bucket-list -c «host» -u «user» -p " + P + "\n", None),
    ("cockroach_sql_url_userinfo", "sh", ": 1736«ts»:0;cockroach sql --url 'postgresql://«user»:" + P + "@«host»:26257/«db»?sslmode=verify-full'\n", None),
    ("neo4j_admin_set_initial_positional", "sh", ": 1736«ts»:0;neo4j-admin dbms set-initial-password " + P + "\n", None),
    ("oracle_create_database_link_identified_by", "code", "CREATE DATABASE LINK inklots_link\n  CONNECT TO «user» IDENTIFIED BY " + P + "\n  USING 'INKLOTS';\n", None),
    ("jdbc_oracle_thin_slash_logon", "file", "# studio-etl.properties\nsource.url=jdbc:oracle:thin:«user»/" + P + "@«host»:1521/STUDIO\nsource.fetchSize=500\n", None),
    ("sqlalchemy_create_engine_url_userinfo", "code", "engine = create_engine(\"postgresql+psycopg://«user»:" + P + "@«host»:5432/«db»\", pool_pre_ping=True)\n", None),
    ("prisma_datasource_url_userinfo", "file", "datasource db {\n  provider = \"mysql\"\n  url      = \"mysql://«user»:" + P + "@«host»:3306/«db»\"\n}\n", None),
    ("rediss_url_empty_username_userinfo", "code", "const redis = new Redis(\"rediss://:" + P + "@«host»:6380/0\");\n", None),
    ("nats_server_url_userinfo", "sh", ": 1736«ts»:0;nats sub 'bookings.>' -s nats://«user»:" + P + "@«host»:4222\n", None),
    ("celery_broker_amqp_url_userinfo", "sh", ": 1736«ts»:0;celery -A aftercare worker -b amqp://«user»:" + P + "@«host»:5672// --loglevel=info\n", None),
    ("node_mysql2_uri_userinfo", "code", "const conn = await mysql.createConnection('mysql://«user»:" + P + "@«host»:3306/«db»');\n", None),
    ("go_sql_open_dsn_user_colon_pass", "code", "db, err := sql.Open(\"mysql\", \"«user»:" + P + "@tcp(«host»:3306)/«db»?parseTime=true\")\n", None),
    ("perl_dbi_connect_third", "code", "my $dbh = DBI->connect('dbi:Pg:dbname=«db»;host=«host»', '«user»', '" + P + "', { RaiseError => 1 });\n", None),
    ("lua_luasql_connect_third", "code", "local env = luasql.mysql()\nlocal con = env:connect('«db»', '«user»', '" + P + "', '«host»')\n", None),
    ("php_oci_connect_second", "code", "$conn = oci_connect('«user»', '" + P + "', '«host»/STUDIO');\n", None),
    ("java_jedis_auth_single", "code", "Jedis jedis = new Jedis(\"«host»\", 6379);\njedis.auth(\"" + P + "\");\n", None),
    ("nagios_check_pgsql_lower_p", "file", "define command {\n    command_name check_booking_db\n    command_line $USER1$/check_pgsql -H «host» -d «db» -l «user» -p " + P + "\n}\n", None),
    ("redis_resp_auth_bulk_string", "wire", "# tcpdump -A port 6379 (client -> server)\n*2\\r\\n$4\\r\\nAUTH\\r\\n$«len»\\r\\n" + P + "\\r\\n\n+OK\\r\\n\n", None),
    # ---- file transfer, remote shells, Windows admin
    ("wget_ftp_url_userinfo", "sh", ": 1736«ts»:0;wget ftp://«user»:" + P + "@«host»/flash/2025-sheets.zip\n", None),
    ("ncftpget_lower_p_after_lower_u", "sh", ": 1736«ts»:0;ncftpget -u «user» -p " + P + " «host» /tmp /portfolio/export.tar\n", None),
    ("curlftpfs_url_userinfo", "sh", ": 1736«ts»:0;curlftpfs ftp://«user»:" + P + "@«host»/ /mnt/printshop\n", None),
    ("lftp_lower_u_comma_pair", "sh", ": 1736«ts»:0;lftp -u «user»," + P + " sftp://«host» -e 'mirror /consent /srv/consent; bye'\n", None),
    ("plink_lower_pw_after_lower_l", "sh", "C:\\Studio> plink -ssh -l «user» -pw " + P + " «host» \"sudo systemctl restart booking\"\n", None),
    ("pscp_lower_pw_flag", "sh", "C:\\Studio> pscp -pw " + P + " C:\\exports\\giftcards.csv «user»@«host»:/srv/import/\n", None),
    ("winscp_open_sftp_url_userinfo", "sh", "C:\\Studio> winscp.com /command \"open sftp://«user»:" + P + "@«host»/\" \"get /consent/*.pdf C:\\Consent\\\" \"exit\"\n", None),
    ("rclone_obscure_first_positional", "sh", ": 1736«ts»:0;rclone obscure " + P + "\n", None),
    ("psexec_lower_p_after_lower_u", "sh", "C:\\Tools> PsExec.exe \\\\FRONTDESK-PC -u STUDIO\\«user» -p " + P + " cmd /c ipconfig\n", None),
    ("net_use_share_then_positional", "sh", "C:\\> net use Z: \\\\«host»\\consent " + P + " /user:STUDIO\\«user» /persistent:no\n", None),
    ("schtasks_create_rp_after_ru", "sh", "C:\\> schtasks /create /tn \"NightlyInkSync\" /tr C:\\ink\\sync.bat /sc daily /st 23:30 /ru STUDIO\\«user» /rp " + P + "\n", None),
    ("samba_tool_user_create_second", "sh", ": 1736«ts»:0;samba-tool user create «artist» " + P + " --given-name=«artist»\n", None),
    ("smbcacls_capital_u_percent_pair", "sh", ": 1736«ts»:0;smbcacls //«host»/consent /2025 -U «user»%" + P + "\n", None),
    ("powershell_convertto_securestring_asplaintext", "code", "$sec = ConvertTo-SecureString '" + P + "' -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential('STUDIO\\«user»', $sec)\n", None),
    ("veracrypt_windows_slash_p", "sh", "C:\\> \"C:\\Program Files\\VeraCrypt\\VeraCrypt.exe\" /v D:\\consent.hc /l X /p " + P + " /q /s\n", None),
    ("ipmitool_capital_p_after_capital_u", "sh", ": 1736«ts»:0;ipmitool -I lanplus -H «host» -U «user» -P " + P + " chassis power status\n", None),
    ("racadm_lower_p_after_lower_u", "sh", ": 1736«ts»:0;racadm -r «host» -u «user» -p " + P + " getsysinfo\n", None),
    ("upscmd_lower_p_after_lower_u", "sh", ": 1736«ts»:0;upscmd -u «user» -p " + P + " autoclave-ups@localhost test.battery.start.quick\n", None),
    ("vncpasswd_f_stdin_echo", "sh", ": 1736«ts»:0;echo '" + P + "' | vncpasswd -f > ~/.vnc/passwd\n", None),
    ("chpasswd_stdin_user_colon", "sh", ": 1736«ts»:0;echo '«artist»:" + P + "' | sudo chpasswd\n", None),
    ("mkpasswd_s_stdin_echo", "sh", ": 1736«ts»:0;echo '" + P + "' | mkpasswd -s -m yescrypt\n", None),
    ("htpasswd_batch_third_positional", "sh", ": 1736«ts»:0;htpasswd -b /etc/nginx/.portfolio_admin «artist» " + P + "\n", None),
    ("cyrus_saslpasswd2_p_stdin_echo", "sh", ": 1736«ts»:0;echo '" + P + "' | saslpasswd2 -p -c -u «host» frontdesk\n", None),
    ("expect_send_after_prompt", "sh", ": 1736«ts»:0;expect -c 'spawn ssh «user»@«host»; expect \"assword:\"; send \"" + P + "\\r\"; interact'\n", None),
    # ---- archives, documents, keys
    ("sevenzip_glued_lower_p", "sh", ": 1736«ts»:0;7z a -p" + P + " -mhe=on consent-2025.7z /srv/consent/2025\n", None),
    ("unar_lower_p_flag", "sh", ": 1736«ts»:0;unar -p " + P + " flash-pack-vol3.rar\n", None),
    ("openssl_enc_lower_k", "sh", ": 1736«ts»:0;openssl enc -aes-256-cbc -pbkdf2 -salt -in idscans.tar -out idscans.tar.enc -k " + P + "\n", None),
    ("ssh_keygen_capital_p_old_passphrase", "sh", ": 1736«ts»:0;ssh-keygen -p -P " + P + " -N '' -f ~/.ssh/studio_deploy\n", None),
    ("mutool_draw_lower_p", "sh", ": 1736«ts»:0;mutool draw -p " + P + " -o page%d.png waiver-«acct».pdf 1-2\n", None),
    ("pdftotext_lower_upw_flag", "sh", ": 1736«ts»:0;pdftotext -upw " + P + " release-form-«acct».pdf -\n", None),
    ("csharp_x509certificate2_ctor_second", "code", "var cert = new X509Certificate2(\"certs/studio-pos.pfx\", \"" + P + "\", X509KeyStorageFlags.MachineKeySet);\n", None),
    ("java_keystore_load_chararray", "code", "KeyStore ks = KeyStore.getInstance(\"PKCS12\");\nks.load(new FileInputStream(\"booking.p12\"), \"" + P + "\".toCharArray());\n", None),
    # ---- network gear, Wi-Fi, SNMP
    ("snmpwalk_v3_capital_a_auth_passphrase", "sh", ": 1736«ts»:0;snmpwalk -v3 -l authNoPriv -u «user» -a SHA -A " + P + " «host» system\n", None),
    ("snmpget_v3_capital_x_priv_passphrase", "sh", ": 1736«ts»:0;snmpget -v3 -l authPriv -u «user» -a SHA -A \"$(cat ~/.snmp_auth)\" -x AES -X " + P + " «host» sysUpTime.0\n", None),
    ("wpa_passphrase_second_positional", "sh", ": 1736«ts»:0;wpa_passphrase StudioBackroom " + P + " >> /etc/wpa_supplicant/wpa_supplicant.conf\n", None),
    ("arduino_wifi_begin_second", "code", "// autoclave temperature logger (ESP32)\nvoid setup() {\n  WiFi.begin(\"StudioBackroom\", \"" + P + "\");\n}\n", None),
    ("hostapd_wpa_psk_file_mac_line", "file", "# /etc/hostapd/wpa_psk (guest VLAN for the piercing room tablet)\n00:00:00:00:00:00 " + P + "\n", None),
    ("ffmpeg_rtsp_input_url_userinfo", "sh", ": 1736«ts»:0;ffmpeg -rtsp_transport tcp -i rtsp://«user»:" + P + "@«host»:554/stream1 -t 60 station-cam.mp4\n", None),
    # ---- containers, registries, packages
    ("podman_login_lower_p_after_lower_u", "sh", ": 1736«ts»:0;podman login -u «user» -p " + P + " registry.studio.internal\n", None),
    ("buildah_push_creds_colon_pair", "sh", ": 1736«ts»:0;buildah push --creds «user»:" + P + " booking:2.4 docker://registry.studio.internal/booking:2.4\n", None),
    ("crane_auth_login_lower_p", "sh", ": 1736«ts»:0;crane auth login registry.studio.internal -u «user» -p " + P + "\n", None),
    ("hg_clone_https_url_userinfo", "sh", ": 1736«ts»:0;hg clone https://«user»:" + P + "@hg.studio.internal/flash-archive\n", None),
    ("twine_upload_lower_p_after_lower_u", "sh", ": 1736«ts»:0;twine upload --repository-url https://pypi.studio.internal/ -u «user» -p " + P + " dist/*\n", None),
    ("poetry_config_http_basic_third", "sh", ": 1736«ts»:0;poetry config http-basic.studio «user» " + P + "\n", None),
    ("npmrc_underscore_auth_b64_pair", "file", "; ~/.npmrc\nregistry=https://npm.studio.internal/\nalways-auth=true\n_auth=" + P + "\n",
     lambda pw, c: b64((c["user"] + ":" + pw).encode())),
    ("curl_capital_u_proxy_colon_pair", "sh", ": 1736«ts»:0;curl -x http://proxy.studio.internal:3128 -U «user»:" + P + " https://api.inkfest.example/booths\n", None),
    # ---- mail, chat, SIP
    ("swaks_ap_after_au", "sh", ": 1736«ts»:0;swaks --to «artist»@«artist»tattoo.example --server «host» --port 587 -tls --au «user» --ap " + P + "\n", None),
    ("sendemail_xp_after_xu", "sh", ": 1736«ts»:0;sendEmail -f aftercare@studio.example -t client@example.com -s «host»:587 -xu «user» -xp " + P + " -u 'Day 3 aftercare'\n", None),
    ("mailx_mta_smtps_url_userinfo", "sh", ": 1736«ts»:0;echo 'spore test due' | s-nail -S mta=smtps://«user»:" + P + "@«host»:465 -s 'Spore test' owner@studio.example\n", None),
    ("irssi_connect_third_positional", "sh", "[(status)] /connect irc.libera.chat 6697 " + P + " «artist»\n", None),
    ("asterisk_sip_register_user_colon", "file", "; /etc/asterisk/sip.conf — front-desk line\n[general]\nregister => «acct»:" + P + "@sip.provider.example/frontdesk\n", None),
    ("asterisk_iax_register_user_colon", "file", "; /etc/asterisk/iax.conf\n[general]\nregister => «user»:" + P + "@iax.provider.example\n", None),
    ("pop3_pass_after_user", "wire", "S: +OK POP3 ready\nC: USER «user»\nS: +OK\nC: PASS " + P + "\nS: +OK maildrop has 3 messages\n", None),
    ("smtp_auth_login_second_b64_line", "wire", "S: 250 AUTH LOGIN PLAIN\nC: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: «userb64»\nS: 334 UGFzc3dvcmQ6\nC: " + P + "\nS: 235 2.7.0 Authentication successful\n",
     lambda pw, c: b64(pw.encode())),
    ("xmpp_sasl_plain_auth_element_b64", "wire", "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>" + P + "</auth>\n<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>\n",
     lambda pw, c: b64(("\0" + c["user"] + "\0" + pw).encode())),
    ("managesieve_authenticate_plain_b64", "wire", "C: AUTHENTICATE \"PLAIN\" \"" + P + "\"\nS: OK \"Logged in.\"\n",
     lambda pw, c: b64(("\0" + c["user"] + "\0" + pw).encode())),
    ("http_proxy_authorization_basic_b64", "wire", "CONNECT api.square.example:443 HTTP/1.1\nHost: api.square.example:443\nProxy-Authorization: Basic " + P + "\n\n",
     lambda pw, c: b64((c["user"] + ":" + pw).encode())),
    # ---- config files with fixed positions
    ("ppp_chap_secrets_third_column", "file", "# /etc/ppp/chap-secrets\n# client        server  secret                  IP addresses\n«user»  *       " + P + "  *\n", None),
    ("strongswan_ipsec_secrets_psk_quoted", "file", "# /etc/ipsec.secrets — studio to storage unit tunnel\n«host» 203.0.113.40 : PSK \"" + P + "\"\n", None),
    ("exim_passwd_client_third_field", "file", "# /etc/exim4/passwd.client\n*.smtp.provider.example:«user»:" + P + "\n", None),
    ("proxychains_socks5_fifth_field", "file", "# /etc/proxychains4.conf\n[ProxyList]\nsocks5 «host» 1080 «user» " + P + "\n", None),
    ("squid_cache_peer_login_colon_pair", "file", "# /etc/squid/squid.conf\ncache_peer proxy.upstream.example parent 3128 0 no-query login=«user»:" + P + "\n", None),
    ("davfs2_secrets_third_field", "file", "# /etc/davfs2/secrets\nhttps://dav.«artist»tattoo.example/portfolio «user» " + P + "\n", None),
    # ---- library call positions
    ("python_paramiko_connect_fourth_positional", "code", "client = paramiko.SSHClient()\nclient.connect('«host»', 22, '«user»', '" + P + "')\n", None),
    ("python_ftplib_login_second", "code", "ftp = ftplib.FTP_TLS('«host»')\nftp.login('«user»', '" + P + "')\n", None),
    ("python_ftplib_ctor_third", "code", "with ftplib.FTP('«host»', '«user»', '" + P + "') as ftp:\n    ftp.cwd('/flash')\n", None),
    ("python_poplib_pass_underscore_single", "code", "box = poplib.POP3_SSL('«host»')\nbox.user('«user»')\nbox.pass_('" + P + "')\n", None),
    ("python_requests_auth_tuple_second", "code", "r = requests.get('https://«host»/api/cycles', auth=('«user»', '" + P + "'), timeout=10)\n", None),
    ("python_aiohttp_basicauth_second", "code", "auth = aiohttp.BasicAuth('«user»', '" + P + "')\nasync with session.get(url, auth=auth) as resp:\n    data = await resp.json()\n", None),
    ("python_pexpect_sendline_after_expect", "code", "child = pexpect.spawn('ssh «user»@«host»')\nchild.expect('assword:')\nchild.sendline('" + P + "')\n", None),
    ("python_pysnmp_usmuserdata_second", "code", "user = UsmUserData('«user»', '" + P + "', authProtocol=usmHMACSHAAuthProtocol)\n", None),
    ("python_ldap3_connection_third", "code", "conn = Connection(server, 'cn=«user»,ou=staff,dc=studio,dc=internal', '" + P + "', auto_bind=True)\n", None),
    ("node_buffer_from_user_colon_pass", "code", "const auth = Buffer.from('«user»:" + P + "').toString('base64');\nheaders.Authorization = `Basic ${auth}`;\n", None),
    ("java_commons_net_ftpclient_login_second", "code", "FTPClient ftp = new FTPClient();\nftp.connect(\"«host»\");\nftp.login(\"«user»\", \"" + P + "\");\n", None),
    ("java_sardine_factory_begin_second", "code", "Sardine dav = SardineFactory.begin(\"«user»\", \"" + P + "\");\ndav.list(\"https://«host»/portfolio/\");\n", None),
    ("csharp_networkcredential_ctor_second", "code", "client.Credentials = new NetworkCredential(\"«user»\", \"" + P + "\");\n", None),
    ("go_ftp_conn_login_second", "code", "c, _ := ftp.Dial(\"«host»:21\")\nif err := c.Login(\"«user»\", \"" + P + "\"); err != nil { log.Fatal(err) }\n", None),
    ("go_http_request_setbasicauth_second", "code", "req, _ := http.NewRequest(\"GET\", url, nil)\nreq.SetBasicAuth(\"«user»\", \"" + P + "\")\n", None),
    ("rust_suppaftp_login_second", "code", "let mut ftp = FtpStream::connect(\"«host»:21\")?;\nftp.login(\"«user»\", \"" + P + "\")?;\n", None),
    ("ruby_net_ftp_login_second", "code", "Net::FTP.open('«host»') do |ftp|\n  ftp.login('«user»', '" + P + "')\nend\n", None),
    ("ruby_net_http_basic_auth_second", "code", "req = Net::HTTP::Get.new(uri)\nreq.basic_auth '«user»', '" + P + "'\n", None),
    ("php_ftp_login_third", "code", "$conn = ftp_connect('«host»');\nftp_login($conn, '«user»', '" + P + "');\n", None),
    ("php_imap_open_third", "code", "$mbox = imap_open('{«host»:993/imap/ssl}INBOX', '«user»', '" + P + "');\n", None),
    ("perl_net_ftp_login_second", "code", "my $ftp = Net::FTP->new('«host»') or die;\n$ftp->login('«user»', '" + P + "') or die $ftp->message;\n", None),
    ("bash_heredoc_ftp_user_command", "sh", ": 1736«ts»:0;ftp -n «host» <<EOF\nuser «user» " + P + "\nbinary\nput spore-log-«date».csv\nbye\nEOF\n", None),
]

assert len({s[0] for s in SYNTAXES}) == len(SYNTAXES)


def generate(reg, deny_names, earlier_syntaxes):
    from common168 import deny_hits
    rng = random.Random(SEED)
    out = []
    dropped = []
    for syntax, kind, tmpl, tr in SYNTAXES:
        if syntax in earlier_syntaxes or deny_hits(syntax, deny_names) or deny_hits(PREFIX + syntax, deny_names):
            dropped.append(syntax)
            continue
        c = ctx(rng)
        pw = None

        def draw_pw():
            return owner_password(rng)
        if tr is None:
            pw = reg.draw(draw_pw)
            val = pw
        else:
            pw = owner_password(rng)
            val = reg.draw(lambda: tr(pw, c))
        c["ts"] = "%06d" % rng.randint(0, 999999)
        c["len"] = len(val)
        c["userb64"] = b64(c["user"].encode())
        text, s, e = place(tmpl, c, val)
        typ = PREFIX + syntax
        out.append(("password", typ, typ + "__" + SUFFIX[kind], text, s, e))
    return out, dropped
