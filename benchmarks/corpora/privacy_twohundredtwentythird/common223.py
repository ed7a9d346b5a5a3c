# -*- coding: utf-8 -*-
"""Shared helpers for the p223 corpus (ice rinks, curling clubs, figure-skating coaches).

Python 3 standard library only; every random choice goes through a seeded random.Random.
"""
import base64
import hashlib
import hmac
import json
import os
import re
import string

PREFIX = "p223"
PWPREFIX = "rnkpw_"
BRIEF_DIR = "/tmp/brief223"
BRIEF_FILES = ["README_twohundredeighteenth.md", "README_twohundredtwentieth.md"]

SEED_EVERYDAY = 22301
SEED_PAIRING = 22311
SEED_VENDOR = 22302
SEED_POSITIONAL = 22303
SEED_PROSE = 22304
SEED_EVASION = 22305
SEED_NEGATIVE = 22306

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
AN = UPPER + LOWER + DIGITS           # base62
LAN = LOWER + DIGITS
UAN = UPPER + DIGITS
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
B64U = AN + "-_"
B64 = AN + "+/"
LETTERS = UPPER + LOWER
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

# Words of this world (letters only) used for owner-chosen passwords.
WORLD_WORDS = """
zamboni resurfacer curling bonspiel hogline teeline backline button hammer sweeper pebble takeout
guard freeze sheet hack broom axel lutz salchow toeloop camel layback biellmann spiral twizzle
mohawk choctaw crossover rocker bracket counter crosscut sitspin footwork choreo kisscry judge
referee dasher puck faceoff crease blueline redline sharpening hollow blade toepick skateguard
soaker laces icepad icetime freestyle gala synchro icedance glide stroking chiller brine glycol
compressor dehumidifier floodwater icepaint snowpit penaltybox scoreboard buzzer intermission
goalie slapshot wristshot powerplay shootout overtime zamboni stonehandle granite ailsa
housering fourfoot eightfoot twelvefoot skipstone leadstone vicestone sweeping slider gripper
spinner jumper pairskate flutz backspin drawweight tickshot curlingrink
rinkside icerink warmup cooldown edgework threeturn loopjump dancefloor waltzjump
""".split()
WORLD_WORDS = sorted(set(w for w in WORLD_WORDS if w.isalpha() and len(w) >= 3))

PW_JOINERS_WIDE = "-_.+!~"
PW_JOINERS_STRICT = "-_."
PW_RE_WIDE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_RE_STRICT = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
# used to scan negatives: a world word + joiner + tail, set off from other word characters
PW_SCAN_RE = re.compile(r"(?<![A-Za-z0-9])(?:%s)[-_.+!~][a-z0-9]{3,5}[0-9]{2}(?![A-Za-z0-9])"
                        % "|".join(sorted(set(w.capitalize() for w in WORLD_WORDS) | set(WORLD_WORDS),
                                          key=len, reverse=True)))

SLOT = "\u241fSLOT\u241f"  # slot marker, never left in any text


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def owner_password(rng, strict=False):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice(PW_JOINERS_STRICT if strict else PW_JOINERS_WIDE)
    mid = rs(rng, LAN, rng.randint(3, 5))
    return w + j + mid + rs(rng, DIGITS, 2)


def b64(b):
    return base64.b64encode(b).decode()


def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64u_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def uuid4(rng, upper=False):
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    u = "%s-%s-%s-%s-%s" % (h[0:8], h[8:12], h[12:16], h[16:20], h[20:32])
    return u.upper() if upper else u


UUID_RE = re.compile(r"(?<![0-9A-Fa-f])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f])")


def uuid_is_v4(u):
    return u[14] == "4" and u[19].lower() in "89ab"


def jwt_hs(rng, alg, header, payload):
    """Real HMAC JWT under a key that is drawn and thrown away."""
    h = b64u_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
    key = rbytes(rng, 48)
    dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    sig = hmac.new(key, (h + "." + p).encode(), dig).digest()
    return h + "." + p + "." + b64u_nopad(sig)


JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
JWT_SIGLEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "ES256": 64, "EdDSA": 64}


def jwt_ok(tok):
    try:
        h, p, s = tok.split(".")
        hd = json.loads(b64u_decode(h))
        json.loads(b64u_decode(p))
        sig = b64u_decode(s)
        return isinstance(hd, dict) and JWT_SIGLEN.get(hd.get("alg")) == len(sig)
    except Exception:
        return False


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


B36 = DIGITS + UPPER


def luhn_mod_n_char(body, alphabet=B36):
    """Luhn mod N check character (Wikipedia 'Luhn mod N algorithm')."""
    n = len(alphabet)
    factor = 2
    total = 0
    for ch in reversed(body):
        addend = factor * alphabet.index(ch)
        factor = 1 if factor == 2 else 2
        addend = addend // n + addend % n
        total += addend
    return alphabet[(n - total % n) % n]


def luhn_mod_n_ok(s, alphabet=B36):
    n = len(alphabet)
    factor = 1
    total = 0
    for ch in reversed(s):
        addend = factor * alphabet.index(ch)
        factor = 2 if factor == 1 else 1
        addend = addend // n + addend % n
        total += addend
    return total % n == 0


def gs1_check(digits):
    """GS1 mod-10 check digit (UPC-A, EAN-13, SSCC): weights 3,1 from the right."""
    s = 0
    for i, ch in enumerate(reversed(digits)):
        s += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - s % 10) % 10)


def isbn13_ok(d):
    return gs1_check(d[:-1]) == d[-1]


VIN_TRANS = {**{str(i): i for i in range(10)},
             "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
             "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
             "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_ALPHA = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"


def vin_check(vin17):
    s = sum(VIN_TRANS[c] * w for c, w in zip(vin17, VIN_W))
    r = s % 11
    return "X" if r == 10 else str(r)


def vin_ok(vin):
    return len(vin) == 17 and vin[8] == vin_check(vin)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


def iban_make(country, bban):
    s = bban + country + "00"
    n = "".join(str(int(c, 36)) for c in s)
    chk = 98 - int(n) % 97
    return country + "%02d" % chk + bban


def fernet_key_ok(k):
    try:
        return len(base64.urlsafe_b64decode(k)) == 32 and len(k) == 44
    except Exception:
        return False


ED25519_PKCS8_PREFIX = bytes.fromhex("302e020100300506032b657004220420")


def totp_seed_ok(s):
    try:
        return len(base64.b32decode(s)) == 20
    except Exception:
        return False


# ---------------------------------------------------------------- case styles
def words_of(name):
    return [w for w in re.split(r"[_\s]+", name) if w]


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


# ---------------------------------------------------------------- registry
class Registry:
    """Refuses repeats and any 6+ character substring relation with an earlier string."""

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
            s = fn()
            if self.add(s):
                return s
        raise RuntimeError("registry could not draw a fresh value")


def fill(template, value, **kw):
    """Put value at the single SLOT of template; return (text, start, end)."""
    t = template
    for k, v in kw.items():
        t = t.replace("{" + k + "}", v)
    assert t.count(SLOT) == 1, template[:80]
    start = t.index(SLOT)
    text = t.replace(SLOT, value)
    return text, start, start + len(value)


def pos_record(rid, typ, container, text, start, end, source):
    value = text[start:end]
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [{"value": value, "start": start, "end": end, "type": typ}],
            "source": source}


# ---------------------------------------------------------------- deny-list
BACKTICK_RE = re.compile(r"`([^`\n]+)`")
SNAKE_RE = re.compile(r"(?<![A-Za-z0-9_])[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+(?![A-Za-z0-9_])")
LANG_RE = re.compile(r"`([a-z]{2,3})` \(([^)]*)\)")
SYNTAX_RE = re.compile(r"^[a-z]+pw_(.+)$")


def extract_denylist(brief_dir=BRIEF_DIR, files=BRIEF_FILES):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in files:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as f:
            txt = f.read()
        found = [m.group(1).strip().lower() for m in BACKTICK_RE.finditer(txt)]
        found += [m.group(0).lower() for m in SNAKE_RE.finditer(txt)]
        for n in found:
            if not n:
                continue
            names.add(n)
            if "__" in n:
                for part in n.split("__"):
                    if part:
                        names.add(part)
            m = SYNTAX_RE.match(n)
            if m:
                syntaxes.add(m.group(1))
        for m in LANG_RE.finditer(txt):
            codes.add(m.group(1))
            nm = m.group(2).strip()
            if re.match(r"^[^\d`;,=]+$", nm):
                lnames.add(nm.lower())
                for w in nm.lower().split():
                    lnames.add(w)
    return {"source": brief_dir, "files": list(files), "names": sorted(names),
            "syntaxes": sorted(syntaxes), "language_codes": sorted(codes),
            "language_names": sorted(lnames)}


class Deny:
    def __init__(self, d):
        self.d = d
        self.names = set(d["names"])
        self.syntaxes = set(d["syntaxes"])
        self.codes = set(d["language_codes"])
        self.lnames = set(d["language_names"])

    def name_hits(self, name):
        """Whole name and each __ part, case-insensitive."""
        n = name.lower()
        hits = []
        if n in self.names:
            hits.append(n)
        for part in n.split("__"):
            if part and part in self.names and part not in hits:
                hits.append(part)
        return hits

    def syntax_hits(self, syn):
        s = syn.lower()
        return [s] if (s in self.syntaxes or s in self.names) else []

    def language_hits(self, code, name):
        hits = []
        if code.lower() in self.codes or code.lower() in self.names:
            hits.append(code)
        if name.lower() in self.lnames:
            hits.append(name)
        for w in name.lower().split():
            if w in self.lnames:
                hits.append(w)
        return hits
