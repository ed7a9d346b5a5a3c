"""Shared helpers of the p277 corpus: alphabets, value specs, the trade's password form,
the registry that refuses repeats, and the hand-written algorithms (with self-test).

Python 3 standard library only.
"""
import base64
import hashlib
import re
import struct

PREFIX = 'p277'

SEEDS = {
    'everyday_values': 27701,
    'everyday_pairing': 27711,
    'everyday_keys': 27771,
    'vendor': 27702,
    'positional': 27703,
    'prose': 27704,
    'evasions': 27705,
    'negatives': 27706,
}

DIGITS = '0123456789'
LOWER = 'abcdefghijklmnopqrstuvwxyz'
UPPER = LOWER.upper()
HEXL = '0123456789abcdef'
HEXU = '0123456789ABCDEF'
ALNUM = DIGITS + UPPER + LOWER
LALNUM = DIGITS + LOWER
UALNUM = DIGITS + UPPER
B64URL = UPPER + LOWER + DIGITS + '-_'
B64STD = UPPER + LOWER + DIGITS + '+/'
LETTERS = UPPER + LOWER

ALPHABETS = {
    'digits': DIGITS, 'lower': LOWER, 'upper': UPPER, 'hex': HEXL, 'HEX': HEXU,
    'alnum': ALNUM, 'lalnum': LALNUM, 'ualnum': UALNUM, 'b64url': B64URL,
    'b64': B64STD, 'letters': LETTERS,
}
ALPHA_DESC = {
    'digits': 'digits', 'lower': 'lower-case letters', 'upper': 'upper-case letters',
    'hex': 'lower-case hex', 'HEX': 'upper-case hex', 'alnum': 'alphanumerics',
    'lalnum': 'lower-case alphanumerics', 'ualnum': 'upper-case alphanumerics',
    'b64url': 'base64url characters', 'b64': 'standard Base64 characters', 'letters': 'letters',
}

# --------------------------------------------------------------------------------------
# The trade's password form: a word of hop farms, maltings and oasts + joiner + tail.

WORDS = [
    'oast', 'roundel', 'cowl', 'kell', 'hopkiln', 'bine', 'bract', 'lupulin', 'strobile',
    'hopcone', 'bushel', 'pocket', 'hopsack', 'stilts', 'stringer', 'twiddler', 'hopdog',
    'picker', 'hopper', 'drier', 'malt', 'barley', 'steep', 'couch', 'rootlet', 'acrospire',
    'wither', 'plenum', 'diastase', 'malthouse', 'grist', 'culm', 'chitting', 'husk',
    'fuggle', 'goldings', 'bramling', 'myrcene', 'humulone', 'tares', 'sprout', 'turner',
    'plough', 'shovel', 'firkin', 'kilderkin', 'hogshead', 'mashtun', 'wort', 'sparge',
    'cooper', 'brewer', 'stowage', 'baler', 'louvre', 'furnace', 'brimstone', 'charcoal',
    'anthracite', 'laths', 'haircloth', 'oasthouse', 'hoppole', 'wirework', 'cribbing',
    'measurer', 'tallyman', 'pelletiser', 'steeping', 'germbed', 'kilning', 'maltster',
]
TAIL_RE = r'(?:[0-9]{2,4}|Kiln[1-9]|Floor[1-6]|Row[1-9][0-9]?|[1-9][0-9]C)'
JOINERS_WIDE = '-_.@!#'
JOINERS_STRICT = '-_.'
PASSWORD_RE = re.compile(r'^([A-Za-z][a-z]{3,})[\-_.@!#]' + TAIL_RE + r'$')
STRICT_PASSWORD_RE = re.compile(r'^([A-Za-z][a-z]{3,})[\-_.]' + TAIL_RE + r'$')
_words_alt = '|'.join(sorted(WORDS, key=len, reverse=True))
PASSWORD_FORM_RE = re.compile(
    r'(?i)(?<![A-Za-z])(?:' + _words_alt + r')[\-_.@!#+~*=:&/](?:[0-9]{2,4}|kiln[1-9]|floor[1-6]|row[1-9][0-9]?|[1-9][0-9]c)(?![A-Za-z0-9])')

for _w in WORDS:
    assert _w.isalpha() and _w.islower() and len(_w) >= 4
    for _bad in ('pw', 'pass', 'pwd', 'secret'):
        assert _bad not in _w


def draw_tail(rng):
    k = rng.randrange(6)
    if k == 0:
        return str(rng.randrange(10, 100))
    if k == 1:
        return str(rng.choice([rng.randrange(1950, 2027), rng.randrange(100, 1000)]))
    if k == 2:
        return 'Kiln%d' % rng.randrange(1, 10)
    if k == 3:
        return 'Floor%d' % rng.randrange(1, 7)
    if k == 4:
        return 'Row%d' % rng.randrange(1, 100)
    return '%dC' % rng.randrange(10, 100)


def draw_password(rng, joiners=JOINERS_WIDE, cap=0.5, forbidden=''):
    js = [j for j in joiners if j not in forbidden]
    w = rng.choice(WORDS)
    if rng.random() < cap:
        w = w[0].upper() + w[1:]
    return w + rng.choice(js) + draw_tail(rng)


def is_password(v, strict=False):
    m = (STRICT_PASSWORD_RE if strict else PASSWORD_RE).match(v)
    return bool(m) and m.group(1).lower() in WORDS


def password_forms(text):
    return [m.group(0) for m in PASSWORD_FORM_RE.finditer(text)]


# --------------------------------------------------------------------------------------
# Value specs: a list of literal strings and (alphabet, count) pairs.

def gen_spec(rng, spec):
    out = []
    for part in spec:
        if isinstance(part, str):
            out.append(part)
        elif part[0] == 'uuid4':
            out.append(uuid4(rng))
        else:
            alpha, n = part
            s = ALPHABETS[alpha]
            out.append(''.join(rng.choice(s) for _ in range(n)))
    return ''.join(out)


def spec_regex(spec):
    out = []
    for part in spec:
        if isinstance(part, str):
            out.append(re.escape(part))
        elif part[0] == 'uuid4':
            out.append('[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}')
        else:
            alpha, n = part
            out.append('[' + re.escape(ALPHABETS[alpha]) + ']{%d}' % n)
    return re.compile('^' + ''.join(out) + '$')


def spec_desc(spec):
    out = []
    for part in spec:
        if isinstance(part, str):
            out.append('`%s`' % part)
        elif part[0] == 'uuid4':
            out.append('UUIDv4')
        else:
            out.append('%d %s' % (part[1], ALPHA_DESC[part[0]]))
    return ' + '.join(out)


def uuid4(rng):
    b = bytearray(rng.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = bytes(b).hex()
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


UUID_RE = re.compile(r'(?i)(?<![0-9a-f])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f])')
JWT_RE = re.compile(r'eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{10,}')


def is_uuid4(u):
    u = u.lower()
    return u[14] == '4' and u[19] in '89ab'


def rand_bytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


# --------------------------------------------------------------------------------------
# Registry: every labelled value, neighbour, evasion plain and run goes through it.

class Registry:
    def __init__(self):
        self.items = []
        self.seen = set()

    def ok(self, s):
        if s in self.seen:
            return False
        for m in UUID_RE.finditer(s):
            if not is_uuid4(m.group(0)):
                return False
        for t in self.items:
            a, b = (s, t) if len(s) <= len(t) else (t, s)
            if len(a) >= 6 and a in b:
                return False
        return True

    def add(self, s):
        if not self.ok(s):
            return False
        self.items.append(s)
        self.seen.add(s)
        return True

    def draw(self, fn, tries=500):
        for _ in range(tries):
            v = fn()
            if self.add(v):
                return v
        raise RuntimeError('registry could not draw a fresh value')


def place(template, value, marker='\x00'):
    """Return (text, start, end) with value put at the single marker."""
    assert template.count(marker) == 1, template
    i = template.index(marker)
    text = template[:i] + value + template[i + 1:]
    return text, i, i + len(value)


# --------------------------------------------------------------------------------------
# Hand-written algorithms.

# Chilean RUT check character (modulo 11, weights 2..7 repeating from the right, 10 -> K).
def rut_check(body):
    s = 0
    w = 2
    for ch in reversed(body):
        s += int(ch) * w
        w = 2 if w == 7 else w + 1
    r = 11 - s % 11
    return '0' if r == 11 else ('K' if r == 10 else str(r))


# ISWC check digit: 1 + sum(i * d_i) over the nine digits, check = (10 - that mod 10) mod 10.
def iswc_check(nine):
    s = 1 + sum((i + 1) * int(c) for i, c in enumerate(nine))
    return str((10 - s % 10) % 10)


# Air waybill check digit: the seven-digit serial number modulo 7.
def awb_check(serial7):
    return str(int(serial7) % 7)


# MD4 (RFC 1320).
def _rol32(x, n):
    x &= 0xFFFFFFFF
    return ((x << n) | (x >> (32 - n))) & 0xFFFFFFFF


def md4(data):
    msg = bytearray(data)
    bitlen = (8 * len(data)) & 0xFFFFFFFFFFFFFFFF
    msg.append(0x80)
    while len(msg) % 64 != 56:
        msg.append(0)
    msg += struct.pack('<Q', bitlen)
    a, b, c, d = 0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476

    def f(x, y, z):
        return (x & y) | (~x & z)

    def g(x, y, z):
        return (x & y) | (x & z) | (y & z)

    def h(x, y, z):
        return x ^ y ^ z

    for off in range(0, len(msg), 64):
        X = list(struct.unpack('<16I', bytes(msg[off:off + 64])))
        aa, bb, cc, dd = a, b, c, d
        for i in range(16):
            k = i
            s = (3, 7, 11, 19)[i % 4]
            if i % 4 == 0:
                a = _rol32(a + f(b, c, d) + X[k], s)
            elif i % 4 == 1:
                d = _rol32(d + f(a, b, c) + X[k], s)
            elif i % 4 == 2:
                c = _rol32(c + f(d, a, b) + X[k], s)
            else:
                b = _rol32(b + f(c, d, a) + X[k], s)
        for i in range(16):
            k = (i % 4) * 4 + i // 4
            s = (3, 5, 9, 13)[i % 4]
            if i % 4 == 0:
                a = _rol32(a + g(b, c, d) + X[k] + 0x5A827999, s)
            elif i % 4 == 1:
                d = _rol32(d + g(a, b, c) + X[k] + 0x5A827999, s)
            elif i % 4 == 2:
                c = _rol32(c + g(d, a, b) + X[k] + 0x5A827999, s)
            else:
                b = _rol32(b + g(c, d, a) + X[k] + 0x5A827999, s)
        order = (0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15)
        for i in range(16):
            k = order[i]
            s = (3, 9, 11, 15)[i % 4]
            if i % 4 == 0:
                a = _rol32(a + h(b, c, d) + X[k] + 0x6ED9EBA1, s)
            elif i % 4 == 1:
                d = _rol32(d + h(a, b, c) + X[k] + 0x6ED9EBA1, s)
            elif i % 4 == 2:
                c = _rol32(c + h(d, a, b) + X[k] + 0x6ED9EBA1, s)
            else:
                b = _rol32(b + h(c, d, a) + X[k] + 0x6ED9EBA1, s)
        a = (a + aa) & 0xFFFFFFFF
        b = (b + bb) & 0xFFFFFFFF
        c = (c + cc) & 0xFFFFFFFF
        d = (d + dd) & 0xFFFFFFFF
    return struct.pack('<4I', a, b, c, d)


# Speck block ciphers (Beaulieu et al. 2013), words big-endian as in the paper's vectors.
def _speck_params(n, m):
    table = {(16, 4): (22, 7, 2), (32, 4): (27, 8, 3)}
    return table[(n, m)]


def speck_encrypt(key_words, x, y, n=32, m=4):
    """key_words = (l[m-2], ..., l[0], k[0]) as in the paper; returns (x, y)."""
    T, alpha, beta = _speck_params(n, m)
    mask = (1 << n) - 1

    def ror(v, r):
        return ((v >> r) | (v << (n - r))) & mask

    def rol(v, r):
        return ((v << r) | (v >> (n - r))) & mask

    kw = list(key_words)
    k = [kw[-1]]
    l = list(reversed(kw[:-1]))
    for i in range(T - 1):
        l.append(((k[i] + ror(l[i], alpha)) & mask) ^ i)
        k.append(rol(k[i], beta) ^ l[i + m - 1])
    for i in range(T):
        x = ((ror(x, alpha) + y) & mask) ^ k[i]
        y = rol(y, beta) ^ x
    return x, y


def speck64_cbc_mac(key16, data):
    """CBC-MAC over 8-byte blocks (zero IV) with Speck64/128; key16 is 16 bytes."""
    assert len(data) % 8 == 0
    kw = struct.unpack('>4I', key16)
    x = y = 0
    for off in range(0, len(data), 8):
        bx, by = struct.unpack('>2I', data[off:off + 8])
        x, y = speck_encrypt(kw, x ^ bx, y ^ by)
    return struct.pack('>2I', x, y)


# X25519 (RFC 7748) and Ed25519 public keys (RFC 8032), used only for the negatives.
P25519 = 2 ** 255 - 19


def x25519(k_bytes, u_bytes):
    k = bytearray(k_bytes)
    k[0] &= 248
    k[31] &= 127
    k[31] |= 64
    kn = int.from_bytes(bytes(k), 'little')
    u = int.from_bytes(u_bytes, 'little') & ((1 << 255) - 1)
    p = P25519
    a24 = 121665
    x1, x2, z2, x3, z3 = u, 1, 0, u, 1
    swap = 0
    for t in range(254, -1, -1):
        kt = (kn >> t) & 1
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
        z2 = E * (AA + a24 * E) % p
    if swap:
        x2, x3 = x3, x2
        z2, z3 = z3, z2
    return (x2 * pow(z2, p - 2, p) % p).to_bytes(32, 'little')


def x25519_base(k_bytes):
    return x25519(k_bytes, (9).to_bytes(32, 'little'))


_ED_D = -121665 * pow(121666, P25519 - 2, P25519) % P25519


def _ed_add(P, Q):
    p = P25519
    x1, y1 = P
    x2, y2 = Q
    t = _ED_D * x1 * x2 * y1 * y2 % p
    x3 = (x1 * y2 + x2 * y1) * pow(1 + t, p - 2, p) % p
    y3 = (y1 * y2 + x1 * x2) * pow(1 - t, p - 2, p) % p
    return (x3, y3)


def _ed_base():
    p = P25519
    y = 4 * pow(5, p - 2, p) % p
    x2 = (y * y - 1) * pow(_ED_D * y * y + 1, p - 2, p) % p
    x = pow(x2, (p + 3) // 8, p)
    if (x * x - x2) % p != 0:
        x = x * pow(2, (p - 1) // 4, p) % p
    if x & 1:
        x = p - x
    return (x, y)


def ed25519_public(seed32):
    h = hashlib.sha512(seed32).digest()
    a = bytearray(h[:32])
    a[0] &= 248
    a[31] &= 127
    a[31] |= 64
    s = int.from_bytes(bytes(a), 'little')
    R = (0, 1)
    Q = _ed_base()
    while s:
        if s & 1:
            R = _ed_add(R, Q)
        Q = _ed_add(Q, Q)
        s >>= 1
    x, y = R
    return (y | ((x & 1) << 255)).to_bytes(32, 'little')


def ed25519_on_curve(pub):
    p = P25519
    n = int.from_bytes(pub, 'little')
    y = n & ((1 << 255) - 1)
    if y >= p:
        return False
    x2 = (y * y - 1) * pow(_ED_D * y * y + 1, p - 2, p) % p
    if x2 == 0:
        return True
    return pow(x2, (p - 1) // 2, p) == 1


def laravel_key_ok(v):
    if not v.startswith('base64:'):
        return False
    try:
        raw = base64.b64decode(v[7:], validate=True)
    except Exception:
        return False
    return len(raw) == 32 and base64.b64encode(raw).decode() == v[7:]


def selftest():
    """Published vectors for every hand-written algorithm (asserted in every build)."""
    results = []
    # RUT: 12.345.678-5 and 11.111.111-1
    assert rut_check('12345678') == '5'
    assert rut_check('11111111') == '1'
    results.append('RUT 12.345.678-5 and 11.111.111-1')
    # ISWC T-034.524.680-1
    assert iswc_check('034524680') == '1'
    results.append('ISWC T-034.524.680-1')
    # AWB: serial 1234567 -> 5 (020-12345675)
    assert awb_check('1234567') == '5'
    results.append('air waybill 020-1234567 5')
    # MD4, RFC 1320 appendix A.5
    vec = {b'': '31d6cfe0d16ae931b73c59d7e0c089c0', b'a': 'bde52cb31de33e46245e05fbdbd6fb24',
           b'abc': 'a448017aaf21d8525fc10ae87aa6729d',
           b'message digest': 'd9130a8164549fe818874806e1c7014b',
           b'abcdefghijklmnopqrstuvwxyz': 'd79e1c308aa5bbcdeea8ed63df412da9'}
    for k, v in vec.items():
        assert md4(k).hex() == v, (k, md4(k).hex())
    results.append('MD4 RFC 1320 (empty, a, abc, message digest, a-z)')
    # NT hash of "password" (a widely published MD4 over UTF-16LE)
    assert md4('password'.encode('utf-16-le')).hex() == '8846f7eaee8fb117ad06bdd830b7586c'
    results.append('NT hash of "password"')
    # Speck32/64 and Speck64/128 vectors from the Simon and Speck paper
    assert speck_encrypt((0x1918, 0x1110, 0x0908, 0x0100), 0x6574, 0x694c, n=16, m=4) == (0xa868, 0x42f2)
    assert speck_encrypt((0x1b1a1918, 0x13121110, 0x0b0a0908, 0x03020100), 0x3b726574, 0x7475432d) == (0x8c6fa548, 0x454e028b)
    results.append('Speck32/64 and Speck64/128 (paper appendix)')
    # X25519 RFC 7748 section 6.1 (Alice)
    a = bytes.fromhex('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a')
    assert x25519_base(a).hex() == '8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a'
    results.append('X25519 RFC 7748 6.1')
    # Ed25519 RFC 8032 7.1 test 1
    sk = bytes.fromhex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60')
    assert ed25519_public(sk).hex() == 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a'
    assert ed25519_on_curve(ed25519_public(sk))
    results.append('Ed25519 RFC 8032 7.1 test 1')
    # MD4 and SHA-512 cross-checks against hashlib where OpenSSL offers them
    try:
        h = hashlib.new('md4')
        h.update(b'hop garden')
        assert h.hexdigest() == md4(b'hop garden').hex()
        results.append('MD4 against hashlib')
    except ValueError:
        results.append('MD4 against hashlib (not offered here)')
    return results
