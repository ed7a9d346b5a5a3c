"""Where a value is printed or configured beside a secret's name in a shape of its own tool, not in
``name = value``: PHP's ``var_dump`` (``["db_password"]=>`` then ``string(12) "…"``) and ``print_r``
(``[db_password] => …``), a listing's ``path/name - value`` (``bin/magento config:show``) or ``path/name:value``
(``consul kv get -recurse``), phpinfo()'s environment table, nginx's ``set $name "…"``, Tcl's ``set name {…}``
and a few tools' own setting lines like it (Sinatra, Kamailio, TR-069, VoiceXML), a Quarkus profile's
``%prod.name=…``, a Power Query parameter, an SPSS macro, a Stata global, Elixir's ``config :app, :name, "…"``, a
stub's matcher (WireMock's ``"X-Api-Key": {"equalTo": "…"}``), Envoy's inline secret, an Intune OMA-URI setting,
WordPress's keys and salts; and the credentials a protocol or framework gives by place: SMTP's AUTH
LOGIN, Tableau's createsiteusers CSV, SASL PLAIN's ``\\0user\\0password`` (Kafka, AMQP, Exim's
``^user^password``), Spring's ``{noop}`` plain text, brod's ``{:scram_sha_512, user, password}``,
Confluent's ``basic.auth.user.info``, Quarkus's embedded users, a Go router's basic-auth accounts,
Kong's key-auth key; and a desktop's places (mbsync's PassCmd "echo …", an askpass helper, Emacs's
smtpmail-auth-credentials, HexChat's servlist, Samba's user%password, Deluge's auth.login, pinentry's D
line)."""
from __future__ import annotations

from .forms import NAME
from .patterns import Detector

_Q = r"""(?:"([^"\r\n]{4,})"|'([^'\r\n]{4,})')"""          # a quoted value
_BARE_EOL = r"([^\s\"'][^\r\n]{3,}?)[ \t]*(?:\r?\n|$)"       # a bare one to the end of its line
# WordPress's application passwords: six groups of four, spaces kept
_APP_PASSWORD = r"[A-Za-z0-9]{4}(?: [A-Za-z0-9]{4}){5}"
# SASL PLAIN's separator as a trace or a config writes the NUL byte
# a shell printing a value: echo (-n, -e), printf with or without its '%s\n' format
_PRINTS = r"(?:echo|printf)[ \t]+(?:-[neE]{1,3}[ \t]+)?(?:['\"]%s(?:\\n)?['\"][ \t]+)?"
_NUL = r"(?:\\x00|\\000|\\0|\\u0000|\^)"         # (\000: as Wireshark prints it)


def _named(name: str, pattern: str, keywords: tuple[str, ...], validator: str = "literal") -> Detector:
    return Detector(name, "assignment", pattern, keywords, validator, "passwords", "secret", False)


DUMPS: tuple[Detector, ...] = (
    _named("php_dump_secret",
           rf"\[[ \t]*\"{NAME}\"[ \t]*\]=>[ \t]*\r?\n[ \t]*string\([0-9]+\)[ \t]*\"([^\"\r\n]{{4,}})\"|"     # var_dump
           rf"(?m:^)[ \t]*\[{NAME}\][ \t]*=>[ \t]*{_BARE_EOL}",                                              # print_r
           ("]=>", "] =>")),
    _named("listing_dash_secret", rf"(?m:^)[\w./\-]*/{NAME}(?:[ \t]+-[ \t]+|:)([^\s]{{6,}})[ \t]*(?:\r?\n|$)", (" - ", "-recurse"),
           "password_unquoted"),     # (consul kv get -recurse: path:value)
    _named("phpinfo_row_secret",
           rf"<td[ \t]+class=\"e\">[ \t]*{NAME}[ \t]*</td>[ \t]*<td[ \t]+class=\"v\">[ \t]*({_APP_PASSWORD}|[^\s<]{{6,}})[ \t]*</td>",
           ('class="e"',), "password_unquoted"),
    _named("server_variable_secret",
           rf"\bset[ \t]+\${NAME}[ \t]+(?:{_Q}|([^\s\"';]{{4,}})[ \t]*;?[ \t]*(?:\r?\n|$))", ("set $",)),
    # a tool's own way to define a named value: Power Query's parameter ("…" meta [IsParameterQuery=true]),
    # an SPSS macro (DEFINE !name () '…' !ENDDEFINE), a Stata global
    _named("tool_defined_secret",
           rf"{NAME}[^\r\n\"]{{0,20}}(?:\r?\n[ \t]*|[ \t]*=[ \t]*)\"([^\"\r\n]{{6,}})\"[ \t]+meta[ \t]+\[[ \t]*IsParameterQuery|"
           rf"\bDEFINE[ \t]+!{NAME}[ \t]*\([^()\r\n]*\)[ \t]*{_Q}|"
           rf"(?m:^)[ \t]*global[ \t]+{NAME}[ \t]+(?:\"([^\"\r\n]{{4,}})\"|`\"([^\"\r\n]{{4,}})\"')",
           ("isparameterquery", "define !", "global ")),
    _named("profile_property_secret", rf"(?m:^)[ \t]*%[\w\-]+\.{NAME}[ \t]*[=:][ \t]*([^\s]{{4,}})[ \t]*(?:\r?\n|$)", ("%",),
           "password_unquoted"),
    # a tool's own setting syntax: Tcl's set name {…}, Sinatra's set :name, '…', Kamailio's #!substdef
    # "!NAME!…!", a TR-069 parameter dump's "Name  string  …", VoiceXML's <var name=… expr="'…'"/>, a
    # template's <Parameter Name=… Default="…"/>, FileMaker's Set Variable [ $name ; Value: "…" ], SIMPL+'s
    # #DEFAULT_VALUE name "…", a PDF form's /T (name) /V (…)
    _named("tool_setting_secret",
           rf"\bset[ \t]+(?:::)?{NAME}[ \t]+(?:\{{([^{{}}\s]{{4,}})\}}|\"([^\"\r\n]{{4,}})\")[ \t]*(?:;|\r?\n|$)|"
           rf"\bset[ \t]+:{NAME}[ \t]*,[ \t]*{_Q}|#!substdefs?[ \t]+\"!{NAME}!([^!\r\n]{{4,}})!|"
           rf"\b{NAME}[ \t]+(?:xsd:)?string[ \t]+([^\s]{{4,}})[ \t]*(?:\r?\n|$)|"
           rf"<(?:var|assign)[ \t]+name=\"{NAME}\"[ \t]+expr=\"'([^'\"\r\n]{{4,}})'\"|"
           rf"\b(?i:name)=\"{NAME}\"[^<>\r\n]{{0,120}}?\b(?i:default(?:value)?)=\"([^\"\r\n]{{4,}})\"|"
           rf"\bSet[ \t]+Variable[ \t]*\[[ \t]*\$\$?{NAME}[ \t]*;[ \t]*Value:[ \t]*\"([^\"\r\n]{{4,}})\"|"
           rf"#DEFAULT_VALUE[ \t]+{NAME}[ \t]+\"([^\"\r\n]{{4,}})\"|/T[ \t]*\({NAME}\)[ \t]*/V[ \t]*\(([^()\r\n]{{4,}})\)",
           ("set ", "#!subst", "string", "expr=", "default", "/t")),
    # an Intune profile's OMA-URI setting as JSON: the URI's last segment names the secret, its "value" holds it
    _named("oma_uri_secret", rf"\"(?i:omaUri)\"[ \t]*:[ \t]*\"[^\"\r\n]*/{NAME}\"[^{{}}]{{0,200}}?\"(?i:value)\"[ \t]*:[ \t]*{_Q}",
           ("omauri",)),
    _named("elixir_config_secret", rf"\bconfig[ \t]+:[\w.]+[ \t]*,[ \t]*:{NAME}[ \t]*,[ \t]*{_Q}", ("config :",)),
    _named("stub_matcher_secret",
           rf"\"{NAME}\"[ \t]*:[ \t]*\{{[ \t]*\"(?:equalTo|equals|eq|value|matches|contains)\"[ \t]*:[ \t]*\"([^\"\r\n]{{4,}})\"",
           ("equalto", "\"equals\"", "\"eq\"", "\"value\"", "\"matches\"", "\"contains\"")),
    _named("envoy_inline_secret", r"\bsecret:[ \t]*\r?\n[ \t]+inline_(?:string|bytes):[ \t]*(?:\"([^\"\r\n]{4,})\"|'([^'\r\n]{4,})'|"
           r"([^\s\"'][^\s]{3,}))[ \t]*(?:\r?\n|$)", ("inline_string", "inline_bytes")),
    # WordPress's keys and salts (wp-config.php's define(), an env's WORDPRESS_…, a device's set SHOP_AUTH_KEY=…): 64
    # printable characters from its generator, any mark but the quote around them, or all of the line's end unquoted
    # (a code-shaped run no other rule takes for a value)
    Detector("wordpress_key_salt", "assignment",
             r"(?i:\b(?:[A-Z]+_)?(?:SECURE_AUTH|LOGGED_IN|AUTH|NONCE)_(?:KEY|SALT))['\"\]]?[ \t]*(?:,|=>?|:)[ \t]*"
             r"(?:'([!-&(-~]{64})'|\"([!#-~]{64})\"|([!-~]{64})[ \t]*(?:\r?\n|$))",
             ("_key", "_salt"), None, "passwords", "secret", False),   # (the sample's stand-in has spaces)
    Detector("sasl_plain_password", "assignment",
             rf"(?i:\bplain(?:[^\w\-]|$)|\bsasl|client_send|auth_bytes|startok)[^\r\n]{{0,120}}(?:\r?\n[^\r\n]{{0,120}}?)?"   # (not Confluence's plain-text-body)
             rf"{_NUL}[^\s\\^\"']{{1,64}}{_NUL} ?([^\s\\^\"']{{4,}})",
             ("plain", "sasl", "client_send", "auth_bytes", "startok"), "literal", "passwords", "password", False),
    # SMTP's AUTH LOGIN: the line after the server's "334 UGFzc3dvcmQ6" (base64 of "Password:"), as sent or
    # as a log decodes it; Tableau's createsiteusers CSV (user, password, …) under the line that names it
    Detector("exchange_password_line", "assignment",
             r"\b334[ \t]+UGFzc3dvcmQ6(?:[ \t]+\(?Password:\)?)?[ \t]*\r?\n[ \t]*(?:C:|>+|<+|-->)?[ \t]*([^\s]{3,})|"   # (a log may gloss it)
             r"\bcreatesiteusers\b[^\r\n]*\r?\n(?:[ \t]*#[^\r\n]*\r?\n)*[ \t]*[^,\s#]+,([^,\s]{4,}),",
             ("ugfzc3dvcmq6", "createsiteusers"), "literal", "passwords", "password", False),
    # a desktop's own places: a password command that only echoes it (mbsync's PassCmd, himalaya's auth.cmd), an
    # askpass helper's echo, Emacs's smtpmail-auth-credentials, HexChat's servlist B=, Samba's user%password,
    # Deluge's auth.login, pinentry's Assuan D line, mount_smbfs's //user:password@
    Detector("desktop_placed_password", "assignment",
             r"(?i:passcmd|auth\.cmd|passwordeval|password_?command|pass_?cmd)[\"']?[ \t]*=?[ \t]*[\"']?(?:echo|printf)[ \t]+['\"]?([^\s\"']{4,})|"
             rf"askpass[^\r\n]*\r?\n(?:[ \t]*#[^\r\n]*\r?\n)*[ \t]*{_PRINTS}"
             r"(?:'([^'\r\n]{4,})'|\"([^\"\r\n]{4,})\"|([^\s'\"$`%-][^\s'\"$`]{3,})[ \t]*(?:\r?\n|$))|"   # (bare: "echo pw", not "echo $PW")
             # ... a script that only prints it, named as the askpass on a line after it (cat ~/bin/ask.sh; SSH_ASKPASS=…)
             rf"#![^\r\n]*\r?\n[ \t]*{_PRINTS}(?:'([^'\r\n]{{4,}})'|\"([^\"\r\n]{{4,}})\")[ \t]*\r?\n"
             r"(?:[^\r\n]*\r?\n){0,2}?[^\r\n]*?(?i:askpass)|"
             r"smtpmail-auth-credentials[^\r\n(]*(?:\r?\n[ \t]*)?'?\(\([ \t]*\"[^\"\r\n]*\"[ \t]+[0-9]+[ \t]+\"[^\"\r\n]*\"[ \t]+\"([^\"\r\n]{4,})\"|"
             r"servlist\.conf[^\r\n]*\r?\n(?:[^\r\n]*\r?\n){0,8}?B=([^\r\n]{4,})|"
             r"\buser(?:name)?=[^%,\s&=;]+%([^,\s]{3,})|"
             r"\"method\"[ \t]*:[ \t]*\"auth\.login\"[ \t]*,[ \t]*\"params\"[ \t]*:[ \t]*\[[ \t]*\"([^\"\r\n]{4,})\"|"
             r"\bGETPIN\b[^\r\n]*\r?\n[ \t]*(?:<-|S:)?[ \t]*D[ \t]+([^\s]{3,})|"
             r"\bmount_smbfs[ \t]+(?:-[^\s]+[ \t]+)*['\"]?//[^:/@\s]+:([^@\s]{3,})@",
             ("passcmd", "auth.cmd", "passwordeval", "password_command", "passwordcommand", "pass_cmd", "passcmd", "askpass",
              "smtpmail-auth-credentials", "servlist.conf", "username=", "auth.login", "getpin", "mount_smbfs"),
             "literal", "passwords", "password", False),
    Detector("placed_password", "assignment",
             r"[\"']\{noop\}([^\"'\r\n]{4,})[\"']|"                                                     # Spring: plain text
             r"\bsasl:[ \t]*\{[ \t]*:(?:plain|scram_sha_256|scram_sha_512)[ \t]*,[ \t]*\"[^\"\r\n]*\"[ \t]*,[ \t]*\"([^\"\r\n]{4,})\"|"
             r"\bbasic\.auth\.user\.info[ \t]*[=:][ \t]*[^\s:=]+:([^\s\"']{4,})|"                        # Confluent
             r"\bquarkus\.security\.users\.embedded\.users\.[\w.\-]+[ \t]*=[ \t]*([^\s]{4,})|"
             r"\bBasicAuth\([^\r\n]*?(?:map\[string\]string|gin\.Accounts)[ \t]*\{[ \t]*\"[^\"\r\n]{1,64}\"[ \t]*:[ \t]*\"([^\"\r\n]{4,})\"|"
             r"\bBasicAuth\(func\([^\r\n]*\r?\n?[^\r\n]*?\b(?:p|pass|pw|password)[ \t]*==[ \t]*\"([^\"\r\n]{4,})\"|"     # echo's validator
             r"/key-auth\b[^\r\n]*?[ \t](?:-d|--data(?:-urlencode)?)[ \t]+[\"']?key=([^\s&\"']{8,})",
             ("{noop}", "sasl:", "basic.auth.user.info", "quarkus.security.users", "basicauth(", "key-auth"),
             "literal", "passwords", "password", False),
)
