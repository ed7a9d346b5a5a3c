"""Password source: positional syntaxes (no telling password= key before the value)."""
import base64
import random

from common220 import SLOT, HOSTS, owner_password, positive

SEED = 22003
PW_PREFIX = "lappw_"
SUFFIX = {
    "cli": "race_control_terminal_log",
    "stdin": "timing_server_stdin_pipe",
    "lib": "booking_app_code_snippet",
    "file": "venue_server_config_file",
    "proto": "arena_lan_packet_decode",
    "gui": "waiver_kiosk_ui_script",
    "sql": "league_db_query_console",
}

# (syntax, group, template, short description, span kind)
# span kinds: None = the password itself; "b64_login" = Base64 of the password;
# "b64_plain" = Base64 of NUL user NUL password; "b64_colon" = Base64 of user:password
S = [
    # ---- cli ----
    ("sevenzip_add_glued_lower_p", "cli", "$ 7z a -t7z -mhe=on -p@S@ heats-2025-06.7z exports/heats/\n", "`7z a -pSECRET archive files` (value glued to the flag)", None),
    ("sevenzip_extract_glued_lower_p", "cli", "$ 7z x -p@S@ -o/srv/lapboard/import transponders.7z\n", "`7z x -pSECRET archive`", None),
    ("rar_add_glued_hp_flag", "cli", "$ rar a -hp@S@ waivers-june.rar waivers/2025-06/\n", "`rar a -hpSECRET archive files` (encrypts headers too)", None),
    ("xfreerdp_slash_p_colon_after_slash_u", "cli", "$ xfreerdp /v:@H@ /u:@U@ /p:@S@ /cert:ignore /dynamic-resolution\n", "FreeRDP `/u:user /p:secret`", None),
    ("rdesktop_lower_p_after_lower_u", "cli", "$ rdesktop -u @U@ -p @S@ -g 1600x900 @H@\n", "`rdesktop -u user -p secret host`", None),
    ("smbget_user_flag_percent_pair", "cli", "$ smbget -R --user='@U@%@S@' smb://@H@/lapexports/\n", "`smbget --user='user%secret' smb://…`", None),
    ("rpcclient_capital_u_percent_pair", "cli", "$ rpcclient -U 'VENUE\\@U@%@S@' @H@ -c 'enumdomusers'\n", "`rpcclient -U 'DOM\\user%secret' host`", None),
    ("samba_net_rpc_capital_u_percent_pair", "cli", "$ net rpc share list -S @H@ -U '@U@%@S@'\n", "Samba `net rpc … -U 'user%secret'`", None),
    ("memtier_benchmark_lower_a_flag", "cli", "$ memtier_benchmark -s @H@ -p 6379 -a @S@ --test-time=30\n", "`memtier_benchmark -a secret`", None),
    ("pgbench_connection_uri_userinfo", "cli", "$ pgbench -c 8 -T 60 'postgresql://@U@:@S@@@H@:5432/laptimes'\n", "`pgbench postgresql://user:secret@host/db`", None),
    ("cockroach_sql_url_userinfo", "cli", "$ cockroach sql --url 'postgresql://@U@:@S@@@H@:26257/league?sslmode=verify-full'\n", "`cockroach sql --url postgresql://user:secret@…`", None),
    ("usql_dsn_url_userinfo", "cli", "$ usql my://@U@:@S@@@H@/vouchers -c 'select count(*) from redemptions'\n", "`usql my://user:secret@host/db`", None),
    ("mycli_url_userinfo", "cli", "$ mycli mysql://@U@:@S@@@H@:3306/bookings\n", "`mycli mysql://user:secret@host/db`", None),
    ("pgcli_url_userinfo", "cli", "$ pgcli postgres://@U@:@S@@@H@:5432/incidents\n", "`pgcli postgres://user:secret@host/db`", None),
    ("aria2c_ftp_url_userinfo", "cli", "$ aria2c -x4 'ftp://@U@:@S@@@H@/exports/heat-results.csv'\n", "`aria2c ftp://user:secret@host/file`", None),
    ("yt_dlp_lower_p_after_lower_u", "cli", "$ yt-dlp -u @U@ -p @S@ -o 'onboard/%(title)s.%(ext)s' https://video.ridgewaykarting.example/onboard/heat-7\n", "`yt-dlp -u user -p secret URL`", None),
    ("vlc_rtsp_url_userinfo", "cli", "$ cvlc 'rtsp://@U@:@S@@@H@:554/Streaming/Channels/101' --sout file/ts:pitlane.ts\n", "`cvlc rtsp://user:secret@camera/…`", None),
    ("gstreamer_rtspsrc_location_userinfo", "cli", "$ gst-launch-1.0 rtspsrc location=rtsp://@U@:@S@@@H@:554/h264 ! decodebin ! autovideosink\n", "GStreamer `rtspsrc location=rtsp://user:secret@…`", None),
    ("snmpwalk_v3_capital_a_auth_phrase", "cli", "$ snmpwalk -v3 -l authNoPriv -u @U@ -a SHA -A @S@ @H@ 1.3.6.1.2.1.1\n", "`snmpwalk -v3 -u user -a SHA -A authphrase`", None),
    ("snmpget_v2c_lower_c_community", "cli", "$ snmpget -v2c -c @S@ @H@ SNMPv2-MIB::sysUpTime.0\n", "`snmpget -v2c -c community host` (the community string)", None),
    ("ipmiutil_capital_p_after_capital_u", "cli", "$ ipmiutil health -N @H@ -U @U@ -P @S@\n", "`ipmiutil … -U user -P secret`", None),
    ("ovftool_vi_locator_userinfo", "cli", "$ ovftool --noSSLVerify 'vi://@U@:@S@@@H@/' lapboard-vm.ova\n", "VMware `ovftool vi://user:secret@host/`", None),
    ("skopeo_src_creds_colon_pair", "cli", "$ skopeo copy --src-creds @U@:@S@ docker://registry.ridgewaykarting.lan/lapboard:4.2 dir:/tmp/lapboard\n", "`skopeo copy --src-creds user:secret`", None),
    ("twine_upload_lower_p_after_lower_u", "cli", "$ twine upload --repository-url https://@H@/simple/ -u @U@ -p @S@ dist/*\n", "`twine upload -u user -p secret`", None),
    ("httpie_lower_a_colon_pair", "cli", "$ http -a @U@:@S@ GET https://@H@/api/heats/today\n", "HTTPie `http -a user:secret`", None),
    ("apache_bench_capital_a_colon_pair", "cli", "$ ab -n 500 -c 20 -A @U@:@S@ https://@H@/api/slots\n", "ApacheBench `ab -A user:secret`", None),
    ("sqlline_lower_p_after_lower_n", "cli", "$ sqlline -u 'jdbc:postgresql://@H@:5432/laptimes' -n @U@ -p @S@\n", "`sqlline -u jdbc:… -n user -p secret`", None),
    ("beeline_lower_p_after_lower_n", "cli", "$ beeline -u 'jdbc:hive2://@H@:10000/analytics' -n @U@ -p @S@\n", "`beeline -u jdbc:hive2://… -n user -p secret`", None),
    ("couchbase_cli_lower_p_after_lower_u", "cli", "$ couchbase-cli server-info -c @H@ -u @U@ -p @S@\n", "`couchbase-cli … -u user -p secret`", None),
    ("winscp_script_open_url_userinfo", "cli", "> winscp.com /command \"open sftp://@U@:@S@@@H@/\" \"get /exports/*.csv\" \"exit\"\n", "WinSCP `open sftp://user:secret@host/`", None),
    ("swaks_ap_after_au", "cli", "$ swaks --to ops@ridgewaykarting.example --server @H@:587 -tls -au @U@ -ap @S@\n", "`swaks -au user -ap secret`", None),
    ("sendemail_xp_after_xu", "cli", "$ sendemail -f lapboard@ridgewaykarting.example -t ops@ridgewaykarting.example -s @H@:587 -xu @U@ -xp @S@ -u 'nightly heats'\n", "`sendemail -xu user -xp secret`", None),
    ("bitwarden_cli_unlock_first_positional", "cli", "$ export BW_SESSION=$(bw unlock @S@ --raw)\n", "Bitwarden CLI `bw unlock SECRET`", None),
    ("veracrypt_text_lower_p_flag", "cli", "$ veracrypt --text --non-interactive -p @S@ /dev/sdb1 /mnt/waiver-archive\n", "`veracrypt --text -p secret volume mountpoint`", None),
    ("encfs_extpass_echo_command", "cli", "$ encfs --extpass='echo @S@' ~/.waivers-enc ~/waivers\n", "`encfs --extpass='echo secret'`", None),
    ("mkpasswd_sha512_first_positional", "cli", "$ mkpasswd -m sha-512 @S@\n$6$q1w2e3r4$Zr…(truncated)\n", "`mkpasswd -m sha-512 SECRET`", None),
    ("openssl_passwd_six_positional", "cli", "$ openssl passwd -6 -salt lapboard @S@\n", "`openssl passwd -6 SECRET`", None),
    ("mqttx_cli_capital_p_after_lower_u", "cli", "$ mqttx pub -h @H@ -p 1883 -u @U@ -P @S@ -t arena/scores -m 'reset'\n", "MQTTX CLI `-u user -P secret`", None),
    ("amqp_tools_url_userinfo", "cli", "$ amqp-publish --url='amqp://@U@:@S@@@H@:5672/venue' -r bookings.created -b '{}'\n", "amqp-tools `--url=amqp://user:secret@…`", None),
    ("k6_http_url_userinfo", "cli", "$ k6 run -e TARGET='https://@U@:@S@@@H@/api/slots' load/slots.js\n", "`k6 run -e TARGET=https://user:secret@host/…`", None),
    # ---- stdin ----
    ("vncpasswd_f_stdin_echo", "stdin", "$ echo '@S@' | vncpasswd -f > ~/.vnc/passwd\n", "`echo secret | vncpasswd -f`", None),
    ("keepassxc_cli_ls_stdin_echo", "stdin", "$ echo '@S@' | keepassxc-cli ls ~/venue.kdbx Ops/\n", "`echo secret | keepassxc-cli ls db.kdbx`", None),
    ("rhel_passwd_stdin_flag_echo", "stdin", "# echo '@S@' | passwd --stdin lapboard\n", "`echo secret | passwd --stdin user`", None),
    ("chpasswd_user_colon_pair_stdin", "stdin", "# echo '@U@:@S@' | chpasswd\n", "`echo 'user:secret' | chpasswd`", None),
    ("restic_password_command_cat_file", "stdin", "$ printf '%s' '@S@' | restic -r sftp:@H@:/backup/lapboard snapshots --password-file=/dev/stdin\n", "`printf secret | restic … --password-file=/dev/stdin`", None),
    # ---- lib ----
    ("python_pymssql_connect_third", "lib", "conn = pymssql.connect(\"@H@\", \"@U@\", \"@S@\", \"laptimes\")\n", "Python `pymssql.connect(server, user, secret, db)`", None),
    ("python_asyncpg_dsn_userinfo", "lib", "conn = await asyncpg.connect(\"postgresql://@U@:@S@@@H@/league\")\n", "Python `asyncpg.connect('postgresql://user:secret@…')`", None),
    ("python_redis_from_url_empty_user", "lib", "cache = redis.Redis.from_url(\"redis://:@S@@@H@:6379/1\")\n", "Python `redis.Redis.from_url('redis://:secret@host')`", None),
    ("python_requests_auth_tuple_second", "lib", "r = requests.get(\"https://@H@/api/waivers\", auth=(\"@U@\", \"@S@\"), timeout=10)\n", "Python `requests.get(url, auth=(user, secret))`", None),
    ("python_httplib2_add_credentials_second", "lib", "h = httplib2.Http()\nh.add_credentials(\"@U@\", \"@S@\")\n", "Python `httplib2.Http().add_credentials(user, secret)`", None),
    ("python_zipfile_extractall_third_positional", "lib", "with zipfile.ZipFile(\"waivers.zip\") as zf:\n    zf.extractall(\"out\", None, b\"@S@\")\n", "Python `ZipFile.extractall(path, members, b'secret')`", None),
    ("python_kazoo_add_auth_digest_colon_pair", "lib", "zk = KazooClient(hosts=\"@H@:2181\")\nzk.add_auth(\"digest\", \"@U@:@S@\")\n", "Python kazoo `add_auth('digest', 'user:secret')`", None),
    ("python_itsdangerous_serializer_first", "lib", "signer = URLSafeTimedSerializer(\"@S@\", salt=\"voucher\")\n", "Python `URLSafeTimedSerializer('secret')`", None),
    ("python_hashlib_pbkdf2_hmac_second_bytes", "lib", "key = hashlib.pbkdf2_hmac(\"sha256\", b\"@S@\", salt, 200_000)\n", "Python `hashlib.pbkdf2_hmac('sha256', b'secret', salt, n)`", None),
    ("python_exchangelib_credentials_second", "lib", "creds = Credentials(\"@U@@ridgewaykarting.example\", \"@S@\")\n", "Python exchangelib `Credentials(user, secret)`", None),
    ("python_pysnmp_usmuserdata_second", "lib", "auth = UsmUserData(\"@U@\", \"@S@\", authProtocol=usmHMACSHAAuthProtocol)\n", "Python pysnmp `UsmUserData(user, authkey)`", None),
    ("python_pykeepass_open_second", "lib", "kp = PyKeePass(\"/srv/venue.kdbx\", \"@S@\")\n", "Python `PyKeePass(path, secret)`", None),
    ("python_ibm_db_connect_third", "lib", "conn = ibm_db.connect(\"DATABASE=LEAGUE;HOSTNAME=@H@;PORT=50000;\", \"@U@\", \"@S@\")\n", "Python `ibm_db.connect(dsn, user, secret)`", None),
    ("python_pyocclient_login_second", "lib", "oc = owncloud.Client(\"https://@H@\")\noc.login(\"@U@\", \"@S@\")\n", "Python pyocclient `Client(url).login(user, secret)`", None),
    ("python_pexpect_sendline_after_prompt", "gui", "child = pexpect.spawn(\"ssh @U@@@H@\")\nchild.expect(\"assword:\")\nchild.sendline(\"@S@\")\n", "Python pexpect `sendline(secret)` after a prompt match", None),
    ("node_nodemailer_transport_url_userinfo", "lib", "const transport = nodemailer.createTransport('smtps://@U@:@S@@@H@:465');\n", "Node nodemailer `createTransport('smtps://user:secret@host')`", None),
    ("node_ioredis_url_empty_user", "lib", "const redis = new Redis('redis://:@S@@@H@:6379/0');\n", "Node ioredis `new Redis('redis://:secret@host')`", None),
    ("node_amqplib_connect_url_userinfo", "lib", "const conn = await amqp.connect('amqp://@U@:@S@@@H@:5672/venue');\n", "Node amqplib `connect('amqp://user:secret@host')`", None),
    ("node_ldapjs_bind_second", "lib", "client.bind('cn=@U@,ou=staff,dc=ridgeway,dc=lan', '@S@', (err) => { if (err) throw err; });\n", "Node ldapjs `client.bind(dn, secret, cb)`", None),
    ("node_jsonwebtoken_sign_second", "lib", "const token = jwt.sign({ vest: 14, game: 'capture' }, '@S@', { expiresIn: '2h' });\n", "Node jsonwebtoken `jwt.sign(payload, 'secret')`", None),
    ("node_crypto_createhmac_second", "lib", "const sig = crypto.createHmac('sha256', '@S@').update(body).digest('hex');\n", "Node `crypto.createHmac('sha256', 'secret')`", None),
    ("node_cookie_parser_first_secret", "lib", "app.use(cookieParser('@S@'));\n", "Node `cookieParser('secret')`", None),
    ("node_crypto_scryptsync_first", "lib", "const key = crypto.scryptSync('@S@', 'voucher-salt', 32);\n", "Node `crypto.scryptSync('secret', salt, len)`", None),
    ("node_argon2_hash_first", "lib", "// seed the first kiosk admin\nconst hash = await argon2.hash('@S@');\n", "Node argon2 `argon2.hash('secret')` seeding an account", None),
    ("java_smbj_authenticationcontext_second", "lib", "AuthenticationContext ac = new AuthenticationContext(\"@U@\", \"@S@\".toCharArray(), \"VENUE\");\n", "Java smbj `new AuthenticationContext(user, \"secret\".toCharArray(), domain)`", None),
    ("java_secretkeyspec_getbytes_first", "lib", "mac.init(new SecretKeySpec(\"@S@\".getBytes(StandardCharsets.UTF_8), \"HmacSHA256\"));\n", "Java `new SecretKeySpec(\"secret\".getBytes(), \"HmacSHA256\")`", None),
    ("java_pbekeyspec_chararray_first", "lib", "PBEKeySpec spec = new PBEKeySpec(\"@S@\".toCharArray(), salt, 65536, 256);\n", "Java `new PBEKeySpec(\"secret\".toCharArray(), salt, n, bits)`", None),
    ("java_lettuce_redisuri_userinfo", "lib", "RedisClient client = RedisClient.create(\"redis://@S@@@H@:6379/0\");\n", "Java Lettuce `RedisClient.create(\"redis://secret@host\")`", None),
    ("csharp_sshnet_sshclient_ctor_third", "lib", "using var ssh = new SshClient(\"@H@\", \"@U@\", \"@S@\");\n", "C# SSH.NET `new SshClient(host, user, secret)`", None),
    ("csharp_hmacsha256_ctor_getbytes", "lib", "using var h = new HMACSHA256(Encoding.UTF8.GetBytes(\"@S@\"));\n", "C# `new HMACSHA256(Encoding.UTF8.GetBytes(\"secret\"))`", None),
    ("csharp_rfc2898derivebytes_first", "lib", "var kdf = new Rfc2898DeriveBytes(\"@S@\", salt, 100000, HashAlgorithmName.SHA256);\n", "C# `new Rfc2898DeriveBytes(\"secret\", salt, n, alg)`", None),
    ("go_ldap_conn_bind_second", "lib", "if err := l.Bind(\"cn=@U@,dc=ridgeway,dc=lan\", \"@S@\"); err != nil {\n\tlog.Fatal(err)\n}\n", "Go go-ldap `l.Bind(dn, secret)`", None),
    ("go_amqp_dial_url_userinfo", "lib", "conn, err := amqp.Dial(\"amqp://@U@:@S@@@H@:5672/\")\n", "Go `amqp.Dial(\"amqp://user:secret@host\")`", None),
    ("go_pbkdf2_key_first_byteslice", "lib", "dk := pbkdf2.Key([]byte(\"@S@\"), salt, 4096, 32, sha256.New)\n", "Go `pbkdf2.Key([]byte(\"secret\"), salt, n, len, h)`", None),
    ("go_gorilla_newcookiestore_byteslice", "lib", "var store = sessions.NewCookieStore([]byte(\"@S@\"))\n", "Go gorilla `sessions.NewCookieStore([]byte(\"secret\"))`", None),
    ("rust_ldap3_simple_bind_second", "lib", "ldap.simple_bind(\"cn=@U@,dc=ridgeway,dc=lan\", \"@S@\").await?.success()?;\n", "Rust ldap3 `simple_bind(dn, secret)`", None),
    ("rust_sqlx_pgpool_connect_url_userinfo", "lib", "let pool = PgPool::connect(\"postgres://@U@:@S@@@H@/laptimes\").await?;\n", "Rust sqlx `PgPool::connect(\"postgres://user:secret@host/db\")`", None),
    ("ruby_net_imap_login_second", "lib", "imap = Net::IMAP.new(\"@H@\", ssl: true)\nimap.login(\"@U@\", \"@S@\")\n", "Ruby `Net::IMAP#login(user, secret)`", None),
    ("ruby_net_smtp_start_fifth", "lib", "Net::SMTP.start(\"@H@\", 587, \"ridgewaykarting.example\", \"@U@\", \"@S@\", :login) do |smtp|\n  smtp.send_message(msg, from, to)\nend\n", "Ruby `Net::SMTP.start(host, port, helo, user, secret, :login)`", None),
    ("ruby_openssl_hmac_hexdigest_second", "lib", "sig = OpenSSL::HMAC.hexdigest(\"SHA256\", \"@S@\", payload)\n", "Ruby `OpenSSL::HMAC.hexdigest('SHA256', 'secret', data)`", None),
    ("ruby_messageverifier_new_first", "lib", "verifier = ActiveSupport::MessageVerifier.new(\"@S@\")\n", "Ruby `ActiveSupport::MessageVerifier.new('secret')`", None),
    ("php_ldap_bind_third", "lib", "$ok = ldap_bind($conn, 'cn=@U@,dc=ridgeway,dc=lan', '@S@');\n", "PHP `ldap_bind($conn, $dn, 'secret')`", None),
    ("php_hash_hmac_third", "lib", "$sig = hash_hmac('sha256', $payload, '@S@');\n", "PHP `hash_hmac('sha256', $data, 'secret')`", None),
    ("php_imap_open_third", "lib", "$mbox = imap_open('{@H@:993/imap/ssl}INBOX', '@U@', '@S@');\n", "PHP `imap_open($mailbox, $user, 'secret')`", None),
    ("php_oci_connect_second", "lib", "$conn = oci_connect('@U@', '@S@', '//@H@:1521/LEAGUE');\n", "PHP `oci_connect($user, 'secret', $db)`", None),
    ("perl_net_smtp_auth_second", "lib", "my $smtp = Net::SMTP->new('@H@', Port => 587);\n$smtp->auth('@U@', '@S@');\n", "Perl `Net::SMTP->auth(user, secret)`", None),
    ("perl_hmac_sha256_hex_second", "lib", "my $sig = hmac_sha256_hex($payload, '@S@');\n", "Perl `hmac_sha256_hex($data, 'secret')`", None),
    ("lua_resty_redis_auth_single", "lib", "local ok, err = red:auth(\"@S@\")\n", "Lua lua-resty-redis `red:auth('secret')`", None),
    ("erlang_crypto_mac_third", "lib", "sig = :crypto.mac(:hmac, :sha256, \"@S@\", body) |> Base.encode16(case: :lower)\n", "Elixir/Erlang `:crypto.mac(:hmac, :sha256, \"secret\", data)`", None),
    ("swift_symmetrickey_utf8_literal", "lib", "let key = SymmetricKey(data: Data(\"@S@\".utf8))\n", "Swift CryptoKit `SymmetricKey(data: Data(\"secret\".utf8))`", None),
    ("arduino_webserver_authenticate_second", "lib", "if (!server.authenticate(\"@U@\", \"@S@\")) {\n  return server.requestAuthentication();\n}\n", "Arduino ESP8266WebServer `server.authenticate(user, secret)`", None),
    ("arduino_blynk_begin_third", "lib", "Blynk.begin(BLYNK_AUTH_TOKEN, \"ArenaScores\", \"@S@\");\n", "Arduino `Blynk.begin(auth, ssid, secret)` (Wi-Fi key)", None),
    # ---- file ----
    ("ppp_pap_secrets_third_column", "file", "# /etc/ppp/pap-secrets\n# client        server  secret          IP addresses\n@U@    *       @S@    *\n", "`/etc/ppp/pap-secrets` third column", None),
    ("ntpd_keys_file_third_token", "file", "# /etc/ntp.keys\n1 M @S@\n", "`/etc/ntp.keys` `id type key`", None),
    ("racoon_psk_txt_second_column", "file", "# /etc/racoon/psk.txt\n10.20.0.1\t@S@\n", "racoon `psk.txt` `address key`", None),
    ("xl2tpd_l2tp_secrets_third_column", "file", "# /etc/xl2tpd/l2tp-secrets\n# them  us  secret\n*  *  @S@\n", "xl2tpd `l2tp-secrets` third column", None),
    ("git_credentials_store_url_userinfo", "file", "# ~/.git-credentials\nhttps://@U@:@S@@git.ridgewaykarting.lan\n", "`~/.git-credentials` `https://user:secret@host`", None),
    ("docker_config_json_auths_b64", "file", "{\n  \"auths\": {\n    \"registry.ridgewaykarting.lan\": {\n      \"auth\": \"@S@\"\n    }\n  }\n}\n", "`~/.docker/config.json` `auth` = Base64 of `user:secret` (span is the Base64 token)", "b64_colon"),
    ("radcli_servers_second_column", "file", "# /etc/radcli/servers\n#Server Name or Client/Server pair\t\tKey\n@H@\t\t@S@\n", "radcli `servers` `host key` (RADIUS shared secret)", None),
    ("stunnel_psk_identity_colon_pair", "file", "# /etc/stunnel/psk.txt\nlapboard:@S@\n", "stunnel `psk.txt` `identity:key`", None),
    ("monit_allow_user_colon_pair", "file", "set httpd port 2812 and\n    use address 0.0.0.0\n    allow @U@:@S@\n", "monitrc `allow user:secret`", None),
    ("hostapd_wpa_psk_file_second_column", "file", "# /etc/hostapd.wpa_psk\n00:00:00:00:00:00 @S@\n", "hostapd `wpa_psk_file` `mac passphrase`", None),
    ("kart_booking_staff_csv_sixth_column", "file", "staff_id,name,role,venue,shift,booking_console,phone\n17,Sam Okafor,pitdesk,ridgeway,late,@S@,07700 900123\n", "invented booking-staff CSV, sixth column `booking_console`", None),
    ("laser_arena_staff_pipe_third_field", "file", "# arena_staff.psv  name|role|scoring_login|vest_bank\nJess Patel|host|@S@|B\n", "invented arena staff pipe file, third field `scoring_login`", None),
    ("paintball_kiosk_accounts_tsv_second_column", "file", "kiosk\tunlock\tarea\tupdated\nwaiver-2\t@S@\tfront desk\t2025-06-11\n", "invented waiver-kiosk TSV, second column `unlock`", None),
    ("timing_staff_roster_fixed_width_cols_41_to_60", "file", "@FW@", "invented timing staff roster, fixed width, value in columns 41–60", None),
    ("marshal_roster_semicolon_fourth_field", "file", "post;marshal;radio;tablet;notes\nT3;Ola Nowak;ch2;@S@;hairpin, yellow flag\n", "invented marshal roster `post;marshal;radio;tablet;notes`", None),
    ("league_admins_json_array_second_element", "file", "[\n  [\"league-admin-1\", \"@S@\", \"results+standings\"]\n]\n", "invented league-admin JSON rows `[login, secret, scope]`", None),
    # ---- proto ----
    ("imap_tagged_login_third_token", "proto", "S: * OK [CAPABILITY IMAP4rev1 LITERAL+] ready\nC: a001 LOGIN @U@ @S@\nS: a001 OK LOGIN completed\n", "IMAP `tag LOGIN user secret`", None),
    ("smtp_auth_login_second_base64_line", "proto", "C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: @B1@\nS: 334 UGFzc3dvcmQ6\nC: @S@\nS: 235 2.7.0 Authentication successful\n", "SMTP `AUTH LOGIN`, second Base64 line (span is the Base64 token)", "b64_login"),
    ("xmpp_sasl_plain_auth_element_b64", "proto", "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>@S@</auth>\n<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>\n", "XMPP SASL PLAIN `<auth>` Base64 of NUL user NUL secret (span is the Base64 token)", "b64_plain"),
    ("redis_monitor_auth_third_quoted", "proto", "1718123456.123456 [0 10.20.0.31:51544] \"AUTH\" \"@U@\" \"@S@\"\n1718123456.124001 [0 10.20.0.31:51544] \"SELECT\" \"2\"\n", "Redis `MONITOR` line `\"AUTH\" \"user\" \"secret\"`", None),
    ("irc_nickserv_identify_positional", "proto", ":lapbot!lapbot@10.20.0.9 PRIVMSG NickServ :IDENTIFY @S@\n", "IRC `PRIVMSG NickServ :IDENTIFY secret`", None),
    ("esp8266_at_cwsap_second_quoted", "proto", "AT+CWMODE=2\r\nOK\r\nAT+CWSAP=\"ArenaVests\",\"@S@\",5,3\r\nOK\r\n", "ESP8266 `AT+CWSAP=\"ssid\",\"key\",ch,ecn`", None),
    ("freeswitch_esl_auth_command_positional", "proto", "Content-Type: auth/request\n\nauth @S@\n\nContent-Type: command/reply\nReply-Text: +OK accepted\n", "FreeSWITCH event socket `auth secret`", None),
    ("tor_control_authenticate_quoted", "proto", "250-PROTOCOLINFO 1\n250-AUTH METHODS=HASHEDPASSWORD\nAUTHENTICATE \"@S@\"\n250 OK\n", "Tor control port `AUTHENTICATE \"secret\"`", None),
    # ---- gui ----
    ("testcafe_typetext_second", "gui", "await t.typeText('#f1', '@U@').typeText('#f2', '@S@').click('#go');\n", "TestCafe `t.typeText(selector, secret)`", None),
    ("puppeteer_page_type_second", "gui", "await page.type('#f1', '@U@');\nawait page.type('#f2', '@S@');\n", "Puppeteer `page.type(selector, secret)`", None),
    ("capybara_fill_in_with_keyword", "gui", "fill_in 'f1', with: '@U@'\nfill_in 'f2', with: '@S@'\nclick_button 'Sign in'\n", "Capybara `fill_in 'field', with: 'secret'`", None),
    ("katalon_webui_settext_second", "gui", "WebUI.setText(findTestObject('Kiosk/f1'), '@U@')\nWebUI.setText(findTestObject('Kiosk/f2'), '@S@')\n", "Katalon `WebUI.setText(obj, 'secret')`", None),
    ("uft_webedit_set_single", "gui", "Browser(\"Kiosk\").Page(\"Admin\").WebEdit(\"f2\").Set \"@S@\"\n", "UFT/QTP `WebEdit(\"f2\").Set \"secret\"`", None),
    ("autoit_send_single", "gui", "WinActivate(\"Lap Board Admin\")\nControlClick(\"Lap Board Admin\", \"\", \"Edit2\")\nSend(\"@S@\")\n", "AutoIt `Send(\"secret\")`", None),
    ("squish_type_second", "gui", "type(waitForObject(\":Kiosk.f2_QLineEdit\"), \"@S@\")\n", "Squish `type(object, \"secret\")`", None),
    ("gherkin_step_type_quoted", "gui", "  When I type \"@U@\" into the first field\n  And I type \"@S@\" into the second field\n  Then I see the waiver queue\n", "Gherkin step `I type \"secret\" into the second field`", None),
    ("ydotool_type_single", "gui", "$ ydotool type '@S@'; ydotool key 28:1 28:0\n", "`ydotool type secret`", None),
    ("adb_shell_input_text_single", "gui", "$ adb -s kiosk-tab-3 shell input tap 540 880\n$ adb -s kiosk-tab-3 shell input text '@S@'\n", "`adb shell input text secret`", None),
    ("applescript_keystroke_single", "gui", "$ osascript -e 'tell application \"System Events\" to keystroke \"@S@\"'\n", "AppleScript `keystroke \"secret\"`", None),
    ("uipath_typeinto_text_attribute", "gui", "<ui:TypeInto DisplayName=\"Type into f2\" Text=\"@S@\" />\n", "UiPath `<ui:TypeInto Text=\"secret\">`", None),
    # ---- sql ----
    ("postgres_pgp_sym_encrypt_second_literal", "sql", "league=> SELECT pgp_sym_encrypt(notes, '@S@') FROM incidents WHERE id = 41;\n", "pgcrypto `pgp_sym_encrypt(data, 'secret')`", None),
    ("clickhouse_remote_table_function_fourth", "sql", ":) SELECT count() FROM remote('@H@:9000', laps.passings, '@U@', '@S@');\n", "ClickHouse `remote(host, db.table, user, 'secret')`", None),
    ("clickhouse_mysql_table_function_fifth", "sql", ":) SELECT * FROM mysql('@H@:3306', 'bookings', 'slots', '@U@', '@S@') LIMIT 5;\n", "ClickHouse `mysql(host, db, table, user, 'secret')`", None),
    ("mssql_sp_addapprole_second_argument", "sql", "1> EXEC sp_addapprole 'lapboard_reader', '@S@';\n2> GO\n", "T-SQL `sp_addapprole 'role', 'secret'`", None),
    ("mssql_sp_setapprole_second_argument", "sql", "1> EXEC sp_setapprole 'waiver_writer', '@S@';\n2> GO\n", "T-SQL `sp_setapprole 'role', 'secret'`", None),
    ("duckdb_attach_encryption_literal", "sql", "D ATTACH 'league.duckdb' AS league (ENCRYPTION_KEY '@S@');\n", "DuckDB `ATTACH … (ENCRYPTION_KEY 'secret')`", None),
]
# written and then set aside (drafts kept in S for the record, not emitted)
SET_ASIDE = {
    "restic_password_command_cat_file": "`--password-file` says password right before the value",
    "duckdb_attach_encryption_literal": "`ENCRYPTION_KEY` names the field right before the value",
    "usql_dsn_url_userinfo": "kept out to stay within 120: another database URL userinfo",
    "mycli_url_userinfo": "kept out to stay within 120: another database URL userinfo",
    "aria2c_ftp_url_userinfo": "kept out to stay within 120: another FTP URL userinfo",
    "k6_http_url_userinfo": "kept out to stay within 120: another HTTP URL userinfo",
    "gstreamer_rtspsrc_location_userinfo": "kept out to stay within 120: RTSP userinfo is covered by the VLC line",
    "ipmiutil_capital_p_after_capital_u": "too close to an earlier `ipmitool -U -P` syntax",
    "memtier_benchmark_lower_a_flag": "kept out to stay within 120",
    "beeline_lower_p_after_lower_n": "kept out to stay within 120: same flags as sqlline",
    "openssl_passwd_six_positional": "kept out to stay within 120: same idea as mkpasswd",
    "sevenzip_extract_glued_lower_p": "kept out to stay within 120: same flag as 7z a",
    "python_ibm_db_connect_third": "too close to the earlier Db2 syntaxes",
    "node_ioredis_url_empty_user": "kept out to stay within 120: same URL form as redis-py",
    "go_amqp_dial_url_userinfo": "kept out to stay within 120: same URL form as amqplib",
    "csharp_hmacsha256_ctor_getbytes": "kept out to stay within 120: HMAC key literals are well covered",
    "perl_hmac_sha256_hex_second": "kept out to stay within 120: HMAC key literals are well covered",
    "php_hash_hmac_third": "kept out to stay within 120: HMAC key literals are well covered",
    "go_pbkdf2_key_first_byteslice": "kept out to stay within 120: PBKDF2 literals are covered in Python, Java and C#",
    "rust_sqlx_pgpool_connect_url_userinfo": "kept out to stay within 120: another database URL userinfo",
    "php_imap_open_third": "kept out to stay within 120: IMAP login covered by Ruby Net::IMAP and the protocol line",
    "java_lettuce_redisuri_userinfo": "kept out to stay within 120: Redis URL covered by redis-py",
    "python_httplib2_add_credentials_second": "kept out to stay within 120: HTTP basic pairs covered by requests",
    "samba_net_rpc_capital_u_percent_pair": "kept out to stay within 120: same `user%secret` form as rpcclient",
    "gpg_symmetric_batch_passphrase_fd_three": "`--passphrase-fd` says passphrase and an earlier corpus has a gpg passphrase-fd syntax",
    "nmcli_wifi_connect_positional": "`nmcli dev wifi connect SSID password X` has the telling word `password`",
}
EXTRA = [
    ("cryptsetup_open_key_file_dash_stdin", "stdin", "$ echo -n '@S@' | cryptsetup open --type luks /dev/sdb2 timing-backup --key-file=-\n", "`echo -n secret | cryptsetup open … --key-file=-`", None),
    ("sudo_capital_s_stdin_echo", "stdin", "$ echo '@S@' | sudo -S systemctl restart lapboard\n", "`echo secret | sudo -S command`", None),
    ("lap_decoder_serial_login_frame_third_field", "proto", "> #LOGIN,@U@,@S@,1*\n< #LOGIN,OK*\n", "invented lap-decoder serial frame `#LOGIN,user,secret,1*`", None),
    ("mysql_sha2_concat_pepper_literal", "sql", "mysql> SELECT SHA2(CONCAT(voucher_code, '@S@'), 256) FROM vouchers LIMIT 1;\n", "MySQL `SHA2(CONCAT(code, 'pepper'), 256)` (pepper literal)", None),
    ("mutool_draw_lower_p_flag", "cli", "$ mutool draw -p @S@ -o waiver-%d.png signed-waivers-june.pdf 1-3\n", "MuPDF `mutool draw -p secret file.pdf`", None),
]
SYNTAXES = [x for x in S if x[0] not in SET_ASIDE] + EXTRA


def fixed_width(user, slot):
    # columns 1-12 id, 13-40 name/role, 41-60 value (1-based)
    head = "ID          NAME / ROLE                 CONSOLE             SHIFT\n"
    left = ("T%03d" % 7).ljust(12) + ("%s / timing" % user).ljust(28)
    return head + left + slot + "@PAD@" + "late\n"


def records(prefix, reg, start_index):
    rng = random.Random(SEED)
    recs = []
    n = start_index
    for syn, group, tpl, desc, kind in SYNTAXES:
        user = rng.choice(["pitdesk", "race_control", "arena_ops", "timing_svc", "waiver_kiosk", "league_admin"])
        host = rng.choice(HOSTS)
        pw = reg.draw(lambda: owner_password(rng, "-_."))
        if tpl == "@FW@":
            tpl = fixed_width(user, "@S@")
        if kind is None:
            value = pw
        else:
            reg.hidden.append(pw)
            if kind == "b64_login":
                raw = pw
            elif kind == "b64_plain":
                raw = "\0" + user + "\0" + pw
            else:
                raw = user + ":" + pw
            value = base64.b64encode(raw.encode()).decode()
            reg.add(value)
        t = tpl.replace("@U@", user).replace("@H@", host)
        t = t.replace("@B1@", base64.b64encode(user.encode()).decode())
        if "@PAD@" in t:
            t = t.replace("@PAD@", " " * (20 - len(value)))
        t = t.replace("@S@", SLOT)
        typ = PW_PREFIX + syn
        recs.append(positive("%s-s-%04d" % (prefix, n), typ, "%s__%s" % (typ, SUFFIX[group]), t, value, "password"))
        n += 1
    return recs
