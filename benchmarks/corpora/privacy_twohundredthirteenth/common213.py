"""Shared helpers for the p213 corpus (standard library only, no clock, no network)."""
import base64
import hashlib
import hmac
import json
import os
import re
import string
import zlib

PREFIX = "p213"
SLOT = "\u27e6V\u27e7"  # marker replaced by the value; never left in a text

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = LOWER + UPPER + DIGITS
LOWALNUM = LOWER + DIGITS
UPALNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
B64URL = ALNUM + "-_"
B64STD = UPPER + LOWER + DIGITS + "+/"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CROCK_CHECK = CROCK + "*~$=U"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

# words of this world for owner-chosen passwords (letters only)
WORLD_WORDS = """lifeboat coxswain helmsman boathouse slipway davit lifejacket drysuit flare mayday panpan
seacock bilge stretcher casbag vacmat karabiner belay crampon iceaxe gully bothy cairn scree ridge corrie
summit searchdog winchman pager callout shout launch recovery towline bowline fender anchor mooring
tideline springtide neap ebbtide floodtide headland lighthouse beacon epirb atlantic shannon tamar severn
inshore allweather hovercraft coastguard cliffrope tripod stokes haulage pulley ropebag headtorch bivvy
gaiter compass whistle sitrep triage splint entonox casualty avalanche transceiver snowhole rescue
muster crewroom launchway tractor carriage outboard bowman helm hailer searchlight radar chartplotter
sounding sandbank breakwater harbour jetty pontoon quayside buoyage lanyard throwline daymark swell
squall gale fogbank moorland fellside scramble abseil lowerline stretcherbearer firstaid pulseox
""".split()

PW_JOIN_ALL = "-_.+!~"
PW_JOIN_STRICT = "-_."
PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def password(rng, strict=False):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice(PW_JOIN_STRICT if strict else PW_JOIN_ALL)
    return w + j + rs(rng, LOWALNUM, rng.randint(3, 5)) + rs(rng, DIGITS, 2)


def uuid4(rng):
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64s(b):
    return base64.b64encode(b).decode()


def jwt_hs(rng, alg, payload):
    header = {"alg": alg, "typ": "JWT"}
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    key = rbytes(rng, 32)  # discarded
    s = hmac.new(key, (h + "." + p).encode(), dig).digest()
    return h + "." + p + "." + b64u(s)


def adler_hex(s):
    return "%08x" % (zlib.adler32(s.encode()) & 0xFFFFFFFF)


def crockford_check(body):
    n = 0
    for ch in body:
        n = n * 32 + CROCK.index(ch)
    return CROCK_CHECK[n % 37]


def bech32_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
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
    chk = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32[d] for d in data + chk)


def bech32_verify(s):
    s = s.lower()
    pos = s.rfind("1")
    hrp, data = s[:pos], s[pos + 1:]
    if any(c not in BECH32 for c in data):
        return False
    return bech32_polymod(bech32_hrp_expand(hrp) + [BECH32.index(c) for c in data]) == 1


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


def gtin_check(d12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return str((10 - s % 10) % 10)


def nmea_checksum(body):
    c = 0
    for ch in body:
        c ^= ord(ch)
    return "%02X" % c


VIN_MAP = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
           "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(vin17):
    s = sum(VIN_MAP[c] * w for c, w in zip(vin17, VIN_W))
    r = s % 11
    return "X" if r == 10 else str(r)


# ---------------------------------------------------------------- registry
class Registry:
    """Refuses repeats and any substring relation (6+ chars) with an earlier string."""

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
            raise ValueError("registry refuses %r" % s)
        self.items.append(s)
        self.seen.add(s)
        return s

    def draw(self, fn, *a, **k):
        for _ in range(500):
            s = fn(*a, **k)
            if self.ok(s):
                return self.add(s)
        raise RuntimeError("registry could not draw")


# ---------------------------------------------------------------- key case styles
def key_for(words, style):
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
    raise ValueError(style)


def place(template, value):
    """Replace the single slot marker by value and return (text, start, end)."""
    if template.count(SLOT) != 1:
        raise ValueError("template must hold exactly one slot: %r" % template[:80])
    start = template.index(SLOT)
    text = template.replace(SLOT, value)
    return text, start, start + len(value)


# ---------------------------------------------------------------- deny-list
BRIEF_DIR = "/tmp/brief213"
BRIEF_FILES = ["README_twohundredtenth.md", "README_twohundredeleventh.md"]


def extract_denylist(brief_dir=BRIEF_DIR):
    names, syn, codes, lnames = set(), set(), set(), set()
    for f in BRIEF_FILES:
        with open(os.path.join(brief_dir, f), encoding="utf-8") as fh:
            t = fh.read()
        for m in re.findall(r"`([^`\n]+)`", t):
            m = m.lower()
            names.add(m)
            for part in m.split("__"):
                if part:
                    names.add(part)
        for m in re.findall(r"(?<![A-Za-z0-9])[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+", t):
            m = m.lower()
            names.add(m)
            for part in m.split("__"):
                if part:
                    names.add(part)
        for code, name in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            codes.add(code)
            lnames.add(name.lower())
            for w in re.split(r"[\s,/()\-]+", name.lower()):
                if w:
                    lnames.add(w)
        for m in re.findall(r"`([a-z]+pw_[a-z0-9_]+)`", t):
            syn.add(re.sub(r"^[a-z]+pw_", "", m))
    return {"source": brief_dir, "files": BRIEF_FILES, "names": sorted(names), "syntaxes": sorted(syn),
            "language_codes": sorted(codes), "language_names": sorted(lnames)}


def jl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
