"""Shared helpers for corpus p106 (stdlib only)."""
import re, os, json, random, string

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = '/tmp/brief106'
SLOT = '\ue000'
A62 = string.ascii_letters + string.digits
HEX = '0123456789abcdef'
B64U = A62 + '-_'
B64 = A62 + '+/'

def rs(r, n, alpha=A62):
    return ''.join(r.choice(alpha) for _ in range(n))

def uuid4(r, upper=False):
    h = rs(r, 32, HEX)
    h = h[:12] + '4' + h[13:16] + r.choice('89ab') + h[17:]
    u = '-'.join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])
    return u.upper() if upper else u

def b64url_nopad(b):
    import base64
    return base64.urlsafe_b64encode(b).decode().rstrip('=')

def jwt(r, header, payload):
    return (b64url_nopad(json.dumps(header, separators=(',', ':')).encode()) + '.' +
            b64url_nopad(json.dumps(payload, separators=(',', ':')).encode()) + '.' + rs(r, 43, B64U))

PW_WORDS = ['escrow', 'listing', 'closing', 'appraisal', 'mortgage', 'deed', 'lease', 'tenant', 'landlord',
            'rental', 'lockbox', 'showing', 'broker', 'realtor', 'condo', 'duplex', 'bungalow', 'porch',
            'zoning', 'parcel', 'survey', 'title', 'rentroll', 'vacancy', 'thermostat', 'boiler', 'chiller',
            'openhouse', 'staging', 'hoa', 'easement', 'amortize', 'downpayment', 'loft', 'atrium', 'doorman']
PW_TAILS = ['maple', 'harbor', 'cedar', 'sunset', 'granite', 'willow', 'meadow', 'copper', 'summit', 'river',
            'garden', 'orchard', 'lantern', 'falcon', 'pepper', 'anchor', 'velvet', 'marble', 'breeze', 'acorn',
            'prairie', 'canyon', 'harvest', 'juniper', 'saffron', 'thistle', 'beacon', 'pebble', 'bramble', 'tundra']

def password(r, seps='-_.!@#+', digits=(2, 4)):
    w = r.choice(PW_WORDS)
    if r.random() < 0.5:
        w = w.capitalize()
    t = r.choice(PW_TAILS)
    if r.random() < 0.3:
        t = t.capitalize()
    return w + r.choice(seps) + t + ''.join(r.choice(string.digits) for _ in range(r.randint(*digits)))

HOSTS = ['mls.example.com', 'rets.example.net', 'feeds.example.org', 'portal.example.com', 'bms.example.net',
         'gw01.example.org', 'api.example.com', 'pm.example.net', 'lease.example.org', 'tenants.example.com']
USERS = ['jmorales', 'svc_idx', 'pm_admin', 'feedbot', 'akhan', 'leasing01', 'bmsops', 'tchen', 'rdiaz', 'okafor']

def fill(template, value, **kw):
    """template uses {V} for the value slot; returns (text, start)."""
    t = template.replace('{V}', SLOT)
    for k, v in kw.items():
        t = t.replace('{' + k + '}', v)
    assert t.count(SLOT) == 1, template
    start = t.index(SLOT)
    text = t.replace(SLOT, value)
    return text, start

def rec(id_, typ, container, text, start, value, source):
    assert text[start:start + len(value)] == value
    return {'id': id_, 'type': typ, 'container': container, 'text': text,
            'secrets': [{'value': value, 'start': start, 'end': start + len(value), 'type': typ}],
            'source': source}

# ---------------- deny-list ----------------
LANG_WORDS_EXTRA = []

def extract_denylist(readme_texts):
    names, words, codes, langwords = set(), set(), set(), set()
    for t in readme_texts:
        for m in re.findall(r'`([^`]+)`', t):
            m = m.strip().lower()
            names.add(m)
            for p in m.split('__'):
                names.add(p)
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            m = m.lower()
            names.add(m)
            for p in m.split('__'):
                names.add(p)
        for w in re.findall(r"[A-Za-z\u00C0-\u024F']+", t):
            words.add(w.lower())
        for code, lang in re.findall(r'`([a-z]{3})` \(([^)]+)\)', t):
            codes.add(code)
            for w in re.findall(r"[A-Za-z\u00C0-\u024F]+", lang):
                langwords.add(w.lower())
        for m in re.findall(r'Scripts: ([^\n]+)', t):
            for w in re.findall(r"[A-Za-z\u00C0-\u024F]+", m):
                langwords.add(w.lower())
        for m in re.findall(r'Confidence is ([^\n]+)', t):
            for w in re.findall(r"[A-Z][a-z\u00C0-\u024F]+", m):
                langwords.add(w.lower())
    names.discard('')
    return {'names': sorted(names), 'words': sorted(words), 'codes': sorted(codes), 'langwords': sorted(langwords)}

def load_denylist():
    path = os.path.join(HERE, 'brief_names.json')
    fresh = None
    if os.path.isdir(BRIEF):
        texts = []
        for fn in sorted(os.listdir(BRIEF)):
            if fn.endswith('.md'):
                with open(os.path.join(BRIEF, fn), encoding='utf-8') as f:
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
        json.dump(fresh, f, ensure_ascii=False, indent=0, sort_keys=True)
    return fresh

def name_hits(name, deny):
    n = name.lower()
    ns = set(deny['names'])
    parts = [n] + n.split('__')
    return [p for p in parts if p in ns]
