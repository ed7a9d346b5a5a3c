"""Whether a word has the shape of a password a person or a generator made, with no name beside it
to say so (the validators of ``unnamed``'s detectors): the classes of characters a password policy
asks for, and the shapes of code, encodings and references that have them too."""
from __future__ import annotations

import re

from .codenames import generated_word_number, made_of_words, pronounceable
from .hidden import CHAR_CHAIN
from .placeholders import is_placeholder
from .spelling import CODE_WORDS, SYMBOLS

_SHAPE_SYMBOLS, _BASE64_SYMBOLS = frozenset("!@#$%&?"), frozenset("+=/_-")
_WEAK_SYMBOLS = frozenset("*^+=~")            # code's operators too: a word with only these must not read as code
_REFERENCE = re.compile(r"[A-Za-z]+#\d|RFC\d+#|[A-Z][a-z]*[A-Z][A-Za-z]*@\d{1,2}$")   # PKCS#12-…, GH#5460#issuecomment-…,
# RFC6749#Token: a name, its number; AzureKeyVault@2, DotNetCoreCLI@2: a pipeline task and its version
_ENTITY = re.compile(r"&(?:#[xX]?[0-9A-Fa-f]{1,6}|lt|gt|amp|quot|apos|nbsp)$|</?[a-z]")   # Local&#x3C; (the ";" is cut), Ed448Params</code>: markup
_SHAPE_NOT = re.compile(r"%[2-7][0-9A-F]|%[0-9A-Fa-f]{2}.*%[0-9A-Fa-f]{2}|"                  # %2F: percent-encoding
                        r"%[-+#0]?\d*(?:\.\d+)?[sdiuxXfFeEg](?![a-z])|"                        # %04X: a format
                        r"^[a-z][a-z0-9_]*\$[^$]*\$|^(?:[A-Z][a-z]+)+\$\d+$|"   # algo$…$, Outer$1 (an anonymous class)
                        r"^[A-Za-z_]\w*=[^=]|&[A-Za-z_]\w*=|"                                    # NAME=…, …&id=7: a query
                        r"a-z|A-Z|0-9|##|!\$?[A-Z]{1,3}\$?\d+$|"          # a regex's class, C's ##, Sheet3!A27
                        r"(?:^|\d)\^[A-Z][A-Z0-9]|"                                              # ZPL's ^FO40,300^FD…: a label's code
                        r"^[0-9 \\]{2}\$[a-z0-9]|"                                             # MARC's indicators, $a: a catalogue's field
                        r"^x5t#S256$|"                                   # JOSE's thumbprint parameter (RFC 7515): a name
                        r"^(?i:p[a@4]ssw[o0]rd)[0-9!@#$%?.]{0,4}$")     # P@ssw0rd1!: the weak password a test or a doc cites
_WEAK_ONLY = re.compile(r"[A-Za-z0-9]{3,}[*^+=~](?:[A-Za-z0-9]+[*^+=~]?)?")
_SAME_SIDES = re.compile(r"(?i)([A-Za-z0-9]+)[*^+=~]\1")      # Int64+int64, Ji00*Ji00: an expression
_CODE_SHAPED = re.compile(r"^[A-Za-z_][\w.]*[+\-*/^]?=[^=]|[+*=^~].*[+*=^~]")  # NAME=…, x+=…, X+10*noise_X


def password_shape(value: str) -> bool:
    """A word shaped like a policy-made password: upper and lower case letters, a digit and a symbol
    — not only a sentence's closing ``?``/``!`` (``Version2Beta?`` asks a question), nor a ``#``
    before a number (``PKCS#12``, ``Gh#34708``), nor only operators where the word reads as code
    (``DB_HOST=Server01``, ``X+10*noise_X``) — and not percent-encoding, a format string, a hash's
    ``algo$…$``, a Java anonymous class (``Outer$1``) or a regex's character class."""
    core = value.rstrip("?!")
    if not 8 <= len(core) <= 40 or _REFERENCE.match(core) or _ENTITY.search(core):
        return False
    strong = [i for i, c in enumerate(core) if c in _SHAPE_SYMBOLS]
    if strong and all(core[i] == "#" and core[i + 1:i + 2].isdigit() for i in strong):
        return False
    if not strong and (not _WEAK_ONLY.fullmatch(core) or sum(map(str.isdigit, core)) < 2
                       or _CODE_SHAPED.search(core) or _SAME_SIDES.fullmatch(core)):
        return False      # operators only: one between two runs (Magma+Kelp38) or at the end (Comet1992=)
    if not strong and _BASE64_SYMBOLS.issuperset(c for c in core if not c.isalnum()) and (
            len(core) > 16 or ((core.endswith("=") or len(core) == 16) and len(core) % 4 == 0)):
        return False      # a piece of base64 (a PEM line, SOPS data, a nonce; a GCM IV's 16): longer than people type
    return (any(c.isupper() for c in core) and any(c.islower() for c in core) and any(c.isdigit() for c in core)
            and _SHAPE_NOT.search(core) is None and not is_placeholder(core))


def passphrase_shape(value: str) -> bool:
    """Three or more words joined by hyphens, one in capitals, a number at the end: a generated
    passphrase (``papaya-INDIGO-garnet183``)."""
    return 3 <= value.count("-") + 1 <= 7 and not is_placeholder(value)


_HAS_SEPARATOR, _REPEATED = frozenset("._-+"), re.compile(r"(.)\1{5}")
_VERSIONED = re.compile(r"[\-_]v?[0-9]+(?:\.[0-9]+)+$")
_NUMBER_OR_VERSION = re.compile(r"\d[\d.\-_]*|v?\d+(?:\.\d+)+[\w.\-]*")


def made_password_shape(value: str) -> bool:
    """A password as a person makes one, beside a word that says what it opens (a Wi-Fi network,
    a router) in a language we may not know: letters and digits, and either both cases or a
    separator (``Mateo1976.harbor``, ``raven-granite-cinder58``, ``4MDcFvKQhPG7rTlruYu``) — not a
    host or file name in lower case, a number, a version, nor a model name in capitals
    (``RT-AX58U``)."""
    core = value.rstrip(".,!?")
    if not 9 <= len(core) <= 40 or is_placeholder(core) or _REPEATED.search(core) or _VERSIONED.search(core) or "..." in value:
        return False          # (a test key's 1x00000000000000000000AA, Apache-2.0, sk-ant-api03-...: nobody makes a password so)
    if _UUID.fullmatch(core):
        return False          # an id (an iCalendar UID's, a Message-ID's <uuid@host>): nobody makes one
    if word_and_random_tail(core) or word_and_code(core) or _owner_letter_tail(core):
        return True           # keeper.smc6r101: a word and a generator's tail; hubcap_bwo12: a word and a code; mallet.47m
    if core.isalpha() and core.isascii() and random_case(core):
        return True           # LooKLOrpgI: letters alone, their case as a generator leaves it
    upper, lower = any(c.isupper() for c in core), any(c.islower() for c in core)
    if not (lower and any(c.isdigit() for c in core)) or not (upper or _HAS_SEPARATOR & set(core)):
        return False
    if not upper and ("-" not in core or "." in core or "_" in core):
        return False          # host.example, notes.txt, default_radio0: names, in lower case
    return _NUMBER_OR_VERSION.fullmatch(core) is None


def message_password_shape(value: str) -> bool:
    """``made_password_shape`` after a word for "password", where code's names stand too: a name of
    letters and digits alone is a password only with three digits at its end (``ZincLunar575``), four
    anywhere (``Saffron7562Moss``) or digits in three places (``Mk2UtMpPM6Wm4qP75H``) — not
    ``UserForm2``, ``Sha256Digest``, nor a name that holds an acronym (``PBKDF2WithHmacSHA256``); words
    joined need a capital or two words (``raven-granite-cinder58``, not ``2024-setup``)."""
    core = value.rstrip(".,!?")
    if word_and_code(core) or owner_password_shape(core) or _owner_letter_tail(core):
        return True                 # (cassata.db15578: an owner's word and tail, five letters and digits before its two)
    if not made_password_shape(value):
        return False
    if _ATTRIBUTE_PATH.fullmatch(core) and not generated_word_number(core.split(".", 1)[0]) and not _WORD_DOT_WORD_NUMBER.fullmatch(core):
        return False                # httpx2.Request, os.PathLike: a name in code (not lantern1964.swvB, nor deliming.Drum7)
    if not core.isalnum():          # words joined (raven-granite-cinder58), not a label (2024-setup)
        return any(c.isupper() for c in core) or len(_LETTER_RUN.findall(core)) >= 2
    if random_case(core):
        return True                 # Ym39oDtohOB: its case changes where no word's would
    if _ACRONYM.search(core) and not _RANDOM_DIGITS.search(core):
        return False
    return bool(_DIGITS_AT_END_OR_FOUR.search(core) or _RANDOM_DIGITS.search(core))


def word_and_code(core: str) -> bool:
    """A word in lower case, a joiner, then a few letters and the digits a policy asks for (``hubcap_bwo12``,
    ``crowd.yqy31``), digits around a few letters (``vellum.8w131``) or between them (``handsfree_zd2kk66``) — not a
    host's or a pool's name (``db.prod01``, ``node_pool02``)."""
    match = _WORD_AND_CODE.fullmatch(core)
    return match is not None and match[1] not in _HOST_WORDS


def owner_password_shape(value: str, years: bool = False) -> bool:
    """A word, a joiner, then a few lower-case letters and digits ending in two digits — what an owner makes a password
    of (``leadstone.zci789``, ``Granite_84o64``), not a product's code (``HIVE-AB12``) nor a host's name (``db.prod01``);
    with ``years``, a year too (``triforium_2024`` alone in a row's cell; ``release_2024``, ``Ruslan#1998`` elsewhere)."""
    if _OWNER_PASSWORD.fullmatch(value) is None:
        return False
    word, tail = _OWNER_JOINER.split(value, maxsplit=1)
    year = years and "#" not in value and len(tail) == 4 and tail[:2] in ("19", "20")
    return word.lower() not in _HOST_WORDS and (not tail.isdigit() or year)


def _owner_letter_tail(value: str) -> bool:
    """... or a word, a joiner, digits and a letter or two after them (``mallet.47m``, ``mare.2128p``): not a host's."""
    match = _OWNER_LETTER_TAIL.fullmatch(value)
    return match is not None and match[1].lower() not in _HOST_WORDS


def django_key_shape(value: str) -> bool:
    """All three of Django's kinds in a 50-character key (``84$7k)w1c8ay…``, ``m@gvm36co_aj-…+m_@lx0^3…``): four kinds
    of its symbols or more, two of them neither a dash, an underscore nor a query's marks, digits and letters — not a
    rule of dashes, a name with underscores, a query's ``…&permissions=8244&scope=bot``."""
    symbols = set(value) & set("!@#$%^&*(-_=+)")
    return len(value) == 50 and len(symbols) >= 4 and len(symbols - set("-_&=")) >= 2 \
        and sum(c.isdigit() for c in value) >= 3 and sum(c.isalpha() for c in value) >= 15


def random_case(core: str) -> bool:
    """Letters whose case changes three times or more, in pieces no name is made of: a generated
    password (``3QoxR0JqwFfK``), not ``OAuth2ClientId`` nor ``getUTF8String``."""
    changes = sum(a.islower() != b.islower() for a, b in zip(core, core[1:]) if a.isalpha() and b.isalpha())
    return len(core) >= 10 and changes >= 3 and not made_of_words(core) and _WORDY.search(core) is None


# pieces of names: a lower-case run of five, a capitalized word of five, an acronym of five
_WORDY = re.compile(r"[a-z]{5}|[A-Z][a-z]{4}|[A-Z]{5}")
_ATTRIBUTE_PATH, _WORD_DOT_WORD_NUMBER = re.compile(r"[a-z_][a-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+"), re.compile(r"[a-z]{4,14}\.[A-Z][a-z]{2,8}(?!(?:8|16|32|64|128)$)[0-9]{1,3}")
_ACRONYM = re.compile(r"[A-Z]{3,}[a-z0-9]|[a-z0-9][A-Z]{3,}")
_RANDOM_DIGITS = re.compile(r"[0-9]+\D+[0-9]+\D+[0-9]+")      # digits in three places
_DIGITS_AT_END_OR_FOUR, _LETTER_RUN = re.compile(r"[0-9]{3,}$|[0-9]{4,}"), re.compile(r"[A-Za-z]{2,}")
_WORD_AND_CODE = re.compile(r"[a-z]{4,12}[._+~!*#](?:([a-z]{2,6})[0-9]{2,4}|[0-9]{1,3}[a-z]{1,4}[0-9]{2,4}|[a-z]{1,3}[0-9]{1,2}[a-z]{1,3}[0-9]{2,3})")
# an owner's password: a word, a joiner, a few lower-case letters and digits ending in two (RE2's too: a frame's reads it)
OWNER_JOINER = r"[._\-+~!*#]"       # what an owner joins a password's word and its tail with
OWNER_PASSWORD = rf"[A-Za-z][a-z]{{3,13}}{OWNER_JOINER}[a-z0-9]{{2,6}}[0-9]{{2}}"
_OWNER_PASSWORD, _OWNER_JOINER = re.compile(OWNER_PASSWORD), re.compile(OWNER_JOINER)
_OWNER_LETTER_TAIL = re.compile(rf"([A-Za-z][a-z]{{3,13}}){OWNER_JOINER}[0-9]{{2,4}}[a-z]{{1,2}}")
# a Django SECRET_KEY as get_random_secret_key() makes it: 50 of a-z, 0-9 and !@#$%^&*(-_=+) (a dash or a bracket first too)
DJANGO_KEY = r"[a-z0-9!@#$%^&*(\-_=+)]{50}"
_HOST_WORDS = frozenset("prod dev test stage stg qa uat host node srv server pool box vm lab admin user app web db api mail smtp "
                        "ftp vpn rack site zone env tmp bak backup old new edge core gw proxy cache worker runner build ci".split())


def sentence_password_shape(value: str) -> bool:
    """A made password with no word for it beside: 10 to 32 characters, both cases, a digit, and its
    letters' case changing where no word's, name's or id's would (``2prFYq6K_tko``, not ``v1.2.3-rc``,
    ``Release-2024``, ``de_DE.UTF-8``); or a word and a generator's tail (``minipc_io5bb87``)."""
    if word_and_random_tail(value):
        return True
    if _OBJECT_ID.fullmatch(value):
        return False            # an API's object id (Stripe's tmr_…, cus_…, evt_…): a prefix names its kind
    letters = "".join(c for c in value if c.isalpha())
    changes = sum(a.islower() != b.islower() for a, b in zip(letters, letters[1:]))
    if value.isalnum() and (len(value) < 12 or changes < 5):
        return False            # no joiner: only a long run whose case flips at random (Yj6Jv1HPbVrkKac)
    return (10 <= len(value) <= 32 and any(c.isdigit() for c in value) and letters.isascii() and changes >= 3
            and (sum(c.isdigit() for c in value) > 2 or not any(pronounceable(p) for p in _PIECES.findall(value)))
            and not made_of_words(letters) and made_password_shape(value))   # (ChaCha20-Poly1305: words)


def word_and_random_tail(value: str) -> bool:
    """A word (capitalized or not), one joiner and a tail a generator drew (``truenas.y3q70148``,
    ``Basis.d7jcmd39``, ``lucky_6404u75``): six to ten letters and digits that switch twice or more — not a word and its
    number (``test-user01``), a pod's five-letter suffix (``fluentd-x7k2p``) nor a hash's hex (``web-3f9a2b1``)."""
    match = _WORD_AND_TAIL.fullmatch(value)
    if match is None:
        return False
    tail = match[1]
    switches = sum(a.isdigit() != b.isdigit() for a, b in zip(tail, tail[1:]))
    digits = sum(map(str.isdigit, tail))
    return switches >= 2 and 2 <= digits < len(tail) and not _HEX.fullmatch(tail) and pronounceable(match[0][:-len(tail) - 1])


_UUID, _OBJECT_ID = re.compile(r"[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}"), re.compile(r"[a-z]{2,5}_[A-Za-z0-9]{14,30}")
_WORD_AND_TAIL = re.compile(r"[A-Za-z][a-z]{2,11}[._\-+]([a-z0-9]{6,10})")
_HEX = re.compile(r"[0-9a-f]+")
_PIECES = re.compile(r"[A-Z][a-z]{4,}")    # a name's capitalized word: iPhone15-Pro's "Phone"
_LABELLED = re.compile(r"[A-Za-z]{3,}[ \t]*[0-9]*:[ \t]|[ \t]=[ \t]")   # "count 0: HOTP …", "x = …"
_SEPARATORS = frozenset("|/\\-–—,;:.")
# hex bytes joined by colons (a MAC address's way, "6F:76:65"): a byte, then each next one with its colon
HEX_BYTE, COLON_BYTE = r"[0-9A-Fa-f]{2}", r"(?::[0-9A-Fa-f]{2})"
# a run that is an encoding by its form alone: characters by name, a byte array, SQL's CHAR() chain, a value decoded there
_ENCODED_RUN = re.compile(r"(?:\\N\{[A-Z][A-Z0-9 \-]{0,60}\}){4,}|\{[ \t]*(?:0x[0-9a-fA-F]{2}[ \t]*,[ \t]*){7,}0x[0-9a-fA-F]{2}[ \t]*\}|"
                          + CHAR_CHAIN + "|"                                                                   # SQL's CHAR(80) + …
                          r"(?:\\symbol\{[0-9]{1,3}\}){6,}|"                                                    # LaTeX
                          r"(?:\([0-9]{1,4}(?:,[ \t]?[0-9]{1,4})+\)[ \t]*){6,}|"                               # (r7,r11,r13) tuples: residues
                          r"[^\r\n'{}]{0,40}\{[ \t]*(?:'[^'\\\r\n]'[ \t]*,[ \t]*){5,}'[^'\\\r\n]'[ \t]*\}[ \t)]{0,3}|"          # C#'s new char[] { 'p', 'w', … }
                          r"(?:'[^'\\\r\n]'[ \t]*,[ \t]*){7,}'[^'\\\r\n]'|"          # ... or the list alone: 'p', 'w', …
                          # a call over character codes: MATLAB's char([…]), R's intToUtf8(c(…L, …)), FromCharacterCode[{…}]
                          r"[A-Za-z_][^()\r\n]{0,40}[(\[](?:c\(|[\[{]|\"[^\"]{1,8}\"[ \t]*,)?[ \t]*(?:[0-9]{2,3}L?(?:[ \t]*,[ \t]*|[ \t]+)){5,}[0-9]{2,3}L?[ \t]*[)\]}]{1,3}|"
                          r"\$\((?:echo|printf)[ \t]+(?:-[neE]{1,3}[ \t]+)?['\"]?[A-Za-z0-9+/=]{8,}['\"]?[ \t]*\|[ \t]*"
                          r"base(?:64|32)[ \t]+(?:-d|-D|--decode)\)|"
                          # a list of character codes and what turns it back (jq's implode), a call over one quoted run
                          # that undoes it where it stands (str_rot13('…'), atob("…"))
                          r"\[[ \t]*(?:[0-9]{2,3}[ \t]*,[ \t]*){5,}[0-9]{2,3}[ \t]*\](?:[ \t]*\|[ \t]*implode)?|"
                          r"\(string(?:[ \t]+\?[^\s()]){6,}[ \t]*\)|"      # Emacs Lisp's (string ?p ?w …)
                          r"(?:[MDCLXVI]{1,9}[·.\-,/|:]){7,}[MDCLXVI]{1,9}|"     # character codes in Roman numerals: LXVII·XCVII·…
                          rf"(?:{HEX_BYTE}{COLON_BYTE}{{1,7}}[,;]?[ \t]+){{2,}}{HEX_BYTE}{COLON_BYTE}{{0,7}}|"   # bytes as MAC-like groups (a list's)
                          r"[A-Za-z_][\w.:]{1,30}\([ \t]*(['\"])[^'\"\s]{8,}\1[ \t]*\)")
_ELEMENT = re.compile(r"<([A-Za-z][\w:.\-]*)(?:[ \t][^<>]*)?>([^<>]+)</\1>")
# the marks that make letters a number (Greek's keraia, Hebrew's geresh and gershayim, Cyrillic's titlo): "ϟθʹ νεʹ ρʹ"
_NUMERAL_SIGNS = ("\u02b9", "\u0374", "\u05f3", "\u05f4", "\u0483")
_SHORT_WORDS = frozenset("a i am an as at be by do go he if in is it me my no of oh ok on or so to up us we "
                         "and are but can for had has her him his how its not now our out she the too two was who why yes you".split())
_DECIMAL = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_DATED = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}")
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CLOCK = re.compile(r"\b([0-9]{1,2}):([0-9]{2})\b")


def _minutes(clock: re.Match) -> str:
    """A time of day as minutes past midnight ("09:55" is 595): one number, as a character's code is."""
    return str(int(clock[1]) * 60 + int(clock[2]))


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
           "december")
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_YEAR_DAY = {m[:3]: sum(_MONTH_DAYS[:i]) for i, m in enumerate(_MONTHS)}    # days before each month's first
# a month's name or its first three letters ("Sept" too; not "marks")
_MONTH = "(?:" + "|".join(m[:3] + (f"(?:{m[3:]}{'|t' * (m == 'september')})?" if m[3:] else "") for m in _MONTHS) + r")\.?"
# a day and its month, either way round ("14 Feb", "Sun 26 Apr", "Feb 14"; not "May 2026")
_DAY_MONTH = re.compile(rf"(?i:\b([0-9]{{1,2}})[ \t]+({_MONTH})(?![a-z])|\b({_MONTH})[ \t]+([0-9]{{1,2}})\b)")


def _day_of_year(date: re.Match) -> str:
    """A date as the day of a (common) year ("7 Apr" is 97): one number, as a character's code is."""
    day, month = (date[1], date[2]) if date[1] else (date[4], date[3])
    return str(_YEAR_DAY[month[:3].lower()] + int(day))


def _labelled_numbers(pieces: list[str]) -> bool:
    """Numbers each beside one label, the same every time, before or after it (a lot, a catalogue
    number, a unit): twelve pieces or more."""
    items = [p for p in (p.strip(".,;:/|") for p in pieces) if p]
    if len(items) < 12 or len(items) % 2:
        return False
    return any(len({label.lower() for label in labels}) == 1 and labels[0].isalpha()
               and all(_DECIMAL.fullmatch(n) for n in numbers)
               for labels, numbers in ((items[0::2], items[1::2]), (items[1::2], items[0::2])))


# what parts a list's items: a semicolon, a bar, a comma before a space (not a thousands comma: "109,000"), a spaced slash
_ITEM_SEPARATORS = (re.compile(r"[ \t]*;[ \t]*"), re.compile(r"[ \t]*\|[ \t]*"), re.compile(r",[ \t]+"), re.compile(r"[ \t]+/[ \t]+"))
_BITS, _LOWER_WORDS = frozenset("01"), frozenset("abcdefghijklmnopqrstuvwxyz {},|:;")
_BRACKETED, _GROUPS = re.compile(r"\[([^\[\]\r\n]{3,400})\]"), re.compile(r"[\[{(]([^\[\]{}()\r\n]{1,200})[\]})]")   # (a list's items, each in its own brackets)
_WORD, _MARK, _DIGITS = re.compile(r"[A-Za-z]+"), re.compile(r"[^\w\s]"), re.compile(r"[0-9]+")   # a template's parts
_PLAYER = re.compile(r"\b[A-Z]:")     # a player's letter before its list ("A: pedal sapling …; B: …")
_NUMBER = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")
_SETTING = re.compile(r"([A-Za-z][A-Za-z \t\-]{2,30}?)[ \t]*[:=]?[ \t]+([0-9][0-9,]*(?:\.[0-9]+)?)[ \t]*[A-Za-z%]{0,7}")


def _splits(value: str, least: int):
    """The value's items under each separator in turn that parts it into ``least`` or more."""
    for separator in _ITEM_SEPARATORS:
        items = [item for item in separator.split(value.strip(" \t;|,.")) if item]
        if len(items) >= least:
            yield items


def _items(value: str, least: int) -> list[str]:
    """The items of a list of at least ``least``, parted by the first separator that makes so many."""
    return next(_splits(value, least), [])


def _itemised_numbers(value: str) -> bool:
    """A list whose items each hold a character's number amid what is noise — a name, a tag, a unit: "marker #20
    257 fps, marker #12 285 fps, …", "Nowak 318; Moreau 301; …", "bag 714: 775 kg; …", "09:55 bureau, 09:52 chaise, …",
    "ewe 918: 8 Mar; …" (a time as its minutes, a date as its day of the year): six items or more, each short and
    none a full date, their numbers varying."""
    items = [_DAY_MONTH.sub(_day_of_year, _CLOCK.sub(_minutes, item)) for item in _items(value, 6)]
    if not items or any(len(item) > 48 or len(item.split()) > 6 or not _NUMBER.search(item) or _FULL_DATE.search(item)
                        for item in items):
        return False
    numbers = [[float(n.replace(",", "")) for n in _NUMBER.findall(item)] for item in items]
    distinct = len({tuple(n) for n in numbers})     # (a hex value's sixteen codes recur in a long one)
    return (distinct * 2 > len(items) or distinct >= 10) and any(_codes(column) for column in _columns(numbers))


def _templated_items(value: str) -> bool:
    """A list whose items fill one template with numbers, a puzzle a character ("hyp 3445 leg 3444 ; hyp 3137 leg
    3135 ; …", "marked 5, caught 99, recaptured 5 | …", "[cap 20] 9/35 12/37 | …"): six items or more under a
    separator that keeps the template — the same words, nine in ten — or six bracketed groups or more, most with
    the same marks ("[A-D 105, B-C 26] [C-F 71, …]", "[line=19 stitch=6<line] …")."""
    groups = _BRACKETED.findall(value)
    if len(groups) >= 6 and _BRACKETED.sub("", value).strip(" \t,;|") == "":
        return _one_template(groups, _marks, 3)   # [A-D 105, B-C 26] [C-F 71, …]: marks
    return any(_one_template(items, lambda item: frozenset(_WORD.findall(item)), 9) or _one_template(items, _marks, 9)
               for items in _splits(value, 6))     # (the same words, or the same marks: "diary lock 3-9-9; cryptex 4-0-4; …")


def coded_items(value: str) -> bool:
    """Six items or more, each with a number, in brackets or parted by a separator ("in 121 out | …", "[A10 B7 …] …"); or a
    puzzle's: 24 lower-case words or more in lists (a player's letter before), no clause's comma, or six maps (o and .)."""
    pieces = value.split()
    return any(len(items) >= 6 and all(map(_DIGITS.search, items)) for items in (_GROUPS.findall(value), *_splits(value, 6))) \
        or (set(_PLAYER.sub("", value)) <= _LOWER_WORDS and ", " not in value and len(_WORD.findall(value)) >= 24) \
        or (len(pieces) >= 6 and len(set(value) - {" "}) <= 5 and sum(c.isalnum() for c in set(value)) <= 1)


def _marks(item: str) -> frozenset[str]:
    return frozenset(_MARK.findall(item))


def _one_template(items: list[str], template, tenths: int) -> bool:
    """Each item two numbers or more, ``tenths`` in ten of them of one ``template`` (not empty), the items varying."""
    if any(len(_DIGITS.findall(item)) < 2 for item in items):
        return False
    templates = [template(item) for item in items]
    common = max(set(templates), key=templates.count)
    return bool(common) and templates.count(common) * 10 >= len(items) * tenths and len(set(items)) * 2 > len(items)


def _columns(numbers: list[list[float]]) -> list[list[float]]:
    """The numbers in the same place of every item, counted from the start and from the end."""
    least = min(map(len, numbers))
    return [[n[k] for n in numbers] for k in range(least)] + [[n[-1 - k] for n in numbers] for k in range(least)]


def _codes(column: list[float]) -> bool:
    """Numbers that may be character codes shifted or scaled: positive, varying, the largest at most four times the
    smallest (a policy's "length 12; history 24; expiry 365" is none)."""
    return min(column) > 0 and len(set(column)) > 2 and max(column) <= 4 * min(column)


def _settings(value: str) -> bool:
    """A list of settings, each a different name and its number: "min length 12; history 24; expiry 365; …" (a policy,
    not a code: its numbers are no character's)."""
    items = _items(value, 3)
    pairs = [_SETTING.fullmatch(item) for item in items]
    return bool(items) and all(pairs) and len({p.group(1).lower() for p in pairs}) == len(pairs) \
        and not _codes([float(p.group(2).replace(",", "")) for p in pairs])


def _number_words(value: str) -> bool:
    """Numbers spelled out, one a character ("okdek kvar | cent dek kvar | …", "nonaginta octo, centum septendecim,
    …"), or as words' lengths ("a supersedes hive / a a a / …"): eight items or more of one to four words, a few
    words used over and over."""
    items = _items(value, 8)
    words = [word.lower() for item in items for word in item.split()]
    return bool(items) and all(1 <= len(item.split()) <= 4 for item in items) \
        and all(word.replace("-", "").isalpha() for word in words) and len(set(words)) * 5 <= len(words) * 3


# what a spelled value's words say besides letters: its digits and marks ("nine", "nought", "underscore", "dash")
_SPELLED_MARKS = frozenset({*(w for w, c in CODE_WORDS.items() if c.isdigit()), "nil", "nought", *SYMBOLS})
_LITTLE_WORDS = _SHORT_WORDS - _SPELLED_MARKS
_TUPLE = r"[({\[][ \t]*-?[0-9.]+(?:[ \t]*,[ \t]*-?[0-9.]+)+[ \t]*[)}\]]"
# (one way only to read what parts two tuples: blanks either side of a comma or semicolon, or blanks alone — never
# optional blanks beside optional blanks, which Python's re would try every split of, each time a long run fails)
_TUPLES = re.compile(rf"(?:{_TUPLE}(?:[ \t]*[,;][ \t]*|[ \t]+)?){{5,}}{_TUPLE}")


_ARITHMETIC = re.compile(r"[0-9a-z+\-*/^=()\[\];,|?. \t]+")
_LOGIC_WORDS = frozenset(("not", "and", "or", "xor"))


def _arithmetic(value: str) -> bool:
    """Sums to work out, one a character: equations ("x^2 - 184x + 8343 = 0; …", "9x + 6y = 1566, …"), matrices
    ("[[6, -6], [-1, 14]] …"), grids with a cell to find ("[66 130 71 / 94 89 ?] …"), pulse timings, logic formulas
    ("(not c) or (b and c) ; …"): numbers, operators and brackets, letters only as one-letter unknowns (or a formula's
    not/and/or), six pieces or more and many numbers or brackets."""
    if len(value) < 24 or not _ARITHMETIC.fullmatch(value) or len(value.split()) < 6:
        return False
    if any(len(word) > 1 and word not in _LOGIC_WORDS for word in re.findall(r"[a-z]+", value)):
        return False
    return sum(c.isdigit() for c in value) >= 16 or value.count("(") >= 8


def _word_alphabet(pieces: list[str]) -> bool:
    """A value spelled a word a character in an alphabet of the text's own (golf terms, fungi, flavours: "putter
    overlap sand underscore NIBLICK … nine six"): ten words or more, none a sentence's little word, two or more
    in capitals for a capital or naming a digit or a mark."""
    words = [p.strip("[]") for p in pieces]
    if len(words) < 10 or not all(w.isalpha() for w in words) or any(w.lower() in _LITTLE_WORDS for w in words):
        return False
    return sum((w.isupper() and len(w) > 1) or w.lower() in _SPELLED_MARKS for w in words) >= 2


def stated_form(value: str, one_word) -> bool:
    """The run a sentence hands over as a secret in a form it names (``stated``): one word is
    judged as a password in prose is (``one_word``); several must be pieces of a code — numbers,
    marks, fragments — not a sentence ("every 90 days"), a date or a stand-in."""
    if _ENCODED_RUN.fullmatch(value):
        return True             # \N{LATIN SMALL LETTER U}…, { 0x50, … }, $(echo … | base64 -d): a code by its form
    element = _ELEMENT.fullmatch(value)
    if element:
        value = element.group(2).strip()   # a property list's <data>…</data>: the run is what it wraps
    if _TUPLES.fullmatch(value) or _arithmetic(value) or _templated_items(value):
        return True             # "(-4,-2) (-5,1) …", "{9,5,3} {8,5,4} …": a character a tuple of numbers (points, combinations);
        # equations, matrices, grids, formulas to solve, puzzles of one template
    pieces = value.split()
    if not pieces or len(pieces) > 400 or (is_placeholder(value) and len(set(value.lower()) - {" ", "^"}) > 3):
        return False            # (a stand-in; but a run's few symbols are its code: A/B groups, DNA bases, Morse with ^ for a capital)
    if value[0] not in "\"'{<" and (_itemised_numbers(value) or _number_words(value)):
        return True             # a list of numbers, one a character, each amid noise; or spelled out
    if _settings(value):
        return False
    run = len(pieces) == 1 and len(value) >= 16     # one long run: ROT47 and its kind make any mark, unpaired
    if value[0] in "\"'{<" or value[-1] in "}:;>" or value.startswith(("$ ", "-----")) or "<<" in value or _LABELLED.search(value) \
            or ("(" in value and '"' in value) \
            or (not run and (value.count(")") > value.count("(") or value.count("]") > value.count("["))):
        return False            # JSON or code after its key ("cipher": "aes-256-gcm"}), a call, markup, a label, a shell's line,
        # a PEM armour's line (a key's block is the PEM detector's)
    if len(pieces) == 1 and ((len(value) >= 16 and (set(value) <= _BITS or sum(ord(c) > 0x2000 for c in value) * 2 > len(value)))
                             or (len(value) >= 6 and all(ord(c) > 0x2000 for c in value))):
        return True             # one run of bits (Elias gamma codes), or of a script's signs (runes, look-alike blocks, mojibake)
    if len(pieces) == 1:     # (a word that ends the sentence, "thanks!", is none)
        return one_word(value) and not (value.rstrip("!?.").isalpha() and pronounceable(value.rstrip("!?.")))
    if _labelled_numbers(pieces):
        return True             # "cat. 552; cat. 601; …", "16.50 yd, 26.25 yd, …": a number a character, each labelled
    if _word_alphabet(pieces):
        return True
    words = sum(w.isalpha() and not w.endswith(_NUMERAL_SIGNS) and ((len(w) >= 3 and (w.islower() or w.istitle()) and pronounceable(w))
                                 or (len(w) == 2 and w.islower())) for w in (p.strip(".,;:!?()\"'") for p in pieces))
    marks = sum(set(p) <= _SEPARATORS for p in pieces)     # a table's "|", a list's "/": they say nothing
    names = [p for p in pieces if p.isalpha()]
    if len(names) >= 12 and len(names) >= 2 * len(set(names)) and (marks + pieces.count("+")) * 3 >= len(pieces):
        return True             # a few names again and again between marks ("Galaxy + Columbus / Fuggle + Bravo / …"): a code
    if len(pieces) >= 8 and len({len(p) for p in pieces}) == 1 and len(pieces[0]) <= 3 and not _DATED.search(value) \
            and sum(p.lower() in _SHORT_WORDS for p in pieces) * 2 < len(pieces):
        return True             # pieces all of one short length ("de eh dt dw …", letter pairs), few of them words: a code
    return (len(pieces) >= 3 or len(value) >= 12) and words * 2 < len(pieces) - marks and sum(map(len, pieces)) >= 8 \
        and (len(pieces) >= 6 or (len(pieces) >= 4 and value.count(":") == 2 * len(pieces)) or not _DATED.search(value))
    # (a date or two is a time; a run of them a code, or of four times to the second: a count of seconds each)
