"""Positional-password source of p233: one record per syntax where the password is passed
without a telling password= key. Span type bkpw_<syntax>."""
import base64
import random

import common233 as C

SEED = 23303
PFX = "bkpw_"
SUFFIX = {
    "cli": "bakery_office_terminal_session",
    "stdin": "bakehouse_server_stdin_pipe",
    "lib": "cake_portal_source_snippet",
    "gui": "till_kiosk_ui_test_script",
    "file": "bakehouse_host_config_file",
    "proto": "bakery_lan_traffic_decode",
    "sql": "bakery_db_admin_console",
}
USERS = ["maja", "tom", "priya", "leo", "hannah", "ovenline", "orders", "wholesale", "decor", "nightbake"]
HOSTS = ["db.crumbandcrust.example", "files.oakridge-bakehouse.example", "10.20.4.17", "nas.sugarloaf-patisserie.example",
         "192.168.50.9", "mq.pipingbag-cakes.example"]

# (syntax, where, short form, template). Template markers: § value, {U} user, {H} host, {L} length of value.
SYNTAXES = [
    # ---- cli
    ("rdesktop_lower_p_after_lower_u", "cli", "rdesktop -u user -p SECRET host", "$ rdesktop -u {U} -p § {H}:3389\n"),
    ("sqlplus_slash_pair_before_at", "cli", "sqlplus user/SECRET@//host/service", "$ sqlplus {U}/§@//{H}:1521/BAKERYPDB\n\nSQL*Plus: Release 19.0.0.0.0 - Production\n"),
    ("sqlldr_userid_slash_pair", "cli", "sqlldr userid=user/SECRET@db control=...", "$ sqlldr userid={U}/§@BAKERYPDB control=orders.ctl log=orders.log\n"),
    ("redis_cli_lower_a_flag", "cli", "redis-cli -h host -a SECRET command", "$ redis-cli -h {H} -p 6379 -a § --no-auth-warning INFO keyspace\n# Keyspace\ndb0:keys=412,expires=40\n"),
    ("seven_zip_extract_glued_lower_p", "cli", "7z x -pSECRET archive.7z (value glued to -p)", "$ 7z x -p§ recipes-2025.7z -o./recipes\n\n7-Zip 23.01 (x64)\nEverything is Ok\n"),
    ("rar_add_glued_lower_hp", "cli", "rar a -hpSECRET archive.rar dir/ (value glued to -hp)", "$ rar a -hp§ invoices-q1.rar invoices/\n"),
    ("mosquitto_pub_capital_p_after_lower_u", "cli", "mosquitto_pub -h host -u user -P SECRET -t topic -m msg", "$ mosquitto_pub -h {H} -u {U} -P § -t coldroom/2/setpoint -m 3.5\n"),
    ("rabbitmqctl_add_user_second_positional", "cli", "rabbitmqctl add_user user SECRET", "$ sudo rabbitmqctl add_user {U} §\nAdding user \"{U}\" ...\n"),
    ("ipmitool_lanplus_capital_p_after_capital_u", "cli", "ipmitool -I lanplus -H host -U admin -P SECRET command", "$ ipmitool -I lanplus -H {H} -U admin -P § chassis power status\nChassis Power is on\n"),
    ("racadm_remote_lower_p_after_lower_u", "cli", "racadm -r host -u root -p SECRET getsysinfo", "$ racadm -r {H} -u root -p § getsysinfo\n"),
    ("lftp_lower_u_user_comma_pair", "cli", "lftp -u user,SECRET sftp://host", "$ lftp -u {U},§ sftp://{H}\nlftp {U}@{H}:~> ls exports\n"),
    ("docker_login_lower_p_after_lower_u", "cli", "docker login -u user -p SECRET registry", "$ docker login -u {U} -p § registry.crumbandcrust.example\nLogin Succeeded\n"),
    ("ncftp_lower_p_after_lower_u", "cli", "ncftp -u user -p SECRET host", "$ ncftp -u {U} -p § {H}\nNcFTP 3.2.6\n"),
    ("powershell_convertto_securestring_first", "cli", "ConvertTo-SecureString 'SECRET' -AsPlainText -Force", "PS C:\\Bakery> $s = ConvertTo-SecureString '§' -AsPlainText -Force\nPS C:\\Bakery> $c = New-Object PSCredential('BAKERY\\{U}', $s)\n"),
    ("windows_net_use_positional_before_user_switch", "cli", "net use Z: \\\\host\\share SECRET /user:DOMAIN\\user", "C:\\> net use Z: \\\\{H}\\orders § /user:BAKERY\\{U}\nThe command completed successfully.\n"),
    ("schtasks_create_slash_rp_after_slash_ru", "cli", "schtasks /create ... /ru user /rp SECRET", "C:\\> schtasks /create /tn \"NightlyDoughPlan\" /tr C:\\Bakery\\plan.exe /sc daily /st 02:00 /ru BAKERY\\{U} /rp §\nSUCCESS: The scheduled task \"NightlyDoughPlan\" has successfully been created.\n"),
    ("netexec_smb_lower_p_after_lower_u", "cli", "nxc smb host -u user -p SECRET --shares", "$ nxc smb {H} -u {U} -p § --shares\n"),
    ("elasticsearch_users_useradd_lower_p", "cli", "elasticsearch-users useradd user -p SECRET -r role", "$ bin/elasticsearch-users useradd {U} -p § -r viewer\n"),
    ("zkcli_addauth_digest_user_colon", "cli", "zkCli: addauth digest user:SECRET", "[zk: {H}:2181(CONNECTED) 0] addauth digest {U}:§\n[zk: {H}:2181(CONNECTED) 1] ls /bakery\n"),
    ("irssi_connect_third_positional_after_port", "cli", "irssi: /connect -tls host port SECRET nick", "[(status)] /connect -tls irc.bakers-guild.example 6697 § {U}\n"),
    ("kubectl_create_secret_from_literal_pair", "cli", "kubectl create secret generic name --from-literal=k=SECRET", "$ kubectl create secret generic oven-hmi --from-literal=hmi-login=§ -n bakery\nsecret/oven-hmi created\n"),
    ("curl_lower_u_user_colon_pair", "cli", "curl -u user:SECRET url", "$ curl -s -u {U}:§ https://{H}/api/v1/orders?day=today | jq length\n37\n"),
    ("mysqlsh_uri_user_colon_at_no_scheme", "cli", "mysqlsh user:SECRET@host:3306/db --sql", "$ mysqlsh {U}:§@{H}:3306/orders --sql\n"),
    ("mega_login_second_positional", "cli", "mega-login email SECRET", "$ mega-login {U}@crumbandcrust.example §\n"),
    ("influx_setup_lower_p_after_lower_u", "cli", "influx setup -u user -p SECRET -o org -b bucket -f", "$ influx setup -u {U} -p § -o oakridge -b coldroom -r 30d -f\n"),
    ("dotnet_nuget_add_source_lower_p_after_lower_u", "cli", "dotnet nuget add source url -n name -u user -p SECRET", "$ dotnet nuget add source https://nuget.crumbandcrust.example/v3/index.json -n bakery -u {U} -p § --store-password-in-clear-text\n"),
    ("cqlsh_lower_p_after_lower_u", "cli", "cqlsh host port -u user -p SECRET", "$ cqlsh {H} 9042 -u {U} -p §\n"),
    ("wget_ftp_url_userinfo", "cli", "wget ftp://user:SECRET@host/path", "$ wget ftp://{U}:§@{H}/exports/orders.csv\n"),
    ("mutool_draw_lower_p_flag", "cli", "mutool draw -p SECRET -o out.png file.pdf", "$ mutool draw -p § -o page%d.png supplier-price-list.pdf 1-2\n"),
    ("samba_tool_user_create_second_positional", "cli", "samba-tool user create user SECRET", "$ sudo samba-tool user create {U} § --given-name=Maja\nUser '{U}' added successfully\n"),
    ("emqx_ctl_admins_add_second_positional", "cli", "emqx ctl admins add user SECRET description", "$ emqx ctl admins add {U} § \"cold room dashboard\"\nok\n"),
    ("nats_cli_server_url_userinfo", "cli", "nats -s nats://user:SECRET@host:4222 pub ...", "$ nats -s nats://{U}:§@{H}:4222 pub oven.3.temp 231\n"),
    # ---- stdin
    ("podman_secret_create_dash_stdin", "stdin", "printf SECRET | podman secret create name -", "$ printf '%s' '§' | podman secret create oven_hmi_login -\n9f1c3a0b2e4d\n"),
    ("zfs_load_key_stdin_echo", "stdin", "echo SECRET | zfs load-key pool/dataset", "$ echo '§' | sudo zfs load-key tank/recipes\n"),
    ("vercel_env_add_stdin_pipe", "stdin", "echo -n SECRET | vercel env add NAME production", "$ echo -n '§' | vercel env add WHOLESALE_LOGIN production\nAdded Environment Variable WHOLESALE_LOGIN to Project cake-portal\n"),
    ("systemd_creds_encrypt_dash_stdin", "stdin", "echo -n SECRET | systemd-creds encrypt --name=n - out", "$ echo -n '§' | systemd-creds encrypt --name=oven-hmi - /etc/credstore.encrypted/oven-hmi\n"),
    ("secret_tool_store_label_stdin", "stdin", "echo -n SECRET | secret-tool store --label=... attr value", "$ echo -n '§' | secret-tool store --label='Cake portal' service cake-portal user {U}\n"),
    ("kubectl_create_secret_from_file_dev_stdin", "stdin", "echo -n SECRET | kubectl create secret generic n --from-file=k=/dev/stdin", "$ echo -n '§' | kubectl create secret generic till-mgr --from-file=login=/dev/stdin\nsecret/till-mgr created\n"),
    ("fly_secrets_import_stdin_line", "stdin", "echo 'NAME=SECRET' | fly secrets import", "$ echo 'TILL_LOGIN=§' | fly secrets import -a till-sync\n"),
    # ---- lib
    ("python_ftplib_ftp_ctor_third", "lib", "FTP(host, user, SECRET)", "from ftplib import FTP\nftp = FTP('{H}', '{U}', '§')\nftp.retrlines('LIST exports')\n"),
    ("python_imaplib_login_second", "lib", "IMAP4_SSL(host).login(user, SECRET)", "M = imaplib.IMAP4_SSL('{H}')\nM.login('{U}', '§')\nM.select('Orders')\n"),
    ("python_smtplib_login_second", "lib", "smtplib.SMTP(host).login(user, SECRET)", "with smtplib.SMTP('{H}', 587) as s:\n    s.starttls()\n    s.login('{U}', '§')\n    s.send_message(msg)\n"),
    ("python_pymssql_connect_third", "lib", "pymssql.connect(server, user, SECRET, db)", "conn = pymssql.connect('{H}', '{U}', '§', 'Orders')\n"),
    ("python_ldap3_connection_third", "lib", "ldap3.Connection(server, dn, SECRET)", "conn = Connection(server, 'uid={U},ou=staff,dc=crumbandcrust,dc=example', '§', auto_bind=True)\n"),
    ("python_requests_httpdigestauth_second", "lib", "HTTPDigestAuth(user, SECRET)", "r = requests.get('https://{H}/cgi-bin/oven.cgi', auth=HTTPDigestAuth('{U}', '§'))\n"),
    ("python_aiohttp_basicauth_second", "lib", "aiohttp.BasicAuth(user, SECRET)", "auth = aiohttp.BasicAuth('{U}', '§')\nasync with session.get(url, auth=auth) as resp:\n    data = await resp.json()\n"),
    ("python_pyjwt_encode_second", "lib", "jwt.encode(claims, SECRET, algorithm=...)", "token = jwt.encode({'sub': 'kds-3'}, '§', algorithm='HS256')\n"),
    ("python_pikepdf_open_second_positional", "lib", "pikepdf.open(path, SECRET)", "with pikepdf.open('price-list-2025.pdf', '§') as pdf:\n    pdf.save('price-list-open.pdf')\n"),
    ("node_sequelize_ctor_third", "lib", "new Sequelize(db, user, SECRET, opts)", "const sequelize = new Sequelize('orders', '{U}', '§', { host: '{H}', dialect: 'mariadb' });\n"),
    ("node_jsonwebtoken_sign_second", "lib", "jwt.sign(payload, SECRET, opts)", "const token = jwt.sign({ sub: 'kds' }, '§', { expiresIn: '12h' });\n"),
    ("node_crypto_pbkdf2sync_first", "lib", "crypto.pbkdf2Sync(SECRET, salt, n, 32, 'sha256')", "const key = crypto.pbkdf2Sync('§', salt, 210000, 32, 'sha256');\n"),
    ("js_btoa_user_colon_concat", "lib", "'Basic ' + btoa('user:SECRET')", "const res = await fetch(url, {\n  headers: { Authorization: 'Basic ' + btoa('{U}:§') }\n});\n"),
    ("node_bcryptjs_hashsync_first", "lib", "bcrypt.hashSync(SECRET, 12) (admin value about to be hashed)", "// seed the first till manager\nconst hash = bcrypt.hashSync('§', 12);\nawait db.staff.insert({ name: '{U}', hash });\n"),
    ("java_drivermanager_getconnection_third", "lib", "DriverManager.getConnection(url, user, SECRET)", "Connection c = DriverManager.getConnection(\"jdbc:postgresql://{H}/orders\", \"{U}\", \"§\");\n"),
    ("java_keystore_load_tochararray_second", "lib", "ks.load(in, \"SECRET\".toCharArray())", "KeyStore ks = KeyStore.getInstance(\"PKCS12\");\nks.load(new FileInputStream(\"till.p12\"), \"§\".toCharArray());\n"),
    ("java_auth0_algorithm_hmac256_single", "lib", "Algorithm.HMAC256(SECRET)", "Algorithm alg = Algorithm.HMAC256(\"§\");\nString t = JWT.create().withIssuer(\"kds\").sign(alg);\n"),
    ("java_commons_net_ftpclient_login_second", "lib", "ftp.login(user, SECRET)", "FTPClient ftp = new FTPClient();\nftp.connect(\"{H}\");\nftp.login(\"{U}\", \"§\");\n"),
    ("csharp_networkcredential_ctor_second", "lib", "new NetworkCredential(user, SECRET)", "client.Credentials = new NetworkCredential(\"{U}\", \"§\");\n"),
    ("csharp_x509certificate2_ctor_second", "lib", "new X509Certificate2(path, SECRET)", "var cert = new X509Certificate2(\"till-signing.pfx\", \"§\");\n"),
    ("csharp_fluentftp_ftpclient_ctor_third", "lib", "new FtpClient(host, user, SECRET)", "using var client = new FtpClient(\"{H}\", \"{U}\", \"§\");\nclient.AutoConnect();\n"),
    ("go_sql_open_mysql_dsn_user_colon", "lib", "sql.Open(\"mysql\", \"user:SECRET@tcp(host)/db\")", "db, err := sql.Open(\"mysql\", \"{U}:§@tcp({H}:3306)/orders?parseTime=true\")\n"),
    ("go_jwt_signedstring_byteslice", "lib", "token.SignedString([]byte(SECRET))", "s, err := token.SignedString([]byte(\"§\"))\n"),
    ("go_jlaffaye_ftp_login_second", "lib", "c.Login(user, SECRET)", "c, _ := ftp.Dial(\"{H}:21\")\nerr = c.Login(\"{U}\", \"§\")\n"),
    ("go_smtp_crammd5auth_second", "lib", "smtp.CRAMMD5Auth(user, SECRET)", "auth := smtp.CRAMMD5Auth(\"{U}\", \"§\")\n"),
    ("rust_jsonwebtoken_encodingkey_from_secret", "lib", "EncodingKey::from_secret(b\"SECRET\")", "let key = EncodingKey::from_secret(b\"§\");\nlet token = encode(&Header::default(), &claims, &key)?;\n"),
    ("ruby_net_ftp_open_third", "lib", "Net::FTP.open(host, user, SECRET)", "Net::FTP.open('{H}', '{U}', '§') do |ftp|\n  ftp.getbinaryfile('orders.csv')\nend\n"),
    ("ruby_jwt_encode_second", "lib", "JWT.encode(payload, SECRET, 'HS256')", "token = JWT.encode(payload, '§', 'HS256')\n"),
    ("ruby_net_http_basic_auth_second", "lib", "req.basic_auth(user, SECRET)", "req = Net::HTTP::Get.new(uri)\nreq.basic_auth('{U}', '§')\n"),
    ("php_ftp_login_third", "lib", "ftp_login($conn, user, SECRET)", "$conn = ftp_connect('{H}');\nftp_login($conn, '{U}', '§');\n"),
    ("php_pdo_ctor_third", "lib", "new PDO(dsn, user, SECRET)", "$pdo = new PDO('mysql:host={H};dbname=orders', '{U}', '§');\n"),
    ("php_openssl_encrypt_third", "lib", "openssl_encrypt($data, cipher, SECRET, 0, $iv)", "$c = openssl_encrypt($json, 'aes-256-cbc', '§', 0, $iv);\n"),
    ("php_firebase_jwt_encode_second", "lib", "JWT::encode($payload, SECRET, 'HS256')", "$jwt = JWT::encode($payload, '§', 'HS256');\n"),
    ("perl_dbi_connect_third", "lib", "DBI->connect($dsn, $user, SECRET)", "my $dbh = DBI->connect('dbi:Pg:dbname=orders;host={H}', '{U}', '§');\n"),
    ("perl_digest_sha_hmac_sha256_hex_second", "lib", "hmac_sha256_hex($data, SECRET)", "use Digest::SHA qw(hmac_sha256_hex);\nmy $sig = hmac_sha256_hex($body, '§');\n"),
    ("c_mysql_real_connect_fourth", "lib", "mysql_real_connect(conn, host, user, SECRET, db, ...)", "mysql_real_connect(conn, \"{H}\", \"{U}\", \"§\", \"orders\", 3306, NULL, 0);\n"),
    ("c_openssl_hmac_second", "lib", "HMAC(EVP_sha256(), \"SECRET\", len, ...)", "HMAC(EVP_sha256(), \"§\", {L}, body, body_len, md, &md_len);\n"),
    ("lua_resty_redis_auth_single", "lib", "red:auth(SECRET)", "local red = redis:new()\nred:connect(\"{H}\", 6379)\nlocal ok, err = red:auth(\"§\")\n"),
    ("kotlin_okhttp_credentials_basic_second", "lib", "Credentials.basic(user, SECRET)", "val cred = Credentials.basic(\"{U}\", \"§\")\nval req = Request.Builder().url(url).header(\"Authorization\", cred).build()\n"),
    ("elixir_joken_signer_create_second", "lib", "Joken.Signer.create(\"HS256\", SECRET)", "signer = Joken.Signer.create(\"HS256\", \"§\")\n"),
    ("scala_jwt_encode_second", "lib", "Jwt.encode(claim, SECRET, JwtAlgorithm.HS256)", "val token = Jwt.encode(claim, \"§\", JwtAlgorithm.HS256)\n"),
    ("vba_workbooks_open_fifth_positional", "lib", "Workbooks.Open(path, , , , SECRET)", "Set wb = Workbooks.Open(\"C:\\Orders\\celebration-cakes.xlsx\", , , , \"§\")\n"),
    ("vba_worksheet_unprotect_single", "lib", "ActiveSheet.Unprotect SECRET", "Sub UnlockPriceSheet()\n    ActiveSheet.Unprotect \"§\"\nEnd Sub\n"),
    ("apps_script_compute_hmac_sha256_second", "lib", "Utilities.computeHmacSha256Signature(payload, SECRET)", "const sig = Utilities.computeHmacSha256Signature(payload, '§');\n"),
    ("dart_jsonwebtoken_secretkey_single", "lib", "jwt.sign(SecretKey(SECRET))", "final token = jwt.sign(SecretKey('§'));\n"),
    # ---- gui
    ("robot_framework_input_text_second_cell", "gui", "Input Text    id=f2    SECRET", "*** Test Cases ***\nManager Login\n    Input Text    id=f1    {U}\n    Input Text    id=f2    §\n    Click Button    id=go\n"),
    ("nightwatch_setvalue_second", "gui", "browser.setValue('#f2', SECRET)", "browser.setValue('#f1', '{U}').setValue('#f2', '§').click('#go');\n"),
    ("pywinauto_type_keys_single", "gui", "ctrl.type_keys(SECRET)", "dlg.child_window(auto_id='f2').type_keys('§', with_spaces=False)\n"),
    ("xdotool_type_single_argument", "gui", "xdotool type SECRET", "$ xdotool search --name 'Till Login' windowactivate --sync\n$ xdotool type --delay 80 '§'\n$ xdotool key Return\n"),
    ("playwright_keyboard_type_single", "gui", "page.keyboard.type(SECRET)", "await page.click('#f2');\nawait page.keyboard.type('§');\n"),
    ("testcomplete_keys_method", "gui", "Aliases....f2.Keys(SECRET)", "Aliases.TillApp.LoginForm.f1.Keys(\"{U}\")\nAliases.TillApp.LoginForm.f2.Keys(\"§[Enter]\")\n"),
    ("robotjs_typestring_single", "gui", "robot.typeString(SECRET)", "robot.moveMouse(640, 410); robot.mouseClick();\nrobot.typeString('§');\n"),
    ("espanso_match_replace_field", "gui", "espanso match: trigger ... replace: SECRET", "# ~/.config/espanso/match/base.yml\nmatches:\n  - trigger: \":tillmgr\"\n    replace: \"§\"\n"),
    # ---- file
    ("davfs2_secrets_third_column", "file", "/etc/davfs2/secrets: url user SECRET", "# /etc/davfs2/secrets\nhttps://{H}/remote.php/dav/files/{U} {U} §\n"),
    ("exim_passwd_client_third_colon_field", "file", "/etc/exim4/passwd.client: host:user:SECRET", "# /etc/exim4/passwd.client\n*.crumbandcrust.example:{U}:§\n"),
    ("postfix_sasl_passwd_user_colon_after_relay", "file", "sasl_passwd: [relay]:587 user:SECRET", "# /etc/postfix/sasl_passwd\n[smtp.crumbandcrust.example]:587 {U}@crumbandcrust.example:§\n"),
    ("pgbouncer_userlist_second_quoted", "file", "userlist.txt: \"user\" \"SECRET\"", "; /etc/pgbouncer/userlist.txt\n\"{U}\" \"§\"\n"),
    ("rsyncd_secrets_user_colon", "file", "/etc/rsyncd.secrets: user:SECRET", "# /etc/rsyncd.secrets (mode 600)\n{U}:§\n"),
    ("svnserve_passwd_users_section_name_equals", "file", "svnserve passwd: [users] user = SECRET", "### conf/passwd of the recipes repository\n[users]\n{U} = §\n"),
    ("jetty_realm_properties_before_roles", "file", "realm.properties: user: SECRET,role", "# etc/realm.properties\n{U}: §,bakery-admin\n"),
    ("kafka_jaas_plain_user_underscore_entry", "file", "JAAS PlainLoginModule: user_name=\"SECRET\"", "KafkaServer {\n  org.apache.kafka.common.security.plain.PlainLoginModule required\n  user_{U}=\"§\";\n};\n"),
    ("strongswan_ipsec_secrets_eap_quoted", "file", "ipsec.secrets: user : EAP \"SECRET\"", "# /etc/ipsec.secrets\n{U} : EAP \"§\"\n"),
    ("wifi_qr_payload_p_field", "file", "Wi-Fi QR payload WIFI:T:WPA;S:ssid;P:SECRET;;", "# payload of the QR sticker on the staff-room door\nWIFI:T:WPA;S:Bakehouse-Staff;P:§;;\n"),
    ("rsync_client_secret_file_sole_line", "file", "file holding only SECRET, read by rsync", "$ cat /etc/bakery/rsync.secret\n§\n$ rsync -a rsync://{U}@{H}/orders/ ./orders/ --password-file=/etc/bakery/rsync.secret\n"),
    ("snmpd_conf_createuser_third_token", "file", "snmpd.conf: createUser user SHA \"SECRET\" AES", "# /var/lib/snmp/snmpd.conf (cold-room monitor)\ncreateUser {U} SHA \"§\" AES\n"),
    ("deck_oven_hmi_users_semicolon_third_field", "file", "invented oven HMI user file: id;name;code;level", "# OVENHMI USERS v2\nid;name;code;level\n1;{U};§;2\n"),
    ("cake_studio_tablet_roster_pipe_third_field", "file", "invented decorating-tablet roster: ROSTER|name|code|station|date", "ROSTER|{U}|§|decorating|2025-03-14\n"),
    # ---- proto
    ("redis_resp_auth_bulk_string", "proto", "RESP: *2 $4 AUTH $n SECRET", "C: *2\nC: $4\nC: AUTH\nC: ${L}\nC: §\nS: +OK\n"),
    ("http_proxy_authorization_basic_b64_pair", "proto", "Proxy-Authorization: Basic b64(user:SECRET) (span is the Base64)", "CONNECT api.crumbandcrust.example:443 HTTP/1.1\nHost: api.crumbandcrust.example:443\nProxy-Authorization: Basic §\n\n"),
    ("ldap_bindrequest_simple_auth_decode", "proto", "LDAP bindRequest, authentication: simple: SECRET", "Lightweight Directory Access Protocol\n  LDAPMessage bindRequest(1) \"uid={U},ou=staff,dc=crumbandcrust,dc=example\" simple\n    bindRequest\n      version: 3\n      name: uid={U},ou=staff,dc=crumbandcrust,dc=example\n      authentication: simple (0)\n        simple: §\n"),
    ("freeswitch_esl_auth_command", "proto", "FreeSWITCH ESL: auth SECRET", "Content-Type: auth/request\n\nauth §\n\nContent-Type: command/reply\nReply-Text: +OK accepted\n"),
    ("source_rcon_serverdata_auth_body", "proto", "RCON packet type 3 (SERVERDATA_AUTH) body SECRET", "RCON -> id=7 type=3 (SERVERDATA_AUTH) body=\"§\"\nRCON <- id=7 type=2 (AUTH_RESPONSE)\n"),
    ("tor_control_authenticate_quoted", "proto", "Tor control port: AUTHENTICATE \"SECRET\"", "C: AUTHENTICATE \"§\"\nS: 250 OK\nC: GETINFO version\n"),
    ("asterisk_ami_login_secret_header", "proto", "Asterisk AMI: Action: Login / Username: u / Secret: SECRET", "Action: Login\nUsername: {U}\nSecret: §\n\nResponse: Success\nMessage: Authentication accepted\n"),
    # ---- sql
    ("mysql_create_user_identified_by", "sql", "CREATE USER 'u'@'%' IDENTIFIED BY 'SECRET'", "mysql> CREATE USER '{U}'@'%' IDENTIFIED BY '§';\nQuery OK, 0 rows affected (0.02 sec)\n"),
    ("oracle_create_database_link_identified_by", "sql", "CREATE DATABASE LINK l CONNECT TO u IDENTIFIED BY \"SECRET\" USING 'tns'", "SQL> CREATE DATABASE LINK wholesale CONNECT TO {U} IDENTIFIED BY \"§\" USING 'WHOLESALE';\n\nDatabase link created.\n"),
    ("mysql_aes_encrypt_second_literal", "sql", "AES_ENCRYPT(col, 'SECRET')", "mysql> UPDATE customers SET notes_enc = AES_ENCRYPT(notes, '§');\n"),
    ("redis_console_auth_user_then_secret", "sql", "redis> AUTH user SECRET", "{H}:6379> AUTH {U} §\nOK\n"),
    ("redis_acl_setuser_greater_than_prefix", "sql", "ACL SETUSER user on >SECRET ~keys +@cat", "127.0.0.1:6379> ACL SETUSER {U} on >§ ~orders:* +@read\nOK\n"),
]
SET_ASIDE = [
    ("unzip_capital_p_extract_flag", "same -P flag as an earlier zip form"),
    ("git_config_extraheader_basic_b64", "same Basic-Base64 idea as the kept Proxy-Authorization form"),
    ("docker_secret_create_dash_stdin", "same idea as the kept podman secret create"),
    ("prosodyctl_register_third_positional", "same register user host secret idea as an earlier ejabberdctl form"),
    ("hdiutil_attach_stdinpass_pipe", "the flag says pass"),
    ("haproxy_userlist_insecure_password", "the keyword says password"),
    ("socks5_rfc1929_subnegotiation_decode", "decoders label the field as a password"),
    ("wtype_single_argument", "same idea as the kept xdotool type"),
    ("gcloud_secrets_versions_add_data_file_dash", "used as a vendor container style instead"),
]


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for syn, where, short, tmpl in SYNTAXES:
        U = rng.choice(USERS)
        H = rng.choice(HOSTS)
        pw = reg.draw(lambda: C.owner_password(rng, "-_."))
        if syn == "http_proxy_authorization_basic_b64_pair":
            value = base64.b64encode((U + ":" + pw).encode()).decode()
            reg.add(value)
            hidden = pw
        else:
            value = pw
            hidden = None
        t = tmpl.replace("{U}", U).replace("{H}", H).replace("{L}", str(len(pw))).replace("§", C.MARK)
        text, s, e = C.place(t, value)
        typ = PFX + syn
        rec = {"type": typ, "container": typ + "__" + SUFFIX[where], "text": text,
               "secrets": [{"value": value, "start": s, "end": e, "type": typ}], "source": "password"}
        if hidden:
            rec["_hidden"] = hidden
        recs.append(rec)
    return recs
