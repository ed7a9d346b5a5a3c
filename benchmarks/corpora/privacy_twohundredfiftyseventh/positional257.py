"""Positional passwords: the value is a password but no key name says so.
One record per syntax; span type `lgpw_<syntax>`, container `<syntax>__<where>`."""

import random

import common257 as c
import world257 as w

SEED = 25703
M = "\ue000"
PREFIX = "lgpw_"
WHERE = {
    "cli": "studio_ops_terminal", "stdin": "organ_server_shell_pipe", "lib": "cameline_code_excerpt",
    "gui": "booking_ui_test_script", "file": "workshop_host_config", "sql": "restoration_db_console",
    "proto": "site_network_capture",
}

SYN = []


def syn(name, where, shape):
    def deco(fn):
        SYN.append((name, where, shape, fn))
        return fn
    return deco


IP = w.ip
H = w.host

# ------------------------------------------------------------------ cli
@syn("windows_net_use_share_second_positional", "cli", "net use Z: \\\\server\\share VALUE /user:DOMAIN\\name")
def _(r):
    return "C:\\Users\\cdunmore> net use Z: \\\\archive\\survey-photos %s /user:SASHWRIGHT\\cdunmore /persistent:no\nThe command completed successfully.\n" % M


@syn("sysinternals_psexec_lower_p_after_lower_u", "cli", "psexec \\\\host -u user -p VALUE cmd")
def _(r):
    return "C:\\Tools> psexec \\\\%s -u STUDIO\\kilnsvc -p %s cmd /c \"C:\\kiln\\pull-logs.cmd\"\n" % (IP(r), M)


@syn("schtasks_create_rp_run_as_flag", "cli", "schtasks /create ... /ru user /rp VALUE")
def _(r):
    return ("C:\\> schtasks /create /tn \"KilnLogBackup\" /tr \"C:\\kiln\\backup.cmd\" /sc daily /st 02:00 "
            "/ru STUDIO\\svc-kiln /rp %s\nSUCCESS: The scheduled task \"KilnLogBackup\" has successfully been created.\n" % M)


@syn("curl_lower_u_colon_pair", "cli", "curl -u user:VALUE url")
def _(r):
    return "$ curl -s -u tuner:%s https://%s/api/visits?week=%d | jq length\n%d\n" % (M, H(r, "organ"), r.randrange(1, 52), r.randrange(3, 40))


@syn("redis_cli_lower_a_flag", "cli", "redis-cli -h host -a VALUE PING")
def _(r):
    return "$ redis-cli -h %s -p 6379 -a %s --no-auth-warning PING\nPONG\n" % (IP(r), M)


@syn("rabbitmqctl_add_user_second_positional", "cli", "rabbitmqctl add_user name VALUE")
def _(r):
    return "$ sudo rabbitmqctl add_user kiln-bridge %s\nAdding user \"kiln-bridge\" ...\nDone. Don't forget to grant the user permissions to some virtual hosts!\n" % M


@syn("lftp_lower_u_comma_pair", "cli", "lftp -u user,VALUE sftp://host")
def _(r):
    return "$ lftp -u scans,%s sftp://%s -e 'mirror --reverse ./out /incoming; bye'\n" % (M, H(r, "windows"))


@syn("rdesktop_lower_p_after_lower_u", "cli", "rdesktop -u user -p VALUE host")
def _(r):
    return "$ rdesktop -g 1600x900 -u voicing -p %s %s &\n" % (M, IP(r))


@syn("sqlplus_slash_at_connect_string", "cli", "sqlplus user/VALUE@//host/service")
def _(r):
    return "$ sqlplus -S archive/%s@//%s:1521/ARCH @nightly_counts.sql\n" % (M, IP(r))


@syn("etcdctl_user_flag_colon_pair", "cli", "etcdctl --user root:VALUE member list")
def _(r):
    return "$ etcdctl --endpoints=https://%s:2379 --user root:%s member list -w table\n" % (IP(r), M)


@syn("windows_net_user_add_second_positional", "cli", "net user name VALUE /add")
def _(r):
    return "C:\\> net user survey-tab%d %s /add /expires:never /comment:\"survey tablet\"\nThe command completed successfully.\n" % (r.randrange(1, 9), M)


@syn("certutil_lower_p_importpfx", "cli", "certutil -p VALUE -importpfx file.pfx")
def _(r):
    return "C:\\> certutil -f -p %s -importpfx C:\\certs\\quotes-signing.pfx\nCertUtil: -importPFX command completed successfully.\n" % M


@syn("docker_login_lower_p_after_lower_u", "cli", "docker login registry -u user -p VALUE")
def _(r):
    return "$ docker login registry.%s -u ci-bot -p %s\nLogin Succeeded\n" % (w.FIRMS["soft"]["domain"], M)


@syn("megacmd_login_second_positional", "cli", "mega-login email VALUE")
def _(r):
    return "$ mega-login archive@%s %s\n[API:info] Fetching nodes ...\n" % (w.FIRMS["windows"]["domain"], M)


@syn("rclone_obscure_single_positional", "cli", "rclone obscure VALUE")
def _(r):
    return "$ rclone obscure %s\n%s\n$ # paste that into the [archive] remote of rclone.conf\n" % (M, c.rstr(r, c.B64URL, 48))


@syn("macos_networksetup_setairportnetwork_third", "cli", "networksetup -setairportnetwork en0 SSID VALUE")
def _(r):
    return "% networksetup -setairportnetwork en0 Lanternlight-Studio " + M + "\n"


@syn("nmcli_modify_wifi_sec_psk_property", "cli", "nmcli connection modify con wifi-sec.psk VALUE")
def _(r):
    return "$ nmcli connection modify organworks-wifi wifi-sec.key-mgmt wpa-psk wifi-sec.psk %s\n$ nmcli connection up organworks-wifi\n" % M


@syn("dell_racadm_lower_p_after_lower_u", "cli", "racadm -r host -u root -p VALUE getsysinfo")
def _(r):
    return "$ racadm -r %s -u root -p %s getsysinfo | grep -i 'power status'\nPower Status = ON\n" % (IP(r), M)


@syn("snmpget_v3_capital_a_auth_phrase", "cli", "snmpget -v3 -l authNoPriv -u user -a SHA -A VALUE host oid")
def _(r):
    return "$ snmpget -v3 -l authNoPriv -u monitor -a SHA -A %s %s SNMPv2-MIB::sysUpTime.0\n" % (M, IP(r))


@syn("macos_mount_smbfs_url_userinfo", "cli", "mount_smbfs //user:VALUE@host/share mnt")
def _(r):
    return "% mkdir -p ~/mnt/photos && mount_smbfs //conservation:" + M + "@archive.%s/photos ~/mnt/photos\n" % w.FIRMS["windows"]["domain"]


@syn("transmission_remote_lower_n_colon_pair", "cli", "transmission-remote host:port -n user:VALUE -l")
def _(r):
    return "$ transmission-remote %s:9091 -n admin:%s -l\nID   Done  Have  ETA  Name\nSum:       None\n" % (IP(r), M)


@syn("deluge_console_connect_third_token", "cli", "deluge-console \"connect host:port user VALUE; info\"")
def _(r):
    return "$ deluge-console \"connect %s:58846 localclient %s; info\"\n" % (IP(r), M)


@syn("supermicro_smcipmitool_third_positional", "cli", "SMCIPMITool host ADMIN VALUE ipmi power status")
def _(r):
    return "$ ./SMCIPMITool %s ADMIN %s ipmi power status\nCurrent power status is ON\n" % (IP(r), M)


@syn("pihole_admin_lower_a_lower_p", "cli", "pihole -a -p VALUE")
def _(r):
    return "pi@studio-dns:~ $ pihole -a -p %s\n  [✓] New web interface value set\n" % M


@syn("steghide_extract_lower_p_flag", "cli", "steghide extract -sf image -p VALUE")
def _(r):
    return "$ steghide extract -sf cartoon-scan-%d.jpg -p %s -xf notes.txt\nwrote extracted data to \"notes.txt\".\n" % (r.randrange(10, 99), M)


@syn("aescrypt_decrypt_lower_p_flag", "cli", "aescrypt -d -p VALUE file.aes")
def _(r):
    return "$ aescrypt -d -p %s survey-export-%s.zip.aes\n" % (M, w.date(r))


@syn("nss_pk12util_capital_w_flag", "cli", "pk12util -i file.p12 -d nssdb -W VALUE")
def _(r):
    return "$ pk12util -i quotes-signing.p12 -d sql:$HOME/.pki/nssdb -W %s\npk12util: PKCS12 IMPORT SUCCESSFUL\n" % M


@syn("hdparm_security_unlock_argument", "cli", "hdparm --user-master u --security-unlock VALUE /dev/sdX")
def _(r):
    return "# hdparm --user-master u --security-unlock %s /dev/sdb\n# hdparm -I /dev/sdb | grep -i locked\n\tnot\tlocked\n" % M


@syn("powershell_convertto_securestring_asplaintext", "cli", "ConvertTo-SecureString 'VALUE' -AsPlainText -Force")
def _(r):
    return ("PS C:\\> $ss = ConvertTo-SecureString '%s' -AsPlainText -Force\n"
            "PS C:\\> $cred = New-Object System.Management.Automation.PSCredential ('STUDIO\\backup', $ss)\n"
            "PS C:\\> New-PSDrive -Name K -PSProvider FileSystem -Root \\\\%s\\kilnlogs -Credential $cred\n" % (M, IP(r)))


# ------------------------------------------------------------------ stdin
@syn("expect_spawn_ssh_send_after_prompt", "stdin", "expect -c 'spawn ssh ...; expect \"ssword:\"; send \"VALUE\\r\"'")
def _(r):
    return "$ expect -c 'spawn ssh tuner@%s; expect \"ssword:\"; send \"%s\\r\"; interact'\n" % (IP(r), M)


@syn("curl_config_from_stdin_user_line", "stdin", "printf 'user = \"name:VALUE\"' | curl -K - url")
def _(r):
    return "$ printf 'user = \"kiln:%s\"\\n' | curl -s -K - https://%s/api/status\n" % (M, H(r, "glass"))


@syn("telnet_pipe_second_echo_line", "stdin", "(echo user; echo VALUE; echo cmd) | telnet host")
def _(r):
    return "$ (sleep 1; echo admin; sleep 1; echo %s; sleep 1; echo 'show status') | telnet %s 23\n" % (M, IP(r))


@syn("perforce_p4_login_stdin_pipe", "stdin", "echo VALUE | p4 -u user login")
def _(r):
    return "$ echo %s | p4 -u tuner -p ssl:p4.%s:1666 login\nUser tuner logged in.\n" % (M, w.FIRMS["soft"]["domain"])


@syn("macos_pbcopy_here_string", "stdin", "pbcopy <<< 'VALUE'")
def _(r):
    return "% pbcopy <<< '" + M + "'   # then paste it into the blower panel login box\n"


@syn("kwallet_query_write_stdin", "stdin", "echo -n VALUE | kwallet-query -f folder -w entry wallet")
def _(r):
    return "$ echo -n %s | kwallet-query -f Organworks -w survey-archive kdewallet\n" % M


@syn("udisksctl_unlock_key_file_stdin", "stdin", "printf %s VALUE | udisksctl unlock -b dev --key-file /dev/stdin")
def _(r):
    return "$ printf %%s %s | udisksctl unlock -b /dev/sdc1 --key-file /dev/stdin\nUnlocked /dev/sdc1 as /dev/dm-3.\n" % M


@syn("mount_davfs_ansi_here_string_second_line", "stdin", "mount -t davfs url mnt <<< $'user\\nVALUE'")
def _(r):
    return "$ sudo mount -t davfs https://dav.%s/photos /mnt/dav <<< $'conservation\\n%s'\n" % (w.FIRMS["windows"]["domain"], M)


# ------------------------------------------------------------------ lib
@syn("python_paramiko_connect_fourth_positional", "lib", "client.connect(host, 22, user, VALUE)")
def _(r):
    return ("import paramiko\n\nclient = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())\n"
            "client.connect(\"%s\", 22, \"voicing\", \"%s\")\nstdin, out, err = client.exec_command(\"tail -n 50 /var/log/voicing.log\")\n" % (IP(r), M))


@syn("python_pymssql_connect_third_positional", "lib", "pymssql.connect(server, user, VALUE, database)")
def _(r):
    return "import pymssql\n\nconn = pymssql.connect(\"%s\", \"quotes\", \"%s\", \"Quotes\")\ncur = conn.cursor()\n" % (IP(r), M)


@syn("python_cx_oracle_connect_second_positional", "lib", "cx_Oracle.connect(user, VALUE, dsn)")
def _(r):
    return "import cx_Oracle\n\ncon = cx_Oracle.connect(\"archive\", \"%s\", \"%s/ARCH\")\n" % (M, IP(r))


@syn("python_pysmb_smbconnection_second_positional", "lib", "SMBConnection(user, VALUE, client, server)")
def _(r):
    return ("from smb.SMBConnection import SMBConnection\n\nconn = SMBConnection(\"scanner\", \"%s\", \"survey-tab3\", \"ARCHIVE\", use_ntlm_v2=True)\n"
            "conn.connect(\"%s\", 139)\n" % (M, IP(r)))


@syn("python_pymupdf_authenticate_single", "lib", "doc.authenticate(VALUE)")
def _(r):
    return "import fitz\n\ndoc = fitz.open(\"faculty-bundle-%d.pdf\")\nif doc.is_encrypted:\n    doc.authenticate(\"%s\")\n" % (r.randrange(100, 999), M)


@syn("python_cryptography_load_pem_private_key_second", "lib", "load_pem_private_key(data, b\"VALUE\")")
def _(r):
    return ("from cryptography.hazmat.primitives import serialization\n\nwith open(\"quotes-signing.key\", \"rb\") as fh:\n"
            "    key = serialization.load_pem_private_key(fh.read(), b\"%s\")\n" % M)


@syn("python_sqlalchemy_url_create_third_positional", "lib", "URL.create(driver, user, VALUE, host, port, db)")
def _(r):
    return ("from sqlalchemy import create_engine\nfrom sqlalchemy.engine import URL\n\n"
            "url = URL.create(\"postgresql+psycopg2\", \"rounds\", \"%s\", \"%s\", 5432, \"rounds\")\nengine = create_engine(url)\n" % (M, IP(r)))


@syn("python_pika_plaincredentials_second", "lib", "pika.PlainCredentials(user, VALUE)")
def _(r):
    return ("import pika\n\ncreds = pika.PlainCredentials(\"kiln-bridge\", \"%s\")\n"
            "conn = pika.BlockingConnection(pika.ConnectionParameters(\"%s\", 5672, \"/\", creds))\n" % (M, IP(r)))


@syn("python_mwclient_site_login_second", "lib", "site.login(user, VALUE)")
def _(r):
    return "import mwclient\n\nsite = mwclient.Site(\"wiki.%s\", path=\"/\")\nsite.login(\"ArchiveBot\", \"%s\")\n" % (w.FIRMS["windows"]["domain"], M)


@syn("python_wordpress_xmlrpc_client_third", "lib", "Client(url, user, VALUE)")
def _(r):
    return ("from wordpress_xmlrpc import Client\n\nwp = Client(\"https://news.%s/xmlrpc.php\", \"editor\", \"%s\")\n" % (w.FIRMS["glass"]["domain"], M))


@syn("python_pywin32_logonuser_third", "lib", "win32security.LogonUser(user, domain, VALUE, type, provider)")
def _(r):
    return ("import win32con, win32security\n\nh = win32security.LogonUser(\"svc-kiln\", \"STUDIO\", \"%s\",\n"
            "                               win32con.LOGON32_LOGON_NETWORK, win32con.LOGON32_PROVIDER_DEFAULT)\n" % M)


@syn("micropython_umqtt_mqttclient_fifth", "lib", "MQTTClient(id, server, port, user, VALUE)")
def _(r):
    return "from umqtt.simple import MQTTClient\n\nc = MQTTClient(\"blower-1\", \"%s\", 1883, \"blower\", \"%s\")\nc.connect()\n" % (IP(r), M)


@syn("kotlin_exposed_database_connect_fourth", "lib", "Database.connect(url, driver, user, VALUE)")
def _(r):
    return "val db = Database.connect(\"jdbc:postgresql://%s:5432/scales\", \"org.postgresql.Driver\", \"scales\", \"%s\")\n" % (IP(r), M)


@syn("scala_doobie_fromdrivermanager_fourth", "lib", "Transactor.fromDriverManager[IO](driver, url, user, VALUE, None)")
def _(r):
    return ("val xa = Transactor.fromDriverManager[IO](\n  \"org.postgresql.Driver\", \"jdbc:postgresql://%s/rounds\", \"rounds\", \"%s\", None\n)\n" % (IP(r), M))


@syn("kotlin_fuel_authentication_basic_second", "lib", "Fuel.get(url).authentication().basic(user, VALUE)")
def _(r):
    return "val (_, _, result) = Fuel.get(\"https://%s/api/visits\")\n    .authentication().basic(\"tuner\", \"%s\")\n    .responseString()\n" % (H(r, "organ"), M)


@syn("csharp_networkcredential_ctor_second", "lib", "new NetworkCredential(user, VALUE, domain)")
def _(r):
    return "var cred = new NetworkCredential(\"svc-quotes\", \"%s\", \"SASHWRIGHT\");\nclient.Credentials = cred;\n" % M


@syn("csharp_ews_webcredentials_second", "lib", "new WebCredentials(user, VALUE)")
def _(r):
    return ("var service = new ExchangeService(ExchangeVersion.Exchange2013_SP1);\n"
            "service.Credentials = new WebCredentials(\"quotes@%s\", \"%s\");\n" % (w.FIRMS["windows"]["domain"], M))


@syn("go_http_request_setbasicauth_second", "lib", "req.SetBasicAuth(user, VALUE)")
def _(r):
    return "req, _ := http.NewRequest(\"GET\", \"https://%s/api/status\", nil)\nreq.SetBasicAuth(\"kiln\", \"%s\")\nresp, err := http.DefaultClient.Do(req)\n" % (H(r, "glass"), M)


@syn("go_sql_open_mysql_dsn_userinfo", "lib", "sql.Open(\"mysql\", \"user:VALUE@tcp(host)/db\")")
def _(r):
    return "db, err := sql.Open(\"mysql\", \"stock:%s@tcp(%s:3306)/stock?parseTime=true\")\n" % (M, IP(r))


@syn("rust_reqwest_basic_auth_some_second", "lib", ".basic_auth(user, Some(VALUE))")
def _(r):
    return "let resp = client\n    .get(\"https://%s/metrics\")\n    .basic_auth(\"blower\", Some(\"%s\"))\n    .send()\n    .await?;\n" % (H(r, "organ"), M)


@syn("rust_tiberius_authmethod_sql_server_second", "lib", "AuthMethod::sql_server(user, VALUE)")
def _(r):
    return "let mut config = Config::new();\nconfig.host(\"%s\");\nconfig.authentication(AuthMethod::sql_server(\"quotes\", \"%s\"));\n" % (IP(r), M)


@syn("ruby_net_http_basic_auth_second", "lib", "req.basic_auth user, VALUE")
def _(r):
    return "req = Net::HTTP::Get.new(URI(\"https://%s/api/visits\"))\nreq.basic_auth \"tuner\", \"%s\"\n" % (H(r, "organ"), M)


@syn("php_pdo_ctor_third_positional", "lib", "new PDO(dsn, user, VALUE)")
def _(r):
    return "<?php\n$db = new PDO('mysql:host=%s;dbname=shop;charset=utf8mb4', 'shop', '%s');\n" % (IP(r), M)


@syn("php_oci_connect_second_positional", "lib", "oci_connect(user, VALUE, connection)")
def _(r):
    return "<?php\n$conn = oci_connect('archive', '%s', '%s/ARCH');\n" % (M, IP(r))


@syn("php_ibase_connect_third_positional", "lib", "ibase_connect(database, user, VALUE)")
def _(r):
    return "<?php\n$dbh = ibase_connect('%s:/data/scales.fdb', 'SYSDBA', '%s');\n" % (IP(r), M)


@syn("perl_dbi_connect_third_positional", "lib", "DBI->connect(dsn, user, VALUE, attrs)")
def _(r):
    return "my $dbh = DBI->connect(\"dbi:Pg:dbname=rounds;host=%s\", \"rounds\", \"%s\", { RaiseError => 1 });\n" % (IP(r), M)


@syn("perl_net_telnet_login_second", "lib", "$t->login(user, VALUE)")
def _(r):
    return "my $t = Net::Telnet->new(Timeout => 10);\n$t->open('%s');\n$t->login('admin', '%s');\n" % (IP(r), M)


@syn("perl_lwp_credentials_fourth", "lib", "$ua->credentials(netloc, realm, user, VALUE)")
def _(r):
    return "my $ua = LWP::UserAgent->new;\n$ua->credentials('%s:443', 'Kiln', 'admin', '%s');\n" % (H(r, "glass"), M)


@syn("r_httr_authenticate_second", "lib", "GET(url, authenticate(user, VALUE))")
def _(r):
    return "library(httr)\nres <- GET(\"https://%s/api/readings\", authenticate(\"analyst\", \"%s\"))\n" % (H(r, "windows"), M)


@syn("julia_dbinterface_connect_mysql_fourth", "lib", "DBInterface.connect(MySQL.Connection, host, user, VALUE)")
def _(r):
    return "using MySQL, DBInterface\nconn = DBInterface.connect(MySQL.Connection, \"%s\", \"stock\", \"%s\"; db=\"stock\")\n" % (IP(r), M)


@syn("haskell_postgresql_simple_connectinfo_fourth", "lib", "ConnectInfo host port user VALUE db")
def _(r):
    return "conn <- connect (ConnectInfo \"%s\" 5432 \"rounds\" \"%s\" \"rounds\")\n" % (IP(r), M)


@syn("erlang_epgsql_connect_third", "lib", "epgsql:connect(Host, User, VALUE, Opts)")
def _(r):
    return "{ok, C} = epgsql:connect(\"%s\", \"rounds\", \"%s\", #{database => \"rounds\", timeout => 4000}).\n" % (IP(r), M)


@syn("node_superagent_auth_second", "lib", ".auth(user, VALUE)")
def _(r):
    return "const res = await superagent\n  .get('https://%s/api/visits')\n  .auth('tuner', '%s');\n" % (H(r, "organ"), M)


@syn("js_xmlhttprequest_open_fifth", "lib", "xhr.open(method, url, async, user, VALUE)")
def _(r):
    return "const xhr = new XMLHttpRequest();\nxhr.open('GET', '/cgi-bin/status', true, 'kiln', '%s');\nxhr.send();\n" % M


@syn("vbnet_my_network_downloadfile_fourth", "lib", "My.Computer.Network.DownloadFile(url, file, user, VALUE)")
def _(r):
    return "My.Computer.Network.DownloadFile(\"https://%s/prices.xlsx\", \"C:\\Quotes\\prices.xlsx\", \"quotes\", \"%s\")\n" % (H(r, "windows"), M)


@syn("arduino_pubsubclient_connect_third", "lib", "client.connect(id, user, VALUE)")
def _(r):
    return "void reconnect() {\n  while (!client.connected()) {\n    if (client.connect(\"kiln-a\", \"kiln\", \"%s\")) {\n      client.subscribe(\"kiln/a/cmd\");\n    }\n  }\n}\n" % M


# ------------------------------------------------------------------ gui
@syn("puppeteer_page_type_second", "gui", "await page.type('#f2', 'VALUE')")
def _(r):
    return "await page.goto('https://classes.%s/admin');\nawait page.type('#f1', 'bookings');\nawait page.type('#f2', '%s');\nawait page.click('#go');\n" % (w.FIRMS["glass"]["domain"], M)


@syn("playwright_page_fill_second", "gui", "await page.fill('#f2', 'VALUE')")
def _(r):
    return "await page.fill('#f1', 'bookings');\nawait page.fill('#f2', '%s');\nawait page.getByRole('button', { name: 'Sign in' }).click();\n" % M


@syn("webdriverio_setvalue_chained", "gui", "await $('#f2').setValue('VALUE')")
def _(r):
    return "await $('#f1').setValue('bookings')\nawait $('#f2').setValue('%s')\nawait $('button=Sign in').click()\n" % M


@syn("selenium_python_send_keys_chained", "gui", "driver.find_element(By.ID, \"f2\").send_keys(\"VALUE\")")
def _(r):
    return "driver.find_element(By.ID, \"f1\").send_keys(\"bookings\")\ndriver.find_element(By.ID, \"f2\").send_keys(\"%s\")\ndriver.find_element(By.ID, \"go\").click()\n" % M


@syn("capybara_fill_in_with_option", "gui", "fill_in 'f2', with: 'VALUE'")
def _(r):
    return "visit '/admin'\nfill_in 'f1', with: 'bookings'\nfill_in 'f2', with: '%s'\nclick_button 'Sign in'\n" % M


@syn("watir_text_field_set", "gui", "browser.text_field(id: 'f2').set 'VALUE'")
def _(r):
    return "browser.text_field(id: 'f1').set 'bookings'\nbrowser.text_field(id: 'f2').set '%s'\nbrowser.button(id: 'go').click\n" % M


@syn("detox_element_typetext", "gui", "await element(by.id('f2')).typeText('VALUE')")
def _(r):
    return "await element(by.id('f1')).typeText('surveyor3');\nawait element(by.id('f2')).typeText('%s');\nawait element(by.id('go')).tap();\n" % M


@syn("maestro_flow_inputtext_step", "gui", "- inputText: \"VALUE\" after tapOn f2")
def _(r):
    return "appId: uk.example.sashwright.survey\n---\n- launchApp\n- tapOn:\n    id: \"f1\"\n- inputText: \"surveyor3\"\n- tapOn:\n    id: \"f2\"\n- inputText: \"%s\"\n- tapOn: \"Sign in\"\n" % M


@syn("flutter_widgettester_entertext_second", "gui", "await tester.enterText(find.byKey(Key('f2')), 'VALUE')")
def _(r):
    return "await tester.enterText(find.byKey(const Key('f1')), 'surveyor3');\nawait tester.enterText(find.byKey(const Key('f2')), '%s');\nawait tester.tap(find.text('Sign in'));\n" % M


@syn("android_uiautomator_bysel_settext", "gui", "device.findObject(By.res(\"...:id/f2\")).setText(\"VALUE\")")
def _(r):
    return "device.findObject(By.res(\"uk.example.survey:id/f1\")).setText(\"surveyor3\")\ndevice.findObject(By.res(\"uk.example.survey:id/f2\")).setText(\"%s\")\n" % M


@syn("power_automate_desktop_sendkeys_texttosend", "gui", "Keyboard.SendKeys.FocusAndSendKeys TextToSend: $'''VALUE'''")
def _(r):
    return ("UIAutomation.Windows.FocusWindow.ByTitle Title: $'''Kiln Controller'''\n"
            "Keyboard.SendKeys.FocusAndSendKeys TextToSend: $'''%s''' DelayBetweenKeystrokes: 10 SendTextAsHardwareKeys: False\n" % M)


@syn("autoit_send_raw_flag", "gui", "Send(\"VALUE\", 1)")
def _(r):
    return "WinActivate(\"Voicing Logger\")\nWinWaitActive(\"Voicing Logger\")\nSend(\"%s\", 1)\nSend(\"{ENTER}\")\n" % M


@syn("selenium_ide_side_type_command", "gui", "{\"command\": \"type\", \"target\": \"id=f2\", \"value\": \"VALUE\"}")
def _(r):
    return ("{\n  \"id\": \"%s\",\n  \"comment\": \"\",\n  \"command\": \"type\",\n  \"target\": \"id=f2\",\n  \"targets\": [],\n  \"value\": \"%s\"\n}\n" % (c.uuid4(r), M))


@syn("gherkin_fill_in_with_step", "gui", "When I fill in \"f2\" with \"VALUE\"")
def _(r):
    return "Scenario: office signs in to the class back office\n  Given I am on the admin page\n  When I fill in \"f1\" with \"bookings\"\n  And I fill in \"f2\" with \"%s\"\n  Then I should see \"Classes this week\"\n" % M


@syn("arduino_hid_keyboard_print", "gui", "Keyboard.print(\"VALUE\")")
def _(r):
    return "#include <Keyboard.h>\n\nvoid setup() {\n  Keyboard.begin();\n  delay(800);\n  Keyboard.print(\"%s\");\n  Keyboard.write(KEY_RETURN);\n}\n" % M


@syn("rubber_ducky_string_line", "gui", "STRING VALUE")
def _(r):
    return "REM unlock the voicing PC after a power cut\nDELAY 1500\nSTRING %s\nENTER\n" % M


@syn("imacros_tag_content_attribute", "gui", "TAG POS=1 TYPE=INPUT:TEXT ATTR=ID:f2 CONTENT=VALUE")
def _(r):
    return "URL GOTO=https://%s/login\nTAG POS=1 TYPE=INPUT:TEXT ATTR=ID:f1 CONTENT=office\nTAG POS=1 TYPE=INPUT:TEXT ATTR=ID:f2 CONTENT=%s\n" % (H(r, "organ"), M)


@syn("autokey_keyboard_send_keys", "gui", "keyboard.send_keys(\"VALUE\")")
def _(r):
    return "# AutoKey script bound to <super>+k on the archive PC\nkeyboard.send_keys(\"%s\")\nkeyboard.send_key(\"<enter>\")\n" % M


# ------------------------------------------------------------------ file
@syn("dovecot_users_file_plain_scheme_field", "file", "user:{PLAIN}VALUE:uid:gid::home::")
def _(r):
    return "# /etc/dovecot/users\nquotes:{PLAIN}%s:5000:5000::/var/vmail/quotes::\n" % M


@syn("lighttpd_plain_userfile_colon_pair", "file", "user:VALUE (lighttpd.user)")
def _(r):
    return "# /etc/lighttpd/lighttpd.user (auth.backend = \"plain\")\ntuner:%s\n" % M


@syn("tinyproxy_basicauth_directive_third", "file", "BasicAuth user VALUE")
def _(r):
    return "# /etc/tinyproxy/tinyproxy.conf\nPort 8888\nListen %s\nBasicAuth kiln %s\nAllow 10.57.0.0/16\n" % (IP(r), M)


@syn("nut_upsmon_monitor_fifth_field", "file", "MONITOR ups@host 1 user VALUE primary")
def _(r):
    return "# /etc/nut/upsmon.conf\nMONITOR blowerups@localhost 1 upsmon %s primary\nSHUTDOWNCMD \"/sbin/shutdown -h +0\"\n" % M


@syn("activemq_users_properties_value_of_user", "file", "user=VALUE (users.properties)")
def _(r):
    return "# conf/users.properties\nkilnbridge=%s\n" % M


@syn("kodi_sources_xml_smb_userinfo", "file", "<path>smb://user:VALUE@host/share/</path>")
def _(r):
    return "<sources>\n  <pictures>\n    <source>\n      <name>Window archive</name>\n      <path pathversion=\"1\">smb://media:%s@archive/photos/</path>\n    </source>\n  </pictures>\n</sources>\n" % M


@syn("cups_printers_conf_deviceuri_userinfo", "file", "DeviceURI smb://user:VALUE@host/printer")
def _(r):
    return "<Printer plotter>\nInfo Cartoon plotter\nDeviceURI smb://print:%s@quotes-pc/plotter\nState Idle\n</Printer>\n" % M


@syn("opensmtpd_credentials_table_colon_pair", "file", "label user:VALUE (smtpd table)")
def _(r):
    return "# /etc/mail/creds (table creds file:/etc/mail/creds)\nrelay alerts:%s\n" % M


@syn("lanternlight_kiln_roster_tsv_third_column", "file", "kiln<TAB>operator<TAB>VALUE<TAB>shift (invented)")
def _(r):
    return "# kiln-roster.tsv\nkiln-a\t%s\t%s\tearly\nkiln-b\t%s\t-\tlate\n" % (w.first(r).lower(), M, w.first(r).lower())


@syn("harrowgate_console_lockout_caret_fourth_field", "file", "console^church^level^VALUE^updated (invented)")
def _(r):
    return "# console-lockouts.txt\nHV-%d^%s^2^%s^%s\n" % (r.randrange(100, 999), w.church(r).replace("'", ""), M, w.date(r))


# ------------------------------------------------------------------ sql
@syn("oracle_create_database_link_identified_by", "sql", "CREATE DATABASE LINK l CONNECT TO u IDENTIFIED BY \"VALUE\" USING 'svc'")
def _(r):
    return "SQL> CREATE DATABASE LINK archive_link CONNECT TO archive IDENTIFIED BY \"%s\" USING 'ARCH';\n\nDatabase link created.\n" % M


@syn("db2_connect_to_user_using_clause", "sql", "db2 connect to DB user u using VALUE")
def _(r):
    return "$ db2 connect to ROUNDS user rounds using %s\n\n   Database Connection Information\n\n Database server        = DB2/LINUXX8664 11.5.9\n" % M


@syn("mssql_sp_addlinkedsrvlogin_fifth", "sql", "EXEC sp_addlinkedsrvlogin 'srv', 'false', NULL, 'user', 'VALUE'")
def _(r):
    return "1> EXEC sp_addlinkedsrvlogin 'ARCHIVE', 'false', NULL, 'quotes_link', '%s';\n2> GO\n" % M


@syn("mssql_sp_addlogin_second", "sql", "EXEC sp_addlogin 'login', 'VALUE', 'db'")
def _(r):
    return "1> EXEC sp_addlogin 'survey_ro', '%s', 'Quotes';\n2> GO\n" % M


@syn("mssql_openrowset_semicolon_third", "sql", "OPENROWSET('provider', 'file'; 'user'; 'VALUE', 'query')")
def _(r):
    return "SELECT * FROM OPENROWSET('Microsoft.ACE.OLEDB.12.0', 'D:\\Quotes\\prices.mdb'; 'Admin'; '%s', 'SELECT * FROM Prices');\n" % M


@syn("teradata_bteq_logon_comma_after_slash", "sql", ".LOGON host/user,VALUE")
def _(r):
    return ".LOGON %s/rounds,%s\nSELECT COUNT(*) FROM visits;\n.LOGOFF\n" % (IP(r), M)


@syn("mongosh_db_auth_second", "sql", "db.auth(user, VALUE)")
def _(r):
    return "test> use archive\nswitched to db archive\narchive> db.auth(\"archive\", \"%s\")\n{ ok: 1 }\n" % M


@syn("neo4j_dbms_security_createuser_second", "sql", "CALL dbms.security.createUser('u', 'VALUE', false)")
def _(r):
    return "neo4j@system> CALL dbms.security.createUser('survey', '%s', false);\n0 rows\n" % M


# ------------------------------------------------------------------ proto
@syn("redis_resp_auth_third_bulk_string", "proto", "*3 $4 AUTH $n user $n VALUE")
def _(r):
    return ">>> *3\r\n>>> $4\r\n>>> AUTH\r\n>>> $10\r\n>>> kiln-cache\r\n>>> $%d\r\n>>> %s\r\n<<< +OK\r\n" % (0, M)


@syn("mqtt_connect_payload_length_prefixed_fourth", "proto", "10 .. 'MQTT' 04 c2 .. | id | user | VALUE")
def _(r):
    return "MQTT CONNECT from %s:\n10 RL 00 04 'MQTT' 04 c2 00 3c | 00 08 'blower-1' | 00 06 'blower' | 00 LN '%s'\n20 02 00 00  (CONNACK accepted)\n" % (IP(r), M)


@syn("irc_oper_command_second", "proto", "OPER name VALUE")
def _(r):
    return "--> OPER kilnwatch %s\n<-- :irc.%s 381 kilnwatch :You are now an IRC operator\n" % (M, w.FIRMS["soft"]["domain"])


@syn("memcached_binary_sasl_plain_value", "proto", "SASL_AUTH key=PLAIN value=\\0user\\0VALUE")
def _(r):
    return "memcached binary request: opcode 0x21 (SASL auth) key=\"PLAIN\" value=\"\\x00scales\\x00%s\"\nresponse: status 0x0000 \"Authenticated\"\n" % M


@syn("quectel_at_qicsgp_fifth_quoted", "proto", "AT+QICSGP=1,1,\"apn\",\"user\",\"VALUE\",1")
def _(r):
    return "AT+QICSGP=1,1,\"iot.provider.example\",\"kilnsim\",\"%s\",1\r\nOK\r\nAT+QIACT=1\r\nOK\r\n" % M


@syn("ntrip_v1_source_first_line", "proto", "SOURCE VALUE /MOUNT")
def _(r):
    return "SOURCE %s /YORK0\r\nSource-Agent: NTRIP RTKLIB/2.4.3\r\nSTR: \r\n\r\nICY 200 OK\r\n" % M


@syn("smpp_bind_transmitter_second_cstring", "proto", "bind_transmitter | system_id\\0 | VALUE\\0 | system_type\\0")
def _(r):
    return "SMPP PDU to %s:2775\n00 00 00 RL 00 00 00 02 00 00 00 00 00 00 00 01 | \"SASHW01\\0\" | \"%s\\0\" | \"\\0\" | 34 00 00 \"\\0\"\nbind_transmitter_resp status=0\n" % (IP(r), M)


FORBIDDEN_HINTS = ["pass", "pwd", "secret", "passwd"]


def build(reg):
    r = random.Random(SEED)
    recs = []
    for name, where, shape, fn in SYN:
        v = reg.draw(lambda: c.draw_password(r, strict=True, cap_p=0.3))
        tpl = fn(r)
        assert tpl.count(M) == 1, name
        if name == "redis_resp_auth_third_bulk_string":
            tpl = tpl.replace("$0\r\n", "$%d\r\n" % len(v))
        if name == "mqtt_connect_payload_length_prefixed_fourth":
            tpl = tpl.replace("10 RL", "10 %02x" % (30 + len(v))).replace("00 LN '", "00 %02x '" % len(v))
        if name == "smpp_bind_transmitter_second_cstring":
            tpl = tpl.replace("00 RL", "00 %02x" % (30 + len(v)))
        start = tpl.index(M)
        text = tpl.replace(M, v)
        t = PREFIX + name
        recs.append({"type": t, "container": "%s__%s" % (name, WHERE[where]), "text": text,
                     "secrets": [{"value": v, "start": start, "end": start + len(v), "type": t}],
                     "source": "password"})
    return recs
