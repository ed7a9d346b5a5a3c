"""Positional password syntaxes: the value's place says it is a password."""
import base64
from common154 import G, place

P = [
 ("smbclient_share_then_password_positional", "smbclient //nas01/ScansInbox {V} -U scanner -c 'ls'"),
 ("zip_capital_p_before_archive", "zip -r -P {V} parish_1841.zip scans/1841/"),
 ("unzip_capital_p_before_archive", "unzip -P {V} fhs_member_export.zip -d /tmp/export"),
 ("rar_glued_hp", "rar a -hp{V} vestry_minutes.rar tiff/"),
 ("unrar_glued_lower_p", "unrar x -p{V} donated_photos.rar ./incoming/"),
 ("qpdf_encrypt_first_positional", "qpdf --encrypt {V} ownerkey-unused 256 -- pedigree_chart.pdf pedigree_locked.pdf"),
 ("openssl_rsa_passin_pass_prefix", "openssl rsa -in tree_site.key -passin pass:{V} -out tree_site.nopass.key"),
 ("keytool_storepass_value", "keytool -list -keystore archive_viewer.jks -storepass {V}"),
 ("jarsigner_storepass_value", "jarsigner -keystore release.jks -storepass {V} scanapp.jar release"),
 ("apksigner_ks_pass_pass_prefix", "apksigner sign --ks upload.jks --ks-pass pass:{V} treeviewer.apk"),
 ("certutil_lower_p_importpfx", "certutil -f -p {V} -importpfx archive_codesign.pfx"),
 ("signtool_slash_p_after_f", "signtool sign /f scanstation.pfx /p {V} /fd sha256 ScanStation.exe"),
 ("pk12util_capital_w", "pk12util -i reading_room.p12 -d sql:/etc/pki/nssdb -W {V}"),
 ("cryptsetup_luksopen_stdin_echo", "echo -n '{V}' | cryptsetup luksOpen /dev/sdb1 scans_vault -"),
 ("veracrypt_lower_p_text_mode", "veracrypt -t --mount /dev/sdc1 /mnt/dna_raw -p {V} --pim=0 -k '' --protect-hidden=no"),
 ("steghide_extract_lower_p", "steghide extract -sf great_grandmother_1902.jpg -p {V}"),
 ("hydra_lower_p_after_lower_l", "hydra -l admin -p {V} 10.20.0.14 http-post-form '/login:u=^USER^&p=^PASS^:F=denied'"),
 ("medusa_lower_p_after_lower_u", "medusa -h 10.20.0.15 -u archivist -p {V} -M ssh"),
 ("smbmap_lower_p_after_lower_u", "smbmap -H 10.20.0.16 -u scanner -p {V}"),
 ("rdesktop_lower_p_after_lower_u", "rdesktop -u readingroom -p {V} kiosk3.archive.local"),
 ("xfreerdp_slash_p_colon", "xfreerdp /v:scan-03.archive.local /u:operator /p:{V} /dynamic-resolution"),
 ("aria2c_ftp_url_userinfo", "aria2c ftp://mirror:{V}@ftp.records.example.org/census/1921/rg15.tar"),
 ("mc_alias_set_fourth_positional", "mc alias set tiffvault https://s3.archive.local GENSCANKEY01 {V}"),
 ("az_login_lower_p_after_lower_u", "az login -u ops@fhs.example.org -p {V}"),
 ("cf_login_lower_p_after_lower_u", "cf login -a https://api.cf.example.org -u deployer -p {V}"),
 ("oc_login_lower_p_after_lower_u", "oc login https://api.ocp.archive.local:6443 -u dev -p {V}"),
 ("skopeo_src_creds_colon_pair", "skopeo copy --src-creds builder:{V} docker://registry.archive.local/ocr:3 dir:/tmp/ocr"),
 ("mongosh_lower_p_after_lower_u", "mongosh 'mongodb://db1.tree.local/gedcom' -u importer -p {V}"),
 ("cqlsh_lower_p_after_lower_u", "cqlsh cass1.dna.local -u matcher -p {V}"),
 ("rabbitmqctl_add_user_second", "rabbitmqctl add_user ocrworker {V}"),
 ("rabbitmqctl_change_password_second", "rabbitmqctl change_password indexer {V}"),
 ("mosquitto_passwd_batch_third", "mosquitto_passwd -b /etc/mosquitto/passwd scanner3 {V}"),
 ("smbpasswd_silent_stdin_echo", "(echo '{V}'; echo 'same-again') | smbpasswd -s -a volunteer"),
 ("ldappasswd_lower_s_new_value", "ldappasswd -H ldap://dir.fhs.local -x -D cn=admin,dc=fhs -y /root/.ldap -s {V} uid=gwen,ou=people,dc=fhs"),
 ("windows_net_user_add_second", "net user indexer07 {V} /add /comment:\"parish volunteer\""),
 ("winrs_lower_p_colon", "winrs -r:scan-03 -u:SCAN\\operator -p:{V} ipconfig"),
 ("pgloader_source_uri_userinfo", "pgloader mysql://tng:{V}@legacy.tree.local/tng_ancestry postgresql:///tree"),
 ("firebird_isql_lower_p", "isql-fb -u SYSDBA -p {V} /var/lib/firebird/legacy_indexes.fdb"),
 ("firebird_gbak_pas_flag", "gbak -b -user SYSDBA -pas {V} legacy_indexes.fdb legacy.fbk"),
 ("openvpn_auth_file_second_line", "$ cat /etc/openvpn/archive-vpn.auth\nreading-room\n{V}\n$ openvpn --config archive.ovpn --auth-user-pass /etc/openvpn/archive-vpn.auth"),
 ("ipsec_secrets_xauth_quoted", "# /etc/ipsec.secrets\nvolunteer : XAUTH \"{V}\""),
 ("pgpass_fifth_field", "# ~/.pgpass\ndb1.tree.local:5432:gedcom:importer:{V}"),
 ("rsyncd_secrets_after_colon", "# /etc/rsyncd.secrets (mode 600)\nbagger:{V}"),
 ("dovecot_passwd_file_plain_scheme", "# /etc/dovecot/users\nsecretary@fhs.example.org:{PLAIN}{V}::::::"),
 ("postfix_sasl_passwd_after_colon", "# /etc/postfix/sasl_passwd\n[smtp.example.org]:587 newsletter@fhs.example.org:{V}"),
 ("exim_passwd_client_third_field", "# /etc/exim4/passwd.client\nsmtp.example.org:bulletin@fhs.example.org:{V}"),
 ("vsftpd_virtual_users_even_line", "# /etc/vsftpd/virtual_users.txt (odd lines user, even lines password)\nparishscans\n{V}\n"),
 ("git_credentials_store_userinfo", "# ~/.git-credentials\nhttps://treebot:{V}@git.fhs.example.org"),
 ("pip_conf_index_url_userinfo", "[global]\nindex-url = https://ci:{V}@pypi.archive.local/simple/"),
 ("imap_wire_login_third_token", "C: a1 LOGIN transcriber {V}\nS: a1 OK LOGIN completed"),
 ("smtp_auth_plain_b64", "C: AUTH PLAIN {V}\nS: 235 2.7.0 Authentication successful"),
 ("managesieve_authenticate_plain_b64", "C: AUTHENTICATE \"PLAIN\" \"{V}\"\nS: OK \"Logged in.\""),
 ("redis_cli_lower_a", "redis-cli -h cache.tree.local -a {V} --no-auth-warning INFO keyspace"),
 ("irc_nickserv_identify_single", "/msg NickServ IDENTIFY {V}"),
 ("irc_nickserv_register_first", "/msg NickServ REGISTER {V} gwen@fhs.example.org"),
 ("python_pymysql_connect_third_positional", "conn = pymysql.connect('legacy.tree.local', 'tng', '{V}', 'tng_ancestry')"),
 ("python_pymongo_client_uri_userinfo", "client = MongoClient('mongodb://gedcom:{V}@db1.tree.local/?authSource=admin')"),
 ("python_pysmb_smbconnection_second", "conn = SMBConnection('scanner', '{V}', 'SCAN03', 'NAS01', use_ntlm_v2=True)"),
 ("python_ldap3_connection_third", "conn = Connection(server, 'cn=indexer,dc=fhs', '{V}', auto_bind=True)"),
 ("python_zipfile_setpassword_single", "zf = zipfile.ZipFile('member_export.zip')\nzf.setpassword(b'{V}')"),
 ("python_pypdf_decrypt_single", "reader = PdfReader('probate_1893.pdf')\nreader.decrypt('{V}')"),
 ("python_pymupdf_authenticate_single", "doc = fitz.open('will_transcript.pdf')\ndoc.authenticate('{V}')"),
 ("python_load_pem_private_key_second", "key = serialization.load_pem_private_key(pem_bytes, b'{V}')"),
 ("python_paramiko_rsakey_from_file_second", "pkey = paramiko.RSAKey.from_private_key_file('/home/dev/.ssh/bagger', '{V}')"),
 ("python_xmlrpc_serverproxy_userinfo", "proxy = xmlrpc.client.ServerProxy('https://bot:{V}@wiki.fhs.example.org/xmlrpc')"),
 ("python_exchangelib_credentials_second", "creds = Credentials('archives@fhs.example.org', '{V}')"),
 ("python_pyocclient_login_second", "oc = owncloud.Client('https://cloud.fhs.example.org')\noc.login('scans', '{V}')"),
 ("python_internetarchive_configure_second", "from internetarchive import configure\nconfigure('uploads@fhs.example.org', '{V}')"),
 ("python_requests_digest_auth_second", "r = requests.get(url, auth=HTTPDigestAuth('indexer', '{V}'))"),
 ("python_httpx_basicauth_second", "auth = httpx.BasicAuth('iiif-admin', '{V}')"),
 ("python_aiohttp_basicauth_second", "auth = aiohttp.BasicAuth('scanfeed', '{V}')"),
 ("node_http_request_auth_colon_pair", "http.request({ host: 'nas01', path: '/api', auth: 'scanner:{V}' }, cb);"),
 ("js_btoa_user_colon_pair", "headers.Authorization = 'Basic ' + btoa('rsvp:{V}');"),
 ("java_passwordauthentication_second", "return new PasswordAuthentication(\"newsletter\", \"{V}\".toCharArray());"),
 ("java_keystore_load_second", "ks.load(new FileInputStream(\"archive.p12\"), \"{V}\".toCharArray());"),
 ("go_smtp_plainauth_third", "auth := smtp.PlainAuth(\"\", \"bulletin@fhs.example.org\", \"{V}\", \"smtp.example.org\")"),
 ("go_ldap_conn_bind_second", "err = l.Bind(\"cn=sync,dc=fhs\", \"{V}\")"),
 ("csharp_fluentftp_ctor_third", "var ftp = new FtpClient(\"ftp.records.example.org\", \"mirror\", \"{V}\");"),
 ("csharp_x509certificate2_second", "var cert = new X509Certificate2(\"scanstation.pfx\", \"{V}\");"),
 ("ruby_net_smtp_start_fifth", "Net::SMTP.start('smtp.example.org', 587, 'fhs.example.org', 'bulletin', '{V}', :login)"),
 ("ruby_pg_connect_seventh_positional", "conn = PG.connect('db1.tree.local', 5432, nil, nil, 'gedcom', 'importer', '{V}')"),
 ("php_pdo_ctor_third", "$pdo = new PDO('mysql:host=localhost;dbname=tng', 'tng', '{V}');"),
 ("php_ldap_bind_third", "ldap_bind($conn, 'cn=site,dc=fhs', '{V}');"),
 ("perl_net_smtp_auth_second", "$smtp->auth('bulletin', '{V}');"),
 ("perl_net_telnet_login_second", "$t->login('scanner', '{V}');"),
 ("rust_suppaftp_login_second", "ftp.login(\"mirror\", \"{V}\")?;"),
 ("rust_lettre_credentials_new_second", "let creds = Credentials::new(\"bulletin\".to_owned(), \"{V}\".to_owned());"),
 ("lua_luasql_connect_third", "local con = env:connect('tng_ancestry', 'tng', '{V}', 'legacy.tree.local')"),
 ("vba_workbooks_open_fifth", "Set wb = Workbooks.Open(\"C:\\Index\\burials_1850.xlsx\", , , , \"{V}\")"),
 ("vba_worksheet_protect_single", "ActiveSheet.Protect \"{V}\""),
 ("vba_saveas_third_positional", "ActiveWorkbook.SaveAs \"C:\\Index\\baptisms.xlsx\", , \"{V}\""),
 ("arduino_wifi_softap_second", "WiFi.softAP(\"ScanCart-AP\", \"{V}\");"),
 ("arduino_wifimulti_addap_second", "wifiMulti.addAP(\"ReadingRoom\", \"{V}\");"),
 ("arduino_firebase_begin_second", "Firebase.begin(\"gravesurvey.firebaseio.com\", \"{V}\");"),
 ("sql_create_user_identified_by", "CREATE USER 'indexer'@'%' IDENTIFIED BY '{V}';"),
 ("tsql_sp_addlogin_second", "EXEC sp_addlogin 'parishweb', '{V}';"),
 ("tsql_sp_addlinkedsrvlogin_fifth", "EXEC sp_addlinkedsrvlogin 'LEGACYIDX', 'false', NULL, 'reader', '{V}';"),
 ("mongo_db_auth_second", "mongosh --eval 'db.getSiblingDB(\"admin\").auth(\"importer\", \"{V}\")'"),
 ("jenkins_cli_auth_colon_pair", "java -jar jenkins-cli.jar -s https://ci.archive.local/ -auth builder:{V} build ocr-nightly"),
 ("sqsh_capital_p_after_capital_u", "sqsh -S LEGACYIDX -U reader -P {V} -D burials"),
 ("rman_target_slash_logon", "rman target sys/{V}@archdb"),
 ("gpg_preset_passphrase_capital_p", "/usr/lib/gnupg/gpg-preset-passphrase --preset -P {V} 3A9F00C1B27D4E8F6A5B1C2D3E4F5A6B7C8D9E0F"),
 ("ssh_keygen_capital_n_new_phrase", "ssh-keygen -t ed25519 -N {V} -f ~/.ssh/bagger_ed25519"),
 ("ccrypt_capital_k", "ccrypt -e -K {V} member_list_2025.csv"),
 ("mcrypt_lower_k", "mcrypt -k {V} dna_raw_export.txt"),
 ("aescrypt_lower_p", "aescrypt -e -p {V} gedcom_backup.ged"),
]

SUFFIXES = ["archive_workstation_shell_history", "tree_site_runbook_excerpt", "genealogy_tool_source_line", "records_server_wire_capture"]


def build(reg, seed=15403):
    g = G(seed, reg)
    out = []
    for i, (syn, tpl) in enumerate(P):
        t = "genpw_" + syn
        if syn == "smtp_auth_plain_b64":
            v = g.uniq(lambda: base64.b64encode(("\0newsletter\0" + g.password()).encode()).decode())
        elif syn == "managesieve_authenticate_plain_b64":
            v = g.uniq(lambda: base64.b64encode(("\0secretary\0" + g.password()).encode()).decode())
        elif syn == "mc_alias_set_fourth_positional":
            v = g.from_spec("a:40")
        else:
            v = g.password()
        text, s, e = place(tpl, v)
        out.append({"type": t, "container": t + "__" + SUFFIXES[i % 4], "text": text, "secrets": [{"value": v, "start": s, "end": e, "type": t}], "source": "password"})
    return out
