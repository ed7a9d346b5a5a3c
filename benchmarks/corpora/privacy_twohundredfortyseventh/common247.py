"""Shared helpers for corpus p247 (guesthouses). Standard library only."""
import base64
import glob
import hashlib
import hmac
import json
import os
import re

PREFIX = "p247"
BRIEF_DIR = "/tmp/brief247"

SEEDS = {
    "everyday_values": 24701,
    "everyday_pairing": 24711,
    "vendor_values": 24702,
    "vendor_styles": 24712,
    "positional": 24703,
    "prose": 24704,
    "evasions": 24705,
    "negatives": 24706,
}

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
LOWER_HEX = "0123456789abcdef"
UPPER_HEX = "0123456789ABCDEF"
B64URL = ALNUM + "-_"
B64STD = ALNUM + "+/"
DIGITS = "0123456789"
LOWER = "abcdefghijklmnopqrstuvwxyz"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

# Words of the guesthouse world for owner-chosen passwords (letters only).
WORLD_WORDS = [
    "attic", "auberge", "backpacker", "balcony", "bedsheet", "blanket", "bothy",
    "breakfast", "bunkbed", "cabin", "candle", "chalet", "checkin", "checkout",
    "concierge", "cottage", "croissant", "doormat", "dormitory", "duvet",
    "ensuite", "farmhouse", "fireplace", "frontdesk", "garden", "gite",
    "guestbook", "hammock", "hearth", "herberge", "homestay", "hostal", "hostel",
    "housekeeping", "innkeeper", "jacuzzi", "kettle", "keycard", "lantern",
    "laundry", "lodge", "lounge", "luggage", "marmalade", "mattress", "minibar",
    "muesli", "nightcap", "orchard", "pantry", "pension", "pillow", "porch",
    "porridge", "posada", "pousada", "quilt", "reception", "riad", "rooftop",
    "ryokan", "shutters", "slipper", "suite", "teapot", "terrace", "toast",
    "towel", "twinroom", "veranda", "wardrobe", "welcome", "windowsill",
    "zimmer", "bellhop", "homemade", "innsign", "roomkey", "skylight", "stairwell",
]
assert len(WORLD_WORDS) == 80 and len(set(WORLD_WORDS)) == 80
assert all(w.isalpha() and w.islower() for w in WORLD_WORDS)

PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
PW_FORM_IN_TEXT = re.compile(
    r"(?<![A-Za-z])(?:" + "|".join(sorted(WORLD_WORDS, key=len, reverse=True)) +
    r")[-_.+!~][a-z0-9]{3,5}[0-9]{2}(?![A-Za-z0-9])", re.I)
UUID_RE = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def password(rng, strict=False):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice("-_." if strict else "-_.+!~")
    tail = rs(rng, LOWER_ALNUM, rng.randint(3, 5)) + rs(rng, DIGITS, 2)
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


def b64(b):
    return base64.b64encode(b).decode()


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64url_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


# ---------------------------------------------------------------- checksums
def mod97_10_check(digits):
    """ISO 7064 MOD 97-10 check pair for a digit string (as in IBAN)."""
    return "%02d" % (98 - (int(digits + "00") % 97))


def mod97_10_valid(digits_with_check):
    return int(digits_with_check) % 97 == 1


DAMM_TABLE = [
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
    for ch in digits:
        i = DAMM_TABLE[i][int(ch)]
    return str(i)


assert damm_digit("572") == "4"  # textbook example


def gs1_check(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        s += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - s % 10) % 10)


assert gs1_check("400638133393") == "1"


def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


assert luhn_digit("7992739871") == "3"


def iban_letters_to_digits(s):
    return "".join(str(ord(c) - 55) if c.isalpha() else c for c in s)


def make_iban(country, bban):
    chk = 98 - int(iban_letters_to_digits(bban + country + "00")) % 97
    return "%s%02d%s" % (country, chk, bban)


def iban_valid(iban):
    r = iban[4:] + iban[:4]
    return int(iban_letters_to_digits(r)) % 97 == 1


assert iban_valid("GB82WEST12345698765432")


# ---------------------------------------------------------------- JWT
SIG_LEN = {"HS256": 43, "HS384": 64, "HS512": 86, "RS256": 342, "ES256": 86}


def jwt_hs(header, payload, key, alg):
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    sig = hmac.new(key, (h + "." + p).encode(), dig).digest()
    return h + "." + p + "." + b64url_nopad(sig)


def jwt_rs_shaped(rng, header, payload):
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64url_nopad(rbytes(rng, 256))


def jwt_valid(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        hdr = json.loads(b64url_decode(parts[0]))
        json.loads(b64url_decode(parts[1]))
    except Exception:
        return False
    alg = hdr.get("alg")
    return alg in SIG_LEN and len(parts[2]) == SIG_LEN[alg]


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
    if style == "dot":
        return ".".join(words)
    if style == "kebab":
        return "-".join(words)
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

    def draw(self, fn, *a, **k):
        for _ in range(1000):
            v = fn(*a, **k)
            if self.add(v):
                return v
        raise RuntimeError("registry could not draw a fresh value")


def span_record(text, value, typ):
    i = text.index(value)
    return {"value": value, "start": i, "end": i + len(value), "type": typ}


# ---------------------------------------------------------------- deny-list
def extract_denylist(brief_dir):
    files = sorted(glob.glob(os.path.join(brief_dir, "README_*.md")))
    names, syntaxes, codes, lnames = set(), set(), set(), set()

    def add_name(s):
        s = s.strip().lower()
        if not s:
            return
        names.add(s)
        for part in s.split("__"):
            if part:
                names.add(part)

    for f in files:
        with open(f, encoding="utf-8") as fh:
            t = fh.read()
        for m in re.finditer(r"`([^`\n]+)`", t):
            s = m.group(1).strip()
            add_name(s)
            mm = re.match(r"^[a-z]+pw_([a-z0-9_]+)$", s.lower())
            if mm:
                syntaxes.add(mm.group(1))
        for m in re.finditer(r"(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)", t):
            add_name(m.group(1))
        for m in re.finditer(r"`([a-z]{2,3})` \(([^)`]+)\)", t):
            codes.add(m.group(1))
            nm = m.group(2).strip().lower()
            lnames.add(nm)
            for w in re.split(r"[\s\-]+", nm):
                if w:
                    lnames.add(w)
    return {
        "source": brief_dir,
        "files": [os.path.basename(f) for f in files],
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


def denied(name, deny):
    """Return the offending part if name (whole or any __ part) is deny-listed."""
    names = deny["_names_set"]
    n = name.lower()
    if n in names:
        return n
    for part in n.split("__"):
        if part in names:
            return part
    return None


def load_deny(path):
    with open(path, encoding="utf-8") as fh:
        d = json.load(fh)
    d["_names_set"] = set(d["names"]) | set(d["syntaxes"])
    return d
