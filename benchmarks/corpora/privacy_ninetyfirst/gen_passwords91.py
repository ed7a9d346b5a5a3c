"""Positional password syntaxes, one record each (seed 9103). {P} = password."""
import random
from common91 import PwGen

SUFFIX = {"cli": "remote_session_shell_capture", "cfg": "dev_vm_config_excerpt",
          "proto": "tunnel_debug_wire_dump", "code": "remote_tooling_source_snippet",
          "sql": "dev_database_console_line"}

S = [
 ("sshpass_lower_p_inline", "cli", "$ sshpass -p '{P}' ssh -o StrictHostKeyChecking=no dev@devbox.example.net"),
 ("sshpass_f_process_substitution", "cli", "$ sshpass -f <(printf '%s\\n' '{P}') scp build.tar.gz dev@devbox.example.net:/tmp/"),
 ("plink_pw_option", "cli", "C:\\> plink -ssh -pw {P} dev@jump.example.org -L 5432:db:5432"),
 ("pscp_pw_option", "cli", "C:\\> pscp -pw {P} dist\\app.zip dev@devbox.example.net:/srv/app/"),
 ("putty_exe_pw_after_host", "cli", "C:\\> putty.exe -ssh dev@bastion.example.org -P 2222 -pw {P}"),
 ("winscp_com_open_sftp_userinfo", "cli", "C:\\> winscp.com /command \"open sftp://dev:{P}@devbox.example.net/\" \"put app.zip\" \"exit\""),
 ("lftp_u_user_comma_password", "cli", "$ lftp -u dev,{P} sftp://devbox.example.net -e 'mirror -R dist /srv/www; bye'"),
 ("sshfs_password_stdin_echo", "cli", "$ echo '{P}' | sshfs -o password_stdin dev@devbox.example.net:/home/dev/src ~/mnt/devbox"),
 ("rsync_password_file_process_sub", "cli", "$ rsync -av --password-file=<(echo {P}) ./ rsync://dev@devbox.example.net/work/"),
 ("mosh_ssh_wrapper_sshpass", "cli", "$ mosh --ssh=\"sshpass -p {P} ssh -p 2222\" dev@devbox.example.net -- tmux new -As main"),
 ("autossh_sshpass_prefix", "cli", "$ sshpass -p{P} autossh -M 0 -N -R 8022:localhost:22 dev@relay.example.com"),
 ("tmux_send_keys_after_prompt", "cli", "$ tmux send-keys -t devbox:0 'sudo -v' Enter\n$ sleep 1; tmux send-keys -t devbox:0 '{P}' Enter"),
 ("screen_x_stuff_literal", "cli", "$ screen -S vm -X stuff 'ssh admin@10.0.2.15\\n'\n$ screen -S vm -X stuff '{P}\\n'"),
 ("zellij_action_write_chars", "cli", "$ zellij action write-chars 'su - deploy'; zellij action write 13\n$ zellij action write-chars '{P}'; zellij action write 13"),
 ("chpasswd_user_colon_here_string", "cli", "vagrant@devvm:~$ sudo chpasswd <<< 'dev:{P}'"),
 ("multipass_exec_chpasswd_pipe", "cli", "$ multipass exec devvm -- bash -c \"echo 'ubuntu:{P}' | sudo chpasswd\""),
 ("usermod_p_openssl_passwd_substitution", "cli", "# usermod -p \"$(openssl passwd -6 '{P}')\" dev"),
 ("openssl_passwd_six_positional", "cli", "$ openssl passwd -6 -salt Qx7 {P}"),
 ("htpasswd_batch_fourth_positional", "cli", "$ htpasswd -bc /etc/nginx/.preview_htpasswd reviewer {P}"),
 ("mkpasswd_sha512_positional", "cli", "$ mkpasswd -m sha-512 {P}"),
 ("jupyter_server_passwd_call_literal", "cli", "$ python -c \"from jupyter_server.auth import passwd; print(passwd('{P}'))\""),
 ("x11vnc_storepasswd_positional", "cli", "$ x11vnc -storepasswd {P} ~/.vnc/passwd"),
 ("vncpasswd_printf_three_lines", "cli", "$ printf '{P}\\n{P2}\\nn\\n' | vncpasswd"),
 ("remmina_rdp_uri_userinfo", "cli", "$ remmina -c rdp://dev:{P}@winbuild.example.net"),
 ("docker_login_lower_p_short_flag", "cli", "$ docker login -u dev -p {P} registry.dev.example.net"),
 ("docker_login_password_stdin_echo", "cli", "$ echo {P} | docker login --username dev --password-stdin ghcr.example.net"),
 ("podman_login_password_stdin_printf", "cli", "$ printf %s '{P}' | podman login -u dev --password-stdin quay.dev.example.net"),
 ("helm_registry_login_password_stdin", "cli", "$ echo '{P}' | helm registry login charts.example.net -u dev --password-stdin"),
 ("oras_login_lower_p_flag", "cli", "$ oras login -u dev -p {P} registry.dev.example.net"),
 ("mysqladmin_password_subcommand", "cli", "$ mysqladmin -u root password {P}"),
 ("mongosh_connection_uri_userinfo", "cli", "$ mongosh \"mongodb://dev:{P}@devbox.example.net:27017/app?authSource=admin\""),
 ("redis_cli_lower_a_flag", "cli", "$ redis-cli -h devbox.example.net -a {P} --no-auth-warning ping"),
 ("redis_url_empty_user_colon", "cli", "$ redis-cli -u redis://:{P}@127.0.0.1:6380/0 dbsize"),
 ("smbclient_capital_u_percent", "cli", "$ smbclient //filer.example.net/dev -U dev%{P} -c 'ls'"),
 ("windows_net_use_positional_password", "cli", "C:\\> net use Z: \\\\filer.example.net\\dev {P} /user:CORP\\dev /persistent:no"),
 ("cmdkey_slash_pass_colon", "cli", "C:\\> cmdkey /generic:TERMSRV/devbox.example.net /user:CORP\\dev /pass:{P}"),
 ("powershell_convertto_securestring_plaintext", "cli", "PS> $sec = ConvertTo-SecureString '{P}' -AsPlainText -Force"),
 ("ldappasswd_lower_s_new", "cli", "$ ldappasswd -x -D cn=admin,dc=example,dc=org -W -s {P} uid=dev,ou=people,dc=example,dc=org"),
 ("kinit_stdin_echo_pipe", "cli", "$ echo '{P}' | kinit dev@EXAMPLE.ORG"),
 ("curl_ftp_url_userinfo", "cli", "$ curl -T build.log ftp://dev:{P}@ftp.example.net/uploads/"),
 ("ansible_extra_vars_become_pass", "cli", "$ ansible-playbook site.yml -l devboxes -e ansible_become_pass={P}"),
 ("terraform_var_admin_password_pair", "cli", "$ terraform apply -var 'vm_admin_password={P}' -auto-approve"),
 ("az_vm_create_admin_password_flag", "cli", "$ az vm create -g dev-rg -n devbox --image Ubuntu2404 --admin-username dev --admin-password {P}"),
 ("virt_customize_root_password_password_prefix", "cli", "$ virt-customize -a devbox.qcow2 --root-password password:{P}"),
 ("virt_install_graphics_vnc_password_kv", "cli", "$ virt-install --name devbox --memory 4096 --graphics vnc,listen=0.0.0.0,password={P} --import --disk devbox.qcow2"),
 ("qemu_object_secret_data_kv", "cli", "$ qemu-system-x86_64 -object secret,id=vncpw,data={P} -vnc :1,password-secret=vncpw -hda devbox.qcow2"),
 ("vboxmanage_guestcontrol_password_flag", "cli", "$ VBoxManage guestcontrol devbox run --exe /bin/ls --username vagrant --password {P} -- ls /vagrant"),
 ("ipmitool_capital_p_flag", "cli", "$ ipmitool -I lanplus -H bmc-07.example.net -U ADMIN -P {P} chassis power cycle"),
 ("openssl_rsa_passin_pass_prefix", "cli", "$ openssl rsa -in devbox_key.pem -passin pass:{P} -out devbox_key.nopass.pem"),
 ("zip_capital_p_encrypt", "cli", "$ zip -P {P} -r handover.zip .devcontainer/"),
 ("sevenzip_glued_lower_p", "cli", "$ 7z a -p{P} -mhe=on vm-snapshot.7z devbox.qcow2"),
 ("gpg_batch_passphrase_inline_argument", "cli", "$ gpg --batch --pinentry-mode loopback --passphrase {P} -d secrets.env.gpg > .env"),
 ("openvpn_askpass_process_substitution", "cli", "$ sudo openvpn --config devnet.ovpn --askpass <(echo {P})"),
 ("rclone_obscure_positional", "cli", "$ rclone obscure {P}"),
 ("mosquitto_passwd_batch_third_positional", "cli", "$ mosquitto_passwd -b /etc/mosquitto/passwd devsensor {P}"),
 ("mosquitto_pub_capital_p_flag", "cli", "$ mosquitto_pub -h devbox.example.net -u dev -P {P} -t dev/ping -m hi"),
 ("smbpasswd_stdin_two_lines", "cli", "$ printf '{P}\\n{P2}\\n' | sudo smbpasswd -a -s dev"),
 ("minio_mc_alias_set_fourth_positional", "cli", "$ mc alias set devminio http://devbox.example.net:9000 minioadmin {P}"),
 ("sqlcmd_capital_p_flag", "cli", "$ sqlcmd -S devbox.example.net,1433 -U sa -P {P} -Q 'SELECT @@VERSION'"),
 ("sqlplus_user_slash_password_at", "cli", "$ sqlplus dev/{P}@//devbox.example.net:1521/FREEPDB1"),
 ("unixodbc_isql_third_positional", "cli", "$ isql -v devdsn dev {P}"),
 ("cqlsh_lower_p_flag", "cli", "$ cqlsh devbox.example.net 9042 -u cassandra -p {P}"),
 ("netrc_machine_login_password_triplet", "cfg", "machine devbox.example.net login dev password {P}"),
 ("rsyncd_secrets_user_colon_line", "cfg", "# /etc/rsyncd.secrets (mode 600)\ndev:{P}"),
 ("dovecot_passwd_file_plain_scheme", "cfg", "dev:{{PLAIN}}{P}:1000:1000::/home/dev"),
 ("vsftpd_virtual_users_even_line", "cfg", "# virtual_users.txt -> db_load -T -t hash\ndev\n{P}"),
 ("stunnel_psksecrets_identity_colon", "cfg", "# /etc/stunnel/psk.txt\ndevbox:{P}"),
 ("threeproxy_users_cl_cleartext", "cfg", "users dev:CL:{P}\nauth strong\nsocks -p1080"),
 ("fetchmailrc_poll_with_password_clause", "cfg", "poll mail.example.net protocol IMAP\n  user \"dev\" there with password \"{P}\" is dev here"),
 ("tinyproxy_basicauth_third_token", "cfg", "Port 8888\nBasicAuth dev {P}\nAllow 100.64.0.0/10"),
 ("pgbouncer_userlist_second_quoted", "cfg", "\"dev\" \"{P}\"\n\"app\" \"md5d41d8cd98f00b204e9800998ecf8427e\""),
 ("odbc_connection_string_pwd_pair", "cfg", "Driver={{ODBC Driver 18 for SQL Server}};Server=tcp:devbox.example.net,1433;Uid=sa;Pwd={P};Encrypt=no;"),
 ("cloud_init_chpasswd_list_entry", "cfg", "#cloud-config\nchpasswd:\n  expire: false\n  users:\n    - name: ubuntu\n      password: {P}\n      type: text"),
 ("guacamole_user_mapping_connection_param", "cfg", "<connection name=\"devbox\">\n  <protocol>vnc</protocol>\n  <param name=\"hostname\">devbox.example.net</param>\n  <param name=\"password\">{P}</param>\n</connection>"),
 ("ansible_inventory_inline_ssh_pass", "cfg", "[devboxes]\ndevbox-01 ansible_host=10.0.8.11 ansible_user=dev ansible_ssh_pass={P}"),
 ("git_http_url_in_devcontainer_features_cfg", "cfg", "[remote \"origin\"]\n\turl = https://dev:{P}@git.internal.example.net/acme/api.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*"),
 ("wsl_chpasswd_boot_command", "cfg", "[boot]\ncommand = \"echo dev:{P} | chpasswd\""),
 ("ftp_control_pass_command", "proto", "-> USER dev\n<- 331 Password required for dev\n-> PASS {P}\n<- 230 User dev logged in"),
 ("pop3_pass_command_line", "proto", "C: USER dev\nS: +OK\nC: PASS {P}\nS: +OK maildrop has 2 messages"),
 ("telnet_typescript_login_echo", "proto", "Script started on 2026-03-02 10:02:11\nTrying 10.0.8.40...\nConnected to switch-lab.\nlogin: admin\nPassword: {P}\nswitch-lab#"),
 ("pg_wire_password_message_cleartext", "proto", "F Startup user=dev database=app\nB AuthenticationCleartextPassword\nF PasswordMessage \"{P}\"\nB AuthenticationOk"),
 ("socks5_rfc1929_subnegotiation_decoded", "proto", "socks5 greet methods=[0x02]\nsocks5 auth ver=1 ulen=3 uname=dev plen={PL} passwd={P}\nsocks5 auth status=0x00"),
 ("mqtt_connect_packet_fields_decoded", "proto", "CONNECT client_id=devsensor-1 clean=1 keepalive=60 username=dev password={P}\nCONNACK rc=0"),
 ("ldap_bind_request_simple_trace", "proto", "ldap_bind: BindRequest(version=3, name='uid=dev,ou=people,dc=example,dc=org', simple='{P}')\nldap_result: BindResponse(resultCode=success)"),
 ("http_login_form_body_capture", "proto", "POST /login HTTP/1.1\nHost: devbox.example.net:8888\nContent-Type: application/x-www-form-urlencoded\n\n_xsrf=2%7C9a1b&password={P}"),
 ("vnc_auth_none_log_then_typed", "proto", "[tigervnc] Server asks for password\n[client] typed: {P}\n[tigervnc] Authentication successful"),
 ("paramiko_auth_password_second_arg", "code", "t = paramiko.Transport((\"devbox.example.net\", 22))\nt.start_client()\nt.auth_password(\"dev\", \"{P}\")"),
 ("jsch_session_setpassword_call", "code", "Session s = jsch.getSession(\"dev\", \"devbox.example.net\", 22);\ns.setPassword(\"{P}\");\ns.connect();"),
 ("pywinrm_session_auth_tuple_second", "code", "import winrm\ns = winrm.Session(\"winbuild.example.net\", auth=(\"CORP\\\\dev\", \"{P}\"))"),
 ("python_requests_auth_tuple_second", "code", "r = requests.get(\"http://devbox.example.net:8888/api/kernels\", auth=(\"dev\", \"{P}\"))"),
 ("python_subprocess_sshpass_list_element", "code", "subprocess.run([\"sshpass\", \"-p\", \"{P}\", \"ssh\", \"dev@devbox.example.net\", \"uptime\"], check=True)"),
 ("node_spawn_sshpass_args_array", "code", "const p = spawn('sshpass', ['-p', '{P}', 'ssh', 'dev@devbox.example.net', 'uptime']);"),
 ("jdbc_drivermanager_third_arg", "code", "Connection c = DriverManager.getConnection(\"jdbc:postgresql://devbox:5432/app\", \"dev\", \"{P}\");"),
 ("dotnet_networkcredential_second_arg", "code", "var cred = new NetworkCredential(\"dev\", \"{P}\", \"CORP\");"),
 ("php_ssh2_auth_password_third_arg", "code", "$c = ssh2_connect('devbox.example.net', 22);\nssh2_auth_password($c, 'dev', '{P}');"),
 ("php_pdo_constructor_third_arg", "code", "$pdo = new PDO('mysql:host=devbox;dbname=app', 'dev', '{P}');"),
 ("perl_dbi_connect_third_arg", "code", "my $dbh = DBI->connect('dbi:Pg:dbname=app;host=devbox', 'dev', '{P}');"),
 ("ruby_net_ftp_login_second_arg", "code", "ftp = Net::FTP.new('ftp.example.net')\nftp.login('dev', '{P}')"),
 ("python_ftplib_login_second_arg", "code", "ftp = ftplib.FTP(\"ftp.example.net\")\nftp.login(\"dev\", \"{P}\")"),
 ("python_smtplib_login_second_arg", "code", "with smtplib.SMTP(\"mail.example.net\", 587) as s:\n    s.starttls(); s.login(\"dev@example.net\", \"{P}\")"),
 ("ldap3_connection_third_positional", "code", "conn = ldap3.Connection(server, \"uid=dev,ou=people,dc=example,dc=org\", \"{P}\", auto_bind=True)"),
 ("go_mysql_dsn_user_colon_tcp", "code", "db, err := sql.Open(\"mysql\", \"dev:{P}@tcp(devbox:3306)/app?parseTime=true\")"),
 ("redis_py_fourth_positional", "code", "r = redis.Redis(\"devbox.example.net\", 6379, 0, \"{P}\")"),
 ("sshnet_sshclient_third_arg", "code", "using var client = new SshClient(\"devbox.example.net\", \"dev\", \"{P}\");"),
 ("sshnet_sftpclient_fourth_arg", "code", "using var sftp = new SftpClient(\"devbox.example.net\", 22, \"dev\", \"{P}\");"),
 ("pexpect_spawn_expect_sendline_remote", "code", "child = pexpect.spawn(\"ssh -J bastion dev@devbox\")\nchild.expect(\"assword:\")\nchild.send(\"{P}\\r\")"),
 ("postgres_alter_role_with_password_literal", "sql", "app=# ALTER ROLE dev WITH LOGIN PASSWORD '{P}';\nALTER ROLE"),
 ("mysql_create_user_identified_by_literal", "sql", "mysql> CREATE USER 'dev'@'%' IDENTIFIED BY '{P}';\nQuery OK, 0 rows affected (0.01 sec)"),
 ("mysql_set_password_for_literal", "sql", "mysql> SET PASSWORD FOR 'dev'@'localhost' = '{P}';"),
 ("mssql_create_login_with_password_literal", "sql", "1> CREATE LOGIN dev WITH PASSWORD = '{P}';\n2> GO"),
 ("mongo_create_user_pwd_field", "sql", "test> db.getSiblingDB('admin').createUser({{user: 'dev', pwd: '{P}', roles: ['readWrite']}})"),
 ("oracle_alter_user_identified_by", "sql", "SQL> ALTER USER dev IDENTIFIED BY {P};\nUser altered."),
]

def generate(used):
    r = random.Random(9103)
    pw = PwGen(r, used)
    recs = []
    for t, k, tpl in S:
        p = pw()
        text = tpl.replace("{P2}", "\ue001").replace("{PL}", str(len(p))).replace("{P}", "\ue000")
        text = text.replace("{{", "{").replace("}}", "}")
        assert text.count("\ue000") == 1, t
        # second copy (confirmation) would make the value occur twice: keep the confirmation masked
        text = text.replace("\ue001", "\ue000")
        s = text.index("\ue000")
        text = text[:s] + p + text[s + 1:]
        text = text.replace("\ue000", p)
        n = text.count(p)
        spans = []
        pos = 0
        for _ in range(n):
            i = text.index(p, pos)
            spans.append({"value": p, "start": i, "end": i + len(p), "type": t})
            pos = i + 1
        recs.append({"type": t, "container": f"{t}__{SUFFIX[k]}", "text": text, "secrets": spans, "source": "password"})
    return recs
