"""Shared helpers for p140: value generators, record assembly, deny-list."""
import json, os, re, random, string, uuid, base64, hashlib, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
AL = string.ascii_letters + string.digits
HEXL = '0123456789abcdef'
WORDS = ['sheave', 'hoistway', 'governor', 'counterweight', 'landing', 'traction', 'handrail',
         'damper', 'chiller', 'boiler', 'plenum', 'setpoint', 'vestibule', 'pitladder', 'interlock',
         'escutcheon', 'comb', 'skirtpanel', 'buffer', 'overspeed', 'carsling', 'crosshead',
         'levelling', 'doorzone', 'hallcall', 'firefighter', 'economizer', 'condenser', 'blowdown',
         'burner', 'manifold', 'riser', 'flowswitch', 'trendlog', 'lobby', 'penthouse', 'sump',
         'stepchain', 'newel', 'balustrade', 'brakepad', 'encoder', 'inverter', 'damperlink']
SEPS = '-_.~'


def extract_denylist(paths):
    names = set()
    for f in paths:
        t = open(f, encoding='utf-8').read()
        for m in re.findall(r'`([^`]+)`', t):
            names.add(m.strip().lower())
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            names.add(m.lower())
        for m in re.findall(r'\b([a-z]{3})`? \(([A-Z][^)]+)\)', t):
            names.add(m[0]); names.add(m[1].lower())
    ex = set()
    for n in names:
        for p in n.split('__'):
            ex.add(p)
    return sorted(names | ex)


def extract_words(paths):
    w = set()
    for f in paths:
        w |= set(re.findall(r'[a-z0-9]+', open(f, encoding='utf-8').read().lower()))
    return sorted(w)


def load_words():
    frozen = json.load(open(os.path.join(HERE, 'brief_words.json')))
    bd = '/tmp/brief140'
    if os.path.isdir(bd):
        fresh = extract_words([os.path.join(bd, f) for f in sorted(os.listdir(bd)) if f.endswith('.md')])
        if fresh != frozen:
            raise SystemExit('README word list differs from frozen copy')
    return set(frozen)


def load_deny():
    frozen = json.load(open(os.path.join(HERE, 'brief_names.json')))
    bd = '/tmp/brief140'
    if os.path.isdir(bd):
        fresh = extract_denylist([os.path.join(bd, f) for f in sorted(os.listdir(bd)) if f.endswith('.md')])
        if fresh != frozen:
            raise SystemExit('deny-list differs from frozen copy')
    return set(frozen)


class Gen:
    def __init__(self, seed, used):
        self.r = random.Random(seed)
        self.used = used

    def uniq(self, f):
        for _ in range(1000):
            v = f()
            if v not in self.used and not any(v in u or u in v for u in self.used if len(u) > 5 and len(v) > 5):
                self.used.add(v)
                return v
        raise RuntimeError('no unique value')

    def s(self, n, alpha=AL):
        return ''.join(self.r.choice(alpha) for _ in range(n))

    def hx(self, n, upper=False):
        v = self.s(n, HEXL)
        return v.upper() if upper else v

    def uuid4(self):
        return str(uuid.UUID(bytes=bytes(self.r.getrandbits(8) for _ in range(16)), version=4))

    def b64(self, nbytes, url=False, pad=True):
        b = bytes(self.r.getrandbits(8) for _ in range(nbytes))
        v = base64.urlsafe_b64encode(b).decode() if url else base64.b64encode(b).decode()
        return v if pad else v.rstrip('=')

    def pw(self, seps=SEPS):
        r = self.r
        w = r.choice(WORDS)
        if r.random() < 0.45:
            w = w.capitalize()
        mid = ''.join(r.choice(string.ascii_lowercase + string.digits) for _ in range(r.randint(3, 6)))
        return w + r.choice(seps) + mid + '%02d' % r.randint(0, 99)

    def jwt(self, claims):
        enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(',', ':')).encode()).decode().rstrip('=')
        return enc({'alg': 'HS256', 'typ': 'JWT'}) + '.' + enc(claims) + '.' + self.b64(32, url=True, pad=False)

    def crc_b62(self, body, width=6):
        n = zlib.crc32(body.encode()) & 0xffffffff
        out = ''
        while n:
            n, d = divmod(n, 62)
            out = B62[d] + out
        return out.rjust(width, '0')


def rec(rid, typ, container, tmpl, value, source):
    assert tmpl.count('{V}') == 1, tmpl
    i = tmpl.index('{V}')
    text = tmpl.replace('{V}', value)
    return {'id': rid, 'type': typ, 'container': container, 'text': text,
            'secrets': [{'value': value, 'start': i, 'end': i + len(value), 'type': typ}], 'source': source}
