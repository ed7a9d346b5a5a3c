"""Password source: passwords passed by position, flag, URL userinfo, protocol
exchange, call-argument position, fixed column order or stdin -- never after a
telling `password=` key. Span type `washpw_<syntax>`."""
import base64
import random

from common182 import Registry, world_password, fill, span_record

SEED = 18203
PREFIX = "washpw_"
SUFFIX = {
    "cli": "wash_site_admin_shell_history",
    "lib": "wash_app_source_excerpt",
    "file": "wash_controller_config_file",
    "proto": "wash_network_capture_dump",
    "gui": "wash_kiosk_ui_test_script",
}
USERS = ["washops", "tunnelsvc", "tyrehotel", "detailer", "lpradmin", "kioskop", "fleetsync", "dosingctl",
         "alignpc", "clubsync", "bayctl", "swapsched"]
HOSTS = ["tunnel-plc.site04.wash.lan", "lpr-gw.site02.wash.lan", "db1.tyres.internal", "mail.sparklewash.example",
         "align-pc-03.tyres.lan", "kiosk-02.site07.wash.lan", "dosing-ctl.site01.wash.lan", "fleet-api.washops.internal",
         "10.20.4.15", "10.40.2.20", "172.16.8.31", "reclaim-hmi.site05.wash.lan"]


def fixed_width(ctx):
    u, v = ctx["U"], ctx["V"]
    return ("==> /opt/tpms/profiles/shop.dat <==\n" + "SHOPID   USER".ljust(20) + "".ljust(24) + "REGION\n"
            + ("0042     " + u).ljust(20) + "«V»" + " " * (24 - len(v)) + "EU433\n")


# (syntax, kind, template or callable, value kind)
SYNTAXES = [
    # --- command lines
    ("mysqladmin_glued_lower_p", "cli", "$ mysqladmin -u«U» -p«V» -h «H» processlist\n", "pw"),
    ("smbclient_capital_u_percent_pair", "cli", "$ smbclient //align-pc-03/reports -U «U»%«V» -c 'ls'\n", "pw"),
    ("sshpass_lower_p_flag", "cli", "$ sshpass -p '«V»' ssh «U»@«H» 'systemctl status washd'\n", "pw"),
    ("xfreerdp_slash_p_colon_value", "cli", "$ xfreerdp /v:«H» /u:«U» /p:«V» /cert:ignore /size:1280x800\n", "pw"),
    ("vncpasswd_f_herestring", "cli", "$ vncpasswd -f <<< '«V»' > ~/.vnc/passwd\n$ chmod 600 ~/.vnc/passwd\n", "pw"),
    ("htpasswd_batch_third_positional", "cli", "$ sudo htpasswd -b -B /etc/nginx/.kiosk_users «U» '«V»'\n", "pw"),
    ("htpasswd_lower_i_stdin_echo", "cli", "$ echo '«V»' | sudo htpasswd -i -B /etc/nginx/.lpr_users «U»\n", "pw"),
    ("chpasswd_stdin_colon_pair", "cli", "# echo '«U»:«V»' | chpasswd\n# chage -d 0 «U»\n", "pw"),
    ("openssl_passwd_sha512_positional", "cli", "$ openssl passwd -6 '«V»'\n", "pw"),
    ("doveadm_pw_lower_p_flag", "cli", "$ doveadm pw -s SHA512-CRYPT -p '«V»'\n", "pw"),
    ("zip_capital_p_flag", "cli", "$ zip -P '«V»' alignment-reports-march.zip *.pdf\n", "pw"),
    ("qpdf_encrypt_first_positional", "cli", "$ qpdf --encrypt '«V»' \"$OWNER_PW\" 256 -- fleet-contract.pdf fleet-contract-locked.pdf\n", "pw"),
    ("openssl_pkcs12_passout_pass_colon", "cli", "$ openssl pkcs12 -export -in lpr.crt -inkey lpr.key -out lpr.p12 -passout pass:«V»\n", "pw"),
    ("apksigner_ks_pass_pass_colon", "cli", "$ apksigner sign --ks washclub-release.jks --ks-key-alias upload --ks-pass pass:«V» app-release.apk\n", "pw"),
    ("signtool_sign_slash_p_pfx", "cli", "> signtool sign /f C:\\certs\\paystation.pfx /p «V» /fd SHA256 /tr http://timestamp.digicert.com PayStation.exe\n", "pw"),
    ("certutil_lower_p_importpfx", "cli", "> certutil -f -p «V» -importPFX C:\\certs\\kiosk-client.pfx\n", "pw"),
    ("veracrypt_text_lower_p_mount", "cli", "$ veracrypt --text --mount /media/usb/tyrehotel.hc /mnt/vault -p '«V»' --pim=0 --non-interactive\n", "pw"),
    ("ldapsearch_lower_w_after_capital_d", "cli", "$ ldapsearch -x -H ldap://«H» -D 'cn=«U»,dc=washops,dc=lan' -w '«V»' -b 'ou=staff,dc=washops,dc=lan'\n", "pw"),
    ("rabbitmqctl_add_user_second_positional", "cli", "$ sudo rabbitmqctl add_user «U» '«V»'\n$ sudo rabbitmqctl set_permissions -p / «U» '.*' '.*' '.*'\n", "pw"),
    ("rabbitmqadmin_lower_p_after_lower_u", "cli", "$ rabbitmqadmin -H «H» -u «U» -p '«V»' list queues\n", "pw"),
    ("cqlsh_lower_p_after_lower_u", "cli", "$ cqlsh «H» 9042 -u «U» -p '«V»'\n", "pw"),
    ("pgcli_postgres_uri_userinfo", "cli", "$ pgcli postgres://«U»:«V»@«H»:5432/tyrehotel\n", "pw"),
    ("mycli_lower_p_after_lower_u", "cli", "$ mycli -h «H» -u «U» -p '«V»' washclub\n", "pw"),
    ("sqsh_capital_p_after_capital_u", "cli", "$ sqsh -S PAYSQL -U «U» -P '«V»' -D tokens\n", "pw"),
    ("firebird_gbak_pas_flag", "cli", "$ gbak -b -user «U» -pas '«V»' «H»:/data/washpos.fdb /backup/washpos.fbk\n", "pw"),
    ("mongoexport_lower_p_after_lower_u", "cli", "$ mongoexport --host «H» -u «U» -p '«V»' --authenticationDatabase admin -d lpr -c reads -o reads.json\n", "pw"),
    ("podman_login_lower_p_after_lower_u", "cli", "$ podman login -u «U» -p '«V»' registry.washops.internal\n", "pw"),
    ("skopeo_copy_src_creds_colon_pair", "cli", "$ skopeo copy --src-creds «U»:«V» docker://registry.washops.internal/lpr:3.2 oci:lpr-3.2\n", "pw"),
    ("buildah_push_creds_colon_pair", "cli", "$ buildah push --creds «U»:«V» kiosk-ui:1.9 docker://registry.washops.internal/kiosk-ui:1.9\n", "pw"),
    ("rclone_obscure_positional", "cli", "$ rclone obscure '«V»'\n", "pw"),
    ("duplicity_target_ftp_url_userinfo", "cli", "$ duplicity /srv/tyrehotel ftp://«U»:«V»@«H»/backups/tyrehotel\n", "pw"),
    ("winrs_lower_p_colon_value", "cli", "> winrs -r:«H» -u:«U» -p:«V» ipconfig /all\n", "pw"),
    ("net_user_add_second_positional", "cli", "> net user «U» «V» /add /comment:\"pay station service\"\n", "pw"),
    ("vmrun_lower_gp_after_lower_gu", "cli", "$ vmrun -T ws -gu «U» -gp '«V»' runProgramInGuest ~/vms/hmi-sim.vmx /opt/hmi/start.sh\n", "pw"),
    ("ilorest_login_lower_p_after_lower_u", "cli", "$ ilorest login «H» -u «U» -p '«V»'\n", "pw"),
    ("govc_url_env_userinfo", "cli", "$ export GOVC_URL='https://«U»:«V»@«H»/sdk'\n$ govc ls /WashDC/vm\n", "pw"),
    ("wpa_passphrase_second_positional", "cli", "$ wpa_passphrase WashBay-Kiosk '«V»' | sudo tee -a /etc/wpa_supplicant/wpa_supplicant.conf\n", "pw"),
    ("redis_cli_lower_a_flag", "cli", "$ redis-cli -h «H» -p 6379 -a '«V»' --no-auth-warning KEYS 'member:*'\n", "pw"),
    ("snmpwalk_v2c_lower_c_community", "cli", "$ snmpwalk -v2c -c «V» «H» 1.3.6.1.2.1.2.2.1.2\n", "pw"),
    ("snmpget_v3_capital_a_auth_passphrase", "cli", "$ snmpget -v3 -l authNoPriv -u «U» -a SHA -A '«V»' «H» sysUpTime.0\n", "pw"),
    ("httpie_lower_a_colon_pair", "cli", "$ http -a «U»:«V» GET https://«H»/api/v1/reads limit==20\n", "pw"),
    ("apachebench_capital_a_colon_pair", "cli", "$ ab -n 200 -c 10 -A «U»:«V» https://«H»/booking/slots\n", "pw"),
    ("az_login_lower_p_after_lower_u", "cli", "$ az login -u «U»@sparklewash.example -p '«V»'\n", "pw"),
    ("openshift_oc_login_lower_p_after_lower_u", "cli", "$ oc login https://api.«H»:6443 -u «U» -p '«V»'\n", "pw"),
    ("ssh_keygen_capital_p_old_passphrase", "cli", "$ ssh-keygen -p -f ~/.ssh/plc_tunnel_ed25519 -P '«V»' -N \"$NEW_PHRASE\"\n", "pw"),
    ("mosquitto_passwd_batch_third_positional", "cli", "$ sudo mosquitto_passwd -b /etc/mosquitto/passwd «U» '«V»'\n$ sudo systemctl reload mosquitto\n", "pw"),
    ("lpadmin_device_uri_userinfo", "cli", "$ sudo lpadmin -p ReceiptBay2 -E -v 'ipps://«U»:«V»@«H»/ipp/print' -m everywhere\n", "pw"),
    ("rpcclient_capital_u_quoted_percent_pair", "cli", "$ rpcclient -U '«U»%«V»' «H» -c srvinfo\n", "pw"),
    ("curlftpfs_url_userinfo", "cli", "$ curlftpfs ftp://«U»:«V»@«H»/ /mnt/tokenlogs\n", "pw"),
    # --- files with fixed order
    ("git_credentials_store_line_userinfo", "file", "==> ~/.git-credentials <==\nhttps://«U»:«V»@git.washops.internal\n", "pw"),
    ("openvpn_auth_user_pass_second_line", "file", "==> /etc/openvpn/client/plc-remote.auth <==\n«U»\n«V»\n", "pw"),
    ("vsftpd_virtual_users_even_line", "file", "==> /etc/vsftpd/virtual_users.txt <==\n«U»\n«V»\n", "pw"),
    ("dovecot_passwd_file_plain_scheme", "file", "«U»@sparklewash.example:{PLAIN}«V»:5000:5000::/var/mail/«U»::\n", "pw"),
    ("postfix_sasl_passwd_map_colon_pair", "file", "# /etc/postfix/sasl_passwd\n[mail.sparklewash.example]:587 «U»@sparklewash.example:«V»\n", "pw"),
    ("rsyncd_secrets_colon_pair", "file", "==> /etc/rsyncd.secrets <==\n«U»:«V»\n", "pw"),
    ("pgpass_file_fifth_field", "file", "==> ~/.pgpass <==\n«H»:5432:tyrehotel:«U»:«V»\n", "pw"),
    ("tunnel_operators_csv_second_column", "file", "==> /opt/tunnel/etc/operators.csv <==\nop07,«V»,early,2\n", "pw"),
    ("kiosk_roster_pipe_third_field", "file", "==> /opt/kiosk/roster.txt <==\nlane2|«U»|«V»|supervisor|2026-03-01\n", "pw"),
    ("tpms_profile_fixed_width_cols_21_to_44", "file", fixed_width, "pw"),
    ("alignment_share_map_semicolon_fourth", "file", "==> C:\\Hunter\\sharemap.txt <==\n\\\\align-pc-03\\reports;R:;«U»;«V»;persistent\n", "pw"),
    ("dosing_backup_json_array_third", "file", '{"fw":"3.2.1","users":[["«U»",3,"«V»",true]]}\n', "pw"),
    ("rack_scanner_ini_login_comma_second", "file", "[Scanner]\nPort=COM5\nLogin=«U»,«V»,auto\n", "pw"),
    ("autofs_smb_map_url_userinfo", "file", "# /etc/auto.align\nreports -fstype=smbfs ://«U»:«V»@align-pc-03/reports\n", "pw"),
    # --- protocol exchanges
    ("pop3_pass_command_argument", "proto", "C: USER «U»\nS: +OK\nC: PASS «V»\nS: +OK maildrop has 3 messages\n", "pw"),
    ("imap_login_command_second_arg", "proto", "S: * OK IMAP4rev1 ready\nC: a001 LOGIN «U» «V»\nS: a001 OK LOGIN completed\n", "pw"),
    ("smtp_auth_plain_inline_b64", "proto", "S: 220 mail.sparklewash.example ESMTP\nC: EHLO lpr-gw\nS: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN «V»\nS: 235 2.7.0 Authentication successful\n", "b64plain"),
    ("redis_resp_auth_bulk_string", "proto", "*2\n$4\nAUTH\n$«L»\n«V»\n+OK\n", "pw"),
    ("stomp_connect_passcode_header", "proto", "CONNECT\naccept-version:1.2\nhost:washops\nlogin:«U»\npasscode:«V»\n\n^@\n", "pw"),
    ("telnet_capture_login_then_code_line", "proto", "Trying «H»...\nConnected.\nDosing controller v3.2\nlogin: «U»\ncode: «V»\n> status\n", "pw"),
    ("bay_controller_serial_stx_login_frame", "proto", "<STX>LGN|«U»|«V»|<ETX>7F\n<STX>ACK|LGN<ETX>3A\n", "pw"),
    ("token_dispenser_rs485_auth_second_field", "proto", "TX 07:12:01  #D1|AUTH|«V»|0042\nRX 07:12:01  #D1|ACK|0042\n", "pw"),
    ("wireshark_ldap_bindrequest_simple_field", "proto", "Lightweight Directory Access Protocol\n  bindRequest(1) \"cn=«U»,dc=washops,dc=lan\" simple\n    version: 3\n    name: cn=«U»,dc=washops,dc=lan\n    authentication: simple (0)\n        simple: «V»\n", "pw"),
    ("irc_pass_command_before_nick", "proto", "PASS «V»\nNICK washbot\nUSER washbot 0 * :Wash alerts\n", "pw"),
    # --- library call positions
    ("python_ldap3_connection_third_positional", "lib", "conn = Connection(server, 'cn=«U»,dc=washops,dc=lan', '«V»', auto_bind=True)\n", "pw"),
    ("python_pymssql_connect_third_positional", "lib", "conn = pymssql.connect('«H»', '«U»', '«V»', 'TokenLedger')\n", "pw"),
    ("python_cx_oracle_connect_second", "lib", "con = cx_Oracle.connect('«U»', '«V»', '«H»/FLEETPDB')\n", "pw"),
    ("python_kombu_connection_url_userinfo", "lib", "with Connection('amqp://«U»:«V»@«H»:5672//') as conn:\n    producer = conn.Producer()\n", "pw"),
    ("python_poplib_pass_method_single", "lib", "box = poplib.POP3_SSL('«H»')\nbox.user('«U»')\nbox.pass_('«V»')\n", "pw"),
    ("python_telnetlib_write_after_read_until", "lib", "tn = telnetlib.Telnet('«H»', 23)\ntn.read_until(b'login: ')\ntn.write(b'«U»\\n')\ntn.read_until(b'code: ')\ntn.write(b'«V»\\n')\n", "pw"),
    ("python_winrm_session_auth_tuple", "lib", "s = winrm.Session('«H»', auth=('«U»', '«V»'), transport='ntlm')\n", "pw"),
    ("python_httpx_basicauth_second", "lib", "auth = httpx.BasicAuth('«U»', '«V»')\nr = httpx.get('https://«H»/api/reads', auth=auth)\n", "pw"),
    ("python_zipfile_extract_third_positional", "lib", "with zipfile.ZipFile('align_export.zip') as zf:\n    zf.extract('report.csv', '/tmp', b'«V»')\n", "pw"),
    ("python_pypdf_decrypt_single", "lib", "reader = PdfReader('fleet_contract_2026.pdf')\nreader.decrypt('«V»')\n", "pw"),
    ("python_cryptography_load_pem_private_key_second", "lib", "key = serialization.load_pem_private_key(pem_bytes, b'«V»')\n", "pw"),
    ("python_paramiko_rsakey_from_file_second", "lib", "pkey = paramiko.RSAKey.from_private_key_file('/home/«U»/.ssh/plc_rsa', '«V»')\n", "pw"),
    ("python_ftputil_host_third", "lib", "with ftputil.FTPHost('«H»', '«U»', '«V»') as host:\n    host.download('reports/latest.csv', 'latest.csv')\n", "pw"),
    ("python_hashlib_pbkdf2_hmac_second", "lib", "dk = hashlib.pbkdf2_hmac('sha256', b'«V»', salt, 600_000)\n", "pw"),
    ("python_uiautomator2_set_text_single", "gui", "d(resourceId='com.washclub.kiosk:id/field2').set_text('«V»')\nd(text='OK').click()\n", "pw"),
    ("node_crypto_scryptsync_first", "lib", "const key = crypto.scryptSync('«V»', salt, 32);\n", "pw"),
    ("node_argon2_hash_first", "lib", "const hash = await argon2.hash('«V»');  // seed kiosk admin\n", "pw"),
    ("node_ldapjs_bind_second", "lib", "client.bind('cn=«U»,dc=washops,dc=lan', '«V»', (err) => { if (err) throw err; });\n", "pw"),
    ("node_jsonwebtoken_sign_second", "lib", "const token = jwt.sign({ sub: memberId }, '«V»', { expiresIn: '1h' });\n", "pw"),
    ("java_javamail_transport_connect_third", "lib", "Transport transport = session.getTransport(\"smtp\");\ntransport.connect(\"«H»\", \"«U»\", \"«V»\");\n", "pw"),
    ("java_jedis_auth_single", "lib", "try (Jedis jedis = pool.getResource()) {\n    jedis.auth(\"«V»\");\n}\n", "pw"),
    ("java_pbekeyspec_chararray_first", "lib", "PBEKeySpec spec = new PBEKeySpec(\"«V»\".toCharArray(), salt, 65536, 256);\n", "pw"),
    ("csharp_mailkit_authenticate_second", "lib", "await client.ConnectAsync(\"«H»\", 587, SecureSocketOptions.StartTls);\nawait client.AuthenticateAsync(\"«U»\", \"«V»\");\n", "pw"),
    ("csharp_ssh_net_sshclient_ctor_third", "lib", "using var ssh = new SshClient(\"«H»\", \"«U»\", \"«V»\");\nssh.Connect();\n", "pw"),
    ("csharp_rfc2898derivebytes_first", "lib", "using var kdf = new Rfc2898DeriveBytes(\"«V»\", salt, 100_000, HashAlgorithmName.SHA256);\n", "pw"),
    ("go_smtp_plainauth_third", "lib", "auth := smtp.PlainAuth(\"\", \"«U»\", \"«V»\", \"«H»\")\n", "pw"),
    ("go_ldap_conn_bind_second", "lib", "if err := l.Bind(\"cn=«U»,dc=washops,dc=lan\", \"«V»\"); err != nil {\n\tlog.Fatal(err)\n}\n", "pw"),
    ("rust_lettre_credentials_new_second", "lib", "let creds = Credentials::new(\"«U»\".to_owned(), \"«V»\".to_owned());\n", "pw"),
    ("ruby_net_smtp_start_fifth_positional", "lib", "Net::SMTP.start('«H»', 587, 'sparklewash.example', '«U»', '«V»', :login) do |smtp|\n  smtp.send_message(msg, from, to)\nend\n", "pw"),
    ("php_ldap_bind_third", "lib", "$ok = ldap_bind($conn, 'cn=«U»,dc=washops,dc=lan', '«V»');\n", "pw"),
    ("php_pdo_ctor_third", "lib", "$pdo = new PDO('mysql:host=«H»;dbname=washclub', '«U»', '«V»');\n", "pw"),
    ("perl_net_smtp_auth_second", "lib", "$smtp->auth('«U»', '«V»') or die 'auth failed';\n", "pw"),
    ("lua_resty_redis_auth_single", "lib", "local ok, err = red:auth(\"«V»\")\nif not ok then ngx.log(ngx.ERR, err) end\n", "pw"),
    ("mysql_create_user_identified_by", "lib", "CREATE USER '«U»'@'10.20.%' IDENTIFIED BY '«V»';\nGRANT SELECT ON washclub.* TO '«U»'@'10.20.%';\n", "pw"),
    # --- UI automation
    ("playwright_page_fill_second", "gui", "await page.fill('#field-2', '«V»');\nawait page.click('text=Sign in');\n", "pw"),
    ("cypress_get_type_chained_single", "gui", "cy.get('[data-cy=field-2]').type('«V»')\ncy.contains('Sign in').click()\n", "pw"),
    ("python_selenium_send_keys_single", "gui", "driver.find_element(By.ID, 'field2').send_keys('«V»')\n", "pw"),
    ("autohotkey_send_command_literal", "gui", "#IfWinActive HunterAlign\n^!p::\nSend «V»{Enter}\nreturn\n", "pw"),
    ("autoit_send_literal_enter", "gui", "WinActivate(\"PayStation Service\")\nSend(\"«V»{ENTER}\")\n", "pw"),
    ("xdotool_type_argument", "gui", "$ xdotool search --name 'Tunnel HMI' windowactivate --sync type '«V»'\n", "pw"),
    ("applescript_keystroke_literal", "gui", "tell application \"System Events\" to keystroke \"«V»\"\n", "pw"),
    ("power_automate_desktop_sendkeys_text", "gui", "Keyboard.SendKeys.FocusAndSendKeys TextToSend: $'''«V»''' DelayBetweenKeystrokes: 10 SendTextAsHardwareKeys: False\n", "pw"),
    ("flutter_widgettester_entertext_second", "gui", "await tester.enterText(find.byKey(const Key('field-2')), '«V»');\n", "pw"),
    ("ruby_capybara_fill_in_with", "gui", "fill_in 'field_2', with: '«V»'\nclick_button 'Continue'\n", "pw"),
    ("behat_mink_fill_in_with_step", "gui", "    When I go to \"/admin\"\n    And I fill in \"field-2\" with \"«V»\"\n    And I press \"Continue\"\n", "pw"),
    ("squish_type_second", "gui", "type(waitForObject(names.kiosk_field2_QLineEdit), \"«V»\")\n", "pw"),
    ("adb_shell_input_text_argument", "gui", "$ adb -s PAYSTATION04 shell input text '«V»'\n$ adb -s PAYSTATION04 shell input keyevent 66\n", "pw"),
    # --- unused tail (weaker or near-duplicates of kept forms)
    ("caddy_hash_password_plaintext_flag", "cli", "$ caddy hash-password --plaintext '«V»'\n", "pw"),
    ("passwd_rhel_stdin_echo", "cli", "# echo '«V»' | passwd --stdin «U»\n", "pw"),
    ("mkpasswd_sha512_positional", "cli", "$ mkpasswd -m sha-512 '«V»'\n", "pw"),
    ("unzip_capital_p_flag", "cli", "$ unzip -P '«V»' tyrehotel-backup.zip -d /tmp/restore\n", "pw"),
    ("rdesktop_lower_p_after_lower_u", "cli", "$ rdesktop -u «U» -p «V» -g 1024x768 «H»\n", "pw"),
    ("python_keyring_set_password_third", "lib", "keyring.set_password('tyrehotel-db', '«U»', '«V»')\n", "pw"),
    ("sshfs_password_stdin_echo", "cli", "$ echo '«V»' | sshfs «U»@«H»:/reports /mnt/align -o password_stdin\n", "pw"),
    ("openssl_rsa_passin_pass_colon", "cli", "$ openssl rsa -in plc-vpn.key -out plc-vpn.nopass.key -passin pass:«V»\n", "pw"),
    ("smbcacls_capital_u_percent_pair", "cli", "$ smbcacls //align-pc-03/reports / -U '«U»%«V»' --add 'ACL:WASH\\office:ALLOWED/0/READ'\n", "pw"),
]
KEEP = 120


def generate(reg, start_id):
    rng = random.Random(SEED)
    out = []
    for i, (syn, kind, tpl, vk) in enumerate(SYNTAXES[:KEEP]):
        pw = reg.draw(world_password, rng, "-_.")
        user = rng.choice(USERS)
        host = rng.choice(HOSTS)
        if vk == "b64plain":
            value = reg.draw(lambda: base64.b64encode(("\0" + user + "\0" + pw).encode()).decode())
        else:
            value = pw
        ctx = {"U": user, "H": host, "V": value}
        t = tpl(ctx) if callable(tpl) else tpl
        text, s, e = fill(t, value, U=user, H=host, L=str(len(value)))
        typ = PREFIX + syn
        out.append(span_record("p182-s-%04d" % (start_id + i), typ, typ + "__" + SUFFIX[kind], text, s, e, "password"))
    return out
