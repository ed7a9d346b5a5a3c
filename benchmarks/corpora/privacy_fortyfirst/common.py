"""Shared helpers: deterministic value generators, uniqueness pool, span records."""
import random, string, re, json, base64, uuid

UP = string.ascii_uppercase
LOW = string.ascii_lowercase
DIG = string.digits
B62 = UP + LOW + DIG
A65 = UP + LOW + DIG + '._-'          # evasion / password alphabet
HEXL = '0123456789abcdef'
B64 = B62 + '+/'
B64U = B62 + '-_'


class Pool:
    """One shared uniqueness pool for every labelled value / plain in the corpus."""
    def __init__(self):
        self.seen = set()

    def take(self, fn, ok=None):
        for _ in range(1000):
            v = fn()
            if v in self.seen or (ok and not ok(v)):
                continue
            self.seen.add(v)
            return v
        raise RuntimeError('pool exhausted')


def rs(r, alpha, n):
    return ''.join(r.choice(alpha) for _ in range(n))


def b64u_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(',', ':')).encode()).decode().rstrip('=')


def spec(r, s):
    """Expand a small shape spec: {hex:N} {HEX:N} {b62:N} {low:N} {up:N} {dig:N} {ld:N} {ud:N}
    {b64:N} {b64u:N} {uuid} {jwt} and literal text."""
    def one(m):
        kind, _, n = m.group(1).partition(':')
        n = int(n) if n else 0
        if kind == 'hex': return rs(r, HEXL, n)
        if kind == 'HEX': return rs(r, HEXL.upper(), n)
        if kind == 'b62': return rs(r, B62, n)
        if kind == 'low': return rs(r, LOW, n)
        if kind == 'up': return rs(r, UP, n)
        if kind == 'dig': return rs(r, '123456789', 1) + rs(r, DIG, n - 1)
        if kind == 'ld': return rs(r, LOW + DIG, n)
        if kind == 'ud': return rs(r, UP + DIG, n)
        if kind == 'b64': return rs(r, B64, n)
        if kind == 'b64u': return rs(r, B64U, n)
        if kind == 'uuid': return str(uuid.UUID(int=r.getrandbits(128), version=4))
        if kind == 'jwt':
            h = b64u_json({'alg': 'HS256', 'typ': 'JWT'})
            p = b64u_json({'sub': rs(r, LOW + DIG, 10), 'iat': 1700000000 + r.randrange(10**7),
                           'scope': r.choice(['api', 'read write', 'submit'])})
            return h + '.' + p + '.' + rs(r, B64U, 43)
        raise ValueError(kind)
    return re.sub(r'\{([A-Za-z0-9]+(?::\d+)?)\}', one, s)


def password(r, n=None):
    n = n or r.randint(12, 20)
    while True:
        p = rs(r, B62, n - 2) + r.choice('._-') + rs(r, DIG, 1)
        p = ''.join(r.sample(p, len(p)))
        if p[0] in B62 and p[-1] in B62 and any(c in LOW for c in p) and any(c in UP for c in p):
            return p


def place(parts):
    """parts: list of str or (value, type). Returns text and spans in order."""
    text, spans = '', []
    for p in parts:
        if isinstance(p, tuple):
            v, t = p
            spans.append({'value': v, 'start': len(text), 'end': len(text) + len(v), 'type': t})
            text += v
        else:
            text += p
    return text, spans


def fill(template, values):
    """Split a template at {V} markers; other {name} keys filled from values dict.
    Marker {V} receives the labelled tuple values[‘V’] (a list consumed in order)."""
    out = []
    labelled = list(values.pop('V'))
    pieces = re.split(r'(\{V\})', template)
    for piece in pieces:
        if piece == '{V}':
            out.append(labelled.pop(0))
        else:
            out.append(piece.format(**values) if '{' in piece else piece)
    return place(out)

NAMES = ['Aiko Tanaka', 'Lars Eriksen', 'Priya Raman', 'Tomás Ortega', 'Amara Okafor', 'Mei Lin', 'Jonas Weber',
         'Fatima Zahra', 'Oliver Hughes', 'Sione Taufa', 'Ingrid Solberg', 'Rahul Menon', 'Chloé Martin',
         'Kwame Mensah', 'Hana Novak', 'Diego Alvarez', 'Leila Haddad', 'Björn Nilsson', 'Nomvula Dube', 'Yuki Sato']
USERS = ['atanaka', 'leriksen', 'praman', 'tortega', 'aokafor', 'mlin', 'jweber', 'fzahra', 'ohughes', 'staufa',
         'isolberg', 'rmenon', 'cmartin', 'kmensah', 'hnovak', 'dalvarez', 'lhaddad', 'bnilsson', 'ndube', 'ysato']
HOSTS = ['login1.hpc.uni.example', 'db.genomics-core.example', 'lims.biolab.example', 'jhub.physics.example',
         'mail.chem.uni.example', 'data.obs-station.example', 'gpu07.cluster.example', 'nas.neurolab.example',
         'pg.ecology.example', 'cryoem-store.example']
PROJECTS = ['coral-rnaseq', 'exoplanet-lc', 'soil-microbiome', 'cryo-em-2024', 'glacier-dem', 'mouse-cortex',
            'covid-wastewater', 'battery-dft', 'linguistics-corpus', 'protein-md', 'ocean-argo', 'dune-sim']


def filler(r):
    i = r.randrange(len(NAMES))
    return {'name': NAMES[i], 'user': USERS[i], 'name2': NAMES[(i + 7) % len(NAMES)],
            'host': r.choice(HOSTS), 'proj': r.choice(PROJECTS), 'num': str(r.randint(100000, 999999)),
            'part': r.choice(['gpu', 'bigmem', 'standard', 'short', 'long']),
            'date': '2024-%02d-%02d' % (r.randint(1, 12), r.randint(1, 28)),
            'time': '%02d:%02d' % (r.randint(7, 22), r.randint(0, 59))}
