"""Shared helpers and the frozen deny-list for corpus p132."""
import json, os, re, random, string, hashlib, base64, zlib, uuid

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = '/tmp/brief132'
SLOT = '\ue000'
LANG_HAND = ['english', 'french', 'german', 'italian', 'portuguese', 'russian', 'japanese', 'korean',
             'chinese', 'mandarin', 'cantonese', 'arabic', 'hebrew', 'hindi', 'bengali', 'latin', 'cyrillic',
             'greek', 'thai', 'lao', 'persian', 'urdu', 'spanish', 'dutch', 'polish', 'czech', 'turkish']

def norm(tok):
    return re.sub(r'[^a-z0-9]', '', tok.lower())

def extract_denylist(texts):
    names, langs, words, tokens = set(), set(), set(), set()
    for t in texts:
        for b in re.findall(r'`([^`\n]+)`', t):
            b = b.strip().lower()
            names.add(b)
            for p in b.split('__'):
                names.add(p)
        for s in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            s = s.lower(); names.add(s)
            for p in s.split('__'):
                names.add(p)
        for code, name in re.findall(r'`([a-z]{3})(?: \(spare\))?` \(([^)]+)\)', t):
            langs.add(code); langs.add(name.lower())
            for w in re.findall(r'[a-z]+', name.lower()):
                langs.add(w)
        for code in re.findall(r'`([a-z]{3}) \(spare\)`', t):
            langs.add(code)
        for w in re.findall(r'[A-Za-z]+', t):
            words.add(w.lower())
        for tok in t.split():
            n = norm(tok)
            if n:
                tokens.add(n)
    langs.update(LANG_HAND)
    return {'names': sorted(names), 'langs': sorted(langs), 'words': sorted(words), 'tokens': sorted(tokens)}

def load_denylist():
    path = os.path.join(HERE, 'brief_names.json')
    frozen = json.load(open(path, encoding='utf-8'))
    if os.path.isdir(BRIEF):
        texts = [open(os.path.join(BRIEF, f), encoding='utf-8').read() for f in sorted(os.listdir(BRIEF)) if f.endswith('.md')]
        fresh = extract_denylist(texts)
        if fresh != frozen:
            raise SystemExit('deny-list differs from frozen brief_names.json')
    return frozen

A62 = string.ascii_letters + string.digits
A36L = string.ascii_lowercase + string.digits
AU36 = string.ascii_uppercase + string.digits
HEX = '0123456789abcdef'
B64 = string.ascii_letters + string.digits + '+/'
B64U = string.ascii_letters + string.digits + '-_'

def rs(r, alpha, n):
    return ''.join(r.choice(alpha) for _ in range(n))

def uuid4(r):
    b = bytearray(r.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80
    return str(uuid.UUID(bytes=bytes(b)))

def b64bytes(r, n, url=False, pad=True):
    raw = bytes(r.getrandbits(8) for _ in range(n))
    s = base64.urlsafe_b64encode(raw).decode() if url else base64.b64encode(raw).decode()
    return s if pad else s.rstrip('=')

def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(',', ':')).encode()).decode().rstrip('=')

def jwt(r, payload):
    h = b64url_json({'alg': 'HS256', 'typ': 'JWT'})
    return h + '.' + b64url_json(payload) + '.' + b64bytes(r, 32, url=True, pad=False)

def base62(n, width):
    out = ''
    al = string.digits + string.ascii_uppercase + string.ascii_lowercase
    while n:
        n, m = divmod(n, 62); out = al[m] + out
    return out.rjust(width, '0')

PW_WORDS = ['coaster', 'carousel', 'flume', 'gondola', 'looper', 'teacup', 'funhouse', 'midway', 'zipline',
            'dropzone', 'launch', 'brakerun', 'lifthill', 'turnstile', 'wristband', 'lockbox', 'cipher', 'riddle',
            'padlock', 'keypad', 'animatronic', 'darkride', 'waterslide', 'ferris', 'bumpercar', 'hauntedhouse',
            'logride', 'swingride', 'monorail', 'fastlane', 'showtime', 'pyro', 'fogger', 'spotlight', 'gobo',
            'trapdoor', 'secretdoor', 'hourglass', 'compass', 'lantern', 'treasure', 'vault', 'maze', 'pinball',
            'arcade', 'tilt', 'whirl', 'splash', 'corkscrew', 'inversion', 'airtime', 'gforce', 'restraint']

def owner_pw(r):
    w = r.choice(PW_WORDS)
    if r.random() < 0.45:
        w = w.capitalize()
    return w + r.choice('-_.') + rs(r, string.ascii_lowercase + string.digits, r.randint(3, 6)) + rs(r, string.digits, 2)

def fill(template, value):
    """Insert value at the single slot; return text, start, end."""
    assert template.count(SLOT) == 1, template
    i = template.index(SLOT)
    text = template.replace(SLOT, value)
    return text, i, i + len(value)
