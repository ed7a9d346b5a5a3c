"""Shared helpers for corpus p245 (chocolatiers). Standard library only."""
import base64
import hashlib
import hmac
import json
import os
import re
import uuid

PREFIX = "p245"
BRIEF_DIR = "/tmp/brief245"
BRIEF_FILES = ["README_twohundredfortysecond.md", "README_twohundredfortythird.md"]

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
ALNUM = DIGITS + UPPER + LOWER            # base62
LALNUM = LOWER + DIGITS
UALNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
UHEX = HEX.upper()
B64URL = UPPER + LOWER + DIGITS + "-_"
B64STD = UPPER + LOWER + DIGITS + "+/"
LETTERS = UPPER + LOWER

# words of the chocolatier's world (letters only) used for owner-chosen passwords
WORLD_WORDS = """
praline ganache truffle cacao cocoa couverture gianduja nougat fondant caramel toffee
fudge marzipan bonbon temper conche enrober mould nib criollo forastero trinitario
bloom snap gloss callets ruby blondie mendiant rocher florentine orangette dragee
pistole feuilletine cocoabutter hazelnut almond pecan praliné vanilla tonka cardamom
espresso raspberry passion yuzu seasalt dulce mocha moka cherry kirsch cognac rum
brandy brittle nougatine macaron bouchee palet ballotin ribbon foil crunch cluster
marshmallow rocky honeycomb licorice peppermint mint chili cinnamon ginger orange
lemon fig date apricot
""".split()
WORLD_WORDS = [w for w in WORLD_WORDS if re.fullmatch(r"[a-z]+", w)]
WORLD_WORDS = sorted(set(WORLD_WORDS))

JOINERS_ALL = "-_.+!~"
JOINERS_STRICT = "-_."
PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
PW_FORM_IN_TEXT = re.compile(
    r"(?<![A-Za-z])(?:%s)[-_.+!~][a-z0-9]{3,5}[0-9]{2}(?![A-Za-z0-9])"
    % "|".join(sorted(WORLD_WORDS + [w.capitalize() for w in WORLD_WORDS], key=len, reverse=True)))


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def password(rng, strict=False):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice(JOINERS_STRICT if strict else JOINERS_ALL)
    tail = rs(rng, LALNUM, rng.randint(3, 5)) + rs(rng, DIGITS, 2)
    return w + j + tail


def uuid4(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt_hs(rng, alg, payload, header_extra=None):
    hdr = {"alg": alg, "typ": "JWT"}
    if header_extra:
        hdr.update(header_extra)
    h = b64u(json.dumps(hdr, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    key = bytes(rng.getrandbits(8) for _ in range(32))
    dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    sig = hmac.new(key, (h + "." + p).encode(), dig).digest()
    return h + "." + p + "." + b64u(sig)


def jwt_rs_shape(rng, payload, kid=None):
    hdr = {"alg": "RS256", "typ": "JWT"}
    if kid:
        hdr["kid"] = kid
    h = b64u(json.dumps(hdr, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64u(bytes(rng.getrandbits(8) for _ in range(256)))


JWT_LIKE = re.compile(r"eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{10,}")
SIGLEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256}


def jwt_valid(tok):
    try:
        h, p, s = tok.split(".")
        pad = lambda x: x + "=" * (-len(x) % 4)
        hd = json.loads(base64.urlsafe_b64decode(pad(h)))
        json.loads(base64.urlsafe_b64decode(pad(p)))
        sig = base64.urlsafe_b64decode(pad(s))
        return SIGLEN.get(hd.get("alg")) == len(sig)
    except Exception:
        return False


UUID_LIKE = re.compile(r"(?i)(?<![0-9a-f])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f])")


def uuid_is_v4(s):
    u = uuid.UUID(s)
    return u.version == 4 and u.variant == uuid.RFC_4122


# ---------- check digits ----------
def luhn_digit(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


assert luhn_digit("7992739871") == "3"

DAMM = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2], [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9], [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8], [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4], [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5], [2, 5, 8, 1, 4, 3, 6, 7, 9, 0]]


def damm_digit(num):
    i = 0
    for ch in num:
        i = DAMM[i][int(ch)]
    return str(i)


assert damm_digit("572") == "4"  # Wikipedia example


def adler32_hex(s):
    a, b = 1, 0
    for ch in s.encode():
        a = (a + ch) % 65521
        b = (b + a) % 65521
    return "%08x" % ((b << 16) | a)


assert adler32_hex("Wikipedia") == "11e60398"


def gs1_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        s += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - s % 10) % 10)


assert gs1_digit("400638133393") == "1"


def iban_check(country, bban):
    t = bban + country + "00"
    n = "".join(str(int(c, 36)) for c in t)
    return "%02d" % (98 - int(n) % 97)


assert iban_check("GB", "WEST12345698765432") == "82"


def s10_digit(serial8):
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    s = sum(int(c) * k for c, k in zip(serial8, w))
    c = 11 - s % 11
    return "5" if c == 11 else ("0" if c == 10 else str(c))


assert s10_digit("47312482") == "9"  # UPU S10 example RR473124829GB


# ---------- registry ----------
class Registry:
    """Refuses repeats and any (6+ chars) substring relation with an earlier string."""

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

    def draw(self, fn, tries=200):
        for _ in range(tries):
            v = fn()
            if self.add(v):
                return v
        raise RuntimeError("registry could not draw a fresh value")


# ---------- key styles ----------
def key(words, style):
    ws = [w.lower() for w in words]
    if style == "upper":
        return "_".join(w.upper() for w in ws)
    if style == "snake":
        return "_".join(ws)
    if style == "camel":
        return ws[0] + "".join(w.capitalize() for w in ws[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in ws)
    if style == "dot":
        return ".".join(ws)
    if style == "kebab":
        return "-".join(ws)
    if style == "spaced":
        return " ".join(ws)
    if style == "title":
        return " ".join(w.capitalize() for w in ws)
    raise ValueError(style)


def fill(tpl, value, **kw):
    """Fill @@X@@ placeholders; return (text, start, end) of @@V@@."""
    t = tpl
    for k, v in kw.items():
        t = t.replace("@@%s@@" % k, v)
    if t.count("@@V@@") != 1:
        raise ValueError("template needs exactly one @@V@@: " + tpl[:60])
    start = t.index("@@V@@")
    t = t.replace("@@V@@", value)
    if "@@" in t:
        raise ValueError("unfilled placeholder in " + t[:80])
    return t, start, start + len(value)


# ---------- deny-list ----------
def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as f:
            txt = f.read()
        for m in re.findall(r"`([^`\n]+)`", txt):
            n = m.strip().lower()
            if n:
                names.add(n)
                for part in n.split("__"):
                    if part:
                        names.add(part)
        for m in re.findall(r"(?<![A-Za-z0-9_])[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+", txt):
            n = m.lower()
            names.add(n)
            for part in n.split("__"):
                if part:
                    names.add(part)
        for m in re.findall(r"`([a-z]+pw_[a-z0-9_]+)`", txt):
            syntaxes.add(re.sub(r"^[a-z]+pw_", "", m.split("__")[0]))
        for c, nm in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", txt):
            codes.add(c)
            lnames.add(nm.lower())
            for w in re.split(r"[\s\-]+", nm.lower()):
                if w:
                    lnames.add(w)
    return {
        "source": brief_dir,
        "files": BRIEF_FILES,
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


def dumps_jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
