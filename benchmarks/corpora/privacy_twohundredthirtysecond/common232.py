"""Shared helpers for corpus p232 (escape rooms). Standard library only."""
import base64
import hashlib
import hmac
import json
import os
import re

PREFIX = "p232"
MARK = "\u27e6V\u27e7"          # slot marker, replaced by the value
BRIEF_DIR = "/tmp/brief232"
BRIEF_FILES = ["README_twohundredtwentyseventh.md", "README_twohundredtwentyninth.md"]

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
LALNUM = LOWER + DIGITS
UALNUM = UPPER + DIGITS
HEXL = "0123456789abcdef"
HEXU = HEXL.upper()
B64U = ALNUM + "-_"
B64S = ALNUM + "+/"
BASE62 = DIGITS + UPPER + LOWER

# ---------------------------------------------------------------- words
WORLD_WORDS = sorted(set("""
padlock cipher cryptex riddle keyhole lantern attic vault clue maglock puzzle labyrinth
sphinx alchemy potion pharaoh tomb bunker heist detective manor asylum dungeon compass
hourglass candle mirror portrait bookcase trapdoor gamemaster hint countdown timer escape
lockbox combination blacklight torch magnet relay reedswitch pressureplate jigsaw anagram
rebus crossword sudoku telegraph typewriter gramophone chessboard orrery astrolabe sextant
periscope submarine spaceship airlock reactor laboratory curator museum library archive
catacomb crypt chapel cellar workshop observatory clocktower lighthouse pirate treasure
doubloon galleon captain smuggler prison warden cellblock saloon sheriff outlaw wizard
spellbook cauldron wand grimoire ritual seance medium phantom poltergeist haunted victorian
speakeasy cabaret theatre backstage spotlight curtain usher rehearsal monologue masquerade
immersive puppet marionette ringmaster carnival mirrormaze ferris inventor clockwork
""".split()))

JOINERS_EVERYDAY = "-_.+!~"
JOINERS_STRICT = "-_."
PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_SEARCH = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}(?![A-Za-z0-9])")


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def owner_password(rng, strict=False):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice(JOINERS_STRICT if strict else JOINERS_EVERYDAY)
    mid = rs(rng, LALNUM, rng.randint(3, 5))
    return w + j + mid + rs(rng, DIGITS, 2)


def uuid4(rng):
    b = bytearray(rng.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt_make(rng, header, payload, sig_len, key=None):
    h = b64u_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
    si = (h + "." + p).encode()
    alg = header.get("alg")
    if key is not None and alg in ("HS256", "HS384", "HS512"):
        dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
        sig = hmac.new(key, si, dig).digest()
    else:
        sig = rbytes(rng, sig_len)
    return h + "." + p + "." + b64u_nopad(sig)


JWT_SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "ES256": 64, "EdDSA": 64}
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
UUID_RE = re.compile(r"(?i)(?<![0-9a-f])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f])")


def b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt_valid(tok):
    """Return error string or '' for a JWT-shaped token."""
    parts = tok.split(".")
    if len(parts) != 3:
        return "jwt parts"
    try:
        hd = json.loads(b64u_dec(parts[0]))
        json.loads(b64u_dec(parts[1]))
        sig = b64u_dec(parts[2])
    except Exception:
        return "jwt not json"
    alg = hd.get("alg")
    if alg not in JWT_SIG_LEN:
        return "jwt alg"
    if len(sig) != JWT_SIG_LEN[alg]:
        return "jwt sig length"
    return ""


def uuid_v4_ok(u):
    u = u.lower()
    return u[14] == "4" and u[19] in "89ab"


# ---------------------------------------------------------------- checksums
_VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
       [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
       [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
_VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
       [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
_VINV = [0,4,3,2,1,5,6,7,8,9]


def verhoeff_digit(num):
    c = 0
    for i, d in enumerate(reversed(num)):
        c = _VD[c][_VP[(i + 1) % 8][int(d)]]
    return str(_VINV[c])


def verhoeff_ok(num):
    c = 0
    for i, d in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(d)]]
    return c == 0


def crc16_ccitt_false(data):
    crc = 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


B36 = DIGITS + LOWER


def luhn36_char(body):
    """Luhn mod N (N = 36) check character over [0-9a-z]."""
    factor, total, n = 2, 0, 36
    for ch in reversed(body):
        a = factor * B36.index(ch)
        factor = 1 if factor == 2 else 2
        total += a // n + a % n
    return B36[(n - total % n) % n]


def luhn36_ok(s):
    factor, total, n = 1, 0, 36
    for ch in reversed(s):
        a = factor * B36.index(ch)
        factor = 1 if factor == 2 else 2
        total += a // n + a % n
    return total % n == 0


def isbn13_digit(d12):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d12))
    return str((10 - s % 10) % 10)


def iban_make(country, bban):
    rearr = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in rearr))
    return country + "%02d" % (98 - num % 97) + bban


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def wg_private_key(rng):
    b = bytearray(rbytes(rng, 32))
    b[0] &= 248
    b[31] &= 127
    b[31] |= 64
    return b64(bytes(b))


def wg_private_ok(s):
    try:
        b = base64.b64decode(s, validate=True)
    except Exception:
        return False
    return len(b) == 32 and b[0] & 7 == 0 and b[31] & 128 == 0 and b[31] & 64 == 64


DJANGO_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"

# ---------------------------------------------------------------- key styles
def style_key(words, style):
    w = words.split()
    if style == "upper":
        return "_".join(x.upper() for x in w)
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


def place(template, value):
    """Replace the single slot marker by value; return (text, start, end)."""
    assert template.count(MARK) == 1, template
    i = template.index(MARK)
    text = template[:i] + value + template[i + len(MARK):]
    return text, i, i + len(value)


# ---------------------------------------------------------------- registry
class Registry:
    """Refuses repeats and any 6+ char substring relation with earlier strings."""

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
        for _ in range(500):
            s = fn(*a, **k)
            if self.add(s):
                return s
        raise RuntimeError("registry could not draw")


# ---------------------------------------------------------------- deny-list
BT_RE = re.compile(r"`([^`\n]+)`")
SNAKE_RE = re.compile(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b")
LANG_RE = re.compile(r"`([a-z]{2,3})` \(([^)]+)\)")
SYN_RE = re.compile(r"^[a-z]+pw_(.+)$")


def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as f:
            txt = f.read()
        found = [m.group(1).strip().lower() for m in BT_RE.finditer(txt)]
        found += SNAKE_RE.findall(txt.lower())
        for n in found:
            if not n:
                continue
            names.add(n)
            for part in n.split("__"):
                if part:
                    names.add(part)
            m = SYN_RE.match(n.split("__")[0])
            if m:
                syntaxes.add(m.group(1))
        for m in LANG_RE.finditer(txt):
            codes.add(m.group(1).lower())
            nm = m.group(2).strip().lower()
            lnames.add(nm)
            for w in re.split(r"[\s,;/()-]+", nm):
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
    n = name.lower()
    parts = [n] + [p for p in n.split("__") if p]
    return [p for p in parts if p in deny["_names"]]


def load_deny(path):
    with open(path, encoding="utf-8") as f:
        d = json.load(f)
    d["_names"] = set(d["names"])
    d["_syn"] = set(d["syntaxes"])
    d["_codes"] = set(d["language_codes"])
    d["_lnames"] = set(d["language_names"])
    return d
