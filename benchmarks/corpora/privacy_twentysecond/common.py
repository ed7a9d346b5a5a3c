"""Shared helpers: alphabets, checksummed token shapes, span finding."""
import base64, hashlib, json, re, string, zlib

HEX = '0123456789abcdef'
UHEX = '0123456789ABCDEF'
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
UPALNUM = string.ascii_uppercase + string.digits
B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + '+/'
URL = string.ascii_letters + string.digits + '_-'
PWCH = string.ascii_letters + string.digits + '._-'

ALPH = {'hex': HEX, 'HEX': UHEX, 'alnum': ALNUM, 'lower': LOWALNUM, 'upper': UPALNUM,
        'digits': string.digits, 'b64': B64, 'url': URL, 'letters': string.ascii_letters,
        'lc': string.ascii_lowercase, 'uc': string.ascii_uppercase}


def rs(r, alph, n):
    return ''.join(r.choice(alph) for _ in range(n))


def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + '4' + h[13:16] + r.choice('89ab') + h[17:]
    return '-'.join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])


def shape(r, tpl):
    """Expand {kindN} / {uuid} / {b64pad:N} placeholders in a template."""
    def rep(m):
        k, n = m.group(1), m.group(2)
        if k == 'uuid':
            return uuid4(r)
        if k == 'UUID':
            return uuid4(r).upper()
        if k == 'b64pad':
            nbytes = int(n)
            return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()
        if k == 'b64url':
            nbytes = int(n)
            return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode().rstrip('=')
        return rs(r, ALPH[k], int(n))
    return re.sub(r'\{(uuid|UUID|b64pad|b64url|b64|hex|HEX|alnum|lower|upper|digits|url|letters|lc|uc)(\d*)\}', rep, tpl)


def password(r, lo=12, hi=20):
    n = r.randint(lo, hi)
    while True:
        p = r.choice(ALNUM) + rs(r, PWCH, n - 2) + r.choice(ALNUM)
        if (any(c.isdigit() for c in p) and any(c.isupper() for c in p)
                and any(c.islower() for c in p) and '..' not in p):
            return p


def b62_encode_int(v, width):
    out = ''
    while v:
        v, d = divmod(v, 62)
        out = B62[d] + out
    return out.rjust(width, '0')


def github_token(r, prefix):
    body = rs(r, ALNUM, 30)
    return prefix + body + b62_encode_int(zlib.crc32(body.encode()) & 0xffffffff, 6)


def github_token_valid(tok):
    m = re.fullmatch(r'(gh[posur]_|npm_)([A-Za-z0-9]{30})([A-Za-z0-9]{6})', tok)
    return bool(m) and b62_encode_int(zlib.crc32(m.group(2).encode()) & 0xffffffff, 6) == m.group(3)


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def jwt_like(r, payload, alg='HS256'):
    h = b64url(json.dumps({'alg': alg, 'typ': 'JWT'}, separators=(',', ':')).encode())
    p = b64url(json.dumps(payload, separators=(',', ':')).encode())
    s = b64url(bytes(r.getrandbits(8) for _ in range(32)))
    return h + '.' + p + '.' + s


def jwt_segments_ok(tok):
    try:
        h, p, s = tok.split('.')
        for seg in (h, p):
            json.loads(base64.urlsafe_b64decode(seg + '=' * (-len(seg) % 4)))
        return len(s) > 10
    except Exception:
        return False


# ---- base58check / bech32 / CRC16 (checksummed private-key formats) ----
B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
B58_RIPPLE = 'rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz'


def b58enc(b, alph=B58):
    n = int.from_bytes(b, 'big')
    out = ''
    while n:
        n, d = divmod(n, 58)
        out = alph[d] + out
    pad = len(b) - len(b.lstrip(b'\0'))
    return alph[0] * pad + out


def b58dec(s, alph=B58):
    n = 0
    for c in s:
        n = n * 58 + alph.index(c)
    pad = len(s) - len(s.lstrip(alph[0]))
    body = n.to_bytes((n.bit_length() + 7) // 8, 'big') if n else b''
    return b'\0' * pad + body


def dsha(b):
    return hashlib.sha256(hashlib.sha256(b).digest()).digest()


def b58check_enc(payload, alph=B58):
    return b58enc(payload + dsha(payload)[:4], alph)


def b58check_ok(s, alph=B58):
    raw = b58dec(s, alph)
    return dsha(raw[:-4])[:4] == raw[-4:]


BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


def _polymod(vals):
    g = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in vals:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= g[i] if (b >> i) & 1 else 0
    return chk


def _hrp_exp(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def convertbits(data, f, t, pad=True):
    acc = bits = 0
    out = []
    maxv = (1 << t) - 1
    for v in data:
        acc = (acc << f) | v
        bits += f
        while bits >= t:
            bits -= t
            out.append((acc >> bits) & maxv)
    if pad and bits:
        out.append((acc << (t - bits)) & maxv)
    return out


def bech32_enc(hrp, data8):
    d = convertbits(data8, 8, 5)
    pm = _polymod(_hrp_exp(hrp) + d + [0] * 6) ^ 1
    return hrp + '1' + ''.join(BECH[x] for x in d + [(pm >> 5 * (5 - i)) & 31 for i in range(6)])


def bech32_ok(s):
    hrp, _, data = s.rpartition('1')
    return _polymod(_hrp_exp(hrp) + [BECH.index(c) for c in data]) == 1


def crc16_xmodem(b):
    crc = 0
    for byte in b:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xffff
    return crc


def stellar_seed(r):
    raw = bytes([18 << 3]) + bytes(r.getrandbits(8) for _ in range(32))
    return base64.b32encode(raw + crc16_xmodem(raw).to_bytes(2, 'little')).decode()


def stellar_ok(s):
    raw = base64.b32decode(s)
    return raw[0] == 18 << 3 and crc16_xmodem(raw[:-2]).to_bytes(2, 'little') == raw[-2:]


def find_all(text, value):
    out, i = [], text.find(value)
    while i >= 0:
        out.append(i)
        i = text.find(value, i + 1)
    return out


def make_record(rid, container, text, secrets, source, extra=None):
    """secrets: list of (value, type[, extra dict]); every occurrence is labelled."""
    spans = []
    for s in secrets:
        value, typ = s[0], s[1]
        ex = s[2] if len(s) > 2 else {}
        occ = find_all(text, value)
        if not occ:
            raise ValueError('value not in text: %s %r' % (container, value))
        for st in occ:
            d = {'value': value, 'start': st, 'end': st + len(value), 'type': typ}
            d.update(ex)
            spans.append(d)
    spans.sort(key=lambda d: d['start'])
    rec = {'id': rid, 'type': spans[0]['type'], 'container': container, 'text': text,
           'secrets': spans, 'source': source}
    if extra:
        rec.update(extra)
    return rec
