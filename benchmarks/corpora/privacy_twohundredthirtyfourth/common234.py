"""Shared helpers for corpus p234 (laundrettes, dry cleaners, linen hire).

Python 3 standard library only; every random choice goes through a
random.Random instance handed in by the caller (fixed seeds, no clock).
"""
import base64
import hashlib
import hmac
import json
import os
import re
import zlib

PREFIX = "p234"
BRIEF_DIR = "/tmp/brief234"
BRIEF_FILES = ["README_twohundredthirtyfirst.md", "README_twohundredthirtysecond.md"]

SEEDS = {
    "everyday_values": 23401,
    "everyday_pairing": 23411,
    "vendor": 23402,
    "positional": 23403,
    "prose": 23404,
    "evasions": 23405,
    "negatives": 23406,
}

# --------------------------------------------------------------------------
# words of this world (letters only) used for owner-chosen passwords
WORLD_WORDS = sorted(set("""
agitator apron basket bedsheet bleach blanket bobbin boiler borax bundle
button calender cashmere chute clothespeg collar conveyor cotton crease
cuff damask denim detergent dhobi drum duvet dryer eiderdown enzyme fabric
flannel fleece folder garment gusset hamper hanger hem hopper ironing
jacquard lanolin lather launder laundry lavender lint linen mangle napkin
nappy overall ozone percale pillowcase pinafore pleat polyester presser
quilt rinse satin seam serge sheet shirt silk softener solvent spin spotter
starch steam suds suit tablecloth taffeta tailor terry thread ticket towel
trolley tumble tweed uniform valet velvet washboard washer whites wool
wringer zipper tunnel finisher bagging coinop carousel folding lintel
pressroom hangtag gingham chambray poplin muslin worsted corduroy
""".split()))

STRICT_PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
OWNER_PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
WORLD_PW_FORM_RE = re.compile(
    r"(?<![A-Za-z0-9])(?i:" + "|".join(WORLD_WORDS) + r")[-_.+!~][a-z0-9]{3,5}[0-9]{2}(?![A-Za-z0-9])")

UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
UUID4_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
LOWER_ALNUM = LOWER + DIGITS
UPPER_ALNUM = UPPER + DIGITS
HEXL = "0123456789abcdef"
HEXU = HEXL.upper()
B64URL = ALNUM + "-_"
B64STD = ALNUM + "+/"
CLASSES = {
    "alnum": ALNUM, "lower_alnum": LOWER_ALNUM, "upper_alnum": UPPER_ALNUM,
    "hexl": HEXL, "hexu": HEXU, "b64url": B64URL, "b64std": B64STD,
    "digits": DIGITS, "letters": UPPER + LOWER, "lower": LOWER, "upper": UPPER,
    "base32": "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
}
CLASS_RE = {
    "alnum": "[A-Za-z0-9]", "lower_alnum": "[a-z0-9]", "upper_alnum": "[A-Z0-9]",
    "hexl": "[0-9a-f]", "hexu": "[0-9A-F]", "b64url": "[A-Za-z0-9_-]", "b64std": "[A-Za-z0-9+/]",
    "digits": "[0-9]", "letters": "[A-Za-z]", "lower": "[a-z]", "upper": "[A-Z]",
    "base32": "[A-Z2-7]",
}
CLASS_WORDS = {
    "alnum": "alphanumerics", "lower_alnum": "lower-case alphanumerics",
    "upper_alnum": "upper-case alphanumerics", "hexl": "lower-case hex", "hexu": "upper-case hex",
    "b64url": "base64url", "b64std": "standard Base64 characters", "digits": "digits",
    "letters": "letters", "lower": "lower-case letters", "upper": "upper-case letters",
    "base32": "upper-case Base32 characters",
}


def rstr(rng, cls, n):
    chars = CLASSES.get(cls, cls)
    return "".join(rng.choice(chars) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def uuid4(rng, upper=False):
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt_hs(rng, payload, alg="HS256"):
    header = {"alg": alg, "typ": "JWT"}
    h = b64u_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
    key = rbytes(rng, 32)
    dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    sig = hmac.new(key, (h + "." + p).encode(), dig).digest()
    return h + "." + p + "." + b64u_nopad(sig)


JWT_SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "ES256": 64, "EdDSA": 64}


def jwt_valid(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        def dec(s):
            return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))
        hdr = json.loads(dec(parts[0]))
        json.loads(dec(parts[1]))
        sig = dec(parts[2])
    except Exception:
        return False
    alg = hdr.get("alg")
    return alg in JWT_SIG_LEN and len(sig) == JWT_SIG_LEN[alg]


def owner_password(rng, strict=False):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice("-_." if strict else "-_.+!~")
    tail = rstr(rng, LOWER_ALNUM, rng.randint(3, 5)) + rstr(rng, DIGITS, 2)
    return w + j + tail


# --------------------------------------------------------------------------
# check-digit and checksum helpers
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


def damm_digit(num):
    interim = 0
    for ch in num:
        interim = DAMM_TABLE[interim][int(ch)]
    return str(interim)


def damm_ok(num_with_check):
    return damm_digit(num_with_check) == "0"


def luhn_digit(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def gs1_check(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def crc32_hex(s):
    return "%08x" % (zlib.crc32(s.encode()) & 0xFFFFFFFF)


def crc24_openpgp(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def uk_vat_ok(nine):
    # classic UK VAT: weights 8..2 over first 7 digits + last two digits ≡ 0 (mod 97) or with +55
    s = sum(int(d) * w for d, w in zip(nine[:7], range(8, 1, -1))) + int(nine[7:])
    return s % 97 == 0 or (s + 55) % 97 == 0


def uk_vat_number(rng):
    while True:
        first = "".join(rng.choice(DIGITS) for _ in range(7))
        s = sum(int(d) * w for d, w in zip(first, range(8, 1, -1)))
        chk = (-s) % 97
        num = first + "%02d" % chk
        if first[0] != "0" and uk_vat_ok(num):
            return num


# --------------------------------------------------------------------------
# key-name case styles
def words_of(name):
    return [w for w in re.split(r"[_\s]+", name) if w]


def case_key(words, style):
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


# --------------------------------------------------------------------------
# registry: refuses repeats and 6+ character substring relations
class Registry:
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

    def draw(self, fn):
        for _ in range(200):
            v = fn()
            if self.add(v):
                return v
        raise RuntimeError("registry could not draw a fresh value")


# --------------------------------------------------------------------------
# placing a value inside a template
MARK = "\u0000VALUE\u0000"


def place(template_text, value):
    """template_text holds MARK exactly once; returns (text, start, end)."""
    assert template_text.count(MARK) == 1, template_text
    start = template_text.index(MARK)
    text = template_text.replace(MARK, value)
    return text, start, start + len(value)


def span_record(rid, typ, container, text, start, end, source, extra=None):
    value = text[start:end]
    span = {"value": value, "start": start, "end": end, "type": typ}
    if extra:
        span.update(extra)
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [span], "source": source}


# --------------------------------------------------------------------------
# deny-list extraction from the two earlier READMEs
LANG_PAIR_RE = re.compile(r"`([a-z]{2,3})` \(([^()]+)\)")


def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lang_names = set(), set(), set(), set()
    files = []
    for fn in BRIEF_FILES:
        path = os.path.join(brief_dir, fn)
        with open(path, encoding="utf-8") as fh:
            s = fh.read()
        files.append(fn)
        found = []
        for m in re.finditer(r"`([^`\n]+)`", s):
            found.append(m.group(1))
        for m in re.finditer(r"(?<![A-Za-z0-9_])[A-Za-z][A-Za-z0-9]*(?:_+[A-Za-z0-9]+)+", s):
            found.append(m.group(0))
        for f in found:
            f = f.strip().lower()
            if not f:
                continue
            names.add(f)
            for part in f.split("__"):
                if part:
                    names.add(part)
            m = re.match(r"^[a-z]+pw_([a-z0-9_]+)$", f.split("__")[0])
            if m:
                syntaxes.add(m.group(1))
        for m in LANG_PAIR_RE.finditer(s):
            codes.add(m.group(1).lower())
            nm = m.group(2).strip().lower()
            lang_names.add(nm)
            for w in re.split(r"[\s\-/,]+", nm):
                if w:
                    lang_names.add(w)
    return {
        "source": brief_dir,
        "files": files,
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lang_names),
    }


def deny_hits(name, deny_names):
    """Return the offending parts of name (whole name or any __ part)."""
    n = name.lower()
    hits = []
    if n in deny_names:
        hits.append(n)
    for part in n.split("__"):
        if part and part in deny_names and part not in hits:
            hits.append(part)
    return hits
