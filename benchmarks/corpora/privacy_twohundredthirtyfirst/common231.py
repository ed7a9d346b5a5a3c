"""Shared helpers for corpus p231 (opticians). Standard library only."""
import base64
import hashlib
import hmac
import json
import os
import re
import string
import uuid
import zlib

PREFIX = "p231"
BRIEF_DIR = "/tmp/brief231"
BRIEF_FILES = ["README_twohundredtwentyeighth.md", "README_twohundredtwentyninth.md"]

SEEDS = {
    "everyday_values": 23101,
    "everyday_pairing": 23111,
    "vendor": 23102,
    "positional": 23103,
    "prose": 23104,
    "evasions": 23105,
    "negatives": 23106,
}

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = LOWER + UPPER + DIGITS
LOWER_ALNUM = LOWER + DIGITS
UPPER_ALNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
B64URL = ALNUM + "-_"
B64STD = UPPER + LOWER + DIGITS + "+/"

# ---------------------------------------------------------------- world words
WORLD_WORDS = sorted(set("""
acetate aspheric astigma axis bifocal blink bridge cataract chamfer cornea crystalline
dioptre diopter eyecup eyeglass fresnel frame fundus gimbal glaucoma hinge iris keratometer
lens lensmeter lorgnette lorgnon loupe macula monocle myopia nasal nosepad occluder oculus
optic optician orbit pantoscopic perimeter phoropter pince presbyopia prism pupil refraction
retina rimless sclera slitlamp snellen spectacle sphere stenopaic temple tint titanium toric
tracer trifocal varifocal visor vitreous acuity bevel blank edger facet groove polycarbonate
photochromic polarised retinoscope tonometer ophthalmoscope keratoscope trialframe lensometer
monel bayonet celluloid tortoiseshell buffalohorn horn librarian aviator browline panto
cateye wayfarer clubmaster halfeye readers sunlens hardcoat antifog crizal varilux cyl
""".split()))

JOINERS_EVERYDAY = "-_.+!~"
JOINERS_STRICT = "-_."
PW_EVERYDAY_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")


def owner_password(rng, strict=False):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        w = w[0].upper() + w[1:]
    j = rng.choice(JOINERS_STRICT if strict else JOINERS_EVERYDAY)
    tail = "".join(rng.choice(LOWER_ALNUM) for _ in range(rng.randint(3, 5)))
    return w + j + tail + "%02d" % rng.randint(0, 99)


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid4(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def make_jwt(rng, header, payload, alg_hash, key_len=32):
    key = rbytes(rng, key_len)
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    sig = hmac.new(key, (h + "." + p).encode(), alg_hash).digest()
    return h + "." + p + "." + b64url_nopad(sig)


SIG_LEN = {"HS256": 43, "HS384": 64, "HS512": 86}


def jwt_ok(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        hd = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except Exception:
        return False
    return SIG_LEN.get(hd.get("alg")) == len(parts[2])


# ---------------------------------------------------------------- check codes
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


def luhn_ok(digits):
    return luhn_digit(digits[:-1]) == digits[-1]


def adler_hex(s):
    return "%08x" % (zlib.adler32(s.encode()) & 0xFFFFFFFF)


BECH32_CHARS = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
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
    values = _hrp_expand(hrp) + data
    polymod = _bech32_polymod(values + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32_CHARS[d] for d in data + checksum)


def bech32_ok(s):
    s = s.lower()
    pos = s.rfind("1")
    hrp, data = s[:pos], s[pos + 1:]
    try:
        vals = [BECH32_CHARS.index(c) for c in data]
    except ValueError:
        return False
    return _bech32_polymod(_hrp_expand(hrp) + vals) == 1


PKCS8_ED25519_PREFIX = bytes.fromhex("302e020100300506032b657004220420")

# ---------------------------------------------------------------- key styles
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


# ---------------------------------------------------------------- registry
class Registry:
    """Refuses repeats and any 6+ character substring relation with earlier strings."""

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

    def draw(self, fn):
        for _ in range(1000):
            s = fn()
            if self.add(s):
                return s
        raise RuntimeError("registry could not draw a fresh value")


# ---------------------------------------------------------------- records
def make_record(rid, typ, container, text, value, source, extra_span=None, extra_rec=None):
    start = text.find(value)
    if start < 0:
        raise ValueError("value not in text for %s" % rid)
    span = {"value": value, "start": start, "end": start + len(value), "type": typ}
    if extra_span:
        span.update(extra_span)
    rec = {"id": rid, "type": typ, "container": container}
    if extra_rec:
        rec.update(extra_rec)
    rec["text"] = text
    rec["secrets"] = [span]
    rec["source"] = source
    return rec


def fill(template, value, **kw):
    """Fill a template; {V} is the value. Other fields by name. Returns text."""
    out = template
    for k, v in kw.items():
        out = out.replace("{" + k + "}", str(v))
    return out.replace("{V}", value)


def dumps_jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# ---------------------------------------------------------------- deny-list
BACKTICK_RE = re.compile(r"`([^`\n]+)`")
SNAKE_RE = re.compile(r"(?<![A-Za-z0-9_])[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+(?![A-Za-z0-9_])")
LANG_PAIR_RE = re.compile(r"`([a-z]{2,3})` \(([^)]+)\)")
SYNTAX_RE = re.compile(r"`([a-z]+pw_[a-z0-9_]+)`")


def extract_denylist(texts):
    names = set()
    syntaxes = set()
    codes = set()
    lnames = set()
    for t in texts:
        for m in BACKTICK_RE.finditer(t):
            v = m.group(1).strip().lower()
            if v:
                names.add(v)
                for part in v.split("__"):
                    if part:
                        names.add(part)
        for m in SNAKE_RE.finditer(t):
            v = m.group(0).lower()
            names.add(v)
            for part in v.split("__"):
                if part:
                    names.add(part)
        for m in SYNTAX_RE.finditer(t):
            s = m.group(1)
            syntaxes.add(s.split("pw_", 1)[1])
        for m in LANG_PAIR_RE.finditer(t):
            codes.add(m.group(1).lower())
            nm = m.group(2).strip().lower()
            lnames.add(nm)
            for w in re.split(r"[\s/,-]+", nm):
                if w:
                    lnames.add(w)
    return {
        "source": BRIEF_DIR,
        "files": list(BRIEF_FILES),
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


def read_brief_texts():
    out = []
    for f in BRIEF_FILES:
        with open(os.path.join(BRIEF_DIR, f), encoding="utf-8") as fh:
            out.append(fh.read())
    return out
