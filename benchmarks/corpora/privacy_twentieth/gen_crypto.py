"""RSA key generation (seeded, stdlib) and DER helpers."""
import base64


def _is_probable_prime(n, r):
    if n < 4:
        return n in (2, 3)
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(40):
        a = r.randrange(2, n - 2)
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


def _prime(r, bits, e):
    while True:
        c = r.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if _is_probable_prime(c, r) and (c - 1) % e != 0:
            return c


def _der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _der_int(x):
    b = x.to_bytes(max(1, (x.bit_length() + 7) // 8), "big")
    if b[0] & 0x80:
        b = b"\x00" + b
    return b"\x02" + _der_len(len(b)) + b


def rsa_pkcs1_pem(r, bits=2048):
    e = 65537
    while True:
        p = _prime(r, bits // 2, e)
        q = _prime(r, bits // 2, e)
        if p != q and (p * q).bit_length() == bits:
            break
    if p < q:
        p, q = q, p
    n = p * q
    phi = (p - 1) * (q - 1)
    d = pow(e, -1, phi)
    body = b"".join(_der_int(x) for x in (0, n, e, d, p, q, d % (p - 1), d % (q - 1), pow(q, -1, p)))
    der = b"\x30" + _der_len(len(body)) + body
    b64 = base64.b64encode(der).decode()
    lines = [b64[i:i + 64] for i in range(0, len(b64), 64)]
    return "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END RSA PRIVATE KEY-----"


def _read(der, i):
    tag = der[i]
    ln = der[i + 1]
    i += 2
    if ln & 0x80:
        k = ln & 0x7F
        ln = int.from_bytes(der[i:i + k], "big")
        i += k
    return tag, der[i:i + ln], i + ln


def verify_rsa_pkcs1_pem(pem):
    """Parse PKCS#1 and check the arithmetic relations of all nine fields."""
    lines = pem.strip().splitlines()
    if lines[0] != "-----BEGIN RSA PRIVATE KEY-----" or lines[-1] != "-----END RSA PRIVATE KEY-----":
        return False
    der = base64.b64decode("".join(lines[1:-1]))
    tag, seq, end = _read(der, 0)
    if tag != 0x30 or end != len(der):
        return False
    vals = []
    i = 0
    while i < len(seq):
        t, v, i = _read(seq, i)
        if t != 0x02:
            return False
        vals.append(int.from_bytes(v, "big"))
    if len(vals) != 9:
        return False
    ver, n, e, d, p, q, dp, dq, qi = vals
    return (ver == 0 and n == p * q and (e * d - 1) % ((p - 1) * (q - 1)) == 0
            and dp == d % (p - 1) and dq == d % (q - 1) and (qi * q) % p == 1)
