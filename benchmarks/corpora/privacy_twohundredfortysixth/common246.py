"""Shared helpers for corpus p246 (mushroom growers). Standard library only."""
import base64
import hashlib
import hmac
import json
import os
import re
import string
import zlib

PREFIX = "p246"
BRIEF_DIR = "/tmp/brief246"
BRIEF_FILES = ["README_twohundredfortythird.md", "README_twohundredfortyfourth.md"]
MARK = "\u27e6V\u27e7"          # placement marker for the value
KMARK = "\u27e6K\u27e7"         # placement marker for the key name

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = LOWER + UPPER + DIGITS
B62 = DIGITS + UPPER + LOWER
HEX = "0123456789abcdef"
UHEX = HEX.upper()
B64URL = UPPER + LOWER + DIGITS + "-_"
B64STD = UPPER + LOWER + DIGITS + "+/"
LALNUM = LOWER + DIGITS
UALNUM = UPPER + DIGITS

# ---------------------------------------------------------------- world words
WORLD_WORDS = sorted(set("""
agaric agar amanita annulus autoclave basidia beech birch blewit bolete bracket
button cap casing cep chaga chanterelle chestnut clamp cobweb compost cordyceps
cremini culture dowel enoki fairyring flowhood flush fogger forager fruiting
funnel gill grain hedgehog hericium honey humidor hypha inkcap inoculum kingoyster
lamella lionsmane liquid log maitake mazegill millet misting morel mycelium
mycology nameko oyster parasol petri pinhead pinning pioppino plug porcini
portobello primordia puffball reishi rhizomorph rye sawdust sclerotia shaggy
shelf shiitake shimeji slurry spawn spore sporeprint stipe straw substrate
sulphur tinder trumpet truffle turkeytail veil volva winecap woodear woodchip
""".split()))
assert all(w.isalpha() and w.islower() for w in WORLD_WORDS)

PW_JOINERS_EVERYDAY = "-_.+!~"
PW_JOINERS_STRICT = "-_."
PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
PW_FORM_IN_TEXT = re.compile(
    r"(?<![A-Za-z0-9])(?:%s)[-_.+!~][a-z0-9]{3,5}[0-9]{2}(?![A-Za-z0-9])"
    % "|".join(sorted(WORLD_WORDS, key=len, reverse=True)), re.I)


def owner_password(rng, strict=False):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice(PW_JOINERS_STRICT if strict else PW_JOINERS_EVERYDAY)
    tail = "".join(rng.choice(LALNUM) for _ in range(rng.randint(3, 5)))
    return w + j + tail + "%02d" % rng.randint(0, 99)


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def uuid4(rng, upper=False):
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64url_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def make_jwt(rng, alg, payload):
    header = {"alg": alg, "typ": "JWT"}
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    signing = (h + "." + p).encode()
    if alg.startswith("HS"):
        dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
        key = rbytes(rng, 48)           # discarded
        sig = hmac.new(key, signing, dig).digest()
    elif alg == "EdDSA":
        sig = rbytes(rng, 64)
    elif alg == "ES256":
        sig = rbytes(rng, 64)
    else:
        sig = rbytes(rng, 256)
    return h + "." + p + "." + b64url_nopad(sig)


JWT_SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64, "EdDSA": 64, "ES256": 64, "RS256": 256}
JWT_SHAPE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
UUID_SHAPE = re.compile(r"(?<![0-9A-Fa-f-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f-])")


def jwt_valid(tok):
    try:
        h, p, s = tok.split(".")
        hd = json.loads(b64url_decode(h))
        json.loads(b64url_decode(p))
        sig = b64url_decode(s)
        return JWT_SIG_LEN.get(hd.get("alg")) == len(sig)
    except Exception:
        return False


def uuid_is_v4(u):
    u = u.lower()
    return u[14] == "4" and u[19] in "89ab"


# ---------------------------------------------------------------- check algorithms
_DAMM = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2], [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9], [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8], [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4], [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5], [2, 5, 8, 1, 4, 3, 6, 7, 9, 0]]


def damm_digit(digits):
    i = 0
    for ch in digits:
        i = _DAMM[i][int(ch)]
    return str(i)


assert damm_digit("572") == "4"          # textbook example 572 -> 5724
assert damm_digit("5724") == "0"


def crc16_ccitt_false(data):
    crc = 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


assert crc16_ccitt_false(b"123456789") == 0x29B1   # published check value

LUHN36 = DIGITS + UPPER


def luhn_mod_n_char(s, alphabet=LUHN36):
    n = len(alphabet)
    factor = 2
    total = 0
    for ch in reversed(s):
        a = factor * alphabet.index(ch)
        factor = 1 if factor == 2 else 2
        total += a // n + a % n
    return alphabet[(n - total % n) % n]


def luhn_mod_n_valid(s, alphabet=LUHN36):
    n = len(alphabet)
    factor = 1
    total = 0
    for ch in reversed(s):
        a = factor * alphabet.index(ch)
        factor = 1 if factor == 2 else 2
        total += a // n + a % n
    return total % n == 0


# Luhn mod N with N = 10 must reproduce the plain Luhn digit (79927398713)
assert luhn_mod_n_char("7992739871", DIGITS) == "3"


def luhn_digit(s):
    return luhn_mod_n_char(s, DIGITS)


def gs1_check(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        tot += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - tot % 10) % 10)


assert gs1_check("400638133393") == "1"      # GTIN-13 4006381333931


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


assert iban_check("GB", "WEST12345698765432") == "82"   # GB82 WEST 1234 5698 7654 32


# ---------------------------------------------------------------- key styles
def style_key(words, style):
    ws = [w.lower() for w in words]
    if style == "upper":
        return "_".join(w.upper() for w in ws)
    if style == "snake":
        return "_".join(ws)
    if style == "camel":
        return ws[0] + "".join(w.capitalize() for w in ws[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in ws)
    if style == "kebab":
        return "-".join(ws)
    if style == "dot":
        return ".".join(ws)
    if style == "spaced":
        return " ".join(ws)
    if style == "title":
        return " ".join(w.capitalize() for w in ws)
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
        for t in self.items:
            if len(s) >= 6 and len(t) >= 6 and (s in t or t in s):
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


def place(template, value, key=None):
    """Replace the key marker, then the single value marker; return text and span."""
    t = template
    if key is not None:
        t = t.replace(KMARK, key)
    if t.count(MARK) != 1:
        raise ValueError("template must hold exactly one value marker: %r" % template[:80])
    start = t.index(MARK)
    text = t[:start] + value + t[start + len(MARK):]
    return text, start, start + len(value)


def positive(rid, typ, container, text, start, end, source):
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [{"value": text[start:end], "start": start, "end": end, "type": typ}],
            "source": source}


# ---------------------------------------------------------------- deny-list
SNAKE = re.compile(r"(?<![A-Za-z0-9_])[A-Za-z][A-Za-z0-9]*(?:_{1,2}[A-Za-z0-9]+)+(?![A-Za-z0-9_])")
BACKTICK = re.compile(r"`([^`\n]+)`")
LANGPAIR = re.compile(r"`([a-z]{2,3})` \(([A-Z][^)]{1,40})\)")
PWPREFIX = re.compile(r"^[a-z]+pw_")


def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    files = []
    for fn in BRIEF_FILES:
        path = os.path.join(brief_dir, fn)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        files.append(fn)
        found = [m.strip().lower() for m in BACKTICK.findall(text)]
        found += [m.lower() for m in SNAKE.findall(text)]
        for n in found:
            if not n:
                continue
            names.add(n)
            for part in n.split("__"):
                if part:
                    names.add(part)
        for m in BACKTICK.findall(text):
            m = m.strip().lower()
            if PWPREFIX.match(m):
                syntaxes.add(PWPREFIX.sub("", m))
        for code, name in LANGPAIR.findall(text):
            codes.add(code.lower())
            lnames.add(name.lower())
            for w in re.split(r"[\s\-/]+", name.lower()):
                if w:
                    lnames.add(w)
    return {"source": brief_dir, "files": files, "names": sorted(names),
            "syntaxes": sorted(syntaxes), "language_codes": sorted(codes),
            "language_names": sorted(lnames)}


def deny_hits(name, deny, extra=()):
    """Return the deny-listed parts of a name (whole name and every '__' part)."""
    pool = set(deny["names"]) | set(extra)
    low = name.lower()
    hits = []
    if low in pool:
        hits.append(low)
    for part in low.split("__"):
        if part and part in pool and part not in hits:
            hits.append(part)
    return hits


def dumps_jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
