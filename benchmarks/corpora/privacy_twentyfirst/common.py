import random, zlib, hashlib, string, base64, json
U = string.ascii_uppercase; L = string.ascii_lowercase; D = string.digits
AN = U + L + D; HEX = '0123456789abcdef'; B64 = AN + '+/'; B64U = AN + '-_'
B62 = D + U + L
M = '\u0000'  # value marker

def rs(r, alpha, n):
    return ''.join(r.choice(alpha) for _ in range(n))

def b62(n, width):
    s = ''
    while n:
        n, m = divmod(n, 62); s = B62[m] + s
    return s.rjust(width, '0')

def gh_token(r, prefix):
    body = rs(r, AN, 30)
    return prefix + body + b62(zlib.crc32(body.encode()), 6)

def gh_valid(tok):
    pre, rest = tok.split('_', 1)
    return len(rest) == 36 and b62(zlib.crc32(rest[:30].encode()), 6) == rest[30:]

def password(r, n=None):
    n = n or r.randint(12, 20)
    mid = rs(r, AN + '._-', n - 2)
    return r.choice(AN) + mid + r.choice(AN)

def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + '4' + h[13:16] + r.choice('89ab') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

# bech32 (BIP-173)
BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'
def _polymod(vals):
    g = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    c = 1
    for v in vals:
        b = c >> 25; c = (c & 0x1ffffff) << 5 ^ v
        for i in range(5):
            c ^= g[i] if (b >> i) & 1 else 0
    return c
def _hrpx(h): return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]
def convertbits(data, f, t, pad=True):
    acc = bits = 0; out = []; mx = (1 << t) - 1
    for v in data:
        acc = (acc << f) | v; bits += f
        while bits >= t:
            bits -= t; out.append((acc >> bits) & mx)
    if pad and bits: out.append((acc << (t - bits)) & mx)
    return out
def bech32_encode(hrp, data8):
    d = convertbits(data8, 8, 5)
    pm = _polymod(_hrpx(hrp) + d + [0]*6) ^ 1
    chk = [(pm >> 5*(5-i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(BECH[x] for x in d + chk)
def bech32_valid(s):
    s = s.lower(); hrp, data = s.rsplit('1', 1)
    return _polymod(_hrpx(hrp) + [BECH.index(c) for c in data]) == 1

B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
def b58enc(b):
    n = int.from_bytes(b, 'big'); s = ''
    while n: n, m = divmod(n, 58); s = B58[m] + s
    return '1' * (len(b) - len(b.lstrip(b'\0'))) + s
def b58dec(s):
    n = 0
    for c in s: n = n * 58 + B58.index(c)
    b = n.to_bytes((n.bit_length() + 7) // 8, 'big')
    return b'\0' * (len(s) - len(s.lstrip('1'))) + b
def wif(r):
    k = bytes(r.randrange(256) for _ in range(32))
    p = b'\x80' + k + b'\x01'
    return b58enc(p + hashlib.sha256(hashlib.sha256(p).digest()).digest()[:4])
def wif_valid(s):
    b = b58dec(s); return hashlib.sha256(hashlib.sha256(b[:-4]).digest()).digest()[:4] == b[-4:] and b[0] == 0x80

def render(tpl, vals):
    """tpl contains markers {{A}} {{B}}...; vals: key->(value,type,plain?). returns text, spans"""
    text = ''; spans = []; i = 0
    import re
    for m in re.finditer(r'\{\{([A-Z])\}\}', tpl):
        text += tpl[i:m.start()]
        v = vals[m.group(1)]
        s = {'value': v[0], 'start': len(text), 'end': len(text) + len(v[0]), 'type': v[1]}
        if len(v) > 2: s['plain'] = v[2]
        spans.append(s); text += v[0]; i = m.end()
    text += tpl[i:]
    return text, spans
