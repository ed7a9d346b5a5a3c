"""Password source: passwords passed by position, without a telling password= key."""
import base64
import random
from common187 import SEEDS, owner_password, fill, neighbours

PW_PREFIX = "thriftpw_"
SUFFIX = {"cli": "charity_ops_terminal_history", "lib": "donation_app_source_excerpt",
          "file": "shop_server_config_file", "proto": "store_lan_packet_capture",
          "gui": "resale_portal_ui_test_script"}

# (syntax, category, template, value kind). value kinds: pw (the password itself), b64pw (Base64 of the
# password), b64up (Base64 of user:password), b64nul (Base64 of NUL user NUL password)
S = [
    # ---------------- command line ----------------
    ("sqlcmd_capital_p_after_capital_u", "cli", "PS C:\\ops> sqlcmd -S @H@ -U @U@ -P @V@ -d GiftAid -Q \"SELECT COUNT(*) FROM Declarations\"\n-----------\n      48211\n"),
    ("bcp_export_capital_p_after_capital_u", "cli", "C:\\ops> bcp GiftAid.dbo.Donors out donors.dat -S @H@ -U @U@ -P @V@ -c\nStarting copy...\n"),
    ("mongosh_srv_uri_userinfo", "cli", "$ mongosh \"mongodb+srv://@U@:@V@@listings.cluster0.example-mongo.net/resale\" --quiet\n"),
    ("unixodbc_isql_dsn_third_positional", "cli", "$ isql -v GIFTAID_DSN @U@ @V@\n+---------------------------------------+\n| Connected!                            |\n"),
    ("sqlplus_userid_slash_at_connect_string", "cli", "$ sqlplus -s @U@/@V@@//@H@:1521/DONORS @report.sql\n"),
    ("db2_connect_to_using_clause", "cli", "$ db2 connect to DONORDB user @U@ using @V@\n\n   Database Connection Information\n"),
    ("pg_dump_dbname_uri_userinfo", "cli", "$ pg_dump --dbname=postgresql://@U@:@V@@@H@:5432/giftaid -Fc -f giftaid_@D@.dump\n"),
    ("vertica_vsql_lower_w_after_capital_u", "cli", "$ vsql -h @H@ -U @U@ -w @V@ -c \"select count(*) from sales.till_lines\"\n"),
    ("lftp_lower_u_comma_pair", "cli", "$ lftp -u @U@,@V@ sftp://@H@ -e \"mirror --reverse ./tickets /inbox; bye\"\n"),
    ("ncftpput_lower_p_after_lower_u", "cli", "$ ncftpput -u @U@ -p @V@ @H@ /incoming weighbridge_@D@.csv\n"),
    ("wget_ftp_url_userinfo", "cli", "$ wget -q ftp://@U@:@V@@@H@/exports/gift_aid_@D@.csv\n"),
    ("smbmap_lower_p_after_lower_u", "cli", "$ smbmap -H @H@ -u @U@ -p @V@ -d SHOPS\n[+] IP: @H@:445  Name: backoffice\n"),
    ("psexec_lower_p_after_lower_u", "cli", "C:\\tools> PsExec.exe \\\\TILL-@N@ -u SHOP\\@U@ -p @V@ cmd /c \"ipconfig /all\"\n"),
    ("schtasks_create_slash_rp_after_slash_ru", "cli", "C:\\> schtasks /Create /TN \"Nightly till export\" /TR C:\\till\\export.cmd /SC DAILY /ST 23:30 /RU SHOP\\@U@ /RP @V@\nSUCCESS: The scheduled task \"Nightly till export\" has successfully been created.\n"),
    ("net_use_drive_positional_before_slash_user", "cli", "C:\\> net use S: \\\\@H@\\stockroom @V@ /user:SHOP\\@U@ /persistent:no\nThe command completed successfully.\n"),
    ("winscp_open_sftp_url_userinfo", "cli", "C:\\> winscp.com /command \"open sftp://@U@:@V@@@H@/ -hostkey=*\" \"put C:\\tickets\\*.csv /in/\" \"exit\"\n"),
    ("sevenzip_glued_lower_p_extract", "cli", "$ 7z x donor_export_@D@.7z -p@V@ -o./import\n\nEverything is Ok\n"),
    ("openssl_enc_lower_k_flag", "cli", "$ openssl enc -d -aes-256-cbc -pbkdf2 -in rota_backup.tar.enc -out rota_backup.tar -k @V@\n"),
    ("mutool_draw_lower_p_flag", "cli", "$ mutool draw -p @V@ -o page%d.png trustee_pack_@D@.pdf 1-3\n"),
    ("ssh_keygen_capital_n_new_passphrase", "cli", "$ ssh-keygen -t ed25519 -C \"van-tablet-@N@\" -N @V@ -f ~/.ssh/van_tablet\n"),
    ("cryptsetup_open_key_file_stdin_echo", "cli", "# echo -n @V@ | cryptsetup open --key-file=- /dev/sdb1 donorvault\n"),
    ("ipmitool_capital_p_after_capital_u", "cli", "$ ipmitool -I lanplus -H @H@ -U @U@ -P @V@ chassis power status\nChassis Power is on\n"),
    ("racadm_lower_p_after_lower_u", "cli", "$ racadm -r @H@ -u @U@ -p @V@ getsysinfo\n"),
    ("expect_send_after_prompt_match", "cli", "#!/usr/bin/expect -f\nspawn ssh @U@@@H@\nexpect \"assword:\"\nsend \"@V@\\r\"\ninteract\n"),
    ("screen_stuff_keystrokes", "cli", "$ screen -S weighbridge -X stuff \"@V@$(printf \\\\r)\"\n"),
    ("git_clone_https_url_userinfo", "cli", "$ git clone https://@U@:@V@@git.charityretail.internal/ops/intake-app.git\n"),
    ("pip_install_index_url_userinfo", "cli", "$ pip install --index-url https://@U@:@V@@pypi.charityretail.internal/simple/ giftaid-tools==2.4.1\n"),
    ("minio_mc_alias_set_fourth_positional", "cli", "$ mc alias set photos https://@H@:9000 @U@ @V@\nAdded `photos` successfully.\n"),
    ("redis_cli_lower_u_uri_userinfo", "cli", "$ redis-cli -u redis://default:@V@@@H@:6379/2 KEYS 'listing:*'\n"),
    ("nats_cli_server_url_userinfo", "cli", "$ nats sub -s nats://@U@:@V@@@H@:4222 'vans.*.position'\n"),
    ("mosquitto_pub_capital_p_after_lower_u", "cli", "$ mosquitto_pub -h @H@ -u @U@ -P @V@ -t depot/@N@/cmd -m reboot\n"),
    ("kinit_principal_stdin_echo", "cli", "$ echo @V@ | kinit @U@@CHARITYRETAIL.INTERNAL\n"),
    ("wpa_cli_set_network_psk_quoted", "cli", "$ wpa_cli -i wlan0 set_network 1 ssid '\"Stockroom-WiFi\"'\nOK\n$ wpa_cli -i wlan0 set_network 1 psk '\"@V@\"'\nOK\n"),
    ("rasdial_entry_third_positional", "cli", "C:\\> rasdial \"Charity HQ VPN\" @U@ @V@\nConnecting to Charity HQ VPN...\nCommand completed successfully.\n"),
    ("ovftool_vi_locator_userinfo", "cli", "$ ovftool vi://root:@V@@@H@/wms-vm ./wms-vm.ova\n"),
    ("nagios_check_http_lower_a_colon_pair", "cli", "$ /usr/lib/nagios/plugins/check_http -H @H@ -u /status -a @U@:@V@\nHTTP OK: HTTP/1.1 200 OK\n"),
    ("nagios_check_mysql_lower_p_after_lower_u", "cli", "$ /usr/lib/nagios/plugins/check_mysql -H @H@ -u @U@ -p @V@ -d rota\nUptime: 86400  Threads: 3\n"),
    ("snmpwalk_v3_capital_x_priv_passphrase", "cli", "$ snmpwalk -v3 -l authPriv -u @U@ -a SHA -A Authphrase2024x -x AES -X @V@ @H@ ifDescr\n"),
    ("mega_cmd_login_second_positional", "cli", "$ mega-login it@charityfinds.org.uk @V@\n$ mega-put ./photos_@D@ /listings/\n"),
    ("ffmpeg_rtsp_input_url_userinfo", "cli", "$ ffmpeg -rtsp_transport tcp -i rtsp://@U@:@V@@@H@:554/stream1 -frames:v 1 loadingbay.jpg\n"),
    ("mount_smbfs_slashslash_userinfo", "cli", "$ mount_smbfs //@U@:@V@@@H@/donations /Volumes/donations\n"),
    ("transmission_remote_lower_n_colon_pair", "cli", "$ transmission-remote @H@:9091 -n @U@:@V@ -l\n"),
    ("powershell_convertto_securestring_plaintext", "cli", "PS> $sec = ConvertTo-SecureString '@V@' -AsPlainText -Force\nPS> $cred = New-Object PSCredential('SHOP\\@U@', $sec)\n"),
    ("sqlcipher_pragma_key_quoted", "cli", "$ sqlcipher volunteers.db\nsqlite> PRAGMA key = '@V@';\nsqlite> SELECT count(*) FROM volunteers;\n412\n"),
    ("oracle_alter_user_identified_by", "cli", "SQL> ALTER USER @U@ IDENTIFIED BY @V@ ACCOUNT UNLOCK;\n\nUser altered.\n"),
    ("tsql_sp_addlogin_second_positional", "cli", "1> EXEC sp_addlogin '@U@', '@V@', 'GiftAid';\n2> GO\n"),
    ("https_proxy_env_url_userinfo", "cli", "$ export https_proxy=http://@U@:@V@@proxy.charityretail.internal:3128\n$ curl -sI https://api.example-marketplace.com/health\n"),
    # ---------------- files with a fixed layout ----------------
    ("davfs2_secrets_third_column", "file", "# /etc/davfs2/secrets\n# mount point / URL          user        secret\nhttps://@H@/remote.php/dav  @U@  @V@\n"),
    ("strongswan_ipsec_secrets_psk_quoted", "file", "# /etc/ipsec.secrets\n@H@ %any : PSK \"@V@\"\n"),
    ("exim4_passwd_client_third_field", "file", "# /etc/exim4/passwd.client\n# target.mail.server.example:login:password\nsmtp.charityretail.internal:@U@:@V@\n"),
    ("lighttpd_plain_userfile_colon_pair", "file", "# /etc/lighttpd/rota.user (auth.backend = \"plain\")\n@U@:@V@\n"),
    ("ppp_chap_secrets_third_column", "file", "# /etc/ppp/chap-secrets\n# client        server  secret          IP addresses\n\"@U@\"   *   \"@V@\"   *\n"),
    ("yum_repo_baseurl_userinfo", "file", "[charity-internal]\nname=Charity internal packages\nbaseurl=https://@U@:@V@@repo.charityretail.internal/el9/$basearch/\ngpgcheck=1\n"),
    ("till_operator_csv_third_column", "file", "operator_id,display_name,pin_code,role\n07,Till Volunteer,4471,cashier\n@N@,@U@,@V@,manager\n"),
    ("label_printer_admin_pipe_second_field", "file", "# printers.txt  name|admin|model\nZD421-shop@S@|@V@|ZD421\n"),
    ("van_tablet_fixed_width_cols_33_to_52", "file", "VAN  DEPOT  DRIVER_LOGIN        UNLOCK              ROUTE\n@S@  D07    @U@@PADU@@V@@PADV@R-@N@\n"),
    ("weighbridge_terminal_semicolon_third", "file", "; terminals.cfg  id;operator;code;printer\nWB1;@U@;@V@;LPT1\n"),
    ("volunteer_kiosk_tsv_fourth_column", "file", "kiosk\tshop\tlogin\tunlock\tnotes\nK@N@\t@S@\t@U@\t@V@\tfront counter\n"),
    ("sorting_scanner_json_array_second", "file", "{\"scanner\": \"SL-@S@\", \"login\": [\"@U@\", \"@V@\"], \"beep\": true}\n"),
    ("gift_aid_batch_header_colon_fourth", "file", "HDR:GA@N@:@D@:@V@:R2\nDON:000001:25.00:Y\nDON:000002:10.00:Y\n"),
    # ---------------- protocol exchanges ----------------
    ("weighbridge_indicator_logon_frame_second_token", "proto", "TX> <STX>LOGON @U@ @V@<ETX>\nRX> <STX>OK 00<ETX>\nTX> <STX>WEIGH G<ETX>\n"),
    ("pos_till_serial_soh_login_frame", "proto", "[COM4 9600 8N1]\n-> SOH 0x01 | LGN | @N@ | @V@ | EOT\n<- ACK\n"),
    ("smtp_auth_login_second_b64_line", "proto", "C: EHLO rota.volunteers.lan\nS: 250-AUTH LOGIN PLAIN\nC: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: @B64U@\nS: 334 UGFzc3dvcmQ6\nC: @V@\nS: 235 2.7.0 Authentication successful\n", "b64pw"),
    ("http_authorization_basic_b64_pair", "proto", "GET /api/v2/stock HTTP/1.1\nHost: @H@\nAuthorization: Basic @V@\nAccept: application/json\n", "b64up"),
    ("xmpp_sasl_plain_auth_element_b64", "proto", "SENT: <auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>@V@</auth>\nRECV: <success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>\n", "b64nul"),
    ("irc_nickserv_identify_privmsg", "proto", ":@U@!~@U@@10.40.2.15 NICK @U@\nPRIVMSG NickServ :IDENTIFY @V@\n:NickServ!services@irc.charityretail.internal NOTICE @U@ :You are now identified\n"),
    # ---------------- library call positions ----------------
    ("python_mysqldb_connect_third_positional", "lib", "import MySQLdb\n\ndb = MySQLdb.connect(\"@H@\", \"@U@\", \"@V@\", \"rota\")\n"),
    ("python_ftplib_ftp_ctor_third_positional", "lib", "from ftplib import FTP\n\nwith FTP(\"@H@\", \"@U@\", \"@V@\") as ftp:\n    ftp.storbinary(\"STOR tickets.csv\", fh)\n"),
    ("python_redis_from_url_empty_user_userinfo", "lib", "import redis\n\ncache = redis.Redis.from_url(\"redis://:@V@@@H@:6379/0\")\n"),
    ("python_sqlalchemy_create_engine_url_userinfo", "lib", "from sqlalchemy import create_engine\n\nengine = create_engine(\"mysql+pymysql://@U@:@V@@@H@/giftaid\", pool_pre_ping=True)\n"),
    ("python_requests_auth_tuple_second", "lib", "resp = requests.get(\"https://@H@/api/listings\", auth=(\"@U@\", \"@V@\"), timeout=10)\n"),
    ("python_aiohttp_basicauth_second", "lib", "auth = aiohttp.BasicAuth(\"@U@\", \"@V@\")\nasync with aiohttp.ClientSession(auth=auth) as s:\n    ...\n"),
    ("python_paramiko_sshclient_connect_fourth_positional", "lib", "client = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nclient.connect(\"@H@\", 22, \"@U@\", \"@V@\")\n"),
    ("python_pexpect_sendline_after_expect", "lib", "child = pexpect.spawn(\"sftp @U@@@H@\")\nchild.expect(\"assword:\")\nchild.sendline(\"@V@\")\n"),
    ("python_msoffcrypto_load_key_first_positional", "lib", "office = msoffcrypto.OfficeFile(open(\"volunteer_hours.xlsx\", \"rb\"))\noffice.load_key(\"@V@\")\noffice.decrypt(out)\n"),
    ("python_pymupdf_authenticate_single", "lib", "doc = fitz.open(\"gift_aid_claim_@D@.pdf\")\nif doc.needs_pass:\n    doc.authenticate(\"@V@\")\n"),
    ("python_pyjwt_encode_second_positional", "lib", "token = jwt.encode({\"sub\": \"intake-tablet-@N@\"}, \"@V@\", algorithm=\"HS256\")\n"),
    ("python_hmac_new_key_first", "lib", "sig = hmac.new(b\"@V@\", body, hashlib.sha256).hexdigest()\n"),
    ("python_itsdangerous_serializer_first", "lib", "s = URLSafeTimedSerializer(\"@V@\", salt=\"volunteer-invite\")\n"),
    ("node_crypto_pbkdf2sync_first", "lib", "const key = crypto.pbkdf2Sync('@V@', salt, 210000, 32, 'sha256');\n"),
    ("node_crypto_createhmac_second", "lib", "const digest = crypto.createHmac('sha256', '@V@').update(rawBody).digest('hex');\n"),
    ("node_bcrypt_hash_first", "lib", "// seed the first manager account\nconst hash = await bcrypt.hash('@V@', 12);\n"),
    ("java_commons_net_ftpclient_login_second", "lib", "FTPClient ftp = new FTPClient();\nftp.connect(\"@H@\");\nftp.login(\"@U@\", \"@V@\");\n"),
    ("java_keystore_load_chararray_second", "lib", "KeyStore ks = KeyStore.getInstance(\"PKCS12\");\nks.load(new FileInputStream(\"till-signing.p12\"), \"@V@\".toCharArray());\n"),
    ("java_secretkeyspec_getbytes_first", "lib", "Mac mac = Mac.getInstance(\"HmacSHA256\");\nmac.init(new SecretKeySpec(\"@V@\".getBytes(StandardCharsets.UTF_8), \"HmacSHA256\"));\n"),
    ("csharp_networkcredential_ctor_second", "lib", "var cred = new NetworkCredential(\"@U@\", \"@V@\", \"SHOP\");\n"),
    ("csharp_x509certificate2_ctor_second", "lib", "var cert = new X509Certificate2(\"giftaid-client.pfx\", \"@V@\");\n"),
    ("csharp_fluentftp_ftpclient_ctor_third", "lib", "using var ftp = new FtpClient(\"@H@\", \"@U@\", \"@V@\");\nftp.Connect();\n"),
    ("csharp_hmacsha256_ctor_getbytes", "lib", "using var h = new HMACSHA256(Encoding.UTF8.GetBytes(\"@V@\"));\n"),
    ("go_sql_open_mysql_dsn_user_colon_pass", "lib", "db, err := sql.Open(\"mysql\", \"@U@:@V@@tcp(@H@:3306)/rota?parseTime=true\")\n"),
    ("go_http_request_setbasicauth_second", "lib", "req, _ := http.NewRequest(\"GET\", \"https://@H@/api/stock\", nil)\nreq.SetBasicAuth(\"@U@\", \"@V@\")\n"),
    ("go_jwt_signedstring_byte_slice", "lib", "signed, err := tok.SignedString([]byte(\"@V@\"))\n"),
    ("rust_hmac_new_from_slice_bytes", "lib", "let mut mac = Hmac::<Sha256>::new_from_slice(b\"@V@\").expect(\"key\");\n"),
    ("ruby_net_ftp_new_third_positional", "lib", "ftp = Net::FTP.new(\"@H@\", \"@U@\", \"@V@\")\nftp.putbinaryfile(\"tickets.csv\")\n"),
    ("ruby_net_http_basic_auth_second", "lib", "req = Net::HTTP::Get.new(uri)\nreq.basic_auth(\"@U@\", \"@V@\")\n"),
    ("ruby_openssl_hmac_hexdigest_second", "lib", "sig = OpenSSL::HMAC.hexdigest(\"SHA256\", \"@V@\", payload)\n"),
    ("php_mysqli_ctor_third", "lib", "<?php\n$db = new mysqli('@H@', '@U@', '@V@', 'rota');\n"),
    ("php_ftp_login_third", "lib", "<?php\n$conn = ftp_connect('@H@');\nftp_login($conn, '@U@', '@V@');\n"),
    ("php_imap_open_third", "lib", "<?php\n$mbox = imap_open('{@H@:993/imap/ssl}INBOX', '@U@', '@V@');\n"),
    ("php_hash_hmac_third", "lib", "<?php\n$expected = hash_hmac('sha256', $payload, '@V@');\n"),
    ("perl_dbi_connect_third", "lib", "my $dbh = DBI->connect(\"dbi:Pg:dbname=giftaid;host=@H@\", \"@U@\", \"@V@\", { RaiseError => 1 });\n"),
    ("perl_net_ftp_login_second", "lib", "my $ftp = Net::FTP->new(\"@H@\") or die;\n$ftp->login(\"@U@\", \"@V@\");\n"),
    ("vba_worksheet_unprotect_single", "lib", "Sub UnlockRota()\n    Worksheets(\"Rota\").Unprotect \"@V@\"\nEnd Sub\n"),
    # ---------------- UI automation ----------------
    ("robot_framework_input_text_second_cell", "gui", "*** Test Cases ***\nManager Can Log In\n    Open Browser    https://@H@/login    firefox\n    Input Text    id:field-2    @V@\n    Click Button    id:submit\n"),
    ("python_pywinauto_type_keys_single", "gui", "dlg = app.window(title=\"Till Back Office\")\ndlg.Edit2.type_keys(\"@V@{ENTER}\", with_spaces=False)\n"),
    ("python_pyautogui_write_single", "gui", "pyautogui.click(612, 404)\npyautogui.write(\"@V@\", interval=0.05)\npyautogui.press(\"enter\")\n"),
    ("node_puppeteer_page_type_second", "gui", "await page.type('#field-2', '@V@');\nawait page.click('#submit');\n"),
    ("node_webdriverio_setvalue_single", "gui", "await $('#field-2').setValue('@V@');\nawait $('button=Sign in').click();\n"),
    ("node_testcafe_typetext_second", "gui", "await t.typeText('#field-2', '@V@').click('#submit');\n"),
    ("kotlin_espresso_typetext_single", "gui", "onView(withId(R.id.field2)).perform(typeText(\"@V@\"), closeSoftKeyboard())\n"),
    ("swift_xcuitest_typetext_single", "gui", "let field = app.textFields[\"field2\"]\nfield.tap()\nfield.typeText(\"@V@\")\n"),
    ("vbscript_wshshell_sendkeys_literal", "gui", "Set sh = CreateObject(\"WScript.Shell\")\nsh.AppActivate \"Weighbridge\"\nsh.SendKeys \"@V@~\"\n"),
    ("sikulix_type_single", "gui", "click(\"field2.png\")\ntype(\"@V@\" + Key.ENTER)\n"),
    ("maestro_flow_inputtext_step", "gui", "appId: org.charityfinds.intake\n---\n- tapOn:\n    id: \"field2\"\n- inputText: \"@V@\"\n- tapOn: \"Sign in\"\n"),
    ("katalon_webui_settext_second", "gui", "WebUI.setText(findTestObject('Page_Login/field2'), '@V@')\nWebUI.click(findTestObject('Page_Login/btn_submit'))\n"),
    ("java_selenide_setvalue_single", "gui", "$(\"#field-2\").setValue(\"@V@\");\n$(\"#submit\").click();\n"),
]
# written, then left out (weakest or near-duplicates of kept syntaxes)
TAIL = ["gherkin_when_i_type_quoted_step", "python_ftplib_login_second", "ftp_control_channel_pass_line",
        "keytool_storepass_flag", "pscp_lower_pw_flag"]


def _kind(entry):
    return entry[3] if len(entry) > 3 else "pw"


def generate(reg):
    rng = random.Random(SEEDS["password"])
    out = []
    for entry in S:
        syntax, cat, tpl = entry[:3]
        kind = _kind(entry)
        subs = neighbours(rng)
        pw = reg.draw(owner_password, rng, strict=True)
        if kind == "pw":
            value = pw
        else:
            user = subs["U"]
            raw = {"b64pw": pw, "b64up": user + ":" + pw, "b64nul": "\0" + user + "\0" + pw}[kind]
            value = base64.b64encode(raw.encode()).decode()
            if not reg.add(value):
                raise RuntimeError("b64 collision")
            subs["B64U"] = base64.b64encode(user.encode()).decode()
        if "@PADU@" in tpl:
            subs["PADU"] = " " * (20 - len(subs["U"]))
            subs["PADV"] = " " * (20 - len(value))
        text, s, e = fill(tpl, subs, value)
        t = PW_PREFIX + syntax
        rec = {"type": t, "container": t + "__" + SUFFIX[cat], "text": text,
               "secrets": [{"value": value, "start": s, "end": e, "type": t}], "source": "password"}
        if kind != "pw":
            rec["_hidden"] = pw
            rec["_b64kind"] = kind
        out.append(rec)
    return out
