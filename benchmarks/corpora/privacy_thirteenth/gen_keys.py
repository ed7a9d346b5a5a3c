"""Key material generated for real (structure) in pure Python: RSA (Miller-Rabin), SEC1 EC, PKCS#8
Ed448/X25519, DSA-shaped, age (bech32), WIF (Base58Check), Tezos edsk (Base58Check)."""
import base64

from gen_common import b58check, bech32_encode, pem, rbytes


def _len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def tlv(tag, body):
    return bytes([tag]) + _len(len(body)) + body


def der_int(i):
    b = i.to_bytes(max(1, (i.bit_length() + 8) // 8), "big")
    return tlv(0x02, b)


def seq(*parts):
    return tlv(0x30, b"".join(parts))


def octet(b):
    return tlv(0x04, b)


OID_RSA = bytes.fromhex("06092a864886f70d010101")
OID_P256 = bytes.fromhex("06082a8648ce3d030107")
OID_P384 = bytes.fromhex("06052b81040022")
OID_ED448 = bytes.fromhex("06032b6571")
OID_X25519 = bytes.fromhex("06032b656e")
NULL = b"\x05\x00"


def _is_probable_prime(n, rng, k=20):
    if n < 4:
        return n in (2, 3)
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(k):
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
        c = rng.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if _is_probable_prime(c, rng):
            return c


def rsa_pkcs1(rng, bits=2048):
    e = 65537
    while True:
        p, q = _prime(rng, bits // 2), _prime(rng, bits // 2)
        phi = (p - 1) * (q - 1)
        if p != q and phi % e and (p * q).bit_length() == bits:
            break
    n, d = p * q, pow(e, -1, (p - 1) * (q - 1))
    return seq(der_int(0), der_int(n), der_int(e), der_int(d), der_int(p), der_int(q),
               der_int(d % (p - 1)), der_int(d % (q - 1)), der_int(pow(q, -1, p)))


def rsa_pkcs8(rng, bits=2048):
    return seq(der_int(0), seq(OID_RSA, NULL), octet(rsa_pkcs1(rng, bits)))


def ec_sec1(rng, curve="p384"):
    n = 48 if curve == "p384" else 32
    oid = OID_P384 if curve == "p384" else OID_P256
    return seq(der_int(1), octet(rbytes(rng, n)), tlv(0xA0, oid))


def okp_pkcs8(rng, kind):
    oid, n = {"ed448": (OID_ED448, 57), "x25519": (OID_X25519, 32)}[kind]
    return seq(der_int(0), seq(oid), octet(octet(rbytes(rng, n))))


def dsa_der(rng):
    p = rng.getrandbits(1024) | (1 << 1023) | 1
    q = rng.getrandbits(160) | (1 << 159) | 1
    g, y = rng.getrandbits(1023) | 2, rng.getrandbits(1023) | 2
    x = rng.getrandbits(159) | 1
    return seq(der_int(0), der_int(p), der_int(q), der_int(g), der_int(y), der_int(x))


def pem_rsa(rng):
    return pem("RSA PRIVATE KEY", rsa_pkcs1(rng))


def pem_pkcs8_rsa(rng):
    return pem("PRIVATE KEY", rsa_pkcs8(rng))


def age_secret(rng):
    return bech32_encode("age-secret-key-", rbytes(rng, 32)).upper()


def wif(rng, version):
    return b58check(bytes([version]) + rbytes(rng, 32) + b"\x01")


def tezos_edsk(rng):
    return b58check(bytes.fromhex("0d0f3a07") + rbytes(rng, 32))


def ssh2_commercial(rng):
    body = base64.b64encode(b"\x3f\x6f\xf9\xeb" + rbytes(rng, 600)).decode()
    lines = "\n".join(body[i:i + 70] for i in range(0, len(body), 70))
    return ('---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: "rsa-key-20250312"\n%s\n'
            '---- END SSH2 ENCRYPTED PRIVATE KEY ----' % lines)


def pkcs12_b64(rng):
    inner = seq(der_int(3), seq(bytes.fromhex("06092a864886f70d010701"), tlv(0xA0, octet(rbytes(rng, 900)))))
    return base64.b64encode(inner).decode()
