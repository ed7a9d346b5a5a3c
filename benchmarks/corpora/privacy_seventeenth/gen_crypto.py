"""Hand-built key material (deterministic from a seeded rng): RSA PKCS#1 / OpenSSH RSA,
SEC1 EC keys (P-256, secp256k1), Ed25519 public derivation, PuTTY PPK v3 and age identities."""
import base64, hashlib, hmac, struct
from common import bech32_encode


# ---------- DER ----------
def der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, 'big')
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int(n):
    b = n.to_bytes(max(1, (n.bit_length() + 8) // 8), 'big')
    return der(0x02, b)


def der_seq(*items):
    return der(0x30, b''.join(items))


def pem(label, blob, width=64):
    b = base64.b64encode(blob).decode()
    lines = [b[i:i + width] for i in range(0, len(b), width)]
    return '-----BEGIN %s-----\n%s\n-----END %s-----' % (label, '\n'.join(lines), label)


# ---------- RSA ----------
def _is_probable_prime(n, rng):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2; s += 1
    for _ in range(24):
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


def _prime(rng, bits):
    while True:
        c = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        if _is_probable_prime(c, rng):
            return c


def rsa_key(rng, bits=2048):
    e = 65537
    while True:
        p = _prime(rng, bits // 2); q = _prime(rng, bits // 2)
        if p == q:
            continue
        phi = (p - 1) * (q - 1)
        if phi % e == 0:
            continue
        n = p * q
        if n.bit_length() != bits:
            continue
        d = pow(e, -1, phi)
        if p < q:
            p, q = q, p
        return dict(n=n, e=e, d=d, p=p, q=q, dp=d % (p - 1), dq=d % (q - 1), qi=pow(q, -1, p))


def rsa_pkcs1_pem(k):
    body = der_seq(der_int(0), *[der_int(k[x]) for x in ('n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi')])
    return pem('RSA PRIVATE KEY', body)


def _sshstr(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack('>I', len(b)) + b


def _mpint(n):
    b = n.to_bytes((n.bit_length() + 8) // 8, 'big') if n else b''
    return _sshstr(b)


def openssh_rsa_pem(k, rng, comment):
    pub = _sshstr('ssh-rsa') + _mpint(k['e']) + _mpint(k['n'])
    chk = rng.getrandbits(32)
    priv = struct.pack('>II', chk, chk) + _sshstr('ssh-rsa') + _mpint(k['n']) + _mpint(k['e']) + _mpint(k['d']) + \
        _mpint(k['qi']) + _mpint(k['p']) + _mpint(k['q']) + _sshstr(comment)
    i = 1
    while len(priv) % 8:
        priv += bytes([i]); i += 1
    blob = b'openssh-key-v1\0' + _sshstr('none') + _sshstr('none') + _sshstr(b'') + struct.pack('>I', 1) + _sshstr(pub) + _sshstr(priv)
    b = base64.b64encode(blob).decode()
    return '-----BEGIN OPENSSH PRIVATE KEY-----\n' + '\n'.join(b[i:i + 70] for i in range(0, len(b), 70)) + '\n-----END OPENSSH PRIVATE KEY-----'


# ---------- short Weierstrass curves ----------
CURVES = {
    'secp256k1': dict(p=2**256 - 2**32 - 977, a=0, b=7,
                      gx=0x79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798,
                      gy=0x483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8,
                      n=0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141,
                      oid=bytes.fromhex('06052b8104000a')),
    'P-256': dict(p=2**256 - 2**224 + 2**192 + 2**96 - 1, a=-3,
                  b=0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b,
                  gx=0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
                  gy=0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5,
                  n=0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551,
                  oid=bytes.fromhex('06082a8648ce3d030107')),
}


def ec_mul(cv, k):
    p, a = cv['p'], cv['a']

    def add(P, Q):
        if P is None: return Q
        if Q is None: return P
        if P[0] == Q[0] and (P[1] + Q[1]) % p == 0:
            return None
        if P == Q:
            l = (3 * P[0] * P[0] + a) * pow(2 * P[1], -1, p) % p
        else:
            l = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, p) % p
        x = (l * l - P[0] - Q[0]) % p
        return (x, (l * (P[0] - x) - P[1]) % p)
    R, P = None, (cv['gx'], cv['gy'])
    while k:
        if k & 1:
            R = add(R, P)
        P = add(P, P); k >>= 1
    return R


def on_curve(cv, P):
    x, y = P
    return (y * y - (x ** 3 + cv['a'] * x + cv['b'])) % cv['p'] == 0


def ec_sec1_pem(rng, curve):
    cv = CURVES[curve]
    d = rng.randrange(1, cv['n'])
    X, Y = ec_mul(cv, d)
    pub = b'\x04' + X.to_bytes(32, 'big') + Y.to_bytes(32, 'big')
    body = der_seq(der_int(1), der(0x04, d.to_bytes(32, 'big')), der(0xa0, cv['oid']), der(0xa1, der(0x03, b'\x00' + pub)))
    return pem('EC PRIVATE KEY', body), d, (X, Y)


# ---------- Ed25519 (RFC 8032) ----------
_q = 2**255 - 19
_l = 2**252 + 27742317777372353535851937790883648493
_d = -121665 * pow(121666, _q - 2, _q) % _q
_I = pow(2, (_q - 1) // 4, _q)


def _xrecover(y):
    xx = (y * y - 1) * pow(_d * y * y + 1, _q - 2, _q)
    x = pow(xx, (_q + 3) // 8, _q)
    if (x * x - xx) % _q:
        x = x * _I % _q
    if x % 2:
        x = _q - x
    return x


_By = 4 * pow(5, _q - 2, _q) % _q
_B = (_xrecover(_By) % _q, _By)


def _edadd(P, Q):
    x1, y1 = P; x2, y2 = Q
    x3 = (x1 * y2 + x2 * y1) * pow(1 + _d * x1 * x2 * y1 * y2, _q - 2, _q)
    y3 = (y1 * y2 + x1 * x2) * pow(1 - _d * x1 * x2 * y1 * y2, _q - 2, _q)
    return (x3 % _q, y3 % _q)


def _edmul(P, e):
    R = (0, 1)
    while e:
        if e & 1:
            R = _edadd(R, P)
        P = _edadd(P, P); e >>= 1
    return R


def ed25519_pub(seed):
    h = hashlib.sha512(seed).digest()
    a = 2**254 + sum(2**i * ((h[i // 8] >> (i % 8)) & 1) for i in range(3, 254))
    x, y = _edmul(_B, a)
    return (y | ((x & 1) << 255)).to_bytes(32, 'little')


def ed25519_selftest():
    # RFC 8032 test vector 1
    sk = bytes.fromhex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60')
    return ed25519_pub(sk).hex() == 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a'


# ---------- PuTTY PPK v3 (unencrypted, Ed25519) ----------
def ppk3_ed25519(rng, comment):
    seed = bytes(rng.getrandbits(8) for _ in range(32))
    pub = ed25519_pub(seed)
    pub_blob = _sshstr('ssh-ed25519') + _sshstr(pub)
    priv_blob = _sshstr(seed)
    mac_data = _sshstr('ssh-ed25519') + _sshstr('none') + _sshstr(comment) + _sshstr(pub_blob) + _sshstr(priv_blob)
    mac = hmac.new(b'', mac_data, hashlib.sha256).hexdigest()
    pb = base64.b64encode(pub_blob).decode(); vb = base64.b64encode(priv_blob).decode()

    def lines(b):
        return [b[i:i + 64] for i in range(0, len(b), 64)]
    pl, vl = lines(pb), lines(vb)
    txt = ['PuTTY-User-Key-File-3: ssh-ed25519', 'Encryption: none', 'Comment: ' + comment,
           'Public-Lines: %d' % len(pl)] + pl + ['Private-Lines: %d' % len(vl)] + vl + ['Private-MAC: ' + mac]
    return '\n'.join(txt), seed, pub


def ppk3_verify(txt):
    lines = txt.split('\n')
    kv = {}
    i = 0
    pub = priv = ''
    while i < len(lines):
        k, v = lines[i].split(': ', 1)
        if k == 'Public-Lines':
            pub = ''.join(lines[i + 1:i + 1 + int(v)]); i += 1 + int(v); continue
        if k == 'Private-Lines':
            priv = ''.join(lines[i + 1:i + 1 + int(v)]); i += 1 + int(v); continue
        kv[k] = v; i += 1
    alg = kv['PuTTY-User-Key-File-3']
    mac_data = _sshstr(alg) + _sshstr(kv['Encryption']) + _sshstr(kv['Comment']) + \
        _sshstr(base64.b64decode(pub)) + _sshstr(base64.b64decode(priv))
    ok_mac = hmac.new(b'', mac_data, hashlib.sha256).hexdigest() == kv['Private-MAC']
    seed = base64.b64decode(priv)[4:]
    ok_pub = base64.b64decode(pub).endswith(ed25519_pub(seed))
    return ok_mac and ok_pub


# ---------- age X25519 identity (bech32, upper case) ----------
def age_identity(rng):
    sk = bytes(rng.getrandbits(8) for _ in range(32))
    return bech32_encode('age-secret-key-', sk).upper()
