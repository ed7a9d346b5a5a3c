"""Values that are code or names rather than secrets: one word of code, words run together (a
type name), a call, an index or a template — told apart from random keys and passwords that merely
hold the same characters."""
from __future__ import annotations

import re


_WORD_NUMBER = re.compile(r"[A-Z]?[a-z]{2,}(?:8|16|32|64|128|256|384|512)")   # Base64, Sha256, utf8, Int32
_GENERATED = re.compile(r"[A-Za-z]{3,}[0-9]{2,}")


def generated_word_number(part: str) -> bool:
    """``marble8100``, ``juniper534``: a word and a number as a password generator joins them — not a
    word and its width (``sha256``, ``Base64``), which names in code are made of."""
    return _GENERATED.fullmatch(part) is not None and _WORD_NUMBER.fullmatch(part) is None


def is_name(p: str) -> bool:
    """One word of code: ``token``, ``db_password``, ``c_int32``, ``API_KEY``, ``SecretStr``,
    a short module name (``ed25519``, ``x509``), ``import_x25519_private_key``."""
    if p.replace("_", "").isalpha() or (p.islower() and len(p) <= 12) or _WORD_NUMBER.fullmatch(p):
        return True       # ... or a word and its width
    if "_" in p and (p.islower() or p.isupper()) and (
            sum(map(str.isdigit, p)) <= 2 or all(_SNAKE_PART.fullmatch(w) for w in p.split("_"))):
        return True       # ... or words and their widths: import_x25519_private_key, sha256_hex
    return is_camel_name(p)


_SNAKE_PART = re.compile(r"[a-z]{3,}|[A-Z]{3,}|[a-z]{1,6}\d{1,5}|[A-Z]{1,6}\d{1,5}|\d{1,5}")


def made_of_words(v: str) -> bool:
    """Every piece a word's length — ``xsltInitCtxtKeys``, ``anthropic.DEFAULT_MAX_RETRIES``,
    ``Teach-Mhaire`` — where a generator's case leaves pieces of one or two (``DwHBmDOkVH``)."""
    pieces = _PIECE.findall(v)
    return bool(pieces) and "".join(pieces) == v.translate(_SEPARATORS) and all(len(p) >= 3 for p in pieces)


_PIECE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")
_SEPARATORS = str.maketrans("", "", "-_.")


def is_camel_name(v: str) -> bool:
    """``PKCS7PrivateKeyTypes``, ``Ed25519PrivateKey``: words run together (a type or a class).
    Every piece must be a word — ``Private``, ``key``, an acronym ``PKCS`` or a number — and two at
    least must be capitalized words; random keys break into fragments like ``Qw``, ``x``, ``KJSd``."""
    if not v.isalnum() or not v.isascii() or len(v) > 64:
        return False
    pieces, i, n = [], 0, len(v)
    while i < n:
        j = i + 1
        if v[i].isdigit():
            while j < n and v[j].isdigit():
                j += 1
        elif v[i].isupper() and j < n and v[j].isupper():
            while j < n and v[j].isupper() and not (j + 1 < n and v[j + 1].islower()):
                j += 1          # an acronym, up to the capital that starts the next word
        else:
            while j < n and v[j].islower():
                j += 1
        pieces.append(v[i:j])
        i = j
    capitalized = acronyms = word_letters = short = 0
    for k, p in enumerate(pieces):
        if p.isdigit():
            if len(p) > 6:
                return False
        elif p[0].isupper() and p[1:].islower() and len(p) >= 3:
            if not pronounceable(p):
                return False
            if not word_start(p):
                short += 1      # "Rbza", "Wfa": a generator's capital, not a word's (or Xml, Sql)
                continue
            capitalized += 1
            word_letters += len(p)
        elif p.isupper() and len(p) <= 5:
            acronyms += 1       # PKCS, the O of OAuth
        elif len(p) == 2 and p[0].isupper() and p[1].islower():
            short += 1          # Ed25519, Io, Db
        elif not (k == 0 and p.islower() and len(p) >= 3 and pronounceable(p)):
            return False
    letters = sum(c.isalpha() for c in v)
    return capitalized >= 2 and acronyms + short <= 1 and word_letters >= 0.6 * letters


_VOWELS = frozenset("aeiouy")
# the consonants a word may start with before its first vowel (English's, and a few loanwords': Django, Nginx)
_ONSETS = frozenset("bl br ch cl cr dr fl fr gl gr pl pr sc sh sk sl sm sn sp st sw th tr tw wh wr qu kn gn ps pn "
                    "dj ng ts zh kh sv vl gw dw sq sf chr sch scr shr spl spr str squ thr phr ph".split())


def word_start(word: str) -> bool:
    """What stands before a word's first vowel is one consonant or a cluster words start with —
    not ``Rb``, ``Jq``, ``Wf`` (what random letters begin with)."""
    low = word.lower()
    head = next((i for i, c in enumerate(low) if c in _VOWELS), len(low))
    return head <= 1 or low[:head] in _ONSETS


def pronounceable(word: str) -> bool:
    """A word has a vowel (past three letters) and no run of four consonants."""
    run = 0
    for c in word.lower():
        run = 0 if c in _VOWELS else run + 1
        if run >= 4:
            return False
    return len(word) <= 3 or not _VOWELS.isdisjoint(word.lower())


_CALL_OPEN = re.compile(r"[A-Za-z_$][\w.$:]*[!?]?[(\[]")   # get_secret(, env[, std::env::var(, Elixir's System.fetch_env!(
_PAIRS = {")": "(", "]": "[", "}": "{"}
# what a call cut short goes on with: a name (hash(x, cfg[db.pw), a call, a keyword argument
_CALL_REST = re.compile(r"[A-Za-z_][\w.:]*(?:[(\[=]|$)")


def code_shaped(value: str) -> bool:
    """A call, an index or a template: its brackets pair up (``cfg["pw"]``, ``f(x)``), or it opens a
    call the value's end cut short (``get_password(user,``). A password holds brackets that do not
    pair (``pHe0x[ZhQ``, ``6sEF(EJ}+Ux``)."""
    if not any(c in value for c in "()[]{}"):
        return False
    stack: list[str] = []
    for c in value:
        if c in "([{":
            stack.append(c)
        elif c in _PAIRS and (not stack or stack.pop() != _PAIRS[c]):
            break
    else:
        if not stack:
            return True
    return call_cut_short(value)


def call_cut_short(value: str) -> bool:
    """``hash(x``, ``std::env::var(``, ``jwt.sign({``: names around the bracket, not ``pHe0x5Jz[ZhQJW``."""
    m = _CALL_OPEN.match(value)
    if not m or not _names(value[:m.end() - 1]):
        return False
    rest = value[m.end():]
    if value[m.end() - 2] in "!?" and rest[:1] not in ("", '"', "'"):
        return False          # fetch_env!("…" is a call; Summer!(2024 a password
    named = _CALL_REST.match(rest)
    return (not rest or "," in rest or rest[0] in "\"'$)]{[(:" or rest.isdigit()
            or (named is not None and _names(named.group().rstrip("([="))))


def _names(path: str) -> bool:
    """Every part of ``a.b::c`` is one word of code ("" when nothing follows)."""
    return all(not p or is_name(p) for p in re.split(r"[.:]+", path))
