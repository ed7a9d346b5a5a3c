"""Passwords a remote call or a protocol line takes by position, with no word for them beside the value:
a login's arguments (Odoo's JSON-RPC ``login``/``authenticate`` and ``execute_kw``, its XML-RPC
``common.login(db, user, pw)``, SQLAlchemy's ``URL.create``, Qt's ``QSqlDatabase::open(user, pw)``,
Sardine's WebDAV ``begin(user, pw)``), WordPress's XML-RPC methods (the password after the user), IRC's
``JOIN #channel key``, Erlang's ``ftp:user(Pid, User, Pw)``, Node's ``Buffer.from(user + ':' + pw)``,
ClickHouse's ``remote(…, 'user', 'pw')`` and ``s3(url, id, secret, …)``, a JAX-WS ``login``'s or session's arg1,
postgresql-simple's ``ConnectInfo``, Nim's db ``open`` and CLSQL's connect spec; a library's call (a key's password,
ODBC's SQLConnect, NodeMCU's Wi-Fi join and MQTT client, Express's cookie secret, Minecraft's RCON, Spring's
DriverManagerDataSource, JSch's addIdentity, phpredis's auth, Keycloak's getInstance, epgsql's connect, IRIS's
Security.Users.Create, cohttp's `Basic (user, pw), pg8000's Connection, the zip crate's by_index_decrypt,
SWI-Prolog's basic(User, pw), a database client's after its host and port), a Steam join link's and a Source RCON auth packet's password, a 1Password field typed concealed; an
INI's ``login=user,pw``; a device's ``LOGIN|user|pw`` frame (NMEA's ``$P…,LOGIN,user,pw``, ``$…,AUTH,id,pw``) and its
login or unlock frame holding an owner's password, a decoded PostgreSQL PasswordMessage, LDAP simple bind, MQTT
CONNECT, SOCKS5 sub-negotiation or DICOM user identity, a login form's body of two fields, EDIFACT's UNB password, a
WebSocket's ``["auth", user, pw]``, SHOUTcast's source line, an X12 header's ISA04, a console's password echoed
after its login or a minicom runscript's answer to it; a capture's escaped bytes (SOCKS5's sub-negotiation, PostgreSQL's
PasswordMessage, rexec's NUL-parted fields; AMQP's Start-Ok and PostgreSQL's PasswordMessage as tcpdump -A prints them; SMPP's bind as bytes; OFTP's
start session) and
Redis's AUTH as a RESP array.
(A file's password a reader takes is ``commands``' key_file_passphrase_call's; a SecureString filled from a
literal is ``forms``' char_array_password's.) In the catalog after ``syntaxes``' table."""
from __future__ import annotations

from .patterns import Detector
from .shapes import OWNER_PASSWORD

_S = r"[ \t]*\"[^\"\r\n]*\"[ \t]*,"                 # a JSON string argument, then its comma
_Q = r"[ \t]*[\"'][^\"'\r\n]*[\"'][ \t]*,"           # a quoted argument of a call, then its comma
# a call's quoted host and its port; then one of its later arguments (a quoted name, a small number, a nil)
_HOST_PORT = r"(?:(?:(?m:^)|[^:\w.])[A-Za-z]|::[A-RT-Z])[\w.]*\([ \t]*[\"'][\w.\-]+[\"'][ \t]*,[ \t]*[0-9]{2,5}[ \t]*,"
_ARG = r"(?:[ \t]*(?:[\"'][^\"'\s]{0,64}[\"']|[0-9]{1,2}|nil|None|null|NULL)[ \t]*,)"
# what no name has (json, gate_ro, mech01, hive_weights): a capital, a mark, a letter after a digit (Roost-7x, tern8812x);
# what no word has: anything but a small letter or '_' (depower_2016, hopper.77)
_NOT_A_NAME = r"(?:[A-Z]|[^\w\s\"'.\-]|[0-9][A-Za-z])"
_NOT_A_WORD = r"[^a-z_\"'\r\n]"


def _quoted(mark: str) -> str:
    """A quoted argument of four or more characters with ``mark`` in it, then its comma or the call's end."""
    return rf"[ \t]*[\"']((?:[^\"'\r\n]{{3,}}{mark}|{mark}[^\"'\r\n]{{3,}}|[^\"'\r\n]+{mark}[^\"'\r\n]{{2,}})[^\"'\r\n]*)[\"'][ \t]*[,)]"


# one XML-RPC <param>: a value of any scalar type, tags apart or on their own lines
_PARAM = r"\s*<param>\s*<value>\s*(?:<(?:string|int|i4)>)?[^<]*(?:</(?:string|int|i4)>)?\s*</value>\s*</param>"
_XML_PW = r"\s*<param>\s*<value>\s*(?:<string>)?([^<\r\n]{4,})<"
# a decoded MQTT CONNECT's payload after its flags: the line after the user name's, a fields=[…] list's last, the
# third of its length-prefixed strings ("[9] cart-0417")
_MQTT_FIELDS = (r"(?:\r?\n[^\r\n]*){0,3}?\r?\n[ \t]*(?i:user[ \t_\-]?name)[ \t]*[:=][ \t]*[^\s]+[ \t]*\r?\n[ \t]*[^\r\n:=]{1,40}[:=][ \t]*([^\s]{3,})|"
                r"[ \t]fields=\[[^,\]\s]+,[ \t]*([^\]\s]{3,})\]|"
                r"(?:\r?\n[^\r\n]*){0,2}?(?:\r?\n[ \t]*\[[0-9]{1,3}\][ \t]+[^\s]+){2}\r?\n[ \t]*\[[0-9]{1,3}\][ \t]+([^\s]{3,})")

_PY_BYTE = r"(?:\\x[0-9a-fA-F]{2}|[^\\\"'\s])"     # one byte of a Python bytes literal
# a short length as a Python bytes literal writes it: escaped (\x06, or 9, 10 and 13 as \t, \n and \r)
_LENGTH_BYTE = r"(?:\\x[0-9a-fA-F]{2}|\\[tnr])"
_HEX_STRING = r"[ \t|]+[0-9a-fA-F]{2}[ \t]+[0-9a-fA-F]{2}[ \t]+'[^'\r\n]*'"   # a length's two bytes in hex, then its string quoted
_RESP = r"(?:\r?\n|\\r\\n)(?:[ \t]*(?:>>>|>>|->|C:|>)[ \t]*)?"   # RESP's line end (or \r\n written out), a capture's mark

RPC: tuple[Detector, ...] = (
    Detector("rpc_login_password", "assignment",
             rf"\"method\"[ \t]*:[ \t]*\"(?:login|authenticate)\"[ \t]*,[ \t]*\"args\"[ \t]*:[ \t]*\[{_S}{_S}[ \t]*\"([^\"\r\n]{{3,}})\"|"
             r"\"method\"[ \t]*:[ \t]*\"execute(?:_kw)?\"[ \t]*,[ \t]*\"args\"[ \t]*:[ \t]*\[" + _S +
             r"[ \t]*[0-9]+[ \t]*,[ \t]*\"([^\"\r\n]{3,})\"|"                         # (db, uid, pw, model, …)
             # a JSON-RPC call's method and its params [user, pw] (Deluge's ["daemon.login", ["user", "pw"], …])
             r"\"(?:[\w.]+\.)?(?:login|authenticate)\"[ \t]*,[ \t]*\[[ \t]*\"[^\"\r\n]*\"[ \t]*,[ \t]*\"([^\"\r\n]{3,})\"|"
             rf"\bcommon\.(?:login|authenticate)\({_Q}{_Q}[ \t]*[\"']([^\"'\r\n]{{3,}})[\"']|"   # Odoo's common.login(db, user, pw)
             rf"\bURL\.create\({_Q}{_Q}[ \t]*[\"']([^\"'\r\n]{{3,}})[\"']|"      # SQLAlchemy's (driver, user, pw, host, …)
             r"\bQSqlDatabase\b(?s:.){0,400}?\.open\([ \t]*\"[^\"\r\n]*\"[ \t]*,[ \t]*\"([^\"\r\n]{3,})\"[ \t]*\)|"   # Qt's open(user, pw)
             # WordPress: wp.getUsersBlogs(user, pw); the other wp.*, metaWeblog.* and mt.* methods (blog or post, user, pw)
             r"<(?:\w+:)?\w*(?:[Ll]ogin|[Ll]ogon|[Aa]uthenticate|[Ss]ession|[Ss]ign[Ii]n)\b[^<>]*>\s*<arg0>[^<]*</arg0>\s*"
             r"<arg1>([^<\s]{3,})</arg1>|"     # a JAX-WS login(user, pw), openSession(user, pw)
             rf"<methodName>wp\.getUsersBlogs</methodName>\s*<params>{_PARAM}{_XML_PW}|"
             rf"<methodName>(?:wp|metaWeblog|mt)\.\w+</methodName>\s*<params>{_PARAM}{_PARAM}{_XML_PW}|"
             r"(?m:^)[ \t]*(?:>>|->|<<|<-|C:|>|:[^\s:]+[ \t]+)?[ \t]*(?:JOIN|/join)[ \t]+[#&][^\s,]+(?:,[#&][^\s,]+)*[ \t]+([^\s,]{3,})[ \t]*(?:\r?\n|$)|"
             rf"\bftp:user\([^,()\r\n]+,{_Q}[ \t]*\"([^\"\r\n]{{3,}})\"|"
             r"\bConnectInfo[ \t]+\"[^\"\r\n]*\"[ \t]+[0-9]+[ \t]+\"[^\"\r\n]*\"[ \t]+\"([^\"\r\n]{3,})\"|"   # Haskell's postgresql-simple
             r"\bSardineFactory\.begin\([ \t]*\"[^\"\r\n]*\"[ \t]*,[ \t]*\"([^\"\r\n]{3,})\"|"   # Sardine's WebDAV login (user, pw)
             # ClickHouse's table functions: remote('host', db, table, 'user', 'pw'), mysql(…), postgresql(…)
             r"\b(?:remote|remoteSecure)\([ \t]*'[^'\r\n]+'[ \t]*,[ \t]*\w+\.\w+[ \t]*,[ \t]*'[^'\r\n]*'[ \t]*,[ \t]*'([^'\r\n]{3,})'|"   # (host, db.table, user, pw)
             r"\b(?:remote|remoteSecure|mysql|postgresql|mongodb)\([ \t]*'[^'\r\n]+'[ \t]*,[ \t]*[^,()\r\n]+,[ \t]*[^,()\r\n]+,"
             r"[ \t]*'[^'\r\n]*'[ \t]*,[ \t]*'([^'\r\n]{3,})'|"
             # ... s3(url, key id, secret, format…): the secret third when a fourth follows (not s3(url, 'CSV', 'a String'))
             r"\b(?:s3|s3Cluster|gcs)\([ \t]*'[^'\r\n]+'[ \t]*,[ \t]*'[^'\s]+'[ \t]*,[ \t]*'([^'\s]{3,})'[ \t]*,[ \t]*'|"
             r"\bBuffer\.from\([ \t]*['\"][^'\"\r\n]+['\"][ \t]*\+[ \t]*['\"]:['\"][ \t]*\+[ \t]*['\"]([^'\"\r\n]{3,})['\"]",   # basic auth's user + ':' + pw
             ("\"login\"", "\"authenticate\"", "\"execute", "common.login(", "common.authenticate(", "url.create(", "qsqldatabase",
              "<methodname>", "<arg0>", "<arg1>", "join", "ftp:user(", "connectinfo", "buffer.from(", "sardinefactory.begin(", "remote(", "remotesecure(", "mysql(",
              "postgresql(", "mongodb(", "s3(", "s3cluster(", "gcs("),
             "literal", "passwords", "password", False),
    # a library's call that takes the password (or its signing secret) by place: cryptography's
    # load_pem_private_key(data, b"pw"), ODBC's SQLConnect(h, dsn, n, user, n, pw, n), NodeMCU's
    # wifi.sta.config(ssid, pw), Express's cookieParser(secret), and the like
    Detector("library_call_password", "assignment",
             r"\bload_(?:pem|der)_private_key\([^\r\n]{1,200}?,[ \t]*(?:password[ \t]*=[ \t]*)?b[\"']([^\"'\r\n]{3,})[\"']|"
             r"\bload_key_and_certificates\([^\r\n]{1,200}?,[ \t]*(?:password[ \t]*=[ \t]*)?b[\"']([^\"'\r\n]{3,})[\"']|"
             r"\bSQLConnect[AW]?[ \t]*\([^;\"]{0,200}\"[^\"\r\n]*\"[^;\"]{0,200}\"[^\"\r\n]*\"[^;\"]{0,200}\"([^\"\r\n]{3,})\"|"
             rf"\bwifi\.sta\.config\({_Q}[ \t]*[\"']([^\"'\r\n]{{8,63}})[\"']|\bwifi\.radio\.(?:start_ap|connect)\({_Q}[ \t]*[\"']([^\"'\r\n]{{8,63}})[\"']|"
             # JayDeBeApi's connect(driver, url, [user, pw], jar)
             r"\bjaydebeapi\.connect\([^\[()]{0,300}\[[ \t]*[\"'][^\"'\r\n]*[\"'][ \t]*,[ \t]*[\"']([^\"'\r\n]{3,})[\"']|"
             r"\bcookieParser\([ \t]*[\"'`]([^\"'`\r\n]{6,})[\"'`]|"
             rf"\bMCRcon\({_Q}[ \t]*[\"']([^\"'\r\n]{{3,}})[\"']|"                 # Minecraft's RCON: (host, pw, port=)
             r"\bDriverManagerDataSource\((?:[ \t\r\n]*\"[^\"\r\n]*\"[ \t]*,){2}[ \t\r\n]*\"([^\"\r\n]{3,})\"|"   # Spring's (url, user, pw)
             r"\bsteam://connect/[^/\s\"'<>]+/([^\s/\"'<>]{3,})|"                           # a game server's join link: …/password
             r"\bSERVERDATA_AUTH\b[^\r\n]*\r?\n(?:[ \t]*[\w ]{1,20}:[^\r\n]*\r?\n){0,3}?[ \t]*Body:[ \t]*([^\s]{3,})[ \t]*(?:\r?\n|$)|"   # Source RCON's auth packet
             r"\bSERVERDATA_AUTH\)?[ \t]+body=['\"]([^'\"\s]{3,})['\"]|"     # ... on one line
             # SSH.NET's new SshClient(host, [port,] user, pw) and its SFTP and SCP clients
             r"\bnew[ \t]+(?:Ssh|Sftp|Scp)Client\([ \t]*\"[^\"\r\n]*\"[ \t]*,(?:[ \t]*[0-9]+[ \t]*,)?[ \t]*\"[^\"\r\n]*\"[ \t]*,[ \t]*\"([^\"\r\n]{3,})\"|"
             # 1Password's op item create/edit: a field typed concealed or password ('label[concealed]=v')
             r"\bop[ \t]+item[ \t]+(?:create|edit)\b[^\r\n]*(?:\\\r?\n[^\r\n]*){0,12}?[\s'\"][\w.\- ]{1,64}\[(?:concealed|password)\]=([^'\"\s]{3,})|"
             # pyftpdlib's authorizer.add_user(user, pw, home)
             r"\bauth(?:orizer)?\.add_user\([ \t]*['\"][^'\"\r\n]+['\"][ \t]*,[ \t]*['\"]([^'\"\r\n]{3,})['\"][ \t]*,|"
             # poplib's apop(user, pw) and pass_(pw)
             r"\.apop\([ \t]*['\"][^'\"\r\n]+['\"][ \t]*,[ \t]*['\"]([^'\"\r\n]{3,})['\"]|\.pass_\([ \t]*['\"]([^'\"\r\n]{3,})['\"]|"
             r"->auth\([ \t]*['\"]([^'\"\r\n]{4,})['\"][ \t]*\)|"     # phpredis's $redis->auth('pw')
             r"\.addIdentity\([ \t]*\"[^\"\r\n]+\"[ \t]*,[ \t]*\"([^\"\r\n]{3,})\"|"     # JSch's addIdentity(key file, passphrase)
             # Nim's db_mysql/db_postgres open(host, user, pw, db); CLSQL's connect '("host" "db" "user" "pw")
             r"\bimport[ \t]+(?:db_connector/)?db_(?:mysql|postgres|odbc)\b(?s:.){0,400}?\bopen\([ \t]*\"[^\"\r\n]*\"[ \t]*,[ \t]*\"[^\"\r\n]*\"[ \t]*,[ \t]*\"([^\"\r\n]{3,})\"|"
             r"\bclsql:connect[ \t]+'\([ \t]*(?:\"[^\"\r\n]*\"[ \t]+){3}\"([^\"\r\n]{3,})\"|"
             r"\bmqtt\.Client\([^,()\r\n]+(?:\([^()\r\n]*\))?,[ \t]*[0-9]+[ \t]*,[ \t]*\"[^\"\r\n]*\"[ \t]*,[ \t]*\"([^\"\r\n]{3,})\"|"   # NodeMCU's (id, keepalive, user, pw)
             # Keycloak's admin client getInstance(url, realm, user, pw, client), epgsql's connect(host, user, pw, …), IRIS's
             # Security.Users.Create(user, roles, pw), cohttp's `Basic (user, pw)`
             rf"\bKeycloak(?:Builder)?\.getInstance\((?:{_S}){{3}}[ \t]*\"([^\"\r\n]{{3,}})\"|"
             rf"\bepgsql:connect\((?:{_S}){{2}}[ \t]*\"([^\"\r\n]{{3,}})\"|"
             rf"\(Security\.Users\)\.Create\((?:{_S}){{2}}[ \t]*\"([^\"\r\n]{{3,}})\"|"
             rf"`Basic[ \t]*\({_S}[ \t]*\"([^\"\r\n]{{3,}})\"[ \t]*\)|"
             # clj-http's {:basic-auth ["user" "pw"]}, Poco's HTTPBasicCredentials creds("user", "pw")
             r":basic-auth[ \t]+\[[ \t]*\"[^\"\r\n]*\"[ \t,]+\"([^\"\r\n]{3,})\"|"
             rf"\bHTTPBasicCredentials[ \t]+\w+[ \t]*[({{]{_S}[ \t]*\"([^\"\r\n]{{3,}})\"|"
             # memcached's ASCII authentication: "set auth 0 0 <n>", then "user password" as the item's data
             r"\bset[ \t]+auth[ \t]+[0-9]+[ \t]+[0-9]+[ \t]+[0-9]+[ \t]*\r?\n[^\w\r\n]{0,4}[\w.@\-]+[ \t]+([^\s]{3,})|"
             # node ssh2's keyboard-interactive handler answering its prompt: finish(['pw'])
             r"keyboard-interactive['\"][^\r\n]*(?:\r?\n[^\r\n]*){0,3}?\bfinish\([ \t]*\[[ \t]*['\"]([^'\"\r\n]{3,})['\"]|"
             # pg8000's native Connection(user, host, database, port, pw); the zip crate's by_index_decrypt(i, b"pw") and
             # by_name_decrypt(name, b"pw"); SWI-Prolog's http_open option authorization(basic(User, 'pw'))
             rf"\bpg8000\.(?:native\.)?Connection\((?:{_Q}){{3}}[ \t]*[0-9]+[ \t]*,[ \t]*[\"']([^\"'\r\n]{{3,}})[\"']|"
             r"\.by_(?:index|name)_decrypt\([^,()\r\n]+,[ \t]*b?\"([^\"\r\n]{3,})\"|"
             r"\bauthorization\([ \t]*basic\([ \t]*[^,()\r\n]+,[ \t]*'([^'\r\n]{3,})'[ \t]*\)",
             ("load_pem_private_key", "load_der_private_key", "load_key_and_certificates", "sqlconnect", "wifi.sta.config", "wifi.radio.", "jaydebeapi.connect",
              "cookieparser(", "mcrcon(", "drivermanagerdatasource(", "steam://connect/", "serverdata_auth", "[concealed]=", "[password]=",
              "keyboard-interactive", ":basic-auth", "httpbasiccredentials", "set auth", "keycloak", "epgsql:connect", "security.users", "`basic", "sshclient(", "sftpclient(", "scpclient(", ".apop(", ".pass_(", ".add_user(", ".addidentity(", "->auth(", "mqtt.client(", "db_", "clsql:connect", "pg8000", "_decrypt(", "basic("), "literal", "passwords", "password", False),
    # a client's positional arguments after a host and its port, then users', databases' names or nils (SSH.NET's
    # SftpClient, redis-py's Redis, InfluxDBClient, clickhouse_driver's Client, Ruby pg's Connection.new; not Net::SMTP's
    # helo): the password is the first later string no name is shaped like, else the last with a digit, a capital or a mark
    Detector("host_port_call_password", "assignment",
             _HOST_PORT + rf"(?:{_ARG}{{1,5}}?{_quoted(_NOT_A_NAME)}|{_ARG}{{1,5}}{_quoted(_NOT_A_WORD)})",
             ("', ", '", '), "password_literal", "passwords", "password", False),
    # an INI's login=user,pw, a YAML's login: [user, pw] (a scanner's or a controller's: the password after the
    # user, options after it); code's login = "user:pw" (to be Base64'd for basic auth)
    Detector("login_pair_password", "assignment",
             r"(?m:^)[ \t]*(?i:login|logon|credentials|creds|unlock)[ \t]*[=:][ \t]*(?:\[[ \t]*)?[\"']?[\w.@\\\-]{1,64}[\"']?,[ \t]*"
             r"[\"']?([^\s,;\"'\[\]]{4,64})[\"']?[ \t]*(?:,[^\r\n]*|\])?\r?(?m:$)|"
             r"\b(?i:login|credentials|creds|userpass|user_pass)[ \t]*=[ \t]*\"[\w.@\-]{1,64}:([^\"\s:]{4,64})\"",   # Swift's let login = "u:pw"
             ("login", "logon", "cred", "unlock"), "unquoted", "passwords", "password", False),
    # a device's login or unlock frame whose field is an owner's password (``$UNL*desk*leadstone.zci789*7F#``, ``UNLK
    # dunnock.zd08e33 0x1F``, ``"SBCP/1 LOGIN rinkB ops Broom.07su48"``): the shape tells it from the frame's other fields
    Detector("device_frame_password", "assignment",
             r"(?:^|[\s>$#<|,\x02\"])[A-Z]{0,4}(?:LOGIN|LOGON|LGN|UNL|UNLK|UNLOCK)[ \t|,;~*](?:[^\s|,;~*<>\"]{1,40}[ \t|,;~*]){0,3}?"
             rf"({OWNER_PASSWORD})(?:[ \t|,;~*<\"\r\n]|$)",
             ("login", "logon", "lgn", "unl"), "owner_password_shape", "passwords", "password", False),
    # a device's login frame (LOGIN|user|pw, LGN,station,user,pw between STX and ETX; NMEA's $P…,LOGIN,user,pw);
    # an X12 interchange header's ISA04, a password when ISA03 says 01
    Detector("login_frame_password", "assignment",
             r"\$[A-Z]{2,6},(?:LOGIN|LOGON|AUTH),[^,*\s]{1,40},([^,*\s]{4,64})[,*]|"   # NMEA's $P…,LOGIN,user,pw (options after)
             r"(?:^|[\s>,|\x02#]|<STX>)(?:LOGIN|LOGON|LGN)[|,;~](?:[^|,;~\s<>]{1,40}[|,;~]){1,2}([^|,;~\s<>*\x00-\x1f]{4,64})(?:[|,;~<*\s\x00-\x1f]|$)|"
             r"\bISA\*[0-9]{2}\*[^*\r\n]{0,10}\*01\*([^*\s]{4,40})[ ]*\*|"
             r"(?m:^)(?:>>|->|C:)[ \t]*([^\s]{4,64})[ \t]*\r?\n(?:<<|<-|S:)[ \t]*OK2\b|"      # SHOUTcast v1: the source's first line, "OK2"
             r"(?m:^)([^\s:]{4,64})[ \t]*\r?\n(?:icy-(?:name|genre|pub|br|url|description):[^\r\n]*\r?\n){2,}|"    # ... or its icy- headers after it
             # a protocol decoder's: PostgreSQL's PasswordMessage, an LDAP simple bind's; EDIFACT's UNB recipient password
             r"\bPasswordMessage\b[^\r\n:]{0,40}:[ \t]*\"([^\"\\\r\n]{3,})(?:\\0)?\"|"
             r"\bauthentication:[ \t]*simple\b[^\r\n]*\r?\n[ \t]*simple:[ \t]*([^\s]{3,})|"
             # a login form's body of two fields posted to a login or session path (f1=user&f2=pw): the second
             r"\bPOST[ \t]+/[^\s?]*(?i:login|logon|session|signin|sign_in|sign-in|auth)[^\s]*[ \t]+HTTP/[0-9.]+\r?\n(?:[^\r\n]+\r?\n){0,12}\r?\n"
             r"[\w.\-\[\]]+=[^&\s]+&[\w.\-\[\]]+=([^&\s]{3,})[ \t]*(?:\r?\n|$)|"
             # ... or its query, sent to one by GET (GET /cgi-bin/login.cgi?u=user&k=pw HTTP/1.1)
             r"\bGET[ \t]+/[^\s?]*(?i:login|logon|session|signin|sign_in|sign-in|auth)[^\s?]*\?[\w.\-\[\]]+=[^&\s]+&[\w.\-\[\]]+=([^&\s]{3,})"
             r"(?:[ \t]+HTTP/|[ \t]*(?:\r?\n|$))|"
             # a decoded SOCKS5 username/password sub-negotiation (RFC 1929): [01] [len=6] user [len=14] pw; Wireshark's PLEN
             r"\[0?1\][ \t]+\[len=[0-9]+\][ \t]+[^\s\[\]]+[ \t]+\[len=[0-9]+\][ \t]+([^\s\[\]]{3,})|"
             r"\bPLEN:[ \t]*[0-9]+[ \t]*\r?\n[ \t]*(?:Password:[ \t]*)?([^\s]{3,})|"
             # a DICOM A-ASSOCIATE's user identity of type 2 (user and passcode): its secondary field
             r"\bUser-Identity-Type:[ \t]*2\b(?:\r?\n[^\r\n]*){1,4}?\r?\n[ \t]*Secondary-field:[ \t]*([^\s]{3,})|"
             r"\bUNB\+(?:[^+'\r\n]*\+){5}([^+:'\r\n]{4,})[+:']|"
             # an MQTT CONNECT whose flags say a user name and a password follow (0xC0 and up): the string after the user
             # name's line, the last of its fields=[user, pw] or of three length-prefixed strings; a capture's ASCII view of
             # one (client id, user, password, each after the two dots of its length)
             rf"\bMQTT[ \t]+CONNECT\b[^\r\n]*?\bflags=0x[c-fC-F][0-9a-fA-F]\b[^\r\n]*(?:{_MQTT_FIELDS})|"
             r"\bMQTT\.{3,6}[^\s.]?\.\.[^\s.]{1,64}\.\.[^\s.]{1,64}\.\.([^\s.][^\s]{2,63})[ \t]*(?:\r?\n|$)|"
             # ... its bytes as a Python literal (b"\x10…MQTT\x04\xc2…"), or as hex with its strings quoted ('MQTT' 04 c2 00 3c | 00 08
             # 'id' | …): the third string after a length of two bytes (no will: the flags below 0x04's bit)
             rf"MQTT\\x0[345]\\x[c-fC-F][0-389abAB]{_PY_BYTE}{{2}}(?:\\x00{_PY_BYTE}[^\\\"'\s]+){{2}}\\x00{_PY_BYTE}([^\\\"'\s]{{3,64}})[\"']|"
             rf"['\"]MQTT['\"][ \t]+0[345][ \t]+[c-fC-F][0-389abAB](?:[ \t]+[0-9a-fA-F]{{2}}){{2}}(?:{_HEX_STRING}){{2}}[ \t|]+[0-9a-fA-F]{{2}}[ \t]+"
             r"[0-9a-fA-F]{2}[ \t]+'([^'\r\n]{3,64})'|"
             # a capture's escaped bytes: SOCKS5's username/password sub-negotiation (\x01, a length, the user, a length, the
             # password) after a greeting offering it (\x05 … \x02) or a line naming it (socks, RFC 1929, port 1080);
             # PostgreSQL's PasswordMessage ('p', a length, the password and its NUL), rexec's port\0user\0password\0command\0
             r"(?:\\x05\\x0[1-9](?:\\x0[0-9a-fA-F])*?\\x02|(?i:socks|rfc[ \t]?1929|:1080\b))[^\r\n]*(?:\r?\n[^\r\n]*){0,3}?"
             rf"\\x01{_LENGTH_BYTE}[^\\'\"\s]{{1,64}}{_LENGTH_BYTE}([^\\'\"\s]{{3,64}})|"
             # PPP's PAP Authenticate-Request (protocol c023, code 1, an id, a length of two bytes, the peer's id and the
             # password, each after its length)
             rf"\\xc0#\\x01{_PY_BYTE}{{3}}{_LENGTH_BYTE}[^\\'\"\s]{{1,64}}{_LENGTH_BYTE}([^\\'\"\s]{{3,64}})|"
             r"(?:^|[\s>'\"])p[ \t]*\\x00\\x00\\x00\\x[0-9a-fA-F]{2}[ \t]*([^\\\s]{3,64})\\x00|(?:^|[\s>])p[ \t]+len=[0-9]+[ \t]+'([^'\\\s]{3,64})(?:\\0)?'|"
             # ZMTP's PLAIN HELLO (the user's, then the password's string, each after its length); kdb+'s handle (hopen `:host:port:user:pw)
             r"\bhopen[ \t]*\(?[ \t]*`:[^:\s`]*:[0-9]{2,5}:[^:\s`]+:([^\s`;)\"]{3,64})|"
             r"'HELLO'[ \t]+[0-9a-fA-F]{2}[ \t]+'[^'\r\n]*'[ \t]+[0-9a-fA-F]{2}[ \t]+'([^'\r\n]{3,})'|"
             r"\brexec\b(?:[^\r\n]*\r?\n){0,3}?[^\r\n]*?(?:^|[\s>])[0-9]{0,5}\\0[\w.\-]{1,32}\\0([^\\\s]{3,64})\\0|"
             # tcpdump -A's dots for bytes: AMQP's Start-Ok (PLAIN, a length, \0user\0pw, its locale), PostgreSQL's PasswordMessage
             # to port 5432 ('p', a length, the password, its NUL)
             r"\bPLAIN\.{4,5}[^.\s]{1,64}\.([^\s]{3,64}?)\.[a-z]{2}_[A-Z]{2}\b|\.5432:[^\r\n]*\r?\n[^\r\n]*?p\.\.\.[^\s]([^.\s]{3,64})\.[ \t]*(?:\r?\n|$)|"
             # SMPP's bind (transmitter, receiver, transceiver) as a bytes literal: its header, the system id, then the password;
             # OFTP's start session (SSID): its 25-character identification code, then the 8-character password
             r"\\x00\\x00\\x00\\x0[129]\\x00\\x00\\x00\\x00(?:\\x[0-9a-fA-F]{2}|[^\\'\"\s]){4}[^\\'\"\s]{1,16}\\x00([^\\'\"\s]{3,64})\\x00|"
             r"(?m:^)[ \t<>]*X[0-9]O[0-9A-Z ]{24}([!-~]{1,8}) *[0-9]{5}[SRB][YN]|"
             # a minicom runscript answering a login: expect "login:", send the user, expect a prompt, send the password
             r"\bexpect[ \t]*\{?[ \t\r\n]*\"(?i:login|username|user)[^\"\r\n]{0,8}\"[ \t\r\n]*\}?[ \t]*\r?\n[ \t]*send[ \t]+\"?[^\s\"]+\"?[ \t]*\r?\n"
             r"[ \t]*expect[ \t]*\{?[ \t\r\n]*\"[^\"\r\n]{1,20}\"[ \t\r\n]*\}?[ \t]*\r?\n[ \t]*send[ \t]+\"?([^\s\"]{3,64})\"?[ \t]*(?:\r?\n|$)|"
             # a console's transcript, the password echoed on the line after the login's (a serial line with echo on)
             r"\blogin:[ \t]*[\w.@\-]{1,64}[ \t]*\r?\n([^\s]{4,64})[ \t]*\r?\n(?:Last[ \t]+login:|Login[ \t]+incorrect|Welcome\b)|"
             r"\[[ \t]*\"(?:auth|login)\"[ \t]*,[ \t]*\"[^\"\r\n]{1,64}\"[ \t]*,[ \t]*\"([^\"\r\n]{4,64})\"[ \t]*\]|"   # a WebSocket's ["auth", user, pw]
             # a connection's tuple: ["sftp", "host.example", "user", "pw", …] (a port may follow the host)
             r"[\[(][ \t]*[\"'](?i:s?ftps?|ssh|scp|smb|webdav|imaps?|pop3s?|smtps?)[\"'][ \t]*,[ \t]*[\"'][\w\-]+(?:\.[\w\-]+)+[\"'][ \t]*,"
             r"(?:[ \t]*[0-9]{2,5}[ \t]*,)?[ \t]*[\"'][^\"'\r\n]{1,64}[\"'][ \t]*,[ \t]*[\"']([^\"'\r\n]{4,64})[\"']",
             ("login", "logon", "lgn", ",auth,", "isa*", "hopen", "icy-name", "\"auth\"", "ok2", "passwordmessage", "simple:", "unb+", "mqtt", "secondary-field", "[len=", "plen:", "post /", "\\x05", "\\x00", "\\x01", "\\xc0#", "rexec", "expect", " len=", "'hello'", "plain.", ".5432:", "oftp", "odette",
              "ftp\"", "ftp'", "ftps\"", "ftps'", "ssh\"", "ssh'", "scp\"", "scp'", "smb\"", "smb'", "dav\"", "dav'", "imap", "pop3", "smtp"),
             "unquoted", "passwords", "password", False),
    # a login's user, then its password, by position: JMX's credentials array, the scylla crate's SessionBuilder.user(u, pw),
    # R's keyring::key_set_with_value(service, user, pw), Virtuoso's DB.DBA.USER_CREATE('u', 'pw'), memcached's ASCII
    # authentication (set auth 0 0 n, then "user pw"), a Teltonika tracker's SMS ("login pw command"), "LOGIN u pw\r\n" sent
    Detector("positional_login_password", "assignment",
             r"\bJMXConnector\.CREDENTIALS[ \t]*,[ \t]*new[ \t]+String\[\][ \t]*\{[ \t]*\"[^\"\r\n]+\"[ \t]*,[ \t]*\"([^\"\r\n]{3,})\"|"
             r"\.user\([ \t]*\"[^\"\r\n]{1,64}\"[ \t]*,[ \t]*\"([^\"\r\n]{3,})\"[ \t]*\)|"
             r"\bkey_set_with_value\([ \t]*(?:service[ \t]*=[ \t]*)?\"[^\"\r\n]*\"[ \t]*,[ \t]*(?:username[ \t]*=[ \t]*)?\"[^\"\r\n]*\"[ \t]*,"
             r"[ \t]*(?:password[ \t]*=[ \t]*)?\"([^\"\r\n]{3,})\"|"
             r"\bUSER_CREATE[ \t]*\([ \t]*'[^'\r\n]+'[ \t]*,[ \t]*'([^'\r\n]{3,})'|"
             # Apache HttpClient's NTCredentials(user, pw, workstation, domain), WordPress's wp_create_user(user, pw, mail), a
             # Huawei modem's AT^AUTHDATA (cid, auth type, PLMN, password, user), a Shelly's Wi-Fi join (/settings/sta?…&key=)
             r"\bnew[ \t]+NTCredentials\([ \t]*\"[^\"\r\n]*\"[ \t]*,[ \t]*\"([^\"\r\n]{3,})\"|"
             r"\bwp_create_user\([ \t]*['\"][^'\"\r\n]*['\"][ \t]*,[ \t]*['\"]([^'\"\r\n]{3,})['\"]|"
             r"\bAT\^AUTHDATA=[0-9]+,[0-9]+,\"[^\"\r\n]*\",\"([^\"\r\n]{3,})\"|/settings/sta\?[^\s]*?[?&]key=([^&\s]{4,})|"
             r"\bset[ \t]+auth[ \t]+[0-9]+[ \t]+[0-9]+[ \t]+[0-9]+[ \t]*(?:\\r\\n)?[ \t]*\r?\n[ \t>]*[^\s\\]+[ \t]+([^\s\\]{3,64})|"
             r"[\"'(]LOGIN[ \t]+[\w.@\-]+[ \t]+([^\s\"'\\]{3,64})(?:\\r)?\\n[\"']|"   # a line protocol's login, written to a socket
             r"[\"“][ \t]*[\w.\-]+[ \t]+([^\s\"]{3,64})[ \t]+(?:getgps|getinfo|getver|getstatus|getio|readio|cpureset|setdigout|getparam|"
             r"setparam|ggps|getrecord|deleterecords|web_connect|fwstats|battery)\b",
             ("jmxconnector", ".user(", "key_set_with_value", "user_create", "set auth", "login ", "ntcredentials", "wp_create_user", "^authdata", "/settings/sta", "getgps", "getinfo", "getver", "getstatus", "getio",
              "readio", "cpureset", "setdigout", "getparam", "setparam", "ggps", "getrecord", "deleterecords", "web_connect", "fwstats",
              "battery"), "inline_password", "passwords", "password", False),
    # Redis's wire protocol: AUTH as a RESP array (*2 $4 AUTH $n pw, or *3 with a user first), the password its last bulk
    # string, raw or as a log escapes it, a capture's marks before each line
    Detector("resp_auth_password", "assignment",
             rf"\$4{_RESP}(?i:AUTH){_RESP}(?:\$[0-9]{{1,3}}{_RESP}[^\s\\]{{1,64}}{_RESP})?\$[0-9]{{1,3}}{_RESP}([^\s\\]{{3,}})",
             ("auth",), "literal", "passwords", "password", False),
)
