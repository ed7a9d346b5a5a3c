"""Shared helpers for corpus p243 (sheep farmers and wool mills).

Standard library only. No clock, no network. All randomness comes from
random.Random instances created by the callers with fixed seeds.
"""
import base64
import hashlib
import hmac
import json
import os
import re
import string
import zlib

PREFIX = "p243"
MARK = "\u0000"          # placement marker, replaced by the value

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
DJANGO_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"

# Words of this world for owner-chosen passwords (letters only, lower case).
WORDS = """
merino corriedale romney suffolk texel dorper shetland herdwick swaledale cheviot
lincoln leicester wensleydale jacob polwarth perendale coopworth drysdale bluefaced
ewe ram lamb hogget wether tup fleece shearer crutching dagging lanolin scour
carding combing worsted woollen roving sliver skein hank yarn aran chunky fingering
mohair alpaca angora cashmere tweed tartan felt spindle distaff niddy loom heddle
shuttle warp weft selvedge bobbin crook collie kelpie paddock pasture tussock heather
moorland fell drover shepherd flock muster drench raddle lambing tailing staple micron
crimp bale classer woolshed handpiece comb cutter gansey guernsey fairisle intarsia
cable purl stitch needle gauge indigo madder cochineal woad lichen fulling teasel
mule jenny twister noil tops greasy yolk skirting tally sheepdog fold hurdle
""".split()

CAP_P = 0.4


def word(rng):
    return rng.choice(WORDS)


def owner_password(rng, joiners="-_.+!~"):
    w = word(rng)
    if rng.random() < CAP_P:
        w = w.capitalize()
    j = rng.choice(joiners)
    tail = "".join(rng.choice(LOWER_ALNUM) for _ in range(rng.randint(3, 5)))
    return w + j + tail + "".join(rng.choice(DIGITS) for _ in range(2))


PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
# a world word + joiner + tail anywhere (used to keep negatives clean)
PW_ANY_RE = re.compile(r"(?<![A-Za-z0-9])(?:%s)[-_.+!~][a-z0-9]{3,5}[0-9]{2}(?![A-Za-z0-9])"
                       % "|".join(sorted(set(WORDS) | {w.capitalize() for w in WORDS}, key=len, reverse=True)))


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid4(rng):
    b = bytearray(rng.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = bytes(b).hex()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64(data):
    return base64.b64encode(data).decode()


def b64url_nopad(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def b64url_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


# ---------------------------------------------------------------- check digits
VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(VERHOEFF_INV[c])


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VERHOEFF_D[c][VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


assert verhoeff_digit("236") == "3" and verhoeff_ok("2363") and not verhoeff_ok("2364")

MOD3736_ALPHA = DIGITS + UPPER


def mod3736_char(body):
    m = 36
    p = m
    for ch in body:
        s = (p + MOD3736_ALPHA.index(ch)) % m
        if s == 0:
            s = m
        p = (s * 2) % (m + 1)
    return MOD3736_ALPHA[(m + 1 - p) % m]


def mod3736_ok(code):
    m = 36
    p = m
    s = 0
    for ch in code:
        s = (p + MOD3736_ALPHA.index(ch)) % m
        if s == 0:
            s = m
        p = (s * 2) % (m + 1)
    return s == 1


# Published GRid example (ISO 7064 MOD 37,36): A1-2425G-ABC1234002-M
assert mod3736_char("A12425GABC1234002") == "M" and mod3736_ok("A12425GABC1234002M")

assert zlib.crc32(b"123456789") == 0xCBF43926


def crc32_hex(s):
    return "%08x" % zlib.crc32(s.encode())


def gs1_check(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        tot += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - tot % 10) % 10)


assert gs1_check("400638133393") == "1"   # EAN-13 4006381333931


def mod97_iban(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    r = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


assert iban_ok("GB82WEST12345698765432")


def luhn_digit(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


assert luhn_digit("7992739871") == "3"


def jwt_hs(header, payload, key, alg="HS512"):
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    sig = hmac.new(key, (h + "." + p).encode(), dig).digest()
    return h + "." + p + "." + b64url_nopad(sig)


JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
UUID_RE = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")


def jwt_valid(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        h = json.loads(b64url_decode(parts[0]))
        json.loads(b64url_decode(parts[1]))
    except Exception:
        return False
    alg = h.get("alg")
    siglen = {"HS256": 43, "HS384": 64, "HS512": 86, "EdDSA": 86, "RS256": 342}.get(alg)
    return siglen is not None and len(parts[2]) == siglen


def uuid_is_v4(u):
    return u[14] == "4" and u[19].lower() in "89ab"


# ---------------------------------------------------------------- key styles
def style_key(words, style):
    words = [w.lower() for w in words]
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
        self.seen = set()

    def ok(self, s):
        if s in self.seen:
            return False
        for t in self.items:
            if len(s) >= 6 and s in t:
                return False
            if len(t) >= 6 and t in s:
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


def place(template, value):
    """template holds exactly one MARK; returns (text, start, end)."""
    assert template.count(MARK) == 1, template
    start = template.index(MARK)
    text = template.replace(MARK, value)
    return text, start, start + len(value)


def span_record(rid, typ, container, template, value, source):
    text, s, e = place(template, value)
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [{"value": value, "start": s, "end": e, "type": typ}],
            "source": source}


# ---------------------------------------------------------------- deny-list
BRIEF_DIR = "/tmp/brief243"
BRIEF_FILES = ["README_twohundredfortieth.md", "README_twohundredfortyfirst.md"]


def extract_denylist(dirpath=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()

    def add(s):
        s = s.strip().lower()
        if not s:
            return
        names.add(s)
        for p in s.split("__"):
            if p:
                names.add(p)

    for fn in BRIEF_FILES:
        with open(os.path.join(dirpath, fn), encoding="utf-8") as fh:
            t = fh.read()
        for m in re.finditer(r"`([^`\n]+)`", t):
            add(m.group(1))
        for m in re.finditer(r"(?<![A-Za-z0-9_])[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+(?![A-Za-z0-9_])", t):
            add(m.group(0))
        for m in re.finditer(r"`([a-z]{2,3})` \(([^)`]+)\)", t):
            codes.add(m.group(1).lower())
            nm = m.group(2).strip().lower()
            lnames.add(nm)
            for w in re.split(r"[\s/,]+", nm):
                if len(w) >= 3:
                    lnames.add(w)
    for n in list(names):
        m = re.match(r"^[a-z]+pw_(.+)$", n)
        if m:
            syntaxes.add(m.group(1))
    return {"source": dirpath, "files": BRIEF_FILES,
            "names": sorted(names), "syntaxes": sorted(syntaxes),
            "language_codes": sorted(codes), "language_names": sorted(lnames)}


def deny_hits(name, deny):
    """Return the parts of name (whole or split at __) found in the deny-list."""
    allnames = deny["_nameset"]
    low = name.lower()
    hits = []
    for p in [low] + [x for x in low.split("__") if x]:
        if p in allnames:
            hits.append(p)
    return hits


def prepare_deny(deny):
    deny["_nameset"] = set(deny["names"]) | set(deny["syntaxes"])
    return deny
