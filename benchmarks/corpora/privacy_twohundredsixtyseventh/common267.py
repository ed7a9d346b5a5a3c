"""Shared helpers for the p267 corpus: encodings, hand-written crypto, check
algorithms, the value registry and the deny-list extraction.  Standard library
only; nothing here reads the clock or the network."""
import base64
import hashlib
import hmac
import json
import re
import string
import zlib

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
LOWER_ALNUM = string.digits + string.ascii_lowercase
UPPER_ALNUM = string.digits + string.ascii_uppercase
HEX = '0123456789abcdef'
B64URL = string.ascii_uppercase + string.ascii_lowercase + string.digits + '-_'
B64STD = string.ascii_uppercase + string.ascii_lowercase + string.digits + '+/'


# ---------------------------------------------------------------- basics
def b64u(data):
    return base64.urlsafe_b64encode(data).rstrip(b'=').decode('ascii')


def b64u_dec(s):
    return base64.urlsafe_b64decode(s + '=' * (-len(s) % 4))


def b64s(data):
    return base64.b64encode(data).decode('ascii')


def rand_str(rng, alphabet, n):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def rand_bytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def uuid4(rng):
    b = bytearray(rand_bytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


UUID_RE = re.compile(r'(?<![0-9A-Fa-f])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f])')


def uuid_is_v4(u):
    return u[14] == '4' and u[19].lower() in '89ab'


# ---------------------------------------------------------------- AES-256 + GCM (FIPS 197, SP 800-38D), by hand
def _xtime(a):
    a <<= 1
    return (a ^ 0x11B) & 0xFF if a & 0x100 else a


def _gmul(a, b):
    r = 0
    while b:
        if b & 1:
            r ^= a
        a = _xtime(a)
        b >>= 1
    return r


def _make_sbox():
    inv = [0] * 256
    for a in range(1, 256):
        for b in range(1, 256):
            if _gmul(a, b) == 1:
                inv[a] = b
                break
    box = []
    for a in range(256):
        x = inv[a]
        y = x
        for _ in range(4):
            x = ((x << 1) | (x >> 7)) & 0xFF
            y ^= x
        box.append(y ^ 0x63)
    return box


SBOX = _make_sbox()
_MUL2 = [_gmul(i, 2) for i in range(256)]
_MUL3 = [_gmul(i, 3) for i in range(256)]


def aes_expand(key):
    nk = len(key) // 4
    nr = nk + 6
    w = [list(key[4 * i:4 * i + 4]) for i in range(nk)]
    rcon = 1
    for i in range(nk, 4 * (nr + 1)):
        t = list(w[i - 1])
        if i % nk == 0:
            t = t[1:] + t[:1]
            t = [SBOX[x] for x in t]
            t[0] ^= rcon
            rcon = _xtime(rcon)
        elif nk > 6 and i % nk == 4:
            t = [SBOX[x] for x in t]
        w.append([a ^ b for a, b in zip(w[i - nk], t)])
    return [sum(w[4 * r:4 * r + 4], []) for r in range(nr + 1)]


def aes_encrypt_block(rk, block):
    s = [a ^ b for a, b in zip(block, rk[0])]
    nr = len(rk) - 1
    for rnd in range(1, nr + 1):
        s = [SBOX[x] for x in s]
        # shift rows (state is column-major: s[r + 4c])
        s = [s[(r + 4 * ((c + r) % 4))] for c in range(4) for r in range(4)]
        if rnd != nr:
            t = []
            for c in range(4):
                a0, a1, a2, a3 = s[4 * c:4 * c + 4]
                t += [_MUL2[a0] ^ _MUL3[a1] ^ a2 ^ a3,
                      a0 ^ _MUL2[a1] ^ _MUL3[a2] ^ a3,
                      a0 ^ a1 ^ _MUL2[a2] ^ _MUL3[a3],
                      _MUL3[a0] ^ a1 ^ a2 ^ _MUL2[a3]]
            s = t
        s = [a ^ b for a, b in zip(s, rk[rnd])]
    return bytes(s)


def _gf128_mul(x, y):
    r = 0xE1 << 120
    z = 0
    v = y
    for i in range(127, -1, -1):
        if (x >> i) & 1:
            z ^= v
        v = (v >> 1) ^ r if v & 1 else v >> 1
    return z


def _ghash(h, aad, ct):
    def blocks(data):
        data = data + b'\x00' * (-len(data) % 16)
        return [int.from_bytes(data[i:i + 16], 'big') for i in range(0, len(data), 16)]
    y = 0
    for b in blocks(aad) + blocks(ct) + [(len(aad) * 8 << 64) | (len(ct) * 8)]:
        y = _gf128_mul(y ^ b, h)
    return y


def _gctr(rk, icb, data):
    out = bytearray()
    cb = int.from_bytes(icb, 'big')
    for i in range(0, len(data), 16):
        ks = aes_encrypt_block(rk, cb.to_bytes(16, 'big'))
        out += bytes(a ^ b for a, b in zip(data[i:i + 16], ks))
        cb = (cb & ~0xFFFFFFFF) | ((cb + 1) & 0xFFFFFFFF)
    return bytes(out)


def gcm_encrypt(key, iv, pt, aad):
    rk = aes_expand(key)
    h = int.from_bytes(aes_encrypt_block(rk, bytes(16)), 'big')
    j0 = iv + b'\x00\x00\x00\x01'
    ct = _gctr(rk, (int.from_bytes(j0, 'big') + 1).to_bytes(16, 'big'), pt)
    s = _ghash(h, aad, ct)
    tag = bytes(a ^ b for a, b in zip(aes_encrypt_block(rk, j0), s.to_bytes(16, 'big')))
    return ct, tag


def gcm_decrypt(key, iv, ct, aad, tag):
    rk = aes_expand(key)
    h = int.from_bytes(aes_encrypt_block(rk, bytes(16)), 'big')
    j0 = iv + b'\x00\x00\x00\x01'
    s = _ghash(h, aad, ct)
    want = bytes(a ^ b for a, b in zip(aes_encrypt_block(rk, j0), s.to_bytes(16, 'big')))
    if not hmac.compare_digest(want, tag):
        return None
    return _gctr(rk, (int.from_bytes(j0, 'big') + 1).to_bytes(16, 'big'), ct)


def hkdf_sha256(ikm, salt, info, length):
    prk = hmac.new(salt or bytes(32), ikm, hashlib.sha256).digest()
    out, t, i = b'', b'', 1
    while len(out) < length:
        t = hmac.new(prk, t + info + bytes([i]), hashlib.sha256).digest()
        out += t
        i += 1
    return out[:length]


NEXTAUTH_INFO = b'NextAuth.js Generated Encryption Key'


def jwe_dir_a256gcm(secret, payload, iv):
    """Compact JWE as NextAuth v4 writes its session cookie: alg dir, enc A256GCM,
    content key = HKDF-SHA256(secret, salt '', info 'NextAuth.js Generated Encryption Key')."""
    key = hkdf_sha256(secret.encode(), b'', NEXTAUTH_INFO, 32)
    header = b64u(json.dumps({'alg': 'dir', 'enc': 'A256GCM'}, separators=(',', ':')).encode())
    ct, tag = gcm_encrypt(key, iv, json.dumps(payload, separators=(',', ':')).encode(), header.encode('ascii'))
    return '%s..%s.%s.%s' % (header, b64u(iv), b64u(ct), b64u(tag))


def jwe_open(token, secret):
    parts = token.split('.')
    if len(parts) != 5 or parts[1] != '':
        return None
    hdr = json.loads(b64u_dec(parts[0]))
    if hdr != {'alg': 'dir', 'enc': 'A256GCM'}:
        return None
    key = hkdf_sha256(secret.encode(), b'', NEXTAUTH_INFO, 32)
    iv = b64u_dec(parts[2])
    if len(iv) != 12:
        return None
    pt = gcm_decrypt(key, iv, b64u_dec(parts[3]), parts[0].encode('ascii'), b64u_dec(parts[4]))
    return None if pt is None else json.loads(pt)


def jwt_hs256(key, header, payload):
    h = b64u(json.dumps(header, separators=(',', ':')).encode())
    p = b64u(json.dumps(payload, separators=(',', ':')).encode())
    sig = hmac.new(key, ('%s.%s' % (h, p)).encode('ascii'), hashlib.sha256).digest()
    return '%s.%s.%s' % (h, p, b64u(sig))


def jwt_hs256_ok(token, key):
    h, p, s = token.split('.')
    want = hmac.new(key, ('%s.%s' % (h, p)).encode('ascii'), hashlib.sha256).digest()
    return hmac.compare_digest(b64u(want), s)


# JWT-shaped: JWS (three parts, header and payload both base64url JSON objects) or compact JWE (five parts).
JWT_LIKE_RE = re.compile(r'eyJ[A-Za-z0-9_-]*\.(?:[A-Za-z0-9_-]*\.){1,3}[A-Za-z0-9_-]+')


def jwt_frame_ok(tok, keys_hs, secrets_jwe):
    parts = tok.split('.')
    try:
        hdr = json.loads(b64u_dec(parts[0]))
    except Exception:
        return False
    if len(parts) == 3:
        try:
            json.loads(b64u_dec(parts[1]))
        except Exception:
            return False
        if hdr.get('alg') != 'HS256' or len(b64u_dec(parts[2])) != 32:
            return False
        return any(jwt_hs256_ok(tok, k) for k in keys_hs)
    if len(parts) == 5:
        return any(jwe_open(tok, s) is not None for s in secrets_jwe)
    return False


# ---------------------------------------------------------------- check algorithms of the positives
ISO6346_LETTERS = {}
_v = 10
for _c in string.ascii_uppercase:
    if _v % 11 == 0:
        _v += 1
    ISO6346_LETTERS[_c] = _v
    _v += 1


def iso6346_check(symbols):
    """ISO 6346 check digit rule (letter values 10..38 skipping multiples of 11,
    weight 2**position, sum mod 11, 10 -> 0), applied to any run of 0-9 A-Z."""
    tot = 0
    for i, ch in enumerate(symbols):
        val = int(ch) if ch.isdigit() else ISO6346_LETTERS[ch]
        tot += val * (2 ** i)
    return str(tot % 11 % 10)


SEDOL_WEIGHTS = (1, 3, 1, 7, 3, 9)
SEDOL_ALPHA = '0123456789BCDFGHJKLMNPQRSTVWXYZ'


def sedol_check(six):
    tot = 0
    for ch, w in zip(six, SEDOL_WEIGHTS):
        val = int(ch) if ch.isdigit() else ord(ch) - 55
        tot += val * w
    return str((10 - tot % 10) % 10)


def djb2(s):
    h = 5381
    for ch in s.encode('ascii'):
        h = (h * 33 + ch) & 0xFFFFFFFF
    return h


MOD10R_TABLE = (0, 9, 4, 6, 8, 2, 7, 1, 3, 5)


def mod10_recursive(digits):
    carry = 0
    for ch in digits:
        carry = MOD10R_TABLE[(carry + int(ch)) % 10]
    return str((10 - carry) % 10)


DJANGO_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)'


# ---------------------------------------------------------------- check algorithms of the negatives
def vin_check(vin17):
    tr = {}
    for chars, vals in (('ABCDEFGH', range(1, 9)), ('JKLMN', range(1, 6)), ('P', [7]), ('R', [9]),
                        ('STUVWXYZ', range(2, 10))):
        for ch, v in zip(chars, vals):
            tr[ch] = v
    w = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    tot = sum((int(c) if c.isdigit() else tr[c]) * wt for c, wt in zip(vin17, w))
    r = tot % 11
    return 'X' if r == 10 else str(r)


VIN_ALPHA = '0123456789ABCDEFGHJKLMNPRSTUVWXYZ'


def imo_check(six):
    return str(sum(int(d) * w for d, w in zip(six, (7, 6, 5, 4, 3, 2))) % 10)


def awb_check(seven):
    return str(int(seven) % 7)


def nmea_checksum(body):
    x = 0
    for ch in body.encode('ascii'):
        x ^= ch
    return '%02X' % x


def png_bytes(rng, w, h, palette):
    """A real PNG (8-bit RGB) with random pixels from a small palette."""
    def chunk(t, data):
        c = zlib.crc32(t + data) & 0xFFFFFFFF
        return len(data).to_bytes(4, 'big') + t + data + c.to_bytes(4, 'big')
    raw = bytearray()
    for _ in range(h):
        raw.append(0)
        for _ in range(w):
            raw += bytes(rng.choice(palette))
    ihdr = w.to_bytes(4, 'big') + h.to_bytes(4, 'big') + bytes([8, 2, 0, 0, 0])
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', ihdr) + chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + chunk(b'IEND', b'')


def png_ok(data):
    if not data.startswith(b'\x89PNG\r\n\x1a\n'):
        return False
    i = 8
    seen = []
    while i < len(data):
        n = int.from_bytes(data[i:i + 4], 'big')
        t = data[i + 4:i + 8]
        body = data[i + 8:i + 8 + n]
        crc = int.from_bytes(data[i + 8 + n:i + 12 + n], 'big')
        if zlib.crc32(t + body) & 0xFFFFFFFF != crc:
            return False
        seen.append(t)
        i += 12 + n
    return seen[0] == b'IHDR' and seen[-1] == b'IEND'


# Ed25519 public keys (RFC 8032) for the minisign negatives
ED_P = 2 ** 255 - 19
ED_D = (-121665 * pow(121666, ED_P - 2, ED_P)) % ED_P
ED_L = 2 ** 252 + 27742317777372353535851937790883648493


def _ed_add(P, Q):
    x1, y1, z1, t1 = P
    x2, y2, z2, t2 = Q
    a = (y1 - x1) * (y2 - x2) % ED_P
    b = (y1 + x1) * (y2 + x2) % ED_P
    c = 2 * t1 * t2 * ED_D % ED_P
    d = 2 * z1 * z2 % ED_P
    e, f, g, h = b - a, d - c, d + c, b + a
    return (e * f % ED_P, g * h % ED_P, f * g % ED_P, e * h % ED_P)


def _ed_mul(s, P):
    Q = (0, 1, 1, 0)
    while s:
        if s & 1:
            Q = _ed_add(Q, P)
        P = _ed_add(P, P)
        s >>= 1
    return Q


_gy = 4 * pow(5, ED_P - 2, ED_P) % ED_P
_u = (_gy * _gy - 1) * pow(ED_D * _gy * _gy + 1, ED_P - 2, ED_P) % ED_P
_gx = pow(_u, (ED_P + 3) // 8, ED_P)
if (_gx * _gx - _u) % ED_P:
    _gx = _gx * pow(2, (ED_P - 1) // 4, ED_P) % ED_P
if _gx & 1:
    _gx = ED_P - _gx
ED_B = (_gx, _gy, 1, _gx * _gy % ED_P)


def ed25519_public(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], 'little')
    a &= (1 << 254) - 8
    a |= 1 << 254
    X, Y, Z, _ = _ed_mul(a, ED_B)
    zi = pow(Z, ED_P - 2, ED_P)
    x, y = X * zi % ED_P, Y * zi % ED_P
    return (y | ((x & 1) << 255)).to_bytes(32, 'little')


def ed25519_point_ok(pk):
    y = int.from_bytes(pk, 'little')
    sign = y >> 255
    y &= (1 << 255) - 1
    if y >= ED_P:
        return False
    u = (y * y - 1) * pow(ED_D * y * y + 1, ED_P - 2, ED_P) % ED_P
    x = pow(u, (ED_P + 3) // 8, ED_P)
    if (x * x - u) % ED_P:
        x = x * pow(2, (ED_P - 1) // 4, ED_P) % ED_P
    if (x * x - u) % ED_P:
        return False
    return not (x == 0 and sign)


# RSA moduli for the DKIM negatives (Miller-Rabin with fixed bases; primes from the seeded rng)
def _is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41):
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


def rand_prime(rng, bits):
    while True:
        n = rng.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if n % 65537 != 1 and _is_probable_prime(n):
            return n


def _der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, 'big')
    return bytes([0x80 | len(b)]) + b


def _der(tag, body):
    return bytes([tag]) + _der_len(len(body)) + body


def _der_int(v):
    b = v.to_bytes((v.bit_length() + 8) // 8, 'big')
    return _der(0x02, b)


RSA_OID = bytes.fromhex('06092a864886f70d010101') + b'\x05\x00'


def rsa_spki_der(n, e=65537):
    rsakey = _der(0x30, _der_int(n) + _der_int(e))
    return _der(0x30, _der(0x30, RSA_OID) + _der(0x03, b'\x00' + rsakey))


def rsa_spki_modulus(der):
    i = der.index(b'\x03')
    # walk: SEQ { SEQ{oid,null}, BITSTRING{0, SEQ{INT n, INT e}} }
    inner = der[der.index(RSA_OID) + len(RSA_OID):]
    assert inner[0] == 0x03
    j = 1
    ln = inner[j]
    j += 1 + (ln & 0x7F if ln & 0x80 else 0)
    assert inner[j] == 0x00
    j += 1
    assert inner[j] == 0x30
    ln = inner[j + 1]
    j += 2 + (ln & 0x7F if ln & 0x80 else 0)
    assert inner[j] == 0x02
    ln = inner[j + 1]
    if ln & 0x80:
        k = ln & 0x7F
        ln = int.from_bytes(inner[j + 2:j + 2 + k], 'big')
        j += 2 + k
    else:
        j += 2
    return int.from_bytes(inner[j:j + ln], 'big')


# Bech32 (BIP 173) for the public npub negatives only
_BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


def _bech_polymod(values):
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


def bech32_encode(hrp, data8):
    acc = bits = 0
    data = []
    for b in data8:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    pm = _bech_polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_BECH[d] for d in data + chk)


def bech32_ok(s):
    hrp, _, rest = s.rpartition('1')
    try:
        vals = [_BECH.index(c) for c in rest]
    except ValueError:
        return False
    return _bech_polymod(_hrp_expand(hrp) + vals) == 1


# secp256k1 x-only public keys (BIP 340 style, as nostr npubs carry them)
K1_P = 2 ** 256 - 2 ** 32 - 977
K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
K1_G = (0x79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798,
        0x483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8)


def _k1_add(P, Q):
    if P is None:
        return Q
    if Q is None:
        return P
    if P[0] == Q[0] and (P[1] + Q[1]) % K1_P == 0:
        return None
    if P == Q:
        lam = 3 * P[0] * P[0] * pow(2 * P[1], K1_P - 2, K1_P) % K1_P
    else:
        lam = (Q[1] - P[1]) * pow(Q[0] - P[0], K1_P - 2, K1_P) % K1_P
    x = (lam * lam - P[0] - Q[0]) % K1_P
    return (x, (lam * (P[0] - x) - P[1]) % K1_P)


def k1_xonly(secret_int):
    R, P, s = None, K1_G, secret_int
    while s:
        if s & 1:
            R = _k1_add(R, P)
        P = _k1_add(P, P)
        s >>= 1
    return R[0].to_bytes(32, 'big')


def k1_x_on_curve(xb):
    x = int.from_bytes(xb, 'big')
    if x >= K1_P:
        return False
    y2 = (pow(x, 3, K1_P) + 7) % K1_P
    return pow(y2, (K1_P - 1) // 2, K1_P) == 1


# ---------------------------------------------------------------- self-test on published vectors
def selftest():
    errs = []

    def want(name, ok):
        if not ok:
            errs.append('selftest: ' + name)
    rk = aes_expand(bytes(range(32)))
    want('AES-256 FIPS-197 C.3', aes_encrypt_block(rk, bytes.fromhex('00112233445566778899aabbccddeeff')).hex()
         == '8ea2b7ca516745bfeafc49904b496089')
    rk = aes_expand(bytes(range(16)))
    want('AES-128 FIPS-197 C.1', aes_encrypt_block(rk, bytes.fromhex('00112233445566778899aabbccddeeff')).hex()
         == '69c4e0d86a7b0430d8cdb78070b4c55a')
    ct, tag = gcm_encrypt(bytes(16), bytes(12), bytes(16), b'')
    want('GCM test case 2 (McGrew-Viega)', ct.hex() == '0388dace60b6a392f328c2b971b2fe78'
         and tag.hex() == 'ab6e47d42cec13bdf53a67b21257bddf')
    ct, tag = gcm_encrypt(bytes(16), bytes(12), b'', b'')
    want('GCM test case 1 (McGrew-Viega)', tag.hex() == '58e2fccefa7e3061367f1d57a4e7455a')
    okm = hkdf_sha256(bytes.fromhex('0b' * 22), bytes.fromhex('000102030405060708090a0b0c'),
                      bytes.fromhex('f0f1f2f3f4f5f6f7f8f9'), 42)
    want('HKDF RFC 5869 A.1', okm.hex() == '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865')
    want('ISO 6346 CSQU3054383', iso6346_check('CSQU305438') == '3')
    want('SEDOL 026349 -> 4', sedol_check('026349') == '4')
    want('SEDOL B0YBKJ -> 7', sedol_check('B0YBKJ') == '7')
    want('djb2 a / ab', djb2('a') == 177670 and djb2('ab') == 5863208)
    want('mod 10 recursive QR reference', mod10_recursive('21000000000313947143000901') == '7')
    want('VIN 1M8GDM9AXKP042788', vin_check('1M8GDM9AXKP042788') == 'X')
    want('IMO 9074729', imo_check('907472') == '9')
    want('AWB 1234567 -> 5', awb_check('1234567') == '5')
    want('NMEA GPGGA sample', nmea_checksum('GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,') == '47')
    want('Ed25519 RFC 8032 test 1 public key', ed25519_public(bytes.fromhex(
        '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60')).hex()
        == 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a')
    want('bech32 BIP 173 a12uel5l', bech32_ok('a12uel5l'))
    want('secp256k1 G x-only', k1_xonly(1) == K1_G[0].to_bytes(32, 'big') and k1_x_on_curve(k1_xonly(7)))
    want('SBOX[0x53] == 0xed', SBOX[0x53] == 0xED)
    return errs


# ---------------------------------------------------------------- registry
class Registry:
    """Every drawn value, neighbour, plain and run goes through here: no repeats,
    and no string in a 6+ character substring relation with an earlier one."""

    def __init__(self):
        self.items = []
        self.seen = set()

    def ok(self, s):
        if s in self.seen:
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
            s = fn()
            if self.add(s):
                return s
        raise RuntimeError('registry: could not draw a fresh value')


# ---------------------------------------------------------------- deny-list extraction
def extract_denylist(texts):
    names, syn, codes, lnames = set(), set(), set(), set()
    for t in texts:
        for m in re.finditer(r'`([^`\n]+)`', t):
            s = m.group(1).strip().lower()
            if not s:
                continue
            names.add(s)
            for p in s.split('__'):
                if p:
                    names.add(p)
            mm = re.match(r'^[a-z]+pw_(.+)$', s)
            if mm:
                syn.add(mm.group(1))
        for m in re.finditer(r'(?<![A-Za-z0-9_])[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+(?![A-Za-z0-9_])', t):
            s = m.group(0).lower()
            names.add(s)
            for p in s.split('__'):
                if p:
                    names.add(p)
            mm = re.match(r'^[a-z]+pw_(.+)$', s)
            if mm:
                syn.add(mm.group(1))
        for m in re.finditer(r'`([a-z]{2,3})` \(([^)]+)\)', t):
            codes.add(m.group(1))
            n = m.group(2).strip().lower()
            lnames.add(n)
            for w in re.split(r'[\s\-]+', n):
                if w:
                    lnames.add(w)
    return {'names': sorted(names), 'syntaxes': sorted(syn), 'language_codes': sorted(codes),
            'language_names': sorted(lnames)}


def dumps_line(rec):
    return json.dumps(rec, ensure_ascii=False, separators=(', ', ': '))
