"""Shared helpers: value generators in published shapes, span-building fill()."""
import random, string, zlib, re
ALNUM = string.ascii_letters + string.digits
HEXL = '0123456789abcdef'
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
URLSAFE = ALNUM + '-_'
UPPER = string.ascii_uppercase + string.digits

def rs(rng, alpha, n):
    return ''.join(rng.choice(alpha) for _ in range(n))

def uuid4(rng):
    h = rs(rng, HEXL, 32)
    h = h[:12] + '4' + h[13:16] + rng.choice('89ab') + h[17:]
    return '-'.join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])

def b62(n, width):
    out = ''
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, '0')

def crc_token(rng, prefix):
    body = rs(rng, ALNUM, 30)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xffffffff, 6)

def crc_valid(tok):
    m = re.fullmatch(r'(ghp_|gho_|ghu_|ghs_|ghr_|npm_)([A-Za-z0-9]{30})([A-Za-z0-9]{6})', tok)
    return bool(m) and b62(zlib.crc32(m.group(2).encode()) & 0xffffffff, 6) == m.group(3)

def password(rng, n=None):
    n = n or rng.randint(12, 20)
    while True:
        core = [rng.choice(ALNUM + '._-') for _ in range(n - 2)]
        p = rng.choice(ALNUM) + ''.join(core) + rng.choice(ALNUM)
        if (re.search('[A-Z]', p) and re.search('[a-z]', p) and re.search('[0-9]', p)
                and not re.search(r'[._-]{2}', p)):
            return p

def b64url_json(obj):
    import base64, json
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(',', ':')).encode()).decode().rstrip('=')

def jwt_like(rng, payload):
    return b64url_json({'alg': 'HS256', 'typ': 'JWT'}) + '.' + b64url_json(payload) + '.' + rs(rng, URLSAFE, 43)

MARK = re.compile(r'\{(V\d)\}')

def fill(template, vals):
    """vals: dict marker->(value,type). Returns text, spans (sorted)."""
    out, spans, pos = [], [], 0
    last = 0
    for m in MARK.finditer(template):
        seg = template[last:m.start()]
        out.append(seg); pos += len(seg)
        v, t = vals[m.group(1)]
        spans.append({'value': v, 'start': pos, 'end': pos + len(v), 'type': t})
        out.append(v); pos += len(v)
        last = m.end()
    out.append(template[last:])
    return ''.join(out), spans

def least_used(rng, counts, k, exclude=()):
    items = [t for t in counts if t not in exclude]
    rng.shuffle(items)
    items.sort(key=lambda t: counts[t])
    return items[:k]
