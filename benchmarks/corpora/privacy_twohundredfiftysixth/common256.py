"""Shared helpers for the p256 corpus (bell-ringing guilds, bell foundries,
clock-tower restorers).  Python 3 standard library only, no clock, no network.
"""
import base64
import hashlib
import hmac
import json
import os
import re

PREFIX = "p256"
SEEDS = {
    "everyday": 25601,
    "pairing": 25611,
    "vendor": 25602,
    "positional": 25603,
    "prose": 25604,
    "evasions": 25605,
    "negatives": 25606,
    "rsa": 25607,
}

# ---------------------------------------------------------------- classes
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
CLASSES = {
    "an": UPPER + LOWER + DIGITS,          # alphanumerics
    "lan": LOWER + DIGITS,                 # lower-case alphanumerics
    "uan": UPPER + DIGITS,                 # upper-case alphanumerics
    "hex": DIGITS + "abcdef",              # lower-case hex
    "HEX": DIGITS + "ABCDEF",              # upper-case hex
    "b64u": UPPER + LOWER + DIGITS + "_-",  # base64url characters
    "b64": UPPER + LOWER + DIGITS + "+/",  # standard Base64 characters
    "dig": DIGITS,
    "low": LOWER,
    "let": UPPER + LOWER,
    "upp": UPPER,
}
CLASS_WORDS = {
    "an": "alphanumerics", "lan": "lower-case alphanumerics",
    "uan": "upper-case alphanumerics", "hex": "lower-case hex",
    "HEX": "upper-case hex", "b64u": "base64url characters",
    "b64": "standard Base64 characters", "dig": "digits",
    "low": "lower-case letters", "let": "letters", "upp": "upper-case letters",
}
CLASS_RE = {
    "an": "A-Za-z0-9", "lan": "a-z0-9", "uan": "A-Z0-9", "hex": "0-9a-f",
    "HEX": "0-9A-F", "b64u": "A-Za-z0-9_\\-", "b64": "A-Za-z0-9+/",
    "dig": "0-9", "low": "a-z", "let": "A-Za-z", "upp": "A-Z",
}


def rand_str(rng, cls, n):
    alphabet = CLASSES[cls]
    return "".join(rng.choice(alphabet) for _ in range(n))


def rand_bytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def b64(data, pad=True):
    s = base64.b64encode(data).decode()
    return s if pad else s.rstrip("=")


def b64url(data, pad=False):
    s = base64.urlsafe_b64encode(data).decode()
    return s if pad else s.rstrip("=")


def b64url_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def uuid4(rng, upper=False):
    b = bytearray(rand_bytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


UUID_RE = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")


def uuid_is_v4(s):
    return s[14] == "4" and s[19].lower() in "89ab"


# ---------------------------------------------------------------- key styles
def key_name(words, style):
    words = [w for w in words if w]
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
    if style == "title":
        return " ".join(w.capitalize() for w in words)
    if style == "spaced":
        return " ".join(w.lower() for w in words)
    raise ValueError(style)


# ---------------------------------------------------------------- registry
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

    def draw(self, fn, bad="", tries=4000):
        for _ in range(tries):
            v = fn()
            if any(c in v for c in bad):
                continue
            if self.add(v):
                return v
        raise RuntimeError("registry could not draw a value")


# ---------------------------------------------------------------- world words
WORLD_WORDS = """tenor treble clapper headstock gudgeon slider sally belfry carillon
campanile peal quarter touch method stedman grandsire plainbob surprise rounds
queens tittums handstroke backstroke bellrope soundbow canon crown waist nominal
tierce quint tuning strickle loam bellmetal bronze foundry escapement pendulum
deadbeat grasshopper fusee pallet crutch bezel hammer flirt countwheel flyfan
chime quarterjack jacquemart verge foliot arbor pinion ratchet steeple spire
louvre trapdoor ringer conductor steeplekeeper angelus curfew knell ellacombe
sanctus clocktower turret winder gnomon sundial tailend muffle lapping dodge
bobmajor kent cambridge yorkshire bristol cinques maximus caters doubles triples
minimus whittingtons""".split()
assert len(WORLD_WORDS) == len(set(WORLD_WORDS)) and len(WORLD_WORDS) >= 80

PW_LOOSE_RE = re.compile(r"^[A-Za-z][a-z]{2,}[-_.!][a-z]{2,3}[0-9]{2,4}$")
PW_STRICT_RE = re.compile(r"^[A-Za-z][a-z]{2,}[-_.][a-z]{2,3}[0-9]{2,4}$")
PW_FORM_IN_TEXT = re.compile(
    r"(?i)(?<![A-Za-z])(?:" + "|".join(sorted(WORLD_WORDS, key=len, reverse=True)) +
    r")[-_.!][a-z]{2,3}[0-9]{2,4}(?![0-9])")


def owner_password(rng, joiners="-_.!", cap=0.4):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < cap:
        w = w.capitalize()
    tail = rand_str(rng, "low", rng.choice([2, 3])) + rand_str(rng, "dig", rng.choice([2, 3, 4]))
    return w + rng.choice(joiners) + tail


def strict_password(rng, cap=0.35):
    return owner_password(rng, joiners="-_.", cap=cap)


# ---------------------------------------------------------------- check algorithms
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


def damm_interim(digits):
    i = 0
    for d in digits:
        i = DAMM_TABLE[i][int(d)]
    return i


assert damm_interim("572") == 4 and damm_interim("5724") == 0


def fnv1a32(data):
    h = 0x811C9DC5
    for b in data:
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


assert fnv1a32(b"") == 0x811C9DC5 and fnv1a32(b"a") == 0xE40C292C
assert fnv1a32(b"foobar") == 0xBF9CF968


def inet_checksum(data):
    if len(data) % 2:
        data += b"\x00"
    s = 0
    for i in range(0, len(data), 2):
        s += (data[i] << 8) | data[i + 1]
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return (~s) & 0xFFFF


assert inet_checksum(bytes.fromhex("0001f203f4f5f6f7")) == 0x220D

# ISO 6346 container check digit (letter values skip multiples of 11)
_ISO6346 = {}
_v = 10
for _c in UPPER:
    if _v % 11 == 0:
        _v += 1
    _ISO6346[_c] = _v
    _v += 1
for _d in DIGITS:
    _ISO6346[_d] = int(_d)


def iso6346_check(code10):
    s = sum(_ISO6346[c] * (2 ** i) for i, c in enumerate(code10))
    return (s % 11) % 10


assert iso6346_check("CSQU305438") == 3

# VIN check digit (ISO 3779 / North American position 9)
_VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
_VIN_T.update({d: int(d) for d in DIGITS})
_VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(vin17):
    s = sum(_VIN_T[c] * w for c, w in zip(vin17, _VIN_W))
    r = s % 11
    return "X" if r == 10 else str(r)


assert vin_check("1M8GDM9AXKP042788") == "X"


def uk_vat_valid(nine):
    # weights 8..2 over the first seven digits; the last two digits make the
    # weighted sum divisible by 97 (old scheme) or by 97 after adding 55
    s = sum(int(c) * w for c, w in zip(nine[:7], range(8, 1, -1))) + int(nine[7:])
    return s % 97 == 0 or (s + 55) % 97 == 0


def uk_vat_make(seven, new=True):
    s = sum(int(c) * w for c, w in zip(seven, range(8, 1, -1)))
    if new:
        s += 55
    chk = (-s) % 97
    return seven + "%02d" % chk




def awb_check(seven):
    return int(seven) % 7


def ean_check(digits12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(digits12))
    return (10 - s % 10) % 10


assert ean_check("400638133393") == 1
assert uk_vat_valid("980780684")


# Bech32 (BIP 173)
B32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _bech32_hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frombits, tobits, pad=True):
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


def bech32_encode(hrp, data_bytes):
    data = _convertbits(data_bytes, 8, 5)
    values = _bech32_hrp_expand(hrp) + data
    polymod = _bech32_polymod(values + [0] * 6) ^ 1
    chk = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(B32_CHARSET[d] for d in data + chk)


def bech32_verify(s):
    s = s.lower()
    pos = s.rfind("1")
    hrp, data = s[:pos], s[pos + 1:]
    if any(c not in B32_CHARSET for c in data):
        return False
    return _bech32_polymod(_bech32_hrp_expand(hrp) + [B32_CHARSET.find(c) for c in data]) == 1


assert bech32_verify("a12uel5l")
assert bech32_verify("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw")

# X25519 (RFC 7748)
_P25519 = 2 ** 255 - 19
_A24 = 121665


def x25519(k_bytes, u_bytes):
    k = bytearray(k_bytes)
    k[0] &= 248
    k[31] &= 127
    k[31] |= 64
    k = int.from_bytes(k, "little")
    u = int.from_bytes(u_bytes, "little") & ((1 << 255) - 1)
    x1, x2, z2, x3, z3 = u, 1, 0, u, 1
    swap = 0
    p = _P25519
    for t in reversed(range(255)):
        kt = (k >> t) & 1
        swap ^= kt
        if swap:
            x2, x3 = x3, x2
            z2, z3 = z3, z2
        swap = kt
        A = (x2 + z2) % p
        AA = A * A % p
        B = (x2 - z2) % p
        BB = B * B % p
        E = (AA - BB) % p
        C = (x3 + z3) % p
        D = (x3 - z3) % p
        DA = D * A % p
        CB = C * B % p
        x3 = (DA + CB) ** 2 % p
        z3 = x1 * (DA - CB) ** 2 % p
        x2 = AA * BB % p
        z2 = E * (AA + _A24 * E) % p
    if swap:
        x2, x3 = x3, x2
        z2, z3 = z3, z2
    return (x2 * pow(z2, p - 2, p) % p).to_bytes(32, "little")


assert x25519(bytes.fromhex("a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4"),
              bytes.fromhex("e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c")).hex() == \
    "c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552"


def x25519_base(k_bytes):
    return x25519(k_bytes, (9).to_bytes(32, "little"))


# ---------------------------------------------------------------- RSA (RS256)
_SMALL_PRIMES = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _is_probable_prime(n, rng, rounds=24):
    if n < 2:
        return False
    for p in _SMALL_PRIMES:
        if n % p == 0:
            return n == p
    d, r = n - 1, 0
    while d % 2 == 0:
        d //= 2
        r += 1
    for _ in range(rounds):
        a = rng.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def _gen_prime(rng, bits):
    while True:
        c = rng.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if c % 65537 == 1:
            continue
        if _is_probable_prime(c, rng):
            return c


def rsa_keypair(rng, bits=2048):
    e = 65537
    while True:
        p = _gen_prime(rng, bits // 2)
        q = _gen_prime(rng, bits // 2)
        n = p * q
        if p != q and n.bit_length() == bits:
            phi = (p - 1) * (q - 1)
            d = pow(e, -1, phi)
            return n, e, d


_SHA256_DI = bytes.fromhex("3031300d060960864801650304020105000420")


def _emsa_pkcs1_v15(msg, k):
    t = _SHA256_DI + hashlib.sha256(msg).digest()
    return b"\x00\x01" + b"\xff" * (k - len(t) - 3) + b"\x00" + t


def rs256_sign(msg, n, d):
    k = (n.bit_length() + 7) // 8
    m = int.from_bytes(_emsa_pkcs1_v15(msg, k), "big")
    return pow(m, d, n).to_bytes(k, "big")


def rs256_verify(msg, sig, n, e):
    k = (n.bit_length() + 7) // 8
    if len(sig) != k:
        return False
    m = pow(int.from_bytes(sig, "big"), e, n).to_bytes(k, "big")
    return m == _emsa_pkcs1_v15(msg, k)


# ---------------------------------------------------------------- JWT
def jenc(obj):
    return json.dumps(obj, separators=(",", ":")).encode()


def jwt_hs(header, payload, key, bits=256):
    h = b64url(jenc(header)) + "." + b64url(jenc(payload))
    mod = {256: hashlib.sha256, 384: hashlib.sha384, 512: hashlib.sha512}[bits]
    sig = hmac.new(key, h.encode(), mod).digest()
    return h + "." + b64url(sig)


def jwt_frame(header, payload, sig):
    return b64url(jenc(header)) + "." + b64url(jenc(payload)) + "." + b64url(sig)


JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]*\.eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*")
JWT_SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "RS384": 256,
               "RS512": 256, "PS256": 256, "ES256": 64, "ES384": 96, "ES512": 132,
               "EdDSA": 64}


def jwt_valid(tok):
    try:
        h, p, s = tok.split(".")
        hdr = json.loads(b64url_decode(h))
        pl = json.loads(b64url_decode(p))
        sig = b64url_decode(s)
    except Exception:
        return False
    if not isinstance(hdr, dict) or not isinstance(pl, dict):
        return False
    for seg in (h, p):
        if b64url(b64url_decode(seg)) != seg:
            return False
    alg = hdr.get("alg")
    return alg in JWT_SIG_LEN and len(sig) == JWT_SIG_LEN[alg] and b64url(sig) == s


# ---------------------------------------------------------------- deny-list
def extract_denylist(paths):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for path in paths:
        text = open(path, encoding="utf-8").read()
        for m in re.findall(r"`([^`\n]+)`", text):
            m = m.strip().lower()
            if not m:
                continue
            names.add(m)
            if "__" in m:
                names.update(x for x in m.split("__") if x)
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+\b", text):
            m = m.lower()
            names.add(m)
            if "__" in m:
                names.update(x for x in m.split("__") if x)
        for m in re.findall(r"\b[a-z]{2,6}pw_([a-z0-9_]+)", text):
            syntaxes.add(m.split("__")[0])
        for c, nm in re.findall(r"`([a-z]{2,3})` \(([^)]+)\)", text):
            codes.add(c.lower())
            lnames.add(nm.lower())
            for w in re.split(r"[\s\-]+", nm.lower()):
                if w:
                    lnames.add(w)
    return {"names": sorted(names), "syntaxes": sorted(syntaxes),
            "language_codes": sorted(codes), "language_names": sorted(lnames)}


BRIEF_DIR = "/tmp/brief256"
BRIEF_FILES = ["README_twohundredfiftyfirst.md", "README_twohundredfiftythird.md"]


def load_denylist(outdir):
    path = os.path.join(outdir, "brief_names.json")
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def denylist_status(frozen):
    """Re-extract when the brief directory exists and compare."""
    paths = [os.path.join(BRIEF_DIR, f) for f in BRIEF_FILES]
    if all(os.path.exists(p) for p in paths):
        fresh = extract_denylist(paths)
        same = all(fresh[k] == frozen[k] for k in ("names", "syntaxes", "language_codes", "language_names"))
        return ("re-extracted from %s and identical" % BRIEF_DIR) if same else None
    return "brief directory absent; frozen list used"


def dump_jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def place(template, value, marker="\u27e6V\u27e7"):
    """Replace the single marker with value; return text, start, end."""
    assert template.count(marker) == 1, template
    start = template.index(marker)
    text = template.replace(marker, value)
    return text, start, start + len(value)


MARK = "\u27e6V\u27e7"
