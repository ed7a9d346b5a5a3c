"""Shared helpers for the p215 corpus (standard library only, no clock, no network)."""
import base64
import hashlib
import hmac
import json
import os
import re
import zlib

PREFIX = "p215"
SLOT = "\u27e8V\u27e9"          # slot marker, never left in a text
BRIEF_DIR = "/tmp/brief215"

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64STD = UPPER + LOWER + DIGITS + "+/"
B64URL = UPPER + LOWER + DIGITS + "-_"
LOWALNUM = LOWER + DIGITS
UPALNUM = UPPER + DIGITS
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

# ---------------------------------------------------------------- words of this world
WORLD_WORDS = [
    "chesterfield", "wingback", "ottoman", "chaise", "bergere", "settee", "davenport",
    "escritoire", "bureau", "tallboy", "credenza", "commode", "marquetry", "veneer",
    "parquetry", "ormolu", "gilding", "shellac", "beeswax", "dovetail", "mortise", "tenon",
    "castor", "ferrule", "hessian", "webbing", "horsehair", "coir", "wadding", "calico",
    "gimp", "piping", "tufting", "damask", "velvet", "chenille", "brocade", "toile",
    "chintz", "ticking", "moquette", "tapestry", "bolster", "squab", "fauteuil", "canape",
    "walnut", "mahogany", "rosewood", "satinwood", "burrelm", "yew", "patina", "hallmark",
    "gavel", "saleroom", "paddle", "consignor", "hammer", "tacks", "staplegun", "regulator",
    "springtwine", "hessianroll", "stuffing", "scrim", "linters", "foamblock", "crossrail",
    "splat", "cabriole", "claw", "bun", "plinth", "cornice", "pediment", "inlay", "stringing",
    "crossbanding", "boulle", "japanning", "lacquer", "barleytwist", "spindle", "rushseat",
    "caning", "windsor", "ladderback", "sheraton", "hepplewhite", "regency", "biedermeier",
    "artdeco", "mackintosh", "ercol", "gplan", "loomchair", "pouffe", "footstool", "daybed",
    "dresser", "armoire", "lowboy", "secretaire", "whatnot", "canterbury", "teapoy",
]

# ---------------------------------------------------------------- registry


class Registry:
    """Refuses repeats and any 6+ character substring relation with an earlier string."""

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
            return False
        self.items.append(s)
        self.set.add(s)
        return True

    def draw(self, fn, tries=200):
        for _ in range(tries):
            s = fn()
            if self.add(s):
                return s
        raise RuntimeError("registry could not draw a fresh value")


# ---------------------------------------------------------------- random helpers

def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b, pad=False):
    s = base64.urlsafe_b64encode(b).decode()
    return s if pad else s.rstrip("=")


def uuid4(rng, upper=False):
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def owner_pw(rng, strict=False):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice("-_." if strict else "-_.+!~")
    mid = rs(rng, LOWALNUM, rng.randint(3, 5))
    return w + j + mid + rs(rng, DIGITS, 2)


PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
PW_FIND_STRICT = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][a-z]{2,}[-_.][a-z0-9]{3,5}[0-9]{2}(?![A-Za-z0-9])")


def jwt(header, payload, sig):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    if isinstance(sig, bytes):
        return h + "." + p + "." + b64u(sig)
    # sig is an HMAC key -> real HMAC
    alg = header["alg"]
    dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    mac = hmac.new(sig, (h + "." + p).encode(), dig).digest()
    return h + "." + p + "." + b64u(mac)


# ---------------------------------------------------------------- checksums

def fletcher16(data: bytes):
    a = b = 0
    for ch in data:
        a = (a + ch) % 255
        b = (b + a) % 255
    return (b << 8) | a


def crc16_xmodem(data: bytes):
    crc = 0
    for ch in data:
        crc ^= ch << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


def crc16_ccitt_false(data: bytes):
    crc = 0xFFFF
    for ch in data:
        crc ^= ch << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


def crc24(data: bytes):
    crc = 0xB704CE
    for ch in data:
        crc ^= ch << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def b32nopad(b):
    return base64.b32encode(b).decode().rstrip("=")


def nkey_encode(prefix_byte, raw, seed=False):
    """NATS nkey text form (public key or seed) with the real CRC-16/XMODEM (little endian)."""
    if seed:
        b1 = (18 << 3) | (prefix_byte >> 5)
        b2 = (prefix_byte & 31) << 3
        body = bytes([b1, b2]) + raw
    else:
        body = bytes([prefix_byte]) + raw
    crc = crc16_xmodem(body)
    return b32nopad(body + bytes([crc & 0xFF, crc >> 8]))


def nkey_valid(s):
    pad = "=" * (-len(s) % 8)
    try:
        raw = base64.b32decode(s + pad)
    except Exception:
        return False
    body, c = raw[:-2], raw[-2:]
    return crc16_xmodem(body) == (c[0] | (c[1] << 8))


def mod97_iban_check(country, bban):
    s = bban + country + "00"
    n = int("".join(str(int(ch, 36)) for ch in s))
    return "%02d" % (98 - n % 97)


def iban_valid(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def isbn13_check(d12):
    t = sum((1 if i % 2 == 0 else 3) * int(c) for i, c in enumerate(d12))
    return str((10 - t % 10) % 10)


def luhn_check(digits):
    t = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return str((10 - t % 10) % 10)


# ---------------------------------------------------------------- key-name styles

def style_key(words, style):
    if style == "upper":
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
        return " ".join(w.capitalize() for w in words)
    raise ValueError(style)


def fill(template, value, **kw):
    """Put the value into SLOT and return (text, start, end)."""
    t = template
    for k, v in kw.items():
        t = t.replace("\u00a7" + k, v)
    if t.count(SLOT) != 1:
        raise ValueError("template needs exactly one slot: %r" % template[:80])
    start = t.index(SLOT)
    text = t.replace(SLOT, value)
    return text, start, start + len(value)


def positive(rid, typ, container, text, start, end, source, extra=None):
    value = text[start:end]
    span = {"value": value, "start": start, "end": end, "type": typ}
    if extra:
        span.update(extra)
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [span], "source": source}


# ---------------------------------------------------------------- deny-list

SNAKE_RE = re.compile(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b")
TICK_RE = re.compile(r"`([^`\n]+)`")
LANG_RE = re.compile(r"`([a-z]{2,3})` \(([^)]+)\)")


def extract_denylist(brief_dir=BRIEF_DIR):
    files = sorted(f for f in os.listdir(brief_dir) if f.startswith("README_") and f.endswith(".md"))
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for f in files:
        with open(os.path.join(brief_dir, f), encoding="utf-8") as fh:
            t = fh.read()
        found = [m.group(1).strip() for m in TICK_RE.finditer(t)]
        found += [m.group(0) for m in SNAKE_RE.finditer(t)]
        for s in found:
            s = s.lower()
            for part in [s] + s.split("__"):
                part = part.strip()
                if part:
                    names.add(part)
        for s in list(names):
            m = re.match(r"^[a-z]+pw_([a-z0-9_]+)$", s)
            if m:
                syntaxes.add(m.group(1))
        for m in LANG_RE.finditer(t):
            codes.add(m.group(1))
            nm = m.group(2).strip().lower()
            lnames.add(nm)
            for w in re.split(r"[\s\-]+", nm):
                if len(w) >= 3:
                    lnames.add(w)
    return {"source": brief_dir, "files": files, "names": sorted(names),
            "syntaxes": sorted(syntaxes), "language_codes": sorted(codes),
            "language_names": sorted(lnames)}


def load_denylist(here):
    with open(os.path.join(here, "brief_names.json"), encoding="utf-8") as fh:
        return json.load(fh)


def dump_json(obj):
    return json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=False) + "\n"
