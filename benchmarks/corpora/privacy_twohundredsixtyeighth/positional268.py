"""Positional passwords of p268: the value is a password but no key name says so."""
import json
import random
import struct

import common268 as C
import world268 as W

MARK = "\x00V\x00"
SEED = 26803
SPAN_PREFIX = "tnpw_"
WHERE = {
    "cli": "beamhouse_terminal", "stdin": "currying_shop_pipe", "lib": "settingout_source_excerpt",
    "gui": "parchment_ui_script", "file": "tannery_server_file", "sql": "hide_stock_db_console",
    "proto": "tanyard_packet_capture",
}

USERS = ["grading", "yardhand", "tanner2", "curry", "vellumops", "hidestore", "beamhouse", "scraper3", "bench4", "pitlog"]
HOSTS = ["db.hidesmoor.example", "stock.carrowpell.example", "orders.lunellum.example", "sched.brackwater-tannery.example",
         "nas.brackwater-tannery.example", "files.lunellum.example"]


def _dump(payload, r):
    """tcpdump -A style line: header bytes and payload, non-printables as dots."""
    hdr = bytes([0x45, 0x00]) + struct.pack(">H", 40 + len(payload)) + bytes(r.getrandbits(8) for _ in range(36))
    data = hdr + payload
    return "".join(chr(b) if 32 <= b < 127 else "." for b in data)


def _tcpline(r, dport, n):
    return "%02d:%02d:%02d.%06d IP %s.%d > %s.%d: Flags [P.], seq 1:%d, ack 1, win 502, length %d" % (
        r.randint(6, 18), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999999), W.ip(r), r.randint(40000, 60000),
        W.ip(r), dport, n + 1, n)


def p_mqtt(r, f, V):
    cid = ("cold-room-%d" % r.randint(1, 9)).encode()
    user = f["u"].encode()
    vb = f["Vb"]
    var = b"\x00\x04MQTT\x04\xc2\x00\x3c"
    pl = struct.pack(">H", len(cid)) + cid + struct.pack(">H", len(user)) + user + struct.pack(">H", len(vb)) + vb
    body = var + pl
    pkt = bytes([0x10, len(body)]) + body
    return "# tcpdump -A -i eth0 port 1883\n%s\n%s\n" % (_tcpline(r, 1883, len(pkt)), _dump(pkt, r))


def p_pgp(r, f, V):
    vb = f["Vb"]
    pkt = b"p" + struct.pack(">I", len(vb) + 5) + vb + b"\x00"
    return "# tcpdump -A -i eth0 port 5432  (sslmode=disable on the grading box)\n%s\n%s\n" % (_tcpline(r, 5432, len(pkt)), _dump(pkt, r))


def p_socks(r, f, V):
    user = f["u"].encode()
    vb = f["Vb"]
    pkt = bytes([1, len(user)]) + user + bytes([len(vb)]) + vb
    return "# tcpdump -A port 1080  (SOCKS5 sub-negotiation, RFC 1929)\n%s\n%s\n" % (_tcpline(r, 1080, len(pkt)), _dump(pkt, r))


def p_amqp(r, f, V):
    user = f["u"].encode()
    vb = f["Vb"]
    resp = b"\x00" + user + b"\x00" + vb
    args = b"\x00\x00\x00\x00" + b"\x05PLAIN" + struct.pack(">I", len(resp)) + resp + b"\x05en_US"
    payload = struct.pack(">HH", 10, 11) + args
    pkt = b"\x01\x00\x00" + struct.pack(">I", len(payload)) + payload + b"\xce"
    return "# tcpdump -A port 5672  (Connection.Start-Ok)\n%s\n%s\n" % (_tcpline(r, 5672, len(pkt)), _dump(pkt, r))


def p_oftp(r, f, V):
    code = ("O0013" + "%09d" % r.randint(0, 999999999) + "HIDESMOOR").ljust(25)[:25]
    rec = ("X5" + code + V + " " * (8 - len(f["Vraw"])) + "%05d" % r.choice([2048, 4096]) + "BYNN"
           + "%03d" % r.choice([64, 99]) + "N" + " " * 4 + " " * 8)
    return ("# OFTP session trace, start session command sent to the automotive customer\n"
            "> SSRM ODETTE FTP READY\n< %s\n> SFPA\n") % rec


CLI = [
    ("mosquitto_pub_capital_p_after_lower_u", "mosquitto_pub -h host -u user -P VALUE -t topic -m msg",
     "$ mosquitto_pub -h {h} -p 8883 --capath /etc/ssl/certs -u {u} -P {V} -t store/cold-{n}/door -m open\n"),
    ("sevenzip_add_glued_lower_p", "7z a -pVALUE -mhe=on archive dir",
     "$ 7z a -t7z -mhe=on -p{V} grading-{n}.7z ./grading/\n\n7-Zip 23.01 (x64)\nScanning the drive:\n{n} files\n\nEverything is Ok\n"),
    ("infozip_zip_capital_p_flag", "zip -r -P VALUE out.zip dir",
     "$ zip -r -P {V} invoices-{n}.zip invoices/\n  adding: invoices/ (stored 0%)\n  adding: invoices/{n}.pdf (deflated 12%)\n"),
    ("ffmpeg_rtsp_input_userinfo", "ffmpeg -i rtsp://user:VALUE@cam/stream",
     "$ ffmpeg -rtsp_transport tcp -i \"rtsp://{u}:{V}@{ip}:554/Streaming/Channels/101\" -t 60 -c copy yard-{n}.mp4\n"),
    ("couchbase_cli_lower_p_after_lower_u", "couchbase-cli server-info -c host -u user -p VALUE",
     "$ couchbase-cli server-info -c {h}:8091 -u Administrator -p {V}\n"),
    ("minio_mc_alias_set_fourth_positional", "mc alias set alias url user VALUE",
     "$ mc alias set tanstore https://{h}:9000 {u} {V}\nAdded `tanstore` successfully.\n"),
    ("winrs_slash_p_colon", "winrs -r:host -u:user -p:VALUE cmd",
     "C:\\Users\\ops> winrs -r:{h} -u:{u} -p:{V} ipconfig /all\n"),
    ("vmware_vmrun_gp_after_gu", "vmrun -T ws -gu user -gp VALUE runProgramInGuest vmx prog",
     "$ vmrun -T ws -gu {u} -gp {V} runProgramInGuest \"/vms/measure/measure.vmx\" \"C:\\AreaMaster\\am.exe\"\n"),
    ("redfishtool_lower_p_after_lower_u", "redfishtool -r host -u user -p VALUE Systems",
     "$ redfishtool -r {ip} -u root -p {V} Systems\n"),
    ("hpe_ilorest_login_lower_p", "ilorest login host -u user -p VALUE",
     "$ ilorest login {ip} -u {u} -p {V}\nDiscovering data...Done\n"),
    ("twine_upload_lower_p_after_lower_u", "twine upload --repository-url url -u user -p VALUE dist/*",
     "$ twine upload --repository-url https://pypi.settingout.example/ -u {u} -p {V} dist/*\n"),
    ("skopeo_copy_src_credentials_colon_pair", "skopeo copy --src-creds user:VALUE src dst",
     "$ skopeo copy --src-creds {u}:{V} docker://registry.settingout.example/grading:{n} oci:grading:{n}\n"),
    ("usql_dsn_userinfo", "usql pg://user:VALUE@host/db -c sql",
     "$ usql \"pg://{u}:{V}@{h}/hides\" -c \"select count(*) from lots\"\n"),
    ("vertica_vsql_lower_w", "vsql -h host -U user -w VALUE -c sql",
     "$ vsql -h {h} -U {u} -w {V} -c \"SELECT COUNT(*) FROM hide_lots;\"\n"),
    ("sap_ase_isql_glued_capital_p", "isql -Uuser -PVALUE -SSERVER",
     "$ isql -U{u} -P{V} -SHIDESTOCK -w 200\n1> select @@servername\n2> go\n"),
    ("kerberos_kadmin_lower_w", "kadmin -p principal -w VALUE -q query",
     "$ kadmin -p admin/admin@TANNERY.EXAMPLE -w {V} -q \"getprinc {u}\"\n"),
    ("prosodyctl_register_third_positional", "prosodyctl register user host VALUE",
     "$ sudo prosodyctl register {u} chat.lunellum.example {V}\n"),
    ("emqx_ctl_admins_add_second_positional", "emqx ctl admins add user VALUE",
     "$ emqx ctl admins add {u} {V}\nok\n"),
    ("freeradius_radtest_second_positional", "radtest user VALUE host port shared",
     "$ radtest {u} {V} {ip} 0 \"$RADIUS_SHARED\"\nReceived Access-Accept Id {n} from {ip}:1812 to 0.0.0.0:0 length 20\n"),
    ("macos_keychain_unlock_lower_p", "security unlock-keychain -p VALUE keychain",
     "$ security unlock-keychain -p {V} ~/Library/Keychains/build.keychain-db\n"),
    ("macos_networksetup_airport_third_positional", "networksetup -setairportnetwork dev ssid VALUE",
     "$ networksetup -setairportnetwork en0 Hidesmoor-Store {V}\n"),
    ("xcrun_altool_lower_p_after_lower_u", "xcrun altool --upload-app -f app -u user -p VALUE",
     "$ xcrun altool --upload-app -f VellumOrders.ipa -t ios -u {email} -p {V}\n"),
    ("irssi_connect_third_argument", "/connect host port VALUE nick",
     "[(status)] /connect -tls irc.settingout.example 6697 {V} {u}\n"),
    ("deluge_console_connect_fourth_word", "deluge-console \"connect host:port user VALUE\"",
     "$ deluge-console \"connect {ip}:58846 {u} {V}; info\"\n"),
    ("openfortivpn_lower_p_after_lower_u", "openfortivpn host:port -u user -p VALUE",
     "$ sudo openfortivpn vpn.hidesmoor.example:443 -u {u} -p {V}\nINFO:   Connected to gateway.\n"),
    ("nats_cli_url_userinfo", "nats pub -s nats://user:VALUE@host subject msg",
     "$ nats pub -s nats://{u}:{V}@{h}:4222 store.door open\n"),
    ("linphonec_register_third_argument", "register sip:user@host proxy VALUE",
     "linphonec> register sip:{u}@sip.hidesmoor.example sip.hidesmoor.example {V}\nRegistration on sip:sip.hidesmoor.example successful.\n"),
]

STDIN = [
    ("zfs_load_key_from_pipe", "echo VALUE | zfs load-key dataset", "# echo {V} | zfs load-key tank/hides-archive\n"),
    ("bcachefs_unlock_from_pipe", "echo VALUE | bcachefs unlock device", "# echo {V} | bcachefs unlock /dev/sdb1\n"),
    ("veracrypt_stdin_flag_pipe", "echo VALUE | veracrypt --text --stdin --mount vol dir",
     "$ echo {V} | veracrypt --text --non-interactive --stdin --mount /srv/ledgers.hc /mnt/ledgers\n"),
    ("xclip_clipboard_from_printf", "printf %s VALUE | xclip -selection clipboard", "$ printf %s {V} | xclip -selection clipboard\n"),
    ("checkpoint_snx_from_pipe", "echo VALUE | snx -s gateway -u user", "$ echo {V} | snx -s vpn.brackwater-tannery.example -u {u}\n"),
    ("nmcli_ask_from_pipe", "echo VALUE | nmcli --ask device wifi connect ssid", "$ echo {V} | nmcli --ask device wifi connect Brackwater-Yard\n"),
    ("udisksctl_unlock_key_file_stdin", "echo -n VALUE | udisksctl unlock -b dev --key-file /dev/stdin",
     "$ echo -n {V} | udisksctl unlock -b /dev/sdc1 --key-file /dev/stdin\nUnlocked /dev/sdc1 as /dev/dm-{n}.\n"),
    ("kwallet_query_write_from_pipe", "echo -n VALUE | kwallet-query -w entry -f folder wallet",
     "$ echo -n {V} | kwallet-query -w yard-nas -f Network kdewallet\n"),
]

LIB = [
    ("python_pg8000_native_connection_fifth", "pg8000.native.Connection(user, host, db, port, VALUE)",
     "con = pg8000.native.Connection(\"{u}\", \"{h}\", \"hides\", 5432, \"{V}\")\n"),
    ("python_nntplib_nntp_fourth", "nntplib.NNTP(host, port, user, VALUE)",
     "s = nntplib.NNTP(\"news.settingout.example\", 119, \"{u}\", \"{V}\")\n"),
    ("python_httpx_basic_auth_class_second", "httpx.BasicAuth(user, VALUE)",
     "auth = httpx.BasicAuth(\"{u}\", \"{V}\")\nr = httpx.get(\"https://{h}/lots\", auth=auth)\n"),
    ("go_stdlib_http_setbasicauth_second", "req.SetBasicAuth(user, VALUE)",
     "req, _ := http.NewRequest(\"GET\", \"https://{h}/lots\", nil)\nreq.SetBasicAuth(\"{u}\", \"{V}\")\n"),
    ("go_nats_userinfo_option_second", "nats.UserInfo(user, VALUE)",
     "nc, err := nats.Connect(\"nats://{h}:4222\", nats.UserInfo(\"{u}\", \"{V}\"))\n"),
    ("rust_reqwest_basic_auth_some", ".basic_auth(user, Some(VALUE))",
     "let resp = client.get(\"https://{h}/lots\")\n    .basic_auth(\"{u}\", Some(\"{V}\"))\n    .send()?;\n"),
    ("rust_rumqttc_set_credentials_second", "opts.set_credentials(user, VALUE)",
     "let mut opts = MqttOptions::new(\"pit-node-{n}\", \"{h}\", 1883);\nopts.set_credentials(\"{u}\", \"{V}\");\n"),
    ("rust_zip_by_index_decrypt_second", "archive.by_index_decrypt(0, bVALUE)",
     "let mut f = archive.by_index_decrypt(0, b\"{V}\")?;\n"),
    ("nodejs_http_request_auth_option_colon_pair", "http.request({auth: 'user:VALUE'})",
     "const req = http.request({{ host: '{h}', path: '/lots', auth: '{u}:{V}' }}, onResponse);\n"),
    ("haskell_http_client_applybasicauth_second", "applyBasicAuth user VALUE req",
     "let req' = applyBasicAuth \"{u}\" \"{V}\" req\nresp <- httpLbs req' manager\n"),
    ("clojure_clj_http_basic_auth_vector", "{:basic-auth [user VALUE]}",
     "(client/get \"https://{h}/lots\" {{:basic-auth [\"{u}\" \"{V}\"]}})\n"),
    ("perl_lwp_credentials_fourth", "$ua->credentials(netloc, realm, user, VALUE)",
     "$ua->credentials(\"{h}:443\", \"Grading\", \"{u}\", \"{V}\");\n"),
    ("r_httr_get_basic_helper_second", "authenticate(user, VALUE)",
     "res <- GET(\"https://{h}/lots\", authenticate(\"{u}\", \"{V}\"))\n"),
    ("kotlin_okhttp_credentials_basic_second", "Credentials.basic(user, VALUE)",
     "val credential = Credentials.basic(\"{u}\", \"{V}\")\n"),
    ("scala_sttp_auth_basic_second", "basicRequest.auth.basic(user, VALUE)",
     "val req = basicRequest.auth.basic(\"{u}\", \"{V}\").get(uri\"https://{h}/lots\")\n"),
    ("scala_doobie_fromdrivermanager_fourth", "Transactor.fromDriverManager[IO](driver, url, user, VALUE)",
     "val xa = Transactor.fromDriverManager[IO](\n  \"org.postgresql.Driver\", \"jdbc:postgresql://{h}/hides\", \"{u}\", \"{V}\"\n)\n"),
    ("java_keystore_load_chararray_second", "ks.load(stream, VALUE.toCharArray())",
     "KeyStore ks = KeyStore.getInstance(\"JKS\");\nks.load(new FileInputStream(\"signing.jks\"), \"{V}\".toCharArray());\n"),
    ("java_sardine_factory_begin_second", "SardineFactory.begin(user, VALUE)",
     "Sardine sardine = SardineFactory.begin(\"{u}\", \"{V}\");\n"),
    ("java_zip4j_zipfile_chararray_second", "new ZipFile(path, VALUE.toCharArray())",
     "new ZipFile(\"ledgers.zip\", \"{V}\".toCharArray()).extractAll(\"out\");\n"),
    ("csharp_mqttnet_withcredentials_second", ".WithCredentials(user, VALUE)",
     "var options = new MqttClientOptionsBuilder()\n    .WithTcpServer(\"{h}\")\n    .WithCredentials(\"{u}\", \"{V}\")\n    .Build();\n"),
    ("php_ibase_connect_third", "ibase_connect(db, user, VALUE)",
     "$db = ibase_connect('{h}:/data/hides.fdb', '{u}', '{V}');\n"),
    ("php_ziparchive_setencryptionname_third", "$zip->setEncryptionName(name, method, VALUE)",
     "$zip->setEncryptionName('invoices.csv', ZipArchive::EM_AES_256, '{V}');\n"),
    ("php_laminas_http_client_setauth_second", "$client->setAuth(user, VALUE, type)",
     "$client->setAuth('{u}', '{V}', Client::AUTH_BASIC);\n"),
    ("ruby_nethttp_basic_auth_second", "req.basic_auth(user, VALUE)",
     "req = Net::HTTP::Get.new(URI(\"https://{h}/lots\"))\nreq.basic_auth(\"{u}\", \"{V}\")\n"),
    ("ruby_rubyzip_traditional_encrypter_first", "Zip::TraditionalEncrypter.new(VALUE)",
     "Zip::OutputStream.write_buffer(StringIO.new, Zip::TraditionalEncrypter.new(\"{V}\")) do |zos|\n  zos.put_next_entry(\"lots.csv\")\nend\n"),
    ("lua_nodemcu_mqtt_client_fourth", "mqtt.Client(id, keepalive, user, VALUE)",
     "m = mqtt.Client(\"pit-node-{n}\", 120, \"{u}\", \"{V}\")\n"),
    ("micropython_umqtt_mqttclient_fifth", "MQTTClient(id, server, port, user, VALUE)",
     "c = MQTTClient(\"herse-{n}\", \"{ip}\", 0, \"{u}\", \"{V}\")\nc.connect()\n"),
    ("arduino_pubsubclient_connect_third", "client.connect(id, user, VALUE)",
     "if (client.connect(\"cold-room-{n}\", \"{u}\", \"{V}\")) {{\n  client.subscribe(\"store/door\");\n}}\n"),
    ("dart_mqtt_client_authenticateas_second", "MqttConnectMessage().authenticateAs(user, VALUE)",
     "final msg = MqttConnectMessage()\n    .withClientIdentifier('vellum-app')\n    .authenticateAs('{u}', '{V}');\n"),
    ("matlab_database_toolbox_third", "database(dsn, user, VALUE)",
     "conn = database(\"HidesDSN\", \"{u}\", \"{V}\");\n"),
    ("prolog_http_open_basic_second", "http_open(URL, In, [authorization(basic(user, VALUE))])",
     "http_open(URL, In, [authorization(basic({u}, '{V}'))])\n"),
    ("c_sqlcipher_sqlite3_key_second", "sqlite3_key(db, VALUE, n)",
     "rc = sqlite3_key(db, \"{V}\", {vlen});\n"),
]

GUI = [
    ("nightmare_type_second", ".type(selector, VALUE)",
     "nightmare.goto('https://portal.hidesmoor.example/login')\n  .type('#f1', '{u}')\n  .type('#f2', '{V}')\n  .click('#go')\n"),
    ("casperjs_sendkeys_second", "this.sendKeys(selector, VALUE)",
     "casper.then(function () {{\n  this.sendKeys('#f1', '{u}');\n  this.sendKeys('#f2', '{V}');\n}});\n"),
    ("sikulix_type_first", "type(VALUE)", "click(\"f2_field.png\")\ntype(\"{V}\" + Key.ENTER)\n"),
    ("xdotool_type_argument", "xdotool ... type VALUE",
     "$ xdotool search --name \"AreaMaster\" windowactivate --sync type --delay 40 '{V}'\n"),
    ("wtype_first_argument", "wtype VALUE", "$ wtype '{V}' && wtype -k Return\n"),
    ("autohotkey_sendtext_command", "SendText VALUE", "WinActivate \"AreaMaster\"\nSendText \"{V}\"\nSend \"{{Enter}}\"\n"),
    ("applescript_system_events_keystroke", "keystroke VALUE",
     "tell application \"System Events\"\n  keystroke \"{V}\"\n  keystroke return\nend tell\n"),
    ("vbscript_wshshell_sendkeys", "WshShell.SendKeys VALUE",
     "Set WshShell = CreateObject(\"WScript.Shell\")\nWshShell.AppActivate \"HerseRoom\"\nWshShell.SendKeys \"{V}{{ENTER}}\"\n"),
    ("testcomplete_settext", "Aliases...f2.SetText(VALUE)", "Aliases.AreaMaster.dlgLogin.f2.SetText(\"{V}\")\n"),
    ("ranorex_presskeys", "repo...F2.PressKeys(VALUE)", "repo.AreaMaster.F2.PressKeys(\"{V}\");\n"),
    ("uft_webedit_set", "WebEdit(f2).Set VALUE",
     "Browser(\"Portal\").Page(\"Login\").WebEdit(\"f1\").Set \"{u}\"\nBrowser(\"Portal\").Page(\"Login\").WebEdit(\"f2\").Set \"{V}\"\n"),
    ("uipath_typeinto_text_attribute", "<ui:TypeInto Text=VALUE>",
     "<ui:TypeInto DisplayName=\"Type Into 'f2'\" Text=\"{V}\" DelayBetweenKeys=\"20\" />\n"),
    ("maestro_inputtext_yaml", "- inputText: VALUE",
     "appId: org.lunellum.orders\n---\n- tapOn:\n    id: \"f2\"\n- inputText: \"{V}\"\n- tapOn: \"Sign in\"\n"),
    ("xcuitest_securetextfield_typing", "app.secureTextFields[f2].typeText(VALUE)",
     "let field = app.secureTextFields[\"f2\"]\nfield.tap()\nfield.typeText(\"{V}\")\n"),
    ("uiautomator_settext", "device.findObject(By.res(f2)).setText(VALUE)",
     "device.findObject(By.res(\"org.lunellum:id/f2\")).setText(\"{V}\")\n"),
    ("earlgrey_grey_typing_action", "grey_typeText(VALUE)",
     "[[EarlGrey selectElementWithMatcher:grey_accessibilityID(@\"f2\")] performAction:grey_typeText(@\"{V}\")];\n"),
    ("qt_qtest_keyclicks_second", "QTest::keyClicks(widget, VALUE)", "QTest::keyClicks(ui->f2, \"{V}\");\nQTest::keyClick(ui->f2, Qt::Key_Return);\n"),
    ("vue_test_utils_setvalue", "wrapper.find(sel).setValue(VALUE)",
     "await wrapper.find('#f1').setValue('{u}')\nawait wrapper.find('#f2').setValue('{V}')\n"),
    ("espanso_replace_yaml", "matches: - trigger: ... replace: VALUE",
     "# ~/.config/espanso/match/yard.yml\nmatches:\n  - trigger: \":yard\"\n    replace: \"{V}\"\n"),
    ("wl_copy_argument", "wl-copy VALUE", "$ wl-copy '{V}'\n"),
]

FILE = [
    ("openvpn_auth_file_second_line", "auth file: line 1 user, line 2 VALUE",
     "$ cat /etc/openvpn/client/hidesmoor.auth\n{u}\n{V}\n"),
    ("newusers_batch_second_field", "newusers file: name:VALUE:uid:gid:gecos:dir:shell",
     "$ cat /root/hires-2024.txt\n{u}:{V}:1104:1104:Yard hand:/home/{u}:/bin/bash\n$ newusers /root/hires-2024.txt\n"),
    ("pgbouncer_userlist_second_quoted", "userlist.txt: \"user\" \"VALUE\"",
     ";; /etc/pgbouncer/userlist.txt\n\"{u}\" \"{V}\"\n\"reports\" \"md5{md5}\"\n"),
    ("cups_printers_conf_deviceuri_userinfo", "printers.conf: DeviceURI ipp://user:VALUE@host/...",
     "<Printer hide-tags>\nInfo Hide tag printer\nDeviceURI ipp://{u}:{V}@{ip}/ipp/print\nState Idle\n</Printer>\n"),
    ("apt_sources_list_userinfo", "sources.list: deb https://user:VALUE@repo/ suite main",
     "deb [signed-by=/usr/share/keyrings/settingout.gpg] https://{u}:{V}@apt.settingout.example/debian bookworm main\n"),
    ("nagios_user_macro_line", "resource.cfg: $USERn$=VALUE",
     "# /usr/local/nagios/etc/resource.cfg\n$USER1$=/usr/local/nagios/libexec\n$USER3$={V}\n"),
    ("git_credentials_store_userinfo", "~/.git-credentials: https://user:VALUE@host",
     "$ cat ~/.git-credentials\nhttps://{u}:{V}@git.settingout.example\n"),
    ("hidesmoor_drum_crew_erlang_terms_fourth", "invented operators.config: {operator, user, drum, VALUE}.",
     "%% /etc/tanyard/operators.config\n{{operator, \"{u}\", \"drum-{n}\", \"{V}\"}}.\n{{operator, \"relief\", \"drum-1\", disabled}}.\n"),
    ("lunellum_scraper_prolog_facts_third", "invented bench.pl: bench_login(bench, user, VALUE).",
     "% bench.pl (scraping benches)\nbench_login(scraping_bench_{n}, '{u}', '{V}').\nbench_login(spare_bench, none, locked).\n"),
]

SQL = [
    ("db2_connect_to_user_using", "CONNECT TO db USER user USING VALUE", "db2 => CONNECT TO HIDES USER {u} USING {V}\n"),
    ("sqlcipher_attach_database_key", "ATTACH DATABASE file AS x KEY VALUE",
     "sqlite> ATTACH DATABASE 'ledger-enc.db' AS enc KEY '{V}';\n"),
    ("addlogin_system_procedure_second", "EXEC sp_addlogin user, VALUE, db", "1> EXEC sp_addlogin '{u}', '{V}', 'HideStock';\n2> GO\n"),
    ("derby_syscs_create_user_second", "CALL SYSCS_UTIL.SYSCS_CREATE_USER(user, VALUE)",
     "ij> CALL SYSCS_UTIL.SYSCS_CREATE_USER('{u}', '{V}');\n0 rows inserted/updated/deleted\n"),
    ("openedge_create_user_second_literal", "CREATE USER user, VALUE", "SQLExplorer> CREATE USER '{u}', '{V}';\n"),
    ("mimer_create_ident_as_user_using", "CREATE IDENT user AS USER USING VALUE", "SQL>CREATE IDENT {u} AS USER USING '{V}';\n"),
]

PROTO = [
    ("mqtt_connect_packet_ascii_dump", "MQTT CONNECT: client id, user name, VALUE (length-prefixed)", p_mqtt),
    ("pgwire_frontend_p_message_dump", "PostgreSQL frontend message 'p' + length + VALUE + NUL", p_pgp),
    ("socks5_rfc1929_subnegotiation_dump", "SOCKS5 RFC 1929: 0x01, ulen, user, plen, VALUE", p_socks),
    ("amqp_start_ok_plain_response_dump", "AMQP 0-9-1 Connection.Start-Ok PLAIN response NUL user NUL VALUE", p_amqp),
    ("irc_nickserv_identify_line", "PRIVMSG NickServ :IDENTIFY VALUE",
     "<< :irc.settingout.example 001 {u} :Welcome\n>> PRIVMSG NickServ :IDENTIFY {V}\n<< :NickServ NOTICE {u} :You are now identified.\n"),
    ("oftp_start_session_ssid_record", "OFTP SSID: X5 + 25-character code + 8-character VALUE field + ...", p_oftp),
    ("quectel_at_qicsgp_fifth_parameter", "AT+QICSGP=ctx,type,apn,user,VALUE,auth",
     "AT+QICSGP=1,1,\"tannery.m2m\",\"{u}\",\"{V}\",1\r\nOK\r\nAT+QIACT=1\r\nOK\r\n"),
    ("deluge_web_auth_login_params", "POST /json {\"method\": \"auth.login\", \"params\": [VALUE]}",
     "POST /json HTTP/1.1\nHost: {ip}:8112\nContent-Type: application/json\n\n{{\"method\": \"auth.login\", \"params\": [\"{V}\"], \"id\": 1}}\n"),
]

ALL = [("cli", x) for x in CLI] + [("stdin", x) for x in STDIN] + [("lib", x) for x in LIB] + \
      [("gui", x) for x in GUI] + [("file", x) for x in FILE] + [("sql", x) for x in SQL] + [("proto", x) for x in PROTO]
SYNTAXES = [x[1][0] for x in ALL]


def build(reg):
    r = random.Random(SEED)
    recs = []
    for where, (syn, shape, tpl) in ALL:
        max_len = 8 if syn == "oftp_start_session_ssid_record" else None
        value = reg.draw(lambda: W.password(r, W.STRICT_JOINERS, 0.3, max_len))
        f = {"u": r.choice(USERS), "h": r.choice(HOSTS), "ip": W.ip(r), "n": r.randint(2, 9),
             "email": W.email(r, "lunellum"), "md5": C.rand_str(r, C.HEX, 32), "vlen": len(value),
             "Vb": MARK.encode(), "Vraw": value}
        if callable(tpl):
            if syn in ("oftp_start_session_ssid_record",):
                text = tpl(r, f, MARK)
            else:
                f["Vb"] = value.encode()
                text = tpl(r, f, MARK)
                # replace the rendered value (printable) with the marker once
                if text.count(value) != 1:
                    raise RuntimeError("dump ambiguity " + syn)
                text = text.replace(value, MARK)
        else:
            f2 = dict(f)
            f2["V"] = MARK
            text = tpl.format(**f2)
        if text.count(MARK) != 1:
            raise RuntimeError("marker count " + syn)
        start = text.index(MARK)
        text = text.replace(MARK, value)
        t = SPAN_PREFIX + syn
        recs.append({"type": t, "container": "%s__%s" % (syn, WHERE[where]), "text": text,
                     "secrets": [{"value": value, "start": start, "end": start + len(value), "type": t}],
                     "source": "password", "_where": where, "_shape": shape})
    return recs
