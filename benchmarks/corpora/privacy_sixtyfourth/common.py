import random, string, base64, json, uuid as _uuid
SLOT = '\ue000'
LOW = string.ascii_lowercase; UP = string.ascii_uppercase; DIG = string.digits
ALNUM = LOW + UP + DIG
HEXL = '0123456789abcdef'
B64 = ALNUM + '+/'
B64U = ALNUM + '-_'
HOME_WORDS = ['plex', 'jelly', 'nas', 'proxmox', 'zigbee', 'mqtt', 'pihole', 'traefik', 'caddy', 'restic', 'borg',
              'unraid', 'truenas', 'homelab', 'esphome', 'nodered', 'frigate', 'sonarr', 'radarr', 'immich',
              'paperless', 'vault', 'tailnet', 'wg', 'rackpi', 'minipc', 'garage', 'attic', 'tasmota', 'shelly']

def rs(r, alpha, n):
    return ''.join(r.choice(alpha) for _ in range(n))

def owner_password(r):
    return r.choice(HOME_WORDS) + r.choice('-_.') + rs(r, LOW + DIG, r.randint(4, 7)) + rs(r, DIG, 2)

def uuid4(r):
    return str(_uuid.UUID(int=r.getrandbits(128), version=4))

def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')

def jwt(r, payload, alg='HS256', siglen=32):
    h = b64url(json.dumps({'alg': alg, 'typ': 'JWT'}, separators=(',', ':')).encode())
    p = b64url(json.dumps(payload, separators=(',', ':')).encode())
    return h + '.' + p + '.' + b64url(bytes(r.getrandbits(8) for _ in range(siglen)))

def shape(r, spec):
    """mini DSL: parts joined by '+': 'lit' literal in quotes, hN lower hex, HN upper hex, aN alnum,
    lN lower+digit, uN upper+digit, dN digits, bN base64 chars, sN base64url chars, LN lower letters, uuid"""
    out = []
    for part in spec.split('+'):
        if part.startswith("'"):
            out.append(part[1:-1]); continue
        if part == 'uuid':
            out.append(uuid4(r)); continue
        k, n = part[0], int(part[1:])
        alpha = {'h': HEXL, 'H': HEXL.upper(), 'a': ALNUM, 'l': LOW + DIG, 'u': UP + DIG, 'd': DIG,
                 'b': B64, 's': B64U, 'L': LOW}[k]
        out.append(rs(r, alpha, n))
    return ''.join(out)

def fill(template, value):
    """template with exactly one SLOT -> (text, start, end)"""
    assert template.count(SLOT) == 1, template
    i = template.index(SLOT)
    text = template.replace(SLOT, value)
    return text, i, i + len(value)

class Pool:
    def __init__(self):
        self.vals = set()
    def ok(self, v):
        if v in self.vals: return False
        if len(v) >= 6:
            for o in self.vals:
                if len(o) >= 6 and (v in o or o in v):
                    return False
        return True
    def add(self, v):
        self.vals.add(v)

def draw(r, pool, fn):
    for _ in range(1000):
        v = fn(r)
        if pool.ok(v):
            pool.add(v); return v
    raise RuntimeError('could not draw unique value')

HOSTS = ['nas.home.arpa', 'pve.lan.example', 'media.homelab.example', 'hass.local.example', 'pi4.home.arpa',
         'unraid.tower.example', 'truenas.lan.example', 'proxy.myhome.example']
USERS = ['admin', 'homeassistant', 'media', 'backup', 'kodi', 'pi', 'root', 'svc-restic', 'mum', 'greg']
