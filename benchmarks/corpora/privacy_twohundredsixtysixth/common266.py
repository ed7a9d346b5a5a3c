"""Shared helpers of the p266 corpus: registry, value makers, hand-written
check algorithms and crypto (AES, AES key wrap, SHA-512/256, Ed25519), the
deny-list extractor and the self-test.  Standard library only."""
import base64
import hashlib
import hmac
import json
import re
import struct

PREFIX = "p266"

# ---------------------------------------------------------------- alphabets
DIGITS = "0123456789"
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
HEXL = "0123456789abcdef"
HEXU = HEXL.upper()
ALNUM = DIGITS + UPPER + LOWER
LALNUM = DIGITS + LOWER
UALNUM = DIGITS + UPPER
B64U = UPPER + LOWER + DIGITS + "-_"
B64 = UPPER + LOWER + DIGITS + "+/"
LETTERS = UPPER + LOWER
DJANGO_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"

ALPHABETS = {
    "digits": DIGITS, "lower": LOWER, "upper": UPPER, "hex": HEXL, "HEX": HEXU,
    "alnum": ALNUM, "lalnum": LALNUM, "ualnum": UALNUM, "b64u": B64U,
    "b64": B64, "letters": LETTERS, "w": ALNUM + "_",
}
ALPHA_RE = {
    "digits": "[0-9]", "lower": "[a-z]", "upper": "[A-Z]", "hex": "[0-9a-f]",
    "HEX": "[0-9A-F]", "alnum": "[A-Za-z0-9]", "lalnum": "[a-z0-9]",
    "ualnum": "[A-Z0-9]", "b64u": "[A-Za-z0-9_-]", "b64": "[A-Za-z0-9+/]",
    "letters": "[A-Za-z]", "w": "[A-Za-z0-9_]",
}
ALPHA_WORDS = {
    "digits": "digits", "lower": "lower-case letters", "upper": "upper-case letters",
    "hex": "lower-case hex", "HEX": "upper-case hex", "alnum": "alphanumerics",
    "lalnum": "lower-case alphanumerics", "ualnum": "upper-case alphanumerics",
    "b64u": "base64url characters", "b64": "standard Base64 characters",
    "letters": "letters", "w": "word characters [A-Za-z0-9_]",
}


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64u(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def b64s(data):
    return base64.b64encode(data).decode()


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def uuid4(rng, upper=False):
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


UUID_RE = re.compile(r"(?<![0-9A-Fa-f])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f])")


def uuid_is_v4(u):
    return u[14] == "4" and u[19].lower() in "89ab"


# ------------------------------------------------------- world words / passwords
PW_WORDS = [
    "lantern", "gallery", "fresnel", "prism", "bullseye", "diaphone", "foghorn",
    "beacon", "keeper", "lightship", "daymark", "skerry", "headland", "lampwick",
    "mantle", "pedestal", "clockwork", "occulting", "isophase", "longstone",
    "smeaton", "eddystone", "wolfrock", "godrevy", "pendeen", "haisborough",
    "tregarrow", "lizard", "trevose", "breakwater", "capstan", "hawser",
    "bellbuoy", "semaphore", "coastguard", "mercury", "pharos", "astragal",
    "cupola", "argand", "paraffin", "catoptric", "dioptric", "lampglass",
    "gunmetal", "lamproom", "watchroom", "fogbell", "siren", "reedhorn",
    "nautophone", "tender", "buoyage", "leadlight", "lensroom", "prismatic",
    "gantry", "quayside", "sandbank", "shoal", "lightvessel", "wickman",
    "flashtube", "bellrock", "skerryvore", "lundy", "sunkrock", "tidewater",
    "lampman", "glazing", "balcony", "helical", "whistle", "fogsignal",
]
# a password form: a world word, a joiner, a tail people use
PW_TAIL = r"(?:[0-9]{2,4}|[0-9]{2,3}m|No[0-9]{1,2})"
PW_RE_LOOSE = re.compile(r"^[A-Za-z][a-z]{3,}[-_.!@+~#]" + PW_TAIL + r"$")
PW_RE_STRICT = re.compile(r"^[A-Za-z][a-z]{3,}[-_.]" + PW_TAIL + r"$")
_WORDALT = "|".join(sorted(PW_WORDS, key=len, reverse=True))
PW_FORM_ANY = re.compile(r"(?i)(?<![A-Za-z])(?:" + _WORDALT + r")[-_.!@+~#=*&]" + r"(?:[0-9]{2,4}|[0-9]{2,3}m|No[0-9]{1,2})(?![A-Za-z0-9])")
JOINERS_LOOSE = "-_.!@+~#"
JOINERS_STRICT = "-_."


def make_password(rng, strict=False, forbid="", maxlen=None, cap=0.4):
    joiners = [j for j in (JOINERS_STRICT if strict else JOINERS_LOOSE) if j not in forbid]
    for _ in range(1000):
        w = rng.choice(PW_WORDS if not maxlen else [x for x in PW_WORDS if len(x) <= maxlen - 3])
        if rng.random() < cap:
            w = w[0].upper() + w[1:]
        r = rng.random()
        if maxlen and len(w) + 3 >= maxlen - 1:
            tail = str(rng.randint(10, 99))
        elif r < 0.45:
            tail = str(rng.randint(10, 9999)) if rng.random() < 0.6 else str(rng.randint(1859, 2025))
        elif r < 0.75:
            tail = "%dm" % rng.randint(12, 160)
        else:
            tail = "No%d" % rng.randint(1, 96)
        v = w + rng.choice(joiners) + tail
        if maxlen and len(v) > maxlen:
            continue
        if any(c in forbid for c in v):
            continue
        return v
    raise RuntimeError("no password")


# ---------------------------------------------------------------- registry
class Registry:
    """Refuses repeats, 6+ character substring relations with an earlier
    string, non-v4 UUIDs and password forms inside non-password values."""

    def __init__(self):
        self.items = []
        self.seen = set()

    def ok(self, s):
        if s in self.seen:
            return False
        for t in self.items:
            if len(s) >= 6 and s in t:
                return False
            if len(t) >= 6 and t in s:
                return False
        for u in UUID_RE.findall(s):
            if not uuid_is_v4(u):
                return False
        return True

    def add(self, s):
        if not self.ok(s):
            return False
        self.items.append(s)
        self.seen.add(s)
        return True

    def draw(self, fn, tries=400):
        for _ in range(tries):
            v = fn()
            if self.add(v):
                return v
        raise RuntimeError("registry could not draw a fresh value")


# --------------------------------------------------------- key-name styles
def style_key(words, style):
    ws = words.split()
    if style == "upper":
        return "_".join(w.upper() for w in ws)
    if style == "snake":
        return "_".join(ws)
    if style == "camel":
        return ws[0] + "".join(w.capitalize() for w in ws[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in ws)
    if style == "kebab":
        return "-".join(ws)
    if style == "dot":
        return ".".join(ws)
    if style == "header":
        return "X-" + "-".join(w.capitalize() for w in ws)
    if style == "lheader":
        return "x-" + "-".join(ws)
    if style == "title":
        return " ".join(w.capitalize() for w in ws)
    if style == "spaced":
        return " ".join(ws)
    if style == "native":
        return words
    raise ValueError(style)


# ------------------------------------------------ check algorithms (hand-written)
SWISS_TABLE = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]


def recursive_mod10(digits):
    """Swiss 'Modulo 10 rekursiv' (ESR / QR-bill reference) check digit."""
    carry = 0
    for ch in digits:
        carry = SWISS_TABLE[(carry + int(ch)) % 10]
    return str((10 - carry) % 10)


ABN_WEIGHTS = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]


def mod89_ok(eleven):
    """Australian Business Number rule: subtract 1 from the first digit,
    weights 10,1,3,...,19, sum divisible by 89."""
    d = [int(c) for c in eleven]
    d[0] -= 1
    return sum(a * b for a, b in zip(d, ABN_WEIGHTS)) % 89 == 0


def mod89_prefix(body9):
    for pre in range(10, 100):
        if mod89_ok("%02d%s" % (pre, body9)):
            return "%02d" % pre
    raise ValueError(body9)


_CF_ODD_VALUES = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                  12, 14, 16, 10, 22, 25, 24, 23]
CF_ODD = {}
CF_EVEN = {}
for _i in range(10):
    CF_ODD[str(_i)] = _CF_ODD_VALUES[_i]
    CF_EVEN[str(_i)] = _i
for _i, _c in enumerate(UPPER):
    CF_ODD[_c] = _CF_ODD_VALUES[_i]
    CF_EVEN[_c] = _i


def mod26_letter(s):
    """Italian codice-fiscale control character: odd positions (1-based)
    through the odd table, even positions through the even table, mod 26."""
    t = sum(CF_ODD[c] if i % 2 == 0 else CF_EVEN[c] for i, c in enumerate(s))
    return UPPER[t % 26]


def issn_check(seven):
    t = sum(int(c) * w for c, w in zip(seven, range(8, 1, -1)))
    r = (11 - t % 11) % 11
    return "X" if r == 10 else str(r)


def iso7064_11_2(digits):
    t = 0
    for c in digits:
        t = (t + int(c)) * 2
    r = (12 - t % 11) % 11
    return "X" if r == 10 else str(r)


VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(vin17):
    s = sum((int(c) if c.isdigit() else VIN_TR[c]) * VIN_W[i] for i, c in enumerate(vin17))
    r = s % 11
    return "X" if r == 10 else str(r)


def nmea_checksum(body):
    x = 0
    for b in body.encode():
        x ^= b
    return "%02X" % x


# ------------------------------------------------------ SHA-512/256 by hand
def _small_primes(n):
    out, k = [], 2
    while len(out) < n:
        if all(k % p for p in out if p * p <= k):
            out.append(k)
        k += 1
    return out


def _icbrt(n):
    x = 1 << ((n.bit_length() + 2) // 3)
    while True:
        y = (2 * x + n // (x * x)) // 3
        if y >= x:
            break
        x = y
    while (x + 1) ** 3 <= n:
        x += 1
    while x ** 3 > n:
        x -= 1
    return x


def _isqrt(n):
    import math
    return math.isqrt(n)


M64 = (1 << 64) - 1
_P80 = _small_primes(80)
SHA512_K = [_icbrt(p << 192) & M64 for p in _P80]
SHA512_IV = [_isqrt(p << 128) & M64 for p in _P80[:8]]


def _rotr(x, n):
    return ((x >> n) | (x << (64 - n))) & M64


def _sha512_core(msg, iv, outlen):
    h = list(iv)
    ml = len(msg) * 8
    msg = msg + b"\x80" + b"\x00" * ((112 - (len(msg) + 1) % 128) % 128) + ml.to_bytes(16, "big")
    for off in range(0, len(msg), 128):
        w = list(struct.unpack(">16Q", msg[off:off + 128]))
        for t in range(16, 80):
            s0 = _rotr(w[t - 15], 1) ^ _rotr(w[t - 15], 8) ^ (w[t - 15] >> 7)
            s1 = _rotr(w[t - 2], 19) ^ _rotr(w[t - 2], 61) ^ (w[t - 2] >> 6)
            w.append((w[t - 16] + s0 + w[t - 7] + s1) & M64)
        a, b, c, d, e, f, g, hh = h
        for t in range(80):
            S1 = _rotr(e, 14) ^ _rotr(e, 18) ^ _rotr(e, 41)
            ch = (e & f) ^ (~e & g)
            t1 = (hh + S1 + ch + SHA512_K[t] + w[t]) & M64
            S0 = _rotr(a, 28) ^ _rotr(a, 34) ^ _rotr(a, 39)
            mj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (S0 + mj) & M64
            hh, g, f, e, d, c, b, a = g, f, e, (d + t1) & M64, c, b, a, (t1 + t2) & M64
        h = [(x + y) & M64 for x, y in zip(h, [a, b, c, d, e, f, g, hh])]
    return b"".join(x.to_bytes(8, "big") for x in h)[:outlen]


def sha512_hand(msg):
    return _sha512_core(msg, SHA512_IV, 64)


_IV_T = [x ^ 0xA5A5A5A5A5A5A5A5 for x in SHA512_IV]
SHA512_256_IV = list(struct.unpack(">8Q", _sha512_core(b"SHA-512/256", _IV_T, 64)))


def sha512_256(msg):
    return _sha512_core(msg, SHA512_256_IV, 32)


# ------------------------------------------------------------ AES by hand
def _xtime(a):
    a <<= 1
    return (a ^ 0x11B) if a & 0x100 else a


def _gmul(a, b):
    r = 0
    while b:
        if b & 1:
            r ^= a
        a = _xtime(a)
        b >>= 1
    return r


def _build_sbox():
    inv = [0] * 256
    for x in range(1, 256):
        for y in range(1, 256):
            if _gmul(x, y) == 1:
                inv[x] = y
                break
    sbox = []
    for x in range(256):
        b = inv[x]
        s = b
        for k in range(1, 5):
            s ^= ((b << k) | (b >> (8 - k))) & 0xFF
        sbox.append(s ^ 0x63)
    inv_s = [0] * 256
    for i, v in enumerate(sbox):
        inv_s[v] = i
    return sbox, inv_s


SBOX, INV_SBOX = _build_sbox()
_MUL = {k: [_gmul(i, k) for i in range(256)] for k in (2, 3, 9, 11, 13, 14)}


def aes_expand(key):
    nk = len(key) // 4
    nr = nk + 6
    w = [list(key[4 * i:4 * i + 4]) for i in range(nk)]
    rcon = 1
    for i in range(nk, 4 * (nr + 1)):
        t = list(w[i - 1])
        if i % nk == 0:
            t = t[1:] + t[:1]
            t = [SBOX[b] for b in t]
            t[0] ^= rcon
            rcon = _xtime(rcon) & 0xFF
        elif nk > 6 and i % nk == 4:
            t = [SBOX[b] for b in t]
        w.append([a ^ b for a, b in zip(w[i - nk], t)])
    return [sum(w[4 * r:4 * r + 4], []) for r in range(nr + 1)]


def aes_encrypt_block(rk, block):
    s = [b ^ k for b, k in zip(block, rk[0])]
    nr = len(rk) - 1
    for r in range(1, nr + 1):
        s = [SBOX[b] for b in s]
        s = [s[(i + 4 * (i % 4)) % 16] for i in range(16)]
        if r != nr:
            t = []
            for c in range(4):
                a = s[4 * c:4 * c + 4]
                t += [
                    _MUL[2][a[0]] ^ _MUL[3][a[1]] ^ a[2] ^ a[3],
                    a[0] ^ _MUL[2][a[1]] ^ _MUL[3][a[2]] ^ a[3],
                    a[0] ^ a[1] ^ _MUL[2][a[2]] ^ _MUL[3][a[3]],
                    _MUL[3][a[0]] ^ a[1] ^ a[2] ^ _MUL[2][a[3]],
                ]
            s = t
        s = [b ^ k for b, k in zip(s, rk[r])]
    return bytes(s)


def aes_decrypt_block(rk, block):
    nr = len(rk) - 1
    s = [b ^ k for b, k in zip(block, rk[nr])]
    for r in range(nr - 1, -1, -1):
        s = [s[(i - 4 * (i % 4)) % 16] for i in range(16)]
        s = [INV_SBOX[b] for b in s]
        s = [b ^ k for b, k in zip(s, rk[r])]
        if r != 0:
            t = []
            for c in range(4):
                a = s[4 * c:4 * c + 4]
                t += [
                    _MUL[14][a[0]] ^ _MUL[11][a[1]] ^ _MUL[13][a[2]] ^ _MUL[9][a[3]],
                    _MUL[9][a[0]] ^ _MUL[14][a[1]] ^ _MUL[11][a[2]] ^ _MUL[13][a[3]],
                    _MUL[13][a[0]] ^ _MUL[9][a[1]] ^ _MUL[14][a[2]] ^ _MUL[11][a[3]],
                    _MUL[11][a[0]] ^ _MUL[13][a[1]] ^ _MUL[9][a[2]] ^ _MUL[14][a[3]],
                ]
            s = t
    return bytes(s)


KW_IV = bytes.fromhex("A6A6A6A6A6A6A6A6")


def aes_key_wrap(kek, plain):
    """RFC 3394 AES key wrap."""
    rk = aes_expand(kek)
    n = len(plain) // 8
    a = KW_IV
    r = [plain[8 * i:8 * i + 8] for i in range(n)]
    for j in range(6):
        for i in range(n):
            b = aes_encrypt_block(rk, a + r[i])
            t = n * j + i + 1
            a = (int.from_bytes(b[:8], "big") ^ t).to_bytes(8, "big")
            r[i] = b[8:]
    return a + b"".join(r)


def aes_key_unwrap(kek, wrapped):
    rk = aes_expand(kek)
    n = len(wrapped) // 8 - 1
    a = wrapped[:8]
    r = [wrapped[8 * (i + 1):8 * (i + 2)] for i in range(n)]
    for j in range(5, -1, -1):
        for i in range(n - 1, -1, -1):
            t = n * j + i + 1
            a2 = (int.from_bytes(a, "big") ^ t).to_bytes(8, "big")
            b = aes_decrypt_block(rk, a2 + r[i])
            a = b[:8]
            r[i] = b[8:]
    if a != KW_IV:
        raise ValueError("key unwrap integrity check failed")
    return b"".join(r)


def cbc_encrypt(key, iv, data):
    rk = aes_expand(key)
    p = 16 - len(data) % 16
    data = data + bytes([p]) * p
    out, prev = [], iv
    for i in range(0, len(data), 16):
        blk = aes_encrypt_block(rk, bytes(a ^ b for a, b in zip(data[i:i + 16], prev)))
        out.append(blk)
        prev = blk
    return b"".join(out)


def cbc_decrypt(key, iv, data):
    rk = aes_expand(key)
    out, prev = [], iv
    for i in range(0, len(data), 16):
        blk = data[i:i + 16]
        out.append(bytes(a ^ b for a, b in zip(aes_decrypt_block(rk, blk), prev)))
        prev = blk
    pt = b"".join(out)
    p = pt[-1]
    if not 1 <= p <= 16 or pt[-p:] != bytes([p]) * p:
        raise ValueError("bad padding")
    return pt[:-p]


def jwe_a256kw_a256cbc_hs512(kek, header, claims, cek, iv):
    """Compact JWE, RFC 7516 / RFC 7518 5.2.5 (A256CBC-HS512) with A256KW."""
    prot = b64u(json.dumps(header, separators=(",", ":")).encode())
    ek = aes_key_wrap(kek, cek)
    mac_key, enc_key = cek[:32], cek[32:]
    ct = cbc_encrypt(enc_key, iv, json.dumps(claims, separators=(",", ":")).encode())
    aad = prot.encode()
    al = (len(aad) * 8).to_bytes(8, "big")
    tag = hmac.new(mac_key, aad + iv + ct + al, hashlib.sha512).digest()[:32]
    return ".".join([prot, b64u(ek), b64u(iv), b64u(ct), b64u(tag)])


def jwe_open(kek, token):
    parts = token.split(".")
    if len(parts) != 5:
        raise ValueError("not five parts")
    prot, ek, iv, ct, tag = parts
    header = json.loads(b64u_dec(prot))
    if header.get("alg") != "A256KW" or header.get("enc") != "A256CBC-HS512":
        raise ValueError("alg/enc")
    cek = aes_key_unwrap(kek, b64u_dec(ek))
    if len(cek) != 64:
        raise ValueError("cek length")
    ivb, ctb = b64u_dec(iv), b64u_dec(ct)
    aad = prot.encode()
    al = (len(aad) * 8).to_bytes(8, "big")
    want = hmac.new(cek[:32], aad + ivb + ctb + al, hashlib.sha512).digest()[:32]
    if not hmac.compare_digest(want, b64u_dec(tag)):
        raise ValueError("tag")
    return header, json.loads(cbc_decrypt(cek[32:], ivb, ctb))


def jwt_hs256(key, header, claims):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(claims, separators=(",", ":")).encode())
    sig = hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64u(sig)


JWS_SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64}
JWS_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
JWE_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


def jws_frame_ok(tok):
    try:
        h, p, s = tok.split(".")
        hd = json.loads(b64u_dec(h))
        json.loads(b64u_dec(p))
        return JWS_SIG_LEN.get(hd.get("alg")) == len(b64u_dec(s))
    except Exception:
        return False


# ------------------------------------------------------- Ed25519 (public keys)
_P = 2 ** 255 - 19
_D = (-121665 * pow(121666, _P - 2, _P)) % _P
_L = 2 ** 252 + 27742317777372353535851937790883648493


def _recover_x(y, sign):
    x2 = (y * y - 1) * pow(_D * y * y + 1, _P - 2, _P) % _P
    x = pow(x2, (_P + 3) // 8, _P)
    if (x * x - x2) % _P:
        x = x * pow(2, (_P - 1) // 4, _P) % _P
    if x & 1 != sign:
        x = _P - x
    return x


_BY = 4 * pow(5, _P - 2, _P) % _P
_B = (_recover_x(_BY, 0), _BY, 1, _recover_x(_BY, 0) * _BY % _P)


def _padd(p, q):
    a = (p[1] - p[0]) * (q[1] - q[0]) % _P
    b = (p[1] + p[0]) * (q[1] + q[0]) % _P
    c = 2 * p[3] * q[3] * _D % _P
    d = 2 * p[2] * q[2] % _P
    e, f, g, h = b - a, d - c, d + c, b + a
    return (e * f % _P, g * h % _P, f * g % _P, e * h % _P)


def _pmul(s, p):
    q = (0, 1, 1, 0)
    while s:
        if s & 1:
            q = _padd(q, p)
        p = _padd(p, p)
        s >>= 1
    return q


def ed25519_public(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    pt = _pmul(a, _B)
    zi = pow(pt[2], _P - 2, _P)
    x, y = pt[0] * zi % _P, pt[1] * zi % _P
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


# ------------------------------------------------------------- deny-list
LANG_PAIR_RE = re.compile(r"`([a-z]{3})` \(([^)]+)\)")


def extract_denylist(texts):
    names, syntaxes, codes, langnames = set(), set(), set(), set()
    for t in texts:
        for m in re.findall(r"`([^`\n]+)`", t):
            m = m.strip().lower()
            if not m:
                continue
            names.add(m)
            for part in m.split("__"):
                if part:
                    names.add(part)
            mm = re.match(r"^([a-z]{0,6}pw)_([a-z0-9_]+)$", m)
            if mm:
                syntaxes.add(mm.group(2))
        for m in re.findall(r"(?<![A-Za-z0-9_])[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+(?![A-Za-z0-9_])", t):
            m = m.lower()
            names.add(m)
            for part in m.split("__"):
                if part:
                    names.add(part)
        for code, name in LANG_PAIR_RE.findall(t):
            codes.add(code.lower())
            langnames.add(name.lower())
            for w in re.split(r"[\s,;/-]+", name.lower()):
                if w:
                    langnames.add(w)
    return {
        "names": sorted(names), "syntaxes": sorted(syntaxes),
        "language_codes": sorted(codes), "language_names": sorted(langnames),
    }


# -------------------------------------------------------------- self-test
def selftest():
    errs = []

    def eq(a, b, what):
        if a != b:
            errs.append("selftest %s: %r != %r" % (what, a, b))

    eq(recursive_mod10("21000000000313947143000901"), "7", "recursive mod 10 (QR reference)")
    eq(mod89_ok("51824753556"), True, "mod 89 (ABN 51 824 753 556)")
    eq(mod89_ok("53004085616"), True, "mod 89 (ABN 53 004 085 616)")
    eq(mod26_letter("RSSMRA85T10A562"), "S", "mod 26 (RSSMRA85T10A562S)")
    eq(issn_check("0317847"), "1", "ISSN 0317-8471")
    eq(iso7064_11_2("000000021825009"), "7", "ORCID 0000-0002-1825-0097")
    eq(vin_check("1M8GDM9AXKP042788"), "X", "VIN 1M8GDM9AXKP042788")
    eq(nmea_checksum("GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,"), "47", "NMEA GGA example")
    eq(sha512_hand(b"abc"), hashlib.sha512(b"abc").digest(), "SHA-512 core vs hashlib")
    eq(sha512_hand(b"x" * 300), hashlib.sha512(b"x" * 300).digest(), "SHA-512 core vs hashlib (multi-block)")
    eq(sha512_256(b"abc").hex(), "53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23", "SHA-512/256 abc")
    try:
        eq(sha512_256(b"lampwick").hex(), hashlib.new("sha512_256", b"lampwick").hexdigest(), "SHA-512/256 vs OpenSSL")
    except ValueError:
        pass
    k128 = bytes(range(16))
    pt = bytes.fromhex("00112233445566778899aabbccddeeff")
    eq(aes_encrypt_block(aes_expand(k128), pt).hex(), "69c4e0d86a7b0430d8cdb78070b4c55a", "AES-128 FIPS-197 C.1")
    k256 = bytes(range(32))
    eq(aes_encrypt_block(aes_expand(k256), pt).hex(), "8ea2b7ca516745bfeafc49904b496089", "AES-256 FIPS-197 C.3")
    eq(aes_decrypt_block(aes_expand(k256), bytes.fromhex("8ea2b7ca516745bfeafc49904b496089")), pt, "AES-256 inverse")
    eq(aes_key_wrap(k128, pt).hex(), "1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5", "RFC 3394 4.1")
    eq(aes_key_wrap(k256, pt).hex(), "64e8c3f9ce0f5ba263e9777905818a2a93c8191e7d6e8ae7", "RFC 3394 4.3")
    eq(aes_key_unwrap(k256, aes_key_wrap(k256, pt + pt)), pt + pt, "key unwrap round trip")
    eq(ed25519_public(bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")).hex(),
       "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "Ed25519 RFC 8032 test 1")
    return errs
