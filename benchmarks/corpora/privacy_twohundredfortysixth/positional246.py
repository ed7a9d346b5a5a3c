"""Positional passwords: a password passed without a telling password= key."""
import random

from common246 import MARK as S, owner_password, place, positive

SEED = 24603
PREFIX = "mgpw_"

WHERE = {
    "cli": "grow_server_terminal_capture",
    "stdin": "farm_server_stdin_pipe",
    "lib": "spawn_lab_source_snippet",
    "gui": "forager_app_ui_test_script",
    "file": "grow_host_config_file",
    "proto": "packhouse_network_trace",
    "sql": "culture_db_sql_console",
}

P = []


def p(name, where, desc, tpl):
    P.append((name, where, desc, tpl))


# ------------------------------------------------------------------ cli
p("pgcli_postgres_uri_userinfo", "cli", "pgcli postgres://user:SECRET@host/db",
  "grower@ops1:~$ pgcli postgres://harvest:" + S + "@db.oakhollow.lan:5432/yields\nServer: PostgreSQL 16.2\nVersion: 4.0.1\nharvest@db:yields> \\dt\n")
p("mongosh_lower_p_after_lower_u", "cli", "mongosh --host host -u user -p SECRET --authenticationDatabase admin",
  "$ mongosh --host cultures.lab.lan -u labadmin -p " + S + " --authenticationDatabase admin\nCurrent Mongosh Log ID: 66112a7f\n")
p("rclone_obscure_single_positional", "cli", "rclone obscure SECRET",
  "$ rclone obscure " + S + "\nn1Kx0b3Qd7v0pQJtq4y8t0e2C9uU\n$ vi ~/.config/rclone/rclone.conf\n")
p("sqlplus_user_slash_secret_at_tns", "cli", "sqlplus user/SECRET@TNS",
  "C:\\ERP> sqlplus erp_sync/" + S + "@PACKHOUSE\n\nSQL*Plus: Release 19.0.0.0.0 - Production\nConnected to: Oracle Database 19c\n")
p("xfreerdp_slash_p_colon_value", "cli", "xfreerdp /u:user /p:SECRET /v:host",
  "$ xfreerdp /u:climate /p:" + S + " /v:climate-pc.oakhollow.lan /cert:ignore /dynamic-resolution\n[INFO] Loaded fake backend for rdpsnd\n")
p("windows_net_use_share_then_secret", "cli", "net use Z: \\\\host\\share SECRET /user:DOMAIN\\user",
  "C:\\> net use P: \\\\nas01\\packhouse " + S + " /user:OAKHOLLOW\\packer /persistent:no\nThe command completed successfully.\n")
p("windows_net_user_add_second", "cli", "net user NAME SECRET /add",
  "C:\\Windows\\system32> net user kioskpacker " + S + " /add /comment:\"label kiosk\"\nThe command completed successfully.\n")
p("schtasks_create_slash_rp_value", "cli", "schtasks /create ... /ru DOMAIN\\user /rp SECRET",
  "C:\\> schtasks /create /tn \"NightlyYieldExport\" /tr C:\\scripts\\export.cmd /sc daily /st 02:00 /ru OAKHOLLOW\\svc_export /rp " + S + "\nSUCCESS: The scheduled task \"NightlyYieldExport\" has successfully been created.\n")
p("lftp_lower_u_user_comma_secret", "cli", "lftp -u user,SECRET sftp://host",
  "$ lftp -u labels," + S + " sftp://labels.printhub.example -e 'mirror -R out/ incoming/; bye'\n")
p("ncftp_lower_p_after_lower_u", "cli", "ncftp -u user -p SECRET host",
  "$ ncftp -u spawnorders -p " + S + " ftp.spawnsupplier.example\nNcFTP 3.2.6 (Jan 01, 2016)\nLogged in to ftp.spawnsupplier.example.\n")
p("mosquitto_pub_capital_p_after_lower_u", "cli", "mosquitto_pub -h host -u user -P SECRET -t topic -m msg",
  "$ mosquitto_pub -h mqtt.oakhollow.lan -u room3 -P " + S + " -t rooms/3/fan -m '{\"speed\":60}'\n")
p("influx_setup_lower_p_after_lower_u", "cli", "influx setup -u user -p SECRET -o org -b bucket -f",
  "$ influx setup -u admin -p " + S + " -o oakhollow -b growrooms -r 90d -f\nUser\tOrganization\tBucket\nadmin\toakhollow\tgrowrooms\n")
p("cqlsh_lower_p_after_lower_u", "cli", "cqlsh host -u user -p SECRET",
  "$ cqlsh telemetry.lan 9042 -u cassandra -p " + S + "\nConnected to GrowTelemetry at telemetry.lan:9042\n")
p("cypher_shell_lower_p_after_lower_u", "cli", "cypher-shell -a bolt://host -u neo4j -p SECRET",
  "$ cypher-shell -a bolt://strains.lab.lan:7687 -u neo4j -p " + S + " 'MATCH (s:Strain) RETURN count(s)'\n")
p("etcdctl_user_colon_pair", "cli", "etcdctl --user user:SECRET get key",
  "$ etcdctl --endpoints=https://etcd1.lan:2379 --user root:" + S + " get /rooms/3/setpoints\n")
p("skopeo_src_creds_colon_pair", "cli", "skopeo copy --src-creds user:SECRET docker://... docker://...",
  "$ skopeo copy --src-creds ci:" + S + " docker://registry.oakhollow.lan/collector:1.8 docker-archive:/tmp/collector.tar\n")
p("sendemail_lower_xp_flag", "cli", "sendEmail -f from -t to -s host:587 -xu user -xp SECRET",
  "$ sendEmail -f alerts@oakhollow-fungi.example -t ella@oakhollow-fungi.example -u 'CO2 alarm' -m 'room 4 at 2100 ppm' -s smtp.mailhost.example:587 -xu alerts -xp " + S + " -o tls=yes\n")
p("zip_capital_p_flag", "cli", "zip -P SECRET archive.zip files",
  "$ zip -P " + S + " strain-photos-2024.zip photos/*.jpg\n  adding: photos/MH-0147.jpg (deflated 2%)\n")
p("sevenzip_glued_lower_p", "cli", "7z a -pSECRET archive.7z dir (value glued to -p)",
  "PS C:\\Lab> 7z a -mhe=on -p" + S + " culture-library.7z .\\library\\\n7-Zip 23.01 (x64)\nEverything is Ok\n")
p("ssh_keygen_capital_p_old_phrase", "cli", "ssh-keygen -p -P OLDSECRET -N NEW -f key (the old phrase after -P)",
  "$ ssh-keygen -p -P " + S + " -N '' -f ~/.ssh/id_ed25519_deploy\nYour identification has been saved with the new passphrase.\n")
p("bitwarden_bw_unlock_positional", "cli", "bw unlock SECRET --raw",
  "$ export BW_SESSION=$(bw unlock " + S + " --raw)\n$ bw list items --search shop\n")
p("steghide_embed_lower_p", "cli", "steghide embed -cf cover.jpg -ef file -p SECRET",
  "$ steghide embed -cf chanterelle_patch.jpg -ef gps_spots.txt -p " + S + "\nembedding \"gps_spots.txt\" in \"chanterelle_patch.jpg\"... done\n")
p("mutool_draw_lower_p", "cli", "mutool draw -p SECRET -o out.png locked.pdf",
  "$ mutool draw -p " + S + " -o page%d.png audit_report_locked.pdf 1-3\n")
p("snmpget_v3_capital_a_auth_phrase", "cli", "snmpget -v3 -u user -l authNoPriv -a SHA -A SECRET host oid",
  "$ snmpget -v3 -u monitor -l authNoPriv -a SHA -A " + S + " pdu-room2.lan 1.3.6.1.4.1.318.1.1.12.1.16.0\n")
p("rabbitmqctl_add_user_second_positional", "cli", "rabbitmqctl add_user NAME SECRET",
  "$ sudo rabbitmqctl add_user sensorfeed " + S + "\nAdding user \"sensorfeed\" ...\nDone. Don't forget to grant the user permissions to some virtual hosts!\n")
p("minio_mc_admin_user_add_third_positional", "cli", "mc admin user add ALIAS NAME SECRET",
  "$ mc admin user add growminio photoupload " + S + "\nAdded user `photoupload` successfully.\n")
p("git_remote_add_https_userinfo", "cli", "git remote add origin https://user:SECRET@host/repo.git",
  "$ git remote add origin https://labdev:" + S + "@git.oakhollow.lan/lab/lims.git\n$ git push -u origin main\n")
p("transmission_remote_lower_n_colon_pair", "cli", "transmission-remote host:9091 -n user:SECRET -l",
  "$ transmission-remote nas.lan:9091 -n admin:" + S + " -l\nID     Done       Have  ETA           Up    Down  Ratio  Status       Name\n")
p("deluge_console_connect_fourth_token", "cli", "deluge-console \"connect host:port user SECRET; info\"",
  "$ deluge-console \"connect 127.0.0.1:58846 grower " + S + " ; info\"\n")
p("powershell_convertto_securestring_first", "cli", "ConvertTo-SecureString SECRET -AsPlainText -Force",
  "PS C:\\> $sec = ConvertTo-SecureString " + S + " -AsPlainText -Force\nPS C:\\> $cred = New-Object System.Management.Automation.PSCredential('OAKHOLLOW\\svc_scale', $sec)\n")
p("irssi_connect_third_argument", "cli", "/connect host port SECRET nick (irssi)",
  "[(status)] /connect irc.forager-net.example 6697 " + S + " mossfoot\n-!- Irssi: Connecting to irc.forager-net.example [203.0.113.24] port 6697\n")
# ------------------------------------------------------------------ stdin
p("cryptsetup_luksopen_key_file_dash", "stdin", "echo -n SECRET | cryptsetup luksOpen --key-file=- dev name",
  "# echo -n '" + S + "' | cryptsetup luksOpen --key-file=- /dev/sdb1 labarchive\n# mount /dev/mapper/labarchive /mnt/labarchive\n")
p("docker_secret_create_dash_stdin", "stdin", "printf SECRET | docker secret create name -",
  "$ printf '%s' '" + S + "' | docker secret create harvest_db_login -\nkx2m9q4w1z8t7b3n6v0c5r1y\n")
p("sudo_capital_s_stdin_pipe", "stdin", "echo SECRET | sudo -S command",
  "$ echo '" + S + "' | sudo -S systemctl restart growroom-collector\n[sudo] for grower: \n")
p("wrangler_secret_put_stdin_pipe", "stdin", "echo SECRET | wrangler secret put NAME",
  "$ echo '" + S + "' | npx wrangler secret put SHOP_DB_LOGIN\n✨ Success! Uploaded secret SHOP_DB_LOGIN\n")
p("ansible_vault_encrypt_string_stdin_name", "stdin", "echo -n SECRET | ansible-vault encrypt_string --stdin-name name",
  "$ echo -n '" + S + "' | ansible-vault encrypt_string --vault-id prod@prompt --stdin-name 'lims_login'\n")
p("systemd_creds_encrypt_dash_stdin", "stdin", "echo -n SECRET | systemd-creds encrypt --name=name - out.cred",
  "# echo -n '" + S + "' | systemd-creds encrypt --name=climate_api - /etc/credstore.encrypted/climate_api\n")
p("nmcli_ask_stdin_pipe", "stdin", "echo SECRET | nmcli --ask dev wifi connect SSID",
  "$ echo '" + S + "' | nmcli --ask dev wifi connect GrowRoom-IoT\nDevice 'wlan0' successfully activated\n")
p("telnet_subshell_echo_sequence_second", "stdin", "(sleep 1; echo user; sleep 1; echo SECRET; ...) | telnet host",
  "$ (sleep 1; echo admin; sleep 1; echo " + S + "; sleep 1; echo 'show fans'; sleep 2) | telnet fogger-ctl.lan 23\n")
p("sqlplus_nolog_heredoc_connect_slash", "stdin", "sqlplus /nolog <<EOF / connect user/SECRET@tns",
  "$ sqlplus -s /nolog <<'EOF'\nconnect report_ro/" + S + "@HARVESTDB\nselect count(*) from crates;\nexit\nEOF\n")
# ------------------------------------------------------------------ lib: Python
p("python_pymssql_connect_third_positional", "lib", "pymssql.connect(server, user, SECRET, database)",
  "import pymssql\nconn = pymssql.connect('packhouse-sql.lan', 'scale_sync', '" + S + "', 'Packhouse')\ncur = conn.cursor()\n")
p("python_smtplib_login_second", "lib", "server.login(user, SECRET)",
  "import smtplib\nwith smtplib.SMTP('smtp.mailhost.example', 587) as server:\n    server.starttls()\n    server.login('alerts@oakhollow-fungi.example', '" + S + "')\n    server.send_message(msg)\n")
p("python_imaplib_login_second", "lib", "M.login(user, SECRET)",
  "import imaplib\nM = imaplib.IMAP4_SSL('imap.mailhost.example')\nM.login('orders@oakhollow-fungi.example', '" + S + "')\nM.select('INBOX')\n")
p("python_ftplib_login_second", "lib", "ftp.login(user, SECRET)",
  "from ftplib import FTP_TLS\nftp = FTP_TLS('ftp.spawnsupplier.example')\nftp.login('oakhollow', '" + S + "')\nftp.prot_p()\n")
p("python_ldap3_connection_third_positional", "lib", "Connection(server, user, SECRET, auto_bind=True)",
  "from ldap3 import Server, Connection\nsrv = Server('ldap.lab.lan', use_ssl=True)\nconn = Connection(srv, 'cn=lims,ou=svc,dc=lab,dc=lan', '" + S + "', auto_bind=True)\n")
p("python_pika_plaincredentials_second", "lib", "pika.PlainCredentials(user, SECRET)",
  "import pika\ncreds = pika.PlainCredentials('sensorfeed', '" + S + "')\nparams = pika.ConnectionParameters('mq.oakhollow.lan', 5672, '/', creds)\n")
p("python_influxdb_client_fourth_positional", "lib", "InfluxDBClient(host, port, user, SECRET, db)",
  "from influxdb import InfluxDBClient\nclient = InfluxDBClient('tsdb.lan', 8086, 'climate', '" + S + "', 'growrooms')\nclient.write_points(points)\n")
p("python_pikepdf_open_second_positional", "lib", "pikepdf.open(path, SECRET)",
  "import pikepdf\nwith pikepdf.open('organic_cert_2024.pdf', '" + S + "') as pdf:\n    pdf.save('organic_cert_2024_unlocked.pdf')\n")
p("python_pyjwt_encode_second", "lib", "jwt.encode(payload, SECRET, algorithm='HS256')",
  "import jwt\ntoken = jwt.encode({'room': 3, 'scope': 'read'}, '" + S + "', algorithm='HS256')\n")
p("python_itsdangerous_serializer_first", "lib", "URLSafeTimedSerializer(SECRET)",
  "from itsdangerous import URLSafeTimedSerializer\nser = URLSafeTimedSerializer('" + S + "', salt='permit-link')\nlink_token = ser.dumps({'permit': 4471})\n")
p("python_hashlib_scrypt_first_bytes", "lib", "hashlib.scrypt(b'SECRET', salt=..., n=..., r=8, p=1)",
  "import hashlib\nkey = hashlib.scrypt(b'" + S + "', salt=b'growlog-v1', n=2**14, r=8, p=1, dklen=32)\n")
p("python_pysnmp_usmuserdata_second", "lib", "UsmUserData(user, SECRET)",
  "from pysnmp.hlapi import UsmUserData, usmHMACSHAAuthProtocol\nuser = UsmUserData('monitor', '" + S + "', authProtocol=usmHMACSHAAuthProtocol)\n")
p("python_oracledb_connect_second_positional", "lib", "oracledb.connect(user, SECRET, dsn)",
  "import oracledb\nconn = oracledb.connect('report_ro', '" + S + "', 'erp.lan/HARVESTDB')\n")
p("python_minio_ctor_third_positional", "lib", "Minio(endpoint, access_key, SECRET)",
  "from minio import Minio\nclient = Minio('s3.oakhollow.lan:9000', 'growbackup', '" + S + "', secure=True)\n")
p("python_elasticsearch_ctor_url_userinfo", "lib", "Elasticsearch('https://user:SECRET@host:9200')",
  "from elasticsearch import Elasticsearch\nes = Elasticsearch('https://elastic:" + S + "@search.lab.lan:9200', verify_certs=False)\n")
p("python_selenium_send_keys_single", "gui", "driver.find_element(By.ID, 'f2').send_keys(SECRET)",
  "driver.get('https://portal.fenwood-foragers.example/login')\ndriver.find_element(By.ID, 'f1').send_keys('treasurer')\ndriver.find_element(By.ID, 'f2').send_keys('" + S + "')\ndriver.find_element(By.ID, 'go').click()\n")
# ------------------------------------------------------------------ lib: Node / TS
p("node_mqtt_connect_url_userinfo", "lib", "mqtt.connect('mqtts://user:SECRET@host:8883')",
  "import mqtt from 'mqtt';\nconst client = mqtt.connect('mqtts://room3:" + S + "@mqtt.oakhollow.lan:8883');\nclient.subscribe('rooms/3/#');\n")
p("node_jsonwebtoken_sign_second", "lib", "jwt.sign(payload, SECRET, { expiresIn })",
  "const jwt = require('jsonwebtoken');\nconst token = jwt.sign({ sub: picker.id }, '" + S + "', { expiresIn: '8h' });\n")
p("node_bcrypt_hash_first", "lib", "await bcrypt.hash(SECRET, rounds)",
  "// seed.js – create the first admin\nconst hash = await bcrypt.hash('" + S + "', 12);\nawait db.user.create({ data: { email: 'ella@oakhollow-fungi.example', hash } });\n")
p("node_ldapjs_client_bind_second", "lib", "client.bind(dn, SECRET, cb)",
  "const client = ldap.createClient({ url: 'ldaps://ldap.lab.lan' });\nclient.bind('cn=portal,ou=svc,dc=lab,dc=lan', '" + S + "', (err) => { if (err) throw err; });\n")
p("node_btoa_basic_header_colon_pair", "lib", "'Basic ' + btoa('user:SECRET')",
  "const res = await fetch('https://labels.printhub.example/api/jobs', {\n  headers: { Authorization: 'Basic ' + btoa('oakhollow:" + S + "') },\n});\n")
p("node_nano_couchdb_url_userinfo", "lib", "require('nano')('http://user:SECRET@host:5984')",
  "const nano = require('nano')('http://admin:" + S + "@couch.forage.lan:5984');\nconst finds = nano.db.use('finds');\n")
p("node_puppeteer_page_type_second", "gui", "await page.type(selector, SECRET)",
  "await page.goto('https://controller.room4.lan/');\nawait page.type('#f1', 'engineer');\nawait page.type('#f2', '" + S + "');\nawait page.click('#submit');\n")
p("node_testcafe_typetext_second", "gui", "await t.typeText(selector, SECRET)",
  "test('treasurer can export payouts', async t => {\n  await t.typeText('#f1', 'treasurer').typeText('#f2', '" + S + "').click('#go');\n});\n")
# ------------------------------------------------------------------ lib: JVM
p("java_drivermanager_getconnection_third", "lib", "DriverManager.getConnection(url, user, SECRET)",
  "Connection c = DriverManager.getConnection(\"jdbc:postgresql://db.lab.lan/cultures\", \"lims\", \"" + S + "\");\n")
p("java_mail_transport_connect_fourth", "lib", "transport.connect(host, port, user, SECRET)",
  "Transport transport = session.getTransport(\"smtp\");\ntransport.connect(\"smtp.mailhost.example\", 587, \"alerts\", \"" + S + "\");\n")
p("java_commons_net_ftpclient_login_second", "lib", "ftp.login(user, SECRET) (Apache Commons Net)",
  "FTPSClient ftp = new FTPSClient();\nftp.connect(\"ftp.spawnsupplier.example\");\nftp.login(\"oakhollow\", \"" + S + "\");\n")
p("java_keystore_load_second_chararray", "lib", "ks.load(in, SECRET.toCharArray())",
  "KeyStore ks = KeyStore.getInstance(\"PKCS12\");\ntry (InputStream in = new FileInputStream(\"gateway.p12\")) {\n    ks.load(in, \"" + S + "\".toCharArray());\n}\n")
p("java_auth0_jwt_algorithm_hmac256_single", "lib", "Algorithm.HMAC256(SECRET) (auth0 java-jwt)",
  "Algorithm alg = Algorithm.HMAC256(\"" + S + "\");\nString token = JWT.create().withIssuer(\"harvest\").sign(alg);\n")
p("kotlin_exposed_database_connect_fourth", "lib", "Database.connect(url, driver, user, SECRET)",
  "val db = Database.connect(\"jdbc:mysql://shop-db.lan:3306/shop\", \"com.mysql.cj.jdbc.Driver\", \"shop\", \"" + S + "\")\n")
p("android_espresso_typetext_single", "gui", "onView(withId(R.id.f2)).perform(typeText(SECRET))",
  "onView(withId(R.id.f1)).perform(typeText(\"volunteer\"))\nonView(withId(R.id.f2)).perform(typeText(\"" + S + "\"), closeSoftKeyboard())\nonView(withId(R.id.go)).perform(click())\n")
# ------------------------------------------------------------------ lib: .NET
p("csharp_networkcredential_ctor_second", "lib", "new NetworkCredential(user, SECRET)",
  "var smtp = new SmtpClient(\"smtp.mailhost.example\", 587) {\n    Credentials = new NetworkCredential(\"alerts\", \"" + S + "\"),\n    EnableSsl = true };\n")
p("csharp_x509certificate2_ctor_second", "lib", "new X509Certificate2(path, SECRET)",
  "var cert = new X509Certificate2(\"scale-client.pfx\", \"" + S + "\", X509KeyStorageFlags.MachineKeySet);\n")
p("csharp_mqttnet_withcredentials_second", "lib", ".WithCredentials(user, SECRET) (MQTTnet)",
  "var options = new MqttClientOptionsBuilder()\n    .WithTcpServer(\"mqtt.oakhollow.lan\", 8883)\n    .WithCredentials(\"packhouse\", \"" + S + "\")\n    .Build();\n")
p("csharp_sshnet_sftpclient_ctor_fourth_with_port", "lib", "new SftpClient(host, port, user, SECRET)",
  "using var sftp = new SftpClient(\"labels.printhub.example\", 22, \"oakhollow\", \"" + S + "\");\nsftp.Connect();\n")
p("powershell_sendkeys_sendwait_single", "gui", "[System.Windows.Forms.SendKeys]::SendWait(SECRET)",
  "Add-Type -AssemblyName System.Windows.Forms\nStart-Sleep 2\n[System.Windows.Forms.SendKeys]::SendWait('" + S + "{ENTER}')\n")
# ------------------------------------------------------------------ lib: Go / Rust
p("go_sql_open_mysql_dsn_user_colon_at", "lib", "sql.Open(\"mysql\", \"user:SECRET@tcp(host)/db\")",
  "db, err := sql.Open(\"mysql\", \"shop:" + S + "@tcp(shop-db.lan:3306)/shop?parseTime=true\")\nif err != nil { log.Fatal(err) }\n")
p("go_jwt_signedstring_byteslice", "lib", "token.SignedString([]byte(SECRET))",
  "tok := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)\nsigned, err := tok.SignedString([]byte(\"" + S + "\"))\n")
p("rust_rumqttc_set_credentials_second", "lib", "mqttoptions.set_credentials(user, SECRET)",
  "let mut opts = MqttOptions::new(\"room2-fogger\", \"mqtt.oakhollow.lan\", 1883);\nopts.set_credentials(\"room2\", \"" + S + "\");\n")
# ------------------------------------------------------------------ lib: Ruby / PHP / Perl / Lua / VBA / embedded
p("ruby_net_smtp_start_fifth", "lib", "Net::SMTP.start(host, port, helo, user, SECRET, :login)",
  "Net::SMTP.start('smtp.mailhost.example', 587, 'oakhollow-fungi.example', 'alerts', '" + S + "', :login) do |smtp|\n  smtp.send_message msg, from, to\nend\n")
p("ruby_jwt_encode_second", "lib", "JWT.encode(payload, SECRET, 'HS256')",
  "token = JWT.encode({ coop_member: member.id }, '" + S + "', 'HS256')\n")
p("ruby_pg_connect_seventh_positional", "lib", "PG.connect(host, port, options, tty, dbname, user, SECRET)",
  "conn = PG.connect('db.coop.lan', 5432, nil, nil, 'permits', 'portal', '" + S + "')\n")
p("php_mysqli_ctor_third", "lib", "new mysqli(host, user, SECRET, db)",
  "<?php\n$db = new mysqli('localhost', 'coop_portal', '" + S + "', 'coop');\nif ($db->connect_errno) { exit(1); }\n")
p("php_pdo_ctor_third", "lib", "new PDO($dsn, user, SECRET)",
  "<?php\n$pdo = new PDO('pgsql:host=db.lab.lan;dbname=cultures', 'lims', '" + S + "');\n")
p("php_ftp_login_third", "lib", "ftp_login($conn, user, SECRET)",
  "<?php\n$conn = ftp_ssl_connect('ftp.spawnsupplier.example');\nftp_login($conn, 'oakhollow', '" + S + "');\n")
p("php_imap_open_third", "lib", "imap_open(mailbox, user, SECRET)",
  "<?php\n$mbox = imap_open('{imap.mailhost.example:993/imap/ssl}INBOX', 'orders@oakhollow-fungi.example', '" + S + "');\n")
p("perl_dbi_connect_third", "lib", "DBI->connect($dsn, user, SECRET)",
  "my $dbh = DBI->connect('dbi:Pg:dbname=yields;host=db.oakhollow.lan', 'harvest', '" + S + "', { RaiseError => 1 });\n")
p("perl_net_smtp_auth_second", "lib", "$smtp->auth(user, SECRET)",
  "my $smtp = Net::SMTP->new('smtp.mailhost.example', Port => 587);\n$smtp->starttls();\n$smtp->auth('alerts', '" + S + "');\n")
p("nodemcu_lua_mqtt_client_fourth", "lib", "mqtt.Client(clientid, keepalive, user, SECRET) (NodeMCU Lua)",
  "m = mqtt.Client(\"room1-co2\", 120, \"room1\", \"" + S + "\")\nm:connect(\"192.168.40.2\", 1883, false, function(c) print(\"up\") end)\n")
p("micropython_wlan_connect_second", "lib", "wlan.connect(ssid, SECRET)",
  "import network\nwlan = network.WLAN(network.STA_IF)\nwlan.active(True)\nwlan.connect('GrowRoom-IoT', '" + S + "')\n")
p("arduino_wifi_begin_second", "lib", "WiFi.begin(ssid, SECRET)",
  "void setup() {\n  Serial.begin(115200);\n  WiFi.begin(\"GrowRoom-IoT\", \"" + S + "\");\n}\n")
p("arduino_pubsubclient_connect_third", "lib", "client.connect(id, user, SECRET) (PubSubClient)",
  "if (client.connect(\"fogger-2\", \"room2\", \"" + S + "\")) {\n  client.subscribe(\"rooms/2/fogger\");\n}\n")
p("vba_workbooks_open_fifth_positional", "lib", "Workbooks.Open(path, , , , SECRET)",
  "Sub OpenYields()\n    Workbooks.Open \"\\\\nas01\\packhouse\\yields_2024.xlsx\", , , , \"" + S + "\"\nEnd Sub\n")
p("flutter_widgettester_entertext_second", "gui", "await tester.enterText(finder, SECRET)",
  "await tester.enterText(find.byKey(const Key('f1')), 'volunteer');\nawait tester.enterText(find.byKey(const Key('f2')), '" + S + "');\nawait tester.tap(find.byKey(const Key('go')));\n")
p("autohotkey_sendtext_single", "gui", "SendText SECRET (AutoHotkey v2)",
  "#HotIf WinActive(\"ScaleLink\")\n^!l:: {\n    SendText \"" + S + "\"\n    Send \"{Enter}\"\n}\n")
p("sikulix_type_after_click", "gui", "click(field); type(SECRET)",
  "click(\"f2_field.png\")\ntype(\"" + S + "\" + Key.ENTER)\nwait(\"dashboard.png\", 10)\n")

# ------------------------------------------------------------------ file
p("davfs2_secrets_third_column", "file", "/etc/davfs2/secrets: URL user SECRET",
  "# /etc/davfs2/secrets\n# url                                      user       secret\nhttps://cloud.oakhollow-fungi.example/dav  labscans   " + S + "\n")
p("rsyncd_secrets_colon_pair", "file", "rsyncd.secrets: user:SECRET",
  "# /etc/rsyncd.secrets  (mode 600)\nphotobackup:" + S + "\n")
p("stunnel_psk_identity_colon", "file", "stunnel PSKsecrets file: identity:SECRET",
  "# /etc/stunnel/psk.txt\nroom-gateway-01:" + S + "\n")
p("postfix_sasl_map_second_column_colon", "file", "/etc/postfix/sasl_passwd: [host]:port user:SECRET",
  "# postmap /etc/postfix/sasl_passwd after editing\n[smtp.mailhost.example]:587 alerts@oakhollow-fungi.example:" + S + "\n")
p("exim_client_auth_file_third_field", "file", "exim passwd.client: host:user:SECRET",
  "# /etc/exim4/passwd.client\n*.mailhost.example:alerts:" + S + "\n")
p("vsftpd_virtual_users_even_line", "file", "vsftpd virtual users text file: user line, then SECRET line",
  "# /etc/vsftpd/virtual_users.txt  (db_load -T -t hash)\nlabelprinter\n" + S + "\n")
p("pam_ldap_secret_file_single_line", "file", "/etc/ldap.secret: the whole file is the bind secret",
  "$ sudo cat /etc/ldap.secret\n" + S + "\n$ ls -l /etc/ldap.secret\n-rw------- 1 root root {LEN1} Mar  3 09:12 /etc/ldap.secret\n")
p("hostapd_eap_user_third_field", "file", "hostapd.eap_user: \"user\" METHOD \"SECRET\" [2]",
  "# /etc/hostapd/hostapd.eap_user\n*               PEAP\n\"sensor-node\"   MSCHAPV2   \"" + S + "\"   [2]\n")
p("nut_upsmon_monitor_line_fourth_field", "file", "upsmon.conf: MONITOR ups@host 1 user SECRET primary",
  "# /etc/nut/upsmon.conf\nMONITOR growups@localhost 1 upsmon " + S + " primary\nSHUTDOWNCMD \"/sbin/shutdown -h +0\"\n")
p("sudo_askpass_helper_script_echo", "file", "askpass helper script that echoes SECRET",
  "$ cat ~/bin/askpass.sh\n#!/bin/sh\necho '" + S + "'\n$ export SUDO_ASKPASS=~/bin/askpass.sh\n")
p("grow_controller_users_tsv_third_column", "file", "invented TSV: user<TAB>role<TAB>SECRET",
  "# controller_users.tsv (imported by the climate controller, no header)\nengineer\tadmin\t" + S + "\nviewer\tread\t-\n")
p("autoclave_operators_fixed_width_columns", "file", "invented fixed-width file: columns 1-12 name, 13-20 badge, 21- SECRET",
  "# autoclave_ops.dat – fixed width: name(12) badge(8) code\nPRIYA S     B-0147  " + S + "\n")
p("packhouse_scale_accounts_json_array_second", "file", "invented JSON array rows [user, SECRET, role]",
  "[\n  [\"packer1\", \"" + S + "\", \"operator\"],\n  [\"viewer\", null, \"read\"]\n]\n")

# ------------------------------------------------------------------ proto
p("redis_resp_auth_bulk_string", "proto", "RESP: *2 $4 AUTH $n SECRET",
  "tcpdump -A port 6379 (excerpt)\n*2\r\n$4\r\nAUTH\r\n${LEN}\r\n" + S + "\r\n+OK\r\n")
p("rtsp_describe_request_line_userinfo", "proto", "DESCRIBE rtsp://user:SECRET@host/stream RTSP/1.0",
  "DESCRIBE rtsp://viewer:" + S + "@cam-room3.lan:554/stream1 RTSP/1.0\r\nCSeq: 2\r\nAccept: application/sdp\r\n")

# ------------------------------------------------------------------ sql
p("mysql_create_user_identified_by", "sql", "CREATE USER 'u'@'%' IDENTIFIED BY 'SECRET'",
  "mysql> CREATE USER 'grafana_ro'@'10.20.%' IDENTIFIED BY '" + S + "';\nQuery OK, 0 rows affected (0.01 sec)\n")
p("mysql_aes_encrypt_second_literal", "sql", "AES_ENCRYPT(data, 'SECRET')",
  "mysql> UPDATE forager SET phone_enc = AES_ENCRYPT(phone, '" + S + "') WHERE phone_enc IS NULL;\n")
p("oracle_create_database_link_identified_by", "sql", "CREATE DATABASE LINK l CONNECT TO user IDENTIFIED BY SECRET USING 'tns'",
  "SQL> CREATE DATABASE LINK shop_link CONNECT TO shop_ro IDENTIFIED BY " + S + " USING 'SHOPDB';\nDatabase link created.\n")
p("mssql_openrowset_semicolon_third", "sql", "OPENROWSET('SQLNCLI', 'host'; 'user'; 'SECRET', 'query')",
  "SELECT * FROM OPENROWSET('SQLNCLI', 'scale-sql.lan'; 'scale_ro'; '" + S + "', 'SELECT * FROM Packhouse.dbo.Weighings');\n")
p("postgres_pgcrypto_hmac_second_literal", "sql", "hmac(data, 'SECRET', 'sha256')",
  "cultures=# SELECT encode(hmac(batch_code, '" + S + "', 'sha256'), 'hex') FROM spawn_batches LIMIT 3;\n")
SET_ASIDE = [
    ("sqlserver_create_login_with_password_literal", "the statement's own keyword says PASSWORD right before the value"),
    ("openssl_pkcs8_passout_fd_stdin", "the flag says passout"),
    ("smbclient_here_string_stdin", "an earlier README names smbclient; also unsure smbclient reads the prompt from stdin"),
    ("mc_ls_url_userinfo", "mc takes no credentials in the URL (aliases only)"),
    ("plink_pw_flag", "the flag `-pw` says pw"),
    ("wpa_passphrase_second_positional", "the tool name says passphrase"),
    ("mosquitto_passwd_b_third_positional", "the tool name says passwd"),
    ("chpasswd_stdin_colon_pair", "the tool name says passwd"),
    ("python_paho_username_pw_set_second", "the method name says pw"),
    ("python_bcrypt_hashpw_first", "the function name says pw"),
    ("smbclient_lower_u_percent_pair", "an earlier README names the smbclient percent pair"),
    ("node_amqplib_connect_url", "an earlier README trimmed it"),
    ("gpg_passphrase_fd_zero_stdin", "the flag says passphrase"),
]

TRIMMED = ['unrar_glued_lower_p', 'mysql_grant_identified_by_legacy', 'php_firebase_jwt_encode_second', 'go_jlaffaye_ftp_login_second', 'csharp_symmetricsecuritykey_utf8_bytes']


def generate(reg, start_index):
    rng = random.Random(SEED)
    recs = []
    idx = start_index
    for name, where, desc, tpl in P:
        value = reg.draw(lambda: owner_password(rng, strict=True))
        tpl = tpl.replace("{LEN}", str(len(value))).replace("{LEN1}", str(len(value) + 1))
        text, s, e = place(tpl, value)
        typ = PREFIX + name
        recs.append(positive("p246-s-%04d" % idx, typ, name + "__" + WHERE[where], text, s, e, "password"))
        idx += 1
    return recs
