"""Shared helpers for corpus p224 (funeral directors, crematoria, memorial masons).

Python 3 standard library only; every random choice goes through a seeded random.Random.
"""
import base64
import hashlib
import hmac
import json
import os
import re
import zlib

PREFIX = "p224"
LOW = "abcdefghijklmnopqrstuvwxyz"
UP = LOW.upper()
DIG = "0123456789"
B62 = DIG + UP + LOW
ALNUM_LOW = LOW + DIG
ALNUM_UP = UP + DIG
HEXL = "0123456789abcdef"
HEXU = HEXL.upper()
B64URL = UP + LOW + DIG + "-_"
B64STD = UP + LOW + DIG + "+/"
B32 = UP + "234567"
SLOT = "\u27e6V\u27e7"  # slot marker, never left in a text

SEEDS = {
    "everyday_values": 22401,
    "everyday_pairing": 22411,
    "vendor": 22402,
    "positional": 22403,
    "prose": 22404,
    "evasions": 22405,
    "negatives": 22406,
}

# words of this world for owner-chosen passwords (letters only)
WORDS = (
    "hearse casket coffin urn wreath lily chapel vigil requiem eulogy cortege bier pall "
    "pallbearer shroud epitaph headstone granite marble plinth kerb columbarium niche ossuary "
    "cremator cenotaph obelisk cherub lychgate yew cypress willow chrysanthemum lilac carnation "
    "remembrance memorial mourning tribute solace hymn psalm bugle lament dirge kirk crypt cairn "
    "tablet bronze lettering chisel mason slate limestone sandstone gilding embalm mortuary repose "
    "sanctum hallowed serenity tranquil evergreen laurel rosary candle taper elegy keepsake locket "
    "quartz basalt onyx scattering garden catafalque committal interment exhumation cemetery "
    "churchyard graveside sexton undertaker bereavement condolence sympathy obituary cremains "
    "ashes casketspray posy tribute sheaf vault mausoleum finial scroll angel dove anchor ivy "
    "heather primrose snowdrop forgetmenot poppy gravel bench plaque kneeler urnvault hymnal "
    "organ bellringer tolling muffled limousine cortege lectern order service pew"
).split()
WORDS = tuple(sorted(set(WORDS)))

PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
UUID4_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", re.I)
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def password(rng, strict=False):
    w = rng.choice(WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice("-_." if strict else "-_.+!~")
    return w + j + rs(rng, ALNUM_LOW, rng.randint(3, 5)) + rs(rng, DIG, 2)


def uuid4(rng):
    b = bytearray(rng.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = bytes(b).hex()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64u_json(obj):
    return b64u(json.dumps(obj, separators=(",", ":")).encode())


def jwt_hs(rng, payload, alg="HS256", header_extra=None):
    header = {"alg": alg, "typ": "JWT"}
    if header_extra:
        header.update(header_extra)
    h = b64u_json(header)
    p = b64u_json(payload)
    digest = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    key = rbytes(rng, 32)  # discarded
    sig = hmac.new(key, (h + "." + p).encode(), digest).digest()
    return h + "." + p + "." + b64u(sig)


def jwt_shaped(rng, payload, alg):
    """JWT with real JSON and a random signature of the right length (asymmetric algs)."""
    h = b64u_json({"alg": alg, "typ": "JWT"})
    p = b64u_json(payload)
    n = {"ES256": 64, "ES512": 132, "EdDSA": 64, "RS256": 256}[alg]
    return h + "." + p + "." + b64u(rbytes(rng, n))


JWT_SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "ES256": 64, "ES512": 132, "EdDSA": 64}


def _b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt_ok(tok):
    try:
        h, p, s = tok.split(".")
        hd = json.loads(_b64u_dec(h))
        json.loads(_b64u_dec(p))
        sig = _b64u_dec(s)
    except Exception:
        return False
    return isinstance(hd, dict) and JWT_SIG_LEN.get(hd.get("alg")) == len(sig)


# ---------------------------------------------------------------- check digits
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


def mod97_10_digits(body_digits):
    """ISO 7064 MOD 97-10 check digits (as in IBAN) for a string of digits."""
    return "%02d" % (98 - (int(body_digits + "00") % 97))


def mod97_10_ok(digits):
    return int(digits) % 97 == 1


def hex_to_digits(s):
    return "".join(str(int(c, 16)) for c in s)


def gs1_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def iban(country, bban):
    conv = "".join(str(int(c, 36)) for c in bban + country + "00")
    chk = 98 - int(conv) % 97
    return country + "%02d" % chk + bban


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def nhs_check(nine):
    total = sum(int(d) * (10 - i) for i, d in enumerate(nine))
    c = 11 - total % 11
    if c == 11:
        c = 0
    return None if c == 10 else str(c)


def adler_hex(s):
    return "%08x" % (zlib.adler32(s.encode()) & 0xFFFFFFFF)


# ---------------------------------------------------------------- case styles
def key(words, style):
    if isinstance(words, str):
        words = words.split("_")
    w = [x.lower() for x in words]
    if style == "upper":
        return "_".join(w).upper()
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
        return " ".join(x.upper() if x in ("crm", "api", "jwt", "pc", "id", "cms", "av") else x.capitalize() for x in w)
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
        for t in self.items:
            if len(s) >= 6 and len(t) >= 6 and (s in t or t in s):
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


def fill(template, value):
    """Put value into the single slot of template; return text, start, end."""
    if template.count(SLOT) != 1:
        raise ValueError("template needs exactly one slot: %r" % template[:80])
    start = template.index(SLOT)
    text = template.replace(SLOT, value)
    return text, start, start + len(value)


def record(rid, typ, container, template, value, source):
    text, s, e = fill(template, value)
    return {
        "id": rid,
        "type": typ,
        "container": container,
        "text": text,
        "secrets": [{"value": value, "start": s, "end": e, "type": typ}],
        "source": source,
    }


def dumps_jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# ---------------------------------------------------------------- deny-list
BRIEF_DIR = "/tmp/brief224"
BRIEF_FILES = ("README_twohundredtwentyfirst.md", "README_twohundredtwentysecond.md")


def extract_denylist(texts):
    names = set()
    syntaxes = set()
    codes = set()
    lang_names = set()
    for t in texts:
        for m in re.finditer(r"`([^`\n]+)`", t):
            n = m.group(1).strip().lower()
            if n:
                names.add(n)
        for m in re.finditer(r"(?<![A-Za-z0-9])([A-Za-z0-9]+(?:_{1,2}[A-Za-z0-9]+)+)(?![A-Za-z0-9])", t):
            names.add(m.group(1).lower())
        for m in re.finditer(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            codes.add(m.group(1).lower())
            nm = m.group(2).strip().lower()
            lang_names.add(nm)
            for w in re.split(r"[\s,;/-]+", nm):
                if w:
                    lang_names.add(w)
        for m in re.finditer(r"`([a-z]+pw)_([a-z0-9_]+)`", t):
            syntaxes.add(m.group(2).lower())
    # split at "__"
    for n in list(names):
        if "__" in n:
            for part in n.split("__"):
                if part:
                    names.add(part)
    # earlier syntaxes also stripped of their <letters>pw_ prefix in the names themselves
    for n in list(names):
        m = re.match(r"^[a-z]+pw_([a-z0-9_]+)$", n)
        if m:
            syntaxes.add(m.group(1))
    return {
        "source": BRIEF_DIR,
        "files": list(BRIEF_FILES),
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lang_names),
    }


def read_brief():
    texts = []
    for f in BRIEF_FILES:
        with open(os.path.join(BRIEF_DIR, f), encoding="utf-8") as fh:
            texts.append(fh.read())
    return texts


def deny_hit(name, deny):
    """Whole name or any __ part (case-insensitive) in the deny-list names."""
    names = deny["_names_set"] if "_names_set" in deny else set(deny["names"])
    n = name.lower()
    if n in names:
        return n
    for part in n.split("__"):
        if part in names:
            return part
    return None


def prep_deny(deny):
    d = dict(deny)
    d["_names_set"] = set(deny["names"])
    d["_syn_set"] = set(deny["syntaxes"])
    d["_codes_set"] = set(deny["language_codes"])
    d["_lnames_set"] = set(deny["language_names"])
    return d
