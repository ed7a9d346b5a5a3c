"""Password source: positional syntaxes (no telling password= key)."""
import random

from common234 import MARK, SEEDS, owner_password, place, span_record

PW_PREFIX = "lndpw_"
SUFFIX = {
    "cli": "laundrette_back_office_terminal",
    "stdin": "dry_cleaner_server_stdin_pipe",
    "lib": "linen_hire_app_source_excerpt",
    "gui": "counter_kiosk_ui_automation",
    "file": "laundrette_host_config_file",
    "proto": "laundrette_lan_wire_decode",
    "sql": "linen_db_sql_console",
}

USERS = ["counter", "linenops", "tillsync", "routeops", "kiosk", "rayowner", "deeleith", "moahmed", "pressops", "depotn"]
HOSTS = ["pos-back.suds-and-co.lan", "db.brightlinen-hire.internal", "nas01.pressmark.lan", "erp.brightlinen-hire.internal",
         "mq01.suds-and-co.lan", "files.pressmark.lan"]

# (syntax, where, short form, template with «v» «u» «U» «h» «ip» «n» «ulen» «plen»)
SYNTAXES = [
    # ---------------- cli ----------------
    ("unrar_glued_lower_p_extract", "cli", "unrar x -pSECRET archive.rar dir/ (value glued to -p)",
     "ray@backoffice:~$ unrar x -p«v» linen-scans-2024.rar ./scans/\n\nUNRAR 6.24 freeware      Copyright (c) 1993-2023 Alexander Roshal\n\n"
     "Extracting from linen-scans-2024.rar\n\nExtracting  ./scans/cage-manifest-03.pdf                OK\nAll OK\n"),
    ("rar_glued_lower_hp_header_encrypt", "cli", "rar a -hpSECRET -m5 archive.rar files (value glued to -hp)",
     "ray@backoffice:~$ rar a -hp«v» -m5 invoices-q1.rar invoices/\n\nCreating archive invoices-q1.rar\n\n"
     "Adding    invoices/INV-«n».pdf                                OK\nDone\n"),
    ("lftp_lower_u_user_comma_secret", "cli", "lftp -u user,SECRET sftp://host",
     "ray@backoffice:~$ lftp -u «u»,«v» sftp://«h»\nlftp «u»@«h»:~> mirror -R ./exports /uploads/exports\n"
     "Total: 1 directory, 12 files, 0 symlinks\n"),
    ("sqlplus_user_slash_secret_at_service", "cli", "sqlplus user/SECRET@//host:1521/service",
     "[oracle@erp ~]$ sqlplus «u»/«v»@//«h»:1521/LINENPDB\n\nSQL*Plus: Release 19.0.0.0.0 - Production\n\nConnected to:\n"
     "Oracle Database 19c Standard Edition 2 Release 19.0.0.0.0 - Production\n\nSQL> "),
    ("net_use_drive_letter_share_then_secret", "cli", "net use Z: \\\\host\\share SECRET /user:DOMAIN\\user",
     "C:\\Users\\counter> net use Z: \\\\NAS01\\scans «v» /user:PRESSMARK\\«u» /persistent:no\nThe command completed successfully.\n"),
    ("schtasks_create_slash_rp_runas_secret", "cli", "schtasks /create … /ru user /rp SECRET",
     "C:\\> schtasks /create /tn \"TillNightlyExport\" /tr \"C:\\Till\\export.exe\" /sc daily /st 23:30 /ru PRESSMARK\\«u» /rp «v»\n"
     "SUCCESS: The scheduled task \"TillNightlyExport\" has successfully been created.\n"),
    ("htpasswd_batch_mode_third_positional", "cli", "htpasswd -b -B file user SECRET",
     "root@booking:~# htpasswd -b -B /etc/apache2/.htpasswd-staff «u» «v»\nAdding password for user «u»\n"),
    ("rabbitmqctl_add_user_second_positional", "cli", "rabbitmqctl add_user user SECRET",
     "root@mq01:~# rabbitmqctl add_user «u» «v»\nAdding user \"«u»\" ...\n"
     "Done. Don't forget to grant the user permissions to some virtual hosts! See 'rabbitmqctl help set_permissions' to learn more.\n"),
    ("mosquitto_passwd_batch_third_positional", "cli", "mosquitto_passwd -b file user SECRET",
     "root@broker:~# mosquitto_passwd -b /etc/mosquitto/passwd «u» «v»\nroot@broker:~# systemctl reload mosquitto\n"),
    ("wpa_passphrase_ssid_then_secret", "cli", "wpa_passphrase SSID SECRET",
     "pi@machine-row3:~ $ wpa_passphrase \"Suds-Backroom\" «v» | sudo tee -a /etc/wpa_supplicant/wpa_supplicant.conf > /dev/null\n"
     "pi@machine-row3:~ $ sudo wpa_cli -i wlan0 reconfigure\nOK\n"),
    ("mutool_draw_lower_p_flag", "cli", "mutool draw -p SECRET -o out.png in.pdf pages",
     "ray@backoffice:~$ mutool draw -p «v» -o statement-%d.png supplier-statement.pdf 1-3\npage supplier-statement.pdf 1\n"
     "page supplier-statement.pdf 2\npage supplier-statement.pdf 3\n"),
    ("msoffcrypto_tool_trailing_lower_p", "cli", "msoffcrypto-tool in.xlsx out.xlsx -p SECRET",
     "(venv) ray@backoffice:~$ msoffcrypto-tool staff-rota-locked.xlsx staff-rota.xlsx -p «v»\n(venv) ray@backoffice:~$ ls -l staff-rota.xlsx\n"
     "-rw-r--r-- 1 ray ray 48213 Mar 12 09:14 staff-rota.xlsx\n"),
    ("ipmitool_lanplus_capital_p_after_capital_u", "cli", "ipmitool -I lanplus -H host -U user -P SECRET cmd",
     "ops@jump:~$ ipmitool -I lanplus -H «ip» -U «u» -P «v» chassis power status\nChassis Power is on\n"),
    ("redis_cli_lower_a_auth_flag", "cli", "redis-cli -h host -a SECRET command",
     "ops@booking:~$ redis-cli -h «h» -a «v» --no-auth-warning INFO keyspace\n# Keyspace\ndb0:keys=«n»,expires=12,avg_ttl=0\n"),
    ("mosquitto_pub_capital_p_after_lower_u", "cli", "mosquitto_pub -h broker -u user -P SECRET -t topic -m msg",
     "pi@machine-row3:~ $ mosquitto_pub -h broker.suds-and-co.lan -u «u» -P «v» -t 'laundrette/leith/washer/7/state' -m 'out_of_order'\n"),
    ("db2_clp_connect_user_using_keyword", "cli", "db2 connect to DB user USER using SECRET",
     "db2inst1@erp:~$ db2 connect to LINENDB user «u» using «v»\n\n   Database Connection Information\n\n"
     " Database server        = DB2/LINUXX8664 11.5.8.0\n SQL authorization ID   = «U»\n Local database alias   = LINENDB\n"),
    ("certutil_importpfx_lower_p_flag", "cli", "certutil -f -p SECRET -importpfx file.pfx",
     "C:\\> certutil -f -p «v» -importpfx C:\\certs\\card-reader-«n».pfx\nCertificate \"card-reader-«n»\" added to store.\n"
     "CertUtil: -importPFX command completed successfully.\n"),
    ("mount_cifs_user_option_percent_pair", "cli", "mount -t cifs //host/share dir -o user=user%SECRET",
     "root@pos-back:~# mount -t cifs //NAS01/scans /mnt/scans -o user=«u»%«v»,vers=3.0,uid=1000\n"
     "root@pos-back:~# ls /mnt/scans | head -3\n2024-03-11\n2024-03-12\nREADME.txt\n"),
    ("macos_security_unlock_keychain_lower_p", "cli", "security unlock-keychain -p SECRET keychain",
     "ray@owner-mac ~ % security unlock-keychain -p «v» ~/Library/Keychains/till-certs.keychain-db\n"
     "ray@owner-mac ~ % security find-identity -v ~/Library/Keychains/till-certs.keychain-db\n     0 valid identities found\n"),
    ("sendemail_perl_lower_xp_after_lower_xu", "cli", "sendEmail … -xu user -xp SECRET",
     "ray@backoffice:~$ sendEmail -f till@suds-and-co.example -t ray@suds-and-co.example -u \"Z report\" -m \"attached\" -a zreport.pdf "
     "-s smtp.suds-and-co.example:587 -xu «u» -xp «v» -o tls=yes\nMar 12 23:31:02 backoffice sendEmail[2291]: Email was sent successfully!\n"),
    ("samba_tool_user_create_second_positional", "cli", "samba-tool user create NAME SECRET",
     "root@dc01:~# samba-tool user create «u» «v» --given-name=Mo --surname=Ahmed\nUser '«u»' added successfully\n"),
    # ---------------- stdin ----------------
    ("gpg_batch_passphrase_fd_zero_echo", "stdin", "echo SECRET | gpg --batch --passphrase-fd 0 -d file",
     "ray@backoffice:~$ echo «v» | gpg --batch --yes --passphrase-fd 0 -o payroll.csv -d payroll.csv.gpg\n"
     "gpg: AES256.CFB encrypted data\ngpg: encrypted with 1 passphrase\n"),
    ("kinit_principal_echo_pipe", "stdin", "echo SECRET | kinit user@REALM",
     "ray@pos-back:~$ echo '«v»' | kinit «u»@PRESSMARK.LAN\nray@pos-back:~$ klist | head -2\nTicket cache: FILE:/tmp/krb5cc_1000\n"
     "Default principal: «u»@PRESSMARK.LAN\n"),
    ("chpasswd_user_colon_secret_pipe", "stdin", "echo 'user:SECRET' | chpasswd",
     "root@kiosk-07:~# echo '«u»:«v»' | chpasswd\nroot@kiosk-07:~# passwd -S «u»\n«u» P 03/12/2024 0 99999 7 -1\n"),
    ("rhel_passwd_stdin_flag_pipe", "stdin", "echo SECRET | passwd --stdin user",
     "[root@erp ~]# echo «v» | passwd --stdin «u»\nChanging password for user «u».\npasswd: all authentication tokens updated successfully.\n"),
    ("zfs_load_key_pipe", "stdin", "echo SECRET | zfs load-key pool/dataset",
     "root@nas01:~# echo «v» | zfs load-key tank/cctv\nroot@nas01:~# zfs mount tank/cctv\n"),
    ("telnet_subshell_sleep_echo_pipe", "stdin", "(sleep 1; echo user; sleep 1; echo SECRET; …) | telnet host",
     "ops@jump:~$ (sleep 1; echo «u»; sleep 1; echo «v»; sleep 1; echo 'show status'; sleep 2) | telnet «ip» 23\n"
     "Trying «ip»...\nConnected to «ip».\nEscape character is '^]'.\n"),
    ("keyctl_padd_user_keyring_pipe", "stdin", "echo -n SECRET | keyctl padd user NAME @u",
     "ray@pos-back:~$ echo -n «v» | keyctl padd user till-db @u\n«n»\n"),
    ("secret_tool_store_label_pipe", "stdin", "echo -n SECRET | secret-tool store --label=… attr value",
     "ray@backoffice:~$ echo -n '«v»' | secret-tool store --label='Till back office' service till-sync user «u»\n"),
    ("vncpasswd_filter_mode_pipe", "stdin", "echo SECRET | vncpasswd -f > ~/.vnc/passwd",
     "pi@kiosk-07:~ $ echo «v» | vncpasswd -f > ~/.vnc/passwd && chmod 600 ~/.vnc/passwd\n"),
    ("ansible_vault_encrypt_string_stdin_name", "stdin", "echo -n SECRET | ansible-vault encrypt_string --stdin-name NAME",
     "ops@jump:~/linen-infra$ echo -n '«v»' | ansible-vault encrypt_string --vault-id prod@prompt --stdin-name 'till_sync_secret'\n"
     "Reading plaintext input from stdin. (ctrl-d to end input, twice if your content does not already have a newline)\n"),
    # ---------------- lib ----------------
    ("python_cx_oracle_connect_second", "lib", "cx_Oracle.connect(user, SECRET, dsn)",
     "import cx_Oracle\n\nconn = cx_Oracle.connect(\"«u»\", \"«v»\", \"«h»:1521/LINENPDB\")\ncur = conn.cursor()\n"
     "cur.execute(\"select count(*) from cage_drops where route_id = :1\", [«n»])\n"),
    ("python_cryptography_load_pem_private_key_second", "lib", "serialization.load_pem_private_key(data, b'SECRET')",
     "from cryptography.hazmat.primitives import serialization\n\nwith open(\"reader-signing.pem\", \"rb\") as fh:\n"
     "    key = serialization.load_pem_private_key(fh.read(), b\"«v»\")\n"),
    ("python_pyjwt_encode_second", "lib", "jwt.encode(payload, SECRET, algorithm='HS256')",
     "import jwt\n\ndef route_token(driver_id: int) -> str:\n"
     "    return jwt.encode({\"driver\": driver_id, \"scope\": \"drops\"}, \"«v»\", algorithm=\"HS256\")\n"),
    ("python_redis_py_client_fourth_positional", "lib", "redis.Redis(host, port, db, SECRET)",
     "import redis\n\nr = redis.Redis(\"«h»\", 6379, 0, \"«v»\")\nr.incr(\"washer:7:cycles\")\n"),
    ("python_pika_plaincredentials_second", "lib", "pika.PlainCredentials(user, SECRET)",
     "import pika\n\ncreds = pika.PlainCredentials(\"«u»\", \"«v»\")\nparams = pika.ConnectionParameters(\"«h»\", 5672, \"/linen\", creds)\n"),
    ("python_pysmb_smbconnection_second", "lib", "SMBConnection(user, SECRET, client, server)",
     "from smb.SMBConnection import SMBConnection\n\nconn = SMBConnection(\"«u»\", \"«v»\", \"POS-BACK\", \"NAS01\", use_ntlm_v2=True)\n"
     "conn.connect(\"«ip»\", 139)\n"),
    ("python_pymssql_connect_third", "lib", "pymssql.connect(server, user, SECRET, database)",
     "import pymssql\n\nconn = pymssql.connect(\"«h»\", \"«u»\", \"«v»\", \"CleanPos\")\n"),
    ("node_cookie_parser_first", "lib", "app.use(cookieParser(SECRET))",
     "const express = require('express');\nconst cookieParser = require('cookie-parser');\n\nconst app = express();\n"
     "app.use(cookieParser('«v»'));\n"),
    ("node_hapi_iron_seal_second", "lib", "Iron.seal(obj, SECRET, Iron.defaults)",
     "const Iron = require('@hapi/iron');\n\nconst sealed = await Iron.seal({ ticket: «n» }, '«v»', Iron.defaults);\n"),
    ("node_bcryptjs_hashsync_first", "lib", "bcrypt.hashSync(SECRET, rounds)",
     "const bcrypt = require('bcryptjs');\n\n// seed the first kiosk operator\nconst hash = bcrypt.hashSync('«v»', 12);\n"
     "await db.operators.insert({ login: '«u»', hash });\n"),
    ("java_drivermanager_getconnection_third", "lib", "DriverManager.getConnection(url, user, SECRET)",
     "Connection conn = DriverManager.getConnection(\n        \"jdbc:postgresql://«h»:5432/linen\", \"«u»\", \"«v»\");\n"),
    ("java_mongocredential_createcredential_third", "lib", "MongoCredential.createCredential(user, db, SECRET.toCharArray())",
     "MongoCredential cred = MongoCredential.createCredential(\"«u»\", \"routes\", \"«v»\".toCharArray());\n"),
    ("java_keystore_load_chararray_second", "lib", "ks.load(in, SECRET.toCharArray())",
     "KeyStore ks = KeyStore.getInstance(\"PKCS12\");\ntry (InputStream in = new FileInputStream(\"card-reader.p12\")) {\n"
     "    ks.load(in, \"«v»\".toCharArray());\n}\n"),
    ("java_zip4j_zipfile_ctor_chararray_second", "lib", "new ZipFile(path, SECRET.toCharArray())",
     "ZipFile zip = new ZipFile(\"cage-photos.zip\", \"«v»\".toCharArray());\nzip.extractAll(\"/var/linen/photos\");\n"),
    ("groovy_sql_newinstance_third", "lib", "Sql.newInstance(url, user, SECRET, driver)",
     "def sql = groovy.sql.Sql.newInstance(\"jdbc:mysql://«h»:3306/booking\", \"«u»\", \"«v»\", \"com.mysql.cj.jdbc.Driver\")\n"),
    ("csharp_networkcredential_ctor_second", "lib", "new NetworkCredential(user, SECRET)",
     "var client = new SmtpClient(\"smtp.suds-and-co.example\", 587)\n{\n    EnableSsl = true,\n"
     "    Credentials = new NetworkCredential(\"«u»\", \"«v»\")\n};\n"),
    ("csharp_x509certificate2_ctor_second", "lib", "new X509Certificate2(path, SECRET)",
     "var cert = new X509Certificate2(@\"C:\\Till\\card-reader.pfx\", \"«v»\");\n"),
    ("go_sql_open_mysql_dsn_colon_at", "lib", "sql.Open(\"mysql\", \"user:SECRET@tcp(host:3306)/db\")",
     "db, err := sql.Open(\"mysql\", \"«u»:«v»@tcp(«h»:3306)/booking?parseTime=true\")\nif err != nil {\n\tlog.Fatal(err)\n}\n"),
    ("go_jwt_signedstring_byteslice", "lib", "token.SignedString([]byte(SECRET))",
     "tok := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{\"route\": routeID})\n"
     "signed, err := tok.SignedString([]byte(\"«v»\"))\n"),
    ("go_gorilla_newcookiestore_byteslice", "lib", "sessions.NewCookieStore([]byte(SECRET))",
     "var store = sessions.NewCookieStore([]byte(\"«v»\"))\n"),
    ("rust_jsonwebtoken_encodingkey_from_secret", "lib", "EncodingKey::from_secret(b\"SECRET\")",
     "let token = encode(\n    &Header::default(),\n    &claims,\n    &EncodingKey::from_secret(b\"«v»\"),\n)?;\n"),
    ("ruby_jwt_encode_second", "lib", "JWT.encode(payload, SECRET, 'HS256')",
     "require 'jwt'\n\ntoken = JWT.encode({ store: «n» }, '«v»', 'HS256')\n"),
    ("php_pdo_ctor_third", "lib", "new PDO(dsn, user, SECRET)",
     "<?php\n$pdo = new PDO('mysql:host=«h»;dbname=booking', '«u»', '«v»');\n"),
    ("php_mysqli_ctor_third", "lib", "new mysqli(host, user, SECRET, db)",
     "<?php\n$db = new mysqli('«h»', '«u»', '«v»', 'cleanpos');\n"),
    ("php_openssl_encrypt_third_argument", "lib", "openssl_encrypt($data, cipher, SECRET, 0, $iv)",
     "<?php\n$iv = random_bytes(16);\n$enc = openssl_encrypt($cardRef, 'aes-256-cbc', '«v»', 0, $iv);\n"),
    ("php_firebase_jwt_encode_second", "lib", "JWT::encode($payload, SECRET, 'HS256')",
     "<?php\nuse Firebase\\JWT\\JWT;\n$jwt = JWT::encode(['kiosk' => «n»], '«v»', 'HS256');\n"),
    ("perl_dbi_connect_third", "lib", "DBI->connect(dsn, user, SECRET, \\%attr)",
     "my $dbh = DBI->connect('dbi:Pg:dbname=linen;host=«h»', '«u»', '«v»', { RaiseError => 1 });\n"),
    ("c_mysql_real_connect_fourth", "lib", "mysql_real_connect(conn, host, user, SECRET, db, 0, NULL, 0)",
     "if (!mysql_real_connect(conn, \"«h»\", \"«u»\", \"«v»\", \"cleanpos\", 0, NULL, 0)) {\n"
     "    fprintf(stderr, \"%s\\n\", mysql_error(conn));\n}\n"),
    ("c_libpq_pqsetdblogin_seventh", "lib", "PQsetdbLogin(host, port, opts, tty, db, user, SECRET)",
     "PGconn *pg = PQsetdbLogin(\"«h»\", \"5432\", NULL, NULL, \"linen\", \"«u»\", \"«v»\");\n"),
    ("elixir_joken_signer_create_second", "lib", "Joken.Signer.create(\"HS256\", SECRET)",
     "signer = Joken.Signer.create(\"HS256\", \"«v»\")\n{:ok, token, _claims} = Token.generate_and_sign(%{\"depot\" => «n»}, signer)\n"),
    ("powershell_convertto_securestring_first_positional", "lib", "ConvertTo-SecureString 'SECRET' -AsPlainText -Force",
     "$sec = ConvertTo-SecureString '«v»' -AsPlainText -Force\n"
     "$cred = New-Object System.Management.Automation.PSCredential ('PRESSMARK\\«u»', $sec)\n"),
    ("vbscript_adodb_connection_open_third", "lib", "conn.Open \"DSN=…\", user, SECRET",
     "Set conn = CreateObject(\"ADODB.Connection\")\nconn.Open \"DSN=CleanPos\", \"«u»\", \"«v»\"\n"),
    ("arduino_wifi_begin_second", "lib", "WiFi.begin(ssid, SECRET)",
     "#include <WiFi.h>\n\nvoid setup() {\n  WiFi.begin(\"Suds-Backroom\", \"«v»\");\n  while (WiFi.status() != WL_CONNECTED) delay(500);\n}\n"),
    ("arduino_pubsubclient_connect_third", "lib", "mqtt.connect(clientId, user, SECRET)",
     "if (mqtt.connect(\"washer-row3\", \"«u»\", \"«v»\")) {\n  mqtt.subscribe(\"laundrette/leith/cmd\");\n}\n"),
    ("lua_luasql_mysql_connect_third", "lib", "env:connect(db, user, SECRET, host, port)",
     "local driver = require \"luasql.mysql\"\nlocal env = driver.mysql()\nlocal con = env:connect(\"cleanpos\", \"«u»\", \"«v»\", \"«h»\", 3306)\n"),
    ("r_rodbc_odbcconnect_third_positional", "lib", "odbcConnect(dsn, uid, SECRET)",
     "library(RODBC)\nch <- odbcConnect(\"LinenDW\", \"«u»\", \"«v»\")\ndrops <- sqlQuery(ch, \"SELECT * FROM cage_drops\")\n"),
    ("haskell_postgresql_simple_connectinfo_fourth", "lib", "ConnectInfo host port user SECRET db",
     "conn <- connect (ConnectInfo \"«h»\" 5432 \"«u»\" \"«v»\" \"linen\")\n"),
    ("erlang_epgsql_connect_third", "lib", "epgsql:connect(host, user, SECRET, opts)",
     "{ok, C} = epgsql:connect(\"«h»\", \"«u»\", \"«v»\", #{database => \"linen\", timeout => 4000}).\n"),
    # ---------------- gui ----------------
    ("xdotool_type_with_delay", "gui", "xdotool type --delay 80 'SECRET'",
     "xdotool search --name 'CleanPos Login' windowactivate --sync\nxdotool type --delay 80 '«v»'\nxdotool key Return\n"),
    ("tmux_send_keys_then_enter", "gui", "tmux send-keys -t target 'SECRET' Enter",
     "# unlock the till console after a reboot\ntmux send-keys -t till:0 '«v»' Enter\n"),
    ("robotframework_input_text_second_cell", "gui", "Input Text    id:f2    SECRET",
     "*** Test Cases ***\nOperator Can Open Till\n    Open Browser    http://pos-back.suds-and-co.lan/login    chrome\n"
     "    Input Text    id:f1    «u»\n    Input Text    id:f2    «v»\n    Click Button    id:go\n"),
    ("pywinauto_type_keys_edit_control", "gui", "dlg.Edit2.type_keys('SECRET{ENTER}')",
     "from pywinauto import Application\n\napp = Application(backend=\"uia\").connect(title=\"CleanPos\")\n"
     "dlg = app.window(title=\"CleanPos\")\ndlg.Edit2.type_keys(\"«v»{ENTER}\")\n"),
    ("maestro_flow_inputtext_yaml", "gui", "- inputText: \"SECRET\" (after tapOn f2)",
     "appId: com.brightlinen.routes\n---\n- launchApp\n- tapOn:\n    id: \"f1\"\n- inputText: \"«u»\"\n- tapOn:\n    id: \"f2\"\n"
     "- inputText: \"«v»\"\n- tapOn: \"Sign in\"\n"),
    ("testing_library_user_event_type_second", "gui", "userEvent.type(screen.getByTestId('f2'), SECRET)",
     "await userEvent.type(screen.getByTestId('f1'), '«u»');\nawait userEvent.type(screen.getByTestId('f2'), '«v»');\n"
     "await userEvent.click(screen.getByRole('button', { name: /sign in/i }));\n"),
    ("nightwatch_setvalue_second", "gui", "browser.setValue('#f2', SECRET)",
     "browser\n  .url('https://book.suds-and-co.example/admin')\n  .setValue('#f1', '«u»')\n  .setValue('#f2', '«v»')\n  .click('#go');\n"),
    ("codeceptjs_fillfield_second", "gui", "I.fillField('#f2', SECRET)",
     "Scenario('owner logs in', ({ I }) => {\n  I.amOnPage('/admin');\n  I.fillField('#f1', '«u»');\n  I.fillField('#f2', '«v»');\n"
     "  I.click('Sign in');\n});\n"),
    ("taiko_write_into_textbox", "gui", "write(SECRET, into(textBox({id: 'f2'})))",
     "await goto('https://routes.brightlinen-hire.example/login');\nawait write('«u»', into(textBox({ id: 'f1' })));\n"
     "await write('«v»', into(textBox({ id: 'f2' })));\nawait click('Sign in');\n"),
    ("wtype_wayland_single_argument", "gui", "wtype 'SECRET'",
     "#!/bin/sh\n# kiosk-autologin.sh (sway session)\nsleep 4\nwtype '«v»'\nwtype -k Return\n"),
    # ---------------- file ----------------
    ("davfs2_secrets_third_column", "file", "/etc/davfs2/secrets: url user SECRET",
     "# davfs2 secrets file\nhttps://dav.brightlinen-hire.example/docs «u» «v»\n"),
    ("postfix_sasl_passwd_map_user_colon", "file", "/etc/postfix/sasl_passwd: [host]:587 user:SECRET",
     "# /etc/postfix/sasl_passwd  (postmap after editing)\n[smtp.suds-and-co.example]:587 «u»:«v»\n"),
    ("exim_passwd_client_third_field", "file", "/etc/exim4/passwd.client: host:user:SECRET",
     "# /etc/exim4/passwd.client\n*.brightlinen-hire.example:«u»:«v»\n"),
    ("rsyncd_secrets_user_colon", "file", "/etc/rsyncd.secrets: user:SECRET",
     "# /etc/rsyncd.secrets (chmod 600)\n«u»:«v»\n"),
    ("lighttpd_plain_userfile_colon", "file", "lighttpd auth.backend.plain userfile: user:SECRET",
     "# /etc/lighttpd/lighttpd.user  (auth.backend = \"plain\")\n«u»:«v»\n"),
    ("saned_users_colon_second_field", "file", "/etc/sane.d/saned.users: user:SECRET:backend",
     "# /etc/sane.d/saned.users\n«u»:«v»:epson2\n"),
    ("nut_upsmon_monitor_line_fifth_token", "file", "upsmon.conf: MONITOR ups@host 1 user SECRET primary",
     "# /etc/nut/upsmon.conf\nMONITOR shopups@localhost 1 «u» «v» primary\nSHUTDOWNCMD \"/sbin/shutdown -h +0\"\n"),
    ("wlan_profile_xml_keymaterial_element", "file", "netsh WLAN profile export (key=clear): <keyMaterial>SECRET</keyMaterial>",
     "<sharedKey>\n    <keyType>passPhrase</keyType>\n    <protected>false</protected>\n    <keyMaterial>«v»</keyMaterial>\n</sharedKey>\n"),
    ("laundrette_machine_controller_csv_fifth_column", "file", "invented machine-controller CSV: row,machine,type,ip,unlock,notes",
     "row,machine,type,ip,unlock,notes\n3,W07,washer 20kg,10.40.3.17,«v»,drum seal replaced\n"),
    ("dry_cleaner_counter_roster_tsv_third_column", "file", "invented counter roster TSV: staff<TAB>shift<TAB>code",
     "staff\tshift\tcode\n«u»\tearly\t«v»\n"),
    ("linen_route_handheld_ini_pipe_second", "file", "invented handheld ini: dNN=user|SECRET|van",
     "[drivers]\nd14=«u»|«v»|van LN-07\n"),
    # ---------------- proto ----------------
    ("socks5_rfc1929_subnegotiation_fields", "proto", "SOCKS5 RFC 1929 sub-negotiation: 01 ULEN UNAME PLEN SECRET",
     "client -> proxy (10.40.0.9:1080)  [01] [len=«ulen»] «u» [len=«plen»] «v»\nproxy -> client  [01] [00]\n"),
    ("quectel_at_qicsgp_fifth_quoted", "proto", "AT+QICSGP=1,1,\"apn\",\"user\",\"SECRET\",1",
     "AT+QICSGP=1,1,\"payg.mvno.example\",\"«u»\",\"«v»\",1\r\nOK\r\nAT+QIACT=1\r\nOK\r\n"),
    ("socketio_emit_login_frame_third_element", "proto", "Socket.IO frame 42[\"login\",user,SECRET]",
     "> 42[\"login\",\"«u»\",\"«v»\"]\n< 42[\"login:ok\",{\"store\":«n»}]\n"),
    ("odoo_jsonrpc_execute_kw_third_arg", "proto", "JSON-RPC execute_kw args [db, uid, SECRET, model, method, …]",
     "{\"jsonrpc\": \"2.0\", \"method\": \"call\", \"params\": {\"service\": \"object\", \"method\": \"execute_kw\", "
     "\"args\": [\"linen_prod\", «n», \"«v»\", \"stock.picking\", \"search_count\", [[[\"state\", \"=\", \"assigned\"]]]]}, \"id\": 7}\n"),
    ("ldap_bindrequest_simple_auth_decode", "proto", "LDAP bindRequest, authentication simple: SECRET",
     "Lightweight Directory Access Protocol\n    LDAPMessage bindRequest(1) \"cn=«u»,ou=staff,dc=pressmark,dc=lan\" simple\n"
     "        messageID: 1\n        protocolOp: bindRequest (0)\n            bindRequest\n                version: 3\n"
     "                name: cn=«u»,ou=staff,dc=pressmark,dc=lan\n                authentication: simple (0)\n"
     "                    simple: «v»\n"),
    ("wifi_qr_payload_p_field", "proto", "Wi-Fi QR payload WIFI:T:WPA;S:ssid;P:SECRET;;",
     "Guest Wi-Fi QR (decoded): WIFI:T:WPA;S:Suds-Guest;P:«v»;H:false;;\n"),
    ("soap_jaxws_arg1_element", "proto", "JAX-WS SOAP body <arg0>user</arg0><arg1>SECRET</arg1>",
     "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:lin=\"http://linen.example/ws\">\n"
     "  <soapenv:Body>\n    <lin:openSession>\n      <arg0>«u»</arg0>\n      <arg1>«v»</arg1>\n    </lin:openSession>\n"
     "  </soapenv:Body>\n</soapenv:Envelope>\n"),
    # ---------------- sql ----------------
    ("mysql_create_user_identified_by", "sql", "CREATE USER 'u'@'h' IDENTIFIED BY 'SECRET'",
     "mysql> CREATE USER '«u»'@'10.40.%' IDENTIFIED BY '«v»';\nQuery OK, 0 rows affected (0.02 sec)\n"),
    ("mysql_aes_encrypt_second_literal", "sql", "AES_ENCRYPT(col, 'SECRET')",
     "mysql> UPDATE customers SET card_ref = AES_ENCRYPT(card_ref_plain, '«v»') WHERE id = «n»;\nQuery OK, 1 row affected (0.01 sec)\n"),
    ("sqlcipher_attach_database_key_clause", "sql", "ATTACH DATABASE 'f.db' AS x KEY 'SECRET'",
     "sqlite> ATTACH DATABASE 'tickets-2023.db' AS archive KEY '«v»';\nsqlite> SELECT count(*) FROM archive.tickets;\n«n»\n"),
    ("oracle_create_database_link_identified_by", "sql", "CREATE DATABASE LINK l CONNECT TO U IDENTIFIED BY \"SECRET\" USING 'tns'",
     "SQL> CREATE DATABASE LINK depot_north CONNECT TO «U» IDENTIFIED BY \"«v»\" USING 'DEPOTN';\n\nDatabase link created.\n"),
    ("mssql_openrowset_provider_semicolon_third", "sql", "OPENROWSET('prov', 'srv';'user';'SECRET', 'query')",
     "SELECT * FROM OPENROWSET('MSOLEDBSQL', 'POS-BACK\\SQLEXPRESS';'«u»';'«v»',\n"
     "    'SELECT TOP 10 * FROM CleanPos.dbo.Tickets');\n"),
]

# ideas written down and set aside
SET_ASIDE = {
    "psexec_lower_p_after_lower_u": "another -u / -p pair (set aside earlier for the same reason)",
    "azure_cli_login_lower_p_after_lower_u": "another -u / -p pair",
    "python_imaplib_login_second": "same login(user, secret) call as earlier FTP / SMTP forms",
    "python_paho_username_pw_set_second": "the function name says pw right before the pair",
    "winrs_colon_p_flag": "same /p:-style colon flag as the earlier xfreerdp form",
    "unzip_capital_p_flag": "same flag idea as the earlier zip -P form",
    "ccrypt_capital_k_flag": "same literal key-flag idea as the earlier mcrypt / openssl enc forms",
    "ipsec_secrets_psk_quoted": "the PSK keyword sits right before the value (close to the earlier stunnel PSK file)",
    "transmission_remote_lower_n_colon_pair": "another user:secret flag pair (curl -u, httpie -a, lynx -auth were used)",
}


def generate(registry, next_id):
    rng = random.Random(SEEDS["positional"])
    recs = []
    for syntax, where, short, tmpl in SYNTAXES:
        value = registry.draw(lambda: owner_password(rng, strict=True))
        u = rng.choice(USERS)
        h = rng.choice(HOSTS)
        ip = "10.40.%d.%d" % (rng.randint(0, 9), rng.randint(2, 250))
        n = str(rng.randint(1000, 99999))
        t = tmpl
        for a, b in (("«u»", u), ("«U»", u.upper()), ("«h»", h), ("«ip»", ip), ("«n»", n),
                     ("«ulen»", str(len(u))), ("«plen»", str(len(value))), ("«v»", MARK)):
            t = t.replace(a, b)
        assert "«" not in t, syntax
        text, s, e = place(t, value)
        typ = PW_PREFIX + syntax
        recs.append(span_record(next_id(), typ, "%s__%s" % (typ, SUFFIX[where]), text, s, e, "password"))
    return recs
