"""Password source: passwords passed by position / syntax, without a telling password= key."""
import base64
import random

import common192 as C
from common192 import MARK

SEED = 19203

SUFFIX = {
    "cli": "park_ops_terminal_session",
    "lib": "campsite_app_code_excerpt",
    "file": "site_server_config_file",
    "proto": "park_lan_wire_capture",
    "gui": "booking_ui_automation_script",
}

P = "«PW»"

# (syntax, category, template) -- «PW» password, «U» user, «H» host, «IP» address
S = [
    # ---------------- command lines
    ("sqlcmd_capital_p_after_capital_u", "cli", "PS C:\\ParkOps> sqlcmd -S «H»\\SQLEXPRESS -U «U» -P «PW» -d PitchGrid -Q \"SELECT COUNT(*) FROM Bookings\"\n-----------\n        412\n"),
    ("bcp_out_capital_p_after_capital_u", "cli", "C:\\> bcp PitchGrid.dbo.HookupReadings out readings.dat -S «H» -U «U» -P «PW» -c\nStarting copy...\n1832 rows copied.\n"),
    ("isql_unixodbc_dsn_user_pass_positional", "cli", "$ isql -v OwnersDSN «U» «PW»\n+---------------------------------------+\n| Connected!                            |\n"),
    ("sqlplus_user_slash_pass_at_connect_identifier", "cli", "$ sqlplus -s «U»/«PW»@//«H»:1521/RENTPDB @monthly_ground_rent.sql\n"),
    ("db2_connect_to_user_using_clause", "cli", "$ db2 connect to CAMPDB user «U» using «PW»\n\n   Database Connection Information\n Database server        = DB2/LINUXX8664 11.5.8.0\n"),
    ("redis_cli_lower_u_url_userinfo", "cli", "$ redis-cli -u redis://«U»:«PW»@«H»:6379/2 LLEN pitch-sync-queue\n(integer) 0\n"),
    ("rabbitmqadmin_lower_p_after_lower_u", "cli", "$ rabbitmqadmin -H «H» -u «U» -p «PW» list queues name messages\n"),
    ("etcdctl_user_flag_colon_pair", "cli", "$ etcdctl --endpoints=https://«H»:2379 --user «U»:«PW» get /park/gate/lanes --prefix\n"),
    ("ipmitool_capital_p_after_capital_u", "cli", "$ ipmitool -I lanplus -H «IP» -U «U» -P «PW» chassis power status\nChassis Power is on\n"),
    ("racadm_lower_p_after_lower_u", "cli", "$ racadm -r «IP» -u «U» -p «PW» getsysinfo\n"),
    ("sevenzip_glued_lower_p_archive", "cli", "$ 7z a -p«PW» -mhe=on owners-2026.7z exports/owners/\n"),
    ("rar_glued_lower_hp_header_encrypt", "cli", "$ rar a -hp«PW» ground-rent-ledger.rar ledger/\n"),
    ("pdftk_user_pw_keyword_positional", "cli", "$ pdftk invoice_raw.pdf output invoice_P112.pdf user_pw «PW» allow printing\n"),
    ("lftp_lower_u_user_comma_pair", "cli", "$ lftp -u «U»,«PW» sftp://«H» -e 'mirror -R anpr/exports /incoming; bye'\n"),
    ("ncftpput_lower_p_after_lower_u", "cli", "$ ncftpput -u «U» -p «PW» «H» /meter-readings ./daily/*.csv\n"),
    ("aria2c_ftp_url_userinfo", "cli", "$ aria2c -x4 ftp://«U»:«PW»@«H»/anpr/plates-week12.zip\n"),
    ("ffmpeg_rtsp_input_url_userinfo", "cli", "$ ffmpeg -rtsp_transport tcp -i rtsp://«U»:«PW»@«IP»:554/Streaming/Channels/101 -frames:v 1 lane1.jpg\n"),
    ("gstreamer_rtspsrc_user_pw_property", "cli", "$ gst-launch-1.0 rtspsrc location=rtsp://«IP»/axis-media/media.amp user-id=«U» user-pw=«PW» ! decodebin ! autovideosink\n"),
    ("snmpget_v3_capital_a_auth_passphrase", "cli", "$ snmpget -v3 -l authNoPriv -u «U» -a SHA -A «PW» «IP» 1.3.6.1.2.1.1.3.0\n"),
    ("mosquitto_pub_capital_p_after_lower_u", "cli", "$ mosquitto_pub -h «H» -u «U» -P «PW» -t site/ehu/bollard07/relay -m off\n"),
    ("nats_cli_server_url_userinfo", "cli", "$ nats --server nats://«U»:«PW»@«H»:4222 pub gate.lane1.open '{\"plate\":\"queued\"}'\n"),
    ("psexec_lower_p_after_lower_u", "cli", "C:\\Tools> PsExec.exe \\\\RECEPTION-PC -u «U» -p «PW» ipconfig /flushdns\n"),
    ("net_use_drive_positional_before_user_switch", "cli", "C:\\> net use Z: \\\\«H»\\wardens «PW» /user:CAMPSITE\\«U» /persistent:no\nThe command completed successfully.\n"),
    ("schtasks_create_capital_rp_flag", "cli", "C:\\> schtasks /create /tn \"NightlyMeterExport\" /tr C:\\ParkOps\\export.cmd /sc daily /st 02:30 /ru CAMPSITE\\«U» /rp «PW»\n"),
    ("powershell_convertto_securestring_plaintext", "cli", "PS> $sec = ConvertTo-SecureString '«PW»' -AsPlainText -Force\nPS> $cred = New-Object PSCredential('«U»', $sec)\n"),
    ("ovftool_vi_target_url_userinfo", "cli", "$ ovftool --noSSLVerify anpr-appliance.ova vi://«U»:«PW»@«IP»/\n"),
    ("hg_clone_https_url_userinfo", "cli", "$ hg clone https://«U»:«PW»@«H»/hg/pitch-map-tiles\n"),
    ("gem_sources_add_url_userinfo", "cli", "$ gem sources --add https://«U»:«PW»@«H»/gems/\n"),
    ("bundle_config_host_user_colon_pair", "cli", "$ bundle config set --global «H» «U»:«PW»\n"),
    ("restic_rest_repository_url_userinfo", "cli", "$ restic -r rest:https://«U»:«PW»@«H»:8000/owners-portal snapshots\n"),
    ("mutt_imaps_folder_url_userinfo", "cli", "$ mutt -f imaps://«U»:«PW»@«H»/INBOX\n"),
    ("ldappasswd_lower_s_new_value", "cli", "$ ldappasswd -x -H ldap://«H» -D cn=admin,dc=park,dc=lan -W -s «PW» uid=«U»,ou=wardens,dc=park,dc=lan\nEnter LDAP Password:\n"),
    ("saslpasswd2_stdin_echo_pipe", "cli", "$ echo '«PW»' | saslpasswd2 -p -c -u park.lan «U»\n"),
    ("htpasswd_lower_i_stdin_pipe", "cli", "$ printf '%s' '«PW»' | htpasswd -i /etc/nginx/.meters_users «U»\nAdding password for user «U»\n"),
    ("plink_lower_pw_after_lower_l", "cli", "C:\\> plink -ssh -batch -l «U» -pw «PW» «IP» \"/usr/local/bin/barrier-status\"\n"),
    ("winscp_com_open_url_userinfo", "cli", "C:\\> winscp.com /command \"open sftp://«U»:«PW»@«H»/ -hostkey=*\" \"put C:\\Exports\\rent.csv /in/\" \"exit\"\n"),
    ("mount_smbfs_unc_userinfo", "cli", "$ mount_smbfs //«U»:«PW»@«H»/reception /Volumes/reception\n"),
    ("macos_open_vnc_url_colon_secret", "cli", "$ open vnc://:«PW»@«IP»:5900\n"),
    ("httpie_lower_a_user_colon_pair", "cli", "$ http -a «U»:«PW» GET https://«H»/api/v2/pitches?date=2026-07-14\n"),
    ("wget_https_url_userinfo", "cli", "$ wget -q https://«U»:«PW»@«H»/exports/owners-ground-rent.csv\n"),
    ("apache_bench_capital_a_auth_pair", "cli", "$ ab -n 200 -c 10 -A «U»:«PW» https://«H»/availability\n"),
    ("nagios_check_http_lower_a_pair", "cli", "$ /usr/lib/nagios/plugins/check_http -H «H» -S -u /grid -a «U»:«PW»\nHTTP OK: HTTP/1.1 200 OK\n"),
    ("curl_http_url_userinfo_couchdb", "cli", "$ curl -s http://«U»:«PW»@«H»:5984/_all_dbs\n[\"_replicator\",\"pitch_notes\"]\n"),
    ("expect_script_send_after_prompt", "cli", "#!/usr/bin/expect -f\nspawn ssh «U»@«IP»\nexpect \"assword:\"\nsend \"«PW»\\r\"\nexpect \"$ \"\nsend \"sudo systemctl restart barrier\\r\"\n"),
    ("https_proxy_env_url_userinfo", "cli", "$ export https_proxy=http://«U»:«PW»@«H»:3128\n$ pip download -r requirements.txt\n"),
    ("all_proxy_socks5_url_userinfo", "cli", "$ ALL_PROXY=socks5h://«U»:«PW»@«H»:1080 curl -s https://api.example.com/status\n"),
    ("ddns_update_url_userinfo_cron", "cli", "*/15 * * * * curl -s \"https://«U»:«PW»@dynupdate.example.net/nic/update?hostname=gate.«H»\" >/dev/null\n"),
    ("wpa_cli_set_network_psk_quoted", "cli", "$ wpa_cli -i wlan0 set_network 0 psk '\"«PW»\"'\nOK\n"),
    ("mariadb_client_glued_lower_p_no_space", "cli", "$ mariadb -h «H» -u «U» -p«PW» owners -e 'SELECT COUNT(*) FROM caravans'\n"),
    ("tnftp_autologin_url_userinfo", "cli", "$ ftp -a ftp://«U»:«PW»@«H»/outgoing/pitch-photos.tar\n"),
    # ---------------- libraries
    ("python_paramiko_connect_fourth_positional", "lib", "import paramiko\n\nc = paramiko.SSHClient()\nc.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nc.connect(\"«IP»\", 22, \"«U»\", \"«PW»\")\n_, out, _ = c.exec_command(\"barrier-ctl status\")\n"),
    ("python_ftplib_ftp_ctor_third", "lib", "from ftplib import FTP\n\nwith FTP(\"«H»\", \"«U»\", \"«PW»\") as ftp:\n    ftp.cwd(\"/anpr\")\n    ftp.retrlines(\"LIST\")\n"),
    ("python_requests_auth_tuple_second", "lib", "import requests\n\nr = requests.get(\"https://«H»/api/hookups\", auth=(\"«U»\", \"«PW»\"), timeout=10)\nr.raise_for_status()\n"),
    ("python_httpx_basicauth_second", "lib", "import httpx\n\nclient = httpx.Client(auth=httpx.BasicAuth(\"«U»\", \"«PW»\"), base_url=\"https://«H»\")\n"),
    ("python_aiohttp_basicauth_second", "lib", "import aiohttp\n\nasync def pull():\n    auth = aiohttp.BasicAuth(\"«U»\", \"«PW»\")\n    async with aiohttp.ClientSession(auth=auth) as s:\n        return await (await s.get(\"https://«H»/grid\")).json()\n"),
    ("python_zipfile_extractall_third_positional", "lib", "import zipfile\n\nwith zipfile.ZipFile(\"laundry_export.zip\") as zf:\n    zf.extractall(\"out\", None, b\"«PW»\")\n"),
    ("python_hashlib_pbkdf2_hmac_second", "lib", "import hashlib, os\n\nsalt = os.urandom(16)\nkey = hashlib.pbkdf2_hmac(\"sha256\", b\"«PW»\", salt, 600_000)\n"),
    ("python_paho_username_pw_set_second", "lib", "import paho.mqtt.client as mqtt\n\ncli = mqtt.Client(client_id=\"ehu-poller\")\ncli.username_pw_set(\"«U»\", \"«PW»\")\ncli.connect(\"«H»\", 1883)\n"),
    ("python_pysnmp_usmuserdata_second", "lib", "from pysnmp.hlapi import UsmUserData, usmHMACSHAAuthProtocol\n\nuser = UsmUserData(\"«U»\", \"«PW»\", authProtocol=usmHMACSHAAuthProtocol)\n"),
    ("python_pyunifi_controller_ctor_third", "lib", "from pyunifi.controller import Controller\n\nc = Controller(\"«H»\", \"«U»\", \"«PW»\", 8443, \"v5\", \"default\", ssl_verify=False)\nvouchers = c.list_vouchers()\n"),
    ("python_ldap_simple_bind_s_second", "lib", "import ldap\n\nconn = ldap.initialize(\"ldap://«H»\")\nconn.simple_bind_s(\"uid=«U»,ou=wardens,dc=park,dc=lan\", \"«PW»\")\n"),
    ("python_sqlalchemy_url_create_third", "lib", "from sqlalchemy import URL, create_engine\n\nurl = URL.create(\"postgresql+psycopg\", \"«U»\", \"«PW»\", \"«H»\", 5432, \"owners\")\nengine = create_engine(url)\n"),
    ("python_pexpect_sendline_after_expect", "lib", "import pexpect\n\nchild = pexpect.spawn(\"ssh «U»@«IP»\")\nchild.expect(\"assword:\")\nchild.sendline(\"«PW»\")\n"),
    ("python_telnetlib_write_bytes_line", "lib", "import telnetlib\n\ntn = telnetlib.Telnet(\"«IP»\", 23)\ntn.read_until(b\"login: \")\ntn.write(b\"«U»\\n\")\ntn.read_until(b\"assword: \")\ntn.write(b\"«PW»\\n\")\n"),
    ("node_mqtt_connect_url_userinfo", "lib", "const mqtt = require('mqtt');\nconst client = mqtt.connect('mqtt://«U»:«PW»@«H»:1883');\nclient.subscribe('site/ehu/+/kwh');\n"),
    ("node_crypto_pbkdf2sync_first", "lib", "const crypto = require('crypto');\nconst key = crypto.pbkdf2Sync('«PW»', salt, 210000, 32, 'sha256');\n"),
    ("node_express_basic_auth_users_map_value", "lib", "const basicAuth = require('express-basic-auth');\napp.use('/admin', basicAuth({ users: { «U»: '«PW»' }, challenge: true }));\n"),
    ("node_bcrypt_hash_first", "lib", "const bcrypt = require('bcrypt');\nconst hash = await bcrypt.hash('«PW»', 12);\nawait db.query('update wardens set pw_hash = $1 where id = $2', [hash, id]);\n"),
    ("node_sequelize_ctor_third", "lib", "const { Sequelize } = require('sequelize');\nconst sequelize = new Sequelize('owners', '«U»', '«PW»', { host: '«H»', dialect: 'mysql' });\n"),
    ("java_commons_net_ftpclient_login_second", "lib", "FTPClient ftp = new FTPClient();\nftp.connect(\"«H»\");\nftp.login(\"«U»\", \"«PW»\");\nftp.storeFile(\"/in/plates.csv\", in);\n"),
    ("java_keystore_load_tochararray_second", "lib", "KeyStore ks = KeyStore.getInstance(\"PKCS12\");\ntry (InputStream in = Files.newInputStream(Path.of(\"gate-client.p12\"))) {\n    ks.load(in, \"«PW»\".toCharArray());\n}\n"),
    ("java_jndi_security_credentials_put", "lib", "Hashtable<String, String> env = new Hashtable<>();\nenv.put(Context.PROVIDER_URL, \"ldap://«H»:389\");\nenv.put(Context.SECURITY_PRINCIPAL, \"uid=«U»,ou=wardens,dc=park,dc=lan\");\nenv.put(Context.SECURITY_CREDENTIALS, \"«PW»\");\n"),
    ("kotlin_okhttp_credentials_basic_second", "lib", "val auth = Credentials.basic(\"«U»\", \"«PW»\")\nval req = Request.Builder().url(\"https://«H»/api/gate/open\").header(\"Authorization\", auth).build()\n"),
    ("csharp_networkcredential_ctor_second", "lib", "var handler = new HttpClientHandler { Credentials = new NetworkCredential(\"«U»\", \"«PW»\") };\nusing var http = new HttpClient(handler);\n"),
    ("csharp_fluentftp_ftpclient_ctor_third", "lib", "using var ftp = new FtpClient(\"«H»\", \"«U»\", \"«PW»\");\nftp.Connect();\nftp.UploadFile(@\"C:\\Exports\\rent.csv\", \"/in/rent.csv\");\n"),
    ("go_sql_open_dsn_user_colon_pass_at", "lib", "db, err := sql.Open(\"mysql\", \"«U»:«PW»@tcp(«H»:3306)/owners?parseTime=true\")\nif err != nil {\n\tlog.Fatal(err)\n}\n"),
    ("go_http_request_setbasicauth_second", "lib", "req, _ := http.NewRequest(\"GET\", \"https://«H»/api/meters\", nil)\nreq.SetBasicAuth(\"«U»\", \"«PW»\")\n"),
    ("rust_suppaftp_login_second", "lib", "let mut ftp = FtpStream::connect(\"«H»:21\")?;\nftp.login(\"«U»\", \"«PW»\")?;\n"),
    ("ruby_net_http_basic_auth_second", "lib", "req = Net::HTTP::Get.new(URI(\"https://«H»/grid.json\"))\nreq.basic_auth(\"«U»\", \"«PW»\")\n"),
    ("php_mysqli_ctor_third", "lib", "<?php\n$db = new mysqli('«H»', '«U»', '«PW»', 'owners');\nif ($db->connect_errno) { exit(1); }\n"),
    ("php_ftp_login_third", "lib", "<?php\n$conn = ftp_connect('«H»');\nftp_login($conn, '«U»', '«PW»');\nftp_put($conn, '/in/rent.csv', 'rent.csv', FTP_BINARY);\n"),
    ("php_imap_open_third", "lib", "<?php\n$mbox = imap_open('{«H»:993/imap/ssl}INBOX', '«U»', '«PW»');\n"),
    ("perl_dbi_connect_third", "lib", "use DBI;\nmy $dbh = DBI->connect('dbi:Pg:dbname=owners;host=«H»', '«U»', '«PW»', { RaiseError => 1 });\n"),
    ("c_curl_easy_setopt_userpwd_pair", "lib", "curl_easy_setopt(h, CURLOPT_URL, \"https://«H»/api/readings\");\ncurl_easy_setopt(h, CURLOPT_USERPWD, \"«U»:«PW»\");\n"),
    ("esp32_wifi_softap_second", "lib", "#include <WiFi.h>\nvoid setup() {\n  WiFi.softAP(\"CampGate-Setup\", \"«PW»\");\n}\n"),
    ("arduino_pubsubclient_connect_third", "lib", "if (!mqtt.connect(\"bollard-07\", \"«U»\", \"«PW»\")) {\n  delay(5000);\n}\n"),
    ("micropython_wlan_connect_second", "lib", "import network\nwlan = network.WLAN(network.STA_IF)\nwlan.active(True)\nwlan.connect(\"CampSite-Staff\", \"«PW»\")\n"),
    ("openresty_lua_redis_auth_single", "lib", "local red = redis:new()\nred:connect(\"«H»\", 6379)\nlocal ok, err = red:auth(\"«PW»\")\n"),
    # ---------------- files with fixed positions
    ("davfs2_secrets_third_column", "file", "# /etc/davfs2/secrets\n# url                              user      secret\nhttps://«H»/remote.php/dav/files/ «U» «PW»\n"),
    ("ppp_chap_secrets_third_column", "file", "# /etc/ppp/chap-secrets (gate LTE modem)\n# client        server  secret           IP addresses\n«U»      *       «PW»      *\n"),
    ("ipsec_secrets_psk_quoted_after_colon", "file", "# /etc/ipsec.secrets\n«IP» 203.0.113.40 : PSK \"«PW»\"\n"),
    ("hostapd_eap_user_phase2_quoted_third", "file", "# hostapd.eap_user\n*             PEAP\n\"«U»\"      MSCHAPV2    \"«PW»\"   [2]\n"),
    ("stunnel_psk_secrets_identity_colon_pair", "file", "# /etc/stunnel/psk.txt\nmeter-gw-north:«PW»\n"),
    ("exim_passwd_client_third_colon_field", "file", "# /etc/exim4/passwd.client\n*.«H»:«U»:«PW»\n"),
    ("lighttpd_plain_userfile_colon_pair", "file", "# /etc/lighttpd/meters.user (auth.backend = \"plain\")\n«U»:«PW»\n"),
    ("apt_conf_acquire_proxy_url_userinfo", "file", "// /etc/apt/apt.conf.d/95proxy\nAcquire::http::Proxy \"http://«U»:«PW»@«H»:3142/\";\n"),
    ("motion_conf_netcam_url_userinfo", "file", "# /etc/motion/camera-lane1.conf\ncamera_name lane1\nnetcam_url rtsp://«U»:«PW»@«IP»:554/stream1\n"),
    ("wifi_qr_payload_p_field", "file", "# voucher-card template (printed as QR)\nWIFI:T:WPA;S:CampSite-Guest;P:«PW»;H:false;;\n"),
    ("sip_uri_userinfo_in_dialplan", "file", "; extensions.conf - gate intercom\nexten => 200,1,Dial(SIP/sip:«U»:«PW»@«H»:5060,30)\n"),
    ("barrier_controller_users_csv_third_column", "file", "id,login,pin_secret,lanes,valid_to\n7,«U»,«PW»,entry|exit,2026-10-31\n"),
    ("hookup_gateway_semicolon_fourth_field", "file", "# ehu-gateway.accounts (site;zone;login;secret;role)\nnorth;B;«U»;«PW»;operator\n"),
    ("shower_token_vendor_fixed_width_cols_31_to_52", "file", "# tokenvend.usr  (cols 1-10 id, 11-30 login, 31-52 secret, 53- role)\n0000000014«UFW»«PWFW»SERVICE\n"),
    ("laundry_terminal_colon_fourth_field", "file", "# /etc/laundrypay/operators (id:name:level:secret:created)\n3:«U»:2:«PW»:2026-03-01\n"),
    ("wifi_voucher_printer_cfg_second_line", "file", "«U»\n«PW»\nvoucher_printer_a4\n"),
    ("warden_rota_import_tab_sixth_column", "file", "staff_no\tfirst\tlast\trole\tlogin\tinitial_secret\tstart\n118\tMaeve\tO'Hara\twarden\t«U»\t«PW»\t2026-03-20\n"),
    ("owner_portal_migration_pipe_fifth_field", "file", "owner_ref|pitch|name|email|secret|rent_band\nOWN-2231|C14|K. Mensah|k.mensah@example.org|«PW»|B\n"),
    ("booking_kiosk_dat_space_third_token", "file", "; kiosk.dat - reception self check-in\nKIOSK01 «U» «PW» en-GB\n"),
    # ---------------- protocol exchanges
    ("proxy_authorization_basic_header_b64", "proto", None),
    ("xmpp_sasl_plain_auth_element_b64", "proto", None),
    ("smtp_auth_login_second_challenge_b64", "proto", None),
    ("imap_authenticate_plain_continuation_b64", "proto", None),
    ("irc_nickserv_identify_privmsg_third", "proto", ":warden-bot!bot@«IP» PRIVMSG NickServ :IDENTIFY «U» «PW»\n:NickServ!services@irc.park.lan NOTICE warden-bot :You are now identified for «U».\n"),
    ("redis_inline_auth_user_then_value", "proto", "$ nc «H» 6379\nAUTH «U» «PW»\n+OK\nLLEN gate-events\n:0\n"),
    ("esp_at_cwsap_softap_second_quoted", "proto", "AT+CWMODE=2\r\nOK\r\nAT+CWSAP=\"Bollard-07-Setup\",\"«PW»\",5,3\r\nOK\r\n"),
    ("sim800_at_cstt_apn_third_quoted", "proto", "AT+CSTT=\"iot.parknet\",\"«U»\",\"«PW»\"\r\nOK\r\nAT+CIICR\r\nOK\r\n"),
    ("stomp_connect_frame_passcode_header", "proto", "CONNECT\naccept-version:1.2\nhost:«H»\nlogin:«U»\npasscode:«PW»\n\n^@\n"),
    ("ftp_control_channel_pass_command", "proto", "220 anpr-ftp ready\nUSER «U»\n331 Please specify the password.\nPASS «PW»\n230 Login successful.\n"),
    ("nntp_authinfo_pass_line", "proto", "200 news.park.lan ready\nAUTHINFO USER «U»\n381 More authentication information required\nAUTHINFO PASS «PW»\n281 Authentication accepted\n"),
    ("mysql_create_user_identified_by_quoted", "proto", "mysql> CREATE USER '«U»'@'10.%' IDENTIFIED BY '«PW»';\nQuery OK, 0 rows affected (0.02 sec)\n"),
    ("gate_controller_serial_login_frame_second", "proto", "<STX>LOGIN|«U»|«PW»|L1<ETX>\n<STX>ACK|L1|READY<ETX>\n"),
    ("hookup_bollard_udp_unlock_third_token", "proto", "10:22:41.118 UDP «IP»:47808 -> 255.255.255.255:47808  EHU UNLOCK «PW» ZONE-B\n"),
    # ---------------- UI automation
    ("puppeteer_page_type_second", "gui", "await page.goto('https://«H»/login');\nawait page.type('#f-user', '«U»');\nawait page.type('#f-2', '«PW»');\nawait page.click('button[type=submit]');\n"),
    ("webdriverio_setvalue_single", "gui", "await $('#f-user').setValue('«U»');\nawait $('#f-2').setValue('«PW»');\nawait $('button=Sign in').click();\n"),
    ("testcafe_typetext_second", "gui", "await t\n  .typeText('#f-user', '«U»')\n  .typeText('#f-2', '«PW»')\n  .click('#submit');\n"),
    ("robot_framework_input_text_second", "gui", "*** Test Cases ***\nWarden Can Log In\n    Open Browser    https://«H»/login    chrome\n    Input Text    id:f-user    «U»\n    Input Text    id:f-2    «PW»\n    Click Button    Sign in\n"),
    ("espresso_typetext_viewaction", "gui", "onView(withId(R.id.field_user)).perform(typeText(\"«U»\"))\nonView(withId(R.id.field_2)).perform(typeText(\"«PW»\"), closeSoftKeyboard())\n"),
    ("xcuitest_element_typetext_single", "gui", "let field = app.secureTextFields[\"field2\"]\nfield.tap()\nfield.typeText(\"«PW»\")\napp.buttons[\"Sign In\"].tap()\n"),
    ("pywinauto_type_keys_single", "gui", "from pywinauto import Application\napp = Application(backend=\"uia\").start(r\"C:\\GateDesk\\GateDesk.exe\")\ndlg = app.window(title=\"GateDesk Login\")\ndlg.Edit2.type_keys(\"«PW»{ENTER}\", with_spaces=True)\n"),
    ("katalon_webui_settext_second", "gui", "WebUI.openBrowser('https://«H»/login')\nWebUI.setText(findTestObject('Login/field_user'), '«U»')\nWebUI.setText(findTestObject('Login/field_2'), '«PW»')\n"),
    ("watir_text_field_set_single", "gui", "browser.text_field(id: 'f-user').set('«U»')\nbrowser.text_field(id: 'f-2').set('«PW»')\nbrowser.button(text: 'Sign in').click\n"),
    ("maestro_flow_inputtext_step", "gui", "appId: uk.example.wardenrota\n---\n- launchApp\n- tapOn:\n    id: \"field_2\"\n- inputText: \"«PW»\"\n- tapOn: \"Sign in\"\n"),
    ("powershell_sendkeys_sendwait_literal", "gui", "Add-Type -AssemblyName System.Windows.Forms\nStart-Process 'C:\\LaundryPay\\Console.exe'\nStart-Sleep 3\n[System.Windows.Forms.SendKeys]::SendWait('«PW»{ENTER}')\n"),
    ("vbscript_wshshell_sendkeys_literal", "gui", "Set sh = CreateObject(\"WScript.Shell\")\nsh.AppActivate \"TokenVend Service\"\nWScript.Sleep 500\nsh.SendKeys \"«PW»~\"\n"),
    ("wtype_wayland_single_literal", "gui", "#!/bin/sh\nsleep 2\nwtype '«PW»'\nwtype -k Return\n"),
    ("sikulix_type_after_click", "gui", "click(\"field_2.png\")\ntype(\"«PW»\" + Key.ENTER)\n"),
]


def b64_cases(rng, syntax, user, pw, host):
    if syntax == "proxy_authorization_basic_header_b64":
        v = base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()
        t = ("CONNECT api.example.com:443 HTTP/1.1\r\nHost: api.example.com:443\r\nProxy-Authorization: Basic %s\r\n"
             "User-Agent: hotspot-sync/1.4\r\n\r\n") % MARK
    elif syntax == "xmpp_sasl_plain_auth_element_b64":
        v = base64.b64encode(("\0%s\0%s" % (user, pw)).encode()).decode()
        t = ("<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>PLAIN</mechanism></mechanisms></stream:features>\n"
             "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>%s</auth>\n"
             "<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>\n") % MARK
    elif syntax == "smtp_auth_login_second_challenge_b64":
        v = base64.b64encode(pw.encode()).decode()
        t = ("EHLO reception-pc\r\n250-%s\r\n250 AUTH LOGIN PLAIN\r\nAUTH LOGIN\r\n334 VXNlcm5hbWU6\r\n%s\r\n334 UGFzc3dvcmQ6\r\n%s\r\n"
             "235 2.7.0 Authentication successful\r\n") % (host, base64.b64encode(user.encode()).decode(), MARK)
    elif syntax == "imap_authenticate_plain_continuation_b64":
        v = base64.b64encode(("\0%s\0%s" % (user, pw)).encode()).decode()
        t = "a001 CAPABILITY\r\n* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\na002 AUTHENTICATE PLAIN\r\n+ \r\n%s\r\na002 OK Logged in\r\n" % MARK
    else:
        raise KeyError(syntax)
    return t, v


SET_ASIDE = {
    "ftp_control_channel_pass_command": "the protocol verb says PASS",
    "nntp_authinfo_pass_line": "the protocol verb says PASS",
    "stomp_connect_frame_passcode_header": "the header name says passcode",
    "saslpasswd2_stdin_echo_pipe": "the command name says passwd",
    "ldappasswd_lower_s_new_value": "the command name says passwd",
    "htpasswd_lower_i_stdin_pipe": "near-duplicate of the earlier htpasswd batch form; command says passwd",
    "mariadb_client_glued_lower_p_no_space": "near-duplicate of the earlier glued mysql / mysqldump -p",
    "sqlplus_user_slash_pass_at_connect_identifier": "near-duplicate of the earlier user/pass@ Data Pump form",
    "curl_http_url_userinfo_couchdb": "near-duplicate of the earlier curl URL userinfo",
    "wget_https_url_userinfo": "near-duplicate of kept URL-userinfo forms",
    "tnftp_autologin_url_userinfo": "near-duplicate of kept URL-userinfo forms",
    "aria2c_ftp_url_userinfo": "near-duplicate of kept URL-userinfo forms",
    "gem_sources_add_url_userinfo": "near-duplicate of kept URL-userinfo forms",
    "hg_clone_https_url_userinfo": "near-duplicate of the earlier git URL userinfo",
    "all_proxy_socks5_url_userinfo": "near-duplicate of the kept https_proxy form",
    "bcp_out_capital_p_after_capital_u": "near-duplicate of the kept sqlcmd form",
    "rar_glued_lower_hp_header_encrypt": "near-duplicate of the kept 7z and the earlier unrar forms",
    "python_aiohttp_basicauth_second": "near-duplicate of the kept httpx BasicAuth",
    "python_telnetlib_write_bytes_line": "the prompt read before it says assword",
    "python_pexpect_sendline_after_expect": "near-duplicate of the kept expect script",
    "wtype_wayland_single_literal": "near-duplicate of the earlier xdotool type",
    "sikulix_type_after_click": "near-duplicate of kept UI typing forms",
    "watir_text_field_set_single": "near-duplicate of kept UI typing forms",
}

B64_SYNTAXES = ["proxy_authorization_basic_header_b64", "xmpp_sasl_plain_auth_element_b64",
                "smtp_auth_login_second_challenge_b64", "imap_authenticate_plain_continuation_b64"]

USERS = ["warden", "reception", "gatebot", "meterpoll", "siteops", "nightwarden", "laundryops", "rentdesk",
         "hotspot", "anprsync", "ownerdesk", "seasonal"]
HOSTS = ["grid.park.lan", "gate.park.lan", "meters.site.internal", "owners.park.internal", "nas.reception.lan",
         "rota.site.internal", "wifi.park.lan", "db.park.internal", "files.site.internal", "mail.park.lan"]


def generate(reg):
    rng = random.Random(SEED)
    out = []
    hidden = []
    for syntax, cat, tmpl in S:
        if syntax in SET_ASIDE:
            continue
        pw = reg.draw(lambda: C.owner_password(rng, strict=True))
        user = rng.choice(USERS) + str(rng.randint(1, 9))
        host = rng.choice(HOSTS)
        ip = "10.%d.%d.%d" % (rng.randint(10, 60), rng.randint(0, 9), rng.randint(2, 250))
        if tmpl is None:
            t, v = b64_cases(rng, syntax, user, pw, host)
            reg.add(v)
            hidden.append(pw)
        else:
            t = tmpl.replace("«UFW»", user.ljust(20)).replace("«PWFW»", MARK + " " * (22 - len(pw)))
            t = t.replace("«U»", user).replace("«H»", host).replace("«IP»", ip).replace(P, MARK)
            v = pw
        out.append((C.PWPREFIX + syntax, C.PWPREFIX + syntax + "__" + SUFFIX[cat], t, v, "password"))
    return out, hidden
