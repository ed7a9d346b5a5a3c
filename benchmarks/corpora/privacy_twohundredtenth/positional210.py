"""Password source: positional syntaxes (no telling `password=` key right before the value)."""
import base64, random
from common210 import *

PREFIX = 'canopypw_'
V = MARK
SUFFIX = {
    'cli': 'dz_ops_terminal_session',
    'stdin': 'manifest_server_stdin_pipe',
    'lib': 'booking_app_source_snippet',
    'file': 'loft_server_file_excerpt',
    'proto': 'launch_field_packet_capture',
    'gui': 'waiver_kiosk_ui_test',
    'sql': 'logbook_db_console',
}

def P(*lines):
    return '\n'.join(lines) + '\n'

SYNTAXES = [
    # ---------------- cli
    ('htpasswd_batch_b_third_positional', 'cli', lambda u, h: P('$ sudo htpasswd -b /etc/nginx/.manifest_users %s %s' % (u, V), 'Adding password for user %s' % u)),
    ('mosquitto_pub_capital_p_after_lower_u', 'cli', lambda u, h: P('$ mosquitto_pub -h %s -u %s -P %s -t wind/launchfield -m \'{"kt":6}\'' % (h, u, V))),
    ('mosquitto_passwd_batch_b_third_positional', 'cli', lambda u, h: P('# add the retrieve van to the broker', 'mosquitto_passwd -b /etc/mosquitto/passwd %s %s' % (u, V), 'systemctl reload mosquitto')),
    ('wget_ftp_url_userinfo', 'cli', lambda u, h: P('$ wget -q ftp://%s:%s@%s/exports/waivers-2025-06.csv' % (u, V, h))),
    ('lftp_lower_u_comma_pair', 'cli', lambda u, h: P('$ lftp -u %s,%s sftp://%s -e "mirror logs/ ./logs; bye"' % (u, V, h))),
    ('ncftpget_lower_p_after_lower_u', 'cli', lambda u, h: P('$ ncftpget -u %s -p %s %s /tmp /igc/2025-06-14.zip' % (u, V, h))),
    ('psexec_lower_p_after_lower_u', 'cli', lambda u, h: P('C:\\> psexec \\\\MANIFEST-PC -u DZ\\%s -p %s cmd /c "net stop ManifestSync"' % (u, V))),
    ('schtasks_slash_rp_run_as_value', 'cli', lambda u, h: P('C:\\> schtasks /create /tn "LogbookExport" /tr C:\\dz\\export.bat /sc daily /st 21:00 /ru DZ\\%s /rp %s' % (u, V))),
    ('net_use_positional_before_slash_user', 'cli', lambda u, h: P('C:\\> net use M: \\\\loftnas\\manifests %s /user:LOFT\\%s /persistent:no' % (V, u))),
    ('sqlcmd_capital_p_after_capital_u', 'cli', lambda u, h: P('PS> sqlcmd -S %s -U %s -P %s -Q "SELECT COUNT(*) FROM Waivers"' % (h, u, V))),
    ('bcp_out_capital_p_flag', 'cli', lambda u, h: P('bcp dbo.JumpLog out jumplog.dat -S %s -U %s -P %s -c' % (h, u, V))),
    ('unixodbc_isql_third_positional', 'cli', lambda u, h: P('$ isql -v VoucherDSN %s %s' % (u, V), '+---------------------------------------+', '| Connected!                            |')),
    ('sqlplus_slash_connect_identifier', 'cli', lambda u, h: P('$ sqlplus %s/%s@//%s:1521/LOGBOOK @nightly_export.sql' % (u, V, h))),
    ('rman_target_slash_pair', 'cli', lambda u, h: P('$ rman target sys/%s@LOGBOOK cmdfile=backup_full.rman log=/var/log/rman.log' % V)),
    ('db2_connect_using_clause', 'cli', lambda u, h: P('db2 => connect to MAINTDB user %s using %s' % (u, V), '   Database Connection Information')),
    ('cqlsh_lower_p_after_lower_u', 'cli', lambda u, h: P('$ cqlsh %s 9042 -u %s -p %s -e "SELECT * FROM tracks.fixes LIMIT 5"' % (h, u, V))),
    ('mongodump_uri_flag_userinfo', 'cli', lambda u, h: P('$ mongodump --uri "mongodb://%s:%s@%s:27017/retrieve?authSource=admin" --out /backup/retrieve' % (u, V, h))),
    ('ipmitool_capital_p_after_capital_u', 'cli', lambda u, h: P('$ ipmitool -I lanplus -H 10.40.0.21 -U %s -P %s chassis power cycle' % (u, V))),
    ('wpa_passphrase_second_positional', 'cli', lambda u, h: P('$ wpa_passphrase "LaunchField-Crew" %s >> /etc/wpa_supplicant/wpa_supplicant.conf' % V)),
    ('ccrypt_capital_k_key_flag', 'cli', lambda u, h: P('$ ccrypt -e -K %s passenger_weights_2025.csv' % V)),
    ('qpdf_encrypt_first_positional', 'cli', lambda u, h: P('$ qpdf --encrypt %s ownerlock 256 -- waiver_signed.pdf waiver_locked.pdf' % V)),
    ('jenkins_cli_auth_colon_pair', 'cli', lambda u, h: P('$ java -jar jenkins-cli.jar -s https://%s/ -auth %s:%s build deploy-manifest' % (h, u, V))),
    ('oc_login_lower_p_after_lower_u', 'cli', lambda u, h: P('$ oc login https://api.%s:6443 -u %s -p %s --insecure-skip-tls-verify' % (h, u, V))),
    ('aria2c_ftp_url_userinfo', 'cli', lambda u, h: P('$ aria2c -x4 "ftp://%s:%s@%s/footage/tandem_0614.mp4"' % (u, V, h))),
    ('ffmpeg_rtsp_input_url_userinfo', 'cli', lambda u, h: P('$ ffmpeg -rtsp_transport tcp -i "rtsp://%s:%s@10.40.0.37:554/stream1" -t 60 launch.mp4' % (u, V))),
    ('rclone_obscure_first_positional', 'cli', lambda u, h: P('$ rclone obscure %s' % V, 'vK2h8f0nB7yq1W3rU5bE9dP4sT6mL0aZ')),
    ('samba_tool_user_create_second_positional', 'cli', lambda u, h: P('# samba-tool user create %s %s --given-name=Retrieve --surname=Crew' % (u, V), "User '%s' added successfully" % u)),
    ('ldappasswd_lower_s_new_value', 'cli', lambda u, h: P('$ ldappasswd -H ldap://%s -x -D cn=admin,dc=dz,dc=lan -W -s %s uid=%s,ou=crew,dc=dz,dc=lan' % (h, V, u))),
    ('ncat_proxy_auth_colon_pair', 'cli', lambda u, h: P('$ ncat --proxy 10.40.0.5:3128 --proxy-type http --proxy-auth %s:%s weather.example 443' % (u, V))),
    ('proxytunnel_capital_p_colon_pair', 'cli', lambda u, h: P('ProxyCommand proxytunnel -p 10.40.0.5:3128 -P %s:%s -d %%h:%%p' % (u, V))),
    ('httpie_lower_a_colon_pair', 'cli', lambda u, h: P('$ http -a %s:%s GET https://%s/api/loads/today' % (u, V, h))),
    ('apachebench_capital_a_colon_pair', 'cli', lambda u, h: P('$ ab -n 500 -c 20 -A %s:%s https://%s/vouchers/check' % (u, V, h))),
    ('lynx_dash_auth_colon_pair', 'cli', lambda u, h: P('$ lynx -dump -auth=%s:%s http://%s/status' % (u, V, h))),
    ('mysqlsh_uri_without_scheme', 'cli', lambda u, h: P('$ mysqlsh %s:%s@%s:3306/vouchers --sql' % (u, V, h))),
    ('nats_cli_server_url_userinfo', 'cli', lambda u, h: P('$ nats -s nats://%s:%s@%s:4222 pub tracks.van2 \'{"lat":51.2}\'' % (u, V, h))),
    ('zookeeper_addauth_digest_colon_pair', 'cli', lambda u, h: P('[zk: %s:2181(CONNECTED) 0] addauth digest %s:%s' % (h, u, V))),
    ('etcdctl_user_colon_pair', 'cli', lambda u, h: P('$ etcdctl --endpoints=https://%s:2379 --user %s:%s get /dz/config/loads' % (h, u, V))),
    ('ejabberdctl_register_third_positional', 'cli', lambda u, h: P('$ ejabberdctl register %s chat.%s %s' % (u, h, V))),
    ('vmrun_gp_after_gu', 'cli', lambda u, h: P('$ vmrun -T ws -gu %s -gp %s runProgramInGuest manifest.vmx C:\\dz\\sync.bat' % (u, V))),
    ('swaks_ap_after_au', 'cli', lambda u, h: P('$ swaks --to ops@%s --server smtp.%s:587 -tls -au %s -ap %s' % (h, h, u, V))),
    ('sendemail_xp_after_xu', 'cli', lambda u, h: P('$ sendEmail -f ops@%s -t crew@%s -u "Wind hold" -m "Hold until 10:00" -s smtp.%s:587 -xu %s -xp %s' % (h, h, h, u, V))),
    ('ilorest_login_lower_p_after_lower_u', 'cli', lambda u, h: P('$ ilorest login 10.40.0.22 -u %s -p %s' % (u, V))),
    ('cypher_shell_lower_p_after_lower_u', 'cli', lambda u, h: P('$ cypher-shell -a bolt://%s:7687 -u neo4j -p %s "MATCH (j:Jumper) RETURN count(j)"' % (h, V))),
    # ---------------- stdin
    ('smbpasswd_s_stdin_twice_printf', 'stdin', lambda u, h: P("$ printf '%s\\n%s\\n' | sudo smbpasswd -s -a %s" % (V, 'REPEAT', u))),
    ('ftp_n_heredoc_user_line_third_token', 'stdin', lambda u, h: P('ftp -n %s <<EOF' % h, 'user %s %s' % (u, V), 'binary', 'put jumplog.csv', 'bye', 'EOF')),
    ('vncpasswd_f_herestring', 'stdin', lambda u, h: P('$ vncpasswd -f <<< %s > ~/.vnc/passwd' % V)),
    ('gpg_passphrase_fd_zero_echo', 'stdin', lambda u, h: P('$ echo %s | gpg --batch --yes --passphrase-fd 0 -c manifest_backup.tar' % V)),
    ('kinit_stdin_echo', 'stdin', lambda u, h: P('$ echo %s | kinit %s@DZ.LAN' % (V, u))),
    ('sshfs_password_stdin_herestring', 'stdin', lambda u, h: P('$ sshfs %s@%s:/srv/igc /mnt/igc -o password_stdin <<< \'%s\'' % (u, h, V))),
    ('openconnect_passwd_on_stdin_echo', 'stdin', lambda u, h: P('$ echo %s | sudo openconnect --user=%s --passwd-on-stdin vpn.%s' % (V, u, h))),
    ('systemd_creds_encrypt_stdin_echo', 'stdin', lambda u, h: P('$ echo -n %s | systemd-creds encrypt --name=dbpass - /etc/credstore.encrypted/dbpass' % V)),
    ('secret_tool_store_stdin_printf', 'stdin', lambda u, h: P("$ printf %%s '%s' | secret-tool store --label='manifest db' service manifest user %s" % (V, u))),
    ('expect_tcl_send_after_expect', 'stdin', lambda u, h: P('#!/usr/bin/expect -f', 'spawn ssh %s@%s' % (u, h), 'expect "assword:"', 'send "%s\\r"' % V, 'interact')),
    ('python_pexpect_sendline_after_expect', 'stdin', lambda u, h: P('child = pexpect.spawn("ssh %s@%s")' % (u, h), 'child.expect("assword:")', 'child.sendline("%s")' % V, 'child.interact()')),
    ('python_telnetlib_write_after_prompt', 'stdin', lambda u, h: P('tn = telnetlib.Telnet("10.40.0.30")', 'tn.read_until(b"login: ")', 'tn.write(b"%s\\n")' % u, 'tn.read_until(b": ")', 'tn.write(b"%s\\n")' % V)),
    ('ssh_askpass_script_echo_line', 'stdin', lambda u, h: P('#!/bin/sh', '# ~/bin/askpass-loft.sh  (SSH_ASKPASS=~/bin/askpass-loft.sh)', 'echo "%s"' % V)),
    # ---------------- lib
    ('php_mysqli_ctor_third', 'lib', lambda u, h: P("$db = new mysqli('%s', '%s', '%s', 'vouchers');" % (h, u, V))),
    ('php_ftp_login_third', 'lib', lambda u, h: P("$c = ftp_connect('%s');" % h, "ftp_login($c, '%s', '%s');" % (u, V))),
    ('php_imap_open_third', 'lib', lambda u, h: P("$mbox = imap_open('{%s:993/imap/ssl}INBOX', '%s', '%s');" % (h, u, V))),
    ('php_openssl_pkcs12_read_third', 'lib', lambda u, h: P("$p12 = file_get_contents('/etc/dz/booking.p12');", "openssl_pkcs12_read($p12, $certs, '%s');" % V)),
    ('php_hash_pbkdf2_second', 'lib', lambda u, h: P("$k = hash_pbkdf2('sha256', '%s', $salt, 120000, 32, true);" % V)),
    ('python_ftplib_login_second', 'lib', lambda u, h: P('ftp = ftplib.FTP_TLS("%s")' % h, 'ftp.login("%s", "%s")' % (u, V))),
    ('python_pysftp_connection_fourth_positional', 'lib', lambda u, h: P('with pysftp.Connection("%s", "%s", None, "%s") as sftp:' % (h, u, V), '    sftp.get("igc/latest.igc")')),
    ('python_pymssql_connect_third', 'lib', lambda u, h: P('conn = pymssql.connect("%s", "%s", "%s", "Manifest")' % (h, u, V))),
    ('python_aiohttp_basicauth_second', 'lib', lambda u, h: P('auth = aiohttp.BasicAuth("%s", "%s")' % (u, V), 'async with session.get(url, auth=auth) as resp:')),
    ('python_pywinrm_session_auth_tuple_second', 'lib', lambda u, h: P('s = winrm.Session("manifest-pc.dz.lan", auth=("%s", "%s"))' % (u, V), 's.run_cmd("ipconfig")')),
    ('python_zipfile_extractall_third_bytes', 'lib', lambda u, h: P('with zipfile.ZipFile("waivers.zip") as zf:', '    zf.extractall("out", None, b"%s")' % V)),
    ('python_pikepdf_open_second', 'lib', lambda u, h: P('pdf = pikepdf.open("waiver_0614.pdf", "%s")' % V)),
    ('python_pika_plaincredentials_second', 'lib', lambda u, h: P('creds = pika.PlainCredentials("%s", "%s")' % (u, V), 'params = pika.ConnectionParameters("%s", 5672, "/", creds)' % h)),
    ('python_redis_py_ctor_fourth_positional', 'lib', lambda u, h: P('r = redis.Redis("%s", 6379, 0, "%s")' % (h, V))),
    ('python_ldap_simple_bind_s_second', 'lib', lambda u, h: P('l = ldap.initialize("ldap://%s")' % h, 'l.simple_bind_s("uid=%s,ou=crew,dc=dz,dc=lan", "%s")' % (u, V))),
    ('python_pypdf_decrypt_single', 'lib', lambda u, h: P('reader = PdfReader("passenger_list.pdf")', 'reader.decrypt("%s")' % V)),
    ('python_hashlib_pbkdf2_hmac_second_bytes', 'lib', lambda u, h: P('key = hashlib.pbkdf2_hmac("sha256", b"%s", salt, 200_000)' % V)),
    ('node_buffer_from_basic_pair_colon', 'lib', lambda u, h: P("const auth = Buffer.from('%s:%s').toString('base64');" % (u, V))),
    ('node_knex_mysql_connection_url_userinfo', 'lib', lambda u, h: P("const db = knex({ client: 'mysql2', connection: 'mysql://%s:%s@%s:3306/vouchers' });" % (u, V, h))),
    ('node_mqtt_connect_url_userinfo', 'lib', lambda u, h: P("const client = mqtt.connect('mqtts://%s:%s@%s:8883');" % (u, V, h))),
    ('node_crypto_scryptsync_first', 'lib', lambda u, h: P("const key = crypto.scryptSync('%s', salt, 32);" % V)),
    ('java_drivermanager_getconnection_third', 'lib', lambda u, h: P('Connection c = DriverManager.getConnection("jdbc:postgresql://%s/logbook", "%s", "%s");' % (h, u, V))),
    ('java_keystore_load_second_chararray', 'lib', lambda u, h: P('KeyStore ks = KeyStore.getInstance("PKCS12");', 'ks.load(new FileInputStream("booking.p12"), "%s".toCharArray());' % V)),
    ('java_commons_net_ftpclient_login_second', 'lib', lambda u, h: P('FTPClient ftp = new FTPClient();', 'ftp.connect("%s");' % h, 'ftp.login("%s", "%s");' % (u, V))),
    ('java_lettuce_redisuri_userinfo_only', 'lib', lambda u, h: P('RedisClient client = RedisClient.create("rediss://%s@%s:6380/0");' % (V, h))),
    ('java_mongocredential_createcredential_third', 'lib', lambda u, h: P('MongoCredential cred = MongoCredential.createCredential("%s", "admin", "%s".toCharArray());' % (u, V))),
    ('java_jndi_security_credentials_put_second', 'lib', lambda u, h: P('env.put(Context.SECURITY_PRINCIPAL, "uid=%s,ou=crew,dc=dz,dc=lan");' % u, 'env.put(Context.SECURITY_CREDENTIALS, "%s");' % V)),
    ('java_pbekeyspec_first_chararray', 'lib', lambda u, h: P('PBEKeySpec spec = new PBEKeySpec("%s".toCharArray(), salt, 310000, 256);' % V)),
    ('csharp_networkcredential_ctor_second', 'lib', lambda u, h: P('smtp.Credentials = new NetworkCredential("%s", "%s");' % (u, V))),
    ('csharp_x509certificate2_ctor_second', 'lib', lambda u, h: P('var cert = new X509Certificate2(@"C:\\dz\\booking.pfx", "%s");' % V)),
    ('csharp_fluentftp_ftpclient_ctor_third', 'lib', lambda u, h: P('var ftp = new FtpClient("%s", "%s", "%s");' % (h, u, V))),
    ('csharp_rfc2898derivebytes_first', 'lib', lambda u, h: P('using var kdf = new Rfc2898DeriveBytes("%s", salt, 100000, HashAlgorithmName.SHA256);' % V)),
    ('go_mysql_dsn_colon_before_at_tcp', 'lib', lambda u, h: P('db, err := sql.Open("mysql", "%s:%s@tcp(%s:3306)/vouchers?parseTime=true")' % (u, V, h))),
    ('go_http_request_setbasicauth_second', 'lib', lambda u, h: P('req.SetBasicAuth("%s", "%s")' % (u, V))),
    ('go_nats_userinfo_option_second', 'lib', lambda u, h: P('nc, err := nats.Connect("nats://%s:4222", nats.UserInfo("%s", "%s"))' % (h, u, V))),
    ('go_pbkdf2_key_first_bytes', 'lib', lambda u, h: P('key := pbkdf2.Key([]byte("%s"), salt, 4096, 32, sha256.New)' % V)),
    ('rust_zip_by_index_decrypt_second_bytes', 'lib', lambda u, h: P('let mut f = archive.by_index_decrypt(0, b"%s")?;' % V)),
    ('rust_tiberius_authmethod_sql_server_second', 'lib', lambda u, h: P('config.authentication(AuthMethod::sql_server("%s", "%s"));' % (u, V))),
    ('ruby_net_ftp_new_third', 'lib', lambda u, h: P("ftp = Net::FTP.new('%s', '%s', '%s')" % (h, u, V))),
    ('ruby_net_http_basic_auth_second', 'lib', lambda u, h: P('req = Net::HTTP::Get.new(uri)', "req.basic_auth '%s', '%s'" % (u, V))),
    ('ruby_openssl_pkcs5_pbkdf2_hmac_first', 'lib', lambda u, h: P("key = OpenSSL::PKCS5.pbkdf2_hmac('%s', salt, 20_000, 32, 'sha256')" % V)),
    ('perl_dbi_connect_third', 'lib', lambda u, h: P('my $dbh = DBI->connect("dbi:Pg:dbname=logbook;host=%s", "%s", "%s");' % (h, u, V))),
    ('perl_net_smtp_auth_second', 'lib', lambda u, h: P("my $smtp = Net::SMTP->new('smtp.%s', Port => 587);" % h, "$smtp->auth('%s', '%s');" % (u, V))),
    ('perl_net_telnet_login_second', 'lib', lambda u, h: P('my $t = Net::Telnet->new(Host => "10.40.0.30");', '$t->login("%s", "%s");' % (u, V))),
    ('lua_luasql_env_connect_third', 'lib', lambda u, h: P('local env = luasql.mysql()', 'local con = env:connect("vouchers", "%s", "%s", "%s")' % (u, V, h))),
    ('matlab_database_third', 'lib', lambda u, h: P("conn = database('logbook', '%s', '%s', 'Vendor', 'PostgreSQL', 'Server', '%s');" % (u, V, h))),
    ('excel_vba_workbooks_open_fifth_positional', 'lib', lambda u, h: P('Set wb = Workbooks.Open("\\\\loftnas\\loft\\repacks.xlsx", , , , "%s")' % V)),
    ('powershell_convertto_securestring_first', 'lib', lambda u, h: P("$sec = ConvertTo-SecureString '%s' -AsPlainText -Force" % V, "$cred = New-Object PSCredential('DZ\\%s', $sec)" % u)),
    ('arduino_wifi_begin_second', 'lib', lambda u, h: P('void setup() {', '  WiFi.begin("LaunchField-Crew", "%s");' % V, '}')),
    ('arduino_pubsubclient_connect_third', 'lib', lambda u, h: P('if (mqtt.connect("vario-07", "%s", "%s")) {' % (u, V), '  mqtt.subscribe("wind/launchfield");', '}')),
    ('micropython_wlan_connect_second', 'lib', lambda u, h: P('wlan = network.WLAN(network.STA_IF)', 'wlan.active(True)', 'wlan.connect("BasketLogger", "%s")' % V)),
    # ---------------- file
    ('ppp_chap_secrets_third_column', 'file', lambda u, h: P('# /etc/ppp/chap-secrets', '# client        server  secret                  IP addresses', '%s     *       %s     *' % (u, V))),
    ('rsyncd_secrets_colon_second_field', 'file', lambda u, h: P('# /etc/rsyncd.secrets (mode 600)', '%s:%s' % (u, V))),
    ('exim_passwd_client_third_field', 'file', lambda u, h: P('# /etc/exim4/passwd.client', '*.%s:%s:%s' % (h, u, V))),
    ('davfs2_secrets_third_token', 'file', lambda u, h: P('# /etc/davfs2/secrets', '/mnt/loftdocs   %s   %s' % (u, V))),
    ('stunnel_psk_file_colon_second', 'file', lambda u, h: P('# /etc/stunnel/psk.txt', 'windmast:%s' % V)),
    ('racoon_psk_txt_second_token', 'file', lambda u, h: P('# /etc/racoon/psk.txt', '203.0.113.40    %s' % V)),
    ('strongswan_ipsec_secrets_psk_quoted', 'file', lambda u, h: P('# /etc/ipsec.secrets', '%any 203.0.113.40 : PSK "' + V + '"')),
    ('lighttpd_plain_userfile_colon_second', 'file', lambda u, h: P('# /etc/lighttpd/windboard.user (auth.backend = "plain")', '%s:%s' % (u, V))),
    ('jetty_realm_properties_value_before_roles', 'file', lambda u, h: P('# etc/realm.properties', '%s: %s,manifest-admin' % (u, V))),
    ('activemq_users_properties_user_equals_value', 'file', lambda u, h: P('# conf/users.properties', '%s=%s' % (u, V))),
    ('manifest_kiosk_pipe_third_field', 'file', lambda u, h: P('# kiosk_users.dat  (name|role|secret|expires)', 'frontdesk2|checkin|%s|2025-10-31' % V)),
    ('vario_fleet_semicolon_fourth_field', 'file', lambda u, h: P('# vario_fleet.csv  serial;pilot;ssid;wifi;firmware', 'VX7-0042;%s;ClubVario;%s;2.31' % (u, V))),
    ('retrieve_radio_ini_comma_list_third', 'file', lambda u, h: P('[van2]', 'link = aprs.%s,14580,%s,hdg' % (h, V))),
    ('loft_scanner_fixed_width_cols_21_to_40', 'file', None),  # built specially
    ('balloon_tracker_tsv_fifth_column', 'file', lambda u, h: P('envelope\tpilot\tdevice\timei_tail\tunlock\tnotes', 'G-SKYW\t%s\tTK-905\t4471\t%s\tstrobe ok' % (u, V))),
    # ---------------- proto
    ('mqtt_connect_tshark_fields_third_column', 'proto', lambda u, h: P('$ tshark -r launchfield.pcap -Y mqtt.msgtype==1 -T fields -e mqtt.clientid -e mqtt.username -e mqtt.passwd', 'vario-07\t%s\t%s' % (u, V))),
    ('socks5_rfc1929_bracketed_length_frames', 'proto', lambda u, h: P('# SOCKS5 sub-negotiation, client -> proxy ([n] = length byte)', 'C->S  01 [%02x]%s [PLEN]%s' % (len(u), u, V), 'S->C  01 00')),
    ('proxy_authorization_basic_b64_pair', 'proto', None),  # built specially
    ('smtp_auth_login_second_b64_line', 'proto', None),     # built specially
    ('ldap_bindrequest_simple_decode', 'proto', lambda u, h: P('Lightweight Directory Access Protocol', '    LDAPMessage bindRequest(1) "uid=%s,ou=crew,dc=dz,dc=lan" simple' % u, '        version: 3', '        authentication: simple (0)', '            simple: ' + V)),
    ('esp_at_cwjap_second_quoted', 'proto', lambda u, h: P('>> AT+CWMODE=1', '<< OK', '>> AT+CWJAP="LaunchField-Crew","%s"' % V, '<< WIFI CONNECTED', '<< WIFI GOT IP')),
    ('redis_hello_auth_third_argument', 'proto', lambda u, h: P('$ redis-cli -h %s --no-auth-warning' % h, '%s:6379> HELLO 3 AUTH %s %s' % (h, u, V), '1# "server" => "redis"')),
    # ---------------- gui
    ('pywinauto_type_keys_single', 'gui', lambda u, h: P("dlg = app.window(title='Manifest Login')", "dlg.child_window(auto_id='f2').type_keys('%s{ENTER}')" % V)),
    ('selenium_send_keys_single', 'gui', lambda u, h: P('driver.find_element(By.ID, "f2").send_keys("%s")' % V)),
    ('robotframework_input_text_second_cell', 'gui', lambda u, h: P('*** Test Cases ***', 'Kiosk Login', '    Input Text    id=f1    %s' % u, '    Input Text    id=f2    %s' % V, '    Click Button    id=go')),
    ('android_espresso_typetext_single', 'gui', lambda u, h: P('onView(withId(R.id.f2)).perform(typeText("%s"), closeSoftKeyboard())' % V)),
    ('ios_xcuitest_typetext_single', 'gui', lambda u, h: P('let field = app.secureTextFields["f2"]', 'field.tap()', 'field.typeText("%s")' % V)),
    ('detox_element_typetext_single', 'gui', lambda u, h: P("await element(by.id('f2')).typeText('%s');" % V)),
    ('sikulix_type_after_click', 'gui', lambda u, h: P('click("login_field2.png")', 'type("%s" + Key.ENTER)' % V)),
    ('wtype_single_positional', 'gui', lambda u, h: P('$ sleep 2 && wtype %s && wtype -k Return' % V)),
    ('powershell_sendkeys_sendwait_before_enter', 'gui', lambda u, h: P('$wshell.AppActivate("Logbook")', '[System.Windows.Forms.SendKeys]::SendWait("%s{ENTER}")' % V)),
    ('adb_shell_input_text_single', 'gui', lambda u, h: P('$ adb shell input tap 540 1210', '$ adb shell input text %s' % V, '$ adb shell input keyevent 66')),
    ('vboxmanage_keyboardputstring_single', 'gui', lambda u, h: P('$ VBoxManage controlvm "manifest-win10" keyboardputstring "%s"' % V, '$ VBoxManage controlvm "manifest-win10" keyboardputscancode 1c 9c')),
    ('maestro_yaml_inputtext_value', 'gui', lambda u, h: P('appId: flights.waiver.kiosk', '---', '- tapOn:', '    id: "f2"', '- inputText: "%s"' % V, '- tapOn: "Sign in"')),
    ('selenium_ide_side_type_command_value', 'gui', lambda u, h: P('{ "id": "c3", "command": "type", "target": "id=f2", "value": "%s" }' % V)),
    # ---------------- sql
    ('mssql_openrowset_semicolon_third', 'sql', lambda u, h: P("SELECT * FROM OPENROWSET('MSOLEDBSQL', '%s';'%s';'%s', 'SELECT * FROM Manifest.dbo.Loads');" % (h, u, V))),
    ('postgres_pgcrypto_crypt_first_literal', 'sql', lambda u, h: P("INSERT INTO crew_login(username, pw_hash) VALUES ('%s', crypt('%s', gen_salt('bf')));" % (u, V))),
    ('clickhouse_remote_table_function_fourth', 'sql', lambda u, h: P("SELECT count() FROM remote('%s:9000', tracks.fixes, '%s', '%s');" % (h, u, V))),
    ('mysql_create_server_options_fourth', 'sql', lambda u, h: P("CREATE SERVER loftsrv FOREIGN DATA WRAPPER mysql OPTIONS (HOST '%s', DATABASE 'loft', USER '%s', PASSWORD '%s');" % (h, u, V))),
]

SET_ASIDE = [
    ('python_keyring_set_password_third', 'the function name says password right before the value'),
    ('python_paho_username_pw_set_second', 'the method name says pw right before the value'),
    ('php_ssh2_auth_password_third', 'the function name says password right before the value'),
    ('java_passwordauthentication_ctor_second', 'the class name says Password right before the value'),
    ('macos_security_add_generic_password_w', 'the sub-command says password right before the value'),
    ('mysql_create_server_options_fourth', 'the OPTIONS clause writes PASSWORD right before the value'),
    ('mosquitto_passwd_batch_b_third_positional', 'near-duplicate of htpasswd -b'),
    ('rman_target_slash_pair', 'near-duplicate of the sqlplus user/pw@db connect identifier'),
    ('bcp_out_capital_p_flag', 'near-duplicate of sqlcmd -U -P'),
    ('ilorest_login_lower_p_after_lower_u', 'one more -u / -p pair'),
    ('cypher_shell_lower_p_after_lower_u', 'one more -u / -p pair'),
    ('oc_login_lower_p_after_lower_u', 'one more -u / -p pair'),
    ('lynx_dash_auth_colon_pair', 'near-duplicate of httpie -a and ab -A'),
    ('proxytunnel_capital_p_colon_pair', 'near-duplicate of ncat --proxy-auth'),
    ('aria2c_ftp_url_userinfo', 'near-duplicate of the wget ftp:// userinfo'),
    ('sendemail_xp_after_xu', 'near-duplicate of swaks -au / -ap'),
    ('python_pypdf_decrypt_single', 'near-duplicate of pikepdf.open'),
    ('java_pbekeyspec_first_chararray', 'one more password-based KDF call (Python, Node and C# kept)'),
    ('go_pbkdf2_key_first_bytes', 'one more password-based KDF call'),
    ('ruby_openssl_pkcs5_pbkdf2_hmac_first', 'one more password-based KDF call'),
    ('php_hash_pbkdf2_second', 'one more password-based KDF call'),
    ('perl_net_telnet_login_second', 'near-duplicate of the telnetlib exchange'),
    ('php_ftp_login_third', 'one more FTP login call (Python ftplib kept)'),
    ('java_commons_net_ftpclient_login_second', 'one more FTP login call'),
    ('csharp_fluentftp_ftpclient_ctor_third', 'one more FTP login call'),
    ('ruby_net_ftp_new_third', 'one more FTP login call'),
    ('detox_element_typetext_single', 'near-duplicate of Espresso / XCUITest typeText'),
    ('selenium_ide_side_type_command_value', 'near-duplicate of Selenium send_keys'),
    ('smbpasswd_s_stdin_twice_printf', 'the confirmation line repeats the value, which breaks the one-occurrence rule'),
    ('racoon_psk_txt_second_token', 'near-duplicate of the strongSwan PSK line'),
    ('mongodump_uri_flag_userinfo', 'one more mongodb:// userinfo (an earlier corpus has pymongo)'),
]
_SA = {n for n, _ in SET_ASIDE}
SYNTAXES = [s for s in SYNTAXES if s[0] not in _SA]

def fixed_width(u, pw):
    line = '%-8s%-12s%-20s%-10s' % ('L0042', u[:11], pw, '20251031')
    hdr = '%-8s%-12s%-20s%-10s' % ('ITEM', 'RIGGER', 'UNLOCK', 'EXPIRES')
    return hdr, line

def build(reg, start):
    rng = random.Random(21003)
    out = []
    for i, (syn, cat, fn) in enumerate(SYNTAXES):
        u = rng.choice(USERS)
        h = rng.choice(HOSTS)
        typ = PREFIX + syn
        cont = typ + '__' + SUFFIX[cat]
        extra = None
        if syn == 'loft_scanner_fixed_width_cols_21_to_40':
            pw = reg.draw(lambda: owner_password(rng, strict=True))
            hdr, line = fixed_width(u, pw)
            tpl = '# loft_scanner.dat  (fixed width: item 1-8, rigger 9-20, unlock 21-40, expires 41-50)\n' + hdr + '\n' + line.replace(pw, MARK, 1) + '\n'
            value = pw
        elif syn == 'proxy_authorization_basic_b64_pair':
            pw = reg.draw(lambda: owner_password(rng, strict=True))
            value = reg.draw(lambda: base64.b64encode(('%s:%s' % (u, pw)).encode()).decode())
            tpl = P('GET http://weather.example/api/metar?ids=EGBP HTTP/1.1', 'Host: weather.example',
                    'Proxy-Authorization: Basic ' + V, 'User-Agent: windboard/1.8')
            extra = {'_hidden': pw}
        elif syn == 'smtp_auth_login_second_b64_line':
            pw = reg.draw(lambda: owner_password(rng, strict=True))
            value = reg.draw(lambda: base64.b64encode(pw.encode()).decode())
            ub = base64.b64encode(u.encode()).decode()
            tpl = P('S: 250-AUTH LOGIN PLAIN', 'C: AUTH LOGIN', 'S: 334 VXNlcm5hbWU6', 'C: ' + ub, 'S: 334 UGFzc3dvcmQ6', 'C: ' + V, 'S: 235 2.7.0 Authentication successful')
            extra = {'_hidden': pw}
        else:
            value = reg.draw(lambda: owner_password(rng, strict=True))
            tpl = fn(u, h)
            if 'REPEAT' in tpl:
                tpl = tpl.replace('REPEAT', '%s')
                tpl = tpl % value  # second (confirmation) copy is written after the span is placed below
        if syn == 'smbpasswd_s_stdin_twice_printf':
            # the confirmation repeats the value; keep exactly one occurrence by using a variable for the repeat
            tpl = P('$ PW2="$(cat /root/.smb_confirm)"', "$ printf '%s\\n%%s\\n' \"$PW2\" | sudo smbpasswd -s -a %s" % (V, u))
        if '[PLEN]' in tpl:
            tpl = tpl.replace('[PLEN]', '[%02x]' % len(value))
        r = rec('p210-s-%04d' % (start + i), typ, cont, tpl, value, 'password')
        if extra:
            r['_hidden'] = extra['_hidden']
        out.append(r)
    return out
