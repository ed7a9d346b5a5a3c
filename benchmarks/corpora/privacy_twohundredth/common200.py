"""Shared helpers for the p200 corpus (classic-car restoration / vintage-vehicle / car-club world).

Standard library only. No clock, no network. Every random draw goes through a
random.Random instance that the caller seeds.
"""
import base64
import hashlib
import hmac
import json
import os
import re
import string
import uuid

PREFIX = "p200"
BRIEF_DIR = "/tmp/brief200"
BRIEF_FILES = ["README_hundredninetyseventh.md", "README_hundredninetyeighth.md"]

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = UPPER + LOWER + DIGITS
LOWER_ALNUM = LOWER + DIGITS
UPPER_ALNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
B64URL = ALNUM + "-_"
B64STD = ALNUM + "+/"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

SLOT = "\u0001"  # marks where the labelled value goes while a text is assembled

# Owner-chosen passwords: a word of this world + joiner + 3-5 [a-z0-9] + 2 digits.
WORLD_WORDS = [
    "chrome", "bumper", "carburettor", "overdrive", "dynamo", "magneto", "distributor",
    "tappet", "camshaft", "crankshaft", "piston", "flywheel", "gearbox", "clutch",
    "axle", "leafspring", "trunnion", "kingpin", "wirewheel", "spinner", "hubcap",
    "bonnet", "runningboard", "dashboard", "walnut", "leather", "tonneau", "sidescreen",
    "windscreen", "wiper", "headlamp", "spotlamp", "semaphore", "choke", "throttle",
    "manifold", "silencer", "radiator", "thermostat", "grille", "mascot", "coachwork",
    "chassis", "subframe", "sill", "valance", "doorskin", "leadwork", "primer",
    "cellulose", "lacquer", "enamel", "pinstripe", "concours", "hillclimb", "marque",
    "roadster", "coupe", "saloon", "tourer", "drophead", "convertible", "spyder",
    "bubblecar", "microcar", "splitscreen", "barnfind", "patina", "restomod", "numberplate",
    "logbook", "odometer", "speedo", "tachometer", "rocker", "pushrod", "gasket",
    "bellhousing", "propshaft", "differential", "kickplate", "hoodframe", "trafficator",
    "runabout", "autojumble", "classic", "vintage", "veteran", "brooklands", "paddock",
    "pitlane", "roadbook", "timecard", "bodyshell", "rotisserie", "sandblast", "zinc",
]
JOINERS_WIDE = "-_.+!~"
JOINERS_STRICT = "-_."

PW_WIDE_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def owner_password(rng, strict=False):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice(JOINERS_STRICT if strict else JOINERS_WIDE)
    mid = rstr(rng, LOWER_ALNUM, rng.randint(3, 5))
    return w + j + mid + rstr(rng, DIGITS, 2)


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def uuid4(rng):
    return str(uuid.UUID(bytes=rbytes(rng, 16), version=4))


def b64(b):
    return base64.b64encode(b).decode()


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt_hs(rng, alg, payload, header_extra=None):
    header = {"alg": alg, "typ": "JWT"}
    if header_extra:
        header.update(header_extra)
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    key = rbytes(rng, 48)  # discarded
    dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    sig = hmac.new(key, (h + "." + p).encode(), dig).digest()
    return h + "." + p + "." + b64url_nopad(sig)


def jwt_rs_shaped(rng, payload, header_extra=None):
    header = {"alg": "RS256", "typ": "JWT"}
    if header_extra:
        header.update(header_extra)
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64url_nopad(rbytes(rng, 256))


# ---------------------------------------------------------------- bech32 (age keys)
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
    polymod = _bech32_polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32_CHARSET[d] for d in data + checksum)


def bech32_verify(s):
    s = s.lower()
    pos = s.rfind("1")
    hrp, data = s[:pos], s[pos + 1:]
    if any(c not in BECH32_CHARSET for c in data):
        return False
    return _bech32_polymod(_hrp_expand(hrp) + [BECH32_CHARSET.find(c) for c in data]) == 1


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


def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]


VIN_TRANS = {**{str(i): i for i in range(10)},
             **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_ALPHA = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check(vin17):
    s = sum(VIN_TRANS[c] * w for c, w in zip(vin17, VIN_WEIGHTS))
    r = s % 11
    return "X" if r == 10 else str(r)


def vin_ok(vin):
    return len(vin) == 17 and vin_check(vin) == vin[8]


def mod11_weighted_check(digits):
    """ISBN-10 style: weights n..2, check 0-9 or X."""
    n = len(digits) + 1
    s = sum(int(d) * (n - i) for i, d in enumerate(digits))
    c = (11 - s % 11) % 11
    return "X" if c == 10 else str(c)


def mod97_check(body):
    """ISO 7064 MOD 97-10 two check digits appended so that int(body+cc) % 97 == 1."""
    n = int(body) * 100
    return "%02d" % (98 - n % 97)


def mod97_ok(s):
    return int(s) % 97 == 1


def ean13_check(d12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return str((10 - s % 10) % 10)


def adler32_hex(s):
    import zlib
    return "%08x" % zlib.adler32(s.encode())


# ---------------------------------------------------------------- case styles
def style_key(words, style):
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


# ---------------------------------------------------------------- value registry
class Registry:
    """Refuses repeats and any substring relation (6+ chars) with an earlier string."""

    def __init__(self):
        self.items = []
        self.set = set()

    def ok(self, s):
        if s in self.set:
            return False
        for t in self.items:
            if len(s) >= 6 and len(t) >= 6 and (s in t or t in s):
                return False
        return True

    def add(self, s):
        if not self.ok(s):
            raise ValueError("registry refuses %r" % s)
        self.items.append(s)
        self.set.add(s)
        return s

    def draw(self, fn, tries=200):
        for _ in range(tries):
            v = fn()
            if self.ok(v):
                return self.add(v)
        raise RuntimeError("registry could not draw")

    def hits(self, text):
        return [s for s in self.items if s in text]


def place(template, value):
    """template contains exactly one SLOT; returns text, start, end."""
    if template.count(SLOT) != 1:
        raise ValueError("template must contain exactly one slot")
    start = template.index(SLOT)
    text = template.replace(SLOT, value)
    return text, start, start + len(value)


# ---------------------------------------------------------------- deny-list
SNAKE_RE = re.compile(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b")
BT_RE = re.compile(r"`([^`\n]+)`")
LANG_RE = re.compile(r"`([a-z]{2,3})` \(([^)]+)\)")
SYNTAX_RE = re.compile(r"`([a-z]+pw)_([a-z0-9_]+)`")


def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    files = []
    for fn in BRIEF_FILES:
        path = os.path.join(brief_dir, fn)
        with open(path, encoding="utf-8") as fh:
            t = fh.read()
        files.append(fn)
        for m in BT_RE.findall(t):
            s = m.strip().lower()
            names.add(s)
            for part in s.split("__"):
                if part:
                    names.add(part)
        for m in SNAKE_RE.findall(t):
            s = m.lower()
            names.add(s)
            for part in s.split("__"):
                if part:
                    names.add(part)
        for pre, syn in SYNTAX_RE.findall(t):
            syntaxes.add(syn.lower().split("__")[0])
        for code, name in LANG_RE.findall(t):
            codes.add(code.lower())
            nm = name.lower()
            lnames.add(nm)
            for w in re.findall(r"[a-z]+", nm):
                lnames.add(w)
    return {
        "source": brief_dir,
        "files": files,
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


def deny_hits(name, deny, extra_sets=()):
    """Return the list of reasons a name is deny-listed (empty if fine)."""
    out = []
    names = deny["_names_set"]
    low = name.lower()
    parts = [low] + [p for p in low.split("__") if p]
    for p in parts:
        if p in names:
            out.append("%s: part %r deny-listed" % (name, p))
        for es in extra_sets:
            if p in es:
                out.append("%s: part %r deny-listed (extra)" % (name, p))
    return out


def prepare_deny(deny):
    deny = dict(deny)
    deny["_names_set"] = set(deny["names"])
    deny["_syntax_set"] = set(deny["syntaxes"])
    deny["_codes_set"] = set(deny["language_codes"])
    deny["_lnames_set"] = set(deny["language_names"])
    return deny
