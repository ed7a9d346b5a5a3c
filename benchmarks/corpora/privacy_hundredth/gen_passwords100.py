"""Positional password syntaxes for p100: the place of the value says it is a password."""
import random
from common100 import owner_password
from gen_positive100 import fill, M

SUFFIX = {'cli': 'research_workstation_shell_history', 'cfg': 'repository_server_config_excerpt',
          'proto': 'scholarly_service_wire_trace', 'code': 'analysis_script_source_line',
          'sql': 'journal_db_console_session'}

P = M
SYNTAXES = [
    # cli
    ('crossref_upload_tool_user_pair', 'cli', '$ java -jar crossref-upload-tool.jar --user labdeposit ' + P + ' --metadata issue-42.xml'),
    ('ezid_client_credentials_first_arg', 'cli', '$ python ezid.py labminter:' + P + ' mint doi:10.5072/FK2 datacite.title "Survey data"'),
    ('dspace_user_add_p_flag', 'cli', '$ [dspace]/bin/dspace user -a -m curator@uni.example.edu -g Ana -s Curator -p ' + P),
    ('dspace_create_administrator_p_flag', 'cli', '$ ./dspace create-administrator -e admin@uni.example.edu -f Repo -l Admin -c en -p ' + P),
    ('mysqldump_glued_short_p_journal', 'cli', '$ mysqldump -u ojs -p' + P + ' ojs_production > ojs-$(date +%F).sql'),
    ('svn_checkout_password_option', 'cli', '$ svn checkout --username thesisbot --password ' + P + ' https://svn.uni.example.edu/thesis/trunk'),
    ('ncftpput_lower_p_flag', 'cli', '$ ncftpput -u preprints -p ' + P + ' ftp.uni.example.edu /incoming camera-ready.pdf'),
    ('sshpass_p_flag_scp_mirror', 'cli', '$ sshpass -p ' + P + ' scp paper.tar.gz mirror@archive.uni.example.edu:/srv/preprints/'),
    ('mount_cifs_option_string_pair', 'cli', '# mount -t cifs //nas.lab.example.org/papers /mnt/papers -o username=lab,password=' + P + ',vers=3.0'),
    ('aria2c_http_passwd_equals', 'cli', '$ aria2c --http-user=reader --http-passwd=' + P + ' https://dl.publisher.example.com/bulk/2024.zip'),
    ('kinit_stdin_echo_pipe', 'cli', '$ echo "' + P + '" | kinit researcher@UNI.EXAMPLE.EDU'),
    ('openconnect_passwd_on_stdin_echo', 'cli', '$ echo ' + P + ' | sudo openconnect --user=jdoe --passwd-on-stdin vpn.uni.example.edu'),
    ('sqlcmd_capital_p_flag', 'cli', '> sqlcmd -S cris-db01 -U pure_ro -P ' + P + ' -Q "SELECT COUNT(*) FROM research_output"'),
    ('pg_dump_conninfo_keyword_string', 'cli', '$ pg_dump "host=db.repo.example.org dbname=dspace user=dspace password=' + P + '" -Fc -f dspace.dump'),
    ('clickhouse_client_password_long', 'cli', '$ clickhouse-client --host usage-stats --user reader --password ' + P + ' --query "SELECT count() FROM downloads"'),
    ('sqlplus_slash_connect_identifier', 'cli', '$ sqlplus library_ro/' + P + '@//aleph-db.uni.example.edu:1521/ALEPH'),
    ('db2_connect_using_clause', 'cli', 'db2 => connect to CRISDB user cris using ' + P),
    ('virtuoso_isql_third_positional', 'cli', '$ isql-vt 1111 dba ' + P + ' exec="SPARQL SELECT COUNT(*) WHERE { ?s ?p ?o };"'),
    ('jenkins_cli_auth_colon_pair', 'cli', '$ java -jar jenkins-cli.jar -s https://ci.lab.example.org/ -auth builder:' + P + ' build thesis-pdf'),
    ('twine_upload_lower_p_flag', 'cli', '$ twine upload -u labpkg -p ' + P + ' dist/*'),
    ('helm_repo_add_password_flag', 'cli', '$ helm repo add labcharts https://charts.lab.example.org --username ci --password ' + P),
    ('irods_iinit_prompt_answer', 'cli', '$ iinit\nEnter the host name (DNS) of the server to connect to: irods.uni.example.edu\nEnter your irods user name: curator\nEnter your current iRODS password: ' + P),
    ('ftp_n_heredoc_user_command', 'cli', '$ ftp -n ftp.publisher.example.com <<EOF\nuser labuploads ' + P + '\nbinary\nput manuscript.zip\nbye\nEOF'),
    ('winscp_script_open_uri_userinfo', 'cli', 'winscp.com /command "open sftp://curator:' + P + '@sftp.repo.example.org/" "put bag.zip" "exit"'),
    ('pscp_pw_flag_dataset_upload', 'cli', '> pscp -pw ' + P + ' dataset.zip curator@hpc.uni.example.edu:/scratch/'),
    ('xfreerdp_slash_p_option', 'cli', '$ xfreerdp /v:lab-ws07.uni.example.edu /u:UNI\\jdoe /p:' + P + ' /dynamic-resolution'),
    ('x11vnc_passwd_option', 'cli', '$ x11vnc -display :0 -passwd ' + P + ' -forever'),
    ('sshfs_password_stdin_echo', 'cli', '$ echo ' + P + ' | sshfs curator@hpc.uni.example.edu:/data /mnt/hpc -o password_stdin'),
    ('smbpasswd_silent_stdin_twice', 'cli', "# printf '" + P + "\\n" + P + "\\n' | smbpasswd -s -a scanner"),
    ('openssl_passwd_six_positional', 'cli', '$ openssl passwd -6 ' + P),
    ('mkpasswd_sha512_positional', 'cli', '$ mkpasswd -m sha-512 ' + P),
    ('gpg_batch_passphrase_symmetric', 'cli', '$ gpg --batch --passphrase ' + P + ' -c reviews-confidential.tar'),
    ('qpdf_decrypt_password_equals', 'cli', '$ qpdf --decrypt --password=' + P + ' proofs-locked.pdf proofs.pdf'),
    ('pdftk_input_pw_keyword', 'cli', '$ pdftk galley.pdf input_pw ' + P + ' output galley-open.pdf'),
    ('pdftk_owner_pw_encrypt', 'cli', '$ pdftk referee-report.pdf output report-locked.pdf owner_pw ' + P + ' allow printing'),
    ('mutool_draw_p_flag', 'cli', '$ mutool draw -p ' + P + ' -o page%d.png embargoed.pdf 1-3'),
    ('pdftotext_upw_flag', 'cli', '$ pdftotext -upw ' + P + ' submission-1234.pdf -'),
    ('qpdf_encrypt_user_positional', 'cli', '$ qpdf --encrypt ' + P + ' "" 256 -- thesis.pdf thesis-locked.pdf'),
    ('msoffcrypto_tool_p_flag', 'cli', '$ msoffcrypto-tool -p ' + P + ' grant-budget.xlsx grant-budget-open.xlsx'),
    ('ghostscript_pdfpassword_define', 'cli', '$ gs -q -dNOPAUSE -dBATCH -sPDFPassword=' + P + ' -sDEVICE=pdfwrite -o out.pdf locked.pdf'),
    ('snmpwalk_c_community_positional', 'cli', '$ snmpwalk -v2c -c ' + P + ' printer-lib3.uni.example.edu 1.3.6.1.2.1.43'),
    ('radtest_second_positional', 'cli', '$ radtest eduroam-test ' + P + ' radius.uni.example.edu 0 "$RADIUS_SHARED"'),
    ('yaz_client_auth_slash_pair', 'cli', 'Z> open z3950.library.example.org:210/INNOPAC\nZ> auth ilsuser/' + P),
    ('mongo_shell_db_auth_second', 'cli', '> use admin\n> db.auth("repoadmin", "' + P + '")'),
    # cfg
    ('davfs2_secrets_third_field', 'cfg', '# /etc/davfs2/secrets\nhttps://cloud.uni.example.edu/remote.php/webdav jdoe ' + P),
    ('ppp_chap_secrets_third_field', 'cfg', '# /etc/ppp/chap-secrets\n# client server secret IP\nlabvpn * ' + P + ' *'),
    ('ipsec_secrets_eap_quoted', 'cfg', '# /etc/ipsec.secrets\njdoe : EAP "' + P + '"'),
    ('svn_simple_auth_cache_entry', 'cfg', 'K 8\npasstype\nV 6\nsimple\nK 8\npassword\nV {LEN}\n' + P + '\nK 15\nsvn:realmstring\nV 42\n<https://svn.uni.example.edu:443> Thesis SVN\nEND'),
    ('cvsroot_pserver_colon_pair', 'cfg', 'export CVSROOT=:pserver:anonlab:' + P + '@cvs.lab.example.org:/cvsroot/texmacros'),
    ('exim_passwd_client_third_field', 'cfg', '# /etc/exim4/passwd.client\n*.uni.example.edu:journal-notify:' + P),
    ('postfix_sasl_passwd_colon_value', 'cfg', '# /etc/postfix/sasl_passwd\n[smtp.uni.example.edu]:587 editorial@uni.example.edu:' + P),
    ('dovecot_passwd_file_plain_scheme', 'cfg', '# /etc/dovecot/users\nreviews:{PLAIN}' + P + '::::::'),
    ('rsyncd_secrets_colon_line', 'cfg', '# /etc/rsyncd.secrets\nmirror:' + P),
    ('oracle_jdbc_thin_slash_pair', 'cfg', 'spring.datasource.url=jdbc:oracle:thin:cris_app/' + P + '@cris-db.uni.example.edu:1521/CRIS'),
    ('jdbc_url_query_password_param', 'cfg', 'db.url = jdbc:postgresql://db.repo.example.org:5432/dspace?user=dspace&password=' + P + '&ssl=true'),
    ('sqlalchemy_url_userinfo_ojs', 'cfg', 'SQLALCHEMY_DATABASE_URI = "mysql+pymysql://ojs:' + P + '@127.0.0.1/ojs"'),
    ('celery_broker_url_userinfo', 'cfg', 'CELERY_BROKER_URL = "amqp://harvester:' + P + '@mq.repo.example.org:5672/oai"'),
    ('muttrc_smtp_url_userinfo', 'cfg', 'set smtp_url = "smtps://editor@journal.example.org:' + P + '@smtp.journal.example.org:465/"'),
    ('eduroam_wpa_supplicant_peap_block', 'cfg', 'network={\n    ssid="eduroam"\n    key_mgmt=WPA-EAP\n    eap=PEAP\n    identity="jdoe@uni.example.edu"\n    password="' + P + '"\n}'),
    ('hgrc_paths_url_userinfo', 'cfg', '[paths]\ndefault = https://thesis:' + P + '@hg.lab.example.org/dissertation'),
    ('curlftpfs_fstab_userinfo', 'cfg', 'curlftpfs#ftp://scans:' + P + '@ftp.library.example.org/ /mnt/scans fuse rw,allow_other 0 0'),
    # proto
    ('ftp_control_channel_pass_verb', 'proto', '220 ftp.publisher.example.com ready\nUSER labuploads\n331 Password required\nPASS ' + P + '\n230 Login successful'),
    ('ldap_bind_request_simple_field', 'proto', 'Lightweight Directory Access Protocol\n  bindRequest(1) "cn=repo,ou=services,dc=uni,dc=example,dc=edu" simple\n    version: 3\n    simple: ' + P),
    ('pg_wire_password_message_decoded', 'proto', 'PostgreSQL\n    Type: Password message\n    Length: 26\n    Password: ' + P),
    ('xmlrpc_method_params_third_string', 'proto', '<methodCall><methodName>wp.getPosts</methodName><params>\n<param><value><int>1</int></value></param>\n<param><value><string>labnews</string></value></param>\n<param><value><string>' + P + '</string></value></param>\n</params></methodCall>'),
    ('mediawiki_api_lgpassword_param', 'proto', 'POST /w/api.php HTTP/1.1\nHost: wiki.lab.example.org\n\naction=login&lgname=LabBot&lgpassword=' + P + '&lgtoken=%2B%5C&format=json'),
    ('pop3_user_pass_exchange', 'proto', '+OK POP3 ready\nUSER reviews\n+OK\nPASS ' + P + '\n+OK maildrop has 3 messages'),
    ('sword_deposit_basic_decoded_pair', 'proto', 'POST /swordv2/collection/123456789/2 HTTP/1.1\n# Authorization (decoded by proxy debug): depositor:' + P + '\nIn-Progress: false'),
    ('xmpp_legacy_iq_auth_digestless', 'proto', "<iq type='set' id='auth2'><query xmlns='jabber:iq:auth'><username>conf-bot</username><password>" + P + "</password><resource>pc</resource></query></iq>"),
    # code
    ('python_ftplib_constructor_third', 'code', 'ftp = ftplib.FTP("ftp.publisher.example.com", "labuploads", "' + P + '")'),
    ('python_smtplib_login_second', 'code', 'server.login("editorial@journal.example.org", "' + P + '")'),
    ('paramiko_connect_fourth_positional', 'code', 'client.connect("hpc.uni.example.edu", 22, "curator", "' + P + '")'),
    ('requests_auth_tuple_second', 'code', 'r = requests.post(SWORD_URL, data=pkg, auth=("depositor", "' + P + '"))'),
    ('httpx_basicauth_second_arg', 'code', 'auth = httpx.BasicAuth("mds-user", "' + P + '")'),
    ('pymysql_connect_third_positional', 'code', 'conn = pymysql.connect("127.0.0.1", "ojs", "' + P + '", "ojs")'),
    ('cx_oracle_connect_second', 'code', 'con = cx_Oracle.connect("cris_ro", "' + P + '", "cris-db/CRIS")'),
    ('ldap3_connection_third_positional', 'code', "conn = Connection(server, 'cn=repo,dc=uni,dc=example,dc=edu', '" + P + "', auto_bind=True)"),
    ('java_drivermanager_third_arg', 'code', 'Connection c = DriverManager.getConnection(url, "dspace", "' + P + '");'),
    ('php_mysqli_connect_third', 'code', '$db = mysqli_connect("localhost", "ojs", "' + P + '", "ojs");'),
    ('php_pdo_constructor_third', 'code', "$pdo = new PDO('mysql:host=localhost;dbname=journal', 'journal', '" + P + "');"),
    ('php_ldap_bind_third', 'code', '$ok = ldap_bind($ds, "uid=ojs,ou=apps,dc=uni,dc=example,dc=edu", "' + P + '");'),
    ('php_ftp_login_third', 'code', 'ftp_login($conn, "galleys", "' + P + '");'),
    ('perl_dbi_connect_third', 'code', 'my $dbh = DBI->connect("DBI:mysql:database=eprints", "eprints", "' + P + '");'),
    ('perl_net_ftp_login_second', 'code', '$ftp->login("preprints", "' + P + '") or die $ftp->message;'),
    ('rcurl_userpwd_colon_option', 'code', 'txt <- getURL(url, userpwd = "harvest:' + P + '")'),
    ('r_httr_authenticate_second', 'code', 'resp <- GET(api, authenticate("cris_api", "' + P + '"))'),
    ('matlab_database_third_arg', 'code', "conn = database('labdb', 'analyst', '" + P + "');"),
    ('matlab_ftp_object_third_arg', 'code', "f = ftp('ftp.lab.example.org', 'instrument', '" + P + "');"),
    ('go_url_userpassword_second', 'code', 'u.User = url.UserPassword("harvester", "' + P + '")'),
    ('csharp_networkcredential_second', 'code', 'client.Credentials = new NetworkCredential("repo-sync", "' + P + '");'),
    ('java_passwordauthentication_second', 'code', 'return new PasswordAuthentication("editor", "' + P + '".toCharArray());'),
    ('javamail_transport_connect_third', 'code', 'transport.connect("smtp.journal.example.org", "notify", "' + P + '");'),
    ('rust_ssh2_userauth_password_second', 'code', 'sess.userauth_password("curator", "' + P + '")?;'),
    ('pypdf_reader_decrypt_argument', 'code', 'reader = PdfReader("proofs.pdf")\nreader.decrypt("' + P + '")'),
    ('pymupdf_authenticate_argument', 'code', 'doc = fitz.open("embargoed.pdf")\ndoc.authenticate("' + P + '")'),
    # sql
    ('oracle_create_user_identified_by', 'sql', 'SQL> CREATE USER cris_report IDENTIFIED BY "' + P + '";'),
    ('hana_create_user_unquoted_password', 'sql', 'CREATE USER BIBLIO_ETL PASSWORD ' + P + ' NO FORCE_FIRST_PASSWORD_CHANGE;'),
    ('postgres_user_mapping_options_pair', 'sql', "CREATE USER MAPPING FOR dspace SERVER ojs_srv OPTIONS (user 'ojs_ro', password '" + P + "');"),
    ('mssql_addlinkedsrvlogin_fifth', 'sql', "EXEC sp_addlinkedsrvlogin 'CRIS', 'false', NULL, 'cris_link', '" + P + "';"),
    ('mssql_sp_addlogin_second', 'sql', "EXEC sp_addlogin 'pure_reader', '" + P + "';"),
    ('virtuoso_user_create_second', 'sql', "SQL> DB.DBA.USER_CREATE ('sparql_writer', '" + P + "');"),
]


def gen_passwords(seed=10003):
    r = random.Random(seed)
    out = []
    for name, cat, tpl in SYNTAXES:
        pw = owner_password(r)
        n = tpl.count(M)
        text, spans = fill(tpl.replace('{LEN}', str(len(pw))), [pw] * n, name)
        out.append({'type': name, 'container': name + '__' + SUFFIX[cat], 'text': text, 'secrets': spans, 'source': 'password'})
    return out
