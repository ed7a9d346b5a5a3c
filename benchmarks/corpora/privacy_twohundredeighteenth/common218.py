"""Shared helpers for the p218 corpus (standard library only, no clock, no network)."""
import base64
import hashlib
import hmac
import json
import os
import random
import re
import zlib

PREFIX = "p218"
MARK = "\x00"
BRIEF_DIR = "/tmp/brief218"
BRIEF_FILES = ["README_twohundredfifteenth.md", "README_twohundredsixteenth.md"]

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
LOWER_ALNUM = "0123456789abcdefghijklmnopqrstuvwxyz"
UPPER_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
HEX = "0123456789abcdef"
B64URL = B62 + "-_"
B64STD = B62 + "+/"
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CROCKFORD_CHECK = CROCKFORD + "*~$=U"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

# words of this world for owner-chosen passwords (letters only)
DOG_WORDS = """agility weave tunnel seesaw dogwalk aframe tyre spread wishbone contact handler heelwork
recall clicker retrieve dumbbell scentwork rally flyball hydro treadmill buoyancy lifejacket puppy collie
sheltie spaniel kelpie whippet vizsla poodle terrier lurcher beagle labrador retriever dachshund malinois
pointer setter husky samoyed corgi harness lanyard crate kennel biscuit kibble frisbee sitstay downstay jackpot
marker target ringcard rosette clearround startline timekeeper scribe steward judge briefing novice jumpers
gamblers snooker steeplechase hoopers tugtoy squeaky whistle longline muzzle gundog obedience showline
crufts handlerbag spaniels hydropool ramp hoist towel paddle wetsuit physio canter trot gait stack
ringside benching tracking nosework frisby pupschool playpen waggy tailwag pawprint""".split()

DOG_WORDS = sorted(set(DOG_WORDS))

PW_RE_LOOSE = re.compile(r"^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$")
PW_RE_STRICT = re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")
PW_SEARCH_STRICT = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}(?![A-Za-z0-9])")
UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def owner_password(rng, strict=False):
    w = rng.choice(DOG_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice("-_." if strict else "-_.+!~")
    mid = rs(rng, "abcdefghijklmnopqrstuvwxyz0123456789", rng.randint(3, 5))
    return w + j + mid + rs(rng, "0123456789", 2)


def uuid4(rng):
    b = bytearray(rng.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64url_json(obj):
    return b64url_nopad(json.dumps(obj, separators=(",", ":")).encode())


def jwt_hs(rng, payload, alg="HS256", kid=None):
    header = {"alg": alg, "typ": "JWT"}
    if kid:
        header["kid"] = kid
    signing = b64url_json(header) + "." + b64url_json(payload)
    key = rbytes(rng, 32)  # discarded key
    dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    sig = hmac.new(key, signing.encode(), dig).digest()
    return signing + "." + b64url_nopad(sig)


def jwt_shaped(rng, payload, alg="RS256", kid=None):
    header = {"alg": alg, "typ": "JWT"}
    if kid:
        header["kid"] = kid
    n = {"RS256": 256, "ES256": 64, "EdDSA": 64}[alg]
    return b64url_json(header) + "." + b64url_json(payload) + "." + b64url_nopad(rbytes(rng, n))


def adler32_hex(s):
    return "%08x" % (zlib.adler32(s.encode()) & 0xFFFFFFFF)


def crockford_encode_int(n, width):
    out = []
    for _ in range(width):
        out.append(CROCKFORD[n % 32])
        n //= 32
    return "".join(reversed(out))


def crockford_value(s):
    n = 0
    for ch in s:
        n = n * 32 + CROCKFORD.index(ch)
    return n


def crockford_check_symbol(body):
    return CROCKFORD_CHECK[crockford_value(body) % 37]


# ---- bech32 (BIP-173) -------------------------------------------------------

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


def _convertbits(data, frombits, tobits, pad=True):
    acc = bits = 0
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


def bech32_encode(hrp, data_bytes):
    data = _convertbits(data_bytes, 8, 5)
    values = _hrp_expand(hrp) + data
    polymod = _bech32_polymod(values + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32[d] for d in data + checksum)


def bech32_verify(s):
    s = s.lower()
    pos = s.rfind("1")
    hrp, data = s[:pos], s[pos + 1:]
    if any(c not in BECH32 for c in data) or len(data) < 6:
        return False
    return _bech32_polymod(_hrp_expand(hrp) + [BECH32.index(c) for c in data]) == 1


def bech32_payload_len(s):
    s = s.lower()
    data = s[s.rfind("1") + 1:-6]
    return len(_convertbits([BECH32.index(c) for c in data], 5, 8, pad=False))


def luhn_check_digit(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number):
    return luhn_check_digit(number[:-1]) == number[-1]


def gs1_check_digit(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


# ---- case styles -------------------------------------------------------------

def key_in_style(words, style):
    words = [w.lower() for w in words]
    if style == "upper":
        return "_".join(w.upper() for w in words)
    if style == "snake":
        return "_".join(words)
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "dot":
        return ".".join(words)
    if style == "kebab":
        return "-".join(words)
    if style == "spaced":
        return " ".join(words)
    if style == "title":
        return " ".join(w.capitalize() for w in words)
    raise ValueError(style)


# ---- registry ----------------------------------------------------------------

class Registry:
    """Refuses repeats and any 6+ character substring relation with earlier strings."""

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


def place(template, value):
    """Template contains MARK exactly once; returns text, start, end."""
    assert template.count(MARK) == 1, template
    start = template.index(MARK)
    text = template.replace(MARK, value)
    return text, start, start + len(value)


def positive(type_, container, template, value, source):
    text, s, e = place(template, value)
    return {"id": None, "type": type_, "container": container, "text": text,
            "secrets": [{"value": value, "start": s, "end": e, "type": type_}], "source": source}


# ---- deny-list extraction ----------------------------------------------------

_BT = re.compile(r"`([^`\n]+)`")
_SNAKE = re.compile(r"(?<![A-Za-z0-9_])[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+(?![A-Za-z0-9_])")
_LANG = re.compile(r"`([a-z]{2,3})` \(([^()]+)\)")
_SYN = re.compile(r"^[a-z]+pw_(.+)$")


def extract_denylist(brief_dir=BRIEF_DIR, files=BRIEF_FILES):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in files:
        with open(os.path.join(brief_dir, fn), encoding="utf-8") as fh:
            txt = fh.read()
        raw = [m.group(1).strip() for m in _BT.finditer(txt)] + [m.group(0) for m in _SNAKE.finditer(txt)]
        for r in raw:
            r = r.lower()
            if not r:
                continue
            names.add(r)
            for part in r.split("__"):
                if part:
                    names.add(part)
                    m = _SYN.match(part)
                    if m:
                        syntaxes.add(m.group(1))
        for m in _LANG.finditer(txt):
            codes.add(m.group(1).lower())
            nm = m.group(2).strip().lower()
            lnames.add(nm)
            for w in re.split(r"[\s,/-]+", nm):
                if len(w) >= 3:
                    lnames.add(w)
    return {"source": brief_dir, "files": list(files), "names": sorted(names), "syntaxes": sorted(syntaxes),
            "language_codes": sorted(codes), "language_names": sorted(lnames)}


def load_frozen(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def jline(rec):
    return json.dumps(rec, ensure_ascii=False, separators=(", ", ": "))
