"""Shared helpers for p122: deny-list, random shapes, record assembly."""
import json, os, re, random, string, base64, hashlib, uuid

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF = '/tmp/brief122'
MARK = '\x00S\x00'

def extract_denylist(texts):
    names, langs, words, toks = set(), set(), set(), set()
    for t in texts:
        for m in re.findall(r'`([^`\n]+)`', t):
            n = m.strip().lower()
            names.add(n)
            for p in n.split('__'):
                names.add(p)
        for m in re.findall(r'\b[a-z0-9]+(?:_[a-z0-9]+)+\b', t, flags=re.I):
            n = m.lower(); names.add(n)
            for p in n.split('__'):
                if p: names.add(p)
        for code, nm in re.findall(r'`([a-z]{2,3})` \(([^)]+)\)', t):
            langs.add(code.lower()); langs.add(nm.lower())
            for w in re.findall(r'[A-Za-z]+', nm): langs.add(w.lower())
        for w in re.findall(r'[A-Za-z]+', t): words.add(w.lower())
        for tok in t.split():
            n = re.sub(r'[^a-z0-9]', '', tok.lower())
            if n: toks.add(n)
    extra = ['latin', 'cyrillic', 'arabic', 'indonesian', 'malay', 'pashto', 'fijian', 'italian', 'english']
    langs.update(extra)
    return {'names': sorted(names), 'langs': sorted(langs), 'words': sorted(words), 'tokens': sorted(toks)}

def load_denylist():
    p = os.path.join(HERE, 'brief_names.json')
    frozen = None
    if os.path.exists(p):
        with open(p, encoding='utf-8') as f: frozen = json.load(f)
    if os.path.isdir(BRIEF):
        texts = []
        for fn in sorted(os.listdir(BRIEF)):
            if fn.endswith('.md'):
                with open(os.path.join(BRIEF, fn), encoding='utf-8') as f: texts.append(f.read())
        fresh = extract_denylist(texts)
        if frozen is not None and frozen != fresh:
            raise SystemExit('deny-list differs from frozen brief_names.json')
        if frozen is None:
            with open(p, 'w', encoding='utf-8') as f: json.dump(fresh, f, indent=0, sort_keys=True)
        return fresh
    if frozen is None: raise SystemExit('no deny-list')
    return frozen

LOW = string.ascii_lowercase; UP = string.ascii_uppercase; DIG = string.digits
HEXL = '0123456789abcdef'; ALNUM = LOW + UP + DIG
B64 = UP + LOW + DIG + '+/'; B64U = UP + LOW + DIG + '-_'
B32 = UP + '234567'

class G:
    def __init__(self, seed):
        self.r = random.Random(seed)
    def s(self, alpha, n): return ''.join(self.r.choice(alpha) for _ in range(n))
    def hex(self, n): return self.s(HEXL, n)
    def HEX(self, n): return self.s('0123456789ABCDEF', n)
    def an(self, n): return self.s(ALNUM, n)
    def lan(self, n): return self.s(LOW + DIG, n)
    def uan(self, n): return self.s(UP + DIG, n)
    def b64bytes(self, n): return base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(n))).decode()
    def b64u(self, n): return self.s(B64U, n)
    def uuid4(self): return str(uuid.UUID(int=self.r.getrandbits(128), version=4))
    def choice(self, xs): return self.r.choice(xs)
    def jwt(self, payload):
        h = base64.urlsafe_b64encode(json.dumps({'alg': 'HS256', 'typ': 'JWT'}, separators=(',', ':')).encode()).rstrip(b'=').decode()
        p = base64.urlsafe_b64encode(json.dumps(payload, separators=(',', ':')).encode()).rstrip(b'=').decode()
        return h + '.' + p + '.' + self.b64u(43)
    def pw(self):
        w = self.choice(SILICON_WORDS)
        if self.r.random() < 0.45: w = w.capitalize()
        return w + self.choice('-_.') + self.s(LOW + DIG, self.r.randint(3, 6)) + self.s(DIG, 2)

SILICON_WORDS = ['wafer', 'netlist', 'tapeout', 'dopant', 'lithomask', 'photoresist', 'stdcell', 'flipflop',
    'latchup', 'clocktree', 'metalfill', 'viastack', 'substrate', 'epitaxy', 'bondpad', 'scanchain',
    'timingarc', 'setupslack', 'holdfix', 'floorplan', 'powergrid', 'guardring', 'finfet', 'gatefill',
    'reticle', 'diebond', 'probecard', 'testvector', 'waveform', 'bitstream', 'lutmap', 'synthflow']

def rec(rid, typ, container, tmpl, value, source):
    """tmpl contains MARK exactly once; value substitutes it."""
    assert tmpl.count(MARK) == 1, (container, tmpl)
    start = tmpl.index(MARK)
    text = tmpl.replace(MARK, value)
    return {'id': rid, 'type': typ, 'container': container, 'text': text,
            'secrets': [{'value': value, 'start': start, 'end': start + len(value), 'type': typ}], 'source': source}

def fill(tmpl, **kw):
    for k, v in kw.items(): tmpl = tmpl.replace('{' + k + '}', v)
    return tmpl
