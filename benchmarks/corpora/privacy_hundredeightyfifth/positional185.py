"""Password source: passwords passed by position / syntax, without a telling password= key."""
import base64, random
import common185 as C

SEED = 18503
PREFIX = "helmpw_"
SUFFIX = {"cli": "marina_admin_terminal_log", "lib": "yacht_club_code_snippet", "file": "berth_server_config_file",
          "proto": "marina_lan_packet_capture", "gui": "charter_portal_ui_test"}

# (syntax, category, template, encoding) ; encoding None = plain; 'b64_nul' = NUL user NUL pw;
# 'b64_colon' = user:pw ; 'b64_pw' = Base64 of the password alone. §U§ user, §H§ host, §V§ value
S = [
    # ---- command line: flags
    ("sqlcmd_capital_p_after_capital_u", "cli", "$ sqlcmd -S §H§,1433 -U §U§ -P §V§ -d FuelDockPOS -Q \"SELECT TOP 5 * FROM Sales\"\n"),
    ("bcp_out_capital_p_after_capital_u", "cli", "PS C:\\exports> bcp Charter.dbo.Bookings out bookings.dat -S §H§ -U §U§ -P §V§ -c\n"),
    ("lftp_lower_u_comma_pair", "cli", "$ lftp -u §U§,§V§ sftp://§H§ -e 'mirror -R results/ /www/results; bye'\n"),
    ("ncftpput_lower_p_after_lower_u", "cli", "$ ncftpput -u §U§ -p §V§ §H§ /incoming race-results-2025.html\n"),
    ("psexec_lower_p_after_lower_u", "cli", "C:\\Tools> PsExec.exe \\\\§H§ -u MARINA\\§U§ -p §V§ -h cmd /c ipconfig /flushdns\n"),
    ("schtasks_capital_rp_after_capital_ru", "cli", "C:\\> schtasks /Create /S §H§ /RU MARINA\\§U§ /RP §V§ /SC DAILY /ST 02:00 /TN BerthSync /TR C:\\berth\\sync.cmd\n"),
    ("cmdkey_add_slash_pass_colon", "cli", "C:\\> cmdkey /add:§H§ /user:MARINA\\§U§ /pass:§V§\n"),
    ("ipmitool_capital_p_after_capital_u", "cli", "$ ipmitool -I lanplus -H §H§ -U §U§ -P §V§ chassis power status\n"),
    ("racadm_remote_lower_p_after_lower_u", "cli", "$ racadm -r §H§ -u §U§ -p §V§ getsysinfo\n"),
    ("plink_pw_flag_batch", "cli", "C:\\> plink.exe -ssh §U§@§H§ -pw §V§ -batch \"systemctl restart signalk\"\n"),
    ("openssl_enc_lower_k_literal", "cli", "$ openssl enc -aes-256-cbc -pbkdf2 -salt -in crewlist.csv -out crewlist.csv.enc -k §V§\n"),
    ("sevenzip_glued_lower_p_archive", "cli", "$ 7z a -t7z -mhe=on -p§V§ survey-2025.7z surveys/\n"),
    ("rar_glued_lower_hp_archive", "cli", "$ rar a -hp§V§ insurance-certs.rar certs/\n"),
    ("keytool_storepass_after_keystore", "cli", "$ keytool -list -v -keystore charter-app-release.jks -storepass §V§\n"),
    ("curl_lower_u_colon_pair", "cli", "$ curl -sS -u §U§:§V§ https://§H§/api/berths?pontoon=C | jq '.[] | .berth'\n"),
    ("docker_login_lower_p_after_lower_u", "cli", "$ docker login registry.§H§ -u §U§ -p §V§\nWARNING! Using --password via the CLI is insecure.\n"),
    ("ldappasswd_lower_s_new_secret", "cli", "$ ldappasswd -H ldap://§H§ -x -D cn=admin,dc=club,dc=lan -W -s §V§ uid=§U§,ou=members,dc=club,dc=lan\n"),
    ("sqlplus_slash_pair_at_tns", "cli", "$ sqlplus §U§/§V§@MARINAPRD @berth_report.sql\n"),
    ("rman_target_slash_pair", "cli", "$ rman target §U§/§V§@CHARTERDB cmdfile=backup_full.rman\n"),
    ("db2_connect_using_clause", "cli", "$ db2 connect to FUELPOS user §U§ using §V§\n"),
    ("unixodbc_isql_third_positional", "cli", "$ isql -v RaceScoringDSN §U§ §V§\nSQL> SELECT COUNT(*) FROM entries;\n"),
    ("vertica_vsql_lower_w_after_capital_u", "cli", "$ vsql -h §H§ -U §U§ -w §V§ -c 'select * from telemetry.daily limit 5'\n"),
    ("mosquitto_pub_capital_p_after_lower_u", "cli", "$ mosquitto_pub -h §H§ -u §U§ -P §V§ -t marina/pontoon/c/meter/12 -m '{\"kwh\": 14.2}'\n"),
    ("wpa_cli_set_network_psk_quoted", "cli", "$ wpa_cli -i wlan0 set_network 0 psk '\"§V§\"'\nOK\n"),
    ("wget_ftp_url_userinfo", "cli", "$ wget ftp://§U§:§V§@§H§/grib/latest.grb2\n"),
    ("hg_clone_https_url_userinfo", "cli", "$ hg clone https://§U§:§V§@§H§/hg/race-scoring\n"),
    ("mount_smbfs_url_userinfo", "cli", "$ mount_smbfs //§U§:§V§@§H§/surveys /Volumes/surveys\n"),
    ("net_use_drive_second_positional", "cli", "C:\\> net use S: \\\\§H§\\surveys §V§ /user:MARINA\\§U§ /persistent:no\n"),
    ("git_remote_set_url_userinfo", "cli", "$ git remote set-url origin https://§U§:§V§@§H§/club/results-site.git\n"),
    ("nats_cli_server_url_userinfo", "cli", "$ nats --server nats://§U§:§V§@§H§:4222 sub 'boat.*.telemetry'\n"),
    ("goproxy_env_url_userinfo", "cli", "$ GOPROXY=https://§U§:§V§@§H§/go,direct go mod download\n"),
    ("https_proxy_env_url_userinfo", "cli", "$ export https_proxy=http://§U§:§V§@§H§:3128\n$ apt-get update\n"),
    ("security_unlock_keychain_lower_p", "cli", "$ security unlock-keychain -p §V§ ~/Library/Keychains/build.keychain-db\n"),
    ("gocryptfs_extpass_echo_command", "cli", "$ gocryptfs -extpass \"echo §V§\" ~/surveys.enc ~/surveys\n"),
    ("sudo_capital_s_stdin_echo", "cli", "$ echo §V§ | sudo -S systemctl restart chirpstack\n"),
    ("kinit_stdin_echo_principal", "cli", "$ echo §V§ | kinit §U§@MARINA.LAN\n"),
    ("zfs_load_key_stdin_echo", "cli", "$ echo §V§ | zfs load-key tank/surveys && zfs mount tank/surveys\n"),
    ("openssl_passin_stdin_echo", "cli", "$ echo §V§ | openssl rsa -in berthapp.key -passin stdin -out berthapp.nopass.key\n"),
    ("hdiutil_attach_stdinpass_printf", "cli", "$ printf '§V§' | hdiutil attach -stdinpass CrewPassports.dmg\n"),
    ("gpg_batch_passphrase_fd_zero_echo", "cli", "$ echo §V§ | gpg --batch --passphrase-fd 0 -d insurance-2025.tar.gpg > insurance-2025.tar\n"),
    ("smbpasswd_yes_head_two_stdin", "cli", "$ yes '§V§' | head -n 2 | smbpasswd -s -a §U§\nAdded user §U§.\n"),
    ("expect_send_after_prompt_match", "cli", "#!/usr/bin/expect -f\nspawn ssh §U§@§H§\nexpect \"assword:\"\nsend \"§V§\\r\"\ninteract\n"),
    ("winscp_com_open_sftp_url_userinfo", "cli", "C:\\> winscp.com /command \"open sftp://§U§:§V§@§H§/\" \"put results.html /www/\" \"exit\"\n"),
    # ---- library call argument positions
    ("python_smtplib_login_second", "lib", "import smtplib\n\nwith smtplib.SMTP_SSL('§H§', 465) as s:\n    s.login('§U§', '§V§')\n    s.send_message(msg)\n"),
    ("python_imaplib_login_second", "lib", "import imaplib\n\nM = imaplib.IMAP4_SSL('§H§')\nM.login('§U§', '§V§')\nM.select('INBOX/enrolments')\n"),
    ("python_ftplib_login_method_second", "lib", "from ftplib import FTP_TLS\n\nftp = FTP_TLS('§H§')\nftp.login('§U§', '§V§')\nftp.prot_p()\n"),
    ("python_paramiko_connect_fourth_positional", "lib", "import paramiko\n\nc = paramiko.SSHClient()\nc.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nc.connect('§H§', 22, '§U§', '§V§')\n"),
    ("python_requests_auth_tuple_second", "lib", "import requests\n\nr = requests.get('https://§H§/api/v1/meters', auth=('§U§', '§V§'), timeout=10)\n"),
    ("python_aiohttp_basicauth_second", "lib", "import aiohttp\n\nauth = aiohttp.BasicAuth('§U§', '§V§')\nasync with aiohttp.ClientSession(auth=auth) as s:\n    ...\n"),
    ("python_redis_from_url_empty_user", "lib", "import redis\n\nr = redis.Redis.from_url('redis://:§V§@§H§:6379/2')\n"),
    ("python_pikepdf_open_second", "lib", "import pikepdf\n\nwith pikepdf.open('hull-survey-2025.pdf', '§V§') as pdf:\n    pdf.save('hull-survey-2025-open.pdf')\n"),
    ("python_win32security_logonuser_third", "lib", "import win32security, win32con\n\nh = win32security.LogonUser('§U§', 'MARINA', '§V§',\n                             win32con.LOGON32_LOGON_NETWORK, win32con.LOGON32_PROVIDER_DEFAULT)\n"),
    ("python_ldap_simple_bind_s_second", "lib", "import ldap\n\nconn = ldap.initialize('ldap://§H§')\nconn.simple_bind_s('uid=§U§,ou=members,dc=club,dc=lan', '§V§')\n"),
    ("python_pexpect_sendline_after_expect", "lib", "import pexpect\n\nchild = pexpect.spawn('ssh §U§@§H§')\nchild.expect('assword:')\nchild.sendline('§V§')\n"),
    ("python_sqlalchemy_url_create_third", "lib", "from sqlalchemy import URL, create_engine\n\nurl = URL.create('postgresql+psycopg', '§U§', '§V§', '§H§', 5432, 'berths')\nengine = create_engine(url)\n"),
    ("python_bcrypt_hashpw_first", "lib", "import bcrypt\n\nseed_hash = bcrypt.hashpw(b'§V§', bcrypt.gensalt())  # initial harbourmaster login\n"),
    ("node_bcrypt_hash_first", "lib", "const bcrypt = require('bcrypt');\n\nconst seedHash = await bcrypt.hash('§V§', 12); // default skipper login\n"),
    ("node_crypto_pbkdf2sync_first", "lib", "const crypto = require('crypto');\n\nconst key = crypto.pbkdf2Sync('§V§', salt, 210000, 32, 'sha512');\n"),
    ("node_ioredis_auth_single", "lib", "const Redis = require('ioredis');\nconst redis = new Redis({ host: '§H§' });\nawait redis.auth('§V§');\n"),
    ("node_mongoose_connect_uri_userinfo", "lib", "await mongoose.connect('mongodb://§U§:§V§@§H§:27017/charter?authSource=admin');\n"),
    ("node_buffer_from_colon_pair_basic", "lib", "const basic = Buffer.from('§U§:§V§').toString('base64');\nheaders.Authorization = `Basic ${basic}`;\n"),
    ("java_drivermanager_getconnection_third", "lib", "Connection c = DriverManager.getConnection(\n    \"jdbc:postgresql://§H§:5432/scoring\", \"§U§\", \"§V§\");\n"),
    ("java_keystore_load_tochararray_second", "lib", "KeyStore ks = KeyStore.getInstance(\"PKCS12\");\ntry (InputStream in = new FileInputStream(\"portcall-client.p12\")) {\n    ks.load(in, \"§V§\".toCharArray());\n}\n"),
    ("java_commons_net_ftpclient_login_second", "lib", "FTPClient ftp = new FTPClient();\nftp.connect(\"§H§\");\nftp.login(\"§U§\", \"§V§\");\n"),
    ("kotlin_okhttp_credentials_basic_second", "lib", "val credential = Credentials.basic(\"§U§\", \"§V§\")\nval req = Request.Builder().url(\"https://§H§/api/tides\").header(\"Authorization\", credential).build()\n"),
    ("csharp_networkcredential_ctor_second", "lib", "var client = new SmtpClient(\"§H§\", 587)\n{\n    EnableSsl = true,\n    Credentials = new NetworkCredential(\"§U§\", \"§V§\")\n};\n"),
    ("csharp_x509certificate2_ctor_second", "lib", "var cert = new X509Certificate2(\"port-authority-client.pfx\", \"§V§\");\nhandler.ClientCertificates.Add(cert);\n"),
    ("go_url_userpassword_second", "lib", "u := &url.URL{Scheme: \"https\", Host: \"§H§\", Path: \"/api/berths\"}\nu.User = url.UserPassword(\"§U§\", \"§V§\")\n"),
    ("go_sql_open_mysql_dsn_colon_pair", "lib", "db, err := sql.Open(\"mysql\", \"§U§:§V§@tcp(§H§:3306)/fueldock?parseTime=true\")\n"),
    ("go_request_setbasicauth_second", "lib", "req, _ := http.NewRequest(\"GET\", \"https://§H§/v2/vessels\", nil)\nreq.SetBasicAuth(\"§U§\", \"§V§\")\n"),
    ("rust_reqwest_basic_auth_some_second", "lib", "let res = client\n    .get(\"https://§H§/api/ais/latest\")\n    .basic_auth(\"§U§\", Some(\"§V§\"))\n    .send()\n    .await?;\n"),
    ("ruby_net_ftp_login_second", "lib", "require 'net/ftp'\n\nNet::FTP.open('§H§') do |ftp|\n  ftp.login('§U§', '§V§')\n  ftp.putbinaryfile('results.html')\nend\n"),
    ("ruby_net_http_basic_auth_second", "lib", "req = Net::HTTP::Get.new(URI('https://§H§/api/entries'))\nreq.basic_auth '§U§', '§V§'\n"),
    ("php_mysqli_ctor_third", "lib", "<?php\n$db = new mysqli('§H§', '§U§', '§V§', 'sailing_school');\n"),
    ("php_ftp_login_third", "lib", "<?php\n$conn = ftp_connect('§H§');\nftp_login($conn, '§U§', '§V§');\n"),
    ("php_imap_open_third", "lib", "<?php\n$mbox = imap_open('{§H§:993/imap/ssl}INBOX', '§U§', '§V§');\n"),
    ("perl_dbi_connect_third", "lib", "my $dbh = DBI->connect('dbi:Pg:dbname=scoring;host=§H§', '§U§', '§V§', { RaiseError => 1 });\n"),
    ("powershell_convertto_securestring_literal", "lib", "$sec = ConvertTo-SecureString '§V§' -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential('MARINA\\§U§', $sec)\n"),
    ("vbscript_adodb_connection_open_third", "lib", "Set conn = CreateObject(\"ADODB.Connection\")\nconn.Open \"DSN=FuelDockPOS\", \"§U§\", \"§V§\"\n"),
    ("jdbc_oracle_thin_slash_pair", "lib", "datasource.url=jdbc:oracle:thin:§U§/§V§@//§H§:1521/CHARTER\n"),
    # ---- SQL
    ("sqlcipher_pragma_key_quoted", "lib", "sqlite> PRAGMA key = '§V§';\nsqlite> SELECT count(*) FROM crew_members;\n"),
    ("mysql_aes_encrypt_second_argument", "lib", "UPDATE crew SET passport_no = AES_ENCRYPT(passport_no, '§V§') WHERE voyage_id = 311;\n"),
    ("postgres_pgp_sym_encrypt_second", "lib", "INSERT INTO survey_docs (vessel, blob) VALUES ('Blue Tern', pgp_sym_encrypt(:doc, '§V§'));\n"),
    ("mssql_openrowset_semicolon_third", "lib", "SELECT * FROM OPENROWSET('SQLNCLI', '§H§';'§U§';'§V§', 'SELECT * FROM FuelDock.dbo.Pumps');\n"),
    ("mssql_sp_addlinkedsrvlogin_fifth", "lib", "EXEC sp_addlinkedsrvlogin 'MARINA_ERP', 'false', NULL, '§U§', '§V§';\n"),
    # ---- files with fixed column order
    ("ppp_chap_secrets_third_column", "file", "# /etc/ppp/chap-secrets (4G uplink on the fuel dock)\n# client\tserver\tsecret\t\tIP addresses\n§U§\t*\t§V§\t*\n"),
    ("strongswan_ipsec_secrets_psk_quoted", "file", "# /etc/ipsec.secrets\n§H§ 0.0.0.0/0 : PSK \"§V§\"\n"),
    ("exim_passwd_client_colon_triple", "file", "# /etc/exim4/passwd.client\n*.§H§:§U§:§V§\n"),
    ("ntp_keys_file_third_column", "file", "# /etc/ntp.keys (start-hut clock)\n# keyid type key\n11 M §V§\n"),
    ("snmpd_conf_rocommunity_second", "file", "# /etc/snmp/snmpd.conf on the shore-power gateway\nsysLocation Pontoon C\nrocommunity §V§ 10.20.0.0/16\n"),
    ("davfs2_secrets_url_user_third", "file", "# /etc/davfs2/secrets\nhttps://§H§/remote.php/dav/files/§U§ §U§ §V§\n"),
    ("yum_repo_baseurl_userinfo", "file", "[marina-internal]\nname=Marina internal packages\nbaseurl=https://§U§:§V§@§H§/rpm/el9/\ngpgcheck=1\n"),
    ("npmrc_legacy_auth_b64_colon_pair", "file", "registry=https://§H§/npm/\nalways-auth=true\n_auth=§V§\n", "b64_colon"),
    ("rtsp_camera_url_in_frigate_yaml", "file", "cameras:\n  pontoon_c:\n    ffmpeg:\n      inputs:\n        - path: rtsp://§U§:§V§@§H§:554/Streaming/Channels/101\n          roles: [detect, record]\n"),
    ("berth_meter_gateway_users_tsv_third", "file", "# meter-gw users (login<TAB>role<TAB>secret<TAB>pontoons)\n§U§\tservice\t§V§\tA,B,C\n"),
    ("regatta_scorer_csv_fourth_column", "file", "club,scorer,email,pin_phrase,series\nHSC,§U§,scoring@§H§,§V§,Autumn\n"),
    ("fuel_pump_console_fixed_width_cols_17_to_36", "file", "# pump console operators, fixed width: 1-16 login, 17-36 secret, 37-40 level\n" + "§U§".ljust(1) + "§PAD§§V§§PAD2§0003\n"),
    ("crew_list_sftp_batch_ini_comma_third", "file", "[upload]\ntarget=§H§,§U§,§V§,/inbox/crewlists\n"),
    ("charter_base_key_safe_pipe_fourth", "file", "# keysafe.dat  base|boat|slot|code\nLEFKAS|Blue Tern|07|§V§\n"),
    ("ais_station_conf_colon_third", "file", "# aisfwd stations  id:host:secret:port\nst42:§H§:§V§:5631\n"),
    # ---- protocol exchanges
    ("ftp_control_channel_pass_line", "proto", "220 results-ftp ready\nUSER §U§\n331 Please specify the password.\nPASS §V§\n230 Login successful.\n"),
    ("smtp_auth_login_second_b64_line", "proto", "C: EHLO scorer.yachtclub.lan\nS: 250-AUTH LOGIN PLAIN\nC: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: §U64§\nS: 334 UGFzc3dvcmQ6\nC: §V§\nS: 235 2.7.0 Authentication successful\n", "b64_pw"),
    ("proxy_authorization_basic_b64", "proto", "CONNECT api.§H§:443 HTTP/1.1\nHost: api.§H§:443\nProxy-Authorization: Basic §V§\n\n", "b64_colon"),
    ("xmpp_sasl_plain_auth_element_b64", "proto", "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>PLAIN</mechanism></mechanisms></stream:features>\n<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>§V§</auth>\n<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>\n", "b64_nul"),
    ("irc_nickserv_identify_privmsg", "proto", ":§U§!~§U§@10.20.4.17 JOIN #race-committee\nPRIVMSG NickServ :IDENTIFY §V§\n:NickServ!services@irc NOTICE §U§ :You are now identified.\n"),
    ("at_cgauth_fourth_parameter", "proto", ">> AT+CGDCONT=1,\"IP\",\"marina.m2m\"\nOK\n>> AT+CGAUTH=1,1,\"§U§\",\"§V§\"\nOK\n"),
    ("quectel_at_qicsgp_fifth_parameter", "proto", ">> AT+QICSGP=1,1,\"marina.m2m\",\"§U§\",\"§V§\",1\nOK\n"),
    ("proprietary_nmea_login_sentence_third_field", "proto", "§NMEA§\n"),
    # ---- UI automation
    ("robot_framework_input_text_second", "gui", "*** Test Cases ***\nSkipper Can Log In\n    Open Browser    https://§H§/login    chrome\n    Input Text    id:field-1    §U§\n    Input Text    id:field-2    §V§\n    Click Button    id:submit\n"),
    ("webdriverio_addvalue_single", "gui", "await $('#f1').addValue('§U§');\nawait $('#f2').addValue('§V§');\nawait $('button[type=submit]').click();\n"),
    ("puppeteer_page_type_second", "gui", "await page.goto('https://§H§/admin');\nawait page.type('#f1', '§U§');\nawait page.type('#f2', '§V§');\nawait page.click('#go');\n"),
    ("selenium_java_sendkeys_single", "gui", "driver.findElement(By.id(\"f1\")).sendKeys(\"§U§\");\ndriver.findElement(By.id(\"f2\")).sendKeys(\"§V§\");\ndriver.findElement(By.id(\"go\")).click();\n"),
    ("pywinauto_type_keys_single", "gui", "app = Application(backend='uia').start(r'C:\\FuelDock\\PosAdmin.exe')\ndlg = app.window(title='Fuel Dock POS')\ndlg.Edit1.type_keys('§U§')\ndlg.Edit2.type_keys('§V§{ENTER}', with_spaces=True)\n"),
    ("pyautogui_write_single", "gui", "import pyautogui\npyautogui.click(640, 410)\npyautogui.write('§V§', interval=0.05)\npyautogui.press('enter')\n"),
    ("espresso_typetext_single", "gui", "onView(withId(R.id.field1)).perform(typeText(\"§U§\"))\nonView(withId(R.id.field2)).perform(typeText(\"§V§\"), closeSoftKeyboard())\n"),
    ("xcuitest_textfield_typetext_single", "gui", "let f2 = app.textFields[\"field2\"]\nf2.tap()\nf2.typeText(\"§V§\")\napp.buttons[\"Sign in\"].tap()\n"),
    ("wscript_shell_sendkeys_literal", "gui", "Set sh = CreateObject(\"WScript.Shell\")\nsh.AppActivate \"Berth Manager\"\nsh.SendKeys \"§V§~\"\n"),
    ("winforms_sendkeys_sendwait_literal", "gui", "Add-Type -AssemblyName System.Windows.Forms\n[System.Windows.Forms.SendKeys]::SendWait('§V§{ENTER}')\n"),
]

SPARE = ["rar_glued_lower_hp_archive"]  # near-duplicate of the 7z form; kept written, unused


def _nmea_sentence(user, pw):
    body = "PHSCL,LOGIN," + user + "," + pw + ",1"
    cs = 0
    for ch in body:
        cs ^= ord(ch)
    return "$" + body + "*%02X" % cs


def nmea_ok(sentence):
    b, cs = sentence[1:].split("*")
    x = 0
    for ch in b:
        x ^= ord(ch)
    return "%02X" % x == cs


USERS = ["harbourmaster", "race_officer", "svc_meter", "dockhand", "bosun", "scorer", "charter_ops", "svc_crewlist",
         "fuelpos", "marina_admin", "skipper01", "results"]
HOSTS = ["scoring.yachtclub.lan", "meters.marina.local", "pos.fueldock.lan", "files.surveydocs.internal",
         "10.20.4.17", "192.168.8.40", "charter.harbourops.internal", "repo.marina.internal", "berths.marina.internal"]


def generate(reg):
    rng = random.Random(SEED)
    out = []
    hidden = []
    for ent in S:
        name, cat, tpl = ent[0], ent[1], ent[2]
        enc = ent[3] if len(ent) > 3 else None
        if name in SPARE:
            continue
        user = rng.choice(USERS)
        host = rng.choice(HOSTS)
        kw = dict(U=user, H=host)
        if enc is None:
            v = reg.draw(lambda: C.password(rng, strict=True))
        else:
            pw = reg.draw(lambda: C.password(rng, strict=True))
            hidden.append(pw)
            if enc == "b64_nul":
                raw = "\0" + user + "\0" + pw
            elif enc == "b64_colon":
                raw = user + ":" + pw
            else:
                raw = pw
            v = reg.add(base64.b64encode(raw.encode()).decode())
            kw["U64"] = base64.b64encode(user.encode()).decode()
        if "§PAD§" in tpl:
            kw["PAD"] = " " * (16 - len(user))
            kw["PAD2"] = " " * (20 - len(v))
        if "§NMEA§" in tpl:
            sent = _nmea_sentence(user, v)
            tpl = "$ nc 10.20.4.50 10110 | grep PHSCL\n" + sent.replace(v, "§V§") + "\n$PHSCL,ACK,LOGIN,OK*" + "%02X" % _xor("PHSCL,ACK,LOGIN,OK")
            tpl = tpl + "\n"
        text, s, e = C.fill(tpl, v, **kw)
        out.append(dict(type=PREFIX + name, container=PREFIX + name + "__" + SUFFIX[cat], text=text, value=v,
                        start=s, end=e, source="password", encoding=enc))
    return out, hidden


def _xor(b):
    x = 0
    for ch in b:
        x ^= ord(ch)
    return x
