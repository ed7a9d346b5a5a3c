"""Shared helpers for the p253 corpus (canal-boat hire, lock keepers, waterway trusts).

Python 3 standard library only.  No clock, no network; every random choice goes
through a random.Random handed in by the caller.
"""
import base64
import hashlib
import hmac
import json
import os
import re

PREFIX = "p253"
OUT_NAME = "privacy_twohundredfiftythird"
BRIEF_DIR = "/tmp/brief253"
BRIEF_FILES = ["README_twohundredfortyeighth.md", "README_twohundredfiftieth.md"]

SEEDS = {
    "everyday_values": 25301,
    "everyday_pairing": 25311,
    "vendor_values": 25302,
    "positional": 25303,
    "prose": 25304,
    "evasions": 25305,
    "negatives": 25306,
}

# ---------------------------------------------------------------- alphabets
DIGITS = "0123456789"
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
HEXL = "0123456789abcdef"
HEXU = HEXL.upper()
ALNUM = DIGITS + UPPER + LOWER          # base62 order
LOWALNUM = DIGITS + LOWER
UPALNUM = DIGITS + UPPER
B64URL = UPPER + LOWER + DIGITS + "-_"
B64STD = UPPER + LOWER + DIGITS + "+/"
BASE32U = UPPER + "234567"


def pick(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64std(b):
    return base64.b64encode(b).decode()


def uuid4(rng, upper=False):
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = "%s-%s-%s-%s-%s" % (h[0:8], h[8:12], h[12:16], h[16:20], h[20:32])
    return s.upper() if upper else s


UUID_RE = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")


def uuid_is_v4(s):
    s = s.lower()
    return s[14] == "4" and s[19] in "89ab"


# ---------------------------------------------------------------- registry
class Registry:
    """Refuses repeats and any pair of strings (6+ chars) where one contains the other."""

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
        self.items.append(s)
        self.seen.add(s)
        return True

    def draw(self, fn, tries=200):
        for _ in range(tries):
            s = fn()
            if self.add(s):
                return s
        raise RuntimeError("registry could not draw a fresh value")


# ---------------------------------------------------------------- check digits / checksums
def luhn_mod_n_check(body, alphabet):
    """Luhn mod N check character (generalised Luhn) over `alphabet`."""
    n = len(alphabet)
    factor = 2
    total = 0
    for ch in reversed(body):
        cp = alphabet.index(ch) * factor
        total += cp // n + cp % n
        factor = 1 if factor == 2 else 2
    return alphabet[(n - total % n) % n]


def luhn_mod_n_valid(s, alphabet):
    n = len(alphabet)
    factor = 1
    total = 0
    for ch in reversed(s):
        if ch not in alphabet:
            return False
        cp = alphabet.index(ch) * factor
        total += cp // n + cp % n
        factor = 1 if factor == 2 else 2
    return total % n == 0


assert luhn_mod_n_check("7992739871", DIGITS) == "3"          # textbook Luhn vector
assert luhn_mod_n_valid("79927398713", DIGITS)
assert not luhn_mod_n_valid("79927398710", DIGITS)


def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


assert adler32(b"Wikipedia") == 0x11E60398                    # published vector


def mod11_2_check(digits):
    """ISO/IEC 7064 MOD 11-2 check character ('0'-'9' or 'X')."""
    total = 0
    for ch in digits:
        total = (total + int(ch)) * 2
    r = (12 - total % 11) % 11
    return "X" if r == 10 else str(r)


assert mod11_2_check("000000021825009") == "7"                 # ORCID 0000-0002-1825-0097
assert mod11_2_check("000000021694233") == "X"                 # ORCID 0000-0002-1694-233X


def gs1_check(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


assert gs1_check("400638133393") == "1"                        # EAN-13 4006381333931


def imo_check(six):
    return str(sum(int(c) * w for c, w in zip(six, range(7, 1, -1))) % 10)


assert imo_check("907472") == "9"                              # IMO 9074729


def iban_valid(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1


def iban_make(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    check = 98 - int(num) % 97
    return "%s%02d%s" % (country, check, bban)


assert iban_valid("GB82WEST12345698765432")
assert iban_make("GB", "WEST12345698765432") == "GB82WEST12345698765432"


def crc16_xmodem(data):
    crc = 0
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


assert crc16_xmodem(b"123456789") == 0x31C3                    # CRC-16/XMODEM check value


# ---------------------------------------------------------------- JWT
JWT_SIG_BYTES = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "RS384": 256,
                 "RS512": 256, "ES256": 64, "ES384": 96, "EdDSA": 64, "PS256": 256}
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


def _j(obj):
    return json.dumps(obj, separators=(",", ":"))


def jwt_hs(alg, header, payload, key):
    h = dict(header)
    h["alg"] = alg
    seg = b64url_nopad(_j(h).encode()) + "." + b64url_nopad(_j(payload).encode())
    dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    sig = hmac.new(key, seg.encode(), dig).digest()
    return seg + "." + b64url_nopad(sig)


def jwt_hs_verify(token, key):
    seg, _, sig = token.rpartition(".")
    header = json.loads(_b64url_dec(token.split(".")[0]))
    dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[header["alg"]]
    return hmac.compare_digest(b64url_nopad(hmac.new(key, seg.encode(), dig).digest()), sig)


def jwt_random_sig(rng, alg, header, payload):
    h = dict(header)
    h["alg"] = alg
    seg = b64url_nopad(_j(h).encode()) + "." + b64url_nopad(_j(payload).encode())
    return seg + "." + b64url_nopad(rbytes(rng, JWT_SIG_BYTES[alg]))


def _b64url_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt_valid(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        h = json.loads(_b64url_dec(parts[0]))
        p = json.loads(_b64url_dec(parts[1]))
        sig = _b64url_dec(parts[2])
    except Exception:
        return False
    if not isinstance(h, dict) or not isinstance(p, dict):
        return False
    if b64url_nopad(_b64url_dec(parts[0])) != parts[0] or b64url_nopad(sig) != parts[2]:
        return False
    alg = h.get("alg")
    return alg in JWT_SIG_BYTES and len(sig) == JWT_SIG_BYTES[alg]


# ---------------------------------------------------------------- the world
WORLD_WORDS = """windlass paddle cill balance mitre culvert weir sluice towpath narrowboat butty wideboat
tiller rudder fender mooring bollard staithe wharf basin aqueduct tunnel portal cutting pound summit
feeder reservoir puddle legging boatman horseboat castles roses bargee keeper lengthsman tug gongoozler
winding swingbridge liftbridge staircase flight bywash stoplog dredger lockwheel cratch gunwale cabin
pigeonbox tipcat heron moorhen coot lockgate humpback milepost tollhouse wharfinger navvy brindley
telford tardebigge foxton hatton bingley anderton marple standedge harecastle braunston kennet
caldon ashby grantham lapworth stourport ellesmere pontcysyllte frankton chirk fradley""".split()
assert len(set(WORLD_WORDS)) == len(WORLD_WORDS) and len(WORLD_WORDS) >= 80

OWNER_PW_RE = re.compile(r"^[A-Za-z][a-z]{2,}[-_.@+][a-z]{2,3}[0-9]{2,4}!?$")
STRICT_PW_RE = re.compile(r"^[A-Za-z][a-z]{2,}[-_.][a-z]{2,3}[0-9]{2,4}$")
PW_FORM_RE = re.compile(r"(?i)(?<![a-z])(?:%s)[-_.@+#][a-z]{2,4}[0-9]{2,4}" % "|".join(WORLD_WORDS))


def _word(rng, cap_p):
    w = rng.choice(WORLD_WORDS)
    return w.capitalize() if rng.random() < cap_p else w


def owner_password(rng):
    s = _word(rng, 0.5) + rng.choice("-_.@+") + pick(rng, LOWER, rng.choice((2, 3))) + \
        pick(rng, DIGITS, rng.choice((2, 3, 4)))
    if rng.random() < 0.2:
        s += "!"
    assert OWNER_PW_RE.match(s)
    return s


def strict_password(rng):
    s = _word(rng, 0.45) + rng.choice("-_.") + pick(rng, LOWER, rng.choice((2, 3))) + \
        pick(rng, DIGITS, rng.choice((2, 3, 4)))
    assert STRICT_PW_RE.match(s)
    return s


PEOPLE = [("Aled", "Pryce", "aled"), ("Bronwen", "Kitto", "bronwen"), ("Dev", "Malhotra", "dev"),
          ("Ottilie", "Marsh", "ottilie"), ("Ruairi", "Campbell", "ruairi"), ("Yusuf", "Adeyemi", "yusuf"),
          ("Hetty", "Gaunt", "hetty"), ("Morwenna", "Tregear", "morwenna")]
DOMAINS = {"hire": "wharfside-boats.example", "trust": "tolleybridge-trust.example",
           "cafe": "kestlelock.example", "marina": "fenmarsh-marina.example"}


def person(rng):
    return rng.choice(PEOPLE)


def private_ip(rng):
    return "10.61.%d.%d" % (rng.randrange(1, 40), rng.randrange(2, 250))


# ---------------------------------------------------------------- key-name case styles
def keyname(words, style, ns=None):
    w = [x.lower() for x in words]
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
    if style == "lower":
        return "".join(w)
    if style == "header":
        return "-".join(x.capitalize() for x in w)
    if style == "hiera":
        return "%s::%s" % (ns or "profile::waterways", "_".join(w))
    if style == "path":
        return "%s/%s" % (ns or "/wharfside/prod", "_".join(w))
    raise ValueError(style)


def yaml_sq(s):
    return "'" + s.replace("'", "''") + "'"


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


MARK = "\u241fVALUE\u241f"   # placement marker, replaced by the value


def place(template, value):
    """Replace the single marker with the value; return (text, start, end)."""
    assert template.count(MARK) == 1, template
    start = template.index(MARK)
    text = template.replace(MARK, value)
    return text, start, start + len(value)


# ---------------------------------------------------------------- deny-list extraction
def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        t = open(os.path.join(brief_dir, fn), encoding="utf-8").read()
        for m in re.findall(r"`([^`\n]+)`", t):
            if re.fullmatch(r"[A-Za-z0-9_.\-]+", m):
                names.add(m.lower())
        for m in re.findall(r"(?<![A-Za-z0-9])[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+(?![A-Za-z0-9])", t):
            names.add(m.lower())
        for m in re.findall(r"(?<![A-Za-z0-9_])[a-z]{2,6}pw_([a-z0-9_]+)", t):
            syntaxes.add(m.lower().split("__")[0])
        for code, nm in re.findall(r"`([a-z]{2,4})` \(([^)]+)\)", t):
            codes.add(code.lower())
            lnames.add(nm.lower())
            for w in re.findall(r"[^\W\d_]+", nm.lower()):
                if len(w) >= 3:
                    lnames.add(w)
    for n in list(names):
        if "__" in n:
            for part in n.split("__"):
                if part:
                    names.add(part)
    return {
        "source": "backticked names and snake_case identifiers of the two earlier READMEs, "
                  "lower-cased and split at '__'; positional syntaxes with their <letters>pw_ prefix "
                  "stripped; codes and names of every `code` (Name) pair",
        "files": BRIEF_FILES,
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }
