"""Shared helpers for corpus 197 (funfair / circus / street-food-market developers).

Python 3 standard library only; every random choice goes through a random.Random
instance handed in by the caller.
"""
import base64
import hashlib
import hmac
import json
import os
import re

PREFIX = "p197"
MARK = "@@SLOT@@"   # slot marker, never allowed in a final text

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
LOWALNUM = LOWER + DIGITS
UPALNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
UHEX = HEX.upper()
B64URL = ALNUM + "-_"
B64STD = ALNUM + "+/"
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CROCKFORD_CHECK = CROCKFORD + "*~$=U"

# words of the funfair / circus / street-food-market world for owner-chosen passwords
WORLD_WORDS = """carousel waltzer dodgems gallopers helterskelter ghosttrain hoopla coconutshy
candyfloss toffeeapple ringmaster trapeze juggler unicycle stiltwalker bigtop kingpole guyrope
tentpeg canvas sawdust sideshow midway showman chairoplane twister meteor cakewalk funhouse
mirrormaze tombola skittles generator hookup pitch frontage wagon caravan lorry trailer
wristband token kiosk griddle burrito churros falafel doughnut paella gazebo awning bunting
lantern foodtruck pretzel waffle crepe dumpling arancini ramen tacos permit clown acrobat
aerialist tightrope ringcurb chapiteau spotlight calliope barker roustabout showground
fairground bigwheel swingboat steamyacht speedway paratrooper orbiter rifle goldfish popcorn
brandysnap nougat fudge bratwurst halloumi gyoza tentpole rigging shackle ratchet bullwheel
seatwagon boxoffice""".split()

PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def owner_pw(rng, strict=False):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice("-_." if strict else "-_.+!~")
    return w + j + rs(rng, LOWALNUM, rng.randint(3, 5)) + rs(rng, DIGITS, 2)


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def uuid4(rng, upper=False):
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


def b64(b):
    return base64.b64encode(b).decode()


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64url_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt_hs(rng, alg, payload, header_extra=None):
    """Real HS256/384/512 JWT under a discarded random key."""
    hdr = {"alg": alg, "typ": "JWT"}
    if header_extra:
        hdr.update(header_extra)
    h = b64url_nopad(json.dumps(hdr, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    key = rbytes(rng, 48)
    sig = hmac.new(key, (h + "." + p).encode(), dig).digest()
    return h + "." + p + "." + b64url_nopad(sig)


def jwt_fake(rng, alg, payload, header_extra=None):
    """JWT with real JSON and random signature bytes of the right length."""
    hdr = {"alg": alg, "typ": "JWT"}
    if header_extra:
        hdr.update(header_extra)
    h = b64url_nopad(json.dumps(hdr, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    n = {"RS256": 256, "ES256": 64, "EdDSA": 64}[alg]
    return h + "." + p + "." + b64url_nopad(rbytes(rng, n))


SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "ES256": 64, "EdDSA": 64}


# ---------------------------------------------------------------- check digits
def fletcher16(data):
    s1 = s2 = 0
    for b in data:
        s1 = (s1 + b) % 255
        s2 = (s2 + s1) % 255
    return (s2 << 8) | s1


def crockford_check_symbol(body):
    n = 0
    for ch in body:
        n = n * 32 + CROCKFORD.index(ch)
    return CROCKFORD_CHECK[n % 37]


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


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


ISO7064_36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def mod37_36_check(body):
    """ISO/IEC 7064 MOD 37,36 (hybrid) check character."""
    m, r = 36, 36
    p = m
    for ch in body:
        s = (p % (m + 1)) + ISO7064_36.index(ch)
        s %= m
        if s == 0:
            s = m
        p = (s * 2) % (m + 1)
    return ISO7064_36[(m + 1 - p) % m]


def mod37_36_ok(code):
    return len(code) > 1 and mod37_36_check(code[:-1]) == code[-1]


MPAN_W = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]


def mpan_check(core12):
    return str(sum(int(c) * w for c, w in zip(core12, MPAN_W)) % 11 % 10)


VIN_VAL = {}
for _c, _v in zip("ABCDEFGH", range(1, 9)):
    VIN_VAL[_c] = _v
for _c, _v in zip("JKLMN", range(1, 6)):
    VIN_VAL[_c] = _v
VIN_VAL["P"] = 7
VIN_VAL["R"] = 9
for _c, _v in zip("STUVWXYZ", range(2, 10)):
    VIN_VAL[_c] = _v
for _d in DIGITS:
    VIN_VAL[_d] = int(_d)
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_ALPHA = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check(vin17):
    s = sum(VIN_VAL[c] * w for c, w in zip(vin17, VIN_W)) % 11
    return "X" if s == 10 else str(s)


def nmea_xor(body):
    x = 0
    for ch in body:
        x ^= ord(ch)
    return "%02X" % x


def nfc_bcc(uid7):
    bcc0 = 0x88 ^ uid7[0] ^ uid7[1] ^ uid7[2]
    bcc1 = uid7[3] ^ uid7[4] ^ uid7[5] ^ uid7[6]
    return bcc0, bcc1


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


def place(template, value):
    """template holds MARK exactly once; returns (text, start, end)."""
    if template.count(MARK) != 1:
        raise ValueError("slot marker count %d" % template.count(MARK))
    start = template.index(MARK)
    text = template.replace(MARK, value)
    return text, start, start + len(value)


class Registry:
    """Refuses repeats and any 6+ character substring relation with earlier strings."""

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
            v = fn()
            if self.ok(v):
                self.add(v)
                return v
        raise RuntimeError("registry could not draw a fresh value")


def positive(idn, typ, container, text, start, end, source):
    value = text[start:end]
    return {"id": idn, "type": typ, "container": container, "text": text,
            "secrets": [{"value": value, "start": start, "end": end, "type": typ}],
            "source": source}


# ---------------------------------------------------------------- deny-list
BRIEF_DIR = "/tmp/brief197"
BRIEF_FILES = ["README_hundredninetyfourth.md", "README_hundredninetyfifth.md"]


def extract_denylist(directory=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        t = open(os.path.join(directory, fn), encoding="utf-8").read()
        cands = set()
        for m in re.findall(r"`([^`\n]+)`", t):
            cands.add(m.strip().lower())
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+\b", t):
            cands.add(m.lower())
        for c in cands:
            if not c:
                continue
            names.add(c)
            for part in c.split("__"):
                if part:
                    names.add(part)
        for c in list(names):
            m = re.match(r"^[a-z]+pw_([a-z0-9_]+)$", c)
            if m:
                syntaxes.add(m.group(1))
        for code, lname in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            codes.add(code.lower())
            lnames.add(lname.lower())
            for w in re.split(r"[\s\-]+", lname.lower()):
                if w:
                    lnames.add(w)
    return {"source": directory, "files": BRIEF_FILES,
            "names": sorted(names), "syntaxes": sorted(syntaxes),
            "language_codes": sorted(codes), "language_names": sorted(lnames)}


def deny_hits(name, deny_names):
    hits = []
    low = name.lower()
    parts = [low] + [p for p in low.split("__") if p]
    for p in parts:
        if p in deny_names:
            hits.append(p)
    return hits
