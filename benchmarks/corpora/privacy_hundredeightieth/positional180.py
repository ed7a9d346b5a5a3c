"""Password source: passwords passed by position / syntax, without a telling `password=` key."""
import base64
import random

from common180 import owner_password, place, record

SEED = 18003
PFX = "spokepw_"
SUFFIX = {
    "cli": "bike_shop_terminal_history",
    "lib": "cycling_app_source_snippet",
    "file": "race_server_config_file",
    "proto": "club_network_trace",
    "gui": "workshop_ui_automation_script",
}

# (syntax, category, template, b64 mode) ; {V} value, {U} user, {H} host
# b64 mode: None (plain password), "colon" (Base64 of user:password), "nul" (Base64 of NUL user NUL password),
#           "pw" (Base64 of the password alone)
SYNTAXES = [
    # ---------------------------------------------------------------- command line
    ("psql_positional_uri_userinfo", "cli", "$ psql postgresql://{U}:{V}@{H}:5432/workshop -c 'select count(*) from job_cards'\n"),
    ("sqlcmd_capital_p_after_capital_u", "cli", "PS C:\\till> sqlcmd -S {H} -d BikeTill -U {U} -P {V} -Q \"SELECT TOP 5 * FROM Sales\"\n"),
    ("mongodump_uri_flag_userinfo", "cli", "$ mongodump --uri=\"mongodb://{U}:{V}@{H}:27017/rides?authSource=admin\" --out /backup/rides\n"),
    ("lftp_lower_u_comma_pair", "cli", "$ lftp -u {U},{V} sftp://{H} -e 'mirror -R ./results /incoming; bye'\n"),
    ("ncftpput_lower_p_after_lower_u", "cli", "$ ncftpput -u {U} -p {V} {H} /catalogue ./price_list_2025.csv\n"),
    ("wget_ftp_url_userinfo", "cli", "$ wget -q ftp://{U}:{V}@{H}/pub/b2b/stock_levels.csv -O stock.csv\n"),
    ("mercurial_clone_url_userinfo", "cli", "$ hg clone https://{U}:{V}@{H}/hg/fitting-tools fitting-tools\n"),
    ("git_clone_https_url_userinfo", "cli", "$ git clone https://{U}:{V}@{H}/club/ride-signup.git\nCloning into 'ride-signup'...\n"),
    ("smbmap_lower_p_after_lower_u", "cli", "$ smbmap -H {H} -u {U} -p {V} -r 'Workshop'\n"),
    ("psexec_lower_p_after_lower_u", "cli", "C:\\> psexec \\\\TILL-02 -u SHOP\\{U} -p {V} -i ipconfig /all\n"),
    ("schtasks_rp_after_ru", "cli", "C:\\> schtasks /create /tn \"NightlyStockSync\" /tr C:\\sync\\run.cmd /sc daily /st 02:00 /ru SHOP\\{U} /rp {V}\n"),
    ("net_use_positional_before_user_switch", "cli", "C:\\> net use Z: \\\\{H}\\workshop {V} /user:SHOP\\{U} /persistent:no\n"),
    ("powershell_convertto_securestring_literal", "cli", "PS> $sec = ConvertTo-SecureString '{V}' -AsPlainText -Force\nPS> $cred = New-Object System.Management.Automation.PSCredential('SHOP\\{U}', $sec)\n"),
    ("ipmitool_capital_p_after_capital_u", "cli", "$ ipmitool -I lanplus -H {H} -U {U} -P {V} chassis power status\n"),
    ("openssl_enc_lower_k_literal", "cli", "$ openssl enc -d -aes-256-cbc -pbkdf2 -in members_2025.csv.enc -out members.csv -k {V}\n"),
    ("sevenzip_glued_lower_p_switch", "cli", "$ 7z a -p{V} -mhe=on fit_measurements_q3.7z ./exports/\n"),
    ("rar_glued_hp_header_encrypt", "cli", "$ rar a -hp{V} warranty_claims.rar claims/\n"),
    ("mutool_lower_p_pdf_unlock", "cli", "$ mutool draw -p {V} -o page-%d.png supplier_invoice.pdf 1-3\n"),
    ("ffmpeg_rtsp_input_url_userinfo", "cli", "$ ffmpeg -rtsp_transport tcp -i rtsp://{U}:{V}@{H}:554/Streaming/Channels/101 -t 30 workshop_cam.mp4\n"),
    ("ssh_keygen_capital_n_new_passphrase", "cli", "$ ssh-keygen -t ed25519 -f ~/.ssh/timing_deploy -C timing@racehq -N {V}\n"),
    ("redis_cli_lower_u_uri_empty_user", "cli", "$ redis-cli -u redis://:{V}@{H}:6379/2 keys 'ride:*'\n"),
    ("nats_cli_server_url_userinfo", "cli", "$ nats -s nats://{U}:{V}@{H}:4222 sub 'timing.mat.>'\n"),
    ("celery_broker_flag_amqp_userinfo", "cli", "$ celery -A rides worker -b amqp://{U}:{V}@{H}:5672/rides --loglevel=info\n"),
    ("minio_mc_alias_set_fourth_positional", "cli", "$ mc alias set fitstore https://{H} {U} {V}\nAdded `fitstore` successfully.\n"),
    ("restic_rest_repo_url_userinfo", "cli", "$ restic -r rest:https://{U}:{V}@{H}:8000/shop-pos backup /var/lib/pos\n"),
    ("mosquitto_pub_capital_p_after_lower_u", "cli", "$ mosquitto_pub -h {H} -u {U} -P {V} -t trainers/42/cmd -m '{\"erg\":210}'\n"),
    ("twine_upload_lower_p_after_lower_u", "cli", "$ twine upload --repository-url https://{H}/simple/ -u {U} -p {V} dist/*\n"),
    ("dotnet_nuget_add_source_lower_p", "cli", "$ dotnet nuget add source https://{H}/nuget/index.json -n shop -u {U} -p {V} --store-password-in-clear-text\n"),
    ("kinit_stdin_echo_pipe", "cli", "$ echo {V} | kinit {U}@SHOP.LAN\n$ klist\n"),
    ("zkcli_addauth_digest_colon_pair", "cli", "[zk: {H}:2181(CONNECTED) 0] addauth digest {U}:{V}\n[zk: {H}:2181(CONNECTED) 1] ls /timing/mats\n"),
    ("expect_send_after_prompt_match", "cli", "#!/usr/bin/expect -f\nspawn ssh {U}@{H}\nexpect \"*assword:\"\nsend \"{V}\\r\"\ninteract\n"),
    ("winscp_open_sftp_url_userinfo", "cli", "C:\\> winscp.com /command \"open sftp://{U}:{V}@{H}/\" \"put results.csv /upload/\" \"exit\"\n"),
    ("unixodbc_isql_dsn_user_third_positional", "cli", "$ isql -v PartsDSN {U} {V}\n+---------------------------------------+\n| Connected!                            |\n"),
    ("vertica_vsql_lower_w", "cli", "$ vsql -h {H} -d analytics -U {U} -w {V} -c 'select now()'\n"),
    ("sudo_capital_s_echo_pipe", "cli", "$ echo '{V}' | sudo -S systemctl restart mat-reader\n"),
    ("ftp_n_heredoc_user_command", "cli", "$ ftp -n {H} <<EOF\nuser {U} {V}\nbinary\nput results_stage3.xml\nbye\nEOF\n"),
    ("curl_lower_x_proxy_url_userinfo", "cli", "$ curl -x http://{U}:{V}@{H}:3128 https://b2b.partsupplier.example/api/stock\n"),
    ("http_proxy_env_url_userinfo", "cli", "$ export https_proxy=http://{U}:{V}@{H}:3128\n$ pip install -r requirements.txt\n"),
    ("apt_acquire_proxy_option_userinfo", "cli", "$ sudo apt-get -o Acquire::http::Proxy=\"http://{U}:{V}@{H}:3128/\" update\n"),
    ("transmission_remote_lower_n_colon_pair", "cli", "$ transmission-remote {H}:9091 -n {U}:{V} -l\n"),
    ("macos_security_unlock_keychain_lower_p", "cli", "$ security unlock-keychain -p {V} ~/Library/Keychains/build.keychain-db\n"),
    ("macos_networksetup_airport_third_positional", "cli", "$ networksetup -setairportnetwork en0 FitStudio-5G {V}\n"),
    ("zfs_load_key_stdin_printf", "cli", "$ printf '%s' '{V}' | zfs load-key tank/members\n"),
    # ---------------------------------------------------------------- library call positions
    ("python_smtplib_login_second", "lib", "server = smtplib.SMTP_SSL('{H}', 465)\nserver.login('{U}', '{V}')\nserver.send_message(receipt)\n"),
    ("python_ftplib_login_second", "lib", "ftp = ftplib.FTP_TLS('{H}')\nftp.login('{U}', '{V}')\nftp.retrbinary('RETR stock.csv', fh.write)\n"),
    ("python_imaplib_login_second", "lib", "box = imaplib.IMAP4_SSL('{H}')\nbox.login('{U}', '{V}')\nbox.select('INBOX/entries')\n"),
    ("python_paramiko_connect_fourth_positional", "lib", "client = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nclient.connect('{H}', 22, '{U}', '{V}')\n"),
    ("python_redis_ctor_fourth_positional", "lib", "cache = redis.Redis('{H}', 6379, 0, '{V}')\ncache.set('leaderboard:stage3', payload)\n"),
    ("python_pika_plaincredentials_second", "lib", "creds = pika.PlainCredentials('{U}', '{V}')\nparams = pika.ConnectionParameters('{H}', 5672, '/', creds)\n"),
    ("python_requests_auth_tuple_second", "lib", "resp = requests.get('https://{H}/api/orders', auth=('{U}', '{V}'), timeout=10)\n"),
    ("python_pysmb_smbconnection_second", "lib", "conn = SMBConnection('{U}', '{V}', 'fit-laptop', 'NAS01', use_ntlm_v2=True)\nconn.connect('{H}', 445)\n"),
    ("python_sqlalchemy_create_engine_url_userinfo", "lib", "engine = create_engine('mssql+pyodbc://{U}:{V}@{H}/BikeTill?driver=ODBC+Driver+18+for+SQL+Server')\n"),
    ("python_odoo_xmlrpc_authenticate_third", "lib", "common = xmlrpc.client.ServerProxy('https://{H}/xmlrpc/2/common')\nuid = common.authenticate('bikeshop', '{U}', '{V}', {})\n"),
    ("python_msoffcrypto_load_key_argument", "lib", "office = msoffcrypto.OfficeFile(open('members.xlsx', 'rb'))\noffice.load_key('{V}')\noffice.decrypt(out)\n"),
    ("python_pyautogui_write_argument", "gui", "pyautogui.click(812, 440)\npyautogui.write('{V}', interval=0.05)\npyautogui.press('enter')\n"),
    ("node_pg_client_connection_string_userinfo", "lib", "const client = new Client('postgres://{U}:{V}@{H}:5432/rides');\nawait client.connect();\n"),
    ("node_amqplib_connect_url_userinfo", "lib", "const conn = await amqp.connect('amqp://{U}:{V}@{H}:5672/results');\n"),
    ("node_crypto_pbkdf2sync_first", "lib", "const key = crypto.pbkdf2Sync('{V}', salt, 210000, 32, 'sha256');\n"),
    ("node_bcrypt_hash_seed_first", "lib", "// seeds/admin.js\nconst hash = await bcrypt.hash('{V}', 12);\nawait db('users').insert({ email: '{U}@velo.example', hash });\n"),
    ("node_puppeteer_page_type_second", "gui", "await page.type('#field-1', '{U}');\nawait page.type('#field-2', '{V}');\nawait page.click('button[type=submit]');\n"),
    ("webdriverio_setvalue_argument", "gui", "await $('#f_user').setValue('{U}')\nawait $('#f_2').setValue('{V}')\nawait $('button=Sign in').click()\n"),
    ("java_drivermanager_getconnection_third", "lib", "Connection c = DriverManager.getConnection(\"jdbc:postgresql://{H}/timing\", \"{U}\", \"{V}\");\n"),
    ("java_commons_net_ftpclient_login_second", "lib", "FTPClient ftp = new FTPClient();\nftp.connect(\"{H}\");\nftp.login(\"{U}\", \"{V}\");\n"),
    ("java_keystore_load_chararray_second", "lib", "KeyStore ks = KeyStore.getInstance(\"PKCS12\");\nks.load(new FileInputStream(\"trainer-signing.p12\"), \"{V}\".toCharArray());\n"),
    ("jdbc_oracle_thin_slash_userinfo", "lib", "spring.datasource.url=jdbc:oracle:thin:{U}/{V}@//{H}:1521/PARTS\n"),
    ("csharp_networkcredential_ctor_second", "lib", "var smtp = new SmtpClient(\"{H}\", 587) {\n    Credentials = new NetworkCredential(\"{U}\", \"{V}\"),\n    EnableSsl = true\n};\n"),
    ("csharp_x509certificate2_ctor_second", "lib", "var cert = new X509Certificate2(\"fit-api.pfx\", \"{V}\", X509KeyStorageFlags.MachineKeySet);\n"),
    ("go_mysql_dsn_user_colon_at_tcp", "lib", "db, err := sql.Open(\"mysql\", \"{U}:{V}@tcp({H}:3306)/workshop?parseTime=true\")\n"),
    ("go_http_request_setbasicauth_second", "lib", "req, _ := http.NewRequest(\"GET\", \"https://{H}/b2b/stock\", nil)\nreq.SetBasicAuth(\"{U}\", \"{V}\")\n"),
    ("rust_reqwest_basic_auth_some_second", "lib", "let resp = client.get(\"https://{H}/results.json\")\n    .basic_auth(\"{U}\", Some(\"{V}\"))\n    .send().await?;\n"),
    ("ruby_net_ftp_open_third", "lib", "Net::FTP.open('{H}', '{U}', '{V}') do |ftp|\n  ftp.putbinaryfile('entries.csv')\nend\n"),
    ("ruby_net_http_basic_auth_second", "lib", "req = Net::HTTP::Get.new(uri)\nreq.basic_auth('{U}', '{V}')\n"),
    ("php_mysqli_connect_third", "lib", "$db = mysqli_connect('{H}', '{U}', '{V}', 'woo_bikeshop');\n"),
    ("php_ftp_login_third", "lib", "$conn = ftp_ssl_connect('{H}');\nftp_login($conn, '{U}', '{V}');\n"),
    ("php_imap_open_third", "lib", "$mbox = imap_open('{imap.velo.example:993/imap/ssl}INBOX', '{U}', '{V}');\n"),
    ("perl_dbi_connect_third", "lib", "my $dbh = DBI->connect('dbi:Pg:dbname=club;host={H}', '{U}', '{V}', { RaiseError => 1 });\n"),
    ("apps_script_jdbc_getconnection_third", "lib", "const conn = Jdbc.getConnection('jdbc:mysql://{H}:3306/club', '{U}', '{V}');\n"),
    ("arduino_wifi_begin_second", "lib", "void setup() {\n  Serial.begin(115200);\n  WiFi.begin(\"FitStudio\", \"{V}\");\n}\n"),
    ("micropython_wlan_connect_second", "lib", "wlan = network.WLAN(network.STA_IF)\nwlan.active(True)\nwlan.connect('ClubHouse', '{V}')\n"),
    ("arduino_pubsubclient_connect_third", "lib", "if (mqtt.connect(\"trainer-42\", \"{U}\", \"{V}\")) {\n  mqtt.subscribe(\"trainers/42/cmd\");\n}\n"),
    ("mongo_shell_db_auth_second", "lib", "use admin\ndb.auth(\"{U}\", \"{V}\")\ndb.getSiblingDB(\"rides\").entries.countDocuments()\n"),
    ("tsql_sp_addlinkedsrvlogin_fifth_argument", "lib", "EXEC sp_addlinkedsrvlogin 'PARTSDB', 'false', NULL, '{U}', '{V}';\n"),
    ("tsql_sp_addlogin_second_argument", "lib", "EXEC sp_addlogin '{U}', '{V}', 'BikeTill';\n"),
    ("vba_workbook_saveas_third_positional", "lib", "ActiveWorkbook.SaveAs \"C:\\Club\\renewals.xlsx\", xlOpenXMLWorkbook, \"{V}\"\n"),
    # ---------------------------------------------------------------- UI automation
    ("robot_framework_input_text_second_cell", "gui", "*** Test Cases ***\nLogin To Till\n    Input Text    id=user    {U}\n    Input Text    id=field2    {V}\n    Click Button    Sign in\n"),
    ("android_espresso_typetext_argument", "gui", "onView(withId(R.id.field_two)).perform(typeText(\"{V}\"), closeSoftKeyboard());\n"),
    ("ios_xcuitest_typetext_argument", "gui", "let field = app.textFields[\"field-2\"]\nfield.tap()\nfield.typeText(\"{V}\")\n"),
    ("detox_typetext_argument", "gui", "await element(by.id('field-2')).typeText('{V}');\nawait element(by.id('submit')).tap();\n"),
    ("katalon_webui_settext_second", "gui", "WebUI.setText(findTestObject('Page_Login/input_field2'), '{V}')\n"),
    ("gherkin_step_second_quoted_argument", "gui", "Scenario: mechanic opens a job card\n  Given I sign in as \"{U}\" with \"{V}\"\n  When I open job card 4471\n"),
    ("powershell_sendkeys_sendwait_literal", "gui", "[System.Windows.Forms.SendKeys]::SendWait('{U}{TAB}')\n[System.Windows.Forms.SendKeys]::SendWait('{V}{ENTER}')\n"),
    ("vbscript_wshshell_sendkeys_literal", "gui", "Set sh = CreateObject(\"WScript.Shell\")\nsh.AppActivate \"BikeTill\"\nsh.SendKeys \"{V}~\"\n"),
    # ---------------------------------------------------------------- files with a fixed layout
    ("chap_secrets_third_column", "file", "# /etc/ppp/chap-secrets\n# client        server  secret          IP addresses\n{U}        *       {V}     *\n"),
    ("davfs2_secrets_third_column", "file", "# /etc/davfs2/secrets\nhttps://{H}/remote.php/dav/files/{U} {U} {V}\n"),
    ("strongswan_ipsec_secrets_psk_quoted", "file", "# /etc/ipsec.secrets\n{H} 203.0.113.40 : PSK \"{V}\"\n"),
    ("exim_passwd_client_third_field", "file", "# /etc/exim4/passwd.client\n*.velo-mail.example:{U}:{V}\n"),
    ("nagios_resource_cfg_user_macro", "file", "# resource.cfg\n$USER1$=/usr/lib/nagios/plugins\n$USER3$={U}\n$USER4$={V}\n"),
    ("jetty_realm_properties_colon_before_roles", "file", "# etc/realm.properties\n{U}: {V},admin,timing\nguest: OBF:__disabled__,guest\n"),
    ("activemq_users_properties_name_equals", "file", "# conf/users.properties\n{U}={V}\n"),
    ("squid_cache_peer_login_colon_pair", "file", "cache_peer {H} parent 3128 0 no-query default login={U}:{V}\nnever_direct allow all\n"),
    ("proxychains_conf_socks5_fifth_field", "file", "[ProxyList]\nsocks5 10.40.0.9 1080 {U} {V}\n"),
    ("stunnel_psksecrets_colon_pair", "file", "# /etc/stunnel/psk.txt\ntiming-mat-07:{V}\n"),
    ("gitconfig_url_insteadof_userinfo", "file", "[url \"https://{U}:{V}@{H}/\"]\n\tinsteadOf = https://{H}/\n"),
    ("timing_decoder_users_semicolon_third", "file", "# decoder_users.txt (id;name;code;level)\n7;{U};{V};operator\n"),
    ("workshop_tablet_roster_tsv_fourth", "file", "bay\tmechanic\tshift\ttablet\n3\t{U}\tlate\t{V}\n"),
    ("pos_till_operator_fixed_order_csv_third", "file", "TILL02,{U},{V},MANAGER,2025-04-01\n"),
    ("couchdb_replicator_source_url_userinfo", "file", "{\n  \"_id\": \"rides-to-laptop\",\n  \"source\": \"https://{U}:{V}@{H}:6984/rides\",\n  \"target\": \"rides_local\",\n  \"continuous\": true\n}\n"),
    ("cisco_snmp_server_community_string", "file", "snmp-server community {V} RO 10\nsnmp-server location WorkshopRack\n"),
    # ---------------------------------------------------------------- protocol exchanges
    ("smtp_auth_login_second_b64_line", "proto", "C: EHLO till02.shop.lan\nS: 250-AUTH LOGIN PLAIN\nC: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: {UB64}\nS: 334 UGFzc3dvcmQ6\nC: {V}\nS: 235 2.7.0 Authentication successful\n", "pw"),
    ("xmpp_sasl_plain_auth_element_b64", "proto", "SENT: <auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>{V}</auth>\nRECV: <success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>\n", "nul"),
    ("managesieve_authenticate_plain_quoted_b64", "proto", "C: AUTHENTICATE \"PLAIN\" \"{V}\"\nS: OK \"Logged in.\"\n", "nul"),
    ("proxy_authorization_basic_b64", "proto", "CONNECT b2b.partsupplier.example:443 HTTP/1.1\nHost: b2b.partsupplier.example:443\nProxy-Authorization: Basic {V}\n", "colon"),
    ("redis_acl_setuser_greater_than_prefix", "proto", "127.0.0.1:6379> ACL SETUSER {U} on >{V} ~ride:* +@read\nOK\n"),
    ("wordpress_xmlrpc_getusersblogs_second_param", "proto", "POST /xmlrpc.php HTTP/1.1\nHost: {H}\n\n<methodCall><methodName>wp.getUsersBlogs</methodName><params><param><value>{U}</value></param><param><value>{V}</value></param></params></methodCall>\n"),
    ("jsonrpc_login_params_array_second", "proto", "--> {\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"login\",\"params\":[\"{U}\",\"{V}\"]}\n<-- {\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"session\":\"ok\"}}\n"),
    ("subsonic_api_query_p_param", "proto", "GET /rest/ping.view?u={U}&p={V}&v=1.16.1&c=clubradio&f=json HTTP/1.1\n"),
    ("irc_oper_command_second_argument", "proto", ">> OPER {U} {V}\n<< :irc.velo.lan 381 {U} :You are now an IRC operator\n"),
    ("at_cwjap_wifi_second_parameter", "proto", "> AT+CWMODE=1\nOK\n> AT+CWJAP=\"TrainerLab\",\"{V}\"\nWIFI CONNECTED\nOK\n"),
]

# written but not used (weaker or too close to an earlier corpus's idea)
TAIL = [
    ("curl_lower_u_colon_pair", "cli", "$ curl -s -u {U}:{V} https://{H}/api/v1/orders?status=open | jq length\n"),
    ("racadm_lower_p_after_lower_u", "cli", "$ racadm -r {H} -u {U} -p {V} getsysinfo\n"),
    ("sqlplus_slash_connect_string", "cli", "$ sqlplus -S {U}/{V}@//{H}:1521/PARTS @export_backorders.sql\n"),
    ("npm_config_set_proxy_userinfo", "cli", "$ npm config set proxy http://{U}:{V}@{H}:8080\n"),
    ("jenkins_cli_auth_colon_pair", "cli", "$ java -jar jenkins-cli.jar -s https://{H}/ -auth {U}:{V} build timing-nightly\n"),
    ("ldappasswd_lower_s_new_secret", "cli", "$ ldappasswd -x -H ldap://{H} -D 'cn=admin,dc=velo,dc=lan' -W -s {V} 'uid={U},ou=people,dc=velo,dc=lan'\n"),
    ("ncat_proxy_auth_colon_pair", "cli", "$ ncat --proxy {H}:3128 --proxy-type http --proxy-auth {U}:{V} timing.racehq.internal 10000\n"),
    ("python_aiohttp_basicauth_second", "lib", "auth = aiohttp.BasicAuth('{U}', '{V}')\nasync with aiohttp.ClientSession(auth=auth) as s:\n    ...\n"),
    ("python_pexpect_sendline_after_expect", "lib", "child = pexpect.spawn('ssh {U}@{H}')\nchild.expect('assword:')\nchild.sendline('{V}')\n"),
    ("node_ioredis_ctor_url_empty_user", "lib", "const redis = new Redis('rediss://:{V}@{H}:6380/0');\n"),
    ("vba_worksheet_protect_first_positional", "lib", "Worksheets(\"Fees\").Protect \"{V}\", True, True\n"),
    ("ydotool_type_argument", "gui", "$ ydotool type {U} && ydotool key 15:1 15:0 && ydotool type {V}\n"),
    ("spring_security_noop_encoded_literal", "file", "shop.users[0].name={U}\nshop.users[0].hash={noop}{V}\nshop.users[0].roles=MECHANIC\n"),
    ("fstab_cifs_username_percent_option", "file", "//{H}/fit /mnt/fit cifs username={U}%{V},vers=3.0,uid=1000 0 0\n"),
]

NAMES = ["mech_dan", "shopadmin", "timing", "clubsec", "fitter", "parts", "rides", "deploy", "results", "owner"]
HOSTS = ["10.0.4.21", "nas01.shop.lan", "db.velo.internal", "timing.racehq.internal", "fit-nas.studio.lan",
         "files.velonorth.lan", "parts-db.bikeshop.lan", "10.20.0.15"]


def build(registry, start_index):
    rng = random.Random(SEED)
    out = []
    for i, entry in enumerate(SYNTAXES):
        syntax, cat, tmpl = entry[0], entry[1], entry[2]
        mode = entry[3] if len(entry) > 3 else None
        user = rng.choice(NAMES)
        host = rng.choice(HOSTS)
        pw = registry.draw(lambda: owner_password(rng, strict=True))
        if mode is None:
            value = pw
        elif mode == "pw":
            value = registry.draw(lambda: base64.b64encode(pw.encode()).decode())
        elif mode == "colon":
            value = registry.draw(lambda: base64.b64encode(("%s:%s" % (user, pw)).encode()).decode())
        elif mode == "nul":
            value = registry.draw(lambda: base64.b64encode(("\0%s\0%s" % (user, pw)).encode()).decode())
        fill = {"U": user, "H": host, "UB64": base64.b64encode(user.encode()).decode()}
        text, s, e = place(tmpl, value, fill)
        r = record("p180-s-%04d" % (start_index + i), PFX + syntax, PFX + syntax + "__" + SUFFIX[cat], text, s, e, "password")
        r["_hidden"] = pw if mode else None
        out.append(r)
    return out
