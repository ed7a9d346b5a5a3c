"""Shared helpers for corpus p229 (chimney sweeps, stove fitters, log-burner installers).

Standard library only; every random draw goes through a random.Random passed in by the caller.
"""
import base64
import hashlib
import hmac
import json
import os
import re
import zlib

PREFIX = "p229"
HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF_DIR = "/tmp/brief229"
BRIEF_FILES = ["README_twohundredtwentyfourth.md", "README_twohundredtwentysixth.md"]

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64URL = ALNUM + "-_"
B64STD = ALNUM + "+/"
LOWALNUM = LOWER + DIGITS
UPALNUM = UPPER + DIGITS

# words of this world for owner-chosen passwords (letters only)
WORDS = """soot flue chimney sweep stove damper hearth ember cinder kindling firebrick smoke draught
cowl chimneypot liner register throat birdguard creosote brush rods nozzle baffle grate firebox
birch oak beech kiln fender mantel inglenook chimneybreast stack crown flaunching flashing spark
arrestor canopy cassette inset multifuel woodburner boiler vermiculite rope gasket ceramic
anthracite coal coke smokeless firelighter poker tongs bellows scuttle flint tinder glow blaze
fireside rafter slate mortar pargeting soffit terminal rainhat spigot elbow offset twinwall
stainless flexi hob ashpan riddling logstore hardwood softwood ashwood chimneysweep sootbag
smokepellet chimneycap flashband firebox sweepbrush fluepipe ventilation hearthstone
brazier kettle embers burner pilot chamber creel logbasket woodpile sawhorse axe splitter
""".split()
WORDS = sorted(set(WORDS))

PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
STRICT_PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
STRICT_PW_SEARCH = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}(?![A-Za-z0-9])")
PW_FORM_ALLOWED = {"ssh-ed25519"}  # real format words that happen to have the strict password shape


def strict_pw_hits(text):
    return [m for m in STRICT_PW_SEARCH.findall(text) if m not in PW_FORM_ALLOWED]


UUID_SHAPE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
UUID4_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$")
JWT_SHAPE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def owner_password(rng, strict=False):
    w = rng.choice(WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice("-_." if strict else "-_.+!~")
    return w + j + rs(rng, LOWALNUM, rng.randint(3, 5)) + rs(rng, DIGITS, 2)


def uuid4(rng, upper=False):
    b = bytearray(rng.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64url_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt_hs(rng, alg, header_extra, payload):
    digest = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    header = {"alg": alg, "typ": "JWT"}
    header.update(header_extra)
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    key = rbytes(rng, 48)  # discarded
    sig = hmac.new(key, (h + "." + p).encode(), digest).digest()
    return h + "." + p + "." + b64url_nopad(sig)


def jwt_shaped(rng, alg, payload, header_extra=None):
    header = {"alg": alg, "typ": "JWT"}
    if header_extra:
        header.update(header_extra)
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    n = {"RS256": 256, "ES256": 64, "HS256": 32}[alg]
    return h + "." + p + "." + b64url_nopad(rbytes(rng, n))


SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "ES256": 64}


def jwt_ok(tok):
    try:
        h, p, s = tok.split(".")
        hd = json.loads(b64url_decode(h))
        json.loads(b64url_decode(p))
        return len(b64url_decode(s)) == SIG_LEN.get(hd.get("alg"), -1)
    except Exception:
        return False


# ---- check digits -------------------------------------------------------
def base62_fixed(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = BASE62[r] + out
    return out.rjust(width, "0")


def crc32_b62(body):
    return base62_fixed(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


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


def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def gs1_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        total += int(c) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def gb_vat_check(seven):
    """GB VAT: weights 8..2 over 7 digits; check pair = 97-style (old scheme: total + check ≡ 0 mod 97)."""
    total = sum(int(c) * w for c, w in zip(seven, range(8, 1, -1)))
    chk = (-total) % 97
    return "%02d" % chk


def gb_vat_ok(nine):
    total = sum(int(c) * w for c, w in zip(nine[:7], range(8, 1, -1))) + int(nine[7:])
    return total % 97 == 0


# ---- key styles ---------------------------------------------------------
def style_key(words, style):
    w = [x.lower() for x in words]
    if style == "upper":
        return "_".join(w).upper()
    if style == "snake":
        return "_".join(w)
    if style == "camel":
        return w[0] + "".join(x.capitalize() for x in w[1:])
    if style == "pascal":
        return "".join(x.capitalize() for x in w)
    if style == "dot":
        return ".".join(w)
    if style == "kebab":
        return "-".join(w)
    if style == "spaced":
        return " ".join(w)
    if style == "title":
        return " ".join(x.capitalize() for x in w)
    raise ValueError(style)


# ---- registry -----------------------------------------------------------
class Registry:
    """Refuses repeats and any substring relation (6+ chars) with an earlier string."""

    def __init__(self):
        self.items = []
        self.seen = set()

    def ok(self, s):
        if s in self.seen:
            return False
        for t in self.items:
            if len(t) >= 6 and t in s:
                return False
            if len(s) >= 6 and s in t:
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


# ---- records ------------------------------------------------------------
def make_span_record(text, value, typ, container, source, extra_span=None):
    i = text.index(value)
    span = {"value": value, "start": i, "end": i + len(value), "type": typ}
    if extra_span:
        span.update(extra_span)
    return {"type": typ, "container": container, "text": text, "secrets": [span], "source": source}


def dumps_jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# ---- deny-list ----------------------------------------------------------
SNAKE_RE = re.compile(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b")
TICK_RE = re.compile(r"`([^`\n]+)`")
SYNTAX_RE = re.compile(r"\b([a-z]+)pw_([a-z0-9_]+)")
LANG_RE = re.compile(r"`([a-z]{2,3})` \(([^)]+)\)")


def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        text = open(os.path.join(brief_dir, fn), encoding="utf-8").read()
        raw = set(m.group(1).strip() for m in TICK_RE.finditer(text))
        raw |= set(m.group(0) for m in SNAKE_RE.finditer(text))
        for r in raw:
            r = r.lower()
            if not r:
                continue
            names.add(r)
            for part in r.split("__"):
                if part:
                    names.add(part)
        for m in SYNTAX_RE.finditer(text):
            syntaxes.add(m.group(2).split("__")[0].lower())
        for m in LANG_RE.finditer(text):
            codes.add(m.group(1).lower())
            nm = m.group(2).lower()
            lnames.add(nm)
            for w in re.split(r"[\s,/()-]+", nm):
                if len(w) >= 3:
                    lnames.add(w)
    return {
        "source": brief_dir,
        "files": BRIEF_FILES,
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


def load_denylist():
    return json.load(open(os.path.join(HERE, "brief_names.json"), encoding="utf-8"))
