"""Positional-password positives for p167: a password passed without a telling key.

Span type lawnpw_<syntax>; container lawnpw_<syntax>__<suffix> where the suffix says what the
text is (shell history, source excerpt, config file, wire capture).
"""
import base64
import random

from common167 import SLOT, owner_password, make_record, denied

SEED = 16703
PREFIX = "lawnpw_"
V = SLOT

SUFFIX = {
    "sh": "crew_ops_shell_history",
    "code": "field_app_source_excerpt",
    "file": "depot_server_config_file",
    "wire": "route_gateway_wire_capture",
}

USERS = ["routeops", "gbadmin", "tech_sync", "irrigation", "nursery_feed", "dispatch", "wdi_reports",
         "billing_svc", "depot", "fieldapp"]
HOSTS = ["db01.depot.lan", "ops01.depot.lan", "nas.depot.lan", "10.40.2.15", "srv2.greenblade.example",
         "core.internal.example"]

# (syntax, kind, template). {U} user, {H} host, {N} a small number; V is the password slot.
SYNTAXES = [
    # database and data clients
    ("mysqlsh_bare_uri_user_colon_at", "sh", "$ mysqlsh {U}:" + V + "@{H}:3306 --sql -e 'select count(*) from jobs'"),
    ("pg_dump_dbname_flag_uri_userinfo", "sh", "$ pg_dump --dbname=postgresql://{U}:" + V + "@{H}:5432/routes -Fc -f routes.dump"),
    ("mongoexport_uri_flag_userinfo", "sh", "$ mongoexport --uri=\"mongodb://{U}:" + V + "@{H}:27017/traps\" --collection=scans --out=scans.json"),
    ("redis_cli_lower_u_url_userinfo", "sh", "$ redis-cli -u redis://default:" + V + "@{H}:6379/2 LLEN route:queue"),
    ("sqlcmd_capital_p_after_capital_u", "sh", "C:\\> sqlcmd -S {H} -d Billing -U {U} -P " + V + " -Q \"EXEC dbo.RunAutopay\""),
    ("bcp_capital_p_after_capital_u", "sh", "C:\\> bcp Billing.dbo.Invoices out invoices.dat -c -S {H} -U {U} -P " + V),
    ("mysqladmin_glued_lower_p", "sh", "# mysqladmin -u {U} -p" + V + " -h {H} processlist"),
    ("percona_toolkit_dsn_lower_p_pair", "sh", "$ pt-online-schema-change --alter \"ADD COLUMN epa_reg VARCHAR(20)\" D=pest,t=applications,h={H},u={U},p=" + V + " --execute"),
    ("cockroach_sql_url_flag_userinfo", "sh", "$ cockroach sql --url \"postgresql://{U}:" + V + "@{H}:26257/nursery?sslmode=verify-full\""),
    ("couchbase_cli_lower_p_after_lower_u", "sh", "$ couchbase-cli bucket-list -c {H}:8091 -u {U} -p " + V),
    ("hdbsql_lower_p_after_lower_u", "sh", "$ hdbsql -n {H}:30015 -u {U} -p " + V + " \"SELECT * FROM M_DATABASE\""),
    ("vsql_lower_w_after_capital_u", "sh", "$ vsql -h {H} -U {U} -w " + V + " -c 'select count(*) from route_stops'"),
    ("bteq_dot_logon_comma_pair", "file", ".LOGON {H}/{U}," + V + "\nSELECT COUNT(*) FROM fieldops.service_visits;\n.LOGOFF\n"),
    ("db2_connect_using_keyword", "sh", "$ db2 connect to ROUTES user {U} using " + V),
    ("expdp_leading_slash_logon", "sh", "$ expdp {U}/" + V + "@ROUTESPDB schemas=FIELDOPS directory=DP_DIR dumpfile=fieldops.dmp"),
    ("sqlplus_connect_command_slash_pair", "sh", "SQL> CONNECT {U}/" + V + "@//{H}:1521/WDIPDB\nConnected."),
    ("jdbc_oracle_thin_slash_pair", "code", "String url = \"jdbc:oracle:thin:{U}/" + V + "@//{H}:1521/WDIPDB\";\nConnection c = DriverManager.getConnection(url);"),
    ("mongo_shell_db_auth_second", "sh", "test> use admin\nadmin> db.auth(\"{U}\", \"" + V + "\")\n{ ok: 1 }"),
    ("redis_cli_interactive_auth_single", "sh", "{H}:6379> AUTH " + V + "\nOK\n{H}:6379> KEYS trap:*"),
    ("database_url_env_postgres_userinfo", "file", "DATABASE_URL=postgres://{U}:" + V + "@{H}:5432/routes\nRAILS_MAX_THREADS=5\n"),
    ("rediss_url_empty_user_colon_pw", "file", "REDIS_URL=rediss://:" + V + "@{H}:6380/0\nSIDEKIQ_CONCURRENCY=10\n"),
    # file transfer, shares, remote admin
    ("curl_lower_u_user_colon_pair", "sh", "$ curl -s -u {U}:" + V + " https://{H}/api/v1/stations?depot=north"),
    ("curl_couchdb_http_url_userinfo", "sh", "$ curl -X PUT http://{U}:" + V + "@{H}:5984/bait_scans"),
    ("curl_capital_u_proxy_user_colon_pair", "sh", "$ curl -x http://proxy.depot.lan:3128 -U {U}:" + V + " https://api.weather.example/v1/forecast"),
    ("lftp_lower_u_comma_pair", "sh", "$ lftp -u {U}," + V + " sftp://{H} -e 'mirror -R ./availability /in; bye'"),
    ("plink_pw_flag", "sh", "C:\\> plink -ssh {U}@{H} -pw " + V + " -batch \"systemctl restart trapgw\""),
    ("winscp_open_url_userinfo", "sh", "C:\\> winscp.com /command \"open sftp://{U}:" + V + "@{H}/\" \"put availability.csv /in/\" \"exit\""),
    ("psexec_lower_p_after_lower_u", "sh", "C:\\> psexec \\\\OFFICE-PC2 -u GREENBLADE\\{U} -p " + V + " cmd /c ipconfig"),
    ("net_use_positional_after_share", "sh", "C:\\> net use Z: \\\\{H}\\routes " + V + " /user:GREENBLADE\\{U} /persistent:no"),
    ("schtasks_rp_after_ru", "sh", "C:\\> schtasks /create /tn \"QB Sync\" /tr C:\\QBSync\\sync.cmd /sc daily /st 05:30 /ru GREENBLADE\\{U} /rp " + V),
    ("mount_smbfs_url_userinfo", "sh", "$ mount_smbfs //{U}:" + V + "@{H}/estimates /Volumes/estimates"),
    ("impacket_target_domain_user_colon_at", "sh", "$ impacket-smbclient GREENBLADE/{U}:" + V + "@{H}"),
    ("smbmap_lower_p_after_lower_u", "sh", "$ smbmap -u {U} -p " + V + " -d GREENBLADE -H {H}"),
    ("minio_mc_alias_set_fourth_positional", "sh", "$ mc alias set depotnas http://{H}:9000 {U} " + V),
    ("ipmitool_capital_p_after_capital_u", "sh", "$ ipmitool -I lanplus -H 10.40.2.2{N} -U {U} -P " + V + " chassis power status"),
    ("racadm_lower_p_after_lower_u", "sh", "$ racadm -r 10.40.2.3{N} -u {U} -p " + V + " getsysinfo"),
    ("govc_url_env_userinfo", "sh", "$ export GOVC_URL='https://{U}:" + V + "@vcenter.depot.lan/sdk'\n$ govc ls /depot/vm"),
    ("snmpwalk_v3_capital_a_auth_passphrase", "sh", "$ snmpwalk -v3 -l authNoPriv -u {U} -a SHA -A " + V + " 10.40.2.1 1.3.6.1.2.1.1"),
    ("ffmpeg_rtsp_input_url_userinfo", "sh", "$ ffmpeg -rtsp_transport tcp -i rtsp://{U}:" + V + "@10.40.7.{N}:554/stream1 -t 30 dashcam.mp4"),
    ("celery_broker_flag_amqp_url_userinfo", "sh", "$ celery -A fieldops worker -b amqp://{U}:" + V + "@{H}:5672/routes -l info"),
    ("nats_cli_server_url_userinfo", "sh", "$ nats --server nats://{U}:" + V + "@{H}:4222 sub 'traps.>'"),
    ("mosquitto_pub_capital_p_after_lower_u", "sh", "$ mosquitto_pub -h {H} -u {U} -P " + V + " -t valves/zone{N}/cmd -m open"),
    ("git_remote_set_url_https_userinfo", "sh", "$ git remote set-url origin https://{U}:" + V + "@git.greenblade.example/fieldops/tech-app.git"),
    ("hg_clone_url_userinfo", "sh", "$ hg clone https://{U}:" + V + "@hg.greenblade.example/legacy-billing"),
    ("podman_login_lower_p_after_lower_u", "sh", "$ podman login -u {U} -p " + V + " registry.greenblade.example"),
    ("twine_upload_lower_p_after_lower_u", "sh", "$ twine upload --repository-url https://pypi.greenblade.example/ -u {U} -p " + V + " dist/*"),
    ("bundle_config_host_user_colon_pair", "sh", "$ bundle config set --global gems.greenblade.example {U}:" + V),
    ("goproxy_env_url_userinfo", "sh", "$ GOPROXY=https://{U}:" + V + "@athens.greenblade.example,direct go mod download"),
    ("https_proxy_env_url_userinfo", "sh", "$ export https_proxy=http://{U}:" + V + "@proxy.depot.lan:3128\n$ apt-get update"),
    ("django_environ_email_url_userinfo", "file", "EMAIL_URL=smtp+tls://{U}:" + V + "@{H}:587\nDEFAULT_FROM_EMAIL=portal@greenblade.example\n"),
    # encryption, archives, keys
    ("sevenzip_glued_lower_p", "sh", "$ 7z a -p" + V + " -mhe=on wdi_reports_2025.7z ./reports/"),
    ("openssl_enc_lower_k_passphrase", "sh", "$ openssl enc -aes-256-cbc -pbkdf2 -k " + V + " -in customers.csv -out customers.csv.enc"),
    ("ccrypt_capital_k_keyword", "sh", "$ ccrypt -e -K " + V + " route_export.csv"),
    ("pdftotext_upw_flag", "sh", "$ pdftotext -upw " + V + " npma33_signed.pdf -"),
    ("ssh_keygen_capital_n_new_passphrase", "sh", "$ ssh-keygen -t ed25519 -C depot-gw -N " + V + " -f ~/.ssh/depot_gw"),
    ("sudo_lower_s_stdin_echo", "sh", "$ echo '" + V + "' | sudo -S systemctl restart route-optimizer"),
    ("powershell_convertto_securestring_plaintext", "code", "$sec = ConvertTo-SecureString '" + V + "' -AsPlainText -Force\n$cred = New-Object PSCredential('GREENBLADE\\{U}', $sec)"),
    # files with fixed column order
    ("chap_secrets_third_column", "file", "# /etc/ppp/chap-secrets\n# client   server   secret   IP addresses\n\"{U}\"  *  \"" + V + "\"  *\n"),
    ("davfs2_secrets_third_field", "file", "# /etc/davfs2/secrets\nhttps://dav.greenblade.example/estimates  {U}  " + V + "\n"),
    ("hostapd_wpa_psk_file_second_field", "file", "# /etc/hostapd/hostapd.wpa_psk (depot yard AP)\n00:00:00:00:00:00 " + V + "\n"),
    ("stunnel_psk_identity_colon_key", "file", "# /etc/stunnel/psk.txt\ntrapgw-north:" + V + "\n"),
    ("exim_passwd_client_third_field", "file", "# /etc/exim4/passwd.client\n*.smtp-relay.example:{U}:" + V + "\n"),
    ("sendmail_authinfo_quoted_p_colon", "file", "AuthInfo:smtp-relay.example \"U:{U}\" \"P:" + V + "\" \"M:PLAIN\"\n"),
    ("fixed_width_route_export_cols_41_to_56", "file",
     "# route_users.dat  cols 1-8 id, 9-24 login, 25-40 depot, 41-56 secret, 57- role\n"
     "00000{N}01{U:<16}north-depot     " + V + "{PAD}dispatch\n"),
    ("technician_roster_tsv_fourth_column", "file", "T-10{N}\tLuis Ortega\t{U}\t" + V + "\ttablet-12\n"),
    ("wifi_qr_payload_p_field", "file", "WIFI:T:WPA;S:GB-Truck-{N};P:" + V + ";;\n"),
    ("expect_send_after_assword_prompt", "file", "spawn ssh {U}@{H}\nexpect \"assword:\"\nsend \"" + V + "\\r\"\nexpect \"$ \"\n"),
    ("ppp_chat_script_ssword_expect_send", "file", "ABORT BUSY\n\"\" ATZ\nOK ATDT*99#\nogin: {U}\nssword: " + V + "\n"),
    ("ftp_heredoc_user_command_third_token", "sh", "$ ftp -n {H} <<EOF\nuser {U} " + V + "\nbinary\nput availability.csv\nbye\nEOF"),
    # protocol exchanges
    ("ftp_control_channel_pass_verb", "wire", "220 ftp.nursery-partner.example FTP ready\nUSER {U}\n331 Please specify the password.\nPASS " + V + "\n230 Login successful."),
    ("smtp_auth_login_second_b64_line", "wire", "C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: {UB64}\nS: 334 UGFzc3dvcmQ6\nC: " + V + "\nS: 235 2.7.0 Authentication successful"),
    ("irc_server_pass_verb_before_nick", "wire", "PASS " + V + "\nNICK depot-bot\nUSER depot 0 * :route alerts bot"),
    # UI automation and typing
    ("puppeteer_page_type_second", "code", "await page.type('#field-user', '{U}');\nawait page.type('#field-2', '" + V + "');\nawait page.click('button[type=submit]');"),
    ("webdriverio_set_value_after_selector", "code", "await $('#user').setValue('{U}')\nawait $('#pin').setValue('" + V + "')\nawait $('button=Sign in').click()"),
    ("robot_framework_input_text_second_cell", "code", "*** Test Cases ***\nLog In To Portal\n    Input Text    id:login    {U}\n    Input Text    id:pin    " + V + "\n    Click Button    Sign in"),
    ("pyautogui_typewrite_single", "code", "pyautogui.click(640, 410)\npyautogui.typewrite('" + V + "', interval=0.05)\npyautogui.press('enter')"),
    ("maestro_input_text_yaml", "code", "appId: com.greenblade.tech\n---\n- launchApp\n- tapOn: \"PIN\"\n- inputText: \"" + V + "\"\n- tapOn: \"Unlock\""),
    ("detox_type_text_single", "code", "await element(by.id('kiosk-exit-pin')).typeText('" + V + "');\nawait element(by.text('OK')).tap();"),
    ("espresso_type_text_single", "code", "onView(withId(R.id.exitPin)).perform(typeText(\"" + V + "\"), closeSoftKeyboard());"),
    ("xcuitest_type_text_single", "code", "let field = app.secureTextFields.firstMatch\nfield.tap()\nfield.typeText(\"" + V + "\")"),
    ("powershell_sendkeys_sendwait", "code", "Add-Type -AssemblyName System.Windows.Forms\n[System.Windows.Forms.SendKeys]::SendWait('" + V + "{ENTER}')"),
    ("tmux_send_keys_literal", "sh", "$ tmux send-keys -t ops:1 '" + V + "' Enter"),
    ("screen_stuff_command", "sh", "$ screen -S depot -X stuff '" + V + "\\n'"),
    # library call positions
    ("python_paramiko_connect_fourth_positional", "code", "client = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nclient.connect('{H}', 22, '{U}', '" + V + "')"),
    ("python_ftplib_login_second", "code", "ftp = ftplib.FTP('{H}')\nftp.login('{U}', '" + V + "')\nftp.storbinary('STOR availability.csv', fh)"),
    ("python_smtplib_login_second", "code", "with smtplib.SMTP('{H}', 587) as s:\n    s.starttls()\n    s.login('{U}', '" + V + "')"),
    ("python_imaplib_login_second", "code", "box = imaplib.IMAP4_SSL('{H}')\nbox.login('{U}', '" + V + "')\nbox.select('Estimates')"),
    ("python_poplib_pass_underscore_single", "code", "pop = poplib.POP3_SSL('{H}')\npop.user('{U}')\npop.pass_('" + V + "')"),
    ("python_sqlalchemy_create_engine_url_userinfo", "code", "engine = create_engine('mysql+pymysql://{U}:" + V + "@{H}/nursery')"),
    ("python_redis_ctor_fourth_positional", "code", "r = redis.Redis('{H}', 6379, 0, '" + V + "')"),
    ("python_requests_auth_tuple_second", "code", "resp = requests.get(f'{base}/stations', auth=('{U}', '" + V + "'), timeout=20)"),
    ("python_aiohttp_basicauth_second", "code", "auth = aiohttp.BasicAuth('{U}', '" + V + "')\nasync with session.get(url, auth=auth) as r:"),
    ("python_smbclient_register_session_third", "code", "smbclient.register_session('{H}', '{U}', '" + V + "')"),
    ("python_pymongo_client_uri_userinfo", "code", "client = MongoClient('mongodb://{U}:" + V + "@{H}:27017/?authSource=admin')"),
    ("python_hashlib_pbkdf2_hmac_second_bytes", "code", "dk = hashlib.pbkdf2_hmac('sha256', b'" + V + "', salt, 600_000)"),
    ("python_bcrypt_hashpw_first_bytes", "code", "hashed = bcrypt.hashpw(b'" + V + "', bcrypt.gensalt(12))"),
    ("node_mysql2_create_connection_uri_userinfo", "code", "const conn = await mysql.createConnection('mysql://{U}:" + V + "@{H}:3306/routes');"),
    ("node_crypto_pbkdf2sync_first", "code", "const key = crypto.pbkdf2Sync('" + V + "', salt, 210000, 32, 'sha512');"),
    ("node_bcrypt_hash_first", "code", "const hash = await bcrypt.hash('" + V + "', 12);"),
    ("node_http_request_auth_option_colon_pair", "code", "const req = https.request({ host: '{H}', path: '/v1/jobs', auth: '{U}:" + V + "' });"),
    ("go_sql_open_mysql_dsn_colon_at", "code", "db, err := sql.Open(\"mysql\", \"{U}:" + V + "@tcp({H}:3306)/routes?parseTime=true\")"),
    ("go_http_setbasicauth_second", "code", "req.SetBasicAuth(\"{U}\", \"" + V + "\")\nresp, err := client.Do(req)"),
    ("java_drivermanager_getconnection_third", "code", "Connection c = DriverManager.getConnection(\"jdbc:postgresql://{H}:5432/routes\", \"{U}\", \"" + V + "\");"),
    ("java_commons_net_ftpclient_login_second", "code", "FTPClient ftp = new FTPClient();\nftp.connect(\"{H}\");\nftp.login(\"{U}\", \"" + V + "\");"),
    ("java_jndi_security_credentials_put", "code", "env.put(Context.SECURITY_PRINCIPAL, \"cn={U},ou=svc,dc=greenblade,dc=example\");\nenv.put(Context.SECURITY_CREDENTIALS, \"" + V + "\");"),
    ("java_unirest_basic_auth_second", "code", "HttpResponse<String> r = Unirest.get(url).basicAuth(\"{U}\", \"" + V + "\").asString();"),
    ("csharp_networkcredential_ctor_second", "code", "var cred = new NetworkCredential(\"{U}\", \"" + V + "\", \"GREENBLADE\");"),
    ("csharp_directoryentry_ctor_third", "code", "using var de = new DirectoryEntry(\"LDAP://dc01.greenblade.example\", \"{U}\", \"" + V + "\");"),
    ("ruby_net_ftp_login_second", "code", "ftp = Net::FTP.new('{H}')\nftp.login('{U}', '" + V + "')"),
    ("ruby_net_http_basic_auth_second", "code", "req = Net::HTTP::Get.new(uri)\nreq.basic_auth '{U}', '" + V + "'"),
    ("php_mysqli_ctor_third", "code", "$db = new mysqli('{H}', '{U}', '" + V + "', 'nursery');"),
    ("php_imap_open_third", "code", "$mbox = imap_open('{{H}:993/imap/ssl}INBOX', '{U}', '" + V + "');"),
    ("php_ftp_login_third", "code", "$conn = ftp_connect('{H}');\nftp_login($conn, '{U}', '" + V + "');"),
    ("perl_dbi_connect_third", "code", "my $dbh = DBI->connect('dbi:Pg:dbname=routes;host={H}', '{U}', '" + V + "', { RaiseError => 1 });"),
    ("perl_net_ftp_login_second", "code", "my $ftp = Net::FTP->new('{H}');\n$ftp->login('{U}', '" + V + "');"),
    ("rust_reqwest_basic_auth_some_second", "code", "let resp = client.get(url).basic_auth(\"{U}\", Some(\"" + V + "\")).send().await?;"),
    ("arduino_wifi_begin_second_argument", "code", "void setup() {\n  WiFi.begin(\"GB-Depot-IoT\", \"" + V + "\");\n  while (WiFi.status() != WL_CONNECTED) delay(500);\n}"),
]


def build_template(kind, tpl, rng, value):
    u = rng.choice(USERS)
    h = rng.choice(HOSTS)
    n = str(rng.randint(1, 9))
    t = tpl
    if "{U:<16}" in t:
        t = t.replace("{U:<16}", u.ljust(16)[:16])
        t = t.replace("{PAD}", " " * max(1, 16 - len(value)))
    t = t.replace("{{H}", "{" + h).replace("{U}", u).replace("{H}", h).replace("{N}", n)
    t = t.replace("{UB64}", base64.b64encode(u.encode()).decode())
    return t


def _short_pw(rng, limit):
    while True:
        p = owner_password(rng)
        if len(p) <= limit:
            return p


def select(deny_names, earlier_syntaxes):
    kept, dropped = [], []
    for s in SYNTAXES:
        name = s[0]
        if denied(name, deny_names) or denied(PREFIX + name, deny_names) or name in earlier_syntaxes:
            dropped.append(s)
        else:
            kept.append(s)
    return kept[:120], dropped


def generate(reg, deny_names, earlier_syntaxes, start_id):
    rng = random.Random(SEED)
    kept, _ = select(deny_names, earlier_syntaxes)
    out = []
    for i, (name, kind, tpl) in enumerate(kept):
        if name == "smtp_auth_login_second_b64_line":
            plain = reg.draw(lambda: owner_password(rng))
            value = reg.draw(lambda: base64.b64encode(plain.encode()).decode())
        elif name.startswith("fixed_width_"):
            value = reg.draw(lambda: _short_pw(rng, 16))
        else:
            value = reg.draw(lambda: owner_password(rng))
        t = build_template(kind, tpl, rng, value)
        stype = PREFIX + name
        out.append(make_record("p167-s-%04d" % (start_id + i), "password",
                               stype + "__" + SUFFIX[kind], stype, t, value))
    return out
