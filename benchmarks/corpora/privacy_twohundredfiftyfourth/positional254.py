"""Positional passwords: the value is a password but no key name says so."""
import random

import common254 as C
import world254 as W

SEED = 25403
M = '\u27e6V\u27e7'
PREFIX = 'knpw_'
WHERE = {
    'cli': 'sharpening_ops_terminal',
    'stdin': 'repairs_shell_pipe',
    'lib': 'forgeline_code_excerpt',
    'gui': 'booking_ui_automation',
    'file': 'workshop_server_config',
    'sql': 'jobs_db_console',
    'proto': 'van_network_capture',
}
SYNTAXES = []


def syn(name, where, form, maxlen=None):
    def deco(fn):
        SYNTAXES.append({'name': name, 'where': where, 'form': form, 'render': fn, 'maxlen': maxlen})
        return fn
    return deco


def h(rng, firm=None):
    return W.host(rng, firm)


# ---------------------------------------------------------------- cli
@syn('sevenzip_glued_lower_p_archive', 'cli', '7z a -pSECRET -mhe=on archive.7z files')
def _(rng):
    return 'ops@forge-nuc:~$ 7z a -p%s -mhe=on knife-photos-2025.7z ./photos/\n\n7-Zip 23.01 (x64)\nScanning the drive:\n%d files, %d bytes\nEverything is Ok\n' % (M, rng.randrange(80, 400), rng.randrange(10 ** 7, 10 ** 9))


@syn('veracrypt_text_mount_lower_p_flag', 'cli', 'veracrypt --text --mount vol.hc /mnt -p SECRET --pim 0')
def _(rng):
    return 'engrave@engrave-pc:~$ veracrypt --text --mount /srv/engrave/designs.hc /mnt/designs -p %s --pim 0 --keyfiles "" --protect-hidden no\n' % M


@syn('unixodbc_isql_third_positional', 'cli', 'isql -v DSN user SECRET')
def _(rng):
    return 'bw@odoo-01:~$ isql -v odoo_reports odoo_ro %s\n+---------------------------------------+\n| Connected!                            |\n+---------------------------------------+\nSQL> \n' % M


@syn('vertica_vsql_lower_w_flag', 'cli', 'vsql -h host -U user -w SECRET -d db')
def _(rng):
    return 'analytics@bi-01:~$ vsql -h %s -U dbadmin -w %s -d parts_analytics -c "SELECT count(*) FROM visits;"\n count\n-------\n %d\n(1 row)\n' % (W.ip(rng), M, rng.randrange(1000, 9999))


@syn('lynx_dump_auth_colon_pair', 'cli', 'lynx -dump -auth=user:SECRET url')
def _(rng):
    return 'pi@kilnpi:~ $ lynx -dump -auth=admin:%s http://%s/status.html | head\n   Kiln 2   Programme: 1080C austenitise\n   Segment 3 of 5   Temp 1042 C\n' % (M, W.ip(rng))


@syn('openssl_enc_lower_k_flag', 'cli', 'openssl enc -aes-256-cbc -pbkdf2 -in f -out f.enc -k SECRET')
def _(rng):
    return 'elspeth@office-mac ~ % openssl enc -aes-256-cbc -pbkdf2 -salt -in trade-price-list.xlsx -out trade-price-list.xlsx.enc -k ' + M + '\n'


@syn('ccrypt_capital_k_flag', 'cli', 'ccrypt -e -K SECRET file')
def _(rng):
    return 'ops@forge-nuc:~$ ccrypt -e -K %s customers-export-%d.csv\nops@forge-nuc:~$ ls customers-export-*\ncustomers-export-%d.csv.cpt\n' % (M, rng.randrange(100, 999), rng.randrange(100, 999))


@syn('oracle_mkstore_create_credential_third', 'cli', 'mkstore -wrl dir -createCredential alias user SECRET')
def _(rng):
    return '[oracle@jobsdb ~]$ mkstore -wrl /u01/app/oracle/wallet -createCredential JOBSDB jobs_app %s\n' % M


@syn('mit_kadmin_lower_w_flag', 'cli', 'kadmin -p principal -w SECRET -q query')
def _(rng):
    return 'root@kdc:~# kadmin -p ops/admin@BRIGHTWATER-CATEQ.EXAMPLE -w %s -q "listprincs engineer*"\nAuthenticating as principal ops/admin@BRIGHTWATER-CATEQ.EXAMPLE\n' % M


@syn('signtool_slash_p_pfx_flag', 'cli', 'signtool sign /f cert.pfx /p SECRET /fd SHA256 file.exe')
def _(rng):
    return 'C:\\build>signtool sign /f C:\\certs\\hallamshire-codesign.pfx /p %s /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 EngraveAgent.exe\nDone Adding Additional Store\nSuccessfully signed: EngraveAgent.exe\n' % M


@syn('macos_security_unlock_keychain_lower_p', 'cli', 'security unlock-keychain -p SECRET keychain')
def _(rng):
    return 'ci@mac-mini ~ %% security unlock-keychain -p %s ~/Library/Keychains/build.keychain-db\nci@mac-mini ~ %% xcodebuild -scheme StallTill archive\n' % M


@syn('net_snmp_snmpwalk_lower_c_community', 'cli', 'snmpwalk -v2c -c SECRET host oid')
def _(rng):
    return 'ops@forge-nuc:~$ snmpwalk -v2c -c %s %s 1.3.6.1.2.1.1\nSNMPv2-MIB::sysDescr.0 = STRING: RouterOS CRS112\n' % (M, W.ip(rng))


@syn('freeradius_radtest_second_positional', 'cli', 'radtest user SECRET server nas-port shared')
def _(rng):
    return 'root@radius:~# radtest -t pap kofi.mensah %s 127.0.0.1 0 "$RADIUS_SHARED"\nSent Access-Request Id 214 from 0.0.0.0:41211 to 127.0.0.1:1812 length 81\nReceived Access-Accept Id 214\n' % M


@syn('espota_lower_a_flag_ota_upload', 'cli', 'espota.py -i ip -p port -a SECRET -f firmware.bin')
def _(rng):
    ip = W.ip(rng)
    return 'yuki@dev:~/locker-fw$ python3 ~/.platformio/packages/framework-arduinoespressif32/tools/espota.py -i %s -p 3232 -a %s -f .pio/build/locker/firmware.bin\nSending invitation to %s\nUploading: [============================================================] 100%% Done...\n' % (ip, M, ip)


@syn('micropython_webrepl_cli_lower_p_flag', 'cli', 'webrepl_cli.py -p SECRET local host:remote')
def _(rng):
    ip = W.ip(rng)
    return 'yuki@dev:~/probe$ python webrepl_cli.py -p %s main.py %s:/main.py\nop:put, host=%s, port=8266\nRemote WebREPL version: (1, 22, 0)\nSent 2148 of 2148 bytes\n' % (M, ip, ip)


@syn('mssql_sqlcmd_capital_p_after_capital_u', 'cli', 'sqlcmd -S host -U user -P SECRET -d db -Q query')
def _(rng):
    return 'PS C:\\reports> sqlcmd -S tcp:%s,1433 -U bw_reports -P %s -d Jobs -Q "SELECT COUNT(*) FROM dbo.Visits WHERE Closed = 1"\n\n-----------\n       %d\n' % (W.ip(rng), M, rng.randrange(100, 9000))


@syn('sap_hdbuserstore_set_fourth_positional', 'cli', 'hdbuserstore SET key host:port user SECRET')
def _(rng):
    return 'bwadm@hana01:/usr/sap> hdbuserstore SET BWETL hana01.brightwater-cateq.example:30015 BW_ETL %s\nbwadm@hana01:/usr/sap> hdbuserstore LIST BWETL\n' % M


@syn('ncftpput_lower_p_after_lower_u', 'cli', 'ncftpput -u user -p SECRET host dir file')
def _(rng):
    return 'ops@forge-nuc:~$ ncftpput -u engraving -p %s %s /incoming job-%d.svg\njob-%d.svg: 48.20 kB 1.21 MB/s\n' % (M, W.ip(rng), rng.randrange(1000, 9999), rng.randrange(1000, 9999))


@syn('ncat_proxy_auth_colon_pair', 'cli', 'ncat --proxy host:port --proxy-type http --proxy-auth user:SECRET target port')
def _(rng):
    return 'dmitri@eng-laptop:~$ ncat --proxy %s:3128 --proxy-type http --proxy-auth engineer:%s %s 8080\n' % (W.ip(rng), M, W.ip(rng))


@syn('zookeeper_zkcli_addauth_digest_pair', 'cli', 'zkCli.sh ... addauth digest user:SECRET')
def _(rng):
    return '[zk: %s:2181(CONNECTED) 0] addauth digest partsync:%s\n[zk: %s:2181(CONNECTED) 1] ls /parts/config\n[catalogue, pricing]\n' % (W.ip(rng), M, W.ip(rng))


@syn('synapse_register_new_matrix_user_lower_p', 'cli', 'register_new_matrix_user -u name -p SECRET -c homeserver.yaml')
def _(rng):
    return 'root@chat:~# register_new_matrix_user -u vanbot -p %s --no-admin -c /etc/matrix-synapse/homeserver.yaml http://localhost:8008\nSending registration request...\nSuccess!\n' % M


@syn('prosodyctl_register_third_positional', 'cli', 'prosodyctl register user host SECRET')
def _(rng):
    return 'root@xmpp:~# prosodyctl register van4 vans.keenedge-sharpening.example %s\nroot@xmpp:~# prosodyctl check connectivity\n' % M


@syn('swaks_ap_short_option', 'cli', 'swaks --to x --server host -au user -ap SECRET')
def _(rng):
    return 'ops@forge-nuc:~$ swaks --to %s --server smtp.%s:587 -tls -au notifications -ap %s\n=== Trying smtp.%s:587...\n' % (W.email(rng), W.FIRMS['forgeline']['domain'], M, W.FIRMS['forgeline']['domain'])


@syn('sendemail_perl_xp_option', 'cli', 'sendEmail -f from -t to -s host -xu user -xp SECRET')
def _(rng):
    return 'pi@kilnpi:~ $ sendEmail -f kiln@%s -t %s -u "Kiln 2 finished" -m "cycle done" -s smtp.%s:587 -xu kiln -xp %s\nDec 07 06:01:22 kilnpi sendEmail[2211]: Email was sent successfully!\n' % (W.FIRMS['hallamshire']['domain'], W.email(rng, 'hallamshire'), W.FIRMS['forgeline']['domain'], M)


# ---------------------------------------------------------------- stdin
@syn('cryptsetup_luksopen_key_file_dash', 'stdin', 'echo -n SECRET | cryptsetup luksOpen --key-file=- dev name')
def _(rng):
    return 'root@van3-tablet:~# echo -n %s | cryptsetup luksOpen --key-file=- /dev/mmcblk0p3 jobs\nroot@van3-tablet:~# mount /dev/mapper/jobs /srv/jobs\n' % M


@syn('zfs_load_key_stdin_pipe', 'stdin', 'echo SECRET | zfs load-key pool/dataset')
def _(rng):
    return 'root@nas:~# echo %s | zfs load-key tank/customers\nroot@nas:~# zfs mount tank/customers\n' % M


@syn('gnome_keyring_daemon_unlock_stdin', 'stdin', 'echo -n SECRET | gnome-keyring-daemon --unlock')
def _(rng):
    return 'kofi@van2:~$ echo -n %s | gnome-keyring-daemon --unlock\nSSH_AUTH_SOCK=/run/user/1000/keyring/ssh\n' % M


@syn('ftp_n_heredoc_user_line', 'stdin', 'ftp -n host <<EOF / user name SECRET / put file / EOF')
def _(rng):
    return 'ops@forge-nuc:~$ ftp -n %s <<EOF\nuser grinder %s\nbinary\nput recipe-%d.nc\nbye\nEOF\n226 Transfer complete.\n' % (W.ip(rng), M, rng.randrange(100, 999))


@syn('gocryptfs_mount_stdin_pipe', 'stdin', 'echo SECRET | gocryptfs cipherdir mountpoint')
def _(rng):
    return 'priya@dev:~$ echo %s | gocryptfs ~/.shop-backups.enc ~/shop-backups\nDecrypting master key\nFilesystem mounted and ready.\n' % M


@syn('minicom_runscript_send_after_login', 'stdin', 'minicom -S script: expect "login:" send user expect ":" send SECRET')
def _(rng):
    return ('# oven-console.runscript  (minicom -D /dev/ttyUSB0 -S oven-console.runscript)\n'
            'expect {\n  "login:"\n}\nsend service\nexpect {\n  ":"\n}\nsend %s\nexpect {\n  "#"\n}\nsend "fw --version"\n') % M


# ---------------------------------------------------------------- lib
@syn('python_redis_ctor_fourth_positional', 'lib', 'redis.Redis(host, port, db, SECRET)')
def _(rng):
    return 'import redis\n\nqueue = redis.Redis("%s", 6379, 2, "%s")\nqueue.lpush("locker-events", payload)\n' % (W.ip(rng), M)


@syn('python_zipfile_extractall_third_positional', 'lib', 'ZipFile(path).extractall(dir, None, b"SECRET")')
def _(rng):
    return 'import zipfile\n\nwith zipfile.ZipFile("supplier-spares-%d.zip") as zf:\n    zf.extractall("incoming/", None, b"%s")\n' % (rng.randrange(2020, 2026), M)


@syn('python_smtplib_login_second', 'lib', 'smtp.login(user, SECRET)')
def _(rng):
    return 'import smtplib\n\nwith smtplib.SMTP("smtp.%s", 587) as smtp:\n    smtp.starttls()\n    smtp.login("jobs@%s", "%s")\n    smtp.send_message(msg)\n' % (W.FIRMS['forgeline']['domain'], W.FIRMS['brightwater']['domain'], M)


@syn('python_exchangelib_credentials_second', 'lib', 'Credentials(user, SECRET)')
def _(rng):
    return 'from exchangelib import Account, Credentials, DELEGATE\n\ncreds = Credentials("dispatch@%s", "%s")\nacct = Account("dispatch@%s", credentials=creds, autodiscover=True, access_type=DELEGATE)\n' % (W.FIRMS['brightwater']['domain'], M, W.FIRMS['brightwater']['domain'])


@syn('python_pyftpdlib_add_user_second', 'lib', 'authorizer.add_user(user, SECRET, homedir, perm=...)')
def _(rng):
    return 'from pyftpdlib.authorizers import DummyAuthorizer\n\nauthorizer = DummyAuthorizer()\nauthorizer.add_user("grinder", "%s", "/srv/recipes", perm="elradfmw")\n' % M


@syn('python_jenkins_ctor_third_positional', 'lib', 'jenkins.Jenkins(url, user, SECRET)')
def _(rng):
    return 'import jenkins\n\nserver = jenkins.Jenkins("https://ci.%s", "deploybot", "%s")\nserver.build_job("portal-deploy")\n' % (W.FIRMS['forgeline']['domain'], M)


@syn('python_pyzabbix_login_second', 'lib', 'ZabbixAPI(url).login(user, SECRET)')
def _(rng):
    return 'from pyzabbix import ZabbixAPI\n\nzapi = ZabbixAPI("https://monitor.%s")\nzapi.login("api-reader", "%s")\n' % (W.FIRMS['forgeline']['domain'], M)


@syn('python_napalm_driver_third_positional', 'lib', 'driver(hostname, username, SECRET)')
def _(rng):
    return 'from napalm import get_network_driver\n\ndriver = get_network_driver("ios")\nwith driver("%s", "netops", "%s") as dev:\n    print(dev.get_facts()["hostname"])\n' % (W.ip(rng), M)


@syn('python_jaydebeapi_driver_args_list', 'lib', 'jaydebeapi.connect(class, url, [user, SECRET], jars)')
def _(rng):
    return 'import jaydebeapi\n\nconn = jaydebeapi.connect("org.h2.Driver", "jdbc:h2:tcp://%s/~/parts", ["sa", "%s"], "/opt/h2/h2.jar")\n' % (W.ip(rng), M)


@syn('python_pysnmp_usmuserdata_second', 'lib', 'UsmUserData(user, SECRET, ...)')
def _(rng):
    return 'from pysnmp.hlapi import UsmUserData, usmHMACSHAAuthProtocol\n\nuser = UsmUserData("monitor", "%s", authProtocol=usmHMACSHAAuthProtocol)\n' % M


@syn('jython_wlst_connect_second', 'lib', "connect('user', 'SECRET', 't3://host:7001')")
def _(rng):
    return "# deploy_jobs.py  (run with wlst.sh)\nconnect('weblogic', '%s', 't3://%s:7001')\nedit()\nstartEdit()\n" % (M, W.ip(rng))


@syn('node_jsforce_login_second', 'lib', 'conn.login(user, SECRET)')
def _(rng):
    return "const jsforce = require('jsforce');\nconst conn = new jsforce.Connection({ loginUrl: 'https://login.salesforce.com' });\nawait conn.login('integration@%s', '%s');\n" % (W.FIRMS['brightwater']['domain'], M)


@syn('java_mongocredential_create_third', 'lib', 'MongoCredential.createCredential(user, db, "SECRET".toCharArray())')
def _(rng):
    return 'MongoCredential cred = MongoCredential.createCredential("jobs_rw", "admin", "%s".toCharArray());\nMongoClientSettings settings = MongoClientSettings.builder().credential(cred).build();\n' % M


@syn('java_zip4j_zipfile_ctor_second', 'lib', 'new ZipFile(path, "SECRET".toCharArray())')
def _(rng):
    return 'try (ZipFile zip = new ZipFile("manuals/combi-service-%d.zip", "%s".toCharArray())) {\n    zip.extractAll("manuals/extracted");\n}\n' % (rng.randrange(10, 99), M)


@syn('java_pdfbox_loader_loadpdf_second', 'lib', 'Loader.loadPDF(file, "SECRET")')
def _(rng):
    return 'try (PDDocument doc = Loader.loadPDF(new File("wiring-diagram.pdf"), "%s")) {\n    System.out.println(doc.getNumberOfPages());\n}\n' % M


@syn('csharp_principalcontext_validatecredentials_second', 'lib', 'ctx.ValidateCredentials(user, SECRET)')
def _(rng):
    return 'using var ctx = new PrincipalContext(ContextType.Domain, "BRIGHTWATER");\nbool ok = ctx.ValidateCredentials("svc-jobs", "%s");\n' % M


@syn('csharp_mqttnet_withcredentials_second', 'lib', 'new MqttClientOptionsBuilder().WithCredentials(user, SECRET)')
def _(rng):
    return 'var options = new MqttClientOptionsBuilder()\n    .WithTcpServer("%s", 8883)\n    .WithCredentials("locker-sched", "%s")\n    .Build();\n' % (W.ip(rng), M)


@syn('csharp_epplus_excelpackage_second', 'lib', 'new ExcelPackage(fileInfo, "SECRET")')
def _(rng):
    return 'using var package = new ExcelPackage(new FileInfo(@"\\\\nas\\office\\van-costs.xlsx"), "%s");\nvar sheet = package.Workbook.Worksheets["Fuel"];\n' % M


@syn('go_net_smtp_plainauth_third', 'lib', 'smtp.PlainAuth("", user, SECRET, host)')
def _(rng):
    return 'auth := smtp.PlainAuth("", "parts-sync@%s", "%s", "smtp.%s")\nerr := smtp.SendMail("smtp.%s:587", auth, from, to, msg)\n' % (W.FIRMS['brightwater']['domain'], M, W.FIRMS['forgeline']['domain'], W.FIRMS['forgeline']['domain'])


@syn('php_ziparchive_setencryptionname_third', 'lib', "$zip->setEncryptionName(name, ZipArchive::EM_AES_256, 'SECRET')")
def _(rng):
    return "$zip = new ZipArchive();\n$zip->open('invoices.zip', ZipArchive::CREATE);\n$zip->addFile('invoice-%d.pdf');\n$zip->setEncryptionName('invoice-%d.pdf', ZipArchive::EM_AES_256, '%s');\n$zip->close();\n" % (rng.randrange(1000, 9999), rng.randrange(1000, 9999), M)


@syn('php_ssh2_auth_pubkey_file_fifth', 'lib', 'ssh2_auth_pubkey_file($c, user, pub, priv, SECRET)')
def _(rng):
    return "$c = ssh2_connect('%s', 22);\nssh2_auth_pubkey_file($c, 'deploy', '/home/deploy/.ssh/id_rsa.pub', '/home/deploy/.ssh/id_rsa', '%s');\n" % (W.ip(rng), M)


@syn('perl_net_pop3_login_second', 'lib', '$pop->login(user, SECRET)')
def _(rng):
    return "use Net::POP3;\nmy $pop = Net::POP3->new('mail.%s', Timeout => 30);\nmy $n = $pop->login('orders', '%s');\n" % (W.FIRMS['hallamshire']['domain'], M)


@syn('ruby_net_smtp_start_fifth', 'lib', "Net::SMTP.start(host, port, helo, user, 'SECRET', :login)")
def _(rng):
    return "Net::SMTP.start('smtp.%s', 587, 'keenedge-sharpening.example', 'bookings', '%s', :login) do |smtp|\n  smtp.send_message(msg, from, to)\nend\n" % (W.FIRMS['forgeline']['domain'], M)


@syn('lua_luasql_env_connect_third', 'lib', 'env:connect(db, user, SECRET, host)')
def _(rng):
    return 'local driver = require "luasql.mysql"\nlocal env = driver.mysql()\nlocal con = env:connect("lockers", "lockerapp", "%s", "%s")\n' % (M, W.ip(rng))


@syn('c_mysql_real_connect_fourth', 'lib', 'mysql_real_connect(conn, host, user, SECRET, db, port, NULL, 0)')
def _(rng):
    return 'if (!mysql_real_connect(conn, "%s", "grinder", "%s", "telemetry", 3306, NULL, 0)) {\n    fprintf(stderr, "%%s\\n", mysql_error(conn));\n}\n' % (W.ip(rng), M)


@syn('c_win32_wnetaddconnection2_second', 'lib', 'WNetAddConnection2(&nr, L"SECRET", L"user", 0)')
def _(rng):
    return 'NETRESOURCEW nr = {0};\nnr.dwType = RESOURCETYPE_DISK;\nnr.lpRemoteName = L"\\\\\\\\nas\\\\engrave";\nDWORD rc = WNetAddConnection2W(&nr, L"%s", L"HALLAMSHIRE\\\\engrave", 0);\n' % M


@syn('c_win32_createprocesswithlogonw_third', 'lib', 'CreateProcessWithLogonW(user, domain, SECRET, ...)')
def _(rng):
    return 'CreateProcessWithLogonW(L"svc-engrave", L"HALLAMSHIRE", L"%s", LOGON_WITH_PROFILE,\n    L"C:\\\\Tools\\\\engrave-agent.exe", NULL, 0, NULL, NULL, &si, &pi);\n' % M


@syn('c_wininet_internetconnect_fifth', 'lib', 'InternetConnect(hNet, host, port, user, SECRET, INTERNET_SERVICE_FTP, 0, 0)')
def _(rng):
    return 'HINTERNET hFtp = InternetConnectA(hNet, "%s", INTERNET_DEFAULT_FTP_PORT,\n    "grinder", "%s", INTERNET_SERVICE_FTP, 0, 0);\n' % (W.ip(rng), M)


@syn('cpp_qt_qsqldatabase_open_second', 'lib', 'db.open(user, SECRET)')
def _(rng):
    return 'QSqlDatabase db = QSqlDatabase::addDatabase("QPSQL");\ndb.setHostName("%s");\ndb.setDatabaseName("jobs");\nif (!db.open("hmi", "%s"))\n    qWarning() << db.lastError().text();\n' % (W.ip(rng), M)


@syn('arduino_esp_webserver_authenticate_second', 'lib', 'server.authenticate(user, SECRET)')
def _(rng):
    return 'server.on("/unlock", []() {\n  if (!server.authenticate("locker", "%s")) {\n    return server.requestAuthentication();\n  }\n  openDoor(server.arg("door").toInt());\n});\n' % M


@syn('autoit_runas_third_positional', 'lib', 'RunAs(user, domain, SECRET, flag, program)')
def _(rng):
    return 'RunAs("engrave-admin", "HALLAMSHIRE", "%s", 0, "C:\\Program Files\\LightBurn\\LightBurn.exe")\n' % M


@syn('vbscript_wmi_connectserver_fourth', 'lib', 'locator.ConnectServer(host, ns, user, SECRET)')
def _(rng):
    return 'Set locator = CreateObject("WbemScripting.SWbemLocator")\nSet svc = locator.ConnectServer("%s", "root\\cimv2", "HALLAMSHIRE\\inventory", "%s")\n' % (W.ip(rng), M)


@syn('matlab_database_toolbox_third', 'lib', "database(datasource, user, 'SECRET')")
def _(rng):
    return "conn = database('GrinderTelemetry', 'analyst', '%s');\ndata = fetch(conn, 'SELECT * FROM wheel_wear');\n" % M


@syn('libreoffice_basic_getconnection_second', 'lib', 'oDataSource.getConnection(user, SECRET)')
def _(rng):
    return 'oContext = CreateUnoService("com.sun.star.sdb.DatabaseContext")\noDataSource = oContext.getByName("VanCosts")\noConn = oDataSource.getConnection("office", "%s")\n' % M


@syn('apps_script_jdbc_getconnection_third', 'lib', 'Jdbc.getConnection(url, user, SECRET)')
def _(rng):
    return "function syncBookings() {\n  var conn = Jdbc.getConnection('jdbc:mysql://%s:3306/bookings', 'sheets', '%s');\n  var stmt = conn.createStatement();\n}\n" % (W.ip(rng), M)


@syn('common_lisp_clsql_connect_spec_fourth', 'lib', "(clsql:connect '(host db user SECRET) :database-type :mysql)")
def _(rng):
    return '(clsql:connect \'("%s" "parts" "lisp" "%s") :database-type :mysql)\n' % (W.ip(rng), M)


@syn('nim_db_mysql_open_third', 'lib', 'open(host, user, SECRET, db)')
def _(rng):
    return 'import db_connector/db_mysql\n\nlet db = open("%s", "nimsync", "%s", "parts")\nfor row in db.fastRows(sql"SELECT sku, qty FROM stock"):\n  echo row\n' % (W.ip(rng), M)


# ---------------------------------------------------------------- gui
@syn('virtualbox_keyboardputstring', 'gui', 'VBoxManage controlvm vm keyboardputstring SECRET')
def _(rng):
    return 'PS C:\\VMs> VBoxManage controlvm "engrave-win7" keyboardputstring "%s"\nPS C:\\VMs> VBoxManage controlvm "engrave-win7" keyboardputscancode 1c 9c\n' % M


@syn('xdotool_type_after_window_focus', 'gui', 'xdotool search --name win windowactivate --sync type SECRET')
def _(rng):
    return 'xdotool search --name "Kiln Controller" windowactivate --sync type --delay 80 "%s"\nxdotool key Return\n' % M


@syn('adb_shell_input_text', 'gui', 'adb shell input text SECRET')
def _(rng):
    return 'dmitri@eng-laptop:~$ adb -s R58N%s shell input tap 540 1210\ndmitri@eng-laptop:~$ adb -s R58N%s shell input text %s\ndmitri@eng-laptop:~$ adb shell input keyevent 66\n' % (C.rand_str(rng, C.UPPER_ALNUM, 6), C.rand_str(rng, C.UPPER_ALNUM, 6), M)


@syn('osascript_system_events_keystroke', 'gui', 'osascript -e tell application "System Events" to keystroke "SECRET"')
def _(rng):
    return 'osascript -e \'tell application "System Events" to keystroke "%s"\' -e \'tell application "System Events" to key code 36\'\n' % M


@syn('autohotkey_sendtext_hotstring', 'gui', '::hotstring::SendText SECRET')
def _(rng):
    return '; engrave-pc.ahk\n#HotIf WinActive("ahk_exe LightBurn.exe")\n::;;lb::\n{\n    SendText "%s"\n    Send "{Enter}"\n}\n' % M


@syn('cypress_get_type_chained', 'gui', "cy.get('#f2').type('SECRET')")
def _(rng):
    return "it('opens the van dashboard', () => {\n  cy.visit('/login')\n  cy.get('#f1').type('van4')\n  cy.get('#f2').type('%s', { log: false })\n  cy.get('form').submit()\n})\n" % M


@syn('testcafe_typetext_second', 'gui', "await t.typeText('#f2', 'SECRET')")
def _(rng):
    return "test('engineer login', async t => {\n    await t\n        .typeText('#f1', 'dvolkov')\n        .typeText('#f2', '%s')\n        .click('#go');\n});\n" % M


@syn('espresso_perform_typetext', 'gui', 'onView(withId(R.id.f2)).perform(typeText("SECRET"))')
def _(rng):
    return 'onView(withId(R.id.f1)).perform(typeText("cbellandi"));\nonView(withId(R.id.f2)).perform(typeText("%s"), closeSoftKeyboard());\nonView(withId(R.id.go)).perform(click());\n' % M


@syn('xcuitest_element_typetext', 'gui', 'app.textFields["f2"].typeText("SECRET")')
def _(rng):
    return 'let app = XCUIApplication()\napp.launch()\napp.textFields["f1"].tap()\napp.textFields["f1"].typeText("stall1")\nlet f2 = app.descendants(matching: .any)["f2"]\nf2.tap()\nf2.typeText("%s")\n' % M


@syn('katalon_webui_settext', 'gui', "WebUI.setText(findTestObject('f2'), 'SECRET')")
def _(rng):
    return "WebUI.openBrowser('https://book.keenedge-sharpening.example/admin')\nWebUI.setText(findTestObject('Login/f1'), 'imogen')\nWebUI.setText(findTestObject('Login/f2'), '%s')\nWebUI.click(findTestObject('Login/go'))\n" % M


@syn('uipath_typeinto_xaml_text_attribute', 'gui', '<ui:TypeInto Text="SECRET" ...>')
def _(rng):
    return '<ui:TypeInto DisplayName="Type Into \'f2\'" Text="%s" DelayBetweenKeys="20">\n  <ui:TypeInto.Target>\n    <ui:Target Selector="&lt;webctrl id=\'f2\' /&gt;" />\n  </ui:TypeInto.Target>\n</ui:TypeInto>\n' % M


@syn('gnu_screen_stuff_command', 'gui', "screen -S name -X stuff 'SECRET^M'")
def _(rng):
    return "ops@forge-nuc:~$ screen -S grinder-console -X stuff 'service^M'\nops@forge-nuc:~$ screen -S grinder-console -X stuff '%s^M'\n" % M


@syn('sikulix_type_after_click', 'gui', 'click(image); type(SECRET)')
def _(rng):
    return 'click("hmi_login_box.png")\ntype("%s" + Key.ENTER)\nwait("recipes_menu.png", 10)\n' % M


@syn('qmk_send_string_macro', 'gui', 'SEND_STRING("SECRET")')
def _(rng):
    return 'bool process_record_user(uint16_t keycode, keyrecord_t *record) {\n    switch (keycode) {\n    case M_HMI:\n        if (record->event.pressed) {\n            SEND_STRING("%s" SS_TAP(X_ENT));\n        }\n        return false;\n    }\n    return true;\n}\n' % M


@syn('squish_type_wait_for_object', 'gui', 'type(waitForObject(":f2"), "SECRET")')
def _(rng):
    return 'def main():\n    startApplication("GrinderHMI")\n    type(waitForObject(":Login.f1_QLineEdit"), "setter")\n    type(waitForObject(":Login.f2_QLineEdit"), "%s")\n    clickButton(waitForObject(":Login.OK_QPushButton"))\n' % M


# ---------------------------------------------------------------- file
@syn('git_credentials_store_line_userinfo', 'file', '~/.git-credentials: https://user:SECRET@host')
def _(rng):
    return '# ~/.git-credentials on the build box\nhttps://deploybot:%s@git.%s\n' % (M, W.FIRMS['forgeline']['domain'])


@syn('openvpn_credentials_file_second_line', 'file', 'two-line credentials file: user / SECRET')
def _(rng):
    return '# /etc/openvpn/client/van%d.txt  (referenced by the van profile)\nvan%d\n%s\n' % (rng.randrange(1, 9), rng.randrange(1, 9), M)


@syn('ntp_keys_third_field', 'file', 'ntp.keys: keyid type key', maxlen=20)
def _(rng):
    return '# /etc/ntp.keys\n#  id  type  key\n   %d   M    %s\n' % (rng.randrange(1, 20), M)


@syn('jetty_realm_properties_colon_roles', 'file', 'realm.properties: user: SECRET,role')
def _(rng):
    return '# etc/realm.properties (parts catalogue admin)\ncatalogue: %s,admin,user\nviewer: OBF:1v2j1uum1xtv1zej1zer1xtn1uvk1v1v,user\n' % M


@syn('asterisk_sip_register_line', 'file', 'register => user:SECRET@host/ext')
def _(rng):
    return '[general]\ncontext=incoming\nregister => %d:%s@sip.%s/%d\n' % (rng.randrange(1000, 9999), M, rng.choice(['voipfone.example', 'sipgate.example']), rng.randrange(100, 999))


@syn('cisco_ios_snmp_server_community', 'file', 'snmp-server community SECRET RO')
def _(rng):
    return '!\nhostname bw-depot-sw1\n!\nsnmp-server community %s RO 10\nsnmp-server location Brightwater depot\n!\n' % M


@syn('sendmail_authinfo_p_colon_field', 'file', 'AuthInfo:host "U:user" "P:SECRET"')
def _(rng):
    return '# /etc/mail/authinfo\nAuthInfo:smtp.%s "U:kiln" "I:kiln" "P:%s" "M:PLAIN"\n' % (W.FIRMS['forgeline']['domain'], M)


@syn('pgbouncer_userlist_second_quoted', 'file', 'userlist.txt: "user" "SECRET"')
def _(rng):
    return '; /etc/pgbouncer/userlist.txt\n"jobs_app" "%s"\n"reports" "SCRAM-SHA-256$4096:%s$%s:%s"\n' % (
        M, C.b64(C.rand_bytes(rng, 16)), C.b64(C.rand_bytes(rng, 32)), C.b64(C.rand_bytes(rng, 32)))


@syn('pppd_chat_script_expect_send', 'file', "chat script: ogin: user word: SECRET")
def _(rng):
    return "# /etc/chatscripts/oven-console\nABORT BUSY\n'' AT\nOK ATDT%d\nCONNECT ''\nogin: service\nword: %s\n" % (rng.randrange(1000000, 9999999), M)


@syn('edifact_unb_recipient_reference_element', 'file', "UNB+UNOC:3+sender:ZZ+recipient:ZZ+date:time+ref+SECRET'")
def _(rng):
    return "UNA:+.? '\nUNB+UNOC:3+BRIGHTWATER:ZZ+PARTSUPPLIER:ZZ+250307:1412+%d+%s'\nUNH+1+ORDERS:D:96A:UN'\n" % (rng.randrange(10000, 99999), M)


@syn('x12_isa04_security_information', 'file', 'ISA*00*          *01*SECRET    *ZZ*...', maxlen=10)
def _(rng):
    return 'ISA*00*          *01*%s*ZZ*BRIGHTWATER    *ZZ*OEMPARTS       *250307*1412*U*00401*%09d*0*P*>~\nGS*PO*BRIGHTWATER*OEMPARTS*20250307*1412*1*X*004010~\n' % (M, rng.randrange(10 ** 8))


@syn('nagios_resource_cfg_user_macro', 'file', 'resource.cfg: $USER3$=SECRET')
def _(rng):
    return '# /usr/local/nagios/etc/resource.cfg\n$USER1$=/usr/local/nagios/libexec\n$USER3$=%s\n' % M


@syn('motion_webcontrol_authentication_pair', 'file', 'motion.conf: webcontrol_authentication user:SECRET')
def _(rng):
    return '# /etc/motion/motion.conf (workshop camera)\nwebcontrol_port 8080\nwebcontrol_localhost off\nwebcontrol_authentication admin:%s\n' % M


@syn('keenedge_van_roster_pipe_fourth_field', 'file', 'invented pipe-separated van roster: van|driver|reg|SECRET|depot')
def _(rng):
    return '# vans.roster  (van|driver|reg|tablet|depot)\nV1|Kofi Mensah|YK71 KED|%s|Leeds\nV2|Rhiannon Prys|YK19 SHP|(awaiting)|Sheffield\n' % M


@syn('grinder_recipe_ini_users_semicolon_triple', 'file', 'invented grinder INI: [users] n = login;level;SECRET')
def _(rng):
    return '[machine]\nmodel=KG-400\n[users]\n1 = setter;2;%s\n2 = operator;1;-\n' % M


# ---------------------------------------------------------------- sql
@syn('redis_acl_setuser_greater_than_rule', 'sql', 'ACL SETUSER name on >SECRET ~* +@all')
def _(rng):
    return '127.0.0.1:6379> ACL SETUSER lockers on >%s ~locker:* +@read +@write\nOK\n' % M


@syn('derby_syscs_create_user_second', 'sql', "CALL SYSCS_UTIL.SYSCS_CREATE_USER('user', 'SECRET')")
def _(rng):
    return "ij> CALL SYSCS_UTIL.SYSCS_CREATE_USER('HMI', '%s');\n0 rows inserted/updated/deleted\n" % M


@syn('oracle_utl_smtp_auth_third', 'sql', "UTL_SMTP.AUTH(c, 'user', 'SECRET', UTL_SMTP.ALL_SCHEMES)")
def _(rng):
    return "DECLARE\n  c UTL_SMTP.CONNECTION;\nBEGIN\n  c := UTL_SMTP.OPEN_CONNECTION('smtp.forgeline.example', 587);\n  UTL_SMTP.EHLO(c, 'jobsdb');\n  UTL_SMTP.AUTH(c, 'jobsdb', '%s', UTL_SMTP.ALL_SCHEMES);\nEND;\n/\n" % M


@syn('clickhouse_mysql_table_function_fifth', 'sql', "mysql('host:3306', 'db', 'table', 'user', 'SECRET')")
def _(rng):
    return "SELECT count() FROM mysql('%s:3306', 'bookings', 'slots', 'ch_reader', '%s') WHERE day = today();\n" % (W.ip(rng), M)


@syn('clickhouse_remote_table_function_fourth', 'sql', "remote('host', db.table, 'user', 'SECRET')")
def _(rng):
    return "INSERT INTO telemetry.wheel_wear SELECT * FROM remote('%s:9000', telemetry.wheel_wear, 'sync', '%s');\n" % (W.ip(rng), M)


@syn('cqlsh_login_command_quoted', 'sql', "LOGIN user 'SECRET'")
def _(rng):
    return "cqlsh> LOGIN telemetry '%s';\ntelemetry@cqlsh> USE grinders;\n" % M


@syn('arangosh_users_save_second', 'sql', 'require("@arangodb/users").save(user, SECRET)')
def _(rng):
    return '127.0.0.1:8529@_system> require("@arangodb/users").save("partsgraph", "%s");\n{ "user" : "partsgraph", "active" : true }\n' % M


# ---------------------------------------------------------------- proto
@syn('irc_nickserv_identify_privmsg', 'proto', 'PRIVMSG NickServ :IDENTIFY nick SECRET')
def _(rng):
    return '>> NICK vanbot\n>> USER vanbot 0 * :Keenedge van bot\n<< :irc.keenedge-sharpening.example 001 vanbot :Welcome\n>> PRIVMSG NickServ :IDENTIFY vanbot %s\n<< :NickServ!services@ NOTICE vanbot :You are now identified for vanbot.\n' % M


@syn('teamspeak_serverquery_login_second', 'proto', 'login client_login_name SECRET')
def _(rng):
    return 'TS3\nWelcome to the TeamSpeak 3 ServerQuery interface.\nlogin serveradmin %s\nerror id=0 msg=ok\nuse sid=1\n' % M


@syn('at_cgauth_fourth_quoted', 'proto', 'AT+CGAUTH=cid,auth,"user","SECRET"')
def _(rng):
    return 'AT+CGDCONT=1,"IP","vans.m2m.example"\r\nOK\r\nAT+CGAUTH=1,1,"keenedge","%s"\r\nOK\r\nAT+CGACT=1,1\r\nOK\r\n' % M


@syn('socks5_rfc1929_subnegotiation_bytes', 'proto', '\\x01 ulen user plen SECRET')
def _(rng):
    return ('Follow TCP stream (escaped)  %s:51522 -> %s:1080\n'
            '>> \\x05\\x01\\x02\n<< \\x05\\x02\n>> \\x01\\x06engnr4\\x%02x%s\n<< \\x01\\x00\n') % (W.ip(rng), W.ip(rng), 0, M)


@syn('rexec_nul_separated_third_field', 'proto', 'port\\0user\\0SECRET\\0command\\0')
def _(rng):
    return 'rexec capture %s:1023 -> %s:512 (bytes shown escaped)\n>> 0\\0ops\\0%s\\0/usr/local/bin/backup-recipes\\0\n<< \\0\n' % (W.ip(rng), W.ip(rng), M)


@syn('luci_jsonrpc_auth_login_params', 'proto', '{"method":"login","params":["root","SECRET"]}')
def _(rng):
    return 'POST /cgi-bin/luci/rpc/auth HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\n\r\n{"id":1,"method":"login","params":["root","%s"]}\n' % (W.ip(rng), M)


@syn('postgres_wire_cleartext_p_message', 'proto', "R(3) then p len SECRET\\0")
def _(rng):
    return ('pg wire capture %s:50211 -> %s:5432\n<< R \\x00\\x00\\x00\\x08 \\x00\\x00\\x00\\x03\n>> p \\x00\\x00\\x00\\x%02x %s\\x00\n<< R \\x00\\x00\\x00\\x08 \\x00\\x00\\x00\\x00\n') % (W.ip(rng), W.ip(rng), 0, M)


HINT_RE = __import__('re').compile(r'pass|pwd|secret', __import__('re').I)


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for s in SYNTAXES:
        for _ in range(300):
            v = C.password(rng, strict=True, cap_p=0.3)
            if s['maxlen'] and len(v) > s['maxlen']:
                continue
            if reg.add(v):
                break
        else:
            raise RuntimeError(s['name'])
        tpl = s['render'](rng)
        if s['name'] == 'x12_isa04_security_information':
            v_field = v + ' ' * (10 - len(v))
            tpl = tpl.replace(M, M + ' ' * (10 - len(v)))
        if s['name'] == 'socks5_rfc1929_subnegotiation_bytes':
            tpl = tpl.replace('\\x00' + M, '\\x%02x' % len(v) + M)
        if s['name'] == 'postgres_wire_cleartext_p_message':
            tpl = tpl.replace('\\x00 ' + M, '\\x%02x ' % (len(v) + 5) + M)
        assert tpl.count(M) == 1, s['name']
        start = tpl.index(M)
        text = tpl.replace(M, v)
        t = PREFIX + s['name']
        recs.append({'type': t, 'container': s['name'] + '__' + WHERE[s['where']], 'text': text,
                     'secrets': [{'value': v, 'start': start, 'end': start + len(v), 'type': t}],
                     'source': 'password'})
    return recs
