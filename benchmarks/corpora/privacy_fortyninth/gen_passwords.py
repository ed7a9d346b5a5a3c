import random
from common import R, AN, uniq, fill

def pw(r):
    w = r.choice(["Harbor", "Tulip", "Kettle", "Marble", "Pebble", "Saffron", "Lantern", "Otter", "Clover", "Puffin"])
    return w + r.choice([".", "-", "_", ""]) + R(r, AN, r.randint(5, 9))

S = [
 ("mikrotik_user_add_password_arg", "/user add name=shopadmin group=full password={V}"),
 ("routeros_wifi_security_passphrase", "/interface wifi security set sec1 passphrase={V}"),
 ("openwrt_uci_wireless_key_set", "uci set wireless.default_radio0.key='{V}' && uci commit wireless"),
 ("nmcli_device_wifi_connect_password", "nmcli device wifi connect HomeNet-5G password {V}"),
 ("hostapd_conf_wpa_passphrase_line", "interface=wlan0\nssid=Cafe-Guest\nwpa=2\nwpa_passphrase={V}"),
 ("wpa_passphrase_tool_second_arg", "wpa_passphrase Bakery-Staff {V} >> /etc/wpa_supplicant.conf"),
 ("iwctl_passphrase_option", "iwctl --passphrase {V} station wlan0 connect Clinic-WiFi"),
 ("networksetup_setairportnetwork_third_arg", "networksetup -setairportnetwork en0 SchoolStaff {V}"),
 ("netsh_wlan_hostednetwork_key_param", "netsh wlan set hostednetwork mode=allow ssid=PopUpShop key={V}"),
 ("wifi_qr_payload_p_field", "WIFI:T:WPA;S:FamilyHome;P:{V};H:false;;"),
 ("adb_cmd_wifi_connect_network_passphrase", "adb shell cmd wifi connect-network KidsRoom wpa2 {V}"),
 ("cisco_ios_username_secret_zero", "username owner privilege 15 secret 0 {V}"),
 ("cisco_ios_enable_password_line", "enable password {V}"),
 ("edgeos_plaintext_password_set", "set system login user admin authentication plaintext-password {V}"),
 ("fritzbox_tr064_password_arg", "fritzconnection --ip 192.168.178.1 -u admin -p {V} -s"),
 ("ppp_chap_secrets_line", "# client server secret IP\n\"fibre123@isp.example\" * \"{V}\" *"),
 ("ddclient_conf_password_line", "protocol=dyndns2\nlogin=myshop\npassword='{V}'\nmyshop.ddns.example"),
 ("inadyn_conf_password_field", "provider default@dyndns.org {\n  username = myshop\n  password = {V}\n}"),
 ("mount_cifs_password_option", "sudo mount -t cifs //nas/photos /mnt/photos -o username=mum,password={V}"),
 ("mount_smbfs_userinfo_password", "mount_smbfs //dad:{V}@nas.local/backup ~/nas"),
 ("davfs2_secrets_file_line", "https://cloud.example/remote.php/dav/files/anna anna {V}"),
 ("rsync_password_env_prefix", "RSYNC_PASSWORD={V} rsync -a photos/ backup@nas::photos"),
 ("rsyncd_secrets_user_colon_line", "backup:{V}"),
 ("lftp_u_user_comma_password", "lftp -u shopftp,{V} ftp.host.example"),
 ("ftp_protocol_pass_command", "USER shopftp\r\n331 Password required\r\nPASS {V}\r\n230 Logged on"),
 ("pop3_pass_command_line", "+OK POP3 ready\nUSER oma@mail.example\n+OK\nPASS {V}\n+OK Logged in."),
 ("imap_login_command_second_arg", "a001 LOGIN clinic@mail.example {V}\na001 OK LOGIN completed"),
 ("netrc_machine_password_token", "machine ftp.printshop.example login orders password {V}"),
 ("fetchmailrc_password_quoted", "poll pop.mail.example proto pop3 user \"grandpa\" password \"{V}\""),
 ("msmtprc_password_directive", "account default\nhost smtp.mail.example\nuser shop@mail.example\npassword {V}"),
 ("muttrc_smtp_pass_setting", "set smtp_url = \"smtps://me@mail.example\"\nset smtp_pass = \"{V}\""),
 ("ssmtp_conf_authpass_line", "mailhub=smtp.mail.example:587\nAuthUser=scanner@mail.example\nAuthPass={V}"),
 ("sip_conf_secret_line", "[frontdesk]\ntype=friend\nsecret={V}\nhost=dynamic"),
 ("pjsip_auth_password_line", "[reception-auth]\ntype=auth\nauth_type=userpass\npassword={V}\nusername=reception"),
 ("mosquitto_pub_capital_p_flag", "mosquitto_pub -h homeassistant.local -u mqtt -P {V} -t garden/pump -m on"),
 ("mosquitto_passwd_batch_third_arg", "mosquitto_passwd -b /etc/mosquitto/passwd sensors {V}"),
 ("paho_username_pw_set_second_arg", "client.username_pw_set(\"sensors\", \"{V}\")"),
 ("htpasswd_batch_password_arg", "htpasswd -b /etc/nginx/.htpasswd family {V}"),
 ("mysqladmin_password_subcommand", "mysqladmin -u root password '{V}'"),
 ("mysql_set_password_for_statement", "SET PASSWORD FOR 'shop'@'localhost' = '{V}';"),
 ("mariadb_alter_user_identified_by", "ALTER USER 'wp'@'localhost' IDENTIFIED BY '{V}';"),
 ("sqlcipher_pragma_key_statement", "PRAGMA key = '{V}';"),
 ("firebird_isql_password_flag", "isql-fb -user SYSDBA -password {V} /var/lib/firebird/clinic.fdb"),
 ("access_oledb_database_password_key", "Provider=Microsoft.ACE.OLEDB.12.0;Data Source=C:\\Shop\\stock.accdb;Jet OLEDB:Database Password={V};"),
 ("vba_workbooks_open_password_arg", "Workbooks.Open Filename:=\"C:\\Club\\members.xlsx\", Password:=\"{V}\""),
 ("vba_sheet_protect_password_arg", "ActiveSheet.Protect Password:=\"{V}\", DrawingObjects:=True"),
 ("pgpass_line_last_field", "localhost:5432:booking:booking:{V}"),
 ("wp_cli_user_create_user_pass", "wp user create frontdesk desk@salon.example --role=shop_manager --user_pass={V}"),
 ("wp_cli_user_update_user_pass", "wp user update 1 --user_pass={V} --skip-email"),
 ("drush_user_password_positional", "drush user:password admin \"{V}\""),
 ("magento_admin_user_create_password", "bin/magento admin:user:create --admin-user=owner --admin-password={V} --admin-email=o@shop.example"),
 ("nextcloud_oc_pass_env_prefix", "export OC_PASS={V}\nsudo -E -u www-data php occ user:add --password-from-env grandma"),
 ("synouser_add_second_positional", "synouser --add kids {V} \"Kids\" 0 \"\" 0"),
 ("docker_login_short_p_flag", "docker login -u familyshop -p {V} registry.example"),
 ("zip_capital_p_flag", "zip -P {V} tax-2024.zip *.pdf"),
 ("seven_zip_p_attached_flag", "7z a -p{V} -mhe=on medical-records.7z scans/"),
 ("unrar_p_attached_flag", "unrar x -p{V} invoices.rar"),
 ("openssl_pass_pass_prefix", "openssl enc -aes-256-cbc -salt -in accounts.csv -out accounts.enc -pass pass:{V}"),
 ("openssl_pkcs12_passout_prefix", "openssl pkcs12 -export -in shop.crt -inkey shop.key -out shop.p12 -passout pass:{V}"),
 ("gpg_batch_passphrase_flag", "gpg --batch --pinentry-mode loopback --passphrase {V} -c receipts.tar"),
 ("qpdf_encrypt_user_password_positional", "qpdf --encrypt {V} ownerpw-not-set 256 -- report.pdf report-locked.pdf"),
 ("pdftk_user_pw_keyword", "pdftk payslip.pdf output payslip-locked.pdf user_pw {V}"),
 ("pypdf_decrypt_call_argument", "reader = PdfReader(\"statement.pdf\")\nreader.decrypt(\"{V}\")"),
 ("pikepdf_open_password_kwarg", "pdf = pikepdf.open(\"lab-results.pdf\", password=\"{V}\")"),
 ("msoffcrypto_load_key_password_kwarg", "office = msoffcrypto.OfficeFile(f)\noffice.load_key(password=\"{V}\")"),
 ("zipfile_extractall_pwd_bytes", "zipfile.ZipFile(\"scans.zip\").extractall(pwd=b\"{V}\")"),
 ("ftplib_login_second_argument", "ftp = ftplib.FTP(\"ftp.printshop.example\")\nftp.login(\"orders\", \"{V}\")"),
 ("poplib_pass_method_argument", "box = poplib.POP3_SSL(\"pop.mail.example\")\nbox.user(\"oma\")\nbox.pass_(\"{V}\")"),
 ("pyicloud_service_second_argument", "api = PyiCloudService(\"family@icloud.example\", \"{V}\")"),
 ("garminconnect_client_second_argument", "client = Garmin(\"runner@mail.example\", \"{V}\")"),
 ("plexapi_myplexaccount_second_argument", "account = MyPlexAccount(\"moviebuff\", \"{V}\")"),
 ("python_kasa_password_option", "kasa --host 192.168.1.40 --username me@mail.example --password {V} on"),
 ("ytdlp_password_long_flag", "yt-dlp --username classrecordings --password {V} https://video.school.example/lesson/12"),
 ("gallery_dl_short_p_flag", "gallery-dl -u photoclub -p {V} https://gallery.example/album/7"),
 ("transmission_remote_n_user_colon", "transmission-remote 192.168.1.5 -n admin:{V} -l"),
 ("aria2c_rpc_secret_option", "aria2c --enable-rpc --rpc-secret={V}"),
 ("x11vnc_passwd_option", "x11vnc -display :0 -passwd {V} -forever"),
 ("teamviewer_passwd_subcommand", "sudo teamviewer passwd {V}"),
 ("anydesk_set_password_stdin_echo", "echo {V} | sudo anydesk --set-password"),
 ("rustdesk_password_option", "rustdesk --password {V}"),
 ("diskutil_apfs_passphrase_option", "diskutil apfs encryptVolume disk3s1 -user disk -passphrase {V}"),
 ("hdiutil_stdinpass_printf_pipe", "printf '{V}' | hdiutil create -encryption AES-256 -stdinpass -size 2g -volname Taxes taxes.dmg"),
 ("security_add_generic_password_w_flag", "security add-generic-password -a shop -s \"Webshop\" -w {V}"),
 ("rclone_config_create_pass_obscure", "rclone config create photos webdav url https://cloud.example/dav user mum pass {V} --obscure"),
 ("s3fs_passwd_file_secret_field", "AKIAEXAMPLEFAKE0001:{V}"),
 ("curl_ftp_url_userinfo_password", "curl -T menu.pdf ftp://cafe:{V}@ftp.host.example/public_html/"),
 ("wget_ftp_password_equals_option", "wget --ftp-user=cafe --ftp-password={V} ftp://ftp.host.example/backup.zip"),
 ("smbpasswd_stdin_printf_pipe", "(echo {V}; echo {V}) | smbpasswd -s -a frontdesk"),
 ("powershell_convertto_securestring_plain", "$pw = ConvertTo-SecureString \"{V}\" -AsPlainText -Force"),
 ("vbscript_wshnetwork_mapdrive_fifth_arg", "Set n = CreateObject(\"WScript.Network\")\nn.MapNetworkDrive \"S:\", \"\\\\nas\\shop\", False, \"shop\", \"{V}\""),
 ("autoit_drivemapadd_password_arg", "DriveMapAdd(\"X:\", \"\\\\nas\\scans\", 0, \"reception\", \"{V}\")"),
 ("applescript_mount_volume_password", "mount volume \"smb://nas.local/photos\" as user name \"mum\" with password \"{V}\""),
 ("booking_calendar_https_userinfo_password", "https://frontdesk:{V}@booking.clinic.example/calendar.ics"),
 ("ics_caldav_url_userinfo_password", "webcal://club:{V}@calendar.club.example/fixtures.ics"),
 ("rtsp_camera_url_userinfo_password", "rtsp://admin:{V}@192.168.1.64:554/Streaming/Channels/101"),
 ("mqtt_url_userinfo_password", "mqtt://sensors:{V}@homeassistant.local:1883"),
 ("homeassistant_secrets_yaml_entry", "# secrets.yaml\nrouter_password: \"{V}\""),
 ("esphome_wifi_password_key", "wifi:\n  ssid: \"Garden\"\n  password: \"{V}\""),
 ("octoprint_api_password_arg", "octoprint user add printshop --password {V} --admin"),
 ("pihole_setpassword_positional", "pihole setpassword {V}"),
 ("vsftpd_chpasswd_like_openssl_passwd", "openssl passwd -6 {V}"),
 ("mutt_imap_pass_setting", "set imap_user = \"tutor@mail.example\"\nset imap_pass = \"{V}\""),
]

PRES = {"non_tech_helper_text_message": "Text from the helper: run this exactly\n{BODY}\nthen restart it",
        "printed_setup_guide_ocr": "[OCR, printed setup guide page]\nStep 4 \u2013 type:\n{BODY}\nStep 5 \u2013 close the window"}

def generate():
    rng = random.Random(4903)
    out = []
    pres = list(PRES)
    for i, (t, tpl) in enumerate(S):
        v = uniq(rng, pw)
        p = pres[i % 2]
        body_a, body_b = tpl.split("{V}", 1)
        n = tpl.count("{V}")
        a, b = PRES[p].split("{BODY}")
        parts = [a + body_a]
        rest = body_b
        chunks = [rest]
        # support repeated {V}
        chunks = rest.split("{V}")
        from common import mk
        seq = [a + body_a, (v, t)]
        for j, c in enumerate(chunks):
            seq.append(c)
            if j < len(chunks) - 1:
                seq.append((v, t))
        seq.append(b)
        text, spans = mk(seq)
        out.append(dict(type=t, container=t + "__" + p, text=text, secrets=spans, source="password"))
    return out
