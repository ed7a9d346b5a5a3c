"""Shared helpers: shape DSL, owner-chosen passwords, uniqueness pool, span building."""
import re, string, base64, json
HEX = '0123456789abcdef'
AN = string.ascii_letters + string.digits
LAN = string.ascii_lowercase + string.digits
UAN = string.ascii_uppercase + string.digits
B64 = string.ascii_letters + string.digits + '+/'
B64U = string.ascii_letters + string.digits + '-_'
WORDS = ['pallet', 'forklift', 'reefer', 'dockdoor', 'manifest', 'lading', 'tractor', 'trailer', 'crossdock',
         'waybill', 'depot', 'freight', 'hauler', 'cargo', 'convoy', 'yardjack', 'tarmac', 'bondedwh',
         'drayage', 'linehaul', 'consign', 'palletjack', 'stacker', 'tote', 'bayside', 'gantry']

class Pool:
    """Global uniqueness pool: no value reused, no value >= 6 chars a substring of another."""
    def __init__(self):
        self.vals = []
    def ok(self, v):
        for o in self.vals:
            if v == o or (len(v) >= 6 and v in o) or (len(o) >= 6 and o in v):
                return False
        return True
    def add(self, v):
        self.vals.append(v)

def rs(rng, alpha, n):
    return ''.join(rng.choice(alpha) for _ in range(n))

def jwt_like(rng, payload):
    h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').rstrip(b'=').decode()
    p = base64.urlsafe_b64encode(json.dumps(payload, separators=(',', ':')).encode()).rstrip(b'=').decode()
    return h + '.' + p + '.' + rs(rng, B64U, 43)

def shape(rng, spec):
    """Expand a spec like 'shpat_{hex32}' / '{an40}' / '{uuid}' / '{pw}' / '{b64:40}' (bytes->base64)."""
    def rep(m):
        k = m.group(1)
        if k == 'uuid':
            h = rs(rng, HEX, 32)
            return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], rng.choice('89ab'), h[17:20], h[20:32])
        if k == 'UUID':
            return rep(type('M', (), {'group': lambda s, i: 'uuid'})()).upper()
        if k == 'pw':
            return owner_pw(rng)
        if k.startswith('b64:'):
            return base64.b64encode(bytes(rng.randrange(256) for _ in range(int(k[4:])))).decode()
        if k.startswith('jwt'):
            return jwt_like(rng, {'sub': rs(rng, LAN, 10), 'iat': 1700000000 + rng.randrange(10 ** 7)})
        m2 = re.match(r'(hex|HEX|an|lan|uan|UAN|dig|b64u|b64|up|lo)(\d+)$', k)
        alpha = {'hex': HEX, 'HEX': HEX.upper(), 'an': AN, 'lan': LAN, 'uan': UAN, 'UAN': UAN, 'dig': string.digits,
                 'b64u': B64U, 'b64': B64, 'up': string.ascii_uppercase, 'lo': string.ascii_lowercase}[m2.group(1)]
        return rs(rng, alpha, int(m2.group(2)))
    return re.sub(r'\{([A-Za-z0-9:]+)\}', rep, spec)

def owner_pw(rng):
    return rng.choice(WORDS) + rng.choice('-_.') + rs(rng, LAN, rng.randint(4, 7)) + rs(rng, string.digits, 2)

def fresh(rng, pool, fn):
    for _ in range(1000):
        v = fn()
        if pool.ok(v):
            pool.add(v)
            return v
    raise RuntimeError('could not draw a unique value')

SLOT = '\ue000'

def place(template, value, **kw):
    """template uses {v} once for the secret; other {names} from kw. Returns text, start, end."""
    t = template.replace('{v}', SLOT)
    t = t.format(**kw) if kw else t.replace('{{', '{').replace('}}', '}')
    i = t.index(SLOT)
    assert t.count(SLOT) == 1
    text = t.replace(SLOT, value)
    return text, i, i + len(value)

def rec(rid, typ, container, text, s, e, source):
    return {'id': rid, 'type': typ, 'container': container, 'text': text,
            'secrets': [{'value': text[s:e], 'start': s, 'end': e, 'type': typ}], 'source': source}

HOSTS = ['edi.northgate-freight.example', 'wms01.dc-rotterdam.example', 'tms.bluewater-logistics.example',
         'sftp.partner-van.example', 'fleet.haulwise.example', 'api.cargolink.example', 'yard.port-east.example']
USERS = ['dispatch01', 'edi_ops', 'wms_svc', 'jkowalski', 'mfernandez', 'scanner_admin', 'tms_batch', 'ahmed.r']

def filler(rng):
    return {'host': rng.choice(HOSTS), 'user': rng.choice(USERS), 'n': str(rng.randint(1000, 99999)),
            'dc': rng.choice(['DC-07', 'RTM-2', 'ATL-X', 'DXB-1', 'MEM-4']), 'door': str(rng.randint(1, 60))}
