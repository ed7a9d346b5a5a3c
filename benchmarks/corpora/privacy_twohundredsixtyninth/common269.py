"""Shared helpers for the p269 corpus: registry, alphabets, check algorithms,
hand-written RIPEMD-160, ChaCha20 / Poly1305 / XChaCha20-Poly1305 / PASETO v2.local,
HS256 JWTs, X25519, bech32 (negatives only), and the deny-list extraction.
Python 3 standard library only."""
import base64
import hashlib
import hmac
import json
import re
import string

DIGITS = string.digits
UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
B62 = DIGITS + UPPER + LOWER
HEXL = '0123456789abcdef'
HEXU = '0123456789ABCDEF'
B64STD = UPPER + LOWER + DIGITS + '+/'
B64URL = UPPER + LOWER + DIGITS + '-_'
UPALNUM = UPPER + DIGITS
LOALNUM = LOWER + DIGITS

UUID_RE = re.compile(r'[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}')
JWT_RE = re.compile(r'eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*')


def rstr(rng, alphabet, n):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b'=').decode('ascii')


def b64u_dec(s):
    return base64.urlsafe_b64decode(s + '=' * (-len(s) % 4))


def uuid4(rng):
    h = rstr(rng, HEXL, 32)
    h = h[:12] + '4' + h[13:16] + rng.choice('89ab') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def is_v4(u):
    return u[14] == '4' and u[19].lower() in '89ab'


def uuids_ok(text):
    return all(is_v4(m.group(0)) for m in UUID_RE.finditer(text))


class Registry:
    """Refuses repeats, any 6+ character substring relation with an earlier
    string, and any string holding a non-v4 UUID."""

    def __init__(self):
        self.items = []
        self.seen = set()

    def ok(self, s):
        if s in self.seen or not uuids_ok(s):
            return False
        if len(s) >= 6:
            for t in self.items:
                if len(t) >= 6 and (s in t or t in s):
                    return False
        return True

    def add(self, s):
        if not self.ok(s):
            raise ValueError('registry refuses %r' % s)
        self.items.append(s)
        self.seen.add(s)
        return s

    def draw(self, fn, tries=2000):
        for _ in range(tries):
            s = fn()
            if self.ok(s):
                return self.add(s)
        raise RuntimeError('registry could not draw')


# ---------------------------------------------------------------- passwords
WORLD_WORDS = [
    'leghorn', 'orpington', 'wyandotte', 'marans', 'araucana', 'brahma', 'sussex',
    'bantam', 'pullet', 'cockerel', 'rooster', 'brooder', 'candler', 'hatchling',
    'eggshell', 'yolk', 'albumen', 'nestbox', 'perch', 'roost', 'aviary', 'henhouse',
    'silkie', 'pekin', 'dorking', 'welsummer', 'barnevelder', 'cochin', 'plymouth',
    'speckled', 'bluebell', 'cuckoo', 'columbian', 'partridge', 'frizzle',
    'featherfoot', 'scratcher', 'dustbath', 'pophole', 'wheatfeed', 'oystershell',
    'omelette', 'meringue', 'custard', 'souffle', 'frittata', 'eggnog', 'broody',
    'moult', 'wattle', 'cackle', 'cluck', 'chickweed', 'crumbles', 'layersmash',
    'sebright', 'appenzeller', 'faverolles', 'ancona', 'minorca', 'hamburgh',
    'lakenvelder', 'scotsgrey', 'legbar', 'rhodebar', 'campine', 'andalusian',
]
STRICT_JOINERS = '-_.'
LOOSE_JOINERS = '-_.!@+~#*='


def password_tail(rng):
    k = rng.random()
    if k < 0.40:
        return str(rng.randint(10, 9999)) if rng.random() < 0.7 else str(rng.randint(1998, 2026))
    if k < 0.60:
        return '%dwk' % rng.randint(16, 110)
    if k < 0.80:
        return 'sh%d' % rng.randint(1, 14)
    return rng.choice(UPPER) + '%02d' % rng.randint(0, 99)


def make_password(rng, joiners=STRICT_JOINERS, cap=0.4, words=None):
    w = rng.choice(words or WORLD_WORDS)
    if rng.random() < cap:
        w = w[0].upper() + w[1:]
    return w + rng.choice(joiners) + password_tail(rng)


TAIL_RE = r'(?:[0-9]{2,4}|[0-9]{2,3}wk|sh[0-9]{1,2}|[A-Z][0-9]{2})'
WORDS_RE = '(?:' + '|'.join(sorted(WORLD_WORDS, key=len, reverse=True)) + ')'
STRICT_PW = re.compile(r'^[A-Za-z][a-z]{2,}[-_.]' + TAIL_RE + r'$')
LOOSE_PW = re.compile(r'^[A-Za-z][a-z]{2,}[-_.!@+~#*=]' + TAIL_RE + r'$')
# any occurrence of a world word + joiner + tail, any case (for negatives and stray checks)
PW_FORM_ANY = re.compile(r'(?i)(?<![A-Za-z0-9])' + WORDS_RE + r'[-_.!@+~#*=&](?:[0-9]{2,4}|[0-9]{2,3}wk|sh[0-9]{1,2}|[a-z][0-9]{2})(?![A-Za-z0-9])')


def is_world_password(v, strict):
    if not (STRICT_PW if strict else LOOSE_PW).match(v):
        return False
    word = re.match(r'^[A-Za-z]+', v).group(0).lower()
    return word in WORLD_WORDS


# ---------------------------------------------------------------- check digits
def s10_check(serial8):
    """UPU S10 check digit: weights 8 6 4 2 3 5 9 7, 11 - sum mod 11, 10 -> 0, 11 -> 5."""
    w = (8, 6, 4, 2, 3, 5, 9, 7)
    s = sum(int(c) * k for c, k in zip(serial8, w))
    c = 11 - s % 11
    return 0 if c == 10 else 5 if c == 11 else c


def s10_ok(nine):
    return len(nine) == 9 and nine.isdigit() and s10_check(nine[:8]) == int(nine[8])


def cas_check(body):
    """CAS registry check: digits from the right times 1, 2, 3 ..., sum mod 10."""
    return sum((i + 1) * int(c) for i, c in enumerate(reversed(body))) % 10


def cas_ok(cas):
    m = re.fullmatch(r'(\d{2,7})-(\d{2})-(\d)', cas)
    return bool(m) and cas_check(m.group(1) + m.group(2)) == int(m.group(3))


USCC_AL = '0123456789ABCDEFGHJKLMNPQRTUWXY'
USCC_W = [pow(3, i, 31) for i in range(17)]


def uscc_check(body17):
    """GB 32100-2015 unified social credit code check character (mod 31)."""
    t = sum(USCC_AL.index(c) * w for c, w in zip(body17, USCC_W))
    return USCC_AL[(31 - t % 31) % 31]


def uscc_ok(code):
    return (len(code) == 18 and all(c in USCC_AL for c in code)
            and uscc_check(code[:17]) == code[17])


def gtin_check(body):
    """GS1 mod 10: weights 3 and 1 alternating from the right of the body."""
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return (10 - s % 10) % 10


def gtin_ok(code):
    return code.isdigit() and gtin_check(code[:-1]) == int(code[-1])


# ---------------------------------------------------------------- RIPEMD-160 by hand
def _rol(x, n):
    x &= 0xffffffff
    return ((x << n) | (x >> (32 - n))) & 0xffffffff


_RL = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
       7, 4, 13, 1, 10, 6, 15, 3, 12, 0, 9, 5, 2, 14, 11, 8,
       3, 10, 14, 4, 9, 15, 8, 1, 2, 7, 0, 6, 13, 11, 5, 12,
       1, 9, 11, 10, 0, 8, 12, 4, 13, 3, 7, 15, 14, 5, 6, 2,
       4, 0, 5, 9, 7, 12, 2, 10, 14, 1, 3, 8, 11, 6, 15, 13]
_RR = [5, 14, 7, 0, 9, 2, 11, 4, 13, 6, 15, 8, 1, 10, 3, 12,
       6, 11, 3, 7, 0, 13, 5, 10, 14, 15, 8, 12, 4, 9, 1, 2,
       15, 5, 1, 3, 7, 14, 6, 9, 11, 8, 12, 2, 10, 0, 4, 13,
       8, 6, 4, 1, 3, 11, 15, 0, 5, 12, 2, 13, 9, 7, 10, 14,
       12, 15, 10, 4, 1, 5, 8, 7, 6, 2, 13, 14, 0, 3, 9, 11]
_SL = [11, 14, 15, 12, 5, 8, 7, 9, 11, 13, 14, 15, 6, 7, 9, 8,
       7, 6, 8, 13, 11, 9, 7, 15, 7, 12, 15, 9, 11, 7, 13, 12,
       11, 13, 6, 7, 14, 9, 13, 15, 14, 8, 13, 6, 5, 12, 7, 5,
       11, 12, 14, 15, 14, 15, 9, 8, 9, 14, 5, 6, 8, 6, 5, 12,
       9, 15, 5, 11, 6, 8, 13, 12, 5, 12, 13, 14, 11, 8, 5, 6]
_SR = [8, 9, 9, 11, 13, 15, 15, 5, 7, 7, 8, 11, 14, 14, 12, 6,
       9, 13, 15, 7, 12, 8, 9, 11, 7, 7, 12, 7, 6, 15, 13, 11,
       9, 7, 15, 11, 8, 6, 6, 14, 12, 13, 5, 14, 13, 13, 7, 5,
       15, 5, 8, 11, 14, 14, 6, 14, 6, 9, 12, 9, 12, 5, 15, 8,
       8, 5, 12, 9, 12, 5, 14, 6, 8, 13, 6, 5, 15, 13, 11, 11]
_KL = [0x00000000, 0x5A827999, 0x6ED9EBA1, 0x8F1BBCDC, 0xA953FD4E]
_KR = [0x50A28BE6, 0x5C4DD124, 0x6D703EF3, 0x7A6D76E9, 0x00000000]


def _rf(j, x, y, z):
    if j < 16:
        return x ^ y ^ z
    if j < 32:
        return (x & y) | (~x & z)
    if j < 48:
        return (x | ~y) ^ z
    if j < 64:
        return (x & z) | (y & ~z)
    return x ^ (y | ~z)


def ripemd160(data):
    h = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0]
    ml = len(data) * 8
    data = bytes(data) + b'\x80' + b'\x00' * ((55 - len(data)) % 64) + ml.to_bytes(8, 'little')
    for off in range(0, len(data), 64):
        X = [int.from_bytes(data[off + 4 * i: off + 4 * i + 4], 'little') for i in range(16)]
        al, bl, cl, dl, el = h
        ar, br, cr, dr, er = h
        for j in range(80):
            t = _rol(al + (_rf(j, bl, cl, dl) & 0xffffffff) + X[_RL[j]] + _KL[j // 16], _SL[j]) + el
            al, el, dl, cl, bl = el, dl, _rol(cl, 10), bl, t & 0xffffffff
            t = _rol(ar + (_rf(79 - j, br, cr, dr) & 0xffffffff) + X[_RR[j]] + _KR[j // 16], _SR[j]) + er
            ar, er, dr, cr, br = er, dr, _rol(cr, 10), br, t & 0xffffffff
        t = (h[1] + cl + dr) & 0xffffffff
        h[1] = (h[2] + dl + er) & 0xffffffff
        h[2] = (h[3] + el + ar) & 0xffffffff
        h[3] = (h[4] + al + br) & 0xffffffff
        h[4] = (h[0] + bl + cr) & 0xffffffff
        h[0] = t
    return b''.join(x.to_bytes(4, 'little') for x in h)


# ---------------------------------------------------------------- ChaCha20 / Poly1305 / XChaCha20 / PASETO v2.local
def _qr(s, a, b, c, d):
    s[a] = (s[a] + s[b]) & 0xffffffff; s[d] = _rol(s[d] ^ s[a], 16)
    s[c] = (s[c] + s[d]) & 0xffffffff; s[b] = _rol(s[b] ^ s[c], 12)
    s[a] = (s[a] + s[b]) & 0xffffffff; s[d] = _rol(s[d] ^ s[a], 8)
    s[c] = (s[c] + s[d]) & 0xffffffff; s[b] = _rol(s[b] ^ s[c], 7)


def _rounds(s):
    for _ in range(10):
        _qr(s, 0, 4, 8, 12); _qr(s, 1, 5, 9, 13); _qr(s, 2, 6, 10, 14); _qr(s, 3, 7, 11, 15)
        _qr(s, 0, 5, 10, 15); _qr(s, 1, 6, 11, 12); _qr(s, 2, 7, 8, 13); _qr(s, 3, 4, 9, 14)


_SIGMA = [0x61707865, 0x3320646e, 0x79622d32, 0x6b206574]


def chacha20_block(key, counter, nonce12):
    st = _SIGMA + [int.from_bytes(key[i:i + 4], 'little') for i in range(0, 32, 4)] + \
        [counter & 0xffffffff] + [int.from_bytes(nonce12[i:i + 4], 'little') for i in range(0, 12, 4)]
    w = list(st)
    _rounds(w)
    return b''.join(((w[i] + st[i]) & 0xffffffff).to_bytes(4, 'little') for i in range(16))


def chacha20_xor(key, counter, nonce12, data):
    out = bytearray()
    for i in range(0, len(data), 64):
        ks = chacha20_block(key, counter + i // 64, nonce12)
        out += bytes(a ^ b for a, b in zip(data[i:i + 64], ks))
    return bytes(out)


def hchacha20(key, nonce16):
    st = _SIGMA + [int.from_bytes(key[i:i + 4], 'little') for i in range(0, 32, 4)] + \
        [int.from_bytes(nonce16[i:i + 4], 'little') for i in range(0, 16, 4)]
    _rounds(st)
    return b''.join(st[i].to_bytes(4, 'little') for i in (0, 1, 2, 3, 12, 13, 14, 15))


def poly1305(key32, msg):
    r = int.from_bytes(key32[:16], 'little') & 0x0ffffffc0ffffffc0ffffffc0fffffff
    s = int.from_bytes(key32[16:], 'little')
    p = (1 << 130) - 5
    acc = 0
    for i in range(0, len(msg), 16):
        n = int.from_bytes(msg[i:i + 16] + b'\x01', 'little')
        acc = ((acc + n) * r) % p
    return ((acc + s) & ((1 << 128) - 1)).to_bytes(16, 'little')


def _pad16(b):
    return b'\x00' * (-len(b) % 16)


def aead_chacha20_poly1305(key, nonce12, pt, aad, decrypt=False, tag=None):
    otk = chacha20_block(key, 0, nonce12)[:32]
    if decrypt:
        ct = pt
        mac = aad + _pad16(aad) + ct + _pad16(ct) + len(aad).to_bytes(8, 'little') + len(ct).to_bytes(8, 'little')
        if not hmac.compare_digest(poly1305(otk, mac), tag):
            return None
        return chacha20_xor(key, 1, nonce12, ct)
    ct = chacha20_xor(key, 1, nonce12, pt)
    mac = aad + _pad16(aad) + ct + _pad16(ct) + len(aad).to_bytes(8, 'little') + len(ct).to_bytes(8, 'little')
    return ct, poly1305(otk, mac)


def xchacha20_poly1305_encrypt(key, nonce24, pt, aad):
    sub = hchacha20(key, nonce24[:16])
    ct, tag = aead_chacha20_poly1305(sub, b'\x00' * 4 + nonce24[16:], pt, aad)
    return ct + tag


def xchacha20_poly1305_decrypt(key, nonce24, ct_tag, aad):
    sub = hchacha20(key, nonce24[:16])
    return aead_chacha20_poly1305(sub, b'\x00' * 4 + nonce24[16:], ct_tag[:-16], aad, decrypt=True, tag=ct_tag[-16:])


def pae(pieces):
    out = len(pieces).to_bytes(8, 'little')
    for p in pieces:
        out += (len(p) & 0x7fffffffffffffff).to_bytes(8, 'little') + p
    return out


def paseto_v2_local_encrypt(key, claims, nonce_key):
    m = json.dumps(claims, separators=(',', ':')).encode()
    n = hashlib.blake2b(m, key=nonce_key, digest_size=24).digest()
    h = b'v2.local.'
    c = xchacha20_poly1305_encrypt(key, n, m, pae([h, n, b'']))
    return 'v2.local.' + b64u(n + c)


def paseto_v2_local_decrypt(key, token):
    if not token.startswith('v2.local.') or token.count('.') != 2:
        return None
    try:
        raw = b64u_dec(token[len('v2.local.'):])
    except Exception:
        return None
    if len(raw) < 24 + 16:
        return None
    n, c = raw[:24], raw[24:]
    m = xchacha20_poly1305_decrypt(key, n, c, pae([b'v2.local.', n, b'']))
    if m is None:
        return None
    try:
        return json.loads(m)
    except Exception:
        return None


# ---------------------------------------------------------------- HS256 JWT (vendor frames)
def jwt_hs256(key, header, claims):
    h = b64u(json.dumps(header, separators=(',', ':')).encode())
    p = b64u(json.dumps(claims, separators=(',', ':')).encode())
    sig = hmac.new(key, (h + '.' + p).encode(), hashlib.sha256).digest()
    return h + '.' + p + '.' + b64u(sig)


def jwt_verify(token, keys):
    try:
        h, p, s = token.split('.')
        hdr = json.loads(b64u_dec(h))
        json.loads(b64u_dec(p))
    except Exception:
        return False
    if hdr.get('alg') != 'HS256':
        return False
    for k in keys:
        if hmac.compare_digest(b64u(hmac.new(k, (h + '.' + p).encode(), hashlib.sha256).digest()), s):
            return True
    return False


# ---------------------------------------------------------------- X25519 and bech32 (negatives: public keys)
_P25519 = 2 ** 255 - 19


def x25519(k32, u32=None):
    k = bytearray(k32)
    k[0] &= 248; k[31] &= 127; k[31] |= 64
    k = int.from_bytes(k, 'little')
    u = 9 if u32 is None else int.from_bytes(u32, 'little') & ((1 << 255) - 1)
    x1, x2, z2, x3, z3, swap = u, 1, 0, u, 1, 0
    p = _P25519
    for t in range(254, -1, -1):
        kt = (k >> t) & 1
        swap ^= kt
        if swap:
            x2, x3, z2, z3 = x3, x2, z3, z2
        swap = kt
        A = (x2 + z2) % p; AA = A * A % p; B = (x2 - z2) % p; BB = B * B % p
        E = (AA - BB) % p; C = (x3 + z3) % p; D = (x3 - z3) % p
        DA = D * A % p; CB = C * B % p
        x3 = (DA + CB) ** 2 % p; z3 = x1 * (DA - CB) ** 2 % p
        x2 = AA * BB % p; z2 = E * (AA + 121665 * E) % p
    if swap:
        x2, x3, z2, z3 = x3, x2, z3, z2
    return (x2 * pow(z2, p - 2, p) % p).to_bytes(32, 'little')


def on_curve25519(u32):
    """u is on Curve25519 (not the twist) iff u^3 + A u^2 + u is a square."""
    u = int.from_bytes(u32, 'little')
    p = _P25519
    v = (u * u * u + 486662 * u * u + u) % p
    return v == 0 or pow(v, (p - 1) // 2, p) == 1


_BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1ffffff) << 5) ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def _bits(data, frm, to, pad=True):
    acc = bits = 0
    out = []
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & ((1 << to) - 1))
    if pad and bits:
        out.append((acc << (to - bits)) & ((1 << to) - 1))
    return out


def bech32_encode(hrp, data8):
    d = _bits(data8, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + d + [0] * 6) ^ 1
    return hrp + '1' + ''.join(_BECH[x] for x in d + [(pm >> 5 * (5 - i)) & 31 for i in range(6)])


def bech32_ok(s):
    if '1' not in s:
        return False
    hrp, data = s.rsplit('1', 1)
    if any(c not in _BECH for c in data):
        return False
    return _polymod(_hrp_expand(hrp) + [_BECH.index(c) for c in data]) == 1


# ---------------------------------------------------------------- self-test
def selftest():
    assert s10_check('47312482') == 9                      # UPU S10 example AA473124829GB
    assert cas_ok('7732-18-5') and cas_ok('64-17-5') and cas_ok('7647-01-0')   # water, ethanol, HCl
    assert uscc_ok('91350100M000100Y43') and uscc_ok('91440300708461136T')
    assert gtin_ok('4006381333931') and gtin_ok('5000112637922')
    assert ripemd160(b'').hex() == '9c1185a5c5e9fc54612808977ee8f548b2258d31'
    assert ripemd160(b'abc').hex() == '8eb208f7e05d987a9b044a8e98c6b087f15a0bfc'
    assert ripemd160(b'message digest').hex() == '5d0689ef49d2fae572b881b123a85ffa21595f36'
    assert ripemd160(b'a' * 200).hex() == _rmd_ref(b'a' * 200, ripemd160(b'a' * 200).hex())
    k = bytes(range(32))
    blk = chacha20_block(k, 1, bytes.fromhex('000000090000004a00000000'))
    assert blk[:16].hex() == '10f1e7e4d13b5915500fdd1fa32071c4'
    assert hchacha20(k, bytes.fromhex('000000090000004a0000000031415927')).hex() == \
        '82413b4227b27bfed30e42508a877d73a0f9e4d58a74a853c12ec41326d3ecdc'
    pk = bytes.fromhex('85d6be7857556d337f4452fe42d506a80103808afb0db2fd4abff6af4149f51b')
    assert poly1305(pk, b'Cryptographic Forum Research Group').hex() == 'a8061dc1305136c6c22b8baf0c0127a9'
    alice = bytes.fromhex('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a')
    assert x25519(alice).hex() == '8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a'
    assert bech32_ok('a12uel5l')
    # round trip of the AEAD and PASETO frame
    tok = paseto_v2_local_encrypt(k, {'a': 1}, b'\x07' * 24)
    assert paseto_v2_local_decrypt(k, tok) == {'a': 1}
    assert paseto_v2_local_decrypt(bytes(32), tok) is None
    return True


def _rmd_ref(data, mine):
    """Cross-check against OpenSSL's ripemd160 where hashlib offers it."""
    try:
        return hashlib.new('ripemd160', data).hexdigest()
    except Exception:
        return mine


# ---------------------------------------------------------------- deny-list
BRIEF_DIR = '/tmp/brief269'
BRIEF_FILES = ['README_twohundredsixtysixth.md', 'README_twohundredsixtyseventh.md']


def extract_denylist(directory=BRIEF_DIR):
    import os
    names, syn, codes, lnames = set(), set(), set(), set()
    enc = set()
    for f in BRIEF_FILES:
        t = open(os.path.join(directory, f), encoding='utf-8').read()
        for m in re.findall(r'`([^`\n]+)`', t):
            s = m.strip().lower()
            names.add(s)
            names.update(p for p in s.split('__') if p)
        for m in re.findall(r'(?<![A-Za-z0-9_])[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+(?![A-Za-z0-9_])', t):
            s = m.lower()
            names.add(s)
            names.update(p for p in s.split('__') if p)
        for m in re.findall(r'`([a-z]+pw_[a-z0-9_]+)`', t):
            syn.add(re.sub(r'^[a-z]+pw_', '', m))
        for c, n in re.findall(r'`([a-z]{2,3})` \(([^)]+)\)', t):
            codes.add(c)
            lnames.add(n.lower())
            lnames.update(w for w in re.split(r'[\s-]+', n.lower()) if w)
        for m in re.findall(r'`([a-z0-9_]+)` = "', t):
            enc.add(m)
    return {
        'source': directory,
        'files': BRIEF_FILES,
        'names': sorted(names),
        'syntaxes': sorted(syn),
        'language_codes': sorted(codes),
        'language_names': sorted(lnames),
        'earlier_encodings': sorted(enc),
    }
