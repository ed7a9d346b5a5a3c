"""Passwords commands are given: each command's own password option (``ldapsearch -w``, ``sqlcmd -P``,
``redis-cli -a``, ``psae -CP``, ``bitcoin-cli encryptwallet``), a password piped into a command that
reads it from its standard input (``echo pw | kinit``), or written to a file named for one (a
heredoc, ``printf '%s' pw > x.pass``), and an expect script's answer to a password prompt. Part of
``syntaxes``' table, in its place there."""
from __future__ import annotations

from .patterns import RADTEST_OPTIONS, SECRET_PROMPT, STDIN_PASSWORD_TOOLS, Detector
from .shapes import OWNER_PASSWORD

# what a scripted session says a line with: echo (-n, -e), printf '%s\r\n'
# a key-value store's path that names a secret (consul kv put app/db/auth, etcdctl put /brewlog/scada/auth)
_SECRET_PATH = r"[^\s|]*(?i:auth|pass|secret|token|cred|key)[^\s|]*"
_KEPT = r"(?:'([^'\s]{6,64})'|\"([^\"\s]{6,64})\"|([^\s'\"|;&]{6,64}))"   # what is piped or given to be kept, quoted or bare
_SAY = r"(?:echo(?:[ \t]+-[neE]{1,3})?|printf[ \t]+['\"]%s(?:\\r)?(?:\\n)?['\"])"
_INTO_TOOL = r"[ \t]*\|[ \t]*(?:sudo[ \t]+)?[\w.\-/]+[^\r\n|;&]*?"      # piped into a tool, up to what it is told
_FORMAT_NL = r"(?:(?:\\r)?\\n|\r?\n)"                                          # a format's line end, escaped or as read
_TO_SOCKET = r"[ \t]*\|[ \t]*(?:nc|ncat|netcat|telnet|socat)\b"          # ... into a raw connection
_LOGS_IN = r"(?:login|logon|signin|unlock|passwd)"                          # what a tool is told that takes a password
# what a here-string gives: quoted (a passphrase may have spaces) or bare; ANSI-C quoted lines ($'user\npw', $'pw\npw': a
# new password and its confirmation), the last
_HERE_VALUE = r"(?:\$'(?:[^'\\\s]{1,64}\\n)*([^'\\\s]{3,64})(?:\\n)?'|'([^'\r\n]{3,64})'|\"([^\"\r\n]{3,64})\"|([^\s'\"|;&]{3,64}))"
_HEREDOC_END = r"['\"]?(?:EOF|END|EOT)['\"]?"
# the tools that read a password on standard input, piped to them (echo pw | tool) or given as a here-string (tool <<< pw)
_STDIN_READERS = (
    rf"(?:{STDIN_PASSWORD_TOOLS}|runas|mysql_config_editor|ldappasswd|ocpasswd|snx|"
    r"lpass[ \t]+login|gopass[ \t]+insert|remmina\b[^|\r\n]*?--encrypt-password|node-red[ \t]+admin[ \t]+hash-pw|cargo[ \t]+login|prosodyctl[ \t]+(?:adduser|passwd)|znc[ \t]+--makepass|"
    r"grub2?-mkpasswd-pbkdf2|mkpasswd\b[^|\r\n]*?[ \t](?:-s|--stdin)\b|realm[ \t]+join|gnome-keyring-daemon\b[^|\r\n]*?--unlock|openconnect|zfs|encfs|password_stdin|clevis[ \t]+encrypt|fscrypt[ \t]+unlock|cifscreds[ \t]+(?:add|update)|age\b[^|\r\n]*?[ \t]-[rR]|[\w.\-]+\b[^|\r\n]*?--from-file=/dev/stdin|veracrypt\b[^|\r\n]*?[ \t]--stdin|op[ \t]+signin|ecryptfs-(?:unwrap|add)-passphrase|[\w\-]+\b[^|\r\n]*?[ \t](?:-y|--auth-user-pass|--password-?file|-passin)[ \t]+(?:file:)?/dev/(?:stdin|fd/0)|p4\b[^|\r\n]*?[ \t]login|secret-tool|kwallet-query\b[^|\r\n]*?[ \t]-w|keyring[ \t]+set|nmcli\b[^|\r\n]*?[ \t]--ask\b|pass[ \t]+insert|keyctl[ \t]+p(?:add|update|instantiate)|keytool|jarsigner|htpasswd|"
    r"docker[ \t]+secret[ \t]+create|kubectl\b[^|\r\n]*?[ \t]create[ \t]+secret\b[^|\r\n]*?/dev/stdin|sudo[ \t]+-S|pw[ \t]+(?:usermod|useradd|adduser)[^|\r\n]*?[ \t]-h[ \t]*0|"   # FreeBSD's pw: -h 0 reads fd 0
    r"(?i:anydesk)(?:\.exe)?\"?[ \t]+--set-password|iinit|argon2[ \t]+[^\s|\-][^\s|]*|ftpasswd\b[^|\r\n]*?--stdin|ftpasswd[ \t]+--passwd|pure-pw[ \t]+(?:useradd|passwd)|"
    r"[\w\-]+d[ \t]+keys[ \t]+add|[\w\-]+[ \t]+deposits[ \t]+import|"     # a Cosmos daemon's keys add, Nimbus's deposits import
    r"[^\s|]*gpg-preset-passphrase\b[^|\r\n]*?--preset|[\w.\-]+\b[^|\r\n]*?(?:--pass(?:word|wd)?-(?:on-|from-)?stdin|--passphrase-fd|--?stdinpass|-pass(?:in)?[ \t]+stdin|-keystore[ \t]+add|[ \t]--password|[ \t]--login[ \t]+password|[ \t]--key-file[ =]/dev/stdin)|"
    r"tee[ \t]+(?:-a[ \t]+)?[^\s;&|]*(?i:pass|secret|token|cred|[./\-_]pw\b|\.key\b|keyfile))")   # (… | sudo tee /etc/varnish/secret, …/archive.key)

COMMANDS: tuple[Detector, ...] = (
    Detector("cli_short_password", "assignment",   # each command's own password option
             r"(?:\bldap(?:search|add|modify|delete|passwd|whoami|compare|modrdn|vi)\b[^\r\n]*?[ \t]-w|\birssi\b[^\r\n]*?[ \t]-w|"
             r"\b(?:redis|keydb|valkey)-(?:cli|benchmark)\b[^\r\n]*?[ \t]-a|\bmemtier_benchmark\b[^\r\n]*?[ \t]-a|"
             r"\bgsql\b[^\r\n]*?[ \t]-W|\bvmrun\b[^\r\n]*?[ \t]-gp|\bsqlmap\b[^\r\n]*?--auth-cred[= ][\"']?[^\s:\"']+:|\b(?:sqlcmd|bcp|osql|isql)\b[^\r\n]*?[ \t]-P|\bisql-fb\b[^\r\n]*?[ \t]-(?:password|pas|p)|"
             r"\bpsae\b[^\r\n]*?[ \t]-CP|\bpssqr\b[^\r\n]*?[ \t]-CAP|"   # PeopleSoft's Application Engine and SQR
             r"\bwebrepl_cli(?:\.py)?\b[^\r\n]*?[ \t]-p|"     # MicroPython's WebREPL client
             r"\bpodofoencrypt\b[^\r\n]*?[ \t]-[ou]|\btpm2_changeauth(?:[ \t]+-[a-zA-Z][ \t]+[^\s]+)*|"   # a PDF's owner/user password; a TPM hierarchy's new auth
             r"\bkamctl[ \t]+(?:add|passwd)[ \t]+[^\s]+|"     # Kamailio's SIP user
             r"\bopenRTSP\b[^\r\n]*?[ \t]-u[ \t]+[^\s]+|\boutput_http\.so\b[^'\"\r\n]*?[ \t]-c[ \t]+[^\s:'\"]+:|"   # live555's -u user pw; mjpg-streamer's -c user:pw
             r"\bAutomateC(?:\.exe)?\b[^\r\n]*?[ \t]/user[ \t]+[^\s]+|"     # Blue Prism's AutomateC /user u pw
             r"\bbitcoin-cli\b[^\r\n]*?[ \t](?:encryptwallet|walletpassphrase)|\bproc[ \t]+pwencode[ \t]+in=|"   # a wallet's passphrase; SAS's
             r"\bmongo(?:sh|dump|restore|export|import)?\b[^\r\n]*?[ \t]-p|\binflux[ \t]+(?:user[ \t]+create|setup)\b[^\r\n]*?[ \t]-p|"
             r"\bopenssl[ \t]+(?:enc|aes[\w\-]*|des[\w\-]*)\b[^\r\n]*?[ \t]-k|\bopenssl[ \t]+dgst\b[^\r\n]*?[ \t]-hmac|\btwine\b[^\r\n]*?[ \t]-p|"
             r"\boutguess\b[^\r\n]*?[ \t]-k|\bdar\b[^\r\n]*?[ \t]-K[ \t]*(?:(?:aes|blowfish|bf|twofish|serpent|camellia)(?:128|256)?:)?|"   # a stego key; dar's [algo:]pass
             r"\brclone[ \t]+obscure|\bopenssl[ \t]+passwd(?:[ \t]+-salt[ \t]+[^\s]+|[ \t]+-\w+)*|\brootpw(?:[ \t]+--(?:plaintext|lock|allow-ssh))*|"
             r"\bwpa_passphrase[ \t]+(?:\"[^\"\r\n]*\"|'[^'\r\n]*'|[^\s]+)|"
             r"\bACL[ \t]+SETUSER[ \t]+[^\s]+(?:[ \t]+[^\s>]+)*?[ \t]+>|\bkadmin(?:\.local)?\b[^\r\n]*?[ \t]-w|"
             r"\bsigntool\b[^\r\n]*?[ \t]/p|\bipa-(?:server|replica|client)-install\b[^\r\n]*?[ \t]-[pa]|"
             r"\bwmic\b[^\r\n]*?[ \t]/password:|\bschtasks\b[^\r\n]*?[ \t]/(?i:RP)|\bssh-keygen\b[^\r\n]*?[ \t]-N|"
             # Windows tools' own (and a user's then a password's switch, below)
             r"\bpvk2pfx\b[^\r\n]*?[ \t]-p[io]|\btf(?:\.exe)?[ \t][^\r\n]*?[ \t]/login:[^\s,]+,|\bAdFind(?:\.exe)?\b[^\r\n]*?[ \t]-up|"
             r"\bbitsadmin\b[^\r\n]*?/setcredentials[ \t]+[^\s]+[ \t]+(?i:server|proxy)[ \t]+(?i:basic|digest|ntlm|negotiate|passport)[ \t]+[^\s]+|"
             r"\bsupabase[ \t]+(?:link|db[ \t]+\w+)\b[^\r\n]*?[ \t](?:-p|--password)=?|"
             r"\bdtutil\b[^\r\n]*?[ \t]/(?i:de(?:crypt)?)|\bvaultcmd\b[^\r\n]*?/authenticator:|\|[ \t]*sanur(?:\.exe)?|"
             r"(?i:\b(?:connect|attach)[ \t]+to[ \t]+[^\s]+[ \t]+user[ \t]+[^\s]+[ \t]+using)|"
             r"\bset_network[ \t]+[0-9]+[ \t]+(?:psk|password)[ \t]+'?\"?|<\([ \t]*echo|"
             r"\b(?:ejabberdctl|prosodyctl)[ \t]+register[ \t]+[^\s]+[ \t]+[^\s]+|\bdrush[ \t]+(?:user:password|upwd)[ \t]+[^\s]+|"
             r"\baddauth[ \t]+digest[ \t]+[^:\s]+:|SCRAM-SHA-(?:256|512)=\[(?:iterations=[0-9]+,)?password=|"
             r"\bsecurity[ \t]+add-(?:generic|internet)-password\b[^\r\n]*?[ \t]-w|"
             r"\bkeyvault[ \t]+secret[ \t]+set\b[^\r\n]*?--value|"
             r"\b(?:composer|poetry)[ \t]+config\b[^\r\n]*?http-basic\.[^\s]+[ \t]+[^\s]+|"
             r"\bconan[ \t]+remote[ \t]+login\b[^\r\n]*?[ \t]-p|\bpre-shared-key(?:[ \t]+(?:ascii-text|unencrypted|0))?|"
             r"\bpassword[ \t]+(?:manager|operator)\b[^\r\n]*?\bplaintext|\blogin=[^:\s]+:|"
             # a Consul agent's ACL token
             r"\bconsul[ \t]+acl[ \t]+set-agent-token[ \t]+[\w\-]+|"
             # JMeter's proxy password, Zulip's manage.py change_user_password, irssi's /server add -w, BitlBee's account add
             # ... sipsak's -a, Firebird's tools' -pas, hdparm's and iwconfig's keys, (Win)RAR's glued -p, a Vault
             # unseal key, cpdf's owner password after its method, radclient's secret after its command
             r"\bjmeter\b[^\r\n]*?[ \t]-a|\bsipsak\b[^\r\n]*?[ \t]-a|"
             # MuPDF's mutool -p, ESP OTA's espota -a, FreeSWITCH's fs_cli -p, coturn's turnutils -w, radtest's secret,
             # AccuRev's login user pw, steghide's -p, EMQX's users add user pw, pk12util's -W, QLab's OSC /connect s pw
             r"\bmutool[ \t]+\w+\b[^\r\n]*?[ \t]-p|\bespota(?:\.py)?\b[^\r\n]*?[ \t](?:-a|--auth=?)|\bfs_cli\b[^\r\n]*?[ \t]-p|"
             r"\bturnutils_\w+\b[^\r\n]*?[ \t]-w|\bturnadmin\b[^\r\n]*?[ \t]-p|\bcreate[ \t]+account[ \t]+(?:admin|user)[ \t]+[^\s]+|"   # (EXOS's)
             r"\bradtest" + RADTEST_OPTIONS + r"(?:[ \t]+[^\s]+){4}|\baccurev[ \t]+login[ \t]+(?:-n[ \t]+)?[^\s\-][^\s]*|\bemqx(?:_ctl|[ \t]+ctl)[ \t]+users[ \t]+add[ \t]+[^\s]+|\bpk12util\b[^\r\n]*?[ \t]-[WK]|\boscsend\b[^\r\n]*?/connect[ \t]+s|\bsteghide\b[^\r\n]*?[ \t]-p|"
             r"\b(?:gbak|gfix|gstat|gsec|nbackup)\b[^\r\n]*?[ \t]-pas(?:s(?:word)?)?|\bhdparm\b[^\r\n]*?--security-(?:unlock|set-pass|disable|erase(?:-enhanced)?)|"
             r"\biwconfig\b[^\r\n]*?[ \t]key[ \t]+s:|\b(?i:(?:win)?rar)(?:\.exe)?[ \t][^\r\n]*?[ \t]-p|\bvault[ \t]+operator[ \t]+unseal|"
             r"\bcpdf\b[^\r\n]*?[ \t]-encrypt[ \t]+(?:AES256ISO|AES256|AES|128bit|40bit)|\bradclient\b[^\r\n]*?[ \t](?:auth|acct|status|coa|disconnect)|"   # (radclient: the secret last)
             r"\bchange_user_password[ \t]+[^\s]+|/server[ \t]+add\b[^\r\n]*?[ \t]-w|"
             r"\baccount[ \t]+add[ \t]+\w+[ \t]+[^\s]+|"
             # mosquitto's dynamic security, SIPp's -ap, smbclient's password after the share
             r"\bdynsec[ \t]+(?:setClientPassword[ \t]+[^\s]+|createClient[ \t]+[^\s]+[ \t]+-p)|\bsipp\b[^\r\n]*?[ \t]-ap|\bsmbclient[ \t]+//[^\s]+|"
             # swaks' -ap (--auth-password), OpenStack swift's -K (the user's key), HTCondor's condor_store_cred -p, VirtualBox's controlvm … setcredentials user pw
             r"\bswaks\b[^\r\n]*?[ \t]--?a(?:p|uth-password)|\bswift\b[^\r\n]*?[ \t](?:-K|--key)|\bcondor_store_cred\b[^\r\n]*?[ \t]-p|\bcontrolvm\b[^\r\n]*?[ \t]setcredentials[ \t]+[^\s]+|"
             # Bitwarden's CLI, the sic IRC client's -k, irssi's /connect host port password
             r"\bbacdcc(?:[ \t]+[^\s]+){3}|\bbacrd(?:[ \t]+[^\s]+){2}|"       # BACnet stack's tools: the last argument
             r"\bbw[ \t]+login[ \t]+[^\s'\"]+|\bsic\b[^\r\n]*?[ \t]-k|/(?:connect|server)[ \t]+(?:-[\w\-]+[ \t]+)*[^\s]+[ \t]+[0-9]{2,5}|"
             # a self-encrypting drive's admin password (sedutil-cli: the password before the device), a BitLocker volume's
             # user password (dislocker -u, glued or not), Android's lock screen (adb shell locksettings), an iPhone
             # backup's password (idevicebackup2 encryption on / changepw)
             r"\bsedutil-cli\b(?:[ \t]+-[nv]+)*[ \t]+--(?:revertTPer|revertNoErase|initialSetup|setSIDPassword|setAdmin1Pwd|"
             r"activateLockingSP(?:_SUM)?|loadPBAimage|listLockingRanges?|(?:setLockingRange(?:_SUM)?|enableLockingRange|disableLockingRange)"
             r"[ \t]+[0-9]+(?:[ \t]+(?:RW|RO|LK|rw|ro|lk))?|setMBR(?:Enable|Done)[ \t]+\w+)|"
             r"\bdislocker(?:-fuse|-file|-metadata)?\b[^\r\n]*?[ \t](?:-u|--user-password=)|"
             r"\blocksettings[ \t]+[\w\-]+\b[^\r\n]*?[ \t]--old|\blocksettings[ \t]+set-(?:password|pin)|"
             r"\bidevicebackup2\b[^\r\n]*?[ \t](?:encryption[ \t]+on|changepw)|"
             r"\bfunzip[ \t]+-|"                                                       # funzip -password (glued)
             r"\bcreate_ap(?:[ \t]+-[^\s]+)*(?:[ \t]+[^\s\-][^\s]*){3}|"          # create_ap wifi-iface internet-iface SSID passphrase
             r"\bv-(?:add-user|change-user-password|add-database[ \t]+[^\s]+[ \t]+[^\s]+)[ \t]+[^\s]+)[ \t]*"   # Hestia/Vesta: USER PASSWORD …
             r"(?:'([^'\r\n]{3,})'|\"([^\"\r\n]{3,})\"|([^\s\"'\-][^\s\"']{2,}))",
             ("ldap", "podofoencrypt", "tpm2_changeauth", "kamctl", "redis-cli", "keydb-cli", "valkey-cli", "redis-benchmark", "gsql", "vmrun", "--auth-cred", "memtier_benchmark", "sqlcmd", "bcp", "osql", "isql", "psae", "pssqr", "bitcoin-cli", "pwencode", "automatec", "mongo", "openssl", "twine", "rclone", "rootpw",
              "wpa_passphrase", "setuser", "kadmin", "signtool", "ipa-", "wmic", "schtasks", "ssh-keygen", "using", "pvk2pfx", "/login:",
              "adfind", "bitsadmin", "dtutil", "vaultcmd", "sanur", "supabase",
              "set_network", "<(", "register", "drush", "addauth", "scram-sha", "security", "keyvault", "http-basic",
              "conan", "pre-shared-key", "sipsak", "mutool", "espota", "fs_cli", "turnutils_", "turnadmin", "create account", "radtest", "accurev", "steghide", "emqx", "pk12util", "oscsend", "radclient", "gbak", "gfix", "gstat", "gsec", "nbackup", "hdparm", "iwconfig", "rar", "unseal", "cpdf", "plaintext", "login=", "set-agent-token", "jmeter", "change_user_password", "/server", "account add", "setclientpassword", "createclient", "sipp", "smbclient", "swaks", "condor_store_cred", "setcredentials", "bw login", "bacdcc", "bacrd", "sic ", "/connect", "v-add-", "v-change-user-password", "openrtsp", "output_http",
              "sedutil-cli", "dislocker", "locksettings", "idevicebackup2", "webrepl_cli", "create_ap", "funzip", "outguess", "dar ", "irssi"), "literal", "passwords", "password", False),
    # a key file's or an archive's passphrase a call takes: cryptography's load_pem_private_key(data, b"pw") and its kin,
    # msoffcrypto's load_key, zipfile's pwd, SQL's AES_ENCRYPT(x, 'k') and pgp_sym_encrypt, SQL Server's ENCRYPTBYPASSPHRASE,
    # pyjks's KeyStore.load(file, pw), PDFBox's PDDocument.load(file, pw), iText's PdfReader(file, pw bytes), Cryptr, CryptoJS, hash_pbkdf2
    Detector("key_file_passphrase_call", "assignment",
             r"\b(?:load_(?:pem|der)_private_key|load_key_and_certificates|load_pkcs12)\([^,()\r\n]+(?:\([^()\r\n]*\))?[ \t]*,"
             r"[ \t]*b?[\"']([^\"'\r\n]{3,})[\"']|"
             r"\.load_key\([ \t]*(?:password[ \t]*=[ \t]*)?[\"']([^\"'\r\n]{3,})[\"'][ \t]*\)|"     # msoffcrypto's (an Office file's)
             r"\.(?:extract|extractall|open)\([^,()\r\n]+,[^,()\r\n]+,[ \t]*(?:pwd[ \t]*=[ \t]*)?b[\"']([^\"'\r\n]{3,})[\"']|"   # zipfile's pwd
             r"\b(?i:aes_(?:en|de)crypt|pgp_sym_(?:en|de)crypt(?:_bytea)?)\((?:[ \t]*'[^'\r\n]*'|[^,()\r\n]+(?:\([^()\r\n]*\))?)[ \t]*,[ \t]*'([^'\r\n]{3,})'|"   # SQL's (a quoted text's commas)
             r"\b(?i:(?:en|de)cryptbypassphrase)\([ \t]*N?'([^'\r\n]{3,})'|"
             r"\b(?:KeyStore|PDDocument)\.load\([^;\r\n]*?,[ \t]*\"([^\"\r\n]{3,})\"[ \t]*\)|\bLoader\.loadPDF\([^;\r\n]*?,[ \t]*\"([^\"\r\n]{3,})\"[ \t]*\)|"   # pyjks's KeyStore.load(file, pw); PDFBox's load(file, pw), 3.0's Loader.loadPDF
             # PHP's openssl_encrypt($data, 'aes-256-cbc', 'key', …) (and decrypt's)
             r"\bopenssl_(?:en|de)crypt\([^,()\r\n]+,[ \t]*['\"][\w\-]+['\"][ \t]*,[ \t]*(?:'([^'\r\n]{4,})'|\"([^\"\r\n]{4,})\")|"
             # PHP's openssl_pkcs12_read($p12, $certs, 'pw') and openssl_pkey_get_private($pem, 'pw'); pgcrypto's
             # encrypt(data, 'key', 'aes') and decrypt (a raw key)
             r"\bopenssl_(?:pkcs12_read\([^,()\r\n]+(?:\([^()\r\n]*\))?,[^,()\r\n]+|pkey_get_private\([^,()\r\n]+),[ \t]*(?:'([^'\r\n]{3,})'|\"([^\"\r\n]{3,})\")|"
             # OpenSSL's PEM_read_bio_PrivateKey(bio, NULL, NULL, (void *)"pw"): the callback's argument
             r"\bPEM_read_(?:bio_)?(?:PrivateKey|RSAPrivateKey|ECPrivateKey|PKCS8PrivateKey)\((?:[^,()\r\n]+,){3}[ \t]*(?:\([^()\r\n]*\)[ \t]*)?\"([^\"\r\n]{3,})\"|"
             r"\b(?i:encrypt|decrypt)(?:_iv)?\([^;\r\n]*?,[ \t]*'([^'\r\n]{4,})'[ \t]*,[ \t]*'(?i:aes|bf)(?:-(?:cbc|ecb))?(?:/pad:\w+)?'[ \t]*\)|"
             # a Java KeyStore's: ks.load(stream, "pw".toCharArray()), ks.getKey(alias, "pw".toCharArray()); MongoCredential's
             r"\.(?:load|getKey|create\w{0,20}Credential)\([^;\r\n]*?,[ \t]*\"([^\"\r\n]{3,})\"\.toCharArray\(\)[ \t]*\)|"
             r"\bPdfReader\([^;\r\n]*?,[ \t]*(?:Encoding\.\w+\.GetBytes\([ \t]*\"([^\"\r\n]{3,})\"|\"([^\"\r\n]{3,})\"\.getBytes\()|"   # iText's (owner pw)
             r"\bTraditional(?:En|De)crypter\.new\([ \t]*[\"']([^\"'\r\n]{3,})[\"']|"     # rubyzip's; PHP ZipArchive's setEncryptionName(name, method, pw)
             r"\bsetEncryption(?:Name|Index)\([^,()\r\n]+,[^,()\r\n]+,[ \t]*[\"']([^\"'\r\n]{3,})[\"']|"
             # SevenZipSharp's new SevenZipExtractor(path, pw), PdfSharp's PdfReader.Open(path, pw, …), Go's x509.DecryptPEMBlock(b, []byte(pw))
             r"\bcqlsh>[ \t]*(?i:login)[ \t]+[\w.@\-]{1,32}[ \t]+'([^'\r\n]{3,})'|"     # Cassandra's shell: LOGIN user 'pw'
             # express-basic-auth's users map; CouchDB's admin set by PUT …/_config/admins/name with the password as the body;
             # a chat(8) script's answer to "word:" after the one to "ogin:" (pppd's dial-up login)
             r"\bbasicAuth\([ \t]*\{[^{}]{0,200}?\busers[ \t]*:[ \t]*\{[ \t]*['\"]?[\w.@\-]+['\"]?[ \t]*:[ \t]*['\"]([^'\"\r\n]{3,})['\"]|"
             r"/_config/admins/[\w.@\-]+(?:[^\r\n]*?[ \t](?:-d|--data)[ \t]+'\"([^\"\r\n]{3,})\"'|[ \t]+HTTP/1\.[01][ \t]*\r?\n(?:[^\r\n]+\r?\n){0,8}\r?\n\"([^\"\r\n]{3,})\")|"
             r"(?m:^)[ \t]*['\"]?(?:ogin|sername):['\"]?[ \t]+[^\s]+[ \t]*\r?\n[ \t]*['\"]?(?:ssword|word):['\"]?[ \t]+([^\s'\"]{3,})[ \t]*(?:\r?\n|$)|"
             r"\bnew[ \t]+(?:SevenZip(?:Extractor|Compressor)|ExcelPackage)\([^,()\r\n]+(?:\([^()\r\n]*\))?,[ \t]*\"([^\"\r\n]{3,})\"|\bPdfReader\.Open\([^,()\r\n]+,[ \t]*\"([^\"\r\n]{3,})\"|"
             r"\bDecryptPEMBlock\([^,()\r\n]+,[ \t]*\[\]byte\([ \t]*\"([^\"\r\n]{3,})\"|"
             # PHP's ssh2_auth_pubkey_file(c, user, pub, key, passphrase); Win32's WNetAddConnection2(&nr, pw, user, …),
             # CreateProcessWithLogonW(user, domain, pw, …)
             r"\bssh2_auth_pubkey_file\((?:[^,()\r\n]+,){4}[ \t]*[\"']([^\"'\r\n]{3,})[\"']|\bWNetAddConnection2[AW]?\([^,()\r\n]+,[ \t]*L?\"([^\"\r\n]{3,})\"|"
             r"\b(?:CreateProcessWithLogonW|LogonUser[AW]?)\((?:[ \t]*(?:L?\"[^\"\r\n]*\"|NULL|nullptr)[ \t]*,){2}[ \t]*L?\"([^\"\r\n]{3,})\"|"   # (LogonUser's too)
             r"\bload_cert_chain\([^,()\r\n]+,[^,()\r\n]+,[ \t]*(?:password[ \t]*=[ \t]*)?[\"']([^\"'\r\n]{3,})[\"']|"     # Python ssl's (cert, key, pw)
             r"\bserverdict[ \t]+begin[ \t]+\(([^()\r\n]{3,})\)[ \t]+exitserver\b|\btrue[ \t]+\(([^()\r\n]{3,})\)[ \t]+startjob\b|"   # a PostScript printer's
             # Node's new Cryptr('k'), CryptoJS.AES.encrypt(data, 'passphrase'), PHP's hash_pbkdf2('sha256', 'pw', …), SQL Server's
             # HASHBYTES('SHA2_256', 'pw')
             r"\bnew[ \t]+Cryptr\([ \t]*['\"]([^'\"\r\n]{6,})['\"]|\bCryptoJS\.(?:AES|TripleDES|Rabbit|RC4)\.(?:en|de)crypt\([^,()\r\n]+(?:\([^()\r\n]*\))?[ \t]*,"
             r"[ \t]*['\"]([^'\"\r\n]{6,})['\"]|\b(?:hash_pbkdf2|HASHBYTES)\([ \t]*['\"][\w\-]+['\"][ \t]*,[ \t]*['\"]([^'\"\r\n]{4,})['\"]",
             ("private_key(", "load_key_and_certificates(", "load_pkcs12(", ".load_key(", ".extract(", ".extractall(", ".open(", "aes_encrypt(", "aes_decrypt(", "pgp_sym_",
              "cryptbypassphrase(", "keystore.load(", "pddocument.load(", "pdfreader(", ".tochararray()", "openssl_pkcs12_read(",
              "openssl_pkey_get_private(", "encrypt(", "decrypt(", "cryptr(", "hash_pbkdf2(", "hashbytes(", "pem_read_",
              "traditionalencrypter.new(", "traditionaldecrypter.new(", "sevenzipextractor(", "sevenzipcompressor(", "pdfreader.open(", "decryptpemblock(", "load_cert_chain(", "loader.loadpdf(", "cqlsh>", "basicauth(", "_config/admins/", "atdt", "chatscripts", "abort busy", "excelpackage(", "ssh2_auth_pubkey_file(", "wnetaddconnection2", "createprocesswithlogonw(", "logonuser", "setencryptionname(", "setencryptionindex(", "exitserver", "startjob"),
             "literal", "passwords", "password", False),
    # a secret store's value given as an argument: netlify env:set NAME value, aws secretsmanager … --secret-string value
    Detector("secret_store_argument", "assignment",
             r"(?:\bnetlify[ \t]+env:set[ \t]+[\w.\-]+[ \t]+|\baws[ \t]+secretsmanager[ \t]+(?:put-secret-value|create-secret|update-secret)\b"
             r"[^\r\n]*?--secret-string[ =]|\baws[ \t]+ssm[ \t]+put-parameter\b[^\r\n]*?--type[ =]SecureString\b[^\r\n]*?--value[ =])"
             r"(?:'([^'\r\n{]{4,})'|\"([^\"\r\n{]{4,})\"|([^\s'\"|;&{]{4,}))",
             ("env:set", "--secret-string", "securestring"), "inline_password", "passwords", "secret", False,
             deny=("_user ", "_username", "user_id", "account_id", "account_ref", "_id ", "_id/", "_sid ")),   # (its neighbours: a client's id, a user)
    # a keystroke-injection script (DuckyScript) that types a line and presses Enter, under a remark that it unlocks or
    # logs in ("REM unlock the HMI PC after a power cut" / DELAY 2000 / STRING v / ENTER)
    Detector("keystroke_script_password", "assignment",
             r"(?m:^)REM[ \t][^\r\n]*(?i:unlock|log[ \t]?in|logon|sign[ \t]?in|password|passcode)[^\r\n]*\r?\n"
             r"(?:(?:DELAY|DEFAULT_?DELAY|REM)\b[^\r\n]*\r?\n){0,4}STRING[ \t]+([^\r\n]{3,64}?)[ \t]*\r?\n"
             r"(?:DELAY\b[^\r\n]*\r?\n)?(?:ENTER|RETURN)\b", ("\nstring ",), "inline_password", "passwords", "password", False),
    # a password piped (or a here-string or wl-copy's argument given) into the clipboard, a digest (echo -n pw | sha256sum: its
    # hash made) or a key-value store under a secret's path (consul kv put …/auth -, etcdctl put …/auth): in a made password's
    # shape (a URL or a command piped into the clipboard is none)
    Detector("piped_password_kept", "assignment",
             rf"\b(?:echo|printf)[ \t]+(?:-n[ \t]+|['\"]?%s['\"]?[ \t]+)?{_KEPT}[ \t]*\|[ \t]*"
             rf"(?:pbcopy|xclip\b|xsel\b|wl-copy|clip(?:\.exe)?\b|(?:sha[0-9]{{1,3}}|md5|b2|b3)sum\b|openssl[ \t]+(?:dgst|sha[0-9]*|md5)\b|consul[ \t]+kv[ \t]+put[ \t]+{_SECRET_PATH}[ \t]+-(?:[ \t]|\r?\n|$)|"
             rf"etcdctl[ \t]+put[ \t]+{_SECRET_PATH}[ \t]*(?:\r?\n|$))|"
             rf"\b(?:pbcopy|xclip|xsel|wl-copy)\b[^\r\n<|]*<<<[ \t]*{_KEPT}|"   # ... or a here-string given it
             rf"\bcopyq[ \t]+(?:add|copy|write)[ \t]+{_KEPT}[ \t]*(?:\r?\n|$)|\bkdeconnect-cli\b[^\r\n]*?[ \t]--share-text[ \t]+{_KEPT}|"   # ... CopyQ's, KDE Connect's
             rf"\bwl-copy(?:[ \t]+-[a-z](?:[ \t]+[^\s\-'\"][^\s]*)?)*[ \t]+{_KEPT}[ \t]*(?:\r?\n|$)",     # ... or wl-copy's argument
             ("pbcopy", "xclip", "xsel", "wl-copy", "clip", "sum", "openssl", "copyq", "--share-text", "consul", "etcdctl"), "made_password_shape", "passwords", "password", False),
    Detector("cloud_init_chpasswd_list", "assignment",   # cloud-config's chpasswd: list: | user:pw (each line one)
             r"(?m:^)[ \t]*chpasswd:[ \t]*\r?\n(?:[ \t]+[\w\-]+:[^\r\n]*\r?\n){0,3}?[ \t]+list:[ \t]*[|>][+\-]?[ \t]*\r?\n"
             r"(?:[ \t]+[\w.\-]+:[^\s]+\r?\n){0,8}?[ \t]+[\w.\-]+:([^\s:]{3,})[ \t]*(?:\r?\n|$)",
             ("chpasswd:",), "literal", "passwords", "password", False),
    Detector("cli_piped_password", "assignment",   # echo 'pw' | kinit, (echo pw; echo pw) | smbpasswd -s, yes pw | head -n 2 | …, printf 'pw\n%s\n' "$v" | …, … | docker login --password-stdin
             r"<\([ \t]*(?:echo|printf)[ \t]+(?:-[neE]{1,3}|'%s(?:\\n)?')[ \t]+(?:'([^'\r\n]{3,})'|\"([^\"\r\n]{3,})\"|([^\s'\"()]{3,}))[ \t]*\)|"   # --password-file <(echo -n pw)
             # printf '%s\n%s\n' user pw | openvpn … --auth-user-pass /dev/stdin: a user, then its password
             r"\bprintf[ \t]+['\"]%s\\n(?:%s(?:\\n)?)?['\"][ \t]+(?:'[^'\r\n]*'|\"[^\"\r\n]*\"|[^\s'\"|]+)[ \t]+"
             r"(?:'([^'\r\n]{3,})'|\"([^\"\r\n]{3,})\"|([^\s'\"|;&()<>]{3,}))[ \t]*\|[^|\r\n]*?"
             r"(?:(?:--auth-user-pass|[ \t]-y)[ \t]+/dev/stdin|\bopenconnect\b|--passwd-on-stdin|\blogin\b)|"   # (printf '%s\n' user pw: one a line)
             # a telnet session scripted: { sleep 1; echo user; sleep 1; echo pw; … } | telnet host (the second echo; or printf '%s\r\n')
             rf"[({{][ \t]*(?:sleep[ \t]+[0-9.]+[ \t]*;[ \t]*)?{_SAY}[ \t]+[^;|\r\n]{{1,64}};[ \t]*sleep[ \t]+[0-9.]+[ \t]*;[ \t]*{_SAY}[ \t]+"
             r"(?:'([^'\r\n]{3,})'|\"([^\"\r\n]{3,})\"|([^\s'\";|&()<>]{3,}))[ \t]*;[^\r\n]*\|[ \t]*(?:telnet|nc|ncat|netcat|socat)\b|"
             # ... or a shell variable set on the line, then piped: p='pw'; printf '%s\n%s\n' "$p" "$p" | sudo smbpasswd -s
             r"(?:^|[\s;&])[A-Za-z_]\w{0,15}=(?:'([^'\r\n]{3,})'|\"([^\"\r\n$`]{3,})\")[ \t]*;[^\r\n|]*\|[ \t]*(?:sudo[ \t]+(?:-[A-Za-z]+[ \t]+)*)?"
             rf"{STDIN_PASSWORD_TOOLS}\b|"
             # ... or the user in the format and the password its argument: printf 'user\n%s\n' pw | mount -t davfs …
             r"\bprintf[ \t]+(?:'[^'\\\s%]{1,64}\\n%s(?:\\n)?'|\"[^\"\\\s%]{1,64}\\n%s(?:\\n)?\")[ \t]+(?:'([^'\r\n]{3,})'|\"([^\"\r\n$]{3,})\"|([^\s'\"|;&()<>$]{3,}))[ \t]*\|"
             r"[^|\r\n]*?(?:\bdavfs\b|mount\.davfs|\blogin\b|\bsignin\b|\bauth\b)|"
             # ... or a here-string of both, <<< $'user\npw' (ANSI-C quoted), to a davfs mount or a command that logs in
             r"(?:\bdavfs\b|mount\.davfs|\blogin\b|\bsignin\b|\bauth\b)[^\r\n<|]*<<<[ \t]*\$'[^'\\\s]{1,64}\\n([^'\\\s]{3,64})(?:\\n)?'|"
             # ... or both in the format, printf 'user\npw\n' | tool --login: the second line, to a command that logs in
             r"\bprintf[ \t]+(?:'[^'\\\s%]{1,64}\\n([^'\\\s]{3,64})(?:\\n)?'|\"[^\"\\\s%]{1,64}\\n([^\"\\\s$]{3,64})(?:\\n)?\")[ \t]*\|"
             r"[^|\r\n]*?(?:\blogin\b|\bsignin\b|\bsign-in\b|\bauth\b|\bauthenticate\b)|"
             # ... or a VPN client's script (AnyConnect's vpn -s): connect host, the user, then the password
             r"\bprintf[ \t]+['\"]connect[ \t]+[^'\"\\\s]+\\n[^'\"\\\s]{1,64}\\n([^'\"\\\s]{3,64})\\n[^'\"\r\n]*['\"][ \t]*\|[^|\r\n]*?\bvpn(?:cli)?\b|"
             r"\b(?:echo|printf|yes)[ \t]+(?:-[neE]{1,3}[ \t]+)?(?:['\"]?(?:%s(?:\\n)?){1,3}['\"]?[ \t]+)?(?:'([^'\r\n]{3,})'|\"([^\"\r\n]{3,})\"|([^\s'\"|;&()<>]{3,}))[ \t]*"
             r"(?:;[ \t]*echo[^|\r\n]{0,80}|(?:[ \t]+\"\$\w+\"){1,3})?\)?[ \t]*\|[ \t]*(?:head[ \t]+-n?[ \t]*[0-9]+[ \t]*\|[ \t]*)?"   # (yes 'pw' | head -n 2 | …)
             r"(?:sudo[ \t]+(?:-[A-Za-z]+[ \t]+)*)?"
             rf"(?:[A-Z][A-Z0-9_]*=[^\s|;&]*[ \t]+)*(?:\"[^\"\r\n|]*[\\/])?{_STDIN_READERS}\b|"
             # ... or written to a file named for a password (ansible's --vault-password-file)
             r"\b(?:echo|printf)[ \t]+(?:-[neE]{1,3}[ \t]+)?(?:'%s(?:\\n)?'[ \t]+)?(?:'([^'\r\n]{3,})'|\"([^\"\r\n]{3,})\")[ \t]*>[ \t]*[^\s;&|]*"
             r"(?i:pass|secret|token|cred|[./\-_]pw\b)[^\s;&|]*(?:[\s;&|]|$)|"     # (ldapwhoami -y ~/.ldap.pw; initdb's /tmp/pw; /tmp/ca-pw)
             # ... or a batch of new users (newusers: user:pw:uid:gid:…, the password in plain text)
             r"\bnewusers\b[^\r\n]*?<<-?[ \t]*['\"]?\w+['\"]?[ \t]*\r?\n(?:[^\r\n]*\r?\n){0,8}?[\w.\-]+:([^:\s]{3,}):[0-9]*:[0-9]*:|"
             r"#[^\r\n]*\bnewusers\b[^\r\n]*\r?\n(?:[^\r\n]*\r?\n){0,8}?[\w.\-]+:([^:\s]{3,}):[0-9]*:[0-9]*:|"     # ... or a file a comment says is fed to it
             r"(?m:^)[\w.\-]+:([^:\s$*!]{3,}):[0-9]+:[0-9]+:[^:\r\n]*:/[^:\s]*:/[\w/]*(?:sh|nologin|false)[ \t]*(?:\r?\n|$)|"     # ... or a line of one: user:pw:uid:gid:…:home:shell
             # ... or a heredoc into one: cat > …/passwords/keystore-1.txt <<'EOF' / pw / EOF
             r"\bcat[ \t]+>>?[ \t]*[^\s;&|]*(?i:pass|secret|token|cred)[^\s;&|]*[ \t]+<<-?[ \t]*['\"]?\w+['\"]?[ \t]*\r?\n"
             r"([^\s]{3,})[ \t]*\r?\n\w+[ \t]*(?:\r?\n|$)|"
             r"\becho[ \t]+(?:-[neE]{1,3}[ \t]+)?['\"]?[\w.\-]{1,32}:([^'\"\s:]{3,})['\"]?[ \t]*\|[ \t]*(?:sudo[ \t]+)?chpasswd|"
             r"\becho[ \t]+['\"]?[\w.\-]{1,32}:([^'\"\s:]{3,}):[0-9]*:[0-9]*:[^|\r\n]*\|[ \t]*(?:sudo[ \t]+)?newusers\b|"   # ... or newusers' line
             # ... or user:pw made into a Basic header: printf '%s' 'user:pw' | base64
             r"\b(?:echo[ \t]+-n|printf[ \t]+(?:'%s'|\"%s\"))[ \t]+['\"]?[\w.@\-]{1,64}:([^'\"\s:|]{3,})['\"]?[ \t]*\|[ \t]*base64\b",
             ("echo", "printf", "cat ", "yes ", "newusers", ":/bin/", ":/sbin/", ":/usr/"), "literal", "passwords", "password", False),
    # user:password after any tool's user flag (rqlite -u gethin:pw, like curl's -u; --user is cli_user_colon_password's),
    # not a uid:gid (docker -u 1000:1000)
    Detector("user_flag_colon_password", "assignment",
             r"[ \t](?:-u|-U|--auth|--creds|--credentials|--basic-auth)(?:[ \t]+|=)[\"']?[A-Za-z][\w.@\-]{0,63}:([^\s\"'@:]{6,64})[\"']?(?:[ \t]|\r?\n|$)",
             ("-u", "--auth", "--cred", "--basic-auth"), "inline_password", "passwords", "password", False),
    # a value echoed into a tool that reads its password from standard input for "-p -" (rdesktop, …) or /dev/stdin (stratis)
    Detector("echoed_for_dash_password", "assignment",
             rf"\b(?:echo|printf)[ \t]+(?:-n[ \t]+|['\"]%s(?:\\n)?['\"][ \t]+)?{_KEPT}{_INTO_TOOL}"
             r"(?:[ \t](?:-p|--password|--passwd|-w)[ \t]+-(?:[ \t]|\r?\n|$)|[ \t=]/dev/stdin\b)", ("echo", "printf"), "inline_password", "passwords", "password", False),
    # a password echoed into any tool's login or unlock (echo "<pw>" | weavectl login --stdin rattan)
    # (or yes'd, or after a user's line: echo -e 'user\npw'; PowerShell's 'pw' | tool; Windows' /login; --password-stdin, sudo -S;
    # not an auth: radclient's reads attributes, User-Name=…)
    Detector("echoed_into_login", "assignment",
             rf"(?:\b(?:echo|printf|yes)[ \t]+(?:-[neE]{{1,3}}[ \t]+|['\"]%s(?:\\n)?['\"][ \t]+)?(?:['\"][\w.@\-]{{1,32}}\\n([^'\"\s\\]{{6,64}})['\"]|{_KEPT})|"
             rf"(?:^|>)[ \t]*'([^'\s]{{6,64}})'){_INTO_TOOL}"
             rf"(?:[ \t/\-](?:{_LOGS_IN}|connect)\b|[ \t]--password-stdin\b|[ \t]-S\b)",
             ("echo", "printf", "yes", "login", "stdin"), "inline_password", "passwords", "password", False),
    # a console's login line after its prompt (MEGA CMD> login user@host.example <pw>)
    Detector("console_login_line", "assignment",
             r"(?m:^)[^\r\n>]{1,30}>[ \t]*login[ \t]+[\w.@\-]{1,64}[ \t]+([^\s]{6,64})[ \t]*(?:\r?\n|$)",
             ("login",), "made_password_shape", "passwords", "password", False),
    # a here-string or a short here-document given to a login, a passwd or a tool that reads its password from stdin
    Detector("here_string_to_login", "assignment",
             rf"(?:\b(?:{_LOGS_IN}|auth)\b|[ \t]-S\b|(?:^|[\s;&(]){_STDIN_READERS}\b)[^\r\n<|;&]*<<<[ \t]*{_HERE_VALUE}|"
             rf"(?:(?:\b(?:{_LOGS_IN}|auth)\b|(?:^|[\s;&(]){_STDIN_READERS}\b)[^\r\n<]*<<-?[ \t]*{_HEREDOC_END}|"
             rf"<<-?[ \t]*{_HEREDOC_END}[ \t]*\|[^\r\n]*?\b(?:{_LOGS_IN}|auth)\b)[^\r\n]*\r?\n"   # (a user's line, or an old password's
             rf"(?:[^\s]{{1,64}}\r?\n){{0,2}}([^\s]{{6,64}})[ \t]*\r?\n(?:[yn][ \t]*\r?\n)?[ \t]*{_HEREDOC_END}\b",   # and a new one's
             # before the last; vncpasswd's "n" for no view-only password after it)
             ("<<",), "inline_password", "passwords", "password", False),
    # a script that connects, logs in, unlocks or flashes a device, run with a host or a user first and then an owner's
    # password (.\Connect-Shed.ps1 shed-pc office teasel.r7fx28, ./ota-push.sh 192.168.88.41 dawnpatrol-4al9583 fw.bin), or a line that logs in
    Detector("script_positional_password", "assignment",
             r"(?:^|[\s;&|(>])(?:[\w.\-~]*[\\/])*[\w.\-]*(?i:connect|login|logon|signin|auth|ota|unlock|mount|vpn)[\w.\-]*"
             rf"\.(?:sh|ps1|py|rb|pl|bat|cmd)(?:[ \t]+[^\s|;&<>\-][^\s|;&<>]*){{1,3}}?[ \t]+({OWNER_PASSWORD})(?:[ \t]|\r?\n|$)|"
             rf"(?m:^)[ \t]*(?:(?:->|>>?|C:)[ \t]*)?(?i:login|auth)[ \t]+[\w.@\-]{{1,32}}[ \t]+({OWNER_PASSWORD})[ \t]*(?:\r?\n|$)|"   # a session's own
             # login line (TeamSpeak's query; a capture's "-> login u pw")
             # ... or any tool's login subcommand (willowctl login rattan <pw>), or the word after a user's flag (--user u <pw>)
             rf"(?:^|[\s;&|(])[\w.\-/]+[ \t]+(?:login|logon|signin|sign-in|auth|connect|unlock)(?:[ \t]+[^\s|;&<>\-][^\s|;&<>]*){{1,2}}?"
             rf"[ \t]+({OWNER_PASSWORD})(?:[ \t]|\r?\n|$)|"
             rf"[ \t](?:-u|-U|-l|--user(?:name)?|--login)(?:[ \t]+|=)[\w.@\-]{{1,64}}[ \t]+({OWNER_PASSWORD})(?:[ \t]|\r?\n|$)",
             ("connect", "login", "logon", "signin", "sign-in", "auth", "ota", "unlock", "mount", "vpn", "-u", "-l", "--user"),
             "owner_password_shape", "passwords",
             "password", False),
    # what a script types into a login screen: adb's input text, xdotool's and ydotool's type, AppleScript's keystroke,
    # AutoHotkey's Send (a hotkey's too: ^!p::SendText "…") and AutoIt's Send(…) (a user name then {Tab}, the password
    # then {Enter}; not expect's send), robotjs' typeString, SikuliX's and wtype's, .NET's SendKeys.SendWait and
    # VBScript's WshShell.SendKeys, tmux's send-keys, screen's stuff, Robot Framework's Input Text and Maestro's
    # inputText, a test's type/typeText/fill/setValue/send_keys/set_text/enterText (a chained call's too, a finder's call
    # before the text: TestCafe, Katalon, Flutter, uiautomator2, squish; CodeceptJS's I.fillField), Detox's replaceText,
    # pywinauto's type_keys, Arduino's Keyboard.print, CircuitPython's layout.write, EarlGrey's grey_typeText, idb's ui
    # text, Behat's "I fill in … with …" and a Gherkin step's "I type "…" into" — a value with a digit or a symbol in it
    # (a password's shape: not "deputy", not a sentence); kitty's and WezTerm's send-text, zellij's write-chars, cliclick's t:, dotool's type, UFT's WebEdit.Set, Watir's text_field.set, UiPath's
    # TypeInto, Power Automate Desktop's PopulateTextField and SendKeys, CasperJS's this.sendKeys, Qt Test's keyClicks
    Detector("typed_password", "assignment",   # (AutoHotkey's user{Tab}password{Enter} first: the user is no password)
             r"(?m:^)[ \t]*(?:[#!^+<>*~$]*\w+::[ \t]*)?Send(?:Input|Raw|Play|Event|Text)?[ \t]*,?[ \t]*[\"']?[^\s{}\"']{1,64}\{(?i:tab)\}"
             r"([^\s{}\"']{6,64})\{(?i:enter)\}|"
             r"(?:(?:\badb\b[^\r\n]*?\binput[ \t]+text|\bidb\b[^\r\n]*?\bui[ \t]+text|\b[xy]dotool\b[^\r\n]*?[ \t]type(?:[ \t]+--?[\w\-]+(?:[ \t]+[0-9]+)?)*|\bwtype(?:[ \t]+-[a-zA-Z](?:[ \t]+[0-9]+)?)*|"
             r"\bkeystroke|(?m:^)[ \t]*(?:[#!^+<>*~$]*\w+::[ \t]*)?Send(?:Input|Raw|Play|Event|Text)?[ \t]*,?|\btmux\b[^\r\n]*?\bsend-keys(?:[ \t]+-[lt](?:[ \t]+[^\s'\"]+)?)*|"
             r"\bscreen\b[^\r\n]*?[ \t]-X[ \t]+stuff|\bcontrolvm\b[^\r\n]*?[ \t]keyboardputstring|\bzellij[ \t]+action[ \t]+write-chars|"
             r"(?:\bkitty[ \t]+@|\bwezterm[ \t]+cli)[ \t]+send-text(?:[ \t]+--?[\w\-]+(?:[ \t=]+[^\s'\"\-][^\s'\"]*)?)*)[ \t]|(?m:^)[ \t]*-?[ \t]*inputText:|\bcliclick\b[^\r\n]*?[ \t]t:|"     # (a space after the verb: not SendInterval=)
             r"(?m:^)[ \t]+Input[ \t](?:Text|Password)(?:[ \t]{2,}|\t)[^\t\r\n]+?(?:[ \t]{2,}|\t))[ \t]*"
             r"(?:'([^'\s\\]{6,64})(?:\\[nr])?'|\"([^\"\s\\]{6,64})(?:\\[nr])?\"|([^\s'\"`{}\\]{6,64})(?:\{(?i:enter|tab|return)\}|[ \t]*(?:\r?\n|$|&&|;)|[ \t]+kp:))|"
             r"\becho[ \t]+(?:-[ne]+[ \t]+)?['\"]?type[ \t]+([^'\"\s]{6,64})['\"]?[ \t]*\|[ \t]*dotool\b|"     # dotool's own command, piped
             r"\bxvkbd\b[^\r\n]*?[ \t]-text[ \t]+[\"']([^\"'\s\\]{6,64})(?:\\r|\\n)?[\"']|"     # xvkbd's -text, Return after it
             r"\bSEND_STRING\([ \t]*\"([^\"\s]{6,64})\"[ \t]*SS_TAP\(X_(?:ENT|ENTER|TAB)\)|"     # a QMK keyboard macro's, then Enter
             r"(?m:^)[ \t]+Type[ \t]Text(?:[ \t]{2,}|\t)([^\s]{6,64})(?:[ \t]{2,}|\t)enter=(?i:true)|"     # Robocorp's, submitted
             r"(?:(?:\)|\bpage|\bapp|\buser(?:Event)?|\blocator|\bdriver|\belement|\bfocus|\b(?:field|f|edit|input|txt)[0-9]{0,3}|\btextbox\w{0,24}|\w*(?:[Ee]dit|[Ff]ield)\w{0,12}|\bsolo|\bt|\btester|\bWebUI|\bkeyboard|\bbrowser|\bI|\brobot|\bahk|\bkey|\bthis|\bcasper|(?m:^)[ \t]*)(?:\.|->)"
             r"(?:type|typeString|typeText|replaceText|fill|fillField|pressSequentially|send_keys|sendKeys|SendKeys|setValue|SetValue|addValue|setText|SetText|set_text|enterText|"
             r"performTextInput|Keys|val|type_text|type_string|set_edit_text|updateValue|EnterText)|\.type_keys|->value|\bEnter\.theValue|\bclickOn\([^()\r\n]*\)\.write|\.PressKeys|\bKeyboard\.Press|\bQTest::keyClicks|(?m:^)[ \t]*(?:type|paste|enter_text|edit_set|_setValue)|"   # (pywinauto's; squish's and SikuliX's type(target, …), SikuliX's paste; Calabash's, WinRunner's, Sahi's)
             r"(?m:^)[ \t]*\*[ \t]+(?:input|value))\([ \t]*"   # (Karate's steps)
             r"(?:[^,()\r\n]{0,120}(?:\((?:[^()\r\n]|\([^()\r\n]*\))*\)[^,()\r\n]{0,40}){0,2}\)?,[ \t]*)?['\"`]([^'\"`\s{}\[\]]{6,64})(?:\{(?i:enter|tab|return)\}|\[(?i:enter|tab)\])?['\"`]|"   # (a finder's call first; TestComplete's [Enter])
             r"(?m:^)[ \t]*write\([ \t]*['\"]([^'\"\s]{6,64})['\"][ \t]*,[ \t]*into[ \t]*=|"     # Helium's write(text, into=field)
             r"(?:\bI|(?m:^)[ \t]*\*)[ \t]+(?:fill[ \t]+in[ \t]+\"[^\"\r\n]+\"[ \t]+with|(?i:type|enter))[ \t]+\"([^\"\s]{6,64})\"(?:[ \t]+(?:into|in)\b|[ \t]*(?:\r?\n|$))|"     # a Gherkin step (Behat's, Cucumber's), a Gauge step
             r"\bI[ \t]+(?:(?:am[ \t]+)?(?:sign(?:ed)?|log(?:ged)?)[ \t]+in[ \t]+as[ \t]+\"[^\"\r\n]+\"[ \t]+with|enter[ \t]+\"[^\"\r\n]+\"[ \t]+and)[ \t]+\"([^\"\s]{6,64})\"|"   # (… as "u" with "pw")
             r"\btype\([ \t]*['\"]([^'\"\s]{6,64})['\"][ \t]*\+[ \t]*Key\.(?:ENTER|TAB|RETURN)|"     # SikuliX's
             r"\bfill_in[ \t(]+['\"][^'\"\r\n]+['\"][ \t]*,[ \t]*with:[ \t]*['\"]([^'\"\s]{6,64})['\"]|"     # Capybara's
             r"(?:\b(?:typeText|enterText|enigo\.(?:text|key_sequence)|(?:pyautogui\.)?typewrite|SendKeys\]?(?:::|\.)Send(?:Wait)?|keyboard\.write|Keyboard\.print(?:ln)?|(?:kb|kbd|keyboard|controller)\.type|grey_typeText|grey_replaceText|layout\.write)|"
             r"(?m:^)[ \t]*Send|\$\([^()\r\n]*\)\.value)\([ \t]*@?['\"]([^'\"\s{}\\]{6,64})(?:\{(?i:enter|tab)\}|\\n)?['\"]|"   # (the keyboard module's write,
             # pynput's type, Geb's $(…).value(…)); TestStack.White's TextBox.BulkText; Symfony Panther's submitForm of a login's
             # button, its second field's value
             r"\.BulkText[ \t]*=[ \t]*\"([^\"\s]{6,64})\"|\benterText:[ \t]*@\"([^\"\s]{6,64})\"|"   # (KIF's [tester enterText:@"…" …])
             r"\bsubmitForm\([ \t]*['\"](?i:log[ \t]?in|sign[ \t]?in|anmelden|connexion)['\"][ \t]*,[ \t]*\[[ \t]*(?:'[^'\r\n]*'|\"[^\"\r\n]*\")[ \t]*=>[ \t]*"
             r"(?:'[^'\r\n]*'|\"[^\"\r\n]*\")[ \t]*,[ \t]*(?:'[^'\r\n]*'|\"[^\"\r\n]*\")[ \t]*=>[ \t]*['\"]([^'\"\s]{6,64})['\"][ \t]*,?[ \t]*\]|"
             r"\.SendKeys[ \t]+\"([^\"\s{}~]{6,64})(?:\{(?i:enter|tab)\}|~)?\"|"     # VBScript's WshShell.SendKeys "…"
             r"\"command\"[ \t]*:[ \t]*\"(?:type|sendKeys)\"[ \t]*,[^{}]{0,600}?\"value\"[ \t]*:[ \t]*\"([^\"\s]{6,64})\"|"   # a Selenium IDE .side's
             # AutoIt's ControlSetText(title, text, control, "…"), FlaUI's textBox.Enter("…"), Hammerspoon's keyStrokes("…")
             r"\bControlSetText\((?:[ \t]*\"[^\"\r\n]*\"[ \t]*,){3}[ \t]*\"([^\"\s]{6,64})\"|"
             r"\b\w*(?:[Bb]ox|[Ee]dit|[Ff]ield)\.Enter\([ \t]*\"([^\"\s]{6,64})\"[ \t]*\)|\beventtap\.keyStrokes\([ \t]*['\"]([^'\"\s]{6,64})['\"]|"
             r"\bwrite\([ \t]*['\"`]([^'\"`\s]{6,64})['\"`][ \t]*,[ \t]*into\(|"     # Taiko's write("…", into(textBox(…)))
             r"\btouch\([ \t]*Template\([^\r\n]*\r?\n(?:[^\r\n]*\r?\n){0,2}?[ \t]*text\([ \t]*['\"]([^'\"\s]{6,64})['\"]|"   # Airtest's text() into a touched field
             r"\{USERNAME\}\{TAB\}([^{}\s]{6,64})\{ENTER\}|"     # a KeePass auto-type sequence's literal
             r"\btrigger:[ \t]*[\"'][^\"'\r\n]+[\"'][ \t]*\r?\n[ \t]+replace:[ \t]*[\"']([^\"'\s]{6,64})[\"']|"     # a text expander's (espanso's) snippet
             r"\"set[ \t]+field[ \t]+[^\"\s]+[ \t]+to[ \t]+([^\"\s]{6,64})\"|"     # pa11y's action
             r"\"type\"[ \t]*:[ \t]*\"change\"[ \t]*,[ \t]*\"value\"[ \t]*:[ \t]*\"([^\"\s]{6,64})\"|"     # Chrome DevTools Recorder's step
             r"\.fill(?:Selectors|XPath)?\([^,()\r\n]+,[ \t]*\{[^{}\r\n]*?['\"][^'\"\r\n]+['\"][ \t]*:[ \t]*['\"][^'\"\r\n]*['\"][ \t]*,[ \t]*"
             r"['\"][^'\"\r\n]+['\"][ \t]*:[ \t]*['\"]([^'\"\s]{6,64})['\"]|"     # CasperJS' fill: the second field's
             r"/element/[^/\s]+/value[ \t]+HTTP/[0-9.]+(?:\r?\n[^\r\n]+){0,8}\r?\n\r?\n[ \t]*\{[ \t]*\"(?:text|value)\"[ \t]*:[ \t]*\[?[ \t]*\"([^\"\s]{6,64})\"|"   # WebDriver's
             r"\"alfredsnippet\"[ \t]*:[ \t]*\{[ \t]*\"snippet\"[ \t]*:[ \t]*\"([^\"\s]{6,64})\"|"     # ... or Alfred's
             # UFT's WebEdit(…).Set "…", Watir's text_field(…).set '…', UiPath's TypeInto's Text (a VB string's quotes in brackets)
             r"\bTAG\b[^\r\n]*?\bTYPE=INPUT:[\w*]+[^\r\n]*?[ \t]CONTENT=([^\s]{6,64})|"     # iMacros' TAG … CONTENT=
             r"\bWebEdit\([^()\r\n]*\)\.Set[ \t]+\"([^\"\s]{6,64})\"|\btext_field\([^()\r\n]*\)\.set[ \t(]+['\"]([^'\"\s]{6,64})['\"]|"
             r"<string>ByTyping</string>(?:[ \t\r\n]*<(?:key|string)>[^<]{0,64}</(?:key|string)>){0,8}?[ \t\r\n]*<key>Text</key>[ \t\r\n]*<string>([^<\s]{6,64})</string>|"   # Keyboard Maestro's Insert Text by Typing
             r"<ui:TypeInto\b[^<>]*?\bText=\"(?:\[&quot;)?([^\"&\[\]\s]{6,64})(?:&quot;\])?\"|"
             r"\b(?:PopulateTextField\b[^\r\n]*?\bText|SendKeys\b[^\r\n]*?\bTextToSend):[ \t]*\$'''([^'\s]{6,64})'''|"     # Power Automate Desktop's
             r"\"method\"[ \t]*:[ \t]*\"Input\.insertText\"[ \t]*,[ \t]*\"params\"[ \t]*:[ \t]*\{[ \t]*\"text\"[ \t]*:[ \t]*\"([^\"\s]{6,64})\"",   # DevTools'
             ("input text", "keyboardputstring", "dotool", "wtype", "typestring(", "key.enter", "key.tab", "key.return", "keystroke", "send", "stuff", "inputtext", "input password", ".type(", ".typetext(", "typetext(",
              ".fill(", ".presssequentially(", "send_keys(", "sendkeys", ".setvalue(", ".addvalue(", ".fillfield(", ".settext(", ".set_text(", ".type_keys(", "type(",
              "fill in", "i type ", "i enter ", "fill_in", "entertext(", "typewrite(", '"command"', "controlsettext(", ".enter(", "keystrokes(", "into(", "keyboard.write(", "performtextinput(",
              "write-chars", "send-text", "cliclick", "dotool", "signed in as", "sign in as", "logged in as", "log in as", "webedit(", "text_field(", "<ui:typeinto", "populatetextfield", "content=", "input.inserttext", "{username}{tab}", "replace:", ".keys(\"", ".keys('", ".val(\"", ".val('", "keyboard.press(", ".presskeys(", ".replacetext(", "keyboard.print", "texttosend", "send_string(", "grey_typetext(", "layout.write(", "ui text", "type text", "->fillfield(", "->type(", ").value(", "submitform(", "bytyping", "enigo.text(", "xvkbd", ".type_text(", ".type_string(", ".set_edit_text(", "keyclicks(", "grey_replacetext(", "bulktext", ".updatevalue(", "* value(", "* input(", "* enter ", "* type ", "enigo.key_sequence(", "entertext:", "touch(template(", "alfredsnippet", "\"change\"", ".fillselectors(", "/value http", "->value(", "enter.thevalue(", "paste(", "set field "),
             "inline_password", "passwords", "password", False,
             deny=("username", "user_", "user-", "userid", "user'", "user\"", "user]", "user)", "#user", "-user", "_user", ".user", "email", "e-mail")),   # (typed into a field
             # its finder names for the user; not Testing Library's user.type or userEvent.type)
    # a test's value set on a form's input (input.value = '…' before its input event; FlaUI's box.Text, MechanicalSoup's
    # browser["f2"]): in a made password's shape
    Detector("input_value_password", "assignment",
             r"(?m:^)[ \t]*(?:[\w.]*(?i:input|field|box|pw|pass\w*|nativeElement)\.(?:value|Text)|browser\[[\"'][^\"'\r\n]+[\"']\])[ \t]*=[ \t]*"
             r"(?:'([^'\s]{6,64})'|\"([^\"\s]{6,64})\")[ \t]*;?[ \t]*(?:\r?\n|$)",
             (".value =", ".value=", ".text =", ".text=", "browser["), "made_password_shape", "passwords", "password", False,
             deny=("username", "user_", "user-", "userid", ".user", "email", "e-mail", "search", "query", "name")),
    # a made password written to a child process's standard input (subprocess.run(…, input=b"…"), Node's child.stdin.end,
    # .NET's StandardInput.WriteLine)
    Detector("child_stdin_password", "assignment",
             r"(?:\binput[ \t]*=[ \t]*|\.stdin\.(?:write|end)\([ \t]*|\.StandardInput\.Write(?:Line)?\([ \t]*|\.communicate\([ \t]*(?:input[ \t]*=[ \t]*)?|"
             # Ruby's Open3 stdin_data:, Go's cmd.Stdin = strings.NewReader(…), Java's getOutputStream().write(…),
             # Rust's stdin.take().unwrap().write_all(b…), PHP's fwrite($pipes[0], …), Perl's print to an open(…, '|-', …)
             r"\bstdin_data:[ \t]*|\.Stdin[ \t]*=[ \t]*strings\.NewReader\([ \t]*|\.getOutputStream\(\)\.write\([ \t]*|"
             r"\bstdin(?:\.take\(\)|\.as_mut\(\))?(?:\.unwrap\(\)|\.expect\([^()\r\n]*\))?\.write_all\([ \t]*|\bfwrite\([ \t]*\$pipes\[0\][ \t]*,[ \t]*|"
             r"\bopen\([ \t]*(?:my[ \t]+)?\$\w+[ \t]*,[ \t]*['\"]\|-['\"][^\r\n]*\r?\n(?:[^\r\n]*\r?\n){0,3}?[ \t]*print[ \t]+\$\w+[ \t]+|"
             # Kotlin's outputStream.bufferedWriter(), Swift's fileHandleForWriting, C's and Lua's popen(…, "w") then its write,
             # Elixir's Port.command
             r"\.outputStream\.bufferedWriter\(\)[^\r\n]{0,40}?\.write\([ \t]*|\bfileHandleForWriting\.write\([ \t]*|"
             r"\bpopen\([^\r\n]{0,120}?[\"']w[\"'][ \t]*\)(?:[^\r\n]*\r?\n){0,3}?[^\r\n]*?(?:\bfputs\(|\bfprintf\([ \t]*\w+[ \t]*,|:write\()[ \t]*|"
             r"\bPort\.command\([ \t]*\w+[ \t]*,[ \t]*)"
             r"b?['\"]([^'\"\s\\]{6,64})(?:\\r)?(?:\\n)?['\"]",
             ("input=", "input =", ".stdin.", ".standardinput.", ".communicate(", "stdin_data", "strings.newreader", "getoutputstream",
              "write_all", "$pipes[0]", "'|-'", '"|-"', "bufferedwriter", "filehandleforwriting", "popen", "port.command"),
             "made_password_shape", "passwords", "password", False),
    # an API's key given as basic auth's user with no password (curl -u 'key:', Stripe's and Onfleet's way): random, not a name
    Detector("key_as_basic_user", "assignment",
             r"\b(?:curl|http|https|xh|xhs)\b[^\r\n]*?[ \t](?:-u|--user|-a|--auth)[ \t]+(?:\\?[\"'])?((?:[a-z]{2,8}_(?:live|test|prod)_)?[A-Za-z0-9]{20,}):(?:\\?[\"'])?(?:[ \t]|$)",
             ("curl", "http", "xh "), "token", "passwords", "secret", False),
    # an AutoHotkey hotstring that types a made password for its abbreviation (::;jhmi::Jointer-40), not a phrase
    Detector("hotstring_password", "assignment",
             r"(?m:^)[ \t]*:[*?A-Za-z0-9]*:[^:\s]{1,30}::([^\s;]{6,64})[ \t]*(?:;[^\r\n]*)?(?:\r?\n|$)",
             ("::",), "made_password_shape", "passwords", "password", False),
    # a line-protocol console's first line piped to it (a device's or VLC's telnet interface asks for its password first),
    # or its second after a user's (its \n escapes, or the newlines a decoded view of it has)
    Detector("socket_first_line_password", "assignment",
             rf"\bprintf[ \t]+(?:'([^'\\\s%]{{6,64}}){_FORMAT_NL}[^']{{0,200}}'|\"([^\"\\\s%]{{6,64}}){_FORMAT_NL}[^\"]{{0,200}}\"|"
             rf"['\"]%s{_FORMAT_NL}[^'\"]{{0,200}}['\"][ \t]+(?:'([^'\s]{{6,64}})'|\"([^\"\s]{{6,64}})\"|([^\s'\"|]{{6,64}}))){_TO_SOCKET}",
             ("printf",), "made_password_shape", "passwords", "password", False),
    Detector("socket_second_line_password", "assignment",
             rf"\bprintf[ \t]+'[\w.@\-]{{1,32}}{_FORMAT_NL}([^'\\\s%]{{6,64}}){_FORMAT_NL}[^']{{0,200}}'{_TO_SOCKET}",
             ("printf",), "made_password_shape", "passwords", "password", False),
    # a prompt that asks for the value, answered on the next line ("? Enter value for secret X" / "> v": gh's, a wizard's)
    Detector("prompt_answered_secret", "assignment",
             r"(?im:^[?>*]?[ \t]*(?:enter|paste|type|input)[ \t]+(?:(?:the|your|a|new)[ \t]+)*"
             r"(?:value|password|passphrase|token|api[ _\-]?key)\b[^\r\n]*\r?\n[ \t]*>[ \t]+([^\s]{6,})[ \t]*(?:\r?\n|$))",
             ("enter", "paste", "type", "input"), "literal", "passwords", "password", False),
    Detector("expect_send_password", "assignment",   # expect "password:" (or the idiom's "assword:") / send "…\r" (or "; send")
             rf"(?i:expect(?:[ \t]+(?:-[a-z]+[ \t]+)?|\([ \t]*)(?:\"[^\"\r\n]*{SECRET_PROMPT}[^\"\r\n]*\"|[^\s\";]*(?:assword|passphrase|passwort)[^\s\";]*))(?:[^\r\n]*\r?\n[ \t]*|[ \t]*\)?[ \t]*;[ \t]*|[ \t]*\{{[ \t]*)"
             r"(?:\w+\.)?send(?:line)?(?:[ \t]+(?:--[ \t]+)?|\([ \t]*)\"([^\"\\\r\n]{3,})(?:\\r|\\n|\r)?\"|"
             r"(?m:^)[ \t]*[\"']?a?ssword:[\"']?[ \t]+[\"']?(?:\\q)?([^\s\"']{3,})|"    # a chat(8) script's "ssword: \\qpw"
             r"(?i:expect)[ \t]+\"[^\"\r\n]*ogin:?[ \t]*\"[ \t]*\r?\n[ \t]*send[ \t]+\"[^\"\r\n]+\"[ \t]*\r?\n[ \t]*(?i:expect)[ \t]+\"[^\"\r\n]{1,12}\"[ \t]*\r?\n"
             r"[ \t]*send[ \t]+\"([^\"\\\r\n]{3,})(?:\\r|\\n)?\"|"     # ... or the next prompt's answer after the login's
             # the first answer to what ssh, scp or sftp spawned asks (its password prompt, whatever the expect says)
             r"\bspawn(?:[ \t]+|\([ \t]*[\"'])(?:ssh|scp|sftp)\b[^\r\n;]*?(?:[\"'][ \t]*\))?(?:[ \t]*;[ \t]*|[ \t]*\r?\n[^\r\n]*?)expect"
             r"(?:[ \t]+|\([ \t]*)[\"'][^\"'\r\n]{1,20}[\"'][ \t]*\)?(?:[ \t]*;[ \t]*|[ \t]*\r?\n[ \t]*)(?:\w+\.)?send(?:line)?(?:[ \t]+|\([ \t]*)"
             r"[\"']([^\"'\\\r\n]{3,})(?:\\r|\\n)?[\"']|"
             # telnetlib's read_until(b"Password: ") and the write after it
             r"\bread_until\([ \t]*b?[\"'][^\"'\r\n]*(?:assword|passphrase)[^\"'\r\n]*[\"'][^\r\n;]*(?:\r?\n[ \t]*|;[ \t]*)(?:\w+\.)?write\([ \t]*"
             r"b?[\"']([^\"'\\\r\n]{3,})(?:\\r|\\n)*[\"']",
             ("expect", "ssword:", "read_until"), "literal", "passwords", "password", False),
)
# Windows tools' switches: a user's, then a password's (dcdiag /u: /p:, setx /U /P). Apart, and last in the
# table, so that a tool's own rule (xfreerdp's) names what both find
SWITCHES: tuple[Detector, ...] = (
    Detector("windows_switch_password", "assignment",
             r"(?:[ \t]/(?i:u|user|username):[^\s]+(?:[ \t]+[^\s]+){0,8}?[ \t]+/(?i:p|pw|pwd|password):|"
             r"[ \t]/R?U[ \t]+[^\s/][^\s]*(?:[ \t]+[^\s]+){0,8}?[ \t]+/R?P[ \t]+)"
             r"(?:'([^'\r\n]{3,})'|\"([^\"\r\n]{3,})\"|([^\s\"'\-][^\s\"']{2,}))",
             ("/u:", "/user:", "/username:", "/u ", "/ru "), "literal", "passwords", "password", False),
)
