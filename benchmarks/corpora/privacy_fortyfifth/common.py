"""Shared helpers: alphabets, random values, span assembly, uniqueness pool."""
import re, string, json

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
HEX = '0123456789abcdef'
HEXU = HEX.upper()
ALNUM = LOWER + UPPER + DIG
B64 = ALNUM + '+/'
B64URL = ALNUM + '-_'
PW_SYMS = '.-_!+=*~'

MARK = re.compile('«(\\d+)»')


class Pool:
    """Global uniqueness pool for every labelled value and evasion plain."""
    def __init__(self):
        self.seen = set()

    def take(self, fn):
        for _ in range(1000):
            v = fn()
            if v not in self.seen:
                self.seen.add(v)
                return v
        raise RuntimeError('pool exhausted')


def rs(rng, alphabet, n):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def uuid4(rng, upper=False):
    h = rs(rng, HEX, 32)
    h = h[:12] + '4' + h[13:16] + rng.choice('89ab') + h[17:]
    s = '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


SYL = ['ka', 'ro', 'vin', 'tel', 'mux', 'sip', 'lan', 'dor', 'fex', 'pal', 'quo', 'zen', 'bri', 'cor',
       'nex', 'tor', 'gal', 'lum', 'rav', 'sta', 'hex', 'ond', 'pyl', 'wex', 'jar', 'kel', 'mor', 'tiv']


def password(rng, lo=12, hi=18, syms=PW_SYMS):
    """Human-ish password: capitalised syllables, digits, one or two symbols, random fill."""
    n = rng.randint(lo, hi)
    parts = [rng.choice(SYL).capitalize(), rng.choice(SYL), rs(rng, DIG, rng.randint(2, 4)),
             rng.choice(syms), rng.choice(SYL).capitalize()]
    s = ''.join(parts)
    while len(s) < n:
        s += rng.choice(ALNUM + syms)
    s = s[:n]
    if not any(c.isdigit() for c in s):
        s = s[:-1] + rng.choice(DIG)
    return s


def jwt_like(rng, header, payload):
    import base64
    enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(',', ':')).encode()).decode().rstrip('=')
    return enc(header) + '.' + enc(payload) + '.' + rs(rng, B64URL, 43)


def assemble(tpl, vals):
    """tpl holds «i» markers; vals[i] = (value, type). Returns text, spans."""
    out, spans, pos, cur = [], [], 0, 0
    for m in MARK.finditer(tpl):
        chunk = tpl[pos:m.start()]
        out.append(chunk)
        cur += len(chunk)
        v, t = vals[int(m.group(1))]
        spans.append({'value': v, 'start': cur, 'end': cur + len(v), 'type': t})
        out.append(v)
        cur += len(v)
        pos = m.end()
    out.append(tpl[pos:])
    return ''.join(out), spans


def human(type_name):
    return type_name.replace('_', ' ')


def env_name(type_name):
    return type_name.upper()


FIRST = ['Aiko', 'Bram', 'Chiara', 'Dmitri', 'Esra', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kalani', 'Lior',
         'Mateo', 'Nadia', 'Oskar', 'Priya', 'Quinn', 'Rafael', 'Sanna', 'Tariq', 'Uma', 'Viktor', 'Wen', 'Yara', 'Zeno']
SITES = ['fra2', 'ams1', 'sin3', 'iad4', 'lhr2', 'nrt1', 'gru2', 'jnb1', 'syd3', 'waw1', 'mad2', 'ord5']


def person(rng):
    return rng.choice(FIRST)


def site(rng):
    return rng.choice(SITES)


def ip(rng):
    return '10.%d.%d.%d' % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def ticket(rng, prefix='CHG'):
    return '%s%07d' % (prefix, rng.randint(1000000, 9999999))


def host(rng, role='core'):
    return '%s-%s-%02d.noc.example' % (role, site(rng), rng.randint(1, 40))
