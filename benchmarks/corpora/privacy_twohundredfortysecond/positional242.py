"""Positional passwords: a password passed without a telling `password=` key."""
import base64
import random

from common242 import MARK, span_record, world_password

SEED = 24203
PFX = "icepw_"
S = MARK

SUFFIX = {
    "cli": "parlour_server_terminal_capture",
    "stdin": "gelato_lab_linux_stdin_pipe",
    "lib": "pint_shop_source_excerpt",
    "gui": "kiosk_ui_automation_script",
    "file": "van_depot_host_config_listing",
    "proto": "parlour_lan_capture_decode",
    "sql": "recipe_db_console",
}

# (syntax, where, short description, template)  -- {U} user, S the secret
SYNTAXES = [
    # ---------------- cli
    ("mysql_client_glued_lower_p", "cli", "mysql -u user -pSECRET db",
     "$ mysql -h db.gelateria-aurora.internal -u {U} -p" + S + " recipes -e 'SELECT COUNT(*) FROM bases'\n"),
    ("pg_dump_dbname_uri_userinfo", "cli", "pg_dump postgresql://user:SECRET@host/db",
     "$ pg_dump -Fc -f pints.dump postgresql://{U}:" + S + "@pg.scoopandchurn.internal:5432/pints\n"),
    ("redis_cli_lower_a_flag", "cli", "redis-cli -h host -a SECRET",
     "$ redis-cli -h cache.scoopandchurn.internal -a " + S + " --no-auth-warning INFO keyspace\n# Keyspace\ndb0:keys=1842,expires=1790\n"),
    ("smbmap_lower_p_after_lower_u", "cli", "smbmap -u user -p SECRET -H host",
     "$ smbmap -u {U} -p " + S + " -d AURORA -H 10.20.1.5\n[+] IP: 10.20.1.5:445  Name: nas-lab\n"),
    ("impacket_psexec_target_colon_at", "cli", "impacket-psexec DOMAIN/user:SECRET@host",
     "$ impacket-psexec AURORA/{U}:" + S + "@10.20.1.9 'ipconfig /all'\n"),
    ("wget_ftp_url_userinfo", "cli", "wget ftp://user:SECRET@host/file",
     "$ wget -q ftp://{U}:" + S + "@ftp.frostyvans.example/routes/summer.csv -O summer.csv\n"),
    ("mercurial_clone_url_userinfo", "cli", "hg clone https://user:SECRET@host/repo",
     "$ hg clone https://{U}:" + S + "@hg.gelateria-aurora.example/recipes recipes\n"),
    ("rpcclient_capital_u_percent_pair", "cli", "rpcclient -U user%SECRET host",
     "$ rpcclient -U '{U}%" + S + "' 10.20.1.5 -c 'enumdomusers'\n"),
    ("curlftpfs_mount_url_userinfo", "cli", "curlftpfs ftp://user:SECRET@host /mnt",
     "$ curlftpfs ftp://{U}:" + S + "@ftp.pintpost.example/labels /mnt/labels\n"),
    ("unixodbc_isql_dsn_user_then_secret", "cli", "isql DSN user SECRET",
     "$ isql -v RecipeDSN {U} " + S + "\n+---------------------------------------+\n| Connected!                            |\n"),
    ("freetds_tsql_capital_p_after_capital_u", "cli", "tsql -S server -U user -P SECRET",
     "$ tsql -S possrv -U {U} -P " + S + "\nlocale is \"C.UTF-8\"\n1>\n"),
    ("cqlsh_lower_p_after_lower_u", "cli", "cqlsh -u user -p SECRET host",
     "$ cqlsh -u {U} -p " + S + " telemetry.gelateria-aurora.internal 9042\n"),
    ("mosquitto_pub_capital_p_after_lower_u", "cli", "mosquitto_pub -u user -P SECRET -t topic -m msg",
     "$ mosquitto_pub -h 10.20.9.2 -u {U} -P " + S + " -t coldroom/probe3/set -m '{{\"alarm\":-18}}'\n"),
    ("ldapsearch_lower_w_after_capital_d", "cli", "ldapsearch -D binddn -w SECRET",
     "$ ldapsearch -x -H ldap://dc1.aurora.internal -D 'cn={U},ou=svc,dc=aurora,dc=internal' -w " + S + " -b 'dc=aurora,dc=internal' '(objectClass=person)' cn\n"),
    ("snmpwalk_v2c_lower_c_community", "cli", "snmpwalk -v2c -c COMMUNITY host",
     "$ snmpwalk -v2c -c " + S + " 10.20.9.40 1.3.6.1.4.1.9.9.13.1.3\n"),
    ("ipmitool_capital_p_after_capital_u", "cli", "ipmitool -I lanplus -H host -U user -P SECRET",
     "$ ipmitool -I lanplus -H 10.20.1.250 -U {U} -P " + S + " chassis power status\nChassis Power is on\n"),
    ("racadm_remote_lower_p_after_lower_u", "cli", "racadm -r host -u user -p SECRET",
     "$ racadm -r 10.20.1.251 -u {U} -p " + S + " getsysinfo\n"),
    ("openssl_enc_lower_k_flag", "cli", "openssl enc -aes-256-cbc -k SECRET",
     "$ openssl enc -aes-256-cbc -pbkdf2 -salt -k " + S + " -in recipes.tar -out recipes.tar.enc\n"),
    ("ssh_keygen_capital_n_new_key_flag", "cli", "ssh-keygen -t ed25519 -N SECRET -f file",
     "$ ssh-keygen -t ed25519 -C van-tablet-06 -N '" + S + "' -f ~/.ssh/van06\n"),
    ("unar_lower_p_flag", "cli", "unar -p SECRET archive",
     "$ unar -p " + S + " -o /srv/import supplier_pricelist.zip\n"),
    ("sysinternals_psexec_lower_p_after_lower_u", "cli", "psexec \\\\host -u user -p SECRET cmd",
     "C:\\Tools> psexec \\\\TILL-02 -u AURORA\\{U} -p " + S + " cmd /c \"net stop ScoopPOS\"\n"),
    ("winrs_lower_p_colon_after_lower_u", "cli", "winrs -r:host -u:user -p:SECRET cmd",
     "C:\\> winrs -r:kiosk-03 -u:{U} -p:" + S + " ipconfig\n"),
    ("azure_cli_login_lower_p_after_lower_u", "cli", "az login -u user -p SECRET",
     "$ az login -u {U}@scoopandchurn.example -p " + S + " --allow-no-subscriptions\n"),
    ("buildah_push_creds_colon_pair", "cli", "buildah push --creds user:SECRET image dest",
     "$ buildah push --creds {U}:" + S + " pint-shop:2.3.0 docker://registry.scoopandchurn.example/pint-shop:2.3.0\n"),
    ("ffmpeg_rtsp_input_url_userinfo", "cli", "ffmpeg -i rtsp://user:SECRET@camera/stream",
     "$ ffmpeg -rtsp_transport tcp -i rtsp://{U}:" + S + "@10.20.5.21:554/stream1 -t 30 counter.mp4\n"),
    ("nagios_check_http_lower_a_pair", "cli", "check_http -H host -a user:SECRET",
     "command_line    /usr/lib/nagios/plugins/check_http -H shop.scoopandchurn.internal -u /admin -a {U}:" + S + "\n"),
    ("govc_url_environment_userinfo", "cli", "GOVC_URL=https://user:SECRET@vcenter/sdk govc ls",
     "$ GOVC_URL='https://{U}:" + S + "@vcenter.aurora.internal/sdk' GOVC_INSECURE=1 govc ls /Lab/vm\n"),
    ("https_proxy_environment_userinfo", "cli", "https_proxy=http://user:SECRET@proxy:3128 cmd",
     "$ https_proxy=http://{U}:" + S + "@proxy.aurora.internal:3128 apt-get update\n"),
    ("netlify_env_set_second_positional", "cli", "netlify env:set NAME SECRET",
     "$ netlify env:set ORDER_SYNC_KEY " + S + " --context production\nSet environment variable ORDER_SYNC_KEY in the production context\n"),
    ("sap_hdbsql_lower_p_after_lower_u", "cli", "hdbsql -n host -u user -p SECRET",
     "$ hdbsql -n hana.aurora.internal:30015 -u {U} -p " + S + " \"SELECT * FROM DUMMY\"\n"),
    # ---------------- stdin
    ("cryptsetup_open_key_file_dash_stdin", "stdin", "echo -n SECRET | cryptsetup open dev name --key-file=-",
     "# echo -n '" + S + "' | cryptsetup open /dev/sdb1 haccp_archive --key-file=-\n"),
    ("ftp_n_heredoc_user_command_second", "stdin", "ftp -n host <<EOF / user NAME SECRET",
     "$ ftp -n ftp.frostyvans.example <<EOF\nuser {U} " + S + "\nbinary\nput routes.csv\nbye\nEOF\n"),
    ("vault_kv_put_value_dash_stdin", "stdin", "echo -n SECRET | vault kv put path value=-",
     "$ echo -n '" + S + "' | vault kv put secret/lab/freezer-hmi value=-\n"),
    ("vercel_env_add_stdin_pipe", "stdin", "echo -n SECRET | vercel env add NAME production",
     "$ echo -n '" + S + "' | vercel env add ORDER_SYNC_KEY production\n"),
    ("ansible_vault_encrypt_string_stdin_name", "stdin", "echo -n SECRET | ansible-vault encrypt_string --stdin-name NAME",
     "$ echo -n '" + S + "' | ansible-vault encrypt_string --vault-id lab@prompt --stdin-name 'hmi_service_secret'\n"),
    ("sudo_capital_s_stdin_pipe", "stdin", "echo SECRET | sudo -S cmd",
     "$ echo '" + S + "' | sudo -S systemctl restart flavour-board\n"),
    ("mit_kinit_principal_stdin_pipe", "stdin", "echo SECRET | kinit user@REALM",
     "$ echo '" + S + "' | kinit {U}@AURORA.INTERNAL\n"),
    ("keepassxc_cli_open_stdin_pipe", "stdin", "echo SECRET | keepassxc-cli ls db.kdbx",
     "$ echo '" + S + "' | keepassxc-cli ls ~/lab-vault.kdbx /Vans\n"),
    # ---------------- lib
    ("python_mysqlclient_connect_third_positional", "lib", "MySQLdb.connect(host, user, SECRET, db)",
     "import MySQLdb\n\ndb = MySQLdb.connect(\"db.gelateria-aurora.internal\", \"{U}\", \"" + S + "\", \"recipes\")\n"),
    ("python_urllib3_make_headers_basic_auth_pair", "lib", "urllib3.make_headers(basic_auth='user:SECRET')",
     "import urllib3\n\nheaders = urllib3.util.make_headers(basic_auth=\"{U}:" + S + "\")\nhttp = urllib3.PoolManager()\n"),
    ("python_requests_ntlm_httpntlmauth_second", "lib", "HttpNtlmAuth('DOMAIN\\\\user', SECRET)",
     "from requests_ntlm import HttpNtlmAuth\n\nauth = HttpNtlmAuth(\"AURORA\\\\{U}\", \"" + S + "\")\nr = requests.get(SHAREPOINT_URL, auth=auth)\n"),
    ("python_zipfile_extractall_third_positional", "lib", "zf.extractall(path, None, b'SECRET')",
     "import zipfile\n\nwith zipfile.ZipFile(\"supplier_prices.zip\") as zf:\n    zf.extractall(\"/srv/import\", None, b\"" + S + "\")\n"),
    ("python_pypdf_reader_decrypt_first", "lib", "reader.decrypt(SECRET)",
     "from pypdf import PdfReader\n\nreader = PdfReader(\"lab_audit_2024.pdf\")\nreader.decrypt(\"" + S + "\")\n"),
    ("python_hashlib_pbkdf2_hmac_second", "lib", "hashlib.pbkdf2_hmac('sha256', b'SECRET', salt, n)",
     "import hashlib, os\n\nsalt = os.urandom(16)\nseed_hash = hashlib.pbkdf2_hmac(\"sha256\", b\"" + S + "\", salt, 600000)\n"),
    ("python_hmac_new_first_bytes", "lib", "hmac.new(b'SECRET', msg, 'sha256')",
     "import hmac\n\nsig = hmac.new(b\"" + S + "\", body, \"sha256\").hexdigest()\n"),
    ("python_itsdangerous_serializer_first", "lib", "URLSafeTimedSerializer(SECRET)",
     "from itsdangerous import URLSafeTimedSerializer\n\ns = URLSafeTimedSerializer(\"" + S + "\", salt=\"voucher\")\n"),
    ("python_telnetlib_write_after_read_until", "lib", "tn.read_until(b'word: '); tn.write(b'SECRET\\n')",
     "tn = telnetlib.Telnet(\"10.20.4.30\")\ntn.read_until(b\"login: \")\ntn.write(b\"{U}\\n\")\ntn.read_until(b\"word: \")\ntn.write(b\"" + S + "\\n\")\n"),
    ("python_sqlalchemy_create_engine_url_userinfo", "lib", "create_engine('mssql+pymssql://user:SECRET@host/db')",
     "from sqlalchemy import create_engine\n\nengine = create_engine(\"mssql+pymssql://{U}:" + S + "@possrv.aurora.internal/ScoopPOS\")\n"),
    ("python_exchangelib_credentials_second", "lib", "Credentials(user, SECRET)",
     "from exchangelib import Credentials, Account\n\ncreds = Credentials(\"{U}@scoopandchurn.example\", \"" + S + "\")\n"),
    ("python_o365_account_credentials_tuple_second", "lib", "Account((client_id, SECRET))",
     "from O365 import Account\n\naccount = Account((\"6f1c0d4e-orders-app\", \"" + S + "\"), auth_flow_type=\"credentials\", tenant_id=TENANT)\n"),
    ("python_minio_client_third_positional", "lib", "Minio(endpoint, access_key, SECRET)",
     "from minio import Minio\n\nclient = Minio(\"s3.gelateria-aurora.internal:9000\", \"haccp-archive\", \"" + S + "\", secure=True)\n"),
    ("python_asyncua_client_url_userinfo", "lib", "Client('opc.tcp://user:SECRET@host:4840')",
     "from asyncua import Client\n\nasync with Client(url=\"opc.tcp://{U}:" + S + "@10.20.4.15:4840/pasteuriser\") as client:\n    temp = await client.get_node(\"ns=2;s=HoldTemp\").read_value()\n"),
    ("python_gmqtt_set_auth_credentials_second", "lib", "client.set_auth_credentials(user, SECRET)",
     "client = MQTTClient(\"lab-bridge\")\nclient.set_auth_credentials(\"{U}\", \"" + S + "\")\nawait client.connect(\"10.20.9.2\")\n"),
    ("micropython_wlan_connect_second", "lib", "wlan.connect(ssid, SECRET)",
     "import network\n\nwlan = network.WLAN(network.STA_IF)\nwlan.active(True)\nwlan.connect(\"AuroraLab\", \"" + S + "\")\n"),
    ("node_mysql2_createconnection_uri", "lib", "mysql.createConnection('mysql://user:SECRET@host/db')",
     "const mysql = require('mysql2');\nconst conn = mysql.createConnection('mysql://{U}:" + S + "@db.scoopandchurn.internal/pints');\n"),
    ("node_nodemailer_transport_url_userinfo", "lib", "nodemailer.createTransport('smtps://user:SECRET@host')",
     "const transporter = nodemailer.createTransport('smtps://{U}%40scoopandchurn.example:" + S + "@smtp.scoopandchurn.example');\n"),
    ("node_mqtt_connect_url_userinfo", "lib", "mqtt.connect('mqtt://user:SECRET@host')",
     "const mqtt = require('mqtt');\nconst client = mqtt.connect('mqtt://{U}:" + S + "@10.20.9.2:1883');\n"),
    ("node_crypto_createhmac_second", "lib", "crypto.createHmac('sha256', SECRET)",
     "const sig = crypto.createHmac('sha256', '" + S + "').update(rawBody).digest('hex');\n"),
    ("node_cookie_parser_first", "lib", "cookieParser(SECRET)",
     "const cookieParser = require('cookie-parser');\napp.use(cookieParser('" + S + "'));\n"),
    ("java_jedis_auth_single", "lib", "jedis.auth(SECRET)",
     "Jedis jedis = new Jedis(\"cache.scoopandchurn.internal\", 6379);\njedis.auth(\"" + S + "\");\n"),
    ("java_jjwt_keys_hmacshakeyfor_first", "lib", "Keys.hmacShaKeyFor(SECRET.getBytes())",
     "SecretKey key = Keys.hmacShaKeyFor(\"" + S + "\".getBytes(StandardCharsets.UTF_8));\n"),
    ("java_commons_email_setauthentication_second", "lib", "email.setAuthentication(user, SECRET)",
     "Email email = new SimpleEmail();\nemail.setHostName(\"smtp.scoopandchurn.example\");\nemail.setAuthentication(\"{U}\", \"" + S + "\");\n"),
    ("java_smbj_authenticationcontext_second", "lib", "new AuthenticationContext(user, SECRET.toCharArray(), domain)",
     "AuthenticationContext ac = new AuthenticationContext(\"{U}\", \"" + S + "\".toCharArray(), \"AURORA\");\n"),
    ("csharp_mailkit_authenticate_second", "lib", "client.Authenticate(user, SECRET)",
     "using var client = new SmtpClient();\nclient.Connect(\"smtp.scoopandchurn.example\", 587, SecureSocketOptions.StartTls);\nclient.Authenticate(\"{U}\", \"" + S + "\");\n"),
    ("csharp_sshnet_sshclient_ctor_third", "lib", "new SshClient(host, user, SECRET)",
     "using var ssh = new SshClient(\"10.20.4.30\", \"{U}\", \"" + S + "\");\nssh.Connect();\n"),
    ("csharp_fluentftp_ftpclient_ctor_third", "lib", "new FtpClient(host, user, SECRET)",
     "var ftp = new FtpClient(\"ftp.pintpost.example\", \"{U}\", \"" + S + "\");\nftp.AutoConnect();\n"),
    ("go_minio_credentials_newstaticv4_second", "lib", "credentials.NewStaticV4(id, SECRET, \"\")",
     "client, err := minio.New(\"s3.gelateria-aurora.internal:9000\", &minio.Options{\n\tCreds:  credentials.NewStaticV4(\"haccp-archive\", \"" + S + "\", \"\"),\n\tSecure: true,\n})\n"),
    ("go_ldap_conn_bind_second", "lib", "l.Bind(dn, SECRET)",
     "l, err := ldap.DialURL(\"ldap://dc1.aurora.internal\")\nerr = l.Bind(\"cn={U},ou=svc,dc=aurora,dc=internal\", \"" + S + "\")\n"),
    ("go_amqp_dial_url_userinfo", "lib", "amqp.Dial(\"amqp://user:SECRET@host/\")",
     "conn, err := amqp.Dial(\"amqp://{U}:" + S + "@mq.scoopandchurn.internal:5672/\")\n"),
    ("go_crypto_hmac_new_byteslice_second", "lib", "hmac.New(sha256.New, []byte(SECRET))",
     "mac := hmac.New(sha256.New, []byte(\"" + S + "\"))\nmac.Write(payload)\n"),
    ("rust_lettre_credentials_new_second", "lib", "Credentials::new(user, SECRET)",
     "let creds = Credentials::new(\"{U}\".to_owned(), \"" + S + "\".to_owned());\n"),
    ("ruby_net_smtp_start_fifth", "lib", "Net::SMTP.start(host, port, helo, user, SECRET, :login)",
     "Net::SMTP.start('smtp.scoopandchurn.example', 587, 'scoopandchurn.example', '{U}', '" + S + "', :login) do |smtp|\n  smtp.send_message msg, from, to\nend\n"),
    ("ruby_sequel_connect_url_userinfo", "lib", "Sequel.connect('postgres://user:SECRET@host/db')",
     "DB = Sequel.connect('postgres://{U}:" + S + "@pg.scoopandchurn.internal/pints')\n"),
    ("ruby_openssl_hmac_hexdigest_second", "lib", "OpenSSL::HMAC.hexdigest('SHA256', SECRET, data)",
     "signature = OpenSSL::HMAC.hexdigest('SHA256', '" + S + "', request.raw_post)\n"),
    ("php_ldap_bind_third", "lib", "ldap_bind($conn, $dn, SECRET)",
     "$conn = ldap_connect('ldap://dc1.aurora.internal');\nldap_bind($conn, 'cn={U},ou=svc,dc=aurora,dc=internal', '" + S + "');\n"),
    ("php_imap_open_third", "lib", "imap_open($mailbox, $user, SECRET)",
     "$inbox = imap_open('{{imap.scoopandchurn.example:993/imap/ssl}}INBOX', '{U}', '" + S + "');\n"),
    ("php_hash_hmac_third", "lib", "hash_hmac('sha256', $data, SECRET)",
     "$expected = hash_hmac('sha256', $payload, '" + S + "');\n"),
    ("perl_net_smtp_auth_second", "lib", "$smtp->auth(user, SECRET)",
     "my $smtp = Net::SMTP->new('smtp.scoopandchurn.example', Port => 587);\n$smtp->starttls();\n$smtp->auth('{U}', '" + S + "');\n"),
    ("elixir_ecto_repo_url_userinfo", "lib", "url: \"ecto://user:SECRET@host/db\"",
     "config :pints, Pints.Repo,\n  url: \"ecto://{U}:" + S + "@pg.scoopandchurn.internal/pints\",\n  pool_size: 10\n"),
    ("c_openldap_simple_bind_s_third", "lib", "ldap_simple_bind_s(ld, dn, SECRET)",
     "rc = ldap_simple_bind_s(ld, \"cn={U},ou=svc,dc=aurora,dc=internal\", \"" + S + "\");\n"),
    ("arduino_httpclient_setauthorization_second", "lib", "http.setAuthorization(user, SECRET)",
     "HTTPClient http;\nhttp.begin(\"http://10.20.9.3/api/probe\");\nhttp.setAuthorization(\"{U}\", \"" + S + "\");\n"),
    ("arduino_wifi_softap_second", "lib", "WiFi.softAP(ssid, SECRET)",
     "void setup() {\n  WiFi.softAP(\"VanKiosk-06\", \"" + S + "\");\n}\n"),
    # ---------------- gui
    ("puppeteer_page_type_second", "gui", "await page.type('#f2', SECRET)",
     "await page.type('#f1', '{U}');\nawait page.type('#f2', '" + S + "');\nawait page.click('#go');\n"),
    ("nightwatch_setvalue_second", "gui", "browser.setValue('#f2', SECRET)",
     "browser\n  .setValue('#f1', '{U}')\n  .setValue('#f2', '" + S + "')\n  .click('#go');\n"),
    ("capybara_fill_in_with_keyword", "gui", "fill_in 'f2', with: SECRET",
     "fill_in 'f1', with: '{U}'\nfill_in 'f2', with: '" + S + "'\nclick_button 'Go'\n"),
    ("robot_framework_input_text_second_cell", "gui", "Input Text    id=f2    SECRET",
     "*** Test Cases ***\nLogin To Back Office\n    Input Text    id=f1    {U}\n    Input Text    id=f2    " + S + "\n    Click Button    id=go\n"),
    ("applescript_system_events_keystroke", "gui", "tell application \"System Events\" to keystroke SECRET",
     "tell application \"System Events\"\n    keystroke \"{U}\"\n    keystroke tab\n    keystroke \"" + S + "\"\n    keystroke return\nend tell\n"),
    ("powershell_forms_sendkeys_sendwait", "gui", "[System.Windows.Forms.SendKeys]::SendWait(SECRET)",
     "Add-Type -AssemblyName System.Windows.Forms\n[System.Windows.Forms.SendKeys]::SendWait('{U}{{TAB}}')\n[System.Windows.Forms.SendKeys]::SendWait('" + S + "')\n"),
    ("android_espresso_perform_typetext", "gui", "onView(withId(R.id.f2)).perform(typeText(SECRET))",
     "onView(withId(R.id.f1)).perform(typeText(\"{U}\"));\nonView(withId(R.id.f2)).perform(typeText(\"" + S + "\"), closeSoftKeyboard());\n"),
    ("xcuitest_element_typetext", "gui", "app.secureTextFields[\"f2\"].typeText(SECRET)",
     "let field = app.secureTextFields[\"f2\"]\nfield.tap()\nfield.typeText(\"" + S + "\")\n"),
    ("selenium_ide_side_type_value", "gui", "{\"command\": \"type\", \"target\": \"id=f2\", \"value\": SECRET}",
     "{{\"id\": \"c4\", \"command\": \"type\", \"target\": \"id=f1\", \"value\": \"{U}\"}},\n{{\"id\": \"c5\", \"command\": \"type\", \"target\": \"id=f2\", \"value\": \"" + S + "\"}},\n"),
    ("sikulix_type_single", "gui", "type(SECRET)",
     "click(\"field_f2.png\")\ntype(\"" + S + "\" + Key.ENTER)\n"),
    # ---------------- file
    ("ppp_chap_secrets_third_column", "file", "/etc/ppp/chap-secrets: client server SECRET ip",
     "# /etc/ppp/chap-secrets\n# client        server  secret                  IP addresses\n{U}  *       " + S + "       *\n"),
    ("openvpn_auth_user_pass_second_line", "file", "auth-user-pass file: line 1 user, line 2 SECRET",
     "$ cat /etc/openvpn/client/van06.auth\n{U}\n" + S + "\n"),
    ("vsftpd_virtual_users_even_line", "file", "vsftpd virtual users text file: user line, then SECRET line",
     "# /etc/vsftpd/virtual_users.txt (fed to db_load -T -t hash)\nlabels\n" + S + "\n"),
    ("git_credentials_store_line_userinfo", "file", "~/.git-credentials: https://user:SECRET@host",
     "$ cat ~/.git-credentials\nhttps://{U}:" + S + "@git.scoopandchurn.example\n"),
    ("muttrc_smtp_url_userinfo", "file", "set smtp_url = smtps://user:SECRET@host",
     "set from = \"lab@gelateria-aurora.example\"\nset smtp_url = \"smtps://{U}:" + S + "@smtp.gelateria-aurora.example:465/\"\n"),
    ("gemfile_source_url_userinfo", "file", "source 'https://user:SECRET@gems.host'",
     "source 'https://rubygems.org'\nsource 'https://{U}:" + S + "@gems.scoopandchurn.example' do\n  gem 'scoop_theme'\nend\n"),
    ("yum_repo_baseurl_userinfo", "file", "baseurl=https://user:SECRET@repo/...",
     "[aurora-kiosk]\nname=Aurora kiosk packages\nbaseurl=https://{U}:" + S + "@repo.gelateria-aurora.example/el9/$basearch\nenabled=1\n"),
    ("wifi_qr_payload_capital_p_field", "file", "WIFI:T:WPA;S:ssid;P:SECRET;;",
     "QR payload printed on the counter card:\nWIFI:T:WPA;S:AuroraGuest;P:" + S + ";H:false;;\n"),
    ("hostapd_wpa_psk_file_second_field", "file", "hostapd.wpa_psk: MAC SECRET",
     "# /etc/hostapd/hostapd.wpa_psk\n00:00:00:00:00:00 " + S + "\n"),
    ("squid_cache_peer_login_pair", "file", "cache_peer host parent 3128 0 login=user:SECRET",
     "cache_peer upstream.aurora.internal parent 3128 0 no-query default login={U}:" + S + "\n"),
    ("cups_printers_conf_deviceuri_userinfo", "file", "DeviceURI smb://user:SECRET@host/printer",
     "<Printer ReceiptBar>\nInfo Receipt printer by the counter\nDeviceURI smb://{U}:" + S + "@10.20.1.5/receipts\nState Idle\n</Printer>\n"),
    ("parlour_till_roster_caret_fourth", "file", "invented till roster: date^till^staff^code^float",
     "date^till^staff^code^float\n2024-07-14^T2^{U}^" + S + "^150.00\n"),
    ("van_driver_handover_fixed_width_cols", "file", "invented fixed-width van handover sheet: van(6) driver(12) unlock(18) note",
     "VAN   DRIVER      UNLOCK            NOTE\nVAN06 {U:<12}" + S + "   chime volume 4\n"),
    ("gelato_lab_batch_pc_colon_second", "file", "invented lab batch-PC list: station:code:operator",
     "# station:code:operator\nBF-2:" + S + ":{U}\n"),
    # ---------------- proto
    ("smtp_auth_plain_initial_response_b64", "proto", "AUTH PLAIN b64(\\0user\\0SECRET) (span is the Base64)",
     "S: 220 smtp.scoopandchurn.example ESMTP\nC: EHLO till-02\nS: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN " + S + "\nS: 235 2.7.0 Authentication successful\n"),
    ("redis_resp_auth_bulk_string", "proto", "RESP *2 $4 AUTH $n SECRET",
     "-> *2\\r\\n$4\\r\\nAUTH\\r\\n${N}\\r\\n" + S + "\\r\\n\n<- +OK\\r\\n\n"),
    ("http_get_query_neutral_second_param", "proto", "GET /login?u=user&k=SECRET",
     "GET /cgi-bin/login.cgi?u={U}&k=" + S + " HTTP/1.1\nHost: 10.20.9.40\nUser-Agent: probe-poller/1.2\n"),
    ("esp_at_cwjap_second_quoted", "proto", "AT+CWJAP=\"ssid\",\"SECRET\"",
     ">> AT+CWMODE=1\n<< OK\n>> AT+CWJAP=\"VanHotspot06\",\"" + S + "\"\n<< WIFI CONNECTED\n<< OK\n"),
    # ---------------- sql
    ("db2_clp_connect_to_user_using", "sql", "CONNECT TO db USER user USING SECRET",
     "db2 => CONNECT TO RECIPES USER {U} USING " + S + "\n   Database Connection Information\n"),
    ("postgres_pgp_sym_encrypt_second_literal", "sql", "pgp_sym_encrypt(data, 'SECRET')",
     "UPDATE suppliers SET iban_enc = pgp_sym_encrypt(iban, '" + S + "') WHERE iban_enc IS NULL;\n"),
    ("sqlcipher_pragma_key_literal", "sql", "PRAGMA key = 'SECRET'",
     "sqlite> PRAGMA key = '" + S + "';\nsqlite> SELECT count(*) FROM recipes;\n212\n"),
    ("mysql_federated_connection_url_userinfo", "sql", "CONNECTION='mysql://user:SECRET@host:3306/db/table'",
     "CREATE TABLE remote_sales (id INT, sku CHAR(12), qty INT)\nENGINE=FEDERATED\nCONNECTION='mysql://{U}:" + S + "@possrv.aurora.internal:3306/pos/sales';\n"),
    ("postgres_pgcrypto_crypt_first_literal", "sql", "crypt('SECRET', gen_salt('bf'))",
     "INSERT INTO staff (login, login_hash) VALUES ('{U}', crypt('" + S + "', gen_salt('bf')));\n"),
    ("oracle_utl_http_set_authentication_third", "sql", "UTL_HTTP.SET_AUTHENTICATION(req, user, SECRET)",
     "BEGIN\n  req := UTL_HTTP.BEGIN_REQUEST('http://10.20.9.3/api/probe');\n  UTL_HTTP.SET_AUTHENTICATION(req, '{U}', '" + S + "');\nEND;\n/\n"),
]

USERS = ["gelato", "labtech", "marco", "giulia", "svc_pints", "tillsync", "vanops", "sara", "haccp", "luca",
         "priya", "backup", "kiosk", "tomas", "chiara", "svc_board"]

B64_SYNTAXES = {"smtp_auth_plain_initial_response_b64"}


def render(template, user, value):
    t = template.replace(S, "\u0001")
    t = t.replace("{U:<12}", "%-12s" % user).replace("{U}", user).replace("{N}", str(len(value)))
    t = t.replace("{{", "{").replace("}}", "}")
    return t.replace("\u0001", value)


def build(registry, next_id):
    rng = random.Random(SEED)
    recs = []
    for name, where, short, tmpl in SYNTAXES:
        user = rng.choice(USERS)
        while True:
            pw = registry.draw(lambda: world_password(rng, strict=True))
            if name in B64_SYNTAXES:
                value = base64.b64encode(("\0" + user + "\0" + pw).encode()).decode()
                if not registry.add(value):
                    continue
            else:
                value = pw
            text = render(tmpl, user, value)
            if text.count(value) == 1 and (value == pw or pw not in text):
                break
        typ = PFX + name
        rec = span_record(next_id(), typ, typ + "__" + SUFFIX[where], text, value, "password")
        recs.append(rec)
    return recs


def inner_password(rec):
    """For Base64 spans return the hidden password, else the value."""
    name = rec["type"][len(PFX):]
    v = rec["secrets"][0]["value"]
    if name in B64_SYNTAXES:
        return base64.b64decode(v).decode().split("\0")[2]
    return v
