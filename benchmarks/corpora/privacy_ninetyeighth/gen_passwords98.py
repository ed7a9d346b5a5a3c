"""Positional password syntaxes (seed 9803): the place of the value says it is a password."""
import random
from common98 import password, fill, fillers

SUFFIX = {"cli": "seqcore_hpc_terminal_log", "cfg": "pipeline_host_config_fragment",
          "proto": "sequencing_net_capture_excerpt", "code": "bioinfo_script_source_line",
          "sql": "lims_sql_session_paste"}

SYNTAXES = [
    # cli
    ("irods_iadmin_moduser_password_word", "cli", "$ iadmin moduser {u} password {V}\n"),
    ("irods_iinit_prompt_answer_echoed", "cli", "$ iinit\nEnter the host name (DNS) of the server to connect to: {h}\nEnter your irods user name: {u}\nEnter your current iRODS password: {V}\n"),
    ("irods_iadmin_mkuser_then_moduser", "cli", "$ iadmin mkuser {u} rodsuser && iadmin moduser {u} password {V}\n"),
    ("curl_lower_u_colon_pair_ftp", "cli", "curl -u {u}:{V} -O ftp://{h}/outgoing/{f}/Undetermined_S0_R1.fastq.gz\n"),
    ("wget_ftp_url_userinfo_delivery", "cli", "wget -r -nH ftp://{u}:{V}@{h}/deliveries/{p}/\n"),
    ("rabbitmqctl_add_user_second", "cli", "sudo rabbitmqctl add_user lims_events {V} && sudo rabbitmqctl set_user_tags lims_events monitoring\n"),
    ("rabbitmqctl_change_password_second", "cli", "rabbitmqctl change_password sample_tracker {V}\n"),
    ("minio_mc_alias_set_fourth", "cli", "mc alias set seqstore https://{h}:9000 seqcore-admin {V}\n"),
    ("docker_login_lower_p_registry", "cli", "docker login -u {u} -p {V} registry.{h}\n"),
    ("ssh_keygen_capital_n_new_passphrase", "cli", "ssh-keygen -t ed25519 -f ~/.ssh/id_{p} -N '{V}' -C {u}@{h}\n"),
    ("ssh_keygen_change_capital_p_old", "cli", "ssh-keygen -p -f ~/.ssh/id_globus -P '{V}' -N ''\n"),
    ("gpg_passphrase_fd_zero_echo", "cli", "echo '{V}' | gpg --batch --yes --passphrase-fd 0 -c {p}_manifest.tsv\n"),
    ("openssl_passwd_six_argument", "cli", "usermod -p \"$(openssl passwd -6 '{V}')\" seqdrop\n"),
    ("mkpasswd_sha512_first_positional", "cli", "mkpasswd -m sha-512 '{V}'\n"),
    ("sudo_capital_s_stdin_echo", "cli", "echo '{V}' | sudo -S systemctl restart slurmctld\n"),
    ("ldapsearch_lower_w_bind_flag", "cli", "ldapsearch -x -H ldaps://ldap.{h} -D \"uid={u},ou=people,dc=seqcore\" -w '{V}' \"(memberOf=cn=hpc)\"\n"),
    ("kadmin_lower_w_admin_flag", "cli", "kadmin -p admin/admin -w '{V}' -q \"addprinc -randkey nfs/{h}\"\n"),
    ("snmpget_v3_capital_a_authpass", "cli", "snmpget -v3 -l authNoPriv -u monitor -a SHA -A '{V}' sequencer-{n}.example.net sysUpTime.0\n"),
    ("radtest_second_positional_password", "cli", "radtest {u} '{V}' 127.0.0.1 0 testing123\n"),
    ("bteq_logon_comma_password", "cli", "bteq <<EOF\n.logon tdprod/{u},{V}\nSELECT COUNT(*) FROM genomics.samples;\n.quit\nEOF\n"),
    ("beeline_hive_n_then_p_flag", "cli", "beeline -u jdbc:hive2://{h}:10000/variants -n {u} -p '{V}' -f load_vcf.hql\n"),
    ("hdbsql_lower_p_after_u", "cli", "hdbsql -n {h}:30015 -u LIMS_READ -p {V} \"SELECT * FROM RUNS\"\n"),
    ("vertica_vsql_lower_w_flag", "cli", "vsql -h {h} -U {u} -w '{V}' -c 'select count(*) from variant_calls'\n"),
    ("netezza_nzsql_pw_flag", "cli", "nzsql -host {h} -d SEQDW -u {u} -pw '{V}' -f refresh.sql\n"),
    ("mongosh_lower_p_after_u", "cli", "mongosh \"mongodb://{h}:27017/lims\" -u lims_app -p '{V}' --authenticationDatabase admin\n"),
    ("couchbase_cli_capital_p_flag", "cli", "couchbase-cli bucket-list -c {h}:8091 -u Administrator -p '{V}'\n"),
    ("smbget_user_percent_pair", "cli", "smbget -R -U 'SEQ\\{u}%{V}' smb://{h}/instruments/{f}\n"),
    ("git_clone_https_userinfo_pipeline", "cli", "git clone https://{u}:{V}@git.{h}/bioinfo/{p}-pipeline.git\n"),
    ("pip_index_url_userinfo", "cli", "pip install --index-url https://{u}:{V}@pypi.{h}/simple/ seqcore-utils==2.3.1\n"),
    ("conda_channel_url_userinfo", "cli", "conda install -c https://{u}:{V}@conda.{h}/labchannel seqkit-private\n"),
    ("nextflow_run_ftp_userinfo_input", "cli", "nextflow run nf-core/fetchngs --input 'ftp://{u}:{V}@{h}/ids.csv' -profile docker\n"),
    ("aria2c_ftp_url_userinfo", "cli", "aria2c -x 8 'ftp://{u}:{V}@{h}/runs/{f}.tar'\n"),
    ("rsync_daemon_url_password_file_echo", "cli", "echo '{V}' > /tmp/rs.pw && rsync --password-file=/tmp/rs.pw -av rsync://{u}@{h}/runs/{f}/ .\n"),
    ("sshfs_password_stdin_echo", "cli", "echo '{V}' | sshfs -o password_stdin {u}@{h}:/seq/runs /mnt/runs\n"),
    ("davfs_mount_stdin_answer", "cli", "$ sudo mount -t davfs https://dav.{h}/projects /mnt/dav\nUsername: {u}\nPassword: {V}\n"),
    ("condor_store_cred_lower_p", "cli", "condor_store_cred add -c -p '{V}'\n"),
    ("powershell_securestring_plaintext", "cli", "$pw = ConvertTo-SecureString '{V}' -AsPlainText -Force\n$cred = New-Object PSCredential('SEQ\\{u}', $pw)\n"),
    ("net_rpc_password_positional", "cli", "net rpc password svc_basecaller '{V}' -U SEQ/admin -S dc1.example.net\n"),
    ("openconnect_passwd_on_stdin_echo", "cli", "echo '{V}' | sudo openconnect --user={u} --passwd-on-stdin vpn.{h}\n"),
    ("ascp_env_inline_assignment", "cli", "ASPERA_SCP_PASS='{V}' ascp -QT -l 300m -P33001 {u}@{h}:/upload/{r}.bam .\n"),
    ("webin_cli_password_equals", "cli", "java -jar webin-cli.jar -context reads -userName Webin-{n} -password '{V}' -manifest manifest.txt -submit\n"),
    ("influx_setup_lower_p_flag", "cli", "influx setup -u seqmon -p '{V}' -o seqcore -b instruments -f\n"),
    ("clickhouse_client_password_flag", "cli", "clickhouse-client --host {h} --user {u} --password '{V}' --query 'SELECT count() FROM reads'\n"),
    ("keytool_storepass_argument", "cli", "keytool -importcert -alias lims-ca -file ca.pem -keystore lims.jks -storepass '{V}' -noprompt\n"),
    # cfg
    ("pap_secrets_third_column", "cfg", "# /etc/ppp/pap-secrets\n# client   server   secret   IP addresses\n{u}   *   {V}   *\n"),
    ("davfs2_secrets_third_field", "cfg", "# /etc/davfs2/secrets\nhttps://dav.{h}/projects {u} {V}\n"),
    ("s3fs_passwd_file_colon_second", "cfg", "# ~/.passwd-s3fs\nAKIA{n}SEQDROP:{V}\n"),
    ("dovecot_passwd_file_plain_scheme", "cfg", "{u}:{PLAIN}{V}:1001:1001::/home/{u}\n"),
    ("vsftpd_virtual_users_even_line", "cfg", "# /etc/vsftpd/virtual_users.txt (odd lines user, even lines password)\nseqdrop_{p}\n{V}\n"),
    ("curlrc_user_colon_pair", "cfg", "# ~/.curlrc\nuser = \"{u}:{V}\"\nretry = 5\n"),
    ("wgetrc_ftp_url_userinfo_line", "cfg", "# ~/.wgetrc\nftp_proxy = ftp://{u}:{V}@proxy.{h}:2121/\n"),
    ("pip_conf_extra_index_userinfo", "cfg", "[global]\nextra-index-url = https://{u}:{V}@pypi.{h}/simple\n"),
    ("condarc_channel_alias_userinfo", "cfg", "channel_alias: https://{u}:{V}@conda.{h}\nchannels:\n  - bioconda\n  - conda-forge\n"),
    ("sqlalchemy_url_in_galaxy_yml", "cfg", "galaxy:\n  database_connection: postgresql://galaxy:{V}@{h}:5432/galaxy\n"),
    ("snakemake_sqlalchemy_url_config", "cfg", "panoptes_db: mysql+pymysql://snake:{V}@{h}/runs\n"),
    ("cromwell_database_url_userinfo", "cfg", "database.db.url = \"jdbc:mysql://cromwell:{V}@{h}/cromwell?rewriteBatchedStatements=true\"\n"),
    ("nextflow_config_ftp_remote_path", "cfg", "params.reads = 'ftp://{u}:{V}@{h}/runs/{f}/*_R{1,2}.fastq.gz'\n"),
    ("slurmdbd_storage_url_userinfo_comment", "cfg", "# migrated to: mysql://slurm:{V}@{h}:3306/slurm_acct_db\nStorageType=accounting_storage/mysql\n"),
    ("cockroach_sql_url_userinfo", "cfg", "COCKROACH_URL=postgresql://lims:{V}@{h}:26257/samples?sslmode=verify-full\n"),
    ("r_repos_option_userinfo", "cfg", "options(repos = c(LAB = \"https://{u}:{V}@cran.{h}\", CRAN = \"https://cloud.r-project.org\"))\n"),
    ("maven_settings_server_second_child", "cfg", "<server>\n  <id>lab-nexus</id>\n  <username>{u}</username>\n  <password>{V}</password>\n</server>\n"),
    ("irods_acpreconnect_ssl_userinfo_url", "cfg", "irods://{u}:{V}@{h}:1247/seqZone/home/{u}\n"),
    ("ssh_config_proxycommand_sshpass", "cfg", "Host seqdrop\n  ProxyCommand sshpass -p '{V}' ssh -W %h:%p {u}@bastion.{h}\n"),
    ("hadoop_credential_create_value", "cfg", "hadoop credential create fs.s3a.secret.key -value '{V}' -provider jceks://hdfs/user/{u}/s3.jceks\n"),
    # proto
    ("imap_login_command_third_token", "proto", "S: * OK [CAPABILITY IMAP4rev1] ready\nC: a1 LOGIN {u} {V}\nS: a1 OK LOGIN completed\n"),
    ("nntp_authinfo_pass_line", "proto", "C: AUTHINFO USER {u}\nS: 381 Password required\nC: AUTHINFO PASS {V}\nS: 281 Authentication accepted\n"),
    ("irc_server_pass_before_nick", "proto", "PASS {V}\nNICK seqbot\nUSER seqbot 0 * :sequencing run notifier\n"),
    ("freeswitch_esl_auth_command", "proto", "Content-Type: auth/request\n\nauth {V}\n\nContent-Type: command/reply\nReply-Text: +OK accepted\n"),
    ("openvpn_mgmt_password_command", "proto", ">PASSWORD:Need 'Auth' username/password\nusername \"Auth\" {u}\npassword \"Auth\" {V}\n>PASSWORD:Verification Failed? no: SUCCESS\n"),
    ("zookeeper_addauth_digest_pair", "proto", "[zk: {h}:2181(CONNECTED) 0] addauth digest {u}:{V}\n[zk: {h}:2181(CONNECTED) 1] get /lims/config\n"),
    ("xmpp_iq_auth_third_child", "proto", "<iq type='set' id='auth2'><query xmlns='jabber:iq:auth'><username>{u}</username><password>{V}</password><resource>seqbot</resource></query></iq>\n"),
    ("http_form_post_body_second_field", "proto", "POST /lims/login HTTP/1.1\nHost: lims.{h}\nContent-Type: application/x-www-form-urlencoded\n\nuser={u}&pass={V}&next=%2Fsamples\n"),
    ("galaxy_api_authenticate_basic_decoded", "proto", "GET /api/authenticate/baseauth HTTP/1.1\n# decoded Authorization: Basic {u}@example.org:{V}\n"),
    ("smtp_auth_login_plaintext_debug", "proto", "S: 334 VXNlcm5hbWU6\nC: {u}@example.org   (decoded)\nS: 334 UGFzc3dvcmQ6\nC: {V}   (decoded)\nS: 235 2.7.0 Authentication successful\n"),
    ("memcached_sasl_plain_decoded", "proto", "sasl auth PLAIN (decoded): \\0{u}\\0{V}\nresult: AUTHENTICATED\n"),
    ("irods_pam_auth_request_dump", "proto", "irods rcAuthPluginRequest: {auth_scheme_namespace: pam_password, a_user: {u}, a_pw: {V}, a_ttl: 336}\n"),
    ("cvs_pserver_auth_block", "proto", "BEGIN AUTH REQUEST\n/cvsroot/seqtools\n{u}\n{V}\nEND AUTH REQUEST\n"),
    ("mysql_change_user_debug_field", "proto", "COM_CHANGE_USER user={u} auth_plugin=mysql_clear_password auth_data={V}\n"),
    # code
    ("requests_auth_tuple_second", "code", "r = requests.get(f\"https://lims.{h}/api/runs/{f}\", auth=(\"{u}\", \"{V}\"), timeout=30)\n"),
    ("httpbasicauth_second_positional", "code", "session.auth = HTTPBasicAuth(\"{u}\", \"{V}\")\n"),
    ("aiohttp_basicauth_second", "code", "auth = aiohttp.BasicAuth(\"svc_globus\", \"{V}\")\n"),
    ("httr_authenticate_second_arg", "code", "res <- httr::GET(\"https://lims.{h}/api/samples\", httr::authenticate(\"{u}\", \"{V}\"))\n"),
    ("synapseclient_login_second_positional", "code", "syn = synapseclient.Synapse()\nsyn.login(\"{u}\", \"{V}\")\n"),
    ("cx_oracle_connect_second_positional", "code", "conn = cx_Oracle.connect(\"LIMS_RO\", \"{V}\", \"{h}/LIMSPDB\")\n"),
    ("pymssql_connect_third_positional", "code", "conn = pymssql.connect(\"{h}\", \"seq_reader\", \"{V}\", \"Sequencing\")\n"),
    ("java_passwordauthentication_second", "code", "return new PasswordAuthentication(\"{u}\", \"{V}\".toCharArray());\n"),
    ("go_request_setbasicauth_second", "code", "req.SetBasicAuth(\"{u}\", \"{V}\")\n"),
    ("rust_reqwest_basic_auth_some", "code", "let resp = client.get(url).basic_auth(\"{u}\", Some(\"{V}\")).send().await?;\n"),
    ("perl_lwp_credentials_fourth", "code", "$ua->credentials(\"lims.{h}:443\", \"LIMS\", \"{u}\", \"{V}\");\n"),
    ("php_curlopt_userpwd_pair", "code", "curl_setopt($ch, CURLOPT_USERPWD, \"{u}:{V}\");\n"),
    ("ruby_net_http_basic_auth_second", "code", "req.basic_auth(\"{u}\", \"{V}\")\n"),
    ("julia_http_url_userinfo", "code", "resp = HTTP.get(\"https://{u}:{V}@lims.{h}/api/flowcells\")\n"),
    ("pexpect_sendline_after_prompt", "code", "child.expect(\"assword:\")\nchild.sendline(\"{V}\")\n"),
    ("jsch_userinfo_getpassword_return", "code", "@Override public String getPassword() { return \"{V}\"; }\n"),
    ("dotnet_ftpwebrequest_credential_pair", "code", "var req = (FtpWebRequest)WebRequest.Create(\"ftp://{h}/runs/\");\nreq.Credentials = new NetworkCredential(\"{u}\", \"{V}\", \"SEQ\");\n"),
    ("rcurl_userpwd_colon_option", "code", "txt <- RCurl::getURL(\"ftp://{h}/runs/\", userpwd = \"{u}:{V}\")\n"),
    # sql
    ("mysql_identified_with_caching_sha2_by", "sql", "mysql> CREATE USER 'lims_etl'@'10.%' IDENTIFIED WITH caching_sha2_password BY '{V}';\nQuery OK, 0 rows affected (0.01 sec)\n"),
    ("clickhouse_identified_with_sha256_by", "sql", ":) CREATE USER variant_reader IDENTIFIED WITH sha256_password BY '{V}';\n"),
    ("sqlcipher_pragma_key_literal", "sql", "sqlite> PRAGMA key = '{V}';\nsqlite> SELECT count(*) FROM barcodes;\n"),
    ("h2_create_user_password_clause", "sql", "CREATE USER IF NOT EXISTS LIMS PASSWORD '{V}' ADMIN;\n"),
    ("redshift_create_user_password_clause", "sql", "dev=# CREATE USER genomics_ro PASSWORD '{V}' CONNECTION LIMIT 10;\n"),
    ("sap_hana_create_user_password_bare", "sql", "CREATE USER SEQ_LOADER PASSWORD {V} NO FORCE_FIRST_PASSWORD_CHANGE;\n"),
    ("influxql_create_user_with_password", "sql", "> CREATE USER seqmon WITH PASSWORD '{V}'\n"),
    ("monetdb_create_user_with_password", "sql", "sql>CREATE USER \"variants\" WITH PASSWORD '{V}' NAME 'Variant loader' SCHEMA \"sys\";\n"),
    ("exasol_create_user_identified_by", "sql", "CREATE USER lims_sync IDENTIFIED BY \"{V}\";\n"),
    ("vertica_alter_user_identified_by", "sql", "=> ALTER USER {u} IDENTIFIED BY '{V}';\n"),
]


# written, then dropped in review because a telling key or flag name, not the place, marks the value
DROPPED = ["webin_cli_password_equals", "clickhouse_client_password_flag", "keytool_storepass_argument",
           "maven_settings_server_second_child", "xmpp_iq_auth_third_child", "ascp_env_inline_assignment"]
SYNTAXES = [x for x in SYNTAXES if x[0] not in DROPPED]


def generate():
    rng = random.Random(9803)
    recs = []
    for name, grp, tpl in SYNTAXES:
        val = password(rng)
        f = fillers(rng)
        text, spans = fill(tpl, [val], extra=f)
        recs.append({"type": name, "container": name + "__" + SUFFIX[grp], "text": text,
                     "secrets": [{"value": v, "start": s, "end": e, "type": name} for s, e, v in spans],
                     "source": "password"})
    return recs
