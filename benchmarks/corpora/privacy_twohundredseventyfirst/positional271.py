"""Positional passwords: the value is a password but no key name says so."""
import random
import re

import world271 as W

PREFIX = 'twpw_'
WHERE = {'cli': 'wrenfold_ops_terminal', 'stdin': 'steepwise_pipe_line', 'lib': 'steepwise_source_excerpt',
         'gui': 'kettledrum_ui_test_script', 'file': 'mallowmere_host_file', 'sql': 'blend_stock_db_console',
         'proto': 'tin_line_wire_capture'}

# (syntax, where, template with @V@, short form, max value length or 0)
S = [
    # ---------------------------------------------------------------- cli
    ('rdesktop_lower_p_after_lower_u', 'cli', '$ rdesktop -u tasting -p @V@ -g 1280x800 kiosk.kettledrumtearoom.example\nAutoselecting keyboard map \'en-gb\' from locale\nConnection established using SSL.\n', 'rdesktop -u user -p VALUE host', 0),
    ('xfreerdp_p_colon_flag', 'cli', 'PS C:\\> wfreerdp /v:till.kettledrumtearoom.example /u:manager /p:@V@ /cert:ignore +clipboard\n[10:42:07:118] [4120:4124] [INFO][com.freerdp.core] - freerdp_connect:freerdp_set_last_error_ex resetting error state\n', 'xfreerdp /v:host /u:user /p:VALUE', 0),
    ('sqlcmd_capital_p_after_capital_u', 'cli', '$ sqlcmd -S epos-sql.kettledrumtearoom.example -d EposNow -U reporting -P @V@ -Q "SELECT COUNT(*) FROM dbo.Sales WHERE SaleDate = CAST(GETDATE() AS date)"\n\n-----------\n        214\n\n(1 rows affected)\n', 'sqlcmd -S host -U user -P VALUE -Q query', 0),
    ('freetds_tsql_capital_p_after_capital_u', 'cli', '$ tsql -H 10.62.5.40 -p 1433 -U stockuser -P @V@\nlocale is "en_GB.UTF-8"\nlocale charset is "UTF-8"\nusing default charset "UTF-8"\n1> SELECT TOP 3 TinCode FROM Tins\n2> go\n', 'tsql -H host -p port -U user -P VALUE', 0),
    ('hana_hdbsql_lower_p_after_lower_u', 'cli', '$ hdbsql -n hana.steepwise.example:30015 -u WRENFOLD -p @V@ "SELECT CURRENT_USER FROM DUMMY"\nCURRENT_USER\n"WRENFOLD"\n1 row selected (overall time 412 usec; server time 98 usec)\n', 'hdbsql -n host:port -u user -p VALUE sql', 0),
    ('teradata_bteq_logon_after_comma', 'cli', '$ bteq\n BTEQ 17.20.00.05 Mon Mar 10 11:02:44 2025 PID: 30128\n\n .LOGON tdprod/blend_ro,@V@\n\n *** Logon successfully completed.\n *** Teradata Database Release is 17.20.03.22\n', '.LOGON tdpid/user,VALUE', 0),
    ('firebird_isqlfb_lower_p_after_lower_u', 'cli', '$ isql-fb -u SYSDBA -p @V@ 10.62.5.40:/data/recipes.fdb\nDatabase: 10.62.5.40:/data/recipes.fdb, User: SYSDBA\nSQL> SELECT COUNT(*) FROM BLENDS;\n\n                COUNT\n=====================\n                  318\n', 'isql-fb -u user -p VALUE host:db', 0),
    ('rabbitmqctl_add_user_second_positional', 'cli', '$ sudo rabbitmqctl add_user tinline @V@\nAdding user "tinline" ...\nDone. Don\'t forget to grant the user permissions to some virtual hosts! See \'rabbitmqctl help set_permissions\' to learn more.\n', 'rabbitmqctl add_user user VALUE', 0),
    ('mqttx_cli_capital_p_after_lower_u', 'cli', "$ mqttx sub -h mq.steepwise.example -p 8883 -l mqtts -t 'leafstore/#' -u leafstore -P @V@\n\u2714 Connected\n\u2714 Subscribed to leafstore/#\ntopic: leafstore/rh, qos: 0\n63.4\n", 'mqttx sub -h host -t topic -u user -P VALUE', 0),
    ('etcdctl_user_colon_pair', 'cli', '$ etcdctl --endpoints=https://10.62.6.7:2379 --user root:@V@ get /wrenfold/line/speed\n/wrenfold/line/speed\n42\n', 'etcdctl --user user:VALUE get key', 0),
    ('zookeeper_addauth_scheme_colon_pair', 'cli', '[zk: 10.62.6.7:2181(CONNECTED) 3] addauth digest wrenfold:@V@\n[zk: 10.62.6.7:2181(CONNECTED) 4] get /wrenfold/recipes/active\n17\n', 'addauth digest user:VALUE', 0),
    ('transmission_rpc_lower_n_colon_pair', 'cli', '$ transmission-remote 10.62.7.15:9091 -n media:@V@ -l\n    ID   Done       Have  ETA           Up    Down  Ratio  Status       Name\n     1   100%   412.3 MB  Done         0.0     0.0    0.0  Idle         tearoom-ambient-playlist\nSum:            412.3 MB               0.0     0.0\n', 'transmission-remote host:port -n user:VALUE -l', 0),
    ('gallery_dl_lower_p_after_lower_u', 'cli', '$ gallery-dl -u kettledrumtearoom -p @V@ --range 1-20 https://photos.kettledrumtearoom.example/albums/scones\n./gallery-dl/photos/scones/0001.jpg\n./gallery-dl/photos/scones/0002.jpg\n', 'gallery-dl -u user -p VALUE url', 0),
    ('mercurial_hg_url_userinfo', 'cli', '$ hg clone https://marigold:@V@@hg.steepwise.example/recipes-archive\ndestination directory: recipes-archive\nrequesting all changes\nadding changesets\n', 'hg clone https://user:VALUE@host/repo', 0),
    ('perforce_capital_p_global_option', 'cli', '$ p4 -p ssl:perforce.steepwise.example:1666 -u rowan -P @V@ sync //depot/labels/...\n//depot/labels/tin-front.ai#7 - added as /home/rowan/p4/labels/tin-front.ai\n', 'p4 -p port -u user -P VALUE sync path', 0),
    ('cvs_pserver_cvsroot_colon_pair', 'cli', '$ cvs -d :pserver:bertram:@V@@cvs.steepwise.example:/var/cvs checkout labels-legacy\ncvs checkout: Updating labels-legacy\nU labels-legacy/README\n', 'cvs -d :pserver:user:VALUE@host:/repo checkout module', 0),
    ('concourse_fly_login_lower_p', 'cli', '$ fly -t steepwise login -c https://concourse.steepwise.example -u ops -p @V@\nlogging in to team \'main\'\n\ntarget saved\n', 'fly -t target login -c url -u user -p VALUE', 0),
    ('jenkins_cli_jar_auth_colon_pair', 'cli', '$ java -jar jenkins-cli.jar -s https://jenkins.steepwise.example/ -auth ottilie:@V@ build label-print -s\nStarted label-print #118\nCompleted label-print #118 : SUCCESS\n', 'java -jar jenkins-cli.jar -s url -auth user:VALUE command', 0),
    ('govc_url_option_userinfo', 'cli', "$ govc ls -k -u 'svc-backup:@V@@vcenter.steepwise.example' /Wrenfold/vm\n/Wrenfold/vm/shop-01\n/Wrenfold/vm/erp-01\n", "govc ls -u 'user:VALUE@host' path", 0),
    ('dell_racadm_lower_p_after_lower_u', 'cli', '$ racadm -r 10.62.8.2 -u root -p @V@ getsysinfo\nRAC Information:\nRAC Date/Time           = Mon Mar 10 2025 11:07:13\nFirmware Version        = 7.00.00.172\n', 'racadm -r host -u user -p VALUE getsysinfo', 0),
    ('cloud_foundry_cf_login_lower_p', 'cli', '$ cf login -a https://api.cf.steepwise.example -u lucinda -p @V@ -o wrenfold -s prod\nAPI endpoint: https://api.cf.steepwise.example\n\nAuthenticating...\nOK\n', 'cf login -a api -u user -p VALUE -o org -s space', 0),
    ('wildfly_add_user_script_lower_p', 'cli', "$ ./bin/add-user.sh -u ops-admin -p @V@ -g admin\nAdded user 'ops-admin' to file '/opt/wildfly/standalone/configuration/mgmt-users.properties'\n", 'add-user.sh -u user -p VALUE -g group', 0),
    ('httpie_lower_a_colon_pair', 'cli', '$ http -a ops:@V@ GET https://api.steepwise.example/health\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\n    "status": "ok"\n}\n', 'http -a user:VALUE GET url', 0),
    ('mpc_host_option_value_then_host', 'cli', '$ mpc -h @V@@10.62.3.30 play\nKettledrum Afternoon - Track 04\n[playing] #4/22   0:00/3:41 (0%)\nvolume: 40%   repeat: on    random: off   single: off   consume: off\n', 'mpc -h VALUE@host play', 0),
    ('seafile_seaf_cli_sync_lower_p', 'cli', '$ seaf-cli sync -l 6f1c2a3e-9b7d-4c21-8e5f-0a9b3c7d2e14 -s https://files.steepwise.example -d ~/Labels -u carys@mallowmere.example -p @V@\nStarting to download ...\n', 'seaf-cli sync -l lib -s url -d dir -u user -p VALUE', 0),
    ('mega_cmd_login_second_positional', 'cli', '$ mega-login perpetua@mallowmere.example @V@\n[API:info: 11:12:03] Fetching nodes ...\n[API:info: 11:12:05] Login complete as perpetua@mallowmere.example\n', 'mega-login email VALUE', 0),
    ('sysinternals_psexec_lower_p_after_lower_u', 'cli', 'C:\\Tools> PsExec64.exe \\\\TILL01 -u KETTLEDRUM\\manager -p @V@ -i cmd /c ipconfig\n\nPsExec v2.43 - Execute processes remotely\n\nWindows IP Configuration\n', 'PsExec64.exe \\\\host -u user -p VALUE cmd', 0),
    ('schtasks_create_rp_after_ru', 'cli', 'C:\\> schtasks /Create /S TILL01 /RU KETTLEDRUM\\svc-eod /RP @V@ /SC DAILY /ST 22:30 /TN EndOfDay /TR "C:\\eod\\run.cmd"\nSUCCESS: The scheduled task "EndOfDay" has successfully been created.\n', 'schtasks /Create /RU user /RP VALUE ...', 0),
    ('dos_drive_mapping_value_after_share', 'cli', 'C:\\> net use Z: \\\\nas01\\labels @V@ /user:MALLOWMERE\\zainab /persistent:no\nThe command completed successfully.\n', 'net use Z: \\\\host\\share VALUE /user:user', 0),
    ('powershell_convertto_securestring_first', 'cli', "PS C:\\src> $sec = ConvertTo-SecureString '@V@' -AsPlainText -Force\nPS C:\\src> $cred = New-Object System.Management.Automation.PSCredential ('WRENFOLD\\svc-line', $sec)\nPS C:\\src> Invoke-Command -ComputerName LINE01 -Credential $cred { Get-Service tinline }\n", "ConvertTo-SecureString 'VALUE' -AsPlainText -Force", 0),
    ('rclone_obscure_argument', 'cli', '$ rclone obscure @V@\nPt1vYQkz3rDLfQ1x0o8Ab3Wn5c9SRtQ\n$ nano ~/.config/rclone/rclone.conf\n', 'rclone obscure VALUE', 0),
    ('steghide_extract_lower_p', 'cli', '$ steghide extract -sf leaf-label.jpg -p @V@ -xf notes.txt\nwrote extracted data to "notes.txt".\n', 'steghide extract -sf file -p VALUE', 0),
    ('netsnmp_snmpget_capital_a_auth', 'cli', '$ snmpget -v3 -l authNoPriv -u monitor -a SHA -A @V@ 10.62.8.2 SNMPv2-MIB::sysUpTime.0\nDISMAN-EVENT-MIB::sysUpTimeInstance = Timeticks: (431152) 1:11:51.52\n', 'snmpget -v3 -u user -a SHA -A VALUE host oid', 0),
    ('netsnmp_snmpwalk_lower_c_community', 'cli', '$ snmpwalk -v2c -c @V@ 10.62.2.21 SNMPv2-MIB::system\nSNMPv2-MIB::sysDescr.0 = STRING: Leaf store gateway\nSNMPv2-MIB::sysContact.0 = STRING: ops@steepwise.example\n', 'snmpwalk -v2c -c VALUE host oid', 0),
    ('ejabberdctl_register_third_positional', 'cli', '$ sudo ejabberdctl register kds-bot chat.steepwise.example @V@\nUser kds-bot@chat.steepwise.example successfully registered\n', 'ejabberdctl register user host VALUE', 0),
    ('kamailio_kamctl_add_second_positional', 'cli', '$ kamctl add 2001 @V@\nnew user \'2001\' added\n$ kamctl ul show\n', 'kamctl add user VALUE', 0),
    # ---------------------------------------------------------------- stdin
    ('restic_repository_reads_pipe', 'stdin', '$ echo @V@ | restic -r sftp:backup@nas01:/restic/wrenfold snapshots\nrepository 4f2a91c0 opened (version 2, compression level auto)\nID        Time                 Host        Tags\n--------------------------------------------------\n8c1d2e3f  2025-03-09 02:00:11  erp-01\n', 'echo VALUE | restic -r repo snapshots', 0),
    ('sudo_capital_s_here_string', 'stdin', "$ sudo -S systemctl restart tinline <<< '@V@'\n$ systemctl is-active tinline\nactive\n", "sudo -S cmd <<< 'VALUE'", 0),
    ('mit_kinit_here_string', 'stdin', "$ kinit svc-labels@MALLOWMERE.EXAMPLE <<< '@V@'\n$ klist\nTicket cache: FILE:/tmp/krb5cc_1004\nDefault principal: svc-labels@MALLOWMERE.EXAMPLE\n", "kinit principal <<< 'VALUE'", 0),
    ('encfs_capital_s_reads_pipe', 'stdin', '$ echo @V@ | encfs -S ~/.labels-enc ~/labels\n$ ls ~/labels\ntin-fronts  dispensary  archive\n', 'echo VALUE | encfs -S crypt mount', 0),
    ('keytool_list_here_string', 'stdin', "$ keytool -list -keystore epos-bridge.jks <<< '@V@'\n\nKeystore type: PKCS12\nKeystore provider: SUN\n\nYour keystore contains 1 entry\n", "keytool -list -keystore file <<< 'VALUE'", 0),
    ('argon2_cli_reads_pipe', 'stdin', "$ echo -n '@V@' | argon2 wrenfoldsalt01 -id -t 3 -m 16 -p 4 -e\n$argon2id$v=19$m=65536,t=3,p=4$d3JlbmZvbGRzYWx0MDE$9kQ2c7yVb1mN0aR5tE8wX3zL6pJ4uH2sG1fD0cB7aQe\n", "echo -n 'VALUE' | argon2 salt -id -e", 0),
    ('expect_script_send_after_prompt', 'stdin', '#!/usr/bin/expect -f\nset timeout 20\nspawn ssh -o PubkeyAuthentication=no line@10.62.2.20\nexpect "*: "\nsend "@V@\\r"\nexpect "$ "\nsend "systemctl status tinline --no-pager\\r"\nexpect eof\n', 'expect "*: " / send "VALUE\\r"', 0),
    ('coreutils_sha256sum_from_echo', 'stdin', "$ echo -n '@V@' | sha256sum\n3e5f0c2a9b7d14e6f8a1c3b5d7e9f0a2c4b6d8e0f1a3c5b7d9e1f3a5c7b9d1e3  -\n$ # paste into kiosk.yml as admin_digest\n", "echo -n 'VALUE' | sha256sum", 0),
    # ---------------------------------------------------------------- lib
    ('python_mysqlclient_connect_third', 'lib', 'import MySQLdb\n\ndb = MySQLdb.connect("db1.steepwise.example", "recipes", "@V@", "recipes")\ncur = db.cursor()\ncur.execute("SELECT code, name FROM blends WHERE active = 1")\n', 'MySQLdb.connect(host, user, VALUE, db)', 0),
    ('python_pymssql_connect_third', 'lib', 'import pymssql\n\nconn = pymssql.connect("10.62.5.40", "stockuser", "@V@", "TinStock")\nwith conn.cursor(as_dict=True) as cur:\n    cur.execute("SELECT TOP 5 * FROM Tins ORDER BY Filled DESC")\n', 'pymssql.connect(server, user, VALUE, db)', 0),
    ('python_pika_plaincredentials_second', 'lib', 'import pika\n\ncreds = pika.PlainCredentials("tinline", "@V@")\nparams = pika.ConnectionParameters("mq.steepwise.example", 5672, "/wrenfold", creds)\nconnection = pika.BlockingConnection(params)\n', 'pika.PlainCredentials(user, VALUE)', 0),
    ('python_sqlalchemy_url_create_third', 'lib', 'from sqlalchemy import URL, create_engine\n\nurl = URL.create("mssql+pymssql", "stockuser", "@V@", "10.62.5.40", 1433, "TinStock")\nengine = create_engine(url, pool_pre_ping=True)\n', 'URL.create(driver, user, VALUE, host, port, db)', 0),
    ('python_influxdb_client_fourth', 'lib', 'from influxdb import InfluxDBClient\n\nclient = InfluxDBClient("10.62.6.7", 8086, "leafstore", "@V@", "humidity")\nclient.write_points([{"measurement": "rh", "fields": {"value": 63.4}}])\n', 'InfluxDBClient(host, port, user, VALUE, db)', 0),
    ('python_stomp_connection_connect_second', 'lib', 'import stomp\n\nconn = stomp.Connection([("mq.steepwise.example", 61613)])\nconn.connect("labels", "@V@", wait=True)\nconn.send(body="print 2291", destination="/queue/labels")\n', 'conn.connect(user, VALUE, wait=True)', 0),
    ('python_jenkins_server_ctor_third', 'lib', 'import jenkins\n\nserver = jenkins.Jenkins("https://jenkins.steepwise.example", "ottilie", "@V@")\nprint(server.get_job_info("label-print")["lastBuild"])\n', 'jenkins.Jenkins(url, user, VALUE)', 0),
    ('python_odoorpc_login_third', 'lib', 'import odoorpc\n\nodoo = odoorpc.ODOO("erp.mallowmere.example", protocol="jsonrpc+ssl", port=443)\nodoo.login("mallowmere", "zainab", "@V@")\nprint(odoo.env.user.name)\n', 'odoo.login(db, user, VALUE)', 0),
    ('python_wordpress_xmlrpc_client_third', 'lib', 'from wordpress_xmlrpc import Client\nfrom wordpress_xmlrpc.methods.posts import GetPosts\n\nwp = Client("https://shop.mallowmere.example/xmlrpc.php", "editor", "@V@")\nposts = wp.call(GetPosts({"number": 5}))\n', 'Client(url, user, VALUE)', 0),
    ('python_instaloader_login_second', 'lib', 'import instaloader\n\nL = instaloader.Instaloader(download_videos=False)\nL.login("kettledrumtearoom", "@V@")\nprofile = instaloader.Profile.from_username(L.context, "kettledrumtearoom")\n', 'L.login(user, VALUE)', 0),
    ('node_sequelize_ctor_third', 'lib', "const { Sequelize } = require('sequelize');\n\nconst sequelize = new Sequelize('bookings', 'bookings_app', '@V@', {\n  host: 'db1.steepwise.example',\n  dialect: 'mariadb',\n  logging: false,\n});\n", "new Sequelize(db, user, 'VALUE', opts)", 0),
    ('node_superagent_auth_second', 'lib', "const request = require('superagent');\n\nconst res = await request\n  .get('https://api.steepwise.example/rota/today')\n  .auth('ops', '@V@')\n  .set('Accept', 'application/json');\n", ".auth(user, 'VALUE')", 0),
    ('node_crypto_scryptsync_first', 'lib', "const crypto = require('crypto');\n\nconst salt = Buffer.from('6b6473616c74', 'hex');\nconst key = crypto.scryptSync('@V@', salt, 32);\nconst cipher = crypto.createCipheriv('aes-256-gcm', key, iv);\n", "crypto.scryptSync('VALUE', salt, 32)", 0),
    ('javascript_btoa_colon_pair', 'lib', "const res = await fetch('https://labels.mallowmere.example/api/queue', {\n  headers: { Authorization: 'Basic ' + btoa('kiosk:@V@') },\n});\n", "btoa('user:VALUE')", 0),
    ('java_jdbc_drivermanager_third', 'lib', 'Connection c = DriverManager.getConnection(\n        "jdbc:postgresql://db1.steepwise.example/stock", "stock_app", "@V@");\nPreparedStatement ps = c.prepareStatement("SELECT * FROM tins WHERE batch = ?");\n', 'DriverManager.getConnection(url, user, VALUE)', 0),
    ('java_activemq_connection_factory_second', 'lib', 'ActiveMQConnectionFactory cf =\n        new ActiveMQConnectionFactory("labels", "@V@", "tcp://mq.steepwise.example:61616");\nConnection conn = cf.createConnection();\nconn.start();\n', 'new ActiveMQConnectionFactory(user, VALUE, url)', 0),
    ('csharp_networkcredential_ctor_second', 'lib', 'var handler = new HttpClientHandler\n{\n    Credentials = new NetworkCredential("svc-eod", "@V@", "KETTLEDRUM")\n};\nusing var client = new HttpClient(handler);\n', 'new NetworkCredential(user, VALUE, domain)', 0),
    ('csharp_rfc2898_derive_bytes_first', 'lib', 'using var kdf = new Rfc2898DeriveBytes("@V@", salt, 100000, HashAlgorithmName.SHA256);\nbyte[] key = kdf.GetBytes(32);\n', 'new Rfc2898DeriveBytes(VALUE, salt, iterations, hash)', 0),
    ('go_argon2_idkey_first', 'lib', 'import "golang.org/x/crypto/argon2"\n\nfunc exportKey(salt []byte) []byte {\n\treturn argon2.IDKey([]byte("@V@"), salt, 1, 64*1024, 4, 32)\n}\n', 'argon2.IDKey([]byte(VALUE), salt, ...)', 0),
    ('rust_tiberius_sql_server_method_second', 'lib', 'let mut config = Config::new();\nconfig.host("10.62.5.40");\nconfig.port(1433);\nconfig.authentication(AuthMethod::sql_server("stockuser", "@V@"));\nconfig.trust_cert();\n', 'AuthMethod::sql_server(user, VALUE)', 0),
    ('ruby_pg_connect_seventh_positional', 'lib', 'require "pg"\n\nconn = PG.connect("db1.steepwise.example", 5432, nil, nil, "stock", "stock_ro", "@V@")\nconn.exec("SELECT count(*) FROM tins") { |r| puts r.getvalue(0, 0) }\n', 'PG.connect(host, port, opts, tty, db, user, VALUE)', 0),
    ('php_mysqli_connect_third', 'lib', "<?php\n$db = mysqli_connect('db1.steepwise.example', 'shop', '@V@', 'mallowmere_shop');\nif (!$db) {\n    die('Connect error: ' . mysqli_connect_error());\n}\n", "mysqli_connect(host, user, 'VALUE', db)", 0),
    ('perl_dbi_connect_third', 'lib', "use DBI;\n\nmy $dbh = DBI->connect('dbi:Pg:dbname=stock;host=db1.steepwise.example', 'stock_ro', '@V@', { RaiseError => 1 });\nmy $rows = $dbh->selectall_arrayref('SELECT code FROM tins');\n", "DBI->connect(dsn, user, 'VALUE', attrs)", 0),
    ('lua_luasql_env_connect_third', 'lib', 'local driver = require "luasql.mysql"\nlocal env = assert(driver.mysql())\nlocal con = assert(env:connect("recipes", "recipes", "@V@", "db1.steepwise.example", 3306))\n', 'env:connect(db, user, VALUE, host, port)', 0),
    ('r_rodbc_odbcconnect_third', 'lib', 'library(RODBC)\nch <- odbcConnect("EposReporting", "analyst", "@V@")\nsales <- sqlQuery(ch, "SELECT SaleDate, Total FROM dbo.Sales")\nodbcClose(ch)\n', 'odbcConnect(dsn, user, VALUE)', 0),
    ('dart_io_http_client_basic_second', 'lib', "final client = HttpClient();\nclient.addCredentials(Uri.parse('https://bookings.kettledrumtearoom.example/api/'), 'bookings',\n    HttpClientBasicCredentials('kiosk', '@V@'));\n", 'HttpClientBasicCredentials(user, VALUE)', 0),
    ('elixir_plug_encode_basic_auth_second', 'lib', 'header = Plug.BasicAuth.encode_basic_auth("kds", "@V@")\nReq.get!("https://kds.kettledrumtearoom.example/api/board", headers: [{"authorization", header}])\n', 'Plug.BasicAuth.encode_basic_auth(user, VALUE)', 0),
    ('office_macro_adodb_open_third', 'lib', 'Dim cn As Object\nSet cn = CreateObject("ADODB.Connection")\ncn.Open "DSN=EposReporting", "analyst", "@V@"\nSet rs = cn.Execute("SELECT SaleDate, Total FROM Sales")\n', 'cn.Open connstr, user, VALUE', 0),
    ('cpp_qsqldatabase_open_pair_second', 'lib', 'QSqlDatabase db = QSqlDatabase::addDatabase("QMYSQL");\ndb.setHostName("db1.steepwise.example");\ndb.setDatabaseName("labels");\nif (!db.open("labels", "@V@"))\n    qWarning() << db.lastError().text();\n', 'db.open(user, VALUE)', 0),
    ('esp32_radio_station_begin_second', 'lib', '#include <WiFi.h>\n\nvoid setup() {\n  Serial.begin(115200);\n  WiFi.begin("Wrenfold-Store", "@V@");\n  while (WiFi.status() != WL_CONNECTED) delay(250);\n}\n', 'WiFi.begin(ssid, VALUE)', 0),
    # ---------------------------------------------------------------- gui
    ('webdriverio_element_set_value_call', 'gui', "it('signs the kiosk in', async () => {\n  await $('#f1').setValue('tasting');\n  await $('#f2').setValue('@V@');\n  await $('button[type=submit]').click();\n});\n", "$('#f2').setValue('VALUE')", 0),
    ('detox_element_replace_text', 'gui', "it('logs in the loyalty app', async () => {\n  await element(by.id('f1')).replaceText('manager');\n  await element(by.id('f2')).replaceText('@V@');\n  await element(by.id('go')).tap();\n});\n", "element(by.id('f2')).replaceText('VALUE')", 0),
    ('appium_java_accessibility_id_keys', 'gui', 'driver.findElement(AppiumBy.accessibilityId("f1")).sendKeys("manager");\ndriver.findElement(AppiumBy.accessibilityId("f2")).sendKeys("@V@");\ndriver.findElement(AppiumBy.accessibilityId("go")).click();\n', 'findElement(...("f2")).sendKeys("VALUE")', 0),
    ('autoit_control_set_text_fourth', 'gui', 'WinWaitActive("Label Station")\nControlSetText("Label Station", "", "Edit1", "dispenser")\nControlSetText("Label Station", "", "Edit2", "@V@")\nControlClick("Label Station", "", "Button1")\n', 'ControlSetText(title, "", control, VALUE)', 0),
    ('nutjs_keyboard_type_call', 'gui', "const { keyboard, Key } = require('@nut-tree-fork/nut-js');\n\nawait keyboard.type('manager');\nawait keyboard.type(Key.Tab);\nawait keyboard.type('@V@');\nawait keyboard.type(Key.Enter);\n", "keyboard.type('VALUE')", 0),
    ('watir_text_field_set_call', 'gui', "browser.goto 'https://bookings.kettledrumtearoom.example/admin'\nbrowser.text_field(id: 'f1').set 'host'\nbrowser.text_field(id: 'f2').set '@V@'\nbrowser.button(type: 'submit').click\n", "browser.text_field(id: 'f2').set 'VALUE'", 0),
    ('codeceptjs_fill_field_second', 'gui', "Scenario('admin can open the rota', ({ I }) => {\n  I.amOnPage('/admin');\n  I.fillField('#f1', 'host');\n  I.fillField('#f2', '@V@');\n  I.click('Sign in');\n});\n", "I.fillField('#f2', 'VALUE')", 0),
    ('testing_library_user_event_type_second', 'gui', "test('manager unlocks refunds', async () => {\n  render(<RefundDialog />);\n  await userEvent.type(screen.getByTestId('f2'), '@V@');\n  await userEvent.click(screen.getByRole('button', { name: /unlock/i }));\n});\n", "userEvent.type(screen.getByTestId('f2'), 'VALUE')", 0),
    ('flutter_widget_tester_enter_text_second', 'gui', "testWidgets('staff sign-in', (tester) async {\n  await tester.pumpWidget(const LoyaltyApp());\n  await tester.enterText(find.byKey(const Key('f2')), '@V@');\n  await tester.tap(find.byKey(const Key('go')));\n});\n", "tester.enterText(find.byKey(Key('f2')), 'VALUE')", 0),
    ('kif_enter_text_into_view_label', 'gui', '- (void)testManagerSignIn {\n    [tester enterText:@"manager" intoViewWithAccessibilityLabel:@"f1"];\n    [tester enterText:@"@V@" intoViewWithAccessibilityLabel:@"f2"];\n    [tester tapViewWithAccessibilityLabel:@"Sign in"];\n}\n', '[tester enterText:@"VALUE" intoViewWithAccessibilityLabel:@"f2"]', 0),
    ('airtest_text_call_after_touch', 'gui', '# -*- encoding=utf8 -*-\nfrom airtest.core.api import *\n\nauto_setup(__file__)\ntouch(Template(r"tpl_f2.png", record_pos=(0.01, 0.12), resolution=(1080, 1920)))\ntext("@V@")\n', 'touch(Template("f2.png")); text("VALUE")', 0),
    ('cucumber_gherkin_enter_step', 'gui', 'Feature: Till refunds\n\n  Scenario: Manager approves a refund\n    Given I am on the till refund screen\n    When I enter "@V@" into the f2 field\n    And I press "Approve"\n    Then the refund is recorded\n', 'When I enter "VALUE" into the f2 field', 0),
    ('imacros_tag_content_attribute', 'gui', "VERSION BUILD=1011 RECORDER=CR\nURL GOTO=https://labels.mallowmere.example/login\nTAG POS=1 TYPE=INPUT:TEXT ATTR=ID:f1 CONTENT=dispenser\nTAG POS=1 TYPE=INPUT:TEXT ATTR=ID:f2 CONTENT=@V@\nTAG POS=1 TYPE=BUTTON ATTR=TXT:Sign<SP>in\n", 'TAG ... ATTR=ID:f2 CONTENT=VALUE', 0),
    ('power_automate_desktop_focus_send', 'gui', "UIAutomation.Windows.FocusWindow.FocusByTitle Title: $'''Label Station'''\nKeyboard.SendKeys.FocusAndSendKeys TextToSend: $'''@V@''' DelayBetweenKeystrokes: 10 SendTextAsHardwareKeys: False\nKeyboard.SendKeys.FocusAndSendKeys TextToSend: $'''{Enter}''' DelayBetweenKeystrokes: 10 SendTextAsHardwareKeys: False\n", "Keyboard.SendKeys.FocusAndSendKeys TextToSend: $'''VALUE'''", 0),
    # ---------------------------------------------------------------- file
    ('activemq_users_properties_value_after_name', 'file', '$ cat /opt/activemq/conf/users.properties\n# users.properties - one entry per line, name=value\nlabels=@V@\n', 'users.properties: user=VALUE', 0),
    ('nut_upsmon_monitor_fifth_field', 'file', '$ grep -v "^#" /etc/nut/upsmon.conf | grep .\nMONITOR ups@localhost 1 upsmon @V@ primary\nMINSUPPLIES 1\nSHUTDOWNCMD "/sbin/shutdown -h +0"\n', 'MONITOR ups@host 1 user VALUE primary', 0),
    ('tinyproxy_directive_third_token', 'file', '# /etc/tinyproxy/tinyproxy.conf (kiosk egress)\nPort 8888\nListen 10.62.7.15\nTimeout 600\nBasicAuth kiosk @V@\nAllow 192.168.62.0/24\n', 'BasicAuth user VALUE', 0),
    ('threeproxy_users_cl_colon', 'file', '# /etc/3proxy/3proxy.cfg\nnserver 10.62.1.1\nusers ops:CL:@V@\nauth strong\nallow ops\nproxy -p3128\n', 'users user:CL:VALUE', 0),
    ('lighttpd_userfile_backend_colon', 'file', '$ grep auth /etc/lighttpd/conf-enabled/05-auth.conf\nauth.backend = "plain"\nauth.backend.plain.userfile = "/etc/lighttpd/labels.user"\n$ cat /etc/lighttpd/labels.user\nprinter:@V@\n', 'plain userfile: user:VALUE', 0),
    ('cisco_snmp_server_user_auth_sha', 'file', 'tearoom-sw1#show running-config | include snmp\nsnmp-server group NMS v3 auth\nsnmp-server user monitor NMS v3 auth sha @V@\nsnmp-server location Kettledrum back office\n', 'snmp-server user user group v3 auth sha VALUE', 0),
    ('trojan_uri_userinfo_only', 'file', '# subscription line for the shop egress proxy\ntrojan://@V@@proxy.steepwise.example:443?security=tls&sni=proxy.steepwise.example&type=tcp#wrenfold-out\n', 'trojan://VALUE@host:443', 0),
    ('wrenfold_tasting_panel_roster_tsv_third_column', 'file', '$ cat /srv/tasting/panel-roster.tsv\npanel\ttaster\tinitial\troom\nA\tottilie\t@V@\ttasting-1\n', 'invented roster: panel<TAB>taster<TAB>VALUE<TAB>room', 0),
    ('kettledrum_staff_import_fixed_width_third_field', 'file', '$ cat staff-import.dat   # name(18) login(10) initial(16) role(8)\nRowan Feathersby  rowan     @V@manager \n', 'invented fixed-width import: name(18) login(10) VALUE(16) role(8)', 16),
    # ---------------------------------------------------------------- sql
    ('tsql_openrowset_provider_triple', 'sql', "1> SELECT TOP 10 * FROM OPENROWSET('SQLNCLI', 'epos-sql.kettledrumtearoom.example'; 'reporting'; '@V@',\n2>     'SELECT SaleDate, Total FROM EposNow.dbo.Sales ORDER BY SaleDate DESC');\n3> GO\n", "OPENROWSET('SQLNCLI', 'server'; 'user'; 'VALUE', 'query')", 0),
    ('sqlserver_addlinkedsrvlogin_fifth', 'sql', "1> EXEC sp_addlinkedserver 'WRENFOLD_ERP', '', 'SQLNCLI', 'erp.steepwise.example';\n2> EXEC sp_addlinkedsrvlogin 'WRENFOLD_ERP', 'false', NULL, 'erp_ro', '@V@';\n3> GO\n", "EXEC sp_addlinkedsrvlogin 'srv', 'false', NULL, 'user', 'VALUE'", 0),
    ('pgcrypto_pgp_sym_encrypt_second', 'sql', "mallowmere=> INSERT INTO practitioner_notes (patient_ref, body)\nmallowmere->   VALUES ('MM-2291', pgp_sym_encrypt('follow-up in four weeks, reduce valerian', '@V@'));\nINSERT 0 1\n", "pgp_sym_encrypt(data, 'VALUE')", 0),
    ('pgcrypto_crypt_first_argument', 'sql', "stock=> UPDATE staff SET digest = crypt('@V@', gen_salt('bf', 10)) WHERE login = 'zainab';\nUPDATE 1\n", "crypt('VALUE', gen_salt('bf'))", 0),
    ('sha2_hashed_insert_first_argument', 'sql', "mysql> INSERT INTO kiosk_users (login, digest) VALUES ('tasting', SHA2('@V@', 256));\nQuery OK, 1 row affected (0.01 sec)\n", "INSERT ... VALUES (login, SHA2('VALUE', 256))", 0),
    # ---------------------------------------------------------------- proto
    ('http_urlencoded_form_second_field', 'proto', 'POST /login HTTP/1.1\r\nHost: labels.mallowmere.example\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: @LEN@\r\n\r\nf1=dispenser&f2=@V@', 'POST body f1=user&f2=VALUE', 0),
    ('xmlrpc_login_second_param', 'proto', 'POST /RPC2 HTTP/1.1\nHost: shop.mallowmere.example\nContent-Type: text/xml\n\n<?xml version="1.0"?>\n<methodCall><methodName>shop.login</methodName><params><param><value><string>editor</string></value></param><param><value><string>@V@</string></value></param></params></methodCall>\n', 'methodCall login params: user, VALUE', 0),
    ('soap_jaxws_arg1_element', 'proto', '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ws="http://eod.kettledrumtearoom.example/">\n  <soapenv:Body>\n    <ws:login>\n      <arg0>eod</arg0>\n      <arg1>@V@</arg1>\n    </ws:login>\n  </soapenv:Body>\n</soapenv:Envelope>\n', '<ws:login><arg0>user</arg0><arg1>VALUE</arg1>', 0),
    ('x12_isa_fourth_element', 'proto', 'ISA*00*          *01*@V10@*ZZ*WRENFOLDTEA    *ZZ*MOMBASABRKR    *250304*1130*U*00401*000000417*0*P*>~\nGS*IN*WRENFOLDTEA*MOMBASABRKR*20250304*1130*417*X*004010~\nST*810*0001~\n', 'ISA*00*..*01*VALUE(10, padded)*ZZ*...', 10),
    ('edifact_unb_recipient_reference', 'proto', "UNA:+.? '\nUNB+UNOC:3+WRENFOLDTEA:ZZZ+EATTABROKER:ZZZ+250304:1130+417+@V@:AA'\nUNH+1+INVOIC:D:96A:UN'\n", "UNB+syntax+sender+recipient+date:time+ref+VALUE:AA'", 0),
    ('simcom_cstt_third_parameter', 'proto', '>> AT+CPIN?\n<< +CPIN: READY\n<< OK\n>> AT+CSTT="internet.example","tinline","@V@"\n<< OK\n>> AT+CIICR\n<< OK\n', 'AT+CSTT="apn","user","VALUE"', 0),
    ('chat_server_oper_command_second_parameter', 'proto', '>> OPER kdsbot @V@\n<< :irc.steepwise.example 381 kdsbot :You are now an IRC operator\n>> JOIN #kitchen\n', 'OPER name VALUE', 0),
    ('lyrion_music_server_cli_login_second', 'proto', '$ nc 10.62.3.30 9090\nlogin kettledrum @V@\nlogin kettledrum ******\nplayers 0 1\nplayers 0 1 count%3A1\n', 'login user VALUE (port 9090 CLI)', 0),
]
SYNTAXES = [s[0] for s in S]


def build(reg, seed=27103):
    rng = random.Random(seed)
    recs = []
    for syn, where, tpl, _, maxlen in S:
        def draw():
            while True:
                v = W.password(rng, W.STRICT_JOINERS, 0.3)
                if not maxlen or len(v) <= maxlen:
                    return v
        v = reg.draw(draw)
        text = tpl
        if '@V10@' in text:
            text = text.replace('@V10@', v + ' ' * (10 - len(v)))
            i = text.index(v)
        elif '@V@@V@' in text:
            raise RuntimeError(syn)
        else:
            if maxlen == 16:
                text = text.replace('@V@', v + ' ' * (16 - len(v)))
                i = text.index(v)
            else:
                i = text.index('@V@')
                text = text[:i] + v + text[i + 3:]
        if '@LEN@' in text:
            body = text.split('\r\n\r\n', 1)[1]
            text = text.replace('@LEN@', str(len(body.encode())))
            i = text.index(v)
        recs.append({'type': PREFIX + syn, 'container': '%s__%s' % (syn, WHERE[where]), 'text': text,
                     'secrets': [{'value': v, 'start': i, 'end': i + len(v), 'type': PREFIX + syn}],
                     'source': 'password'})
    return recs


HINT_RE = re.compile(r'(?i)pass|pwd|secret|(?<![a-z])pw(?![a-z])')
