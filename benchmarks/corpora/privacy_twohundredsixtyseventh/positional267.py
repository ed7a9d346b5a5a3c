"""Positional passwords: the value is a password, but no key name says so."""
import random
import re

import common267 as C
import world267 as W

WHERE = {
    'cli': 'kite_school_ops_terminal',
    'stdin': 'loft_server_pipe',
    'lib': 'tetherline_code_excerpt',
    'gui': 'booking_ui_automation_script',
    'file': 'festival_host_file',
    'sql': 'rental_db_console',
    'proto': 'gate_network_capture',
}
PREFIX = 'kpw_'
HINT_RE = re.compile(r'(?i)pass|pwd|secret|(?<![a-z])pw(?![a-z])')

S = []   # (syntax, where, pattern, template-fn)


def syn(name, where, pattern):
    def deco(fn):
        S.append((name, where, pattern, fn))
        return fn
    return deco


V = '\u00a7'   # placement marker, replaced by the value

# ------------------------------------------------------------------ cli
syn('mosquitto_pub_capital_p_after_lower_u', 'cli', 'mosquitto_pub -h host -u user -P VALUE -t topic -m msg')(
    lambda r: "$ mosquitto_pub -h mqtt.briskreach.example -p 8883 --cafile /etc/ssl/briskreach-ca.crt -u windmast -P %s -t wind/mast/1 -m '{\"kn\": %d}'\n" % (V, r.randrange(8, 35)))
syn('vertica_vsql_lower_w_after_capital_u', 'cli', 'vsql -h host -d db -U user -w VALUE -c sql')(
    lambda r: '$ vsql -h %s -d rentals -U reporting -w %s -c "SELECT count(*) FROM hires WHERE hire_day = CURRENT_DATE;"\n count\n-------\n    %d\n' % (W.ip10(r), V, r.randrange(5, 60)))
syn('unixodbc_isql_third_positional', 'cli', 'isql -v DSN user VALUE')(
    lambda r: '$ isql -v RentalDSN rental_ro %s -b < today.sql\n+---------------------------------------+\n| Connected!                            |\n+---------------------------------------+\n' % V)
syn('sqsh_capital_p_after_capital_u', 'cli', 'sqsh -S server -U user -P VALUE -D db -C sql')(
    lambda r: '$ sqsh -S LOFTASE -U plotter -P %s -D cutting -C "select count(*) from jobs where done = 0"\n -----------\n %11d\n' % (V, r.randrange(1, 40)))
syn('winrs_colon_p_after_colon_u', 'cli', 'winrs -r:host -u:DOMAIN\\user -p:VALUE command')(
    lambda r: 'C:\\> winrs -r:loft-cad-0%d -u:SKYRIGG\\cadadmin -p:%s ipconfig /all\n' % (r.randrange(1, 5), V))
syn('paexec_lower_p_after_lower_u', 'cli', 'paexec \\\\host -u DOMAIN\\user -p VALUE -i 1 command')(
    lambda r: 'C:\\Tools> paexec \\\\loft-plot-01 -u SKYRIGG\\plotter -p %s -i 1 "C:\\Program Files\\CutServer\\restart.cmd"\n' % V)
syn('vmware_vmrun_gp_after_gu', 'cli', 'vmrun -T ws -gu user -gp VALUE runProgramInGuest vmx program')(
    lambda r: 'PS D:\\VMs> vmrun -T ws -gu kiosk -gp %s runProgramInGuest "D:\\VMs\\gate-kiosk\\gate-kiosk.vmx" /usr/bin/systemctl restart gate-kiosk\n' % V)
syn('freeipmi_sensors_lower_p_after_lower_u', 'cli', 'ipmi-sensors -h host -u user -p VALUE --sensor-types=T')(
    lambda r: '$ ipmi-sensors -h %s -u ADMIN -p %s --sensor-types=Temperature\nID | Name       | Type        | Reading    | Units | Event\n4  | CPU Temp   | Temperature | %d.00      | C     | \'OK\'\n' % (W.ip10(r), V, r.randrange(35, 60)))
syn('emqx_ctl_admins_add_third', 'cli', 'emqx ctl admins add user VALUE description')(
    lambda r: '$ emqx ctl admins add gateops %s "festival gate ops"\nok\n' % V)
syn('kamailio_kamctl_add_second', 'cli', 'kamctl add user@domain VALUE')(
    lambda r: '$ kamctl add %d@sip.portbeck-kitefest.example %s\nnew user \'%d@sip.portbeck-kitefest.example\' added\n' % ((lambda n: (n, V, n))(r.randrange(2001, 2099))))
syn('linphonec_register_third', 'cli', 'linphonec> register sip-identity proxy VALUE')(
    lambda r: 'linphonec> register sip:arena-pa@sip.portbeck-kitefest.example sip.portbeck-kitefest.example %s\nRegistration on sip:sip.portbeck-kitefest.example successful.\n' % V)
syn('irssi_lower_w_server_option', 'cli', 'irssi -c host -p port -w VALUE -n nick')(
    lambda r: '$ irssi -c irc.tetherline.example -p 6697 -w %s -n gatebot\n' % V)
syn('deluge_console_connect_fourth', 'cli', 'deluge-console "connect host:port user VALUE; info"')(
    lambda r: '$ deluge-console "connect 192.168.67.%d:58846 media %s; info"\n' % (r.randrange(2, 250), V))
syn('yt_dlp_lower_p_after_lower_u', 'cli', 'yt-dlp -u user -p VALUE url')(
    lambda r: '$ yt-dlp -u briskreach.media -p %s --download-archive done.txt https://video.example/channel/briskreach-lessons\n' % V)
syn('minio_mc_alias_set_fourth', 'cli', 'mc alias set name url user VALUE')(
    lambda r: '$ mc alias set loftminio http://%s:9000 loftadmin %s\nAdded `loftminio` successfully.\n' % (W.ip10(r), V))
syn('bitwarden_bw_login_second_positional', 'cli', 'bw login email VALUE --raw')(
    lambda r: '$ export BW_SESSION=$(bw login office@skyrigg-kites.example %s --raw)\n' % V)
syn('bitwarden_bw_unlock_first_positional', 'cli', 'bw unlock VALUE --raw')(
    lambda r: '$ bw unlock %s --raw > ~/.cache/bw-session\n' % V)
syn('macos_security_unlock_keychain_lower_p', 'cli', 'security unlock-keychain -p VALUE keychain')(
    lambda r: 'builder@loft-mac ~ % security unlock-keychain -p ' + V + ' ~/Library/Keychains/build.keychain-db\n')
syn('ffmpeg_rtsp_input_url_userinfo', 'cli', 'ffmpeg -i rtsp://user:VALUE@host/stream ...')(
    lambda r: '$ ffmpeg -rtsp_transport tcp -i rtsp://arena:%s@%s:554/stream1 -c copy -t 60 arena-%s.mp4\n' % (V, W.ip10(r), W.day(r)))
syn('cntlm_lower_p_after_lower_u', 'cli', 'cntlm -u user -d DOMAIN -p VALUE -l port proxy:port')(
    lambda r: '$ cntlm -u gate.ops -d PORTBECK -p %s -l 3128 proxy.portbeck-kitefest.example:8080\n' % V)
syn('zookeeper_cli_addauth_digest_colon_pair', 'cli', 'addauth digest user:VALUE (zkCli)')(
    lambda r: '[zk: %s:2181(CONNECTED) 0] addauth digest gateadmin:%s\n[zk: %s:2181(CONNECTED) 1] ls /gates\n[g01, g02, g03]\n' % ((lambda ip: (ip, V, ip))(W.ip10(r))))
syn('etcdctl_user_option_colon_pair', 'cli', 'etcdctl --user root:VALUE get key')(
    lambda r: '$ etcdctl --endpoints=https://%s:2379 --user root:%s get /gates/config --prefix --keys-only\n/gates/config/g01\n' % (W.ip10(r), V))
syn('openstack_swift_capital_k_after_capital_u', 'cli', 'swift -A url -U account:user -K VALUE upload')(
    lambda r: '$ swift -A https://objects.tetherline.example/auth/v1.0 -U loft:backup -K %s upload nightly cad-exports/\n' % V)
syn('cloudfoundry_cf_login_lower_p', 'cli', 'cf login -a api -u user -p VALUE -o org -s space')(
    lambda r: '$ cf login -a https://api.cf.tetherline.example -u deploy@tetherline.example -p %s -o tetherline -s prod\n' % V)
syn('twine_upload_lower_p_after_lower_u', 'cli', 'twine upload --repository-url url -u user -p VALUE files')(
    lambda r: '$ twine upload --repository-url https://pypi.tetherline.example/simple/ -u ci -p %s dist/booking_client-%d.%d.0*\n' % (V, r.randrange(1, 3), r.randrange(0, 9)))
syn('chocolatey_source_add_lower_p_equals', 'cli', 'choco source add -n=name -s=url -u=user -p=VALUE')(
    lambda r: 'PS C:\\> choco source add -n=tetherline -s="https://nuget.tetherline.example/v3/index.json" -u=loftpc -p=%s\n' % V)
syn('perforce_p4_capital_p_global_option', 'cli', 'p4 -p port -u user -P VALUE command')(
    lambda r: '$ p4 -p ssl:perforce.tetherline.example:1666 -u artwork -P %s sync //kites/designs/...\n' % V)
syn('tfvc_tf_login_comma_pair', 'cli', 'tf get path /login:DOMAIN\\user,VALUE')(
    lambda r: 'C:\\src> tf get $/Skyrigg/Designs /recursive /login:SKYRIGG\\builder,%s\n' % V)
syn('ncat_proxy_auth_colon_pair', 'cli', 'ncat --proxy host:port --proxy-type http --proxy-auth user:VALUE host port')(
    lambda r: '$ ncat --proxy proxy.portbeck-kitefest.example:3128 --proxy-type http --proxy-auth gate%02d:%s gates.portbeck-kitefest.example 443\n' % (r.randrange(1, 12), V))
syn('cvs_pserver_root_colon_value', 'cli', 'cvs -d :pserver:user:VALUE@host:/root checkout module')(
    lambda r: '$ cvs -d :pserver:archive:%s@cvs.skyrigg-kites.example:/cvsroot checkout patterns\n' % V)

# ------------------------------------------------------------------ stdin
syn('udisksctl_unlock_key_file_stdin', 'stdin', 'echo -n VALUE | udisksctl unlock -b device --key-file /dev/stdin')(
    lambda r: '$ echo -n %s | udisksctl unlock -b /dev/sdb1 --key-file /dev/stdin\nUnlocked /dev/sdb1 as /dev/dm-3.\n' % V)
syn('zfs_load_key_pipe', 'stdin', "printf '%s\\n' VALUE | zfs load-key dataset")(
    lambda r: "# printf '%%s\\n' %s | zfs load-key tank/loft-designs\n# zfs mount tank/loft-designs\n" % V)
syn('cryfs_noninteractive_pipe', 'stdin', 'echo VALUE | CRYFS_FRONTEND=noninteractive cryfs basedir mountdir')(
    lambda r: '$ echo %s | CRYFS_FRONTEND=noninteractive cryfs ~/cryfs/designs-base ~/designs\n' % V)
syn('veracrypt_stdin_option_pipe', 'stdin', 'echo VALUE | veracrypt --text --non-interactive --stdin --mount file dir')(
    lambda r: '$ echo %s | veracrypt --text --non-interactive --stdin --mount /media/usb/archive-%d.hc /mnt/archive\n' % (V, r.randrange(2019, 2025)))
syn('clevis_encrypt_tpm2_pipe', 'stdin', "echo -n VALUE | clevis encrypt tpm2 '{...}' > file")(
    lambda r: "# echo -n %s | clevis encrypt tpm2 '{\"pcr_ids\":\"7\"}' > /etc/gate/unlock.jwe\n" % V)
syn('fscrypt_unlock_pipe', 'stdin', 'echo VALUE | fscrypt unlock dir --quiet')(
    lambda r: '$ echo %s | fscrypt unlock /srv/rental/contracts --quiet\n' % V)
syn('mit_kinit_principal_pipe', 'stdin', 'echo VALUE | kinit principal')(
    lambda r: '$ echo %s | kinit gateops@PORTBECK.EXAMPLE\n$ klist | head -2\nTicket cache: FILE:/tmp/krb5cc_1000\nDefault principal: gateops@PORTBECK.EXAMPLE\n' % V)

# ------------------------------------------------------------------ lib
syn('python_zipfile_open_third_positional', 'lib', "zf.open(name, 'r', b'VALUE')")(
    lambda r: "with zipfile.ZipFile('cutfiles-2025.zip') as zf:\n    with zf.open('rokkaku200cm.plt', 'r', b'%s') as fh:\n        plot(fh.read())\n" % V)
syn('python_pypdf_reader_decrypt_first', 'lib', "reader.decrypt('VALUE')")(
    lambda r: "reader = PdfReader('insurance-2025.pdf')\nif reader.is_encrypted:\n    reader.decrypt('%s')\nprint(reader.pages[0].extract_text()[:200])\n" % V)
syn('python_elasticsearch_basic_auth_tuple', 'lib', "Elasticsearch(url, basic_auth=(user, 'VALUE'))")(
    lambda r: "es = Elasticsearch('https://%s:9200', basic_auth=('gate_ingest', '%s'), ca_certs='ca.crt')\n" % (W.ip10(r), V))
syn('python_influxdb_client_fourth', 'lib', "InfluxDBClient(host, port, user, 'VALUE', db)")(
    lambda r: "client = InfluxDBClient('%s', 8086, 'windmast', '%s', 'wind')\nclient.write_points(points)\n" % (W.ip10(r), V))
syn('python_clickhouse_driver_client_fifth', 'lib', "Client(host, port, db, user, 'VALUE')")(
    lambda r: "client = Client('%s', 9000, 'festival', 'gate_ro', '%s')\nrows = client.execute('SELECT gate, count() FROM scans GROUP BY gate')\n" % (W.ip10(r), V))
syn('python_jaydebeapi_connect_list', 'lib', "jaydebeapi.connect(cls, url, [user, 'VALUE'], jar)")(
    lambda r: "conn = jaydebeapi.connect('org.hsqldb.jdbc.JDBCDriver', 'jdbc:hsqldb:hsql://%s/rental', ['SA', '%s'], 'hsqldb.jar')\n" % (W.ip10(r), V))
syn('python_pytds_connect_fourth', 'lib', "pytds.connect(server, db, user, 'VALUE')")(
    lambda r: "with pytds.connect('LOFTSQL01', 'cutting', 'plotter_app', '%s') as conn:\n    cur = conn.cursor()\n" % V)
syn('python_aiohttp_basicauth_second', 'lib', "aiohttp.BasicAuth(user, 'VALUE')")(
    lambda r: "auth = aiohttp.BasicAuth('windmast', '%s')\nasync with session.get(url, auth=auth) as resp:\n    obs = await resp.json()\n" % V)
syn('python_urllib3_make_headers_colon_pair', 'lib', "urllib3.make_headers(basic_auth='user:VALUE')")(
    lambda r: "headers = urllib3.make_headers(basic_auth='stockbot:%s')\nr = http.request('GET', STOCK_URL, headers=headers)\n" % V)
syn('python_ibm_db_connect_third', 'lib', "ibm_db.connect(db, user, 'VALUE')")(
    lambda r: "conn = ibm_db.connect('RENTALS', 'db2inst1', '%s')\n" % V)
syn('python_hashlib_pbkdf2_hmac_second', 'lib', "hashlib.pbkdf2_hmac('sha256', b'VALUE', salt, n)")(
    lambda r: "salt = os.urandom(16)\nkey = hashlib.pbkdf2_hmac('sha256', b'%s', salt, 600_000)\n" % V)
syn('python_pyjks_keystore_load_second', 'lib', "jks.KeyStore.load(file, 'VALUE')")(
    lambda r: "ks = jks.KeyStore.load('gate-signing.jks', '%s')\npk = ks.private_keys['gate']\n" % V)
syn('node_superagent_auth_two_arguments', 'lib', ".auth(user, 'VALUE')")(
    lambda r: "const res = await request.get('https://%s/api/stock').auth('stockbot', '%s');\n" % (W.ip10(r), V))
syn('node_bcryptjs_hashsync_first', 'lib', "bcrypt.hashSync('VALUE', rounds)")(
    lambda r: "// seed the first till manager\nconst stored = bcrypt.hashSync('%s', 12);\nawait db.users.insert({ login: 'manager', hash: stored });\n" % V)
syn('java_keystore_load_char_array', 'lib', 'ks.load(in, "VALUE".toCharArray())')(
    lambda r: 'KeyStore ks = KeyStore.getInstance("PKCS12");\ntry (InputStream in = Files.newInputStream(Path.of("gate.p12"))) {\n    ks.load(in, "%s".toCharArray());\n}\n' % V)
syn('java_pbekeyspec_ctor_first', 'lib', 'new PBEKeySpec("VALUE".toCharArray(), salt, n, len)')(
    lambda r: 'KeySpec spec = new PBEKeySpec("%s".toCharArray(), salt, 310000, 256);\n' % V)
syn('java_resttemplatebuilder_basicauthentication', 'lib', 'new RestTemplateBuilder().basicAuthentication(user, "VALUE")')(
    lambda r: 'return new RestTemplateBuilder().basicAuthentication("loft", "%s").build();\n' % V)
syn('java_unirest_basicauth_second', 'lib', 'Unirest.get(url).basicAuth(user, "VALUE")')(
    lambda r: 'HttpResponse<JsonNode> res = Unirest.get(stockUrl).basicAuth("stock", "%s").asJson();\n' % V)
syn('java_restassured_preemptive_basic', 'lib', 'given().auth().preemptive().basic(user, "VALUE")')(
    lambda r: 'given().auth().preemptive().basic("qa", "%s").when().get("/v1/lessons").then().statusCode(200);\n' % V)
syn('java_feign_basicauthrequestinterceptor', 'lib', 'new BasicAuthRequestInterceptor(user, "VALUE")')(
    lambda r: '@Bean\npublic BasicAuthRequestInterceptor dealerAuth() {\n    return new BasicAuthRequestInterceptor("dealer", "%s");\n}\n' % V)
syn('kotlin_fuel_authentication_basic', 'lib', 'Fuel.get(url).authentication().basic(user, "VALUE")')(
    lambda r: 'val (_, _, result) = Fuel.get(stockUrl).authentication().basic("stock", "%s").responseString()\n' % V)
syn('scala_sttp_auth_basic', 'lib', 'basicRequest.auth.basic(user, "VALUE")')(
    lambda r: 'val req = basicRequest.auth.basic("reports", "%s").get(uri"https://api.briskreach.example/v1/hires")\n' % V)
syn('csharp_restsharp_httpbasicauthenticator', 'lib', 'new HttpBasicAuthenticator(user, "VALUE")')(
    lambda r: 'var options = new RestClientOptions("https://tills.briskreach.example") {\n    Authenticator = new HttpBasicAuthenticator("tills", "%s")\n};\n' % V)
syn('csharp_flurl_withbasicauth', 'lib', 'url.WithBasicAuth(user, "VALUE")')(
    lambda r: 'var hires = await "https://tills.briskreach.example/api/hires".WithBasicAuth("tills", "%s").GetJsonAsync<List<Hire>>();\n' % V)
syn('go_nats_userinfo_option', 'lib', 'nats.Connect(url, nats.UserInfo(user, "VALUE"))')(
    lambda r: 'nc, err := nats.Connect("nats://%s:4222", nats.UserInfo("gate", "%s"))\nif err != nil {\n\tlog.Fatal(err)\n}\n' % (W.ip10(r), V))
syn('rust_rumqttc_set_credentials', 'lib', 'opts.set_credentials(user, "VALUE")')(
    lambda r: 'let mut opts = MqttOptions::new("mast-01", "%s", 1883);\nopts.set_credentials("windmast", "%s");\n' % (W.ip10(r), V))
syn('rust_zip_by_index_decrypt', 'lib', 'archive.by_index_decrypt(i, b"VALUE")')(
    lambda r: 'let mut archive = zip::ZipArchive::new(file)?;\nlet mut entry = archive.by_index_decrypt(0, b"%s")?;\n' % V)
syn('ruby_pg_connection_seven_positionals', 'lib', "PG::Connection.new(host, port, opts, tty, db, user, 'VALUE')")(
    lambda r: "conn = PG::Connection.new('%s', 5432, nil, nil, 'rentals', 'report', '%s')\n" % (W.ip10(r), V))
syn('ruby_savon_basic_auth_array', 'lib', "Savon.client(wsdl: w, basic_auth: [user, 'VALUE'])")(
    lambda r: "client = Savon.client(wsdl: DEALER_WSDL, basic_auth: ['dealer', '%s'])\n" % V)
syn('php_ibase_connect_third', 'lib', "ibase_connect(db, user, 'VALUE')")(
    lambda r: "$db = ibase_connect('%s:/srv/firebird/stock.fdb', 'SYSDBA', '%s');\n" % (W.ip10(r), V))
syn('php_amqpstreamconnection_fourth', 'lib', "new AMQPStreamConnection(host, port, user, 'VALUE')")(
    lambda r: "$conn = new AMQPStreamConnection('%s', 5672, 'gate', '%s');\n$ch = $conn->channel();\n" % (W.ip10(r), V))
syn('perl_net_mqtt_simple_login', 'lib', "$mqtt->login(user, 'VALUE')")(
    lambda r: "my $mqtt = Net::MQTT::Simple->new('%s');\n$mqtt->login('windmast', '%s');\n" % (W.ip10(r), V))
syn('swift_seckeychainunlock_third', 'lib', 'SecKeychainUnlock(keychain, length, "VALUE", true)')(
    lambda r: 'let status = SecKeychainUnlock(buildKeychain, UInt32(\u00b6), "%s", true)\nguard status == errSecSuccess else { exit(1) }\n' % V)
syn('lua_luasql_connect_third', 'lib', "env:connect(db, user, 'VALUE', host, port)")(
    lambda r: "local env = luasql.postgres()\nlocal con = env:connect('gate', 'gate_app', '%s', '%s', 5432)\n" % (V, W.ip10(r)))
syn('elixir_httpoison_hackney_basic_auth', 'lib', 'HTTPoison.get(url, [], hackney: [basic_auth: {user, "VALUE"}])')(
    lambda r: 'HTTPoison.get(url, [], hackney: [basic_auth: {"stock", "%s"}])\n' % V)
syn('dart_httpclientbasiccredentials_second', 'lib', "HttpClientBasicCredentials(user, 'VALUE')")(
    lambda r: "client.addCredentials(uri, 'Stock', HttpClientBasicCredentials('stock', '%s'));\n" % V)
syn('c_sqlconnect_sixth_argument', 'lib', 'SQLConnect(hdbc, dsn, SQL_NTS, user, SQL_NTS, "VALUE", SQL_NTS)')(
    lambda r: 'ret = SQLConnect(hdbc, (SQLCHAR *)"LoftDSN", SQL_NTS, (SQLCHAR *)"plotter", SQL_NTS,\n                 (SQLCHAR *)"%s", SQL_NTS);\n' % V)
syn('c_sqlcipher_sqlite3_key', 'lib', 'sqlite3_key(db, "VALUE", n)')(
    lambda r: 'sqlite3_open("rentals.db", &db);\nsqlite3_key(db, "%s", \u00b6);\n' % V)
syn('cpp_cpprest_credentials_second', 'lib', 'web::credentials(U(user), U("VALUE"))')(
    lambda r: 'http_client_config config;\nconfig.set_credentials(web::credentials(U("stock"), U("%s")));\n' % V)
syn('vbscript_adodb_connection_open_third', 'lib', 'conn.Open "DSN=x", user, "VALUE"')(
    lambda r: 'Set conn = CreateObject("ADODB.Connection")\nconn.Open "DSN=TillDB", "till", "%s"\n' % V)
syn('python_exchangelib_credentials_second', 'lib', "Credentials(user, 'VALUE')")(
    lambda r: "creds = Credentials('office@portbeck-kitefest.example', '%s')\naccount = Account('office@portbeck-kitefest.example', credentials=creds, autodiscover=True)\n" % V)
syn('matlab_database_toolbox_third', 'lib', "database(dsn, user, 'VALUE')")(
    lambda r: "conn = database('WindDSN', 'analyst', '%s');\ngusts = fetch(conn, 'SELECT * FROM gusts');\n" % V)
syn('nim_db_postgres_open_third', 'lib', 'open(host, user, "VALUE", db)')(
    lambda r: 'let db = open("%s", "gate", "%s", "festival")\n' % (W.ip10(r), V))

# ------------------------------------------------------------------ gui
syn('wtype_single_argument', 'gui', 'wtype VALUE')(lambda r: '$ sleep 2; wtype %s && wtype -k Return\n' % V)
syn('xte_str_command', 'gui', "xte 'str VALUE' 'key Return'")(lambda r: "$ xte 'str %s' 'key Return'\n" % V)
syn('autohotkey_sendtext_function', 'gui', 'SendText "VALUE"')(
    lambda r: 'WinActivate "CutServer Login"\nWinWaitActive "CutServer Login"\nSendText "%s"\nSend "{Enter}"\n' % V)
syn('osascript_system_events_keystroke', 'gui', 'tell application "System Events" to keystroke "VALUE"')(
    lambda r: 'osascript -e \'tell application "System Events" to keystroke "%s"\' -e \'tell application "System Events" to key code 36\'\n' % V)
syn('sikulix_type_first', 'gui', 'type("VALUE" + Key.ENTER)')(lambda r: 'click("login_field.png")\ntype("%s" + Key.ENTER)\n' % V)
syn('pynput_controller_type', 'gui', "Controller().type('VALUE')")(
    lambda r: "kb = Controller()\ntime.sleep(1.5)\nkb.type('%s')\nkb.tap(Key.enter)\n" % V)
syn('uipath_typeinto_text_attribute', 'gui', '<ui:TypeInto Text="VALUE" />')(
    lambda r: '<ui:TypeInto DisplayName="Type Into \'f2\'" Text="%s" EmptyField="True">\n  <ui:TypeInto.Target><ui:Target Selector="&lt;webctrl id=\'f2\' /&gt;" /></ui:TypeInto.Target>\n</ui:TypeInto>\n' % V)
syn('ranorex_presskeys_method', 'gui', 'repo.Form.F2.PressKeys("VALUE{Return}")')(lambda r: 'repo.TillLogin.F2.PressKeys("%s{Return}");\n' % V)
syn('testcomplete_keys_method', 'gui', 'Aliases.app.dlg.f2.Keys("VALUE[Enter]")')(
    lambda r: 'Aliases.CutServer.dlgLogin.f2.Keys("%s[Enter]")\n' % V)
syn('teststack_white_bulktext_property', 'gui', 'window.Get<TextBox>("f2").BulkText = "VALUE"')(
    lambda r: 'var login = app.GetWindow("CutServer Login");\nlogin.Get<TextBox>(SearchCriteria.ByAutomationId("f2")).BulkText = "%s";\n' % V)
syn('uiautomator_findobject_settext', 'gui', 'device.findObject(By.res(id)).setText("VALUE")')(
    lambda r: 'device.findObject(By.res("example.briskreach.rental:id/f2")).setText("%s");\n' % V)
syn('compose_test_perform_text_input', 'gui', 'onNodeWithTag("f2").performTextInput("VALUE")')(
    lambda r: 'composeTestRule.onNodeWithTag("f2").performTextInput("%s")\n' % V)
syn('taiko_write_into_textbox', 'gui', 'write("VALUE", into(textBox({id: "f2"})))')(
    lambda r: 'await goto("https://book.briskreach.example/staff");\nawait write("%s", into(textBox({id: "f2"})));\n' % V)
syn('testing_library_user_event_type', 'gui', "await user.type(screen.getByTestId('f2'), 'VALUE')")(
    lambda r: "const user = userEvent.setup();\nawait user.type(screen.getByTestId('f2'), '%s');\n" % V)
syn('vue_test_utils_setvalue', 'gui', "await wrapper.find('#f2').setValue('VALUE')")(
    lambda r: "const wrapper = mount(StaffLogin);\nawait wrapper.find('#f2').setValue('%s');\n" % V)
syn('earlgrey_replacetext_action', 'gui', 'performAction:grey_replaceText(@"VALUE")')(
    lambda r: '[[EarlGrey selectElementWithMatcher:grey_accessibilityID(@"f2")] performAction:grey_replaceText(@"%s")];\n' % V)
syn('squish_type_waitforobject', 'gui', 'type(waitForObject(names.f2), "VALUE")')(lambda r: 'type(waitForObject(names.f2_Edit), "%s")\n' % V)
syn('behat_fill_in_with_step', 'gui', 'When I fill in "f2" with "VALUE"')(
    lambda r: 'Scenario: manager refunds a deposit\n  Given I am on "/till/login"\n  When I fill in "f1" with "manager"\n  And I fill in "f2" with "%s"\n  And I press "Sign in"\n' % V)
syn('tmux_send_keys_literal', 'gui', "tmux send-keys -t target -l 'VALUE'")(
    lambda r: "$ tmux send-keys -t kiosk:0 -l '%s' \\; send-keys -t kiosk:0 Enter\n" % V)

# ------------------------------------------------------------------ file
syn('openvpn_credentials_file_second_line', 'file', 'user on line 1, VALUE on line 2 (OpenVPN client credentials file)')(
    lambda r: '$ sudo cat /etc/openvpn/client/briskreach.creds\nrib-tracker\n%s\n' % V)
syn('pgbouncer_userlist_second_quoted', 'file', '"user" "VALUE" (pgbouncer auth_file)')(
    lambda r: '$ cat /etc/pgbouncer/userlist.txt\n"booking_app" "%s"\n"stats" "md5%s"\n' % (V, C.rand_str(r, C.HEX, 32)))
syn('jetty_realm_properties_after_colon', 'file', 'user: VALUE, role, role (Jetty realm.properties)')(
    lambda r: '# etc/realm.properties\nstockadmin: %s, admin, user\n' % V)
syn('activemq_users_properties_value', 'file', 'user=VALUE (ActiveMQ users.properties)')(
    lambda r: '# conf/users.properties\ngatebridge=%s\n' % V)
syn('threeproxy_users_cl_field', 'file', 'users user:CL:VALUE (3proxy.cfg)')(
    lambda r: 'nserver 1.1.1.1\nauth strong\nusers gate%02d:CL:%s\nallow gate%02d\nproxy -p3128\n' % ((lambda n: (n, V, n))(r.randrange(1, 12))))
syn('nagios_resource_cfg_user_macro', 'file', '$USERn$=VALUE (Nagios resource.cfg)')(
    lambda r: '$USER1$=/usr/lib/nagios/plugins\n$USER7$=%s\n' % V)
syn('taylor_uucp_call_third_field', 'file', 'system login VALUE (Taylor UUCP call file)')(lambda r: '# /etc/uucp/call\nharbour gateuucp %s\n' % V)
syn('jmeter_csv_dataset_second_column', 'file', 'login,VALUE,level (JMeter CSV data set)')(
    lambda r: '$ head -3 loadtest/staff.csv\nguest%03d,%s,beginner\nguest%03d,' % (r.randrange(1, 99), V, r.randrange(100, 999)) + 'see-sheet,improver\n')
syn('proxychains_proxylist_fifth_field', 'file', 'http host port user VALUE (proxychains ProxyList)')(
    lambda r: '[ProxyList]\nhttp %s 3128 gate%02d %s\n' % (W.ip10(r), r.randrange(1, 12), V))
syn('briskreach_instructor_psv_third_field', 'file', 'id|name|VALUE|disciplines (invented)')(
    lambda r: 'INS-%02d|%s|%s|kite,foil\n' % (r.randrange(1, 40), W.person(r), V))
syn('portbeck_steward_badge_semicolon_fourth', 'file', 'badge;gate;name;VALUE;shift (invented)')(
    lambda r: '%04d;gate-%d;%s;%s;am\n' % (r.randrange(1, 9999), r.randrange(1, 9), W.first(r).lower(), V))

# ------------------------------------------------------------------ sql
syn('sqlcipher_pragma_key_literal', 'sql', "PRAGMA key = 'VALUE';")(lambda r: "$ sqlcipher rentals.db\nsqlite> PRAGMA key = '%s';\nsqlite> SELECT count(*) FROM hires;\n%d\n" % (V, r.randrange(100, 900)))
syn('sqlcipher_attach_key_clause', 'sql', "ATTACH DATABASE 'file' AS name KEY 'VALUE';")(
    lambda r: "sqlite> ATTACH DATABASE 'rentals-2024.db' AS archive KEY '%s';\nsqlite> SELECT count(*) FROM archive.hires;\n" % V)
syn('derby_syscs_create_user_second', 'sql', "CALL SYSCS_UTIL.SYSCS_CREATE_USER('USER', 'VALUE');")(
    lambda r: "ij> CALL SYSCS_UTIL.SYSCS_CREATE_USER('GATEAPP', '%s');\n0 rows inserted/updated/deleted\n" % V)
syn('arangosh_users_save_second', 'sql', 'require("@arangodb/users").save(user, "VALUE")')(
    lambda r: '127.0.0.1:8529@_system> require("@arangodb/users").save("festival_ro", "%s");\n' % V)
syn('plsql_dbms_credential_create_third', 'sql', "DBMS_CREDENTIAL.CREATE_CREDENTIAL(name, user, 'VALUE')")(
    lambda r: "SQL> BEGIN\n  2    DBMS_CREDENTIAL.CREATE_CREDENTIAL('LOFT_SHARE', 'cutfiles', '%s');\n  3  END;\n  4  /\n" % V)
syn('plsql_utl_http_set_authentication_third', 'sql', "UTL_HTTP.SET_AUTHENTICATION(req, user, 'VALUE')")(
    lambda r: "  req := UTL_HTTP.BEGIN_REQUEST('http://%s/stock/feed');\n  UTL_HTTP.SET_AUTHENTICATION(req, 'stockfeed', '%s');\n" % (W.ip10(r), V))

# ------------------------------------------------------------------ proto


def _esc(b):
    out = []
    for x in b:
        if 32 <= x < 127 and x not in (0x27, 0x5C):
            out.append(chr(x))
        else:
            out.append('\\x%02x' % x)
    return ''.join(out)


def _mqtt(r, val):
    cid, user = b'mast-0%d' % r.randrange(1, 9), b'windmast'
    vh = b'\x00\x04MQTT\x04\xc2\x00\x3c'
    pl = b''.join(len(x).to_bytes(2, 'big') + x for x in (cid, user, val.encode()))
    body = vh + pl
    return b'\x10' + bytes([len(body)]) + body


syn('mqtt_connect_packet_bytes', 'proto', 'MQTT 3.1.1 CONNECT: client id, user name, then VALUE as length-prefixed strings')(None)
syn('pgwire_p_message_bytes', 'proto', "frontend message 'p' (length) VALUE NUL")(None)
syn('irc_nickserv_identify_privmsg', 'proto', 'PRIVMSG NickServ :IDENTIFY VALUE')(
    lambda r: ':gatebot!gate@%s PRIVMSG NickServ :IDENTIFY %s\r\n:NickServ!services@irc.tetherline.example NOTICE gatebot :You are now identified for gatebot.\r\n' % (W.ip10(r), V))
syn('teamspeak_serverquery_login_line', 'proto', 'login serveradmin VALUE')(
    lambda r: 'TS3\nWelcome to the TeamSpeak 3 ServerQuery interface.\nlogin serveradmin %s\nerror id=0 msg=ok\nuse sid=1\nerror id=0 msg=ok\n' % V)
syn('freeswitch_esl_auth_line', 'proto', 'auth VALUE (event socket, after Content-Type: auth/request)')(
    lambda r: 'Content-Type: auth/request\n\nauth %s\n\nContent-Type: command/reply\nReply-Text: +OK accepted\n' % V)
syn('tor_control_authenticate_quoted', 'proto', 'AUTHENTICATE "VALUE"')(
    lambda r: '$ nc 127.0.0.1 9051\nAUTHENTICATE "%s"\n250 OK\nGETINFO version\n250-version=0.4.8.%d\n250 OK\n' % (V, r.randrange(1, 14)))
syn('lms_cli_login_line', 'proto', 'login user VALUE (Lyrion / Logitech Media Server CLI, port 9090)')(
    lambda r: '$ nc %s 9090\nlogin rental %s\nlogin rental ******\nplayers 0 5\n' % (W.ip192(r), V))
syn('smpp_bind_transmitter_bytes', 'proto', 'bind_transmitter PDU: system_id NUL VALUE NUL system_type NUL ...')(None)
syn('oftp_ssid_fixed_fields', 'proto', "SSID command: 'X' level, 25-character Odette id, then VALUE in an 8-character field")(None)
syn('ntrip_v1_source_line', 'proto', 'SOURCE VALUE /MOUNTPOINT (NTRIP 1.0 server to caster)')(
    lambda r: 'SOURCE %s /RHOS%d\r\nSource-Agent: NTRIP RTKLIB/2.4.3\r\nSTR: \r\n\r\nICY 200 OK\r\n' % (V, r.randrange(0, 10)))

DROPPED = {'python_ibm_db_connect_third', 'python_pyjks_keystore_load_second', 'java_unirest_basicauth_second',
           'csharp_flurl_withbasicauth', 'dart_httpclientbasiccredentials_second', 'cpp_cpprest_credentials_second',
           'elixir_httpoison_hackney_basic_auth', 'nim_db_postgres_open_third', 'scala_sttp_auth_basic',
           'python_aiohttp_basicauth_second', 'bitwarden_bw_unlock_first_positional', 'deluge_console_connect_fourth',
           'freeipmi_sensors_lower_p_after_lower_u', 'tmux_send_keys_literal', 'taylor_uucp_call_third_field'}
S = [s for s in S if s[0] not in DROPPED]
SYNTAXES = [s[0] for s in S]
BYTE_SYNTAXES = {'mqtt_connect_packet_bytes', 'pgwire_p_message_bytes', 'smpp_bind_transmitter_bytes',
                 'oftp_ssid_fixed_fields'}


def render(name, r, val):
    if name == 'mqtt_connect_packet_bytes':
        pkt = _mqtt(r, val)
        return "# tshark -x, CONNECT from the wind mast (%s -> broker:1883)\npayload = b'%s'\n" % (W.ip10(r), _esc(pkt))
    if name == 'pgwire_p_message_bytes':
        body = val.encode() + b'\x00'
        pkt = b'p' + (4 + len(body)).to_bytes(4, 'big') + body
        return "# frontend -> backend after AuthenticationCleartext (R, code 3), port 5432\nmsg = b'%s'\n" % _esc(pkt)
    if name == 'smpp_bind_transmitter_bytes':
        body = b'gatesms\x00' + val.encode() + b'\x00' + b'\x00' + b'\x34\x00\x00\x00'
        hdr = (16 + len(body)).to_bytes(4, 'big') + b'\x00\x00\x00\x02' + b'\x00\x00\x00\x00' + r.randrange(1, 9999).to_bytes(4, 'big')
        return "# bind_transmitter to the SMS gateway (port 2775), from the festival alert service\npdu = b'%s'\n" % _esc(hdr + body)
    if name == 'oftp_ssid_fixed_fields':
        code = ('O0013%09dSKYRIGG' % r.randrange(10 ** 8)).ljust(25)
        return ("# OFTP session start from Skyrigg to the fabric mill (SSID, fixed-width fields)\nX5%s%s%s%s\n"
                % (code, val.ljust(8), '%05d' % r.choice([2048, 4096]), 'BNYYN        '))
    tmpl = dict((s[0], s[3]) for s in S)[name](r)
    assert tmpl.count(V) == 1, name
    return tmpl


def short_password(rng):
    words = [w for w in W.WORDS if 3 <= len(w) <= 5]
    w = rng.choice(words)
    if rng.random() < 0.3:
        w = w.capitalize()
    return w + rng.choice(W.JOINERS_STRICT) + str(rng.randrange(10, 100))


def build(reg, seed=26703):
    rng = random.Random(seed)
    recs = []
    for name, where, pattern, _ in S:
        for _ in range(500):
            if name == 'oftp_ssid_fixed_fields':
                val = short_password(rng)
            else:
                val = W.make_password(rng, W.JOINERS_STRICT, 0.3)
            if HINT_RE.search(val) or not reg.ok(val):
                continue
            break
        reg.add(val)
        if name in BYTE_SYNTAXES:   # byte and fixed-width renderings take the value itself
            text = render(name, rng, val)
            i = text.index(val)
            before, after = text[:i], text[i + len(val):]
        else:
            before, after = render(name, rng, V).split(V)
        before, after = before.replace('\u00b6', str(len(val))), after.replace('\u00b6', str(len(val)))
        full = before + val + after
        typ = PREFIX + name
        recs.append({'type': typ, 'container': '%s__%s' % (name, WHERE[where]), 'text': full,
                     'secrets': [{'value': val, 'start': len(before), 'end': len(before) + len(val), 'type': typ}],
                     'source': 'password'})
    return recs
