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
    solitary: bool = False    # its pattern's DFA multiplies with its neighbours': a prefilter Set of its own

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
SEP = rf"""(?:{Q}?[ \t]*(?:={{1,3}}|:=|:|=>|,|\+=)[ \t]*{Q}?|{Q}?[ \t]+{Q}?|{Q}?[ \t]*\r?\n[ \t]*value:[ \t]*{Q}?)"""   # (or a
# Kubernetes env's "- name: W3W_API_KEY" and its "value:" below)
ASSIGN = rf"""{Q}?[$*)]?[ \t]*(?:={{1,3}}|::?=|:|=>|->|\+=|\?=|<-)[ \t]*"""   # the value brings its own quotes
# (``^CFG("api_key")=``: a subscript's closing parenthesis)
# (``name$ =``: BASIC's and LabTalk's string variables; ``name* =``: Nim's exported constant)
# a declared type between a name and its value: ``KEY: &str =``, ``token: SecretStr =``, ``key: string =``
TYPED = (r"""[ \t]*:[ \t]*&?(?:'static[ \t]+)?(?:\[[0-9_]*\][ \t]*)?(?:const[ \t]+)?[A-Za-z_][\w.<>\[\]]{0,30}[ \t]*=[ \t]*|"""
         r"""[ \t]+(?i:constant)[ \t]+[A-Za-z_][\w]{0,30}(?:\([0-9, ]{1,10}\))?[ \t]*:=[ \t]*|"""   # PL/SQL's CONSTANT
         r"""[ \t]+(?:string|secureString)[ \t]*=[ \t]*|"""     # Bicep's param name string = '…'
         r"""[ \t]+(?i:n?varchar|n?char|sysname)(?:\([0-9a-z]{1,4}\))?[ \t]*=[ \t]*N?""")   # T-SQL's DECLARE @name nvarchar(128) = N'…'
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
# a code block's opening: a Markdown fence, Jira's {noformat} or {code:lang}; and the line it opens
MARKDOWN_FENCE, JIRA_BLOCK = r"(?:`{3}|~{3})[\w\-]*", r"\{(?:noformat|code)(?::[^{}\r\n]{0,40})?\}"
FENCE_LINE = rf"(?:{MARKDOWN_FENCE}|{JIRA_BLOCK})[ \t]*\r?\n[ \t]*"
NEXT_LINE = (rf"(?:(?:[^:\r\n]|:[ \t]*[^\s:]){{0,240}}?(?:[ \t](?i:is|are|ist|est|es|lautet)|:|[^.\s]\.)[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*"
             rf"{BETWEEN_LINES}(?:{FENCE_LINE})?{VALUE_MARK}{ARROW}?|"   # (a code block's fence)
             rf"{ARROW_LINE})(?:(?:\$|[bBrRuU])?[`\"'])?{WRAPPER_OPEN}?")   # (bash's $'…', Rust's b"…")


def tok(name: str, category: str, regex: str, *keywords: str, validator: str | None = "not_placeholder",
        marker: str = "", edges: bool = True, rule: str = "api_keys") -> Detector:
    """A self-identifying token: a distinctive prefix or shape, no context needed."""
    return Detector(name, category, rf"\b({regex})", tuple(k.lower() for k in keywords), validator,
                    rule, marker, edges)


CTX_WORDS = r"(?:key|token|secret|pass(?:word)?|auth|pat|credentials?)"
# what a script's prompt asks for when its answer is a secret ("Password:", "login code:", "PIN:"), lower-case
SECRET_PROMPT = r"(?:pass|assw|passwort|\bpin\b|secret|token|(?:login|access|entry|unlock|admin|door|auth|security|engineer|installer|master|supervisor|manager)[ _\-]?code|[\"'](?:enter[ \t]+)?code:|\bode:)"   # ("Enter code: ", expect's "ode:"; not "zip code:")
# the tools that read a password from standard input (what is piped or given as a here-string to one is it)
STDIN_PASSWORD_TOOLS = r"(?:kinit|kpasswd|passwd|chpasswd|smbpasswd|vncpasswd|saslpasswd2|pdbedit|cryptsetup|restic|gocryptfs|cryfs|pamtester|geli)"
# FreeRADIUS's radtest options before its positional arguments (user, password, server, port, secret)
RADTEST_OPTIONS = r"(?:[ \t]+-[46x])*(?:[ \t]+-[tdP][ \t]+[^\s]+)*"


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
            r"p[a4@]ssw[o0]rd|(?:access|pairing|door|alarm|unlock)[_.\-]?code|{})".format(FOREIGN_PW_KEY))
# (PWD_PROD: which one after the word; p4ssw0rd; a printer's lan_access_code, a gate's door_code: a password in all but name)
SECRET_WORDS = (r"(?:secret|secret[_.\-]?key|token|api[_.\- ]?key|apikey|"
                r"access[_.\- ]?(?:key|grant)|secret[_.\-]?word|sas[_.\-]?sig|[_.\-]bearer|private[_.\-]?key|client[_.\-]?secret|auth[_.\-]?token|credentials?|creds|"
                r"signing[_.\-]?key|encryption[_.\-]?key|recovery[_.\-]?key|activation[_.\-]?code|release[_.\-]?code|enroll?ment[_.\-]?(?:code|token|key)|pairing[_.\-]?code|merchant[_.\-]?pin|transaction[_.\-]?key|scbk|master[_.\-]?key|app[_.\-]?secret|app[_.\-]?certificate|pat(?:\b|_)|"
                r"pre[_.\-]?shared[_.\-]?key|sensitive[_.\-]props[_.\-]key|tenant[_.\-]?code|licen[cs]e(?:[_.\-]?key)?|entitlement|write[_.\-]?key|secret[_.\- ]?id|"
                r"(?:otp|totp|mfa|2fa)[_.\-]?(?:seed|secret|key)|seed|salt|p4[_.\-]?ticket|[_.\-]hmac|[_.\-]auth|\bauth\b|(?:\b|[_.\-])cred\b|[_.\-]signing\b|\bencrypt|[_.\-]sk|\bsk|access[_.\-]?hash|bw[_.\-]?session|"
                r"c(?:lav|hav)e[_.\-]?secreta|geheim(?:er)?[_.\-]?schl(?:ue|ü)ssel|cl(?:e|é)[_.\-]?api|chiave[_.\-]?segreta|"
                r"geheimnis|secreto|segredo|segreto|sekret|секрет|秘密鍵|秘钥|密钥|비밀[_.\-]?키|pepper|[_.\-]tok\b|"
                r"(?:访问|存取|訪問)?令牌|トークン|토큰|api[_.\-]?hash)")   # api_hash: Telegram's app secret
# The last resort: a key ending in ``key`` (``DATA_KEY``, ``hapikey``) or a session's (``ATUIN_SESSION``) —
# only with a value long and random (16+ characters): such names name many things that are not secrets.
_KEY_NAMES = r"[a-z_.\-]keys?|[_\-]session"
KEY_WORDS = rf"(?:{_KEY_NAMES})"
# and, named so in code and config only (a header guessed in code names classes: RedirectAwareAuth), a
# camel-case name ending in a weak secret word: occupancyFeedBearer, RsuSnmpv3Auth, resvWebhookSigning
NAMED_KEY_WORDS = rf"(?:{_KEY_NAMES}|[a-z](?:bearer|auth|signing|hmac)\b)"
# how people write "password" in the messages and mails they paste (п[аa][рp][оo]ль: the cleaned view
# folds Cyrillic letters that look like Latin ones, so the word must match in both spellings)
PROSE_PASSWORD_WORDS = (r"\bunlock[ \t_\-]?(?:code|pin)\b|passwort|kennwort|contrase(?:ñ|n)a|mot[ \t]de[ \t]passe|senha|wachtwoord|"
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
               "(?:š|s)ifr[aeu]|parolu|[ʻ'‘]?(?:ō|o)lelo[ \t]h(?:ū|u)n(?:ā|a)|"
               # Manx spaced, Arpitan and Occitan, Piedmontese's "key" (la ciav për intré)
               r"fockle[ \t]follit|mot[ \t]de[ \t]passa|mot[ \t]d['’][ \t]?passe|\bciav[ \t]për|"
               # Breton, Zulu, Yoruba
               r"ger-tremen|iphas(?:iw|w)edi|aṣínà|"
               # Irish, Somali, Malagasy
               r"f[oa]cal[ \t\-]faire|furaha[ \t]sirta|teny[ \t]miafina|"
               # Tatar, Javanese, Sundanese, Igbo, Chichewa
               r"серсүз(?:е)?|\bsandhi\b|kecap[ \t]akses|okwuntughe|mawu[ \t]achinsinsi|"
               # Kinyarwanda, Khmer
               r"ijambo[ \t]ry['’]ibanga|ពាក្យសម្ងាត់|"
               # Gujarati, Punjabi, Kannada, Malayalam (the joiner as they write it), Sinhala, Burmese, Khmer, Lao, Pashto, Tajik, Xhosa, Malagasy, Sundanese, Haitian Creole
               "පාස්වර්ඩ්(?:[ \t]එක)?|પાસવર્ડ|ਪਾਸਵਰਡ|ಪಾಸ್\u200c?ವರ್ಡ್|പാസ്\u200c?വേഡ്|මුරපද(?:ය)?|စကားဝှက်|លេខសម្ងាត់|ລະຫັດຜ່ານ|پټنوم|"
               r"парол[иь]|igama[ \t]lokugqith(?:a|isa)|tenimiafin(?:a|['’]ny)|kecap[ \t]konci|modpas|"   # (then Tamil, Urdu, Dzongkha, Niuean, Fijian, Erzya)
               r"கடவுச்சொல்|پاس[ \t]ورڈ|གསང་ཡིག|གསང་ཨང|kupu[ \t]fufu|vosa[ \t]vuni|салавал[ \t]вал\w*|ፓስ[ዎዋ]ርድ|pled-clav|paroly|n?g?h?yfrinair|"
               # Tibetan, Tigrinya, Turkmen, Uyghur, Odia, Sorani, Dhivehi, Papiamento, Bislama and Tok Pisin; then Oromo, Somali, Kinyarwanda
               # and more (Bislama's paswod, Ewe's nya ɣaɣla, Chuvash's вӑрттӑн сӑмах)
               r"གསང་ཚིག|መሕለፊ[ \t]ቃል|açar[ \t]sözi|مەخپىي[ \t]نومۇر|ପାସୱାର୍ଡ|وشەی[ \t]نهێنی|ޕާސްވޯޑ|kontrase(?:ñ|n)a|pasword|"
               r"jecha[ \t]darbii|erayga[ \t]sirta|ijambobanga|wachtwurd|paswoord|paswet|paswod|nya[ \t]ɣaɣla|вӑрттӑн[ \t]сӑмах\w*|phasewete|modpas|pasiwedhi|پارول|parau[ \t]huna|ñe['’]ẽñemi|arupax|pakasqa[ \t]simi\w*|peraule[ \t]cl[âa]f|baatu[ \t]j[àa]ll|"
               "पासफ्रेज|сусæг[ \t]дзырд|ekigambo(?:[ \t]\\w+)?[ \t]e?ky['’]ekyama|beassansátn\\w*|isissut\\w*|pasiwot|peraule[ \\t]segrete|\\bcrae\\b|lefoko[ \\t]la[ \\t]sephiri|wachwaord|\\bkodigo\\b|upu[ \\t]faataga|upu[ \\t]faalilo|upu[ \\t]lilo|рамзи|conse(?:ñ|n)a|parolla[ \\t]d['’](?:intrata|accessu|ordine)|סיסמת|вăрттăн[ \\t]сăмах|lea[ \\t]fakapulipuli|lea[ \\t]fuf|adzamenya|ahintas|gundo[ \\t](?:kumaden|daɲɛ)|phasiwede?|liloba[ \\t]ya[ \\t]nkuku|nya[ \\t]ɣaɣlaa|scret[ \\t]mot|"   # Marathi, Ossetian, Luganda, N. Sami, Kalaallisut, Tok Pisin, Friulian, Sardinian, Tswana, Limburgish, Ladino, Samoan, Tajik's рамзи, Corsican, Hebrew (construct), Chuvash, Tongan, Ewe, Twi, Bambara, Venda and Tsonga, Lingala, Walloon
               r"رمز(?:[ \t]عبور)?(?:[ \t][^\s\d]{2,12}){0,2}")
PROSE_WORDS = r"creds|credentials?|" + PROSE_PASSWORD_WORDS     # ... and what a message calls logins
# ... and words for "password" and "key" that a script without spaces runs into the next word
# (``root密码是 …``, ``APIキーはこちら：…``): no word boundary can be asked of them
CJK_PW_WORDS = r"密码|密碼|口令|パスワード|暗証番号|비밀번호|암호|पासवर्ड|รหัสผ่าน"
# how a sentence hands over a value: "is", "changed to", "lautet", "é", "是", "は", ":" (full-width too)
PROSE_GIVES = (r"(?::|：|՝|[ \t](?:—|–|→|->|=>|\.{3,}|…+)|[ \t](?i:is|was|are|ist|est|es|to|now|lautet|je|jest|é|è|hè|är|wynosi|olarak|c['’][ \t]?est|"
               r"là|yw|је|adalah|ialah|ay|és|ni|হলো|ହେଉଛି|هي|هو|er|este|είναι|היא|הוא|е|тепер|сега|sekarang|अब|mostantól|jetzt|agora|"
               r"ahora|maintenant|teraz|сейчас|şimdi|artık|para|estas|енді|الان|ass|ko|איז|holo|wa|ye|hija|huwa|waa|dia|kay|ket|em|enye|ne|ce|ná|hem[ \t]i|kiri|ithi|mooy|eo|ezali|yaiku|nyaéta|bụ|ngu|ndi|ta|គឺ|"
               r"colon|is[ \t]it[ \t]still|you[ \t](?:type|enter)|(?:new|current|old)[ \t]value|dadi|janten|yra|është|է|isch|easti|ch['’]est|(?:a[ \t])?l['’][èé]|nakeuh|guiya|одоо|දැන්|இப்போது|اب|હવે)[ \t]|"   # "became": Javanese, Sundanese; "is": Lithuanian, Albanian, Armenian
               r"是|係|为|為|は|는|은|है|คือ|ແມ່ນ|改成了?|改为|改為|设为|設為|换成|換成)(?:[ \t]*(?i:jetzt|now|agora|ahora|maintenant|teraz|сейчас|ora|şimdi|nu|nå|núna)[ \t])?")
KEY_TAIL = (r"(?:[_.\-]?(?:base|b64u?|b64url|base64(?:url)?|b32|base32|b58|a85|b85|hex|value|str|string|data|plain|raw|private|txt|body|jwt|pem|"
            r"admin|ptr|header|document|template|code|v[0-9]|[0-9]{1,2})){0,2}(?:__)?")   # (VAULT_UNSEAL_KEY_1: one of several; MQCSP's CSPPasswordPtr; BLOXROUTE_AUTH_HEADER; __CA_DB_PASSWORD__)
PW_KEYWORDS = ("password", "passwd", "passphrase", "pwd", "pswd", "shared secret", "shared_secret", "shared-secret", "sharedsecret", "pass", "authtok", "psk", "community", "masterauth", "pw",
               "passwort", "kennwort", "contrase", "conseña", "senha", "wachtwoord", "senord", "пароль", "парoль", "hasło", "haslo",
               "ifre", "îfre", "khau", "khẩu", "parol", "المرور", "السر", "סיסמה", "รหัสผ่าน", "slaptažodis", "κωδικός",
               "パスワード", "密码", "密碼", "비밀번호", "rootpw", "bindpw", "salasana", "passord", "adgangskode", "lozinka", "jelsz", "sandi", "heslo", "p4ssw", "p@ssw",
               "passw0rd", "access_code", "accesscode", "access-code", "pairing_code", "pairingcode", "door_code", "alarm_code", "পাসওয়ার্ড", "nenosiri", "laluan", "d'acc", "d’acc", "رمز",
               "cyfrinair", "şifrə", "құпия", "პაროლ", "գաղտնաբառ", "వర్డ్", "lykilor", "wagwoord", "parool", "parole",
               "pasahitza", "contrasinal", "geslo", "лозинк", "нууц", "પાસવર્ડ", "ਪਾਸਵਰਡ", "ವರ್ಡ್", "വേഡ്", "මුරපද",
               "စကားဝှက်", "លេខសម្ងាត់", "ລະຫັດຜ່ານ", "پټنوم", "парол", "lokugqitha", "tenimiafin", "kecap konci", "modpas",
               "གསང་ཚིག", "መሕለፊ", "açar sözi", "مەخپىي", "ପାସୱାର୍ଡ", "نهێنی", "ޕާސްވޯޑ", "kontrase", "pasword", "wachtwurd", "paswoord", "paswet", "paswod", "ɣaɣla", "вӑрттӑн", "phasewete", "pasiwedhi", "šifr", "sifr", "kodeord", "lelo huna", "lelo hūnā", "fockle follit", "de passa", "ciav", "passwird", "sekele", "ger-tremen", "iphasiwedi", "iphaswedi", "aṣínà", "focal faire", "furaha sirta", "teny miafina", "серсүз", "sandhi",
               "kecap akses", "okwuntughe", "achinsinsi", "ibanga", "ពាក្យសម្ងាត់", "கடவுச்சொல்", "پاس ورڈ", "གསང་ཡིག", "གསང་ཨང", "kupu fufu", "vosa vuni", "पासफ्रेज", "сусæг", "ekigambo", "beassansátn", "isissut", "pasiwot", "peraule segrete", "crae", "lefoko la sephiri", "wachwaord", "kodigo", "upu faataga", "upu faalilo", "upu lilo", "рамзи", "conseña", "parolla d", "סיסמת", "вăрттăн", "lea fakapulipuli", "lea fuf", "adzamenya", "ahintas", "gundo kumaden", "gundo daɲɛ", "phasiwed", "liloba ya nkuku", "nya ɣaɣlaa", "scret mot", "салавал", "ፓስዎርድ", "ፓስዋርድ", "facal", "pled-clav", "paroly", "gyfrinair", "chyfrinair",
               "پارول", "parau huna", "ñe'ẽñemi", "ñe’ẽñemi", "arupax", "pakasqa simi", "peraule cl", "baatu j")
SECRET_KEYWORDS = ("secret", "token", "key", "cred", "signing", "pat", "seed", "p4ticket", "p4_ticket", "hmac", "licen", "entitlement", "salt", "auth", "encrypt", "sk", "access_hash", "accesshash", "access_grant", "access-grant", "accessgrant", "sas_sig", "sassig", "sas-sig", "bearer", "bw_session", "bw-session",
                   "activation_code", "activationcode", "activation-code",     # a device's or licence's one-time code
                   "enrolment", "enrollment",                               # ... or what enrols a device (an MDM's token)
                   "pairing_code", "pairingcode", "pairing-code", "pairing code",  # what joins a device to an account
                   "merchant_pin", "merchantpin", "merchant-pin",           # a payment gateway's (Elavon's ssl_pin)
                   "transaction_key", "transactionkey", "transaction-key",  # Authorize.net's API secret
                   "scbk",                                                  # OSDP's secure channel base key
                   "clave", "chave", "geheim", "cle", "clé", "chiave", "secreto", "segredo", "segreto", "sekret", "секрет",
                   "秘密鍵", "秘钥", "密钥", "비밀", "令牌", "トークン", "토큰", "api_hash", "apihash", "api-hash")
KEY_KEYWORDS = ("key", "session", "bearer", "auth", "signing", "hmac")
QUOTED = (r"""(?:\[\]byte\(|Buffer\.from\(|bytes(?:\.fromhex)?\(|<<|JSON\.stringify\(|Secret\.fromString\(|Secret(?:Str|String)?\(|"""
          r"""Secret(?:::|\.)new\()?(?:[rRbBuUfF]{1,2}|@|N)?(?:\"\"\"([^"\r\n]{%d,})\"\"\"|'''([^'\r\n]{%d,})'''|''([^'\s,]{%d,})''|"""
          r"""'((?:\\x[0-9a-fA-F]{2}){8,})'|"((?:\\x[0-9a-fA-F]{2}){8,})"|"""
          r"""\\?"([^"\\\r\n]{%d,})\\?"|'([^'\\\r\n]{%d,})'|"\\"([^"\\\r\n]{%d,})\\""|"""
          r"""`([^`\\\r\n]{%d,})`|\bqq?\{([^{}\\\r\n]{%d,})\})""")     # (Perl's q{…})
# a value ends where a script without spaces goes on (``X입니다``, ``Xです。``) or a guillemet closes
NOT_VALUE_CHARS = "「」（）、。，：«»“”„،\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
# (an opening bracket may follow the first character: ``2eRIl(n5cq``; a call is told apart by its shape)
UNQUOTED = rf"""([^\s"'`#;,\\()\[\]{{}}<>{NOT_VALUE_CHARS}][^\s"'`;,\\)\]}}<>{NOT_VALUE_CHARS}]{{%d,}})"""
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
             "no password", "not a password", "not stored here", "no live", "contains no", "documented example")
# words before a name for the deny lists to read ("not a secret): …", "Public key token is …", "demo password …")
QUALIFIED = r"(?:(?i:not[ \t]+a|no|nothing|public[ \t]+key|demo)[ \t]+)?"
REQUEST_IDS = ("idempotency", "request-id", "request_id", "correlation-id", "trace-id")   # a request's own id
NOT_SECRET_KEYS = ("csrf", "xsrf", "authenticity_token", "\"_token\"", "'_token'", "\"form_token\"",   # (Drupal's)
                   "phase2-auth", "phase2_auth", "account_sid", "proxyauth",   # an EAP method's name; Twilio's account id; user:pw   # Laravel/Symfony/Rails form tokens
                   "proxy_pass", "fastcgi_pass", "uwsgi_pass", "grpc_pass", "scgi_pass",
                   "memcached_pass", "random_seed", "level-seed", "world_seed", "x-amz-credential", "x-goog-credential",
                   "requestverificationtoken", "antiforgery", "encryptedkey", "encrypted_key", "encrypted-key",
                   "foreign_key", "foreignkey", "sort_key", "sortkey",
                   "partition_key", "partitionkey", "hash_key", "hashkey", "range_key", "cache_key", "cachekey",
                   "lookup_key", "routing_key", "routingkey", "dedup_key", "dedupe_key", "event_key", "group_key",
                   "object_key", "objectkey", "i18n_key", "translation_key", "message_key", "hotkey", "shortcut_key",
                   "shortcutkey", "shortcut-key", "shortcut_keys", "resetpwd",   # (netdom's verb: its password is /pd:'s)
                   "nodekey", "discokey",                   # Tailscale's public keys (not ASP.NET's machineKey)
                   "token account",                         # a Solana token account: an address
                   "license id", "licence id", "key id",    # a licence's ID, not its key; an access key's ID
                   "licence no", "license no", "licence number", "license number", "licence ref", "license ref",   # a licence's number
                   "\"salt\"", "\\\"salt\\\"",         # a hash's salt, stored beside it
                   "demo_password", "demopassword", "demo password", "instrumentationkey", "instrumentation_key",         # a demo account's: published with the demo
                   *REQUEST_IDS,
                   "existingsecret", "existing_secret", "existing-secret", "secretname", "secret_name",   # a Secret's name
                   "public_pat", "path\"", "path'", "path:", "path =", "_path", "-path", ".path", "path_to_",   # (not SSIS's Path="\Package.…")
                   *PUBLIC_KEY_WORDS, "fingerprint", "checksum", "digest", "sha256:", "sha1:", "md5:", "next_token", "next-token", "nexttoken", "page_token", "page-token", "pagetoken",
                   "client_token", "client-token", "clienttoken", "continuation", "idempotency", "\"sync_token", "'sync_token", "\"synctoken", "nextsynctoken",   # (quoted: not LYRICS_SYNC_TOKEN, registrySyncToken)
                   "public_key", "public-key", "publickey", "token_type", "tokentype", "cancel_token",
                   "cancellation_token", "cancellationtoken", "starting_token", "starting-token",
                   "startingtoken", "request_token", "request-token", "requesttoken", "change_token",
                   "changetoken", "lock-token", "\"lock_token", "'lock_token", "\"locktoken", "'locktoken",   # (a quoted name: not GETBLOCK_TOKEN)
                   "\"action_token", "'action_token", "actiontoken", "forwardtoken",   # (quoted: not REDACTION_TOKEN)
                   "backwardtoken", "request_id", "requestid", "request-id", "trace_id", "traceid", "span_id",
                   "correlation_id", "cache-key", "surrogate-key", "surrogate_key", "surrogatekey", "restore-key", "restore_key", "cmdkey", "scram-sha-", "aws::", "alicloud::", "ros::",
                   "do_wifi_ssid_passphrase", "wpa_passphrase ",
                   "sec-websocket-key", "sec-websocket-accept",   # a WebSocket handshake's nonce and its answer   # raspi-config's, wpa_passphrase's: the network's name first
                   # Shopify's Storefront API public access token (in every storefront page; its private one is named so)
                   "storefronttoken", "storefront_token", "storefront-token", "storefrontaccesstoken", "storefront_access_token",
                   "public_storefront")
# words that end in "key" (or "hmac": Node's createHmac) without naming one: only the key family's bare ``[a-z]key`` reads them
# (a "surveymonkey-token" is a token)
NOT_KEY_WORDS = ("keyboard", "monkey", "turkey", "hockey", "whiskey", "donkey", "jockey", "createhmac")



B62 = "[A-Za-z0-9]"
URLSAFE = r"[A-Za-z0-9_\-]"
# the scheme words an Authorization header's value starts with, before its token
AUTH_SCHEMES = r"(?i:bearer|token|bot|app|apikey|api-key|key|sso-key|splunk|ssws|geniekey|dsn|digest|basic)"
