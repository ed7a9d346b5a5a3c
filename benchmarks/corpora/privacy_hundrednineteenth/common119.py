"""Shared helpers for p119: random value shapes and the deny-list extraction."""
import re, random, string, base64, json, uuid, zlib

BRIEF = '/tmp/brief119'
LOW = string.ascii_lowercase; UP = string.ascii_uppercase; DIG = string.digits
HEX = '0123456789abcdef'; AN = LOW + UP + DIG; B62 = DIG + UP + LOW
SPACE_WORDS = ['apogee', 'perigee', 'downlink', 'uplink', 'transponder', 'gimbal', 'azimuth', 'ephemeris',
               'telemetry', 'payload', 'booster', 'fairing', 'radome', 'feedhorn', 'doppler', 'nadir',
               'zenith', 'solstice', 'orbiter', 'lander', 'kepler', 'gyroscope', 'starlight', 'beacon',
               'sunsync', 'groundtrack', 'redstone', 'albedo', 'meridian', 'equinox']


class Gen:
    def __init__(self, seed, used):
        self.r = random.Random(seed); self.used = used

    def s(self, alpha, n):
        return ''.join(self.r.choice(alpha) for _ in range(n))

    def uniq(self, f):
        for _ in range(1000):
            v = f()
            if v not in self.used and not any(v in u or u in v for u in ()):
                self.used.add(v); return v
        raise RuntimeError('no unique value')

    def pw(self):
        def f():
            w = self.r.choice(SPACE_WORDS)
            if self.r.random() < 0.45: w = w.capitalize()
            return w + self.r.choice('-_.') + self.s(LOW + DIG, self.r.randint(3, 6)) + self.s(DIG, 2)
        return self.uniq(f)

    def tok(self, prefix, n, alpha=AN, suffix=''):
        return self.uniq(lambda: prefix + self.s(alpha, n) + suffix)

    def uuid4(self):
        return self.uniq(lambda: str(uuid.UUID(int=self.r.getrandbits(128), version=4)))

    def jwt(self, claims):
        def b(o):
            return base64.urlsafe_b64encode(json.dumps(o, separators=(',', ':')).encode()).rstrip(b'=').decode()
        def f():
            c = dict(claims); c['jti'] = self.s(HEX, 16); c['iat'] = 1760000000 + self.r.randint(0, 9999999)
            return b({'alg': 'HS256', 'typ': 'JWT'}) + '.' + b(c) + '.' + self.s(AN + '-_', 43)
        return self.uniq(f)


def b62(n, width):
    out = ''
    while n: n, r = divmod(n, 62); out = B62[r] + out
    return out.rjust(width, '0')


def words_of(text):
    return set(w.lower() for w in re.findall(r'[A-Za-z]+', text))


def extract_denylist(texts):
    names, langs = set(), set()
    for t in texts:
        for b in re.findall(r'`([^`\n]+)`', t):
            b = b.strip().lower(); names.add(b); names.update(p for p in b.split('__') if p)
        for s in re.findall(r'\b[a-z0-9]+(?:_[a-z0-9]+)+\b', t.lower()):
            names.add(s); names.update(p for p in s.split('__') if p)
        for code, name in re.findall(r'`([a-z]{3})` \(([^)]+)\)', t):
            langs.add(code); langs.update(w.lower() for w in re.findall(r'[A-Za-z]+', name))
        for line in t.splitlines():
            if re.search(r'(Languages|Confidence|Scripts|Prose languages|right-to-left|script)', line):
                langs.update(w.lower() for w in re.findall(r'\b[A-Z][a-z]+\b', line))
    words = set()
    for t in texts: words |= words_of(t)
    tokens = set()
    for t in texts:
        for tk in t.split():
            n = re.sub(r'[^a-z0-9]', '', tk.lower())
            if n: tokens.add(n)
    return {'names': sorted(names), 'langs': sorted(langs), 'words': sorted(words), 'tokens': sorted(tokens)}


def tle_checksum(line68):
    return str(sum(int(c) if c.isdigit() else (1 if c == '-' else 0) for c in line68) % 10)


def luhn_digit(num):
    s = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return str((10 - s % 10) % 10)
