"""Shared helpers for privacy_twentyfourth (p24). Standard library only."""
import base64, hashlib, json, random, re, string, zlib, uuid

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = '0123456789abcdef'
B64 = string.ascii_letters + string.digits + '+/'
B64U = string.ascii_letters + string.digits + '-_'
B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
CLASSES = {
    'hex': HEX, 'HEX': HEX.upper(), 'an': ALNUM, 'lan': LOWER_ALNUM, 'uan': UPPER_ALNUM,
    'b64': B64, 'b64u': B64U, 'dig': string.digits, 'b58': B58,
    'low': string.ascii_lowercase, 'up': string.ascii_uppercase,
    'b32': 'abcdefghijklmnopqrstuvwxyz234567',
}
TOKEN_RE = re.compile(r'\{(\w+):(\d+)\}|\{uuid\}|\{UUID\}')

# span markers: \x01 TYPE \x1f VALUE \x02
M_OPEN, M_SEP, M_CLOSE = '\x01', '\x1f', '\x02'


def mark(typ, value):
    return M_OPEN + typ + M_SEP + value + M_CLOSE


def rand(rng, cls, n):
    alpha = CLASSES[cls]
    return ''.join(rng.choice(alpha) for _ in range(n))


def ruuid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def fill(rng, spec):
    """Expand a shape spec like 'dp.st.prd.{an:40}' or '{uuid}'."""
    def rep(m):
        if m.group(0) == '{uuid}':
            return ruuid(rng)
        if m.group(0) == '{UUID}':
            return ruuid(rng).upper()
        return rand(rng, m.group(1), int(m.group(2)))
    return TOKEN_RE.sub(rep, spec)


def password(rng, n=None):
    """[A-Za-z0-9._-], starts/ends alphanumeric, has upper, lower, digit."""
    n = n or rng.randint(12, 20)
    while True:
        mid = ''.join(rng.choice(ALNUM + '._-') for _ in range(n - 2))
        p = rng.choice(ALNUM) + mid + rng.choice(ALNUM)
        if any(c.isupper() for c in p) and any(c.islower() for c in p) and any(c.isdigit() for c in p) and '..' not in p:
            return p


def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def jwt_like(rng, header, payload, sig_bytes=32):
    h = b64u_nopad(json.dumps(header, separators=(',', ':')).encode())
    p = b64u_nopad(json.dumps(payload, separators=(',', ':')).encode())
    s = b64u_nopad(bytes(rng.getrandbits(8) for _ in range(sig_bytes)))
    return h + '.' + p + '.' + s


# ---- GitHub-style CRC32 base62 checksum ----
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def b62(n, width):
    out = ''
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, '0')


def gh_token(rng, prefix):
    body = rand(rng, 'an', 30)
    return prefix + body + b62(zlib.crc32(body.encode()), 6)


def gh_valid(tok):
    m = re.fullmatch(r'(gh[pousr]_|npm_)([A-Za-z0-9]{30})([A-Za-z0-9]{6})', tok)
    return bool(m) and b62(zlib.crc32(m.group(2).encode()), 6) == m.group(3)


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


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def convertbits(data, frm, to, pad=True):
    acc = bits = 0
    ret = []
    maxv = (1 << to) - 1
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            ret.append((acc >> bits) & maxv)
    if pad and bits:
        ret.append((acc << (to - bits)) & maxv)
    return ret


def bech32_encode(hrp, data_bytes):
    data = convertbits(data_bytes, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(BECH[d] for d in data + chk)


def bech32_valid(s):
    s = s.lower()
    hrp, _, rest = s.rpartition('1')
    if not hrp or len(rest) < 6 or any(c not in BECH for c in rest):
        return False
    return _polymod(_hrp_expand(hrp) + [BECH.index(c) for c in rest]) == 1


# ---- base58check ----
def b58encode(b):
    n = int.from_bytes(b, 'big')
    out = ''
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(b) - len(b.lstrip(b'\0'))
    return '1' * pad + out


def b58check(payload):
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58encode(payload + chk)


# ---- minimal DER / PEM private keys that openssl can parse ----
def der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, 'big')
    return bytes([0x80 | len(b)]) + b


def der(tag, content):
    return bytes([tag]) + der_len(len(content)) + content


def pem(label, blob):
    b = base64.b64encode(blob).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return '-----BEGIN %s-----\n%s\n-----END %s-----' % (label, '\n'.join(lines), label)


OID_ED25519 = bytes.fromhex('06032b6570')
OID_X25519 = bytes.fromhex('06032b656e')
OID_P256 = bytes.fromhex('06082a8648ce3d030107')
OID_P384 = bytes.fromhex('06052b81040022')
N_P256 = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
N_P384 = 0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973


def pkcs8_okp(rng, oid):
    key = bytes(rng.getrandbits(8) for _ in range(32))
    body = der(0x02, b'\x00') + der(0x30, oid) + der(0x04, der(0x04, key))
    return pem('PRIVATE KEY', der(0x30, body))


def sec1_ec(rng, oid, order, nbytes):
    d = rng.randrange(1, order)
    body = der(0x02, b'\x01') + der(0x04, d.to_bytes(nbytes, 'big')) + der(0xa0, oid)
    return pem('EC PRIVATE KEY', der(0x30, body))


def parse_der(b, i=0):
    """Return (tag, content, next_index)."""
    tag = b[i]
    l = b[i + 1]
    i += 2
    if l & 0x80:
        k = l & 0x7f
        l = int.from_bytes(b[i:i + k], 'big')
        i += k
    return tag, b[i:i + l], i + l


def pem_key_valid(s):
    m = re.fullmatch(r'-----BEGIN ([A-Z ]+)-----\n([A-Za-z0-9+/=\n]+)\n-----END \1-----', s)
    if not m:
        return False
    blob = base64.b64decode(m.group(2).replace('\n', ''))
    tag, seq, end = parse_der(blob)
    if tag != 0x30 or end != len(blob):
        return False
    items = []
    i = 0
    while i < len(seq):
        t, c, i = parse_der(seq, i)
        items.append((t, c))
    if m.group(1) == 'PRIVATE KEY':
        if items[0] != (0x02, b'\x00') or items[1][0] != 0x30:
            return False
        oid = der(0x06, parse_der(items[1][1])[1])
        inner = parse_der(items[2][1])
        return oid in (OID_ED25519, OID_X25519) and inner[0] == 0x04 and len(inner[1]) == 32
    if m.group(1) == 'EC PRIVATE KEY':
        oid = items[2][1]
        d = int.from_bytes(items[1][1], 'big')
        order = {OID_P256: N_P256, OID_P384: N_P384}.get(oid)
        return items[0] == (0x02, b'\x01') and order is not None and 0 < d < order
    return False


def b64json(obj):
    return base64.b64encode(json.dumps(obj, separators=(',', ':')).encode()).decode()


def least_used_pairing(rng, items, slots_for):
    """Assign each item a slot, seeded, preferring the least-used allowed slot."""
    use = {}
    out = {}
    for it in items:
        allowed = slots_for(it)
        lo = min(use.get(s, 0) for s in allowed)
        cands = [s for s in allowed if use.get(s, 0) == lo]
        s = rng.choice(cands)
        use[s] = use.get(s, 0) + 1
        out[it] = s
    return out


def realize(text_with_marks):
    """Strip markers; return (text, spans)."""
    out = []
    spans = []
    i = 0
    pos = 0
    t = text_with_marks
    while i < len(t):
        c = t[i]
        if c == M_OPEN:
            j = t.index(M_SEP, i)
            k = t.index(M_CLOSE, j)
            typ = t[i + 1:j]
            val = t[j + 1:k]
            spans.append({'value': val, 'start': pos, 'end': pos + len(val), 'type': typ})
            out.append(val)
            pos += len(val)
            i = k + 1
        else:
            out.append(c)
            pos += 1
            i += 1
    return ''.join(out), spans


def subst(template, mapping):
    for k, v in mapping.items():
        template = template.replace('§' + k + '§', v)
    assert '§' not in template, template
    return template


FIRST = ['mara', 'jonas', 'priya', 'tomasz', 'aiko', 'lena', 'omar', 'sven', 'ines', 'raj', 'kofi', 'noor', 'eliska', 'dario', 'hana', 'felix']
HOSTS = ['db-core.internal.example', 'pg-02.prod.example.net', 'cache.eu1.example.org', 'mq.ops.example.com', 'sql.billing.example', 'mongo0.lab.example.net']


def fake_user(rng):
    return rng.choice(FIRST) + rng.choice(['', '.ops', '_svc', '42', '.dev'])


def fake_host(rng):
    return rng.choice(HOSTS)


def fake_date(rng):
    return '2026-%02d-%02dT%02d:%02d:%02dZ' % (rng.randint(1, 11), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
