"""Shared helpers for the p250 corpus (printmakers, bookbinders, letterpress studios).

Standard library only.  Nothing here reads the clock or the network.
"""
import base64
import hashlib
import hmac
import json
import os
import re
import string

PREFIX = "p250"

# ---------------------------------------------------------------- alphabets
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
ALNUM = UPPER + LOWER + DIGITS
LALNUM = LOWER + DIGITS
UALNUM = UPPER + DIGITS
B64URL = ALNUM + "-_"
B64STD = ALNUM + "+/"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
BASE62 = DIGITS + UPPER + LOWER
DJANGO_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"

CHARSETS = {
    "lower": LOWER, "upper": UPPER, "digit": DIGITS, "hexl": HEXL, "hexu": HEXU,
    "alnum": ALNUM, "lalnum": LALNUM, "ualnum": UALNUM, "b64url": B64URL,
    "b64std": B64STD, "b32": B32, "base62": BASE62, "django": DJANGO_CHARS,
}
CHARSET_WORDS = {
    "lower": "lower-case letters", "upper": "upper-case letters", "digit": "digits",
    "hexl": "lower-case hex", "hexu": "upper-case hex", "alnum": "alphanumerics",
    "lalnum": "lower-case alphanumerics", "ualnum": "upper-case alphanumerics",
    "b64url": "base64url", "b64std": "standard Base64 characters", "b32": "Base32 (RFC 4648) characters",
    "base62": "base62", "django": "Django secret-key characters",
}


def rand_str(rng, charset, n):
    cs = CHARSETS.get(charset, charset)
    return "".join(rng.choice(cs) for _ in range(n))


def uuid4(rng, upper=False):
    b = bytearray(rng.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def rand_bytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


# ---------------------------------------------------------------- world
# Words of this world (letters only).  Owner-chosen passwords are built from them.
WORLD_WORDS = [
    "platen", "quoin", "chase", "galley", "brayer", "baren", "burin", "gouge", "tympan",
    "frisket", "furniture", "kerning", "ligature", "leading", "slug", "serif", "pica",
    "linocut", "woodcut", "etching", "aquatint", "mezzotint", "drypoint", "intaglio",
    "lithograph", "serigraph", "monotype", "linotype", "ludlow", "vandercook", "windmill",
    "adana", "kelmscott", "colophon", "endpaper", "headband", "kettlestitch", "signature",
    "folio", "quarto", "octavo", "bonefolder", "bookcloth", "buckram", "vellum",
    "parchment", "marbling", "gilding", "headcap", "deckle", "watermark", "washi", "kozo",
    "gampi", "tarlatan", "rosin", "squeegee", "emulsion", "garamond", "caslon",
    "baskerville", "bodoni", "didot", "typecase", "fleuron", "dingbat", "guillotine",
    "creaser", "gravure", "halftone", "stencil", "imprint", "verso", "recto", "gutter",
    "deboss", "inkwell", "flatbed", "burnisher", "hardground", "softground", "mull",
    "awl", "roller",
]
assert len(WORLD_WORDS) == len(set(WORLD_WORDS)) and all(w.isalpha() and w.islower() for w in WORLD_WORDS)

EVERYDAY_JOINERS = "-_.+!~*"
STRICT_JOINERS = "-_."
PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~*][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
PW_FORM_IN_TEXT = re.compile(
    r"(?i)(?<![A-Za-z])(?:" + "|".join(sorted(WORLD_WORDS, key=len, reverse=True)) +
    r")[-_.+!~*][a-z0-9]{3,5}[0-9]{2}(?![A-Za-z0-9])")


def owner_password(rng, strict=False):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice(STRICT_JOINERS if strict else EVERYDAY_JOINERS)
    tail = rand_str(rng, LALNUM, rng.randint(3, 5)) + rand_str(rng, DIGITS, 2)
    return w + j + tail


# ---------------------------------------------------------------- registry
class Registry:
    """Refuses repeats and any 6+ character substring relation with an earlier string."""

    def __init__(self):
        self.items = []
        self.seen = set()

    def ok(self, s):
        if s in self.seen:
            return False
        if len(s) >= 6:
            for t in self.items:
                if len(t) >= 6 and (s in t or t in s):
                    return False
        return True

    def add(self, s):
        if not self.ok(s):
            return False
        self.items.append(s)
        self.seen.add(s)
        return True

    def draw(self, fn, tries=200):
        for _ in range(tries):
            s = fn()
            if self.add(s):
                return s
        raise RuntimeError("registry could not draw a fresh value")


# ---------------------------------------------------------------- case styles
STYLES = ("upper", "snake", "camel", "pascal", "dot", "kebab", "spaced", "title")


def keyname(words, style):
    ws = [w.lower() for w in words]
    if style == "upper":
        return "_".join(w.upper() for w in ws)
    if style == "snake":
        return "_".join(ws)
    if style == "camel":
        return ws[0] + "".join(w.capitalize() for w in ws[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in ws)
    if style == "dot":
        return ".".join(ws)
    if style == "kebab":
        return "-".join(ws)
    if style == "spaced":
        return " ".join(ws)
    if style == "title":
        return " ".join(w.capitalize() for w in ws)
    raise ValueError(style)


# ---------------------------------------------------------------- check digits
VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(VERHOEFF_INV[c])


def verhoeff_valid(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VERHOEFF_D[c][VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


assert verhoeff_digit("236") == "3" and verhoeff_valid("2363") and not verhoeff_valid("2364")


def _crc32_table():
    t = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        t.append(c)
    return t


_CRC_T = _crc32_table()


def crc32(data):
    c = 0xFFFFFFFF
    for b in data:
        c = _CRC_T[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


assert crc32(b"123456789") == 0xCBF43926


def base62_fixed(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = BASE62[r] + out
    return out.rjust(width, "0")


def isbn10_check(d9):
    s = sum((10 - i) * int(c) for i, c in enumerate(d9))
    r = (11 - s % 11) % 11
    return "X" if r == 10 else str(r)


def isbn10_valid(s):
    s = s.replace("-", "")
    if not re.fullmatch(r"[0-9]{9}[0-9X]", s):
        return False
    tot = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(s))
    return tot % 11 == 0


assert isbn10_check("030640615") == "2"


def ean13_check(d12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return str((10 - s % 10) % 10)


assert ean13_check("978030640615") == "7"


def issn_check(d7):
    s = sum((8 - i) * int(c) for i, c in enumerate(d7))
    r = (11 - s % 11) % 11
    return "X" if r == 10 else str(r)


assert issn_check("0317847") == "1"   # ISSN 0317-8471


# ---------------------------------------------------------------- JWT
def jwt_hs(alg, payload, key):
    hdr = {"alg": alg, "typ": "JWT"}
    h = b64url_nopad(json.dumps(hdr, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    sig = hmac.new(key, (h + "." + p).encode(), dig).digest()
    return h + "." + p + "." + b64url_nopad(sig)


def jwt_random_sig(rng, alg, payload, hdr=None):
    """A JWT whose signature is random bytes of the length its alg produces."""
    hdr = hdr if hdr is not None else {"alg": alg, "typ": "JWT"}
    assert hdr.get("alg") == alg
    h = b64url_nopad(json.dumps(hdr, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64url_nopad(rand_bytes(rng, JWT_SIG_BYTES[alg]))


JWT_SIG_BYTES = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "ES256": 64, "EdDSA": 64}
JWT_SHAPED = re.compile(r"eyJ[A-Za-z0-9_-]*\.eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*")
UUID_SHAPED = re.compile(r"(?<![0-9A-Fa-f])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f])")


def b64url_decode(s):
    pad = "=" * (-len(s) % 4)
    return base64.urlsafe_b64decode(s + pad)


def jwt_valid(tok):
    """Header and payload are base64url JSON objects, the header names an alg whose
    signature length matches."""
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        hdr = json.loads(b64url_decode(parts[0]))
        pl = json.loads(b64url_decode(parts[1]))
        sig = b64url_decode(parts[2]) if parts[2] else b""
    except Exception:
        return False
    if not isinstance(hdr, dict) or not isinstance(pl, dict):
        return False
    alg = hdr.get("alg")
    if alg not in JWT_SIG_BYTES:
        return False
    if b64url_nopad(sig) != parts[2]:
        return False
    return len(sig) == JWT_SIG_BYTES[alg]


def uuid_is_v4(s):
    h = s.replace("-", "").lower()
    return h[12] == "4" and h[16] in "89ab"


# ---------------------------------------------------------------- deny-list
def extract_denylist(d):
    files = sorted(f for f in os.listdir(d) if f.endswith(".md"))
    names, syn, codes, lnames = set(), set(), set(), set()
    for f in files:
        with open(os.path.join(d, f), encoding="utf-8") as fh:
            t = fh.read()
        for m in re.finditer(r"`([^`\n]+)`", t):
            s = m.group(1).strip().lower()
            if not s:
                continue
            names.add(s)
            for p in s.split("__"):
                if p:
                    names.add(p)
        for m in re.finditer(r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+", t):
            s = m.group(0).lower()
            names.add(s)
            for p in s.split("__"):
                if p:
                    names.add(p)
        for m in re.finditer(r"`([a-z]+pw)_([a-z0-9_]+)`", t):
            syn.add(m.group(2))
        for m in re.finditer(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            codes.add(m.group(1))
            nm = m.group(2).strip().lower()
            lnames.add(nm)
            for w in re.split(r"[\s\-]+", nm):
                if w:
                    lnames.add(w)
    return {
        "source": d,
        "files": files,
        "names": sorted(names),
        "syntaxes": sorted(syn),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


def deny_hits(name, deny):
    """Return the deny-listed pieces of a name (whole, and every __ part)."""
    names = deny["_nameset"]
    low = name.lower()
    hits = []
    if low in names:
        hits.append(low)
    for p in low.split("__"):
        if p and p in names and p not in hits:
            hits.append(p)
    return hits


def load_deny(path):
    with open(path, encoding="utf-8") as fh:
        d = json.load(fh)
    d["_nameset"] = set(d["names"])
    d["_synset"] = set(d["syntaxes"])
    d["_codeset"] = set(d["language_codes"])
    d["_lnameset"] = set(d["language_names"])
    return d


def jdump(rec):
    return json.dumps(rec, ensure_ascii=False)


def span_of(text, value):
    i = text.find(value)
    if i < 0:
        raise ValueError("value not in text: %r" % value)
    if text.find(value, i + 1) >= 0:
        raise ValueError("value occurs twice: %r" % value)
    return i, i + len(value)
