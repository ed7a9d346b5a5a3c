"""Shared helpers for corpus p163: value registry, alphabets, shapes."""
import base64, binascii, hashlib, json, random, string, uuid

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
HEX = '0123456789abcdef'
ALNUM = LOW + UP + DIG
B64 = UP + LOW + DIG + '+/'
B64U = UP + LOW + DIG + '-_'

WORDS = ['croissant', 'levain', 'proofer', 'sourdough', 'brioche', 'baguette', 'ciabatta', 'focaccia',
         'pretzel', 'ryeflour', 'crumb', 'laminator', 'divider', 'rounder', 'blastchiller', 'retarder',
         'deckoven', 'spiralmixer', 'poolish', 'banneton', 'scaling', 'haccp', 'probe', 'allergen',
         'glaze', 'fondant', 'pastry', 'muffin', 'bagel', 'danish', 'strudel', 'crumpet', 'flatbread',
         'proving', 'lotcode', 'recall', 'wholesale', 'traybake', 'enrober', 'depositor']


class Registry:
    """Every labelled value / plain passes through here; refuses substring relations."""
    def __init__(self):
        self.values = []
        self.set = set()

    def ok(self, v):
        if v in self.set:
            return False
        for o in self.values:
            if v in o or o in v:
                return False
        return True

    def add(self, v):
        self.values.append(v)
        self.set.add(v)
        return v

    def draw(self, fn):
        for _ in range(1000):
            v = fn()
            if self.ok(v):
                return self.add(v)
        raise RuntimeError('registry exhausted')


def rs(r, alpha, n):
    return ''.join(r.choice(alpha) for _ in range(n))


def password(r, seps='-_.'):
    w = r.choice(WORDS)
    if r.random() < 0.45:
        w = w.capitalize()
    return w + r.choice(seps) + rs(r, LOW + DIG, r.randint(3, 6)) + rs(r, DIG, 2)


def b64(r, n):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def b64u(r, n):
    return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode().rstrip('=')


def uuid4(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def b62(n, width):
    out = ''
    a = DIG + UP + LOW
    while n:
        n, m = divmod(n, 62)
        out = a[m] + out
    return out.rjust(width, '0')


def github_style(r, prefix):
    body = rs(r, ALNUM, 30)
    return prefix + body + b62(binascii.crc32(body.encode()) & 0xffffffff, 6)


def jwt(r, payload):
    h = base64.urlsafe_b64encode(json.dumps({'alg': 'HS256', 'typ': 'JWT'}, separators=(',', ':')).encode()).decode().rstrip('=')
    p = base64.urlsafe_b64encode(json.dumps(payload, separators=(',', ':')).encode()).decode().rstrip('=')
    return h + '.' + p + '.' + b64u(r, 32)


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def gs1_check(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        tot += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - tot % 10) % 10)


def sha256(r):
    return hashlib.sha256(rs(r, ALNUM, 20).encode()).hexdigest()


def md5(r):
    return hashlib.md5(rs(r, ALNUM, 20).encode()).hexdigest()


def key_style(words, style):
    if style == 'upper':
        return '_'.join(words).upper()
    if style == 'snake':
        return '_'.join(words)
    if style == 'camel':
        return words[0] + ''.join(w.capitalize() for w in words[1:])
    if style == 'pascal':
        return ''.join(w.capitalize() for w in words)
    if style == 'kebab':
        return '-'.join(words)
    if style == 'dot':
        return '.'.join(words)
    if style == 'spaced':
        return ' '.join(words)
    raise ValueError(style)


def rec(kind, container, text, value, stype, source):
    i = text.find(value)
    assert i >= 0, (container, value)
    return {'type': stype, 'container': container, 'text': text,
            'secrets': [{'value': value, 'start': i, 'end': i + len(value), 'type': stype}],
            'source': source}
