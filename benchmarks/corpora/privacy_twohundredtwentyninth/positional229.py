"""Password source: passwords passed by position, without a telling password= key."""
import base64
import random

from common229 import make_span_record, owner_password

SEED = 22903
PFX = "sweeppw_"

SUFFIX = {
    "cli": "sweep_ops_terminal_transcript",
    "stdin": "stove_pi_stdin_pipeline",
    "lib": "sweep_app_source_excerpt",
    "file": "installer_server_config_dump",
    "proto": "sweep_lan_wire_capture",
    "gui": "showroom_kiosk_automation_script",
    "sql": "booking_db_query_console",
}

# (syntax, where, usage, template, mode). §V§ = span value, §U§ user, §H§ host.
# modes: plain (strict password), b64pair (Base64 of user:pw), b64pw (Base64 of pw), sasl (Base64 of NUL user NUL pw)
S = [
    # ---- cli
    ("lftp_lower_u_comma_pair", "cli", "lftp -u user,SECRET sftp://host", "$ lftp -u §U§,§V§ sftp://§H§\nlftp §U§@§H§:~> mirror -R certs/ /srv/certs\n", "plain"),
    ("ncftpget_lower_p_after_lower_u", "cli", "ncftpget -u user -p SECRET host . /file", "$ ncftpget -u §U§ -p §V§ §H§ . /exports/jobs.csv\njobs.csv:  41.2 kB  1.1 MB/s\n", "plain"),
    ("wget_ftp_url_userinfo", "cli", "wget ftp://user:SECRET@host/path", "$ wget ftp://§U§:§V§@§H§/backups/rota.sql.gz\n=> 'rota.sql.gz'\n", "plain"),
    ("psql_connection_uri_userinfo", "cli", "psql \"postgresql://user:SECRET@host/db\"", "$ psql \"postgresql://§U§:§V§@§H§:5432/rota?sslmode=require\"\nrota=> \\dt\n", "plain"),
    ("redis_cli_lower_a_flag", "cli", "redis-cli -h host -a SECRET", "$ redis-cli -h §H§ -p 6379 -a §V§ --no-auth-warning INFO keyspace\n# Keyspace\ndb0:keys=412,expires=37\n", "plain"),
    ("mosquitto_pub_capital_p_after_lower_u", "cli", "mosquitto_pub -h host -u user -P SECRET -t topic -m msg", "$ mosquitto_pub -h §H§ -u §U§ -P §V§ -t stove/lounge/cmd -m '{\"fan\":2}'\n", "plain"),
    ("mosquitto_passwd_batch_third_positional", "cli", "mosquitto_passwd -b file user SECRET", "$ sudo mosquitto_passwd -b /etc/mosquitto/users §U§ §V§\n$ sudo systemctl reload mosquitto\n", "plain"),
    ("htpasswd_batch_bcrypt_third_positional", "cli", "htpasswd -b -B file user SECRET", "$ htpasswd -b -B /etc/nginx/.htusers §U§ §V§\nAdding password for user §U§\n", "plain"),
    ("unrar_x_glued_lower_p", "cli", "unrar x -pSECRET archive.rar dest/", "$ unrar x -p§V§ invoices-2023.rar ./invoices/\nAll OK\n", "plain"),
    ("ipmitool_capital_p_after_capital_u", "cli", "ipmitool -I lanplus -H ip -U user -P SECRET chassis status", "$ ipmitool -I lanplus -H 10.20.0.5 -U §U§ -P §V§ chassis status\nSystem Power : on\n", "plain"),
    ("sqlcmd_capital_p_after_capital_u", "cli", "sqlcmd -S host -U user -P SECRET", "C:\\> sqlcmd -S §H§ -U §U§ -P §V§ -d SweepJobs -Q \"SELECT COUNT(*) FROM Jobs\"\n-----------\n       2214\n", "plain"),
    ("rabbitmqctl_add_user_second_positional", "cli", "rabbitmqctl add_user user SECRET", "$ sudo rabbitmqctl add_user §U§ §V§\nAdding user \"§U§\" ...\n", "plain"),
    ("influx_setup_lower_p_after_lower_u", "cli", "influx setup -u user -p SECRET -o org -b bucket -f", "$ influx setup -u §U§ -p §V§ -o ashgrove -b stove_readings -r 90d -f\n", "plain"),
    ("azure_keyvault_secret_set_value_flag", "cli", "az keyvault secret set --vault-name kv --name n --value SECRET", "$ az keyvault secret set --vault-name kv-ashgrove --name rota-db --value §V§ -o none\n", "plain"),
    ("svn_checkout_url_userinfo", "cli", "svn checkout https://user:SECRET@host/repo", "$ svn checkout https://§U§:§V§@§H§/svn/quote-templates/trunk quotes\nChecked out revision 318.\n", "plain"),
    ("ffmpeg_rtsp_input_url_userinfo", "cli", "ffmpeg -i rtsp://user:SECRET@cam/stream out.mp4", "$ ffmpeg -rtsp_transport tcp -i rtsp://§U§:§V§@10.0.8.21:554/h264Preview_01_main -t 30 flue-survey.mp4\n", "plain"),
    ("micropython_webrepl_cli_lower_p", "cli", "webrepl_cli.py -p SECRET file host:/file", "$ python webrepl_cli.py -p §V§ main.py 10.0.8.30:/main.py\nop:put, host=10.0.8.30, port=8266\n", "plain"),
    ("openssl_enc_lower_k_flag", "cli", "openssl enc -aes-256-cbc -pbkdf2 -k SECRET -in f -out f.enc", "$ openssl enc -aes-256-cbc -pbkdf2 -salt -k §V§ -in customers.csv -out customers.csv.enc\n", "plain"),
    ("skopeo_copy_dest_creds_colon_pair", "cli", "skopeo copy src dst --dest-creds user:SECRET", "$ skopeo copy docker://ghcr.io/ashgrove/booking:1.9 docker://§H§/booking:1.9 --dest-creds §U§:§V§\nWriting manifest to image destination\n", "plain"),
    ("composer_config_http_basic_positional_pair", "cli", "composer config --global http-basic.host user SECRET", "$ composer config --global http-basic.§H§ §U§ §V§\n", "plain"),
    ("bundler_config_host_user_colon", "cli", "bundle config set --global host user:SECRET", "$ bundle config set --global §H§ §U§:§V§\n", "plain"),
    ("etcdctl_user_colon_pair", "cli", "etcdctl --user user:SECRET get key", "$ etcdctl --endpoints=https://10.20.0.50:2379 --user §U§:§V§ get /booking/feature-flags\n", "plain"),
    ("sqlplus_user_slash_connect_string", "cli", "sqlplus user/SECRET@//host:1521/svc", "$ sqlplus §U§/§V§@//§H§:1521/SWEEPS\nConnected to: Oracle Database 19c\n", "plain"),
    ("db2_connect_using_keyword", "cli", "connect to DB user U using SECRET", "db2 => connect to SWEEPDB user §U§ using §V§\n   Database Connection Information\n", "plain"),
    ("winrs_colon_p_after_colon_u", "cli", "winrs -r:host -u:user -p:SECRET cmd", "C:\\> winrs -r:§H§ -u:ASHGROVE\\§U§ -p:§V§ ipconfig /all\n", "plain"),
    ("sysinternals_psexec_lower_p_after_lower_u", "cli", "PsExec \\\\host -u user -p SECRET cmd", "C:\\> PsExec64.exe \\\\OFFICE-PC2 -u ASHGROVE\\§U§ -p §V§ -h cmd /c gpupdate /force\n", "plain"),
    ("schtasks_slash_rp_after_slash_ru", "cli", "schtasks /create … /ru user /rp SECRET", "C:\\> schtasks /create /tn \"NightlyRotaExport\" /tr C:\\Sweeps\\export.cmd /sc daily /st 23:00 /ru ASHGROVE\\§U§ /rp §V§\nSUCCESS: The scheduled task \"NightlyRotaExport\" has successfully been created.\n", "plain"),
    ("net_use_share_positional_before_slash_user", "cli", "net use Z: \\\\host\\share SECRET /user:DOMAIN\\user", "C:\\> net use Z: \\\\10.20.0.40\\jobs §V§ /user:ASHGROVE\\§U§ /persistent:no\nThe command completed successfully.\n", "plain"),
    ("git_extraheader_basic_b64_pair", "cli", "git -c http.extraHeader=\"Authorization: Basic <b64(user:SECRET)>\" clone … (span is the Base64)", "$ git -c http.extraHeader=\"Authorization: Basic §V§\" clone https://§H§/ashgrove/booking.git\nCloning into 'booking'...\n", "b64pair"),
    ("ccrypt_encrypt_capital_k", "cli", "ccrypt -e -K SECRET file", "$ ccrypt -e -K §V§ quotes-2024.xlsx\n$ ls\nquotes-2024.xlsx.cpt\n", "plain"),
    # ---- stdin
    ("chpasswd_stdin_user_colon", "stdin", "echo 'user:SECRET' | chpasswd", "$ echo '§U§:§V§' | sudo chpasswd\n", "plain"),
    ("gpg_batch_passphrase_fd_zero_pipe", "stdin", "echo SECRET | gpg --batch --passphrase-fd 0 -d file.gpg", "$ echo '§V§' | gpg --batch --yes --passphrase-fd 0 -d jobs-export.csv.gpg > jobs.csv\ngpg: AES256.CFB encrypted data\n", "plain"),
    ("vncpasswd_filter_mode_pipe", "stdin", "echo SECRET | vncpasswd -f > ~/.vnc/passwd", "$ echo '§V§' | vncpasswd -f > ~/.vnc/passwd && chmod 600 ~/.vnc/passwd\n", "plain"),
    ("kinit_stdin_echo", "stdin", "echo SECRET | kinit user@REALM", "$ echo '§V§' | kinit §U§@ASHGROVE.LAN\n$ klist | head -2\n", "plain"),
    ("docker_secret_create_dash_stdin", "stdin", "printf SECRET | docker secret create name -", "$ printf '%s' '§V§' | docker secret create booking_db_cred -\nq4n1x0m3b8v2c7z5l6k9j0h1g\n", "plain"),
    ("kubectl_create_secret_from_file_dev_stdin", "stdin", "printf SECRET | kubectl create secret generic n --from-file=k=/dev/stdin", "$ printf '%s' '§V§' | kubectl -n sweeps create secret generic rota-db --from-file=credential=/dev/stdin\nsecret/rota-db created\n", "plain"),
    ("systemd_creds_encrypt_dash_stdin", "stdin", "echo -n SECRET | systemd-creds encrypt --name=n - out", "$ echo -n '§V§' | sudo systemd-creds encrypt --name=rota-db - /etc/credstore.encrypted/rota-db\n", "plain"),
    ("gcloud_secrets_versions_add_data_file_dash", "stdin", "echo -n SECRET | gcloud secrets versions add n --data-file=-", "$ echo -n '§V§' | gcloud secrets versions add rota-db --data-file=-\nCreated version [3] of the secret [rota-db].\n", "plain"),
    ("htpasswd_lower_i_stdin_pipe", "stdin", "echo SECRET | htpasswd -i -B file user", "$ echo '§V§' | htpasswd -i -B /etc/nginx/.htusers §U§\n", "plain"),
    ("ansible_vault_encrypt_string_stdin_name", "stdin", "echo -n SECRET | ansible-vault encrypt_string --stdin-name var", "$ echo -n '§V§' | ansible-vault encrypt_string --stdin-name rota_db_cred\nReading plaintext input from stdin.\n", "plain"),
    # ---- lib
    ("python_pymysql_connect_third_positional", "lib", "pymysql.connect(host, user, SECRET, db)", "import pymysql\n\nconn = pymysql.connect(\"§H§\", \"§U§\", \"§V§\", \"rota\")\n", "plain"),
    ("python_paramiko_transport_connect_third", "lib", "paramiko.Transport((host, 22)).connect(None, user, SECRET)", "t = paramiko.Transport((\"§H§\", 22))\nt.connect(None, \"§U§\", \"§V§\")\nsftp = paramiko.SFTPClient.from_transport(t)\n", "plain"),
    ("python_requests_auth_tuple_second", "lib", "requests.get(url, auth=(user, SECRET))", "r = requests.get(f\"https://{HOST}/api/jobs\", auth=(\"§U§\", \"§V§\"), timeout=10)\nr.raise_for_status()\n", "plain"),
    ("python_pika_plaincredentials_second", "lib", "pika.PlainCredentials(user, SECRET)", "creds = pika.PlainCredentials(\"§U§\", \"§V§\")\nparams = pika.ConnectionParameters(\"§H§\", 5672, \"/\", creds)\n", "plain"),
    ("python_redis_ctor_fourth_positional", "lib", "redis.Redis(host, port, db, SECRET)", "import redis\n\nr = redis.Redis(\"§H§\", 6379, 0, \"§V§\")\n", "plain"),
    ("python_pyjwt_encode_second", "lib", "jwt.encode(payload, SECRET, algorithm=…)", "token = jwt.encode({\"sub\": job_id, \"scope\": \"certs\"}, \"§V§\", algorithm=\"HS256\")\n", "plain"),
    ("python_hmac_new_first_bytes", "lib", "hmac.new(b'SECRET', body, hashlib.sha256)", "sig = hmac.new(b\"§V§\", body, hashlib.sha256).hexdigest()\nif not hmac.compare_digest(sig, header_sig):\n    abort(401)\n", "plain"),
    ("python_pykeepass_ctor_second", "lib", "PyKeePass(path, SECRET)", "from pykeepass import PyKeePass\n\nkp = PyKeePass(\"/srv/vault/office.kdbx\", \"§V§\")\n", "plain"),
    ("python_ssl_load_cert_chain_third", "lib", "ctx.load_cert_chain(cert, key, SECRET)", "ctx = ssl.create_default_context()\nctx.load_cert_chain(\"client.pem\", \"client.key\", \"§V§\")\n", "plain"),
    ("python_paramiko_rsakey_from_file_second", "lib", "paramiko.RSAKey.from_private_key_file(path, SECRET)", "pkey = paramiko.RSAKey.from_private_key_file(\"/home/deploy/.ssh/id_rsa\", \"§V§\")\n", "plain"),
    ("node_buffer_from_user_colon_pair", "lib", "Buffer.from('user:SECRET').toString('base64')", "const auth = Buffer.from('§U§:§V§').toString('base64');\nheaders.Authorization = `Basic ${auth}`;\n", "plain"),
    ("node_crypto_pbkdf2sync_first", "lib", "crypto.pbkdf2Sync(SECRET, salt, n, 32, 'sha256')", "const k = crypto.pbkdf2Sync('§V§', salt, 210000, 32, 'sha256');\n", "plain"),
    ("node_jose_textencoder_encode_key", "lib", "new SignJWT(…).sign(new TextEncoder().encode(SECRET))", "const k = new TextEncoder().encode('§V§');\nconst jwt = await new SignJWT({ job }).setProtectedHeader({ alg: 'HS256' }).sign(k);\n", "plain"),
    ("node_cookie_parser_first", "lib", "app.use(cookieParser(SECRET))", "app.use(express.json());\napp.use(cookieParser('§V§'));\n", "plain"),
    ("node_mqtt_connect_url_userinfo", "lib", "mqtt.connect('mqtts://user:SECRET@host')", "const client = mqtt.connect('mqtts://§U§:§V§@§H§:8883');\nclient.subscribe('stove/+/temp');\n", "plain"),
    ("java_drivermanager_getconnection_third", "lib", "DriverManager.getConnection(url, user, SECRET)", "Connection c = DriverManager.getConnection(\"jdbc:mysql://§H§/rota\", \"§U§\", \"§V§\");\n", "plain"),
    ("java_keystore_load_second_chararray", "lib", "ks.load(in, \"SECRET\".toCharArray())", "KeyStore ks = KeyStore.getInstance(\"PKCS12\");\nks.load(new FileInputStream(\"client.p12\"), \"§V§\".toCharArray());\n", "plain"),
    ("java_jedis_auth_single", "lib", "jedis.auth(SECRET)", "try (Jedis jedis = new Jedis(\"§H§\", 6379)) {\n    jedis.auth(\"§V§\");\n}\n", "plain"),
    ("java_mongocredential_createcredential_third", "lib", "MongoCredential.createCredential(user, db, SECRET.toCharArray())", "MongoCredential cred = MongoCredential.createCredential(\"§U§\", \"telemetry\", \"§V§\".toCharArray());\n", "plain"),
    ("java_auth0_algorithm_hmac256_single", "lib", "Algorithm.HMAC256(SECRET)", "Algorithm alg = Algorithm.HMAC256(\"§V§\");\nString token = JWT.create().withIssuer(\"rota\").sign(alg);\n", "plain"),
    ("csharp_networkcredential_ctor_second", "lib", "new NetworkCredential(user, SECRET)", "using var client = new SmtpClient(\"§H§\", 587) { EnableSsl = true };\nclient.Credentials = new NetworkCredential(\"§U§\", \"§V§\");\n", "plain"),
    ("csharp_x509certificate2_ctor_second", "lib", "new X509Certificate2(path, SECRET)", "var cert = new X509Certificate2(@\"C:\\Sweeps\\client.pfx\", \"§V§\");\n", "plain"),
    ("go_mysql_dsn_user_colon_at_tcp", "lib", "sql.Open(\"mysql\", \"user:SECRET@tcp(host)/db\")", "db, err := sql.Open(\"mysql\", \"§U§:§V§@tcp(§H§:3306)/rota?parseTime=true\")\n", "plain"),
    ("go_http_request_setbasicauth_second", "lib", "req.SetBasicAuth(user, SECRET)", "req, _ := http.NewRequest(\"GET\", url, nil)\nreq.SetBasicAuth(\"§U§\", \"§V§\")\n", "plain"),
    ("go_gomail_newdialer_fourth", "lib", "gomail.NewDialer(host, 587, user, SECRET)", "d := gomail.NewDialer(\"§H§\", 587, \"§U§\", \"§V§\")\nif err := d.DialAndSend(m); err != nil {\n\tlog.Fatal(err)\n}\n", "plain"),
    ("rust_hmac_new_from_slice_bytes", "lib", "Hmac::<Sha256>::new_from_slice(b\"SECRET\")", "let mut mac = Hmac::<Sha256>::new_from_slice(b\"§V§\").expect(\"key\");\nmac.update(body);\n", "plain"),
    ("ruby_net_ftp_open_third", "lib", "Net::FTP.open(host, user, SECRET)", "Net::FTP.open(\"§H§\", \"§U§\", \"§V§\") do |ftp|\n  ftp.getbinaryfile(\"rota.csv\")\nend\n", "plain"),
    ("ruby_jwt_encode_second", "lib", "JWT.encode(payload, SECRET, 'HS256')", "token = JWT.encode({ job_id: job.id }, \"§V§\", \"HS256\")\n", "plain"),
    ("php_mysqli_connect_third", "lib", "mysqli_connect(host, user, SECRET, db)", "<?php\n$db = mysqli_connect('§H§', '§U§', '§V§', 'rota');\n", "plain"),
    ("php_imap_open_third", "lib", "imap_open(mailbox, user, SECRET)", "<?php\n$mbox = imap_open('{§H§:993/imap/ssl}INBOX', '§U§', '§V§');\n", "plain"),
    ("php_openssl_encrypt_third", "lib", "openssl_encrypt($data, cipher, SECRET, 0, $iv)", "<?php\n$enc = openssl_encrypt($csv, 'aes-256-cbc', '§V§', 0, $iv);\n", "plain"),
    ("perl_dbi_connect_third", "lib", "DBI->connect($dsn, user, SECRET)", "my $dbh = DBI->connect(\"dbi:Pg:dbname=rota;host=§H§\", \"§U§\", \"§V§\", { RaiseError => 1 });\n", "plain"),
    ("c_mysql_real_connect_fourth", "lib", "mysql_real_connect(conn, host, user, SECRET, db, …)", "if (!mysql_real_connect(conn, \"§H§\", \"§U§\", \"§V§\", \"rota\", 3306, NULL, 0)) {\n    fprintf(stderr, \"%s\\n\", mysql_error(conn));\n}\n", "plain"),
    ("arduino_wifi_begin_second", "lib", "WiFi.begin(ssid, SECRET)", "void setup() {\n  WiFi.begin(\"Kiln-IoT\", \"§V§\");\n  while (WiFi.status() != WL_CONNECTED) delay(250);\n}\n", "plain"),
    ("arduino_pubsubclient_connect_third", "lib", "mqtt.connect(clientId, user, SECRET)", "if (mqtt.connect(\"lounge-stove\", \"§U§\", \"§V§\")) {\n  mqtt.subscribe(\"stove/lounge/cmd\");\n}\n", "plain"),
    ("micropython_wlan_connect_second", "lib", "wlan.connect(ssid, SECRET)", "wlan = network.WLAN(network.STA_IF)\nwlan.active(True)\nwlan.connect('Kiln-IoT', '§V§')\n", "plain"),
    ("micropython_umqtt_ctor_fifth", "lib", "MQTTClient(id, server, port, user, SECRET)", "from umqtt.simple import MQTTClient\nc = MQTTClient('lounge-stove', '§H§', 1883, '§U§', '§V§')\nc.connect()\n", "plain"),
    ("powershell_convertto_securestring_first", "lib", "ConvertTo-SecureString 'SECRET' -AsPlainText -Force", "$sec = ConvertTo-SecureString '§V§' -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential ('ASHGROVE\\§U§', $sec)\n", "plain"),
    # ---- gui
    ("puppeteer_page_type_second", "gui", "page.type('#f2', SECRET)", "await page.type('#f1', '§U§');\nawait page.type('#f2', '§V§');\nawait page.click('#go');\n", "plain"),
    ("webdriverio_setvalue_single", "gui", "$('#f2').setValue(SECRET)", "await $('#f1').setValue('§U§');\nawait $('#f2').setValue('§V§');\n", "plain"),
    ("robot_framework_input_text_second", "gui", "Input Text    id=f2    SECRET", "*** Test Cases ***\nOpen Till\n    Input Text    id=f1    §U§\n    Input Text    id=f2    §V§\n    Click Button    id=go\n", "plain"),
    ("selenium_java_sendkeys_single", "gui", "driver.findElement(By.id(\"f2\")).sendKeys(SECRET)", "driver.findElement(By.id(\"f1\")).sendKeys(\"§U§\");\ndriver.findElement(By.id(\"f2\")).sendKeys(\"§V§\");\n", "plain"),
    ("pywinauto_type_keys_single", "gui", "dlg.Edit2.type_keys(SECRET)", "dlg = app.window(title_re=\"Till.*\")\ndlg.Edit1.type_keys(\"§U§\")\ndlg.Edit2.type_keys(\"§V§\")\n", "plain"),
    ("pyautogui_write_single", "gui", "pyautogui.write(SECRET)", "pyautogui.click(812, 440)\npyautogui.write('§V§', interval=0.05)\npyautogui.press('enter')\n", "plain"),
    ("espresso_typetext_single", "gui", "onView(withId(R.id.f2)).perform(typeText(SECRET))", "onView(withId(R.id.f2)).perform(typeText(\"§V§\"), closeSoftKeyboard())\n", "plain"),
    ("xcuitest_typetext_single", "gui", "app.secureTextFields[\"f2\"].typeText(SECRET)", "let field = app.secureTextFields[\"f2\"]\nfield.tap()\nfield.typeText(\"§V§\")\n", "plain"),
    ("maestro_flow_inputtext", "gui", "- inputText: SECRET (Maestro flow)", "appId: example.kilnworth.jobs\n---\n- tapOn:\n    id: \"f2\"\n- inputText: \"§V§\"\n- tapOn: \"Sign in\"\n", "plain"),
    ("tmux_send_keys_literal", "gui", "tmux send-keys -t target SECRET Enter", "$ tmux send-keys -t ops:1 '§V§' Enter\n", "plain"),
    ("vbscript_wshshell_sendkeys", "gui", "WshShell.SendKeys \"SECRET{ENTER}\"", "Set WshShell = WScript.CreateObject(\"WScript.Shell\")\nWshShell.AppActivate \"Till Login\"\nWshShell.SendKeys \"§V§{ENTER}\"\n", "plain"),
    ("powershell_sendkeys_sendwait", "gui", "[System.Windows.Forms.SendKeys]::SendWait(SECRET)", "Add-Type -AssemblyName System.Windows.Forms\n[System.Windows.Forms.SendKeys]::SendWait('§V§')\n[System.Windows.Forms.SendKeys]::SendWait('{ENTER}')\n", "plain"),
    # ---- file
    ("davfs2_secrets_third_field", "file", "/etc/davfs2/secrets: url user SECRET", "# /etc/davfs2/secrets\nhttps://§H§/remote.php/dav/files/office office §V§\n", "plain"),
    ("strongswan_ipsec_secrets_psk_quoted", "file", "ipsec.secrets: %any host : PSK \"SECRET\"", "# /etc/ipsec.secrets\n%any 10.20.0.1 : PSK \"§V§\"\n", "plain"),
    ("tinyproxy_conf_basicauth_third_field", "file", "tinyproxy.conf: BasicAuth user SECRET", "Port 8888\nAllow 10.20.0.0/24\nBasicAuth §U§ §V§\n", "plain"),
    ("rsyncd_secrets_user_colon", "file", "rsyncd.secrets: user:SECRET", "# /etc/rsyncd.secrets (mode 600)\n§U§:§V§\n", "plain"),
    ("exim_passwd_client_third_colon", "file", "exim passwd.client: host:user:SECRET", "# /etc/exim4/passwd.client\n*.ashgrove-sweeps.example:§U§:§V§\n", "plain"),
    ("postfix_sasl_passwd_user_colon", "file", "postfix sasl_passwd: [host]:587 user:SECRET", "# /etc/postfix/sasl_passwd\n[§H§]:587 §U§:§V§\n", "plain"),
    ("lighttpd_plain_auth_file_user_colon", "file", "lighttpd plain auth file: user:SECRET", "# /etc/lighttpd/rota.user  (auth.backend = \"plain\")\n§U§:§V§\n", "plain"),
    ("kodi_sources_xml_smb_url_userinfo", "file", "Kodi sources.xml <path>smb://user:SECRET@host/share/</path>", "<sources>\n  <video>\n    <source>\n      <name>Flue footage</name>\n      <path pathversion=\"1\">smb://§U§:§V§@10.20.0.40/flue-cam/</path>\n    </source>\n  </video>\n</sources>\n", "plain"),
    ("nut_upsmon_conf_monitor_fourth_field", "file", "upsmon.conf: MONITOR ups@host 1 user SECRET primary", "# /etc/nut/upsmon.conf\nMONITOR officeups@localhost 1 §U§ §V§ primary\nSHUTDOWNCMD \"/sbin/shutdown -h +0\"\n", "plain"),
    ("gitconfig_url_insteadof_section_userinfo", "file", "[url \"https://user:SECRET@host/\"] insteadOf = https://host/", "[user]\n\tname = Dan Whitlow\n[url \"https://§U§:§V§@§H§/\"]\n\tinsteadOf = https://§H§/\n", "plain"),
    ("yarnrc_yml_npm_auth_ident_colon_pair", "file", ".yarnrc.yml npmAuthIdent: \"user:SECRET\"", "npmRegistryServer: \"https://§H§/npm/\"\nnpmAlwaysAuth: true\nnpmAuthIdent: \"§U§:§V§\"\n", "plain"),
    ("sweep_rota_csv_fifth_column", "file", "invented sweep-rota CSV, fifth column `lockbox`", "date,sweep,van,area,lockbox\n2024-03-12,§U§,VN3,Hebden,§V§\n", "plain"),
    ("showroom_till_pipe_third_field", "file", "invented showroom till user file, `till|name|SECRET|role`", "# till users (till|name|code|role)\nT1|§U§|§V§|manager\n", "plain"),
    ("installer_lockbox_fixed_width_cols_31_to_50", "file", "invented installer lockbox roster, fixed width, value in columns 31–50", "@FIXED@", "plain"),
    # ---- proto
    ("redis_resp_auth_bulk_string", "proto", "RESP array *2 $4 AUTH $n SECRET", "client -> 10.20.0.14:6379 (RESP, CRLF shown as line breaks)\n*2\n$4\nAUTH\n$§L§\n§V§\n+OK\n", "plain"),
    ("smtp_auth_login_second_b64_line", "proto", "SMTP AUTH LOGIN, second client line = Base64 of SECRET (span is the Base64)", "C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: §B§\nS: 334 UGFzc3dvcmQ6\nC: §V§\nS: 235 2.7.0 Authentication successful\n", "b64pw"),
    ("http_basic_authorization_header_b64", "proto", "Authorization: Basic <b64(user:SECRET)> (span is the Base64)", "GET /api/v2/jobs?day=today HTTP/1.1\nHost: §H§\nAuthorization: Basic §V§\nAccept: application/json\n", "b64pair"),
    ("xmpp_sasl_plain_auth_element", "proto", "XMPP <auth mechanism='PLAIN'>b64(NUL user NUL SECRET)</auth> (span is the Base64)", "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>§V§</auth>\n<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>\n", "sasl"),
    ("json_rpc_array_params_second", "proto", "{\"method\":\"Session.Login\",\"params\":[user, SECRET]}", "--> {\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"Session.Login\",\"params\":[\"§U§\",\"§V§\"]}\n<-- {\"jsonrpc\":\"2.0\",\"id\":7,\"result\":{\"session\":\"c1f2\"}}\n", "plain"),
    ("soap_login_arg1_element", "proto", "SOAP <login><arg0>user</arg0><arg1>SECRET</arg1></login>", "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">\n<soapenv:Body><ns2:login xmlns:ns2=\"http://rota.ashgrove-sweeps.example/\"><arg0>§U§</arg0><arg1>§V§</arg1></ns2:login></soapenv:Body>\n</soapenv:Envelope>\n", "plain"),
    ("quectel_at_qmtconn_fourth_quoted", "proto", "AT+QMTCONN=0,\"client\",\"user\",\"SECRET\"", "AT+QMTOPEN=0,\"§H§\",1883\nOK\n+QMTOPEN: 0,0\nAT+QMTCONN=0,\"lounge-stove\",\"§U§\",\"§V§\"\nOK\n+QMTCONN: 0,0,0\n", "plain"),
    ("esp_at_cwjap_second_quoted", "proto", "AT+CWJAP=\"ssid\",\"SECRET\"", "AT+CWMODE=1\nOK\nAT+CWJAP=\"Kiln-IoT\",\"§V§\"\nWIFI CONNECTED\nWIFI GOT IP\n", "plain"),
    ("at_cgauth_fourth_quoted", "proto", "AT+CGAUTH=1,1,\"user\",\"SECRET\"", "AT+CGDCONT=1,\"IP\",\"iot.provider.example\"\nOK\nAT+CGAUTH=1,1,\"§U§\",\"§V§\"\nOK\n", "plain"),
    # ---- sql
    ("mysql_aes_encrypt_second_literal", "sql", "AES_ENCRYPT(data, 'SECRET')", "mysql> UPDATE customers SET notes_enc = AES_ENCRYPT(notes, '§V§') WHERE id = 4417;\nQuery OK, 1 row affected (0.01 sec)\n", "plain"),
    ("sqlcipher_attach_database_key_literal", "sql", "ATTACH DATABASE 'f.db' AS enc KEY 'SECRET'", "sqlite> ATTACH DATABASE 'jobs-enc.db' AS enc KEY '§V§';\nsqlite> SELECT sqlcipher_export('enc');\n", "plain"),
    ("pgcrypto_encrypt_raw_second_literal", "sql", "encrypt(data, 'SECRET', 'aes')", "rota=# SELECT encrypt(convert_to(notes, 'UTF8'), '§V§', 'aes') FROM visits LIMIT 1;\n", "plain"),
    ("mssql_openrowset_semicolon_third", "sql", "OPENROWSET('SQLNCLI', 'host';'user';'SECRET', 'query')", "1> SELECT * FROM OPENROWSET('SQLNCLI', '§H§';'§U§';'§V§', 'SELECT TOP 10 * FROM Sweeps.dbo.Jobs');\n2> GO\n", "plain"),
    ("mysql_md5_concat_salt_second_literal", "sql", "MD5(CONCAT(salt, 'SECRET'))", "mysql> UPDATE staff SET pin_hash = MD5(CONCAT(salt, '§V§')) WHERE login = '§U§';\n", "plain"),
]

SET_ASIDE = {
    "netexec_smb_lower_p_after_lower_u": "a pentest tool; another -u / -p pair",
    "smbmap_lower_p_after_lower_u": "a pentest tool; another -u / -p pair",
    "curl_ftp_url_userinfo": "same URL userinfo idea as the kept wget ftp:// form",
    "poetry_config_http_basic_positional_pair": "same http-basic positional pair as the kept composer form",
    "mongodump_uri_option_userinfo": "URI userinfo is well covered",
    "gem_sources_add_url_userinfo": "URL userinfo is well covered; Ruby is covered by bundler",
    "cqlsh_lower_p_after_lower_u": "another -u / -p pair",
    "azure_cli_login_lower_p_after_lower_u": "another -u / -p pair",
    "minio_mc_alias_set_fourth_positional": "the value is an S3 secret key, not a password",
    "python_aiohttp_basicauth_second": "same BasicAuth(user, secret) call as earlier httpx forms",
    "python_pycryptodome_pbkdf2_first": "PBKDF2 literals are well covered",
    "node_bcryptjs_hash_first": "same hash(literal) idea as earlier argon2 forms",
    "kotlin_jjwt_hmacshakeyfor_bytearray": "a short password would be rejected as an HMAC key at run time",
    "ruby_net_http_basic_auth_second": "same basic-auth call as the kept Go SetBasicAuth form",
    "perl_net_ssh_perl_login_second": "another login(user, secret) call",
    "csharp_symmetricsecuritykey_utf8_getbytes": "close to earlier HMACSHA256(Encoding.UTF8.GetBytes) forms",
    "go_jwt_signedstring_byteslice": "close to the kept Go hmac / JWT forms of earlier corpora",
    "lua_mosquitto_login_set_second": "argument order of lua-mosquitto not remembered with confidence",
    "php_ftp_login_third": "same ftp login(user, secret) idea as earlier Python / Perl forms",
    "python_cx_oracle_connect_second_positional": "positional form deprecated in python-oracledb",
    "arduino_wifi_softap_second": "same (ssid, secret) shape as the kept WiFi.begin form",
    "detox_typetext_single": "same typeText call as the kept Espresso form",
    "testcafe_typetext_second": "another web-test type call",
    "wtype_single_argument": "same single type argument as earlier xdotool forms",
    "screen_stuff_command": "same idea as the kept tmux send-keys form",
    "passwd_stdin_flag": "the tool name says passwd right before the value",
    "openssl_pkcs12_passout_pass_prefix": "the `pass:` prefix says pass right before the value",
}


def fixed_width(user, value):
    row1 = "%-10s%-20s%-20s%s" % ("VAN", "NAME", "CODE", "ROLE")
    row2 = "%-10s%-20s%-20s%s" % ("VN3", user, value, "installer")
    return "# lockbox.dat – fixed width (VAN 1-10, NAME 11-30, CODE 31-50, ROLE 51-)\n" + row1 + "\n" + row2 + "\n"


USERS = ["dwhitlow", "kmoss", "rota_svc", "stovefan", "office", "tbrennan", "gwalsh"]
HOSTS = ["db.ashgrove-sweeps.example", "files.ashgrove-sweeps.example", "mqtt.emberline-stoves.example",
         "git.kilnworth-installs.example", "10.20.0.14", "mail.ashgrove-sweeps.example", "pkg.kilnworth-installs.example"]


def build(registry):
    rng = random.Random(SEED)
    out, hidden = [], []
    for syntax, where, usage, tmpl, mode in S:
        user = rng.choice(USERS)
        host = rng.choice(HOSTS)
        maxlen = 20 if tmpl == "@FIXED@" else 99
        pw = registry.draw(lambda: _pw(rng, maxlen))
        if mode == "plain":
            value = pw
        else:
            if mode == "b64pair":
                raw = "%s:%s" % (user, pw)
            elif mode == "b64pw":
                raw = pw
            else:
                raw = "\0%s\0%s" % (user, pw)
            value = base64.b64encode(raw.encode()).decode()
            registry.add(value)
            hidden.append(pw)
        if tmpl == "@FIXED@":
            text = fixed_width(user, value)
        else:
            text = (tmpl.replace("§U§", user).replace("§H§", host).replace("§L§", str(len(value)))
                    .replace("§B§", base64.b64encode(user.encode()).decode()).replace("§V§", value))
        typ = PFX + syntax
        out.append(make_span_record(text, value, typ, typ + "__" + SUFFIX[where], "password"))
    return out, hidden


def _pw(rng, maxlen):
    while True:
        p = owner_password(rng, strict=True)
        if len(p) <= maxlen:
            return p


def mode_of(syntax):
    for s in S:
        if s[0] == syntax:
            return s[4]
    return None
