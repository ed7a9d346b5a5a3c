"""Shared helpers for the p217 corpus (standard library only)."""
import base64
import hashlib
import hmac
import json
import os
import re
import string

PREFIX = "p217"
MARK = "\u0000V\u0000"  # slot marker, replaced by the value (never survives)

DIGITS = string.digits
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits
LALNUM = LOWER + DIGITS
UALNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
B64URL = ALNUM + "-_"
B64STD = ALNUM + "+/"

# words of this world used in owner-chosen passwords (letters only)
WORLD_WORDS = [
    "oarlock", "scull", "sculler", "sweep", "strokeside", "bowside", "coxswain", "coxbox",
    "rigger", "swivel", "footplate", "slide", "ergometer", "regatta", "headrace", "catch",
    "feather", "squared", "blade", "spoon", "macon", "loom", "collar", "button", "sternpost",
    "bowball", "hullnumber", "eight", "coxless", "quad", "pair", "single", "double",
    "kayak", "canoe", "paddle", "portage", "eddy", "ferryglide", "spraydeck", "cag",
    "throwline", "buoyancy", "wetsuit", "helmet", "pfd", "cockpit", "bulkhead", "skeg",
    "rudder", "thwart", "gunwale", "keelson", "yoke", "jstroke", "draw", "sweepstroke",
    "weir", "sluice", "lockgate", "towpath", "slipway", "pontoon", "landingstage", "launch",
    "trailer", "boathouse", "riverbank", "backwater", "mooring", "cleat", "painter",
    "redflag", "amberflag", "greenboard", "gauge", "stagepost", "flowrate", "spate",
    "riverlevel", "tideline", "outing", "crewlist", "seatrace", "novice", "masters",
    "juniors", "sculling", "lifeguard", "rescue", "whistle", "firstaid", "ratio",
    "instructor", "coach", "kitcheck", "lanyard", "carabiner", "karabiner", "dryrobe",
    "dryback", "campfire", "orienteer", "gorge", "abseil", "bouldering", "raft",
]

JOINERS_FULL = "-_.+!~"
JOINERS_STRICT = "-_."

PW_RE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def owner_password(rng, strict=False):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        w = w[0].upper() + w[1:]
    j = rng.choice(JOINERS_STRICT if strict else JOINERS_FULL)
    mid = rs(rng, LALNUM, rng.randint(3, 5))
    return w + j + mid + rs(rng, DIGITS, 2)


def uuid4(rng, upper=False):
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = "%s-%s-%s-%s-%s" % (h[0:8], h[8:12], h[12:16], h[16:20], h[20:32])
    return s.upper() if upper else s


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def b64s(data):
    return base64.b64encode(data).decode()


def jdump(obj):
    return json.dumps(obj, separators=(",", ":"), sort_keys=False)


def jwt_hs(header, payload, key, digest):
    h = b64u(jdump(header).encode())
    p = b64u(jdump(payload).encode())
    sig = hmac.new(key, (h + "." + p).encode(), digest).digest()
    return h + "." + p + "." + b64u(sig)


def jwt_random_sig(rng, header, payload, nsig):
    h = b64u(jdump(header).encode())
    p = b64u(jdump(payload).encode())
    return h + "." + p + "." + b64u(rbytes(rng, nsig))


# ---------------------------------------------------------------- case styles
def keyname(words, style):
    words = [w.lower() for w in words]
    if style == "upper":
        return "_".join(words).upper()
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


def place(template, value):
    """Replace the single slot marker by value; return (text, start, end)."""
    assert template.count(MARK) == 1, template
    start = template.index(MARK)
    text = template.replace(MARK, value)
    return text, start, start + len(value)


class Registry:
    """Refuses repeats and any 6+-character substring relation with earlier strings."""

    def __init__(self):
        self.items = []
        self.seen = set()

    def ok(self, s):
        if s in self.seen:
            return False
        if len(s) >= 6:
            for r in self.items:
                if len(r) >= 6 and (s in r or r in s):
                    return False
        return True

    def add(self, s):
        if not self.ok(s):
            return False
        self.seen.add(s)
        self.items.append(s)
        return True

    def draw(self, fn, tries=200):
        for _ in range(tries):
            s = fn()
            if self.add(s):
                return s
        raise RuntimeError("registry could not draw a fresh value")


def record(source, rid, typ, container, text, start, end, extra_span=None):
    value = text[start:end]
    span = {"value": value, "start": start, "end": end, "type": typ}
    if extra_span:
        span.update(extra_span)
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [span], "source": source}


# ---------------------------------------------------------------- checksums
def crc16_ccitt(data, poly=0x1021, init=0xFFFF):
    crc = init
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ poly) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


DAMM_TABLE = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
    [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
    [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
    [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
    [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
    [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
]


def damm(digits):
    i = 0
    for c in digits:
        i = DAMM_TABLE[i][int(c)]
    return str(i)


def luhn_digit(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(digits):
    return luhn_digit(digits[:-1]) == digits[-1]


def gs1_check(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        total += int(c) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


VIN_TRANS = {**{str(d): d for d in range(10)},
             **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(vin17):
    total = sum(VIN_TRANS[c] * w for c, w in zip(vin17, VIN_WEIGHTS))
    r = total % 11
    return "X" if r == 10 else str(r)


def crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


# ---------------------------------------------------------------- deny-list
BT_RE = re.compile(r"`([^`\n]+)`")
SNAKE_RE = re.compile(r"[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+")
LANG_RE = re.compile(r"`([a-z]{2,3})` \(([^)]+)\)")
SYN_RE = re.compile(r"^[a-z]+pw_(.+)$")


def extract_denylist(paths):
    names = set()
    langs_codes = set()
    lang_names = set()
    for p in paths:
        t = open(p, encoding="utf-8").read()
        found = [m.group(1) for m in BT_RE.finditer(t)] + [m.group(0) for m in SNAKE_RE.finditer(t)]
        for f in found:
            f = f.strip().lower()
            if not f:
                continue
            names.add(f)
            for part in f.split("__"):
                if part:
                    names.add(part)
        for m in LANG_RE.finditer(t):
            langs_codes.add(m.group(1).lower())
            nm = m.group(2).strip().lower()
            lang_names.add(nm)
            for w in re.split(r"[\s,/()]+", nm):
                if w:
                    lang_names.add(w)
    syntaxes = set()
    for n in names:
        m = SYN_RE.match(n)
        if m:
            syntaxes.add(m.group(1))
    return {
        "source": "backticked names and snake_case identifiers of the two READMEs, lower-cased, also split at '__'; "
                  "syntaxes = names of the form <letters>pw_<syntax> with the prefix stripped; language codes and names "
                  "from `code` (Name) pairs",
        "files": [os.path.basename(p) for p in paths],
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(langs_codes),
        "language_names": sorted(lang_names),
    }
