"""Positional passwords: the password is passed without a telling password= key."""
import base64
import random

from common169 import MARK, host, password, user

SEED = 16903
PREFIX = "golfpw_"
SUFFIX = {
    "cli": "club_it_fish_history",
    "lib": "tee_sheet_backend_source",
    "file": "course_server_config_file",
    "proto": "clubhouse_lan_packet_capture",
    "gui": "cart_tablet_automation_script",
}

# (syntax, category, template, value form). {V} = labelled value, {u} user, {h} host, {db} database.
# value form: "pw" plain password, "b64up" Base64 of user:password, "b64p" Base64 of the password.
SYNTAXES = [
    # ---- command lines
    ("mysqladmin_glued_lower_p_status", "cli", "> mysqladmin -h {h} -u {u} -p{V} status\nUptime: 812331  Threads: 4  Questions: 99120\n", "pw"),
    ("mysqlsh_positional_uri_userinfo", "cli", "> mysqlsh {u}:{V}@{h}:3306/{db} --sql -e 'select count(*) from tee_times'\n", "pw"),
    ("mongoexport_uri_flag_userinfo", "cli", "> mongoexport --uri=mongodb://{u}:{V}@{h}:27017/{db} -c rounds -o rounds.json\n", "pw"),
    ("sqlcmd_capital_p_after_capital_u", "cli", "> sqlcmd -S {h} -d {db} -U {u} -P {V} -Q \"EXEC dbo.CloseTeeSheet\"\n", "pw"),
    ("bcp_capital_p_after_capital_u", "cli", "> bcp {db}.dbo.member_charges out charges.dat -S {h} -U {u} -P {V} -c\n", "pw"),
    ("db2_connect_user_using_keyword", "cli", "db2 => connect to {db} user {u} using {V}\n   Database server = DB2/LINUXX8664 11.5.8\n", "pw"),
    ("vertica_vsql_lower_w_after_capital_u", "cli", "> vsql -h {h} -d {db} -U {u} -w {V} -c 'select * from rounds limit 5'\n", "pw"),
    ("hdbsql_lower_p_after_lower_u", "cli", "> hdbsql -n {h}:30015 -u {u} -p {V} \"select count(*) from dues_ledger\"\n", "pw"),
    ("tsql_freetds_capital_p_after_capital_u", "cli", "> tsql -S teesheetsql -U {u} -P {V}\nlocale is \"en_US.UTF-8\"\n1> select @@version\n", "pw"),
    ("unixodbc_isql_third_positional", "cli", "> isql -v ClubDuesDSN {u} {V}\n+---------------------------------------+\n| Connected!                            |\n", "pw"),
    ("bteq_logon_user_comma_pass", "cli", "BTEQ -- Enter your SQL request or BTEQ command:\n.LOGON tdprod/{u},{V};\n*** Logon successfully completed.\n", "pw"),
    ("rman_target_slash_pair", "cli", "> rman target {u}/{V}@CLUBPRD\nRecovery Manager: Release 19.0.0.0.0\n", "pw"),
    ("expdp_userid_slash_pair", "cli", "> expdp {u}/{V}@CLUBPRD schemas=DUES directory=DPUMP dumpfile=dues.dmp\n", "pw"),
    ("sqlplus_connect_command_slash_pair", "cli", "SQL> connect {u}/{V}@//{h}:1521/CLUBPDB\nConnected.\n", "pw"),
    ("redis_benchmark_lower_a_flag", "cli", "> redis-benchmark -h {h} -a {V} -t get,set -n 20000 -q\n", "pw"),
    ("mosquitto_sub_capital_p_after_lower_u", "cli", "> mosquitto_sub -h {h} -t 'turf/+/moisture' -u {u} -P {V} -v\n", "pw"),
    ("nats_cli_server_url_userinfo", "cli", "> nats sub -s nats://{u}:{V}@{h}:4222 'carts.>'\n", "pw"),
    ("celery_broker_flag_amqp_userinfo", "cli", "> celery -A teesheet worker -b amqp://{u}:{V}@{h}:5672/clubvhost -l info\n", "pw"),
    ("plink_pw_flag", "cli", "C:\\> plink -ssh -batch {u}@{h} -pw {V} \"sudo systemctl restart lynx-bridge\"\n", "pw"),
    ("pscp_pw_flag", "cli", "C:\\> pscp -pw {V} statements_0601.zip {u}@{h}:/drop/statements/\n", "pw"),
    ("winscp_com_open_url_userinfo", "cli", "C:\\> winscp.com /command \"open sftp://{u}:{V}@{h}/\" \"put dues.csv /in/\" \"exit\"\n", "pw"),
    ("psexec_lower_p_after_lower_u", "cli", "C:\\> psexec \\\\PROSHOP-TILL2 -u PROSHOP\\{u} -p {V} cmd /c ipconfig /flushdns\n", "pw"),
    ("net_use_positional_after_share", "cli", "C:\\> net use S: \\\\{h}\\statements {V} /user:CLUB\\{u} /persistent:no\n", "pw"),
    ("schtasks_capital_rp_after_capital_ru", "cli", "C:\\> schtasks /Create /TN NightlyDues /TR C:\\dues\\run.cmd /SC DAILY /ST 02:00 /RU CLUB\\{u} /RP {V}\n", "pw"),
    ("winrs_lower_p_colon", "cli", "C:\\> winrs -r:{h} -u:CLUB\\{u} -p:{V} \"ipconfig /all\"\n", "pw"),
    ("ipmitool_capital_p_after_capital_u", "cli", "> ipmitool -I lanplus -H 10.40.0.21 -U {u} -P {V} chassis power status\nChassis Power is on\n", "pw"),
    ("snmpwalk_v3_capital_a_auth_passphrase", "cli", "> snmpwalk -v3 -l authNoPriv -u {u} -a SHA -A {V} 10.40.0.1 ifDescr\n", "pw"),
    ("seven_zip_extract_glued_lower_p", "cli", "> 7z x member_photos_2024.7z -p{V} -o./photos\n", "pw"),
    ("openssl_enc_lower_k_flag", "cli", "> openssl enc -d -aes-256-cbc -pbkdf2 -in dues_export.csv.enc -out dues.csv -k {V}\n", "pw"),
    ("ccrypt_capital_k_flag", "cli", "> ccrypt -d -K {V} caddie_payroll.xlsx.cpt\n", "pw"),
    ("cryptsetup_open_key_file_stdin_echo", "cli", "> echo -n '{V}' | sudo cryptsetup open /dev/sdb1 scorecards --key-file=-\n", "pw"),
    ("kinit_stdin_echo", "cli", "> echo '{V}' | kinit {u}@CLUB.EXAMPLE\n> klist\n", "pw"),
    ("wget_ftp_url_userinfo", "cli", "> wget ftp://{u}:{V}@{h}/exports/tee_times_week.csv\n", "pw"),
    ("aria2c_sftp_url_userinfo", "cli", "> aria2c sftp://{u}:{V}@{h}/firmware/cart_tablet_5.2.img\n", "pw"),
    ("yt_dlp_lower_p_after_lower_u", "cli", "> yt-dlp -u {u} -p {V} https://video.club.example/flyovers/hole-7\n", "pw"),
    ("hg_clone_url_userinfo", "cli", "> hg clone https://{u}:{V}@{h}/repos/scoring-legacy\n", "pw"),
    ("git_remote_set_url_userinfo", "cli", "> git remote set-url origin https://{u}:{V}@{h}/club/teesheet.git\n", "pw"),
    ("crane_auth_login_lower_p_after_lower_u", "cli", "> crane auth login registry.club.example -u {u} -p {V}\n", "pw"),
    ("oras_login_lower_p_after_lower_u", "cli", "> oras login registry.club.example -u {u} -p {V}\nLogin Succeeded\n", "pw"),
    ("twine_upload_lower_p_after_lower_u", "cli", "> twine upload --repository-url https://{h}/pypi/ -u {u} -p {V} dist/*\n", "pw"),
    ("gem_sources_add_url_userinfo", "cli", "> gem sources --add https://{u}:{V}@{h}/gems/\n", "pw"),
    ("bundle_config_host_user_colon_pair", "cli", "> bundle config set --global gems.club.example {u}:{V}\n", "pw"),
    ("restic_rest_repo_url_userinfo", "cli", "> restic -r rest:https://{u}:{V}@{h}:8000/clubhouse backup /srv/teesheet\n", "pw"),
    ("mount_cifs_user_option_percent_pair", "cli", "> sudo mount -t cifs //{h}/scorecards /mnt/scorecards -o user={u}%{V},vers=3.0\n", "pw"),
    ("adb_cmd_wifi_connect_network_third", "cli", "> adb -s CART0417 shell cmd wifi connect-network ClubCarts wpa2 {V}\n", "pw"),
    ("mc_alias_set_fourth_positional", "cli", "> mc alias set clubminio http://{h}:9000 {u} {V}\nAdded `clubminio` successfully.\n", "pw"),
    ("openfortivpn_lower_p_after_lower_u", "cli", "> sudo openfortivpn vpn.club.example:443 -u {u} -p {V}\n", "pw"),
    ("lynx_auth_colon_pair", "cli", "> lynx -auth={u}:{V} http://{h}/irrigation/status\n", "pw"),
    ("curl_smtps_url_userinfo", "cli", "> curl --ssl-reqd smtps://{u}:{V}@smtp.club.example:465 --mail-from dues@club.example --mail-rcpt it@club.example -T note.eml\n", "pw"),
    ("snail_mta_url_userinfo", "cli", "> s-nail -S mta=smtps://{u}:{V}@smtp.club.example:465 -s 'statements sent' it@club.example < log.txt\n", "pw"),
    ("ncftp_open_lower_p_after_lower_u", "cli", "ncftp> open -u {u} -p {V} {h}\nLogged in to {h}.\n", "pw"),
    ("export_https_proxy_url_userinfo", "cli", "> export https_proxy=http://{u}:{V}@proxy.club.example:3128\n> curl -I https://api.golf.example\n", "pw"),
    ("git_config_http_proxy_userinfo", "cli", "> git config --global http.proxy http://{u}:{V}@proxy.club.example:3128\n", "pw"),
    ("cisco_vpn_cli_s_stdin_third_line", "cli", "> printf 'connect vpn.club.example\\n{u}\\n{V}\\ny\\n' | /opt/cisco/anyconnect/bin/vpn -s\n", "pw"),
    ("ftp_n_heredoc_user_command_third", "cli", "> ftp -n {h} <<EOF\nuser {u} {V}\nbinary\nput tee_times.csv\nbye\nEOF\n", "pw"),
    # ---- library calls
    ("python_paramiko_connect_fourth_positional", "lib", "client = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nclient.connect(\"{h}\", 22, \"{u}\", \"{V}\")\n", "pw"),
    ("python_ftplib_login_second", "lib", "ftp = ftplib.FTP(\"{h}\")\nftp.login(\"{u}\", \"{V}\")\nftp.storbinary(\"STOR statements.zip\", fh)\n", "pw"),
    ("python_poplib_pass_underscore_single", "lib", "box = poplib.POP3_SSL(\"{h}\")\nbox.user(\"{u}\")\nbox.pass_(\"{V}\")\n", "pw"),
    ("python_asyncpg_connect_url_userinfo", "lib", "conn = await asyncpg.connect(\"postgresql://{u}:{V}@{h}:5432/{db}\")\n", "pw"),
    ("python_sqlalchemy_create_engine_url_userinfo", "lib", "engine = create_engine(\"mssql+pyodbc://{u}:{V}@{h}/{db}?driver=ODBC+Driver+18+for+SQL+Server\")\n", "pw"),
    ("python_redis_from_url_userinfo", "lib", "r = redis.Redis.from_url(\"rediss://{u}:{V}@{h}:6380/2\")\n", "pw"),
    ("python_requests_ntlm_auth_second", "lib", "s = requests.Session()\ns.auth = HttpNtlmAuth(\"CLUB\\\\{u}\", \"{V}\")\nresp = s.get(\"http://{h}/ReportServer\")\n", "pw"),
    ("python_aiohttp_basicauth_second", "lib", "auth = aiohttp.BasicAuth(\"{u}\", \"{V}\")\nasync with session.get(url, auth=auth) as resp:\n    data = await resp.json()\n", "pw"),
    ("python_oracledb_connect_slash_string", "lib", "conn = oracledb.connect(\"{u}/{V}@{h}:1521/CLUBPDB\")\n", "pw"),
    ("python_smbprotocol_register_session_third", "lib", "smbclient.register_session(\"{h}\", \"{u}\", \"{V}\")\nwith smbclient.open_file(r\"\\\\{h}\\scorecards\\r1.pdf\", mode=\"rb\") as f:\n    pdf = f.read()\n", "pw"),
    ("node_ioredis_url_userinfo", "lib", "const redis = new Redis('rediss://{u}:{V}@{h}:6380/0');\n", "pw"),
    ("node_amqplib_connect_url_userinfo", "lib", "const conn = await amqp.connect('amqps://{u}:{V}@{h}/teesheet');\n", "pw"),
    ("node_knex_connection_string_userinfo", "lib", "const db = knex({{ client: 'pg', connection: 'postgres://{u}:{V}@{h}:5432/{db}' }});\n", "pw"),
    ("node_sequelize_ctor_third", "lib", "const sequelize = new Sequelize('{db}', '{u}', '{V}', {{ host: '{h}', dialect: 'mysql' }});\n", "pw"),
    ("node_ldapjs_bind_second", "lib", "client.bind('cn={u},ou=staff,dc=club,dc=example', '{V}', (err) => {{\n  if (err) throw err;\n}});\n", "pw"),
    ("go_sql_open_mysql_dsn_user_colon_at", "lib", "db, err := sql.Open(\"mysql\", \"{u}:{V}@tcp({h}:3306)/{db}?parseTime=true\")\n", "pw"),
    ("go_http_request_setbasicauth_second", "lib", "req, _ := http.NewRequest(\"GET\", \"https://{h}/api/carts\", nil)\nreq.SetBasicAuth(\"{u}\", \"{V}\")\n", "pw"),
    ("go_jlaffaye_ftp_login_second", "lib", "c, _ := ftp.Dial(\"{h}:21\")\nif err := c.Login(\"{u}\", \"{V}\"); err != nil {{\n    log.Fatal(err)\n}}\n", "pw"),
    ("java_commons_ftpclient_login_second", "lib", "FTPClient ftp = new FTPClient();\nftp.connect(\"{h}\");\nftp.login(\"{u}\", \"{V}\");\n", "pw"),
    ("java_jdbi_create_third", "lib", "Jdbi jdbi = Jdbi.create(\"jdbc:postgresql://{h}/{db}\", \"{u}\", \"{V}\");\n", "pw"),
    ("java_spring_drivermanagerdatasource_ctor_third", "lib", "DataSource ds = new DriverManagerDataSource(\"jdbc:mysql://{h}/{db}\", \"{u}\", \"{V}\");\n", "pw"),
    ("csharp_networkcredential_ctor_second", "lib", "var smtp = new SmtpClient(\"smtp.club.example\", 587);\nsmtp.Credentials = new NetworkCredential(\"{u}\", \"{V}\");\n", "pw"),
    ("csharp_ssh_net_sshclient_ctor_third", "lib", "using var ssh = new SshClient(\"{h}\", \"{u}\", \"{V}\");\nssh.Connect();\n", "pw"),
    ("powershell_convertto_securestring_asplaintext", "lib", "$sec = ConvertTo-SecureString '{V}' -AsPlainText -Force\n$cred = New-Object PSCredential('CLUB\\{u}', $sec)\n", "pw"),
    ("ruby_net_ftp_login_second", "lib", "ftp = Net::FTP.new('{h}')\nftp.login('{u}', '{V}')\n", "pw"),
    ("ruby_sequel_connect_url_userinfo", "lib", "DB = Sequel.connect('postgres://{u}:{V}@{h}/{db}')\n", "pw"),
    ("ruby_net_http_basic_auth_second", "lib", "req = Net::HTTP::Get.new(uri)\nreq.basic_auth '{u}', '{V}'\n", "pw"),
    ("php_ftp_login_third", "lib", "$conn = ftp_connect('{h}');\nftp_login($conn, '{u}', '{V}');\n", "pw"),
    ("php_imap_open_third", "lib", "$mbox = imap_open('{{{h}:993/imap/ssl}}INBOX', '{u}', '{V}');\n", "pw"),
    ("php_mysqli_ctor_third", "lib", "$db = new mysqli('{h}', '{u}', '{V}', '{db}');\n", "pw"),
    ("perl_dbi_connect_third", "lib", "my $dbh = DBI->connect(\"dbi:Pg:dbname={db};host={h}\", '{u}', '{V}', {{ RaiseError => 1 }});\n", "pw"),
    ("perl_net_ftp_login_second", "lib", "my $ftp = Net::FTP->new('{h}') or die;\n$ftp->login('{u}', '{V}') or die $ftp->message;\n", "pw"),
    ("rust_sqlx_pgpool_connect_url_userinfo", "lib", "let pool = PgPool::connect(\"postgres://{u}:{V}@{h}/{db}\").await?;\n", "pw"),
    ("rust_redis_client_open_url_userinfo", "lib", "let client = redis::Client::open(\"redis://{u}:{V}@{h}:6379/1\")?;\n", "pw"),
    ("kotlin_okhttp_credentials_basic_second", "lib", "val auth = Credentials.basic(\"{u}\", \"{V}\")\nval req = Request.Builder().url(url).header(\"Authorization\", auth).build()\n", "pw"),
    ("elixir_ecto_repo_url_userinfo", "lib", "config :scoring, Scoring.Repo,\n  url: \"ecto://{u}:{V}@{h}/{db}\"\n", "pw"),
    ("arduino_wifi_begin_second", "lib", "void setup() {{\n  WiFi.begin(\"ClubTurfNet\", \"{V}\");\n  while (WiFi.status() != WL_CONNECTED) delay(500);\n}}\n", "pw"),
    # ---- files with fixed columns or lines
    ("davfs2_secrets_third_column", "file", "# /etc/davfs2/secrets\nhttps://{h}/dav/scorecards {u} {V}\n", "pw"),
    ("ppp_chap_secrets_third_column", "file", "# client\tserver\tsecret\t\t\tIP addresses\n{u}\tclubvpn\t{V}\t*\n", "pw"),
    ("hostapd_wpa_psk_file_second_column", "file", "# /etc/hostapd.wpa_psk (cart barn AP)\n00:00:00:00:00:00 {V}\n", "pw"),
    ("nagios_resource_cfg_user_macro", "file", "# resource.cfg\n$USER1$=/usr/lib/nagios/plugins\n$USER3$={u}\n$USER4$={V}\n", "pw"),
    ("windows_wlan_profile_xml_keymaterial", "file", "<sharedKey>\n  <keyType>passPhrase</keyType>\n  <protected>false</protected>\n  <keyMaterial>{V}</keyMaterial>\n</sharedKey>\n", "pw"),
    ("squid_cache_peer_login_colon", "file", "cache_peer upstream.club.example parent 3128 0 no-query default login={u}:{V}\n", "pw"),
    ("apt_conf_acquire_proxy_userinfo", "file", "// /etc/apt/apt.conf.d/95proxy\nAcquire::http::Proxy \"http://{u}:{V}@proxy.club.example:3128/\";\n", "pw"),
    ("lftp_bookmarks_url_userinfo", "file", "# ~/.local/share/lftp/bookmarks\nstatements\tsftp://{u}:{V}@{h}/drop\n", "pw"),
    ("yarnrc_yml_npm_auth_ident_colon_pair", "file", "npmRegistryServer: \"https://npm.club.example\"\nnpmAlwaysAuth: true\nnpmAuthIdent: \"{u}:{V}\"\n", "pw"),
    ("git_askpass_script_echo", "file", "#!/bin/sh\n# ~/bin/askpass-teesheet.sh used as GIT_ASKPASS\necho '{V}'\n", "pw"),
    ("docker_config_json_auth_b64_pair", "file", "{{\n  \"auths\": {{\n    \"registry.club.example\": {{ \"auth\": \"{V}\" }}\n  }}\n}}\n", "b64up"),
    ("npmrc_underscore_auth_b64_pair", "file", "registry=https://npm.club.example/\n_auth={V}\nalways-auth=true\n", "b64up"),
    ("nginx_proxy_set_header_basic_b64", "file", "location /irrigation/ {{\n    proxy_pass http://{h}:8080/;\n    proxy_set_header Authorization \"Basic {V}\";\n}}\n", "b64up"),
    ("expect_send_after_passcode_prompt", "file", "spawn ssh {u}@{h}\nexpect \"assword:\"\nsend \"{V}\\r\"\nexpect \"$ \"\n", "pw"),
    # ---- protocol exchanges
    ("ftp_control_pass_after_user", "proto", "220 teesheet-ftp ready\nUSER {u}\n331 Please specify the password.\nPASS {V}\n230 Login successful.\n", "pw"),
    ("smtp_auth_login_second_b64_line", "proto", "C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: {ub64}\nS: 334 UGFzc3dvcmQ6\nC: {V}\nS: 235 2.7.0 Authentication successful\n", "b64p"),
    ("http_authorization_basic_b64_pair", "proto", "GET /api/v2/tee-sheet?date=2025-06-14 HTTP/1.1\nHost: {h}\nAuthorization: Basic {V}\nAccept: application/json\n", "b64up"),
    ("irc_pass_command_before_nick", "proto", "PASS {V}\nNICK scorebot\nUSER scorebot 0 * :Leaderboard relay\n", "pw"),
    ("mqtt_connect_payload_length_prefixed_third", "proto", "MQTT CONNECT flags=0xc2 keepalive=60\npayload (length-prefixed strings):\n  [9] cart-0417\n  [{ulen}] {u}\n  [{vlen}] {V}\n", "pw"),
    # ---- GUI automation
    ("pyautogui_typewrite_argument", "gui", "pyautogui.click(640, 412)\npyautogui.typewrite('{V}', interval=0.05)\npyautogui.press('enter')\n", "pw"),
    ("puppeteer_page_type_second", "gui", "await page.type('#login-user', '{u}');\nawait page.type('#login-secret', '{V}');\nawait page.click('button[type=submit]');\n", "pw"),
    ("webdriverio_setvalue_argument", "gui", "await $('#member-no').setValue('{u}');\nawait $('#pin').setValue('{V}');\n", "pw"),
    ("testcafe_typetext_second", "gui", "await t\n  .typeText('#user', '{u}')\n  .typeText('#secret', '{V}')\n  .click('#sign-in');\n", "pw"),
    ("robotframework_input_text_second_cell", "gui", "*** Test Cases ***\nStarter Login\n    Input Text    id=user    {u}\n    Input Text    id=pin     {V}\n    Click Button  Sign in\n", "pw"),
    ("powershell_sendkeys_sendwait", "gui", "Add-Type -AssemblyName System.Windows.Forms\nStart-Sleep 2\n[System.Windows.Forms.SendKeys]::SendWait('{V}{{ENTER}}')\n", "pw"),
    ("vbscript_wshshell_sendkeys", "gui", "Set sh = CreateObject(\"WScript.Shell\")\nsh.AppActivate \"ProShop POS\"\nWScript.Sleep 800\nsh.SendKeys \"{V}\"\nsh.SendKeys \"{{ENTER}}\"\n", "pw"),
    ("ydotool_type_argument", "gui", "> ydotool type '{V}' && ydotool key 28:1 28:0\n", "pw"),
    ("nightwatch_setvalue_second", "gui", "browser\n  .setValue('input[name=user]', '{u}')\n  .setValue('input[name=secret]', '{V}')\n  .click('#login');\n", "pw"),
    # ---- weaker ones (the flag or prefix still hints at a secret); kept last
    ("cmdkey_generic_pass_colon", "cli", "C:\\> cmdkey /generic:TERMSRV/{h} /user:CLUB\\{u} /pass:{V}\nCMDKEY: Credential added successfully.\n", "pw"),
    ("openssl_pkcs12_passout_pass_prefix", "cli", "> openssl pkcs12 -export -in pos.crt -inkey pos.key -out pos.p12 -passout pass:{V}\n", "pw"),
    ("ssh_keygen_capital_p_old_passphrase", "cli", "> ssh-keygen -p -f ~/.ssh/irrigation_ed25519 -P {V} -N ''\nYour identification has been saved with the new passphrase.\n", "pw"),
    ("sshpass_capital_p_prompt_lower_p", "cli", "> sshpass -P 'Passcode' -p {V} ssh {u}@{h} uptime\n", "pw"),
]


def generate(reg, deny_syntax):
    rng = random.Random(SEED)
    out, dropped = [], []
    usable = []
    for syn, cat, tmpl, form in SYNTAXES:
        if deny_syntax(syn):
            dropped.append(syn)
        else:
            usable.append((syn, cat, tmpl, form))
    unused = [s for s, _, _, _ in usable[120:]]
    for syn, cat, tmpl, form in usable[:120]:
        u = user(rng).replace("_ro", "")
        h = host(rng)
        db = rng.choice(["teesheet", "members", "dues", "proshop", "scoring", "caddies"])

        def mk(r):
            p = password(r, "-_.+~")
            if form == "pw":
                return p
            if form == "b64up":
                return base64.b64encode(f"{u}:{p}".encode()).decode()
            return base64.b64encode(p.encode()).decode()

        v = reg.draw(mk, rng)
        ub64 = base64.b64encode(u.encode()).decode()
        text = tmpl.format(V=MARK, u=u, h=h, db=db, ub64=ub64, ulen=len(u), vlen=len(v))
        typ = PREFIX + syn
        out.append((typ, f"{typ}__{SUFFIX[cat]}", text, v))
    return out, dropped, unused
