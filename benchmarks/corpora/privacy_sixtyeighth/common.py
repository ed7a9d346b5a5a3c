"""Shared helpers: value shapes and the uniqueness pool."""
import base64, json, string
LOW = string.ascii_lowercase; UP = string.ascii_uppercase; DIG = string.digits
ALN = LOW + UP + DIG; LD = LOW + DIG; HEXL = '0123456789abcdef'; HEXU = HEXL.upper()
B64U = ALN + '-_'; B64 = ALN + '+/'
WORDS = ['lobby', 'concierge', 'suite', 'minibar', 'checkin', 'boarding', 'terrace', 'tapas',
         'bellhop', 'housekeep', 'rooftop', 'lagoon', 'cabana', 'gangway', 'turnstile', 'wristband',
         'folio', 'banquet', 'atrium', 'veranda', 'marina', 'chalet', 'sommelier', 'galley']

class Pool:
    """Global uniqueness pool: no value reused, no value >= 6 chars inside another."""
    def __init__(self):
        self.vals = []
    def ok(self, v):
        for o in self.vals:
            if v == o: return False
            if len(v) >= 6 and v in o: return False
            if len(o) >= 6 and o in v: return False
        return True
    def take(self, fn):
        for _ in range(200):
            v = fn()
            if self.ok(v):
                self.vals.append(v); return v
        raise RuntimeError('pool exhausted')

def s(r, alpha, n): return ''.join(r.choice(alpha) for _ in range(n))
def hx(r, n): return s(r, HEXL, n)
def HX(r, n): return s(r, HEXU, n)
def an(r, n): return s(r, ALN, n)
def ld(r, n): return s(r, LD, n)
def bu(r, n): return s(r, B64U, n)
def b64(r, nbytes):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode()
def uuid(r, upper=False):
    h = hx(r, 32); h = h[:12] + '4' + h[13:16] + r.choice('89ab') + h[17:]
    u = '-'.join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])
    return u.upper() if upper else u
def pw(r):
    return r.choice(WORDS) + r.choice('-_.') + ld(r, r.randint(4, 7)) + s(r, DIG, 2)
def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(',', ':')).encode()).decode().rstrip('=')
def jwt(r, payload):
    return b64url_json({'alg': 'HS256', 'typ': 'JWT'}) + '.' + b64url_json(payload) + '.' + bu(r, 43)
def snake_upper(k): return k.upper()
def camel(k):
    p = k.split('_'); return p[0] + ''.join(x.title() for x in p[1:])

def span(text, value, typ):
    i = text.index(value)
    return {'value': value, 'start': i, 'end': i + len(value), 'type': typ}

def fill(tpl, v, **kw):
    """Fill a template; the value goes in through a private-use marker so that braces in values are safe."""
    t = tpl.format(v='\ue000', **kw)
    assert t.count('\ue000') == 1, tpl
    return t.replace('\ue000', v)
