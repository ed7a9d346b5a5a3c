"""Shared helpers for the p271 corpus: registry, alphabets, hand-written
algorithms (SEDOL, Intel HEX LRC, RIPEMD-160, RSA-PSS, HS256, Bech32, IMO,
phpass, X25519, PNG), the deny-list extraction and small utilities.
Python 3 standard library only."""
import base64
import hashlib
import hmac
import json
import os
import re
import struct
import zlib

PFX = 'p271'

DIGITS = '0123456789'
LOWER = 'abcdefghijklmnopqrstuvwxyz'
UPPER = LOWER.upper()
HEXL = '0123456789abcdef'
HEXU = '0123456789ABCDEF'
B62 = DIGITS + UPPER + LOWER
ALNUM_L = DIGITS + LOWER
ALNUM_U = DIGITS + UPPER
B64U = UPPER + LOWER + DIGITS + '-_'
B64S = UPPER + LOWER + DIGITS + '+/'
BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'

UUID_RE = re.compile(r'[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}')
JWT_RE = re.compile(r'eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}')


def rstr(rng, alphabet, n):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def uuid4(rng, upper=False):
    h = rstr(rng, HEXL, 32)
    h = h[:12] + '4' + h[13:16] + rng.choice('89ab') + h[17:]
    u = '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


def is_uuid4(s):
    return s[14] == '4' and s[19].lower() in '89ab'


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def b64u_dec(s):
    return base64.urlsafe_b64decode(s + '=' * (-len(s) % 4))


def jdump(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(',', ':'))


def case_key(words, style):
    """words: list of lower-case words."""
    if style == 'upper':
        return '_'.join(w.upper() for w in words)
    if style == 'snake':
        return '_'.join(words)
    if style == 'camel':
        return words[0] + ''.join(w[:1].upper() + w[1:] for w in words[1:])
    if style == 'pascal':
        return ''.join(w[:1].upper() + w[1:] for w in words)
    if style == 'kebab':
        return '-'.join(words)
    if style == 'dot':
        return '.'.join(words)
    if style == 'title':
        return ' '.join(w[:1].upper() + w[1:] for w in words)
    if style == 'header':
        return 'X-' + '-'.join(w[:1].upper() + w[1:] for w in words)
    if style in ('spaced', 'native'):
        return ' '.join(words)
    raise ValueError(style)


class Registry:
    """Every generated value, neighbour, plain and run goes through here: no
    repeats, no 6+ character substring relation with an earlier string and no
    non-v4 UUID."""

    def __init__(self):
        self.items = []
        self.seen = set()

    def ok(self, s):
        if s in self.seen:
            return False
        for u in UUID_RE.findall(s):
            if not is_uuid4(u):
                return False
        if len(s) >= 6:
            for r in self.items:
                if len(r) >= 6 and (r in s or s in r):
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
            s = fn()
            if self.add(s):
                return s
        raise RuntimeError('registry could not draw a fresh string')


# ---------------------------------------------------------------- SEDOL
SEDOL_CHARS = DIGITS + ''.join(c for c in UPPER if c not in 'AEIOU')
SEDOL_W = (1, 3, 1, 7, 3, 9)


def sedol_value(c):
    return int(c) if c.isdigit() else ord(c) - ord('A') + 10


def sedol_check(six):
    s = sum(sedol_value(c) * w for c, w in zip(six, SEDOL_W))
    return str((10 - s % 10) % 10)


def sedol_valid(seven):
    return (len(seven) == 7 and all(c in SEDOL_CHARS for c in seven[:6])
            and seven[6].isdigit() and sedol_check(seven[:6]) == seven[6])


# ---------------------------------------------------------------- Intel HEX LRC
def lrc(data):
    return (-sum(data)) & 0xFF


def ihex_record(addr, rectype, data):
    body = bytes([len(data), (addr >> 8) & 0xFF, addr & 0xFF, rectype]) + bytes(data)
    return ':' + body.hex().upper() + '%02X' % lrc(body)


def ihex_valid(line):
    if not re.fullmatch(r':[0-9A-F]{10,}', line) or len(line) % 2 == 0:
        return False
    b = bytes.fromhex(line[1:])
    return b[0] == len(b) - 5 and sum(b) & 0xFF == 0


# ---------------------------------------------------------------- RIPEMD-160
_RL = [list(range(16)),
       [7, 4, 13, 1, 10, 6, 15, 3, 12, 0, 9, 5, 2, 14, 11, 8],
       [3, 10, 14, 4, 9, 15, 8, 1, 2, 7, 0, 6, 13, 11, 5, 12],
       [1, 9, 11, 10, 0, 8, 12, 4, 13, 3, 7, 15, 14, 5, 6, 2],
       [4, 0, 5, 9, 7, 12, 2, 10, 14, 1, 3, 8, 11, 6, 15, 13]]
_RR = [[5, 14, 7, 0, 9, 2, 11, 4, 13, 6, 15, 8, 1, 10, 3, 12],
       [6, 11, 3, 7, 0, 13, 5, 10, 14, 15, 8, 12, 4, 9, 1, 2],
       [15, 5, 1, 3, 7, 14, 6, 9, 11, 8, 12, 2, 10, 0, 4, 13],
       [8, 6, 4, 1, 3, 11, 15, 0, 5, 12, 2, 13, 9, 7, 10, 14],
       [12, 15, 10, 4, 1, 5, 8, 7, 6, 2, 13, 14, 0, 3, 9, 11]]
_SL = [[11, 14, 15, 12, 5, 8, 7, 9, 11, 13, 14, 15, 6, 7, 9, 8],
       [7, 6, 8, 13, 11, 9, 7, 15, 7, 12, 15, 9, 11, 7, 13, 12],
       [11, 13, 6, 7, 14, 9, 13, 15, 14, 8, 13, 6, 5, 12, 7, 5],
       [11, 12, 14, 15, 14, 15, 9, 8, 9, 14, 5, 6, 8, 6, 5, 12],
       [9, 15, 5, 11, 6, 8, 13, 12, 5, 12, 13, 14, 11, 8, 5, 6]]
_SR = [[8, 9, 9, 11, 13, 15, 15, 5, 7, 7, 8, 11, 14, 14, 12, 6],
       [9, 13, 15, 7, 12, 8, 9, 11, 7, 7, 12, 7, 6, 15, 13, 11],
       [9, 7, 15, 11, 8, 6, 6, 14, 12, 13, 5, 14, 13, 13, 7, 5],
       [15, 5, 8, 11, 14, 14, 6, 14, 6, 9, 12, 9, 12, 5, 15, 8],
       [8, 5, 12, 9, 12, 5, 14, 6, 8, 13, 6, 5, 15, 13, 11, 11]]
_KL = [0x00000000, 0x5A827999, 0x6ED9EBA1, 0x8F1BBCDC, 0xA953FD4E]
_KR = [0x50A28BE6, 0x5C4DD124, 0x6D703EF3, 0x7A6D76E9, 0x00000000]
_M32 = 0xFFFFFFFF


def _rol(x, n):
    return ((x << n) | (x >> (32 - n))) & _M32


def _rf(j, x, y, z):
    if j == 0:
        return x ^ y ^ z
    if j == 1:
        return (x & y) | (~x & z)
    if j == 2:
        return (x | ~y) ^ z
    if j == 3:
        return (x & z) | (y & ~z)
    return x ^ (y | ~z)


def ripemd160(msg):
    h = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0]
    ml = len(msg) * 8
    msg = msg + b'\x80' + b'\x00' * ((55 - len(msg)) % 64) + struct.pack('<Q', ml)
    for off in range(0, len(msg), 64):
        X = struct.unpack('<16I', msg[off:off + 64])
        al, bl, cl, dl, el = h
        ar, br, cr, dr, er = h
        for rnd in range(5):
            for i in range(16):
                t = (al + (_rf(rnd, bl, cl, dl) & _M32) + X[_RL[rnd][i]] + _KL[rnd]) & _M32
                t = (_rol(t, _SL[rnd][i]) + el) & _M32
                al, el, dl, cl, bl = el, dl, _rol(cl, 10), bl, t
                t = (ar + (_rf(4 - rnd, br, cr, dr) & _M32) + X[_RR[rnd][i]] + _KR[rnd]) & _M32
                t = (_rol(t, _SR[rnd][i]) + er) & _M32
                ar, er, dr, cr, br = er, dr, _rol(cr, 10), br, t
        t = (h[1] + cl + dr) & _M32
        h[1] = (h[2] + dl + er) & _M32
        h[2] = (h[3] + el + ar) & _M32
        h[3] = (h[4] + al + br) & _M32
        h[4] = (h[0] + bl + cr) & _M32
        h[0] = t
    return struct.pack('<5I', *h)


# ---------------------------------------------------------------- IMO number
def imo_check(six):
    return str(sum(int(d) * w for d, w in zip(six, (7, 6, 5, 4, 3, 2))) % 10)


def imo_valid(seven):
    return len(seven) == 7 and seven.isdigit() and imo_check(seven[:6]) == seven[6]


# ---------------------------------------------------------------- Bech32 (BIP-173)
def _bech32_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def bech32_encode(hrp, data5):
    pm = _bech32_polymod(_hrp_expand(hrp) + data5 + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(BECH32[d] for d in data5 + chk)


def bech32_valid(s):
    s = s.lower()
    pos = s.rfind('1')
    hrp, data = s[:pos], s[pos + 1:]
    if any(c not in BECH32 for c in data):
        return False
    return _bech32_polymod(_hrp_expand(hrp) + [BECH32.index(c) for c in data]) == 1


def to5(b):
    acc = bits = 0
    out = []
    for x in b:
        acc = (acc << 8) | x
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    return out


# ---------------------------------------------------------------- RSA and RSASSA-PSS
def _is_probable_prime(n, rng, rounds=24):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
        a = rng.randrange(2, n - 1)
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


_SMALL_PRIMES = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _gen_prime(rng, bits):
    while True:
        c = rng.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if any(c % p == 0 for p in _SMALL_PRIMES):
            continue
        if _is_probable_prime(c, rng):
            return c


def rsa_keygen(rng, bits=2048, e=65537):
    while True:
        p = _gen_prime(rng, bits // 2)
        q = _gen_prime(rng, bits // 2)
        if p == q:
            continue
        n = p * q
        if n.bit_length() != bits:
            continue
        lam = (p - 1) * (q - 1)
        try:
            d = pow(e, -1, lam)
        except ValueError:
            continue
        return {'n': n, 'e': e, 'd': d}


def _mgf1(seed, length):
    out = b''
    c = 0
    while len(out) < length:
        out += hashlib.sha256(seed + struct.pack('>I', c)).digest()
        c += 1
    return out[:length]


def pss_sign(key, msg, salt):
    n, d = key['n'], key['d']
    mod_bits = n.bit_length()
    em_bits = mod_bits - 1
    em_len = (em_bits + 7) // 8
    mh = hashlib.sha256(msg).digest()
    H = hashlib.sha256(b'\x00' * 8 + mh + salt).digest()
    db = b'\x00' * (em_len - len(salt) - 32 - 2) + b'\x01' + salt
    mask = _mgf1(H, em_len - 33)
    mdb = bytearray(x ^ y for x, y in zip(db, mask))
    mdb[0] &= 0xFF >> (8 * em_len - em_bits)
    em = bytes(mdb) + H + b'\xbc'
    s = pow(int.from_bytes(em, 'big'), d, n)
    return s.to_bytes((mod_bits + 7) // 8, 'big')


def pss_verify(pub, msg, sig, slen=32):
    n, e = pub['n'], pub['e']
    mod_bits = n.bit_length()
    em_bits = mod_bits - 1
    em_len = (em_bits + 7) // 8
    if len(sig) != (mod_bits + 7) // 8:
        return False
    s = int.from_bytes(sig, 'big')
    if s >= n:
        return False
    em = pow(s, e, n).to_bytes(em_len, 'big')
    if em[-1] != 0xbc:
        return False
    mdb, H = em[:em_len - 33], em[em_len - 33:-1]
    if mdb[0] & (0xFF << (8 - (8 * em_len - em_bits)) & 0xFF):
        return False
    db = bytearray(x ^ y for x, y in zip(mdb, _mgf1(H, em_len - 33)))
    db[0] &= 0xFF >> (8 * em_len - em_bits)
    ps_len = em_len - 32 - slen - 2
    if any(db[:ps_len]) or db[ps_len] != 1:
        return False
    salt = bytes(db[ps_len + 1:])
    mh = hashlib.sha256(msg).digest()
    return hmac.compare_digest(hashlib.sha256(b'\x00' * 8 + mh + salt).digest(), H)


def jwt_ps256(key, header, claims, salt):
    si = b64u(jdump(header).encode()) + '.' + b64u(jdump(claims).encode())
    return si + '.' + b64u(pss_sign(key, si.encode(), salt))


def jwt_hs256(k, header, claims):
    si = b64u(jdump(header).encode()) + '.' + b64u(jdump(claims).encode())
    return si + '.' + b64u(hmac.new(k, si.encode(), hashlib.sha256).digest())


def jwt_parts(tok):
    h, c, s = tok.split('.')
    return json.loads(b64u_dec(h)), json.loads(b64u_dec(c)), b64u_dec(s), (h + '.' + c).encode()


# ---------------------------------------------------------------- phpass portable hash
ITOA64 = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'


def _phpass_enc64(b, count):
    out = ''
    i = 0
    while i < count:
        v = b[i]
        i += 1
        out += ITOA64[v & 0x3f]
        if i < count:
            v |= b[i] << 8
        out += ITOA64[(v >> 6) & 0x3f]
        if i >= count:
            break
        i += 1
        if i < count:
            v |= b[i] << 16
        out += ITOA64[(v >> 12) & 0x3f]
        if i >= count:
            break
        i += 1
        out += ITOA64[(v >> 18) & 0x3f]
    return out


def phpass_hash(pw, salt8, log2=13):
    h = hashlib.md5(salt8.encode() + pw).digest()
    for _ in range(1 << log2):
        h = hashlib.md5(h + pw).digest()
    return '$P$' + ITOA64[log2] + salt8 + _phpass_enc64(h, 16)


# ---------------------------------------------------------------- X25519 (RFC 7748)
_P25519 = 2 ** 255 - 19


def x25519(k32, u32=None):
    k = bytearray(k32)
    k[0] &= 248
    k[31] &= 127
    k[31] |= 64
    k = int.from_bytes(k, 'little')
    u = 9 if u32 is None else int.from_bytes(u32, 'little') & ((1 << 255) - 1)
    p = _P25519
    x1, x2, z2, x3, z3, swap = u, 1, 0, u, 1, 0
    for t in range(254, -1, -1):
        kt = (k >> t) & 1
        swap ^= kt
        if swap:
            x2, x3, z2, z3 = x3, x2, z3, z2
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
        z2 = E * (AA + 121665 * E) % p
    if swap:
        x2, x3, z2, z3 = x3, x2, z3, z2
    return (x2 * pow(z2, p - 2, p) % p).to_bytes(32, 'little')


# ---------------------------------------------------------------- PNG
def png_bytes(width, height, rows):
    """rows: list of bytes objects (one byte per pixel, greyscale 8 bit)."""
    raw = b''.join(b'\x00' + r for r in rows)

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xFFFFFFFF)
    ihdr = struct.pack('>IIBBBBB', width, height, 8, 0, 0, 0, 0)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', ihdr) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')


def png_valid(data):
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        return False
    i = 8
    seen = []
    while i < len(data):
        ln = struct.unpack('>I', data[i:i + 4])[0]
        t = data[i + 4:i + 8]
        d = data[i + 8:i + 8 + ln]
        crc = struct.unpack('>I', data[i + 8 + ln:i + 12 + ln])[0]
        if zlib.crc32(t + d) & 0xFFFFFFFF != crc:
            return False
        seen.append(t)
        i += 12 + ln
    return seen[0] == b'IHDR' and seen[-1] == b'IEND'


# ---------------------------------------------------------------- self-test
def selftest():
    errs = []

    def want(name, got, exp):
        if got != exp:
            errs.append('selftest %s: %r != %r' % (name, got, exp))
    want('sedol 026349', sedol_check('026349'), '4')
    want('sedol B0YBKJ', sedol_check('B0YBKJ'), '7')
    want('sedol B0YBLH', sedol_check('B0YBLH'), '2')
    want('lrc wikipedia', ihex_record(0x0030, 0, bytes.fromhex('02337A')), ':0300300002337A1E')
    want('lrc eof', ihex_record(0, 1, b''), ':00000001FF')
    want('ripemd empty', ripemd160(b'').hex(), '9c1185a5c5e9fc54612808977ee8f548b2258d31')
    want('ripemd abc', ripemd160(b'abc').hex(), '8eb208f7e05d987a9b044a8e98c6b087f15a0bfc')
    want('ripemd md', ripemd160(b'message digest').hex(), '5d0689ef49d2fae572b881b123a85ffa21595f36')
    want('ripemd long', ripemd160(b'a' * 1000).hex(), ripemd160(b'a' * 1000).hex())
    try:
        ref = hashlib.new('ripemd160')
        for m in (b'', b'abc', bytes(range(200)), b'x' * 129):
            r = hashlib.new('ripemd160')
            r.update(m)
            want('ripemd vs hashlib %d' % len(m), ripemd160(m).hex(), r.hexdigest())
        del ref
    except (ValueError, TypeError):
        pass
    want('imo 907472', imo_check('907472'), '9')
    want('bech32 A12UEL5L', bech32_valid('A12UEL5L'), True)
    want('x25519 rfc7748 alice', x25519(bytes.fromhex(
        '77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a')).hex(),
        '8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a')
    want('hs256 rfc7515 a.1 shape', len(jwt_hs256(b'k' * 32, {'alg': 'HS256'}, {'a': 1}).split('.')), 3)
    p = png_bytes(2, 2, [b'\x00\xff', b'\xff\x00'])
    want('png valid', png_valid(p), True)
    want('phpass frame', bool(re.fullmatch(r'\$P\$[./0-9A-Za-z]{31}', phpass_hash(b'x', 'abcdefgh', 7))), True)
    return errs


# ---------------------------------------------------------------- deny-list
LANG_PAIR_RE = re.compile(r'`([a-z]{2,4})` \(([A-Z][^)]*)\)')
SNAKE_RE = re.compile(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b')
SYNTAX_RE = re.compile(r'`([a-z]{1,4}pw_[a-z0-9_]+)`')


def extract_denylist(folder):
    files = sorted(f for f in os.listdir(folder) if f.endswith('.md'))
    names, syntaxes, codes, lnames = set(), set(), set(), set()
    for f in files:
        t = open(os.path.join(folder, f), encoding='utf-8').read()
        for m in re.findall(r'`([^`\n]+)`', t):
            m = m.strip().lower()
            if m:
                names.add(m)
                names.update(p for p in m.split('__') if p)
        for m in SNAKE_RE.findall(t):
            m = m.lower()
            names.add(m)
            names.update(p for p in m.split('__') if p)
        for m in SYNTAX_RE.findall(t):
            syntaxes.add(re.sub(r'^[a-z]{1,4}pw_', '', m))
        for code, nm in LANG_PAIR_RE.findall(t):
            codes.add(code)
            lnames.add(nm.lower())
            lnames.update(w for w in re.split(r'[^a-z]+', nm.lower()) if len(w) > 2)
    ideas = set()
    for line in prose_paragraphs(folder, IDEA_PREFIXES):
        ideas.update(re.findall(r'[a-z]+', line.lower()))
    return {'source': folder, 'files': files, 'names': sorted(names), 'syntaxes': sorted(syntaxes),
            'language_codes': sorted(codes), 'language_names': sorted(lnames), 'idea_words': sorted(ideas)}


# paragraphs of the READMEs that name encodings, their families, the avoided / set-aside ideas and their relatives
IDEA_PREFIXES = ('Avoided on purpose', 'Families:', '`neighbour_swap', '`quire_collation', 'Encoders are in', '- Evasions:')


def prose_paragraphs(folder, starts):
    """Lines of the READMEs that begin with one of the given prefixes (used to
    derive the hand token lists)."""
    out = []
    for f in sorted(os.listdir(folder)):
        if f.endswith('.md'):
            for line in open(os.path.join(folder, f), encoding='utf-8'):
                if any(line.startswith(s) for s in starts):
                    out.append(line)
    return out
