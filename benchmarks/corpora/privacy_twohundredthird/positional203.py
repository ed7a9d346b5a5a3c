"""Password source: positional syntaxes (no telling `password=` key)."""
import base64
import random

from common203 import MARK, SEEDS, PWPREFIX, owner_password, pos_record, PREFIX

V = MARK

SUFFIX = {
    "cli": "studio_ops_shell_transcript",
    "stdin": "kiln_room_stdin_pipe_history",
    "lib": "studio_app_source_excerpt",
    "file": "studio_host_config_file",
    "proto": "kiln_lan_wire_capture",
    "gui": "booking_app_ui_test",
    "sql": "glaze_db_sql_session",
}

USERS = ["studio", "kilnadmin", "frontdesk", "gaffer", "smith", "glazelab", "potter", "maya", "tom"]
HOSTS = ["nas.emberworks.lan", "db.slipandstone.lan", "mqtt.moltenmarver.lan", "kiln-ctl-02.emberworks.lan",
         "10.20.0.15", "192.168.40.12", "files.anvilyard.lan", "gallery.claycove.lan"]

# (syntax, kind, template(u, h) -> text with slot, encoding of the span or None)
S = []


def add(syntax, kind, fn, enc=None):
    S.append((syntax, kind, fn, enc))


# ---------------------------------------------------------------- command line
add("lftp_lower_u_comma_pair", "cli", lambda u, h: f"$ lftp -u {u},{V} sftp://{h}\nlftp {u}@{h}:~> mirror -R ./firing-logs /srv/kilnlogs\n")
add("ncftp_lower_p_after_lower_u", "cli", lambda u, h: f"$ ncftp -u {u} -p {V} {h}\nNcFTP 3.2.6 (Oct 2026)\nLogged in to {h}.\n")
add("wget_ftp_url_userinfo", "cli", lambda u, h: f"$ wget ftp://{u}:{V}@{h}/exports/glaze-recipes.csv\n--2026-03-14 09:12:01--  ftp://{h}/exports/glaze-recipes.csv\n")
add("curl_lower_u_colon_pair_ftp_upload", "cli", lambda u, h: f"$ curl -T kiln2-2026-03-14.csv -u {u}:{V} ftp://{h}/kilnlogs/\n  % Total    % Received % Xferd\n")
add("rclone_obscure_first_positional", "cli", lambda u, h: f"$ rclone obscure {V}\nq8Hk3l0mN2pX9sYb5cZ1vW\n$ # pasted the obscured form into rclone.conf for the photo backup\n")
add("htpasswd_lower_b_third_positional", "cli", lambda u, h: f"$ htpasswd -b /etc/nginx/gallery.htpasswd {u} {V}\nAdding password for user {u}\n")
add("mosquitto_pub_capital_p_after_lower_u", "cli", lambda u, h: f"$ mosquitto_pub -h {h} -p 8883 --cafile ca.crt -u kiln-bridge -P {V} -t kilns/2/cmd -m 'hold 1222'\n")
add("mosquitto_passwd_lower_b_third_positional", "cli", lambda u, h: f"$ sudo mosquitto_passwd -b /etc/mosquitto/passwd kiln-02 {V}\n$ sudo systemctl reload mosquitto\n")
add("mosquitto_sub_capital_l_url_userinfo", "cli", lambda u, h: f"$ mosquitto_sub -L mqtt://furnace-02:{V}@{h}:1883/furnace/temps -v\nfurnace/temps {{\"crown\":1131,\"pipewarmer\":512}}\n")
add("espota_lower_a_auth_flag", "cli", lambda u, h: f"$ python3 espota.py -i 192.168.40.31 -p 3232 -a {V} -f .pio/build/kiln_ctl/firmware.bin\nUploading: [============================================================] 100% Done...\n")
add("wpa_passphrase_second_positional", "cli", lambda u, h: f"$ wpa_passphrase Emberworks-KilnRoom {V} | sudo tee -a /etc/wpa_supplicant/wpa_supplicant.conf >/dev/null\n")
add("ipmitool_capital_p_after_capital_u", "cli", lambda u, h: f"$ ipmitool -I lanplus -H 10.20.0.5 -U ADMIN -P {V} chassis power status\nChassis Power is on\n")
add("schtasks_capital_rp_after_capital_ru", "cli", lambda u, h: f"C:\\> schtasks /Create /TN \"KilnLogBackup\" /TR \"C:\\kiln\\backup.cmd\" /SC DAILY /ST 23:30 /RU STUDIO\\svc-kiln /RP {V}\nSUCCESS: The scheduled task \"KilnLogBackup\" has successfully been created.\n")
add("net_use_second_positional_before_user_switch", "cli", lambda u, h: f"C:\\> net use G: \\\\{h}\\glazes {V} /user:STUDIO\\{u} /persistent:yes\nThe command completed successfully.\n")
add("mount_smbfs_url_userinfo", "cli", lambda u, h: f"% mount_smbfs //{u}:{V}@{h}/commissions /Volumes/commissions\n% ls /Volumes/commissions | head -3\n")
add("unrar_x_glued_lower_p", "cli", lambda u, h: f"$ unrar x -p{V} glaze-archive-2019.rar ./restore/\nExtracting from glaze-archive-2019.rar\n")
add("qpdf_encrypt_second_positional_owner", "cli", lambda u, h: f"$ qpdf --encrypt \"\" {V} 256 --print=full --modify=none -- price-list.pdf price-list-locked.pdf\n")
add("oracle_sqlplus_slash_pair_connect_string", "cli", lambda u, h: f"$ sqlplus {u}/{V}@//{h}:1521/GLAZEPDB @reports/monthly_firings.sql\n")
add("beeline_lower_p_after_lower_n", "cli", lambda u, h: f"$ beeline -u jdbc:hive2://{h}:10000/kiln -n {u} -p {V} -e 'select count(*) from firings'\n")
add("isql_unixodbc_third_positional", "cli", lambda u, h: f"$ isql GlazeDSN {u} {V} -v\n+---------------------------------------+\n| Connected!                            |\n")
add("mc_alias_set_fourth_positional", "cli", lambda u, h: f"$ mc alias set studio https://{h}:9000 kilnphotos {V}\nAdded `studio` successfully.\n")
add("openssl_passwd_six_positional", "cli", lambda u, h: f"$ openssl passwd -6 {V}\n$6$Ck3pQ9rT$... (hash truncated in notes)\n")
add("caddy_hash_password_plaintext_flag", "cli", lambda u, h: f"$ caddy hash-password --plaintext {V}\n$2a$14$... (copied into Caddyfile basicauth)\n")
add("ldappasswd_lower_s_new_secret", "cli", lambda u, h: f"$ ldappasswd -H ldap://{h} -x -D cn=admin,dc=emberworks,dc=lan -W -s {V} uid={u},ou=staff,dc=emberworks,dc=lan\nEnter LDAP Password:\n")
add("drush_user_password_second_positional", "cli", lambda u, h: f"$ drush user:password {u} \"{V}\"\n [success] Changed password for {u}.\n")
add("teamviewer_passwd_first_positional", "cli", lambda u, h: f"$ sudo teamviewer passwd {V}\nok\n")
add("x11vnc_storepasswd_first_positional", "cli", lambda u, h: f"$ x11vnc -storepasswd {V} ~/.vnc/kilnroom.pass\nstored passwd in file: /home/{u}/.vnc/kilnroom.pass\n")
add("dscl_passwd_third_positional", "cli", lambda u, h: f"% sudo dscl . -passwd /Users/{u} {V}\n")
add("macos_security_unlock_keychain_lower_p", "cli", lambda u, h: f"% security unlock-keychain -p {V} ~/Library/Keychains/build.keychain-db\n% xcodebuild -scheme FairPOS archive\n")
add("macos_security_add_generic_password_lower_w", "cli", lambda u, h: f"% security add-generic-password -a {u} -s kiln-portal -w {V} -U\n")
add("networksetup_setairportnetwork_third_positional", "cli", lambda u, h: f"% networksetup -setairportnetwork en0 SlipStone-Studio {V}\n")
add("raspi_config_nonint_wifi_second_positional", "cli", lambda u, h: f"$ sudo raspi-config nonint do_wifi_ssid_passphrase KilnRoom-IoT {V}\n")
add("platformio_upload_flags_auth_equals", "cli", lambda u, h: f"$ pio run -e kiln_ctl -t upload --upload-port 192.168.40.31 -O \"upload_flags=--auth={V}\"\n")
add("rexec_lower_p_after_lower_l", "cli", lambda u, h: f"$ rexec -l {u} -p {V} {h} uptime\n 21:14:03 up 12 days,  3:02,  0 users\n")

# ---------------------------------------------------------------- stdin pipes
add("gpg_passphrase_fd_zero_echo", "stdin", lambda u, h: f"$ echo '{V}' | gpg --batch --yes --passphrase-fd 0 -d commissions-2025.tar.gpg | tar x\n")
add("openconnect_passwd_on_stdin_echo", "stdin", lambda u, h: f"$ echo {V} | sudo openconnect --user={u} --passwd-on-stdin vpn.emberworks.example\n")
add("vncpasswd_lower_f_stdin_echo", "stdin", lambda u, h: f"$ echo '{V}' | vncpasswd -f > ~/.vnc/passwd && chmod 600 ~/.vnc/passwd\n")
add("sshfs_password_stdin_option_echo", "stdin", lambda u, h: f"$ echo '{V}' | sshfs -o password_stdin {u}@{h}:/srv/photos ~/mnt/photos\n")
add("docker_login_password_stdin_printf", "stdin", lambda u, h: f"$ printf '%s' '{V}' | docker login registry.emberworks.lan -u {u} --password-stdin\nLogin Succeeded\n")
add("kinit_stdin_echo", "stdin", lambda u, h: f"$ echo '{V}' | kinit {u}@EMBERWORKS.LAN\n$ klist | head -2\n")
add("htpasswd_lower_i_stdin_echo", "stdin", lambda u, h: f"$ echo -n '{V}' | htpasswd -i -B /etc/apache2/members.htpasswd {u}\nAdding password for user {u}\n")
add("ansible_vault_password_file_process_substitution", "stdin", lambda u, h: f"$ ansible-playbook site.yml --vault-password-file <(echo '{V}') --limit kiln_room\n")
add("lastpass_cli_login_stdin_echo", "stdin", lambda u, h: f"$ echo '{V}' | LPASS_DISABLE_PINENTRY=1 lpass login --trust {u}@emberworks.example\nSuccess: Logged in as {u}@emberworks.example.\n")
add("passwd_stdin_flag_echo", "stdin", lambda u, h: f"# echo '{V}' | passwd --stdin {u}\nChanging password for user {u}.\npasswd: all authentication tokens updated successfully.\n")
add("anydesk_set_password_stdin_echo", "stdin", lambda u, h: f"$ echo {V} | sudo anydesk --set-password\n")
add("hdiutil_stdinpass_printf", "stdin", lambda u, h: f"% printf '{V}' | hdiutil attach -stdinpass ~/Archive/glaze-notes.dmg\n/dev/disk4s1  /Volumes/glaze-notes\n")
add("encfs_stdinpass_echo", "stdin", lambda u, h: f"$ echo '{V}' | encfs --stdinpass ~/.commissions-crypt ~/commissions\n")
add("pass_insert_lower_e_echo", "stdin", lambda u, h: f"$ echo '{V}' | pass insert -e studio/kiln-portal\n")
add("secret_tool_store_stdin_echo", "stdin", lambda u, h: f"$ echo -n '{V}' | secret-tool store --label='glaze db' service glazedb user {u}\n")
add("ftp_n_heredoc_user_line_third_token", "stdin", lambda u, h: f"$ ftp -n {h} <<'EOF'\nuser {u} {V}\nbinary\nput kiln3-2026-03-14.csv\nbye\nEOF\n")
add("gio_mount_stdin_third_line", "stdin", lambda u, h: f"$ printf '{u}\\nSTUDIO\\n{V}\\n' | gio mount smb://{h}/glazes\n")

# ---------------------------------------------------------------- library call positions
add("python_ftplib_ftp_login_second", "lib", lambda u, h: f"from ftplib import FTP\n\nftp = FTP('{h}')\nftp.login('{u}', '{V}')\nftp.cwd('/kilnlogs')\n")
add("python_ftplib_ftp_tls_ctor_third", "lib", lambda u, h: f"from ftplib import FTP_TLS\n\nftps = FTP_TLS('{h}', '{u}', '{V}')\nftps.prot_p()\n")
add("python_poplib_pass_underscore_single", "lib", lambda u, h: f"import poplib\n\nbox = poplib.POP3_SSL('mail.emberworks.example')\nbox.user('orders')\nbox.pass_('{V}')\n")
add("python_smbclient_register_session_third", "lib", lambda u, h: f"import smbclient\n\nsmbclient.register_session('{h}', '{u}', '{V}')\nwith smbclient.open_file(r'\\\\{h}\\glazes\\recipes.csv') as fh:\n    data = fh.read()\n")
add("python_requests_auth_tuple_second", "lib", lambda u, h: f"import requests\n\nr = requests.get('https://{h}/api/firings', auth=('{u}', '{V}'), timeout=10)\nr.raise_for_status()\n")
add("python_httpx_basicauth_second", "lib", lambda u, h: f"import httpx\n\nauth = httpx.BasicAuth('{u}', '{V}')\nclient = httpx.Client(base_url='https://{h}', auth=auth)\n")
add("python_aiohttp_basicauth_second", "lib", lambda u, h: f"import aiohttp\n\nasync def pull():\n    auth = aiohttp.BasicAuth('{u}', '{V}')\n    async with aiohttp.ClientSession(auth=auth) as s:\n        return await (await s.get('https://{h}/stalls')).json()\n")
add("python_telnetlib_write_after_read_until", "lib", lambda u, h: f"import telnetlib\n\ntn = telnetlib.Telnet('192.168.40.21', 23)\ntn.read_until(b'login: ')\ntn.write(b'{u}\\n')\ntn.read_until(b': ')\ntn.write(b'{V}\\n')\n")
add("python_pexpect_sendline_after_expect", "lib", lambda u, h: f"import pexpect\n\nchild = pexpect.spawn('ssh {u}@{h}')\nchild.expect('assword:')\nchild.sendline('{V}')\n")
add("python_zipfile_setpassword_single", "lib", lambda u, h: f"import zipfile\n\nwith zipfile.ZipFile('glaze-tests-2024.zip') as zf:\n    zf.setpassword(b'{V}')\n    zf.extractall('tests')\n")
add("python_msoffcrypto_load_key_single", "lib", lambda u, h: f"import msoffcrypto\n\nwith open('price-list.xlsx', 'rb') as fh:\n    office = msoffcrypto.OfficeFile(fh)\n    office.load_key('{V}')\n    office.decrypt(open('price-list-open.xlsx', 'wb'))\n")
add("python_pikepdf_open_second", "lib", lambda u, h: f"import pikepdf\n\npdf = pikepdf.open('consignment-agreement.pdf', '{V}')\npdf.save('consignment-agreement-open.pdf')\n")
add("python_pymupdf_authenticate_single", "lib", lambda u, h: f"import fitz\n\ndoc = fitz.open('kiln-manual.pdf')\nif doc.needs_pass:\n    doc.authenticate('{V}')\n")
add("python_keyring_set_password_third", "lib", lambda u, h: f"import keyring\n\nkeyring.set_password('kiln-portal', '{u}', '{V}')\n")
add("python_redis_ctor_fourth_positional", "lib", lambda u, h: f"import redis\n\nr = redis.Redis('{h}', 6379, 2, '{V}')\nr.lpush('kiln:2:readings', 1131)\n")
add("python_pika_plaincredentials_second", "lib", lambda u, h: f"import pika\n\ncreds = pika.PlainCredentials('kiln', '{V}')\nconn = pika.BlockingConnection(pika.ConnectionParameters('{h}', 5672, '/', creds))\n")
add("python_influxdb_client_ctor_fourth", "lib", lambda u, h: f"from influxdb import InfluxDBClient\n\nclient = InfluxDBClient('{h}', 8086, '{u}', '{V}', 'kilns')\nclient.write_points(points)\n")
add("python_minio_ctor_third_positional", "lib", lambda u, h: f"from minio import Minio\n\nmc = Minio('{h}:9000', 'kilnphotos', '{V}', secure=True)\nmc.fput_object('commissions', 'c-2291/front.jpg', 'front.jpg')\n")
add("node_crypto_pbkdf2sync_first", "lib", lambda u, h: f"const crypto = require('crypto');\n\nconst key = crypto.pbkdf2Sync('{V}', salt, 210000, 32, 'sha256');\n")
add("node_bcrypt_hash_first", "lib", lambda u, h: f"const bcrypt = require('bcrypt');\n\n// seed the front-desk account\nconst hash = await bcrypt.hash('{V}', 12);\nawait db.staff.update({{ where: {{ login: '{u}' }}, data: {{ hash }} }});\n")
add("node_sequelize_ctor_third", "lib", lambda u, h: f"const {{ Sequelize }} = require('sequelize');\n\nconst sequelize = new Sequelize('glazes', '{u}', '{V}', {{\n  host: '{h}',\n  dialect: 'postgres',\n}});\n")
add("node_btoa_colon_pair_basic_header", "lib", lambda u, h: f"const headers = {{\n  Authorization: 'Basic ' + btoa('{u}:{V}'),\n}};\nawait fetch('https://{h}/api/stalls', {{ headers }});\n")
add("mongo_shell_db_auth_second", "lib", lambda u, h: f"use consignment\ndb.auth(\"{u}\", \"{V}\")\ndb.items.countDocuments({{ status: 'on-loan' }})\n")
add("java_passwordauthentication_ctor_second_chararray", "lib", lambda u, h: f"Authenticator.setDefault(new Authenticator() {{\n    protected PasswordAuthentication getPasswordAuthentication() {{\n        return new PasswordAuthentication(\"{u}\", \"{V}\".toCharArray());\n    }}\n}});\n")
add("java_keystore_load_second_chararray", "lib", lambda u, h: f"KeyStore ks = KeyStore.getInstance(\"PKCS12\");\ntry (InputStream in = new FileInputStream(\"kiln-bridge.p12\")) {{\n    ks.load(in, \"{V}\".toCharArray());\n}}\n")
add("java_paho_mqttconnectoptions_setpassword_chararray", "lib", lambda u, h: f"MqttConnectOptions opts = new MqttConnectOptions();\nopts.setUserName(\"kiln-02\");\nopts.setPassword(\"{V}\".toCharArray());\nclient.connect(opts);\n")
add("java_commons_net_ftpclient_login_second", "lib", lambda u, h: f"FTPClient ftp = new FTPClient();\nftp.connect(\"{h}\");\nftp.login(\"{u}\", \"{V}\");\nftp.storeFile(\"kiln3.csv\", in);\n")
add("kotlin_exposed_database_connect_fourth", "lib", lambda u, h: f"Database.connect(\n    \"jdbc:postgresql://{h}:5432/commissions\",\n    \"org.postgresql.Driver\",\n    \"{u}\",\n    \"{V}\"\n)\n")
add("groovy_sql_newinstance_third", "lib", lambda u, h: f"def sql = Sql.newInstance('jdbc:mysql://{h}/glazes', '{u}', '{V}', 'com.mysql.cj.jdbc.Driver')\nsql.eachRow('select name from recipes') {{ println it.name }}\n")
add("csharp_networkcredential_ctor_second", "lib", lambda u, h: f"var client = new SmtpClient(\"mail.emberworks.example\", 587)\n{{\n    Credentials = new NetworkCredential(\"{u}\", \"{V}\"),\n    EnableSsl = true,\n}};\n")
add("csharp_fluentftp_ctor_third", "lib", lambda u, h: f"using var ftp = new FtpClient(\"{h}\", \"{u}\", \"{V}\");\nftp.Connect();\nftp.UploadFile(\"kiln2.csv\", \"/kilnlogs/kiln2.csv\");\n")
add("csharp_mqttnet_withcredentials_second", "lib", lambda u, h: f"var options = new MqttClientOptionsBuilder()\n    .WithTcpServer(\"{h}\", 8883)\n    .WithCredentials(\"kiln-02\", \"{V}\")\n    .Build();\n")
add("vbnet_my_network_uploadfile_fourth", "lib", lambda u, h: f"My.Computer.Network.UploadFile(\"C:\\kiln\\kiln2.csv\", \"ftp://{h}/kilnlogs/kiln2.csv\", \"{u}\", \"{V}\")\n")
add("go_url_userpassword_second", "lib", lambda u, h: f"u := &url.URL{{\n\tScheme: \"https\",\n\tHost:   \"{h}\",\n\tUser:   url.UserPassword(\"{u}\", \"{V}\"),\n}}\n")
add("go_http_request_setbasicauth_second", "lib", lambda u, h: f"req, _ := http.NewRequest(\"GET\", \"https://{h}/api/firings\", nil)\nreq.SetBasicAuth(\"{u}\", \"{V}\")\nresp, err := http.DefaultClient.Do(req)\n")
add("rust_rumqttc_set_credentials_second", "lib", lambda u, h: f"let mut opts = MqttOptions::new(\"kiln-02\", \"{h}\", 1883);\nopts.set_credentials(\"kiln-02\", \"{V}\");\nlet (client, mut eventloop) = AsyncClient::new(opts, 10);\n")
add("rust_ssh2_userauth_password_second", "lib", lambda u, h: f"let mut sess = Session::new()?;\nsess.set_tcp_stream(tcp);\nsess.handshake()?;\nsess.userauth_password(\"{u}\", \"{V}\")?;\n")
add("php_ftp_login_third", "lib", lambda u, h: f"<?php\n$conn = ftp_connect('{h}');\nftp_login($conn, '{u}', '{V}');\nftp_put($conn, 'stall-sales.csv', '/tmp/stall-sales.csv', FTP_BINARY);\n")
add("php_mysqli_ctor_third", "lib", lambda u, h: f"<?php\n$db = new mysqli('{h}', '{u}', '{V}', 'bookings');\nif ($db->connect_errno) {{ exit(1); }}\n")
add("php_imap_open_third", "lib", lambda u, h: f"<?php\n$mbox = imap_open('{{mail.emberworks.example:993/imap/ssl}}INBOX', 'commissions@emberworks.example', '{V}');\n")
add("php_ssh2_auth_password_third", "lib", lambda u, h: f"<?php\n$c = ssh2_connect('{h}', 22);\nssh2_auth_password($c, '{u}', '{V}');\n")
add("ruby_bcrypt_password_create_first", "lib", lambda u, h: f"require 'bcrypt'\n\nStaff.find_by!(login: '{u}').update!(password_digest: BCrypt::Password.create('{V}'))\n")
add("perl_dbi_connect_third", "lib", lambda u, h: f"use DBI;\nmy $dbh = DBI->connect('dbi:Pg:dbname=glazes;host={h}', '{u}', '{V}', {{ RaiseError => 1 }});\n")
add("powershell_convertto_securestring_asplaintext", "lib", lambda u, h: f"$sec = ConvertTo-SecureString '{V}' -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential('STUDIO\\{u}', $sec)\n")
add("lua_nodemcu_mqtt_client_fourth", "lib", lambda u, h: f"m = mqtt.Client(\"kiln-02\", 120, \"kiln-02\", \"{V}\")\nm:connect(\"{h}\", 1883, false, function(c) print(\"up\") end)\n")
add("arduino_pubsubclient_connect_third", "lib", lambda u, h: f"void reconnect() {{\n  while (!mqtt.connected()) {{\n    mqtt.connect(\"kiln-ctl-02\", \"kiln-02\", \"{V}\");\n    delay(5000);\n  }}\n}}\n")
add("arduino_arduinoota_setpassword_single", "lib", lambda u, h: f"void setup() {{\n  ArduinoOTA.setHostname(\"kiln-ctl-02\");\n  ArduinoOTA.setPassword(\"{V}\");\n  ArduinoOTA.begin();\n}}\n")
add("micropython_wlan_connect_second", "lib", lambda u, h: f"import network\n\nwlan = network.WLAN(network.STA_IF)\nwlan.active(True)\nwlan.connect('Emberworks-KilnRoom', '{V}')\n")
add("matlab_ftp_ctor_third", "lib", lambda u, h: f"f = ftp('{h}', '{u}', '{V}');\ncd(f, 'kilnlogs');\nmget(f, 'kiln2-*.csv');\n")
add("excel_vba_workbooks_open_fifth", "lib", lambda u, h: f"Sub OpenRecipes()\n    Workbooks.Open \"S:\\Glazes\\recipes.xlsx\", , , , \"{V}\"\nEnd Sub\n")
add("excel_vba_worksheet_unprotect_single", "lib", lambda u, h: f"Sub EditCones()\n    Worksheets(\"Cones\").Unprotect \"{V}\"\n    Range(\"B2\").Value = 1222\nEnd Sub\n")

# ---------------------------------------------------------------- files with fixed positions
add("ppp_chap_secrets_third_column", "file", lambda u, h: f"# /etc/ppp/chap-secrets\n# client        server  secret                  IP addresses\n{u}          *       {V}       *\n")
add("ipsec_secrets_psk_quoted", "file", lambda u, h: f"# /etc/ipsec.secrets  (studio-to-gallery tunnel)\n%any 203.0.113.40 : PSK \"{V}\"\n")
add("davfs2_secrets_third_field", "file", lambda u, h: f"# /etc/davfs2/secrets\nhttps://{h}/remote.php/dav/files/{u}  {u}  {V}\n")
add("nut_upsmon_conf_monitor_fifth_token", "file", lambda u, h: f"# /etc/nut/upsmon.conf  (kiln room UPS)\nMONITOR kilnups@localhost 1 upsmon {V} primary\nMINSUPPLIES 1\n")
add("lighttpd_plain_user_file_colon_pair", "file", lambda u, h: f"# /etc/lighttpd/gallery.user  (auth.backend = \"plain\")\n{u}:{V}\n")
add("exim_passwd_client_third_field", "file", lambda u, h: f"# /etc/exim4/passwd.client\n*.emberworks.example:{u}@emberworks.example:{V}\n")
add("stunnel_psksecrets_colon_pair", "file", lambda u, h: f"# /etc/stunnel/psk.txt  (kiln controller tunnel)\nkiln-ctl-02:{V}\n")
add("cloud_init_chpasswd_list_colon_pair", "file", lambda u, h: f"#cloud-config\nhostname: kiln-logger\nchpasswd:\n  expire: false\n  list: |\n    {u}:{V}\n")
add("git_askpass_helper_script_echo", "file", lambda u, h: f"#!/bin/sh\n# ~/bin/studio-askpass, used via GIT_ASKPASS\necho '{V}'\n")
add("expect_script_send_after_prompt", "file", lambda u, h: f"#!/usr/bin/expect -f\nspawn ssh {u}@{h}\nexpect \"assword:\"\nsend \"{V}\\r\"\ninteract\n")
add("muttrc_imaps_folder_url_userinfo", "file", lambda u, h: f"# ~/.muttrc\nset folder = \"imaps://orders:{V}@mail.emberworks.example:993/\"\nset spoolfile = \"+INBOX\"\n")
add("kiln_controller_sd_wifi_txt_second_line", "file", lambda u, h: f"# WIFI.TXT on the kiln controller SD card (line 1 network, line 2 key)\nEmberworks-KilnRoom\n{V}\nDHCP\n")
add("door_fob_roster_semicolon_third_field", "file", lambda u, h: f"# door-roster.txt  member;fob;unlock;expires\nM-0412;04A3F2;{V};2026-12-31\n")
add("kiln_room_kiosk_colon_fourth_field", "file", lambda u, h: f"# kiosk.users  name:role:kiln:code:shell\n{u}:tech:K2:{V}:/usr/bin/kilnmenu\n")
add("consignment_import_csv_fifth_column", "file", lambda u, h: f"artist,email,split,portal,pin,notes\nJ. Okafor,jo@claycove.example,60/40,consign.claycove.example,{V},raku vases\n")
add("glaze_scale_pipe_second_field", "file", lambda u, h: f"# scale.cfg  station|unlock|units\nglaze-lab-1|{V}|g\n")
add("fixed_width_firing_tablet_cols_21_to_40", "file", lambda u, h: None)  # built in generate()
add("netrc_like_fixed_order_studio_sync_list", "file", lambda u, h: f"# sync.list  host user secret path (space separated, fixed order)\n{h} {u} {V} /srv/commission-photos\n")

# ---------------------------------------------------------------- protocol exchanges
add("telnet_capture_line_after_password_prompt", "proto", lambda u, h: f"Trying 192.168.40.21...\nConnected to kiln-ctl-legacy.\nkiln-ctl login: {u}\nPassword: {V}\nKilnOS 2.1 ready\n")
add("smtp_auth_login_second_b64_line", "proto", lambda u, h: f"S: 220 mail.emberworks.example ESMTP\nC: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: {{U64}}\nS: 334 UGFzc3dvcmQ6\nC: {V}\nS: 235 2.7.0 Authentication successful\n", "b64_password")
add("http_authorization_basic_b64_pair", "proto", lambda u, h: f"GET /api/firings?kiln=2 HTTP/1.1\nHost: {h}\nAuthorization: Basic {V}\nAccept: application/json\n", "b64_user_colon_password")
add("mqtt_connect_payload_third_string", "proto", lambda u, h: f"MQTT Connect Command (decoded)\n  Protocol: MQTT v3.1.1  Flags: 0xc2 (user, pass, clean)  Keep alive: 60\n  Payload strings: [kiln-ctl-02] [kiln-02] [{V}]\n")
add("ldap_bindrequest_simple_choice", "proto", lambda u, h: f"Lightweight Directory Access Protocol\n  bindRequest(1) \"uid={u},ou=staff,dc=emberworks,dc=lan\" simple\n    version: 3\n    authentication: simple ({V})\n")
add("xmpp_sasl_plain_auth_element_b64", "proto", lambda u, h: f"<stream:features>...</stream:features>\n<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>{V}</auth>\n<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>\n", "b64_nul_user_nul_password")
add("amqp_start_ok_response_nul_pair", "proto", lambda u, h: f"AMQP Connection.Start-Ok\n  mechanism: PLAIN\n  response: \\x00kiln-02\\x00{V}\n  locale: en_US\n")
add("esp_at_cwjap_second_parameter", "proto", lambda u, h: f">> AT+CWMODE=1\n<< OK\n>> AT+CWJAP=\"Emberworks-KilnRoom\",\"{V}\"\n<< WIFI CONNECTED\n<< WIFI GOT IP\n")
add("kiln_serial_console_wifi_join_third_arg", "proto", lambda u, h: f"kiln-ctl> wifi scan\n  Emberworks-KilnRoom  -58dBm  WPA2\nkiln-ctl> wifi join Emberworks-KilnRoom {V}\nassociated, ip 192.168.40.31\n")
add("redis_hello_auth_fourth_argument", "proto", lambda u, h: f"127.0.0.1:6379> HELLO 3 AUTH kiln-cache {V} SETNAME kiln-bridge\n1# \"server\" => \"redis\"\n")
add("jsonrpc_login_params_array_second", "proto", lambda u, h: f"--> {{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"session.login\",\"params\":[\"{u}\",\"{V}\"]}}\n<-- {{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{{\"ok\":true}}}}\n")
add("pop3_apop_free_user_then_plain_line", "proto", lambda u, h: None)  # placeholder removed below

# ---------------------------------------------------------------- SQL
add("mysql_create_user_identified_by_literal", "sql", lambda u, h: f"mysql> CREATE USER '{u}'@'10.20.0.%' IDENTIFIED BY '{V}';\nQuery OK, 0 rows affected (0.02 sec)\n")
add("db2_connect_to_user_using", "sql", lambda u, h: f"db2 => CONNECT TO GLAZEDB USER {u} USING {V}\n   Database Connection Information\n")
add("sqlcipher_pragma_key_literal", "sql", lambda u, h: f"sqlite> .open glaze-notes.db\nsqlite> PRAGMA key = '{V}';\nsqlite> select count(*) from recipes;\n214\n")
add("postgres_crypt_gen_salt_first", "sql", lambda u, h: f"glazes=# UPDATE staff SET pw_hash = crypt('{V}', gen_salt('bf', 10)) WHERE login = '{u}';\nUPDATE 1\n")
add("mysql_sha2_first_in_update", "sql", lambda u, h: f"mysql> UPDATE door_panel SET admin_hash = SHA2('{V}', 256) WHERE panel = 'front';\nQuery OK, 1 row affected (0.01 sec)\n")

# ---------------------------------------------------------------- UI automation
add("selenium_send_keys_single", "gui", lambda u, h: f"driver.find_element(By.ID, \"f1\").send_keys(\"{u}\")\ndriver.find_element(By.ID, \"f2\").send_keys(\"{V}\")\ndriver.find_element(By.ID, \"go\").click()\n")
add("webdriverio_setvalue_second", "gui", lambda u, h: f"await $('#f1').setValue('{u}');\nawait $('#f2').setValue('{V}');\nawait $('button[type=submit]').click();\n")
add("robot_framework_input_text_second_cell", "gui", lambda u, h: f"*** Test Cases ***\nBook Taster Session As Admin\n    Input Text    id:f1    {u}\n    Input Text    id:f2    {V}\n    Click Button    id:go\n")
add("detox_typetext_single", "gui", lambda u, h: f"await element(by.id('f1')).typeText('{u}');\nawait element(by.id('f2')).typeText('{V}');\nawait element(by.id('go')).tap();\n")
add("espresso_typetext_single", "gui", lambda u, h: f"onView(withId(R.id.f1)).perform(typeText(\"{u}\"));\nonView(withId(R.id.f2)).perform(typeText(\"{V}\"), closeSoftKeyboard());\n")
add("xcuitest_securetextfield_typetext", "gui", lambda u, h: f"let app = XCUIApplication()\napp.textFields[\"f1\"].typeText(\"{u}\")\napp.secureTextFields[\"f2\"].tap()\napp.secureTextFields[\"f2\"].typeText(\"{V}\")\n")
add("maestro_inputtext_yaml_step", "gui", lambda u, h: f"appId: lan.emberworks.fairpos\n---\n- tapOn:\n    id: \"f1\"\n- inputText: \"{u}\"\n- tapOn:\n    id: \"f2\"\n- inputText: \"{V}\"\n")
add("katalon_webui_settext_second", "gui", lambda u, h: f"WebUI.setText(findTestObject('Login/f1'), '{u}')\nWebUI.setText(findTestObject('Login/f2'), '{V}')\nWebUI.click(findTestObject('Login/go'))\n")
add("pywinauto_type_keys_single", "gui", lambda u, h: f"app = Application(backend='uia').start(r'C:\\KilnLink\\KilnLink.exe')\ndlg = app.window(title='Sign in')\ndlg['Edit2'].type_keys('{V}', with_spaces=True)\n")
add("sikulix_type_after_click", "gui", lambda u, h: f"click(\"field_two.png\")\ntype(\"{V}\")\ntype(Key.ENTER)\n")

S = [x for x in S if x[0] != "pop3_apop_free_user_then_plain_line"]
SET_ASIDE = {
    "rexec_lower_p_after_lower_l": "rexec is a legacy tool with little place in a studio, and one more -p after a user flag",
    "excel_vba_worksheet_unprotect_single": "near-duplicate of the Workbooks.Open idea; sheet protection is not access control",
    "mysql_sha2_first_in_update": "near-duplicate of the crypt(gen_salt) idea",
    "python_aiohttp_basicauth_second": "near-duplicate of httpx.BasicAuth",
    "encfs_stdinpass_echo": "near-duplicate of hdiutil -stdinpass",
    "python_ftplib_ftp_tls_ctor_third": "one more FTP login call (ftplib login kept)",
    "java_commons_net_ftpclient_login_second": "one more FTP login call",
    "matlab_ftp_ctor_third": "one more FTP login call",
    "csharp_fluentftp_ctor_third": "one more FTP login call",
    "php_ftp_login_third": "one more FTP login call",
    "vbnet_my_network_uploadfile_fourth": "one more FTP upload call",
    "python_zipfile_setpassword_single": "near-duplicate of the zipfile call of an earlier corpus",
    "python_keyring_set_password_third": "the function name says password right before the value",
    "macos_security_add_generic_password_lower_w": "the subcommand says password",
    "drush_user_password_second_positional": "the subcommand says password",
    "teamviewer_passwd_first_positional": "the subcommand says passwd right before the value",
    "x11vnc_storepasswd_first_positional": "the flag says passwd right before the value",
    "anydesk_set_password_stdin_echo": "the flag says password",
    "platformio_upload_flags_auth_equals": "near-duplicate of espota -a (same OTA password)",
    "wget_ftp_url_userinfo": "one more URL userinfo (curl -u and mount_smbfs kept)",
    "node_crypto_pbkdf2sync_first": "near-duplicate of the scryptSync call of an earlier corpus",
    "ruby_bcrypt_password_create_first": "near-duplicate of node bcrypt.hash",
    "htpasswd_lower_i_stdin_echo": "near-duplicate of htpasswd -b",
    "mosquitto_passwd_lower_b_third_positional": "near-duplicate of htpasswd -b",
    "beeline_lower_p_after_lower_n": "one more -p after a user flag",
    "caddy_hash_password_plaintext_flag": "near-duplicate of openssl passwd -6",
    "sikulix_type_after_click": "image-driven typing, near-duplicate of the other UI typing calls",
    "katalon_webui_settext_second": "near-duplicate of selenium send_keys",
    "python_httpx_basicauth_second": "near-duplicate of the requests auth tuple",
    "lastpass_cli_login_stdin_echo": "one more CLI login from stdin",
    "secret_tool_store_stdin_echo": "near-duplicate of pass insert -e",
    "lighttpd_plain_user_file_colon_pair": "one more user:password file line (rsyncd-style lines exist in earlier corpora)",
    "groovy_sql_newinstance_third": "near-duplicate of the JDBC getConnection call of an earlier corpus",
}
CONSIDERED = {
    "smbpasswd_lower_s_printf_twice": "the password is typed twice, so it would occur twice in the text",
    "nmcli_wifi_connect_password_keyword": "the keyword `password` sits right before the value",
    "sc_config_password_equals": "`password=` is a telling key",
    "tomcat_users_xml_password_attribute": "`password=` is a telling key",
    "netrc_machine_login_password": "the keyword `password` sits right before the value",
    "ffmpeg_rtsp_kiln_camera_userinfo": "near-duplicate of a set-aside syntax of an earlier corpus",
    "psexec_lower_p_after_lower_u": "one more -p after -u",
    "sqlcmd_capital_p_after_capital_u": "near-duplicate of bcp -P of an earlier corpus",
}


def kept():
    return [x for x in S if x[0] not in SET_ASIDE]


def generate(reg, start_index):
    rng = random.Random(SEEDS["positional"])
    recs, hidden = [], {}
    n = start_index
    for syntax, kind, fn, enc in kept():
        u, h = rng.choice(USERS), rng.choice(HOSTS)
        pw = reg.draw(owner_password, rng, True)
        if syntax == "fixed_width_firing_tablet_cols_21_to_40":
            tpl = ("# firing-tablet.dat  login(1-20) unlock(21-40) kiln(41-52) shift(53-62)\n"
                   + u.ljust(20) + MARK + " " * (20 - len(pw)) + "K2".ljust(12) + "late\n")
            value = pw
        elif enc is None:
            tpl, value = fn(u, h), pw
        else:
            if enc == "b64_password":
                value = base64.b64encode(pw.encode()).decode()
                tpl = fn(u, h).replace("{U64}", base64.b64encode(u.encode()).decode())
            elif enc == "b64_user_colon_password":
                value = base64.b64encode((u + ":" + pw).encode()).decode()
                tpl = fn(u, h)
            else:
                value = base64.b64encode(("\0" + u + "\0" + pw).encode()).decode()
                tpl = fn(u, h)
            if not reg.add(value):
                raise RuntimeError("b64 clash")
            hidden[value] = pw
        typ = PWPREFIX + syntax
        rid = "%s-s-%04d" % (PREFIX, n)
        recs.append(pos_record(rid, typ, typ + "__" + SUFFIX[kind], tpl, value, "password"))
        n += 1
    return recs, hidden
