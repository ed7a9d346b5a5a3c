"""Shared helpers for the p199 corpus (standard library only, no clock, no network)."""
import base64
import hashlib
import hmac
import json
import os
import re
import uuid as _uuid

PREFIX = "p199"
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
HEX = "0123456789abcdef"
B64URL = B62 + "-_"
B64STD = B62 + "+/"
DIGITS = "0123456789"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

WORLD_WORDS = """violin cello viola piano sonata tempo allegro adagio crescendo fermata metronome treble
clef quaver crotchet minim arpeggio etude nocturne minuet waltz tango salsa ballet plie pirouette jete tutu
pointe barre jazz foxtrot rumba samba quickstep karate judo kata kumite dojo sensei obi kiai bokken shinai
taekwondo dobok aikido randori ukemi tatami recital encore harmony melody chord octave ukulele trumpet flute
oboe clarinet bassoon tuba harp timpani marimba xylophone choir soprano alto tenor baritone concerto overture
rondo fugue cadenza legato staccato pizzicato vibrato rosin reed capo fret plectrum stave sharp natural
tuningfork bandstand showcase leotard jazzshoe tapshoe spotlight kihon seiza hakama nunchaku mawashi gradebook
grading dynamics accent syncopate reprise chasse arabesque glissade sautee coda""".split()


class Registry:
    """Every generated value, neighbour, hidden password, plain and run goes through here."""

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
            raise ValueError("registry clash: %r" % s)
        self.items.append(s)
        self.seen.add(s)
        return s

    def draw(self, fn, tries=200):
        for _ in range(tries):
            s = fn()
            if self.ok(s):
                return self.add(s)
        raise RuntimeError("registry could not draw a fresh value")


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def uuid4(rng):
    return str(_uuid.UUID(bytes=rbytes(rng, 16), version=4))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64(b):
    return base64.b64encode(b).decode()


def password(rng, strict=False):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice("-_." if strict else "-_.+!~")
    mid = rs(rng, "abcdefghijklmnopqrstuvwxyz0123456789", rng.randint(3, 5))
    return w + j + mid + rs(rng, DIGITS, 2)


PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")


def jwt(rng, alg, payload, header_extra=None, sig_bytes=None):
    header = {"alg": alg, "typ": "JWT"}
    if header_extra:
        header.update(header_extra)
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    signing = (h + "." + p).encode()
    if alg.startswith("HS"):
        key = rbytes(rng, 32)  # discarded
        dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
        sig = hmac.new(key, signing, dig).digest()
    else:
        sig = rbytes(rng, sig_bytes)
    return h + "." + p + "." + b64u(sig)


def crc32_b62(body, width=6):
    n = __import__("zlib").crc32(body.encode()) & 0xFFFFFFFF
    out = ""
    for _ in range(width):
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out


# ---- bech32 (BIP-173) for age keys -------------------------------------------------
BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frombits, tobits):
    acc = bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_encode(hrp, data_bytes):
    data = _convertbits(data_bytes, 8, 5)
    values = _hrp_expand(hrp) + data
    polymod = _bech32_polymod(values + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32_CHARSET[d] for d in data + checksum)


def bech32_verify(s):
    s = s.lower()
    pos = s.rfind("1")
    hrp, data = s[:pos], s[pos + 1:]
    if any(c not in BECH32_CHARSET for c in data):
        return False
    return _bech32_polymod(_hrp_expand(hrp) + [BECH32_CHARSET.index(c) for c in data]) == 1


# ---- check-digit helpers (negatives) -------------------------------------------------
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


def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]


def ean13_digit(d12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return str((10 - s % 10) % 10)


def iswc_digit(d9):
    s = 1 + sum(int(c) * (i + 1) for i, c in enumerate(d9))
    return str((10 - s % 10) % 10)


def isrc_like(rng):
    return "GB" + rs(rng, UPPER_ALNUM, 3) + rs(rng, DIGITS, 2) + rs(rng, DIGITS, 5)


# ---- case styles ---------------------------------------------------------------
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


def make_record(rid, typ, container, text, value, source, extra_span=None):
    start = text.index(value)
    span = {"value": value, "start": start, "end": start + len(value), "type": typ}
    if extra_span:
        span.update(extra_span)
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [span], "source": source}


SLOT = "\u0000V\u0000"


def fill(template, value, **kw):
    """Templates mark the value slot with {V}; other {name} slots are filled from kw."""
    t = template.replace("{V}", SLOT)
    for k, v in kw.items():
        t = t.replace("{" + k + "}", str(v))
    if t.count(SLOT) != 1:
        raise ValueError("template needs exactly one {V}: " + template[:60])
    return t.replace(SLOT, value)


# ---- deny-list extraction ---------------------------------------------------------
BRIEF_DIR = "/tmp/brief199"
BRIEF_FILES = ["README_hundredninetyfourth.md", "README_hundredninetysixth.md"]


def extract_denylist(brief_dir=BRIEF_DIR):
    names = set()
    syntaxes = set()
    codes = set()
    lang_names = set()
    for fn in BRIEF_FILES:
        text = open(os.path.join(brief_dir, fn), encoding="utf-8").read()
        for m in re.finditer(r"`([^`\n]+)`", text):
            tok = m.group(1).strip().lower()
            if not tok:
                continue
            names.add(tok)
            for part in tok.split("__"):
                if part:
                    names.add(part)
            sm = re.match(r"^[a-z]+pw_([a-z0-9_]+)$", tok)
            if sm:
                syntaxes.add(sm.group(1))
        for m in re.finditer(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", text):
            tok = m.group(0).lower()
            names.add(tok)
            for part in tok.split("__"):
                if part:
                    names.add(part)
        for m in re.finditer(r"`([a-z]{2,3})` \(([^)]+)\)", text):
            codes.add(m.group(1))
            nm = m.group(2).strip().lower()
            lang_names.add(nm)
            for w in re.split(r"[\s\-]+", nm):
                if w:
                    lang_names.add(w)
    return {
        "source": brief_dir,
        "files": BRIEF_FILES,
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lang_names),
    }
