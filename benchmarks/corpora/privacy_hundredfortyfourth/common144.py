import re, random, string, base64, uuid, zlib, hashlib, json
AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
def H(r, n): return ''.join(r.choice('0123456789abcdef') for _ in range(n))
def HU(r, n): return ''.join(r.choice('0123456789ABCDEF') for _ in range(n))
def A(r, n): return ''.join(r.choice(AN) for _ in range(n))
def L(r, n): return ''.join(r.choice(LO) for _ in range(n))
def UP(r, n): return ''.join(r.choice(string.ascii_uppercase + string.digits) for _ in range(n))
def D(r, n): return ''.join(r.choice(string.digits) for _ in range(n))
def U4(r): return str(uuid.UUID(int=r.getrandbits(128), version=4))
def B64(r, n): return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()
def B64U(r, n): return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode().rstrip('=')
def b62(n, width):
    s = ''
    while n: n, m = divmod(n, 62); s = AN[m] if False else ('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'[m]) + s
    return s.rjust(width, '0')
def crc_token(r, prefix, n):
    body = A(r, n)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xffffffff, 6)
def jwt(r, payload):
    h = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(',', ':')).encode()).decode().rstrip('=')
    p = base64.urlsafe_b64encode(json.dumps(payload, separators=(',', ':')).encode()).decode().rstrip('=')
    return h + '.' + p + '.' + B64U(r, 32)
WORDS = ['tomato', 'basil', 'lettuce', 'trellis', 'cucumber', 'rockwool', 'coir', 'perlite', 'seedling', 'foliar',
         'dripper', 'substrate', 'sprout', 'microgreen', 'kale', 'arugula', 'strawberry', 'paprika', 'orchid', 'gerbera',
         'chrysant', 'gutter', 'photon', 'lumen', 'stomata', 'chlorophyll', 'propagator', 'cloche', 'polytunnel', 'glasshouse',
         'aeroponic', 'nutrifilm', 'blossom', 'pollinator', 'bumblebee', 'vermiculite', 'rootzone', 'germinate', 'hydroton', 'spinach']
def owner_pw(r):
    w = r.choice(WORDS)
    if r.random() < 0.45: w = w.capitalize()
    return w + r.choice('-_.') + L(r, r.randint(3, 6)) + D(r, 2)
class Uniq:
    def __init__(self): self.seen = set()
    def take(self, f):
        for _ in range(1000):
            v = f()
            if v not in self.seen and not any(v in s or s in v for s in ()):
                self.seen.add(v); return v
        raise RuntimeError('uniq')
def norm(t): return re.sub(r'[^a-z0-9]', '', t.lower())
def extract_denylist(texts):
    names, words, tokens, langs = set(), set(), set(), set()
    for t in texts:
        for m in re.findall(r'`([^`]+)`', t):
            m = m.strip().lower(); names.add(m)
            for p in m.split('__'): names.add(p)
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            m = m.lower(); names.add(m)
            for p in m.split('__'): names.add(p)
        for w in re.findall(r'[A-Za-z][A-Za-z0-9]*', t): words.add(w.lower())
        for tok in t.split():
            n = norm(tok)
            if n: tokens.add(n)
        for code, name in re.findall(r'`([a-z]{3})` \(([^)]+)\)', t):
            langs.add(code); langs.add(name.lower())
            for w in re.findall(r'[A-Za-z]+', name): langs.add(w.lower())
    langs |= {'latin', 'cyrillic', 'arabic', 'hebrew', 'ethiopic', 'devanagari', 'bengali', 'chinese', 'english', 'shona', 'hawaiian', 'kinyarwanda', 'pashto', 'sindhi', 'kurmanji', 'haitian', 'chichewa', 'wolof', 'tswana'}
    return {'names': sorted(names), 'words': sorted(words), 'tokens': sorted(tokens), 'langs': sorted(langs)}
