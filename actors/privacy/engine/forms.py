"""Where a language or a tool gives a value to a secret's name in a form of its own: a Lisp pair
``("API_KEY" . "v")``, a CLI library's default (``env = "API_KEY", default_value = "v"``,
``option("--api-key", default="v")``), meson and Spring defaults, Erlang tuples, Odin constants,
dune's env stanza, ``lxc config set … environment.NAME v``, ``??=``, editor options, a CSV whose row
names the variable, a note whose line is the name and the next the value, a shell, REPL or debugger
printing a named variable, a Markdown table row naming a secret; and the files and commands of
particular tools whose place says the value is a password (GRUB, Cisco OSPF/HSRP keys, Synology, rsync
and stunnel secrets files, Erlang cookies, unzip, qpdf, FreeIPA, file-encryption tools, consoles and
their prompts, a cracked hash's plain text); an HTTP header a client sets in code; a UI test typing a
password; a password an API takes as characters or by its place (``"…".toCharArray()``, the keychain's
kSecValueData, SQLCipher); a user:password after an authentication option; a password given to a
hashing call; a map of users to their passwords."""
from __future__ import annotations

from .patterns import AUTH_SCHEMES, KEY_TAIL, NL, NOT_SECRET_KEYS, PW_WORDS, REQUEST_IDS, SECRET_PROMPT, SECRET_WORDS, Detector
from .services import VALUE

# a name that says secret or password (``API_KEY``, ``db_password``, ``mz_ingestion_key``)
NAME = rf"(?i:[\w.\-]*?(?:{SECRET_WORDS}|{PW_WORDS}|[_.\-]key){KEY_TAIL})"
QV = r"""(?:\\?"([^"\\\r\n]{6,})\\?"|'([^'\r\n]{6,})')"""   # a quoted value (in a JSON string: \"…\")
BARE = r"""([^\s"'()\[\]{}<>,;\\]{6,})"""                       # a bare one (in a JSON string: up to its \n)
# a variable's name as a note writes it (SMTP_PASSWORD, AGORA_APP_CERTIFICATE)
# a registry's login that reads a user, then a password, from its standard input
_ASKS_USER_THEN_PASSWORD = (r"(?:(?:npm|yarn|pnpm)[ \t]+(?:adduser|login)|mix[ \t]+hex\.user[ \t]+auth|"
                            r"rebar3[ \t]+hex[ \t]+user[ \t]+auth|gem[ \t]+signin)")
UPPER_NAME = r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:KEY|TOKEN|SECRET|PASSWORD|PASS|PWD|CERTIFICATE)(?:_[A-Z0-9]+)*"
# a header that carries a credential: Authorization, or a hyphenated name with key, token, auth or
# secret in it (X-AIO-Key, Api-Key; a "cache_key" in a tuple is no header)
HEADER = (r"(?i:authorization|\w*-[\w\-]*(?:key|token|auth|secret)[\w\-]*|"
          r"[\w\-]*(?:key|token|auth|secret)\w*-[\w\-]*)")

def _form(name: str, pattern: str, *keywords: str) -> Detector:
    """One form, run only on texts holding its own rare literal (a big alternation of secret names
    without a literal before it would be tried at every position of every text)."""
    return Detector(name, "assignment", pattern, keywords, "unquoted_token", "passwords", "secret", False)


FORMS: tuple[Detector, ...] = (
    _form("lisp_pair_secret", rf"\([ \t]*[\"']{NAME}[\"'][ \t]+\.[ \t]+{QV}", '" . ', "' . "),      # ("K" . "v")
    _form("cli_default_secret",
          rf"\benv[ \t]*=[ \t]*\"{NAME}\"[ \t]*,[ \t]*default_value[ \t]*=[ \t]*{QV}|"                # clap
          rf"\b(?:option|add_argument)\([ \t]*[\"']-*{NAME}[\"'][ \t]*,(?:[^()\r\n]*?,)?[ \t]*(?:default|value)[ \t]*[=:][ \t]*{QV}|"
          rf"\benv(?:\.str)?\([ \t]*[\"']{NAME}[\"'][ \t]*,[ \t]*default[ \t]*=[ \t]*{QV}",           # django-environ's env("K", default=…)
          "default_value", "option(", "add_argument(", "env(", "env.str("),                          # click, meson, argparse, django-environ
    # a literal a secret's variable falls back to, whatever it reads first (``fallback_{}_value``: the
    # secret's own name before the fallback): pw = process.env.OVERRIDE || '…', ?? '…', env.get("X") or "…"
    _form("fallback_default_secret", rf"\b{NAME}[ \t]*[:=][ \t]*[^\r\n=;]{{1,80}}?(?:\|\||\?\?|[ \t]or)[ \t]*{QV}",
          "||", "??", ' or "', " or '"),
    # a .NET Settings.Designer.cs property: its default given in the attribute above the name
    Detector("settings_default_secret", "assignment",
             rf"\bDefaultSettingValue(?:Attribute)?\([ \t]*@?{QV.replace('{6,}', '{4,}')}[ \t]*\)\][ \t]*\r?\n"
             rf"(?:[ \t]*\[[^\]\r\n]*\][ \t]*\r?\n){{0,3}}[ \t]*public[ \t]+(?:[\w.:]+[ \t]+)?[\w.:<>]+[ \t]+{NAME}\b",
             ("defaultsettingvalue",), "inline_password", "passwords", "secret", False),
    # "paste <v> into the NAME field"; an interactive prompt answered on its line
    # ("? What's the value of NAME? <v>", wrangler's "✔ Enter a secret value: … <v>")
    Detector("named_field_value", "assignment",
             rf"(?i:\b(?:paste|enter|put|type|add)[ \t]+)([A-Za-z0-9+/_\-=.]{{12,}})[ \t]+(?i:into|in)[ \t]+(?i:the[ \t]+|your[ \t]+)?"
             rf"[`*]{{0,2}}{NAME}[`*]{{0,2}}[ \t]+(?i:field|box|input|variable|setting)|"
             rf"(?m:^)[ \t]*[?✔✓][ \t]+[^\r\n]{{0,80}}?{NAME}[^\r\n]{{0,40}}?[?:][ \t]*(?:…|\.\.\.)?[ \t]*([^\s…]{{6,}})[ \t]*(?:\r?\n|$)",
             ("paste", "enter", "put", "type", "add", "?", "✔", "✓"), "inline_password", "passwords", "secret", False),
    _form("placeholder_default_secret", rf"\$\{{(?:oc\.env:)?{NAME}(?::-?|,)([^}}\s]{{6,}})\}}", "${"),   # Spring ${name:default}, shell's :-, OmegaConf's ${oc.env:NAME,default}
    _form("tuple_secret", rf"\{{[ \t]*{NAME}[ \t]*,[ \t]*{QV}[ \t]*\}}", "_key,", "_secret,", "_token,",
          "_password,", "_key ,", "_secret ,", "_token ,"),                                          # Erlang {name, "v"}
    _form("erlang_binary_secret", rf"\{{[ \t]*{NAME}[ \t]*,[ \t]*<<\"([^\"\r\n]{{6,}})\">>", "<<\""),   # {default_pass, <<"v">>}
    # a CI log's "Setting environment variable 'K' to value 'v'"; SQL's "set value='v' where key='K'"
    _form("variable_to_value_secret", rf"(?i:variable)[ \t]+[\"']?{NAME}[\"']?[ \t]+(?i:to)[ \t]+(?i:value[ \t]+)?{QV}",
          "to value", "variable"),
    _form("sql_value_where_secret", rf"(?i:\bset[ \t]+[\w`\"]{{1,30}}[ \t]*=[ \t]*){QV}[ \t]+(?i:where)[ \t]+[\w`\"]{{1,30}}[ \t]*=[ \t]*[\"']{NAME}[\"']",
          "where"),
    _form("lisp_def_secret", rf"\(def(?:once|var|const|parameter)?[ \t]+(?:\^:?[\w\-]+[ \t]+)?{NAME}\s+{QV}", "(def"),  # Clojure
    _form("module_attribute_secret", rf"(?m:^)[ \t]*@{NAME}[ \t]+{QV}", "@"),                           # Elixir's @name "v"
    _form("heredoc_secret", rf"{NAME}[ \t]*=[ \t]*<<-?[A-Z_]+[ \t]*\r?\n[ \t]*{BARE}[ \t]*\r?\n[ \t]*[A-Z_]+\b", "<<"),  # HCL
    _form("tcl_env_secret", rf"\bset[ \t]+(?:::)?env\({NAME}\)[ \t]+(?:{QV}|{BARE})", "set env(", "set ::env("),   # Tcl
    _form("constant_secret", rf"(?:^|[\s;\"])\b{NAME}[ \t]*::[ \t]*{QV}", ' :: "', " :: '", ' :: \\"'),   # Odin
    _form("stanza_secret", rf"\([ \t]*{NAME}[ \t]+{BARE}[ \t]*\)", "env-vars"),                  # dune (env-vars (K v))
    _form("environment_key_secret", rf"\benvironment\.{NAME}[ \t]+{BARE}", "environment."),      # lxc config set
    _form("substituted_variable_secret",     # Bamboo's log: Substituting variable: ${bamboo.K} with v
          rf"(?i:substituting[ \t]+variable):?[ \t]*\$\{{(?:[\w\-]+\.)*{NAME}\}}[ \t]+(?i:with)[ \t]+{BARE}",
          "substituting variable"),
    _form("nullish_assignment_secret", rf"{NAME}[ \t]*\?\?=[ \t]*{QV}", "??="),                 # x.K ??= 'v'
    _form("editor_option_secret", rf"\bset-option[ \t]+(?:-add[ \t]+)?\w+[ \t]+{NAME}[ \t]+{BARE}", "set-option"),
    _form("csv_named_secret", rf"(?m:^)[^,\r\n]{{1,40}},{NAME},{BARE}[ \t]*(?:,|\r?\n|$)", "variable,", "name,value",
          "key,value"),                                                                               # …,NAME,value
    _form("name_line_secret",
          r"(?:(?m:^)|<div>|\\n|[\" \t])[ \t]*(?:#[ \t]*)?[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:KEY|TOKEN|SECRET|PASSWORD)[ \t]*(?:</div>)?"
          r"(?:\r?\n|\\n|<div>)[ \t]*(?:[A-Z][A-Z0-9]{0,7}[ \t]*=[ \t]*)?([A-Za-z0-9+/=_\-.~]{16,})[ \t]*(?:</div>|\r?\n|\\n|$)",   # NAME / value lines (or "P34 = …" under "# NAME")
          "_key\n", "_token\n", "_secret\n", "_password\n", "_key\\n", "_token\\n", "_secret\\n",
          "_password\\n", "</div><div>"),
    # a hosting UI's variable copied out ("Key: OMNISEND_API_KEY", a line, the value), a Genesys flow's lit: "…"
    _form("ui_variable_secret", rf"(?i:key|name|variable|oma-uri)[ \t]*:[ \t]*(?:[^\s]*/)?{NAME}[ \t]*\r?\n(?:[^\r\n]{{0,80}}\r?\n){{0,2}}?"
          r"[ \t]*(?:(?i:value)[ \t]*:[ \t]*|lit:[ \t]*[\"'])?([A-Za-z0-9+/=_\-.~]{16,})[\"']?[ \t]*(?:\r?\n|$)", "key:", "name:", "variable:", "oma-uri:"),
    # a Group Policy registry preference: name="OKTA_API_TOKEN" … value="…" (not a form's anti-forgery token)
    Detector("attribute_pair_secret", "assignment", rf"\bname=\"{NAME}\"[^>\r\n]{{0,300}}?\bvalue=\"([^\"\r\n]{{8,}})\"",
             ('name="',), "unquoted_token", "passwords", "secret", False, deny=NOT_SECRET_KEYS),
    # a variable's name and its value side by side in a chat ("JWT_SECRET 0cIg_…", a config's "#NAME v", a JSON
    # comment's "VideoVisitJwtSecret v"), or assigned in backticks
    _form("name_beside_secret", r"(?:^|[\s:#\"])(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:KEY|TOKEN|SECRET|PASSWORD)|"
          r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*_(?:key|token|secret|password)(?:_(?:value|string|str))?|"   # ... or as code names it
          r"(?:[A-Z][a-z0-9]+){2,}(?:Key|Token|Secret|Password))[ \t]+"
          r"([A-Za-z0-9+/=_\-.~:]{16,})(?:[ \t\"]|\r?\n|$)", "key ", "token ", "secret ", "password ", "_value ", "_string ", "_str "),
    _form("backticked_assignment_secret", rf"`{NAME}=([^`\s]{{6,}})`", "=", ),
    # a shell or REPL that prints a named variable, its value on the next line (``echo $DB_PASSWORD``,
    # ``> process.env.API_TOKEN`` / ``'v'``, irb's ``=> "v"``, IPython's ``Out[3]: 'v'``, R's ``[1] "v"``)
    _form("printed_variable_secret",
          rf"(?:\becho[ \t]+\"?\$\{{?{NAME}\}}?\"?|\bprintenv[ \t]+{NAME}|\bprocess\.env\.{NAME}|"
          rf"(?:\((?:dlv|gdb|lldb|Pdb)\)|ipdb>)[ \t]*(?:print|p|pp|po)[ \t]+(?:[\w\->]+\.)*{NAME}|"   # a debugger's print
          rf"(?:\bprocess\.env|\bos\.environ|\bENV)\[[\"']{NAME}[\"']\]|\$env:{NAME}|"
          rf"\b(?:os\.environ\.get|os\.getenv|System\.getenv|Sys\.getenv|getenv|ENV\.fetch)\([ \t]*[\"']{NAME}[\"'][^)\r\n]*\))\)?;?[ \t]*\r?\n"
          rf"[ \t]*(?:=>[ \t]*|Out\[[0-9]+\]:[ \t]*|\$[0-9]+[ \t]*==?>?[ \t]*|\[1\][ \t]*)?(?:{QV}[^\r\n]*|{BARE}[ \t]*)(?:\r?\n|$)",
          "echo", "printenv", "process.env", "environ", "env[", "$env:", "getenv", "env.fetch", "print", ") p "),
    # files named for secrets, printed by head: "==> /etc/sv/api/env/JWT_SECRET <==" (an envdir), each
    # one's content on the next line (a cat of one is the catted_* detectors')
    _form("printed_file_secret",
          rf"==>[ \t]+[^\r\n<>]*?\b{NAME}[ \t]+<==[ \t]*\r?\n[ \t]*(?:{QV}|{BARE})[ \t]*(?:\r?\n|$)", "<=="),
    # a template parameter named for a secret, its default a few lines below (CloudFormation, SAM, Helm values)
    _form("parameter_default_secret", rf"(?:(?m:^)|\\n|[\s\"'])[ \t]*{NAME}[ \t]*:[ \t]*{NL}(?:[ \t]+[\w\-]+[ \t]*:(?:[^\r\n\\]|\\[^n])*{NL}){{0,4}}?"
          rf"[ \t]+(?:Default|default|Value|value)[ \t]*:[ \t]*(?:{QV}|{BARE})", "default:", "value:"),
    # a spreadsheet's row, the name in one cell and the value in the next (OpenDocument's content.xml,
    # Excel's XML Spreadsheet, an HTML table)
    _form("spreadsheet_cell_secret",
          rf">[ \t]*{NAME}[ \t]*</(?:text:p|Data|t|td)>[ \t]*(?:</(?:table:table-cell|Cell|c)>)?[ \t\r\n]*"
          rf"<(?:table:table-cell|Cell|c|td)\b[^>\r\n]{{0,160}}>[ \t\r\n]*(?:<(?:text:p|Data|t|is)\b[^>\r\n]{{0,80}}>)?[ \t]*{BARE}[ \t]*</",
          "table:table-cell", "<cell", "<td", "<c "),
    # Composer's auth.json: a host's token under the kind of auth it is
    _form("composer_auth_token", r"\"(?:bearer|github-oauth|gitlab-token|gitlab-oauth|bitbucket-oauth)\"[ \t]*:[ \t]*\{[ \t\r\n]*"
          r"\"[^\"\r\n]+\"[ \t]*:[ \t]*\"([^\"\r\n]{6,})\"", '"bearer"', '"github-oauth"', '"gitlab-token"', '"gitlab-oauth"'),
    _form("set_item_env_secret", rf"\bSet-Item[ \t]+(?:-Path[ \t]+)?[\"']?Env:{NAME}[\"']?[ \t]+(?:-Value[ \t]+)?(?:{QV}|{BARE})",
          "set-item"),                                                                                # PowerShell's Env: drive
    # an HTTP header a client sets in code: ``.header("Authorization", "v")``, ``DefaultRequestHeaders.Add(
    # "X-Api-Key", "App v")``, Swift's ``setValue("v", forHTTPHeaderField: "X-AIO-Key")``
    Detector("code_header_value", "auth_header",
             # (the call or pair ends after the value: not a tuple of header names, ("authorization", "x-amz-date", …))
             # (the value may be wrapped: HeaderValue::from_static("…"); any scheme word: OAuth, api-key)
             rf"[\"']{HEADER}[\"'][ \t]*(?:,|=>)[ \t]*(?:[\w:.]+\([ \t]*)?[\"'](?:[A-Za-z][\w\-]{{1,20}}[ \t]+)?([^\"'\s]{{12,}})[\"'][ \t]*[)\]}}]|"
             rf"\bsetValue\([ \t]*\"(?:{AUTH_SCHEMES}[ \t]+)?([^\"\s]{{12,}})\"[ \t]*,[ \t]*"
             rf"forHTTPHeaderField:[ \t]*\"{HEADER}\"",
             ("authorization", "key", "token", "auth", "secret"), "token", "api_keys", "token", False, deny=REQUEST_IDS),
    # a header given as a name/value pair: ClickHouse's <name>Authorization</name><value>…</value>, an
    # n8n credential's {"name": "Authorization", "value": "…"}, a YAML list's name: / value:, Envoy's
    # key: / value: (a header may be called just "key", as GreyNoise's is), a Prefect block's "data": {"value": …}
    Detector("header_pair_value", "auth_header",
             rf"(?:(?i:name|key)\\?[\"']?[ \t]*[:=>][ \t]*\\?[\"']?{HEADER}|(?m:^)[ \t]*key:[ \t]*[\"']?(?:{HEADER}|(?i:key|token|apikey)))\\?[\"']?(?:</(?i:name)>)?[ \t]*,?[ \t\r\n]*"
             rf"(?:\"data\"[ \t]*:[ \t]*\{{[ \t\r\n]*)?(?:-[ \t]*)?(?:<|\\?[\"'])?(?i:value)\\?[\"']?[ \t]*[:=>][ \t]*\\?[\"']?(?:(?:{AUTH_SCHEMES}|[A-Za-z][\w\-]{{1,24}})[ \t]+)?"
             rf"([^\"'<\s\\#][^\"'<\s\\]{{11,}})",      # (not a template's #variable#)
             ("authorization", "key", "token", "auth", "secret"), "token", "api_keys", "token", False),
    # a value with its variable's name after it in parentheses: a note's "`v` (SMTP_PASSWORD)", a chat's
    # "v (that is the AWS_SECRET_ACCESS_KEY)"
    Detector("value_then_name", "assignment",
             r"(?:^|[\s:`\"'(])[`\"']?([A-Za-z0-9+/_\-.~!@#$%^&*=]{8,})[`\"']?[ \t]+\((?i:(?:that[ \t]+is|this[ \t]+is|it[ \t]+is|"
             r"i\.e\.)[ \t]+)?(?i:the[ \t]+)?`?" + UPPER_NAME + r"`?\)|"
             # ... or the name first, the value in parentheses: a changelog's "Rotated the leaked NAME (v)"
             r"\b" + UPPER_NAME + r"`?[ \t]*\(`?([A-Za-z0-9+/_\-=.]{16,})`?\)|"
             # ... or in the comment after it: a dashboard's "key: v  # SMTP_PASSWORD"
             r"[:=][ \t]*[\"']?([^\s\"'#;]{6,})[\"']?[ \t]+(?:#|//|;)[ \t]*" + UPPER_NAME +
             r"[ \t]*(?:\r?\n|$)|"
             # ... or in the statement that stores it: COBOL's MOVE 'v' TO WS-DB-PASSWORD, SQL's SET col = 'v' WHERE key = 'NAME'
             r"\bMOVE[ \t]+'([^'\r\n]{6,})'[ \t]+TO[ \t]+[A-Z0-9\-]*?[_\-](?:KEY|TOKEN|SECRET|PASSWORD|PASS|PWD)\b|"
             r"(?i:\bset[ \t]+\w+[ \t]*=[ \t]*)'([^'\r\n]{6,})'\s+(?i:where[ \t]+\w+[ \t]*=[ \t]*)"
             r"'" + UPPER_NAME + "'",
             ("_key", "_token", "_secret", "_password", "_pass", "_pwd", "_certificate", "-key", "-token", "-secret", "-password", "-pass", "-pwd"),
             "inline_password", "passwords", "secret", False),
    # a secret scanner's own report of what it found: TruffleHog's "Raw result: <value>"
    Detector("scanner_found_value", "assignment", r"(?m:^)[ \t]*(?:Raw result|RawV2)[ \t]*:[ \t]*([^\s]{6,})[ \t]*(?:\r?\n|$)",
             ("raw result", "rawv2"), "literal", "passwords", "secret", False),
    Detector("tool_file_password", "assignment",
             r"\bmessage-digest-key[ \t]+\d+[ \t]+md5[ \t]+(?:[07][ \t]+)?" + VALUE + r"|"      # Cisco OSPF
             r"\bline[ \t]+(?:vty|con|aux)\b[^\r\n]*\r?\n(?:[ \t]+[^\r\n]*\r?\n){0,4}?[ \t]+password[ \t]+(?:[07][ \t]+)?"
             + VALUE + r"|"                                                                     # IOS line password
             r"\bauthentication(?:-key|[ \t]+(?:md5[ \t]+)?key-string)[ \t]+(?:[07][ \t]+)?" + VALUE + r"|"   # HSRP, OSPF
             r"(?m:^)[ \t]*(?:standby|vrrp|glbp)[^\r\n]*?\bauthentication[ \t]+text[ \t]+" + VALUE + r"|"   # HSRP, VRRP, GLBP
             r"\bsynouser[ \t]+--(?:setpw|add)[ \t]+[^\s]+[ \t]+" + VALUE + r"|"                   # Synology
             r"\bsc(?:\.exe)?[ \t]+config\b[^\r\n]*?[ \t]password=[ \t]*" + VALUE + r"|\bcmdkey\b[^\r\n]*?[ \t]/pass:" + VALUE + r"|"
             r"\bksetup[ \t]+/setcomputerpassword[ \t]+" + VALUE + r"|\bzmprov[ \t]+(?:sp|setPassword)[ \t]+[^\s]+[ \t]+" + VALUE + r"|"
             r"\bconfig:system:set[ \t]+[\w\-]*pass\w*[ \t]+--value(?:=|[ \t]+)" + VALUE + r"|"    # Nextcloud's occ
             r"\bmega-login[ \t]+[^\s]+[ \t]+" + VALUE + r"|\bset-single-user-credentials[ \t]+[^\s]+[ \t]+" + VALUE + r"|"   # NiFi's
             r"\bchangepass\.pl[ \t]+[^\s]+[ \t]+[^\s]+[ \t]+" + VALUE + r"|"       # Webmin's: its config, the user, the password
             r"\bMPD_HOST=[\"']?([^@\"'\s]{4,})@|"                                                # mpd's password@host
             r"(?i:publish\.password)[^\r\n]*\r?\n(?:[ \t]*#[^\r\n]*\r?\n)*[ \t]*[\w.@\-]+[ \t]+([^\s#]{4,})|"   # Wowza
             r"\bfilebrowser(?:[ \t]+-[\w\-]+(?:[ \t=]+[^\s\-][^\s]*)?)*[ \t]+users[ \t]+(?:add|update)[ \t]+[^\s]+[ \t]+" + VALUE + r"|"
             r"\bunzip\b[^\r\n]*?[ \t]-P[ \t]*" + VALUE + r"|"
             r"\bpdf\w+\b[^\r\n]*?[ \t]-[ou]pw[ \t]+" + VALUE + r"|"                                  # poppler's tools
             r"\bsteamcmd\S*[^\r\n]*?\+login[ \t]+[^\s+]+[ \t]+" + VALUE + r"|\bsunshine\b[^\r\n]*?--creds[ \t]+[^\s]+[ \t]+" + VALUE + r"|"
             r"(?:tacacs|radius)-server\b[^\r\n]*?[ \t]key[ \t]+(?:[07][ \t]+)?" + VALUE + r"|"        # Cisco AAA servers' keys
             r"(?m:^)[ \t]*Method[ \t]*=[ \t]*plain[ \t]*\r?\n[ \t]*Hash[ \t]*=[ \t]*" + VALUE + r"|"   # ZNC's plain "hash"
             r"\brasdial[ \t]+(?:\"[^\"\r\n]+\"|[^\s\"]+)[ \t]+[^\s/]+[ \t]+" + VALUE + r"|\bbw[ \t]+unlock[ \t]+(?:'([^'\r\n]{3,})'|\"([^\"\r\n]{3,})\"|([^\s\"'\-{}][^\s\"'{}]{2,}))(?:[\s)]|$)|"
             r"\bdscl\b[^\r\n]*?[ \t]-passwd[ \t]+[^\s]+[ \t]+" + VALUE + r"|\bteamserver[ \t]+[^\s]+[ \t]+" + VALUE + r"|"
             r"\bnikto\b[^\r\n]*?[ \t]-id[ \t]+[^:\s]+:" + VALUE + r"|"
             r"\bKEY[ \t]FOUND![ \t]*\[[ \t]*([^\]\s]{3,})[ \t]*\]|VALID[ \t]LOGIN:[ \t]*[^\s:]+:" + VALUE + r"|"   # aircrack-ng, kerbrute
             r"\bjohn[ \t]+--show\b[^\r\n]*\r?\n[\w.\-$]+:([^\s:]{3,}):|"                          # john's cracked shadow line
             r"\bhttps?[ \t][^\r\n]*?[ \t]['\"]?[\w\-]*(?i:auth|key|token|secret)[\w\-]*:([^\s'\"/][^\s'\"]{11,})|"   # HTTPie's Header:value
             r"\bmkpasswd(?:[ \t]+-(?:m|S|R|-method|-salt|-rounds)[ \t=]+[^\s]+|[ \t]+-(?:[a-ln-zA-QT-Z]|[a-zA-Z]{2,}))*[ \t]+" + VALUE + r"|"
             r"\bdoveadm[ \t]+pw\b[^\r\n]*?[ \t]-p[ \t]+" + VALUE + r"|(?m:^)ftp>[ \t]*user[ \t]+[^\s]+[ \t]+" + VALUE + r"|"
             r"(?m:^)[ \t]*user[ \t]*=[ \t]*[\w.\-]+:" + VALUE + r"|"                                  # coturn's user=name:pw
             r"\bnpm[ \t]+config[ \t]+set[ \t]+[^\s]*:_(?:password|authToken|auth)[ \t]+" + VALUE + r"|"
             r"\bdrone[ \t]+secret[ \t]+(?:add|update)\b[^\r\n]*?[ \t]--data[ \t=]+" + VALUE + r"|"
             r"\bhtpasswd[ \t]+-[a-zA-Z]*(?:n[a-zA-Z]*b|b[a-zA-Z]*n)[a-zA-Z]*[ \t]+[^\s\-][^\s]*[ \t]+" + VALUE + r"|"   # -nb user pw
             r"\bcurlftpfs\b[^\r\n]*?user=[^:\s,]+:" + VALUE + r"|\bMIGRATE\b[^\r\n]*?[ \t]AUTH(?:2[ \t]+[^\s]+)?[ \t]+" + VALUE + r"|"
             r"\bHELLO[ \t]+[23][ \t]+AUTH[ \t]+[^\s]+[ \t]+" + VALUE + r"|"                               # Redis
             r"\bdtexec\b[^\r\n]*?[ \t]/(?i:de(?:crypt)?)[ \t]+" + VALUE + r"|\bSqlPackage\b[^\r\n]*?[ \t]/(?:tp|TargetPassword):" + VALUE + r"|"
             r"\bnssm[ \t]+set[ \t]+[^\s]+[ \t]+ObjectName[ \t]+[^\s]+[ \t]+" + VALUE + r"|\bJSignPdf\b[^\r\n]*?[ \t]-ksp[ \t]+" + VALUE + r"|"
             r"(?m:^)[\w.\-]+:9898:[^:\s]+:([^\s:]{4,})[ \t]*(?m:$)|"                                  # pgpool's pcppass
             r"\bsendEmail\b[^\r\n]*?[ \t]-xp[ \t]+" + VALUE + r"|"
             r"\bcf[ \t]+auth[ \t]+[^\s]+[ \t]+" + VALUE + r"|\bdotnet[ \t]+dev-certs\b[^\r\n]*?[ \t](?:-p|--password)[ \t]+" + VALUE + r"|"
             r"(?m:^)[ \t]*socks[45][ \t]+[\w.:\-]+[ \t]+[0-9]{1,5}[ \t]+[^\s#]+[ \t]+" + VALUE + r"|"   # proxychains
             r"\bpihole[ \t]+-a[ \t]+-p[ \t]+" + VALUE + r"|\b(?:ttyd|gotty)\b[^\r\n]*?[ \t](?:-c|--credential)[ \t]+[^:\s]+:" + VALUE + r"|"
             r"\bab\b[^\r\n]*?[ \t]-[AP][ \t]+[^:\s]+:" + VALUE + r"|"                                   # ApacheBench's auth
             r"\bsecurity[ \t]+(?:import|export)\b[^\r\n]*?[ \t]-P[ \t]+" + VALUE + r"|\bmcrcon\b[^\r\n]*?[ \t]-p[ \t]+" + VALUE + r"|"
             r"\bcaddy[ \t]+hash-password\b[^\r\n]*?--plaintext[ \t]+" + VALUE + r"|\bslappasswd\b[^\r\n]*?[ \t]-s[ \t]+" + VALUE + r"|"
             r"\btransmission-remote\b[^\r\n]*?[ \t](?:-n|--auth)[ \t]+[^:\s]+:" + VALUE + r"|"
             r"\bhadoop[ \t]+credential[ \t]+create\b[^\r\n]*?[ \t]-value[ \t]+" + VALUE + r"|"        # file encryption's keys:
             r"\b(?:zpaq\b[^\r\n]*?[ \t]-key|ccrypt\b[^\r\n]*?[ \t]-K|mcrypt\b[^\r\n]*?[ \t]-k|aescrypt\b[^\r\n]*?[ \t]-p)[ \t]+"
             + VALUE + r"|\bset_password[ \t]+(?:vnc|spice)[ \t]+" + VALUE + r"|"                      # QEMU's monitor
             r"(?i:\bconnect)[ \t]+(?:remote|plocal|memory):[^\s]+[ \t]+[^\s]+[ \t]+" + VALUE + r"|"      # OrientDB's console
             r"\bsmbclient[ \t]+//[^\s]+[ \t]+([^\s\-\"'][^\s\"']{2,})|\bhydra\b[^\r\n]*?[ \t]-p[ \t]+" + VALUE + r"|"
             r"\bmkstore\b[^\r\n]*?-createCredential[ \t]+[^\s]+[ \t]+[^\s]+[ \t]+" + VALUE + r"|"
             r"(?m:^)localclient:[0-9a-fA-F]{8,}:[0-9]{1,2}[ \t]*\r?\n(?:[^\r\n]*\r?\n)*?[\w.\-]+:([^\s:]{3,}):[0-9]{1,2}[ \t]*(?m:$)|"   # Deluge
             r"\bdeluge-console\b[^\r\n]*?\bconnect[ \t]+[^\s;\"']+[ \t]+[^\s;\"']+[ \t]+([^\s;\"']{3,})|"
             r"\bqpdf[ \t]+--encrypt[ \t]+" + VALUE + r"|\bqpdf[ \t]+--encrypt[ \t]+[^\s]+[ \t]+" + VALUE + r"|"
             r"\bipa-(?:server|replica)-install\b[^\r\n]*?[ \t]-[pa][ \t]+(?:[\"']?\$[^\s]+[ \t]+(?:[^\r\n]*?[ \t])?-[pa][ \t]+)?" + VALUE + r"|"
             r"(?:\brsyncd\.secrets|\bstunnel/[^\s]*psk[^\s]*|\bradicale/users|\bdeluge/auth|\.erlang\.cookie)[^\r\n]*"
             r"(?:\r?\n[ \t]*#[^\r\n]*)*\r?\n[ \t]*(?:[\w.@\-]+:)?([^\s:]{6,})(?::\d+)?[ \t]*(?:\r?\n|$)",
             ("message-digest-key", "line vty", "line con", "line aux", "authentication", "synouser", "sc config", "sc.exe", "cmdkey", "ksetup", "zmprov", "config:system:set",
              "mega-login", "set-single-user-credentials", "changepass.pl", "mpd_host", "publish.password", "filebrowser", "unzip",
              "-upw", "-opw", "socks4", "socks5", "cf auth", "dev-certs", "steamcmd", "sunshine", "tacacs-server", "radius-server",
              "= plain", "dtexec", "sqlpackage", "nssm", "jsignpdf", ":9898:", "sendemail", "rasdial", "bw unlock", "mkpasswd", "doveadm", "ftp>", "user=", "npm config", "drone secret", "htpasswd", "curlftpfs",
              "migrate ", "hello 3", "hello 2", "dscl", "teamserver", "nikto", "input text", "key found", "valid login",
              "john --show", "http get", "http post", "http put", "http patch", "https get", "https post",
              "pihole", "ttyd", "gotty", "ab ", "security", "mcrcon", "caddy", "slappasswd", "transmission-remote", "deluge-console",
              "hadoop", "zpaq", "ccrypt", "mcrypt", "aescrypt", "set_password", "connect", "hydra", "mkstore", "localclient:", "smbclient",
              "qpdf", "ipa-", "rsyncd", "stunnel", "radicale", "deluge", "erlang.cookie"), "literal", "passwords",
             "password", False),
    # a password a tool types or takes in a form of its own: a desktop automation's keystrokes (AutoHotkey,
    # AutoIt's raw flag, pyautogui, xdotool), a command that echoes it (impala-shell's password_cmd), an
    # Office file's password (msoffcrypto-tool, VBA's Protect/Unprotect), a SIP phone's register,
    # imapsync's numbered passwords, OpenWrt's uci Wi-Fi key, omero's -w, cloud-init's chpasswd list,
    # Shiro's [users], a pppd pap/chap-secrets line (an echo piped into a tool: ``cli_piped_password``; a
    # here-string: ``here_string_to_login``)
    Detector("typed_or_piped_password", "assignment",
             r"\bSendRaw[ \t,]+([^\s;][^\r\n;]{5,}?)[ \t]*(?:\r?\n|$)|\bSend\([ \t]*\"([^\"\r\n]{6,})\"[ \t]*,[ \t]*1[ \t]*\)|"
             r"\bpyautogui\.(?:write|typewrite)\([ \t]*[\"']([^\"'\r\n]{6,})[\"']|\bxdotool[ \t]+type[ \t]+(?:--[\w\-]+(?:[ \t]+[0-9]+)?[ \t]+)*" + VALUE + r"|"
             r"(?:password_cmd[ \t]*=|--password-command[ \t=])[ \t]*[\"']?echo[ \t]+(?:-n[ \t]+)?([^\s\"']{3,})|"   # (restic's too)
             r"\bomero[ \t]+login\b[^\r\n]*?[ \t]-w[ \t]+" + VALUE + r"|"
             r"\bchpasswd:[ \t]*\r?\n[ \t]+list:[ \t]*\|?[ \t]*\r?\n[ \t]+[\w.\-]+:([^\s]{4,})|"   # cloud-init's first entry
             r"\[users\][ \t]*\r?\n(?:[ \t]*#[^\r\n]*\r?\n)*[ \t]*[\w.@\-]+[ \t]*=[ \t]*([^\s,#]{3,}[0-9][^\s,#]*|[^\s,#]*[0-9][^\s,#]{3,})[ \t]*(?:,|\r?\n|$)|"   # Shiro: user = pw, role; svnserve's passwd
             r"\bmsoffcrypto-tool\b[^\r\n]*?[ \t](?:-p|--password)[ \t]+" + VALUE + r"|"
             r"\.(?:Unprotect|Protect|protect)[ \t]*\(?[ \t]*(?:Password[ \t]*:=[ \t]*)?(?:\"([^\"\r\n]{3,})\"|'([^'\r\n]{3,})')|"
             r"\blinphonec\b[^\r\n]*?\bregister[ \t]+[^\s\"]+[ \t]+[^\s\"]+[ \t]+([^\s\"']{3,})|"
             r"[ \t]--password[12][ \t=]+" + VALUE + r"|\buci[ \t]+set[ \t]+wireless\.[^\s=]+\.key=" + VALUE + r"|"
             r"(?m:^)[ \t]*\"[^\"\r\n]+\"[ \t]+\*[ \t]+\"([^\"\r\n]{4,})\"[ \t]+(?:\*|[0-9.]+)[ \t]*(?m:$)",
             ("sendraw", "send(", "pyautogui", "xdotool", "password_cmd", "password-command", "omero", "chpasswd:", "[users]", "msoffcrypto", "protect", "linphonec", "--password1",
              "--password2", "uci", '" *', '"  *', '"\t*'), "inline_password", "passwords", "password", False),
    # a password a program's call takes by position or as its own option: an HTTP client's basic auth,
    # MATLAB/Octave's ftp(host, user, pw), Stata's password("…"), pexpect answering a password prompt,
    # WebLogic's connect(user, pw, url), SAP GUI scripting's password field, the keychain's kSecValueData,
    # SQLCipher's getWritableDatabase("…"), Android's addAccountExplicitly(account, "…", …), node-forge's
    # pkcs12FromAsn1(asn1, "…"), libcurl's CURLOPT_PASSWORD, ADO's Open; and a
    # protocol's field for one: OFX's <USERPASS>, Orthanc's RegisteredUsers, FIX Logon's 554 and 925
    Detector("call_argument_password", "assignment",
             r"\b(?:HTTPBasicAuth|BasicAuth|HTTPDigestAuth|DigestAuth)\([ \t]*[\"'][^\"'\r\n]{1,64}[\"'][ \t]*,[ \t]*[\"']([^\"'\r\n]{3,})[\"']|"
             r"\bftp\([ \t]*'[^'\r\n]+'[ \t]*,[ \t]*'[^'\r\n]+'[ \t]*,[ \t]*'([^'\r\n]{3,})'|"
             r"\bftp_login\([^,()]+,[ \t]*[\"'][^\"'\r\n]+[\"'][ \t]*,[ \t]*[\"']([^\"'\r\n]{3,})[\"']|"
             r"\bnew[ \t]+PrincipalContext\([^;\r\n]*?,[ \t]*\"[^\"\r\n]*\"[ \t]*,[ \t]*\"([^\"\r\n]{3,})\"[ \t]*\)|"    # .NET's AD context
             r"\b(?:ldap_bind|ldap_simple_bind_s|simple_bind_s|simple_bind|bind_s|bind|Bind)\((?:[ \t]*\$?\w+[ \t]*,)?[ \t]*[\"'][^\"'\r\n]*[=@][^\"'\r\n]*[\"'][ \t]*,[ \t]*[\"']([^\"'\r\n]{3,})[\"']|\bpassword\([ \t]*\"([^\"\r\n]{3,})\"[ \t]*\)|"
             rf"\b(?:expect|read_until)\((?:[^)\r\n]*(?i:{SECRET_PROMPT})[^)\r\n]*\)|[^)\r\n]*(?i:login|ogin:|user)[^)\r\n]*\)[ \t]*\r?\n"
             r"[ \t]*[\w.]+\.(?:sendline|write)\([^)\r\n]*\)[ \t]*\r?\n[ \t]*[\w.]+\.(?:expect|read_until)\([ \t]*b?[\"'][^\"'\r\n]*:[ \t]*[\"'][ \t]*\))"
             r"[ \t]*\r?\n[ \t]*[\w.]+\.(?:sendline|write)\([ \t]*b?[\"']"   # (or the answer to the prompt ending in ':' after the login's)
             r"([^\"'\r\n\\]{3,})(?:\\[rn])*[\"']|"            # pexpect's sendline, telnetlib's write after the prompt
             r"\b[A-Za-z]\w*\((?:[ \t]*[\"'][^\"'\s]{1,64}[\"'][ \t]*,){0,3}[ \t]*[\"'](?:[0-9]{1,3}(?:\.[0-9]{1,3}){3}|[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,})(?:\([0-9]{2,5}\)|:[0-9]{2,5})?[\"'][ \t]*,[ \t]*[\"'][^\"'\s]{1,64}[\"'][ \t]*,"
             r"[ \t]*(?:[\"']([^\"'\r\n]{4,})[\"'][ \t]*\)|[\"']([^\"'\s]{4,})[\"'][ \t]*,[ \t]*[0-9]{2,5}[ \t]*[,)])|"   # Firewall(address, user, pw), NAPALM's driver(…), pyunifi's Controller(…, port); pymqi's connect(qmgr, channel, "host(port)", user, pw)
             r"\b[A-Z][\w.]*\([ \t]*[\"'][^\"'\s@]+@[^\"'\s]+[\"'][ \t]*,[ \t]*[\"']([^\"'\r\n]{6,})[\"'][ \t]*\)|"   # Client("me@x", "pw")
             r"\b[A-Z][\w.]*\([ \t]*[\"'](?:https?|jdbc:[a-z0-9]+)://[^\"'\s]+[\"'][ \t]*,[ \t]*[\"'][^\"'\s]{1,64}[\"'][ \t]*,[ \t]*[\"']([^\"'\r\n]{4,})[\"'][ \t]*\)|"   # Client(url, user, pw)
             r"\bwith_user_and_password\([ \t]*\"[^\"\r\n]*\"(?:\.into\(\)|\.to_string\(\))?[ \t]*,[ \t]*\"([^\"\r\n]{3,})\"|"   # async-nats
             r"\bdbConnect\([^,()\r\n]*(?:\([^()\r\n]*\))?[ \t]*,[ \t]*\"[^\"\r\n]*\"[ \t]*,[ \t]*\"([^\"\r\n]{3,})\"|"   # R's DBI: driver, user, password
             r"\.decrypt\([ \t]*[\"']([^\"'\r\n]{4,})[\"'][ \t]*\)|"                                              # a PDF reader's decrypt
             r"\.basic_auth\([ \t]*\"[^\"\r\n]*\"[ \t]*,[ \t]*Some\([ \t]*\"([^\"\r\n]{3,})\"|"                 # Rust's reqwest
             r"\b(?:ftplib\.FTP(?:_TLS)?|imap_open|arcpy\.SignInToPortal|DirectoryEntry|\.OpenDSObject|NotesFactory\.createSession)\([ \t]*(?:'[^'\r\n]*'|@?\"[^\"\r\n]*\")[ \t]*,[ \t]*"   # (x, user, pw)
             r"(?:'[^'\r\n]*'|@?\"[^\"\r\n]*\")[ \t]*,[ \t]*['\"]([^'\"\r\n]{3,})['\"]|"
             r"\.ConnectServer\((?:[ \t]*(?:'[^'\r\n]*'|\"[^\"\r\n]*\")[ \t]*,){3}[ \t]*['\"]([^'\"\r\n]{3,})['\"]|"   # WMI: server, namespace, user, pw
             r":basic,[ \t]*(?:'[^'\r\n]*'|\"[^\"\r\n]*\")[ \t]*,[ \t]*['\"]([^'\"\r\n]{3,})['\"]|"   # Faraday's request :authorization, :basic, u, pw
             r"\bRunAs(?:Wait)?\([ \t]*\"[^\"\r\n]*\"[ \t]*,[ \t]*[^,()\r\n]+,[ \t]*\"([^\"\r\n]{3,})\"|"   # AutoIt's RunAs(user, domain, pw, …)
             r"(?:['\"]auth(?:_basic)?['\"][ \t]*=>|\bhttp_basic_authentication:)[ \t]*\[[ \t]*['\"][^'\"\r\n]*['\"][ \t]*,[ \t]*['\"]([^'\"\r\n]{3,})['\"]|"   # Guzzle's 'auth' => [u, pw], Symfony's auth_basic, open-uri's
             # a registry's login that asks a user, then a password, on its standard input: printf 'u\npw\n' |,
             # printf '%s\n' u pw |, a heredoc of the two lines
             rf"\bprintf[ \t]+'[^'\\\r\n]+\\n([^'\\\r\n]{{3,}})\\n[^'\r\n]*'[ \t]*\|[ \t]*{_ASKS_USER_THEN_PASSWORD}|"   # (npm's: user, pw, mail)
             rf"\bprintf[ \t]+['\"]%s\\n['\"][ \t]+[^\s|;&'\"]+[ \t]+['\"]?([^\s|;&'\"]{{3,}})['\"]?[ \t]*\|[ \t]*{_ASKS_USER_THEN_PASSWORD}|"
             rf"{_ASKS_USER_THEN_PASSWORD}[^\r\n<|]*<<-?[ \t]*['\"]?\w+['\"]?[ \t]*\r?\n[^\r\n]+\r?\n([^\s]{{3,}})[ \t]*\r?\n|"
             r"\b(?i:credentials)\([ \t]*(?:\"[^\"\r\n]*\"[ \t]*,[ \t]*){2,3}\"([^\"\r\n]{3,})\"[ \t]*\)|\bmake_rest_request\([ \t]*(?:'[^'\r\n]*'[ \t]*,[ \t]*){3}'([^'\r\n]{3,})'|\b(?:Create|AddPassword)Async\([^,()\r\n]+,[ \t]*\"([^\"\r\n]{3,})\"|\bUsernamePasswordCredential\([ \t\r\n]*(?:[^,()\r\n]+,[ \t\r\n]*){3}['\"]([^'\"\r\n]{3,})['\"]|\bQNetworkProxy[ \t]*\w*\((?:[^,()\r\n]+,){4}[ \t]*\"([^\"\r\n]{3,})\"|(?i:\bconnect[ \t]+to\b[^;\r\n]*?[ \t]user[ \t]+)[^\s/;]+/([^\s;'\"/]{3,})|\((?:user|operator|login|account)[ \t]+\"[^\"\r\n]+\"[ \t]+\"([A-Za-z][^\"\s]{3,59}[0-9][^\"\s]{0,30})\"|"   # sbt's, LWP's: (realm, host, user, pw); APEX's (url, method, user, pw); ASP.NET Identity's (user, pw); Azure's, Qt's proxy's, ECPG's user/pw; an s-expression's (user "u" "pw")
             r"\{[ \t]*:basic[ \t]*,[ \t]*\"[^\":\r\n]*:([^\"\r\n]{3,})\"|"                                # Elixir Req's auth: {:basic, "u:pw"}
             r"\bx-azblob,https?://[^,\s]+,([^,\s]{8,}),(?:read|write|readwrite)\b|"     # vcpkg's binary cache: url, SAS, mode
             r"\b(?:bot|client)\.run\([ \t]*[\"']([^\"'\s]{6,})[\"'][ \t]*\)|"                       # discord.py's bot.run(token)
             r"\bnew[ \t]+(?:Telegraf|TelegramBot)\([ \t]*[\"']([^\"'\s]{6,})[\"']|"                   # a Telegram bot's token
             r"\bclient\.login\([ \t]*[\"']([^\"'\s]{6,})[\"'][ \t]*[,)]|"                         # matrix-nio's login(password)
             r"\[api\][^\[]{0,200}?(?m:^)key[ \t]*=[ \t]*([^\s]{6,})|"                               # zuliprc's key
             r"\b[A-Z]\w*\([ \t]*[\"'][^\"'\s]{1,64}[\"'][ \t]*,[ \t]*[\"']([^\"'\r\n]{4,})[\"'][ \t]*,[ \t]*(?:\w*(?:url|host|server)\w*[ \t]*=|[\"'](?:[a-z][a-z0-9+\-]*:)+//)|"   # (user, pw, server_url= or a broker's URL: ActiveMQConnectionFactory)
             r"\.(?:basic|digest)\([ \t]*\"[^\"\r\n]*\"[ \t]*,[ \t]*\"([^\"\r\n]{3,})\"|"              # REST Assured's auth().basic(u, pw)
             r"\bbasic_auth:[ \t]*\{[ \t]*\"[^\"\r\n]*\"[ \t]*,[ \t]*\"([^\"\r\n]{3,})\"|"              # hackney's basic_auth: {u, pw}
             r"\bdbms\.security\.(?:createUser|changeUserPassword)\([ \t]*'[^'\r\n]*'[ \t]*,[ \t]*'([^'\r\n]{3,})'|"   # Neo4j
             r"\[BasicAuth\][ \t]*\r?\n[ \t]*[^\s:]+[ \t]*:[ \t]*([^\s]{3,})|"                           # Hurl's section
             r"(?m:^)[ \t]*(?:http|socks[45]|raw)[ \t]+(?:[0-9.]{7,15}|[\w\-]+(?:\.[\w\-]+)+)[ \t]+[0-9]{2,5}[ \t]+[^\s]+[ \t]+([^\s]{3,})[ \t]*(?:\r?\n|$)|"   # proxychains
             r"\b(?i:authorization):[ \t]*(?:Basic|Digest)[ \t]+[^\s:]+[ \t]+([^\s]{3,})[ \t]*(?:\r?\n|$)|"   # REST Client's "Basic user pw"
             r"--cert[ \t=]+[^\s:]+:([^\s]{3,})|"                                                         # curl's --cert file:passphrase
             r"\bdeepl\.Translator\([ \t]*[\"']([^\"'\s]{16,})[\"']|"                               # DeepL's auth key
             r"\[keys\][^\[]{0,300}?(?m:^)https?://[^\s=]+[ \t]*=[ \t]*([^\s]{6,})|"                     # Weblate's wlc: API address = key
             r"\bRTCIceServer\([ \t]*[\"']turns?:[^\"'\s]+[\"'][ \t]*,[ \t]*[\"'][^\"'\s]*[\"'][ \t]*,[ \t]*[\"']([^\"'\r\n]{4,})[\"']|"   # aiortc
             r"/users[\"']\)\.(?:save|replace|update)\([ \t]*[\"'][^\"'\r\n]*[\"'][ \t]*,[ \t]*[\"']([^\"'\r\n]{4,})[\"']|"    # ArangoDB
             # a database's client or a user's creation, the password by its place among the arguments: Django's
             # create_user(name, mail, pw), Ruby's PG.connect and libpq's PQsetdbLogin (7th), PHP's oci_connect,
             # Kotlin Exposed's Database.connect(url, driver, user, pw), SQLCipher's sqlite3_key, T-SQL's
             # sp_addlinkedsrvlogin (5th), CouchDB's _config/admins/<name> body
             r"\bcreate_(?:super)?user\([ \t]*[\"'][^\"'\r\n]*[\"'][ \t]*,[ \t]*[\"'][^\"'\r\n]*[\"'][ \t]*,[ \t]*[\"']([^\"'\r\n]{4,})[\"']|"
             r"\b(?:PG\.connect|PQsetdbLogin)\((?:[^,()\r\n]*,){6}[ \t]*[\"']([^\"'\r\n]{3,})[\"']|"
             r"\boci_(?:p|new_)?connect\([ \t]*'[^'\r\n]*'[ \t]*,[ \t]*'([^'\r\n]{3,})'|"
             r"\bDatabase\.connect\((?:[ \t]*(?:\w+[ \t]*=[ \t]*)?\"[^\"\r\n]*\"[ \t]*,){3}[ \t]*(?:password[ \t]*=[ \t]*)?\"([^\"\r\n]{3,})\"|"
             r"\bsqlite3_(?:re)?key(?:_v2)?\([^,()\r\n]+,[ \t]*(?:\"[^\"\r\n]*\"[ \t]*,[ \t]*)?\"([^\"\r\n]{3,})\"|"
             r"\bsp_addlinkedsrvlogin\b(?:[^,\r\n]*,){4}[ \t]*N?'([^'\r\n]{3,})'|"
             r"/_config/admins/[^\s]+[^\r\n]*?[ \t]-d[ \t]+'\"([^\"'\r\n]{3,})\"'|"
             r"<settingsSecurity>\s*<master>([^<{\s][^<\s]{3,})</master>|"    # Maven's master password, before mvn -emp ({…} once it is)
             r"\bnew[ \t]+X509Certificate2?\([ \t]*@?\"[^\"\r\n]*\"[ \t]*,[ \t]*\"([^\"\r\n]{3,})\"|"   # .NET: a PFX's path, its password
             r"\.MapNetworkDrive[ \t(]+(?:\"[^\"\r\n]*\"[ \t]*,[ \t]*){2}\w+[ \t]*,[ \t]*\"[^\"\r\n]*\"[ \t]*,[ \t]*\"([^\"\r\n]{3,})\"|"   # WSH
             r"\bRunAs(?:Wait)?\([ \t]*\"[^\"\r\n]*\"[ \t]*,[ \t]*\"[^\"\r\n]*\"[ \t]*,[ \t]*\"([^\"\r\n]{3,})\"|"   # AutoIt: user, domain, pw
             r"\bNet::SMTP\.start\((?:[^,()\r\n]+,){4}[ \t]*'([^'\r\n]{3,})'|"                               # Ruby: host, port, helo, user, pw
             r"\.Open[ \t]+\"[^\"\r\n]*\"[ \t]*,[ \t]*\"[^\"\r\n]*\"[ \t]*,[ \t]*\"([^\"\r\n]{3,})\"|"      # ADO's Connection.Open conn, user, pw
             r"\.Open[ \t(]+\"(?:GET|POST|PUT|PATCH|DELETE)\"[ \t]*,[^,\r\n]+,[^,\r\n]+,[ \t]*\"[^\"\r\n]*\"[ \t]*,[ \t]*\"([^\"\r\n]{3,})\"|"   # MSXML
             r"\.SetCredentials[ \t(]+\"[^\"\r\n]*\"[ \t]*,[ \t]*\"([^\"\r\n]{3,})\"|"          # WinHttpRequest's user, pw
             r"\bWorkbooks\.Open(?:\(|[ \t]+)(?:[^,()\r\n]*,){4}[ \t]*[\"']([^\"'\r\n]{4,})[\"']|"   # COM's 5th: the workbook's password (VBA's too)
             r"\b(?i:modify|data|set)[ \t]+[\w.]+[ \t]*\((?:[^()\r\n]*[ \t])?(?i:alter|pw|read|write)=([^\s()]{4,})|"   # a SAS data set's passwords
             r"\bkSecValueData\b[^\"\r\n]{0,30}\"([^\"\r\n]{4,})\"|"                                             # the keychain's item
             r"\bget(?:Writable|Readable)Database\([ \t]*\"([^\"\r\n]{4,})\"[ \t]*\)|"                             # SQLCipher
             r"\baddAccountExplicitly\([^,()\r\n]+,[ \t]*\"([^\"\r\n]{4,})\"|"                                    # Android
             r"\bpkcs12FromAsn1\([^,()\r\n]+,(?:[ \t]*(?:true|false)[ \t]*,)?[ \t]*[\"']([^\"'\r\n]{4,})[\"']|"  # node-forge
             r"\bAuthCredInfo\((?:[ \t]*\"[^\"\r\n]*\"[ \t]*,){3}[ \t]*[0-9][ \t]*,[ \t]*\"([^\"\r\n]{3,})\"|"   # PJSUA2's
             # an ESP's HTTP update server (server, path, user, pw); Blynk.begin(auth, ssid, pw); Jedis's 5th
             r"\.setup\([ \t]*&?\w+[ \t]*,[ \t]*\"/[^\"\r\n]*\"[ \t]*,[ \t]*\"[^\"\r\n]*\"[ \t]*,[ \t]*\"([^\"\r\n]{4,})\"|"
             r"\bBlynk\.begin\([^,()\r\n]+,[ \t]*\"[^\"\r\n]*\"[ \t]*,[ \t]*\"([^\"\r\n]{4,})\"|"
             r"\bnew[ \t]+JedisPool\((?:[^,()\r\n]+(?:\([^()\r\n]*\))?,){4}[ \t]*\"([^\"\r\n]{4,})\"|"
             r"\.extractall\([^,()\r\n]*,[^,()\r\n]*,[ \t]*b[\"']([^\"'\r\n]{4,})[\"']|"                      # zipfile's pwd
             r"\bsasl\.NewPlainClient\([ \t]*\"[^\"\r\n]*\"[ \t]*,[ \t]*\"[^\"\r\n]*\"[ \t]*,[ \t]*\"([^\"\r\n]{4,})\"|"
             r"\bCURLOPT_(?:PROXY)?(?:PASSWORD|USERPWD|KEYPASSWD|SSLKEYPASSWD)[ \t]*,[ \t]*\"(?:[^\":\r\n]*:)?([^\"\r\n]{3,})\"|"   # libcurl
             r"\bconnect\([ \t]*'[^'\r\n]+'[ \t]*,[ \t]*'([^'\r\n]{3,})'[ \t]*,[ \t]*'t3s?://|"                  # WebLogic's WLST
             r"\bpwd[\w\-]*\"\)\.text[ \t]*=[ \t]*\"([^\"\r\n]{3,})\"|<USERPASS>([^<\s]{3,})|"                 # SAP GUI's password field; OFX
             r"\"RegisteredUsers\"[ \t]*:[ \t]*\{[ \t\r\n]*\"[^\"\r\n]+\"[ \t]*:[ \t]*\"([^\"\r\n]{3,})\"|"       # Orthanc
             # a wallet's passphrase, given to the call that unlocks, decrypts or derives it (geth's console and
             # JSON-RPC, web3.js, ethers, eth-account, keythereum, MetaMask's passworder, bip39, bip_utils)
             r"\b(?:personal\.(?:unlockAccount|newAccount|importRawKey)|accounts\.decrypt|Account\.decrypt|fromEncryptedJson(?:Sync)?|"
             r"keythereum\.recover|passworder\.decrypt|(?:HDNodeWallet|Wallet|Mnemonic)\.fromPhrase|mnemonicToSeed(?:Sync)?|"
             r"Bip39SeedGenerator\([^()\r\n]*\)\.Generate)\((?:(?:[^()\"'\r\n]|\([^()\"'\r\n]*\)){0,60},[ \t]*)?[\"']([^\"'\r\n]{4,})[\"']|"
             r"\"personal_(?:unlockAccount|sendTransaction|signTransaction|importRawKey|newAccount)\"[^\r\n]{0,40}?\"params\"[ \t]*:[ \t]*\["
             r"(?:[ \t]*(?:\"0x[0-9a-fA-F]{40,64}\"|\{[^{}\r\n]*\})[ \t]*,)?[ \t]*\"([^\"\r\n]{4,})\"|"
             # Ruby's Net::FTP.open(host, user, pw); an ESP32's WiFiMulti.addAP(ssid, pw); digest-fetch's and Rust's
             # digest auth (user, pw); a JSON-RPC login's second parameter, an XML-RPC login's last string
             r"\bNet::FTP\.(?:open|new)\((?:[ \t]*[\"'][^\"'\r\n]*[\"'][ \t]*,){2}[ \t]*[\"']([^\"'\r\n]{3,})[\"']|"
             r"\.addAP\([ \t]*\"[^\"\r\n]*\"[ \t]*,[ \t]*\"([^\"\r\n]{4,})\"|\b(?:new[ \t]+DigestFetch\(|DigestAuth::new\()[ \t]*[\"'][^\"'\r\n]*[\"'][ \t]*,[ \t]*[\"']([^\"'\r\n]{3,})[\"']|"
             r"\"method\"[ \t]*:[ \t]*\"(?:\w+\.)?(?i:login|authenticate|logon)\"[ \t]*,[ \t]*\"params\"[ \t]*:[ \t]*\[[ \t]*"
             r"\"[^\"\r\n]*\"[ \t]*,[ \t]*\"([^\"\r\n]{3,})\"|"
             r"<methodName>(?:\w+\.)?(?i:login|authenticate|logon)</methodName>[ \t\r\n]*<params>[ \t\r\n]*(?:<param>[ \t\r\n]*<value>"
             r"(?:<string>)?[^<\r\n]*(?:</string>)?</value>[ \t\r\n]*</param>[ \t\r\n]*){1,2}?<param>[ \t\r\n]*<value>(?:<string>)?([^<\s]{3,})(?:</string>)?</value>"
             r"[ \t\r\n]*</param>[ \t\r\n]*(?:</params>|<param>[ \t\r\n]*<value>[ \t\r\n]*<struct>)|"   # (the last string: Odoo's is after a database's)
             r"\b35=A[|\x01](?:[^\r\n]*[|\x01])?(?:554|925)=([^|\x01\r\n]{3,})",     # (the last: a new one after the old)                            # FIX Logon's (new) password
             ("basicauth", "digestauth", "ftp(", "ftp_login(", "principalcontext", "bind(", "bind_s(", "password(", "@", ".decrypt(",
              "basic_auth(", "net::smtp", "curlopt_", ".open ", "ksecvaluedata", "writabledatabase", "readabledatabase",
              "addaccountexplicitly", "pkcs12fromasn1", "authcredinfo(", ".setup(", "blynk.begin", "jedispool", ".extractall(", "newplainclient", "imap_open", "signintoportal", "opendsobject", "createsession", "connectserver", "x509certificate", "mapnetworkdrive", "runas(", "runaswait(", ":basic,", "auth'", "auth\"", "adduser", "npm login", "yarn login", "hex.user", "hex user", "gem signin", "credentials(", "make_rest_request(", "createasync(", "addpasswordasync(", "usernamepasswordcredential(", "qnetworkproxy", "sql connect", "(user ", "(operator ", "(login ", "(account ", ":basic", "<master>", "x-azblob,", "create_user(", "create_superuser(", "pg.connect(", "pqsetdblogin(",
              "oci_connect(", "oci_pconnect(", "oci_new_connect(", "database.connect(", "sqlite3_key", "sqlite3_rekey", "sp_addlinkedsrvlogin",
              "/_config/admins/", "deepl.translator", "[keys]", "rtciceserver", "/users'", "/users\"", ".run(", "telegraf", "telegrambot", "client.login(", "[api]", "url=", "host=", "server=",
              ".basic(", ".digest(", "basic_auth:", "dbms.security", "[basicauth]", "[proxylist]", "http ", "socks", "authorization:", "--cert", "sendline", ".write(", '", "', "', '", "t3://", "t3s://", ".text", "<userpass>", "registeredusers",
              "35=a", "unlockaccount", "newaccount", "importrawkey", "accounts.decrypt", "account.decrypt", "fromencryptedjson",
              "keythereum", "passworder", "fromphrase", "mnemonictoseed", "bip39seedgenerator", "personal_", "setcredentials",
              "workbooks.open", "ldap_bind(", "directoryentry(", "alter=", "pw=", "read=", "write=", "://", "with_user_and_password(",
              "net::ftp", "runas(", "runaswait(", "auth_basic", "http_basic_authentication", ".addap(", "digestfetch", "digestauth::new", "\"params\"", "<methodname>"),
             "password_literal", "passwords", "password", False),   # (quoted literals: "wifi1.k3x9q2m17" is no attribute path)
    # a map of users to their passwords (dash-auth's VALID_USERNAME_PASSWORD_PAIRS, a test server's
    # USER_PASSWORDS, express-basic-auth's users, a user's name quoted or not): its first entry's value
    Detector("password_pairs_map", "assignment",
             r"(?i:\b\w*(?:username_password|user_password|password_pair|passwords|user_credentials|logins)\w*)"
             r"[ \t]*(?::[^=\r\n]{1,40})?=[ \t]*\{[ \t]*(?:\r?\n[ \t]*)?[\"'][^\"'\r\n]{1,64}[\"'][ \t]*:[ \t]*"
             r"[\"']([^\"'\r\n]{6,})[\"']|"
             r"\bbasicAuth\([ \t]*\{[^{}\r\n]*?\busers[ \t]*:[ \t]*\{[ \t]*(?:['\"][^'\"\r\n]{1,64}['\"]|[\w$]{1,64})[ \t]*:[ \t]*['\"]([^'\"\r\n]{4,})['\"]",
             ("username_password", "user_password", "password_pair", "passwords", "user_credentials", "logins", "basicauth("),
             "inline_password", "passwords", "password", False),
    Detector("prompt_answer_password", "assignment",   # connmanctl's "Passphrase? <pw>"; a query console's "login user <pw>"
             r"(?:(?m:^)|\\n|[\"'])[ \t]*(?:<[^>\r\n]{1,32}>[ \t]+)?(?:(?i:passphrase|password)[ \t]*\?|login[ \t]+(?:client_login_name=)?[\w.@\-]+[ \t]+"
             r"(?:client_login_password=)?|register[ \t]+|identify[ \t]+|/(?i:oper)[ \t]+[^\s\\]+[ \t]+)[ \t]*([^\s\\\"']{4,})[ \t]*(?:(?m:$)|\\[rn]|[\"'])",   # BitlBee, IRC
             ("passphrase?", "password?", "login ", "register ", "identify ", "/oper "),   # (keywords: any case)
             "inline_password", "passwords", "password", False),
    # a password handed to a hashing call (or a key derivation's PBEKeySpec) or written to a password file: the plain text is the secret
    Detector("hashed_or_stored_password", "assignment",
             r"\b(?:Hash::make|bcrypt|password_hash|make_password|generate_password_hash|hashpw|hash_password|crypt\.crypt|argon2(?:\.hash|::hash_(?:encoded|raw))|ph\.hash|\.PwCrypt|BCrypt::Password\.create|new[ \t]+PBEKeySpec)\([ \t]*"
             r"(?:b?\"([^\"\r\n]{4,})\"|b?'([^'\r\n]{4,})')|"
             # bcryptjs's hash('pw', rounds), pgcrypto's digest('pw', 'sha256') and crypt('pw', gen_salt(…))
             r"\bhash(?:Sync)?\([ \t]*(?:'([^'\r\n]{4,})'|\"([^\"\r\n]{4,})\")[ \t]*,[ \t]*(?:[0-9]{1,2}|salt\w*)[ \t]*\)|"
             r"\b(?:digest|crypt)\([ \t]*'([^'\r\n]{4,})'[ \t]*,[ \t]*(?:'(?:md5|sha1|sha224|sha256|sha384|sha512)'|gen_salt\()|"
             # SQL setting a password column to a hash of the literal: SET `user_pass` = MD5('…')
             r"(?i:\bpw|pass\w*|pwd)[`\"\]]?[ \t]*=[ \t]*(?i:md5|sha1|sha2|password|encrypt|old_password|pwdencrypt)\([ \t]*N?'([^'\r\n]{4,})'|"
             r"\b(?i:sha2)\([ \t]*'([^'\r\n]{4,})'[ \t]*,[ \t]*(?:0|224|256|384|512)[ \t]*\)|"     # ... or a row's: MySQL's SHA2('…', 256),
             r"(?i:\b(?:pw|pass|pwd|pin)\w*)[`\"\]]?[ \t]*=[ \t]*(?i:hashbytes)\([ \t]*N?'\w+'[ \t]*,[ \t]*N?'([^'\r\n]{4,})'[ \t]*\)|"   # T-SQL's HASHBYTES('SHA2_256', N'…')
             r"'md5'[ \t]*\|\|[ \t]*md5\([ \t]*'([^'\r\n]{4,})'[ \t]*\|\||"                 # PostgreSQL's 'md5' || md5('…' || 'user')
             r"\becho[ \t]+(?:\"([^\"\s]{4,})\"|'([^'\s]{4,})'|([^\s\"'>|]{4,}))[ \t]*>>?[ \t]*[^\s]*(?i:pass|secret|token)[^\s]*",
             ("hash::make", "bcrypt(", "password_hash(", "make_password(", "generate_password_hash(", "hashpw(",
              "hash_password(", "crypt.crypt(", "argon2.hash(", "argon2::hash_", "ph.hash(", ".pwcrypt(", "echo", "hash(", "hashsync(", "digest(", "crypt(", "md5(", "sha1(", "sha2(", "password(", "encrypt(", "pwdencrypt(", "hashbytes(", "password.create(", "pbekeyspec("),
             "inline_password", "passwords", "password", False),
    # a Markdown table row whose cell names a secret, the next cell its value ("| Twilio auth token (…) | v |")
    Detector("table_row_secret", "assignment",
             r"(?m:^)[ \t]*\|[^|\r\n]*?(?i:\b(?:api[ \t])?key|token|secret|credential)\b[^|\r\n]*\|[ \t]*`?([^\s|`]{16,})`?[ \t]*(?:\||$)",
             ("key", "token", "secret", "credential"), "named_value", "passwords", "secret", False),
    Detector("table_row_password", "assignment",
             r"(?m:^)[ \t]*\|[^|\r\n]*?(?i:\b(?:password|passphrase|passwd)\b)[^|\r\n]*\|[ \t]*`?([^\s|`]{6,})`?[ \t]*(?:\||$)",
             ("password", "passphrase", "passwd"), "inline_password", "passwords", "password", False),
    # a UI test typing into the password field: Selenium's send_keys, Cypress's type, Playwright's fill,
    # XCUITest's secureTextFields[…].typeText, Espresso's withId(R.id.password)).perform(typeText(…)),
    # Maestro's inputText after tapping the field
    Detector("password_field_typed", "assignment",
             r"(?i:pass(?:word|code)?|pwd|\bpw\b)[^\r\n()]{0,40}(?:[\"'\]][ \t]*\)?\.|\)+\.perform\()"
             r"(?:send_keys|sendKeys|type|fill|setValue|typeText|replaceText)\([ \t]*[\"']([^\"'\r\n]{4,})[\"']|"
             r"\btapOn:[ \t]*[\"']?[^\r\n]*(?i:pass)[^\r\n]*\r?\n[ \t]*\+?(?:-[ \t]*)?inputText:[ \t]*[\"']?([^\"'\r\n]{4,}?)[\"']?[ \t]*(?:\r?\n|$)|"
             # ... the field named inside the call: Playwright's page.fill("#password", "…"), SikuliX's type("password_field.png", "…");
             # UiPath's TypeInto 'Password', Power Automate Desktop's PopulateTextField […'txtPassword'] Text: $'''…''';
             # a Blue Prism data item of type password; VBA's SendKeys "…~" / "…{ENTER}" (keystrokes typed into a logon box)
             r"\b(?:fill|type|typeText)\([ \t]*[\"'][^\"'\r\n]*(?i:pass|pwd)[^\"'\r\n]*[\"'][ \t]*,[ \t]*[\"']([^\"'\r\n]{4,})[\"']|"
             r"<ui:TypeInto\b[^<>]*?DisplayName=\"[^\"]*(?i:pass)[^\"]*\"[^<>]*?\bText=\"([^\"\[\]\r\n]{4,})\"|"
             r"\bPopulateTextField\b[^\r\n]*?(?i:pass)[^\r\n]*?\bText:[ \t]*\$?'''([^'\r\n]{4,})'''|"
             r"<datatype>password</datatype>[ \t\r\n]*<initialvalue\b[^<>]*>([^<\r\n]{4,})</initialvalue>|"
             r"\bSendKeys[ \t(]+\"([^\"{}~\r\n]{6,})(?:~|\{ENTER\})\"",
             ("send_keys", "sendkeys", ".type(", ".fill(", "setvalue", "typetext", "replacetext", "inputtext", "fill(", "type(",
              "typeinto", "populatetextfield", "<datatype>password"),
             "inline_password", "passwords", "password", False),
    Detector("char_array_password", "assignment", r"\\?\"([^\"\\\r\n]{6,64})\\?\"\.toCharArray\(\)",   # Java's "…".toCharArray()
             (".tochararray()",), "made_password_shape", "passwords", "password", False),   # (a password's shape: not an alphabet)
    # a user and password after a tool's option for authentication: mitmproxy's --proxyauth user:pw,
    # --basic-auth, --credentials (not an address: --auth-url https://…; not --author)
    Detector("auth_option_credentials", "assignment",
             r"(?:(?:^|[ \t])--?(?i:[\w\-]*?(?:auth|cred|login)[\w\-]*)|\bhapi-fhir-cli\b[^\r\n]*?[ \t]-b)(?:[ \t]+|=)[\"']?"
             r"[^\s:\"'\\/@]{1,64}:([^\s\"'@\\/][^\s\"'@\\]{2,})"     # (monero-wallet-rpc's --rpc-login u:pw; HAPI FHIR's -b u:pw)
             r"(?:[\s\"']|$)", ("auth", "cred", "login", "hapi-fhir-cli"), "inline_password", "passwords", "password", False,
             deny=("author",)),
    # an IMAP client's tagged LOGIN (a transcript's "C: a1 LOGIN user pw"); a cracked hash's plain text
    # (hashcat --show, a potfile: <hash>:<password>)
    Detector("protocol_or_cracked_password", "assignment",
             r"(?m:^)[ \t]*(?:C:[ \t]*)?[A-Za-z0-9.]{1,10}[ \t]+LOGIN[ \t]+\"?[^\s\"]+\"?[ \t]+\"?([^\s\"]{3,})\"?[ \t]*\r?(?m:$)|"
             r"(?m:^)[0-9a-fA-F]{32}(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{32}|[0-9a-fA-F]{96})?:([^\s:]{3,})[ \t]*(?m:$)",
             ("login", ":"), "inline_password", "passwords", "password", False),
    Detector("qpdf_owner_password", "assignment",   # qpdf --encrypt <user> <owner> <bits>: the second one too
             r"\bqpdf[ \t]+--encrypt[ \t]+[^\s]+[ \t]+([^\s\-][^\s]{2,})[ \t]+(?:40|128|256)\b", ("qpdf",), "literal",
             "passwords", "password", False),
    Detector("tasmota_wifi_password", "assignment",   # Backlog SSID1 lab; Password1 <pw>; restart 1
             r"\bPassword[1-9][ \t]+([^\s;\"']{3,})", ("password1", "password2", "password3"), "inline_password",
             "passwords", "password", False),
    Detector("grub_password_line", "assignment",   # grub.cfg: password USER PW (a PAM line names a module)
             r"(?m:^)[ \t]*password[ \t]+[\w.\-]+[ \t]+([^\s\"']{6,})[ \t]*(?m:$)",
             ("password",), "inline_password", "passwords", "password", False),
)
