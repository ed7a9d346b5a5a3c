"""Password source: passwords passed by position, without a telling password= key."""
import base64
import random

import common206 as C

SEED = 20603
PFX = "baitpw_"
SUFFIX = {"cli": "fishery_ops_terminal_log", "stdin": "tackle_server_stdin_pipe",
          "lib": "club_app_source_excerpt", "file": "lake_server_file_excerpt",
          "proto": "clubhouse_lan_packet_decode", "gui": "day_ticket_ui_test_script",
          "sql": "catch_db_sql_console"}
USERS = ["bailiff", "matchsec", "warden", "tillop", "pegdraw", "stocking", "treasurer", "webteam", "gatehut"]
HOSTS = ["nas.clubhouse.lan", "db.kingfisher.lan", "10.30.1.12", "files.oldmill.lan", "192.168.50.20",
         "mail.willowmere.example", "ledger.tenchfield.lan", "cams.grebewater.lan"]
S = C.SLOT

# (syntax, category, template).  {U} user, {H} host, {N} small number
E = [
    # ---------------- command lines
    ("mysql_glued_lower_p_after_lower_u", "cli", "$ mysql -h {H} -u {U} -p" + S + " catch_returns -e 'SELECT COUNT(*) FROM returns'\n+----------+\n| COUNT(*) |\n+----------+\n|     {N}41 |\n+----------+\n"),
    ("mongosh_lower_p_after_lower_u", "cli", "$ mongosh \"mongodb://{H}:27017/pegdraw\" -u {U} -p '" + S + "' --authenticationDatabase admin\nCurrent Mongosh Log ID: 65f{N}c\n"),
    ("mongodb_srv_uri_userinfo", "cli", "$ mongosh \"mongodb+srv://{U}:" + S + "@results.k9x{N}.mongodb.net/matches\"\n"),
    ("celery_broker_amqp_url_userinfo", "cli", "$ celery -A weighin -b amqp://{U}:" + S + "@{H}:5672// worker -l info\n"),
    ("smbclient_capital_u_percent_pair", "cli", "$ smbclient //{H}/returns -U {U}%" + S + " -c 'ls'\n  .                                   D        0  Sun Mar  {N} 06:12:01 2025\n"),
    ("smbmap_lower_p_after_lower_u", "cli", "$ smbmap -H {H} -u {U} -p '" + S + "' -d CLUBHOUSE\n"),
    ("xfreerdp_slash_p_colon", "cli", "$ xfreerdp /v:{H} /u:{U} /p:" + S + " /cert:ignore /dynamic-resolution\n"),
    ("rdesktop_lower_p_after_lower_u", "cli", "$ rdesktop -u {U} -p '" + S + "' -g 1280x800 {H}\n"),
    ("sshpass_lower_p_before_ssh", "cli", "$ sshpass -p '" + S + "' ssh {U}@{H} 'sudo systemctl restart weighin'\n"),
    ("sshpass_lower_f_process_substitution", "cli", "$ sshpass -f <(printf '%s\\n' '" + S + "') scp results.csv {U}@{H}:/srv/results/\n"),
    ("zip_capital_p_encrypt_flag", "cli", "$ zip -P '" + S + "' members_2025.zip members_2025.csv\n  adding: members_2025.csv (deflated 71%)\n"),
    ("unzip_capital_p_extract_flag", "cli", "$ unzip -P '" + S + "' stocking_returns.zip -d /tmp/stock\nArchive:  stocking_returns.zip\n  inflating: /tmp/stock/stocking_2024.xlsx\n"),
    ("ldapsearch_lower_w_after_capital_d", "cli", "$ ldapsearch -x -H ldap://{H} -D \"cn={U},dc=club,dc=lan\" -w '" + S + "' -b \"ou=members,dc=club,dc=lan\" uid\n"),
    ("ldappasswd_lower_s_new_secret", "cli", "$ ldappasswd -x -H ldap://{H} -D \"cn=admin,dc=club,dc=lan\" -W -s '" + S + "' \"uid={U},ou=members,dc=club,dc=lan\"\nEnter LDAP Password:\n"),
    ("cqlsh_lower_p_after_lower_u", "cli", "$ cqlsh {H} 9042 -u {U} -p '" + S + "' -e \"SELECT * FROM weighins.by_peg LIMIT {N};\"\n"),
    ("redis_cli_lower_a_flag", "cli", "$ redis-cli -h {H} -a '" + S + "' --no-auth-warning LLEN draw:queue\n(integer) {N}\n"),
    ("etcdctl_user_colon_pair", "cli", "$ etcdctl --endpoints=https://{H}:2379 --user {U}:" + S + " get /fishery/gates --prefix\n"),
    ("hg_clone_https_url_userinfo", "cli", "$ hg clone https://{U}:" + S + "@hg.{H}/peg-draw-legacy\n"),
    ("aria2c_ftp_url_userinfo", "cli", "$ aria2c ftp://{U}:" + S + "@{H}/exports/catch_returns_2024.csv\n"),
    ("lftp_open_sftp_url_userinfo", "cli", "$ lftp sftp://{U}:" + S + "@{H} -e 'mirror /results ./results; bye'\n"),
    ("restic_rest_repository_url_userinfo", "cli", "$ restic -r rest:https://{U}:" + S + "@backup.{H}:8000/clubhouse snapshots\n"),
    ("docker_login_lower_p_after_lower_u", "cli", "$ docker login -u {U} -p '" + S + "' registry.{H}\nWARNING! Using --password via the CLI is insecure.\nLogin Succeeded\n"),
    ("podman_pull_creds_colon_pair", "cli", "$ podman pull --creds {U}:" + S + " registry.{H}/tickets:2.{N}\n"),
    ("skopeo_copy_src_creds_colon_pair", "cli", "$ skopeo copy --src-creds {U}:" + S + " docker://registry.{H}/pegdraw:latest dir:/tmp/pegdraw\n"),
    ("oc_login_lower_p_after_lower_u", "cli", "$ oc login https://api.{H}:6443 -u {U} -p '" + S + "'\nLogin successful.\n"),
    ("az_login_lower_p_after_lower_u", "cli", "$ az login -u {U}@kingfisherlakes.example -p '" + S + "'\n"),
    ("cf_auth_second_positional", "cli", "$ cf api https://api.cf.{H}\n$ cf auth {U} '" + S + "'\nAuthenticating...\nOK\n"),
    ("snmpwalk_v3_capital_x_privacy_phrase", "cli", "$ snmpwalk -v3 -l authPriv -u {U} -a SHA -A authphrase{N}x -x AES -X '" + S + "' {H} 1.3.6.1.2.1.1\n"),
    ("snmpwalk_v2c_lower_c_community", "cli", "$ snmpwalk -v2c -c '" + S + "' {H} 1.3.6.1.2.1.2.2.1.2\n"),
    ("ffmpeg_rtsp_input_url_userinfo", "cli", "$ ffmpeg -rtsp_transport tcp -i rtsp://{U}:" + S + "@{H}:554/Streaming/Channels/101 -t 30 gate_{N}.mp4\n"),
    ("lpadmin_smb_device_uri_userinfo", "cli", "$ lpadmin -p TicketPrinter -E -v smb://{U}:" + S + "@{H}/TillPrinter -m everywhere\n"),
    ("ssh_keygen_capital_n_new_phrase", "cli", "$ ssh-keygen -t ed25519 -N '" + S + "' -C 'deploy@clubhouse' -f ~/.ssh/club_deploy\n"),
    ("net_user_add_second_positional", "cli", "C:\\> net user {U} " + S + " /add /comment:\"weigh-in laptop\"\nThe command completed successfully.\n"),
    ("winrs_lower_p_colon_after_lower_u", "cli", "C:\\> winrs -r:{H} -u:{U} -p:" + S + " ipconfig /all\n"),
    ("winscp_open_sftp_url_userinfo", "cli", "C:\\> winscp.com /command \"open sftp://{U}:" + S + "@{H}/\" \"put results.csv /srv/results/\" \"exit\"\n"),
    ("mjpg_streamer_output_http_lower_c_pair", "cli", "$ mjpg_streamer -i \"input_uvc.so -r 1280x720\" -o \"output_http.so -p 8080 -c {U}:" + S + "\"\n"),
    # ---------------- stdin pipes
    ("sudo_capital_s_stdin_echo", "stdin", "$ echo '" + S + "' | sudo -S apt-get -y upgrade\n[sudo] password for {U}: Reading package lists...\n"),
    ("cryptsetup_open_key_file_dash", "stdin", "$ printf '%s' '" + S + "' | sudo cryptsetup open --key-file=- /dev/sdb1 returns_vault\n"),
    ("netcat_printf_redis_inline_auth", "stdin", "$ printf 'AUTH " + S + "\\r\\nGET draw:last\\r\\n' | nc {H} 6379\n+OK\n$4\npeg{N}\n"),
    ("heredoc_ftp_user_line_second_token", "stdin", "$ ftp -n {H} <<EOF\nuser {U} " + S + "\nbinary\nput catch_returns.csv\nbye\nEOF\n"),
    ("clubhouse_sync_login_from_stdin_two_lines", "stdin", "$ printf '{U}\\n" + S + "\\n' | ./clubhouse-sync --login-from-stdin\nlogged in as {U}\n"),
    # ---------------- library call positions
    ("python_sqlalchemy_create_engine_url_userinfo", "lib", "from sqlalchemy import create_engine\n\nengine = create_engine(\"postgresql+psycopg://{U}:" + S + "@{H}/stocking\")\n"),
    ("python_paramiko_connect_fourth_positional", "lib", "import paramiko\n\nclient = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nclient.connect(\"{H}\", 22, \"{U}\", \"" + S + "\")\n"),
    ("python_imaplib_login_second", "lib", "import imaplib\n\nM = imaplib.IMAP4_SSL(\"{H}\")\nM.login(\"{U}@willowmere.example\", \"" + S + "\")\nM.select(\"Returns\")\n"),
    ("python_ldap3_connection_ctor_third", "lib", "from ldap3 import Server, Connection\n\nconn = Connection(Server(\"ldap://{H}\"), \"cn={U},dc=club,dc=lan\", \"" + S + "\", auto_bind=True)\n"),
    ("python_hashlib_pbkdf2_hmac_second_bytes", "lib", "import hashlib\n\nkey = hashlib.pbkdf2_hmac(\"sha256\", b\"" + S + "\", b\"peg-salt-{N}\", 600_000)\n"),
    ("python_zipfile_extractall_third_bytes", "lib", "import zipfile\n\nwith zipfile.ZipFile(\"members.zip\") as zf:\n    zf.extractall(\"/tmp/members\", None, b\"" + S + "\")\n"),
    ("python_pikepdf_open_second_positional", "lib", "import pikepdf\n\npdf = pikepdf.open(\"stocking_cert_{N}.pdf\", \"" + S + "\")\n"),
    ("python_exchangelib_credentials_second", "lib", "from exchangelib import Credentials, Account\n\ncreds = Credentials(\"{U}@kingfisherlakes.example\", \"" + S + "\")\n"),
    ("python_selenium_send_keys_single", "gui", "from selenium.webdriver.common.by import By\n\ndriver.find_element(By.ID, \"f1\").send_keys(\"{U}\")\ndriver.find_element(By.ID, \"f2\").send_keys(\"" + S + "\")\ndriver.find_element(By.ID, \"go\").click()\n"),
    ("node_crypto_scryptsync_first", "lib", "const crypto = require('crypto');\n\nconst key = crypto.scryptSync('" + S + "', 'ticket-salt-{N}', 32);\n"),
    ("node_jsonwebtoken_sign_second", "lib", "const jwt = require('jsonwebtoken');\n\nconst token = jwt.sign({ angler: id, peg }, '" + S + "', { expiresIn: '12h' });\n"),
    ("node_cookie_parser_first_argument", "lib", "const cookieParser = require('cookie-parser');\n\napp.use(cookieParser('" + S + "'));\n"),
    ("deno_fetch_btoa_colon_pair", "lib", "const auth = btoa(\"{U}:" + S + "\");\nconst res = await fetch(\"https://{H}/api/pegs\", { headers: { Authorization: `Basic ${auth}` } });\n"),
    ("java_mongocredential_createcredential_third", "lib", "MongoCredential cred = MongoCredential.createCredential(\n        \"{U}\", \"admin\", \"" + S + "\".toCharArray());\n"),
    ("java_jakarta_mail_transport_connect_fourth", "lib", "Transport t = session.getTransport(\"smtp\");\nt.connect(\"{H}\", 587, \"{U}\", \"" + S + "\");\n"),
    ("java_spring_drivermanagerdatasource_ctor_third", "lib", "DataSource ds = new DriverManagerDataSource(\n        \"jdbc:postgresql://{H}/pegdraw\", \"{U}\", \"" + S + "\");\n"),
    ("java_oracle_thin_jdbc_slash_pair", "lib", "Connection c = DriverManager.getConnection(\n        \"jdbc:oracle:thin:{U}/" + S + "@//{H}:1521/CATCH\");\n"),
    ("kotlin_exposed_database_connect_fourth", "lib", "Database.connect(\"jdbc:mysql://{H}/bookings\", \"com.mysql.cj.jdbc.Driver\", \"{U}\", \"" + S + "\")\n"),
    ("csharp_rfc2898derivebytes_ctor_first", "lib", "using var kdf = new Rfc2898DeriveBytes(\"" + S + "\", salt, 100_000, HashAlgorithmName.SHA256);\n"),
    ("csharp_mailkit_authenticate_second", "lib", "using var client = new SmtpClient();\nawait client.ConnectAsync(\"{H}\", 587, SecureSocketOptions.StartTls);\nawait client.AuthenticateAsync(\"{U}\", \"" + S + "\");\n"),
    ("go_smtp_plainauth_third", "lib", "auth := smtp.PlainAuth(\"\", \"{U}@willowmere.example\", \"" + S + "\", \"{H}\")\n"),
    ("go_pbkdf2_key_first_byte_slice", "lib", "key := pbkdf2.Key([]byte(\"" + S + "\"), salt, 4096, 32, sha256.New)\n"),
    ("go_ldap_conn_bind_second", "lib", "l, _ := ldap.DialURL(\"ldap://{H}:389\")\nerr = l.Bind(\"cn={U},dc=club,dc=lan\", \"" + S + "\")\n"),
    ("rust_lettre_credentials_new_second", "lib", "let creds = Credentials::new(\"{U}\".to_owned(), \"" + S + "\".to_owned());\n"),
    ("ruby_net_smtp_start_fifth", "lib", "Net::SMTP.start('{H}', 587, 'clubhouse.lan', '{U}', '" + S + "', :login) do |smtp|\n  smtp.send_message(msg, 'results@club.example', to)\nend\n"),
    ("php_pdo_ctor_third", "lib", "<?php\n$pdo = new PDO('mysql:host={H};dbname=tickets', '{U}', '" + S + "');\n"),
    ("php_ldap_bind_third", "lib", "<?php\n$ds = ldap_connect('ldap://{H}');\nldap_bind($ds, 'cn={U},dc=club,dc=lan', '" + S + "');\n"),
    ("perl_net_ftp_login_second", "lib", "my $ftp = Net::FTP->new('{H}') or die;\n$ftp->login('{U}', '" + S + "') or die $ftp->message;\n"),
    ("r_dbi_dbconnect_positional_url", "lib", "con <- DBI::dbConnect(RPostgres::Postgres(), \"postgresql://{U}:" + S + "@{H}/stocking\")\n"),
    ("sim800_at_cstt_third_quoted", "proto", ">> AT+CSTT=\"telemetry.apn\",\"{U}\",\"" + S + "\"\n<< OK\n>> AT+CIICR\n<< OK\n"),
    # ---------------- UI automation
    ("playwright_page_fill_second", "gui", "await page.fill('#f1', '{U}');\nawait page.fill('#f2', '" + S + "');\nawait page.click('text=Sign in');\n"),
    ("cypress_get_type_chain", "gui", "cy.get('#f1').type('{U}')\ncy.get('#f2').type('" + S + "')\ncy.contains('Sign in').click()\n"),
    ("detox_typetext_single", "gui", "await element(by.id('f1')).typeText('{U}');\nawait element(by.id('f2')).typeText('" + S + "');\n"),
    ("flutter_widget_tester_entertext_second", "gui", "await tester.enterText(find.byKey(const Key('f1')), '{U}');\nawait tester.enterText(find.byKey(const Key('f2')), '" + S + "');\nawait tester.tap(find.text('Sign in'));\n"),
    ("capybara_fill_in_with_option", "gui", "fill_in 'f1', with: '{U}'\nfill_in 'f2', with: '" + S + "'\nclick_button 'Sign in'\n"),
    ("gherkin_step_typed_quoted_value", "gui", "Scenario: bailiff signs in\n  Given I am on the gate-hut login page\n  When I type \"{U}\" into field f1\n  And I type \"" + S + "\" into field f2\n  Then I see today's permits\n"),
    ("autohotkey_sendraw_line", "gui", "#IfWinActive Till Login\n^!l::\nSend {U}{Tab}\nSendRaw " + S + "\nSend {Enter}\nreturn\n"),
    ("xdotool_type_single", "gui", "$ xdotool search --name 'Weigh-in' windowactivate --sync\n$ xdotool type '" + S + "' && xdotool key Return\n"),
    ("applescript_keystroke_string", "gui", "tell application \"System Events\"\n  keystroke \"{U}\"\n  keystroke tab\n  keystroke \"" + S + "\"\n  keystroke return\nend tell\n"),
    # ---------------- files with fixed positions
    ("pgpass_fifth_colon_field", "file", "# ~/.pgpass  (chmod 600)\n{H}:5432:stocking:{U}:" + S + "\n"),
    ("openvpn_auth_user_pass_second_line", "file", "# /etc/openvpn/client/clubhouse.auth\n{U}\n" + S + "\n"),
    ("vsftpd_virtual_users_even_line", "file", "# /etc/vsftpd/virtual_users.txt (db_load -T -t hash)\nresults\nftpres{N}0.xx\n{U}\n" + S + "\n"),
    ("dovecot_passwd_file_plain_scheme", "file", "# /etc/dovecot/users\n{U}@willowmere.example:{PLAIN}" + S + ":5000:5000::/var/mail/{U}\n"),
    ("postfix_sasl_passwd_after_user_colon", "file", "# /etc/postfix/sasl_passwd\n[{H}]:587 {U}@willowmere.example:" + S + "\n"),
    ("git_credentials_store_url_userinfo", "file", "# ~/.git-credentials\nhttps://{U}:" + S + "@git.{H}\n"),
    ("tinyproxy_basicauth_third_token", "file", "# /etc/tinyproxy/tinyproxy.conf\nPort 8888\nAllow 192.168.50.0/24\nBasicAuth {U} " + S + "\n"),
    ("day_ticket_kiosk_csv_fourth_column", "file", "# kiosk_accounts.csv  (kiosk,site,operator,unlock)\nK{N}1,North Lake,{U}," + S + "\n"),
    ("peg_draw_tablet_pipe_third_field", "file", "# /data/pegdraw/operators.txt  name|role|pin phrase|since\n{U}|draw|" + S + "|2024-11\n"),
    ("weigh_in_scale_ini_colon_list_second", "file", "[bridge]\nport=/dev/rfcomm0\nlogin={U}:" + S + ":readonly\n"),
    ("bailiff_handset_fixed_width_cols_41_to_56", "fixed", None),
    ("lake_gate_keypad_semicolon_last_field", "file", "# gate_controllers.cfg  id;lake;relay;service phrase\nG{N};Top Lake;2;" + S + "\n"),
    ("match_results_tsv_sixth_column", "file", "venue\tdate\tpegs\tsecretary\tlogin\tunlock\nOld Mill\t2025-04-1{N}\t40\tS. Reed\t{U}\t" + S + "\n"),
    # ---------------- protocol exchanges
    ("imap_login_command_second_atom", "proto", "S: * OK IMAP4rev1 ready\nC: a1 LOGIN {U} " + S + "\nS: a1 OK LOGIN completed\n"),
    ("ftp_pass_command_after_user", "proto", "220 clubhouse FTP ready\nUSER {U}\n331 Please specify the password.\nPASS " + S + "\n230 Login successful.\n"),
    ("irc_server_pass_before_nick", "proto", "-> PASS " + S + "\n-> NICK matchbot\n-> USER matchbot 0 * :Match results bot\n<- :irc.clubhouse.lan 001 matchbot :Welcome\n"),
    ("redis_resp_auth_bulk_string", "proto", "-> *2\\r\\n$4\\r\\nAUTH\\r\\n$LEN\\r\\n" + S + "\\r\\n\n<- +OK\\r\\n\n"),
    ("postgres_cleartext_password_message", "proto", "<- AuthenticationCleartextPassword (R, code 3)\n-> PasswordMessage (p) len=LEN4: \"" + S + "\\0\"\n<- AuthenticationOk (R, code 0)\n"),
    ("ldap_simple_bind_request_decode", "proto", "LDAPMessage bindRequest(1) \"cn={U},dc=club,dc=lan\" simple\n    messageID: 1\n    version: 3\n    name: cn={U},dc=club,dc=lan\n    authentication: simple (0)\n        simple: " + S + "\n"),
    ("http_authorization_basic_b64_pair", "b64http", None),
    ("smtp_auth_plain_b64_initial_response", "b64smtp", None),
    ("docker_config_auths_b64_pair", "b64docker", None),
    # ---------------- SQL
    ("mysql_create_user_identified_by", "sql", "mysql> CREATE USER '{U}'@'%' IDENTIFIED BY '" + S + "';\nQuery OK, 0 rows affected (0.02 sec)\n"),
    ("postgres_pgp_sym_encrypt_second", "sql", "catch=# UPDATE anglers SET phone_enc = pgp_sym_encrypt(phone, '" + S + "') WHERE phone_enc IS NULL;\nUPDATE {N}12\n"),
    ("mysql_aes_encrypt_second", "sql", "mysql> INSERT INTO members (name, dob_enc) VALUES ('R. Tench', AES_ENCRYPT('1971-0{N}-14', '" + S + "'));\n"),
    ("postgres_dblink_connect_url_userinfo", "sql", "catch=# SELECT * FROM dblink('postgresql://{U}:" + S + "@{H}/stocking', 'SELECT lake, kg FROM stockings') AS t(lake text, kg numeric);\n"),
    ("mssql_sp_addlinkedsrvlogin_fifth", "sql", "1> EXEC sp_addlinkedsrvlogin 'BOOKINGS', 'false', NULL, '{U}', '" + S + "';\n2> GO\n"),
    ("oracle_create_database_link_identified_by", "sql", "SQL> CREATE DATABASE LINK stocking_link CONNECT TO {U} IDENTIFIED BY \"" + S + "\" USING 'STOCK';\n\nDatabase link created.\n"),
]

FIXED_NOTE = "columns 41-56 (1-based) of each 72-column record"


def _fixed(rng, value, user):
    # bailiff handset export: cols 1-8 handset id, 9-24 name, 25-40 lake, 41-56 unlock phrase, 57-72 flags
    rows = []
    for i in range(3):
        hid = "BH%04d" % rng.randint(1, 9999)
        name = (user if i == 1 else rng.choice(USERS)).ljust(16)
        lake = rng.choice(["North Lake", "Top Lake", "Canal Stretch", "Mill Pool"]).ljust(16)
        ph = value if i == 1 else "*" * 12
        rows.append(hid.ljust(8) + name + lake + ph.ljust(16) + "ACTIVE".ljust(16))
    head = "# bailiff_handsets.dat  fixed width: id 1-8, name 9-24, lake 25-40, unlock 41-56, flags 57-72\n"
    text = head + "\n".join(rows) + "\n"
    start = len(head) + 73 + 40
    return text, start, start + len(value)


def _short_pw(rng):
    while True:
        p = C.password(rng, True)
        if len(p) <= 16:
            return p


def build(reg):
    rng = random.Random(SEED)
    recs = []
    hidden = []
    for syn, cat, tpl in E:
        u, h, n = rng.choice(USERS), rng.choice(HOSTS), str(rng.randint(2, 9))
        if cat == "fixed":
            pw = reg.draw(_short_pw, rng)
        else:
            pw = reg.draw(C.password, rng, True)
        if cat == "fixed":
            text, s, e = _fixed(rng, pw, u)
            cat2 = "file"
        elif cat.startswith("b64"):
            cat2 = "proto" if cat != "b64docker" else "file"
            if cat == "b64http":
                run = base64.b64encode(("%s:%s" % (u, pw)).encode()).decode()
                t = "GET /admin/pegs.json HTTP/1.1\nHost: {H}\nAuthorization: Basic " + S + "\nAccept: application/json\n"
            elif cat == "b64smtp":
                run = base64.b64encode(("\0%s\0%s" % (u, pw)).encode()).decode()
                t = "S: 220 {H} ESMTP\nC: EHLO clubhouse.lan\nS: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN " + S + "\nS: 235 2.7.0 Authentication successful\n"
            else:
                run = base64.b64encode(("%s:%s" % (u, pw)).encode()).decode()
                t = "{\n  \"auths\": {\n    \"registry.{H}\": {\n      \"auth\": \"" + S + "\"\n    }\n  }\n}\n"
            reg.add(run)
            hidden.append(pw)
            t = t.replace("{H}", h)
            text, s, e = C.place(t, run)
        else:
            cat2 = cat
            t = tpl.replace("{U}", u).replace("{H}", h).replace("{N}", n)
            t = t.replace("LEN4", str(len(pw) + 5)).replace("$LEN", "$" + str(len(pw)))
            text, s, e = C.place(t, pw)
        recs.append(("password", PFX + syn, PFX + syn + "__" + SUFFIX[cat2], text, s, e))
    return recs, hidden
