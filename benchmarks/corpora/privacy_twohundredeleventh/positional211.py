"""Password source: positional syntaxes (no telling password= key)."""
import base64, random
import common211 as C
from common211 import MARK

SEED = 21103
SUFFIX = {"cli": "allotment_ops_shell_transcript", "stdin": "shed_pi_stdin_pipe",
          "lib": "plot_app_source_fragment", "file": "seedlib_server_config_excerpt",
          "proto": "garden_lan_capture_decode", "gui": "waitlist_ui_automation_script",
          "sql": "rent_ledger_db_console"}
V = MARK
# (syntax, category, template) ; {u} user, {h} host, {d} db, {n} number
S = [
    # ---------------------------------------------------------------- cli
    ("wget_ftp_url_userinfo", "cli", "$ wget -q ftp://{u}:" + V + "@{h}/exports/waitlist-2025.csv\n"),
    ("curl_lower_u_colon_pair", "cli", "$ curl -s -u {u}:" + V + " https://{h}/api/plots?status=vacant | jq length\n14\n"),
    ("htpasswd_lower_b_batch_third_positional", "cli", "$ sudo htpasswd -b /etc/nginx/.minutes_users {u} " + V + "\nUpdating password for user {u}\n"),
    ("htpasswd_lower_nb_second_positional", "cli", "$ htpasswd -nbB {u} " + V + " >> traefik/users.txt\n"),
    ("mosquitto_pub_capital_p_after_lower_u", "cli", "$ mosquitto_pub -h {h} -u {u} -P " + V + " -t shed/door/cmd -m unlock\n"),
    ("mosquitto_passwd_lower_b_third_positional", "cli", "$ sudo mosquitto_passwd -b /etc/mosquitto/passwd {u} " + V + "\n"),
    ("rclone_obscure_first_positional", "cli", "$ rclone obscure " + V + "\nq0Zc1r2Xo_x7d3lM\n"),
    ("qpdf_encrypt_user_then_owner_positional", "cli", "$ qpdf --encrypt " + V + " owner-unused 256 -- tenancy-2025.pdf tenancy-2025-locked.pdf\n"),
    ("unrar_glued_lower_p_extract", "cli", "$ unrar x -p" + V + " seed-catalogue-backup.rar /tmp/restore/\n"),
    ("ncftp_lower_p_after_lower_u", "cli", "$ ncftp -u {u} -p " + V + " {h}\nNcFTP 3.2.6\nLogged in to {h}.\n"),
    ("lftp_lower_u_comma_pair", "cli", "$ lftp -u {u}," + V + " sftp://{h} -e 'mirror -R minutes/ /var/www/minutes; bye'\n"),
    ("sqlcmd_capital_p_after_capital_u", "cli", "C:\\> sqlcmd -S {h} -U {u} -P " + V + " -d RentLedger -Q \"SELECT COUNT(*) FROM arrears\"\n"),
    ("bcp_capital_p_after_capital_u", "cli", "C:\\> bcp RentLedger.dbo.payments out payments.dat -S {h} -U {u} -P " + V + " -c\n"),
    ("unixodbc_isql_third_positional", "cli", "$ isql -v SeedLoansDSN {u} " + V + "\n+---------------------------------------+\n| Connected!                            |\n"),
    ("mongodump_uri_userinfo", "cli", "$ mongodump --uri 'mongodb://{u}:" + V + "@{h}:27017/showentries' --out /backup/show\n"),
    ("pg_dump_connection_url_userinfo", "cli", "$ pg_dump 'postgresql://{u}:" + V + "@{h}:5432/plots' -Fc -f plots.dump\n"),
    ("wpa_passphrase_second_positional", "cli", "$ wpa_passphrase Allotment-Shed " + V + " | sudo tee -a /etc/wpa_supplicant/wpa_supplicant.conf\n"),
    ("x11vnc_storepasswd_first_positional", "cli", "$ x11vnc -storepasswd " + V + " ~/.vnc/passwd\nstored passwd in file: /home/pi/.vnc/passwd\n"),
    ("git_remote_set_url_https_userinfo", "cli", "$ git remote set-url origin https://{u}:" + V + "@git.{h}/plots/waitlist.git\n"),
    ("ipmitool_capital_p_after_capital_u", "cli", "$ ipmitool -I lanplus -H {h} -U {u} -P " + V + " chassis power status\nChassis Power is on\n"),
    ("netexec_smb_lower_p_after_lower_u", "cli", "$ nxc smb {h} -u {u} -p " + V + " --shares\n"),
    ("impacket_target_domain_user_colon_at", "cli", "$ impacket-smbclient oakfield/{u}:" + V + "@{h}\n# use minutes\n"),
    ("evil_winrm_lower_p_after_lower_u", "cli", "$ evil-winrm -i {h} -u {u} -p " + V + "\n*Evil-WinRM* PS C:\\Users\\{u}\\Documents>\n"),
    ("psexec_lower_p_after_lower_u", "cli", "C:\\> PsExec.exe \\\\{h} -u {u} -p " + V + " cmd /c ipconfig\n"),
    ("schtasks_slash_rp_after_slash_ru", "cli", "C:\\> schtasks /create /tn RentReminders /tr C:\\rent\\remind.exe /sc weekly /ru {u} /rp " + V + "\n"),
    ("net_use_unc_then_second_positional", "cli", "C:\\> net use Z: \\\\{h}\\minutes " + V + " /user:oakfield\\{u}\nThe command completed successfully.\n"),
    ("powershell_convertto_securestring_first", "cli", "PS> $sec = ConvertTo-SecureString '" + V + "' -AsPlainText -Force\nPS> $cred = New-Object PSCredential('{u}', $sec)\n"),
    ("oras_login_lower_p_after_lower_u", "cli", "$ oras login ghcr.io -u {u} -p " + V + "\nLogin Succeeded\n"),
    ("minio_mc_alias_set_fourth_positional", "cli", "$ mc alias set plotsbackup https://{h}:9000 {u} " + V + "\nAdded `plotsbackup` successfully.\n"),
    ("sqlplus_user_slash_connect_string", "cli", "$ sqlplus {u}/" + V + "@//{h}:1521/GRANTS\n"),
    ("oracle_expdp_userid_slash_pair", "cli", "$ expdp {u}/" + V + "@GRANTS schemas=LIAISON directory=DUMP dumpfile=liaison.dmp\n"),
    ("rman_target_slash_pair", "cli", "$ rman target sys/" + V + "@GRANTS\nRMAN> backup database;\n"),
    ("ansible_vault_password_file_process_substitution", "cli", "$ ansible-playbook site.yml --vault-password-file <(echo " + V + ")\n"),
    ("expect_send_after_prompt", "cli", "#!/usr/bin/expect -f\nspawn ssh {u}@{h}\nexpect \"assword:\"\nsend \"" + V + "\\r\"\ninteract\n"),
    ("openssl_pkcs12_passout_pass_prefix", "cli", "$ openssl pkcs12 -export -in portal.crt -inkey portal.key -out portal.p12 -passout pass:" + V + "\n"),
    ("davfs_mount_echo_two_answers", "cli", "$ printf '%s\\n%s\\n' {u} " + V + " | sudo mount -t davfs https://{h}/remote.php/dav/files/{u}/ /mnt/minutes\n"),
    # ---------------------------------------------------------------- stdin
    ("smbpasswd_lower_s_stdin_twice", "stdin", "$ printf '" + V + "\\n%s\\n' \"$(tail -1 /tmp/p)\" | sudo smbpasswd -s -a {u}\nAdded user {u}.\n"),
    ("passwd_stdin_flag_echo", "stdin", "# echo '" + V + "' | passwd --stdin {u}\nChanging password for user {u}.\npasswd: all authentication tokens updated successfully.\n"),
    ("kinit_stdin_echo", "stdin", "$ echo '" + V + "' | kinit {u}@OAKFIELD.LAN\n$ klist | head -2\n"),
    ("openconnect_passwd_on_stdin_echo", "stdin", "$ echo '" + V + "' | sudo openconnect --user={u} --passwd-on-stdin vpn.{h}\n"),
    ("sshfs_password_stdin_option_echo", "stdin", "$ echo '" + V + "' | sshfs -o password_stdin {u}@{h}:/srv/seedlib /mnt/seedlib\n"),
    ("vncpasswd_lower_f_stdin_echo", "stdin", "$ echo '" + V + "' | vncpasswd -f > ~/.vnc/passwd\n$ chmod 600 ~/.vnc/passwd\n"),
    ("gpg_passphrase_fd_zero_echo", "stdin", "$ echo '" + V + "' | gpg --batch --yes --passphrase-fd 0 -c rent-arrears.xlsx\n"),
    ("htpasswd_lower_i_stdin_echo", "stdin", "$ echo '" + V + "' | htpasswd -i -B /etc/apache2/.rota {u}\nAdding password for user {u}\n"),
    ("docker_login_password_stdin_echo", "stdin", "$ echo '" + V + "' | docker login registry.{h} -u {u} --password-stdin\nLogin Succeeded\n"),
    ("podman_secret_create_dash_printf", "stdin", "$ printf '%s' '" + V + "' | podman secret create plots_db -\n3c1f0d2a9e4b7c6d5e8f9a0b1\n"),
    ("pass_insert_echo_flag_stdin", "stdin", "$ echo '" + V + "' | pass insert -e allotments/shed-pi\n"),
    ("openssl_passwd_stdin_hash_echo", "stdin", "$ echo '" + V + "' | openssl passwd -6 -stdin\n$6$Jq2v...\n"),
    ("mkpasswd_lower_s_stdin_echo", "stdin", "$ echo '" + V + "' | mkpasswd -m sha-512 -s\n"),
    ("veracrypt_stdin_mount_echo", "stdin", "$ echo '" + V + "' | veracrypt -t --stdin --non-interactive /media/usb/rent.hc /mnt/rent\n"),
    ("here_string_into_sftp_batch_login", "stdin", "$ sshpass -d 3 sftp {u}@{h} 3<<< '" + V + "'\nsftp> put waitlist.csv\n"),
    # ---------------------------------------------------------------- lib
    ("python_ftplib_ftp_ctor_third", "lib", "from ftplib import FTP\n\nftp = FTP(\"{h}\", \"{u}\", \"" + V + "\")\nftp.cwd(\"/minutes\")\n"),
    ("python_poplib_pass_underscore_single", "lib", "import poplib\nbox = poplib.POP3_SSL(\"{h}\")\nbox.user(\"{u}\")\nbox.pass_(\"" + V + "\")\n"),
    ("python_mysqldb_connect_third_positional", "lib", "import MySQLdb\ndb = MySQLdb.connect(\"{h}\", \"{u}\", \"" + V + "\", \"showentries\")\n"),
    ("python_cx_oracle_connect_second", "lib", "import cx_Oracle\ncon = cx_Oracle.connect(\"{u}\", \"" + V + "\", \"{h}/GRANTS\")\n"),
    ("python_requests_auth_tuple_second", "lib", "import requests\nr = requests.get(\"https://{h}/api/rota\", auth=(\"{u}\", \"" + V + "\"), timeout=10)\n"),
    ("python_httpx_basicauth_second", "lib", "import httpx\nclient = httpx.Client(auth=httpx.BasicAuth(\"{u}\", \"" + V + "\"))\n"),
    ("python_aiohttp_basicauth_second", "lib", "import aiohttp\nauth = aiohttp.BasicAuth(\"{u}\", \"" + V + "\")\nasync with aiohttp.ClientSession(auth=auth) as s:\n    ...\n"),
    ("python_urllib_add_password_fourth", "lib", "import urllib.request as u\nmgr = u.HTTPPasswordMgrWithDefaultRealm()\nmgr.add_password(None, \"https://{h}/\", \"{u}\", \"" + V + "\")\n"),
    ("python_pysftp_connection_fourth_positional", "lib", "import pysftp\nwith pysftp.Connection(\"{h}\", \"{u}\", None, \"" + V + "\") as sftp:\n    sftp.put(\"waitlist.csv\")\n"),
    ("python_pywinrm_session_auth_tuple", "lib", "import winrm\ns = winrm.Session(\"{h}\", auth=(\"{u}\", \"" + V + "\"))\nprint(s.run_cmd(\"ipconfig\").std_out)\n"),
    ("python_redis_ctor_fourth_positional", "lib", "import redis\nr = redis.Redis(\"{h}\", 6379, 0, \"" + V + "\")\nr.incr(\"swap:visits\")\n"),
    ("python_pika_plaincredentials_second", "lib", "import pika\ncreds = pika.PlainCredentials(\"{u}\", \"" + V + "\")\nparams = pika.ConnectionParameters(\"{h}\", credentials=creds)\n"),
    ("python_paho_username_pw_set_second", "lib", "import paho.mqtt.client as mqtt\nc = mqtt.Client()\nc.username_pw_set(\"{u}\", \"" + V + "\")\nc.connect(\"{h}\")\n"),
    ("python_ldap_simple_bind_s_second", "lib", "import ldap\nl = ldap.initialize(\"ldap://{h}\")\nl.simple_bind_s(\"uid={u},ou=committee,dc=oakfield,dc=lan\", \"" + V + "\")\n"),
    ("python_keyring_set_password_third", "lib", "import keyring\nkeyring.set_password(\"plots-waitlist\", \"{u}\", \"" + V + "\")\n"),
    ("python_pyzipper_setpassword_bytes", "lib", "import pyzipper\nwith pyzipper.AESZipFile(\"tenancies.zip\") as zf:\n    zf.setpassword(b\"" + V + "\")\n    zf.extractall(\"out\")\n"),
    ("python_pypdf_decrypt_single", "lib", "from pypdf import PdfReader\nr = PdfReader(\"grant-offer.pdf\")\nif r.is_encrypted:\n    r.decrypt(\"" + V + "\")\n"),
    ("python_hmac_new_first_bytes", "lib", "import hmac, hashlib\nsig = hmac.new(b\"" + V + "\", body, hashlib.sha256).hexdigest()\n"),
    ("python_itsdangerous_serializer_first", "lib", "from itsdangerous import URLSafeTimedSerializer\ns = URLSafeTimedSerializer(\"" + V + "\")\ntoken = s.dumps({\"plot\": \"14B\"})\n"),
    ("python_pyjwt_encode_second", "lib", "import jwt\ntok = jwt.encode({\"sub\": \"{u}\"}, \"" + V + "\", algorithm=\"HS256\")\n"),
    ("node_mysql2_create_connection_uri_userinfo", "lib", "const mysql = require('mysql2/promise');\nconst conn = await mysql.createConnection('mysql://{u}:" + V + "@{h}:3306/rent');\n"),
    ("node_nodemailer_smtps_url_userinfo", "lib", "const nodemailer = require('nodemailer');\nconst t = nodemailer.createTransport('smtps://{u}%40oakfield.example:" + V + "@smtp.{h}');\n"),
    ("node_crypto_createhmac_second", "lib", "const crypto = require('crypto');\nconst sig = crypto.createHmac('sha256', '" + V + "').update(raw).digest('hex');\n"),
    ("node_crypto_pbkdf2sync_first", "lib", "const key = crypto.pbkdf2Sync('" + V + "', salt, 310000, 32, 'sha256');\n"),
    ("node_sequelize_ctor_third", "lib", "const { Sequelize } = require('sequelize');\nconst db = new Sequelize('seedloans', '{u}', '" + V + "', { host: '{h}', dialect: 'postgres' });\n"),
    ("node_bcrypt_hash_first", "lib", "// seed the first committee login\nconst hash = await bcrypt.hash('" + V + "', 12);\n"),
    ("node_buffer_from_colon_pair_base64", "lib", "const auth = Buffer.from('{u}:" + V + "').toString('base64');\nheaders.Authorization = `Basic ${auth}`;\n"),
    ("java_drivermanager_getconnection_third", "lib", "Connection c = DriverManager.getConnection(\n    \"jdbc:postgresql://{h}:5432/plots\", \"{u}\", \"" + V + "\");\n"),
    ("java_passwordauthentication_second_chararray", "lib", "return new PasswordAuthentication(\"{u}\", \"" + V + "\".toCharArray());\n"),
    ("java_keystore_load_second_chararray", "lib", "KeyStore ks = KeyStore.getInstance(\"PKCS12\");\nks.load(new FileInputStream(\"grants.p12\"), \"" + V + "\".toCharArray());\n"),
    ("java_httpclient_usernamepasswordcredentials_second", "lib", "provider.setCredentials(AuthScope.ANY,\n    new UsernamePasswordCredentials(\"{u}\", \"" + V + "\"));\n"),
    ("java_jndi_security_credentials_put", "lib", "env.put(Context.SECURITY_PRINCIPAL, \"uid={u},dc=oakfield,dc=lan\");\nenv.put(Context.SECURITY_CREDENTIALS, \"" + V + "\");\n"),
    ("kotlin_ktor_userpasswordcredential_second", "lib", "install(Auth) {\n    basic { credentials { UserPasswordCredential(\"{u}\", \"" + V + "\") } }\n}\n"),
    ("csharp_networkcredential_ctor_second", "lib", "var smtp = new SmtpClient(\"{h}\", 587);\nsmtp.Credentials = new NetworkCredential(\"{u}\", \"" + V + "\");\n"),
    ("csharp_fluentftp_ftpclient_ctor_third", "lib", "using var ftp = new FtpClient(\"{h}\", \"{u}\", \"" + V + "\");\nftp.Connect();\n"),
    ("csharp_x509certificate2_ctor_second", "lib", "var cert = new X509Certificate2(\"council-liaison.pfx\", \"" + V + "\");\n"),
    ("go_mysql_dsn_colon_at_tcp", "lib", "db, err := sql.Open(\"mysql\", \"{u}:" + V + "@tcp({h}:3306)/rent?parseTime=true\")\n"),
    ("go_url_userpassword_second", "lib", "u := &url.URL{Scheme: \"https\", Host: \"{h}\", User: url.UserPassword(\"{u}\", \"" + V + "\")}\n"),
    ("go_http_request_setbasicauth_second", "lib", "req, _ := http.NewRequest(\"GET\", \"https://{h}/api/rota\", nil)\nreq.SetBasicAuth(\"{u}\", \"" + V + "\")\n"),
    ("go_x_crypto_ssh_password_single", "lib", "cfg := &ssh.ClientConfig{\n\tUser: \"{u}\",\n\tAuth: []ssh.AuthMethod{ssh.Password(\"" + V + "\")},\n}\n"),
    ("rust_ssh2_userauth_password_second", "lib", "let mut sess = Session::new()?;\nsess.userauth_password(\"{u}\", \"" + V + "\")?;\n"),
    ("rust_suppaftp_login_second", "lib", "let mut ftp = FtpStream::connect(\"{h}:21\")?;\nftp.login(\"{u}\", \"" + V + "\")?;\n"),
    ("ruby_net_ftp_new_third", "lib", "require 'net/ftp'\nftp = Net::FTP.new('{h}', '{u}', '" + V + "')\n"),
    ("ruby_net_imap_login_second", "lib", "imap = Net::IMAP.new('{h}', ssl: true)\nimap.login('{u}', '" + V + "')\n"),
    ("ruby_net_http_basic_auth_second", "lib", "req = Net::HTTP::Get.new(uri)\nreq.basic_auth '{u}', '" + V + "'\n"),
    ("php_mysqli_connect_third", "lib", "<?php\n$link = mysqli_connect('{h}', '{u}', '" + V + "', 'waitlist');\n"),
    ("php_ftp_login_third", "lib", "<?php\n$c = ftp_connect('{h}');\nftp_login($c, '{u}', '" + V + "');\n"),
    ("php_imap_open_third", "lib", "<?php\n$mbox = imap_open('{imap.{h}:993/imap/ssl}INBOX', '{u}', '" + V + "');\n"),
    ("php_ssh2_auth_password_third", "lib", "<?php\n$conn = ssh2_connect('{h}', 22);\nssh2_auth_password($conn, '{u}', '" + V + "');\n"),
    ("perl_dbi_connect_third", "lib", "my $dbh = DBI->connect('dbi:Pg:dbname=plots;host={h}', '{u}', '" + V + "');\n"),
    ("perl_net_smtp_auth_second", "lib", "my $smtp = Net::SMTP->new('{h}', SSL => 1);\n$smtp->auth('{u}', '" + V + "');\n"),
    ("lua_luasql_env_connect_third", "lib", "local env = luasql.mysql()\nlocal con = env:connect('showentries', '{u}', '" + V + "', '{h}')\n"),
    ("c_mysql_real_connect_fourth", "lib", "if (!mysql_real_connect(conn, \"{h}\", \"{u}\", \"" + V + "\", \"rent\", 3306, NULL, 0)) {\n    fprintf(stderr, \"%s\\n\", mysql_error(conn));\n}\n"),
    ("c_libcurl_userpwd_colon_pair", "lib", "curl_easy_setopt(curl, CURLOPT_USERPWD, \"{u}:" + V + "\");\n"),
    ("arduino_wifi_begin_second", "lib", "void setup() {\n  WiFi.begin(\"Allotment-Shed\", \"" + V + "\");\n}\n"),
    ("arduino_pubsubclient_connect_third", "lib", "if (mqtt.connect(\"water-meter-3\", \"{u}\", \"" + V + "\")) {\n  mqtt.subscribe(\"water/cmd\");\n}\n"),
    ("micropython_wlan_connect_second", "lib", "import network\nwlan = network.WLAN(network.STA_IF)\nwlan.active(True)\nwlan.connect('Allotment-Shed', '" + V + "')\n"),
    # ---------------------------------------------------------------- file
    ("ppp_chap_secrets_third_column", "file", "# /etc/ppp/chap-secrets\n# client        server  secret          IP addresses\n{u}   *       " + V + "   *\n"),
    ("ppp_pap_secrets_third_column", "file", "# /etc/ppp/pap-secrets\n{u}@oakfield  *  \"" + V + "\"  *\n"),
    ("strongswan_ipsec_secrets_psk_quoted", "file", "# /etc/ipsec.secrets\n{h} %any : PSK \"" + V + "\"\n"),
    ("rsyncd_secrets_colon_second", "file", "# /etc/rsyncd.secrets (mode 600)\n{u}:" + V + "\n"),
    ("davfs2_secrets_third_token", "file", "# /etc/davfs2/secrets\nhttps://{h}/remote.php/dav/files/{u}/  {u}  " + V + "\n"),
    ("stunnel_psk_secrets_colon_second", "file", "# /etc/stunnel/psk.txt\nshed-gateway:" + V + "\n"),
    ("exim4_passwd_client_third_field", "file", "# /etc/exim4/passwd.client\n*.{h}:{u}@oakfield.example:" + V + "\n"),
    ("hostapd_wpa_psk_file_second_token", "file", "# /etc/hostapd/hostapd.wpa_psk\n00:00:00:00:00:00 " + V + "\n"),
    ("plot_waitlist_kiosk_csv_fifth_column", "file", "# waitlist-kiosk/users.csv (kiosk reads by position)\nsite,role,name,email,pin_or_phrase\noakfield,lettings,{u},{u}@oakfield.example," + V + "\n"),
    ("seed_library_loans_tsv_third_column", "file", "# seedlib/volunteers.tsv\nvolunteer\tshift\tunlock\tphone\n{u}\tsat-am\t" + V + "\t07700 900{n}\n"),
    ("shed_key_register_pipe_fourth_field", "file", "# shed-keys/holders.psv\nKEY-{n}|{u}|Shed B|" + V + "|2025-04-01\n"),
    ("water_meter_reader_fixed_width_cols_31_to_48", "file", None),
    ("work_party_rota_semicolon_last_field", "file", "# rota-tablet/accounts.txt\n2025;workparty;{u};" + V + "\n"),
    ("produce_show_steward_ini_list_third_item", "file", "; show-steward.ini\n[steward]\nlogin = {u}, main-tent, " + V + ", judge-table\n"),
    ("grant_portal_sync_colon_file_fourth_field", "file", "# grant-sync/accounts (host:port:user:secret)\n{h}:443:{u}:" + V + "\n"),
    # ---------------------------------------------------------------- proto
    ("pop3_pass_command_after_user", "proto", "S: +OK POP3 ready\nC: USER {u}\nS: +OK\nC: PASS " + V + "\nS: +OK maildrop has 3 messages\n"),
    ("smtp_auth_login_second_b64_line", "proto", None),
    ("imap_authenticate_plain_b64_continuation", "proto", None),
    ("xmpp_sasl_plain_auth_element_b64", "proto", None),
    ("http_proxy_authorization_basic_b64", "proto", None),
    ("managesieve_authenticate_plain_quoted_b64", "proto", None),
    ("mqtt_connect_packet_decode_last_field", "proto", "MQ Telemetry Transport Protocol, Connect Command\n    Protocol Name: MQTT\n    Version: MQTT v3.1.1 (4)\n    Client ID: water-meter-3\n    User Name: {u}\n    Password: " + V + "\n"),
    ("amqp_start_ok_plain_response_decode", "proto", "Advanced Message Queueing Protocol\n    Class: Connection (10)\n    Method: Start-Ok (11)\n    Mechanism: PLAIN\n    Response: \\000{u}\\000 " + V + "\n"),
    ("socks5_rfc1929_subnegotiation_decode", "proto", "Socks Protocol\n    Version: 5 (subnegotiation 1)\n    Username: {u}\n    Secret: " + V + "\n"),
    ("redis_hello_auth_third_argument", "proto", "127.0.0.1:6379> HELLO 3 AUTH {u} " + V + "\n1# \"server\" => \"redis\"\n"),
    ("telnet_login_transcript_echoed", "proto", "Trying {h}...\nConnected to {h}.\nshed-router login: {u}\nPassword: " + V + "\n(echo was on - bad terminal)\n"),
    # ---------------------------------------------------------------- gui
    ("puppeteer_page_type_second", "gui", "await page.type('#f1', '{u}');\nawait page.type('#f2', '" + V + "');\nawait page.click('#go');\n"),
    ("webdriverio_setvalue_single", "gui", "await $('#f1').setValue('{u}')\nawait $('#f2').setValue('" + V + "')\n"),
    ("testcafe_typetext_second", "gui", "await t\n  .typeText('#f1', '{u}')\n  .typeText('#f2', '" + V + "')\n  .click('#go');\n"),
    ("robot_framework_input_text_second_cell", "gui", "*** Test Cases ***\nLogin As Lettings Officer\n    Input Text    id:f1    {u}\n    Input Text    id:f2    " + V + "\n    Click Button    id:go\n"),
    ("appium_java_sendkeys_single", "gui", "driver.findElement(AppiumBy.id(\"f1\")).sendKeys(\"{u}\");\ndriver.findElement(AppiumBy.id(\"f2\")).sendKeys(\"" + V + "\");\n"),
    ("espresso_perform_typetext_single", "gui", "onView(withId(R.id.f2)).perform(typeText(\"" + V + "\"), closeSoftKeyboard())\n"),
    ("xcuitest_typetext_single", "gui", "let f2 = app.secureTextFields[\"f2\"]\nf2.tap()\nf2.typeText(\"" + V + "\")\n"),
    ("maestro_flow_inputtext_step", "gui", "appId: org.oakfield.plots\n---\n- tapOn:\n    id: \"f1\"\n- inputText: \"{u}\"\n- tapOn:\n    id: \"f2\"\n- inputText: \"" + V + "\"\n"),
    ("katalon_webui_settext_second", "gui", "WebUI.setText(findTestObject('Login/f1'), '{u}')\nWebUI.setText(findTestObject('Login/f2'), '" + V + "')\n"),
    ("pywinauto_type_keys_single", "gui", "dlg = app.window(title='Rent Ledger')\ndlg['Edit1'].type_keys('{u}')\ndlg['Edit2'].type_keys('" + V + "')\n"),
    ("sikulix_type_single", "gui", "click(\"f2_box.png\")\ntype(\"" + V + "\")\ntype(Key.ENTER)\n"),
    ("wtype_wayland_single_positional", "gui", "$ sleep 2; wtype '" + V + "'; wtype -k Return\n"),
    ("powershell_sendkeys_sendwait_single", "gui", "Add-Type -AssemblyName System.Windows.Forms\n[System.Windows.Forms.SendKeys]::SendWait('" + V + "{ENTER}')\n"),
    ("selenium_ide_side_type_value_field", "gui", "{\n  \"id\": \"c3\",\n  \"command\": \"type\",\n  \"target\": \"id=f2\",\n  \"value\": \"" + V + "\"\n}\n"),
    # ---------------------------------------------------------------- sql
    ("mssql_encryptbypassphrase_first", "sql", "1> UPDATE tenants SET bank_ref = ENCRYPTBYPASSPHRASE('" + V + "', bank_ref_plain);\n2> GO\n"),
    ("mssql_decryptbypassphrase_first", "sql", "1> SELECT CONVERT(varchar(40), DECRYPTBYPASSPHRASE('" + V + "', bank_ref)) FROM tenants;\n2> GO\n"),
    ("postgres_pgp_sym_decrypt_second", "sql", "plots=> SELECT name, pgp_sym_decrypt(phone_enc, '" + V + "') FROM tenants LIMIT 3;\n"),
    ("mysql_aes_decrypt_second_literal", "sql", "mysql> SELECT AES_DECRYPT(sort_code_enc, '" + V + "') FROM payers;\n"),
    ("sqlcipher_pragma_rekey_literal", "sql", "sqlite> PRAGMA rekey = '" + V + "';\nsqlite> .tables\n"),
    ("mssql_sp_password_second_positional", "sql", "1> EXEC sp_password NULL, '" + V + "', '{u}';\n2> GO\n"),
    ("mysql_encode_legacy_second", "sql", "mysql> SELECT ENCODE(notes, '" + V + "') INTO @x FROM plots WHERE id = {n};\n"),
    ("sqlplus_connect_command_slash", "sql", "SQL> CONNECT {u}/" + V + "@GRANTS\nConnected.\n"),
    ("db2_connect_to_using_clause", "sql", "db2 => CONNECT TO SHOWDB USER {u} USING " + V + "\n   Database Connection Information\n"),
    ("firebird_isql_connect_user_then_literal", "sql", "SQL> CONNECT '{h}:/var/db/seeds.fdb' USER '{u}' '" + V + "';\n"),
]

B64_KINDS = {
    "smtp_auth_login_second_b64_line": "pw",
    "imap_authenticate_plain_b64_continuation": "nul",
    "xmpp_sasl_plain_auth_element_b64": "nul",
    "http_proxy_authorization_basic_b64": "colon",
    "managesieve_authenticate_plain_quoted_b64": "nul",
}


def b64_payload(kind, user, pw):
    if kind == "pw":
        raw = pw
    elif kind == "nul":
        raw = "\0" + user + "\0" + pw
    else:
        raw = user + ":" + pw
    return base64.b64encode(raw.encode()).decode()


def b64_template(syn, user, h):
    if syn == "smtp_auth_login_second_b64_line":
        ub = base64.b64encode(user.encode()).decode()
        return "S: 220 smtp.%s ESMTP\nC: EHLO shed-pi\nC: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: %s\nS: 334 UGFzc3dvcmQ6\nC: %s\nS: 235 2.7.0 Authentication successful\n" % (h, ub, MARK)
    if syn == "imap_authenticate_plain_b64_continuation":
        return "C: a1 AUTHENTICATE PLAIN\nS: +\nC: %s\nS: a1 OK Logged in\n" % MARK
    if syn == "xmpp_sasl_plain_auth_element_b64":
        return "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>%s</auth>\n<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>\n" % MARK
    if syn == "http_proxy_authorization_basic_b64":
        return "CONNECT api.%s:443 HTTP/1.1\nHost: api.%s:443\nProxy-Authorization: Basic %s\n\nHTTP/1.1 200 Connection established\n" % (h, h, MARK)
    if syn == "managesieve_authenticate_plain_quoted_b64":
        return "S: \"IMPLEMENTATION\" \"Dovecot Pigeonhole\"\nC: AUTHENTICATE \"PLAIN\" \"%s\"\nS: OK \"Logged in.\"\n" % MARK
    raise KeyError(syn)


FIXED_COLS = (31, 48)  # 1-based inclusive


def fixed_width(user, n):
    # meter-reader handset file: 64-column records, secret in columns 31-48 left-justified
    rec1 = ("MR%03d" % n).ljust(10) + user.ljust(20) + MARK
    return "# /srv/water/reader.dat  (cols 1-10 reader, 11-30 login, 31-48 unlock, 49-64 round)\n" + rec1


def generate(reg, hidden):
    rng = random.Random(SEED)
    recs = []
    for syn, cat, tpl in S:
        user = rng.choice(C.PUBLIC_USERS)
        host = rng.choice(C.PUBLIC_HOSTS[:7])
        n = str(rng.randint(10, 99))
        if syn in B64_KINDS:
            pw = reg.draw(lambda: C.owner_pw(rng, strict=True))
            hidden.append(pw)
            value = reg.draw(lambda: b64_payload(B64_KINDS[syn], user, pw))
            t = b64_template(syn, user, host)
        elif syn == "water_meter_reader_fixed_width_cols_31_to_48":
            value = reg.draw(lambda: C.owner_pw(rng, strict=True))
            t = fixed_width(user, int(n)) + " " * (18 - len(value)) + "round-%s".ljust(16) % n + "\n"
        else:
            value = reg.draw(lambda: C.owner_pw(rng, strict=True))
            t = tpl.replace("{u}", user).replace("{h}", host).replace("{n}", n)
        typ = C.PWPFX + syn
        recs.append(C.pos_record(None, typ, typ + "__" + SUFFIX[cat], t, value, "password"))
    return recs

SET_ASIDE = {
    "mysql_encode_legacy_second": "MySQL removed ENCODE() in 8.0; a legacy call nobody would still paste",
    "here_string_into_sftp_batch_login": "really `sshpass -d`, a near-duplicate of the earlier sshpass syntaxes",
    "davfs_mount_echo_two_answers": "mount.davfs may read the answers from the terminal rather than a pipe; unreliable",
    "telnet_login_transcript_echoed": "contrived: a telnet login does not echo the password",
    "mkpasswd_lower_s_stdin_echo": "near-duplicate of `openssl passwd -stdin`",
    "openssl_passwd_stdin_hash_echo": "the command only hashes the value; kept out to avoid arguing about whether a hashing input is a credential",
    "python_aiohttp_basicauth_second": "near-duplicate of `httpx.BasicAuth`",
    "python_hmac_new_first_bytes": "a signing key, not a password; near-duplicate of `createHmac`",
    "ruby_net_http_basic_auth_second": "near-duplicate of Go `SetBasicAuth`",
    "c_libcurl_userpwd_colon_pair": "the option name CURLOPT_USERPWD says password right before the value",
    "java_jndi_security_credentials_put": "the constant SECURITY_CREDENTIALS names the field right before the value",
    "netexec_smb_lower_p_after_lower_u": "offensive-security tool, not part of this world",
    "evil_winrm_lower_p_after_lower_u": "offensive-security tool, not part of this world",
    "impacket_target_domain_user_colon_at": "offensive-security tool, not part of this world",
    "oras_login_lower_p_after_lower_u": "near-duplicate of the earlier `docker login -p` syntaxes",
    "rman_target_slash_pair": "Oracle backup tooling is not plausible for an allotment society",
    "oracle_expdp_userid_slash_pair": "Oracle export tooling is not plausible for an allotment society",
    "python_cx_oracle_connect_second": "Oracle client is not plausible for an allotment society",
    "sqlplus_connect_command_slash": "near-duplicate of `sqlplus user/pw@db` on the command line",
    "db2_connect_to_using_clause": "DB2 is not plausible for an allotment society",
    "firebird_isql_connect_user_then_literal": "Firebird's CONNECT needs the PASSWORD keyword; the positional form is not valid",
    "bcp_capital_p_after_capital_u": "near-duplicate of `sqlcmd -U … -P`",
    "htpasswd_lower_nb_second_positional": "near-duplicate of `htpasswd -b`",
    "smbpasswd_lower_s_stdin_twice": "the value must be typed twice, so it could not occur exactly once",
    "python_itsdangerous_serializer_first": "a signing secret, not a password",
    "python_pyjwt_encode_second": "near-duplicate of the earlier `jsonwebtoken.sign` syntax",
    "node_crypto_pbkdf2sync_first": "near-duplicate of the earlier `pbkdf2_hmac` / `scryptSync` syntaxes",
    "wtype_wayland_single_positional": "near-duplicate of the earlier `xdotool type` syntax",
    "webdriverio_setvalue_single": "near-duplicate of the earlier Nightwatch `setValue` syntax",
    "node_buffer_from_colon_pair_base64": "near-duplicate of the earlier Deno `btoa` pair",
    "mssql_decryptbypassphrase_first": "mirror image of ENCRYPTBYPASSPHRASE, kept only one",
    "python_keyring_set_password_third": "the method name set_password names the field right before the value",
    "go_x_crypto_ssh_password_single": "the function name ssh.Password names the field right around the value",
    "python_urllib_add_password_fourth": "the method name add_password names the field",
    "python_pyzipper_setpassword_bytes": "the method name setpassword names the field right before the value",
    "x11vnc_storepasswd_first_positional": "the flag -storepasswd names the field right before the value",
    "sshfs_password_stdin_option_echo": "the option password_stdin names the field; near-duplicate of other stdin echoes",
    "java_passwordauthentication_second_chararray": "the class name PasswordAuthentication names the field",
    "rust_ssh2_userauth_password_second": "the method name userauth_password names the field",
    "php_ssh2_auth_password_third": "the function name ssh2_auth_password names the field",
    "mssql_sp_password_second_positional": "the procedure name sp_password names the field",
    "kotlin_ktor_userpasswordcredential_second": "the class name UserPasswordCredential names the field",
}
_all = S
S = [s for s in _all if s[0] not in SET_ASIDE]
