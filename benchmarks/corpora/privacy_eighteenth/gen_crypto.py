"""Minimal key arithmetic (stdlib only): Ed25519 public key from seed (RFC 8032),
P-256 public point and PKCS#8 DER for an EC private key."""
import base64
import hashlib

# ---- Ed25519 ----
_p = 2 ** 255 - 19
_L = 2 ** 252 + 27742317777372353535851937790883648493
_d = -121665 * pow(121666, _p - 2, _p) % _p
_I = pow(2, (_p - 1) // 4, _p)


def _xrecover(y):
    xx = (y * y - 1) * pow(_d * y * y + 1, _p - 2, _p)
    x = pow(xx, (_p + 3) // 8, _p)
    if (x * x - xx) % _p != 0:
        x = x * _I % _p
    if x % 2 != 0:
        x = _p - x
    return x


_By = 4 * pow(5, _p - 2, _p) % _p
_B = (_xrecover(_By), _By, 1, _xrecover(_By) * _By % _p)


def _add(P, Q):
    x1, y1, z1, t1 = P
    x2, y2, z2, t2 = Q
    a = (y1 - x1) * (y2 - x2) % _p
    b = (y1 + x1) * (y2 + x2) % _p
    c = t1 * 2 * _d * t2 % _p
    dd = z1 * 2 * z2 % _p
    e, f, g, h = b - a, dd - c, dd + c, b + a
    return (e * f % _p, g * h % _p, f * g % _p, e * h % _p)


def _mul(s, P):
    Q = (0, 1, 1, 0)
    while s > 0:
        if s & 1:
            Q = _add(Q, P)
        P = _add(P, P)
        s >>= 1
    return Q


def ed25519_public(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    X, Y, Z, _ = _mul(a, _B)
    zi = pow(Z, _p - 2, _p)
    x, y = X * zi % _p, Y * zi % _p
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def ed25519_selftest():
    # RFC 8032 test 1
    seed = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
    return ed25519_public(seed).hex() == "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"


# ---- P-256 ----
P256 = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff
A256 = P256 - 3
B256 = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b
N256 = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
G256 = (0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
        0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)


def _ec_add(P, Q):
    if P is None:
        return Q
    if Q is None:
        return P
    if P[0] == Q[0] and (P[1] + Q[1]) % P256 == 0:
        return None
    if P == Q:
        lam = (3 * P[0] * P[0] + A256) * pow(2 * P[1], -1, P256) % P256
    else:
        lam = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, P256) % P256
    x = (lam * lam - P[0] - Q[0]) % P256
    return (x, (lam * (P[0] - x) - P[1]) % P256)


def p256_mul(k):
    R, Q = None, G256
    while k:
        if k & 1:
            R = _ec_add(R, Q)
        Q = _ec_add(Q, Q)
        k >>= 1
    return R


def p256_on_curve(P):
    x, y = P
    return (y * y - (x * x * x + A256 * x + B256)) % P256 == 0


def _der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _tlv(tag, body):
    return bytes([tag]) + _der_len(len(body)) + body


OID_EC = bytes.fromhex("06072a8648ce3d0201")
OID_P256 = bytes.fromhex("06082a8648ce3d030107")


def p256_pkcs8_der(d):
    pub = p256_mul(d)
    point = b"\x04" + pub[0].to_bytes(32, "big") + pub[1].to_bytes(32, "big")
    ecpriv = _tlv(0x30, _tlv(0x02, b"\x01") + _tlv(0x04, d.to_bytes(32, "big")) +
                  _tlv(0xa1, _tlv(0x03, b"\x00" + point)))
    alg = _tlv(0x30, OID_EC + OID_P256)
    return _tlv(0x30, _tlv(0x02, b"\x00") + alg + _tlv(0x04, ecpriv))


def pem(label, der):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def p256_pkcs8_check(pem_text):
    body = "".join(l for l in pem_text.splitlines() if not l.startswith("-----"))
    der = base64.b64decode(body)
    # locate d and the public point, recompute
    i = der.index(bytes.fromhex("020101") + b"\x04\x20") + 5
    d = int.from_bytes(der[i:i + 32], "big")
    j = der.index(b"\x03\x42\x00\x04") + 4
    x = int.from_bytes(der[j:j + 32], "big")
    y = int.from_bytes(der[j + 32:j + 64], "big")
    return 0 < d < N256 and p256_mul(d) == (x, y) and p256_on_curve((x, y))
