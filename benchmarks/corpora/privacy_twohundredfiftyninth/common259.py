"""Shared helpers for the p259 corpus: alphabets, registry, check algorithms,
RSA-PSS, P-256, JWT frames and the deny-list extraction.  Standard library only."""
import base64
import hashlib
import hmac
import json
import re
import struct

DIGITS = "0123456789"
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
HEXL = "0123456789abcdef"
HEXU = HEXL.upper()
ALNUM = DIGITS + UPPER + LOWER
LALNUM = DIGITS + LOWER
UALNUM = DIGITS + UPPER
B64URL = UPPER + LOWER + DIGITS + "-_"
B64STD = UPPER + LOWER + DIGITS + "+/"


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def uuid4(rng, upper=False):
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64url_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def b64std(data):
    return base64.b64encode(data).decode()


# ---------------------------------------------------------------- registry
class Registry:
    """Refuses repeats and any 6+ character substring relation with an earlier string."""

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


def draw(rng, reg, maker, bad="", tries=500):
    for _ in range(tries):
        v = maker(rng)
        if any(c in v for c in bad):
            continue
        if reg.add(v):
            return v
    raise RuntimeError("could not draw a fresh value")


# ---------------------------------------------------------------- check algorithms
M64 = (1 << 64) - 1


def _rotl64(x, b):
    return ((x << b) | (x >> (64 - b))) & M64


def siphash24(key, msg):
    """SipHash-2-4, 64-bit output (reference algorithm)."""
    k0, k1 = struct.unpack("<QQ", key)
    v = [k0 ^ 0x736F6D6570736575, k1 ^ 0x646F72616E646F6D,
         k0 ^ 0x6C7967656E657261, k1 ^ 0x7465646279746573]

    def rnd():
        v[0] = (v[0] + v[1]) & M64; v[1] = _rotl64(v[1], 13); v[1] ^= v[0]; v[0] = _rotl64(v[0], 32)
        v[2] = (v[2] + v[3]) & M64; v[3] = _rotl64(v[3], 16); v[3] ^= v[2]
        v[0] = (v[0] + v[3]) & M64; v[3] = _rotl64(v[3], 21); v[3] ^= v[0]
        v[2] = (v[2] + v[1]) & M64; v[1] = _rotl64(v[1], 17); v[1] ^= v[2]; v[2] = _rotl64(v[2], 32)

    n = len(msg) // 8 * 8
    for i in range(0, n, 8):
        m = struct.unpack("<Q", msg[i:i + 8])[0]
        v[3] ^= m; rnd(); rnd(); v[0] ^= m
    b = (len(msg) & 0xFF) << 56
    for i, c in enumerate(msg[n:]):
        b |= c << (8 * i)
    v[3] ^= b; rnd(); rnd(); v[0] ^= b
    v[2] ^= 0xFF
    for _ in range(4):
        rnd()
    return v[0] ^ v[1] ^ v[2] ^ v[3]


SIPHASH_KEY = bytes(range(16))  # published in the README: 00 01 02 ... 0f


def murmur3_32(data, seed=0):
    """MurmurHash3 x86_32."""
    c1, c2, M = 0xCC9E2D51, 0x1B873593, 0xFFFFFFFF
    h = seed & M
    n = len(data) // 4 * 4
    for i in range(0, n, 4):
        k = struct.unpack("<I", data[i:i + 4])[0]
        k = (k * c1) & M; k = ((k << 15) | (k >> 17)) & M; k = (k * c2) & M
        h ^= k; h = ((h << 13) | (h >> 19)) & M; h = (h * 5 + 0xE6546B64) & M
    t = data[n:]
    k = 0
    if len(t) >= 3:
        k ^= t[2] << 16
    if len(t) >= 2:
        k ^= t[1] << 8
    if len(t) >= 1:
        k ^= t[0]; k = (k * c1) & M; k = ((k << 15) | (k >> 17)) & M; k = (k * c2) & M; h ^= k
    h ^= len(data)
    h ^= h >> 16; h = (h * 0x85EBCA6B) & M; h ^= h >> 13; h = (h * 0xC2B2AE35) & M; h ^= h >> 16
    return h


def mod1110(digits):
    """ISO 7064 MOD 11,10 (hybrid system) check digit of a digit string."""
    p = 10
    for ch in digits:
        s = (p + int(ch)) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    return (11 - p) % 10


def hotp(key, counter, digits=6, alg=hashlib.sha1):
    h = hmac.new(key, struct.pack(">Q", counter), alg).digest()
    o = h[-1] & 15
    val = struct.unpack(">I", h[o:o + 4])[0] & 0x7FFFFFFF
    return str(val % 10 ** digits).zfill(digits)


# identifiers used by the negatives
def s10_check(serial8):
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    r = sum(int(a) * b for a, b in zip(serial8, w)) % 11
    c = 11 - r
    return 0 if c == 10 else (5 if c == 11 else c)


def cas_check(body):
    ds = [int(c) for c in body if c.isdigit()]
    return sum(d * (i + 1) for i, d in enumerate(reversed(ds))) % 10


def imo_check(six):
    return sum(int(c) * w for c, w in zip(six, [7, 6, 5, 4, 3, 2])) % 10


def aba_ok(nine):
    d = [int(c) for c in nine]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def mod97_ok(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban_ok(s):
    s = s.replace(" ", "")
    return mod97_ok(s[4:] + s[:4])


def iban_make(country, bban):
    n = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return "%s%02d%s" % (country, 98 - n % 97, bban)


def lei_make(body18):
    n = int("".join(str(int(c, 36)) for c in body18 + "00"))
    return "%s%02d" % (body18, 98 - n % 97)


# ---------------------------------------------------------------- big-number helpers
def _egcd_inv(a, m):
    return pow(a, -1, m)


def is_probable_prime(n, rng, rounds=40):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2; s += 1
    for _ in range(rounds):
        a = rng.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def gen_prime(rng, bits):
    while True:
        c = rng.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if is_probable_prime(c, rng):
            return c


def rsa_keygen(rng, bits=2048, e=65537):
    while True:
        p = gen_prime(rng, bits // 2)
        q = gen_prime(rng, bits // 2)
        if p == q:
            continue
        n = p * q
        if n.bit_length() != bits:
            continue
        lam = (p - 1) * (q - 1) // _gcd(p - 1, q - 1)
        if _gcd(e, lam) != 1:
            continue
        d = _egcd_inv(e, lam)
        return {"n": n, "e": e, "d": d, "p": p, "q": q}


def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def i2osp(x, n):
    return x.to_bytes(n, "big")


def os2ip(b):
    return int.from_bytes(b, "big")


def mgf1(seed, length, h=hashlib.sha256):
    out = b""
    c = 0
    while len(out) < length:
        out += h(seed + struct.pack(">I", c)).digest()
        c += 1
    return out[:length]


def pss_encode(mhash, embits, salt, h=hashlib.sha256):
    hlen = h().digest_size
    emlen = (embits + 7) // 8
    mprime = b"\x00" * 8 + mhash + salt
    hh = h(mprime).digest()
    ps = b"\x00" * (emlen - len(salt) - hlen - 2)
    db = ps + b"\x01" + salt
    mask = mgf1(hh, emlen - hlen - 1, h)
    masked = bytes(a ^ b for a, b in zip(db, mask))
    lead = 8 * emlen - embits
    masked = bytes([masked[0] & (0xFF >> lead)]) + masked[1:]
    return masked + hh + b"\xbc"


def pss_verify_em(mhash, em, embits, slen=32, h=hashlib.sha256):
    hlen = h().digest_size
    emlen = (embits + 7) // 8
    if len(em) != emlen or em[-1] != 0xBC:
        return False
    masked, hh = em[:emlen - hlen - 1], em[emlen - hlen - 1:-1]
    lead = 8 * emlen - embits
    if masked[0] & (0xFF << (8 - lead)) & 0xFF:
        return False
    mask = mgf1(hh, emlen - hlen - 1, h)
    db = bytes(a ^ b for a, b in zip(masked, mask))
    db = bytes([db[0] & (0xFF >> lead)]) + db[1:]
    ps_len = emlen - hlen - slen - 2
    if db[:ps_len] != b"\x00" * ps_len or db[ps_len] != 1:
        return False
    salt = db[-slen:] if slen else b""
    return h(b"\x00" * 8 + mhash + salt).digest() == hh


def ps256_sign(key, msg, rng):
    k = (key["n"].bit_length() + 7) // 8
    em = pss_encode(hashlib.sha256(msg).digest(), key["n"].bit_length() - 1, rbytes(rng, 32))
    return i2osp(pow(os2ip(em), key["d"], key["n"]), k)


def ps256_verify(pub, msg, sig):
    n, e = pub["n"], pub["e"]
    k = (n.bit_length() + 7) // 8
    if len(sig) != k:
        return False
    s = os2ip(sig)
    if s >= n:
        return False
    embits = n.bit_length() - 1
    em = i2osp(pow(s, e, n), (embits + 7) // 8)
    return pss_verify_em(hashlib.sha256(msg).digest(), em, embits)


# ---------------------------------------------------------------- P-256
P256_P = 2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1
P256_A = P256_P - 3
P256_B = 0x5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B
P256_G = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
          0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)
P256_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551


def ec_add(P, Q):
    if P is None:
        return Q
    if Q is None:
        return P
    p = P256_P
    if P[0] == Q[0] and (P[1] + Q[1]) % p == 0:
        return None
    if P == Q:
        lam = (3 * P[0] * P[0] + P256_A) * pow(2 * P[1], -1, p) % p
    else:
        lam = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, p) % p
    x = (lam * lam - P[0] - Q[0]) % p
    return (x, (lam * (P[0] - x) - P[1]) % p)


def ec_mul(k, P):
    R = None
    while k:
        if k & 1:
            R = ec_add(R, P)
        P = ec_add(P, P)
        k >>= 1
    return R


def on_p256(P):
    x, y = P
    return (y * y - (x * x * x + P256_A * x + P256_B)) % P256_P == 0


# ---------------------------------------------------------------- DER
def der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int(x):
    b = x.to_bytes(max(1, (x.bit_length() + 8) // 8), "big")
    return der(0x02, b)


def der_parse(buf, i=0):
    """Return (tag, body, next_index)."""
    tag = buf[i]
    ln = buf[i + 1]
    j = i + 2
    if ln & 0x80:
        k = ln & 0x7F
        ln = int.from_bytes(buf[j:j + k], "big")
        j += k
    return tag, buf[j:j + ln], j + ln


OID_EC = bytes.fromhex("06072a8648ce3d0201")
OID_P256 = bytes.fromhex("06082a8648ce3d030107")


def p256_pkcs8(d):
    Q = ec_mul(d, P256_G)
    pub = b"\x04" + Q[0].to_bytes(32, "big") + Q[1].to_bytes(32, "big")
    ecpk = der(0x30, der_int(1) + der(0x04, d.to_bytes(32, "big")) + der(0xA0, OID_P256)
               + der(0xA1, der(0x03, b"\x00" + pub)))
    return der(0x30, der_int(0) + der(0x30, OID_EC + OID_P256) + der(0x04, ecpk))


def p256_pkcs8_check(blob):
    tag, body, _ = der_parse(blob)
    assert tag == 0x30
    t, v, i = der_parse(body)
    assert t == 0x02 and v == b"\x00"
    t, alg, i = der_parse(body, i)
    assert t == 0x30 and alg == OID_EC + OID_P256
    t, inner, i = der_parse(body, i)
    assert t == 0x04
    t, ec, _ = der_parse(inner)
    t, ver, j = der_parse(ec)
    assert ver == b"\x01"
    t, dbytes, j = der_parse(ec, j)
    assert t == 0x04 and len(dbytes) == 32
    t, params, j = der_parse(ec, j)
    assert t == 0xA0 and params == OID_P256
    t, pubw, j = der_parse(ec, j)
    assert t == 0xA1
    t, bits, _ = der_parse(pubw)
    assert t == 0x03 and bits[:2] == b"\x00\x04"
    d = int.from_bytes(dbytes, "big")
    assert 0 < d < P256_N
    Q = ec_mul(d, P256_G)
    assert bits[2:] == Q[0].to_bytes(32, "big") + Q[1].to_bytes(32, "big")
    return True


def pem(label, blob, nl="\n"):
    s = b64std(blob)
    lines = [s[i:i + 64] for i in range(0, len(s), 64)]
    return "-----BEGIN %s-----%s%s%s-----END %s-----" % (label, nl, nl.join(lines), nl, label)


# ---------------------------------------------------------------- JWT
def jwt_encode_parts(header, payload):
    h = b64url(json.dumps(header, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p


def jwt_ps256(key, header, payload, rng):
    si = jwt_encode_parts(header, payload)
    return si + "." + b64url(ps256_sign(key, si.encode(), rng))


def jwt_hs256(secret, header, payload):
    si = jwt_encode_parts(header, payload)
    return si + "." + b64url(hmac.new(secret, si.encode(), hashlib.sha256).digest())


JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]*\.eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+")
JWT_SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64, "PS256": 256, "RS256": 256, "ES256": 64}


def jwt_frame_ok(tok):
    try:
        h, p, s = tok.split(".")
        hd = json.loads(b64url_dec(h))
        pl = json.loads(b64url_dec(p))
        sig = b64url_dec(s)
    except Exception:
        return False
    if not isinstance(hd, dict) or not isinstance(pl, dict):
        return False
    alg = hd.get("alg")
    return alg in JWT_SIG_LEN and len(sig) == JWT_SIG_LEN[alg]


UUID_RE = re.compile(r"(?i)\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")


def uuid_v4_ok(u):
    return u[14] == "4" and u[19].lower() in "89ab"


# ---------------------------------------------------------------- self tests (published vectors)
def self_test():
    assert siphash24(SIPHASH_KEY, bytes(range(15))) == 0xA129CA6149BE45E5
    assert siphash24(SIPHASH_KEY, b"") == 0x726FDB47DD0E0E31
    assert murmur3_32(b"", 1) == 0x514E28B7
    assert murmur3_32(b"\x21\x43\x65\x87", 0) == 0xF55B516B
    assert murmur3_32(b"Hello, world!", 0x9747B28C) == 0x24884CBA
    assert murmur3_32(b"The quick brown fox jumps over the lazy dog", 0x9747B28C) == 0x2FA826CD
    assert mod1110("6943515153") == 0  # Croatian OIB example 69435151530
    assert hotp(b"12345678901234567890", 0) == "755224"  # RFC 4226
    assert hotp(b"12345678901234567890", 59 // 30, 8) == "94287082"  # RFC 6238, T = 59
    assert s10_check("47312482") == 9  # UPU S10 example AA473124829GB
    assert cas_check("773218") == 5  # water, 7732-18-5
    assert imo_check("907472") == 9  # IMO 9074729
    assert aba_ok("011000015")
    assert iban_ok("GB82 WEST 1234 5698 7654 32")
    assert mod97_ok("5493001KJTIIGC8Y1R12")
    assert on_p256(P256_G) and ec_mul(P256_N, P256_G) is None
    return True


# ---------------------------------------------------------------- deny list
def extract_denylist(paths):
    names, syn, codes, lnames = set(), set(), set(), set()
    for f in paths:
        t = open(f, encoding="utf-8").read()
        for m in re.finditer(r"`([^`\n]+)`", t):
            s = m.group(1).strip().lower()
            names.add(s)
            for part in s.split("__"):
                if part:
                    names.add(part)
        for m in re.finditer(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b", t.lower()):
            s = m.group(0)
            names.add(s)
            for part in s.split("__"):
                if part:
                    names.add(part)
        for m in re.finditer(r"`([a-z]{2,4})pw_([a-z0-9_]+)`", t):
            syn.add(m.group(2))
        for m in re.finditer(r"`([a-z]{2,3})` \(([^)]+)\)", t):
            codes.add(m.group(1))
            n = m.group(2).lower()
            lnames.add(n)
            for w in re.split(r"[\s\-]+", n):
                if w:
                    lnames.add(w)
    return {"names": sorted(names), "syntaxes": sorted(syn),
            "language_codes": sorted(codes), "language_names": sorted(lnames)}
