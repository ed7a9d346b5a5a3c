"""The key families' assignments: one detector per syntax a named value is given in, for each family of
names (passwords, secrets, keys) — the same words read in code, .env, YAML, XML, CLI flags, directives,
tables and prose."""
from __future__ import annotations

from .patterns import (ASSIGN, CJK_PW_WORDS, ENV_START, KEY_TAIL, LINE_END, LINE_START, NOT_GIVEN, NOT_SECRET_KEYS,
                       NOT_VALUE_CHARS, PROSE_GIVES, PROSE_WORDS, Q, QUALIFIED, QUOTED, SIBLINGS, TYPED, UNQUOTED,
                       YAML_SIBLINGS, Detector)

# what, between a sentence's name and its colon, says the value is another thing's: a flow mapping's next field
# ("property: password, version: <uuid>"), a theory test's pass certificate or pass mark, a password policy's
# text, an id
_NOT_PROSE_VALUE = ("version:", "pass certificate", "pass mark", "pass number", "pass rate", "password policy",
                    "password rules", "password requirements", " id:")
# Thai, Lao, Tibetan, Burmese, Khmer run their words together: "รหัสผ่านเซิร์ฟเวอร์ <pw>"
_THAI = "\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff"


def assignment(name: str, words: str, keywords: tuple[str, ...], strict: bool, min_len: int,
               marker: str, family_deny: tuple[str, ...] = NOT_SECRET_KEYS) -> list[Detector]:
    """The same key words in every syntax a value is given in — one detector per syntax: code (quoted,
    typed), .env/shell (UPPER=unquoted), YAML/INI lines and block scalars, CLI flags, XML elements and
    name/value pairs, function arguments and fallbacks (``getenv("K", "v")``, ``env.K || "v"``),
    config directives (``SetEnv K v``, ``requirepass v``), URL query parameters, and prose
    (``the password is ...``). ``strict`` (secret words): every value must look random; otherwise
    (password words) a literal will do where the syntax is unambiguous, and a digit or symbol is
    needed where it is not."""
    q = QUOTED % ((min_len,) * 8)     # (TOML's and Dart's '''…''', Nix's ''…'' too)
    u = UNQUOTED % (min_len - 1)
    # in a sentence a password may start with '#' (no comment to end there), and does not end in a colon
    # (a label's: "read top to bottom: v" gives v, not "bottom")
    said = "(#?" + (UNQUOTED % (min_len - 2))[1:-1] + rf"""[^\s"'`;,\\)\]}}<>:{NOT_VALUE_CHARS}])"""
    key = rf"(?i:[\w.\-]*?{words}{KEY_TAIL})"
    spaced = words.replace("[_.\\-]", "[ _.\\-]").replace("[a-z_.\\-]", "[a-z _.\\-]")     # "API key", "account key"
    cell = rf"(?:(?i:[\w.\-]+(?: [\w.\-]+){{0,3}}?[ _.\-]?{spaced}{KEY_TAIL})|{key})"   # a table cell: "Vercel Token"
    namespaced = rf"(?i:(?:[\w.\-]+:)?[\w.\-]*?{words}{KEY_TAIL})"      # Pulumi's ``snyk:token``
    upper = words.upper().replace(r"\B", r"\b").replace("[_.\\-]", "[_]").replace("[A-Z_.\\-]", "[A-Z0-9_]")
    flag = words.replace("[_.\\-]", "[_\\-]")
    literal, unquoted, loose = ("token", "unquoted_token", "token") if strict else \
        ("password_literal", "password_unquoted", "inline_password")

    def det(syntax: str, pattern: str, validator: str, deny: tuple[str, ...] = family_deny,
            only: tuple[str, ...] = (), **extra) -> Detector:
        """``only``: the syntax's own keywords, rarer than the family's (``env[``), to run it on less."""
        return Detector(syntax.format(name), "assignment", pattern, only or keywords, validator, "passwords", marker,
                        False, deny=deny, **extra)

    prose_words = words.replace("[_.\\-]?", "[ _.\\-]?") if name == "secret" else words
    # (a secret's two-word name spaced in a sentence: "the signing key for …:"; not a lone word's ("expected
    # HMAC-SHA-256: <digest>"), nor the key family's, whose bare "key" any clause ends in: "restored from key: …")
    prose_word = (rf"(?:(?:^|[\s(,;`\"'\]>*]){QUALIFIED}(?i:[\w.\-]*?(?:{prose_words}))\b|"
                  rf"(?:^|[\s(,;:`\"'\]>*])(?i:[\w\-]*?(?:{PROSE_WORDS}))"   # NOTE:Lösenordet, Databaslösenordet
                  rf"{'' if strict else '|' + CJK_PW_WORDS})")
    name_value = (rf"(?:(?i:name|key|keyvalue|parameterkey|variable)\\?[\"']?[ \t]*[:=][ \t]*\\?[\"']?/?(?:[\w.\-]+/)*{cell}\\?[\"']?"
                  rf"[ \t]*[,;]?[ \t│┃|]*(?:\r?\n[ \t│┃|]*(?:[-+~][ \t]*)?)?{SIBLINGS}\\?[\"']?(?i:value|valuevalue|parametervalue|default(?:_value)?|notes)\\?[\"']?[ \t]*[:=][ \t]*{q}"
                  rf"|(?:(?i:name|key|parameterkey|variable|property)[ \t]*:[ \t]*[\"']?(?:/?[\w.\-]+/)*{key}[\"']?[ \t]*\r?\n"
                  rf"{YAML_SIBLINGS}[ \t]*(?:-[ \t]*)?(?:[\w\-]*[_\-])?(?i:value|default)[ \t]*:[ \t]*(?:{q}|{u})[ \t]*(?:\r?\n|$))"
                  rf"|\b(?:variable|data[ \t]+\"[\w\-]+\")[ \t]+\"{key}\"[ \t]*\{{[^{{}}]{{0,200}}?\bdefault[ \t]*=[ \t]*{q}"
                  # a CloudFormation parameter named for the secret, its Default under its Type, NoEcho …
                  rf"|(?m:^)[ \t]+{key}[ \t]*:[ \t]*\r?\n(?:[ \t]+(?:Type|NoEcho|Description|AllowedPattern|MinLength|MaxLength|"
                  rf"ConstraintDescription)[ \t]*:[^\r\n]*\r?\n){{0,6}}[ \t]+Default[ \t]*:[ \t]*(?:{q}|{u})"
                  # a TOML table named for the secret, its value a key below: [env_var.API_TOKEN] … default = "…"
                  rf"|\[[\w.\-]*?{key}\][ \t]*\r?\n(?:[A-Za-z_][\w\-]*[ \t]*=[^\r\n]{{0,80}}\r?\n){{0,3}}"
                  rf"(?i:default|value)[ \t]*=[ \t]*{q}"
                  rf"|<(?i:key|name)>[ \t]*{cell}[ \t]*</(?i:key|name)>(?:[ \t\r\n]*<[\w.:\-]+>){{0,4}}[ \t\r\n]*<(?i:string|value)(?:[ \t][^<>\r\n]{{0,100}})?>(?:<(?i:string)>)?"   # (a DYMO label's <Name> over its <String>)
                  rf"[ \t]*([^<\s]{{{min_len},}})[ \t]*</"
                  rf"|(?i:name|key|id|\bn)=[\"'](?:%%)?(?:[\w.\-]*[:/])*{key}[\"'](?:[ \t\r\n]+[\w:\-]+=[\"'][^\"'\r\n]{{0,40}}[\"']){{0,2}}[ \t\r\n,]+(?:[\w\-]+:)?(?i:(?:default)?value|select|v)="
                  rf"[\"']'?([^\"'\r\n]{{{min_len},}})'?[\"']"     # (KNIME's <entry key="N" type="xstring" value="v"/>; Niagara's <p n="N" v="v"/>; WildFly's <simple name="java:global/…/N" value="v"/>; XSLT's <xsl:param name="N" select="'v'"/>; Unreal's PinName="N",DefaultValue="v")
                  rf"|(?i:name|key|id)=[\"']{key}[\"'][^<>\r\n]*>(?:[ \t\r\n]*<[\w.:\-]+>[^<\r\n]{{0,40}}</[\w.:\-]+>){{0,2}}"   # (Dataverse's <type>…</type>)
                  rf"(?:[ \t\r\n]*<(?i:defaultvalue|value|string|constant)(?:[ \t][^<>\r\n]{{0,60}})?>){{0,2}}[ \t\r\n]*([^<\s]{{{min_len},}})</"
                  # a UiPath workflow's Assign, named for what it sets: <Assign DisplayName="Assign N"> … <InArgument …>v</
                  rf"|DisplayName=[\"'](?:Assign[ \t]+)?{key}[\"'][^<>\r\n]*>[ \t\r\n]*<[\w.:\-]+>[ \t\r\n]*<InArgument\b[^<>\r\n]*>[ \t]*([^<\s]{{{min_len},}})</"
                  # a Rockwell L5X STRING tag: <Tag Name="N" … DataType="STRING" …> … <Data Format="String" …><![CDATA['v']]>
                  rf"|\bName=[\"']{key}[\"'][^<>\r\n]*\bDataType=[\"']STRING[\"'][^<>\r\n]*>(?:[^<]|<[^/<]|</[^T<]){{0,400}}?"
                  rf"<Data\b[^<>\r\n]*\bFormat=[\"']String[\"'][^<>\r\n]*><!\[CDATA\['([^'\r\n]{{{min_len},}})'\]\]>"
                  # SSIS: dtexec's /SET \Package.Variables[User::N];v, a .dtsConfig's Path="…[User::N].Properties[Value]" … <ConfiguredValue>v
                  rf"|\\Package\.(?:Variables\[(?:User::)?{key}\](?:\.Properties\[Value\])?|Connections\[[^\]\r\n]{{1,80}}\]\.Properties\[{key}\]);([^'\"\s;]{{{min_len},}})"
                  rf"|\bVariables\[(?:User::)?{key}\][^\"\r\n]*\"[^<>\r\n]*>[ \t\r\n]*<ConfiguredValue>([^<\s]{{{min_len},}})</"   # (not from Path=: a "path" is no secret)
                  rf"|\b(?i:LET)\([^()\r\n]*?\b{key},[ \t]*\"([^\"\r\n]{{{min_len},}})\""     # Excel's LET(…, NAME, "v", …)
                  rf"|<{key}>[ \t\r\n]*<(?i:value)>([^<\s]{{{min_len},}})</"
                  rf"|<entry>[ \t\r\n]*<string>[ \t]*{key}[ \t]*</string>[ \t\r\n]*<string>([^<\s]{{{min_len},}})</"   # XStream's map entry (Mirth's configurationMap)
                  rf"|<(?i:dt)>[ \t]*{key}[ \t]*</(?i:dt)>[ \t\r\n]*<(?i:dd)>[ \t]*([^<\s]{{{min_len},}})[ \t]*</"
                  # an element holding the name, the next one the value: JMeter's Argument.name / Argument.value,
                  # a Zabbix macro's {$NAME}, an AUTOSAR parameter's /Path/NAME
                  rf"|>[ \t]*(?:\{{\$)?(?:[\w.\-]*/)*{key}\}}?[ \t]*</[\w.:\-]+>[ \t\r\n]*(?:<[\w.:\-]+>[^<\r\n]{{0,40}}</[\w.:\-]+>[ \t\r\n]*){{0,2}}"
                  rf"(?:<[\w.:\-]+(?:[ \t][^<>\r\n]{{0,100}})?>[ \t\r\n]*)?"     # (Mirth's <entry><string>N</string><…ConfigurationProperty><value>)
                  rf"<(?:[\w.:\-]+(?:[ \t][^<>\r\n]{{0,100}})?)?(?i:value)"
                  rf"[^<>\r\n]{{0,20}}>[ \t]*([^<\s]{{{min_len},}})[ \t]*</"
                  # flags that name, then give: envman add --key NAME --value 'v', wsadmin's -variableName N -variableValue v
                  rf"|(?:^|[ \t\[])--?(?i:(?:variable)?(?:key|name))(?:=|[ \t]+)[\"']?{key}[\"']?[ \t]+--?(?i:(?:variable)?value)(?:=|[ \t]+)(?:{q}|{u})"
                  # Robot Framework's *** Variables ***: ${NAME}    value; a Tcl keyed list: { SECRET {value} } (Cloverleaf's NetConfig)
                  rf"|(?m:^)[$@&]\{{{key}\}}(?:[ \t]{{2,}}|\t)(?:{q}|{u})"
                  rf"|\{{[ \t]*{key}[ \t]+\{{([^{{}}\s]{{{min_len},}})\}}[ \t]*\}}"
                  # IBM i's CL: ADDENVVAR ENVVAR(N) VALUE('v'), DCL VAR(&N) … VALUE('v'), CHGDTAARA DTAARA(LIB/N (1 32)) VALUE('v');
                  # RPG's dcl-c N const('v') / dcl-s N varchar(64) inz('v')
                  rf"|\b(?i:envvar|var|dtaara)\([ \t]*&?(?:\w+/)?{key}(?:[ \t]*\([0-9 ]+\))?[ \t]*\)[^\r\n]{{0,80}}?\b(?i:value)\([ \t]*'([^'\r\n]{{{min_len},}})'[ \t]*\)"
                  rf"|\b(?i:dcl-[cs])[ \t]+{key}[ \t]+(?:\w+\([0-9: ]*\)[ \t]+)?(?i:const|inz)\([ \t]*'([^'\r\n]{{{min_len},}})'[ \t]*\))")
    return [
        det("quoted_{}_assignment", rf"{QUALIFIED}(?i:[\w.\-]*?{words}{KEY_TAIL})(?:\[[0-9]*\]|\])?(?:{TYPED}|{ASSIGN})(?:0x[0-9a-fA-F]{{4,16}}[ \t]+)?{q}",
            literal, deny=(*family_deny, *NOT_GIVEN)),   # ... token = 0x5555555592a0 "…": gdb's info locals; AppConfig[:db_password] = "…"
        det("indexed_{}_value", rf"(?:\b(?:env|ENV|environ|process\.env|\$_ENV|\$_SERVER|os\.environ)\[\\?[\"']?{key}\\?[\"']?\]|"
                               rf"\$ENV\{{[\"']?{key}[\"']?\}})"
                               rf"[ \t]*(?://|\|\|)?=[ \t]*(?:{q}|{u})", literal,   # php-fpm's env[NAME] = value; Perl's //=
            only=("env[", "environ[", "$_env", "$_server", "$env{")),   # ... Perl's $ENV{NAME}
        det("env_{}_assignment", rf"{ENV_START}[A-Z0-9_]*?{upper}{KEY_TAIL.upper()}=([^\s\"'`;&|#\\<>]{{{min_len},}})",
            literal, trim="]"),   # ... ]]>: the end of a CDATA section
        det("config_{}_line", rf"{LINE_START}{namespaced}{Q}?[ \t]*(?:=|::?|\?=|:=)[ \t]*{u}{LINE_END}", unquoted),
        det("quoted_name_{}_line", rf"(?:^|[\s:])[\"']{cell}[\"'][ \t]*=[ \t]*{u}(?:{LINE_END}|[ \t])", unquoted),   # SecureCRT's S:"SMTP password"=…
        det("block_{}_scalar", rf"{key}[ \t]*:[ \t]*[|>][+\-]?[0-9]?[ \t]*\r?\n[ \t]+{u}[ \t]*(?:\r?\n|$)",
            unquoted),
        # a YAML key whose child holds the value: Pulumi's structured config (booking:dbPassword:\n  value: v)
        det("child_{}_value", rf"{namespaced}[ \t]*:[ \t]*\r?\n[ \t]+(?i:value)[ \t]*:[ \t]*(?:{q}|{u})[ \t]*(?:\r?\n|$)", literal),
        det("cli_{}_flag", rf"(?:^|[\s\"'>])(?:(?:--?|\+)(?i:[\w\-]*?{flag})(?:=|[ \t]+)|/(?i:[\w.\-]*?{flag})[:=])(?:\\?\"([^\"\s\\]{{{min_len},}})\\?\"|"
                           rf"'([^'\s]{{{min_len},}})'|([^\s\"'\-\\<][^\s\"'\\<]{{{min_len - 1},}}))", loose),   # (+rcon_password v: a game server's launch option)
        det("xml_{}_element", rf"<(?:[\w.\-]+:)?{key}_?(?:[ \t][^<>\r\n]{{0,200}})?>\s*([^<\s]{{{min_len},}})\s*</(?:[\w.\-]+:)?{key}_?>",
            literal),   # (closed by its own name: "postgres://<user>:<password>@host</pre>" is a stand-in)
        det("pair_{}_value", name_value, literal),
        det("declared_{}_value", rf"{key}\\?[\"']?(?:[ \t]+(?i:as[ \t]+\w+[ \t]*=|pic[ \t]+[^\r\n]{{1,30}}?(?:[ \t]|\r?\n[ \t]*)value(?:[ \t]*\r?\n)?|"
                                 rf"as[ \t]+\w+(?:[ \t]+[\w\-]+){{0,3}}?[ \t]+init(?:ial)?[ \t]|"
                                 rf"type[ \t]+\w+[ \t]+value|string[ \t]*=>)|[ \t]*:[ \t]*(?i:constant[ \t]+)?"
                                 rf"[A-Za-z_][\w.<>\[\]()]{{0,30}}[ \t]*:=|[ \t]*=[ \t]*\r?\n[ \t]+|\{{|\([^()\r\n]{{0,40}}\)[^:{{\r\n]{{0,20}}[:{{][ \t]*\r?\n?[ \t]*return[ \t]+)[ \t]*{q}", literal),   # (def api_key(): return "…")
        det("atom_{}_argument", rf"\([ \t]*{key}[ \t]*,[ \t]*{q}", loose),   # Prolog: credential(smtp_pass, "…")
        det("call_{}_argument", rf"\\?[\"']{key}\\?[\"'][ \t]*\]?[ \t]*(?:,|=|\|\|=?|\?\?=?|\bor\b|\)[ \t]*\{{)[ \t]*{q}",
            loose),     # ... ENV.fetch("K") { "v" }: Ruby's default block
        det("method_{}_argument", rf"\.(?i:[\w]*?{words}{KEY_TAIL})\((?:[ \t]*(?:\"[^\"\r\n]{{0,64}}\"|'[^'\r\n]{{0,64}}'|[\w.]{{1,40}})[ \t]*,){{0,2}}"
                                rf"[ \t]*(?:Some\([ \t]*)?{q}[ \t]*\)?[ \t]*\)", literal,   # (Rust's .pass(Some("…")))
            deny=family_deny),    # Client::builder().api_key("..."); Keychain.setGenericPassword('user', '…'): the last
        det("fallback_{}_value", rf"\b{key}\\?[\"']?[ \t]*\)?[ \t]*(?:\|\||\?\?|\bor\b|\?:|:[ \t]*z\.string\(\)\.default\(|"
                                rf"\.(?:getOrElse|orElse|getOrDefault|unwrap_or(?:_else)?|or_else|orDefault)\(|"
                                rf";[ \t]*(?:\w+[ \t]*!=[ \t]*\"\"|ok)[ \t]*\{{[^{{}}]{{0,80}}\}}\s*return\b)[ \t]*(?:\|[^|\r\n]{{0,20}}\|[ \t]*)?{q}",
            literal),   # (Gradle's provider.getOrElse("…"); zod's z.string().default("…"); Rust's unwrap_or_else(|_| "…");
        # Go's if v := os.Getenv("K"); v != "" { return v } / return "…")
        # a field named for the secret, its value a getter's default: AdonisJS's env.get('VAR', 'v'), Django-environ's
        # env('VAR', default='v'), attrs' attr.ib(default='v'), process.env.X ?? 'v' (the getter's name need not say what it reads)
        det("getter_{}_default", rf"{key}\\?[\"']?[ \t]*(?::[ \t]*[\w.\[\]|]{{1,30}}[ \t]*)?[:=][ \t]*"
                                 rf"(?:[\w.]*(?i:env)[\w.]*\([ \t]*[\"'][^\"'\r\n]{{1,80}}[\"'][ \t]*,|[\w.]{{1,40}}\([^()\r\n]{{0,80}}?\bdefault[ \t]*=|"
                                 rf"[\w.]*(?i:env)[\w.]*(?:\[[^\]\r\n]{{1,60}}\])?[ \t]*(?:\?\?|\|\|))"   # (key: process.env.X ?? 'v')
                                 rf"[ \t]*{q}", literal),
        det("directive_{}_value", rf"(?:(?:(?m:^)|[;{{]|\\n)[ \t]*(?:(?i:setenv|env|set|export|define|\#define|%global|%define|set-environment|set-env)[ \t]+"
                                 rf"(?:-{{1,2}}[A-Za-z]+[ \t]+){{0,3}})?|"
                                 rf"[ \t](?i:set|setenv|set-environment|config[ \t]+set|psk|:[ \t]*psk)[ \t]+"
                                 rf"(?:-{{1,2}}[A-Za-z]+[ \t]+){{0,3}}|"
                                 rf"(?i:\b(?:proxy|grpc|fastcgi|uwsgi)_set_header|\b(?:fastcgi|uwsgi|scgi)_param|\badd_header|"
                                 rf"\bmore_set_(?:input_)?headers|"
                                 rf"\b(?:request)?header[ \t]+(?:set|add|append)|\bhttp-(?:request|response)[ \t]+(?:set|add)-header|"
                                 rf"\bheader_(?:up|down)(?:[ \t]+\+)?|(?m:^)[ \t]*Header)"     # Caddy, fluent-bit
                                 rf"[ \t]+[\"']?)"
                                 rf"(?:[\w.\-]+:){{0,3}}{key}[ \t]+(?:@?\\?[\"']([^\"'\r\n]{{{min_len},}})\\?[\"']|{u})(?:[ \t]|(?m:$)|;)",   # (@"…": Objective-C's)
            literal if strict else "directive_password", trim=".,:;!?"),
        det("spaced_{}_value", rf"(?:^|[\s(,{{])(?:#:|[*:+])?\\?[\"']?(?:[\w.\-]+/)?{key}\*?\\?[\"']?[ \t]+\\?[\"']([^\"'\r\n]{{{min_len},}})\\?[\"']",
            literal),
        det("nextline_{}_value", rf"(?:(?i:\b[\w.\-]*?(?:{words}))\b|(?i:{PROSE_WORDS}|\bkey\b))[^\r\n]*[:=][ \t]*\r?\n"
                                rf"(?:[ \t]*\r?\n)?[ \t]{{2,}}{u}[ \t]*(?:\r?\n|$)"
                                # a note's line that is only the name (a few words before it; a sticky note's "…!!"), the value the next
                                rf"|(?m:^)[ \t]*[\"“]?(?:[\w\-]{{1,20}}[ \t]+){{0,3}}{key}[ \t]*!{{0,3}}[ \t]*\r?\n[ \t]*{u}[ \t]*(?:\r?\n|$)",
            "token" if strict else "inline_password", solitary=True),   # (its DFA and a prose or a row syntax's multiply)
        det("catted_{}_file", rf"\b(?:cat|etcdctl[ \t]+get|consul[ \t]+kv[ \t]+get|(?i:get))[ \t]+[^\s]*?{key}(?:\.txt)?"
                              rf"(?:[ \t]+--?[\w\-]+)*[ \t]*(?:#[^\r\n]*)?\r?\n\"?([^\s\"]{{{min_len},}})\"?[ \t]*(?:\r?\n|$)",
            literal, only=("cat ", "get ", "get\t")),   # $ cat /run/secrets/DB_PASSWORD (# a comment), etcdctl get …/api_token: below
        det("printed_{}_value", rf"{key}\\?[\"']?[ \t]*\r?\n[ \t]*(?:\$[0-9]+[ \t]*=|[0-9]+\)|v[ \t]*=)[ \t]*"
                                rf"(?:0x[0-9a-fA-F]+[ \t]+)?(?:{q}|{u})", literal),
        det("nested_{}_value", rf"\\?[\"']{key}(?:[ \t]*\([^()\"\r\n]{{1,60}}\))?\\?[\"'][ \t]*:[ \t]*\{{(?:[^{{}}]{{0,100}}?\{{)?[^{{}}]{{0,300}}?"   # (Remote Config's {"defaultValue": {"value": …}})
                               rf"\\?[\"'](?i:value|defaultvalue|default)\\?[\"'][ \t]*:[ \t]*{q}",
            literal),
        det("macro_{}_value", rf"(?:\{{\\{{1,2}}{key}\}}|\\def\\{{1,2}}{key})[ \t]*\{{([^{{}}\s]{{{min_len},}})\}}",
            literal, only=("{\\", "\\def")),   # LaTeX: \newcommand{\apikey}{…}, \def\apikey{…}
        det("query_{}_parameter", rf"[?&;]{key}=([^&;\s\"'#<>]{{{min_len},}})", unquoted),
        # PHP's serialize() (a WordPress option): s:25:"paypal_client_secret";s:80:"…"
        det("serialized_{}_value", rf"s:[0-9]{{1,4}}:\\?\"{key}\\?\";s:[0-9]{{1,5}}:\\?\"([^\"\\\r\n]{{{min_len},}})\\?\"", literal,
            only=('";s:', '\\";s:')),
        # (XWiki's |NAME|{{{v}}} first: the table row after it would take the braces into its value)
        det("row_{}_field", rf"(?m:^)\|{cell}\|\{{\{{\{{([^{{}}\s]{{{min_len},}})\}}\}}\}}"
                            rf"|(?:(?m:^)[ \t]*[|│]?|[;\t|│])[ \t]*`?{cell}`?[ \t]*(?:[;\t│]|\|\|?)[ \t]*(?:`?[\w\-]{{1,12}}`?[ \t]*[;\t|│][ \t]*)?"
                            rf"(?:``?)?([^;\t\s\"'|│`]{{{min_len},}})(?:``?)?[ \t]*(?:[;\t|│]|\r?\n|$)"   # (│: a box-drawn table's, railway variables)
                            rf"|(?m:^){key},([^,\s\"']{{{min_len},}})[ \t]*(?:\r?\n|$)"          # key,value CSV (not an event log's row: kba_pass,<session>,<time>)
                            rf"|(?m:^)[^,\r\n]{{1,30}},(?i:value)(?:,[^\r\n]*)?\r?\n(?:[^\r\n]*\r?\n){{0,20}}?{cell},([^,\s\"']{{{min_len},}})(?:,|[ \t]*(?:\r?\n|$))"   # ... under Item,Value
                            # a report's aligned columns, the name first and the value last (EBS's profile options: NAME  Site  v)
                            + (rf"|(?m:^){key}[ \t]{{2,}}(?:[A-Za-z]{{1,12}}[ \t]{{2,}})?([^\s]{{{min_len},}})[ \t]*(?:\r?\n|$)" if strict else "") +
                            rf"|(?m:^):{cell}:[ \t]+``([^`\s]{{{min_len},}})``"                  # rst :Name: ``v``
                            rf"|(?m:^)[ \t]*:{key}:[ \t]+([^\s:]{{{min_len},}})[ \t]*(?:\r?\n|$)"     # org :NAME: v
                            rf"|<(?:t[dh]|div|p|li)>[ \t]*(?:<(?:code|b|strong)>)?{cell}(?:</(?:code|b|strong)>)?[ \t]*"
                            rf"</(?:t[dh]|div|p|li)>\s*<(?:td|div|p|li)>[ \t]*(?:<(?:code|tt|kbd|pre)>)?([^<\s]{{{min_len},}})",   # <td>NAME</td><td>v
                            unquoted),   # NAME;[env;]value, | NAME | `v` |
        det("inline_{}_assignment",
            rf"(?:^|[\s(,;]|[\"']-|(?i:environment|from-literal)=|[\-/](?i:p|property):){QUALIFIED}(?i:[\w.\-]*?{words}{KEY_TAIL})(?:[ \t]*(?:=|:|\bis\b)[ \t]*|[ \t]+-[ \t]+){u}(?:$|[\s\"'`#;,\\)\]}}<>])",
            "unquoted_token" if strict else "inline_password", trim=".,:;!?"),
        # (the words between may hold a quoted name, but end one JSON string and start another only where
        # that one names what was given: "invalid credentials", "received": "…", not "topic_id": "…"; an
        # '=' only as a stated number's: "enciphered with a=5, b=23: …")
        det("prose_{}_value", rf"{prose_word}\\?\"?(?:(?:[^:=\"\r\n]|=[ \t]?[0-9]|[0-9]:[0-5][0-9]|\"[^:=\"\r\n]*\")*?|[^:=\r\n]*?\"(?i:received|provided|"
                             rf"given|got|sent|supplied|input|value|default)\"[ \t]*){PROSE_GIVES}[ \t]*(?:\*{{1,2}}[ \t]*)?"
                             rf"(?:\\?[`\"'「（(«»„“][ \t]?|\{{\{{)?{said}(?:(?m:$)|[\s\"'`,;)\]}}\\<{NOT_VALUE_CHARS}])",
            "token" if strict else "inline_password", trim=".,:;!?", deny=(*family_deny, *NOT_GIVEN, *_NOT_PROSE_VALUE),
            solitary=True),
    ] + ([] if strict else [   # a password right after its word: "şifresi X olarak", "password X"
        det("prose_{}_next", rf"{prose_word}[{_THAI}]{{0,20}}(?:[ \t]+(?:\\?[`\"'(「（])?|[をはがも]?[「（])(#?[^\s\"'`#;,\\()\[\]{{}}<>\-「」（）]"
                             rf"[^\s\"'`;,\\()\[\]{{}}<>{NOT_VALUE_CHARS}]{{{min_len - 1},}})(?:(?m:$)|[\s\"'`,;)\[\]}}<{NOT_VALUE_CHARS}])",
            "inline_password", trim=".,:;!?")])
