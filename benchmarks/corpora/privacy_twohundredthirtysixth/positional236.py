"""Password source: positional syntaxes (no telling password= key before the value)."""
import base64
import random

import common236 as C

# (syntax, where, template, short description). {V} = the value, {U} user, {H} host, {IP} address.
# B64 marks a syntax whose span is a Base64 token that hides the password (kind given in the 5th field).
SYNTAXES = [
    # ---- cli
    ("mysqldump_glued_lower_p_no_space", "cli", "$ mysqldump -h {H} -u {U} -p{V} brewlog > /backup/brewlog.sql\n", "mysqldump -u user -pSECRET db (value glued to -p)"),
    ("smbclient_capital_u_percent_pair", "cli", "$ smbclient //{H}/recipes -U {U}%{V} -c 'ls'\n", "smbclient //host/share -U user%SECRET"),
    ("sshpass_lower_p_before_ssh", "cli", "$ sshpass -p '{V}' ssh {U}@{H} 'systemctl restart brewlog'\n", "sshpass -p SECRET ssh user@host"),
    ("mongosh_srv_uri_userinfo", "cli", "$ mongosh \"mongodb+srv://{U}:{V}@cellar.x7k2p.mongodb.net/tanks\"\n", "mongosh mongodb+srv://user:SECRET@cluster/db"),
    ("unixodbc_isql_dsn_user_then_secret", "cli", "$ isql -v BREWHOUSE_DSN {U} {V}\n+---------------------------------------+\n| Connected!                            |\n", "isql DSN user SECRET (third positional)"),
    ("sqlcmd_capital_p_after_capital_u", "cli", "> sqlcmd -S {H},1433 -U {U} -P {V} -Q \"SELECT COUNT(*) FROM dbo.Kegs\"\n", "sqlcmd -S host -U user -P SECRET"),
    ("cypher_shell_lower_p_after_lower_u", "cli", "$ cypher-shell -a neo4j://{H}:7687 -u {U} -p {V} 'MATCH (b:Beer) RETURN count(b);'\n", "cypher-shell -u user -p SECRET"),
    ("rabbitmqadmin_lower_p_after_lower_u", "cli", "$ rabbitmqadmin -H {H} -u {U} -p {V} list queues\n", "rabbitmqadmin -u user -p SECRET list queues"),
    ("vertica_vsql_lower_w_after_capital_u", "cli", "$ vsql -h {H} -U {U} -w {V} -c 'select 1'\n", "vsql -U user -w SECRET"),
    ("hive_beeline_lower_p_after_lower_n", "cli", "$ beeline -u jdbc:hive2://{H}:10000/sales -n {U} -p {V} -e 'show tables'\n", "beeline -u url -n user -p SECRET"),
    ("percona_dsn_p_part", "cli", "$ pt-table-checksum h={H},u={U},p={V} --databases brewlog\n", "pt-table-checksum h=host,u=user,p=SECRET (Percona DSN)"),
    ("pgloader_source_url_userinfo", "cli", "$ pgloader mysql://{U}:{V}@{H}/shop postgresql:///shop\n", "pgloader mysql://user:SECRET@host/db target"),
    ("winrs_colon_p_switch", "cli", "C:\\> winrs -r:{H} -u:BREWERY\\{U} -p:{V} hostname\n", "winrs -r:host -u:user -p:SECRET cmd"),
    ("ldapsearch_lower_w_after_capital_d", "cli", "$ ldapsearch -x -H ldap://{H} -D \"cn={U},dc=brewery,dc=example\" -w {V} -b dc=brewery,dc=example '(uid=*)'\n", "ldapsearch -D dn -w SECRET"),
    ("impacket_target_user_colon_at", "cli", "$ impacket-smbclient 'BREWERY/{U}:{V}@{H}'\n", "impacket tool domain/user:SECRET@host"),
    ("ffmpeg_rtsp_url_userinfo", "cli", "$ ffmpeg -rtsp_transport tcp -i rtsp://{U}:{V}@{IP}:554/stream1 -frames:v 1 cellar.jpg\n", "ffmpeg -i rtsp://user:SECRET@cam/stream"),
    ("git_remote_set_url_https_userinfo", "cli", "$ git remote set-url origin https://{U}:{V}@git.northdock-brewery.example/brewlog.git\n", "git remote set-url origin https://user:SECRET@host/repo.git"),
    ("minio_mc_alias_set_fourth_positional", "cli", "$ mc alias set cellarlogs https://{H} {U} {V}\nAdded `cellarlogs` successfully.\n", "mc alias set name url ACCESSKEY SECRET"),
    ("http_proxy_env_url_userinfo", "cli", "$ export https_proxy=http://{U}:{V}@proxy.brewery.example:3128\n$ apt-get update\n", "https_proxy=http://user:SECRET@proxy:3128"),
    ("ssh_keygen_capital_n_new_phrase", "cli", "$ ssh-keygen -t ed25519 -N '{V}' -C deploy@brewlog -f ~/.ssh/brewlog_deploy\n", "ssh-keygen -N SECRET -f key (new key phrase)"),
    ("openssl_enc_lower_k_flag", "cli", "$ openssl enc -aes-256-cbc -pbkdf2 -salt -k '{V}' -in recipes.tar -out recipes.tar.enc\n", "openssl enc -k SECRET -in f -out f.enc"),
    ("composer_config_http_basic_third_positional", "cli", "$ composer config http-basic.repo.brewery.example {U} {V}\n", "composer config http-basic.host user SECRET"),
    ("netlify_env_set_second_positional", "cli", "$ netlify env:set TAPLIST_DB_AUTH {V} --context production\n", "netlify env:set NAME SECRET"),
    ("aws_ssm_put_parameter_securestring_value", "cli", "$ aws ssm put-parameter --name /brewlog/db/auth --type SecureString --value '{V}' --overwrite\n", "aws ssm put-parameter --type SecureString --value SECRET"),
    ("az_keyvault_secret_set_value_flag", "cli", "$ az keyvault secret set --vault-name northdock-kv --name till-db-auth --value '{V}'\n", "az keyvault secret set --name n --value SECRET"),
    ("nmcli_wifi_sec_psk_property", "cli", "$ nmcli con modify TaproomGuest wifi-sec.key-mgmt wpa-psk wifi-sec.psk '{V}'\n", "nmcli con modify c wifi-sec.psk SECRET"),
    ("snmpwalk_v2c_lower_c_community", "cli", "$ snmpwalk -v2c -c {V} {IP} 1.3.6.1.2.1.1\n", "snmpwalk -v2c -c COMMUNITY host"),
    ("mitmproxy_proxyauth_user_colon", "cli", "$ mitmdump --listen-port 8081 --proxyauth {U}:{V}\n", "mitmdump --proxyauth user:SECRET"),
    ("ttyd_lower_c_credential_pair", "cli", "$ ttyd -p 7681 -c {U}:{V} bash\n", "ttyd -c user:SECRET cmd"),
    # ---- stdin
    ("htpasswd_lower_i_stdin", "stdin", "$ echo '{V}' | htpasswd -i -B /etc/nginx/.taps_htpasswd {U}\n", "echo SECRET | htpasswd -i -B file user"),
    ("vault_kv_put_value_dash_stdin", "stdin", "$ echo -n '{V}' | vault kv put secret/brewlog/db value=-\n", "echo SECRET | vault kv put path value=-"),
    ("clevis_encrypt_tang_stdin", "stdin", "$ echo -n '{V}' | clevis encrypt tang '{\"url\":\"http://tang.brewery.example\"}' > db.jwe\n", "echo SECRET | clevis encrypt tang cfg > out.jwe"),
    ("consul_kv_put_dash_stdin", "stdin", "$ echo -n '{V}' | consul kv put brewlog/till/auth -\nSuccess! Data written to: brewlog/till/auth\n", "echo SECRET | consul kv put key -"),
    ("etcdctl_put_value_from_stdin", "stdin", "$ echo -n '{V}' | etcdctl put /brewlog/scada/auth\nOK\n", "echo SECRET | etcdctl put key"),
    ("xclip_clipboard_pipe", "stdin", "$ echo -n '{V}' | xclip -selection clipboard\n", "echo SECRET | xclip -selection clipboard"),
    ("openssl_enc_kfile_dev_stdin", "stdin", "$ echo '{V}' | openssl enc -d -aes-256-cbc -pbkdf2 -kfile /dev/stdin -in recipes.tar.enc -out recipes.tar\n", "echo SECRET | openssl enc -kfile /dev/stdin"),
    ("ftp_heredoc_user_line_third_token", "stdin", "$ ftp -n {H} <<EOF\nuser {U} {V}\nbinary\nput label_batch.pdf\nbye\nEOF\n", "ftp -n host <<EOF / user NAME SECRET"),
    ("expect_send_after_prompt", "stdin", "spawn ssh {U}@{H}\nexpect \"assword:\"\nsend \"{V}\\r\"\ninteract\n", "expect script: send \"SECRET\\r\" after the prompt"),
    # ---- lib
    ("python_pymysql_connect_third_positional", "lib", "import pymysql\nconn = pymysql.connect(\"{H}\", \"{U}\", \"{V}\", \"shop\")\n", "pymysql.connect(host, user, SECRET, db)"),
    ("python_paramiko_connect_fourth_positional", "lib", "ssh = paramiko.SSHClient()\nssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nssh.connect(\"{H}\", 22, \"{U}\", \"{V}\")\n", "SSHClient().connect(host, port, user, SECRET)"),
    ("python_influxdb_client_fourth_positional", "lib", "from influxdb import InfluxDBClient\nclient = InfluxDBClient('{IP}', 8086, '{U}', '{V}', 'fermenters')\n", "InfluxDBClient(host, port, user, SECRET, db)"),
    ("python_pypdf_reader_decrypt_single", "lib", "reader = PdfReader('duty_return_2024.pdf')\nreader.decrypt('{V}')\n", "PdfReader(f).decrypt(SECRET)"),
    ("python_hashlib_pbkdf2_hmac_second", "lib", "key = hashlib.pbkdf2_hmac('sha256', b'{V}', salt, 600_000)\n", "hashlib.pbkdf2_hmac('sha256', SECRET, salt, n)"),
    ("python_requests_auth_tuple_second", "lib", "r = requests.get('https://{H}/api/kegs', auth=('{U}', '{V}'), timeout=10)\n", "requests.get(url, auth=(user, SECRET))"),
    ("python_ldap_simple_bind_s_second", "lib", "l = ldap.initialize('ldap://{H}')\nl.simple_bind_s('cn={U},dc=brewery,dc=example', '{V}')\n", "ldap.simple_bind_s(dn, SECRET)"),
    ("python_celery_amqp_broker_url_userinfo", "lib", "app = Celery('brewlog', broker='amqp://{U}:{V}@{H}:5672/brewlog')\n", "Celery(broker='amqp://user:SECRET@host//')"),
    ("python_sqlalchemy_create_engine_userinfo", "lib", "engine = create_engine('postgresql+psycopg2://{U}:{V}@{H}/brewlog')\n", "create_engine('dialect://user:SECRET@host/db')"),
    ("python_odoo_xmlrpc_common_authenticate_third", "lib", "common = xmlrpc.client.ServerProxy('https://{H}/xmlrpc/2/common')\nuid = common.authenticate('brewery', '{U}', '{V}', {})\n", "common.authenticate(db, user, SECRET, {})"),
    ("node_crypto_createhmac_second", "lib", "const sig = crypto.createHmac('sha256', '{V}').update(raw).digest('hex');\n", "crypto.createHmac('sha256', SECRET)"),
    ("node_crypto_scryptsync_first", "lib", "const key = crypto.scryptSync('{V}', salt, 32);\n", "crypto.scryptSync(SECRET, salt, 32)"),
    ("js_cryptojs_aes_encrypt_second", "lib", "const blob = CryptoJS.AES.encrypt(JSON.stringify(order), '{V}').toString();\n", "CryptoJS.AES.encrypt(msg, SECRET)"),
    ("java_jedis_auth_single", "lib", "Jedis jedis = new Jedis(\"{H}\", 6379);\njedis.auth(\"{V}\");\n", "jedis.auth(SECRET)"),
    ("java_secretkeyspec_getbytes_first", "lib", "SecretKeySpec key = new SecretKeySpec(\"{V}\".getBytes(StandardCharsets.UTF_8), \"HmacSHA256\");\n", "new SecretKeySpec(SECRET.getBytes(), alg)"),
    ("java_datastax_withauthcredentials_second", "lib", "CqlSession s = CqlSession.builder().withAuthCredentials(\"{U}\", \"{V}\").build();\n", "CqlSession.builder().withAuthCredentials(user, SECRET)"),
    ("java_jdbc_oracle_thin_user_slash", "lib", "Connection c = DriverManager.getConnection(\"jdbc:oracle:thin:{U}/{V}@{H}:1521/ERP\");\n", "jdbc:oracle:thin:user/SECRET@host:1521/svc"),
    ("kotlin_ktor_basicauthcredentials_second", "lib", "install(Auth) { basic { credentials { BasicAuthCredentials(\"{U}\", \"{V}\") } } }\n", "BasicAuthCredentials(user, SECRET)"),
    ("csharp_sshnet_sshclient_ctor_third", "lib", "using var ssh = new SshClient(\"{H}\", \"{U}\", \"{V}\");\nssh.Connect();\n", "new SshClient(host, user, SECRET)"),
    ("csharp_hmacsha256_getbytes_ctor", "lib", "using var h = new HMACSHA256(Encoding.UTF8.GetBytes(\"{V}\"));\n", "new HMACSHA256(Encoding.UTF8.GetBytes(SECRET))"),
    ("csharp_rfc2898derivebytes_first", "lib", "var kdf = new Rfc2898DeriveBytes(\"{V}\", salt, 100000, HashAlgorithmName.SHA256);\n", "new Rfc2898DeriveBytes(SECRET, salt, n, alg)"),
    ("go_smtp_plainauth_third", "lib", "auth := smtp.PlainAuth(\"\", \"{U}@brewery.example\", \"{V}\", \"{H}\")\n", "smtp.PlainAuth(\"\", user, SECRET, host)"),
    ("go_hmac_new_byteslice_second", "lib", "mac := hmac.New(sha256.New, []byte(\"{V}\"))\n", "hmac.New(sha256.New, []byte(SECRET))"),
    ("go_http_request_setbasicauth_second", "lib", "req.SetBasicAuth(\"{U}\", \"{V}\")\n", "req.SetBasicAuth(user, SECRET)"),
    ("ruby_net_imap_login_second", "lib", "imap = Net::IMAP.new('{H}', ssl: true)\nimap.login('{U}', '{V}')\n", "Net::IMAP#login(user, SECRET)"),
    ("ruby_openssl_hmac_hexdigest_second", "lib", "sig = OpenSSL::HMAC.hexdigest('SHA256', '{V}', payload)\n", "OpenSSL::HMAC.hexdigest('SHA256', SECRET, data)"),
    ("php_ldap_bind_third", "lib", "$ds = ldap_connect('ldap://{H}');\nldap_bind($ds, 'cn={U},dc=brewery,dc=example', '{V}');\n", "ldap_bind($ds, dn, SECRET)"),
    ("php_hash_hmac_third", "lib", "$sig = hash_hmac('sha256', $payload, '{V}');\n", "hash_hmac('sha256', $data, SECRET)"),
    ("php_oci_connect_second", "lib", "$conn = oci_connect('{U}', '{V}', '{H}/ERP');\n", "oci_connect(user, SECRET, db)"),
    ("perl_net_ftp_login_second", "lib", "my $ftp = Net::FTP->new('{H}') or die;\n$ftp->login('{U}', '{V}');\n", "Net::FTP->login(user, SECRET)"),
    ("rust_lettre_credentials_new_second", "lib", "let creds = Credentials::new(\"{U}\".to_owned(), \"{V}\".to_owned());\n", "Credentials::new(user, SECRET)"),
    ("swift_cryptokit_symmetrickey_utf8_data", "lib", "let key = SymmetricKey(data: Data(\"{V}\".utf8))\n", "SymmetricKey(data: Data(\"SECRET\".utf8))"),
    ("arduino_wifimulti_addap_second", "lib", "WiFiMulti wifiMulti;\nwifiMulti.addAP(\"CellarIoT\", \"{V}\");\n", "wifiMulti.addAP(ssid, SECRET)"),
    ("arduino_blynk_begin_third", "lib", "Blynk.begin(BLYNK_AUTH_TOKEN, \"CellarIoT\", \"{V}\");\n", "Blynk.begin(auth, ssid, SECRET)"),
    ("micropython_wlan_connect_second", "lib", "wlan = network.WLAN(network.STA_IF)\nwlan.active(True)\nwlan.connect('CellarIoT', '{V}')\n", "wlan.connect(ssid, SECRET)"),
    ("c_sqlite3_key_second", "lib", "sqlite3_open(\"till.db\", &db);\nsqlite3_key(db, \"{V}\", {N});\n", "sqlite3_key(db, SECRET, n)"),
    # ---- gui
    ("autoit_send_single", "gui", "WinActivate(\"TapTill Login\")\nControlClick(\"TapTill Login\", \"\", \"Edit2\")\nSend(\"{V}\")\n", "AutoIt Send(SECRET)"),
    ("webdriverio_element_setvalue_single", "gui", "await $('#f2').setValue('{V}');\n", "WebdriverIO $(sel).setValue(SECRET)"),
    ("selenium_python_send_keys_single", "gui", "driver.find_element(By.ID, 'f2').send_keys('{V}')\n", "find_element(By.ID, 'f2').send_keys(SECRET)"),
    ("capybara_fill_in_with_keyword", "gui", "fill_in 'f2', with: '{V}'\nclick_button 'Sign in'\n", "Capybara fill_in 'f2', with: SECRET"),
    ("testcafe_typetext_second", "gui", "await t.typeText('#f2', '{V}').click('#go');\n", "t.typeText('#f2', SECRET)"),
    ("detox_element_typetext_single", "gui", "await element(by.id('f2')).typeText('{V}');\n", "element(by.id('f2')).typeText(SECRET)"),
    ("pyautogui_write_single", "gui", "pyautogui.click(640, 412)\npyautogui.write('{V}', interval=0.05)\n", "pyautogui.write(SECRET)"),
    ("adb_shell_input_text", "gui", "$ adb shell input tap 540 1180\n$ adb shell input text '{V}'\n", "adb shell input text SECRET"),
    ("applescript_system_events_keystroke", "gui", "tell application \"System Events\" to keystroke \"{V}\"\n", "AppleScript keystroke SECRET"),
    # ---- file
    ("chap_secrets_third_column", "file", "# /etc/ppp/chap-secrets\n# client\tserver\tsecret\t\t\tIP addresses\n{U}\t*\t{V}\t*\n", "/etc/ppp/chap-secrets: client server SECRET ips"),
    ("openvpn_auth_user_pass_file_second_line", "file", "$ cat /etc/openvpn/client/brewery.auth\n{U}\n{V}\n$ grep auth-user-pass /etc/openvpn/client/brewery.conf\nauth-user-pass /etc/openvpn/client/brewery.auth\n", "OpenVPN auth-user-pass file: line 1 user, line 2 SECRET"),
    ("pgpass_fifth_colon_field", "file", "# ~/.pgpass\n{H}:5432:brewlog:{U}:{V}\n", "~/.pgpass host:port:db:user:SECRET"),
    ("git_credentials_store_line", "file", "# ~/.git-credentials\nhttps://{U}:{V}@git.northdock-brewery.example\n", "~/.git-credentials https://user:SECRET@host"),
    ("docker_config_auths_b64_pair", "file", "{\n  \"auths\": {\n    \"registry.northdock-brewery.example\": {\n      \"auth\": \"{V}\"\n    }\n  }\n}\n", "~/.docker/config.json auths.<registry>.auth = b64(user:SECRET) (span is the Base64)", "userpair"),
    ("nginx_proxy_set_header_basic_b64", "file", "location /scada/ {\n    proxy_pass http://{IP}:8088/;\n    proxy_set_header Authorization \"Basic {V}\";\n}\n", "nginx proxy_set_header Authorization \"Basic b64(user:SECRET)\" (span is the Base64)", "userpair"),
    ("cups_device_uri_userinfo", "file", "# /etc/cups/printers.conf\n<Printer KegLabels>\nDeviceURI ipp://{U}:{V}@{IP}:631/ipp/print\nState Idle\n</Printer>\n", "printers.conf DeviceURI ipp://user:SECRET@host"),
    ("tinyproxy_basicauth_directive_third_token", "file", "# /etc/tinyproxy/tinyproxy.conf\nPort 8888\nBasicAuth {U} {V}\nAllow 10.0.0.0/8\n", "tinyproxy.conf BasicAuth user SECRET"),
    ("threeproxy_users_cl_field", "file", "# /etc/3proxy/3proxy.cfg\nusers {U}:CL:{V}\nauth strong\nproxy -p3128\n", "3proxy users user:CL:SECRET"),
    ("wpa_supplicant_network_psk_quoted", "file", "network={\n    ssid=\"CellarIoT\"\n    psk=\"{V}\"\n    key_mgmt=WPA-PSK\n}\n", "wpa_supplicant.conf psk=\"SECRET\""),
    ("vsftpd_virtual_users_even_line", "file", "$ cat /etc/vsftpd/virtual_users.txt\n{U}\n{V}\n$ db_load -T -t hash -f /etc/vsftpd/virtual_users.txt /etc/vsftpd/virtual_users.db\n", "vsftpd virtual users list: odd lines user, even lines SECRET"),
    ("tacplus_login_cleartext_keyword", "file", "user = {U} {\n    login = cleartext \"{V}\"\n    service = exec { priv-lvl = 15 }\n}\n", "tac_plus.conf login = cleartext \"SECRET\""),
    ("cisco_snmp_server_community_ro", "file", "!\nsnmp-server community {V} RO 10\nsnmp-server location Brewhouse rack 2\n!\n", "IOS snmp-server community STRING RO"),
    ("brewhouse_scada_operators_csv_fourth_field", "file", "op_id,name,shift,code,level\n{N},{U},early,{V},2\n", "invented SCADA operator CSV: op_id,name,shift,code,level"),
    ("taproom_till_staff_colon_record", "file", "# till_staff.dat  id:name:pin_hint:code:role\n{N}:{U}:none:{V}:bar\n", "invented till staff file id:name:hint:SECRET:role"),
    ("keg_washer_hmi_users_tsv_third", "file", "USER\tLEVEL\tCODE\tLANG\n{U}\t3\t{V}\ten\n", "invented keg-washer HMI user TSV: USER LEVEL CODE LANG"),
    # ---- proto
    ("imap_raw_login_command_third_token", "proto", "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] Dovecot ready.\na1 LOGIN {U} {V}\na1 OK Logged in\n", "IMAP: a1 LOGIN user SECRET"),
    ("smtp_auth_plain_b64_nul_triplet", "proto", "C: EHLO brewlog\nS: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN {V}\nS: 235 2.7.0 Authentication successful\n", "SMTP AUTH PLAIN b64(\\0user\\0SECRET) (span is the Base64)", "nulpair"),
    ("smtp_auth_login_second_b64_line", "proto", "C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: {B64U}\nS: 334 UGFzc3dvcmQ6\nC: {V}\nS: 235 2.7.0 Authentication successful\n", "SMTP AUTH LOGIN: second Base64 line (span is the Base64 of SECRET)", "alone"),
    ("irc_nickserv_identify_command", "proto", "/connect irc.libera.chat 6697\n/msg NickServ IDENTIFY {V}\n-NickServ- You are now identified for {U}.\n", "IRC /msg NickServ IDENTIFY SECRET"),
    ("esp_at_cwjap_second_quoted", "proto", "AT+CWMODE=1\r\nOK\r\nAT+CWJAP=\"CellarIoT\",\"{V}\"\r\nWIFI CONNECTED\r\nOK\r\n", "ESP AT+CWJAP=\"ssid\",\"SECRET\""),
    ("redis_hello_auth_user_then_secret", "proto", "127.0.0.1:6379> HELLO 3 AUTH {U} {V}\n1# \"server\" => \"redis\"\n", "Redis HELLO 3 AUTH user SECRET"),
    ("deluge_jsonrpc_auth_login_params", "proto", "POST /json HTTP/1.1\nHost: {IP}:8112\nContent-Type: application/json\n\n{\"method\": \"auth.login\", \"params\": [\"{V}\"], \"id\": 1}\n", "Deluge JSON-RPC auth.login params [SECRET]"),
    ("wordpress_xmlrpc_getusersblogs_second_param", "proto", "<?xml version=\"1.0\"?>\n<methodCall><methodName>wp.getUsersBlogs</methodName><params>\n<param><value><string>{U}</string></value></param>\n<param><value><string>{V}</string></value></param>\n</params></methodCall>\n", "WordPress XML-RPC wp.getUsersBlogs(user, SECRET)"),
    # ---- sql
    ("sqlcipher_pragma_key_literal", "sql", "sqlite> PRAGMA key = '{V}';\nsqlite> SELECT count(*) FROM orders;\n", "SQLCipher PRAGMA key = 'SECRET'"),
    ("pgcrypto_pgp_sym_encrypt_second", "sql", "UPDATE customers SET notes_enc = pgp_sym_encrypt(notes, '{V}') WHERE id = {N};\n", "pgp_sym_encrypt(data, 'SECRET')"),
    ("redis_config_set_masterauth", "sql", "127.0.0.1:6379> CONFIG SET masterauth {V}\nOK\n", "Redis CONFIG SET masterauth SECRET"),
    ("mongo_shell_db_auth_second", "sql", "> use taproom\n> db.auth(\"{U}\", \"{V}\")\n1\n", "mongo shell db.auth(user, SECRET)"),
    ("neo4j_dbms_security_createuser_second", "sql", "CALL dbms.security.createUser('{U}', '{V}', false);\n", "CALL dbms.security.createUser(user, SECRET, false)"),
    ("mssql_sp_addlinkedsrvlogin_fifth", "sql", "EXEC sp_addlinkedsrvlogin 'ERPLINK', 'false', NULL, '{U}', '{V}';\n", "sp_addlinkedsrvlogin srv, 'false', NULL, user, SECRET"),
    ("mssql_sp_addlogin_second", "sql", "EXEC sp_addlogin '{U}', '{V}', 'TapTill';\n", "sp_addlogin user, SECRET, db"),
]

SET_ASIDE = [
    ("radtest_second_positional", "the fifth positional (shared secret) would be a second, unlabelled secret"),
    ("pdftk_input_pw_keyword", "the keyword says pw"),
    ("plink_pw_flag", "the flag says pw"),
    ("cmdkey_pass_switch", "the switch says pass"),
    ("stomp_connect_passcode_header", "the header says pass(code)"),
    ("cloud_init_chpasswd_list_user_colon", "the key says passwd two lines above"),
    ("python_httpx_basicauth_second", "same idea as an earlier aiohttp BasicAuth form"),
    ("remmina_rdp_url_userinfo", "not sure remmina accepts userinfo in the URL"),
    ("smbget_capital_u_percent_pair", "same as the kept smbclient form"),
    ("ydotool_type_single", "same as earlier xdotool / wtype forms"),
    ("psexec_lower_p_after_lower_u", "already in the deny-list (an earlier corpus used it)"),
    ("ccrypt_capital_k_flag", "already in the deny-list (an earlier corpus used it)"),
    ("azure_cli_login_lower_p_after_lower_u", "already in the deny-list (an earlier corpus used it)"),
    ("trimmed_for_count", "34 further syntaxes were written and trimmed to keep the count within 95-120: freetds_tsql_capital_p_after_capital_u, mydumper_lower_p_after_lower_u, rpcclient_capital_u_quoted_percent, smbmap_lower_p_after_lower_u, gio_mount_smb_url_userinfo, duplicity_sftp_target_userinfo, lynx_auth_user_colon, iwconfig_key_s_prefix, mqttx_cli_capital_p_after_lower_u, twine_upload_lower_p_after_lower_u, poetry_config_http_basic_third_positional, railway_variables_set_name_equals, heroku_config_set_name_equals, veracrypt_text_mount_lower_p, firebird_isql_lower_p_after_lower_u, python_pysftp_connection_fourth_positional, python_hvac_userpass_login_second, python_hmac_new_first_bytes, python_redis_from_url_empty_user, csharp_symmetricsecuritykey_getbytes, go_pbkdf2_key_first, perl_net_ssh_perl_login_second, circuitpython_wifi_radio_connect_second, java_pbekeyspec_chararray_first, ruby_net_pop3_start_fourth, php_phpredis_auth_single, rust_hmac_new_from_slice_bytes, python_pymupdf_authenticate_single, sikulix_type_single, redis_migrate_auth_keyword, go_minio_newstaticv4_second, rust_reqwest_basic_auth_some_second, curl_proxy_user_colon_pair, xmpp_sasl_plain_auth_element"),
]

USERS = ["brewer", "cellar", "taproom", "ops", "kegs", "scada", "shopadm", "mara", "tomh", "ines", "kofi", "backup",
         "labels", "erp", "deploy"]
HOSTS = ["erp.northdock-brewery.example", "db.copperkettle-brewing.example", "nas.hopyard-taproom.example",
         "shop.grainandgrist-homebrew.example", "scada.northdock-brewery.example", "files.copperkettle-brewing.example"]


def build(reg):
    rng = random.Random(C.SEEDS["positional"])
    records = []
    hidden = []
    for entry in SYNTAXES:
        syn, where, tmpl, desc = entry[:4]
        b64kind = entry[4] if len(entry) > 4 else None
        pw = reg.draw(C.password, rng, True)
        user = rng.choice(USERS)
        ctx = {"U": user, "H": rng.choice(HOSTS),
               "IP": "10.%d.%d.%d" % (rng.randint(0, 40), rng.randint(0, 254), rng.randint(2, 250)),
               "N": str(rng.randint(10, 99)), "B64U": base64.b64encode(user.encode()).decode()}
        if b64kind == "userpair":
            value = base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()
        elif b64kind == "nulpair":
            value = base64.b64encode(("\0%s\0%s" % (user, pw)).encode()).decode()
        elif b64kind == "alone":
            value = base64.b64encode(pw.encode()).decode()
        else:
            value = pw
        if b64kind:
            if not reg.add(value):
                raise RuntimeError("b64 value collides")
            hidden.append(pw)
        if syn == "c_sqlite3_key_second":
            ctx["N"] = str(len(pw))
        t = C.fill(tmpl, ctx).replace("{V}", C.MARK)
        text, s, e = C.make_record(t, value)
        typ = C.PWPREFIX + syn
        rec = {"type": typ, "container": "positional_" + where + "__" + syn, "text": text,
               "secrets": [{"value": value, "start": s, "end": e, "type": typ}], "source": "password"}
        if b64kind:
            rec["_hidden"] = pw
            rec["_b64kind"] = b64kind
        records.append(rec)
    return records
