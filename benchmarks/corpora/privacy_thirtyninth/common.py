"""Shared value generators (deterministic, driven by a passed random.Random)."""
import base64, json, re, string

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UP + DIG
HEX = '0123456789abcdef'
B64 = UP + LOW + DIG + '+/'
B64U = UP + LOW + DIG + '-_'

USED = set()


def uniq(fn):
    def w(*a, **k):
        for _ in range(1000):
            v = fn(*a, **k)
            if v not in USED:
                USED.add(v)
                return v
        raise RuntimeError('no unique value')
    return w


def rs(r, alpha, n):
    return ''.join(r.choice(alpha) for _ in range(n))


def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + '4' + h[13:16] + r.choice('89ab') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(',', ':')).encode()).decode().rstrip('=')


def jwt(r, payload):
    return b64url_json({'alg': 'HS256', 'typ': 'JWT'}) + '.' + b64url_json(payload) + '.' + rs(r, B64U, 43)


TOKEN_RE = re.compile(r'\{([a-zA-Z]+)(\d*)\}')


def shape(r, spec):
    """{h40} hex, {H12} upper hex, {a24} alnum, {l20} lower+digits, {U16} upper+digits,
    {d10} digits, {b43} base64url, {B40} base64, {u} uuid, {jwt} jwt, {L8} lower letters"""
    def sub(m):
        k, n = m.group(1), int(m.group(2) or 0)
        if k == 'h': return rs(r, HEX, n)
        if k == 'H': return rs(r, HEX.upper(), n)
        if k == 'a': return rs(r, ALNUM, n)
        if k == 'l': return rs(r, LOW + DIG, n)
        if k == 'L': return rs(r, LOW, n)
        if k == 'U': return rs(r, UP + DIG, n)
        if k == 'd': return r.choice('123456789') + rs(r, DIG, n - 1)
        if k == 'b': return rs(r, B64U, n)
        if k == 'B': return rs(r, B64, n)
        if k == 'u': return uuid4(r)
        if k == 'jwt': return jwt(r, {'sub': rs(r, DIG, 7), 'iat': 1700000000 + r.randrange(10**7), 'scope': 'api'})
        raise KeyError(k)
    return TOKEN_RE.sub(sub, spec)


WORDS = ['Mango', 'River', 'Tulip', 'Kettle', 'Harbor', 'Cactus', 'Pepper', 'Falcon', 'Garden', 'Lemon',
         'Saffron', 'Bamboo', 'Orchid', 'Tractor', 'Meadow', 'Bakery', 'Zebra', 'Coral', 'Violet', 'Walnut',
         'Pelican', 'Cobalt', 'Maple', 'Sunset', 'Canyon', 'Papaya', 'Ginger', 'Velvet', 'Pumpkin', 'Lantern']


def password(r):
    if r.random() < 0.5:
        w1, w2 = r.sample(WORDS, 2)
        sep = r.choice(['', '.', '-', '_'])
        p = w1 + sep + w2.lower() + str(r.randrange(10, 9999))
        if r.random() < 0.5:
            p = p[0].lower() + p[1:-1] + p[-1]
            p = p[:3] + p[3].upper() + p[4:]
    else:
        n = r.randrange(11, 19)
        while True:
            body = rs(r, ALNUM + '.-_', n - 2)
            p = r.choice(ALNUM) + body + r.choice(ALNUM)
            if '..' in p or '--' in p:
                continue
            break
    if not (any(c.islower() for c in p) and any(c.isupper() for c in p) and any(c.isdigit() for c in p)):
        p = 'Q' + p + 'z7'
    return p


def alnum_password(r, n=None):
    n = n or r.randrange(10, 15)
    while True:
        p = rs(r, ALNUM, n)
        if any(c.islower() for c in p) and any(c.isupper() for c in p) and any(c.isdigit() for c in p):
            return p


def ocr_noise(r, text, rate=0.12):
    table = {'l': '1', 'O': '0', 'i': 'í', 'o': '0', 'e': 'c', 'S': '5', 'rn': 'm'}
    out = []
    for ch in text:
        if ch in table and r.random() < rate:
            out.append(table[ch])
        else:
            out.append(ch)
    return ''.join(out)
