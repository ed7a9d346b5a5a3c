"""A secret a text says it gives in a form it names: "the mail password, shifted three places like a
Caesar cipher: ylrOhw_kdueru7314", "the Wi-Fi password as keypad presses (…):\\n888 #3 99 33 …".

Whatever the form — a cipher, a shuffle, a grid, a keypad, numbers for letters — the run the
sentence hands over is the secret as it was written, so it is found without being read: a new
encoding needs no decoder to be kept out of a store. Three things must meet on one line: a word
for a secret, a word for how it was rewritten, then a colon and the run (on that line or the next).
The run must not be prose (``stated_form``): "token rotation: every 90 days" hands over nothing.

The secret may also be named by a question the line answers ("> where do I get the Twilio token?" …
"Here it is, in base64url:"), and the value may be a block of numbered lines (a mark sheet whose scores
are character codes).

With it, the other layouts a note hands a named value over in, where no syntax assigns it: a heading
that ends with what it names and the value alone below ("PostNL …… API key"), a "Value ……" line under
the line that names it, the value in brackets after its name, a credentials sheet's row whose cell
names the secret and whose next cell holds it, a vault export's row titled by a variable's name,
strings(1) output, a random value a note says to paste, a secret a note says was rotated and gives anew,
a code name with its value after a space ("need rsu_snmpv3_auth v for …"), and a value named after it
("here it is: v (that's the NAME thing)").
"""
from __future__ import annotations

from .patterns import BETWEEN_LINES, NL, PW_KEYWORDS, VALUE_MARK, Detector
from .shapes import DJANGO_KEY
from .syntaxes import PROSE_KEY_DENY, PW_NOUNS, SECRET_NOUNS

# words that say a value was rewritten, not stored: ciphers, transpositions, number codes, spellings
REWRITTEN = (r"cipher(?:ed)?|encipher\w*|encod(?:e|ed|ing)|obfuscat\w*|scrambl\w*|shuffl\w*|shift(?:ed)?|"
             r"rotat(?:e|ed|ion)[ \t]+by|rot[ \t\-]?[0-9]{1,2}|revers(?:e|ed)|backwards?|mirror(?:ed)?|swap(?:ped)?|"
             r"interleav\w*|riffl\w*|zig-?zag|rail|grid|columns?|polybius|keypad|multi-?tap|presses|"
             r"positions?|substitut\w*|keyword|alphabet|transpos\w*|spel(?:led|t|ling)|disguis\w*|"
             r"read[ \t]+(?:off|every|it|them)|"
             r"every[ \t]+(?:other|second|third)|pieces|halves|pairs|code[ \t]?points?|morse|binary|octal|"
             r"written|wrote|concatenat\w*|expression|noise|mixed|padded|junk|filler|decoy|doubled|twice|stutter\w*|boustrophedon|colou?r|bases|"
             r"symbols|wells?|blocks?|chunks?|numbers|digits|bytes|bits|nibbles|groups|notes|timecodes?|counts|(?:single-|double-)?quoted[ \t]+characters|char[ \t]*\[\]|(?:character|char)[ \t\-]+literals?|"
             r"(?:one|a|each)[ \t]+(?:character|char|letter)[ \t]+(?:per|a|on[ \t]+each)[ \t]+line|top[ \t]+to[ \t]+bottom|"
             r"swatch\w*|durations|running[ \t]+times|per[ \t]+character|character[ \t]+codes?|xor\w*|"
             r"hex(?:adecimal)?|decimal|base[ \t\-]?(?:2|8|16|32|36|45|58|62|64|85|91)(?:url|hex)?|ascii|unicode|caesar|"
             r"vigen[eè]re|atbash|affine|trithemius|beaufort|autokey|playfair|leet|nato|phonetic|braille|semaphore|"
             r"full-?width|half-?width|quoted-printable|byte|keyboard|qwerty|azerty|dvorak|typed|runes?|runic|ogham|glyphs?|"
             r"zero-?width|superscripts?|subscripts?|mojibake|timestamps|combinations")

# a database's address: its password is in it
_DSN = r"(?i:(?:postgres(?:ql)?|mysql|redis|mongodb|amqp|database|db|connection)[ \t]+(?:url|uri|string|dsn)\b)"
# a chat export's stamp before its sender: "[06/03 07:14]", "07:14", WhatsApp's "12/01/2026, 07:45 -"; the answer's words
# before the value ("me, new one is …")
_CHAT_STAMP = (r"(?:\[[^\]\r\n]{1,40}\]|[0-9]{1,2}:[0-9]{2}|"
               r"[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4},?[ \t]+[0-9]{1,2}:[0-9]{2}(?:[ \t]*[AaPp][Mm])?[ \t]+[-–])")
# who says a chat line: its stamp and name, or Zoom's saved chat's "10:06:30 From A to Everyone:" over the message
# (Teams' and Signal Desktop's copies: "[13:35] Name" or "Name, [2025-08-10 17:42]" over it, a blank line between)
_CHAT_FROM = (rf"(?:{_CHAT_STAMP}[ \t]*[^\s:\[][^:\r\n]{{0,40}}:|"
              r"[0-9]{1,2}:[0-9]{2}:[0-9]{2}[ \t]+From[ \t]+[^:\r\n]{1,80}:[ \t]*\r?\n|"
              r"[0-9]{1,2}:[0-9]{2}\t[^\t\r\n]{1,40}\t|"   # (LINE's saved chat: time, name, message, tab-parted)
              r"(?:\r?\n)?(?:\[[0-9]{1,2}:[0-9]{2}\][ \t]+[^\[\]:\r\n]{1,60}|[^\[\]:,\r\n]{1,60},[ \t]*\[[0-9][0-9/.\- :]{8,24}\])[ \t]*\r?\n)")
_NEW_ONE = r"(?:[^\r\n:]{0,12}?\b(?i:new[ \t]+one[ \t]+is|it(?:'s|[ \t]+is)|now[ \t]+it(?:'s|[ \t]+is))[ \t]+)"
# a value alone on its line (not code, a list item, a quote or a key of its own)
_ALONE = r"[^\s`\"'()\[\]=,@:\-<>#*][^\s`\"'()\[\]=,@<>]"
# ... a password so: any mark after its first character but a quote, a bracket, a comma
_ALONE_PW = r"[^\s`\"'()\[\]=,@:\-<>#*][^\s`\"'()\[\],<>]"
# what names a secret, with up to two words before it (which a deny word may be: "public key")
_NAMED = rf"(?:[\w\-]+[ \t]+){{0,2}}\b{SECRET_NOUNS}"
# the English words for a password alone (where a field or a note names one, not a sentence)
_EN_PW = r"(?i:password|passwd|passphrase|passcode)\b"
# a code named for what it opens or releases, or a licence ("… Unlock Code", "… Licence"), as a label writes it
_NAMED_CODE = r"(?i:licen[cs]e|(?:release|unlock|access)[ \t]code)"
# a row of tesseract's TSV up to its text: level, page, block, paragraph, line, word, left, top, width, height, confidence
_TSV_ROW = r"[0-9]+(?:\t-?[0-9.]+){10}\t"
# the next line's "Value ……" / "Value:" before the value a handover sheet gives (or a config's comment
# line's "!   value …" under "! integration CLICKSEND_API_KEY")
_VALUE_LINE = r"[ \t]*\r?\n[ \t]*(?:(?:[!#;]|//)[ \t]*)?(?i:value|wert|valeur|valor)[ \t]*(?:\.{2,}|…+|:|=|[ \t])[ \t]*"
_VALUE_WORDS = ("value", "wert", "valeur", "valor")
_EOL = r"[ \t]*(?:\r?\n|$)"
# a question that names the secret, and a line or three on the answer that hands "it" over ("> where do I
# get the Twilio auth token?" … "Here it is, in unpadded base64url:")
_ANSWERED = (r"(?:[^\r\n?]{0,80}\?[^\r\n]*(?:\r?\n[^\r\n]*?){0,2}\r?\n[^\r\n]*?"
             r"\b(?i:here(?:'s|[ \t]is)?[ \t]+it|here[ \t]you[ \t]go)\b)")
_SECRET_WORDS = ("key", "token", "secret", "credential", "pairing code")
# a variable's name for a secret, as a vault export's title cell or a dump's line holds it: OTX_API_KEY,
# BW_CLIENTSECRET, PASSBOLT_PASSPHRASE (capitals only: a column of words is a sheet's, not a name)
_ENV_WORDS = ("key", "token", "secret", "pass", "pwd")
_ENV_NAME = r"(?:[A-Z][A-Z0-9]*_)*[A-Z0-9]*(?:KEY|TOKEN|SECRET|PASS(?:WORD|PHRASE)?|PWD)(?:_[A-Z0-9]+)?"
# ... as code writes it in lower case, words joined by underscores ("rotate aws_secret_access_key (…)"); its
# last word may be a weak one there ("rotated citation_export_hmac", "rsu_snmpv3_auth")
_SNAKE_WORDS = ("_key", "_token", "_secret", "_pass", "_pwd", "_hmac", "_bearer", "_auth", "_signing")
_SNAKE_NAME = r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*_(?:key|token|secret|pass(?:word|phrase)?|pwd|hmac|bearer|auth|signing)(?:_base)?"
# what a note says happened to a secret before it gives the new one
_ROTATED_WORDS = ("rotated", "regenerated", "reissued", "reset", "changed", "replaced")
_ROTATED = "(?i:" + "|".join(_ROTATED_WORDS) + ")"
# an offset before each line of a binary's strings, a hex dump's or a carved file's: "0x68000: "
_OFFSET = r"[ \t]*(?:0x)?[0-9A-Fa-f]{2,16}:?[ \t]+"

# ... the kind, then the one handed over ("we never send joomla configuration secrets in clear text, so here
# it is as …"; not "to import public keys, when encoded as raw bytes, use:")
_PLURAL = r"(?i:passwords|passphrases|keys|tokens|secrets|credentials)\b"
# a secret's name (or a question about it answered below), then how it was rewritten
# ... or a run a note asks to be decoded ("decode the line below – it is written as …")
_DECODE_BELOW = r"(?i:\bdecode[ \t]+(?:the|this)[ \t]+(?:line|run|string|value|text)[ \t]+below\b)"
# ... or a code that opens or disarms something ("the dock override code", "the showroom alarm code", "the office PC code",
# "the code for the job"; not "character code")
_OPENING_CODE = (r"(?i:\b(?:override|master|panel|alarm|arming|disarm|service|valve|activation|immobili[sz]er|release|unlock|door|gate|"
                 r"access|entry|safe|lock|locker|keypad|vault|padlock|combination|security|engineer|installer|reset|"
                 r"pc|computer|laptop|till|terminal|kiosk|tablet|office|job|system|device|machine|console|login|admin|staff)[ \t]+code\b|"
                 r"\bthe[ \t]+(?:(?:new|current|latest)[ \t]+)?code[ \t]+(?:for|to|of)[ \t]+the\b)")
_STATED_NOUNS = rf"(?:{PW_NOUNS}|{SECRET_NOUNS}|{_DSN}|(?i:\blog-?in\b)|{_OPENING_CODE}|{_DECODE_BELOW})"
# (or the rewriting first: "I wrote the credential as an R intToUtf8() of an integer vector:")
_STATED = (rf"(?:{_STATED_NOUNS}{_ANSWERED}?[^\r\n]*?\b(?i:{REWRITTEN})\b|"
           rf"{_PLURAL}[^\r\n]*?\b(?i:here(?:'s|[ \t]is)[ \t]+it|here[ \t]it[ \t]is)\b[^\r\n]*?\b(?i:{REWRITTEN})\b|"
           rf"\b(?i:wrote|written|encoded|spelled|typed)\b[^\r\n]{{0,30}}?{_STATED_NOUNS}[ \t]+(?i:as|in)\b|"
           # (or handed over as "it" or "the value below", rewritten: "here it is, written as each character's code point in Roman numerals:")
           r"\b(?i:here(?:'s|[ \t]is)[ \t]+it|here[ \t]it[ \t]is|the[ \t]+value[ \t]+below[ \t]+is),?[ \t]+"
           r"(?i:(?:written|encoded|spelled|typed|recorded|rewritten)[ \t]+(?:as|in|with)|as|in|with|by|cut|split)\b|"
           # (or as "the value": "the new PBX admin value is written as each code point in base 36:")
           r"\b(?i:value[ \t]+(?:is[ \t]+)?(?:written|encoded|spelled|typed|rewritten))\b)")
# what a stated form's line must hold one of (the prefilter), and what in its key says it is no secret
_STATED_WORDS = (*PW_KEYWORDS, *_SECRET_WORDS, "url", "uri", "string", "dsn", "login", "log-in", " code", "decode", "here it is", "here's it", "value below",
                 "value written", "value is written", "value encoded", "value is encoded", "value spelled", "value is spelled",
                 "value typed", "value rewritten", "value is rewritten")
_STATED_DENY = (*PROSE_KEY_DENY, "hash", "encrypted", "sealed", "ciphertext", "not a secret", "no secret")
# a short line with a number in it
_NUMBERED_LINE = r"(?:[ \t]*[^\s0-9][^\r\n0-9]{0,30}[0-9][^\r\n]{0,30}|[ \t]*[0-9][^\r\n]{0,40})"

STATED: tuple[Detector, ...] = (
    Detector("stated_form_value", "assignment",
             rf"{_STATED}[^\r\n]*(?:[:;][ \t]+|[:;][ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*"
             rf"{BETWEEN_LINES}(?:(?:`{{3}}|~{{3}})[\w\-]*[ \t]*\r?\n[ \t]*)?{VALUE_MARK}(?:→|->)?[ \t]*|\.[ \t]*\r?\n[ \t]*(?:→|->)[ \t]*|"
             r"[ \t](?:→|->|=>)[ \t]+|[ \t,(](?i:see[ \t]+below|below|as[ \t]+follows)\)?[ \t]*[.:]?[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*)"
             r"(?:\[\[([^\]\r\n]+)\]\]|`([^`\r\n]+)`(?:[ \t,.;)]|\r?\n|$)|((?:[^\s\[]|\[[ \t]*(?:[\[0-9?\-]|[A-Za-z]{1,8}(?:[ \t]+[0-9]|[\-=][A-Za-z0-9])))[^\r\n]*?)(?:[ \t]+\([^()\r\n0-9][^()\r\n]{0,89}\))?[ \t]*(?:\r?\n|$))",   # ([[…]], `…`; "(thanks!)" after, not "(116, 97, …)")
             _STATED_WORDS, "stated_form", "passwords", "secret", False,
             deny=_STATED_DENY, solitary=True),
    # ... a list the line that names a secret says holds a character's code an item ("hidden below one character at a
    # time, as crate logs …: the number on top is a character code"): any list of six items or more, each with a number
    Detector("stated_code_items", "assignment",
             rf"{_STATED_NOUNS}[^\r\n]*?(?i:character[ \t]+codes?|one[ \t]+character[ \t]+(?:at[ \t]+a[ \t]+time|per|an?)\b)[^\r\n]*[:;][ \t]*\r?\n[ \t]*"
             r"([^\s][^\r\n]{11,}?)[ \t]*(?:\r?\n|$)", _STATED_WORDS, "coded_items", "passwords", "secret", False,
             deny=_STATED_DENY, solitary=True),
    # a line that ends with what it names, the value alone on the next: a binder's "PostNL …… API key", "… key below"
    # (in comments too: "# alerting_webhook_secret below, rotate at season end\n# gah_47ea…")
    Detector("heading_named_value", "assignment",
             rf"(?:{_NAMED}(?:[ \t](?i:base))?|\b{_SNAKE_NAME})(?:[ \t]+(?i:below|follows)(?:[,;][^\r\n]{{0,40}})?)?[ \t]*!{{0,3}}[ \t]*\r?\n[ \t]*(?:#[ \t]*)?"
             rf"({_ALONE}{{10,}}[^\s`\"'()\[\]=,@<>:]={{0,2}}){_EOL}",    # (base64's padding too)
             _SECRET_WORDS, "named_value", "passwords", "secret", False, deny=PROSE_KEY_DENY),
    # a chat export's message that names a secret, the value alone as the next message ("[06/03 07:14] Luis: new route
    # db password for the depot box" / "[06/03 07:14] Luis: <value>"), or after "new one is"; a licence asked for too
    Detector("chat_next_message_value", "assignment",
             rf"(?m:^){_CHAT_FROM}[^\r\n]*?(?:{PW_NOUNS}|{SECRET_NOUNS}|(?i:licen[cs]e)\b)"
             rf"[^\r\n]*\r?\n{_CHAT_FROM}[ \t]*{_NEW_ONE}?({_ALONE_PW}{{5,}}|{DJANGO_KEY}){_EOL}|"
             # ... or a login asked for, the answer "user / pw" (after the sender's name again: Signal's copy)
             rf"(?m:^){_CHAT_FROM}[^\r\n]*?(?:{PW_NOUNS}|{SECRET_NOUNS}|(?i:log[ \t]?in|creds|credentials)\b)[^\r\n]*\r?\n"
             rf"{_CHAT_FROM}[ \t]*(?:[^\s:]{{1,20}}:[ \t]*)?[\w.@\-]{{2,40}}[ \t]+/[ \t]+({_ALONE_PW}{{5,}}){_EOL}|"
             # ... or an SMS backup's (SMS Backup & Restore's XML): the message that asks, then the one that answers
             rf"<sms\b[^>\r\n]*?\bbody=\"[^\"\r\n]*?(?:{PW_NOUNS}|{SECRET_NOUNS})[^\"\r\n]*\"[^>\r\n]*/>[ \t]*\r?\n[ \t]*"
             rf"<sms\b[^>\r\n]*?\bbody=\"({_ALONE_PW}{{5,}})\"",
             (*PW_KEYWORDS, *_SECRET_WORDS, "licen", "login", "log in", "creds", "credentials"), "chat_answer", "passwords", "password", False, deny=_STATED_DENY),
    # a printed label's field that names a secret over the field that holds it (ZPL: ^FDrig password^FS, then ^FO…^FDv^FS;
    # not a field that holds its value too, "^FDlab password Hummock+4442^FS", over a barcode's)
    Detector("label_field_value", "assignment",
             rf"\^FD[^^\r\n]*?(?:{PW_NOUNS}|{SECRET_NOUNS})[ \t:.\-]*\^FS[ \t]*\r?\n(?:\^(?:F[A-CE-Z0-9@]|[A-EG-Z0-9@][A-Z0-9@])[^^\r\n]*)*?\^FD([^^\r\n]{{4,64}})\^FS",
             ("^fd",), "inline_password", "passwords", "password", False, deny=_STATED_DENY),
    # a licence's or a pairing code's grouped code right after its name, with no mark or verb between (a vCard's NOTE:
    # "canopy cad licence CCL-YFQJ-XP8Z-7F9X-KD2S-X", a calendar entry's "rack scanner pairing code RSP-2305-7680-…")
    Detector("named_grouped_code", "assignment",
             r"\b(?i:licen[cs]e(?:[ \t]key)?|(?:pairing|activation|unlock|setup|enrol(?:l?ment)?|access)[ \t]code|"
             r"(?:product|serial|registration)[ \t]key)[ \t]+([A-Z0-9]{2,8}(?:-[A-Z0-9]{1,8}){3,9}|[A-Z]{2,6}-[A-Z0-9]{12,40})[ \t]*(?:\\n|\r?\n|$|[.,;)\"]|[-–—][ \t])",   # (… - text me)
             ("licen", "code", "key"), "named_value", "passwords", "secret", False),
    # a chat that hands a login over as "account, password" or "account and password" after its colon ("here you go for
    # the trade portal: parts@…, Condenser_ta7734", "for the vrm portal: dominic@… and tarpit~2233 - it's in the vault")
    Detector("handed_over_login_pair", "assignment",
             r"(?i:here[ \t]you[ \t]go|as[ \t]promised|here(?:'s|’s|[ \t]is|[ \t]are)[ \t]the[ \t](?:login|creds|credentials)|"
             r"(?:^|\n)[ \t]*for[ \t]the[ \t][^:\r\n]{1,60}?(?:portal|login|account|site|registry|dashboard|console))"
             r"[^\r\n]{0,160}?:[ \t]*[^,:\r\n]{1,120}?(?:,|[ \t]and)[ \t]*([^\s,\"'`{}\[\]]{6,64})[ \t]*(?:\r?\n|$|[-–—][ \t])",
             ("here you go", "as promised", "here's the", "here’s the", "here is the", "here are the", "for the "), "inline_password",
             "passwords", "password", False),
    # a note's "login: user <pw>" with a space, not a slash, between them ("loom admin: rattan Wicker.kmz47")
    Detector("login_user_space_password", "assignment",
             r"(?i:(?:^|[^/\w])(?:login|admin|user(?:name)?|creds?|credentials|account)[ \t]*:)[ \t]*[\w.@\-]{1,40}[ \t]+([^\s]{6,64})[ \t]*(?:\r?\n|$)",
             ("login", "admin", "user", "cred", "account"), "owner_password_shape", "passwords", "password", False),
    # an XML comment that names a secret over the element that holds it: a FileZilla site's "<!-- PMS_DB_PASSWORD -->"
    # above its <Comment>…</Comment>
    Detector("commented_element_value", "assignment",
             rf"<!--[ \t]*(?:{_ENV_NAME}|{_SNAKE_NAME})[ \t]*-->[ \t]*\r?\n[ \t]*<[\w:.\-]+>[ \t]*([^<\s][^<\r\n]{{2,}}?)[ \t]*</[\w:.\-]+>",
             ("<!--",), "literal", "passwords", "secret", False, deny=PROSE_KEY_DENY),
    # a value in brackets after what names it, in the same clause: "the AWS secret access key you embedded
    # (843e…) is visible", "rotate the Twilio auth token (currently b34a…)", "(still `b34a…`)", "DD_API_KEY (…)", "TOKEN=[…]"
    Detector("bracketed_named_value", "assignment",
             rf"(?:{_NAMED}[^(),\r\n]{{0,80}}\(|\b{_ENV_NAME}[ \t]*(?:\(|=?[ \t]*\[)|\b{_SNAKE_NAME}[ \t]+\()[ \t]*"
             rf"(?:(?i:currently|still|now|was|is|old|new|value)[ \t:]+)?`?([A-Za-z0-9+/=_\-.~]{{16,}})`?[ \t]*[)\]]",   # (in backticks: Markdown's)
             (*_SECRET_WORDS, "pass", "pwd"), "named_value", "passwords", "secret", False, deny=PROSE_KEY_DENY),
    # a random value a note tells its reader to paste or use, where no word names it ("for the Veracross
    # connection please paste this into the settings page:\n<value>", "> Which key goes in?\nUse this one: <value>",
    # "use this for the catalogue sandbox → <value>")
    # (or that it is pasted below, that it stands in for now: "the value we configured, pasted below:", "temp value
    # for the feed until vault is fixed:", "system login (temp):")
    Detector("handed_over_value", "assignment",
             r"(?i:\b(?:paste|copy|enter|put|type|uses?)[ \t]+this(?:[ \t]+(?:one|value))?\b|"
             r"\b(?:value|key|token|secret|password|login|credential)s?\b[^\r\n:]{0,40}?\bpasted[ \t]+(?:it[ \t]+)?below\b|"
             r"\b(?:temp(?:orary)?|interim|stopgap)[ \t]+(?:value|login|password|key|token)\b|\b(?:value|login)[ \t]+\((?:temp|temporary)\))"
             r"[^\r\n:→]{0,80}(?::|[ \t]→)[ \t]*(?:\r?\n[ \t]*)?"
             r"([A-Za-z0-9+/_\-.~|]{16,}={0,2})[ \t]*(?:\([^()\r\n]{1,40}\)[ \t]*)?(?:\r?\n|$)", ("this", "below", "temp", "interim", "stopgap"), "named_value",
             "passwords", "secret", False, deny=_STATED_DENY),
    # a note that hands a named secret over, the value a few words after its name: "here is the gia report check api key
    # for the parts script 2lwo… (delete after copying)"
    Detector("here_named_value", "assignment",
             r"\b(?i:here(?:'s|[ \t]is)|this[ \t]is)[ \t]+(?i:the|your|our|my)[ \t]+(?:[\w\-]+[ \t]+){0,6}?"
             r"(?i:key|token|secret|pass(?:word|phrase|code)?|credentials?)\b[^\r\n:]{0,40}?[ \t]+"
             r"([A-Za-z0-9+/_\-.~]{12,}={0,2})(?:[ \t]+[(—–]|[ \t]*[.,;!]?[ \t]*(?:\r?\n|$))",
             ("here", "this is"), "named_value", "passwords", "secret", False, deny=_STATED_DENY),
    # a secret a note says was rotated, and its new value: "prod recollect_api_key rotated, new one 7Go2… (delete after copying)",
    # "rotated citation_db_password; temporary value Overstay_dlrc39 until …"
    Detector("rotated_named_value", "assignment",
             rf"(?:(?:{_SNAKE_NAME}|\b{_ENV_NAME}|{_NAMED})\b[^\r\n]{{0,60}}?\b{_ROTATED}\b|\b{_ROTATED}[ \t]+(?:the[ \t]+)?"
             rf"(?:{_SNAKE_NAME}|\b{_ENV_NAME}|{_NAMED})\b)"
             r"[^\r\n]{0,30}?\b(?i:(?:new|temporary|temp|interim)[ \t]+(?:one|value|key|token|password|secret)|now)(?:[ \t]+is)?[ \t]*:?[ \t]+[`\"']?"
             r"([A-Za-z0-9][A-Za-z0-9+/=_\-.~]{7,})[`\"']?(?:[\s,;)]|\.(?:\s|$)|$)",
             _ROTATED_WORDS, "inline_password", "passwords", "secret", False,
             deny=_STATED_DENY),
    # a code name for a secret, its value after a space in a sentence: "need rsu_snmpv3_auth Levelfour_zjzgyg96 for the
    # uplink", "I typed yard_inventory_bearer lyd_D7ja… back in", "pricebook_sftp_password says Conveyor-8wmjm71"
    Detector("spaced_snake_value", "assignment",
             rf"(?:^|[\s(])\b{_SNAKE_NAME}[ \t]+(?:(?i:says|reads|shows)[ \t]+)?([A-Za-z0-9][A-Za-z0-9+/=_\-.~]{{7,}})"
             r"(?:[ \t]+(?i:for|back|in|into|until|on|to|and|then|at|from)\b|[.,;]?(?:\s|$))",
             _SNAKE_WORDS, "named_value", "passwords", "secret", False, deny=(*_STATED_DENY, "wpa_passphrase")),   # (a command's name)
    # a value handed over, then named after it: "here it is for the night shift: chrysant-i2rzw46 (that's the
    # greenhouse_wifi_passphrase thing)"
    Detector("named_after_value", "assignment",
             rf"\b(?i:here(?:'s|[ \t]is)[ \t]+it|here[ \t]it[ \t]is)\b[^\r\n:]{{0,40}}:[ \t]+([^\s()]{{8,}})[ \t]+\((?i:that's|that[ \t]is|it's)"
             rf"[ \t]+(?:the[ \t]+|our[ \t]+)?(?:\b{_SNAKE_NAME}|{_NAMED}|\b{_EN_PW})",
             ("here it is", "here's it", "here is it"), "inline_password", "passwords", "secret", False, deny=_STATED_DENY),
    # a random value a note says it took from a vault ("Using eIzd… from the vault export, please rotate")
    Detector("value_from_a_vault", "assignment",
             r"(?i:\b(?:using|used|use|with))[ \t]+[`\"']?([A-Za-z0-9+/_\-.~]{16,}={0,2})[`\"']?[ \t]+(?i:from[ \t]+(?:the[ \t]+|our[ \t]+)?"
             r"(?:vault|keychain|password[ \t]+manager|1password|keepass|bitwarden|lastpass|secrets?[ \t]+(?:store|manager)))\b",
             ("from the vault", "from vault", "from our vault", "keychain", "password manager", "1password", "keepass", "bitwarden",
              "lastpass", "secret store", "secrets store", "secret manager", "secrets manager"), "named_value", "passwords", "secret", False),
    # ... or as a block of short lines, a number in each: a table whose numbers are character codes ("hidden
    # in the score column of this mark sheet (each score is a character code …):\nPupil 01: 83\n…"), shelf marks,
    # an Android resource's <item>s under its opening tag
    Detector("stated_form_block", "assignment",
             rf"{_STATED}[^\r\n]*[:;][ \t]*\r?\n(?:[ \t]*<[^<>\r\n]{{1,80}}>[ \t]*\r?\n)?((?:{_NUMBERED_LINE}\r?\n){{4,}}{_NUMBERED_LINE})",
             _STATED_WORDS, "code_block", "passwords",
             "secret", False, deny=_STATED_DENY, solitary=True),
    # ... or one character on each line, read down the column ("one character per line, read top to bottom:")
    Detector("stated_form_column", "assignment",
             rf"{_STATED}[^\r\n]*[:;][ \t]*\r?\n((?:[ \t]*[^\s][ \t]*\r?\n){{7,}}[ \t]*[^\s])[ \t]*(?:\r?\n|$)",
             _STATED_WORDS, None, "passwords", "secret", False, deny=_STATED_DENY, solitary=True),
    # a password manager's or browser's CSV row (or a tracker's SMS command "NAME,value"): the title
    # cell a variable's name, the value a cell or two on ("Intel feeds","OTX_API_KEY","lena.t","<value>",
    # "https://…"; the skipped cells are no value where they hold an address)
    Detector("row_named_cell_value", "assignment",
             rf"(?:(?m:^)|[,:][ \t]*)\"?{_ENV_NAME}\"?,(?:(?:\"[^\"\r\n]*\"|[^,\"\r\n]*),){{0,3}}\"?([^\s,\"'=:/@]{{8,}}={{0,2}})\"?[ \t]*(?:,|\r?\n|$)",
             _ENV_WORDS, "named_value", "passwords", "secret", False),
    # strings(1) of a binary, a carved file: the name on one offset's line, the value on the next's
    Detector("offset_line_named_value", "assignment",
             rf"(?:(?m:^)|[\s\"']){_OFFSET}{_ENV_NAME}[ \t]*{NL}{_OFFSET}([^\s\"'\\]{{8,}})[ \t]*(?:{NL}|$|[\"'])",
             _ENV_WORDS, "named_value", "passwords", "secret", False),
    # a sheet's row that names the secret in one cell and gives it in the next ("Sage,production,Sage
    # Accounting client secret,<value>,Nadia")
    Detector("sheet_row_named_value", "assignment",
             rf",[^,=:\r\n]*?\b(?:{SECRET_NOUNS}|{_EN_PW})[^,=:\r\n]*,([^\s,\"'=:]{{8,}})[ \t]*(?:,|\r?\n|$)",
             (*_SECRET_WORDS, "pass"), "named_value", "passwords", "secret", False, deny=PROSE_KEY_DENY),
    # ... or a workbook's shared strings (xl/sharedStrings.xml): the string that names the secret, then the next one
    # with a digit or a mark (past a machine's and a user's, in the order the sheet's cells were first typed)
    Detector("shared_string_named_value", "assignment",
             rf"<si>[ \t]*<t(?:[ \t][^<>]*)?>[^<>\r\n]*?\b(?:{SECRET_NOUNS}|{_EN_PW})[ \t]*</t>[ \t]*</si>[ \t]*\r?\n?[ \t]*"
             r"(?:<si>[ \t]*<t(?:[ \t][^<>]*)?>[^<>\r\n]{1,64}</t>[ \t]*</si>[ \t]*\r?\n?[ \t]*){0,2}?"
             r"<si>[ \t]*<t(?:[ \t][^<>]*)?>([^<>\s]*[0-9!@#$%^&*_.+~\-][^<>\s]*)</t>",
             ("<si>",), "inline_password", "passwords", "secret", False, deny=PROSE_KEY_DENY),
    # ... or a spreadsheet's row whose cell names it in words ("Steaming Chest HMI Password", "… Licence", "… Release Code"; OpenDocument's content.xml, Gnumeric's,
    # Excel's XML Spreadsheet, an HTML table) and whose next cell holds it
    Detector("spreadsheet_label_value", "assignment",
             rf">[ \t]*[^<>\r\n]*?\b(?:{SECRET_NOUNS}|{_EN_PW}|{_NAMED_CODE})[ \t]*</(?:text:p|Data|td|gnm:Cell)>[ \t]*(?:</(?:table:table-cell|Cell)>)?[ \t\r\n]*"
             r"<(?:table:table-cell|Cell|td|gnm:Cell)\b[^>\r\n]{0,160}>[ \t\r\n]*(?:<(?:text:p|Data)\b[^>\r\n]{0,80}>)?[ \t]*([^<>\s]{4,64})[ \t]*</|"
             # ... or a slide's paragraph over the next one (PowerPoint's <a:p><a:r><a:t>)
             rf">[ \t]*[^<>\r\n]*?\b(?:{SECRET_NOUNS}|{_EN_PW})[ \t]*</a:t></a:r></a:p>[ \t\r\n]*<a:p>(?:<a:pPr\b[^>]*/>)?<a:r>(?:<a:rPr\b[^>]*/>)?"
             r"<a:t>([^<>\s]{4,64})</a:t>",
             ("table:table-cell", "<cell", "<td", "<a:t>", "<gnm:cell"), "inline_password", "passwords", "secret", False, deny=PROSE_KEY_DENY),
    # tesseract's TSV of a scanned label: one word a row (level, page, block, paragraph, line, word, left, top, width, height,
    # confidence, text; or a line a row): a word naming the secret (or two: release, code), then the value a row or two on
    Detector("ocr_tsv_named_value", "assignment",
             rf"\t(?:[^\t\r\n]*?\b)?(?:{SECRET_NOUNS}|{_EN_PW}|{_NAMED_CODE}|(?i:release|access|unlock|activation|door|alarm)[ \t]*\r?\n{_TSV_ROW}(?i:code))"
             rf"[ \t]*\r?\n(?:{_TSV_ROW}[^\t\r\n]*\r?\n){{0,2}}?{_TSV_ROW}([^\s]{{6,}})[ \t]*(?:\r?\n|$)",
             ("\t",), "inline_password", "passwords", "secret", False, deny=PROSE_KEY_DENY),
    # a PLC's tag export (Rockwell's L5X): a string tag named for a secret, its value in the CDATA of its Data (its Description
    # between them)
    Detector("plc_tag_value", "assignment",
             r"<Tag[ \t]+Name=\"\w*?(?:Key|Password|Passwd|Pwd|Token|Secret|Licen[cs]e|Passcode|Pin)\"[^>]*>"
             r"(?:[ \t\r\n]*<Description>[ \t\r\n]*(?:<!\[CDATA\[[^\]<]{0,200}\]\]>)?[ \t\r\n]*</Description>)?[ \t\r\n]*<Data\b[^>]*>[ \t\r\n]*"
             r"<!\[CDATA\['?([^'\]\r\n]{4,})'?\]\]>", ("<tag name=",), "inline_password", "passwords", "secret", False),
    # Textile's inline code (Redmine's @…@) after a line that names a secret and a colon
    Detector("textile_code_value", "assignment",
             rf"(?:{PW_NOUNS}|{SECRET_NOUNS})[^\r\n@]*?:[ \t]*@([^@\s]{{4,64}})@[ \t]*(?:\r?\n|$)",
             (*PW_KEYWORDS, *_SECRET_WORDS), "inline_password", "passwords", "secret", False, deny=_STATED_DENY),
    # Node-RED's change node: a rule that sets a property named for a secret ("p": "soakTankGatewayPassword") "to" its value
    Detector("node_red_change_value", "assignment",
             rf"\"p\"[ \t]*:[ \t]*\"(?:[\w.\-]*?(?i:{SECRET_NOUNS}|{_EN_PW}|[a-z](?:Password|Token|Secret|Key))|{_ENV_NAME}|{_SNAKE_NAME})\"[ \t]*,"
             r"(?:[ \t\r\n]*\"(?:pt|t|tot)\"[ \t]*:[ \t]*\"[^\"\r\n]*\"[ \t]*,)*[ \t\r\n]*\"to\"[ \t]*:[ \t]*\"([^\"\\\r\n]{4,})\"",
             ('"to"',), "inline_password", "passwords", "secret", False, deny=PROSE_KEY_DENY),
    # a PDF form's data (FDF, XFDF's parent): a field whose name /T says what it holds, its value /V; motionEye's own settings,
    # kept as "# @name value" comments in a camera's file; a Tasker task's Variable Set (arg0 a %Name, arg1 its value)
    Detector("form_field_named_value", "assignment",
             rf"/T[ \t]*\([^()\r\n]*?\b(?:{SECRET_NOUNS}|{_EN_PW}|{_NAMED_CODE})[ \t]*\)[ \t]*/V[ \t]*"
             r"\(([^()\r\n\\]{4,})\)|"
             r"(?m:^)#[ \t]*@\w*?(?i:password|passwd|secret|token|api_?key|licen[cs]e|(?:release|unlock|access)_code)\w*[ \t]+([^\s]{4,})[ \t]*(?m:$)|"
             r"<Str[ \t]+sr=\"arg0\"[^>\r\n]*>%\w*(?i:password|passwd|secret|token|key|code|licen[cs]e)\w*</Str>[ \t]*\r?\n?[ \t]*"
             r"<Str[ \t]+sr=\"arg1\"[^>\r\n]*>([^<\s]{4,})</Str>",
             ("/t", "# @", "#@", 'sr="arg0"'), "inline_password", "passwords", "secret", False),
    # Mongoose OS's config_schema entry: ["app.kiln_password", "s", "<value>", {title: …}] (its name, its type, its default)
    Detector("config_schema_value", "assignment",
             r"\[[ \t]*\"[\w.\-]*(?i:password|passwd|secret|token|key|release[_.\-]?code|licen[cs]e|pin)[\w.\-]*\"[ \t]*,[ \t]*\"s\"[ \t]*,"
             r"[ \t]*\"([^\"\\\r\n]{4,})\"", ('"s"',), "inline_password", "passwords", "secret", False),
    # a handover sheet's "Service …… Wave access token", then "Value …… <value>" on the next line
    Detector("value_line_named_value", "assignment",
             rf"(?:{_NAMED}|\b{_ENV_NAME})[ \t]*{_VALUE_LINE}({_ALONE}{{7,}}){_EOL}", _VALUE_WORDS, "named_value", "passwords", "secret", False, deny=PROSE_KEY_DENY),
    Detector("value_line_named_password", "assignment",
             rf"\b{PW_NOUNS}{_VALUE_LINE}({_ALONE_PW}{{5,}}){_EOL}", _VALUE_WORDS, "inline_password", "passwords", "password", False),
    # a note's "practice software password for Jonas = Tiger8440N": the English word, words, then " = "
    Detector("prose_password_equals", "assignment",
             rf"(?:^|[\s\[(>*-]){_EN_PW}[ \t]+(?:[^=\s]+[ \t]+){{1,6}}=[ \t]+"
             r"([^\s\"'`()\[\]{}<>,;]{6,})(?:[ \t]*(?:\r?\n|$)|[ \t]+\()",
             ("password", "passphrase", "passcode"), "inline_password", "passwords", "password", False),
)
