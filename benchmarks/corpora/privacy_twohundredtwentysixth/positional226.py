"""Password source: passwords passed by position, without a telling password= key."""
import base64
import random

from common226 import MARK, LOWER, DIGITS, owner_password, rs, place

SEED = 22603
PREFIX = "astropw_"
SUFFIX = {
    "cli": "observatory_ops_terminal_capture",
    "stdin": "dome_pi_stdin_pipe",
    "lib": "society_app_code_excerpt",
    "file": "observatory_server_file_listing",
    "proto": "observatory_lan_packet_decode",
    "gui": "planetarium_kiosk_ui_script",
    "sql": "membership_db_sql_console",
}

# (syntax, group, what it is, template, kind)   kind: pw | b64_colon | b64_plain | fixed
S = [
    # ---------------- cli
    ("smbclient_capital_u_percent_pair", "cli", "`smbclient //host/share -U user%secret`",
     "$ smbclient //%(h)s/fits -U %(u)s%%%(v)s -c 'ls'\n", "pw"),
    ("rdesktop_lower_p_after_lower_u", "cli", "`rdesktop -u user -p secret host`",
     "$ rdesktop -u %(u)s -p %(v)s -g 1600x900 %(h)s\n", "pw"),
    ("xfreerdp_slash_p_colon_value", "cli", "`xfreerdp /v:host /u:user /p:secret`",
     "$ xfreerdp /v:%(h)s /u:%(u)s /p:%(v)s /dynamic-resolution +clipboard\n", "pw"),
    ("sshpass_lower_p_inline_argument", "cli", "`sshpass -p secret ssh user@host`",
     "$ sshpass -p '%(v)s' ssh %(u)s@%(h)s 'sudo systemctl restart indiserver'\n", "pw"),
    ("curl_lower_u_user_colon_pair", "cli", "`curl -u user:secret URL`",
     "$ curl -s -u %(u)s:%(v)s https://%(h)s/api/roof/status | jq .state\n", "pw"),
    ("hg_clone_https_url_userinfo", "cli", "`hg clone https://user:secret@host/repo`",
     "$ hg clone https://%(u)s:%(v)s@hg.%(dom)s/obs-scripts\n", "pw"),
    ("docker_login_lower_p_after_lower_u", "cli", "`docker login -u user -p secret registry`",
     "$ docker login -u %(u)s -p %(v)s registry.%(dom)s\nWARNING! Using --password via the CLI is insecure.\nLogin Succeeded\n", "pw"),
    ("zip_capital_p_encrypt_flag", "cli", "`zip -P secret -r out.zip dir`",
     "$ zip -P %(v)s -r darks-2025-02.zip darks/\n  adding: darks/ (stored 0%%)\n", "pw"),
    ("sevenzip_add_glued_lower_p", "cli", "`7z a -pSECRET -mhe=on out.7z dir` (value glued to `-p`)",
     "$ 7z a -p%(v)s -mhe=on members-2025.7z exports/\n", "pw"),
    ("mongosh_lower_p_after_lower_u", "cli", "`mongosh URI -u user -p secret`",
     "$ mongosh \"mongodb://%(h)s:27017/observations\" -u %(u)s -p %(v)s --quiet\n", "pw"),
    ("snmpwalk_lower_c_community_string", "cli", "`snmpwalk -v2c -c COMMUNITY host OID`",
     "$ snmpwalk -v2c -c %(v)s %(ip)s 1.3.6.1.4.1.318.1.1.1\n", "pw"),
    ("snmpget_v3_capital_a_auth_phrase", "cli", "`snmpget -v3 -u user -a SHA -A secret host OID`",
     "$ snmpget -v3 -l authNoPriv -u %(u)s -a SHA -A %(v)s %(ip)s sysUpTime.0\n", "pw"),
    ("ldapsearch_lower_w_after_capital_d", "cli", "`ldapsearch -x -D binddn -w secret`",
     "$ ldapsearch -x -H ldap://%(h)s -D \"uid=%(u)s,ou=people,dc=darkskies\" -w %(v)s \"(memberOf=cn=observers)\"\n", "pw"),
    ("isql_unixodbc_third_positional", "cli", "unixODBC `isql DSN user secret`",
     "$ isql -v ObsArchive %(u)s %(v)s\n+---------------------------------------+\n| Connected!                            |\n", "pw"),
    ("amqp_publish_url_userinfo", "cli", "`amqp-publish --url=amqp://user:secret@host`",
     "$ amqp-publish --url=amqp://%(u)s:%(v)s@%(h)s:5672/ -r frames -b 'frame 0042 ready'\n", "pw"),
    ("rclone_obscure_single_positional", "cli", "`rclone obscure SECRET`",
     "$ rclone obscure %(v)s\n" + "Xr9%(junk)s\n", "pw"),
    ("restic_rest_repo_url_userinfo", "cli", "`restic -r rest:https://user:secret@host/repo backup`",
     "$ restic -r rest:https://%(u)s:%(v)s@%(h)s:8000/fits backup /data/fits\n", "pw"),
    ("lynx_auth_option_colon_pair", "cli", "`lynx -auth=user:secret URL`",
     "$ lynx -dump -auth=%(u)s:%(v)s https://%(h)s/admin/queue\n", "pw"),
    ("apachebench_capital_a_colon_pair", "cli", "ApacheBench `ab -A user:secret URL`",
     "$ ab -n 200 -c 10 -A %(u)s:%(v)s https://%(h)s/schedule/\n", "pw"),
    ("httpie_lower_a_colon_pair", "cli", "HTTPie `http -a user:secret GET URL`",
     "$ http -a %(u)s:%(v)s GET https://%(h)s/api/bookings?night=2025-03-01\n", "pw"),
    ("qpdf_encrypt_owner_second_positional", "cli", "`qpdf --encrypt \"\" SECRET 256 -- in out` (empty user, owner second)",
     "$ qpdf --encrypt \"\" %(v)s 256 -- handbook.pdf handbook-locked.pdf\n", "pw"),
    ("cvlc_rtsp_url_userinfo", "cli", "`cvlc rtsp://user:secret@camera/stream`",
     "$ cvlc rtsp://%(u)s:%(v)s@%(ip)s:554/stream1 --sout file/ts:meteor.ts\n", "pw"),
    ("winscp_open_command_url_userinfo", "cli", "`winscp.com /command \"open sftp://user:secret@host/\"`",
     "C:\\Astro> winscp.com /command \"open sftp://%(u)s:%(v)s@%(h)s/\" \"put C:\\Astro\\lights\\*.fits /data/\" \"exit\"\n", "pw"),
    ("net_user_add_second_positional", "cli", "Windows `net user NAME SECRET /add`",
     "C:\\> net user %(u)s %(v)s /add\nThe command completed successfully.\n", "pw"),
    ("twine_upload_lower_p_after_lower_u", "cli", "`twine upload --repository-url URL -u user -p secret dist/*`",
     "$ twine upload --repository-url https://pypi.%(dom)s/ -u %(u)s -p %(v)s dist/*\n", "pw"),
    ("impacket_target_domain_user_colon_at", "cli", "impacket `DOMAIN/user:secret@host`",
     "$ impacket-smbclient DARKSKIES/%(u)s:%(v)s@%(ip)s\n", "pw"),
    ("ncat_proxy_auth_colon_pair", "cli", "`ncat --proxy host:port --proxy-auth user:secret target port`",
     "$ ncat --proxy %(ip)s:3128 --proxy-auth %(u)s:%(v)s %(h)s 443\n", "pw"),
    ("beeline_lower_p_after_lower_n", "cli", "Hive `beeline -u jdbc:hive2://… -n user -p secret`",
     "$ beeline -u jdbc:hive2://%(h)s:10000/obs -n %(u)s -p %(v)s\n", "pw"),
    ("bitwarden_bw_unlock_first_positional", "cli", "Bitwarden CLI `bw unlock SECRET --raw`",
     "$ export BW_SESSION=$(bw unlock %(v)s --raw)\n", "pw"),
    ("openssl_dgst_lower_hmac_flag", "cli", "`openssl dgst -sha256 -hmac KEY file`",
     "$ openssl dgst -sha256 -hmac %(v)s frame-0042.fits\n", "pw"),
    ("mysqlsh_uri_user_colon_at_host", "cli", "MySQL Shell `mysqlsh --uri user:secret@host:3306`",
     "$ mysqlsh --uri %(u)s:%(v)s@%(h)s:3306 --sql\n", "pw"),
    ("ssh_keygen_capital_p_old_phrase", "cli", "`ssh-keygen -p -f key -P OLD -N ''` (old phrase)",
     "$ ssh-keygen -p -f ~/.ssh/id_ed25519 -P %(v)s -N ''\nYour identification has been saved with the new passphrase.\n", "pw"),
    # ---------------- stdin
    ("cryptsetup_open_key_file_dash", "stdin", "`printf '%s' SECRET | cryptsetup open --key-file=- dev name`",
     "$ printf '%%s' '%(v)s' | sudo cryptsetup open --key-file=- /dev/sda3 fitsvault\n", "pw"),
    ("keepassxc_cli_ls_stdin_echo", "stdin", "`echo SECRET | keepassxc-cli ls db.kdbx`",
     "$ echo '%(v)s' | keepassxc-cli ls society.kdbx\nEnter password to unlock society.kdbx:\nObservatory/\nShop/\n", "pw"),
    ("lastpass_lpass_login_pinentry_off", "stdin", "`echo SECRET | LPASS_DISABLE_PINENTRY=1 lpass login user`",
     "$ echo '%(v)s' | LPASS_DISABLE_PINENTRY=1 lpass login %(u)s@%(dom)s\n", "pw"),
    ("ftp_client_heredoc_user_command_second", "stdin", "`ftp -n host <<EOF` with `user NAME SECRET`",
     "$ ftp -n %(h)s <<EOF\nuser %(u)s %(v)s\nbinary\nput allsky-latest.jpg\nbye\nEOF\n", "pw"),
    ("nmcli_ask_wifi_connect_stdin", "stdin", "`echo SECRET | nmcli --ask device wifi connect SSID`",
     "$ echo '%(v)s' | nmcli --ask device wifi connect DomeNet-%(n)s\n", "pw"),
    ("sudo_capital_s_stdin_echo", "stdin", "`echo SECRET | sudo -S command`",
     "$ echo '%(v)s' | sudo -S systemctl restart domebridge\n", "pw"),
    ("vault_kv_put_field_dash_stdin", "stdin", "`echo -n SECRET | vault kv put path field=-`",
     "$ echo -n '%(v)s' | vault kv put secret/observatory/roof console=-\n", "pw"),
    ("aws_ssm_put_parameter_file_dev_stdin", "stdin", "`echo -n SECRET | aws ssm put-parameter … --value file:///dev/stdin`",
     "$ echo -n '%(v)s' | aws ssm put-parameter --name /obs/roof/console --type SecureString --value file:///dev/stdin\n", "pw"),
    # ---------------- lib
    ("python_paramiko_sshclient_connect_fourth", "lib", "Python paramiko `client.connect(host, 22, user, secret)`",
     "client = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nclient.connect(\"%(h)s\", 22, \"%(u)s\", \"%(v)s\")\n", "pw"),
    ("python_smtplib_login_second", "lib", "Python `smtplib.SMTP(...).login(user, secret)`",
     "with smtplib.SMTP(\"smtp.%(dom)s\", 587) as server:\n    server.starttls()\n    server.login(\"%(u)s@%(dom)s\", \"%(v)s\")\n", "pw"),
    ("python_imaplib_login_second", "lib", "Python `imaplib.IMAP4_SSL(...).login(user, secret)`",
     "M = imaplib.IMAP4_SSL(\"imap.%(dom)s\")\nM.login(\"%(u)s\", \"%(v)s\")\nM.select(\"INBOX\")\n", "pw"),
    ("python_psycopg2_connect_uri_userinfo", "lib", "Python `psycopg2.connect('postgresql://user:secret@host/db')`",
     "conn = psycopg2.connect(\"postgresql://%(u)s:%(v)s@%(h)s/members\")\n", "pw"),
    ("python_sqlalchemy_create_engine_url_userinfo", "lib", "Python `create_engine('mysql+pymysql://user:secret@host/db')`",
     "engine = create_engine(\"mysql+pymysql://%(u)s:%(v)s@%(h)s/shop\", pool_pre_ping=True)\n", "pw"),
    ("python_redis_from_url_empty_user_colon", "lib", "Python `redis.from_url('redis://:secret@host')`",
     "r = redis.from_url(\"redis://:%(v)s@%(h)s:6379/2\")\n", "pw"),
    ("python_zipfile_extractall_third_bytes", "lib", "Python `ZipFile.extractall(path, None, b'secret')`",
     "with zipfile.ZipFile(\"calib.zip\") as zf:\n    zf.extractall(\"calib\", None, b\"%(v)s\")\n", "pw"),
    ("python_hashlib_pbkdf2_hmac_second_bytes", "lib", "Python `hashlib.pbkdf2_hmac('sha256', b'secret', salt, n)`",
     "key = hashlib.pbkdf2_hmac(\"sha256\", b\"%(v)s\", salt, 600_000)\n", "pw"),
    ("python_cryptography_pbkdf2hmac_derive_bytes", "lib", "Python cryptography `PBKDF2HMAC(...).derive(b'secret')`",
     "kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=480000)\nkey = kdf.derive(b\"%(v)s\")\n", "pw"),
    ("python_itsdangerous_serializer_first", "lib", "Python itsdangerous `URLSafeTimedSerializer('secret', salt=…)`",
     "s = URLSafeTimedSerializer(\"%(v)s\", salt=\"booking-confirm\")\n", "pw"),
    ("python_ldap_simple_bind_s_second", "lib", "Python python-ldap `conn.simple_bind_s(dn, secret)`",
     "conn = ldap.initialize(\"ldap://%(h)s\")\nconn.simple_bind_s(\"uid=%(u)s,ou=people,dc=darkskies,dc=example\", \"%(v)s\")\n", "pw"),
    ("python_pysnmp_communitydata_first", "lib", "Python pysnmp `CommunityData('COMMUNITY', mpModel=1)`",
     "it = getCmd(SnmpEngine(), CommunityData(\"%(v)s\", mpModel=1),\n           UdpTransportTarget((\"%(ip)s\", 161)), ContextData(), ObjectType(ObjectIdentity(\"SNMPv2-MIB\", \"sysUpTime\", 0)))\n", "pw"),
    ("node_crypto_createhmac_second", "lib", "Node `crypto.createHmac('sha256', 'secret')`",
     "const sig = crypto.createHmac('sha256', '%(v)s').update(body).digest('hex');\n", "pw"),
    ("node_crypto_scryptsync_first", "lib", "Node `crypto.scryptSync('secret', salt, 32)`",
     "const key = crypto.scryptSync('%(v)s', salt, 32);\n", "pw"),
    ("node_jsonwebtoken_sign_second", "lib", "Node jsonwebtoken `jwt.sign(payload, 'secret', opts)`",
     "const token = jwt.sign({ sub: member.id }, '%(v)s', { expiresIn: '2h' });\n", "pw"),
    ("node_mongoose_connect_srv_uri_userinfo", "lib", "Node mongoose `connect('mongodb+srv://user:secret@cluster/db')`",
     "await mongoose.connect('mongodb+srv://%(u)s:%(v)s@cluster0.%(dom)s/observations');\n", "pw"),
    ("node_amqplib_connect_url_userinfo", "lib", "Node amqplib `amqp.connect('amqp://user:secret@host')`",
     "const conn = await amqp.connect('amqp://%(u)s:%(v)s@%(h)s');\n", "pw"),
    ("node_cryptojs_aes_encrypt_second", "lib", "crypto-js `CryptoJS.AES.encrypt(msg, 'secret')`",
     "const blob = CryptoJS.AES.encrypt(JSON.stringify(roster), '%(v)s').toString();\n", "pw"),
    ("java_javamail_transport_connect_third", "lib", "Java JavaMail `transport.connect(host, user, secret)`",
     "Transport transport = session.getTransport(\"smtp\");\ntransport.connect(\"smtp.%(dom)s\", \"%(u)s\", \"%(v)s\");\n", "pw"),
    ("java_pbekeyspec_tochararray_first", "lib", "Java `new PBEKeySpec(\"secret\".toCharArray(), salt, n, 256)`",
     "KeySpec spec = new PBEKeySpec(\"%(v)s\".toCharArray(), salt, 65536, 256);\n", "pw"),
    ("java_secretkeyspec_getbytes_first", "lib", "Java `new SecretKeySpec(\"secret\".getBytes(UTF_8), \"HmacSHA256\")`",
     "mac.init(new SecretKeySpec(\"%(v)s\".getBytes(StandardCharsets.UTF_8), \"HmacSHA256\"));\n", "pw"),
    ("java_okhttp_credentials_basic_second", "lib", "Java OkHttp `Credentials.basic(user, secret)`",
     "String credential = Credentials.basic(\"%(u)s\", \"%(v)s\");\n", "pw"),
    ("kotlin_exposed_database_connect_fourth", "lib", "Kotlin Exposed `Database.connect(url, driver, user, secret)`",
     "Database.connect(\"jdbc:postgresql://%(h)s/members\", \"org.postgresql.Driver\", \"%(u)s\", \"%(v)s\")\n", "pw"),
    ("csharp_hmacsha256_ctor_utf8_getbytes", "lib", "C# `new HMACSHA256(Encoding.UTF8.GetBytes(\"secret\"))`",
     "using var h = new HMACSHA256(Encoding.UTF8.GetBytes(\"%(v)s\"));\n", "pw"),
    ("csharp_rfc2898derivebytes_ctor_first", "lib", "C# `new Rfc2898DeriveBytes(\"secret\", salt, n, SHA256)`",
     "using var kdf = new Rfc2898DeriveBytes(\"%(v)s\", salt, 100000, HashAlgorithmName.SHA256);\n", "pw"),
    ("go_smtp_plainauth_third", "lib", "Go `smtp.PlainAuth(\"\", user, secret, host)`",
     "auth := smtp.PlainAuth(\"\", \"%(u)s@%(dom)s\", \"%(v)s\", \"smtp.%(dom)s\")\n", "pw"),
    ("go_hmac_new_byte_slice_key", "lib", "Go `hmac.New(sha256.New, []byte(\"secret\"))`",
     "mac := hmac.New(sha256.New, []byte(\"%(v)s\"))\n", "pw"),
    ("rust_reqwest_basic_auth_some_second", "lib", "Rust reqwest `.basic_auth(user, Some(\"secret\"))`",
     "let res = client.get(url).basic_auth(\"%(u)s\", Some(\"%(v)s\")).send().await?;\n", "pw"),
    ("rust_lettre_credentials_new_second", "lib", "Rust lettre `Credentials::new(user, \"secret\".to_owned())`",
     "let creds = Credentials::new(\"%(u)s\".to_owned(), \"%(v)s\".to_owned());\n", "pw"),
    ("ruby_net_smtp_start_fifth", "lib", "Ruby `Net::SMTP.start(host, port, helo, user, secret, :login)`",
     "Net::SMTP.start(\"smtp.%(dom)s\", 587, \"%(dom)s\", \"%(u)s\", \"%(v)s\", :login) do |smtp|\n", "pw"),
    ("ruby_openssl_hmac_hexdigest_second", "lib", "Ruby `OpenSSL::HMAC.hexdigest('SHA256', 'secret', data)`",
     "sig = OpenSSL::HMAC.hexdigest(\"SHA256\", \"%(v)s\", payload)\n", "pw"),
    ("php_pdo_ctor_third", "lib", "PHP `new PDO($dsn, user, 'secret')`",
     "$pdo = new PDO('mysql:host=%(h)s;dbname=shop', '%(u)s', '%(v)s');\n", "pw"),
    ("php_hash_hmac_third", "lib", "PHP `hash_hmac('sha256', $data, 'secret')`",
     "$sig = hash_hmac('sha256', $payload, '%(v)s');\n", "pw"),
    ("php_ldap_bind_third", "lib", "PHP `ldap_bind($ds, dn, 'secret')`",
     "ldap_bind($ds, 'uid=%(u)s,ou=people,dc=darkskies', '%(v)s');\n", "pw"),
    ("perl_digest_hmac_sha256_hex_second", "lib", "Perl Digest::SHA `hmac_sha256_hex($data, 'secret')`",
     "my $sig = hmac_sha256_hex($body, '%(v)s');\n", "pw"),
    ("esp32_wifimulti_addap_second", "lib", "ESP32 Arduino `wifiMulti.addAP(\"ssid\", \"secret\")`",
     "wifiMulti.addAP(\"DomeNet\", \"%(v)s\");\nwifiMulti.addAP(\"ClubHouse\", \"\");\n", "pw"),
    ("c_libpq_pqsetdblogin_seventh", "lib", "C libpq `PQsetdbLogin(host, port, opts, tty, db, user, secret)`",
     "PGconn *c = PQsetdbLogin(\"%(h)s\", \"5432\", NULL, NULL, \"members\", \"%(u)s\", \"%(v)s\");\n", "pw"),
    ("cpp_qt_qsqldatabase_open_second", "lib", "C++ Qt `QSqlDatabase::open(user, secret)`",
     "QSqlDatabase db = QSqlDatabase::addDatabase(\"QPSQL\");\ndb.setHostName(\"%(h)s\");\nif (!db.open(\"%(u)s\", \"%(v)s\")) qWarning() << db.lastError();\n", "pw"),
    # ---------------- file
    ("openvpn_auth_user_pass_file_second_line", "file", "OpenVPN `auth-user-pass` file, line 2",
     "$ sudo cat /etc/openvpn/client/obs.auth\n%(u)s\n%(v)s\n", "pw"),
    ("pgpass_fifth_colon_field", "file", "`~/.pgpass` `host:port:db:user:SECRET`",
     "$ cat ~/.pgpass\n%(h)s:5432:members:%(u)s:%(v)s\n", "pw"),
    ("ppp_chap_secrets_third_column_quoted", "file", "PPP `chap-secrets` `client server \"SECRET\" addresses`",
     "# /etc/ppp/chap-secrets\n# client\tserver\tsecret\t\tIP addresses\n\"%(u)s\"\t*\t\"%(v)s\"\t*\n", "pw"),
    ("dovecot_passwd_file_plain_scheme_field", "file", "Dovecot passwd-file `user:{PLAIN}SECRET:uid:gid::home`",
     "$ sudo cat /etc/dovecot/users\n%(u)s:{PLAIN}%(v)s:5000:5000::/home/%(u)s::\n", "pw"),
    ("docker_config_json_auths_b64_pair", "file", "`~/.docker/config.json` `auths.<registry>.auth` = Base64 of `user:secret` (span is the Base64)",
     "$ cat ~/.docker/config.json\n{\n  \"auths\": {\n    \"registry.%(dom)s\": {\n      \"auth\": \"%(v)s\"\n    }\n  }\n}\n", "b64_colon"),
    ("npmrc_underscore_auth_b64_pair", "file", "`.npmrc` `//registry/:_auth=` Base64 of `user:secret` (span is the Base64)",
     "$ cat .npmrc\n@darkskies:registry=https://npm.%(dom)s/\n//npm.%(dom)s/:_auth=%(v)s\nalways-auth=true\n", "b64_colon"),
    ("git_credentials_store_url_userinfo", "file", "`~/.git-credentials` `https://user:secret@host`",
     "$ cat ~/.git-credentials\nhttps://%(u)s:%(v)s@git.%(dom)s\n", "pw"),
    ("mutt_muttrc_imaps_folder_url_userinfo", "file", "muttrc `set folder=\"imaps://user:secret@host/\"`",
     "# ~/.muttrc\nset folder=\"imaps://%(u)s:%(v)s@imap.%(dom)s/\"\nset spoolfile=\"+INBOX\"\n", "pw"),
    ("systemd_unit_setcredential_colon_value", "file", "systemd unit `SetCredential=name:SECRET`",
     "# /etc/systemd/system/domebridge.service.d/override.conf\n[Service]\nSetCredential=dome.unlock:%(v)s\n", "pw"),
    ("squid_cache_peer_login_user_colon", "file", "squid.conf `cache_peer host parent 3128 0 login=user:SECRET`",
     "# /etc/squid/squid.conf\ncache_peer %(h)s parent 3128 0 no-query default login=%(u)s:%(v)s\n", "pw"),
    ("observing_rota_csv_fourth_column", "file", "invented observing-rota CSV, fourth column `dome`",
     "$ head -3 rota.csv\nnight,observer,rig,dome,notes\n2025-03-01,%(u)s,C11-EdgeHD,%(v)s,flats at dusk\n", "pw"),
    ("star_party_badge_tsv_third_column", "file", "invented star-party badge TSV, third column `gate`",
     "$ cat badges.tsv\nbadge\tname\tgate\tpitch\nSP-%(n)s41\t%(u)s\t%(v)s\tB7\n", "pw"),
    ("telescope_loan_pipe_fifth_field", "file", "invented telescope-loan pipe file, fifth field",
     "$ tail -1 loans.psv\nLOAN|2025-03-01|Dob-10|%(u)s|%(v)s|due 2025-03-29\n", "pw"),
    ("planetarium_console_fixed_width_cols_41_to_60", "file", "invented planetarium console roster, fixed width, value in columns 41–60",
     None, "fixed"),
    ("eyepiece_case_semicolon_second_field", "file", "invented eyepiece-case register, `case;SECRET;set;shelf`",
     "$ cat cases.txt\ncase-0%(n)s;%(v)s;Televue set;shelf B\n", "pw"),
    # ---------------- proto
    ("smtp_auth_plain_initial_response_b64", "proto", "SMTP `AUTH PLAIN <Base64 of NUL user NUL secret>` on one line (span is the Base64)",
     "S: 250-smtp.%(dom)s\nS: 250 AUTH PLAIN LOGIN\nC: AUTH PLAIN %(v)s\nS: 235 2.7.0 Authentication successful\n", "b64_plain"),
    ("imap_login_command_quoted_second", "proto", "IMAP `a1 LOGIN user \"secret\"`",
     "S: * OK [CAPABILITY IMAP4rev1] ready\nC: a1 LOGIN %(u)s \"%(v)s\"\nS: a1 OK LOGIN completed\n", "pw"),
    ("ntrip_v1_source_line_first_positional", "proto", "NTRIP 1.0 caster upload `SOURCE SECRET /mountpoint`",
     "SOURCE %(v)s /HILLTOP0\nSource-Agent: NTRIP RTKLIB/2.4.3\n\nICY 200 OK\n", "pw"),
    ("rtsp_describe_request_url_userinfo", "proto", "RTSP `DESCRIBE rtsp://user:secret@host/path RTSP/1.0`",
     "DESCRIBE rtsp://%(u)s:%(v)s@%(ip)s:554/live RTSP/1.0\nCSeq: 2\nAccept: application/sdp\n", "pw"),
    ("esp_at_cwsap_softap_second_quoted", "proto", "ESP AT `AT+CWSAP=\"ssid\",\"secret\",ch,ecn`",
     "> AT+CWMODE=2\nOK\n> AT+CWSAP=\"DomeCtl\",\"%(v)s\",5,3\nOK\n", "pw"),
    ("irc_nickserv_identify_privmsg", "proto", "IRC `PRIVMSG NickServ :IDENTIFY SECRET`",
     ":%(u)s!~%(u)s@%(ip)s PRIVMSG NickServ :IDENTIFY %(v)s\n:NickServ NOTICE %(u)s :You are now identified.\n", "pw"),
    ("irc_oper_command_second", "proto", "IRC `OPER name SECRET`",
     "C: OPER %(u)s %(v)s\nS: :irc.%(dom)s 381 %(u)s :You are now an IRC operator\n", "pw"),
    ("assuan_pinentry_getpin_data_line", "proto", "Assuan (pinentry) `GETPIN` answered by `D SECRET`",
     "C: SETDESC Unlock the society signing key\nS: OK\nC: GETPIN\nS: D %(v)s\nS: OK\n", "pw"),
    ("proxy_access_log_absolute_url_userinfo", "proto", "proxy access log `GET http://user:secret@host/path`",
     "1717171717.123    412 %(ip)s TCP_MISS/200 1830 GET http://%(u)s:%(v)s@%(h)s/cgi-bin/roof.cgi - HIER_DIRECT/%(ip)s text/html\n", "pw"),
    # ---------------- gui
    ("xdotool_type_single_argument", "gui", "X11 `xdotool type 'secret'`",
     "xdotool search --name 'Dome Control' windowactivate --sync\nxdotool type --delay 50 '%(v)s'\nxdotool key Return\n", "pw"),
    ("autohotkey_sendtext_single", "gui", "AutoHotkey v2 `SendText \"secret\"`",
     "WinActivate \"Dome Control\"\nSendText \"%(v)s\"\nSend \"{Enter}\"\n", "pw"),
    ("autoit_send_raw_flag", "gui", "AutoIt `Send(\"secret\", 1)` (raw)",
     "WinActivate(\"Show Control\")\nSend(\"%(v)s\", 1)\nSend(\"{ENTER}\")\n", "pw"),
    ("applescript_system_events_keystroke", "gui", "AppleScript `tell application \"System Events\" to keystroke \"secret\"`",
     "tell application \"System Events\" to keystroke \"%(v)s\"\ntell application \"System Events\" to key code 36\n", "pw"),
    ("cypress_get_type_single", "gui", "Cypress `cy.get('#f2').type('secret')`",
     "cy.get('#f1').type('%(u)s');\ncy.get('#f2').type('%(v)s');\ncy.contains('Sign in').click();\n", "pw"),
    ("playwright_js_fill_second", "gui", "Playwright JS `page.fill('#f2', 'secret')`",
     "await page.fill('#f1', '%(u)s');\nawait page.fill('#f2', '%(v)s');\nawait page.click('text=Sign in');\n", "pw"),
    ("katalon_webui_settext_second", "gui", "Katalon `WebUI.setText(findTestObject(...), 'secret')`",
     "WebUI.setText(findTestObject('Login/f1'), '%(u)s')\nWebUI.setText(findTestObject('Login/f2'), '%(v)s')\n", "pw"),
    ("sikulix_paste_single", "gui", "SikuliX `paste(\"secret\")`",
     "click(\"unlock_field.png\")\npaste(\"%(v)s\")\ntype(Key.ENTER)\n", "pw"),
    ("capybara_fill_in_with_keyword", "gui", "Capybara `fill_in 'f2', with: 'secret'`",
     "fill_in 'f1', with: '%(u)s'\nfill_in 'f2', with: '%(v)s'\nclick_button 'Sign in'\n", "pw"),
    ("behat_mink_fillfield_second", "gui", "Behat/Mink `$page->fillField('f2', 'secret')`",
     "$page->fillField('f1', '%(u)s');\n$page->fillField('f2', '%(v)s');\n$page->pressButton('Sign in');\n", "pw"),
    ("hammerspoon_eventtap_keystrokes", "gui", "Hammerspoon `hs.eventtap.keyStrokes(\"secret\")`",
     "hs.application.launchOrFocus(\"Stellarium\")\nhs.eventtap.keyStrokes(\"%(v)s\")\n", "pw"),
    ("expect_script_send_cr_literal", "gui", "expect `send \"secret\\r\"` after a prompt",
     "spawn ssh %(u)s@%(h)s\nexpect \"Unlock code:\"\nsend \"%(v)s\\r\"\ninteract\n", "pw"),
    ("adb_shell_input_text_single", "gui", "Android `adb shell input text 'secret'`",
     "$ adb -s planetarium-tab-%(n)s shell input text '%(v)s'\n$ adb shell input keyevent 66\n", "pw"),
    # ---------------- sql
    ("pgcrypto_hmac_second_literal", "sql", "PostgreSQL pgcrypto `hmac(data, 'secret', 'sha256')`",
     "members=> SELECT id, encode(hmac(payload, '%(v)s', 'sha256'), 'hex') FROM webhook_log LIMIT 3;\n", "pw"),
    ("pgcrypto_crypt_gen_salt_first_literal", "sql", "PostgreSQL `crypt('secret', gen_salt('bf'))`",
     "members=> UPDATE admins SET login_hash = crypt('%(v)s', gen_salt('bf', 10)) WHERE id = 4;\nUPDATE 1\n", "pw"),
    ("mysql_sha2_first_literal", "sql", "MySQL `SHA2('secret', 256)`",
     "mysql> INSERT INTO shop_admins (login, digest) VALUES ('%(u)s', SHA2('%(v)s', 256));\nQuery OK, 1 row affected\n", "pw"),
    ("mssql_hashbytes_second_literal", "sql", "T-SQL `HASHBYTES('SHA2_256', 'secret')`",
     "1> UPDATE dbo.Volunteers SET Digest = HASHBYTES('SHA2_256', '%(v)s') WHERE Login = '%(u)s';\n2> GO\n", "pw"),
    ("mysql_federated_connection_url_userinfo", "sql", "MySQL FEDERATED `CONNECTION='mysql://user:secret@host/db/table'`",
     "mysql> CREATE TABLE remote_sessions (id INT) ENGINE=FEDERATED CONNECTION='mysql://%(u)s:%(v)s@%(h)s:3306/obs/sessions';\n", "pw"),
]

SET_ASIDE = {
    "unzip_capital_p_extract_flag": "same `-P` flag idea as the kept zip form",
    "clickhouse_postgresql_table_function_fifth": "same fifth-argument table-function shape as an earlier ClickHouse form",
    "sshfs_password_stdin_option": "the option name says password right before the value",
    "pdftk_owner_pw_keyword": "the keyword `owner_pw` says pw right before the value",
    "nmcli_device_wifi_connect_password_word": "the argument word `password` precedes the value",
    "ydotool_type_single": "same single type call as the kept xdotool form",
    "rpcclient_capital_u_percent_pair": "same `-U user%secret` pair as the kept smbclient form",
    "evil_winrm_lower_p_after_lower_u": "another -u / -p pair of a pentest tool",
    "pop3_auth_plain_initial_response_b64": "same SASL PLAIN initial response as the kept SMTP form",
    "git_remote_set_url_https_userinfo": "close to an earlier git clone URL userinfo",
    "sqlcipher_pragma_rekey_literal": "close to the earlier PRAGMA key forms",
    "postgres_pgp_sym_decrypt_second": "close to the earlier pgp_sym_encrypt form",
    "stomp_connect_passcode_header": "the header name `passcode` says pass right before the value",
    "nut_upsd_password_command": "the protocol command is literally PASSWORD",
}

USERS = ["observer", "domeops", "webmaster", "treasurer", "outreach", "imaging", "kiosk", "archivist", "starparty"]
HOSTS = ["dome.orionridge.lan", "nas.darkskies.lan", "roof.hilltop.lan", "db.kepler-telescopes.example",
         "archive.darkskies-society.example", "ops.meridian-planetarium.example"]
DOMS = ["darkskies-society.example", "orionridge-observatory.example", "kepler-telescopes.example",
        "meridian-planetarium.example"]


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    hidden = []
    for syn, grp, _desc, tmpl, kind in S:
        c = {"u": rng.choice(USERS) + rs(rng, DIGITS, 1), "h": rng.choice(HOSTS), "dom": rng.choice(DOMS),
             "ip": "10.%d.%d.%d" % (rng.randrange(1, 40), rng.randrange(256), rng.randrange(2, 250)),
             "n": str(rng.randrange(1, 9)), "junk": rs(rng, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_", 40),
             "v": MARK}
        if kind == "fixed":
            pw = reg.draw(lambda: _short(rng))
            header = "%-12s%-14s%-14s%-20s" % ("DATE", "OPERATOR", "SHOW", "CONSOLE")
            # columns: 1-12 date, 13-26 operator, 27-40 show, 41-60 value, 61- notes
            line = "%-12s%-14s%-14s" % ("2025-03-0" + c["n"], c["u"], "WinterSky") + MARK + " " * (20 - len(pw)) + "  late show\n"
            tmpl_text = "$ cat console-roster.txt\n" + header + "  NOTES\n" + line
            value = pw
        elif kind == "pw":
            value = reg.draw(lambda: owner_password(rng, strict=True))
            tmpl_text = tmpl % c
        else:
            pw = reg.draw(lambda: owner_password(rng, strict=True))
            if kind == "b64_colon":
                raw = (c["u"] + ":" + pw).encode()
            else:
                raw = ("\0" + c["u"] + "@" + c["dom"] + "\0" + pw).encode()
            value = reg.draw(lambda: base64.b64encode(raw).decode())
            hidden.append(pw)
            tmpl_text = tmpl % c
        text, s, e = place(tmpl_text, value)
        t = PREFIX + syn
        recs.append({"type": t, "container": t + "__" + SUFFIX[grp], "text": text,
                     "secrets": [{"value": value, "start": s, "end": e, "type": t}], "source": "password"})
    return recs, hidden


def _short(rng):
    while True:
        p = owner_password(rng, strict=True)
        if len(p) <= 20:
            return p
