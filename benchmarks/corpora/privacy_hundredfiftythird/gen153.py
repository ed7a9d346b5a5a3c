"""Helpers and value registry for p153 (zoo, aquarium, wildlife-conservation)."""
import base64, hashlib, json, random, string, uuid

LOW = string.ascii_lowercase; UP = string.ascii_uppercase; DIG = string.digits
ALNUM = LOW + UP + DIG; HEX = '0123456789abcdef'
B64U = ALNUM + '-_'

class Reg:
    def __init__(self):
        self.vals = []
    def ok(self, v):
        for o in self.vals:
            if v in o or o in v:
                return False
        return True
    def take(self, fn):
        while True:
            v = fn()
            if self.ok(v):
                self.vals.append(v); return v

def s(r, n, al=ALNUM): return ''.join(r.choice(al) for _ in range(n))
def hx(r, n): return s(r, n, HEX)
def uhx(r, n): return s(r, n, HEX.upper())
def u4(r): return str(uuid.UUID(int=r.getrandbits(128), version=4))
def b64(r, nbytes): return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()
def b64u(r, nbytes): return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode().rstrip('=')
def bu(d): return base64.urlsafe_b64encode(json.dumps(d, separators=(',', ':')).encode()).decode().rstrip('=')
def jwt(r, payload):
    return bu({'alg': 'HS256', 'typ': 'JWT'}) + '.' + bu(payload) + '.' + b64u(r, 32)

ZOO_WORDS = ['okapi', 'tapir', 'axolotl', 'capybara', 'meerkat', 'pangolin', 'quokka', 'gharial', 'kakapo',
             'manatee', 'narwhal', 'ocelot', 'serval', 'tamarin', 'wombat', 'binturong', 'dugong', 'fossa',
             'gibbon', 'hornbill', 'ibex', 'jaguarundi', 'kinkajou', 'lemur', 'margay', 'numbat', 'oryx',
             'potoo', 'quetzal', 'saola', 'takin', 'vicuna', 'wolverine', 'zebu', 'coati', 'bongo']

def pw(r):
    w = r.choice(ZOO_WORDS)
    if r.random() < 0.45: w = w.capitalize()
    return w + r.choice('-_.') + s(r, r.randint(3, 6), LOW + DIG) + s(r, 2, DIG)

def sha256(x): return hashlib.sha256(x.encode()).hexdigest()
def sha1(x): return hashlib.sha1(x.encode()).hexdigest()

def keyname(words, case):
    if case == 'snake': return '_'.join(words)
    if case == 'upper': return '_'.join(words).upper()
    if case == 'camel': return words[0] + ''.join(w.capitalize() for w in words[1:])
    if case == 'pascal': return ''.join(w.capitalize() for w in words)
    if case == 'kebab': return '-'.join(words)
    if case == 'dot': return '.'.join(words)
    if case == 'spaced': return ' '.join(words)
    if case == 'spacedup': return ' '.join(words).upper()
    raise ValueError(case)

def fill(tpl, value, **kw):
    """Place value at {V}; return text, start, end."""
    for k, v in kw.items():
        tpl = tpl.replace('{' + k + '}', v)
    assert tpl.count('{V}') == 1, tpl
    i = tpl.index('{V}')
    text = tpl[:i] + value + tpl[i + 3:]
    return text, i, i + len(value)
