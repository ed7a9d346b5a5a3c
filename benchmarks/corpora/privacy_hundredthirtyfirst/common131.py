"""Shared helpers for p131: deny-list extraction, generators, owner-chosen passwords."""
import re, os, json, base64, string, uuid, hashlib

ALNUM = string.ascii_letters + string.digits
LOWNUM = string.ascii_lowercase + string.digits
UPNUM = string.ascii_uppercase + string.digits
HEX = '0123456789abcdef'
B64URL = ALNUM + '-_'

def rs(r, n, alpha=ALNUM):
    return ''.join(r.choice(alpha) for _ in range(n))

def hx(r, n):
    return rs(r, n, HEX)

def uuid4(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))

def b64(r, nbytes):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()

def b64u(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(',', ':')).encode()).decode().rstrip('=')

def jwt(r, payload, alg='HS256'):
    return b64u({'alg': alg, 'typ': 'JWT'}) + '.' + b64u(payload) + '.' + rs(r, 43, B64URL)

BREW_WORDS = ['wort', 'sparge', 'lauter', 'krausen', 'trub', 'mashtun', 'hopback', 'brite', 'carboy', 'airlock',
              'firkin', 'solera', 'barrique', 'pomace', 'lees', 'racking', 'riddling', 'dosage', 'tirage', 'stave',
              'spunding', 'growler', 'crowler', 'zwickel', 'grist', 'adjunct', 'brix', 'plato', 'whirlpool',
              'cellarman', 'puncheon', 'kilning', 'decoction', 'cask', 'saccharify', 'bottlecap', 'coolship',
              'foeder', 'gueuze', 'muscat']

def owner_pw(r):
    w = r.choice(BREW_WORDS)
    if r.random() < 0.45:
        w = w.capitalize()
    return w + r.choice('-_.') + rs(r, r.randint(3, 6), LOWNUM) + rs(r, 2, string.digits)

class Uniq:
    """Global registry so that no labelled value is reused."""
    def __init__(self):
        self.seen = set()
    def take(self, fn):
        for _ in range(1000):
            v = fn()
            if v not in self.seen and not any(v in s or s in v for s in ()):
                self.seen.add(v)
                return v
        raise RuntimeError('could not make a unique value')

def norm(tok):
    return re.sub(r'[^a-z0-9]', '', tok.lower())

def extract_denylist(readme_texts):
    names, words, tokens, langs = set(), set(), set(), set()
    for t in readme_texts:
        for m in re.findall(r'`([^`]+)`', t):
            m = m.strip().lower()
            names.add(m)
            for p in m.split('__'):
                if p:
                    names.add(p)
        for m in re.findall(r'\b[a-z0-9]+(?:_[a-z0-9]+)+\b', t.lower()):
            names.add(m)
            for p in m.split('__'):
                if p:
                    names.add(p)
        for w in re.findall(r'[A-Za-z]+', t):
            words.add(w.lower())
        for tok in t.split():
            n = norm(tok)
            if n:
                tokens.add(n)
        for code, name in re.findall(r'`([a-z]{3})` \(([^)]+)\)', t):
            langs.add(code)
            langs.add(name.lower())
            for w in re.findall(r'[A-Za-z]+', name):
                langs.add(w.lower())
    # script and language words named in prose of the READMEs
    for w in ['latin', 'cyrillic', 'georgian', 'armenian', 'devanagari', 'sinhala', 'telugu', 'khmer', 'japanese',
              'hangul', 'han', 'ethiopic', 'arabic', 'bengali', 'gujarati', 'kannada', 'malayalam', 'myanmar',
              'hebrew', 'english', 'cantonese', 'malay', 'kurdish']:
        if w in words:
            langs.add(w)
    return {'names': sorted(names), 'words': sorted(words), 'tokens': sorted(tokens), 'langs': sorted(langs)}

BRIEF_DIR = '/tmp/brief131'
HERE = os.path.dirname(os.path.abspath(__file__))

def load_denylist():
    path = os.path.join(HERE, 'brief_names.json')
    fresh = None
    if os.path.isdir(BRIEF_DIR):
        texts = []
        for fn in sorted(os.listdir(BRIEF_DIR)):
            if fn.endswith('.md'):
                with open(os.path.join(BRIEF_DIR, fn), encoding='utf-8') as f:
                    texts.append(f.read())
        fresh = extract_denylist(texts)
    if os.path.exists(path):
        with open(path, encoding='utf-8') as f:
            frozen = json.load(f)
        if fresh is not None and fresh != frozen:
            raise SystemExit('deny-list differs from frozen brief_names.json')
        return frozen
    if fresh is None:
        raise SystemExit('no deny-list available')
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(fresh, f, ensure_ascii=False, indent=0)
    return fresh

def name_hits(name, deny_names):
    n = name.lower()
    parts = [n] + [p for p in n.split('__') if p]
    return [p for p in parts if p in deny_names]
