"""Secrets in the files and consoles of particular servers and devices: where the place, not a name,
says the value is a password (a Redis ACL line's ``>pw``, an IOS ``key 0``, a CouchDB ``[admins]``
entry, the line a password tool prints under its command, a network device's clear-text secret after
its vendor's words, a SIP or message broker's console adding a user)."""
from __future__ import annotations

from .patterns import NL, RADTEST_OPTIONS, Detector

# where a line of these files starts: a line, or a JSON string's \n or opening quote that holds one
LINE = r"""(?:(?m:^)|\\n|["'])"""
# a value as these files and consoles write it: quoted, or up to the next blank
VALUE = r"""(?:'([^'\r\n]{3,})'|"([^"\r\n]{3,})"|([^\s"'\-][^\s"']{2,}))"""
# where a command is typed: a line's start, after a prompt's mark or sudo (not a sentence naming the tool)
COMMAND = r"(?:(?m:^)|\\n|[$#>%`][ \t]*|\bsudo[ \t]+)[ \t]*"
# a host as a client's call names it: an IPv4 address, localhost, or a dotted name
_HOST = r"(?:[0-9]{1,3}(?:\.[0-9]{1,3}){3}|localhost|[\w\-]+(?:\.[\w\-]+)+)"
# an IOS SNMPv3 user line up to its auth password
SNMP_AUTH = r"\bsnmp-server[ \t]+user[ \t]+[^\r\n]*?\bauth[ \t]+(?:md5|sha[\w\-]*)[ \t]+"

SERVICES: tuple[Detector, ...] = (
    Detector("device_console_password", "assignment",
             r"(?:(?i:\bUserPasswordSet\b)[^\r\n]*?[ \t]/(?i:PASSWORD):|"            # SoftEther vpncmd
             r"\bsentinel[ \t]+auth-pass[ \t]+[^\s]+[ \t]+|"                         # Redis/Valkey Sentinel
             r"\bpsk[ \t]+set-key[ \t]+(?:ascii|hex)[ \t]+|"                         # Cisco WLC
             + LINE + r"[ \t]*(?:(?:tacacs|radius)-server[ \t]+)?key[ \t]+[07][ \t]+|"  # IOS type-0/7 keys
             + LINE + r"[ \t]*allow[ \t]+[A-Za-z][\w.\-]*:|"                            # monit: allow user:pw
             r"(?:^|[\s\"'])user[ \t]+[^\s]+(?:[ \t]+(?:on|off|reset\w*|nopass|all\w+|[~&%+\-][^\s>]*))+[ \t]+>)"  # Redis ACL
             + VALUE,
             ("userpasswordset", "auth-pass", "set-key", "key 0", "key 7", "allow", "user"), "literal", "passwords",
             "password", False),
    Detector("kv_store_put_secret", "assignment",   # consul kv put config/app/db_password <v>; etcdctl put /k/api_token <v>
             r"\b(?:consul[ \t]+kv|etcdctl(?:[ \t]+--[^\s]+)*)[ \t]+put[ \t]+(?:-[\w\-]+(?:=[^\s]+)?[ \t]+)*"
             r"[^\s]*(?i:password|passwd|secret|token|api_?key|[_.\-]key|[_.\-]pw)[^\s/]*[ \t]+" + VALUE + "|"
             # aws ssm put-parameter --name /app/prod/db_password … --value v
             r"\bput-parameter\b[^\r\n]*?--name[ \t=]+[^\s]*(?i:password|passwd|secret|token|api_?key|[_.\-]key|[_.\-]pw)"
             r"[^\s/]*[ \t][^\r\n]*?--value[ \t=]+" + VALUE,
             ("consul", "etcdctl", "put-parameter"), "literal", "passwords", "secret", False),
    Detector("printed_password_output", "assignment",   # a password tool's output: the line under its command
             r"(?:\bsecurity[ \t]+find-(?:generic|internet)-password\b[^\r\n]*?[ \t]-w[a-z]*\b|"
             r"\bop[ \t]+read[ \t]+[\"']?op://|\bbw[ \t]+get[ \t]+password\b|\b(?:go)?pass[ \t]+show\b|"
             r"\bkeepassxc-cli[ \t]+show\b[^\r\n]*?[ \t]-s\b[^\r\n]*?[ \t]-a[ \t]+[\w\-]+|\bsecret-tool[ \t]+lookup\b|"   # (-s: shown)
             r"\bargocd[ \t]+admin[ \t]+initial-password\b|\bgcloud[ \t]+secrets[ \t]+versions[ \t]+access\b|"
             r"\bterraform[ \t]+output[ \t]+-raw[ \t]+[\w\-]*(?i:password|passwd|secret|token|api_?key|auth)[\w\-]*|"
             r"\bcat[ \t]+[^\s]*/(?:openvpn|ppp|vpnc)/[^\s]*(?:auth|pass|cred)[^\s]*[ \t]*\r?\n[^\r\n]+|"
             # a secret's name printed: printenv NAME, a notebook's print(dbutils.widgets.get("name"))
             r"\bprintenv[ \t]+[\w]*(?i:password|passwd|secret|token|api_?key|access_key|auth)[\w]*|"
             r"\bprint\([\w.]*\.get\([\"'][\w\-]*(?i:password|passwd|secret|token|api_?key|auth)[\w\-]*[\"']\)\))"
             r"[^\r\n]*\r?\n([^\s$#><][^\s]{3,}?)[$%]?[ \t]*(?:\r?\n|$)",    # ...$ / ...%: the next prompt, zsh's (not a closing </pre>)
             ("find-generic-password", "find-internet-password", "openvpn", "ppp", "vpnc", "op://", "bw", "pass",
              "initial-password", "versions", "terraform", "printenv", "print(", "keepassxc-cli", "secret-tool"), "literal", "passwords", "password", False,
             deny=("--out-file", "--output", " -o ", ">", "| ")),    # (written to a file or piped on: nothing printed below)
    Detector("piped_to_secret_store", "assignment",   # echo -n 'v' | gcloud secrets versions add …: what a store keeps
             r"\b(?:echo|printf)[ \t]+(?:-[ne]+[ \t]+|['\"]?%s(?:\\n)?['\"]?[ \t]+)?" + VALUE + r"[ \t]*\|[ \t]*"
             r"(?:(?:npx|bunx|pnpm[ \t]+dlx|yarn|sudo)[ \t]+)?(?:gcloud[ \t]+secrets|adcli[ \t]+join\b[^\r\n|]*--stdin-password|(?:podman|docker)[ \t]+secret[ \t]+create|vercel[ \t]+env[ \t]+add|"
             r"gh[ \t]+secret[ \t]+set|wrangler[ \t]+(?:pages[ \t]+)?secret[ \t]+put|netlify[ \t]+env:set|"
             r"kubectl[ \t]+create[ \t]+secret|pass[ \t]+insert|keepassxc-cli[ \t]|systemd-creds[ \t]+encrypt|sshfs\b[^\r\n|]*password_stdin|sshfs[ \t]|doppler[ \t]+secrets[ \t]+set|"
             r"az[ \t]+keyvault[ \t]+secret|aws[ \t]+secretsmanager|vault[ \t]+kv[ \t]+put|fly(?:ctl)?[ \t]+secrets|"
             r"(?:sudo[ \t]+)?(?:-S[ \t]+)?docker[ \t]+login\b[^\r\n|]*--password-stdin|ansible-vault[ \t]+encrypt_string)",
             ("gcloud", "secret", "vercel", "wrangler", "netlify", "pass insert", "doppler", "keyvault", "secretsmanager", "systemd-creds",
              "vault", "fly", "password-stdin", "stdin-password"), "inline_password", "passwords", "secret", False),
    # a literal put into a Kubernetes Secret: whatever its key is called, the Secret keeps it
    Detector("secret_from_literal", "assignment",
             r"\bcreate[ \t]+secret\b[^\r\n]*?--from-literal[= ][\"']?[\w.\-]+=(?:\"([^\"\r\n]{4,})\"|'([^'\r\n]{4,})'|([^\s\"']{4,}))",
             ("--from-literal",), "inline_password", "passwords", "secret", False,
             deny=("_id=", "-id=", "public", "_user=", "-user=", "username=", "_url=", "-url=", "_host=", "-host=")),   # (an id's literal first)
    Detector("device_cli_password", "assignment",     # passwords typed as a command's arguments
             r"(?:\blocal-user[ \t]+[^\s]+[ \t]+password[ \t]+(?:irreversible-cipher|simple)[ \t]+|"   # Huawei VRP
             r"(?:^|[\s\]])password[ \t]+simple[ \t]+|"                                   # H3C Comware
             r"\bgui[ \t]+password[ \t]+set[ \t]+|"                                       # syncthing cli
             r"-setairportnetwork[ \t]+[^\s]+[ \t]+(?:\"[^\"\r\n]*\"|'[^'\r\n]*'|[^\s\"']+)[ \t]+|"   # macOS networksetup
             r"\bconnect-network[ \t]+(?:\"[^\"\r\n]*\"|'[^'\r\n]*'|[^\s\"']+)[ \t]+wpa[23][ \t]+|"  # adb cmd wifi
             r"\bsetup[ \t]+email[ \t]+(?:add|update)[ \t]+[^\s@]+@[^\s]+[ \t]+|"             # docker-mailserver
             r"\bsecurity[ \t]+(?:unlock-keychain|create-keychain|set-key-partition-list)\b[^\r\n]*?[ \t]-[pk][ \t]+|"
             r"\bALTER[ \t]+CURRENT[ \t]+USER[ \t]+SET[ \t]+PASSWORD[ \t]+FROM[ \t]+'[^'\r\n]*'[ \t]+TO[ \t]+|"   # Neo4j
             r"(?i:\bPRAGMA[ \t]+(?:re)?key)[ \t]*=[ \t]*|(?i:\bATTACH[ \t]+(?:DATABASE[ \t]+)?'[^'\r\n]*'[ \t]+AS[ \t]+\w+[ \t]+KEY)[ \t]+|"   # SQLCipher
             r"\b(?:xh|xhs|https?)\b[^\r\n]*?[ \t](?:-A|--auth-type)[ \t=]+bearer[ \t]+(?:-a|--auth)[ \t=]+|"  # HTTPie/xh
             r"(?m:^)(?:[ \t]*(?i:password|passphrase|pass))>[ \t]*|"                     # rclone's config prompt
             r"\ba[0-9]{1,3}=\"--?(?i:[\w\-]*(?:password|passwd|token|secret|api-?key))\"[ \t]+a[0-9]{1,3}=|"   # auditd EXECVE
             r"\bpreauthorize(?:ApiKey|Basic)\([ \t]*['\"][^'\"\r\n]*['\"][ \t]*,[ \t]*(?:['\"][^'\"\r\n]*['\"][ \t]*,[ \t]*)?|"  # Swagger UI
             r"[\[,][ \t]*[\"']--?(?i:[\w\-]*(?:password|passwd|token|secret|api-?key))[\"'][ \t]*,[ \t]*|"  # argv lists
             + LINE + r"[ \t]*BasicAuth[ \t]+[\w.@\-]+[ \t]+|"                             # tinyproxy.conf
             + LINE + r"[ \t]*MONITOR[ \t]+[^\s@]+@[^\s]+[ \t]+[0-9]+[ \t]+[^\s]+[ \t]+|"      # NUT upsmon.conf
             r"\betcdctl\b[^\r\n]*?[ \t]user[ \t]+add[ \t]+[^\s:]+:|"                      # etcdctl user add u:pw
             r"\bsuperuser[ \t]+(?:upsert|create)[ \t]+[^\s@]+@[^\s]+[ \t]+|"                # PocketBase
             r"\bhdbuserstore\b(?:[ \t]+-[^\s]+)*[ \t]+(?i:set)[ \t]+[^\s]+[ \t]+[^\s]+[ \t]+[^\s]+[ \t]+|"  # SAP HANA
             r"\buplink[ \t]+(?:access[ \t]+)?import[ \t]+(?:-[^\s]+[ \t]+)*[^\s]+[ \t]+|"      # Storj access grant
             r"\besxcli[ \t]+system[ \t]+account[ \t]+(?:add|set)\b[^\r\n]*?[ \t](?:-p|--password)(?:[ \t]+|=)|"   # ESXi
             r"\bipmitool\b[^\r\n]*?[ \t]user[ \t]+set[ \t]+password[ \t]+[0-9]+[ \t]+|"   # a BMC user's new password
             r"\bvsql\b[^\r\n]*?[ \t]-w[ \t]*|"                                                # Vertica
             r"\belasticsearch-users[ \t]+(?:useradd|passwd)\b[^\r\n]*?[ \t]-p[ \t]+|"                # file realm
             r"\bofflineimap\b[^\r\n]*?[ \t]-k[ \t]+[^\s:]*:(?i:remotepass|pass\w*)=|"                 # a repository's override
             r"sasl_password_maps[ \t]*=[ \t]*inline:\{[ \t]*[^\s=}]+[ \t]*=[ \t]*[^\s:}]+:|"          # Postfix: {host=user:pw}
             r"(?i:'(?:Cleartext|User)-Password')[ \t]*,[ \t]*'(?::=|==|=|\+=)'[ \t]*,[ \t]*|"          # FreeRADIUS's radcheck row
             r"\bbindRequest\b[^\r\n]*(?:\r?\n[^\r\n]*){0,3}?\r?\n[ \t]*simple:[ \t]*|"             # a decoded LDAP bind
             + LINE + r"[ \t]*\"[^\"\r\n]+\"[ \t]+(?:TTLS-)?(?:MSCHAPV2|MSCHAP|PAP|CHAP|GTC|MD5)[ \t]+|"  # hostapd's eap_user
             r"(?i:\bX-ClickHouse-Key)[ \t]*:[ \t]*|"                                                  # ClickHouse's HTTP password
             r"\bnpmAuthIdent[\"']?[ \t]*[:=]?[ \t]+[\"']?[^:\s\"']+:|"                                      # yarn's user:pw
             r"\bBUNDLE_[A-Z0-9_]+__[A-Za-z0-9_\-]+[\"']?[ \t]*[:=][ \t]*[\"']?[^:\s\"']+:|"                        # Bundler's per-host env
             + COMMAND + r"radtest" + RADTEST_OPTIONS + r"[ \t]+[^\s\-][^\s]*[ \t]+|"          # FreeRADIUS: user pw server
             + COMMAND + r"doveadm[ \t]+auth[ \t]+(?:test|login)(?:[ \t]+-[ax][ \t]+[^\s]+)*[ \t]+[^\s\-][^\s]*[ \t]+|"  # Dovecot: user pw
             + COMMAND + r"ipa[ \t]+passwd[ \t]+[^\s\-][^\s]*[ \t]+|"                                    # FreeIPA: user pw
             + COMMAND + r"(?:ldifde|csvde)\b[^\r\n]*?[ \t]-b[ \t]+[^\s\-][^\s]*[ \t]+[^\s\-][^\s]*[ \t]+|"   # -b user domain pw
             r"\bmgmt-user[ \t]+[^\s]+[ \t]+[^\s]+[ \t]+|"                                      # ArubaOS
             r"\bdsconf\b[^\r\n]*?[ \t]-w[ \t]+|"                                                  # 389 Directory Server
             r"\bktpass\b[^\r\n]*?[ \t]/pass[ \t]+|"                                              # a keytab's account
             r"\bcrypto[ \t]+isakmp[ \t]+key[ \t]+(?:[06][ \t]+)?|"                                   # IOS pre-shared key
             r"\bchangeUserPassword\([ \t]*[\"'][^\"'\r\n]*[\"'][ \t]*,[ \t]*|"                       # MongoDB
             r"\bssh-keygen\b[^\r\n]*?[ \t]-[PN][ \t]+|"                                          # a key's passphrase
             r"\bSMCIPMITool[ \t]+[^\s]+[ \t]+[^\s]+[ \t]+|"                                       # Supermicro: host user pw
             r"\bpassphrase_passwd=|"                                                         # eCryptfs mount option
             r"(?m:^)[ \t]*(?:Xauth[ \t]+password|IPSec[ \t]+secret)[ \t]+|"                        # vpnc.conf
             r"\busers[ \t]+[\w.\-]+:CL:|"                                                      # 3proxy, cleartext
             r"\bsp_password[ \t]+(?:'[^'\r\n]*'|NULL)[ \t]*,[ \t]*|\bsp_addexternlogin[ \t]+(?:[^,\r\n]+,[ \t]*){3}|"   # Sybase: the new one; a remote login's
             r"\bsp_password\b[^\r\n]*?@new[ \t]*=[ \t]*N?|\bsp_(?:set|add)approle[ \t]+(?:@rolename[ \t]*=[ \t]*)?N?'[^'\r\n]*'[ \t]*,[ \t]*(?:@password[ \t]*=[ \t]*)?N?|"   # T-SQL
             r"\bemqx(?:_ctl|[ \t]+ctl)[ \t]+admins[ \t]+(?:passwd|add)[ \t]+[^\s]+[ \t]+|"                  # EMQX
             r"\bnetdom\b[^\r\n]*?/(?i:password[do]|p[do]):|"                                               # a domain join
             r"\bcertutil\b[^\r\n]*?[ \t]-p[ \t]+|\bveracrypt\b[^\r\n]*?[ \t](?:-p|--password)(?:[ \t]+|=)|"   # a PFX's; a volume's
             r"\bsamba-tool[ \t]+user[ \t]+(?:create|add)[ \t]+[^\s\-][^\s]*[ \t]+|"                # a new user's password
             r"\bisql\b(?:[ \t]+-[\w\-]+)*[ \t]+[^\s\-][^\s]*[ \t]+[^\s\-][^\s]*[ \t]+|"       # unixODBC: isql DSN user pw
             r"\bdo_wifi_ssid_passphrase[ \t]+[^\r\n]*[ \t]|"                                       # raspi-config: SSID, then pw
             r"\bbundle[ \t]+config[ \t]+(?:set[ \t]+)?(?:--(?:global|local)[ \t]+)?(?:https?://)?[\w.\-]+\.[\w.\-]+/?[ \t]+[^\s:]+:|"   # Bundler
             r"(?m:^)[ \t]*/connect(?:[ \t]+-[\w\-]+)*[ \t]+[\w.\-]+[ \t]+[0-9]{2,5}[ \t]+|"       # irssi: host port pw nick
             r"\breg(?:\.exe)?[ \t]+add\b[^\r\n]*?[ \t]/v[ \t]+\"?[\w ]*(?i:password|passwd|pwd|secret|token)[\w ]*\"?"
             r"[ \t]+(?:/t[ \t]+\w+[ \t]+)?/d[ \t]+|"                                           # a registry value: Winlogon's
             r"\b(?i:autologon)(?:64)?(?:\.exe)?[ \t]+[^\s\-/][^\s]*[ \t]+[^\s\-/][^\s]*[ \t]+|"        # Sysinternals: user domain pw
             r"(?:(?m:^)|[%$#][ \t]+)[\w.\-]+:[0-9]{2,5}(?:\[[0-9]{1,2}\])?>[ \t]*(?i:auth)[ \t]+(?:[\w.\-]+[ \t]+)?|"  # redis-cli's prompt (a shell's before it)
             r"\bnetsh[ \t]+wlan[ \t]+set[ \t]+hostednetwork\b[^\r\n]*?[ \t]key=|"                     # a hosted network's key
             r"\biscsiadm\b[^\r\n]*?[ \t]-n[ \t]+[\w.]*\.password(?:_in)?[ \t]+-v[ \t]+|"               # CHAP
             r"(?m:^)[A-Za-z]{0,4}[0-9][A-Za-z0-9.]{0,6}[ \t]+LOGIN[ \t]+\"?[^\s\"]+\"?[ \t]+|"            # IMAP: tag LOGIN user pw
             r"\bsnmp(?:walk|get|getnext|bulkwalk|bulkget|set|table|trap|inform|netstat|df|status|delta)\b[^\r\n]*?[ \t]-c[ \t]*|"  # v1/v2c community
             r"\bmc[ \t]+admin[ \t]+user[ \t]+add[ \t]+[^\s]+[ \t]+[^\s]+[ \t]+|\bipmicfg\b[^\r\n]*?[ \t]-user[ \t]+setpwd[ \t]+[0-9]+[ \t]+|"
             r"(?m:^)AUTHENTICATE[ \t]+(?:(?:PLAIN|EXTERNAL|SCRAM-SHA-[0-9]+)[ \t]*\r?\n(?:[^\r\n]*\r?\n)?AUTHENTICATE[ \t]+)?|auth/request[^\r\n]*(?:\r?\n[^\r\n]*){0,3}?\r?\n[ \t]*auth[ \t]+|"   # Tor's control port (IRC's SASL: past its mechanism), FreeSWITCH's ESL
             r"\bedge\b[^\r\n]*?[ \t]-c[ \t]+[^\s]+[^\r\n]*?[ \t]-k[ \t]+|\bxte\b[^\r\n]*?['\"]str[ \t]+|"         # n2n's key; xautomation types
             r"\bauthkeys\b[^\r\n]*(?:\r?\n[^\r\n]*){0,3}?\r?\n[ \t]*[0-9]{1,3}[ \t]+(?i:sha1|md5|crc)[ \t]+|"        # heartbeat's auth key
             r"(?:\xff|\\xff|\.){4}rcon[ \t]+|"                                                   # Quake 3's out-of-band rcon
             r"\bftp[ \t]+(?:-\w+[ \t]+)*-[a-z]*n[a-z]*\b[^\r\n]*\r?\n(?:[^\r\n]*\r?\n){0,4}?[ \t]*(?:quote[ \t]+)?user[ \t]+[^\s]+[ \t]+|"  # ftp -n
             + SNMP_AUTH + ")"                                                               # SNMPv3 auth (priv below)
             + VALUE,
             ("local-user", "simple", "gui", "preauthorize", "setairportnetwork", "connect-network", "setup", "keychain", "alter",
              "pragma", "attach", "bearer", "password", "pass", "a0=", "a1=", "a2=", "a3=", "--", "basicauth", "monitor", "etcdctl",
              "superuser", "hdbuserstore", "uplink", "esxcli", "ipmitool", "vsql", "isql", "snmp-server",
              "elasticsearch-users", "x-clickhouse-key", "npmauthident", "bundle_", "offlineimap", "sasl_password_maps", "-password'", "bindrequest", "mschap", "pap", "chap", "gtc", "md5", "radtest", "doveadm", "ipa", "ldifde", "csvde", "mgmt-user", "emqx", "netdom", "certutil", "veracrypt", "samba-tool",
              "dsconf", "ktpass", "isakmp", "changeuserpassword", "ssh-keygen", "smcipmitool", "passphrase_passwd", "xauth", "ipsec", ":cl:", "sp_password", "sp_addexternlogin", "sp_setapprole", "sp_addapprole",
              "bundle", "/connect", "do_wifi_ssid_passphrase", "reg", "autologon", "auth", "hostednetwork", "iscsiadm",
              "ftp", "login", "snmp", "mc", "ipmicfg", "authenticate", "auth/request", "edge", "xte", "authkeys", "rcon"), "literal",
             "passwords", "password", False),
    Detector("server_file_password", "assignment",
             LINE + r"[ \t]*\[admins\][ \t]*(?:\r?\n|\\n)(?:[ \t]*(?:[;#][^\r\n]*)?\r?\n)*[ \t]*[\w.\-]+[ \t]*=[ \t]*([^\s\\\"]{3,})|"  # CouchDB
             + LINE + r"[\w.\-]+:TEXT([^\s\\\"]{3,})|"                                    # pgpool's pool_passwd
             + LINE + r"[ \t]*\$USER[0-9]{1,3}\$[ \t]*=[ \t]*([^\s/$][^\s\\\"]{2,})|"      # Nagios resource.cfg
             r"\\Password<\|\|\|>[0-9]<\|\|\|>([^\s]{3,})|"                                        # a HeidiSQL settings export
             r"(?m:^)N=[^\r\n]+\r?\n(?:[A-Z]=[^\r\n]*\r?\n){0,6}?P=([^\s]{4,})|"                  # HexChat's servlist.conf
             # a file the text names, then its line: exim's passwd.client (host:user:pw), ActiveMQ's
             # users.properties (user=pw), Jetty's realm.properties (user: pw,roles), lighttpd's plain
             # userfile (user:pw), an OpenVPN auth-user-pass file (user, then pw)
             r"(?:\bpasswd\.client|\busers\.properties|\brealm\.properties|\blighttpd\.user|\bauth-user-pass|\bopenvpn/[^\s]*?auth[\w\-]*\.txt)\b[^\r\n]*"
             r"(?:\r?\n[ \t]*#[^\r\n]*)*\r?\n[ \t]*(?:[\w.*\-]+:[\w.@\-]+:|[\w.@\-]+[ \t]*[=:][ \t]*|[\w.@\-]+\r?\n)"
             r"([^\s,:]{6,})",
             ("[admins]", ":text", "$user", "<|||>", "\np=", "openvpn/", "passwd.client", "users.properties", "realm.properties", "lighttpd.user",
              "auth-user-pass"), "literal", "passwords", "password", False),
    # network devices' shared keys: IOS's NTP authentication key and a key chain's key-string; an NTP
    # keys file's "<id> <digest> <key>" (in a text that names NTP); a command line's password flag
    Detector("device_shared_key", "assignment",
             r"(?:\bntp[ \t]+authentication-key[ \t]+[0-9]+[ \t]+(?i:md5|sha1|sha256|cmac-aes-128)[ \t]+(?:[07][ \t]+)?|"
             + LINE + r"[ \t]*key-string[ \t]+(?:[07][ \t]+)?|"
             r"\bwinrs\b[^\r\n]*?[ \t][-/]p(?:assword)?:|\bsendemail\b[^\r\n]*?[ \t]-xp[ \t]+)" + VALUE,
             ("authentication-key", "key-string", "winrs", "sendemail"), "literal", "passwords", "password", False),
    # (an ASCII key: a hex one is ntp_key_line's, in any text)
    Detector("ntp_keys_line", "assignment", r"(?m:^)[ \t]*[0-9]{1,5}[ \t]+(?:MD5|SHA1|SHA256|SHA|AES128CMAC|M)[ \t]+"
             r"([^\s#]{0,39}[g-zG-Z\-_.!@$%^&*+=~][^\s#]{0,39})[ \t]*(?:#[^\r\n]*)?(?:\r?\n|$)", ("ntp",),
             "made_password_shape", "passwords", "password", False),
    # mail, torrent and broker daemons' credential files, each in the text that names it: dma's auth.conf
    # (user|host:password), OpenSMTPD's secrets table (label user:password), deluge's auth
    # (user:password:level), racoon's psk.txt (address, key), users.properties, a SASL pwdb
    Detector("daemon_auth_file_line", "assignment",
             r"auth\.conf[^\r\n]*\r?\n(?:[ \t]*#[^\r\n]*\r?\n)*[^\s|#]+\|[^\s:]+:([^\s]{4,})|"
             r"mail/secrets[^\r\n]*\r?\n(?:[ \t]*#[^\r\n]*\r?\n)*[\w.\-]+[ \t]+[^\s:]+:([^\s]{4,})|"
             r"localclient:[0-9a-f]{10,40}:[0-9]{1,2}[ \t]*\r?\n(?:[^\r\n]*\r?\n)*?[\w.\-]+:([^\s:]{4,}):[0-9]{1,2}[ \t]*(?:\r?\n|$)|"
             r"psk\.txt[^\r\n]*\r?\n(?:[ \t]*#[^\r\n]*\r?\n)*[0-9a-fA-F.:]{3,}[ \t]+([^\s#]{4,})|"
             # ActiveMQ's and Artemis's users.properties (name=password), memcached's SASL password file (user:password)
             # (the file named by a line of its own: a path, maybe behind a comment's mark)
             r"(?m:^)[ \t]*(?:#|//|;)?[ \t]*[^\s]*users\.properties\b[^\r\n]*\r?\n(?:[^\r\n]*\r?\n){0,4}?[ \t]*[\w.\-]+[ \t]*=[ \t]*"
             r"([^\s(#,]{4,})[ \t]*(?:\r?\n|$)|"
             r"(?m:^)[ \t]*(?:#|//|;)?[ \t]*[^\s]*sasl[\w\-]*pwdb[^\r\n]*\r?\n(?:[ \t]*#[^\r\n]*\r?\n)*[\w.\-@]+:([^\s:]{4,})[ \t]*(?:\r?\n|$)|"
             # mosquitto's password file before mosquitto_passwd -U hashes it (user:password, not user:$7$…)
             r"(?m:^)[ \t]*(?:#|//|;)?[ \t]*[^\s]*mosquitto/passw(?:or)?d\b[^\r\n]*\r?\n(?:[ \t]*#[^\r\n]*\r?\n)*[\w.\-@]+:([^\s:$][^\s:]{3,})[ \t]*(?:\r?\n|$)",
             ("auth.conf", "mail/secrets", "localclient:", "psk.txt", "users.properties", "pwdb", "mosquitto/passw"), "literal", "passwords", "password", False),
    # a password typed where the user name goes: sshd's "invalid user <password>", Windows' failed
    # logon's account name — only what has a password's shape (users are names)
    # Subversion's cached credentials (~/.subversion/auth/svn.simple/): "K 8 / password / V <n> / <value>"
    Detector("svn_auth_cache_password", "assignment", r"\bK [0-9]{1,3}\r?\npassword\r?\nV [0-9]{1,4}\r?\n([^\r\n]{3,})",
             ("svn:realmstring",), "literal", "passwords", "password", False),
    # Oracle's tools given user/password@database (sqlplus's own form is with the other CLIs')
    Detector("oracle_tool_login", "assignment",
             r"(?:\b(?:sql|expdp|impdp|exp|imp|sqlldr|dgmgrl|rman[ \t]+(?:target|auxiliary|catalog)|SQL>[ \t]*(?i:conn|connect))|"
             r"(?m:^)[ \t]*(?i:conn|connect))[ \t]+(?:-[A-Za-z]+[ \t]+)*"   # (a SQL*Plus script's CONNECT line too)
             r"(?:userid=)?[\w$#.]+/([^\s@/\"']{3,})@|\b(?:FNDLOAD|WFLOAD|FNDCPASS)[ \t]+[\w$#]+/([^\s@/\"']{3,})[ \t]|"   # (EBS loaders: apps/pw)
             r"\b(?:expdp|impdp|sqlldr|exp|imp)\b[^\r\n]*?[ \t](?:userid=)?[\w$#.]+/([^\s@/\"'=]{3,})[ \t]|"     # a local database: no @
             r"\bbr(?:connect|backup|archive|restore|space|tools)\b[^\r\n]*?[ \t]-u[ \t]+[\w$#]+/([^\s@/\"']{3,})|"   # SAP's BR*Tools
             r"\bclpplus\b[^\r\n]*?[ \t][\w$#]+/([^\s@/\"']{3,})@",     # DB2's CLPPlus user/pw@host:port/db
             ("sql ", "sql>", "expdp", "impdp", "exp ", "imp ", "sqlldr", "dgmgrl", "rman", "fndload", "wfload", "fndcpass", "userid=", "brconnect", "brbackup",
              "brarchive", "brrestore", "brspace", "brtools", "clpplus", "conn"), "password", "passwords", "password", False),
    # user:password@host without a scheme, where a flag says it is a URI (--uri), MySQL Shell takes it as
    # its first argument or CVS's :pserver: method does
    Detector("schemeless_uri_password", "assignment",
             r"(?:--uri[ \t=]+|\bmysqlsh[ \t]+(?:-[\w\-]+[ \t]+)*)[\"']?[^\s:@/\"'\-][^\s:@/\"']*:([^\s@/\"']{3,})@|:pserver:[^\s:@/\"']+:([^\s@/\"']{3,})@",
             ("--uri", ":pserver:", "mysqlsh"), "password", "passwords", "password", False),
    Detector("password_typed_as_user", "assignment",
             r"\b[Ii]nvalid user[ \t]+([^\s]{9,40})[ \t]+from[ \t]|"
             r"Account For Which Logon Failed:[^\r\n]*(?:\r?\n[^\r\n]*){0,4}?Account Name:[ \t]+([^\s]{9,40})",
             ("invalid user", "logon failed"), "made_password_shape", "passwords", "password", False),
    Detector("conda_channel_token", "package_registry",   # https://conda.anaconda.org/t/<token>/channel
             r"https?://[^\s/'\"]+(?:/[^\s/'\"]+)*?/t/([a-z0-9]{2}-[a-z0-9]{8}(?:-[a-z0-9]{4}){2,3}-[a-z0-9]{12})\b",
             ("/t/",), "not_placeholder", "api_keys", "secret", False),
    Detector("spaced_key_line", "assignment",   # INI keys with a space: netdata's "api key = <uuid>" (a bare "Auth=": the auth word's)
             LINE + r"[ \t]*(?i:api|secret|access|auth|license)[ \t](?i:key|token|secret)[ \t]*=[ \t]*([^\s\"';#\\]{16,})[ \t]*"
             r"(?:\r?\n|\\n|$)",
             ("key", "token", "secret"), "token", "passwords", "secret", False),
    Detector("build_flag_secret", "assignment",   # go build -ldflags "-X pkg/cfg.apiKey=v": a secret linked in
             r"(?:^|[\s'\"])-X[ \t=]+[\w./\-]+\.[A-Za-z_]*(?i:password|passwd|secret|token|api_?key|access_?key)=" + VALUE,
             ("-x",), "literal", "passwords", "secret", False),
    Detector("session_cookie_line", "assignment",   # a cookies.txt line of a session cookie: the session itself
             LINE + r"(?:#HttpOnly_)?[^\t\r\n]+\t(?:TRUE|FALSE)\t[^\t\r\n]*\t(?:TRUE|FALSE)\t\d+\t"
             r"[^\t\r\n]*(?i:sess|sid|auth|token|remember)[^\t\r\n]*\t([^\t\r\n]{16,})",
             ("true", "false"), "token", "passwords", "secret", False),
    # keys where the file's own format says what they are: Synapse's signing key file
    # ("ed25519 a_XXXX <base64>"), a Tink cleartext keyset's key material, Alertmanager's PagerDuty
    # receiver's integration key (a routing key elsewhere names a queue), an API's keygen answer, OBS's
    # stream key beside its RTMP server, a systemd unit's SetCredential=name:value for a secret's name
    Detector("service_file_key", "assignment",
             r"(?:^|\s)ed25519[ \t]+a_[A-Za-z0-9_]{1,16}[ \t]+([A-Za-z0-9+/]{43})=?(?:\s|$)|"
             r"\\?\"typeUrl\\?\"[ \t]*:[ \t]*\\?\"type\.googleapis\.com/google\.crypto\.tink\.[A-Za-z]+\\?\"[ \t]*,\s*"
             r"\\?\"value\\?\"[ \t]*:[ \t]*\\?\"([A-Za-z0-9+/]{16,}={0,2})\\?\"|"
             r"pagerduty_configs:(?:\s*-)?(?:\s+[a-z_]+:[^\r\n]*)*?\s+(?:routing_key|service_key):[ \t]*['\"]?([0-9a-f]{32})\b|"
             r"<key>([A-Za-z0-9+/]{20,}={1,2}|[0-9a-f]{32,})</key>|"     # (a plist's <key> holds a name)
             r"\"server\"[ \t]*:[ \t]*\"rtmps?://[^\"\r\n]*\"[ \t]*,\s*\"key\"[ \t]*:[ \t]*\"([^\"\s]{8,})\"|"
             r"(?m:^)[ \t]*SetCredential=[\w.\-]*(?i:password|passwd|secret|token|key|pw)[\w.\-]*:([^\s]{4,})",
             ("ed25519", "google.crypto.tink", "pagerduty_configs", "<key>", "rtmp", "setcredential="), "not_placeholder", "passwords",
             "secret", False),
    # the passwords and keys daemons keep by place: SNMPv3's privacy password after its auth one, a
    # RADIUS server block's key, a PPP chap/pap-secrets line, davfs2's secrets, rsyncd's, hostapd's wpa_psk_file, Exim's
    # passwd.client, Redis MONITOR's AUTH, a Wi-Fi profile's key exported in clear
    Detector("daemon_place_password", "assignment",
             SNMP_AUTH + r"[^\s]+[ \t]+priv[ \t]+"
             r"(?:3des|des|aes(?:[ \t]+(?:128|192|256))?)[ \t]+" + VALUE + "|"
             r"\bradius[ \t]+server[ \t]+[^\s]+[ \t]*\r?\n(?:[ \t]+[^\r\n]*\r?\n){0,4}?[ \t]+key[ \t]+(?:[07][ \t]+)?" + VALUE + "|"
             r"(?:\b(?:chap|pap|l2tp)-secrets|(?m:^)#[ \t]*client[ \t]+server[ \t]+secret\b)[^\r\n]*(?:\r?\n[ \t]*#[^\r\n]*)*\r?\n[ \t]*"
             r"[^\s#]+[ \t]+[^\s]+[ \t]+" + VALUE + "|"
             r"\bdavfs2(?:/secrets)?\b[^\r\n]*(?:\r?\n[ \t]*#[^\r\n]*)*\r?\n[ \t]*(?:/|https?://)[^\s#]*[ \t]+[^\s]+[ \t]+" + VALUE + "|"   # (a mount point's or a URL's line)
             r"\brsyncd?\.(?:secrets|users|passwd)\b[^\r\n]*(?:\r?\n[ \t]*#[^\r\n]*)*\r?\n[ \t]*[\w.\-]+:([^\s:]{4,64})[ \t]*(?:\r?\n|$)|"   # rsyncd's user:pw; hostapd's
             r"(?m:^)[ \t]*(?:keyid=[^\s]+[ \t]+)?00:00:00:00:00:00[ \t]+([^\s]{8,63})[ \t]*(?:\r?\n|$)|(?m:^)[ \t]*https?://[^\s]*(?i:dav)[^\s]*[ \t]+[^\s\"']+[ \t]+" + VALUE + r"[ \t]*\r?(?m:$)|"   # (any station's; a DAV URL, user, pw)
             r"(?m:^)[ \t]*\*\.[\w.\-]+:[^:\s]+:([^\s:]{4,})[ \t]*\r?(?m:$)|"         # Exim's passwd.client: *.host:user:pw
             r"\"(?i:auth)\"[ \t]+(?:\"[^\"\s]+\"[ \t]+)?\"([^\"]{4,})\"|"
             r"(?m:^)[^\r\n#:]{0,80}:[ \t]*(?:EAP|XAUTH|NTLM)[ \t]+\"([^\"\r\n]{3,})\"|"     # strongSwan's ipsec.secrets
             r"<protected>false</protected>\s*<keyMaterial>([^<\s]{3,})</keyMaterial>",     # netsh wlan export key=clear
             ("snmp-server", "radius", "chap-secrets", "pap-secrets", "l2tp-secrets", "client", "davfs2", "dav", "rsyncd.", "rsync.", "00:00:00:00:00:00", "*.", '"auth"', "<keymaterial>", "eap", "xauth", "ntlm"), "literal",
             "passwords", "password", False),
    # a field of a comma-separated spec: Percona's DSN (h=…,u=…,p=pw), QEMU's -object secret,…,data=pw
    Detector("spec_field_password", "assignment",
             r"\bpt-[a-z\-]+\b[^\r\n]*?[ \t,]p=([^\s,\"']{3,})|-object[ \t]+secret,(?:[\w\-]+=[^\s,]*,)*?data=([^\s,\"']{3,})",
             ("pt-", "secret,"), "literal", "passwords", "password", False),
    # a login call given the user and the password as literals: smtplib's server.login("u", "pw"),
    # JavaMail's new PasswordAuthentication("u", "pw"), the mongo shell's db.auth("u", "pw"), ldap3's
    # Connection(Server(…), "u", "pw"), MinIO's client (endpoint, access key, secret key), any call given a
    # JDBC URL, a user and a password (Slick's Database.forURL, Groovy's Sql.newInstance)
    Detector("login_call_password", "assignment",   # ... pysmb's SMBConnection, Apache's and .NET's credentials; Jedis's and lua-resty-redis's auth("pw")
             r"(?:(?:(?:\.|->)login|\bPasswordAuthentication|\bUsernameToken|\.auth|\bSMBConnection|\bUsernamePasswordCredentials|\bNetworkCredential|"
             r"\.username_pw_set|\bPlainCredentials|\bCredentials(?:::new|\.basic)?|\.SetBasicAuth|\b(?:oracledb|cx_Oracle)\.connect|"
             r"\bnats\.UserInfo|\.?\bWithBasicAuth)\(|\bjaydebeapi\.connect\([^\[\]\r\n]{0,200}\[|"   # (JayDeBeApi: [user, pw])   # NATS's option, clients' WithBasicAuth("u", "pw")
             r"\.basic_auth[ \t(]+|"
             r"\bPlainAuth\([ \t]*\"[^\"\r\n]{0,64}\"[ \t]*,|\bConnection\([ \t]*[\w.]+(?:\([^()\r\n]*\))?[ \t]*,|"   # (ldap3: Connection(Server(…), u, pw))
             r"(?:->|\.)credentials\((?:[ \t]*[\"'][^\"'\r\n]*[\"'][ \t]*,){2}|"   # LWP's (netloc, realm, u, pw)
             r"\bMinio\([ \t]*[\"'][^\"'\r\n]*[\"'][ \t]*,|"                          # MinIO's (endpoint, access key, secret key)
             r"\bUsmUserData\(|\bSentinelAPI\(|\bNewStaticV[24]\(|"    # pysnmp's (user, auth key), sentinelsat's, minio-go's (id, secret)
             r"\bworker\.Worker\(|\bSIPRegistrationUserAgent\([ \t]*[\w.]+[ \t]*,|\bnew[ \t]+(?:UserIdentity|UsernameProvider)\(|"    # Buildbot's (name, pw); SIPSorcery's; OPC UA's (and Milo's)
             r"\bMQTTClient\((?:[ \t]*['\"][^'\"\r\n]*['\"][ \t]*,){2}[ \t]*[0-9]+[ \t]*,|"    # MicroPython's (id, host, port, user, pw)
             r"\bset_password\([ \t]*[\"'][^\"'\r\n]{1,64}[\"'][ \t]*,)"   # (Go's, keyring's: the third)
             r"[ \t]*[\"'][^\"'\r\n]{1,64}[\"'](?:\.(?:to_owned|to_string|into)\(\))?[ \t]*,[ \t]*(?:\"([^\"\r\n]{3,})\"|'([^'\r\n]{3,})')|"
             # a JDBC URL, its user (not a driver's class: Exposed's (url, driver, u, pw) is its own), its password (doobie's
             # fromDriverManager(driver, url, u, pw): the URL after the driver)
             r"[(,][ \t]*[\"']jdbc:[^\"'\s]+[\"'][ \t]*,[ \t]*[\"'][^\"'.\r\n]{1,64}[\"'][ \t]*,[ \t]*(?:\"([^\"\r\n]{3,})\"|'([^'\r\n]{3,})')|"
             r"(?:\b(?:\w*(?i:jedis|redis|conn|client)\w*|red)[.:]auth|\.pass_)\([ \t]*(?:\"([^\"\r\n]{3,})\"|'([^'\r\n]{3,})')[ \t]*\)",   # poplib's pass_
             ("login(", "passwordauthentication(", "usernametoken(", "auth(", "smbconnection(", "usernamepasswordcredentials(",
              "networkcredential(", "username_pw_set(", "credentials(", "plainauth(", "set_password(", "credentials.basic(",
              "setbasicauth(", "basic_auth", ".connect(", "pass_(", "connection(", "userinfo(", "withbasicauth(", "jaydebeapi", "jdbc:", "minio(", "usmuserdata(", "sentinelapi(", "newstaticv",
              "worker.worker(", "sipregistrationuseragent(", "useridentity(", "usernameprovider(", "mqttclient("),
             "literal", "passwords", "password", False),
    # a client's constructor given an address, a port and a password made as people make them, in that
    # order or the port first (FreeSWITCH's ESL clients, asterisk-manager's (port, host, user, pw)), or an
    # address:port and the password (Go's eventsocket.Dial)
    Detector("endpoint_call_password", "assignment",
             rf"\([ \t]*[\"']{_HOST}[\"'][ \t]*,[ \t]*[0-9]{{2,5}}[ \t]*,[ \t]*(?:[\"'][^\"'\r\n]{{1,64}}[\"'][ \t]*,[ \t]*)?[\"']([^\"'\s]{{6,}})[\"']|"
             rf"\([ \t]*[0-9]{{2,5}}[ \t]*,[ \t]*[\"']{_HOST}[\"'][ \t]*,[ \t]*[\"'][^\"'\r\n]{{1,64}}[\"'][ \t]*,[ \t]*[\"']([^\"'\s]{{6,}})[\"']|"
             rf"\([ \t]*[\"']{_HOST}:[0-9]{{2,5}}[\"'][ \t]*,[ \t]*[\"']([^\"'\s]{{6,}})[\"'][ \t]*\)",
             ("(",), "made_password_shape", "passwords", "password", False),
    # a password by its place in a library's call: pysnmp's CommunityData(community), Node's crypto.createCipher(algorithm,
    # password), Ruby's OpenSSL::PKey::RSA.new(pem, passphrase) and PKCS12.new, PHP's openssl_pkey_get_private, pikepdf.open,
    # Go's pbkdf2.Key and argon2.IDKey, .NET's Rfc2898DeriveBytes, Python's scrypt, pbkdf2_hmac and a KDF's derive (a key derived
    # from a password), Ruby's Net::LDAP#auth, pysftp's Connection(host, user, key, pw),
    # tiberius's AuthMethod::sql_server(user, pw), pyads's add_route_to_plc(…, user, pw), PyMuPDF's authenticate(pw), paramiko's
    # from_private_key_file(path, pw), internetarchive's configure(mail, pw), VBA's SaveAs, Arduino's Firebase.begin(host, auth),
    # JavaMail's Transport.send(msg, user, pw);
    # or in a command or a file: a
    # Teltonika tracker's SMS "login pw command", kerbrute's password spray, memcached's ASCII SASL login (set <key> <flags>
    # <exptime> <bytes>, then "user pw" as the data), MPD's pw@host, obs-websocket's obsws://host:port/pw, an SSH_ASKPASS
    # helper's echo, linphonec's register, NickServ's REGISTER, vsftpd's virtual-user file for db_load
    Detector("call_place_password", "assignment",
             r"\bCommunityData\([ \t]*['\"]([^'\"\r\n]{3,})['\"]|"
             r"\bcreateCipher(?:iv)?\([ \t]*['\"][^'\"\r\n]+['\"][ \t]*,[ \t]*['\"]([^'\"\r\n]{4,})['\"]|"
             r"\b(?:OpenSSL::(?:PKey(?:::\w+\.new|\.read)|PKCS12\.new)|openssl_pkey_get_private|pikepdf\.open)\([^,\r\n]+,[ \t]*['\"]([^'\"\r\n]{4,})['\"]|"
             r"\b(?i:writer|pdf_?writer|pdf)\.encrypt\([ \t]*(?:user_(?:pwd|password)[ \t]*=[ \t]*)?['\"]([^'\"\r\n]{4,})['\"]|"   # pypdf's PdfWriter.encrypt("pw", …)
             r"\.derive\([ \t]*b[\"']([^\"'\r\n]{4,})[\"'][ \t]*\)|\.auth[ \t(]+\"(?i:cn|uid)=[^\"\r\n]+\"[ \t]*,[ \t]*\"([^\"\r\n]{4,})\"|"   # KDF.derive(b"pw"); Net::LDAP#auth "dn", "pw"
             r"\b(?:(?:pbkdf2\.Key|argon2\.I?DKey|scrypt\.Key)\([ \t]*\[\]byte\(|(?:new[ \t]+)?Rfc2898DeriveBytes\(|scrypt\()[ \t]*b?[\"']([^\"'\r\n]{4,})[\"']|"   # a key derived
             r"\bpbkdf2_hmac\([ \t]*[\"'][^\"'\r\n]*[\"'][ \t]*,[ \t]*b?[\"']([^\"'\r\n]{4,})[\"']|"                        # from a password
             r"\bpysftp\.Connection\([ \t]*[\"'][^\"'\r\n]*[\"'][ \t]*,[ \t]*[\"'][^\"'\r\n]*[\"'][ \t]*,[ \t]*(?:None|[\"'][^\"'\r\n]*[\"'])[ \t]*,[ \t]*[\"']([^\"'\r\n]{4,})[\"']|"   # (host, user, key, pw)
             r"\bAuthMethod::sql_server\([ \t]*\"[^\"\r\n]*\"[ \t]*,[ \t]*\"([^\"\r\n]{3,})\"|"
             r"\.authenticate\([ \t]*['\"]([^'\"\r\n]{4,})['\"][ \t]*\)|"                                # PyMuPDF's doc.authenticate(pw)
             r"\.from_private_key(?:_file)?\([^,()\r\n]+,[ \t]*(?:password[ \t]*=[ \t]*)?['\"]([^'\"\r\n]{4,})['\"]|"   # paramiko
             r"\bconfigure\([ \t]*['\"][^'\"@\s]+@[^'\"\s]+['\"][ \t]*,[ \t]*['\"]([^'\"\r\n]{4,})['\"]|"   # internetarchive's (mail, pw)
             r"\.SaveAs[ \t(]+\"[^\"\r\n]*\"[ \t]*,[^,\r\n]*,[ \t]*\"([^\"\r\n]{4,})\"|"                       # VBA's (file, format, pw)
             r"\bFirebase\.begin\([ \t]*\"[^\"\r\n]*\"[ \t]*,[ \t]*\"([^\"\r\n]{4,})\"|"                       # Arduino's (host, auth)
             r"\bTransport\.send\([ \t]*\w+[ \t]*,[ \t]*\"[^\"\r\n]*\"[ \t]*,[ \t]*\"([^\"\r\n]{3,})\"|"                # JavaMail's (msg, user, pw)
             r"\badd_route_to_plc\((?:[ \t]*['\"][^'\"\r\n]*['\"][ \t]*,){4}[ \t]*['\"]([^'\"\r\n]{3,})['\"]|"
             r"\bSMS\b[^\r\n:]{0,40}:[ \t]+[^\s]+[ \t]+([^\s]{4,})[ \t]+(?:getgps|getinfo|getver|getstatus|getio|getparam|setparam|"
             r"cpureset|readio|setdigout|getrecord|flush|battery|lvcangetinfo|ggps|web_connect)\b|"
             r"\bkerbrute[ \t]+passwordspray\b[^\r\n]*?[ \t]([^\s\-][^\s]{2,})[ \t]*(?:\r?\n|$)|"
             r"\bmpc\b[^\r\n]*?[ \t](?:-h|--host)[ \t=]+([^\s@]{3,})@|\bMPD_HOST=[\"']?([^\s@\"']{3,})@|"   # MPD's password@host
             r"\bobsws://[^/\s]+/([^\s/]{3,})|"                                  # an obs-websocket URL's password
             r"\bregister[ \t]+sip:[^\s]+[ \t]+[^\s]+[ \t]+([^\s]{3,})|"              # linphonec's register <identity> <proxy> <pw>
             r"\b(?i:nickserv)[ \t]+(?i:register)[ \t]+([^\s]{4,})[ \t]+[^\s@]+@|"    # NickServ's REGISTER <pw> <mail>
             r"\bprintf[ \t]+'[^'\\\r\n]+\\n([^'\\\r\n]{3,})\\n'[ \t]*>[^\r\n]*\bdb_load\b|"   # vsftpd's virtual users: user, then pw
             r"(?i:askpass)[^\r\n]*\r?\n(?:[^\r\n]*\r?\n)?[ \t]*echo[ \t]+[\"']?([^\"'\s]{3,})[\"']?[ \t]*(?:\r?\n|$)|"   # an SSH_ASKPASS helper
             r"<<-?[ \t]*['\"]?\w+['\"]?[ \t]*\r?\n(?:#![^\r\n]*\r?\n)?[ \t]*echo[ \t]+[\"']?([^\"'\s]{3,})[\"']?[ \t]*\r?\n\w+[ \t]*\r?\n(?:[^\r\n]*\r?\n){0,3}?[^\r\n]*\bSSH_ASKPASS=|"   # (written by a heredoc, named after)
             r"(?m:^)(?:C:[ \t]*)?set[ \t]+(?:[^\s]+[ \t]+){1,2}[0-9]+[ \t]+[0-9]+[ \t]+[0-9]{1,3}[ \t]*\r?\n(?:C:[ \t]*)?[^\s]+[ \t]+([^\s]{3,})[ \t]*(?:\r?\n|$)",   # memcached's SASL: user pw as data
             ("communitydata(", "createcipher", "openssl::pkey", "openssl::pkcs12", "openssl_pkey_get_private", "pikepdf.open", ".encrypt(", "pbkdf2.key",
              "rfc2898derivebytes", "scrypt(", "pbkdf2_hmac", ".derive(", "argon2.", "scrypt.key(", '.auth "', '.auth("', "pysftp.connection(", "sql_server(", ".authenticate(", ".from_private_key", "configure(", ".saveas",
              "firebase.begin(", "transport.send(", "add_route_to_plc(", "sms", "passwordspray", "set ", "mpc", "mpd_host", "obsws://",
              "askpass", "register sip:", "nickserv", "db_load"), "literal", "passwords", "password", False),
    # a password by its place in a modem's or a Wi-Fi module's AT command: an ESP8266 joining Wi-Fi (+CWJAP ssid,pw) or
    # opening its own (+CWSAP ssid,pw,…), a PDP context's login (SIMCom's +CSTT apn,user,pw, Quectel's +QICSGP, 3GPP's
    # +CGAUTH, u-blox's +UPSD profile parameter 3, Telit's #SGACT cid,stat,user,pw, Qualcomm's $QCPDPP pw first), MQTT's
    # and FTP's logins (+CMQTTCONNECT, +QMTCONN, +QFTPCFG "account", +CFTPSLOGIN host,port,user,pw), a new PIN (+CPWD)
    Detector("modem_command_password", "assignment",
             r"\bAT\+CW(?:JAP|SAP)(?:_CUR|_DEF)?=\"[^\"\r\n]*\",\"([^\"\r\n]{4,})\"|"
             r"\bAT(?:\+(?:CSTT=[ \t]*\"[^\"\r\n]*\",|(?:CGAUTH|QICSGP)=[0-9]+,[0-9]+,(?:\"[^\"\r\n]*\",)?)|#SGACT=[0-9]+,[0-9]+,)"
             r"[ \t]*\"[^\"\r\n]*\"[ \t]*,[ \t]*\"([^\"\r\n]{3,})\"|"
             r"\bAT\+UPSD=[0-9]+,3,[ \t]*\"([^\"\r\n]{3,})\"|\bAT\$QCPDPP=[0-9]+,[0-9],\"([^\"\r\n]{4,})\"|"
             r"\bAT\+(?:CMQTTCONNECT=[0-9],\"[^\"\r\n]*\",[0-9]+,[0-9],|MQTTUSERCFG=[0-9],[0-9],\"[^\"\r\n]*\",|QMTCONN=[0-9],\"[^\"\r\n]*\",|QFTPCFG=\"account\",|CPWD=\"[A-Z]{2}\",|"
             r"CFTPSLOGIN=\"[^\"\r\n]*\",[0-9]+,)\"[^\"\r\n]*\",\"([^\"\r\n]{4,})\"",
             ("at+cwjap", "at+cwsap", "at+cstt", "at+cgauth", "at+qicsgp", "at#sgact", "at+upsd", "at$qcpdpp", "at+cmqttconnect",
              "at+qmtconn", "at+mqttusercfg", "at+qftpcfg", "at+cpwd", "at+cftpslogin"), "literal", "passwords", "password", False),
    # a password by its place in an exchange or a client's file: Tcl's ::ftp::Open host user pw, Asterisk's
    # register => user:pw@host, s3fs's passwd file (access key:secret), a PostgreSQL client's cleartext
    # password message after the server asked for one, an LDAP bind request's simple credentials, CUPS's
    # smb://workgroup/user:pw@host device URI, Asterisk's IAX2/user:pw@peer, FreeSWITCH's odbc://dsn:user:pw, Solr's
    # -Dbasicauth=user:pw, Robot Framework's Input Password locator pw, a chat script's "ogin: u ssword: pw", a session's
    # "login: u" then "code: pw", an autofs map's -fstype=smbfs ://user:pw@host, arcpy's CreateDatabaseConnection, Odoo's
    # execute_kw, a device's login.cgi?u=…&p=…
    Detector("exchange_place_password", "assignment",
             r"\bftp::Open[ \t]+[^\s\]]+[ \t]+[^\s\]]+[ \t]+(?:([^\s\]\"']{3,})\]|" + VALUE + ")|"   # (inside [ ] too)
             r"\bregister[ \t]*=>[ \t]*[^:\s@/]+:([^:\s@/]{3,})(?::[^\s@/]*)?@|"
             r"passwd-s3fs[^\r\n]*\r?\n(?:[ \t]*#[^\r\n]*\r?\n)*[ \t]*(?:[\w.\-]+:)?[A-Z0-9]{16,}:([^\s:]{6,})|"
             r"\bAuthenticationCleartextPassword\b[^\r\n]*\r?\n[^\r\n]*'p'[^\r\n\"]*\"([^\"\\\r\n]{3,})(?:\\0)?\"|"
             r"\bbindRequest\b[^\r\n]*?\bsimple[ \t]*[=:][ \t]*(?:\"([^\"\r\n]{3,})\"|([^\s\"]{3,}))|\bPasswordMessage\b(?:[^\r\n]*?\blen=[0-9]+[ \t]+([^\s\"']{3,})|[ \t]+\"([^\"\r\n]{3,})\")|"   # (libpq's PQtrace: F 17 PasswordMessage "pw")
             r"\bsmb://[^/\s:@]+/[^/\s:@]+:([^@\s]{3,})@|"                                  # CUPS's smb://workgroup/user:pw@host
             r"\bInput[ \t]+Password(?:[ \t]{2,}|\t)[^\s]+(?:[ \t]{2,}|\t)([^\s]{3,})|-Dbasicauth=[^\s:\"']+:([^\s\"']{3,})|"   # Robot Framework; Solr
             r"\bogin:?[ \t]+[^\s'\"]+[ \t]+(?:''[ \t]+)?(?:pa)?ssword:?[ \t]+([^\s'\"]{3,})|"   # a chat(8) script's login exchange
             r"(?m:^)[ \t]*(?i:login):[ \t]*[^\s]+[ \t]*\r?\n[ \t]*(?i:code|pin|passcode|access[ \t]code):[ \t]*([^\s]{6,})[ \t]*(?:\r?\n|$)|"   # a session's
             r"-fstype=(?:smbfs|cifs)\b[^\r\n]*?[ \t]://[^:/@\s]+:([^@\s]{3,})@|"      # an autofs map's SMB share
             r"\bCreateDatabaseConnection\((?:[^,()\r\n]*,){6}[ \t]*r?['\"]([^'\"\r\n]{3,})['\"]|"   # arcpy's (…, auth, user, pw)
             r"\bexecute_kw\([ \t]*['\"][^'\"\r\n]*['\"][ \t]*,[ \t]*\w+[ \t]*,[ \t]*['\"]([^'\"\r\n]{3,})['\"]|"     # Odoo's XML-RPC (db, uid, pw, …)
             r"[?&](?:u|usr|user|username)=[^&\s#]+&(?:p|pw|pwd|pass)=([^&\s#]{3,})|"   # a device's login CGI: ?u=…&p=…
             r"\bIAX2/[^\s:@/,]+:([^\s@/,]{3,})@|\bodbc://[^:\s\"'/]+:[^:\s\"'/]+:([^\s\"']{3,})[\"']",   # Asterisk's dial string; FreeSWITCH's DSN
             ("ftp::open", "register", "passwd-s3fs", "authenticationcleartextpassword", "passwordmessage", "bindrequest", "smb://", "iax2/", "odbc://", "-dbasicauth=", "input password", "ogin", "fstype=", "createdatabaseconnection", "execute_kw(", "&p=", "&pw=", "&pwd=", "&pass="),
             "literal", "passwords", "password", False),
    # an APRS-IS passcode (a hash of the callsign, the igate's login): its login line, direwolf's IGLOGIN, aprslib's
    # IS(call, passwd), a setting that names it (receive-only "pass -1" is none)
    Detector("aprs_is_passcode", "assignment",
             r"\buser[ \t]+[A-Za-z0-9]{3,7}(?:-[0-9]{1,2})?[ \t]+pass[ \t]+([0-9]{2,5})\b|"
             r"\bIGLOGIN[ \t]+[A-Za-z0-9]{3,7}(?:-[0-9]{1,2})?[ \t]+([0-9]{2,5})\b|"
             r"\baprslib\.IS\([ \t]*['\"][A-Za-z0-9\-]{3,10}['\"][ \t]*,[ \t]*(?:passwd[ \t]*=[ \t]*)?['\"]?([0-9]{2,5})\b|"
             r"\baprs[\w.\-]*pass(?:code|wd|word)?['\"]?[ \t]*[=:][ \t]*['\"]?([0-9]{2,5})\b",
             ("user", "iglogin", "aprslib", "aprs"), "aprs_passcode", "passwords", "password", False),
    # a password by its place in a ham-radio or packet node's file or command: KiwiSDR's "SET auth … p=pw", a JNOS
    # ftpusers line (user pw /dir perms), BPQ32's USER=call,pw,…
    Detector("node_place_password", "assignment",
             r"\bSET[ \t]+auth\b[^\r\n]*?[ \t]p=([^\s]{3,})|"
             r"\bftpusers\b[^\r\n]*(?:\r?\n[ \t]*#[^\r\n]*)*\r?\n[ \t]*[^\s#]+[ \t]+([^\s]{3,})[ \t]+/[^\s]*[ \t]+(?:0x)?[0-9a-fA-F]+\b|"
             r"(?m:^)[ \t]*USER=[^,\s]+,([^,\s]{3,}),",
             ("set auth", "ftpusers", "user="), "literal", "passwords", "password", False),
    # a script that types a user, a Tab, then a password into a login form or a terminal: AppleScript's
    # keystroke, x3270's String() and Tab(), xdotool's type and key Tab, AutoHotkey's Send
    Detector("typed_after_tab", "assignment",
             r"(?:\bkeystroke[ \t]+\"[^\"\r\n]+\"|\bString\([^()\r\n]+\)|\bxdotool[ \t]+type[ \t]+[^\r\n]+|\bSend,?[ \t]+[^\r\n{]+)[ \t]*\r?\n[ \t]*"
             r"(?:keystroke[ \t]+tab|Tab\(\)|xdotool[ \t]+key[ \t]+Tab|Send,?[ \t]+\{Tab\})[ \t]*\r?\n[ \t]*"
             r"(?:keystroke[ \t]+\"([^\"\r\n]{3,})\"|String\(([^()\r\n]{3,})\)|xdotool[ \t]+type[ \t]+" + VALUE + r"|Send,?[ \t]+([^\s{][^\r\n{]{2,}))",
             ("keystroke", "string(", "xdotool", "send"), "literal", "passwords", "password", False),
    Detector("typed_after_tab_key", "assignment",    # ... or in one call each, the Tab inside: AutoIt's Send("user{TAB}")
             r"\bSend\([ \t]*\"[^\"{\r\n]+\{(?i:TAB)\}\"[ \t]*\)[ \t]*\r?\n[ \t]*Send\([ \t]*\"([^\"{\r\n]{3,})(?:\{(?i:ENTER)\})?\"",
             ("{tab}",), "literal", "passwords", "password", False),
    # a network device's configuration line: the secret's word, the words its vendor puts before a
    # clear-text value (IOS's "password level 15 …", "wpa-psk ascii 0 …", "authentication text …", Junos's
    # "md5 1 key …", Huawei's "shared-key cipher …", EXOS's "shared-secret …", tac_plus's "cleartext"), the
    # value last on the line. (Type 5, 7, 8 and 9 values are hashes or ciphertexts; "password 0 …" is
    # config_file_password's.)
    Detector("device_config_secret", "assignment",
             r"(?:(?m:^)|\\n|[\"'>])[^\r\n]*?[ \t>](?:(?i:shared-key|shared-secret|pre-shared-key|wpa-psk|auth-key|key-string|"
             r"md5[ \t]+[0-9]{1,3}[ \t]+key|(?:login|pap|chap|enable)[ \t]*=)|(?i:password|secret|key|authentication)(?:[ \t]+(?i:level[ \t]+[0-9]{1,2}|"
             r"ascii|hex|cipher|simple|plain(?:text)?|text)\b)+)(?:[ \t]+(?i:ascii|cipher|simple|plain(?:text)?|cleartext|text|0)\b)*"
             r"[ \t]+" + VALUE + r"[ \t]*(?:(?m:$)|\\n)",
             ("shared-key", "shared-secret", "pre-shared-key", "wpa-psk", "auth-key", "key-string", "md5", "cleartext", "level",
              "ascii", "cipher", "simple", "plain", "text", " 0 "), "made_password_shape", "passwords", "password", False),
    # a SIP server's CLI adding a subscriber (kamctl add, opensips-cli user add: user@domain then its
    # password), RabbitMQ's user commands; RANCID's .cloginrc ("add password <hosts> {pw}"); an IRC operator's OPER line
    Detector("console_added_password", "assignment",
             r"\b(?:kamctl|opensips-cli\b[^\r\n]*?[ \t]user)[ \t]+add[ \t]+[^\s@]+@[^\s]+[ \t]+" + VALUE + r"|"
             r"\brabbitmqctl(?:\.bat)?[ \t]+(?:add_user|change_password|authenticate_user)[ \t]+[^\s]+[ \t]+" + VALUE + r"|"
             r"\b(?:usermod|useradd)\b[^\r\n;]*?[ \t]-P[ \t]+" + VALUE + r"|"          # Yocto's extrausers: -P, the clear text
             r"(?:^|[\s\"']|\\n)add[ \t]+password[ \t]+[^\s]+[ \t]+(?:\{([^{}\s\\]{3,})\}|([^{}\s\\$]{3,})(?:[ \t]|\r?\n|$))|"   # (RANCID: braces or not)
             r"(?:^|[\s:])(?:/(?i:oper)|OPER)[ \t]+[^\s\\]+[ \t]+([^\s\\\"']{4,})[ \t]*(?:(?m:$)|\r|\\[rn]|[\"'])",
             ("kamctl", "opensips-cli", "rabbitmqctl", "usermod", "useradd", "add password", "oper "), "literal", "passwords", "password", False),
    # Redis's inline protocol, a line AUTH [user] pw (the user in lower case: a card receipt's "AUTH CODE …" is no
    # login; its RESP array is ``rpc``'s resp_auth_password);
    # EDI envelopes: X12's ISA04 (after ISA03 "01": a password follows), EDIFACT's UNB recipient password;
    # a Windows ftp -s: script (open host, then the user's line, then the password's)
    Detector("wire_line_password", "assignment",
             LINE + r"[ \t]*(?:>[ \t]*)?AUTH[ \t]+(?:[a-z][\w.@\-]*[ \t]+)?([^\s\\]{4,})[ \t]*(?:(?m:$)|" + NL + r")|"   # (a proxy's "> ")
             r"\bISA\*[0-9]{2}\*[^*\r\n]{0,10}\*01\*([^*\s]{4,10})[ ]*\*|\bUNB\+(?:[^+'\r\n]*\+){5}([^+':\s]{4,})(?::[A-Z0-9]{1,2})?'|"
             + LINE + r"[ \t]*open[ \t]+[\w.\-]+(?:[ \t]+[0-9]{1,5})?[ \t]*" + NL + r"[ \t]*[\w.\-@]+[ \t]*" + NL + r"[ \t]*([^\s\\]{4,})[ \t]*" + NL + r"[ \t]*"
             r"(?i:put|get|mput|mget|cd|lcd|bin|binary|ascii|prompt|ls|dir|bye|quit)\b|"
             + LINE + r"[ \t]*open[ \t]+[\w.\-]+(?:[ \t]+[0-9]{1,5})?[ \t]*" + NL + r"[ \t]*user[ \t]+[\w.\-@\\]+[ \t]+([^\s\\]{4,})[ \t]*" + NL,   # ftp -n: user u pw
             ("auth ", "isa*", "unb+", "open "), "inline_password", "passwords", "password", False),
    # mainframe and SAP sign-ons: Connect:Direct's USERID=/SNODEID=/PNODEID=(user,pw), CICS's CESN … PS=pw,
    # IMS's /SIGN ON user pw, TSO's LOGON user/pw, IBM i's RMTPWD('pw') and QSYGETPH('user' : 'pw'), RACF's
    # PHRASE('pw'); a saprouttab permit line's last field, a SAProuter route's /W/pw/, sapcontrol's -user u pw
    Detector("mainframe_signon_password", "assignment",
             r"\b(?:USERID|SNODEID|PNODEID)=\([ \t]*[^,()\s]+[ \t]*,[ \t]*([^()\s,]{4,})[ \t]*\)|"
             r"\bCESN\b[^\r\n]*?\bPS=([^\s,]{4,})|"
             + LINE + r"[ \t]*/SIGN[ \t]+ON[ \t]+[^\s]+[ \t]+([^\s]{4,})|"
             + LINE + r"[ \t]*LOGON[ \t]+[A-Za-z0-9$#@]{1,8}/([^\s/]{4,})|"
             r"\b(?:RMTPWD|PHRASE|NEWPHRASE)\([ \t]*'([^'\r\n]{4,})'[ \t]*\)|\b(?:ALTUSER|ALU|ADDUSER|AU)\b[^\r\n]*?\bPASSWORD\([ \t]*([^()\s]{4,})[ \t]*\)|\bQSYGETPH\([ \t]*'[^'\r\n]*'[ \t]*:[ \t]*'([^'\r\n]{4,})'|"
             + LINE + r"[ \t]*P[ \t]+[0-9*][0-9./*]*[ \t]+[^\s]+[ \t]+(?:[0-9]{1,5}|\*)[ \t]+([^\s]{4,})[ \t]*(?:(?m:$)|\\n)|"
             r"/S/[0-9]{1,5}/W/([^/\s]{4,})/H/|\bsapcontrol\b[^\r\n]*?[ \t]-user[ \t]+[^\s\-][^\s]*[ \t]+([^\s\-][^\s]{3,})",
             ("userid=(", "snodeid=(", "pnodeid=(", "cesn", "/sign on", "logon ", "rmtpwd(", "phrase(", "altuser", "alu ", "adduser", "au ", "qsygetph", "p ", "p\t", "/w/",
              "sapcontrol"), "literal", "passwords", "password", False),
    Detector("keypair_byte_array", "private_key",   # solana-keygen's id.json: the 64 bytes of a keypair
             r"(\[[ \t]*(?:\d{1,3}[ \t]*,[ \t]*){63}\d{1,3}[ \t]*\])",
             ("solana", "keypair", "id.json", "secret_key", "secretkey"), None, "private_keys",
             "private_key", False),
)
