"""Positional passwords: the place in a command, file, API call or protocol exchange says it is a password."""
import random, string
from common117 import *

S = SLOT
OWN = "own"
SUFFIXES = ["farm_wrangler_shell_paste", "pipeline_tool_config_excerpt", "render_node_wire_capture", "dcc_plugin_source_line"]


def ytkey(r):
    return "-".join(rs(r, LOWER_ALNUM, 4) for _ in range(5))


GEN = {
    OWN: owner_pw,
    "hex32": lambda r: hexs(r, 32),
    "hex40u": lambda r: hexs(r, 40).upper(),
    "yt": ytkey,
    "s3": lambda r: rs(r, ALNUM + "/+", 40),
    "sg": lambda r: rs(r, string.ascii_lowercase + string.digits + "#^", 25),
    "uuid": uuid4,
    "alnum24": lambda r: rs(r, ALNUM, 24),
}

# (syntax, generator key, suffix index, template)
P = [
 ("ffmpeg_rtsp_input_url_userinfo", OWN, 0, "$ ffmpeg -rtsp_transport tcp -i rtsp://{u}:" + S + "@{ip}:554/stream1 -c copy witness_cam_{n}.mkv"),
 ("ffmpeg_rtmp_output_stream_key_path", "yt", 0, "$ ffmpeg -re -i dailies_{n}.mov -c:v libx264 -f flv rtmp://a.rtmp.youtube.com/live2/" + S),
 ("smbclient_upper_u_percent_pair", OWN, 0, "$ smbclient //{h}/plates -U {u}%" + S + " -c 'ls'"),
 ("mount_cifs_username_percent_pair", OWN, 1, "//{h}/renders  /mnt/renders  cifs  username={u}%" + S + ",vers=3.0,uid=1000  0 0"),
 ("net_use_share_then_positional", OWN, 0, "C:\\> net use R: \\\\{h}\\renders " + S + " /user:STUDIO\\{u} /persistent:no"),
 ("psexec_lower_p_after_u", OWN, 0, "C:\\> psexec \\\\{h} -u STUDIO\\{u} -p " + S + " -h cmd /c \"net stop DeadlineLauncherService10\""),
 ("sqlcmd_upper_p_after_upper_u", OWN, 0, "PS> sqlcmd -S {h},1433 -U {u} -P " + S + " -Q \"SELECT COUNT(*) FROM dbo.Jobs\""),
 ("bcp_out_upper_p_flag", OWN, 0, "$ bcp dbo.RenderStats out stats.dat -S {h} -U {u} -P " + S + " -c"),
 ("mysqldump_glued_lower_p", OWN, 0, "$ mysqldump -h {h} -u{u} -p" + S + " assetdb > assetdb_{n}.sql"),
 ("plink_pw_flag_batch", OWN, 0, "C:\\> plink -batch -pw " + S + " {u}@{h} \"systemctl restart rqd\""),
 ("xfreerdp_slash_p_colon", OWN, 0, "$ xfreerdp /v:{h} /u:{u} /p:" + S + " /dynamic-resolution"),
 ("vncpasswd_f_here_string", OWN, 0, "$ vncpasswd -f <<< '" + S + "' > ~/.vnc/passwd"),
 ("wget_ftp_url_userinfo", OWN, 0, "$ wget -r ftp://{u}:" + S + "@{h}/outgoing/{show}/"),
 ("lftp_lower_u_comma_pair", OWN, 0, "$ lftp -u {u}," + S + " sftp://{h} -e 'mirror -R ./deliveries /incoming; bye'"),
 ("smbpasswd_s_printf_pipe", OWN, 0, "# printf '%s\\n%s\\n' '" + S + "' \"$confirm\" | smbpasswd -s -a {u}"),
 ("htpasswd_b_third_positional", OWN, 0, "$ htpasswd -b /etc/nginx/review.htpasswd {u} " + S),
 ("openssl_pkcs12_passout_pass_prefix", OWN, 0, "$ openssl pkcs12 -export -in review.crt -inkey review.key -out review.p12 -passout pass:" + S),
 ("openssl_enc_lower_k_flag", OWN, 0, "$ tar cz plates/ | openssl enc -aes-256-cbc -pbkdf2 -k " + S + " -out plates_{n}.tgz.enc"),
 ("sevenzip_glued_lower_p", OWN, 0, "$ 7z a -p" + S + " -mhe=on delivery_{show}_{n}.7z ./delivery"),
 ("unzip_upper_p_extract", OWN, 0, "$ unzip -P " + S + " vendor_plates_{n}.zip -d /show/{show}/incoming"),
 ("qpdf_encrypt_first_positional", OWN, 0, "$ qpdf --encrypt " + S + " \"$owner_key\" 256 -- callsheet.pdf callsheet_locked.pdf"),
 ("apksigner_ks_pass_pass_prefix", OWN, 0, "$ apksigner sign --ks review_app.jks --ks-pass pass:" + S + " app-release.apk"),
 ("security_unlock_keychain_lower_p", OWN, 0, "$ security unlock-keychain -p " + S + " ~/Library/Keychains/build.keychain-db"),
 ("security_add_generic_lower_w", OWN, 0, "$ security add-generic-password -a {u} -s farm-submit -w " + S),
 ("dscl_passwd_trailing_positional", OWN, 0, "$ sudo dscl . -passwd /Users/{u} " + S),
 ("chpasswd_stdin_colon_pair", OWN, 0, "# echo '{u}:" + S + "' | chpasswd"),
 ("mkpasswd_method_then_positional", OWN, 0, "$ mkpasswd -m sha-512 " + S + " >> farm_users.hash"),
 ("openssl_passwd_six_positional", OWN, 0, "$ openssl passwd -6 " + S),
 ("vmrun_gp_guest_flag", OWN, 0, "$ vmrun -T ws -gu {u} -gp " + S + " runProgramInGuest renderVM.vmx /usr/bin/uptime"),
 ("redis_inline_auth_two_args", OWN, 0, "{ip}:6379> AUTH {u} " + S + "\nOK\n{ip}:6379> KEYS sim:*"),
 ("ldapsearch_lower_w_after_upper_d", OWN, 0, "$ ldapsearch -x -H ldaps://{h} -D \"uid={u},ou=artists,dc=studio,dc=example\" -w " + S + " \"(uid={u})\""),
 ("kadmin_lower_w_principal", OWN, 0, "$ kadmin -p {u}/admin -w " + S + " -q \"listprincs\""),
 ("sqlplus_slash_pair_at_tns", OWN, 0, "$ sqlplus {u}/" + S + "@//{h}:1521/BIDPROD @report.sql"),
 ("unixodbc_isql_third_positional", OWN, 0, "$ isql -v FarmStats {u} " + S),
 ("rabbitmqctl_change_password_second", OWN, 0, "# rabbitmqctl change_password {u} " + S),
 ("couchbase_cli_lower_p_after_u", OWN, 0, "$ couchbase-cli bucket-list -c {h} -u {u} -p " + S),
 ("httpie_lower_a_colon_pair", OWN, 0, "$ http -a {u}:" + S + " GET https://{h}/api/v1/jobs?state=failed"),
 ("az_login_lower_p_after_u", OWN, 0, "$ az login -u {u}@studio.example.com -p " + S + " --allow-no-subscriptions"),
 ("cf_login_lower_p_after_u", OWN, 0, "$ cf login -a https://api.{h} -u {u} -p " + S + " -o vfx -s render"),
 ("oc_login_lower_p_after_u", OWN, 0, "$ oc login https://api.{h}:6443 -u {u} -p " + S),
 ("p4_login_stdin_echo", OWN, 0, "$ echo '" + S + "' | p4 -p ssl:{h}:1666 -u {u} login"),
 ("p4_global_upper_p_flag", OWN, 0, "$ p4 -p ssl:{h}:1666 -u {u} -P " + S + " sync //depot/{show}/assets/..."),
 ("python_ftplib_ftp_ctor_third", OWN, 3, "ftp = ftplib.FTP(\"{h}\", \"{u}\", \"" + S + "\")"),
 ("python_smtplib_login_second", OWN, 3, "with smtplib.SMTP_SSL(\"{h}\", 465) as s:\n    s.login(\"{u}\", \"" + S + "\")"),
 ("python_poplib_pass_underscore_first", OWN, 3, "box = poplib.POP3_SSL(\"{h}\")\nbox.user(\"{u}\")\nbox.pass_(\"" + S + "\")"),
 ("python_paramiko_connect_fourth", OWN, 3, "client.connect(\"{h}\", 22, \"{u}\", \"" + S + "\")"),
 ("python_pysmb_smbconnection_second", OWN, 3, "conn = SMBConnection(\"{u}\", \"" + S + "\", \"ws{n}\", \"{hs}\", use_ntlm_v2=True)"),
 ("python_redis_ctor_fourth", OWN, 3, "cache = redis.Redis(\"{h}\", 6379, 0, \"" + S + "\")"),
 ("python_shotgun_api3_ctor_third", "sg", 3, "sg = shotgun_api3.Shotgun(\"https://{show}.shotgrid.autodesk.com\", \"publish_bot\", \"" + S + "\")"),
 ("python_ftrack_session_ctor_second", "uuid", 3, "session = ftrack_api.Session(\"https://{show}.ftrackapp.com\", \"" + S + "\", \"{u}@studio.example.com\")"),
 ("python_gazu_log_in_second", OWN, 3, "gazu.set_host(\"https://{h}/api\")\ngazu.log_in(\"{u}@studio.example.com\", \"" + S + "\")"),
 ("python_requests_auth_tuple_second", OWN, 3, "r = requests.get(\"https://{h}/api/queue\", auth=(\"{u}\", \"" + S + "\"), timeout=10)"),
 ("python_minio_ctor_third_positional", "s3", 3, "mc = Minio(\"{h}:9000\", \"{ak}\", \"" + S + "\", secure=True)"),
 ("python_ldap_simple_bind_s_second", OWN, 3, "l = ldap.initialize(\"ldaps://{h}\")\nl.simple_bind_s(\"uid={u},ou=artists,dc=studio,dc=example\", \"" + S + "\")"),
 ("node_nodemailer_smtps_url_userinfo", OWN, 3, "const transport = nodemailer.createTransport('smtps://{u}:" + S + "@{h}:465');"),
 ("node_amqplib_amqp_url_userinfo", OWN, 3, "const conn = await amqp.connect('amqp://{u}:" + S + "@{h}:5672/farm');"),
 ("js_btoa_colon_pair_in_header", OWN, 3, "headers: {{ Authorization: 'Basic ' + btoa('{u}:" + S + "') }},"),
 ("go_ssh_password_auth_method_first", OWN, 3, "cfg := &ssh.ClientConfig{{User: \"{u}\", Auth: []ssh.AuthMethod{{ssh.Password(\"" + S + "\")}}}}"),
 ("go_url_userpassword_second", OWN, 3, "u.User = url.UserPassword(\"{u}\", \"" + S + "\")"),
 ("go_jlaffaye_ftp_login_second", OWN, 3, "if err := c.Login(\"{u}\", \"" + S + "\"); err != nil {{ log.Fatal(err) }}"),
 ("go_http_setbasicauth_second", OWN, 3, "req.SetBasicAuth(\"{u}\", \"" + S + "\")"),
 ("java_passwordauthentication_second", OWN, 3, "return new PasswordAuthentication(\"{u}\", \"" + S + "\".toCharArray());"),
 ("java_drivermanager_getconnection_third", OWN, 3, "Connection c = DriverManager.getConnection(\"jdbc:postgresql://{h}/farm\", \"{u}\", \"" + S + "\");"),
 ("java_jsch_setpassword_first", OWN, 3, "Session s = jsch.getSession(\"{u}\", \"{h}\", 22);\ns.setPassword(\"" + S + "\");"),
 ("java_commons_net_ftpclient_login_second", OWN, 3, "ftp.connect(\"{h}\");\nftp.login(\"{u}\", \"" + S + "\");"),
 ("csharp_fluentftp_ctor_third", OWN, 3, "var client = new FtpClient(\"{h}\", \"{u}\", \"" + S + "\");"),
 ("csharp_mailkit_authenticate_second", OWN, 3, "await smtp.AuthenticateAsync(\"{u}\", \"" + S + "\");"),
 ("ruby_net_imap_login_second", OWN, 3, "imap = Net::IMAP.new('{h}', ssl: true)\nimap.login('{u}', '" + S + "')"),
 ("ruby_net_pop3_start_fourth", OWN, 3, "Net::POP3.start('{h}', 110, '{u}', '" + S + "') do |pop|"),
 ("php_ftp_login_third", OWN, 3, "ftp_login($conn, '{u}', '" + S + "');"),
 ("php_ldap_bind_third", OWN, 3, "ldap_bind($ds, 'uid={u},ou=artists,dc=studio,dc=example', '" + S + "');"),
 ("php_phpredis_auth_first", OWN, 3, "$redis->connect('{h}', 6379);\n$redis->auth('" + S + "');"),
 ("perl_net_ftp_login_second", OWN, 3, "$ftp->login('{u}', '" + S + "') or die $ftp->message;"),
 ("rust_lettre_credentials_new_second", OWN, 3, "let creds = Credentials::new(\"{u}\".to_owned(), \"" + S + "\".to_owned());"),
 ("tcl_ftp_open_third", OWN, 3, "set h [::ftp::Open {h} {u} " + S + " -mode passive]"),
 ("s3fs_passwd_file_colon_pair", "s3", 1, "# /etc/passwd-s3fs\n{ak}:" + S),
 ("ppp_pap_secrets_third_column", OWN, 1, "# /etc/ppp/pap-secrets\n# client  server  secret  IP addresses\n{u}  *  " + S + "  *"),
 ("strongswan_ipsec_secrets_psk_quoted", OWN, 1, "# /etc/ipsec.secrets\n{ip} %any : PSK \"" + S + "\""),
 ("exim4_passwd_client_third_field", OWN, 1, "# /etc/exim4/passwd.client\n{h}:{u}:" + S),
 ("chrony_keys_third_column_hex", "hex40u", 1, "# /etc/chrony.keys\n7 SHA1 HEX:" + S),
 ("ntp_keys_md5_third_column", OWN, 1, "# /etc/ntp.keys\n12 M " + S),
 ("jdbc_oracle_thin_slash_pair", OWN, 1, "bid.datasource.url=jdbc:oracle:thin:{u}/" + S + "@{h}:1521/BIDPROD"),
 ("macos_vnc_url_colon_pw", OWN, 0, "$ open vnc://:" + S + "@{h}:5901"),
 ("all_proxy_socks5h_url_userinfo", OWN, 0, "$ ALL_PROXY=socks5h://{u}:" + S + "@{ip}:1080 curl -sS https://{h}/health"),
 ("redis_resp_auth_bulk_third", OWN, 2, "*3\\r\\n$4\\r\\nAUTH\\r\\n${ul}\\r\\n{u}\\r\\n${pl}\\r\\n" + S + "\\r\\n"),
 ("postgres_wire_password_message_p", OWN, 2, "FE -> Startup user={u} database=farm\nBE <- AuthenticationCleartextPassword\nFE -> 'p' len={pl4} \"" + S + "\\0\"\nBE <- AuthenticationOk"),
 ("socks5_rfc1929_subnegotiation_fields", OWN, 2, "C -> ver=0x01 ulen={ul} uname=\"{u}\" plen={pl} passwd=\"" + S + "\"\nS <- ver=0x01 status=0x00"),
 ("nntp_authinfo_pass_line", OWN, 2, "C: AUTHINFO USER {u}\nS: 381 more authentication information required\nC: AUTHINFO PASS " + S + "\nS: 281 authentication accepted"),
 ("ldap_bind_request_simple_field", OWN, 2, "LDAPMessage bindRequest(1) version=3 name=\"uid={u},ou=farm,dc=studio,dc=example\" simple=\"" + S + "\""),
 ("zkcli_addauth_digest_colon", OWN, 0, "[zk: {h}:2181(CONNECTED) 0] addauth digest {u}:" + S),
 ("mosquitto_passwd_b_third", OWN, 0, "# mosquitto_passwd -b /etc/mosquitto/passwd {u} " + S),
 ("prosodyctl_register_third", OWN, 0, "# prosodyctl register {u} chat.studio.example.com " + S),
 ("mssql_sp_addlinkedsrvlogin_fifth", OWN, 3, "EXEC sp_addlinkedsrvlogin 'FARMSTATS', 'false', NULL, '{u}', '" + S + "';"),
 ("informix_connect_user_using", OWN, 3, "CONNECT TO 'assets@{hs}' USER '{u}' USING '" + S + "';"),
 ("applescript_keystroke_after_tab", OWN, 3, "tell application \"System Events\"\n  keystroke \"{u}\"\n  keystroke tab\n  keystroke \"" + S + "\"\n  keystroke return\nend tell"),
 ("dsadd_user_pwd_flag", OWN, 0, "C:\\> dsadd user \"CN={u},OU=Artists,DC=studio,DC=example\" -samid {u} -pwd " + S + " -disabled no"),
 ("curl_ftp_ssl_user_colon_pair_flag", OWN, 0, "$ curl --ssl-reqd --user {u}:" + S + " -T shot_{n}.exr ftp://{h}/incoming/"),
 ("xmllint_xinclude_http_userinfo", OWN, 1, "<xi:include href=\"https://{u}:" + S + "@{h}/ocio/shared_looks.xml\"/>"),
 ("svn_url_userinfo_checkout", OWN, 0, "$ svn checkout https://{u}:" + S + "@{h}/svn/{show}/tools tools"),
]


def build(seed=11703):
    rng = random.Random(seed)
    out = []
    for syntax, g, si, tpl in P:
        val = GEN[g](rng)
        u = user(rng)
        f = dict(u=u, h=host(rng), ip=ip(rng), n=str(rng.randint(1000, 9999)), show=rng.choice(["cobalt", "nightjar", "tidepool", "kestrel"]),
                 hs=rng.choice(["nas04", "stor11", "edit02"]), ak=rs(rng, string.ascii_uppercase + string.digits, 20),
                 ul=len(u), pl=len(val), pl4=len(val) + 5)
        t = tpl.format(**f)
        typ = "vfxpw_" + syntax
        out.append((typ, typ + "__" + SUFFIXES[si], t, val))
    return out
