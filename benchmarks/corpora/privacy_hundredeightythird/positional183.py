"""Password source: passwords passed by position / syntax, without a telling `password=` key."""
import base64

from common183 import owner_password, place, span_record

PREFIX = "domepw_"
SUFFIX = {
    "cli": "observatory_pi_shell_history",
    "lib": "planetarium_app_source_snippet",
    "file": "dome_server_config_file",
    "proto": "observatory_lan_packet_trace",
    "gui": "exhibit_kiosk_ui_test_script",
}

# (syntax, kind, template, hidden) ; {V} = span; {U} user; {H} host
# hidden: None (span is the password), "b64_nul" (Base64 of NUL user NUL pw), "b64_colon" (Base64 of user:pw)
SYNTAXES = [
    # ---------------------------------------------------------------- command lines
    ("mysql_glued_lower_p_after_lower_u", "cli", "$ mysql -h {H} -u {U} -p{V} weather -e 'SELECT MAX(ts) FROM readings'\n", None),
    ("sshpass_lower_p_before_ssh", "cli", "$ sshpass -p '{V}' ssh {U}@{H} 'sudo systemctl restart indiserver'\n", None),
    ("smbclient_capital_u_percent_pair", "cli", "$ smbclient //{H}/allsky -U {U}%{V} -c 'put keogram.jpg'\n", None),
    ("xfreerdp_slash_p_colon_switch", "cli", "$ xfreerdp /v:{H} /u:{U} /p:{V} /dynamic-resolution +clipboard\n", None),
    ("rdesktop_lower_p_after_lower_u", "cli", "$ rdesktop -u {U} -p {V} -g 1920x1080 {H}\n", None),
    ("curl_alpaca_api_url_userinfo", "cli", "$ curl -s http://{U}:{V}@{H}:11111/api/v1/dome/0/azimuth?ClientID=7\n", None),
    ("curlftpfs_mount_url_userinfo", "cli", "$ curlftpfs ftp://{U}:{V}@{H}/ /mnt/allsky-archive -o allow_other\n", None),
    ("duplicity_ftp_target_url_userinfo", "cli", "$ duplicity /srv/fits ftp://{U}:{V}@{H}/backups/fits --no-encryption\n", None),
    ("aria2c_ftp_source_url_userinfo", "cli", "$ aria2c -x4 ftp://{U}:{V}@{H}/pub/ephemerides/de440.bsp\n", None),
    ("mongosh_lower_p_after_lower_u", "cli", "$ mongosh --host {H} -u {U} -p {V} --authenticationDatabase admin sightings\n", None),
    ("redis_cli_lower_a_flag", "cli", "$ redis-cli -h {H} -a {V} --no-auth-warning LLEN cue-queue\n", None),
    ("rabbitmqctl_add_user_second_positional", "cli", "$ sudo rabbitmqctl add_user {U} {V}\n$ sudo rabbitmqctl set_permissions -p / {U} '.*' '.*' '.*'\n", None),
    ("mosquitto_passwd_batch_last_positional", "cli", "$ sudo mosquitto_passwd -b /etc/mosquitto/passwd {U} {V}\n", None),
    ("yt_dlp_lower_p_after_lower_u", "cli", "$ yt-dlp -u {U} -p {V} -o 'eclipse-%(id)s.%(ext)s' https://{H}/live/eclipse-2026\n", None),
    ("skopeo_src_creds_colon_pair", "cli", "$ skopeo copy --src-creds {U}:{V} docker://{H}/obs/scheduler:2.3 dir:/tmp/sched\n", None),
    ("podman_login_lower_p_after_lower_u", "cli", "$ podman login -u {U} -p {V} {H}\n", None),
    ("cqlsh_lower_p_after_lower_u", "cli", "$ cqlsh {H} 9042 -u {U} -p {V} -e 'SELECT count(*) FROM meteors.events'\n", None),
    ("sap_ase_isql_capital_p_after_capital_u", "cli", "$ isql -S CRMPROD -U {U} -P {V} -D donors -w 200\n", None),
    ("hdbsql_lower_p_after_lower_u", "cli", "$ hdbsql -n {H}:30015 -u {U} -p {V} \"SELECT COUNT(*) FROM MEMBERS\"\n", None),
    ("mysqlsh_uri_userinfo_positional", "cli", "$ mysqlsh {U}:{V}@{H}:3306/bookings --sql -e 'show tables'\n", None),
    ("beeline_lower_p_after_lower_n", "cli", "$ beeline -u jdbc:hive2://{H}:10000/skysurvey -n {U} -p {V} -e 'SHOW TABLES'\n", None),
    ("winrs_lower_p_colon_switch", "cli", "C:\\> winrs -r:{H} -u:{U} -p:{V} ipconfig /all\n", None),
    ("ssh_askpass_helper_script_echo", "cli", "$ cat ~/bin/obs-askpass.sh\n#!/bin/sh\necho '{V}'\n$ SSH_ASKPASS=~/bin/obs-askpass.sh SSH_ASKPASS_REQUIRE=force ssh-add ~/.ssh/dome_ed25519\n", None),
    ("pip_index_url_userinfo", "cli", "$ pip install --index-url https://{U}:{V}@{H}/simple/ skyhall-domectl==1.8.2\n", None),
    ("ldapsearch_lower_w_after_capital_d", "cli", "$ ldapsearch -x -H ldap://{H} -D 'cn={U},ou=staff,dc=skyhall,dc=org' -w {V} '(uid=volunteer*)' mail\n", None),
    ("snmpget_v2c_lower_c_community", "cli", "$ snmpget -v2c -c {V} {H} 1.3.6.1.2.1.33.1.2.4.0\n", None),
    ("nut_upscmd_lower_p_after_lower_u", "cli", "$ upscmd -u {U} -p {V} obsups@localhost shutdown.return\n", None),
    ("httpie_lower_a_colon_pair", "cli", "$ http -a {U}:{V} GET https://{H}/api/v2/cues/active\n", None),
    ("apachebench_capital_a_colon_pair", "cli", "$ ab -n 500 -c 20 -A {U}:{V} https://{H}/book/school-trips/\n", None),
    ("mutt_imaps_folder_url_userinfo", "cli", "$ mutt -f imaps://{U}:{V}@{H}/INBOX.bookings\n", None),
    ("swaks_ap_after_au", "cli", "$ swaks --to {U}@skyhall.org --server {H}:587 -tls -au {U} -ap {V}\n", None),
    ("sendemail_xp_after_xu", "cli", "$ sendemail -f allsky@skyhall.org -t {U}@skyhall.org -u 'Nightly keogram' -s {H}:587 -xu {U} -xp {V} -a keogram.jpg\n", None),
    ("zip_capital_p_flag", "cli", "$ zip -r -P {V} donors-export.zip export/\n", None),
    ("veracrypt_text_lower_p_flag", "cli", "$ veracrypt --text --mount /dev/sdb1 /mnt/fits -p {V} --pim=0 --non-interactive\n", None),
    ("cryptsetup_open_stdin_echo", "cli", "$ echo -n '{V}' | sudo cryptsetup open /dev/nvme0n1p3 obsdata -d -\n", None),
    ("az_login_lower_p_after_lower_u", "cli", "$ az login -u {U}@skyhall.org -p {V}\n", None),
    ("oc_login_lower_p_after_lower_u", "cli", "$ oc login https://api.{H}:6443 -u {U} -p {V}\n", None),
    ("tmux_send_keys_literal_then_enter", "cli", "$ tmux send-keys -t domepc:0 '{V}' Enter\n", None),
    ("keepassxc_cli_stdin_echo_master", "cli", "$ echo '{V}' | keepassxc-cli show -s ~/vaults/observatory.kdbx 'Roof/UPS'\n", None),
    ("windows_net_user_add_second_positional", "cli", "C:\\> net user {U} {V} /add /comment:\"Show operator\"\n", None),
    ("cvs_pserver_root_userinfo", "cli", "$ cvs -d :pserver:{U}:{V}@{H}:/cvsroot checkout show-scripts\n", None),
    ("redfishtool_lower_p_after_lower_u", "cli", "$ redfishtool -r {H} -u {U} -p {V} Systems reset GracefulRestart\n", None),
    ("govc_url_env_userinfo", "cli", "$ export GOVC_URL='https://{U}:{V}@{H}/sdk' GOVC_INSECURE=1\n$ govc vm.power -r dome-render-02\n", None),
    ("nagios_check_http_lower_a_colon_pair", "cli", "$ /usr/lib/nagios/plugins/check_http -H {H} -u /status -a {U}:{V}\n", None),
    ("wput_ftp_target_url_userinfo", "cli", "$ wput --binary image-20240408.jpg ftp://{U}:{V}@{H}/allsky/\n", None),
    ("cups_lpadmin_smb_device_uri_userinfo", "cli", "$ sudo lpadmin -p Gallery2 -E -v smb://{U}:{V}@{H}/TicketPrinter -m everywhere\n", None),
    ("mpc_mpd_host_password_at_prefix", "cli", "$ MPD_HOST='{V}@{H}' mpc play 3\n", None),
    ("ffmpeg_icecast_output_url_userinfo", "cli", "$ ffmpeg -re -i dome-soundtrack.flac -c:a libmp3lame -b:a 192k -f mp3 icecast://source:{V}@{H}:8000/dome\n", None),
    ("obs_cmd_websocket_url_path_secret", "cli", "$ obs-cmd --websocket obsws://{H}:4455/{V} scene switch 'Totality'\n", None),
    ("mysql_create_user_identified_by", "cli", "mysql> CREATE USER '{U}'@'10.20.%' IDENTIFIED BY '{V}';\nQuery OK, 0 rows affected (0.02 sec)\n", None),
    # ---------------------------------------------------------------- library calls
    ("python_ftplib_ftp_ctor_third_positional", "lib", "from ftplib import FTP_TLS\n\nftp = FTP_TLS(\"{H}\", \"{U}\", \"{V}\")\nftp.prot_p()\nftp.storbinary(\"STOR latest.jpg\", open(\"latest.jpg\", \"rb\"))\n", None),
    ("python_ldap3_connection_third_positional", "lib", "from ldap3 import Server, Connection\n\nconn = Connection(Server(\"{H}\"), \"cn={U},ou=staff,dc=skyhall,dc=org\", \"{V}\", auto_bind=True)\n", None),
    ("python_influxdb_client_ctor_fourth_positional", "lib", "from influxdb import InfluxDBClient\n\nclient = InfluxDBClient(\"{H}\", 8086, \"{U}\", \"{V}\", \"roofweather\")\nclient.write_points(points)\n", None),
    ("python_paho_username_pw_set_second", "lib", "import paho.mqtt.client as mqtt\n\nc = mqtt.Client(client_id=\"allsky-north\")\nc.username_pw_set(\"{U}\", \"{V}\")\nc.connect(\"{H}\", 1883)\n", None),
    ("python_requests_httpdigestauth_second", "lib", "import requests\nfrom requests.auth import HTTPDigestAuth\n\nr = requests.get(\"http://{H}/cgi-bin/snapshot.cgi\", auth=HTTPDigestAuth(\"{U}\", \"{V}\"), timeout=5)\n", None),
    ("python_httpx_basicauth_second", "lib", "import httpx\n\nauth = httpx.BasicAuth(\"{U}\", \"{V}\")\nresp = httpx.post(\"https://{H}/api/sightings\", auth=auth, json=payload)\n", None),
    ("python_astroquery_gaia_login_second", "lib", "from astroquery.gaia import Gaia\n\nGaia.login(\"{U}\", \"{V}\")\njob = Gaia.launch_job_async(query)\n", None),
    ("python_crypt_crypt_first_argument", "lib", "import crypt\n\n# seed the kiosk admin account\nhashed = crypt.crypt(\"{V}\", crypt.mksalt(crypt.METHOD_SHA512))\n", None),
    ("node_mqtt_js_connect_url_userinfo", "lib", "const mqtt = require('mqtt');\nconst client = mqtt.connect('mqtts://{U}:{V}@{H}:8883');\nclient.on('connect', () => client.subscribe('roof/#'));\n", None),
    ("node_ldapjs_bind_second", "lib", "const ldap = require('ldapjs');\nconst client = ldap.createClient({ url: 'ldaps://{H}' });\nclient.bind('cn={U},ou=staff,dc=skyhall,dc=org', '{V}', (err) => { if (err) throw err; });\n", None),
    ("node_crypto_scryptsync_first", "lib", "const crypto = require('crypto');\nconst key = crypto.scryptSync('{V}', 'kiosk-fleet-salt', 32);\n", None),
    ("java_javamail_transport_connect_third", "lib", "Transport t = session.getTransport(\"smtp\");\nt.connect(\"{H}\", \"{U}\", \"{V}\");\nt.sendMessage(msg, msg.getAllRecipients());\n", None),
    ("java_jedis_auth_single", "lib", "try (Jedis jedis = new Jedis(\"{H}\", 6379)) {\n    jedis.auth(\"{V}\");\n    jedis.lpush(\"cues\", cueJson);\n}\n", None),
    ("kotlin_ktor_basicauthcredentials_second", "lib", "install(Auth) {\n    basic {\n        credentials { BasicAuthCredentials(\"{U}\", \"{V}\") }\n    }\n}\n", None),
    ("csharp_mailkit_authenticate_second", "lib", "using var client = new SmtpClient();\nawait client.ConnectAsync(\"{H}\", 587, SecureSocketOptions.StartTls);\nawait client.AuthenticateAsync(\"{U}\", \"{V}\");\n", None),
    ("csharp_ssh_net_sshclient_ctor_third", "lib", "using var ssh = new SshClient(\"{H}\", \"{U}\", \"{V}\");\nssh.Connect();\nssh.RunCommand(\"sudo systemctl restart ascom-remote\");\n", None),
    ("ruby_net_smtp_start_fifth_positional", "lib", "Net::SMTP.start('{H}', 587, 'skyhall.org', '{U}', '{V}', :login) do |smtp|\n  smtp.send_message(msg, 'bookings@skyhall.org', to)\nend\n", None),
    ("php_pdo_ctor_third", "lib", "<?php\n$pdo = new PDO('pgsql:host={H};dbname=donors', '{U}', '{V}');\n$pdo->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);\n", None),
    ("php_ldap_bind_third", "lib", "<?php\n$ds = ldap_connect('ldaps://{H}');\n$ok = ldap_bind($ds, 'cn={U},ou=staff,dc=skyhall,dc=org', '{V}');\n", None),
    ("perl_net_ftp_login_second", "lib", "use Net::FTP;\nmy $ftp = Net::FTP->new('{H}') or die;\n$ftp->login('{U}', '{V}') or die $ftp->message;\n$ftp->put('keogram.png');\n", None),
    ("go_net_smtp_plainauth_third", "lib", "auth := smtp.PlainAuth(\"\", \"{U}\", \"{V}\", \"{H}\")\nerr := smtp.SendMail(\"{H}:587\", auth, from, to, body)\n", None),
    ("go_ldap_conn_bind_second", "lib", "l, _ := ldap.DialURL(\"ldaps://{H}\")\nif err := l.Bind(\"cn={U},ou=staff,dc=skyhall,dc=org\", \"{V}\"); err != nil {\n\tlog.Fatal(err)\n}\n", None),
    ("rust_lettre_credentials_new_second", "lib", "let creds = Credentials::new(\"{U}\".to_owned(), \"{V}\".to_owned());\nlet mailer = SmtpTransport::relay(\"{H}\")?.credentials(creds).build();\n", None),
    ("c_mysql_real_connect_fourth", "lib", "if (!mysql_real_connect(conn, \"{H}\", \"{U}\", \"{V}\", \"roofweather\", 3306, NULL, 0)) {\n    fprintf(stderr, \"%s\\n\", mysql_error(conn));\n}\n", None),
    ("cpp_qt_qsqldatabase_open_two_args", "lib", "QSqlDatabase db = QSqlDatabase::addDatabase(\"QPSQL\");\ndb.setHostName(\"{H}\");\nif (!db.open(\"{U}\", \"{V}\")) qWarning() << db.lastError();\n", None),
    ("lua_luasql_connect_third", "lib", "local driver = require \"luasql.mysql\"\nlocal env = driver.mysql()\nlocal con = env:connect(\"showcontrol\", \"{U}\", \"{V}\", \"{H}\")\n", None),
    ("matlab_database_third_positional", "lib", "conn = database('roofweather', '{U}', '{V}', 'Vendor', 'PostgreSQL', 'Server', '{H}');\ndata = fetch(conn, 'SELECT * FROM sqm ORDER BY ts DESC LIMIT 100');\n", None),
    ("vba_workbook_unprotect_argument", "lib", "Sub OpenRota()\n    ThisWorkbook.Unprotect \"{V}\"\n    Sheets(\"Volunteers\").Visible = True\nEnd Sub\n", None),
    ("vba_workbooks_open_fifth_positional", "lib", "Set wb = Workbooks.Open(\"\\\\{H}\\finance\\gift-aid.xlsx\", , True, , \"{V}\")\n", None),
    ("micropython_umqtt_mqttclient_fifth", "lib", "from umqtt.simple import MQTTClient\n\nc = MQTTClient(\"roofmast\", \"{H}\", 1883, \"{U}\", \"{V}\")\nc.connect()\n", None),
    ("circuitpython_wifi_radio_connect_second", "lib", "import wifi\n\nwifi.radio.connect(\"ObsRoof\", \"{V}\")\nprint(\"ip:\", wifi.radio.ipv4_address)\n", None),
    ("esp32_wifimulti_addap_second", "lib", "#include <WiFiMulti.h>\nWiFiMulti wifiMulti;\nvoid setup() {\n  wifiMulti.addAP(\"ObsRoof\", \"{V}\");\n  wifiMulti.addAP(\"SkyHall-Guest\");\n}\n", None),
    # ---------------------------------------------------------------- files by position
    ("pgpass_fifth_colon_field", "file", "# ~/.pgpass\n{H}:5432:donors:{U}:{V}\n", None),
    ("openvpn_auth_user_pass_second_line", "file", "# /etc/openvpn/client/obs-remote.auth\n{U}\n{V}\n", None),
    ("git_credentials_store_line_userinfo", "file", "# ~/.git-credentials\nhttps://{U}:{V}@{H}\n", None),
    ("rsyncd_secrets_colon_pair", "file", "# /etc/rsyncd.secrets (chmod 600)\n{U}:{V}\n", None),
    ("nut_upsmon_monitor_fifth_token", "file", "# /etc/nut/upsmon.conf\nMONITOR obsups@localhost 1 {U} {V} primary\nSHUTDOWNCMD \"/sbin/shutdown -h +0\"\n", None),
    ("pgbouncer_userlist_quoted_second", "file", "; /etc/pgbouncer/userlist.txt\n\"{U}\" \"{V}\"\n", None),
    ("tinyproxy_basicauth_directive", "file", "Port 8888\nAllow 10.20.0.0/16\nBasicAuth {U} {V}\n", None),
    ("dovecot_passwd_file_plain_scheme", "file", "# /etc/dovecot/users\n{U}:{{PLAIN}}{V}::::::\n", None),
    ("postfix_sasl_passwd_colon_pair", "file", "# /etc/postfix/sasl_passwd\n[{H}]:587 {U}:{V}\n", None),
    ("redis_conf_masterauth_directive", "file", "replicaof {H} 6379\nmasterauth {V}\nreplica-read-only yes\n", None),
    ("planetarium_show_control_users_pipe_third", "file", "# showctl/users.db  (operator|role|secret|last_show)\n{U}|operator|{V}|aurora-borealis\n", None),
    ("school_trip_leader_roster_csv_fifth", "file", "group_ref,school,leader,email,portal_key,pupils\nST-2024-118,Northfield Primary,{U},{U}@northfield.sch.uk,{V},31\n", None),
    ("citizen_science_uploader_argv_third", "file", "# crontab -l (meteor camera)\n*/15 * * * * /opt/rms/upload_sightings XX00{N} {U} {V} /data/CapturedFiles\n", None),
    # ---------------------------------------------------------------- protocol exchanges
    ("imap_login_command_second_argument", "proto", "C: a001 CAPABILITY\nS: * CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN\nS: a001 OK\nC: a002 LOGIN {U} {V}\nS: a002 OK LOGIN completed\n", None),
    ("smtp_auth_plain_initial_response_b64", "proto", "S: 250-AUTH PLAIN LOGIN\nS: 250 SMTPUTF8\nC: AUTH PLAIN {V}\nS: 235 2.7.0 Authentication successful\n", "b64_nul"),
    ("http_authorization_basic_header_b64", "proto", "GET /api/v1/telescope/0/rightascension HTTP/1.1\nHost: {H}:11111\nAuthorization: Basic {V}\nUser-Agent: SkyHallScheduler/2.3\n", "b64_colon"),
    ("ldap_bindrequest_simple_wireshark", "proto", "Lightweight Directory Access Protocol\n    LDAPMessage bindRequest(1) \"cn={U},ou=staff,dc=skyhall,dc=org\" simple\n        messageID: 1\n        protocolOp: bindRequest (0)\n            version: 3\n            name: cn={U},ou=staff,dc=skyhall,dc=org\n            authentication: simple (0)\n                simple: {V}\n", None),
    ("esp_at_mqttusercfg_fifth_parameter", "proto", "AT+MQTTUSERCFG=0,1,\"roofmast\",\"{U}\",\"{V}\",0,0,\"\"\r\nOK\r\nAT+MQTTCONN=0,\"{H}\",1883,1\r\nOK\r\n", None),
    ("esp_at_cwsap_softap_second", "proto", "AT+CWMODE=2\r\nOK\r\nAT+CWSAP=\"DomeSetup\",\"{V}\",5,3\r\nOK\r\n", None),
    # ---------------------------------------------------------------- UI automation
    ("playwright_page_fill_second", "gui", "await page.goto('https://{H}/admin/login');\nawait page.fill('#field-2', '{V}');\nawait page.click('text=Continue');\n", None),
    ("cypress_get_type_chained", "gui", "cy.visit('/kiosk/admin')\ncy.get('[data-cy=f2]').type('{V}')\ncy.get('[data-cy=go]').click()\n", None),
    ("testcafe_typetext_second", "gui", "test('unlock kiosk', async t => {\n    await t.typeText('#f2', '{V}').click('#go');\n});\n", None),
    ("selenium_python_send_keys_argument", "gui", "driver.get(\"https://{H}/crm/\")\ndriver.find_element(By.ID, \"f2\").send_keys(\"{V}\")\ndriver.find_element(By.ID, \"go\").click()\n", None),
    ("nightwatch_setvalue_second", "gui", "browser\n  .url('https://{H}/bookings/admin')\n  .setValue('input#f2', '{V}')\n  .click('button#go');\n", None),
    ("autohotkey_sendraw_literal", "gui", "#IfWinActive, Digistar Console\n^!u::\nSendRaw {V}\nSend {{Enter}}\nreturn\n", None),
    ("autoit_send_raw_flag", "gui", "WinActivate(\"SkyHall Kiosk\")\nControlClick(\"SkyHall Kiosk\", \"\", \"Edit2\")\nSend(\"{V}\", 1)\nSend(\"{{ENTER}}\")\n", None),
    ("xdotool_type_delay_argument", "gui", "#!/bin/sh\nxdotool search --name 'Stellarium' windowactivate --sync\nxdotool type --delay 60 '{V}'\nxdotool key Return\n", None),
    ("applescript_keystroke_literal", "gui", "tell application \"System Events\"\n    tell process \"ShowPlayer\"\n        keystroke \"{V}\"\n        key code 36\n    end tell\nend tell\n", None),
    ("sikulix_type_image_pattern_second", "gui", "click(\"unlock_button.png\")\ntype(Pattern(\"field_two.png\").similar(0.85), \"{V}\")\ntype(Key.ENTER)\n", None),
]

USERS = ["mira", "tomasz", "ade", "keiko", "rhys", "lena", "farid", "sol", "obsadmin", "showops", "allsky", "webops"]
HOSTS = ["dome-ctl.skyhall.lan", "obs-roof.observatory.internal", "10.20.4.17", "show01.planetarium.local",
         "nas01.skyhall.lan", "crm-db.sciencecentre.internal", "192.168.50.9", "mail.skyhall.org",
         "registry.skyhall.lan", "stream.skyhall.org"]


def hidden_value(kind, user, pw):
    if kind == "b64_nul":
        return base64.b64encode(("\x00%s\x00%s" % (user, pw)).encode()).decode()
    if kind == "b64_colon":
        return base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()
    raise ValueError(kind)


def build(rng, reg, next_id):
    recs, hidden = [], []
    for syntax, kind, tmpl, hid in SYNTAXES:
        user = rng.choice(USERS)
        host = rng.choice(HOSTS)
        if hid:
            pw = reg.draw(lambda: owner_password(rng, strict=True))
            value = reg.add(hidden_value(hid, user, pw))
            hidden.append(pw)
        else:
            value = reg.draw(lambda: owner_password(rng, strict=True))
        t = tmpl.replace("{{", "\x01").replace("}}", "\x02")
        text, s, e = place(t, value, U=user, H=host, N=str(rng.randint(1000, 9999)))
        text = text.replace("\x01", "{").replace("\x02", "}")
        # braces restored before offsets are used: recompute the span position
        s = text.index(value)
        e = s + len(value)
        extra = None
        recs.append(span_record(next_id(), PREFIX + syntax, PREFIX + syntax + "__" + SUFFIX[kind],
                                text, s, e, "password", extra))
    return recs, hidden
