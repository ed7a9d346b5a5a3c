"""Shared helpers for corpus p221 (beekeepers): registry, alphabets, case styles,
password maker, structured-value helpers and the deny-list extractor.
Python 3 standard library only; no clock, no network."""
import base64
import hashlib
import hmac
import json
import os
import re
import string
import zlib

PREFIX = "p221"
BRIEF_DIR = "/tmp/brief221"
BRIEF_FILES = ["README_twohundredeighteenth.md", "README_twohundrednineteenth.md"]

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = LOWER + UPPER + DIGITS
LOWALNUM = LOWER + DIGITS
UPALNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
B64URL = ALNUM + "-_"
B64STD = UPPER + LOWER + DIGITS + "+/"

# words of the beekeeping world used for owner-chosen passwords (letters only)
BEE_WORDS = """apiary hive honey comb brood queen drone worker nectar pollen propolis beeswax
smoker veil frame super nucleus swarm colony varroa heather clover acacia borage lavender
linden manuka skep langstroth dadant warre extractor uncapping queenright excluder feeder
fondant syrup forage waggle bumble carniolan buckfast meadow orchard hexagon cappings mead
creamed granulated bottling settling strainer refractometer hivetool crownboard roof floor
brace burrcomb eke spacer castellation wiring foundation sheet cell larva pupa royaljelly
nurse guard forager scout entrance landing porch robbing wasp hornet nosema chalkbrood
foulbrood apistan oxalic thymol sugarroll alcoholwash drone comb queencup supersedure
emergency cutout baitbox lure lemongrass swarmtrap apiarist beekeeper beefarm honeyhouse
jar label lid ricotta heathery rapeseed borage bramble sycamore willowherb ivy lime chestnut
dandelion blossom sunflower phacelia sainfoin buckwheat goldenrod""".split()
BEE_WORDS = sorted(set(w for w in BEE_WORDS if w.isalpha() and w.islower()))
JOINERS = "-_.+!~"
STRICT_JOINERS = "-_."

PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
STRICT_PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
STRICT_PW_FIND = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}(?![A-Za-z0-9])")
PW_FORM_ALLOW = ["ssh-ed25519"]  # public strings that happen to have the password form


def pw_form_in(text):
    for a in PW_FORM_ALLOW:
        text = text.replace(a, " ")
    return STRICT_PW_FIND.search(text)


UUID_FIND = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
JWT_FIND = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


class Registry:
    """Refuses repeats and any 6+ char substring relation with an earlier string."""

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


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def password(rng, strict=False):
    w = rng.choice(BEE_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice(STRICT_JOINERS if strict else JOINERS)
    mid = rs(rng, LOWALNUM, rng.randint(3, 5))
    return w + j + mid + rs(rng, DIGITS, 2)


def uuid4(rng, upper=False):
    b = bytearray(rng.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = "%s-%s-%s-%s-%s" % (h[0:8], h[8:12], h[12:16], h[16:20], h[20:32])
    return s.upper() if upper else s


def is_uuid4(s):
    s = s.lower()
    return s[14] == "4" and s[19] in "89ab"


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt(rng, header, payload, alg_bytes=None):
    """Real HMAC JWT when header alg is HSxxx (key discarded); random signature otherwise."""
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    alg = header["alg"]
    if alg.startswith("HS"):
        digest = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
        sig = hmac.new(rbytes(rng, 48), (h + "." + p).encode(), digest).digest()
    else:
        sig = rbytes(rng, alg_bytes or {"RS256": 256, "ES256": 64}[alg])
    return h + "." + p + "." + b64u(sig)


JWT_SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "ES256": 64, "EdDSA": 64}


def jwt_ok(tok):
    try:
        h, p, s = tok.split(".")
        hd = json.loads(b64u_dec(h))
        json.loads(b64u_dec(p))
        return len(b64u_dec(s)) == JWT_SIG_LEN.get(hd.get("alg"), -1)
    except Exception:
        return False


# ---- check-digit helpers -------------------------------------------------
DAMM = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2], [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9], [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8], [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4], [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5], [2, 5, 8, 1, 4, 3, 6, 7, 9, 0]]


def damm_digit(digits):
    i = 0
    for c in digits:
        i = DAMM[i][int(c)]
    return str(i)


def crc32_hex(s):
    return "%08x" % (zlib.crc32(s.encode()) & 0xFFFFFFFF)


def gs1_check(body):
    """GS1 mod-10 check digit for a digit string (weights 3,1 from the right)."""
    tot = 0
    for i, c in enumerate(reversed(body)):
        tot += int(c) * (3 if i % 2 == 0 else 1)
    return str((10 - tot % 10) % 10)


def isbn13_check(body12):
    return gs1_check(body12)


def issn_check(body7):
    tot = sum(int(c) * w for c, w in zip(body7, range(8, 1, -1)))
    r = (11 - tot % 11) % 11
    return "X" if r == 10 else str(r)


# ---- case styles ---------------------------------------------------------
def style_key(words, style):
    if style == "upper":
        return "_".join(w.upper() for w in words)
    if style == "snake":
        return "_".join(w.lower() for w in words)
    if style == "camel":
        return words[0].lower() + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "kebab":
        return "-".join(w.lower() for w in words)
    if style == "dot":
        return ".".join(w.lower() for w in words)
    if style == "spaced":
        return " ".join(w.lower() for w in words)
    if style == "title":
        return " ".join(w.capitalize() for w in words)
    raise ValueError(style)


# ---- deny-list -------------------------------------------------------------
BACKTICK = re.compile(r"`([^`\n]+)`")
SNAKE = re.compile(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b")
LANG_PAIR = re.compile(r"`([a-z]{2,3})` \(([^)]+)\)")
SYNTAX_PREFIX = re.compile(r"^[a-z]+pw_(.+)$")


def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as f:
            text = f.read()
        cands = [m.group(1).strip().lower() for m in BACKTICK.finditer(text)]
        cands += [m.group(0).lower() for m in SNAKE.finditer(text)]
        for c in cands:
            if not c:
                continue
            names.add(c)
            for part in c.split("__"):
                if part:
                    names.add(part)
                    m = SYNTAX_PREFIX.match(part)
                    if m:
                        syntaxes.add(m.group(1))
        for m in LANG_PAIR.finditer(text):
            codes.add(m.group(1).lower())
            nm = m.group(2).strip().lower()
            lnames.add(nm)
            for w in re.split(r"[\s,;/-]+", nm):
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


def deny_hits(name, deny):
    """Return the parts of name (whole, and each __ part) that are deny-listed."""
    names = set(deny["names"])
    n = name.lower()
    parts = [n] + [p for p in n.split("__") if p]
    return [p for p in parts if p in names]
