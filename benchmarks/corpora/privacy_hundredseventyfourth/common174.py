"""Shared helpers for the p174 corpus (beekeeping / apiary / honey processing).

Standard library only.  Every random choice goes through a random.Random
instance passed in by the caller, so the corpus is fully deterministic.
"""
import base64
import hashlib
import hmac
import json
import os
import re
import string
import zlib

PREFIX = "p174"
MARK = "\u27e6V\u27e7"          # slot marker, replaced by the labelled value
BRIEF_DIR = "/tmp/brief174"
BRIEF_FILES = ("README_hundredseventyfirst.md", "README_hundredseventysecond.md")

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = UPPER + LOWER + DIGITS
B62 = DIGITS + UPPER + LOWER
HEX = "0123456789abcdef"
B64URL = UPPER + LOWER + DIGITS + "-_"

# --------------------------------------------------------------- passwords
BEE_WORDS = [
    "honeycomb", "propolis", "brood", "nectar", "smoker", "queenbee", "drone",
    "swarm", "apiary", "beeswax", "hivetool", "langstroth", "topbar", "comb",
    "uncapping", "extractor", "forager", "nucleus", "excluder", "foundation",
    "capping", "manuka", "clover", "heather", "acacia", "buckwheat", "lavender",
    "wildflower", "beeyard", "waggle", "nursebee", "honeyflow", "bumble",
    "mellifera", "carniolan", "buckfast", "royaljelly", "pollen", "supers",
    "broodbox", "beeveil", "queencell", "overwinter", "beebread", "skep",
    "warre", "honeybee", "meadhall", "robbing", "orientation",
]
JOIN_ALL = "-_.+"
JOIN_SAFE = "-_."
PW_RE = re.compile(r"^[A-Za-z]+[-_.+][a-z0-9]{3,5}[0-9]{2}$")
PW_SAFE_RE = re.compile(r"^[A-Za-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")


def owner_password(rng, joiners=JOIN_ALL):
    w = rng.choice(BEE_WORDS)
    if rng.random() < 0.45:
        w = w[0].upper() + w[1:]
    mid = "".join(rng.choice(LOWER + DIGITS) for _ in range(rng.randint(3, 5)))
    return w + rng.choice(joiners) + mid + "".join(rng.choice(DIGITS) for _ in range(2))


# --------------------------------------------------------------- generators
def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def uuid4(rng):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def is_uuid4(s):
    return bool(re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", s.lower()))


def jwt_hs256(rng, payload):
    header = {"alg": "HS256", "typ": "JWT"}
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    key = rbytes(rng, 32)  # thrown away
    sig = hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64url_nopad(sig)


def b64url_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt_ok(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        json.loads(b64url_decode(parts[0]))
        json.loads(b64url_decode(parts[1]))
    except Exception:
        return False
    return True


def base62_int(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def gh_style_token(rng, prefix, body_len=30):
    """GitHub-style token: prefix + random base62 + CRC-32 of that part in 6 base62."""
    body = rs(rng, ALNUM, body_len)
    return prefix + body + base62_int(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def gh_style_ok(tok, prefix, body_len=30):
    body = tok[len(prefix):len(prefix) + body_len]
    return tok.startswith(prefix) and tok[len(prefix) + body_len:] == base62_int(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def luhn_digit(payload):
    s = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def gs1_check(payload):
    """GS1 mod-10 check digit (EAN-13 / GTIN-14 / SSCC)."""
    s = 0
    for i, ch in enumerate(reversed(payload)):
        s += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - s % 10) % 10)


# --------------------------------------------------------------- key styles
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


# --------------------------------------------------------------- registry
class Registry:
    """Refuses any string that is in a substring relation with an earlier one."""

    def __init__(self):
        self.items = []
        self.seen = set()

    def ok(self, s):
        if s in self.seen:
            return False
        for x in self.items:
            if s in x or x in s:
                return False
        return True

    def add(self, s):
        if not self.ok(s):
            raise ValueError("registry clash: %r" % s)
        self.items.append(s)
        self.seen.add(s)
        return s

    def draw(self, fn, tries=200):
        for _ in range(tries):
            v = fn()
            if self.ok(v):
                return self.add(v)
        raise RuntimeError("registry could not draw a fresh value")


def fill(template, value, **ctx):
    """Replace @NAME@ context slots, then the single value marker; return (text, start, end)."""
    t = template
    for k, v in ctx.items():
        t = t.replace("@%s@" % k.upper(), str(v))
    if t.count(MARK) != 1:
        raise ValueError("template must hold exactly one marker: %r" % template[:80])
    start = t.index(MARK)
    text = t.replace(MARK, value)
    return text, start, start + len(value)


def positive(text, start, end, typ, container, source):
    value = text[start:end]
    return {
        "id": None,
        "type": typ,
        "container": container,
        "text": text,
        "secrets": [{"value": value, "start": start, "end": end, "type": typ}],
        "source": source,
    }


def make_positive(template, value, typ, container, source, **ctx):
    text, s, e = fill(template, value, **ctx)
    return positive(text, s, e, typ, container, source)


# --------------------------------------------------------------- deny-list
SPARE_NAMES = {"lat": "Latin", "kin": "Kinyarwanda", "plt": "Malagasy", "tat": "Tatar",
               "ibo": "Igbo", "sun": "Sundanese"}


def extract_denylist(brief_dir=BRIEF_DIR):
    names = set()
    codes = set()
    lang_names = set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as f:
            txt = f.read()
        raw = set(m.strip().lower() for m in re.findall(r"`([^`\n]+)`", txt))
        raw |= set(m.lower() for m in re.findall(r"\b[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+\b", txt))
        for n in raw:
            if not n:
                continue
            parts = [n] + [p for p in n.split("__") if p]
            for p in parts:
                p = p.strip("_")
                if not p:
                    continue
                names.add(p)
                m = re.match(r"^[a-z]+pw_(.+)$", p)
                if m:
                    names.add(m.group(1))
        for code, name in re.findall(r"`([a-z]{3})` \(([^)]+)\)", txt):
            codes.add(code)
            lang_names.add(name.lower())
            for w in re.split(r"[\s\-]+", name.lower()):
                if w:
                    lang_names.add(w)
        for line in txt.splitlines():
            if "spare" in line.lower():
                for seg in re.findall(r"spares[^)]*\)", line):
                    for c in re.findall(r"`([a-z]{3})`", seg):
                        codes.add(c)
                        if c in SPARE_NAMES:
                            lang_names.add(SPARE_NAMES[c].lower())
    return {
        "source": [os.path.join(brief_dir, f) for f in BRIEF_FILES],
        "names": sorted(names),
        "language_codes": sorted(codes),
        "language_names": sorted(lang_names),
    }


def denied(name, deny_names):
    n = name.lower()
    parts = [n] + [p for p in n.split("__") if p]
    for p in parts:
        if p in deny_names:
            return True
        m = re.match(r"^[a-z]+pw_(.+)$", p)
        if m and m.group(1) in deny_names:
            return True
    return False
