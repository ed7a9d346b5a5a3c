"""Password source: passwords passed by position / syntax, without a telling `password=` key."""
import base64
import random

from common191 import SLOT, span_record, strict_pw, rstr, LALNUM

SEED = 19103
PREFIX = "pawpw_"
SUFFIX = {
    "cli": "pet_ops_terminal_scrollback",
    "lib": "pet_backend_source_excerpt",
    "file": "kennel_server_config_excerpt",
    "proto": "daycare_lan_wire_capture",
    "gui": "groomer_app_e2e_test",
}
S = SLOT

USERS = ["groomdesk", "kennelops", "daycare", "walkerapp", "frontdesk", "boarding", "catteryadm", "petfood"]
HOSTS = ["kennel-db.pawhaven.internal", "10.20.4.17", "groom-files.pawhaven.lan", "daycare-nvr.pawhaven.lan",
         "walks-mq.pawhaven.internal", "192.168.50.12", "claims-sftp.pawhaven.internal"]


def u(r):
    return r.choice(USERS)


def hst(r):
    return r.choice(HOSTS)


# (syntax, category, template(r) with SLOT where the password goes)  – plain strict-form value
PLAIN = [
    # ---------------- command lines ----------------
    ("sqlcmd_capital_p_after_capital_u", "cli", lambda r: "PS C:\\Salon> sqlcmd -S %s -U %s -P %s -d KennelBoard -Q \"SELECT COUNT(*) FROM Runs WHERE Occupied=1\"\n-----------\n         31\n" % (hst(r), u(r), S)),
    ("bcp_out_capital_p_after_capital_u", "cli", lambda r: "C:\\> bcp KennelBoard.dbo.Stays out stays.dat -S %s -U %s -P %s -c\nStarting copy...\n1204 rows copied.\n" % (hst(r), u(r), S)),
    ("unixodbc_isql_third_positional", "cli", lambda r: "$ isql -v GroomingDSN %s %s\n+---------------------------------------+\n| Connected!                            |\n" % (u(r), S)),
    ("sqlplus_user_slash_pair_at_service", "cli", lambda r: "$ sqlplus -s %s/%s@//%s:1521/CLAIMS @monthly_claims.sql\n" % (u(r), S, hst(r))),
    ("rman_target_slash_pair", "cli", lambda r: "$ rman target sys/%s@CLAIMSDB\nRecovery Manager: Release 19.0.0.0.0\nconnected to target database: CLAIMS\n" % S),
    ("mongodump_uri_userinfo", "cli", lambda r: "$ mongodump --uri \"mongodb://%s:%s@%s:27017/bookings?authSource=admin\" --archive=bookings.gz --gzip\n" % (u(r), S, hst(r))),
    ("redis_cli_lower_u_uri_userinfo", "cli", lambda r: "$ redis-cli -u redis://default:%s@%s:6379/2 LLEN walk:queue\n(integer) 7\n" % (S, hst(r))),
    ("lftp_lower_u_comma_pair", "cli", lambda r: "$ lftp -u %s,%s sftp://%s -e 'mirror -R claims/outbox /inbox; bye'\n" % (u(r), S, hst(r))),
    ("ncftpput_lower_p_after_lower_u", "cli", lambda r: "$ ncftpput -u %s -p %s %s /upload coat_photos_0412.zip\n" % (u(r), S, hst(r))),
    ("wget_ftp_url_userinfo", "cli", lambda r: "$ wget -q ftp://%s:%s@%s/exports/vaccines.csv -O vaccines.csv\n" % (u(r), S, hst(r))),
    ("rclone_obscure_first_positional", "cli", lambda r: "$ rclone obscure %s >> ~/.config/rclone/claims-pass.txt\n" % S),
    ("htpasswd_batch_third_positional", "cli", lambda r: (lambda o: "$ htpasswd -b /etc/nginx/.webcam_owners %s %s\nAdding password for user %s\n" % (o, S, o))("owner_%d" % r.randint(100, 999))),
    ("chpasswd_stdin_colon_pair", "cli", lambda r: "$ echo '%s:%s' | sudo chpasswd\n" % (u(r), S)),
    ("vncpasswd_f_stdin_echo", "cli", lambda r: "$ echo '%s' | vncpasswd -f > ~/.vnc/passwd && chmod 600 ~/.vnc/passwd\n" % S),
    ("sevenzip_glued_lower_p", "cli", lambda r: "$ 7z a -p%s -mhe=on claims_2025_q1.7z claims/\n7-Zip 23.01 : Copyright (c) 1999-2023 Igor Pavlov\nEverything is Ok\n" % S),
    ("rar_glued_hp_header_encrypt", "cli", lambda r: "$ rar a -hp%s vaccine_scans.rar scans/*.pdf\n" % S),
    ("unar_lower_p_flag", "cli", lambda r: "$ unar -p %s insurer_bundle.rar -o /tmp/claims\n" % S),
    ("pdftotext_upw_flag", "cli", lambda r: "$ pdftotext -upw %s vet_history_rex.pdf -\n" % S),
    ("pdfinfo_opw_flag", "cli", lambda r: "$ pdfinfo -opw %s signed_claim_form.pdf | grep Encrypted\nEncrypted:       yes (print:yes copy:no change:no addNotes:no)\n" % S),
    ("mutool_draw_lower_p_flag", "cli", lambda r: "$ mutool draw -p %s -o page%%d.png insurance_schedule.pdf 1-2\n" % S),
    ("ipmitool_capital_p_after_capital_u", "cli", lambda r: "$ ipmitool -I lanplus -H 10.20.1.%d -U ADMIN -P %s chassis power status\nChassis Power is on\n" % (r.randint(2, 90), S)),
    ("racadm_lower_p_after_lower_u", "cli", lambda r: "$ racadm -r 10.20.1.%d -u root -p %s getsysinfo | head -3\n" % (r.randint(2, 90), S)),
    ("wpa_passphrase_second_positional", "cli", lambda r: "$ wpa_passphrase PawHaven-Kennels %s >> /etc/wpa_supplicant/wpa_supplicant.conf\n" % S),
    ("ldappasswd_lower_s_new_secret", "cli", lambda r: "$ ldappasswd -H ldap://%s -x -D cn=admin,dc=pawhaven,dc=lan -W -s %s uid=groomer3,ou=staff,dc=pawhaven,dc=lan\nEnter LDAP Password:\n" % (hst(r), S)),
    ("kinit_stdin_echo", "cli", lambda r: "$ echo '%s' | kinit svc_kennelboard@PAWHAVEN.LAN\n$ klist | head -2\n" % S),
    ("psexec_lower_p_after_lower_u", "cli", lambda r: "C:\\Tools> psexec \\\\FRONTDESK-PC -u PAWHAVEN\\%s -p %s ipconfig /flushdns\n" % (u(r), S)),
    ("schtasks_rp_after_ru", "cli", lambda r: "C:\\> schtasks /create /tn \"Nightly kennel export\" /tr C:\\Salon\\export.bat /sc daily /st 02:00 /ru PAWHAVEN\\%s /rp %s\nSUCCESS: The scheduled task \"Nightly kennel export\" has successfully been created.\n" % (u(r), S)),
    ("net_use_drive_secret_before_user_switch", "cli", lambda r: "C:\\> net use G: \\\\groom-files\\photos %s /user:PAWHAVEN\\%s /persistent:no\nThe command completed successfully.\n" % (S, u(r))),
    ("hg_clone_https_url_userinfo", "cli", lambda r: "$ hg clone https://%s:%s@hg.pawhaven.example/legacy-kennel-board\n" % (u(r), S)),
    ("mc_alias_set_fourth_positional", "cli", lambda r: "$ mc alias set pawminio http://%s:9000 kennel-photos %s\nAdded `pawminio` successfully.\n" % (hst(r), S)),
    ("restic_rest_repo_url_userinfo", "cli", lambda r: "$ restic -r rest:https://%s:%s@backup.pawhaven.example:8000/kennel snapshots\n" % (u(r), S)),
    ("curl_capital_u_proxy_colon_pair", "cli", lambda r: "$ curl -x http://proxy.pawhaven.lan:3128 -U %s:%s https://api.vetportal.example/health\n" % (u(r), S)),
    ("mosquitto_pub_capital_p_after_lower_u", "cli", lambda r: "$ mosquitto_pub -h %s -u %s -P %s -t kennel/run7/temp -m 21.4\n" % (hst(r), u(r), S)),
    ("nats_cli_server_url_userinfo", "cli", lambda r: "$ nats pub -s nats://%s:%s@%s:4222 walks.started '{\"walker\":\"w12\"}'\n" % (u(r), S, hst(r))),
    ("mysqlsh_bare_user_colon_at_host", "cli", lambda r: "$ mysqlsh %s:%s@%s:3306 --sql -e 'SHOW TABLES FROM petfood'\n" % (u(r), S, hst(r))),
    ("nodetool_dash_pw_after_lower_u", "cli", lambda r: "$ nodetool -h %s -u cassandra -pw %s status\nDatacenter: kennel-dc1\n" % (hst(r), S)),
    ("certutil_importpfx_lower_p", "cli", lambda r: "C:\\> certutil -f -p %s -importpfx groom-kiosk.pfx NoExport\n" % S),
    ("pk12util_capital_w_flag", "cli", lambda r: "$ pk12util -i webcam-proxy.p12 -d sql:/etc/pki/nssdb -W %s\npk12util: PKCS12 IMPORT SUCCESSFUL\n" % S),
    ("signtool_slash_p_after_slash_f", "cli", lambda r: "C:\\build> signtool sign /f PawHavenCodeSign.pfx /p %s /fd sha256 /tr http://timestamp.digicert.com GroomKiosk.exe\n" % S),
    ("dotnet_dev_certs_https_lower_p", "cli", lambda r: "$ dotnet dev-certs https -ep ./certs/kennel-api.pfx -p %s\n" % S),
    ("ffplay_rtsp_url_userinfo", "cli", lambda r: "$ ffplay -rtsp_transport tcp rtsp://admin:%s@10.20.9.%d:554/Streaming/Channels/101\n" % (S, r.randint(20, 60))),
    ("gst_launch_rtspsrc_location_userinfo", "cli", lambda r: "$ gst-launch-1.0 rtspsrc location=rtsp://viewer:%s@10.20.9.%d/stream2 latency=200 ! decodebin ! autovideosink\n" % (S, r.randint(20, 60))),
    ("adb_shell_input_text_positional", "gui", lambda r: "$ adb shell input tap 540 1210\n$ adb shell input text '%s'\n$ adb shell input keyevent 66\n" % S),
    ("expect_send_after_prompt_pattern", "cli", lambda r: "#!/usr/bin/expect -f\nspawn ssh %s@%s\nexpect \"assword:\"\nsend \"%s\\r\"\nexpect \"$ \"\nsend \"systemctl restart kennel-board\\r\"\n" % (u(r), hst(r), S)),
    ("ssh_askpass_helper_echo_line", "file", lambda r: "#!/bin/sh\n# ~/bin/kennel-askpass.sh, used with SSH_ASKPASS_REQUIRE=force\necho '%s'\n" % S),
    ("mysql_create_user_identified_by_literal", "cli", lambda r: "mysql> CREATE USER '%s'@'10.20.%%' IDENTIFIED BY '%s';\nQuery OK, 0 rows affected (0.01 sec)\n" % (u(r), S)),
    ("sqlcipher_pragma_key_literal", "cli", lambda r: "$ sqlcipher keyholding.db\nsqlite> PRAGMA key = '%s';\nsqlite> SELECT count(*) FROM key_handovers;\n412\n" % S),
    # ---------------- files with a fixed layout ----------------
    ("chap_secrets_third_column", "file", lambda r: "# /etc/ppp/chap-secrets\n# client\tserver\tsecret\t\tIP addresses\n%s\t*\t%s\t*\n" % ("kennel-lte", S)),
    ("ipsec_secrets_psk_quoted", "file", lambda r: "# /etc/ipsec.secrets – site-to-site VPN daycare <-> kennel\n%%any 203.0.113.%d : PSK \"%s\"\n" % (r.randint(2, 250), S)),
    ("exim_passwd_client_third_colon_field", "file", lambda r: "# /etc/exim4/passwd.client\n# target.mail.server.example:login:password\n*.smtp.pawhaven.example:%s:%s\n" % ("alerts@pawhaven.example", S)),
    ("tinyproxy_basicauth_directive_third_token", "file", lambda r: "# tinyproxy.conf (kennel cameras uplink)\nPort 8888\nBasicAuth %s %s\nAllow 10.20.0.0/16\n" % (u(r), S)),
    ("squid_cache_peer_login_colon_pair", "file", lambda r: "cache_peer upstream.isp.example parent 3128 0 no-query default login=%s:%s\n" % (u(r), S)),
    ("dotenv_database_url_userinfo", "file", lambda r: "# .env – vaccination check worker\nDATABASE_URL=postgres://%s:%s@%s:5432/vaccines\nREQUIRE_BORDETELLA=1\n" % (u(r), S, hst(r))),
    ("alembic_ini_sqlalchemy_url_userinfo", "file", lambda r: "[alembic]\nscript_location = migrations\nsqlalchemy.url = postgresql+psycopg://%s:%s@%s/grooming\n" % (u(r), S, hst(r))),
    ("fstab_cifs_options_user_percent_pair", "file", lambda r: "# /etc/fstab\n//groom-files/photos  /mnt/photos  cifs  user=%s%%%s,uid=1000,iocharset=utf8  0  0\n" % (u(r), S)),
    ("davfs2_secrets_third_token", "file", lambda r: "# /etc/davfs2/secrets\nhttps://dav.pawhaven.example/claims  %s  %s\n" % (u(r), S)),
    ("s3fs_passwd_file_second_colon_field", "file", lambda r: "# ~/.passwd-s3fs (chmod 600)\nGROOMPHOTOS7Q2K:%s\n" % S),
    ("lighttpd_plain_userfile_colon_pair", "file", lambda r: "# /etc/lighttpd/webcam-owners.user (auth.backend.plain.userfile)\nowner_%d:%s\n" % (r.randint(100, 999), S)),
    ("jetty_realm_properties_value_before_roles", "file", lambda r: "# realm.properties – kennel admin console\n%s: %s, admin, kennel\n" % (u(r), S)),
    ("activemq_users_properties_value", "file", lambda r: "# conf/users.properties\n%s=%s\n" % (u(r), S)),
    ("kennel_board_users_pipe_fourth_field", "file", lambda r: "# kennel_board_users.psv: id|name|role|secret|runs\n%d|Orla Byrne|night_staff|%s|1-12\n" % (r.randint(10, 99), S)),
    ("walker_keybox_roster_tsv_third_column", "file", lambda r: "walker_id\tname\tapp_secret\tkeyboxes\nW%03d\tKai Brennan\t%s\tKB-04,KB-11\n" % (r.randint(1, 200), S)),
    ("daycare_cam_viewer_fixed_width_cols_31_to_50", "file", lambda r: (lambda owner: "%-30s%-20s%s\n" % (owner, S, "PLAYROOM-A"))("OWNER%05d LUNA COCKAPOO" % r.randint(1, 99999))),
    ("petfood_courier_handheld_semicolon_fifth_field", "file", lambda r: "HH;%d;route-north;driver%02d;%s;2025-05-02\n" % (r.randint(100, 999), r.randint(1, 40), S)),
    ("vaccine_clinic_logins_csv_fourth_column", "file", lambda r: "clinic_id,clinic_name,login,secret,last_sync\nVC-%d,Hillside Vets,pawhaven_sync,%s,2025-04-30\n" % (r.randint(100, 999), S)),
    # ---------------- protocol exchanges ----------------
    ("rtsp_describe_request_line_userinfo", "proto", lambda r: "DESCRIBE rtsp://admin:%s@10.20.9.%d:554/h264 RTSP/1.0\r\nCSeq: 2\r\nAccept: application/sdp\r\n\r\n" % (S, r.randint(20, 60))),
    ("ldap_bindrequest_simple_field_decoded", "proto", lambda r: "Lightweight Directory Access Protocol\n    LDAPMessage bindRequest(1) \"cn=kennelboard,ou=svc,dc=pawhaven,dc=lan\" simple\n        messageID: 1\n        protocolOp: bindRequest (0)\n            bindRequest\n                version: 3\n                name: cn=kennelboard,ou=svc,dc=pawhaven,dc=lan\n                authentication: simple (0)\n                    simple: %s\n" % S),
    ("esp_at_cwjap_second_parameter", "proto", lambda r: "> AT+CWMODE=1\r\nOK\r\n> AT+CWJAP=\"PawHaven-Kennels\",\"%s\"\r\nWIFI CONNECTED\r\nWIFI GOT IP\r\n\r\nOK\r\n" % S),
    ("esp_at_mqttusercfg_fifth_parameter", "proto", lambda r: "> AT+MQTTUSERCFG=0,1,\"run7-temp\",\"%s\",\"%s\",0,0,\"\"\r\nOK\r\n" % ("kennelsensor", S)),
    ("redis_inline_auth_acl_third_token", "proto", lambda r: "$ nc %s 6379\nAUTH %s %s\r\n+OK\r\nLLEN walk:queue\r\n:3\r\n" % (hst(r), u(r), S)),
    ("irc_nickserv_identify_privmsg", "proto", lambda r: ":pawbot!bot@kennel.lan PRIVMSG NickServ :IDENTIFY %s\r\n:NickServ!services@irc.pawhaven.lan NOTICE pawbot :You are now identified for pawbot.\r\n" % S),
    ("socketio_emit_login_third_array_item", "proto", lambda r: "→ 42[\"login\",\"%s\",\"%s\"]\n← 42[\"login:ok\",{\"runs\":24}]\n" % (u(r), S)),
    ("jsonrpc_login_params_array_second", "proto", lambda r: "POST /jsonrpc HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"session.login\",\"params\":[\"%s\",\"%s\"],\"id\":1}\n" % (hst(r), u(r), S)),
    ("odoo_xmlrpc_authenticate_third_param", "proto", lambda r: "POST /xmlrpc/2/common HTTP/1.1\r\n\r\n<?xml version='1.0'?>\n<methodCall><methodName>authenticate</methodName><params>\n<param><value><string>petfood_prod</string></value></param>\n<param><value><string>%s</string></value></param>\n<param><value><string>%s</string></value></param>\n<param><value><struct></struct></value></param>\n</params></methodCall>\n" % (u(r), S)),
    # ---------------- library call positions ----------------
    ("python_paramiko_connect_fourth_positional", "lib", lambda r: "client = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nclient.connect(\"%s\", 22, \"%s\", \"%s\")\n" % (hst(r), u(r), S)),
    ("python_ftplib_ftp_ctor_third", "lib", lambda r: "from ftplib import FTP_TLS\nftp = FTP_TLS(\"%s\", \"%s\", \"%s\")\nftp.prot_p()\nftp.storbinary(\"STOR claims.zip\", fh)\n" % (hst(r), u(r), S)),
    ("python_poplib_pass_underscore_single", "lib", lambda r: "box = poplib.POP3_SSL(\"mail.pawhaven.example\")\nbox.user(\"%s\")\nbox.pass_(\"%s\")\n" % ("bookings", S)),
    ("python_mysqldb_connect_third_positional", "lib", lambda r: "db = MySQLdb.connect(\"%s\", \"%s\", \"%s\", \"petfood\")\n" % (hst(r), u(r), S)),
    ("python_pymongo_mongoclient_uri_userinfo", "lib", lambda r: "client = MongoClient(\"mongodb+srv://%s:%s@cluster0.pawhaven.mongodb.net/?retryWrites=true\")\n" % (u(r), S)),
    ("python_redis_from_url_empty_user", "lib", lambda r: "r = redis.Redis.from_url(\"rediss://:%s@%s:6380/0\")\n" % (S, hst(r))),
    ("python_requests_auth_tuple_second", "lib", lambda r: "resp = requests.get(\"https://api.vetportal.example/v1/vaccinations\", params={\"chip\": chip}, auth=(\"%s\", \"%s\"), timeout=10)\n" % (u(r), S)),
    ("python_aiohttp_basicauth_second", "lib", lambda r: "auth = aiohttp.BasicAuth(\"%s\", \"%s\")\nasync with aiohttp.ClientSession(auth=auth) as s:\n    await s.post(url, json=route)\n" % (u(r), S)),
    ("python_keyring_set_third_positional", "lib", lambda r: "import keyring\nkeyring.set_password(\"kennel-board\", \"%s\", \"%s\")\n" % (u(r), S)),
    ("python_zipfile_setpassword_bytes", "lib", lambda r: "with zipfile.ZipFile(\"vet_records.zip\") as zf:\n    zf.setpassword(b\"%s\")\n    zf.extractall(\"records/\")\n" % S),
    ("python_pikepdf_open_second_positional", "lib", lambda r: "pdf = pikepdf.open(\"claim_%d.pdf\", \"%s\")\npdf.save(\"claim_unlocked.pdf\")\n" % (r.randint(1000, 9999), S)),
    ("python_win32com_workbooks_open_fifth", "lib", lambda r: "xl = win32com.client.Dispatch(\"Excel.Application\")\nwb = xl.Workbooks.Open(r\"C:\\Salon\\deposits.xlsx\", 0, True, None, \"%s\")\n" % S),
    ("python_passlib_hash_single", "lib", lambda r: "from passlib.hash import pbkdf2_sha256\nseed_admin_hash = pbkdf2_sha256.hash(\"%s\")\n" % S),
    ("python_bcrypt_hashpw_first", "lib", lambda r: "hashed = bcrypt.hashpw(b\"%s\", bcrypt.gensalt(rounds=12))\n" % S),
    ("python_hvac_userpass_login_second", "lib", lambda r: "client = hvac.Client(url=\"https://vault.pawhaven.internal:8200\")\nclient.auth.userpass.login(\"%s\", \"%s\")\n" % (u(r), S)),
    ("python_ldap_simple_bind_s_second", "lib", lambda r: "conn = ldap.initialize(\"ldap://%s\")\nconn.simple_bind_s(\"cn=kennelboard,ou=svc,dc=pawhaven,dc=lan\", \"%s\")\n" % (hst(r), S)),
    ("python_onvif_camera_ctor_fourth", "lib", lambda r: "from onvif import ONVIFCamera\ncam = ONVIFCamera(\"10.20.9.%d\", 80, \"admin\", \"%s\")\nptz = cam.create_ptz_service()\n" % (r.randint(20, 60), S)),
    ("node_nodemailer_smtp_url_userinfo", "lib", lambda r: "const transporter = nodemailer.createTransport('smtps://reminders%%40pawhaven.example:%s@smtp.pawhaven.example:465');\n" % S),
    ("node_bcrypt_hash_first", "lib", lambda r: "const seedHash = await bcrypt.hash('%s', 12);\n" % S),
    ("node_crypto_pbkdf2sync_first", "lib", lambda r: "const key = crypto.pbkdf2Sync('%s', salt, 210000, 32, 'sha256');\n" % S),
    ("node_mongoose_connect_uri_userinfo", "lib", lambda r: "await mongoose.connect('mongodb://%s:%s@%s:27017/daycare?authSource=admin');\n" % (u(r), S, hst(r))),
    ("node_amqplib_connect_url_userinfo", "lib", lambda r: "const conn = await amqp.connect('amqp://%s:%s@%s:5672/walks');\n" % (u(r), S, hst(r))),
    ("node_express_basic_auth_users_map_value", "lib", lambda r: "app.use('/admin', basicAuth({ users: { '%s': '%s' }, challenge: true }));\n" % (u(r), S)),
    ("node_http_request_auth_colon_string", "lib", lambda r: "const req = https.request({ host: 'api.vetportal.example', path: '/v1/chips', auth: '%s:%s' }, onRes);\n" % (u(r), S)),
    ("java_passwordauthentication_ctor_second_chararray", "lib", lambda r: "return new PasswordAuthentication(\"%s\", \"%s\".toCharArray());\n" % (u(r), S)),
    ("java_keystore_load_second_chararray", "lib", lambda r: "KeyStore ks = KeyStore.getInstance(\"PKCS12\");\nks.load(new FileInputStream(\"claims-client.p12\"), \"%s\".toCharArray());\n" % S),
    ("java_commons_net_ftpclient_login_second", "lib", lambda r: "FTPClient ftp = new FTPClient();\nftp.connect(\"%s\");\nftp.login(\"%s\", \"%s\");\n" % (hst(r), u(r), S)),
    ("java_unboundid_ldapconnection_ctor_fourth", "lib", lambda r: "LDAPConnection c = new LDAPConnection(\"%s\", 389, \"cn=kennelboard,ou=svc,dc=pawhaven,dc=lan\", \"%s\");\n" % (hst(r), S)),
    ("kotlin_okhttp_credentials_basic_second", "lib", lambda r: "val credential = Credentials.basic(\"%s\", \"%s\")\nval request = Request.Builder().url(url).header(\"Authorization\", credential).build()\n" % (u(r), S)),
    ("groovy_sql_newinstance_third", "lib", lambda r: "def sql = Sql.newInstance('jdbc:postgresql://%s/grooming', '%s', '%s', 'org.postgresql.Driver')\n" % (hst(r), u(r), S)),
    ("csharp_networkcredential_ctor_second", "lib", lambda r: "var smtp = new SmtpClient(\"smtp.pawhaven.example\", 587) { EnableSsl = true };\nsmtp.Credentials = new NetworkCredential(\"%s\", \"%s\");\n" % ("reminders@pawhaven.example", S)),
    ("csharp_x509certificate2_ctor_second", "lib", lambda r: "var cert = new X509Certificate2(\"claims-client.pfx\", \"%s\");\n" % S),
    ("powershell_convertto_securestring_asplaintext", "lib", lambda r: "$sec = ConvertTo-SecureString '%s' -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential('PAWHAVEN\\%s', $sec)\n" % (S, u(r))),
    ("vba_activesheet_unprotect_single", "lib", lambda r: "Sub UnlockDeposits()\n    Worksheets(\"Deposits\").Activate\n    ActiveSheet.Unprotect \"%s\"\nEnd Sub\n" % S),
    ("go_url_userpassword_second", "lib", lambda r: "u := &url.URL{Scheme: \"https\", Host: \"api.vetportal.example\", User: url.UserPassword(\"%s\", \"%s\")}\n" % (u(r), S)),
    ("go_sql_open_mysql_dsn_colon_at", "lib", lambda r: "db, err := sql.Open(\"mysql\", \"%s:%s@tcp(%s:3306)/petfood?parseTime=true\")\n" % (u(r), S, hst(r))),
    ("go_x_crypto_ssh_password_single", "lib", lambda r: "cfg := &ssh.ClientConfig{\n\tUser: \"%s\",\n\tAuth: []ssh.AuthMethod{ssh.Password(\"%s\")},\n}\n" % (u(r), S)),
    ("go_request_setbasicauth_second", "lib", lambda r: "req, _ := http.NewRequest(\"GET\", endpoint, nil)\nreq.SetBasicAuth(\"%s\", \"%s\")\n" % (u(r), S)),
    ("rust_ssh2_userauth_password_second", "lib", lambda r: "sess.handshake()?;\nsess.userauth_password(\"%s\", \"%s\")?;\n" % (u(r), S)),
    ("ruby_net_ftp_open_third", "lib", lambda r: "Net::FTP.open('%s', '%s', '%s') do |ftp|\n  ftp.putbinaryfile('claims.zip')\nend\n" % (hst(r), u(r), S)),
    ("ruby_net_http_request_basic_auth_second", "lib", lambda r: "req = Net::HTTP::Get.new(uri)\nreq.basic_auth '%s', '%s'\n" % (u(r), S)),
    ("php_mysqli_ctor_third", "lib", lambda r: "$db = new mysqli('%s', '%s', '%s', 'grooming');\n" % (hst(r), u(r), S)),
    ("php_ftp_login_third", "lib", lambda r: "$c = ftp_ssl_connect('%s');\nftp_login($c, '%s', '%s');\n" % (hst(r), u(r), S)),
    ("php_ssh2_auth_password_third", "lib", lambda r: "$conn = ssh2_connect('%s', 22);\nssh2_auth_password($conn, '%s', '%s');\n" % (hst(r), u(r), S)),
    ("php_imap_open_third", "lib", lambda r: "$mbox = imap_open('{mail.pawhaven.example:993/imap/ssl}INBOX', 'bookings@pawhaven.example', '%s');\n" % S),
    ("perl_dbi_connect_third", "lib", lambda r: "my $dbh = DBI->connect('dbi:Pg:dbname=kennel;host=%s', '%s', '%s', { RaiseError => 1 });\n" % (hst(r), u(r), S)),
    ("c_libcurl_setopt_userpwd_colon_pair", "lib", lambda r: "curl_easy_setopt(h, CURLOPT_URL, \"https://api.vetportal.example/v1/chips\");\ncurl_easy_setopt(h, CURLOPT_USERPWD, \"%s:%s\");\n" % (u(r), S)),
    ("c_libssh2_userauth_password_third", "lib", lambda r: "if (libssh2_userauth_password(session, \"%s\", \"%s\")) {\n    fprintf(stderr, \"auth failed\\n\");\n}\n" % (u(r), S)),
    ("arduino_pubsubclient_connect_third", "lib", lambda r: "if (mqtt.connect(\"run7-temp\", \"kennelsensor\", \"%s\")) {\n  mqtt.subscribe(\"kennel/run7/cmd\");\n}\n" % S),
    ("arduino_wifi_begin_second", "lib", lambda r: "void setup() {\n  WiFi.begin(\"PawHaven-Kennels\", \"%s\");\n  while (WiFi.status() != WL_CONNECTED) delay(500);\n}\n" % S),
    ("micropython_wlan_connect_second", "lib", lambda r: "wlan = network.WLAN(network.STA_IF)\nwlan.active(True)\nwlan.connect('PawHaven-Daycare', '%s')\n" % S),
    ("matlab_database_third_positional", "lib", lambda r: "conn = database('kennel_occupancy', '%s', '%s');\n" % (u(r), S)),
    # ---------------- UI automation ----------------
    ("robot_framework_input_text_third_cell", "gui", lambda r: "*** Test Cases ***\nStaff Login\n    Open Browser    https://book.pawhaven.example/staff    chrome\n    Input Text    id=f1    %s\n    Input Text    id=f2    %s\n    Click Button    id=go\n" % (u(r), S)),
    ("webdriverio_element_setvalue_single", "gui", lambda r: "await $('#f2').setValue('%s');\nawait $('#go').click();\n" % S),
    ("puppeteer_page_type_second", "gui", lambda r: "await page.type('#f1', '%s');\nawait page.type('#f2', '%s');\nawait page.click('#go');\n" % (u(r), S)),
    ("selenium_java_sendkeys_single", "gui", lambda r: "driver.findElement(By.id(\"f2\")).sendKeys(\"%s\");\ndriver.findElement(By.id(\"go\")).click();\n" % S),
    ("espresso_typetext_single", "gui", lambda r: "onView(withId(R.id.field2)).perform(typeText(\"%s\"), closeSoftKeyboard())\n" % S),
    ("xcuitest_textfields_typetext_single", "gui", lambda r: "let f = app.textFields[\"field2\"]\nf.tap()\nf.typeText(\"%s\")\n" % S),
    ("detox_element_typetext_single", "gui", lambda r: "await element(by.id('field2')).typeText('%s');\nawait element(by.id('go')).tap();\n" % S),
    ("maestro_flow_inputtext_item", "gui", lambda r: "appId: example.pawhaven.walker\n---\n- launchApp\n- tapOn:\n    id: \"field2\"\n- inputText: \"%s\"\n- tapOn: \"Start walk\"\n" % S),
    ("katalon_webui_settext_second", "gui", lambda r: "WebUI.setText(findTestObject('Staff/field2'), '%s')\nWebUI.click(findTestObject('Staff/go'))\n" % S),
    ("pywinauto_type_keys_single", "gui", lambda r: "dlg = app.window(title=\"Kennel Connection\")\ndlg.Edit2.type_keys(\"%s\", with_spaces=False)\ndlg.OK.click()\n" % S),
    ("vbscript_wshshell_sendkeys_single", "gui", lambda r: "Set sh = CreateObject(\"WScript.Shell\")\nsh.AppActivate \"Groom Book\"\nWScript.Sleep 500\nsh.SendKeys \"%s\"\nsh.SendKeys \"{ENTER}\"\n" % S),
    ("robotjs_typestring_single", "gui", lambda r: "robot.moveMouse(640, 410); robot.mouseClick();\nrobot.typeString('%s');\nrobot.keyTap('enter');\n" % S),
    ("pyautogui_write_single", "gui", lambda r: "pyautogui.click(640, 410)\npyautogui.write('%s', interval=0.05)\npyautogui.press('enter')\n" % S),
    ("tagui_type_as_clause", "gui", lambda r: "https://book.pawhaven.example/staff\ntype f1 as %s\ntype f2 as %s\nclick go\n" % (u(r), S)),
    ("cucumber_step_type_quoted_into_field", "gui", lambda r: "Scenario: groomer signs in\n  Given I am on the staff page\n  When I type \"%s\" into the \"f1\" field\n  And I type \"%s\" into the \"f2\" field\n  Then I see today's appointments\n" % (u(r), S)),
    ("watir_text_field_set_single", "gui", lambda r: "browser.text_field(id: 'f2').set '%s'\nbrowser.button(id: 'go').click\n" % S),
]


# written but set aside: near-duplicates of kept syntaxes or of ideas in the earlier corpora (and one deny-listed name)
SPARE_SYNTAXES = [
    "node_mongoose_connect_uri_userinfo", "rman_target_slash_pair", "bcp_out_capital_p_after_capital_u",
    "wget_ftp_url_userinfo", "hg_clone_https_url_userinfo", "restic_rest_repo_url_userinfo", "nats_cli_server_url_userinfo",
    "gst_launch_rtspsrc_location_userinfo", "rar_glued_hp_header_encrypt", "pdfinfo_opw_flag", "racadm_lower_p_after_lower_u",
    "dotnet_dev_certs_https_lower_p", "node_amqplib_connect_url_userinfo", "python_pymongo_mongoclient_uri_userinfo",
    "python_redis_from_url_empty_user", "python_aiohttp_basicauth_second", "python_passlib_hash_single",
    "node_bcrypt_hash_first", "java_commons_net_ftpclient_login_second", "php_ftp_login_third", "ruby_net_ftp_open_third",
    "php_ssh2_auth_password_third", "go_request_setbasicauth_second", "micropython_wlan_connect_second",
    "watir_text_field_set_single", "selenium_java_sendkeys_single", "detox_element_typetext_single",
    "robotjs_typestring_single", "alembic_ini_sqlalchemy_url_userinfo", "lighttpd_plain_userfile_colon_pair",
    "s3fs_passwd_file_second_colon_field", "redis_inline_auth_acl_third_token", "groovy_sql_newinstance_third",
    "python_mysqldb_connect_third_positional", "php_mysqli_ctor_third",
]
ALL_PLAIN = PLAIN
PLAIN = [t for t in ALL_PLAIN if t[0] not in SPARE_SYNTAXES]
assert len(PLAIN) == len(ALL_PLAIN) - len(SPARE_SYNTAXES)


def _b64(s):
    return base64.b64encode(s.encode()).decode()


# Base64 spans: (syntax, category, builder(r, pw) -> (value, template))
def _http_basic(r, pw):
    user = u(r)
    v = _b64("%s:%s" % (user, pw))
    return v, "GET /v1/vaccinations?chip=985112004512377 HTTP/1.1\r\nHost: api.vetportal.example\r\nAuthorization: Basic %s\r\nAccept: application/json\r\n\r\n" % S


def _smtp_login(r, pw):
    user = "reminders@pawhaven.example"
    v = _b64(pw)
    return v, "S: 220 smtp.pawhaven.example ESMTP\r\nC: EHLO kennel-app\r\nS: 250-AUTH LOGIN PLAIN\r\nC: AUTH LOGIN\r\nS: 334 VXNlcm5hbWU6\r\nC: %s\r\nS: 334 UGFzc3dvcmQ6\r\nC: %s\r\nS: 235 2.7.0 Authentication successful\r\n" % (_b64(user), S)


def _xmpp_plain(r, pw):
    user = "kennelbot"
    v = _b64("\x00%s\x00%s" % (user, pw))
    return v, "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>%s</auth>\n<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>\n" % S


def _imap_authenticate(r, pw):
    user = "bookings@pawhaven.example"
    v = _b64("\x00%s\x00%s" % (user, pw))
    return v, "C: a1 AUTHENTICATE PLAIN\r\nS: +\r\nC: %s\r\nS: a1 OK [CAPABILITY IMAP4rev1] Logged in\r\n" % S


B64 = [
    ("http_authorization_basic_header_b64", "proto", _http_basic, "user:password"),
    ("smtp_auth_login_second_continuation_b64", "proto", _smtp_login, "password"),
    ("xmpp_sasl_plain_auth_element_b64", "proto", _xmpp_plain, "NUL user NUL password"),
    ("imap_authenticate_plain_continuation_b64", "proto", _imap_authenticate, "NUL user NUL password"),
]


def hidden_of(syntax, value):
    raw = base64.b64decode(value).decode()
    if "\x00" in raw:
        return raw.split("\x00")[2]
    if syntax.startswith("http_"):
        return raw.split(":", 1)[1]
    return raw


def all_syntaxes():
    return [s for s, _c, _f in PLAIN] + [s for s, _c, _f, _d in B64]


def generate(reg, start_id):
    rng = random.Random(SEED)
    recs = []
    n = start_id
    hidden = []
    for syn, cat, fn in PLAIN:
        pw = reg.take(lambda: strict_pw(rng))
        tpl = fn(rng)
        typ = PREFIX + syn
        recs.append(span_record("p191-s-%04d" % n, typ, typ + "__" + SUFFIX[cat], tpl, pw, "password"))
        n += 1
    for syn, cat, build, _desc in B64:
        pw = reg.take(lambda: strict_pw(rng))
        hidden.append(pw)
        v, tpl = build(rng, pw)
        reg.add(v)
        typ = PREFIX + syn
        recs.append(span_record("p191-s-%04d" % n, typ, typ + "__" + SUFFIX[cat], tpl, v, "password"))
        n += 1
    return recs, hidden
