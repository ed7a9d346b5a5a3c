"""Positional passwords: a password passed without a telling `password=` key."""
import random

from common215 import SLOT, rs, LOWALNUM, DIGITS, owner_pw, fill, positive

SEED = 21503
PW_PREFIX = "tackpw_"
V = SLOT

SUFFIX = {
    "cli": "restoration_workshop_terminal_log",
    "stdin": "showroom_server_stdin_pipe",
    "lib": "dealer_app_source_excerpt",
    "file": "upholstery_server_file_listing",
    "proto": "saleroom_network_capture",
    "gui": "job_sheet_app_ui_test",
    "sql": "provenance_db_console",
}

# (syntax, category, template).  §U user, §H host, §D database / share / object name
SYNTAXES = [
    # ---------------------------------------------------------------- command line
    ("mysql_client_glued_lower_p_after_lower_u", "cli", "$ mysql -h §H -u §U -p" + V + " provenance\nmysql: [Warning] Using a password on the command line interface can be insecure.\n"),
    ("sqlcmd_capital_p_after_capital_u", "cli", "PS C:\\Workshop> sqlcmd -S §H -U §U -P '" + V + "' -d JobSheets -Q \"SELECT COUNT(*) FROM Jobs\"\n"),
    ("bcp_out_capital_p_after_capital_u", "cli", "C:\\> bcp JobSheets.dbo.FabricCuts out cuts.dat -S §H -U §U -P " + V + " -c\n"),
    ("unixodbc_isql_third_positional", "cli", "$ isql -v provenance_dsn §U '" + V + "'\n+---------------------------------------+\n| Connected!                            |\n"),
    ("cqlsh_lower_p_after_lower_u", "cli", "$ cqlsh §H 9042 -u §U -p '" + V + "' -k lot_events\n"),
    ("wget_ftp_url_userinfo", "cli", "$ wget 'ftp://§U:" + V + "@§H/swatches/2025-03.zip'\n"),
    ("lftp_lower_u_comma_pair", "cli", "$ lftp -u §U," + V + " sftp://§H -e 'mirror /photos ./photos; bye'\n"),
    ("ncftpput_lower_p_after_lower_u", "cli", "$ ncftpput -u §U -p '" + V + "' §H /incoming condition-report-4471.pdf\n"),
    ("curlftpfs_mount_url_userinfo", "cli", "# curlftpfs ftp://§U:" + V + "@§H/ /mnt/supplier-ftp -o allow_other\n"),
    ("smbmap_lower_p_after_lower_u", "cli", "$ smbmap -H §H -u §U -p '" + V + "' -r Photos\n"),
    ("rclone_obscure_first_positional", "cli", "$ rclone obscure '" + V + "' > ~/.config/rclone/supplier-sftp.obscured\n"),
    ("htpasswd_batch_third_positional", "cli", "# htpasswd -b /etc/nginx/.valuers §U '" + V + "'\nAdding password for user §U\n"),
    ("ipmitool_lanplus_capital_p_after_capital_u", "cli", "$ ipmitool -I lanplus -H §H -U §U -P '" + V + "' chassis power status\nChassis Power is on\n"),
    ("racadm_remote_lower_p_after_lower_u", "cli", "$ racadm -r §H -u §U -p '" + V + "' getsysinfo\n"),
    ("mosquitto_pub_capital_p_after_lower_u", "cli", "$ mosquitto_pub -h §H -u §U -P '" + V + "' -t workshop/veneer-room/rh -m 54.2\n"),
    ("psexec_lower_p_after_lower_u", "cli", "C:\\Tools> PsExec.exe \\\\§H -u WORKSHOP\\§U -p " + V + " cmd /c ipconfig\n"),
    ("schtasks_create_rp_after_ru", "cli", "C:\\> schtasks /Create /S §H /RU WORKSHOP\\§U /RP " + V + " /TN \"Nightly photo sync\" /TR C:\\sync.cmd /SC DAILY /ST 02:00\n"),
    ("net_use_drive_positional_after_share", "cli", "C:\\> net use P: \\\\§H\\Photos " + V + " /user:WORKSHOP\\§U /persistent:no\n"),
    ("vmrun_lower_gp_after_lower_gu", "cli", "$ vmrun -T ws -gu §U -gp '" + V + "' runProgramInGuest ~/vms/legacy-pos.vmx C:\\POS\\export.exe\n"),
    ("govc_url_environment_userinfo", "cli", "$ export GOVC_URL='https://§U:" + V + "@§H/sdk'\n$ govc ls /workshop/vm\n"),
    ("sqlplus_user_slash_secret_at_tns", "cli", "$ sqlplus §U/" + V + "@//§H:1521/PROVPDB @export_lots.sql\n"),
    ("db2_connect_to_user_using", "cli", "$ db2 connect to LOTSDB user §U using " + V + "\n"),
    ("git_clone_https_url_userinfo", "cli", "$ git clone https://§U:" + V + "@§H/restoration/condition-reports.git\n"),
    ("composer_config_http_basic_fourth_positional", "cli", "$ composer config http-basic.§H §U '" + V + "'\n"),
    ("poetry_config_http_basic_third_positional", "cli", "$ poetry config http-basic.workshop-pypi §U '" + V + "'\n"),
    ("dotnet_nuget_add_source_lower_p_after_lower_u", "cli", "> dotnet nuget add source https://§H/nuget/v3/index.json -n workshop -u §U -p " + V + " --store-password-in-clear-text\n"),
    ("unrar_extract_glued_lower_p", "cli", "$ unrar x -p" + V + " valuation-archive-2019.rar ./valuations/\n"),
    ("mcrypt_lower_k_flag", "cli", "$ mcrypt -k '" + V + "' provenance-ledger.csv\n"),
    ("ccrypt_capital_k_flag", "cli", "$ ccrypt -e -K '" + V + "' insurance-schedule.xlsx\n"),
    ("steghide_embed_lower_p_flag", "cli", "$ steghide embed -cf lot-217-front.jpg -ef provenance-note.txt -p '" + V + "'\n"),
    ("ffmpeg_rtsp_input_url_userinfo", "cli", "$ ffmpeg -rtsp_transport tcp -i 'rtsp://§U:" + V + "@§H:554/Streaming/Channels/101' -frames:v 1 bench.jpg\n"),
    ("snmpset_v3_capital_x_privacy_phrase", "cli", "$ snmpset -v3 -l authPriv -u §U -a SHA -A Chesterfield-auth99 -x AES -X '" + V + "' §H sysLocation.0 s 'Veneer room'\n"),
    ("iwconfig_key_s_colon_ascii", "cli", "# iwconfig wlan0 essid workshop-old key s:" + V + "\n"),
    ("mc_admin_user_add_third_positional", "cli", "$ mc admin user add photos-minio §U '" + V + "'\nAdded user `§U` successfully.\n"),
    ("ldappasswd_lower_s_new_value", "cli", "$ ldappasswd -H ldap://§H -D 'cn=admin,dc=workshop,dc=lan' -W -s '" + V + "' 'uid=§U,ou=staff,dc=workshop,dc=lan'\n"),
    ("powershell_convertto_securestring_asplaintext", "cli", "PS> $s = ConvertTo-SecureString '" + V + "' -AsPlainText -Force\nPS> $c = New-Object PSCredential('WORKSHOP\\§U', $s)\n"),
    # ---------------------------------------------------------------- stdin / pipes
    ("kinit_principal_stdin_echo", "stdin", "$ echo '" + V + "' | kinit §U@WORKSHOP.LAN\n$ klist\n"),
    ("smbpasswd_capital_a_lower_s_yes_head_two", "stdin", "# yes '" + V + "' | head -n 2 | smbpasswd -a -s §U\nAdded user §U.\n"),
    ("gpg_passphrase_fd_zero_stdin_echo", "stdin", "$ echo '" + V + "' | gpg --batch --pinentry-mode loopback --passphrase-fd 0 -d valuations-2024.tar.gpg > valuations.tar\n"),
    ("openvpn_askpass_process_substitution", "stdin", "# openvpn --config fairs-vpn.ovpn --askpass <(echo '" + V + "')\n"),
    ("ftp_client_heredoc_user_second_argument", "stdin", "$ ftp -n §H <<EOF\nuser §U " + V + "\nbinary\nput lot-photos.zip\nbye\nEOF\n"),
    ("docker_secret_create_dash_printf", "stdin", "$ printf '%s' '" + V + "' | docker secret create workshop_db_v3 -\nkq3v7yq2x8r1\n"),
    ("openssl_rsa_passin_stdin_echo", "stdin", "$ echo '" + V + "' | openssl rsa -in certs/valuations.key -passin stdin -out /run/valuations.key\n"),
    ("telnet_printf_login_sequence_second_line", "stdin", "$ (printf '%s\\r\\n' §U; sleep 1; printf '%s\\r\\n' '" + V + "'; sleep 1; printf 'show stats\\r\\n') | telnet §H 23\n"),
    ("psql_first_line_of_stdin_script", "stdin", "$ { echo '" + V + "'; cat migrate_lots.sql; } | PGPASSFILE=/dev/null psql -h §H -U §U -W provenance\n"),
    # ---------------------------------------------------------------- library calls
    ("python_ftplib_login_second", "lib", "from ftplib import FTP_TLS\n\nftp = FTP_TLS(\"§H\")\nftp.login(\"§U\", \"" + V + "\")\nftp.prot_p()\n"),
    ("python_poplib_apop_second", "lib", "import poplib\n\nbox = poplib.POP3(\"§H\")\nbox.apop(\"§U\", \"" + V + "\")\nprint(box.stat())\n"),
    ("python_cx_oracle_connect_second", "lib", "import cx_Oracle\n\nconn = cx_Oracle.connect(\"§U\", \"" + V + "\", \"§H/PROVPDB\")\n"),
    ("python_pika_plaincredentials_second", "lib", "creds = pika.PlainCredentials(\"§U\", \"" + V + "\")\nparams = pika.ConnectionParameters(\"§H\", 5672, \"/lots\", creds)\n"),
    ("python_ldap_simple_bind_s_second", "lib", "import ldap\n\nl = ldap.initialize(\"ldap://§H\")\nl.simple_bind_s(\"uid=§U,ou=staff,dc=workshop,dc=lan\", \"" + V + "\")\n"),
    ("python_hmac_new_first_bytes", "lib", "import hmac, hashlib\n\ndef sign_lot(body: bytes) -> str:\n    return hmac.new(b\"" + V + "\", body, hashlib.sha256).hexdigest()\n"),
    ("python_pikepdf_open_second", "lib", "import pikepdf\n\nwith pikepdf.open(\"valuation-cert-0412.pdf\", \"" + V + "\") as pdf:\n    pdf.save(\"valuation-cert-0412-open.pdf\")\n"),
    ("python_pypdf_reader_decrypt_single", "lib", "from pypdf import PdfReader\n\nreader = PdfReader(\"insurance-schedule.pdf\")\nreader.decrypt(\"" + V + "\")\n"),
    ("python_aiohttp_basicauth_second", "lib", "auth = aiohttp.BasicAuth(\"§U\", \"" + V + "\")\nasync with session.get(\"https://§H/lots.json\", auth=auth) as r:\n    lots = await r.json()\n"),
    ("python_pyjwt_encode_second", "lib", "import jwt\n\ntoken = jwt.encode({\"slot\": slot_id}, \"" + V + "\", algorithm=\"HS256\")\n"),
    ("node_mqtt_connect_url_userinfo", "lib", "const mqtt = require('mqtt');\nconst client = mqtt.connect('mqtts://§U:" + V + "@§H:8883');\n"),
    ("node_mongoose_connect_uri_userinfo", "lib", "await mongoose.connect('mongodb+srv://§U:" + V + "@§H/fabricLibrary?retryWrites=true');\n"),
    ("node_jose_textencoder_encode_single", "lib", "const key = new TextEncoder().encode('" + V + "');\nconst jwt = await new SignJWT({ slot }).setProtectedHeader({ alg: 'HS256' }).sign(key);\n"),
    ("node_crypto_pbkdf2sync_first", "lib", "const dk = crypto.pbkdf2Sync('" + V + "', salt, 210000, 32, 'sha256');\n"),
    ("node_bcrypt_hash_seed_first", "lib", "// seed.js – first admin of the job-sheet app\nconst hash = await bcrypt.hash('" + V + "', 12);\nawait db.user.create({ data: { email: 'tom@tackandtwine.lan', hash } });\n"),
    ("js_btoa_user_colon_pair", "lib", "const headers = { Authorization: 'Basic ' + btoa('§U:" + V + "') };\n"),
    ("java_drivermanager_getconnection_third", "lib", "Connection c = DriverManager.getConnection(\n    \"jdbc:mysql://§H:3306/provenance\", \"§U\", \"" + V + "\");\n"),
    ("java_commons_net_ftpclient_login_second", "lib", "FTPClient ftp = new FTPClient();\nftp.connect(\"§H\");\nftp.login(\"§U\", \"" + V + "\");\n"),
    ("java_jjwt_hmacshakeyfor_getbytes", "lib", "SecretKey key = Keys.hmacShaKeyFor(\"" + V + "\".getBytes(StandardCharsets.UTF_8));\n"),
    ("csharp_networkcredential_ctor_second", "lib", "var cred = new NetworkCredential(\"§U\", \"" + V + "\", \"WORKSHOP\");\nclient.Credentials = cred;\n"),
    ("csharp_securestring_foreach_literal", "lib", "var ss = new SecureString();\nforeach (var ch in \"" + V + "\") ss.AppendChar(ch);\n"),
    ("csharp_fluentftp_client_ctor_third", "lib", "using var ftp = new FtpClient(\"§H\", \"§U\", \"" + V + "\");\nftp.AutoConnect();\n"),
    ("go_mysql_dsn_user_colon_pair_at_tcp", "lib", "db, err := sql.Open(\"mysql\", \"§U:" + V + "@tcp(§H:3306)/provenance?parseTime=true\")\n"),
    ("go_jlaffaye_ftp_login_second", "lib", "c, _ := ftp.Dial(\"§H:21\")\nif err := c.Login(\"§U\", \"" + V + "\"); err != nil {\n\tlog.Fatal(err)\n}\n"),
    ("go_jwt_signedstring_byte_slice", "lib", "signed, err := token.SignedString([]byte(\"" + V + "\"))\n"),
    ("go_net_http_setbasicauth_second", "lib", "req, _ := http.NewRequest(\"GET\", \"https://§H/api/slots\", nil)\nreq.SetBasicAuth(\"§U\", \"" + V + "\")\n"),
    ("rust_hmac_new_from_slice_literal", "lib", "let mut mac = HmacSha256::new_from_slice(b\"" + V + "\").expect(\"key\");\nmac.update(body);\n"),
    ("ruby_net_ftp_login_second", "lib", "Net::FTP.open('§H') do |ftp|\n  ftp.login('§U', '" + V + "')\n  ftp.putbinaryfile('lots.csv')\nend\n"),
    ("ruby_net_http_basic_auth_second", "lib", "req = Net::HTTP::Get.new(uri)\nreq.basic_auth '§U', '" + V + "'\n"),
    ("ruby_jwt_encode_second", "lib", "token = JWT.encode({ lot: lot.id }, '" + V + "', 'HS256')\n"),
    ("php_mysqli_ctor_third", "lib", "<?php\n$db = new mysqli('§H', '§U', '" + V + "', 'fabric_library');\n"),
    ("php_ftp_login_third", "lib", "<?php\n$c = ftp_connect('§H');\nftp_login($c, '§U', '" + V + "');\n"),
    ("php_openssl_encrypt_third", "lib", "<?php\n$enc = openssl_encrypt($report, 'aes-256-cbc', '" + V + "', 0, $iv);\n"),
    ("perl_dbi_connect_third", "lib", "my $dbh = DBI->connect('dbi:Pg:dbname=provenance;host=§H', '§U', '" + V + "', { RaiseError => 1 });\n"),
    ("lua_luasql_env_connect_third", "lib", "local env = luasql.mysql()\nlocal con = env:connect('fabric_library', '§U', '" + V + "', '§H')\n"),
    ("micropython_wlan_connect_second", "lib", "import network\nwlan = network.WLAN(network.STA_IF)\nwlan.active(True)\nwlan.connect('workshop-iot', '" + V + "')\n"),
    ("arduino_wifi_begin_second_literal", "lib", "void setup() {\n  WiFi.begin(\"veneer-room\", \"" + V + "\");\n  while (WiFi.status() != WL_CONNECTED) delay(250);\n}\n"),
    ("arduino_pubsubclient_connect_third", "lib", "if (mqtt.connect(\"rh-logger-2\", \"§U\", \"" + V + "\")) {\n  mqtt.publish(\"workshop/rh\", buf);\n}\n"),
    ("vba_workbooks_open_fifth_positional", "lib", "Set wb = Workbooks.Open(\"S:\\Valuations\\2025.xlsx\", 0, True, , \"" + V + "\")\n"),
    ("vba_worksheet_unprotect_single", "lib", "Sheets(\"Lots\").Unprotect \"" + V + "\"\nSheets(\"Lots\").Range(\"F2:F400\").ClearContents\n"),
    # ---------------------------------------------------------------- files with fixed columns
    ("ppp_chap_secrets_third_column", "file", "# /etc/ppp/chap-secrets\n# client    server   secret        IP addresses\n§U   *   \"" + V + "\"   *\n"),
    ("strongswan_ipsec_secrets_psk_quoted", "file", "# /etc/ipsec.secrets – fair-stand VPN\n§H %any : PSK \"" + V + "\"\n"),
    ("rsyncd_secrets_user_colon_pair", "file", "# /etc/rsyncd.secrets (mode 600)\n§U:" + V + "\n"),
    ("davfs2_secrets_third_field", "file", "# /etc/davfs2/secrets\nhttps://§H/remote.php/dav/files/§U/  §U  " + V + "\n"),
    ("pgbouncer_userlist_second_quoted", "file", "; /etc/pgbouncer/userlist.txt\n\"§U\" \"" + V + "\"\n"),
    ("exim4_passwd_client_third_colon_field", "file", "# /etc/exim4/passwd.client\n§H:§U:" + V + "\n"),
    ("job_sheet_export_csv_fifth_column", "file", "job_no,customer,piece,fabric_ref,tablet_pin_phrase\nJ-2291,Mrs Okafor,wingback,LU-8812," + V + "\n"),
    ("fabric_sample_library_pipe_fourth_field", "file", "# swatch-kiosk.psv  ref|supplier|kiosk_user|kiosk_unlock\nVL-3301|Chenille & Co|§U|" + V + "\n"),
    ("condition_report_tsv_third_column", "file", "report\tinspector\tcamera_share_key\tpieces\nCR-7710\t§U\t" + V + "\t3\n"),
    ("auction_lot_import_semicolon_sixth_field", "file", "sale;lot;title;estimate_low;estimate_high;online_bidding_gate\nGL0325;217;George III mahogany bureau;800;1200;" + V + "\n"),
    ("delivery_slot_fixed_width_cols_31_to_50", "file", None),
    ("dealer_fair_stand_roster_colon_third_field", "file", "# stands.roster  stand:dealer:till_unlock:mobile\nB14:§U:" + V + ":07700900" + "\u00a7D" + "\n"),
    # ---------------------------------------------------------------- protocol exchanges
    ("irc_oper_command_second_argument", "proto", ">> OPER §U " + V + "\n<< :irc.§H 381 §U :You are now an IRC operator\n"),
    ("esp8266_at_cwjap_second_quoted", "proto", "AT+CWMODE=1\r\nOK\r\nAT+CWJAP=\"veneer-room\",\"" + V + "\"\r\nWIFI CONNECTED\r\nWIFI GOT IP\r\n"),
    ("wordpress_xmlrpc_getusersblogs_second_param", "proto", "POST /xmlrpc.php HTTP/1.1\nHost: §H\n\n<methodCall><methodName>wp.getUsersBlogs</methodName><params><param><value><string>§U</string></value></param><param><value><string>" + V + "</string></value></param></params></methodCall>\n"),
    ("ldap_bindrequest_simple_field_decode", "proto", "Lightweight Directory Access Protocol\n    LDAPMessage bindRequest(1) \"uid=§U,ou=staff,dc=workshop,dc=lan\" simple\n        bindRequest\n            version: 3\n            name: uid=§U,ou=staff,dc=workshop,dc=lan\n            authentication: simple (0)\n                simple: " + V + "\n"),
    ("pop3_apop_style_user_then_secret_line", "proto", None),
    # ---------------------------------------------------------------- UI automation
    ("selenium_python_send_keys_single", "gui", "driver.find_element(By.ID, \"f2\").send_keys(\"" + V + "\")\ndriver.find_element(By.ID, \"go\").click()\n"),
    ("webdriverio_setvalue_single", "gui", "await $('#f2').setValue('" + V + "');\nawait $('#go').click();\n"),
    ("nightwatch_setvalue_second", "gui", "browser.setValue('#f2', '" + V + "').click('#go');\n"),
    ("robot_framework_input_text_second", "gui", "*** Test Cases ***\nOpen Job Sheet\n    Input Text    id:f1    §U\n    Input Text    id:f2    " + V + "\n    Click Button    id:go\n"),
    ("espresso_typetext_single", "gui", "onView(withId(R.id.f2)).perform(typeText(\"" + V + "\"), closeSoftKeyboard());\n"),
    ("xcuitest_typetext_single", "gui", "let field = app.textFields[\"f2\"]\nfield.tap()\nfield.typeText(\"" + V + "\")\n"),
    ("detox_typetext_single", "gui", "await element(by.id('f2')).typeText('" + V + "');\nawait element(by.id('go')).tap();\n"),
    ("maestro_inputtext_yaml", "gui", "appId: lan.tackandtwine.jobs\n---\n- tapOn:\n    id: \"f2\"\n- inputText: \"" + V + "\"\n- tapOn: \"Open\"\n"),
    ("sikulix_type_after_click_image", "gui", "click(\"field_two.png\")\ntype(\"" + V + "\" + Key.ENTER)\n"),
    ("powershell_sendkeys_sendwait", "gui", "[System.Windows.Forms.SendKeys]::SendWait(\"" + V + "{ENTER}\")\n"),
    ("vbscript_wshshell_sendkeys", "gui", "Set sh = CreateObject(\"WScript.Shell\")\nsh.AppActivate \"Fair Till\"\nsh.SendKeys \"" + V + "~\"\n"),
    ("pywinauto_type_keys_single", "gui", "dlg = app.window(title=\"Job Sheets\")\ndlg.Edit2.type_keys(\"" + V + "\", with_spaces=True)\n"),
    ("taiko_write_into_first", "gui", "await write(\"" + V + "\", into(textBox({ id: \"f2\" })));\n"),
    # ---------------------------------------------------------------- SQL
    ("sqlcipher_pragma_key_literal", "sql", "sqlite> PRAGMA key = '" + V + "';\nsqlite> SELECT count(*) FROM lots;\n1287\n"),
    ("postgres_pgcrypto_crypt_first_literal", "sql", "provenance=# UPDATE staff SET pw_hash = crypt('" + V + "', gen_salt('bf')) WHERE login = '§U';\nUPDATE 1\n"),
    ("sybase_sp_addlogin_second_argument", "sql", "1> sp_addlogin '§U', '" + V + "', 'lots'\n2> go\n"),
    ("mssql_create_login_with_literal_hex_free", "sql", None),
]

# fixed-width delivery slots: value in columns 31-50 (1-based)
def _fixed_width(rng, u, h, v):
    head = "SLOT      DRIVER    VAN       GATE_CODE_PHRASE    POSTCODE\n"
    row = ("%-10s%-10s%-10s" % ("FRI-09:30", u[:9], "VAN2")) + ("%-20s" % v) + "OX1 4AR\n"
    return head + row


SPECIAL = {
    "delivery_slot_fixed_width_cols_31_to_50": _fixed_width,
}

DROP = {
    "psql_first_line_of_stdin_script": "psql reads the password from the terminal, not from the first line of stdin; unreliable",
    "pop3_apop_style_user_then_secret_line": "POP3 carries the clear value only in `PASS` (a telling command, and FTP `PASS` is in an earlier corpus); APOP sends a digest",
    "mssql_create_login_with_literal_hex_free": "`CREATE LOGIN … WITH PASSWORD =` names the field right before the value",
}

USERS = ["tom.r", "priya", "hugh", "maggie", "ines", "workshop", "porter2", "valuer"]
HOSTS = ["files.tackandtwine.lan", "db.hessianworks.lan", "10.42.0.17", "nas.oldoakrestoration.example",
         "lots.gavelandlot.example", "192.168.50.21", "cams.tackandtwine.lan"]


def active():
    return [s for s in SYNTAXES if s[0] not in DROP]


def build(reg, start_index):
    rng = random.Random(SEED)
    out = []
    idx = start_index
    for syn, cat, tpl in active():
        u, h = rng.choice(USERS), rng.choice(HOSTS)
        d = rs(rng, DIGITS, 3)
        value = reg.draw(lambda: owner_pw(rng, strict=True))
        if syn in SPECIAL:
            text = SPECIAL[syn](rng, u, h, value)
            s = text.index(value)
            e = s + len(value)
        else:
            text, s, e = fill(tpl, value, U=u, H=h, D=d)
        typ = PW_PREFIX + syn
        out.append(positive("p215-s-%04d" % idx, typ, typ + "__" + SUFFIX[cat], text, s, e, "password"))
        idx += 1
    return out
