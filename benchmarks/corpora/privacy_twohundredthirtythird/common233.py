"""Shared helpers for corpus p233 (bakeries): registry, passwords, case styles,
structured-value helpers and the deny-list extraction. Standard library only."""
import base64
import binascii
import hashlib
import hmac
import json
import os
import re
import uuid

PREFIX = "p233"
BRIEF_DIR = "/tmp/brief233"
BRIEF_FILES = ["README_twohundredthirtieth.md", "README_twohundredthirtyfirst.md"]

# --------------------------------------------------------------------------
# alphabets
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
ALNUM = DIGITS + UPPER + LOWER
LALNUM = DIGITS + LOWER
UALNUM = DIGITS + UPPER
HEXL = "0123456789abcdef"
HEXU = HEXL.upper()
B64U = ALNUM + "-_"
B64 = ALNUM + "+/"
ALPHA = UPPER + LOWER

# words of this world (letters only) used for owner-chosen passwords
WORDS = sorted(set("""
almond apricot babka bagel baguette bake baker bakehouse banneton batard batch
bloomer boule braid brioche brownie bundt butter buttercream cake canele
caramel challah cheesecake chiffon ciabatta cinnamon cobbler cookie couche
crumb crumble crumpet croissant cruller cupcake custard danish dough doughnut
eclair egg emmer ficelle flour focaccia fondant frangipane fraisier ganache
genoise ginger glaze gluten gateau hydration icing kouign lamination leaven
levain loaf macaron madeleine marzipan meringue millefeuille mixer muffin
nougat oven pandoro panettone paris pastry peel piping pistachio praline
pretzel profiterole proof proofer pumpernickel quiche raisin rolling rye
sablee scone semolina shortbread sourdough sponge starter streusel strudel
sugar tart tartlet tiramisu toffee torte treacle trifle turnover vanilla
victoria whisk yeast zester bundtpan sprinkles fruitcake gingerbread
""".split()))

PW_RE_WIDE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_RE_STRICT = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
PW_FORM_ANY = re.compile(r"(?<![A-Za-z])(" + "|".join(sorted(WORDS, key=len, reverse=True)) +
                         r")[-_.+!~][a-z0-9]{3,5}[0-9]{2}(?![A-Za-z0-9])", re.I)


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def owner_password(rng, joiners="-_.+!~"):
    w = rng.choice(WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    tail = rstr(rng, LALNUM, rng.randint(3, 5)) + rstr(rng, DIGITS, 2)
    return w + rng.choice(joiners) + tail


def uuid4(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def jwt(rng, alg, payload, header_extra=None):
    header = {"alg": alg, "typ": "JWT"}
    if header_extra:
        header.update(header_extra)
    h = b64u_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
    signing = (h + "." + p).encode()
    if alg.startswith("HS"):
        dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
        sig = hmac.new(rbytes(rng, 48), signing, dig).digest()
    elif alg in ("RS256", "RS384"):
        sig = rbytes(rng, 256)
    elif alg == "ES256":
        sig = rbytes(rng, 64)
    elif alg == "EdDSA":
        sig = rbytes(rng, 64)
    else:
        raise ValueError(alg)
    return h + "." + p + "." + b64u_nopad(sig)


SIG_LEN = {"HS256": 43, "HS384": 64, "HS512": 86, "RS256": 342, "RS384": 342, "ES256": 86, "EdDSA": 86}
JWT_SHAPED = re.compile(r"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+")


def b64u_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt_valid(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        h = json.loads(b64u_decode(parts[0]))
        json.loads(b64u_decode(parts[1]))
    except Exception:
        return False
    alg = h.get("alg")
    return alg in SIG_LEN and len(parts[2]) == SIG_LEN[alg]


UUID_SHAPED = re.compile(r"(?<![0-9A-Fa-f])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f])")


def uuid_is_v4(s):
    s = s.lower()
    return s[14] == "4" and s[19] in "89ab"


# --- check digits -----------------------------------------------------------
DAMM = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2], [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9], [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8], [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4], [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5], [2, 5, 8, 1, 4, 3, 6, 7, 9, 0]]


def damm_digit(digits):
    i = 0
    for ch in digits:
        i = DAMM[i][int(ch)]
    return str(i)


def damm_ok(digits_with_check):
    return damm_digit(digits_with_check) == "0"


def crc16_ccitt_false(data):
    return binascii.crc_hqx(data, 0xFFFF)


def gs1_check(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        s += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - s % 10) % 10)


def iban_check(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    r = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


# --- registry ---------------------------------------------------------------
class Registry:
    """Refuses repeats and any 6+-character substring relation with earlier strings."""

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


# --- case styles ------------------------------------------------------------
def key_name(words, style):
    w = [x.lower() for x in words]
    if style == "upper":
        return "_".join(w).upper()
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


MARK = "\u27e6V\u27e7"


def place(template, value):
    """Put value at the single MARK in template; return (text, start, end)."""
    assert template.count(MARK) == 1, template
    start = template.index(MARK)
    text = template.replace(MARK, value)
    return text, start, start + len(value)


# --- deny-list extraction ---------------------------------------------------
def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lang_names = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        t = open(os.path.join(brief_dir, fn), encoding="utf-8").read()
        for m in re.finditer(r"`([^`\n]+)`", t):
            n = m.group(1).strip().lower()
            if n:
                names.add(n)
                for part in n.split("__"):
                    if part:
                        names.add(part)
        for m in re.finditer(r"(?<![A-Za-z0-9_])[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+(?![A-Za-z0-9_])", t):
            n = m.group(0).lower()
            names.add(n)
            for part in n.split("__"):
                if part:
                    names.add(part)
        for m in re.finditer(r"`([a-z]{2,4})` \(([A-Z][^)]*)\)", t):
            codes.add(m.group(1).lower())
            nm = m.group(2).strip().lower()
            lang_names.add(nm)
            for w in re.split(r"[\s,/-]+", nm):
                if w:
                    lang_names.add(w)
    for n in list(names):
        m = re.match(r"^[a-z]+pw_(.+)$", n)
        if m:
            syntaxes.add(m.group(1).split("__")[0])
    return {
        "source": brief_dir,
        "files": BRIEF_FILES,
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lang_names),
    }


def deny_hit(name, deny):
    """True when name (whole, or any __ part) is deny-listed (case-insensitive)."""
    names = deny["_nameset"]
    n = name.lower()
    if n in names:
        return True
    return any(p in names for p in n.split("__") if p)


def prepare_deny(deny):
    d = dict(deny)
    d["_nameset"] = set(deny["names"])
    d["_syntaxset"] = set(deny["syntaxes"])
    d["_codes"] = set(deny["language_codes"])
    d["_langnames"] = set(deny["language_names"])
    return d
