"""Positional passwords: one new syntax each, from office PCs, routers, Wi-Fi, NAS, VoIP,
small-business software and school / clinic servers."""
import random
from common import password, alnum_password, uniq

SEED = 39003

P = [
 ('nmcli_wifi_connect_password_positional', 'nmcli device wifi connect "Shop-Guest" password {P}'),
 ('wpa_passphrase_second_positional', 'wpa_passphrase ClinicStaff {P} >> /etc/wpa_supplicant.conf'),
 ('hostapd_conf_wpa_passphrase_line', 'interface=wlan0\nssid=Library-Public\nwpa=2\nwpa_passphrase={P}'),
 ('wifi_qr_payload_p_field', 'WIFI:T:WPA;S:Cafe-Guests;P:{P};;'),
 ('netsh_wlan_profile_keymaterial_element', '<sharedKey><keyType>passPhrase</keyType><protected>false</protected><keyMaterial>{P}</keyMaterial></sharedKey>'),
 ('uci_set_wireless_key_assignment', "uci set wireless.default_radio0.key='{P}'\nuci commit wireless"),
 ('mikrotik_security_profile_psk_param', '/interface wireless security-profiles set default wpa2-pre-shared-key={P}'),
 ('iwd_psk_file_passphrase_line', '[Security]\nPassphrase={P}'),
 ('cisco_enable_secret_zero_line', 'conf t\nenable secret 0 {P}\nend'),
 ('cisco_username_password_zero_line', 'username shopadmin privilege 15 password 0 {P}'),
 ('edgeos_plaintext_password_set', 'set system login user admin authentication plaintext-password {P}'),
 ('fortios_set_password_line', 'config system admin\n    edit "office"\n        set password {P}\n    next\nend'),
 ('windows_net_user_add_positional', 'net user reception {P} /add'),
 ('windows_net_use_share_positional', 'net use Z: \\\\nas01\\accounts {P} /user:office\\bookkeeper'),
 ('cmdkey_add_pass_switch', 'cmdkey /add:printserver /user:frontdesk /pass:{P}'),
 ('schtasks_create_rp_switch', 'schtasks /create /tn "NightlyBackup" /tr backup.bat /sc daily /ru office\\backup /rp {P}'),
 ('sc_config_service_password_equals', 'sc config PosSyncSvc obj= .\\possync password= {P}'),
 ('psexec_dash_p_option', 'psexec \\\\TILL-02 -u admin -p {P} ipconfig /all'),
 ('wmic_node_password_switch', 'wmic /node:PC-LAB3 /user:admin /password:{P} os get caption'),
 ('winlogon_defaultpassword_reg_add', 'reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultPassword /t REG_SZ /d {P} /f'),
 ('convertto_securestring_asplaintext_literal', '$pw = ConvertTo-SecureString "{P}" -AsPlainText -Force'),
 ('dsadd_user_pwd_switch', 'dsadd user "CN=Kiosk,OU=Library,DC=town,DC=local" -pwd {P}'),
 ('ldappasswd_new_password_s_flag', 'ldappasswd -x -D cn=admin,dc=school,dc=local -W -s {P} uid=teacher7,ou=staff,dc=school,dc=local'),
 ('ldapsearch_bind_password_w_flag', 'ldapsearch -x -D cn=reader,dc=school,dc=local -w {P} -b ou=pupils,dc=school,dc=local'),
 ('smbclient_user_percent_password', 'smbclient //nas/scans -U scanner%{P}'),
 ('mount_cifs_password_option', 'mount -t cifs //10.0.0.5/photos /mnt/photos -o username=family,password={P}'),
 ('smbcredentials_file_password_line', 'username=office\npassword={P}\ndomain=WORKGROUP'),
 ('xfreerdp_slash_p_colon', 'xfreerdp /v:192.168.1.20 /u:accounts /p:{P}'),
 ('rdesktop_dash_p_option', 'rdesktop -u reception -p {P} 10.1.1.9'),
 ('teamviewer_password_cli_option', 'TeamViewer.exe --id 123456789 --Password {P}'),
 ('anydesk_set_password_stdin_echo', 'echo {P} | anydesk.exe --set-password'),
 ('vncviewer_passwd_literal_option', 'vncviewer -password={P} 192.168.0.33:0'),
 ('rasdial_entry_user_password_positional', 'rasdial "Office VPN" remote.worker {P}'),
 ('ipsec_secrets_psk_quoted', ': PSK "{P}"'),
 ('pap_secrets_client_server_secret_line', '"farmhouse@isp"  *  "{P}"  *'),
 ('wvdial_conf_password_equals', '[Dialer Defaults]\nModem = /dev/ttyUSB0\nUsername = farm\nPassword = {P}'),
 ('openconnect_passwd_on_stdin_echo', 'echo {P} | openconnect --user=clinic --passwd-on-stdin vpn.health.example'),
 ('openvpn_auth_user_pass_file_second_line', 'branch-office\n{P}'),
 ('zip_capital_p_option', 'zip -P {P} payroll_march.zip payroll_march.xlsx'),
 ('sevenzip_glued_p_switch', '7z a -p{P} -mhe=on pupil_reports.7z reports/'),
 ('unzip_capital_p_option', 'unzip -P {P} scans_2024.zip'),
 ('openssl_enc_pass_pass_prefix', 'openssl enc -aes-256-cbc -pbkdf2 -in ledger.csv -out ledger.enc -pass pass:{P}'),
 ('gpg_batch_passphrase_option', 'gpg --batch --yes --passphrase {P} -c donors.xlsx'),
 ('qpdf_encrypt_user_owner_positional', 'qpdf --encrypt {P} {P2} 256 -- results.pdf results_locked.pdf'),
 ('qpdf_password_equals_option', 'qpdf --password={P} --decrypt invoice.pdf invoice_open.pdf'),
 ('pdftotext_upw_option', 'pdftotext -upw {P} statement.pdf -'),
 ('ghostscript_spdfpassword_define', 'gs -q -dNOPAUSE -sPDFPassword={P} -sDEVICE=pdfwrite -o out.pdf in.pdf'),
 ('msoffcrypto_tool_p_option', 'msoffcrypto-tool -p {P} wages.xlsx wages_plain.xlsx'),
 ('vba_sheet_protect_password_named_arg', 'ActiveSheet.Protect Password:="{P}", DrawingObjects:=True'),
 ('vba_workbooks_open_password_named_arg', 'Workbooks.Open Filename:="C:\\Shop\\stock.xlsx", Password:="{P}"'),
 ('vba_unprotect_positional_string', 'ThisWorkbook.Unprotect "{P}"'),
 ('openssl_pkcs12_passout_pass_prefix', 'openssl pkcs12 -export -in till.crt -inkey till.key -out till.pfx -passout pass:{P}'),
 ('keytool_storepass_option', 'keytool -list -keystore pos-terminal.jks -storepass {P}'),
 ('certutil_importpfx_p_option', 'certutil -f -p {P} -importpfx einvoice.pfx'),
 ('ipmitool_capital_p_option', 'ipmitool -I lanplus -H 10.0.0.50 -U ADMIN -P {P} chassis status'),
 ('racadm_lowercase_p_option', 'racadm -r 10.0.0.51 -u root -p {P} serveraction powercycle'),
 ('snmpwalk_auth_passphrase_a_flag', 'snmpwalk -v3 -u monitor -l authNoPriv -a SHA -A {P} 192.168.1.1'),
 ('sip_conf_peer_secret_line', '[reception]\ntype=friend\nhost=dynamic\nsecret={P}'),
 ('asterisk_manager_conf_secret_line', '[fop]\nsecret = {P}\nread = all'),
 ('baresip_accounts_auth_pass_param', '<sip:1001@pbx.clinic.local>;auth_pass={P};regint=600'),
 ('linphonec_register_password_positional', 'linphonec -c "register sip:201@pbx.school.local pbx.school.local {P}"'),
 ('rtsp_camera_url_userinfo_password', 'ffmpeg -i rtsp://viewer:{P}@192.168.1.64:554/Streaming/Channels/101 -t 10 gate.mp4'),
 ('lpadmin_smb_device_uri_password', 'lpadmin -p OfficeLaser -v smb://scan:{P}@PRINTSRV/Laser -E'),
 ('lftp_u_user_comma_password', 'lftp -u webshop,{P} ftp.host.example'),
 ('wget_ftp_password_equals_option', 'wget --ftp-user=photos --ftp-password={P} ftp://nas.local/export.zip'),
 ('wget_http_password_equals_option', 'wget --http-user=club --http-password={P} https://intranet.club.example/fixtures.pdf'),
 ('plink_pw_option', 'plink -ssh -pw {P} pi@192.168.1.40 "sudo reboot"'),
 ('pscp_pw_option', 'pscp -pw {P} report.csv admin@10.0.0.8:/srv/reports/'),
 ('winscp_open_url_userinfo_password', 'winscp.com /command "open sftp://upload:{P}@files.printshop.example/" "put flyer.pdf" "exit"'),
 ('rsync_password_env_prefix', 'RSYNC_PASSWORD={P} rsync -av photos/ backup@nas::family'),
 ('borg_passphrase_env_prefix', 'BORG_PASSPHRASE={P} borg create /mnt/usb::{now} /home/office'),
 ('duplicity_ftp_password_env_prefix', 'FTP_PASSWORD={P} duplicity /srv/school ftp://backup@store.example/school'),
 ('kopia_repository_password_flag', 'kopia repository connect filesystem --path /mnt/backup --password={P}'),
 ('chpasswd_stdin_user_colon_echo', 'echo "kiosk:{P}" | chpasswd'),
 ('passwd_stdin_echo_pipe', 'echo {P} | passwd --stdin student01'),
 ('mysqladmin_password_subcommand_positional', 'mysqladmin -u root password {P}'),
 ('mysqldump_glued_p_option', 'mysqldump -u shop -p{P} webshop > webshop.sql'),
 ('sqlcmd_capital_p_option', 'sqlcmd -S .\\SQLEXPRESS -U sa -P {P} -Q "BACKUP DATABASE Pos TO DISK=\'D:\\pos.bak\'"'),
 ('bcp_capital_p_option', 'bcp Sales.dbo.Orders out orders.dat -S TILLSRV -U report -P {P} -c'),
 ('sqlplus_user_slash_password_connect', 'sqlplus clinic/{P}@//10.2.0.4:1521/EMR'),
 ('db2_connect_using_clause', 'db2 connect to PAYROLL user payadm using {P}'),
 ('firebird_gsec_pw_option', 'gsec -user SYSDBA -password masterkey -add frontdesk -pw {P}'),
 ('odbc_connection_string_pwd_key', 'Driver={ODBC Driver 17 for SQL Server};Server=POS01;Database=Shop;Uid=pos;Pwd={P};'),
 ('access_jet_oledb_database_password', 'Provider=Microsoft.ACE.OLEDB.12.0;Data Source=C:\\Members\\members.accdb;Jet OLEDB:Database Password={P};'),
 ('ssmtp_conf_authpass_line', 'root=office@shop.example\nmailhub=smtp.mail.example:587\nAuthUser=office@shop.example\nAuthPass={P}'),
 ('postfix_sasl_passwd_map_entry', '[smtp.mail.example]:587 alerts@farm.example:{P}'),
 ('sendemail_xp_option', 'sendEmail -f scanner@office.example -t boss@office.example -s smtp.mail.example:587 -xu scanner@office.example -xp {P} -u "Scan" -a scan.pdf'),
 ('mailx_smtp_auth_password_setting', 'mailx -S smtp=smtp://mail.example:587 -S smtp-auth=login -S smtp-auth-user=alerts -S smtp-auth-password={P} -s "UPS alarm" it@school.example'),
 ('imapsync_password1_option', 'imapsync --host1 old.mail.example --user1 info@shop.example --password1 {P} --host2 new.mail.example --user2 info@shop.example --passfile2 p2.txt'),
 ('getmail_rc_password_line', '[retriever]\ntype = SimpleIMAPSSLRetriever\nserver = imap.mail.example\nusername = orders\npassword = {P}'),
 ('dovecot_passwd_file_plain_scheme', 'frontdesk:{PLAIN}{P}:1001:1001::/home/frontdesk'),
 ('moodle_cli_install_adminpass_option', 'php admin/cli/install.php --adminuser=admin --adminpass={P} --non-interactive --agree-license'),
 ('moodle_cli_install_dbpass_option', 'php admin/cli/install_database.php --dbpass={P} --fullname="Hillside VLE"'),
 ('magento_setup_install_admin_password_option', 'bin/magento setup:install --admin-user=owner --admin-password={P} --base-url=https://shop.example/'),
 ('bench_set_admin_password_positional', 'bench --site erp.coop.example set-admin-password {P}'),
 ('odoo_db_password_option', 'odoo-bin -d farmshop --db_user=odoo --db_password={P} -i sale'),
 ('joomla_configuration_public_password_property', "\tpublic $user = 'joomla';\n\tpublic $password = '{P}';\n\tpublic $db = 'parish_site';"),
 ('prestashop_parameters_database_password_entry', "    'database_user' => 'presta',\n    'database_password' => '{P}',"),
 ('dhis_conf_connection_password_key', 'connection.username = dhis\nconnection.password = {P}'),
 ('autohotkey_send_raw_literal', '#p::SendRaw {P}'),
 ('autoit_send_raw_flag_call', 'Send("{P}", 1)'),
 ('pyautogui_write_string_argument', "pyautogui.write('{P}', interval=0.05)"),
 ('selenium_send_keys_string_argument', 'driver.find_element(By.ID, "password").send_keys("{P}")'),
]

SUFFIXES = ['office_pc_setup_notes', 'remote_support_chat_paste']


def build():
    r = random.Random(SEED)
    recs = []
    for i, (t, tpl) in enumerate(P):
        g = uniq(lambda rr: password(rr) if rr.random() < 0.7 else alnum_password(rr))
        v = g(r)
        body = tpl
        if '{P2}' in body:
            body = body.replace('{P2}', 'Owner' + str(r.randrange(1000, 9999)) + 'x')
        suffix = SUFFIXES[i % 2]
        if suffix == 'office_pc_setup_notes':
            pre = 'Setup notes (written by the IT volunteer)\n- step %d:\n' % (i % 7 + 2)
            post = '\n- done, tested OK'
        else:
            pre = '[support] please paste exactly this:\n'
            post = '\n[customer] ok it worked'
        before, after = body.split('{P}')
        before, after = pre + before, after + post
        text = before + v + after
        recs.append({'type': t, 'container': t + '__' + suffix, 'text': text,
                     'secrets': [{'value': v, 'start': len(before), 'end': len(before) + len(v), 'type': t}],
                     'source': 'password'})
    return recs, SUFFIXES
