"""Positional password syntaxes: the place says it is a password."""
import random, re
from common120 import *

M = MARK
SUF = {"s": "adtech_oncall_shell_paste", "c": "bidder_repo_source_excerpt",
       "f": "ad_infra_config_file_excerpt", "w": "ad_network_wire_capture_decoded"}
# (syntax, signature, suffix code, template)
SYNTAXES = [
 ("redis_cli_lower_a_flag", "rediscli", "s", "$ redis-cli -h freqcap.example.internal -a " + M + " --no-auth-warning INFO keyspace"),
 ("mysqladmin_glued_lower_p", "mysqladmin", "s", "$ mysqladmin -u root -p" + M + " -h 10.0.8.4 status"),
 ("mongosh_lower_p_after_u", "mongosh", "s", "$ mongosh \"mongodb://profiles.example.internal:27017/ads\" -u segment_rw -p " + M),
 ("vertica_vsql_lower_w", "vsql", "s", "$ vsql -h vertica.example.internal -U dbadmin -w " + M + " -c 'select count(*) from impressions'"),
 ("teradata_bteq_logon_slash", "bteq", "s", "$ bteq <<EOF\n.LOGON tdprod.example.internal/adops," + M + ";\nSELECT COUNT(*) FROM ads.clicks;\n.LOGOFF;\nEOF"),
 ("db2_connect_user_using", "db2connect", "s", "$ db2 connect to ADWH user adops using " + M),
 ("hana_hdbsql_lower_p", "hdbsql", "s", "$ hdbsql -n hana.example.internal:30015 -u ADOPS -p " + M + " \"SELECT 1 FROM DUMMY\""),
 ("smbclient_percent_pair", "smbclient", "s", "$ smbclient //fs.example.internal/creatives -U trafficker%" + M + " -c 'ls'"),
 ("rpcclient_quoted_percent_pair", "rpcclient", "s", "$ rpcclient -U 'adops%" + M + "' 10.0.3.4 -c enumdomusers"),
 ("hydra_lower_p_single", "hydra", "s", "$ hydra -l admin -p " + M + " -t 4 ssh://10.0.0.5"),
 ("evil_winrm_lower_p", "evilwinrm", "s", "$ evil-winrm -i 10.0.0.8 -u adops -p " + M),
 ("impacket_secretsdump_target_colon", "secretsdump", "s", "$ secretsdump.py EXAMPLE/adops:" + M + "@10.0.0.9"),
 ("impacket_wmiexec_target_colon", "wmiexec", "s", "$ wmiexec.py EXAMPLE/svc_reports:" + M + "@10.0.0.11 hostname"),
 ("crackmapexec_smb_lower_p", "crackmapexec", "s", "$ crackmapexec smb 10.0.0.0/24 -u adops -p " + M),
 ("kinit_stdin_echo", "kinit", "s", "$ echo '" + M + "' | kinit adops@EXAMPLE.COM"),
 ("skopeo_src_creds_colon", "skopeo", "s", "$ skopeo copy --src-creds ci-bot:" + M + " docker://registry.example.com/bidder:4.2 dir:/tmp/bidder"),
 ("buildah_login_lower_p", "buildah", "s", "$ buildah login -u ci-bot -p " + M + " registry.example.com"),
 ("crane_auth_login_lower_p", "craneauth", "s", "$ crane auth login registry.example.com -u ci-bot -p " + M),
 ("twine_upload_lower_p", "twine", "s", "$ twine upload --repository-url https://pypi.example.com/ -u deploy -p " + M + " dist/*"),
 ("rman_target_slash_pair", "rman", "s", "$ rman target sys/" + M + "@ADSDB"),
 ("impdp_user_slash_pair", "impdp", "s", "$ impdp adops/" + M + "@ADSDB directory=DP_DIR dumpfile=campaigns.dmp"),
 ("mysqlsh_uri_userinfo", "mysqlsh", "s", "$ mysqlsh adops:" + M + "@db.example.internal:3306 --sql"),
 ("mariadb_client_glued_lower_p", "mariadbclient", "s", "$ mariadb -uadops -p" + M + " -h 10.0.8.9 adlogs"),
 ("pgbouncer_userlist_second_field", "pgbouncer", "f", "; /etc/pgbouncer/userlist.txt\n\"bidder\" \"" + M + "\"\n"),
 ("freetds_tsql_capital_p", "freetds", "s", "$ tsql -S ADSQL -U adops -P " + M),
 ("mssql_cli_capital_p", "mssqlcli", "s", "$ mssql-cli -S sql.example.internal -U ad_reader -P " + M + " -d Delivery"),
 ("mongoimport_srv_uri_userinfo", "mongoimport", "s", "$ mongoimport --uri mongodb+srv://seg_loader:" + M + "@cluster0.example.net/ads --collection segments --file seg.json"),
 ("pymongo_mongoclient_srv_userinfo", "mongoclient", "c", "client = MongoClient(\"mongodb+srv://profile_rw:" + M + "@profiles.example.net/?retryWrites=true\")"),
 ("node_ioredis_rediss_userinfo", "ioredis", "c", "const cap = new Redis('rediss://default:" + M + "@freqcap.example.net:6380/0');"),
 ("nats_go_connect_url_userinfo", "natsconnect", "c", "nc, err := nats.Connect(\"nats://bidder:" + M + "@nats.example.internal:4222\")"),
 ("elasticsearch_py_url_userinfo", "elasticsearchpy", "c", "es = Elasticsearch(\"https://elastic:" + M + "@logs.example.internal:9200\")"),
 ("opensearch_py_http_auth_tuple", "opensearchpy", "c", "os_client = OpenSearch(hosts=[\"search.example.internal\"], http_auth=(\"admin\", \"" + M + "\"))"),
 ("aerospike_asadm_capital_p", "asadm", "s", "$ asadm -h 10.0.5.2 -U admin -P " + M + " -e 'info'"),
 ("neo4j_cypher_shell_lower_p", "cyphershell", "s", "$ cypher-shell -a bolt://graph.example.internal:7687 -u neo4j -p " + M),
 ("go_sql_open_mysql_dsn", "sqlopen", "c", "db, err := sql.Open(\"mysql\", \"adops:" + M + "@tcp(db.example.internal:3306)/ads\")"),
 ("go_pgx_connect_url", "pgxconnect", "c", "conn, err := pgx.Connect(ctx, \"postgres://bidder:" + M + "@db.example.internal:5432/bids\")"),
 ("rust_reqwest_basic_auth_some", "reqwest", "c", "let resp = client.get(url).basic_auth(\"adops\", Some(\"" + M + "\")).send().await?;"),
 ("rust_sqlx_pgpool_connect_url", "pgpoolconnect", "c", "let pool = PgPool::connect(\"postgres://pacing:" + M + "@db.example.internal/pacing\").await?;"),
 ("node_mysql2_createconnection_uri", "createconnection", "c", "const conn = mysql.createConnection('mysql://adops:" + M + "@db.example.internal/ads');"),
 ("dotnet_networkcredential_second", "networkcredential", "c", "var cred = new NetworkCredential(\"adops\", \"" + M + "\");"),
 ("powershell_convertto_securestring", "converttosecurestring", "c", "$sec = ConvertTo-SecureString \"" + M + "\" -AsPlainText -Force"),
 ("java_jedis_auth_single", "jedis", "c", "jedis.auth(\"" + M + "\");"),
 ("java_mongocredential_third", "mongocredential", "c", "MongoCredential c = MongoCredential.createCredential(\"adops\", \"ads\", \"" + M + "\".toCharArray());"),
 ("java_sshj_authpassword_second", "sshj", "c", "ssh.authPassword(\"deploy\", \"" + M + "\");"),
 ("ruby_redis_new_url_colon", "redisnew", "c", "$cap = Redis.new(url: \"redis://:" + M + "@freqcap.example.internal:6379/2\")"),
 ("ruby_net_smtp_start_fifth", "netsmtpstart", "c", "Net::SMTP.start('smtp.example.com', 587, 'example.com', 'adops', '" + M + "', :login) { |s| s.send_message(msg, from, to) }"),
 ("python_asyncpg_connect_url", "asyncpg", "c", "conn = await asyncpg.connect(\"postgresql://bidder:" + M + "@db.example.internal/bids\")"),
 ("python_aiohttp_basicauth_second", "aiohttp", "c", "auth = aiohttp.BasicAuth(\"adops\", \"" + M + "\")"),
 ("python_httpx_auth_tuple", "httpx", "c", "client = httpx.Client(auth=(\"adops\", \"" + M + "\"))"),
 ("python_create_engine_url", "createengine", "c", "engine = create_engine(\"postgresql+psycopg2://reports:" + M + "@warehouse.example.internal/ads\")"),
 ("python_redis_from_url_userinfo", "redisfromurl", "c", "r = redis.from_url(\"redis://default:" + M + "@freqcap.example.internal:6379/0\")"),
 ("php_ssh2_auth_password_third", "ssh2auth", "c", "ssh2_auth_password($conn, 'deploy', '" + M + "');"),
 ("php_imap_open_third", "imapopen", "c", "$mbox = imap_open('{imap.example.com:993/imap/ssl}INBOX', 'adops', '" + M + "');"),
 ("perl_net_smtp_auth_second", "smtpauth", "c", "$smtp->auth('adops', '" + M + "');"),
 ("muttrc_imaps_folder_userinfo", "muttrc", "f", "set folder=\"imaps://adops:" + M + "@imap.example.com/\"\nset spoolfile=\"+INBOX\""),
 ("davfs2_secrets_third_field", "davfs2", "f", "# /etc/davfs2/secrets\n/mnt/creatives adops " + M),
 ("proxychains_socks5_fifth_field", "proxychains", "f", "[ProxyList]\nsocks5 10.0.0.2 1080 adops " + M),
 ("squid_cache_peer_login_colon", "cachepeer", "f", "cache_peer parent.example.com parent 3128 0 no-query login=adops:" + M),
 ("git_push_https_userinfo", "gitpush", "s", "$ git push https://ci-bot:" + M + "@git.example.com/adops/tags.git main"),
 ("pip_install_index_url_userinfo", "pipinstall", "s", "$ pip install --index-url https://ci:" + M + "@pypi.example.com/simple adtools==3.1"),
 ("ldapwhoami_lower_w_bind", "ldapwhoami", "s", "$ ldapwhoami -x -H ldaps://ldap.example.com -D \"cn=adops,dc=example,dc=com\" -w " + M),
 ("ldappasswd_lower_s_new", "ldappasswd", "s", "$ ldappasswd -x -D \"cn=admin,dc=example,dc=com\" -y /root/.ldapadmin -s " + M + " \"uid=trafficker,ou=people,dc=example,dc=com\""),
 ("windows_cmdkey_pass_colon", "cmdkey", "s", "C:\\> cmdkey /generic:adsrv01 /user:EXAMPLE\\adops /pass:" + M),
 ("windows_schtasks_rp_flag", "schtasks", "s", "C:\\> schtasks /create /tn PullReports /tr C:\\jobs\\pull.bat /sc daily /ru EXAMPLE\\svc_rep /rp " + M),
 ("windows_winrs_p_colon", "winrs", "s", "C:\\> winrs -r:adsrv02 -u:EXAMPLE\\adops -p:" + M + " ipconfig"),
 ("openvpn_auth_user_pass_second_line", "authuserpass", "f", "# /etc/openvpn/client/ads.auth (auth-user-pass file)\nadops\n" + M + "\n"),
 ("wpa_passphrase_cli_second", "wpapassphrase", "s", "$ wpa_passphrase AdOpsGuest " + M + " >> /etc/wpa.conf"),
 ("rar_hp_glued_archive", "rarhp", "s", "$ rar a -hp" + M + " creatives_q3.rar ./creatives"),
 ("pdftk_user_pw_keyword", "pdftk", "s", "$ pdftk invoice.pdf output invoice_locked.pdf user_pw " + M),
 ("ftp_control_channel_pass_line", "ftpcontrol", "w", "> USER feeds\n< 331 Please specify the password.\n> PASS " + M + "\n< 230 Login successful."),
 ("irc_server_pass_before_nick", "ircserver", "w", "-> PASS " + M + "\n-> NICK bidbot\n-> USER bidbot 0 * :bid alerts"),
 ("imap_tagged_login_command", "imaptagged", "w", "C: a001 LOGIN adops " + M + "\nS: a001 OK LOGIN completed"),
 ("redis_resp_auth_bulk_string", "respauth", "w", "*2\\r\\n$4\\r\\nAUTH\\r\\n$%d\\r\\n" + M + "\\r\\n"),
 ("vast_tag_url_userinfo", "vasttag", "f", "<VASTAdTagURI><![CDATA[https://adops:" + M + "@vast.example.com/tag.xml?cb=[CACHEBUSTING]]]></VASTAdTagURI>"),
 ("psql_connection_uri_argument", "psqluri", "s", "$ psql postgresql://bidder:" + M + "@db.example.internal/bids -c '\\dt'"),
 ("sqlcipher_pragma_key_literal", "sqlcipher", "c", "sqlite> PRAGMA key = '" + M + "';\nsqlite> SELECT count(*) FROM offline_events;"),
 ("mysql_create_user_identified_by", "createuser", "c", "CREATE USER 'reporter'@'10.0.%' IDENTIFIED BY '" + M + "';"),
 ("oracle_alter_user_identified_by", "alteruser", "c", "ALTER USER adops IDENTIFIED BY " + M + " ACCOUNT UNLOCK;"),
 ("docker_secret_create_stdin", "dockersecretcreate", "s", "$ printf '" + M + "' | docker secret create ssp_report_pw -"),
 ("xdotool_type_after_focus", "xdotool", "s", "$ xdotool search --name 'Ad Server Login' windowactivate --sync && xdotool type '" + M + "' && xdotool key Return"),
 ("autohotkey_send_after_winwait", "autohotkey", "c", "WinWait, Ad Server Login\nSend, adops{Tab}\nSend, " + M + "{Enter}"),
 ("selenium_send_keys_login_field", "sendkeys", "c", "driver.find_element(By.ID, \"login-pw\").send_keys(\"" + M + "\")"),
 ("playwright_fill_second_argument", "playwright", "c", "await page.fill('#login-pw', '" + M + "');"),
 ("puppeteer_type_second_argument", "puppeteer", "c", "await page.type('#signin-secret', '" + M + "', { delay: 20 });"),
 ("cypress_type_log_false", "cypress", "c", "cy.get('[data-test=login-pw]').type('" + M + "', { log: false })"),
 ("keepassxc_cli_stdin_echo", "keepassxc", "s", "$ echo '" + M + "' | keepassxc-cli show -s adops.kdbx 'SSP/reporting'"),
 ("cryptsetup_luksopen_stdin", "cryptsetup", "s", "$ echo -n '" + M + "' | cryptsetup luksOpen /dev/sdb1 bidlogs -"),
 ("encfs_stdinpass_echo", "encfs", "s", "$ echo '" + M + "' | encfs -S ~/.enc_reports ~/reports"),
 ("minio_mc_alias_set_fourth", "mcalias", "s", "$ mc alias set adlogs https://s3.example.internal LOGSACCESS01 " + M),
 ("openstack_swift_capital_k", "swiftcapitalk", "s", "$ swift -A https://auth.example.com/auth/v1.0 -U adops:ops -K " + M + " list creatives"),
 ("snmpwalk_v3_capital_a_auth", "snmpwalk", "s", "$ snmpwalk -v3 -l authNoPriv -u monitor -a SHA -A " + M + " 10.0.0.1 system"),
 ("snmpget_v2c_community_c", "snmpget", "s", "$ snmpget -v2c -c " + M + " 10.0.0.1 sysUpTime.0"),
 ("putty_pscp_pw_flag", "pscp", "s", "C:\\> pscp -pw " + M + " report.csv adops@sftp.example.com:/drop/"),
 ("winscp_com_open_url_userinfo", "winscpcom", "s", "C:\\> winscp.com /command \"open sftp://adops:" + M + "@sftp.example.com/\" \"put seg.csv\" \"exit\""),
 ("macos_mount_smbfs_url", "mountsmbfs", "s", "$ mount_smbfs //adops:" + M + "@fs.example.com/creatives /Volumes/creatives"),
 ("macos_mount_afp_url", "mountafp", "s", "$ mount_afp afp://adops:" + M + "@nas.example.com/ads /Volumes/ads"),
 ("netezza_nzsql_pw_flag", "nzsql", "s", "$ nzsql -host nz.example.internal -d ADS -u adops -pw " + M),
 ("exasol_exaplus_lower_p", "exaplus", "s", "$ exaplus -c exa.example.internal:8563 -u sys -p " + M + " -sql 'select 1;'"),
 ("sapcontrol_user_second_positional", "sapcontrol", "s", "$ sapcontrol -nr 00 -user sidadm " + M + " -function GetProcessList"),
 ("postfix_sasl_passwd_map_colon", "saslpasswd", "f", "# /etc/postfix/sasl_passwd\n[smtp.example.com]:587 adops@example.com:" + M),
 ("cvs_pserver_root_userinfo", "pserver", "s", "$ cvs -d :pserver:adops:" + M + "@cvs.example.com:/repo checkout tags"),
 ("fossil_clone_url_userinfo", "fossilclone", "s", "$ fossil clone https://adops:" + M + "@fossil.example.com/tags tags.fossil"),
 ("tf_exe_login_comma_pair", "tflogin", "s", "C:\\> tf get $/Ads/Main /recursive /login:EXAMPLE\\adops," + M),
 ("usql_sqlserver_url_userinfo", "usql", "s", "$ usql sqlserver://sa:" + M + "@sql.example.internal/Delivery"),
 ("pgcli_url_userinfo", "pgcli", "s", "$ pgcli postgres://bidder:" + M + "@db.example.internal:5432/bids"),
 ("mycli_url_userinfo", "mycli", "s", "$ mycli mysql://adops:" + M + "@db.example.internal/ads"),
 ("iredis_url_userinfo", "iredis", "s", "$ iredis --url redis://default:" + M + "@freqcap.example.internal:6379"),
]

def norm(s):
    return re.sub(r"[^a-z0-9]", "", s.lower())

def select(readme_norm):
    kept, dropped = [], []
    for s in SYNTAXES:
        if s[1] in readme_norm:
            dropped.append((s[0], s[1]))
        else:
            kept.append(s)
    return kept, dropped

def generate(idgen, readme_norm, limit=100):
    r = random.Random(12003)
    kept, dropped = select(readme_norm)
    kept = kept[:limit]
    out = []
    for syn, sig, suf, tpl in kept:
        v = owner_password(r)
        if "%d" in tpl:
            tpl = tpl.replace("%d", str(len(v)))
        text, s, e = fill(tpl, v)
        typ = "adpw_" + syn
        out.append(rec_pos(idgen(), typ, typ + "__" + SUF[suf], text, s, e, "password"))
    return out, dropped
