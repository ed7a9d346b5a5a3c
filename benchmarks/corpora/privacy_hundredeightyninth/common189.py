"""Shared helpers for the p189 corpus (nightclub / karaoke / live-music venue developers).

Python 3 standard library only; every random choice goes through a seeded random.Random.
"""
import base64
import hashlib
import hmac
import json
import os
import re
import string
import zlib

PREFIX = "p189"
BRIEF_DIR = "/tmp/brief189"
BRIEF_FILES = ("README_hundredeightysixth.md", "README_hundredeightyseventh.md")

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = LOWER + UPPER + DIGITS
BASE62 = DIGITS + UPPER + LOWER
LOWER_ALNUM = LOWER + DIGITS
UPPER_ALNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
B64URL = UPPER + LOWER + DIGITS + "-_"
B64STD = UPPER + LOWER + DIGITS + "+/"

# Words of the nightclub / karaoke / live-music world used in owner-chosen passwords.
WORDS = [
    "bouncer", "guestlist", "dancefloor", "mirrorball", "strobe", "subwoofer", "turntable",
    "crossfader", "karaoke", "encore", "setlist", "headliner", "backstage", "wristband",
    "cloakroom", "velvetrope", "doorman", "promoter", "afterparty", "nightowl", "basement",
    "smokemachine", "laser", "fogger", "bassline", "dropbeat", "remix", "tempo", "mixtape",
    "headphones", "gobo", "hazer", "spotlight", "cocktail", "mojito", "negroni", "martini",
    "shaker", "sparkler", "mezzanine", "balcony", "soundcheck", "lineup", "residency",
    "warmup", "duet", "ballad", "microphone", "falsetto", "chorus", "tambourine", "discoball",
    "neon", "glitter", "lightshow", "soundsystem", "decibel", "limiter", "cashless", "topup",
    "bartab", "tipjar", "coatcheck", "handstamp", "plusone", "doorlist", "boothcam", "jukebox",
    "rekord", "cuepoint", "loopstation", "vocoder", "moonwalk", "groove", "disco", "techno",
    "house", "garage", "jungle", "afterhours", "rooftop", "speakeasy", "shotglass", "highball",
]
JOINERS = "-_.+!*"
STRICT_JOINERS = "-_."
PASSWORD_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!*][a-z0-9]{3,5}[0-9]{2}$")
STRICT_PASSWORD_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def b64(data):
    return base64.b64encode(data).decode()


def b64url(data, pad=False):
    s = base64.urlsafe_b64encode(data).decode()
    return s if pad else s.rstrip("=")


def b64url_json(obj):
    return b64url(json.dumps(obj, separators=(",", ":")).encode())


def uuid4(rng, upper=False):
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = "%s-%s-%s-%s-%s" % (h[0:8], h[8:12], h[12:16], h[16:20], h[20:32])
    return s.upper() if upper else s


def jwt_hs(rng, payload, alg="HS256", kid=None):
    header = {"alg": alg, "typ": "JWT"}
    if kid:
        header["kid"] = kid
    h = b64url_json(header)
    p = b64url_json(payload)
    key = rbytes(rng, 48)  # discarded
    digest = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    sig = hmac.new(key, (h + "." + p).encode(), digest).digest()
    return h + "." + p + "." + b64url(sig)


def jwt_es256_shaped(rng, payload, kid):
    h = b64url_json({"alg": "ES256", "kid": kid, "typ": "JWT"})
    p = b64url_json(payload)
    return h + "." + p + "." + b64url(rbytes(rng, 64))


def b62_encode_int(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = BASE62[r] + out
    return out.rjust(width, "0")


def crc32_b62(body):
    return b62_encode_int(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def password(rng, strict=False, word=None):
    w = word or rng.choice(WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice(STRICT_JOINERS if strict else JOINERS)
    mid = rs(rng, LOWER_ALNUM, rng.randint(3, 5))
    return w + j + mid + rs(rng, DIGITS, 2)


# ---------------------------------------------------------------- registry
class Registry:
    """Every labelled value, hidden password, evasion plain and evasion run is drawn through
    this registry; it refuses any string that is a substring of, or contains, an earlier one."""

    def __init__(self):
        self.items = []
        self.set = set()

    def ok(self, s):
        if s in self.set:
            return False
        for t in self.items:
            if s in t or t in s:
                return False
        return True

    def add(self, s):
        if not self.ok(s):
            return False
        self.items.append(s)
        self.set.add(s)
        return True

    def draw(self, fn, *extra_ok):
        for _ in range(500):
            v = fn()
            if all(f(v) for f in extra_ok) and self.add(v):
                return v
        raise RuntimeError("registry could not draw a fresh value")

    def contains_any(self, text):
        for t in self.items:
            if t in text:
                return t
        return None


# ---------------------------------------------------------------- key-name styles
def style_key(words, style):
    ws = [w.lower() for w in words]
    if style == "upper":
        return "_".join(w.upper() for w in ws)
    if style == "snake":
        return "_".join(ws)
    if style == "camel":
        return ws[0] + "".join(w.capitalize() for w in ws[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in ws)
    if style == "kebab":
        return "-".join(ws)
    if style == "dot":
        return ".".join(ws)
    if style == "spaced":
        return " ".join(ws)
    if style == "title":
        return " ".join(w.capitalize() for w in ws)
    raise ValueError(style)


# ---------------------------------------------------------------- records
def make_record(rid, rtype, container, text, value, source, extra_span=None):
    start = text.find(value)
    if start < 0:
        raise RuntimeError("value not in text for %s" % rid)
    span = {"value": value, "start": start, "end": start + len(value), "type": rtype}
    if extra_span:
        span.update(extra_span)
    return {"id": rid, "type": rtype, "container": container, "text": text,
            "secrets": [span], "source": source}


def dumps_jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# ---------------------------------------------------------------- deny-list
BACKTICK_RE = re.compile(r"`([^`\n]+)`")
SNAKE_RE = re.compile(r"[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+")
LANG_RE = re.compile(r"`([a-z]{2,3})` \(([^)`]+)\)")
PW_PREFIX_RE = re.compile(r"^([a-z]+)pw_(.+)$")


def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lang_names = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as fh:
            text = fh.read()
        cands = [m.strip().lower() for m in BACKTICK_RE.findall(text)]
        cands += [m.lower() for m in SNAKE_RE.findall(text)]
        for c in cands:
            if not c:
                continue
            names.add(c)
            for part in c.split("__"):
                if part:
                    names.add(part)
                    m = PW_PREFIX_RE.match(part)
                    if m:
                        syntaxes.add(m.group(2))
                        names.add(m.group(2))
        for code, name in LANG_RE.findall(text):
            codes.add(code.lower())
            lang_names.add(name.lower())
            for w in re.split(r"[\s,/-]+", name.lower()):
                if w:
                    lang_names.add(w)
    return {
        "source": "backticked names and snake_case identifiers of %s (lower-cased, also split at "
                  "'__', earlier '<letters>pw_' prefixes stripped into 'syntaxes'), and the "
                  "`code` (Name) language pairs" % ", ".join(BRIEF_FILES),
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lang_names),
    }


def denied(name, deny):
    """Return the offending part if name (whole or any '__' part) is deny-listed."""
    names = deny["_names_set"] if "_names_set" in deny else set(deny["names"])
    n = name.lower()
    for part in [n] + n.split("__"):
        if part in names:
            return part
    return None


def prepare_deny(deny):
    d = dict(deny)
    d["_names_set"] = set(deny["names"])
    d["_syntax_set"] = set(deny["syntaxes"])
    d["_codes_set"] = set(deny["language_codes"])
    d["_lang_set"] = set(deny["language_names"])
    return d
