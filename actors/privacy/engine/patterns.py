"""How a detector is declared: the ``Detector`` record, the families, and the building blocks and
builders the catalog (``detectors``) is written with.

A ``Detector`` is a name, a family (``category``), an RE2 pattern whose first participating group is
the secret (the whole match when the pattern has no group), the lowercase keywords of which at least
one occurs in every match (the prefilter; an empty tuple means "always run"), an optional structural
validator named from ``validators.VALIDATORS`` and the ``sanitization_rules`` key that decides what
happens to it. Patterns are RE2 syntax: linear-time, no look-around, counted repetition <= 1000.

Order matters once: where two detectors find the same span, the one declared first names it, so
vendor formats come before the generic assignment and URL rules.
"""
from __future__ import annotations

from dataclasses import dataclass

from .public import PUBLIC_KEY_WORDS


@dataclass(frozen=True, slots=True)
class Detector:
    name: str
    category: str
    pattern: str
    keywords: tuple[str, ...]
    validator: str | None = None
    rule: str = "api_keys"
    marker: str = ""          # pseudonym kind, e.g. <aws_access_key_1>; defaults to ``name``
    edges: bool = True        # the secret may not touch an ASCII letter or digit on either side
    trim: str = ""            # trailing characters that end a sentence, not the secret ("pw is x.")
    deny: tuple[str, ...] = ()  # lowercase words that, in the key before the secret, mean "not one"
    structural: bool = False  # found by reading a document's structure (``pairs``), not by its pattern
    companion: bool = False   # half of a pair (a key id): a finding only beside another secret in the text

    @property
    def kind(self) -> str:
        return self.marker or self.name


# Families a ``sensitive_patterns`` entry may name, and the seed's four words as aliases of them.
CATEGORIES = ("cloud", "source_hosting", "package_registry", "chat", "payment", "mail", "ai", "saas",
              "private_key", "jwt", "auth_header", "connection_string", "assignment", "pii")
ALIASES = {
    "api_key": ("cloud", "source_hosting", "package_registry", "chat", "payment", "mail", "ai", "saas"),
    "token": ("jwt", "auth_header", "source_hosting", "package_registry"),
    "password": ("connection_string", "assignment"),
    "secret": ("private_key", "assignment"),
}
# Which label (``protocol.vocab.Label``) a finding of each family carries; the flow policy decides by it.
LABEL_OF_CATEGORY = {c: ("pii" if c == "pii" else "secret") for c in CATEGORIES}

# Building blocks. SEP: the assignment operator between a key and its value, in any common syntax, quotes
# optional and possibly JSON-escaped (\"key\": \"value\"). Vendor contexts also accept a comma
# (setenv("TWILIO_TOKEN", "...")); generic words do not (['pass', 'raise'] is a keyword list).
Q = r"""(?:\\?["'`])"""
# (or only spaces: ``set -gx STORJ_ACCESS 1…``, ``tmux set-environment -g K v``; the value's shape is the vendor's)
SEP = rf"""(?:{Q}?[ \t]*(?:={{1,3}}|:=|:|=>|,|\+=)[ \t]*{Q}?|{Q}?[ \t]+{Q}?)"""
ASSIGN = rf"""{Q}?[$*)]?[ \t]*(?:={{1,3}}|::?=|:|=>|->|\+=|\?=|<-)[ \t]*"""   # the value brings its own quotes
# (``^CFG("api_key")=``: a subscript's closing parenthesis)
# (``name$ =``: BASIC's and LabTalk's string variables; ``name* =``: Nim's exported constant)
# a declared type between a name and its value: ``KEY: &str =``, ``token: SecretStr =``, ``key: string =``
TYPED = (r"""[ \t]*:[ \t]*&?(?:'static[ \t]+)?(?:\[[0-9_]*\][ \t]*)?(?:const[ \t]+)?[A-Za-z_][\w.<>\[\]]{0,30}[ \t]*=[ \t]*|"""
         r"""[ \t]+(?i:constant)[ \t]+[A-Za-z_][\w]{0,30}(?:\([0-9, ]{1,10}\))?[ \t]*:=[ \t]*""")   # PL/SQL's CONSTANT
NEVER = r"[^\s\S]"        # the pattern of a structural detector: its findings come from ``pairs``
UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
NL = r"(?:\r?\n|(?:\\r)?\\n)"
# a value given alone on a line below its name: after "is", a colon or a sentence's stop ending the naming line, or an
# arrow starting the value's ("the token, base32'd\n  → <value>"); a blank line may stand between
ARROW = r"(?:(?:→|->|=>|➜)[ \t]*)"
ARROW_LINE = rf"[^\r\n]{{0,240}}\r?\n(?:[ \t]*\r?\n)?[ \t]*{ARROW}"    # any naming line, then an arrow before the value
# a value given as a data: URI of text (``data:text/plain;base64,…``), an LDIF attribute's base64
# (``description:: …``) or a call that decodes it (REXX's ``X2C('…')``, Oracle's
# ``UTL_RAW.CAST_TO_VARCHAR2(HEXTORAW('…'))``, T-SQL's ``CAST(0x… AS VARCHAR(64))``): its payload is the value
WRAPPER_OPEN = (r"(?:data:[\w.+\-]+/[\w.+\-]+(?:;[\w.\-]+=[\w.\-]+)*;base64,|[A-Za-z][\w\-;]*::[ \t]+|"
            r"(?:[\w.]*(?i:x2c|hextoraw|unhex|from_base64|frombase64string|b64decode|atob|cast_to_varchar2|frombinary|fromtext)\(){1,2}['\"]?|"
            r"(?i:cast)\(|(?i:bindata)\([ \t]*0[ \t]*,[ \t]*['\"])")   # (MongoDB's BinData(0, "…"); Power Query's Text.FromBinary(Binary.FromText("…", BinaryEncoding.Hex)))
WRAPPER_CLOSE = (r"""(?:'x|['"]?(?:[ \t]*,[ \t]*[\w.]{1,30})?(?:\)){0,3}(?:[ \t]+(?i:as)[ \t]+\w+(?:\([0-9]{1,4}\))?\))?)""")
# (the call's, the cast's close; a SAS hex constant's 'x)
# what may stand between a naming line and its value: a heredoc's first line, YAML's !!binary, a diff's header
BETWEEN_LINES = (r"(?:[^\r\n]*<<-?[ \t]*['\"]?[A-Za-z_]+['\"]?[ \t]*\r?\n|[ \t]*!!binary[ \t]*[|>]?[+\-]?[ \t]*\r?\n[ \t]*|"
                 r"---[ \t][^\r\n]*\r?\n\+\+\+[ \t][^\r\n]*\r?\n@@[^\r\n]*@@[^\r\n]*\r?\n)?")
VALUE_MARK = r"(?:[>#+][ \t]*|-[ \t]+|\[[0-9:]{4,8}\][ \t]*(?:<[^<>\r\n]{1,32}>|[\w.\-]{1,32}:)[ \t]*)?"   # a quote's, comment's, diff's, list's or chat line's mark
# (a colon inside the naming line, "a data: URI", is not its end)
NEXT_LINE = (rf"(?:(?:[^:\r\n]|:[ \t]*[^\s:]){{0,240}}?(?:[ \t](?i:is|are|ist|est|es|lautet)|:|[^.\s]\.)[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*"
             rf"{BETWEEN_LINES}(?:(?:`{{3}}|~{{3}})[\w\-]*[ \t]*\r?\n[ \t]*)?{VALUE_MARK}{ARROW}?|"   # (a Markdown fence)
             rf"{ARROW_LINE})(?:(?:\$|[bBrRuU])?[`\"'])?{WRAPPER_OPEN}?")   # (bash's $'…', Rust's b"…")


def tok(name: str, category: str, regex: str, *keywords: str, validator: str | None = "not_placeholder",
        marker: str = "", edges: bool = True, rule: str = "api_keys") -> Detector:
    """A self-identifying token: a distinctive prefix or shape, no context needed."""
    return Detector(name, category, rf"\b({regex})", tuple(k.lower() for k in keywords), validator,
                    rule, marker, edges)


CTX_WORDS = r"(?:key|token|secret|pass(?:word)?|auth|pat|credentials?)"


def ctx(name: str, category: str, vendor: str, value: str, *keywords: str, words: str = CTX_WORDS,
        validator: str | None = "keyed", marker: str = "", rule: str = "api_keys") -> Detector:
    """A vendor key that only its name identifies: ``TWILIO_AUTH_TOKEN=...``. The key must name the
    vendor and a secret word (``HEROKU_APP_ID=<uuid>`` is not a secret)."""
    kws = keywords or tuple(k.lower() for k in vendor.split("|"))
    return Detector(name, category, rf"(?i:{vendor}[\w.\-]{{0,20}}?{words})[\w.\-]{{0,12}}?{SEP}({value})", kws,
                    validator, rule, marker)


def pem(name: str, label: str, keyword: str) -> Detector:
    """A PEM block from BEGIN through END (or, truncated, through its last base64 line)."""
    # Header lines (Proc-Type: ...) first: RE2 prefers earlier alternatives like Perl does.
    # "..." is taken in so the validator sees an elided documentation key for what it is.
    body = rf"(?:[A-Za-z][A-Za-z0-9-]*:[ \t][^\r\n\\]*|[A-Za-z0-9+/=]+|[ \t]|{NL}|\.\.\.)*"
    return Detector(name, "private_key",
                    rf"(-----BEGIN {label}-----{body}(?:-----END {label}-----)?)",
                    (keyword,), "pem", "private_keys", "private_key", edges=False)


def url(name: str, schemes: str, keywords: tuple[str, ...]) -> Detector:
    """The password of ``scheme://user:password@host``."""
    return Detector(name, "connection_string",
                    # (the user may hold an @ itself: administrator@vsphere.local:pw@host; a domain before
                    # it an escaped ';': gio's smb://CORP\;user:pw@host)
                    rf"(?i:\b(?:{schemes})://)(?:[^\s:/'\"\\<>]|\\[;\w])*:([^\s@/'\"\\<>]{{1,}})@",   # (CORP\user too)
                    keywords, "password", "passwords", "password", edges=False)


# "password" as code and config name it in other languages (passwort, contraseña, mot_de_passe, senha,
# пароль, wachtwoord, hasło, lösenord, şifre, mật khẩu as mat_khau, kata sandi ...)
FOREIGN_PW_WORDS = (r"passwort|kennwort|contrase(?:ñ|n)a|senha|wachtwoord|l(?:ö|o)senord|п[аa][рp][оo]ль|has(?:ł|l)o|"
                    r"(?:ş|s)ifre|mat[_.\-]?khau|m(?:ậ|a)t[_.\-]?kh(?:ẩ|a)u|parola|salasana|passord|adgangskode|"
                    r"lozinka|jelsz(?:ó|o)|kata[_.\-]?sandi|contrasenya|heslo|adgangskode|slaptažodis|κωδικός|"
                    r"كلمة[_.\-]المرور|パスワード|密码|密碼|비밀번호|(?:root|bind)pw")
# Languages that put the noun first name the thing after it (senha_do_banco, mot_de_passe_bdd,
# PASSWORT_DATENBANK, contrasenaSmtp): a foreign word may take up to three qualifiers after it.
FOREIGN_PW_KEY = (rf"(?:{FOREIGN_PW_WORDS}|mot[_.\-]?de[_.\-]?passe)"
                  "(?:[_.\\-]?[A-Za-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]{1,12}){0,3}")
# Secret-naming key words. A key must END with one of them (or with one and a suffix that names a
# form of it, ``_base``, ``_b64``): ``db_password`` yes, ``password_reset_token_ttl`` and ``max_tokens`` no.
PW_WORDS = (r"(?:password|passwd|pass[_.\-]?phrase|passcode|pswd|shared[ _.\-]?secret|pwd|[_.\-]pass|\bpass|[a-z]pass\b|authtok|psk|community|masterauth|passhash|"
            r"[_.\-]pw|\bpw|[a-z]pw\b|[_.\-]passe|(?:pwd|password|passwd)[_.\-](?:prod|dev|staging|stg|test|qa|uat|live|local)|"
            r"p[a4@]ssw[o0]rd|{})".format(FOREIGN_PW_KEY))   # PWD_PROD: which one after the word; p4ssw0rd
SECRET_WORDS = (r"(?:secret|secret[_.\-]?key|token|api[_.\- ]?key|apikey|"
                r"access[_.\- ]?(?:key|grant)|secret[_.\-]?word|sas[_.\-]?sig|[_.\-]bearer|private[_.\-]?key|client[_.\-]?secret|auth[_.\-]?token|credentials?|creds|"
                r"signing[_.\-]?key|encryption[_.\-]?key|recovery[_.\-]?key|master[_.\-]?key|app[_.\-]?secret|app[_.\-]?certificate|pat|"
                r"pre[_.\-]?shared[_.\-]?key|sensitive[_.\-]props[_.\-]key|tenant[_.\-]?code|licen[cs]e(?:[_.\-]?key)?|entitlement|write[_.\-]?key|secret[_.\- ]?id|"
                r"(?:otp|totp|mfa|2fa)[_.\-]?(?:seed|secret|key)|seed|salt|p4[_.\-]?ticket|[_.\-]hmac|[_.\-]auth|\bauth\b|(?:\b|[_.\-])cred\b|[_.\-]signing\b|\bencrypt|[_.\-]sk|\bsk|access[_.\-]?hash|bw[_.\-]?session|"
                r"c(?:lav|hav)e[_.\-]?secreta|geheim(?:er)?[_.\-]?schl(?:ue|ü)ssel|cl(?:e|é)[_.\-]?api|chiave[_.\-]?segreta|"
                r"geheimnis|secreto|segredo|segreto|sekret|секрет|秘密鍵|秘钥|密钥|비밀[_.\-]?키|pepper|[_.\-]tok\b|"
                r"(?:访问|存取|訪問)?令牌|トークン|토큰|api[_.\-]?hash)")   # api_hash: Telegram's app secret
# The last resort: a key ending in ``key`` (``DATA_KEY``, ``hapikey``) or a session's (``ATUIN_SESSION``) —
# only with a value long and random (16+ characters): such names name many things that are not secrets.
KEY_WORDS = r"(?:[a-z_.\-]keys?|[_\-]session)"
# how people write "password" in the messages and mails they paste (п[аa][рp][оo]ль: the cleaned view
# folds Cyrillic letters that look like Latin ones, so the word must match in both spellings)
PROSE_PASSWORD_WORDS = (r"passwort|kennwort|contrase(?:ñ|n)a|mot[ \t]de[ \t]passe|senha|wachtwoord|"
               r"l(?:ö|o)senord|п[аa][рp][оo]л[ьи]|密码|パスワード|비밀번호|heslo|hasło|haslo|şifres?i?|sifres?i?|şîfre\w*|jelszó|parola|"
               r"salasana|passord|adgangskode|lozinka|κωδικός|पासवर्ड|암호|口令|密碼|m(?:ậ|a)t[ \t]kh(?:ẩ|a)u|kata[ \t]sandi|"
               r"كلمة[ \t]المرور|كلمة[ \t]السر|ה?סיסמה|รหัสผ่าน|parol(?:ă|a|e|\b)|parool|\bmima\b|pasuw(?:aa|a-)do|bimi[ln][ \t]?beonho|hes(?:ł|l)o|loyniorð(?:ið)?|palabra-passe|faalilolilo|icciitii|contrasenya|clave|slaptažodis|"
               r"jelszava|পাসওয়ার্ড|nenosiri|kata[ \t]laluan|sandi|code[ \t]d['’]acc(?:è|e)s|heslem|hesla|"
               r"كلمة[ \t]مرور|كلمة[ \t]سر|وكلمة[ \t]المرور|паролата|парола|پاس[ \t]ورڈ|கடவுச்சொல்|key[ \t]?material|"
               # Welsh, Azerbaijani, Kazakh, Georgian, Armenian, Telugu, Icelandic, Afrikaans, Basque,
               # Galician, Slovenian, Serbian, Mongolian (the copula where the word alone is too common)
               r"cyfrinair|şifrə(?:si)?|құпия[ \t]?сөз(?:і)?|პაროლი|პაროლია|գաղտնաբառ(?:ը)?|"
               "పాస్\u200c?వర్డ్|"   # the joiner as Telugu writes it
               r"lykilorð(?:ið)?|wagwoord|pasahitz(?:a|\b)|contrasinal|geslo|лозинк[аеу]|нууц[ \t]үг|"
               r"parool(?:i)?[ \t]on|parole[ \t]ir|"
               # the copula with the word where it is too common a word alone ("on", "er"); Persian
               # names the owner after the word ("password of the server X is")
               r"salasana(?:ni|si)?[ \t]on|(?:adgangskoden?|passord(?:et)?)[ \t]er|kodeord(?:et)?|"
               r"parool|parole|"
               # Rusyn, Esperanto, Interlingua, Ladino, Crimean Tatar, Bashkir, Assamese, Sindhi, Manx, Aragonese
               "гесло|pasvorto|contrasigno|kodiche|parol(?:ü|i)|серһүҙе|পাছৱৰ্ড|پاسورڊ|fockle-arrey|clau[ \t]d['’]|"
               # Irish, Albanian, Kyrgyz, Hausa, Amharic
               "pasfhocal|fjalëkalim(?:i)?|сырсөз(?:ү)?|kalmar[ \t]sirri|የይለፍ[ \t]ቃ(?:ል|ሉ)|"
               # Kurmanji, Low German, Kölsch, Shona, Tok Pisin
               "şîfre(?:ya)?|passwoort|passwoot|pasiwedhi|paswot|passwird|liloba[ \t]ya[ \t]sekele|"
               # Danish's "the code", Latin, Serbian in Cyrillic, Turkish's "your password", Luxembourgish,
               # Maori, Scottish Gaelic, Manx, Yiddish
               "koden|tessera|шифр[аеу]|şifren|passwuert|kupuhipa|facal-faire|fockle-follit|פּאַראָל|פאראל|"
               # Bosnian, Croatian and Serbian in Latin script, Azerbaijani's "its password", Hawaiian
               "(?:š|s)ifr[aeu]|parolu|[ʻ'‘]?(?:ō|o)lelo[ \t]huna|"
               # Manx spaced, Arpitan and Occitan, Piedmontese's "key" (la ciav për intré)
               r"fockle[ \t]follit|mot[ \t]de[ \t]passa|mot[ \t]d['’]passe|\bciav[ \t]për|"
               # Breton, Zulu, Yoruba
               r"ger-tremen|iphasiwedi|aṣínà|"
               # Irish, Somali, Malagasy
               r"focal[ \t]faire|furaha[ \t]sirta|teny[ \t]miafina|"
               # Tatar, Javanese, Sundanese, Igbo, Chichewa
               r"серсүз(?:е)?|\bsandhi\b|kecap[ \t]akses|okwuntughe|mawu[ \t]achinsinsi|"
               # Kinyarwanda, Khmer
               r"ijambo[ \t]ry['’]ibanga|ពាក្យសម្ងាត់|"
               # Gujarati, Punjabi, Kannada, Malayalam (the joiner as they write it), Sinhala, Burmese, Khmer, Lao, Pashto, Tajik, Xhosa, Malagasy, Sundanese, Haitian Creole
               "પાસવર્ડ|ਪਾਸਵਰਡ|ಪಾಸ್\u200c?ವರ್ಡ್|പാസ്\u200c?വേഡ്|මුරපද(?:ය)?|စကားဝှက်|លេខសម្ងាត់|ລະຫັດຜ່ານ|پټنوم|"
               r"парол[иь]|igama[ \t]lokugqith(?:a|isa)|tenimiafin(?:a|['’]ny)|kecap[ \t]konci|modpas|"   # (then Tamil, Urdu, Dzongkha, Niuean, Fijian, Erzya)
               r"கடவுச்சொல்|پاس[ \t]ورڈ|གསང་ཡིག|kupu[ \t]fufu|vosa[ \t]vuni|салавал[ \t]вал\w*|ፓስዎርድ|pled-clav|paroly|n?g?h?yfrinair|"
               # Tibetan, Tigrinya, Turkmen, Uyghur, Odia, Sorani, Dhivehi, Papiamento, Bislama and Tok Pisin; then Oromo, Somali, Kinyarwanda
               r"གསང་ཚིག|መሕለፊ[ \t]ቃል|açar[ \t]sözi|مەخپىي[ \t]نومۇر|ପାସୱାର୍ଡ|وشەی[ \t]نهێنی|ޕާސްވޯޑ|kontrase(?:ñ|n)a|pasword|"
               r"jecha[ \t]darbii|erayga[ \t]sirta|ijambobanga|wachtwurd|phasewete|modpas|pasiwedhi|پارول|parau[ \t]huna|ñe['’]ẽñemi|arupax|pakasqa[ \t]simi\w*|peraule[ \t]cl[âa]f|baatu[ \t]j[àa]ll|"
               "पासफ्रेज|сусæг[ \t]дзырд|ekigambo(?:[ \t]\\w+)?[ \t]eky['’]ekyama|beassansátn\\w*|\\bcrae\\b|lefoko[ \\t]la[ \\t]sephiri|wachwaord|\\bkodigo\\b|upu[ \\t]faataga|upu[ \\t]faalilo|conse(?:ñ|n)a|parolla[ \\t]d['’](?:intrata|accessu)|סיסמת|вăрттăн[ \\t]сăмах|lea[ \\t]fakapulipuli|lea[ \\t]fuf|adzamenya|ahintas|gundo[ \\t](?:kumaden|daɲɛ)|phasiwede?|liloba[ \\t]ya[ \\t]nkuku|nya[ \\t]ɣaɣlaa|scret[ \\t]mot|"   # Marathi, Ossetian, Luganda, N. Sami, Sardinian, Tswana, Limburgish, Ladino, Samoan, Corsican, Hebrew (construct), Chuvash, Tongan, Ewe, Twi, Bambara, Venda and Tsonga, Lingala, Walloon
               r"رمز(?:[ \t]عبور)?(?:[ \t][^\s\d]{2,12}){0,2}")
PROSE_WORDS = r"creds|credentials?|" + PROSE_PASSWORD_WORDS     # ... and what a message calls logins
# ... and words for "password" and "key" that a script without spaces runs into the next word
# (``root密码是 …``, ``APIキーはこちら：…``): no word boundary can be asked of them
CJK_PW_WORDS = r"密码|密碼|口令|パスワード|暗証番号|비밀번호|암호|पासवर्ड|รหัสผ่าน"
# how a sentence hands over a value: "is", "changed to", "lautet", "é", "是", "は", ":" (full-width too)
PROSE_GIVES = (r"(?::|：|՝|[ \t](?:—|–|→|->|=>|\.{3,}|…+)|[ \t](?i:is|was|are|ist|est|es|to|now|lautet|je|jest|é|è|hè|är|wynosi|olarak|c'est|c’est|"
               r"là|yw|је|adalah|ialah|ay|és|ni|হলো|هي|هو|er|este|είναι|היא|הוא|е|тепер|сега|sekarang|अब|mostantól|jetzt|agora|"
               r"ahora|maintenant|teraz|сейчас|şimdi|artık|para|estas|енді|الان|ass|ko|איז|holo|wa|ye|hija|huwa|waa|dia|kay|ket|em|enye|ne|kiri|ithi|mooy|eo|ezali|yaiku|nyaéta|bụ|ngu|ndi|គឺ|"
               r"colon|is[ \t]it[ \t]still|(?:new|current|old)[ \t]value|dadi|janten|yra|është|է|isch|easti|ch['’]est|(?:a[ \t])?l['’][èé]|nakeuh|guiya|одоо|දැන්|இப்போது|اب)[ \t]|"   # "became": Javanese, Sundanese; "is": Lithuanian, Albanian, Armenian
               r"是|为|為|は|는|은|है|คือ|改成了?|改为|改為|设为|設為|换成|換成)(?:[ \t]*(?i:jetzt|now|agora|ahora|maintenant|teraz|сейчас|ora|şimdi|nu)[ \t])?")
KEY_TAIL = (r"(?:[_.\-]?(?:base|b64u?|b64url|base64(?:url)?|b32|base32|b58|a85|b85|hex|value|str|string|data|plain|raw|private|txt|body|jwt|pem|"
            r"admin|ptr|header|document|template|code|v[0-9]|[0-9]{1,2})){0,2}(?:__)?")   # (VAULT_UNSEAL_KEY_1: one of several; MQCSP's CSPPasswordPtr; BLOXROUTE_AUTH_HEADER; __CA_DB_PASSWORD__)
PW_KEYWORDS = ("password", "passwd", "passphrase", "pwd", "pswd", "shared secret", "shared_secret", "shared-secret", "sharedsecret", "pass", "authtok", "psk", "community", "masterauth", "pw",
               "passwort", "kennwort", "contrase", "conseña", "senha", "wachtwoord", "senord", "пароль", "парoль", "hasło", "haslo",
               "ifre", "îfre", "khau", "khẩu", "parol", "المرور", "السر", "סיסמה", "รหัสผ่าน", "slaptažodis", "κωδικός",
               "パスワード", "密码", "密碼", "비밀번호", "rootpw", "bindpw", "salasana", "passord", "adgangskode", "lozinka", "jelsz", "sandi", "heslo", "p4ssw", "p@ssw",
               "passw0rd", "পাসওয়ার্ড", "nenosiri", "laluan", "d'acc", "d’acc", "رمز",
               "cyfrinair", "şifrə", "құпия", "პაროლ", "գաղտնաբառ", "వర్డ్", "lykilor", "wagwoord", "parool", "parole",
               "pasahitza", "contrasinal", "geslo", "лозинк", "нууц", "પાસવર્ડ", "ਪਾਸਵਰਡ", "ವರ್ಡ್", "വേഡ്", "මුරපද",
               "စကားဝှက်", "លេខសម្ងាត់", "ລະຫັດຜ່ານ", "پټنوم", "парол", "lokugqitha", "tenimiafin", "kecap konci", "modpas",
               "གསང་ཚིག", "መሕለፊ", "açar sözi", "مەخپىي", "ପାସୱାର୍ଡ", "نهێنی", "ޕާސްވޯޑ", "kontrase", "pasword", "wachtwurd", "phasewete", "pasiwedhi", "šifr", "sifr", "kodeord", "lelo huna", "fockle follit", "de passa", "ciav", "passwird", "sekele", "ger-tremen", "iphasiwedi", "aṣínà", "focal faire", "furaha sirta", "teny miafina", "серсүз", "sandhi",
               "kecap akses", "okwuntughe", "achinsinsi", "ibanga", "ពាក្យសម្ងាត់", "கடவுச்சொல்", "پاس ورڈ", "གསང་ཡིག", "kupu fufu", "vosa vuni", "पासफ्रेज", "сусæг", "ekigambo", "beassansátn", "crae", "lefoko la sephiri", "wachwaord", "kodigo", "upu faataga", "upu faalilo", "conseña", "parolla d", "סיסמת", "вăрттăн", "lea fakapulipuli", "lea fuf", "adzamenya", "ahintas", "gundo kumaden", "gundo daɲɛ", "phasiwed", "liloba ya nkuku", "nya ɣaɣlaa", "scret mot", "салавал", "ፓስዎርድ", "pled-clav", "paroly", "gyfrinair", "chyfrinair",
               "پارول", "parau huna", "ñe'ẽñemi", "ñe’ẽñemi", "arupax", "pakasqa simi", "peraule cl", "baatu j")
SECRET_KEYWORDS = ("secret", "token", "key", "cred", "signing", "pat", "seed", "p4ticket", "p4_ticket", "hmac", "licen", "entitlement", "salt", "auth", "encrypt", "sk", "access_hash", "accesshash", "access_grant", "access-grant", "accessgrant", "sas_sig", "sassig", "sas-sig", "bearer", "bw_session", "bw-session",
                   "clave", "chave", "geheim", "cle", "clé", "chiave", "secreto", "segredo", "segreto", "sekret", "секрет",
                   "秘密鍵", "秘钥", "密钥", "비밀", "令牌", "トークン", "토큰", "api_hash", "apihash", "api-hash")
KEY_KEYWORDS = ("key", "session")
QUOTED = (r"""(?:\[\]byte\(|Buffer\.from\(|bytes(?:\.fromhex)?\(|<<|JSON\.stringify\(|Secret\.fromString\(|Secret(?:Str|String)?\(|"""
          r"""Secret(?:::|\.)new\()?(?:[rRbBuUfF]{1,2}|@|N)?(?:\"\"\"([^"\r\n]{%d,})\"\"\"|'''([^'\r\n]{%d,})'''|''([^'\s,]{%d,})''|"""
          r"""'((?:\\x[0-9a-fA-F]{2}){8,})'|"((?:\\x[0-9a-fA-F]{2}){8,})"|"""
          r"""\\?"([^"\\\r\n]{%d,})\\?"|'([^'\\\r\n]{%d,})'|"\\"([^"\\\r\n]{%d,})\\""|"""
          r"""`([^`\\\r\n]{%d,})`|\bqq?\{([^{}\\\r\n]{%d,})\})""")     # (Perl's q{…})
# a value ends where a script without spaces goes on (``X입니다``, ``Xです。``) or a guillemet closes
_THAI = "\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff"     # Thai, Lao, Tibetan, Burmese, Khmer run their words together: "รหัสผ่านเซิร์ฟเวอร์ <pw>"
_NOT_VALUE = "「」（）、。，：«»“”„،\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
# (an opening bracket may follow the first character: ``2eRIl(n5cq``; a call is told apart by its shape)
UNQUOTED = rf"""([^\s"'`#;,\\()\[\]{{}}<>{_NOT_VALUE}][^\s"'`;,\\)\]}}<>{_NOT_VALUE}]{{%d,}})"""
LINE_START = r"""(?:(?m:^)|\\n|["']|\{|\{(?:noformat|code)(?::[^}\r\n]*)?\}|<(?:div|p|li|td|dd|pre|code)>|<[\w.:\-]+[ \t][^<>\r\n]{0,120}>)[ \t]*(?:[+\-][ \t]*)?@?(?:(?:export|override|(?i:set)|%(?i:let))[ \t]+)?(?:[&#]|%%)?"""   # a diff's +/-, a YAML list item, make's export, SQL's SET
# (a sigil before the name: a TSO CLIST's SET &NAME, a commented-out #NAME, Control-M's %%NAME; not a $variable of
# code, PowerShell's "$pw = $r.Content": notes.ini's $NAME=value is an upper-case name's, read as an environment line)
LINE_END = r"""[ \t]*(?:[#;][^\r\n]*)?(?:(?m:$)|\\[rn]|["',}]|</)"""     # (</div>: an HTML note's line)
# up to three other fields between a name and its value: ``"slotSetting": false,`` / ``scope: RUN_TIME``
SIBLINGS = r"""(?:\\?["'][\w\-]{1,30}\\?["'][ \t]*:[ \t]*[^,{}\[\]\r\n]{0,40},[ \t]*(?:\r?\n[ \t]*)?){0,3}"""
YAML_SIBLINGS = r"(?:[ \t]+[A-Za-z_][\w\-]{0,29}[ \t]*:[^\r\n]{0,60}\r?\n){0,3}"
ENV_START = r"""(?:(?m:^)|[\s;&|("\',+=`>\[\x00])(?:export[ \t]+|set[ \t]+|setenv[ \t]+|ENV[ \t]+)?(?:[$#]|%%)?"""


# Keys that end in a secret word but name something public: pagination and idempotency tokens,
# public keys, token types; keys with ``::`` are type paths (AWS::ApiGateway::ApiKey).
# what says the value below is not one ("no credential exposed:", "nothing secret):", "not stored here):")
NOT_GIVEN = ("not a secret", "no secret", "not secret", "nothing secret", "nothing sensitive", "no credential",
             "no password", "not stored here", "no live", "contains no", "documented example")
# words before a name for the deny lists to read ("not a secret): …", "Public key token is …", "demo password …")
QUALIFIED = r"(?:(?i:not[ \t]+a|no|nothing|public[ \t]+key|demo)[ \t]+)?"
REQUEST_IDS = ("idempotency", "request-id", "request_id", "correlation-id", "trace-id")   # a request's own id
NOT_SECRET_KEYS = ("csrf", "xsrf", "authenticity_token", "\"_token\"", "'_token'", "\"form_token\"",   # (Drupal's)
                   "phase2-auth", "phase2_auth", "account_sid", "proxyauth",   # an EAP method's name; Twilio's account id; user:pw   # Laravel/Symfony/Rails form tokens
                   "proxy_pass", "fastcgi_pass", "uwsgi_pass", "grpc_pass", "scgi_pass",
                   "memcached_pass", "random_seed", "rng_seed", "rand_seed", "x-amz-credential", "x-goog-credential",
                   "requestverificationtoken", "antiforgery", "encryptedkey", "encrypted_key", "encrypted-key",
                   "foreign_key", "foreignkey", "sort_key", "sortkey",
                   "partition_key", "partitionkey", "hash_key", "hashkey", "range_key", "cache_key", "cachekey",
                   "lookup_key", "routing_key", "routingkey", "dedup_key", "dedupe_key", "event_key", "group_key",
                   "object_key", "objectkey", "i18n_key", "translation_key", "message_key", "hotkey", "shortcut_key",
                   "shortcutkey", "shortcut-key", "shortcut_keys",
                   "nodekey", "discokey",                   # Tailscale's public keys (not ASP.NET's machineKey)
                   "token account",                         # a Solana token account: an address
                   "license id", "licence id", "key id",    # a licence's ID, not its key; an access key's ID
                   "licence no", "license no", "licence number", "license number",   # a licence's number
                   "\"salt\"", "\\\"salt\\\"",         # a hash's salt, stored beside it
                   "demo_password", "demopassword", "demo password", "instrumentationkey", "instrumentation_key",         # a demo account's: published with the demo
                   *REQUEST_IDS,
                   "existingsecret", "existing_secret", "existing-secret", "secretname", "secret_name",   # a Secret's name
                   "public_pat", "path\"", "path'", "path:", "path =", "_path", "-path", ".path", "path_to_",   # (not SSIS's Path="\Package.…")
                   *PUBLIC_KEY_WORDS, "fingerprint", "checksum", "digest", "sha256:", "sha1:", "md5:", "next_token", "next-token", "nexttoken", "page_token", "page-token", "pagetoken",
                   "client_token", "client-token", "clienttoken", "continuation", "idempotency", "sync_token",
                   "public_key", "public-key", "publickey", "token_type", "tokentype", "cancel_token",
                   "cancellation_token", "cancellationtoken", "starting_token", "starting-token",
                   "startingtoken", "request_token", "request-token", "requesttoken", "change_token",
                   "changetoken", "lock-token", "\"lock_token", "'lock_token", "\"locktoken", "'locktoken",   # (a quoted name: not GETBLOCK_TOKEN)
                   "action_token", "actiontoken", "forwardtoken",
                   "backwardtoken", "request_id", "requestid", "request-id", "trace_id", "traceid", "span_id",
                   "correlation_id", "cache-key", "restore-key", "restore_key", "cmdkey", "scram-sha-", "aws::", "alicloud::", "ros::",
                   "do_wifi_ssid_passphrase", "wpa_passphrase ",
                   "sec-websocket-key", "sec-websocket-accept")   # a WebSocket handshake's nonce and its answer   # raspi-config's, wpa_passphrase's: the network's name first
# words that end in "key" without naming one: only the key family's bare ``[a-z]key`` reads them
# (a "surveymonkey-token" is a token)
NOT_KEY_WORDS = ("keyboard", "monkey", "turkey", "hockey", "whiskey", "donkey", "jockey")


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
    said = "(#?" + (UNQUOTED % (min_len - 2))[1:-1] + rf"""[^\s"'`;,\\)\]}}<>:{_NOT_VALUE}])"""
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

    prose_word = (rf"(?:(?:^|[\s(,;`\"'\]>*]){QUALIFIED}(?i:[\w.\-]*?(?:{words}))\b|"
                  rf"(?:^|[\s(,;:`\"'\]>*])(?i:[\w\-]*?(?:{PROSE_WORDS}))"   # NOTE:Lösenordet, Databaslösenordet
                  rf"{'' if strict else '|' + CJK_PW_WORDS})")
    name_value = (rf"(?:(?i:name|key|parameterkey|variable)\\?[\"']?[ \t]*[:=][ \t]*\\?[\"']?/?(?:[\w.\-]+/)*{key}\\?[\"']?"
                  rf"[ \t]*,?[ \t│┃|]*(?:\r?\n[ \t│┃|]*(?:[-+~][ \t]*)?)?{SIBLINGS}\\?[\"']?(?i:value|parametervalue|default(?:_value)?|notes)\\?[\"']?[ \t]*[:=][ \t]*{q}"
                  rf"|(?:(?i:name|key|parameterkey|variable|property)[ \t]*:[ \t]*[\"']?(?:/?[\w.\-]+/)*{key}[\"']?[ \t]*\r?\n"
                  rf"{YAML_SIBLINGS}[ \t]*(?:-[ \t]*)?(?:[\w\-]*[_\-])?(?i:value|default)[ \t]*:[ \t]*(?:{q}|{u})[ \t]*(?:\r?\n|$))"
                  rf"|\b(?:variable|data[ \t]+\"[\w\-]+\")[ \t]+\"{key}\"[ \t]*\{{[^{{}}]{{0,200}}?\bdefault[ \t]*=[ \t]*{q}"
                  # a TOML table named for the secret, its value a key below: [env_var.API_TOKEN] … default = "…"
                  rf"|\[[\w.\-]*?{key}\][ \t]*\r?\n(?:[A-Za-z_][\w\-]*[ \t]*=[^\r\n]{{0,80}}\r?\n){{0,3}}"
                  rf"(?i:default|value)[ \t]*=[ \t]*{q}"
                  rf"|<(?i:key|name)>[ \t]*{key}[ \t]*</(?i:key|name)>[ \t\r\n]*<(?i:string|value)(?:[ \t][^<>\r\n]{{0,100}})?>(?:<(?i:string)>)?"
                  rf"[ \t]*([^<\s]{{{min_len},}})[ \t]*</"
                  rf"|(?i:name|key|id)=[\"'](?:%%)?{key}[\"'](?:[ \t\r\n]+[\w:\-]+=[\"'][^\"'\r\n]{{0,40}}[\"']){{0,2}}[ \t\r\n,]+(?:[\w\-]+:)?(?i:(?:default)?value|select)="
                  rf"[\"']'?([^\"'\r\n]{{{min_len},}})'?[\"']"     # (KNIME's <entry key="N" type="xstring" value="v"/>; XSLT's <xsl:param name="N" select="'v'"/>; Unreal's PinName="N",DefaultValue="v")
                  rf"|(?i:name|key|id)=[\"']{key}[\"'][^<>\r\n]*>(?:[ \t\r\n]*<[\w.:\-]+>[^<\r\n]{{0,40}}</[\w.:\-]+>){{0,2}}"   # (Dataverse's <type>…</type>)
                  rf"(?:[ \t\r\n]*<(?i:defaultvalue|value|string)(?:[ \t][^<>\r\n]{{0,60}})?>){{0,2}}[ \t\r\n]*([^<\s]{{{min_len},}})</"
                  # a UiPath workflow's Assign, named for what it sets: <Assign DisplayName="Assign N"> … <InArgument …>v</
                  rf"|DisplayName=[\"'](?:Assign[ \t]+)?{key}[\"'][^<>\r\n]*>[ \t\r\n]*<[\w.:\-]+>[ \t\r\n]*<InArgument\b[^<>\r\n]*>[ \t]*([^<\s]{{{min_len},}})</"
                  # SSIS: dtexec's /SET \Package.Variables[User::N];v, a .dtsConfig's Path="…[User::N].Properties[Value]" … <ConfiguredValue>v
                  rf"|\\Package\.(?:Variables\[(?:User::)?{key}\](?:\.Properties\[Value\])?|Connections\[[^\]\r\n]{{1,80}}\]\.Properties\[{key}\]);([^'\"\s;]{{{min_len},}})"
                  rf"|\bVariables\[(?:User::)?{key}\][^\"\r\n]*\"[^<>\r\n]*>[ \t\r\n]*<ConfiguredValue>([^<\s]{{{min_len},}})</"   # (not from Path=: a "path" is no secret)
                  rf"|\b(?i:LET)\([^()\r\n]*?\b{key},[ \t]*\"([^\"\r\n]{{{min_len},}})\""     # Excel's LET(…, NAME, "v", …)
                  rf"|<{key}>[ \t\r\n]*<(?i:value)>([^<\s]{{{min_len},}})</"
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
        det("quoted_{}_assignment", rf"{QUALIFIED}(?i:[\w.\-]*?{words}{KEY_TAIL})(?:\[[0-9]*\])?(?:{TYPED}|{ASSIGN})(?:0x[0-9a-fA-F]{{4,16}}[ \t]+)?{q}",
            literal, deny=(*family_deny, *NOT_GIVEN)),   # ... token = 0x5555555592a0 "…": gdb's info locals
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
                                rf"\.(?:getOrElse|orElse|getOrDefault|unwrap_or|or_else|orDefault)\()[ \t]*{q}", literal),   # (Gradle's provider.getOrElse("…"); zod's z.string().default("…"))
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
        det("spaced_{}_value", rf"(?:^|[\s(,{{])[*:+]?\\?[\"']?(?:[\w.\-]+/)?{key}\*?\\?[\"']?[ \t]+\\?[\"']([^\"'\r\n]{{{min_len},}})\\?[\"']",
            literal),
        det("nextline_{}_value", rf"(?:(?i:\b[\w.\-]*?(?:{words}))\b|(?i:{PROSE_WORDS}|\bkey\b))[^\r\n]*[:=][ \t]*\r?\n"
                                rf"(?:[ \t]*\r?\n)?[ \t]{{2,}}{u}[ \t]*(?:\r?\n|$)"
                                # a note's line that is only the name (a few words before it; a sticky note's "…!!"), the value the next
                                rf"|(?m:^)[ \t]*[\"“]?(?:[\w\-]{{1,20}}[ \t]+){{0,3}}{key}[ \t]*!{{0,3}}[ \t]*\r?\n[ \t]*{u}[ \t]*(?:\r?\n|$)",
            "token" if strict else "inline_password"),
        det("catted_{}_file", rf"\b(?:cat|etcdctl[ \t]+get|consul[ \t]+kv[ \t]+get|(?i:get))[ \t]+[^\s]*?{key}(?:\.txt)?"
                              rf"(?:[ \t]+--?[\w\-]+)*[ \t]*\r?\n\"?([^\s\"]{{{min_len},}})\"?[ \t]*(?:\r?\n|$)",
            literal, only=("cat ", "get ", "get\t")),   # $ cat /run/secrets/DB_PASSWORD, etcdctl get …/api_token: below
        det("printed_{}_value", rf"{key}\\?[\"']?[ \t]*\r?\n[ \t]*(?:\$[0-9]+[ \t]*=|[0-9]+\)|v[ \t]*=)[ \t]*"
                                rf"(?:0x[0-9a-fA-F]+[ \t]+)?(?:{q}|{u})", literal),
        det("nested_{}_value", rf"\\?[\"']{key}(?:[ \t]*\([^()\"\r\n]{{1,60}}\))?\\?[\"'][ \t]*:[ \t]*\{{(?:[^{{}}]{{0,100}}?\{{)?[^{{}}]{{0,300}}?"   # (Remote Config's {"defaultValue": {"value": …}})
                               rf"\\?[\"'](?i:value|defaultvalue|default)\\?[\"'][ \t]*:[ \t]*{q}",
            literal),
        det("macro_{}_value", rf"(?:\{{\\{{1,2}}{key}\}}|\\def\\{{1,2}}{key})[ \t]*\{{([^{{}}\s]{{{min_len},}})\}}",
            literal, only=("{\\", "\\def")),   # LaTeX: \newcommand{\apikey}{…}, \def\apikey{…}
        det("query_{}_parameter", rf"[?&;]{key}=([^&;\s\"'#<>]{{{min_len},}})", unquoted),
        # (XWiki's |NAME|{{{v}}} first: the table row after it would take the braces into its value)
        det("row_{}_field", rf"(?m:^)\|{cell}\|\{{\{{\{{([^{{}}\s]{{{min_len},}})\}}\}}\}}"
                            rf"|(?:(?m:^)[ \t]*\|?|[;\t|])[ \t]*`?{cell}`?[ \t]*(?:[;\t]|\|\|?)[ \t]*(?:`?[\w\-]{{1,12}}`?[ \t]*[;\t|][ \t]*)?"
                            rf"(?:``?)?([^;\t\s\"'|`]{{{min_len},}})(?:``?)?[ \t]*(?:[;\t|]|\r?\n|$)"
                            rf"|(?m:^){key},([^,\s\"']{{{min_len},}})[ \t]*(?:,|\r?\n|$)"          # key,value CSV
                            # a report's aligned columns, the name first and the value last (EBS's profile options: NAME  Site  v)
                            + (rf"|(?m:^){key}[ \t]{{2,}}(?:[A-Za-z]{{1,12}}[ \t]{{2,}})?([^\s]{{{min_len},}})[ \t]*(?:\r?\n|$)" if strict else "") +
                            rf"|(?m:^):{cell}:[ \t]+``([^`\s]{{{min_len},}})``"                  # rst :Name: ``v``
                            rf"|(?m:^)[ \t]*:{key}:[ \t]+([^\s:]{{{min_len},}})[ \t]*(?:\r?\n|$)"     # org :NAME: v
                            rf"|<(?:t[dh]|div|p|li)>[ \t]*(?:<(?:code|b|strong)>)?{cell}(?:</(?:code|b|strong)>)?[ \t]*"
                            rf"</(?:t[dh]|div|p|li)>\s*<(?:td|div|p|li)>[ \t]*(?:<(?:code|tt|kbd|pre)>)?([^<\s]{{{min_len},}})",   # <td>NAME</td><td>v
                            unquoted),   # NAME;[env;]value, | NAME | `v` |
        det("inline_{}_assignment",
            rf"(?:^|[\s(,;]|[\"']-|(?i:environment|from-literal)=|[\-/](?i:p|property):){QUALIFIED}(?i:[\w.\-]*?{words}{KEY_TAIL})[ \t]*(?:=|:|\bis\b)[ \t]*{u}(?:$|[\s\"'`#;,\\)\]}}<>])",
            "unquoted_token" if strict else "inline_password", trim=".,:;!?"),
        # (the words between may hold a quoted name, but end one JSON string and start another only where
        # that one names what was given: "invalid credentials", "received": "…", not "topic_id": "…"; an
        # '=' only as a stated number's: "enciphered with a=5, b=23: …")
        det("prose_{}_value", rf"{prose_word}\\?\"?(?:(?:[^:=\"\r\n]|=[ \t]?[0-9]|[0-9]:[0-5][0-9]|\"[^:=\"\r\n]*\")*?|[^:=\r\n]*?\"(?i:received|provided|"
                             rf"given|got|sent|supplied|input|value|default)\"[ \t]*){PROSE_GIVES}[ \t]*(?:\*{{1,2}}[ \t]*)?"
                             rf"(?:\\?[`\"'「（(«»„“][ \t]?|\{{\{{)?{said}(?:(?m:$)|[\s\"'`,;)\]}}\\<{_NOT_VALUE}])",
            "token" if strict else "inline_password", trim=".,:;!?", deny=(*family_deny, *NOT_GIVEN)),
    ] + ([] if strict else [   # a password right after its word: "şifresi X olarak", "password X"
        det("prose_{}_next", rf"{prose_word}[{_THAI}]{{0,20}}(?:[ \t]+(?:\\?[`\"'(「（])?|[をはがも]?[「（])(#?[^\s\"'`#;,\\()\[\]{{}}<>\-「」（）]"
                             rf"[^\s\"'`;,\\()\[\]{{}}<>{_NOT_VALUE}]{{{min_len - 1},}})(?:(?m:$)|[\s\"'`,;)\[\]}}<{_NOT_VALUE}])",
            "inline_password", trim=".,:;!?")])


B62 = "[A-Za-z0-9]"
URLSAFE = r"[A-Za-z0-9_\-]"
# the scheme words an Authorization header's value starts with, before its token
AUTH_SCHEMES = r"(?i:bearer|token|bot|app|apikey|api-key|key|sso-key|splunk|ssws|geniekey|dsn|digest|basic)"
