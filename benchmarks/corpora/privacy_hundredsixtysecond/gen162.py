"""Shared helpers for p162: values, registry, deny-list extraction."""
import random, re, string, base64, json, hashlib, os

B62 = string.ascii_letters + string.digits
LOW = string.ascii_lowercase + string.digits
HEX = '0123456789abcdef'
B64U = B62 + '-_'

WORDS = ['marigold', 'lavender', 'porchlight', 'kettle', 'lantern', 'willow', 'quilt', 'meadow',
         'chamomile', 'sunroom', 'cardigan', 'hearth', 'rosehip', 'teapot', 'birchwood', 'nightlight',
         'bluebell', 'heather', 'oatmeal', 'gardenia', 'armchair', 'foxglove', 'primrose', 'wicker',
         'hollyhock', 'goldfinch', 'larkspur', 'snowdrop', 'cobblestone', 'lilac']


def s(r, n, alpha=B62):
    return ''.join(r.choice(alpha) for _ in range(n))


def hx(r, n):
    return s(r, n, HEX)


def b64(r, nbytes, url=False, pad=True):
    raw = bytes(r.randrange(256) for _ in range(nbytes))
    v = base64.urlsafe_b64encode(raw).decode() if url else base64.b64encode(raw).decode()
    return v if pad else v.rstrip('=')


def uuid4(r):
    h = hx(r, 32)
    h = h[:12] + '4' + h[13:16] + r.choice('89ab') + h[17:]
    return f'{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}'


def jwt(r, payload):
    enc = lambda d: base64.urlsafe_b64encode(json.dumps(d, separators=(',', ':')).encode()).decode().rstrip('=')
    return enc({'alg': 'HS256', 'typ': 'JWT'}) + '.' + enc(payload) + '.' + b64(r, 32, url=True, pad=False)


def pw(r, seps='-_.+'):
    w = r.choice(WORDS)
    if r.random() < 0.45:
        w = w.capitalize()
    return w + r.choice(seps) + s(r, r.randint(3, 6), LOW) + s(r, 2, string.digits)


def luhn_digit(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


class Registry:
    """Every labelled value passes through here; refuses substring relations."""
    def __init__(self):
        self.vals = []

    def ok(self, v):
        for w in self.vals:
            if v in w or w in v:
                return False
        return True

    def take(self, fn):
        for _ in range(200):
            v = fn()
            if self.ok(v):
                self.vals.append(v)
                return v
        raise RuntimeError('registry: could not draw a fresh value')


def fill(template, value, **kw):
    """template has one «V»; other markers «K» etc. replaced from kw. Returns text, start."""
    t = template
    for k, v in kw.items():
        t = t.replace('«' + k + '»', v)
    i = t.index('«V»')
    text = t[:i] + value + t[i + 3:]
    return text, i


def span_rec(rid, typ, container, text, start, value, source):
    assert text[start:start + len(value)] == value
    return {'id': rid, 'type': typ, 'container': container, 'text': text,
            'secrets': [{'value': value, 'start': start, 'end': start + len(value), 'type': typ}],
            'source': source}


def key_style(words, style):
    if style == 'snake':
        return '_'.join(words)
    if style == 'upper':
        return '_'.join(words).upper()
    if style == 'camel':
        return words[0] + ''.join(w.capitalize() for w in words[1:])
    if style == 'kebab':
        return '-'.join(words)
    if style == 'dotted':
        return '.'.join(words)
    if style == 'pascal':
        return ''.join(w.capitalize() for w in words)
    return ' '.join(words)


# ---------------- deny-list -----------------
LANG_HAND = ['zulu', 'nepali', 'papiamento', 'low german', 'german', 'latin', 'nato', 'caesar', 'rot13',
             'english', 'vigenère', 'vigenere']


def extract_denylist(texts):
    names, words, langs = set(), set(), set()
    for t in texts:
        for m in re.findall(r'`([^`\n]+)`', t):
            m = m.strip().lower()
            names.add(m)
            for p in m.split('__'):
                if p:
                    names.add(p)
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            m = m.lower()
            names.add(m)
            for p in m.split('__'):
                if p:
                    names.add(p)
        for m in re.findall(r'[A-Za-z\u00c0-\u024f]+', t.replace('_', ' ')):
            words.add(m.lower())
        for code, name in re.findall(r'`([a-z]{3})` \(([^)]+)\)', t):
            langs.add(code)
            langs.add(name.lower())
            for w in name.lower().split():
                langs.add(w)
    for h in LANG_HAND:
        langs.add(h)
    return {'names': sorted(names), 'words': sorted(words), 'langs': sorted(langs)}
