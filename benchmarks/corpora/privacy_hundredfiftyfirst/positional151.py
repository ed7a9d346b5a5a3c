"""Positional password syntaxes (p151): the place says it is a password."""
import random, base64
from gen151 import Shapes, callsign

SUFFIXES = ["shack_pi_shell_history", "igate_runbook_excerpt", "ham_tool_source_line", "packet_link_capture_text"]

S = [
 ("direwolf_iglogin_second_argument", "IGSERVER noam.aprs2.net\nIGLOGIN {C} {P}\n"),
 ("aprsis_login_line_after_pass", "# user {C} pass {P} vers aprsgw 0.3 filter r/42.6/-71.3/50\n"),
 ("python_aprslib_is_second_positional", "AIS = aprslib.IS('{C}', '{P}', port=14580)\nAIS.connect()\n"),
 ("linbpq_user_line_second_field", "USER={C},{V},{C},,SYSOP\n"),
 ("jnos_ftpusers_second_column", "# ftpusers\n{c} {V} /public 0x7f\n"),
 ("iax_register_userinfo", "[general]\nregister => 50123:{V}@register.allstarlink.org\n"),
 ("pat_connect_telnet_url_userinfo", "pat connect telnet://{C}:{V}@cms.example.net:8772/wl2k\n"),
 ("dapnet_unipager_login_fourth_token", "[UniPager v1.0.3 {c} {V}]\n"),
 ("kiwisdr_ws_set_auth_p_param", "SET auth t=admin p={V}\n"),
 ("tqsl_batch_lower_p_after_a", "tqsl -d -u -a compliant -x -p {V} -l home contest.adi\n"),
 ("mosquitto_pub_capital_p_after_lower_u", "mosquitto_pub -h broker.local -u igate -P {V} -t aprs/raw -m test\n"),
 ("mosquitto_sub_capital_p_after_lower_u", "mosquitto_sub -h 10.0.0.5 -u shack -P {V} -t 'wx/#' -v\n"),
 ("sshpass_lower_p_before_ssh", "sshpass -p {V} ssh pi-star@pi-star.local 'sudo pistar-update'\n"),
 ("plink_pw_flag", "plink -ssh -pw {V} pi@192.168.1.40 rigctl -m 2 f\n"),
 ("pscp_pw_flag", "pscp -pw {V} log.adi pi@192.168.1.40:/home/pi/\n"),
 ("lftp_lower_u_comma_pair", "lftp -u qslbot,{V} ftp.example.net -e 'mirror -R cards/ cards/; bye'\n"),
 ("wget_ftp_url_userinfo", "wget ftp://tle:{V}@ftp.example.net/pub/amateur.txt\n"),
 ("curl_proxy_url_userinfo", "curl -x http://shack:{V}@10.9.0.1:3128 https://celestrak.example.org/gp.php\n"),
 ("mysqladmin_glued_p", "mysqladmin -u cloudlog -p{V} status\n"),
 ("mysqldump_glued_p", "mysqldump -u wavelog -p{V} wavelog > backup.sql\n"),
 ("mysqladmin_password_subcommand_argument", "mysqladmin -u root password '{V}'\n"),
 ("mongodump_uri_userinfo", "mongodump --uri 'mongodb://spots:{V}@10.0.0.8:27017/cluster'\n"),
 ("pg_basebackup_dbname_url_userinfo", "pg_basebackup -d 'postgresql://replicator:{V}@10.0.0.9/logbook' -D /srv/pgbase\n"),
 ("unixodbc_isql_dsn_third_positional", "isql LOGDSN logger {V} -v\n"),
 ("bcp_capital_p_after_capital_u", "bcp Qsos out qsos.dat -S n1mm-sql -U n1mm -P {V} -c\n"),
 ("vncpasswd_f_stdin_echo", "echo '{V}' | vncpasswd -f > ~/.vnc/passwd\n"),
 ("x11vnc_passwd_flag", "x11vnc -display :0 -forever -passwd {V}\n"),
 ("chpasswd_stdin_colon_pair", "echo 'pi:{V}' | sudo chpasswd\n"),
 ("passwd_stdin_echo", "echo '{V}' | passwd --stdin hamop\n"),
 ("sudo_capital_s_stdin_echo", "echo '{V}' | sudo -S systemctl restart mmdvmhost\n"),
 ("htpasswd_batch_third_positional", "htpasswd -b /etc/nginx/.openwebrx users sdrop {V}\n"),
 ("wpa_cli_set_network_psk_third", "wpa_cli -i wlan0 set_network 0 psk '\"{V}\"'\n"),
 ("raspi_config_wifi_passphrase_second", "sudo raspi-config nonint do_wifi_ssid_passphrase FieldDay {V}\n"),
 ("nmcli_con_modify_wifi_sec_psk_value", "nmcli con modify hotspot wifi-sec.psk {V}\n"),
 ("iwconfig_key_s_prefix", "iwconfig wlan0 essid shack key s:{V}\n"),
 ("sshfs_password_stdin_echo", "echo '{V}' | sshfs -o password_stdin pi@remote.local:/srv/iq /mnt/iq\n"),
 ("fossil_clone_url_userinfo", "fossil clone https://builder:{V}@fossil.example.net/rigctl rigctl.fossil\n"),
 ("cvs_pserver_cvsroot_userinfo", "cvs -d :pserver:anon:{V}@cvs.example.net:/cvsroot/xastir co xastir\n"),
 ("podman_login_lower_p", "podman login -u hamci -p {V} registry.example.net\n"),
 ("oras_login_lower_p", "oras login -u hamci -p {V} registry.example.net\n"),
 ("openssl_pkcs12_passout_pass_prefix", "openssl pkcs12 -export -in lotw.crt -inkey lotw.key -out lotw.p12 -passout pass:{V}\n"),
 ("openssl_enc_k_flag", "openssl enc -aes-256-cbc -pbkdf2 -k {V} -in station.tq6 -out station.enc\n"),
 ("openssl_genrsa_passout_pass_prefix", "openssl genrsa -aes256 -passout pass:{V} -out ca.key 4096\n"),
 ("gpg_passphrase_fd_zero_echo", "echo '{V}' | gpg --batch --passphrase-fd 0 -d qsl-export.tar.gpg\n"),
 ("sevenzip_glued_lower_p", "7z a -p{V} -mhe=on logs-2024.7z logs/\n"),
 ("unar_lower_p", "unar -p {V} contest-logs.zip\n"),
 ("pdftk_input_pw_positional", "pdftk roster.pdf input_pw {V} output roster-open.pdf\n"),
 ("encfs_extpass_echo", "encfs --extpass=\"echo {V}\" ~/.iq_enc ~/iq\n"),
 ("ssh_keygen_capital_p_old_phrase", "ssh-keygen -p -f ~/.ssh/id_ed25519 -P {V} -N ''\n"),
 ("expect_send_after_assword_prompt", "spawn ssh root@repeater.local\nexpect \"assword:\"\nsend \"{V}\\r\"\ninteract\n"),
 ("ipmitool_capital_p_after_capital_u", "ipmitool -I lanplus -H 10.0.0.20 -U admin -P {V} chassis power status\n"),
 ("racadm_lower_p_after_lower_u", "racadm -r 10.0.0.21 -u root -p {V} serveraction powercycle\n"),
 ("psexec_lower_p_after_lower_u", "psexec \\\\SHACKPC -u shack\\op -p {V} cmd /c net stop N1MM\n"),
 ("net_use_positional_before_user", "net use S: \\\\nas\\recordings {V} /user:NAS\\sdr\n"),
 ("powershell_convertto_securestring_first", "$sec = ConvertTo-SecureString '{V}' -AsPlainText -Force\n"),
 ("crackmapexec_lower_p_after_lower_u", "crackmapexec smb 10.0.0.0/24 -u shackadmin -p '{V}'\n"),
 ("evil_winrm_lower_p_after_lower_u", "evil-winrm -i 10.0.0.31 -u ops -p '{V}'\n"),
 ("yt_dlp_lower_p_after_lower_u", "yt-dlp -u clubvideo -p {V} https://video.example.net/hamfest-talks\n"),
 ("ncftpget_lower_p_after_lower_u", "ncftpget -u tle -p {V} ftp.example.net . /pub/keps.txt\n"),
 ("influx_user_create_lower_p", "influx user create -n grafana -p {V} -o shack\n"),
 ("ffmpeg_rtsp_url_userinfo", "ffmpeg -i rtsp://cam:{V}@192.168.1.64:554/Streaming/Channels/101 -t 10 tower.mp4\n"),
 ("amqp_broker_url_userinfo", "celery -A spots worker -b amqp://spots:{V}@10.0.0.7:5672//\n"),
 ("mqtt_url_userinfo_cli_flag", "aprs2mqtt --broker mqtt://igate:{V}@10.0.0.5:1883 --topic aprs\n"),
 ("smtp_auth_login_password_line_b64", "C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: {U64}\nS: 334 UGFzc3dvcmQ6\nC: {B64}\nS: 235 2.7.0 Authentication successful\n"),
 ("pop3_wire_pass_command", "S: +OK POP3 ready\nC: USER bbs\nS: +OK\nC: PASS {V}\nS: +OK maildrop has 2 messages\n"),
 ("ftp_wire_pass_command", "220 ftp.example.net\nUSER tle\n331 Password required\nPASS {V}\n230 Logged in\n"),
 ("irc_server_pass_before_nick", "PASS {V}\nNICK K1IRC\nUSER k1irc 0 * :net control\n"),
 ("asterisk_ami_login_secret_line", "Action: Login\r\nUsername: allmon\r\nSecret: {V}\r\n\r\n"),
 ("redis_acl_setuser_greater_than_prefix", "ACL SETUSER spotfeed on >{V} ~spots:* +@read\n"),
 ("redis_config_set_requirepass_third", "CONFIG SET requirepass {V}\n"),
 ("redis_acl_auth_two_arg_second", "AUTH spotfeed {V}\n"),
 ("mongo_change_user_password_second", "db.changeUserPassword('spots', '{V}')\n"),
 ("sql_set_password_for_user", "SET PASSWORD FOR 'cloudlog'@'localhost' = '{V}';\n"),
 ("python_paramiko_connect_fourth_positional", "client.connect('192.168.1.40', 22, 'pi', '{V}')\n"),
 ("python_ftplib_ftp_ctor_third", "ftp = ftplib.FTP('ftp.example.net', 'tle', '{V}')\n"),
 ("python_ftplib_login_second", "ftp.login('tle', '{V}')\n"),
 ("python_smtplib_login_second", "server.login('bbs@example.net', '{V}')\n"),
 ("python_imaplib_login_second", "M = imaplib.IMAP4_SSL('imap.example.net'); M.login('winlink', '{V}')\n"),
 ("python_poplib_pass_underscore_single", "p = poplib.POP3_SSL('pop.example.net'); p.user('bbs'); p.pass_('{V}')\n"),
 ("python_paho_username_pw_set_second", "client.username_pw_set('igate', '{V}')\n"),
 ("python_influxdbclient_ctor_fourth", "db = InfluxDBClient('10.0.0.5', 8086, 'wx', '{V}', 'weather')\n"),
 ("python_mysqldb_connect_third", "conn = MySQLdb.connect('localhost', 'cloudlog', '{V}', 'cloudlog')\n"),
 ("python_requests_auth_tuple_second", "r = requests.get(API, auth=('hamalert', '{V}'), timeout=10)\n"),
 ("python_keyring_set_password_third", "keyring.set_password('clublog', 'K1ABC', '{V}')\n"),
 ("python_pikepdf_open_second", "pdf = pikepdf.open('net-roster.pdf', '{V}')\n"),
 ("python_pysnmp_communitydata_single", "auth = CommunityData('{V}', mpModel=1)\n"),
 ("python_urllib_add_password_fourth", "mgr.add_password(None, 'http://kiwi.local:8073/', 'admin', '{V}')\n"),
 ("arduino_wifi_begin_second", "WiFi.begin(\"APRS-Tracker\", \"{V}\");\n"),
 ("arduino_pubsubclient_connect_third", "mqtt.connect(\"tbeam-01\", \"tracker\", \"{V}\");\n"),
 ("arduino_webserver_authenticate_second", "if (!server.authenticate(\"admin\", \"{V}\")) return server.requestAuthentication();\n"),
 ("arduino_ota_set_password_single", "ArduinoOTA.setPassword(\"{V}\");\n"),
 ("go_sql_open_mysql_dsn_colon_pair", "db, err := sql.Open(\"mysql\", \"logger:{V}@tcp(127.0.0.1:3306)/qsos\")\n"),
 ("go_ssh_password_auth_single", "Auth: []ssh.AuthMethod{ssh.Password(\"{V}\")},\n"),
 ("java_drivermanager_getconnection_third", "Connection c = DriverManager.getConnection(url, \"n1mm\", \"{V}\");\n"),
 ("java_commons_ftpclient_login_second", "ftp.login(\"tle\", \"{V}\");\n"),
 ("csharp_networkcredential_second", "var cred = new NetworkCredential(\"winlink\", \"{V}\");\n"),
 ("csharp_sshnet_client_third", "using var ssh = new SshClient(\"10.0.0.40\", \"pi\", \"{V}\");\n"),
 ("csharp_mqttnet_withcredentials_second", ".WithCredentials(\"logger\", \"{V}\")\n"),
 ("rust_rumqttc_set_credentials_second", "opts.set_credentials(\"igate\", \"{V}\");\n"),
 ("rust_ssh2_userauth_password_second", "sess.userauth_password(\"pi\", \"{V}\")?;\n"),
 ("ruby_net_ftp_open_third", "Net::FTP.open('ftp.example.net', 'tle', '{V}') do |ftp|\n"),
 ("ruby_net_pop3_start_fourth", "Net::POP3.start('pop.example.net', 110, 'bbs', '{V}') do |pop|\n"),
 ("php_mysqli_connect_third", "$db = mysqli_connect('localhost', 'cloudlog', '{V}', 'cloudlog');\n"),
 ("php_ftp_login_third", "ftp_login($conn, 'tle', '{V}');\n"),
 ("php_imap_open_third", "$mbox = imap_open('{imap.example.net:993/imap/ssl}INBOX', 'winlink', '{V}');\n"),
 ("perl_net_ftp_login_second", "$ftp->login('tle', '{V}') or die;\n"),
 ("perl_dbi_connect_third", "my $dbh = DBI->connect('dbi:mysql:dxspider', 'spider', '{V}');\n"),
 ("tcl_ftp_open_third", "set h [ftp::Open ftp.example.net tle {V}]\n"),
]


def build(reg, seed=15103):
    rnd = random.Random(seed)
    sh = Shapes(rnd)
    out = []
    for i, (syn, tpl) in enumerate(S):
        c = callsign(rnd)
        t = "hampw_" + syn
        if "{P}" in tpl:
            from gen151 import aprs_passcode
            while True:
                c = callsign(rnd)
                v = aprs_passcode(c)
                if reg.ok(v):
                    reg.vals.append(v)
                    break
            tpl2 = tpl.replace("{C}", c).replace("{c}", c.lower())
            pre, post = tpl2.split("{P}")
        elif "{B64}" in tpl:
            pw = sh.pw()
            v = reg.take(lambda: base64.b64encode(sh.pw().encode()).decode())
            tpl2 = tpl.replace("{U64}", base64.b64encode(b"bbs@example.net").decode())
            pre, post = tpl2.split("{B64}")
        else:
            v = reg.take(sh.pw)
            tpl2 = tpl.replace("{C}", c).replace("{c}", c.lower())
            pre, post = tpl2.split("{V}")
        text = pre + v + post
        out.append(dict(type=t, container=t + "__" + SUFFIXES[i % 4], text=text,
                        secrets=[dict(value=v, start=len(pre), end=len(pre) + len(v), type=t)], source="password"))
    return out
