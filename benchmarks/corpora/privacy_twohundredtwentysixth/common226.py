"""Shared helpers for corpus p226 (astronomy societies). Standard library only."""
import base64
import hashlib
import hmac
import json
import os
import re
import string
import uuid

PREFIX = "p226"
MARK = "\uE000"          # slot marker for the value; removed before records leave a generator
BRIEF_DIR = "/tmp/brief226"
BRIEF_FILES = ("README_twohundredtwentyfirst.md", "README_twohundredtwentythird.md")

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = LOWER + UPPER + DIGITS
B62 = DIGITS + UPPER + LOWER
HEX = "0123456789abcdef"
B64U = ALNUM + "-_"
B64S = ALNUM + "+/"

# ---------------------------------------------------------------- words of this world
ASTRO_WORDS = """
albireo alcor aldebaran almach altair andromeda antares aperture apogee aquila arcturus
asterism aurora barlow bellatrix betelgeuse binocular bootes bortle capella cassini
cassiopeia castor celestron cepheid ceres cetus collimator comet corona corvus crater
cygnus dobsonian draco eclipse ecliptic ephemeris equinox eridanus eyepiece finder
fomalhaut galaxy gemini halley hercules horsehead hubble hyades jupiter kuiper lacerta
lagoon lyra lyrae magellan meridian messier meteor mizar monoceros nebula newtonian
occultation orion parallax pegasus perigee perseid perseus planisphere pleiades polaris
pollux procyon proxima pulsar quasar redshift regulus rigel saturn scorpius seeing
sextans sirius solstice spica starparty sunspot supernova taurus telrad transit
triangulum umbra vega vixen zenith zodiac andromedae dewshield focuser reflector
refractor nightvision skywatcher observatory planetarium tychonic keplerian halo
""".split()
JOINERS_EVERYDAY = "-_.+!~"
JOINERS_STRICT = "-_."

PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
PW_SEARCH_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}(?![A-Za-z0-9])")


def owner_password(rng, strict=False):
    w = rng.choice(ASTRO_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice(JOINERS_STRICT if strict else JOINERS_EVERYDAY)
    mid = "".join(rng.choice(LOWER + DIGITS) for _ in range(rng.randint(3, 5)))
    tail = "".join(rng.choice(DIGITS) for _ in range(2))
    return w + j + mid + tail


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def uuid4(rng):
    return str(uuid.UUID(bytes=rbytes(rng, 16), version=4))


def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64s(b):
    return base64.b64encode(b).decode()


def jwt_hs(rng, header, payload, alg="HS256"):
    h = b64u_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
    key = rbytes(rng, 32)  # discarded
    dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    sig = hmac.new(key, (h + "." + p).encode(), dig).digest()
    return h + "." + p + "." + b64u_nopad(sig)


def jwt_fake_sig(rng, header, payload, nbytes):
    h = b64u_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64u_nopad(rbytes(rng, nbytes))


# ---------------------------------------------------------------- check characters
def iso7064_mod37_36_check(s):
    """ISO/IEC 7064 MOD 37,36 (hybrid system) check character over 0-9A-Z."""
    m = 36
    p = m
    for ch in s:
        v = int(ch, 36)
        t = (p + v) % m
        if t == 0:
            t = m
        p = (t * 2) % (m + 1)
    c = (m + 1 - p) % m
    return "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"[c]


def iso7064_mod37_36_valid(s):
    m = 36
    p = m
    t = 0
    for ch in s:
        v = int(ch, 36)
        t = (p + v) % m
        if t == 0:
            t = m
        p = (t * 2) % (m + 1)
    return bool(s) and t == 1


def mod11_2_check(digits):
    """ISO 7064 MOD 11-2 as used by ORCID."""
    total = 0
    for d in digits:
        total = (total + int(d)) * 2
    r = (12 - total % 11) % 11
    return "X" if r == 10 else str(r)


def ean13_check(d12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return str((10 - s % 10) % 10)


def tle_checksum(line68):
    s = 0
    for ch in line68:
        if ch.isdigit():
            s += int(ch)
        elif ch == "-":
            s += 1
    return str(s % 10)


BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def bech32_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32_hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def convertbits(data, frombits, tobits, pad=True):
    acc = 0
    bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if pad and bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_encode(hrp, data8):
    data = convertbits(data8, 8, 5)
    values = bech32_hrp_expand(hrp) + data
    polymod = bech32_polymod(values + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32[d] for d in data + checksum)


def bech32_verify(s):
    s = s.lower()
    pos = s.rfind("1")
    hrp, data = s[:pos], s[pos + 1:]
    if any(c not in BECH32 for c in data):
        return False
    return bech32_polymod(bech32_hrp_expand(hrp) + [BECH32.index(c) for c in data]) == 1


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


# ---------------------------------------------------------------- registry
class Registry:
    """Refuses repeats and any string in a substring relation (6+ chars) with an earlier one."""

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


def place(template, value):
    """Replace the single MARK in template by value; return text, start, end."""
    if template.count(MARK) != 1:
        raise ValueError("template must contain exactly one slot: %r" % template[:80])
    start = template.index(MARK)
    text = template.replace(MARK, value)
    return text, start, start + len(value)


# ---------------------------------------------------------------- deny-list
def extract_denylist(brief_dir=BRIEF_DIR):
    names = set()
    syntaxes = set()
    codes = set()
    lang_names = set()
    for fn in BRIEF_FILES:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as f:
            t = f.read()
        for m in re.findall(r"`([^`\n]+)`", t):
            n = m.strip().lower()
            if not n:
                continue
            names.add(n)
            for part in n.split("__"):
                if part:
                    names.add(part)
            sm = re.match(r"^[a-z]+pw_([a-z0-9_]+)$", n)
            if sm:
                syntaxes.add(sm.group(1))
        for m in re.findall(r"[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+", t):
            n = m.lower()
            names.add(n)
            for part in n.split("__"):
                if part:
                    names.add(part)
            sm = re.match(r"^[a-z]+pw_([a-z0-9_]+)$", n)
            if sm:
                syntaxes.add(sm.group(1))
        for code, name in re.findall(r"`([a-z]{2,3})` \(([^)`]+)\)", t):
            codes.add(code.lower())
            lang_names.add(name.strip().lower())
            for w in re.split(r"[^a-z]+", name.lower()):
                if w:
                    lang_names.add(w)
    return {
        "source": brief_dir,
        "files": list(BRIEF_FILES),
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lang_names),
    }


def deny_hits(name, deny_names):
    n = name.lower()
    parts = [n] + [p for p in n.split("__") if p]
    return [p for p in parts if p in deny_names]
