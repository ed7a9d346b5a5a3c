"""Positional passwords: a password passed without a telling `password=` key."""
import base64
import random

from common173 import MARK, HEX, rs, password, place, make_record, PREFIX

SEED = 17303
PAD24 = "\u27eaPAD24\u27eb"   # replaced after placing the value so the column stays 24 wide
PW_PREFIX = "yardpw_"
SUFFIX = {
    "cli": "yard_office_shell_history",
    "lib": "livery_app_source_excerpt",
    "file": "stable_server_config_file",
    "proto": "racecourse_lan_packet_capture",
    "gui": "entries_kiosk_automation_script",
}
SYN = []


def syn(name, kind, b64=None):
    def deco(fn):
        SYN.append({"name": name, "kind": kind, "fn": fn, "b64": b64})
        return fn
    return deco


USERS = ["yardmgr", "clubsec", "tote_bo", "livery", "entries", "vetlog", "stud_office", "farrier_app", "arena",
         "racecard", "trk_gw", "feedchart"]
HOSTS = ["db1.yard.internal", "tote-bo.racingclub.internal", "nas.stables.lan", "entries.racingclub.internal",
         "vetlog.livery.lan", "10.20.4.11", "192.168.50.8", "cam-nvr.stables.lan", "mail.racingclub.internal"]


def U(r):
    return r.choice(USERS)


def H(r):
    return r.choice(HOSTS)


def P(r):
    return "%5d  " % r.randrange(100, 2000)


# ---------------------------------------------------------------- command line
@syn("mysqladmin_glued_lower_p_then_status", "cli")
def _(r):
    return P(r) + "mysqladmin -h %s -u%s -p%s status\n" % (H(r), U(r), MARK)


@syn("sqlcmd_capital_p_after_capital_u", "cli")
def _(r):
    return P(r) + "sqlcmd -S %s -U %s -P %s -Q \"SELECT COUNT(*) FROM dbo.Runners\"\n" % (H(r), U(r), MARK)


@syn("bcp_out_capital_p_flag", "cli")
def _(r):
    return P(r) + "bcp Racing.dbo.Declarations out decl.dat -S %s -U %s -P %s -c\n" % (H(r), U(r), MARK)


@syn("mongodump_lower_p_after_lower_u", "cli")
def _(r):
    return P(r) + "mongodump -h %s -u %s -p %s --authenticationDatabase admin -d feedchart\n" % (H(r), U(r), MARK)


@syn("lftp_lower_u_comma_pair", "cli")
def _(r):
    return P(r) + "lftp -u %s,%s sftp://%s -e 'mirror -R exports /incoming; bye'\n" % (U(r), MARK, H(r))


@syn("wget_ftp_url_userinfo", "cli")
def _(r):
    return P(r) + "wget ftp://%s:%s@%s/racecards/today.xml\n" % (U(r), MARK, H(r))


@syn("ncftpput_lower_p_after_lower_u", "cli")
def _(r):
    return P(r) + "ncftpput -u %s -p %s %s /results results_%d.csv\n" % (U(r), MARK, H(r), r.randrange(100, 999))


@syn("smbmap_lower_p_after_lower_u", "cli")
def _(r):
    return P(r) + "smbmap -u %s -p %s -d YARD -H %s\n" % (U(r), MARK, H(r))


@syn("rclone_obscure_first_positional", "cli")
def _(r):
    return P(r) + "rclone obscure %s\n" % MARK


@syn("htpasswd_batch_third_positional", "cli")
def _(r):
    return P(r) + "htpasswd -b /etc/nginx/.htpasswd-entries %s %s\n" % (U(r), MARK)


@syn("htpasswd_lower_i_stdin_echo", "cli")
def _(r):
    return P(r) + "echo %s | htpasswd -i /etc/nginx/.htpasswd-arena %s\n" % (MARK, U(r))


@syn("chpasswd_stdin_user_colon_pair", "cli")
def _(r):
    return P(r) + "echo '%s:%s' | sudo chpasswd\n" % (U(r), MARK)


@syn("openssl_enc_lower_k_flag", "cli")
def _(r):
    return P(r) + "openssl enc -aes-256-cbc -pbkdf2 -k %s -in passports.csv -out passports.csv.enc\n" % MARK


@syn("openssl_pkcs12_export_passout_pass_prefix", "cli")
def _(r):
    return P(r) + "openssl pkcs12 -export -in tote.crt -inkey tote.key -out tote.p12 -passout pass:%s\n" % MARK


@syn("seven_zip_glued_lower_p", "cli")
def _(r):
    return P(r) + "7z a -t7z -p%s -mhe=on vet_visits_2025.7z vet_visits/\n" % MARK


@syn("ssh_keygen_capital_n_new_passphrase", "cli")
def _(r):
    return P(r) + "ssh-keygen -t ed25519 -N %s -C deploy@stables -f ~/.ssh/yard_deploy\n" % MARK


@syn("apksigner_ks_pass_pass_prefix", "cli")
def _(r):
    return P(r) + "apksigner sign --ks farrier-release.jks --ks-pass pass:%s app-release.apk\n" % MARK


@syn("vncpasswd_lower_f_stdin_printf", "cli")
def _(r):
    return P(r) + "printf '%%s\\n' %s | vncpasswd -f > ~/.vnc/passwd\n" % MARK


@syn("x11vnc_storepasswd_first_positional", "cli")
def _(r):
    return P(r) + "x11vnc -storepasswd %s ~/.vnc/yardpass\n" % MARK


@syn("ipmitool_capital_p_after_capital_u", "cli")
def _(r):
    return P(r) + "ipmitool -I lanplus -H 10.20.9.%d -U ADMIN -P %s chassis power status\n" % (r.randrange(2, 60), MARK)


@syn("racadm_lower_p_after_lower_u", "cli")
def _(r):
    return P(r) + "racadm -r 10.20.9.%d -u root -p %s getsysinfo\n" % (r.randrange(2, 60), MARK)


@syn("net_use_positional_after_share", "cli")
def _(r):
    return "C:\\> net use Z: \\\\nas\\vetlog %s /user:YARD\\%s /persistent:no\n" % (MARK, U(r))


@syn("psexec_lower_p_after_lower_u", "cli")
def _(r):
    return "C:\\> psexec \\\\TOTE-PC%d -u YARD\\%s -p %s ipconfig /all\n" % (r.randrange(1, 9), U(r), MARK)


@syn("schtasks_create_rp_after_ru", "cli")
def _(r):
    return ("C:\\> schtasks /create /tn \"Nightly feed chart export\" /tr C:\\feedchart\\export.bat /sc daily /st 02:15 "
            "/ru YARD\\%s /rp %s\n" % (U(r), MARK))


@syn("plink_pw_after_lower_l", "cli")
def _(r):
    return "C:\\> plink -ssh -l %s -pw %s %s \"systemctl restart tote-bridge\"\n" % (U(r), MARK, H(r))


@syn("winscp_script_open_sftp_url_userinfo", "cli")
def _(r):
    return ("option batch abort\nopen sftp://%s:%s@%s/ -hostkey=*\nput C:\\results\\*.csv /incoming/\nexit\n"
            % (U(r), MARK, H(r)))


@syn("sqlplus_user_slash_at_connect", "cli")
def _(r):
    return P(r) + "sqlplus -s %s/%s@//%s:1521/STUDPDB @nominations.sql\n" % (U(r), MARK, H(r))


@syn("oracle_impdp_first_positional_slash_pair", "cli")
def _(r):
    return P(r) + "impdp system/%s@STUDPDB directory=DP_DIR dumpfile=studbook_%d.dmp\n" % (MARK, r.choice([2024, 2025]))


@syn("db2_connect_using_after_user", "cli")
def _(r):
    return P(r) + "db2 connect to RACEDB user %s using %s\n" % (U(r), MARK)


@syn("unixodbc_isql_third_positional", "cli")
def _(r):
    return P(r) + "isql -v TOTE_DSN %s %s\n" % (U(r), MARK)


@syn("redis_cli_lower_u_url_userinfo", "cli")
def _(r):
    return P(r) + "redis-cli -u redis://%s:%s@%s:6379/2 KEYS 'odds:*'\n" % (U(r), MARK, H(r))


@syn("nats_cli_lower_s_url_userinfo", "cli")
def _(r):
    return P(r) + "nats -s nats://%s:%s@%s:4222 pub racecard.updated '{}'\n" % (U(r), MARK, H(r))


@syn("celery_broker_lower_b_amqp_userinfo", "cli")
def _(r):
    return P(r) + "celery -A entries worker -b amqp://%s:%s@%s:5672/entries -l info\n" % (U(r), MARK, H(r))


@syn("rabbitmqctl_change_password_second_positional", "cli")
def _(r):
    return P(r) + "rabbitmqctl change_password %s %s\n" % (U(r), MARK)


@syn("mosquitto_sub_capital_p_after_lower_u", "cli")
def _(r):
    return P(r) + "mosquitto_sub -h %s -u %s -P %s -t 'yard/trough/#' -v\n" % (H(r), U(r), MARK)


@syn("snmpwalk_v3_capital_a_auth_passphrase", "cli")
def _(r):
    return P(r) + "snmpwalk -v3 -l authNoPriv -u monitor -a SHA -A %s 10.20.1.1 system\n" % MARK


@syn("ffmpeg_rtsp_input_url_userinfo", "cli")
def _(r):
    return (P(r) + "ffmpeg -rtsp_transport tcp -i rtsp://admin:%s@10.20.7.%d:554/h264Preview_01_main "
            "-t 60 foaling_box.mp4\n" % (MARK, r.randrange(2, 60)))


@syn("gst_launch_rtspsrc_user_pw_property", "cli")
def _(r):
    return (P(r) + "gst-launch-1.0 rtspsrc location=rtsp://10.20.7.%d/stream1 user-id=viewer user-pw=%s ! "
            "decodebin ! autovideosink\n" % (r.randrange(2, 60), MARK))


@syn("hg_clone_https_url_userinfo", "cli")
def _(r):
    return P(r) + "hg clone https://%s:%s@hg.racingclub.internal/form-scraper\n" % (U(r), MARK)


@syn("twine_upload_lower_p_after_lower_u", "cli")
def _(r):
    return P(r) + "twine upload --repository-url https://pypi.yard.internal/ -u %s -p %s dist/*\n" % (U(r), MARK)


@syn("crane_auth_login_lower_p_after_lower_u", "cli")
def _(r):
    return P(r) + "crane auth login registry.yard.internal -u %s -p %s\n" % (U(r), MARK)


@syn("oc_login_lower_p_after_lower_u", "cli")
def _(r):
    return P(r) + "oc login https://api.okd.racingclub.internal:6443 -u %s -p %s\n" % (U(r), MARK)


@syn("mc_alias_set_fourth_positional", "cli")
def _(r):
    return P(r) + "mc alias set yardminio https://minio.stables.lan:9000 %s %s\n" % (U(r), MARK)


@syn("sshfs_password_stdin_echo", "cli")
def _(r):
    return P(r) + "echo %s | sshfs %s@%s:/srv/exports /mnt/exports -o password_stdin\n" % (MARK, U(r), H(r))


@syn("kadmin_lower_w_after_lower_p", "cli")
def _(r):
    return P(r) + "kadmin -p admin/admin -w %s -q 'listprincs'\n" % MARK


@syn("wpa_passphrase_ssid_then_positional", "cli")
def _(r):
    return P(r) + "wpa_passphrase %s %s >> /etc/wpa_supplicant/wpa_supplicant.conf\n" % (
        r.choice(["YardBarnWiFi", "FoalingUnit", "TackRoom-AP", "ArenaCam"]), MARK)


@syn("veracrypt_text_lower_p_flag", "cli")
def _(r):
    return P(r) + "veracrypt --text --mount /media/usb/passports.hc /mnt/pp -p %s --pim 0 --non-interactive\n" % MARK


@syn("pdftotext_upw_flag", "cli")
def _(r):
    return P(r) + "pdftotext -upw %s covering_certificate_%d.pdf -\n" % (MARK, r.randrange(100, 999))


@syn("mutool_draw_lower_p_flag", "cli")
def _(r):
    return P(r) + "mutool draw -p %s -o page%%d.png vet_invoice.pdf\n" % MARK


@syn("podman_login_password_stdin_echo", "cli")
def _(r):
    return P(r) + "echo %s | podman login --username %s --password-stdin registry.yard.internal\n" % (MARK, U(r))


@syn("openssl_rsa_passin_stdin_here_string", "cli")
def _(r):
    return P(r) + "openssl rsa -in tote_signing.key -passin stdin -out tote_signing.pem <<< %s\n" % MARK


@syn("pass_insert_echo_stdin", "cli")
def _(r):
    return P(r) + "echo %s | pass insert -e yard/feedchart-db\n" % MARK


@syn("secret_tool_store_stdin_echo", "cli")
def _(r):
    return P(r) + "echo -n %s | secret-tool store --label='tote back office' service tote-bo\n" % MARK


@syn("macos_security_add_generic_password_lower_w", "cli")
def _(r):
    return P(r) + "security add-generic-password -a %s -s entries-api -w %s\n" % (U(r), MARK)


@syn("heredoc_ftp_n_user_command_second_word", "cli")
def _(r):
    return P(r) + "ftp -n %s <<EOF\nuser %s %s\nbinary\nput declarations.csv\nbye\nEOF\n" % (H(r), U(r), MARK)


@syn("expect_send_after_assword_prompt", "cli")
def _(r):
    return ("#!/usr/bin/expect -f\nspawn ssh %s@%s\nexpect \"assword:\"\nsend \"%s\\r\"\nexpect \"$ \"\nsend \"backup-vetlog\\r\"\n"
            % (U(r), H(r), MARK))


@syn("ppp_chat_script_ssword_send", "file")
def _(r):
    return ("ABORT BUSY\n'' ATZ\nOK ATDT*99#\nCONNECT ''\nogin: %s\nssword: %s\n" % (U(r), MARK))


# ---------------------------------------------------------------- library call positions
@syn("python_paramiko_connect_fourth_positional", "lib")
def _(r):
    return ("client = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())\n"
            "client.connect(\"%s\", 22, \"%s\", \"%s\")\n" % (H(r), U(r), MARK))


@syn("python_ftplib_ftp_ctor_third", "lib")
def _(r):
    return "with ftplib.FTP(\"%s\", \"%s\", \"%s\") as ftp:\n    ftp.storbinary(\"STOR decl.csv\", fh)\n" % (H(r), U(r), MARK)


@syn("python_ftplib_ftp_tls_login_second", "lib")
def _(r):
    return "ftps = ftplib.FTP_TLS(\"%s\")\nftps.login(\"%s\", \"%s\")\nftps.prot_p()\n" % (H(r), U(r), MARK)


@syn("python_poplib_pass_underscore_single", "lib")
def _(r):
    return "box = poplib.POP3_SSL(\"%s\")\nbox.user(\"%s\")\nbox.pass_(\"%s\")\n" % (H(r), U(r), MARK)


@syn("python_smbclient_register_session_third", "lib")
def _(r):
    return "smbclient.register_session(\"%s\", \"%s\", \"%s\")\nfiles = smbclient.listdir(r\"\\\\nas\\vetlog\")\n" % (H(r), U(r), MARK)


@syn("python_requests_auth_tuple_second", "lib")
def _(r):
    return "resp = requests.get(\"https://%s/api/runners\", auth=(\"%s\", \"%s\"), timeout=10)\n" % (H(r), U(r), MARK)


@syn("python_aiohttp_basicauth_second", "lib")
def _(r):
    return "auth = aiohttp.BasicAuth(\"%s\", \"%s\")\nasync with session.get(url, auth=auth) as resp:\n    data = await resp.json()\n" % (U(r), MARK)


@syn("python_pysnmp_communitydata_single", "lib")
def _(r):
    return "errInd, errStat, errIdx, binds = next(getCmd(SnmpEngine(), CommunityData(\"%s\"),\n    UdpTransportTarget((\"10.20.1.1\", 161)), ContextData(), obj))\n" % MARK


@syn("python_pexpect_sendline_after_expect", "lib")
def _(r):
    return "child = pexpect.spawn(\"ssh %s@%s\")\nchild.expect(\"assword:\")\nchild.sendline(\"%s\")\n" % (U(r), H(r), MARK)


@syn("python_keyring_set_password_third", "lib")
def _(r):
    return "keyring.set_password(\"tote-back-office\", \"%s\", \"%s\")\n" % (U(r), MARK)


@syn("python_zipfile_setpassword_bytes_single", "lib")
def _(r):
    return "with zipfile.ZipFile(\"passports.zip\") as zf:\n    zf.setpassword(b\"%s\")\n    zf.extractall(\"out\")\n" % MARK


@syn("python_pymssql_connect_third_positional", "lib")
def _(r):
    return "conn = pymssql.connect(\"%s\", \"%s\", \"%s\", \"Racing\")\n" % (H(r), U(r), MARK)


@syn("python_kazoo_add_auth_digest_colon_pair", "lib")
def _(r):
    return "zk = KazooClient(hosts=\"%s:2181\")\nzk.start()\nzk.add_auth(\"digest\", \"%s:%s\")\n" % (H(r), U(r), MARK)


@syn("python_sqlalchemy_create_engine_url_userinfo", "lib")
def _(r):
    return "engine = create_engine(\"postgresql+psycopg://%s:%s@%s:5432/feedchart\")\n" % (U(r), MARK, H(r))


@syn("node_ioredis_url_empty_user_colon", "lib")
def _(r):
    return "const redis = new Redis(\"redis://:%s@%s:6379/0\");\n" % (MARK, H(r))


@syn("node_crypto_pbkdf2sync_first", "lib")
def _(r):
    return "const key = crypto.pbkdf2Sync(\"%s\", salt, 210000, 32, \"sha256\");\n" % MARK


@syn("node_puppeteer_page_type_second", "gui")
def _(r):
    return "await page.type(\"#username\", \"%s\");\nawait page.type(\"#pw\", \"%s\");\nawait page.click(\"button[type=submit]\");\n" % (U(r), MARK)


@syn("node_webdriverio_setvalue_single", "gui")
def _(r):
    return "await $(\"#login-user\").setValue(\"%s\");\nawait $(\"#login-secret\").setValue(\"%s\");\n" % (U(r), MARK)


@syn("go_sql_open_dsn_colon_at_tcp", "lib")
def _(r):
    return "db, err := sql.Open(\"mysql\", \"%s:%s@tcp(%s:3306)/racing?parseTime=true\")\n" % (U(r), MARK, H(r))


@syn("go_crypto_ssh_password_single", "lib")
def _(r):
    return ("cfg := &ssh.ClientConfig{\n\tUser: \"%s\",\n\tAuth: []ssh.AuthMethod{ssh.Password(\"%s\")},\n"
            "\tHostKeyCallback: ssh.InsecureIgnoreHostKey(),\n}\n" % (U(r), MARK))


@syn("go_http_request_setbasicauth_second", "lib")
def _(r):
    return "req, _ := http.NewRequest(\"GET\", feedURL, nil)\nreq.SetBasicAuth(\"%s\", \"%s\")\n" % (U(r), MARK)


@syn("go_jlaffaye_ftp_login_second", "lib")
def _(r):
    return "c, err := ftp.Dial(\"%s:21\")\nerr = c.Login(\"%s\", \"%s\")\n" % (H(r), U(r), MARK)


@syn("java_commons_net_ftpclient_login_second", "lib")
def _(r):
    return "FTPClient ftp = new FTPClient();\nftp.connect(\"%s\");\nftp.login(\"%s\", \"%s\");\n" % (H(r), U(r), MARK)


@syn("java_jsch_session_setpassword_single", "lib")
def _(r):
    return "Session s = jsch.getSession(\"%s\", \"%s\", 22);\ns.setPassword(\"%s\");\ns.connect();\n" % (U(r), H(r), MARK)


@syn("java_usernamepasswordcredentials_ctor_second", "lib")
def _(r):
    return "creds.setCredentials(new AuthScope(\"%s\", 443),\n    new UsernamePasswordCredentials(\"%s\", \"%s\".toCharArray()));\n" % (H(r), U(r), MARK)


@syn("java_keystore_load_second_chararray", "lib")
def _(r):
    return "KeyStore ks = KeyStore.getInstance(\"PKCS12\");\nks.load(new FileInputStream(\"tote.p12\"), \"%s\".toCharArray());\n" % MARK


@syn("csharp_networkcredential_ctor_second", "lib")
def _(r):
    return "var handler = new HttpClientHandler { Credentials = new NetworkCredential(\"%s\", \"%s\") };\n" % (U(r), MARK)


@syn("csharp_fluentftp_ftpclient_ctor_third", "lib")
def _(r):
    return "using var ftp = new FtpClient(\"%s\", \"%s\", \"%s\");\nftp.Connect();\n" % (H(r), U(r), MARK)


@syn("csharp_x509certificate2_ctor_second", "lib")
def _(r):
    return "var cert = new X509Certificate2(\"tote-client.pfx\", \"%s\");\n" % MARK


@syn("ruby_net_http_basic_auth_second", "lib")
def _(r):
    return "req = Net::HTTP::Get.new(uri)\nreq.basic_auth \"%s\", \"%s\"\nres = http.request(req)\n" % (U(r), MARK)


@syn("php_mysqli_ctor_third", "lib")
def _(r):
    return "<?php\n$db = new mysqli(\"%s\", \"%s\", \"%s\", \"livery\");\n" % (H(r), U(r), MARK)


@syn("php_ftp_login_third", "lib")
def _(r):
    return "<?php\n$conn = ftp_connect(\"%s\");\nftp_login($conn, \"%s\", \"%s\");\n" % (H(r), U(r), MARK)


@syn("php_ssh2_auth_password_third", "lib")
def _(r):
    return "<?php\n$c = ssh2_connect(\"%s\", 22);\nssh2_auth_password($c, \"%s\", \"%s\");\n" % (H(r), U(r), MARK)


@syn("php_imap_open_third", "lib")
def _(r):
    return "<?php\n$mbox = imap_open(\"{%s:993/imap/ssl}INBOX\", \"%s\", \"%s\");\n" % (H(r), U(r), MARK)


@syn("perl_dbi_connect_third", "lib")
def _(r):
    return "my $dbh = DBI->connect(\"dbi:Pg:dbname=studbook;host=%s\", \"%s\", \"%s\", { RaiseError => 1 });\n" % (H(r), U(r), MARK)


@syn("perl_net_ftp_login_second", "lib")
def _(r):
    return "my $ftp = Net::FTP->new(\"%s\") or die;\n$ftp->login(\"%s\", \"%s\") or die $ftp->message;\n" % (H(r), U(r), MARK)


@syn("rust_ssh2_userauth_password_second", "lib")
def _(r):
    return "let mut sess = Session::new()?;\nsess.set_tcp_stream(tcp);\nsess.handshake()?;\nsess.userauth_password(\"%s\", \"%s\")?;\n" % (U(r), MARK)


@syn("c_odbc_sqlconnect_sixth", "lib")
def _(r):
    return "ret = SQLConnect(hdbc, (SQLCHAR*)\"TOTE_DSN\", SQL_NTS, (SQLCHAR*)\"%s\", SQL_NTS,\n                 (SQLCHAR*)\"%s\", SQL_NTS);\n" % (U(r), MARK)


@syn("c_libssh2_userauth_password_third", "lib")
def _(r):
    return "if (libssh2_userauth_password(session, \"%s\", \"%s\")) {\n    fprintf(stderr, \"auth failed\\n\");\n}\n" % (U(r), MARK)


@syn("c_libpq_pqsetdblogin_seventh", "lib")
def _(r):
    return "PGconn *conn = PQsetdbLogin(\"%s\", \"5432\", NULL, NULL, \"vetlog\", \"%s\", \"%s\");\n" % (H(r), U(r), MARK)


@syn("powershell_convertto_securestring_asplaintext", "lib")
def _(r):
    return "$sec = ConvertTo-SecureString \"%s\" -AsPlainText -Force\n$cred = New-Object PSCredential(\"YARD\\%s\", $sec)\n" % (MARK, U(r))


@syn("arduino_wifi_begin_second", "lib")
def _(r):
    return "void setup() {\n  WiFi.begin(\"YardBarnWiFi\", \"%s\");\n  while (WiFi.status() != WL_CONNECTED) delay(500);\n}\n" % MARK


@syn("arduino_ota_setpassword_single", "lib")
def _(r):
    return "ArduinoOTA.setHostname(\"trough-sensor-%d\");\nArduinoOTA.setPassword(\"%s\");\nArduinoOTA.begin();\n" % (r.randrange(1, 9), MARK)


@syn("tsql_sp_addlogin_second", "lib")
def _(r):
    return "EXEC sp_addlogin '%s', '%s', 'Racing';\n" % (U(r), MARK)


@syn("tsql_sp_password_second_new", "lib")
def _(r):
    return "EXEC sp_password NULL, '%s', '%s';\n" % (MARK, U(r))


@syn("postgres_pgp_sym_encrypt_second", "lib")
def _(r):
    return "UPDATE horse SET passport_no_enc = pgp_sym_encrypt(passport_no, '%s') WHERE passport_no_enc IS NULL;\n" % MARK


@syn("mysql_aes_encrypt_second", "lib")
def _(r):
    return "INSERT INTO owner_bank (owner_id, iban_enc) VALUES (42, AES_ENCRYPT('GB00TEST', '%s'));\n" % MARK


@syn("vbscript_wshshell_sendkeys_literal", "gui")
def _(r):
    return "Set sh = CreateObject(\"WScript.Shell\")\nsh.AppActivate \"Tote Back Office\"\nsh.SendKeys \"%s{TAB}\"\nsh.SendKeys \"%s{ENTER}\"\n" % (U(r), MARK)


@syn("robot_framework_input_password_locator_then_value", "gui")
def _(r):
    return ("*** Test Cases ***\nEntry Login\n    Open Browser    https://entries.racingclub.internal    chrome\n"
            "    Input Text        id=user    %s\n    Input Password    id=pw    %s\n" % (U(r), MARK))


@syn("powershell_sendwait_literal", "gui")
def _(r):
    return ("Add-Type -AssemblyName System.Windows.Forms\n[System.Windows.Forms.SendKeys]::SendWait(\"%s\")\n"
            "[System.Windows.Forms.SendKeys]::SendWait(\"{ENTER}\")\n" % MARK)


@syn("pywinauto_edit_set_edit_text_single", "gui")
def _(r):
    return "dlg = app.window(title=\"Passport Registry Login\")\ndlg.Edit1.set_edit_text(\"%s\")\ndlg.Edit2.set_edit_text(\"%s\")\n" % (U(r), MARK)


@syn("appium_send_keys_second_field", "gui")
def _(r):
    return "driver.find_element(AppiumBy.ACCESSIBILITY_ID, \"user\").send_keys(\"%s\")\ndriver.find_element(AppiumBy.ACCESSIBILITY_ID, \"secret\").send_keys(\"%s\")\n" % (U(r), MARK)


# ---------------------------------------------------------------- files with fixed positions
@syn("chap_secrets_third_column", "file")
def _(r):
    return "# Secrets for authentication using CHAP\n# client\tserver\tsecret\t\tIP addresses\n%s\t*\t%s\t*\n" % (U(r), MARK)


@syn("ipsec_secrets_psk_quoted_after_colon", "file")
def _(r):
    return "# /etc/ipsec.secrets\n203.0.113.%d 198.51.100.%d : PSK \"%s\"\n" % (r.randrange(2, 250), r.randrange(2, 250), MARK)


@syn("strongswan_eap_quoted_after_colon", "file")
def _(r):
    return "# /etc/ipsec.secrets (road warriors)\n%s : EAP \"%s\"\n" % (U(r), MARK)


@syn("racoon_psk_txt_second_column", "file")
def _(r):
    return "# /etc/racoon/psk.txt\n# peer\t\tsecret\n198.51.100.%d\t%s\n" % (r.randrange(2, 250), MARK)


@syn("exim_passwd_client_third_colon_field", "file")
def _(r):
    return "# /etc/exim4/passwd.client\n# server:login:secret\n*.racingclub.example:%s:%s\n" % (U(r), MARK)


@syn("davfs2_secrets_third_column", "file")
def _(r):
    return "# /etc/davfs2/secrets\nhttps://dav.stables.lan/passports %s %s\n" % (U(r), MARK)


@syn("nagios_resource_cfg_user_macro", "file")
def _(r):
    return "# resource.cfg\n$USER1$=/usr/lib/nagios/plugins\n$USER3$=%s\n$USER4$=%s\n" % (U(r), MARK)


@syn("sendmail_authinfo_p_colon_quoted", "file")
def _(r):
    return "AuthInfo:mail.racingclub.internal \"U:%s\" \"I:%s\" \"P:%s\" \"M:PLAIN\"\n" % (U(r), U(r), MARK)


@syn("docker_config_json_auth_b64_pair", "file", b64="userpass")
def _(r):
    return "{\n  \"auths\": {\n    \"registry.yard.internal\": {\n      \"auth\": \"%s\"\n    }\n  }\n}\n" % MARK


@syn("stable_staff_import_headerless_csv_third_column", "file")
def _(r):
    return "%s,%s,%s,groom,yard-a\n%s,%s,%s,rider,yard-b\n" % (
        "GR%04d" % r.randrange(10000), U(r), MARK, "GR%04d" % r.randrange(10000), "m.hayes", "(set on first login)")


@syn("tote_terminal_roster_tab_separated_fourth_field", "file")
def _(r):
    return "T%02d\t%s\tWIN,PLACE\t%s\tactive\n" % (r.randrange(1, 40), U(r), MARK)


@syn("farrier_round_fixed_width_cols_25_to_48", "file")
def _(r):
    return "%-12s%-12s%s%s%s\n" % ("FR%04d" % r.randrange(10000), U(r), MARK, PAD24, "SOUTH-ROUND")


@syn("entries_sync_semicolon_export_fifth_field", "file")
def _(r):
    return "club;discipline;venue;login;secret;season\nHRC;showjumping;Hollybrook;%s;%s;%d\n" % (U(r), MARK, r.choice([2025, 2026]))


# ---------------------------------------------------------------- protocol exchanges
@syn("ftp_control_pass_command_after_user", "proto")
def _(r):
    return ("220 results FTP ready\nUSER %s\n331 Please specify the password.\nPASS %s\n230 Login successful.\n"
            % (U(r), MARK))


@syn("pop3_pass_command_after_user_ok", "proto")
def _(r):
    return "+OK POP3 ready\nUSER %s\n+OK\nPASS %s\n+OK maildrop has 3 messages\n" % (U(r), MARK)


@syn("smtp_auth_login_second_b64_line", "proto", b64="pw")
def _(r):
    return ("EHLO yard-pc\n250-AUTH LOGIN PLAIN\nAUTH LOGIN\n334 VXNlcm5hbWU6\n%s\n334 UGFzc3dvcmQ6\n%s\n235 2.7.0 Authentication successful\n"
            % (base64.b64encode(b"clubsec@racingclub.example").decode(), MARK))


@syn("xmpp_sasl_plain_auth_element_b64", "proto", b64="plain")
def _(r):
    return "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>%s</auth>\n<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>\n" % MARK


@syn("rtsp_describe_authorization_basic_b64", "proto", b64="userpass")
def _(r):
    return ("DESCRIBE rtsp://10.20.7.%d:554/stream1 RTSP/1.0\nCSeq: 3\nAuthorization: Basic %s\nAccept: application/sdp\n"
            % (r.randrange(2, 60), MARK))


@syn("http_proxy_authorization_basic_b64", "proto", b64="userpass")
def _(r):
    return ("CONNECT api.racecards.example:443 HTTP/1.1\nHost: api.racecards.example:443\nProxy-Authorization: Basic %s\n"
            % MARK)


@syn("irc_pass_command_before_nick", "proto")
def _(r):
    return "PASS %s\nNICK tote-bot\nUSER tote-bot 0 * :Tote results bot\n:irc.racingclub.internal 001 tote-bot :Welcome\n" % MARK


@syn("stomp_connect_frame_passcode_header", "proto")
def _(r):
    return "CONNECT\naccept-version:1.2\nhost:/\nlogin:%s\npasscode:%s\n\n^@\n" % (U(r), MARK)


@syn("tote_terminal_logon_frame_pipe_third", "proto")
def _(r):
    return ">> LOGON|T%02d|%s|%s|v4.2\n<< ACK|T%02d|SESSION OPEN\n" % (r.randrange(1, 40), U(r), MARK, r.randrange(1, 40))


@syn("ldapwhoami_lower_w_after_capital_d", "cli")
def _(r):
    return P(r) + "ldapwhoami -x -H ldaps://ldap.yard.internal -D uid=%s,ou=staff,dc=yard -w %s\n" % (U(r), MARK)


# order: strongest first; the weakest / near-duplicates are the last ones and not used
WEAK_LAST = ["ldapwhoami_lower_w_after_capital_d", "appium_send_keys_second_field", "powershell_sendwait_literal",
             "rabbitmqctl_change_password_second_positional", "python_ftplib_ftp_tls_login_second",
             "perl_net_ftp_login_second", "go_jlaffaye_ftp_login_second", "htpasswd_lower_i_stdin_echo",
             "pop3_pass_command_after_user_ok", "racoon_psk_txt_second_column", "strongswan_eap_quoted_after_colon",
             "node_crypto_pbkdf2sync_first", "secret_tool_store_stdin_echo", "x11vnc_storepasswd_first_positional",
             "mutool_draw_lower_p_flag", "macos_security_add_generic_password_lower_w", "tsql_sp_password_second_new"]
N_POS = 115


def ordered():
    strong = [s for s in SYN if s["name"] not in WEAK_LAST]
    weak = [s for s in SYN if s["name"] in WEAK_LAST]
    weak.sort(key=lambda s: WEAK_LAST.index(s["name"]))
    return strong + weak


def b64_value(kind, user, pw):
    if kind == "userpass":
        return base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()
    if kind == "plain":
        return base64.b64encode(("\0%s\0%s" % (user, pw)).encode()).decode()
    if kind == "pw":
        return base64.b64encode(pw.encode()).decode()
    raise KeyError(kind)


def generate(reg, counter, deny_fn, syntax_fn):
    rng = random.Random(SEED)
    kept, dropped = [], []
    for s in ordered():
        if deny_fn(PW_PREFIX + s["name"]) or syntax_fn(s["name"]):
            dropped.append(s["name"])
        else:
            kept.append(s)
    used, tail = kept[:N_POS], kept[N_POS:]
    out, plains = [], {}
    for s in used:
        template = s["fn"](rng)
        pw = reg.draw(lambda: password(rng))
        if s["b64"]:
            user = rng.choice(USERS)
            value = b64_value(s["b64"], user, pw)
            reg.add(value)
            plains[value] = pw
        else:
            value = pw
        text, st, en = place(template, value)
        if PAD24 in text:
            text = text.replace(PAD24, " " * (24 - len(value)))
        typ = PW_PREFIX + s["name"]
        out.append(make_record("%s-s-%04d" % (PREFIX, counter()), typ, typ + "__" + SUFFIX[s["kind"]], text, st, en, "password"))
    return out, dropped, [t["name"] for t in tail], plains
