"""Shared helpers for corpus p208 (standard library only, no clock, no network)."""
import base64
import hashlib
import hmac
import json
import os
import re
import string
import zlib

PREFIX = "p208"
PWPREFIX = "fluepw_"
BRIEF_DIR = "/tmp/brief208"
BRIEF_FILES = ["README_twohundredthird.md", "README_twohundredfourth.md"]

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
B36L = string.digits + string.ascii_lowercase
B36U = string.digits + string.ascii_uppercase
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64URL = string.ascii_uppercase + string.ascii_lowercase + string.digits + "-_"
B64STD = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
ALNUM = string.ascii_letters + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
UPALNUM = string.ascii_uppercase + string.digits

# words of the chimney-sweep, stonemason and watch-repair world (owner-chosen passwords)
WORLD_WORDS = [
    "sweep", "chimney", "flue", "soot", "creosote", "cowl", "liner", "damper", "hearth",
    "inglenook", "smokehood", "chimneypot", "flaunching", "birdguard", "rodset", "brushhead",
    "stovepipe", "woodburner", "flashing", "stack", "throat", "register", "sootdoor",
    "granite", "marble", "slate", "sandstone", "limestone", "chisel", "mallet", "banker",
    "lettering", "epitaph", "headstone", "kerbset", "plinth", "gilding", "serif", "quarry",
    "ashlar", "mortar", "corbel", "lintel", "cartouche", "memorial", "tablet", "urnplot",
    "escapement", "balance", "hairspring", "mainspring", "crown", "bezel", "crystal",
    "dial", "pinion", "jewel", "pallet", "arbor", "barrel", "rotor", "tourbillon",
    "chronograph", "calibre", "bracelet", "caseback", "lume", "bushing", "loupe",
    "tweezers", "timegrapher", "regulator", "fusee", "verge", "cylinder", "lever",
    "ratchet", "clickspring", "bridge", "motionwork", "cannon", "setwheel", "stem",
]
JOINERS_ALL = "-_.+!~"
JOINERS_STRICT = "-_."
OWNER_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def owner_password(rng, strict=False):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice(JOINERS_STRICT if strict else JOINERS_ALL)
    mid = rstr(rng, LOWALNUM, rng.randint(3, 5))
    return w + j + mid + rstr(rng, string.digits, 2)


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def uuid4(rng, upper=False):
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = "%s-%s-%s-%s-%s" % (h[0:8], h[8:12], h[12:16], h[16:20], h[20:32])
    return s.upper() if upper else s


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64s(b):
    return base64.b64encode(b).decode()


def jwt(rng, alg, payload, key=None, sig_len=None):
    header = {"alg": alg, "typ": "JWT"}
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    signing = (h + "." + p).encode()
    if alg.startswith("HS"):
        dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
        key = key if key is not None else rbytes(rng, 64)
        sig = hmac.new(key, signing, dig).digest()
    else:
        n = sig_len or {"RS256": 256, "ES256": 64, "EdDSA": 64, "ES384": 96}[alg]
        sig = rbytes(rng, n)
    return h + "." + p + "." + b64u(sig)


JWT_SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "ES256": 64, "ES384": 96, "EdDSA": 64}


def crc16_ccitt(data):
    crc = 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


def adler32_hex(s):
    return "%08x" % (zlib.adler32(s.encode()) & 0xFFFFFFFF)


def mod97_digits(body):
    """ISO 7064 MOD 97-10 check digits (letters A=10 ... Z=35, like IBAN)."""
    num = "".join(str(int(c, 36)) for c in body) + "00"
    return "%02d" % (98 - int(num) % 97)


def mod97_ok(body_and_check):
    num = "".join(str(int(c, 36)) for c in body_and_check)
    return int(num) % 97 == 1


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_check(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(VERHOEFF_INV[c])


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VERHOEFF_D[c][VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def ean13_check(d12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return str((10 - s % 10) % 10)


def ean13_ok(d13):
    return len(d13) == 13 and ean13_check(d13[:12]) == d13[12]


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def make_iban(rng, country="GB", bank="NWBK"):
    body = bank + rstr(rng, string.digits, 14)
    num = "".join(str(int(c, 36)) for c in body + country + "00")
    chk = "%02d" % (98 - int(num) % 97)
    return country + chk + body


# ---------------------------------------------------------------- key-name styles
def style_key(words, style):
    words = [w.lower() for w in words]
    if style == "upper":
        return "_".join(words).upper()
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
    """Refuses repeats and any 6+ character substring relation with an earlier string."""

    def __init__(self):
        self.items = []
        self.seen = set()

    def ok(self, s):
        if s in self.seen:
            return False
        if len(s) >= 6:
            for t in self.items:
                if len(t) >= 6 and (s in t or t in s):
                    return False
        return True

    def add(self, s):
        if not self.ok(s):
            return False
        self.seen.add(s)
        self.items.append(s)
        return True

    def draw(self, fn, tries=200):
        for _ in range(tries):
            v = fn()
            if self.add(v):
                return v
        raise RuntimeError("registry could not draw a fresh value")


SLOT = "\u2063V\u2063"


def place(text_with_slot, value):
    """Return (text, start, end) for a template containing SLOT exactly once."""
    assert text_with_slot.count(SLOT) == 1, text_with_slot
    start = text_with_slot.index(SLOT)
    text = text_with_slot.replace(SLOT, value)
    return text, start, start + len(value)


def record(rid, typ, container, text, value, start, end, source, extra=None):
    span = {"value": value, "start": start, "end": end, "type": typ}
    if extra:
        span.update(extra)
    return {"id": rid, "type": typ, "container": container, "text": text, "secrets": [span], "source": source}


# ---------------------------------------------------------------- deny-list
LANG_PAIR_RE = re.compile(r"`([a-z]{2,3})` \(([^)]+)\)")


def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as f:
            txt = f.read()
        for m in re.finditer(r"`([^`\n]+)`", txt):
            n = m.group(1).strip().lower()
            if n:
                names.add(n)
                for part in n.split("__"):
                    if part:
                        names.add(part)
        for m in re.finditer(r"(?<![A-Za-z0-9_])([A-Za-z0-9]+(?:_[A-Za-z0-9]+)+)(?![A-Za-z0-9_])", txt):
            n = m.group(1).lower()
            names.add(n)
            for part in n.split("__"):
                if part:
                    names.add(part)
        for n in list(names):
            m = re.match(r"^[a-z]+pw_(.+)$", n)
            if m:
                syntaxes.add(m.group(1).split("__")[0])
        for m in LANG_PAIR_RE.finditer(txt):
            codes.add(m.group(1).lower())
            nm = m.group(2).lower()
            lnames.add(nm)
            for w in re.split(r"[\s\-/,]+", nm):
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


def denied(name, deny):
    """Return the offending piece if name (or any __ part) is in the deny-list, else None."""
    names = deny["_names_set"]
    n = name.lower()
    for piece in [n] + [p for p in n.split("__") if p]:
        if piece in names:
            return piece
    return None


def load_deny(path):
    with open(path, encoding="utf-8") as f:
        d = json.load(f)
    d["_names_set"] = set(d["names"]) | set(d["syntaxes"])
    return d
