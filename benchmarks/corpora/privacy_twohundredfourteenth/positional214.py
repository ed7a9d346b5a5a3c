"""Positional passwords: a password passed without a telling `password=` key."""
import base64
import random

from common214 import MARK, owner_password, place, DIGITS, pick

SEED = 21403
PFX = "lingpw_"
SUFFIX = {
    "cli": "exam_ops_terminal_transcript",
    "stdin": "tutor_box_stdin_pipe",
    "lib": "school_app_source_snippet",
    "file": "campus_server_file_dump",
    "proto": "school_lan_packet_decode",
    "gui": "enrolment_ui_test_script",
    "sql": "registrations_db_sql_session",
}

# (syntax, category, template, note). "@@" is the password; {u} user, {h} host.
SYNTAXES = [
    # ---------------- command line ----------------
    ("mongosh_lower_p_after_lower_u", "cli", "ops@lh-db01:~$ mongosh \"mongodb://{h}:27017/placement\" -u {u} -p @@ --authenticationDatabase admin\nCurrent Mongosh Log ID: 6650b1c2\n"),
    ("redis_cli_lower_a_flag", "cli", "ops@lh-app01:~$ redis-cli -h {h} -p 6379 -a @@ --no-auth-warning DBSIZE\n(integer) 4821\n"),
    ("rabbitmqctl_add_user_second_positional", "cli", "root@lh-mq01:~# rabbitmqctl add_user {u} @@\nAdding user \"{u}\" ...\nDone. Don't forget to grant the user permissions to some virtual hosts!\n"),
    ("smbclient_capital_u_percent_pair", "cli", "ops@lh-ops:~$ smbclient //{h}/exam-papers -U {u}%@@ -c 'ls 2026-S1/*'\n  listening_A2.pdf    A   4182113  Mon May  4 09:12:01 2026\n"),
    ("winrs_lower_p_colon_flag", "cli", "C:\\> winrs -r:{h} -u:LH\\{u} -p:@@ ipconfig /all\n"),
    ("cmdkey_add_slash_pass_colon", "cli", "C:\\Users\\exams> cmdkey /add:{h} /user:LH\\{u} /pass:@@\nCMDKEY: Credential added successfully.\n"),
    ("net_user_add_second_positional", "cli", "C:\\> net user {u} @@ /add /comment:\"Invigilator laptop\"\nThe command completed successfully.\n"),
    ("ldapsearch_lower_w_bind_flag", "cli", "ops@lh-ops:~$ ldapsearch -x -H ldap://{h} -D \"cn={u},ou=staff,dc=linguahub,dc=lan\" -w @@ -b \"ou=tutors,dc=linguahub,dc=lan\" uid\n"),
    ("ldappasswd_lower_s_new_value", "cli", "ops@lh-ops:~$ ldappasswd -x -H ldap://{h} -D \"cn=admin,dc=linguahub,dc=lan\" -W -s @@ \"uid={u},ou=tutors,dc=linguahub,dc=lan\"\nEnter LDAP Password:\n"),
    ("xfreerdp_slash_p_colon", "cli", "ops@lh-ops:~$ xfreerdp /v:{h} /u:{u} /p:@@ /size:1600x900 /cert:ignore\n"),
    ("rdesktop_lower_p_after_lower_u", "cli", "ops@lh-ops:~$ rdesktop -u {u} -p @@ -g 1440x900 {h}\n"),
    ("zip_capital_p_encrypt_flag", "cli", "exams@lh-ops:~/2026-S1$ zip -P @@ -r speaking_recordings.zip speaking/\n  adding: speaking/ (stored 0%)\n"),
    ("plink_pw_flag_batch", "cli", "C:\\tools> plink -ssh {u}@{h} -pw @@ -batch \"systemctl status lh-web\"\n"),
    ("cqlsh_lower_p_after_lower_u", "cli", "ops@lh-ops:~$ cqlsh {h} 9042 -u {u} -p @@ -e \"SELECT count(*) FROM attendance.by_class;\"\n"),
    ("snmpwalk_capital_a_auth_phrase", "cli", "ops@lh-ops:~$ snmpwalk -v3 -l authNoPriv -u {u} -a SHA -A @@ {h} 1.3.6.1.2.1.1\n"),
    ("snmpget_lower_c_community", "cli", "ops@lh-ops:~$ snmpget -v2c -c @@ {h} SNMPv2-MIB::sysUpTime.0\nSNMPv2-MIB::sysUpTime.0 = Timeticks: (84720011) 9 days, 19:20:00.11\n"),
    ("radtest_second_positional", "cli", "root@lh-radius:~# radtest {u} @@ 127.0.0.1 0 localsecret\nSent Access-Request Id 42 from 0.0.0.0:51011 to 127.0.0.1:1812 length 77\n"),
    ("ejabberdctl_register_third_positional", "cli", "root@lh-chat:~# ejabberdctl register {u} chat.linguahub.lan @@\nUser {u}@chat.linguahub.lan successfully registered\n"),
    ("lynx_auth_flag_colon_pair", "cli", "ops@lh-ops:~$ lynx -dump -auth={u}:@@ https://{h}/reports/level-summary\n"),
    ("httpie_lower_a_colon_pair", "cli", "ops@lh-ops:~$ http -a {u}:@@ GET https://{h}/api/rooms/4B/bookings\nHTTP/1.1 200 OK\n"),
    ("apache_bench_capital_a_colon_pair", "cli", "ops@lh-ops:~$ ab -n 200 -c 10 -A {u}:@@ https://{h}/placement/start\n"),
    ("az_login_lower_p_after_lower_u", "cli", "PS C:\\ops> az login -u {u}@linguahub.example -p @@ --allow-no-subscriptions\n"),
    ("oc_login_lower_p_after_lower_u", "cli", "ops@lh-ops:~$ oc login https://api.{h}:6443 -u {u} -p @@ --insecure-skip-tls-verify\n"),
    ("dotnet_dev_certs_lower_p_export", "cli", "PS C:\\src\\RoomBooking> dotnet dev-certs https -ep .\\certs\\roombooking.pfx -p @@\n"),
    ("signtool_slash_p_pfx_unlock", "cli", "C:\\build> signtool sign /f lh-codesign.pfx /p @@ /tr http://timestamp.digicert.com /td sha256 /fd sha256 PlacementKiosk.exe\n"),
    ("sqlpackage_slash_tp_colon", "cli", "PS C:\\deploy> SqlPackage /Action:Publish /SourceFile:Exams.dacpac /TargetServerName:{h} /TargetDatabaseName:Exams /TargetUser:{u} /tp:@@\n"),
    ("vmrun_gp_guest_flag", "cli", "C:\\vms> vmrun -T ws -gu {u} -gp @@ runProgramInGuest \"D:\\vms\\ExamKiosk.vmx\" \"C:\\kiosk\\reset.cmd\"\n"),
    ("bw_unlock_first_positional_raw", "cli", "ops@lh-ops:~$ export BW_SESSION=$(bw unlock @@ --raw)\n"),
    ("sshpass_lower_p_flag", "cli", "ops@lh-ops:~$ sshpass -p @@ rsync -a backups/ {u}@{h}:/srv/backups/\n"),
    ("mysql_router_bootstrap_uri_userinfo", "cli", "root@lh-db02:~# mysqlrouter --bootstrap {u}:@@@{h}:3306 --user=mysqlrouter\n"),
    ("pip_index_url_userinfo", "cli", "(venv) ops@lh-ops:~$ pip install --index-url https://{u}:@@@pypi.linguahub.lan/simple lh-cefr-tools==2.3.1\n"),
    ("rtsp_url_userinfo_ffplay", "cli", "ops@lh-ops:~$ ffplay rtsp://{u}:@@@{h}:554/Streaming/Channels/101   # exam hall camera 2\n"),
    ("winscp_open_sftp_url_userinfo", "cli", "C:\\> winscp.com /command \"open sftp://{u}:@@@{h}/ -hostkey=*\" \"get /exports/candidates.csv\" \"exit\"\n"),
    ("emqx_ctl_users_add_third_positional", "cli", "root@lh-mqtt:~# emqx_ctl users add {u} @@\nok\n"),
    ("samba_tool_user_create_second_positional", "cli", "root@lh-dc01:~# samba-tool user create {u} @@ --given-name=Summer --surname=Tutor\nUser '{u}' added successfully\n"),
    ("skopeo_copy_src_creds_colon_pair", "cli", "ops@lh-build:~$ skopeo copy --src-creds {u}:@@ docker://registry.{h}/placement:2.4 dir:/tmp/placement-2.4\n"),
    ("swaks_lower_ap_flag_after_lower_au", "cli", "ops@lh-ops:~$ swaks --to exams@linguahub.example --server {h}:587 -tls -au {u} -ap @@ --header \"Subject: rota test\"\n"),
    ("sendemail_lower_xp_after_lower_xu", "cli", "ops@lh-ops:~$ sendEmail -f rota@linguahub.example -t invigilators@linguahub.example -s {h}:587 -xu {u} -xp @@ -u \"Rota week 19\" -m \"See attachment\" -a rota.pdf\n"),
    ("beeline_lower_p_after_lower_n", "cli", "ops@lh-bi:~$ beeline -u jdbc:hive2://{h}:10000/attendance -n {u} -p @@ -e \"SELECT count(*) FROM lessons;\"\n"),
    # ---------------- stdin pipes ----------------
    ("sudo_capital_s_echo_pipe", "stdin", "tutor@lh-kiosk03:~$ echo '@@' | sudo -S systemctl restart placement-kiosk\n"),
    ("cryptsetup_key_file_dash_printf", "stdin", "root@lh-nas:~# printf '%s' '@@' | cryptsetup luksOpen --key-file=- /dev/sdb1 exam_vault\n"),
    ("ftp_heredoc_user_command_third_word", "stdin", "#!/bin/sh\nftp -n {h} <<EOF\nuser {u} @@\nbinary\nput registrations_2026S1.csv\nbye\nEOF\n"),
    ("keepassxc_cli_echo_pipe", "stdin", "ops@lh-ops:~$ echo \"@@\" | keepassxc-cli show -q staff.kdbx \"Exams/Centre portal\" -a UserName\n"),
    ("gocryptfs_extpass_echo_command", "stdin", "ops@lh-ops:~$ gocryptfs -extpass \"echo @@\" ~/.vault-cipher ~/vault\nFilesystem mounted and ready.\n"),
    ("newusers_stdin_second_colon_field", "stdin", "root@lh-lab:~# newusers <<'EOF'\n{u}:@@:2101:2101:Summer tutor:/home/{u}:/bin/bash\nEOF\n"),
    ("openconnect_two_lines_printf", "stdin", "ops@lh-ops:~$ printf '%s\\n' '{u}' '@@' | openconnect --non-inter vpn.{h}\n"),
    ("kubectl_create_secret_from_file_dev_stdin", "stdin", "ops@lh-ops:~$ echo -n '@@' | kubectl -n exams create secret generic results-portal --from-file=unlock=/dev/stdin\nsecret/results-portal created\n"),
    ("vault_kv_put_field_from_stdin_dash", "stdin", "ops@lh-ops:~$ echo -n \"@@\" | vault kv put -mount=school homestay/portal unlock=-\n"),
    # ---------------- library call positions ----------------
    ("python_paramiko_sshclient_connect_fourth", "lib", "import paramiko\nssh = paramiko.SSHClient()\nssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nssh.connect(\"{h}\", 22, \"{u}\", \"@@\")\n"),
    ("python_imaplib_login_second", "lib", "import imaplib\nbox = imaplib.IMAP4_SSL(\"{h}\")\nbox.login(\"{u}@linguahub.example\", \"@@\")\nbox.select(\"visa-letters\")\n"),
    ("python_pykeepass_ctor_second", "lib", "from pykeepass import PyKeePass\nkp = PyKeePass(\"/srv/ops/staff.kdbx\", \"@@\")\nentry = kp.find_entries(title=\"Results portal\", first=True)\n"),
    ("python_ldap3_connection_third", "lib", "from ldap3 import Server, Connection\nconn = Connection(Server(\"{h}\"), \"cn={u},ou=staff,dc=linguahub,dc=lan\", \"@@\", auto_bind=True)\n"),
    ("python_cryptography_load_pem_second", "lib", "from cryptography.hazmat.primitives import serialization\nwith open(\"letters-sign.pem\", \"rb\") as fh:\n    key = serialization.load_pem_private_key(fh.read(), b\"@@\")\n"),
    ("python_pymupdf_document_authenticate", "lib", "import fitz\ndoc = fitz.open(\"cas_letter_batch.pdf\")\nif doc.needs_pass:\n    doc.authenticate(\"@@\")\n"),
    ("python_pysnmp_usmuserdata_second", "lib", "from pysnmp.hlapi import UsmUserData\nuser = UsmUserData(\"{u}\", \"@@\")\n"),
    ("python_exchangelib_credentials_second", "lib", "from exchangelib import Credentials, Account\ncreds = Credentials(\"{u}@linguahub.example\", \"@@\")\nacct = Account(\"exams@linguahub.example\", credentials=creds, autodiscover=True)\n"),
    ("python_django_create_user_third", "lib", "from django.contrib.auth.models import User\nUser.objects.create_user(\"{u}\", \"{u}@linguahub.example\", \"@@\")\n"),
    ("python_hashlib_pbkdf2_hmac_second", "lib", "import hashlib, os\nsalt = os.urandom(16)\nkey = hashlib.pbkdf2_hmac(\"sha256\", b\"@@\", salt, 600_000)\n"),
    ("python_kazoo_add_auth_digest_pair", "lib", "from kazoo.client import KazooClient\nzk = KazooClient(hosts=\"{h}:2181\")\nzk.start()\nzk.add_auth(\"digest\", \"{u}:@@\")\n"),
    ("node_ldapjs_client_bind_second", "lib", "const ldap = require('ldapjs');\nconst client = ldap.createClient({ url: 'ldap://{h}' });\nclient.bind('cn={u},ou=staff,dc=linguahub,dc=lan', '@@', (err) => { if (err) throw err; });\n"),
    ("node_crypto_scryptsync_first", "lib", "const crypto = require('crypto');\nconst key = crypto.scryptSync('@@', 'lh-credits-salt', 32);\n"),
    ("node_jsonwebtoken_sign_second", "lib", "const jwt = require('jsonwebtoken');\nconst t = jwt.sign({ sub: tutorId, scope: 'credits' }, '@@', { expiresIn: '2h' });\n"),
    ("node_express_basic_auth_users_value", "lib", "const basicAuth = require('express-basic-auth');\napp.use('/rota', basicAuth({ users: { '{u}': '@@' }, challenge: true }));\n"),
    ("java_javamail_transport_connect_third", "lib", "Transport transport = session.getTransport(\"smtp\");\ntransport.connect(\"{h}\", \"{u}@linguahub.example\", \"@@\");\ntransport.sendMessage(msg, msg.getAllRecipients());\n"),
    ("java_jedis_auth_single", "lib", "try (Jedis jedis = new Jedis(\"{h}\", 6379)) {\n    jedis.auth(\"@@\");\n    jedis.incr(\"rooms:4B:bookings\");\n}\n"),
    ("java_pbekeyspec_chararray_first", "lib", "PBEKeySpec spec = new PBEKeySpec(\"@@\".toCharArray(), salt, 65536, 256);\nSecretKey key = SecretKeyFactory.getInstance(\"PBKDF2WithHmacSHA256\").generateSecret(spec);\n"),
    ("kotlin_okhttp_credentials_basic_second", "lib", "val auth = Credentials.basic(\"{u}\", \"@@\")\nval req = Request.Builder().url(\"https://{h}/api/homestays\").header(\"Authorization\", auth).build()\n"),
    ("csharp_rfc2898derivebytes_ctor_first", "lib", "using var kdf = new Rfc2898DeriveBytes(\"@@\", salt, 100_000, HashAlgorithmName.SHA256);\nvar key = kdf.GetBytes(32);\n"),
    ("csharp_mailkit_authenticate_second", "lib", "using var client = new SmtpClient();\nawait client.ConnectAsync(\"{h}\", 587, SecureSocketOptions.StartTls);\nawait client.AuthenticateAsync(\"{u}@linguahub.example\", \"@@\");\n"),
    ("go_smtp_plainauth_third", "lib", "auth := smtp.PlainAuth(\"\", \"{u}@linguahub.example\", \"@@\", \"{h}\")\nerr := smtp.SendMail(\"{h}:587\", auth, from, to, msg)\n"),
    ("go_ldap_conn_bind_second", "lib", "l, err := ldap.DialURL(\"ldap://{h}:389\")\nif err != nil { log.Fatal(err) }\nerr = l.Bind(\"cn={u},ou=staff,dc=linguahub,dc=lan\", \"@@\")\n"),
    ("go_minio_newstaticv4_second", "lib", "mc, err := minio.New(\"{h}:9000\", &minio.Options{\n\tCreds: credentials.NewStaticV4(\"{u}\", \"@@\", \"\"),\n\tSecure: true,\n})\n"),
    ("rust_lettre_credentials_new_second", "lib", "let creds = Credentials::new(\"{u}@linguahub.example\".to_owned(), \"@@\".to_owned());\nlet mailer = SmtpTransport::relay(\"{h}\")?.credentials(creds).build();\n"),
    ("ruby_net_smtp_start_fifth_positional", "lib", "Net::SMTP.start('{h}', 587, 'linguahub.example', '{u}', '@@', :login) do |smtp|\n  smtp.send_message(letter, 'visa@linguahub.example', student_email)\nend\n"),
    ("php_pdo_ctor_third", "lib", "<?php\n$pdo = new PDO('mysql:host={h};dbname=homestay', '{u}', '@@');\n$pdo->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);\n"),
    ("php_openssl_pkcs12_read_third", "lib", "<?php\n$p12 = file_get_contents('/srv/certs/verify.p12');\nopenssl_pkcs12_read($p12, $certs, '@@');\n"),
    ("perl_lwp_credentials_fourth", "lib", "my $ua = LWP::UserAgent->new;\n$ua->credentials('{h}:443', 'Exams', '{u}', '@@');\nmy $res = $ua->get('https://{h}/candidates.csv');\n"),
    ("cpp_qt_qsqldatabase_open_second", "lib", "QSqlDatabase db = QSqlDatabase::addDatabase(\"QPSQL\");\ndb.setHostName(\"{h}\");\ndb.setDatabaseName(\"timetable\");\nif (!db.open(\"{u}\", \"@@\")) qWarning() << db.lastError();\n"),
    ("vbscript_adodb_connection_open_third", "lib", "Set conn = CreateObject(\"ADODB.Connection\")\nconn.Open \"DSN=ExamRegistrations\", \"{u}\", \"@@\"\n"),
    ("python_smtp_url_userinfo_django_email", "lib", "# settings.py (django-environ)\nEMAIL_CONFIG = env.email_url(default=\"smtp+tls://{u}%40linguahub.example:@@@{h}:587\")\n"),
    ("python_redis_url_empty_user", "lib", "import redis\nr = redis.Redis.from_url(\"redis://:@@@{h}:6379/3\")\nr.hset(\"credits:balance\", tutor_id, 12)\n"),
    ("python_celery_amqp_broker_url_userinfo", "lib", "from celery import Celery\napp = Celery(\"visa_letters\", broker=\"amqp://{u}:@@@{h}:5672/letters\")\n"),
    ("python_jenkins_ctor_third_positional", "lib", "import jenkins\nserver = jenkins.Jenkins(\"https://ci.{h}\", \"{u}\", \"@@\")\nprint(server.get_job_info(\"level-reports-nightly\")[\"lastBuild\"])\n"),
    ("java_mongocredential_createcredential_third", "lib", "MongoCredential cred = MongoCredential.createCredential(\"{u}\", \"admin\", \"@@\".toCharArray());\n"),
    # ---------------- files with fixed order ----------------
    ("openvpn_auth_user_pass_second_line", "file", "$ cat /etc/openvpn/client/exam-centre.auth\n{u}\n@@\n$ grep auth-user-pass /etc/openvpn/client/exam-centre.conf\nauth-user-pass /etc/openvpn/client/exam-centre.auth\n"),
    ("pgpass_fifth_colon_field", "file", "$ cat ~/.pgpass\n{h}:5432:timetable:{u}:@@\n"),
    ("postfix_sasl_passwd_map_colon_pair", "file", "# /etc/postfix/sasl_passwd (postmap after editing)\n[{h}]:587 {u}@linguahub.example:@@\n"),
    ("dovecot_passwd_file_plain_scheme", "file", "# /etc/dovecot/users\n{u}:{PLAIN}@@:5000:5000::/var/vmail/{u}\n"),
    ("tinyproxy_basicauth_directive_third_token", "file", "# /etc/tinyproxy/tinyproxy.conf\nPort 8888\nAllow 10.20.0.0/16\nBasicAuth {u} @@\n"),
    ("rsync_client_secrets_file_single_line", "file", "$ cat /etc/lh/rsync-client.secret\n@@\n$ rsync --password-file=/etc/lh/rsync-client.secret -a exports/ rsync://{u}@{h}/exports\n"),
    ("vsftpd_virtual_users_even_line", "file", "# /etc/vsftpd/virtual_users.txt (db_load -T -t hash)\n{u}\n@@\n"),
    ("placement_roster_csv_fourth_column", "file", "student_id,surname,level,kiosk_unlock,room\nS2026-0412,Nakamura,B1,@@,2A\n"),
    ("homestay_host_sheet_tsv_sixth_column", "file", "host_id\tfamily\tpostcode\tbeds\tdbs_checked\tportal_pin\tnotes\nH-0187\tEdwards\tBS6 5QT\t2\tyes\t@@\tno pets\n"),
    ("invigilator_rota_pipe_third_field", "file", "# invigilators.psv\nname|session|console|room\n{u}|2026-05-12 AM|@@|Exam Hall\n"),
    ("exam_candidate_import_fixed_width_41_to_60", "file", None),
    ("tutor_directory_semicolon_second_field", "file", "login;auth;subjects\n{u};@@;IELTS,Business English\n"),
    ("room_kiosk_ini_list_second_item", "file", "[kiosk-4B]\nbuilding = Queen Square\nunlock = {u}, @@, 2026-01-05\n"),
    # ---------------- protocol exchanges ----------------
    ("imap_login_command_second_argument", "proto", "S: * OK [CAPABILITY IMAP4rev1 LITERAL+ AUTH=PLAIN] mail.linguahub.lan ready\nC: a1 LOGIN {u} @@\nS: a1 OK LOGIN completed\n"),
    ("smtp_auth_plain_initial_response_b64", "proto", "S: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN @@\nS: 235 2.7.0 Authentication successful\n"),
    ("ldap_bind_request_simple_decode", "proto", "Lightweight Directory Access Protocol\n    LDAPMessage bindRequest(1) \"cn={u},ou=staff,dc=linguahub,dc=lan\" simple\n        version: 3\n        name: cn={u},ou=staff,dc=linguahub,dc=lan\n        authentication: simple (0)\n            simple: @@\n"),
    ("snmp_v1_pdu_community_decode", "proto", "Simple Network Management Protocol\n    version: version-1 (0)\n    community: @@\n    data: get-request (0)\n"),
    ("rtsp_describe_url_userinfo_decode", "proto", "Real Time Streaming Protocol\n    Request: DESCRIBE rtsp://{u}:@@@{h}:554/cam/realmonitor?channel=1 RTSP/1.0\\r\\n\n    CSeq: 2\\r\\n\n"),
    # ---------------- GUI automation ----------------
    ("cypress_get_type_chain", "gui", "it('logs into the enrolment back office', () => {\n  cy.visit('/login');\n  cy.get('#f1').type('{u}');\n  cy.get('#f2').type('@@', { log: false });\n  cy.get('button[type=submit]').click();\n});\n"),
    ("playwright_python_fill_second", "gui", "page.goto(\"https://{h}/login\")\npage.fill(\"#f1\", \"{u}\")\npage.fill(\"#f2\", \"@@\")\npage.click(\"text=Sign in\")\n"),
    ("autohotkey_sendraw_single", "gui", "; enrolment kiosk auto-login\nWinActivate, Enrolment Desk\nSend, {u}{Tab}\nSendRaw, @@\nSend, {Enter}\n"),
    ("autoit_send_raw_flag", "gui", "WinWaitActive(\"Results Entry\")\nSend(\"{u}{TAB}\")\nSend(\"@@\", 1)\nSend(\"{ENTER}\")\n"),
    ("xdotool_type_single", "gui", "#!/bin/sh\nxdotool search --name 'Room Booking' windowactivate --sync\nxdotool type '{u}'\nxdotool key Tab\nxdotool type '@@'\nxdotool key Return\n"),
    ("applescript_keystroke_single", "gui", "tell application \"System Events\"\n    keystroke \"{u}\"\n    keystroke tab\n    keystroke \"@@\"\n    keystroke return\nend tell\n"),
    ("flutter_widget_tester_enter_text_second", "gui", "await tester.enterText(find.byKey(const Key('f1')), '{u}');\nawait tester.enterText(find.byKey(const Key('f2')), '@@');\nawait tester.tap(find.text('Log in'));\n"),
    ("selenium_python_send_keys_single", "gui", "driver.find_element(By.ID, \"f1\").send_keys(\"{u}\")\ndriver.find_element(By.ID, \"f2\").send_keys(\"@@\")\ndriver.find_element(By.ID, \"go\").click()\n"),
    ("hammerspoon_eventtap_keystrokes_single", "gui", "-- ~/.hammerspoon/init.lua: fill the exam-room PC login\nhs.hotkey.bind({\"cmd\", \"alt\"}, \"L\", function()\n  hs.eventtap.keyStrokes(\"@@\")\nend)\n"),
    # ---------------- SQL ----------------
    ("mysql_create_user_identified_by_literal", "sql", "mysql> CREATE USER '{u}'@'10.20.%' IDENTIFIED BY '@@';\nQuery OK, 0 rows affected (0.02 sec)\n"),
    ("mssql_sp_addlinkedsrvlogin_fifth", "sql", "1> EXEC sp_addlinkedsrvlogin 'RESULTSDB', 'false', NULL, '{u}', '@@';\n2> GO\n"),
    ("oracle_create_database_link_identified_by", "sql", "SQL> CREATE DATABASE LINK finance_link CONNECT TO {u} IDENTIFIED BY @@ USING 'FINANCE';\n\nDatabase link created.\n"),
    ("postgres_pgcrypto_encrypt_second_literal", "sql", "homestay=# UPDATE hosts SET bank_ref_enc = encrypt(convert_to(bank_ref, 'UTF8'), '@@', 'aes') WHERE id = 187;\nUPDATE 1\n"),
]

# one syntax above uses a deliberately odd format; fix the two special cases below
SPECIAL = {"exam_candidate_import_fixed_width_41_to_60", "smtp_auth_plain_initial_response_b64"}
FW_START, FW_END = 40, 60  # zero-based slice of columns 41-60


def _fixed_width(rng, pw, u):
    cand = "C%04d" % rng.randint(1, 9999)
    line = "GB471".ljust(8) + cand.ljust(8) + u[:16].ljust(16) + "B2".ljust(8) + pw.ljust(20) + "2026-S1".ljust(10) + "SPK"
    assert line[FW_START:FW_START + len(pw)] == pw
    header = "CENTRE  CAND    NAME            LEVEL   UNLOCK              SESSION   PAPER"
    return "# candidates_import.dat (fixed width; UNLOCK = cols 41-60)\n" + header + "\n" + line.replace(pw, MARK, 1) + "\n"


USERS = ["amara", "jtakahashi", "mkowalski", "s.oduya", "lpereira", "ehughes", "rbanerjee", "tnguyen", "kfischer", "dos_office"]
HOSTS = ["exams.linguahub.lan", "db01.linguahub.lan", "rooms.kingsway-lang.lan", "nas.northbridge-tutors.lan", "10.20.4.17", "mail.linguahub.lan"]


def build(reg):
    rng = random.Random(SEED)
    out = []
    hidden = []
    for syn, cat, tpl in SYNTAXES:
        u = rng.choice(USERS)
        h = rng.choice(HOSTS)
        pw = reg.draw(lambda: owner_password(rng, strict=True))
        if syn == "exam_candidate_import_fixed_width_41_to_60":
            t = _fixed_width(rng, pw, u)
            value = pw
        elif syn == "smtp_auth_plain_initial_response_b64":
            value = base64.b64encode(("\0%s@linguahub.example\0%s" % (u, pw)).encode()).decode()
            reg.add(value)
            hidden.append(pw)
            t = tpl.replace("@@", MARK)
        else:
            t = tpl.replace("@@", MARK)
            value = pw
        t = t.replace("{u}", u).replace("{h}", h)
        text, s, e = place(t, value)
        out.append((PFX + syn, "%s%s__%s" % (PFX, syn, SUFFIX[cat]), text, s, e, cat, pw))
    return out, hidden
