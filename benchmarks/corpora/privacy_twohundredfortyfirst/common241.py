"""Shared helpers for corpus p241 (cheesemakers). Standard library only."""
import base64
import hashlib
import hmac
import json
import os
import re
import string

PREFIX = "p241"
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = LOWER + UPPER + DIGITS
LOWALNUM = LOWER + DIGITS
UPALNUM = UPPER + DIGITS
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64STD = UPPER + LOWER + DIGITS + "+/"
B64URL = UPPER + LOWER + DIGITS + "-_"
BASE32 = UPPER + "234567"

# Words of the cheesemaking / dairy world used for owner-chosen passwords (letters only).
WORLD_WORDS = """
abondance affineur appenzeller asiago ayrshire bleu boerenkaas brie brine brunost
burrata butter buttermilk caciocavallo caerphilly camembert cantal casein cave
cheddar cheshire churn clover comte cottage cream creamery culture curd dairy edam
emmental epoisses feta fontina formaggio friesian fromage gjetost gloucester gorgonzola
gouda gruyere guernsey halloumi harp havarti heifer holstein hoop idiazabal jarlsberg
jersey kaas kefir lactose lancashire leerdammer limburger mahon manchego mascarpone
meadow mimolette milk mould mozzarella munster ossau paneer parlour parmesan pasture
pecorino press provolone quark queso raclette reblochon rennet ricotta rind robiola
roquefort salers scamorza shorthorn silage skyr stilton stracchino taleggio tilsit tomme
truckle vacherin vat wensleydale whey wheel yogurt ladle cheesecloth pail truffle
""".split()

PW_JOINERS_WIDE = "-_.+!~"
PW_JOINERS_NARROW = "-_."

PW_RE_WIDE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_RE_NARROW = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
# a world word + joiner + tail anywhere in a text (used to keep negatives clean)
PW_ANYWHERE = re.compile(
    r"(?i)(?<![A-Za-z])(?:" + "|".join(sorted(WORLD_WORDS, key=len, reverse=True)) +
    r")[-_.+!~][a-z0-9]{3,5}[0-9]{2}(?![A-Za-z0-9])")


class Registry:
    """Hands out strings, refusing repeats and substring relations (6+ chars)."""

    def __init__(self):
        self.items = []
        self.set = set()

    def clash(self, s):
        if s in self.set:
            return True
        if len(s) >= 6:
            for t in self.items:
                if len(t) >= 6 and (s in t or t in s):
                    return True
        return False

    def add(self, s):
        if self.clash(s):
            return False
        self.items.append(s)
        self.set.add(s)
        return True

    def draw(self, fn, *a, **k):
        for _ in range(500):
            s = fn(*a, **k)
            if self.add(s):
                return s
        raise RuntimeError("registry could not draw a fresh value")


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def password(rng, narrow=False):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice(PW_JOINERS_NARROW if narrow else PW_JOINERS_WIDE)
    tail = rs(rng, LOWALNUM, rng.randint(3, 5)) + rs(rng, DIGITS, 2)
    return w + j + tail


def uuid4(rng, upper=False):
    b = bytearray(rng.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64s(b):
    return base64.b64encode(b).decode()


def jwt(rng, alg, payload, sig_len=None):
    header = {"alg": alg, "typ": "JWT"}
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    msg = (h + "." + p).encode()
    if alg.startswith("HS"):
        dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
        sig = hmac.new(rbytes(rng, 32), msg, dig).digest()
    else:
        sig = rbytes(rng, sig_len or JWT_SIG_BYTES[alg])
    return h + "." + p + "." + b64u(sig)


JWT_SIG_BYTES = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "ES256": 64, "EdDSA": 64}

# ---------- check digits / checksums ----------
_DAMM = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2], [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9], [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8], [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4], [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5], [2, 5, 8, 1, 4, 3, 6, 7, 9, 0]]


def damm(digits):
    i = 0
    for c in digits:
        i = _DAMM[i][int(c)]
    return str(i)


def luhn_digit(digits):
    s = 0
    for k, c in enumerate(reversed(digits)):
        d = int(c)
        if k % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def gs1_digit(digits):
    s = 0
    for k, c in enumerate(reversed(digits)):
        s += int(c) * (3 if k % 2 == 0 else 1)
    return str((10 - s % 10) % 10)


def crc16_ccitt_false(data):
    crc = 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


assert crc16_ccitt_false(b"123456789") == 0x29B1
assert damm("572") == "4"


def iban(rng, country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    check = 98 - int(num) % 97
    return "%s%02d%s" % (country, check, bban)


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


# ---------- key names in a container's case style ----------
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


def fill(tpl, value, **kw):
    """Fill a template containing {V} once (other {NAME} slots by plain replace)."""
    for k, v in kw.items():
        tpl = tpl.replace("{" + k + "}", v)
    assert tpl.count("{V}") == 1, tpl
    a, b = tpl.split("{V}")
    return a + value + b, len(a)


# ---------- deny-list extraction from the two earlier READMEs ----------
BRIEF_DIR = "/tmp/brief241"
BRIEF_FILES = ["README_twohundredthirtysixth.md", "README_twohundredthirtyeighth.md"]


def extract_denylist(d=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        t = open(os.path.join(d, fn), encoding="utf-8").read()
        toks = []
        for m in re.findall(r"`([^`\n]+)`", t):
            toks.append(m.strip().lower())
        for m in re.findall(r"[A-Za-z0-9]+(?:_{1,2}[A-Za-z0-9]+)+", t):
            toks.append(m.lower())
        for tok in toks:
            if not tok:
                continue
            names.add(tok)
            for part in tok.split("__"):
                if part:
                    names.add(part)
        for tok in list(names):
            m = re.match(r"^[a-z]+pw_([a-z0-9_]+)$", tok)
            if m:
                syntaxes.add(m.group(1))
        for code, name in re.findall(r"`([a-z]{3})` \(([A-Z][^()]{1,40})\)", t):
            codes.add(code)
            lnames.add(name.lower())
            for w in re.split(r"[\s\-]+", name.lower()):
                if w:
                    lnames.add(w)
    return {
        "source": d,
        "files": BRIEF_FILES,
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


def load_denylist(here):
    with open(os.path.join(here, "brief_names.json"), encoding="utf-8") as f:
        return json.load(f)


def denied(name, dl, strip_prefix=None):
    """Return the clashing part if name (or a __ part) is deny-listed."""
    bad = set(dl["names"]) | set(dl["syntaxes"])
    n = name.lower()
    parts = [n] + [p for p in n.split("__") if p]
    if strip_prefix and n.startswith(strip_prefix):
        parts.append(n[len(strip_prefix):])
    for p in parts:
        if p in bad:
            return p
    return None
