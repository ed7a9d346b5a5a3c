"""Shared helpers for p124: shapes, owner passwords, deny-list extraction."""
import base64, json, os, re, random, string, uuid

HEX = '0123456789abcdef'
ALNUM = string.ascii_letters + string.digits
LOWN = string.ascii_lowercase + string.digits
UPN = string.ascii_uppercase + string.digits
B64 = string.ascii_letters + string.digits + '+/'
B64U = string.ascii_letters + string.digits + '-_'

def s(r, alpha, n):
    return ''.join(r.choice(alpha) for _ in range(n))
def hx(r, n): return s(r, HEX, n)
def an(r, n): return s(r, ALNUM, n)
def uu(r): return str(uuid.UUID(int=r.getrandbits(128), version=4))
def b64raw(r, nbytes, url=False):
    b = bytes(r.getrandbits(8) for _ in range(nbytes))
    return (base64.urlsafe_b64encode(b) if url else base64.b64encode(b)).decode().rstrip('=' if url else '')
def b64j(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(',', ':')).encode()).decode().rstrip('=')
def jwt(r, claims=None):
    h = b64j({'alg': 'HS256', 'typ': 'JWT'})
    c = {'sub': 'svc-' + s(r, LOWN, 6), 'iat': 1700000000 + r.randrange(10**7), 'scope': r.choice(['queues:read', 'calls:write', 'recordings:read', 'agents:admin'])}
    if claims: c.update(claims)
    return h + '.' + b64j(c) + '.' + b64raw(r, 32, True)

WORDS = ['dialtone', 'ringback', 'jitter', 'handset', 'headset', 'switchboard', 'voicemail', 'hotline',
         'callback', 'earpiece', 'wallboard', 'dialplan', 'softphone', 'receiver', 'tonepad', 'hookflash',
         'busytone', 'callqueue', 'hunttrunk', 'earcup', 'keypad', 'speakerbox', 'holdmusic', 'ringtone',
         'handsfree', 'redial', 'pickup', 'hangup', 'intercom', 'operator', 'exchange', 'crossbar']
def owner_pw(r):
    w = r.choice(WORDS)
    if r.random() < 0.45: w = w.capitalize()
    return w + r.choice('-_.') + s(r, LOWN, r.randint(3, 6)) + s(r, string.digits, 2)

# ---------------- deny-list ----------------
HAND_LANG = ['latin', 'cyrillic', 'devanagari', 'greek', 'gurmukhi', 'lao', 'perso', 'arabic', 'thai', 'hebrew',
             'bengali', 'telugu', 'sinhala', 'khmer', 'georgian', 'armenian', 'ethiopic', 'han', 'esperanto',
             'persian', 'tamil', 'japanese', 'korean', 'indonesian', 'icelandic', 'azerbaijani', 'english']

def extract_denylist(texts):
    names, langs, words, toks = set(), set(HAND_LANG), set(), set()
    for t in texts:
        for m in re.findall(r'`([^`]+)`', t):
            m = m.strip().lower()
            names.add(m)
            for p in m.split('__'): names.add(p)
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            m = m.lower(); names.add(m)
            for p in m.split('__'): names.add(p)
        for code, nm in re.findall(r'`([a-z]{3})` \(([^)]+)\)', t):
            langs.add(code)
            for w in re.findall(r'[A-Za-zÀ-ž]+', nm): langs.add(w.lower())
        for line in t.split('\n'):
            if 'Confidence' in line or 'Scripts:' in line or 'Languages' in line:
                for w in re.findall(r'\b[A-Z][a-z]+\b', line): langs.add(w.lower())
        for w in re.findall(r'[A-Za-z]+', t): words.add(w.lower())
        for tok in t.split():
            n = re.sub(r'[^a-z0-9]', '', tok.lower())
            if n: toks.add(n)
    return {'names': sorted(names), 'langs': sorted(langs), 'words': sorted(words), 'tokens': sorted(toks)}

HERE = os.path.dirname(os.path.abspath(__file__))
def load_denylist():
    fz = os.path.join(HERE, 'brief_names.json')
    bdir = '/tmp/brief124'
    if os.path.isdir(bdir):
        texts = [open(os.path.join(bdir, f), encoding='utf-8').read() for f in sorted(os.listdir(bdir)) if f.endswith('.md')]
        d = extract_denylist(texts)
        if os.path.exists(fz):
            if json.load(open(fz, encoding='utf-8')) != d:
                raise SystemExit('deny-list differs from frozen brief_names.json')
        else:
            json.dump(d, open(fz, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
        return d
    return json.load(open(fz, encoding='utf-8'))
