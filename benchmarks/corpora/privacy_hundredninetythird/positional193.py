"""Positional-password source: passwords passed without a telling `password=` key.

Span type `shelfpw_<syntax>`, container `shelfpw_<syntax>__<suffix>`.
"""
import base64
import random

from common193 import SLOT, LOWALNUM, DIGITS, HEXL, owner_password, rs, fill, record, POS_PREFIX

SEED = 19303

SUFFIX = {
    "cli": "bookshop_ops_terminal_log",
    "lib": "shop_software_source_excerpt",
    "file": "shop_server_config_file",
    "proto": "shop_lan_traffic_capture",
    "gui": "till_app_ui_test_script",
    "sql": "shop_database_migration_script",
}

USERS = ["stockbot", "edi_sync", "tillsvc", "comicsdesk", "ordersdesk", "labelsvc", "eventsadmin", "backoffice",
         "bookclub", "pullsvc", "shopadmin", "reporting", "archive", "scanner", "secondhand"]
HOSTS = ["stock01.shop.lan", "edi.bookshop.internal", "db02.shop.lan", "nas.shop.lan", "pos-hub.shop.lan",
         "labels.shop.lan", "events.bookshop.internal", "files.bookshop.internal", "10.20.0.15", "192.168.10.40"]

S = []


def syn(name, group, b64=None):
    def deco(fn):
        S.append((name, group, fn, b64))
        return fn
    return deco


def u(r):
    return r.choice(USERS)


def h(r):
    return r.choice(HOSTS)


P = SLOT  # where the (plain) password goes

# ------------------------------------------------------------------ cli


@syn("psql_connection_uri_userinfo", "cli")
def _(r):
    return "$ psql 'postgresql://%s:%s@%s:5432/stock?sslmode=require' -c 'select count(*) from titles'\n count \n-------\n 48213\n" % (u(r), P, h(r))


@syn("mysqlsh_uri_colon_pair_positional", "cli")
def _(r):
    return "$ mysqlsh %s:%s@%s:3306 --sql -e 'SHOW DATABASES;'\n" % (u(r), P, h(r))


@syn("sqlcmd_capital_p_after_capital_u", "cli")
def _(r):
    return "C:\\> sqlcmd -S %s -U %s -P %s -d SpecialOrders -Q \"SELECT TOP 5 * FROM Orders\"\n" % (h(r), u(r), P)


@syn("bcp_export_capital_p_after_capital_u", "cli")
def _(r):
    return "C:\\> bcp SpecialOrders.dbo.Orders out orders.dat -S %s -U %s -P %s -c\n" % (h(r), u(r), P)


@syn("unixodbc_isql_dsn_third_positional", "cli")
def _(r):
    return "$ isql -v STOCKDSN %s %s\n+---------------------------------------+\n| Connected!                            |\n" % (u(r), P)


@syn("freetds_tsql_capital_p_flag", "cli")
def _(r):
    return "$ tsql -S %s -p 1433 -U %s -P %s\nlocale is \"en_GB.UTF-8\"\n1> \n" % (h(r), u(r), P)


@syn("sqlplus_slash_pair_at_service", "cli")
def _(r):
    return "$ sqlplus %s/%s@%s:1521/BOOKS @monthly_returns.sql\n" % (u(r), P, h(r))


@syn("db2_connect_using_clause", "cli")
def _(r):
    return "$ db2 connect to STOCKDB user %s using %s\n   Database Connection Information\n" % (u(r), P)


@syn("nats_cli_server_url_userinfo", "cli")
def _(r):
    return "$ nats sub 'orders.special.>' -s nats://%s:%s@%s:4222\n" % (u(r), P, h(r))


@syn("rabbitmq_perftest_uri_userinfo", "cli")
def _(r):
    return "$ ./runjava com.rabbitmq.perf.PerfTest --uri amqp://%s:%s@%s:5672/%%2f -x 1 -y 2\n" % (u(r), P, h(r))


@syn("lftp_lower_u_comma_pair", "cli")
def _(r):
    return "$ lftp -u %s,%s sftp://%s -e 'mirror --reverse ./edi-out /orders; quit'\n" % (u(r), P, h(r))


@syn("ncftpput_lower_p_after_lower_u", "cli")
def _(r):
    return "$ ncftpput -u %s -p %s %s /incoming prices_20250301.csv\n" % (u(r), P, h(r))


@syn("wget_mirror_ftp_url_userinfo", "cli")
def _(r):
    return "$ wget -m ftp://%s:%s@%s/catalogue/\n" % (u(r), P, h(r))


@syn("mount_cifs_user_option_percent_pair", "cli")
def _(r):
    return "$ sudo mount -t cifs //%s/scans /mnt/scans -o user=%s%%%s,vers=3.0\n" % (h(r), u(r), P)


@syn("smbmap_lower_p_after_lower_u", "cli")
def _(r):
    return "$ smbmap -H %s -u %s -p %s -r Invoices\n" % (h(r), u(r), P)


@syn("impacket_smbclient_target_colon_pair", "cli")
def _(r):
    return "$ smbclient.py SHOP/%s:%s@%s\n# use Invoices\n" % (u(r), P, h(r))


@syn("sysinternals_psexec_lower_p_after_lower_u", "cli")
def _(r):
    return "C:\\> PsExec.exe \\\\TILL02 -u SHOP\\%s -p %s cmd /c ipconfig\n" % (u(r), P)


@syn("cmdkey_add_pass_colon_flag", "cli")
def _(r):
    return "C:\\> cmdkey /add:%s /user:SHOP\\%s /pass:%s\nCMDKEY: Credential added successfully.\n" % (h(r), u(r), P)


@syn("net_use_drive_positional_after_unc", "cli")
def _(r):
    return "C:\\> net use S: \\\\%s\\stock %s /user:SHOP\\%s /persistent:no\nThe command completed successfully.\n" % (h(r), P, u(r))


@syn("schtasks_create_capital_rp_flag", "cli")
def _(r):
    return "C:\\> schtasks /create /tn StockSync /tr C:\\StockSync\\sync.bat /sc hourly /ru SHOP\\%s /rp %s\n" % (u(r), P)


@syn("ipmitool_capital_p_after_capital_u", "cli")
def _(r):
    return "$ ipmitool -I lanplus -H 10.20.0.%d -U %s -P %s chassis power status\nChassis Power is on\n" % (r.randint(2, 250), u(r), P)


@syn("racadm_remote_lower_p_after_lower_u", "cli")
def _(r):
    return "$ racadm -r 10.20.0.%d -u root -p %s getsysinfo\n" % (r.randint(2, 250), P)


@syn("openssl_enc_lower_k_flag", "cli")
def _(r):
    return "$ openssl enc -aes-256-cbc -pbkdf2 -salt -in customers.csv -out customers.csv.enc -k %s\n" % P


@syn("sevenzip_glued_lower_p", "cli")
def _(r):
    return "$ 7z x monthly_sales.7z -p%s -o./sales\n" % P


@syn("rar_glued_lower_hp", "cli")
def _(r):
    return "$ rar a -hp%s catalogue_backup.rar catalogue/\n" % P


@syn("mutool_clean_lower_p", "cli")
def _(r):
    return "$ mutool clean -p %s proof_copy_locked.pdf proof_copy.pdf\n" % P


@syn("pdftotext_upw_flag", "cli")
def _(r):
    return "$ pdftotext -upw %s distributor_statement.pdf statement.txt\n" % P


@syn("openfortivpn_lower_p_after_lower_u", "cli")
def _(r):
    return "$ sudo openfortivpn vpn.wholesaler.example:443 -u %s -p %s\n" % (u(r), P)


@syn("wpa_cli_set_network_psk_quoted", "cli")
def _(r):
    return "$ wpa_cli -i wlan0 set_network 0 psk '\"%s\"'\nOK\n" % P


@syn("mosquitto_pub_capital_p_after_lower_u", "cli")
def _(r):
    return "$ mosquitto_pub -h %s -u %s -P %s -t shop/labels/reprint -m 9780141439518\n" % (h(r), u(r), P)


@syn("curl_lower_u_colon_pair_api", "cli")
def _(r):
    return "$ curl -s -u %s:%s https://%s/api/orders?status=open | jq length\n17\n" % (u(r), P, h(r))


@syn("git_clone_https_url_userinfo", "cli")
def _(r):
    return "$ git clone https://%s:%s@git.bookshop.internal/shop/pull-list.git\n" % (u(r), P)


@syn("jenkins_cli_auth_colon_pair", "cli")
def _(r):
    return "$ java -jar jenkins-cli.jar -s https://ci.bookshop.internal/ -auth %s:%s build stock-import -f\n" % (u(r), P)


@syn("minio_mc_alias_set_fourth_positional", "cli")
def _(r):
    return "$ mc alias set shopcovers https://s3.shop.lan %s %s\nAdded `shopcovers` successfully.\n" % (u(r), P)


@syn("expect_script_send_after_prompt", "cli")
def _(r):
    return "#!/usr/bin/expect -f\nspawn sftp %s@%s\nexpect \"assword:\"\nsend \"%s\\r\"\nexpect \"sftp>\"\nsend \"put orders.edi\\r\"\n" % (u(r), h(r), P)


@syn("powershell_convertto_securestring_first", "cli")
def _(r):
    return "PS> $sec = ConvertTo-SecureString '%s' -AsPlainText -Force\nPS> $cred = New-Object PSCredential('SHOP\\%s', $sec)\n" % (P, u(r))


@syn("sudo_capital_s_stdin_echo", "cli")
def _(r):
    return "$ echo '%s' | sudo -S systemctl restart label-bridge\n" % P


@syn("ldappasswd_lower_s_new_value", "cli")
def _(r):
    return "$ ldappasswd -H ldap://dir.shop.lan -x -D cn=admin,dc=shop,dc=lan -W -s %s uid=%s,ou=staff,dc=shop,dc=lan\n" % (P, u(r))


@syn("kinit_stdin_echo", "cli")
def _(r):
    return "$ echo '%s' | kinit %s@SHOP.LAN\n$ klist | head -2\n" % (P, u(r))


@syn("redis_cli_lower_u_uri_empty_user", "cli")
def _(r):
    return "$ redis-cli -u redis://:%s@%s:6379/2 KEYS 'isbn:*' | head\n" % (P, h(r))


@syn("vlc_rtsp_camera_url_userinfo", "cli")
def _(r):
    return "$ cvlc rtsp://%s:%s@192.168.10.%d:554/stream1 --sout file/ts:stockroom.ts\n" % (u(r), P, r.randint(50, 90))


# ------------------------------------------------------------------ lib

@syn("python_sqlalchemy_create_engine_url_userinfo", "lib")
def _(r):
    return "from sqlalchemy import create_engine\nengine = create_engine(\"mysql+pymysql://%s:%s@%s/stock\")\n" % (u(r), P, h(r))


@syn("python_pymysql_connect_third_positional", "lib")
def _(r):
    return "import pymysql\nconn = pymysql.connect(\"%s\", \"%s\", \"%s\", \"stock\")\n" % (h(r), u(r), P)


@syn("python_paramiko_sshclient_connect_fourth", "lib")
def _(r):
    return "client = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nclient.connect(\"%s\", 22, \"%s\", \"%s\")\n" % (h(r), u(r), P)


@syn("python_ftplib_ftp_ctor_third", "lib")
def _(r):
    return "from ftplib import FTP\nwith FTP(\"%s\", \"%s\", \"%s\") as ftp:\n    ftp.retrlines(\"LIST\")\n" % (h(r), u(r), P)


@syn("python_smtplib_login_second", "lib")
def _(r):
    return "with smtplib.SMTP_SSL(\"mail.bookshop.internal\", 465) as s:\n    s.login(\"%s@bookshop.internal\", \"%s\")\n    s.send_message(msg)\n" % (u(r), P)


@syn("python_imaplib_imap4_ssl_login_second", "lib")
def _(r):
    return "m = imaplib.IMAP4_SSL(\"mail.bookshop.internal\")\nm.login(\"orders@bookshop.internal\", \"%s\")\nm.select(\"INBOX\")\n" % P


@syn("python_requests_auth_tuple_second", "lib")
def _(r):
    return "resp = requests.get(\"https://%s/api/stock\", auth=(\"%s\", \"%s\"), timeout=10)\n" % (h(r), u(r), P)


@syn("python_aiohttp_basicauth_second", "lib")
def _(r):
    return "auth = aiohttp.BasicAuth(\"%s\", \"%s\")\nasync with aiohttp.ClientSession(auth=auth) as session:\n    ...\n" % (u(r), P)


@syn("python_redis_ctor_fourth_positional", "lib")
def _(r):
    return "import redis\ncache = redis.Redis(\"%s\", 6379, 3, \"%s\")\n" % (h(r), P)


@syn("python_pikepdf_open_second_positional", "lib")
def _(r):
    return "import pikepdf\nwith pikepdf.open(\"advance_proof.pdf\", \"%s\") as pdf:\n    pdf.save(\"proof_unlocked.pdf\")\n" % P


@syn("python_pbkdf2hmac_derive_single", "lib")
def _(r):
    return "kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=600000)\nkey = base64.urlsafe_b64encode(kdf.derive(b\"%s\"))\n" % P


@syn("python_pymssql_connect_third_positional", "lib")
def _(r):
    return "conn = pymssql.connect(\"%s\", \"%s\", \"%s\", \"SpecialOrders\")\n" % (h(r), u(r), P)


@syn("python_oracledb_connect_slash_string", "lib")
def _(r):
    return "conn = oracledb.connect(\"%s/%s@%s/BOOKS\")\n" % (u(r), P, h(r))


@syn("python_minio_ctor_third_positional", "lib")
def _(r):
    return "from minio import Minio\nclient = Minio(\"s3.shop.lan\", \"%s\", \"%s\", secure=True)\n" % (u(r), P)


@syn("python_ldap_simple_bind_s_second", "lib")
def _(r):
    return "l = ldap.initialize(\"ldap://dir.shop.lan\")\nl.simple_bind_s(\"uid=%s,ou=staff,dc=shop,dc=lan\", \"%s\")\n" % (u(r), P)


@syn("python_xmlrpc_serverproxy_url_userinfo", "lib")
def _(r):
    return "proxy = xmlrpc.client.ServerProxy(\"https://%s:%s@%s/RPC2\")\nprint(proxy.stock.level(\"9780099549482\"))\n" % (u(r), P, h(r))


@syn("python_zeep_transport_httpbasicauth_second", "lib")
def _(r):
    return "session = Session()\nsession.auth = HTTPBasicAuth(\"%s\", \"%s\")\nclient = Client(\"https://edi.wholesaler.example/OrderService?wsdl\", transport=Transport(session=session))\n" % (u(r), P)


@syn("node_nodemailer_smtp_url_userinfo", "lib")
def _(r):
    return "const transporter = nodemailer.createTransport('smtps://%s%%40bookshop.internal:%s@mail.bookshop.internal:465');\n" % (u(r), P)


@syn("node_crypto_pbkdf2sync_first", "lib")
def _(r):
    return "const key = crypto.pbkdf2Sync('%s', salt, 310000, 32, 'sha256');\n" % P


@syn("node_bcrypt_hash_first", "lib")
def _(r):
    return "const hash = await bcrypt.hash('%s', 12);\nawait db.users.update({ id: seedAdminId }, { hash });\n" % P


@syn("node_mongoose_connect_uri_userinfo", "lib")
def _(r):
    return "await mongoose.connect('mongodb://%s:%s@%s:27017/pulllist?authSource=admin');\n" % (u(r), P, h(r))


@syn("node_btoa_colon_pair_literal", "lib")
def _(r):
    return "const headers = { Authorization: 'Basic ' + btoa('%s:%s') };\nconst res = await fetch(url, { headers });\n" % (u(r), P)


@syn("java_drivermanager_getconnection_third", "lib")
def _(r):
    return "Connection c = DriverManager.getConnection(\"jdbc:postgresql://%s/stock\", \"%s\", \"%s\");\n" % (h(r), u(r), P)


@syn("java_keystore_load_chararray_second", "lib")
def _(r):
    return "KeyStore ks = KeyStore.getInstance(\"PKCS12\");\nks.load(new FileInputStream(\"edi-client.p12\"), \"%s\".toCharArray());\n" % P


@syn("java_commons_net_ftpclient_login_second", "lib")
def _(r):
    return "FTPClient ftp = new FTPClient();\nftp.connect(\"%s\");\nftp.login(\"%s\", \"%s\");\n" % (h(r), u(r), P)


@syn("kotlin_okhttp_credentials_basic_second", "lib")
def _(r):
    return "val credential = Credentials.basic(\"%s\", \"%s\")\nval request = Request.Builder().url(url).header(\"Authorization\", credential).build()\n" % (u(r), P)


@syn("csharp_networkcredential_ctor_second", "lib")
def _(r):
    return "var handler = new HttpClientHandler { Credentials = new NetworkCredential(\"%s\", \"%s\", \"SHOP\") };\n" % (u(r), P)


@syn("csharp_x509certificate2_ctor_second", "lib")
def _(r):
    return "var cert = new X509Certificate2(\"edi-as2.pfx\", \"%s\");\n" % P


@syn("csharp_fluentftp_ftpclient_ctor_third", "lib")
def _(r):
    return "using var ftp = new FtpClient(\"%s\", \"%s\", \"%s\");\nftp.AutoConnect();\n" % (h(r), u(r), P)


@syn("go_url_userpassword_second", "lib")
def _(r):
    return "u := &url.URL{Scheme: \"https\", Host: \"%s\", User: url.UserPassword(\"%s\", \"%s\")}\n" % (h(r), u(r), P)


@syn("go_sql_open_mysql_dsn_colon_pair", "lib")
def _(r):
    return "db, err := sql.Open(\"mysql\", \"%s:%s@tcp(%s:3306)/stock?parseTime=true\")\n" % (u(r), P, h(r))


@syn("rust_reqwest_basic_auth_second_some", "lib")
def _(r):
    return "let resp = client.get(url).basic_auth(\"%s\", Some(\"%s\")).send().await?;\n" % (u(r), P)


@syn("rust_sqlx_pgpool_connect_url_userinfo", "lib")
def _(r):
    return "let pool = PgPool::connect(\"postgres://%s:%s@%s/stock\").await?;\n" % (u(r), P, h(r))


@syn("ruby_net_ftp_login_second", "lib")
def _(r):
    return "Net::FTP.open(\"%s\") do |ftp|\n  ftp.login(\"%s\", \"%s\")\n  ftp.putbinaryfile(\"orders.edi\")\nend\n" % (h(r), u(r), P)


@syn("ruby_faraday_request_authorization_basic_fourth", "lib")
def _(r):
    return "conn = Faraday.new(url: base) do |f|\n  f.request :authorization, :basic, \"%s\", \"%s\"\nend\n" % (u(r), P)


@syn("php_mysqli_ctor_third", "lib")
def _(r):
    return "<?php\n$db = new mysqli('%s', '%s', '%s', 'comicshop');\n" % (h(r), u(r), P)


@syn("php_ftp_login_third", "lib")
def _(r):
    return "<?php\n$conn = ftp_connect('%s');\nftp_login($conn, '%s', '%s');\n" % (h(r), u(r), P)


@syn("php_imap_open_third", "lib")
def _(r):
    return "<?php\n$mbox = imap_open('{mail.bookshop.internal:993/imap/ssl}INBOX', 'orders@bookshop.internal', '%s');\n" % P


@syn("perl_dbi_connect_third", "lib")
def _(r):
    return "my $dbh = DBI->connect(\"dbi:Pg:dbname=stock;host=%s\", \"%s\", \"%s\", { RaiseError => 1 });\n" % (h(r), u(r), P)


@syn("vbscript_wshshell_sendkeys_literal", "lib")
def _(r):
    return "Set WshShell = CreateObject(\"WScript.Shell\")\nWshShell.AppActivate \"Till Login\"\nWshShell.SendKeys \"%s{ENTER}\"\n" % P


@syn("vba_worksheet_unprotect_first", "lib")
def _(r):
    return "Sub UnlockPriceSheet()\n    Worksheets(\"Prices\").Unprotect \"%s\"\nEnd Sub\n" % P


# ------------------------------------------------------------------ sql

@syn("mysql_create_user_identified_by", "sql")
def _(r):
    return "CREATE USER '%s'@'10.20.0.%%' IDENTIFIED BY '%s';\nGRANT SELECT ON stock.* TO '%s'@'10.20.0.%%';\n" % ("stockro", P, "stockro")


@syn("mssql_sp_addlinkedsrvlogin_fifth", "sql")
def _(r):
    return "EXEC sp_addlinkedserver 'WHOLESALE', '', 'SQLNCLI', '%s';\nEXEC sp_addlinkedsrvlogin 'WHOLESALE', 'false', NULL, '%s', '%s';\n" % (h(r), u(r), P)


@syn("sqlcipher_pragma_key_literal", "sql")
def _(r):
    return "-- open the encrypted customer cache\nPRAGMA key = '%s';\nSELECT count(*) FROM customers;\n" % P


# ------------------------------------------------------------------ files

@syn("davfs2_secrets_third_column", "file")
def _(r):
    return "# /etc/davfs2/secrets\n# mount point / url      user      secret\nhttps://dav.bookshop.internal/covers  %s  %s\n" % (u(r), P)


@syn("ppp_chap_secrets_third_column", "file")
def _(r):
    return "# Secrets for authentication using CHAP\n# client\tserver\tsecret\t\t\tIP addresses\n%s\t*\t%s\t*\n" % (u(r), P)


@syn("ipsec_secrets_psk_quoted", "file")
def _(r):
    return "# /etc/ipsec.secrets - branch shop to head office\n%%any vpn.bookshop.internal : PSK \"%s\"\n" % P


@syn("exim_passwd_client_colon_triple", "file")
def _(r):
    return "# /etc/exim4/passwd.client\n# target.mail.server.example:login:password\nsmtp.relay.example:%s:%s\n" % (u(r), P)


@syn("proxychains_conf_fifth_field", "file")
def _(r):
    return "[ProxyList]\n# type  host  port  [user pass]\nsocks5  10.20.0.%d 1080 %s %s\n" % (r.randint(2, 250), u(r), P)


@syn("tinyproxy_basicauth_directive_second", "file")
def _(r):
    return "Port 8888\nListen 10.20.0.1\nBasicAuth %s %s\nAllow 10.20.0.0/24\n" % (u(r), P)


@syn("env_https_proxy_url_userinfo", "file")
def _(r):
    return "# /etc/environment\nhttps_proxy=\"http://%s:%s@proxy.shop.lan:3128\"\nno_proxy=\"localhost,.shop.lan\"\n" % (u(r), P)


@syn("alembic_ini_sqlalchemy_url_userinfo", "file")
def _(r):
    return "[alembic]\nscript_location = migrations\nsqlalchemy.url = postgresql://%s:%s@%s/pulllist\n" % (u(r), P, h(r))


@syn("edifact_unb_recipient_reference_element", "file")
def _(r):
    return ("UNA:+.? '\nUNB+UNOC:3+5012345000004:14+5098765000005:14+250301:0915+%05d+%s'\nUNH+1+ORDERS:D:96A:UN:EAN008'\n"
            % (r.randint(1, 99999), P))


@syn("x12_isa_segment_fourth_element", "file")
def _(r):
    return ("ISA*00*          *01*%s*ZZ*BOOKSHOP01     *ZZ*WHOLESALE      *250301*0915*U*00401*%09d*0*P*>~\nGS*PO*BOOKSHOP01*WHOLESALE*20250301*0915*1*X*004010~\n"
            % (P, r.randint(1, 999999999)))


@syn("distributor_ftp_drop_pipe_third", "file")
def _(r):
    return "# edi-drops.conf  host|user|secret|remote_dir\n%s|%s|%s|/orders/in\n" % (h(r), u(r), P)


@syn("shelf_label_bridge_csv_sixth_column", "file")
def _(r):
    return "printer,ip,model,dpi,user,secret,location\nlabels-front,192.168.10.%d,ZD421,203,%s,%s,till counter\n" % (r.randint(20, 90), u(r), P)


@syn("pull_list_import_semicolon_fourth", "file")
def _(r):
    return "# pull-list importer accounts (id;shop;login;secret;role)\n%d;PANEL;%s;%s;admin\n" % (r.randint(1, 9), u(r), P)


@syn("special_order_kiosk_yaml_flow_seq_second", "file")
def _(r):
    return "kiosk:\n  id: front-door\n  login: [%s, %s]\n  idle_timeout: 120\n" % (u(r), P)


@syn("stocktake_scanner_fixed_width_cols_31_to_54", "file")
def _(r):
    return None  # built specially


@syn("consignment_dealer_json_array_third", "file")
def _(r):
    return "{\"dealers\": [[\"D-%03d\", \"%s\", \"%s\", \"shelf 14\"]]}\n" % (r.randint(1, 999), u(r), P)


# ------------------------------------------------------------------ proto

@syn("ftp_control_channel_pass_line", "proto")
def _(r):
    return "220 files.bookshop.internal FTP ready\nUSER %s\n331 Please specify the password.\nPASS %s\n230 Login successful.\n" % (u(r), P)


@syn("nntp_authinfo_pass_line", "proto")
def _(r):
    return "200 news.bookshop.internal ready\nAUTHINFO USER %s\n381 More authentication information required\nAUTHINFO PASS %s\n281 Authentication accepted\n" % (u(r), P)


@syn("smtp_auth_login_second_b64_line", "proto", b64="plain")
def _(r):
    return None


@syn("http_proxy_authorization_basic_b64", "proto", b64="colon")
def _(r):
    return None


@syn("xmpp_sasl_plain_auth_element_b64", "proto", b64="nul")
def _(r):
    return None


@syn("ircv3_sasl_authenticate_b64", "proto", b64="nul3")
def _(r):
    return None


@syn("npmrc_underscore_auth_b64_pair", "file", b64="colon")
def _(r):
    return None


# ------------------------------------------------------------------ gui

@syn("puppeteer_page_type_second", "gui")
def _(r):
    return "await page.type('#f1', '%s');\nawait page.type('#f2', '%s');\nawait page.click('#go');\n" % (u(r), P)


@syn("webdriverio_element_addvalue_single", "gui")
def _(r):
    return "await $('#field2').addValue('%s');\nawait $('button=Sign in').click();\n" % P


@syn("robot_framework_input_text_second", "gui")
def _(r):
    return "*** Test Cases ***\nManager Can Refund\n    Input Text    id=f1    %s\n    Input Text    id=f2    %s\n    Click Button    Sign in\n" % (u(r), P)


@syn("selenium_java_sendkeys_single", "gui")
def _(r):
    return "driver.findElement(By.id(\"f2\")).sendKeys(\"%s\");\ndriver.findElement(By.id(\"go\")).click();\n" % P


@syn("espresso_typetext_single", "gui")
def _(r):
    return "onView(withId(R.id.field2)).perform(typeText(\"%s\"), closeSoftKeyboard())\n" % P


@syn("xcuitest_textfields_typetext_single", "gui")
def _(r):
    return "let f = app.textFields[\"field2\"]\nf.tap()\nf.typeText(\"%s\")\n" % P


@syn("pywinauto_type_keys_single", "gui")
def _(r):
    return "dlg = app.window(title='Till Manager')\ndlg.Edit2.type_keys('%s{ENTER}', with_spaces=False)\n" % P


@syn("pyautogui_write_single", "gui")
def _(r):
    return "pyautogui.click(812, 440)\npyautogui.write('%s', interval=0.05)\npyautogui.press('enter')\n" % P


@syn("cucumber_gherkin_fill_in_with_quoted", "gui")
def _(r):
    return "Scenario: manager signs in at the till\n  When I fill in \"f1\" with \"%s\"\n  And I fill in \"f2\" with \"%s\"\n  Then I see \"Refunds\"\n" % (u(r), P)


@syn("maestro_flow_input_text", "gui")
def _(r):
    return "appId: test.examplebooks.scanner\n---\n- tapOn:\n    id: \"field2\"\n- inputText: \"%s\"\n- tapOn: \"Sign in\"\n" % P


@syn("katalon_settext_second", "gui")
def _(r):
    return "WebUI.setText(findTestObject('Login/input_f2'), '%s')\nWebUI.click(findTestObject('Login/btn_go'))\n" % P


@syn("testcomplete_keys_literal", "gui")
def _(r):
    return "Aliases.TillApp.dlgLogin.edtField2.Keys(\"%s[Enter]\")\n" % P


@syn("winappdriver_sendkeys_single", "gui")
def _(r):
    return "session.FindElementByAccessibilityId(\"Field2\").SendKeys(\"%s\");\n" % P


def _b64_text(name, r, pw):
    user = u(r)
    if name == "smtp_auth_login_second_b64_line":
        val = base64.b64encode(pw.encode()).decode()
        tpl = ("S: 220 mail.bookshop.internal ESMTP\nC: EHLO till02\nS: 250-AUTH LOGIN PLAIN\nC: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: %s\nS: 334 UGFzc3dvcmQ6\nC: %s\nS: 235 2.7.0 Authentication successful\n"
               % (base64.b64encode((user + "@bookshop.internal").encode()).decode(), SLOT))
    elif name == "http_proxy_authorization_basic_b64":
        val = base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()
        tpl = "CONNECT api.wholesaler.example:443 HTTP/1.1\nHost: api.wholesaler.example:443\nProxy-Authorization: Basic %s\n\nHTTP/1.1 200 Connection established\n" % SLOT
    elif name == "xmpp_sasl_plain_auth_element_b64":
        val = base64.b64encode(("\x00%s\x00%s" % (user, pw)).encode()).decode()
        tpl = "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>PLAIN</mechanism></mechanisms></stream:features>\n<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>%s</auth>\n<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>\n" % SLOT
    elif name == "ircv3_sasl_authenticate_b64":
        val = base64.b64encode(("%s\x00%s\x00%s" % (user, user, pw)).encode()).decode()
        tpl = "CAP REQ :sasl\n:irc.shop.lan CAP * ACK :sasl\nAUTHENTICATE PLAIN\nAUTHENTICATE +\nAUTHENTICATE %s\n:irc.shop.lan 903 %s :SASL authentication successful\n" % (SLOT, user)
    elif name == "npmrc_underscore_auth_b64_pair":
        val = base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()
        tpl = "registry=https://npm.bookshop.internal/\n_auth=%s\nalways-auth=true\n" % SLOT
    else:
        raise KeyError(name)
    return tpl, val


def _fixed_width(r, pw):
    # columns 1-10 device, 11-30 operator, 31-54 secret, 55-64 section
    dev = ("SCAN%02d" % r.randint(1, 20)).ljust(10)
    op = u(r).ljust(20)
    sec = SLOT + " " * (24 - len(pw))
    section = "FICTION".ljust(10)
    header = "DEVICE    OPERATOR            SECRET                  SECTION   \n"
    return header + dev + op + sec + section + "\n"


SET_ASIDE = [
    "nntp_authinfo_pass_line", "cmdkey_add_pass_colon_flag", "pdftotext_upw_flag", "wget_mirror_ftp_url_userinfo",
    "rabbitmq_perftest_uri_userinfo", "node_mongoose_connect_uri_userinfo", "rust_sqlx_pgpool_connect_url_userinfo",
    "katalon_settext_second", "testcomplete_keys_literal", "python_imaplib_imap4_ssl_login_second",
    "smbmap_lower_p_after_lower_u",
]
USED = [x for x in S if x[0] not in SET_ASIDE]


def build(reg, start_index, hidden_out):
    rng = random.Random(SEED)
    recs = []
    n = start_index
    for name, group, fn, b64 in USED:
        pw = reg.draw(lambda: owner_password(rng, strict=True))
        if b64:
            tpl, value = _b64_text(name, rng, pw)
            if reg.clash(value):
                raise RuntimeError("base64 positional value clashes")
            reg.add(value)
            hidden_out.append(pw)
        elif name == "stocktake_scanner_fixed_width_cols_31_to_54":
            tpl = _fixed_width(rng, pw)
            value = pw
        else:
            tpl = fn(rng)
            value = pw
        text, s, e = fill(tpl, value)
        t = POS_PREFIX + name
        recs.append(record("p193-s-%04d" % n, t, t + "__" + SUFFIX[group], text, s, e, "password"))
        n += 1
    return recs


B64_KIND = {name: b64 for name, group, fn, b64 in S if b64}
GROUP = {name: group for name, group, fn, b64 in S}
