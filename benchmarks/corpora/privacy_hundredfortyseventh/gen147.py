"""Shared generators for p147 (standard library only)."""
import base64, hashlib, json, random, re, string, uuid

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UP + DIG
HEX = '0123456789abcdef'
B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'

WORDS = ['rotor', 'gimbal', 'payload', 'hexacopter', 'quadcopter', 'waypoint', 'loiter', 'geofence',
         'propwash', 'airframe', 'telemetry', 'orthomosaic', 'lidar', 'hangar', 'skyport', 'windsock',
         'failsafe', 'altimeter', 'compass', 'airspeed', 'thermal', 'downlink', 'uplink', 'survey',
         'surveyor', 'helipad', 'landingpad', 'propeller', 'motorarm', 'skid', 'parachute', 'tether',
         'vertiport', 'overlap', 'nadir', 'oblique', 'pointcloud', 'airfield', 'crosswind', 'ceiling']


def s(rng, alphabet, n):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def owner_pw(rng):
    w = rng.choice(WORDS)
    if rng.random() < 0.45:
        w = w.capitalize()
    return w + rng.choice('-_.') + s(rng, LOW + DIG, rng.randint(3, 6)) + s(rng, DIG, 2)


def hexs(rng, n):
    return s(rng, HEX, n)


def uuid4(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def b64(rng, nbytes, url=False, pad=True):
    raw = bytes(rng.getrandbits(8) for _ in range(nbytes))
    v = base64.urlsafe_b64encode(raw).decode() if url else base64.b64encode(raw).decode()
    return v if pad else v.rstrip('=')


def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(',', ':')).encode()).decode().rstrip('=')


def jwt(rng, payload):
    return b64url_json({'alg': 'HS256', 'typ': 'JWT'}) + '.' + b64url_json(payload) + '.' + b64(rng, 32, url=True, pad=False)


def sha256(rng):
    return hashlib.sha256(s(rng, ALNUM, 24).encode()).hexdigest()


def sha1(rng):
    return hashlib.sha1(s(rng, ALNUM, 24).encode()).hexdigest()


def md5(rng):
    return hashlib.md5(s(rng, ALNUM, 24).encode()).hexdigest()


def crc32_b62(rng, body):
    import zlib
    c = zlib.crc32(body.encode()) & 0xffffffff
    out = ''
    for _ in range(6):
        out = ALNUM[c % 62] + out
        c //= 62
    return out


def case_key(name, style):
    """name in snake_case -> styled key."""
    parts = name.split('_')
    if style == 'upper':
        return name.upper()
    if style == 'camel':
        return parts[0] + ''.join(p.capitalize() for p in parts[1:])
    if style == 'pascal':
        return ''.join(p.capitalize() for p in parts)
    if style == 'kebab':
        return '-'.join(parts)
    if style == 'dot':
        return '.'.join(parts)
    return name


def place(template, value, **kw):
    """Fill {V} with value, other fields from kw; return text, start, end."""
    t = template
    for k, v in kw.items():
        t = t.replace('{' + k + '}', v)
    i = t.index('{V}')
    text = t[:i] + value + t[i + 3:]
    assert '{V}' not in text
    return text, i, i + len(value)
