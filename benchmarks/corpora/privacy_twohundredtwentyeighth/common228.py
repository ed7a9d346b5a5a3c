"""Shared helpers for corpus p228 (piano tuners, organ builders, instrument repairers).

Standard library only; every random choice goes through a seeded random.Random.
"""
import base64
import hashlib
import hmac
import json
import os
import re

PREFIX = "p228"
BRIEF_DIR = "/tmp/brief228"
BRIEF_FILES = ("README_twohundredtwentyfifth.md", "README_twohundredtwentysixth.md")

SEEDS = {
    "everyday_values": 22801,
    "everyday_pairing": 22811,
    "vendor": 22802,
    "positional": 22803,
    "prose": 22804,
    "evasions": 22805,
    "negatives": 22806,
}

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
LOWER_ALNUM = LOWER + DIGITS
UPPER_ALNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"
B64STD = UPPER + LOWER + DIGITS + "+/"
BASE32 = UPPER + "234567"

# words of this world: pianos, organs, instrument workshops (letters only)
WORLD_WORDS = sorted(set("""
piano tuner hammer damper felt wrest pinblock soundboard agraffe unison octave temper
mute voicing keybed keytop ivory ebony pedal sostenuto trichord treble tenor partial
tuningfork strobe capstan whippen jack repetition escapement backcheck letoff regulation
hitchpin plate rim lyre fallboard music desk casters
organ pipe rank stop diapason flute reed bourdon mixture tremulant swell choir console
manual pedalboard bellows windchest pallet tracker sticker roller trumpet principal gedackt
celeste nazard tierce sesquialtera cornet humana cymbelstern reservoir schwimmer coupler
luthier fret rosin keywork solder clarinet oboe bassoon violin viola cello purfling varnish
soundpost scroll tailpiece mouthpiece ferrule ligature harpsichord clavichord spinet
virginal celesta harmonium concertina accordion bandoneon glockenspiel
""".split()))

PW_STRICT = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
PW_WIDE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
WORLD_PW_IN_TEXT = re.compile(r"(?i)(?<![A-Za-z])(?:" + "|".join(WORLD_WORDS) + r")[-_.+!~][a-z0-9]{3,5}[0-9]{2}(?![A-Za-z0-9])")


class Registry:
    """Hands out strings and refuses repeats or any 6+ character substring relation."""

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
        raise RuntimeError("registry could not draw a fresh string")


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def password(rng, joiners="-_.+!~", cap=0.4):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < cap:
        w = w.capitalize()
    tail = rs(rng, LOWER_ALNUM, rng.randint(3, 5)) + rs(rng, DIGITS, 2)
    return w + rng.choice(joiners) + tail


def strict_password(rng):
    return password(rng, joiners="-_.")


def uuid4(rng, upper=False):
    b = bytearray(rng.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = bytes(b).hex()
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64url_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt(rng, header, payload, alg_bytes=None, key=None):
    """Build a JWT with base64url JSON; HS* signed with a discarded key, others random bytes."""
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    signing = (h + "." + p).encode()
    alg = header.get("alg")
    if alg in ("HS256", "HS384", "HS512"):
        k = key if key is not None else rbytes(rng, 32)
        dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
        sig = hmac.new(k, signing, dig).digest()
    else:
        n = {"RS256": 256, "ES256": 64, "EdDSA": 64, "ES384": 96}.get(alg, 32)
        sig = rbytes(rng, n)
    return h + "." + p + "." + b64url_nopad(sig)


JWT_SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "ES256": 64, "EdDSA": 64, "ES384": 96}


def check_jwt(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return "not three parts"
    try:
        hdr = json.loads(b64url_decode(parts[0]))
        json.loads(b64url_decode(parts[1]))
        sig = b64url_decode(parts[2])
    except Exception as e:  # noqa
        return "undecodable: %s" % e
    want = JWT_SIG_LEN.get(hdr.get("alg"))
    if want is None or len(sig) != want:
        return "signature length %d for %s" % (len(sig), hdr.get("alg"))
    return None


# ---------------------------------------------------------------- case styles
def words_of(name):
    return [w for w in re.split(r"[_\s]+", name) if w]


def style_key(words, style):
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


# ---------------------------------------------------------------- deny-list
PAIR_RE = re.compile(r"`([a-z]{2,3})` \(([A-Z][^)]*)\)")
SYNTAX_RE = re.compile(r"`([a-z]+)pw_([a-z0-9_]+)`")


def extract_denylist(brief_dir=BRIEF_DIR):
    names = set()
    syntaxes = set()
    codes = set()
    lnames = set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as f:
            t = f.read()
        for m in re.finditer(r"`([^`\n]+)`", t):
            s = m.group(1).strip().lower()
            if s:
                names.add(s)
                for part in s.split("__"):
                    if part:
                        names.add(part)
        low = t.lower()
        for m in re.finditer(r"(?<![a-z0-9_])[a-z0-9]+(?:_+[a-z0-9]+)+(?![a-z0-9_])", low):
            s = m.group(0)
            names.add(s)
            for part in s.split("__"):
                if part:
                    names.add(part)
        for m in SYNTAX_RE.finditer(t):
            syntaxes.add(m.group(2))
        for m in PAIR_RE.finditer(t):
            codes.add(m.group(1).lower())
            nm = m.group(2).strip().lower()
            lnames.add(nm)
            for w in re.split(r"[\s\-]+", nm):
                if w:
                    lnames.add(w)
    return {
        "source": brief_dir,
        "files": list(BRIEF_FILES),
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


def denied(name, deny):
    """Return the offending part if name (or any __ part) is deny-listed, else None."""
    n = name.lower()
    pool = deny["_names_set"]
    if n in pool:
        return n
    for part in n.split("__"):
        if part in pool:
            return part
    return None


def prepare_deny(deny):
    d = dict(deny)
    d["_names_set"] = set(deny["names"]) | set(deny["syntaxes"])
    d["_syntax_set"] = set(deny["syntaxes"])
    d["_codes_set"] = set(deny["language_codes"])
    d["_lnames_set"] = set(deny["language_names"])
    return d


def dumps_jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def find_span(text, value):
    i = text.find(value)
    return i, i + len(value)


def positive(rid, typ, container, text, value, source, extra=None):
    s, e = find_span(text, value)
    span = {"value": value, "start": s, "end": e, "type": typ}
    if extra:
        span.update(extra)
    return {"id": rid, "type": typ, "container": container, "text": text, "secrets": [span], "source": source}
