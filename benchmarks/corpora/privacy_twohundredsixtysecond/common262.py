"""Shared helpers for the p262 corpus: alphabets, registry, deny-list,
case styles, check algorithms (MurmurHash3 x86_32, Jenkins one-at-a-time,
ABA 3-7-1 weights), base64 helpers, P-521 ECDSA (ES512), RSA (RS256) and
HMAC JWTs, UUIDv4.  Standard library only."""
import base64
import hashlib
import hmac
import json
import os
import re

DIGITS = "0123456789"
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
B62 = DIGITS + UPPER + LOWER
LALNUM = DIGITS + LOWER
UALNUM = DIGITS + UPPER
HEXL = "0123456789abcdef"
HEXU = HEXL.upper()
B64URL = UPPER + LOWER + DIGITS + "-_"
B64STD = UPPER + LOWER + DIGITS + "+/"
LETTERS = UPPER + LOWER
DJANGO_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"

ALPHABETS = {
    "b62": B62, "lalnum": LALNUM, "ualnum": UALNUM, "hexl": HEXL, "hexu": HEXU,
    "b64url": B64URL, "b64std": B64STD, "digits": DIGITS, "letters": LETTERS,
    "lower": LOWER, "upper": UPPER,
}
ALPHA_WORDS = {
    "b62": "alphanumerics", "lalnum": "lower-case alphanumerics",
    "ualnum": "upper-case alphanumerics", "hexl": "lower-case hex",
    "hexu": "upper-case hex", "b64url": "base64url characters",
    "b64std": "standard Base64 characters", "digits": "digits",
    "letters": "letters", "lower": "lower-case letters", "upper": "upper-case letters",
}


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64u(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def uuid4(rng, upper=False):
    b = bytearray(rng.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


UUID_RE = re.compile(r"(?i)(?<![0-9a-f])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f])")


def uuid_is_v4(s):
    s = s.lower()
    return s[14] == "4" and s[19] in "89ab"


# ---------------------------------------------------------------- case styles
def keyname(words, style):
    w = [x for x in words if x]
    if style == "upper":
        return "_".join(x.upper() for x in w)
    if style == "snake":
        return "_".join(x.lower() for x in w)
    if style == "camel":
        return w[0].lower() + "".join(x.capitalize() for x in w[1:])
    if style in ("pascal", "colonpascal"):
        return "".join(x.capitalize() for x in w)
    if style == "hungarian":
        return "s" + "".join(x.capitalize() for x in w)
    if style == "kebab":
        return "-".join(x.lower() for x in w)
    if style == "dot":
        return ".".join(x.lower() for x in w)
    if style == "spaced":
        return " ".join(x.lower() for x in w)
    if style == "title":
        return " ".join(x.capitalize() for x in w)
    if style == "nscamel":
        return "halberd:" + w[0].lower() + "".join(x.capitalize() for x in w[1:])
    raise ValueError(style)


# ------------------------------------------------------------------ registry
class Registry:
    """Every drawn string (values, neighbours, plains, runs) goes through
    here: refuses repeats and any 6+ character substring relation."""

    def __init__(self):
        self.items = []
        self.kinds = {}

    def clash(self, s):
        if s in self.kinds:
            return True
        for t in self.items:
            a, b = (s, t) if len(s) <= len(t) else (t, s)
            if len(a) >= 6 and a in b:
                return True
        return False

    def add(self, s, kind):
        if self.clash(s):
            return False
        self.items.append(s)
        self.kinds[s] = kind
        return True

    def draw(self, fn, kind, ok=None, tries=5000):
        for _ in range(tries):
            s = fn()
            if ok is not None and not ok(s):
                continue
            if self.add(s, kind):
                return s
        raise RuntimeError("registry could not draw a %s" % kind)

    def of_kind(self, *kinds):
        return [s for s in self.items if self.kinds[s] in kinds]


# ------------------------------------------------------------- deny-list
BACKTICK_RE = re.compile(r"`([^`\n]+)`")
SNAKE_RE = re.compile(r"(?<![A-Za-z0-9_])[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+(?![A-Za-z0-9_])")
SYNTAX_RE = re.compile(r"(?<![A-Za-z0-9_])([a-z]{2,4})pw_([a-z0-9_]+)")
LANGPAIR_RE = re.compile(r"`([a-z]{2,3})` \(([^()]+)\)")


def extract_denylist(folder):
    files = sorted(f for f in os.listdir(folder) if f.endswith(".md"))
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for f in files:
        txt = open(os.path.join(folder, f), encoding="utf-8").read()
        for m in BACKTICK_RE.finditer(txt):
            n = m.group(1).strip().lower()
            names.add(n)
            for part in n.split("__"):
                if part:
                    names.add(part)
        for m in SNAKE_RE.finditer(txt):
            n = m.group(0).lower()
            names.add(n)
            for part in n.split("__"):
                if part:
                    names.add(part)
        for m in SYNTAX_RE.finditer(txt):
            syntaxes.add(m.group(2).lower())
        for m in LANGPAIR_RE.finditer(txt):
            codes.add(m.group(1).lower())
            nm = m.group(2).strip().lower()
            lnames.add(nm)
            for w in re.split(r"[\s,;/()-]+", nm):
                if len(w) > 2:
                    lnames.add(w)
    return {
        "source": folder,
        "files": files,
        "names": sorted(names),
        "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes),
        "language_names": sorted(lnames),
    }


# --------------------------------------------------------- check algorithms
def murmur3_32(data, seed=0):
    """MurmurHash3 x86_32."""
    c1, c2 = 0xCC9E2D51, 0x1B873593
    h = seed & 0xFFFFFFFF
    n = len(data)
    nblocks = n // 4
    for i in range(nblocks):
        k = int.from_bytes(data[4 * i:4 * i + 4], "little")
        k = (k * c1) & 0xFFFFFFFF
        k = ((k << 15) | (k >> 17)) & 0xFFFFFFFF
        k = (k * c2) & 0xFFFFFFFF
        h ^= k
        h = ((h << 13) | (h >> 19)) & 0xFFFFFFFF
        h = (h * 5 + 0xE6546B64) & 0xFFFFFFFF
    tail = data[4 * nblocks:]
    k = 0
    if len(tail) >= 3:
        k ^= tail[2] << 16
    if len(tail) >= 2:
        k ^= tail[1] << 8
    if len(tail) >= 1:
        k ^= tail[0]
        k = (k * c1) & 0xFFFFFFFF
        k = ((k << 15) | (k >> 17)) & 0xFFFFFFFF
        k = (k * c2) & 0xFFFFFFFF
        h ^= k
    h ^= n
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & 0xFFFFFFFF
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & 0xFFFFFFFF
    h ^= h >> 16
    return h


def oaat32(data):
    """Jenkins one-at-a-time hash."""
    h = 0
    for b in data:
        h = (h + b) & 0xFFFFFFFF
        h = (h + (h << 10)) & 0xFFFFFFFF
        h ^= h >> 6
    h = (h + (h << 3)) & 0xFFFFFFFF
    h ^= h >> 11
    h = (h + (h << 15)) & 0xFFFFFFFF
    return h


def aba371_ok(digits):
    """Weights 3, 7, 1 repeating from the left; total must be 0 mod 10."""
    w = (3, 7, 1)
    return sum(int(d) * w[i % 3] for i, d in enumerate(digits)) % 10 == 0


def aba371_complete(payload):
    """Check digit for payload + digit under the 3-7-1 scheme."""
    w = (3, 7, 1)
    s = sum(int(d) * w[i % 3] for i, d in enumerate(payload))
    wl = w[len(payload) % 3]
    for d in range(10):
        if (s + d * wl) % 10 == 0:
            return str(d)
    raise ValueError


def selftest_checks():
    assert murmur3_32(b"", 0) == 0
    assert murmur3_32(b"", 1) == 0x514E28B7
    assert murmur3_32(b"", 0xFFFFFFFF) == 0x81F16F39
    assert murmur3_32(b"\x00\x00\x00\x00", 0) == 0x2362F9DE
    assert murmur3_32(b"\xff\xff\xff\xff", 0) == 0x76293B50
    assert murmur3_32(b"\x21\x43\x65\x87", 0) == 0xF55B516B
    assert murmur3_32(b"\x21\x43\x65\x87", 0x5082EDEE) == 0x2362F9DE
    assert murmur3_32(b"\x21\x43\x65", 0) == 0x7E4A8634
    assert murmur3_32(b"hello", 0) == 0x248BFA47
    assert murmur3_32(b"The quick brown fox jumps over the lazy dog", 0) == 0x2E4FF723
    assert oaat32(b"") == 0
    assert oaat32(b"a") == 0xCA2E9442
    assert oaat32(b"b") == 0x00DB819B
    assert oaat32(b"hello") == 0xC8FD181B
    assert oaat32(b"The quick brown fox jumps over the lazy dog") == 0x519E91F5
    assert aba371_ok("011000015") and aba371_ok("021000021")
    assert aba371_complete("01100001") == "5" and aba371_complete("02100002") == "1"
    return True


# ------------------------------------------------------------ number theory
def _is_probable_prime(n, rng):
    if n < 2:
        return False
    small = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47)
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(24):
        a = rng.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


# --------------------------------------------------------------- P-521 ECDSA
P521_P = 2 ** 521 - 1
P521_A = P521_P - 3
P521_B = 0x0051953EB9618E1C9A1F929A21A0B68540EEA2DA725B99B315F3B8B489918EF109E156193951EC7E937B1652C0BD3BB1BF073573DF883D2C34F1EF451FD46B503F00
P521_GX = 0x00C6858E06B70404E9CD9E3ECB662395B4429C648139053FB521F828AF606B4D3DBAA14B5E77EFE75928FE1DC127A2FFA8DE3348B3C1856A429BF97E7E31C2E5BD66
P521_GY = 0x011839296A789A3BC0045C8A5FB42C7D1BD998F54449579B446817AFBD17273E662C97EE72995EF42640C550B9013FAD0761353C7086A272C24088BE94769FD16650
P521_N = 0x01FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFA51868783BF2F966B7FCC0148F709A5D03BB5C9B8899C47AEBB6FB71E91386409


def _jac_double(P):
    X, Y, Z = P
    if Y == 0:
        return (0, 1, 0)
    p = P521_P
    YY = Y * Y % p
    S = 4 * X * YY % p
    ZZ = Z * Z % p
    M = 3 * (X - ZZ) * (X + ZZ) % p
    X3 = (M * M - 2 * S) % p
    Y3 = (M * (S - X3) - 8 * YY * YY) % p
    Z3 = 2 * Y * Z % p
    return (X3, Y3, Z3)


def _jac_add(P, Q):
    if P[2] == 0:
        return Q
    if Q[2] == 0:
        return P
    p = P521_P
    X1, Y1, Z1 = P
    X2, Y2, Z2 = Q
    Z1Z1 = Z1 * Z1 % p
    Z2Z2 = Z2 * Z2 % p
    U1 = X1 * Z2Z2 % p
    U2 = X2 * Z1Z1 % p
    S1 = Y1 * Z2 * Z2Z2 % p
    S2 = Y2 * Z1 * Z1Z1 % p
    if U1 == U2:
        if S1 != S2:
            return (0, 1, 0)
        return _jac_double(P)
    H = (U2 - U1) % p
    R = (S2 - S1) % p
    HH = H * H % p
    HHH = H * HH % p
    V = U1 * HH % p
    X3 = (R * R - HHH - 2 * V) % p
    Y3 = (R * (V - X3) - S1 * HHH) % p
    Z3 = H * Z1 * Z2 % p
    return (X3, Y3, Z3)


def _jac_mul(k, P):
    R = (0, 1, 0)
    for bit in bin(k)[2:]:
        R = _jac_double(R)
        if bit == "1":
            R = _jac_add(R, P)
    return R


def _to_affine(P):
    if P[2] == 0:
        return None
    zi = pow(P[2], -1, P521_P)
    zi2 = zi * zi % P521_P
    return (P[0] * zi2 % P521_P, P[1] * zi2 * zi % P521_P)


def p521_on_curve(x, y):
    return (y * y - (x * x * x + P521_A * x + P521_B)) % P521_P == 0


def p521_selftest():
    assert p521_on_curve(P521_GX, P521_GY)
    assert _to_affine(_jac_mul(P521_N, (P521_GX, P521_GY, 1))) is None
    return True


class P521Key:
    def __init__(self, rng):
        self.d = rng.randrange(1, P521_N)
        self.Q = _to_affine(_jac_mul(self.d, (P521_GX, P521_GY, 1)))
        self.rng = rng

    def jwk(self, kid):
        return {"kty": "EC", "crv": "P-521", "kid": kid, "use": "sig", "alg": "ES512",
                "x": b64u(self.Q[0].to_bytes(66, "big")), "y": b64u(self.Q[1].to_bytes(66, "big"))}

    def sign(self, msg):
        e = int.from_bytes(hashlib.sha512(msg).digest(), "big")
        while True:
            k = self.rng.randrange(1, P521_N)
            R = _to_affine(_jac_mul(k, (P521_GX, P521_GY, 1)))
            r = R[0] % P521_N
            if r == 0:
                continue
            s = pow(k, -1, P521_N) * (e + r * self.d) % P521_N
            if s == 0:
                continue
            return r.to_bytes(66, "big") + s.to_bytes(66, "big")


def p521_verify(Q, msg, sig):
    if len(sig) != 132:
        return False
    r = int.from_bytes(sig[:66], "big")
    s = int.from_bytes(sig[66:], "big")
    if not (1 <= r < P521_N and 1 <= s < P521_N):
        return False
    e = int.from_bytes(hashlib.sha512(msg).digest(), "big")
    w = pow(s, -1, P521_N)
    u1 = e * w % P521_N
    u2 = r * w % P521_N
    X = _to_affine(_jac_add(_jac_mul(u1, (P521_GX, P521_GY, 1)), _jac_mul(u2, (Q[0], Q[1], 1))))
    return X is not None and X[0] % P521_N == r


# ---------------------------------------------------------------- RSA RS256
SHA256_DIGESTINFO = bytes.fromhex("3031300d060960864801650304020105000420")


class RSAKey:
    def __init__(self, rng, bits=2048):
        e = 65537
        while True:
            p = self._prime(rng, bits // 2)
            q = self._prime(rng, bits // 2)
            if p == q:
                continue
            n = p * q
            phi = (p - 1) * (q - 1)
            if n.bit_length() != bits or phi % e == 0:
                continue
            break
        self.n, self.e = n, e
        self.d = pow(e, -1, phi)
        self.k = bits // 8

    @staticmethod
    def _prime(rng, bits):
        while True:
            c = rng.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
            if _is_probable_prime(c, rng):
                return c

    def sign(self, msg):
        t = SHA256_DIGESTINFO + hashlib.sha256(msg).digest()
        em = b"\x00\x01" + b"\xff" * (self.k - len(t) - 3) + b"\x00" + t
        return pow(int.from_bytes(em, "big"), self.d, self.n).to_bytes(self.k, "big")

    def verify(self, msg, sig):
        if len(sig) != self.k:
            return False
        em = pow(int.from_bytes(sig, "big"), self.e, self.n).to_bytes(self.k, "big")
        t = SHA256_DIGESTINFO + hashlib.sha256(msg).digest()
        return em == b"\x00\x01" + b"\xff" * (self.k - len(t) - 3) + b"\x00" + t


# --------------------------------------------------------------------- JWTs
def jwt_encode(header, payload, signer):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    si = (h + "." + p).encode()
    return h + "." + p + "." + b64u(signer(si))


def hs256(key):
    return lambda m: hmac.new(key, m, hashlib.sha256).digest()


JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
JWT_SIGLEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "PS256": 256, "ES256": 64,
              "ES384": 96, "ES512": 132}


def jwt_frame_ok(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        h = json.loads(b64u_dec(parts[0]))
        p = json.loads(b64u_dec(parts[1]))
        sig = b64u_dec(parts[2])
    except Exception:
        return False
    if not isinstance(h, dict) or not isinstance(p, dict):
        return False
    alg = h.get("alg")
    if alg not in JWT_SIGLEN:
        return False
    if b64u(b64u_dec(parts[2])) != parts[2]:
        return False
    return len(sig) == JWT_SIGLEN[alg]


# ------------------------------------------------------------ small helpers
def split_words(type_name, drop=()):
    return [w for w in type_name.split("_") if w not in drop]


def place(template, value, marker="\x00V\x00"):
    """Put value at the single marker; return (text, start, end)."""
    assert template.count(marker) == 1, template
    i = template.index(marker)
    text = template[:i] + value + template[i + len(marker):]
    return text, i, i + len(value)


V = "\x00V\x00"
