"""Password source: positional syntaxes (no telling password= key)."""
import base64
import random

from common237 import MARK, SHORT_WORDS, owner_password, place

SEED = 23703
PWPREFIX = "dntpw_"
SUFFIX = {
    "cli": "practice_server_terminal_capture",
    "stdin": "lab_linux_box_stdin_pipe",
    "lib": "practice_app_source_excerpt",
    "gui": "front_desk_ui_automation_script",
    "file": "clinic_host_config_listing",
    "proto": "operatory_lan_capture_decode",
    "sql": "pms_database_console",
}

S = "\u00a7S\u00a7"   # placeholder for the secret
L = "\u00a7L\u00a7"   # placeholder for len(secret)

# (syntax, where, short form, template, mode)   mode: plain | b64_user_colon | x12
SYNTAXES = [
    # ------------------------------------------------------------------ cli
    ("mysql_client_glued_lower_p_no_space", "cli", "mysql -u user -pSECRET db",
     "odadmin@pms01:~$ mysql -h 127.0.0.1 -u odadmin -p" + S + " opendental -e 'SELECT COUNT(*) FROM patient;'\n"
     "+----------+\n| COUNT(*) |\n+----------+\n|    18342 |\n+----------+\n"),
    ("pg_dump_dbname_uri_userinfo", "cli", "pg_dump postgresql://user:SECRET@host/db",
     "labops@erp01:~$ pg_dump \"postgresql://labapp:" + S + "@db.crownworks-lab.internal:5432/lab_erp\" -Fc -f /backup/lab_erp_nightly.dump\n"),
    ("mongosh_srv_uri_userinfo", "cli", "mongosh mongodb+srv://user:SECRET@cluster/db",
     "$ mongosh \"mongodb+srv://ortho_app:" + S + "@cluster0.smileline.example/ortho?retryWrites=true\"\nCurrent Mongosh Log ID: 66a1f0c2e4b0\n"),
    ("nats_cli_server_flag_url_userinfo", "cli", "nats --server nats://user:SECRET@host:4222 pub subj msg",
     "$ nats --server nats://chairside:" + S + "@nats.brightbite.internal:4222 pub clinic.op3.status ready\n"),
    ("mercurial_hg_clone_https_userinfo", "cli", "hg clone https://user:SECRET@host/repo",
     "$ hg clone https://labdev:" + S + "@hg.crownworks-lab.internal/cad-scripts\nrequesting all changes\nadding changesets\n"),
    ("curlftpfs_mount_ftp_uri_userinfo", "cli", "curlftpfs ftp://user:SECRET@host/dir /mnt",
     "$ curlftpfs ftp://scanner:" + S + "@nas.brightbite.internal/scans /mnt/scans -o allow_other\n"),
    ("sqlcmd_capital_p_after_capital_u", "cli", "sqlcmd -S srv -U user -P SECRET -Q ...",
     "C:\\> sqlcmd -S SIDEXIS-SRV -U sidexis_ro -P " + S + " -Q \"SELECT TOP 5 ImageId FROM Images\"\n"),
    ("unixodbc_isql_dsn_user_then_secret", "cli", "isql -v DSN user SECRET",
     "$ isql -v EAGLESOFT dba " + S + "\n+---------------------------------------+\n| Connected!                            |\n"
     "+---------------------------------------+\nSQL> \n"),
    ("smbmap_lower_p_after_lower_u", "cli", "smbmap -H host -u user -p SECRET -d DOMAIN",
     "$ smbmap -H 10.20.0.15 -u frontdesk -p " + S + " -d BRIGHTBITE\n[+] IP: 10.20.0.15:445  Name: pms01\n"),
    ("impacket_target_domain_user_colon_at_host", "cli", "impacket-smbclient 'DOMAIN/user:SECRET@host'",
     "$ impacket-smbclient 'BRIGHTBITE/itadmin:" + S + "@10.20.0.15'\n# shares\nADMIN$\nC$\nXRAYS\n"),
    ("evil_winrm_lower_p_after_lower_u", "cli", "evil-winrm -i host -u user -p SECRET",
     "$ evil-winrm -i 10.20.0.15 -u itadmin -p '" + S + "'\n*Evil-WinRM* PS C:\\Users\\itadmin\\Documents> \n"),
    ("snmpwalk_v2c_lower_c_community_flag", "cli", "snmpwalk -v2c -c SECRET host oid",
     "$ snmpwalk -v2c -c " + S + " 10.30.0.41 1.3.6.1.2.1.1\nSNMPv2-MIB::sysDescr.0 = STRING: cycle logger v2.1\n"),
    ("snmpget_v3_capital_a_auth_key_flag", "cli", "snmpget -v3 -u user -a SHA -A SECRET host oid",
     "$ snmpget -v3 -l authNoPriv -u monitor -a SHA -A " + S + " 10.30.0.5 sysUpTime.0\n"),
    ("signtool_sign_slash_p_after_slash_f", "cli", "signtool sign /f cert.pfx /p SECRET file.exe",
     "C:\\build> signtool sign /fd SHA256 /f C:\\certs\\bridge-codesign.pfx /p " + S + " /tr http://timestamp.example.com /td SHA256 ImagingBridge.exe\n"),
    ("ssh_keygen_capital_n_new_key_phrase", "cli", "ssh-keygen -t ed25519 -N SECRET -f file",
     "$ ssh-keygen -t ed25519 -C labtech@crownworks -N '" + S + "' -f ~/.ssh/id_mill\nGenerating public/private ed25519 key pair.\n"),
    ("qpdf_encrypt_first_positional", "cli", "qpdf --encrypt SECRET '' 256 -- in.pdf out.pdf",
     "$ qpdf --encrypt " + S + " '' 256 -- treatment_plan_4471.pdf treatment_plan_4471_locked.pdf\n"),
    ("apache_bench_capital_a_user_colon_pair", "cli", "ab -A user:SECRET url",
     "$ ab -n 200 -c 10 -A staging:" + S + " https://staging.book.brightbite-dental.example/slots\n"),
    ("bitwarden_cli_unlock_positional", "cli", "bw unlock SECRET --raw",
     "$ bw unlock " + S + " --raw > ~/.bw_session\n$ export BW_SESSION=$(cat ~/.bw_session)\n"),
    ("zpaq_add_key_option", "cli", "zpaq add archive dir -key SECRET",
     "$ zpaq add /backup/xrays.zpaq /srv/xrays -key " + S + " -method 2\n"),
    ("mosquitto_ctrl_dynsec_create_client_lower_p", "cli", "mosquitto_ctrl dynsec createClient name -p SECRET",
     "$ mosquitto_ctrl -h 10.30.0.5 dynsec createClient autoclave-b -p " + S + "\n"),
    ("ncat_proxy_auth_user_colon_pair", "cli", "ncat --proxy host:port --proxy-auth user:SECRET target port",
     "$ ncat --proxy proxy.brightbite.internal:3128 --proxy-type http --proxy-auth frontdesk:" + S + " pms01.brightbite.internal 3306\n"),
    ("https_proxy_env_url_userinfo", "cli", "export https_proxy=http://user:SECRET@proxy:3128",
     "$ export https_proxy=http://scanner:" + S + "@proxy.brightbite.internal:3128\n$ curl -I https://updates.scanner-vendor.example/\n"),
    ("openfortivpn_lower_p_after_lower_u", "cli", "openfortivpn host:443 -u user -p SECRET",
     "$ sudo openfortivpn vpn.smileline.example:443 -u ortho.remote -p '" + S + "'\nINFO:   Connected to gateway.\n"),
    ("racadm_remote_lower_p_after_lower_u", "cli", "racadm -r host -u root -p SECRET getsysinfo",
     "$ racadm -r 10.20.0.9 -u root -p " + S + " getsysinfo\n"),
    ("vmrun_guest_lower_gp_after_lower_gu", "cli", "vmrun -T ws -gu user -gp SECRET runProgramInGuest vmx prog",
     "$ vmrun -T ws -gu labuser -gp " + S + " runProgramInGuest \"D:\\VMs\\cad\\cad.vmx\" C:\\cad\\DentalCAD.exe\n"),
    ("mongo_legacy_shell_lower_p_after_lower_u", "cli", "mongo --host h -u user -p SECRET --authenticationDatabase admin",
     "$ mongo --host ortho-db.smileline.internal -u ortho_admin -p " + S + " --authenticationDatabase admin\n"),
    # ------------------------------------------------------------------ stdin
    ("cryptsetup_open_key_file_dash_pipe", "stdin", "echo -n SECRET | cryptsetup open dev name --key-file=-",
     "# echo -n '" + S + "' | cryptsetup open /dev/sdb1 xray_archive --key-file=-\n# mount /dev/mapper/xray_archive /srv/xrays\n"),
    ("sudo_capital_s_stdin_pipe", "stdin", "echo SECRET | sudo -S cmd",
     "$ echo '" + S + "' | sudo -S systemctl restart orthanc\n"),
    ("keepassxc_cli_ls_stdin_pipe", "stdin", "echo SECRET | keepassxc-cli ls db.kdbx",
     "$ echo '" + S + "' | keepassxc-cli ls ~/vault/practice.kdbx\nImaging/\nPMS/\nLab/\n"),
    ("ftp_heredoc_user_command_second_argument", "stdin", "ftp -n host <<EOF / user NAME SECRET",
     "$ ftp -n lab-ftp.crownworks-lab.internal <<EOF\nuser brightbite " + S + "\nbinary\nput case_4471_stl.zip\nbye\nEOF\n"),
    ("expect_script_send_after_prompt", "stdin", "expect \"assword:\" / send \"SECRET\\r\"",
     "#!/usr/bin/expect -f\nspawn ssh labtech@mill2.crownworks-lab.internal\nexpect \"assword:\"\nsend \"" + S + "\\r\"\n"
     "expect \"$ \"\nsend \"systemctl restart millbridge\\r\"\n"),
    ("smbpasswd_silent_yes_head_pipe", "stdin", "yes SECRET | head -n 2 | smbpasswd -s -a user",
     "# yes '" + S + "' | head -n 2 | smbpasswd -s -a scanner\nAdded user scanner.\n"),
    ("nmcli_ask_connection_up_stdin", "stdin", "printf 'SECRET\\n' | nmcli --ask connection up id NAME",
     "$ printf '" + S + "\\n' | nmcli --ask connection up id BB-Clinical\n"),
    ("veracrypt_text_stdin_flag_pipe", "stdin", "echo SECRET | veracrypt --text --stdin --mount vol dir",
     "$ echo '" + S + "' | veracrypt --text --non-interactive --stdin --mount /data/ortho_models.hc /mnt/ortho\n"),
    ("lastpass_cli_login_pinentry_off_pipe", "stdin", "echo SECRET | LPASS_DISABLE_PINENTRY=1 lpass login user",
     "$ echo '" + S + "' | LPASS_DISABLE_PINENTRY=1 lpass login it@brightbite-dental.example\nSuccess: Logged in as it@brightbite-dental.example.\n"),
    ("tigervnc_vncviewer_autopass_pipe", "stdin", "echo SECRET | vncviewer -autopass host:1",
     "$ echo '" + S + "' | vncviewer -autopass 10.20.0.31:1\n"),
    # ------------------------------------------------------------------ lib
    ("python_requests_auth_tuple_second", "lib", "requests.get(url, auth=(user, SECRET))",
     "resp = requests.get(\"https://pms01.brightbite.internal/api/v1/appointments\",\n                    auth=(\"odapi\", \"" + S + "\"), timeout=10)\n"),
    ("python_zipfile_extractall_third_positional", "lib", "zf.extractall(path, None, b'SECRET')",
     "with zipfile.ZipFile('case_4471.zip') as zf:\n    zf.extractall('incoming/4471', None, b'" + S + "')\n"),
    ("python_pypdf_reader_decrypt_first", "lib", "reader.decrypt(SECRET)",
     "reader = PdfReader('lab_invoice_march.pdf')\nif reader.is_encrypted:\n    reader.decrypt('" + S + "')\n"),
    ("python_hashlib_pbkdf2_hmac_second_bytes", "lib", "hashlib.pbkdf2_hmac('sha256', b'SECRET', salt, n)",
     "key = hashlib.pbkdf2_hmac('sha256', b'" + S + "', SALT, 600_000)\n"),
    ("python_itsdangerous_serializer_first", "lib", "URLSafeTimedSerializer(SECRET, salt=...)",
     "signer = URLSafeTimedSerializer('" + S + "', salt='recall-link')\ntoken = signer.dumps({'patient': pat_num})\n"),
    ("python_win32security_logonuser_third", "lib", "win32security.LogonUser(user, domain, SECRET, type, provider)",
     "token = win32security.LogonUser('scanner', 'BRIGHTBITE', '" + S + "',\n                                win32con.LOGON32_LOGON_NETWORK, win32con.LOGON32_PROVIDER_DEFAULT)\n"),
    ("python_exchangelib_credentials_second", "lib", "Credentials(user, SECRET)",
     "creds = Credentials('reception@brightbite-dental.example', '" + S + "')\naccount = Account('reception@brightbite-dental.example', credentials=creds, autodiscover=True)\n"),
    ("node_crypto_createhmac_second", "lib", "crypto.createHmac('sha256', SECRET)",
     "const sig = crypto.createHmac('sha256', '" + S + "').update(rawBody).digest('hex');\n"),
    ("node_sequelize_ctor_third", "lib", "new Sequelize(db, user, SECRET, opts)",
     "const sequelize = new Sequelize('lab_erp', 'labapp', '" + S + "', { host: 'db.crownworks-lab.internal', dialect: 'postgres' });\n"),
    ("node_ldapjs_client_bind_second", "lib", "client.bind(dn, SECRET, cb)",
     "client.bind('cn=portal,ou=svc,dc=smileline,dc=internal', '" + S + "', (err) => { if (err) throw err; });\n"),
    ("node_amqplib_credentials_plain_second", "lib", "amqp.credentials.plain(user, SECRET)",
     "const conn = await amqp.connect('amqp://mq.brightbite.internal', { credentials: amqp.credentials.plain('recall', '" + S + "') });\n"),
    ("java_jedis_auth_single_argument", "lib", "jedis.auth(SECRET)",
     "try (Jedis jedis = pool.getResource()) {\n    jedis.auth(\"" + S + "\");\n    jedis.set(\"op3:status\", \"ready\");\n}\n"),
    ("java_spring_drivermanagerdatasource_ctor_third", "lib", "new DriverManagerDataSource(url, user, SECRET)",
     "DataSource ds = new DriverManagerDataSource(\"jdbc:mysql://pms01:3306/opendental\", \"odreport\", \"" + S + "\");\n"),
    ("java_unboundid_ldapconnection_ctor_fourth", "lib", "new LDAPConnection(host, port, bindDN, SECRET)",
     "LDAPConnection conn = new LDAPConnection(\"ldap.smileline.internal\", 389, \"cn=planner,ou=svc,dc=smileline\", \"" + S + "\");\n"),
    ("java_keystore_getkey_second_chararray", "lib", "ks.getKey(alias, SECRET.toCharArray())",
     "Key k = ks.getKey(\"bridge-signing\", \"" + S + "\".toCharArray());\n"),
    ("java_pbekeyspec_ctor_first_chararray", "lib", "new PBEKeySpec(SECRET.toCharArray(), salt, n, bits)",
     "PBEKeySpec spec = new PBEKeySpec(\"" + S + "\".toCharArray(), salt, 65536, 256);\n"),
    ("scala_slick_database_forurl_third", "lib", "Database.forURL(url, user, SECRET, driver = ...)",
     "val db = Database.forURL(\"jdbc:postgresql://db.crownworks-lab.internal/lab\", \"labread\", \"" + S + "\", driver = \"org.postgresql.Driver\")\n"),
    ("kotlin_okhttp_credentials_basic_second", "lib", "Credentials.basic(user, SECRET)",
     "val auth = Credentials.basic(\"planner\", \"" + S + "\")\nval req = Request.Builder().url(url).header(\"Authorization\", auth).build()\n"),
    ("csharp_mailkit_authenticateasync_second", "lib", "client.AuthenticateAsync(user, SECRET)",
     "await client.ConnectAsync(\"smtp.brightbite-dental.example\", 587, SecureSocketOptions.StartTls);\n"
     "await client.AuthenticateAsync(\"recall@brightbite-dental.example\", \"" + S + "\");\n"),
    ("csharp_ssh_net_sshclient_ctor_fourth", "lib", "new SshClient(host, port, user, SECRET)",
     "using var ssh = new SshClient(\"mill2.crownworks-lab.internal\", 22, \"labtech\", \"" + S + "\");\nssh.Connect();\n"),
    ("csharp_fluentftp_ftpclient_ctor_third", "lib", "new FtpClient(host, user, SECRET)",
     "var ftp = new FtpClient(\"lab-ftp.crownworks-lab.internal\", \"brightbite\", \"" + S + "\");\nftp.AutoConnect();\n"),
    ("csharp_rfc2898derivebytes_ctor_first", "lib", "new Rfc2898DeriveBytes(SECRET, salt, n, alg)",
     "using var kdf = new Rfc2898DeriveBytes(\"" + S + "\", salt, 100_000, HashAlgorithmName.SHA256);\n"),
    ("csharp_directoryentry_ctor_third", "lib", "new DirectoryEntry(path, user, SECRET)",
     "var root = new DirectoryEntry(\"LDAP://dc01.brightbite.internal\", \"BRIGHTBITE\\\\svc_imaging\", \"" + S + "\");\n"),
    ("csharp_principalcontext_validatecredentials_second", "lib", "ctx.ValidateCredentials(user, SECRET)",
     "using var ctx = new PrincipalContext(ContextType.Domain, \"BRIGHTBITE\");\nbool ok = ctx.ValidateCredentials(\"frontdesk\", \"" + S + "\");\n"),
    ("go_ldap_conn_bind_second", "lib", "l.Bind(dn, SECRET)",
     "if err := l.Bind(\"cn=planner,ou=svc,dc=smileline\", \"" + S + "\"); err != nil {\n\tlog.Fatal(err)\n}\n"),
    ("go_crypto_hmac_new_second_byteslice", "lib", "hmac.New(sha256.New, []byte(SECRET))",
     "mac := hmac.New(sha256.New, []byte(\"" + S + "\"))\nmac.Write(body)\n"),
    ("go_x_crypto_pbkdf2_key_first", "lib", "pbkdf2.Key([]byte(SECRET), salt, n, 32, sha256.New)",
     "dk := pbkdf2.Key([]byte(\"" + S + "\"), salt, 4096, 32, sha256.New)\n"),
    ("go_gomail_newdialer_fourth", "lib", "gomail.NewDialer(host, port, user, SECRET)",
     "d := gomail.NewDialer(\"smtp.crownworks-lab.example\", 587, \"cases@crownworks-lab.example\", \"" + S + "\")\n"),
    ("rust_lettre_credentials_new_second", "lib", "Credentials::new(user, SECRET)",
     "let creds = Credentials::new(\"recall@brightbite-dental.example\".to_owned(), \"" + S + "\".to_owned());\n"),
    ("ruby_net_smtp_start_fifth_positional", "lib", "Net::SMTP.start(host, port, helo, user, SECRET, :login)",
     "Net::SMTP.start('smtp.smileline.example', 587, 'smileline.example', 'notify@smileline.example', '" + S + "', :login) do |smtp|\n"
     "  smtp.send_message(msg, from, to)\nend\n"),
    ("ruby_openssl_hmac_hexdigest_second", "lib", "OpenSSL::HMAC.hexdigest('SHA256', SECRET, data)",
     "sig = OpenSSL::HMAC.hexdigest('SHA256', '" + S + "', payload)\n"),
    ("php_ldap_bind_third", "lib", "ldap_bind($ds, dn, SECRET)",
     "$ok = ldap_bind($ds, 'cn=portal,ou=svc,dc=smileline', '" + S + "');\n"),
    ("php_imap_open_third", "lib", "imap_open(mailbox, user, SECRET)",
     "$mbox = imap_open('{mail.brightbite-dental.example:993/imap/ssl}INBOX', 'referrals@brightbite-dental.example', '" + S + "');\n"),
    ("php_oci_connect_second", "lib", "oci_connect(user, SECRET, conn_str)",
     "$conn = oci_connect('LABRPT', '" + S + "', 'db.crownworks-lab.internal/LABPDB');\n"),
    ("perl_net_smtp_auth_second", "lib", "$smtp->auth(user, SECRET)",
     "my $smtp = Net::SMTP->new('smtp.brightbite-dental.example', Port => 587);\n$smtp->starttls();\n"
     "$smtp->auth('recall@brightbite-dental.example', '" + S + "') or die $smtp->message;\n"),
    ("c_sqlcipher_sqlite3_key_second", "lib", "sqlite3_key(db, SECRET, len)",
     "rc = sqlite3_open(\"chairside_cache.db\", &db);\nrc = sqlite3_key(db, \"" + S + "\", " + L + ");\n"),
    ("c_openldap_simple_bind_s_third", "lib", "ldap_simple_bind_s(ld, dn, SECRET)",
     "rc = ldap_simple_bind_s(ld, \"cn=bridge,ou=svc,dc=brightbite\", \"" + S + "\");\n"),
    ("cpp_qt_qsqldatabase_open_second", "lib", "db.open(user, SECRET)",
     "QSqlDatabase db = QSqlDatabase::addDatabase(\"QMYSQL\");\ndb.setHostName(\"pms01\");\n"
     "if (!db.open(\"odreport\", \"" + S + "\")) qWarning() << db.lastError();\n"),
    ("dart_crypto_hmac_utf8_encode_key", "lib", "Hmac(sha256, utf8.encode(SECRET))",
     "final hmac = Hmac(sha256, utf8.encode('" + S + "'));\nfinal digest = hmac.convert(utf8.encode(body));\n"),
    ("swift_cryptokit_symmetrickey_data_utf8", "lib", "SymmetricKey(data: Data(SECRET.utf8))",
     "let key = SymmetricKey(data: Data(\"" + S + "\".utf8))\nlet mac = HMAC<SHA256>.authenticationCode(for: body, using: key)\n"),
    ("matlab_database_toolbox_third", "lib", "database(dsn, user, SECRET)",
     "conn = database('OpenDentalDSN', 'odreport', '" + S + "');\ndata = fetch(conn, 'SELECT * FROM procedurelog');\n"),
    ("excel_vba_workbooks_open_fifth_positional", "lib", "Workbooks.Open(file, 0, False, , SECRET)",
     "Sub OpenPayroll()\n    Set wb = Workbooks.Open(\"S:\\Practice\\Payroll_2024.xlsx\", 0, False, , \"" + S + "\")\nEnd Sub\n"),
    ("excel_vba_worksheet_unprotect_first", "lib", "Worksheets(name).Unprotect SECRET",
     "ThisWorkbook.Worksheets(\"Fees\").Unprotect \"" + S + "\"\nRange(\"C4\").Value = 95\n"),
    ("autoit_runas_third", "lib", "RunAs(user, domain, SECRET, 0, program)",
     "RunAs(\"svc_imaging\", \"BRIGHTBITE\", \"" + S + "\", 0, \"C:\\Program Files\\ImagingBridge\\bridge.exe\")\n"),
    ("mongosh_eval_db_auth_second", "lib", "db.getSiblingDB('admin').auth(user, SECRET)",
     "$ mongosh --quiet --eval 'db.getSiblingDB(\"admin\").auth(\"ortho_admin\", \"" + S + "\")' mongodb://ortho-db.smileline.internal:27017\n"),
    # ------------------------------------------------------------------ gui
    ("selenium_python_send_keys_second_field", "gui", "find_element(By.ID, 'f2').send_keys(SECRET)",
     "driver.find_element(By.ID, 'f1').send_keys('labtech')\ndriver.find_element(By.ID, 'f2').send_keys('" + S + "')\n"
     "driver.find_element(By.ID, 'go').click()\n"),
    ("puppeteer_page_type_second", "gui", "await page.type('#f2', SECRET)",
     "await page.type('#f1', 'brightbite');\nawait page.type('#f2', '" + S + "');\nawait page.click('#go');\n"),
    ("testcafe_typetext_second", "gui", "t.typeText('#f2', SECRET)",
     "await t\n  .typeText('#f1', 'smileline')\n  .typeText('#f2', '" + S + "')\n  .click('#go');\n"),
    ("espresso_typetext_viewaction", "gui", "onView(withId(R.id.f2)).perform(typeText(SECRET))",
     "onView(withId(R.id.f1)).perform(typeText(\"frontdesk\"))\nonView(withId(R.id.f2)).perform(typeText(\"" + S + "\"), closeSoftKeyboard())\n"),
    ("xcuitest_textfield_typetext", "gui", "app.textFields[\"f2\"].typeText(SECRET)",
     "let f2 = app.textFields[\"f2\"]\nf2.tap()\nf2.typeText(\"" + S + "\")\n"),
    ("sikulix_click_then_type", "gui", "click(\"f2.png\"); type(SECRET)",
     "click(\"f1.png\"); type(\"labtech\")\nclick(\"f2.png\"); type(\"" + S + "\" + Key.ENTER)\n"),
    ("power_automate_desktop_populate_textfield", "gui", "UIAutomation.PopulateTextField ... Text: $'''SECRET'''",
     "UIAutomation.PopulateTextField TextField: appmask['Login']['f2'] Text: $'''" + S + "''' Mode: UIAutomation.PopulateTextMode.Replace\n"),
    ("uipath_typeinto_text_attribute", "gui", "<ui:TypeInto Text=\"SECRET\" />",
     "<ui:TypeInto DisplayName=\"Type Into 'f2'\" Text=\"" + S + "\" Target=\"{x:Null}\" />\n"),
    ("gherkin_step_fill_in_field_with", "gui", "And I fill in \"f2\" with \"SECRET\"",
     "  Scenario: reception logs in\n    Given I am on the lab portal login page\n    When I fill in \"f1\" with \"brightbite\"\n"
     "    And I fill in \"f2\" with \"" + S + "\"\n    Then I should see \"Cases\"\n"),
    ("adb_shell_input_text_single", "gui", "adb shell input text SECRET",
     "$ adb -s R58M12QX shell input text 'frontdesk'\n$ adb -s R58M12QX shell input keyevent 61\n$ adb -s R58M12QX shell input text '" + S + "'\n"),
    ("zellij_action_write_chars", "gui", "zellij action write-chars SECRET",
     "$ zellij action write-chars '" + S + "'\n$ zellij action write 13\n"),
    ("xautomation_xte_str_command", "gui", "xte 'str SECRET' 'key Return'",
     "$ xte 'str " + S + "' 'key Return'\n"),
    # ------------------------------------------------------------------ file
    ("ppp_chap_secrets_third_column", "file", "/etc/ppp/chap-secrets: client server SECRET ip",
     "# /etc/ppp/chap-secrets (lab DSL backup line)\n\"bbdental@isp.example\"\t*\t\"" + S + "\"\t*\n"),
    ("openvpn_auth_user_pass_file_second_line", "file", "auth-user-pass file: line 1 user, line 2 SECRET",
     "$ cat /etc/openvpn/client/smileline.auth\northo.remote\n" + S + "\n$ openvpn --config smileline.ovpn --auth-user-pass /etc/openvpn/client/smileline.auth\n"),
    ("hostapd_wpa_psk_file_second_column", "file", "hostapd wpa_psk_file: MAC SECRET",
     "# /etc/hostapd/hostapd.wpa_psk (operatory tablets)\n00:00:00:00:00:00 " + S + "\n"),
    ("docker_config_json_auths_auth_b64", "file", "~/.docker/config.json auths.<registry>.auth = b64(user:SECRET) (span is the Base64)",
     "{\n  \"auths\": {\n    \"registry.crownworks-lab.internal\": {\n      \"auth\": \"" + S + "\"\n    }\n  }\n}\n", "b64:labci"),
    ("vsftpd_virtual_users_txt_even_line", "file", "virtual_users.txt: user line then SECRET line",
     "# /etc/vsftpd/virtual_users.txt (db_load -T -t hash -f ...)\nbrightbite\n" + S + "\n"),
    ("asterisk_voicemail_conf_mailbox_first_field", "file", "voicemail.conf: mailbox => SECRET,name,email",
     "[practice]\n201 => " + S + ",Front Desk,frontdesk@brightbite-dental.example\n"),
    ("grandstream_config_pvalue_p34_line", "file", "Grandstream config: P34 = SECRET",
     "# GXP2170 provisioning (front desk, ext 201)\nP35 = 201\nP36 = 201\nP34 = " + S + "\nP47 = pbx.brightbite.internal\n"),
    ("x12_isa_segment_fourth_element", "file", "X12 ISA*00*..*01*SECRET*ZZ*... (ISA04, 10 characters padded)",
     "ISA*00*          *01*" + S + "*ZZ*BBDENTAL0192   *ZZ*DXCCLEARING    *240611*1423*^*00501*000004471*0*P*:~\n"
     "GS*HC*BBDENTAL0192*DXCCLEARING*20240611*1423*4471*X*005010X224A2~\nST*837*0001*005010X224A2~\n", "x12"),
    ("operatory_pc_login_roster_csv_fourth_column", "file", "invented roster CSV: op,pc,user,code,updated",
     "op,pc,user,code,updated\nOP1,BB-OP1,chair1,(changed - ask Karen),2024-05-02\nOP3,BB-OP3,chair3," + S + ",2024-06-11\n"),
    ("lab_courier_manifest_semicolon_fourth_field", "file", "invented courier manifest: date;practice;box;lockbox;driver",
     "date;practice;box;lockbox;driver\n2024-06-11;BrightBite Dental;B-12;" + S + ";R. Mensah\n"),
    ("sensor_bridge_unlock_list_pipe_third", "file", "invented sensor unlock list: site|device|unlock|room|date",
     "# site|device|unlock|room|date\nBBDENTAL|SENSOR-SIZE2|" + S + "|OP3|2024-06-11\n"),
    # ------------------------------------------------------------------ proto
    ("dicom_associate_user_identity_secondary_field", "proto", "A-ASSOCIATE-RQ User Identity type 2: Secondary-field SECRET",
     "A-ASSOCIATE-RQ  calling AE: BBCAPTURE  called AE: BBPACS\n  User Identity Negotiation (0x58)\n    User-Identity-Type: 2\n"
     "    Positive-response-requested: 1\n    Primary-field: 'imaging'\n    Secondary-field: '" + S + "'\n"),
    ("hl7v2_msh_eighth_security_field", "proto", "MSH|^~\\&|app|fac|app|fac|time|SECRET|ORM^O01|...",
     "MSH|^~\\&|OPENDENTAL|BRIGHTBITE|LABPORTAL|CROWNWORKS|20240611142301|" + S + "|ORM^O01|MSG004471|P|2.5.1\n"
     "PID|1||18342^^^BB||DOE^JANE\nORC|NW|4471\n"),
    ("smtp_auth_login_second_b64_line", "proto", "AUTH LOGIN / 334 / b64(user) / 334 / b64(SECRET) (span is the Base64)",
     "S: 220 smtp.brightbite-dental.example ESMTP\nC: EHLO pms01\nS: 250-AUTH LOGIN PLAIN\nC: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\n"
     "C: cmVjYWxsQGJyaWdodGJpdGUtZGVudGFsLmV4YW1wbGU=\nS: 334 UGFzc3dvcmQ6\nC: " + S + "\nS: 235 2.7.0 Authentication successful\n", "b64:"),
    ("http_proxy_authorization_basic_b64", "proto", "Proxy-Authorization: Basic b64(user:SECRET) (span is the Base64)",
     "CONNECT updates.scanner-vendor.example:443 HTTP/1.1\nHost: updates.scanner-vendor.example:443\nProxy-Authorization: Basic " + S + "\n"
     "User-Agent: ScannerUpdater/4.2\n", "b64:scanner"),
    ("at_cgauth_fourth_quoted", "proto", "AT+CGAUTH=cid,prot,\"user\",\"SECRET\"",
     "AT+CGDCONT=1,\"IP\",\"m2m.clinic-apn.example\"\nOK\nAT+CGAUTH=1,1,\"bbdental\",\"" + S + "\"\nOK\n"),
    ("esp_at_mqttusercfg_fifth_quoted", "proto", "AT+MQTTUSERCFG=0,1,\"client\",\"user\",\"SECRET\",0,0,\"\"",
     "AT+MQTTUSERCFG=0,1,\"autoclave-b\",\"logger\",\"" + S + "\",0,0,\"\"\nOK\nAT+MQTTCONN=0,\"10.30.0.5\",1883,1\nOK\n"),
    ("simcom_at_cmqttconnect_sixth_quoted", "proto", "AT+CMQTTCONNECT=0,\"tcp://host:1883\",60,1,\"user\",\"SECRET\"",
     "AT+CMQTTSTART\nOK\nAT+CMQTTACCQ=0,\"compressor-1\"\nOK\nAT+CMQTTCONNECT=0,\"tcp://mqtt.brightbite.internal:1883\",60,1,\"compressor\",\"" + S + "\"\nOK\n"),
    ("redis_hello_auth_option_third", "proto", "HELLO 3 AUTH user SECRET SETNAME name",
     "127.0.0.1:6379> HELLO 3 AUTH recall " + S + " SETNAME recall-worker\n1# \"server\" => \"redis\"\n2# \"version\" => \"7.2.4\"\n"),
    # ------------------------------------------------------------------ sql
    ("postgres_pgcrypto_pgp_sym_encrypt_second", "sql", "pgp_sym_encrypt(data, SECRET)",
     "lab_erp=# UPDATE cases SET notes_enc = pgp_sym_encrypt(notes, '" + S + "') WHERE id = 4471;\nUPDATE 1\n"),
    ("postgres_pgcrypto_crypt_gen_salt_first", "sql", "crypt(SECRET, gen_salt('bf'))",
     "lab_erp=# INSERT INTO portal_users(login, hash) VALUES ('brightbite', crypt('" + S + "', gen_salt('bf', 10)));\nINSERT 0 1\n"),
    ("h2_create_linked_table_fourth", "sql", "CREATE LINKED TABLE t(driver, url, user, SECRET, table)",
     "CREATE LINKED TABLE pms_patients('com.mysql.cj.jdbc.Driver', 'jdbc:mysql://pms01:3306/opendental', 'odreport', '" + S + "', 'patient');\n"),
    ("clickhouse_mysql_table_function_fifth", "sql", "mysql('host:port', db, table, user, SECRET)",
     "SELECT PatNum, DateFirstVisit FROM mysql('pms01.brightbite.internal:3306', 'opendental', 'patient', 'odreport', '" + S + "') LIMIT 10;\n"),
    ("mysql_federated_connection_uri_userinfo", "sql", "ENGINE=FEDERATED CONNECTION='mysql://user:SECRET@host/db/t'",
     "CREATE TABLE lab_cases_remote (id INT, status VARCHAR(20)) ENGINE=FEDERATED\n  CONNECTION='mysql://fed_user:" + S + "@db.crownworks-lab.internal:3306/lab/cases';\n"),
    ("oracle_dbms_scheduler_create_credential_third", "sql", "DBMS_SCHEDULER.CREATE_CREDENTIAL(name, user, SECRET)",
     "BEGIN\n  DBMS_SCHEDULER.CREATE_CREDENTIAL('BACKUP_CRED', 'oracle', '" + S + "');\nEND;\n/\n"),
]

SET_ASIDE = [
    ("hydra_lower_p_after_lower_l", "another user / secret flag pair of an attack tool; smbmap, evil-winrm and racadm cover the pattern"),
    ("steghide_embed_lower_p_flag", "hiding data in a clinic photo is not this world's habit"),
    ("openssl_passwd_sha512_positional", "the subcommand says passwd right before the value"),
    ("git_credential_store_line_userinfo", "git URL userinfo is an earlier idea"),
    ("python_bcrypt_hashpw_first", "the function name says pw right before the value"),
    ("nmcli_device_wifi_connect_keyword", "the nmcli argument before the value is the word password"),
    ("cmdkey_add_slash_pass_flag", "the flag says pass"),
    ("keytool_storepass_flag", "the flag says pass"),
    ("yealink_account_auth_key", "the Yealink key is account.1.password"),
    ("pop3_user_pass_commands", "the POP3 command is PASS"),
    ("freetds_tsql_capital_p_after_capital_u", "same -U / -P pair as the kept sqlcmd form"),
]


def gen_value(mode, rng):
    """returns (span_value, inner_password)"""
    if mode == "x12":
        pw = owner_password(rng, strict=True, maxlen=10, words=SHORT_WORDS)
        return pw, pw
    pw = owner_password(rng, strict=True)
    if mode.startswith("b64:"):
        user = mode[4:]
        raw = (user + ":" + pw) if user else pw
        return base64.b64encode(raw.encode()).decode(), pw
    return pw, pw


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for entry in SYNTAXES:
        syntax, where, short, tpl = entry[:4]
        mode = entry[4] if len(entry) > 4 else "plain"
        while True:
            value, inner = gen_value(mode, rng)
            if reg.ok(value) and reg.ok(inner):
                reg.add(value)
                if inner != value:
                    reg.add(inner)
                break
        t = tpl
        if mode == "x12":
            t = t.replace(S, S + " " * (10 - len(value)))
        t = t.replace(L, str(len(value))).replace(S, MARK)
        text, s, e = place(t, value)
        stype = PWPREFIX + syntax
        recs.append({"type": stype, "container": stype + "__" + SUFFIX[where], "text": text,
                     "secrets": [{"value": value, "start": s, "end": e, "type": stype}], "source": "password"})
    return recs


def inner_of(syntax, value):
    mode = {e[0]: (e[4] if len(e) > 4 else "plain") for e in SYNTAXES}[syntax]
    if mode.startswith("b64:"):
        raw = base64.b64decode(value).decode()
        user = mode[4:]
        if user:
            if not raw.startswith(user + ":"):
                return None
            return raw[len(user) + 1:]
        return raw
    return value
