"""Shared helpers for corpus p227 (sign makers). Standard library only."""
import base64
import hashlib
import hmac
import json
import os
import random
import re
import string

PREFIX = "p227"
BRIEF_DIR = "/tmp/brief227"
BRIEF_FILES = ["README_twohundredtwentyfourth.md", "README_twohundredtwentyfifth.md"]

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = UPPER + LOWER + DIGITS
LALNUM = LOWER + DIGITS
UALNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
UHEX = HEX.upper()
B64URL = ALNUM + "-_"
B64STD = ALNUM + "+/"

MARK = "\ue000"  # slot marker, replaced by the value

# ---------------------------------------------------------------- words
SIGN_WORDS = """
vinyl plotter router laser acrylic dibond foamex banner grommet eyelet squeegee
weeding laminate gantry neon fascia lightbox totem hoarding signboard engraver
brass gilding kerning serif stencil decal wrap chevron aluminium perspex
channel letter halo backlit spotlight bracket hanger projecting aframe pavement
swing flagpole bunting pennant vellum magnetic reflective chrome etched
substrate bleed cutline contour tracing vector bitmap raster pantone swatch
spindle collet spoilboard vcarve flatbed rollfed inkjet solvent latex ecosolvent
uvcure overlaminate application tape transfer backing liner plinth lectern
wayfinding monolith pylon plaque nameplate trophy medallion gilder sandblast
routed pushthrough lettering signwriter mahlstick quill sable fitch enamel
keyline glyph ligature baseline tracking ascender descender flourish cartouche
""".split()

JOINERS_ALL = "-_.+!~"
JOINERS_STRICT = "-_."

PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_SEARCH = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][a-z]{3,}[-_.][a-z0-9]{3,5}[0-9]{2}(?![A-Za-z0-9])")


def owner_password(rng, strict=False):
    w = rng.choice(SIGN_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice(JOINERS_STRICT if strict else JOINERS_ALL)
    mid = "".join(rng.choice(LALNUM) for _ in range(rng.randint(3, 5)))
    tail = "".join(rng.choice(DIGITS) for _ in range(2))
    return w + j + mid + tail


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid4(rng, upper=False):
    b = bytearray(rng.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def make_jwt(rng, alg, payload, real_hmac=True):
    header = {"alg": alg, "typ": "JWT"}
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    signing = (h + "." + p).encode()
    if alg.startswith("HS"):
        dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
        sig = hmac.new(rbytes(rng, 48), signing, dig).digest()
    elif alg.startswith("RS"):
        sig = rbytes(rng, 256)
    elif alg == "ES256":
        sig = rbytes(rng, 64)
    else:
        raise ValueError(alg)
    return h + "." + p + "." + b64url_nopad(sig)


JWT_SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "ES256": 64}


def b64url_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt_ok(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        h = json.loads(b64url_decode(parts[0]))
        json.loads(b64url_decode(parts[1]))
        sig = b64url_decode(parts[2])
    except Exception:
        return False
    return JWT_SIG_LEN.get(h.get("alg")) == len(sig)


# ---------------------------------------------------------------- check digits
def luhn_digit(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


DAMM = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
    [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
    [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
    [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
    [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
    [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
]


def damm_digit(digits):
    i = 0
    for ch in digits:
        i = DAMM[i][int(ch)]
    return str(i)


def damm_ok(num):
    return damm_digit(num) == "0"


MOD3736 = DIGITS + LOWER  # value 0..35


def mod3736_char(s):
    """ISO 7064 MOD 37,36 (hybrid) check character over a lower-case alnum string."""
    p = 36
    for ch in s:
        v = MOD3736.index(ch)
        t = (p + v) % 36
        if t == 0:
            t = 36
        p = (2 * t) % 37
    return MOD3736[(1 - p) % 36]


def mod3736_ok(s):
    p = 36
    t = None
    for ch in s:
        v = MOD3736.index(ch)
        t = (p + v) % 36
        if t == 0:
            t = 36
        p = (2 * t) % 37
    return t == 1


def fletcher16(data):
    s1 = s2 = 0
    for b in data:
        s1 = (s1 + b) % 255
        s2 = (s2 + s1) % 255
    return (s2 << 8) | s1


def gtin_digit(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def gtin_ok(code):
    return gtin_digit(code[:-1]) == code[-1]


# bech32 (BIP 173), used for age secret keys
BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def bech32_encode(hrp, data8):
    acc = bits = 0
    data5 = []
    for b in data8:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data5.append((acc >> bits) & 31)
    if bits:
        data5.append((acc << (5 - bits)) & 31)
    poly = _bech32_polymod(_hrp_expand(hrp) + data5 + [0] * 6) ^ 1
    chk = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32_CHARSET[d] for d in data5 + chk)


def bech32_ok(s):
    s = s.lower()
    pos = s.rfind("1")
    hrp, data = s[:pos], s[pos + 1:]
    try:
        vals = [BECH32_CHARSET.index(c) for c in data]
    except ValueError:
        return False
    return _bech32_polymod(_hrp_expand(hrp) + vals) == 1


# ---------------------------------------------------------------- key styles
def style_key(words, style):
    words = [w for w in words if w]
    if style == "upper":
        return "_".join(w.upper() for w in words)
    if style == "snake":
        return "_".join(w.lower() for w in words)
    if style == "camel":
        return words[0].lower() + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "dot":
        return ".".join(w.lower() for w in words)
    if style == "kebab":
        return "-".join(w.lower() for w in words)
    if style == "spaced":
        return " ".join(w.lower() for w in words)
    if style == "title":
        return " ".join(w.capitalize() for w in words)
    raise ValueError(style)


# ---------------------------------------------------------------- records
def place(template, value):
    """Replace the single MARK in template by value; return text, start, end."""
    if template.count(MARK) != 1:
        raise ValueError("template must contain exactly one slot marker")
    start = template.index(MARK)
    text = template.replace(MARK, value)
    return text, start, start + len(value)


def positive(rid, typ, container, template, value, source):
    text, s, e = place(template, value)
    return {
        "id": rid,
        "type": typ,
        "container": container,
        "text": text,
        "secrets": [{"value": value, "start": s, "end": e, "type": typ}],
        "source": source,
    }


class Registry:
    """Refuses repeated strings and any substring relation (6+ chars) with earlier ones."""

    def __init__(self):
        self.items = []
        self.set = set()

    def ok(self, s):
        if s in self.set:
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
        self.set.add(s)
        return True

    def draw(self, fn, tries=200):
        for _ in range(tries):
            v = fn()
            if self.add(v):
                return v
        raise RuntimeError("registry could not draw a fresh value")


# ---------------------------------------------------------------- deny-list
SNAKE_RE = re.compile(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b")
BACKTICK_RE = re.compile(r"`([^`\n]+)`")
LANG_PAIR_RE = re.compile(r"`([a-z]{2,3})` \(([^)]*)\)")


def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as f:
            t = f.read()
        for b in BACKTICK_RE.findall(t):
            lb = b.strip().lower()
            if not lb:
                continue
            names.add(lb)
            for part in lb.split("__"):
                if part:
                    names.add(part)
            m = re.match(r"^[a-z]+pw_([a-z0-9_]+)$", lb)
            if m:
                syntaxes.add(m.group(1))
                for part in m.group(1).split("__"):
                    if part and not part.startswith("<"):
                        syntaxes.add(part)
        for s in SNAKE_RE.findall(t.lower()):
            names.add(s)
            for part in s.split("__"):
                if part:
                    names.add(part)
        for code, name in LANG_PAIR_RE.findall(t):
            codes.add(code.lower())
            ln = name.strip().lower()
            lnames.add(ln)
            for w in re.split(r"[\s,;/]+", ln):
                if w:
                    lnames.add(w)
    return {
        "source": brief_dir,
        "files": BRIEF_FILES,
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


def name_hits(name, deny_names):
    """Return the deny-listed pieces of a name (whole or any __ part)."""
    ln = name.lower()
    hits = []
    if ln in deny_names:
        hits.append(ln)
    for part in ln.split("__"):
        if part and part in deny_names and part != ln:
            hits.append(part)
    return hits
