"""Shared value generators and the value registry (p160)."""
import base64, json, random, string, uuid, zlib
AL = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HX = '0123456789abcdef'
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
WORDS = ['coil', 'spiral', 'hopper', 'bezel', 'planogram', 'snackbay', 'sodarack', 'cooler', 'kiosk', 'micromart',
         'coinmech', 'validator', 'changer', 'telemeter', 'restock', 'pallet', 'picker', 'freezer', 'latch', 'cabinet',
         'honesty', 'glassfront', 'selection', 'nickel', 'quarter', 'billacceptor', 'vendtray', 'dropsensor', 'endcap',
         'facing', 'shrink', 'markdown', 'routecar', 'dolly', 'toteline', 'breakroom', 'pantry', 'dexport', 'ucslink',
         'keypad', 'fridgedoor', 'chiller', 'gondola', 'pricetag', 'scangun', 'wave', 'slotting', 'backstock']
class Reg:
    def __init__(self):
        self.vals = []
    def ok(self, v):
        return all(v not in o and o not in v for o in self.vals)
    def add(self, fn):
        for _ in range(500):
            v = fn()
            if self.ok(v):
                self.vals.append(v)
                return v
        raise RuntimeError('registry exhausted')
def s(r, n, a=AL): return ''.join(r.choice(a) for _ in range(n))
def hexs(r, n): return s(r, n, HX)
def b64(r, nbytes): return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()
def b64u(r, nbytes): return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode().rstrip('=')
def uid(r): return str(uuid.UUID(int=r.getrandbits(128), version=4))
def digits(r, n): return str(r.randint(1, 9)) + s(r, n - 1, string.digits)
def pw(r, seps='-_.'):
    w = r.choice(WORDS)
    if r.random() < 0.45: w = w.capitalize()
    return w + r.choice(seps) + s(r, r.randint(3, 6), string.ascii_lowercase + string.digits) + s(r, 2, string.digits)
def jwt(r, payload):
    h = base64.urlsafe_b64encode(json.dumps({'alg': 'HS256', 'typ': 'JWT'}, separators=(',', ':')).encode()).decode().rstrip('=')
    p = base64.urlsafe_b64encode(json.dumps(payload, separators=(',', ':')).encode()).decode().rstrip('=')
    return h + '.' + p + '.' + b64u(r, 32)
def b62(n, width):
    out = ''
    while n: n, d = divmod(n, 62); out = B62[d] + out
    return out.rjust(width, '0')
def crc_token(r, prefix, body):
    b = s(r, body)
    return prefix + b + b62(zlib.crc32(b.encode()) & 0xffffffff, 6)
def luhn_digit(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return str((10 - tot % 10) % 10)
def upc_check(d11):
    odd = sum(int(d11[i]) for i in range(0, 11, 2)); even = sum(int(d11[i]) for i in range(1, 11, 2))
    return str((10 - (odd * 3 + even) % 10) % 10)
def keyname(words, style):
    if style == 's': return '_'.join(words)
    if style == 'U': return '_'.join(words).upper()
    if style == 'c': return words[0] + ''.join(w.capitalize() for w in words[1:])
    if style == 'P': return ''.join(w.capitalize() for w in words)
    if style == 'k': return '-'.join(w.capitalize() for w in words)
    if style == 'w': return ' '.join(words)
    raise KeyError(style)
def fill(t, **kw):
    for k, v in kw.items():
        t = t.replace('«' + k + '»', v)
    return t
def place(text, value):
    i = text.index(value)
    return {'value': value, 'start': i, 'end': i + len(value)}
