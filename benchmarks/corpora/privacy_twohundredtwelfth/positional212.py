"""Password source: passwords passed by position / syntax, without a telling password= key."""
import random

from common212 import b64, owner_password, span_record

SEED = 21203
PREFIX = "gownpw_"

SUFFIX = {
    "cli": "boutique_ops_terminal_session",
    "stdin": "hire_server_stdin_pipe",
    "lib": "fitting_app_source_snippet",
    "file": "alterations_server_file_excerpt",
    "proto": "shop_floor_packet_capture",
    "gui": "hire_kiosk_ui_test",
    "sql": "measurements_db_console",
}

# (syntax, category, template with @V = value; @B = base64 frame over @P)
SYNTAXES = [
    # ---- command line
    ("mongosh_lower_p_after_lower_u", "cli", '$ mongosh "mongodb://mongo.tuxhire.example:27017/hire" -u hireapp -p @V --authenticationDatabase admin\nCurrent Mongosh Log ID: 67d1f0c2a9\n'),
    ("redis_cli_lower_a_flag", "cli", "$ redis-cli -h redis.veilandlace.lan -a @V --no-auth-warning INFO keyspace\n# Keyspace\ndb3:keys=1184,expires=20\n"),
    ("smbclient_capital_u_percent_pair", "cli", "$ smbclient //files.veilandlace.lan/lookbooks -U fitter%@V -c 'ls spring25/*'\n  gown_0412.jpg   A  2211942\n"),
    ("xfreerdp_slash_p_colon", "cli", "$ xfreerdp /v:till-pc.curtaincallcostumes.lan /u:frontdesk /p:@V /cert:ignore /dynamic-resolution\n"),
    ("rdesktop_lower_p_flag", "cli", "$ rdesktop -u backoffice -p @V -g 1280x800 pos2.tuxhire.example\n"),
    ("sshpass_lower_p_flag", "cli", "$ sshpass -p @V ssh labels@zd421-gw.tuxhire.example 'sudo systemctl restart labeld'\n"),
    ("docker_login_lower_p_after_lower_u", "cli", "$ docker login registry.veilandlace.lan -u ci-builder -p @V\nWARNING! Using --password via the CLI is insecure.\nLogin Succeeded\n"),
    ("skopeo_copy_src_creds_colon_pair", "cli", "$ skopeo copy --src-creds builder:@V docker://registry.veilandlace.lan/fittings:3.4.1 dir:/tmp/fittings\n"),
    ("mc_alias_set_fourth_positional", "cli", "$ mc alias set gownphotos https://s3.veilandlace.lan photos-rw @V\nAdded `gownphotos` successfully.\n"),
    ("zip_capital_p_flag", "cli", "$ zip -P @V measurements_export_2025-03.zip measurements_*.csv\n  adding: measurements_harrogate.csv (deflated 71%)\n"),
    ("aescrypt_encrypt_lower_p_flag", "cli", "$ aescrypt -e -p @V client_measurements.db\n$ ls client_measurements.db*\nclient_measurements.db  client_measurements.db.aes\n"),
    ("veracrypt_text_mount_lower_p", "cli", "$ veracrypt --text --mount /srv/vault/claims.hc /mnt/claims -p @V --pim=0 --keyfiles=\"\" --protect-hidden=no\n"),
    ("ldapsearch_lower_w_after_capital_d", "cli", '$ ldapsearch -x -H ldap://dc1.veilandlace.lan -D "cn=svc-fittings,ou=svc,dc=veilandlace,dc=lan" -w @V "(uid=priya)" mail\n'),
    ("rabbitmqctl_add_user_second_positional", "cli", "$ sudo rabbitmqctl add_user rotation_worker @V\nAdding user \"rotation_worker\" ...\n"),
    ("windows_net_user_add_second_positional", "cli", "C:\\> net user tillclerk @V /add\nThe command completed successfully.\n"),
    ("ovftool_vi_locator_userinfo", "cli", "$ ovftool vi://administrator%40vsphere.local:@V@vcsa.veilandlace.lan/DC/vm/pos-server ./pos-server.ova\n"),
    ("lpadmin_smb_device_uri_userinfo", "cli", "$ sudo lpadmin -p hire-tags -E -v smb://labels:@V@printsrv.tuxhire.example/ZD421 -m raw\n"),
    ("hdbsql_lower_p_after_lower_u", "cli", '$ hdbsql -n hana.tuxhire.example:30015 -u HIREREPORT -p @V "SELECT COUNT(*) FROM BOOKINGS"\n'),
    ("vsql_lower_w_after_capital_u", "cli", '$ vsql -h vertica.veilandlace.lan -U analyst -w @V -c "select count(*) from fittings"\n'),
    ("beeline_lower_p_after_lower_n", "cli", '$ beeline -u jdbc:hive2://hive.veilandlace.lan:10000/stock -n etl -p @V -e "show tables"\n'),
    ("celery_broker_flag_amqp_userinfo", "cli", "$ celery -A rotation worker -b amqp://rotation:@V@mq.veilandlace.lan:5672// -l info\n"),
    ("snmpget_v3_capital_a_auth_phrase", "cli", "$ snmpget -v3 -l authNoPriv -u rfidmon -a SHA -A @V rfid-fx9600.veilandlace.lan sysUpTime.0\n"),
    ("snmpwalk_v2c_lower_c_community", "cli", "$ snmpwalk -v2c -c @V ups-backroom.veilandlace.lan 1.3.6.1.2.1.33.1.2\n"),
    ("redfishtool_lower_p_after_lower_u", "cli", "$ redfishtool -r 10.20.0.41 -u root -p @V Systems\n"),
    ("bitwarden_bw_unlock_first_positional", "cli", "$ export BW_SESSION=$(bw unlock @V --raw)\n$ bw list items --search shopify | jq length\n"),
    ("psql_connection_uri_userinfo", "cli", "$ psql postgresql://measure:@V@pg.veilandlace.lan/measurements -c '\\dt'\n"),
    ("az_login_lower_p_after_lower_u", "cli", "$ az login -u deploy@veilandlace.example -p @V --allow-no-subscriptions\n"),
    ("cf_auth_second_positional", "cli", "$ cf api https://api.cf.tuxhire.example\n$ cf auth hire-deployer @V\nAuthenticating...\nOK\n"),
    ("winrs_p_colon_after_u_colon", "cli", "C:\\> winrs -r:http://pos1.curtaincallcostumes.lan:5985 -u:tillclerk -p:@V ipconfig /all\n"),
    # ---- stdin
    ("sudo_capital_s_stdin_echo", "stdin", "$ echo '@V' | sudo -S systemctl restart rfid-gateway\n[sudo] password for ellis: \n"),
    ("cryptsetup_open_key_file_dash_printf", "stdin", "# printf '%s' '@V' | cryptsetup open --key-file=- /dev/sdb1 claims_vault\n# mount /dev/mapper/claims_vault /mnt/claims\n"),
    ("keepassxc_cli_show_stdin_echo", "stdin", "$ echo '@V' | keepassxc-cli show -s ~/shop.kdbx \"Shop/Shopify admin\"\n"),
    ("lpass_login_stdin_echo", "stdin", "$ echo '@V' | LPASS_DISABLE_PINENTRY=1 lpass login --trust ops@veilandlace.example\nSuccess: Logged in as ops@veilandlace.example.\n"),
    ("realm_join_stdin_echo", "stdin", "$ echo '@V' | sudo realm join -U joinsvc veilandlace.lan\n"),
    # ---- library call positions
    ("python_paramiko_connect_fourth_positional", "lib", 'import paramiko\n\nclient = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nclient.connect("sftp.veilandlace.lan", 22, "lookbook", "@V")\n'),
    ("python_imaplib_login_second", "lib", 'import imaplib\n\nM = imaplib.IMAP4_SSL("imap.veilandlace.example")\nM.login("bookings@veilandlace.example", "@V")\nM.select("INBOX")\n'),
    ("python_requests_httpdigestauth_second", "lib", 'from requests.auth import HTTPDigestAuth\n\nr = requests.get("http://rfid-fx9600.veilandlace.lan/cloud/status", auth=HTTPDigestAuth("reader", "@V"), timeout=5)\n'),
    ("python_cryptography_load_pem_private_key_second_bytes", "lib", 'from cryptography.hazmat.primitives import serialization\n\nwith open("claims_signing.pem", "rb") as fh:\n    key = serialization.load_pem_private_key(fh.read(), b"@V")\n'),
    ("python_itsdangerous_serializer_first", "lib", 'from itsdangerous import URLSafeTimedSerializer\n\nlinks = URLSafeTimedSerializer("@V", salt="fitting-confirm")\ntoken = links.dumps({"booking": 4412})\n'),
    ("python_pysnmp_usmuserdata_second", "lib", 'from pysnmp.hlapi import UsmUserData, usmHMACSHAAuthProtocol\n\nauth = UsmUserData("rfidmon", "@V", authProtocol=usmHMACSHAAuthProtocol)\n'),
    ("node_jsonwebtoken_sign_second", "lib", "const jwt = require('jsonwebtoken');\n\nconst link = jwt.sign({ sub: booking.id, kind: 'return' }, '@V', { expiresIn: '2h' });\n"),
    ("node_crypto_createhmac_second", "lib", "const sig = crypto.createHmac('sha256', '@V').update(rawBody).digest('hex');\nif (sig !== req.get('X-Hire-Signature')) return res.sendStatus(401);\n"),
    ("node_cookie_parser_first", "lib", "const cookieParser = require('cookie-parser');\napp.use(cookieParser('@V'));\n"),
    ("java_javamail_transport_connect_third", "lib", 'Transport transport = session.getTransport("smtp");\ntransport.connect("smtp.tuxhire.example", "returns@tuxhire.example", "@V");\ntransport.sendMessage(msg, msg.getAllRecipients());\n'),
    ("java_jedis_auth_single", "lib", 'try (Jedis jedis = new Jedis("redis.veilandlace.lan", 6379)) {\n    jedis.auth("@V");\n    jedis.incr("rotation:runs");\n}\n'),
    ("java_secretkeyspec_first_getbytes", "lib", 'Mac mac = Mac.getInstance("HmacSHA256");\nmac.init(new SecretKeySpec("@V".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));\n'),
    ("kotlin_okhttp_credentials_basic_second", "lib", 'val auth = Credentials.basic("rfid-gw", "@V")\nval req = Request.Builder().url(url).header("Authorization", auth).build()\n'),
    ("csharp_mailkit_authenticateasync_second", "lib", 'await client.ConnectAsync("smtp.hemline-alterations.lan", 587, SecureSocketOptions.StartTls);\nawait client.AuthenticateAsync("alterations@hemline-alterations.lan", "@V");\n'),
    ("go_smtp_plainauth_third", "lib", 'auth := smtp.PlainAuth("", "claims@tuxhire.example", "@V", "smtp.tuxhire.example")\nerr := smtp.SendMail("smtp.tuxhire.example:587", auth, from, to, msg)\n'),
    ("go_minio_newstaticv4_second", "lib", 'mc, err := minio.New("s3.veilandlace.lan", &minio.Options{\n\tCreds:  credentials.NewStaticV4("photos-rw", "@V", ""),\n\tSecure: true,\n})\n'),
    ("rust_lettre_credentials_new_second", "lib", 'let creds = Credentials::new("orders@curtaincallcostumes.lan".to_owned(), "@V".to_owned());\n'),
    ("ruby_net_smtp_start_fifth_positional", "lib", "Net::SMTP.start('smtp.veilandlace.example', 587, 'veilandlace.example', 'fittings', '@V', :login) do |smtp|\n  smtp.send_message(msg, from, to)\nend\n"),
    ("ruby_openssl_hmac_hexdigest_second", "lib", "expected = OpenSSL::HMAC.hexdigest('SHA256', '@V', request.raw_post)\n"),
    ("php_pdo_ctor_third", "lib", "<?php\n$pdo = new PDO('mysql:host=db.curtaincallcostumes.lan;dbname=orders', 'orders_app', '@V');\n"),
    ("php_ldap_bind_third", "lib", "<?php\n$ds = ldap_connect('ldap://dc1.curtaincallcostumes.lan');\nldap_bind($ds, 'cn=svc-orders,dc=curtaincall,dc=lan', '@V');\n"),
    ("php_oci_connect_second", "lib", "<?php\n$conn = oci_connect('HIRE_RO', '@V', '//ora.tuxhire.example/HIREPDB');\n"),
    ("php_hash_hmac_third", "lib", "<?php\n$expected = hash_hmac('sha256', $payload, '@V');\nif (!hash_equals($expected, $_SERVER['HTTP_X_SIGNATURE'])) { http_response_code(401); }\n"),
    ("perl_digest_hmac_sha256_hex_second", "lib", "use Digest::SHA qw(hmac_sha256_hex);\nmy $sig = hmac_sha256_hex($body, '@V');\n"),
    ("r_httr_authenticate_second", "lib", 'library(httr)\nres <- GET("https://reports.tuxhire.example/api/returns", authenticate("analyst", "@V"))\n'),
    ("socketio_emit_login_event_third_arg", "lib", "socket.emit('login', 'counter2', '@V', (ack) => console.log(ack.ok));\n"),
    ("python_smbprotocol_register_session_third", "lib", 'import smbclient\n\nsmbclient.register_session("files.veilandlace.lan", "fitter", "@V")\nfor name in smbclient.listdir(r"\\\\files.veilandlace.lan\\lookbooks"):\n    print(name)\n'),
    ("csharp_directoryentry_ctor_third", "lib", 'using var entry = new DirectoryEntry("LDAP://dc1.tuxhire.example/DC=tuxhire,DC=example", "svc-hire", "@V");\n'),
    ("python_exchangelib_credentials_second", "lib", 'from exchangelib import Account, Credentials\n\ncreds = Credentials("bookings@veilandlace.example", "@V")\naccount = Account("bookings@veilandlace.example", credentials=creds, autodiscover=True)\n'),
    ("vbscript_ado_connection_open_third", "lib", 'Set conn = CreateObject("ADODB.Connection")\nconn.Open "DSN=HireDB", "hire_ro", "@V"\n'),
    ("autoit_runas_third_positional", "lib", 'RunAs("tillclerk", "POS2", "@V", 0, "C:\\TillSync\\tillsync.exe")\n'),
    # ---- files with a fixed order
    ("pgpass_fifth_colon_field", "file", "# ~/.pgpass (chmod 600)\npg.veilandlace.lan:5432:measurements:measure:@V\n"),
    ("openvpn_auth_user_pass_second_line", "file", "# /etc/openvpn/client/shop-auth.txt  (auth-user-pass shop-auth.txt)\nvpn-harrogate\n@V\n"),
    ("docker_config_json_auth_b64_pair", "file", '{\n  "auths": {\n    "registry.veilandlace.lan": {\n      "auth": "@V"\n    }\n  }\n}\n'),
    ("pip_conf_index_url_userinfo", "file", "[global]\nindex-url = https://ci:@V@pypi.veilandlace.lan/simple/\ntimeout = 30\n"),
    ("git_credentials_store_url_line", "file", "https://dan:@V@git.tuxhire.example\n"),
    ("vsftpd_virtual_users_alternating_lines", "file", "# /etc/vsftpd/virtual_users.txt  -> db_load -T -t hash\nlookbook\n@V\n"),
    ("dovecot_passwd_file_plain_scheme", "file", "bookings:{PLAIN}@V:1001:1001::/home/bookings::\n"),
    ("postfix_sasl_passwd_map_colon_pair", "file", "# /etc/postfix/sasl_passwd  -> postmap\n[smtp.pressandfold.example]:587 handoff@tuxhire.example:@V\n"),
    ("winscp_script_open_url_userinfo", "file", "option batch abort\nopen sftp://lookbook:@V@sftp.veilandlace.lan/ -hostkey=\"ssh-ed25519 255 *\"\nput C:\\Lookbook\\*.jpg /incoming/\nexit\n"),
    ("nut_upsmon_monitor_fourth_token", "file", "# /etc/nut/upsmon.conf (backroom UPS for the RFID gateway)\nMONITOR backroom-ups@localhost 1 upsmon @V primary\nSHUTDOWNCMD \"/sbin/shutdown -h +0\"\n"),
    ("snmpd_conf_rocommunity_first_token", "file", "# /etc/snmp/snmpd.conf on the label-printer gateway\nsysLocation  Harrogate back office\nrocommunity @V 10.20.0.0/24\n"),
    ("espanso_match_replace_value", "file", "# ~/.config/espanso/match/till.yml (counter PC)\nmatches:\n  - trigger: \":till\"\n    replace: \"@V\"\n"),
    ("fitting_diary_csv_fourth_column", "file", "date,slot,stylist,till_login,room\n2025-03-15,10:00,priya,@V,2\n"),
    ("hire_counter_pipe_third_field", "file", "# branch|station|unlock|since\nHGT|counter-2|@V|2025-03-01\n"),
    ("alteration_rack_fixed_width_cols_41_to_60", "file", "@FW"),
    ("dry_cleaner_manifest_semicolon_fifth_field", "file", "docket;date;items;driver;unlock;notes\nPF-20931;2025-03-13;42;ruth;@V;suits only\n"),
    ("rfid_portal_tsv_third_column", "file", "portal\taddress\tunlock\tbranch\nexit-1\t10.20.3.11\t@V\tyork\n"),
    ("costume_store_yaml_flow_seq_third", "file", "till_accounts:\n  - [till2, 10.20.0.52, @V, backoffice]\n"),
    # ---- protocol exchanges
    ("imap_login_command_second_argument", "proto", "S: * OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN] Dovecot ready.\nC: a001 LOGIN bookings@veilandlace.example @V\nS: a001 OK Logged in\n"),
    ("irc_privmsg_nickserv_identify", "proto", ":bridalbot!bot@10.20.0.9 PRIVMSG NickServ :IDENTIFY bridalbot @V\n:NickServ!services@irc.veilandlace.lan NOTICE bridalbot :You are now identified\n"),
    ("smtp_auth_plain_initial_response_b64", "proto", "S: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN @V\nS: 235 2.7.0 Authentication successful\n"),
    ("redis_resp_auth_bulk_string", "proto", "@RESP"),
    ("quectel_at_qicsgp_fifth_quoted", "proto", 'AT+QICSGP=1,1,"iot.rfidnet","gatewaysim","@V",1\r\nOK\r\n'),
    ("wifi_qr_payload_p_field", "proto", "decoded QR (fitting-room guest card): WIFI:T:WPA;S:VeilLace-Guest;P:@V;H:false;;\n"),
    ("jsonrpc_login_params_array_second", "proto", 'POST /rpc HTTP/1.1\nHost: zd421-gw.tuxhire.example\nContent-Type: application/json\n\n{"jsonrpc":"2.0","method":"login","params":["admin","@V"],"id":1}\n'),
    ("odoo_xmlrpc_authenticate_third_param", "proto", 'POST /xmlrpc/2/common HTTP/1.1\nHost: erp.curtaincallcostumes.lan\n\n<?xml version="1.0"?><methodCall><methodName>authenticate</methodName><params><param><value><string>costumes</string></value></param><param><value><string>orders@curtaincallcostumes.lan</string></value></param><param><value><string>@V</string></value></param><param><value><struct></struct></value></param></params></methodCall>\n'),
    # ---- UI automation
    ("autohotkey_send_after_winactivate", "gui", "WinActivate, TillSync Login\nWinWaitActive, TillSync Login\nSend, @V{Enter}\n"),
    ("xdotool_type_after_windowactivate", "gui", "xdotool search --name 'RFID Console' windowactivate --sync type '@V'\nxdotool key Return\n"),
    ("playwright_page_fill_second", "gui", "await page.goto('https://hire.tuxhire.example/admin');\nawait page.fill('#f1', 'counter2');\nawait page.fill('#f2', '@V');\nawait page.click('text=Sign in');\n"),
    ("cypress_get_type_chain", "gui", "cy.visit('/staff');\ncy.get('[data-cy=f1]').type('priya');\ncy.get('[data-cy=f2]').type('@V');\ncy.contains('Continue').click();\n"),
    ("testcafe_typetext_second", "gui", "await t\n  .typeText('#f1', 'claims')\n  .typeText('#f2', '@V')\n  .click('#go');\n"),
    ("katalon_settext_second", "gui", "WebUI.setText(findTestObject('Page_Login/input_f1'), 'returns')\nWebUI.setText(findTestObject('Page_Login/input_f2'), '@V')\nWebUI.click(findTestObject('Page_Login/btn_go'))\n"),
    ("applescript_keystroke_string", "gui", 'tell application "BridalLive" to activate\ndelay 1\ntell application "System Events" to keystroke "@V"\ntell application "System Events" to key code 36\n'),
    ("puppeteer_keyboard_type_single", "gui", "await page.focus('#f2');\nawait page.keyboard.type('@V');\nawait page.keyboard.press('Enter');\n"),
    ("tmux_send_keys_single", "gui", "tmux send-keys -t ops:1 'ssh labels@zd421-gw.tuxhire.example' Enter\nsleep 2\ntmux send-keys -t ops:1 '@V' Enter\n"),
    ("pyautogui_write_single", "gui", "pyautogui.click(640, 412)\npyautogui.write('@V', interval=0.05)\npyautogui.press('enter')\n"),
    ("gherkin_step_quoted_typed_value", "gui", 'Scenario: counter staff signs in\n  Given I am on the hire admin page\n  When I type "counter2" into field "f1"\n  And I type "@V" into field "f2"\n  Then I see the returns queue\n'),
    ("uft_webedit_set_single", "gui", 'Browser("Hire").Page("Login").WebEdit("f1").Set "returns"\nBrowser("Hire").Page("Login").WebEdit("f2").Set "@V"\nBrowser("Hire").Page("Login").WebButton("Go").Click\n'),
    # ---- SQL
    ("mysql_create_user_identified_by_literal", "sql", "mysql> CREATE USER 'fitting_app'@'10.20.%' IDENTIFIED BY '@V';\nQuery OK, 0 rows affected (0.01 sec)\n"),
    ("oracle_create_database_link_identified_by", "sql", "SQL> CREATE DATABASE LINK hire_link CONNECT TO hire_ro IDENTIFIED BY \"@V\" USING 'HIREPDB';\n\nDatabase link created.\n"),
    ("mssql_sp_addlinkedsrvlogin_fifth", "sql", "1> EXEC sp_addlinkedsrvlogin 'HIRESRV', 'false', NULL, 'hire_ro', '@V';\n2> GO\n"),
    ("mysql_aes_encrypt_second", "sql", "mysql> INSERT INTO measure_notes (client_id, note) VALUES (812, AES_ENCRYPT('hollow to hem 152', '@V'));\n"),
    ("postgres_pgp_sym_encrypt_second", "sql", "measurements=> UPDATE clients SET measurements = pgp_sym_encrypt(measurements_plain, '@V') WHERE branch = 'york';\nUPDATE 318\n"),
    ("h2_create_linked_table_fourth", "sql", "sql> CREATE LINKED TABLE hire_bookings('org.postgresql.Driver', 'jdbc:postgresql://pg.tuxhire.example/hire', 'hire_ro', '@V', 'public.bookings');\n"),
    ("mysql_federated_connection_url_userinfo", "sql", "mysql> CREATE TABLE remote_bookings (id INT, ref CHAR(12)) ENGINE=FEDERATED CONNECTION='mysql://hire_ro:@V@db.tuxhire.example:3306/hire/bookings';\n"),
]

FW_START, FW_END = 41, 60  # 1-based inclusive columns of the fixed-width file


def fixed_width(value):
    rows = [("RACK", "GARMENT", "BENCH", None), ("R07", "ALT-55120 ivory gown", "bench-2", value)]
    out = ["# rack roster: cols 1-8 rack, 9-30 garment, 31-40 bench, 41-60 unlock"]
    for rack, garment, bench, v in rows:
        line = rack.ljust(8) + garment.ljust(22) + bench.ljust(10) + (v if v else "UNLOCK").ljust(20)
        out.append(line.rstrip())
    return "\n".join(out) + "\n"


def build(reg, start_id):
    rng = random.Random(SEED)
    out = []
    hidden = []
    n = start_id
    for syntax, cat, tmpl in SYNTAXES:
        pw = reg.draw(lambda: owner_password(rng, joiners="-_."))
        typ = PREFIX + syntax
        if syntax == "docker_config_json_auth_b64_pair":
            val = reg.draw(lambda: b64(("ci-builder:" + pw).encode()))
            hidden.append(pw)
        elif syntax == "smtp_auth_plain_initial_response_b64":
            val = reg.draw(lambda: b64(("\0handoff@tuxhire.example\0" + pw).encode()))
            hidden.append(pw)
        else:
            val = pw
        if tmpl == "@FW":
            text = fixed_width(val)
        elif tmpl == "@RESP":
            text = ("tshark -Y redis -T fields -e redis.value (rfid cache)\n"
                    "*2\\r\\n$4\\r\\nAUTH\\r\\n$%d\\r\\n%s\\r\\n\n+OK\\r\\n\n" % (len(val), val))
        else:
            text = tmpl.replace("@V", val)
        out.append(span_record("p212-s-%04d" % n, typ, "%s__%s" % (typ, SUFFIX[cat]), text, val, "password"))
        n += 1
    return out, hidden
