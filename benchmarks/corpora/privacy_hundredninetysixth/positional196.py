"""Password source: passwords passed by position / syntax, without a telling `password=` key."""
import base64
import random

from common196 import MARK, SEEDS, DIGITS, LOWALNUM, rs, password, place, span

PFX = "deskpw_"
SUFFIX = {
    "cli": "coworking_it_shell_session",
    "lib": "booking_backend_code_snippet",
    "file": "workspace_server_config_file",
    "proto": "guest_lan_packet_trace",
    "gui": "front_desk_ui_automation",
    "sql": "member_db_sql_script",
}

# «U» user, «H» host, «P» the password slot, «N» a small number, «S» a share / ssid / db name
SYNTAXES = [
    # ---------------------------------------------------------------- cli
    ("smbclient_capital_u_percent_pair", "cli", "$ smbclient //«H»/scans -U «U»%«P» -c 'ls'\n  .                                   D        0  Tue Mar  3 09:12:44 2026\n"),
    ("rpcclient_capital_u_percent_pair", "cli", "$ rpcclient -U 'NORTHLOFT\\«U»%«P»' «H» -c enumprinters\n"),
    ("xfreerdp_slash_p_colon_after_slash_u", "cli", "$ xfreerdp /v:«H» /u:«U» /p:«P» /cert:ignore /dynamic-resolution\n"),
    ("rdesktop_lower_p_after_lower_u", "cli", "$ rdesktop -u «U» -p «P» -g 1600x900 «H»\n"),
    ("sshpass_lower_p_before_ssh", "cli", "$ sshpass -p '«P»' ssh -o StrictHostKeyChecking=no «U»@«H» 'systemctl restart kiosk'\n"),
    ("mysqladmin_glued_lower_p_after_lower_u", "cli", "$ mysqladmin -h «H» -u «U» -p«P» status\nUptime: 88412  Threads: 4  Questions: 201934\n"),
    ("mongosh_lower_p_after_lower_u", "cli", "$ mongosh --host «H» -u «U» -p «P» --authenticationDatabase admin bookings\n"),
    ("cqlsh_lower_p_after_lower_u", "cli", "$ cqlsh «H» 9042 -u «U» -p «P» -e 'DESCRIBE KEYSPACES'\n"),
    ("rabbitmqctl_add_user_second_positional", "cli", "$ sudo rabbitmqctl add_user «U» «P»\nAdding user \"«U»\" ...\n"),
    ("smbpasswd_s_stdin_printf_doubled", "cli", "$ printf '%s\\n%s\\n' '«P»' '«P2»' | sudo smbpasswd -s -a «U»\nAdded user «U».\n"),
    ("openssl_pkcs12_passout_pass_colon", "cli", "$ openssl pkcs12 -export -in panel.crt -inkey panel.key -out panel.p12 -passout pass:«P»\n"),
    ("keytool_storepass_after_keystore", "cli", "$ keytool -list -keystore kiosk-release.jks -storepass «P»\nKeystore type: PKCS12\n"),
    ("apksigner_ks_pass_pass_prefix", "cli", "$ apksigner sign --ks kiosk-release.jks --ks-pass pass:«P» app-release.apk\n"),
    ("zip_capital_p_encrypt_flag", "cli", "$ zip -P «P» invoices-q1.zip invoices/*.pdf\n  adding: invoices/room-hire-0113.pdf (deflated 12%)\n"),
    ("gpg_passphrase_fd_zero_echo", "cli", "$ echo '«P»' | gpg --batch --yes --passphrase-fd 0 -d members-export.csv.gpg > members.csv\n"),
    ("ccrypt_capital_k_flag", "cli", "$ ccrypt -d -K «P» visitor-log-2025.csv.cpt\n"),
    ("pdftk_input_pw_keyword_argument", "cli", "$ pdftk lease-agreement.pdf input_pw «P» output lease-unlocked.pdf\n"),
    ("cryptsetup_key_file_dash_stdin", "cli", "$ echo -n '«P»' | sudo cryptsetup open --key-file - /dev/sdb1 mailscans\n"),
    ("docker_login_stdin_pipe_after_lower_u", "cli", "$ echo «P» | docker login registry.«H» -u «U» --password-stdin\nLogin Succeeded\n"),
    ("podman_login_lower_p_after_lower_u", "cli", "$ podman login -u «U» -p «P» registry.«H»\nLogin Succeeded!\n"),
    ("skopeo_src_creds_colon_pair", "cli", "$ skopeo copy --src-creds «U»:«P» docker://registry.«H»/booking:2.4 oci:booking-2.4\n"),
    ("az_login_lower_p_after_lower_u", "cli", "$ az login -u «U»@northloft.example -p «P» --allow-no-subscriptions\n"),
    ("oc_login_lower_p_after_lower_u", "cli", "$ oc login https://api.«H»:6443 -u «U» -p «P»\nLogin successful.\n"),
    ("plink_pw_flag_after_target", "cli", "C:\\> plink -ssh «U»@«H» -pw «P» -batch \"sudo reboot\"\n"),
    ("winscp_com_open_sftp_url_userinfo", "cli", "C:\\> winscp.com /command \"open sftp://«U»:«P»@«H»/\" \"get /exports/*.csv\" \"exit\"\n"),
    ("curlftpfs_ftp_url_userinfo", "cli", "$ curlftpfs ftp://«U»:«P»@«H»/scans /mnt/scans -o allow_other\n"),
    ("pip_index_url_userinfo", "cli", "$ pip install --index-url https://«U»:«P»@pypi.«H»/simple/ booking-core==3.2.1\n"),
    ("ovftool_vi_target_userinfo", "cli", "$ ovftool room-panel-builder.ova vi://«U»:«P»@«H»/Cowork/host/cluster1\n"),
    ("govc_url_env_userinfo", "cli", "$ export GOVC_URL='https://«U»:«P»@«H»/sdk'\n$ govc ls /Cowork/vm\n"),
    ("ffmpeg_rtmp_push_url_userinfo", "cli", "$ ffmpeg -re -i townhall.mp4 -c copy -f flv rtmp://«U»:«P»@«H»/live/townhall\n"),
    ("svn_checkout_url_userinfo", "cli", "$ svn checkout https://«U»:«P»@svn.«H»/floorplans/trunk floorplans\n"),
    ("ldapsearch_lower_w_after_capital_d", "cli", "$ ldapsearch -x -H ldap://«H» -D 'cn=«U»,ou=svc,dc=northloft,dc=lan' -w «P» -b 'ou=members,dc=northloft,dc=lan' mail\n"),
    ("radtest_second_positional", "cli", "$ radtest «U» «P» 127.0.0.1 0 testing123\nSent Access-Request Id 77 from 0.0.0.0:40213 to 127.0.0.1:1812 length 77\n"),
    ("snmpget_capital_a_after_lower_a", "cli", "$ snmpget -v3 -l authNoPriv -u «U» -a SHA -A «P» «H» sysUpTime.0\n"),
    ("net_user_add_second_positional", "cli", "C:\\> net user «U» «P» /add /comment:\"front desk kiosk\"\nThe command completed successfully.\n"),
    ("vmrun_capital_gp_after_capital_gu", "cli", "$ vmrun -T ws -gu «U» -gp «P» runProgramInGuest kiosk.vmx /usr/bin/kiosk-reset\n"),
    ("redis_cli_lower_a_flag", "cli", "$ redis-cli -h «H» -a «P» --no-auth-warning INFO keyspace\n"),
    ("httpie_lower_a_colon_pair", "cli", "$ http -a «U»:«P» GET https://«H»/api/v2/rooms\nHTTP/1.1 200 OK\n"),
    ("openconnect_stdin_pipe_after_user_flag", "cli", "$ echo '«P»' | sudo openconnect --user=«U» --passwd-on-stdin vpn.«H»\n"),
    ("rsync_daemon_url_stdin_echo", "cli", "$ echo «P» | rsync -av --password-file=- rsync://«U»@«H»/scans/ ./scans/\n"),
    # ---------------------------------------------------------------- lib
    ("python_pysmb_smbconnection_second", "lib", "from smb.SMBConnection import SMBConnection\n\nconn = SMBConnection(\"«U»\", \"«P»\", \"kiosk-01\", \"SCANSRV\", use_ntlm_v2=True)\nconn.connect(\"«H»\", 445)\n"),
    ("python_ldap3_connection_third_positional", "lib", "from ldap3 import Server, Connection\n\nsrv = Server(\"ldaps://«H»\")\nconn = Connection(srv, \"cn=«U»,ou=svc,dc=northloft,dc=lan\", \"«P»\", auto_bind=True)\n"),
    ("python_pysnmp_usmuserdata_second", "lib", "from pysnmp.hlapi import UsmUserData, usmHMACSHAAuthProtocol\n\nuser = UsmUserData(\"«U»\", \"«P»\", authProtocol=usmHMACSHAAuthProtocol)\n"),
    ("python_napalm_driver_ctor_third", "lib", "from napalm import get_network_driver\n\ndriver = get_network_driver(\"ios\")\nsw = driver(\"«H»\", \"«U»\", \"«P»\")\nsw.open()\n"),
    ("python_pexpect_sendline_after_expect", "lib", "import pexpect\n\nchild = pexpect.spawn(\"ssh «U»@«H»\")\nchild.expect(\"assword:\")\nchild.sendline(\"«P»\")\n"),
    ("python_telnetlib_write_after_read_until", "lib", "import telnetlib\n\ntn = telnetlib.Telnet(\"«H»\")\ntn.read_until(b\"login: \")\ntn.write(b\"«U»\\n\")\ntn.read_until(b\"Password: \")\ntn.write(b\"«P»\\n\")\n"),
    ("python_pypdf_reader_decrypt_single", "lib", "from pypdf import PdfReader\n\nreader = PdfReader(\"hire-contract.pdf\")\nif reader.is_encrypted:\n    reader.decrypt(\"«P»\")\n"),
    ("python_cryptography_load_pem_private_key_second", "lib", "from cryptography.hazmat.primitives import serialization\n\nwith open(\"panel-signing.pem\", \"rb\") as fh:\n    key = serialization.load_pem_private_key(fh.read(), b\"«P»\")\n"),
    ("python_hashlib_pbkdf2_hmac_second", "lib", "import hashlib\n\ndk = hashlib.pbkdf2_hmac(\"sha256\", b\"«P»\", salt, 600_000)\n"),
    ("python_argon2_passwordhasher_hash_single", "lib", "from argon2 import PasswordHasher\n\nph = PasswordHasher()\nseed_hash = ph.hash(\"«P»\")  # default admin for fresh installs\n"),
    ("python_exchangelib_credentials_second", "lib", "from exchangelib import Credentials, Account, DELEGATE\n\ncreds = Credentials(\"«U»@northloft.example\", \"«P»\")\nroom = Account(\"room-juniper@northloft.example\", credentials=creds, autodiscover=True, access_type=DELEGATE)\n"),
    ("python_caldav_davclient_url_userinfo", "lib", "import caldav\n\nclient = caldav.DAVClient(\"https://«U»:«P»@dav.«H»/calendars/rooms/\")\n"),
    ("python_pyrad_pwcrypt_single", "lib", "from pyrad.client import Client\n\nreq = srv.CreateAuthPacket(User_Name=\"«U»\")\nreq[\"User-Password\"] = req.PwCrypt(\"«P»\")\n"),
    ("node_ldapjs_client_bind_second", "lib", "const ldap = require('ldapjs');\nconst client = ldap.createClient({ url: 'ldap://«H»' });\nclient.bind('cn=«U»,ou=svc,dc=northloft,dc=lan', '«P»', (err) => { if (err) throw err; });\n"),
    ("node_crypto_scryptsync_first", "lib", "const crypto = require('crypto');\nconst key = crypto.scryptSync('«P»', salt, 32);\n"),
    ("node_argon2_hash_first", "lib", "import argon2 from 'argon2';\n\nconst seeded = await argon2.hash('«P»', { type: argon2.argon2id });\n"),
    ("node_mqtt_connect_url_userinfo", "lib", "const mqtt = require('mqtt');\nconst client = mqtt.connect('mqtts://«U»:«P»@«H»:8883');\nclient.subscribe('rooms/+/occupancy');\n"),
    ("java_javamail_transport_connect_third", "lib", "Transport transport = session.getTransport(\"smtp\");\ntransport.connect(\"«H»\", \"«U»\", \"«P»\");\ntransport.sendMessage(msg, msg.getAllRecipients());\n"),
    ("java_jedis_auth_single", "lib", "try (Jedis jedis = new Jedis(\"«H»\", 6379)) {\n    jedis.auth(\"«P»\");\n    jedis.hset(\"desk:4F-12\", \"state\", \"booked\");\n}\n"),
    ("java_mongocredential_createcredential_third", "lib", "MongoCredential cred = MongoCredential.createCredential(\"«U»\", \"admin\", \"«P»\".toCharArray());\n"),
    ("kotlin_ktor_basicauthcredentials_second", "lib", "install(Auth) {\n    basic {\n        credentials { BasicAuthCredentials(\"«U»\", \"«P»\") }\n    }\n}\n"),
    ("scala_slick_database_forurl_third", "lib", "val db = Database.forURL(\"jdbc:postgresql://«H»/bookings\", \"«U»\", \"«P»\", driver = \"org.postgresql.Driver\")\n"),
    ("csharp_mailkit_authenticate_second", "lib", "using var smtp = new SmtpClient();\nawait smtp.ConnectAsync(\"«H»\", 587, SecureSocketOptions.StartTls);\nawait smtp.AuthenticateAsync(\"«U»\", \"«P»\");\n"),
    ("csharp_sshnet_sshclient_ctor_third", "lib", "using var ssh = new SshClient(\"«H»\", \"«U»\", \"«P»\");\nssh.Connect();\nssh.RunCommand(\"systemctl restart room-panel\");\n"),
    ("csharp_ews_webcredentials_second", "lib", "var service = new ExchangeService(ExchangeVersion.Exchange2013_SP1);\nservice.Credentials = new WebCredentials(\"«U»@northloft.example\", \"«P»\");\n"),
    ("csharp_rfc2898derivebytes_first", "lib", "using var kdf = new Rfc2898DeriveBytes(\"«P»\", salt, 210000, HashAlgorithmName.SHA512);\n"),
    ("go_net_smtp_plainauth_third", "lib", "auth := smtp.PlainAuth(\"\", \"«U»@northloft.example\", \"«P»\", \"«H»\")\nerr := smtp.SendMail(\"«H»:587\", auth, from, to, msg)\n"),
    ("go_ldap_conn_bind_second", "lib", "l, err := ldap.DialURL(\"ldaps://«H»\")\nif err != nil { return err }\nerr = l.Bind(\"cn=«U»,ou=svc,dc=northloft,dc=lan\", \"«P»\")\n"),
    ("go_minio_newstaticv4_second", "lib", "mc, err := minio.New(\"«H»:9000\", &minio.Options{\n\tCreds:  credentials.NewStaticV4(\"«U»\", \"«P»\", \"\"),\n\tSecure: true,\n})\n"),
    ("go_argon2_idkey_first", "lib", "key := argon2.IDKey([]byte(\"«P»\"), salt, 1, 64*1024, 4, 32)\n"),
    ("rust_lettre_credentials_new_second", "lib", "let creds = Credentials::new(\"«U»\".to_owned(), \"«P»\".to_owned());\nlet mailer = SmtpTransport::relay(\"«H»\")?.credentials(creds).build();\n"),
    ("rust_suppaftp_login_second", "lib", "let mut ftp = FtpStream::connect(\"«H»:21\")?;\nftp.login(\"«U»\", \"«P»\")?;\n"),
    ("ruby_net_ldap_auth_second", "lib", "ldap = Net::LDAP.new(host: \"«H»\", port: 389)\nldap.auth \"cn=«U»,ou=svc,dc=northloft,dc=lan\", \"«P»\"\n"),
    ("php_ldap_bind_third", "lib", "<?php\n$conn = ldap_connect('ldap://«H»');\nldap_bind($conn, 'cn=«U»,ou=svc,dc=northloft,dc=lan', '«P»');\n"),
    ("php_pdo_ctor_third", "lib", "<?php\n$pdo = new PDO('pgsql:host=«H»;dbname=members', '«U»', '«P»');\n"),
    ("perl_net_ftp_login_second", "lib", "use Net::FTP;\nmy $ftp = Net::FTP->new('«H»') or die;\n$ftp->login('«U»', '«P»') or die $ftp->message;\n"),
    ("lua_luasql_connect_third", "lib", "local driver = require \"luasql.mysql\"\nlocal env = driver.mysql()\nlocal con = env:connect(\"portal\", \"«U»\", \"«P»\", \"«H»\")\n"),
    # ---------------------------------------------------------------- file
    ("rsyncd_secrets_colon_pair", "file", "# /etc/rsyncd.secrets (mode 600)\n«U»:«P»\n"),
    ("vsftpd_virtual_users_even_line", "file", "# /etc/vsftpd/virtual_users.txt -> db_load -T -t hash\n«U»\n«P»\n"),
    ("dovecot_passwd_file_plain_scheme_field", "file", "# /etc/dovecot/users\n«U»@northloft.example:{PLAIN}«P»::::::\n"),
    ("postfix_sasl_passwd_map_colon_pair", "file", "# /etc/postfix/sasl_passwd  (postmap after editing)\n[«H»]:587 «U»@northloft.example:«P»\n"),
    ("openvpn_auth_user_pass_second_line", "file", "# /etc/openvpn/client/office.auth  (auth-user-pass office.auth)\n«U»\n«P»\n"),
    ("hostapd_wpa_psk_file_second_field", "file", "# /etc/hostapd/guest.wpa_psk\n00:00:00:00:00:00 «P»\n"),
    ("pgpass_fifth_colon_field", "file", "# ~/.pgpass\n«H»:5432:members:«U»:«P»\n"),
    ("git_credentials_store_url_userinfo", "file", "# ~/.git-credentials\nhttps://«U»:«P»@git.«H»\n"),
    ("mosquitto_plain_password_file_before_hashing", "file", "# /etc/mosquitto/passwd (run mosquitto_passwd -U on it!)\n«U»:«P»\n"),
    ("svnserve_passwd_users_section_value", "file", "# /srv/svn/floorplans/conf/passwd\n[users]\n«U» = «P»\n"),
    ("wifi_qr_payload_p_field", "file", "# guest-wifi-poster.txt -> qrencode -o poster.png < this\nWIFI:T:WPA;S:Northloft-Guest;P:«P»;;\n"),
    ("docker_config_json_auths_auth_b64", "file", "{\n  \"auths\": {\n    \"registry.«H»\": {\n      \"auth\": \"«B»\"\n    }\n  }\n}\n"),
    ("hotdesk_kiosk_roster_pipe_third_field", "file", "# kiosk_roster.psv  site|login|secret|role\ndock4|«U»|«P»|frontdesk\n"),
    ("door_fob_enrolment_csv_fifth_column", "file", "fob_serial,member_id,name,floor,pin_secret,valid_until\n«N»,M-«N2»,«U»,3,«P»,2026-12-31\n"),
    ("visitor_tablet_provisioning_tsv_fourth_column", "file", "# tablets.tsv  serial\tssid\tuser\tunlock\n«N»\tNorthloft-Staff\t«U»\t«P»\n"),
    ("print_release_station_fixed_width_cols_21_to_40", "file", "«FW»\n"),
    ("mail_locker_courier_accounts_semicolon_third", "file", "# courier_accounts.txt  courier;account;secret;bank\nDPD;«U»;«P»;B\n"),
    # ---------------------------------------------------------------- proto
    ("smtp_auth_plain_initial_response_b64", "proto", "S: 220 «H» ESMTP\nC: EHLO kiosk-01\nS: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN «B»\nS: 235 2.7.0 Authentication successful\n"),
    ("imap_login_command_third_token", "proto", "S: * OK IMAP4rev1 ready\nC: a001 LOGIN «U» «P»\nS: a001 OK LOGIN completed\n"),
    ("redis_resp_auth_bulk_string", "proto", "*2\\r\\n$4\\r\\nAUTH\\r\\n$«L»\\r\\n«P»\\r\\n\n+OK\\r\\n\n"),
    ("stomp_connect_passcode_header", "proto", "CONNECT\naccept-version:1.2\nhost:«H»\nlogin:«U»\npasscode:«P»\n\n^@\n"),
    ("wordpress_xmlrpc_getusersblogs_second_param", "proto", "POST /xmlrpc.php HTTP/1.1\nHost: events.«H»\nContent-Type: text/xml\n\n<?xml version=\"1.0\"?><methodCall><methodName>wp.getUsersBlogs</methodName><params><param><value><string>«U»</string></value></param><param><value><string>«P»</string></value></param></params></methodCall>\n"),
    ("at_cgauth_fourth_parameter", "proto", ">> AT+CGDCONT=1,\"IP\",\"iot.backup.example\"\n<< OK\n>> AT+CGAUTH=1,1,\"«U»\",\"«P»\"\n<< OK\n"),
    ("ftp_url_in_http_referer_header", "proto", "GET /lockers/status HTTP/1.1\nHost: «H»\nReferer: ftp://«U»:«P»@files.«H»/manifests/\n"),
    ("rtsp_setup_url_userinfo_via_proxy_log", "proto", "[proxy] 10.20.0.14 -> «H» SETUP rtsp://«U»:«P»@«H»:554/lobby/track1 RTSP/1.0 CSeq: 3\n"),
    # ---------------------------------------------------------------- gui
    ("xdotool_type_positional", "gui", "#!/bin/sh\n# unlock the room panel after reboot\nxdotool search --name 'Panel Login' windowactivate --sync\nxdotool type --delay 40 '«P»'\nxdotool key Return\n"),
    ("applescript_system_events_keystroke", "gui", "tell application \"System Events\"\n    keystroke \"«P»\"\n    key code 36\nend tell\n"),
    ("autohotkey_sendraw_literal", "gui", "#IfWinActive Print Release Station\n^!p::\nSendRaw «P»\nSend {Enter}\nreturn\n"),
    ("playwright_page_fill_second", "gui", "await page.goto('https://admin.«H»/login');\nawait page.fill('#f1', '«U»');\nawait page.fill('#f2', '«P»');\nawait page.click('button[type=submit]');\n"),
    ("cypress_get_type_single", "gui", "cy.visit('/login')\ncy.get('#f1').type('«U»')\ncy.get('#f2').type('«P»', { log: false })\ncy.get('form').submit()\n"),
    ("testcafe_typetext_second", "gui", "test('front desk login', async t => {\n    await t\n        .typeText('#f1', '«U»')\n        .typeText('#f2', '«P»')\n        .click('#go');\n});\n"),
    ("capybara_fill_in_with_option", "gui", "visit '/admin/login'\nfill_in 'f1', with: '«U»'\nfill_in 'f2', with: '«P»'\nclick_button 'Continue'\n"),
    ("uiautomator_uiobject_settext_single", "gui", "UiObject field2 = device.findObject(new UiSelector().resourceId(\"com.northloft.kiosk:id/field2\"));\nfield2.setText(\"«P»\");\n"),
    ("uipath_typeinto_text_attribute", "gui", "<ui:TypeInto DisplayName=\"Type Into 'Field2'\" Text=\"«P»\" DelayBetweenKeys=\"20\">\n  <ui:TypeInto.Target><ui:Target Selector=\"&lt;webctrl id='f2' /&gt;\" /></ui:TypeInto.Target>\n</ui:TypeInto>\n"),
    ("hammerspoon_eventtap_keystrokes_single", "gui", "hs.hotkey.bind({\"cmd\", \"alt\"}, \"K\", function()\n  hs.eventtap.keyStrokes(\"«P»\")\n  hs.eventtap.keyStroke({}, \"return\")\nend)\n"),
    # ---------------------------------------------------------------- sql
    ("sqlcipher_attach_database_key_clause", "sql", "ATTACH DATABASE 'visitors-encrypted.db' AS enc KEY '«P»';\nSELECT sqlcipher_export('enc');\nDETACH DATABASE enc;\n"),
    ("pgcrypto_pgp_sym_encrypt_second", "sql", "UPDATE members SET notes_enc = pgp_sym_encrypt(notes, '«P»') WHERE notes IS NOT NULL;\n"),
    ("mysql_aes_encrypt_second", "sql", "INSERT INTO door_pins (member_id, pin_enc) VALUES (4411, AES_ENCRYPT('4417', '«P»'));\n"),
    ("mssql_encryptbypassphrase_first", "sql", "UPDATE dbo.Visitors SET IdDocEnc = ENCRYPTBYPASSPHRASE('«P»', IdDoc);\n"),
    ("postgres_dblink_connect_u_p_positional", "sql", "SELECT dblink_connect('legacy', 'hostaddr=10.20.0.5 dbname=oldportal user=«U» password=«P»');\n"),
]
# the last entry uses a telling `password=` keyword and is written only as a spare (never kept)
SET_ASIDE = {"postgres_dblink_connect_u_p_positional": "uses a telling `password=` keyword inside the conninfo string",
             "rtsp_setup_url_userinfo_via_proxy_log": "near-duplicate of the RTSP / ffplay URL userinfo ideas of the earlier corpora",
             "rsync_daemon_url_stdin_echo": "the flag `--password-file=-` tells too much"}

B64_SYNTAXES = {"docker_config_json_auths_auth_b64": "user:password", "smtp_auth_plain_initial_response_b64": "NUL user NUL password"}
FW_COLS = (21, 40)   # 1-based inclusive columns of the fixed-width print-release file


def kept():
    return [s for s in SYNTAXES if s[0] not in SET_ASIDE]


def _fixed_width(rng, user):
    header = "STATION".ljust(10) + "USER".ljust(10) + "UNLOCK".ljust(20) + "QUOTA"
    row = ("PRS-%02d" % rng.randint(1, 20)).ljust(10) + user[:9].ljust(10) + MARK
    return header, row


def generate(reg, hidden):
    rng = random.Random(SEEDS["positional"])
    recs = []
    for name, cat, tpl in kept():
        user = rng.choice(["frontdesk", "kiosk", "svc-booking", "ops", "scanbot", "lockeragent", "printsvc", "roomsync",
                           "facilities", "community", "events", "nightmgr"]) + rs(rng, DIGITS, 2)
        host = rng.choice(["srv", "nas", "mq", "db", "ldap", "vc", "mail", "edge"]) + rs(rng, DIGITS, 2) + "." + \
            rng.choice(["northloft.lan", "dock4.internal", "cowork.lan"])
        pw = reg.draw(lambda: password(rng, strict=True))
        t = tpl.replace("«U»", user).replace("«H»", host).replace("«N»", rs(rng, DIGITS, 8)).replace("«N2»", rs(rng, DIGITS, 5))
        if name == "smbpasswd_s_stdin_printf_doubled":
            # the same password typed twice: label the first, the second copy would break "exactly once",
            # so the confirmation line holds an escaped form instead
            t = t.replace("'«P2»'", "\"$(cat /run/confirm)\"")
        if name in B64_SYNTAXES:
            raw = (user + ":" + pw) if name.startswith("docker") else ("\0" + user + "\0" + pw)
            value = base64.b64encode(raw.encode()).decode()
            reg.add(value)
            hidden.append(pw)
            t = t.replace("«B»", MARK)
        elif name == "print_release_station_fixed_width_cols_21_to_40":
            header, row = _fixed_width(rng, user)
            value = pw
            row = row.replace(MARK, MARK + " " * (20 - len(pw))) + "%04d" % rng.randint(50, 500)
            t = header + "\n" + row
        else:
            value = pw
            t = t.replace("«L»", str(len(pw))).replace("«P»", MARK)
        text, s, e = place(t, value)
        typ = PFX + name
        recs.append({"type": typ, "container": "%s__%s" % (typ, SUFFIX[cat]), "text": text,
                     "secrets": [span(text, s, e, typ)], "source": "password"})
    return recs
