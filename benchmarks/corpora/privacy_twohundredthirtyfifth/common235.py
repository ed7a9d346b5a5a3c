"""Shared helpers for corpus p235 (surf schools, board shapers, lifeguard clubs).

Python 3 standard library only; every random choice goes through a seeded
random.Random passed in by the caller.
"""
import base64
import hashlib
import hmac
import json
import os
import re
import zlib

PREFIX = "p235"
BRIEF_DIR = "/tmp/brief235"
BRIEF_FILES = ["README_twohundredthirtieth.md", "README_twohundredthirtysecond.md"]

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
LOWER_ALNUM = LOWER + DIGITS
UPPER_ALNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"
B64STD = UPPER + LOWER + DIGITS + "+/"

# words of the surf world used for owner-chosen passwords (letters only)
WORDS = sorted(set("""
aerial backwash barrel beachbreak blank bodyboard bombora bottomturn breakwall
bunyip carve channel chop cloudbreak cutback dawnpatrol deck ding dropin duckdive
epoxy fiberglass fincut fish floater foamie glassing glassy gnarly goofy groyne
gunboard hollow hotcoat inside jetty kickout kneeboard lagoon lefthander leash
lineup longboard malibu mushburger nipper noseride offshore onshore outback
outside paddle patrol peak pelican pintail planer pointbreak pumping quiver
rashie reefbreak regular rescue resin rhino righthander rip rocker rollers
sandbar sandpiper seabreeze setwave shaper shorebreak sidewash skeg slab snapper
soupline spitting squashtail stringer surfcraft swell tailpad takeoff thruster
tiderip torpedo towerline traction trestles tube twinfin undertow walkie
waxcomb wedge wetsuit whitewash wipeout woodie zinc
""".split()))

EVERYDAY_JOINERS = "-_.+!~"
STRICT_JOINERS = "-_."

WIDE_PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
STRICT_PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
_wordalt = "|".join(sorted(WORDS, key=len, reverse=True))
WORLD_PW_SEARCH_RE = re.compile(
    r"(?<![A-Za-z0-9])(?:" + _wordalt + r"|" + "|".join(w.capitalize() for w in WORDS)
    + r")[-_.+!~][a-z0-9]{3,5}[0-9]{2}(?![A-Za-z0-9])")
UUID_RE = re.compile(r"(?i)(?<![0-9a-f])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f])")
UUID4_RE = re.compile(r"(?i)^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def password(rng, strict=False):
    w = rng.choice(WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice(STRICT_JOINERS if strict else EVERYDAY_JOINERS)
    tail = rs(rng, LOWER_ALNUM, rng.randint(3, 5)) + rs(rng, DIGITS, 2)
    return w + j + tail


def uuid4(rng, upper=False):
    h = [rng.choice(HEX) for _ in range(32)]
    h[12] = "4"
    h[16] = rng.choice("89ab")
    s = "".join(h)
    u = "%s-%s-%s-%s-%s" % (s[:8], s[8:12], s[12:16], s[16:20], s[20:])
    return u.upper() if upper else u


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt_hmac(rng, alg, payload, header_extra=None):
    header = {"alg": alg, "typ": "JWT"}
    if header_extra:
        header.update(header_extra)
        header = {a: b for a, b in header.items() if b is not None}
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    key = rbytes(rng, 48)
    dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    sig = hmac.new(key, (h + "." + p).encode(), dig).digest()
    return h + "." + p + "." + b64u(sig)


JWT_SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "ES256": 64, "EdDSA": 64}


def jwt_ok(tok):
    try:
        h, p, s = tok.split(".")
        hd = json.loads(b64u_dec(h))
        json.loads(b64u_dec(p))
        sig = b64u_dec(s)
        return JWT_SIG_LEN.get(hd.get("alg")) == len(sig)
    except Exception:
        return False


# ---------------------------------------------------------------- checksums
def adler32_hex(s):
    return "%08x" % (zlib.adler32(s.encode()) & 0xffffffff)


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
    for c in digits:
        i = DAMM[i][int(c)]
    return str(i)


def damm_ok(digits):
    return damm_digit(digits) == "0"


def mod97_value(s):
    """ISO 7064 MOD 97-10 over [0-9a-z]: letters count 10..35 (as in IBAN)."""
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


def mod97_append(body):
    r = mod97_value(body + "00")
    return body + "%02d" % (98 - r)


def ean13_digit(d12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return str((10 - s % 10) % 10)


BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


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


def _convertbits(data, frombits, tobits):
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
    if bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_encode(hrp, data_bytes):
    data = _convertbits(data_bytes, 8, 5)
    poly = _bech32_polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32[d] for d in data + chk)


def bech32_ok(s):
    s = s.lower()
    pos = s.rfind("1")
    hrp, data = s[:pos], s[pos + 1:]
    try:
        vals = [BECH32.index(c) for c in data]
    except ValueError:
        return False
    return _bech32_polymod(_hrp_expand(hrp) + vals) == 1


def crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def nmea_checksum(body):
    x = 0
    for ch in body:
        x ^= ord(ch)
    return "%02X" % x


# ---------------------------------------------------------------- key styles
def keyname(words, style):
    w = [x.lower() for x in words]
    if style == "upper":
        return "_".join(w).upper()
    if style == "snake":
        return "_".join(w)
    if style == "camel":
        return w[0] + "".join(x.capitalize() for x in w[1:])
    if style == "pascal":
        return "".join(x.capitalize() for x in w)
    if style == "kebab":
        return "-".join(w)
    if style == "dot":
        return ".".join(w)
    if style == "spaced":
        return " ".join(w)
    if style == "title":
        return " ".join(x.capitalize() for x in w)
    raise ValueError(style)


# ---------------------------------------------------------------- registry
class Registry:
    """Refuses repeats and any 6+ character substring relation with an earlier string."""

    def __init__(self):
        self.items = []
        self.seen = set()
        self.public = set()

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

    def draw(self, fn):
        for _ in range(500):
            s = fn()
            if self.add(s):
                return s
        raise RuntimeError("registry could not draw a fresh value")


# ---------------------------------------------------------------- records
def span_record(text, value, stype):
    start = text.find(value)
    if start < 0:
        raise ValueError("value not in text: %r" % value)
    return {"value": value, "start": start, "end": start + len(value), "type": stype}


def positive(rid, stype, container, text, value, source):
    return {"id": rid, "type": stype, "container": container, "text": text,
            "secrets": [span_record(text, value, stype)], "source": source}


def dumps_jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# ---------------------------------------------------------------- deny-list
def extract_denylist(dirpath):
    names = set()
    syntaxes = set()
    codes = set()
    lnames = set()
    for fn in BRIEF_FILES:
        with open(os.path.join(dirpath, fn), encoding="utf-8") as f:
            txt = f.read()
        for m in re.finditer(r"`([^`\n]+)`", txt):
            n = m.group(1).strip().lower()
            if not n:
                continue
            names.add(n)
            for part in n.split("__"):
                if part:
                    names.add(part)
            sm = re.match(r"^[a-z]+pw_([a-z0-9_]+)$", n)
            if sm:
                syntaxes.add(sm.group(1))
        for m in re.finditer(r"[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+", txt):
            n = m.group(0).lower()
            names.add(n)
            for part in n.split("__"):
                if part:
                    names.add(part)
            sm = re.match(r"^[a-z]+pw_([a-z0-9_]+)$", n)
            if sm:
                syntaxes.add(sm.group(1))
        for m in re.finditer(r"`([a-z]{2,3})` \(([^)]+)\)", txt):
            codes.add(m.group(1))
            nm = m.group(2).strip().lower()
            lnames.add(nm)
            for wd in re.split(r"[\s,;/-]+", nm):
                if wd:
                    lnames.add(wd)
    return {
        "source": dirpath,
        "files": list(BRIEF_FILES),
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }
