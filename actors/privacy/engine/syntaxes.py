"""Secrets recognised by where they stand rather than by their shape: connection strings, command
lines, and values assigned to secret-named keys in code, config, .env files, shells and prose."""
from __future__ import annotations

from .assignments import assignment
from .commands import COMMANDS, SWITCHES
from .patterns import (ARROW_LINE, FENCE_LINE, NOT_GIVEN, REQUEST_IDS, BETWEEN_LINES, WRAPPER_OPEN, WRAPPER_CLOSE, VALUE_MARK, KEY_KEYWORDS, NAMED_KEY_WORDS, NEVER, NEXT_LINE, NOT_KEY_WORDS, NOT_SECRET_KEYS, PROSE_GIVES, PROSE_WORDS, UUID, PW_KEYWORDS, PW_WORDS, SECRET_KEYWORDS, SECRET_WORDS, Detector, url)

# a sentence about a key that is not a secret one (a sentence may say "public" of anything else)
PROSE_KEY_DENY = ("fingerprint", "cache key", "cache_key", "cache-key", "cachekey", "cache token", "cache-bust", "cache bust",
                  "public key", "public_key", "publickey", "publishable", "checksum", "digest",
                  "sha256:", "host key", "key id", "key_id", "keyid",    # an access key's ID names it, it is not it
                  "token account", "dataset key", *REQUEST_IDS)     # a Solana token account: an address; GBIF's dataset key: an id
# a site's own login cookie: LinkedIn, Spotify, Bilibili, Gitea, Roblox
SITE_LOGIN_COOKIES = (r"li_at|sp_dc|sessdata|i_like_gitea|\.?roblosecurity|wordpress_logged_in_[0-9a-f]{32}|steamloginsecure|"
                      r"pveauthcookie|(?:__)?secure[_\-][13]psid(?:ts)?")
# a cookie that carries a login: sessionid, PHPSESSID, JSESSIONID, connect.sid, _app_session, auth_token
SESSION_COOKIE = (r"(?i:[\w.\-]*?(?:sess(?:ion)?(?:[_.\-]?id)?|[_.\-]sid|\bsid|auth(?:[_.\-]?token)?|token|jwt|"
                  r"remember[_.\-]?(?:me|token|user)?|\.aspnetcore\.(?:identity\.application|cookies)|aspxauth|"
                  rf"{SITE_LOGIN_COOKIES}|phpbb\d?_\w+_k))")
# a session cookie's own name, wherever it is written: a URL's ;jsessionid=, a chat's "sessionid=…"
_OTHER_SESSION_NAMES = rf"phpsessid|jsessionid|laravel_session|connect\.sid|_session_id|asp\.net_sessionid|{SITE_LOGIN_COOKIES}"
SESSION_NAMES = rf"(?i:sessionid|{_OTHER_SESSION_NAMES})"
SESSION_KEY_NAMES = rf"(?:(?-i:sessionid|SESSIONID|SessionID)|(?i:{_OTHER_SESSION_NAMES}))"   # (as a cookie spells it: an API's "sessionId" is an event's id)

# a value said BEFORE its word: "Lemon2016! is the new admin password", "`X` ← that's the root pw",
# "X — это новый пароль", "usa X como contraseña", "<hex> goes into the signing secret"
BEFORE_VALUE = r"""(?:(?:^|[\s(=])[`"']?|["']`)([^\s`"'<>()\[\]{{}}]{{{n},64}})[`"']?[ \t]+"""   # "`X` ← …": in a JSON string
# ... with only the words that describe which one between ("the new admin", "a live Algolia"), so
# "0x80070005 is not a password problem" and "2024.11.3 is the release that changed the password" are not
FILLER = (r"(?:(?i:the|a|an|my|our|your|this|that|new|old|current|temporary|temp|initial|default|real|live|actual|prod|"
          r"production|staging|test|dev|root|admin|administrator|master|main|shared|team|service|wifi|wi-fi|db|"
          r"database|server|account|user|app|api|bot|signing|access|private|cloud|ci|"
          r"nowe|nowy|nowa|neue|neues|neuer|nuevo|nueva|nouveau|nouvelle|nuovo|nuova|novo|nova|nieuwe|nye|nya|uusi|yeni|"
          r"le|la|les|l'|il|lo|el|los|las|der|die|das|den|het|de|o|os|du|del|do|da)|"
          r"[A-Z][\w\-]{1,20}|"
          r"[^\x00-\x7f]{1,20})[ \t]+")
BEFORE_GIVES = (r"(?:(?:—|–|←|<-|->|=)[ \t]+)?(?i:is|was|will[ \t]be|becomes|goes[ \t]into|as|como|это|ist|est|é|è|är|er|"
                rf"that's|that’s|thats|that[ \t]is|c'est|c’est|to[ \t]jest|jest|je|es)[ \t]+(?:{FILLER}){{0,4}}")
PW_NOUNS = rf"(?:(?i:password|passwd|passphrase|passcode|pw|pass)\b|(?i:{PROSE_WORDS}))"
SECRET_NOUNS = r"(?i:(?:api[ \t])?key|token|secret|signing[ \t]secret|credential|(?:[th]?otp|mfa|2fa)[ \t]seed|(?:pairing|activation|enroll?ment)[ \t]code)\b"

SYNTAXES: tuple[Detector, ...] = (
    # --- connection strings -------------------------------------------------------------------------
    url("postgres_url", r"postgres(?:ql)?(?:\+[a-z0-9]+)?|pgsql|postgis", ("postgres", "pgsql", "postgis")),
    url("mysql_url", r"mysql(?:x|2)?(?:\+[a-z0-9]+)?|mariadb", ("mysql", "mariadb")),
    url("mongodb_url", r"mongodb(?:\+srv)?", ("mongodb",)),
    url("redis_url", r"rediss?", ("redis",)),
    url("amqp_url", r"amqps?", ("amqp",)),
    url("mssql_url", r"mssql(?:\+[a-z0-9]+)?|sqlserver", ("mssql", "sqlserver")),
    url("ldap_url", r"ldaps?", ("ldap",)),
    url("ftp_url", r"s?ftps?", ("ftp",)),
    url("smtp_url", r"smtps?", ("smtp",)),
    url("http_url_credentials", r"https?", ("http",)),
    Detector("sip_uri_password", "connection_string",   # sip:user:password@host (no // in a SIP URI)
             r"\bsips?:[^\s:@/'\"<>]{1,64}:([^\s@/'\"<>;]{3,})@", ("sip:", "sips:"), "password", "passwords", "password", False),
    url("generic_url_credentials", r"[a-z][a-z0-9+.\-]{1,30}", ("://",)),
    Detector("jdbc_password", "connection_string",
             r"(?i:jdbc:[a-z0-9:]+//[^\s'\"]{0,}?[?;&](?:password|pwd)=)([^\s&;'\"\\]{1,})", ("jdbc:",),
             "password", "passwords", "password", False),
    Detector("ado_connection_string", "connection_string",
             r"(?i:;[ \t]*(?:password|pwd)[ \t]*=[ \t]*)(?:\{((?:[^}\r\n]|\}\}){1,200})\}|([^;'\"\s<>\\/~{][^;'\"\s<>\\]{0,}))",   # (ODBC's {…})
             ("password", "pwd"),
             "password", "passwords", "password", False),
    # --- secrets assigned in code, config, .env, shell, command lines (specific forms first) -----------
    Detector("mysql_cli_password", "assignment",
             r"\b(?:mysql|mariadb)(?:dump|admin|sh|import|check|show|slap|binlog|pump|-dump|-admin|-import|-check|-show|-slap|-binlog)?\b[^\r\n]{0,}?[ \t\"]-p(?:'([^'\r\n]{3,})'|\"([^\"\r\n]{3,})\"|"
             r"([^\s\"'\-\\][^\s\"'\\]{3,}))",
             ("mysql", "mariadb"), "literal", "passwords", "password", False),
    Detector("sshpass_password", "assignment",
             r"\bsshpass[ \t]+-p[ \t]*(?:\\?\"([^\"\\]{3,})\\?\"|'([^']{3,})'|([^\s\"'\\]{3,}))|"
             r"\bsshpass[\"'][ \t]*,[ \t]*\[?[ \t]*[\"']-p[\"'][ \t]*,[ \t]*[\"']([^\"'\r\n]{3,})[\"']",   # an argument list's
             ("sshpass",), "literal", "passwords", "password", False),
    Detector("docker_login_password", "assignment",
             r"\bdocker[ \t]+login\b[^\r\n]{0,}?[ \t]-p[ \t]+(?:\\?\"([^\"\\]{3,})\\?\"|'([^']{3,})'|([^\s\"'\\]{3,}))",
             ("docker",), "literal", "passwords", "password", False),
    Detector("curl_user_credentials", "assignment",   # curl -u user:pw, httpie's http -a user:pw, Nagios' check_http -a
             r"(?:\bcurl(?:ie)?\b[^\r\n]{0,}?[ \t](?:-u|--user|-U|--proxy-user)|(?:\bcheck_(?:http|curl)|\bhttps?|\bxhs?|\bhey)(?:[ \t][^\r\n]*?)?[ \t](?:-a|--auth(?:orization)?)|"
             r"\bwfuzz\b[^\r\n]*?[ \t]--(?:basic|digest|ntlm)|\bproxytunnel\b[^\r\n]*?[ \t](?:-P|--proxyauth)|[ \t,](?:--set[ \t]+)?proxyauth|(?m:^)[ \t]*(?:--)?(?:proxy-)?user[ \t]*=|\bntfy\b[^\r\n]*?[ \t](?:-u|--user)|(?m:^)[ \t]*(?:webcontrol|stream)_authentication)"   # (curlie, xh, hey, wfuzz; socat's and mitmproxy's proxyauth=; a .curlrc's user = "u:pw")
             r"(?:[ \t]+|=)?(?:\\?[\"'])?[^\s:\"'\\]{0,}:(?:\\?[\"'])?([^\s\"'@\\]{3,})|"   # (no user: an API's key as the password; u:'pw' too; or a line printf'd into curl -K -)
             r"\bprintf[ \t]+'(?:--)?user[ \t]*=[ \t]*\"?[^\s:\"'\\]*:([^\s\"'@\\]{3,})\"?(?:\\n)?'[ \t]*\|[ \t]*curl\b[^\r\n]*?[ \t](?:-K|--config)[ \t]*-(?:[ \t]|$)",
             ("curl", "http", "xh ", "xhs ", "hey ", "wfuzz", "proxyauth", "proxytunnel", "ntfy", "_authentication"), "literal", "passwords", "password", False),   # (check_http holds "http")
    Detector("encoded_basic_credentials", "assignment",   # "user:password" a call base64s for a Basic header
             r"(?:\bGetBytes|\bbtoa|\bb64encode|\bBuffer\.from|\b[Ee]ncodeToString|\bbase64Encode\([ \t]*utf8\.encode|\bstrict_encode64|\bbase64_encode|\butf8_to_base64|\bBlob\.valueOf)\([ \t]*(?:b|\[\]byte\(|\$)?[\"']"
             r"[^\"':\s$]{0,64}:([^\"'\s]{6,})[\"']|[\"'][^\"':\s$]{0,64}:([^\"'\s]{6,})[\"']\.getBytes\(|"
             r"\bbinary[ \t]+encode[ \t]+base64[ \t]+\"?[^\"':\s$\[\]]{1,64}:([^\"'\s\[\]]{6,})\"?\]",   # (Apex's Blob.valueOf, Tcl's binary encode)
             ("getbytes", "btoa", "b64encode", "buffer.from", "encodetostring", "base64encode", "encode64", "base64_encode", "utf8_to_base64", "blob.valueof", "encode base64"), "password", "passwords", "password", False),
    Detector("netrc_password", "assignment",
             r"\bmachine[ \t]+[^\s\\]+(?:(?:\s|\\n)+(?:login|account)[ \t]+[^\s\\]+)*"
             r"(?:\s|\\n)+password[ \t]+([^\s\\\"']{3,})",
             ("machine",), "literal", "passwords", "password", False),
    Detector("wordpress_config_secret", "assignment",
             r"define\([ \t]*\\?['\"]"
             r"(?:DB_PASSWORD|(?:SECURE_)?AUTH_(?:KEY|SALT)|LOGGED_IN_(?:KEY|SALT)|NONCE_(?:KEY|SALT))"
             r"\\?['\"][ \t]*,[ \t]*\\?['\"]([^'\"\\]{4,})\\?['\"]", ("define",), "literal", "passwords", "secret", False),
    Detector("dotnet_config_secret", "assignment",
             r"(?i:key[ \t]*=[ \t]*\\?\"[\w.\-:]*?(?:password|pwd|secret|token|apikey|api_key)\\?\""
             r"[ \t]+value[ \t]*=[ \t]*)"
             r"\\?\"([^\"\\]{3,})\\?\"", ("value",), "literal", "passwords", "secret", False),
    # --- SQL, password files, and commands that take a password as an argument -----------------------
    Detector("sql_identified_by", "assignment",
             r"(?:(?i:\b(?:user|role|login|link|connect[ \t]+to|grant)\b[^;]{0,200}?\bidentified)|\bIDENTIFIED)"
             r"(?i:[ \t\r\n]+(?:with[ \t]+\w+[ \t]+)?by[ \t]+(?:password[ \t]+)?)"   # (not prose's "identified by `name`")
             r"(?:N?'([^'\r\n]{3,})'|\"([^\"\r\n]{3,})\"|([^\s;'\"`<>]{3,}))",
             ("identified",), "literal", "passwords", "password", False),
    Detector("sql_password_clause", "assignment",   # (and Mimer's CREATE IDENT … USING 'pw', OpenEdge's CREATE USER 'u', 'pw')
             r"(?i:\b(?:create|alter)[ \t]+(?:user|role|login)\b[^;\r\n]*?\bpassword|\b(?:create|alter)[ \t]+ident\b[^;\r\n]*?\busing|"
             r"\bcreate[ \t]+user[ \t]+'[^'\r\n]+'[ \t]*,)[ \t]*=?[ \t]*(?:N?'([^'\r\n]{3,})'|\"([^\"\r\n]{3,})\")",
             ("password", "ident", "create user"), "literal", "passwords", "password", False),
    Detector("sql_set_password", "assignment",
             r"(?i:\bset[ \t]+password\b[^;\r\n]*?=[ \t]*(?:password[ \t]*\([ \t]*)?)'([^'\r\n]{3,})'",
             ("password",), "literal", "passwords", "password", False),
    Detector("pgpass_line", "assignment",   # host:port:db:user:password, the host a name
             r"(?:(?m:^)[ \t]*|[\"'=])(?:\*|[0-9]{1,3}(?:\.[0-9]{1,3}){3}|[A-Za-z0-9_.\-]*[A-Za-z][A-Za-z0-9_.\-]*):"
             r"(?:[0-9]{1,5}|\*):[^:\s\"']+:[^:\s\"']+:"
             r"((?:\\:|[^\s\"':])+)(?:[ \t]|(?m:$)|\\?[\"'])",   # (a colon in it is escaped: an IPv6 address is no line)
             (), "literal", "passwords", "password", False),
    # a password by its place in a file or an exchange: a passwd-style line with a plain one (pure-pw's
    # import list: user:pw:uid:gid:/home; /etc/passwd has x), an OpenVPN auth-user-pass file (user, then
    # password; vsftpd's virtual users), hostapd's wpa_psk file (MAC psk), lighttpd's plain userfile,
    # Kubernetes' static password and token files (the first column), an RSpec failure printing the
    # credential it got, a decoded PostgreSQL password message, an SSIS package's secret parameter, a
    # KeePass database's password, an NTRIP source's SOURCE pw /mount, user:pw@caster:port/mount (rtkrcv,
    # str2str), a Basic header as a log decodes it, OPENROWSET's 'server'; 'user'; 'pw', pyminizip's fourth
    # argument, a Prefect block saved under a secret's name, Node's crypto.pbkdf2Sync('pw', …)
    Detector("place_password", "assignment",
             r"(?m:^)[ \t]*[\w.\-]+:([^:\s]{4,}):[0-9]+:[0-9]+:/|"
             r"(?:#|\bcat[ \t]|==>)[^\r\n]*(?i:openvpn[^\r\n]*\.(?:auth|pass|creds?|txt)\b|virtual_users|db_load)[^\r\n]*\r?\n[ \t]*[^\s#]+[ \t]*\r?\n[ \t]*([^\s#]{4,})[ \t]*(?:\r?\n|$)|"
             r"wpa_psk[^\r\n]*\r?\n(?:[ \t]*#[^\r\n]*\r?\n)*[ \t]*(?:keyid=[^\s]+[ \t]+)?(?:[0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2}[ \t]+([^\s]{8,63})[ \t]*(?:\r?\n|$)|"
             r"(?:auth\.backend\.plain\.userfile|#[^\r\n]*\blighttpd\b[^\r\n]*(?:plain|\.user)\b)[^\r\n]*\r?\n(?:[ \t]*#[^\r\n]*\r?\n)*[ \t]*[\w.\-]+:([^\s:]{4,})[ \t]*(?:\r?\n|$)|"
             r"--(?:basic|token)-auth-file[^\r\n]*\r?\n(?:[ \t]*#[^\r\n]*\r?\n)*[ \t]*([^,\s#]{4,}),[^,\r\n]+,[0-9]+|"
             r"\bexpect\([^)\r\n]*(?i:auth|token|secret|key|passw)[^)\r\n]*\)[^\r\n]*\r?\n[ \t]*got:[ \t]*\"([^\"\r\n]{6,})\"|"
             r"\bPassword[ \t]message\b[^\r\n]*(?:\r?\n[^\r\n]*){0,3}?\r?\n[ \t]*Value:[ \t]*([^\s]{3,})|"      # Wireshark's PostgreSQL
             r"DTS:ObjectName=\"[\w.\-]*(?i:password|secret|token|key)[\w.\-]*\"[^>]*>[ \t\r\n]*<DTS:Property[ \t]+"
             r"DTS:Name=\"ParameterValue\"[^>]*>([^<\s]{4,})<|"                                            # an SSIS package parameter
             r"\bPyKeePass\([ \t]*[\"'][^\"'\r\n]*[\"'][ \t]*,[ \t]*(?:password[ \t]*=[ \t]*)?[\"']([^\"'\r\n]{4,})[\"']|"
             r"\bpyminizip\.compress\((?:[^,()\r\n]*,){3}[ \t]*[\"']([^\"'\r\n]{4,})[\"']|"     # (src, prefix, zip, pw, level)
             r"\b(?:String|Secret)\(value=[\"']([^\"'\r\n]{4,})[\"']\)\.save\([\"'][\w\-]*(?i:pw|pass|secret|key|token|cred)|"   # Prefect's block
             r"\bcrypto\.(?:pbkdf2|scrypt)(?:Sync)?\([ \t]*[\"']([^\"'\r\n]{4,})[\"']|"
             r"(?m:^)SOURCE[ \t]+([^\s/]{4,})[ \t]+/[\w.\-]+[ \t]*\r?\n|"
             r"(?:=|[ \t])[\w.\-]+:([^\s:@/]{4,})@[\w\-]+(?:\.[\w\-]+)+:[0-9]{2,5}/|"
             r"(?i:authorization|basic)[^\r\n:]{0,30}\bdecoded[ \t]*:[ \t]*[^\s:]{1,64}:([^\s]{4,})|"
             r"\b(?i:OPENROWSET)\([ \t]*'[^'\r\n]*'[ \t]*,[ \t]*'[^'\r\n]*'[ \t]*;[ \t]*'[^'\r\n]*'[ \t]*;[ \t]*'([^'\r\n]{3,})'",
             (":/", "openvpn", "virtual_users", "db_load", "wpa_psk", "auth.backend.plain", "lighttpd", "-auth-file", "got:",
              "password message", "parametervalue", "pykeepass(", "pyminizip", ").save(", "crypto.", "source ", "@", "decoded", "openrowset"),
             "literal", "passwords", "password", False),
    *COMMANDS,   # (commands: each command's own password option, a piped or written password)
    Detector("ntp_key_line", "assignment",   # ntp.keys / chrony.keys: <id> <type> <key> (a shared symmetric key)
             r"(?m:^)[ \t]*[0-9]{1,5}[ \t]+(?:MD5|SHA1|SHA256|SHA512|AES128CMAC|M|S)[ \t]+(?:HEX:|ASCII:)?([0-9a-fA-F]{20,128}|[!-~]{6,20})[ \t]*(?:\r?\n|$)",
             ("md5", "sha", "aes128cmac", "ntp.keys", "chrony.keys"), "inline_password", "passwords", "password", False),   # (not "1 MD5 enabled")
    Detector("b2_authorize_key", "cloud",   # b2 account authorize <key id> <application key>
             r"\bb2[ \t]+(?:account[ \t]+authorize|authorize[_\-]account)[ \t]+[0-9a-f]{12,40}[ \t]+(K[0-9]{3}[A-Za-z0-9+/]{27})",
             ("b2",), "not_placeholder", "api_keys", "secret", False),
    Detector("b2_authorize_key_id", "cloud",
             r"\bb2[ \t]+(?:account[ \t]+authorize|authorize[_\-]account)[ \t]+([0-9a-f]{12,40})[ \t]+K[0-9]{3}",
             ("b2",), "not_placeholder", "api_keys", "secret", False, companion=True),
    Detector("jaas_user_password", "assignment",   # ZooKeeper/Kafka DigestLoginModule: user_<name>="<password>"
             r"(?i:LoginModule)[^;]{0,400}?\buser_[\w\-]+[ \t]*=[ \t]*\\?\"([^\"\\\r\n]{3,})\\?\"", ("loginmodule",),
             "literal", "passwords", "password", False),
    Detector("bridge_api_key", "assignment",   # Hue/deCONZ: the key is the path's user (/api/<key>/lights), or the pairing reply
             r"https?://[0-9.]+(?::[0-9]+)?/api/([A-Za-z0-9\-]{10,40})/(?:lights|groups|config|sensors|scenes|rules|"
             r"schedules|resourcelinks|capabilities)\b|\\?\"success\\?\"[ \t]*:[ \t]*\{[ \t]*\\?\"username\\?\"[ \t]*:[ \t]*"
             r"\\?\"([A-Za-z0-9\-]{10,40})\\?\"", ("/api/", "success"), "not_placeholder", "api_keys", "secret", False),
    Detector("wifi_connect_password", "assignment",   # MicroPython/ESP: wlan.connect('ssid', 'password')
             r"(?i:wlan|sta|wifi|network|station)\w*\.(?:connect|begin|softAP)\([ \t]*[\"'][^\"'\r\n]+[\"'][ \t]*,[ \t]*[\"']([^\"'\r\n]{8,63})[\"']",
             ("connect", "begin", "softap"), "literal", "passwords", "password", False),
    Detector("zwave_security_key", "assignment",   # Z-Wave JS: S2/S0 network keys
             r"(?:S2_(?:Unauthenticated|Authenticated|AccessControl)|S0_Legacy)\\?\"?[ \t]*[:=][ \t]*\\?\"?([0-9A-Fa-f]{32})\b",
             ("s2_", "s0_legacy"), "not_placeholder", "passwords", "secret", False),
    Detector("cli_snmp_auth_password", "assignment",   # snmpwalk -v3 … -A authpass (and -X privpass, below)
             r"\bsnmp\w*\b[^\r\n]*?[ \t]-A[ \t]*(?:'([^'\r\n]{3,})'|\"([^\"\r\n]{3,})\"|([^\s\"'\-][^\s\"']{2,}))",
             ("snmp",), "literal", "passwords", "password", False),
    Detector("cli_snmp_privacy_password", "assignment",
             r"\bsnmp\w*\b[^\r\n]*?[ \t]-X[ \t]*(?:'([^'\r\n]{3,})'|\"([^\"\r\n]{3,})\"|([^\s\"'\-][^\s\"']{2,}))",
             ("snmp",), "literal", "passwords", "password", False),
    Detector("cli_user_secrets_set", "assignment",   # dotnet user-secrets set "ConnectionStrings:Password" "…"
             r"\buser-secrets[ \t]+set[ \t]+[\"']?[^\s\"']*(?i:password|pwd|secret|key|token|pat)[^\s\"']*[\"']?[ \t]+"
             r"(?:\"([^\"\r\n]{3,})\"|'([^'\r\n]{3,})'|([^\s\"'\-][^\s\"']{2,}))", ("user-secrets",), "literal", "passwords",
             "password", False),
    Detector("multipart_password_field", "assignment",   # multipart/form-data: name="password", a blank line, the value
             r"(?i:form-data;[ \t]*name=\"[^\"\r\n]*(?:password|passwd|pwd|secret|token|api_?key)[^\"\r\n]*\")"
             r"[^\r\n]*\r?\n(?:[\w\-]+:[^\r\n]*\r?\n)*\r?\n([^\r\n]{3,})\r?\n", ("form-data",), "literal",
             "passwords", "password", False),
    Detector("reset_password_output", "assignment",   # elasticsearch-reset-password prints the new one
             r"(?i:password for the \[[\w.\-]+\] user successfully reset\.)\s+New value:[ \t]*([^\s]{6,})",
             ("successfully reset",), "literal", "passwords", "password", False),
    Detector("kaggle_json_key", "assignment",   # ~/.kaggle/kaggle.json: {"username": …, "key": <32 hex>}
             r"\\?\"username\\?\"[ \t]*:[ \t]*\\?\"[^\"\\\r\n]{1,64}\\?\"[ \t]*,\s*\\?\"key\\?\"[ \t]*:[ \t]*\\?\"([0-9a-f]{32})\\?\"",
             ("username",), "not_placeholder", "api_keys", "secret", False),
    Detector("erlang_cookie", "assignment",   # RABBITMQ_ERLANG_COOKIE, a release's RELEASE_COOKIE, -setcookie, iex --cookie: twenty capitals, no digits needed
             r"(?i:(?:erlang|release)[_.\-]?cookie|-setcookie|\b(?:iex|elixir)\b[^\r\n]*?[ \t]--cookie)\\?[\"']?[ \t]*[:= \t][ \t]*\\?[\"']?"
             r"([A-Za-z0-9]{16,64}|[A-Za-z0-9][A-Za-z0-9._\-]{7,63})\b",
             ("cookie",), "not_placeholder", "passwords", "secret", False),
    Detector("eth_accounts_array", "assignment",   # hardhat/truffle: accounts: ['0x<64 hex>'] is a private key
             r"\baccounts[ \t]*:[ \t]*\[[ \t]*[\"'`](0x[0-9a-fA-F]{64})[\"'`]", ("accounts",), "not_placeholder",
             "private_keys", "private_key", False),
    Detector("nickserv_password", "assignment",   # ZNC: LoadModule = nickserv <pw>; IRC: /msg NickServ IDENTIFY <pw>
             r"(?i:\bLoadModule[ \t]*=[ \t]*nickserv|\bnickserv[*<]?[ \t]+:?identify(?:[ \t]+[^\s;\"']+)?|\bQ@CServe\.quakenet\.org[ \t]+AUTH[ \t]+[^\s]+|(?:^|[\s>])/join[ \t]+[#&][^\s,]+)[ \t]+([^\s;\"']{4,})",   # QuakeNet's Q; a channel's key
             ("nickserv", "q@cserve", "/join"), "literal", "passwords", "password", False),
    Detector("bare_key_quoted", "assignment",   # const key = '...': the bare name only with a long random value
             r"(?:^|[\s(,;{])(?i:key)[ \t]*(?:=|:)[ \t]*[\"']([^\"'\s:]{16,})[\"']",
             ("key",), "token", "passwords", "secret", False),
    Detector("bare_key_prose", "assignment",
             r"(?:^|[\s(,;\"'])(?i:the[ \t]+(?:api[ \t]+)?key)[ \t]+(?:is|was)[ \t]*:?[ \t]*[`\"']?([^\s\"'`]{16,})",
             ("key",), "token", "passwords", "secret", False),
    Detector("bare_key_query", "assignment",   # ...&key=<long random>, a signed URL's signature
             r"[?&;](?i:key|x-amz-signature|x-goog-signature|signature)=([^&;\s\"'#<>]{20,})",
             ("key=", "signature="), "token", "passwords", "secret", False),
    Detector("vault_unseal_key", "assignment",   # vault operator init: Unseal Key 1: <base64>
             r"(?i:\b(?:unseal|recovery)[ \t]+key(?:[ \t]+[0-9]{1,2})?)[ \t]*:[ \t]*([A-Za-z0-9+/]{20,}={0,2})",
             ("unseal", "recovery"), "not_placeholder", "passwords", "secret", False),
    Detector("prose_key_sentence", "assignment",   # "here's the key for the bucket: <40 random>", "APIキー：…"
             r"(?:(?:^|[\s(,;`\"'>])(?i:key)\b[^:=\r\n\"\\]{1,160}?|"   # English "key" only with words between,
             r"(?i:\b(?:this|the|my|our|here's|heres)[ \t]+(?:[\w\-]+[ \t]+){1,3}key)|"  # or "this Tencent Cloud key:"
             r"(?:^|[\s(,;`\"'>])(?:[A-Za-z][\w\-]{0,30}[ \t]+){1,3}(?i:key)|"   # or "DoseSpot clinic key: …"
             r"(?:(?:^|[\s(,;`\"'])(?:(?i:api[ \t]key|chiave(?:[ \t]segreta)?|clave(?:[ \t]secreta)?|sleutel|nyckel|"
             r"jeton|chave|klucz|anahtar|token)\b|(?i:clé|schlüssel|ключ|токен))|キー|トークン|키|토큰|密钥|秘钥|金鑰|令牌)"
             r"[^:=\r\n\"\\]{0,160}?)"
             rf"(?:{PROSE_GIVES}|[ \t](?:=|(?i:with))[ \t])[ \t]*[`\"']?([A-Za-z0-9+/=_\-.~!#$%^&*]{{20,}})(?:(?m:$)|[\s\"'`,;)<])",
             ("key", "clé", "chiave", "clave", "schlüssel", "sleutel", "nyckel", "ключ", "токен", "jeton", "chave",
              "klucz", "anahtar", "token", "キー", "トークン", "키", "토큰", "密钥", "秘钥", "金鑰", "令牌"),
             "token", "passwords", "secret", False, trim=".,:;!?", deny=(*PROSE_KEY_DENY, "from key", "crashreporter")),
    Detector("session_cookie", "assignment",   # Cookie: a=1; sessionid=...; a HAR cookie {"name", "value"}
             rf"(?:(?:(?i:\b(?:set-)?cookie\b)[^=\r\n]{{0,24}}?=?|[ \t](?:-b|--cookie)[ \t=]+\\?[\"']?)(?:[\w.\-%]+=[^;\r\n\"']*;[ \t]*)*?"
             rf"{SESSION_COOKIE}=|(?:^|[\s;`\"'(?&]){SESSION_NAMES}=|\t[0-9]{{9,11}}\t{SESSION_COOKIE}\t|"
             rf"\\?\"name\\?\"[ \t]*:[ \t]*\\?\"{SESSION_COOKIE}\\?\"[ \t]*,[ \t]*"
             r"\\?\"value\\?\"[ \t]*:[ \t]*\\?\")([^;\s\"',\\]{16,})",
             ("cookie", "sess", "sid", "auth", "token", "jwt", "remember"), "token", "passwords", "session_cookie",
             False, deny=("csrf", "xsrf", "antiforgery", "account_sid")),   # (Twilio's account id, no session)
    Detector("session_cookie_key", "assignment",   # a login cookie's own name as a key: {'sessionid': '…'}, sp_dc = "…", LI_AT=…
             rf"(?:^|[\s{{,(\[])\\?[\"']?{SESSION_KEY_NAMES}\\?[\"']?[ \t]*(?::|=>|=)[ \t]*\\?[\"']?([^\s\"',;\\]{{16,}})",
             ("sessionid", "sessid", "li_at", "sp_dc", "sessdata", "gitea", "roblosecurity", "session"), "token", "passwords", "session_cookie", False),
    Detector("keystone_fernet_token", "auth_header",   # an OpenStack token: a Fernet token the API accepts as is
             r"(?i:x-(?:auth|subject)-token|os[_\-]token|\btoken|\bid)\\?[\"']?[ \t]*[:=|][ \t]*\\?[\"']?"
             r"(gAAAAA[A-Za-z0-9_\-]{60,}={0,2})", ("gaaaaa",), "not_placeholder", "api_keys", "token", False),
    Detector("bundler_credentials", "assignment",   # BUNDLE_GEMS__CONTRIBSYS__COM=user:password (a host's login)
             r"\bBUNDLE_(?:[A-Z0-9_]*?[A-Z0-9]__[A-Z0-9_]+|[A-Z0-9_]+_(?:COM|IO|NET|ORG|DEV|APP|CLOUD))\\?[\"']?"
             r"(?:[ \t]*[:=][ \t]*|[ \t]*\r?\n[ \t]*(?:-[ \t]*)?(?i:value)[ \t]*:[ \t]*)\\?[\"']?"
             r"([^\s\"':]{1,}:[^\s\"']{4,})",
             ("bundle_",), "literal", "passwords", "password", False),
    Detector("cli_vendor_token", "assignment",   # codecov -t, ngrok config add-authtoken, cargo login, helm --set a.password=
             r"(?:\bcodecov(?:cli)?\b[^\r\n]*?[ \t](?:-t|--token)|\bngrok\b[^\r\n]*?[ \t](?:add-authtoken|authtoken|--authtoken)|\bcargo[ \t]+login|"
             r"[ \t]--set(?:-string)?[ \t=]+[\w.\[\]\-]*?(?i:password|passwd|pwd|secret|token|apikey|api_key)[\w]{0,20}=)"
             r"(?:[ \t]+|=)?(?:\\?\"([^\"\r\n]{4,})\\?\"|'([^'\r\n]{4,})'|([^\s\"',]{4,}))",
             ("codecov", "ngrok", "--set", "cargo"), "literal", "passwords", "secret", False),
    Detector("jwt_signing_secret", "assignment",   # jwt.sign(payload, 'secret'), jwt.encode(claims, "secret", ...)
             r"\b(?:jwt|jsonwebtoken|JWT)\.(?:sign|verify|encode|decode)\([ \t]*(?:\{[^{}]{0,300}\}|[\w.\[\]'\"]{1,80})[ \t]*,"
             r"[ \t]*(?:\\?\"([^\"\\\r\n]{8,})\\?\"|'([^'\\\r\n]{8,})'|`([^`\\\r\n]{8,})`)",
             ("jwt", "jsonwebtoken"), "literal", "passwords", "secret", False),
    Detector("auth_tuple_api_key", "assignment",   # auth=("<api key>", ""): the key as the user, no password
             r"\bauth[ \t]*=[ \t]*\([ \t]*[\"']([A-Za-z0-9_\-]{16,})[\"'][ \t]*,[ \t]*(?:\"\"|''|[\"']X[\"'])[ \t]*\)",
             ("auth",), "token", "passwords", "secret", False),
    Detector("totp_seed", "assignment",   # pyotp.TOTP("BASE32SEED")
             r"\b(?:TOTP|HOTP)\([ \t]*[\"']([A-Z2-7]{16,}=*)[\"']", ("totp", "hotp"), "not_placeholder", "passwords",
             "secret", False),
    Detector("wifi_qr_password", "assignment",   # WIFI:T:WPA;S:<ssid>;P:<password>;;
             r"\bWIFI:(?:[TSHE]:[^;\r\n]*;)*P:((?:\\;|[^;\r\n])+);", ("wifi:",), "not_placeholder", "passwords",
             "password", False),
    Detector("sasl_passwd_line", "assignment",   # postfix sasl_passwd: [smtp.host]:587 user:password
             # (the host a dotted name or given a port: a log's "[Container] 2024-03-21T08:30:18Z" is no line)
             r"(?:(?m:^)|\\n|[\s\"'])\[(?:[\w\-]+\.[\w.\-]+\](?::(?:[0-9]{1,5}|submissions?|smtps?))?|[\w.\-]+\]:(?:[0-9]{1,5}|submissions?|smtps?))"
             r"[ \t]+[^\s:\"'\\]+:([^\s\"'\\]{4,})"
             r"(?:(?m:$)|\\[rn]|[\s\"'])", ("]",), "literal",
             "passwords", "password", False, trim=".,;"),
    Detector("azure_cli_storage_key", "cloud",   # az storage account keys list -o table: key1  FULL  <key>
             r"(?i:\bkey[12])[ \t]+(?i:full|read)[ \t]+([A-Za-z0-9+/]{86}==)", ("key1", "key2"), "not_placeholder",
             "api_keys", "azure_storage_account_key", False),
    Detector("private_api_key_line", "assignment",   # atlas: "Private API Key <uuid>"
             rf"(?i:\bprivate[ \t]+api[ \t]+key)[ \t]*:?[ \t]+({UUID})", ("private",), "not_placeholder", "passwords",
             "secret", False),
    Detector("app_password", "assignment",   # a Google app password as Google shows it, after a password word
             r"(?:(?i:\bapp[ \t\-]?pass(?:word|wort)?\b)[^\r\n]{0,80}?[ \t:\"'=]|(?:(?m:^)|\\n)[ \t]*(?i:password|passwd|pass)[ \t]+|"
             r"(?i:password|passwd|passwort)[ \t]*[:=][ \t]*)([a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4}|[a-z]{4}-[a-z]{4}-[a-z]{4}-[a-z]{4})"
             r"(?:[^a-z\-]|$)|"   # Apple's app-specific passwords have hyphens: after the word anywhere
             r"(?i:\bpassword)[ \t]+([a-z]{4}-[a-z]{4}-[a-z]{4}-[a-z]{4})(?:[^a-z\-]|$)",
             ("pass",), None, "passwords", "password", False),
    Detector("cli_secret_body", "assignment",   # gh secret set NAME --body VALUE
             r"\bsecrets?[ \t]+set\b[^\r\n]*?(?:--body|-b)(?:=|[ \t]+)(?:\"([^\"\r\n]{3,})\"|'([^'\r\n]{3,})'|([^\s\"']{3,}))",
             ("secret",), "literal", "passwords", "secret", False),
    Detector("cli_inline_credentials", "assignment",   # smbclient -U 'D\\u%pw', lftp -u u,pw, xfreerdp /p:pw, sqlplus u/pw@
             r"(?:\b(?:smbclient|smbget|rpcclient|smbcacls|smbmap|winexe|net[ \t]+(?:ads|rpc|sam))\b[^\r\n]*?-U[ \t]+[\"']?[^%\s\"']+%[\"']?|"
             r"\blftp\b[^\r\n]*?-u[ \t]+[\"']?[^,\s]+,[\"']?|"
             r"\b(?:xfreerdp|wlfreerdp|sdl-freerdp)\b[^\r\n]*?/p:[\"']?|\bsqlplus[ \t]+(?:-[A-Za-z][ \t]+)*[\"']?[^/\s@\"']+/\"?|"
             r"\b(?:cx_Oracle|oracledb)\.connect\([ \t]*[\"'][^/\s\"']+/|\bstats[ \t]+auth[ \t]+[^:\s]+:|"
             r"\bjdbc:oracle:(?:thin|oci):[^/\s@:]+/|(?i:\.logon)[ \t]+[^/\s]+/[^,\s]+,|"
             r"\bpoetry[ \t]+config[ \t]+http-basic\.[^\s]+[ \t]+[^\s]+[ \t]+|"
             r"\bnet[ \t]+use[ \t]+(?:(?:[A-Za-z]:|\*)[ \t]+)?(?:\\\\|https?://)[^\s]+[ \t]+(?:/user:[^\s]+[ \t]+)?)"
             r"([^\s\"'@/][^\s\"'@]{2,})", ("smbclient", "rpcclient", "smbcacls", "smbmap", "winexe", "lftp", "freerdp", ".logon", "sqlplus", "poetry", "net", "oracle", "stats"),
             "literal", "passwords", "password", False),
    Detector("go_mysql_dsn", "connection_string",   # user:password@tcp(host:3306)/db
             r"\b[A-Za-z0-9_.\-]+:([^\s/\"'\\:]{3,})@(?:tcp|unix)\(", ("@tcp(", "@unix("), "password",   # (an @ in the password too)
             "passwords", "password", False),
    Detector("connect_call_password", "assignment",   # new PDO(dsn, 'user', 'pw'), pymssql.connect(host, u, pw)
             r"(?:(?:\bnew[ \t]+PDO|PDO->__construct|\bnew[ \t]+mysqli|\bmysqli_connect|\bgetConnection|\bnew[ \t]+Sequelize|\bauth\.basic|"
             r"\bDBI->connect|\b(?:pymssql|pymysql|MySQLdb)\.connect|\bsetup_session|\.log_in|\bregister_session|\bibm_db\.p?connect|\b\w*Connection[0-9]*\.Open)[ \t]*\([ \t]*"
             r"(?:[^,()]+,[ \t]*)?|\bpytds\.connect[ \t]*\((?:[ \t]*[^,()]+,){2}[ \t]*|\bNet::SMTP\.start[ \t]*\((?:[ \t]*[^,()]+,){3}[ \t]*|\b(?:Down|Up)loadFile[ \t]*\((?:[ \t]*[^,()]+,){2}[ \t]*)"   # (pytds: server, database, u, pw; Ruby's SMTP: host, port, helo, u, pw; VB's Down/UploadFile: url, file, u, pw)
             r"[\"'][^\"'\r\n]*[\"'][ \t]*,[ \t]*[\"']([^\"'\r\n]{3,})[\"']",
             ("pdo", "mysqli", "getconnection", "sequelize", "auth.basic", "dbi->connect", "pymssql", "pymysql", "mysqldb", "setup_session", ".log_in(", "register_session", "ibm_db", "downloadfile", "uploadfile",
              "pytds", "net::smtp", ".open("), "literal", "passwords", "password", False),
    Detector("ldappasswd_new_password", "assignment",
             r"\bldappasswd\b[^\r\n]*?[ \t]-s[ \t]*(?:'([^'\r\n]{3,})'|\"([^\"\r\n]{3,})\"|([^\s\"'\-][^\s\"']{2,}))",
             ("ldappasswd",), "literal", "passwords", "password", False),
    Detector("snmp_community", "assignment", r"(?:(?m:^)|[\s\"'])(?:ro|rw)community6?[ \t]+([^\s#\"'\\]{4,})",
             ("community",), "literal", "passwords", "password", False),
    Detector("minio_alias_access_key", "assignment",
             r"\bmc[ \t]+(?:alias[ \t]+set|config[ \t]+host[ \t]+add)[ \t]+[^\s]+[ \t]+[^\s]+[ \t]+([^\s]{3,})",
             ("mc",), "literal", "passwords", "password", False),
    Detector("key_file_content", "assignment",
             r"(?:master|credentials|secret)\.key[^\r\n]*\r?\n[ \t]*([a-f0-9]{32}|[A-Za-z0-9+/]{43}=)[ \t]*(?:\r?\n|$)",
             (".key",), "not_placeholder", "passwords", "secret", False),
    Detector("cli_positional_password", "assignment",
             r"(?:\bht(?:passwd|dbm)(?:[ \t]+-[a-zA-Z]+)+[ \t]+(?:[^\s-][^\s]*[ \t]+)?[^\s]+|"
             r"\bnet[ \t]+user[ \t]+[^\s/]+|\brabbitmqctl(?:\.bat)?[ \t]+(?:add_user|change_password)[ \t]+[^\s]+|"
             r"\bmc[ \t]+alias[ \t]+set[ \t]+[^\s]+[ \t]+[^\s]+[ \t]+[^\s]+|"
             r"\bmosquitto_passwd[ \t]+-b[ \t]+[^\s]+[ \t]+[^\s]+|(?:monitor|control)Role|"
             r"\bsp_addlogin[ \t]+(?:@loginame[ \t]*=[ \t]*)?N?'[^'\r\n]*'[ \t]*,[ \t]*(?:@passwd[ \t]*=[ \t]*)?N?|\bsp_change_users_login[ \t]+N?'Auto_Fix'[ \t]*,[ \t]*N?'[^'\r\n]*'[ \t]*,[ \t]*(?:NULL|N?'[^'\r\n]*')[ \t]*,[ \t]*N?|\bSYSCS_(?:CREATE_USER|RESET_PASSWORD)\([ \t]*'[^'\r\n]*'[ \t]*,|(?m:^)[ \t]*(?:incoming|outgoing)user[ \t]+[^\s]+|"   # SQL Server's Auto_Fix (its 4th); Derby's (user, pw); tgt's incominguser u pw
             r"\bchpasswd\b[^\r\n]*?[A-Za-z0-9_.\-]+:|\bpass(?:in|out)?[ \t]+pass:|-pass(?:in|out)?[ \t]+pass:)"
             r"[ \t]*(?:'([^'\r\n]{3,})'|\"([^\"\r\n]{3,})\"|([^\s\"'/][^\s\"']{2,}))",
             ("htpasswd", "net", "rabbitmqctl", "mc", "chpasswd", "pass:", "mosquitto_passwd", "role", "sp_addlogin", "sp_change_users_login", "syscs_", "incominguser", "outgoinguser"),
             "inline_password", "passwords",
             "password", False),
    Detector("auth_tuple_password", "assignment",
             r"(?i:\b(?:(?:basic_|http_)?auth|creds|credentials)[\"']?[ \t]*[=:][ \t]*(?:\(|\[|HTTPBasicAuth\())[ \t]*[\"'][^\"'\r\n]{1,64}[\"'][ \t]*,[ \t]*"
             r"[\"']([^\"'\r\n]{3,})[\"']|"     # (requests' auth=(u, pw), web3's request_kwargs={"auth": (u, pw)})
             r"(?:(?m:^)|[{,][ \t]*)[ \t]*(?i:auth|rpc_?auth|basic_?auth)[ \t]*[=:][ \t]*[\"'][\w.\-]{1,64}:([^\"'\s]{4,})[\"']",   # electrs' auth = "user:pw", Node's { auth: 'u:pw' }
             ("auth", "creds", "credentials"), "literal", "passwords", "password", False),
    Detector("powershell_securestring", "assignment",
             r"(?i:convertto-securestring[ \t]+(?:-string[ \t]+)?)(?:'([^'\r\n]{3,})'|\"([^\"\r\n]{3,})\"|([^\s'\"$(\-][^\s'\"]{2,}))"
             r"(?:[ \t]+-\w+)*?[ \t]+(?i:-asplaintext)|(?i:convertto-securestring(?:[ \t]+-force)?[ \t]+-asplaintext(?:[ \t]+-force)?[ \t]+(?:-string[ \t]+)?)"
             r"(?:'([^'\r\n]{3,})'|\"([^\"\r\n]{3,})\")|"
             r"(?:'([^'\r\n]{3,})'|\"([^\"\r\n]{3,})\")[ \t]*\|[ \t]*(?i:convertto-securestring\b[^\r\n)]*?-asplaintext)",   # "pw" | ConvertTo-…
             ("convertto-securestring",), "literal", "passwords", "password", False),
    Detector("prose_password_before", "assignment", BEFORE_VALUE.format(n=6) + rf"(?:{BEFORE_GIVES}{PW_NOUNS}|(?i:to[ \t]+(?:log[ \t]?in|sign[ \t]?in|login)\b))|"
             rf"(?:^|[\s>(\"'])(?:(?i:ko)[ \t]+([^\s`\"'<>()\[\]{{}},]{{6,64}})[ \t]+te|[ʻ'‘]?O[ \t]+([^\s`\"'<>()\[\]{{}},]{{6,64}})[ \t]+ka)[ \t]+{PW_NOUNS}",   # "Ko X te kupuhipa", "ʻO X ka ʻōlelo hūnā"
             PW_KEYWORDS + ("log in", "login", "sign in", "signin"), "inline_password", "passwords", "password", False),
    Detector("prose_secret_before", "assignment",
             BEFORE_VALUE.format(n=16) + rf"{BEFORE_GIVES}{SECRET_NOUNS}",
             ("key", "token", "secret", "credential"), "token", "passwords", "secret", False),
    Detector("prose_password_next_line", "assignment",   # "root password for the jump host is\n<password>"
             rf"(?:[\w\-]+[ \t]+){{0,2}}\b{PW_NOUNS}(?:(?:[^:=\r\n]|:[ \t]*[^\s:=]){{0,240}}?(?:[ \t](?i:is|are|ist|est|es|lautet|:)|:)[ \t]*\r?\n(?:[ \t]*|[ \t]*\r?\n){BETWEEN_LINES}(?:{FENCE_LINE})?{VALUE_MARK}|"
             rf"{ARROW_LINE})[`\"']?{WRAPPER_OPEN}?"
             rf"([^\s`\"'][^\s`\"']{{3,}}?)[`\"']?{WRAPPER_CLOSE}[ \t]*(?:\r?\n|$)",
             PW_KEYWORDS, "inline_password", "passwords", "password", False, deny=NOT_GIVEN),
    Detector("prose_secret_next_line", "assignment",   # "the GitHub token is stored below, base32'd:\n\n<value>"
             rf"(?:[\w\-]+[ \t]+){{0,2}}\b{SECRET_NOUNS}{NEXT_LINE}((?:[^\s`\"'()\[\]=,@:\-<]|:[^\s/])(?:[^\s`\"'()\[\]=,@:]|:[^\s/]){{15,}}"
             rf"={{0,6}})[`\"']?{WRAPPER_CLOSE}[ \t]*(?:\r?\n|$)", ("key", "token", "secret", "credential"), "named_value", "passwords", "secret",
             False, deny=(*PROSE_KEY_DENY, *NOT_GIVEN)),   # ("PUBLIC KEY:"; no code, CSV, URL or markup below)
    Detector("prose_login_slash_password", "assignment",   # "login: admin / <password>", "lmadmin console: admin / <password>"
             r"(?i:(?:(?:^|[^/\w])(?:login|user(?:name)?|creds?|credentials|account|inlogg|anmeldung|vpn|ftp|sftp|ssh|rdp|vnc|smb|console|portal|bmc|ipmi|idrac|ilo)|"
             r"логін|логин)(?:[ \t]*[:=]|[ \t]+(?i:for|to)\b[^\r\n:=/]{0,40}?:|\b[^\r\n:=/]{0,60}?[ \t]is)[ \t]*)[^\s/:<>]{1,40}[ \t]*/[ \t]*"    # ... "VPN: jdoe / <pw>", "… login for X is jdoe / <pw>", "login for you: …"
             r"[`\"']?([^\s`\"'/<]{4,})(?:[\s`\"'<]|$)", ("login", "user", "cred", "account", "inlogg", "anmeldung", "логін", "логин",
                                                     "vpn", "ftp", "ssh", "rdp", "vnc", "smb", "console", "portal", "bmc", "ipmi",
                                                     "idrac", "ilo"), "inline_password", "passwords", "password",
             False, trim=".,:;!?"),
    Detector("pgbouncer_userlist", "assignment",   # userlist.txt: "user" "password" (md5/SCRAM entries are hashes)
             r"(?:(?m:^)|\\n|[ \t\"])[ \t]*\\?\"[A-Za-z][\w.@\-]{0,62}\\?\"[ \t]+\\?\"([^\"\\\s]{4,})\\?\""
             r"[ \t]*(?:(?m:$)|\\n|\\?\"$)",    # also as a JSON string holds it (\" and \n)
             ("\" \"", '\\" \\"'), "userlist_password",
             "passwords", "password", False),
    Detector("session_key_constructor", "assignment",   # sessions.NewCookieStore([]byte("…"), []byte("…")), Key::from(b"…")
             r"(?:\b(?:NewCookieStore|securecookie\.New)\([ \t\r\n]*(?:\[\]byte\()?|"
             r"\)[ \t]*,(?:[ \t]*//[^\r\n]*)?[ \t\r\n]*\[\]byte\(|\bKey::(?:from|derive_from|try_from)\([ \t]*&?)"   # (a second key: []byte(…) again;
             # an HMAC's key literal is signing's signing_key_literal)
             r"[bB]?\"([^\"\\\r\n]{16,})\"",
             ("newcookiestore", "securecookie", "key::"), "literal", "passwords", "secret", False),
    Detector("wordpress_application_password", "assignment",   # wp user application-password create … --porcelain
             r"(?i:application[ _\-]passwords?)[^\r\n]*(?:\r?\n[^\r\n]*){0,2}?[\s:\"'=]((?:[A-Za-z0-9]{4} ){5}[A-Za-z0-9]{4})\b",
             ("application",), "recovery_code", "passwords", "password", False),
    Detector("kubectl_secret_output", "assignment",   # kubectl get secret … -o jsonpath=…: the value printed below
             r"\bkubectl\b[^\r\n]*?[ \t]get[ \t]+secrets?\b[^\r\n]*(?:jsonpath|go-template)[^\r\n]*\.(?:data|stringData)\b[^\r\n]*"
             r"\r?\n([^\s$#>]{6,})",
             ("kubectl",), "literal", "passwords", "secret", False),
    Detector("otp_seed_groups", "assignment",   # "2FA seed: 5PW6 KINR JBJP SYLS …": base32 as authenticators show it
             r"(?i:\b(?:seed|secret|2fa|totp|mfa|otp|key)\b)[^:\r\n]{0,60}:[ \t]*(?:\r?\n[ \t]*)?"
             r"((?:[A-Za-z2-7]{4}[ \t]){3,}[A-Za-z2-7]{2,4})\b",
             ("seed", "secret", "2fa", "totp", "mfa", "otp", "key"), "otp_groups", "passwords", "secret", False),
    Detector("uci_option_secret", "assignment",   # OpenWrt: option key 'psk'; option password '…'
             r"\boption[ \t]+(?:key|password|psk|secret|auth_secret|sae_password)[ \t]+['\"]?([^'\"\s]{4,})",
             ("option",), "literal", "passwords", "password", False),
    Detector("cli_user_then_password", "assignment",   # -u user … -p pw (cf, oc, mosquitto_pub), -U user … -P pw (ipmitool)
             r"[ \t]-(?:u|U|-?user(?:name)?)(?:=|[ \t]+)[^\s\-][^\s]*[^\r\n]{0,80}?[ \t]-(?:p|P|-password)(?:=|[ \t]+)"
             r"(?:'([^'\r\n]{3,})'|\"([^\"\r\n]{3,})\"|([^\s\"'\-][^\s\"']{2,}))",
             (" -u", "\t-u", " --user", " -user"), "inline_password", "passwords", "password", False),
    Detector("cli_archive_password", "assignment",   # 7z a -pSECRET, unrar x -pSECRET, arj a -gSECRET, zip -P SECRET, unar -p SECRET
             r"\b(?:7z|7za|7zz|rar|unrar|arj)\b[^\r\n]*?[ \t]-(?:h?p|g)([^\s\-][^\s]{2,})|\b(?:zip\b[^\r\n]*?[ \t]-P|(?:unar|lsar)\b[^\r\n]*?[ \t](?:-p|--password))[ \t]+([^\s\-][^\s]{2,})",
             ("7z", "rar", "arj", "zip", "unar", "lsar"), "literal", "passwords", "password", False),
    Detector("cli_user_colon_password", "assignment",   # etcdctl --user root:pw; impacket's DOMAIN/user:pw@host
             r"[ \t]--user(?:=|[ \t]+)['\"]?[^\s:'\"]{1,64}:([^\s@'\"]{3,})|"
             r"\b(?:secretsdump|psexec|wmiexec|smbexec|atexec|dcomexec|getTGT|GetUserSPNs|impacket-[\w\-]+)(?:\.py)?[ \t]+"
             r"(?:-[\w\-]+(?:[ \t]+[^\s\-][^\s]*)?[ \t]+)*['\"]?(?:[\w.\-]+/)?[\w.\-$]+:"
             r"([^\s'\"]{3,}?)(?:@[^\s@'\"]+)?['\"]?(?:[\s]|$)",    # (an @ in the password: the host is after the last)
             ("--user", "secretsdump", "psexec", "wmiexec", "smbexec", "atexec", "dcomexec",
              "gettgt", "getuserspns", "impacket-"), "literal", "passwords", "password", False),
    Detector("plain_scheme_password", "assignment",   # dovecot passwd-file: user:{PLAIN}pw (CRYPT, SHA… are hashes)
             r"\{(?:PLAIN|CLEARTEXT|CLEAR|PLAIN-TRUNC)\}([^:\s]{3,})", ("{plain}", "{clear"), "literal", "passwords",
             "password", False),
    Detector("snmp_privacy_password", "assignment",   # createUser u SHA "auth" AES "privacy": the second one
             r"\bcreateUser[ \t]+[^\s]+[ \t]+(?:MD5|SHA[\w\-]*)[ \t]+\\?\"?[^\"\\\s]{8,}\\?\"?[ \t]+(?:DES|AES[\w\-]*)[ \t]+\\?\"?([^\"\\\s]{8,})\\?\"?",
             ("createuser",), "literal", "passwords", "password", False),
    Detector("config_file_password", "assignment",   # sendmail AuthInfo "P:pw", snmpd createUser, IOS password 0/7, proftpd
             r"(?:\bAuthInfo:[^\r\n]*?\"P:([^\"\\\r\n]{3,})\\?\"|"
             r"\bcreateUser[ \t]+[^\s]+[ \t]+(?:MD5|SHA[\w\-]*)[ \t]+\\?\"?([^\"\\\s]{8,})\\?\"?|"
             r"\b(?:password|secret)[ \t]+0[ \t]+([^\s\"'\\]{4,})|\bpassword[ \t]+7[ \t]+([0-9]{2}(?:[0-9A-F]{2}){2,})\b|"   # type 7: reversible
             r"\bSQLConnectInfo[ \t]+[^\s]+[ \t]+[^\s]+[ \t]+([^\s\"'\\]{3,}))",   # (a value ends at a quote: JSON, code)
             ("authinfo", "createuser", "password", "secret", "sqlconnectinfo"), "literal", "passwords", "password", False),
    Detector("netsh_key_content", "assignment",   # netsh wlan show profile … key=clear: "Key Content : <psk>"
             r"\bKey Content[ \t]*:[ \t]*([^\r\n]{4,}?)[ \t]*(?:\r?\n|$)", ("key content",), "literal", "passwords",
             "password", False),
    Detector("license_block", "saas",   # ----- BEGIN LICENSE ----- … ----- END LICENSE -----
             r"(-{3,}[ \t]*BEGIN LICEN[CS]E[ \t]*-{3,}[\s\S]{20,1000}?-{3,}[ \t]*END LICEN[CS]E[ \t]*-{3,})",
             ("begin licen",), "not_placeholder", "api_keys", "secret", False),
    Detector("recovery_codes", "assignment",   # GitHub/GitLab/Google recovery codes, one per line under their heading
             r"(?i:recovery|backup)[ \t]+codes?[^\r\n]*\r?\n(?:[ \t]*\r?\n)?[ \t]*([a-z0-9]{4,5}-[a-z0-9]{4,5})[ \t]*(?:\r?\n|$)|"
             r"\n[ \t]*([a-z0-9]{4,5}-[a-z0-9]{4,5})[ \t]*(?:\r?\n|$)",
             ("codes",), "recovery_code", "passwords", "secret", False),
    Detector("jwk_private_member", "private_key",   # a JWK's private members: "d" (and RSA's p, q, dp, dq, qi)
             r"\\?\"kty\\?\"[^{}]{0,1000}?\\?\"(?:d|p|q|dp|dq|qi)\\?\"[ \t]*:[ \t]*\\?\"([A-Za-z0-9_\-]{32,})\\?\"",
             ('"kty"',), "not_placeholder", "private_keys", "private_key", False),
    Detector("secret_beside_its_id", "cloud",   # Credential("AKID…", "<secret>"): the secret as the id's next argument
             r"\b(?:AKIA|ASIA|AKID|LTAI|GOOG1|SK[0-9a-f]{32}\b)[A-Za-z0-9]{0,60}[\"'][ \t]*,[ \t]*[\"']([A-Za-z0-9/+=]{24,64})[\"']",
             ("akia", "asia", "akid", "ltai", "goog1", "sk"), "token", "api_keys", "secret", False),
    Detector("parent_named_key", "assignment",   # "Jwt": {"Key": ...}, license:\n  key: ..., {"type":"HS256","key":...}
             r"(?:(?i:\b(?:jwt|licen[cs]e|hmac|signing|session|cookie|encryption|crypto|crypt|aes))\\?[\"']?[ \t]*(?::|=>)[ \t]*"
             r"(?:[\{\[][^{}\[\]]{0,300}?\\?[\"']|\r?\n(?:[ \t]+[A-Za-z_][\w\-]{0,29}[ \t]*:[^\r\n]{0,80}\r?\n){0,4}[ \t]+)|"
             r"\\?\"type\\?\"[ \t]*:[ \t]*\\?\"HS(?:256|384|512)\\?\"[ \t]*,[ \t]*\\?\")"
             r"(?i:key|secret|signing[_\-]?key|secret[_\-]?key)\\?[\"']?[ \t]*(?::|=>)[ \t]*"
             r"(?:\\?\"([^\"\\\r\n]{8,})\\?\"|'([^'\r\n]{8,})'|([^\s\"'#,{}]{8,}))",
             ("jwt", "licen", "hmac", "signing", "session", "cookie", "encryption", "crypt", "aes", "hs256", "hs384",
              "hs512"), "token", "passwords", "secret", False),
    Detector("key_id_beside_secret", "assignment",   # access_key_id = …, SUMO_ACCESS_ID: …, B2 key id: with its secret only
             r"(?:^|[\s\"'{(,;])(?:(?i:public|private)[ \t]+)?(?i:[\w.\-]*?(?:access[_.\-]?key[_.\-]?id|access[_.\-]?id|application[_.\-]?key[_.\-]?id|"
             r"[A-Za-z0-9][_.\-]key[_.\-]?id|token[_.\-]?id|hmac[_.\-]?id|\bkey|\bak|[_.\-]ak|"
             r"minio[_.\-]?root[_.\-]?user|sasl[_.\-]?username))\\?[\"']?\]?[ \t]*(?:=|:|=>|->)[ \t]*\\?[\"']?"
             r"([A-Za-z0-9+/_\-]{12,100}={0,2})\\?[\"']?(?:[\s,;}\"']|$)",
             ("access", "key", "token", "hmac", "ak", "minio", "sasl"), "unquoted_token", "passwords", "secret", False,
             deny=("client", "public", "private", "kid", *REQUEST_IDS),
             companion=True),   # (a bare key_id, a private_key_id: a JWT's signer, not a login; "key": "anprHmacKey"; wg's "public key: …")
    *assignment("password", PW_WORDS, PW_KEYWORDS, False, 4, "password"),
    *assignment("secret", SECRET_WORDS, SECRET_KEYWORDS, True, 8, "secret"),
    *assignment("key", NAMED_KEY_WORDS, KEY_KEYWORDS, True, 16, "secret", NOT_SECRET_KEYS + NOT_KEY_WORDS),
    *SWITCHES,
    # values a document's structure names: a CSV column, an SQL INSERT column, a Terraform state
    # resource (``pairs``); one per key family, checked as that family's assignments are
    Detector("column_password_value", "assignment", NEVER, PW_KEYWORDS, "inline_password", "passwords",
             "password", False, structural=True),
    Detector("column_secret_value", "assignment", NEVER, SECRET_KEYWORDS, "token", "passwords", "secret", False,
             structural=True),
    Detector("column_key_value", "assignment", NEVER, KEY_KEYWORDS, "token", "passwords", "secret", False,
             structural=True),
)
