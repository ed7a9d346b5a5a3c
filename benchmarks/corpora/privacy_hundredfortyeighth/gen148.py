"""Shared value generators for p148 (stdlib only)."""
import base64, hashlib, string, uuid as _uuid
LOW = string.ascii_lowercase; UP = string.ascii_uppercase; DIG = string.digits
ALNUM = LOW + UP + DIG; HEX = '0123456789abcdef'
B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'

class Reg:
    """Registry of labelled values: no reuse, no substring relations."""
    def __init__(self): self.vals = []
    def ok(self, v):
        return all(v not in o and o not in v for o in self.vals)
    def add(self, v): self.vals.append(v); return v

def s(r, n, alpha=ALNUM): return ''.join(r.choice(alpha) for _ in range(n))
def hx(r, n): return s(r, n, HEX)
def b64(r, nbytes): return base64.b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode()
def b64u(r, nbytes): return base64.urlsafe_b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode().rstrip('=')
def uid(r): return str(_uuid.UUID(int=r.getrandbits(128), version=4))
def jpart(obj): import json; return base64.urlsafe_b64encode(json.dumps(obj, separators=(',', ':')).encode()).decode().rstrip('=')

CINEMA_WORDS = ['popcorn', 'matinee', 'marquee', 'projector', 'celluloid', 'trailer', 'usher', 'balcony',
    'boxoffice', 'premiere', 'reel', 'anamorphic', 'lensflare', 'montage', 'screenplay', 'nitrate',
    'platter', 'sprocket', 'cinemascope', 'intermission', 'foyer', 'licorice', 'nachos', 'dolby',
    'widescreen', 'flatscope', 'changeover', 'cuecard', 'kinescope', 'spotlight', 'cameo', 'blockbuster',
    'arthouse', 'drivein', 'lamphouse', 'xenon', 'gate', 'shutter', 'filmstock', 'sequel', 'prequel',
    'storyboard', 'clapper', 'dolly', 'gaffer', 'grip', 'vistavision', 'technicolor', 'slushie', 'matte']

def owner_pw(r, seps='-_.'):
    w = r.choice(CINEMA_WORDS)
    if r.random() < 0.45: w = w.capitalize()
    return w + r.choice(seps) + s(r, r.randint(3, 6), LOW + DIG) + s(r, 2, DIG)

def fresh(reg, r, fn, *a):
    for _ in range(500):
        v = fn(r, *a)
        if reg.ok(v): return reg.add(v)
    raise RuntimeError('cannot draw fresh value')

def place(tpl, v, **kw):
    """tpl contains {V} once; returns text, start, end."""
    for k, x in kw.items(): tpl = tpl.replace('{' + k + '}', x)
    i = tpl.index('{V}')
    text = tpl[:i] + v + tpl[i + 3:]
    assert '{V}' not in text
    return text, i, i + len(v)

def luhn_digit(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0: d *= 2; d = d - 9 if d > 9 else d
        tot += d
    return str((10 - tot % 10) % 10)
