"""Shared helpers for corpus p192 (standard library only, no clock, no network)."""
import base64
import hashlib
import hmac
import json
import os
import re
import string
import zlib

PREFIX = "p192"
PWPREFIX = "pitchpw_"
ALNUM = string.ascii_letters + string.digits
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64URL = string.ascii_letters + string.digits + "-_"
B64STD = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"

# ---------------------------------------------------------------- passwords
WORLD_WORDS = [
    "pitch", "hookup", "awning", "caravan", "campfire", "marquee", "bollard", "tentpeg", "groundsheet",
    "warden", "barrier", "pennant", "lantern", "kettle", "billycan", "hammock", "firepit", "meadow",
    "woodland", "riverside", "hardstanding", "gazebo", "motorhome", "campervan", "bunkhouse", "glamping",
    "yurt", "tipi", "bellend", "flysheet", "guyline", "mallet", "windbreak", "coolbox", "stove",
    "toasting", "marshmallow", "sleepingbag", "bivvy", "duckboard", "chemloo", "elsan", "leveller",
    "chocks", "jockeywheel", "hitchlock", "towbar", "pegbag", "tarp", "canopy", "porchway", "washblock",
    "showerblock", "launderette", "drystone", "cattlegrid", "stile", "footpath", "bridleway", "heather",
    "bracken", "foxglove", "buttercup", "dandelion", "oakleaf", "acorn", "badger", "hedgehog", "owlet",
    "kestrel", "curlew", "lapwing", "sandmartin", "dunes", "shingle", "rockpool", "seaview", "lakeside",
    "hilltop", "valley", "sunrise", "starlight", "moonbeam", "drizzle", "puddle", "wellies", "anorak",
    "torchlight", "compass", "mapcase", "sitepass", "pitchside", "electrics", "solarpanel", "gascanister",
]
JOINERS = "-_.+!~"
STRICT_JOINERS = "-_."
PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")


def owner_password(rng, strict=False):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice(STRICT_JOINERS if strict else JOINERS)
    mid = "".join(rng.choice(LOWER_ALNUM) for _ in range(rng.randint(3, 5)))
    return w + j + mid + "".join(rng.choice(string.digits) for _ in range(2))


# ---------------------------------------------------------------- random shapes
def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64url(b, pad=False):
    s = base64.urlsafe_b64encode(b).decode()
    return s if pad else s.rstrip("=")


def uuid4(rng, upper=False):
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def base62_int(n, width=None):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    out = out or "0"
    if width:
        out = out.rjust(width, "0")
    return out


def crc32_b62(body):
    return base62_int(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def jwt(rng, header, payload, key=None, alg_hash=None, sig_len=None):
    h = b64url(json.dumps(header, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    signing = (h + "." + p).encode()
    if alg_hash:
        sig = hmac.new(key or rbytes(rng, 32), signing, alg_hash).digest()
    else:
        sig = rbytes(rng, sig_len)
    return h + "." + p + "." + b64url(sig)


JWT_SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64, "ES256": 64, "EdDSA": 64, "RS256": 256}


def b64url_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


# ---------------------------------------------------------------- key styles
def key_style(words, style):
    w = [x.lower() for x in words]
    if style == "upper":
        return "_".join(x.upper() for x in w)
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
    """Refuses repeats and any string in a substring relation (6+ chars) with an earlier one."""

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
            raise ValueError("registry clash: %r" % s)
        self.items.append(s)
        self.set.add(s)
        return s

    def draw(self, fn, tries=200):
        for _ in range(tries):
            s = fn()
            if self.ok(s):
                return self.add(s)
        raise RuntimeError("registry could not draw a fresh value")


# ---------------------------------------------------------------- records
MARK = "\u27e6V\u27e7"


def place(template, value):
    """Return (text, start, end) with value put where MARK is (exactly one MARK)."""
    assert template.count(MARK) == 1, template
    i = template.index(MARK)
    text = template[:i] + value + template[i + len(MARK):]
    return text, i, i + len(value)


def positive(idn, typ, container, template, value, source):
    text, s, e = place(template, value)
    return {
        "id": idn, "type": typ, "container": container, "text": text,
        "secrets": [{"value": value, "start": s, "end": e, "type": typ}], "source": source,
    }


def dumps(rec):
    return json.dumps(rec, ensure_ascii=False)


# ---------------------------------------------------------------- deny-list
BRIEF_DIR = "/tmp/brief192"
BRIEF_FILES = ["README_hundredeightyninth.md", "README_hundredninetieth.md"]


def extract_denylist(directory=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        with open(os.path.join(directory, fn), encoding="utf-8") as f:
            t = f.read()
        raw = [m.strip().lower() for m in re.findall(r"`([^`\n]+)`", t)]
        raw += [m.lower() for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t)]
        for n in raw:
            if not n:
                continue
            parts = [n] + [p for p in n.split("__") if p]
            for p in parts:
                names.add(p)
                m = re.match(r"^[a-z]+pw_(.+)$", p)
                if m:
                    syntaxes.add(m.group(1))
                    names.add(m.group(1))
        for code, name in re.findall(r"`([a-z]{3})` \(([^)]+)\)", t):
            codes.add(code)
            lnames.add(name.lower())
            for w in re.split(r"[\s-]+", name.lower()):
                if w:
                    lnames.add(w)
    return {
        "source": directory, "files": BRIEF_FILES, "names": sorted(names), "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes), "language_names": sorted(lnames),
    }


def name_parts(name):
    n = name.lower()
    return [n] + [p for p in n.split("__") if p]


def denied(name, deny):
    names = deny["_names_set"]
    return [p for p in name_parts(name) if p in names]


def prep_deny(deny):
    d = dict(deny)
    d["_names_set"] = set(deny["names"])
    d["_syn_set"] = set(deny["syntaxes"])
    d["_codes"] = set(deny["language_codes"])
    d["_lnames"] = set(deny["language_names"])
    return d


# ---------------------------------------------------------------- checksums used by negatives
def luhn_digit(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def vin_check(v):
    trans = {}
    vals = [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]
    for ch, val in zip("ABCDEFGHJKLMNPRSTUVWXYZ", vals):
        trans[ch] = val
    for d in string.digits:
        trans[d] = int(d)
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    s = sum(trans[c] * w for c, w in zip(v, weights)) % 11
    return "X" if s == 10 else str(s)


def uk_vat_valid(num9):
    d = [int(c) for c in num9]
    total = sum(x * w for x, w in zip(d[:7], [8, 7, 6, 5, 4, 3, 2])) + int(num9[7:])
    return total % 97 == 0 or (total + 55) % 97 == 0


def uk_vat_make(rng):
    while True:
        base = [rng.randint(0, 9) for _ in range(7)]
        base[0] = rng.randint(1, 9)
        total = sum(x * w for x, w in zip(base, [8, 7, 6, 5, 4, 3, 2]))
        chk = (-total) % 97
        s = "".join(map(str, base)) + "%02d" % chk
        if uk_vat_valid(s):
            return s


def iso7064_mod11_2(s):
    p = 0
    for ch in s:
        p = ((p + int(ch)) * 2) % 11
    r = (12 - p) % 11
    return "X" if r == 10 else str(r)


def modbus_crc(data):
    crc = 0xFFFF
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return bytes([crc & 0xFF, crc >> 8])


UUID_RE = re.compile(r"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
