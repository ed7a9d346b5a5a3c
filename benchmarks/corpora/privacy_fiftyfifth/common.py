"""Shared helpers: value shapes, span marker, record assembly."""
import base64, json, re, string
MARK = '\ue000'
LOW = string.ascii_lowercase; UP = string.ascii_uppercase; DIG = string.digits
ALNUM = LOW + UP + DIG
HEXL = '0123456789abcdef'
ALPH = {'a': ALNUM, 'h': HEXL, 'H': HEXL.upper(), 'd': DIG, 'U': UP + DIG, 'l': LOW + DIG,
        'x': ALNUM + '_-', 's': ALNUM + '+/', 'q': 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'.upper()}
WORDS = ['maple', 'river', 'lantern', 'otter', 'cobalt', 'meadow', 'pepper', 'harbor', 'falcon', 'willow',
         'ember', 'quartz', 'tulip', 'badger', 'comet', 'juniper', 'saffron', 'walnut', 'heron', 'basil',
         'cedar', 'puffin', 'marble', 'violet', 'thistle', 'orchid', 'canyon', 'biscuit', 'pebble', 'acorn',
         'library', 'garden', 'school', 'bicycle', 'teapot', 'rocket', 'pumpkin', 'sparrow', 'kettle', 'mango']

def tok(r, alpha, n):
    return ''.join(r.choice(alpha) for _ in range(n))

def uuid(r, upper=False):
    h = tok(r, HEXL, 32)
    u = '-'.join((h[:8], h[8:12], '4' + h[13:16], r.choice('89ab') + h[17:20], h[20:]))
    return u.upper() if upper else u

def spec(r, s):
    def rep(m):
        k = m.group(1)
        if k == 'uuid':
            return uuid(r)
        if k == 'UUID':
            return uuid(r, True)
        return tok(r, ALPH[k[0]], int(k[1:]))
    return re.sub(r'\{(uuid|UUID|[ahHdUlxsq]\d+)\}', rep, s)

def human_pw(r, sym='!.*-+'):
    w = r.choice(WORDS); w2 = r.choice(WORDS)
    return w.capitalize() + r.choice(['', w2.capitalize(), w2]) + tok(r, DIG, r.randint(3, 4)) + r.choice(sym)

def safe_pw(r):
    """Positional-password shape: literal in URLs, shells, colon files (no @#%?&$ quotes , : ; / | space)."""
    k = r.randint(0, 2)
    if k == 0:
        return r.choice(WORDS).capitalize() + tok(r, DIG, 3) + r.choice('._-!') + tok(r, ALNUM, 5)
    if k == 1:
        return tok(r, ALNUM, r.randint(12, 18))
    return '-'.join(r.choice(WORDS) for _ in range(3)) + tok(r, DIG, 2)

def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(',', ':')).encode()).decode().rstrip('=')

def place(template, values):
    """template contains MARK once per value (in order); returns text and spans."""
    parts = template.split(MARK)
    assert len(parts) == len(values) + 1, (template, values)
    out = parts[0]; spans = []
    for v, p in zip(values, parts[1:]):
        s = len(out); out += v; spans.append((s, len(out), v)); out += p
    return out, spans

NAMES = ['Amina', 'Jonas', 'Priya', 'Mateo', 'Olga', 'Kwame', 'Sofia', 'Tariq', 'Mei', 'Lukas', 'Fatou',
         'Ines', 'Ravi', 'Hana', 'Diego', 'Nora', 'Yusuf', 'Greta', 'Tomasz', 'Leila']
HOSTS = ['lib.example.org', 'schools.example.net', 'city.example.gov', 'ngo.example.org', 'district.example.edu',
         'county.example.gov', 'museum.example.org', 'campus.example.edu']

def fill(r):
    return {'N': r.choice(NAMES), 'N2': r.choice(NAMES), 'H': r.choice(HOSTS), 'n': str(r.randint(1000, 98999)),
            'r': str(r.randint(1, 42)), 'D': '2025-%02d-%02d' % (r.randint(1, 12), r.randint(1, 28)),
            'T': '%02d:%02d' % (r.randint(7, 19), r.randint(0, 59)), 'V': MARK}
