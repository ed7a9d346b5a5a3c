"""Shared helpers for the p254 corpus (knife sharpeners, cutlers, kitchen-equipment repair).

Python 3 standard library only.  Everything here is deterministic given the
random.Random instances the callers pass in.
"""
import base64
import glob
import hashlib
import hmac
import json
import os
import re
import string

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF_DIR = '/tmp/brief254'
PREFIX = 'p254'

DIGITS = string.digits
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
ALNUM = DIGITS + UPPER + LOWER          # base62 order: digits, upper, lower
LOWER_ALNUM = DIGITS + LOWER
UPPER_ALNUM = DIGITS + UPPER
HEX = '0123456789abcdef'
B64 = UPPER + LOWER + DIGITS + '+/'
B64URL = UPPER + LOWER + DIGITS + '-_'


# ---------------------------------------------------------------- strings
def rand_str(rng, alphabet, n):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def rand_bytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def b64(data):
    return base64.b64encode(data).decode('ascii')


def b64url_nopad(data):
    return base64.urlsafe_b64encode(data).decode('ascii').rstrip('=')


def b64url_decode(s):
    return base64.urlsafe_b64decode(s + '=' * (-len(s) % 4))


def uuid4(rng, upper=False):
    b = bytearray(rand_bytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    u = '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


UUID_RE = re.compile(r'[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}')


def uuid_is_v4(u):
    return u[14] == '4' and u[19].lower() in '89ab'


# ---------------------------------------------------------------- key styles
def style_key(words, style):
    words = [w for w in words if w]
    if style == 'upper':
        return '_'.join(w.upper() for w in words)
    if style == 'snake':
        return '_'.join(w.lower() for w in words)
    if style == 'camel':
        return words[0].lower() + ''.join(w[:1].upper() + w[1:].lower() for w in words[1:])
    if style == 'pascal':
        return ''.join(w[:1].upper() + w[1:].lower() for w in words)
    if style == 'kebab':
        return '-'.join(w.lower() for w in words)
    if style == 'dot':
        return '.'.join(w.lower() for w in words)
    if style == 'spaced':
        return ' '.join(w.lower() for w in words)
    if style == 'title':
        return ' '.join(w[:1].upper() + w[1:].lower() for w in words)
    if style == 'header':
        return 'X-' + '-'.join(w[:1].upper() + w[1:].lower() for w in words)
    raise ValueError(style)


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

    def draw(self, gen, tries=400):
        for _ in range(tries):
            s = gen()
            if self.add(s):
                return s
        raise RuntimeError('registry could not place a fresh string')


# ---------------------------------------------------------------- world words and passwords
WORLD_WORDS = [
    'whetstone', 'strop', 'bevel', 'hamon', 'bolster', 'ricasso', 'santoku', 'gyuto',
    'nakiri', 'cleaver', 'damascus', 'kiritsuke', 'yanagiba', 'sujihiki', 'usuba', 'bunka',
    'kasumi', 'choil', 'micarta', 'ferrule', 'pommel', 'quillon', 'honing', 'novaculite',
    'coticule', 'nagura', 'salamander', 'bainmarie', 'chargrill', 'griddle', 'thermostat',
    'gasket', 'solenoid', 'thermocouple', 'descaler', 'rinsearm', 'impeller', 'condenser',
    'evaporator', 'hotplate', 'rotisserie', 'combioven', 'icemaker', 'flattop', 'cutler',
    'bladesmith', 'anvil', 'quench', 'tempering', 'rockwell', 'microbevel', 'scandi',
    'sabatier', 'laguiole', 'opinel', 'tanto', 'kukri', 'bowie', 'parer', 'filleting',
    'carving', 'mezzaluna', 'tenderiser', 'hollowgrind', 'flatgrind', 'sharpener',
    'grindstone', 'oilstone', 'waterstone', 'leatherstrop', 'honingrod', 'steelrod',
    'edgepro', 'spine', 'forgeweld', 'pattern', 'tsuba', 'habaki', 'hocho', 'wharncliffe',
    'drawknife', 'sheepsfoot', 'tallow', 'emery', 'jeweller',
]
assert len(WORLD_WORDS) == len(set(WORLD_WORDS)) and all(w.isalpha() and w.islower() and len(w) >= 4 for w in WORLD_WORDS)

EVERYDAY_JOINERS = '-_.!'
STRICT_JOINERS = '-_.'
TAIL_RE = r'(?:[a-z]{2,3}[0-9]{2,4}|[0-9]{2,4}[a-z]{1,2}|(?:19|20)[0-9]{2})'
PASSWORD_RE = re.compile(r'^[A-Za-z][a-z]{3,}[-_.!]' + TAIL_RE + r'$')
STRICT_PASSWORD_RE = re.compile(r'^[A-Za-z][a-z]{3,}[-_.]' + TAIL_RE + r'$')
PASSWORD_FORM_IN_TEXT_RE = re.compile(
    r'(?<![A-Za-z0-9])(?:' + '|'.join('[' + w[0] + w[0].upper() + ']' + w[1:] for w in sorted(WORLD_WORDS, key=len, reverse=True))
    + r')[-_.!]' + TAIL_RE + r'(?![A-Za-z0-9])')


def password(rng, strict=False, cap_p=0.4, forbid=''):
    joiners = [j for j in (STRICT_JOINERS if strict else EVERYDAY_JOINERS) if j not in forbid]
    while True:
        w = rng.choice(WORLD_WORDS)
        if rng.random() < cap_p:
            w = w[0].upper() + w[1:]
        j = rng.choice(joiners)
        form = rng.random()
        if form < 0.55:
            tail = rand_str(rng, LOWER, rng.choice((2, 3))) + rand_str(rng, DIGITS, rng.choice((2, 3, 4)))
        elif form < 0.8:
            tail = rand_str(rng, DIGITS, rng.choice((2, 3, 4))) + rand_str(rng, LOWER, rng.choice((1, 2)))
        else:
            tail = str(rng.choice((19, 20))) + rand_str(rng, DIGITS, 2)
        p = w + j + tail
        if (STRICT_PASSWORD_RE if strict else PASSWORD_RE).match(p):
            return p


# ---------------------------------------------------------------- CRC-24 / CRC-64 / ISO 7064
def crc24_openpgp(data):
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def _crc64_table():
    poly = 0xC96C5795D7870F42  # reflected 0x42F0E1EBA9EA3693
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ poly if c & 1 else c >> 1
        table.append(c)
    return table


_CRC64 = _crc64_table()


def crc64_xz(data):
    crc = 0xFFFFFFFFFFFFFFFF
    for byte in data:
        crc = _CRC64[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFFFFFFFFFF


assert crc24_openpgp(b'123456789') == 0x21CF02
assert crc64_xz(b'123456789') == 0x995DC9BBDF1939FA

ISO_ALPHABET_36 = DIGITS + UPPER


def iso7064_pure_check(values, modulus, radix, nchecks):
    """ISO 7064 pure system: return the check value(s) as integers."""
    p = 0
    for a in values:
        p = ((p + a) * radix) % modulus
    if nchecks == 2:
        p = (p * radix) % modulus
    check = (modulus + 1 - p) % modulus
    if nchecks == 1:
        return [check]
    return [check // radix, check % radix]


def iso7064_pure_valid(values, modulus, radix):
    s = 0
    for a in values:
        s = (s * radix + a) % modulus
    return s == 1


def mod1271_36_checks(body):
    vals = [ISO_ALPHABET_36.index(c) for c in body]
    c = iso7064_pure_check(vals, 1271, 36, 2)
    return ISO_ALPHABET_36[c[0]] + ISO_ALPHABET_36[c[1]]


def mod1271_36_valid(s):
    return iso7064_pure_valid([ISO_ALPHABET_36.index(c) for c in s], 1271, 36)


def _iso_selftest():
    # MOD 11-2 on the ORCID example 0000-0002-1825-0097 (check digit 7)
    c = iso7064_pure_check([int(x) for x in '000000021825009'], 11, 2, 1)[0]
    assert ('X' if c == 10 else str(c)) == '7'
    # MOD 97-10 against the IBAN rule on GB82 WEST 1234 5698 7654 32
    bban = 'WEST12345698765432'
    digits = ''.join(str(int(ch, 36)) for ch in bban + 'GB')
    cc = iso7064_pure_check([int(x) for x in digits], 97, 10, 2)
    assert cc[0] * 10 + cc[1] == 82 == 98 - (int(digits + '00') % 97)
    assert iso7064_pure_valid([int(x) for x in digits + '82'], 97, 10)
    # the two-character check of MOD 1271-36 validates
    body = 'KEENEDGE2024GRINDER7'
    assert mod1271_36_valid(body + mod1271_36_checks(body))


_iso_selftest()


# ---------------------------------------------------------------- P-384 ECDSA (ES384)
P384_P = 2 ** 384 - 2 ** 128 - 2 ** 96 + 2 ** 32 - 1
P384_A = -3
P384_B = int('b3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aef', 16)
P384_GX = int('aa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7', 16)
P384_GY = int('3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5f', 16)
P384_N = int('ffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973', 16)
P384_G = (P384_GX, P384_GY)


def ec_on_curve(pt):
    x, y = pt
    return (y * y - (x * x * x + P384_A * x + P384_B)) % P384_P == 0


def _ec_add(p1, p2):
    if p1 is None:
        return p2
    if p2 is None:
        return p1
    x1, y1 = p1
    x2, y2 = p2
    if x1 == x2 and (y1 + y2) % P384_P == 0:
        return None
    if p1 == p2:
        lam = (3 * x1 * x1 + P384_A) * pow(2 * y1, P384_P - 2, P384_P) % P384_P
    else:
        lam = (y2 - y1) * pow(x2 - x1, P384_P - 2, P384_P) % P384_P
    x3 = (lam * lam - x1 - x2) % P384_P
    return (x3, (lam * (x1 - x3) - y1) % P384_P)


def _jac_double(P):
    X, Y, Z = P
    if Y == 0:
        return (0, 1, 0)
    p = P384_P
    ZZ = Z * Z % p
    M = 3 * (X - ZZ) * (X + ZZ) % p      # a = -3
    S = 4 * X * Y * Y % p
    X3 = (M * M - 2 * S) % p
    Y3 = (M * (S - X3) - 8 * pow(Y, 4, p)) % p
    Z3 = 2 * Y * Z % p
    return (X3, Y3, Z3)


def _jac_add(P, Q):
    if P[2] == 0:
        return Q
    if Q[2] == 0:
        return P
    p = P384_P
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


def ec_mul(k, pt):
    R = (0, 1, 0)
    Q = (pt[0], pt[1], 1)
    for bit in bin(k)[2:]:
        R = _jac_double(R)
        if bit == '1':
            R = _jac_add(R, Q)
    if R[2] == 0:
        return None
    zi = pow(R[2], P384_P - 2, P384_P)
    return (R[0] * zi * zi % P384_P, R[1] * zi * zi * zi % P384_P)


assert ec_on_curve(P384_G)
assert ec_mul(P384_N, P384_G) is None
assert ec_mul(2, P384_G) == _ec_add(P384_G, P384_G)
assert ec_mul(3, P384_G) == _ec_add(_ec_add(P384_G, P384_G), P384_G)


def es384_keypair(rng):
    d = rng.randrange(1, P384_N)
    return d, ec_mul(d, P384_G)


def es384_sign(rng, d, msg):
    e = int.from_bytes(hashlib.sha384(msg).digest(), 'big')
    while True:
        k = rng.randrange(1, P384_N)
        R = ec_mul(k, P384_G)
        r = R[0] % P384_N
        if r == 0:
            continue
        s = pow(k, P384_N - 2, P384_N) * (e + r * d) % P384_N
        if s == 0:
            continue
        return r.to_bytes(48, 'big') + s.to_bytes(48, 'big')


def es384_verify(Q, msg, sig):
    if len(sig) != 96 or Q is None or not ec_on_curve(Q):
        return False
    r = int.from_bytes(sig[:48], 'big')
    s = int.from_bytes(sig[48:], 'big')
    if not (0 < r < P384_N and 0 < s < P384_N):
        return False
    e = int.from_bytes(hashlib.sha384(msg).digest(), 'big')
    w = pow(s, P384_N - 2, P384_N)
    u1 = e * w % P384_N
    u2 = r * w % P384_N
    X = _ec_add(ec_mul(u1, P384_G), ec_mul(u2, Q))
    return X is not None and X[0] % P384_N == r


# ---------------------------------------------------------------- RSA (RS256 and PKCS#8)
_SMALL_PRIMES = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _is_probable_prime(n, rng, rounds=24):
    if n < 2:
        return False
    for p in _SMALL_PRIMES:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
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


def _rand_prime(rng, bits):
    while True:
        c = rng.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if c % 65537 == 1:
            continue
        if _is_probable_prime(c, rng):
            return c


def rsa_keypair(rng, bits=2048):
    e = 65537
    while True:
        p = _rand_prime(rng, bits // 2)
        q = _rand_prime(rng, bits // 2)
        if p == q:
            continue
        n = p * q
        if n.bit_length() != bits:
            continue
        phi = (p - 1) * (q - 1)
        try:
            d = pow(e, -1, phi)
        except ValueError:
            continue
        if p < q:
            p, q = q, p
        return {'n': n, 'e': e, 'd': d, 'p': p, 'q': q,
                'dp': d % (p - 1), 'dq': d % (q - 1), 'qi': pow(q, -1, p)}


_SHA256_DIGESTINFO = bytes.fromhex('3031300d060960864801650304020105000420')


def rs256_sign(key, msg):
    k = (key['n'].bit_length() + 7) // 8
    t = _SHA256_DIGESTINFO + hashlib.sha256(msg).digest()
    em = b'\x00\x01' + b'\xff' * (k - len(t) - 3) + b'\x00' + t
    s = pow(int.from_bytes(em, 'big'), key['d'], key['n'])
    return s.to_bytes(k, 'big')


def rs256_verify(n, e, msg, sig):
    k = (n.bit_length() + 7) // 8
    if len(sig) != k:
        return False
    m = pow(int.from_bytes(sig, 'big'), e, n).to_bytes(k, 'big')
    t = _SHA256_DIGESTINFO + hashlib.sha256(msg).digest()
    return m == b'\x00\x01' + b'\xff' * (k - len(t) - 3) + b'\x00' + t


def _der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, 'big')
    return bytes([0x80 | len(b)]) + b


def der_int(v):
    b = v.to_bytes((v.bit_length() + 8) // 8 or 1, 'big')
    return b'\x02' + _der_len(len(b)) + b


def der_seq(*parts):
    body = b''.join(parts)
    return b'\x30' + _der_len(len(body)) + body


def der_octets(b):
    return b'\x04' + _der_len(len(b)) + b


RSA_ALG_ID = der_seq(bytes.fromhex('06092a864886f70d010101'), b'\x05\x00')


def rsa_pkcs8_der(key):
    pkcs1 = der_seq(der_int(0), der_int(key['n']), der_int(key['e']), der_int(key['d']),
                    der_int(key['p']), der_int(key['q']), der_int(key['dp']), der_int(key['dq']),
                    der_int(key['qi']))
    return der_seq(der_int(0), RSA_ALG_ID, der_octets(pkcs1))


def der_parse(b, i=0):
    """Parse one DER element; returns (tag, content, next_index)."""
    tag = b[i]
    ln = b[i + 1]
    j = i + 2
    if ln & 0x80:
        k = ln & 0x7F
        ln = int.from_bytes(b[j:j + k], 'big')
        j += k
    return tag, b[j:j + ln], j + ln


def der_children(content):
    out, i = [], 0
    while i < len(content):
        t, c, i = der_parse(content, i)
        out.append((t, c))
    return out


def pkcs8_rsa_valid(der):
    t, c, end = der_parse(der)
    if t != 0x30 or end != len(der):
        return False
    kids = der_children(c)
    if len(kids) != 3 or kids[2][0] != 0x04:
        return False
    t2, c2, _ = der_parse(kids[2][1])
    ints = [int.from_bytes(x[1], 'big') for x in der_children(c2)]
    if len(ints) != 9:
        return False
    _, n, e, d, p, q, dp, dq, qi = ints
    return (p * q == n and (e * d) % ((p - 1) * (q - 1) // _gcd(p - 1, q - 1)) == 1
            and dp == d % (p - 1) and dq == d % (q - 1) and (qi * q) % p == 1)


def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def pem_wrap(der, label, newline='\n'):
    s = b64(der)
    lines = [s[i:i + 64] for i in range(0, len(s), 64)]
    return '-----BEGIN %s-----%s%s%s-----END %s-----' % (label, newline, newline.join(lines), newline, label)


# ---------------------------------------------------------------- JWTs
def jwt_hs(alg, header, payload, key):
    h = b64url_nopad(json.dumps(header, separators=(',', ':')).encode())
    p = b64url_nopad(json.dumps(payload, separators=(',', ':')).encode())
    dig = {'HS256': hashlib.sha256, 'HS384': hashlib.sha384, 'HS512': hashlib.sha512}[alg]
    sig = hmac.new(key, (h + '.' + p).encode(), dig).digest()
    return h + '.' + p + '.' + b64url_nopad(sig)


def jwt_es384(rng, header, payload, d):
    h = b64url_nopad(json.dumps(header, separators=(',', ':')).encode())
    p = b64url_nopad(json.dumps(payload, separators=(',', ':')).encode())
    sig = es384_sign(rng, d, (h + '.' + p).encode())
    return h + '.' + p + '.' + b64url_nopad(sig)


def jwt_rs256(key, header, payload):
    h = b64url_nopad(json.dumps(header, separators=(',', ':')).encode())
    p = b64url_nopad(json.dumps(payload, separators=(',', ':')).encode())
    sig = rs256_sign(key, (h + '.' + p).encode())
    return h + '.' + p + '.' + b64url_nopad(sig)


JWT_RE = re.compile(r'eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+')
JWT_SIG_LEN = {'HS256': [32], 'HS384': [48], 'HS512': [64], 'ES256': [64], 'ES384': [96],
               'RS256': [256, 384, 512], 'PS256': [256, 384, 512], 'EdDSA': [64]}


def jwt_frame_ok(tok):
    parts = tok.split('.')
    if len(parts) != 3:
        return False
    try:
        header = json.loads(b64url_decode(parts[0]))
        payload = json.loads(b64url_decode(parts[1]))
        sig = b64url_decode(parts[2])
    except Exception:
        return False
    if not isinstance(header, dict) or not isinstance(payload, dict):
        return False
    if b64url_nopad(b64url_decode(parts[2])) != parts[2]:
        return False
    alg = header.get('alg')
    return alg in JWT_SIG_LEN and len(sig) in JWT_SIG_LEN[alg]


# ---------------------------------------------------------------- Django and Fernet keys
DJANGO_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)'


def django_secret_key(rng, forbid=''):
    chars = [c for c in DJANGO_CHARS if c not in forbid]
    return ''.join(rng.choice(chars) for _ in range(50))


def fernet_key(rng):
    return base64.urlsafe_b64encode(rand_bytes(rng, 32)).decode('ascii')


def fernet_key_valid(s):
    if not re.fullmatch(r'[A-Za-z0-9_-]{43}=', s):
        return False
    return len(base64.urlsafe_b64decode(s)) == 32


# ---------------------------------------------------------------- deny-list
HAND_LANGUAGES = sorted({
    'basque', 'catalan', 'chinese', 'danish', 'dutch', 'english', 'esperanto', 'estonian',
    'finnish', 'french', 'german', 'greek', 'hebrew', 'hungarian', 'icelandic', 'indonesian',
    'italian', 'japanese', 'latin', 'lithuanian', 'malay', 'maori', 'māori', 'portuguese',
    'spanish', 'swahili', 'swedish', 'tamil', 'thai', 'tibetan', 'turkish', 'serbian',
    'bosnian', 'sorbian', 'upper sorbian', 'lower sorbian', 'arabic', 'wolof', 'lingala',
    'occitan', 'kalaallisut', 'sundanese', 'iloko', 'mandarin', 'cantonese',
})


def extract_denylist(brief_dir=BRIEF_DIR):
    names, syn, codes, lnames = set(), set(), set(), set()
    files = sorted(glob.glob(os.path.join(brief_dir, 'README_*.md')))
    for f in files:
        t = open(f, encoding='utf-8').read()
        for m in re.finditer(r'`([^`\n]+)`', t):
            s = m.group(1).strip().lower()
            if s:
                names.add(s)
                names.update(p for p in s.split('__') if p)
        for m in re.finditer(r'(?<![A-Za-z0-9_])([A-Za-z0-9]+(?:_[A-Za-z0-9]+)+)(?![A-Za-z0-9_])', t):
            s = m.group(1).lower()
            names.add(s)
            names.update(p for p in s.split('__') if p)
        for m in re.finditer(r'\b[a-z]{2,6}pw_([a-z0-9_]+)', t):
            syn.add(m.group(1).strip('_'))
        for m in re.finditer(r'`([a-z]{2,3})` \(([^)]+)\)', t):
            codes.add(m.group(1))
            nm = m.group(2).strip().lower()
            lnames.add(nm)
            lnames.update(w for w in re.split(r'[\s\-]+', nm) if w)
    return {
        'source': brief_dir,
        'files': [os.path.basename(f) for f in files],
        'names': sorted(names),
        'syntaxes': sorted(syn),
        'language_codes': sorted(codes),
        'language_names': sorted(lnames),
    }


def load_denylist():
    path = os.path.join(HERE, 'brief_names.json')
    frozen = json.load(open(path, encoding='utf-8'))
    status = 'frozen list used (%s absent)' % BRIEF_DIR
    if os.path.isdir(BRIEF_DIR) and glob.glob(os.path.join(BRIEF_DIR, 'README_*.md')):
        fresh = extract_denylist()
        if fresh != frozen:
            raise SystemExit('deny-list in brief_names.json differs from a fresh extraction of %s' % BRIEF_DIR)
        status = 're-extracted from %s and identical' % BRIEF_DIR
    return frozen, status
