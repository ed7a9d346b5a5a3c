"""Shared helpers for corpus p244 (racket and cricket clubs). Standard library only."""
import base64
import hashlib
import hmac
import json
import os
import re
import zlib

PREFIX = "p244"
SENT = "\u27e6V\u27e7"  # sentinel marking where the value goes

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
LALNUM = LOWER + DIGITS
UALNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
UHEX = HEX.upper()
B64 = UPPER + LOWER + DIGITS + "+/"
B64URL = UPPER + LOWER + DIGITS + "-_"
B32 = UPPER + "234567"
LETTERS = UPPER + LOWER

ALPHABETS = {
    "alnum": ALNUM, "lalnum": LALNUM, "ualnum": UALNUM, "hex": HEX, "uhex": UHEX,
    "b64": B64, "b64url": B64URL, "b32": B32, "digits": DIGITS, "letters": LETTERS,
    "lower": LOWER,
}
ALPHA_DESC = {
    "alnum": "alphanumerics", "lalnum": "lower-case alphanumerics", "ualnum": "upper-case alphanumerics",
    "hex": "lower-case hex", "uhex": "upper-case hex", "b64": "standard Base64 characters",
    "b64url": "base64url", "b32": "upper-case base32 (A-Z2-7)", "digits": "digits",
    "letters": "letters", "lower": "lower-case letters",
}


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid4(rng):
    h = [rng.choice(HEX) for _ in range(32)]
    h[12] = "4"
    h[16] = rng.choice("89ab")
    s = "".join(h)
    return "%s-%s-%s-%s-%s" % (s[:8], s[8:12], s[12:16], s[16:20], s[20:])


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def b64e(b):
    return base64.b64encode(b).decode()


def b64u(b, pad=False):
    s = base64.urlsafe_b64encode(b).decode()
    return s if pad else s.rstrip("=")


def b64u_json(obj):
    return b64u(json.dumps(obj, separators=(",", ":")).encode())


def b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


# ---------------------------------------------------------------- world words
WORLD_WORDS = sorted(set("""
ace advantage backhand bail bajada bandeja baseline batsman bouncer boundary bowler bumper
century chiquita clay cover crease deuce doosra doubles dropshot duck fielder flipper forehand
googly grip gully hardcourt hattrick innings inswing legbreak linesman lob maiden netcord
nightwatch offbreak outswing overthrow padel pavilion pitch racket rally rollers rubber scorebook
seamer serve shuttle sightscreen sixer slice slip smash spinner squash stumps sweep teatime
tiebreak topspin umpire vibora volley wicket yorker ballboy centrecourt groundsman grass
overarm lbw teesra shortleg midwicket longon pickleball
""".split()))
WORLD_WORDS = [w for w in WORLD_WORDS if w.isalpha()]

PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
PW_FORM_IN_TEXT = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:%s)[-_.+!~][a-z0-9]{3,5}[0-9]{2}(?![A-Za-z0-9])" % "|".join(WORLD_WORDS))


def make_password(rng, joiners="-_.+!~", strict=False):
    if strict:
        joiners = "-_."
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    tail = rs(rng, LALNUM, rng.randint(3, 5)) + rs(rng, DIGITS, 2)
    return w + rng.choice(joiners) + tail


# ---------------------------------------------------------------- registry
class Registry:
    """Refuses repeats and any 6+ character substring relation with an earlier string."""

    def __init__(self):
        self.items = []
        self.set = set()

    def ok(self, v):
        if v in self.set:
            return False
        for e in self.items:
            if len(e) >= 6 and e in v:
                return False
            if len(v) >= 6 and v in e:
                return False
        return True

    def add(self, v):
        if not self.ok(v):
            raise ValueError("registry refuses %r" % v)
        self.items.append(v)
        self.set.add(v)
        return v

    def draw(self, fn, tries=200):
        for _ in range(tries):
            v = fn()
            if self.ok(v):
                return self.add(v)
        raise RuntimeError("registry: could not draw a fresh value")


# ---------------------------------------------------------------- case styles
def keyname(words, style):
    words = [w.lower() for w in words]
    if style == "upper":
        return "_".join(words).upper()
    if style == "snake":
        return "_".join(words)
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "kebab":
        return "-".join(words)
    if style == "dot":
        return ".".join(words)
    if style == "spaced":
        return " ".join(words)
    if style == "title":
        return " ".join(w.capitalize() for w in words)
    raise ValueError(style)


# ---------------------------------------------------------------- checksums
VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_check(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(VERHOEFF_INV[c])


def verhoeff_valid(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VERHOEFF_D[c][VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def luhn_check(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(num):
    return luhn_check(num[:-1]) == num[-1]


def mod11_2_check(digits):
    t = 0
    for ch in digits:
        t = (t + int(ch)) * 2 % 11
    r = (12 - t) % 11
    return "X" if r == 10 else str(r)


def gs1_check(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def adler32_hex(s):
    return "%08x" % (zlib.adler32(s.encode()) & 0xffffffff)


BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frombits, tobits, pad=True):
    acc = 0
    bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if pad and bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_encode(hrp, data_bytes):
    data = _convertbits(data_bytes, 8, 5)
    values = _hrp_expand(hrp) + data
    polymod = _bech32_polymod(values + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32_CHARSET[d] for d in data + checksum)


def bech32_valid(s):
    s = s.lower()
    pos = s.rfind("1")
    if pos < 1 or pos + 7 > len(s):
        return False
    hrp, data = s[:pos], s[pos + 1:]
    if any(c not in BECH32_CHARSET for c in data):
        return False
    return _bech32_polymod(_hrp_expand(hrp) + [BECH32_CHARSET.find(c) for c in data]) == 1


# ---------------------------------------------------------------- JWT
HASHES = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}
SIGLEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "ES256": 64, "ES512": 132, "EdDSA": 64}


def make_jwt(rng, header, payload):
    h = b64u_json(header)
    p = b64u_json(payload)
    alg = header["alg"]
    if alg in HASHES:
        key = rbytes(rng, 32)  # discarded
        sig = hmac.new(key, (h + "." + p).encode(), HASHES[alg]).digest()
    else:
        sig = rbytes(rng, SIGLEN[alg])
    return h + "." + p + "." + b64u(sig)


JWT_SHAPE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


def jwt_valid(tok):
    try:
        h, p, s = tok.split(".")
        hdr = json.loads(b64u_dec(h))
        json.loads(b64u_dec(p))
        sig = b64u_dec(s)
        return isinstance(hdr, dict) and SIGLEN.get(hdr.get("alg")) == len(sig)
    except Exception:
        return False


UUID_SHAPE = re.compile(r"(?i)(?<![0-9a-f])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f])")
UUID4_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


# ---------------------------------------------------------------- records
def place(template, value):
    if template.count(SENT) != 1:
        raise ValueError("template must hold exactly one sentinel: %r" % template[:80])
    start = template.index(SENT)
    text = template.replace(SENT, value)
    return text, start, start + len(value)


def positive(type_, container, template, value, source):
    text, s, e = place(template, value)
    return {"id": None, "type": type_, "container": container, "text": text,
            "secrets": [{"value": value, "start": s, "end": e, "type": type_}], "source": source}


# ---------------------------------------------------------------- deny-list
BRIEF_DIR = "/tmp/brief244"
BRIEF_FILES = ["README_twohundredthirtyninth.md", "README_twohundredfortyfirst.md"]


def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as f:
            t = f.read()
        found = []
        for m in re.finditer(r"`([^`\n]+)`", t):
            found.append(m.group(1).strip().lower())
        for m in re.finditer(r"(?<![A-Za-z0-9_])[A-Za-z0-9]+(?:_{1,2}[A-Za-z0-9]+)+(?![A-Za-z0-9])", t):
            found.append(m.group(0).lower())
        for s in found:
            if not s:
                continue
            names.add(s)
            for part in s.split("__"):
                if part:
                    names.add(part)
        for m in re.finditer(r"(?<![A-Za-z0-9_])[a-z]{2,6}pw_([a-z0-9_]+)", t):
            syntaxes.add(m.group(1).split("__")[0].strip("_"))
        for m in re.finditer(r"`([a-z]{3})` \(([A-Z][^()\u2013,;]*?)\s*[)\u2013,;]", t):
            code, name = m.group(1), m.group(2).strip().lower()
            codes.add(code)
            lnames.add(name)
            for w in name.split():
                lnames.add(w)
    syntaxes.discard("")
    return {"source": brief_dir, "files": BRIEF_FILES, "names": sorted(names),
            "syntaxes": sorted(syntaxes), "language_codes": sorted(codes),
            "language_names": sorted(lnames)}


def load_denylist(here):
    with open(os.path.join(here, "brief_names.json"), encoding="utf-8") as f:
        return json.load(f)
