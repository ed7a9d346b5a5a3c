"""Password source: positional syntaxes (no telling password= key)."""
import base64, random
from common195 import owner_password, make_record, fill, rs, LOWALNUM

SEED = 19503
PFX = "stitchpw_"
SUFFIX = {"cli": "tailor_shop_shell_session", "lib": "shop_app_source_snippet",
          "file": "shop_host_config_excerpt", "proto": "shop_lan_packet_decode",
          "gui": "shop_ui_test_script", "sql": "shop_db_admin_script"}
USERS = ["counter", "heelbar", "alterations", "keydesk", "engraver", "lockerops", "stitchapp", "cobbler",
         "fitroom", "measure", "stampsvc", "ticketsvc", "ownerdev", "seamstress", "keycutter"]
HOSTS = ["db.tailor.lan", "nas.cobbler.lan", "mail.stitch-sole.example", "broker.locker.internal",
         "cutter-01.keys.lan", "files.tailor.internal", "10.20.0.15", "192.168.40.8"]

S = []  # (syntax, kind, template) ; template uses {U} {H} {V}; b64 entries use special kinds
def p(name, kind, tpl, b64=None):
    S.append((name, kind, tpl, b64))

# ---- command line
p("mongosh_connection_string_userinfo", "cli", "$ mongosh \"mongodb://{U}:{V}@{H}:27017/measurements?authSource=admin\"\n")
p("mongodump_lower_p_after_lower_u", "cli", "$ mongodump --host {H} -u {U} -p {V} --db tickets --out /backup/tickets\n")
p("smbclient_capital_u_percent_pair", "cli", "$ smbclient //{H}/scans -U {U}%{V} -c 'ls'\n")
p("xfreerdp_slash_p_colon_value", "cli", "$ xfreerdp /v:{H} /u:{U} /p:{V} /size:1600x900 +clipboard\n")
p("rdesktop_lower_p_after_lower_u", "cli", "$ rdesktop -u {U} -p {V} -g 1280x800 {H}\n")
p("sshpass_lower_p_literal", "cli", "$ sshpass -p {V} ssh {U}@{H} 'systemctl restart engraver-bridge'\n")
p("docker_login_lower_p_after_lower_u", "cli", "$ docker login -u {U} -p {V} registry.tailor.lan\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded\n")
p("skopeo_copy_src_creds_colon_pair", "cli", "$ skopeo copy --src-creds {U}:{V} docker://registry.tailor.lan/board:2.3 oci:/srv/mirror/board:2.3\n")
p("openshift_oc_login_lower_p_after_lower_u", "cli", "$ oc login https://api.shop-cluster.tailor.lan:6443 -u {U} -p {V}\n")
p("azure_cli_login_lower_p_after_lower_u", "cli", "PS> az login -u {U}@stitch-sole.example -p {V}\n")
p("cloud_foundry_cf_login_lower_p", "cli", "$ cf login -a https://api.cf.tailor.lan -u {U} -p {V} -o shop -s prod\n")
p("cqlsh_lower_p_after_lower_u", "cli", "$ cqlsh {H} 9042 -u {U} -p {V}\n")
p("cypher_shell_lower_p_after_lower_u", "cli", "$ cypher-shell -a bolt://{H}:7687 -u {U} -p {V} 'MATCH (n:Garment) RETURN count(n);'\n")
p("rabbitmqctl_add_user_second_positional", "cli", "$ sudo rabbitmqctl add_user {U} {V}\nAdding user \"{U}\" ...\n")
p("couchbase_cli_lower_p_after_lower_u", "cli", "$ couchbase-cli bucket-list -c {H}:8091 -u {U} -p {V}\n")
p("snmpwalk_v2c_lower_c_community", "cli", "$ snmpwalk -v2c -c {V} {H} 1.3.6.1.2.1.43\n")
p("ldapsearch_lower_w_after_capital_d", "cli", "$ ldapsearch -x -H ldap://{H} -D \"uid={U},ou=staff,dc=tailor,dc=lan\" -w {V} -b \"dc=tailor,dc=lan\" \"(uid=*)\"\n")
p("zip_capital_p_encrypt_flag", "cli", "$ zip -P {V} measurements-2024-06.zip exports/*.csv\n")
p("qpdf_encrypt_user_then_owner_positional", "cli", "$ qpdf --encrypt {V} '' 256 -- invoice.pdf invoice-locked.pdf\n")
p("ssh_keygen_capital_n_new_passphrase", "cli", "$ ssh-keygen -t ed25519 -N {V} -C \"{U}@counter\" -f ~/.ssh/id_engraver\n")
p("cryptsetup_key_file_dash_printf_pipe", "cli", "# printf '%s' '{V}' | cryptsetup open /dev/sdb1 backupvault --key-file=-\n")
p("netsh_wlan_hostednetwork_key_equals", "cli", "C:\\> netsh wlan set hostednetwork mode=allow ssid=FittingRoom key={V}\n")
p("winrs_lower_p_colon_after_lower_u", "cli", "C:\\> winrs -r:{H} -u:{U} -p:{V} ipconfig /all\n")
p("net_user_add_second_positional", "cli", "C:\\> net user {U} {V} /add /comment:\"counter PC\"\n")
p("mjpg_streamer_output_http_credentials_pair", "cli", "$ mjpg_streamer -i 'input_uvc.so -r 1280x720' -o 'output_http.so -p 8080 -c {U}:{V}'\n")
p("emqx_ctl_admins_add_third_positional", "cli", "$ emqx_ctl admins add {U} {V}\n")
p("yt_dlp_lower_p_after_lower_u", "cli", "$ yt-dlp -u {U} -p {V} https://training.tailor.example/videos/hem-basics\n")
p("transmission_remote_lower_n_colon_pair", "cli", "$ transmission-remote {H}:9091 -n {U}:{V} -l\n")
p("deluge_console_connect_user_then_value", "cli", "$ deluge-console \"connect {H}:58846 {U} {V}; info\"\n")
p("mpc_mpd_host_value_at_prefix", "cli", "$ MPD_HOST={V}@{H} mpc volume 30\n")
p("redis_cli_lower_a_flag", "cli", "$ redis-cli -h {H} -a {V} --no-auth-warning INFO keyspace\n")
p("hdbsql_lower_p_after_lower_u", "cli", "$ hdbsql -n {H}:30015 -u {U} -p {V} \"SELECT COUNT(*) FROM TICKETS\"\n")
p("vertica_vsql_lower_w_after_capital_u", "cli", "$ vsql -h {H} -U {U} -w {V} -c 'select 1'\n")
p("lynx_auth_equals_colon_pair", "cli", "$ lynx -dump -auth={U}:{V} http://{H}/status\n")
p("hey_load_lower_a_colon_pair", "cli", "$ hey -n 200 -c 10 -a {U}:{V} https://api.tailor.example/v1/tickets\n")
p("xdotool_type_literal", "cli", "$ sleep 2; xdotool type {V}; xdotool key Return\n")
p("mysqlshow_glued_lower_p_after_lower_u", "cli", "$ mysqlshow -u{U} -p{V} -h {H} heelbar\n")
p("ftp_open_user_command_two_arguments", "cli", "ftp> open {H}\nConnected to {H}.\nftp> user {U} {V}\n230 Login successful.\n")
# ---- library calls
p("python_asyncpg_create_pool_dsn_userinfo", "lib", "pool = await asyncpg.create_pool(\"postgresql://{U}:{V}@{H}/measurements\")\n")
p("python_smbclient_register_session_third", "lib", "import smbclient\nsmbclient.register_session(\"{H}\", \"{U}\", \"{V}\")\n")
p("python_pywinrm_session_auth_tuple_second", "lib", "import winrm\ns = winrm.Session(\"{H}\", auth=(\"{U}\", \"{V}\"))\nprint(s.run_cmd(\"ipconfig\").std_out)\n")
p("python_imapclient_login_second_positional", "lib", "from imapclient import IMAPClient\nwith IMAPClient(\"{H}\") as c:\n    c.login(\"{U}\", \"{V}\")\n    c.select_folder(\"INBOX\")\n")
p("python_exchangelib_credentials_second", "lib", "from exchangelib import Credentials, Account\ncreds = Credentials(\"{U}@stitch-sole.example\", \"{V}\")\n")
p("python_pykeepass_open_second_positional", "lib", "from pykeepass import PyKeePass\nkp = PyKeePass(\"shop.kdbx\", \"{V}\")\n")
p("python_ldap3_connection_third_positional", "lib", "from ldap3 import Server, Connection\nconn = Connection(Server(\"{H}\"), \"uid={U},ou=staff,dc=tailor,dc=lan\", \"{V}\", auto_bind=True)\n")
p("python_impacket_smbconnection_login_second", "lib", "conn = SMBConnection(\"{H}\", \"{H}\")\nconn.login(\"{U}\", \"{V}\")\n")
p("python_hashlib_scrypt_first_bytes", "lib", "key = hashlib.scrypt(b\"{V}\", salt=salt, n=2**14, r=8, p=1)\n")
p("python_pyvmomi_smartconnect_third", "lib", "si = SmartConnect(\"{H}\", \"{U}\", \"{V}\", disableSslCertValidation=True)\n")
p("python_selenium_send_keys_single", "gui", "driver.find_element(By.ID, \"f2\").send_keys(\"{V}\")\n")
p("node_amqplib_connect_url_userinfo", "lib", "const conn = await amqp.connect('amqp://{U}:{V}@{H}:5672/shop');\n")
p("node_crypto_scryptsync_first", "lib", "const key = crypto.scryptSync('{V}', salt, 32);\n")
p("node_argon2_hash_first", "lib", "const digest = await argon2.hash('{V}');\n")
p("node_ioredis_ctor_url_userinfo", "lib", "const redis = new Redis('redis://{U}:{V}@{H}:6379/2');\n")
p("java_javamail_transport_connect_third", "lib", "Transport t = session.getTransport(\"smtp\");\nt.connect(\"{H}\", \"{U}\", \"{V}\");\n")
p("java_jedis_auth_single", "lib", "try (Jedis jedis = new Jedis(\"{H}\", 6379)) {{\n    jedis.auth(\"{V}\");\n}}\n")
p("java_sardine_begin_second", "lib", "Sardine sardine = SardineFactory.begin(\"{U}\", \"{V}\");\n")
p("java_smbj_authenticationcontext_chararray_second", "lib", "AuthenticationContext ac = new AuthenticationContext(\"{U}\", \"{V}\".toCharArray(), \"SHOP\");\n")
p("kotlin_exposed_database_connect_fourth_positional", "lib", "Database.connect(\"jdbc:postgresql://{H}/tickets\", \"org.postgresql.Driver\", \"{U}\", \"{V}\")\n")
p("csharp_ssh_net_sshclient_ctor_third", "lib", "using var client = new SshClient(\"{H}\", \"{U}\", \"{V}\");\nclient.Connect();\n")
p("csharp_mailkit_authenticate_second", "lib", "await smtp.ConnectAsync(\"{H}\", 587, SecureSocketOptions.StartTls);\nawait smtp.AuthenticateAsync(\"{U}\", \"{V}\");\n")
p("go_smtp_plainauth_third", "lib", "auth := smtp.PlainAuth(\"\", \"{U}\", \"{V}\", \"{H}\")\n")
p("go_ldap_conn_bind_second", "lib", "if err := l.Bind(\"uid={U},ou=staff,dc=tailor,dc=lan\", \"{V}\"); err != nil {{\n\tlog.Fatal(err)\n}}\n")
p("rust_lettre_credentials_new_second", "lib", "let creds = Credentials::new(\"{U}\".to_owned(), \"{V}\".to_owned());\n")
p("ruby_net_smtp_start_fifth_positional", "lib", "Net::SMTP.start('{H}', 587, 'tailor.lan', '{U}', '{V}', :login) do |smtp|\n  smtp.send_message msg, 'shop@tailor.lan', to\nend\n")
p("php_pdo_ctor_third", "lib", "$pdo = new PDO('mysql:host={H};dbname=heelbar', '{U}', '{V}');\n")
p("php_ldap_bind_third", "lib", "$ok = ldap_bind($conn, 'uid={U},ou=staff,dc=tailor,dc=lan', '{V}');\n")
p("perl_net_ftp_login_second", "lib", "my $ftp = Net::FTP->new('{H}') or die;\n$ftp->login('{U}', '{V}') or die $ftp->message;\n")
p("perl_net_smtp_auth_second", "lib", "$smtp->auth('{U}', '{V}');\n")
p("dart_basic_auth_credentials_ctor_second", "lib", "client.addCredentials(uri, 'shop', HttpClientBasicCredentials('{U}', '{V}'));\n")
p("elixir_swoosh_smtp_tuple_list", "lib", "config :shop, Shop.Mailer,\n  adapter: Swoosh.Adapters.SMTP,\n  relay: \"{H}\",\n  username: \"{U}\",\n  auth: :always,\n  secret_literal: nil,\n  credentials: {{\"{U}\", \"{V}\"}}\n")
# ---- files with fixed positions
p("pgpass_fifth_colon_field", "file", "# ~/.pgpass\n{H}:5432:measurements:{U}:{V}\n")
p("git_credentials_store_url_userinfo", "file", "# ~/.git-credentials\nhttps://{U}:{V}@git.tailor.lan\n")
p("pgbouncer_userlist_second_quoted", "file", "; /etc/pgbouncer/userlist.txt\n\"{U}\" \"{V}\"\n")
p("openvpn_auth_user_pass_file_second_line", "file", "# /etc/openvpn/client/shop.auth\n{U}\n{V}\n")
p("postfix_relay_map_user_colon_value", "file", "# /etc/postfix/sasl_passwd  (postmap after editing)\n[{H}]:587 {U}@stitch-sole.example:{V}\n")
p("squid_cache_peer_login_equals_pair", "file", "cache_peer proxy.supplier.example parent 3128 0 no-query default login={U}:{V}\n")
p("cups_printers_conf_device_uri_userinfo", "file", "<Printer TicketPrinter>\nInfo Garment ticket printer\nDeviceURI ipp://{U}:{V}@{H}:631/ipp/print\nState Idle\n</Printer>\n")
p("rsyncd_secrets_user_colon_value", "file", "# /etc/rsyncd.secrets  (chmod 600)\n{U}:{V}\n")
p("vsftpd_virtual_users_alternating_lines", "file", "# /etc/vsftpd/virtual_users.txt (db_load -T -t hash)\nscanner\nnot-set-yet\n{U}\n{V}\n")
p("dovecot_passwd_file_plain_scheme_second", "file", "{U}:{{PLAIN}}{V}:5000:5000::/home/vmail/{U}\n")
p("jetty_realm_properties_colon_then_roles", "file", "# realm.properties\n{U}: {V}, admin, user\n")
p("activemq_users_properties_user_equals_value", "file", "# conf/users.properties\n{U}={V}\n")
p("hostapd_wpa_psk_file_mac_then_value", "file", "# /etc/hostapd/hostapd.wpa_psk\n00:00:00:00:00:00 {V}\n")
p("pip_conf_index_url_userinfo", "file", "[global]\nindex-url = https://{U}:{V}@pypi.tailor.lan/simple\n")
p("yarnrc_yml_npm_auth_ident_colon_pair", "file", "npmRegistryServer: \"https://npm.tailor.lan\"\nnpmAuthIdent: \"{U}:{V}\"\n")
p("celery_broker_url_env_userinfo", "file", "CELERY_BROKER_URL=amqp://{U}:{V}@{H}:5672/tickets\n")
p("selenium_ide_side_json_type_value", "gui", "{{\n  \"command\": \"type\",\n  \"target\": \"id=f2\",\n  \"value\": \"{V}\"\n}}\n")
p("key_machine_operator_csv_fifth_column", "file", "machine,operator,badge,level,secret,updated\ncutter-01,{U},B17,2,{V},2024-06-03\n")
p("transponder_sync_dat_third_token", "file", "SYNC 4 {V} EU\nDEV programmer-usb-2 {U}\n")
p("engraving_queue_fixed_width_cols_41_to_60", "file", "{FW}\n")
p("locker_provisioning_semicolon_sixth_field", "file", "bank;site;bays;fw;operator;pin_admin;notes\nLB-07;HS01;24;3.1.4;{U};{V};front window\n")
p("heel_bar_till_users_tab_fourth_column", "file", "till\tname\trole\tcode\n2\t{U}\tmanager\t{V}\n")
p("measurement_tablet_roster_pipe_third_field", "file", "tablet-03|{U}|{V}|fitting room 2\n")
p("card_terminal_merchant_setup_colon_fifth_field", "file", "MID:4021873:TID:90214:{V}:GBP\n")
p("loyalty_kiosk_json_array_second_element", "file", "{{\"kiosk\": \"stamp-01\", \"admin\": [\"{U}\", \"{V}\"]}}\n")
# ---- protocol exchanges
p("imap_login_command_third_token", "proto", "C: a001 LOGIN {U} {V}\nS: a001 OK LOGIN completed\n")
p("redis_resp_array_auth_bulk_string", "proto", "*2\\r\\n$4\\r\\nAUTH\\r\\n${L}\\r\\n{V}\\r\\n\n+OK\\r\\n\n")
p("irc_join_channel_key_second", "proto", ":{U}!~{U}@{H} JOIN #tailor-night-shift {V}\n")
p("quectel_at_qicsgp_fifth_quoted", "proto", "AT+QICSGP=1,1,\"shop.apn\",\"{U}\",\"{V}\",1\r\nOK\n")
p("esp_at_cwjap_join_second_quoted", "proto", "AT+CWJAP=\"ShopBackOffice\",\"{V}\"\r\nWIFI CONNECTED\r\nWIFI GOT IP\n")
p("ldap_simple_bind_request_tshark_decode", "proto", "Lightweight Directory Access Protocol\n    bindRequest(1) \"uid={U},ou=staff,dc=tailor,dc=lan\" simple\n        version: 3\n        name: uid={U},ou=staff,dc=tailor,dc=lan\n        authentication: simple (0)\n            simple: {V}\n")
p("key_machine_serial_unlock_frame_second_field", "proto", "{NMEA}\n")
p("locker_bank_rs485_auth_line_third_token", "proto", ">> 07 AUTH {U} {V}\n<< 07 OK bays=24\n")
p("docker_config_json_auth_b64_pair", "file", "{{\n  \"auths\": {{\n    \"registry.tailor.lan\": {{\n      \"auth\": \"{V}\"\n    }}\n  }}\n}}\n", "userpass")
p("smtp_auth_plain_initial_response_b64", "proto", "C: EHLO counter.tailor.lan\nS: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN {V}\nS: 235 2.7.0 Authentication successful\n", "nuluser")
p("http_authorization_basic_header_b64", "proto", "GET /api/v1/lockers HTTP/1.1\nHost: lockers.tailor.lan\nAuthorization: Basic {V}\nAccept: application/json\n", "userpass")
# ---- SQL
p("sqlserver_sp_addlogin_second", "sql", "EXEC sp_addlogin '{U}', '{V}', 'heelbar';\nGO\n")
p("sqlcipher_attach_database_key_literal", "sql", "ATTACH DATABASE 'stamps-enc.db' AS enc KEY '{V}';\n")
p("h2_create_linked_table_fourth", "sql", "CREATE LINKED TABLE legacy_tickets('org.postgresql.Driver', 'jdbc:postgresql://{H}/old', '{U}', '{V}', 'tickets');\n")
p("mysql_federated_connection_url_userinfo", "sql", "CREATE TABLE remote_stock (sku VARCHAR(20), qty INT)\n  ENGINE=FEDERATED CONNECTION='mysql://{U}:{V}@{H}:3306/heelbar/stock';\n")
# ---- UI automation
p("playwright_page_fill_second", "gui", "await page.fill('#f2', '{V}');\nawait page.click('text=Sign in');\n")
p("playwright_locator_press_sequentially_single", "gui", "await page.locator('#f2').pressSequentially('{V}', {{ delay: 50 }});\n")
p("cypress_get_type_single", "gui", "cy.get('#f2').type('{V}', {{ log: false }})\n")
p("detox_element_typetext_single", "gui", "await element(by.id('f2')).typeText('{V}');\n")
p("uiautomator2_set_text_single", "gui", "d(resourceId=\"uk.tailor.counter:id/f2\").set_text(\"{V}\")\n")
p("nightwatch_setvalue_second", "gui", "browser.setValue('#f2', '{V}').click('#go');\n")
p("codeceptjs_fillfield_second", "gui", "I.fillField('#f2', '{V}');\nI.click('Log in');\n")
p("autohotkey_send_literal", "gui", "WinActivate, Locker Admin\nSend, {V}{{Enter}}\n")
p("autoit_send_literal", "gui", "WinWaitActive(\"Engraver Console\")\nSend(\"{V}{{ENTER}}\")\n")
p("applescript_system_events_keystroke", "gui", "tell application \"System Events\" to keystroke \"{V}\"\n")
# set aside (written, not used)
SET_ASIDE = ["elixir_swoosh_smtp_tuple_list", "python_pyvmomi_smartconnect_third", "ftp_open_user_command_two_arguments",
             "mysqlshow_glued_lower_p_after_lower_u", "dart_basic_auth_credentials_ctor_second"]
ACTIVE = [x for x in S if x[0] not in SET_ASIDE]


def _nmea_cs(body):
    x = 0
    for ch in body:
        x ^= ord(ch)
    return "%02X" % x


def generate(reg, start_id):
    rng = random.Random(SEED)
    recs, hidden = [], []
    for i, (name, kind, tpl, b64kind) in enumerate(ACTIVE):
        u = rng.choice(USERS)
        h = rng.choice(HOSTS)
        extra = None
        if b64kind:
            pw = reg.draw(owner_password, rng, True)
            raw = (u + ":" + pw) if b64kind == "userpass" else ("\0" + u + "\0" + pw)
            val = reg.add(base64.b64encode(raw.encode()).decode())
            hidden.append(pw)
        else:
            val = reg.draw(owner_password, rng, True)
        if "{FW}" in tpl:
            line = ("JOB%05d" % rng.randrange(10 ** 5)).ljust(10) + "SIGNET RING".ljust(20) + "Garamond".ljust(10) + val.ljust(20) + u
            text, start = line + "\n", 40
            text = "# engrave.q  cols 1-10 job, 11-30 item, 31-40 font, 41-60 unlock, 61- operator\n" + text
            start += len(text) - len(line) - 1
        elif "{NMEA}" in tpl:
            body = "KMUNL,%s,%s,%d" % (u.upper(), val, rng.randrange(1, 9))
            text = "[rx] $" + body + "*" + _nmea_cs(body) + "\n[tx] $KMACK,OK*" + _nmea_cs("KMACK,OK") + "\n"
            start = text.index(val)
        else:
            t = tpl.replace("{U}", u).replace("{H}", h).replace("{L}", str(len(val)))
            t = t.replace("{{", "{").replace("}}", "}")
            before, after = t.split("{V}")
            text, start = before + val + after, len(before)
        syn = PFX + name
        recs.append(make_record("p195-s-%04d" % (start_id + i), syn, syn + "__" + SUFFIX[kind], text, val, "password", start=start))
    return recs, hidden
