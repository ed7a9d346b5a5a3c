"""Shared helpers for corpus p236 (breweries). Standard library only."""
import base64
import hashlib
import hmac
import json
import os
import re

PREFIX = "p236"
PWPREFIX = "brwpw_"
BRIEF_DIR = "/tmp/brief236"
BRIEF_FILES = ["README_twohundredthirtythird.md", "README_twohundredthirtyfourth.md"]
MARK = "\u27e6S\u27e7"  # placeholder for the span inside a template

SEEDS = {
    "everyday_values": 23601, "everyday_pairing": 23611, "vendor": 23602,
    "positional": 23603, "prose": 23604, "evasions": 23605, "negatives": 23606,
}

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = UPPER + LOWER + DIGITS + "+/"
B64URL = UPPER + LOWER + DIGITS + "-_"
LOWALNUM = LOWER + DIGITS
UPALNUM = UPPER + DIGITS
CLASSES = {
    "alnum": ALNUM, "hexl": HEXL, "hexu": HEXU, "b64": B64, "b64url": B64URL,
    "lowalnum": LOWALNUM, "upalnum": UPALNUM, "digits": DIGITS, "lower": LOWER,
    "letters": UPPER + LOWER, "upper": UPPER,
}
CLASS_RE = {
    "alnum": "[A-Za-z0-9]", "hexl": "[0-9a-f]", "hexu": "[0-9A-F]", "b64": "[A-Za-z0-9+/]",
    "b64url": "[A-Za-z0-9_-]", "lowalnum": "[a-z0-9]", "upalnum": "[A-Z0-9]", "digits": "[0-9]",
    "lower": "[a-z]", "letters": "[A-Za-z]", "upper": "[A-Z]",
}
CLASS_DESC = {
    "alnum": "alphanumerics", "hexl": "lower-case hex", "hexu": "upper-case hex",
    "b64": "standard Base64 characters", "b64url": "base64url", "lowalnum": "lower-case alphanumerics",
    "upalnum": "upper-case alphanumerics", "digits": "digits", "lower": "lower-case letters",
    "letters": "letters", "upper": "upper-case letters",
}

# Words of the brewery world (letters only) used for owner-chosen passwords.
WORLD_WORDS = """
ale amarillo amber barley barleywine barrel bitter blonde bock bourbon brett brewhouse
brewkettle brite bung carboy cascade cask centennial chinook citra columbus copper cork
crowler crystal dubbel dunkel eisbock ember fermenter firkin fuggle galaxy gose goldings
grist growler gueuze hallertau hefeweizen helles hopback hopbine hops hopyard kegerator
keg kettle kilderkin kolsch krausen kriek lager lambic lauter liquor lupulin magnum malt
maltster marzen mash mashtun mosaic munich nelson oast oatmeal pilsner pint porter
quad rauchbier saaz saison schooner session simcoe sparge spunding stout taproom tankard
tripel trub vienna weizen whirlpool wort yeast zwickel humulus kveik bittering dryhop
coolship foeder pellicle biab gravity lovibond tapwall flight
""".split()

JOINERS_ALL = "-_.+!~"
JOINERS_SAFE = "-_."
PW_RE_ALL = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_RE_SAFE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
PW_ANY_RE = re.compile(r"(?<![A-Za-z])(?:%s)[-_.+!~][a-z0-9]{3,5}[0-9]{2}(?![A-Za-z0-9])" %
                       "|".join(sorted({w for w in WORLD_WORDS} | {w.capitalize() for w in WORLD_WORDS}, key=len, reverse=True)))


def rstr(rng, cls, n):
    alpha = CLASSES[cls]
    return "".join(rng.choice(alpha) for _ in range(n))


def password(rng, safe=False):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice(JOINERS_SAFE if safe else JOINERS_ALL)
    tail = rstr(rng, "lowalnum", rng.randint(3, 5)) + rstr(rng, "digits", 2)
    return w + j + tail


def uuid4(rng):
    b = bytearray(rng.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt_hs(rng, alg, payload, header_extra=None):
    header = {"alg": alg, "typ": "JWT"}
    if header_extra:
        header.update(header_extra)
    h = b64u_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
    key = rbytes(rng, 32)
    dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    sig = hmac.new(key, (h + "." + p).encode(), dig).digest()
    return h + "." + p + "." + b64u_nopad(sig)


def jwt_random_sig(rng, alg, payload, siglen):
    header = {"alg": alg, "typ": "JWT"}
    h = b64u_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64u_nopad(rbytes(rng, siglen))


SIGLEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "ES256": 64, "EdDSA": 64}
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{20,}")
UUID_RE = re.compile(r"(?<![0-9a-fA-F])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![0-9a-fA-F])")


def b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt_valid(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        h = json.loads(b64u_dec(parts[0]))
        json.loads(b64u_dec(parts[1]))
        sig = b64u_dec(parts[2])
    except Exception:
        return False
    return SIGLEN.get(h.get("alg")) == len(sig)


def uuid_is_v4(u):
    return u[14] == "4" and u[19].lower() in "89ab"


# ---------------------------------------------------------------- key styles
STYLES = ["upper", "snake", "camel", "pascal", "kebab", "dot", "spaced", "title"]


def keyname(words, style):
    w = [x.lower() for x in words]
    if style == "upper":
        return "_".join(x.upper() for x in w)
    if style == "snake":
        return "_".join(w)
    if style == "camel":
        return w[0] + "".join(x.capitalize() for x in w[1:])
    if style == "pascal":
        return "".join(x.capitalize() for x in w)
    if style == "kebab":
        return "-".join(w)
    if style == "dot":
        return ".".join(w)
    if style == "spaced":
        return " ".join(w)
    if style == "title":
        return " ".join(x.capitalize() for x in w)
    raise ValueError(style)


# ---------------------------------------------------------------- registry
class Registry:
    """Refuses repeats and any substring relation (6+ characters) with earlier strings."""

    def __init__(self):
        self.items = []
        self.set = set()

    def ok(self, s):
        if s in self.set:
            return False
        if len(s) >= 6:
            for t in self.items:
                if len(t) >= 6 and (t in s or s in t):
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


# ---------------------------------------------------------------- record helpers
def make_record(template, value):
    if template.count(MARK) != 1:
        raise ValueError("template must hold exactly one mark: %r" % template[:80])
    start = template.index(MARK)
    text = template.replace(MARK, value)
    return text, start, start + len(value)


def fill(template, ctx):
    """Replace {name} fields from ctx, leaving other braces alone."""
    def rep(m):
        k = m.group(1)
        return ctx[k] if k in ctx else m.group(0)
    return re.sub(r"\{([A-Za-z_][A-Za-z0-9_]*)\}", rep, template)


# ---------------------------------------------------------------- check digits
_VERHOEFF_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
               [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
               [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
               [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
               [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
               [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(_VERHOEFF_INV[c])


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def adler32_hex(s):
    a, b = 1, 0
    for ch in s.encode():
        a = (a + ch) % 65521
        b = (b + a) % 65521
    return "%08x" % ((b << 16) | a)


def gs1_check(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        tot += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - tot % 10) % 10)


def luhn_check(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def aba_check(d8):
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    return str((10 - sum(int(a) * b for a, b in zip(d8, w)) % 10) % 10)


def aba_ok(d9):
    w = [3, 7, 1, 3, 7, 1, 3, 7, 1]
    return sum(int(a) * b for a, b in zip(d9, w)) % 10 == 0


# bech32 (BIP-173) for age keys
BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frombits, tobits, pad=True):
    acc = 0
    bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for v in data:
        acc = (acc << frombits) | v
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if pad and bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_encode(hrp, data8):
    data = _convertbits(data8, 8, 5)
    values = _hrp_expand(hrp) + data
    polymod = _bech32_polymod(values + [0] * 6) ^ 1
    chk = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32_CHARSET[d] for d in data + chk)


def bech32_ok(s):
    s = s.lower()
    pos = s.rfind("1")
    hrp, data = s[:pos], s[pos + 1:]
    try:
        vals = [BECH32_CHARSET.index(c) for c in data]
    except ValueError:
        return False
    return _bech32_polymod(_hrp_expand(hrp) + vals) == 1


# ---------------------------------------------------------------- deny-list
def extract_denylist(brief_dir=BRIEF_DIR):
    names = set()
    syntaxes = set()
    codes = set()
    lnames = set()
    texts = []
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as f:
            texts.append(f.read())
    for t in texts:
        for m in re.finditer(r"`([^`\n]+)`", t):
            n = m.group(1).strip().lower()
            if n:
                names.add(n)
                for part in n.split("__"):
                    if part:
                        names.add(part)
        for m in re.finditer(r"(?<![A-Za-z0-9_])([A-Za-z0-9]+(?:_[A-Za-z0-9]+)+)(?![A-Za-z0-9_])", t):
            n = m.group(1).lower()
            names.add(n)
            for part in n.split("__"):
                if part:
                    names.add(part)
        for m in re.finditer(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            codes.add(m.group(1).lower())
            nm = m.group(2).strip().lower()
            lnames.add(nm)
            for w in re.split(r"[\s,;/]+", nm):
                if w:
                    lnames.add(w)
    for n in list(names):
        m = re.match(r"^[a-z]+pw_(.+)$", n)
        if m:
            syntaxes.add(m.group(1))
    return {
        "source": brief_dir,
        "files": BRIEF_FILES,
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


def load_denylist(here):
    with open(os.path.join(here, "brief_names.json"), encoding="utf-8") as f:
        return json.load(f)
