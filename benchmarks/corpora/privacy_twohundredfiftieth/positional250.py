"""Positional passwords: the value is a password but no key name says so."""
import random

from common250 import owner_password, span_of

SEED = 25003
TYPE_PREFIX = "prnpw_"

WHERE = {
    "cli": "studio_terminal_scrollback",
    "stdin": "bindery_shell_pipeline",
    "lib": "press_app_source_snippet",
    "gui": "shop_ui_robot_script",
    "file": "studio_server_config_file",
    "sql": "stock_db_admin_session",
    "proto": "press_network_trace",
}

P = []


def p(name, where, syntax, tpl):
    P.append((name, where, syntax, tpl))


# ------------------------------------------------------------------ cli
p("xfreerdp_slash_p_colon_value", "cli", "xfreerdp /v:host /u:user /p:SECRET", """\
teodor@press-pc:~$ xfreerdp /v:10.20.5.40 /u:operator /p:@@P@@ /cert:ignore /dynamic-resolution
[09:12:44:112] [4411:4412] [INFO][com.freerdp.client.x11] - Connecting to 10.20.5.40
""")
p("ipmitool_capital_p_after_capital_u", "cli", "ipmitool -I lanplus -H host -U user -P SECRET cmd", """\
hamish@ops:~$ ipmitool -I lanplus -H 10.20.9.3 -U admin -P @@P@@ chassis power status
Chassis Power is on
""")
p("ldapsearch_lower_w_after_capital_d", "cli", "ldapsearch -x -D binddn -w SECRET -b base filter", """\
$ ldapsearch -x -H ldap://ldap.kettlestitch.example -D "cn=stock-sync,ou=svc,dc=kettlestitch,dc=example" -w @@P@@ -b "ou=people,dc=kettlestitch,dc=example" "(uid=maren)" mail
# extended LDIF
dn: uid=maren,ou=people,dc=kettlestitch,dc=example
mail: maren@kettlestitch.example
""")
p("ssh_keygen_capital_n_new_passphrase", "cli", "ssh-keygen -t ed25519 -N SECRET -f keyfile", """\
sol@stonecellar:~$ ssh-keygen -t ed25519 -C "deploy@stonecellar" -N @@P@@ -f ~/.ssh/deploy_editions
Generating public/private ed25519 key pair.
Your identification has been saved in /home/sol/.ssh/deploy_editions
""")
p("openssl_enc_lower_k_flag", "cli", "openssl enc -aes-256-cbc -in f -out f.enc -k SECRET", """\
ines@shop:~/exports$ openssl enc -aes-256-cbc -pbkdf2 -salt -in customers.csv -out customers.csv.enc -k @@P@@
ines@shop:~/exports$ shred -u customers.csv
""")
p("veracrypt_text_lower_p_short_flag", "cli", "veracrypt --text --mount vol mnt -p SECRET", """\
$ veracrypt --text --mount /media/usb/scans.hc /mnt/scans -p @@P@@ --pim=0 --keyfiles="" --protect-hidden=no
$ ls /mnt/scans | head -3
""")
p("minio_mc_alias_set_fourth_positional", "cli", "mc alias set ALIAS URL ACCESSKEY SECRET", """\
hamish@ops:~$ mc alias set scans https://s3.stonecellar.example scans-admin @@P@@
Added `scans` successfully.
""")
p("bitwarden_cli_unlock_positional", "cli", "bw unlock SECRET --raw", """\
PS C:\\Users\\ines> bw unlock @@P@@ --raw > $env:TEMP\\bw_session
PS C:\\Users\\ines> $env:BW_SESSION = Get-Content $env:TEMP\\bw_session
""")
p("bitwarden_cli_login_second_positional", "cli", "bw login EMAIL SECRET", """\
$ bw login ines@halftonehare.example @@P@@ --raw
You are logged in!
""")
p("unixodbc_isql_third_positional", "cli", "isql DSN USER SECRET", """\
$ isql -v PaperStockDSN stock_ro @@P@@
+---------------------------------------+
| Connected!                            |
+---------------------------------------+
SQL> SELECT COUNT(*) FROM sheets WHERE gsm > 300;
""")
p("freetds_tsql_capital_p_after_capital_u", "cli", "tsql -S server -U user -P SECRET", """\
$ tsql -S sql.kettlestitch.example -p 1433 -U stock_app -P @@P@@
locale is "en_GB.UTF-8"
1> SELECT TOP 5 sku FROM stock ORDER BY updated DESC
""")
p("snmpwalk_v2c_lower_c_community", "cli", "snmpwalk -v2c -c SECRET host oid", """\
$ snmpwalk -v2c -c @@P@@ 10.20.4.60 1.3.6.1.2.1.43.11.1.1.9
SNMPv2-SMI::mib-2.43.11.1.1.9.1.1 = INTEGER: 71
SNMPv2-SMI::mib-2.43.11.1.1.9.1.2 = INTEGER: 18
""")
p("mysqldump_glued_lower_p_after_lower_u", "cli", "mysqldump -u user -pSECRET db", """\
$ mysqldump -h db.halftonehare.example -u shop -p@@P@@ --single-transaction shop > shop-$(date +%F).sql
""")
p("redis_cli_lower_a_flag", "cli", "redis-cli -h host -a SECRET cmd", """\
$ redis-cli -h 10.20.5.14 -a @@P@@ --no-auth-warning LLEN riso:queue
(integer) 7
""")
p("git_clone_https_url_userinfo", "cli", "git clone https://user:SECRET@host/repo.git", """\
teodor@press-pc:~/src$ git clone https://teodor:@@P@@@git.quoinchase.example/press/booking.git
Cloning into 'booking'...
""")
p("wget_ftp_url_userinfo", "cli", "wget -r ftp://user:SECRET@host/dir/", """\
$ wget -r -nH --cut-dirs=1 ftp://proofs:@@P@@@ftp.kettlestitch.example/outgoing/
--2024-06-03 08:02:11--  ftp://ftp.kettlestitch.example/outgoing/
""")
p("winscp_com_open_sftp_url_userinfo", "cli", "winscp.com /command \"open sftp://user:SECRET@host/\"", """\
C:\\EDI> winscp.com /command "open sftp://edi:@@P@@@sftp.millpaper.example/ -hostkey=*" "get /out/*.xml C:\\EDI\\in\\" "exit"
Searching for host...
""")
p("cups_lpadmin_smb_device_uri_userinfo", "cli", "lpadmin -p queue -v smb://user:SECRET@host/printer", """\
$ sudo lpadmin -p riso-sf9 -E -v smb://print:@@P@@@STUDIO/riso-pc/RISO_SF9 -m everywhere
$ lpstat -p riso-sf9
printer riso-sf9 is idle.  enabled since Mon 03 Jun 2024 09:20:01
""")
p("podofoencrypt_lower_o_owner_flag", "cli", "podofoencrypt --aesv3 -o SECRET in.pdf out.pdf", """\
$ podofoencrypt --aesv3 -o @@P@@ proof-v3.pdf proof-v3-locked.pdf
""")
p("azure_cli_login_lower_p_after_lower_u", "cli", "az login -u user -p SECRET", """\
$ az login -u ops@stonecellar.example -p @@P@@
[
  { "cloudName": "AzureCloud", "name": "Stonecellar Editions", "state": "Enabled" }
]
""")
p("winrs_p_colon_flag", "cli", "winrs -r:host -u:user -p:SECRET cmd", """\
C:\\> winrs -r:PRESS-PC02 -u:STUDIO\\printops -p:@@P@@ ipconfig /all
Windows IP Configuration
""")
p("ncat_proxy_auth_colon_pair", "cli", "ncat --proxy host:port --proxy-auth user:SECRET dest port", """\
$ ncat --proxy proxy.kettlestitch.example:3128 --proxy-type http --proxy-auth edi:@@P@@ sftp.millpaper.example 22
SSH-2.0-OpenSSH_9.6
""")
p("tpm2_changeauth_positional_new_auth", "cli", "tpm2_changeauth -c owner SECRET", """\
root@scanbox:~# tpm2_changeauth -c owner @@P@@
root@scanbox:~# tpm2_getcap properties-variable | grep ownerAuthSet
""")
p("signtool_sign_slash_p_flag", "cli", "signtool sign /f cert.pfx /p SECRET file.exe", """\
C:\\build> signtool sign /f C:\\certs\\quoinchase-codesign.pfx /p @@P@@ /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 GalleryKiosk.exe
Done Adding Additional Store
Successfully signed: GalleryKiosk.exe
""")
p("nss_pk12util_capital_w_flag", "cli", "pk12util -i file.p12 -d nssdb -W SECRET", """\
$ pk12util -i ~/certs/booking.p12 -d sql:$HOME/.pki/nssdb -W @@P@@
pk12util: PKCS12 IMPORT SUCCESSFUL
""")
p("nats_cli_server_url_userinfo", "cli", "nats -s nats://user:SECRET@host:4222 pub subject msg", """\
$ nats -s nats://queue:@@P@@@10.20.5.15:4222 pub riso.jobs '{"job": 4411, "copies": 250}'
09:31:02 Published 31 bytes to "riso.jobs"
""")
p("ffmpeg_rtsp_input_url_userinfo", "cli", "ffmpeg -i rtsp://user:SECRET@camera/stream out.jpg", """\
$ ffmpeg -rtsp_transport tcp -i rtsp://viewer:@@P@@@10.20.6.21:554/stream1 -frames:v 1 press-room-$(date +%H%M).jpg
""")
p("ldappasswd_lower_s_new_secret", "cli", "ldappasswd -x -D admin -W -s SECRET userdn", """\
$ ldappasswd -x -D "cn=admin,dc=kettlestitch,dc=example" -W -s @@P@@ "uid=teodor,ou=people,dc=kettlestitch,dc=example"
Enter LDAP Password:
""")
p("cqlsh_lower_p_after_lower_u", "cli", "cqlsh host -u user -p SECRET", """\
$ cqlsh 10.20.5.30 -u archive -p @@P@@ -e "SELECT count(*) FROM editions.scans;"
""")

# ------------------------------------------------------------------ stdin
p("kinit_stdin_pipe_principal", "stdin", "echo SECRET | kinit principal", """\
#!/bin/sh
# nightly scan sync - needs a ticket for the file server
echo @@P@@ | kinit scanner@KETTLESTITCH.EXAMPLE
rsync -a /srv/scans/ /mnt/fileserver/scans/
""")
p("sudo_capital_s_stdin_pipe", "stdin", "echo SECRET | sudo -S cmd", """\
$ echo @@P@@ | sudo -S systemctl restart riso-queue
[sudo] password for hamish:
""")
p("cryptsetup_open_key_file_dash_stdin", "stdin", "printf SECRET | cryptsetup open dev name --key-file=-", """\
# mount-archive.sh
printf '%s' @@P@@ | cryptsetup open /dev/sdb1 scans --key-file=-
mount /dev/mapper/scans /srv/scans
""")
p("keepassxc_cli_ls_stdin_pipe", "stdin", "echo SECRET | keepassxc-cli ls db.kdbx", """\
$ echo @@P@@ | keepassxc-cli ls ~/Studio.kdbx /Suppliers
Enter password to unlock /home/maren/Studio.kdbx:
Mill paper EDI
Plate maker
""")
p("mount_davfs_printf_two_lines_stdin", "stdin", "printf 'user\\nSECRET\\n' | mount -t davfs url dir", """\
$ printf 'proofs\\n%s\\n' @@P@@ | sudo mount -t davfs https://dav.kettlestitch.example/proofs /mnt/proofs
""")
p("telnet_sleep_echo_subshell_pipe", "stdin", "(echo user; echo SECRET; echo cmd) | telnet host", """\
$ (sleep 1; echo admin; sleep 1; echo @@P@@; sleep 1; echo "show counters"; sleep 2) | telnet 10.20.5.40 23
Trying 10.20.5.40...
Connected to 10.20.5.40.
""")
p("redis_auth_printf_netcat_pipe", "stdin", "printf 'AUTH SECRET\\r\\n...' | nc host 6379", """\
$ printf 'AUTH @@P@@\\r\\nLLEN riso:queue\\r\\n' | nc 10.20.5.14 6379
+OK
:7
""")
p("press_stock_cli_here_string", "stdin", "./stock-cli login user <<< 'SECRET'", """\
ines@shop:~/stock$ ./stock-cli login ines <<< '@@P@@'
logged in as ines (role: stock-editor)
""")
p("zfs_load_key_stdin_pipe", "stdin", "echo SECRET | zfs load-key pool/dataset", """\
root@scanbox:~# echo @@P@@ | zfs load-key tank/scans
root@scanbox:~# zfs mount tank/scans
""")
p("gocryptfs_stdin_pipe_mount", "stdin", "echo SECRET | gocryptfs -q cipherdir mountpoint", """\
$ echo @@P@@ | gocryptfs -q ~/vault/editions.crypt ~/editions
$ ls ~/editions
""")

# ------------------------------------------------------------------ lib
p("python_rarfile_extractall_third_positional", "lib", "rarfile.RarFile(p).extractall(path, None, SECRET)", """\
import rarfile

with rarfile.RarFile("fonts/licensed-2024.rar") as rf:
    rf.extractall("fonts/unpacked", None, "@@P@@")
""")
p("python_zipfile_open_third_positional", "lib", "ZipFile(p).open(name, 'r', SECRET)", """\
import zipfile

with zipfile.ZipFile("proofs/job-4411.zip") as zf:
    with zf.open("job-4411.pdf", "r", b"@@P@@") as fh:
        data = fh.read()
""")
p("python_pymupdf_authenticate_single", "lib", "fitz.open(p).authenticate(SECRET)", """\
import fitz  # PyMuPDF

doc = fitz.open("proofs/edition-catalogue.pdf")
if doc.needs_pass:
    doc.authenticate("@@P@@")
print(doc.page_count)
""")
p("python_redis_client_fourth_positional", "lib", "redis.Redis(host, port, db, SECRET)", """\
import redis

queue = redis.Redis("10.20.5.14", 6379, 0, "@@P@@")
queue.rpush("riso:queue", job_id)
""")
p("python_exchangelib_credentials_second", "lib", "exchangelib.Credentials(user, SECRET)", """\
from exchangelib import Account, Credentials, DELEGATE

creds = Credentials("orders@kettlestitch.example", "@@P@@")
acct = Account("orders@kettlestitch.example", credentials=creds, autodiscover=True, access_type=DELEGATE)
""")
p("python_itsdangerous_serializer_first", "lib", "URLSafeTimedSerializer(SECRET, salt=...)", """\
from itsdangerous import URLSafeTimedSerializer

signer = URLSafeTimedSerializer("@@P@@", salt="booking-confirm")
link = signer.dumps({"slot": slot_id, "email": email})
""")
p("python_pysnmp_usmuserdata_second", "lib", "UsmUserData(user, SECRET, authProtocol=...)", """\
from pysnmp.hlapi import *

auth = UsmUserData("rotaprint", "@@P@@", authProtocol=usmHMACSHAAuthProtocol)
it = getCmd(SnmpEngine(), auth, UdpTransportTarget(("10.20.4.60", 161)), ContextData(),
            ObjectType(ObjectIdentity("1.3.6.1.2.1.43.10.2.1.4.1.1")))
""")
p("python_pyftpdlib_authorizer_add_user_second", "lib", "authorizer.add_user(user, SECRET, home, perm=...)", """\
from pyftpdlib.authorizers import DummyAuthorizer

authorizer = DummyAuthorizer()
authorizer.add_user("proofs", "@@P@@", "/srv/proofs", perm="elradfmw")
""")
p("python_ssl_load_cert_chain_third", "lib", "ctx.load_cert_chain(cert, key, SECRET)", """\
import ssl

ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
ctx.load_cert_chain("certs/booking.pem", "certs/booking.key", "@@P@@")
""")
p("python_cryptography_load_pem_private_key_second", "lib", "serialization.load_pem_private_key(pem, SECRET)", """\
from cryptography.hazmat.primitives import serialization

with open("keys/invoice-signing.pem", "rb") as fh:
    key = serialization.load_pem_private_key(fh.read(), b"@@P@@")
""")
p("node_cookie_parser_first_positional", "lib", "app.use(cookieParser(SECRET))", """\
const express = require('express');
const cookieParser = require('cookie-parser');
const app = express();
app.use(cookieParser('@@P@@'));
""")
p("node_buffer_from_colon_pair_base64", "lib", "Buffer.from('user:SECRET').toString('base64')", """\
const auth = 'Basic ' + Buffer.from('shop:@@P@@').toString('base64');
const res = await fetch('https://bindery.kettlestitch.example/api/jobs', { headers: { Authorization: auth } });
""")
p("java_mongocredential_createcredential_third", "lib", "MongoCredential.createCredential(user, db, SECRET.toCharArray())", """\
MongoCredential cred = MongoCredential.createCredential("stock", "paperstock", "@@P@@".toCharArray());
MongoClient client = MongoClients.create(MongoClientSettings.builder().credential(cred).build());
""")
p("java_keymanagerfactory_init_second_chararray", "lib", "kmf.init(keyStore, SECRET.toCharArray())", """\
KeyManagerFactory kmf = KeyManagerFactory.getInstance("SunX509");
kmf.init(keyStore, "@@P@@".toCharArray());
sslContext.init(kmf.getKeyManagers(), null, null);
""")
p("kotlin_ktor_basicauthcredentials_second", "lib", "BasicAuthCredentials(user, SECRET)", """\
install(Auth) {
    basic {
        credentials { BasicAuthCredentials("stock", "@@P@@") }
    }
}
""")
p("groovy_sql_newinstance_third", "lib", "Sql.newInstance(url, user, SECRET, driver)", """\
import groovy.sql.Sql

def sql = Sql.newInstance("jdbc:postgresql://db.kettlestitch.example/stock", "stock", "@@P@@", "org.postgresql.Driver")
sql.eachRow("SELECT sku, sheets FROM stock WHERE sheets < 100") { println it }
""")
p("java_smbj_authenticationcontext_second", "lib", "new AuthenticationContext(user, SECRET.toCharArray(), domain)", """\
SMBClient client = new SMBClient();
try (Connection c = client.connect("nas.stonecellar.example")) {
    Session s = c.authenticate(new AuthenticationContext("scans", "@@P@@".toCharArray(), "STUDIO"));
}
""")
p("csharp_sshnet_sftpclient_ctor_third", "lib", "new SftpClient(host, user, SECRET)", """\
using Renci.SshNet;

using var sftp = new SftpClient("sftp.millpaper.example", "edi", "@@P@@");
sftp.Connect();
""")
p("csharp_directoryentry_ctor_third", "lib", "new DirectoryEntry(path, user, SECRET)", """\
var entry = new DirectoryEntry("LDAP://dc1.studio.example", "STUDIO\\\\printops", "@@P@@");
var search = new DirectorySearcher(entry) { Filter = "(sAMAccountName=teodor)" };
""")
p("csharp_mailkit_authenticate_second", "lib", "await client.AuthenticateAsync(user, SECRET)", """\
using var client = new SmtpClient();
await client.ConnectAsync("smtp.kettlestitch.example", 587, SecureSocketOptions.StartTls);
await client.AuthenticateAsync("orders@kettlestitch.example", "@@P@@");
""")
p("go_net_smtp_crammd5auth_second", "lib", "smtp.CRAMMD5Auth(user, SECRET)", """\
auth := smtp.CRAMMD5Auth("orders", "@@P@@")
err := smtp.SendMail("smtp.kettlestitch.example:587", auth, from, to, msg)
""")
p("go_minio_credentials_newstaticv4_second", "lib", "credentials.NewStaticV4(accessKey, SECRET, \"\")", """\
client, err := minio.New("s3.stonecellar.example", &minio.Options{
	Creds:  credentials.NewStaticV4("scans-admin", "@@P@@", ""),
	Secure: true,
})
""")
p("rust_lettre_credentials_new_second", "lib", "Credentials::new(user, SECRET)", """\
let creds = Credentials::new("orders".to_owned(), "@@P@@".to_owned());
let mailer = SmtpTransport::relay("smtp.kettlestitch.example")?.credentials(creds).build();
""")
p("rust_tiberius_authmethod_sql_server_second", "lib", "AuthMethod::sql_server(user, SECRET)", """\
let mut config = Config::new();
config.host("sql.kettlestitch.example");
config.authentication(AuthMethod::sql_server("stock_app", "@@P@@"));
""")
p("ruby_net_smtp_start_fifth", "lib", "Net::SMTP.start(host, port, helo, user, SECRET, :plain)", """\
Net::SMTP.start("smtp.kettlestitch.example", 587, "kettlestitch.example", "orders", "@@P@@", :plain) do |smtp|
  smtp.send_message(msg, "orders@kettlestitch.example", customer_email)
end
""")
p("ruby_net_pop3_start_fourth", "lib", "Net::POP3.start(host, port, user, SECRET)", """\
Net::POP3.start("pop.kettlestitch.example", 110, "proofs", "@@P@@") do |pop|
  pop.each_mail { |m| File.write("inbox/#{m.unique_id}.eml", m.pop) }
end
""")
p("ruby_pg_connect_seventh_positional", "lib", "PG.connect(host, port, opts, tty, db, user, SECRET)", """\
conn = PG.connect("db.quoinchase.example", 5432, nil, nil, "press_booking", "booking", "@@P@@")
conn.exec("SELECT press, starts_at FROM slots WHERE day = CURRENT_DATE")
""")
p("ruby_rubyzip_traditional_encrypter_first", "lib", "Zip::TraditionalEncrypter.new(SECRET)", """\
buffer = Zip::OutputStream.write_buffer(::StringIO.new, Zip::TraditionalEncrypter.new("@@P@@")) do |out|
  out.put_next_entry("invoices.csv")
  out.write(csv)
end
""")
p("ruby_restclient_resource_new_third", "lib", "RestClient::Resource.new(url, user, SECRET)", """\
api = RestClient::Resource.new("https://bindery.kettlestitch.example/api", "bindery", "@@P@@")
jobs = JSON.parse(api["jobs"].get)
""")
p("php_imap_open_third", "lib", "imap_open(mailbox, user, SECRET)", """\
<?php
$mbox = imap_open("{imap.kettlestitch.example:993/imap/ssl}INBOX", "orders", "@@P@@");
$count = imap_num_msg($mbox);
""")
p("php_oci_connect_second", "lib", "oci_connect(user, SECRET, connstr)", """\
<?php
$conn = oci_connect("stock", "@@P@@", "db.kettlestitch.example/XEPDB1");
$st = oci_parse($conn, "SELECT sku FROM sheets");
""")
p("php_ziparchive_setencryptionname_third", "lib", "$zip->setEncryptionName(name, ZipArchive::EM_AES_256, SECRET)", """\
<?php
$zip = new ZipArchive();
$zip->open("export.zip", ZipArchive::CREATE);
$zip->addFile("invoices.csv");
$zip->setEncryptionName("invoices.csv", ZipArchive::EM_AES_256, "@@P@@");
$zip->close();
""")
p("php_openssl_pkcs12_read_third", "lib", "openssl_pkcs12_read(data, $certs, SECRET)", """\
<?php
$ok = openssl_pkcs12_read(file_get_contents("certs/shop.p12"), $certs, "@@P@@");
""")
p("php_phpredis_auth_single", "lib", "$redis->auth(SECRET)", """\
<?php
$redis = new Redis();
$redis->connect("10.20.5.14", 6379);
$redis->auth("@@P@@");
""")
p("perl_net_smtp_auth_second", "lib", "$smtp->auth(user, SECRET)", """\
use Net::SMTP;
my $smtp = Net::SMTP->new("smtp.kettlestitch.example", Port => 587);
$smtp->starttls();
$smtp->auth("orders", "@@P@@") or die "auth failed";
""")
p("perl_lwp_useragent_credentials_fourth", "lib", "$ua->credentials(netloc, realm, user, SECRET)", """\
my $ua = LWP::UserAgent->new;
$ua->credentials("bindery.kettlestitch.example:443", "Bindery API", "bindery", "@@P@@");
my $res = $ua->get("https://bindery.kettlestitch.example/api/jobs");
""")
p("erlang_ftp_user_third", "lib", "ftp:user(Pid, User, SECRET)", """\
{ok, Pid} = ftp:open("ftp.kettlestitch.example"),
ok = ftp:user(Pid, "proofs", "@@P@@"),
ok = ftp:recv(Pid, "stock.csv").
""")
p("tcl_ftp_open_third", "lib", "::ftp::Open host user SECRET", """\
package require ftp
set conn [::ftp::Open ftp.kettlestitch.example proofs @@P@@]
::ftp::Get $conn stock.csv
""")
p("vbnet_my_computer_network_downloadfile_fourth", "lib", "My.Computer.Network.DownloadFile(url, dest, user, SECRET)", """\
My.Computer.Network.DownloadFile("ftp://ftp.kettlestitch.example/out/stock.csv", "C:\\Stock\\stock.csv", "proofs", "@@P@@")
""")

# ------------------------------------------------------------------ gui
p("tmux_send_keys_literal", "gui", "tmux send-keys -t pane -l SECRET", """\
tmux send-keys -t press:0.1 'ssh operator@10.20.5.40' Enter
sleep 2
tmux send-keys -t press:0.1 -l '@@P@@'
tmux send-keys -t press:0.1 Enter
""")
p("gnu_screen_stuff_command", "gui", "screen -S session -X stuff 'SECRET\\n'", """\
screen -S riso -X stuff 'login admin\\n'
screen -S riso -X stuff '@@P@@\\n'
""")
p("osascript_system_events_keystroke", "gui", "osascript -e 'tell application \"System Events\" to keystroke \"SECRET\"'", """\
osascript -e 'tell application "RIP Server" to activate' \\
          -e 'delay 1' \\
          -e 'tell application "System Events" to keystroke "@@P@@"' \\
          -e 'tell application "System Events" to key code 36'
""")
p("autoit_send_function_single", "gui", "Send(\"SECRET{ENTER}\")", """\
WinWaitActive("RISO Console")
ControlClick("RISO Console", "", "[ID:1002]")
Send("@@P@@{ENTER}")
""")
p("sikulix_type_single", "gui", "type(\"SECRET\" + Key.ENTER)", """\
wait("guillotine_login.png", 10)
click("f2_field.png")
type("@@P@@" + Key.ENTER)
""")
p("robot_framework_input_text_third_cell", "gui", "Input Text    locator    SECRET", """\
*** Test Cases ***
Staff Can Open Stock Screen
    Open Browser    https://stock.kettlestitch.example/login    firefox
    Input Text    id:f1    ines
    Input Text    id:f2    @@P@@
    Click Button    id:go
""")
p("webdriverio_setvalue_second", "gui", "await $('#f2').setValue(SECRET)", """\
await browser.url('https://shop.halftonehare.example/admin');
await $('#f1').setValue('ines');
await $('#f2').setValue('@@P@@');
await $('button[type=submit]').click();
""")
p("android_espresso_typetext", "gui", "onView(withId(R.id.f2)).perform(typeText(SECRET))", """\
onView(withId(R.id.f1)).perform(typeText("stall"));
onView(withId(R.id.f2)).perform(typeText("@@P@@"), closeSoftKeyboard());
onView(withId(R.id.go)).perform(click());
""")
p("ios_xcuitest_typetext", "gui", "app.secureTextFields[\"f2\"].typeText(SECRET)", """\
let app = XCUIApplication()
app.launch()
let field = app.secureTextFields["f2"]
field.tap()
field.typeText("@@P@@")
""")
p("ruby_capybara_fill_in_with", "gui", "fill_in 'f2', with: SECRET", """\
visit "/admin/login"
fill_in "f1", with: "maren"
fill_in "f2", with: "@@P@@"
click_button "go"
""")
p("wsh_shell_sendkeys_single", "gui", "WScript.Shell SendKeys \"SECRET{ENTER}\"", """\
Set sh = CreateObject("WScript.Shell")
sh.AppActivate "Market Stall POS"
WScript.Sleep 500
sh.SendKeys "@@P@@{ENTER}"
""")
p("virtualbox_vboxmanage_keyboardputstring", "gui", "VBoxManage controlvm VM keyboardputstring SECRET", """\
VBoxManage startvm "PrepressXP" --type headless
sleep 40
VBoxManage controlvm "PrepressXP" keyboardputstring "@@P@@"
VBoxManage controlvm "PrepressXP" keyboardputscancode 1c 9c
""")

# ------------------------------------------------------------------ file
p("openvpn_auth_user_pass_second_line", "file", "auth-user-pass file: line 1 user, line 2 SECRET", """\
$ sudo cat /etc/openvpn/client/studio-auth.txt
hamish
@@P@@
$ grep auth-user-pass /etc/openvpn/client/studio.conf
auth-user-pass /etc/openvpn/client/studio-auth.txt
""")
p("ppp_chap_secrets_third_field", "file", "/etc/ppp/chap-secrets: client server SECRET addresses", """\
# Secrets for authentication using CHAP
# client        server  secret                  IP addresses
"studio"        *       "@@P@@"        *
""")
p("git_credentials_store_line_userinfo", "file", "~/.git-credentials: https://user:SECRET@host", """\
$ cat ~/.git-credentials
https://teodor:@@P@@@git.quoinchase.example
""")
p("pip_conf_index_url_userinfo", "file", "pip.conf: index-url = https://user:SECRET@host/simple/", """\
# /etc/pip.conf on the build box
[global]
index-url = https://ci:@@P@@@pypi.kettlestitch.example/simple/
timeout = 30
""")
p("sendmail_authinfo_p_prefix_field", "file", "sendmail authinfo: AuthInfo:host \"U:user\" \"P:SECRET\"", """\
# /etc/mail/authinfo
AuthInfo:smtp.kettlestitch.example "U:orders" "I:orders" "P:@@P@@" "M:PLAIN"
""")
p("opensmtpd_secrets_table_colon_pair", "file", "OpenSMTPD secrets table: label user:SECRET", """\
$ doas cat /etc/mail/secrets
relay orders:@@P@@
$ grep relay /etc/mail/smtpd.conf
action "outbound" relay host smtp+tls://relay@smtp.kettlestitch.example:587 auth <secrets>
""")
p("vsftpd_virtual_users_even_line", "file", "vsftpd virtual users file: user line, then SECRET line", """\
$ cat /etc/vsftpd/virtual_users.txt
proofs
@@P@@
$ db_load -T -t hash -f /etc/vsftpd/virtual_users.txt /etc/vsftpd/virtual_users.db
""")
p("proxychains_conf_socks5_fifth_field", "file", "proxychains.conf: socks5 host port user SECRET", """\
strict_chain
proxy_dns
[ProxyList]
socks5  10.20.9.10  1080  edi  @@P@@
""")
p("press_rota_json_tuple_rows_second", "file", "invented press rota JSON: [press, unlock, operator, days]", """\
[
  ["vandercook-sp15", "@@P@@", "teodor", "mon-wed"],
  ["heidelberg-windmill", "-", "sol", "thu-fri"]
]
""")
p("guillotine_operator_sexp_third", "file", "invented guillotine operators s-expression: (operator NAME SECRET (programs ...))", """\
;; operators.sexp - guillotine-92 program station
(operators
  (operator "maren" "@@P@@" (programs 12 17 23))
  (operator "teodor" nil (programs 17)))
""")
p("paper_store_caret_separated_third", "file", "invented paper-store door list: ROOM^user^SECRET^month", """\
# paper-store door keypad list (caret separated)
PAPERSTORE^ines^@@P@@^2024-06
""")

# ------------------------------------------------------------------ sql
p("mssql_sp_addlogin_second_positional", "sql", "EXEC sp_addlogin 'name', 'SECRET', 'db'", """\
USE master;
EXEC sp_addlogin 'stock_report', '@@P@@', 'PaperStock';
GO
""")
p("postgres_pgcrypto_crypt_first_literal", "sql", "crypt('SECRET', gen_salt('bf'))", """\
CREATE EXTENSION IF NOT EXISTS pgcrypto;
INSERT INTO staff (login, digest) VALUES ('ines', crypt('@@P@@', gen_salt('bf')));
""")
p("derby_syscs_create_user_second", "sql", "CALL SYSCS_UTIL.SYSCS_CREATE_USER('user', 'SECRET')", """\
ij> CONNECT 'jdbc:derby:stockdb';
ij> CALL SYSCS_UTIL.SYSCS_CREATE_USER('stock', '@@P@@');
0 rows inserted/updated/deleted
""")
p("mssql_sp_change_users_login_fourth", "sql", "EXEC sp_change_users_login 'Auto_Fix', 'user', NULL, 'SECRET'", """\
USE PaperStock;
EXEC sp_change_users_login 'Auto_Fix', 'stock_report', NULL, '@@P@@';
GO
""")
p("oracle_dbms_scheduler_create_credential_third", "sql", "DBMS_SCHEDULER.CREATE_CREDENTIAL('NAME', 'user', 'SECRET')", """\
BEGIN
  DBMS_SCHEDULER.CREATE_CREDENTIAL('SCAN_SYNC_CRED', 'scansync', '@@P@@');
END;
/
""")
p("oracle_apex_web_service_make_rest_request_fourth", "sql", "apex_web_service.make_rest_request(url, method, user, SECRET)", """\
DECLARE
  l_clob CLOB;
BEGIN
  l_clob := apex_web_service.make_rest_request('https://bindery.kettlestitch.example/api/jobs', 'GET', 'bindery', '@@P@@');
END;
/
""")

# ------------------------------------------------------------------ proto
p("imap_login_command_third_token", "proto", "IMAP: tag LOGIN user SECRET", """\
S: * OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN] imap.kettlestitch.example ready
C: a001 LOGIN orders @@P@@
S: a001 OK LOGIN completed
C: a002 SELECT INBOX
""")
p("irc_quakenet_q_auth_third_token", "proto", "/msg Q@CServe.quakenet.org AUTH user SECRET", """\
[10:02] -!- pressbot [~bot@10.20.5.16] has joined #letterpress
[10:02] >>> /msg Q@CServe.quakenet.org AUTH pressbot @@P@@
[10:02] -Q- You are now logged in as pressbot.
""")
p("at_quectel_qicsgp_fifth_quoted", "proto", "AT+QICSGP=ctx,type,\"apn\",\"user\",\"SECRET\",auth", """\
AT+QICSGP=1,1,"iot.mnet.example","paperstore","@@P@@",1
OK
AT+QIACT=1
OK
""")
p("postscript_serverdict_exitserver_operand", "proto", "serverdict begin (SECRET) exitserver", """\
$ cat setup.ps | nc 10.20.4.70 9100
%!PS-Adobe-3.0
serverdict begin (@@P@@) exitserver
statusdict begin true setdoprinterrors end
""")
p("irc_join_channel_key_second", "proto", "/join #channel SECRET", """\
[09:58] >>> /join #inkroom @@P@@
[09:58] -!- maren [~maren@studio] has joined #inkroom
""")

NAMES = [x[0] for x in P]
assert len(NAMES) == len(set(NAMES))


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for name, where, syntax, tpl in P:
        value = reg.draw(lambda: owner_password(rng, strict=True))
        text = tpl.replace("@@P@@", value)
        s, e = span_of(text, value)
        t = TYPE_PREFIX + name
        recs.append({
            "type": t,
            "container": "%s__%s" % (name, WHERE[where]),
            "text": text,
            "secrets": [{"value": value, "start": s, "end": e, "type": t}],
            "source": "password",
        })
    return recs
