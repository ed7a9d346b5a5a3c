"""Shared helpers for p105: deny-list, value generators, record assembly."""
import base64, json, os, random, re, string, uuid, zlib

BRIEF_DIR = '/tmp/brief105'
HERE = os.path.dirname(os.path.abspath(__file__))
LOWER = string.ascii_lowercase; UPPER = string.ascii_uppercase; DIG = string.digits
ALNUM = LOWER + UPPER + DIG; HEX = '0123456789abcdef'
B62 = DIG + UPPER + LOWER

# language words the two READMEs use in prose or as excluded / unused candidates
HAND_LANGS = ['luxembourgish', 'sundanese', 'indonesian', 'albanian', 'maltese', 'afrikaans', 'esperanto',
              'irish', 'sindhi', 'kurmanji', 'icelandic', 'isl', 'ltz', 'sun', 'ind', 'sqi', 'mlt', 'afr',
              'epo', 'gle', 'snd', 'kmr', 'english', 'eng', 'en', 'latin', 'cyrillic', 'arabic', 'hebrew',
              'devanagari', 'ethiopic', 'han', 'hangul', 'greek', 'georgian', 'armenian', 'telugu', 'sinhala',
              'khmer', 'thai', 'tamil', 'japanese', 'chinese', 'korean', 'persian', 'urdu']


def extract_denylist(texts):
    names, langs = set(), set()
    for t in texts:
        for m in re.findall(r'`([^`\n]+)`', t):
            m = m.strip().lower()
            names.add(m)
            names.update(p for p in m.split('__') if p)
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            m = m.lower(); names.add(m); names.update(p for p in m.split('__') if p)
        for code, name in re.findall(r'`([a-z]{3})` \(([^)]+)\)', t):
            langs.add(code); langs.add(name.lower())
            langs.update(w.lower() for w in re.findall(r'[A-Za-z]+', name))
    langs.update(HAND_LANGS)
    return sorted(names), sorted(langs)


def load_denylist():
    frozen = os.path.join(HERE, 'brief_names.json')
    if os.path.isdir(BRIEF_DIR):
        texts = [open(os.path.join(BRIEF_DIR, f), encoding='utf-8').read() for f in sorted(os.listdir(BRIEF_DIR)) if f.endswith('.md')]
        names, langs = extract_denylist(texts)
        data = {'names': names, 'languages': langs}
        if os.path.exists(frozen):
            if json.load(open(frozen, encoding='utf-8')) != data:
                raise SystemExit('deny-list differs from frozen brief_names.json')
        return data
    return json.load(open(frozen, encoding='utf-8'))


class Gen:
    """value generators bound to one random.Random; every value globally unique."""
    used = set()

    def __init__(self, seed):
        self.r = random.Random(seed)

    def uniq(self, f):
        for _ in range(1000):
            v = f()
            if v not in Gen.used:
                Gen.used.add(v); return v
        raise RuntimeError('cannot draw unique value')

    def s(self, alpha, n):
        return ''.join(self.r.choice(alpha) for _ in range(n))

    def hex(self, n): return self.s(HEX, n)
    def uhex(self, n): return self.s(HEX.upper(), n)
    def an(self, n): return self.s(ALNUM, n)
    def lan(self, n): return self.s(LOWER + DIG, n)
    def uan(self, n): return self.s(UPPER + DIG, n)

    def uuid4(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def b64(self, nbytes, url=False, pad=True):
        raw = bytes(self.r.getrandbits(8) for _ in range(nbytes))
        v = (base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)).decode()
        return v if pad else v.rstrip('=')

    def jwt(self, header, payload):
        e = lambda d: base64.urlsafe_b64encode(json.dumps(d, separators=(',', ':')).encode()).decode().rstrip('=')
        sig = self.b64(64 if header.get('alg', '').startswith('ES') else 32, url=True, pad=False)
        return e(header) + '.' + e(payload) + '.' + sig

    WORDS = ['marathon', 'sprint', 'tempo', 'interval', 'cadence', 'podium', 'peloton', 'hattrick', 'penalty',
             'offside', 'deadlift', 'kettlebell', 'burpee', 'triathlon', 'relay', 'hurdle', 'paceline',
             'breakaway', 'netball', 'shuttle', 'dribble', 'freekick', 'overtime', 'stopwatch', 'finishline',
             'heartrate', 'vo2max', 'splits', 'taper', 'fartlek', 'crossbar', 'touchline', 'rowing', 'squat',
             'backhand', 'slamdunk', 'scrum', 'bullpen', 'velodrome', 'trailrun']

    def pw(self):
        w = self.r.choice(self.WORDS)
        if self.r.random() < 0.4: w = w.capitalize()
        return w + self.r.choice('-_.') + self.s(LOWER + DIG, self.r.randint(4, 7)) + self.s(DIG, 2)

    def user(self):
        return self.r.choice(['coach', 'timing', 'clubadmin', 'frontdesk', 'racedir', 'ops', 'svc_sync', 'treasurer',
                              'marta.k', 'jonas', 'priya', 'liam.o', 'aiko', 'tomasz']) + self.s(DIG, 2)

    def host(self):
        return self.r.choice(['timing', 'club', 'gym', 'league', 'wear', 'odds', 'race', 'sync']) + '-' + \
            self.lan(3) + '.' + self.r.choice(['example.org', 'example.net', 'example.com'])


SLOT = '\ue000'


def fill(template, value, **kw):
    """template with @V@ for the value (may appear more than once); returns text and spans."""
    t = template
    for k, v in kw.items():
        t = t.replace('@' + k + '@', v)
    parts = t.split('@V@')
    if len(parts) < 2:
        raise ValueError('no slot in template: ' + template[:60])
    text, spans = parts[0], []
    for p in parts[1:]:
        spans.append((len(text), len(text) + len(value)))
        text += value + p
    return text, spans


def record(rid, typ, container, text, spans, value, source, **extra):
    secrets = [dict(value=value, start=a, end=b, type=typ) for a, b in spans]
    rec = dict(id=rid, type=typ, container=container, text=text, secrets=secrets, source=source)
    rec.update(extra)
    return rec


def crc32_b62(body, width=6):
    n = zlib.crc32(body.encode()) & 0xffffffff
    out = ''
    while n:
        n, r = divmod(n, 62); out = B62[r] + out
    return out.rjust(width, '0')
