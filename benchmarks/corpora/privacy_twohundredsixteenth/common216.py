"""Shared helpers for the p216 corpus: registry, alphabets, value builders,
structured formats (JWT, Base58Check, CRC, PASERK, Base32), case styles and
the deny-list extraction.  Standard library only; no clock, no network."""
import base64
import hashlib
import hmac
import json
import os
import re
import uuid
import zlib

PREFIX = "p216"
MARK = "\u27e6V\u27e7"  # slot marker, replaced by the value; never left in a text

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
LOWALNUM = LOWER + DIGITS
UPALNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"
B64STD = ALNUM + "+/"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

# --------------------------------------------------------------------------
# words of this world for owner-chosen passwords
WORLD_WORDS = """turntable fiddleyard bufferstop semaphore pointmotor brakevan tender bogie
coupling kadee ballast sleeper catenary pantograph signalbox leverframe shunter pannier
prairie mogul pacific decapod garratt railcar boiler firebox smokebox chimney whistle
flange servo receiver glowplug nitro lipo throttle aileron elevator rudder gimbal
propeller rotor hovercraft buggy crawler drifter pitlane marshal chicane hairpin apex
podium heatsheet decoder keepalive stayalive chuff baseboard backscene diorama scenics
flock weathering airbrush decals kitbash resin whitemetal etched swapmeet clubroom
workbench solder crimper powerbus dropper isolator wingrail checkrail crossover viaduct
tunnel embankment cutting goodsyard coaldrop engineshed roundhouse watertower sidings
branchline mainline terminus signalman fireman guardsvan tamiya hornby bachmann peco
gaugemaster loconet booster wagon coach tanker hopper brakeman tailrod spurgear pinion
diffuser wheelbase camber toein rideheight shockoil foamtyre""".split()

JOINERS_ALL = "-_.+!~"
JOINERS_STRICT = "-_."

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
    j = rng.choice(JOINERS_STRICT if strict else JOINERS_ALL)
    mid = rs(rng, LOWALNUM, rng.randint(3, 5))
    return w + j + mid + rs(rng, DIGITS, 2)


def uuid4(rng):
    return str(uuid.UUID(bytes=rbytes(rng, 16), version=4))


def b64u(b, pad=False):
    s = base64.urlsafe_b64encode(b).decode()
    return s if pad else s.rstrip("=")


def b64s(b):
    return base64.b64encode(b).decode()


def jwt(rng, alg, payload, sig_len=None):
    header = {"alg": alg, "typ": "JWT"}
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    msg = (h + "." + p).encode()
    key = rbytes(rng, 48)  # discarded
    if alg == "HS256":
        sig = hmac.new(key, msg, hashlib.sha256).digest()
    elif alg == "HS384":
        sig = hmac.new(key, msg, hashlib.sha384).digest()
    elif alg == "HS512":
        sig = hmac.new(key, msg, hashlib.sha512).digest()
    else:
        sig = rbytes(rng, sig_len or 256)
    return h + "." + p + "." + b64u(sig)


JWT_SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "ES256": 64}


def jwt_ok(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        h = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
        sig = base64.urlsafe_b64decode(parts[2] + "=" * (-len(parts[2]) % 4))
    except Exception:
        return False
    return isinstance(h, dict) and JWT_SIG_LEN.get(h.get("alg")) == len(sig)


def b58encode(b):
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + out


def b58decode(s):
    n = 0
    for c in s:
        n = n * 58 + B58.index(c)
    pad = len(s) - len(s.lstrip("1"))
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    return b"\0" * pad + body


def b58check(payload):
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58encode(payload + chk)


def b58check_ok(s):
    try:
        raw = b58decode(s)
    except ValueError:
        return False
    if len(raw) < 5:
        return False
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def crc16_ccitt_false(data):
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


def crc32_hex(s):
    return "%08x" % (zlib.crc32(s.encode()) & 0xFFFFFFFF)


BASE62 = DIGITS + UPPER + LOWER


def to_base62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = BASE62[r] + out
    return out.rjust(width, "0")


def b32(b):
    return base64.b32encode(b).decode().rstrip("=")


def luhn_ok(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_digit(body):
    for d in DIGITS:
        if luhn_ok(body + d):
            return d
    raise ValueError


def ean13_digit(body12):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body12))
    return str((10 - s % 10) % 10)


def isbn10_digit(body9):
    s = sum(int(c) * (10 - i) for i, c in enumerate(body9))
    r = (11 - s % 11) % 11
    return "X" if r == 10 else str(r)


S10_W = [8, 6, 4, 2, 3, 5, 9, 7]


def s10_digit(serial8):
    s = sum(int(c) * w for c, w in zip(serial8, S10_W))
    r = 11 - s % 11
    return "5" if r == 11 else ("0" if r == 10 else str(r))


def crc24(data):
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


# --------------------------------------------------------------------------
# key-name case styles

def style_key(words, style):
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


def fill(template, value, **kw):
    """Put the value into a template at MARK; return (text, start)."""
    t = template.format(**kw) if kw else template
    assert t.count(MARK) == 1, t
    start = t.index(MARK)
    return t.replace(MARK, value), start


# --------------------------------------------------------------------------
class Registry:
    """Refuses repeats and any 6+ character substring relation."""

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
        self.seen.add(s)
        self.items.append(s)
        return True

    def draw(self, fn):
        for _ in range(200):
            v = fn()
            if self.add(v):
                return v
        raise RuntimeError("registry could not draw a fresh value")

    def hits(self, text, minlen=6):
        return [t for t in self.items if len(t) >= minlen and t in text]


def make_record(rid, rtype, container, text, start, value, source):
    end = start + len(value)
    return {
        "id": rid,
        "type": rtype,
        "container": container,
        "text": text,
        "secrets": [{"value": value, "start": start, "end": end, "type": rtype}],
        "source": source,
    }


# --------------------------------------------------------------------------
# deny-list
BRIEF_DIR = "/tmp/brief216"
BRIEF_FILES = ["README_twohundredthirteenth.md", "README_twohundredfourteenth.md"]


def extract_denylist(brief_dir=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for f in BRIEF_FILES:
        with open(os.path.join(brief_dir, f), encoding="utf-8") as fh:
            t = fh.read()
        for m in re.findall(r"`([^`\n]+)`", t):
            n = m.strip().lower()
            names.add(n)
            names.update(p for p in n.split("__") if p)
            mm = re.match(r"^[a-z]+pw_(.+)$", n)
            if mm:
                syntaxes.add(mm.group(1))
        for m in re.findall(r"[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+", t):
            n = m.lower()
            names.add(n)
            names.update(p for p in n.split("__") if p)
        for c, nm in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            codes.add(c)
            lnames.add(nm.lower())
            lnames.update(nm.lower().split())
    return {
        "source": brief_dir,
        "files": BRIEF_FILES,
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


def deny_hit(name, deny):
    n = name.lower()
    names = deny["_names"]
    if n in names:
        return n
    for p in n.split("__"):
        if p in names:
            return p
    return None


def prepare_deny(deny):
    d = dict(deny)
    d["_names"] = set(deny["names"])
    d["_syntaxes"] = set(deny["syntaxes"])
    d["_codes"] = set(deny["language_codes"])
    d["_lnames"] = set(deny["language_names"])
    return d
