"""Shared helpers for the p248 corpus (cider makers, orchards, juice pressers).

Python 3 standard library only; no clock, no network.  Everything random is
drawn from random.Random instances seeded by the callers.
"""
import base64
import hashlib
import hmac
import json
import os
import re

PREFIX = "p248"
HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF_DIR = "/tmp/brief248"
BRIEF_FILES = ["README_twohundredfortyfifth.md", "README_twohundredfortysixth.md"]

SEEDS = {
    "everyday_values": 24801,
    "everyday_pairing": 24811,
    "vendor_values": 24802,
    "positional": 24803,
    "prose": 24804,
    "evasions": 24805,
    "negatives": 24806,
}

# ---------------------------------------------------------------- deny-list

def extract_denylist(dirpath=BRIEF_DIR):
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for fn in BRIEF_FILES:
        text = open(os.path.join(dirpath, fn), encoding="utf-8").read()
        for m in re.finditer(r"`([^`\n]+)`", text):
            tok = m.group(1).strip().lower()
            if tok:
                names.add(tok)
                for part in tok.split("__"):
                    if part:
                        names.add(part)
        for m in re.finditer(r"[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+", text):
            tok = m.group(0).lower()
            names.add(tok)
            for part in tok.split("__"):
                if part:
                    names.add(part)
        for m in re.finditer(r"\b[a-z]+pw_([a-z0-9_]+)", text):
            syntaxes.add(m.group(1).lower().strip("_"))
        for m in re.finditer(r"`([a-z]{2,3})` \(([^)`]+)\)", text):
            codes.add(m.group(1).lower())
            nm = m.group(2).strip().lower()
            lnames.add(nm)
            for w in re.split(r"[\s\-]+", nm):
                if w:
                    lnames.add(w)
    return {
        "source": dirpath,
        "files": list(BRIEF_FILES),
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


def load_denylist():
    path = os.path.join(HERE, "brief_names.json")
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


# ---------------------------------------------------------------- registry

class Registry:
    """Refuses repeats and substring relations (6+ characters) between strings."""

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

    def draw(self, fn, tries=500):
        for _ in range(tries):
            s = fn()
            if self.add(s):
                return s
        raise RuntimeError("registry could not draw a fresh string")


# ---------------------------------------------------------------- alphabets

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
LOWER_ALNUM = LOWER + DIGITS
UPPER_ALNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
UHEX = HEX.upper()
B64URL = ALNUM + "-_"
B64STD = UPPER + LOWER + DIGITS + "+/"
BASE62 = DIGITS + UPPER + LOWER


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def uuid4(rng, upper=False):
    h = list(rstr(rng, HEX, 32))
    h[12] = "4"
    h[16] = rng.choice("89ab")
    s = "".join(h)
    u = "%s-%s-%s-%s-%s" % (s[:8], s[8:12], s[12:16], s[16:20], s[20:])
    return u.upper() if upper else u


UUID_RX = re.compile(r"(?<![0-9A-Fa-f])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f])")


def uuid_is_v4(u):
    return u[14] == "4" and u[19].lower() in "89ab"


# ---------------------------------------------------------------- key case styles

def style_key(words, style):
    words = [w for w in words]
    if style == "upper":
        return "_".join(w.upper() for w in words)
    if style == "snake":
        return "_".join(w.lower() for w in words)
    if style == "camel":
        return words[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in words[1:])
    if style == "pascal":
        return "".join(w[:1].upper() + w[1:].lower() for w in words)
    if style == "kebab":
        return "-".join(w.lower() for w in words)
    if style == "dot":
        return ".".join(w.lower() for w in words)
    if style == "spaced":
        return " ".join(w.lower() for w in words)
    if style == "title":
        return " ".join(w[:1].upper() + w[1:].lower() for w in words)
    raise ValueError(style)


# ---------------------------------------------------------------- world

WORLD_WORDS = [
    "bramley", "russet", "dabinett", "yarlington", "foxwhelp", "michelin", "tremlett",
    "kingston", "redstreak", "pippin", "codling", "costard", "egremont", "ashmead",
    "katy", "discovery", "elstar", "braeburn", "jonagold", "boskoop", "reinette",
    "calville", "falstaff", "jupiter", "bittersweet", "bittersharp", "pomace", "keeve",
    "wassail", "scrumpy", "perry", "quince", "medlar", "damson", "blossom", "orchard",
    "graft", "scion", "rootstock", "espalier", "cordon", "mistletoe", "windfall",
    "bushel", "hogshead", "firkin", "barrel", "cask", "lees", "racking", "tannin",
    "pectin", "brix", "gravity", "hydrometer", "scratter", "hopper", "pressbed",
    "cheesecloth", "chapeau", "pommeau", "calvados", "cyser", "ciderkin", "keeving",
    "sulphite", "malic", "harvest", "picker", "ladder", "ciderhouse", "mill",
    "appletree", "pearwood", "crabapple", "cloudy", "sparkle", "petnat", "tirage",
    "riddling", "dosage", "scrumper", "applejack",
]

EVERYDAY_JOINERS = "-_.@*"
STRICT_JOINERS = "-_."

PW_RX = re.compile(r"^[A-Za-z][a-z]{2,}[-_.@*][a-z]{2,4}[0-9]{2,3}!?$")
STRICT_PW_RX = re.compile(r"^[A-Za-z][a-z]{2,}[-_.][a-z]{2,4}[0-9]{2,3}$")
PW_FORM_IN_TEXT_RX = re.compile(
    r"(?<![A-Za-z0-9])(?:" + "|".join("[%s%s]%s" % (w[0], w[0].upper(), w[1:]) for w in sorted(WORLD_WORDS, key=len, reverse=True))
    + r")[-_.@*!+~][a-z0-9]{2,}")


def owner_password(rng, strict=False):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.45:
        w = w[:1].upper() + w[1:]
    j = rng.choice(STRICT_JOINERS if strict else EVERYDAY_JOINERS)
    tail = rstr(rng, LOWER, rng.randint(2, 4)) + rstr(rng, DIGITS, rng.randint(2, 3))
    bang = "!" if (not strict and rng.random() < 0.2) else ""
    return w + j + tail + bang


# ---------------------------------------------------------------- Verhoeff

_VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 8, 7, 6, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_valid(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


assert verhoeff_digit("236") == "3" and verhoeff_valid("2363") and not verhoeff_valid("2364")

# ---------------------------------------------------------------- CRC-32 (IEEE, reflected, written out)

def _crc_table():
    tab = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if (c & 1) else (c >> 1)
        tab.append(c)
    return tab


_CRC_TAB = _crc_table()


def crc32_hex(s):
    c = 0xFFFFFFFF
    for b in s.encode():
        c = _CRC_TAB[(c ^ b) & 0xFF] ^ (c >> 8)
    return "%08x" % (c ^ 0xFFFFFFFF)


assert crc32_hex("123456789") == "cbf43926"

# ---------------------------------------------------------------- Bech32 / Bech32m (BIP-173 / BIP-350)

BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32_CONST = 1
BECH32M_CONST = 0x2BC830A3


def _bech_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
        for i in range(5):
            if (b >> i) & 1:
                chk ^= gen[i]
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frombits, tobits, pad=True):
    acc, bits, out = 0, 0, []
    maxv = (1 << tobits) - 1
    for v in data:
        acc = (acc << frombits) | v
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            out.append((acc >> bits) & maxv)
    if pad and bits:
        out.append((acc << (tobits - bits)) & maxv)
    return out


def bech32_encode(hrp, payload, const):
    data = _convertbits(payload, 8, 5)
    pm = _bech_polymod(_hrp_expand(hrp) + data + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32_CHARSET[d] for d in data + chk)


def bech32_verify(s, const):
    s = s.lower()
    pos = s.rfind("1")
    if pos < 1 or pos + 7 > len(s):
        return False
    hrp, data = s[:pos], s[pos + 1:]
    if any(c not in BECH32_CHARSET for c in data):
        return False
    vals = [BECH32_CHARSET.index(c) for c in data]
    return _bech_polymod(_hrp_expand(hrp) + vals) == const


assert bech32_verify("a12uel5l", BECH32_CONST)          # BIP-173 valid test vector
assert bech32_verify("a1lqfn3a", BECH32M_CONST)         # BIP-350 valid test vector
assert not bech32_verify("a12uel5l", BECH32M_CONST)

# ---------------------------------------------------------------- Ed25519 (RFC 8032, written out)

_P = 2 ** 255 - 19
_Q = 2 ** 252 + 27742317777372353535851937790883648493
_D = -121665 * pow(121666, _P - 2, _P) % _P
_SQRT_M1 = pow(2, (_P - 1) // 4, _P)


def _inv(x):
    return pow(x, _P - 2, _P)


def _padd(P, Q):
    A = (P[1] - P[0]) * (Q[1] - Q[0]) % _P
    B = (P[1] + P[0]) * (Q[1] + Q[0]) % _P
    C = 2 * P[3] * Q[3] * _D % _P
    D = 2 * P[2] * Q[2] % _P
    E, F, G, H = B - A, D - C, D + C, B + A
    return (E * F % _P, G * H % _P, F * G % _P, E * H % _P)


def _pmul(s, P):
    Q = (0, 1, 1, 0)
    while s > 0:
        if s & 1:
            Q = _padd(Q, P)
        P = _padd(P, P)
        s >>= 1
    return Q


def _recover_x(y, sign):
    if y >= _P:
        return None
    x2 = (y * y - 1) * _inv(_D * y * y + 1) % _P
    if x2 == 0:
        return None if sign else 0
    x = pow(x2, (_P + 3) // 8, _P)
    if (x * x - x2) % _P != 0:
        x = x * _SQRT_M1 % _P
    if (x * x - x2) % _P != 0:
        return None
    if (x & 1) != sign:
        x = _P - x
    return x


_GY = 4 * _inv(5) % _P
_GX = _recover_x(_GY, 0)
_G = (_GX, _GY, 1, _GX * _GY % _P)


def _compress(P):
    zi = _inv(P[2])
    x, y = P[0] * zi % _P, P[1] * zi % _P
    return int.to_bytes(y | ((x & 1) << 255), 32, "little")


def _decompress(b):
    y = int.from_bytes(b, "little")
    sign = y >> 255
    y &= (1 << 255) - 1
    x = _recover_x(y, sign)
    if x is None:
        return None
    return (x, y, 1, x * y % _P)


def _expand(secret):
    h = hashlib.sha512(secret).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    return a, h[32:]


def ed25519_public(secret):
    a, _ = _expand(secret)
    return _compress(_pmul(a, _G))


def ed25519_sign(secret, msg):
    a, prefix = _expand(secret)
    A = _compress(_pmul(a, _G))
    r = int.from_bytes(hashlib.sha512(prefix + msg).digest(), "little") % _Q
    Rs = _compress(_pmul(r, _G))
    h = int.from_bytes(hashlib.sha512(Rs + A + msg).digest(), "little") % _Q
    s = (r + h * a) % _Q
    return Rs + int.to_bytes(s, 32, "little")


def ed25519_verify(public, msg, sig):
    if len(public) != 32 or len(sig) != 64:
        return False
    A = _decompress(public)
    R = _decompress(sig[:32])
    if A is None or R is None:
        return False
    s = int.from_bytes(sig[32:], "little")
    if s >= _Q:
        return False
    h = int.from_bytes(hashlib.sha512(sig[:32] + public + msg).digest(), "little") % _Q
    sB = _pmul(s, _G)
    hA = _pmul(h, A)
    lhs, rhs = sB, _padd(R, hA)
    return (lhs[0] * rhs[2] - rhs[0] * lhs[2]) % _P == 0 and (lhs[1] * rhs[2] - rhs[1] * lhs[2]) % _P == 0


# RFC 8032 section 7.1, TEST 1 (empty message)
_T1_SK = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
_T1_PK = bytes.fromhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
_T1_SIG = bytes.fromhex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b")
assert ed25519_public(_T1_SK) == _T1_PK
assert ed25519_sign(_T1_SK, b"") == _T1_SIG
assert ed25519_verify(_T1_PK, b"", _T1_SIG)

# ---------------------------------------------------------------- JWT helpers

SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "EdDSA": 64, "ES256": 64}


def _jenc(obj):
    return b64url_nopad(json.dumps(obj, separators=(",", ":")).encode())


def jwt_hs(rng, alg, payload, extra_header=None):
    header = {"alg": alg, "typ": "JWT"}
    if extra_header:
        header.update(extra_header)
    signing = _jenc(header) + "." + _jenc(payload)
    key = rbytes(rng, 32)
    dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    sig = hmac.new(key, signing.encode(), dig).digest()
    return signing + "." + b64url_nopad(sig)


def jwt_rs256_random_sig(rng, payload, extra_header=None):
    header = {"alg": "RS256", "typ": "JWT"}
    if extra_header:
        header.update(extra_header)
    signing = _jenc(header) + "." + _jenc(payload)
    return signing + "." + b64url_nopad(rbytes(rng, 256))


def jwt_eddsa(rng, payload, kid):
    secret = rbytes(rng, 32)
    header = {"alg": "EdDSA", "typ": "JWT", "kid": kid}
    signing = _jenc(header) + "." + _jenc(payload)
    sig = ed25519_sign(secret, signing.encode())
    return signing + "." + b64url_nopad(sig), ed25519_public(secret)


JWT_RX = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")


def _b64url_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt_frame_ok(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        h = json.loads(_b64url_dec(parts[0]))
        p = json.loads(_b64url_dec(parts[1]))
        sig = _b64url_dec(parts[2])
    except Exception:
        return False
    if not isinstance(h, dict) or not isinstance(p, dict):
        return False
    alg = h.get("alg")
    if alg not in SIG_LEN:
        return False
    if b64url_nopad(sig) != parts[2]:
        return False
    return len(sig) == SIG_LEN[alg]


def jwt_parts(tok):
    a, b, c = tok.split(".")
    return json.loads(_b64url_dec(a)), json.loads(_b64url_dec(b)), _b64url_dec(c)


# ---------------------------------------------------------------- misc value builders

DJANGO_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789!@^*(-_=+)"   # Django's set minus & % # $


def django_secret_key(rng):
    while True:
        s = rstr(rng, DJANGO_ALPHABET, 50)
        if s[0] in LOWER_ALNUM and s[-1] in LOWER_ALNUM and len(set(s)) >= 20:
            return s


def wireguard_private_key(rng):
    k = bytearray(rbytes(rng, 32))
    k[0] &= 248
    k[31] &= 127
    k[31] |= 64
    return base64.b64encode(bytes(k)).decode()


def wireguard_key_clamped(s):
    try:
        b = base64.b64decode(s, validate=True)
    except Exception:
        return False
    return len(b) == 32 and (b[0] & 7) == 0 and (b[31] & 128) == 0 and (b[31] & 64) == 64


def gs1_check(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        tot += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - tot % 10) % 10)


assert gs1_check("400638133393") == "1"
