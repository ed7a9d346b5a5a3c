"""Shared helpers for the p177 corpus (stdlib only, deterministic)."""
import base64
import hashlib
import hmac
import json
import os
import re
import uuid
import zlib

PREFIX = "p177"
MARK = "\u27e6V\u27e7"          # slot marker, replaced by the value
BRIEF_DIR = "/tmp/brief177"
BRIEF_FILES = ["README_hundredseventyfourth.md", "README_hundredseventyfifth.md"]

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
BASE62 = DIGITS + UPPER + LOWER
HEX = "0123456789abcdef"
B64URL = UPPER + LOWER + DIGITS + "-_"
B64STD = UPPER + LOWER + DIGITS + "+/"

# words of the dry-stone / masonry / heritage-restoration world
WORDS = [
    "ashlar", "lintel", "corbel", "quoin", "mortar", "limewash", "rubble",
    "coursing", "hearting", "throughstone", "copestone", "cairn", "drystane",
    "gritstone", "sandstone", "limestone", "granite", "slate", "flint",
    "cobble", "voussoir", "keystone", "plinth", "mullion", "transom",
    "repoint", "trowel", "bolster", "chisel", "mallet", "plumbline", "batter",
    "buttress", "parapet", "gable", "capstone", "sett", "tooling", "quarry",
    "putlog", "pozzolan", "hempcrete", "cornice", "tracery", "wallhead",
    "dressing", "banker", "sneck", "hydrolime", "pinning", "footing", "stile",
]
PW_RE_ANY = re.compile(r"^[A-Za-z]+[-_.+][a-z0-9]{3,5}[0-9]{2}$")
PW_RE_SAFE = re.compile(r"^[A-Za-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def owner_password(rng, joiners="-_.+"):
    w = rng.choice(WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    mid = rstr(rng, LOWER + DIGITS, rng.randint(3, 5))
    return w + rng.choice(joiners) + mid + rstr(rng, DIGITS, 2)


def uuid4(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64(data):
    return base64.b64encode(data).decode()


def b64url_nopad(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def b32_nopad(data):
    return base64.b32encode(data).decode().rstrip("=")


def jwt_hs256(rng, payload, header=None):
    header = header or {"alg": "HS256", "typ": "JWT"}
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    key = rbytes(rng, 32)             # thrown away
    sig = hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64url_nopad(sig)


def jwt_random_sig(rng, payload, alg="RS256", sig_len=256):
    header = {"alg": alg, "typ": "JWT"}
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64url_nopad(rbytes(rng, sig_len))


def base62_encode_int(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = BASE62[r] + out
    return out.rjust(width, "0")


def gh_token(rng, prefix):
    body = rstr(rng, ALNUM, 30)
    crc = zlib.crc32(body.encode()) & 0xFFFFFFFF
    return prefix + body + base62_encode_int(crc, 6)


def gh_token_ok(tok):
    body, chk = tok[4:34], tok[34:]
    return len(tok) == 40 and base62_encode_int(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6) == chk


# ---- case styles -----------------------------------------------------------
def style_key(words, style):
    if style == "upper":
        return "_".join(w.upper() for w in words)
    if style == "snake":
        return "_".join(words)
    if style == "kebab":
        return "-".join(words)
    if style == "dot":
        return ".".join(words)
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "spaced":
        return " ".join(words)
    if style == "title":
        return " ".join(w.capitalize() for w in words)
    raise ValueError(style)


def fill(template, value):
    """Replace the single slot marker; return (text, start, end)."""
    if template.count(MARK) != 1:
        raise ValueError("template must hold exactly one slot: %r" % template[:80])
    start = template.index(MARK)
    text = template.replace(MARK, value)
    return text, start, start + len(value)


class Registry:
    """Every labelled value, plain and run goes through here; refuses any
    string in a substring relation with an earlier one."""

    def __init__(self):
        self.items = []

    def ok(self, s):
        for t in self.items:
            if s in t or t in s:
                return False
        return True

    def add(self, s):
        if not self.ok(s):
            return False
        self.items.append(s)
        return True

    def draw(self, fn, tries=200):
        for _ in range(tries):
            v = fn()
            if self.add(v):
                return v
        raise RuntimeError("registry: could not draw a fresh value")


# ---- check digits -------------------------------------------------------------
def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def iban_check(country, bban):
    s = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return "%02d" % (98 - n % 97)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def gb_vat_ok(nine):
    w = [8, 7, 6, 5, 4, 3, 2]
    s = sum(int(nine[i]) * w[i] for i in range(7)) + int(nine[7:])
    return s % 97 == 0


def gb_vat(rng):
    while True:
        first = rstr(rng, DIGITS, 7)
        w = [8, 7, 6, 5, 4, 3, 2]
        s = sum(int(first[i]) * w[i] for i in range(7))
        chk = (-s) % 97
        cand = first + "%02d" % chk
        if first[0] != "0" and gb_vat_ok(cand):
            return cand


# ---- IFC GlobalId (compressed GUID, 22 chars) ---------------------------------
IFC64 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_$"


def ifc_globalid(rng):
    n = uuid.UUID(int=rng.getrandbits(128), version=4).int
    out = IFC64[n >> 126]
    for i in range(20, -1, -1):
        out += IFC64[(n >> (6 * i)) & 63]
    return out


def ifc_globalid_to_uuid(g):
    n = IFC64.index(g[0])
    for ch in g[1:]:
        n = (n << 6) | IFC64.index(ch)
    return uuid.UUID(int=n)


# ---- deny-list -----------------------------------------------------------------
SNAKE_RE = re.compile(r"(?<![A-Za-z0-9_])[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+(?![A-Za-z0-9_])")
PAIR_RE = re.compile(r"`([a-z]{3})` \(([^)]+)\)")
SPARE_RE = re.compile(r"spares? unused: ((?:`[a-z]{3}`(?:, )?)+)")
OLDPW_RE = re.compile(r"^[a-z]+pw_(.+)$")


def _add_name(names, raw):
    n = raw.strip().lower()
    if not n:
        return
    cands = [n] + [p for p in n.split("__") if p]
    for c in cands:
        names.add(c)
        m = OLDPW_RE.match(c)
        if m:
            names.add(m.group(1))


def extract_denylist(brief_dir=BRIEF_DIR):
    names, codes, lnames = set(), set(), set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as f:
            txt = f.read()
        for m in re.findall(r"`([^`]+)`", txt):
            _add_name(names, m)
        for m in SNAKE_RE.findall(txt):
            _add_name(names, m)
        for code, name in PAIR_RE.findall(txt):
            codes.add(code)
            lnames.add(name.lower())
            for w in re.split(r"[^a-zà-ÿ]+", name.lower()):
                if w:
                    lnames.add(w)
        for grp in SPARE_RE.findall(txt):
            for c in re.findall(r"`([a-z]{3})`", grp):
                codes.add(c)
    return {
        "source": "/tmp/brief177/ (%s)" % ", ".join(BRIEF_FILES),
        "names": sorted(names),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


def denied(name, deny_names):
    n = name.lower()
    if n in deny_names:
        return True
    return any(p in deny_names for p in n.split("__") if p)


def dumps_jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
