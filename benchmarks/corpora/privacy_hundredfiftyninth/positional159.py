"""Positional passwords: the place in a command, file, call or protocol says it is a password."""
import base64, random
from gen159 import *

PREFIX = "lenspw_"
B64 = "B64:"   # template marker: value is base64 of the formatted string
SYNTAXES = [
 ("smbclient_capital_u_percent_pair", "smbclient //nas.studio.local/raw -U lena%{P} -c 'ls'"),
 ("curl_capital_t_ftp_url_userinfo", "curl -T proofs_0412.zip ftp://labdrop:{P}@ftp.lab.example.com/incoming/"),
 ("lftp_open_sftp_url_userinfo", "lftp -e 'mirror -R ./exports /orders; bye' sftp://printlab:{P}@sftp.lab.example.net"),
 ("ncftpput_lower_p_after_lower_u", "ncftpput -u stockup -p {P} ftp.stock.example.com /upload IMG_2291.jpg"),
 ("sshpass_lower_p_before_rsync", "sshpass -p {P} rsync -av /srv/cull/keep/ retouch@10.0.4.12:/jobs/0412/"),
 ("mysqlimport_glued_lower_p", "mysqlimport -u booking -p{P} --local studio_booking sessions.csv"),
 ("mariadb_client_glued_lower_p", "mariadb -h db.studio.internal -u gallery -p{P} gallery_prod"),
 ("pg_dump_uri_userinfo", "pg_dump postgresql://dam:{P}@dam-db.internal:5432/assets > assets.sql"),
 ("pg_restore_dbname_uri_userinfo", "pg_restore -d postgresql://lab:{P}@10.0.2.8/orders orders.dump"),
 ("mongosh_uri_userinfo", "mongosh \"mongodb://cull:{P}@mongo.cull.internal:27017/frames?authSource=admin\""),
 ("mongorestore_lower_p_after_lower_u", "mongorestore -u events -p {P} --authenticationDatabase admin dump/"),
 ("redis_cli_lower_a_flag", "redis-cli -h cache.gallery.internal -a {P} --no-auth-warning keys 'thumb:*'"),
 ("rabbitmqctl_add_user_second_positional", "rabbitmqctl add_user ingest {P}"),
 ("rabbitmqctl_change_password_second", "rabbitmqctl change_password printq {P}"),
 ("cqlsh_lower_p_after_lower_u", "cqlsh -u frames -p {P} cass01.internal 9042"),
 ("cypher_shell_lower_p_after_lower_u", "cypher-shell -a bolt://graph.dam.internal:7687 -u neo4j -p {P}"),
 ("sybase_isql_capital_p_after_capital_u", "isql -U sa -P {P} -S LABSRV -i nightly.sql"),
 ("sqlplus_slash_logon_ezconnect", "sqlplus licensing/{P}@//ora.stock.internal:1521/LICPDB"),
 ("gbak_pas_after_user", "gbak -b -user SYSDBA -pas {P} /data/school.fdb /backup/school.fbk"),
 ("net_user_add_second_positional", "net user kioskadmin {P} /add"),
 ("xfreerdp_slash_p_colon", "xfreerdp /v:retouch-ws04 /u:retoucher /p:{P} /dynamic-resolution"),
 ("rdesktop_lower_p_after_lower_u", "rdesktop -u lab -p {P} minilab-pc.local"),
 ("x11vnc_storepasswd_first_positional", "x11vnc -storepasswd {P} /etc/x11vnc.pass"),
 ("ssh_keygen_capital_n_new_phrase", "ssh-keygen -t ed25519 -N {P} -f ~/.ssh/tether_upload"),
 ("openssl_rsa_passin_pass_prefix", "openssl rsa -in gallery_tls.key -passin pass:{P} -out gallery_tls.plain.key"),
 ("keytool_storepass_flag", "keytool -list -keystore licensing.jks -storepass {P}"),
 ("zip_capital_p_flag", "zip -P {P} -r wedding_0412_selects.zip selects/"),
 ("unzip_capital_p_flag", "unzip -P {P} school_day_batch7.zip -d /srv/delivery/"),
 ("rar_glued_hp", "rar a -hp{P} raw_backup_0412.rar /Volumes/CF1/DCIM"),
 ("unrar_glued_lower_p", "unrar x -p{P} client_raws.rar ./incoming/"),
 ("gpg_passphrase_fd_zero_echo", "echo '{P}' | gpg --batch --yes --passphrase-fd 0 -c contracts_2025.tar"),
 ("pdftk_input_pw_keyword", "pdftk model_release_signed.pdf input_pw {P} output release_open.pdf"),
 ("curl_digest_camera_cgi_colon_pair", "curl --digest -u admin:{P} 'http://192.168.1.40/ccapi/ver100/shooting/control/shutterbutton'"),
 ("wget_http_url_userinfo", "wget http://proof:{P}@proofs.studio.internal/export/0412.zip"),
 ("gst_launch_rtsp_url_userinfo", "gst-launch-1.0 rtspsrc location=rtsp://viewer:{P}@10.0.9.21:554/stream1 ! decodebin ! autovideosink"),
 ("mpv_rtsp_url_userinfo", "mpv rtsp://booth:{P}@photobooth-cam.local/live"),
 ("docker_login_password_stdin_echo", "echo \"{P}\" | docker login registry.studio.internal -u ci --password-stdin"),
 ("helm_registry_login_lower_p", "helm registry login harbor.dam.internal -u deployer -p {P}"),
 ("skopeo_src_creds_colon_pair", "skopeo copy --src-creds mirror:{P} docker://harbor.lab.internal/raw/rawconv:2.4 dir:/tmp/rawconv"),
 ("git_clone_https_url_userinfo", "git clone https://buildbot:{P}@git.studio.internal/web/client-gallery.git"),
 ("pip_install_index_url_userinfo", "pip install --index-url https://pypi:{P}@pypi.studio.internal/simple/ cullkit==0.9.3"),
 ("rclone_obscure_first_positional", "rclone obscure {P}"),
 ("mosquitto_sub_capital_p_after_lower_u", "mosquitto_sub -h mqtt.booth.local -u booth -P {P} -t 'booth/+/shutter'"),
 ("ldapmodify_lower_w_after_capital_d", "ldapmodify -x -D 'cn=admin,dc=studio,dc=local' -w {P} -f add_photographer.ldif"),
 ("smbmap_lower_p_after_lower_u", "smbmap -H 10.0.4.20 -u archive -p {P} -r Photos"),
 ("python_mysqldb_connect_third_positional", "db = MySQLdb.connect(\"db.studio.internal\", \"booking\", \"{P}\", \"studio\")"),
 ("python_ftp_tls_ctor_third_positional", "ftps = ftplib.FTP_TLS(\"ftp.lab.example.com\", \"hotfolder\", \"{P}\")"),
 ("python_ldap3_connection_third_positional", "conn = ldap3.Connection(server, \"cn=svc-dam,dc=studio,dc=local\", \"{P}\", auto_bind=True)"),
 ("python_pymongo_client_uri_userinfo", "client = MongoClient(\"mongodb://events:{P}@mongo01.internal/?authSource=admin\")"),
 ("python_requests_httpdigestauth_second", "r = requests.get(cam_url, auth=HTTPDigestAuth(\"admin\", \"{P}\"))"),
 ("python_httpx_basicauth_second", "auth = httpx.BasicAuth(\"lab-api\", \"{P}\")"),
 ("python_zipfile_setpassword_bytes", "zf = zipfile.ZipFile(\"selects.zip\"); zf.setpassword(b\"{P}\")"),
 ("python_pypdf_decrypt_single", "reader = PdfReader(\"release.pdf\"); reader.decrypt(\"{P}\")"),
 ("node_pg_connection_string_userinfo", "const pool = new Pool({ connectionString: 'postgres://gallery:{P}@pg.gallery.internal/gallery' });"),
 ("node_nodemailer_smtps_url_userinfo", "const t = nodemailer.createTransport('smtps://orders%40lab.example.com:{P}@smtp.lab.example.com');"),
 ("node_mqtt_connect_url_userinfo", "const c = mqtt.connect('mqtt://kiosk:{P}@mqtt.event.internal:1883');"),
 ("go_smtp_plainauth_third", "auth := smtp.PlainAuth(\"\", \"delivery@studio.example\", \"{P}\", \"smtp.studio.example\")"),
 ("go_ssh_password_single", "cfg := &ssh.ClientConfig{User: \"tether\", Auth: []ssh.AuthMethod{ssh.Password(\"{P}\")}}"),
 ("go_url_userpassword_second", "u.User = url.UserPassword(\"webdav\", \"{P}\")"),
 ("java_passwordauthentication_chararray", "return new PasswordAuthentication(\"labmail\", \"{P}\".toCharArray());"),
 ("java_javamail_transport_connect_third", "transport.connect(\"smtp.lab.example.com\", \"orders\", \"{P}\");"),
 ("csharp_fluentftp_ctor_third", "var ftp = new FtpClient(\"ftp.stock.example.com\", \"contrib884\", \"{P}\");"),
 ("csharp_mailkit_authenticate_second", "await smtp.AuthenticateAsync(\"gallery@studio.example\", \"{P}\");"),
 ("ruby_net_smtp_start_fifth", "Net::SMTP.start('smtp.studio.example', 587, 'studio.example', 'mailer', '{P}', :login)"),
 ("ruby_net_pop3_start_fourth", "Net::POP3.start('pop.lab.example.com', 110, 'orders', '{P}') { |pop| pop.each_mail(&:pop) }"),
 ("php_pdo_ctor_third", "$pdo = new PDO('mysql:host=db;dbname=prints', 'prints', '{P}');"),
 ("php_ssh2_auth_third", "ssh2_auth_password($conn, 'hotfolder', '{P}');"),
 ("php_ldap_bind_third", "ldap_bind($ds, 'uid=gallery,ou=svc,dc=studio,dc=local', '{P}');"),
 ("perl_net_smtp_auth_second", "$smtp->auth('proofs', '{P}');"),
 ("rust_suppaftp_login_second", "ftp_stream.login(\"stockbot\", \"{P}\")?;"),
 ("dart_ftpconnect_pass_named", "final ftp = FTPConnect('ftp.school.example', user: 'delivery', pass: '{P}');"),
 ("elixir_ecto_repo_url_userinfo", "config :booking, Booking.Repo, url: \"ecto://booking:{P}@db.internal/booking_prod\""),
 ("r_curl_userpwd_colon_pair", "h <- curl::new_handle(userpwd = \"analytics:{P}\")"),
 ("applescript_mount_volume_smb_url", "mount volume \"smb://archive:{P}@nas.studio.local/Photos\""),
 ("pop3_pass_command_after_user", "S: +OK POP3 ready\r\nC: USER orders\r\nS: +OK\r\nC: PASS {P}\r\nS: +OK maildrop locked"),
 ("imap_login_command_third_token", "C: a001 LOGIN proofs {P}\r\nS: a001 OK LOGIN completed"),
 ("nntp_authinfo_pass_line", "AUTHINFO USER lensnews\r\n381 more\r\nAUTHINFO PASS {P}\r\n281 ok"),
 ("redis_resp_auth_array_second_bulk", "*2\r\n$4\r\nAUTH\r\n${N}\r\n{P}\r\n+OK"),
 ("pgpass_fifth_colon_field", "# ~/.pgpass\ndam-db.internal:5432:assets:dam_ro:{P}"),
 ("openvpn_auth_file_second_line", "# /etc/openvpn/studio.auth (auth-user-pass)\nremote-editor\n{P}\n"),
 ("rsyncd_secrets_after_colon", "# /etc/rsyncd.secrets\nlabsync:{P}"),
 ("dovecot_passwd_plain_scheme_prefix", "orders@lab.example.com:{PLAIN}{P}:5000:5000::/var/mail/orders"),
 ("vsftpd_virtual_users_even_line", "# virtual_users.txt (user line, then password line)\nschooldrop\n{P}\n"),
 ("ipsec_secrets_psk_quoted", "# /etc/ipsec.secrets\n%any studio-gw.example.net : PSK \"{P}\""),
 ("git_credentials_store_line_userinfo", "# ~/.git-credentials\nhttps://buildbot:{P}@git.studio.internal"),
 ("camera_ftp_transfer_profile_url_userinfo", "[FTP1]\nServer=ftp://wft:{P}@192.168.1.10/incoming\nPassiveMode=On"),
 ("lftp_user_subcommand_second_positional", "lftp -e 'user hotfolder {P}; put order_0412.zip; bye' ftp.lab.example.com"),
 ("curlftpfs_url_userinfo", "curlftpfs ftp://scanner:{P}@ftp.lab.example.com /mnt/labftp"),
 ("sshfs_password_stdin_echo", "echo '{P}' | sshfs retouch@10.0.4.12:/jobs /mnt/jobs -o password_stdin"),
 ("sshpass_lower_p_before_scp", "sshpass -p {P} scp selects_0412.zip client-drop@sftp.studio.example:/in/"),
 ("mycli_url_userinfo", "mycli mysql://booking:{P}@db.studio.internal/studio"),
 ("pgcli_url_userinfo", "pgcli postgres://dam:{P}@dam-db.internal/assets"),
 ("usql_sqlserver_url_userinfo", "usql sqlserver://sa:{P}@labsql.internal/PrintOrders"),
 ("python_imapclient_login_second", "server = IMAPClient('imap.studio.example'); server.login('proofs@studio.example', '{P}')"),
 ("csharp_sshnet_passwordauthenticationmethod_second", "var auth = new PasswordAuthenticationMethod(\"tether\", \"{P}\");"),
 ("go_ldap_bind_second", "err = l.Bind(\"cn=svc-dam,dc=studio,dc=local\", \"{P}\")"),
 ("ruby_net_ldap_auth_second", "ldap.auth 'cn=gallery,ou=svc,dc=studio,dc=local', '{P}'"),
 ("smtp_auth_plain_inline_b64", "C: EHLO lab\r\nS: 250-AUTH PLAIN LOGIN\r\nC: AUTH PLAIN " + B64 + "\0orders\0{P}\r\nS: 235 2.7.0 Authentication successful"),
 ("rtsp_describe_authorization_basic_b64", "DESCRIBE rtsp://10.0.9.21/stream1 RTSP/1.0\r\nCSeq: 3\r\nAuthorization: Basic " + B64 + "viewer:{P}\r\n"),
 ("docker_config_auths_auth_b64", "{\"auths\": {\"harbor.lab.internal\": {\"auth\": \"" + B64 + "ci:{P}\"}}}"),
]

SUFFIXES = ["studio_mac_zsh_history", "photo_lab_ops_runbook", "gallery_app_source_snippet", "capture_wire_dump"]

def build(seed, reg, limit=None):
    rng = random.Random(seed)
    recs = []
    for i, (name, tpl) in enumerate(SYNTAXES[:limit]):
        p = reg.take(password, rng)
        t = PREFIX + name
        if B64 in tpl:
            pre, rest = tpl.split(B64)
            # rest: inner string up to \r\n or closing quote
            end = min([x for x in (rest.find("\r\n"), rest.find("\"")) if x >= 0])
            inner = rest[:end].replace("{P}", p)
            val = base64.b64encode(inner.encode()).decode()
            if not reg.ok(val): raise RuntimeError("b64 clash")
            reg.values.append(val)
            text = pre + val + rest[end:]
            s = len(pre)
        else:
            val = p
            text = tpl.replace("{N}", str(len(p)))
            s = text.index("{P}")
            text = text.replace("{P}", p)
        recs.append({"type": t, "container": t + "__" + SUFFIXES[i % 4], "text": text,
                     "secrets": [{"value": val, "start": s, "end": s + len(val), "type": t}], "source": "password"})
    return recs
