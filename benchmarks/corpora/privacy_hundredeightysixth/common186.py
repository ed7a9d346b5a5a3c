"""Shared helpers for the p186 corpus (standard library only, no clock, no network)."""
import base64
import hashlib
import hmac
import json
import os
import re
import struct
import zlib

PREFIX = "p186"
MARK = "\x00"  # slot marker for the labelled value; never left in a text
JMARK = "@@V186@@"  # JSON-safe slot marker (replaced by MARK before filling)

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIG = "0123456789"
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
ALNUM = UPPER + LOWER + DIG
LALNUM = LOWER + DIG
UALNUM = UPPER + DIG
B64URL = ALNUM + "-_"
B64STD = ALNUM + "+/"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

# ---------------------------------------------------------------- words
RANGE_WORDS = [
    "bullseye", "backstop", "baffle", "berm", "holster", "muzzle", "chamber", "breech",
    "trigger", "rifling", "caliber", "cartridge", "primer", "casing", "magazine", "reticle",
    "windage", "elevation", "zeroing", "grouping", "plinking", "skeet", "sporting", "clays",
    "revolver", "carbine", "shotgun", "choke", "striker", "lanyard", "earmuffs", "ceasefire",
    "rangemaster", "fletching", "nock", "quiver", "recurve", "compound", "longbow", "arrowrest",
    "bowstring", "broadhead", "crossbow", "limbs", "riser", "stabilizer", "clicker", "tabguard",
    "armguard", "bracer", "fieldpoint", "flightarrow", "boresight", "bipod", "buttstock",
    "foregrip", "handguard", "picatinny", "suppressor", "flashhider", "ejector", "extractor",
    "firingpin", "hammerless", "sightpicture", "sightradius", "dryfire", "holdover", "mildot",
    "parallax", "turret", "benchrest", "prone", "kneeling", "offhand", "shotstring",
    "tenring", "xring", "innerten", "targetframe", "lanebay", "steelplate", "popper", "sandbag",
    "gunsmith", "armourer", "safecage", "gunsafe", "rackbolt", "ammocan", "brassbin",
]
JOINERS_EVERYDAY = "-_.+!"
JOINERS_STRICT = "-_."
PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def owner_password(rng, strict=False):
    w = rng.choice(RANGE_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice(JOINERS_STRICT if strict else JOINERS_EVERYDAY)
    mid = rs(rng, LALNUM, rng.randint(3, 5))
    return w + j + mid + rs(rng, DIG, 2)


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64std(b):
    return base64.b64encode(b).decode()


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def uuid4(rng, upper=False):
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def base62_int(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_b62_token(rng, prefix, body_len=30):
    body = rs(rng, B62, body_len)
    return prefix + body + base62_int(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def jwt(rng, header, payload, key_len=48):
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    alg = header.get("alg")
    key = rbytes(rng, key_len)  # discarded
    msg = (h + "." + p).encode()
    if alg == "HS256":
        sig = hmac.new(key, msg, hashlib.sha256).digest()
    elif alg == "HS384":
        sig = hmac.new(key, msg, hashlib.sha384).digest()
    elif alg == "HS512":
        sig = hmac.new(key, msg, hashlib.sha512).digest()
    else:
        sig = rbytes(rng, 256)
    return h + "." + p + "." + b64url_nopad(sig)


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


def gtin_check(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def gtin_ok(s):
    return gtin_check(s[:-1]) == s[-1]


def adler32_hex(s):
    return "%08x" % (zlib.adler32(s.encode()) & 0xFFFFFFFF)


def crockford_groups(b, group=8):
    bits = "".join("{:08b}".format(x) for x in b)
    while len(bits) % 5:
        bits += "0"
    s = "".join(CROCKFORD[int(bits[i:i + 5], 2)] for i in range(0, len(bits), 5))
    return "-".join(s[i:i + group] for i in range(0, len(s), group))


# ---------------------------------------------------------------- key styles
def style_key(words, style):
    if style in ("upper", "define"):
        return "_".join(w.upper() for w in words)
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
        return " ".join(w.upper() if len(w) <= 3 and w in ("db", "aes", "pos", "rso", "jwt", "rfid") else w.capitalize() for w in words)
    raise ValueError(style)


# ---------------------------------------------------------------- registry
class Registry:
    """Every labelled value, hidden password, evasion plain and run is drawn here; a
    string in a substring relation with an earlier one is refused (caller redraws)."""

    def __init__(self):
        self.items = []
        self.set = set()

    def ok(self, s):
        if s in self.set:
            return False
        for t in self.items:
            if s in t or t in s:
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


def fill(template, value):
    """Put the value at the single slot marker and return (text, start, end)."""
    template = template.replace(JMARK, MARK)
    if template.count(MARK) != 1:
        raise ValueError("template must hold exactly one slot marker")
    start = template.index(MARK)
    text = template.replace(MARK, value)
    return text, start, start + len(value)


def record(rid, typ, container, text, start, end, source, extra=None):
    span = {"value": text[start:end], "start": start, "end": end, "type": typ}
    if extra:
        span.update(extra)
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [span], "source": source}


# ---------------------------------------------------------------- deny-list
BT_RE = re.compile(r"`([^`\n]+)`")
SNAKE_RE = re.compile(r"\b[A-Za-z0-9]+(?:_{1,2}[A-Za-z0-9]+)+\b")
LANG_RE = re.compile(r"`([a-z]{3})` \(([^)]+)\)")
POSPREFIX_RE = re.compile(r"^[a-z]+pw_(.+)$")


def extract_denylist(folder):
    files = sorted(f for f in os.listdir(folder) if f.endswith(".md"))
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for f in files:
        t = open(os.path.join(folder, f), encoding="utf-8").read()
        cands = [m.group(1) for m in BT_RE.finditer(t)] + [m.group(0) for m in SNAKE_RE.finditer(t)]
        for c in cands:
            c = c.strip().lower()
            if not c:
                continue
            parts = [c] + [p for p in c.split("__") if p]
            for p in parts:
                p = p.strip("_ ")
                if not p:
                    continue
                names.add(p)
                m = POSPREFIX_RE.match(p)
                if m:
                    names.add(m.group(1))
                    syntaxes.add(m.group(1))
        for m in LANG_RE.finditer(t):
            codes.add(m.group(1))
            nm = m.group(2).lower()
            lnames.add(nm)
            for w in nm.split():
                lnames.add(w)
    return {"source": files, "names": sorted(names), "syntaxes": sorted(syntaxes),
            "language_codes": sorted(codes), "language_names": sorted(lnames)}


def name_hits(name, deny):
    """Return the deny-listed pieces of a name (whole, each __ part, and with rangepw_ stripped)."""
    n = name.lower()
    pieces = [n] + [p for p in n.split("__") if p]
    more = []
    for p in pieces:
        m = POSPREFIX_RE.match(p)
        if m:
            more.append(m.group(1))
    pieces += more
    names = deny["_names_set"]
    return sorted({p for p in pieces if p in names or p in deny["_syn_set"]})


def prepare_deny(deny):
    d = dict(deny)
    d["_names_set"] = set(deny["names"])
    d["_syn_set"] = set(deny["syntaxes"])
    return d
