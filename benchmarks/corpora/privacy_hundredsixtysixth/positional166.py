"""Positional passwords: a password passed without a telling password= key."""
import base64
import random

from common166 import make_span_record, password

SEED = 16603
PREFIX = "crechepw_"
SUFFIX = {
    "cli": "nursery_it_zsh_history",
    "code": "parent_app_backend_source",
    "file": "kiosk_image_config_file",
    "proto": "intercom_vlan_packet_text",
}

# (syntax, category, template) ; «V» password, «U» user, «H» host
SYNTAXES = [
    ("mysqlimport_glued_lower_p", "cli", "mysqlimport --local -u «U» -p«V» -h «H» enrolments /tmp/waitlist.csv"),
    ("mongoimport_lower_p_after_lower_u", "cli", "mongoimport --host «H» -u «U» -p «V» --authenticationDatabase admin -d journal -c observations --file obs.json"),
    ("mongorestore_uri_userinfo", "cli", "mongorestore --uri \"mongodb://«U»:«V»@«H»:27017/?authSource=admin\" ./dump-photos"),
    ("cqlsh_lower_p_after_lower_u", "cli", "cqlsh «H» 9042 -u «U» -p «V» -e \"SELECT count(*) FROM signin.events;\""),
    ("cypher_shell_lower_p_after_lower_u", "cli", "cypher-shell -a neo4j://«H»:7687 -u «U» -p «V» \"MATCH (c:Child)-[:IN]->(r:Room) RETURN r.name, count(c)\""),
    ("rabbitmqctl_add_user_second_positional", "cli", "sudo rabbitmqctl add_user «U» «V»\nsudo rabbitmqctl set_permissions -p / «U» \".*\" \".*\" \".*\""),
    ("rabbitmqadmin_lower_p_after_lower_u", "cli", "rabbitmqadmin -H «H» -u «U» -p «V» list queues name messages"),
    ("redis_cli_lower_a_flag", "cli", "redis-cli -h «H» -a «V» --no-auth-warning KEYS 'kiosk:session:*'"),
    ("valkey_cli_lower_a_flag", "cli", "valkey-cli -h «H» -p 6379 -a «V» INFO keyspace"),
    ("mongosh_lower_p_after_lower_u", "cli", "mongosh \"mongodb://«H»/parentapp\" -u «U» -p «V» --authenticationDatabase admin"),
    ("firebird_isql_fb_lower_p_after_lower_u", "cli", "isql-fb -u SYSDBA -p «V» «H»:/var/lib/firebird/data/NURSERY.FDB"),
    ("sybase_isql_capital_p_after_capital_u", "cli", "isql -U «U» -P «V» -S LEGACY_BILLING -D fees"),
    ("mssql_cli_capital_p_after_capital_u", "cli", "mssql-cli -S «H» -d Nursery -U «U» -P «V»"),
    ("ldapsearch_lower_w_after_capital_d", "cli", "ldapsearch -x -H ldap://«H» -D \"cn=«U»,ou=staff,dc=sunbeams,dc=local\" -w «V» -b \"ou=staff,dc=sunbeams,dc=local\" \"(room=toddlers)\""),
    ("ldapmodify_lower_w_after_capital_d", "cli", "ldapmodify -x -H ldap://«H» -D \"cn=admin,dc=sunbeams,dc=local\" -w «V» -f new_practitioner.ldif"),
    ("smbclient_capital_u_percent_pair", "cli", "smbclient //«H»/photos -U «U»%«V» -c 'ls 2026-*'"),
    ("net_rpc_capital_u_percent_pair", "cli", "net rpc user -I «H» -U «U»%«V»"),
    ("winexe_capital_u_percent_pair", "cli", "winexe -U 'SUNBEAMS/«U»%«V»' //«H» 'ipconfig /all'"),
    ("xfreerdp_slash_p_colon_after_slash_u", "cli", "xfreerdp /v:«H» /u:«U» /p:«V» /cert:ignore /dynamic-resolution"),
    ("rdesktop_lower_p_after_lower_u", "cli", "rdesktop -u «U» -p «V» -g 1280x800 «H»"),
    ("sshpass_lower_p_before_rsync", "cli", "sshpass -p «V» rsync -av /srv/photos/ «U»@«H»:/backup/photos/"),
    ("medusa_lower_p_after_lower_u", "cli", "medusa -h «H» -u «U» -p «V» -M ssh -t 1"),
    ("smbmap_lower_p_after_lower_u", "cli", "smbmap -H «H» -u «U» -p «V» -d SUNBEAMS"),
    ("enum4linux_lower_p_after_lower_u", "cli", "enum4linux -a -u «U» -p «V» «H»"),
    ("paexec_lower_p_after_lower_u", "cli", "paexec \\\\«H» -u SUNBEAMS\\«U» -p «V» -s cmd /c gpupdate /force"),
    ("curl_lower_u_colon_pair", "cli", "curl -s -u «U»:«V» https://«H»/api/v1/rooms/toddlers/ratio"),
    ("httpie_lower_a_colon_pair", "cli", "http -a «U»:«V» GET https://«H»/api/signins date==today"),
    ("git_clone_https_url_userinfo", "cli", "git clone https://«U»:«V»@git.sunbeams.local/it/kiosk-image.git"),
    ("docker_login_lower_p_after_lower_u", "cli", "docker login registry.sunbeams.local -u «U» -p «V»"),
    ("helm_registry_login_lower_p", "cli", "helm registry login registry.sunbeams.local -u «U» -p «V»"),
    ("skopeo_src_creds_colon_pair", "cli", "skopeo copy --src-creds «U»:«V» docker://registry.sunbeams.local/parent-api:4.2 oci:parent-api:4.2"),
    ("nerdctl_login_lower_p_after_lower_u", "cli", "nerdctl login -u «U» -p «V» registry.sunbeams.local"),
    ("az_login_lower_p_after_lower_u", "cli", "az login -u «U»@sunbeams.onmicrosoft.com -p «V»"),
    ("cf_auth_second_positional", "cli", "cf api https://api.«H»\ncf auth «U» «V»\ncf target -o nursery -s prod"),
    ("oc_login_lower_p_after_lower_u", "cli", "oc login https://«H»:6443 -u «U» -p «V» --insecure-skip-tls-verify"),
    ("mosquitto_pub_capital_p_after_lower_u", "cli", "mosquitto_pub -h «H» -u «U» -P «V» -t nursery/door/front/cmd -m open"),
    ("mosquitto_passwd_batch_third_positional", "cli", "mosquitto_passwd -b /etc/mosquitto/passwd «U» «V»"),
    ("openssl_rsa_passin_pass_prefix", "cli", "openssl rsa -in kiosk-client.key -passin pass:«V» -out kiosk-client.pem"),
    ("gpg_passphrase_fd_zero_echo", "cli", "echo '«V»' | gpg --batch --yes --passphrase-fd 0 -d payroll-export.csv.gpg > payroll.csv"),
    ("zip_capital_p_flag", "cli", "zip -P «V» -r incident-reports-2026.zip incident-reports/"),
    ("unzip_capital_p_flag", "cli", "unzip -P «V» medication-forms.zip -d /tmp/meds"),
    ("rar_add_glued_lower_p", "cli", "rar a -p«V» -m5 learning-journals-archive.rar journals/"),
    ("qpdf_encrypt_user_positional", "cli", "qpdf --encrypt «V» \"$OWNER_PW\" 256 -- enrolment-pack.pdf enrolment-pack-locked.pdf"),
    ("ssh_keygen_capital_n_new_passphrase", "cli", "ssh-keygen -t ed25519 -N '«V»' -C kiosk-deploy -f ~/.ssh/kiosk_deploy"),
    ("encfs_stdinpass_echo", "cli", "echo «V» | encfs --stdinpass /srv/.photos_enc /srv/photos"),
    ("mkpasswd_sha512_first_positional", "cli", "mkpasswd -m sha-512 «V»"),
    ("openssl_passwd_six_last_positional", "cli", "openssl passwd -6 «V»"),
    ("passwd_stdin_echo_rhel", "cli", "echo '«V»' | passwd --stdin «U»"),
    ("windows_net_user_add_second_positional", "cli", "net user «U» «V» /add /comment:\"Kiosk autologon\""),
    ("mariadb_grant_identified_by", "cli", "MariaDB [(none)]> GRANT SELECT ON ratios.* TO '«U»'@'10.40.%' IDENTIFIED BY '«V»';"),
    ("sqlldr_userid_slash_logon", "cli", "sqlldr userid=«U»/«V»@FEESPROD control=invoices.ctl log=invoices.log"),
    ("beeline_lower_p_after_lower_n", "cli", "beeline -u jdbc:hive2://«H»:10000/attendance -n «U» -p «V» -e 'select count(*) from signins'"),
    ("lftp_open_sftp_url_userinfo", "cli", "lftp -e 'mirror -R reports /upload; bye' sftp://«U»:«V»@«H»"),
    ("sudo_capital_s_echo_pipe", "cli", "echo «V» | sudo -S systemctl restart signin-kiosk"),
    ("raspi_config_nonint_wifi_passphrase_second", "cli", "sudo raspi-config nonint do_wifi_ssid_passphrase Sunbeams-Kiosk «V»"),
    ("adb_shell_input_text_after_unlock", "cli", "adb -s kiosk-tab-03 shell input keyevent 82\nadb -s kiosk-tab-03 shell input text '«V»'\nadb -s kiosk-tab-03 shell input keyevent 66"),
    ("sysinternals_autologon_third_positional", "cli", "Autologon.exe «U» SUNBEAMS «V» /accepteula"),
    ("xdotool_type_after_window_focus", "cli", "xdotool search --name 'Sign-in Kiosk' windowactivate --sync\nxdotool type --delay 80 '«V»'\nxdotool key Return"),
    ("macos_security_add_generic_lower_w", "cli", "security add-generic-password -a «U» -s nursery-nas -w «V» ~/Library/Keychains/login.keychain-db"),
    ("dscl_passwd_positional", "cli", "sudo dscl . -passwd /Users/«U» «V»"),
    ("jenkins_cli_auth_colon_pair", "cli", "java -jar jenkins-cli.jar -s https://«H»/ -auth «U»:«V» build kiosk-image"),
    ("composer_config_http_basic_last", "cli", "composer config http-basic.repo.sunbeams.local «U» «V»"),
    ("grafana_cli_reset_admin_positional", "cli", "grafana-cli admin reset-admin-password «V»"),
    ("drush_upwd_second_positional", "cli", "drush upwd «U» «V»"),
    ("doveadm_pw_lower_p", "cli", "doveadm pw -s SHA512-CRYPT -p «V»"),
    ("proftpd_ftpasswd_stdin_echo", "cli", "echo «V» | ftpasswd --stdin --passwd --file=/etc/proftpd/ftpd.passwd --name=«U» --uid=2001 --home=/srv/ftp/reports --shell=/bin/false"),
    ("keepassxc_cli_stdin_echo", "cli", "echo '«V»' | keepassxc-cli show -s /srv/it/nursery.kdbx 'Door controller'"),
    ("bitwarden_cli_login_second_positional", "cli", "bw login «U»@sunbeams.example «V» --raw"),
    ("openstack_swift_capital_k_after_capital_u", "cli", "swift -A https://«H»/auth/v1.0 -U nursery:«U» -K «V» upload photos 2026-03/"),
    ("linphonec_register_third_positional", "cli", "linphonec> register sip:frontdoor@«H» sip:«H» «V»"),
    ("sipp_ap_after_au", "cli", "sipp -sn uac -au «U» -ap «V» -s 200 «H»:5060 -m 1"),
    ("ffplay_rtsp_url_userinfo", "cli", "ffplay -rtsp_transport tcp rtsp://«U»:«V»@«H»:554/Streaming/Channels/101"),
    ("gst_rtspsrc_location_userinfo", "cli", "gst-launch-1.0 rtspsrc location=rtsp://«U»:«V»@«H»/stream1 latency=200 ! decodebin ! autovideosink"),
    ("cups_lpadmin_smb_device_uri_userinfo", "cli", "lpadmin -p Office_Laser -E -v smb://«U»:«V»@«H»/OfficeLaser -m everywhere"),
    ("mount_smbfs_url_userinfo", "cli", "mount_smbfs //«U»:«V»@«H»/learningjournal /Volumes/journal"),
    ("sshfs_password_stdin_echo", "cli", "echo '«V»' | sshfs «U»@«H»:/srv/photos /mnt/photos -o password_stdin"),
    ("uv_index_url_env_userinfo", "cli", "UV_INDEX_URL=https://«U»:«V»@pypi.sunbeams.local/simple uv sync --frozen"),
    ("pg_dumpall_dbname_url_userinfo", "cli", "pg_dumpall -d \"postgresql://«U»:«V»@«H»:5432/postgres\" > all.sql"),
    # library call argument positions
    ("python_smtplib_login_second", "code", "import smtplib\n\nwith smtplib.SMTP(\"«H»\", 587) as s:\n    s.starttls()\n    s.login(\"«U»@sunbeams.example\", \"«V»\")\n    s.send_message(msg)"),
    ("python_imaplib_login_second", "code", "import imaplib\n\nbox = imaplib.IMAP4_SSL(\"«H»\")\nbox.login(\"absence@sunbeams.example\", \"«V»\")\nbox.select(\"INBOX\")"),
    ("python_pysmb_smbconnection_second", "code", "from smb.SMBConnection import SMBConnection\n\nconn = SMBConnection(\"«U»\", \"«V»\", \"kiosk-hall\", \"NAS01\", use_ntlm_v2=True)\nconn.connect(\"«H»\", 445)"),
    ("python_pymongo_mongoclient_uri_userinfo", "code", "from pymongo import MongoClient\n\nclient = MongoClient(\"mongodb://«U»:«V»@«H»:27017/journal?authSource=admin\")"),
    ("python_pika_plaincredentials_second", "code", "import pika\n\ncreds = pika.PlainCredentials(\"«U»\", \"«V»\")\nparams = pika.ConnectionParameters(\"«H»\", 5672, \"/\", creds)"),
    ("python_httpx_basicauth_second", "code", "import httpx\n\nauth = httpx.BasicAuth(\"«U»\", \"«V»\")\nr = httpx.get(\"https://«H»/api/rooms\", auth=auth)"),
    ("python_requests_httpdigestauth_second", "code", "import requests\nfrom requests.auth import HTTPDigestAuth\n\nr = requests.get(\"http://«H»/ISAPI/System/deviceInfo\", auth=HTTPDigestAuth(\"admin\", \"«V»\"))"),
    ("python_ldap_simple_bind_s_second", "code", "import ldap\n\nl = ldap.initialize(\"ldap://«H»\")\nl.simple_bind_s(\"cn=«U»,ou=svc,dc=sunbeams,dc=local\", \"«V»\")"),
    ("python_cx_oracle_connect_slash_string", "code", "import cx_Oracle\n\nconn = cx_Oracle.connect(\"«U»/«V»@«H»/FEESPDB\")"),
    ("python_exchangelib_credentials_second", "code", "from exchangelib import Credentials, Account\n\ncreds = Credentials(\"office@sunbeams.example\", \"«V»\")\nacct = Account(\"office@sunbeams.example\", credentials=creds, autodiscover=True)"),
    ("python_pywinrm_session_auth_tuple_second", "code", "import winrm\n\ns = winrm.Session(\"«H»\", auth=(\"SUNBEAMS\\\\«U»\", \"«V»\"), transport=\"ntlm\")\nprint(s.run_cmd(\"ipconfig\").std_out)"),
    ("python_keyring_set_password_third", "code", "import keyring\n\nkeyring.set_password(\"subsidy-portal\", \"«U»\", \"«V»\")"),
    ("python_onvif_camera_ctor_fourth", "code", "from onvif import ONVIFCamera\n\ncam = ONVIFCamera(\"«H»\", 80, \"admin\", \"«V»\")\nmedia = cam.create_media_service()"),
    ("micropython_wlan_connect_second", "code", "import network\n\nwlan = network.WLAN(network.STA_IF)\nwlan.active(True)\nwlan.connect(\"Sunbeams-IoT\", \"«V»\")"),
    ("circuitpython_wifi_radio_connect_second", "code", "import wifi\n\nwifi.radio.connect(\"Sunbeams-IoT\", \"«V»\")\nprint(\"door sensor online\", wifi.radio.ipv4_address)"),
    ("esp8266_wifimulti_addap_second", "code", "#include <ESP8266WiFiMulti.h>\nESP8266WiFiMulti wifiMulti;\n\nvoid setup() {\n  wifiMulti.addAP(\"Sunbeams-IoT\", \"«V»\");\n}"),
    ("esp32_wifi_softap_second", "code", "#include <WiFi.h>\n\nvoid setup() {\n  WiFi.softAP(\"NapSensor-Setup\", \"«V»\");\n}"),
    ("node_pg_pool_connection_string_userinfo", "code", "const { Pool } = require(\"pg\");\n\nconst pool = new Pool({ connectionString: \"postgres://«U»:«V»@«H»:5432/rota\" });"),
    ("node_mongoose_connect_uri_userinfo", "code", "import mongoose from \"mongoose\";\n\nawait mongoose.connect(\"mongodb://«U»:«V»@«H»:27017/parentapp?authSource=admin\");"),
    ("node_mqtt_connect_url_userinfo", "code", "const mqtt = require(\"mqtt\");\nconst client = mqtt.connect(\"mqtts://«U»:«V»@«H»:8883\");\nclient.publish(\"nursery/door/front/cmd\", \"open\");"),
    ("node_btoa_basic_colon_pair", "code", "const res = await fetch(`https://«H»/api/attendance`, {\n  headers: { Authorization: \"Basic \" + btoa(\"«U»:«V»\") },\n});"),
    ("go_x_crypto_ssh_password_single", "code", "cfg := &ssh.ClientConfig{\n\tUser: \"«U»\",\n\tAuth: []ssh.AuthMethod{ssh.Password(\"«V»\")},\n\tHostKeyCallback: ssh.InsecureIgnoreHostKey(),\n}"),
    ("go_smtp_plainauth_third", "code", "auth := smtp.PlainAuth(\"\", \"reports@sunbeams.example\", \"«V»\", \"«H»\")\nerr := smtp.SendMail(\"«H»:587\", auth, from, to, msg)"),
    ("go_ldap_conn_bind_second", "code", "l, _ := ldap.DialURL(\"ldap://«H»:389\")\nerr = l.Bind(\"cn=«U»,ou=svc,dc=sunbeams,dc=local\", \"«V»\")"),
    ("go_url_userpassword_second", "code", "u := &url.URL{Scheme: \"https\", Host: \"«H»\", Path: \"/api/claims\"}\nu.User = url.UserPassword(\"«U»\", \"«V»\")"),
    ("java_drivermanager_getconnection_third", "code", "Connection c = DriverManager.getConnection(\n    \"jdbc:sqlserver://«H»;databaseName=Fees\", \"«U»\", \"«V»\");"),
    ("java_passwordauthentication_ctor_second", "code", "Authenticator.setDefault(new Authenticator() {\n  protected PasswordAuthentication getPasswordAuthentication() {\n    return new PasswordAuthentication(\"«U»\", \"«V»\".toCharArray());\n  }\n});"),
    ("java_javamail_transport_connect_third", "code", "Transport t = session.getTransport(\"smtp\");\nt.connect(\"«H»\", \"reports@sunbeams.example\", \"«V»\");"),
    ("kotlin_ktor_basicauthcredentials_second", "code", "install(Auth) {\n    basic {\n        credentials { BasicAuthCredentials(\"«U»\", \"«V»\") }\n    }\n}"),
    ("scala_slick_database_forurl_third", "code", "val db = Database.forURL(\"jdbc:postgresql://«H»/rota\", \"«U»\", \"«V»\", driver = \"org.postgresql.Driver\")"),
    ("csharp_mailkit_authenticate_second", "code", "using var client = new SmtpClient();\nclient.Connect(\"«H»\", 587, SecureSocketOptions.StartTls);\nclient.Authenticate(\"reports@sunbeams.example\", \"«V»\");"),
    ("csharp_directoryentry_ctor_third", "code", "var root = new DirectoryEntry(\"LDAP://«H»/OU=Staff,DC=sunbeams,DC=local\", \"SUNBEAMS\\\\«U»\", \"«V»\");"),
    ("csharp_fluentftp_ftpclient_ctor_third", "code", "using var ftp = new FtpClient(\"«H»\", \"«U»\", \"«V»\");\nftp.Connect();\nftp.UploadFile(@\"C:\\exports\\census.csv\", \"/in/census.csv\");"),
    ("autohotkey_send_after_winwait", "code", "WinWait, Subsidy Portal - Sign in\nWinActivate\nSend, «U»{Tab}\nSend, «V»{Enter}"),
    ("applescript_keystroke_after_delay", "code", "tell application \"System Events\"\n  delay 2\n  keystroke \"«V»\"\n  keystroke return\nend tell"),
    ("ruby_net_smtp_start_fifth", "code", "Net::SMTP.start(\"«H»\", 587, \"sunbeams.example\", \"reports@sunbeams.example\", \"«V»\", :login) do |smtp|\n  smtp.send_message(msg, from, to)\nend"),
    ("ruby_net_imap_login_second", "code", "imap = Net::IMAP.new(\"«H»\", ssl: true)\nimap.login(\"absence@sunbeams.example\", \"«V»\")"),
    ("php_pdo_ctor_third", "code", "<?php\n$pdo = new PDO('mysql:host=«H»;dbname=waitlist', '«U»', '«V»');"),
    ("php_ldap_bind_third", "code", "<?php\n$ds = ldap_connect('ldap://«H»');\nldap_bind($ds, 'cn=«U»,ou=svc,dc=sunbeams,dc=local', '«V»');"),
    ("php_mysqli_real_connect_fourth", "code", "<?php\n$link = mysqli_init();\nmysqli_real_connect($link, '«H»', '«U»', '«V»', 'enrolments');"),
    ("perl_net_smtp_auth_second", "code", "my $smtp = Net::SMTP->new('«H»', Port => 587);\n$smtp->starttls();\n$smtp->auth('reports@sunbeams.example', '«V»');"),
    ("perl_lwp_credentials_fourth", "code", "my $ua = LWP::UserAgent->new;\n$ua->credentials('«H»:443', 'Kiosk API', '«U»', '«V»');"),
    ("rust_reqwest_basic_auth_second", "code", "let resp = client\n    .get(\"https://«H»/api/ratios\")\n    .basic_auth(\"«U»\", Some(\"«V»\"))\n    .send()\n    .await?;"),
    ("rust_lettre_credentials_new_second", "code", "let creds = Credentials::new(\"reports@sunbeams.example\".to_owned(), \"«V»\".to_owned());"),
    ("r_httr_authenticate_second", "code", "library(httr)\nres <- GET(\"https://«H»/api/occupancy\", authenticate(\"«U»\", \"«V»\"))"),
    ("dart_httpclientbasiccredentials_second", "code", "final client = HttpClient();\nclient.addCredentials(Uri.parse('https://«H»/'), 'parents', HttpClientBasicCredentials('«U»', '«V»'));"),
    ("sqlcipher_pragma_key_quoted", "code", "sqlite> PRAGMA key = '«V»';\nsqlite> SELECT count(*) FROM medication_log;"),
    # files with fixed column order
    ("pgpass_fifth_field", "file", "# ~/.pgpass\n«H»:5432:rota:«U»:«V»\n"),
    ("openvpn_auth_user_pass_second_line", "file", "# /etc/openvpn/client/nursery.auth\n«U»\n«V»\n"),
    ("git_credentials_store_url_userinfo", "file", "# ~/.git-credentials\nhttps://«U»:«V»@git.sunbeams.local\n"),
    ("muttrc_imaps_folder_url_userinfo", "file", "# ~/.muttrc (office mailbox)\nset folder = \"imaps://office:«V»@«H»:993/\"\nset spoolfile = \"+INBOX\"\n"),
    ("jdbc_mysql_url_userinfo", "file", "# flyway.conf\nflyway.url=jdbc:mysql://«U»:«V»@«H»:3306/waitlist\nflyway.locations=filesystem:sql\n"),
    # protocol exchanges
    ("imap_login_command_second_argument", "proto", "* OK IMAP4rev1 ready\na1 LOGIN absence «V»\na1 OK LOGIN completed\na2 SELECT INBOX"),
    ("smtp_auth_plain_initial_response_b64", "proto", None),
]


def _smtp_plain(rng, reg, user):
    holder = {}

    def draw():
        pw = password(rng)
        holder["pw"] = pw
        return base64.b64encode(("\0" + user + "\0" + pw).encode()).decode()
    val = reg.draw(draw)
    text = ("220 mail.sunbeams.example ESMTP\nEHLO kiosk-hall\n250-AUTH PLAIN LOGIN\nAUTH PLAIN " + val +
            "\n235 2.7.0 Authentication successful")
    return val, text


MAX_KEPT = 110
# weaker or more repetitive syntaxes: moved to the end, so they fall into the unused tail
TAIL = ["valkey_cli_lower_a_flag", "nerdctl_login_lower_p_after_lower_u", "unzip_capital_p_flag",
        "mkpasswd_sha512_first_positional", "doveadm_pw_lower_p", "sshfs_password_stdin_echo",
        "python_keyring_set_password_third", "java_passwordauthentication_ctor_second", "medusa_lower_p_after_lower_u",
        "enum4linux_lower_p_after_lower_u", "winexe_capital_u_percent_pair", "proftpd_ftpasswd_stdin_echo",
        "dscl_passwd_positional", "passwd_stdin_echo_rhel", "helm_registry_login_lower_p", "mongosh_lower_p_after_lower_u",
        "ldapmodify_lower_w_after_capital_d", "rust_lettre_credentials_new_second", "perl_net_smtp_auth_second",
        "ruby_net_imap_login_second", "go_ldap_conn_bind_second", "csharp_fluentftp_ftpclient_ctor_third"]


def ordered():
    head = [s for s in SYNTAXES if s[0] not in TAIL]
    tail = sorted([s for s in SYNTAXES if s[0] in TAIL], key=lambda s: TAIL.index(s[0]))
    return head + tail


def generate(reg, deny_check, users, hosts):
    rng = random.Random(SEED)
    out, dropped, unused = [], [], []
    for syn, cat, tpl in ordered():
        if deny_check(syn):
            dropped.append(syn)
            continue
        if len(out) >= MAX_KEPT:
            unused.append(syn)
            continue
        stype = PREFIX + syn
        container = stype + "__" + SUFFIX[cat]
        u, h = rng.choice(users), rng.choice(hosts)
        if tpl is None:
            val, text = _smtp_plain(rng, reg, u)
        else:
            val = reg.draw(lambda: password(rng))
            text = tpl.replace("«U»", u).replace("«H»", h).replace("«V»", val)
        out.append(make_span_record(None, stype, container, text, val, "password"))
    return out, dropped, unused
