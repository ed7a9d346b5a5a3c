"""Positional passwords: the place in a command / file / call marks the value. (type, signature, template)."""
import random
from common113 import *

S = SLOT
P = [
    ("mosquitto_pub_capital_p_after_u", "mosquitto_pub", "$ mosquitto_pub -h mqtt.example.net -u ais-bridge -P " + S + " -t fleet/pos -m '{}'\n"),
    ("mosquitto_passwd_batch_third", "mosquitto_passwd -b", "$ mosquitto_passwd -b /etc/mosquitto/passwd vessel01 " + S + "\n"),
    ("rabbitmqctl_add_user_second", "rabbitmqctl add_user", "$ rabbitmqctl add_user edi-worker " + S + "\n"),
    ("redis_cli_lower_a_flag", "redis-cli -a", "$ redis-cli -h 10.0.4.7 -a " + S + " --no-auth-warning INFO\n"),
    ("influx_setup_lower_p", "influx setup", "$ influx setup -u admin -p " + S + " -o fleet -b telemetry -f\n"),
    ("smbclient_user_percent_pair", "smbclient -U", "$ smbclient //fs01.example.net/manifests -U ops%" + S + " -c ls\n"),
    ("schtasks_rp_flag", "schtasks /create", "C:\\> schtasks /create /tn NoonSync /tr sync.bat /sc hourly /ru PORT\\svc-noon /rp " + S + "\n"),
    ("cmdkey_pass_colon", "cmdkey /add", "C:\\> cmdkey /add:tos01.example.net /user:PORT\\planner /pass:" + S + "\n"),
    ("winrs_lower_p_colon", "winrs", "C:\\> winrs -r:bridge-pc01 -u:master -p:" + S + " ipconfig\n"),
    ("seven_zip_glued_lower_p", "7z a -p", "$ 7z a -p" + S + " -mhe=on crewlist.7z crewlist.xlsx\n"),
    ("rar_glued_hp", "rar a -hp", "$ rar a -hp" + S + " manifests.rar manifests/\n"),
    ("gpg_passphrase_fd_zero_pipe", "passphrase-fd", "$ echo '" + S + "' | gpg --batch --pinentry-mode loopback --passphrase-fd 0 -d bl.pdf.gpg\n"),
    ("keytool_storepass_flag", "keytool", "$ keytool -list -keystore as2.p12 -storetype PKCS12 -storepass " + S + "\n"),
    ("mysqladmin_password_subcommand", "mysqladmin", "$ mysqladmin -u root password " + S + "\n"),
    ("oracle_alter_user_identified_by", "identified by", "SQL> ALTER USER tos_app IDENTIFIED BY " + S + ";\n"),
    ("oracle_db_link_connect_to_identified", "connect to", "CREATE DATABASE LINK pcs_link CONNECT TO pcs_ro IDENTIFIED BY \"" + S + "\" USING 'PCSPROD';\n"),
    ("unixodbc_isql_third_positional", "isql tosdsn", "$ isql tosdsn tos_report " + S + " -v\n"),
    ("bcp_capital_p_after_capital_u", "bcp ", "$ bcp dbo.Gatemoves out moves.dat -S sql01 -U etl -P " + S + " -c\n"),
    ("cypher_shell_lower_p", "cypher-shell", "$ cypher-shell -a neo4j://graph.example.net -u neo4j -p " + S + "\n"),
    ("vertica_vsql_lower_w", "vsql", "$ vsql -h vertica01 -U dbadmin -w " + S + " -d voyages\n"),
    ("hive_beeline_lower_p", "beeline", "$ beeline -u jdbc:hive2://hive.example.net:10000 -n analyst -p " + S + "\n"),
    ("netezza_nzsql_pw", "nzsql", "$ nzsql -u admin -pw " + S + " -d CARGO\n"),
    ("kinit_stdin_pipe", "kinit", "$ echo '" + S + "' | kinit svc-tos@PORT.EXAMPLE.NET\n"),
    ("ldappasswd_lower_s_new", "ldappasswd", "$ ldappasswd -x -D cn=admin,dc=port,dc=example -W -s " + S + " uid=pilot7,ou=people,dc=port,dc=example\n"),
    ("x11vnc_passwd_flag", "x11vnc", "$ x11vnc -display :0 -passwd " + S + " -forever\n"),
    ("nmcli_wifi_connect_after_keyword", "nmcli", "$ nmcli dev wifi connect CREW-NET password " + S + "\n"),
    ("wpa_passphrase_second_positional", "wpa_passphrase", "$ wpa_passphrase BRIDGE-WLAN " + S + " >> /etc/wpa_supplicant.conf\n"),
    ("netsh_wlan_hostednetwork_key", "netsh wlan", "C:\\> netsh wlan set hostednetwork mode=allow ssid=ENGINE-AP key=" + S + "\n"),
    ("iwctl_passphrase_flag", "iwctl", "$ iwctl --passphrase " + S + " station wlan0 connect DECK-AP\n"),
    ("openvpn_auth_file_second_line", "auth-user-pass", "$ cat /etc/openvpn/shore.auth   # used by auth-user-pass\nvessel-9811000\n" + S + "\n"),
    ("ppp_chap_secrets_third_column", "chap-secrets", "# /etc/ppp/chap-secrets\n# client  server  secret  IP\nvsat01   *   " + S + "   *\n"),
    ("curlftpfs_url_userinfo", "curlftpfs", "$ curlftpfs ftp://noon:" + S + "@ftp.example.net/reports /mnt/noon\n"),
    ("sshfs_password_stdin_pipe", "password_stdin", "$ echo '" + S + "' | sshfs ops@vdr.example.net:/data /mnt/vdr -o password_stdin\n"),
    ("skopeo_src_creds_colon", "src-creds", "$ skopeo copy --src-creds deploy:" + S + " docker://reg.example.net/tos:4 dir:/tmp/tos\n"),
    ("nats_server_pass_flag", "nats-server", "$ nats-server --user fleet --pass " + S + " -p 4222\n"),
    ("emqx_ctl_admins_add_third", "emqx_ctl", "$ emqx_ctl admins add portops " + S + "\n"),
    ("sipsak_lower_a_flag", "sipsak", "$ sipsak -U -s sip:bridge@pbx.example.net -a " + S + "\n"),
    ("redfishtool_lower_p", "redfishtool", "$ redfishtool -r 192.0.2.61 -u root -p " + S + " Systems\n"),
    ("govc_url_userinfo", "govc", "$ govc ls -u 'administrator@vsphere.local:" + S + "@vcenter.example.net'\n"),
    ("pscp_pw_flag", "pscp", "C:\\> pscp -pw " + S + " ops@203.0.113.9:/var/log/ais.log .\n"),
    ("winscp_open_sftp_userinfo", "winscp", "C:\\> WinSCP.com /command \"open sftp://edi:" + S + "@sftp.example.net/\" \"get *.edi\" exit\n"),
    ("pexpect_sendline_after_prompt", "pexpect", "child = pexpect.spawn('ssh ops@gate01')\nchild.expect('assword:')\nchild.sendline('" + S + "')\n"),
    ("hydra_lower_p_single", "hydra", "$ hydra -l admin -p " + S + " 192.0.2.77 http-get /\n"),
    ("crackmapexec_lower_p", "crackmapexec", "$ crackmapexec smb 192.0.2.0/24 -u svc-scan -p " + S + "\n"),
    ("impacket_psexec_target_colon", "psexec.py", "$ psexec.py PORT/admin:" + S + "@10.4.0.12\n"),
    ("evil_winrm_lower_p", "evil-winrm", "$ evil-winrm -i 10.4.0.15 -u audit -p " + S + "\n"),
    ("rpcclient_user_percent_pair", "rpcclient", "$ rpcclient -U \"audit%" + S + "\" 10.4.0.15\n"),
    ("cx_oracle_connect_second_positional", "cx_oracle", "conn = cx_Oracle.connect(\"tos_app\", \"" + S + "\", \"tosdb.example.net/TOS\")\n"),
    ("go_sql_driver_dsn_before_at_tcp", "@tcp(", "db, err := sql.Open(\"mysql\", \"berth:" + S + "@tcp(db02.example.net:3306)/berths\")\n"),
    ("python_pysmb_smbconnection_second", "smbconnection", "conn = SMBConnection('stowage', '" + S + "', 'planner-pc', 'FS01')\n"),
    ("python_pyminizip_fourth", "pyminizip", "pyminizip.compress('crew.csv', None, 'crew.zip', '" + S + "', 5)\n"),
    ("python_pypdf_decrypt_first", ".decrypt(", "reader = PdfReader('bl_draft.pdf')\nreader.decrypt('" + S + "')\n"),
    ("python_paho_username_pw_set_second", "username_pw_set", "client.username_pw_set('ais-bridge', '" + S + "')\n"),
    ("python_kazoo_add_auth_digest", "add_auth(", "zk.add_auth('digest', 'berth:" + S + "')\n"),
    ("python_hvac_userpass_login_second", "userpass.login", "client.auth.userpass.login('pilot', '" + S + "')\n"),
    ("dotnet_networkcredential_second", "networkcredential", "var cred = new NetworkCredential(\"customs\", \"" + S + "\");\n"),
    ("php_imap_open_third", "imap_open", "$mbox = imap_open('{mail.example.net:993/imap/ssl}INBOX', 'noon', '" + S + "');\n"),
    ("perl_net_telnet_login_second", "net::telnet", "$t = Net::Telnet->new(Host => 'plc01');\n$t->login('engineer', '" + S + "');\n"),
    ("c_mysql_real_connect_fourth", "mysql_real_connect", "mysql_real_connect(conn, \"db03\", \"yard\", \"" + S + "\", \"yard\", 0, NULL, 0);\n"),
    ("c_pqsetdblogin_seventh", "pqsetdblogin", "conn = PQsetdbLogin(\"pg01\", \"5432\", NULL, NULL, \"pcs\", \"pcs_app\", \"" + S + "\");\n"),
    ("c_curlopt_userpwd_colon", "curlopt_userpwd", "curl_easy_setopt(c, CURLOPT_USERPWD, \"as2:" + S + "\");\n"),
    ("csharp_sshnet_sftpclient_fourth", "sftpclient(", "using var sftp = new SftpClient(\"sftp.example.net\", 22, \"noon\", \"" + S + "\");\n"),
    ("java_jcifs_smbfile_url_userinfo", "smbfile(", "SmbFile f = new SmbFile(\"smb://ops:" + S + "@fs01.example.net/edi/\");\n"),
    ("arduino_pubsubclient_connect_third", "pubsubclient", "// PubSubClient\nmqtt.connect(\"tank-sensor-3\", \"sensors\", \"" + S + "\");\n"),
    ("arduino_wifi_begin_second", "wifi.begin", "WiFi.begin(\"ENGINE-AP\", \"" + S + "\");\n"),
    ("quectel_at_qicsgp_fifth_field", "at+qicsgp", "AT+QICSGP=1,1,\"vsat.apn\",\"vessel\",\"" + S + "\",1\r\nOK\n"),
    ("threegpp_at_cgauth_fourth_field", "at+cgauth", "AT+CGAUTH=1,1,\"fleet\",\"" + S + "\"\r\nOK\n"),
    ("cisco_crypto_isakmp_key_before_address", "crypto isakmp key", "crypto isakmp key " + S + " address 203.0.113.5\n"),
    ("cisco_tacacs_server_key_zero", "tacacs-server", "tacacs-server host 192.0.2.10\ntacacs-server key 0 " + S + "\n"),
    ("stunnel_psk_file_identity_colon", "stunnel", "# /etc/stunnel/psk-ship.txt (PSKsecrets for stunnel)\nvessel01:" + S + "\n"),
    ("chrony_keys_third_column", "chrony.keys", "# /etc/chrony/chrony.keys\n10 SHA1 " + S + "\n"),
    ("slapd_conf_rootpw_line", "rootpw", "database mdb\nsuffix \"dc=port,dc=example\"\nrootpw " + S + "\n"),
    ("https_proxy_env_url_userinfo", "https_proxy=http://", "export https_proxy=http://vessel:" + S + "@proxy.example.net:3128\n"),
    ("jdbc_oracle_thin_user_slash", "jdbc:oracle:thin:", "url=jdbc:oracle:thin:tos_ro/" + S + "@tosdb.example.net:1521/TOS\n"),
    ("telnet_url_userinfo", "telnet://", "open telnet://engineer:" + S + "@192.0.2.90/\n"),
    ("sip_uri_userinfo", "sip:bridge:", "Contact: <sip:bridge:" + S + "@pbx.example.net;transport=tls>\n"),
    ("stomp_ssl_url_userinfo", "stomp+ssl://", "broker.url=stomp+ssl://edi:" + S + "@mq.example.net:61614\n"),
    ("rediss_url_empty_user", "rediss://:", "REDIS_URL=rediss://:" + S + "@cache.example.net:6380/0\n"),
    ("davs_url_userinfo", "davs://", "$ gio mount davs://crew:" + S + "@dav.example.net/docs\n"),
    ("sqlalchemy_asyncpg_url_userinfo", "postgresql+asyncpg://", "engine = create_async_engine('postgresql+asyncpg://pcs:" + S + "@pg01/pcs')\n"),
]

SUFFIXES = ["bridge_pc_terminal_paste", "terminal_server_config_excerpt", "port_backend_source_line", "shore_link_capture_decoded"]


def build():
    rng = random.Random(11303)
    out = []
    for i, (typ, sig, tpl) in enumerate(P):
        v = sea_password(rng)
        text, st = fill(tpl, v)
        out.append(rec("", typ, typ + "__" + SUFFIXES[i % len(SUFFIXES)], text, st, v, "password"))
    return out
