"""Password source: passwords passed by position / syntax, without a telling `password=` key."""
import base64
import random

from common177 import MARK, owner_password, fill

SEED = 17703
PW_PREFIX = "masonpw_"
SUFFIX = {
    "cli": "yard_office_shell_history",
    "lib": "heritage_app_source_excerpt",
    "file": "site_server_config_file",
    "proto": "yard_network_capture",
    "gui": "client_portal_ui_test",
}
USERS = ["mason", "yardadmin", "survey", "dave.h", "quarryops", "portal_svc", "cure", "pgm", "gaz", "ruthk"]
HOSTS = ["yard01.stonecraft.lan", "survey-api.heritage-works.internal", "nas.dykeside.lan",
         "pgm-worker.stonecraft.lan", "portal.limeworks.internal", "10.20.4.17", "edi.quarryside.lan"]

B64_KIND = {}   # syntax -> what the Base64 span decodes to ("user:pw", "\0user\0pw")


def _b64_docker(r, pw, u, h):
    v = base64.b64encode(("%s:%s" % (u, pw)).encode()).decode()
    return ('{\n  "auths": {\n    "registry.stonecraft.lan": {\n      "auth": "' + MARK + '"\n    }\n  },\n'
            '  "credsStore": ""\n}\n', v)


def _b64_npmrc(r, pw, u, h):
    v = base64.b64encode(("%s:%s" % (u, pw)).encode()).decode()
    return ("# ~/.npmrc on the portal build box\nregistry=https://npm.stonecraft.lan/\n"
            "//npm.stonecraft.lan/:_auth=" + MARK + "\nalways-auth=true\n", v)


def _b64_smtp_plain(r, pw, u, h):
    v = base64.b64encode(("\0%s\0%s" % (u, pw)).encode()).decode()
    return ("S: 220 smtp.stonecraft.lan ESMTP Postfix\nC: EHLO yard-scanner\nS: 250-AUTH PLAIN LOGIN\nS: 250 8BITMIME\n"
            "C: AUTH PLAIN " + MARK + "\nS: 235 2.7.0 Authentication successful\n", v)


def _b64_http_basic(r, pw, u, h):
    v = base64.b64encode(("%s:%s" % (u, pw)).encode()).decode()
    return ("GET /api/v1/photos?site=chapel HTTP/1.1\nHost: " + h + "\nUser-Agent: progress-sync/1.4\n"
            "Authorization: Basic " + MARK + "\nAccept: application/json\n\nHTTP/1.1 200 OK\n", v)


B64_KIND.update({"docker_config_json_auth_field_b64": "user:pw", "npmrc_underscore_auth_b64_pair": "user:pw",
                 "smtp_auth_plain_initial_response_b64": "\0user\0pw",
                 "http_authorization_basic_request_header_b64": "user:pw"})

# (syntax, category, template or callable, hint) – hint=True: still carries a word saying pass / pw / secret
SYNTAXES = [
    ("sshpass_lower_p_before_ssh", "cli", "$ sshpass -p '{V}' ssh {U}@{H} 'df -h /srv/surveys'"),
    ("xfreerdp_slash_p_colon", "cli", "$ xfreerdp /v:{H} /u:{U} /p:'{V}' /dynamic-resolution +clipboard"),
    ("rdesktop_lower_p_after_lower_u", "cli", "$ rdesktop -u {U} -p '{V}' -g 1600x900 {H}"),
    ("zip_capital_p_archive_flag", "cli", "$ zip -r -P '{V}' consent_drawings.zip drawings/"),
    ("unzip_capital_p_extract_flag", "cli", "$ unzip -P '{V}' quarry_invoices_2024.zip -d invoices/"),
    ("unrar_extract_glued_lower_p", "cli", "$ unrar x -p{V} survey_photos_part1.rar"),
    ("qpdf_encrypt_owner_second_positional", "cli", "$ qpdf --encrypt '' '{V}' 256 -- grant_report.pdf grant_report_locked.pdf"),
    ("openssl_pkcs12_passout_pass_prefix", "cli", "$ openssl pkcs12 -export -in portal.crt -inkey portal.key -out portal.pfx -passout pass:{V}"),
    ("certutil_windows_lower_p_importpfx", "cli", "PS C:\\certs> certutil -f -p '{V}' -importpfx C:\\certs\\portal.pfx"),
    ("pk12util_capital_w_import", "cli", "$ pk12util -i survey-client.p12 -d sql:$HOME/.pki/nssdb -W '{V}'"),
    ("mosquitto_passwd_batch_third_positional", "cli", "$ sudo mosquitto_passwd -b /etc/mosquitto/passwd cure-logger-07 '{V}'"),
    ("chpasswd_stdin_colon_pair", "cli", "$ echo '{U}:{V}' | sudo chpasswd"),
    ("openssl_passwd_six_positional_in_useradd", "cli", "$ sudo useradd -m -p \"$(openssl passwd -6 '{V}')\" {U}"),
    ("ldapsearch_lower_w_after_capital_d", "cli", "$ ldapsearch -x -H ldap://{H} -D 'cn=admin,dc=stonecraft,dc=lan' -w '{V}' -b 'ou=crew,dc=stonecraft,dc=lan' uid"),
    ("samba_net_rpc_capital_u_percent_pair", "cli", "$ net rpc share list -S {H} -U '{U}%{V}'"),
    ("smbclient_capital_u_user_percent_pass", "cli", "$ smbclient //{H}/surveys -U '{U}%{V}' -c 'ls chapel/*'"),
    ("curlftpfs_o_user_colon_pair", "cli", "$ curlftpfs -o user={U}:{V},allow_other {H} /mnt/quarry-ftp"),
    ("gdalinfo_vsicurl_url_userinfo", "cli", "$ gdalinfo /vsicurl/https://{U}:{V}@{H}/ortho/chapel_2024_5cm.tif"),
    ("pg_basebackup_d_uri_userinfo", "cli", "$ pg_basebackup -d 'postgresql://replicator:{V}@{H}:5432/' -D /srv/pg/replica -P"),
    ("usql_scheme_url_userinfo", "cli", "$ usql pg://{U}:{V}@{H}/stoneyard -c 'select count(*) from blocks'"),
    ("mongosh_srv_uri_userinfo", "cli", "$ mongosh \"mongodb+srv://{U}:{V}@cluster0.x7kq2.mongodb.net/surveys\""),
    ("rabbitmqadmin_lower_p_after_lower_u", "cli", "$ rabbitmqadmin -H {H} -u {U} -p '{V}' list queues"),
    ("cqlsh_lower_p_after_lower_u", "cli", "$ cqlsh {H} 9042 -u {U} -p '{V}'"),
    ("cypher_shell_lower_p_after_lower_u", "cli", "$ cypher-shell -a neo4j://{H}:7687 -u neo4j -p '{V}' 'MATCH (s:Stone) RETURN count(s);'"),
    ("redis_cli_lower_a_no_auth_warning", "cli", "$ redis-cli -h {H} -a '{V}' --no-auth-warning INFO keyspace"),
    ("etcdctl_user_colon_pair_flag", "cli", "$ etcdctl --endpoints=https://{H}:2379 --user root:{V} get /yard/config"),
    ("wpa_passphrase_second_positional", "cli", "$ wpa_passphrase LimeShed '{V}' | sudo tee /etc/wpa_supplicant/cure-shed.conf"),
    ("oc_login_lower_p_after_lower_u", "cli", "$ oc login https://api.{H}:6443 -u {U} -p '{V}'"),
    ("az_login_lower_p_after_lower_u", "cli", "$ az login -u {U}@stonecraft.co.uk -p '{V}'"),
    ("cf_auth_second_positional", "cli", "$ cf auth {U}@stonecraft.co.uk '{V}'"),
    ("ovftool_vi_url_userinfo", "cli", "$ ovftool survey-vm.ova 'vi://root:{V}@{H}/'"),
    ("vmrun_lower_gp_after_lower_gu", "cli", "$ vmrun -T ws -gu {U} -gp '{V}' runProgramInGuest survey.vmx /usr/bin/rsync"),
    ("veracrypt_text_mount_lower_p", "cli", "$ veracrypt --text --mount /media/usb/payroll.hc /mnt/payroll -p '{V}' --pim 0 --non-interactive"),
    ("lpadmin_smb_device_uri_userinfo", "cli", "$ sudo lpadmin -p yard-plotter -E -v 'smb://{U}:{V}@{H}/HP_DesignJet' -m everywhere"),
    ("mount_smbfs_double_slash_userinfo", "cli", "$ mount_smbfs '//{U}:{V}@{H}/drawings' /Volumes/drawings"),
    ("rclone_obscure_positional", "cli", "$ rclone config create yard-sftp sftp host {H} user {U}\n$ rclone obscure '{V}'"),
    ("snmpwalk_v2c_lower_c_community", "cli", "$ snmpwalk -v2c -c '{V}' {H} 1.3.6.1.2.1.1"),
    ("swaks_ap_after_au", "cli", "$ swaks --to ruth@conservation.example --server smtp.stonecraft.lan:587 -tls -au {U} -ap '{V}'"),
    ("sendemail_xp_after_xu", "cli", "$ sendemail -f yard@stonecraft.co.uk -t office@stonecraft.co.uk -s smtp.stonecraft.lan:587 -xu {U} -xp '{V}' -u 'stock report'"),
    ("apachebench_capital_a_colon_pair", "cli", "$ ab -n 200 -c 10 -A {U}:{V} https://{H}/portal/api/photos"),
    ("httpie_lower_a_colon_pair", "cli", "$ http -a {U}:{V} GET https://{H}/api/v1/consents"),
    ("net_user_add_positional_second", "cli", "C:\\> net user {U} {V} /add /domain"),
    ("tmux_send_keys_literal", "cli", "$ tmux send-keys -t yard-console '{V}' Enter"),
    ("screen_stuff_literal_newline", "cli", "$ screen -S quarry-edi -X stuff '{V}\\n'"),
    ("poetry_config_http_basic_third_positional", "cli", "$ poetry config http-basic.stonecraft-pypi {U} '{V}'"),
    ("keytool_storepass_flag", "cli", "$ keytool -importcert -alias quarry-edi -file edi.cer -keystore edi.jks -storepass {V} -noprompt"),
    # library call positions
    ("python_ldap3_connection_third_positional", "lib", "server = Server('{H}', use_ssl=True)\nconn = Connection(server, 'cn=admin,dc=stonecraft,dc=lan', '{V}', auto_bind=True)"),
    ("python_ldap_simple_bind_s_second", "lib", "l = ldap.initialize('ldap://{H}')\nl.simple_bind_s('uid={U},ou=crew,dc=stonecraft,dc=lan', '{V}')"),
    ("python_ftputil_host_third_positional", "lib", "with ftputil.FTPHost('{H}', '{U}', '{V}') as host:\n    host.download('orders/latest.csv', 'latest.csv')"),
    ("python_zipfile_extractall_third_positional", "lib", "with zipfile.ZipFile('drone_batch_07.zip') as zf:\n    zf.extractall('batch07', None, b'{V}')"),
    ("python_pikepdf_open_second_positional", "lib", "pdf = pikepdf.open('listed_building_consent_signed.pdf', '{V}')"),
    ("python_pypdf_decrypt_argument", "lib", "reader = PdfReader('grant_offer_letter.pdf')\nreader.decrypt('{V}')"),
    ("python_requests_httpdigestauth_second", "lib", "r = requests.get(url, auth=HTTPDigestAuth('{U}', '{V}'), timeout=10)"),
    ("python_httpx_basicauth_second", "lib", "client = httpx.Client(auth=httpx.BasicAuth('{U}', '{V}'), base_url='https://{H}')"),
    ("python_pymssql_connect_third_positional", "lib", "conn = pymssql.connect('{H}', '{U}', '{V}', 'Estimating')"),
    ("python_oracledb_connect_slash_dsn", "lib", "conn = oracledb.connect('{U}/{V}@{H}:1521/QUARRYPDB')"),
    ("python_exchangelib_credentials_second", "lib", "creds = Credentials('{U}@stonecraft.co.uk', '{V}')\naccount = Account('office@stonecraft.co.uk', credentials=creds, autodiscover=True)"),
    ("python_minio_client_third_positional", "lib", "client = Minio('{H}:9000', 'pgm-uploader', '{V}', secure=True)"),
    ("node_ldapjs_bind_second", "lib", "client.bind('cn=admin,dc=stonecraft,dc=lan', '{V}', (err) => { if (err) throw err; });"),
    ("node_sequelize_ctor_third_positional", "lib", "const sequelize = new Sequelize('stoneyard', '{U}', '{V}', { host: '{H}', dialect: 'mariadb' });"),
    ("node_crypto_scryptsync_first_argument", "lib", "const salt = fs.readFileSync('salt.bin');\nconst key = crypto.scryptSync('{V}', salt, 32);"),
    ("node_mongoose_connect_srv_uri_userinfo", "lib", "await mongoose.connect('mongodb+srv://{U}:{V}@cluster0.x7kq2.mongodb.net/portal');"),
    ("java_javamail_transport_connect_third", "lib", "Transport transport = session.getTransport(\"smtp\");\ntransport.connect(\"smtp.stonecraft.lan\", \"{U}\", \"{V}\");"),
    ("java_pdfbox_load_second", "lib", "PDDocument doc = PDDocument.load(new File(\"consent_pack.pdf\"), \"{V}\");"),
    ("csharp_mailkit_authenticate_second", "lib", "await client.ConnectAsync(\"smtp.stonecraft.lan\", 587, SecureSocketOptions.StartTls);\nawait client.AuthenticateAsync(\"{U}\", \"{V}\");"),
    ("csharp_renci_sftpclient_ctor_third", "lib", "using var sftp = new SftpClient(\"{H}\", \"{U}\", \"{V}\");\nsftp.Connect();"),
    ("go_smtp_plainauth_third", "lib", "auth := smtp.PlainAuth(\"\", \"{U}\", \"{V}\", \"smtp.stonecraft.lan\")"),
    ("go_ldap_bind_second", "lib", "if err := l.Bind(\"cn=admin,dc=stonecraft,dc=lan\", \"{V}\"); err != nil {\n\tlog.Fatal(err)\n}"),
    ("go_minio_newstaticv4_second", "lib", "creds := credentials.NewStaticV4(\"pgm-uploader\", \"{V}\", \"\")"),
    ("rust_lettre_credentials_new_second", "lib", "let creds = Credentials::new(\"{U}\".to_owned(), \"{V}\".to_owned());"),
    ("ruby_net_smtp_start_fifth_positional", "lib", "Net::SMTP.start('smtp.stonecraft.lan', 587, 'stonecraft.co.uk', '{U}', '{V}', :login) do |smtp|\n  smtp.send_message(msg, 'yard@stonecraft.co.uk', to)\nend"),
    ("ruby_net_ldap_auth_second", "lib", "ldap = Net::LDAP.new(host: '{H}', port: 389)\nldap.auth 'cn=admin,dc=stonecraft,dc=lan', '{V}'"),
    ("php_ldap_bind_third", "lib", "$ok = ldap_bind($conn, 'cn=admin,dc=stonecraft,dc=lan', '{V}');"),
    ("php_pdo_ctor_third", "lib", "$pdo = new PDO('mysql:host={H};dbname=craft', '{U}', '{V}');"),
    ("perl_net_smtp_auth_second", "lib", "my $smtp = Net::SMTP->new('smtp.stonecraft.lan', Port => 587);\n$smtp->auth('{U}', '{V}') or die 'auth failed';"),
    ("c_mysql_real_connect_fourth", "lib", "if (!mysql_real_connect(conn, \"{H}\", \"{U}\", \"{V}\", \"stoneyard\", 0, NULL, 0)) {\n    fprintf(stderr, \"%s\\n\", mysql_error(conn));\n}"),
    ("matlab_ftp_third_argument", "lib", "f = ftp('{H}', '{U}', '{V}');\nmget(f, 'tiepoints/*.csv');"),
    ("excel_vba_workbooks_open_fifth", "lib", "Set wb = Workbooks.Open(\"\\\\yard01\\estimates\\chapel.xlsm\", , , , \"{V}\")"),
    ("excel_vba_worksheet_unprotect_argument", "lib", "Worksheets(\"Rates\").Unprotect \"{V}\"\nWorksheets(\"Rates\").Range(\"B4\").Value = 182.5"),
    # UI automation
    ("python_selenium_send_keys_argument", "gui", "driver.find_element(By.ID, 'field-1').send_keys('{U}')\ndriver.find_element(By.ID, 'field-2').send_keys('{V}')"),
    ("python_playwright_fill_second", "gui", "page.fill('#field-1', '{U}')\npage.fill('#field-2', '{V}')\npage.click('text=Sign in')"),
    ("node_cypress_get_type_chain", "gui", "cy.get('[data-cy=field-1]').type('{U}')\ncy.get('[data-cy=field-2]').type('{V}', { log: false })"),
    ("ruby_capybara_fill_in_with", "gui", "fill_in 'field_1', with: '{U}'\nfill_in 'field_2', with: '{V}'\nclick_button 'Continue'"),
    ("autohotkey_sendtext_literal", "gui", "WinActivate \"Sage 50 Accounts\"\nSendText \"{U}\"\nSend \"{Tab}\"\nSendText \"{V}\"\nSend \"{Enter}\""),
    ("autoit_send_raw_flag", "gui", "WinWaitActive(\"Quarry Orders - Logon\")\nSend(\"{U}{TAB}\")\nSend(\"{V}\", 1)"),
    ("xdotool_type_argument", "gui", "$ xdotool search --name 'Metashape licence' windowactivate\n$ xdotool type --delay 40 '{V}'"),
    ("applescript_keystroke_literal", "gui", "tell application \"System Events\"\n    keystroke \"{V}\"\n    key code 36\nend tell"),
    ("adb_shell_input_text", "gui", "$ adb shell input tap 540 1220\n$ adb shell input text '{V}'"),
    ("selenium_ide_side_type_command", "gui", "{ \"id\": \"c7\", \"command\": \"type\", \"target\": \"id=field-2\", \"value\": \"{V}\" },"),
    ("uiautomator2_set_text_call", "gui", "d(resourceId=\"uk.co.stonecraft.site:id/field2\").set_text(\"{V}\")"),
    ("flutter_widgettester_enter_text_second", "gui", "await tester.enterText(find.byKey(const Key('field2')), '{V}');\nawait tester.tap(find.text('Log in'));"),
    # files with fixed positions
    ("openvpn_auth_user_pass_second_line", "file", "# /etc/openvpn/client/yard-auth.txt (auth-user-pass)\n{U}\n{V}\n"),
    ("git_credentials_store_url_line", "file", "# ~/.git-credentials\nhttps://{U}:{V}@git.stonecraft.lan\n"),
    ("vsftpd_virtual_users_alternating_lines", "file", "# /etc/vsftpd/virtual_users.txt (db_load -T -t hash)\n{U}\n{V}\n"),
    ("rsyncd_secrets_colon_pair", "file", "# /etc/rsyncd.secrets (mode 600)\n{U}:{V}\n"),
    ("postfix_sasl_passwd_map_colon", "file", "# /etc/postfix/sasl_passwd\n[smtp.stonecraft.lan]:587 {U}:{V}\n"),
    ("nginx_auth_basic_plain_scheme", "file", "# /etc/nginx/portal.htpasswd\n{U}:{PLAIN}{V}\n"),
    ("pgpass_fifth_colon_field", "file", "# ~/.pgpass\n{H}:5432:stoneyard:{U}:{V}\n"),
    ("copier_scan_to_smb_address_book_fifth_column", "file", "12,Drawings scans,\\\\nas.dykeside.lan\\scans,{U},{V},SMB,445\n13,Survey inbox,\\\\nas.dykeside.lan\\survey,scanner,,SMB,445\n"),
    ("drone_fleet_roster_pipe_third_field", "file", "M3E-07|{U}|{V}|2024-05-19|chapel north\n"),
    ("docker_config_json_auth_field_b64", "file", _b64_docker),
    ("npmrc_underscore_auth_b64_pair", "file", _b64_npmrc),
    # protocol exchanges
    ("imap_login_command_third_token", "proto", "S: * OK [CAPABILITY IMAP4rev1 LITERAL+] Dovecot ready.\nC: a001 LOGIN {U} {V}\nS: a001 OK Logged in"),
    ("smtp_auth_plain_initial_response_b64", "proto", _b64_smtp_plain),
    ("http_authorization_basic_request_header_b64", "proto", _b64_http_basic),
    ("ldap_bind_request_simple_wireshark", "proto", "Lightweight Directory Access Protocol\n    LDAPMessage bindRequest(1) \"cn=admin,dc=stonecraft,dc=lan\" simple\n        messageID: 1\n        protocolOp: bindRequest (0)\n            bindRequest\n                version: 3\n                name: cn=admin,dc=stonecraft,dc=lan\n                authentication: simple (0)\n                    simple: {V}"),
    ("irc_nickserv_identify_privmsg", "proto", ":yardbot!~bot@10.20.4.9 NICK yardbot\nPRIVMSG NickServ :IDENTIFY {U} {V}\n:NickServ!services@ NOTICE yardbot :You are now identified"),
    ("at_cstt_apn_third_parameter", "proto", "AT+CPIN?\n+CPIN: READY\nAT+CSTT=\"payandgo.o2.co.uk\",\"{U}\",\"{V}\"\nOK\nAT+CIICR\nOK"),
    ("at_qmtconn_mqtt_fourth_parameter", "proto", "AT+QMTOPEN=0,\"{H}\",1883\n+QMTOPEN: 0,0\nAT+QMTCONN=0,\"cure-logger-07\",\"{U}\",\"{V}\"\nOK\n+QMTCONN: 0,0,0"),
    # weaker: a word in the tool, flag, method or prompt still says pass / pw / secret
    ("python_paho_username_pw_set_second", "lib", "client = mqtt.Client(client_id='cure-hub')\nclient.username_pw_set('{U}', '{V}')"),
    ("apache_htpasswd_batch_third_positional", "cli", "$ htpasswd -b /etc/apache2/.htpasswd-portal {U} '{V}'"),
    ("git_askpass_helper_script_echo", "file", "#!/bin/sh\n# helper used by the deploy box\necho '{V}'\n"),
    ("go_url_userpassword_second", "lib", "u := &url.URL{Scheme: \"https\", Host: \"{H}\", User: url.UserPassword(\"{U}\", \"{V}\")}"),
    ("c_libcurl_userpwd_option", "lib", "curl_easy_setopt(curl, CURLOPT_USERPWD, \"{U}:{V}\");"),
    ("wifi_qr_code_payload_p_field", "file", "WIFI:T:WPA;S:DykesideSiteCabin;P:{V};;"),
    ("passwd_stdin_redhat_pipe", "cli", "$ echo '{V}' | sudo passwd --stdin {U}"),
    ("tightvnc_vncpasswd_f_stdin", "cli", "$ echo '{V}' | vncpasswd -f > ~/.vnc/passwd"),
    ("x11vnc_storepasswd_positional", "cli", "$ x11vnc -storepasswd '{V}' ~/.vnc/passwd"),
    ("cmdkey_generic_pass_colon", "cli", "C:\\> cmdkey /generic:TERMSRV/{H} /user:{U} /pass:{V}"),
    ("pap_secrets_third_column", "file", "# /etc/ppp/pap-secrets\n\"{U}\"  *  \"{V}\"  *\n"),
    ("gpg_passphrase_fd_zero_echo", "cli", "$ echo '{V}' | gpg --batch --yes --passphrase-fd 0 -c site_diary_2024.ods"),
    ("openconnect_passwd_on_stdin_echo", "cli", "$ echo '{V}' | sudo openconnect --user={U} --passwd-on-stdin vpn.stonecraft.co.uk"),
    ("php_ssh2_auth_password_third", "lib", "ssh2_auth_password($conn, '{U}', '{V}');"),
    ("rust_ssh2_userauth_password_second", "lib", "sess.userauth_password(\"{U}\", \"{V}\")?;"),
    ("java_passwordauthentication_chararray", "lib", "return new PasswordAuthentication(\"{U}\", \"{V}\".toCharArray());"),
    ("python_keyring_set_password_third", "lib", "keyring.set_password('yard-db', '{U}', '{V}')"),
    ("telnet_stream_after_login_prompt", "proto", "Trying 10.20.4.30...\nConnected to plc-kiln.\nlogin: {U}\nPassword: {V}\nLast login: Mon May 20 06:58"),
    ("pop3_pass_command_line", "proto", "+OK POP3 ready\nUSER {U}\n+OK\nPASS {V}\n+OK Logged in."),
]

N_KEEP = 116


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for syntax, cat, tpl in SYNTAXES[:N_KEEP]:
        u, h = rng.choice(USERS), rng.choice(HOSTS)
        if callable(tpl):
            holder = {}

            def draw():
                pw = owner_password(rng, "-_.")
                t, v = tpl(rng, pw, u, h)
                holder["t"] = t
                return v
            val = reg.draw(draw)
            template = holder["t"]
        else:
            val = reg.draw(lambda: owner_password(rng, "-_."))
            template = tpl.replace("{U}", u).replace("{H}", h).replace("{V}", MARK)
        text, s, e = fill(template, val)
        typ = PW_PREFIX + syntax
        recs.append({"type": typ, "container": typ + "__" + SUFFIX[cat], "text": text,
                     "secrets": [{"value": val, "start": s, "end": e, "type": typ}], "source": "password"})
    return recs
