"""Password source: ways a password is passed WITHOUT a telling password= key (positional syntaxes)."""
import base64
import random

from common241 import fill, password

SEED = 24103
PFX = "chzpw_"
WHERE = {"cli": "creamery_shell_capture", "lib": "vat_room_source_file", "file": "farm_config_file",
         "stdin": "gateway_stdin_pipe", "gui": "ui_automation_script", "proto": "protocol_trace",
         "sql": "erp_sql_console"}
USERS = ["fromager", "vatops", "caveops", "milkrec", "tankpoll", "shopsync", "labimport", "parlour",
         "erpbatch", "scalesync", "herdapp", "brinecheck"]
HOSTS = ["vat-hmi.alpine-creamery.example", "mqtt.greenmeadow-dairy.example", "cave2.cavehouse-cheese.example",
         "erp.alpine-creamery.example", "10.40.2.17", "192.168.88.20", "db.hillside-farmshop.example",
         "files.alpine-creamery.example", "lab.greenmeadow-dairy.example"]

# (syntax, where, description, template); {V} value, {U} user, {H} host. '@b64:<fmt>' marks Base64-wrapped values.
S = [
    # ---------------- cli ----------------
    ("redis_cli_lower_a_flag", "cli", "redis-cli -h host -a SECRET", "$ redis-cli -h {H} -p 6379 -a {V} --no-auth-warning INFO keyspace\n# Keyspace\ndb0:keys=412,expires=12\n"),
    ("cqlsh_lower_p_after_lower_u", "cli", "cqlsh host -u user -p SECRET", "$ cqlsh {H} 9042 -u {U} -p {V} -e \"SELECT count(*) FROM telemetry.cave_readings;\"\n"),
    ("mosquitto_pub_capital_p_after_lower_u", "cli", "mosquitto_pub -u user -P SECRET", "$ mosquitto_pub -h {H} -t farm/tank1/level -m 3120 -u {U} -P {V}\n"),
    ("mosquitto_passwd_lower_b_fourth_positional", "cli", "mosquitto_passwd -b file user SECRET", "$ sudo mosquitto_passwd -b /etc/mosquitto/passwd {U} {V}\n$ sudo systemctl reload mosquitto\n"),
    ("rdesktop_lower_p_after_lower_u", "cli", "rdesktop -u user -p SECRET host", "$ rdesktop -g 1600x900 -u {U} -p {V} {H}\n"),
    ("xfreerdp_slash_p_colon", "cli", "xfreerdp /u:user /p:SECRET /v:host", "$ xfreerdp /v:{H} /u:{U} /p:{V} /cert:ignore /dynamic-resolution\n"),
    ("curl_lower_u_user_colon_pair", "cli", "curl -u user:SECRET", "$ curl -s -u {U}:{V} https://{H}/api/v2/vats/3/state\n{\"state\":\"cutting\",\"temp\":33.1}\n"),
    ("lftp_lower_u_user_comma_pair", "cli", "lftp -u user,SECRET host", "$ lftp -u {U},{V} sftp://{H} -e 'mirror --reverse exports/ /incoming/; bye'\n"),
    ("skopeo_copy_src_creds_colon_pair", "cli", "skopeo copy --src-creds user:SECRET", "$ skopeo copy --src-creds {U}:{V} docker://registry.alpine-creamery.example/vat-bridge:1.4 oci-archive:vat-bridge.tar\n"),
    ("htpasswd_lower_b_third_positional", "cli", "htpasswd -b file user SECRET", "$ sudo htpasswd -b /etc/nginx/.cave_users {U} {V}\nUpdating password for user {U}\n"),
    ("zip_capital_p_flag", "cli", "zip -P SECRET archive files", "$ zip -r -P {V} lab_results_q2.zip lab_results/\n  adding: lab_results/ (stored 0%)\n"),
    ("sevenzip_glued_lower_p", "cli", "7z a -pSECRET archive (value glued to -p)", "$ 7z a -mhe=on -p{V} herd_export.7z herd_export/\n"),
    ("mutool_clean_lower_p_flag", "cli", "mutool clean -p SECRET in.pdf out.pdf", "$ mutool clean -d -p {V} pdo_certificate.pdf pdo_certificate_open.pdf\n"),
    ("wpa_passphrase_second_positional", "cli", "wpa_passphrase SSID SECRET", "$ wpa_passphrase CaveSensors {V} | sudo tee -a /etc/wpa_supplicant/wpa_supplicant.conf\n"),
    ("windows_net_user_add_second_positional", "cli", "net user NAME SECRET /add", "C:\\> net user {U} {V} /add /comment:\"scale sync service\"\nThe command completed successfully.\n"),
    ("schtasks_slash_rp_after_slash_ru", "cli", "schtasks /create ... /ru user /rp SECRET", "C:\\> schtasks /create /tn \"PLU push\" /tr C:\\scale\\push.cmd /sc daily /st 05:30 /ru {U} /rp {V}\n"),
    ("sqlplus_user_slash_secret_at_tns", "cli", "sqlplus user/SECRET@tns", "$ sqlplus -s {U}/{V}@ERPPROD @month_end_yield.sql\n"),
    ("bcp_capital_p_after_capital_u", "cli", "bcp table out file -S host -U user -P SECRET", "C:\\> bcp Creamery.dbo.MilkIntake out intake.dat -S {H} -U {U} -P {V} -c\n"),
    ("hdbsql_lower_p_after_lower_u", "cli", "hdbsql -n host -u user -p SECRET (SAP HANA)", "$ hdbsql -n {H}:30015 -u {U} -p {V} \"SELECT COUNT(*) FROM MILK_RECEIPTS\"\n"),
    ("sapcontrol_user_flag_second_value", "cli", "sapcontrol -nr 00 -user adm SECRET -function", "$ sapcontrol -nr 00 -host {H} -user {U} {V} -function GetProcessList\n"),
    ("racadm_lower_p_after_lower_u", "cli", "racadm -r host -u root -p SECRET", "$ racadm -r {H} -u {U} -p {V} serveraction powerstatus\nServer power status: ON\n"),
    ("snmpget_v3_capital_a_auth_key", "cli", "snmpget -v3 -l authNoPriv -u user -a SHA -A SECRET", "$ snmpget -v3 -l authNoPriv -u {U} -a SHA -A {V} {H} 1.3.6.1.2.1.1.3.0\n"),
    ("rabbitmqctl_add_user_second_positional", "cli", "rabbitmqctl add_user user SECRET", "$ sudo rabbitmqctl add_user {U} {V}\nAdding user \"{U}\" ...\n"),
    ("influx_user_create_lower_p_after_lower_n", "cli", "influx user create -n user -p SECRET", "$ influx user create -n {U} -p {V} -o greenmeadow\n"),
    ("etcdctl_user_flag_colon_pair", "cli", "etcdctl --user user:SECRET get key", "$ etcdctl --endpoints=https://{H}:2379 --user {U}:{V} get /creamery/vat3/recipe\n"),
    ("zkcli_addauth_digest_colon_pair", "cli", "zkCli addauth digest user:SECRET", "[zk: {H}:2181(CONNECTED) 0] addauth digest {U}:{V}\n[zk: {H}:2181(CONNECTED) 1] ls /creamery\n"),
    ("emqx_ctl_admins_add_third_positional", "cli", "emqx ctl admins add user SECRET", "$ docker exec emqx emqx ctl admins add {U} {V} \"farm gateway admin\"\n"),
    ("restic_rest_repository_url_userinfo", "cli", "restic -r rest:https://user:SECRET@host/repo", "$ restic -r rest:https://{U}:{V}@{H}:8000/cave-logs/ snapshots\n"),
    ("macos_security_add_generic_lower_w_flag", "cli", "security add-generic-password -a acct -s svc -w SECRET", "$ security add-generic-password -a {U} -s cave-controller -w {V} -U\n"),
    # ---------------- stdin ----------------
    ("sudo_capital_s_stdin_pipe", "stdin", "echo SECRET | sudo -S command", "$ echo {V} | sudo -S systemctl restart vat-bridge\n[sudo] password for {U}: \n"),
    ("docker_secret_create_dash_stdin", "stdin", "printf SECRET | docker secret create name -", "$ printf '{V}' | docker secret create cave_mqtt_cred -\nk3x9q0vdq5m2a7c1\n"),
    ("wrangler_secret_put_stdin_pipe", "stdin", "echo SECRET | wrangler secret put NAME", "$ echo {V} | npx wrangler secret put SHOP_ADMIN_CRED\n✨ Success! Uploaded secret SHOP_ADMIN_CRED\n"),
    ("python_keyring_cli_set_stdin", "stdin", "echo SECRET | keyring set service user", "$ echo {V} | keyring set cave-controller {U}\n"),
    ("cryptsetup_key_file_dash_stdin", "stdin", "printf SECRET | cryptsetup open --key-file=- dev name", "# printf '%s' {V} | cryptsetup open --key-file=- /dev/sdb1 lab_archive\n"),
    ("kubectl_from_file_dev_stdin", "stdin", "printf SECRET | kubectl create secret generic x --from-file=cred=/dev/stdin", "$ printf '{V}' | kubectl -n erp create secret generic erp-db --from-file=cred=/dev/stdin\n"),
    ("systemd_creds_encrypt_dash_stdin", "stdin", "printf SECRET | systemd-creds encrypt --name=x - out", "# printf '{V}' | systemd-creds encrypt --name=mqtt - /etc/credstore.encrypted/mqtt.cred\n"),
    ("ansible_vault_encrypt_string_stdin", "stdin", "printf SECRET | ansible-vault encrypt_string --stdin-name name", "$ printf '{V}' | ansible-vault encrypt_string --vault-id prod@prompt --stdin-name cave_mqtt_cred\n"),
    # ---------------- lib ----------------
    ("python_pymssql_connect_third_positional", "lib", "pymssql.connect(server, user, SECRET, database)", "import pymssql\nconn = pymssql.connect(\"{H}\", \"{U}\", \"{V}\", \"Creamery\")\n"),
    ("python_oracledb_connect_second_positional", "lib", "oracledb.connect(user, SECRET, dsn)", "import oracledb\nconn = oracledb.connect(\"{U}\", \"{V}\", \"{H}/ERPPROD\")\n"),
    ("python_ftplib_ftp_ctor_third", "lib", "ftplib.FTP(host, user, SECRET)", "from ftplib import FTP\nwith FTP(\"{H}\", \"{U}\", \"{V}\") as ftp:\n    ftp.storbinary(\"STOR intake.csv\", open(\"intake.csv\", \"rb\"))\n"),
    ("python_smtplib_login_second", "lib", "smtplib.SMTP(...).login(user, SECRET)", "import smtplib\ns = smtplib.SMTP(\"{H}\", 587)\ns.starttls()\ns.login(\"{U}\", \"{V}\")\n"),
    ("python_imaplib_login_second", "lib", "imaplib.IMAP4_SSL(host).login(user, SECRET)", "import imaplib\nm = imaplib.IMAP4_SSL(\"{H}\")\nm.login(\"{U}\", \"{V}\")\nm.select(\"INBOX/lab-results\")\n"),
    ("python_opcua_client_url_userinfo", "lib", "opcua.Client(\"opc.tcp://user:SECRET@host:4840\")", "from opcua import Client\nclient = Client(\"opc.tcp://{U}:{V}@{H}:4840/freeopcua/server/\")\nclient.connect()\n"),
    ("python_redis_ctor_fourth_positional", "lib", "redis.Redis(host, port, db, SECRET)", "import redis\nr = redis.Redis(\"{H}\", 6379, 2, \"{V}\")\nr.set(\"vat3:state\", \"cutting\")\n"),
    ("python_pika_plaincredentials_second", "lib", "pika.PlainCredentials(user, SECRET)", "import pika\ncreds = pika.PlainCredentials(\"{U}\", \"{V}\")\nparams = pika.ConnectionParameters(\"{H}\", credentials=creds)\n"),
    ("python_ldap3_connection_third_positional", "lib", "ldap3.Connection(server, user, SECRET)", "from ldap3 import Server, Connection\nconn = Connection(Server(\"{H}\"), \"uid={U},ou=staff,dc=creamery\", \"{V}\", auto_bind=True)\n"),
    ("python_pikepdf_open_second_positional", "lib", "pikepdf.open(path, SECRET)", "import pikepdf\nwith pikepdf.open(\"haccp_audit.pdf\", \"{V}\") as pdf:\n    pdf.save(\"haccp_audit_open.pdf\")\n"),
    ("python_pyminizip_compress_fourth", "lib", "pyminizip.compress(src, prefix, dst, SECRET, level)", "import pyminizip\npyminizip.compress(\"herd.csv\", None, \"herd.zip\", \"{V}\", 5)\n"),
    ("python_pyjwt_encode_second_positional", "lib", "jwt.encode(payload, SECRET, algorithm)", "import jwt\ntoken = jwt.encode({\"vat\": 3}, \"{V}\", algorithm=\"HS256\")\n"),
    ("python_bcrypt_hashpw_first_bytes", "lib", "bcrypt.hashpw(b\"SECRET\", salt)", "import bcrypt\nh = bcrypt.hashpw(b\"{V}\", bcrypt.gensalt())\n"),
    ("node_jsonwebtoken_sign_second_positional", "lib", "jwt.sign(payload, SECRET)", "const jwt = require('jsonwebtoken');\nconst t = jwt.sign({ tank: 1 }, '{V}', { expiresIn: '1h' });\n"),
    ("node_mqtt_connect_url_userinfo", "lib", "mqtt.connect('mqtt://user:SECRET@host')", "const mqtt = require('mqtt');\nconst client = mqtt.connect('mqtt://{U}:{V}@{H}:1883');\n"),
    ("java_drivermanager_getconnection_third", "lib", "DriverManager.getConnection(url, user, SECRET)", "Connection c = DriverManager.getConnection(\n    \"jdbc:postgresql://{H}:5432/erp\", \"{U}\", \"{V}\");\n"),
    ("java_auth0_algorithm_hmac256_single", "lib", "Algorithm.HMAC256(SECRET)", "String token = JWT.create().withIssuer(\"vat-hmi\")\n    .sign(Algorithm.HMAC256(\"{V}\"));\n"),
    ("java_keystore_load_second_chararray", "lib", "KeyStore.load(in, SECRET.toCharArray())", "KeyStore ks = KeyStore.getInstance(\"PKCS12\");\nks.load(new FileInputStream(\"opcua-client.p12\"), \"{V}\".toCharArray());\n"),
    ("java_commons_net_ftpclient_login_second", "lib", "FTPClient.login(user, SECRET)", "FTPClient ftp = new FTPClient();\nftp.connect(\"{H}\");\nftp.login(\"{U}\", \"{V}\");\n"),
    ("java_javamail_transport_connect_third", "lib", "transport.connect(host, user, SECRET)", "Transport t = session.getTransport(\"smtp\");\nt.connect(\"{H}\", \"{U}\", \"{V}\");\n"),
    ("java_spring_basicauthinterceptor_second", "lib", "new BasicAuthenticationInterceptor(user, SECRET)", "restTemplate.getInterceptors().add(\n    new BasicAuthenticationInterceptor(\"{U}\", \"{V}\"));\n"),
    ("kotlin_okhttp_credentials_basic_second", "lib", "Credentials.basic(user, SECRET)", "val auth = Credentials.basic(\"{U}\", \"{V}\")\nval req = Request.Builder().url(\"https://{H}/api/tanks\").header(\"Authorization\", auth).build()\n"),
    ("csharp_networkcredential_second", "lib", "new NetworkCredential(user, SECRET)", "var client = new SmtpClient(\"{H}\", 587) {\n    Credentials = new NetworkCredential(\"{U}\", \"{V}\")\n};\n"),
    ("csharp_mqttnet_withcredentials_second", "lib", "MqttClientOptionsBuilder().WithCredentials(user, SECRET)", "var options = new MqttClientOptionsBuilder()\n    .WithTcpServer(\"{H}\")\n    .WithCredentials(\"{U}\", \"{V}\")\n    .Build();\n"),
    ("csharp_x509certificate2_ctor_second", "lib", "new X509Certificate2(path, SECRET)", "var cert = new X509Certificate2(\"scale-sync.pfx\", \"{V}\");\n"),
    ("go_sql_open_mysql_dsn_colon_at", "lib", "sql.Open(\"mysql\", \"user:SECRET@tcp(host)/db\")", "db, err := sql.Open(\"mysql\", \"{U}:{V}@tcp({H}:3306)/farmshop\")\n"),
    ("go_jwt_signedstring_byteslice", "lib", "token.SignedString([]byte(SECRET))", "s, err := token.SignedString([]byte(\"{V}\"))\n"),
    ("ruby_net_smtp_start_fifth", "lib", "Net::SMTP.start(addr, port, helo, user, SECRET, :plain)", "Net::SMTP.start(\"{H}\", 587, \"alpine-creamery.example\", \"{U}\", \"{V}\", :plain) do |smtp|\n  smtp.send_message(msg, from, to)\nend\n"),
    ("ruby_jwt_encode_second", "lib", "JWT.encode(payload, SECRET, 'HS256')", "token = JWT.encode({ wheel: 4411 }, \"{V}\", \"HS256\")\n"),
    ("php_pdo_ctor_third", "lib", "new PDO($dsn, $user, SECRET)", "<?php\n$pdo = new PDO('mysql:host={H};dbname=farmshop', '{U}', '{V}');\n"),
    ("php_mysqli_connect_third", "lib", "mysqli_connect(host, user, SECRET, db)", "<?php\n$link = mysqli_connect('{H}', '{U}', '{V}', 'farmshop');\n"),
    ("php_ftp_login_third", "lib", "ftp_login($conn, user, SECRET)", "<?php\n$conn = ftp_connect('{H}');\nftp_login($conn, '{U}', '{V}');\n"),
    ("php_imap_open_third", "lib", "imap_open(mailbox, user, SECRET)", "<?php\n$mbox = imap_open('{imap.alpine-creamery.example:993/imap/ssl}INBOX', '{U}', '{V}');\n"),
    ("perl_dbi_connect_third", "lib", "DBI->connect($dsn, $user, SECRET)", "my $dbh = DBI->connect(\"dbi:Pg:dbname=erp;host={H}\", \"{U}\", \"{V}\", { RaiseError => 1 });\n"),
    ("perl_net_smtp_auth_second", "lib", "$smtp->auth(user, SECRET)", "my $smtp = Net::SMTP->new('{H}', Port => 587);\n$smtp->auth('{U}', '{V}');\n"),
    ("rust_jsonwebtoken_encodingkey_from_secret", "lib", "EncodingKey::from_secret(b\"SECRET\")", "let key = EncodingKey::from_secret(b\"{V}\");\n"),
    ("rust_rumqttc_set_credentials_second", "lib", "MqttOptions::set_credentials(user, SECRET)", "let mut opts = MqttOptions::new(\"tank-1\", \"{H}\", 1883);\nopts.set_credentials(\"{U}\", \"{V}\");\n"),
    ("lua_nodemcu_mqtt_client_fourth", "lib", "mqtt.Client(clientid, keepalive, user, SECRET)", "m = mqtt.Client(\"tank1\", 120, \"{U}\", \"{V}\")\nm:connect(\"{H}\", 1883, false)\n"),
    ("arduino_wifi_begin_second", "lib", "WiFi.begin(ssid, SECRET)", "void setup() {\n  WiFi.begin(\"CaveSensors\", \"{V}\");\n}\n"),
    ("arduino_pubsubclient_connect_third", "lib", "client.connect(id, user, SECRET)", "if (mqtt.connect(\"cave-2\", \"{U}\", \"{V}\")) {\n  mqtt.subscribe(\"cave/2/cmd\");\n}\n"),
    ("arduino_webserver_authenticate_second", "lib", "server.authenticate(user, SECRET)", "if (!server.authenticate(\"{U}\", \"{V}\")) {\n  return server.requestAuthentication();\n}\n"),
    ("c_mysql_real_connect_fourth", "lib", "mysql_real_connect(conn, host, user, SECRET, db, ...)", "if (!mysql_real_connect(conn, \"{H}\", \"{U}\", \"{V}\", \"farmshop\", 0, NULL, 0)) {\n    fprintf(stderr, \"%s\\n\", mysql_error(conn));\n}\n"),
    ("dart_mqtt_authenticateas_second", "lib", "MqttConnectMessage().authenticateAs(user, SECRET)", "final msg = MqttConnectMessage()\n    .withClientIdentifier('herdapp')\n    .authenticateAs('{U}', '{V}');\n"),
    ("powershell_convertto_securestring_first", "lib", "ConvertTo-SecureString 'SECRET' -AsPlainText -Force", "$sec = ConvertTo-SecureString '{V}' -AsPlainText -Force\n$cred = New-Object PSCredential ('{U}', $sec)\n"),
    ("vba_workbooks_open_fifth_positional", "lib", "Workbooks.Open(path, , , , SECRET)", "Set wb = Workbooks.Open(\"\\\\files\\lab\\milk_quality.xlsx\", , True, , \"{V}\")\n"),
    ("vba_worksheet_protect_first", "lib", "ActiveSheet.Protect \"SECRET\"", "Sub LockMakeSheet()\n    ActiveSheet.Protect \"{V}\", DrawingObjects:=True\nEnd Sub\n"),
    # ---------------- gui ----------------
    ("cypress_get_type_single", "gui", "cy.get('#f2').type(SECRET)", "cy.get('#f1').type('{U}')\ncy.get('#f2').type('{V}')\ncy.get('button[type=submit]').click()\n"),
    ("puppeteer_page_type_second", "gui", "page.type('#f2', SECRET)", "await page.type('#f1', '{U}');\nawait page.type('#f2', '{V}');\nawait page.click('#go');\n"),
    ("uiautomator2_set_text_single", "gui", "d(resourceId='...f2').set_text(SECRET)", "d(resourceId=\"com.herdbook:id/f1\").set_text(\"{U}\")\nd(resourceId=\"com.herdbook:id/f2\").set_text(\"{V}\")\n"),
    ("pywinauto_type_keys_single", "gui", "window.Edit2.type_keys(SECRET)", "dlg = app.window(title=\"Scale Manager\")\ndlg.Edit1.type_keys(\"{U}\")\ndlg.Edit2.type_keys(\"{V}\")\n"),
    ("robotjs_typestring_single", "gui", "robot.typeString(SECRET)", "robot.typeString('{U}');\nrobot.keyTap('tab');\nrobot.typeString('{V}');\n"),
    ("autohotkey_sendraw_single", "gui", "SendRaw SECRET", "WinActivate, Cave Controller\nSend, {U}{Tab}\nSendRaw {V}\nSend, {Enter}\n"),
    ("pynput_controller_type_single", "gui", "Controller().type(SECRET)", "from pynput.keyboard import Controller\nkb = Controller()\nkb.type(\"{V}\")\n"),
    # ---------------- file ----------------
    ("nut_upsmon_monitor_fifth_field", "file", "upsmon.conf MONITOR ups@host 1 user SECRET primary", "# /etc/nut/upsmon.conf\nMONITOR vatroom@localhost 1 {U} {V} primary\nSHUTDOWNCMD \"/sbin/shutdown -h +0\"\n"),
    ("rsyncd_secrets_file_colon_pair", "file", "rsyncd.secrets user:SECRET", "# /etc/rsyncd.secrets (chmod 600)\n{U}:{V}\n"),
    ("strongswan_ipsec_secrets_psk_quoted", "file", "ipsec.secrets : PSK \"SECRET\"", "# /etc/ipsec.secrets\n{H} 203.0.113.40 : PSK \"{V}\"\n"),
    ("davfs2_secrets_third_column", "file", "/etc/davfs2/secrets: url user SECRET", "# /etc/davfs2/secrets\nhttps://{H}/remote.php/dav/files/{U} {U} {V}\n"),
    ("postfix_sasl_passwd_user_colon", "file", "postfix sasl_passwd [host]:587 user:SECRET", "# /etc/postfix/sasl_passwd\n[{H}]:587 {U}:{V}\n"),
    ("dovecot_passwd_file_plain_scheme", "file", "dovecot passwd-file user:{PLAIN}SECRET", "# /etc/dovecot/users\n{U}:{PLAIN}{V}:5000:5000::/var/mail/{U}\n"),
    ("stunnel_psksecrets_colon_pair", "file", "stunnel PSKsecrets identity:SECRET", "# /etc/stunnel/psk.txt\nscale-01:{V}\n"),
    ("cisco_tacacs_server_key_type_zero", "file", "IOS tacacs-server key 0 SECRET", "!\ntacacs-server host 10.40.0.5\ntacacs-server key 0 {V}\n!\n"),
    ("npmrc_underscore_auth_b64_pair", "file", "~/.npmrc _auth = Base64(user:SECRET) (span: the whole Base64 token)", "@b64:user_colon\n# ~/.npmrc\nregistry=https://npm.alpine-creamery.example/\n_auth={V}\nalways-auth=true\n"),
    ("vat_room_operator_roster_csv_third_column", "file", "vat-room operator roster CSV: name,badge,CODE,shift (invented)", "name,badge,code,shift\n{U},B-0{N},{V},early\n"),
    ("cave_door_keypad_codes_tsv_second", "file", "cave-door keypad file: door<TAB>CODE<TAB>valid_until (invented)", "door\tcode\tvalid_until\ncave2\t{V}\t2024-12-31\n"),
    ("milk_tanker_driver_pins_pipe_fourth", "file", "tanker-driver PIN file: route|truck|driver|PIN (invented)", "route|truck|driver|pin\nR7|TK-14|{U}|{V}\n"),
    ("counter_scale_users_fixed_width_columns", "file", "counter-scale user table, fixed width: cols 1-12 user, 13-14 level, 15-40 secret (invented)", "USER        LVSECRET\n{U12}05{V}\n"),
    # ---------------- proto ----------------
    ("redis_resp_auth_array_third_bulk", "proto", "RESP: *3 $4 AUTH $n user $n SECRET", "*3\r\n$4\r\nAUTH\r\n${UL}\r\n{U}\r\n${VL}\r\n{V}\r\n+OK\r\n"),
    ("redis_acl_setuser_greater_than_prefix", "proto", "ACL SETUSER user on >SECRET ~* +@all", "127.0.0.1:6379> ACL SETUSER {U} on >{V} ~vat:* +@read +@write\nOK\n"),
    ("ldap_bind_request_simple_field", "proto", "Wireshark LDAP bindRequest line: simple: SECRET", "LDAP 148 bindRequest(1) \"uid={U},ou=staff,dc=creamery\" simple\n    authentication: simple (0)\n        simple: {V}\n"),
    ("sql_identified_by_create_user", "sql", "CREATE USER u IDENTIFIED BY 'SECRET'", "mysql> CREATE USER '{U}'@'10.40.%' IDENTIFIED BY '{V}';\nQuery OK, 0 rows affected (0.01 sec)\n"),
    ("oracle_create_database_link_identified_by", "sql", "CREATE DATABASE LINK l CONNECT TO u IDENTIFIED BY SECRET USING 'tns'", "SQL> CREATE DATABASE LINK labdb CONNECT TO {U} IDENTIFIED BY {V} USING 'LABPROD';\nDatabase link created.\n"),
    ("mysql_aes_encrypt_second_literal", "sql", "AES_ENCRYPT(col, 'SECRET')", "mysql> UPDATE suppliers SET iban_enc = AES_ENCRYPT(iban, '{V}') WHERE id = 7;\n"),
    ("sqlcipher_attach_key_clause", "sql", "ATTACH DATABASE 'f' AS x KEY 'SECRET'", "sqlite> ATTACH DATABASE 'herd_encrypted.db' AS herd KEY '{V}';\n"),
]


def b64_user_colon(user, pw):
    return base64.b64encode((user + ":" + pw).encode()).decode()


def build(reg):
    rng = random.Random(SEED)
    recs = []
    hidden = []
    for syn, where, desc, tpl in S:
        u = rng.choice(USERS)
        h = rng.choice(HOSTS)
        pw = reg.draw(password, rng, True)
        hid = None
        if tpl.startswith("@b64:"):
            tpl = tpl.split("\n", 1)[1]
            val = b64_user_colon(u, pw)
            reg.add(val)
            hid = pw
            hidden.append(pw)
        else:
            val = pw
        t = PFX + syn
        text, start = fill(tpl, val, U=u, H=h, U12=u.ljust(12), N=str(rng.randint(1, 9)),
                           UL=str(len(u)), VL=str(len(val)))
        rec = {"type": t, "container": WHERE[where] + "__" + syn, "text": text,
               "secrets": [{"value": val, "start": start, "end": start + len(val), "type": t}],
               "source": "password"}
        if hid:
            rec["_hidden"] = hid
        recs.append(rec)
    return recs
