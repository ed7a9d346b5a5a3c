"""Shared helpers for the p183 corpus (science-centre / planetarium / observatory world).

Python 3 standard library only; every random choice goes through a random.Random
instance handed in by the caller (fixed seeds in build.py); no clock, no network.
"""
import base64
import hashlib
import hmac
import json
import os
import re
import zlib

PREFIX = "p183"
BRIEF_DIR = "/tmp/brief183"
BRIEF_FILES = ("README_hundredeightieth.md", "README_hundredeightyfirst.md")

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
HEX = "0123456789abcdef"
B62 = DIGITS + UPPER + LOWER
ALNUM = UPPER + LOWER + DIGITS
LALNUM = LOWER + DIGITS
UALNUM = UPPER + DIGITS
B64URL = UPPER + LOWER + DIGITS + "-_"
B64STD = UPPER + LOWER + DIGITS + "+/"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

# ---------------------------------------------------------------- words of this world
WORLD_WORDS = [
    "zenith", "nadir", "azimuth", "meridian", "ecliptic", "equinox", "solstice", "nebula",
    "quasar", "pulsar", "comet", "meteor", "aurora", "corona", "umbra", "penumbra",
    "parallax", "redshift", "eyepiece", "reflector", "refractor", "dobsonian", "aperture",
    "focuser", "collimator", "planisphere", "orrery", "sextant", "astrolabe", "transit",
    "occultation", "perihelion", "aphelion", "apogee", "perigee", "syzygy", "galaxy",
    "supernova", "magnetar", "cepheid", "perseid", "leonid", "geminid", "andromeda",
    "orion", "cassiopeia", "pleiades", "sirius", "vega", "polaris", "betelgeuse", "rigel",
    "altair", "deneb", "arcturus", "capella", "antares", "spica", "regulus", "procyon",
    "aldebaran", "lyra", "cygnus", "draco", "starlight", "moonrise", "eclipse", "totality",
    "cosmos", "lagrange", "kepler", "hubble", "galileo", "heliostat", "coronagraph",
    "spectrograph", "bolide", "fireball", "asteroid", "kuiper", "exoplanet", "sunspot",
    "skydome", "starfield", "projector", "chromosphere", "baily", "gibbous", "crescent",
]
JOINERS_FULL = "-_.+^"
JOINERS_STRICT = "-_."
PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+^][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def owner_password(rng, strict=False):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.42:
        w = w.capitalize()
    j = rng.choice(JOINERS_STRICT if strict else JOINERS_FULL)
    mid = rs(rng, LALNUM, rng.randint(3, 5))
    return w + j + mid + rs(rng, DIGITS, 2)


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def uuid4(rng, upper=False):
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def b64(b):
    return base64.b64encode(b).decode()


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt_hs256(rng, payload, header=None):
    header = header or {"alg": "HS256", "typ": "JWT"}
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    key = rbytes(rng, 32)  # discarded
    sig = hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64url_nopad(sig)


def base62_int(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_token(rng, prefix, nrand=30):
    """GitHub-style token: prefix + random base62 + 6-char base62 CRC-32 of the random part."""
    body = rs(rng, B62, nrand)
    return prefix + body + base62_int(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def crc_token_ok(tok, prefix, nrand=30):
    if not tok.startswith(prefix):
        return False
    body = tok[len(prefix):len(prefix) + nrand]
    tail = tok[len(prefix) + nrand:]
    return len(tail) == 6 and base62_int(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6) == tail


def b64url_decode(s):
    s = s + "=" * (-len(s) % 4)
    return base64.urlsafe_b64decode(s.encode())


def jwt_ok(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        json.loads(b64url_decode(parts[0]))
        json.loads(b64url_decode(parts[1]))
        return len(b64url_decode(parts[2])) == 32
    except Exception:
        return False


UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def uuid_is_v4(u):
    return u[14] == "4" and u[19].lower() in "89ab"


# ---------------------------------------------------------------- key-name case styles
def key_style(words, style):
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
    if style == "define":
        return "SECRET_" + "_".join(x.upper() for x in w)
    if style == "lowerconcat":
        return "".join(w)
    raise ValueError(style)


# ---------------------------------------------------------------- value registry
class Registry:
    """Refuses any string in a substring relation with an earlier registered string."""

    def __init__(self):
        self.items = []
        self.set = set()

    def ok(self, s):
        if not s or s in self.set:
            return False
        for t in self.items:
            if s in t or t in s:
                return False
        return True

    def add(self, s):
        if not self.ok(s):
            raise ValueError("registry clash: %r" % s)
        self.items.append(s)
        self.set.add(s)
        return s

    def draw(self, fn, tries=200):
        for _ in range(tries):
            s = fn()
            if self.ok(s):
                return self.add(s)
        raise RuntimeError("registry: could not draw a fresh value")


def place(template, value, **kw):
    """Fill a template that holds the slot marker {V} exactly once; return text, start, end."""
    marker = "\x00V\x00"
    t = template
    for k, v in kw.items():
        t = t.replace("{" + k + "}", v)
    t = t.replace("{V}", marker)
    if t.count(marker) != 1:
        raise ValueError("template must hold exactly one {V}: %r" % template[:80])
    start = t.index(marker)
    text = t.replace(marker, value)
    return text, start, start + len(value)


def span_record(rid, rtype, container, text, start, end, source, extra=None):
    value = text[start:end]
    sp = {"value": value, "start": start, "end": end, "type": rtype}
    if extra:
        sp.update(extra)
    return {"id": rid, "type": rtype, "container": container, "text": text,
            "secrets": [sp], "source": source}


# ---------------------------------------------------------------- deny-list extraction
SNAKE_RE = re.compile(r"[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+")
BACKTICK_RE = re.compile(r"`([^`\n]+)`")
LANG_RE = re.compile(r"`([a-z]{3})` \(([^)]+)\)")
POS_PREFIX_RE = re.compile(r"^[a-z]+pw_(.+)$")


def _add_name(names, raw):
    n = raw.strip().lower()
    if not n:
        return
    names.add(n)
    if "__" in n:
        for part in n.split("__"):
            if part:
                names.add(part)
    m = POS_PREFIX_RE.match(n)
    if m:
        names.add(m.group(1))


def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as f:
            txt = f.read()
        for m in BACKTICK_RE.finditer(txt):
            inner = m.group(1)
            if re.fullmatch(r"[\w.\-+]+", inner):
                _add_name(names, inner)
            for s in SNAKE_RE.findall(inner):
                _add_name(names, s)
        for s in SNAKE_RE.findall(txt):
            _add_name(names, s)
        for m in LANG_RE.finditer(txt):
            codes.add(m.group(1).lower())
            nm = m.group(2).strip().lower()
            lnames.add(nm)
            for w in re.split(r"[\s,()]+", nm):
                if w:
                    lnames.add(w)
    for n in list(names):
        m = POS_PREFIX_RE.match(n)
        if m and "__" not in n:
            syntaxes.add(m.group(1))
    return {
        "source": "backticked names and snake_case identifiers of %s (lower-cased, split at __, "
                  "positional prefix <letters>pw_ also stripped); language codes and names of "
                  "`code` (Name) pairs" % ", ".join(BRIEF_FILES),
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


def denied(name, deny):
    """Return the offending part if name (or a __ part of it) is deny-listed."""
    names = deny["_nameset"]
    n = name.lower()
    parts = [n] + [p for p in n.split("__") if p]
    for p in parts:
        if p in names:
            return p
        m = POS_PREFIX_RE.match(p)
        if m and (m.group(1) in names or m.group(1) in deny["_synset"]):
            return p
    return None


def prep_deny(deny):
    d = dict(deny)
    d["_nameset"] = set(deny["names"])
    d["_synset"] = set(deny["syntaxes"])
    d["_codes"] = set(deny["language_codes"])
    d["_lnames"] = set(deny["language_names"])
    return d


def jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
