"""Shared helpers for the p210 corpus: deny-list extraction, registry, random shapes, JWTs, key styles."""
import base64, hashlib, hmac, json, os, re, zlib

BRIEF_DIR = '/tmp/brief210'
BRIEF_FILES = ['README_twohundredseventh.md', 'README_twohundredeighth.md']

# ---------------------------------------------------------------- deny-list
def extract_denylist(d=BRIEF_DIR):
    names, syn, codes, lnames = set(), set(), set(), set()
    for f in BRIEF_FILES:
        t = open(os.path.join(d, f), encoding='utf-8').read()
        for m in re.findall(r'`([^`\n]+)`', t):
            m = m.lower().strip()
            names.add(m)
            for p in m.split('__'):
                if p:
                    names.add(p)
        for m in re.findall(r'[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+', t):
            m = m.lower()
            names.add(m)
            for p in m.split('__'):
                if p:
                    names.add(p)
        for m in re.findall(r'\b[a-z]+pw_([a-z0-9_]+)', t):
            syn.add(m)
        for c, n in re.findall(r'`([a-z]{2,4})` \(([^)]+)\)', t):
            codes.add(c)
            lnames.add(n.lower())
            for w in n.lower().split():
                lnames.add(w)
    return {'source': d, 'files': BRIEF_FILES, 'names': sorted(names), 'syntaxes': sorted(syn),
            'language_codes': sorted(codes), 'language_names': sorted(lnames)}

def deny_hits(name, deny):
    """Return the parts of name (whole, and each __ part) found in the deny-list names."""
    names = deny['_nameset']
    n = name.lower()
    hits = []
    for p in [n] + n.split('__'):
        if p and p in names:
            hits.append(p)
    return hits

def prepare_deny(deny):
    deny = dict(deny)
    deny['_nameset'] = set(deny['names'])
    deny['_synset'] = set(deny['syntaxes'])
    deny['_codeset'] = set(deny['language_codes'])
    deny['_lnameset'] = set(deny['language_names'])
    return deny

# ---------------------------------------------------------------- registry
class Registry:
    """Refuses repeats and any string in a substring relation (6+ chars) with an earlier one."""
    def __init__(self):
        self.items = []
        self.set = set()
    def ok(self, v):
        if v in self.set:
            return False
        if len(v) >= 6:
            for o in self.items:
                if len(o) >= 6 and (v in o or o in v):
                    return False
        return True
    def add(self, v):
        if not self.ok(v):
            return False
        self.items.append(v)
        self.set.add(v)
        return True
    def draw(self, fn, tries=200):
        for _ in range(tries):
            v = fn()
            if self.add(v):
                return v
        raise RuntimeError('registry could not draw a fresh value')

# ---------------------------------------------------------------- alphabets
DIG = '0123456789'
LOW = 'abcdefghijklmnopqrstuvwxyz'
UPP = LOW.upper()
HEXL = DIG + 'abcdef'
HEXU = DIG + 'ABCDEF'
B62 = DIG + UPP + LOW
ALNUM_L = DIG + LOW
ALNUM_U = DIG + UPP
B64URL = UPP + LOW + DIG + '-_'
B64STD = UPP + LOW + DIG + '+/'
B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
B32L = 'abcdefghijklmnopqrstuvwxyz234567'

def rs(rng, alphabet, n):
    return ''.join(rng.choice(alphabet) for _ in range(n))

def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))

def uuid4(rng):
    b = bytearray(rbytes(rng, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

UUID_RE = re.compile(r'(?<![0-9a-fA-F])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![0-9a-fA-F])')
def uuid_is_v4(u):
    return u[14] == '4' and u[19].lower() in '89ab'

def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')

def b64u_dec(s):
    return base64.urlsafe_b64decode(s + '=' * (-len(s) % 4))

def jwt_hs(rng, alg, payload):
    header = {'alg': alg, 'typ': 'JWT'}
    h = b64u(json.dumps(header, separators=(',', ':')).encode())
    p = b64u(json.dumps(payload, separators=(',', ':')).encode())
    key = rbytes(rng, 48)  # discarded
    dig = {'HS256': hashlib.sha256, 'HS384': hashlib.sha384, 'HS512': hashlib.sha512}[alg]
    sig = hmac.new(key, (h + '.' + p).encode(), dig).digest()
    return h + '.' + p + '.' + b64u(sig)

def jwt_rs_shape(rng, alg, payload, sigbytes=256):
    header = {'alg': alg, 'typ': 'JWT'}
    h = b64u(json.dumps(header, separators=(',', ':')).encode())
    p = b64u(json.dumps(payload, separators=(',', ':')).encode())
    return h + '.' + p + '.' + b64u(rbytes(rng, sigbytes))

JWT_RE = re.compile(r'eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+')
SIGLEN = {'HS256': 32, 'HS384': 48, 'HS512': 64, 'RS256': 256, 'ES256': 64}
def jwt_ok(tok):
    try:
        h, p, s = tok.split('.')
        hd = json.loads(b64u_dec(h))
        json.loads(b64u_dec(p))
        return len(b64u_dec(s)) == SIGLEN.get(hd.get('alg'), -1)
    except Exception:
        return False

def crc32_hex(s):
    return '%08x' % (zlib.crc32(s.encode()) & 0xffffffff)

def luhn_digit(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)

def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]

def iso7064_mod11_2(body):
    """ISO 7064 MOD 11-2 check character (0-9 or X), as used by ORCID."""
    t = 0
    for ch in body:
        t = (t + int(ch)) * 2
    r = (12 - t % 11) % 11
    return 'X' if r == 10 else str(r)

# ---------------------------------------------------------------- passwords
WORLD_WORDS = [
    'burner', 'envelope', 'basket', 'crown', 'skirt', 'parachute', 'deflation', 'propane', 'pilotlight',
    'tether', 'uplift', 'thermal', 'ridge', 'soaring', 'paraglider', 'harness', 'carabiner', 'riser',
    'brakeline', 'toggle', 'slider', 'pilotchute', 'bridle', 'reserve', 'canopy', 'container', 'altimeter',
    'dropzone', 'freefall', 'tandem', 'wingsuit', 'swoop', 'flare', 'landing', 'windsock', 'anemometer',
    'crosswind', 'headwind', 'tailwind', 'gust', 'inversion', 'cumulus', 'stratus', 'updraft', 'sink',
    'glide', 'launch', 'winch', 'tow', 'retrieve', 'chaseteam', 'crewvan', 'manifest', 'loadmaster',
    'jumpmaster', 'exitpoint', 'spotting', 'hopnpop', 'hangar', 'airfield', 'runway', 'balloonist',
    'aeronaut', 'skydiver', 'vario', 'speedbar', 'trimmer', 'cravat', 'collapse', 'spiral', 'stall',
    'spin', 'flatturn', 'wingover', 'topland', 'cloudbase', 'xcflight', 'waypoint', 'turnpoint',
    'goal', 'tailgate', 'burnerframe', 'fueltank', 'cylinder', 'gondola', 'ripcord', 'cutaway',
    'closingloop', 'dbag', 'brakeset', 'packjob', 'rigger', 'loft', 'repack', 'cypres', 'vigil',
    'airspeed', 'groundspeed', 'qnh', 'metar', 'taf', 'sunrise', 'dawnpatrol', 'hotair', 'inflator',
    'fan', 'quickrelease', 'crownline', 'parachutevent', 'velcro', 'blastvalve', 'whisper', 'pilotburner',
    'liftoff', 'touchdown', 'skyhook', 'tracking', 'formation', 'belly', 'freefly', 'headdown', 'sitfly',
]
JOINERS_EVERYDAY = '-_.+!~'
JOINERS_STRICT = '-_.'

def owner_password(rng, strict=False):
    w = rng.choice(WORLD_WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    j = rng.choice(JOINERS_STRICT if strict else JOINERS_EVERYDAY)
    mid = rs(rng, ALNUM_L, rng.randint(3, 5))
    return w + j + mid + rs(rng, DIG, 2)

PW_RE = re.compile(r'^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$')
PW_STRICT_RE = re.compile(r'^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$')

# ---------------------------------------------------------------- key styles
def keyname(words, style):
    w = [x.lower() for x in words]
    if style == 'upper':
        return '_'.join(w).upper()
    if style == 'snake':
        return '_'.join(w)
    if style == 'camel':
        return w[0] + ''.join(x.capitalize() for x in w[1:])
    if style == 'pascal':
        return ''.join(x.capitalize() for x in w)
    if style == 'kebab':
        return '-'.join(w)
    if style == 'dot':
        return '.'.join(w)
    if style == 'spaced':
        return ' '.join(w)
    if style == 'title':
        return ' '.join(x.capitalize() for x in w)
    raise ValueError(style)

# ---------------------------------------------------------------- records
MARK = '\u2063V\u2063'

def place(tpl, value):
    """tpl holds MARK exactly once; returns (text, start, end)."""
    assert tpl.count(MARK) == 1, tpl
    start = tpl.index(MARK)
    text = tpl.replace(MARK, value)
    return text, start, start + len(value)

def rec(rid, typ, container, tpl, value, source, extra_span=None):
    text, s, e = place(tpl, value)
    span = {'value': value, 'start': s, 'end': e, 'type': typ}
    if extra_span:
        span.update(extra_span)
    return {'id': rid, 'type': typ, 'container': container, 'text': text, 'secrets': [span], 'source': source}

HOSTS = ['skyward-balloons.lan', 'dropzone-north.lan', 'ridgelift-paragliding.lan', 'thermalhunters.lan',
         'dawnpatrol-flights.lan', 'canopyloft.lan', 'freefall-manifest.lan', 'windsock-ops.lan',
         'ops.example', 'manifest.example', 'booking.example']
USERS = ['ops', 'manifest', 'pilot', 'crewchief', 'rigger', 'jumpmaster', 'frontdesk', 'chief_pilot',
         'loft_admin', 'retrieve', 'booking', 'deploy', 'svc_manifest', 'weather', 'instructor', 'admin']
