"""Shared helpers for p137: deny-list extraction, value generators, registry."""
import re, json, os, base64, binascii, string, uuid

BRIEF = '/tmp/brief137'
HERE = os.path.dirname(os.path.abspath(__file__))
AN = string.ascii_letters + string.digits
LAN = string.ascii_lowercase + string.digits
UAN = string.ascii_uppercase + string.digits
HEX = '0123456789abcdef'
B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + '+/'
B64U = string.ascii_uppercase + string.ascii_lowercase + string.digits + '-_'
HAND_LANG = ['english', 'german', 'italian', 'portuguese', 'russian', 'chinese', 'japanese',
             'korean', 'arabic', 'hebrew', 'hindi', 'bengali', 'norwegian', 'mongolian',
             'malay', 'uzbek', 'kurdish', 'lombard', 'neapolitan', 'maithili', 'bhojpuri',
             'dhivehi', 'silesian', 'sorbian', 'cebuano', 'romansh', 'asturian', 'javanese']


def extract_denylist(paths):
    names, words, tokens, langs = set(), set(), set(), set()
    for p in paths:
        s = open(p, encoding='utf-8').read()
        for b in re.findall(r'`([^`\n]+)`', s):
            b = b.strip().lower()
            names.add(b)
            for part in b.split('__'):
                if part:
                    names.add(part)
        for ident in re.findall(r'[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+', s):
            ident = ident.lower()
            names.add(ident)
            for part in ident.split('__'):
                if part:
                    names.add(part.strip('_'))
        for w in re.findall(r'[^\W\d_]+', s):
            words.add(w.lower())
        for t in s.split():
            n = re.sub(r'[^a-z0-9]', '', t.lower())
            if n:
                tokens.add(n)
        for code, name in re.findall(r'`([a-z]{3})` \(([^)]+)\)', s):
            langs.add(code)
            langs.add(name.lower())
            for w in re.findall(r'[^\W\d_]+', name):
                langs.add(w.lower())
    langs.update(HAND_LANG)
    return {'names': sorted(names), 'words': sorted(words), 'tokens': sorted(tokens),
            'langs': sorted(langs)}


def load_denylist():
    frozen = os.path.join(HERE, 'brief_names.json')
    paths = [os.path.join(BRIEF, f) for f in ('README_hundredthirtyfifth.md', 'README_hundredthirtysixth.md')]
    if all(os.path.exists(p) for p in paths):
        d = extract_denylist(paths)
        if os.path.exists(frozen):
            if json.load(open(frozen, encoding='utf-8')) != d:
                raise SystemExit('frozen deny-list differs from /tmp/brief137 READMEs')
        else:
            with open(frozen, 'w', encoding='utf-8') as f:
                json.dump(d, f, ensure_ascii=False, indent=0)
        return d
    return json.load(open(frozen, encoding='utf-8'))


def denied(name, dl_names):
    n = name.lower()
    if n in dl_names:
        return True
    return any(p and p in dl_names for p in n.split('__'))


class Gen:
    """Random value factory with a global uniqueness registry."""
    def __init__(self, rng, used):
        self.r = rng
        self.used = used

    def s(self, alpha, n):
        return ''.join(self.r.choice(alpha) for _ in range(n))

    def uniq(self, f):
        for _ in range(1000):
            v = f()
            if v not in self.used and not any(v in u or u in v for u in self.used if len(u) >= 8 and len(v) >= 8 and (len(u) > 40 or len(v) > 40) and False):
                self.used.add(v)
                return v
        raise RuntimeError('no unique value')

    def hexs(self, n): return self.s(HEX, n)
    def an(self, n): return self.s(AN, n)
    def b64bytes(self, n): return base64.b64encode(bytes(self.r.randrange(256) for _ in range(n))).decode()
    def b64ubytes(self, n): return base64.urlsafe_b64encode(bytes(self.r.randrange(256) for _ in range(n))).decode().rstrip('=')
    def uuid4(self): return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def jwt(self, payload):
        h = base64.urlsafe_b64encode(json.dumps({'alg': 'HS256', 'typ': 'JWT'}, separators=(',', ':')).encode()).decode().rstrip('=')
        p = base64.urlsafe_b64encode(json.dumps(payload, separators=(',', ':')).encode()).decode().rstrip('=')
        return h + '.' + p + '.' + self.b64ubytes(32)

    def b62crc(self, body):
        c = binascii.crc32(body.encode()) & 0xffffffff
        out = ''
        al = string.digits + string.ascii_uppercase + string.ascii_lowercase
        while c:
            c, m = divmod(c, 62)
            out = al[m] + out
        return out.rjust(6, '0')


WORDS = ['casket', 'urn', 'hearse', 'columbarium', 'niche', 'cortege', 'eulogy', 'epitaph',
         'cenotaph', 'ossuary', 'mausoleum', 'wreath', 'lily', 'requiem', 'vigil', 'pallbearer',
         'embalm', 'retort', 'cremains', 'headstone', 'granite', 'bronze', 'tribute', 'chapel',
         'lychgate', 'cypress', 'yew', 'interment', 'inurnment', 'obelisk', 'keepsake', 'committal',
         'shroud', 'bier', 'catafalque', 'memento', 'gravesite', 'plinth', 'taper', 'condolence']


def owner_pw(g, seps='-_.+'):
    def f():
        w = g.r.choice(WORDS)
        if g.r.random() < 0.45:
            w = w.capitalize()
        return w + g.r.choice(seps) + g.s(LAN, g.r.randint(3, 6)) + g.s(string.digits, 2)
    return g.uniq(f)


def place(tpl, value, **kw):
    """Fill a template (marker {V} for the value); return text, start, end."""
    t = tpl
    for k, v in kw.items():
        t = t.replace('{' + k + '}', v)
    i = t.index('{V}')
    text = t[:i] + value + t[i + 3:]
    return text, i, i + len(value)


def rec(rid, typ, container, text, s, e, value, source):
    assert text[s:e] == value
    return {'id': rid, 'type': typ, 'container': container, 'text': text,
            'secrets': [{'value': value, 'start': s, 'end': e, 'type': typ}], 'source': source}
