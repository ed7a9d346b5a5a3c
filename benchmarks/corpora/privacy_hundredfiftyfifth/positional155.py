"""Positional passwords: the place in a command, file, call or protocol says it is a password."""
import base64
from gen155 import G

# (syntax, template, mode) ; mode: None = label the password; 'b64up' = label Base64(user:pw);
# 'b64plain' = Base64(\0user\0pw); 'b64pw' = Base64(pw)
S = [
 ("mysqladmin_glued_lower_p", "mysqladmin -u {U} -p{P} -h {H} processlist", None),
 ("mysqlcheck_glued_lower_p", "mysqlcheck -u{U} -p{P} --all-databases --auto-repair", None),
 ("mysqlshow_glued_lower_p", "mysqlshow -h {H} -u {U} -p{P} bbis", None),
 ("bcp_capital_p_after_capital_u", "bcp dbo.DonorVisits out visits.dat -S {H} -U {U} -P {P} -c", None),
 ("sqlcmd_capital_p_after_capital_u", "sqlcmd -S {H} -d Eligibility -U {U} -P {P} -Q \"EXEC dbo.NightlyDeferrals\"", None),
 ("unixodbc_isql_third_positional", "isql BBIS_REPORTS {U} {P} -v", None),
 ("lftp_lower_u_comma_pair", "lftp -u {U},{P} sftp://{H} -e 'mirror --reverse out/ /incoming/; bye'", None),
 ("wget_ftp_url_userinfo", "wget -q ftp://{U}:{P}@{H}/exports/temp_log.csv", None),
 ("curl_ftp_url_userinfo", "curl -s --ssl-reqd ftp://{U}:{P}@{H}/manifests/ -o manifests.txt", None),
 ("mount_cifs_username_percent_pair", "sudo mount -t cifs //{H}/labels /mnt/labels -o username={U}%{P},vers=3.0", None),
 ("rpcclient_capital_u_percent_pair", "rpcclient -U 'BB\\{U}%{P}' {H} -c enumdomusers", None),
 ("smbget_user_percent_pair", "smbget -R smb://{H}/coldchain/exports --user={U}%{P}", None),
 ("net_ads_join_capital_u_percent_pair", "net ads join -U {U}%{P} createcomputer=Servers/BloodBank", None),
 ("winexe_capital_u_percent_pair", "winexe -U 'BB/{U}%{P}' //{H} 'ipconfig /all'", None),
 ("crackmapexec_lower_p_after_lower_u", "crackmapexec smb {H} -u {U} -p {P} --shares", None),
 ("evil_winrm_lower_p_after_lower_u", "evil-winrm -i {H} -u {U} -p {P}", None),
 ("hydra_lower_p_single_password", "hydra -l {U} -p {P} ssh://{H} -t 4", None),
 ("psexec_lower_p_after_lower_u", "PsExec.exe \\\\{H} -u BB\\{U} -p {P} cmd /c \"sc query BBISAgent\"", None),
 ("net_use_password_before_user_flag", "net use Z: \\\\{H}\\labels {P} /user:BB\\{U} /persistent:no", None),
 ("cmdkey_pass_colon", "cmdkey /add:{H} /user:BB\\{U} /pass:{P}", None),
 ("ipmitool_capital_p_after_capital_u", "ipmitool -I lanplus -H {H} -U {U} -P {P} chassis power status", None),
 ("racadm_lower_p_after_lower_u", "racadm -r {H} -u {U} -p {P} getsysinfo", None),
 ("plink_pw_flag", "plink -ssh {U}@{H} -pw {P} -batch \"systemctl status centrifuge-poller\"", None),
 ("pscp_pw_flag", "pscp -pw {P} reports\\*.pdf {U}@{H}:/srv/reports/", None),
 ("winscp_open_sftp_url_userinfo", "winscp.com /command \"open sftp://{U}:{P}@{H}/\" \"put labels.csv /in/\" \"exit\"", None),
 ("openssl_pkcs12_passout_pass_prefix", "openssl pkcs12 -export -in label-signer.crt -inkey label-signer.key -out signer.p12 -passout pass:{P}", None),
 ("openssl_enc_lower_k", "openssl enc -aes-256-cbc -pbkdf2 -salt -in donors.csv -out donors.csv.enc -k {P}", None),
 ("gpg_passphrase_fd_zero_echo", "echo '{P}' | gpg --batch --pinentry-mode loopback --passphrase-fd 0 -d export.csv.gpg > export.csv", None),
 ("sevenzip_add_glued_lower_p", "7z a -t7z -p{P} -mhe=on hla_runs.7z runs/", None),
 ("sevenzip_extract_glued_lower_p", "7z x -p{P} courier_manifests.7z -o/tmp/manifests", None),
 ("pdftk_input_pw_argument", "pdftk donor_consent.pdf input_pw {P} output consent_open.pdf", None),
 ("keytool_storepass_flag", "keytool -list -keystore bbis-truststore.jks -storepass {P}", None),
 ("pap_secrets_third_column", "# /etc/ppp/pap-secrets\n# client  server  secret  IP\n{U}  *  {P}  *", None),
 ("strongswan_eap_secret_after_eap", "# /etc/ipsec.secrets\n{U} : EAP \"{P}\"", None),
 ("hostapd_eap_user_third_field", "# hostapd.eap_user\n\"{U}\" MSCHAPV2 \"{P}\" [2]", None),
 ("davfs2_secrets_third_column", "# /etc/davfs2/secrets\nhttps://{H}/dav/labels {U} {P}", None),
 ("exim_passwd_client_third_colon_field", "# /etc/exim4/passwd.client\n{H}:{U}:{P}", None),
 ("pgbouncer_userlist_second_quoted", "; pgbouncer userlist.txt\n\"{U}\" \"{P}\"", None),
 ("chpasswd_stdin_colon_pair", "echo '{U}:{P}' | sudo chpasswd", None),
 ("htpasswd_batch_third_positional", "htpasswd -b -B /etc/nginx/.htpasswd_labels {U} {P}", None),
 ("sqlcl_slash_logon_positional", "sql -s {U}/{P}@{H}:1521/BBISPRD @nightly_expiry.sql", None),
 ("openssl_passwd_md5_positional", "useradd -m -p \"$(openssl passwd -1 {P})\" {U}", None),
 ("samba_tool_user_create_second", "samba-tool user create {U} {P} --given-name=Courier --surname=Desk", None),
 ("dscl_passwd_positional", "sudo dscl . -passwd /Users/{U} {P}", None),
 ("security_unlock_keychain_lower_p", "security unlock-keychain -p {P} ~/Library/Keychains/build.keychain-db", None),
 ("kinit_stdin_echo", "echo '{P}' | kinit {U}@BLOODBANK.INTERNAL", None),
 ("adcli_join_stdin_password_echo", "echo -n '{P}' | adcli join --domain=bloodbank.internal -U {U} --stdin-password", None),
 ("ssh_keygen_new_passphrase_capital_n", "ssh-keygen -t ed25519 -f ~/.ssh/courier_deploy -N {P} -C courier-deploy", None),
 ("ssh_keygen_old_passphrase_capital_p", "ssh-keygen -p -f ~/.ssh/id_hla -P {P} -N ''", None),
 ("vncpasswd_filter_stdin_echo", "echo '{P}' | vncpasswd -f > ~/.vnc/passwd", None),
 ("iwconfig_key_s_colon_prefix", "iwconfig wlan0 essid FridgeNet key s:{P}", None),
 ("wpa_cli_set_network_psk_quoted", "wpa_cli -i wlan0 set_network 0 psk '\"{P}\"'", None),
 ("snmpwalk_v3_capital_a_auth", "snmpwalk -v3 -l authNoPriv -u {U} -a SHA -A {P} {H} 1.3.6.1.2.1.1", None),
 ("ldapwhoami_lower_w", "ldapwhoami -x -H ldaps://{H} -D uid={U},ou=staff,dc=bloodbank,dc=internal -w {P}", None),
 ("ldapdelete_lower_w", "ldapdelete -x -H ldap://{H} -D cn=admin,dc=bloodbank,dc=internal -w {P} uid=old.courier,ou=couriers,dc=bloodbank,dc=internal", None),
 ("firebird_isql_fb_lower_p", "isql-fb {H}:/data/bbis.fdb -u {U} -p {P}", None),
 ("impdp_userid_slash_logon", "impdp {U}/{P}@BBISPRD directory=DP_DIR dumpfile=donors.dmp", None),
 ("exp_legacy_slash_logon", "exp {U}/{P}@BBISOLD file=bbis_2009.dmp owner=BBIS", None),
 ("dgmgrl_slash_logon", "dgmgrl {U}/{P}@BBISPRD \"show configuration\"", None),
 ("jdbc_oracle_thin_slash_logon", "bbis.datasource.url=jdbc:oracle:thin:{U}/{P}@//{H}:1521/BBISPRD", None),
 ("go_mysql_dsn_colon_pair", "db, err := sql.Open(\"mysql\", \"{U}:{P}@tcp({H}:3306)/inventory?parseTime=true\")", None),
 ("mongodump_uri_userinfo", "mongodump --uri \"mongodb://{U}:{P}@{H}:27017/coldchain?authSource=admin\" --gzip", None),
 ("mongo_shell_db_auth_second", "use admin\ndb.auth(\"{U}\", \"{P}\")", None),
 ("redis_uri_empty_user_userinfo", "CELERY_RESULT_BACKEND = \"redis://:{P}@{H}:6379/3\"", None),
 ("redis_acl_auth_two_arguments", "127.0.0.1:6379> AUTH {U} {P}\nOK", None),
 ("amqp_broker_url_userinfo", "broker_url = \"amqp://{U}:{P}@{H}:5672/dispatch\"", None),
 ("nats_url_userinfo", "nc, _ := nats.Connect(\"nats://{U}:{P}@{H}:4222\")", None),
 ("pgbench_uri_userinfo", "pgbench -c 8 -T 60 \"postgresql://{U}:{P}@{H}:5432/organ_match\"", None),
 ("curl_proxy_url_userinfo", "curl -x http://{U}:{P}@proxy.bloodbank.internal:3128 https://registry.example.org/health", None),
 ("https_proxy_env_userinfo", "export https_proxy=http://{U}:{P}@proxy.bloodbank.internal:3128", None),
 ("apt_conf_proxy_userinfo", "// /etc/apt/apt.conf.d/95proxy\nAcquire::http::Proxy \"http://{U}:{P}@proxy.bloodbank.internal:3128/\";", None),
 ("git_config_http_proxy_userinfo", "git config --global http.proxy http://{U}:{P}@proxy.bloodbank.internal:3128", None),
 ("npm_config_proxy_userinfo", "npm config set proxy http://{U}:{P}@proxy.bloodbank.internal:3128", None),
 ("ncat_proxy_auth_colon_pair", "ncat --proxy proxy.bloodbank.internal:3128 --proxy-type http --proxy-auth {U}:{P} {H} 443", None),
 ("docker_login_password_stdin_echo", "echo '{P}' | docker login registry.bloodbank.internal -u {U} --password-stdin", None),
 ("oras_login_lower_p_after_lower_u", "oras login registry.bloodbank.internal -u {U} -p {P}", None),
 ("podman_login_lower_p_after_lower_u", "podman login -u {U} -p {P} quay.bloodbank.internal", None),
 ("crane_auth_login_lower_p", "crane auth login registry.bloodbank.internal -u {U} -p {P}", None),
 ("ncftpget_lower_p_after_lower_u", "ncftpget -u {U} -p {P} {H} ./in /outgoing/labels/*.zpl", None),
 ("ftp_pass_command_after_user", "220 courier-ftp ready\nUSER {U}\n331 Please specify the password.\nPASS {P}\n230 Login successful.", None),
 ("pop3_pass_command_after_user", "+OK POP3 ready\nUSER {U}\n+OK\nPASS {P}\n+OK maildrop has 3 messages", None),
 ("smtp_auth_login_second_b64_line", "AUTH LOGIN\n334 VXNlcm5hbWU6\n{BU}\n334 UGFzc3dvcmQ6\n{X}\n235 2.7.0 Authentication successful", "b64pw"),
 ("imap_authenticate_plain_b64", "a001 AUTHENTICATE PLAIN\n+\n{X}\na001 OK AUTHENTICATE completed", "b64plain"),
 ("xmpp_sasl_plain_auth_element", "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>{X}</auth>", "b64plain"),
 ("http_proxy_authorization_basic_b64", "CONNECT registry.example.org:443 HTTP/1.1\nProxy-Authorization: Basic {X}\n", "b64up"),
 ("sql_sp_addlinkedsrvlogin_fifth", "EXEC sp_addlinkedsrvlogin 'BBIS_LEGACY', 'false', NULL, '{U}', '{P}';", None),
 ("sql_sp_password_second", "EXEC sp_password NULL, '{P}', '{U}';", None),
 ("expect_send_after_prompt", "spawn ssh {U}@{H}\nexpect \"assword:\"\nsend \"{P}\\r\"\ninteract", None),
 ("python_pymysql_connect_third_positional", "conn = pymysql.connect(\"{H}\", \"{U}\", \"{P}\", \"inventory\")", None),
 ("python_paramiko_connect_fourth_positional", "client.connect(\"{H}\", 22, \"{U}\", \"{P}\")", None),
 ("python_ftplib_ftp_ctor_third", "ftp = ftplib.FTP_TLS(\"{H}\", \"{U}\", \"{P}\")", None),
 ("python_poplib_pass_underscore_first", "box = poplib.POP3_SSL(\"{H}\")\nbox.user(\"{U}\")\nbox.pass_(\"{P}\")", None),
 ("python_redis_ctor_fourth_positional", "r = redis.Redis(\"{H}\", 6379, 0, \"{P}\")", None),
 ("python_ldap3_connection_third", "conn = Connection(server, \"uid={U},ou=staff,dc=bloodbank,dc=internal\", \"{P}\", auto_bind=True)", None),
 ("python_requests_auth_tuple_second", "resp = requests.get(url, auth=(\"{U}\", \"{P}\"), timeout=10)", None),
 ("python_aiohttp_basicauth_second", "auth = aiohttp.BasicAuth(\"{U}\", \"{P}\")", None),
 ("python_pykeepass_ctor_second", "kp = PyKeePass(\"courier.kdbx\", \"{P}\")", None),
 ("python_zipfile_setpassword_bytes", "zf = zipfile.ZipFile(\"manifests.zip\")\nzf.setpassword(b\"{P}\")", None),
 ("node_sequelize_ctor_third", "const sequelize = new Sequelize('organ_match', '{U}', '{P}', { host: '{H}', dialect: 'mariadb' });", None),
 ("node_mysql_create_connection_uri", "const conn = mysql.createConnection('mysql://{U}:{P}@{H}/inventory');", None),
 ("java_passwordauthentication_second", "return new PasswordAuthentication(\"{U}\", \"{P}\".toCharArray());", None),
 ("java_commons_net_ftp_login_second", "ftp.connect(\"{H}\");\nftp.login(\"{U}\", \"{P}\");", None),
 ("java_keystore_load_second", "ks.load(new FileInputStream(\"label-signer.p12\"), \"{P}\".toCharArray());", None),
 ("java_jedis_auth_single", "jedis.auth(\"{P}\");", None),
 ("csharp_networkcredential_second", "client.Credentials = new NetworkCredential(\"{U}\", \"{P}\");", None),
 ("csharp_sshnet_sftpclient_third", "using var sftp = new SftpClient(\"{H}\", \"{U}\", \"{P}\");", None),
 ("powershell_convertto_securestring_first", "$sec = ConvertTo-SecureString '{P}' -AsPlainText -Force", None),
 ("go_ssh_password_argument", "Auth: []ssh.AuthMethod{ssh.Password(\"{P}\")},", None),
 ("go_jlaffaye_ftp_login_second", "err = c.Login(\"{U}\", \"{P}\")", None),
 ("rust_ssh2_userauth_password_second", "sess.userauth_password(\"{U}\", \"{P}\")?;", None),
 ("ruby_net_ftp_new_third", "ftp = Net::FTP.new('{H}', '{U}', '{P}')", None),
 ("php_ftp_login_third", "ftp_login($conn, '{U}', '{P}');", None),
 ("php_imap_open_third", "$mbox = imap_open('{{{H}:993/imap/ssl}}INBOX', '{U}', '{P}');", None),
 ("perl_dbi_connect_third", "my $dbh = DBI->connect('dbi:Oracle:BBISPRD', '{U}', '{P}');", None),
 ("perl_net_ftp_login_second", "$ftp->login('{U}', '{P}') or die $ftp->message;", None),
 ("lua_luasql_connect_third", "local con = env:connect('bbis', '{U}', '{P}', '{H}')", None),
 ("arduino_wifi_begin_second", "WiFi.begin(\"FridgeNet\", \"{P}\");", None),
 ("arduino_pubsubclient_connect_third", "mqtt.connect(\"fridge-probe-07\", \"{U}\", \"{P}\");", None),
 ("user_import_csv_second_column", "# couriers_import.csv (login,secret,role)\n{U},{P},driver", None),
]

USERS = ["bbis_etl", "courier.ops", "hla_lab", "coldchain", "svc_labels", "txp_coord", "dispatch01", "donorsync", "apheresis_svc", "plasma.admin"]
HOSTS = ["bbis-db01.bloodbank.internal", "10.42.8.21", "hla-nas.bloodbank.internal", "fridge-gw.coldchain.internal", "172.18.3.40", "courier-ftp.example.org", "txp-app02.registry.internal", "192.168.60.12"]
SUFFIXES = ["donor_centre_terminal_history", "bbis_validation_script", "registry_service_snippet", "courier_link_packet_log"]


def build_with(reg, seed=15503):
    g = G(seed, reg)
    out = []
    for i, (syn, tpl, mode) in enumerate(S):
        u = USERS[i % len(USERS)]
        h = HOSTS[(3 * i) % len(HOSTS)]
        p = g.pw()
        t = "bbpw_" + syn
        if mode is None:
            pre, post = tpl.split("{P}", 1)
            rest = post.replace("{P}", p)
            val = p
        else:
            raw = {"b64pw": p, "b64up": u + ":" + p, "b64plain": "\0" + u + "\0" + p}[mode]
            val = g.draw(lambda: base64.b64encode(raw.encode()).decode())
            pre, rest = tpl.split("{X}", 1)
        f = lambda s: s.replace("{U}", u).replace("{H}", h).replace("{BU}", base64.b64encode(u.encode()).decode()).replace("{{", "{").replace("}}", "}")
        pre, rest = f(pre), f(rest)
        text = pre + val + rest + "\n"
        out.append({"type": t, "container": t + "__" + SUFFIXES[i % 4], "text": text,
                    "secrets": [{"value": val, "start": len(pre), "end": len(pre) + len(val), "type": t}],
                    "source": "password"})
    return out
