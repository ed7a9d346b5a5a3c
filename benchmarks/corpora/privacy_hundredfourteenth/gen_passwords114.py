"""Positional password syntaxes: the value's place says it is a password."""
import random
from common114 import SLOT, owner_pw

S = SLOT
# (syntax, template) ; {u} user name, {h} host
SYNTAXES = [
    ("psql_conninfo_url_userinfo", "$ psql 'postgresql://{u}:" + S + "@{h}:5432/odds_history?sslmode=require'"),
    ("rabbitmqctl_add_user_second", "# rabbitmqctl add_user {u} " + S + "\nAdding user \"{u}\" ..."),
    ("pgbouncer_userlist_second_quoted", "; /etc/pgbouncer/userlist.txt\n\"{u}\" \"" + S + "\""),
    ("pgpass_fifth_field", "# ~/.pgpass\n{h}:5432:settlement:{u}:" + S),
    ("git_credentials_store_line_userinfo", "# ~/.git-credentials\nhttps://{u}:" + S + "@git.{h}"),
    ("rsyncd_secrets_after_colon", "# /etc/rsyncd.secrets\n{u}:" + S),
    ("openvpn_auth_user_pass_second_line", "# /etc/openvpn/client/regulator-auth.txt\n{u}\n" + S),
    ("ppp_chap_secrets_third_column", "# /etc/ppp/chap-secrets\n# client  server  secret  IP addresses\n{u}  *  " + S + "  *"),
    ("ipmitool_capital_p_after_capital_u", "$ ipmitool -I lanplus -H 10.20.4.17 -U {u} -P " + S + " chassis power status"),
    ("racadm_lower_p_after_lower_u", "$ racadm -r 10.20.4.18 -u {u} -p " + S + " getsysinfo"),
    ("zip_capital_p_archive", "$ zip -P " + S + " -r draw-evidence-2026-03.zip ./evidence/"),
    ("unrar_glued_lower_p", "$ unrar x -p" + S + " rtp-certification-pack.rar ./cert/"),
    ("ssh_keygen_capital_n_new_key", "$ ssh-keygen -t ed25519 -N '" + S + "' -C odds-deploy -f ~/.ssh/odds_deploy"),
    ("cryptsetup_open_dash_keyfile_pipe", "# echo -n '" + S + "' | cryptsetup luksOpen /dev/sdb1 draw_archive -d -"),
    ("winrs_colon_p_switch", "C:\\> winrs -r:rgs-win01 -u:{u} -p:" + S + " ipconfig /all"),
    ("schtasks_rp_run_as", "C:\\> schtasks /create /tn OddsNightly /tr C:\\jobs\\odds.cmd /sc daily /st 02:00 /ru CORP\\{u} /rp " + S),
    ("net_user_add_second_positional", "C:\\> net user {u} " + S + " /add /y"),
    ("rdesktop_lower_p_after_u", "$ rdesktop -u {u} -p " + S + " cage-kiosk-07.{h}"),
    ("wpa_cli_set_network_psk_quoted", "> set_network 0 ssid '\"CasinoFloorOps\"'\nOK\n> set_network 0 psk '\"" + S + "\"'\nOK"),
    ("mosquitto_pub_capital_p_after_u", "$ mosquitto_pub -h mqtt.{h} -p 8883 -u {u} -P " + S + " -t odds/updates -m ping"),
    ("redis_cli_lower_a", "$ redis-cli -h bonus-cache.{h} -p 6379 -a " + S + " --no-auth-warning INFO keyspace"),
    ("redis_conf_masterauth_line", "# redis.conf (replica)\nreplicaof 10.0.3.11 6379\nmasterauth " + S),
    ("mongosh_lower_p_after_u", "$ mongosh --host wallet-rs0/{h} -u {u} -p " + S + " --authenticationDatabase admin"),
    ("cqlsh_lower_p_after_u", "$ cqlsh -u {u} -p " + S + " bets-cass-01.{h} 9042"),
    ("cypher_shell_lower_p_after_u", "$ cypher-shell -a neo4j+s://fraud-graph.{h} -u {u} -p " + S),
    ("freetds_tsql_capital_p", "$ tsql -S LOTTODB -U {u} -P " + S + "\nlocale is \"C.UTF-8\"\n1>"),
    ("mysqlsh_uri_userinfo", "$ mysqlsh mysql://{u}:" + S + "@{h}:3306/promo --sql"),
    ("curl_lower_u_colon_pair", "$ curl -s -u {u}:" + S + " https://feed.{h}/v2/markets?sport=soccer"),
    ("slappasswd_lower_s", "$ slappasswd -h '{SSHA}' -s " + S),
    ("doveadm_pw_lower_p", "$ doveadm pw -s SHA512-CRYPT -p " + S),
    ("postfix_sasl_passwd_map_after_colon", "# /etc/postfix/sasl_passwd\n[smtp.{h}]:587 {u}:" + S),
    ("sql_create_user_identified_by_quoted", "mysql> CREATE USER '{u}'@'10.0.%' IDENTIFIED BY '" + S + "';\nQuery OK, 0 rows affected"),
    ("oracle_alter_user_identified_by_bare", "SQL> ALTER USER {u} IDENTIFIED BY " + S + ";\n\nUser altered."),
    ("hdbsql_lower_p_after_u", "$ hdbsql -n hana-lotto:30015 -u {u} -p " + S + " \"SELECT COUNT(*) FROM DRAWS\""),
    ("vertica_vsql_lower_w", "$ vsql -h vertica.{h} -U {u} -w " + S + " -c 'select 1'"),
    ("teradata_bteq_logon_after_comma", ".LOGON tdprod/{u}," + S + "\nSELECT COUNT(*) FROM bets.settled;\n.LOGOFF"),
    ("exaplus_lower_p_after_u", "$ exaplus -c exa.{h}:8563 -u {u} -p " + S + " -f nightly_ggr.sql"),
    ("kinit_stdin_pipe", "$ echo '" + S + "' | kinit {u}@CORP.EXAMPLE.COM"),
    ("samba_tool_user_create_second", "# samba-tool user create {u} " + S + " --given-name=Cage --surname=Ops"),
    ("radtest_second_positional", "$ radtest {u} " + S + " radius.{h} 0 \"$NAS_SECRET\""),
    ("radclient_trailing_shared_secret", "$ echo \"User-Name={u},User-Password=$USER_PW\" | radclient -x radius.{h}:1812 auth " + S),
    ("stunnel_psksecrets_after_colon", "# /etc/stunnel/psk.txt\nodds-relay:" + S),
    ("expect_send_after_prompt", "spawn ssh {u}@{h}\nexpect \"assword:\"\nsend \"" + S + "\\r\"\ninteract"),
    ("python_imaplib_login_second", "import imaplib\nM = imaplib.IMAP4_SSL('imap.{h}')\nM.login('{u}', '" + S + "')"),
    ("python_pymssql_connect_third", "import pymssql\nconn = pymssql.connect('sql-rg.{h}', '{u}', '" + S + "', 'ResponsibleGaming')"),
    ("python_oracledb_connect_second", "import oracledb\nconn = oracledb.connect('{u}', '" + S + "', 'lotto-db.{h}/DRAWPDB')"),
    ("python_requests_httpdigestauth_second", "from requests.auth import HTTPDigestAuth\nr = requests.get(url, auth=HTTPDigestAuth('{u}', '" + S + "'))"),
    ("python_aiohttp_basicauth_second", "auth = aiohttp.BasicAuth('{u}', '" + S + "')\nasync with session.get(FEED_URL, auth=auth) as resp:"),
    ("python_kazoo_add_auth_digest_colon", "zk = KazooClient(hosts='zk1.{h}:2181')\nzk.start()\nzk.add_auth('digest', '{u}:" + S + "')"),
    ("python_ldap3_connection_third", "from ldap3 import Server, Connection\nconn = Connection(Server('ldaps://dc1.{h}'), 'CORP\\\\{u}', '" + S + "', auto_bind=True)"),
    ("python_win32_logonuser_third", "handle = win32security.LogonUser('{u}', 'CORP', '" + S + "', win32con.LOGON32_LOGON_NETWORK, win32con.LOGON32_PROVIDER_DEFAULT)"),
    ("python_exchangelib_credentials_second", "from exchangelib import Credentials, Account\ncreds = Credentials('{u}@{h}', '" + S + "')"),
    ("python_jenkins_ctor_third", "import jenkins\nserver = jenkins.Jenkins('https://ci.{h}', '{u}', '" + S + "')"),
    ("python_paho_username_pw_set_second", "client = mqtt.Client()\nclient.username_pw_set('{u}', '" + S + "')\nclient.connect('mqtt.{h}', 8883)"),
    ("java_jedis_auth_first", "Jedis jedis = new Jedis(\"bonus-cache.{h}\", 6379);\njedis.auth(\"" + S + "\");"),
    ("java_mongocredential_create_third", "MongoCredential cred = MongoCredential.createScramSha256Credential(\"{u}\", \"admin\", \"" + S + "\".toCharArray());"),
    ("java_jndi_security_credentials_put", "env.put(Context.SECURITY_PRINCIPAL, \"cn={u},ou=svc,dc=example,dc=com\");\nenv.put(Context.SECURITY_CREDENTIALS, \"" + S + "\");"),
    ("csharp_networkcredential_second", "var cred = new NetworkCredential(\"{u}\", \"" + S + "\", \"CORP\");\nclient.Credentials = cred;"),
    ("csharp_sshnet_sshclient_third", "using var ssh = new SshClient(\"draw-ctl.{h}\", \"{u}\", \"" + S + "\");\nssh.Connect();"),
    ("go_net_smtp_plainauth_third", "auth := smtp.PlainAuth(\"\", \"{u}@{h}\", \"" + S + "\", \"smtp.{h}\")"),
    ("go_ldap_v3_bind_second", "if err := l.Bind(\"cn={u},ou=svc,dc=example,dc=com\", \"" + S + "\"); err != nil {\n\tlog.Fatal(err)\n}"),
    ("go_mysql_driver_dsn_colon_at_tcp", "db, err := sql.Open(\"mysql\", \"{u}:" + S + "@tcp(promo-db.{h}:3306)/promo?parseTime=true\")"),
    ("rust_suppaftp_login_second", "let mut ftp = FtpStream::connect(\"reports.{h}:21\")?;\nftp.login(\"{u}\", \"" + S + "\")?;"),
    ("ruby_net_ftp_login_second", "ftp = Net::FTP.new('reports.{h}')\nftp.login('{u}', '" + S + "')"),
    ("ruby_net_smtp_start_fifth", "Net::SMTP.start('smtp.{h}', 587, 'odds.example.com', '{u}', '" + S + "', :login) do |smtp|"),
    ("ruby_net_http_basic_auth_second", "req = Net::HTTP::Get.new(uri)\nreq.basic_auth '{u}', '" + S + "'"),
    ("perl_dbi_connect_third", "my $dbh = DBI->connect('dbi:Pg:dbname=bets;host={h}', '{u}', '" + S + "', { RaiseError => 1 });"),
    ("perl_net_smtp_auth_second", "my $smtp = Net::SMTP->new('smtp.{h}', Port => 587);\n$smtp->auth('{u}', '" + S + "');"),
    ("perl_lwp_credentials_fourth", "$ua->credentials('feed.{h}:443', 'Odds Feed', '{u}', '" + S + "');"),
    ("php_mysqli_ctor_third", "$db = new mysqli('promo-db.{h}', '{u}', '" + S + "', 'promo');"),
    ("php_pdo_ctor_third", "$pdo = new PDO('pgsql:host={h};dbname=affiliates', '{u}', '" + S + "');"),
    ("php_imap_open_third", "$mbox = imap_open('{imap.{h}:993/imap/ssl}INBOX', '{u}', '" + S + "');"),
    ("keepassxc_cli_stdin_pipe", "$ echo '" + S + "' | keepassxc-cli ls ~/vaults/casino-ops.kdbx"),
    ("ncftpput_lower_p_after_u", "$ ncftpput -u {u} -p " + S + " ftp.{h} /inbound ggr_2026-03.csv"),
    ("fstab_curlftpfs_user_option_colon", "# /etc/fstab\ncurlftpfs#ftp.{h} /mnt/regulator fuse user={u}:" + S + ",allow_other,_netdev 0 0"),
    ("rclone_obscure_positional", "$ rclone obscure " + S + "\nm3Qz0uXo7yP..."),
    ("jenkins_cli_auth_colon_pair", "$ java -jar jenkins-cli.jar -s https://ci.{h}/ -auth {u}:" + S + " build odds-deploy"),
    ("freeswitch_esl_auth_command", "$ nc 10.0.5.20 8021\nContent-Type: auth/request\n\nauth " + S + "\n\nContent-Type: command/reply\nReply-Text: +OK accepted"),
    ("rabbitmqadmin_lower_p_after_u", "$ rabbitmqadmin -H mq.{h} -u {u} -p " + S + " list queues name messages"),
    ("mycli_lower_p_after_u", "$ mycli -h promo-db.{h} -u {u} -p " + S + " promo"),
    ("impacket_target_domain_user_colon_at", "$ wmiexec.py CORP/{u}:" + S + "@10.20.8.4 hostname"),
    ("dovecot_passwd_file_plain_scheme", "# /etc/dovecot/users\n{u}@{h}:{PLAIN}" + S + "::::::"),
    ("jetty_realm_properties_before_roles", "# etc/realm.properties\n{u}: " + S + ", admin, trader"),
    ("activemq_users_properties_user_equals", "# conf/users.properties\n{u}=" + S),
    ("hostapd_wpa_psk_file_second_column", "# /etc/hostapd/wpa_psk\n00:00:00:00:00:00 " + S),
    ("pip_conf_index_url_userinfo", "[global]\nindex-url = https://{u}:" + S + "@pypi.{h}/simple/"),
    ("swaks_ap_after_au", "$ swaks --to ops@{h} --server smtp.{h}:587 -tls -au {u} -ap " + S),
    ("splunk_cli_auth_colon_pair", "$ /opt/splunkforwarder/bin/splunk add forward-server idx.{h}:9997 -auth {u}:" + S),
    ("minio_mc_admin_user_add_last", "$ mc admin user add drawstore {u} " + S + "\nAdded user `{u}` successfully."),
    ("pihole_a_lower_p", "pi@dns-cage:~ $ pihole -a -p " + S),
    ("airflow_users_create_lower_p", "$ airflow users create -u {u} -e {u}@{h} -f Odds -l Ops -r Admin -p " + S),
    ("node_mqtt_connect_url_userinfo", "const client = mqtt.connect('mqtts://{u}:" + S + "@mqtt.{h}:8883');"),
    ("sqlalchemy_create_engine_url_userinfo", "engine = create_engine('postgresql+psycopg2://{u}:" + S + "@{h}/bets')"),
    ("gio_mount_smb_url_domain_user", "$ gio mount 'smb://CORP;{u}:" + S + "@fs01.{h}/reports'"),
    ("lua_resty_redis_auth_first", "local ok, err = red:auth(\"" + S + "\")\nif not ok then ngx.log(ngx.ERR, err) end"),
    ("node_ldapjs_bind_second", "client.bind('cn={u},ou=svc,dc=example,dc=com', '" + S + "', (err) => { if (err) throw err; });"),
    ("scala_slick_forurl_third", "val db = Database.forURL(\"jdbc:postgresql://{h}/bets\", \"{u}\", \"" + S + "\", driver = \"org.postgresql.Driver\")"),
    ("groovy_sql_newinstance_third", "def sql = Sql.newInstance('jdbc:mysql://{h}/promo', '{u}', '" + S + "', 'com.mysql.cj.jdbc.Driver')"),
    ("c_libpq_pqsetdblogin_seventh", "PGconn *c = PQsetdbLogin(\"{h}\", \"5432\", NULL, NULL, \"draws\", \"{u}\", \"" + S + "\");"),
    ("c_mysql_real_connect_fourth", "mysql_real_connect(conn, \"{h}\", \"{u}\", \"" + S + "\", \"promo\", 3306, NULL, 0);"),
]

USERS = ["svc_odds", "trader01", "drawops", "cage_admin", "kycsync", "rg_audit", "aff_etl", "wallet_app", "settle_bot", "lotto_rpt"]
HOSTS = ["bet.example.com", "lotto.example.net", "casino.example.org", "odds.example.com", "draw.example.net"]
SUFFIXES = ["odds_trader_terminal_paste", "casino_backend_config_excerpt", "lottery_wire_capture", "sportsbook_source_line"]


def generate(seed=11403):
    rng = random.Random(seed)
    out = []
    for i, (syn, tmpl) in enumerate(SYNTAXES):
        u = USERS[i % len(USERS)]
        h = HOSTS[(i * 3) % len(HOSTS)]
        text = tmpl.replace("{u}", u).replace("{h}", h)
        v = owner_pw(rng)
        typ = "betpw_" + syn
        out.append((text, v, typ, typ + "__" + SUFFIXES[i % 4], "password"))
    return out
