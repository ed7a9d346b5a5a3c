"""Password source: passwords passed by position / syntax, without a telling password= key."""
import base64
import random

from common217 import MARK, owner_password, place

SEED = 21703
PFX = "rowpw_"

SUFFIX = {
    "cli": "club_ops_terminal_scrollback",
    "stdin": "boathouse_pi_stdin_pipe",
    "lib": "booking_app_code_excerpt",
    "file": "centre_server_file_listing",
    "proto": "river_lan_traffic_decode",
    "gui": "hire_kiosk_e2e_script",
    "sql": "bookings_db_sql_prompt",
}

USERS = ["coach", "crews", "bookings", "gauge", "boatman", "webmaster", "trips", "kitstore", "evc", "lockkeeper",
         "captain", "hireshop", "flagboard", "quals"]
DOMS = ["riverside-rc.lan", "otterpool-canoes.lan", "ashdown-outdoor.lan", "weirside-boathouse.lan", "tarnbeck-centre.lan"]

V = MARK


def u(r):
    return r.choice(USERS)


def d(r):
    return r.choice(DOMS)


def P(r):
    return "%s@%s:~$ " % (r.choice(["ops", "pi", "admin", "coach"]), r.choice(["boathouse-pi", "centre-srv", "hire-kiosk", "gauge-relay"]))


def b64_pair(user):
    def f(pw):
        return base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()
    return f


# (syntax, kind, description, fn(r) -> template or (template, transform))
S = []


def syn(name, kind, desc):
    def deco(fn):
        S.append((name, kind, desc, fn))
        return fn
    return deco


# ---------------------------------------------------------------- cli
syn("curl_lower_u_colon_pair", "cli", "`curl -u user:pw`")(lambda r: P(r) + "curl -sS -u %s:%s https://bookings.%s/api/export/crews.csv -o crews.csv\n" % (u(r), V, d(r)))
syn("curl_proxy_user_colon_pair", "cli", "`curl --proxy-user user:pw`")(lambda r: P(r) + "curl --proxy-user %s:%s -x http://proxy.%s:3128 https://check-for-flooding.example/station/%d.json\n" % (u(r), V, d(r), r.randint(1000, 9999)))
syn("curl_upload_ftp_url_userinfo", "cli", "`curl -T file ftp://user:pw@host/`")(lambda r: P(r) + "curl -T regatta-results.csv ftp://%s:%s@ftp.%s/results/\n" % (u(r), V, d(r)))
syn("lftp_lower_u_comma_pair", "cli", "`lftp -u user,pw`")(lambda r: P(r) + "lftp -u %s,%s sftp://files.%s -e 'mirror -R outing-logs /upload/logs; quit'\n" % (u(r), V, d(r)))
syn("wget_ftp_url_userinfo", "cli", "`wget ftp://user:pw@host/path`")(lambda r: P(r) + "wget -q ftp://%s:%s@gauges.%s/archive/2026-0%d.csv\n" % (u(r), V, d(r), r.randint(1, 9)))
syn("git_clone_https_userinfo", "cli", "`git clone https://user:pw@host/repo.git`")(lambda r: P(r) + "git clone https://%s:%s@git.%s/club/bookings.git\n" % (u(r), V, d(r)))
syn("mongodump_srv_uri_userinfo", "cli", "`mongodump --uri mongodb+srv://user:pw@…`")(lambda r: P(r) + "mongodump --uri \"mongodb+srv://%s:%s@cluster0.ab%d.mongodb.example/outings\" --out /backup/outings\n" % (u(r), V, r.randint(10, 99)))
syn("ipmitool_capital_p_after_capital_u", "cli", "`ipmitool -U user -P pw`")(lambda r: P(r) + "ipmitool -I lanplus -H 10.20.0.%d -U %s -P %s chassis power status\n" % (r.randint(2, 250), u(r), V))
syn("mosquitto_pub_capital_p_after_lower_u", "cli", "`mosquitto_pub -u user -P pw`")(lambda r: P(r) + "mosquitto_pub -h mqtt.%s -u %s -P %s -t river/gauge/%d/level -m 1.%02d\n" % (d(r), u(r), V, r.randint(1, 6), r.randint(0, 99)))
syn("sqlcmd_capital_p_after_capital_u", "cli", "`sqlcmd -U user -P pw`")(lambda r: P(r) + "sqlcmd -S sql01.%s -U %s -P %s -d Trips -Q \"SELECT COUNT(*) FROM ConsentForms\"\n" % (d(r), u(r), V))
syn("freetds_tsql_capital_p_after_capital_u", "cli", "FreeTDS `tsql -U user -P pw`")(lambda r: P(r) + "tsql -S legacyhire -U %s -P %s\nlocale is \"en_GB.UTF-8\"\n1> \n" % (u(r), V))
syn("unixodbc_isql_third_positional", "cli", "unixODBC `isql DSN user pw`")(lambda r: P(r) + "isql CrewDSN %s %s -v\n+---------------------------------------+\n| Connected!                            |\n" % (u(r), V))
syn("sqlplus_slash_pair_connect_string", "cli", "`sqlplus user/pw@//host/service`")(lambda r: P(r) + "sqlplus -s %s/%s@//db.%s:1521/QUALS @expiring_awards.sql\n" % (u(r), V, d(r)))
syn("mysql_lower_p_glued", "cli", "`mysql -u user -pPW` (value glued to the flag)")(lambda r: P(r) + "mysql -h db.%s -u %s -p%s crewlists < seat_race.sql\n" % (d(r), u(r), V))
syn("podman_login_lower_p_after_lower_u", "cli", "`podman login -u user -p pw`")(lambda r: P(r) + "podman login -u %s -p %s registry.%s\nLogin Succeeded!\n" % (u(r), V, d(r)))
syn("etcdctl_user_flag_colon_pair", "cli", "`etcdctl --user name:pw`")(lambda r: P(r) + "etcdctl --endpoints=https://etcd.%s:2379 --user root:%s get /flags/current\n" % (d(r), V))
syn("ssh_keygen_capital_n_new_phrase", "cli", "`ssh-keygen -N phrase` (new key passphrase)")(lambda r: P(r) + "ssh-keygen -t ed25519 -N %s -C deploy@%s -f ~/.ssh/bookings_deploy\n" % (V, d(r)))
syn("openssl_enc_lower_k_flag", "cli", "`openssl enc -k secret`")(lambda r: P(r) + "openssl enc -aes-256-cbc -pbkdf2 -salt -in medical-notes.csv -out medical-notes.csv.enc -k %s\n" % V)
syn("ccrypt_capital_k_flag", "cli", "`ccrypt -e -K key`")(lambda r: P(r) + "ccrypt -e -K %s trip-medical-2026.xlsx\n" % V)
syn("qpdf_encrypt_second_positional_owner", "cli", "`qpdf --encrypt '' ownerpw 256 --` (second positional)")(lambda r: P(r) + "qpdf --encrypt '' %s 256 -- consent-blank.pdf consent-locked.pdf\n" % V)
syn("htpasswd_batch_third_positional", "cli", "`htpasswd -b file user pw`")(lambda r: P(r) + "sudo htpasswd -b -B /etc/nginx/flagboard.htpasswd flagboard %s\nAdding password for user flagboard\n" % V)
syn("psexec_lower_p_after_lower_u", "cli", "PsExec `-u user -p pw`")(lambda r: "C:\\Tools> PsExec.exe \\\\BOATHOUSE-PC -u CLUB\\%s -p %s cmd /c ipconfig\n" % (u(r), V))
syn("schtasks_slash_rp_after_slash_ru", "cli", "`schtasks /Create … /RU user /RP pw`")(lambda r: "C:\\> schtasks /Create /TN RiverPoll /TR \"C:\\Club\\poll.cmd\" /SC HOURLY /RU CLUB\\%s /RP %s\nSUCCESS: The scheduled task \"RiverPoll\" has successfully been created.\n" % (u(r), V))
syn("smbmap_lower_p_after_lower_u", "cli", "`smbmap -u user -p pw`")(lambda r: P(r) + "smbmap -H nas.%s -u %s -p %s -r Consent\n" % (d(r), u(r), V))
syn("ncftpput_lower_p_after_lower_u", "cli", "`ncftpput -u user -p pw`")(lambda r: P(r) + "ncftpput -u %s -p %s ftp.%s /results regatta-day%d.csv\n" % (u(r), V, d(r), r.randint(1, 3)))
syn("ffmpeg_icecast_url_userinfo", "cli", "`ffmpeg … icecast://source:pw@host/mount`")(lambda r: P(r) + "ffmpeg -re -i finish-line-cam.mp4 -c:a libmp3lame -f mp3 icecast://source:%s@stream.%s:8000/regatta\n" % (V, d(r)))
syn("nats_cli_server_url_userinfo", "cli", "`nats --server nats://user:pw@host`")(lambda r: P(r) + "nats --server nats://%s:%s@nats.%s:4222 pub flags.board AMBER\n" % (u(r), V, d(r)))
syn("rclone_obscure_first_positional", "cli", "`rclone obscure pw`")(lambda r: P(r) + "rclone obscure %s | xclip -selection clipboard\n" % V)
syn("windows_net_use_positional_before_user_flag", "cli", "`net use \\\\host\\share pw /user:name`")(lambda r: "C:\\> net use Z: \\\\NAS01\\Consent %s /user:CLUB\\%s /persistent:no\nThe command completed successfully.\n" % (V, u(r)))
syn("govc_lower_u_url_userinfo", "cli", "`govc … -u 'user:pw@host'`")(lambda r: P(r) + "govc vm.info -u '%s@vsphere.local:%s@vcenter.%s' -k gauge-relay-01\n" % (u(r), V, d(r)))
syn("wpa_passphrase_second_positional", "cli", "`wpa_passphrase SSID pw`")(lambda r: P(r) + "wpa_passphrase Boathouse-IoT %s | sudo tee -a /etc/wpa_supplicant/wpa_supplicant.conf\n" % V)
syn("kadmin_lower_w_after_lower_p", "cli", "`kadmin -p principal -w pw`")(lambda r: P(r) + "kadmin -p admin/admin@ASHDOWN.LAN -w %s -q 'listprincs coach*'\n" % V)
syn("smbcacls_capital_u_percent_pair", "cli", "`smbcacls -U 'DOM\\user%pw'`")(lambda r: P(r) + "smbcacls //nas.%s/Consent /forms -U 'CLUB\\%s%%%s'\n" % (d(r), u(r), V))
syn("pg_isready_dbname_uri_userinfo", "cli", "`pg_isready -d postgresql://user:pw@host/db`")(lambda r: P(r) + "pg_isready -d \"postgresql://%s:%s@db.%s:5432/outings\"\n" % (u(r), V, d(r)))
syn("rabbitmqadmin_lower_p_after_lower_u", "cli", "`rabbitmqadmin -u user -p pw`")(lambda r: P(r) + "rabbitmqadmin -H mq.%s -u %s -p %s list queues\n" % (d(r), u(r), V))

# ---------------------------------------------------------------- stdin
syn("kinit_principal_stdin_echo", "stdin", "`echo pw | kinit principal`")(lambda r: P(r) + "echo '%s' | kinit %s@ASHDOWN.LAN\n" % (V, u(r)))
syn("docker_secret_create_stdin_dash", "stdin", "`printf pw | docker secret create name -`")(lambda r: P(r) + "printf '%%s' '%s' | docker secret create crewdb_v%d -\n" % (V, r.randint(2, 9)))
syn("zfs_load_key_stdin_echo", "stdin", "`echo pw | zfs load-key dataset`")(lambda r: P(r) + "echo '%s' | sudo zfs load-key tank/consent\n" % V)
syn("gcloud_secrets_versions_add_data_file_dash", "stdin", "`echo -n pw | gcloud secrets versions add name --data-file=-`")(lambda r: P(r) + "echo -n '%s' | gcloud secrets versions add crewdb --data-file=-\n" % V)
syn("systemd_creds_encrypt_stdin_dash", "stdin", "`echo -n pw | systemd-creds encrypt --name=x - out`")(lambda r: P(r) + "echo -n '%s' | sudo systemd-creds encrypt --name=crewdb - /etc/credstore.encrypted/crewdb\n" % V)
syn("gopass_insert_force_stdin_echo", "stdin", "`echo pw | gopass insert -f path`")(lambda r: P(r) + "echo '%s' | gopass insert -f club/bookings/admin\n" % V)
syn("ldapwhoami_lower_y_dev_stdin", "stdin", "`printf pw | ldapwhoami -y /dev/stdin`")(lambda r: P(r) + "printf '%%s' '%s' | ldapwhoami -x -H ldaps://ldap.%s -D uid=%s,ou=staff,dc=ashdown,dc=lan -y /dev/stdin\n" % (V, d(r), u(r)))
syn("ansible_vault_encrypt_string_stdin_name", "stdin", "`echo -n pw | ansible-vault encrypt_string --stdin-name var`")(lambda r: P(r) + "echo -n '%s' | ansible-vault encrypt_string --vault-password-file ~/.vault_key --stdin-name crew_db\n" % V)
syn("podman_secret_create_stdin_dash", "stdin", "`printf pw | podman secret create name -`")(lambda r: P(r) + "printf '%%s' '%s' | podman secret create flagboard_console -\n" % V)

# ---------------------------------------------------------------- lib
syn("python_mysqldb_connect_third_positional", "lib", "`MySQLdb.connect(host, user, pw, db)`")(lambda r: "import MySQLdb\n\ndb = MySQLdb.connect(\"db.%s\", \"%s\", \"%s\", \"crewlists\")\n" % (d(r), u(r), V))
syn("python_ftplib_login_second", "lib", "`ftplib.FTP.login(user, pw)`")(lambda r: "from ftplib import FTP_TLS\n\nftp = FTP_TLS(\"ftp.%s\")\nftp.login(\"%s\", \"%s\")\nftp.prot_p()\n" % (d(r), u(r), V))
syn("python_smtplib_login_second", "lib", "`smtplib.SMTP.login(user, pw)`")(lambda r: "with smtplib.SMTP(\"smtp.%s\", 587) as s:\n    s.starttls()\n    s.login(\"%s@%s\", \"%s\")\n    s.send_message(msg)\n" % (d(r), u(r), d(r), V))
syn("python_httpx_basicauth_second", "lib", "`httpx.BasicAuth(user, pw)`")(lambda r: "auth = httpx.BasicAuth(\"%s\", \"%s\")\nr = httpx.get(\"https://gauges.%s/api/latest\", auth=auth)\n" % (u(r), V, d(r)))
syn("python_aiohttp_basicauth_second", "lib", "`aiohttp.BasicAuth(login, pw)`")(lambda r: "auth = aiohttp.BasicAuth(\"%s\", \"%s\")\nasync with aiohttp.ClientSession(auth=auth) as s:\n    ...\n" % (u(r), V))
syn("python_pika_plaincredentials_second", "lib", "`pika.PlainCredentials(user, pw)`")(lambda r: "creds = pika.PlainCredentials(\"%s\", \"%s\")\nparams = pika.ConnectionParameters(\"mq.%s\", 5672, \"/\", creds)\n" % (u(r), V, d(r)))
syn("python_ldap_simple_bind_s_second", "lib", "python-ldap `simple_bind_s(dn, pw)`")(lambda r: "conn = ldap.initialize(\"ldaps://ldap.%s\")\nconn.simple_bind_s(\"uid=%s,ou=staff,dc=ashdown,dc=lan\", \"%s\")\n" % (d(r), u(r), V))
syn("python_hmac_new_first_bytes", "lib", "`hmac.new(b'key', msg, sha256)`")(lambda r: "def sign(body: bytes) -> str:\n    return hmac.new(b\"%s\", body, hashlib.sha256).hexdigest()\n" % V)
syn("python_oracledb_connect_slash_string", "lib", "`oracledb.connect('user/pw@host/service')`")(lambda r: "conn = oracledb.connect(\"%s/%s@db.%s/QUALS\")\n" % (u(r), V, d(r)))
syn("python_pywinrm_session_auth_tuple_second", "lib", "`winrm.Session(host, auth=(user, pw))`")(lambda r: "s = winrm.Session(\"boathouse-pc.%s\", auth=(\"%s\", \"%s\"), transport=\"ntlm\")\n" % (d(r), u(r), V))
syn("node_mysql2_connection_uri_userinfo", "lib", "mysql2 `createConnection('mysql://user:pw@host/db')`")(lambda r: "const conn = await mysql.createConnection('mysql://%s:%s@db.%s/crewlists');\n" % (u(r), V, d(r)))
syn("node_crypto_pbkdf2sync_first", "lib", "`crypto.pbkdf2Sync(pw, salt, …)`")(lambda r: "const key = crypto.pbkdf2Sync('%s', salt, 600000, 32, 'sha256');\n" % V)
syn("node_bcrypt_hashsync_first", "lib", "`bcrypt.hashSync(pw, rounds)` seeding an account")(lambda r: "// seed.js – first admin of the hire site\nconst hash = bcrypt.hashSync('%s', 12);\nawait db.users.insert({ name: '%s', hash });\n" % (V, u(r)))
syn("node_mqtt_connect_url_userinfo", "lib", "`mqtt.connect('mqtts://user:pw@host')`")(lambda r: "const client = mqtt.connect('mqtts://%s:%s@mqtt.%s:8883');\n" % (u(r), V, d(r)))
syn("node_cryptojs_aes_encrypt_second", "lib", "`CryptoJS.AES.encrypt(text, passphrase)`")(lambda r: "const blob = CryptoJS.AES.encrypt(JSON.stringify(form), '%s').toString();\n" % V)
syn("java_drivermanager_getconnection_third", "lib", "`DriverManager.getConnection(url, user, pw)`")(lambda r: "Connection c = DriverManager.getConnection(\"jdbc:postgresql://db.%s/outings\", \"%s\", \"%s\");\n" % (d(r), u(r), V))
syn("java_keystore_load_second_chararray", "lib", "`KeyStore.load(in, \"pw\".toCharArray())`")(lambda r: "KeyStore ks = KeyStore.getInstance(\"PKCS12\");\nks.load(new FileInputStream(\"consent-signing.p12\"), \"%s\".toCharArray());\n" % V)
syn("csharp_networkcredential_ctor_second", "lib", "`new NetworkCredential(user, pw)`")(lambda r: "var smtp = new SmtpClient(\"smtp.%s\") { Credentials = new NetworkCredential(\"%s\", \"%s\") };\n" % (d(r), u(r), V))
syn("csharp_x509certificate2_ctor_second", "lib", "`new X509Certificate2(path, pw)`")(lambda r: "var cert = new X509Certificate2(\"consent-signing.pfx\", \"%s\");\n" % V)
syn("go_sql_open_mysql_dsn_colon_pair", "lib", "Go `sql.Open(\"mysql\", \"user:pw@tcp(host)/db\")`")(lambda r: "db, err := sql.Open(\"mysql\", \"%s:%s@tcp(db.%s:3306)/crewlists?parseTime=true\")\n" % (u(r), V, d(r)))
syn("go_http_setbasicauth_second", "lib", "Go `req.SetBasicAuth(user, pw)`")(lambda r: "req, _ := http.NewRequest(\"GET\", \"https://gauges.%s/api/latest\", nil)\nreq.SetBasicAuth(\"%s\", \"%s\")\n" % (d(r), u(r), V))
syn("go_hmac_new_second_byteslice", "lib", "Go `hmac.New(sha256.New, []byte(\"key\"))`")(lambda r: "mac := hmac.New(sha256.New, []byte(\"%s\"))\nmac.Write(body)\n" % V)
syn("rust_reqwest_basic_auth_some_second", "lib", "reqwest `.basic_auth(user, Some(pw))`")(lambda r: "let resp = client.get(\"https://gauges.%s/api/latest\")\n    .basic_auth(\"%s\", Some(\"%s\"))\n    .send().await?;\n" % (d(r), u(r), V))
syn("ruby_net_http_basic_auth_second", "lib", "Ruby `req.basic_auth(user, pw)`")(lambda r: "req = Net::HTTP::Get.new(uri)\nreq.basic_auth(\"%s\", \"%s\")\n" % (u(r), V))
syn("ruby_net_ftp_open_third", "lib", "Ruby `Net::FTP.open(host, user, pw)`")(lambda r: "Net::FTP.open(\"ftp.%s\", \"%s\", \"%s\") do |ftp|\n  ftp.putbinaryfile(\"results.csv\")\nend\n" % (d(r), u(r), V))
syn("ruby_sequel_connect_url_userinfo", "lib", "`Sequel.connect('postgres://user:pw@host/db')`")(lambda r: "DB = Sequel.connect(\"postgres://%s:%s@db.%s/outings\")\n" % (u(r), V, d(r)))
syn("php_mysqli_connect_third", "lib", "PHP `mysqli_connect(host, user, pw, db)`")(lambda r: "<?php\n$link = mysqli_connect('db.%s', '%s', '%s', 'crewlists');\n" % (d(r), u(r), V))
syn("php_ftp_login_third", "lib", "PHP `ftp_login($conn, user, pw)`")(lambda r: "<?php\n$c = ftp_ssl_connect('ftp.%s');\nftp_login($c, '%s', '%s');\n" % (d(r), u(r), V))
syn("php_openssl_encrypt_third", "lib", "PHP `openssl_encrypt($data, cipher, passphrase, …)`")(lambda r: "<?php\n$enc = openssl_encrypt($medical, 'aes-256-cbc', '%s', 0, $iv);\n" % V)
syn("perl_dbi_connect_third", "lib", "Perl `DBI->connect($dsn, user, pw)`")(lambda r: "my $dbh = DBI->connect('dbi:Pg:dbname=outings;host=db.%s', '%s', '%s', { RaiseError => 1 });\n" % (d(r), u(r), V))
syn("perl_net_ftp_login_second", "lib", "Perl `$ftp->login(user, pw)`")(lambda r: "my $ftp = Net::FTP->new('ftp.%s') or die;\n$ftp->login('%s', '%s') or die $ftp->message;\n" % (d(r), u(r), V))
syn("dart_httpclientbasiccredentials_second", "lib", "Dart `HttpClientBasicCredentials(user, pw)`")(lambda r: "client.addCredentials(Uri.parse('https://gauges.%s/'), 'gauges', HttpClientBasicCredentials('%s', '%s'));\n" % (d(r), u(r), V))
syn("arduino_wifi_begin_second", "lib", "Arduino `WiFi.begin(ssid, pw)`")(lambda r: "void setup() {\n  WiFi.begin(\"Boathouse-IoT\", \"%s\");\n  while (WiFi.status() != WL_CONNECTED) delay(500);\n}\n" % V)
syn("arduino_pubsubclient_connect_third", "lib", "PubSubClient `connect(id, user, pw)`")(lambda r: "if (mqtt.connect(\"gauge-%02d\", \"%s\", \"%s\")) {\n  mqtt.publish(\"river/level\", buf);\n}\n" % (r.randint(1, 20), u(r), V))
syn("micropython_wlan_connect_second", "lib", "MicroPython `wlan.connect(ssid, pw)`")(lambda r: "wlan = network.WLAN(network.STA_IF)\nwlan.active(True)\nwlan.connect(\"Boathouse-IoT\", \"%s\")\n" % V)
syn("c_mysql_real_connect_fourth", "lib", "C `mysql_real_connect(conn, host, user, pw, db, …)`")(lambda r: "if (!mysql_real_connect(conn, \"db.%s\", \"%s\", \"%s\", \"crewlists\", 0, NULL, 0))\n    die(conn);\n" % (d(r), u(r), V))
syn("c_sqlcipher_sqlite3_key_second", "lib", "SQLCipher C API `sqlite3_key(db, key, len)`")(lambda r: ("sqlite3_open(\"kitcheck.db\", &db);\nsqlite3_key(db, \"%s\", %%d);\n" % V, "len"))
syn("powershell_convertto_securestring_first", "lib", "PowerShell `ConvertTo-SecureString 'pw' -AsPlainText -Force`")(lambda r: "$ss = ConvertTo-SecureString '%s' -AsPlainText -Force\n$cred = New-Object PSCredential('CLUB\\%s', $ss)\n" % (V, u(r)))

# ---------------------------------------------------------------- file
syn("ppp_chap_secrets_third_column", "file", "`/etc/ppp/chap-secrets` third column")(lambda r: "# /etc/ppp/chap-secrets\n# client\tserver\tsecret\t\tIP addresses\n\"gauge-%02d\"\t*\t\"%s\"\t*\n" % (r.randint(1, 9), V))
syn("ipsec_secrets_psk_quoted", "file", "`/etc/ipsec.secrets` `: PSK \"…\"`")(lambda r: "# /etc/ipsec.secrets – boathouse <-> centre tunnel\n10.20.0.1 198.51.100.%d : PSK \"%s\"\n" % (r.randint(2, 250), V))
syn("davfs2_secrets_third_token", "file", "`/etc/davfs2/secrets` `url user pw`")(lambda r: "# /etc/davfs2/secrets\nhttps://dav.%s/consent  %s  %s\n" % (d(r), u(r), V))
syn("chrony_keys_third_token", "file", "`/etc/chrony.keys` `id type key`")(lambda r: "# /etc/chrony.keys – timing gate NTP auth\n%d SHA256 %s\n" % (r.randint(1, 20), V))
syn("exim_passwd_client_third_colon_field", "file", "`/etc/exim4/passwd.client` `host:user:pw`")(lambda r: "# /etc/exim4/passwd.client\n*.smtp.%s:%s:%s\n" % (d(r), u(r), V))
syn("pgbouncer_userlist_second_quoted", "file", "pgbouncer `userlist.txt` `\"user\" \"pw\"`")(lambda r: "; /etc/pgbouncer/userlist.txt\n\"%s\" \"%s\"\n" % (u(r), V))
syn("mosquitto_passwd_plain_colon_pair", "file", "Mosquitto password file before `mosquitto_passwd -U`")(lambda r: "# /etc/mosquitto/passwd (run mosquitto_passwd -U on it!)\n%s:%s\n" % (u(r), V))
syn("proxychains_conf_fifth_token", "file", "`proxychains.conf` `socks5 host port user pw`")(lambda r: "[ProxyList]\nsocks5 10.20.0.%d 1080 %s %s\n" % (r.randint(2, 250), u(r), V))
syn("rsyncd_secrets_user_colon_pair", "file", "server-side `/etc/rsyncd.secrets` `user:pw`")(lambda r: "# /etc/rsyncd.secrets (mode 600)\n%s:%s\n" % (u(r), V))
syn("crew_sheet_csv_fifth_column", "file", "invented crew sheet CSV, fifth column `erg_portal`")(lambda r: "boat,seat,rower,side,erg_portal\nM1,%d,%s,%s,%s\n" % (r.randint(1, 8), r.choice(["J. Patel", "R. Owen", "K. Li", "S. Byrne"]), r.choice(["bow", "stroke"]), V))
syn("boathouse_keypad_pipe_second_field", "file", "invented boathouse door export `door|code|from|to`")(lambda r: "door|console|valid_from|valid_to\nBH-MAIN|%s|2026-04-01|2026-09-30\n" % V)
syn("hire_kiosk_accounts_tsv_fourth_column", "file", "invented hire-kiosk TSV, fourth column `till`")(lambda r: "kiosk\tsite\tstaff\ttill\nK%d\tweir\t%s\t%s\n" % (r.randint(1, 6), u(r), V))
syn("instructor_roster_fixed_width_cols_33_to_52", "file", "invented instructor roster, fixed width, value in columns 33–52")(lambda r: ("NAME                AWARD       " + V + "\n", "fixed"))
syn("trip_leaders_semicolon_third_field", "file", "invented trip-leader list `school;leader;portal;phone`")(lambda r: "school;leader;portal;phone\nSt Aidan's;Mrs Okafor;%s;07700 900%03d\n" % (V, r.randrange(1000)))
syn("lock_keepers_json_array_third_element", "file", "invented lock-keeper JSON rows `[name, lock, unlock]`")(lambda r: "[\n  [\"%s\", \"Lock %d\", \"%s\"]\n]\n" % (u(r), r.randint(1, 40), V))

# ---------------------------------------------------------------- proto
syn("http_basic_authorization_header_b64", "proto", "HTTP `Authorization: Basic base64(user:pw)` (span is the Base64 token)")(lambda r: ("GET /api/latest HTTP/1.1\r\nHost: gauges.%s\r\nAuthorization: Basic %s\r\nAccept: application/json\r\n" % (d(r), V), "b64"))
syn("http_proxy_authorization_basic_b64", "proto", "HTTP `Proxy-Authorization: Basic base64(user:pw)` (span is the Base64 token)")(lambda r: ("CONNECT environment.example:443 HTTP/1.1\r\nHost: environment.example:443\r\nProxy-Authorization: Basic %s\r\n" % V, "b64"))
syn("amqp_start_ok_plain_response_nul_pair", "proto", "AMQP `Connection.Start-Ok` PLAIN response `\\000user\\000pw` as shown by a decoder")(lambda r: "AMQP Connection.Start-Ok\n    Mechanism: PLAIN\n    Response: \\000%s\\000%s\n    Locale: en_US\n" % (u(r), V))
syn("at_cgauth_fourth_quoted", "proto", "3GPP `AT+CGAUTH=cid,prot,\"user\",\"pw\"` on a gauge modem")(lambda r: ">> AT+CGDCONT=1,\"IP\",\"gauge.m2m\"\r\n<< OK\r\n>> AT+CGAUTH=1,1,\"gauge%02d\",\"%s\"\r\n<< OK\r\n" % (r.randint(1, 20), V))
syn("ntrip_v1_source_request_second_token", "proto", "NTRIP v1 server `SOURCE pw /mount`")(lambda r: "SOURCE %s /RIVERBASE%d\r\nSource-Agent: NTRIP RTKLIB/2.4.3\r\nSTR: \r\n" % (V, r.randint(1, 9)))

# ---------------------------------------------------------------- gui
syn("webdriverio_setvalue_single", "gui", "WebdriverIO `$('#f2').setValue(pw)`")(lambda r: "await $('#f1').setValue('%s');\nawait $('#f2').setValue('%s');\nawait $('button[type=submit]').click();\n" % (u(r), V))
syn("robot_framework_input_text_second_cell", "gui", "Robot Framework `Input Text    locator    value`")(lambda r: "*** Test Cases ***\nStaff Login\n    Input Text    id:f1    %s\n    Input Text    id:f2    %s\n    Click Button    Sign in\n" % (u(r), V))
syn("espresso_typetext_single", "gui", "Espresso `typeText(pw)`")(lambda r: "onView(withId(R.id.f1)).perform(typeText(\"%s\"))\nonView(withId(R.id.f2)).perform(typeText(\"%s\"), closeSoftKeyboard())\n" % (u(r), V))
syn("xcuitest_typetext_single", "gui", "XCUITest `typeText(pw)`")(lambda r: "let field = app.secureTextFields[\"f2\"]\nfield.tap()\nfield.typeText(\"%s\")\n" % V)
syn("detox_typetext_single", "gui", "Detox `element(by.id('f2')).typeText(pw)`")(lambda r: "await element(by.id('f1')).typeText('%s');\nawait element(by.id('f2')).typeText('%s');\n" % (u(r), V))
syn("maestro_flow_inputtext_value", "gui", "Maestro flow `- inputText:` after tapping the second field")(lambda r: "appId: club.kitcheck\n---\n- tapOn:\n    id: \"f1\"\n- inputText: \"%s\"\n- tapOn:\n    id: \"f2\"\n- inputText: \"%s\"\n" % (u(r), V))
syn("sikulix_type_single", "gui", "SikuliX `type(text)` after clicking an image")(lambda r: "click(\"field_2.png\")\ntype(\"%s\")\ntype(Key.ENTER)\n" % V)
syn("winforms_sendkeys_sendwait_single", "gui", "`[System.Windows.Forms.SendKeys]::SendWait(pw)`")(lambda r: "$wshell.AppActivate('Hire Till')\nStart-Sleep -Milliseconds 400\n[System.Windows.Forms.SendKeys]::SendWait('%s{ENTER}')\n" % V)
syn("wtype_single_positional", "gui", "Wayland `wtype text`")(lambda r: "sleep 2 && wtype %s && wtype -k Return\n" % V)
syn("expect_send_after_prompt_match", "gui", "expect script `send \"pw\\r\"` after a prompt match")(lambda r: "spawn ssh %s@flagboard.%s\nexpect \"assword:\"\nsend \"%s\\r\"\ninteract\n" % (u(r), d(r), V))
syn("nightwatch_setvalue_second", "gui", "Nightwatch `.setValue(selector, pw)`")(lambda r: "browser\n  .setValue('#f1', '%s')\n  .setValue('#f2', '%s')\n  .click('button[type=submit]');\n" % (u(r), V))

# ---------------------------------------------------------------- sql
syn("mssql_openrowset_third_quoted", "sql", "T-SQL `OPENROWSET('SQLNCLI', 'server';'user';'pw', …)`")(lambda r: "1> SELECT * FROM OPENROWSET('SQLNCLI', 'hire-old';'%s';'%s', 'SELECT * FROM Hire.dbo.Boats');\n2> GO\n" % (u(r), V))
syn("sqlcipher_pragma_key_literal", "sql", "SQLCipher `PRAGMA key = '…'`")(lambda r: "sqlite> PRAGMA key = '%s';\nok\nsqlite> SELECT count(*) FROM kit_checks;\n" % V)
syn("sqlcipher_attach_database_key_literal", "sql", "SQLCipher `ATTACH DATABASE … KEY '…'`")(lambda r: "sqlite> ATTACH DATABASE 'archive-2025.db' AS arc KEY '%s';\n" % V)
syn("clickhouse_create_user_identified_with_by", "sql", "ClickHouse `CREATE USER … IDENTIFIED WITH sha256_password BY '…'`")(lambda r: ":) CREATE USER %s IDENTIFIED WITH sha256_password BY '%s';\n" % (u(r), V))
syn("db2_connect_user_using", "sql", "Db2 `CONNECT TO db USER u USING pw`")(lambda r: "db2 => CONNECT TO QUALS USER %s USING %s\n   Database Connection Information\n" % (u(r), V))
syn("mssql_create_credential_secret_literal", "sql", "T-SQL `CREATE CREDENTIAL … WITH IDENTITY = 'u', SECRET = '…'`")(lambda r: "1> CREATE CREDENTIAL NasBackup WITH IDENTITY = 'CLUB\\%s', SECRET = '%s';\n2> GO\n" % (u(r), V))


def generate(reg, hidden):
    rng = random.Random(SEED)
    recs = []
    for name, kind, desc, fn in S:
        pw = reg.draw(lambda: owner_password(rng, strict=True))
        out = fn(rng)
        mode = None
        if isinstance(out, tuple):
            tmpl, mode = out
        else:
            tmpl = out
        value = pw
        if mode == "b64":
            user = rng.choice(USERS)
            value = base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()
            reg.add(value)
            hidden.append(pw)
        elif mode == "len":
            tmpl = tmpl.replace("%d", str(len(pw)))
        elif mode == "fixed":
            # value occupies columns 33-52 (1-based), padded to 20
            tmpl = "NAME                AWARD       PORTAL\n" + "%-20s%-12s%s\n" % (rng.choice(["R. Owen", "K. Li", "A. Moss", "T. Hale"]), rng.choice(["L2 Coach", "SUP L1", "Kayak L3"]), MARK + " " * (20 - len(pw))) + "end of roster\n"
        text, s, e = place(tmpl, value)
        recs.append((PFX + name, PFX + name + "__" + SUFFIX[kind], text, s, e))
    return recs
