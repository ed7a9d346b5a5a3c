"""Password source: positional syntaxes (no telling password= key). Span type dabpw_<syntax>."""
import base64
import random

from common188 import password, pos_record, render

SEED = 18803
PFX = "dabpw_"
SUFFIX = {
    "cli": "bingo_back_office_shell_log",
    "lib": "hall_software_code_snippet",
    "file": "hall_server_config_file",
    "proto": "hall_lan_packet_capture",
    "gui": "caller_console_ui_test",
}

# (syntax, category, template). {{V}} value, {{U}} user, {{H}} host.
SYNTAXES = [
    # ---------------------------------------------------------------- command lines
    ("mysql_client_glued_lower_p", "cli", "$ mysql -h {{H}} -u {{U}} -p{{V}} session_ledger -e 'SELECT COUNT(*) FROM sessions'\n"),
    ("mysqldump_glued_lower_p_after_glued_u", "cli", "$ mysqldump -u{{U}} -p{{V}} --single-transaction jackpot > /backup/jackpot-$(date +%F).sql\n"),
    ("mongosh_lower_p_after_lower_u", "cli", "$ mongosh --host {{H}} -u {{U}} -p {{V}} --authenticationDatabase admin loyalty\n"),
    ("redis_cli_lower_a_flag", "cli", "$ redis-cli -h {{H}} -a {{V}} --no-auth-warning LLEN draw:queue\n(integer) 0\n"),
    ("smbclient_capital_u_percent_pair", "cli", "$ smbclient //{{H}}/returns -U {{U}}%{{V}} -c 'put Q3-return.xlsx'\n"),
    ("rpcclient_capital_u_percent_pair_quoted", "cli", "$ rpcclient -U '{{U}}%{{V}}' {{H}} -c enumdomusers\n"),
    ("xfreerdp_slash_p_colon_after_slash_u", "cli", "$ xfreerdp /v:{{H}} /u:{{U}} /p:{{V}} /cert:ignore /size:1280x800\n"),
    ("rdesktop_lower_p_after_lower_u", "cli", "$ rdesktop -u {{U}} -p {{V}} -g 1280x800 {{H}}\n"),
    ("sshpass_lower_p_wrapping_ssh", "cli", "$ sshpass -p '{{V}}' ssh {{U}}@{{H}} 'sudo systemctl restart flashboard'\n"),
    ("zip_capital_p_flag", "cli", "$ zip -P {{V}} licence-return-Q2.zip return.xlsx receipts.pdf\n  adding: return.xlsx (deflated 61%)\n"),
    ("unzip_capital_p_flag", "cli", "$ unzip -P '{{V}}' pulltab-deal-export.zip -d /tmp/deals\n"),
    ("unrar_x_glued_lower_p", "cli", "C:\\> unrar x -p{{V}} session-archive-2024.rar D:\\archive\\\n"),
    ("qpdf_encrypt_first_positional_user", "cli", "$ qpdf --encrypt {{V}} '' 256 -- prize-winners.pdf prize-winners-locked.pdf\n"),
    ("openssl_req_passout_pass_prefix", "cli", "$ openssl req -new -newkey rsa:3072 -keyout caller.key -out caller.csr -passout pass:{{V}} -subj '/CN={{H}}'\n"),
    ("keytool_keypass_after_alias", "cli", "$ keytool -genkeypair -alias dabber-sync -keyalg RSA -keystore dabber.p12 -storetype PKCS12 -keypass {{V}} -dname CN=dabber\n"),
    ("rabbitmqctl_add_user_second_positional", "cli", "$ sudo rabbitmqctl add_user {{U}} '{{V}}'\nAdding user \"{{U}}\" ...\n"),
    ("rabbitmqadmin_lower_p_after_lower_u", "cli", "$ rabbitmqadmin -H {{H}} -u {{U}} -p {{V}} list queues name messages\n"),
    ("cqlsh_lower_p_after_lower_u", "cli", "$ cqlsh {{H}} -u {{U}} -p {{V}} -e 'SELECT * FROM draws.audit LIMIT 5'\n"),
    ("cypher_shell_lower_p_after_lower_u", "cli", "$ cypher-shell -a bolt://{{H}}:7687 -u {{U}} -p {{V}} 'MATCH (p:Player) RETURN count(p)'\n"),
    ("osql_capital_p_after_capital_u", "cli", "C:\\> osql -S {{H}} -U {{U}} -P {{V}} -Q \"EXEC recon.usp_CloseCage\"\n"),
    ("curl_upload_ftp_url_userinfo", "cli", "$ curl -T Q4-return.csv ftp://{{U}}:{{V}}@{{H}}/inbound/\n"),
    ("smbget_capital_u_percent_pair", "cli", "$ smbget -U {{U}}%{{V}} smb://{{H}}/cage/float-count.xlsx\n"),
    ("openconnect_passwd_on_stdin_echo", "cli", "$ echo '{{V}}' | sudo openconnect --passwd-on-stdin -u {{U}} vpn.hallgroup.example\n"),
    ("cryptsetup_luksopen_key_file_stdin", "cli", "# printf '%s' '{{V}}' | cryptsetup luksOpen /dev/sdb1 drawaudit -d -\n"),
    ("veracrypt_text_mount_lower_p", "cli", "$ veracrypt --text --mount /media/usb/winners.hc /mnt/winners -p {{V}} --pim=0 -k '' --protect-hidden=no\n"),
    ("ssh_keygen_capital_p_old_passphrase", "cli", "$ ssh-keygen -p -P {{V}} -N '' -f ~/.ssh/id_caller_console\nYour identification has been saved with the new passphrase.\n"),
    ("net_user_add_second_positional", "cli", "C:\\> net user {{U}} {{V}} /add /comment:\"bingo caller booth\"\nThe command completed successfully.\n"),
    ("dsadd_user_pwd_flag", "cli", "C:\\> dsadd user \"CN={{U}},OU=Callers,DC=hall,DC=local\" -pwd {{V}} -mustchpwd no\n"),
    ("winrs_lower_p_colon_after_lower_u", "cli", "C:\\> winrs -r:{{H}} -u:{{U}} -p:{{V}} ipconfig /all\n"),
    ("ovftool_vi_url_userinfo", "cli", "$ ovftool caller-console.ova vi://{{U}}:{{V}}@{{H}}/HallDC/host/esx01\n"),
    ("govc_lower_u_userinfo_flag", "cli", "$ govc vm.power -on -u '{{U}}:{{V}}@{{H}}' -k jackpot-display-01\n"),
    ("ftp_heredoc_user_command_third_word", "cli", "$ ftp -n {{H}} <<EOF\nuser {{U}} {{V}}\nbinary\nput session-close.csv\nbye\nEOF\n"),
    ("snmpget_v2c_lower_c_community", "cli", "$ snmpget -v2c -c {{V}} {{H}} 1.3.6.1.2.1.1.3.0\n"),
    ("snmpwalk_v3_lower_x_privacy_passphrase", "cli", "$ snmpwalk -v3 -l authPriv -u {{U}} -a SHA -A \"$(cat ~/.snmp-auth)\" -x AES -X {{V}} {{H}} system\n"),
    ("httpie_lower_a_colon_pair", "cli", "$ http -a {{U}}:{{V}} GET https://{{H}}/api/v1/sessions/today\n"),
    ("apachebench_capital_a_colon_pair", "cli", "$ ab -A {{U}}:{{V}} -n 200 -c 10 https://{{H}}/raffle/sales\n"),
    ("skopeo_src_creds_colon_pair", "cli", "$ skopeo copy --src-creds {{U}}:{{V}} docker://registry.hall.internal/caller-api:4.2 oci:caller-api\n"),
    ("buildah_push_creds_colon_pair", "cli", "$ buildah push --creds {{U}}:{{V}} jackpot-svc docker://registry.hall.internal/jackpot-svc:latest\n"),
    ("pip_install_index_url_userinfo", "cli", "$ pip install --index-url https://{{U}}:{{V}}@pypi.hall.internal/simple/ draw-certifier==2.1.0\n"),
    ("composer_config_http_basic_third_positional", "cli", "$ composer config http-basic.packages.hall.internal {{U}} {{V}}\n"),
    ("gem_sources_add_url_userinfo", "cli", "$ gem sources -a https://{{U}}:{{V}}@gems.hall.internal/\nhttps://{{U}}:***@gems.hall.internal/ added to sources\n"),
    ("bundle_config_set_host_colon_pair", "cli", "$ bundle config set --global gems.hall.internal {{U}}:{{V}}\n"),
    ("poetry_config_http_basic_third_positional", "cli", "$ poetry config http-basic.hallpypi {{U}} {{V}}\n"),
    ("swaks_ap_after_au", "cli", "$ swaks --to raffle-results@hallcharity.example --server {{H}}:587 -tls -au {{U}} -ap {{V}} --header 'Subject: draw test'\n"),
    ("sendemail_xp_after_xu", "cli", "$ sendemail -f bingo@hallcharity.example -t board@hallcharity.example -s {{H}}:587 -xu {{U}} -xp {{V}} -u 'Session totals' -m 'attached'\n"),
    ("saslpasswd2_stdin_echo", "cli", "# echo '{{V}}' | saslpasswd2 -p -c -u hall.local {{U}}\n"),
    ("mosquitto_passwd_batch_third_positional", "cli", "$ sudo mosquitto_passwd -b /etc/mosquitto/passwd {{U}} {{V}}\n"),
    ("zkcli_addauth_digest_colon_pair", "cli", "[zk: {{H}}:2181(CONNECTED) 0] addauth digest {{U}}:{{V}}\n[zk: {{H}}:2181(CONNECTED) 1] get /draws/config\n"),
    ("etcdctl_user_colon_pair_flag", "cli", "$ etcdctl --endpoints={{H}}:2379 --user {{U}}:{{V}} get /hall/jackpot/seed\n"),
    ("ldapsearch_lower_w_after_capital_d", "cli", "$ ldapsearch -x -H ldap://{{H}} -D 'cn={{U}},ou=svc,dc=hall,dc=local' -w {{V}} -b 'ou=callers,dc=hall,dc=local'\n"),
    ("az_login_lower_p_after_lower_u", "cli", "$ az login -u {{U}}@hallgroup.onmicrosoft.com -p {{V}}\n"),
    ("oc_login_lower_p_after_lower_u", "cli", "$ oc login -u {{U}} -p {{V}} https://api.{{H}}:6443\n"),
    ("cf_login_lower_p_after_lower_u", "cli", "$ cf login -a https://api.sys.hall.internal -u {{U}} -p {{V}} -o hall -s prod\n"),
    ("keepassxc_cli_ls_stdin_echo", "cli", "$ echo '{{V}}' | keepassxc-cli ls ~/hall-vendors.kdbx /Vendors\n"),
    ("bitwarden_cli_unlock_first_positional", "cli", "$ export BW_SESSION=$(bw unlock {{V}} --raw)\n"),
    ("onepassword_cli_signin_stdin_echo", "cli", "$ echo '{{V}}' | op signin --account hallgroup --raw\n"),
    ("ffmpeg_rtmp_output_url_userinfo", "cli", "$ ffmpeg -f v4l2 -i /dev/video0 -c:v libx264 -f flv rtmp://{{U}}:{{V}}@{{H}}/live/caller-cam\n"),
    ("cups_lpadmin_device_uri_userinfo", "cli", "$ sudo lpadmin -p BingoTicketPrinter -E -v ipp://{{U}}:{{V}}@{{H}}/ipp/print -m everywhere\n"),
    ("mongoimport_uri_userinfo", "cli", "$ mongoimport --uri 'mongodb://{{U}}:{{V}}@{{H}}:27017/loyalty?authSource=admin' --collection cards --file cards.json\n"),
    # ---------------------------------------------------------------- library call positions
    ("python_smbprotocol_register_session_third", "lib", "import smbclient\n\nsmbclient.register_session(\"{{H}}\", \"{{U}}\", \"{{V}}\")\nwith smbclient.open_file(r\"\\\\{{H}}\\returns\\q3.csv\", mode=\"w\") as fh:\n    fh.write(csv_body)\n"),
    ("python_pysmb_smbconnection_second", "lib", "from smb.SMBConnection import SMBConnection\n\nconn = SMBConnection(\"{{U}}\", \"{{V}}\", \"caller-pc\", \"CAGE-NAS\", use_ntlm_v2=True)\nconn.connect(\"{{H}}\", 139)\n"),
    ("python_asyncpg_dsn_userinfo", "lib", "import asyncpg\n\nasync def open_ledger():\n    return await asyncpg.connect(\"postgresql://{{U}}:{{V}}@{{H}}:5432/session_ledger\")\n"),
    ("python_pika_plaincredentials_second", "lib", "import pika\n\ncreds = pika.PlainCredentials(\"{{U}}\", \"{{V}}\")\nparams = pika.ConnectionParameters(\"{{H}}\", 5672, \"/draws\", creds)\n"),
    ("python_httpx_basicauth_second", "lib", "import httpx\n\nauth = httpx.BasicAuth(\"{{U}}\", \"{{V}}\")\nr = httpx.get(\"https://{{H}}/api/jackpot\", auth=auth)\n"),
    ("python_zipfile_extractall_third_positional", "lib", "import zipfile\n\nwith zipfile.ZipFile(\"pulltab-deals.zip\") as zf:\n    zf.extractall(\"/tmp/deals\", None, b\"{{V}}\")\n"),
    ("python_msoffcrypto_load_key_first", "lib", "import msoffcrypto\n\nwith open(\"licence-return-Q3.xlsx\", \"rb\") as fh:\n    office = msoffcrypto.OfficeFile(fh)\n    office.load_key(\"{{V}}\")\n    office.decrypt(open(\"return-plain.xlsx\", \"wb\"))\n"),
    ("python_pypdf_reader_decrypt_single", "lib", "from pypdf import PdfReader\n\nreader = PdfReader(\"prize-winners.pdf\")\nif reader.is_encrypted:\n    reader.decrypt(\"{{V}}\")\n"),
    ("python_pyminizip_compress_fourth", "lib", "import pyminizip\n\npyminizip.compress(\"winners.csv\", None, \"winners.zip\", \"{{V}}\", 5)\n"),
    ("python_load_pem_private_key_second_bytes", "lib", "from cryptography.hazmat.primitives import serialization\n\nwith open(\"draw-signing.pem\", \"rb\") as fh:\n    key = serialization.load_pem_private_key(fh.read(), b\"{{V}}\")\n"),
    ("python_pyjks_keystore_load_second", "lib", "import jks\n\nks = jks.KeyStore.load(\"dabber-sync.jks\", \"{{V}}\")\nprint(list(ks.private_keys))\n"),
    ("python_hashlib_pbkdf2_hmac_second", "lib", "import hashlib, os\n\nsalt = os.urandom(16)\nkey = hashlib.pbkdf2_hmac(\"sha256\", b\"{{V}}\", salt, 600000)\n"),
    ("python_ftputil_ftphost_third", "lib", "import ftputil\n\nwith ftputil.FTPHost(\"{{H}}\", \"{{U}}\", \"{{V}}\") as host:\n    host.upload(\"return.csv\", \"/inbound/return.csv\")\n"),
    ("python_pywinrm_session_auth_tuple_second", "lib", "import winrm\n\ns = winrm.Session(\"{{H}}\", auth=(\"{{U}}\", \"{{V}}\"), transport=\"ntlm\")\nprint(s.run_cmd(\"ipconfig\").std_out)\n"),
    ("python_ldap3_connection_third_positional", "lib", "from ldap3 import Server, Connection\n\nconn = Connection(Server(\"{{H}}\"), \"cn={{U}},ou=svc,dc=hall,dc=local\", \"{{V}}\", auto_bind=True)\n"),
    ("python_celery_broker_url_userinfo", "lib", "from celery import Celery\n\napp = Celery(\"draws\", broker=\"amqp://{{U}}:{{V}}@{{H}}:5672//\")\n"),
    ("node_mysql2_connection_uri_userinfo", "lib", "const mysql = require('mysql2/promise');\n\nconst conn = await mysql.createConnection('mysql://{{U}}:{{V}}@{{H}}:3306/session_ledger');\n"),
    ("node_crypto_scryptsync_first", "lib", "const crypto = require('crypto');\n\nconst key = crypto.scryptSync('{{V}}', salt, 32);\n"),
    ("node_argon2_hash_first", "lib", "import argon2 from 'argon2';\n\nconst seeded = await argon2.hash('{{V}}', { type: argon2.argon2id });\n"),
    ("node_ldapjs_bind_second", "lib", "const ldap = require('ldapjs');\nconst client = ldap.createClient({ url: 'ldap://{{H}}' });\nclient.bind('cn={{U}},ou=svc,dc=hall,dc=local', '{{V}}', (err) => { if (err) throw err; });\n"),
    ("node_mqtt_connect_url_userinfo", "lib", "const mqtt = require('mqtt');\n\nconst client = mqtt.connect('mqtts://{{U}}:{{V}}@{{H}}:8883');\nclient.subscribe('hall/+/jackpot');\n"),
    ("java_jedis_auth_single", "lib", "Jedis jedis = new Jedis(\"{{H}}\", 6379);\njedis.auth(\"{{V}}\");\nlong queued = jedis.llen(\"draw:queue\");\n"),
    ("java_javamail_transport_connect_third", "lib", "Transport transport = session.getTransport(\"smtp\");\ntransport.connect(\"{{H}}\", \"{{U}}\", \"{{V}}\");\ntransport.sendMessage(msg, msg.getAllRecipients());\n"),
    ("java_sardine_factory_begin_second", "lib", "Sardine sardine = SardineFactory.begin(\"{{U}}\", \"{{V}}\");\nsardine.put(\"https://{{H}}/dav/returns/q3.xlsx\", bytes);\n"),
    ("java_pdfbox_load_second", "lib", "try (PDDocument doc = PDDocument.load(new File(\"winners.pdf\"), \"{{V}}\")) {\n    System.out.println(doc.getNumberOfPages());\n}\n"),
    ("java_zip4j_zipfile_ctor_second_chararray", "lib", "ZipFile zip = new ZipFile(\"licence-return.zip\", \"{{V}}\".toCharArray());\nzip.extractAll(\"/tmp/return\");\n"),
    ("kotlin_ktor_basicauthcredentials_second", "lib", "install(Auth) {\n    basic {\n        credentials { BasicAuthCredentials(\"{{U}}\", \"{{V}}\") }\n    }\n}\n"),
    ("csharp_securestring_foreach_literal", "lib", "var secure = new SecureString();\nforeach (var ch in \"{{V}}\") secure.AppendChar(ch);\nsecure.MakeReadOnly();\n"),
    ("csharp_renci_sshclient_ctor_third", "lib", "using var ssh = new SshClient(\"{{H}}\", \"{{U}}\", \"{{V}}\");\nssh.Connect();\nssh.RunCommand(\"systemctl restart flashboard\");\n"),
    ("csharp_mailkit_authenticate_second", "lib", "using var smtp = new SmtpClient();\nawait smtp.ConnectAsync(\"{{H}}\", 587, SecureSocketOptions.StartTls);\nawait smtp.AuthenticateAsync(\"{{U}}\", \"{{V}}\");\n"),
    ("csharp_rfc2898derivebytes_first", "lib", "using var kdf = new Rfc2898DeriveBytes(\"{{V}}\", salt, 600000, HashAlgorithmName.SHA256);\nbyte[] key = kdf.GetBytes(32);\n"),
    ("go_smtp_plainauth_third", "lib", "auth := smtp.PlainAuth(\"\", \"{{U}}\", \"{{V}}\", \"{{H}}\")\nerr := smtp.SendMail(\"{{H}}:587\", auth, from, to, body)\n"),
    ("go_ldap_conn_bind_second", "lib", "l, err := ldap.DialURL(\"ldap://{{H}}\")\nif err != nil { log.Fatal(err) }\nerr = l.Bind(\"cn={{U}},ou=svc,dc=hall,dc=local\", \"{{V}}\")\n"),
    ("rust_lettre_credentials_new_second", "lib", "let creds = Credentials::new(\"{{U}}\".to_owned(), \"{{V}}\".to_owned());\nlet mailer = SmtpTransport::relay(\"{{H}}\")?.credentials(creds).build();\n"),
    ("ruby_net_smtp_start_fifth", "lib", "Net::SMTP.start('{{H}}', 587, 'hall.local', '{{U}}', '{{V}}', :login) do |smtp|\n  smtp.send_message(msg, from, to)\nend\n"),
    ("php_pdo_ctor_third", "lib", "<?php\n$pdo = new PDO('mysql:host={{H}};dbname=session_ledger', '{{U}}', '{{V}}');\n"),
    ("php_ldap_bind_third", "lib", "<?php\n$ds = ldap_connect('ldap://{{H}}');\nldap_bind($ds, 'cn={{U}},ou=svc,dc=hall,dc=local', '{{V}}');\n"),
    ("perl_net_ftp_login_second", "lib", "use Net::FTP;\nmy $ftp = Net::FTP->new('{{H}}') or die;\n$ftp->login('{{U}}', '{{V}}') or die $ftp->message;\n"),
    ("perl_net_smtp_auth_second", "lib", "my $smtp = Net::SMTP->new('{{H}}', Port => 587);\n$smtp->starttls();\n$smtp->auth('{{U}}', '{{V}}');\n"),
    ("lua_luasql_connect_third", "lib", "local driver = require \"luasql.mysql\"\nlocal env = driver.mysql()\nlocal con = env:connect(\"session_ledger\", \"{{U}}\", \"{{V}}\", \"{{H}}\", 3306)\n"),
    ("autoit_runas_third", "lib", "RunAs(\"{{U}}\", \"HALL\", \"{{V}}\", 0, \"C:\\CallerConsole\\console.exe\")\n"),
    # ---------------------------------------------------------------- files with fixed positions
    ("pgpass_file_fifth_field", "file", "# ~/.pgpass (chmod 600)\n{{H}}:5432:session_ledger:{{U}}:{{V}}\n"),
    ("pgbouncer_userlist_second_quoted", "file", ";; /etc/pgbouncer/userlist.txt\n\"{{U}}\" \"{{V}}\"\n"),
    ("rsyncd_secrets_colon_pair", "file", "# /etc/rsyncd.secrets\n{{U}}:{{V}}\n"),
    ("dovecot_passwd_file_plain_scheme", "file", "# /etc/dovecot/users\n{{U}}@hall.local:{PLAIN}{{V}}::::::\n"),
    ("postfix_sasl_passwd_map_colon_pair", "file", "# /etc/postfix/sasl_passwd\n[{{H}}]:587 {{U}}:{{V}}\n"),
    ("stunnel_psk_secrets_colon_pair", "file", "# /etc/stunnel/psk.txt - dabber rack tunnel\n{{U}}:{{V}}\n"),
    ("git_credentials_store_url_line", "file", "# ~/.git-credentials\nhttps://{{U}}:{{V}}@git.hall.internal\n"),
    ("openvpn_auth_user_pass_second_line", "file", "# /etc/openvpn/client/hall-auth.txt\n{{U}}\n{{V}}\n"),
    ("vsftpd_virtual_users_even_line", "file", "# /etc/vsftpd/virtual_users.txt (db_load -T -t hash)\n{{U}}\n{{V}}\n"),
    ("hostapd_wpa_psk_file_mac_then_passphrase", "file", "# /etc/hostapd/hostapd.wpa_psk - dabber charging racks\n00:00:00:00:00:00 {{V}}\n"),
    ("opensmtpd_secrets_label_colon_pair", "file", "# /etc/mail/secrets\nrelay {{U}}:{{V}}\n"),
    ("mutt_smtp_url_userinfo", "file", "# ~/.muttrc\nset from = \"bingo@hallcharity.example\"\nset smtp_url = \"smtps://{{U}}:{{V}}@{{H}}:465/\"\n"),
    ("wifi_qr_payload_p_field", "file", "WIFI:T:WPA;S:HallDabbers;P:{{V}};H:false;;\n"),
    ("volunteer_roster_csv_fifth_column", "file", "name,role,shift,locker,pc_login\nBev Jones,caller,Fri late,12,{{V}}\n"),
    ("pulltab_dispenser_ini_comma_fourth", "file", "; dispenser.ini - pull-tab vend machine 3\n[uplink]\nlink=cage-pc,{{U}},9600,{{V}},N\n"),
    ("raffle_terminal_pipe_fifth", "file", "# raffle-terminal.cfg  terminal|site|user|mode|secret\nT04|HALL-112|{{U}}|online|{{V}}\n"),
    ("session_close_fixed_width_cols_25_to_44", "file", "HALLCODE  USERID        LOGON               FLOAT\n{{FIXED}}"),
    ("door_scanner_conf_semicolon_third", "file", "# door-scanner.conf  host;user;key;lane\n{{H}};{{U}};{{V}};2\n"),
    ("loyalty_kiosk_ndjson_third_array_item", "file", "[\"kiosk-3\",\"{{U}}\",\"{{V}}\",\"2025-06-01\"]\n[\"kiosk-4\",\"{{U}}2\",null,\"2025-06-01\"]\n"),
    # ---------------------------------------------------------------- protocol exchanges
    ("imap_login_command_third_token", "proto", "C: a001 CAPABILITY\nS: * CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN\nC: a002 LOGIN {{U}} {{V}}\nS: a002 OK LOGIN completed\n"),
    ("pop3_pass_command_line", "proto", "S: +OK Dovecot ready.\nC: USER {{U}}\nS: +OK\nC: PASS {{V}}\nS: +OK Logged in.\n"),
    ("smtp_auth_plain_initial_response_b64", "proto", "S: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN {{V}}\nS: 235 2.7.0 Authentication successful\n"),
    ("redis_resp_auth_array_bulk_third", "proto", "{{RESP}}"),
    ("irc_oper_command_second_param", "proto", ":hallbot!bot@10.20.0.5 OPER {{U}} {{V}}\n:irc.hall.local 381 hallbot :You are now an IRC operator\n"),
    ("caller_console_serial_login_frame_fourth_field", "proto", "{{FRAME}}"),
    ("sieve_managesieve_authenticate_plain_b64", "proto", "C: AUTHENTICATE \"PLAIN\" \"{{V}}\"\nS: OK \"Logged in.\"\n"),
    # ---------------------------------------------------------------- UI automation
    ("playwright_page_fill_second", "gui", "await page.goto('https://{{H}}/caller/login');\nawait page.fill('#f1', '{{U}}');\nawait page.fill('#f2', '{{V}}');\nawait page.click('text=Start session');\n"),
    ("cypress_get_type_chained", "gui", "cy.visit('/cage/login');\ncy.get('[data-cy=f1]').type('{{U}}');\ncy.get('[data-cy=f2]').type('{{V}}');\ncy.contains('Open float').click();\n"),
    ("testcafe_typetext_second", "gui", "await t\n  .typeText('#field1', '{{U}}')\n  .typeText('#field2', '{{V}}')\n  .click('#go');\n"),
    ("nightwatch_setvalue_second", "gui", "browser\n  .url('https://{{H}}/raffle/admin')\n  .setValue('input[name=f1]', '{{U}}')\n  .setValue('input[name=f2]', '{{V}}')\n  .click('button[type=submit]');\n"),
    ("uiautomator2_set_text_single", "gui", "d(resourceId=\"uk.hall.dabber:id/field1\").set_text(\"{{U}}\")\nd(resourceId=\"uk.hall.dabber:id/field2\").set_text(\"{{V}}\")\nd(text=\"Sync rack\").click()\n"),
    ("flutter_driver_entertext_single", "gui", "await driver.tap(find.byValueKey('field2'));\nawait driver.enterText('{{V}}');\nawait driver.tap(find.text('Unlock'));\n"),
    ("xdotool_type_literal", "gui", "$ xdotool search --name 'Caller Console' windowactivate --sync\n$ xdotool type --delay 40 '{{V}}'\n$ xdotool key Return\n"),
    ("applescript_keystroke_literal", "gui", "tell application \"Flashboard Admin\" to activate\ntell application \"System Events\"\n    keystroke \"{{V}}\"\n    key code 36\nend tell\n"),
    ("autohotkey_sendtext_literal", "gui", "#IfWinActive Cage Float Manager\n^!l::\nSendText {{V}}\nSend {Enter}\nreturn\n"),
    ("sikulix_type_after_click", "gui", "click(\"field2.png\")\ntype(\"{{V}}\")\ntype(Key.ENTER)\n"),
]

# written but set aside (near-duplicates of kept syntaxes or of ideas in the earlier corpora)
SPARE = ["mongoimport_uri_userinfo", "smbget_capital_u_percent_pair", "rpcclient_capital_u_percent_pair_quoted",
         "buildah_push_creds_colon_pair", "keytool_keypass_after_alias", "openssl_req_passout_pass_prefix",
         "pop3_pass_command_line", "sieve_managesieve_authenticate_plain_b64", "unrar_x_glued_lower_p",
         "osql_capital_p_after_capital_u", "rdesktop_lower_p_after_lower_u", "cf_login_lower_p_after_lower_u",
         "perl_net_smtp_auth_second", "python_httpx_basicauth_second", "dsadd_user_pwd_flag",
         "cypher_shell_lower_p_after_lower_u", "oc_login_lower_p_after_lower_u", "vsftpd_virtual_users_even_line"]

USERS = ["caller", "cageops", "ledger_rw", "raffle_svc", "dabbersync", "hallops", "floatmgr", "returns", "jackpot", "loyalty_app"]
HOSTS = ["ledger-db.hall.internal", "cage-nas.hall.local", "10.20.0.14", "caller-01.hall.lan", "draw-mq.hall.internal",
         "smtp.hallcharity.example", "returns-sftp.hall.internal", "vc01.hall.local", "flashboard-02.hall.lan", "192.168.40.7"]


def _b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def _xor_cs(s):
    x = 0
    for ch in s.encode("ascii"):
        x ^= ch
    return "%02X" % x


def generate(reg, next_id):
    rng = random.Random(SEED)
    recs, hidden = [], []
    for syntax, cat, tmpl in [s for s in SYNTAXES if s[0] not in SPARE]:
        u = rng.choice(USERS)
        h = rng.choice(HOSTS)
        pw = reg.draw(lambda: password(rng, strict=True))
        fields = {"U": u, "H": h}
        if syntax.endswith("_b64"):
            value = reg.draw(lambda: _b64("\0%s\0%s" % (u, pw)))
            hidden.append((value, pw))
        else:
            value = pw
        if "{{FIXED}}" in tmpl:
            hall = "HALL-%03d" % rng.randint(1, 400)
            fields["FIXED"] = hall.ljust(10) + u.ljust(14) + "{{V}}" + " " * (20 - len(pw)) + "0500.00\n"
        if "{{RESP}}" in tmpl:
            fields["RESP"] = "*3\r\n$4\r\nAUTH\r\n$%d\r\n%s\r\n$%d\r\n{{V}}\r\n+OK\r\n" % (len(u), u, len(pw))
        if "{{FRAME}}" in tmpl:
            body_pre = "LGN,CC%02d,%s," % (rng.randint(1, 12), u)
            cs = _xor_cs(body_pre + pw)
            fields["FRAME"] = ">> <STX>%s{{V}}<ETX>%s\n<< <STX>ACK,LGN<ETX>4C\n" % (body_pre, cs)
        text, s, e = render(tmpl, value, fields)
        typ = PFX + syntax
        recs.append(pos_record(next_id(), typ, typ + "__" + SUFFIX[cat], text, s, e, "password"))
    return recs, hidden
