"""Positional passwords: the value is a password but no key name says so.
Span type oypw_<syntax>; container <syntax>__<where>."""
import random

import common272 as C
import world272 as W

SEED = 27203
PREFIX = "oypw_"

WHERE = {
    "cli": "depuration_plant_terminal",
    "stdin": "kiln_gateway_pipe",
    "lib": "spatfall_source_excerpt",
    "gui": "harvest_app_ui_script",
    "file": "loch_host_config_file",
    "sql": "trace_db_console",
    "proto": "pontoon_network_capture",
}


def smpp(r, u, v):
    # SMPP 3.4 bind_transmitter: header (length, command id 0x00000002, status,
    # sequence) then C-strings system_id, the value, system_type, then
    # interface_version 0x34, addr_ton, addr_npi and an empty address_range.
    body = u.encode() + b"\x00" + v.encode() + b"\x00" + b"SMS\x00" + b"\x34\x00\x00\x00"
    total = 16 + len(body)
    head = "".join("\\x%02x" % b for b in total.to_bytes(4, "big")) + "\\x00\\x00\\x00\\x02\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x07"
    before = "# tcpdump -A port 2775, rebuilt as a Python bytes literal (alarm dialler -> SMS gateway)\npdu = b\"" + head + u + "\\x00"
    after = "\\x00SMS\\x00\\x34\\x00\\x00\\x00\"\n"
    return before, after


# (syntax, where, form, template with {V} {U} {H} {IP}, or a function)
S = [
    # ---- cli ------------------------------------------------------------------
    ("mosquitto_pub_capital_p_after_lower_u", "cli", "mosquitto_pub -h host -u user -P VALUE -t topic -m msg",
     "$ mosquitto_pub -h mqtt.spatfall.example -p 8883 --cafile /etc/ssl/certs/ca.pem -u {U} -P {V} -t merse/tanks/cmd -m flush\n"),
    ("minio_mc_alias_set_fourth_positional", "cli", "mc alias set NAME URL USER VALUE",
     "$ mc alias set spatfall https://s3.spatfall.example {U} {V}\nAdded `spatfall` successfully.\n"),
    ("bcp_capital_p_after_capital_u", "cli", "bcp table out file -S host -U user -P VALUE -c",
     "C:\\> bcp Batches.dbo.Release out releases.csv -S {IP} -U {U} -P {V} -c -t,\n"),
    ("freetds_tsql_capital_p_after_capital_u", "cli", "tsql -H host -p port -U user -P VALUE",
     "$ tsql -H {IP} -p 1433 -U {U} -P {V}\nlocale is \"en_GB.UTF-8\"\n1> \n"),
    ("vertica_vsql_lower_w_after_capital_u", "cli", "vsql -h host -U user -w VALUE -c query",
     "$ vsql -h {IP} -U {U} -w {V} -c \"SELECT count(*) FROM harvest_log\"\n"),
    ("emqx_ctl_admins_add_second_positional", "cli", "emqx ctl admins add USER VALUE",
     "$ docker exec -it emqx emqx ctl admins add {U} {V}\nok\n"),
    ("zookeeper_cli_addauth_digest_colon_pair", "cli", "addauth digest user:VALUE (zkCli)",
     "[zk: localhost:2181(CONNECTED) 0] addauth digest {U}:{V}\n[zk: localhost:2181(CONNECTED) 1] get /kiln/config\n"),
    ("schtasks_create_rp_after_ru", "cli", "schtasks /Create ... /RU user /RP VALUE",
     "C:\\> schtasks /Create /TN \"NavSync\" /TR \"C:\\Tools\\navsync\\navsync.exe\" /SC HOURLY /RU CARRAIG\\{U} /RP {V}\nSUCCESS: The scheduled task \"NavSync\" has successfully been created.\n"),
    ("kamailio_kamctl_add_second_positional", "cli", "kamctl add USER VALUE",
     "$ kamctl add {U}@sip.merse-depuration.example {V}\nnew user '{U}@sip.merse-depuration.example' added\n"),
    ("rasdial_entry_third_positional", "cli", "rasdial ENTRY user VALUE",
     "C:\\> rasdial \"Merse VPN\" {U} {V}\nConnecting to Merse VPN...\nCommand completed successfully.\n"),
    ("cloud_foundry_cf_login_lower_p", "cli", "cf login -a api -u user -p VALUE -o org -s space",
     "$ cf login -a https://api.cf.spatfall.example -u {U} -p {V} -o spatfall -s prod\n"),
    ("openstack_swift_capital_k_after_capital_u", "cli", "swift -A auth -U account:user -K VALUE list",
     "$ swift -A https://objects.spatfall.example/auth/v1.0 -U spatfall:{U} -K {V} list tank-logs\n"),
    ("vmware_vmrun_gp_after_gu", "cli", "vmrun -T ws -gu user -gp VALUE runProgramInGuest vmx program",
     "C:\\> vmrun -T ws -gu {U} -gp {V} runProgramInGuest \"D:\\VMs\\navpc\\navpc.vmx\" \"C:\\Tools\\sync.bat\"\n"),
    ("perforce_p4_capital_p_global_option", "cli", "p4 -p port -u user -P VALUE sync",
     "$ p4 -p ssl:perforce.spatfall.example:1666 -u {U} -P {V} sync //depot/kiln/...\n"),
    ("cvs_pserver_cvsroot_colon_field", "cli", "cvs -d :pserver:user:VALUE@host:/repo login",
     "$ cvs -d :pserver:{U}:{V}@cvs.spatfall.example:/var/cvs checkout kiln-firmware\n"),
    ("tfvc_tf_login_comma_pair", "cli", "tf get path /login:DOMAIN\\user,VALUE",
     "C:\\src\\harvest> tf get $/Harvest /recursive /login:CARRAIG\\{U},{V}\n"),
    ("fossil_repository_url_userinfo", "cli", "fossil clone https://user:VALUE@host/repo file",
     "$ fossil clone https://{U}:{V}@fossil.spatfall.example/kiln kiln.fossil\n"),
    ("remmina_connect_rdp_url_userinfo", "cli", "remmina -c rdp://user:VALUE@host",
     "$ remmina -c rdp://{U}:{V}@{IP}\n"),
    ("vlc_rtsp_url_userinfo", "cli", "vlc rtsp://user:VALUE@host/path",
     "$ vlc rtsp://{U}:{V}@{IP}:554/Streaming/Channels/101\n"),
    ("websocat_basic_auth_colon_pair", "cli", "websocat --basic-auth user:VALUE wss://host/ws",
     "$ websocat --basic-auth {U}:{V} wss://mqtt.spatfall.example/ws\n"),
    ("socat_proxyauth_colon_pair", "cli", "socat ... PROXY:proxy:target:port,proxyauth=user:VALUE",
     "$ socat TCP-LISTEN:8883,fork PROXY:proxy.merse-depuration.example:mqtt.spatfall.example:8883,proxyport=3128,proxyauth={U}:{V}\n"),
    ("ttyd_credential_colon_pair", "cli", "ttyd -p port -c user:VALUE bash",
     "$ ttyd -p 7681 -c {U}:{V} bash\n"),
    ("filebrowser_users_add_second_positional", "cli", "filebrowser users add USER VALUE",
     "$ filebrowser -d /srv/fb/filebrowser.db users add {U} {V} --perm.admin=false\n"),
    ("bacnet_bacrd_third_positional", "cli", "bacrd DEVICE STATE VALUE (bacnet-stack reinitialize)",
     "$ bacrd 1201 0 {V}\nReinitializeDevice Acknowledged!\n"),
    ("mpd_mpc_host_at_prefix", "cli", "mpc -h 'VALUE@host' status",
     "$ mpc -h '{V}@{IP}' status\n"),
    ("bundler_config_set_host_colon_pair", "cli", "bundle config set --global HOST user:VALUE",
     "$ bundle config set --global gems.spatfall.example {U}:{V}\n"),
    # ---- stdin -----------------------------------------------------------------
    ("kinit_reads_pipe", "stdin", "echo VALUE | kinit user@REALM",
     "$ echo '{V}' | kinit {U}@SPATFALL.EXAMPLE\n$ klist | head -2\n"),
    ("zfs_load_key_reads_pipe", "stdin", "echo VALUE | zfs load-key DATASET",
     "# echo '{V}' | zfs load-key tank/logs\n# zfs mount tank/logs\n"),
    ("cryptroot_unlock_reads_pipe", "stdin", "echo -n VALUE | cryptroot-unlock (initramfs)",
     "~ # echo -n '{V}' | cryptroot-unlock\ncryptsetup: sda3_crypt set up successfully\n"),
    ("kwallet_query_w_entry_from_pipe", "stdin", "echo VALUE | kwallet-query -w ENTRY -f FOLDER WALLET",
     "$ echo '{V}' | kwallet-query -w tank-panel -f Merse kdewallet\n"),
    ("python_subprocess_run_input_bytes", "stdin", "subprocess.run(cmd, input=b'VALUE\\n')",
     "import subprocess\n\nsubprocess.run([\"cryptsetup\", \"open\", \"/dev/sdb1\", \"tanklogs\", \"--key-file=-\"],\n               input=b\"{V}\", check=True)\n"),
    ("node_child_process_stdin_line", "stdin", "child.stdin.end('VALUE\\n')",
     "const { spawn } = require('child_process');\nconst child = spawn('openconnect', ['--user={U}', 'vpn.merse-depuration.example']);\nchild.stdin.end('{V}\\n');\n"),
    ("powershell_process_standardinput_line", "stdin", "$p.StandardInput.WriteLine('VALUE')",
     "$psi = New-Object System.Diagnostics.ProcessStartInfo 'C:\\Tools\\navsync\\navsync.exe'\n$psi.RedirectStandardInput = $true\n$psi.UseShellExecute = $false\n$p = [System.Diagnostics.Process]::Start($psi)\n$p.StandardInput.WriteLine('{V}')\n"),
    # ---- lib --------------------------------------------------------------------
    ("python_pymssql_connect_third", "lib", "pymssql.connect(server, user, VALUE, database)",
     "import pymssql\n\nconn = pymssql.connect(\"{IP}\", \"{U}\", \"{V}\", \"batches\")\n"),
    ("python_pika_plaincredentials_second", "lib", "pika.PlainCredentials(user, VALUE)",
     "import pika\n\ncreds = pika.PlainCredentials(\"{U}\", \"{V}\")\nparams = pika.ConnectionParameters(\"{IP}\", 5672, \"/merse\", creds)\n"),
    ("python_kazoo_add_auth_colon_pair", "lib", "zk.add_auth('digest', 'user:VALUE')",
     "from kazoo.client import KazooClient\n\nzk = KazooClient(hosts=\"{IP}:2181\")\nzk.start()\nzk.add_auth(\"digest\", \"{U}:{V}\")\n"),
    ("python_tableauserverclient_tableauauth_second", "lib", "TSC.TableauAuth(user, VALUE, site_id=...)",
     "import tableauserverclient as TSC\n\nauth = TSC.TableauAuth(\"{U}\", \"{V}\", site_id=\"merse\")\nserver = TSC.Server(\"https://tableau.spatfall.example\", use_server_version=True)\n"),
    ("python_exchangelib_credentials_second", "lib", "Credentials(user, VALUE) (exchangelib)",
     "from exchangelib import Account, Credentials\n\ncreds = Credentials(\"{U}@merse-depuration.example\", \"{V}\")\n"),
    ("python_influxdb_client_fourth", "lib", "InfluxDBClient(host, port, user, VALUE, db)",
     "from influxdb import InfluxDBClient\n\nclient = InfluxDBClient(\"{IP}\", 8086, \"{U}\", \"{V}\", \"tanks\")\n"),
    ("python_pymqi_connect_fifth", "lib", "pymqi.connect(qmgr, channel, conn_info, user, VALUE)",
     "import pymqi\n\nqmgr = pymqi.connect(\"QM1\", \"DEV.APP.SVRCONN\", \"{IP}(1414)\", \"{U}\", \"{V}\")\n"),
    ("python_atproto_client_login_second", "lib", "Client().login(handle, VALUE)",
     "from atproto import Client\n\nclient = Client()\nclient.login(\"carraigbhan.bsky.social\", \"{V}\")\n"),
    ("python_jaydebeapi_connect_jdbc_args_list", "lib", "jaydebeapi.connect(driver, url, [user, VALUE], jar)",
     "import jaydebeapi\n\nconn = jaydebeapi.connect(\"org.hsqldb.jdbc.JDBCDriver\", \"jdbc:hsqldb:hsql://{IP}/trace\",\n                          [\"{U}\", \"{V}\"], \"/opt/jdbc/hsqldb.jar\")\n"),
    ("python_hashlib_pbkdf2_hmac_second", "lib", "hashlib.pbkdf2_hmac('sha256', VALUE, salt, n)",
     "import hashlib, os\n\nsalt = os.urandom(16)\ndk = hashlib.pbkdf2_hmac(\"sha256\", b\"{V}\", salt, 600_000)\n"),
    ("node_express_basic_auth_users_map", "lib", "basicAuth({ users: { user: VALUE } })",
     "const basicAuth = require('express-basic-auth');\n\napp.use('/admin', basicAuth({ users: { '{U}': '{V}' }, challenge: true }));\n"),
    ("js_cryptojs_aes_encrypt_second", "lib", "CryptoJS.AES.encrypt(data, VALUE)",
     "import CryptoJS from 'crypto-js';\n\nconst blob = CryptoJS.AES.encrypt(JSON.stringify(batch), '{V}').toString();\n"),
    ("java_drivermanager_getconnection_third", "lib", "DriverManager.getConnection(url, user, VALUE)",
     "Connection c = DriverManager.getConnection(\"jdbc:sqlserver://{IP};databaseName=batches\", \"{U}\", \"{V}\");\n"),
    ("java_jms_createconnection_second", "lib", "factory.createConnection(user, VALUE)",
     "ConnectionFactory factory = new ActiveMQConnectionFactory(\"tcp://{IP}:61616\");\nConnection conn = factory.createConnection(\"{U}\", \"{V}\");\n"),
    ("kotlin_ktor_basicauthcredentials_second", "lib", "BasicAuthCredentials(user, VALUE) (Ktor client)",
     "val client = HttpClient(CIO) {\n    install(Auth) {\n        basic { credentials { BasicAuthCredentials(\"{U}\", \"{V}\") } }\n    }\n}\n"),
    ("csharp_restsharp_httpbasicauthenticator_second", "lib", "new HttpBasicAuthenticator(user, VALUE)",
     "var options = new RestClientOptions(\"https://stock.spatfall.example/api\") {\n    Authenticator = new HttpBasicAuthenticator(\"{U}\", \"{V}\")\n};\n"),
    ("go_minio_newstaticv4_second", "lib", "credentials.NewStaticV4(user, VALUE, \"\")",
     "mc, err := minio.New(\"s3.spatfall.example\", &minio.Options{\n\tCreds:  credentials.NewStaticV4(\"{U}\", \"{V}\", \"\"),\n\tSecure: true,\n})\n"),
    ("rust_reqwest_basic_auth_some_second", "lib", ".basic_auth(user, Some(VALUE)) (reqwest)",
     "let res = client\n    .get(\"https://trace.spatfall.example/v1/lots\")\n    .basic_auth(\"{U}\", Some(\"{V}\"))\n    .send()\n    .await?;\n"),
    ("ruby_faraday_authorization_basic_fourth", "lib", "conn.request :authorization, :basic, user, VALUE",
     "conn = Faraday.new(url: \"https://trace.spatfall.example\") do |f|\n  f.request :authorization, :basic, \"{U}\", \"{V}\"\nend\n"),
    ("ruby_savon_basic_auth_array", "lib", "Savon.client(wsdl: w, basic_auth: [user, VALUE])",
     "client = Savon.client(wsdl: \"https://lab.eurofins.example/Results?wsdl\", basic_auth: [\"{U}\", \"{V}\"])\n"),
    ("php_guzzle_auth_option_array", "lib", "$client->get(path, ['auth' => [user, VALUE]])",
     "$res = $client->get('/api/tanks', ['auth' => ['{U}', '{V}']]);\n"),
    ("php_amqplib_streamconnection_fourth", "lib", "new AMQPStreamConnection(host, port, user, VALUE)",
     "$conn = new AMQPStreamConnection('{IP}', 5672, '{U}', '{V}');\n"),
    ("php_hash_pbkdf2_second", "lib", "hash_pbkdf2('sha256', VALUE, $salt, n)",
     "$salt = random_bytes(16);\n$key = hash_pbkdf2('sha256', '{V}', $salt, 210000, 32, true);\n"),
    ("r_httr2_req_auth_basic_third", "lib", "req_auth_basic(req, user, VALUE)",
     "library(httr2)\nresp <- request(\"https://tanks.merse-depuration.example/api/salinity\") |>\n  req_auth_basic(\"{U}\", \"{V}\") |>\n  req_perform()\n"),
    ("c_odbc_sqlconnect_sixth", "lib", "SQLConnect(dbc, dsn, SQL_NTS, user, SQL_NTS, VALUE, SQL_NTS)",
     "ret = SQLConnect(dbc, (SQLCHAR *)\"TraceDSN\", SQL_NTS, (SQLCHAR *)\"{U}\", SQL_NTS,\n                 (SQLCHAR *)\"{V}\", SQL_NTS);\n"),
    ("cpp_poco_httpbasiccredentials_second", "lib", "Poco::Net::HTTPBasicCredentials cred(user, VALUE)",
     "Poco::Net::HTTPBasicCredentials cred(\"{U}\", \"{V}\");\ncred.authenticate(request);\n"),
    ("vbscript_msxml_open_fifth", "lib", "xhr.Open method, url, async, user, VALUE",
     "Set xhr = CreateObject(\"MSXML2.ServerXMLHTTP.6.0\")\nxhr.Open \"GET\", \"http://{IP}/status.xml\", False, \"{U}\", \"{V}\"\nxhr.Send\n"),
    ("arduino_pubsubclient_connect_third", "lib", "client.connect(id, user, VALUE) (PubSubClient)",
     "if (!mqtt.connect(\"flupsy-ctrl\", \"{U}\", \"{V}\")) {\n  delay(5000);\n}\n"),
    ("micropython_umqtt_mqttclient_fifth", "lib", "MQTTClient(id, server, port, user, VALUE)",
     "from umqtt.simple import MQTTClient\n\nc = MQTTClient(\"salinity-3\", \"{IP}\", 1883, \"{U}\", \"{V}\")\nc.connect()\n"),
    ("nodemcu_lua_broker_client_fourth", "lib", "mqtt.Client(id, keepalive, user, VALUE)",
     "m = mqtt.Client(\"kiln-relay\", 120, \"{U}\", \"{V}\")\nm:connect(\"{IP}\", 1883, false)\n"),
    # ---- gui --------------------------------------------------------------------
    ("kdeconnect_cli_share_text_option", "gui", "kdeconnect-cli -n DEVICE --share-text VALUE",
     "$ kdeconnect-cli -n \"Pixel 7\" --share-text {V}\n"),
    ("copyq_add_first_argument", "gui", "copyq add VALUE",
     "$ copyq add {V}\n"),
    ("xte_str_command", "gui", "xte 'str VALUE'",
     "$ sleep 3; xte 'str {V}' 'key Return'\n"),
    ("zellij_action_chars_argument", "gui", "zellij action write-chars VALUE",
     "$ zellij action write-chars {V}\n"),
    ("kitty_remote_control_text_argument", "gui", "kitty @ send-text --match title:T VALUE",
     "$ kitty @ send-text --match title:navpc {V}\n"),
    ("applescript_system_events_keystroke", "gui", "tell application \"System Events\" to keystroke \"VALUE\"",
     "$ osascript -e 'tell application \"System Events\" to keystroke \"{V}\"' -e 'tell application \"System Events\" to key code 36'\n"),
    ("chrome_recorder_change_step_value", "gui", "{\"type\": \"change\", \"value\": VALUE, \"selectors\": [[\"#f2\"]]}",
     "{\n  \"title\": \"tank panel sign in\",\n  \"steps\": [\n    { \"type\": \"navigate\", \"url\": \"http://{IP}/\" },\n    { \"type\": \"change\", \"value\": \"{V}\", \"selectors\": [[\"#f2\"]], \"target\": \"main\" },\n    { \"type\": \"click\", \"selectors\": [[\"#go\"]], \"target\": \"main\" }\n  ]\n}\n"),
    ("testcafe_typetext_action", "gui", "await t.typeText('#f2', VALUE)",
     "test('tank panel', async t => {\n  await t.typeText('#f1', '{U}').typeText('#f2', '{V}').click('#go');\n});\n"),
    ("detox_by_id_element_action", "gui", "await element(by.id('f2')).typeText(VALUE)",
     "await element(by.id('f1')).typeText('{U}');\nawait element(by.id('f2')).typeText('{V}');\n"),
    ("android_espresso_viewaction_perform", "gui", "onView(withId(R.id.f2)).perform(typeText(VALUE))",
     "onView(withId(R.id.f1)).perform(typeText(\"{U}\"));\nonView(withId(R.id.f2)).perform(typeText(\"{V}\"), closeSoftKeyboard());\n"),
    ("xcuitest_textfields_query_action", "gui", "app.secureTextFields[\"f2\"].typeText(VALUE)",
     "let field = app.textFields[\"f2\"]\nfield.tap()\nfield.typeText(\"{V}\")\n"),
    ("robot_framework_seleniumlibrary_keyword_row", "gui", "Input Text    id=f2    VALUE",
     "*** Test Cases ***\nTank Panel Sign In\n    Open Browser    http://{IP}/    firefox\n    Input Text    id=f1    {U}\n    Input Text    id=f2    {V}\n"),
    ("capybara_fill_in_with_option", "gui", "fill_in 'f2', with: VALUE",
     "visit \"/admin\"\nfill_in \"f1\", with: \"{U}\"\nfill_in \"f2\", with: \"{V}\"\nclick_button \"Go\"\n"),
    ("laravel_dusk_browser_field_call", "gui", "$browser->type('f2', VALUE)",
     "$this->browse(function (Browser $browser) {\n    $browser->visit('/admin')->type('f1', '{U}')->type('f2', '{V}')->press('Go');\n});\n"),
    ("pywinauto_edit_control_set_edit_text", "gui", "dlg.Edit2.set_edit_text(VALUE)",
     "app = Application(backend=\"uia\").start(r\"C:\\Program Files\\NavSync\\navsync.exe\")\ndlg = app.window(title=\"Sign in\")\ndlg.Edit2.set_edit_text(\"{V}\")\n"),
    ("csharp_flaui_textbox_property_assignment", "gui", "window.FindFirstDescendant(...).AsTextBox().Text = VALUE",
     "var box = window.FindFirstDescendant(cf => cf.ByAutomationId(\"f2\")).AsTextBox();\nbox.Text = \"{V}\";\n"),
    ("python_splinter_browser_fill_call", "gui", "browser.fill('f2', VALUE)",
     "with Browser(\"firefox\") as browser:\n    browser.visit(\"http://{IP}/\")\n    browser.fill(\"f1\", \"{U}\")\n    browser.fill(\"f2\", \"{V}\")\n"),
    ("python_mechanicalsoup_browser_item_assignment", "gui", "browser['f2'] = VALUE",
     "browser = mechanicalsoup.StatefulBrowser()\nbrowser.open(\"http://{IP}/\")\nbrowser.select_form()\nbrowser[\"f1\"] = \"{U}\"\nbrowser[\"f2\"] = \"{V}\"\n"),
    ("java_htmlunit_input_setvalue", "gui", "form.getInputByName(\"f2\").setValue(VALUE)",
     "HtmlForm form = page.getForms().get(0);\nform.getInputByName(\"f1\").setValue(\"{U}\");\nform.getInputByName(\"f2\").setValue(\"{V}\");\n"),
    ("serenity_screenplay_enter_thevalue_into", "gui", "Enter.theValue(VALUE).into(F2)",
     "actor.attemptsTo(\n    Enter.theValue(\"{U}\").into(TankPanel.F1),\n    Enter.theValue(\"{V}\").into(TankPanel.F2)\n);\n"),
    ("froglogic_squish_waitforobject_call", "gui", "type(waitForObject(\":f2\"), VALUE)",
     "type(waitForObject(\":Sign in.f1_QLineEdit\"), \"{U}\")\ntype(waitForObject(\":Sign in.f2_QLineEdit\"), \"{V}\")\n"),
    ("casperjs_fillselectors_object_value", "gui", "this.fillSelectors('form', {'#f2': VALUE}, true)",
     "casper.then(function () {\n  this.fillSelectors('form#signin', { '#f1': '{U}', '#f2': '{V}' }, true);\n});\n"),
    # ---- file -------------------------------------------------------------------
    ("proxychains_socks_line_fifth_field", "file", "socks5 HOST PORT user VALUE (proxychains.conf)",
     "[ProxyList]\n# merse office proxy\nsocks5 {IP} 1080 {U} {V}\n"),
    ("threeproxy_users_cl_colon_field", "file", "users user:CL:VALUE (3proxy.cfg)",
     "nserver 10.172.0.1\nlog /var/log/3proxy.log D\nusers {U}:CL:{V}\nauth strong\nproxy -p3128\n"),
    ("jetty_realm_properties_value_before_roles", "file", "user: VALUE, role (Jetty realm.properties)",
     "# etc/realm.properties\n{U}: {V}, admin, tanks\nviewer: OBF:1v2j1uum1xtv1zej1zer1xtn1uvk1v1v, viewer\n"),
    ("openvpn_credentials_file_second_line", "file", "line 1 user, line 2 VALUE (OpenVPN auth file)",
     "$ sudo cat /etc/openvpn/client/merse.auth\n{U}\n{V}\n"),
    ("nut_upsmon_monitor_line_fourth_field", "file", "MONITOR ups@host 1 user VALUE primary (upsmon.conf)",
     "# /etc/nut/upsmon.conf\nMONITOR tankups@localhost 1 {U} {V} primary\nMINSUPPLIES 1\nSHUTDOWNCMD \"/sbin/shutdown -h +0\"\n"),
    ("haproxy_stats_auth_colon_pair", "file", "stats auth user:VALUE (haproxy.cfg)",
     "listen stats\n    bind :8404\n    stats enable\n    stats uri /stats\n    stats auth {U}:{V}\n"),
    ("nagios_resource_cfg_user3_entry", "file", "$USER3$=VALUE (Nagios resource.cfg)",
     "# /usr/local/nagios/etc/resource.cfg\n$USER1$=/usr/local/nagios/libexec\n$USER2$={U}\n$USER3$={V}\n"),
    ("yum_repo_baseurl_userinfo", "file", "baseurl=https://user:VALUE@host/path (yum .repo)",
     "[spatfall-internal]\nname=Spatfall internal packages\nbaseurl=https://{U}:{V}@repo.spatfall.example/el9/$basearch\nenabled=1\ngpgcheck=1\n"),
    ("go2rtc_streams_rtsp_userinfo", "file", "streams: cam: rtsp://user:VALUE@host (go2rtc.yaml)",
     "streams:\n  pier_north: rtsp://{U}:{V}@{IP}:554/h264Preview_01_main\n  pier_south: rtsp://{IP}:554/live\n"),
    ("modem_chatscript_login_reply_pair", "file", "chat script expect/send pairs: word: VALUE",
     "# /etc/chatscripts/merse-dialin\nABORT BUSY\nABORT 'NO CARRIER'\n'' ATZ\nOK ATDT01206555014\nCONNECT ''\nogin: {U}\nword: {V}\n"),
    ("carraig_bagging_rota_semicolon_fourth", "file", "badge;name;lane;VALUE;shift (invented grader sheet)",
     "# bagging-rota.txt (Carraig Bhan grading shed)\n0412;Ailsa MacPhee;2;{V};early\n0415;Calum Beaton;3;-;late\n"),
    ("merse_tank_panel_users_colon_third", "file", "tank:user:VALUE:level (invented panel user file)",
     "# /etc/tankpanel/users (Merse Depuration)\nT3:{U}:{V}:engineer\nT4:viewer:-:read\n"),
    # ---- sql --------------------------------------------------------------------
    ("sybase_sp_addlogin_second_argument", "sql", "EXEC sp_addlogin 'login', VALUE, 'db'",
     "1> EXEC sp_addlogin 'trace_reader', '{V}', 'trace'\n2> go\nLogin created.\n"),
    ("clickhouse_create_user_identified_by", "sql", "CREATE USER user IDENTIFIED BY VALUE",
     "tanks :) CREATE USER {U} IDENTIFIED BY '{V}' SETTINGS PROFILE 'readonly';\n\nOk.\n"),
    ("derby_syscs_create_user_second", "sql", "CALL SYSCS_UTIL.SYSCS_CREATE_USER(user, VALUE)",
     "ij> CALL SYSCS_UTIL.SYSCS_CREATE_USER('{U}', '{V}');\n0 rows inserted/updated/deleted\n"),
    ("informix_esql_connect_user_clause", "sql", "CONNECT TO 'db@server' USER 'user' USING VALUE",
     "> CONNECT TO 'trace@ol_merse' USER '{U}' USING '{V}';\n\nConnected.\n"),
    ("openedge_abl_connect_capital_p", "sql", "CONNECT db -H host -S port -U user -P VALUE.",
     "CONNECT trace -H {IP} -S 20931 -U {U} -P {V} NO-ERROR.\nIF ERROR-STATUS:ERROR THEN MESSAGE \"no connection\".\n"),
    ("h2_create_linked_table_fourth", "sql", "CREATE LINKED TABLE t(driver, url, user, VALUE, table)",
     "sql> CREATE LINKED TABLE lots_remote('org.h2.Driver', 'jdbc:h2:tcp://{IP}/trace', '{U}', '{V}', 'HARVEST_LOT');\n(Update count: 0, 41 ms)\n"),
    # ---- proto ------------------------------------------------------------------
    ("webdriver_element_value_http_body", "proto", "POST /session/s/element/e/value {\"text\": VALUE}",
     "POST /session/7c1e/element/f2-0042/value HTTP/1.1\r\nHost: 127.0.0.1:4444\r\nContent-Type: application/json\r\n\r\n{\"text\": \"{V}\"}"),
    ("tor_control_port_authenticate_quoted", "proto", "AUTHENTICATE \"VALUE\" (Tor control port)",
     "$ nc 127.0.0.1 9051\nAUTHENTICATE \"{V}\"\n250 OK\nGETINFO version\n250-version=0.4.8.13\n"),
    ("freeswitch_event_socket_auth_command", "proto", "auth VALUE (FreeSWITCH event socket)",
     "Content-Type: auth/request\n\nauth {V}\n\nContent-Type: command/reply\nReply-Text: +OK accepted\n"),
    ("shoutcast_v1_source_first_line", "proto", "first line of a SHOUTcast v1 source connection is VALUE",
     "{V}\r\nicy-name:Carraig Bhan boat tour commentary\r\nicy-genre:Talk\r\nicy-pub:0\r\nicy-br:64\r\n\r\n"),
    ("socketio_emit_frame_third_element", "proto", "42[\"join\",\"room\",VALUE] (Socket.IO frame)",
     "> 40\n< 40{\"sid\":\"lNmw3yq1\"}\n> 42[\"join\",\"tank-room\",\"{V}\"]\n< 42[\"joined\",\"tank-room\"]\n"),
    ("smpp_bind_transmitter_second_cstring", "proto", "SMPP bind_transmitter: system_id \\x00 VALUE \\x00 system_type", smpp),
    ("merse_tank_panel_serial_unlock_frame", "proto", "<STX>UL|tank|VALUE|<ETX> (invented panel frame)",
     "[serial 9600 8N1] <STX>UL|T3|{V}|<ETX>\n[serial 9600 8N1] <STX>OK|T3|ENG<ETX>\n"),
]

SYNTAXES = [s[0] for s in S]
INFO = {s[0]: s for s in S}
BANNED = ("pass", "pwd", "secret")


def generate(reg):
    r = random.Random(SEED)
    recs = []
    for syn, where, form, tpl in S:
        v = reg.draw(lambda: C.password(r, C.STRICT_JOINERS, 0.3))
        u = W.user(r)
        if callable(tpl):
            before, after = tpl(r, u, v)
        else:
            ipa = W.ip(r)
            t = tpl.replace("{U}", u).replace("{IP}", ipa)
            a = t.index("{V}")
            before, after = t[:a], t[a + 3:]
        text = before + v + after
        typ = PREFIX + syn
        recs.append({"type": typ, "container": syn + "__" + WHERE[where], "text": text,
                     "secrets": [{"value": v, "start": len(before), "end": len(before) + len(v), "type": typ}],
                     "source": "password"})
    return recs
