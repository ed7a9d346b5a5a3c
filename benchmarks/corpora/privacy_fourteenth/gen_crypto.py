"""Pure-Python key material: Ed25519, short-Weierstrass EC, RSA, DER/PEM, OpenPGP, PuTTY PPK,
StrKey, Base58Check helpers. Deterministic given a random.Random."""
import base64
import hashlib
import hmac
import struct
import textwrap

# ------------------------------------------------------------------ Ed25519 (RFC 8032)
_P = 2 ** 255 - 19
_L = 2 ** 252 + 27742317777372353535851937790883648493
_D = -121665 * pow(121666, _P - 2, _P) % _P
_I = pow(2, (_P - 1) // 4, _P)


def _xrecover(y):
    xx = (y * y - 1) * pow(_D * y * y + 1, _P - 2, _P)
    x = pow(xx, (_P + 3) // 8, _P)
    if (x * x - xx) % _P:
        x = x * _I % _P
    return _P - x if x % 2 else x


_BY = 4 * pow(5, _P - 2, _P) % _P
_B = (_xrecover(_BY), _BY, 1, _xrecover(_BY) * _BY % _P)


def _add(a, b):
    x1, y1, z1, t1 = a
    x2, y2, z2, t2 = b
    A = (y1 - x1) * (y2 - x2) % _P
    B = (y1 + x1) * (y2 + x2) % _P
    C = t1 * 2 * _D * t2 % _P
    D = z1 * 2 * z2 % _P
    E, F, G, H = B - A, D - C, D + C, B + A
    return (E * F % _P, G * H % _P, F * G % _P, E * H % _P)


def _mul(s, pt):
    q = (0, 1, 1, 0)
    while s:
        if s & 1:
            q = _add(q, pt)
        pt = _add(pt, pt)
        s >>= 1
    return q


def ed25519_pub(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], 'little')
    a &= (1 << 254) - 8
    a |= 1 << 254
    x, y, z, _ = _mul(a, _B)
    zi = pow(z, _P - 2, _P)
    x, y = x * zi % _P, y * zi % _P
    return (y | ((x & 1) << 255)).to_bytes(32, 'little')


# ------------------------------------------------------------------ Weierstrass curves
CURVES = {
    'p256': (2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1, -3,
             0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
             0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5,
             0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551),
    'secp256k1': (2 ** 256 - 2 ** 32 - 977, 0,
                  0x79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798,
                  0x483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8,
                  0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141),
}


def _ec_add(c, p1, p2):
    p, a = c[0], c[1]
    if p1 is None:
        return p2
    if p2 is None:
        return p1
    if p1[0] == p2[0] and (p1[1] + p2[1]) % p == 0:
        return None
    if p1 == p2:
        lam = (3 * p1[0] * p1[0] + a) * pow(2 * p1[1], p - 2, p) % p
    else:
        lam = (p2[1] - p1[1]) * pow(p2[0] - p1[0], p - 2, p) % p
    x = (lam * lam - p1[0] - p2[0]) % p
    return (x, (lam * (p1[0] - x) - p1[1]) % p)


def ec_pub(curve, d):
    c = CURVES[curve]
    q, pt = None, (c[2], c[3])
    while d:
        if d & 1:
            q = _ec_add(c, q, pt)
        pt = _ec_add(c, pt, pt)
        d >>= 1
    return b'\x04' + q[0].to_bytes(32, 'big') + q[1].to_bytes(32, 'big')


def ec_scalar(r, curve):
    return r.randrange(1, CURVES[curve][4])


# ------------------------------------------------------------------ DER / PEM
def _len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, 'big')
    return bytes([0x80 | len(b)]) + b


def tlv(tag, body):
    return bytes([tag]) + _len(len(body)) + body


def der_int(n):
    b = n.to_bytes(max(1, (n.bit_length() + 8) // 8), 'big')
    return tlv(0x02, b)


def der_oid(dotted):
    parts = [int(x) for x in dotted.split('.')]
    out = bytes([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7f]
        p >>= 7
        while p:
            enc.append(0x80 | (p & 0x7f))
            p >>= 7
        out += bytes(reversed(enc))
    return tlv(0x06, out)


def seq(*items):
    return tlv(0x30, b''.join(items))


def pem(label, der):
    body = '\n'.join(textwrap.wrap(base64.b64encode(der).decode(), 64))
    return '-----BEGIN %s-----\n%s\n-----END %s-----' % (label, body, label)


OID_CURVE = {'p256': '1.2.840.10045.3.1.7', 'secp256k1': '1.3.132.0.10'}


def ec_sec1_der(curve, d):
    return seq(der_int(1), tlv(0x04, d.to_bytes(32, 'big')),
               tlv(0xa0, der_oid(OID_CURVE[curve])), tlv(0xa1, tlv(0x03, b'\0' + ec_pub(curve, d))))


def ec_pkcs8_der(curve, d):
    inner = seq(der_int(1), tlv(0x04, d.to_bytes(32, 'big')),
                tlv(0xa1, tlv(0x03, b'\0' + ec_pub(curve, d))))
    return seq(der_int(0), seq(der_oid('1.2.840.10045.2.1'), der_oid(OID_CURVE[curve])),
               tlv(0x04, inner))


def der_seq_ok(der):
    if der[0] != 0x30:
        return False
    n = der[1]
    if n < 128:
        return len(der) == 2 + n
    k = n & 0x7f
    return len(der) == 2 + k + int.from_bytes(der[2:2 + k], 'big')


# ------------------------------------------------------------------ RSA
def _is_prime(n, r):
    if n < 2:
        return False
    for p in (3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d, s = d // 2, s + 1
    for _ in range(24):
        a = r.randrange(2, n - 2)
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


def _prime(r, bits):
    while True:
        n = r.getrandbits(bits) | (3 << (bits - 2)) | 1
        if (n - 1) % 65537 and _is_prime(n, r):
            return n


def rsa_pkcs1_der(r, bits=2048):
    e = 65537
    p, q = _prime(r, bits // 2), _prime(r, bits // 2)
    n, phi = p * q, (p - 1) * (q - 1)
    d = pow(e, -1, phi)
    return seq(der_int(0), der_int(n), der_int(e), der_int(d), der_int(p), der_int(q),
               der_int(d % (p - 1)), der_int(d % (q - 1)), der_int(pow(q, -1, p)))


def rsa_pkcs8_der(pkcs1):
    return seq(der_int(0), seq(der_oid('1.2.840.113549.1.1.1'), b'\x05\x00'), tlv(0x04, pkcs1))


# ------------------------------------------------------------------ OpenPGP (RFC 4880, EdDSA legacy)
def _mpi(b):
    b = b.lstrip(b'\0')
    n = int.from_bytes(b, 'big')
    return struct.pack('>H', n.bit_length()) + b


def crc24(data):
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_secret_key(seed, uid, created):
    pub = ed25519_pub(seed)
    oid = bytes.fromhex('2b06010401da470f01')
    pubpart = b'\x04' + struct.pack('>I', created) + b'\x16' + bytes([len(oid)]) + oid + _mpi(b'\x40' + pub)
    sec = _mpi(seed)
    body = pubpart + b'\x00' + sec + struct.pack('>H', sum(sec) & 0xffff)
    pkt = bytes([0xC5, len(body)]) + body
    u = uid.encode()
    pkt += bytes([0xCD, len(u)]) + u
    b64 = '\n'.join(textwrap.wrap(base64.b64encode(pkt).decode(), 64))
    chk = base64.b64encode(crc24(pkt).to_bytes(3, 'big')).decode()
    return ('-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n%s\n=%s\n-----END PGP PRIVATE KEY BLOCK-----'
            % (b64, chk))


def pgp_block_ok(block):
    lines = block.split('\n')
    body = ''.join(l for l in lines[2:] if l and not l.startswith('=') and not l.startswith('-----'))
    chk = [l for l in lines if l.startswith('=')][0][1:]
    raw = base64.b64decode(body)
    return base64.b64encode(crc24(raw).to_bytes(3, 'big')).decode() == chk and raw[0] == 0xC5


# ------------------------------------------------------------------ PuTTY PPK v3 (unencrypted)
def _sshstr(b):
    return struct.pack('>I', len(b)) + b


def ppk_v3(seed, comment):
    pub = ed25519_pub(seed)
    pub_blob = _sshstr(b'ssh-ed25519') + _sshstr(pub)
    priv_blob = _sshstr(seed)
    mac_data = b''.join(_sshstr(x) for x in (b'ssh-ed25519', b'none', comment.encode(), pub_blob, priv_blob))
    mac = hmac.new(b'', mac_data, hashlib.sha256).hexdigest()
    pl = textwrap.wrap(base64.b64encode(pub_blob).decode(), 64)
    sl = textwrap.wrap(base64.b64encode(priv_blob).decode(), 64)
    return '\n'.join(['PuTTY-User-Key-File-3: ssh-ed25519', 'Encryption: none', 'Comment: ' + comment,
                      'Public-Lines: %d' % len(pl)] + pl + ['Private-Lines: %d' % len(sl)] + sl +
                     ['Private-MAC: ' + mac])


def ppk_ok(text):
    lines = text.split('\n')
    comment = lines[2].split(': ', 1)[1]
    npub = int(lines[3].split(': ')[1])
    pub_blob = base64.b64decode(''.join(lines[4:4 + npub]))
    nsec = int(lines[4 + npub].split(': ')[1])
    priv_blob = base64.b64decode(''.join(lines[5 + npub:5 + npub + nsec]))
    mac_data = b''.join(_sshstr(x) for x in (b'ssh-ed25519', b'none', comment.encode(), pub_blob, priv_blob))
    return hmac.new(b'', mac_data, hashlib.sha256).hexdigest() == lines[-1].split(': ')[1]


# ------------------------------------------------------------------ Stellar StrKey (CRC16-XModem)
def crc16_xmodem(data):
    crc = 0
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xffff
    return crc


def strkey(version, payload):
    raw = bytes([version]) + payload
    return base64.b32encode(raw + struct.pack('<H', crc16_xmodem(raw))).decode()


def strkey_ok(s):
    raw = base64.b32decode(s)
    return struct.unpack('<H', raw[-2:])[0] == crc16_xmodem(raw[:-2])
