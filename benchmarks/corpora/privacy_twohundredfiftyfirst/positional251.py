"""Positional passwords: the value is a password but no key name says so."""
import random

import world251 as W
from common251 import rs, LOWER, DIGITS, HEX

SEED = 25103
M = "\ue000"
PREFIX = "tlpw_"

WHERE = {
    "cli": "box_office_terminal_session",
    "stdin": "workshop_shell_pipe",
    "lib": "lanternfly_repo_excerpt",
    "gui": "kiosk_ui_test_script",
    "file": "toyshop_server_config_file",
    "sql": "loans_db_sql_console",
    "proto": "stage_network_capture",
}

USERS = ["nadia", "oskar", "ilse", "teo", "hana", "luis", "greta", "callum", "precious", "rohan", "maja", "femi", "agnieszka"]


def u(rng):
    return rng.choice(USERS)


def ip(rng):
    return W.private_ip(rng)


def host(rng):
    return rng.choice(W.HOSTS)


# (syntax, where, gist, builder(rng) -> text with M)
S = []


def syn(name, where, gist):
    def deco(fn):
        S.append((name, where, gist, fn))
        return fn
    return deco


# ------------------------------------------------------------------ cli

@syn("smbclient_capital_u_percent_pair", "cli", "smbclient //host/share -U user%SECRET")
def _(r):
    return ("nadia@boxoffice:~$ smbclient //workshop-nas.marrowgate-puppets.example/shows -U %s%%%s -c 'ls \"Punch 2025\"'\n"
            "  .                                   D        0  Mon Mar  3 10:12:40 2025\n  ..                                  D        0  Mon Mar  3 09:01:11 2025\n") % (u(r), M)


@syn("sqlplus_slash_userinfo_connect", "cli", "sqlplus user/SECRET@//host:1521/service")
def _(r):
    return ("$ sqlplus -s tickets/%s@//%s:1521/BOXOFF @nightly_sales.sql\n\nSALES_DATE  SEATS  GROSS\n---------- ------ -------\n"
            "14-MAR-25     212  2544.00\n") % (M, ip(r))


@syn("lftp_lower_u_comma_pair", "cli", "lftp -u user,SECRET sftp://host")
def _(r):
    return "$ lftp -u %s,%s -e 'mirror -R ./dist /var/www/parties; bye' sftp://parties.tumbledown-toys.example\nTotal: 14 directories, 212 files, 0 symlinks\n" % (u(r), M)


@syn("rar_glued_hp_header_encrypt", "cli", "rar a -hpSECRET archive.rar files")
def _(r):
    return "C:\\Touring> rar a -hp%s -m5 stroud_tech_pack.rar rider.pdf plots\\*.pdf\nCreating archive stroud_tech_pack.rar\nDone\n" % M


@syn("ssh_keygen_capital_n_new_passphrase", "cli", "ssh-keygen -t ed25519 -N SECRET -f keyfile")
def _(r):
    return ("teo@laser-pc:~$ ssh-keygen -t ed25519 -N %s -C 'laser-pc backup' -f ~/.ssh/nas_backup\n"
            "Generating public/private ed25519 key pair.\nYour identification has been saved in /home/teo/.ssh/nas_backup\n") % M


@syn("windows_net_use_share_then_secret", "cli", "net use Z: \\\\host\\share SECRET /user:DOMAIN\\user")
def _(r):
    return "C:\\> net use Z: \\\\workshop-nas\\plans %s /user:MARROWGATE\\%s /persistent:no\nThe command completed successfully.\n" % (M, u(r))


@syn("schtasks_create_slash_rp_runas_secret", "cli", "schtasks /create ... /ru user /rp SECRET")
def _(r):
    return ('C:\\> schtasks /create /tn "BoxOffice\\NightlyExport" /tr "C:\\BoxOffice\\export.cmd" /sc daily /st 23:30 '
            '/ru MARROWGATE\\svc-boxoffice /rp %s\nSUCCESS: The scheduled task "BoxOffice\\NightlyExport" has successfully been created.\n') % M


@syn("windows_net_user_add_second_positional", "cli", "net user name SECRET /add")
def _(r):
    return "C:\\> net user kioskvolunteer %s /add /fullname:\"Kiosk Volunteer\" /passwordchg:no\nThe command completed successfully.\n" % M


@syn("rabbitmqctl_add_user_second_positional", "cli", "rabbitmqctl add_user user SECRET")
def _(r):
    return ("root@mq1:~# rabbitmqctl add_user stocksync %s\nAdding user \"stocksync\" ...\nDone. Don't forget to grant the user permissions to some virtual hosts!\n"
            "root@mq1:~# rabbitmqctl set_permissions -p /shops stocksync '.*' '.*' '.*'\n") % M


@syn("mosquitto_pub_capital_p_after_lower_u", "cli", "mosquitto_pub -u user -P SECRET -t topic -m msg")
def _(r):
    return "hana@bench:~$ mosquitto_pub -h %s -u punchhead -P %s -t stage/punch/jaw -m '{\"deg\": 38}'\n" % (ip(r), M)


@syn("ipmitool_capital_p_after_capital_u", "cli", "ipmitool -I lanplus -H host -U user -P SECRET cmd")
def _(r):
    return "$ ipmitool -I lanplus -H %s -U ADMIN -P %s chassis power status\nChassis Power is on\n" % (ip(r), M)


@syn("etcdctl_user_flag_colon_pair", "cli", "etcdctl --user user:SECRET get key")
def _(r):
    return "$ ETCDCTL_API=3 etcdctl --endpoints=https://%s:2379 --user root:%s get /loanbox/config --prefix --keys-only\n/loanbox/config/kiosks\n" % (ip(r), M)


@syn("minio_mc_alias_set_fourth_positional", "cli", "mc alias set name url ACCESS SECRET")
def _(r):
    return "$ mc alias set shows https://s3.marrowgate-puppets.example showsadmin %s\nAdded `shows` successfully.\n" % M


@syn("skopeo_src_creds_colon_pair", "cli", "skopeo copy --src-creds user:SECRET src dst")
def _(r):
    return ("$ skopeo copy --src-creds %s:%s docker://registry.lanternfly.example/loanbox:2025.3 oci-archive:/tmp/loanbox.tar\n"
            "Getting image source signatures\nCopying blob sha256:%s\n") % (u(r), M, rs(r, HEX, 64))


@syn("nss_pk12util_capital_w_flag", "cli", "pk12util -i file.p12 -d sql:dir -W SECRET")
def _(r):
    return "$ pk12util -i boxoffice-client.p12 -d sql:$HOME/.pki/nssdb -W %s\npk12util: PKCS12 IMPORT SUCCESSFUL\n" % M


@syn("steghide_embed_lower_p_flag", "cli", "steghide embed -cf cover.jpg -ef file -p SECRET")
def _(r):
    return "$ steghide embed -cf poster_punch.jpg -ef treasure_clue.txt -p %s\nembedding \"treasure_clue.txt\" in \"poster_punch.jpg\"... done\n" % M


@syn("aescrypt_lower_p_flag", "cli", "aescrypt -e -p SECRET file")
def _(r):
    return "$ aescrypt -e -p %s members_export_2025-03.csv\n$ ls members_export_2025-03.csv*\nmembers_export_2025-03.csv  members_export_2025-03.csv.aes\n" % M


@syn("hive_beeline_lower_p_after_lower_n", "cli", "beeline -u jdbc:hive2://host -n user -p SECRET")
def _(r):
    return "$ beeline -u jdbc:hive2://%s:10000/sales -n analytics -p %s -e 'select count(*) from tickets'\n+------+\n| _c0  |\n+------+\n| 9214 |\n" % (ip(r), M)


@syn("sysinternals_autologon_third_positional", "cli", "autologon user domain SECRET")
def _(r):
    return "C:\\Tools> autologon64.exe kiosk BRAMBLEWICK %s /accepteula\nAutologon successfully configured.\n" % M


@syn("mpc_host_flag_secret_at_host", "cli", "mpc -h SECRET@host play")
def _(r):
    return "$ mpc -h %s@foyer-music.marrowgate-puppets.example play\nvolume: 40%%   repeat: on    random: off\n" % M


@syn("hdparm_security_unlock_argument", "cli", "hdparm --user-master u --security-unlock SECRET /dev/sdX")
def _(r):
    return "# hdparm --user-master u --security-unlock %s /dev/sdb\nsecurity_password: \"\"\n\n/dev/sdb:\n Issuing SECURITY_UNLOCK command, password=\"\", user=user\n" % M


@syn("doveadm_auth_test_second_positional", "cli", "doveadm auth test user SECRET")
def _(r):
    return "# doveadm auth test %s@bramblewick-toylib.example %s\npassdb: %s@bramblewick-toylib.example auth succeeded\n" % ("rohan", M, "rohan")


@syn("samba_tool_user_create_second_positional", "cli", "samba-tool user create user SECRET")
def _(r):
    return "# samba-tool user create frontdesk %s --given-name=Front --surname=Desk\nUser 'frontdesk' added successfully\n" % M


@syn("macos_networksetup_airport_third_positional", "cli", "networksetup -setairportnetwork en0 SSID SECRET")
def _(r):
    return "$ networksetup -setairportnetwork en0 \"Marrowgate-Stage\" %s\n$ networksetup -getairportnetwork en0\nCurrent Wi-Fi Network: Marrowgate-Stage\n" % M


@syn("openstack_swift_capital_k_after_capital_u", "cli", "swift -A url -U account:user -K SECRET list")
def _(r):
    return "$ swift -A https://objects.lanternfly.example/auth/v1.0 -U shows:teo -K %s list archive\npunch_2024_recording.mp4\n" % M


# ------------------------------------------------------------------ stdin

@syn("sudo_capital_s_echo_pipe", "stdin", "echo SECRET | sudo -S cmd")
def _(r):
    return "rohan@kiosk1:~$ echo %s | sudo -S systemctl restart loanbox-kiosk\n[sudo] password for rohan: rohan@kiosk1:~$\n" % M


@syn("teradata_bteq_logon_heredoc", "stdin", "bteq <<EOF / .LOGON host/user,SECRET")
def _(r):
    return "$ bteq <<'EOF'\n.LOGON tdprod/marrowgate_rpt,%s\nSELECT COUNT(*) FROM sales.tickets WHERE show_date = DATE '2025-03-14';\n.LOGOFF\n.QUIT\nEOF\n" % M


@syn("mit_kinit_here_string", "stdin", "kinit principal <<< SECRET")
def _(r):
    return "$ kinit svc-loanbox@BRAMBLEWICK.EXAMPLE <<< %s\n$ klist | head -3\nTicket cache: FILE:/tmp/krb5cc_1000\n" % M


@syn("telnet_subshell_echo_sequence", "stdin", "(echo user; sleep 1; echo SECRET; ...) | telnet host")
def _(r):
    return "$ (sleep 1; echo admin; sleep 1; echo %s; sleep 1; echo 'show dmx ports'; sleep 2) | telnet %s\n" % (M, ip(r))


@syn("netcat_first_line_to_device_console", "stdin", "printf 'SECRET\\r\\nSTATUS\\r\\n' | nc host port")
def _(r):
    return "$ printf '%s\\r\\nSTATUS\\r\\n' | nc -w 2 %s 4001\nOK\nHOIST1 PARKED  HOIST2 PARKED  ESTOP CLEAR\n" % (M, ip(r))


@syn("cifscreds_add_stdin_pipe", "stdin", "echo SECRET | cifscreds add -u user host")
def _(r):
    return "$ echo %s | cifscreds add -u %s workshop-nas.marrowgate-puppets.example\n" % (M, u(r))


@syn("tcl_expect_inline_send_after_prompt", "stdin", "expect -c 'spawn ...; expect \"*assword*\"; send \"SECRET\\r\"'")
def _(r):
    return ("$ expect -c 'spawn ssh %s@%s; expect \"*assword*\"; send \"%s\\r\"; expect \"$ \"; send \"uptime\\r\"; interact'\n") % (u(r), ip(r), M)


# ------------------------------------------------------------------ lib

@syn("python_mysqldb_connect_third_positional", "lib", "MySQLdb.connect(host, user, SECRET, db)")
def _(r):
    return "import MySQLdb\n\ndb = MySQLdb.connect(\"%s\", \"koha_ro\", \"%s\", \"koha_bramblewick\")\ncur = db.cursor()\n" % (ip(r), M)


@syn("python_pysftp_connection_fourth_positional", "lib", "pysftp.Connection(host, user, None, SECRET)")
def _(r):
    return "import pysftp\n\nwith pysftp.Connection('files.tumbledown-toys.example', 'feeds', None, '%s') as sftp:\n    sftp.put('out/faire_stock.csv')\n" % M


@syn("python_pika_plaincredentials_second", "lib", "pika.PlainCredentials(user, SECRET)")
def _(r):
    return "import pika\n\ncreds = pika.PlainCredentials('stocksync', '%s')\nparams = pika.ConnectionParameters('%s', 5672, '/shops', creds)\n" % (M, ip(r))


@syn("python_pysmb_smbconnection_second", "lib", "SMBConnection(user, SECRET, client, server)")
def _(r):
    return "from smb.SMBConnection import SMBConnection\n\nconn = SMBConnection('%s', '%s', 'laser-pc', 'workshop-nas', use_ntlm_v2=True)\nconn.connect('%s', 139)\n" % (u(r), M, ip(r))


@syn("python_hvac_userpass_login_second", "lib", "client.auth.userpass.login(user, SECRET)")
def _(r):
    return "import hvac\n\nclient = hvac.Client(url='https://vault.lanternfly.example')\nclient.auth.userpass.login('ci-boxoffice', '%s')\n" % M


@syn("python_influxdb_client_fourth_positional", "lib", "InfluxDBClient(host, port, user, SECRET, db)")
def _(r):
    return "from influxdb import InfluxDBClient\n\nclient = InfluxDBClient('%s', 8086, 'rigmon', '%s', 'hoists')\nclient.write_points(points)\n" % (ip(r), M)


@syn("python_ssl_load_cert_chain_third", "lib", "ctx.load_cert_chain(certfile, keyfile, SECRET)")
def _(r):
    return "import ssl\n\nctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)\nctx.load_cert_chain('certs/tills.crt', 'certs/tills.key', '%s')\n" % M


@syn("python_xmlrpc_odoo_authenticate_third", "lib", "common.authenticate(db, user, SECRET, {})")
def _(r):
    return ("import xmlrpc.client\n\ncommon = xmlrpc.client.ServerProxy('https://erp.tumbledown-toys.example/xmlrpc/2/common')\n"
            "uid = common.authenticate('tumbledown', 'stock-bot@tumbledown-toys.example', '%s', {})\n") % M


@syn("micropython_wlan_connect_second", "lib", "network.WLAN(network.STA_IF).connect(ssid, SECRET)")
def _(r):
    return "import network\n\nwlan = network.WLAN(network.STA_IF)\nwlan.active(True)\nwlan.connect('Marrowgate-Stage', '%s')\n" % M


@syn("micropython_umqtt_client_fifth", "lib", "MQTTClient(client_id, server, port, user, SECRET)")
def _(r):
    return "from umqtt.simple import MQTTClient\n\nc = MQTTClient('punch-jaw', '%s', 1883, 'punchhead', '%s')\nc.connect()\n" % (ip(r), M)


@syn("node_crypto_pbkdf2sync_first", "lib", "crypto.pbkdf2Sync(SECRET, salt, iterations, len, digest)")
def _(r):
    return ("const crypto = require('crypto');\n// derive the export-file key\nconst key = crypto.pbkdf2Sync('%s', salt, 210000, 32, 'sha512');\n") % M


@syn("node_sequelize_ctor_third", "lib", "new Sequelize(db, user, SECRET, options)")
def _(r):
    return "const { Sequelize } = require('sequelize');\n\nconst sequelize = new Sequelize('parties', 'parties_app', '%s', {\n  host: '%s',\n  dialect: 'postgres',\n});\n" % (M, ip(r))


@syn("node_azure_usernamepasswordcredential_fourth", "lib", "new UsernamePasswordCredential(tenant, client, user, SECRET)")
def _(r):
    return ("const { UsernamePasswordCredential } = require('@azure/identity');\n\nconst cred = new UsernamePasswordCredential(\n"
            "  tenantId, clientId, 'bookings@marrowgate-puppets.example', '%s');\n") % M


@syn("java_activemq_connectionfactory_second", "lib", "new ActiveMQConnectionFactory(user, SECRET, url)")
def _(r):
    return "ConnectionFactory cf = new ActiveMQConnectionFactory(\"tills\", \"%s\", \"tcp://%s:61616\");\nConnection conn = cf.createConnection();\n" % (M, ip(r))


@syn("java_cqlsession_withauthcredentials_second", "lib", "CqlSession.builder().withAuthCredentials(user, SECRET)")
def _(r):
    return ("CqlSession session = CqlSession.builder()\n    .addContactPoint(new InetSocketAddress(\"%s\", 9042))\n"
            "    .withAuthCredentials(\"loans\", \"%s\")\n    .withLocalDatacenter(\"dc1\")\n    .build();\n") % (ip(r), M)


@syn("kotlin_exposed_database_connect_fourth", "lib", "Database.connect(url, driver, user, SECRET)")
def _(r):
    return "val db = Database.connect(\"jdbc:postgresql://%s/workshops\", \"org.postgresql.Driver\", \"workshops\", \"%s\")\n" % (ip(r), M)


@syn("scala_doobie_fromdrivermanager_fourth", "lib", "Transactor.fromDriverManager[IO](driver, url, user, SECRET)")
def _(r):
    return ("val xa = Transactor.fromDriverManager[IO](\n  \"org.postgresql.Driver\", \"jdbc:postgresql://%s/boxoffice\", \"reports\", \"%s\", None\n)\n") % (ip(r), M)


@syn("csharp_networkcredential_ctor_second", "lib", "new NetworkCredential(user, SECRET)")
def _(r):
    return "var client = new SmtpClient(\"smtp.tumbledown-toys.example\", 587)\n{\n    EnableSsl = true,\n    Credentials = new NetworkCredential(\"tills@tumbledown-toys.example\", \"%s\")\n};\n" % M


@syn("csharp_sshnet_sftpclient_ctor_third", "lib", "new SftpClient(host, user, SECRET)")
def _(r):
    return "using var sftp = new SftpClient(\"files.tumbledown-toys.example\", \"epos\", \"%s\");\nsftp.Connect();\nsftp.UploadFile(stream, \"/in/sales.csv\");\n" % M


@syn("powershell_convertto_securestring_first", "lib", "ConvertTo-SecureString SECRET -AsPlainText -Force")
def _(r):
    return "$sec = ConvertTo-SecureString '%s' -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential('MARROWGATE\\svc-boxoffice', $sec)\n" % M


@syn("vba_workbooks_open_fifth_positional", "lib", "Workbooks.Open(path, , , , SECRET)")
def _(r):
    return "Sub OpenStockSheet()\n    Workbooks.Open \"\\\\frome-pc\\stock\\Stock_Frome.xlsx\", , , , \"%s\"\nEnd Sub\n" % M


@syn("vba_worksheet_unprotect_first", "lib", "Worksheets(name).Unprotect SECRET")
def _(r):
    return "Sub UpdatePrices()\n    Worksheets(\"Prices\").Unprotect \"%s\"\n    Range(\"D2:D400\").Value = Range(\"F2:F400\").Value\nEnd Sub\n" % M


@syn("go_mysql_dsn_userinfo", "lib", "sql.Open(\"mysql\", \"user:SECRET@tcp(host)/db\")")
def _(r):
    return "db, err := sql.Open(\"mysql\", \"loans:%s@tcp(%s:3306)/loanbox?parseTime=true\")\nif err != nil {\n\tlog.Fatal(err)\n}\n" % (M, ip(r))


@syn("go_minio_newstaticv4_second", "lib", "credentials.NewStaticV4(access, SECRET, \"\")")
def _(r):
    return ("client, err := minio.New(\"s3.marrowgate-puppets.example\", &minio.Options{\n"
            "\tCreds:  credentials.NewStaticV4(\"showsadmin\", \"%s\", \"\"),\n\tSecure: true,\n})\n") % M


@syn("rust_rumqttc_set_credentials_second", "lib", "mqttoptions.set_credentials(user, SECRET)")
def _(r):
    return "let mut opts = MqttOptions::new(\"rig-monitor\", \"%s\", 1883);\nopts.set_credentials(\"rigmon\", \"%s\");\n" % (ip(r), M)


@syn("php_mysqli_connect_third", "lib", "mysqli_connect(host, user, SECRET, db)")
def _(r):
    return "<?php\n$link = mysqli_connect('%s', 'presta_ro', '%s', 'presta_tumbledown');\nif (!$link) { die('db down'); }\n" % (ip(r), M)


@syn("php_imap_open_third", "lib", "imap_open(mailbox, user, SECRET)")
def _(r):
    return "<?php\n$mbox = imap_open('{mail.bramblewick-toylib.example:993/imap/ssl}INBOX', 'loans@bramblewick-toylib.example', '%s');\n" % M


@syn("perl_net_ssh_perl_login_second", "lib", "$ssh->login(user, SECRET)")
def _(r):
    return "use Net::SSH::Perl;\nmy $ssh = Net::SSH::Perl->new('%s');\n$ssh->login('backup', '%s');\nmy ($out) = $ssh->cmd('df -h /srv');\n" % (ip(r), M)


@syn("dart_httpclientbasiccredentials_second", "lib", "HttpClientBasicCredentials(user, SECRET)")
def _(r):
    return ("final client = HttpClient();\nclient.addCredentials(Uri.parse('https://tills.tumbledown-toys.example/api'), 'tills',\n"
            "    HttpClientBasicCredentials('frome-till', '%s'));\n") % M


@syn("erlang_epgsql_connect_third", "lib", "epgsql:connect(Host, User, SECRET, Opts)")
def _(r):
    return "{ok, C} = epgsql:connect(\"%s\", \"boxoffice\", \"%s\", #{database => \"tickets\", timeout => 4000}).\n" % (ip(r), M)


@syn("haskell_haskellnet_imap_login_third", "lib", "login conn user SECRET")
def _(r):
    return "main = do\n  conn <- connectIMAPSSL \"mail.bramblewick-toylib.example\"\n  login conn \"loans@bramblewick-toylib.example\" \"%s\"\n  select conn \"INBOX\"\n" % M


@syn("c_libpq_pqsetdblogin_seventh", "lib", "PQsetdbLogin(host, port, opts, tty, db, user, SECRET)")
def _(r):
    return "PGconn *conn = PQsetdbLogin(\"%s\", \"5432\", NULL, NULL, \"loanbox\", \"kiosk\", \"%s\");\nif (PQstatus(conn) != CONNECTION_OK) return 1;\n" % (ip(r), M)


@syn("arduino_wifi_begin_second", "lib", "WiFi.begin(ssid, SECRET)")
def _(r):
    return "void setup() {\n  Serial.begin(115200);\n  WiFi.begin(\"Marrowgate-Stage\", \"%s\");\n  while (WiFi.status() != WL_CONNECTED) delay(250);\n}\n" % M


@syn("cpp_qt_qnetworkproxy_fifth", "lib", "QNetworkProxy(type, host, port, user, SECRET)")
def _(r):
    return "QNetworkProxy proxy(QNetworkProxy::HttpProxy, \"proxy.lanternfly.example\", 3128, \"boxoffice\", \"%s\");\nQNetworkProxy::setApplicationProxy(proxy);\n" % M


@syn("lua_mosquitto_login_set_second", "lib", "client:login_set(user, SECRET)")
def _(r):
    return "local mqtt = require(\"mosquitto\")\nlocal client = mqtt.new(\"dmx-bridge\")\nclient:login_set(\"dmxbridge\", \"%s\")\nclient:connect(\"%s\")\n" % (M, ip(r))


@syn("r_keyring_key_set_with_value_third", "lib", "keyring::key_set_with_value(service, user, SECRET)")
def _(r):
    return "library(keyring)\nkey_set_with_value(\"loanbox-db\", \"rohan\", \"%s\")\ncon <- dbConnect(RPostgres::Postgres(), dbname = \"loanbox\")\n" % M


# ------------------------------------------------------------------ gui

@syn("pywinauto_type_keys_edit_control", "gui", "dlg.Edit2.type_keys(SECRET)")
def _(r):
    return "from pywinauto.application import Application\n\napp = Application(backend='uia').start(r'C:\\EposNow\\Till.exe')\ndlg = app.window(title_re='Till login.*')\ndlg.Edit1.type_keys('manager')\ndlg.Edit2.type_keys('%s', with_spaces=False)\n" % M


@syn("webdriverio_add_value_second_field", "gui", "await $('#f2').addValue(SECRET)")
def _(r):
    return "it('logs in to the loans desk', async () => {\n  await $('#f1').setValue('rohan');\n  await $('#f2').addValue('%s');\n  await $('button[type=submit]').click();\n});\n" % M


@syn("capybara_fill_in_with_keyword", "gui", "fill_in 'f2', with: SECRET")
def _(r):
    return "scenario 'box office supervisor refunds a ticket' do\n  visit '/login'\n  fill_in 'f1', with: 'nadia'\n  fill_in 'f2', with: '%s'\n  click_button 'Sign in'\nend\n" % M


@syn("cucumber_fill_in_step_quoted", "gui", "When I fill in \"f2\" with \"SECRET\"")
def _(r):
    return "Scenario: kiosk volunteer signs in\n  Given I am on the kiosk start page\n  When I fill in \"f1\" with \"maja\"\n  And I fill in \"f2\" with \"%s\"\n  And I press \"Start\"\n" % M


@syn("codeception_fill_field_second", "gui", "$I->fillField('#f2', SECRET)")
def _(r):
    return "<?php\n$I->amOnPage('/admin');\n$I->fillField('#f1', 'greta');\n$I->fillField('#f2', '%s');\n$I->click('Log in');\n" % M


@syn("selenide_val_chained", "gui", "$(\"#f2\").val(SECRET)")
def _(r):
    return "open(\"/login\");\n$(\"#f1\").val(\"callum\");\n$(\"#f2\").val(\"%s\").pressEnter();\n" % M


@syn("testcomplete_keys_method", "gui", "field.Keys(SECRET)")
def _(r):
    return "function LoginTill() {\n  var form = Aliases.Till.LoginForm;\n  form.f1.Keys(\"manager\");\n  form.f2.Keys(\"%s[Enter]\");\n}\n" % M


@syn("ranorex_keyboard_press_after_click", "gui", "Keyboard.Press(SECRET)")
def _(r):
    return "repo.BoxOffice.LoginForm.f2.Click();\nKeyboard.Press(\"%s\");\nKeyboard.Press(System.Windows.Forms.Keys.Return);\n" % M


@syn("power_automate_populate_text_field", "gui", "WebAutomation.PopulateTextField ... Text: SECRET")
def _(r):
    return ("WebAutomation.PopulateTextField.PopulateTextField BrowserInstance: Browser Control: appmask['Web Page']['f2'] "
            "Text: $'''%s''' EmulateTyping: True UnfocusAfterPopulate: False\n") % M


@syn("hammerspoon_eventtap_keystrokes", "gui", "hs.eventtap.keyStrokes(SECRET)")
def _(r):
    return "hs.hotkey.bind({\"cmd\", \"alt\"}, \"L\", function()\n  hs.application.launchOrFocus(\"QLab\")\n  hs.eventtap.keyStrokes(\"%s\")\n  hs.eventtap.keyStroke({}, \"return\")\nend)\n" % M


@syn("imacros_tag_content_attribute", "gui", "TAG POS=1 TYPE=INPUT:* ATTR=ID:f2 CONTENT=SECRET")
def _(r):
    return "VERSION BUILD=1011\nURL GOTO=https://members.bramblewick-toylib.example/login\nTAG POS=1 TYPE=INPUT:TEXT ATTR=ID:f1 CONTENT=rohan\nTAG POS=1 TYPE=INPUT:* ATTR=ID:f2 CONTENT=%s\n" % M


@syn("vbscript_wscript_sendkeys", "gui", "WshShell.SendKeys SECRET")
def _(r):
    return "Set WshShell = WScript.CreateObject(\"WScript.Shell\")\nWshShell.AppActivate \"Till Login\"\nWScript.Sleep 500\nWshShell.SendKeys \"%s{ENTER}\"\n" % M


@syn("tmux_send_keys_to_pane", "gui", "tmux send-keys -t pane SECRET Enter")
def _(r):
    return "$ tmux send-keys -t tour:0.1 'ssh luis@%s' Enter\n$ sleep 2; tmux send-keys -t tour:0.1 '%s' Enter\n" % (ip(r), M)


# ------------------------------------------------------------------ sql

@syn("mysql_create_user_identified_by", "sql", "CREATE USER 'u'@'%' IDENTIFIED BY 'SECRET'")
def _(r):
    return "mysql> CREATE USER 'kiosk_ro'@'10.51.%%' IDENTIFIED BY '%s';\nQuery OK, 0 rows affected (0.02 sec)\n" % M


@syn("mssql_openrowset_semicolon_triplet", "sql", "OPENROWSET('SQLNCLI', 'host';'user';'SECRET', 'query')")
def _(r):
    return "SELECT t.*\nFROM OPENROWSET('SQLNCLI', '%s';'reports';'%s',\n     'SELECT show_id, seats_sold FROM boxoffice.dbo.shows') AS t;\n" % (ip(r), M)


@syn("mssql_sp_change_users_login_fourth", "sql", "EXEC sp_change_users_login 'Auto_Fix', 'user', NULL, 'SECRET'")
def _(r):
    return "USE StockFrome;\nEXEC sp_change_users_login 'Auto_Fix', 'stockapp', NULL, '%s';\n-- The row for user 'stockapp' will be fixed by updating its login link\n" % M


@syn("pgcrypto_pgp_sym_encrypt_second", "sql", "pgp_sym_encrypt(data, 'SECRET')")
def _(r):
    return "UPDATE members SET notes_enc = pgp_sym_encrypt(notes, '%s') WHERE notes IS NOT NULL;\nUPDATE 214\n" % M


@syn("ecpg_connect_user_slash_pair", "sql", "EXEC SQL CONNECT TO db USER user/SECRET")
def _(r):
    return "EXEC SQL CONNECT TO loanbox@%s:5432 AS main USER kiosk/%s;\nEXEC SQL SELECT count(*) INTO :n FROM loans;\n" % (ip(r), M)


@syn("h2_create_linked_table_fourth", "sql", "CREATE LINKED TABLE t('', url, user, SECRET, table)")
def _(r):
    return "CREATE LINKED TABLE frome_stock('', 'jdbc:postgresql://%s/stock', 'stock_ro', '%s', 'public.stock_levels');\n" % (ip(r), M)


@syn("sybase_sp_addexternlogin_fourth", "sql", "sp_addexternlogin server, login, remote_user, SECRET")
def _(r):
    return "1> sp_addexternlogin LEGACY_TILLS, sa, tills_reader, %s\n2> go\nUser 'sa' will be known as 'tills_reader' in remote server 'LEGACY_TILLS'.\n" % M


@syn("mongo_legacy_shell_connect_third", "sql", "connect(url, user, SECRET)")
def _(r):
    return "> db = connect(\"%s:27017/parties\", \"parties_app\", \"%s\")\nparties\n> db.bookings.countDocuments({date: \"2025-03-22\"})\n14\n" % (ip(r), M)


@syn("cypher_dbms_security_createuser_second", "sql", "CALL dbms.security.createUser('user', 'SECRET', false)")
def _(r):
    return "neo4j> CALL dbms.security.createUser('puppetgraph', '%s', false);\n0 rows available after 41 ms\n" % M


# ------------------------------------------------------------------ file

@syn("davfs2_secrets_third_column", "file", "/etc/davfs2/secrets: url user SECRET")
def _(r):
    return "# /etc/davfs2/secrets\n# davfs2 secrets file, mode 600\nhttps://cloud.marrowgate-puppets.example/remote.php/dav/files/teo  teo  %s\n" % M


@syn("exim_passwd_client_third_field", "file", "/etc/exim4/passwd.client: host:user:SECRET")
def _(r):
    return "# password file used when the local exim is authenticating to a remote host\n### target.mail.server.example:login:password\nsmtp.tumbledown-toys.example:tills@tumbledown-toys.example:%s\n" % M


@syn("postfix_sasl_passwd_colon_pair", "file", "/etc/postfix/sasl_passwd: [host]:587 user:SECRET")
def _(r):
    return "# /etc/postfix/sasl_passwd  (postmap after editing)\n[smtp.tumbledown-toys.example]:587 labels@tumbledown-toys.example:%s\n" % M


@syn("dovecot_passwd_file_plain_scheme", "file", "passwd-file: user:{PLAIN}SECRET::::")
def _(r):
    return "# /etc/dovecot/users\nloans@bramblewick-toylib.example:{PLAIN}%s::::::\nhello@bramblewick-toylib.example:{SHA512-CRYPT}$6$%s$%s::::::\n" % (M, rs(r, "abcdefghijklmnopqrstuvwxyz0123456789", 16), rs(r, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./", 86))


@syn("rsyncd_secrets_colon_pair", "file", "/etc/rsyncd.secrets: user:SECRET")
def _(r):
    return "# /etc/rsyncd.secrets  (chmod 600)\nshowbackup:%s\n" % M


@syn("racoon_psk_txt_second_column", "file", "/etc/racoon/psk.txt: address SECRET")
def _(r):
    return "# /etc/racoon/psk.txt\n# IPv4/v6 addresses\n%s\t%s\n" % (ip(r), M)


@syn("sane_saned_users_second_field", "file", "/etc/sane.d/saned.users: user:SECRET:backend")
def _(r):
    return "# saned.users -- users allowed to scan over the network\nfrontdesk:%s:epson2\n" % M


@syn("nut_upsmon_monitor_fifth_field", "file", "upsmon.conf: MONITOR ups@host 1 user SECRET primary")
def _(r):
    return "# /etc/nut/upsmon.conf\nMONITOR dimmers@localhost 1 upsmon %s primary\nMINSUPPLIES 1\nSHUTDOWNCMD \"/sbin/shutdown -h +0\"\n" % M


@syn("proxychains_conf_fifth_field", "file", "proxychains.conf: socks5 host port user SECRET")
def _(r):
    return "[ProxyList]\n# type  host  port [user pass]\nsocks5\t%s\t1080\ttouring\t%s\n" % (ip(r), M)


@syn("squid_cache_peer_login_pair", "file", "squid.conf: cache_peer host parent 3128 0 login=user:SECRET")
def _(r):
    return "# squid.conf on the library gateway\ncache_peer proxy.lanternfly.example parent 3128 0 no-query default login=bramblewick:%s\nnever_direct allow all\n" % M


@syn("threeproxy_users_cl_field", "file", "3proxy.cfg: users user:CL:SECRET")
def _(r):
    return "# 3proxy.cfg on the touring router\nnserver 1.1.1.1\nusers luis:CL:%s\nauth strong\nproxy -p3128\n" % M


@syn("tinyproxy_basicauth_second", "file", "tinyproxy.conf: BasicAuth user SECRET")
def _(r):
    return "# /etc/tinyproxy/tinyproxy.conf\nPort 8888\nAllow 10.51.9.0/24\nBasicAuth kiosk %s\n" % M


@syn("tacacs_plus_login_cleartext", "file", "tac_plus.conf: login = cleartext \"SECRET\"")
def _(r):
    return "user = agnieszka {\n    member = netadmins\n    login = cleartext \"%s\"\n}\n" % M


@syn("monit_httpd_allow_colon_pair", "file", "monitrc: set httpd ... allow user:SECRET")
def _(r):
    return "set httpd port 2812 and\n    use address 0.0.0.0\n    allow 10.51.4.0/24\n    allow admin:%s\n" % M


@syn("box_office_staff_fixed_width_columns", "file", "invented fixed-width staff file: login cols 1-12, name 13-32, code 33-48")
def _(r):
    return ("# staff.dat for the old ticket printers (fixed width: 1-12 login, 13-32 name, 33-48 code, 49- role)\n"
            "%-12s%-20s%-16s%s\n") % ("nadia", "Nadia Petrosyan", M, "SUPERVISOR")


@syn("kiosk_users_json_array_of_triples", "file", "invented kiosk users.json: [[login, SECRET, role], ...]")
def _(r):
    return "[\n  [\"maja\", \"%s\", \"volunteer\"],\n  [\"rohan\", null, \"coordinator\"]\n]\n" % M


# ------------------------------------------------------------------ proto

@syn("ublox_at_upsd_param_three_quoted", "proto", "AT+UPSD=0,3,\"SECRET\"")
def _(r):
    return "AT+UPSD=0,1,\"iot.touring.example\"\r\nOK\r\nAT+UPSD=0,2,\"vanmodem\"\r\nOK\r\nAT+UPSD=0,3,\"%s\"\r\nOK\r\nAT+UPSDA=0,3\r\nOK\r\n" % M


@syn("qualcomm_at_qcpdpp_third_quoted", "proto", "AT$QCPDPP=cid,auth,\"SECRET\",\"user\"")
def _(r):
    return "AT$QCPDPP=1,2,\"%s\",\"tourvan\"\r\nOK\r\nAT+CGACT=1,1\r\nOK\r\n" % M


@syn("quectel_at_qmtconn_fourth_quoted", "proto", "AT+QMTCONN=idx,\"client\",\"user\",\"SECRET\"")
def _(r):
    return "AT+QMTOPEN=0,\"%s\",1883\r\nOK\r\n+QMTOPEN: 0,0\r\nAT+QMTCONN=0,\"van-tracker\",\"tracker\",\"%s\"\r\nOK\r\n+QMTCONN: 0,0,0\r\n" % (ip(r), M)


@syn("irc_join_channel_key_second", "proto", "JOIN #channel SECRET")
def _(r):
    return ":teo!teo@laser-pc NICK teo\r\nJOIN #workshop-backstage %s\r\n:irc.lanternfly.example 332 teo #workshop-backstage :get-in Friday 9am\r\n" % M


@syn("shoutcast_v1_source_first_line", "proto", "SHOUTcast v1 source: first line sent is SECRET")
def _(r):
    return "[stream from mixer pc to %s:8001, first bytes]\n%s\r\nicy-name:Marrowgate Foyer\r\nicy-genre:Puppet Radio\r\nicy-br:128\r\n\r\n" % (ip(r), M)


@syn("wordpress_xmlrpc_second_param_string", "proto", "methodCall wp.getUsersBlogs params: user, SECRET")
def _(r):
    return ("POST /xmlrpc.php HTTP/1.1\r\nHost: blog.tumbledown-toys.example\r\nContent-Type: text/xml\r\n\r\n"
            "<?xml version=\"1.0\"?><methodCall><methodName>wp.getUsersBlogs</methodName><params>"
            "<param><value><string>greta</string></value></param>"
            "<param><value><string>%s</string></value></param></params></methodCall>\n") % M


def build(reg, side):
    rng = random.Random(SEED)
    recs = []
    for name, where, gist, fn in S:
        for _ in range(300):
            v = W.strict_password(rng)
            if reg.ok(v):
                break
        reg.add(v)
        text = fn(rng)
        assert text.count(M) == 1, name
        s = text.index(M)
        text = text.replace(M, v)
        t = PREFIX + name
        recs.append({"type": t, "container": "%s__%s" % (name, WHERE[where]), "text": text,
                     "secrets": [{"value": v, "start": s, "end": s + len(v), "type": t}], "source": "password"})
    return recs
