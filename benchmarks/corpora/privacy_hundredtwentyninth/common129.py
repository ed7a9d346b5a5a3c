"""Shared helpers and deny-list extraction for p129 (stdlib only)."""
import re, os, json, string, hashlib, base64, uuid, zlib

BRIEF_DIR = '/tmp/brief129'
HERE = os.path.dirname(os.path.abspath(__file__))
B62 = string.digits + string.ascii_letters
HEX = '0123456789abcdef'
LANG_WORDS = ['arabic', 'latin', 'cyrillic', 'greek', 'devanagari', 'tamil', 'thai', 'lao', 'bengali', 'assamese',
              'odia', 'gurmukhi', 'esperanto', 'occitan', 'tok', 'pisin', 'kurdish', 'central', 'perso', 'geez',
              'georgian', 'han', 'kana', 'hangul', 'khmer', 'sinhala', 'telugu', 'armenian']


def extract_denylist(texts):
    names, langs, words, tokens = set(), set(), set(), set()
    for t in texts:
        for m in re.findall(r'`([^`\n]+)`', t):
            m = m.strip().lower()
            names.add(m)
            for p in m.split('__'):
                names.add(p)
        for m in re.findall(r'\b[a-z0-9]+(?:_[a-z0-9]+)+\b', t, flags=re.I):
            m = m.lower()
            names.add(m)
            for p in m.split('__'):
                if p:
                    names.add(p)
        for code, nm in re.findall(r'`([a-z]{3})` \(([^)]+)\)', t):
            langs.add(code)
            for w in re.findall(r'[a-z]+', nm.lower()):
                langs.add(w)
        for w in re.findall(r'[A-Za-z]+', t):
            words.add(w.lower())
        for tok in t.split():
            n = re.sub(r'[^a-z0-9]', '', tok.lower())
            if n:
                tokens.add(n)
    langs.update(LANG_WORDS)
    return {'names': sorted(names), 'languages': sorted(langs), 'words': sorted(words), 'tokens': sorted(tokens)}


def load_denylist():
    path = os.path.join(HERE, 'brief_names.json')
    frozen = json.load(open(path, encoding='utf-8')) if os.path.exists(path) else None
    if os.path.isdir(BRIEF_DIR):
        texts = [open(os.path.join(BRIEF_DIR, f), encoding='utf-8').read() for f in sorted(os.listdir(BRIEF_DIR)) if f.endswith('.md')]
        fresh = extract_denylist(texts)
        if frozen is not None and frozen != fresh:
            raise SystemExit('deny-list differs from frozen brief_names.json')
        return fresh
    if frozen is None:
        raise SystemExit('no deny-list')
    return frozen


def rs(rng, alpha, n):
    return ''.join(rng.choice(alpha) for _ in range(n))


def hexs(rng, n):
    return rs(rng, HEX, n)


def uuid4(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def b64(rng, nbytes, url=False, pad=True):
    b = bytes(rng.getrandbits(8) for _ in range(nbytes))
    s = base64.urlsafe_b64encode(b).decode() if url else base64.b64encode(b).decode()
    return s if pad else s.rstrip('=')


def b64u_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(',', ':')).encode()).decode().rstrip('=')


def jwt(rng, payload, alg='HS256'):
    return b64u_json({'alg': alg, 'typ': 'JWT'}) + '.' + b64u_json(payload) + '.' + b64(rng, 32, url=True, pad=False)


def b62_crc(data):
    n = zlib.crc32(data.encode()) & 0xffffffff
    out = ''
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(6, '0')


CIVIC_WORDS = ['ordinance', 'zoning', 'quorum', 'agenda', 'pothole', 'streetlight', 'precinct', 'ballot', 'borough',
               'township', 'alderman', 'easement', 'variance', 'docket', 'ombudsman', 'council', 'petition', 'parcel',
               'bylaw', 'levy', 'plaza', 'civic', 'setback', 'hydrant', 'crosswalk', 'millage', 'caucus', 'referendum',
               'charter', 'subdivision', 'curbside', 'sidewalk', 'tenement', 'assessor', 'clerk', 'mayoral']


def owner_pw(rng):
    w = rng.choice(CIVIC_WORDS)
    if rng.random() < 0.45:
        w = w.capitalize()
    return w + rng.choice('-_.') + rs(rng, string.ascii_lowercase + string.digits, rng.randint(3, 6)) + rs(rng, string.digits, 2)


def place(tpl, value):
    """tpl holds exactly one \x00 marking the value; returns text, start, end."""
    assert tpl.count('\x00') == 1, tpl
    a, b = tpl.split('\x00')
    return a + value + b, len(a), len(a) + len(value)
