"""Positional passwords: a password passed without a telling `password=` key."""
import base64
import random

import common200 as C

SEED = 20003
PW_PREFIX = "marquepw_"
SUFFIX = {
    "cli": "workshop_terminal_transcript",
    "lib": "register_app_source_excerpt",
    "file": "restorer_host_file_excerpt",
    "proto": "club_lan_packet_decode",
    "sql": "valuation_db_console_excerpt",
    "gui": "entry_portal_ui_test_excerpt",
}

# tokens: @U user, @H host, @D database, @N number, § the value
E = []


def P(syntax, cat, tmpl, mode=None):
    E.append((syntax, cat, tmpl, mode))


# ------------------------------------------------------------------ command line
P("mariadb_dump_glued_lower_p", "cli", "$ mariadb-dump -h @H -u@U -p§ chassis_register > /backup/chassis-$(date +%F).sql\n")
P("mongosh_lower_p_after_lower_u", "cli", "$ mongosh \"mongodb://@H:27017/marque\" -u @U -p § --authenticationDatabase admin\n")
P("mongodump_uri_userinfo_with_authsource", "cli", "$ mongodump --uri=\"mongodb://@U:§@@H:27017/valuations?authSource=admin\" --out /srv/dumps/nightly\n")
P("sshpass_lower_p_flag", "cli", "$ sshpass -p § ssh @U@@H 'sudo systemctl restart chassis-register'\n")
P("smbclient_capital_u_percent_pair", "cli", "$ smbclient //@H/jobsheets -U @U%§ -c 'ls 2026/*'\n")
P("rpcclient_capital_u_percent_pair_quoted", "cli", "$ rpcclient -U '@U%§' @H -c enumdomusers\n")
P("xfreerdp_slash_p_colon", "cli", "$ xfreerdp /v:@H /u:@U /p:§ /dynamic-resolution /cert:ignore\n")
P("rdesktop_lower_p_after_lower_u", "cli", "$ rdesktop -u @U -p § -g 1600x900 @H\n")
P("openconnect_passwd_on_stdin_echo", "cli", "$ echo § | openconnect --user=@U --passwd-on-stdin vpn.marqueclub.example\n")
P("mysqladmin_glued_lower_p_status", "cli", "$ mysqladmin -u @U -p§ -h @H extended-status | grep Threads_connected\n")
P("redis_cli_lower_a_flag", "cli", "$ redis-cli -h @H -a § --no-auth-warning INFO keyspace\n")
P("rabbitmqctl_add_user_second_positional", "cli", "$ sudo rabbitmqctl add_user @U §\n$ sudo rabbitmqctl set_permissions -p /registers @U \".*\" \".*\" \".*\"\n")
P("rabbitmqadmin_lower_p_after_lower_u", "cli", "$ rabbitmqadmin -H @H -u @U -p § list queues name messages\n")
P("zip_capital_p_archive_flag", "cli", "$ zip -r -P § valuation-photos-2026.zip ./valuations/2026/\n")
P("openssl_pkcs12_passout_pass_colon", "cli", "$ openssl pkcs12 -export -in register.crt -inkey register.key -out register.p12 -passout pass:§\n")
P("keytool_storepass_flag", "cli", "$ keytool -list -keystore timing-app.jks -storepass § -v | head\n")
P("apksigner_ks_pass_pass_colon", "cli", "$ apksigner sign --ks release.jks --ks-key-alias rally --ks-pass pass:§ app-release.apk\n")
P("pdftk_output_user_pw_token", "cli", "$ pdftk valuation-cert.pdf output valuation-cert-locked.pdf user_pw § allow printing\n")
P("qpdf_encrypt_first_positional", "cli", "$ qpdf --encrypt § owner-@N 256 -- insurance-schedule.pdf insurance-schedule-enc.pdf\n")
P("docker_login_lower_p_after_lower_u", "cli", "$ docker login registry.restore.lan -u @U -p §\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\n")
P("skopeo_copy_src_creds_colon_pair", "cli", "$ skopeo copy --src-creds @U:§ docker://registry.restore.lan/register:4.2 oci:/srv/images/register\n")
P("az_login_lower_p_after_lower_u", "cli", "$ az login -u @U@marqueclub.example -p §\n")
P("oc_login_lower_p_after_lower_u", "cli", "$ oc login https://api.@H:6443 -u @U -p § --insecure-skip-tls-verify\n")
P("minio_mc_alias_set_fourth_positional", "cli", "$ mc alias set barnstore https://@H:9000 @U §\nAdded `barnstore` successfully.\n")
P("plink_pw_flag", "cli", "C:\\> plink -ssh @U@@H -pw § \"tail -n 50 /var/log/register.log\"\n")
P("cmdkey_add_slash_pass_colon", "cli", "C:\\> cmdkey /add:@H /user:CLUB\\@U /pass:§\nCMDKEY: Credential added successfully.\n")
P("net_user_add_second_positional", "cli", "C:\\> net user @U § /add /comment:\"workshop kiosk\"\n")
P("ldapsearch_lower_w_flag", "cli", "$ ldapsearch -x -H ldap://@H -D \"cn=@U,dc=marqueclub,dc=example\" -w § -b \"ou=members,dc=marqueclub,dc=example\" \"(cn=*)\"\n")
P("firebird_gbak_pas_flag", "cli", "$ gbak -b -user SYSDBA -pas § @H:/data/paintcodes.fdb /backup/paintcodes.fbk\n")
P("cqlsh_lower_p_after_lower_u", "cli", "$ cqlsh @H 9042 -u @U -p § -e \"SELECT count(*) FROM timing.splits;\"\n")
P("cypher_shell_lower_p_after_lower_u", "cli", "$ cypher-shell -a neo4j://@H:7687 -u @U -p § \"MATCH (c:Car)-[:OWNED_BY]->(m) RETURN count(c);\"\n")
P("cryptsetup_open_key_file_stdin_printf", "cli", "$ printf '%s' '§' | sudo cryptsetup open /dev/sdb2 valuation_archive --key-file=-\n")
P("sudo_capital_s_stdin_echo", "cli", "$ echo § | sudo -S apt-get -y upgrade\n")
P("passwd_stdin_flag_echo", "cli", "$ echo § | sudo passwd --stdin @U\nChanging password for user @U.\n")
P("openssl_passwd_six_positional", "cli", "$ sudo useradd -m -p \"$(openssl passwd -6 §)\" @U\n")
P("mkpasswd_sha512_positional", "cli", "$ mkpasswd -m sha-512 § | sudo tee -a /root/new-hashes.txt\n")
P("doveadm_pw_lower_p_flag", "cli", "$ doveadm pw -s SHA512-CRYPT -p §\n")
P("slappasswd_lower_s_flag", "cli", "$ slappasswd -h {SSHA} -s §\n")
P("caddy_hash_password_plaintext_flag", "cli", "$ caddy hash-password --plaintext §\n")
P("mosquitto_passwd_batch_third_positional", "cli", "$ sudo mosquitto_passwd -b /etc/mosquitto/passwd @U §\n")
P("ssh_keygen_capital_n_new_passphrase", "cli", "$ ssh-keygen -t ed25519 -C \"@U@@H\" -N § -f ~/.ssh/register_deploy\n")
P("snmpwalk_v2c_lower_c_community", "cli", "$ snmpwalk -v2c -c § @H 1.3.6.1.2.1.1\n")
# ------------------------------------------------------------------ libraries
P("python_pymysql_connect_third_positional", "lib", "import pymysql\n\nconn = pymysql.connect(\"@H\", \"@U\", \"§\", \"chassis_register\")\n")
P("python_asyncpg_create_pool_dsn_userinfo", "lib", "pool = await asyncpg.create_pool(\"postgresql://@U:§@@H:5432/marque_register\", min_size=2)\n")
P("python_imaplib_login_second", "lib", "import imaplib\n\nbox = imaplib.IMAP4_SSL(\"@H\")\nbox.login(\"@U@marqueclub.example\", \"§\")\nbox.select(\"Entries\")\n")
P("python_ldap3_connection_third_positional", "lib", "from ldap3 import Server, Connection\n\nconn = Connection(Server(\"@H\"), \"cn=@U,dc=marqueclub,dc=example\", \"§\", auto_bind=True)\n")
P("python_oracledb_connect_second_positional", "lib", "import oracledb\n\nconn = oracledb.connect(\"@U\", \"§\", \"@H/VALUATIONS\")\n")
P("python_paramiko_transport_connect_third", "lib", "t = paramiko.Transport((\"@H\", 22))\nt.connect(None, \"@U\", \"§\")\nsftp = paramiko.SFTPClient.from_transport(t)\n")
P("python_smbclient_register_session_third", "lib", "import smbclient\n\nsmbclient.register_session(\"@H\", \"@U\", \"§\")\nfor f in smbclient.listdir(r\"\\\\@H\\jobsheets\"):\n    print(f)\n")
P("python_pysnmp_usmuserdata_second", "lib", "from pysnmp.hlapi import UsmUserData, usmHMACSHAAuthProtocol\n\nuser = UsmUserData(\"@U\", \"§\", authProtocol=usmHMACSHAAuthProtocol)\n")
P("python_pypdf_reader_decrypt_single", "lib", "from pypdf import PdfReader\n\nreader = PdfReader(\"agreed-value-schedule.pdf\")\nreader.decrypt(\"§\")\nprint(len(reader.pages))\n")
P("python_cryptography_load_pem_private_key_second", "lib", "from cryptography.hazmat.primitives import serialization\n\nkey = serialization.load_pem_private_key(open(\"signing.pem\", \"rb\").read(), b\"§\")\n")
P("python_hashlib_pbkdf2_hmac_second", "lib", "import hashlib, os\n\nsalt = os.urandom(16)\ndk = hashlib.pbkdf2_hmac(\"sha256\", b\"§\", salt, 600000)\n")
P("python_celery_broker_url_userinfo", "lib", "from celery import Celery\n\napp = Celery(\"valuations\", broker=\"amqp://@U:§@@H:5672/registers\")\n")
P("python_odoo_xmlrpc_authenticate_third", "lib", "common = xmlrpc.client.ServerProxy(\"https://@H/xmlrpc/2/common\")\nuid = common.authenticate(\"chassis\", \"@U\", \"§\", {})\n")
P("node_ioredis_ctor_url_empty_user", "lib", "const Redis = require('ioredis');\nconst redis = new Redis('redis://:§@@H:6379/2');\n")
P("node_nodemailer_createtransport_smtps_url", "lib", "const transporter = nodemailer.createTransport('smtps://@U%40marqueclub.example:§@@H:465');\n")
P("node_amqplib_connect_url_userinfo", "lib", "const conn = await amqp.connect('amqp://@U:§@@H:5672/entries');\n")
P("node_crypto_scryptsync_first", "lib", "const key = crypto.scryptSync('§', salt, 64);\n")
P("node_argon2_hash_first", "lib", "const argon2 = require('argon2');\nconst digest = await argon2.hash('§', { type: argon2.argon2id });\n")
P("java_javamail_transport_connect_fourth", "lib", "Transport transport = session.getTransport(\"smtp\");\ntransport.connect(\"@H\", 587, \"@U\", \"§\");\n")
P("java_jndi_security_credentials_put_value", "lib", "Hashtable<String, String> env = new Hashtable<>();\nenv.put(Context.PROVIDER_URL, \"ldap://@H:389\");\nenv.put(Context.SECURITY_PRINCIPAL, \"cn=@U,dc=marqueclub,dc=example\");\nenv.put(Context.SECURITY_CREDENTIALS, \"§\");\n")
P("java_keymanagerfactory_init_chararray_second", "lib", "KeyManagerFactory kmf = KeyManagerFactory.getInstance(\"SunX509\");\nkmf.init(keyStore, \"§\".toCharArray());\n")
P("java_unirest_basicauth_second", "lib", "HttpResponse<String> r = Unirest.get(\"https://@H/api/vins\").basicAuth(\"@U\", \"§\").asString();\n")
P("java_rest_assured_preemptive_basic_second", "lib", "given().auth().preemptive().basic(\"@U\", \"§\")\n    .when().get(\"/api/entries\")\n    .then().statusCode(200);\n")
P("kotlin_ktor_basicauthcredentials_second", "lib", "install(Auth) {\n    basic {\n        credentials { BasicAuthCredentials(\"@U\", \"§\") }\n    }\n}\n")
P("csharp_rfc2898derivebytes_ctor_first", "lib", "using var kdf = new Rfc2898DeriveBytes(\"§\", salt, 210000, HashAlgorithmName.SHA256);\n")
P("csharp_mailkit_authenticate_second", "lib", "await client.ConnectAsync(\"@H\", 587, SecureSocketOptions.StartTls);\nawait client.AuthenticateAsync(\"@U@marqueclub.example\", \"§\");\n")
P("csharp_ssh_net_sshclient_ctor_third", "lib", "using var ssh = new SshClient(\"@H\", \"@U\", \"§\");\nssh.Connect();\n")
P("go_smtp_plainauth_third", "lib", "auth := smtp.PlainAuth(\"\", \"@U@marqueclub.example\", \"§\", \"@H\")\n")
P("go_ldap_conn_bind_second", "lib", "if err := l.Bind(\"cn=@U,dc=marqueclub,dc=example\", \"§\"); err != nil {\n\tlog.Fatal(err)\n}\n")
P("rust_lettre_credentials_new_second", "lib", "let creds = Credentials::new(\"@U\".to_owned(), \"§\".to_owned());\n")
P("ruby_net_smtp_start_fifth_positional", "lib", "Net::SMTP.start('@H', 587, 'marqueclub.example', '@U', '§', :login) do |smtp|\n  smtp.send_message msg, from, to\nend\n")
P("php_pdo_ctor_third", "lib", "$db = new PDO('mysql:host=@H;dbname=chassis_register', '@U', '§');\n")
P("php_ldap_bind_third", "lib", "$ok = ldap_bind($conn, 'cn=@U,dc=marqueclub,dc=example', '§');\n")
P("perl_net_ftp_login_second", "lib", "my $ftp = Net::FTP->new('@H') or die;\n$ftp->login('@U', '§') or die $ftp->message;\n")
P("perl_net_smtp_auth_second", "lib", "my $smtp = Net::SMTP->new('@H', Port => 587);\n$smtp->auth('@U', '§');\n")
P("lua_resty_redis_auth_single", "lib", "local red = redis:new()\nred:connect(\"@H\", 6379)\nlocal ok, err = red:auth(\"§\")\n")
P("arduino_esp8266wifimulti_addap_second", "lib", "ESP8266WiFiMulti wifiMulti;\nvoid setup() {\n  wifiMulti.addAP(\"Workshop-2G\", \"§\");\n}\n")
P("arduino_wifi_softap_second", "lib", "void setup() {\n  WiFi.softAP(\"TimingTablet-AP\", \"§\");\n}\n")
P("c_libpq_pqsetdblogin_seventh", "lib", "PGconn *c = PQsetdbLogin(\"@H\", \"5432\", NULL, NULL, \"marque_register\", \"@U\", \"§\");\n")
# ------------------------------------------------------------------ files with fixed layout
P("pgpass_fifth_colon_field", "file", "# ~/.pgpass\n@H:5432:marque_register:@U:§\n*:5432:*:readonly:*\n")
P("git_credentials_store_url_userinfo", "file", "# ~/.git-credentials\nhttps://@U:§@git.restore.lan\n")
P("docker_config_json_auth_b64_pair", "file", "{\n  \"auths\": {\n    \"registry.restore.lan\": {\n      \"auth\": \"§\"\n    }\n  }\n}\n", "b64_userpass")
P("dovecot_passwd_file_plain_scheme_second_field", "file", "# /etc/dovecot/users\n@U:{PLAIN}§:5000:5000::/var/mail/@U\n")
P("postfix_sasl_passwd_map_colon_pair", "file", "# /etc/postfix/sasl_passwd\n[@H]:587 @U@marqueclub.example:§\n")
P("rsyncd_secrets_user_colon_value", "file", "# /etc/rsyncd.secrets\n@U:§\n")
P("vsftpd_virtual_users_txt_even_line", "file", "# /etc/vsftpd/virtual_users.txt (one login line, then the line that goes with it)\n@U\n§\n")
P("concours_entry_export_semicolon_seventh_field", "file", "# concours_entries_2026.txt (class;entry;marque;model;year;judge;portal-word)\nC3;@N;Alvis;TD21;1959;J-04;§\n")
P("marque_register_fixed_width_cols_41_to_60", "file", None)  # built specially
P("club_roster_tsv_third_column", "file", "member_no\tlogin\tportal_word\tbranch\n@N\t@U\t§\tmidlands\n")
P("rally_marshal_tablet_ini_list_second_item", "file", "; marshal-tablets.ini\n[stage3]\n@U = TC3B,§,ro\n")
P("paint_mixing_scale_conf_colon_fourth_field", "file", "# mixscale.conf  station:user:role:unlock:timeout\nbooth2:@U:mixer:§:300\n")
# ------------------------------------------------------------------ protocol exchanges
P("ftp_control_channel_pass_command", "proto", "220 @H FTP server ready\nUSER @U\n331 Please specify the password.\nPASS §\n230 Login successful.\n")
P("imap_login_command_third_token", "proto", "* OK [CAPABILITY IMAP4rev1 LITERAL+] @H ready\na001 LOGIN @U §\na001 OK LOGIN completed\n")
P("smtp_auth_plain_initial_response_b64", "proto", "EHLO workshop.restore.lan\n250-@H\n250 AUTH PLAIN LOGIN\nAUTH PLAIN §\n235 2.7.0 Authentication successful\n", "b64_nul_pair")
P("rtsp_describe_authorization_basic_b64", "proto", "DESCRIBE rtsp://@H:554/stream1 RTSP/1.0\nCSeq: 3\nAuthorization: Basic §\nUser-Agent: workshop-nvr/1.4\n", "b64_userpass")
P("irc_connect_pass_line_first", "proto", "PASS §\nNICK registrar-bot\nUSER registrar 0 * :Marque register bot\n")
P("quectel_at_qicsgp_fifth_quoted", "proto", "AT+QICSGP=1,1,\"iot.carrier.example\",\"@U\",\"§\",1\r\nOK\r\n")
P("redis_resp_auth_bulk_string_third", "proto", "*3\r\n$4\r\nAUTH\r\n$@L\r\n@U\r\n$@M\r\n§\r\n+OK\r\n")
P("ldap_bindrequest_simple_auth_decode", "proto", "Lightweight Directory Access Protocol\n    LDAPMessage bindRequest(1) \"cn=@U,dc=marqueclub,dc=example\" simple\n        bindRequest\n            version: 3\n            name: cn=@U,dc=marqueclub,dc=example\n            authentication: simple (0)\n                simple: §\n")
P("jsonrpc_login_params_array_second", "proto", "> {\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"session.login\",\"params\":[\"@U\",\"§\"]}\n< {\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"session\":\"ok\"}}\n")
# ------------------------------------------------------------------ SQL
P("oracle_alter_user_identified_by_quoted", "sql", "SQL> ALTER USER @U IDENTIFIED BY \"§\" ACCOUNT UNLOCK;\n\nUser altered.\n")
P("sqlcipher_attach_database_key_literal", "sql", "sqlite> ATTACH DATABASE 'valuations_enc.db' AS enc KEY '§';\nsqlite> SELECT count(*) FROM enc.certificates;\n")
P("postgres_pgp_sym_encrypt_second", "sql", "valuations=# UPDATE agreed_values SET notes_enc = pgp_sym_encrypt(notes, '§') WHERE notes_enc IS NULL;\nUPDATE 212\n")
P("mysql_aes_encrypt_second_literal", "sql", "mysql> UPDATE owners SET phone_enc = AES_ENCRYPT(phone, '§');\nQuery OK, 1873 rows affected (0.21 sec)\n")
P("mysql_federated_table_connection_url_userinfo", "sql", "mysql> CREATE TABLE remote_chassis (id INT, vin CHAR(17)) ENGINE=FEDERATED\n    -> CONNECTION='mysql://@U:§@@H:3306/chassis_register/chassis';\n")
# ------------------------------------------------------------------ UI automation
P("playwright_page_fill_second", "gui", "await page.goto('https://entries.concours.example/login');\nawait page.fill('#f1', '@U');\nawait page.fill('#f2', '§');\nawait page.click('text=Continue');\n")
P("cypress_get_type_single", "gui", "cy.visit('/login');\ncy.get('#f1').type('@U');\ncy.get('#f2').type('§');\ncy.get('form').submit();\n")
P("python_selenium_send_keys_single", "gui", "driver.find_element(By.ID, \"f1\").send_keys(\"@U\")\ndriver.find_element(By.ID, \"f2\").send_keys(\"§\")\n")
P("appium_python_element_set_value_single", "gui", "el = driver.find_element(AppiumBy.ACCESSIBILITY_ID, \"f2\")\nel.set_value(\"§\")\n")
P("autohotkey_sendraw_single", "gui", "WinActivate, Valuation Desk\nSend, @U{Tab}\nSendRaw, §\nSend, {Enter}\n")
P("autoit_controlsettext_fourth", "gui", "ControlSetText(\"Valuation Desk\", \"\", \"Edit1\", \"@U\")\nControlSetText(\"Valuation Desk\", \"\", \"Edit2\", \"§\")\n")
P("applescript_keystroke_literal", "gui", "tell application \"System Events\"\n    keystroke \"@U\"\n    keystroke tab\n    keystroke \"§\"\n    keystroke return\nend tell\n")
P("uiautomator2_set_text_single", "gui", "d(resourceId=\"club.timing:id/f1\").set_text(\"@U\")\nd(resourceId=\"club.timing:id/f2\").set_text(\"§\")\n")
P("detox_typetext_single", "gui", "await element(by.id('f1')).typeText('@U');\nawait element(by.id('f2')).typeText('§');\n")
P("nightwatch_setvalue_second", "gui", "browser\n  .url('https://register.marqueclub.example/login')\n  .setValue('#f1', '@U')\n  .setValue('#f2', '§')\n  .click('button[type=submit]');\n")
P("codeceptjs_fillfield_second", "gui", "I.amOnPage('/login');\nI.fillField('#f1', '@U');\nI.fillField('#f2', '§');\nI.click('Sign in');\n")
P("capybara_fill_in_with_option", "gui", "visit '/login'\nfill_in 'f1', with: '@U'\nfill_in 'f2', with: '§'\nclick_button 'Continue'\n")
P("tmux_send_keys_literal", "gui", "$ tmux send-keys -t registers:0 '§' Enter\n")
P("gnu_screen_stuff_literal", "gui", "$ screen -S console -X stuff '§\\n'\n")
P("pyautogui_write_single", "gui", "pyautogui.click(640, 410)\npyautogui.write(\"@U\")\npyautogui.press(\"tab\")\npyautogui.write(\"§\")\npyautogui.press(\"enter\")\n")

SET_ASIDE = {
    "rpcclient_capital_u_percent_pair_quoted": "same idea as the smbclient `-U user%pw` pair",
    "mysqladmin_glued_lower_p_status": "same idea as the mariadb-dump glued `-p`",
    "rabbitmqadmin_lower_p_after_lower_u": "one more `-p` after `-u`",
    "oc_login_lower_p_after_lower_u": "one more `-p` after `-u`",
    "passwd_stdin_flag_echo": "sets a new password like chpasswd in an earlier corpus",
    "mkpasswd_sha512_positional": "same idea as `openssl passwd -6`",
    "perl_net_smtp_auth_second": "one more SMTP auth call position",
    "detox_typetext_single": "one more typeText call",
    "python_celery_broker_url_userinfo": "one more AMQP URL userinfo (node amqplib kept)",
    "codeceptjs_fillfield_second": "one more fill-field call",
}


def _fixed_width(rng, u, value):
    # columns 1-8 member no, 9-24 login, 25-40 marque, 41-60 unlock word (padded), 61-64 branch
    return ("# marque_register.dat  fixed width: 1-8 member, 9-24 login, 25-40 marque, 41-60 unlock, 61-64 branch\n"
            + ("%08d" % rng.randint(1, 99999999)) + u.ljust(16) + "Riley RMA".ljust(16) + C.SLOT + " " * (20 - len(value)) + "NW01\n")


USERS = ["registrar", "archivist", "clubsec", "valuer", "workshop", "marshal", "treasurer", "webmaster", "restorer", "chiefjudge"]
HOSTS = ["db1.chassisreg.lan", "files.restore.lan", "mail.marqueclub.example", "nas.barnstore.internal",
         "ldap.marqueclub.internal", "mq.concours.example", "cache.rallyhq.example", "srv2.paintlib.lan"]


def used_syntaxes():
    return [e for e in E if e[0] not in SET_ASIDE]


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    hidden = []
    for syntax, cat, tmpl, mode in used_syntaxes():
        u = rng.choice(USERS)
        h = rng.choice(HOSTS)
        n = str(rng.randint(100, 9999))
        pw = reg.draw(lambda: C.owner_password(rng, strict=True))
        if mode is None:
            value = pw
        else:
            if mode == "b64_userpass":
                raw = (u + ":" + pw).encode()
            elif mode == "b64_nul_pair":
                raw = ("\0" + u + "\0" + pw).encode()
            else:
                raise ValueError(mode)
            value = reg.add(base64.b64encode(raw).decode())
            hidden.append((value, pw, mode, u))
        if tmpl is None:
            t = _fixed_width(rng, u, value)
        else:
            t = (tmpl.replace("@U", u).replace("@H", h).replace("@N", n)
                 .replace("@L", str(len(u))).replace("@M", str(len(value))).replace("§", C.SLOT))
        text, s, e = C.place(t, value)
        typ = PW_PREFIX + syntax
        recs.append({"type": typ, "container": "%s__%s" % (typ, SUFFIX[cat]), "text": text,
                     "secrets": [{"value": value, "start": s, "end": e, "type": typ}], "source": "password"})
    return recs, hidden
