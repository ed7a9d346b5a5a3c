"""Shared helpers for the p25 corpus (standard library only)."""
import base64, binascii, hashlib, json, re, zlib

LOW = 'abcdefghijklmnopqrstuvwxyz'
UP = LOW.upper()
DIG = '0123456789'
ALNUM = UP + LOW + DIG
HEX = '0123456789abcdef'
HEXU = HEX.upper()
B64 = UP + LOW + DIG + '+/'
B64U = UP + LOW + DIG + '-_'
LOWNUM = LOW + DIG
UPNUM = UP + DIG
B62 = DIG + UP + LOW


def rs(r, alphabet, n):
    return ''.join(r.choice(alphabet) for _ in range(n))


def an(r, n):
    return rs(r, ALNUM, n)


def hx(r, n):
    return rs(r, HEX, n)


def uuid4(r):
    h = hx(r, 32)
    h = h[:12] + '4' + h[13:16] + r.choice('89ab') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def password(r, n=None):
    """[A-Za-z0-9._-], alnum at both ends, has upper, lower, digit."""
    n = n or r.randint(12, 20)
    while True:
        mid = rs(r, ALNUM + '._-', n - 2)
        p = r.choice(ALNUM) + mid + r.choice(ALNUM)
        if '..' in p or '__' in p or '--' in p:
            continue
        if any(c in UP for c in p) and any(c in LOW for c in p) and any(c in DIG for c in p):
            return p


def b64(bs):
    return base64.b64encode(bs).decode()


def b64u(bs):
    return base64.urlsafe_b64encode(bs).decode().rstrip('=')


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


# ---- GitHub / npm style CRC32 base62 checksum ----
def base62(n, width):
    s = ''
    while n:
        n, d = divmod(n, 62)
        s = B62[d] + s
    return s.rjust(width, '0')


def crc_token(r, prefix):
    body = an(r, 30)
    return prefix + body + base62(zlib.crc32(body.encode()) & 0xffffffff, 6)


def crc_token_ok(tok):
    m = re.fullmatch(r'(ghp_|gho_|ghu_|ghs_|ghr_|npm_)([A-Za-z0-9]{30})([A-Za-z0-9]{6})', tok)
    return bool(m) and base62(zlib.crc32(m.group(2).encode()) & 0xffffffff, 6) == m.group(3)


# ---- bech32 (BIP-173) ----
BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def convertbits(data, frombits, tobits, pad=True):
    acc = 0; bits = 0; ret = []
    maxv = (1 << tobits) - 1
    for v in data:
        acc = (acc << frombits) | v
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if pad and bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_encode(hrp, data8):
    data = convertbits(data8, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(BECH[d] for d in data + chk)


def bech32_ok(s):
    s2 = s.lower()
    pos = s2.rfind('1')
    hrp, data = s2[:pos], [BECH.find(c) for c in s2[pos + 1:]]
    return -1 not in data and _polymod(_hrp_expand(hrp) + data) == 1


# ---- base58check ----
B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'


def b58encode(bs):
    n = int.from_bytes(bs, 'big'); s = ''
    while n:
        n, d = divmod(n, 58); s = B58[d] + s
    pad = len(bs) - len(bs.lstrip(b'\0'))
    return '1' * pad + s


def b58check(payload):
    return b58encode(payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4])


def b58check_ok(s):
    n = 0
    for c in s:
        n = n * 58 + B58.index(c)
    raw = n.to_bytes((n.bit_length() + 7) // 8, 'big')
    raw = b'\0' * (len(s) - len(s.lstrip('1'))) + raw
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


# ---- Ed25519 public key (RFC 8032, pure Python) ----
_P = 2 ** 255 - 19
_L = 2 ** 252 + 27742317777372353535851937790883648493
_D = -121665 * pow(121666, _P - 2, _P) % _P


def _inv(x):
    return pow(x, _P - 2, _P)


def _xrecover(y):
    xx = (y * y - 1) * _inv(_D * y * y + 1)
    x = pow(xx, (_P + 3) // 8, _P)
    if (x * x - xx) % _P:
        x = x * pow(2, (_P - 1) // 4, _P) % _P
    return _P - x if x % 2 else x


_BY = 4 * _inv(5) % _P
_B = (_xrecover(_BY), _BY)


def _add(a, b):
    x1, y1 = a; x2, y2 = b
    x3 = (x1 * y2 + x2 * y1) * _inv(1 + _D * x1 * x2 * y1 * y2)
    y3 = (y1 * y2 + x1 * x2) * _inv(1 - _D * x1 * x2 * y1 * y2)
    return (x3 % _P, y3 % _P)


def _mul(pt, e):
    q = (0, 1)
    while e:
        if e & 1:
            q = _add(q, pt)
        pt = _add(pt, pt); e >>= 1
    return q


def ed25519_pub(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], 'little')
    a &= (1 << 254) - 8; a |= 1 << 254
    x, y = _mul(_B, a)
    return (y | ((x & 1) << 255)).to_bytes(32, 'little')


# ---- DER / PEM ----
def der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, 'big')
    return bytes([0x80 | len(b)]) + b


def tlv(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int(n):
    b = n.to_bytes(max(1, (n.bit_length() + 8) // 8), 'big')
    return tlv(0x02, b)


def pem(label, der):
    s = b64(der)
    lines = [s[i:i + 64] for i in range(0, len(s), 64)]
    return '-----BEGIN %s-----\n%s\n-----END %s-----' % (label, '\n'.join(lines), label)


def der_parse(bs, i=0):
    """Parse one TLV; return (tag, body, next_index)."""
    tag = bs[i]; ln = bs[i + 1]; j = i + 2
    if ln & 0x80:
        k = ln & 0x7f; ln = int.from_bytes(bs[j:j + k], 'big'); j += k
    return tag, bs[j:j + ln], j + ln


def der_children(body):
    out = []; i = 0
    while i < len(body):
        t, b, i = der_parse(body, i); out.append((t, b))
    return out


def pem_der(text):
    m = re.search(r'-----BEGIN ([A-Z0-9 ]+)-----\n(.*?)\n-----END \1-----', text, re.S)
    return m.group(1), base64.b64decode(''.join(m.group(2).split()))


# ---- small prime / RSA ----
def is_probable_prime(n, r):
    if n < 4:
        return n in (2, 3)
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d = n - 1; s = 0
    while d % 2 == 0:
        d //= 2; s += 1
    for _ in range(24):
        a = r.randrange(2, n - 2); x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def rand_prime(r, bits):
    while True:
        c = r.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if is_probable_prime(c, r):
            return c


def rsa_pkcs1_der(r, bits=2048):
    e = 65537
    while True:
        p = rand_prime(r, bits // 2); q = rand_prime(r, bits // 2)
        if p == q:
            continue
        phi = (p - 1) * (q - 1)
        if phi % e == 0:
            continue
        n = p * q
        if n.bit_length() != bits:
            continue
        d = pow(e, -1, phi)
        body = b''.join(der_int(x) for x in (0, n, e, d, p, q, d % (p - 1), d % (q - 1), pow(q, -1, p)))
        return tlv(0x30, body)


def rsa_pkcs1_ok(der):
    t, body, _ = der_parse(der)
    ints = [int.from_bytes(b, 'big') for _, b in der_children(body)]
    v, n, e, d, p, q, dp, dq, qi = ints
    return v == 0 and n == p * q and (e * d) % ((p - 1) * (q - 1) // _gcd(p - 1, q - 1)) == 1 and dp == d % (p - 1) and dq == d % (q - 1) and (qi * q) % p == 1


def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a


P256_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
OID_EC = bytes.fromhex('06072a8648ce3d0201')
OID_P256 = bytes.fromhex('06082a8648ce3d030107')
OID_K1 = bytes.fromhex('06052b8104000a')


def ec_sec1_der(d, curve_oid):
    return tlv(0x30, der_int(1) + tlv(0x04, d.to_bytes(32, 'big')) + tlv(0xa0, curve_oid))


def ec_pkcs8_p256_der(d):
    inner = tlv(0x30, der_int(1) + tlv(0x04, d.to_bytes(32, 'big')))
    return tlv(0x30, der_int(0) + tlv(0x30, OID_EC + OID_P256) + tlv(0x04, inner))


def rand_scalar(r, n):
    while True:
        d = r.getrandbits(256)
        if 0 < d < n:
            return d


# ---- OpenSSH ed25519 private key ----
def _sshstr(b):
    return len(b).to_bytes(4, 'big') + b


def openssh_ed25519(r, comment):
    seed = rbytes(r, 32); pub = ed25519_pub(seed)
    pubblob = _sshstr(b'ssh-ed25519') + _sshstr(pub)
    chk = rbytes(r, 4)
    priv = chk + chk + _sshstr(b'ssh-ed25519') + _sshstr(pub) + _sshstr(seed + pub) + _sshstr(comment.encode())
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad]); pad += 1
    blob = b'openssh-key-v1\0' + _sshstr(b'none') + _sshstr(b'none') + _sshstr(b'') + (1).to_bytes(4, 'big') + _sshstr(pubblob) + _sshstr(priv)
    s = b64(blob)
    body = '\n'.join(s[i:i + 70] for i in range(0, len(s), 70))
    return '-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----' % body, pub


def openssh_ok(text):
    m = re.search(r'-----BEGIN OPENSSH PRIVATE KEY-----\n(.*?)\n-----END OPENSSH PRIVATE KEY-----', text, re.S)
    blob = base64.b64decode(''.join(m.group(1).split()))
    if not blob.startswith(b'openssh-key-v1\0'):
        return False
    i = 15
    def rd(i):
        n = int.from_bytes(blob[i:i + 4], 'big'); return blob[i + 4:i + 4 + n], i + 4 + n
    c, i = rd(i); k, i = rd(i); o, i = rd(i); i += 4
    pb, i = rd(i); pv, i = rd(i)
    if pv[:4] != pv[4:8]:
        return False
    j = 8
    def rd2(j):
        n = int.from_bytes(pv[j:j + 4], 'big'); return pv[j + 4:j + 4 + n], j + 4 + n
    kt, j = rd2(j); pub, j = rd2(j); sk, j = rd2(j)
    return kt == b'ssh-ed25519' and sk[32:] == pub and ed25519_pub(sk[:32]) == pub


# ---- record assembly ----
def render(tpl, **kw):
    """tpl uses ⟨name⟩ markers; kw values are str or list of pieces (str or (value, type))."""
    text = ''; spans = []
    for tok in re.split(r'(⟨\w+⟩)', tpl):
        m = re.fullmatch(r'⟨(\w+)⟩', tok)
        if not m:
            text += tok; continue
        val = kw[m.group(1)]
        pieces = val if isinstance(val, list) else [val]
        for p in pieces:
            if isinstance(p, tuple):
                spans.append({'value': p[0], 'start': len(text), 'end': len(text) + len(p[0]), 'type': p[1]})
                text += p[0]
            else:
                text += p
    return text, spans


def dumps(rec):
    return json.dumps(rec, ensure_ascii=False, sort_keys=False)
