"""Structural checks that turn a regex candidate into a finding or drop it.

A detector's regex says "this looks like a key"; these say "this is one" where the format allows it
(a checksum, a decodable header, a base64 ``user:pass``) and reject the look-alikes every codebase is
full of: documentation examples, template variables, environment indirections. Entropy is only ever
used together with a context that already names a secret (see ``looks_random``)."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from .codenames import (call_cut_short, code_shaped, generated_word_number, is_camel_name, is_name, made_of_words,
                        pronounceable)
from .notvalues import ARN, AWS_RESOURCE, EZCONNECT, FORMAT_ONLY, NOT_A_VALUE, SCOPE, WORD_PATH, letters_and_marks
from .placeholders import is_placeholder
from .randomness import looks_random
from .shapes import (COLON_BYTE, HEX_BYTE, django_key_shape, made_password_shape, message_password_shape, owner_password_shape, passphrase_shape, password_shape,
                     random_case, sentence_password_shape, stated_form, coded_items)
from .checksums import b58decode, base58check, bitlocker_key, github_checksum
from .seedphrase import bip39_phrase, bip39_words
from .strkey import stellar_seed
from .tokenparts import (basic_credentials, discord_token, jwt_structure, macaroon_v2, pem_body, sanctum_token, sasl_plain_credentials,
                         twitter_bearer)

def _is_identifier_like(v: str) -> bool:
    """``db_password``, ``SecretStr``, ``self.token``, ``ctypes.c_int32``: a name or attribute path,
    not a literal. Digits in a single word (``hunter2``, ``aB3x9Qz``) make it a value again."""
    parts = v.split(".")
    if not all(p and (p[0].isalpha() or p[0] == "_") and p.replace("_", "").isalnum() for p in parts):
        return False
    if len(parts) >= 3 and parts[0] in _REVERSE_DNS and all(p.isalpha() for p in parts):
        return True    # org.eclipse.debug.core.environmentVariables: a plug-in's attribute id
    if len(parts) == 2 and parts[1][:1].isupper() and is_camel_name(parts[1]) and len(parts[0]) <= 12 and is_name(parts[0]):
        return True    # ed25519.Ed25519PrivateKey, ec.EllipticCurvePrivateKey: a module's type
    if len(parts) > 1:
        if any(len(p) >= 16 and looks_random(p) for p in parts):
            return False   # s.v0ACmkUKJNGybR5UyD13bWXt: a token with a dotted prefix
        if parts[0] not in _OBJECT_NAMES and all(p[:1].isalpha() and "_" not in p for p in parts) and \
                all(p.isalpha() for p in parts[:-1]) and any(c.isdigit() for c in parts[-1]):
            return False   # meadow.quartz.cinder.basalt19: a passphrase, not an attribute path
        if parts[0] not in _OBJECT_NAMES and all(p.isalpha() and p.islower() for p in parts[:-1]) and \
                _WORD_NUMBER.fullmatch(parts[-1]):
            return False   # saffron.tamarind_3698: words and a number, as generators make them
        if len(parts) == 2 and generated_word_number(parts[0]):
            return False   # marble8100.sASn, juniper534.LD9: a generator's word and number (not sha256.new)
        if any(random_case(p) for p in parts):
            return False   # QivaHJAAyxWt_Ww.PQz7: its case changes at random, no name is written so
        last = parts[-1]
        if not is_name(last) and any(c.isdigit() for c in last) and _case_changes(last) >= 3:
            return False   # Fo.kMbL_XBB4: no attribute is named so (float64, getUTF8String, oauth2Token are)
        return all(is_name(p) for p in parts[:-1])   # module.attr, self.x, settings.API_KEY
    if v.isupper() and "_" in v:
        return True   # API_KEY_V2: a constant's name
    if _WORD_THEN_MIXED.fullmatch(v) and _case_changes(v.split("_", 1)[1]) >= 2:
        return False   # Harbor_evcoU, Otter_MmpXjadxa: a generator's word, then letters in random case
    if v.replace("_", "").isalpha():
        # a word or a type name -- unless long, not words run together, and random (a letters-only key),
        # or short with its case changing at random (``DwHBmDOkVH``: no name is written so)
        if len(v) >= 10 and _case_changes(v) >= 4 and not pronounceable(v) and not made_of_words(v):
            return False
        return len(v) < 16 or is_camel_name(v) or not looks_random(v, min_entropy=3.5)
    return "_" in v and v.islower() and sum(map(str.isdigit, v)) < 2 and not _WORD_MEASURE.fullmatch(v) and \
        not _word_and_code(v)   # var_1, v4auth_header (not birch_bay5)


def _word_and_code(v: str) -> bool:
    """A word, then a short code of letters and a digit (``birch_bay5``, ``perch_sh3``): what an owner makes a password
    of, not a name's part (``input_ids2``, ``page_no1``, ``api_v2``)."""
    match = _WORD_CODE.fullmatch(v)
    return match is not None and match[1] not in _NAME_TAILS


def _case_changes(v: str) -> int:
    return sum(a.islower() != b.islower() for a, b in zip(v, v[1:]) if a.isalpha() and b.isalpha())


_WORD_THEN_MIXED = re.compile(r"[A-Z][a-z]{2,}_[A-Za-z]{4,}")
_REVERSE_DNS = frozenset("org com net io edu gov de uk fr".split())
_WORD_NUMBER = re.compile(r"[a-z]{3,}_\d{3,}")
_WORD_CODE = re.compile(r"[a-z]{4,}_([a-z]{2,3})[1-9]")
_NAME_TAILS = frozenset("id ids no num nr idx ix arg args var val vals key str len col row pos lvl ver rev sha md utf int "
                        "fp bit buf ptr ref obj tmp msg err res out in fn cb tab doc img pic btn lbl txt box".split())
_WORD_MEASURE = re.compile(r"[a-z]{3,}_[1-9](?:(?!fa|st|nd|rd|th|xx)[a-z]{2,3}|[0-9]?(?:m|kn|g|l))")   # brake_8ft, kite_12m (not use_2fa)
# the objects attribute paths in config and code usually start from
_OBJECT_NAMES = frozenset("self this settings config cfg conf env os process secrets vars values ctx app params "
                          "props options opts request req context global window document module exports".split())

_FILE_EXTENSIONS = frozenset(
    "json yaml yml toml ini cfg conf env txt pem key crt cer der p12 pfx jks ppk pub gpg asc enc db sqlite "
    "py js ts sh ps1 rb go rs java php html xml csv log".split())


def _is_path_like(v: str) -> bool:
    """``/etc/app/key.pem``, ``~/.token``, ``service-account.json``, ``secret/data/prod/api``: a
    reference to where a secret is kept (not ``/OMrbT...PXo=``, base64 that starts with a slash)."""
    head, colon, field = v.rpartition(":")
    if colon and "/" in head and field.isidentifier() and _is_path_like(head):
        return True   # secret/data/app:token: a Vault path and the field read from it
    name, colon, path = v.partition(":")
    if colon and path.startswith("/") and name.replace("-", "").replace("_", "").isalnum() and _is_path_like(path):
        return True   # systemd's LoadCredential=ID:PATH
    if v.startswith(("./", "../", "~/", "~\\")) or (len(v) > 2 and v[1] == ":" and v[2] in "\\/"):
        return True
    if v.count("\\") >= 2 and all(p.isalnum() and not looks_random(p, min_len=12) for p in v.split("\\")):
        return True   # SOFTWARE\Contoso\Integrations: a registry key's path
    if v.startswith("/") and (v.count("/") > 1 or "." in v[-6:]) and not looks_random(v, min_entropy=4.2):
        return True
    if "/" in v and all(p and p.replace("_", "").replace("-", "").isalnum() and (p.islower() or p.isdigit())
                        and not looks_random(p, min_len=12) for p in v.strip("/").split("/")):
        return True   # secret/data/prod/api, a store path made of words
    stem, dot, ext = v.rpartition(".")
    return bool(dot) and bool(stem) and ext.lower() in _FILE_EXTENSIONS


_FINGERPRINT = re.compile(r"(?:[0-9A-Fa-f]{2}:){7,}[0-9A-Fa-f]{2}")
_EPOCH = re.compile(r"1[5-9][0-9]{8}(?:[0-9]{3})?(?:\.[0-9]{1,9})?")   # Unix seconds or ms, 2017-2033 (Slack's "ts": s.µs)
_STORED_VERIFIER = re.compile(r"SCRAM-SHA-(?:1|256)\$|md5[0-9a-f]{32}$|\*[0-9A-F]{40}$|"     # (MySQL's *<40 hex>; a crypt-style hash, a scheme first:
                              r"(?:[a-z0-9]+:)?\$(?:argon2(?:id|i|d)|pbkdf2[\w\-]*|scrypt|[156y])\$|(?:pbkdf2_sha(?:1|256|512)|scrypt)\$[0-9]+\$")   # Jupyter's argon2:$argon2id$…;
# not bcrypt's $2a$: CurseForge's API keys are written so)
_ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
# a parameter a number is given to (timeout=30, max_retries=3, n=5), not a word and a number a person
# joined (hawthorn=2021, neaptide=46)
_NUMBER_PARAMETER = (r"(?:[a-z0-9_]*_[a-z0-9_]*|[a-z]{1,4}[0-9]*|(?:min|max)?(?:len|length|size|age|count)|timeout|retries|"
                     r"retry|tries|attempts|port|level|limit|depth|workers|threads|jobs|rounds|iterations|cost|version|"
                     r"days|hours|minutes|seconds|ttl|expiry|expires|interval|width|height|verbose|verbosity|debug|"
                     r"priority|weight|index|offset|page|step|steps|epochs|batch|seed|lines|uid|gid|mode|umask|history|"
                     r"complexity|strength|digits|chars|symbols|upper|lower|number|numbers|default|value|timestamp)")
_KEYWORD_ARGUMENT = re.compile(r"[a-z_][a-z0-9_]*=(?:True|False|None|true|false|null|\.\*|[a-z_]*)$|"
                               rf"{_NUMBER_PARAMETER}=\d+$")
_HOST_PORT = re.compile(r"(?:(?:ssl|tcp)[46]?:)?(?:[a-z0-9\-]+\.)+[a-z]{2,24}:[0-9]{2,5}")   # (ssl:…:1666: Perforce's P4PORT)
_WIFI_SECURITY = re.compile(r"(?i)wpa[23]?(?:[-_]?(?:psk|sae|eap|personal|enterprise))*|wep|tkip|ccmp")
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?Z?\)?")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?")     # "arrivaltime": "2025-05-26 15:35": a date
APP_PASSWORD = re.compile(r"[a-z]{4}(?: [a-z]{4}){3}|[a-z]{4}(?:-[a-z]{4}){3}")   # a trusted pattern on a short value, not RE2


_CALLS = re.compile(r"(?:[A-Za-z_$][\w.$]*\()+")


def literal_secret(value: str) -> bool:
    """A value assigned to a secret-named key in code or config that is a literal secret."""
    if any(ord(c) >= 0x2E80 for c in value) or (not value.isascii() and letters_and_marks(value)):
        return False  # CJK or Hangul in it: the rest of a sentence ("、ログイン画面の…", "90일마다"); a word of
        # another script alone (Thaana's "ރިޕޯއަށް")
    if is_placeholder(value) or _is_path_like(value) or ARN.match(value) or AWS_RESOURCE.fullmatch(value) or \
            _HOST_PORT.fullmatch(value):
        return False   # arn:aws:...: a resource name (or its rest, after a sentence's "arn:"); db-2.corp.org:30015
    bare = value.strip("*`")
    if bare.isupper() and "_" in bare and bare.replace("_", "").isalpha():
        return False   # FORCE_CHANGE_PASSWORD: an enum value (**TWILIO_AUTH_TOKEN**: a name in bold)
    if NOT_A_VALUE.fullmatch(value) or "\xa0" in value:
        return False   # //github.com/…/pull/1 after "https:", #cryptogeneratekeytype-options, Apache-2.0; words
    if code_shaped(value) and (call_cut_short(value) or not looks_random(value, min_len=24, min_entropy=4.0)):
        return False  # a call, an index, a template (a long random key may hold brackets: Django's)
    if _FINGERPRINT.fullmatch(value) or _STORED_VERIFIER.match(value) or _ISO_TIME.fullmatch(value):
        return False  # F2:43:4A:…: a fingerprint; SCRAM-SHA-256$…, md5<32 hex>: what a server stores, not the password
    if APP_PASSWORD.fullmatch(value):
        return True   # a Google app password, as Google shows it: four groups of four letters
    if value.replace(" ", "").isalpha() and " " in value:
        return False  # prose: a label or an error message, not a secret
    if value[0] in ";,)" and value[1:2] == " ":
        return False  # expect "password:"; send "…": the code between two strings, not one
    return not value.startswith("#!/") and not FORMAT_ONLY.fullmatch(value) and not EZCONNECT.fullmatch(value)
    # (#!/bin/sh: a script's first line, the password in its body; %s\n%s\n: printf's format, the password after it;
    # 10.40.2.21/WTNPDB: Oracle's host/service, the argument after the password)


def unquoted_secret(value: str) -> bool:
    """An unquoted value (YAML, INI, kwargs): not a name, an attribute path or a YAML ``!tag`` / ``|`` / ``>``."""
    if not literal_secret(value) or _is_identifier_like(value) or value[0] in "!|>" or value[-1] == ":" or _CALLS.fullmatch(value):
        return False   # (``system:``: a YAML key on the next line, not its value; ``base64Encode(utf8.encode(``: calls)
    if value.isdigit() and len(value) < 8:
        return False  # ttl: 3600, port: 5432
    return True


def otp_groups(value: str) -> bool:
    """Base32 in groups of four with a digit (2-7) or in capitals: not "make sure that your"."""
    return any(c.isdigit() for c in value) or value.replace(" ", "").isupper()


def recovery_code(value: str) -> bool:
    """xxxxx-xxxxx with a digit in it (not two words joined by a hyphen)."""
    return any(c.isdigit() for c in value) and any(c.isalpha() for c in value)


def userlist_password(value: str) -> bool:
    """A pgbouncer userlist entry that is a password, not its stored hash (md5…, SCRAM-SHA-256$…: a
    literal never is)."""
    return inline_password(value)


def inline_password(value: str) -> bool:
    """A password mentioned in running text (``the password is ...``): it must look like one — a
    digit or a symbol in it, a passphrase of four or more words (``basalt-raven-juniper-glacier``),
    or a long run of ASCII letters no word is made of (``zClSKEhisSBbkasl``; ``güncellendi`` is a
    Turkish word, not one) — since prose is full of
    ``password: required``."""
    if _CLOCK.fullmatch(value) or _EPOCH.fullmatch(value) or _DATE.fullmatch(value):
        return False  # "(expires 2024-07-05T20:13:45Z)": the rest of a time; "sent_at": 1735826687000
    if _KEYWORD_ARGUMENT.match(value) or (_ATTRIBUTE_NAME.fullmatch(value) and len(value) % 4) or _NAMES_A_SECRET.search(value):
        return False  # "Pass utc=True to …": a keyword argument after the verb; AssetName=: an attribute's name (not
        # base64); cr7a1_BackendDbPwd: a name that says what it holds
    if _WIFI_SECURITY.fullmatch(value) or "://" in value:
        return False  # "security: wpapsk, mode: wpa2": how the network is secured, not its key; an address (a JDBC URL)
    if _BCRYPT.fullmatch(value) or _DOMAIN_ACCOUNT.fullmatch(value) or _TICKET.fullmatch(value):
        return False  # a bcrypt string where a password is named: its stored hash; CORP\lbecker: an account;
        # OPS-1234, CAB-2217: a ticket's or a site's code ("password rotation in SEC-1234")
    if _WORD_THEN_MIXED.fullmatch(value) and _case_changes(value.split("_", 1)[1]) >= 2:
        return literal_secret(value)    # Saffron_egnFijI: a generator's word, then letters in random case
    letters = value.translate(_JOINERS)     # "r-neeWcmhlms": the joiners are no symbol, the letters no word
    if len(letters) >= 10 and letters.isalpha() and value.isascii() and (not pronounceable(letters) or random_case(letters)) \
            and (letters == value or not (value.islower() or made_of_words(value))):
        return literal_secret(value)    # (joined: not x_passphrase, Teach-Mhaire, anthropic.DEFAULT_MAX_RETRIES)
    if not unquoted_secret(value):
        return False
    return _PASSPHRASE.fullmatch(value) is not None or any(
        c.isdigit() or (c.isascii() and not c.isalnum() and c not in "-_.") for c in value)


_JOINERS = str.maketrans("", "", "-_.")
_ATTRIBUTE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*=")
_TICKET = re.compile(r"[A-Z][A-Z0-9]{0,9}-[0-9]{1,8}(?:-[0-9]{1,4})?|(?:KB|INC|RITM|CHG|PRB|REQ|SCTASK|TASK|CS|SR|CR)[0-9]{4,9}")   # (KB7226: an article; CG-66293-24: a licence)
# four or more words joined by one separator: a generated passphrase (diceware, 1Password, Bitwarden)
_PASSPHRASE = re.compile(r"[a-z]{3,10}(?:-[a-z]{3,10}){3,7}|[a-z]{3,10}(?:\.[a-z]{3,10}){3,7}|"
                         r"[A-Z][a-z]{2,9}(?:-[A-Z][a-z]{2,9}){3,7}")


def _stated_word(value: str) -> bool:
    """One word a text hands over in a form it names: a password as prose gives one, or any random run
    of letters, digits and marks (``6*-[8]-[3]-3*``: code-shaped, as the form makes it) — not a call."""
    return inline_password(value) or _symbol_code(value) or _NUMBER_CODE.fullmatch(value) is not None or (
        8 <= len(value) <= 400 and looks_random(value) and not is_placeholder(value)
        and not _is_path_like(value) and _CALL.search(value) is None
        and any(c.isdigit() for c in value) + any(c.isalpha() for c in value) + any(not c.isalnum() for c in value) >= 2)


def code_block(value: str) -> bool:
    """Lines of numbers a stated form hands over, one piece of the secret each (``stated_form_block``):
    a label and a number ("Pupil 01: 83"), a shelf mark ("181.82 A76") — not lines of prose or dates."""
    lines = [line.strip() for line in value.splitlines()]
    if len(lines) < 5 or any(_DATE_LINE.fullmatch(line) or sum(len(w) >= 3 and w.islower() and pronounceable(w)
                                                                for w in re.findall(r"[A-Za-z]+", line)) > 2
                             for line in lines):
        return False
    # one form on every line, as a table's rows have ("slot 01: item #3052 x9"): numbers apart, words as one
    shapes = Counter(re.sub(r"[A-Za-z]+", "a", re.sub(r"[0-9]+", "", line)) for line in lines)
    return shapes.most_common(1)[0][1] * 5 >= len(lines) * 4


_DATE_LINE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[ T][0-9:.]+Z?)?|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?")


# numbers joined by one mark, six or more (no date or version has so many: "56/211/411/…", "1010011-1110101-…"); hex bytes by colons
_NUMBER_CODE = re.compile(rf"[0-9]{{1,8}}(?P<mark>[/,.;:|_\-])[0-9]{{1,8}}(?:(?P=mark)[0-9]{{1,8}}){{4,}}|{HEX_BYTE}{COLON_BYTE}{{7,}}")


def _symbol_code(value: str) -> bool:
    """A run of pictographs or other symbols a form names ("as emoji (base100): 🐰🐫🐗…"): one symbol per
    byte or letter, so many and of several kinds; a row of one or two stars is a rating, not a code."""
    return 8 <= len(value) <= 400 and len(set(value)) >= 4 and all(ord(c) > 0x2000 and not c.isalnum() for c in value)


_DOMAIN_ACCOUNT = re.compile(r"[A-Z][A-Z0-9\-]{1,14}\\[A-Za-z][\w.\-$]{0,19}")
_BCRYPT = re.compile(r"\$2[abxy]?\$[0-9]{2}\$[./A-Za-z0-9]{53}")
_CALL = re.compile(r"[A-Za-z_]\w*\(")


def directive_password(value: str) -> bool:
    """A password given to a config directive (``password s3cret!``, msmtprc's ``password
    abcdefghijklmnop``): as in prose (the same test, one name per syntax's vocabulary)."""
    return inline_password(value)


def token_secret(value: str) -> bool:
    """A value behind a token/key-named context: literal, not a name nor a register's number ("Licence N-026795"),
    and random-looking (a base32 seed may be capitals alone: ``KQRWCNJSWGAFZDJRIOVGONTNCHNFDZKP``)."""
    if len(value) >= 24 and value.isalpha() and value.isupper() and value.isascii():
        return literal_secret(value) and not pronounceable(value)
    return (literal_secret(value) and not _is_identifier_like(value) and not is_camel_name(value) and looks_random(value)
            and not _short_number(value) and _NAMES_A_SECRET.search(value) is None
            and not (SCOPE.fullmatch(value) or _TICKET.fullmatch(value) or WORD_PATH.fullmatch(value)))


# a name, not a value: a header or variable that says what it holds (``X-CashfreeSecretKey``, ``twocaptchaApiKey``,
# ``X-Cisco-Meraki-API-Key``)
_NAMES_A_SECRET = re.compile(r"[a-z](?:Api|Secret|Access|Auth|Client|Private|Hmac|Signing)(?:Key|Token|Secret|Id)$|[a-z0-9](?:Token|Secret|Password|Pwd|Passwd)$|"
                             r"^(?:[A-Z][A-Za-z0-9]*-)+(?:Key|KEY|Token|TOKEN|Secret|SECRET|Auth)(?:-[Vv][0-9]{1,2})?$|"  # X-Cisco-Meraki-API-Key, X-Session-Secret-V1
                             r"^[a-z]+(?:-[a-z]+)*-(?:api-key|key|token|secret|password)\)?$|"   # a store's name for one: --secret=timing-api-key
                             r"^_?[A-Za-z]\w*(?:\.\w+)*\.\w*[a-z0-9](?:Key|Token|Secret|Password)$")   # a reference to one: _Env.hl7GatewayKey


def named_value(value: str) -> bool:
    """A value a secret's name stands before on its line: random-looking, and not a fixture that
    says what it stands for (``test-api-key-123``)."""
    return token_secret(value) and _SAYS_WHAT_IT_IS.search(value) is None


_SAYS_WHAT_IT_IS = re.compile(r"(?i)key|token|secret|pass|test|example|dummy|fake")


def bearer_token(value: str) -> bool:
    """A bearer token: random-looking as any token, or an Azure DevOps PAT (52 lower-case base32
    characters, letters alone as often as not)."""
    return token_secret(value) or (len(value) >= 32 and not value.strip("abcdefghijklmnopqrstuvwxyz234567")
                                   and not pronounceable(value) and not is_placeholder(value)) or _capitals_token(value)


def _capitals_token(value: str) -> bool:
    """Capitals and digits a vendor joins with underscores (``DLB_AG4JYSEH_N1YDJ9ZON…``): a constant's
    name has words, not a run of twenty with six digits in it."""
    return (len(value) >= 32 and not value.strip("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
            and max(map(len, value.split("_"))) >= 20 and sum(c.isdigit() for c in value) >= 6)


def _short_number(value: str) -> bool:
    """``seed: 9602197480``, a chat or account id: digits alone, shorter than a numeric key; or a
    decimal (Slack's ``"ts":"1737854126.000200"``)."""
    return (value.isdigit() and len(value) < 16) or _DECIMAL.fullmatch(value) is not None


_DECIMAL = re.compile(r"[0-9]+\.[0-9]+")


def keyed_secret(value: str) -> bool:
    """A value behind a vendor-named key (``TWILIO_AUTH_TOKEN=``): random-looking, no stand-in."""
    return not is_placeholder(value) and looks_random(value)


def not_placeholder(value: str) -> bool:
    return not is_placeholder(value)


def password_value(value: str) -> bool:
    """A password in a URL or connection string (``${DB_PASSWORD}``, ``****`` are not)."""
    if value.isdigit():
        return len(value) >= 6  # host:5432@ is a port, not a password
    return len(value) >= 3 and not is_placeholder(value)


_EXAMPLE_DOMAINS = ("example.com", "example.org", "example.net", "localhost", "test", "invalid",
                    "users.noreply.github.com")


def real_email(value: str) -> bool:
    """An address that identifies someone (not ``git@github.com`` or a documentation domain)."""
    local, _, domain = value.rpartition("@")
    domain = domain.lower()
    if local.lower() in ("git", "noreply", "no-reply", "user", "username", "you", "your", "name", "email"):
        return False
    if domain.endswith(("sentry.io", "sentry-cdn.com")):
        return False      # a Sentry DSN's public key before @o123.ingest.sentry.io: public by design
    return not any(domain == d or domain.endswith("." + d) for d in _EXAMPLE_DOMAINS)


def random_tail(value: str) -> bool:
    """A token whose prefix is a short word (``ptr_``, ``cu_``) that code also uses for names: the
    rest must look random and hold a digit (``ptr_to_the_first_free_block`` is a name) — or, one in
    three hundred of them having none, be long letters whose case changes where no name's would."""
    tail = value.split("_", 1)[-1]
    letters_only = (len(tail) >= 20 and tail.isalpha() and _case_changes(tail) >= 6 and not made_of_words(tail)
                    and not is_camel_name(tail))
    return not_placeholder(value) and (any(c.isdigit() for c in tail) or letters_only) and looks_random(tail)


def key_bytes(run: str) -> bool:
    """A key's 16 or 32 bytes written out: each a byte, no pattern (all alike, counting up), not a published one."""
    raw = [int(n, 0) for n in re.findall(r"0[xX][0-9a-fA-F]{1,2}|[0-9]{1,3}", run)]
    return (all(b < 256 for b in raw) and len(set(raw)) > 4 and raw != list(range(raw[0], raw[0] + len(raw)))
            and bytes(raw[:16]).hex() not in _PUBLISHED_KEYS)


_PUBLISHED_KEYS = ("2b7e151628aed2a6abf7158809cf4f3c", "01030507090b0d0f00020406080a0c0d")   # FIPS-197's; zigbee2mqtt's default

# Every validator a detector may name, declared once; the detector table refers to them by name.
VALIDATORS: dict[str, Callable[[str], bool]] = {
    "base58check": base58check, "stellar_seed": stellar_seed,
    "aprs_passcode": lambda v: v.isdigit() and int(v) < 32768,      # APRS-IS's: 15 bits of the callsign's hash
    "bip39_phrase": bip39_phrase, "bip39_words": bip39_words, "bitlocker": bitlocker_key,
    "random_tail": random_tail, "sanctum_token": sanctum_token, "macaroon_v2": macaroon_v2, "directive_password": directive_password,
    "userlist_password": userlist_password, "recovery_code": recovery_code, "otp_groups": otp_groups,
    "key_bytes": key_bytes, "not_placeholder": not_placeholder, "literal": literal_secret,
    # a password's key holding a bcrypt string holds its hash (a users export); an API key may be written so
    "password_literal": lambda v: literal_secret(v) and _BCRYPT.fullmatch(v) is None,
    "password_unquoted": lambda v: unquoted_secret(v) and _BCRYPT.fullmatch(v) is None,
    "unquoted": unquoted_secret,
    "unquoted_token": lambda v: (unquoted_secret(v) and not is_camel_name(v) and looks_random(v) and not _short_number(v)
                                 and _NAMES_A_SECRET.search(v) is None and _TICKET.fullmatch(v) is None),   # (chromaticProjectToken; AGB-578517)
    "token": token_secret,
    "bearer": bearer_token,
    "named_value": named_value,
    "keyed": keyed_secret,
    "inline_password": inline_password,
    # a chat's answer: not a word with its marks ("thanks!!", "lovely!!!": a reply, not the password asked for)
    "chat_answer": lambda v: inline_password(v) and not (v.rstrip("!?.").isalpha() and v.rstrip("!?.").islower()),
    "stated_form": lambda v: stated_form(v, _stated_word), "coded_items": coded_items,
    "code_block": code_block,
    "sentence_password_shape": sentence_password_shape,
    "password_shape": password_shape,
    "made_password_shape": made_password_shape, "owner_password_shape": owner_password_shape,
    # startproject's key after its prefix: its own alphabet's marks may hold a "$(" (…&$(%w2…), no command's
    "django_insecure": lambda v: django_key_shape(v.removeprefix("django-insecure-")) or not_placeholder(v),
    "message_password_shape": message_password_shape,
    "passphrase_shape": passphrase_shape, "django_key_shape": django_key_shape,
    "github_checksum": github_checksum,
    "jwt": jwt_structure,
    "basic_credentials": basic_credentials, "sasl_plain_credentials": sasl_plain_credentials,
    "discord": discord_token,
    "pem": pem_body,
    "password": password_value,
    "email": real_email,
    "twitter": twitter_bearer,
}
