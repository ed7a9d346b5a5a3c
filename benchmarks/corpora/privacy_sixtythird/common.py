import base64, json, re, string
LOW = string.ascii_lowercase; UP = string.ascii_uppercase; DIG = string.digits
CS = {'h': DIG + 'abcdef', 'H': DIG + 'ABCDEF', 'a': LOW + UP + DIG, 'l': LOW + DIG, 'U': UP + DIG,
      'd': DIG, 'b': LOW + UP + DIG + '+/', 'u': LOW + UP + DIG + '-_', 'L': LOW}
WORDS = ['checkout', 'basket', 'coupon', 'storefront', 'invoice', 'shipping', 'catalog', 'voucher', 'promo',
         'landing', 'funnel', 'newsletter', 'banner', 'retainer', 'campaign', 'merchant', 'wishlist', 'giftbox']

def owner_pw(r):
    mid = ''.join(r.choice('abcdefghijkmnpqrstuvwxyz23456789') for _ in range(r.randint(4, 7)))
    return '%s%s%s%d' % (r.choice(WORDS), r.choice('-_.'), mid, r.randint(10, 99))

def rstr(r, cs, n):
    return ''.join(r.choice(cs) for _ in range(n))

def ruuid(r):
    h = rstr(r, CS['h'], 32)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], r.choice('89ab'), h[17:20], h[20:32])

def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')

def rjwt(r, payload=None, alg='HS256'):
    hdr = b64u(json.dumps({'alg': alg, 'typ': 'JWT'}, separators=(',', ':')).encode())
    if payload is None:
        payload = {'sub': rstr(r, CS['l'], 12), 'iat': 1700000000 + r.randint(0, 9999999), 'scope': 'write'}
    pl = b64u(json.dumps(payload, separators=(',', ':')).encode())
    return '%s.%s.%s' % (hdr, pl, rstr(r, CS['u'], 43 if alg == 'HS256' else 86))

def shape(r, spec):
    def rep(m):
        k, n = m.group(1), m.group(2)
        if k in CS: return rstr(r, CS[k], int(n))
        if k == 'uuid': return ruuid(r)
        if k == 'jwt': return rjwt(r)
        if k == 'b64': return base64.b64encode(bytes(r.randrange(256) for _ in range(int(n)))).decode()
        if k == 'pw': return owner_pw(r)
        raise ValueError(k)
    return re.sub(r'\{([a-zA-Z0-9]+)(?::(\d+))?\}', rep, spec)

class Pool:
    def __init__(self): self.vals = []
    def ok(self, v):
        for o in self.vals:
            if v == o: return False
            if len(v) >= 6 and len(o) >= 6 and (v in o or o in v): return False
        return True
    def fresh(self, fn):
        for _ in range(200):
            v = fn()
            if self.ok(v):
                self.vals.append(v); return v
        raise RuntimeError('pool exhausted')

def fill(tpl, **kw):
    for k, v in kw.items():
        tpl = tpl.replace('{' + k + '}', str(v))
    return tpl

def make(tpl, value, **kw):
    """tpl contains {V} exactly once; other slots filled from kw."""
    t = fill(tpl, **kw)
    assert t.count('{V}') == 1, tpl
    i = t.index('{V}')
    text = t[:i] + value + t[i + 3:]
    return text, i, i + len(value)

FIRST = ['Ana', 'Bram', 'Chloe', 'Dev', 'Elif', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kira', 'Luca', 'Maya', 'Nils', 'Omar', 'Priya', 'Rosa', 'Sami', 'Tess', 'Yara']
CLIENTS = ['Bloom Botanics', 'Harbor Coffee', 'Nordic Knits', 'Pixel Pets', 'Sunny Soaps', 'Urban Bikes', 'Velvet Tea', 'Oak & Ember', 'Kinfolk Candles', 'Tidal Surf']
def client(r):
    c = r.choice(CLIENTS); return c, re.sub(r'[^a-z]', '', c.lower()) + '.shop.example'
