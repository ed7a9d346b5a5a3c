"""Positional-password source: ways a password is passed without a telling key."""
import base64
import random

import common231 as C

PW_PREFIX = "optpw_"
SUFFIX = {
    "cli": "optician_laptop_terminal_log",
    "stdin": "lab_server_stdin_pipe",
    "lib": "practice_app_source_excerpt",
    "file": "dispensary_host_config_file",
    "proto": "imaging_lan_wire_capture",
    "gui": "frame_kiosk_ui_automation",
    "sql": "practice_db_query_console",
}

USERS = ["optom1", "dispenser", "labsync", "frontdesk", "locum", "edgerop", "octview", "framebench",
         "pmsadmin", "recallbot", "hmarsh", "okafor", "priya.s", "tomw", "anab"]
HOSTS = ["pms01.brightoptics.lan", "lab-gw.lenslab.example", "10.20.0.15", "oct-archive.lan",
         "edger2.lan", "nas.frameworks.lan", "192.168.40.7", "mail.brightoptics.lan"]

# (syntax, where, template, short description). {V} value, {U} user, {H} host, {N} length of value
S = []


def add(name, where, tmpl, desc, b64=None):
    S.append((name, where, tmpl, desc, b64))


# ---------------------------------------------------------------- cli
add("mysql_client_glued_lower_p", "cli", "$ mysql -h {H} -u {U} -p{V} practice -e 'SELECT COUNT(*) FROM recall_queue;'\n+----------+\n| COUNT(*) |\n+----------+\n|      214 |\n+----------+\n", "mysql -h host -u user -pSECRET db (value glued to -p)")
add("smbclient_capital_u_percent_pair", "cli", "$ smbclient //{H}/scans -U {U}%{V} -c 'ls'\n  .                                   D        0  Mon Mar  4 09:12:01 2024\n", "smbclient //host/share -U user%SECRET")
add("sshpass_lower_p_then_ssh", "cli", "$ sshpass -p '{V}' ssh {U}@{H} 'systemctl status labbridge --no-pager'\n", "sshpass -p SECRET ssh user@host")
add("xfreerdp_slash_p_colon", "cli", "$ xfreerdp /v:{H} /u:{U} /p:'{V}' /cert:ignore /dynamic-resolution\n", "xfreerdp /v:host /u:user /p:SECRET")
add("rclone_obscure_single_positional", "cli", "$ rclone obscure '{V}'\nXq3v0b-OBSCURED-OUTPUT-TRIMMED\n", "rclone obscure SECRET")
add("zip_capital_p_flag", "cli", "$ zip -P '{V}' -r rx_scans_march.zip scans/\n  adding: scans/ (stored 0%)\n", "zip -P SECRET -r archive.zip dir")
add("qpdf_encrypt_first_positional", "cli", "$ qpdf --encrypt '{V}' '' 256 -- lab_invoice.pdf lab_invoice_locked.pdf\n", "qpdf --encrypt USERSECRET OWNER 256 -- in.pdf out.pdf")
add("ldapsearch_lower_w_bind_flag", "cli", "$ ldapsearch -x -H ldap://{H} -D 'cn={U},dc=brightoptics,dc=lan' -w '{V}' '(uid=locum*)' cn\n", "ldapsearch -x -D binddn -w SECRET filter")
add("isql_unixodbc_third_positional", "cli", "$ isql -v PracticeDSN {U} '{V}'\n+---------------------------------------+\n| Connected!                            |\n", "isql -v DSN user SECRET")
add("ssh_keygen_capital_n_new_phrase", "cli", "$ ssh-keygen -t ed25519 -N '{V}' -C 'edger-backup' -f ~/.ssh/edger_backup\nGenerating public/private ed25519 key pair.\n", "ssh-keygen -t ed25519 -N SECRET -f file")
add("windows_net_user_add_second_positional", "cli", "C:\\> net user {U} {V} /add /comment:\"Locum optometrist\"\nThe command completed successfully.\n", "net user NAME SECRET /add")
add("cvs_pserver_root_colon_pair", "cli", "$ cvs -d :pserver:{U}:{V}@{H}:/var/cvs checkout frame-designs\n", "cvs -d :pserver:user:SECRET@host:/repo checkout m")
add("winscp_open_sftp_url_userinfo", "cli", "C:\\> winscp.com /command \"open sftp://{U}:{V}@{H}/ -hostkey=*\" \"put rx_export.csv /incoming/\" \"exit\"\n", "winscp.com /command \"open sftp://user:SECRET@host/\"")
add("cups_lpadmin_device_uri_userinfo", "cli", "$ sudo lpadmin -p frontdesk -E -v ipps://{U}:{V}@{H}/ipp/print -m everywhere\n", "lpadmin -p q -v ipps://user:SECRET@host/ipp/print")
add("bitwarden_cli_unlock_positional", "cli", "$ bw unlock '{V}' --raw > ~/.bw_session\n", "bw unlock SECRET --raw")
add("veracrypt_text_mount_lower_p", "cli", "$ veracrypt --text --mount /media/usb/rx_archive.hc /mnt/rx -p '{V}' --pim=0 --keyfiles='' --protect-hidden=no\n", "veracrypt --text --mount vol dir -p SECRET")
add("ejabberdctl_register_third_positional", "cli", "$ sudo ejabberdctl register {U} chat.brightoptics.lan '{V}'\nUser {U}@chat.brightoptics.lan successfully registered\n", "ejabberdctl register user host SECRET")
add("net_snmp_v2c_lower_c_community", "cli", "$ snmpwalk -v2c -c '{V}' {H} 1.3.6.1.2.1.43.10.2.1.4\nSNMPv2-SMI::mib-2.43.10.2.1.4.1.1 = Counter32: 18231\n", "snmpwalk -v2c -c COMMUNITY host oid")
add("net_snmp_v3_capital_a_auth_phrase", "cli", "$ snmpget -v3 -l authNoPriv -u {U} -a SHA -A '{V}' {H} sysUpTime.0\n", "snmpget -v3 -u user -a SHA -A SECRET host oid")
add("vmrun_lower_gp_after_lower_gu", "cli", "C:\\> vmrun -T ws -gu {U} -gp {V} runProgramInGuest \"C:\\VMs\\PMS\\PMS.vmx\" \"C:\\pms\\backup.cmd\"\n", "vmrun -gu user -gp SECRET runProgramInGuest vmx prog")
add("expect_send_carriage_return", "cli", "$ expect -c 'spawn ssh {U}@{H}; expect \"assword:\"; send \"{V}\\r\"; interact'\n", "expect -c 'spawn …; expect …; send \"SECRET\\r\"'")
add("dislocker_glued_lower_u_user_secret", "cli", "$ sudo dislocker -V /dev/sdb1 -u{V} -- /mnt/bitlocker\n", "dislocker -V dev -uSECRET -- dir (value glued to -u)")
add("arj_glued_lower_g_garble", "cli", "$ arj a -g{V} rx_backup.arj exports/*.csv\n", "arj a -gSECRET archive files (value glued to -g)")
add("lynx_auth_flag_colon_pair", "cli", "$ lynx -auth={U}:{V} https://{H}/labstatus/\n", "lynx -auth=user:SECRET url")
# ---------------------------------------------------------------- stdin
add("cryptsetup_open_key_file_dash", "stdin", "$ echo -n '{V}' | sudo cryptsetup open /dev/sdb1 rxvault --key-file=-\n$ sudo mount /dev/mapper/rxvault /mnt/rx\n", "echo -n SECRET | cryptsetup open dev name --key-file=-")
add("keepassxc_cli_ls_echo_pipe", "stdin", "$ echo '{V}' | keepassxc-cli ls practice.kdbx Vendors\nEnter password to unlock practice.kdbx:\nLab portal\nEdger\n", "echo SECRET | keepassxc-cli ls db.kdbx group")
add("saslpasswd2_p_c_echo_pipe", "stdin", "$ echo '{V}' | sudo saslpasswd2 -p -c -u mail.brightoptics.lan {U}\n", "echo SECRET | saslpasswd2 -p -c -u realm user")
add("sudo_capital_s_echo_pipe", "stdin", "$ echo '{V}' | sudo -S systemctl restart labbridge\n[sudo] password for {U}:\n", "echo SECRET | sudo -S cmd")
add("ftp_n_heredoc_user_command", "stdin", "$ ftp -n {H} <<EOF\nuser {U} {V}\nbinary\nput tracer_export.oma\nbye\nEOF\n", "ftp -n host <<EOF / user NAME SECRET / … EOF")
add("ssh_askpass_helper_echo_script", "stdin", "$ cat ~/bin/edger-askpass.sh\n#!/bin/sh\necho '{V}'\n$ SSH_ASKPASS=~/bin/edger-askpass.sh SSH_ASKPASS_REQUIRE=force ssh {U}@{H}\n", "askpass helper script that echoes SECRET")
add("wrangler_secret_put_stdin_pipe", "stdin", "$ echo -n '{V}' | npx wrangler secret put LAB_DB\n✨ Success! Uploaded secret LAB_DB\n", "echo -n SECRET | wrangler secret put NAME")
add("gh_secret_set_stdin_pipe", "stdin", "$ echo -n '{V}' | gh secret set LAB_BRIDGE --repo brightoptics/labbridge\n✓ Set Actions secret LAB_BRIDGE for brightoptics/labbridge\n", "echo -n SECRET | gh secret set NAME")
# ---------------------------------------------------------------- lib
add("python_zipfile_extractall_third_positional", "lib", "import zipfile\n\nwith zipfile.ZipFile(\"rx_scans.zip\") as zf:\n    zf.extractall(\"rx_in\", None, b\"{V}\")\n", "ZipFile.extractall(path, members, b'SECRET')")
add("python_pypdf_reader_decrypt_single", "lib", "from pypdf import PdfReader\n\nreader = PdfReader(\"lab_invoice.pdf\")\nif reader.is_encrypted:\n    reader.decrypt(\"{V}\")\n", "PdfReader(…).decrypt('SECRET')")
add("python_itsdangerous_serializer_first", "lib", "from itsdangerous import URLSafeTimedSerializer\n\nrecall_links = URLSafeTimedSerializer(\"{V}\", salt=\"recall-link\")\n", "URLSafeTimedSerializer('SECRET', salt=…)")
add("python_paramiko_sshclient_connect_fourth", "lib", "import paramiko\n\nclient = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())\nclient.connect(\"{H}\", 22, \"{U}\", \"{V}\")\n", "SSHClient().connect(host, 22, user, SECRET)")
add("python_authlib_jose_jwt_encode_third", "lib", "from authlib.jose import jwt\n\ntoken = jwt.encode({\"alg\": \"HS256\"}, {\"sub\": \"edger-2\"}, \"{V}\")\n", "authlib jwt.encode(header, payload, SECRET)")
add("python_hvac_userpass_login_second", "lib", "import hvac\n\nclient = hvac.Client(url=\"https://vault.brightoptics.lan:8200\")\nclient.auth.userpass.login(\"{U}\", \"{V}\")\n", "hvac client.auth.userpass.login(user, SECRET)")
add("python_sqlalchemy_create_engine_url_userinfo", "lib", "from sqlalchemy import create_engine\n\nengine = create_engine(\"postgresql+psycopg://{U}:{V}@{H}/practice\")\n", "create_engine('postgresql+psycopg://user:SECRET@host/db')")
add("python_pysnmp_usmuserdata_second", "lib", "from pysnmp.hlapi import UsmUserData, usmHMACSHAAuthProtocol\n\nauth = UsmUserData(\"{U}\", \"{V}\", authProtocol=usmHMACSHAAuthProtocol)\n", "UsmUserData(user, SECRET, authProtocol=…)")
add("python_exchangelib_credentials_second", "lib", "from exchangelib import Credentials, Account\n\ncreds = Credentials(\"{U}@brightoptics.example\", \"{V}\")\naccount = Account(\"recalls@brightoptics.example\", credentials=creds, autodiscover=True)\n", "exchangelib Credentials(user, SECRET)")
add("python_requests_ntlm_httpntlmauth_second", "lib", "import requests\nfrom requests_ntlm import HttpNtlmAuth\n\nr = requests.get(\"https://{H}/ews/\", auth=HttpNtlmAuth(\"BRIGHT\\\\{U}\", \"{V}\"))\n", "HttpNtlmAuth('DOMAIN\\\\user', SECRET)")
add("node_crypto_createhmac_second", "lib", "const crypto = require('crypto');\n\nconst sig = crypto.createHmac('sha256', '{V}').update(body).digest('hex');\n", "crypto.createHmac('sha256', SECRET)")
add("node_crypto_scryptsync_first", "lib", "const { scryptSync } = require('node:crypto');\n\nconst key = scryptSync('{V}', salt, 32);\n", "crypto.scryptSync(SECRET, salt, 32)")
add("node_jsonwebtoken_verify_second", "lib", "const jwt = require('jsonwebtoken');\n\nconst claims = jwt.verify(req.headers['x-lab-token'], '{V}');\n", "jwt.verify(token, SECRET)")
add("node_mysql2_createconnection_uri_userinfo", "lib", "const mysql = require('mysql2/promise');\n\nconst conn = await mysql.createConnection('mysql://{U}:{V}@{H}/practice');\n", "mysql2.createConnection('mysql://user:SECRET@host/db')")
add("java_secretkeyspec_ctor_getbytes_first", "lib", "Mac mac = Mac.getInstance(\"HmacSHA256\");\nmac.init(new SecretKeySpec(\"{V}\".getBytes(StandardCharsets.UTF_8), \"HmacSHA256\"));\n", "new SecretKeySpec(\"SECRET\".getBytes(), \"HmacSHA256\")")
add("java_jedispool_ctor_fifth", "lib", "JedisPool pool = new JedisPool(new JedisPoolConfig(), \"{H}\", 6379, 2000, \"{V}\");\n", "new JedisPool(cfg, host, 6379, 2000, SECRET)")
add("java_javamail_transport_connect_third", "lib", "Transport transport = session.getTransport(\"smtp\");\ntransport.connect(\"{H}\", \"{U}\", \"{V}\");\ntransport.sendMessage(msg, msg.getAllRecipients());\n", "transport.connect(host, user, SECRET)")
add("csharp_rfc2898derivebytes_ctor_first", "lib", "using var kdf = new Rfc2898DeriveBytes(\"{V}\", salt, 100_000, HashAlgorithmName.SHA256);\nbyte[] key = kdf.GetBytes(32);\n", "new Rfc2898DeriveBytes(SECRET, salt, n, alg)")
add("csharp_securestring_appendchar_foreach", "lib", "var ss = new SecureString();\nforeach (var ch in \"{V}\") ss.AppendChar(ch);\nss.MakeReadOnly();\n", "foreach (var ch in \"SECRET\") ss.AppendChar(ch)")
add("csharp_mailkit_authenticate_second", "lib", "using var smtp = new SmtpClient();\nawait smtp.ConnectAsync(\"{H}\", 587, SecureSocketOptions.StartTls);\nawait smtp.AuthenticateAsync(\"{U}\", \"{V}\");\n", "smtp.AuthenticateAsync(user, SECRET)")
add("go_net_smtp_plainauth_third", "lib", "auth := smtp.PlainAuth(\"\", \"{U}\", \"{V}\", \"{H}\")\nerr := smtp.SendMail(\"{H}:587\", auth, from, to, msg)\n", "smtp.PlainAuth(\"\", user, SECRET, host)")
add("rust_reqwest_basic_auth_some_second", "lib", "let resp = client\n    .get(\"https://{H}/api/jobs\")\n    .basic_auth(\"{U}\", Some(\"{V}\"))\n    .send()\n    .await?;\n", ".basic_auth(user, Some(SECRET))")
add("rust_lettre_credentials_new_second", "lib", "let creds = Credentials::new(\"{U}\".to_owned(), \"{V}\".to_owned());\nlet mailer = SmtpTransport::relay(\"{H}\")?.credentials(creds).build();\n", "Credentials::new(user.to_owned(), SECRET.to_owned())")
add("ruby_net_smtp_start_fifth", "lib", "Net::SMTP.start('{H}', 587, 'brightoptics.example', '{U}', '{V}', :plain) do |smtp|\n  smtp.send_message(msg, from, to)\nend\n", "Net::SMTP.start(host, 587, helo, user, SECRET, :plain)")
add("ruby_openssl_hmac_hexdigest_second", "lib", "signature = OpenSSL::HMAC.hexdigest('SHA256', '{V}', request.raw_post)\n", "OpenSSL::HMAC.hexdigest('SHA256', SECRET, data)")
add("php_hash_hmac_third", "lib", "<?php\n$expected = hash_hmac('sha256', $payload, '{V}');\nif (!hash_equals($expected, $sig)) { http_response_code(401); }\n", "hash_hmac('sha256', $data, SECRET)")
add("php_openssl_pkey_get_private_second", "lib", "<?php\n$key = openssl_pkey_get_private(file_get_contents('/etc/labbridge/lab.key'), '{V}');\n", "openssl_pkey_get_private($pem, SECRET)")
add("perl_net_smtp_auth_second", "lib", "my $smtp = Net::SMTP->new('{H}', Port => 587);\n$smtp->starttls();\n$smtp->auth('{U}', '{V}');\n", "$smtp->auth(user, SECRET)")
add("c_sqlcipher_sqlite3_key_second", "lib", "sqlite3 *db;\nsqlite3_open(\"rx_local.db\", &db);\nsqlite3_key(db, \"{V}\", {N});\n", "sqlite3_key(db, \"SECRET\", n)")
add("lua_openresty_ngx_hmac_sha1_first", "lib", "local digest = ngx.hmac_sha1(\"{V}\", ngx.var.request_uri)\nlocal sig = ngx.encode_base64(digest)\n", "ngx.hmac_sha1(SECRET, str)")
add("swift_cryptokit_symmetrickey_data_utf8", "lib", "let key = SymmetricKey(data: Data(\"{V}\".utf8))\nlet mac = HMAC<SHA256>.authenticationCode(for: body, using: key)\n", "SymmetricKey(data: Data(\"SECRET\".utf8))")
add("dart_httpclientbasiccredentials_second", "lib", "final client = HttpClient();\nclient.addCredentials(Uri.parse('https://{H}/'), 'lab', HttpClientBasicCredentials('{U}', '{V}'));\n", "HttpClientBasicCredentials(user, SECRET)")
add("r_httr_authenticate_second", "lib", "library(httr)\nres <- GET(\"https://{H}/api/recalls\", authenticate(\"{U}\", \"{V}\"))\n", "httr::authenticate(user, SECRET)")
add("elixir_crypto_mac_hmac_third", "lib", "sig = :crypto.mac(:hmac, :sha256, \"{V}\", body) |> Base.encode16(case: :lower)\n", ":crypto.mac(:hmac, :sha256, SECRET, data)")
add("arduino_blynk_begin_third", "lib", "#define BLYNK_TEMPLATE_ID \"TMPL4x\"\n#include <BlynkSimpleEsp32.h>\n\nvoid setup() {\n  Blynk.begin(BLYNK_AUTH_TOKEN, \"DISPENSARY-IOT\", \"{V}\");\n}\n", "Blynk.begin(auth, ssid, SECRET)")
add("matlab_database_third_positional", "lib", "conn = database('PracticeDSN', '{U}', '{V}');\nrecalls = fetch(conn, 'SELECT * FROM recall_queue');\n", "database(dsn, user, SECRET)")
# ---------------------------------------------------------------- file
add("pgpass_fifth_colon_field", "file", "# ~/.pgpass\n{H}:5432:practice:{U}:{V}\n", "~/.pgpass host:port:db:user:SECRET")
add("openvpn_auth_user_pass_second_line", "file", "# /etc/openvpn/client/lab-auth.txt (auth-user-pass)\n{U}\n{V}\n", "openvpn auth-user-pass file: user line, then SECRET line")
add("ppp_chap_secrets_third_column", "file", "# /etc/ppp/chap-secrets\n# client\tserver\tsecret\t\tIP addresses\n\"{U}\"\t*\t\"{V}\"\t*\n", "chap-secrets: client server SECRET IPs")
add("hostapd_wpa_psk_file_second_column", "file", "# /etc/hostapd/hostapd.wpa_psk (dispensary tablets)\n00:00:00:00:00:00 {V}\n", "hostapd.wpa_psk: MAC SECRET")
add("stunnel_psk_identity_colon", "file", "# /etc/stunnel/psk.txt\n{U}:{V}\n", "stunnel PSKsecrets file: identity:SECRET")
add("dovecot_passwd_file_plain_scheme_brace", "file", "# /etc/dovecot/users\n{U}@brightoptics.lan:{PLAIN}{V}::::::\n", "dovecot passwd-file: user:{PLAIN}SECRET::::::")
add("pip_conf_index_url_userinfo", "file", "# /etc/pip.conf\n[global]\nindex-url = https://{U}:{V}@{H}/simple/\n", "pip.conf index-url = https://user:SECRET@host/simple/")
add("docker_config_json_auths_b64_pair", "file", "{\n  \"auths\": {\n    \"registry.brightoptics.lan\": {\n      \"auth\": \"{V}\"\n    }\n  }\n}\n", "~/.docker/config.json auths.<host>.auth = Base64(user:SECRET) (span is the Base64)", b64="colon")
add("proxychains_conf_socks5_fifth_field", "file", "# /etc/proxychains4.conf\nstrict_chain\n[ProxyList]\nsocks5 10.20.0.4 1080 {U} {V}\n", "proxychains [ProxyList]: type ip port user SECRET")
add("squid_cache_peer_login_colon_pair", "file", "# squid.conf (lab uplink)\ncache_peer {H} parent 3128 0 no-query default login={U}:{V}\n", "squid cache_peer … login=user:SECRET")
add("lftp_bookmarks_url_userinfo", "file", "# ~/.local/share/lftp/bookmarks\nlabftp\tftp://{U}:{V}@{H}/outgoing/\n", "lftp bookmarks: name ftp://user:SECRET@host/")
add("dma_auth_conf_pipe_host_colon", "file", "# /etc/dma/auth.conf\n{U}|{H}:{V}\n", "dma auth.conf: user|smarthost:SECRET")
add("nagios_resource_cfg_user_macro", "file", "# /usr/local/nagios/etc/resource.cfg\n$USER1$=/usr/local/nagios/libexec\n$USER3$={U}\n$USER4$={V}\n", "nagios resource.cfg $USERn$ macro holding SECRET")
add("lens_lab_tray_manifest_pipe_fourth_field", "file", "# tray manifest (invented lab format): tray|job|lab|portal pin|due\nT-0412|J88120|LL-0442|{V}|2024-03-08\n", "invented lab tray manifest, fourth pipe field")
add("edger_badge_roster_tsv_third_column", "file", "operator\tstation\tunlock\tshift\n{U}\tEDGER-2\t{V}\tlate\n", "invented edger badge roster TSV, third column `unlock`")
add("dispensary_till_ini_comma_list_second", "file", "; till.ini (invented)\n[staff]\nop3={U},{V},manager\n", "invented till ini: opN=name,SECRET,role")
# ---------------------------------------------------------------- proto
add("imap_login_command_third_token", "proto", "S: * OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN] mail ready\nC: a001 LOGIN {U} {V}\nS: a001 OK LOGIN completed\n", "IMAP a001 LOGIN user SECRET")
add("irc_nickserv_identify_second", "proto", ">> PRIVMSG NickServ :IDENTIFY {U} {V}\n<< :NickServ!services@ NOTICE {U} :You are now identified for {U}.\n", "PRIVMSG NickServ :IDENTIFY account SECRET")
add("irc_oper_command_third", "proto", ">> OPER {U} {V}\n<< :irc.brightoptics.lan 381 {U} :You are now an IRC operator\n", "OPER name SECRET")
add("smtp_auth_plain_initial_response_b64", "proto", "S: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN {V}\nS: 235 2.7.0 Authentication successful\n", "SMTP AUTH PLAIN Base64(NUL user NUL SECRET) (span is the Base64)", b64="nul")
add("dicom_aassociate_user_identity_secondary", "proto", "DICOM A-ASSOCIATE-RQ  OCTVIEW -> OCTARCH\n  User Identity Negotiation\n    Item-type: 0x58\n    User-Identity-Type: 2\n    Positive-response-requested: 1\n    Primary-field: {U}\n    Secondary-field: {V}\n", "DICOM A-ASSOCIATE-RQ user identity type 2, secondary field")
add("esp_at_cwsap_second_quoted", "proto", "AT+CWMODE=2\r\nOK\r\nAT+CWSAP=\"EDGER-CFG\",\"{V}\",5,3\r\nOK\r\n", "AT+CWSAP=\"ssid\",\"SECRET\",ch,ecn")
add("amqp_start_ok_plain_response_nul_fields", "proto", "Advanced Message Queueing Protocol\n    Type: Method (1)\n    Class: Connection (10)\n    Method: Start-Ok (11)\n    Mechanism: PLAIN\n    Response: \\000{U}\\000{V}\n", "AMQP Connection.Start-Ok response \\000user\\000SECRET")
add("hl7_msh_eighth_field_security", "proto", "MSH|^~\\&|PMS|BRIGHTOPTICS|LABLINK|LENSLAB|20240301101500|{V}|ORM^O01|MSG00412|P|2.5\rPID|1||PT4471||DOE^JANE\r", "HL7 v2 MSH-8 (security) field")
# ---------------------------------------------------------------- gui
add("autohotkey_sendraw_single", "gui", "#IfWinActive, Practice Manager\n^!l::\nSendRaw, {V}\nSend, {Enter}\nreturn\n", "AutoHotkey SendRaw, SECRET")
add("applescript_system_events_keystroke", "gui", "tell application \"Lens Portal\" to activate\ndelay 1\ntell application \"System Events\" to keystroke \"{V}\"\ntell application \"System Events\" to key code 36\n", "tell application \"System Events\" to keystroke \"SECRET\"")
add("cypress_get_type_chain", "gui", "it('logs into the lab portal', () => {\n  cy.visit('/login')\n  cy.get('#f1').type('{U}')\n  cy.get('#f2').type('{V}')\n  cy.get('form').submit()\n})\n", "cy.get('#f2').type(SECRET)")
add("playwright_page_fill_second", "gui", "await page.goto('https://{H}/login');\nawait page.fill('#f1', '{U}');\nawait page.fill('#f2', '{V}');\nawait page.click('text=Sign in');\n", "page.fill('#f2', SECRET)")
add("katalon_webui_settext_second", "gui", "WebUI.openBrowser('https://{H}/login')\nWebUI.setText(findTestObject('Login/input_f1'), '{U}')\nWebUI.setText(findTestObject('Login/input_f2'), '{V}')\n", "WebUI.setText(findTestObject(…), SECRET)")
add("sikulix_type_single", "gui", "click(\"edger_login_field.png\")\ntype(\"{V}\" + Key.ENTER)\n", "type(\"SECRET\" + Key.ENTER)")
add("flutter_widgettester_entertext_second", "gui", "await tester.enterText(find.byKey(const Key('f1')), '{U}');\nawait tester.enterText(find.byKey(const Key('f2')), '{V}');\nawait tester.tap(find.text('Sign in'));\n", "tester.enterText(find.byKey(Key('f2')), SECRET)")
add("capybara_fill_in_with_keyword", "gui", "visit '/login'\nfill_in 'f1', with: '{U}'\nfill_in 'f2', with: '{V}'\nclick_button 'Sign in'\n", "fill_in 'f2', with: SECRET")
add("gherkin_step_quoted_into_field", "gui", "Scenario: locum signs in\n  Given I am on the practice login page\n  When I type \"{U}\" into the \"f1\" field\n  And I type \"{V}\" into the \"f2\" field\n  Then I see the diary\n", "When I type \"SECRET\" into the \"f2\" field")
add("uiautomator2_set_text_resource_id", "gui", "import uiautomator2 as u2\n\nd = u2.connect()\nd(resourceId=\"com.opticare:id/f1\").set_text(\"{U}\")\nd(resourceId=\"com.opticare:id/f2\").set_text(\"{V}\")\n", "d(resourceId=…).set_text(SECRET)")
add("autoit_send_raw_flag_one", "gui", "WinActivate(\"EdgerLink\")\nControlClick(\"EdgerLink\", \"\", \"Edit2\")\nSend(\"{V}\", 1)\nSend(\"{ENTER}\")\n", "AutoIt Send(\"SECRET\", 1)")
# ---------------------------------------------------------------- sql
add("postgres_pgp_sym_encrypt_second", "sql", "practice=> SELECT job_id, pgp_sym_encrypt(rx_notes, '{V}') FROM dispensing_export LIMIT 5;\n", "pgp_sym_encrypt(data, 'SECRET')")
add("postgres_pgcrypto_hmac_second", "sql", "practice=> SELECT job_id, encode(hmac(job_id::text, '{V}', 'sha256'), 'hex') FROM lab_jobs;\n", "hmac(data, 'SECRET', 'sha256')")
add("sqlserver_sp_addlinkedsrvlogin_fifth", "sql", "1> EXEC sp_addlinkedsrvlogin 'LABSRV', 'false', NULL, '{U}', '{V}';\n2> GO\n", "EXEC sp_addlinkedsrvlogin srv, 'false', NULL, user, SECRET")
add("sqlserver_sp_addlogin_second", "sql", "1> EXEC sp_addlogin '{U}', '{V}', 'PracticeDB';\n2> GO\n", "EXEC sp_addlogin user, SECRET, db")
add("oracle_dbms_credential_create_third", "sql", "SQL> BEGIN\n  2    DBMS_CREDENTIAL.CREATE_CREDENTIAL('LABCRED', '{U}', '{V}');\n  3  END;\n  4  /\n", "DBMS_CREDENTIAL.CREATE_CREDENTIAL(name, user, SECRET)")


def build(reg):
    rng = random.Random(C.SEEDS["positional"])
    recs = []
    for name, where, tmpl, desc, b64 in S:
        user = rng.choice(USERS)
        host = rng.choice(HOSTS)
        pw = reg.draw(lambda: C.owner_password(rng, strict=True))
        extra = None
        if b64 == "colon":
            value = base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()
            reg.add(value)
            extra = {"hidden_password": pw}
        elif b64 == "nul":
            value = base64.b64encode(("\0%s\0%s" % (user, pw)).encode()).decode()
            reg.add(value)
            extra = {"hidden_password": pw}
        else:
            value = pw
        text = tmpl.replace("{U}", user).replace("{H}", host).replace("{N}", str(len(value)))
        text = text.replace("{V}", value)
        typ = PW_PREFIX + name
        rec = C.make_record("x", typ, typ + "__" + SUFFIX[where], text, value, "password")
        rec["_hidden"] = extra  # removed before writing; used by checks
        recs.append(rec)
    return recs
