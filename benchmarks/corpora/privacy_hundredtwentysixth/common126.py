"""Shared helpers for p126: deny-list extraction, value generators."""
import re, json, os, base64, hashlib, string
BRIEF = '/tmp/brief126'
LANG_HAND = ['arabic','indonesian','pashto','hawaiian','fijian','low german','sindhi','kurmanji','ossetian',
             'limburgish','latin','cyrillic','hebrew','devanagari','han','kana','hangul','ethiopic','myanmar',
             'tibetan','georgian','armenian','bengali','telugu','sinhala','khmer','gujarati','kannada','malayalam',
             'english','arabic-script']

def extract_denylist(texts):
    names, langs = set(), set()
    for t in texts:
        for m in re.findall(r'`([^`]+)`', t):
            m = m.strip().lower()
            names.add(m)
            for part in m.split('__'):
                names.add(part)
        for m in re.findall(r'\b[a-z0-9]+(?:_[a-z0-9]+)+\b', t, flags=re.I):
            m = m.lower(); names.add(m)
            for part in m.split('__'):
                names.add(part)
        for code, name in re.findall(r'`([a-z]{3})` \(([^)]+)\)', t):
            langs.add(code); langs.add(name.lower())
            for w in re.findall(r'[A-Za-z]+', name):
                langs.add(w.lower())
    langs.update(LANG_HAND)
    return sorted(names), sorted(langs)

def load_denylist(outdir):
    frozen = os.path.join(outdir, 'brief_names.json')
    if os.path.isdir(BRIEF):
        texts = [open(os.path.join(BRIEF, f), encoding='utf-8').read() for f in sorted(os.listdir(BRIEF)) if f.endswith('.md')]
        names, langs = extract_denylist(texts)
        d = {'names': names, 'languages': langs}
        if os.path.exists(frozen):
            old = json.load(open(frozen, encoding='utf-8'))
            if {k: old.get(k) for k in d} != d:
                raise SystemExit('deny-list differs from frozen brief_names.json')
        return d, d
    return json.load(open(frozen, encoding='utf-8')), None

ALNUM = string.ascii_letters + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
HEX = '0123456789abcdef'
UHEX = HEX.upper()
B64 = string.ascii_letters + string.digits + '+/'
B64U = string.ascii_letters + string.digits + '-_'

def rs(r, cs, n):
    return ''.join(r.choice(cs) for _ in range(n))

def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + '4' + h[13:16] + r.choice('89ab') + h[17:]
    return f'{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}'

def b64bytes(r, n, urlsafe=False, pad=True):
    b = bytes(r.randrange(256) for _ in range(n))
    s = (base64.urlsafe_b64encode(b) if urlsafe else base64.b64encode(b)).decode()
    return s if pad else s.rstrip('=')

def b64u_json(o):
    return base64.urlsafe_b64encode(json.dumps(o, separators=(',', ':')).encode()).decode().rstrip('=')

def jwt(r, iss, sub):
    h = b64u_json({'alg': 'HS256', 'typ': 'JWT'})
    p = b64u_json({'iss': iss, 'sub': sub, 'iat': 1760000000 + r.randrange(9000000), 'jti': rs(r, LOWALNUM, 12)})
    return f'{h}.{p}.{b64bytes(r, 32, True, False)}'

WORDS = ['vitrine', 'provenance', 'gesso', 'tempera', 'patina', 'plinth', 'diorama', 'triptych', 'lacquer', 'vellum',
         'reliquary', 'cartouche', 'frieze', 'sfumato', 'impasto', 'tapestry', 'mezzanine', 'gouache', 'intaglio',
         'cameo', 'folio', 'codex', 'mosaic', 'rotunda', 'atrium', 'pedestal', 'easel', 'varnish', 'craquelure',
         'chiaroscuro', 'marquetry', 'filigree', 'scrimshaw', 'terracotta', 'obelisk', 'amphora', 'sarcophagus',
         'bestiary', 'pastel', 'etching', 'mezzotint', 'lithograph', 'diptych', 'tondo', 'predella']

def owner_pw(r):
    w = r.choice(WORDS)
    if r.random() < 0.45:
        w = w.capitalize()
    return w + r.choice('-_.') + rs(r, LOWALNUM, r.randint(3, 6)) + rs(r, string.digits, 2)

def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return str((10 - tot % 10) % 10)
