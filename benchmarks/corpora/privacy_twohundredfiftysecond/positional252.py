"""Positional passwords: the value is a password, but no key name says so."""
import random

from common252 import MARK as M, owner_password, positive

SEED = 25203
PREFIX = "ofpw_"
WHERE = {
    "cli": "box_scheme_admin_terminal",
    "stdin": "refill_server_shell_pipe",
    "lib": "coop_repo_code_excerpt",
    "gui": "shop_ui_automation_script",
    "file": "coop_server_config_line",
    "sql": "orders_db_console",
    "proto": "cold_store_wire_capture",
}

# (syntax, where, short form, template)
SYN = [
    # ------------------------------------------------------------ cli
    ("windows_net_use_after_share_path", "cli", "net use Z: \\\\host\\share SECRET /user:DOMAIN\\name",
     "C:\\Users\\rota> net use Z: \\\\nas01.wheatsheaflane-coop.example\\rota %s /user:COOP\\volunteer /persistent:no\n"
     "The command completed successfully.\n" % M),
    ("windows_net_user_add_second", "cli", "net user NAME SECRET /add",
     "C:\\> net user packer3 %s /add /comment:\"packing shed bench 3\"\nThe command completed successfully.\n" % M),
    ("samba_tool_user_create_second", "cli", "samba-tool user create NAME SECRET",
     "root@dc1:~# samba-tool user create tariq.osei %s --given-name=Tariq --surname=Osei\n"
     "User 'tariq.osei' added successfully\n" % M),
    ("rabbitmqctl_add_user_second", "cli", "rabbitmqctl add_user NAME SECRET",
     "$ sudo rabbitmqctl add_user scale_sync %s\nAdding user \"scale_sync\" ...\n"
     "$ sudo rabbitmqctl set_permissions -p /refill scale_sync \".*\" \".*\" \".*\"\n" % M),
    ("mpc_host_option_secret_at_host", "cli", "mpc -h SECRET@host play",
     "$ mpc -h %s@radio.toppedup-refills.example play\nvolume: 40%%   repeat: on    random: off\n" % M),
    ("dislocker_glued_lower_u_flag", "cli", "dislocker -V dev -uSECRET -- mountpoint",
     "# mkdir -p /mnt/bitlocker\n# dislocker -V /dev/sdb1 -u%s -- /mnt/bitlocker\n# mount -o loop /mnt/bitlocker/dislocker-file /mnt/oldtill\n" % M),
    ("schtasks_create_rp_run_as_flag", "cli", "schtasks /create ... /ru user /rp SECRET",
     "C:\\> schtasks /create /tn \"NightlyStockExport\" /tr \"C:\\scripts\\export.bat\" /sc daily /st 02:00 "
     "/ru COOP\\svc_export /rp %s\nSUCCESS: The scheduled task \"NightlyStockExport\" has successfully been created.\n" % M),
    ("certutil_lower_p_before_importpfx", "cli", "certutil -f -p SECRET -importpfx file.pfx",
     "PS C:\\certs> certutil -f -p %s -importpfx \"C:\\certs\\till-client.pfx\"\nCertificate \"till-02\" added to store.\n" % M),
    ("pvk2pfx_po_output_flag", "cli", "pvk2pfx -pvk k.pvk -spc c.spc -pfx out.pfx -po SECRET",
     "> pvk2pfx -pvk signing.pvk -spc signing.spc -pfx boxbuilder-sign.pfx -po %s -f\n" % M),
    ("zip_capital_p_encrypt_flag", "cli", "zip -P SECRET -r archive.zip dir",
     "$ zip -P %s -r members-export-2025-03.zip members/\n  adding: members/ (stored 0%%)\n  adding: members/active.csv (deflated 71%%)\n" % M),
    ("mutool_draw_lower_p_flag", "cli", "mutool draw -p SECRET -o out.png in.pdf",
     "$ mutool draw -p %s -o invoice-%%d.png supplier-invoice-0412.pdf 1-2\n" % M),
    ("irssi_lower_w_server_flag", "cli", "irssi -c server -n nick -w SECRET",
     "$ irssi -c irc.compostheap.example -p 6697 -n wheatsheaf_ops -w %s\n" % M),
    ("rclone_obscure_positional", "cli", "rclone obscure SECRET",
     "$ rclone obscure %s\n$ # paste the output into rclone.conf under [nas]\n" % M),
    ("lftp_lower_u_comma_pair", "cli", "lftp -u user,SECRET sftp://host",
     "$ lftp -u wheatsheaf,%s sftp://ftp.suma-orders.example -e \"mirror -R orders/ in/; bye\"\n" % M),
    ("etcdctl_user_colon_pair", "cli", "etcdctl --user name:SECRET get key",
     "$ etcdctl --endpoints=https://10.20.0.5:2379 --user root:%s get /routes/config\n" % M),
    ("hdparm_security_unlock_operand", "cli", "hdparm --user-master u --security-unlock SECRET /dev/sdX",
     "# hdparm --user-master u --security-unlock %s /dev/sdb\n# hdparm -I /dev/sdb | grep -i locked\n\tnot\tlocked\n" % M),
    ("sedutil_setlockingrange_third_operand", "cli", "sedutil-cli --setlockingrange 0 rw SECRET /dev/nvme0",
     "# sedutil-cli --setlockingrange 0 rw %s /dev/nvme0\n- 14:02:11.512 INFO: LockingRange0 set to RW\n" % M),
    ("sqlplus_slash_pair_connect_string", "cli", "sqlplus -s user/SECRET@//host/svc @script",
     "$ sqlplus -s coop_etl/%s@//db.wheatsheaflane-coop.example:1521/ORDERS @nightly.sql\n" % M),
    ("apache_bench_capital_a_colon_pair", "cli", "ab -A user:SECRET url",
     "$ ab -n 200 -c 10 -A ops:%s https://boxes.furrowfennel.example/admin/\nThis is ApacheBench, Version 2.3\n" % M),
    ("bundler_config_set_host_colon_pair", "cli", "bundle config set --global host user:SECRET",
     "$ bundle config set --global gems.compostheap.example deploy:%s\n$ bundle install\n" % M),
    ("rake_task_bracket_second_argument", "cli", "rake \"ns:task[email,SECRET]\"",
     "$ bin/rake \"ofn:create_admin[nell@furrowfennel.example,%s]\"\nAdmin user created (id 14)\n" % M),
    ("artisan_command_second_positional", "cli", "php artisan cmd email SECRET",
     "$ php artisan box:make-admin nell@furrowfennel.example %s\nAdmin account ready.\n" % M),
    ("openstack_swift_capital_k_key_flag", "cli", "swift -A url -U acct:user -K SECRET list",
     "$ swift -A https://objects.compostheap.example/auth/v1.0 -U coop:backup -K %s list\nnightly-db\nphotos\n" % M),
    ("megacmd_login_second_positional", "cli", "mega-login email SECRET",
     "$ mega-login backups@wheatsheaflane-coop.example %s\n[API:info: 10:14:02] Fetching nodes ...\n" % M),
    ("vmrun_gp_guest_flag", "cli", "vmrun -gu user -gp SECRET runProgramInGuest vmx prog",
     "> vmrun -T ws -gu Administrator -gp %s runProgramInGuest \"D:\\VMs\\till-test\\till.vmx\" \"C:\\till\\reset.bat\"\n" % M),
    ("aescrypt_lower_p_flag", "cli", "aescrypt -e -p SECRET file",
     "$ aescrypt -e -p %s members-2025.csv\n$ ls members-2025.csv*\nmembers-2025.csv  members-2025.csv.aes\n" % M),
    ("mosquitto_pub_capital_p_after_lower_u", "cli", "mosquitto_pub -u user -P SECRET -t topic -m msg",
     "$ mosquitto_pub -h mqtt.toppedup-refills.example -u dispenser07 -P %s -t refill/07/tare -m 412\n" % M),
    # ------------------------------------------------------------ stdin
    ("keyring_set_stdin_pipe", "stdin", "echo SECRET | keyring set service user",
     "$ echo '%s' | keyring set coop-smtp ops@wheatsheaflane-coop.example\n" % M),
    ("realm_join_stdin_pipe", "stdin", "echo SECRET | realm join -U admin domain",
     "$ echo '%s' | sudo realm join -U Administrator ad.wheatsheaflane-coop.example\n$ realm list | head -3\n" % M),
    ("cryfs_noninteractive_here_string", "stdin", "CRYFS_FRONTEND=noninteractive cryfs base mnt <<< SECRET",
     "$ CRYFS_FRONTEND=noninteractive cryfs ~/Nextcloud/.box-archive ~/box-archive <<< '%s'\nMounting filesystem.\n" % M),
    ("fscrypt_unlock_stdin_pipe", "stdin", "echo -n SECRET | fscrypt unlock dir",
     "# echo -n '%s' | fscrypt unlock /srv/members --quiet\n# ls /srv/members | wc -l\n412\n" % M),
    ("bcachefs_unlock_stdin_printf", "stdin", "printf %s SECRET | bcachefs unlock dev",
     "# printf '%%s' '%s' | bcachefs unlock /dev/sdc\n# mount -t bcachefs /dev/sdc /srv/photos\n" % M),
    ("stratis_key_set_capture_key_pipe", "stdin", "printf %s SECRET | stratis key set --capture-key desc",
     "# printf '%%s' '%s' | stratis key set --capture-key coldstore-pool-key\n# stratis pool create --key-desc coldstore-pool-key logs /dev/vdb\n" % M),
    ("keytool_list_here_string", "stdin", "keytool -list -keystore ks.jks <<< SECRET",
     "$ keytool -list -keystore drivers-app-release.jks <<< '%s'\nKeystore type: PKCS12\nYour keystore contains 1 entry\n" % M),
    ("onepassword_cli_signin_stdin_pipe", "stdin", "echo SECRET | op signin --account acct",
     "$ eval $(echo '%s' | op signin --account wheatsheaf)\n$ op vault list\n" % M),
    # ------------------------------------------------------------ lib
    ("python_ftplib_ftp_ctor_third", "lib", "ftplib.FTP(host, user, SECRET)",
     "import ftplib\n\nftp = ftplib.FTP(\"ftp.infinityfoods-trade.example\", \"wheatsheaf\", \"%s\")\nftp.cwd(\"/orders/in\")\n" % M),
    ("python_pysmb_smbconnection_second", "lib", "SMBConnection(user, SECRET, client, server)",
     "from smb.SMBConnection import SMBConnection\n\nconn = SMBConnection(\"rota\", \"%s\", \"packing-pc\", \"NAS01\", use_ntlm_v2=True)\n"
     "conn.connect(\"192.168.40.5\", 139)\n" % M),
    ("python_pika_plaincredentials_second", "lib", "pika.PlainCredentials(user, SECRET)",
     "creds = pika.PlainCredentials(\"scale_sync\", \"%s\")\nparams = pika.ConnectionParameters(\"mq.local\", 5672, \"/refill\", creds)\n" % M),
    ("python_pgpy_key_unlock_single", "lib", "with key.unlock(SECRET):",
     "key, _ = pgpy.PGPKey.from_file(\"box-archive.asc\")\nwith key.unlock(\"%s\"):\n    msg = key.decrypt(pgpy.PGPMessage.from_file(\"members.csv.asc\"))\n" % M),
    ("python_sqlalchemy_url_create_third", "lib", "URL.create(driver, user, SECRET, host, port, db)",
     "from sqlalchemy import URL, create_engine\n\nurl = URL.create(\"postgresql+psycopg\", \"boxes\", \"%s\", \"db.furrowfennel.example\", 5432, \"boxes\")\n"
     "engine = create_engine(url)\n" % M),
    ("python_influxdb_client_ctor_fourth", "lib", "InfluxDBClient(host, port, user, SECRET, db)",
     "from influxdb import InfluxDBClient\n\nclient = InfluxDBClient(\"influx.local\", 8086, \"probe_writer\", \"%s\", \"coldstore\")\n" % M),
    ("python_pywinrm_session_auth_tuple_second", "lib", "winrm.Session(host, auth=(user, SECRET))",
     "s = winrm.Session(\"till-pc-02\", auth=(\"Administrator\", \"%s\"))\nr = s.run_cmd(\"ipconfig\", [\"/all\"])\n" % M),
    ("python_django_create_superuser_third", "lib", "User.objects.create_superuser(name, email, SECRET)",
     ">>> from django.contrib.auth.models import User\n>>> User.objects.create_superuser(\"nell\", \"nell@furrowfennel.example\", \"%s\")\n"
     "<User: nell>\n" % M),
    ("python_pysftp_connection_fourth_positional", "lib", "pysftp.Connection(host, user, None, SECRET)",
     "with pysftp.Connection(\"sftp.suma-orders.example\", \"wheatsheaf\", None, \"%s\") as sftp:\n    sftp.put(\"order.csv\")\n" % M),
    ("python_pywin32_logonuser_third", "lib", "win32security.LogonUser(user, domain, SECRET, type, provider)",
     "h = win32security.LogonUser(\"svc_till\", \"COOP\", \"%s\", win32con.LOGON32_LOGON_NETWORK,\n"
     "                            win32con.LOGON32_PROVIDER_DEFAULT)\n" % M),
    ("python_telnetlib_write_after_prompt", "lib", "tn.read_until(b': '); tn.write(b'SECRET\\n')",
     "tn = telnetlib.Telnet(\"192.168.40.31\", 23)\ntn.read_until(b\"login: \")\ntn.write(b\"service\\n\")\n"
     "tn.read_until(b\": \")\ntn.write(b\"%s\\n\")\ntn.write(b\"plu export\\n\")\n" % M),
    ("node_sequelize_ctor_third", "lib", "new Sequelize(db, user, SECRET, opts)",
     "const sequelize = new Sequelize('boxes', 'boxes_app', '%s', {\n  host: 'db.furrowfennel.example',\n  dialect: 'postgres',\n});\n" % M),
    ("node_cassandra_plaintextauthprovider_second", "lib", "new cassandra.auth.PlainTextAuthProvider(user, SECRET)",
     "const client = new cassandra.Client({\n  contactPoints: ['10.20.0.8'],\n  localDataCenter: 'dc1',\n"
     "  authProvider: new cassandra.auth.PlainTextAuthProvider('telemetry', '%s'),\n});\n" % M),
    ("node_unzipper_file_buffer_single", "lib", "directory.files[i].buffer(SECRET)",
     "const d = await unzipper.Open.file('supplier-pricelist.zip');\nconst csv = await d.files[0].buffer('%s');\n" % M),
    ("node_cryptojs_aes_encrypt_second", "lib", "CryptoJS.AES.encrypt(message, SECRET)",
     "const blob = CryptoJS.AES.encrypt(JSON.stringify(order), '%s').toString();\nlocalStorage.setItem('draftOrder', blob);\n" % M),
    ("kotlin_exposed_database_connect_fourth", "lib", "Database.connect(url, driver, user, SECRET)",
     "Database.connect(\"jdbc:postgresql://db:5432/routes\", \"org.postgresql.Driver\", \"routes\", \"%s\")\n" % M),
    ("java_vfs_staticuserauthenticator_third", "lib", "new StaticUserAuthenticator(domain, user, SECRET)",
     "FileSystemOptions opts = new FileSystemOptions();\nDefaultFileSystemConfigBuilder.getInstance().setUserAuthenticator(opts,\n"
     "    new StaticUserAuthenticator(\"COOP\", \"rota\", \"%s\"));\n" % M),
    ("java_neo4j_authtokens_basic_second", "lib", "AuthTokens.basic(user, SECRET)",
     "Driver driver = GraphDatabase.driver(\"neo4j://graph.local:7687\", AuthTokens.basic(\"neo4j\", \"%s\"));\n" % M),
    ("java_keycloak_getinstance_fourth", "lib", "Keycloak.getInstance(url, realm, user, SECRET, clientId)",
     "Keycloak kc = Keycloak.getInstance(\"https://sso.wheatsheaflane-coop.example\", \"master\", \"admin\",\n"
     "    \"%s\", \"admin-cli\");\n" % M),
    ("csharp_networkcredential_ctor_second", "lib", "new NetworkCredential(user, SECRET)",
     "var client = new SmtpClient(\"smtp.wheatsheaflane-coop.example\", 587);\n"
     "client.Credentials = new NetworkCredential(\"orders@wheatsheaflane-coop.example\", \"%s\");\n" % M),
    ("csharp_securestring_foreach_literal", "lib", "foreach (char c in \"SECRET\") s.AppendChar(c);",
     "var sec = new SecureString();\nforeach (char c in \"%s\") sec.AppendChar(c);\nsec.MakeReadOnly();\n" % M),
    ("go_jlaffaye_ftp_login_second", "lib", "c.Login(user, SECRET)",
     "c, err := ftp.Dial(\"ftp.suma-orders.example:21\", ftp.DialWithTimeout(5*time.Second))\n"
     "err = c.Login(\"wheatsheaf\", \"%s\")\n" % M),
    ("go_nats_userinfo_option_second", "lib", "nats.UserInfo(user, SECRET)",
     "nc, err := nats.Connect(\"nats://mq.local:4222\", nats.UserInfo(\"dispenser\", \"%s\"))\n" % M),
    ("go_gowebdav_newclient_third", "lib", "gowebdav.NewClient(url, user, SECRET)",
     "c := gowebdav.NewClient(\"https://files.wheatsheaflane-coop.example/remote.php/dav/files/rota\", \"rota\", \"%s\")\n" % M),
    ("go_age_newscryptidentity_single", "lib", "age.NewScryptIdentity(SECRET)",
     "id, err := age.NewScryptIdentity(\"%s\")\nr, err := age.Decrypt(f, id)\n" % M),
    ("rust_rumqttc_set_credentials_second", "lib", "opts.set_credentials(user, SECRET)",
     "let mut opts = MqttOptions::new(\"coldprobe-3\", \"mqtt.local\", 1883);\nopts.set_credentials(\"coldprobe\", \"%s\");\n" % M),
    ("ruby_openssl_cipher_pkcs5_keyivgen_first", "lib", "cipher.pkcs5_keyivgen(SECRET, salt, iter, digest)",
     "cipher = OpenSSL::Cipher.new(\"aes-256-cbc\")\ncipher.encrypt\ncipher.pkcs5_keyivgen(\"%s\", salt, 2048, \"sha256\")\n" % M),
    ("ruby_rack_auth_basic_block_compare", "lib", "Rack::Auth::Basic block: p == SECRET",
     "use Rack::Auth::Basic, \"Packing shed\" do |u, p|\n  u == \"shed\" && p == \"%s\"\nend\n" % M),
    ("php_ftp_login_third", "lib", "ftp_login($conn, user, SECRET)",
     "$conn = ftp_connect('ftp.essential-trading.example');\nftp_login($conn, 'wheatsheaf', '%s');\nftp_pasv($conn, true);\n" % M),
    ("php_amqpstreamconnection_fourth", "lib", "new AMQPStreamConnection(host, port, user, SECRET)",
     "$conn = new AMQPStreamConnection('mq.local', 5672, 'box_events', '%s');\n$ch = $conn->channel();\n" % M),
    ("perl_net_telnet_login_second", "lib", "$t->login(user, SECRET)",
     "my $t = Net::Telnet->new(Host => '192.168.40.32', Timeout => 10);\n$t->login('service', '%s');\nmy @out = $t->cmd('tare list');\n" % M),
    ("r_keyring_key_set_with_value_third", "lib", "keyring::key_set_with_value(service, user, SECRET)",
     "keyring::key_set_with_value(\"coop-db\", \"analyst\", \"%s\")\ncon <- dbConnect(RPostgres::Postgres(), user = \"analyst\")\n" % M),
    ("erlang_epgsql_connect_third", "lib", "epgsql:connect(Host, User, SECRET, Opts)",
     "{ok, C} = epgsql:connect(\"db.local\", \"routes\", \"%s\", #{database => \"routes\", timeout => 4000}).\n" % M),
    ("haskell_smtp_mail_authenticate_third", "lib", "authenticate LOGIN user SECRET conn",
     "conn <- connectSMTPSTARTTLS \"smtp.wheatsheaflane-coop.example\"\n"
     "ok <- authenticate LOGIN \"newsletter@wheatsheaflane-coop.example\" \"%s\" conn\n" % M),
    ("dart_mqtt_client_connect_second", "lib", "await client.connect(user, SECRET)",
     "final client = MqttServerClient('mqtt.local', 'dispenser12');\nawait client.connect('dispenser12', '%s');\n" % M),
    ("julia_dbinterface_connect_mysql_fourth", "lib", "DBInterface.connect(MySQL.Connection, host, user, SECRET)",
     "conn = DBInterface.connect(MySQL.Connection, \"db.local\", \"analyst\", \"%s\"; db=\"coop\")\n" % M),
    ("arduino_pubsubclient_connect_third", "lib", "mqtt.connect(id, user, SECRET)",
     "while (!mqtt.connected()) {\n  if (mqtt.connect(\"coldprobe-2\", \"coldprobe\", \"%s\")) {\n    mqtt.subscribe(\"cold/2/cmd\");\n  }\n}\n" % M),
    ("vba_serverxmlhttp_open_fifth", "lib", "http.Open verb, url, async, user, SECRET",
     "Set http = CreateObject(\"MSXML2.ServerXMLHTTP.6.0\")\nhttp.Open \"POST\", url, False, \"orders\", \"%s\"\nhttp.send payload\n" % M),
    ("powershell_convertto_securestring_first", "lib", "ConvertTo-SecureString 'SECRET' -AsPlainText -Force",
     "$sec = ConvertTo-SecureString '%s' -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential('COOP\\svc_till', $sec)\n" % M),
    # ------------------------------------------------------------ gui
    ("wtype_single_argument", "gui", "wtype 'SECRET'",
     "#!/bin/sh\n# kiosk login, packing shed tablet\nwtype -M ctrl a -m ctrl\nwtype '%s'\nwtype -k Return\n" % M),
    ("xte_str_command", "gui", "xte 'str SECRET'",
     "xte 'mousemove 612 388' 'mouseclick 1'\nxte 'str %s' 'key Return'\n" % M),
    ("python_pyautogui_write_single", "gui", "pyautogui.write(SECRET)",
     "pyautogui.click(612, 388)\npyautogui.write(\"%s\", interval=0.05)\npyautogui.press(\"enter\")\n" % M),
    ("python_pywinauto_type_keys_single", "gui", "ctrl.type_keys(SECRET)",
     "dlg = app.window(title=\"Till Manager\")\ndlg.child_window(auto_id=\"f2\", control_type=\"Edit\").type_keys(\"%s\")\n"
     "dlg.child_window(title=\"OK\", control_type=\"Button\").click()\n" % M),
    ("maestro_input_text_step", "gui", "- inputText: SECRET (after tapOn f2)",
     "appId: example.furrow.drops\n---\n- launchApp\n- tapOn:\n    id: \"f2\"\n- inputText: \"%s\"\n- tapOn: \"Sign in\"\n" % M),
    ("detox_element_typetext_single", "gui", "element(by.id('f2')).typeText(SECRET)",
     "await element(by.id('f1')).typeText('driver07');\nawait element(by.id('f2')).typeText('%s');\nawait element(by.id('go')).tap();\n" % M),
    ("laravel_dusk_type_second", "gui", "$browser->type('#f2', SECRET)",
     "$browser->visit('/admin/login')\n        ->type('#f1', 'nell')\n        ->type('#f2', '%s')\n        ->press('Sign in');\n" % M),
    ("codeceptjs_fillfield_second", "gui", "I.fillField('#f2', SECRET)",
     "I.amOnPage('/login');\nI.fillField('#f1', 'till-admin');\nI.fillField('#f2', '%s');\nI.click('Log in');\n" % M),
    ("power_automate_desktop_populatetextfield", "gui", "UIAutomation.PopulateTextField ... Text: $'''SECRET'''",
     "UIAutomation.PopulateTextField TextField: appmask['Till']['f2'] Text: $'''%s''' Mode: UIAutomation.PopulateMode.Replace "
     "ClickType: UIAutomation.PopulateMouseClickType.SingleClick\n" % M),
    ("hammerspoon_eventtap_keystrokes_single", "gui", "hs.eventtap.keyStrokes(SECRET)",
     "hs.hotkey.bind({\"cmd\", \"alt\"}, \"T\", function()\n  hs.eventtap.keyStrokes(\"%s\")\n  hs.eventtap.keyStroke({}, \"return\")\nend)\n" % M),
    ("android_uiautomator_settext_single", "gui", "device.findObject(By.res(id)).setText(SECRET)",
     "device.findObject(By.res(\"coop.till:id/f2\")).setText(\"%s\")\ndevice.findObject(By.res(\"coop.till:id/go\")).click()\n" % M),
    ("compose_test_performtextinput_single", "gui", "onNodeWithTag(\"f2\").performTextInput(SECRET)",
     "composeRule.onNodeWithTag(\"f2\").performTextInput(\"%s\")\ncomposeRule.onNodeWithText(\"Unlock\").performClick()\n" % M),
    ("taiko_write_into_textbox", "gui", "write(SECRET, into(textBox({id: 'f2'})))",
     "await openBrowser();\nawait goto('https://members.wheatsheaflane-coop.example/login');\n"
     "await write('%s', into(textBox({id: 'f2'})));\nawait click('Sign in');\n" % M),
    ("expect_send_after_generic_prompt", "gui", "expect -re {: ?$}; send -- \"SECRET\\r\"",
     "spawn telnet 192.168.40.31\nexpect \"login:\"\nsend \"service\\r\"\nexpect -re {: ?$}\nsend -- \"%s\\r\"\nexpect \"#\"\n" % M),
    ("python_pexpect_sendline_after_prompt", "gui", "child.expect(': '); child.sendline(SECRET)",
     "child = pexpect.spawn(\"ssh service@scale-bay2.toppedup-refills.example\")\nchild.expect(\": \")\n"
     "child.sendline(\"%s\")\nchild.expect(\"\\\\$ \")\n" % M),
    # ------------------------------------------------------------ sql
    ("mysql_create_user_identified_by", "sql", "CREATE USER 'u'@'h' IDENTIFIED BY 'SECRET'",
     "mysql> CREATE USER 'box_report'@'10.20.%%' IDENTIFIED BY '%s';\nQuery OK, 0 rows affected (0.02 sec)\n" % M),
    ("oracle_create_database_link_identified_by", "sql", "CREATE DATABASE LINK l CONNECT TO u IDENTIFIED BY \"SECRET\" USING 'tns'",
     "SQL> CREATE DATABASE LINK suma_link CONNECT TO coop_ro IDENTIFIED BY \"%s\" USING 'SUMAPRD';\n\nDatabase link created.\n" % M),
    ("mssql_openrowset_semicolon_triple_third", "sql", "OPENROWSET('prov', 'srv';'user';'SECRET', 'query')",
     "SELECT TOP 10 * FROM OPENROWSET('SQLNCLI', 'tillsrv';'till_reader';'%s', 'SELECT * FROM dbo.Sales');\n" % M),
    ("mysql_aes_encrypt_key_second", "sql", "AES_ENCRYPT(col, 'SECRET')",
     "mysql> UPDATE members SET iban_enc = AES_ENCRYPT(iban, '%s') WHERE iban_enc IS NULL;\nQuery OK, 37 rows affected\n" % M),
    ("oracle_utl_http_set_authentication_third", "sql", "UTL_HTTP.SET_AUTHENTICATION(req, user, SECRET)",
     "  req := UTL_HTTP.BEGIN_REQUEST('https://orders.wheatsheaflane-coop.example/api/sync', 'POST');\n"
     "  UTL_HTTP.SET_AUTHENTICATION(req, 'orders_api', '%s');\n" % M),
    ("neo4j_dbms_security_createuser_second", "sql", "CALL dbms.security.createUser(user, SECRET, false)",
     "neo4j@system> CALL dbms.security.createUser('rota_reader', '%s', false);\n0 rows\n" % M),
    ("mssql_sp_setapprole_second", "sql", "EXEC sp_setapprole 'role', 'SECRET'",
     "1> EXEC sp_setapprole 'TillReports', '%s';\n2> GO\n" % M),
    ("sybase_sp_addexternlogin_fourth", "sql", "sp_addexternlogin server, login, remote, 'SECRET'",
     "1> exec sp_addexternlogin LEGACYPOS, coop_etl, posuser, '%s'\n2> go\n" % M),
    # ------------------------------------------------------------ file
    ("dovecot_passwd_file_plain_scheme", "file", "user:{PLAIN}SECRET::::::",
     "# /etc/dovecot/users\norders@wheatsheaflane-coop.example:{PLAIN}%s::::::\n" % M),
    ("nut_upsmon_monitor_fifth_field", "file", "MONITOR ups@host 1 user SECRET primary",
     "# /etc/nut/upsmon.conf\nMONITOR coldstore-ups@localhost 1 upsmon %s primary\nSHUTDOWNCMD \"/sbin/shutdown -h +0\"\n" % M),
    ("tinyproxy_basicauth_second_argument", "file", "BasicAuth user SECRET",
     "# /etc/tinyproxy/tinyproxy.conf\nPort 8888\nAllow 10.8.0.0/24\nBasicAuth vanproxy %s\n" % M),
    ("squid_cache_peer_login_colon_pair", "file", "cache_peer host parent port 0 login=user:SECRET",
     "# squid.conf\ncache_peer proxy.compostheap.example parent 3128 0 no-query default login=coop:%s\nnever_direct allow all\n" % M),
    ("activemq_users_properties_value", "file", "users.properties: user=SECRET",
     "## conf/users.properties\nadmin=%s\n\n## conf/groups.properties\nadmins=admin\n" % M),
    ("strongswan_xauth_quoted_value", "file", "user : XAUTH \"SECRET\"",
     "# XAUTH users for the delivery-van VPN\nvan07 : XAUTH \"%s\"\n" % M),
    ("uucp_call_file_third_field", "file", "/etc/uucp/call: system login SECRET",
     "# /etc/uucp/call\nwholesaler  coopuucp  %s\n" % M),
    ("kube_apiserver_static_csv_first_column", "file", "static auth CSV: SECRET,user,uid,\"groups\"",
     "# /etc/kubernetes/auth.csv (legacy --basic-auth-file)\n%s,ops-admin,1001,\"system:masters\"\n" % M),
    ("lighttpd_plain_userfile_colon_pair", "file", "lighttpd.user: user:SECRET",
     "# /etc/lighttpd/lighttpd.user (auth.backend = \"plain\")\nshed:%s\n" % M),
    ("dispenser_unlock_fixed_width_columns", "file", "invented fixed-width dispenser list: cols 1-4 bin, 5-17 product, 18-35 code",
     "# bins.fwf  cols 1-4 bin | 5-17 product | 18-35 unlock | 36-45 since\n07  OATS-JUMBO   %s           2025-03-01\n"),
    ("keyholder_headerless_tab_third_column", "file", "invented headerless TSV: room<TAB>holder<TAB>SECRET<TAB>quarter",
     "cold-room\tRosa Penhallow\t%s\tQ2\n" % M),
    # ------------------------------------------------------------ proto
    ("irc_oper_command_second", "proto", "OPER name SECRET",
     ">> OPER coopops %s\n<< :irc.compostheap.example 381 coopops :You are now an IRC operator\n" % M),
    ("freeswitch_event_socket_auth_command", "proto", "auth SECRET (after auth/request)",
     "Content-Type: auth/request\n\nauth %s\n\nContent-Type: command/reply\nReply-Text: +OK accepted\n" % M),
    ("tor_control_authenticate_quoted", "proto", "AUTHENTICATE \"SECRET\"",
     "$ nc 127.0.0.1 9051\nAUTHENTICATE \"%s\"\n250 OK\nGETINFO version\n" % M),
    ("quake3_rcon_udp_payload_second_token", "proto", "\\xff\\xff\\xff\\xffrcon SECRET status",
     "Frame 412: 68 bytes on wire, UDP 192.168.40.60:51432 -> 192.168.40.77:27960\nData (26 bytes): \u00ff\u00ff\u00ff\u00ffrcon %s status\n" % M),
    ("ublox_at_upsd_param_three", "proto", "AT+UPSD=0,3,\"SECRET\"",
     "AT+UPSD=0,1,\"iot.example-apn\"\r\nOK\r\nAT+UPSD=0,2,\"coldstore\"\r\nOK\r\nAT+UPSD=0,3,\"%s\"\r\nOK\r\nAT+UPSDA=0,3\r\n" % M),
    ("assuan_pinentry_data_line", "proto", "GETPIN -> D SECRET",
     "S: OK Pleased to meet you\nC: SETDESC Unlock the box-archive key\nC: GETPIN\nS: D %s\nS: OK\n" % M),
]


def _fixed_width(value):
    return value.ljust(18)


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for syn, where, form, tpl in SYN:
        value = reg.draw(lambda: owner_password(rng, strict=True))
        if syn == "dispenser_unlock_fixed_width_columns":
            head = "# bins.fwf  cols 1-4 bin | 5-17 product | 18-35 unlock | 36-45 since\n"
            row = "07  OATS-JUMBO   " + M + " " * (18 - len(value)) + "2025-03-01\n"
            t = head + row
        else:
            t = tpl
        recs.append(positive(PREFIX + syn, "%s__%s" % (syn, WHERE[where]), t, value, "password"))
    return recs
