"""Shared helpers for the p207 corpus (bike-shop, cycle-repair and bike-hire world).

Standard library only.  Everything random goes through random.Random instances
that the callers create with fixed seeds.
"""
import base64
import hashlib
import hmac
import json
import os
import re
import zlib

PREFIX = "p207"
SLOT = "\x00"

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
AN = UPPER + LOWER + DIGITS            # base62
ANL = LOWER + DIGITS                   # lower alphanumerics (base36)
ANU = UPPER + DIGITS
B64URL = AN + "-_"
B64STD = AN + "+/"
B32 = UPPER + "234567"

# Words of this world used for owner-chosen passwords.
BIKE_WORDS = [
    "derailleur", "cassette", "chainring", "sprocket", "spoke", "crankset", "freehub",
    "cleat", "saddle", "bidon", "peloton", "domestique", "gravel", "cyclocross", "brompton",
    "tandem", "fixie", "headset", "dropout", "tubeless", "sealant", "presta", "schrader",
    "valve", "hubshell", "cadence", "sprint", "echelon", "gruppetto", "bonk", "cog", "pedal",
    "clipless", "pannier", "mudguard", "kickstand", "torque", "truing", "dishing", "lacing",
    "bearing", "quicklink", "shifter", "brifter", "caliper", "rotor", "piston", "bleed",
    "pedelec", "throttle", "randonneur", "audax", "velodrome", "criterium", "hillclimb",
    "switchback", "berm", "singletrack", "bunnyhop", "wheelie", "trackstand", "velo",
    "rouleur", "grimpeur", "chainstay", "seatstay", "toptube", "downtube", "fork", "steerer",
    "lugs", "brazing", "reynolds", "titanium", "carbon", "alloy", "rimtape", "innertube",
    "patchkit", "tyrelever", "pumphead", "track", "tailwind", "headwind", "drafting",
    "breakaway", "sportive", "granfondo", "bikepacking", "framebag", "toeclip", "flatbar",
    "dropbar", "bartape", "hoods", "cantilever", "vbrake", "discbrake", "thruaxle",
    "skewer", "derail", "jockey", "chainline", "ovalised", "cogset", "spindle", "lockring",
    "nipple", "rimbrake", "dynamo", "taillight", "hubgear", "rohloff", "belt", "gates",
    "cargobike", "longtail", "recumbent", "penny", "boneshaker", "ebike", "hirebike",
]

JOINERS_ALL = "-_.+!~"
JOINERS_STRICT = "-_."

PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def owner_password(rng, strict=False):
    w = rng.choice(BIKE_WORDS)
    if rng.random() < 0.4:
        w = w[0].upper() + w[1:]
    j = rng.choice(JOINERS_STRICT if strict else JOINERS_ALL)
    mid = rstr(rng, ANL, rng.randint(3, 5))
    return w + j + mid + rstr(rng, DIGITS, 2)


def uuid4(rng, upper=False):
    b = bytearray(rng.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = "%s-%s-%s-%s-%s" % (h[0:8], h[8:12], h[12:16], h[16:20], h[20:32])
    return s.upper() if upper else s


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64(bs):
    return base64.b64encode(bs).decode("ascii")


def b64url_nopad(bs):
    return base64.urlsafe_b64encode(bs).decode("ascii").rstrip("=")


def b32_nopad(bs):
    return base64.b32encode(bs).decode("ascii").rstrip("=")


def jwt(rng, alg, payload, kid=None):
    header = {"alg": alg, "typ": "JWT"}
    if kid:
        header["kid"] = kid
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    signing = (h + "." + p).encode()
    if alg.startswith("HS"):
        key = rbytes(rng, 32)   # discarded key
        dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
        sig = hmac.new(key, signing, dig).digest()
    else:
        sig = rbytes(rng, JWT_SIG_LEN[alg])
    return h + "." + p + "." + b64url_nopad(sig)


JWT_SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64, "ES256": 64, "ES384": 96,
               "RS256": 256, "EdDSA": 64, "PS256": 256}


def crc16_ccitt_false(data):
    crc = 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


def adler32_hex(s):
    return "%08x" % (zlib.adler32(s.encode()) & 0xFFFFFFFF)


def luhn_check_digit(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(number):
    return luhn_check_digit(number[:-1]) == number[-1]


def gs1_check_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def gs1_valid(code):
    return gs1_check_digit(code[:-1]) == code[-1]


# ---------------------------------------------------------------- key styles
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
        self.seen.add(s)
        self.items.append(s)
        return True

    def draw(self, fn, tries=200):
        for _ in range(tries):
            s = fn()
            if self.add(s):
                return s
        raise RuntimeError("registry could not draw a fresh value")


def place(template, value):
    """template contains SLOT exactly once; returns (text, start, end)."""
    assert template.count(SLOT) == 1, template
    start = template.index(SLOT)
    text = template.replace(SLOT, value)
    return text, start, start + len(value)


def span_record(rid, typ, container, template, value, source, extra_span=None):
    text, s, e = place(template, value)
    span = {"value": value, "start": s, "end": e, "type": typ}
    if extra_span:
        span.update(extra_span)
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [span], "source": source}


# ---------------------------------------------------------------- deny-list
BT_RE = re.compile(r"`([^`\n]+)`")
SNAKE_RE = re.compile(r"\b[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+\b")
SYN_RE = re.compile(r"`([a-z]+pw)_([a-z0-9_]+)`")
LANG_RE = re.compile(r"`([a-z]{2,3})` \(([^)]+)\)")


def extract_denylist(brief_dir):
    files = sorted(f for f in os.listdir(brief_dir) if f.startswith("README_") and f.endswith(".md"))
    names, syntaxes, codes, lnames = set(), set(), set(), set()

    def add(n):
        n = n.strip().lower()
        if not n:
            return
        names.add(n)
        if "__" in n:
            for p in n.split("__"):
                if p:
                    names.add(p)

    for fn in files:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as fh:
            text = fh.read()
        for m in BT_RE.finditer(text):
            add(m.group(1))
        for m in SNAKE_RE.finditer(text):
            add(m.group(0))
        for m in SYN_RE.finditer(text):
            syn = m.group(2).split("__")[0]
            syntaxes.add(syn)
        for m in LANG_RE.finditer(text):
            codes.add(m.group(1).lower())
            nm = m.group(2).strip().lower()
            lnames.add(nm)
            for w in re.split(r"[\s,/-]+", nm):
                if w:
                    lnames.add(w)
    return {"source": "/tmp/brief207", "files": files,
            "names": sorted(names), "syntaxes": sorted(syntaxes),
            "language_codes": sorted(codes), "language_names": sorted(lnames)}


def dumps_jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
