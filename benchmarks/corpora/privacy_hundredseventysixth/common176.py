"""Shared helpers for the p176 corpus (standard library only, no clock, no network)."""
import base64
import binascii
import hashlib
import hmac
import json
import os
import re
import uuid

PREFIX = "p176"
BRIEF_DIR = "/tmp/brief176"
BRIEF_FILES = ("README_hundredseventythird.md", "README_hundredseventyfourth.md")
PWPFX = "tunepw_"

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
ALNUM = B62
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIG = "0123456789"
HEX = "0123456789abcdef"
B64URL = B62 + "-_"
B64STD = B62 + "+/"

# words of the instrument repair / rental / piano tuning world (letters only)
WORDS = [
    "violin", "viola", "cello", "contrabass", "oboe", "bassoon", "clarinet", "trumpet",
    "trombone", "tuba", "euphonium", "flugelhorn", "piccolo", "flute", "saxophone",
    "sousaphone", "glockenspiel", "marimba", "xylophone", "timpani", "snaredrum", "ukulele",
    "mandolin", "banjo", "harpsichord", "spinet", "upright", "babygrand", "hammers", "damper",
    "keybed", "soundboard", "wrestpin", "hitchpin", "rosin", "bowhair", "fretboard",
    "fretwire", "capo", "reedcase", "mouthpiece", "valveoil", "slidegrease", "soundpost",
    "purfling", "tailpiece", "archtop", "humbucker", "pickguard", "luthier", "metronome",
    "tremolo", "vibrato", "staccato", "pizzicato", "legato", "fermata", "crescendo",
    "allegro", "adagio", "andante", "cadenza", "arpeggio", "glissando", "sforzando",
    "octave", "semitone", "unison", "temperament", "partials", "beatrate", "bandroom",
    "drumline", "tuningfork", "kalimba", "ocarina", "recorder", "bugle", "cornet",
]
JOINERS_EVERYDAY = "-_.+~"
JOINERS_SAFE = "-_."
PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+~][a-z0-9]{3,6}[0-9]{2}$")
UUID4_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def owner_password(rng, joiners=JOINERS_EVERYDAY):
    w = rng.choice(WORDS)
    if rng.random() < 0.45:
        w = w.capitalize()
    mid = rs(rng, LOWER + DIG, rng.randint(3, 6))
    return w + rng.choice(joiners) + mid + rs(rng, DIG, 2)


def b64(b):
    return base64.b64encode(b).decode()


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def uuid4(rng):
    return str(uuid.UUID(bytes=rbytes(rng, 16), version=4))


def jwt_hs256(rng, payload, header=None):
    header = header or {"alg": "HS256", "typ": "JWT"}
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    key = rbytes(rng, 32)  # thrown away
    sig = hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64url_nopad(sig)


def jwt_rs256_shaped(rng, payload, kid=None):
    header = {"alg": "RS256", "typ": "JWT"}
    if kid:
        header["kid"] = kid
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64url_nopad(rbytes(rng, 256))


def jwt_parts_ok(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        for part in parts[:2]:
            json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)).decode())
    except Exception:
        return False
    return True


def base62_encode(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def gh_token(rng, prefix):
    body = rs(rng, B62, 30)
    return prefix + body + base62_encode(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6)


def gh_token_ok(tok):
    body = tok.split("_", 1)[1]
    return base62_encode(binascii.crc32(body[:30].encode()) & 0xFFFFFFFF, 6) == body[30:]


def luhn_digit(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
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


def gs1_ok(code):
    return gs1_check(code[:-1]) == code[-1]


# ---------------------------------------------------------------- key styles
def style_key(words, style):
    if style == "upper":
        return "_".join(w.upper() for w in words)
    if style == "snake":
        return "_".join(words)
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "kebab":
        return "-".join(words)
    if style == "dot":
        return ".".join(words)
    if style == "spaced":
        return " ".join(words)
    if style == "title":
        return " ".join(w.capitalize() for w in words)
    raise ValueError(style)


class Registry:
    """Every labelled value, public neighbour we want unique, evasion plain and run goes
    through here; refuses any string in a substring relation with an earlier one."""

    def __init__(self):
        self.items = []
        self.seen = set()

    def ok(self, s):
        if s in self.seen:
            return False
        for t in self.items:
            if s in t or t in s:
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
            s = fn()
            if self.ok(s):
                return self.add(s)
        raise RuntimeError("could not draw a fresh value")


SLOT = "\u27e6V\u27e7"  # ⟦V⟧ slot marker, replaced by the value


def place(template, value):
    """Replace the single slot marker; return text, start, end."""
    if template.count(SLOT) != 1:
        raise ValueError("template needs exactly one slot")
    start = template.index(SLOT)
    text = template.replace(SLOT, value)
    if text.count(value) != 1:
        raise ValueError("value occurs more than once: %r" % value)
    return text, start, start + len(value)


def record(rid, typ, container, text, start, end, source):
    value = text[start:end]
    return {
        "id": rid,
        "type": typ,
        "container": container,
        "text": text,
        "secrets": [{"value": value, "start": start, "end": end, "type": typ}],
        "source": source,
    }


# ---------------------------------------------------------------- deny-list
SPARE_NAMES = {"mlt": "Maltese", "sqi": "Albanian", "som": "Somali", "ast": "Asturian", "lao": "Lao"}


def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as fh:
            txt = fh.read()
        raw = set()
        for m in re.finditer(r"`([^`\n]+)`", txt):
            raw.add(m.group(1).strip().lower())
        for m in re.finditer(r"[a-z0-9]+(?:_[a-z0-9]+)+", txt.lower()):
            raw.add(m.group(0))
        for n in list(raw):
            if "__" in n:
                for part in n.split("__"):
                    if part:
                        raw.add(part)
        for n in list(raw):
            m = re.match(r"^[a-z]+pw_(.+)$", n)
            if m:
                syntaxes.add(m.group(1))
                raw.add(m.group(1))
        names |= {n for n in raw if n}
        for m in re.finditer(r"`([a-z]{3})` \(([^)]+)\)", txt):
            codes.add(m.group(1))
            nm = m.group(2).strip().lower()
            lnames.add(nm)
            lnames |= set(re.split(r"[\s\-]+", nm))
        for m in re.finditer(r"spares? unused: ([^)]*)\)", txt):
            for c in re.findall(r"`([a-z]{3})`", m.group(1)):
                codes.add(c)
                if c in SPARE_NAMES:
                    lnames.add(SPARE_NAMES[c].lower())
    lnames.discard("")
    return {
        "source": "/tmp/brief176 (" + ", ".join(BRIEF_FILES) + ")",
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


def denied(name, deny_names):
    n = name.lower()
    if n in deny_names:
        return True
    return any(p in deny_names for p in n.split("__") if p)
